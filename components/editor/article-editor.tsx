'use client';

import { useDeferredValue, useEffect, useState } from 'react';
import type { WebLink } from '@/components/article/around-the-web';
import type { ArticleCard } from '@/db/queries/articles';
import type { EditorArticle } from '@/db/queries/newsroom';
import type { Actor } from '@/lib/authz/policy';
import { toPlainText } from '@/lib/content';
import { ARTICLE_STATUS_LABELS } from '@/lib/vocabulary';
import { ActionBar } from './action-bar';
import { ArticlePreview } from './article-preview';
import { BackupOffer } from './backup-offer';
import { BylinesField } from './bylines-field';
import { ConflictView } from './conflict-view';
import { type CorrectionsApi, CorrectionsPanel } from './corrections-panel';
import type { CorrectionsPanelData } from '@/lib/corrections/panel';
import { HeadlineField } from './headline-field';
import { useLeaveGuard } from './hooks/use-leave-guard';
import { useSessionState } from './hooks/use-session';
import { KeptText } from './kept-text';
import { KeyPointsEditor } from './key-points-editor';
import { type ImageLibraryApi, LeadImagePanel } from './lead-image-panel';
import { availableActions } from './model/available-actions';
import type { BackupStorage } from './model/backup';
import type { PersonOption } from './model/bylines';
import type { EditorApi, RevisionSummary } from './model/editor-api';
import { EditorSession } from './model/editor-session';
import type { SectionOption, SourceOption } from './model/preview';
import { PublishingPanel } from './publishing-panel';
import { draftChecklist } from './model/checklist';
import { isDirty } from './model/session-state';
import { RefusalAlert } from './refusal-alert';
import { RevisionHistory } from './revision-history';
import { StorySettings } from './story-settings';
import { SummaryField } from './summary-field';
import { FieldRegistry, FieldRegistryContext } from './tiptap/field-registry';
import { WebLinksEditor } from './web-links-editor';
import './editor.css';

export interface ArticleEditorProps {
  article: EditorArticle;
  actor: Actor;
  /** The server actions (app/admin/articles/[id]/actions.ts). */
  api: EditorApi;
  /** The media library's search and upload, for the lead image. */
  library: ImageLibraryApi;
  sources: SourceOption[];
  sections: SectionOption[];
  /** Everyone who can have a byline (the people directory). */
  people: PersonOption[];
  revisions: RevisionSummary[];
  /** For the preview's Latest News and Around The Web rails. */
  latest: ArticleCard[];
  globalWebLinks: WebLink[];
  /** The site's zone, for exact times as readers see them. */
  timeZone: string;
  siteUrl: string;
  /** The "Corrections and notes" panel: its contents and actions. */
  corrections?: { initial: CorrectionsPanelData; api: CorrectionsApi };
}

function browserStorage(): BackupStorage | null {
  if (typeof window === 'undefined') return null;
  try {
    return window.localStorage;
  } catch {
    return null; // Storage blocked by the browser's privacy settings.
  }
}

