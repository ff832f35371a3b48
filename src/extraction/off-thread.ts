import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExtractionInput, ExtractionResult, Extractor } from './types';

/**
 * Articles of at least this many characters (title and body) are extracted on a worker thread;
 * smaller ones in the calling thread, where a round trip would cost more than it saves. Measured
 * on synthetic news text (docs/hardening.md, "Extraction off the event loop"): 41 ms for 50,000
 * characters, 341 ms for 1,000,000, so an article under this size holds the event loop for tens of
 * milliseconds at most.
 */
export const OFF_THREAD_CHARS = 50_000;

type Reply = { id: number; result: ExtractionResult } | { id: number; error: string };

/**
 * One worker thread, created on the first large article and kept (unref'd: it never keeps the
 * process alive). It builds its own extractor, so its gazetteers are loaded once per worker, and
 * extracts one article at a time, in the order asked. If it dies, the articles it held fail and
 * the next large article starts a new one.
 */
class ExtractionWorker {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve(result: ExtractionResult): void; reject(error: Error): void }
  >();

  extract(input: ExtractionInput): Promise<ExtractionResult> {
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) worker.ref();
      worker.postMessage({ id, input: { title: input.title, body: input.body } });
    });
  }

  private start(): Worker {
    const worker = workerThread();
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (!this.pending.size) worker.unref();
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.result);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the extraction worker exited (code ${code})`)));
    return worker;
  }
}

/**
 * The worker of this build: extraction-worker.js next to this file once compiled; from the
 * TypeScript sources (tests, `node -r @swc-node/register`), the .ts file through the same loader.
 */
function workerThread(): Worker {
  const file = path.join(__dirname, `extraction-worker${path.extname(__filename)}`);
  if (file.endsWith('.js')) return new Worker(file);
  return new Worker(`require('@swc-node/register'); require(${JSON.stringify(file)});`, { eval: true });
}

/**
 * `extractor` with extractAsync: large articles on the worker thread, which runs the rule extractor
 * (the only one a worker can rebuild by itself), small ones in place.
 */
export function withOffThreadExtraction(extractor: Extractor): Extractor {
  const worker = new ExtractionWorker();
  return {
    extract: (input) => extractor.extract(input),
    extractAsync: async (input) =>
      input.title.length + input.body.length >= OFF_THREAD_CHARS
        ? worker.extract(input)
        : extractor.extract(input),
  };
}
