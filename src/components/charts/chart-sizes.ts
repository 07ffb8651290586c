/**
 * Plot heights, shared by the charts and their lazy fallbacks so the page does not jump when
 * recharts arrives.
 */

/** Height of a chart's plot area, in CSS pixels (the matrix is HTML and takes what it needs; this is its usual height). */
export const PLOT_HEIGHT = { money: 340, posts: 240, compact: 110, top: 300, matrix: 200 } as const;

/** Which chart a size is for. */
export type ChartSize = keyof typeof PLOT_HEIGHT;

/** Room for the title, units and tools above the plot, and the legend, notes and details below, in CSS pixels. */
export const FRAME_EXTRA: Record<ChartSize, number> = { money: 420, posts: 80, compact: 64, top: 186, matrix: 80 };
