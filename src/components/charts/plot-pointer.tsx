/**
 * Which bar the pointer or the keyboard is on, for charts whose bars are filters.
 * Recharts reports its active bar to event props a frame late (mousemove is throttled), so a quick
 * click could land on the bar the pointer came from; here the bar is read from the event's own
 * position against the plot area, and keyboard users get Enter on the bar the arrow keys chose.
 */
import { type KeyboardEvent, type MouseEvent, useEffect, useRef } from 'react';
import { type PlotArea, useActiveTooltipDataPoints, usePlotArea } from 'recharts';

interface Probe {
  plot: PlotArea | null;
  /** The `index` of the datum the tooltip shows, or `null`. */
  active: number | null;
}

/** Rendered inside the chart: reads the plot area and the active datum from recharts' context. */
function ChartProbe({ onChange }: { onChange: (probe: Probe) => void }) {
  const plot = usePlotArea() ?? null;
  const points = useActiveTooltipDataPoints<{ index?: unknown }>();
  const index = points?.[0]?.index;
  const active = typeof index === 'number' ? index : null;
  useEffect(() => {
    onChange({ plot, active });
  });
  return null;
}

/** Handlers for a bar chart's wrapper, given the number of bars and the direction they are laid out in. */
export function usePlotPointer(count: number, layout: 'horizontal' | 'vertical') {
  const probe = useRef<Probe>({ plot: null, active: null });

  /** The bar under a mouse event, or `null` outside the plot area. */
  const indexAt = (event: MouseEvent<HTMLElement>): number | null => {
    const { plot } = probe.current;
    if (plot === null || count === 0) return null;
    const rect = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - rect.left - plot.x;
    const y = event.clientY - rect.top - plot.y;
    // Across the bars the whole band counts; along them, only the plot area (not the axis labels).
    const [along, size, across, depth] = layout === 'horizontal' ? [x, plot.width, y, plot.height] : [y, plot.height, x, plot.width];
    if (across < 0 || across > depth || along < 0 || along >= size) return null;
    return Math.min(count - 1, Math.floor((along / size) * count));
  };

  /** The bar the keyboard chose, when Enter is pressed on the chart. */
  const keyIndex = (event: KeyboardEvent<HTMLElement>): number | null => (event.key === 'Enter' ? probe.current.active : null);

  // Kept in a ref: the handlers read it when an event comes, and nothing needs to re-render for it.
  const element = (
    <ChartProbe
      onChange={(next) => {
        probe.current = next;
      }}
    />
  );
  return { probe: element, indexAt, keyIndex };
}
