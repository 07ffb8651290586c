/** "Copy citation" on a figure: copies the figure's sentence with its post's title, source, day and a link to the sentence. */
import type { Citation } from '../../model/cite/citation.ts';
import { CopyStatus } from './copy-status.tsx';
import { useCopyCitation } from './use-copy-citation.ts';

interface CopyCitationButtonProps {
  /** The accessible name: "Copy citation of $571 million". Starts with the visible text. */
  label: string;
  /** The citation, gathered when the button is pressed (it may load the post first). */
  citation: () => Citation | Promise<Citation>;
  className?: string;
}

/** A button that copies a citation, with its status line. */
export function CopyCitationButton({ label, citation, className }: CopyCitationButtonProps) {
  const { copy, status, dismiss } = useCopyCitation();
  return (
    <>
      <button type="button" className={className} aria-label={label} onClick={() => void copy(citation)}>
        Copy citation
      </button>
      <CopyStatus status={status} onDismiss={dismiss} />
    </>
  );
}
