import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { uploadPhoto } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { households } from '../voters/voters.tables.js';
import { deliberations, deliberationVotes, voteBallots } from './deliberations.tables.js';

const { t, c } = useTestApp(['admin', 'street', 'community', 'community2', 'resident', 'grid']);
const PASSWORD = 'Resident@2026';

const ok = async (res: LightMyRequestResponse, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};
const refusal = (res: LightMyRequestResponse, status: number, code: string) => {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(code);
};

interface Voter {
  id: string;
  name: string;
  username: string;
  phone: string;
  cookie: string;
}

let seq = 0;
/** A resident signed up, verified by the grid worker against a household of the community, signed in. */
async function verifiedVoter(place: string): Promise<Voter> {
  seq += 1;
  const username = `voter-${seq}`;
  const name = `表决人${String.fromCharCode(0x4e00 + seq)}${seq}号`;
  const phone = `+86137000003${String(seq).padStart(2, '0')}`;
  const created = await ok(
    await t.post('/api/users', c.admin, {
      username,
      displayName: name,
      password: PASSWORD,
      phone,
      roles: ['resident'],
      regionCode: demo.district,
    }),
    201,
  );
  const household = await ok(await t.post('/api/households', c.community, { placeLabel: place }), 201);
  await ok(await t.post(`/api/households/${household.id}/residents`, c.grid, { phone }), 201);
  return { id: created.id, name, username, phone, cookie: await t.login(username, PASSWORD) };
}

const propose = async (body: Record<string, unknown> = {}) =>
  (
    await ok(
      await t.post('/api/deliberations', c.community, {
        title: '3号楼加装电梯',
        proposal: '经入户走访，3号楼老人多，党委提议加装电梯，费用按楼层分摊',
        ...body,
      }),
      201,
    )
  ).deliberation.id as string;
const discuss = async (id: string) =>
  ok(
    await t.post(`/api/deliberations/${id}/discussion`, c.community, { minutes: '两委联席会议同意提交审议' }),
  );
const openVote = async (id: string, voters: Voter[], rules: Record<string, unknown> = {}) =>
  ok(
    await t.post(`/api/deliberations/${id}/vote`, c.community, {
      electorate: voters.map((v, i) => ({
        userId: v.id,
        capacity: i % 2 ? 'resident_representative' : 'party_member',
      })),
      ...rules,
    }),
    201,
  );
/** Every receipt answered in this file: none may ever show up in another answer. */
const plainReceipts: string[] = [];
const cast = async (voteId: string, voter: Voter, choice: string) => {
  const res = await t.post(`/api/votes/${voteId}/ballots`, voter.cookie, { choice });
  if (res.statusCode === 201) plainReceipts.push(res.json().receipt);
  return res;
};

let voters: Voter[];
let outsider: Voter;

beforeAll(async () => {
  voters = [];
  for (let i = 0; i < 5; i++) voters.push(await verifiedVoter(`7号楼1单元${i + 1}01`));
  outsider = await verifiedVoter('8号楼1单元101');
});

