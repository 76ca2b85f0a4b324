'use client';

import { useSearchParams } from 'next/navigation';

/**
 * requireActor sends someone without a permission to /admin?denied=1; this says why, on
 * whichever newsroom page they land, without each page having to read the query.
 */
export function DeniedNotice() {
  const denied = useSearchParams().get('denied') === '1';
  if (!denied) return null;
  return (
    <p className="form-alert" role="alert">
      You’re not allowed to open that page: only admins manage users, sources and sections.
    </p>
  );
}
