/**
 * Scores extraction against labels: precision, recall and F1 per field, micro-averaged over every
 * (post, value) pair, and the accuracy of figure kinds over the figures both sides found.
 */

/** Counts for one field. */
export interface FieldScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** A field's counts with its rates; rates are `null` when nothing was expected nor found. */
export interface FieldRates extends FieldScore {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** An empty score. */
export function emptyScore(): FieldScore {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

/** Adds one post's comparison to a score and returns what was missed and what was extra. */
export function compareSets(score: FieldScore, expected: Iterable<string>, found: Iterable<string>): { missed: string[]; extra: string[] } {
  const want = new Set(expected);
  const got = new Set(found);
  const missed = [...want].filter((value) => !got.has(value));
  const extra = [...got].filter((value) => !want.has(value));
  score.truePositives += want.size - missed.length;
  score.falseNegatives += missed.length;
  score.falsePositives += extra.length;
  return { missed, extra };
}

/** Precision, recall and F1 of a score. */
export function rates(score: FieldScore): FieldRates {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = score;
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 = precision === null || recall === null || precision + recall === 0 ? (tp + fp + fn === 0 ? null : 0) : (2 * precision * recall) / (precision + recall);
  return { ...score, precision, recall, f1 };
}

/** A figure as compared: amount and currency; amounts equal to nine significant digits. */
export function figureKey(amount: number, currency: string): string {
  return `${Number(amount.toPrecision(9))} ${currency}`;
}
