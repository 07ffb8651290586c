/**
 * Series colours: the Okabe–Ito palette (told apart with the common colour-vision deficiencies, and
 * readable on the light and the dark background), fixed per figure kind so a kind keeps its colour.
 * Colours that must change with the theme are CSS custom properties of src/styles.css: SVG reads
 * `fill="var(--chart-bar)"` as a stylesheet would.
 */
import type { FigureKind } from '../../model/format/data-format.ts';

/** Colours for series in order (actors). */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#E69F00', '#CC79A7', '#56B4E9', '#B8A200', '#8C564B'] as const;

/** Grey for "other actors" and the kind "other". */
export const MUTED = 'var(--chart-other)';

/** Light grey for "no actor named". */
export const NONE = 'var(--chart-none)';

/** The colour of each figure kind. */
export const KIND_COLORS: Record<FigureKind, string> = {
  theft: '#D55E00',
  ransom: '#0072B2',
  fine: '#009E73',
  bounty: '#E69F00',
  loss: '#CC79A7',
  damages: '#56B4E9',
  funding: '#B8A200',
  price: '#8C564B',
  other: MUTED,
};

/** Bars of a single series; the selected ones (the view's date range, an included value) in the accent. */
export const BAR = 'var(--chart-bar)';
export const BAR_SELECTED = 'var(--chart-bar-selected)';
export const BAR_FADED = 'var(--chart-bar-faded)';
