/**
 * Renders print jobs across every core with worker threads; each finished job is handed to
 * `done` at once (so it can be cached while others still render). With one core, or a handful of
 * jobs, it renders on the calling thread: starting workers would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PrintFileType, PrintJob } from '../jobs.ts';
import { renderJob } from '../render/job.ts';

type Files = Partial<Record<PrintFileType, Uint8Array>>;
type Reply = { id: number; files?: Files; error?: string };

/** Fewer jobs than this render on the calling thread. */
const WORKER_THRESHOLD = 4;

/** How many workers to run for `count` jobs (`LANGSO_THREADS` overrides the core count). */
export function threadsFor(count: number, env: NodeJS.ProcessEnv = process.env): number {
  const cores = Number(env['LANGSO_THREADS']) || availableParallelism();
  return count < WORKER_THRESHOLD ? 0 : Math.min(cores, count);
}

/** Renders `jobs`, calling `done(job, files)` as each finishes; rejects with the first failure. */
export async function renderAll(jobs: PrintJob[], done: (job: PrintJob, files: Files) => void): Promise<void> {
  const threads = threadsFor(jobs.length);
  if (!threads) {
    for (const job of jobs) done(job, await renderJob(job));
    return;
  }
  let next = 0;
  const run = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      const send = (): void => {
        if (next >= jobs.length) return resolve();
        const id = next++;
        worker.postMessage({ id, job: jobs[id] });
      };
      worker.on('message', ({ id, files, error }: Reply) => {
        if (error) return reject(new Error(`Printing ${jobs[id]!.dir}${jobs[id]!.name} failed:\n${error}`));
        done(jobs[id]!, files!);
        send();
      });
      worker.on('error', reject);
      send();
    });
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./worker.ts', import.meta.url)));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
