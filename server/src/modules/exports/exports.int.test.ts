import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOTLINE_CREW, useTestApp } from '../../test/actors.js';
import { MANHOLE, newCase, STALLS, usePointIn } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { thisMonth } from '../../test/kpis.js';
import { expectOk } from '../../test/test-app.js';
import { newTicket } from '../../test/tickets.js';
import { changchunChaoyang } from '../regions/demo-city/demo-division.js';
import { drainKpiOutbox } from '../stats/rollup/apply-outbox.js';

const { t, c } = useTestApp([...HOTLINE_CREW, 'resident', 'leader', 'community2']);
const at = usePointIn(t, c);
const CALLER = '139 8765 4321';

beforeAll(async () => {
  await newTicket(t, c.hotline, {
    categoryCode: MANHOLE,
    description: '来电反映井盖丢失',
    ...at,
    callerPhone: CALLER,
  });
  await newTicket(t, c.hotline, { categoryCode: STALLS, description: '来电反映占道经营', ...at });
  await newCase(t, c.resident, { categoryCode: MANHOLE, description: '井盖松动', ...at });
  await drainKpiOutbox(t.database.db);
});

interface Sheet {
  name: string;
  /** Label → value of the lines above the table. */
  filters: Map<string, string>;
  header: string[];
  rows: string[][];
}

/** Opens the answer's .xlsx with exceljs: the lines above the table, its header, and its rows as text. */
async function workbookOf(res: { rawPayload: Buffer; headers: Record<string, unknown> }): Promise<Sheet[]> {
  expect(res.headers['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const lines: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const values = (row.values as unknown[])
        .slice(1)
        .map((v) => (v === null || v === undefined ? '' : String(v)));
      lines[row.number - 1] = values;
    });
    const headerAt = lines.findIndex((l, i) => i > 0 && (l?.length ?? 0) > 2);
    const filters = new Map(
      lines.slice(1, headerAt).flatMap((l) => (l?.[0] ? [[l[0], l[1] ?? '']] : [])) as [string, string][],
    );
    const header = lines[headerAt] ?? [];
    const rows = lines.slice(headerAt + 1).filter((l) => l && l.length > 1);
    return { name: ws.name, filters, header, rows };
  });
}

const column = (sheet: Sheet, header: string) => {
  const i = sheet.header.indexOf(header);
  expect(i, `column ${header}`).toBeGreaterThanOrEqual(0);
  return sheet.rows.map((r) => r[i] ?? '');
};

describe('the case list export', () => {
  it('holds the rows GET /api/cases gives for the same filters, masked the same way, with the filters on top', async () => {
    const query = `regionCode=${demo.yongchangCommunity}&categoryCode=${MANHOLE}`;
    const list = expectOk(await t.get(`/api/cases?${query}&pageSize=200`, c.leader)).json();
    expect(list.total).toBe(2);
    const res = expectOk(await t.get(`/api/exports/cases?${query}`, c.leader));
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="cases-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''%E6%A1%88%E4%BB%B6/,
    );
    const [sheet] = await workbookOf(res);
    if (!sheet) throw new Error('no sheet');
    expect(column(sheet, '案件编号')).toEqual(list.items.map((i: { code: string }) => i.code));
    expect(column(sheet, '联系电话')).toEqual(
      list.items.map((i: { reporterPhone: string | null }) => i.reporterPhone ?? ''),
    );
    expect(column(sheet, '上报人')).toEqual(
      list.items.map((i: { reporterName: string | null }) => i.reporterName ?? ''),
    );
    // The caller's number is in the file only masked, as in the list.
    expect(column(sheet, '联系电话')).toContain('139****4321');
    expect(JSON.stringify(sheet.rows)).not.toContain('8765');
    // Names, not codes.
    expect(column(sheet, '问题类别').some((name) => name === MANHOLE)).toBe(false);
    const community = changchunChaoyang.streets
      .flatMap((street) => street.communities)
      .find((x) => x.code === demo.yongchangCommunity);
    expect(sheet.filters.get('区域')).toBe(community?.name);
    expect(sheet.filters.get('案件数')).toBe('2');
    expect(sheet.filters.get('导出人')).toBeTruthy();
  });

  it('keeps to the jurisdiction: another community’s staff export none of these', async () => {
    const list = expectOk(await t.get('/api/cases?pageSize=200', c.community2)).json();
    const [sheet] = await workbookOf(expectOk(await t.get('/api/exports/cases', c.community2)));
    expect(sheet?.rows.length).toBe(list.total);
    expect(JSON.stringify(sheet?.rows)).not.toContain('井盖松动');
  });

  it('refuses bad filters with 400 and those without the permission with 403', async () => {
    const bad = await t.get('/api/exports/cases?status=nonsense', c.leader);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBeTruthy();
    expect((await t.get('/api/exports/cases?page=2', c.leader)).statusCode).toBe(400);
    expect((await t.get('/api/exports/rankings?kind=street&month=2026-11', c.resident)).statusCode).toBe(403);
  });
});

