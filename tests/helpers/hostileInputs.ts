import fs from 'node:fs';
import path from 'node:path';

/** What ingest must do with a generated input. */
export type Expectation = 'reject' | 'accept' | 'either';

/** One generated input file. */
export interface HostileInput {
  file: string;
  expect: Expectation;
  kind: string;
}

/** Deterministic bytes (xorshift), so every run tries the same inputs. */
function randomBytes(seed: number, length: number): Buffer {
  let x = seed * 2654435761 || 1;
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** Names that would break string-built Cypher, JSON or HTML if anything spliced them. */
export const HOSTILE_NAMES = [
  "Evil'}) DETACH DELETE n //",
  'Quote"Corp',
  'Back\\slash Labs',
  "O'Brien Analytics",
  '`Tick` AI',
  '$param Systems',
  '{id: 1} Holdings',
  'Null\\u0000 Dynamics',
  'Semi; DROP Labs',
  'Apos’trophe AI',
  '<script>alert(1)</script> Cloud',
  'Zero\u200bWidth AI',
  'Right\u202eLeft Labs',
  'Combining Cafe\u0301 AI',
  'Emoji 🚀 Robotics',
  'Tab\tSeparated Systems',
  'Percent %s Labs',
  'Curly {{x}} AI',
  'MATCH (n) RETURN n Corp',
  'CALL db.labels() Labs',
];

const article = (title: string, body: string) => `---\ntitle: ${JSON.stringify(title)}\npublished: 2025-06-01\n---\n${body}\n`;

/**
 * Writes at least 200 bad or hostile inputs into `dir` (empty, binary, wrong
 * encodings, huge, malformed front matter, scripts, deep JSON, broken and
 * entity-expanding feeds, hostile names) and returns what each should do.
 */
export function writeHostileInputs(dir: string): HostileInput[] {
  const inputs: HostileInput[] = [];
  const put = (name: string, content: string | Buffer, expect: Expectation, kind: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    inputs.push({ file, expect, kind });
  };

  put('empty.txt', '', 'reject', 'empty');
  put('empty.md', '', 'reject', 'empty');
  for (const [i, ws] of [' ', '\n\n\n', '\t \r\n', '\u00a0\u00a0', ' \n \n '].entries()) put(`whitespace-${i}.txt`, ws, 'reject', 'whitespace');
  for (let i = 0; i < 40; i += 1) put(`binary-${i}.txt`, randomBytes(i + 1, 64 + i * 97), 'reject', 'binary');
  for (let i = 0; i < 15; i += 1) {
    const bad = Buffer.concat([Buffer.from('Korea funds a team led by Upstage. '), Buffer.from([0xc3 + (i % 3), 0x28 + i, 0xff - i]), Buffer.from(' more text.')]);
    put(`invalid-utf8-${i}.md`, bad, 'reject', 'invalid UTF-8');
  }
  for (let i = 0; i < 10; i += 1) {
    const text = `Japan funds a consortium led by SoftBank, case ${i}.`;
    put(`utf16le-${i}.txt`, Buffer.from(text, 'utf16le'), 'reject', 'UTF-16 without BOM');
    const be = Buffer.from(text, 'utf16le').swap16();
    put(`utf16be-${i}.txt`, be, 'reject', 'UTF-16 without BOM');
  }
  put('latin1.txt', Buffer.from('Soci\xe9t\xe9 G\xe9n\xe9rale funds Mistral AI.', 'latin1'), 'reject', 'Latin-1');
  put('huge.txt', 'Sovereign AI is expensive. '.repeat(Math.ceil((20 * 1024 * 1024) / 27)), 'reject', '20 MB text');
  put('one-char-lines.txt', Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('\n'), 'either', '10,000 one-character lines');
  put('long-line.txt', `A consortium led by ${'Very '.repeat(20_000)}Long Name includes X.`, 'either', 'one 100 KB sentence');

  const badFrontMatter = [
    '---\ntitle: [unclosed\n---\nText.',
    '---\ntitle: "a"\npublished: not-a-date\n---\nText about Korea.',
    '---\ntitle: {a: b\n---\nText.',
    '---\n- just\n- a list\n---\n',
    '---\ntitle: 42\n---\nText.',
    '---\ntitle: ok\nurl: [1, 2]\n---\nText.',
    '---\n\t: tab key\n---\nText.',
    '---\ntitle: ok\n---\n',
    '---\ntitle: "x"\npublisher: {nested: {deep: 1}}\n---\nText.',
  ];
  badFrontMatter.forEach((text, i) => put(`front-matter-${i}.md`, text, 'reject', 'malformed front matter'));
  // YAML aliases (the YAML "billion laughs") are shared by reference, never expanded: harmless either way.
  const laughs = ['a: &a ["lol","lol","lol"]', ...Array.from({ length: 8 }, (_, k) => `${String.fromCharCode(98 + k)}: &${String.fromCharCode(98 + k)} [${Array(9).fill(`*${String.fromCharCode(97 + k)}`).join(',')}]`)];
  put('yaml-aliases.md', `---\ntitle: aliases\n${laughs.join('\n')}\n---\nText about Germany.`, 'either', 'YAML alias expansion');

  for (let i = 0; i < 12; i += 1) {
    const html = `<!doctype html><html><head><title>Page ${i}</title><script>fetch("https://evil.example/${i}")</script></head>
      <body><nav>Home News</nav><iframe src="https://ads.example/${i}"></iframe>
      <article><h1>Team ${i}</h1><p>The Korean government picked a consortium led by Upstage, including Flitto and Lablup, for round ${i} of its programme.</p>
      <script>document.write("INJECTED-${i}")</script><p onclick="steal()">It will get GPUs from the state in the coming year.</p></article></body></html>`;
    put(`scripted-${i}.html`, html, 'accept', 'HTML with scripts and iframes');
  }
  put('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'reject', 'deeply nested JSON');
  put('deep-object.json', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`, 'reject', 'deeply nested JSON');
  for (let i = 0; i < 10; i += 1) put(`not-json-${i}.json`, `{"title": "x", "body": ${'['.repeat(i)}`, 'reject', 'invalid JSON');
  for (let i = 0; i < 12; i += 1) {
    const broken = [`<rss><channel><item><title>x</item></channel></rss>`, `<rss><channel><item>`, `<feed><entry><title>t</title></entry>`, `<?xml version="1.0"?><rss version="2.0"><channel><title>&bogus;</title></channel>`][i % 4];
    put(`broken-feed-${i}.xml`, `${broken}<!-- ${i} -->`, 'reject', 'broken XML feed');
  }
  for (let i = 0; i < 4; i += 1) {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, k) => `<!ENTITY lol${k + 1} "${`&lol${k || ''};`.repeat(10)}">`).join('')}]>
      <rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`;
    put(`billion-laughs-${i}.rss`, laughs, 'reject', 'entity expansion');
  }
  HOSTILE_NAMES.forEach((name, i) => {
    put(`hostile-name-${i}.md`, article(`Hostile ${i}`, `The French government backs a consortium led by ${name}, including ${name} Partners and Mistral AI.`), 'accept', 'hostile names');
    put(`hostile-title-${i}.md`, article(name, `Italy announced a national AI plan worth €1 billion, case ${i}.`), 'accept', 'hostile title');
  });
  for (let i = 0; i < 10; i += 1) {
    const zw = `India\u200b's govern\u200dment fun\u2060ds a con\ufeffsortium led by Sar\u200bvam AI, case ${i}. \u202eReversed text\u202c here. \u0627\u0644\u0630\u0643\u0627\u0621 \u0627\u0644\u0627\u0635\u0637\u0646\u0627\u0639\u064a.`;
    put(`zero-width-${i}.txt`, zw, 'accept', 'zero-width and right-to-left characters');
  }
  for (let i = 0; i < 30; i += 1) put(`unsupported-${i}.${['pdf', 'docx', 'exe', 'png', 'csv'][i % 5]}`, randomBytes(1000 + i, 128), 'reject', 'unsupported type');
  return inputs;
}
