/**
 * What readers' pages know about a picture: its words, its size, and the variants made for
 * it (lib/media/variant-plan.ts), each at an immutable, content-hashed URL. Built by
 * `getImageRefs` (db/queries/images.ts); plain data, safe to cache and to send to a client.
 */

export const ASPECTS = ['16:9', '4:3', '1:1'] as const;
export type Aspect = (typeof ASPECTS)[number];
/** The share crop: exactly OG_WIDTH × OG_HEIGHT, JPEG (every network reads JPEG). */
export type VariantAspect = Aspect | 'og';

export const VARIANT_FORMATS = ['avif', 'webp', 'jpeg'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface ImageVariant {
  aspect: VariantAspect;
  format: VariantFormat;
  width: number;
  height: number;
  /** Site-relative: /media/i/<hash>.<ext>. Prefix SITE_URL for absolute (share) URLs. */
  url: string;
}

export interface ImageRef {
  id: string;
  /** Null when nobody has described the picture yet: it must not go live like that. */
  alt: string | null;
  caption: string | null;
  credit: string | null;
  licence: string | null;
  /** The original's size after EXIF orientation. */
  width: number;
  height: number;
  /** Where the crops centre, 0..1 from the left and from the top. */
  focalX: number;
  focalY: number;
  /** The current crop's variants (narrowest first within each aspect and format). */
  variants: ImageVariant[];
}

export const CONTENT_TYPES: Record<VariantFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
};

export const EXTENSIONS: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };

/** The public URL of a variant's bytes. */
export function variantUrl(hash: string, format: VariantFormat): string {
  return `/media/i/${hash}.${EXTENSIONS[format]}`;
}

/** The variants of one aspect and format, narrowest first. */
export function variantsOf(image: Pick<ImageRef, 'variants'>, aspect: VariantAspect, format: VariantFormat): ImageVariant[] {
  return image.variants
    .filter((variant) => variant.aspect === aspect && variant.format === format)
    .sort((a, b) => a.width - b.width);
}

/** `url 480w, url 800w, …` for a `<source srcset>` / `<img srcset>`; '' when there are none. */
export function srcSet(image: Pick<ImageRef, 'variants'>, aspect: VariantAspect, format: VariantFormat, prefix = ''): string {
  return variantsOf(image, aspect, format)
    .map((variant) => `${prefix}${variant.url} ${variant.width}w`)
    .join(', ');
}

/**
 * The variant of an aspect and format closest to `minWidth` from above (the widest if none
 * is that wide): the `src` fallback, or a share/JSON-LD image (minWidth 1200).
 */
export function pickVariant(
  image: Pick<ImageRef, 'variants'>,
  aspect: VariantAspect,
  format: VariantFormat,
  minWidth = 0,
): ImageVariant | null {
  const candidates = variantsOf(image, aspect, format);
  return candidates.find((variant) => variant.width >= minWidth) ?? candidates.at(-1) ?? null;
}
