import { describe, expect, it } from 'vitest';
import { numberCitations } from './citations';
import { outboundRel } from './link-rel';

describe('numberCitations', () => {
  it('numbers the sources in reading order, skipping points without one', () => {
    const { perPoint, sources } = numberCitations([
      { sourceUrl: 'https://www.reuters.com/world/a' },
      { sourceUrl: null },
      { sourceUrl: 'https://apnews.com/article/b' },
    ]);
    expect(perPoint.map((citation) => citation?.number ?? null)).toEqual([1, null, 2]);
    expect(sources.map((citation) => citation.site)).toEqual(['reuters.com', 'apnews.com']);
  });

  it('gives a source cited twice one number', () => {
    const { perPoint, sources } = numberCitations([
      { sourceUrl: 'https://apnews.com/x' },
      { sourceUrl: 'https://bbc.co.uk/y' },
      { sourceUrl: 'https://apnews.com/x' },
    ]);
    expect(perPoint.map((citation) => citation?.number)).toEqual([1, 2, 1]);
    expect(sources).toHaveLength(2);
  });

  it('never cites a javascript:, data: or mailto: address', () => {
    const { perPoint } = numberCitations([
      { sourceUrl: 'javascript:alert(1)' },
      { sourceUrl: 'data:text/html,hi' },
      { sourceUrl: 'mailto:desk@example.com' },
      { sourceUrl: '' },
    ]);
    expect(perPoint).toEqual([null, null, null, null]);
  });
});

describe('outboundRel', () => {
  it('keeps every outbound link from passing trust, referrer or the opener', () => {
    expect(outboundRel().split(' ').sort()).toEqual(['nofollow', 'noopener', 'noreferrer']);
  });

  it('adds sponsored inside a paid-for story', () => {
    expect(outboundRel({ sponsored: true }).split(' ')).toContain('sponsored');
    expect(outboundRel({ sponsored: false }).split(' ')).not.toContain('sponsored');
  });
});
