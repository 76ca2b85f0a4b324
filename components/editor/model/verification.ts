import type { EditorArticle } from '@/db/queries/newsroom';
import type { KeyPointVerification } from '@/lib/newsroom/result';

/** Which stored key points an editor verified, by point id (unverified points are absent). */
export type Verifications = Readonly<Record<string, KeyPointVerification>>;

export function verificationsOf(article: Pick<EditorArticle, 'keyPoints'>): Verifications {
  return Object.fromEntries(
    article.keyPoints.flatMap((point) =>
      point.verifiedAt ? [[point.id, { byName: point.verifiedByName, at: point.verifiedAt }]] : [],
    ),
  );
}

/** The stored verification after a verify command: set, or removed. */
export function withVerification(
  verifications: Verifications,
  keyPointId: string,
  verification: KeyPointVerification | null,
): Verifications {
  const { [keyPointId]: _dropped, ...rest } = verifications;
  return verification ? { ...rest, [keyPointId]: verification } : rest;
}

/** "Verified by Ada Editor, 3 Dec 14:05" in the site's zone (server and browser agree). */
export function verificationText(verification: KeyPointVerification, timeZone: string): string {
  const when = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  })
    .format(new Date(verification.at))
    .replace(',', '');
  return `Verified by ${verification.byName ?? 'a former colleague'}, ${when}`;
}
