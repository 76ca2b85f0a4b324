const labels = { news: 'News', analysis: 'Analysis', opinion: 'Opinion' } as const;

export function KindLabel({ kind }: { kind: keyof typeof labels }) {
  return <span className={`kind kind--${kind}`}>{labels[kind]}</span>;
}
