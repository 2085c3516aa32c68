import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { CASE_CREW, useTestApp } from '../../test/actors.js';
import { act, newCase, report, takeSteps, usePointIn } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { webhookOutbox } from '../notifications/notifications.tables.js';
import { cases } from './cases.tables.js';

const { t, c } = useTestApp([...CASE_CREW, 'community', 'street']);
const at = usePointIn(t, c, demo.gridOf(demo.yongchangCommunity, 9));

async function inbox(who: string, caseId: string) {
  const res = await t.get('/api/notifications?limit=200', c[who]);
  return res
    .json()
    .items.filter((n: { caseId: string }) => n.caseId === caseId)
    .map((n: { kind: string }) => n.kind);
}

describe('who is told what', () => {
  it('the unit is told it was assigned, the dispatcher that it was returned, the reporter of every status change', async () => {
    const { id } = await newCase(t, c.resident, { categoryCode: 'E0550', description: '通知测试', ...at });
    await takeSteps(t, c, id, [
      ['community', 'register'],
      ['shiftlead', 'file'],
      ['dispatcher', 'dispatch'],
    ]);
    expect(await inbox('department', id)).toContain('assigned');
    await act(t, c.department, id, 'return', { note: '不属于本单位' });
    expect(await inbox('dispatcher', id)).toContain('returned');
    expect(await inbox('resident', id)).toEqual([
      'status_changed',
      'status_changed',
      'status_changed',
      'status_changed',
    ]);
    // The gateway gets the same notices, signed and retried from the outbox.
    const outbox = await t.database.db.select().from(webhookOutbox);
    const kinds = outbox.filter((o) => (o.payload as { caseId: string }).caseId === id).map((o) => o.event);
    expect(kinds).toEqual(expect.arrayContaining(['assigned', 'returned', 'status_changed']));
  });

  it('the step holder is warned when the light turns yellow, once', async () => {
    const { id } = await newCase(t, c.resident, { categoryCode: 'E0450', description: '即将超时', ...at });
    await t.database.db
      .update(cases)
      .set({ stepWarnAt: new Date(Date.now() - 1000), stepDueAt: new Date(Date.now() + 3_600_000) })
      .where(eq(cases.id, id));
    const first = await t.sweep();
    expect(first.dueSoon).toBeGreaterThanOrEqual(1);
    await t.sweep();
    const told = await inbox('dispatcher', id);
    expect(told.filter((k: string) => k === 'due_soon')).toHaveLength(1);
  });
});

describe('lists', () => {
  it('filter by status, category, channel, region, unit, date and text, and page', async () => {
    for (let i = 0; i < 3; i++) {
      await report(t, c.resident, { categoryCode: 'C0118', description: `路灯${i}号不亮`, ...at });
    }
    const get = async (query: string) => (await t.get(`/api/cases?${query}`, c.street)).json();
    const lamps = await get('categoryCode=C0118&pageSize=2');
    expect(lamps.total).toBe(3);
    expect(lamps.items).toHaveLength(2);
    expect((await get('categoryCode=C0118&pageSize=2&page=2')).items).toHaveLength(1);
    expect((await get('categoryCode=C0118&status=reported&channel=resident_app')).total).toBe(3);
    expect((await get('categoryCode=C0118&status=closed')).total).toBe(0);
    expect(
      (await get(`categoryCode=C0118&regionCode=${demo.gridOf(demo.yongchangCommunity, 9)}`)).total,
    ).toBe(3);
    expect(
      (await get(`categoryCode=C0118&regionCode=${demo.gridOf(demo.yongchangCommunity, 8)}`)).total,
    ).toBe(0);
    const routedTo = lamps.items[0];
    const unit = routedTo.unitDepartmentId
      ? `departmentId=${routedTo.unitDepartmentId}`
      : `unitRegionCode=${routedTo.unitRegionCode}`;
    expect((await get(`categoryCode=C0118&${unit}`)).total).toBe(3);
    expect((await get(`categoryCode=C0118&unitRegionCode=${demo.qianjin}`)).total).toBe(0);
    expect((await get(`q=${encodeURIComponent('路灯1号')}`)).total).toBe(1);
    expect((await get('q=%25')).total).toBe(0);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await get(`categoryCode=C0118&from=${today}&to=${today}`)).total).toBe(3);
    expect((await get('categoryCode=C0118&to=2020-01-01')).total).toBe(0);
    const bad = await t.get('/api/cases?status=nonsense', c.street);
    expect(bad.statusCode).toBe(400);
  });
});

describe('the OpenAPI document', () => {
  it('describes the case routes with examples', async () => {
    const spec = (await t.get('/api/openapi.json')).json();
    const intake = spec.paths['/api/cases'].post;
    expect(JSON.stringify(intake.requestBody)).toContain('井盖');
    expect(
      intake.parameters.some(
        (p: { name: string; in: string }) => p.name === 'idempotency-key' && p.in === 'header',
      ),
    ).toBe(true);
    expect(spec.paths['/api/cases/{id}/actions/{action}'].post.requestBody).toBeDefined();
  });
});
