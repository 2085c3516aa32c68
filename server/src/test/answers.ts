import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/** The JSON of an answer that must have the status given (200 unless told), the body shown if not. */
export async function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

/** An answer that must be a refusal with this status and error code. */
export function refusal(res: LightMyRequestResponse, status: number, code: string): void {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(code);
}
