import type { DataSource } from 'typeorm';
import { toGlobalId } from '../core/global-id';

/** One GraphQL operation that both databases must answer identically after a copy. */
export interface SampleQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const ARTICLE_FIELDS = `totalCount
  nodes {
    id title url publishedAt source
    countries { code }
    mentions { entity { id name kind } count salience snippets { text start end field } }
  }`;

/**
 * Queries chosen from the source's own data, so they have answers on any graph: the three entities
 * in most articles (mentionsAll / Any / None and one entity's articles), and a plain word from the
 * newest title (the text filter: letters only, which both full-text engines split the same way).
 */
export async function chooseSampleQueries(source: DataSource): Promise<SampleQuery[]> {
  const top: { entityId: number }[] = await source.query(
    'SELECT "entityId" FROM "posting_size" WHERE "articles" > 0 ORDER BY "articles" DESC, "entityId" LIMIT 3',
  );
  const ids = top.map((row) => toGlobalId('Entity', Number(row.entityId)));
  const queries: SampleQuery[] = [];
  if (ids.length) {
    queries.push(
      {
        name: 'articles mentioning all of the top entities',
        query: `query ($ids: [String!]!) { articles(filter: { mentionsAll: $ids }, first: 20) { ${ARTICLE_FIELDS} } }`,
        variables: { ids: ids.slice(0, 2) },
      },
      {
        name: 'articles mentioning any top entity but not the first',
        query: `query ($any: [String!]!, $none: [String!]!) {
          articles(filter: { mentionsAny: $any, mentionsNone: $none }, first: 20) { ${ARTICLE_FIELDS} } }`,
        variables: { any: ids.slice(1), none: ids.slice(0, 1) },
      },
      {
        name: "the top entity's articles",
        query: `query ($id: ID!) { entity(id: $id) { name slug aliases articles(first: 20) { ${ARTICLE_FIELDS} } } }`,
        variables: { id: ids[0] },
      },
    );
  }
  const [newest]: { title: string }[] = await source.query(
    'SELECT "title" FROM "article" ORDER BY "sortDate" DESC, "id" DESC LIMIT 1',
  );
  const word = newest?.title.split(/\s+/).find((token) => /^[A-Za-z]{5,}$/.test(token));
  if (word) {
    queries.push({
      name: `articles whose text has "${word}"`,
      query: `query ($text: String!) { articles(filter: { text: $text }, first: 20) { ${ARTICLE_FIELDS} } }`,
      variables: { text: word },
    });
  }
  queries.push({
    name: 'the newest articles',
    query: `{ articles(first: 20) { ${ARTICLE_FIELDS} } }`,
    variables: {},
  });
  return queries;
}
