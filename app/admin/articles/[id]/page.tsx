import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireActor } from '@/app/_server/session';
import { ArticleEditor } from '@/components/editor/article-editor';
import { getDb } from '@/db/client';
import { getEditorArticle, listRevisions } from '@/db/queries/newsroom';
import { listPeopleOptions } from '@/db/queries/people';
import { getGlobalWebLinks, getLatest, getSections, getSources } from '@/app/_server/cached-reads';
import { can } from '@/lib/authz/policy';
import { correctionsPanelData } from '@/lib/corrections/panel';
import { env } from '@/lib/env';
import {
  archiveArticle,
  deleteDraft,
  listArticleRevisions,
  loadArticle,
  publishArticle,
  restoreRevision,
  saveArticle,
  scheduleArticle,
  sendBackToWriter,
  submitForReview,
  unpublishArticle,
  verifyKeyPoint,
} from './actions';
import { addCorrection, changeCorrection, proposeCorrection, removeCorrection } from './corrections-actions';
import { searchLeadImages, uploadLeadImage } from './image-actions';

export const metadata: Metadata = { title: 'Edit article' };

/** One more than the reader's page shows, so the preview can leave this story out. */
const PREVIEW_LATEST = 7;

export default async function EditArticlePage({ params }: PageProps<'/admin/articles/[id]'>) {
  const { id: rawId } = await params;
  const actor = await requireActor(`/admin/articles/${encodeURIComponent(rawId)}`);
  const id = z.uuid().safeParse(rawId);
  if (!id.success) notFound();

  const db = await getDb();
  const article = await getEditorArticle(db, id.data);
  if (!article) notFound();
  if (!can(actor, 'article:view', article)) return <NotAllowed />;

  const [sources, sections, people, revisions, latest, globalWebLinks, corrections] = await Promise.all([
    getSources(),
    getSections(),
    listPeopleOptions(db),
    listRevisions(db, article.id),
    getLatest(PREVIEW_LATEST),
    getGlobalWebLinks(),
    correctionsPanelData(db, actor, article),
  ]);
  const { SITE_TIME_ZONE, SITE_URL } = env();

  return (
    <ArticleEditor
      article={article}
      actor={{ id: actor.id, role: actor.role, disabled: actor.disabled }}
      api={{
        save: saveArticle,
        publish: publishArticle,
        schedule: scheduleArticle,
        submit: submitForReview,
        sendBack: sendBackToWriter,
        unpublish: unpublishArticle,
        archive: archiveArticle,
        remove: deleteDraft,
        restore: restoreRevision,
        load: loadArticle,
        listRevisions: listArticleRevisions,
        verifyKeyPoint,
      }}
      library={{ search: searchLeadImages, upload: uploadLeadImage }}
      sources={sources}
      sections={sections}
      people={people}
      revisions={revisions}
      latest={latest}
      globalWebLinks={globalWebLinks}
      timeZone={SITE_TIME_ZONE}
      siteUrl={SITE_URL}
      corrections={{
        initial: corrections,
        api: { add: addCorrection, propose: proposeCorrection, change: changeCorrection, remove: removeCorrection },
      }}
    />
  );
}

function NotAllowed() {
  return (
    <div className="form-alert" role="alert">
      <h1>You can’t open this article</h1>
      <p>
        It belongs to another writer, and only its author and the editors can see it. <AppLink href="/admin">Back to
        the articles</AppLink>
      </p>
    </div>
  );
}
