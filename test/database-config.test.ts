import { describe, expect, it } from 'vitest';
import { ConfigError, describeDatabase, loadConfig, type PostgresDatabaseConfig } from '../src/config';
import { redactUrl } from '../src/core/database-url';

const postgres = (env: NodeJS.ProcessEnv) => loadConfig(env).database as PostgresDatabaseConfig;
const configError = (env: NodeJS.ProcessEnv) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('DATABASE_URL and friends', () => {
  it('no DATABASE_URL is the embedded SQLite file', () => {
    expect(loadConfig({}).database).toMatchObject({ type: 'sqlite', path: 'data/content-graph.sqlite' });
  });

  it('postgres:// and postgresql:// select PostgreSQL with host, port, user, password and database', () => {
    for (const scheme of ['postgres', 'postgresql']) {
      const config = postgres({ DATABASE_URL: `${scheme}://graph:s%40cret@db.example:6543/news` });
      expect(config).toMatchObject({
        type: 'postgres',
        primary: {
          host: 'db.example',
          port: 6543,
          user: 'graph',
          password: 's@cret',
          database: 'news',
          ssl: false,
        },
        replicas: [],
        schema: 'public',
        poolSize: 10,
      });
      expect(config.primary.display).toBe(`${scheme}://graph:***@db.example:6543/news`);
    }
  });

  it('the port defaults to 5432; ?schema= or DATABASE_SCHEMA picks the schema; sslmode=require turns TLS on', () => {
    expect(postgres({ DATABASE_URL: 'postgres://u@h/d?schema=graph_a' })).toMatchObject({
      primary: { port: 5432 },
      schema: 'graph_a',
    });
    expect(postgres({ DATABASE_URL: 'postgres://u@h/d', DATABASE_SCHEMA: 'graph_b' }).schema).toBe('graph_b');
    expect(postgres({ DATABASE_URL: 'postgres://u@h/d?sslmode=require' }).primary.ssl).toBe(true);
  });

  it('DATABASE_REPLICA_URLS lists replicas; DATABASE_POOL_SIZE sizes each pool', () => {
    const config = postgres({
      DATABASE_URL: 'postgres://u:pw@primary/d',
      DATABASE_REPLICA_URLS: 'postgres://u:pw@replica-1/d, postgres://u:pw@replica-2:5433/d',
      DATABASE_POOL_SIZE: '25',
    });
    expect(config.replicas.map((replica) => `${replica.host}:${replica.port}`)).toEqual([
      'replica-1:5432',
      'replica-2:5433',
    ]);
    expect(config.replicas[1].display).toBe('postgres://u:***@replica-2:5433/d');
    expect(config.poolSize).toBe(25);
  });

  it.each([
    [{ DATABASE_URL: 'postgres://u@h' }, 'must name one database'],
    [{ DATABASE_URL: 'postgres://u@h/d?schema=Bad-Name' }, 'schema "Bad-Name"'],
    [{ DATABASE_URL: 'postgres://u@h/d?application=x' }, 'unknown parameter "application"'],
    [{ DATABASE_URL: 'postgres://u@h/d?sslmode=prefer' }, 'sslmode must be disable or require'],
    [{ DATABASE_URL: 'postgres://u@h/d?schema=a', DATABASE_SCHEMA: 'b' }, 'contradicts'],
    [
      { DATABASE_URL: 'postgres://u@h/d', DATABASE_POOL_SIZE: '0' },
      'DATABASE_POOL_SIZE: expected a positive integer',
    ],
    [{ DATABASE_URL: 'postgres://u@h/d', DATABASE_POOL_SIZE: '5000' }, 'DATABASE_POOL_SIZE: at most 500'],
    [{ DATABASE_URL: 'postgres://u@h/d', DATABASE_REPLICA_URLS: 'mysql://r/d' }, 'DATABASE_REPLICA_URLS'],
    [{ DATABASE_URL: 'sqlite:./x.sqlite', DATABASE_REPLICA_URLS: 'postgres://r/d' }, 'need a postgres://'],
  ])('bad input %j › a ConfigError naming what is wrong', (env, expected) => {
    expect(configError(env)).toContain(expected);
  });

  it('no message ever shows the password, whether or not the URL parses', () => {
    const messages = [
      configError({ DATABASE_URL: 'mysql://root:hunter2@db/x' }),
      configError({ DATABASE_URL: 'postgres://u:hunter2@h' }),
      configError({ DATABASE_URL: 'postgres://u:hunter2@h/d?schema=A' }),
      configError({ DATABASE_URL: 'postgres://u@h/d', DATABASE_REPLICA_URLS: 'postgres://u:hunter2@r' }),
    ];
    for (const message of messages) {
      expect(message).not.toContain('hunter2');
      if (message.includes('@')) expect(message).toContain(':***@');
    }
    expect(redactUrl('postgres://u:p@ss/w:rd@host:5432/db')).toBe('postgres://u:***@host:5432/db');
    expect(redactUrl('postgres://u@host/db')).toBe('postgres://u@host/db');
  });

  it('describeDatabase names the database the way logs show it', () => {
    expect(describeDatabase(loadConfig({ DATABASE_URL: 'sqlite:/tmp/g.sqlite' }).database)).toBe(
      'sqlite:/tmp/g.sqlite',
    );
    expect(
      describeDatabase(loadConfig({ DATABASE_URL: 'postgres://u:pw@h/d', DATABASE_SCHEMA: 'g' }).database),
    ).toBe('postgres://u:***@h/d (schema g)');
  });
});
