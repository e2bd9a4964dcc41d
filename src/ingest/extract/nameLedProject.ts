import type { ParsedArticle } from '../types';
import { isCountryForm } from '../resolve/countries';
import { classifyName, isTeamOrProjectName } from './classifyName';
import type { ConsortiumBook } from './consortiumDrafts';
import { findNameSpans, readNameAt } from './nameSpans';
import type { OrgRegistry } from './orgRegistry';

/**
 * "The project is led by X" in an article about one project: the team is
 * known by the project's name. That name is the one the headline opens with
 * (or its first word, "Pharos" of "Pharos AI Factory") when the body also
 * uses it alone at least twice and no cue made it an organisation.
 */
export function nameLedProjects(book: ConsortiumBook, article: ParsedArticle, registry: OrgRegistry): void {
  const teams = book.drafts.filter((d) => d.ledProject && !d.name);
  if (teams.length !== 1) return;
  // "… to launch what they called the Industrial AI Cloud": the article's own name for the project it describes.
  const called = calledName(article.sentences);
  // (A cue may have offered it to the registry; it is a name for the project unless it reads as a company's.)
  if (called && !(registry.has(called, true) && classifyName(called) === 'Organization')) {
    teams[0].name = called;
    return;
  }
  const headline = findNameSpans(article.title ?? '')[0];
  // "Computex 2025: Foxconn and Nvidia to build …": a dated name before a colon is the event the news came at, not the subject.
  if (!headline || headline.start > 4 || (/\b(?:19|20)\d\d$/.test(headline.text) && /^\s*:/.test((article.title ?? '').slice(headline.end)))) {
    // "LIVE: Indonesia AI Day — Sahabat-AI launch": the project the article is about, wherever the headline names it.
    if (book.project) teams[0].name = book.project;
    return;
  }
  const words = headline.text.split(' ');
  const forms = words.map((_, i) => words.slice(0, words.length - i).join(' '));
  const counts = new Map<string, number>();
  for (const sentence of article.sentences) {
    for (const span of findNameSpans(sentence)) if (forms.includes(span.text)) counts.set(span.text, (counts.get(span.text) ?? 0) + 1);
  }
  const name = forms.find((form) => (counts.get(form) ?? 0) >= 2 && !registry.has(form, true) && isTeamOrProjectName(form));
  if (name) teams[0].name = name;
}

const WHAT_CALLED = /\bwhat (?:they|it|he|she|the (?:two |three )?(?:partners|companies|firms|government|minister)) (?:called|call|dubbed|named|are calling|is calling|billed as|bill as) (?:the |a |an )?/g;

/** The name after "what they called (the) …", when only one such name is given. */
function calledName(sentences: string[]): string | undefined {
  const names = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(WHAT_CALLED)) {
      const span = readNameAt(sentence, (match.index ?? 0) + match[0].length);
      // The cue itself says it is a name, so generic words count ("the Industrial AI Cloud"); one word could be prose.
      if (span && (isTeamOrProjectName(span.text) || (span.text.includes(' ') && !isCountryForm(span.text)))) names.add(span.text);
    }
  }
  return names.size === 1 ? [...names][0] : undefined;
}

