import type { Metadata } from 'next';
import { requireActor } from '@/app/_server/session';
import { createArticle } from '../[id]/actions';

export const metadata: Metadata = { title: 'New article' };

/**
 * Starting a story is a POST (the button), never a GET: a prefetch or a crawler following a
 * link must not create drafts. The action opens the new draft in the editor.
 */
export default async function NewArticlePage() {
  await requireActor('/admin/articles/new', 'article:create');
  return (
    <div className="new-article">
      <h1>New article</h1>
      <p>Start an empty draft. It autosaves as you write and stays private until it is published.</p>
      <form action={createArticle}>
        <button type="submit" className="button button--primary">
          Create draft
        </button>
      </form>
    </div>
  );
}
