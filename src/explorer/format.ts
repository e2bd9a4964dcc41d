const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });

/** "$6.2B" from 6.2e9; an em dash for an unknown amount. */
export function formatUsd(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '—' : usd.format(amount);
}

/** "1T JPY" from 1e12 and "JPY". */
export function formatAmount(amount: number, currency: string): string {
  return `${plain.format(amount)} ${currency}`;
}

/** "1 member" / "3 members". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
