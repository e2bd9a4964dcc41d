import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const cache = new Map<string, unknown>();

/**
 * Parsed JSON of a file in the project's seeds/ folder, read once per process.
 * Seeds are static reference data (gazetteer, taxonomy, fx table), so caching
 * keeps extraction pure from the caller's point of view. The path works from
 * both src/ (ts-jest) and dist/ because both sit two folders below the root.
 */
export function loadSeed<T>(fileName: string): T {
  const cached = cache.get(fileName);
  if (cached !== undefined) return cached as T;
  const path = resolve(__dirname, '..', '..', '..', 'seeds', fileName);
  const value = JSON.parse(readFileSync(path, 'utf8')) as T;
  cache.set(fileName, value);
  return value;
}
