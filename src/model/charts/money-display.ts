/** Money and counts for display, one spelling everywhere: the reader, entity pages and charts. */

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const fine = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

/** Axis and tooltip amounts: `571M`, `1.5B`, `48K`. */
export function formatShort(value: number): string {
  return compact.format(value);
}

/** A full amount: `571,000,000`, `4,502.9`. */
export function formatFull(value: number): string {
  return (Math.abs(value) < 100 ? fine : whole).format(value);
}

/** An amount with its currency: `571,000,000 USD`; a range as `5,000,000–10,000,000 EUR`. */
export function formatMoney(value: number, currency: string, valueMax?: number): string {
  return valueMax !== undefined && valueMax !== value ? `${formatFull(value)}–${formatFull(valueMax)} ${currency}` : `${formatFull(value)} ${currency}`;
}

/** A word or phrase with its first letter in upper case, for a label: `Year of first report`. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A share as a percentage: `12%`, `0.4%`. */
export function formatShare(part: number, total: number): string {
  if (total === 0) return '0%';
  const share = (part / total) * 100;
  return `${share < 1 ? share.toFixed(1) : Math.round(share)}%`;
}
