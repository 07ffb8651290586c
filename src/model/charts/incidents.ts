/**
 * The money figures of a view's posts, each incident counted once: figures in one currency (converted to USD
 * only when asked), and the same incident reported by several posts merged, by the rule in
 * docs/charts.md ("Counting an incident once"). Pure; money.ts bins and stacks the result.
 */
import type { FigureKind, IndexFigure } from '../format/data-format.ts';
import { dayNumber } from '../facets/day-index.ts';
import { INCIDENT_KINDS, usdOf } from './incident-money.ts';
import type { PostTable } from '../facets/post-table.ts';

/** Reports of the same amount, currency and actor this many days after the first one are the same incident. */
export const DEDUP_WINDOW_DAYS = 30;

/**
 * A converted amount within this share of a USD amount the same post states, of the same kind, is
 * that amount said twice ("¥48.2 billion ($308 million)") and is not added again.
 */
export const CONVERSION_TOLERANCE = 0.2;

/**
 * Reports of one incident round its amount differently ("$48.5 million", "$50 million", "$52m"): an
 * amount within this share of another, with nothing in the posts to tell them apart, is the same one.
 */
export const ROUNDING_TOLERANCE = 0.1;

/** The columns money charts read: the post table's days, actors and victim countries, and the index's figures. */
export interface MoneyTable extends Pick<PostTable, 'day' | 'actors' | 'victims'> {
  /** Per post, `[amount, currency, kind, usd|null, total 0|1]` in the order of the post body's figures. */
  figures: readonly (readonly IndexFigure[])[];
}

/** One figure of one post: figure `figureIndex` of row `row` opens as `/posts/<slug>#figure-<figureIndex>`. */
export interface FigureRef {
  row: number;
  figureIndex: number;
}

/** An incident as counted: its first report, and every post that reported it. */
export interface MoneyFigure {
  /** The first report: the oldest post's (by day, then by time), its first such figure. */
  row: number;
  figureIndex: number;
  /** The first report's day, `YYYY-MM-DD`: the bin the incident is counted in. */
  day: string;
  /** As stated. */
  amount: number;
  currency: string;
  /** What it adds to the chart, in the chart's currency: `amount`, or the USD value when `converted`. */
  value: number;
  converted: boolean;
  /** The first report's amount in US dollars (stated, or converted by the compiler), or `null` where none is known. */
  usd: number | null;
  kind: FigureKind;
  /** Every actor the reporting posts name, sorted. */
  actors: string[];
  /** The posts that reported it, oldest first, each once. */
  reportedBy: number[];
  /** Every figure merged into it, first report first. */
  figures: FigureRef[];
}

/** Which figures count. */
export interface MoneyOptions {
  /** ISO 4217 code or ticker as the index writes it (`USD`, `EUR`, `BTC`). */
  currency: string;
  /** With `currency: 'USD'`, also count figures of other currencies that have a USD value. Off by default. */
  includeConverted?: boolean;
  /**
   * Also count figures that are totals over a period or many incidents ("a record $1.7 billion in
   * 2022"). Off by default: added to the incidents they are made of, they count them twice.
   */
  includeTotals?: boolean;
  /**
   * The kinds that count. Default `INCIDENT_KINDS`: money an incident took or cost, never prices,
   * funding, bounties or "other" (docs/charts.md, "Incident money").
   */
  kinds?: readonly FigureKind[];
  /** Default `DEDUP_WINDOW_DAYS`. */
  windowDays?: number;
}

interface Candidate extends FigureRef {
  dayNumber: number;
  day: string;
  amount: number;
  currency: string;
  value: number;
  converted: boolean;
  usd: number | null;
  kind: FigureKind;
  actors: readonly string[];
  victims: readonly string[];
}