describe('四步议事: a proposal from a need is discussed, voted with a quorum, published and objected to', () => {
  let id: string;
  let voteId: string;
  const receipts: { voter: Voter; receipt: string; choice: string }[] = [];

  it('step 1: the party organisation proposes, from a need of the community', async () => {
    const need = (
      await ok(
        await t.post('/api/community-needs', c.community, {
          source: 'deliberation',
          description: '3号楼老人上下楼难',
          households: 18,
        }),
        201,
      )
    ).need;
    const otherNeed = (
      await ok(
        await t.post('/api/community-needs', c.community2, {
          source: 'door_to_door',
          description: '别的社区的需求',
          households: 3,
        }),
        201,
      )
    ).need;
    refusal(
      await t.post('/api/deliberations', c.community, { title: 'x', proposal: 'y', needId: otherNeed.id }),
      404,
      'NEED_NOT_FOUND',
    );
    id = await propose({ needId: need.id });
    const detail = await ok(await t.get(`/api/deliberations/${id}`, c.community));
    expect(detail.deliberation).toMatchObject({
      regionCode: demo.yongchangCommunity,
      needId: need.id,
      state: 'proposed',
      publishDays: 7,
    });
    // Another community's staff do not find it; a resident cannot run one.
    refusal(await t.get(`/api/deliberations/${id}`, c.community2), 404, 'DELIBERATION_NOT_FOUND');
    refusal(
      await t.post(`/api/deliberations/${id}/discussion`, c.community2, { minutes: 'x' }),
      404,
      'DELIBERATION_NOT_FOUND',
    );
    refusal(await t.get('/api/deliberations', c.resident), 403, 'DELIBERATIONS_STAFF_ONLY');
    const theirs = await ok(await t.get('/api/deliberations', c.community2));
    expect(theirs.items.map((d: { id: string }) => d.id)).not.toContain(id);
    // Steps are not skipped.
    refusal(
      await t.post(`/api/deliberations/${id}/vote`, c.community, {
        electorate: [{ userId: voters[0]?.id, capacity: 'party_member' }],
      }),
      409,
      'DELIBERATION_STATE_CONFLICT',
    );
  });

  it('step 2: the two committees discuss it, with minutes and a meeting with photos', async () => {
    const photo = await uploadPhoto(t, c.community);
    refusal(
      await t.post(`/api/deliberations/${id}/meetings`, c.community, {
        step: 2,
        heldAt: new Date().toISOString(),
        place: '社区会议室',
        attendees: 9,
      }),
      409,
      'MEETING_STEP_NOT_REACHED',
    );
    const discussed = await discuss(id);
    expect(discussed.deliberation).toMatchObject({ state: 'discussed', minutes: '两委联席会议同意提交审议' });
    const withMeeting = await ok(
      await t.post(`/api/deliberations/${id}/meetings`, c.community, {
        step: 2,
        heldAt: new Date().toISOString(),
        place: '社区会议室',
        attendees: 9,
        attendeeRoles: '社区党委委员、居委会委员',
        photoIds: [photo],
      }),
      201,
    );
    expect(withMeeting.meetings).toEqual([
      expect.objectContaining({ step: 2, place: '社区会议室', attendees: 9, photoIds: [photo] }),
    ]);
    // Someone else's photo cannot be attached.
    const theirPhoto = await uploadPhoto(t, c.street);
    refusal(
      await t.post(`/api/deliberations/${id}/meetings`, c.community, {
        step: 2,
        heldAt: new Date().toISOString(),
        place: '社区会议室',
        attendees: 9,
        photoIds: [theirPhoto],
      }),
      404,
      'PHOTO_NOT_FOUND',
    );
  });

  it('step 3: the vote opens for verified party members and representatives only', async () => {
    const unverified = await ok(
      await t.post('/api/users', c.admin, {
        username: 'not-verified',
        displayName: '未核实居民',
        password: PASSWORD,
        roles: ['resident'],
        regionCode: demo.district,
      }),
      201,
    );
    refusal(
      await t.post(`/api/deliberations/${id}/vote`, c.community, {
        electorate: [{ userId: unverified.id, capacity: 'party_member' }],
      }),
      400,
      'ELECTOR_NOT_VERIFIED',
    );
    refusal(
      await t.post(`/api/deliberations/${id}/vote`, c.community, {
        electorate: [
          { userId: voters[0]?.id, capacity: 'party_member' },
          { userId: voters[0]?.id, capacity: 'resident_representative' },
        ],
      }),
      400,
      'ELECTOR_TWICE',
    );
    const opened = await openVote(id, voters);
    expect(opened.deliberation.state).toBe('voting');
    expect(opened.vote).toMatchObject({
      state: 'open',
      quorumPercent: 50,
      majorityPercent: 50,
      electorateSize: 5,
      votedCount: 0,
      tally: null,
    });
    voteId = opened.vote.id;
    const mine = await ok(await t.get('/api/my/votes', voters[0]?.cookie));
    expect(mine.items).toEqual([
      expect.objectContaining({
        voteId,
        deliberationId: id,
        state: 'open',
        hasVoted: false,
        capacity: 'party_member',
      }),
    ]);
  });

  it('takes one ballot per voter, answers a receipt, refuses a second and anyone off the electorate', async () => {
    const [a, b, cc, d] = voters as [Voter, Voter, Voter, Voter];
    for (const [voter, choice] of [
      [a, 'for'],
      [b, 'for'],
      [cc, 'against'],
      [d, 'for'],
    ] as const) {
      const answer = await ok(await cast(voteId, voter, choice), 201);
      expect(answer.receipt).toMatch(/^[A-Za-z0-9_-]{32}$/);
      receipts.push({ voter, receipt: answer.receipt, choice });
    }
    refusal(await cast(voteId, a, 'against'), 409, 'ALREADY_VOTED');
    refusal(await cast(voteId, outsider, 'for'), 404, 'VOTE_NOT_FOUND');
    refusal(await cast(voteId, { ...a, cookie: c.community as string }, 'for'), 404, 'VOTE_NOT_FOUND');
    // Turnout is the staff's to see: who has voted, not how.
    const detail = await ok(await t.get(`/api/deliberations/${id}`, c.community));
    expect(detail.vote.votedCount).toBe(4);
    expect(
      detail.vote.electorate
        .filter((e: { hasVoted: boolean }) => !e.hasVoted)
        .map((e: { userId: string }) => e.userId),
    ).toEqual([voters[4]?.id]);
    expect(detail.timeline.map((e: { action: string }) => e.action)).not.toContain('cast');
    // Taking part earns the voter participation points.
    const points = await ok(await t.get('/api/points', a.cookie));
    expect(points.balance).toBeGreaterThan(0);
    // Before the close nothing of the count is published.
    const open = await ok(await t.get(`/api/public/votes/${voteId}`));
    expect(open).toMatchObject({ state: 'open', votedCount: 4, electorateSize: 5, tally: null, ballots: [] });
  });

  it('closes finally: the count is published with every receipt, and each voter finds theirs', async () => {
    refusal(await t.post(`/api/deliberations/${id}/vote/close`, c.community2), 404, 'DELIBERATION_NOT_FOUND');
    const closed = await ok(await t.post(`/api/deliberations/${id}/vote/close`, c.community));
    expect(closed.deliberation.state).toBe('voted');
    expect(closed.vote).toMatchObject({
      state: 'closed',
      tally: { for: 3, against: 1, abstain: 0 },
      quorumReached: true,
      passed: true,
    });
    refusal(await cast(voteId, voters[4] as Voter, 'against'), 409, 'VOTE_CLOSED');
    refusal(
      await t.post(`/api/deliberations/${id}/vote/close`, c.community),
      409,
      'DELIBERATION_STATE_CONFLICT',
    );
    refusal(
      await t.post(`/api/deliberations/${id}/vote`, c.community, {
        electorate: [{ userId: voters[4]?.id, capacity: 'party_member' }],
      }),
      409,
      'DELIBERATION_STATE_CONFLICT',
    );

    const result = await ok(await t.get(`/api/public/votes/${voteId}`));
    expect(result).toMatchObject({ state: 'closed', votedCount: 4, passed: true });
    // Anyone recounts from the published ballots.
    const recount = { for: 0, against: 0, abstain: 0 } as Record<string, number>;
    for (const b of result.ballots) recount[b.choice] = (recount[b.choice] ?? 0) + 1;
    expect(recount).toEqual(result.tally);
    for (const { receipt, choice } of receipts) {
      expect(await ok(await t.post('/api/public/vote-receipts', undefined, { receipt }))).toEqual({
        counted: true,
        voteId,
        choice,
      });
    }
    expect(
      await ok(
        await t.post('/api/public/vote-receipts', undefined, { receipt: 'not-a-receipt-of-anyone-here' }),
      ),
    ).toEqual({ counted: false, voteId: null, choice: null });
    // The published list names no voter.
    const body = JSON.stringify(result);
    for (const v of voters) {
      expect(body).not.toContain(v.id);
      expect(body).not.toContain(v.name);
    }
  });

  it('step 4: the resolution is on the board for its days; verified residents object, then it closes', async () => {
    const published = await ok(
      await t.post(`/api/deliberations/${id}/publication`, c.community, {
        resolution: '同意3号楼加装电梯，费用按楼层分摊',
        publishDays: 5,
      }),
    );
    const { publishedAt, publishedUntil } = published.deliberation;
    expect(published.deliberation).toMatchObject({ state: 'published', publishDays: 5 });
    expect(Date.parse(publishedUntil) - Date.parse(publishedAt)).toBe(5 * 86_400_000);

    const objection = await ok(
      await t.post(`/api/deliberations/${id}/objections`, voters[4]?.cookie, { text: '一楼住户采光受影响' }),
      201,
    );
    expect(objection).toMatchObject({ objection: { text: '一楼住户采光受影响' }, replayed: false });
    // A phone's retry with its Idempotency-Key is the same objection, not a second one.
    const object = (key: string, text: string) =>
      t.call({
        method: 'POST',
        url: `/api/deliberations/${id}/objections`,
        cookie: voters[3]?.cookie,
        headers: { 'idempotency-key': key },
        payload: { text },
      });
    const key = randomUUID();
    const first = await ok(await object(key, '施工期间噪音'), 201);
    expect(await ok(await object(key, '施工期间噪音'))).toEqual({ ...first, replayed: true });
    refusal(await object(key, '别的意见'), 422, 'IDEMPOTENCY_KEY_REUSED');
    // A resident of no household here does not find it.
    refusal(
      await t.post(`/api/deliberations/${id}/objections`, c.resident, { text: '反对' }),
      404,
      'DELIBERATION_NOT_FOUND',
    );
    refusal(await t.post(`/api/deliberations/${id}/close`, c.community), 409, 'PUBLICATION_NOT_OVER');

    const board = await ok(await t.get(`/api/public/communities/${demo.yongchangCommunity}/deliberations`));
    expect(board.items).toEqual([
      expect.objectContaining({
        deliberationId: id,
        resolution: '同意3号楼加装电梯，费用按楼层分摊',
        state: 'published',
        voteId,
        objections: 2,
      }),
    ]);
    const boardText = JSON.stringify(board);
    for (const v of voters) {
      expect(boardText).not.toContain(v.id);
      expect(boardText).not.toContain(v.name);
    }

    // The board's days pass.
    await t.database.db
      .update(deliberations)
      .set({ publishedUntil: new Date(Date.now() - 1000) })
      .where(eq(deliberations.id, id));
    refusal(
      await t.post(`/api/deliberations/${id}/objections`, voters[0]?.cookie, { text: '晚了' }),
      409,
      'OBJECTIONS_CLOSED',
    );
    const closed = await ok(await t.post(`/api/deliberations/${id}/close`, c.community));
    expect(closed.deliberation.state).toBe('closed');
    expect(closed.objections).toEqual([
      expect.objectContaining({ text: '一楼住户采光受影响', name: expect.stringMatching(/^表\*+$/) }),
      expect.objectContaining({ text: '施工期间噪音' }),
    ]);
    expect(closed.timeline.map((e: { action: string }) => e.action)).toEqual([
      'propose',
      'discuss',
      'meeting',
      'open_vote',
      'close_vote',
      'publish',
      'object',
      'object',
      'close',
    ]);
    const audit = await ok(await t.get(`/api/audit?entity=deliberation&entityId=${id}`, c.admin));
    expect(audit.items).toHaveLength(9);
  });
});

