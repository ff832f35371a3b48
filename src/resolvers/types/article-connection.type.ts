import { Field, Int, ObjectType } from 'type-graphql';
import { Article } from '../../entities/article';
import { PageInfo, toPageInfo } from './page-info.type';
import type { ArticleScope } from '../../services/analytics/article-scope';
import type { ArticlePage } from '../../services/article-query.service';

@ObjectType('ArticleEdge', { description: 'An article in a list, with its cursor.' })
export class ArticleEdge {
  @Field(() => String, { description: 'Opaque position of this article in the list.' })
  cursor!: string;

  @Field(() => Article, { description: 'The article.' })
  node!: Article;

  /** The connection's article set: evidence and highlights are computed against its filter. */
  scope!: ArticleScope | null;
}

@ObjectType('ArticleConnection', { description: 'A page of articles (Relay cursor connection).' })
export class ArticleConnection {
  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  /** The ids in page order; edges and nodes load them through the request's loaders. */
  page!: ArticlePage;

  /** Counts the whole filtered list, only when a client asks for totalCount. */
  countTotal!: () => Promise<number>;

  /** The whole article set behind the page, for facets and timelines; null for an empty list. */
  scope!: ArticleScope | null;

  @Field(() => [ArticleEdge], { description: 'The articles of this page with their cursors.' })
  edges!: ArticleEdge[];

  @Field(() => [Article], { description: 'The articles of this page.' })
  nodes!: Article[];

  @Field(() => Int, { description: 'Number of articles in the whole filtered list, not just this page.' })
  totalCount!: number;
}

/** Wraps a page of ids; edges, nodes and totalCount resolve lazily (see ArticleConnectionResolver). */
export function toArticleConnection(
  page: ArticlePage,
  countTotal: () => Promise<number>,
  scope: ArticleScope | null = null,
): ArticleConnection {
  return Object.assign(new ArticleConnection(), {
    page,
    countTotal,
    scope,
    pageInfo: toPageInfo(
      page.items.map((item) => item.cursor),
      page.hasNextPage,
      page.hasPreviousPage,
    ),
  });
}
