import type { ParsedArticle } from '../types';
import { isCountryForm } from '../resolve/countries';
import { classifyName } from './classifyName';
import type { ConsortiumBook } from './consortiumDrafts';
import { findNameSpans } from './nameSpans';
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
  const headline = findNameSpans(article.title ?? '')[0];
  if (!headline || headline.start > 4) return;
  const words = headline.text.split(' ');
  const forms = words.map((_, i) => words.slice(0, words.length - i).join(' '));
  const counts = new Map<string, number>();
  for (const sentence of article.sentences) {
    for (const span of findNameSpans(sentence)) if (forms.includes(span.text)) counts.set(span.text, (counts.get(span.text) ?? 0) + 1);
  }
  const name = forms.find((form) => (counts.get(form) ?? 0) >= 2 && !registry.has(form, true) && isProjectWord(form));
  if (name) teams[0].name = name;
}

function isProjectWord(name: string): boolean {
  const cls = classifyName(name);
  return !!cls && cls !== 'Agency' && !isCountryForm(name);
}
