import { loadSeed } from './loadSeed';

let cities: Set<string> | undefined;

/**
 * Whether a name is a city of 100,000 people or more ("Seattle", "Munich",
 * "New York"), from seeds/cities.json (GeoNames, via scripts/buildCities.js).
 * A name the article gives alone as a city's is a place: "the Seattle
 * non-profit", "near Munich", "Dubai's AI Retreat".
 */
export function isCityName(name: string): boolean {
  cities ??= new Set(loadSeed<{ names: string[] }>('cities.json').names);
  return cities.has(name);
}

interface RegionsSeed {
  names: string[];
  countries: Record<string, string>;
}

let regions: { names: Set<string>; countries: Map<string, string> } | undefined;

function regionSeed(): NonNullable<typeof regions> {
  if (!regions) {
    const seed = loadSeed<RegionsSeed>('regions.json');
    regions = { names: new Set(seed.names), countries: new Map(Object.entries(seed.countries)) };
  }
  return regions;
}

/**
 * Whether a name is a state, province, prefecture or other first-level region
 * ("Gujarat", "Jalisco", "Queensland"), from seeds/regions.json
 * (country-region-data, via scripts/buildRegions.js).
 */
export function isRegionName(name: string): boolean {
  return regionSeed().names.has(name);
}

/**
 * The regions a text names, the longest name first in each run of capitalised
 * words ("British Columbia", "New Mexico", "Mississippi"), with the country
 * of each name only one country's regions use. ("British Columbia's": a
 * possessive ends the run.)
 */
export function regionsIn(text: string): Array<{ start: number; end: number; country?: string }> {
  const { names, countries } = regionSeed();
  const found: Array<{ start: number; end: number; country?: string }> = [];
  for (const run of text.matchAll(/\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*/gu)) {
    const words = run[0].split(' ');
    let start = run.index ?? 0;
    for (let i = 0; i < words.length; ) {
      const region = [3, 2, 1].find((n) => i + n <= words.length && names.has(words.slice(i, i + n).join(' ')));
      const taken = words.slice(i, i + (region ?? 1)).join(' ');
      if (region) found.push({ start, end: start + taken.length, country: countries.get(taken) });
      start += taken.length + 1;
      i += region ?? 1;
    }
  }
  return found;
}

/** "Gansu Province", "Minhang District", "Lorain County": a name closed by the word for an administrative area. */
const AREA_NAME = /^(?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:Province|Prefecture|County|District|Oblast|Governorate|Region)$/u;
/** "Province of British Columbia", "City of Prague": a region or a city named with the word for its government. */
const GOVERNED_PLACE = /^(?:Province|State|City|County|Region|Municipality|Canton|Prefecture|Commonwealth) of (.+)$/;
/** "Western New York", "Northern California", "Upstate New York": part of a region named by where it lies. */
const PART_OF_REGION = /^(?:Northern|Southern|Eastern|Western|Central|Upstate|Downstate|North|South|East|West) (.+)$/;

/**
 * Whether a name the text gives alone is a place rather than an organisation:
 * a city, a region, an administrative area, part of a region, or a city or
 * region named with the word for its government.
 */
export function isPlaceName(name: string): boolean {
  const part = PART_OF_REGION.exec(name)?.[1] ?? GOVERNED_PLACE.exec(name)?.[1];
  return isCityName(name) || isRegionName(name) || AREA_NAME.test(name) || (!!part && (isRegionName(part) || isCityName(part)));
}
