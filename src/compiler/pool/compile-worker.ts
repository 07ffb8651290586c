/**
 * A compile worker thread: builds its extractor once, then runs the batches of jobs it is sent and
 * sends their results back, search terms transferred rather than copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type CompileJob, jobContext, type JobSettings, runJob } from './compile-job.ts';

const context = jobContext(workerData as JobSettings);

parentPort?.on('message', (jobs: CompileJob[]) => {
  const results = jobs.map((job) => runJob(job, context));
  const transfer = results.flatMap((result) => (result.terms ? [result.terms.buffer as ArrayBuffer] : []));
  parentPort?.postMessage(results, transfer);
});
