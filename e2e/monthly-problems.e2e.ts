import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { reportThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { DESK, PHONE, peopleOf } from './harness/contexts.js';

const baseUrl = inject('baseUrl');

// A grid of 永昌街道 (朝阳区, the district the leader answers for); other files report 井盖缺失 in the
// district too, so the test asks for a top problem, not for the one it made.
const gridCode = '220104004005001';
const districtCode = '220104000000';

/** The month under way in the city: the test's reports are its only history. */
const cityMonth = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
})
  .format(new Date())
  .slice(0, 7);
const path = `/monthly-problems?month=${cityMonth}`;

describe('每月一题, as the district’s leader', () => {
  let browser: Browser;
  const people = peopleOf(baseUrl, () => browser);

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const n of [1, 2, 3])
      await reportThroughApi(baseUrl, { gridCode, fx: 0.2 * n, fy: 0.5 }, `每月一题：井盖缺失 ${n}`);
  });

  afterAll(async () => {
    await people.closeAll();
    await browser?.close();
  });

  it('shows the district’s top problem with its figures, trend and cases, and downloads it as Excel', async () => {
    const page = await people.open(DESK);
    await people.signIn(page, path, 'leader');
    // The menu reaches the page beside the command centre.
    await page.getByTestId('nav-monthly-problems').waitFor();

    const card = page.getByTestId(`problem-card-${districtCode}`);
    // The rollups take the reports a moment after they are made: reload until they are counted.
    await expect
      .poll(async () => {
        if (await card.getByTestId('top-problem').isVisible()) return true;
        await page.reload();
        await card.waitFor();
        return card.getByTestId('top-problem').isVisible();
      })
      .toBe(true);
    expect((await card.getByTestId('top-problem').textContent())?.trim()).not.toBe('');
    const complaints = Number(
      /\d+/.exec((await card.getByTestId('problem-complaints').textContent()) ?? '')?.[0],
    );
    expect(complaints).toBeGreaterThanOrEqual(1);
    await card.locator('[data-testid="problem-trend"] canvas').waitFor();

    // Its cases open the case itself.
    const link = card.getByTestId('problem-case-link').first();
    await link.waitFor();
    const code = (await link.textContent()) ?? '';
    expect(code).toMatch(/^220104\d{3}-\d{8}-\d{4}$/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-monthly-problems').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^每月一题-\d{4}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = await download.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['每月一题', '周趋势', '处置行动', '诉求案件']);
    const cells: string[] = [];
    workbook.getWorksheet('诉求案件')?.eachRow((row) => {
      cells.push(String((row.values as unknown[])[3] ?? ''));
    });
    expect(cells).toContain(code);

    await link.click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('case-code').textContent()).toBe(code);
  });

  it('fits a phone’s width', async () => {
    const page = await people.open(PHONE);
    await people.signIn(page, path, 'leader');
    const card = page.getByTestId(`problem-card-${districtCode}`);
    await card.getByTestId('top-problem').waitFor();
    await card.getByTestId('problem-case-link').first().waitFor();
    await page.getByTestId('export-monthly-problems').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });
});
