/**
 * Compiles post files on every core: a few worker threads, each sent small batches of jobs and kept
 * busy with one batch in reserve. Few files are compiled on the main thread, where starting workers
 * would cost more than it saves. Results are identical either way: the same `runJob` runs.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type CompileJob, jobContext, type JobResult, type JobSettings, runJob } from './compile-job.ts';

// Below this many files, the main thread compiles them: a worker takes about half a second to start.
const INLINE_BELOW = 200;
const BATCH = 16;

/** How many threads to use: `SITREP_THREADS`, else one per core. */
export function threadCount(): number {
  const fromEnv = Number(process.env.SITREP_THREADS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return Math.max(1, os.availableParallelism());
}

/** Runs every job, calling `onResult` for each result as it arrives (in no particular order). */
export async function compileFiles(jobs: readonly CompileJob[], settings: JobSettings, onResult: (result: JobResult) => void, threads = threadCount()): Promise<void> {
  if (jobs.length === 0) return;
  if (threads <= 1 || jobs.length < INLINE_BELOW) {
    const context = jobContext(settings);
    for (const job of jobs) onResult(runJob(job, context));
    return;
  }
  let next = 0;
  const take = () => {
    const batch = jobs.slice(next, next + BATCH);
    next += batch.length;
    return batch;
  };
  const workers = Array.from({ length: Math.min(threads, Math.ceil(jobs.length / BATCH)) }, () => startWorker(settings));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const send = () => {
              const batch = take();
              if (batch.length === 0) return false;
              inFlight++;
              worker.postMessage(batch);
              return true;
            };
            worker.on('message', (results: JobResult[]) => {
              inFlight--;
              for (const result of results) onResult(result);
              send();
              if (inFlight === 0) resolve();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (inFlight > 0) reject(new Error(`a compile worker stopped (exit code ${code}) with ${inFlight} batches unfinished`));
            });
            // Two batches in flight, so a worker never waits for the main thread between batches.
            if (!send()) resolve();
            else send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

// Workers run the TypeScript sources as the main process does; tsx's loader is registered in each,
// since a Vite build runs the compiler without it.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then(({ register }) => {
  register();
  return import(workerData.entry);
});
`;

function startWorker(settings: JobSettings): Worker {
  return new Worker(BOOTSTRAP, {
    eval: true,
    execArgv: [],
    workerData: {
      ...settings,
      // tsx's ES module API: its CommonJS twin resolves its hooks relative to the caller, which an eval worker lacks.
      tsxApi: pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/esm/api')), 'index.mjs')).href,
      entry: new URL('./compile-worker.ts', import.meta.url).href,
    },
  });
}
