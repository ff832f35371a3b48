import type { ExtractedEntity, ExtractionInput, Extractor } from '../../src/extraction/types';
import { createTestGraph, type TestGraph } from './test-app';

/** An entity a day's article mentions: its name and kind, as the API spells the kind. */
export type DayMention = [name: string, kind: 'PERSON' | 'ORGANIZATION' | 'COUNTRY'];

function extracted([name, kind]: DayMention): ExtractedEntity {
  const sentence = `About ${name}.`;
  return {
    kind,
    name,
    countryCode: kind === 'COUNTRY' ? 'CN' : null,
    aliases: [],
    count: 1,
    salience: 0.5,
    evidence: [{ field: 'body', start: 6, end: 6 + name.length, sentence, sentenceStart: 0 }],
  };
}

/**
 * A graph of one article per day of June 2025 ("Day N", published on June N), mentioning what
 * `days` lists for it: a stub extractor stands for the rules, so the counts are known by hand.
 */
export async function createDayGraph(days: Record<number, DayMention[]>): Promise<TestGraph> {
  const extractor: Extractor = {
    extract: (input: ExtractionInput) => ({
      entities: (days[Number(input.title.replace('Day ', ''))] ?? []).map(extracted),
    }),
  };
  const graph = await createTestGraph(extractor);
  await graph.app.services.ingest.ingestMany(
    Object.entries(days).map(([day, named]) => ({
      title: `Day ${day}`,
      body: named.map(([name]) => `About ${name}.`).join(' '),
      url: `https://example.com/day/${day}`,
      publishedAt: new Date(Date.UTC(2025, 5, Number(day))),
    })),
  );
  return graph;
}
