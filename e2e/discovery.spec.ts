import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { referencePath, referenceStory } from './support/reference-story';

/** A demo story the seed gives no picture. */
const PICTURELESS_SLUG = 'five-countries-agree-on-a-shared-early-warning-system-for-river-flooding';

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap'].includes(name) });

function parseXml(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  return xml.parse(text) as Record<string, Record<string, unknown>>;
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian). */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('share metadata', () => {
  test('the reference story has its title, image, card and canonical URL', async ({ page, baseURL }) => {
    await page.goto(referencePath);
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    expect(await meta('meta[property="og:title"]')).toBe(referenceStory.headline);
    expect(await meta('meta[property="og:type"]')).toBe('article');
    // Its lead image's 1200×630 crop (the seed gives it a picture); see below for the fallback.
    expect(await meta('meta[property="og:image"]')).toMatch(new RegExp(`^${baseURL}/media/i/[0-9a-f]+\\.jpg$`));
    expect(await meta('meta[property="og:image:width"]')).toBe('1200');
    expect(await meta('meta[property="og:image:height"]')).toBe('630');
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await meta('meta[property="article:section"]')).toBe('World');
    expect(Date.parse((await meta('meta[property="article:published_time"]')) ?? '')).not.toBeNaN();
    expect(await meta('meta[name="description"]')).toMatch(/^Russian President Vladimir Putin/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${referencePath}`);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute(
      'href',
      `${baseURL}/feed.xml`,
    );
  });

  test('a story without a lead image shares its generated card', async ({ page, baseURL }) => {
    await page.goto(`/articles/${PICTURELESS_SLUG}`);
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toBe(`${baseURL}/og/articles/${PICTURELESS_SLUG}`);
  });

  test('the share image is a 1200x630 PNG, and so is the site-wide one', async ({ request }) => {
    for (const path of [`/og/articles/${referenceStory.slug}`, '/og/site']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    }
    expect((await request.get('/og/articles/no-such-story')).status()).toBe(404);
  });
});

test.describe('structured data', () => {
  async function jsonLd(page: import('@playwright/test').Page, path: string) {
    await page.goto(path);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    return scripts.map((text) => JSON.parse(text) as Record<string, unknown>);
  }

  test('the article page describes a NewsArticle and its breadcrumbs', async ({ page, baseURL }) => {
    const data = await jsonLd(page, referencePath);
    const article = data.find((item) => item['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: referenceStory.headline,
      // The seed bylines the reference story (db/seed/demo-people.ts).
      author: [
        { '@type': 'Person', name: 'Ana Ruiz', url: `${baseURL}/authors/ana-ruiz` },
        { '@type': 'Person', name: 'Morgan Hale', url: `${baseURL}/authors/morgan-hale` },
      ],
      publisher: { name: 'Newsdesk', logo: { '@type': 'ImageObject', url: `${baseURL}/icon` } },
      isBasedOn: { publisher: { name: 'Fox News' } },
    });
    // The lead image's 16:9, 4:3 and 1:1 crops, each at least 1200 px wide.
    const images = article?.image as { url: string; width: string }[];
    expect(images.map((image) => image.url)).toEqual(images.map(() => expect.stringMatching(new RegExp(`^${baseURL}/media/i/`))));
    expect(images.map((image) => Number(image.width) >= 1200)).toEqual([true, true, true]);
    for (const field of ['datePublished', 'dateModified'] as const) {
      expect(article?.[field]).toMatch(/T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    }
    // The reference story was revised after publication (see the seed).
    expect(Date.parse(String(article?.dateModified))).toBeGreaterThan(Date.parse(String(article?.datePublished)));
    const breadcrumbs = data.find((item) => item['@type'] === 'BreadcrumbList');
    expect((breadcrumbs?.itemListElement as { name: string }[]).map((crumb) => crumb.name)).toEqual([
      'Newsdesk',
      'World',
      referenceStory.headline,
    ]);
  });

  test('the home page describes the publisher and the site search', async ({ page, baseURL }) => {
    const [graph] = await jsonLd(page, '/');
    const website = (graph?.['@graph'] as Record<string, unknown>[]).find((item) => item['@type'] === 'WebSite');
    expect(website?.potentialAction).toMatchObject({
      '@type': 'SearchAction',
      target: { urlTemplate: `${baseURL}/search?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
  });
});

