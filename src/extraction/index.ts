/**
 * Entity extraction: the factory the ingestion service and the CLI use.
 *
 *   const extractor = createExtractor();          // loads gazetteers once (≈1 s)
 *   const { entities } = extractor.extract({ title, body });
 */
import { loadGazetteer } from './gazetteer';
import { RuleExtractor } from './extractor';
import { withOffThreadExtraction } from './off-thread';
import type { Extractor } from './types';

export * from './types';
export { normName, placeKey } from './normalize';
export { toScorerPrediction, type ScorerPrediction } from './prediction';
export { orgKey } from './extractor';

/**
 * Builds the extractor; gazetteer data is loaded once per process and shared. Its extractAsync
 * extracts large articles on a worker thread (off-thread.ts).
 */
export function createExtractor(): Extractor {
  return withOffThreadExtraction(new RuleExtractor(loadGazetteer()));
}

/**
 * The same extractor, built on the first article instead of at start: the gazetteers take about
 * 45 MB and half a second, and a server process that only answers queries never needs them.
 */
export function createLazyExtractor(): Extractor {
  let extractor: Extractor | null = null;
  return withOffThreadExtraction({
    extract: (input) => (extractor ??= new RuleExtractor(loadGazetteer())).extract(input),
  });
}
