import { setTimeout as sleep } from 'node:timers/promises';

export interface BackoffOptions {
  /** Wait after the first failure; each further failure doubles it, up to maxDelayMs. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** Aborting stops the retries (a shutdown during startup); the result is then null. */
  signal: AbortSignal;
  onFailure(error: unknown, attempt: number, retryInMs: number): void;
}

/** Runs `attempt` until it succeeds, waiting longer after each failure; null when aborted first. */
export async function retryWithBackoff<T>(
  attempt: () => Promise<T>,
  options: BackoffOptions,
): Promise<T | null> {
  let delay = options.initialDelayMs;
  for (let tries = 1; !options.signal.aborted; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (options.signal.aborted) return null;
      options.onFailure(error, tries, delay);
      await sleep(delay, undefined, { signal: options.signal }).catch(() => undefined);
      delay = Math.min(delay * 2, options.maxDelayMs);
    }
  }
  return null;
}
