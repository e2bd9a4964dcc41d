import { join } from 'node:path';
import { formatTable, precisionRecall, scoreFolder } from './support/scoreExtraction';

/**
 * Extraction quality against hand-annotated fixture articles. "heldout-final"
 * was written by an annotator who never saw the extractor, and scored once,
 * after the last tuning round: it is the honest estimate for unseen articles.
 * "heldout" was written by the extractor's first author before tuning. dev is the
 * set rules were developed against, including the "ind-" and "h2-" articles other
 * annotators wrote (each first scored as an independent held-out set, then
 * moved to dev once rules were tuned on their misses). The tables are printed so CI logs
 * keep the honest numbers, not only pass/fail.
 */
const fixtures = join(__dirname, '..', 'fixtures', 'extraction');

describe('extraction quality', () => {
  const dev = scoreFolder(join(fixtures, 'dev'));
  const independent = scoreFolder(join(fixtures, 'dev'), (file) => file.startsWith('ind-'));
  const second = scoreFolder(join(fixtures, 'dev'), (file) => file.startsWith('h2-'));
  const heldout = scoreFolder(join(fixtures, 'heldout'));
  const final = scoreFolder(join(fixtures, 'heldout-final'));

  beforeAll(() => {
    const tables = [formatTable('dev (all, ind- included)', dev), formatTable('dev (ind- only)', independent), formatTable('dev (h2- only)', second), formatTable('heldout', heldout), formatTable('heldout-final (independent, never tuned on)', final)];
    console.log([...tables, '-- dev misses', ...dev.misses, '-- heldout misses', ...heldout.misses].join('\n'));
  });

  it('finds held-out organisations with precision and recall of at least 0.9', () => {
    const { precision, recall } = precisionRecall(heldout.tallies.organizations);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('finds held-out consortium memberships with precision and recall of at least 0.9', () => {
    const { precision, recall } = precisionRecall(heldout.tallies.memberships);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('reads held-out funding amounts and currencies exactly in at least 9 of 10 cases', () => {
    const { precision, recall } = precisionRecall(heldout.tallies.funding);
    expect(Math.min(precision, recall)).toBeGreaterThanOrEqual(0.9);
  });

  // On the independent set the bar is the product's: organisations F1 ≥ 0.9 and
  // funding exact ≥ 0.9 hold; membership recall measured 0.72 against a 0.85 goal
  // (see the issue note), so this guards the level reached, not the goal.
  it('finds organisations in independent held-out articles with F1 of at least 0.9', () => {
    const { precision, recall } = precisionRecall(final.tallies.organizations);
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads funding in independent held-out articles exactly in at least 9 of 10 cases', () => {
    const { precision, recall } = precisionRecall(final.tallies.funding);
    expect(Math.min(precision, recall)).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps membership recall on independent held-out articles at or above the 0.7 reached', () => {
    const { precision, recall } = precisionRecall(final.tallies.memberships);
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.7);
  });
});
