import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_CREW, cookieOf, useTestApp } from '../../test/actors.js';
import { act, grid001, MANHOLE, newCase, pointIn } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { type CountsReader, readCounts } from '../../test/event-streams.js';
import { expectOk as ok } from '../../test/test-app.js';

const { t, c } = useTestApp([...CASE_CREW, 'community2']);

let baseUrl: string;
const opened: CountsReader[] = [];
async function open(cookie?: string) {
  const reader = await readCounts(baseUrl, cookie);
  opened.push(reader);
  return reader;
}

const countOf = (counts: { queues: { key: string; count: number }[] } | null, key: string) =>
  counts?.queues.find((q) => q.key === key)?.count;

beforeAll(async () => {
  // The stream is read as a browser does, over a socket: inject would wait for its end.
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  return () => {
    for (const reader of opened) reader.close();
  };
});

async function report(gridCode: string) {
  const at = await pointIn(t, c.admin, gridCode);
  return (await newCase(t, c.resident, { categoryCode: MANHOLE, description: '井盖丢了', ...at })).id;
}

describe('GET /api/workbench/stream: the counts, live', () => {
  it('sends the counts at once, and again when a step on a case changes them', async () => {
    const id = await report(grid001);
    const grid = await open(c.grid);
    expect(grid.status).toBe(200);
    const first = await grid.next(5_000);
    const before = countOf(first, 'to_accept') ?? -1;
    expect(before).toBeGreaterThanOrEqual(1);
    const dispatcher = await open(c.dispatcher);
    const dispatcherFirst = await dispatcher.next(5_000);

    await ok(await act(t, c.grid, id, 'verify', { note: '属实' }), 'verify');
    const after = await grid.next(5_000);
    expect(countOf(after, 'to_accept')).toBe(before - 1);
    // The dispatcher registers verified reports too: still in its 待受理, unchanged, nothing sent.
    expect(countOf(dispatcherFirst, 'to_accept')).toBeGreaterThanOrEqual(1);
    expect(await dispatcher.next(1_000)).toBeNull();

    await ok(await act(t, c.dispatcher, id, 'register'), 'register');
    expect(countOf(await dispatcher.next(5_000), 'to_accept')).toBe(
      (countOf(dispatcherFirst, 'to_accept') ?? 0) - 1,
    );
  });

  it('sends nothing to another jurisdiction, and counts a new report where it lands', async () => {
    const qianjin = await open(cookieOf(c, 'community2'));
    const start = countOf(await qianjin.next(5_000), 'to_accept') ?? -1;
    await report(grid001);
    expect(await qianjin.next(1_500)).toBeNull();
    await report(demo.gridOf(demo.qianjinCommunity));
    expect(countOf(await qianjin.next(5_000), 'to_accept')).toBe(start + 1);
  });

  it('refuses the signed out, and ends once the session does', async () => {
    expect((await open()).status).toBe(401);
    const session = await t.login('grid');
    const reader = await open(session);
    expect(await reader.next(5_000)).not.toBeNull();
    expect((await t.post('/api/auth/logout', session)).statusCode).toBe(204);
    await report(grid001);
    // Signed out: the change is not sent; the stream is closed.
    expect(await reader.next(1_500)).toBeNull();
    expect(reader.ended()).toBe(true);
  });
});
