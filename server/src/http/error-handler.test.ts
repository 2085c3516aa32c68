import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { handleError } from './error-handler.js';

async function answerTo(thrown: Error) {
  const app = Fastify({ logger: false });
  app.setErrorHandler(handleError);
  app.get('/x', async () => {
    throw thrown;
  });
  const res = await app.inject({ method: 'GET', url: '/x' });
  await app.close();
  return res;
}

const wrapped = (cause: Error) => new Error('Failed query: select 1', { cause });

describe('a database that went away under a request', () => {
  it('is 503 DATABASE_UNAVAILABLE with Retry-After, however the driver wrapped it: the client retries', async () => {
    for (const lost of [
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      Object.assign(new Error('connection failure'), { code: '08006' }),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
    ]) {
      for (const thrown of [lost, wrapped(lost)]) {
        const res = await answerTo(thrown);
        expect(res.statusCode, thrown.message).toBe(503);
        expect(res.headers['retry-after']).toBe('1');
        expect(res.json().error.code).toBe('DATABASE_UNAVAILABLE');
      }
    }
  });

  it('leaves any other failure a 500 that shows nothing of it', async () => {
    for (const thrown of [
      Object.assign(new Error('division by zero'), { code: '22012' }),
      wrapped(Object.assign(new Error('deadlock detected'), { code: '40P01' })),
      new Error('Connection to the moon failed'),
    ]) {
      const res = await answerTo(thrown);
      expect(res.statusCode, thrown.message).toBe(500);
      expect(res.json().error.code).toBe('INTERNAL');
      expect(res.body).not.toContain(thrown.message);
    }
  });
});
