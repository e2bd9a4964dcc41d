import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../src/graph/local/projectRoot';
import { trainMembershipModel } from './membershipTraining';

/** `npm run train:membership`: retrains seeds/membership-model.json from the annotated dev articles. */
const { model, summary } = trainMembershipModel();
writeFileSync(join(findProjectRoot(), 'seeds', 'membership-model.json'), `${JSON.stringify(model, null, 2)}\n`);
console.log(summary);
