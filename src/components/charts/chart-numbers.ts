/** Numbers for axes, tooltips and tables, in one spelling for every chart. (Not `*-format.ts`: that suffix is for schema modules, see src/architecture.test.ts.) */

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const fine = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

/** Axis and tooltip amounts: `571M`, `1.5B`, `48K`. */
export function formatShort(value: number): string {
  return compact.format(value);
}

/** A full amount for tables: `571,000,000`, `4,502.9`. */
export function formatFull(value: number): string {
  return (Math.abs(value) < 100 ? fine : whole).format(value);
}

/** An amount with its currency: `571,000,000 USD`. */
export function formatMoney(value: number, currency: string): string {
  return `${formatFull(value)} ${currency}`;
}

/** A share as a percentage: `12%`, `0.4%`. */
export function formatShare(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const share = (part / whole) * 100;
  return `${share < 1 ? share.toFixed(1) : Math.round(share)}%`;
}
