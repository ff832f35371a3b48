import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOperationAST, print, type DocumentNode } from 'graphql';
import * as sdk from '../src/client';
import {
  ArticleEvidenceDocument,
  ArticleFacetsDocument,
  ArticleTimelineDocument,
  CoMentionHeatMapDocument,
  CoMentionPathDocument,
  CountryCoMentionsDocument,
  CountryTimelineDocument,
  EntityCoMentionsDocument,
  EntityTimelineDocument,
  RankedArticlesDocument,
  SearchDocument,
  type SearchQuery,
} from '../src/client';
import { EntitiesWithAnalyticsDocument } from './generated/graphql';
import { createDemoGraph } from './helpers/demo-graph';
import { byCodeUnits, loadDemoTruth, type DemoTruth, type TruthArticle } from './helpers/demo-truth';
import { execute, executeText, type ExecutionResult } from './helpers/execute';
import type { TestGraph } from './helpers/test-app';

// One demo graph for every analytics capability: building it is the slow part of these tests.
let graph: TestGraph;
let truth: DemoTruth;
beforeAll(async () => {
  graph = await createDemoGraph();
  truth = await loadDemoTruth(graph);
});
afterAll(() => graph.close());

describe('client SDK › the example operations', () => {
  it('every example query runs on the demo corpus with its default variables, without errors', async () => {
    const documents = Object.entries(sdk).filter(
      ([name, document]) =>
        name.endsWith('Document') && getOperationAST(document as DocumentNode)?.operation === 'query',
    );
    expect(documents).toHaveLength(11);
    for (const [name, document] of documents) {
      const result = await executeText(graph.server, print(document as Parameters<typeof print>[0]));
      expect(result.errors, name).toBeUndefined();
    }
  });
});

/** Co-mentions of `owner` counted in TypeScript over the given articles, ranked like the API. */
function expectedCoMentions(owner: string, kind: string, articles: TruthArticle[], order: 'SHARED' | 'LIFT') {
  const ownerArticles = articles.filter((a) => a.slugs.has(owner)).length;
  const others = new Set(articles.flatMap((a) => [...a.slugs]).filter((s) => s !== owner));
  return [...others]
    .filter((slug) => truth.kindOf.get(slug) === kind)
    .map((slug) => {
      const shared = articles.filter((a) => a.slugs.has(owner) && a.slugs.has(slug)).length;
      const entityArticles = articles.filter((a) => a.slugs.has(slug)).length;
      const lift = (shared * articles.length) / (ownerArticles * entityArticles);
      return { slug, name: truth.nameOf.get(slug)!, shared, entityArticles, lift };
    })
    .filter((row) => row.shared > 0)
    .sort((a, b) =>
      order === 'SHARED'
        ? b.shared - a.shared || b.lift - a.lift || byCodeUnits(a.name, b.name)
        : b.lift - a.lift || b.shared - a.shared || byCodeUnits(a.name, b.name),
    );
}

/** Huawei's slug comes from the first article that names it ("Huawei Technologies" or "Huawei"). */
function huaweiSlug(): string {
  return [...truth.nameOf].find(([, name]) => /^Huawei( Technologies)?$/.test(name))![0];
}

