import countries from 'world-countries';
import type { ArticleInput } from '../src/ingest/types';
import { inventedWord, organizationName } from './names';
import { Prng } from './prng';

// Templates in the register of the seed corpus: a government programme, a
// consortium with a leader and members, money in a local currency, a model and
// focus areas. Names and amounts vary; the phrasing is what extraction reads.
const MONEY: ((n: number) => string)[] = [
  (n) => `¥${n} billion`,
  (n) => `₩${n * 10} billion`,
  (n) => `€${n} million`,
  (n) => `$${n} million`,
  (n) => `Rs ${n * 10} crore`,
];
const AREAS = ['physical AI', 'multimodal models', 'robotics', 'healthcare', 'large language models', 'AI chips', 'speech recognition', 'education'];

function orgName(prng: Prng): string {
  return organizationName(prng.int(5_000_000)).name;
}

/** `count` synthetic news articles about sovereign AI, the same for the same seed. */
export function generateCorpus(count: number, seed = 2025): ArticleInput[] {
  const prng = new Prng(seed);
  const list = countries.filter((c) => c.independent);
  const articles: ArticleInput[] = [];
  for (let k = 0; k < count; k += 1) {
    const country = prng.pick(list).name.common;
    const programme = `${inventedWord(k, 21)} AI Programme`;
    const leader = orgName(prng);
    const members = Array.from({ length: 2 + prng.int(4) }, () => orgName(prng));
    const model = `${inventedWord(k, 22)}-${1 + prng.int(9)}`;
    const money = prng.pick(MONEY)(1 + prng.int(900));
    const area = prng.pick(AREAS);
    const area2 = prng.pick(AREAS);
    const size = ['three', 'four', 'five', 'six', 'seven', 'nine'][prng.int(6)];
    const body = [
      `The government of ${country} has launched the ${programme}, a national plan to build sovereign AI capabilities in ${area}.`,
      `The Ministry of Science of ${country} will provide ${money} to the ${programme} over five years.`,
      `A ${size}-company consortium led by ${leader} was selected to develop a foundation model, with ${members.slice(0, -1).join(', ')} and ${members.at(-1)} as members.`,
      `${leader} said the consortium would release ${model}, a model focused on ${area2}, next year.`,
      `${members[0]} will contribute data centres and GPUs, while ${members.at(-1)} will work on evaluation.`,
      `Officials said the programme is part of a wider push for AI sovereignty and local compute capacity.`,
    ].join('\n\n');
    articles.push({
      origin: `synthetic-corpus/${String(k).padStart(5, '0')}.md`,
      title: `${country} backs ${leader}-led consortium under the ${programme}`,
      url: `https://news.synthetic.example/${k}`,
      published: `2025-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`,
      publisher: 'Synthetic Tech Daily',
      body,
    });
  }
  return articles;
}

/** The article as a .md file with YAML front matter (what `sovgraph ingest` reads). */
export function toMarkdown(a: ArticleInput): string {
  const q = (s: string | undefined) => JSON.stringify(s ?? '');
  return `---\ntitle: ${q(a.title)}\nurl: ${q(a.url)}\npublished: ${q(a.published)}\npublisher: ${q(a.publisher)}\n---\n${a.body}\n`;
}
