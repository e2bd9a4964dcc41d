#!/usr/bin/env node
/**
 * Writes seeds/regions.json: the names of the world's states, provinces,
 * prefectures and other first-level regions, from the country-region-data
 * package, for the extractor's "a region is no organisation" check
 * (src/ingest/resolve/places.ts). Run with `npm run build:regions` after
 * upgrading the package; a unit test checks the committed file is what this
 * script writes.
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * Regions named with a word news copy uses for other things ("Centre" in Cameroon, "Delta" and "Rivers" in
 * Nigeria, "Unity" in South Sudan, "Coast" in Kenya): left out, so the word stays free for names.
 */
const COMMON_WORDS = new Set([
  'Capital', 'Central', 'Centre', 'Coast', 'Delta', 'Eastern', 'Est', 'Islands', 'Lakes', 'Littoral', 'Maritime',
  'Midlands', 'Nord', 'Norte', 'Northern', 'Ouest', 'Plateau', 'Plateaux', 'Rivers', 'Savanes', 'Southern', 'Sud',
  'Unity', 'Upper', 'Lower', 'Western', 'Orange', 'Amazonas',
]);

/**
 * The names a region goes by in English copy: as listed, without accents, without a bracketed qualifier, each of
 * the forms a slash separates ("Valencia/València"), and "The Vale of Glamorgan" for "Vale of Glamorgan, The".
 */
function namesOf(name) {
  const forms = name.replace(/\s*\([^)]*\)$/, '').split('/').map((form) => form.trim().replace(/^(.+), The$/, 'The $1'));
  return [...new Set(forms.flatMap((form) => [form, form.normalize('NFD').replace(/\p{M}/gu, '')]))];
}

/** The package's version (its exports do not include package.json, so it is read from beside its data). */
function packageVersion() {
  return JSON.parse(readFileSync(join(require.resolve('country-region-data/data.json'), '..', 'package.json'), 'utf8')).version;
}

function regionsFile() {
  const countries = require('country-region-data/data.json');
  const names = new Set(countries.flatMap((country) => country.regions.flatMap((region) => namesOf(region.name))));
  const kept = [...names].filter((name) => /^\p{Lu}/u.test(name) && !COMMON_WORDS.has(name)).sort();
  // The country of each name only one country's regions go by ("Mississippi" → US; not "Distrito Federal").
  const countryOf = new Map();
  for (const country of countries) {
    for (const name of new Set(country.regions.flatMap((region) => namesOf(region.name)))) countryOf.set(name, countryOf.has(name) ? null : country.countryShortCode);
  }
  return {
    note: `Names of first-level regions: states, provinces, prefectures (country-region-data ${packageVersion()}), and the country of each name only one country uses. Written by scripts/buildRegions.js; a region named alone is a place, never an organisation.`,
    names: kept,
    countries: Object.fromEntries(kept.filter((name) => countryOf.get(name)).map((name) => [name, countryOf.get(name)])),
  };
}

if (require.main === module) {
  writeFileSync(join(__dirname, '..', 'seeds', 'regions.json'), `${JSON.stringify(regionsFile(), null, 1)}\n`);
} else {
  module.exports = { regionsFile };
}
