import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseMarkdownArticle } from '../../src/ingest/read';

// The seed corpus itself: what `npm start` ingests on a fresh machine.

const dir = path.join(__dirname, '../../seeds/articles');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
const articles = files.map((f) => ({ file: f, article: parseMarkdownArticle(fs.readFileSync(path.join(dir, f), 'utf8'), f) }));

describe('seed corpus', () => {
  it('holds at least 60 articles', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  it.each(articles)('$file has complete front matter: title, a well-formed https url, an ISO date, a publisher', ({ article }) => {
    expect(article.title.length).toBeGreaterThan(10);
    expect(() => new URL(article.url ?? '')).not.toThrow();
    expect(new URL(article.url!).protocol).toBe('https:');
    expect(article.published).toMatch(/^20\d\d-\d\d-\d\d$/);
    expect(article.publisher?.length).toBeGreaterThan(1);
  });

  it.each(articles)('$file is 150–600 words', ({ article }) => {
    const words = article.body.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(150);
    expect(words).toBeLessThanOrEqual(600);
  });

  it('has no two identical articles and no repeated paragraph across articles', () => {
    const bodies = new Set(articles.map((a) => createHash('sha256').update(a.article.body).digest('hex')));
    expect(bodies.size).toBe(articles.length);
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const { file, article } of articles) {
      for (const paragraph of article.body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 80)) {
        const other = seen.get(paragraph);
        if (other && other !== file) repeats.push(`${file} repeats a paragraph of ${other}`);
        seen.set(paragraph, file);
      }
    }
    expect(repeats).toEqual([]);
  });

  it('covers at least 30 countries or blocs by file prefix', () => {
    const prefixes = new Set(files.map((f) => f.split('-')[0]));
    expect(prefixes.size).toBeGreaterThanOrEqual(30);
  });
});