describe('quorum', () => {
  it('without a quorum the vote fails and the resolution is not passed, whatever the ballots say', async () => {
    // Rule: quorum is met when ballots × 100 ≥ quorumPercent × electorate; 2 of 5 is under 60 %.
    const id = await propose({ title: '小区停车收费调整' });
    await discuss(id);
    const opened = await openVote(id, voters, { quorumPercent: 60, majorityPercent: 50 });
    const voteId = opened.vote.id;
    await ok(await cast(voteId, voters[0] as Voter, 'for'), 201);
    await ok(await cast(voteId, voters[1] as Voter, 'for'), 201);
    const closed = await ok(await t.post(`/api/deliberations/${id}/vote/close`, c.community));
    expect(closed.deliberation.state).toBe('rejected');
    expect(closed.vote).toMatchObject({
      tally: { for: 2, against: 0, abstain: 0 },
      quorumReached: false,
      passed: false,
    });
    refusal(
      await t.post(`/api/deliberations/${id}/publication`, c.community, { resolution: '通过' }),
      409,
      'DELIBERATION_STATE_CONFLICT',
    );
  });
});

describe('one identity, one vote', () => {
  it('refuses the second of two ballots sent at once', async () => {
    const id = await propose({ title: '垃圾分类投放点迁移' });
    await discuss(id);
    const voteId = (await openVote(id, voters)).vote.id;
    const voter = voters[2] as Voter;
    const answers = await Promise.all([cast(voteId, voter, 'for'), cast(voteId, voter, 'against')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.statusCode === 409)?.json().error.code).toBe('ALREADY_VOTED');
    const ballots = await t.database.db.select().from(voteBallots).where(eq(voteBallots.voteId, voteId));
    expect(ballots).toHaveLength(1);
  });
});

