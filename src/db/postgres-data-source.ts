import { types as pgTypes, type CustomTypesConfig } from 'pg';
import { DataSource, MigrationExecutor, type QueryRunner } from 'typeorm';
import type { PostgresConnectionCredentialsOptions } from 'typeorm/driver/postgres/PostgresConnectionCredentialsOptions';
import type { PostgresDatabaseConfig } from '../config';
import { ADVISORY_LOCK_SPACE, MIGRATION_LOCK } from './advisory-locks';
import type { PostgresEndpoint } from '../core/database-url';
import { ENTITIES } from './entity-classes';
import { PostgresInitialSchema1764489600000 } from './migrations/postgres/1764489600000-initial-schema';
import { PostgresLoadCountries1764489600001 } from './migrations/postgres/1764489600001-load-countries';
import { PostgresPostingListSizes1764489600002 } from './migrations/postgres/1764489600002-posting-list-sizes';
import { PostgresEntityLinkKeys1764489600003 } from './migrations/postgres/1764489600003-entity-link-keys';
import { PostgresCountryPairSizes1764489600004 } from './migrations/postgres/1764489600004-country-pair-sizes';
import { PostgresBoundedSearchVector1764489600005 } from './migrations/postgres/1764489600005-bounded-search-vector';
import { PostgresCaseInsensitiveSource1764489600006 } from './migrations/postgres/1764489600006-case-insensitive-source';
import type { SqlStatementCounter } from './sql-statement-counter';

export const POSTGRES_MIGRATIONS = [
  PostgresInitialSchema1764489600000,
  PostgresLoadCountries1764489600001,
  PostgresPostingListSizes1764489600002,
  PostgresEntityLinkKeys1764489600003,
  PostgresCountryPairSizes1764489600004,
  PostgresBoundedSearchVector1764489600005,
  PostgresCaseInsensitiveSource1764489600006,
];

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * COUNT(*) and SUM() are bigint and AVG() numeric on PostgreSQL, which node-postgres hands over as
 * strings (they may exceed 2^53). Counts and averages here stay far below that, and SQLite returns
 * them as numbers, so they are parsed as numbers: the same SQL gives the same JavaScript values on
 * both. Set per pool, not through pg's process-wide defaults.
 */
const NUMBER_TYPES: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID || oid === NUMERIC_OID
      ? (value: string) => Number(value)
      : pgTypes.getTypeParser(oid, format as 'text')) as CustomTypesConfig['getTypeParser'],
};

/** A statement that only reads: it may go to a replica. Anything else, or unsure, goes to the primary. */
const READ_STATEMENT = /^\s*(select|with)\b/i;
const WRITES_OR_LOCKS =
  /\b(insert|update|delete|merge|nextval|setval|pg_advisory\w*|pg_terminate_backend|for\s+share)\b/i;

function isReadOnlyStatement(sql: string): boolean {
  return READ_STATEMENT.test(sql) && !WRITES_OR_LOCKS.test(sql);
}

/**
 * TypeORM sends its own reads (find, query builders) to a replica when replication is set up, but
 * `DataSource.query` always to the primary; the services' hand-written reads go through it. With
 * replicas configured, a read statement run outside a transaction goes to a replica too. Statements
 * of a transaction carry their query runner and stay on the primary.
 */
class ReplicaRoutingDataSource extends DataSource {
  override async query<T = unknown>(
    sql: string,
    parameters?: unknown[],
    queryRunner?: QueryRunner,
  ): Promise<T> {
    if (queryRunner || !isReadOnlyStatement(sql)) return super.query<T>(sql, parameters, queryRunner);
    const replica = this.createQueryRunner('slave');
    try {
      return (await replica.query(sql, parameters)) as T;
    } finally {
      await replica.release();
    }
  }
}

/**
 * Connections name the process and the role of their server (pg_stat_activity.application_name),
 * so an operator can tell which API process holds which connection, and whether it reads a replica.
 */
export function applicationName(role: 'primary' | 'replica'): string {
  return `content-graph ${process.pid} ${role}`;
}

function credentials(
  endpoint: PostgresEndpoint,
  role: 'primary' | 'replica',
): PostgresConnectionCredentialsOptions {
  return {
    applicationName: applicationName(role),
    host: endpoint.host,
    port: endpoint.port,
    username: endpoint.user,
    password: endpoint.password,
    database: endpoint.database,
    ssl: endpoint.ssl ? { rejectUnauthorized: false } : false,
  };
}

function searchPath(schema: string): string {
  return schema === 'public' ? 'public' : `${schema},public`;
}

/** How long one connection attempt may take before it counts as failed (an unreachable host). */
const CONNECT_TIMEOUT_MS = 10_000;

export function createPostgresDataSource(
  config: PostgresDatabaseConfig,
  statements: SqlStatementCounter,
): DataSource {
  const common = {
    type: 'postgres' as const,
    schema: config.schema,
    poolSize: config.poolSize,
    connectTimeoutMS: CONNECT_TIMEOUT_MS,
    // Unqualified names in hand-written SQL resolve in the configured schema first; public after it
    // is where extensions live (unaccent() and its dictionary, which the search SQL calls unqualified).
    // statement_timeout, when set (the API's connections: src/app.ts), bounds every statement on the
    // server itself; a cancelled statement aborts its transaction whole. Migrations lift it for their
    // own transaction. Unset (0), the database's own setting applies.
    extra: {
      options: [
        `-c search_path=${searchPath(config.schema)}`,
        ...(config.statementTimeoutMs ? [`-c statement_timeout=${config.statementTimeoutMs}`] : []),
      ].join(' '),
      types: NUMBER_TYPES,
    },
    entities: ENTITIES,
    migrations: POSTGRES_MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logger: statements,
    logging: true,
    maxQueryExecutionTime: config.slowQueryMs,
  };
  if (!config.replicas.length)
    return new DataSource({ ...common, ...credentials(config.primary, 'primary') });
  return new ReplicaRoutingDataSource({
    ...common,
    replication: {
      master: credentials(config.primary, 'primary'),
      slaves: config.replicas.map((replica) => credentials(replica, 'replica')),
    },
  });
}

/**
 * Creates the schema if needed and runs the pending migrations, all in one transaction that first
 * takes a transaction-scoped advisory lock: processes starting at once queue on the lock, one
 * migrates, the next ones find nothing pending. PostgreSQL DDL is transactional, so a failure leaves
 * the schema as it was, and a process that dies mid-way releases the lock with its connection.
 */
export async function migratePostgres(dataSource: DataSource, schema: string): Promise<void> {
  const runner = dataSource.createQueryRunner('master');
  try {
    await runner.startTransaction();
    // Building an index over a large table may take longer than a request's statement should.
    await runner.query('SET LOCAL statement_timeout = 0');
    await runner.query('SELECT pg_advisory_xact_lock($1, $2)', [ADVISORY_LOCK_SPACE, MIGRATION_LOCK]);
    // Only when missing: CREATE SCHEMA IF NOT EXISTS needs the CREATE right even when it exists.
    const [{ present }]: { present: boolean }[] = await runner.query(
      'SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS present',
      [schema],
    );
    if (!present) await runner.query(`CREATE SCHEMA "${schema}"`);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'none';
    await executor.executePendingMigrations();
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
