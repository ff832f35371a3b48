import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';
import { chooseLogFormat, formatLogLine, prettyDestination } from '../../src/ops/log-format';
import { createLogger } from '../../src/ops/logger';
import { logCapture } from '../helpers/log-capture';

// 2025-06-01 10:20:30 in the machine's time zone, so the expected clock time does not depend on it.
const TIME = new Date(2025, 5, 1, 10, 20, 30).getTime();
const line = (record: Record<string, unknown>) =>
  formatLogLine(JSON.stringify({ level: 30, time: TIME, service: 'content-graph', ...record }));

describe('log format: which one', () => {
  it('auto is pretty on a terminal and JSON anywhere else; json and pretty are kept as asked', () => {
    expect(chooseLogFormat('auto', true)).toBe('pretty');
    expect(chooseLogFormat('auto', false)).toBe('json');
    expect(chooseLogFormat('json', true)).toBe('json');
    expect(chooseLogFormat('pretty', false)).toBe('pretty');
  });

  it('CONTENT_GRAPH_LOG_FORMAT is auto by default, and anything but auto, json or pretty stops the start', () => {
    expect(loadConfig({}).logFormat).toBe('auto');
    expect(loadConfig({ CONTENT_GRAPH_LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(() => loadConfig({ CONTENT_GRAPH_LOG_FORMAT: 'yaml' })).toThrow(ConfigError);
    expect(() => loadConfig({ CONTENT_GRAPH_LOG_FORMAT: 'yaml' })).toThrow(/CONTENT_GRAPH_LOG_FORMAT/);
  });
});

describe('log format: pretty lines', () => {
  it('the listening line says where to open the server', () => {
    expect(
      line({
        msg: 'listening',
        url: 'http://localhost:4000/graphql',
        database: 'sqlite:./data/content-graph.sqlite',
      }),
    ).toBe(
      '10:20:30 content-graph listening on http://localhost:4000/graphql (sqlite:./data/content-graph.sqlite)\n',
    );
  });

  it('a request line is method, path, status and milliseconds', () => {
    expect(
      line({ msg: 'request', requestId: 'r1', method: 'POST', path: '/graphql', status: 200, ms: 4.137 }),
    ).toBe('10:20:30 POST /graphql 200 4.1 ms\n');
  });

  it('other lines are the message and their fields; the level shows when it is not info; a stack follows', () => {
    expect(line({ level: 40, msg: 'slow query', ms: 250, sql: 'SELECT 1', parameterCount: 0 })).toBe(
      '10:20:30 WARN slow query ms=250 sql="SELECT 1" parameterCount=0\n',
    );
    expect(
      line({
        level: 50,
        msg: 'unexpected error',
        requestId: 'r2',
        err: { message: 'boom', stack: 'Error: boom\n    at x' },
      }),
    ).toBe('10:20:30 ERROR unexpected error requestId=r2\n  Error: boom\n      at x\n');
    expect(formatLogLine('not json')).toBe('not json');
  });

  it('pino writes through the pretty destination', () => {
    const written: string[] = [];
    const logger = pino(
      { base: { service: 'content-graph' } },
      prettyDestination({ write: (text: string) => written.push(text) }),
    );
    logger.info({ url: 'http://localhost:4000/graphql' }, 'listening');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(
      /^\d\d:\d\d:\d\d content-graph listening on http:\/\/localhost:4000\/graphql\n$/,
    );
  });
});

describe('log format: JSON', () => {
  it('the json format writes pino JSON lines as before', () => {
    const logs = logCapture();
    createLogger('info', 'json', logs.stream).info({ url: 'http://localhost:4000/graphql' }, 'listening');
    return new Promise<void>((resolve) => {
      setImmediate(() => {
        expect(logs.lines).toEqual([
          expect.objectContaining({
            level: 30,
            service: 'content-graph',
            msg: 'listening',
            url: 'http://localhost:4000/graphql',
          }),
        ]);
        resolve();
      });
    });
  });
});
