import type { ImageRef } from '../media/image-ref';
import { mimeOf, shareVariant } from '../media/picture';
import type { PageMetadataInput } from './page-metadata';
import { paths } from './paths';

/**
 * The picture a shared story shows (Open Graph, Twitter): its lead image's 1200×630 crop,
 * cut around the focal point, with the image's alt text. A story without one (or an image
 * without that crop yet) keeps the generated card with its headline.
 */
export function articleShareImage(article: {
  slug: string;
  headlineText: string;
  leadImage?: Pick<ImageRef, 'alt' | 'variants'> | null;
}): NonNullable<PageMetadataInput['image']> {
  const variant = article.leadImage ? shareVariant(article.leadImage) : null;
  if (!article.leadImage || !variant) return { path: paths.articleImage(article.slug), alt: article.headlineText };
  return {
    path: variant.url,
    alt: article.leadImage.alt || article.headlineText,
    width: variant.width,
    height: variant.height,
    type: mimeOf(variant.format),
  };
}
