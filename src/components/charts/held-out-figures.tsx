/**
 * The amounts out of all proportion for their kind ("$75 trillion" of damages in an oral history),
 * shown above the money chart with the sentence each came from, so the reader sees why it is not in
 * the sum before it can dwarf every incident (docs/charts.md, "Amounts out of all proportion").
 * The sentence comes from the post body, fetched as the reader fetches it; each can be cited like
 * any other figure.
 */
import { useQuery } from '@tanstack/react-query';
import { postBodyQuery } from '../../data/data-client.ts';
import type { MoneyFigure } from '../../model/charts/incidents.ts';
import { CEILING_USD } from '../../model/charts/incident-money.ts';
import { formatMoney, formatShort } from '../../model/charts/money-display.ts';
import type { Collection } from '../../model/collection.ts';
import { formatDay } from '../../model/post-date.ts';
import { figureAmount, FigurePostLink } from './figure-details.tsx';
import { useListRows } from '../use-list-rows.ts';
import { CopyCitationButton } from '../cite/copy-citation-button.tsx';
import { useFigureCitation } from '../cite/use-figure-citation.ts';

/** The sentence a figure came from, once its post body has arrived. */
function FigureSentence({ collection, figure }: { collection: Collection; figure: MoneyFigure }) {
  const body = useListRows(collection, [figure.row])(figure.row)?.[3];
  const { data } = useQuery({ ...postBodyQuery(body ?? ''), enabled: body !== undefined });
  const sentence = data?.figures[figure.figureIndex]?.sentence;
  return sentence ? <blockquote>{sentence}</blockquote> : <p className="placeholder">Loading the sentence…</p>;
}

interface HeldOutFiguresProps {
  collection: Collection;
  /** Largest first. */
  figures: readonly MoneyFigure[];
  currency: string;
  /** Whether the reader has asked for them in the sum. */
  included: boolean;
}

/** The held-out amounts with their sentences and posts; nothing when there are none. */
export function HeldOutFigures({ collection, figures, currency, included }: HeldOutFiguresProps) {
  const citation = useFigureCitation(collection);
  if (figures.length === 0) return null;
  const heading = `${figures.length} ${figures.length === 1 ? 'amount' : 'amounts'} out of all proportion, ${included ? 'included in' : 'left out of'} the sum`;
  return (
    <section className="held-out" aria-label="Amounts out of all proportion">
      <h3>{heading}</h3>
      <p className="chart-note">
        Each is more than any single figure of its kind has plausibly been: a misreading, a hypothetical or a sum over a whole economy. Read the sentence
        {included ? '.' : ', and tick “Include amounts out of proportion” to add it.'}
      </p>
      <ul>
        {figures.map((figure) => (
          <li key={`${figure.row}-${figure.figureIndex}`}>
            <span className="figure-head">
              <strong className="figure-value">{figureAmount(figure, currency)}</strong> <span className={`kind kind-${figure.kind}`}>{figure.kind}</span>{' '}
              <span className="held-out-why">
                over the {formatShort(CEILING_USD[figure.kind])} USD ceiling for {figure.kind}
              </span>
            </span>
            <FigureSentence collection={collection} figure={figure} />
            <span className="figure-post">
              <FigurePostLink collection={collection} figure={figure} /> · <time dateTime={figure.day}>{formatDay(figure.day)}</time>
              {figure.reportedBy.length > 1 ? <span className="figure-reported"> · reported by {figure.reportedBy.length} posts</span> : null}{' '}
              <CopyCitationButton className="link-button" label={`Copy citation of ${formatMoney(figure.amount, figure.currency)} ${figure.kind}`} citation={() => citation(figure.row, figure.figureIndex)} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
