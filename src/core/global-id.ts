import { BadUserInputError } from './errors';

/** The node types that have global ids. */
export type NodeTypeName = 'Article' | 'Entity' | 'Country';
const NODE_TYPES: ReadonlySet<string> = new Set<NodeTypeName>(['Article', 'Entity', 'Country']);

/** Opaque global id: base64url("Type:key"), as in the Relay server specification. */
export function toGlobalId(type: NodeTypeName, key: string | number): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  type: NodeTypeName;
  key: string;
}

/**
 * Decodes a global id, or returns null when the string is not one of ours. An id of one of our
 * types whose key holds a NUL is refused by name: no row has such a key, and PostgreSQL fails any
 * statement given one ("invalid byte sequence") instead of finding nothing.
 */
export function tryFromGlobalId(id: string, argumentName: string): DecodedGlobalId | null {
  if (!/^[A-Za-z0-9_-]{4,200}$/.test(id)) return null;
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const type = decoded.slice(0, colon);
  const key = decoded.slice(colon + 1);
  if (!NODE_TYPES.has(type) || key === '') return null;
  if (key.includes('\u0000')) {
    throw new BadUserInputError(`${argumentName}: "${id}" is not a valid ${type} id`, argumentName);
  }
  return { type: type as NodeTypeName, key };
}

/** Decodes a global id of an expected type; a clear BAD_USER_INPUT error otherwise. */
export function fromGlobalId(id: string, expected: NodeTypeName, argumentName: string): string {
  const decoded = tryFromGlobalId(id, argumentName);
  if (!decoded || decoded.type !== expected) {
    throw new BadUserInputError(`${argumentName}: "${id}" is not a valid ${expected} id`, argumentName);
  }
  return decoded.key;
}
