import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_CREW, departmentIds, departmentStaff, useTestApp } from '../../test/actors.js';
import { caseAt } from '../../test/cases.js';
import { readStream, type StreamReader } from '../../test/event-streams.js';
import { departmentCalls, newWhistle, reportIn } from '../../test/whistles.js';

const { t, c } = useTestApp([...CASE_CREW, 'street', 'community2']);

interface Board {
  order: { id: string };
  calls: { id: string; departmentId: string | null; arrivedAt: string | null }[];
}

let baseUrl: string;
let dept: Record<string, string> = {};
let market: { id: string; cookie: string };
const opened: StreamReader<Board>[] = [];
async function watch(orderId: string, cookie?: string) {
  const reader = await readStream<Board>(`${baseUrl}/api/whistles/${orderId}/stream`, 'order', cookie);
  opened.push(reader);
  return reader;
}

beforeAll(async () => {
  // Read over a socket as a browser does: inject would wait for the stream's end.
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  dept = await departmentIds(t, c.admin);
  market = await departmentStaff(t, c.admin, 'market-staff', dept.market);
  return () => {
    for (const reader of opened) reader.close();
  };
});

const arrived = (board: Board | null) => board?.calls.filter((x) => x.arrivedAt).length;

describe('GET /api/whistles/:id/stream: the board, live', () => {
  let orderId: string;
  let calls: Board['calls'];

  it('sends the order at once, and again as each department reports in', async () => {
    const kase = await caseAt(t, c, 'in_progress');
    const issued = await newWhistle(t, c.street, {
      title: '义和路井盖缺失联合处置',
      task: '补装井盖',
      lat: 43.88,
      lng: 125.31,
      meetAt: new Date(Date.now() + 3_600_000).toISOString(),
      caseIds: [kase.id],
      calls: departmentCalls(dept, { chengguan: '补装井盖', market: '排查周边商户' }),
    });
    orderId = issued.order.id;
    calls = issued.calls;
    const board = await watch(orderId, c.street);
    expect(board.status).toBe(200);
    expect(arrived(await board.next(5_000))).toBe(0);

    const call = (id: string | undefined) => calls.find((x) => x.departmentId === id)?.id ?? '';
    await reportIn(t, c.department, orderId, call(dept.chengguan));
    let next = await board.next(5_000);
    // Acknowledging and arriving may come as one burst or two; the board ends at one arrival.
    while (next && arrived(next) === 0) next = await board.next(5_000);
    expect(arrived(next)).toBe(1);
    await reportIn(t, market.cookie, orderId, call(dept.market));
    next = await board.next(5_000);
    while (next && arrived(next) === 1) next = await board.next(5_000);
    expect(arrived(next)).toBe(2);
  });

  it('sends nothing when nothing on the order changed', async () => {
    const board = await watch(orderId, c.street);
    expect(await board.next(5_000)).not.toBeNull();
    await caseAt(t, c, 'reported');
    expect(await board.next(1_500)).toBeNull();
  });

  it('refuses an order outside the user’s jurisdiction, an unknown one and the signed out', async () => {
    const other = await watch(orderId, c.community2);
    expect(other.status).toBe(404);
    expect((await watch('00000000-0000-4000-8000-000000000000', c.street)).status).toBe(404);
    expect((await watch('not-a-uuid', c.street)).status).toBe(400);
    expect((await watch(orderId)).status).toBe(401);
  });
});
