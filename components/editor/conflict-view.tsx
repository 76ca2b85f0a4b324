'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { ArticleBody } from '@/components/article/article-layout';
import { ZonedTimestamp } from '@/components/ui/zoned-timestamp';
import { draftFromArticle, type EditorDraft } from './model/draft';
import type { Conflict, EditorSession } from './model/editor-session';
import { previewContent, previewWebLinks, type SectionOption, type SourceOption } from './model/preview';

/**
 * Someone else saved while this editor was working. Both versions side by side, rendered
 * the way readers would see them, and three ways out; nothing is overwritten until the
 * editor picks one, and autosave waits.
 */
export function ConflictView({
  session,
  conflict,
  draft,
  sources,
  sections,
  timeZone,
}: {
  session: EditorSession;
  conflict: Conflict;
  draft: EditorDraft;
  sources: SourceOption[];
  sections: SectionOption[];
  timeZone: string;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copyResult, setCopyResult] = useState<string | null>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [conflict]);

  const { current } = conflict;
  const theirDraft = useMemo(() => draftFromArticle(current), [current]);
  const publishedAt = current.publishedAt ?? current.updatedAt;
  const theirs = useMemo(
    () => previewContent(theirDraft, { publishedAt, sources, sections }),
    [theirDraft, publishedAt, sources, sections],
  );
  const mine = useMemo(
    () => previewContent(draft, { publishedAt, sources, sections }),
    [draft, publishedAt, sources, sections],
  );

  const copyMine = async () => {
    const text = session.keepMineAsText();
    try {
      await navigator.clipboard.writeText(text);
      setCopyResult('Copied your text to the clipboard. It is also kept below.');
    } catch {
      setCopyResult('Couldn’t copy automatically: your text is in the box below, select it and copy.');
    }
  };

  return (
    <section className="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title" ref={headingRef} tabIndex={-1}>
        Two versions of this story
      </h2>
      <p>
        A newer version was saved <ZonedTimestamp date={current.updatedAt} timeZone={timeZone} /> (version{' '}
        {current.version}) while you were editing. Nothing has been overwritten. Compare, then choose:
      </p>
      <div className="conflict__choices">
        <button type="button" className="button button--primary" onClick={() => void session.keepMine()}>
          Keep mine
        </button>
        <button type="button" className="button" onClick={session.takeTheirs}>
          Take theirs
        </button>
        <button type="button" className="button" onClick={() => void copyMine()}>
          Copy mine
        </button>
      </div>
      <p className="field-hint">
        Keep mine saves your version on top of theirs (theirs stays in the revision history). Take theirs loads their
        version into the editor and keeps your text on screen. Copy mine puts your text on the clipboard.
      </p>
      {copyResult ? (
        <p className="form-notice" role="status">
          {copyResult}
        </p>
      ) : null}
      <div
        className="conflict__versions"
        data-inert-links
        onClickCapture={(event) => {
          if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
        }}
      >
        <section className="conflict__version" aria-labelledby="conflict-theirs-title">
          <h3 id="conflict-theirs-title" className="conflict__label">
            Theirs (saved)
          </h3>
          <ArticleBody article={theirs} timeZone={timeZone} idPrefix="conflict-theirs-" />
          <LinkList links={previewWebLinks(theirDraft, [])} />
        </section>
        <section className="conflict__version" aria-labelledby="conflict-mine-title">
          <h3 id="conflict-mine-title" className="conflict__label">
            Yours (not saved)
          </h3>
          <ArticleBody article={mine} timeZone={timeZone} idPrefix="conflict-mine-" />
          <LinkList links={previewWebLinks(draft, [])} />
        </section>
      </div>
    </section>
  );
}

function LinkList({ links }: { links: { id: string; title: string; url: string; siteName: string }[] }) {
  if (links.length === 0) return null;
  return (
    <div className="conflict__links">
      <p className="conflict__label">Around The Web</p>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            {link.title} · {link.siteName} · <span className="conflict__url">{link.url}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
