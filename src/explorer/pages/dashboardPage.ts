import { fetchDashboard, type ConsortiumRow, type FundingBucket } from '../api/dashboardQuery';
import { barChart } from '../components/barChart';
import { entityLink } from '../components/entityLink';
import { section } from '../components/section';
import { emptyState, errorState, loadingState } from '../components/status';
import { h, replaceChildren } from '../dom';
import { formatUsd } from '../format';
import { KIND_COLORS } from '../kindColors';
import { entityHref, governmentHref } from '../router';

// Buckets the API uses when the graph does not know the country or focus: nothing to link to.
const NO_PAGE = new Set(['unknown', 'unspecified']);

function chartOrEmpty(buckets: FundingBucket[], chart: () => HTMLElement): HTMLElement {
  return buckets.length ? chart() : emptyState('No funding with a USD figure yet.');
}

function consortiaTable(rows: ConsortiumRow[]): HTMLElement {
  if (rows.length === 0) return emptyState('No consortia in the graph yet.');
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'data-table', id: 'largest-consortia' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Consortium'), h('th', { scope: 'col', class: 'num' }, 'Named'), h('th', { scope: 'col', class: 'num' }, 'Stated'), h('th', { scope: 'col', class: 'num' }, 'Funding'), h('th', { scope: 'col' }, 'Status'))),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, entityLink(r.node)),
            h('td', { class: 'num' }, String(r.memberCount)),
            h('td', { class: 'num' }, r.node.statedMemberCount === null ? '—' : String(r.node.statedMemberCount)),
            h('td', { class: 'num' }, r.fundingUsd > 0 ? formatUsd(r.fundingUsd) : '—'),
            h('td', {}, r.node.status ?? '—'),
          ),
        ),
      ),
    ),
  );
}

/** The dashboard: funding in USD by country, focus area and year as bar charts, and the largest consortia. */
export async function renderDashboardPage(main: HTMLElement, isCurrent: () => boolean): Promise<void> {
  document.title = 'Dashboard · sovereign-graph';
  replaceChildren(main, loadingState('the dashboard'));
  try {
    const data = await fetchDashboard();
    if (!isCurrent()) return;
    replaceChildren(
      main,
      h('header', { class: 'page-header' }, h('h1', { id: 'page-title', tabindex: '-1' }, 'Dashboard'), h('p', { class: 'muted' }, 'Funding commitments in US dollars, and the consortia with the most named members.')),
      h(
        'div',
        { class: 'dashboard-grid' },
        section(
          'Funding by country',
          chartOrEmpty(data.byCountry, () =>
            barChart(data.byCountry, { name: 'country', title: 'Funding in USD by country', color: KIND_COLORS.Government, hrefOf: (b) => (NO_PAGE.has(b.key) ? undefined : governmentHref(b.key)) }),
          ),
        ),
        section(
          'Funding by focus area',
          chartOrEmpty(data.byFocus, () =>
            barChart(data.byFocus, { name: 'focus', title: 'Funding in USD by focus area', color: KIND_COLORS.FocusArea, hrefOf: (b) => (NO_PAGE.has(b.key) ? undefined : entityHref(b.key)) }),
          ),
        ),
        section('Funding by year', chartOrEmpty(data.byYear, () => barChart(data.byYear, { name: 'year', title: 'Funding in USD by year announced', color: KIND_COLORS.Funding }))),
        section('Largest consortia', consortiaTable(data.largest)),
      ),
    );
    main.querySelector<HTMLElement>('#page-title')?.focus({ preventScroll: true });
  } catch (error) {
    if (isCurrent()) replaceChildren(main, errorState(error));
  }
}
