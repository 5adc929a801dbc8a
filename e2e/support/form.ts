import type { Locator, Page } from 'playwright-core';

/** Waits until a drawer or modal has finished sliding in (its box stops moving). */
export async function settled(dialog: Locator): Promise<Locator> {
  await dialog.waitFor();
  let last = '';
  for (let i = 0; i < 40; i++) {
    const box = JSON.stringify(await dialog.boundingBox());
    if (box === last) return dialog;
    last = box;
    await dialog.page().waitForTimeout(100);
  }
  return dialog;
}

/**
 * Opens a drawer or modal with `opener` once no other is on screen (one still closing would make
 * two dialogs), and waits until it has settled.
 */
export async function openDialog(page: Page, opener: Locator): Promise<Locator> {
  const dialogs = page.getByRole('dialog');
  for (let i = 0; i < 100 && (await dialogs.count()) > 0; i++) await page.waitForTimeout(100);
  await opener.click();
  return settled(dialogs);
}

/** A select's field, its open list and its form item. */
async function selectParts(page: Page, scope: Locator, label: string) {
  const field = scope.getByLabel(label, { exact: true });
  const id = await field.getAttribute('id');
  // The list of this select (rc-select names it after the input), settled: not animating.
  const list = page.locator(
    `.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"]):has([id="${id}_list"])`,
  );
  // `has` is relative to each form item: it takes a locator from the page, not from `scope`.
  const item = scope
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel(label, { exact: true }) });
  return { field, list, item };
}

/**
 * Chooses an option of an antd Select found by its form label (inside `scope`), and checks that it
 * took. A click that lands while the list is still sliding open (or shut) — or while a searched
 * list is still loading — is lost: it is tried again from a closed list. `search` is typed first
 * (a select that searches the server); `closer` closes the list where Escape would close a modal.
 */
export async function chooseOption(
  page: Page,
  scope: Locator,
  label: string,
  option: string,
  { search, closer }: { search?: string; closer?: Locator } = {},
) {
  const { field, list, item } = await selectParts(page, scope, label);
  for (let attempt = 1; ; attempt++) {
    if (!(await list.isVisible())) await field.click();
    if (search !== undefined) await field.fill(search);
    const clicked = await list
      .locator('.ant-select-item-option')
      .filter({ hasText: option })
      .first()
      .click({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    const chosen =
      clicked &&
      (await item
        .locator('.ant-select', { hasText: option })
        .waitFor({ timeout: 2_000 })
        .then(() => true)
        .catch(() => false));
    if (chosen) return;
    if (attempt === 3) throw new Error(`${label}: could not choose ${option}`);
    if (!closer) await page.keyboard.press('Escape');
    else if (await list.isVisible()) await closer.click();
    await page.waitForTimeout(300);
  }
}

/**
 * Chooses the first option a select offers once its list has loaded (a team member, say) and
 * checks that the field shows it; returns its text. The list is closed by a click on `closer`
 * (a dialog's title): Escape would close the dialog too.
 */
export async function chooseFirstOption(
  page: Page,
  scope: Locator,
  label: string,
  closer: Locator,
): Promise<string> {
  const { field, list, item } = await selectParts(page, scope, label);
  for (let attempt = 1; ; attempt++) {
    if (!(await list.isVisible())) await field.click();
    const option = list.locator('.ant-select-item-option').first();
    const text = await option
      .waitFor({ timeout: 10_000 })
      .then(() => option.innerText())
      .catch(() => '');
    const chosen =
      text !== '' &&
      (await option
        .click({ timeout: 5_000 })
        .then(() =>
          item.locator('.ant-select', { hasText: text.split('\n')[0] }).waitFor({ timeout: 5_000 }),
        )
        .then(() => true)
        .catch(() => false));
    if (chosen) {
      if (await list.isVisible()) await closer.click();
      return text;
    }
    if (attempt === 3) throw new Error(`${label}: could not choose an option`);
    if (await list.isVisible()) await closer.click();
    await page.waitForTimeout(300);
  }
}

/**
 * Picks a division with the region picker's search box: by name or code, then its full path; and
 * checks that the field shows it (a click on a result that races the popup closing is lost).
 */
export async function pickRegion(
  page: Page,
  scope: Locator,
  label: string,
  search: string,
  path: string,
) {
  const field = scope.getByLabel(label, { exact: true });
  const item = scope
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel(label, { exact: true }) });
  const name = path.split(' / ').at(-1) ?? path;
  const chosen = item.locator('.ant-select', { hasText: name });
  // Only the open popup: a closed one stays in the page, hidden, with its own search box.
  const popup = page.locator('.ant-cascader-dropdown:not(.ant-select-dropdown-hidden)');
  for (let attempt = 1; ; attempt++) {
    // Under load the popup may open late or close early, and the chosen path is fetched before
    // the field shows it: every step is retried, and a pick that took late is not picked again.
    const shown = await (async () => {
      if (await chosen.isVisible()) return true;
      if (!(await popup.isVisible())) {
        await field.click();
        await popup.waitFor({ timeout: 5_000 });
      }
      await popup.getByPlaceholder('输入名称或代码搜索').fill(search, { timeout: 5_000 });
      await popup.getByRole('button', { name: path, exact: true }).click({ timeout: 10_000 });
      await chosen.waitFor({ timeout: 10_000 });
      return true;
    })().catch(() => false);
    if (shown) return;
    if (attempt === 4) throw new Error(`${label}: could not pick ${path}`);
    // Close the popup by clicking the dialog's header (Escape would close the whole drawer too),
    // and let it finish closing: a click on the field while it fades out would keep it shut.
    if (await popup.isVisible()) {
      await scope.locator('.ant-drawer-header, .ant-modal-header').first().click();
    }
    await popup.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
    await page.waitForTimeout(300);
  }
}

/** Types a date into an antd DatePicker found by its form label and confirms it. */
export async function fillDate(scope: Locator, label: string, date: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}
