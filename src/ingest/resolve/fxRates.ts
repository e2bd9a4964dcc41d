import { loadSeed } from './loadSeed';

interface FxFile {
  tables: Array<{ date: string; usdPerUnit: Record<string, number> }>;
}

/** A USD conversion: the rate and the table date it came from. */
export interface UsdRate {
  rate: number;
  date: string;
}

/**
 * USD value of one unit of `currency` from seeds/fx-rates.json: the latest
 * table dated on or before `onDate` (the article's date), else the earliest
 * table. Undefined for a currency no table lists.
 */
export function usdRate(currency: string, onDate?: string): UsdRate | undefined {
  const tables = [...loadSeed<FxFile>('fx-rates.json').tables].sort((a, b) => a.date.localeCompare(b.date));
  const usable = tables.filter((t) => t.usdPerUnit[currency] !== undefined);
  if (!usable.length) return undefined;
  const before = onDate ? usable.filter((t) => t.date <= onDate) : [];
  const table = before.length ? before[before.length - 1] : usable[0];
  return { rate: table.usdPerUnit[currency], date: table.date };
}
