import fs from 'node:fs';
import { createApp } from '../app';
import type { AppConfig } from '../config';
import type { Extractor } from '../extraction/types';
import { createCommandLogger } from '../ops/logger';
import { createServer } from '../http/server';

/**
 * `content-graph query`: runs one GraphQL operation against the database without a server and
 * prints the JSON response; exit 1 when the response has errors. Handy in scripts and CI.
 */
export async function runQueryCommand(
  queryOrFile: string,
  options: { variables?: string; apiKey?: string },
  config: AppConfig,
  extractor: Extractor,
): Promise<number> {
  const query = fs.existsSync(queryOrFile) ? fs.readFileSync(queryOrFile, 'utf8') : queryOrFile;
  let variables: Record<string, unknown> | undefined;
  if (options.variables) {
    try {
      variables = JSON.parse(options.variables) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`--variables is not valid JSON: ${(error as Error).message}`, { cause: error });
    }
  }
  const app = await createApp(config, extractor, {
    logger: createCommandLogger(config.logLevel, config.logFormat),
    serving: true,
  });
  const server = await createServer(app);
  try {
    const authorization = options.apiKey ? `Bearer ${options.apiKey}` : undefined;
    const response = await server.executeOperation(
      { query, variables },
      { contextValue: server.createContext(authorization) },
    );
    const result =
      response.body.kind === 'single' ? response.body.singleResult : { errors: [{ message: 'unsupported' }] };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return result.errors?.length ? 1 : 0;
  } finally {
    await server.stop();
    await app.close();
  }
}
