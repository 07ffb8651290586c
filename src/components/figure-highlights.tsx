/** The largest money figures among a view's posts, each opening its post at the figure's sentence, each citable. */
import { Link } from 'react-router';
import type { FigureTable } from '../model/charts/figure-table.ts';
import { formatMoney } from '../model/charts/money-display.ts';
import type { Collection } from '../model/collection.ts';
import { formatDay } from '../model/post-date.ts';
import { paths } from '../model/view/paths.ts';
import { useListRows } from './use-list-rows.ts';
import { CopyCitationButton } from './cite/copy-citation-button.tsx';
import { useFigureCitation } from './cite/use-figure-citation.ts';

interface Highlight {
  row: number;
  index: number;
  amount: number;
  currency: string;
  kind: string;
  usd: number | null;
}

/** Up to `limit` figures of `rows`, largest first (by their US dollar value where one is known). */
export function FigureHighlights({ collection, figures, rows, limit = 10 }: { collection: Collection; figures: FigureTable; rows: ArrayLike<number>; limit?: number }) {
  const all: Highlight[] = [];
  for (const row of Array.from(rows)) {
    (figures.figures[row] ?? []).forEach(([amount, currency, kind, usd], index) => all.push({ row, index, amount, currency, kind, usd }));
  }
  all.sort((a, b) => (b.usd ?? -1) - (a.usd ?? -1) || b.amount - a.amount);
  const shown = all.slice(0, limit);
  const citation = useFigureCitation(collection);
  const listRow = useListRows(
    collection,
    shown.map((figure) => figure.row),
  );
  if (shown.length === 0) return null;
  return (
    <section className="top-values">
      <h2>Largest reported figures</h2>
      <ol>
        {shown.map((figure) => {
          const fields = listRow(figure.row);
          return (
            <li key={`${figure.row}:${figure.index}`}>
              {fields ? (
                <Link to={paths.figure.getHref(fields[0], figure.index)}>{formatMoney(figure.amount, figure.currency)}</Link>
              ) : (
                formatMoney(figure.amount, figure.currency)
              )}{' '}
              <span className={`kind kind-${figure.kind}`}>{figure.kind}</span>{' '}
              <span className="post-meta">
                {fields?.[1] ?? 'Loading…'} · {formatDay(collection.posts.day[figure.row] ?? '')}
              </span>{' '}
              <CopyCitationButton
                className="link-button"
                label={`Copy citation of ${formatMoney(figure.amount, figure.currency)} ${figure.kind}`}
                citation={() => citation(figure.row, figure.index)}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
