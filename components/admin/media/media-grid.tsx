import { AppLink } from '@/components/ui/app-link';
import { type ImageRef, pickVariant } from '@/lib/media/image-ref';

export interface LibraryItem {
  id: string;
  altText: string | null;
  caption: string | null;
  credit: string | null;
  width: number;
  height: number;
  ref: ImageRef | null;
}

/** The library's pictures as cards; a picture with no alt text says so in words, not colour alone. */
export function MediaGrid({ items }: { items: readonly LibraryItem[] }) {
  return (
    <ul className="media-grid">
      {items.map((item) => {
        const thumb = item.ref ? pickVariant(item.ref, '4:3', 'webp', 480) : null;
        const label = item.altText ?? item.caption ?? 'Picture without a description';
        return (
          <li key={item.id} className="media-card">
            <AppLink href={`/admin/media/${item.id}`} className="media-card__link">
              {thumb ? (
                // Empty alt: the alt text is printed beside it as the link's name; saying it twice helps nobody.
                // eslint-disable-next-line @next/next/no-img-element -- our own immutable variants, already sized
                <img src={thumb.url} width={thumb.width} height={thumb.height} alt="" loading="lazy" decoding="async" />
              ) : (
                <span className="media-card__missing">No preview</span>
              )}
              <span className="media-card__text">
                {item.altText ? <span className="media-card__alt">{item.altText}</span> : <span className="media-flag">No alt text</span>}
                {item.altText ? null : <span className="visually-hidden">{label}</span>}
              </span>
            </AppLink>
            <p className="media-card__meta">
              {item.credit ? <span>{item.credit}</span> : <span className="muted">No credit</span>}
              <span className="muted">
                {' '}
                · {item.width}×{item.height}
              </span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
