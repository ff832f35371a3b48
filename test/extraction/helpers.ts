import {
  createExtractor,
  toScorerPrediction,
  type ExtractedEntity,
  type ExtractionResult,
} from '../../src/extraction';

let extractor: ReturnType<typeof createExtractor> | undefined;

/** One extractor per test file (gazetteers load once per process). */
export function run(body: string, title = ''): ExtractionResult {
  extractor ??= createExtractor();
  return extractor.extract({ title, body });
}

export function countries(r: ExtractionResult): string[] {
  return r.entities
    .filter((e) => e.kind === 'COUNTRY')
    .map((e) => e.countryCode!)
    .sort();
}

export function names(r: ExtractionResult, kind: ExtractedEntity['kind']): string[] {
  return r.entities
    .filter((e) => e.kind === kind)
    .map((e) => e.name)
    .sort();
}

export function entity(
  r: ExtractionResult,
  kind: ExtractedEntity['kind'],
  name: string,
): ExtractedEntity | undefined {
  return r.entities.find((e) => e.kind === kind && e.name === name);
}

export function places(r: ExtractionResult): Array<[string, string]> {
  return toScorerPrediction('t', r).places.sort((a, b) => a[0].localeCompare(b[0]));
}

export function prediction(body: string, title = '') {
  return toScorerPrediction('t', run(body, title));
}
