import { type Aspect, OG_HEIGHT, OG_WIDTH, type VariantAspect, type VariantFormat } from './image-ref';
import type { Ratio } from './focal-crop';

/**
 * Which variants every picture gets. Widths cover phones to 2× desktop for the article's lead
 * (16:9, up to 1600) and the cards (4:3, 1:1); 1200 is always made, enlarged if the crop is
 * narrower, because Google's Top Stories and Discover want ≥ 1200 px in all three aspects.
 * AVIF first, WebP for the rest; the 1200×630 share crop is JPEG for every network.
 *
 * Measured with bench/media-ingest.ts on 2 shared cores: AVIF effort 1 made the four 16:9
 * widths in ~0.45 s, effort 2 in ~0.7 s, effort 3 in ~1.5 s, at sizes within 5% of each
 * other; effort 4 took ~2 s for one 1200 px AVIF. So effort 1.
 */

export const RATIOS: Record<Aspect, Ratio> = {
  '16:9': { width: 16, height: 9 },
  '4:3': { width: 4, height: 3 },
  '1:1': { width: 1, height: 1 },
};

export const OG_RATIO: Ratio = { width: OG_WIDTH, height: OG_HEIGHT };

export const WIDTHS: Record<Aspect, readonly number[]> = {
  '16:9': [480, 800, 1200, 1600],
  '4:3': [480, 800, 1200],
  '1:1': [480, 800, 1200],
};

/** The width every aspect has, whatever the original's size. */
export const REQUIRED_WIDTH = 1200;

export const ENCODINGS = {
  avif: { quality: 50, effort: 1 },
  webp: { quality: 75, effort: 4 },
  jpeg: { quality: 82, mozjpeg: true },
} as const;

/**
 * The whole picture, uncropped and at most PREVIEW_WIDTH wide: the library shows it to pick
 * the focal point. Never part of an ImageRef (readers get crops only).
 */
export const PREVIEW_ASPECT = 'full';
export const PREVIEW_WIDTH = 960;
export type StoredAspect = VariantAspect | typeof PREVIEW_ASPECT;

export interface PlannedVariant {
  aspect: StoredAspect;
  format: VariantFormat;
  width: number;
  height: number;
}

/** The widths made for a crop this wide: none wider than the crop, except REQUIRED_WIDTH. */
export function widthsFor(aspect: Aspect, cropWidth: number): number[] {
  return WIDTHS[aspect].filter((width) => width <= cropWidth || width === REQUIRED_WIDTH);
}

export function heightFor(ratio: Ratio, width: number): number {
  return Math.round((width * ratio.height) / ratio.width);
}
