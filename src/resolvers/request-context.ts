import type { DataSource } from 'typeorm';
import type { Services } from '../app';
import type { Credential } from '../core/api-keys';
import { createLoaders, type Loaders } from '../loaders/create-loaders';
import { createServiceLoaders, type ServiceLoaders } from '../services/service-loaders';

/** Who is calling: reads are public; mutations need a configured API key. */
export interface Viewer {
  hasApiKey: boolean;
  /** What the Authorization header amounted to. */
  credential: Credential['status'];
  /** Whom the rate limiter charges: the API key when a valid one was presented, else the address. */
  clientId: string;
}

/** A request's DataLoaders: rows by key (src/loaders) and batched service reads (src/services). */
export type RequestLoaders = Loaders & ServiceLoaders;

export function createRequestLoaders(reader: DataSource, services: Services): RequestLoaders {
  return { ...createLoaders(reader), ...createServiceLoaders(services) };
}

/** Built fresh for every request: its loaders cache only within the request. */
export interface RequestContext {
  viewer: Viewer;
  loaders: RequestLoaders;
  services: Services;
  /** Correlates the request's log lines (x-request-id, or generated). */
  requestId: string;
}
