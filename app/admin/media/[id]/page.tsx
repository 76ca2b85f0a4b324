import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireActor } from '@/app/_server/session';
import { AdminTime } from '@/components/admin/admin-time';
import { DeleteImageForm } from '@/components/admin/media/delete-image-form';
import { ImageEditor } from '@/components/admin/media/image-editor';
import { getDb } from '@/db/client';
import { findImage, findImagePreview, findImageUsage } from '@/db/queries/images';
import { can } from '@/lib/authz/policy';
import { megabytes } from '@/lib/media/limits';
import { deleteImageAction, updateImageAction } from '../actions';
import '@/components/admin/media/media.css';

export const metadata: Metadata = { title: 'Picture' };

const STATUS_TEXT: Record<string, string> = {
  draft: 'Draft',
  in_review: 'In review',
  scheduled: 'Scheduled',
  published: 'Published',
  archived: 'Archived',
};

export default async function MediaItemPage({ params }: PageProps<'/admin/media/[id]'>) {
  const { id } = await params;
  const actor = await requireActor(`/admin/media/${encodeURIComponent(id)}`, 'media:view');
  const db = await getDb();
  const image = z.uuid().safeParse(id).success ? await findImage(db, id) : null;
  if (!image) notFound();
  const [preview, usage] = await Promise.all([findImagePreview(db, id), findImageUsage(db, id)]);
  const facts = { uploadedById: image.uploadedById };
  const canEdit = can(actor, 'media:edit', facts);
  const canDelete = can(actor, 'media:delete', facts);
  return (
    <>
      <p className="breadcrumb">
        <AppLink href="/admin/media">Media library</AppLink>
      </p>
      <div className="page-heading">
        <h1>{image.altText ?? image.originalName ?? 'Picture'}</h1>
        {image.altText ? null : <span className="media-flag">No alt text</span>}
      </div>
      <dl className="facts">
        <dt>Size</dt>
        <dd>
          {image.width}×{image.height} pixels, {image.originalFormat.toUpperCase()}, {megabytes(image.originalByteSize)}
        </dd>
        <dt>Uploaded</dt>
        <dd>
          <AdminTime date={image.createdAt} /> by {image.uploadedByName ?? 'a former colleague'}
        </dd>
      </dl>
      <ImageEditor
        image={{
          id: image.id,
          altText: image.altText,
          caption: image.caption,
          credit: image.credit,
          licence: image.licence,
          focalX: image.focalX,
          focalY: image.focalY,
        }}
        preview={preview}
        canEdit={canEdit}
        action={updateImageAction}
      />
      <section className="panel media-usage" aria-labelledby="usage-heading">
        <h2 id="usage-heading">Where it is used</h2>
        {usage.length === 0 ? (
          <p className="muted">No story uses this picture.</p>
        ) : (
          <ul>
            {usage.map((story) => (
              <li key={story.id}>
                <AppLink href={`/admin/articles/${story.id}`}>{story.headline || 'Untitled'}</AppLink>{' '}
                <span className={`status-badge status-badge--${story.status}`}>{STATUS_TEXT[story.status] ?? story.status}</span>
              </li>
            ))}
          </ul>
        )}
        {canDelete ? <DeleteImageForm imageId={image.id} action={deleteImageAction} /> : null}
      </section>
    </>
  );
}
