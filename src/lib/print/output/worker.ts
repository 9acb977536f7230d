/**
 * A print worker: renders the jobs it is sent and posts their files back, transferring the bytes.
 * One runs per core, beside Astro's page rendering on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import type { PrintJob } from '../jobs.ts';
import { renderJob } from '../render/job.ts';

// One libvips thread a worker: the workers already fill the cores. No operation cache: a worker
// never renders the same picture twice, and the cache held ~100 MB of pixels per worker.
sharp.concurrency(1);
sharp.cache(false);

parentPort?.on('message', async ({ id, job }: { id: number; job: PrintJob }) => {
  try {
    const files = await renderJob(job);
    const transfer = Object.values(files).map((bytes) => bytes.buffer as ArrayBuffer);
    parentPort!.postMessage({ id, files }, transfer);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
