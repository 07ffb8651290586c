/**
 * What the money chart sums unless asked otherwise (docs/charts.md, "Incident money"): the kinds an
 * analyst means by money in a threat report, and the amounts out of all proportion, which are held out
 * of every sum and listed with their sentence until the reader includes them.
 */
// Types only: data-format.ts holds the zod schemas, which stay out of the app bundle.
import type { FigureKind, IndexFigure } from '../format/data-format.ts';

/**
 * Money an incident took or cost: stolen, ransom and extortion, fines, what a victim lost, the damage
 * done. Bounties are not among them: a reward offer is a promise, and a bug bounty pays a researcher;
 * neither is money an attack took or cost (docs/charts.md).
 */
export const INCIDENT_KINDS: readonly FigureKind[] = ['theft', 'ransom', 'fine', 'loss', 'damages'];

/** Money around incidents, summed only when asked for: bounties and rewards, funding, prices, the rest. */
export const OTHER_KINDS: readonly FigureKind[] = ['bounty', 'funding', 'price', 'other'];

/** Every kind: what the chart sums when the other amounts are asked for. */
export const ALL_KINDS: readonly FigureKind[] = [...INCIDENT_KINDS, ...OTHER_KINDS];

/**
 * The most one figure of each kind can plausibly be, in US dollars: a few times the largest ever
 * reported (docs/charts.md lists the records). Above it an amount is a misreading, a hypothetical or
 * a sum over a whole economy, and would dwarf every incident in the chart.
 */
export const CEILING_USD: Readonly<Record<FigureKind, number>> = {
  theft: 5e9,
  ransom: 5e8,
  fine: 1e10,
  bounty: 1e8,
  loss: 1e10,
  damages: 1e11,
  funding: 1e11,
  price: 1e11,
  other: 1e12,
};

/**
 * Whether an amount is out of all proportion for its kind: its US dollar value is above the kind's
 * ceiling. Amounts with no US dollar value (crypto, currencies without a yearly rate) are not judged.
 */
export function outOfProportion(kind: FigureKind, usd: number | null): boolean {
  return usd !== null && usd > CEILING_USD[kind];
}

/** The US dollar value of an index figure: the amount when stated in dollars, else the compiler's conversion. */
export function usdOf(figure: IndexFigure): number | null {
  return figure[1] === 'USD' ? figure[0] : figure[3];
}

/** Figures of a view that the chart leaves out of its sum unless asked. */
export interface LeftOutCounts {
  /** Totals over a period or many incidents. */
  totals: number;
  /** Figures of kinds outside `kinds` (prices, funding, bounties, other by default). */
  otherKinds: number;
}

/** How many of the rows' figures stated in `currency` are totals, and how many are of kinds outside `kinds`. */
export function leftOutCounts(table: { figures: readonly (readonly IndexFigure[])[] }, rows: ArrayLike<number>, currency: string, kinds: readonly FigureKind[] = INCIDENT_KINDS): LeftOutCounts {
  const counted = new Set(kinds);
  const counts: LeftOutCounts = { totals: 0, otherKinds: 0 };
  for (let i = 0; i < rows.length; i++) {
    for (const figure of table.figures[rows[i] ?? -1] ?? []) {
      if (figure[1] !== currency) continue;
      if (figure[4] === 1) counts.totals++;
      if (!counted.has(figure[2])) counts.otherKinds++;
    }
  }
  return counts;
}
