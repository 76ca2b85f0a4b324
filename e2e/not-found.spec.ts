import { expect, test } from '@playwright/test';

const garbage = [
  '/articles/no-such-story',
  '/articles/%00',
  `/articles/${'a'.repeat(5000)}`,
  '/articles/..%2F..%2Fetc%2Fpasswd',
  '/articles/%E0%A4%A',
  "/articles/x'%20OR%201=1--",
  '/sources/no-such-source',
  '/sections/no-such-section',
  '/sections/%00',
  '/no/such/page',
];

for (const path of garbage) {
  test(`${path.slice(0, 60)} answers 404 with the helpful page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
    await expect(page.getByRole('link', { name: 'front page' })).toHaveAttribute('href', '/');
    await expect(page.getByRole('region', { name: 'Latest stories' }).getByRole('link').first()).toBeVisible();
  });
}
