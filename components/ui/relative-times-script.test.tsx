import { JSDOM } from 'jsdom';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { RelativeTime } from './relative-time';
import { RelativeTimesScript } from './relative-times-script';

/*
 * The inline script as a reader's page carries it, run by a DOM as the page is parsed: no
 * React in the browser (runtime/server/script-free-pages.mjs takes the framework's scripts out).
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ago: number) => new Date(Date.now() - ago).toISOString();

let dom: JSDOM | null = null;
afterEach(() => {
  dom?.window.close();
  dom = null;
});

function page(times: React.ReactNode) {
  const html = renderToStaticMarkup(
    <html lang="en">
      <body>
        <main>{times}</main>
        <RelativeTimesScript />
      </body>
    </html>,
  );
  dom = new JSDOM(`<!DOCTYPE html>${html}`, { runScripts: 'dangerously' });
  return dom.window.document;
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Each time's text, and whether it is out of sight. */
const shown = (document: Document) => [...document.querySelectorAll('time')].map((time) => [time.textContent, time.hidden]);

describe('relative times on a page without the framework', () => {
  it('labels every time as the page is parsed, and keeps the exact time in its title', () => {
    const document = page(
      <>
        <RelativeTime iso={iso(3 * HOUR + 60_000)} exact="exact one" />
        <RelativeTime iso={iso(2 * DAY)} exact="exact two" />
        <RelativeTime iso={iso(10_000)} exact="exact three" />
      </>,
    );
    const times = [...document.querySelectorAll('time')];
    expect(times.map((time) => time.textContent)).toEqual(['3h ago', '2d ago', 'just now']);
    expect(times.map((time) => time.title)).toEqual(['exact one', 'exact two', 'exact three']);
  });

  it('shows the exact time past a week, or nothing where the exact time stands beside it', () => {
    const document = page(
      <>
        <RelativeTime iso={iso(9 * DAY)} exact="9 days back" />
        <RelativeTime iso={iso(9 * DAY)} exact="9 days back" withoutFallback />
        <RelativeTime iso={iso(5 * 60_000)} exact="5 minutes back" withoutFallback />
      </>,
    );
    expect(shown(document)).toEqual([
      ['9 days back', false],
      ['', true],
      ['5m ago', false],
    ]);
  });

  it('labels times added later, and a time whose moment changes', async () => {
    const document = page(<RelativeTime iso={iso(HOUR)} exact="an hour back" />);
    const added = document.createElement('div');
    added.innerHTML = renderToStaticMarkup(<RelativeTime iso={iso(4 * DAY)} exact="four days back" />);
    document.querySelector('main')?.append(added);
    document.querySelector('time')?.setAttribute('datetime', iso(2 * HOUR));
    await settle();
    expect([...document.querySelectorAll('time')].map((each) => each.textContent)).toEqual(['2h ago', '4d ago']);
  });

  it('without the script, a time reads as the exact time, or is out of sight', () => {
    const html = renderToStaticMarkup(
      <>
        <RelativeTime iso={iso(HOUR)} exact="2 Dec 2026, 06:13 UTC" />
        <RelativeTime iso={iso(HOUR)} exact="2 Dec 2026, 06:13 UTC" withoutFallback />
      </>,
    );
    dom = new JSDOM(`<!DOCTYPE html><body>${html}</body>`);
    expect(shown(dom.window.document)).toEqual([
      ['2 Dec 2026, 06:13 UTC', false],
      ['', true],
    ]);
  });
});
