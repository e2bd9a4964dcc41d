import { h } from '../dom';

/** A polite "Loading …" line that screen readers announce. */
export function loadingState(what: string): HTMLElement {
  return h('p', { class: 'status status-loading', role: 'status', 'aria-live': 'polite' }, `Loading ${what}…`);
}

/** A quiet line for an empty list or a missing entity. */
export function emptyState(text: string): HTMLElement {
  return h('p', { class: 'status status-empty' }, text);
}

/** An error in words, announced at once. */
export function errorState(error: unknown): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  return h('p', { class: 'status status-error', role: 'alert' }, message);
}
