import type { Database } from '@/db/connection';
import {
  type ArticleCorrection,
  type ArticleProposal,
  hasBeenLive,
  listCorrectionsForArticle,
  listProposalsForArticle,
} from '@/db/queries/corrections';
import { type Actor, type ArticleStatus, can } from '@/lib/authz/policy';

/** What the editor's "Corrections and notes" panel shows and may do, for one actor. */
export interface CorrectionsPanelData {
  records: ArticleCorrection[];
  proposals: ArticleProposal[];
  /** Readers have seen the story: records are append-only. */
  live: boolean;
  /** `add` for editors and admins, `propose` for the story's writer, `none` otherwise. */
  mode: 'add' | 'propose' | 'none';
}

export async function correctionsPanelData(
  db: Database,
  actor: Actor,
  article: { id: string; authorId: string | null; status: ArticleStatus },
): Promise<CorrectionsPanelData> {
  const facts = { authorId: article.authorId, status: article.status };
  const mode = can(actor, 'correction:add', facts) ? 'add' : can(actor, 'correction:propose', facts) ? 'propose' : 'none';
  const [records, proposals, live] = await Promise.all([
    listCorrectionsForArticle(db, article.id),
    mode === 'none' ? Promise.resolve([]) : listProposalsForArticle(db, article.id),
    hasBeenLive(db, article.id),
  ]);
  return { records, proposals, live, mode };
}
