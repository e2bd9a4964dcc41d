import fs from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_EXTENSIONS } from './readArticles';

/** One thing named on the command line, expanded: a file or URL to read, or a path that failed. */
export type InputEntry = { source: string } | { origin: string; error: string };

/**
 * Expands files, folders and feed URLs into sources, folders walked
 * recursively in name order (an async generator, so a huge folder is never
 * held in memory at once).
 */
export async function* listInputs(paths: string[]): AsyncGenerator<InputEntry> {
  for (const p of paths) {
    if (/^https?:\/\//i.test(p)) {
      yield { source: p };
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      yield { origin: p, error: 'no such file or folder' };
      continue;
    }
    if (stat.isFile()) yield { source: p };
    else if (stat.isDirectory()) yield* walk(p);
    else yield { origin: p, error: 'not a file or folder' };
  }
}

async function* walk(dir: string): AsyncGenerator<InputEntry> {
  const dirents = await fs.opendir(dir);
  const names: { name: string; isDir: boolean }[] = [];
  // Names only (not contents) are gathered, to walk in a stable order.
  for await (const d of dirents) if (!d.name.startsWith('.')) names.push({ name: d.name, isDir: d.isDirectory() });
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, isDir } of names) {
    const full = path.join(dir, name);
    if (isDir) yield* walk(full);
    else if ((ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase())) yield { source: full };
  }
}
