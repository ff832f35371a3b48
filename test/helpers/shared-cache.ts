/** A response as the shared cache keeps it. */
interface StoredResponse {
  status: number;
  headers: Headers;
  body: string;
  /** The request's values of the fields the response's Vary names, lower-cased names. */
  selectingHeaders: Map<string, string | undefined>;
}

export interface CachedResponse {
  status: number;
  headers: Headers;
  body: string;
  /** Served from the cache, without asking the server. */
  hit: boolean;
}

const directives = (cacheControl: string | null) =>
  (cacheControl ?? '')
    .toLowerCase()
    .split(',')
    .map((directive) => directive.trim().split('=')[0]);

/**
 * A minimal shared cache (a CDN or proxy) in front of a server: it keeps a response only when its
 * Cache-Control says `public` and neither `private` nor `no-store`, keys it on method and URL, and
 * serves it again only to a request whose headers named by the response's Vary are the same.
 * Freshness is not modelled: a test runs well within any max-age.
 */
export class SharedCache {
  private readonly stored = new Map<string, StoredResponse[]>();
  /** Requests the cache passed on to the server. */
  originRequests = 0;

  constructor(private readonly origin: string) {}

  get storedCount(): number {
    return [...this.stored.values()].reduce((sum, variants) => sum + variants.length, 0);
  }

  async fetch(
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ): Promise<CachedResponse> {
    const method = init.method ?? 'GET';
    const requestHeaders = new Map(
      Object.entries(init.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    );
    const key = `${method} ${path}`;
    const variants = this.stored.get(key) ?? [];
    const match = variants.find((variant) =>
      [...variant.selectingHeaders].every(([name, value]) => requestHeaders.get(name) === value),
    );
    if (match) return { status: match.status, headers: match.headers, body: match.body, hit: true };

    this.originRequests++;
    const response = await fetch(`${this.origin}${path}`, { method, headers: init.headers, body: init.body });
    const body = await response.text();
    const cacheControl = directives(response.headers.get('cache-control'));
    const vary = (response.headers.get('vary') ?? '')
      .split(',')
      .map((field) => field.trim().toLowerCase())
      .filter(Boolean);
    const storable =
      cacheControl.includes('public') &&
      !cacheControl.includes('private') &&
      !cacheControl.includes('no-store') &&
      !vary.includes('*');
    if (storable) {
      const selectingHeaders = new Map(vary.map((name) => [name, requestHeaders.get(name)]));
      this.stored.set(key, [
        ...variants,
        { status: response.status, headers: response.headers, body, selectingHeaders },
      ]);
    }
    return { status: response.status, headers: response.headers, body, hit: false };
  }
}
