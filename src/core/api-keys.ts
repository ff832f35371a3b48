import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** SHA-256 of a key, hex: what the configuration holds instead of the key. */
export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** A new random key (256 bits) with a prefix that makes it recognizable in logs and secret scanners. */
export const generateApiKey = (): string => `cgk_${randomBytes(32).toString('base64url')}`;

/** What the Authorization header amounts to. */
export type Credential =
  { status: 'none' } | { status: 'invalid' } | { status: 'revoked' } | { status: 'valid'; keyHash: string };

export interface ApiKeyConfig {
  /** Plain keys (kept for compatibility; hashes are the documented way). */
  keys: readonly string[];
  /** SHA-256 hex digests of accepted keys. */
  hashes: readonly string[];
  /** SHA-256 hex digests of revoked keys. */
  revokedHashes: readonly string[];
}

/** Compares against every digest, without stopping at a match, so timing reveals nothing. */
function matchIn(digests: readonly Buffer[], presented: Buffer): Buffer | null {
  let match: Buffer | null = null;
  for (const known of digests) if (timingSafeEqual(known, presented)) match = known;
  return match;
}

/**
 * Checks a bearer token against the configured keys. The presented key is hashed first, so every
 * comparison is between equal-length digests and runs in constant time.
 */
export function createApiKeyChecker(config: ApiKeyConfig) {
  const accepted = [...config.keys.map(hashApiKey), ...config.hashes].map((hex) => Buffer.from(hex, 'hex'));
  const revoked = config.revokedHashes.map((hex) => Buffer.from(hex, 'hex'));
  return (authorization: string | undefined): Credential => {
    if (!authorization) return { status: 'none' };
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) return { status: 'invalid' };
    const presented = Buffer.from(hashApiKey(match[1]), 'hex');
    if (matchIn(revoked, presented)) return { status: 'revoked' };
    const known = matchIn(accepted, presented);
    return known ? { status: 'valid', keyHash: known.toString('hex') } : { status: 'invalid' };
  };
}
