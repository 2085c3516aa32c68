/**
 * A refusal the API means to give: it carries the HTTP status and a stable, machine-readable code.
 * Anything else that escapes a route is a bug and is reported as a 500 without its details.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (code: string, message: string) => new AppError(404, code, message);
export const forbidden = (code: string, message: string) => new AppError(403, code, message);
export const badRequest = (code: string, message: string) => new AppError(400, code, message);
export const conflict = (code: string, message: string) => new AppError(409, code, message);
