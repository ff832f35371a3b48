import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OperationTypeNode, type GraphQLError } from 'graphql';
import { createApiKeyChecker, generateApiKey, hashApiKey } from '../../src/core/api-keys';
import { checkAccess } from '../../src/schema/plugins/access-policy';
import type { Viewer } from '../../src/resolvers/request-context';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('API keys (src/core/api-keys.ts, unit)', () => {
  const checker = createApiKeyChecker({
    keys: ['plain-key'],
    hashes: [sha256('hashed-key')],
    revokedHashes: [sha256('revoked-key')],
  });

  it('hashApiKey is the SHA-256 hex of the key', () => {
    expect(hashApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('generateApiKey: cgk_ and 43 base64url characters (256 bits), different each time', () => {
    const [a, b] = [generateApiKey(), generateApiKey()];
    expect(a).toMatch(/^cgk_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it('no header or an empty one: none', () => {
    expect(checker(undefined)).toEqual({ status: 'none' });
    expect(checker('')).toEqual({ status: 'none' });
  });

  it('a plain key and a hashed key are valid, and the credential carries the digest', () => {
    expect(checker('Bearer plain-key')).toEqual({ status: 'valid', keyHash: sha256('plain-key') });
    expect(checker('Bearer hashed-key')).toEqual({ status: 'valid', keyHash: sha256('hashed-key') });
  });

  it('the scheme is case-insensitive, spaces around the token are allowed', () => {
    expect(checker('bearer   plain-key  ')).toEqual({ status: 'valid', keyHash: sha256('plain-key') });
  });

  it('malformed headers and unknown keys are invalid', () => {
    for (const header of [
      'plain-key',
      'Basic plain-key',
      'Bearer',
      'Bearer a b',
      'Bearer plain-key extra',
      'xBearer plain-key',
      'Bearer other',
    ]) {
      expect(checker(header)).toEqual({ status: 'invalid' });
    }
  });

  it('a revoked key is revoked, even when also listed as accepted', () => {
    const both = createApiKeyChecker({ keys: ['k'], hashes: [], revokedHashes: [sha256('k')] });
    expect(both('Bearer k')).toEqual({ status: 'revoked' });
    expect(checker('Bearer revoked-key')).toEqual({ status: 'revoked' });
  });

  it('the last of several accepted keys still matches', () => {
    const many = createApiKeyChecker({ keys: [], hashes: [sha256('one'), sha256('two')], revokedHashes: [] });
    expect(many('Bearer two')).toEqual({ status: 'valid', keyHash: sha256('two') });
    expect(many('Bearer one')).toEqual({ status: 'valid', keyHash: sha256('one') });
  });
});

describe('access policy (src/schema/plugins/access-policy.ts, unit)', () => {
  const viewer = (credential: Viewer['credential']): Viewer => ({
    hasApiKey: credential === 'valid',
    credential,
    clientId: 'test',
  });
  const outcome = (...args: Parameters<typeof checkAccess>): string => {
    try {
      checkAccess(...args);
      return 'allowed';
    } catch (error) {
      const e = error as GraphQLError;
      return `${e.extensions.code as string}: ${e.message}`;
    }
  };
  const NEEDS_KEY = 'UNAUTHENTICATED: This operation requires an API key: send "Authorization: Bearer <key>"';

  it('a valid key may read and write, whatever the read setting', () => {
    for (const requireKeyForReads of [false, true]) {
      expect(outcome(OperationTypeNode.QUERY, viewer('valid'), requireKeyForReads)).toBe('allowed');
      expect(outcome(OperationTypeNode.MUTATION, viewer('valid'), requireKeyForReads)).toBe('allowed');
    }
  });

  it('no key: reads allowed unless configured, mutations never', () => {
    expect(outcome(OperationTypeNode.QUERY, viewer('none'), false)).toBe('allowed');
    expect(outcome(OperationTypeNode.QUERY, viewer('none'), true)).toBe(NEEDS_KEY);
    expect(outcome(OperationTypeNode.MUTATION, viewer('none'), false)).toBe(NEEDS_KEY);
  });

  it('a revoked key is FORBIDDEN and an unknown key UNAUTHENTICATED, even for public reads', () => {
    expect(outcome(OperationTypeNode.QUERY, viewer('revoked'), false)).toBe(
      'FORBIDDEN: This API key has been revoked',
    );
    expect(outcome(OperationTypeNode.QUERY, viewer('invalid'), false)).toBe(
      'UNAUTHENTICATED: The API key is not valid: send "Authorization: Bearer <key>"',
    );
  });
});
