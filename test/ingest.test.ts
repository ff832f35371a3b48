import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Article } from '../src/entities/article';
import { EntityKind } from '../src/entities/entity-kind';
import { GraphEntity } from '../src/entities/graph-entity';
import { Mention } from '../src/entities/mention';
import { createExtractor } from '../src/extraction';
import type { Extractor } from '../src/extraction/types';
import { refuseRows, REFUSAL_MESSAGE } from './helpers/refusing-trigger';
import { createTestGraph, type TestGraph } from './helpers/test-app';

const article = {
  url: 'https://news.example/2025/kim-jong-un-visits-beijing',
  title: 'Kim Jong Un arrives in Beijing for talks with Xi Jinping',
  body: 'North Korean leader Kim Jong Un arrived in Beijing on Tuesday for talks with Chinese President Xi Jinping.\n\nThe visit was reported by the Korean Central News Agency.',
  publishedAt: '2025-03-04T08:00:00Z',
  source: 'Test Wire',
};

async function tableCounts(graph: TestGraph) {
  const ds = graph.app.dataSource;
  return {
    articles: await ds.getRepository(Article).count(),
    mentions: await ds.getRepository(Mention).count(),
    entities: await ds.getRepository(GraphEntity).count(),
  };
}

let graph: TestGraph;
beforeEach(async () => {
  graph = await createTestGraph(createExtractor());
});
afterEach(() => graph.close());

describe('ingest › idempotence', () => {
  it('re-ingesting the same URL and content changes nothing', async () => {
    const first = await graph.app.services.ingest.ingest(article);
    const counts = await tableCounts(graph);
    const second = await graph.app.services.ingest.ingest(article);
    expect(first.status).toBe('CREATED');
    expect(second.status).toBe('UNCHANGED');
    expect(await tableCounts(graph)).toEqual(counts);
  });

  it('the same URL with new content updates the article and replaces its mentions', async () => {
    await graph.app.services.ingest.ingest(article);
    const updated = await graph.app.services.ingest.ingest({
      ...article,
      body: 'Kim Jong Un met Russian President Vladimir Putin in Moscow instead.',
    });
    expect(updated.status).toBe('UPDATED');
    expect(await graph.app.dataSource.getRepository(Article).count()).toBe(1);
    const mentions = await graph.app.dataSource.getRepository(Mention).find();
    const entityIds = mentions.map((m) => m.entityId);
    const russia = await graph.app.dataSource
      .getRepository(GraphEntity)
      .findOneByOrFail({ countryCode: 'RU', kind: EntityKind.COUNTRY });
    expect(entityIds).toContain(russia.id);
  });

  it('the same content without a URL is stored once', async () => {
    const { url: _url, ...withoutUrl } = article;
    expect((await graph.app.services.ingest.ingest(withoutUrl)).status).toBe('CREATED');
    expect(
      (await graph.app.services.ingest.ingest({ ...withoutUrl, body: `  ${withoutUrl.body}\n` })).status,
    ).toBe('UNCHANGED');
    expect((await graph.app.services.ingest.ingest(article)).status).toBe('UPDATED');
    expect(await graph.app.dataSource.getRepository(Article).count()).toBe(1);
  });

  it('spelling variants of one person across articles link to one entity row', async () => {
    await graph.app.services.ingest.ingest(article);
    await graph.app.services.ingest.ingest({
      url: 'https://news.example/2025/kim-jong-un-missile',
      title: 'Kim Jong-un oversees missile launch',
      body: 'North Korean leader Kim Jong-un watched the launch of a new missile, state media said.',
    });
    const people = await graph.app.dataSource.getRepository(GraphEntity).findBy({ kind: EntityKind.PERSON });
    const kims = people.filter((p) => p.slug.startsWith('kim-jong'));
    expect(kims).toHaveLength(1);
    expect(kims[0].slug).toBe('kim-jong-un');
  });
});

