import { randomUUID } from 'node:crypto';

/** Read from the request when usable, and always written on the response. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's x-request-id is kept when it is short and plain, so logs cannot be spoofed with junk. */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && ACCEPTABLE_REQUEST_ID.test(header) ? header : randomUUID();
}
