import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Checks a bearer token against the configured keys. Both sides are hashed first so the
 * comparison is constant-time and of equal length whatever the caller sends.
 */
export function createApiKeyChecker(keys: readonly string[]) {
  const digests = keys.map(digest);
  return (authorization: string | undefined): boolean => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) return false;
    const presented = digest(match[1]);
    let valid = false;
    for (const known of digests) valid = timingSafeEqual(known, presented) || valid;
    return valid;
  };
}
