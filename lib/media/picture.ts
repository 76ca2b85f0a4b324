import { CONTENT_TYPES, type ImageRef, variantsOf } from './image-ref';

/*
 * How a stored image becomes markup: which variants go in which <source>, and which one
 * stands in for crawlers and share cards. Pure, so the reader's components, the editor's
 * preview, the metadata and the feeds all pick the same files.
 */

export type ImageVariant = ImageRef['variants'][number];
export type CropAspect = ImageVariant['aspect'];
/** The crops a page lays out; `og` is only for share cards. */
export type PageAspect = Exclude<CropAspect, 'og'>;

const MIME = CONTENT_TYPES;

export const mimeOf = (format: ImageVariant['format']) => MIME[format];

export { variantsOf };

/** "url 480w, url 960w": a srcset of widths. */
export function srcSetOf(variants: readonly ImageVariant[]): string {
  return variants.map((variant) => `${variant.url} ${variant.width}w`).join(', ');
}

export interface PictureMarkup {
  /** Modern formats first: the browser takes the first it supports. */
  sources: { type: string; srcSet: string }[];
  /** The <img>: JPEG if the crop has it, else WebP (what the variant plan makes): every current browser. */
  img: { src: string; srcSet: string; width: number; height: number };
}

/**
 * One crop as <picture> parts. The img's width and height are the crop's own (the widest
 * variant's), so the browser reserves the right box before any byte arrives: no layout shift.
 * Null when the crop has no variants at all.
 */
export function pictureMarkup(image: Pick<ImageRef, 'variants'>, aspect: PageAspect): PictureMarkup | null {
  const fallbackFormat = (['jpeg', 'webp', 'avif'] as const).find((format) => variantsOf(image, aspect, format).length > 0);
  if (!fallbackFormat) return null;
  const fallback = variantsOf(image, aspect, fallbackFormat);
  // A <source> in the img's own format would only repeat its srcset.
  const sources = (['avif', 'webp'] as const)
    .filter((format) => format !== fallbackFormat)
    .map((format) => ({ format, variants: variantsOf(image, aspect, format) }))
    .filter(({ variants }) => variants.length > 0)
    .map(({ format, variants }) => ({ type: MIME[format], srcSet: srcSetOf(variants) }));
  const widest = fallback[fallback.length - 1] as ImageVariant;
  // The smallest that still fills a typical column is the fallback src; srcset does the rest.
  const src = (fallback.find((variant) => variant.width >= 800) ?? widest).url;
  return { sources, img: { src, srcSet: srcSetOf(fallback), width: widest.width, height: widest.height } };
}

/** The widest JPEG (else any format) of a crop: what crawlers and feed readers get. */
export function widestVariant(image: Pick<ImageRef, 'variants'>, aspect: CropAspect): ImageVariant | null {
  for (const format of ['jpeg', 'webp', 'avif'] as const) {
    const variants = variantsOf(image, aspect, format);
    const widest = variants[variants.length - 1];
    if (widest) return widest;
  }
  return null;
}

/** Google wants article images at least this wide (Top Stories, Discover). */
export const MIN_SHARE_WIDTH = 1200;

/** The 16:9, 4:3 and 1:1 crops at ≥ 1200 px, for NewsArticle.image; wide ones first. */
export function structuredDataVariants(image: Pick<ImageRef, 'variants'>): ImageVariant[] {
  return (['16:9', '4:3', '1:1'] as const).flatMap((aspect) => {
    const widest = widestVariant(image, aspect);
    return widest && widest.width >= MIN_SHARE_WIDTH ? [widest] : [];
  });
}

/** The 1200×630 share card crop (Open Graph, Twitter), if the image has one. */
export function shareVariant(image: Pick<ImageRef, 'variants'>): ImageVariant | null {
  return widestVariant(image, 'og');
}

/** A lead image's caption line: this story's caption, else the library's. */
export function captionOf(image: Pick<ImageRef, 'caption'>, storyCaption: string | null | undefined): string {
  return (storyCaption ?? '').trim() || (image.caption ?? '').trim();
}
