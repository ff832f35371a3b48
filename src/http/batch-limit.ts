import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '../core/errors';

/**
 * Apollo runs a batched request (a JSON array of operations) without a size cap; this refuses an
 * array longer than `maxBatchSize` before any of its operations is parsed.
 */
export function batchLimit(maxBatchSize: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const body: unknown = req.body;
    if (!Array.isArray(body) || body.length <= maxBatchSize) return next();
    res.status(400).json({
      errors: [
        {
          message: `A batch may hold at most ${maxBatchSize} operations; this one has ${body.length}`,
          extensions: { code: ErrorCode.BATCH_TOO_LARGE, limit: maxBatchSize, actual: body.length },
        },
      ],
    });
  };
}
