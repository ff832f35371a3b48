import { getNamedType, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedEntity, ExtractionInput, Extractor } from '../src/extraction/types';
import { MAX_PATH_SEARCH_MENTIONS } from '../src/services/analytics/path.service';
import { buildContentGraphSchemaSync } from '../src/schema/build-schema';
import { CONTENT_GRAPH_COST_MODEL } from '../src/schema/limits/cost-model';
import { operationCost } from '../src/schema/limits/query-cost';
import { executeText } from './helpers/execute';
import { createTestGraph, type TestGraph } from './helpers/test-app';

/** By hand: Dave and Carol share no article; each shares one with Alice (Dave-Alice, Alice-Carol). Erin is alone. */
const ARTICLES: Record<string, string[]> = {
  'Story one': ['Alice Archer', 'Carol Cole'],
  'Story two': ['Alice Archer', 'Dave Dunn'],
  'Story three': ['Erin Eads'],
};

function person(name: string): ExtractedEntity {
  return {
    kind: 'PERSON',
    name,
    countryCode: null,
    aliases: [],
    count: 1,
    salience: 0.5,
    evidence: [
      { field: 'body', start: 6, end: 6 + name.length, sentence: `About ${name}.`, sentenceStart: 0 },
    ],
  };
}

const extractor: Extractor = {
  extract: (input: ExtractionInput) => ({ entities: (ARTICLES[input.title] ?? []).map(person) }),
};

let graph: TestGraph;
beforeAll(async () => {
  graph = await createTestGraph(extractor);
  await graph.app.services.ingest.ingestMany(
    Object.entries(ARTICLES).map(([title, names], i) => ({
      title,
      body: names.map((name) => `About ${name}.`).join(' '),
      url: `https://example.com/paths/${i}`,
    })),
  );
});
afterAll(() => graph.close());

const SELECTION =
  '{ length complete from { name } to { name } paths { hops { from { name } to { name } sharedArticles articles { title } } } }';

async function paths(field: string, args: string) {
  const result = await executeText(graph.server, `{ result: ${field}(${args}) ${SELECTION} }`);
  expect(result.errors).toBeUndefined();
  return (result.data as { result: unknown }).result;
}

describe('entityPaths (and its deprecated name connection)', () => {
  it('Dave Dunn to Carol Cole › one chain of 2 hops through Alice Archer, with the articles of each hop', async () => {
    expect(await paths('entityPaths', 'from: "Dave Dunn", to: "Carol Cole"')).toEqual({
      length: 2,
      complete: true,
      from: { name: 'Dave Dunn' },
      to: { name: 'Carol Cole' },
      paths: [
        {
          hops: [
            {
              from: { name: 'Dave Dunn' },
              to: { name: 'Alice Archer' },
              sharedArticles: 1,
              articles: [{ title: 'Story two' }],
            },
            {
              from: { name: 'Alice Archer' },
              to: { name: 'Carol Cole' },
              sharedArticles: 1,
              articles: [{ title: 'Story one' }],
            },
          ],
        },
      ],
    });
  });

  it('Erin Eads, alone, to Alice Archer › no chain (length null), the search complete', async () => {
    expect(await paths('entityPaths', 'from: "Erin Eads", to: "Alice Archer", maxHops: 3')).toMatchObject({
      length: null,
      complete: true,
      paths: [],
    });
  });

  it('connection answers exactly as entityPaths, and is marked deprecated pointing to it', async () => {
    for (const args of ['from: "Dave Dunn", to: "Carol Cole"', 'from: "Erin Eads", to: "Alice Archer"']) {
      expect(await paths('connection', args)).toEqual(await paths('entityPaths', args));
    }
    const query = buildContentGraphSchemaSync().getQueryType()!.getFields();
    expect(query.connection.deprecationReason).toMatch(/entityPaths/);
    expect(query.entityPaths.deprecationReason).toBeUndefined();
    expect(getNamedType(query.connection.type)).toBe(getNamedType(query.entityPaths.type));
    expect(query.connection.args.map((arg) => arg.name)).toEqual(
      query.entityPaths.args.map((arg) => arg.name),
    );
  });

  it('bad arguments › BAD_USER_INPUT naming them, on both names', async () => {
    for (const field of ['entityPaths', 'connection']) {
      const result = await executeText(
        graph.server,
        `{ ${field}(from: "Dave Dunn", to: "Carol Cole", first: 0) { length } }`,
      );
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    }
  });

  it('is costed as the search it runs, under either name (at least one point per 4 links it may read)', () => {
    const schema = buildContentGraphSchemaSync();
    const cost = (field: string) => {
      const document = parse(`{ ${field}(from: "a", to: "b") { length } }`);
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      )!;
      return operationCost(schema, document, operation, {}, CONTENT_GRAPH_COST_MODEL);
    };
    expect(cost('entityPaths')).toBeGreaterThanOrEqual(MAX_PATH_SEARCH_MENTIONS / 4);
    expect(cost('connection')).toBe(cost('entityPaths'));
  });
});
