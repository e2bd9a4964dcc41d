import { searchEntities, type SearchResult } from '../api/searchQuery';
import { h, replaceChildren } from '../dom';
import { entityHref } from '../router';
import { kindBadge } from './kindBadge';

const DEBOUNCE_MS = 150;

/**
 * The search-as-you-type box: queries `search` while the reader types and
 * lists hits as links with kind badges. Keyboard: ↓/↑ move through hits, Enter
 * opens the highlighted hit (or the first), Escape closes, Tab reaches every hit.
 */
export function createSearchBox(): HTMLElement {
  const input = h('input', {
    type: 'search',
    id: 'search-input',
    class: 'search-input',
    placeholder: 'Search governments, consortia, companies…',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-label': 'Search the graph',
    'aria-controls': 'search-results',
    'aria-expanded': 'false',
  });
  const panel = h('div', { id: 'search-results', class: 'search-results', hidden: true });
  const announcer = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const box = h('div', { class: 'search', role: 'search' }, input, panel, announcer);

  let timer: number | undefined;
  // The search for the current text, once started; Enter waits for it.
  let controller: AbortController | undefined;
  let pending: Promise<SearchResult | undefined> | undefined;

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a.search-hit')];
  const open = (show: boolean) => {
    panel.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
  };
  const showMessage = (text: string, cls = 'status') => {
    replaceChildren(panel, h('p', { class: cls }, text));
    open(true);
  };

  const runSearch = (text: string): Promise<SearchResult | undefined> => {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    showMessage('Searching…', 'status status-loading');
    return searchEntities(text, mine.signal).then(
      (result) => {
        if (mine.signal.aborted) return undefined;
        renderHits(text, result);
        return result;
      },
      (error: Error) => {
        if (mine.signal.aborted) return undefined;
        showMessage(error.message, 'status status-error');
        return undefined;
      },
    );
  };

  const renderHits = (text: string, result: SearchResult) => {
    announcer.textContent = `${result.totalCount} results`;
    if (result.hits.length === 0) return showMessage(`Nothing found for “${text}”. Try another name or an alias.`, 'status status-empty');
    replaceChildren(
      panel,
      h(
        'ul',
        { class: 'search-list' },
        result.hits.map((hit) =>
          h(
            'li',
            {},
            h(
              'a',
              { class: 'search-hit', href: entityHref(hit.id), 'data-id': hit.id },
              h('span', { class: 'search-hit-name' }, hit.name),
              kindBadge(hit.entityKind ?? 'Entity'),
            ),
          ),
        ),
      ),
      result.totalCount > result.hits.length ? h('p', { class: 'muted search-more' }, `${result.hits.length} of ${result.totalCount} shown; type more to narrow.`) : null,
    );
    open(true);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    pending = undefined;
    const text = input.value.trim();
    if (!text) {
      controller?.abort();
      open(false);
      return;
    }
    timer = window.setTimeout(() => {
      pending = runSearch(text);
    }, DEBOUNCE_MS);
  });

  input.addEventListener('keydown', async (event) => {
    if (event.key === 'Escape') return open(false);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links()[0]?.focus();
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    // Enter before the debounce fired: search now, then open the best hit.
    if (!pending) {
      window.clearTimeout(timer);
      pending = runSearch(text);
    }
    await pending;
    links()[0]?.click();
  });

  panel.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && at >= 0) {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)].focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) input.focus();
      else all[at - 1].focus();
    } else if (event.key === 'Escape') {
      open(false);
      input.focus();
    }
  });

  // Close once a hit is chosen or focus and clicks move elsewhere.
  window.addEventListener('hashchange', () => open(false));
  document.addEventListener('click', (event) => {
    if (!box.contains(event.target as Node)) open(false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && panel.childElementCount > 0) open(true);
  });
  return box;
}