test.describe('feeds', () => {
  for (const [path, format] of [
    ['/feed.xml', 'rss'],
    ['/atom.xml', 'atom'],
    ['/feeds/sections/world.xml', 'rss'],
    ['/feeds/sources/fox-news.xml', 'rss'],
  ] as const) {
    test(`${path} is a valid ${format} feed with the reference story, summary and key points`, async ({
      request,
      baseURL,
    }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(format === 'rss' ? 'application/rss+xml' : 'application/atom+xml');
      const feed = parseFeed(await response.text());
      expect(feed.meta.type).toBe(format);
      const item = feed.items.find((candidate) => candidate.url === `${baseURL}${referencePath}`);
      expect(item?.title).toBe(referenceStory.headline);
      expect(item?.content).toContain(referenceStory.summary.slice(0, 60));
      expect(item?.content).toContain(referenceStory.keyPoints[2]?.text.slice(0, 40));
      expect(item?.published).toBeInstanceOf(Date);
    });
  }

  test('unknown feeds answer 404', async ({ request }) => {
    for (const path of ['/feeds/sections/no-such-section.xml', '/feeds/sources/world.xml', '/feeds/sections/%00.xml']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

test.describe('sitemaps and robots', () => {
  test('sitemap.xml lists the home page, every section and source, and the stories', async ({ request, baseURL }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.headers()['content-type']).toContain('application/xml');
    const { urlset } = parseXml(await response.text());
    const entries = urlset?.url as { loc: string; lastmod?: string }[];
    const locations = entries.map((entry) => entry.loc);
    expect(locations).toContain(`${baseURL}/`);
    expect(locations).toContain(`${baseURL}/sections/world`);
    expect(locations).toContain(`${baseURL}/sources/fox-news`);
    expect(locations).toContain(`${baseURL}${referencePath}`);
    expect(locations.filter((loc) => loc.includes('/articles/')).length).toBeGreaterThanOrEqual(31);
    const reference = entries.find((entry) => entry.loc === `${baseURL}${referencePath}`);
    expect(reference?.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  test('the Google News sitemap carries publication, language, date and title', async ({ request, baseURL }) => {
    const { urlset } = parseXml(await (await request.get('/news-sitemap.xml')).text());
    const entries = urlset?.url as { loc: string; 'news:news': Record<string, unknown> }[];
    const reference = entries.find((entry) => entry.loc === `${baseURL}${referencePath}`);
    expect(reference?.['news:news']).toMatchObject({
      'news:publication': { 'news:name': 'Newsdesk', 'news:language': 'en' },
      'news:title': referenceStory.headline,
    });
    const published = Date.parse(String(reference?.['news:news']['news:publication_date']));
    expect(Date.now() - published).toBeLessThan(48 * 3_600_000);
  });

  test('robots.txt keeps crawlers out of the newsroom and the API and names the sitemaps', async ({
    request,
    baseURL,
  }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toContain('Disallow: /admin');
    expect(text).toContain('Disallow: /api');
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(text).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
  });
});

test('the article shows the exact time with its zone beside the relative time, and when it was updated', async ({
  page,
}) => {
  await page.goto(referencePath);
  const dateline = page.getByTestId('dateline');
  // The seed publishes the story 3 h before it runs; the browser counts in whole minutes, so
  // within the seed's own minute the story is still "2h ago".
  await expect(dateline.locator('time.time')).toHaveText(/^[234]h ago$/);
  await expect(dateline.locator('time.dateline__exact')).toHaveText(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2} [A-Z]{3,}/);
  await expect(dateline.getByTestId('updated')).toHaveText(/^Updated \d{1,2} \w{3} \d{4}, \d{2}:\d{2} [A-Z]{3,}/);
});

test('a story that was never revised shows no "Updated"', async ({ page }) => {
  await page.goto('/');
  const lead = page.getByRole('region', { name: 'Top story' }).getByRole('link').first();
  await lead.click();
  await expect(page.getByTestId('dateline')).toBeVisible();
  await expect(page.getByTestId('updated')).toHaveCount(0);
});
