import type { Locator, Page } from 'playwright-core';

/** Signs in through the /login form; the caller waits for where the app goes next. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await submitLogin(page, email, password);
}

/** Where the app goes after signing in without a page to return to: the home page, the dashboard (`page.waitForURL(HOME)`). */
export const HOME = (url: URL): boolean => url.pathname === '/';

/** Fills and sends the sign-in form already on screen. */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: /^Email/ }).fill(email);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  await page.getByRole('button', { name: /^(Masuk|Sign in)$/ }).click();
}

/** Opens the account menu in the header and signs out. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: /^(Keluar|Sign out)$/ }).click();
  await page.waitForURL('**/login');
}

/**
 * Picks an option of a Mantine select: open it, type to narrow, click the option. Options often load
 * while the list opens (units that follow a region just chosen); under load a refetch can swallow the
 * click and leave the select empty. A single select shows its choice in the input, so until it does the
 * pick is made again (an empty select has nothing selected, so a second click cannot toggle it off).
 * A multi-select clears its input after each pick and is trusted as it is.
 */
export async function choose(page: Page, input: Locator, typed: string, option: string | RegExp): Promise<void> {
  const multi = await input.evaluate((element) => element.classList.contains('mantine-MultiSelect-inputField'));
  for (let attempt = 0; attempt < 3; attempt++) {
    await input.click();
    if (typed) await input.fill(typed);
    await page.getByRole('option', { name: option }).first().click();
    if (multi) return;
    for (let wait = 0; wait < 30; wait++) {
      if ((await input.inputValue()) !== '' && (await input.inputValue()) !== typed) return;
      // The option picked may have been chosen already: the search text then stays until the input
      // loses focus, when it shows the choice again.
      if (wait === 5) await input.blur();
      await page.waitForTimeout(100);
    }
  }
  throw new Error(`the select never showed ${String(option)}: it holds "${await input.inputValue()}"`);
}

/** Searches a region chooser (inside `scope`) and picks the region named `name`. */
export async function chooseRegion(scope: Locator, typed: string, name: string): Promise<void> {
  await scope.getByRole('searchbox').fill(typed);
  await scope.getByRole('button', { name, exact: true }).first().click();
  await scope.getByTestId('chosen-region').getByText(name, { exact: true }).waitFor();
}

/**
 * Waits for what a form's submission should show; when it does not come, fails with what the form
 * shows instead (a field error, a refused request), so that a failure in CI names its cause.
 */
export async function waitForResult(result: Locator, form: Locator, timeout = 30_000): Promise<void> {
  try {
    await result.waitFor({ timeout });
  } catch (error) {
    const shown = await form.innerText().catch(() => '(the form is gone)');
    throw new Error(`${(error as Error).message.split('\n')[0]}\nThe form shows:\n${shown}`, { cause: error });
  }
}
