import { afterEach, beforeAll, expect, test } from 'vitest';
import { CaptureError, processImage } from '@/capture';
import { captureWorkerForTests, IDLE_SHUTDOWN_MS } from '@/capture/bridge';
import { textPagePhoto } from './fixtures';

let big: Blob;
let small: Blob;
beforeAll(async () => {
  big = await textPagePhoto({ width: 4000, height: 3000 });
  small = await textPagePhoto({ width: 800, height: 600 });
});

afterEach(() => {
  captureWorkerForTests.setIdleShutdownMs(IDLE_SHUTDOWN_MS);
});

const reasonOf = (error: unknown) => (error instanceof CaptureError ? error.reason : error);

test('cancel mid-job rejects with cancelled, ends the worker, and the next job still works', async () => {
  const controller = new AbortController();
  const job = processImage(big, { signal: controller.signal });
  await new Promise((resolve) => setTimeout(resolve, 50)); // the worker is decoding
  controller.abort();
  await expect(job.catch(reasonOf)).resolves.toBe('cancelled');
  expect(captureWorkerForTests.isAlive()).toBe(false);

  const page = await processImage(small);
  expect(page.width).toBe(800);
});

test('an already aborted signal never starts the job', async () => {
  const controller = new AbortController();
  controller.abort();
  await expect(processImage(small, { signal: controller.signal }).catch(reasonOf)).resolves.toBe('cancelled');
});

test('one job at a time: a waiting job can be cancelled without touching the running one', async () => {
  const controller = new AbortController();
  const finished: string[] = [];
  const first = processImage(big).then((page) => finished.push(`first ${page.width}`));
  const second = processImage(small, { signal: controller.signal }).catch((error: unknown) => {
    finished.push(`second ${String(reasonOf(error))}`);
  });
  const third = processImage(small).then((page) => finished.push(`third ${page.width}`));
  controller.abort(); // the second is still waiting behind the first
  await Promise.all([first, second, third]);
  expect(finished).toEqual(['second cancelled', 'first 2339', 'third 800']);
});

test('the worker ends when idle, and a new one serves the next job', async () => {
  captureWorkerForTests.setIdleShutdownMs(200);
  await processImage(small);
  expect(captureWorkerForTests.isAlive()).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(captureWorkerForTests.isAlive()).toBe(false);
  const page = await processImage(small);
  expect(page.height).toBe(600);
});
