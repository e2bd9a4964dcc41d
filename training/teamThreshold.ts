import { extractFactsWithFeatures } from '../src/ingest/extract/extractFacts';
import { teamNameRows, type TeamNameWeights } from '../src/ingest/extract/nameModel/teamNameModel';
import { withPlainSentences } from '../src/ingest/extract/plainEmphasis';
import type { ExtractedFacts } from '../src/ingest/types';
import { goldKeys, organisationKey, readDevArticles, type Gold } from './annotatedArticles';
import { fitLogistic, writerGroups, WRITER_GROUPS } from './logisticRegression';

/**
 * `npm run eval:teams`: how many dev memberships extraction finds with the
 * team-name model at each threshold, each writers' group scored by a model
 * trained without it (logisticRegression.ts, writerGroups), against none. Also
 * scored by each team's primary name alone, since a renamed team keeps its
 * old name as an alias and the usual score counts any alias. The figures in
 * teamNameTraining.ts come from here.
 */
const THRESHOLDS = [0.05, 0.1, 0.15, 0.25];
/** Never reached: the model names no team. */
const WITHOUT = 2;

interface Tally {
  extracted: number;
  found: number;
  strictFound: number;
}

function score(facts: ExtractedFacts, gold: Gold, tally: Tally): void {
  const byId = new Map(facts.entities.map((entity) => [entity.id, entity]));
  const pairs = facts.relations.filter((r) => r.type === 'MEMBER_OF').map((r) => [byId.get(r.from)!, byId.get(r.to)!] as const);
  const answers = (names: string[], gold: string): boolean => goldKeys(gold).some((key) => names.map(organisationKey).includes(key));
  tally.extracted += pairs.length;
  for (const [org, team] of gold.memberships) {
    const members = pairs.filter(([member]) => answers([member.name, ...member.aliases], org));
    if (members.some(([, t]) => answers([t.name, ...t.aliases], team))) tally.found++;
    if (members.some(([, t]) => answers([t.name, t.name.replace(/ consortium$/, '')], team))) tally.strictFound++;
  }
}

const articles = readDevArticles();
const group = writerGroups(articles.map((a) => a.writer));
const rows = articles.map(({ article, gold }) => {
  const teams = new Set([...gold.memberships, ...gold.leaders].flatMap(([, team]) => goldKeys(team)));
  return teamNameRows(withPlainSentences(article).sentences, article.title, article.url).map((row) => ({ features: row.features, context: row.context, positive: teams.has(organisationKey(row.text)) }));
});
const tallies = new Map([WITHOUT, ...THRESHOLDS].map((threshold) => [threshold, { extracted: 0, found: 0, strictFound: 0 }]));
for (let out = 0; out < WRITER_GROUPS; out++) {
  const weights = fitLogistic(rows.filter((_, i) => group.get(articles[i].writer) !== out).flat());
  articles.forEach(({ writer, article, gold }) => {
    if (group.get(writer) !== out) return;
    for (const [threshold, tally] of tallies) {
      const model: TeamNameWeights = { ...weights, threshold };
      score(extractFactsWithFeatures(article, true, true, model).facts, gold, tally);
    }
  });
}
const total = articles.reduce((sum, { gold }) => sum + gold.memberships.length, 0);
console.log(`${articles.length} dev articles, ${total} memberships; writers' sets left out ${WRITER_GROUPS} groups at a time`);
for (const [threshold, { extracted, found, strictFound }] of tallies) {
  const precision = found / Math.max(1, extracted);
  const recall = found / total;
  const label = threshold === WITHOUT ? 'without the model' : `threshold ${threshold}`;
  console.log(`${label.padEnd(18)} found ${found} (recall ${recall.toFixed(4)}, precision ${precision.toFixed(4)}, F1 ${((2 * precision * recall) / (precision + recall)).toFixed(4)}); by primary team name ${strictFound}`);
}
