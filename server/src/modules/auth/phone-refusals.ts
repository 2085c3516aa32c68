import { AppError } from '../../lib/errors/app-error.js';

/** A refusal that ends by itself: the route sends its seconds in Retry-After. */
export class TryLater extends AppError {
  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, code, `${message}; try again in ${retryAfterSeconds} s`);
  }
}

/** Whole seconds from now until `until`, at least one. */
export const secondsUntil = (until: Date, now: Date): number =>
  Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
