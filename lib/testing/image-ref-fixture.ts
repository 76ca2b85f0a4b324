import type { ImageRef } from '@/lib/media/image-ref';

type Variant = ImageRef['variants'][number];

const HEIGHT_PER_WIDTH: Record<Variant['aspect'], number> = { '16:9': 9 / 16, '4:3': 3 / 4, '1:1': 1, og: 630 / 1200 };

/**
 * An image as the queries return it, with every crop in every format at the given widths
 * (the og crop only at 1200): for tests of markup and metadata that need no database.
 */
export function imageRefFixture(overrides: Partial<ImageRef> = {}, widths = [480, 960, 1600]): ImageRef {
  const id = overrides.id ?? '00000000-0000-4000-8000-00000000000a';
  const variants: Variant[] = [];
  for (const aspect of ['16:9', '4:3', '1:1'] as const) {
    for (const format of ['avif', 'webp', 'jpeg'] as const) {
      for (const width of widths) {
        const height = Math.round(width * HEIGHT_PER_WIDTH[aspect]);
        variants.push({ aspect, format, width, height, url: `/media/${id}/${aspect.replace(':', 'x')}-${width}.${format}` });
      }
    }
  }
  for (const format of ['jpeg', 'webp'] as const) {
    variants.push({ aspect: 'og', format, width: 1200, height: 630, url: `/media/${id}/og-1200.${format}` });
  }
  return {
    id,
    alt: 'Firefighters on a ladder truck spray water onto a burning warehouse roof at dusk',
    caption: 'The fire spread to two neighbouring buildings.',
    credit: 'Jane Doe / Newsdesk',
    licence: null,
    width: 4000,
    height: 3000,
    focalX: 0.5,
    focalY: 0.5,
    variants,
    ...overrides,
  };
}
