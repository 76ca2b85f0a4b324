import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';

export const metadata: Metadata = { title: 'Not found' };

/** A story, person, source, section, picture or user that doesn't exist (or no longer does). */
export default function AdminNotFound() {
  return (
    <div className="admin-not-found">
      <h1>Not found</h1>
      <p>
        Nothing here: it may have been deleted, or the address is mistyped. <AppLink href="/admin">Back to the dashboard</AppLink>.
      </p>
    </div>
  );
}