describe('a phone retrying its ballot', () => {
  it('is answered the same receipt for the same Idempotency-Key, and refused with another', async () => {
    const [vote] = await t.database.db
      .select({ id: deliberationVotes.id })
      .from(deliberationVotes)
      .where(eq(deliberationVotes.state, 'open'));
    const voteId = vote?.id ?? '';
    const voter = voters[3] as Voter;
    const key = randomUUID();
    const send = (k: string) =>
      t.call({
        method: 'POST',
        url: `/api/votes/${voteId}/ballots`,
        cookie: voter.cookie,
        headers: { 'idempotency-key': k },
        payload: { choice: 'abstain' },
      });
    // Sent twice at once, as a phone on a weak signal does: one ballot, one receipt, answered twice.
    const [first, second] = await Promise.all([send(key), send(key)]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 201]);
    const receipt = first.json().receipt;
    plainReceipts.push(receipt);
    expect(second.json()).toMatchObject({ voteId, receipt });
    const again = await ok(await send(key));
    expect(again).toEqual({ voteId, receipt, replayed: true });
    refusal(await send(randomUUID()), 409, 'ALREADY_VOTED');
    refusal(await cast(voteId, voter, 'for'), 409, 'ALREADY_VOTED');
    expect(await ok(await t.post('/api/public/vote-receipts', undefined, { receipt }))).toEqual({
      counted: true,
      voteId,
      choice: 'abstain',
    });
    const ballots = await t.database.db.select().from(voteBallots).where(eq(voteBallots.voteId, voteId));
    expect(ballots).toHaveLength(2);
  });
});

