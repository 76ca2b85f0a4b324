import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { z } from 'zod';
import { requireActor } from '@/app/_server/session';
import { MediaGrid } from '@/components/admin/media/media-grid';
import { MediaUploader } from '@/components/admin/media/media-uploader';
import { getDb } from '@/db/client';
import { listLibrary } from '@/db/queries/images';
import { cursorSchema, encodeCursor } from '@/lib/paging/cursor';
import { lastValue } from '@/lib/paging/page-request';
import '@/components/admin/media/media.css';

export const metadata: Metadata = { title: 'Media library' };

const PAGE_SIZE = 24;

const paramsSchema = z.object({
  q: lastValue.pipe(z.string().trim().max(200).optional()).catch(undefined),
  before: lastValue.pipe(cursorSchema.optional()).catch(undefined),
  deleted: lastValue.catch(undefined),
});

export default async function MediaLibraryPage({ searchParams }: PageProps<'/admin/media'>) {
  await requireActor('/admin/media', 'media:view');
  const { q, before, deleted } = paramsSchema.parse(await searchParams);
  const { items, older } = await listLibrary(await getDb(), { q, before, pageSize: PAGE_SIZE });
  const olderHref = older ? `/admin/media?${new URLSearchParams({ ...(q ? { q } : {}), before: encodeCursor(older) })}` : null;
  return (
    <>
      <div className="page-heading">
        <h1>Media library</h1>
      </div>
      {deleted === '1' ? (
        <p className="form-notice" role="status">
          The picture was deleted.
        </p>
      ) : null}
      <MediaUploader />
      <form className="media-search" role="search" action="/admin/media">
        <label htmlFor="media-q">Search alt text, captions and credits</label>
        <div className="media-search__row">
          <input id="media-q" name="q" type="search" defaultValue={q ?? ''} maxLength={200} />
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </form>
      <h2 className="visually-hidden">Pictures</h2>
      {items.length === 0 ? (
        <p className="empty">{q ? `No pictures match “${q}”.` : 'No pictures yet. Upload the first one above.'}</p>
      ) : (
        <MediaGrid items={items} />
      )}
      <nav className="pager" aria-label="More pictures">
        {before ? <AppLink href={q ? `/admin/media?${new URLSearchParams({ q })}` : '/admin/media'}>← Newest</AppLink> : null}
        {olderHref ? <AppLink href={olderHref}>Older pictures →</AppLink> : null}
      </nav>
    </>
  );
}
