import type { Page } from 'playwright-core';
import { actUntilVisible } from './pages.js';

/** Picks a node of an antd TreeSelect by typing part of its name: the tree is long (the whole city). */
export async function pickInTree(page: Page, testId: string, name: string): Promise<void> {
  const field = page.getByTestId(testId);
  await actUntilVisible(
    async () => {
      await field.click();
      await page.keyboard.type(name);
      await page
        .locator('.ant-select-tree-title', { hasText: name })
        .filter({ visible: true })
        .first()
        .click({ timeout: 5_000 });
    },
    field.locator(`.ant-select-content[title="${name}"]`),
  );
}

/** Picks an option of an antd Select after typing into it; a multiple one keeps its list open. */
export async function pickOption(page: Page, testId: string, typed: string, option: string): Promise<void> {
  const field = page.getByTestId(testId);
  await actUntilVisible(
    async () => {
      await field.click();
      await page.keyboard.type(typed);
      await page
        .locator('.ant-select-item-option', { hasText: option })
        .filter({ visible: true })
        .first()
        .click({ timeout: 5_000 });
    },
    field.locator(`.ant-select-selection-item[title*="${option}"], .ant-select-content[title*="${option}"]`),
  );
}

/**
 * Clicks a form's submit button (`<prefix>-submit`) and waits for the form (`<prefix>-form`) to go.
 * If it stays, the test fails with what the form says: a field's rule or the server's refusal.
 */
export async function submitForm(page: Page, prefix: string): Promise<void> {
  const form = page.getByTestId(`${prefix}-form`);
  await page.getByTestId(`${prefix}-submit`).click();
  const gone = await form.waitFor({ state: 'detached', timeout: 30_000 }).then(
    () => true,
    () => false,
  );
  if (gone) return;
  const said = [
    ...(await page.getByTestId(`${prefix}-error`).allTextContents()),
    ...(await form.locator('.ant-form-item-explain-error').allTextContents()),
  ];
  throw new Error(`the ${prefix} form stayed open: ${said.join('; ') || 'it says nothing'}`);
}