/** The figure of a row that counts in `options.currency`, or `null`. */
function candidate(
  table: MoneyTable,
  row: number,
  figureIndex: number,
  options: MoneyOptions,
  kinds: ReadonlySet<FigureKind>,
  dayNumbers: Map<string, number | null>,
): Candidate | null {
  const figures = table.figures[row] ?? [];
  const figure = figures[figureIndex];
  const day = table.day[row];
  if (figure === undefined || day === undefined) return null;
  const [amount, currency, kind, usd, total] = figure;
  if (!kinds.has(kind)) return null;
  if (total === 1 && options.includeTotals !== true) return null;
  let value: number;
  let converted = false;
  if (currency === options.currency) value = amount;
  else if (options.currency === 'USD' && options.includeConverted === true && usd !== null) {
    const statedInUsd = figures.some(([other, otherCurrency, otherKind]) => otherCurrency === 'USD' && otherKind === kind && Math.abs(other - usd) <= CONVERSION_TOLERANCE * other);
    if (statedInUsd) return null;
    value = usd;
    converted = true;
  } else return null;
  let number = dayNumbers.get(day);
  if (number === undefined) dayNumbers.set(day, (number = dayNumber(day)));
  if (number === null || !(value > 0) || !Number.isFinite(value)) return null;
  return { row, figureIndex, dayNumber: number, day, amount, currency, value, converted, usd: usdOf(figure), kind, actors: table.actors[row] ?? [], victims: table.victims[row] ?? [] };
}

/** Whether a report can be the same incident as one counted (docs/charts.md, "Counting an incident once"). */
function sameIncident(incident: MoneyFigure, next: Candidate): boolean {
  if (incident.actors.length > 0 && next.actors.length > 0) return next.actors.some((actor) => incident.actors.includes(actor));
  // A post that names no actor cannot contradict one that does; the kind must agree instead.
  return incident.kind === next.kind;
}

const BAND_WIDTH = Math.log1p(ROUNDING_TOLERANCE);

/** The band of amounts `amount` falls in: amounts within `ROUNDING_TOLERANCE` of it are in its band or one beside it. */
function bandOf(amount: number): number {
  return amount > 0 ? Math.floor(Math.log(amount) / BAND_WIDTH) : 0;
}

/** Whether `a` and `b` are one amount rounded two ways (`ROUNDING_TOLERANCE`). */
function roundedAlike(a: number, b: number): boolean {
  return Math.max(a, b) <= Math.min(a, b) * (1 + ROUNDING_TOLERANCE);
}

/** Two lists that both name something and share nothing: the posts say different things. */
function disagree(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !b.some((value) => a.includes(value));
}

/**
 * Whether a report of a different but close amount is the same incident: the same kind, and neither
 * the actors nor the victim countries of the posts tell them apart (docs/charts.md).
 */
function sameIncidentRounded(incident: MoneyFigure, victimsOf: ReadonlyMap<MoneyFigure, readonly string[]>, next: Candidate): boolean {
  // Cheapest first: most incidents in the window differ in amount.
  return roundedAlike(incident.amount, next.amount) && incident.kind === next.kind && !disagree(incident.actors, next.actors) && !disagree(victimsOf.get(incident) ?? [], next.victims);
}

/**
 * The incidents behind the rows' figures in one currency, oldest first. Figures with the same
 * stated amount and currency, first reported within `windowDays` of each other, whose posts name
 * a common actor (or, where a post names none, of the same kind) count once; so do figures of the
 * same kind whose amounts are within `ROUNDING_TOLERANCE` of each other, when neither the posts'
 * actors nor their victim countries differ.
 */
