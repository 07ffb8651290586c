/**
 * The money figures behind a bar, each a link that opens its post with the figure's sentence marked
 * (`/posts/<slug>#figure-i`), with every other post that reported the same incident. Used by the
 * details panel under the money chart and the chart's table view, so the tooltip's list is also
 * reachable by keyboard.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import type { Collection } from '../../model/collection.ts';
import type { FigureRef, MoneyFigure } from '../../model/charts/incidents.ts';
import { paths } from '../../model/view/paths.ts';
import { formatDay } from '../../model/post-date.ts';
import { formatMoney, formatShort } from '../../model/charts/money-display.ts';
import { useListRows } from '../use-list-rows.ts';
import { CopyCitationButton } from '../cite/copy-citation-button.tsx';
import { useFigureCitation } from '../cite/use-figure-citation.ts';

/** The title of a figure's post, linked to the figure; a placeholder while its list page loads. */
export function FigurePostLink({ collection, figure }: { collection: Collection; figure: FigureRef }) {
  const fields = useListRows(collection, [figure.row])(figure.row);
  return fields ? <Link to={paths.figure.getHref(fields[0], figure.figureIndex)}>{fields[1]}</Link> : <span className="placeholder">Loading…</span>;
}

/** "Lazarus Group, APT38", or "no actor named". */
export function actorNames(collection: Collection, figure: MoneyFigure): string {
  return figure.actors.length === 0 ? 'no actor named' : figure.actors.map((id) => collection.nameOf('actor', id)).join(', ');
}

/** "571,000,000 USD", or "118,300,000 USD (converted from 100,000,000 EUR)". */
export function figureAmount(figure: MoneyFigure, currency: string): string {
  return figure.converted ? `${formatMoney(figure.value, currency)} (converted from ${formatMoney(figure.amount, figure.currency)})` : formatMoney(figure.amount, figure.currency);
}

/** One counted figure: amount, kind, actors, the first post that reported it and the others. */
export function FigureItem({ collection, figure, currency }: { collection: Collection; figure: MoneyFigure; currency: string }) {
  const citation = useFigureCitation(collection);
  const others = figure.figures.filter((ref) => ref.row !== figure.row);
  const seen = new Set<number>();
  const otherPosts = others.filter((ref) => (seen.has(ref.row) ? false : (seen.add(ref.row), true)));
  return (
    <>
      <span className="figure-head">
        <strong className="figure-value">{figureAmount(figure, currency)}</strong> <span className={`kind kind-${figure.kind}`}>{figure.kind}</span>{' '}
        <span className="figure-actors">{actorNames(collection, figure)}</span>
      </span>
      <span className="figure-post">
        <FigurePostLink collection={collection} figure={figure} /> · <time dateTime={figure.day}>{formatDay(figure.day)}</time>
        {figure.reportedBy.length > 1 ? <span className="figure-reported"> · reported by {figure.reportedBy.length} posts</span> : null}{' '}
        <CopyCitationButton className="link-button" label={`Copy citation of ${formatMoney(figure.amount, figure.currency)} ${figure.kind}`} citation={() => citation(figure.row, figure.figureIndex)} />
      </span>
      {otherPosts.length > 0 ? (
        <ul className="figure-others" aria-label="Also reported by">
          {otherPosts.map((ref) => (
            <li key={`${ref.row}-${ref.figureIndex}`}>
              <FigurePostLink collection={collection} figure={ref} /> ·{' '}
              <time dateTime={collection.posts.day[ref.row]}>{formatDay(collection.posts.day[ref.row] ?? '')}</time>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

const SHOWN = 10;
// Past this, a list is no help; narrowing the view is.
const MOST = 200;

interface FigureDetailsProps {
  collection: Collection;
  /** The figures to list, largest first. */
  figures: readonly MoneyFigure[];
  currency: string;
  heading: string;
  hint?: string;
}

/** The details panel: the figures of the view (after a click on a bar, the bar's), largest first, with links. */
export function FigureDetails({ collection, figures, currency, heading, hint }: FigureDetailsProps) {
  const [all, setAll] = useState(false);
  if (figures.length === 0) return null;
  const shown = figures.slice(0, all ? MOST : SHOWN);
  const total = figures.reduce((sum, figure) => sum + figure.value, 0);
  return (
    <section className="figure-details" aria-label={heading}>
      <h3>
        {heading}: {figures.length} {figures.length === 1 ? 'figure' : 'figures'}, {formatShort(total)} {currency}
      </h3>
      {hint ? <p className="chart-note">{hint}</p> : null}
      {/* Keyed by the heading: Chromium keeps stale list numbers when keyed items are reordered in place. */}
      <ol key={heading}>
        {shown.map((figure) => (
          <li key={`${figure.row}-${figure.figureIndex}`}>
            <FigureItem collection={collection} figure={figure} currency={currency} />
          </li>
        ))}
      </ol>
      {figures.length > SHOWN ? (
        <p>
          <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? `Show the ${SHOWN} largest` : `Show ${figures.length > MOST ? `the ${MOST} largest of` : 'all'} ${figures.length}`}
          </button>
          {all && figures.length > MOST ? ' Narrow the view to see the rest.' : null}
        </p>
      ) : null}
    </section>
  );
}
