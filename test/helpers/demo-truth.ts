import { ArticlePageWithGraphDocument } from '../generated/graphql';
import { readDemoArticles, type DemoArticle } from './demo-graph';
import { execute } from './execute';
import type { TestGraph } from './test-app';

/** One demo article with the entities the API lists for it (Article.entities), by slug. */
export interface TruthArticle extends DemoArticle {
  slugs: Set<string>;
}

/**
 * The ground truth analytics tests compare against, built without any analytics SQL: the demo
 * file's own dates and sources, plus each article's entity list as the plain Article.entities
 * field returns it. Counting co-mentions, facets and timelines over this is independent of the
 * GROUP BY statements under test.
 */
export interface DemoTruth {
  articles: TruthArticle[];
  kindOf: Map<string, string>;
  nameOf: Map<string, string>;
  /** Articles that mention every slug given. */
  with(...slugs: string[]): TruthArticle[];
}

export async function loadDemoTruth(graph: TestGraph): Promise<DemoTruth> {
  const demo = readDemoArticles();
  const result = await execute(graph.server, ArticlePageWithGraphDocument, { first: 100 });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const kindOf = new Map<string, string>();
  const nameOf = new Map<string, string>();
  const articles = result.data!.articles.nodes.map((node) => {
    const source = demo.find((a) => a.title === node.title);
    if (!source) throw new Error(`no demo article titled ${node.title}`);
    for (const e of node.entities) {
      kindOf.set(e.slug, e.kind);
      nameOf.set(e.slug, e.name);
    }
    return { ...source, slugs: new Set(node.entities.map((e) => e.slug)) };
  });
  if (articles.length !== demo.length) throw new Error('the API did not return every demo article');
  return {
    articles,
    kindOf,
    nameOf,
    with: (...slugs) => articles.filter((a) => slugs.every((slug) => a.slugs.has(slug))),
  };
}

/** Compares by name the way SQLite's default BINARY collation does (code units). */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
