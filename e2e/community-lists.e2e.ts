import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiSession, signInThroughApi } from './harness/api.js';
import { launchBrowser } from './harness/browser.js';
import { DESK, PHONE, peopleOf } from './harness/contexts.js';
import { fillLoginForm } from './harness/pages.js';
import { solidPng } from './harness/photo.js';

const baseUrl = inject('baseUrl');
const UNIT = '永昌三张清单建筑公司';
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * 三张清单 through the console: a community's need becomes a project, a partner unit claims it, its
 * milestone is done with a photo, and it closes out (销号) on evidence and another's sign-off; the public
 * page then shows it closed out to anyone, with nobody's name or phone. And a project nobody claims by
 * its deadline falls to the community (兜底), which starts it itself.
 */
describe('the three lists: from a need to a closed-out project on the public page', () => {
  let browser: Browser;
  const s: Record<string, ApiSession> = {};
  let communityCode = '';

  const { open, signIn, closeAll } = peopleOf(baseUrl, () => browser);
  const stateOf = (page: Page) => page.getByTestId('project-state').first().getAttribute('data-state');
  /** Types a date into an antd date field of a form and takes it. */
  const pickDate = async (page: Page, form: string, field: string, value: string) => {
    const input = page.getByTestId(`${form}-form`).locator(`#${field}`);
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  };
  /** Chooses an option of an antd select of a form by its text. */
  const choose = async (page: Page, form: string, field: string, text: string) => {
    await page.getByTestId(`${form}-form`).locator(`#${field}`).click();
    await page.locator('.ant-select-item-option').filter({ hasText: text }).first().click();
  };
  const addPhoto = async (page: Page, testId: string, colour: [number, number, number]) => {
    const field = page.getByTestId(testId);
    await field
      .locator('input[type=file]')
      .setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: solidPng(64, 48, colour) });
    await field.locator('img[src*="/thumbnail"]').waitFor();
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const who of ['street', 'community']) s[who] = await signInThroughApi(baseUrl, who);
    const me = await s.community?.get<{ user: { jurisdiction: { code: string } } }>('/api/auth/me');
    communityCode = me?.body.user.jurisdiction.code ?? '';
    expect(communityCode).toMatch(/^\d{12}$/);
    // Partner units have no accounts; the street enrols one in its alliance.
    const unit = await s.street?.post('/api/partner-units', { name: UNIT, kind: 'company' });
    expect(unit?.status, JSON.stringify(unit?.body)).toBe(201);
  });

  afterAll(async () => {
    await closeAll();
    await browser?.close();
  });

  let projectPath = '';
  let community: Page;
  let street: Page;
  const title = '7号楼楼道加装扶手';

  it('community staff record a need and make a draft project of it', async () => {
    community = await open();
    await signIn(community, '/lists', 'community');
    await community.getByTestId('need-record').click();
    await community.getByTestId('need-description').fill('7号楼老人多，楼道缺扶手');
    await community.getByTestId('need-form').locator('#households').fill('18');
    await community.getByTestId('need-household-note').fill('7号楼1-3单元');
    await community.getByTestId('need-submit').click();
    const row = community.getByTestId('need-row').filter({ hasText: '7号楼老人多' });
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('open');

    await row.locator('input[type=checkbox]').check();
    await community.getByTestId('need-plan').click();
    await community.getByTestId('project-title').fill(title);
    await community.getByTestId('project-form').locator('#budgetYuan').fill('15000');
    await pickDate(community, 'project', 'claimDeadline', day(10));
    await pickDate(community, 'project', 'dueDate', day(90));
    await community.getByTestId('project-submit').click();
    await community.waitForURL('**/lists/projects/*');
    projectPath = new URL(community.url()).pathname;
    await expect.poll(() => stateOf(community)).toBe('draft');
    expect(await community.getByTestId('project-heading').textContent()).toBe(title);
  });

  it('opens it for claim; the street records its partner unit’s claim', async () => {
    await community.getByTestId('project-open').click();
    await expect.poll(() => stateOf(community)).toBe('open_for_claim');

    street = await open();
    await signIn(street, projectPath, 'street');
    await street.getByTestId('project-claim').click();
    await choose(street, 'claim', 'partnerUnitId', UNIT);
    await street.getByTestId('claim-note').fill('本单位有施工队，可承接扶手安装');
    await street.getByTestId('claim-submit').click();
    await expect.poll(() => stateOf(street)).toBe('claimed');
    expect(await street.getByTestId('project-partner').textContent()).toBe(UNIT);
  });

  it('starts, adds a milestone and marks it done with a photo, and gives the evidence', async () => {
    await community.reload();
    await community.getByTestId('project-start').click();
    await expect.poll(() => stateOf(community)).toBe('in_progress');

    await community.getByTestId('project-add-milestone').click();
    await community.getByTestId('milestone-title').fill('扶手安装完成');
    await pickDate(community, 'milestone', 'dueDate', day(30));
    await community.getByTestId('milestone-submit').click();
    const milestone = community.getByTestId('project-milestone').filter({ hasText: '扶手安装完成' });
    await milestone.waitFor();
    expect(await milestone.getAttribute('data-done')).toBe('false');

    await milestone.getByTestId('milestone-complete').click();
    await community.getByTestId('milestone-done-note').fill('1-3单元扶手已装好');
    await addPhoto(community, 'milestone-done-photos', [200, 120, 40]);
    await community.getByTestId('milestone-done-submit').click();
    await expect.poll(() => milestone.getAttribute('data-done')).toBe('true');
    await milestone.getByTestId('case-photo').first().waitFor();

    await community.getByTestId('project-evidence').click();
    await community.getByTestId('evidence-note').fill('全部完工，居民代表验收');
    await addPhoto(community, 'evidence-photos', [40, 160, 90]);
    await community.getByTestId('evidence-submit').click();
    await community.getByTestId('project-evidence-card').getByTestId('case-photo').first().waitFor();
    // The owner does not sign off their own project: the button is someone else's.
    expect(await community.getByTestId('project-sign-off').count()).toBe(0);
  });

  it('the street signs it off: closed out, with every step on the timeline', async () => {
    await street.reload();
    // The street sees the community's milestone photo (photos follow the project, not the uploader).
    const photo = street.getByTestId('project-milestone').getByTestId('case-photo').first().locator('img');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await street.getByTestId('project-sign-off').click();
    await street.getByTestId('sign-off-text').fill('材料齐全，同意销号');
    await street.getByTestId('sign-off-submit').click();
    await expect.poll(() => stateOf(street)).toBe('closed_out');
    const actions = await street
      .getByTestId('project-event')
      .evaluateAll((events) => events.map((e) => e.getAttribute('data-action')));
    expect(actions).toEqual([
      'create',
      'open',
      'claim',
      'start',
      'add_milestone',
      'complete_milestone',
      'evidence',
      'sign_off',
    ]);
  });

  it('the public page shows it closed out to anyone signed out, with no personal data, on a phone', async () => {
    const page = await open(PHONE);
    await page.goto(`${baseUrl}/public/communities/${communityCode}/projects`);
    const card = page.getByTestId('public-project').filter({ hasText: title });
    await page.getByTestId('public-projects-heading').waitFor();
    await card.waitFor();
    expect(page.url()).not.toContain('/login');
    expect(await card.getAttribute('data-state')).toBe('closed_out');
    await card.getByTestId('public-project-closed').waitFor();
    expect(await card.textContent()).toContain(UNIT);
    const text = (await page.locator('body').textContent()) ?? '';
    // Neither the staff's names nor phones nor any id of a person or a photo.
    for (const personal of ['永昌街道社区工作者', '永昌街道工作人员', '139', '138']) {
      expect(text).not.toContain(personal);
    }
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await page.locator('img[src*="/api/photos/"]').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('the lists work on a phone without sideways scroll', async () => {
    const page = await open(PHONE);
    await signIn(page, '/lists?tab=projects', 'community');
    await page.getByTestId('project-row').filter({ hasText: title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByTestId('project-row').filter({ hasText: title }).click();
    await page.waitForURL('**/lists/projects/*');
    await expect.poll(() => stateOf(page)).toBe('closed_out');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

describe('a project nobody claims by its deadline falls to the community (兜底)', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: DESK });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('the sweep moves it at its deadline; the community starts it itself', async () => {
    const community = await signInThroughApi(baseUrl, 'community');
    const need = await community.post<{ need: { id: string } }>('/api/community-needs', {
      source: 'resident_request',
      description: '小区健身器材老化',
      households: 40,
    });
    expect(need.status, JSON.stringify(need.body)).toBe(201);
    // Set up through the API: a claim deadline seconds away, which the form's day picker cannot give.
    const project = await community.post<{ id: string }>('/api/community-projects', {
      needIds: [need.body.need.id],
      year: new Date().getFullYear(),
      title: '更换健身器材',
      budgetYuan: 20000,
      dueDate: day(60),
      claimDeadline: new Date(Date.now() + 10_000).toISOString(),
    });
    expect(project.status, JSON.stringify(project.body)).toBe(201);
    const opened = await community.post<{ state: string }>(`/api/community-projects/${project.body.id}/open`);
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    expect(opened.body.state).toBe('open_for_claim');

    const page = await context.newPage();
    const path = `/lists/projects/${project.body.id}`;
    await page.goto(`${baseUrl}${path}`);
    await page.waitForURL('**/login');
    await fillLoginForm(page, 'community');
    await page.waitForURL(`**${path}`);
    const state = () => page.getByTestId('project-state').first().getAttribute('data-state');
    // The server sweeps every two seconds in these tests (a minute in service).
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByTestId('project-state').first().waitFor();
          return state();
        },
        { timeout: 30_000, interval: 2_000 },
      )
      .toBe('fallen_to_community');
    const fell = page.locator('[data-testid="project-event"][data-action="fall_to_community"]');
    await fell.waitFor();
    await page.getByTestId('project-start').click();
    await expect.poll(state).toBe('in_progress');
  });
});
