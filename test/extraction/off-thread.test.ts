import { describe, expect, it } from 'vitest';
import { createExtractor, createLazyExtractor } from '../../src/extraction';
import { OFF_THREAD_CHARS } from '../../src/extraction/off-thread';
import type { ExtractionInput, Extractor } from '../../src/extraction/types';

const SENTENCE = 'Kim Jong Un met Xi Jinping in Beijing to discuss trade between North Korea and China. ';

function article(chars: number): ExtractionInput {
  return { title: 'Talks in Beijing', body: SENTENCE.repeat(Math.ceil(chars / SENTENCE.length)).trim() };
}

/** extractAsync's result, and how many turns the event loop made while it ran (0: it never let go). */
async function extractCountingTurns(extractor: Extractor, input: ExtractionInput) {
  let turns = 0;
  let running = true;
  const turn = () => {
    if (!running) return;
    turns += 1;
    setImmediate(turn);
  };
  setImmediate(turn);
  const result = await extractor.extractAsync!(input);
  running = false;
  return { result, turns };
}

describe('extraction › large articles off the event loop', () => {
  const inPlace = createExtractor();

  it.each([
    ['createExtractor', createExtractor()],
    ['createLazyExtractor', createLazyExtractor()],
  ])(
    '%s: an article over the threshold is extracted on a worker thread, with the same result',
    async (_, extractor) => {
      const input = article(OFF_THREAD_CHARS + 1_000);
      const { result, turns } = await extractCountingTurns(extractor, input);
      expect(turns).toBeGreaterThan(0);
      expect(result).toEqual(inPlace.extract(input));
    },
  );

  it('an article under the threshold is extracted in place (the event loop makes no turn meanwhile)', async () => {
    const input = article(OFF_THREAD_CHARS - 1_000);
    const { result, turns } = await extractCountingTurns(inPlace, input);
    expect(turns).toBe(0);
    expect(result).toEqual(inPlace.extract(input));
  });
});
