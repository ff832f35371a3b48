import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ContentGraphServer } from '../../src/http/server';

export interface Listening {
  base: string;
  listener: Server;
  close(): Promise<void>;
}

/** Serves the app's HTTP side on a free loopback port. */
export async function listen(server: ContentGraphServer): Promise<Listening> {
  const listener = server.http.listen(0, '127.0.0.1');
  await new Promise((resolve) => listener.once('listening', resolve));
  return {
    base: `http://127.0.0.1:${(listener.address() as AddressInfo).port}`,
    listener,
    close: () => new Promise<void>((resolve) => listener.close(() => resolve())),
  };
}

/** The parts of a GraphQL response body the tests read. */
export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: Record<string, unknown> & { code: string } }[];
  extensions?: Record<string, unknown>;
}

export function postGraphQL(base: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
