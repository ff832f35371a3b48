import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { failureReason } from '../../src/db/database-errors';

describe('failureReason', () => {
  it('names a connection cut inside a transaction when TypeORM only reports the released runner', () => {
    expect(failureReason(new QueryRunnerAlreadyReleasedError())).toMatch(
      /^the database connection closed in the middle of a transaction \(Query runner already released/,
    );
  });

  it('names it too when the released runner is reported through the transaction’s EntityManager', () => {
    expect(failureReason(new QueryRunnerProviderAlreadyReleasedError())).toMatch(
      /^the database connection closed in the middle of a transaction \(Database connection provided by a query runner was already released/,
    );
  });

  it('adds the driver code when the message lacks it, and reads the inner errors of an empty AggregateError', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const missing = Object.assign(new Error('database "nope" does not exist'), { code: '3D000' });
    expect(failureReason(missing)).toBe('database "nope" does not exist (3D000)');
    expect(failureReason(new AggregateError([refused, missing]))).toBe(
      'connect ECONNREFUSED 127.0.0.1:1; database "nope" does not exist (3D000)',
    );
  });
});
