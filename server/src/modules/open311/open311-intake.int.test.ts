import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { STALLS, usePointIn } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { multipartBody } from '../../test/images.js';
import {
  countCases,
  DEMO_KEY,
  expectOpen311Error,
  type Form,
  open311Post,
  requestForm,
  V2,
} from '../../test/open311-helpers.js';
import { cases, idempotencyKeys } from '../cases/cases.tables.js';

const { t, c } = useTestApp(['admin']);
const point = usePointIn(t, c, demo.gridOf(demo.yongchangCommunity, 2));

const stall = (description = '早市摊位占满人行道', extra: Form = []): Form =>
  requestForm(point, [['description', description], ...extra], STALLS);

const caseOf = async (code: string) => {
  const [row] = await t.database.db.select().from(cases).where(eq(cases.code, code));
  return row;
};

describe('POST requests through the same intake as every channel', () => {
  it('takes multipart/form-data, with a multi-value attribute and the deviceid misspelling', async () => {
    const fields = stall(undefined, [
      ['attribute[goods][]', 'produce'],
      ['attribute[goods][]', 'cooked_food'],
      ['attribute[stall_count]', '12'],
      ['deviceid', 'phone-7'],
      ['email', 'reporter@example.com'],
    ]);
    const res = await t.call({
      method: 'POST',
      url: `${V2}/requests.json`,
      ...multipartBody(fields.map(([name, data]) => ({ name, data }))),
    });
    expect(res.statusCode, res.body).toBe(200);
    const [created] = res.json() as { service_request_id: string }[];
    const row = await caseOf(created?.service_request_id ?? '');
    expect(row).toMatchObject({
      channel: 'open311',
      categoryCode: 'E0450',
      // 占道经营 is street-led: the responsibility list sends it to 永昌街道, as it would from any channel.
      routing: 'street_led',
      unitRegionCode: demo.yongchang,
      reporterEmail: 'reporter@example.com',
      attributes: { goods: ['produce', 'cooked_food'], stall_count: 12, _device_id: 'phone-7' },
    });
    expect(row?.dueAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('refuses a file in a multipart body: photos come as media_url', async () => {
    const before = await countCases(t);
    const res = await t.call({
      method: 'POST',
      url: `${V2}/requests.xml`,
      ...multipartBody([
        ...stall().map(([name, data]) => ({ name, data })),
        { name: 'media', filename: 'a.jpg', contentType: 'image/jpeg', data: Buffer.from('not really') },
      ]),
    });
    expect(expectOpen311Error(res, 400)).toMatch(/media_url/);
    expect(await countCases(t)).toBe(before);
  });

  it('answers an identical retry with the same request and token, creating one case', async () => {
    const form = stall('重试测试：同一份提交');
    const before = await countCases(t);
    const first = (await open311Post(t, 'requests.json', form)).json();
    const reordered = [...form].reverse();
    const second = (await open311Post(t, 'requests.json', reordered)).json();
    expect(second[0].service_request_id).toBe(first[0].service_request_id);
    expect(second[0].token).toBe(first[0].token);
    expect(second[0].service_notice).toMatch(/首次提交/);
    expect(await countCases(t)).toBe(before + 1);
  });

  it('takes an Idempotency-Key header instead, and refuses the key for a different report', async () => {
    const headers = { 'idempotency-key': 'client-retry-0001' };
    const before = await countCases(t);
    const a = await open311Post(t, 'requests.json', stall('第一份'), headers);
    const b = await open311Post(t, 'requests.json', stall('第一份'), headers);
    expect(b.json()[0].service_request_id).toBe(a.json()[0].service_request_id);
    const c = await open311Post(t, 'requests.json', stall('另一份'), headers);
    expect(expectOpen311Error(c, 400)).toMatch(/Idempotency-Key was used for a different submission/);
    // Without the header two reports that differ are two cases.
    await open311Post(t, 'requests.json', stall('第二份'));
    expect(await countCases(t)).toBe(before + 2);
    const bad = await open311Post(t, 'requests.json', stall(), { 'idempotency-key': 'short' });
    expectOpen311Error(bad, 400);
  });

  it('says when open cases of the same service are already near, as the report page does', async () => {
    const res = await open311Post(t, 'requests.json', stall('又一个摊位'));
    const [created] = res.json() as { service_notice: string }[];
    expect(created?.service_notice).toMatch(/附近已有\d+件同类问题尚未办结（220104004-/);
  });

  it('refuses JSON and other bodies with the standard error', async () => {
    for (const [type, payload] of [
      ['application/json', JSON.stringify({ api_key: DEMO_KEY, service_code: 'E0450' })],
      ['text/plain', 'hello'],
      ['application/xml', '<request/>'],
    ] as const) {
      const res = await t.call({
        method: 'POST',
        url: `${V2}/requests.json`,
        payload,
        headers: { 'content-type': type },
      });
      expect(expectOpen311Error(res, 400, type)).toMatch(/x-www-form-urlencoded/);
    }
  });

  it('takes the api_key from the query string too, and a form that names its charset', async () => {
    const res = await t.call({
      method: 'POST',
      url: `${V2}/requests.json?api_key=${DEMO_KEY}`,
      payload: new URLSearchParams(stall('查询串里的密钥').slice(1)).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});

/** Moves back the moment a request's idempotency key was claimed, as if it had been that long ago. */
async function claimedAgo(code: string, minutes: number): Promise<void> {
  const row = await caseOf(code);
  if (!row) throw new Error(`no case ${code}`);
  const moved = await t.database.db
    .update(idempotencyKeys)
    .set({ createdAt: sql`now() - ${`${minutes} minutes`}::interval` })
    .where(eq(idempotencyKeys.caseId, row.id))
    .returning({ key: idempotencyKeys.key });
  expect(moved).toHaveLength(1);
}

async function idOf(res: LightMyRequestResponse) {
  expect(res.statusCode, res.body).toBe(200);
  const [created] = res.json() as { service_request_id: string; service_notice: string }[];
  if (!created) throw new Error(`no request in ${res.body}`);
  return created;
}

const setRetryWindow = async (value: unknown) =>
  t.put('/api/settings/open311RetryWindowMinutes', await t.login('admin'), { value });

describe('how long a POST replays', () => {
  it('takes the same body again as a retry within the 10-minute window, and as a new request after it', async () => {
    const form = stall('同一地址同样的话：窗口测试');
    const before = await countCases(t);
    const first = await idOf(await open311Post(t, 'requests.json', form));
    await claimedAgo(first.service_request_id, 9);
    const retried = await idOf(await open311Post(t, 'requests.json', form));
    expect(retried.service_request_id).toBe(first.service_request_id);
    expect(retried.service_notice).toMatch(/首次提交/);

    // Days later the same words at the same place are a second complaint, not a retry.
    await claimedAgo(first.service_request_id, 3 * 24 * 60);
    const later = await idOf(await open311Post(t, 'requests.json', form));
    expect(later.service_request_id).not.toBe(first.service_request_id);
    expect(later.service_notice).not.toMatch(/首次提交/);
    expect(await countCases(t)).toBe(before + 2);
    // …and that second request is the one a retry of it now returns.
    const again = await idOf(await open311Post(t, 'requests.json', form));
    expect(again.service_request_id).toBe(later.service_request_id);
    expect(await countCases(t)).toBe(before + 2);
  });

  it('follows the open311RetryWindowMinutes setting (1 to 1440 minutes)', async () => {
    for (const bad of [0, 1441, 2.5, '10']) expect((await setRetryWindow(bad)).statusCode).toBe(400);
    expect((await setRetryWindow(30)).statusCode).toBe(200);
    try {
      const form = stall('同一地址同样的话：设置测试');
      const first = await idOf(await open311Post(t, 'requests.json', form));
      await claimedAgo(first.service_request_id, 20);
      const retried = await idOf(await open311Post(t, 'requests.json', form));
      expect(retried.service_request_id).toBe(first.service_request_id);
      await claimedAgo(first.service_request_id, 31);
      const later = await idOf(await open311Post(t, 'requests.json', form));
      expect(later.service_request_id).not.toBe(first.service_request_id);
    } finally {
      expect((await setRetryWindow(10)).statusCode).toBe(200);
    }
  });

  it('keeps an Idempotency-Key for 24 hours; after that the key makes a new request', async () => {
    const headers = { 'idempotency-key': 'client-daily-key-0001' };
    const before = await countCases(t);
    const first = await idOf(await open311Post(t, 'requests.json', stall('钥匙一天内有效'), headers));
    // An explicit key outlives the body window: a client retrying the next morning gets its request.
    await claimedAgo(first.service_request_id, 23 * 60);
    const retried = await idOf(await open311Post(t, 'requests.json', stall('钥匙一天内有效'), headers));
    expect(retried.service_request_id).toBe(first.service_request_id);

    await claimedAgo(first.service_request_id, 25 * 60);
    // Past a day the key is free again: a different report under it is taken, not refused as a reuse.
    const other = await idOf(
      await open311Post(t, 'requests.json', stall('一天后同一把钥匙的新报告'), headers),
    );
    expect(other.service_request_id).not.toBe(first.service_request_id);
    expect(await countCases(t)).toBe(before + 2);
  });
});