describe('vote integrity in the database', () => {
  const refused = async (statement: string, reason: RegExp) => {
    let error: unknown;
    try {
      await t.database.db.execute(sql.raw(statement));
    } catch (e) {
      error = e;
    }
    expect(error, statement).toBeDefined();
    const text = `${String(error)} ${String((error as { cause?: unknown }).cause ?? '')}`;
    expect(text).toMatch(reason);
  };

  it('refuses to change or remove a cast ballot or who voted, and to touch a closed vote', async () => {
    const [ballot] = await t.database.db.select().from(voteBallots).limit(1);
    expect(ballot).toBeDefined();
    await refused(`update vote_ballots set choice = 'against' where id = '${ballot?.id}'`, /append-only/);
    await refused(`delete from vote_ballots where id = '${ballot?.id}'`, /append-only/);
    await refused('truncate vote_ballots', /append-only/);
    await refused(`update vote_voters set voter_id = voter_id`, /append-only/);
    await refused('delete from vote_voters', /append-only/);
    await refused('delete from vote_electorate', /append-only/);
    await refused(`update deliberation_votes set for_count = 99 where state = 'closed'`, /closed/);
    await refused(`update deliberation_votes set state = 'open' where state = 'closed'`, /closed/);
    await refused(
      `insert into vote_ballots (district_code, vote_id, choice, receipt_hash)
         select district_code, id, 'for', 'forged' from deliberation_votes where state = 'closed' limit 1`,
      /not open/,
    );
  });
});

