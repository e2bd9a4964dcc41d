import type { Evidence } from '../api/types';
import { h } from '../dom';

/**
 * The sentences that state a fact, each quoted with a link to its article;
 * the answer to "why do you say so?".
 */
export function evidenceList(evidence: Evidence[]): HTMLElement {
  if (evidence.length === 0) return h('p', { class: 'evidence evidence-none' }, 'No source sentence recorded.');
  return h(
    'ul',
    { class: 'evidence' },
    evidence.map((e) =>
      h(
        'li',
        {},
        h('blockquote', { class: 'evidence-sentence' }, e.sentence ?? '(sentence not available)'),
        h(
          'cite',
          {},
          e.article.url ? h('a', { href: e.article.url, target: '_blank', rel: 'noopener noreferrer' }, e.article.title) : e.article.title,
          e.article.published ? ` · ${e.article.published}` : '',
        ),
      ),
    ),
  );
}
