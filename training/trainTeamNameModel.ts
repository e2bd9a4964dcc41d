import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../src/graph/local/projectRoot';
import { trainTeamNameModel } from './teamNameTraining';

/** `npm run train:teams`: retrains seeds/team-name-model.json from the annotated dev articles. */
const { model, summary } = trainTeamNameModel();
writeFileSync(join(findProjectRoot(), 'seeds', 'team-name-model.json'), `${JSON.stringify(model, null, 2)}\n`);
console.log(summary);