/** The newsroom's article editor: fields, live preview, status and actions. */
export function ArticleEditor({
  article: initialArticle,
  actor,
  api,
  library,
  sources,
  sections,
  people,
  revisions,
  latest,
  globalWebLinks,
  timeZone,
  siteUrl,
  corrections,
}: ArticleEditorProps) {
  // Created once: later renders of the page (after a publish revalidates it) must not reset
  // what the editor is typing, so server props only seed the session.
  const [session] = useState(
    () => new EditorSession({ article: initialArticle, actor, api, storage: browserStorage() }),
  );
  const [registry] = useState(() => new FieldRegistry());
  const [showPreview, setShowPreview] = useState(true);
  const state = useSessionState(session);
  useLeaveGuard(session);
  useEffect(() => {
    session.checkBackup();
    return () => session.stopTimers();
  }, [session]);

  // Typing stays quick: the preview re-renders when React has a moment.
  const previewDraft = useDeferredValue(state.draft);
  const { article, draft, fieldErrors, generation } = state;
  const readOnly = !session.may('article:edit');
  const actions = availableActions((permission) => session.may(permission), article.status);
  const busy = state.pending !== null && state.pending !== 'autosave';
  const headline = toPlainText(draft.headline);

  return (
    <FieldRegistryContext value={registry}>
      <div className="article-editor">
        <header className="article-editor__top">
          <div>
            <p className="article-editor__kicker">
              <span className={`status-badge status-badge--${article.status}`} data-testid="article-status">
                {ARTICLE_STATUS_LABELS[article.status]}
              </span>{' '}
              {article.authorName ? `by ${article.authorName}` : null}
            </p>
            <h1 className="article-editor__title">{headline || 'Untitled story'}</h1>
          </div>
          <button
            type="button"
            className="button button--small"
            aria-pressed={showPreview}
            aria-controls="editor-preview-region"
            onClick={() => setShowPreview((shown) => !shown)}
          >
            Preview
          </button>
        </header>

        {state.notice ? (
          <div
            className={state.notice.tone === 'error' ? 'form-alert' : 'form-notice'}
            role={state.notice.tone === 'error' ? 'alert' : 'status'}
            data-testid="editor-notice"
          >
            <p>{state.notice.message}</p>
            <button type="button" className="button button--small button--quiet" onClick={session.dismissNotice}>
              Dismiss
            </button>
          </div>
        ) : null}

        {article.reviewNote && article.status === 'draft' ? (
          <div className="form-notice">
            <p>
              <strong>Sent back with a note:</strong> {article.reviewNote}
            </p>
          </div>
        ) : null}

        {readOnly ? (
          <p className="form-notice">
            You can read this story but not change it while it is {ARTICLE_STATUS_LABELS[article.status].toLowerCase()}.
          </p>
        ) : null}

        {state.backupOffer ? (
          <BackupOffer
            backup={state.backupOffer}
            timeZone={timeZone}
            onRestore={session.restoreBackup}
            onDiscard={session.discardBackup}
          />
        ) : null}

        {state.conflict ? (
          <ConflictView
            session={session}
            conflict={state.conflict}
            draft={draft}
            sources={sources}
            sections={sections}
            timeZone={timeZone}
          />
        ) : null}

        {state.keptText ? <KeptText text={state.keptText} onDismiss={session.dismissKeptText} /> : null}

        <div className={showPreview ? 'article-editor__columns article-editor__columns--preview' : 'article-editor__columns'}>
          <div className="article-editor__form">
            <HeadlineField
              key={`headline-${generation}`}
              initialContent={draft.headline}
              length={headline.length}
              errors={fieldErrors.headline}
              readOnly={readOnly}
              onChange={session.setHeadline}
            />
            <LeadImagePanel
              session={session}
              draft={draft}
              library={library}
              fieldErrors={fieldErrors}
              readOnly={readOnly}
            />
            <SummaryField
              key={`summary-${generation}`}
              initialContent={draft.summary}
              length={toPlainText(draft.summary).length}
              errors={fieldErrors.summary}
              readOnly={readOnly}
              onChange={session.setSummary}
            />
            <KeyPointsEditor
              session={session}
              points={draft.keyPoints}
              generation={generation}
              fieldErrors={fieldErrors}
              readOnly={readOnly}
              removedIndex={state.removedPoint?.index ?? null}
              verifications={state.verifications}
              canVerify={session.may('article:verify-claims')}
              timeZone={timeZone}
            />
            <BylinesField
              session={session}
              bylineIds={draft.bylineIds}
              people={people}
              errors={fieldErrors.bylineIds}
              readOnly={readOnly}
            />
            <StorySettings
              session={session}
              draft={draft}
              article={article}
              sources={sources}
              sections={sections}
              siteUrl={siteUrl}
              fieldErrors={fieldErrors}
              readOnly={readOnly}
            />
            <WebLinksEditor session={session} links={draft.webLinks} fieldErrors={fieldErrors} readOnly={readOnly} />
            <PublishingPanel
              session={session}
              draft={draft}
              article={article}
              actions={actions}
              fieldErrors={fieldErrors}
              busy={busy}
              checklist={actions.publish || actions.schedule ? draftChecklist(draft, state.verifications) : null}
              scheduleRefusal={
                <RefusalAlert
                  refusal={state.refusal}
                  during="schedule"
                  dirty={isDirty(state)}
                  autosaves={session.autosaves()}
                  saving={state.pending === 'autosave' || state.pending === 'save'}
                  onDismiss={session.dismissRefusal}
                />
              }
            />
            {corrections ? (
              <CorrectionsPanel
                articleId={article.id}
                initial={corrections.initial}
                liveNow={article.status === 'published'}
                api={corrections.api}
                timeZone={timeZone}
              />
            ) : null}
            <RevisionHistory
              session={session}
              initial={revisions}
              currentVersion={article.version}
              canRestore={!readOnly}
              busy={busy}
              timeZone={timeZone}
            />
          </div>
          <div id="editor-preview-region" className="article-editor__preview" hidden={!showPreview}>
            {showPreview ? (
              <ArticlePreview
                draft={previewDraft}
                articleId={article.id}
                publishedAt={article.publishedAt ?? (article.status === 'scheduled' ? article.scheduledAt : null)}
                sources={sources}
                sections={sections}
                people={people}
                latest={latest}
                globalWebLinks={globalWebLinks}
                timeZone={timeZone}
              />
            ) : null}
          </div>
        </div>

        <ActionBar session={session} state={state} actions={actions} autosaves={session.autosaves()} />

        {/* Moves and removals, for screen readers; the trailing space lets a repeat speak again. */}
        <p className="visually-hidden" aria-live="polite" data-testid="announcer">
          {state.announcement}
          {state.announcementId % 2 === 0 ? '' : '\u00a0'}
        </p>
      </div>
    </FieldRegistryContext>
  );
}
