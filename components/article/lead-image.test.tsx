import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { imageRefFixture } from '@/lib/testing/image-ref-fixture';
import { LeadImageFigure, ResponsivePicture, SIZES } from './lead-image';

const image = imageRefFixture();

describe('LeadImageFigure', () => {
  const html = renderToStaticMarkup(<LeadImageFigure image={image} caption="Smoke over the docks" />);

  it('is a figure with the picture, the story’s caption and the credit', () => {
    expect(html).toMatch(/^(<link [^>]*>)?<figure class="lead-image"/);
    expect(html).toContain('<figcaption class="lead-image__caption"><span>Smoke over the docks</span>');
    expect(html).toContain('Jane Doe / Newsdesk');
    expect(html).toContain(`alt="${image.alt}"`);
  });

  it('is fetched first and at once: it is the page’s largest content', () => {
    expect(html).toContain('fetchPriority="high"');
    expect(html).not.toContain('loading="lazy"');
    // Asked for from the <head> in its best format, with the sizes the picture is drawn at.
    const preload = /<link rel="preload" as="image"[^>]*>/.exec(html)?.[0] ?? '';
    expect(preload).toContain('type="image/avif"');
    expect(preload).toContain(`imageSrcSet="/media/${image.id}/16x9-480.avif 480w`);
    expect(preload).toContain(`imageSizes="${SIZES.article}"`);
    expect(preload).toContain('fetchPriority="high"');
  });

  it('reserves its 16:9 box and offers AVIF and WebP at every width', () => {
    expect(html).toContain('width="1600" height="900"');
    expect(html).toContain(`<source type="image/avif" srcSet="/media/${image.id}/16x9-480.avif 480w`);
    expect(html).toContain(`<source type="image/webp" srcSet="/media/${image.id}/16x9-480.webp 480w`);
    expect(html).toContain(`sizes="${SIZES.article}"`);
  });

  it('leaves the caption out when there are no words for it', () => {
    const bare = renderToStaticMarkup(<LeadImageFigure image={{ ...image, caption: null, credit: null }} caption="" />);
    expect(bare).not.toContain('figcaption');
  });
});

describe('ResponsivePicture below the fold', () => {
  it('loads lazily and still reserves its box', () => {
    const html = renderToStaticMarkup(<ResponsivePicture image={image} aspect="1:1" sizes={SIZES.thumb} />);
    expect(html).toContain('loading="lazy"');
    expect(html).not.toContain('fetchPriority');
    expect(html).not.toContain('rel="preload"');
    expect(html).toContain('width="1600" height="1600"');
  });

  it('renders nothing for a picture with no variants yet', () => {
    expect(renderToStaticMarkup(<ResponsivePicture image={{ alt: 'x', variants: [] }} aspect="16:9" sizes="100vw" />)).toBe('');
  });
});
