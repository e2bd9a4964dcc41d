import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder holding package.json, found by walking up from this file, so the
 * same code works from src/ (tests) and from dist/ (the built CLI).
 */
export function findProjectRoot(from: string = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}
