import type { FundingBucket } from '../api/dashboardQuery';
import { h, svg } from '../dom';
import { formatUsd, plural } from '../format';

/** What a bar chart draws and where its labels link. */
export interface BarChartOptions {
  /** Short machine name, set as data-chart ("country", "focus", "year"). */
  name: string;
  title: string;
  color: string;
  /** Page a bucket's label links to, if any. */
  hrefOf?: (bucket: FundingBucket) => string | undefined;
}

const ROW = 40;
const BAR = 14;

/**
 * A horizontal bar chart of USD totals in plain SVG: one <rect data-key> per
 * bucket, the label and amount above it. Sized in CSS pixels with percentage
 * bar widths, so it stays readable from phone to desktop; a hidden table
 * carries the same numbers for screen readers.
 */
export function barChart(buckets: FundingBucket[], options: BarChartOptions): HTMLElement {
  const max = Math.max(...buckets.map((b) => b.totalUsd), 0);
  const rows = buckets.map((b, i) => {
    const y = i * ROW;
    const pct = max > 0 ? Math.max((b.totalUsd / max) * 100, b.totalUsd > 0 ? 0.5 : 0) : 0;
    const href = options.hrefOf?.(b);
    const label = svg('text', { x: 0, y: y + 14, class: 'chart-label' }, b.label);
    return svg(
      'g',
      {},
      href ? svg('a', { href }, label) : label,
      svg('text', { x: '100%', y: y + 14, 'text-anchor': 'end', class: 'chart-value' }, formatUsd(b.totalUsd)),
      svg(
        'rect',
        { x: 0, y: y + 20, width: `${pct.toFixed(2)}%`, height: BAR, rx: 2, fill: options.color, 'data-key': b.key, 'data-usd': b.totalUsd },
        svg('title', {}, `${b.label}: ${formatUsd(b.totalUsd)} in ${plural(b.count, 'commitment')}`),
      ),
    );
  });
  return h(
    'figure',
    { class: 'chart', 'data-chart': options.name },
    h('figcaption', { class: 'visually-hidden' }, options.title),
    svg('svg', { width: '100%', height: Math.max(buckets.length * ROW, 1), 'aria-hidden': 'true', class: 'chart-svg' }, rows),
    // Hidden through a wrapper: a table cannot be squeezed to 1px and would widen the page.
    h(
      'div',
      { class: 'visually-hidden' },
      h(
        'table',
        {},
        h('caption', {}, options.title),
        h('tr', {}, h('th', { scope: 'col' }, 'Bucket'), h('th', { scope: 'col' }, 'USD'), h('th', { scope: 'col' }, 'Commitments')),
        buckets.map((b) => h('tr', {}, h('th', { scope: 'row' }, b.label), h('td', {}, formatUsd(b.totalUsd)), h('td', {}, String(b.count)))),
      ),
    ),
  );
}
