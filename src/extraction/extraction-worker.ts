/**
 * Entry point of the extraction worker thread (see off-thread.ts): builds the rule extractor once,
 * with its own copy of the gazetteers, then answers one message per article.
 */
import { parentPort } from 'node:worker_threads';
import { RuleExtractor } from './extractor';
import { loadGazetteer } from './gazetteer';
import type { ExtractionInput } from './types';

const extractor = new RuleExtractor(loadGazetteer());

parentPort?.on('message', ({ id, input }: { id: number; input: ExtractionInput }) => {
  try {
    parentPort?.postMessage({ id, result: extractor.extract(input) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
