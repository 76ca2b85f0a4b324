import { expect, type Page } from '@playwright/test';

/** Signs in through the real form and waits for the newsroom. */
export async function signIn(page: Page, account: { email: string; password: string }, returnTo = '/admin') {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${returnTo.replace(/[?]/g, '\\?')}$`));
}
