import { ARTICLE_KIND_LABELS, type ArticleKind } from '@/lib/vocabulary';

export function KindLabel({ kind }: { kind: ArticleKind }) {
  return <span className={`kind kind--${kind}`}>{ARTICLE_KIND_LABELS[kind]}</span>;
}
