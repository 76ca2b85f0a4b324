import type { Enclosure } from 'feed';
import type { ImageRef } from '../media/image-ref';
import { mimeOf, widestVariant } from '../media/picture';
import { absoluteUrl } from '../seo/paths';
import type { SiteInfo } from '../seo/site';

/**
 * A story's lead image for a feed entry, through the feed library's own `image` support:
 * RSS 2.0 gets an <enclosure> (its `length` is the byte count, unknown here: 0, as the
 * library writes it by default), Atom a <link rel="enclosure">. The widest 16:9 JPEG:
 * every feed reader shows JPEG, and 16:9 is how readers' apps lay out a story's picture.
 */
export function feedImage(image: Pick<ImageRef, 'variants'> | null | undefined, site: SiteInfo): { image?: Enclosure } {
  const variant = image ? widestVariant(image, '16:9') : null;
  if (!variant) return {};
  return { image: { url: absoluteUrl(site.url, variant.url), type: mimeOf(variant.format), length: 0 } };
}
