/** The outcome of charging a client for one operation. */
export interface RateDecision {
  allowed: boolean;
  /** Points left in the client's bucket after this operation (before it, when refused). */
  remaining: number;
  /** Seconds until the bucket holds enough points again; 0 when allowed. */
  retryAfterSeconds: number;
}

/** A client's bucket as the rate-limit headers and `extensions.cost` report it. */
export interface BucketStatus {
  /** Points a full bucket holds (one minute's worth). */
  limit: number;
  /** Points left now, rounded down. */
  remaining: number;
  /** Seconds until the bucket is full again, rounded up; 0 when it is full. */
  resetSeconds: number;
  /** Points restored per second. */
  restorePerSecond: number;
}

interface Bucket {
  points: number;
  updatedAt: number;
}

/**
 * In-memory token bucket per client, charged in cost points: each client may spend
 * `pointsPerMinute` points per minute, refilled continuously, with at most one minute's worth
 * saved up. Memory stays bounded: past `maxClients` buckets, full ones (clients that have been
 * quiet for a minute) are dropped, then the oldest. State is per process; several server
 * processes each keep their own.
 */
export class CostRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly pointsPerMs: number;

  constructor(
    private readonly pointsPerMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxClients = 100_000,
  ) {
    this.pointsPerMs = pointsPerMinute / 60_000;
  }

  take(client: string, cost: number): RateDecision {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? this.newBucket(client, now);
    bucket.points = Math.min(
      this.pointsPerMinute,
      bucket.points + (now - bucket.updatedAt) * this.pointsPerMs,
    );
    bucket.updatedAt = now;
    if (cost > bucket.points) {
      const retryAfterSeconds = Math.ceil((cost - bucket.points) / this.pointsPerMs / 1000);
      return { allowed: false, remaining: Math.floor(bucket.points), retryAfterSeconds };
    }
    bucket.points -= cost;
    return { allowed: true, remaining: Math.floor(bucket.points), retryAfterSeconds: 0 };
  }

  /**
   * The client's bucket now, refilled to this instant, without charging it or keeping a bucket
   * for a client never charged (whose bucket is full).
   */
  status(client: string): BucketStatus {
    const bucket = this.buckets.get(client);
    const points = bucket
      ? Math.min(this.pointsPerMinute, bucket.points + (this.now() - bucket.updatedAt) * this.pointsPerMs)
      : this.pointsPerMinute;
    return {
      limit: this.pointsPerMinute,
      remaining: Math.floor(points),
      resetSeconds: Math.ceil((this.pointsPerMinute - points) / this.pointsPerMs / 1000),
      restorePerSecond: this.pointsPerMinute / 60,
    };
  }

  private newBucket(client: string, now: number): Bucket {
    if (this.buckets.size >= this.maxClients) this.evict(now);
    const bucket = { points: this.pointsPerMinute, updatedAt: now };
    this.buckets.set(client, bucket);
    return bucket;
  }

  private evict(now: number): void {
    for (const [client, bucket] of this.buckets) {
      if (bucket.points + (now - bucket.updatedAt) * this.pointsPerMs >= this.pointsPerMinute) {
        this.buckets.delete(client);
      }
    }
    for (const client of this.buckets.keys()) {
      if (this.buckets.size < this.maxClients) break;
      this.buckets.delete(client);
    }
  }
}
