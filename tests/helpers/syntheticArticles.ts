import fs from 'node:fs';
import path from 'node:path';

/** A small deterministic PRNG (mulberry32): same seed, same articles. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['Japan', 'South Korea', 'India', 'France', 'Germany', 'Canada', 'Brazil', 'Singapore', 'Italy', 'Spain', 'Norway', 'Kenya'];
const STEMS = ['Aster', 'Borealis', 'Cobalt', 'Delta', 'Ember', 'Fjord', 'Granite', 'Helix', 'Indigo', 'Juniper', 'Krypton', 'Lumen', 'Meridian', 'Nimbus', 'Orbit', 'Prism', 'Quartz', 'Radiant', 'Summit', 'Tundra'];
const SUFFIXES = ['Labs', 'Systems', 'AI', 'Robotics', 'Networks', 'Cloud', 'Analytics', 'Semiconductor'];
const FOCUS = ['physical AI', 'robotics', 'large language models', 'multimodal models', 'GPU data centres'];

/**
 * Writes `count` short news-style articles about invented consortia into
 * `dir` (Markdown with front matter) and returns their paths, in name order.
 */
export function writeSyntheticArticles(dir: string, count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const org = () => `${pick(STEMS)} ${pick(SUFFIXES)}`;
  const files: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const country = pick(COUNTRIES);
    const leader = org();
    const members = [org(), org(), org()].filter((m) => m !== leader);
    const amount = 10 + Math.floor(random() * 990);
    const body = [
      `The government of ${country} selected a consortium led by ${leader}, including ${members.slice(0, -1).join(', ')} and ${members.at(-1)}, for its national AI programme.`,
      `Officials said the team will receive $${amount} million over three years.`,
      `The group will focus on ${pick(FOCUS)} for domestic industry.`,
      `A decision on a second round is expected next year, round ${i}.`,
    ].join(' ');
    const file = path.join(dir, `synthetic-${String(i).padStart(4, '0')}.md`);
    fs.writeFileSync(file, `---\ntitle: "${leader} team selected in ${country} (${i})"\nurl: "https://example.org/synthetic/${i}"\npublished: "2025-${String(1 + (i % 12)).padStart(2, '0')}-15"\npublisher: "Synthetic Wire"\n---\n${body}\n`);
    files.push(file);
  }
  return files;
}
