/**
 * The export panel: the posts of the view on screen (its filters, search and relevance choice, every
 * page) as CSV, JSON or a STIX 2.1 bundle, with their entities and figures. Loaded with the export
 * code when the analyst first opens it (export-control.tsx). A long export shows its progress and
 * can be cancelled; a new view cancels it.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { EXPORT_FORMATS, EXPORT_LIMIT, type ExportFormat } from '../../model/export/export-choices.ts';
import { viewStateToSearch } from '../../model/view/view-state.ts';
import type { ExportControlProps } from './export-control.tsx';
import { runExport, type ExportResult } from './run-export.ts';

type Job =
  | { state: 'idle' }
  | { state: 'running'; format: ExportFormat; done: number; total: number; controller: AbortController }
  | { state: 'done'; result: ExportResult }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

const count = (n: number, noun: string) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;

/** The panel; it stays mounted once opened, so closing it does not stop an export. */
export function ExportPanel({ id, hidden, collection, state, rows, ready }: ExportControlProps & { id: string; hidden: boolean }) {
  const queryClient = useQueryClient();
  const [job, setJob] = useState<Job>({ state: 'idle' });
  const running = job.state === 'running' ? job.controller : null;

  // A new view is new posts: an export of the old one stops, and its outcome no longer applies.
  const viewKey = viewStateToSearch({ ...state, page: 1 });
  const shownFor = useRef(viewKey);
  useEffect(() => {
    if (shownFor.current === viewKey) return;
    shownFor.current = viewKey;
    setJob((current) => {
      if (current.state === 'running') current.controller.abort();
      return { state: 'idle' };
    });
  }, [viewKey]);
  useEffect(() => () => running?.abort(), [running]);

  // The button that started the export gets the focus back when Cancel, which had it, goes away.
  const started = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (running === null && (document.activeElement === null || document.activeElement === document.body)) started.current?.focus();
  }, [running]);

  const start = async (format: ExportFormat, button: HTMLButtonElement) => {
    // Pressed while another export runs, or before the view's rows are known: nothing to do.
    if (running !== null || !ready || rows.length === 0) return;
    started.current = button;
    const controller = new AbortController();
    const total = Math.min(rows.length, EXPORT_LIMIT);
    setJob({ state: 'running', format, done: 0, total, controller });
    try {
      const result = await runExport({
        queryClient,
        collection,
        state,
        rows,
        format,
        signal: controller.signal,
        onProgress: (done) => setJob((current) => (current.state === 'running' && current.controller === controller ? { ...current, done } : current)),
      });
      setJob((current) => (current.state === 'running' && current.controller === controller ? { state: 'done', result } : current));
    } catch (error) {
      setJob((current) => {
        if (current.state !== 'running' || current.controller !== controller) return current;
        return controller.signal.aborted ? { state: 'cancelled' } : { state: 'failed', message: error instanceof Error ? error.message : String(error) };
      });
    }
  };

  const total = rows.length;
  return (
    <div id={id} className="export-panel" role="group" aria-label="Export this view" hidden={hidden}>
      <p>
        {total > EXPORT_LIMIT
          ? `This view has ${count(total, 'post')}; an export holds the first ${EXPORT_LIMIT.toLocaleString('en')} in the list’s order. Narrow the dates to export the rest.`
          : `The ${count(total, 'post')} of this view, every page, with their entities and figures:`}
      </p>
      <div className="export-formats">
        {EXPORT_FORMATS.map(({ format, label }) => (
          // aria-disabled, not disabled: a disabled button would drop the focus of the one just pressed.
          <button key={format} type="button" aria-disabled={running !== null || !ready || total === 0} onClick={(event) => void start(format, event.currentTarget)}>
            Download {label}
          </button>
        ))}
      </div>
      {job.state === 'running' ? (
        <div className="export-progress">
          <progress value={job.done} max={Math.max(1, job.total)} aria-label="Export progress" />
          <span>Loading posts: {`${job.done.toLocaleString('en')} of ${job.total.toLocaleString('en')}`}</span>
          <button type="button" onClick={() => job.controller.abort()}>
            Cancel
          </button>
        </div>
      ) : null}
      <ExportOutcome job={job} />
    </div>
  );
}

function ExportOutcome({ job }: { job: Job }) {
  if (job.state === 'failed') {
    return (
      <p className="export-outcome" role="alert">
        The export stopped: {job.message}
      </p>
    );
  }
  return (
    <p className="export-outcome" role="status">
      {job.state === 'done' ? (
        <>
          Downloaded {job.result.name}: {count(job.result.count, 'post')}.
          {job.result.beyondLimit > 0 ? ` ${count(job.result.beyondLimit, 'more post')} of this view were left out.` : ''}
          {job.result.skipped.length > 0
            ? ` ${count(job.result.skipped.length, 'post')} named no threat actor, malware, country or region and ${job.result.skipped.length === 1 ? 'is' : 'are'} not in the bundle.`
            : ''}
        </>
      ) : job.state === 'cancelled' ? (
        'Export cancelled.'
      ) : null}
    </p>
  );
}