describe('the 12345 ticket export', () => {
  it('holds the rows GET /api/hotline/tickets gives, callers’ numbers masked', async () => {
    const list = expectOk(
      await t.get('/api/hotline/tickets?requestType=complaint&pageSize=200', c.hotline),
    ).json();
    expect(list.total).toBeGreaterThanOrEqual(2);
    const [sheet] = await workbookOf(
      expectOk(await t.get('/api/exports/tickets?requestType=complaint', c.hotline)),
    );
    if (!sheet) throw new Error('no sheet');
    expect(column(sheet, '工单编号')).toEqual(
      list.items.map((i: { ticket: { caseCode: string } }) => i.ticket.caseCode),
    );
    expect(column(sheet, '来电号码')).toEqual(
      list.items.map((i: { ticket: { callerPhone: string | null } }) => i.ticket.callerPhone ?? ''),
    );
    expect(JSON.stringify(sheet.rows)).not.toContain('8765');
    expect(sheet.filters.get('诉求类型')).toBe('投诉');
  });
});

describe('the ranking and assessment exports', () => {
  const month = thisMonth();

  it('list every unit of a ranking as GET /api/stats/rankings ranks it, with the score breakdown', async () => {
    const query = `kind=grid&month=${month}&regionCode=${demo.yongchangCommunity}`;
    const api = expectOk(await t.get(`/api/stats/rankings?${query}`, c.leader)).json();
    expect(api.total).toBeGreaterThan(1);
    const [sheet] = await workbookOf(expectOk(await t.get(`/api/exports/rankings?${query}`, c.leader)));
    if (!sheet) throw new Error('no sheet');
    expect(sheet.name).toBe('网格');
    expect(column(sheet, '名称')).toEqual(api.items.map((i: { name: string }) => i.name));
    expect(column(sheet, '排名')).toEqual(
      api.items.map((i: { rank: number | null }) => (i.rank === null ? '' : String(i.rank))),
    );
    expect(column(sheet, '得分')).toEqual(
      api.items.map((i: { score: number | null }) =>
        i.score === null ? '' : String(Number(i.score.toFixed(1))),
      ),
    );
    expect(column(sheet, '上报')).toEqual(
      api.items.map((i: { report: { counts: { reported: number } } }) => String(i.report.counts.reported)),
    );
    expect(column(sheet, '得分构成').some((text) => text.includes('按期结案率'))).toBe(true);
    expect(sheet.filters.get('统计周期')).toBe(`${api.period.from} 至 ${api.period.to}`);
  });

  it('refuse a region outside the jurisdiction with 404, as the ranking does', async () => {
    const res = await t.get(
      `/api/exports/rankings?kind=grid&month=${month}&regionCode=${demo.yongchangCommunity}`,
      c.community2,
    );
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('REGION_NOT_FOUND');
  });

  it('make the monthly assessment report: streets, communities and departments, each as its ranking', async () => {
    const res = expectOk(await t.get(`/api/exports/assessment?month=${month}`, c.leader));
    expect(res.headers['content-disposition']).toContain(`assessment-${month}`);
    const sheets = await workbookOf(res);
    expect(sheets.map((s) => s.name)).toEqual(['街道', '社区', '部门']);
    for (const [sheet, kind] of sheets.map(
      (s, i) => [s, ['street', 'community', 'department'][i]] as const,
    )) {
      const api = expectOk(await t.get(`/api/stats/rankings?kind=${kind}&month=${month}`, c.leader)).json();
      expect(sheet.rows.length, kind).toBe(api.total);
      expect(column(sheet, sheet.header[1] ?? '')).toEqual(api.items.map((i: { name: string }) => i.name));
    }
    expect((await t.get('/api/exports/assessment', c.leader)).statusCode).toBe(400);
    expect((await t.get('/api/exports/assessment?month=2026-13', c.leader)).statusCode).toBe(400);
  });
});
