/**
 * "Export" in the explorer: a button that opens the export panel. The panel and the export code
 * (record builder, CSV and STIX writers, UUIDv5) load when it is first opened, a chunk of their own,
 * so the explorer's first load does not carry them.
 */
import { lazy, Suspense, useId, useState } from 'react';
import type { Collection } from '../../model/collection.ts';
import type { ViewState } from '../../model/view/view-state.ts';

const ExportPanel = lazy(() => import('./export-panel.tsx').then((module) => ({ default: module.ExportPanel })));

/** What the panel exports. */
export interface ExportControlProps {
  collection: Collection;
  state: ViewState;
  /** The view's rows, in the list's order. */
  rows: ArrayLike<number>;
  /** While the search runs (or failed), the rows are not the view's yet. */
  ready: boolean;
}

/** The Export button and, once opened, its panel. */
export function ExportControl(props: ExportControlProps) {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button
        type="button"
        className="export-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={!props.ready || props.rows.length === 0}
        onClick={() => {
          setOpened(true);
          setOpen(!open);
        }}
      >
        Export
      </button>
      {opened ? (
        <Suspense
          fallback={
            <p id={panelId} className="export-panel" role="status" hidden={!open}>
              Loading the export…
            </p>
          }
        >
          <ExportPanel id={panelId} hidden={!open} {...props} />
        </Suspense>
      ) : null}
    </>
  );
}
