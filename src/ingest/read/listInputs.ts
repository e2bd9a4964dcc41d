import fs from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_EXTENSIONS } from './readArticleFile';

/** One thing named on the command line, expanded: a file to read or a path that failed. */
export type InputEntry = { file: string } | { origin: string; error: string };

/**
 * Expands files and folders into article files, folders walked recursively in
 * name order (an async generator, so a huge folder is never listed in memory at once).
 */
export async function* listInputs(paths: string[]): AsyncGenerator<InputEntry> {
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      yield { origin: p, error: 'no such file or folder' };
      continue;
    }
    if (stat.isFile()) {
      yield { file: p };
    } else if (stat.isDirectory()) {
      yield* walk(p);
    } else {
      yield { origin: p, error: 'not a file or folder' };
    }
  }
}

async function* walk(dir: string): AsyncGenerator<InputEntry> {
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(entry.name).toLowerCase())) {
      yield { file: full };
    }
  }
}
