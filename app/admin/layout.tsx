import type { Metadata } from 'next';
import { connection } from 'next/server';
import { type ReactNode, Suspense } from 'react';
import { AdminHeader } from './_components/admin-header';
import { DeniedNotice } from '@/components/admin/denied-notice';
import { LiveRelativeTimes } from '@/components/admin/live-relative-times';
import './admin.css';

export const metadata: Metadata = { title: { default: 'Newsroom', template: '%s · Newsroom' }, robots: { index: false } };

// Rendered whole per request, with no prerendered shell: proxy.ts gives the newsroom a
// nonce CSP, and Next can stamp the nonce only on scripts it renders for this request (a
// shell's scripts were built without one, and 'strict-dynamic' blocked them).
export const instant = false;

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <div className="admin">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Suspense fallback={<header className="admin-header" />}>
        <AdminHeader />
      </Suspense>
      <main id="main" className="admin-main" tabIndex={-1}>
        <Suspense fallback={null}>
          <DeniedNotice />
        </Suspense>
        <Suspense fallback={<p className="admin-loading">Loading…</p>}>{children}</Suspense>
      </main>
      <LiveRelativeTimes />
    </div>
  );
}
