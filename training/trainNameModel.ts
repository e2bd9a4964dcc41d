import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../src/graph/local/projectRoot';
import { trainNameModel } from './nameTraining';

/** `npm run train:names`: retrains seeds/name-model.json from the annotated dev articles (run `npm run train:membership` after it). */
const { model, summary } = trainNameModel();
writeFileSync(join(findProjectRoot(), 'seeds', 'name-model.json'), `${JSON.stringify(model, null, 2)}\n`);
console.log(summary);
