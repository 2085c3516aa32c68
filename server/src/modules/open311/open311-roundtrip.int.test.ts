import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { act, ownPhoto, takeSteps, uploadPhoto, usePointIn } from '../../test/cases.js';
import { open311Get, open311Post, pushUpdate, requestForm, updateForm } from '../../test/open311-helpers.js';
import { childOf, elementsOf, parseXml, recordOf, textOf } from '../../test/xml-parser.js';
import { cases } from '../cases/cases.tables.js';

const { t, c } = useTestApp(['admin', 'grid', 'dispatcher', 'shiftlead', 'department']);
const point = usePointIn(t, c);

const DESCRIPTION = '义和社区东门外人行道井盖丢失，已有老人差点踩空，请尽快处理！';
// Staff notes are internal: the public reads Needle's own short notes instead.
const STAFF_NOTES = ['现场核实属实，网格员张三在场', '已补装井盖，施工队长王五 13700001111'];

/** One XML request record of the client's view of its request. */
async function clientView(code: string) {
  const res = await open311Get(t, `requests/${code}.xml`);
  expect(res.statusCode, res.body).toBe(200);
  const [request] = elementsOf(parseXml(res.body), 'request').map(recordOf);
  return { request: request as Record<string, string>, body: res.body };
}

async function clientUpdates(code: string) {
  const res = await open311Get(t, 'servicerequestupdates.xml', { service_request_id: code });
  expect(res.statusCode, res.body).toBe(200);
  return { updates: elementsOf(parseXml(res.body), 'request_update').map(recordOf), body: res.body };
}

describe('the Open311 round trip', () => {
  let code = '';
  let caseId = '';

  it('a client POSTs in XML mode with Chinese text, polls its token and reads the request back', async () => {
    const posted = await open311Post(
      t,
      'requests.xml',
      requestForm(point, [
        ['attribute[cover_type]', 'storm'],
        ['description', DESCRIPTION],
        ['first_name', '伟'],
        ['last_name', '张'],
        ['phone', '13800138000'],
      ]),
    );
    expect(posted.statusCode, posted.body).toBe(200);
    expect(posted.headers['content-type']).toBe('text/xml; charset=utf-8');
    const token = textOf(childOf(childOf(parseXml(posted.body), 'request'), 'token'));

    const polled = parseXml((await open311Get(t, `tokens/${token}.xml`)).body);
    code = textOf(childOf(childOf(polled, 'request'), 'service_request_id'));
    expect(code).toMatch(/^220104004-\d{8}-\d{4}$/);

    const { request, body } = await clientView(code);
    expect(request).toMatchObject({ status: 'open', description: DESCRIPTION, service_name: '井盖缺失' });
    expect(Buffer.from(body, 'utf8').toString('utf8')).toContain(DESCRIPTION);
    expect(body).not.toContain('张伟');
    expect(body).not.toContain('13800138000');

    const [row] = await t.database.db.select().from(cases).where(eq(cases.code, code));
    caseId = row?.id ?? '';
    // Stored for the staff who call back, as any channel's reporter details are.
    expect(row).toMatchObject({ channel: 'open311', status: 'reported', reporterName: '张伟' });
    expect(row?.reporterPhone).toBe('13800138000');
    expect(row?.attributes).toEqual({ cover_type: 'storm' });
    const staff = (await t.get(`/api/cases/${caseId}`, c.dispatcher)).json();
    expect(staff.case).toMatchObject({ code, reporterName: '张伟', reporterPhone: '138****8000' });
  });

  it('a staff member verifies it through the staff API, and the client sees it in both places', async () => {
    const res = await act(t, c.grid, caseId, 'verify', { note: STAFF_NOTES[0] });
    expect(res.statusCode, res.body).toBe(200);
    const { request, body } = await clientView(code);
    expect(request).toMatchObject({ status: 'open', status_notes: '网格员已现场核实' });
    const { updates, body: updatesBody } = await clientUpdates(code);
    expect(updates).toEqual([
      expect.objectContaining({
        service_request_id: code,
        status: 'INVESTIGATING',
        description: '网格员已现场核实',
      }),
    ]);
    for (const text of [body, updatesBody]) expect(text).not.toContain(STAFF_NOTES[0]);
  });

  it('staff take it to closure; the client sees it closed, and every step as an update', async () => {
    const photo = await uploadPhoto(t, c.department);
    await takeSteps(t, c, caseId, [
      ['dispatcher', 'register'],
      ['shiftlead', 'file'],
      ['dispatcher', 'dispatch'],
      ['department', 'accept'],
      ['department', 'feedback', { note: STAFF_NOTES[1], photoIds: [photo] }],
      ['grid', 'check_pass', await ownPhoto(t, c.grid)],
      ['shiftlead', 'close'],
    ]);
    const { request, body } = await clientView(code);
    expect(request).toMatchObject({
      status: 'closed',
      status_notes: '已结案',
      agency_responsible: '朝阳区城市管理局',
    });
    const { updates, body: updatesBody } = await clientUpdates(code);
    expect(updates.map((u) => u.status)).toEqual([
      'INVESTIGATING', // verify
      'INVESTIGATING', // register
      'ACTION_SCHEDULED', // file
      'ACTION_SCHEDULED', // dispatch
      'IN_PROGRESS', // accept
      'FIXED', // feedback
      'FIXED', // check_pass
      'CLOSED', // close
    ]);
    expect(new Set(updates.map((u) => u.update_id)).size).toBe(updates.length);
    for (const text of [body, updatesBody]) for (const note of STAFF_NOTES) expect(text).not.toContain(note);
  });

  it('the client pushes REOPEN: Needle reopens its own request and says so', async () => {
    const res = await pushUpdate(t, 'xml', updateForm(code, 'REOPEN', [['description', '井盖又被偷了']]));
    expect(res.statusCode, res.body).toBe(200);
    const [answer] = elementsOf(parseXml(res.body), 'request_update').map(recordOf);
    expect(answer).toMatchObject({
      status: 'REOPEN',
      applied: 'true',
      service_notice: 'Applied as the lifecycle step reopen',
    });
    const { request } = await clientView(code);
    expect(request).toMatchObject({ status: 'open', status_notes: '井盖又被偷了' });
    const { updates } = await clientUpdates(code);
    expect(updates.slice(-2)).toEqual([
      expect.objectContaining({ status: 'REOPEN', description: '已重新开启处理' }),
      expect.objectContaining({
        status: 'REOPEN',
        description: '井盖又被偷了',
        update_id: answer?.update_id,
      }),
    ]);
    const staff = (await t.get(`/api/cases/${caseId}`, c.dispatcher)).json();
    expect(staff.case).toMatchObject({ status: 'filed', reopenCount: 1 });
    expect(staff.timeline.map((e: { action: string }) => e.action).slice(-2)).toEqual([
      'reopen',
      'external_update',
    ]);
  });

  it('a status the client may not bring about is recorded on the timeline and leaves the case as it is', async () => {
    const res = await pushUpdate(t, 'json', updateForm(code, 'FIXED', [['description', '承包商报告已修复']]));
    expect(res.statusCode, res.body).toBe(200);
    const [answer] = res.json() as { applied: boolean; service_notice: string }[];
    expect(answer?.applied).toBe(false);
    expect(answer?.service_notice).toMatch(
      /^Recorded; the request stays filed: a request that is filed does not take feedback or close$/,
    );
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(row?.status).toBe('filed');
  });
});
