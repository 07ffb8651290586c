/**
 * The only way into the chart modules: each is loaded when first shown, so recharts stays out of the
 * first page's bundle. The fallback takes the chart's height, so the page does not jump.
 */
import { type ComponentType, lazy, type LazyExoticComponent, Suspense } from 'react';
import { FRAME_EXTRA, PLOT_HEIGHT, type ChartSize } from './chart-sizes.ts';

const MoneyChart = lazy(() => import('./money-chart.tsx').then((module) => ({ default: module.MoneyChart })));
const PostsChart = lazy(() => import('./posts-chart.tsx').then((module) => ({ default: module.PostsChart })));
const TopChart = lazy(() => import('./top-chart.tsx').then((module) => ({ default: module.TopChart })));
const RegionMatrix = lazy(() => import('./region-matrix.tsx').then((module) => ({ default: module.RegionMatrix })));

/** Keeps the room of a chart while its code loads. */
export function ChartPlaceholder({ size }: { size: ChartSize }) {
  return (
    <div className={`chart chart-placeholder chart-${size}`} style={{ minHeight: PLOT_HEIGHT[size] + FRAME_EXTRA[size] }} role="status">
      Loading chart…
    </div>
  );
}

function withFallback<P extends object>(Chart: LazyExoticComponent<ComponentType<P>>, size: ChartSize) {
  return function LazyChart(props: P) {
    return (
      <Suspense fallback={<ChartPlaceholder size={size} />}>
        <Chart {...props} />
      </Suspense>
    );
  };
}

/** Reported money over time (props: `MoneyChartProps` of ./money-chart.tsx). */
export const LazyMoneyChart = withFallback(MoneyChart, 'money');

/** Posts over time, full size (props: `PostsChartProps` of ./posts-chart.tsx). */
export const LazyPostsChart = withFallback(PostsChart, 'posts');

/** Top values of a facet (props: `TopChartProps` of ./top-chart.tsx). */
export const LazyTopChart = withFallback(TopChart, 'top');

/** Actor × victim region matrix (props: `ChartViewProps`). */
export const LazyRegionMatrix = withFallback(RegionMatrix, 'matrix');