describe('co-mentions › Entity.coMentions', () => {
  it('Nvidia › organizations in the same articles, with counts and lift counted from the articles', async () => {
    const result = await execute(graph.server, EntityCoMentionsDocument, { slug: 'nvidia', first: 100 });
    expect(result.errors).toBeUndefined();
    const expected = expectedCoMentions('nvidia', 'ORGANIZATION', truth.articles, 'SHARED');
    expect(expected.length).toBeGreaterThan(3);
    const got = result.data!.entity!.coMentions;
    expect(got.map((c) => [c.entity.slug, c.sharedArticles, c.entityArticles, c.totalArticles])).toEqual(
      expected.map((e) => [e.slug, e.shared, e.entityArticles, 34]),
    );
    got.forEach((c, i) => {
      expect(c.lift).toBeCloseTo(expected[i].lift, 9);
      expect(c.pmi).toBeCloseTo(Math.log2(expected[i].lift), 9);
    });
    // The corpus was written with Huawei in 4 articles, all of which name Nvidia (7 articles):
    // Huawei leads with lift 4·34 / (7·4), however the article spells it ("Huawei Technologies").
    expect(got[0]).toMatchObject({ entity: { slug: huaweiSlug() }, sharedArticles: 4 });
    expect(got[0].lift).toBeCloseTo(34 / 7, 9);
  });

  it('first limits the list to the top entries', async () => {
    const result = await execute(graph.server, EntityCoMentionsDocument, { slug: 'nvidia', first: 2 });
    const expected = expectedCoMentions('nvidia', 'ORGANIZATION', truth.articles, 'SHARED');
    expect(result.data!.entity!.coMentions.map((c) => c.entity.slug)).toEqual(
      expected.slice(0, 2).map((e) => e.slug),
    );
  });

  it('a filter restricts the article set: the counts and the denominator follow it', async () => {
    const filter = { publishedAfter: '2025-01-01T00:00:00Z', mentionsAll: ['United States'] };
    const result = await execute(graph.server, EntityCoMentionsDocument, {
      slug: 'nvidia',
      kind: 'COUNTRY',
      first: 100,
      filter,
    });
    expect(result.errors).toBeUndefined();
    const articles = truth.articles.filter(
      (a) => a.publishedAt >= '2025-01-01' && a.slugs.has('united-states'),
    );
    const expected = expectedCoMentions('nvidia', 'COUNTRY', articles, 'SHARED');
    const got = result.data!.entity!.coMentions;
    expect(got.map((c) => [c.entity.slug, c.sharedArticles, c.totalArticles])).toEqual(
      expected.map((e) => [e.slug, e.shared, articles.length]),
    );
  });
});

describe('co-mentions › Country.coMentions', () => {
  it('North Korea › people ordered by lift, at least two shared articles', async () => {
    const result = await execute(graph.server, CountryCoMentionsDocument, {
      code: 'KP',
      first: 100,
      orderBy: 'LIFT',
    });
    expect(result.errors).toBeUndefined();
    const expected = expectedCoMentions('north-korea', 'PERSON', truth.articles, 'LIFT');
    const got = result.data!.country!.coMentions;
    expect(got.map((c) => [c.entity.slug, c.sharedArticles])).toEqual(
      expected.map((e) => [e.slug, e.shared]),
    );
    got.forEach((c, i) => expect(c.lift).toBeCloseTo(expected[i].lift, 9));
    // Kim Jong Un is named in 7 articles, every one of which names North Korea (10 articles).
    expect(got.find((c) => c.entity.slug === 'kim-jong-un')).toMatchObject({ sharedArticles: 7 });
  });
});

describe('co-mentions › Query.coMentionMatrix', () => {
  it('counts every pair; the diagonal is each entity alone', async () => {
    const names = ['China', 'North Korea', 'Russia', 'United States'];
    const slugs = ['china', 'north-korea', 'russia', 'united-states'];
    const result = await execute(graph.server, CoMentionHeatMapDocument, { entities: names });
    expect(result.errors).toBeUndefined();
    expect(result.data!.coMentionMatrix.entities.map((e) => e.name)).toEqual(names);
    expect(result.data!.coMentionMatrix.counts).toEqual(
      slugs.map((a) => slugs.map((b) => truth.with(a, b).length)),
    );
    // The README's fact: exactly nine demo articles name both China and North Korea.
    expect(result.data!.coMentionMatrix.counts[0][1]).toBe(9);
  });

  it('bad lists: empty, one entry, a repeat (BAD_USER_INPUT) and an unknown name (NOT_FOUND)', async () => {
    for (const entities of [[], ['China'], ['China', 'CN']]) {
      const result = await execute(graph.server, CoMentionHeatMapDocument, { entities });
      expect(result.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'entities',
      });
    }
    const unknown = await execute(graph.server, CoMentionHeatMapDocument, {
      entities: ['China', 'Atlantis'],
    });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'entities' });
    expect(unknown.errors![0].message).toContain('"Atlantis"');
  });
});

