import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from './request-context';
import { IngestArticleInput } from './types/ingest-article.input';
import { IngestArticlePayload, IngestStatus, UserError } from './types/ingest-article.payload';

@Resolver()
export class IngestResolver {
  @Authorized()
  @Mutation(() => IngestArticlePayload, {
    description: 'Adds an article (extracting its entities) or updates it. Requires an API key.',
  })
  async ingestArticle(
    @Arg('input', () => IngestArticleInput) input: IngestArticleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IngestArticlePayload> {
    const outcome = await ctx.services.ingest.ingest(input);
    if (outcome.status === 'REJECTED') {
      return Object.assign(new IngestArticlePayload(), {
        article: null,
        status: IngestStatus.REJECTED,
        userErrors: outcome.problems.map((p) =>
          Object.assign(new UserError(), { field: ['input', p.field], message: p.message, code: p.code }),
        ),
      });
    }
    ctx.loaders.articleById.clear(outcome.article.id).prime(outcome.article.id, outcome.article);
    ctx.loaders.forgetMentions();
    return Object.assign(new IngestArticlePayload(), {
      article: outcome.article,
      status: IngestStatus[outcome.status],
      userErrors: [],
    });
  }
}