describe('ingest › bad input', () => {
  it.each([
    [{ ...article, title: '   ' }, 'title'],
    [{ ...article, body: '' }, 'body'],
    [{ ...article, url: 'ftp://x.example/a' }, 'url'],
    [{ ...article, publishedAt: 'yesterday' }, 'publishedAt'],
  ])('rejects %#: names the field (%s) and writes nothing', async (input, field) => {
    const outcome = await graph.app.services.ingest.ingest(input);
    expect(outcome.status).toBe('REJECTED');
    if (outcome.status === 'REJECTED') expect(outcome.problems.map((p) => p.field)).toContain(field);
    expect(await graph.app.dataSource.getRepository(Article).count()).toBe(0);
  });

  it('refuses a 20 MB body without extracting it', async () => {
    let extracted = 0;
    const counting: Extractor = {
      extract: (input) => {
        extracted += 1;
        return createExtractor().extract(input);
      },
    };
    const small = await createTestGraph(counting, { CONTENT_GRAPH_MAX_ARTICLE_CHARS: '100000' });
    try {
      const outcome = await small.app.services.ingest.ingest({
        ...article,
        body: 'x'.repeat(20 * 1024 * 1024),
      });
      expect(outcome.status).toBe('REJECTED');
      if (outcome.status === 'REJECTED') expect(outcome.problems[0].message).toContain('100000');
      expect(extracted).toBe(0);
      expect(await small.app.dataSource.getRepository(Article).count()).toBe(0);
    } finally {
      await small.close();
    }
  });

  it('a failure in the middle of writing (the database refuses a mention) rolls the whole article back', async () => {
    await refuseRows(graph.app.dataSource, 'mention', `NEW."evidence" LIKE '%Beijing%'`);
    const outcome = await graph.app.services.ingest.ingest(article);
    expect(outcome).toEqual({
      status: 'REJECTED',
      problems: [
        {
          field: 'body',
          code: 'NOT_STORED',
          message: expect.stringMatching(
            new RegExp(`^the database refused this article: .*${REFUSAL_MESSAGE}`),
          ),
        },
      ],
    });
    expect(await tableCounts(graph)).toEqual({
      articles: 0,
      mentions: 0,
      entities: await countryEntities(graph),
    });
  });

  it('an extractor that fails on an article: NOT_STORED with its reason, nothing written', async () => {
    const failing: Extractor = {
      extract: () => {
        throw new Error('extractor crashed');
      },
    };
    const broken = await createTestGraph(failing);
    try {
      expect(await broken.app.services.ingest.ingest(article)).toEqual({
        status: 'REJECTED',
        problems: [
          {
            field: 'body',
            code: 'NOT_STORED',
            message: 'entity extraction failed on this article: extractor crashed',
          },
        ],
      });
      expect(await tableCounts(broken)).toEqual({
        articles: 0,
        mentions: 0,
        entities: await countryEntities(broken),
      });
    } finally {
      await broken.close();
    }
  });
});

async function countryEntities(graph: TestGraph) {
  return graph.app.dataSource.getRepository(GraphEntity).countBy({ kind: EntityKind.COUNTRY });
}

describe('ingest › linking across articles', () => {
  it('an organization named with and without its legal form is one entity, whichever comes first', async () => {
    await graph.app.services.ingest.ingest({
      title: 'Huawei opens a lab in Seoul',
      body: 'Huawei said on Monday it would open an AI lab in Seoul next year.',
    });
    await graph.app.services.ingest.ingest({
      title: 'Huawei Technologies reports higher sales',
      body: 'Huawei Technologies said its sales rose in the first half as phone shipments recovered.',
    });
    const orgs = await graph.app.dataSource
      .getRepository(GraphEntity)
      .findBy({ kind: EntityKind.ORGANIZATION });
    const huawei = orgs.filter((o) => o.slug.startsWith('huawei'));
    expect(huawei).toHaveLength(1);
    expect([huawei[0].name, ...huawei[0].aliases].sort()).toEqual(['Huawei', 'Huawei Technologies']);
  });

  it('two people who share a surname stay two entities', async () => {
    await graph.app.services.ingest.ingest({
      title: 'President Lee Jae Myung visits Tokyo',
      body: 'South Korean President Lee Jae Myung arrived in Tokyo. Lee said the talks were useful.',
    });
    await graph.app.services.ingest.ingest({
      title: 'Samsung chairman Lee Jae-yong meets investors',
      body: 'Samsung Electronics chairman Lee Jae-yong met investors in Seoul. Lee said chip demand was strong.',
    });
    const people = await graph.app.dataSource.getRepository(GraphEntity).findBy({ kind: EntityKind.PERSON });
    expect(people.map((p) => p.slug).sort()).toEqual(['lee-jae-myung', 'lee-jae-yong']);
  });
});
