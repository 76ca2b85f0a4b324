import { SourceLogo } from '@/components/ui/source-logo';
import { Timestamp } from '@/components/ui/timestamp';

/** The small "logo, source, time" line under a story in any list. */
export function StoryByline({
  source,
  publishedAt,
}: {
  source: { name: string; logoUrl: string | null } | null;
  publishedAt: Date | null;
}) {
  return (
    <p className="byline byline--small">
      {source ? (
        <>
          <SourceLogo name={source.name} logoUrl={source.logoUrl} size={18} />
          <span>{source.name}</span>
        </>
      ) : null}
      {publishedAt ? <Timestamp date={publishedAt} /> : null}
    </p>
  );
}
