/**
 * The money figures a post reports, each with the sentence it came from; choosing one marks that
 * sentence in the text (the address gets `#figure-N`, so the view can be shared), and each can be
 * cited: its sentence, with the post's title, source, day and a link to the sentence.
 */
import type { Citation } from '../model/cite/citation.ts';
import type { Figure } from '../model/format/data-format.ts';
import { formatMoney } from '../model/charts/money-display.ts';
import { CopyCitationButton } from './cite/copy-citation-button.tsx';

interface FigureListProps {
  figures: Figure[];
  /** The figure whose sentence is marked, or `null`. */
  chosen: number | null;
  onChoose: (index: number | null) => void;
  /** The citation of a figure (by index), for its "Copy citation" button. */
  citationOf?: (index: number) => Citation;
}

/** Reported figures with kind, amount and sentence. */
export function FigureList({ figures, chosen, onChoose, citationOf }: FigureListProps) {
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
            {citationOf ? <CopyCitationButton className="cite-figure" label={`Copy citation of ${figure.text}`} citation={() => citationOf(index)} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