export function countedFigures(table: MoneyTable, rows: ArrayLike<number>, options: MoneyOptions): MoneyFigure[] {
  const windowDays = options.windowDays ?? DEDUP_WINDOW_DAYS;
  const kinds = new Set(options.kinds ?? INCIDENT_KINDS);
  const candidates: Candidate[] = [];
  // Posts share days; each is parsed once.
  const dayNumbers = new Map<string, number | null>();
  // Rows are usually newest first, so walking them backwards gives nearly sorted input and the sort
  // below little to do. Within a day the higher row is the earlier post (rows are ordered by instant).
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i] ?? -1;
    const count = table.figures[row]?.length ?? 0;
    for (let figureIndex = 0; figureIndex < count; figureIndex++) {
      const found = candidate(table, row, figureIndex, options, kinds, dayNumbers);
      if (found !== null) candidates.push(found);
    }
  }
  candidates.sort((a, b) => a.dayNumber - b.dayNumber || b.row - a.row || a.figureIndex - b.figureIndex);

  // Only reports of the same currency and amounts within ROUNDING_TOLERANCE can merge, so incidents are
  // kept in groups of a currency and a band of amounts (ratio 1 + ROUNDING_TOLERANCE wide): a report
  // is compared with its own band and the two beside it, oldest first; `start` skips the incidents
  // whose window has closed.
  const bands = new Map<string, Map<number, { incidents: MoneyFigure[]; days: number[]; start: number }>>();
  const openBand = (currency: string, band: number, dayNumber: number) => {
    let ofCurrency = bands.get(currency);
    if (ofCurrency === undefined) bands.set(currency, (ofCurrency = new Map()));
    let group = ofCurrency.get(band);
    if (group === undefined) ofCurrency.set(band, (group = { incidents: [], days: [], start: 0 }));
    // The window runs from an incident's first report, so a chain of reports cannot stretch it.
    while (group.start < group.days.length && dayNumber - (group.days[group.start] ?? 0) > windowDays) group.start++;
    return group;
  };
  const incidents: MoneyFigure[] = [];
  // The victim countries of each incident's reports so far.
  const victimsOf = new Map<MoneyFigure, string[]>();
  for (const next of candidates) {
    const band = bandOf(next.amount);
    const own = openBand(next.currency, band, next.dayNumber);
    // The oldest open incident of the same amount, by the actor rule; failing that, the closest rounded
    // amount the posts do not tell apart.
    let exact: MoneyFigure | undefined;
    let closest: MoneyFigure | undefined;
    let distance = Infinity;
    for (const group of [own, openBand(next.currency, band - 1, next.dayNumber), openBand(next.currency, band + 1, next.dayNumber)]) {
      for (let i = group.start; i < group.incidents.length; i++) {
        const incident = group.incidents[i];
        if (incident === undefined) continue;
        // An equal amount is judged by the actor rule alone, which a rounded match cannot overrule.
        if (incident.amount === next.amount) {
          if (exact === undefined && sameIncident(incident, next)) exact = incident;
          continue;
        }
        if (!sameIncidentRounded(incident, victimsOf, next)) continue;
        const gap = Math.abs(incident.amount - next.amount);
        if (gap < distance) [closest, distance] = [incident, gap];
      }
    }
    const match = exact ?? closest;
    if (match) {
      const victims = victimsOf.get(match);
      if (victims) for (const victim of next.victims) if (!victims.includes(victim)) victims.push(victim);
      for (const actor of next.actors) if (!match.actors.includes(actor)) match.actors.push(actor);
      if (!match.reportedBy.includes(next.row)) match.reportedBy.push(next.row);
      match.figures.push({ row: next.row, figureIndex: next.figureIndex });
    } else {
      // Built once and completed in place by later reports: at 30,000 posts allocation is the cost.
      const { row, figureIndex, day, amount, currency, value, converted, usd, kind } = next;
      const incident: MoneyFigure = { row, figureIndex, day, amount, currency, value, converted, usd, kind, actors: [...next.actors], reportedBy: [row], figures: [{ row, figureIndex }] };
      own.incidents.push(incident);
      own.days.push(next.dayNumber);
      victimsOf.set(incident, [...next.victims]);
      incidents.push(incident);
    }
  }
  for (const incident of incidents) if (incident.actors.length > 1) incident.actors.sort();
  return incidents;
}

/** A currency of the figures in view, and how many figures are stated in it. */
export interface CurrencyCount {
  currency: string;
  count: number;
}

/** The currencies the rows' figures are stated in: USD first if present, then by count. Also how many non-USD figures have a USD value. */
export function currenciesInView(table: MoneyTable, rows: ArrayLike<number>): { currencies: CurrencyCount[]; convertible: number } {
  const counts = new Map<string, number>();
  let convertible = 0;
  for (let i = 0; i < rows.length; i++) {
    for (const [, currency, , usd] of table.figures[rows[i] ?? -1] ?? []) {
      counts.set(currency, (counts.get(currency) ?? 0) + 1);
      if (currency !== 'USD' && usd !== null) convertible++;
    }
  }
  const currencies = [...counts]
    .map(([currency, count]) => ({ currency, count }))
    .sort((a, b) => Number(b.currency === 'USD') - Number(a.currency === 'USD') || b.count - a.count || (a.currency < b.currency ? -1 : 1));
  return { currencies, convertible };
}
