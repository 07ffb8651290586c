/**
 * The money figures a post reports, each with the sentence it came from; choosing one marks that
 * sentence in the text (the address gets `#figure-N`, so the view can be shared).
 */
import type { Figure } from '../model/format/data-format.ts';
import { formatMoney } from '../model/charts/money-display.ts';

interface FigureListProps {
  figures: Figure[];
  /** The figure whose sentence is marked, or `null`. */
  chosen: number | null;
  onChoose: (index: number | null) => void;
}

/** Reported figures with kind, amount and sentence. */
export function FigureList({ figures, chosen, onChoose }: FigureListProps) {
  if (figures.length === 0) return null;
  return (
    <section className="figures" aria-labelledby="figures-heading">
      <h2 id="figures-heading">Reported figures</h2>
      <ol>
        {figures.map((figure, index) => (
          <li key={`${figure.text}-${index}`} className={chosen === index ? 'chosen' : undefined}>
            <p className="figure-line">
              <strong>{figure.text}</strong> <span className={`kind kind-${figure.kind}`}>{figure.kind}</span>{' '}
              <span className="figure-amount">{formatMoney(figure.amount, figure.currency, figure.amountMax)}</span>
              {figure.usd !== undefined && figure.currency !== 'USD' ? <span className="figure-usd"> ≈ {formatMoney(figure.usd, 'USD')}</span> : null}
            </p>
            <blockquote>{figure.sentence}</blockquote>
            <button type="button" aria-pressed={chosen === index} onClick={() => onChoose(chosen === index ? null : index)}>
              {chosen === index ? 'Unmark in text' : 'Show in text'}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
