/**
 * Serializes writes inside one process. TypeORM's SQLite driver has a single connection, so two
 * transactions at once would nest or fail; queuing them here keeps each one whole.
 */
export class WriteLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
