/**
 * The build's threads: a few workers that compile post files (small batches, one in reserve so a
 * worker never waits) and then encode the search shards, both on every core. A small build runs on
 * the main thread, where starting workers would cost more than it saves. Results are identical
 * either way: the same `runJob` and `encodeShardFiles` run.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { encodeShardFiles, type EncodedShard, type ShardJob } from '../search/shard-files.ts';
import { type CompileJob, jobContext, type JobContext, type JobResult, type JobSettings, runJob } from './compile-job.ts';

// Below this many files, the main thread does the work: a worker takes about half a second to start.
const INLINE_BELOW = 200;
const BATCH = 16;
const SHARD_BATCH = 32;
// Workers get a bounded heap, so V8 collects early instead of growing two more heaps towards the
// machine's memory (30,000 posts: 854 MB peak instead of 1.13 GB, the same time). A post above
// LARGE_POST_BYTES can need more than that bound while it compiles (an 8 MB indicator list takes
// over 256 MB), so those few compile on the main thread, whose heap is not bounded.
const WORKER_HEAP_MB = 256;
const LARGE_POST_BYTES = 1024 * 1024;

/** How many threads to use: `SITREP_THREADS`, else one per core. */
export function threadCount(): number {
  const fromEnv = Number(process.env.SITREP_THREADS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return Math.max(1, os.availableParallelism());
}

/** A message to a worker. */
export type WorkerRequest = { type: 'compile'; jobs: CompileJob[] } | { type: 'encode'; shards: ShardJob[]; docOf: Int32Array; outDir: string };

/** A worker's answer. */
export type WorkerReply = { type: 'compiled'; results: JobResult[] } | { type: 'encoded'; shards: EncodedShard[] };

/** The threads of one build; `close` them when the build is done. */
export class CompilePool {
  private readonly workers: Worker[];
  private inline: JobContext | null = null;

  /** A pool for `files` posts: workers when there are enough of them and `threads` allows. */
  constructor(
    private readonly settings: JobSettings,
    files: number,
    threads = threadCount(),
  ) {
    const count = threads <= 1 || files < INLINE_BELOW ? 0 : Math.min(threads, Math.ceil(files / BATCH));
    this.workers = Array.from({ length: count }, () => startWorker(settings));
  }

  /** Runs every job, calling `onResult` for each result as it arrives (in no particular order). */
  async compile(allJobs: readonly CompileJob[], onResult: (result: JobResult) => void): Promise<void> {
    if (this.workers.length === 0 || allJobs.length < INLINE_BELOW) {
      this.inline ??= await jobContext(this.settings);
      for (const job of allJobs) onResult(runJob(job, this.inline));
      return;
    }
    const large = allJobs.filter((job) => (job.size ?? 0) > LARGE_POST_BYTES);
    const jobs = large.length ? allJobs.filter((job) => (job.size ?? 0) <= LARGE_POST_BYTES) : allJobs;
    if (large.length) {
      this.inline ??= await jobContext(this.settings);
      for (const job of large) onResult(runJob(job, this.inline));
    }
    let next = 0;
    await this.spread(
      () => {
        const jobsOfBatch = jobs.slice(next, next + BATCH);
        next += jobsOfBatch.length;
        return jobsOfBatch.length ? { type: 'compile', jobs: jobsOfBatch } : null;
      },
      (reply) => {
        if (reply.type === 'compiled') for (const result of reply.results) onResult(result);
      },
    );
  }

  /**
   * Encodes and writes shards 0 to `count` - 1, in parallel; `jobOf` gives a shard's records when a
   * thread is ready for them, and `docOf` maps post numbers to documents. The records are handed over
   * to the workers (transferred, not copied).
   */
  async encodeShards(count: number, jobOf: (shard: number) => ShardJob, docOf: Int32Array, outDir: string): Promise<EncodedShard[]> {
    const encoded: EncodedShard[] = [];
    let next = 0;
    const nextBatch = () => {
      const batch: ShardJob[] = [];
      for (; next < count && batch.length < SHARD_BATCH; next++) batch.push(jobOf(next));
      return batch;
    };
    if (this.workers.length === 0) {
      for (let batch = nextBatch(); batch.length; batch = nextBatch()) encoded.push(...encodeShardFiles(batch, docOf, outDir));
      return encoded;
    }
    await this.spread(
      () => {
        const batch = nextBatch();
        return batch.length ? { type: 'encode', shards: batch, docOf, outDir } : null;
      },
      (reply) => {
        if (reply.type === 'encoded') encoded.push(...reply.shards);
      },
    );
    return encoded;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /** Sends the next request to each worker as it finishes one, two in flight each, until there are none. */
  private spread(nextRequest: () => WorkerRequest | null, onReply: (reply: WorkerReply) => void): Promise<void> {
    return Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const send = () => {
              const request = nextRequest();
              if (!request) return false;
              inFlight++;
              const transfer = request.type === 'encode' ? request.shards.map((shard) => shard.bytes.buffer as ArrayBuffer) : [];
              worker.postMessage(request, transfer);
              return true;
            };
            const cleanUp = () => {
              worker.off('message', onMessage);
              worker.off('error', reject);
              worker.off('exit', onExit);
            };
            const onMessage = (reply: WorkerReply) => {
              inFlight--;
              onReply(reply);
              send();
              if (inFlight === 0) {
                cleanUp();
                resolve();
              }
            };
            const onExit = (code: number) => {
              cleanUp();
              reject(new Error(`a compile worker stopped (exit code ${code}) with ${inFlight} batches unfinished; set SITREP_THREADS=1 to compile on one thread`));
            };
            worker.on('message', onMessage);
            worker.on('error', reject);
            worker.on('exit', onExit);
            // Two batches in flight, so a worker never waits for the main thread between batches.
            if (!send()) {
              cleanUp();
              resolve();
            } else send();
          }),
      ),
    ).then(() => undefined);
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
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    workerData: {
      ...settings,
      // tsx's ES module API: its CommonJS twin resolves its hooks relative to the caller, which an eval worker lacks.
      tsxApi: pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/esm/api')), 'index.mjs')).href,
      entry: new URL('./compile-worker.ts', import.meta.url).href,
    },
  });
}
