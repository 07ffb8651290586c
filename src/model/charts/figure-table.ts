/** The figures file decoded: every post's money figures by row, for charts and entity pages. */
import type { FiguresFile, IndexFigure } from '../format/data-format.ts';
import { decodeRows } from '../format/number-codec.ts';

/** Money figures per row (`[amount, currency, kind, usd, total]`), in the order of the post body's figures. */
export interface FigureTable {
  figures: readonly (readonly IndexFigure[])[];
}

const NONE: readonly IndexFigure[] = [];

/** Decodes the figures file of a collection of `size` posts. */
export function createFigureTable(file: FiguresFile, size: number): FigureTable {
  const figures = new Array<readonly IndexFigure[]>(size).fill(NONE);
  const rows = decodeRows(file.rows, 'the figures file');
  rows.forEach((row, i) => {
    if (row < size) figures[row] = file.figures[i] ?? NONE;
  });
  return { figures };
}
