import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphEntity } from '../../entities/graph-entity';
import type { RequestContext } from '../request-context';
import type { HighlightedText as HighlightedTextData } from '../../services/analytics/search.service';
import { ArticleEdge } from '../types/article-connection.type';
import { FilterMatch, HighlightedText, SearchHighlight, TextSpan } from '../types/evidence.type';
import { Snippet, toSnippets } from '../types/snippet.type';
import { loadEntity } from './load-entity';

function toHighlightedText(value: HighlightedTextData): HighlightedText {
  return Object.assign(new HighlightedText(), {
    text: value.text,
    highlights: value.highlights.map((span) => Object.assign(new TextSpan(), span)),
  });
}

@Resolver(() => ArticleEdge)
export class ArticleEdgeResolver {
  @FieldResolver(() => [FilterMatch], {
    description:
      'Which mentionsAll / mentionsAny entries of the filter this article matched, with the sentences that prove it. Empty when the list is not filtered by entities.',
  })
  async matches(@Root() edge: ArticleEdge, @Ctx() ctx: RequestContext): Promise<FilterMatch[]> {
    const args = edge.scope?.args;
    const terms = [...(args?.mentionsAll ?? []), ...(args?.mentionsAny ?? [])];
    if (terms.length === 0) return [];
    const entityIds = await ctx.loaders.analytics.filterTerms.load(terms);
    const mentions = await Promise.all(
      entityIds.map((entityId) =>
        ctx.loaders.mentionOfArticleEntity.load({ articleId: edge.node.id, entityId }),
      ),
    );
    return terms.flatMap((term, i) => {
      const mention = mentions[i];
      return mention
        ? [
            Object.assign(new FilterMatch(), {
              term,
              mention,
              count: mention.count,
              salience: mention.salience,
            }),
          ]
        : [];
    });
  }

  @FieldResolver(() => SearchHighlight, {
    nullable: true,
    description: 'Where the article matched the text query (search, or filter.text); null without one.',
  })
  async highlight(@Root() edge: ArticleEdge, @Ctx() ctx: RequestContext): Promise<SearchHighlight | null> {
    const textQuery = edge.scope?.filter.textQuery;
    if (!textQuery) return null;
    const found = await ctx.loaders.analytics.highlights(textQuery).load(edge.node.id);
    if (!found) return null;
    return Object.assign(new SearchHighlight(), {
      title: toHighlightedText(found.title),
      snippet: toHighlightedText(found.snippet),
    });
  }
}

@Resolver(() => FilterMatch)
export class FilterMatchResolver {
  @FieldResolver(() => GraphEntity, { description: 'The entity the entry names.' })
  entity(@Root() match: FilterMatch, @Ctx() ctx: RequestContext): Promise<GraphEntity> {
    return loadEntity(match.mention.entityId, ctx);
  }

  @FieldResolver(() => [Snippet], { description: 'The sentences that mention it, with the span located.' })
  snippets(@Root() match: FilterMatch): Snippet[] {
    return toSnippets(match.mention.evidence);
  }
}
