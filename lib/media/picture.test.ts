import { describe, expect, it } from 'vitest';
import { imageRefFixture } from '@/lib/testing/image-ref-fixture';
import { captionOf, pictureMarkup, shareVariant, srcSetOf, structuredDataVariants, variantsOf } from './picture';

describe('pictureMarkup', () => {
  const image = imageRefFixture();

  it('offers AVIF, then WebP, each at every width of the crop', () => {
    const markup = pictureMarkup(image, '16:9');
    expect(markup?.sources.map((source) => source.type)).toEqual(['image/avif', 'image/webp']);
    expect(markup?.sources[0]?.srcSet).toBe(
      `/media/${image.id}/16x9-480.avif 480w, /media/${image.id}/16x9-960.avif 960w, /media/${image.id}/16x9-1600.avif 1600w`,
    );
  });

  it('falls back to JPEG with the crop’s own width and height, so the box is reserved before it loads', () => {
    const markup = pictureMarkup(image, '4:3');
    expect(markup?.img).toMatchObject({ width: 1600, height: 1200, src: `/media/${image.id}/4x3-960.jpeg` });
    expect(markup?.img.srcSet).toContain('4x3-480.jpeg 480w');
  });

  it('never mixes crops', () => {
    const markup = pictureMarkup(image, '1:1');
    const all = [markup?.img.srcSet, ...(markup?.sources.map((source) => source.srcSet) ?? [])].join(' ');
    expect(all).not.toMatch(/16x9|4x3|og-/);
  });

  it('is null for a crop with no variants', () => {
    expect(pictureMarkup({ variants: [] }, '16:9')).toBeNull();
  });
});

describe('share and crawler variants', () => {
  it('picks the widest JPEG of 16:9, 4:3 and 1:1 when at least 1200 px wide', () => {
    const chosen = structuredDataVariants(imageRefFixture());
    expect(chosen.map((variant) => [variant.aspect, variant.format, variant.width])).toEqual([
      ['16:9', 'jpeg', 1600],
      ['4:3', 'jpeg', 1600],
      ['1:1', 'jpeg', 1600],
    ]);
  });

  it('leaves out crops narrower than Google accepts', () => {
    expect(structuredDataVariants(imageRefFixture({}, [480, 960]))).toEqual([]);
  });

  it('shares the 1200×630 crop', () => {
    expect(shareVariant(imageRefFixture())).toMatchObject({ width: 1200, height: 630, format: 'jpeg' });
    expect(shareVariant({ variants: [] })).toBeNull();
  });
});

describe('helpers', () => {
  it('sorts variants narrowest first', () => {
    const image = imageRefFixture();
    const shuffled = { variants: [...image.variants].reverse() };
    expect(variantsOf(shuffled, '16:9', 'webp').map((variant) => variant.width)).toEqual([480, 960, 1600]);
    expect(srcSetOf([])).toBe('');
  });

  it('captions with the story’s own words, else the library’s', () => {
    const image = imageRefFixture({ caption: 'Library caption' });
    expect(captionOf(image, 'For this story')).toBe('For this story');
    expect(captionOf(image, '  ')).toBe('Library caption');
    expect(captionOf(image, null)).toBe('Library caption');
  });
});

describe('a crop made in AVIF and WebP only (the variant plan’s formats)', () => {
  const full = imageRefFixture();
  const image = { ...full, variants: full.variants.filter((variant) => variant.format !== 'jpeg') };

  it('offers AVIF as a source and WebP as the img, without repeating WebP as a source', () => {
    const markup = pictureMarkup(image, '16:9');
    expect(markup?.sources.map((source) => source.type)).toEqual(['image/avif']);
    expect(markup?.img.src).toMatch(/16x9-960\.webp$/);
    expect(markup?.img).toMatchObject({ width: 1600, height: 900 });
  });

  it('still finds ≥ 1200 px crops for crawlers', () => {
    expect(structuredDataVariants(image).map((variant) => variant.format)).toEqual(['webp', 'webp', 'webp']);
  });
});
