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
