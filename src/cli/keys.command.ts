import { generateApiKey, hashApiKey } from '../core/api-keys';

/**
 * `content-graph keys create`: prints a new API key once, and the configuration line that holds
 * only its SHA-256 hash. The key itself is stored nowhere: lose it and create another.
 */
export function runKeysCreateCommand(out: NodeJS.WritableStream = process.stdout): void {
  const key = generateApiKey();
  out.write(
    [
      `API key (shown once; give it to the client): ${key}`,
      'Add its hash to the server configuration (comma-separate several):',
      `CONTENT_GRAPH_API_KEY_HASHES=sha256:${hashApiKey(key)}`,
      '',
    ].join('\n'),
  );
}
