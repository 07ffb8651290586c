/**
 * A build's worker thread: builds its extractor once, then compiles the batches of post files it is
 * sent (search terms transferred back rather than copied) and encodes the search shards it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { encodeShardFiles } from '../search/shard-files.ts';
import { jobContext, type JobSettings, runJob } from './compile-job.ts';
import type { WorkerReply, WorkerRequest } from './compile-pool.ts';

const context = await jobContext(workerData as JobSettings);

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.type === 'compile') {
    const results = request.jobs.map((job) => runJob(job, context));
    const transfer = results.flatMap((result) => (result.terms ? [result.terms.buffer as ArrayBuffer] : []));
    const reply: WorkerReply = { type: 'compiled', results };
    parentPort?.postMessage(reply, transfer);
  } else {
    const reply: WorkerReply = { type: 'encoded', shards: encodeShardFiles(request.shards, request.docOf, request.outDir) };
    parentPort?.postMessage(reply);
  }
});
