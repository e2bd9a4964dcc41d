import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../../graph/local/projectRoot';

const cache = new Map<string, unknown>();

/**
 * Parsed JSON of a file in the project's seeds/ folder, read once per process.
 * Seeds are static reference data (gazetteer, taxonomy, fx table), so caching
 * keeps extraction pure from the caller's point of view. The folder is found
 * from package.json, so src/ (ts-jest), dist/ and dist-bench/ all read the
 * same seeds.
 */
export function loadSeed<T>(fileName: string): T {
  const cached = cache.get(fileName);
  if (cached !== undefined) return cached as T;
  const path = join(findProjectRoot(), 'seeds', fileName);
  const value = JSON.parse(readFileSync(path, 'utf8')) as T;
  cache.set(fileName, value);
  return value;
}
