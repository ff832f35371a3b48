import { DateTimeScalar } from '../../core/date-time.scalar';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArticleFilterInput } from './article-filter.input';

export enum TimelineInterval {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

registerEnumType(TimelineInterval, {
  name: 'TimelineInterval',
  description: 'Width of timeline buckets (UTC).',
  valuesConfig: {
    DAY: { description: 'Calendar days.' },
    WEEK: { description: 'ISO weeks, Monday to Sunday.' },
    MONTH: { description: 'Calendar months.' },
  },
});

@ObjectType('TimelineBucket', { description: 'Article count in one time bucket.' })
export class TimelineBucket {
  @Field(() => DateTimeScalar, { description: 'Start of the bucket (inclusive).' })
  start!: Date;

  @Field(() => DateTimeScalar, { description: 'End of the bucket (exclusive).' })
  end!: Date;

  @Field(() => Int, { description: 'Articles published in the bucket and within from..to; 0 for none.' })
  count!: number;
}

@ArgsType()
export class TimelineArgs {
  @Field(() => TimelineInterval, { description: 'Bucket width.' })
  interval!: TimelineInterval;

  @Field(() => DateTimeScalar, {
    description: 'Count articles published at or after this time; buckets start at the one containing it.',
  })
  from!: Date;

  @Field(() => DateTimeScalar, {
    description: 'Count articles published before this time (exclusive). At most 1000 buckets.',
  })
  to!: Date;
}

@ArgsType()
export class FilteredTimelineArgs extends TimelineArgs {
  @Field(() => ArticleFilterInput, { nullable: true, description: 'Restricts the articles counted.' })
  filter?: ArticleFilterInput | null;
}
