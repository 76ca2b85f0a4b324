import { preload } from 'react-dom';
import type { ImageRef } from '@/lib/media/image-ref';
import { captionOf, type PageAspect, pictureMarkup } from '@/lib/media/picture';

/*
 * Pictures as readers get them: <picture> with AVIF and WebP srcsets of one focal-point
 * crop, a JPEG <img> with the crop's width and height (the box is reserved before a byte
 * arrives: no layout shift). The page's largest picture is fetched first and eagerly;
 * every other one waits until it nears the viewport. No client code: the preview renders
 * these very components in the editor.
 */

/** How wide the picture is drawn, per viewport, so the browser fetches the smallest fit. */
export const SIZES = {
  /** The article's lead image: the text column (44rem) or the screen, whichever is narrower. */
  article: '(min-width: 48rem) 44rem, 100vw',
  /** The home page's top story: its column. */
  lead: '(min-width: 64rem) 40rem, 100vw',
  /** A card in the grid of more stories. */
  card: '(min-width: 64rem) 16rem, (min-width: 40rem) 50vw, 100vw',
  /** A square thumbnail beside a story in a list. */
  thumb: '6rem',
} as const;

export function ResponsivePicture({
  image,
  aspect,
  sizes,
  priority = false,
  className,
}: {
  image: Pick<ImageRef, 'alt' | 'variants'>;
  aspect: PageAspect;
  sizes: string;
  /** The page's LCP image: fetched first, never lazily. */
  priority?: boolean;
  className?: string;
}) {
  const markup = pictureMarkup(image, aspect);
  if (!markup) return null;
  if (priority) {
    // Asked for from the <head>, before the stylesheet and the body are parsed: the LCP
    // image in its best format (a browser that can't decode the type skips the hint).
    const best = markup.sources[0] ?? { srcSet: markup.img.srcSet, type: undefined };
    preload(markup.img.src, { as: 'image', imageSrcSet: best.srcSet, imageSizes: sizes, type: best.type, fetchPriority: 'high' });
  }
  return (
    <picture className={className}>
      {markup.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      {/* Our own variant route serves every size already made: next/image would add a resize hop. */}
      <img
        src={markup.img.src}
        srcSet={markup.img.srcSet}
        sizes={sizes}
        width={markup.img.width}
        height={markup.img.height}
        alt={image.alt ?? ''}
        decoding={priority ? 'sync' : 'async'}
        {...(priority ? { fetchPriority: 'high' as const } : { loading: 'lazy' as const })}
      />
    </picture>
  );
}

/** The article's lead image between the byline and the summary, with caption and credit. */
export function LeadImageFigure({ image, caption }: { image: ImageRef; caption: string | null | undefined }) {
  const text = captionOf(image, caption);
  const credit = (image.credit ?? '').trim();
  return (
    <figure className="lead-image" data-testid="lead-image">
      <ResponsivePicture image={image} aspect="16:9" sizes={SIZES.article} priority className="lead-image__picture" />
      {text || credit ? (
        <figcaption className="lead-image__caption">
          {text ? <span>{text}</span> : null}
          {credit ? (
            <span className="lead-image__credit">
              <span className="visually-hidden">Picture: </span>
              {credit}
            </span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
