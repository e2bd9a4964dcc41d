import { fetchStats } from '../api/statsQuery';
import { errorState, loadingState } from '../components/status';
import { h, replaceChildren } from '../dom';
import { kindName } from '../kindColors';

/** The start page: what the explorer does, and how big the graph is. */
export async function renderHomePage(main: HTMLElement, isCurrent: () => boolean): Promise<void> {
  document.title = 'sovereign-graph explorer';
  const stats = h('div', { class: 'panel' }, loadingState('graph counts'));
  replaceChildren(
    main,
    h(
      'header',
      { class: 'page-header' },
      h('h1', { id: 'page-title', tabindex: '-1' }, 'Sovereign AI, who funds whom'),
      h('p', {}, 'Search above for a government, consortium, company, initiative or model. Every fact links to the sentence and article that state it.'),
      h('p', {}, h('a', { href: '#/dashboard' }, 'Funding dashboard'), ' · ', h('a', { href: '/graphiql' }, 'Query the GraphQL API in GraphiQL')),
    ),
    stats,
  );
  try {
    const s = await fetchStats();
    if (!isCurrent()) return;
    replaceChildren(
      stats,
      h('h2', {}, 'In the graph'),
      h(
        'ul',
        { class: 'stat-list' },
        h('li', {}, h('strong', {}, String(s.articles)), ' articles'),
        s.nodes.map((n) => h('li', {}, h('strong', {}, String(n.count)), ` ${kindName(n.name)}`)),
      ),
      s.lastIngestAt ? h('p', { class: 'muted' }, `Last ingest ${s.lastIngestAt}`) : null,
    );
  } catch (error) {
    if (isCurrent()) replaceChildren(stats, errorState(error));
  }
}
