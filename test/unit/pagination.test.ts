import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import {
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  listSize,
  MAX_PAGE_SIZE,
  numericCursorKey,
  toPageRequest,
} from '../../src/services/pagination';

/** A cursor spelled by hand: base64url of the JSON array [key, id]. */
const cursorOf = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

/** The error a call throws, for its code, argument name and message. */
function errorOf(call: () => unknown): GraphQLError {
  try {
    call();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected an error');
}

describe('cursors (src/services/pagination.ts, unit)', () => {
  it('the page sizes are the documented 20 and 100', () => {
    expect([DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE]).toEqual([20, 100]);
  });

  it('a cursor is base64url of the JSON [key, id]', () => {
    expect(encodeCursor({ key: '2024-01-02', id: 7 })).toBe(cursorOf('["2024-01-02",7]'));
  });

  it('after: decodes a hand-made cursor to its key and id, forward', () => {
    expect(toPageRequest({ first: 5, after: cursorOf('["b",3]') })).toEqual({
      size: 5,
      direction: 'forward',
      cursor: { key: 'b', id: 3 },
    });
  });

  it('before: decodes to a backward page of the default size', () => {
    expect(toPageRequest({ before: cursorOf('["a",0]') })).toEqual({
      size: 20,
      direction: 'backward',
      cursor: { key: 'a', id: 0 },
    });
  });

  it('nothing given: forward, 20, no cursor; null counts as absent', () => {
    expect(toPageRequest({})).toEqual({ size: 20, direction: 'forward', cursor: null });
    expect(toPageRequest({ first: null, last: null, after: null, before: null })).toEqual({
      size: 20,
      direction: 'forward',
      cursor: null,
    });
  });

  it('last alone: backward with that size and no cursor', () => {
    expect(toPageRequest({ last: 3 })).toEqual({ size: 3, direction: 'backward', cursor: null });
  });

  it('first and last bounds: 1 and 100 pass, 0, 101 and 2.5 are refused naming the argument', () => {
    expect(toPageRequest({ first: 1 }).size).toBe(1);
    expect(toPageRequest({ first: 100 }).size).toBe(100);
    expect(toPageRequest({ last: 100 }).size).toBe(100);
    for (const [args, name, got] of [
      [{ first: 0 }, 'first', '0'],
      [{ first: 101 }, 'first', '101'],
      [{ first: 2.5 }, 'first', '2.5'],
      [{ last: 0 }, 'last', '0'],
      [{ last: 101 }, 'last', '101'],
    ] as const) {
      const error = errorOf(() => toPageRequest(args));
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: name });
      expect(error.message).toBe(`${name} must be between 1 and 100, got ${got}`);
    }
  });

  it('refuses first with last, after with before, and after with last, naming the argument', () => {
    const cases = [
      [{ first: 1, last: 1 }, 'last', 'Pass either first or last, not both'],
      [
        { after: cursorOf('["a",1]'), before: cursorOf('["a",1]') },
        'before',
        'Pass either after or before, not both',
      ],
      [{ last: 2, after: cursorOf('["a",1]') }, 'after', 'after cannot be combined with last/before'],
    ] as const;
    for (const [args, name, message] of cases) {
      const error = errorOf(() => toPageRequest(args));
      expect(error.message).toBe(message);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: name });
    }
  });

  it('refuses what this API never returns as a cursor, naming the argument', () => {
    const bad = [
      'not base64 json',
      cursorOf('["a"]'), // one element
      cursorOf('["a",1,2]'), // three
      cursorOf('[1,1]'), // key not a string
      cursorOf('[["a"],1]'), // key an array (which has includes() too)
      cursorOf('["a\\u0000b",1]'), // NUL in the key
      cursorOf('["a",-1]'), // not a row id
      cursorOf('["a",1.5]'),
      cursorOf('["a",2147483648]'), // above the largest row id
      cursorOf('{"0":"a","1":1,"length":2}'), // not an array
    ];
    for (const value of bad) {
      const error = errorOf(() => toPageRequest({ after: value }));
      expect(error.message).toBe(`after: "${value}" is not a cursor returned by this API`);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    }
    expect(errorOf(() => toPageRequest({ before: 'x' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'before',
    });
  });

  it('listSize: 20 when absent or null, the value when in bounds, refused outside naming the argument', () => {
    expect(listSize(undefined)).toBe(20);
    expect(listSize(null)).toBe(20);
    expect(listSize(7)).toBe(7);
    const error = errorOf(() => listSize(0, 'mentionsFirst'));
    expect(error.message).toBe('mentionsFirst must be between 1 and 100, got 0');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'mentionsFirst' });
    expect(errorOf(() => listSize(101)).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'first',
    });
  });

  it('numericCursorKey: the number a key spells; empty and non-numeric keys refused', () => {
    expect(numericCursorKey({ key: '0.25', id: 1 }, 'after')).toBe(0.25);
    expect(numericCursorKey({ key: '-3', id: 1 }, 'after')).toBe(-3);
    for (const key of ['', 'abc', 'Infinity', 'NaN']) {
      const error = errorOf(() => numericCursorKey({ key, id: 1 }, 'before'));
      expect(error.message).toBe('before: not a cursor of this list');
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'before' });
    }
  });
});