describe('co-mentions › bad input', () => {
  it('first above 100 is BAD_USER_INPUT naming the argument', async () => {
    const tooMany = await execute(graph.server, EntityCoMentionsDocument, { slug: 'nvidia', first: 101 });
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect(tooMany.errors![0].message).toContain('first must be between 1 and 100');
  });

  it('an unknown entity in the filter is NOT_FOUND, not a SQL error', async () => {
    const result = await execute(graph.server, EntityCoMentionsDocument, {
      slug: 'nvidia',
      filter: { mentionsAll: ['Atlantis'] },
    });
    expect(result.errors![0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('analytics › SQL statements per operation (set-based, batched across parents)', () => {
  async function statementsFor(first: number): Promise<number> {
    const before = graph.app.statements.count;
    const result = await execute(graph.server, EntitiesWithAnalyticsDocument, {
      first,
      from: '2025-01-01T00:00:00Z',
      to: '2025-07-01T00:00:00Z',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.entities.nodes).toHaveLength(first);
    return graph.app.statements.count - before;
  }

  it('coMentions, timelines and facets of 5 or 20 entities cost the same few statements', async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(20);
    expect(large).toBe(small);
    // entities page, coMentions, co-mentioned entities, entity timeline, articles page,
    // facets (countries, sources), country entities, countries, connection timeline
    expect(small).toBeLessThanOrEqual(10);
  });
});

/** The value as it travels over HTTP: DateTime fields become ISO strings, as the SDK types say. */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const MONTHS_2025 = Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}`);
const countIn = (articles: TruthArticle[], prefix: string) =>
  articles.filter((a) => a.publishedAt.startsWith(prefix)).length;

describe('timelines', () => {
  it('Entity.timeline › Nvidia per month of 2025, empty months included', async () => {
    const result = await execute(graph.server, EntityTimelineDocument, { slug: 'nvidia' });
    expect(result.errors).toBeUndefined();
    const buckets = wire(result.data!.entity!.timeline);
    expect(buckets.map((b) => b.start)).toEqual(MONTHS_2025.map((m) => `${m}-01T00:00:00.000Z`));
    expect(buckets.map((b) => b.count)).toEqual(MONTHS_2025.map((m) => countIn(truth.with('nvidia'), m)));
    expect(buckets.filter((b) => b.count === 0).length).toBeGreaterThan(0);
  });

  it('Country.timeline › weeks start on Monday and count the ISO week (demo-002 and demo-031 share 2024-W44)', async () => {
    const result = await execute(graph.server, CountryTimelineDocument, {
      code: 'US',
      interval: 'WEEK',
      from: '2024-10-23T00:00:00Z',
      to: '2024-11-10T00:00:00Z',
    });
    expect(result.errors).toBeUndefined();
    expect(wire(result.data!.country!.timeline)).toEqual([
      { start: '2024-10-21T00:00:00.000Z', end: '2024-10-28T00:00:00.000Z', count: 0 },
      { start: '2024-10-28T00:00:00.000Z', end: '2024-11-04T00:00:00.000Z', count: 2 },
      { start: '2024-11-04T00:00:00.000Z', end: '2024-11-11T00:00:00.000Z', count: 0 },
    ]);
    const w44 = truth
      .with('united-states')
      .filter((a) => a.publishedAt >= '2024-10-28' && a.publishedAt < '2024-11-04');
    expect(w44.map((a) => a.id).sort()).toEqual(['demo-002', 'demo-031']);
  });

  it('Country.timeline with a filter › only that source is counted', async () => {
    const result = await execute(graph.server, CountryTimelineDocument, {
      code: 'UA',
      filter: { source: 'Northgate Daily' },
    });
    const ukraine = truth.with('ukraine').filter((a) => a.source === 'Northgate Daily');
    const total = result.data!.country!.timeline.reduce((sum, b) => sum + b.count, 0);
    expect(total).toBe(ukraine.length);
    expect(result.data!.country!.timeline).toHaveLength(24);
  });

  it('ArticleConnection.timeline › counts the whole filtered list, not the page', async () => {
    const result = await execute(graph.server, ArticleTimelineDocument, {});
    expect(result.errors).toBeUndefined();
    const both = truth.with('china', 'north-korea');
    expect(result.data!.articles.totalCount).toBe(9);
    expect(result.data!.articles.timeline.map((b) => b.count)).toEqual(
      MONTHS_2025.map((m) => countIn(both, m)),
    );
  });

  it('DAY buckets › one per day of the range, the partial first day included', async () => {
    const result = await execute(graph.server, ArticleTimelineDocument, {
      filter: null,
      interval: 'DAY',
      from: '2025-10-20T12:00:00Z',
      to: '2025-10-25T00:00:00Z',
    });
    const days = ['2025-10-20', '2025-10-21', '2025-10-22', '2025-10-23', '2025-10-24'];
    expect(wire(result.data!.articles.timeline)).toEqual(
      days.map((d) => ({
        start: `${d}T00:00:00.000Z`,
        count: truth.articles.filter((a) => a.publishedAt.startsWith(d) && a.publishedAt >= '2025-10-20T12')
          .length,
      })),
    );
    expect(result.data!.articles.timeline.map((b) => b.count)).toEqual([0, 1, 0, 0, 1]);
  });

  it('bad ranges › from after to, and too many buckets, are BAD_USER_INPUT naming from', async () => {
    const reversed = await execute(graph.server, EntityTimelineDocument, {
      from: '2025-06-01T00:00:00Z',
      to: '2025-01-01T00:00:00Z',
    });
    expect(reversed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'from' });
    const huge = await execute(graph.server, EntityTimelineDocument, {
      interval: 'DAY',
      from: '2000-01-01T00:00:00Z',
      to: '2025-01-01T00:00:00Z',
    });
    expect(huge.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'from' });
    expect(huge.errors![0].message).toContain('1000');
  });
});

describe('facets', () => {
  /** The top `first` values of a facet counted from the articles, ties by name like the API. */
  function topEntities(articles: TruthArticle[], kind: string, first: number) {
    const counts = new Map<string, number>();
    for (const a of articles)
      for (const slug of a.slugs)
        if (truth.kindOf.get(slug) === kind) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    return [...counts]
      .map(([slug, count]) => ({ name: truth.nameOf.get(slug)!, count }))
      .sort((a, b) => b.count - a.count || byCodeUnits(a.name, b.name))
      .slice(0, first);
  }

  it('articles mentioning China › facets count all 13 articles although the page holds one', async () => {
    const result = await execute(graph.server, ArticleFacetsDocument, { first: 5 });
    expect(result.errors).toBeUndefined();
    const china = truth.with('china');
    const { facets, totalCount } = result.data!.articles;
    expect(totalCount).toBe(china.length);
    expect(facets.countries.map((f) => ({ name: f.country.name, count: f.count }))).toEqual(
      topEntities(china, 'COUNTRY', 5),
    );
    expect(facets.countries[0]).toMatchObject({ country: { code: 'CN' }, count: 13 });
    expect(facets.people.map((f) => ({ name: f.entity.name, count: f.count }))).toEqual(
      topEntities(china, 'PERSON', 5),
    );
    expect(facets.organizations.map((f) => ({ name: f.entity.name, count: f.count }))).toEqual(
      topEntities(china, 'ORGANIZATION', 5),
    );
    expect(facets.places.map((f) => ({ name: f.entity.name, count: f.count }))).toEqual(
      topEntities(china, 'PLACE', 5),
    );
    const sources = new Map<string, number>();
    for (const a of china) sources.set(a.source, (sources.get(a.source) ?? 0) + 1);
    expect(facets.sources).toEqual(
      [...sources]
        .map(([source, count]) => ({ source, count }))
        .sort((a, b) => b.count - a.count || byCodeUnits(a.source, b.source))
        .slice(0, 5),
    );
  });

  it('no filter › the sources facet is the corpus (7, 7, 7, 7 and 6 articles)', async () => {
    const result = await execute(graph.server, ArticleFacetsDocument, { filter: null, first: 10 });
    expect(result.data!.articles.facets.sources).toEqual([
      { source: 'Harbor Wire', count: 7 },
      { source: 'Meridian Post', count: 7 },
      { source: 'Northgate Daily', count: 7 },
      { source: 'Pacific Ledger', count: 7 },
      { source: 'Lakeside Courier', count: 6 },
    ]);
  });

  it('first above 100 is BAD_USER_INPUT naming first', async () => {
    const result = await execute(graph.server, ArticleFacetsDocument, { first: 500 });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });
});

describe('evidence › ArticleEdge.matches', () => {
  it('each story says which entries matched and where: the spans point at the names in the text', async () => {
    const result = await execute(graph.server, ArticleEvidenceDocument, { first: 20 });
    expect(result.errors).toBeUndefined();
    const edges = result.data!.articles.edges;
    expect(edges.map((e) => e.node.url).sort()).toEqual(
      truth
        .with('china', 'kim-jong-un')
        .map((a) => a.url)
        .sort(),
    );
    for (const edge of edges) {
      const article = truth.articles.find((a) => a.url === edge.node.url)!;
      expect(edge.matches.map((m) => m.term)).toEqual(['China', 'Kim Jong Un']);
      expect(edge.matches.map((m) => m.entity.name)).toEqual(['China', 'Kim Jong Un']);
      for (const match of edge.matches) {
        expect(match.snippets.length).toBeGreaterThan(0);
        for (const snippet of match.snippets) {
          expect(snippet.field === 'TITLE' ? article.title : article.body).toContain(snippet.text);
          const span = snippet.text.slice(snippet.start, snippet.end);
          if (match.term === 'Kim Jong Un') expect(span).toMatch(/^(Kim Jong[ -]Un|Kim)$/i);
          else expect(span).toMatch(/^(China|Chinese|Beijing|PRC)$/);
        }
      }
    }
  });

  it('mentionsAny › only the entries a story names are listed', async () => {
    const result = await execute(graph.server, ArticleEvidenceDocument, {
      filter: { mentionsAny: ['Brazil', 'Nigeria'] },
      first: 20,
    });
    const terms = result.data!.articles.edges.map((e) => e.matches.map((m) => m.term));
    expect(terms.sort()).toEqual(
      truth.articles
        .filter((a) => a.slugs.has('brazil') || a.slugs.has('nigeria'))
        .map((a) => [
          ...(a.slugs.has('brazil') ? ['Brazil'] : []),
          ...(a.slugs.has('nigeria') ? ['Nigeria'] : []),
        ])
        .sort(),
    );
  });

  it('an unfiltered list has no matches', async () => {
    const result = await execute(graph.server, ArticleEvidenceDocument, { filter: null, first: 3 });
    // first: 3 of the 34 demo stories, each with an empty list.
    expect(result.data!.articles.edges.map((e) => e.matches)).toEqual([[], [], []]);
  });
});

const urlsWhere = (pattern: RegExp) =>
  truth.articles
    .filter((a) => pattern.test(`${a.title}\n${a.body}`))
    .map((a) => a.url)
    .sort();

describe('search', () => {
  it('a phrase › exactly the stories containing it, each with highlighted words', async () => {
    const result = await execute(graph.server, SearchDocument, { query: '"export curbs"', first: 100 });
    expect(result.errors).toBeUndefined();
    const { edges, totalCount } = result.data!.search;
    const expected = urlsWhere(/export curbs/i);
    expect(expected.length).toBeGreaterThan(0);
    expect(totalCount).toBe(expected.length);
    expect(edges.map((e) => e.node.url).sort()).toEqual(expected);
    for (const edge of edges) {
      const spans = [edge.highlight!.title, edge.highlight!.snippet].flatMap((t) =>
        t.highlights.map((h) => t.text.slice(h.start, h.end)),
      );
      expect(spans.length).toBeGreaterThan(0);
      for (const span of spans) expect(span).toMatch(/^(export|curbs|export curbs)$/i);
      expect(edge.highlight!.title.text).toBe(edge.node.title);
    }
  });

  it('a prefix › paged two at a time, every hit once, best match (word in the title) first', async () => {
    const expected = urlsWhere(/\bDandon/i);
    const seen: string[] = [];
    let after: string | null | undefined = undefined;
    for (let guard = 0; guard < 20; guard++) {
      const result: ExecutionResult<SearchQuery> = await execute(graph.server, SearchDocument, {
        query: 'Dandon*',
        first: 2,
        after,
      });
      expect(result.errors).toBeUndefined();
      seen.push(...result.data!.search.edges.map((e) => e.node.url!));
      if (!result.data!.search.pageInfo.hasNextPage) break;
      after = result.data!.search.pageInfo.endCursor;
    }
    expect(seen.slice().sort()).toEqual(expected);
    expect(seen[0]).toBe(truth.articles.find((a) => a.id === 'demo-003')!.url);
  });

  it('combined with an entity filter › the intersection', async () => {
    const result = await execute(graph.server, SearchDocument, {
      query: 'chip*',
      filter: { mentionsAll: ['Huawei'] },
      first: 100,
    });
    const expected = truth
      .with(huaweiSlug())
      .filter((a) => /\bchip/i.test(`${a.title}\n${a.body}`))
      .map((a) => a.url)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(result.data!.search.edges.map((e) => e.node.url).sort()).toEqual(expected);
  });

  it('letters and digits make words, whatever joins them › "Kim Jong Un" finds Kim Jong-un, U.S. finds U.S.', async () => {
    // The words in a row, separated by anything that is not a letter or digit, as the index reads text.
    const phrase = (...words: string[]) =>
      new RegExp(`(^|[^\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}($|[^\\p{L}\\p{N}])`, 'iu');
    for (const [query, pattern] of [
      ['"Kim Jong Un"', phrase('kim', 'jong', 'un')],
      ['U.S.', phrase('u', 's')],
    ] as const) {
      const expected = urlsWhere(pattern);
      expect(expected.length).toBeGreaterThan(1);
      const result = await execute(graph.server, SearchDocument, { query, first: 100 });
      expect(result.errors).toBeUndefined();
      expect(result.data!.search.edges.map((e) => e.node.url).sort()).toEqual(expected);
    }
  });

  it('FTS syntax and unbalanced quotes are searched as text; no words at all is BAD_USER_INPUT naming query', async () => {
    const hostile = await execute(graph.server, SearchDocument, { query: 'Dandong NEAR( "unbalanced' });
    expect(hostile.errors).toBeUndefined();
    expect(hostile.data!.search.totalCount).toBe(
      urlsWhere(/Dandong[\s\S]*unbalanced|unbalanced[\s\S]*Dandong/i).length,
    );
    for (const query of ['"(*)"', '*', '   ']) {
      const result = await execute(graph.server, SearchDocument, { query });
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'query' });
    }
  });

  it('tsquery syntax around words is text as well › only the words are searched', async () => {
    const result = await execute(graph.server, SearchDocument, {
      query: "Dandong' & !trade\\ | <-> :* ''",
      first: 100,
    });
    expect(result.errors).toBeUndefined();
    const expected = urlsWhere(/^(?=[\s\S]*\bDandong\b)(?=[\s\S]*\btrade\b)/i);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.data!.search.edges.map((e) => e.node.url).sort()).toEqual(expected);
    // ʼ is a letter (U+02BC) that no story contains: every term must match, so nothing does.
    const unmatched = await execute(graph.server, SearchDocument, { query: 'Dandong ʼ' });
    expect(unmatched.data!.search.totalCount).toBe(0);
  });
});

describe('sorting', () => {
  it('SALIENCE › Nvidia stories, the most Nvidia-centred first', async () => {
    const result = await execute(graph.server, RankedArticlesDocument, { first: 100 });
    expect(result.errors).toBeUndefined();
    const edges = result.data!.articles.edges;
    expect(edges.map((e) => e.node.url).sort()).toEqual(
      truth
        .with('nvidia')
        .map((a) => a.url)
        .sort(),
    );
    const saliences = edges.map((e) => e.matches[0].salience);
    expect(saliences).toEqual([...saliences].sort((a, b) => b - a));
    expect(saliences[0]).toBeGreaterThan(saliences[saliences.length - 1]);
  });

  it('RELEVANCE › the best text match first; without filter.text it is BAD_USER_INPUT naming orderBy', async () => {
    const ranked = await execute(graph.server, RankedArticlesDocument, {
      filter: { text: 'Dandong' },
      orderBy: 'RELEVANCE',
    });
    expect(ranked.data!.articles.edges[0].node.url).toBe(
      truth.articles.find((a) => a.id === 'demo-003')!.url,
    );
    const missing = await execute(graph.server, RankedArticlesDocument, {
      filter: null,
      orderBy: 'RELEVANCE',
    });
    expect(missing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'orderBy' });
  });
});

describe('paths › Query.entityPaths', () => {
  it('Balian Wang → Jensen Huang through people and organizations › every shortest chain, each hop proven by articles', async () => {
    const result = await execute(graph.server, CoMentionPathDocument, {});
    const target = 'jensen-huang';
    expect(result.errors).toBeUndefined();
    const { length, complete, paths } = result.data!.entityPaths;
    expect(complete).toBe(true);
    const bridges = [...truth.kindOf.keys()].filter(
      (slug) =>
        ['PERSON', 'ORGANIZATION'].includes(truth.kindOf.get(slug)!) &&
        truth.with('balian-wang', slug).length > 0 &&
        truth.with(slug, target).length > 0,
    );
    expect(truth.with('balian-wang', target)).toEqual([]);
    expect(length).toBe(2);
    expect(paths.map((p) => p.hops[0].to.name).sort()).toEqual(
      bridges.map((s) => truth.nameOf.get(s)).sort(),
    );
    expect(paths.map((p) => p.hops[0].to.name)).toContain('Nvidia');
    for (const path of paths) {
      expect(path.hops.map((h) => h.from.name)[0]).toBe('Balian Wang');
      expect(path.hops[1].to.name).toBe('Jensen Huang');
      for (const hop of path.hops) {
        const [a, b] = [hop.from.name, hop.to.name].map(
          (name) => [...truth.nameOf].find(([, n]) => n === name)![0],
        );
        expect(hop.sharedArticles).toBe(truth.with(a, b).length);
        const newestFive = truth
          .with(a, b)
          .sort((x, y) => y.publishedAt.localeCompare(x.publishedAt))
          .slice(0, 5);
        expect(hop.articles.map((x) => x.url)).toEqual(newestFive.map((x) => x.url));
      }
    }
  });

  it('maxHops 1 › no chain (length null, no paths), the search complete', async () => {
    const result = await execute(graph.server, CoMentionPathDocument, { maxHops: 1 });
    expect(result.data!.entityPaths).toEqual({ length: null, complete: true, paths: [] });
  });

  it('bad input › maxHops above 4, the same entity twice, an empty via list, an unknown name', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ maxHops: 5 }, 'BAD_USER_INPUT', 'maxHops'],
      [{ to: 'balian-wang' }, 'BAD_USER_INPUT', 'to'],
      [{ via: [] }, 'BAD_USER_INPUT', 'via'],
      [{ from: 'Atlantis' }, 'NOT_FOUND', 'from'],
    ];
    for (const [variables, code, argumentName] of cases) {
      const result = await execute(graph.server, CoMentionPathDocument, variables);
      expect(result.errors![0].extensions).toMatchObject({ code, argumentName });
    }
  });
});
