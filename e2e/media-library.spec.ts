import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { unique } from './support/fixtures';
import { USED_PICTURE_ALT, USED_PICTURE_STORY } from './support/media';
import { signIn } from './support/newsroom';

/*
 * The media library as the photo desk uses it: upload (picker and drag-and-drop), describe,
 * set the focal point and see the crops, bad files refused with a reason, a used picture
 * not deletable, variants served immutable, and no axe violations in light or dark.
 */

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A JPEG with a left red half and a right blue half, unique per call (its size). */
async function testJpeg(width: number, height = 900): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#d02020' } })
    .composite([{ input: { create: { width: Math.ceil(width / 2), height, channels: 3, background: '#2040d0' } }, left: Math.floor(width / 2), top: 0 }])
    .jpeg({ quality: 80 })
    .toBuffer();
}

const randomWidth = () => 1200 + Math.floor(Math.random() * 400);

test.describe('media library', () => {
  test.describe.configure({ timeout: 120_000 });

  test('upload, describe, set the focal point and see the crops; the variant is served immutable', async ({ page }) => {
    await signIn(page, undefined, '/admin/media');
    await expect(page.getByRole('heading', { name: 'Media library' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // Two files through the picker at once, one of which is not a picture.
    await page.getByLabel('Choose files…').setInputFiles([
      { name: 'harbour.jpg', mimeType: 'image/jpeg', buffer: await testJpeg(randomWidth()) },
      { name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<!doctype html><script>alert(1)</script>') },
    ]);
    const list = page.locator('.upload-list');
    await expect(list.getByText('isn’t a picture, whatever its name says')).toBeVisible({ timeout: 60_000 });
    const describe = list.getByRole('link', { name: /Describe it/ });
    await expect(describe).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.media-flag').first()).toBeVisible();

    await describe.click();
    await expect(page).toHaveURL(/\/admin\/media\/[0-9a-f-]{36}$/);
    const alt = unique('A red and blue harbour test card');
    await page.getByLabel('Alt text', { exact: true }).fill(alt);
    await page.getByLabel('Credit', { exact: true }).fill('E2E Photographer / Newsdesk');

    // Click a quarter across, a third down: the sliders follow, and so do the crops.
    const picker = page.getByRole('button', { name: /^Focal point at/ });
    const box = await picker.boundingBox();
    if (!box) throw new Error('no focal picker');
    await picker.click({ position: { x: box.width * 0.25, y: box.height / 3 } });
    await expect(picker).toHaveAccessibleName(/Focal point at 2[4-6]% across and 3[2-4]% down/);
    // The keyboard moves it too.
    await picker.press('ArrowRight');
    await expect(picker).toHaveAccessibleName(/Focal point at 2[6-8]% across/);
    const crops = page.getByTestId('crop-previews').locator('figure');
    await expect(crops).toHaveCount(3);
    await expect(crops.nth(2)).toContainText('1:1');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save picture' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible({ timeout: 60_000 });
    await page.reload();
    await expect(page.getByLabel('Alt text', { exact: true })).toHaveValue(alt);
    await expect(page.getByRole('button', { name: /^Focal point at 2[6-8]% across and 3[2-4]% down/ })).toBeVisible();

    // Found by its words in the library, flagged no more.
    await page.goto(`/admin/media?q=${encodeURIComponent(alt)}`);
    const card = page.locator('.media-card');
    await expect(card).toHaveCount(1);
    await expect(card.locator('.media-flag')).toHaveCount(0);
    const src = await card.locator('img').getAttribute('src');
    expect(src).toMatch(/^\/media\/i\/[0-9a-f]{32}\.webp$/);
    // Asked twice: the second answer comes from memory in front of Next's router
    // (runtime/server/cached-variants.mjs) and must say exactly what the route says.
    const first = await page.request.get(src ?? '');
    const again = await page.request.get(src ?? '');
    for (const variant of [first, again]) {
      expect(variant.status()).toBe(200);
      expect(variant.headers()['content-type']).toBe('image/webp');
      expect(variant.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(variant.headers()['x-content-type-options']).toBe('nosniff');
      expect(variant.headers()['x-frame-options']).toBe('DENY');
      expect(variant.headers()['content-security-policy']).toBe("default-src 'none'; sandbox");
    }
    const bytes = await again.body();
    expect(bytes.equals(await first.body())).toBe(true);
    expect(again.headers()['content-length']).toBe(String(bytes.byteLength));
    expect((await page.request.get(src ?? '', { headers: { 'if-none-match': again.headers().etag ?? '' } })).status()).toBe(304);
    expect((await page.request.get('/media/i/00000000000000000000000000000000.webp')).status()).toBe(404);
  });

  test('drag-and-drop uploads several files, each with its own progress and outcome', async ({ page }) => {
    await signIn(page, undefined, '/admin/media');
    const files = [
      { name: 'drop-one.jpg', type: 'image/jpeg', base64: (await testJpeg(randomWidth(), 800)).toString('base64') },
      { name: 'drawing.svg', type: 'image/svg+xml', base64: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString('base64') },
    ];
    const transfer = await page.evaluateHandle((items) => {
      const data = new DataTransfer();
      for (const item of items) {
        const bytes = Uint8Array.from(atob(item.base64), (char) => char.charCodeAt(0));
        data.items.add(new File([bytes], item.name, { type: item.type }));
      }
      return data;
    }, files);
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    const list = page.locator('.upload-list');
    await expect(list.locator('.upload-item')).toHaveCount(2);
    await expect(list.getByText('SVG files aren’t accepted')).toBeVisible({ timeout: 60_000 });
    await expect(list.getByRole('link', { name: /Describe it/ })).toBeVisible({ timeout: 60_000 });
  });

  test('a picture a story uses can’t be deleted: the refusal names the story', async ({ page }) => {
    await signIn(page, undefined, '/admin/media');
    await page.goto(`/admin/media?q=${encodeURIComponent(USED_PICTURE_ALT)}`);
    await page.locator('.media-card a').first().click();
    await expect(page.getByRole('heading', { name: USED_PICTURE_ALT })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Where it is used' }).getByRole('link', { name: USED_PICTURE_STORY })).toBeVisible();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete picture' }).click();
    // The form's alert (Next's route announcer is an alert too).
    await expect(page.locator('.form-alert')).toContainText(`“${USED_PICTURE_STORY}”`);
    await page.reload();
    await expect(page.getByRole('heading', { name: USED_PICTURE_ALT })).toBeVisible();
  });

  test('a signed-out upload is refused with JSON, and nothing is stored', async ({ request, baseURL }) => {
    const response = await request.post('/api/media/images', {
      headers: { origin: new URL(baseURL ?? 'http://127.0.0.1').origin },
      multipart: { file: { name: 'x.jpg', mimeType: 'image/jpeg', buffer: await testJpeg(1300) } },
    });
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ status: 'error', code: 'unauthenticated' });
    // From another site, even the question of who is asking isn't reached.
    const crossSite = await request.post('/api/media/images', {
      headers: { origin: 'https://evil.example' },
      multipart: { file: { name: 'x.jpg', mimeType: 'image/jpeg', buffer: await testJpeg(1300) } },
    });
    expect(crossSite.status()).toBe(403);
  });

  test.describe('dark mode', () => {
    test.use({ colorScheme: 'dark' });
    test('the library and a picture’s page have no axe violations', async ({ page }) => {
      await signIn(page, undefined, '/admin/media');
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`/admin/media?q=${encodeURIComponent(USED_PICTURE_ALT)}`);
      await page.locator('.media-card a').first().click();
      await expect(page.getByRole('heading', { name: USED_PICTURE_ALT })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
