import type { ParsedArticle } from '../types';
import { countryForms, countryName, isLanguageName, type CountryForm } from '../resolve/countries';
import { governmentId } from '../resolve/ids';
import type { FactSink } from './factSink';

/** Governments found in an article, and the one it is mostly about. */
export interface GovernmentsResult {
  /** ISO codes in order of first mention. */
  codes: string[];
  /** The most-mentioned government (first on ties); the default funder and launcher. */
  main?: string;
}

/** A capital counts as its government only when it acts: "Seoul said", "Paris wants". */
const METONYM_VERB = /^(?:['’]s government)?\s+(?:said|says|wants|plans|has|have|had|will|would|announced|hopes|committed|agreed|approved|pledged|expects|aims|is|was|argued|insists|believes|added|unveiled|launched|set|selected|chose)\b/;

/**
 * Finds every government an article names — country names, demonyms ("the
 * Japanese government"), capitals used as metonyms ("Seoul said") and the EU —
 * and adds a Government entity per country with each naming sentence.
 */
export function extractGovernments(article: ParsedArticle, sink: FactSink): GovernmentsResult {
  const counts = new Map<string, number>();
  const surfaces = new Map<string, Set<string>>();
  article.sentences.forEach((sentence, index) => {
    const taken: Array<[number, number]> = [];
    for (const { form, pattern } of formPatterns()) {
      if (!sentence.includes(form.text)) continue;
      for (const match of sentence.matchAll(pattern)) {
        const start = match.index ?? 0;
        const end = start + form.text.length;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        if (form.kind === 'capital' && !METONYM_VERB.test(sentence.slice(end))) continue;
        // "languages such as Thai, Vietnamese": a language, not a country.
        if (isLanguageName(form.text) && /\blanguages?\b/i.test(sentence)) continue;
        taken.push([start, end]);
        const id = sink.addEntity({
          id: governmentId(form.code),
          label: 'Government',
          name: countryName(form.code),
          aliases: [],
          props: { country: form.code },
          sentences: [index],
        });
        sink.addMention({ id, label: 'Government', sentence: index, start, end });
        counts.set(form.code, (counts.get(form.code) ?? 0) + 1);
        if (!surfaces.has(form.code)) surfaces.set(form.code, new Set());
        surfaces.get(form.code)!.add(form.text);
      }
    }
  });
  for (const [code, texts] of surfaces) {
    sink.addEntity({ id: governmentId(code), label: 'Government', name: countryName(code), aliases: [...texts], props: {} });
  }
  const codes = [...counts.keys()];
  const main = codes.reduce<string | undefined>((best, code) => (!best || counts.get(code)! > counts.get(best)! ? code : best), undefined);
  return { codes, main };
}

let compiled: Array<{ form: CountryForm; pattern: RegExp }> | undefined;

/** Country forms with their word-bounded patterns, compiled once per process. */
function formPatterns(): Array<{ form: CountryForm; pattern: RegExp }> {
  compiled ??= countryForms().map((form) => ({ form, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form.text)}(?![\\p{L}\\p{N}])`, 'gu') }));
  return compiled;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
