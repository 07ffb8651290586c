/** Money amounts for display: "571,000,000 USD", "≈ 1.2 billion"; pure, shared by reader and charts. */

/** A full amount with its currency code: `571,000,000 USD`, `5,000,000–10,000,000 EUR`. */
export function formatAmount(amount: number, currency: string, amountMax?: number): string {
  const format = (value: number) => value.toLocaleString('en', { maximumFractionDigits: value < 100 ? 4 : 0 });
  return amountMax !== undefined && amountMax !== amount ? `${format(amount)}–${format(amountMax)} ${currency}` : `${format(amount)} ${currency}`;
}

/** A short amount for axes and tooltips: `571M`, `1.5B`, `48K`. */
export function formatCompact(amount: number): string {
  return new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(amount);
}
