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

let regions: Set<string> | undefined;

/**
 * Whether a name is a state, province, prefecture or other first-level region
 * ("Gujarat", "Jalisco", "Queensland"), from seeds/regions.json
 * (country-region-data, via scripts/buildRegions.js).
 */
export function isRegionName(name: string): boolean {
  regions ??= new Set(loadSeed<{ names: string[] }>('regions.json').names);
  return regions.has(name);
}

/** "Gansu Province", "Minhang District", "Lorain County": a name closed by the word for an administrative area. */
const AREA_NAME = /^(?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:Province|Prefecture|County|District|Oblast|Governorate|Region)$/u;
/** "Western New York", "Northern California", "Upstate New York": part of a region named by where it lies. */
const PART_OF_REGION = /^(?:Northern|Southern|Eastern|Western|Central|Upstate|Downstate|North|South|East|West) (.+)$/;

/**
 * Whether a name the text gives alone is a place rather than an organisation:
 * a city, a region, an administrative area or part of a region.
 */
export function isPlaceName(name: string): boolean {
  const part = PART_OF_REGION.exec(name)?.[1];
  return isCityName(name) || isRegionName(name) || AREA_NAME.test(name) || (!!part && (isRegionName(part) || isCityName(part)));
}
