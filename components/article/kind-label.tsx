import { ARTICLE_KIND_LABELS, type ArticleKind } from '@/lib/vocabulary';

/** The type-of-work label; nothing for a story nobody labelled yet (a draft in preview). */
export function KindLabel({ kind }: { kind: ArticleKind | null }) {
  if (!kind) return null;
  return <span className={`kind kind--${kind}`}>{ARTICLE_KIND_LABELS[kind]}</span>;
}
