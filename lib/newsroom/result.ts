import type { EditorArticle } from '@/db/queries/newsroom';

/** What an article command reports on success; server actions pass it straight to the editor. */
export interface SavedArticle {
  id: string;
  version: number;
  slug: string;
  status: EditorArticle['status'];
  updatedAt: Date;
}
