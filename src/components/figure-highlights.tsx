/** The largest money figures among a view's posts, each opening its post at the figure's sentence. */
import { Link } from 'react-router';
import type { Collection } from '../data/data-client.ts';
import { formatMoney } from '../model/charts/money-display.ts';
import { paths } from '../model/view/paths.ts';
import { formatDay } from '../model/post-date.ts';

/** Up to `limit` figures of `rows`, largest first (by their US dollar value where one is known). */
export function FigureHighlights({ collection, rows, limit = 10 }: { collection: Collection; rows: ArrayLike<number>; limit?: number }) {
  const { posts } = collection;
  const figures: { row: number; index: number; amount: number; currency: string; kind: string; usd: number | null }[] = [];
  for (const row of Array.from(rows)) {
    (posts.figures[row] ?? []).forEach(([amount, currency, kind, usd], index) => figures.push({ row, index, amount, currency, kind, usd }));
  }
  if (figures.length === 0) return null;
  figures.sort((a, b) => (b.usd ?? -1) - (a.usd ?? -1) || b.amount - a.amount);
  return (
    <section className="top-values">
      <h2>Largest reported figures</h2>
      <ol>
        {figures.slice(0, limit).map((figure) => (
          <li key={`${figure.row}:${figure.index}`}>
            <Link to={`${paths.post.getHref(posts.slug[figure.row] ?? '')}#figure-${figure.index}`}>{formatMoney(figure.amount, figure.currency)}</Link>{' '}
            <span className={`kind kind-${figure.kind}`}>{figure.kind}</span>{' '}
            <span className="post-meta">
              {posts.title[figure.row]} · {formatDay(posts.day[figure.row] ?? '')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