describe('no API path reveals or changes a cast vote', () => {
  interface Route {
    method: string;
    url: string;
    streams: boolean;
  }
  let routes: Route[];
  let receiptHashes: string[];
  let identities: string[];

  beforeAll(async () => {
    // Every route the app has, from its OpenAPI document: a route added later is walked too.
    const spec = (await t.get('/api/openapi.json')).json() as {
      paths: Record<
        string,
        Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>
      >;
    };
    routes = Object.entries(spec.paths).flatMap(([url, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        url,
        streams: Object.values(op.responses ?? {}).some(
          (r) => r.content?.['text/event-stream'] !== undefined,
        ),
      })),
    );
    receiptHashes = (await t.database.db.select({ h: voteBallots.receiptHash }).from(voteBallots)).map(
      (r) => r.h,
    );
    identities = voters.flatMap((v) => [v.id, v.name, v.username, v.phone, v.phone.slice(3)]);
  });

  /** Who of the voters an answer names alongside a ballot (a receipt hash or a choice): none, ever. */
  function linked(body: string): string[] {
    const names = identities.filter((i) => body.includes(i));
    const ballots = receiptHashes.some((h) => body.includes(h)) || /"choice"\s*:/.test(body);
    return ballots ? names : [];
  }

  /** An answer may say who voted, or what ballots were cast, but never both, and never a receipt. */
  function expectNoLink(res: LightMyRequestResponse, what: string) {
    for (const receipt of plainReceipts) expect(res.body, `${what} shows a receipt`).not.toContain(receipt);
    expect(linked(res.body), `${what} ties voters to ballots`).toEqual([]);
  }

  it('would see a voter tied to a ballot (the probe itself works)', () => {
    const voter = voters[0] as Voter;
    expect(linked(JSON.stringify({ voter: voter.id, receiptHash: receiptHashes[0] }))).toEqual([voter.id]);
    expect(linked(JSON.stringify({ name: voter.name, choice: 'for' }))).toEqual([voter.name]);
    expect(linked(JSON.stringify({ voter: voter.id, hasVoted: true }))).toEqual([]);
  });

  const fill = (url: string, value: string) => url.replace(/\{[^}]+\}/g, encodeURIComponent(value));

  async function ids() {
    const db = t.database.db;
    const [ds, vs, hs] = await Promise.all([
      db.select({ id: deliberations.id }).from(deliberations),
      db.select({ id: deliberationVotes.id }).from(deliberationVotes),
      db.select({ id: households.id }).from(households).limit(1),
    ]);
    return {
      deliberations: ds.map((r) => r.id),
      votes: vs.map((r) => r.id),
      households: hs.map((r) => r.id),
    };
  }

  it('as staff, the administrator or anyone, no answer ties a voter to a choice or a receipt', async () => {
    const known = await ids();
    const values = [
      ...known.deliberations,
      ...known.votes,
      ...known.households,
      voters[0]?.id ?? '',
      voters[1]?.id ?? '',
      demo.yongchangCommunity,
      demo.yongchang,
    ];
    const gets = routes.filter((r) => r.method === 'GET' && !r.streams);
    expect(gets.map((r) => r.url)).toEqual(
      expect.arrayContaining(['/api/deliberations/{id}', '/api/public/votes/{id}', '/api/audit']),
    );
    let calls = 0;
    for (const route of gets) {
      const urls = route.url.includes('{') ? values.map((v) => fill(route.url, v)) : [route.url];
      for (const url of urls) {
        for (const cookie of [c.admin, c.street, c.community, c.grid, undefined]) {
          expectNoLink(await t.get(url, cookie), `GET ${url}`);
          calls += 1;
        }
      }
    }
    expect(calls).toBeGreaterThan(200);
  }, 600_000);

  it('no write of any route changes a cast ballot or a closed count', async () => {
    const db = t.database.db;
    const snapshot = async () => ({
      ballots: await db.select().from(voteBallots).orderBy(voteBallots.receiptHash),
      closed: (await db.select().from(deliberationVotes).orderBy(deliberationVotes.id)).filter(
        (v) => v.state === 'closed',
      ),
    });
    const before = await snapshot();
    expect(before.ballots.length).toBeGreaterThanOrEqual(7);
    const known = await ids();
    const bodies = [
      { choice: 'against' },
      { choice: 'abstain', receipt: plainReceipts[0] },
      { state: 'open', passed: false, forCount: 0 },
    ];
    // Signing out or changing a password ends the sessions walked with; nothing there touches a vote.
    const writes = routes.filter((r) => r.method !== 'GET' && !r.url.startsWith('/api/auth/'));
    for (const route of writes) {
      const urls = route.url.includes('{')
        ? [...known.votes, ...known.deliberations].map((v) => fill(route.url, v))
        : [route.url];
      for (const url of urls) {
        for (const cookie of [c.admin, c.community]) {
          for (const payload of bodies) {
            const res = await t.call({ method: route.method as 'POST', url, cookie, payload });
            expectNoLink(res, `${route.method} ${url}`);
          }
        }
      }
    }
    const after = await snapshot();
    expect(after.ballots).toEqual(before.ballots);
    // A vote closed before the walk is as it was; one the walk closed counted the same ballots.
    for (const v of before.closed) expect(after.closed.find((a) => a.id === v.id)).toEqual(v);
    for (const v of after.closed) {
      const choices = before.ballots.filter((b) => b.voteId === v.id).map((b) => b.choice);
      const count = (choice: string) => choices.filter((x) => x === choice).length;
      expect([v.forCount, v.againstCount, v.abstainCount]).toEqual([
        count('for'),
        count('against'),
        count('abstain'),
      ]);
    }
    // Each receipt still checks out as cast.
    for (const receipt of plainReceipts) {
      const check = await ok(await t.post('/api/public/vote-receipts', undefined, { receipt }));
      expect(check.counted).toBe(true);
    }
  }, 600_000);
});
