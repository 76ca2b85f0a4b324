import type { Metadata } from 'next';
import { type ReactNode, Suspense } from 'react';
import { AdminHeader } from './_components/admin-header';
import { DeniedNotice } from '@/components/admin/denied-notice';
import './admin.css';

export const metadata: Metadata = { title: { default: 'Newsroom', template: '%s · Newsroom' }, robots: { index: false } };

export default function AdminLayout({ children }: { children: ReactNode }) {
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
    </div>
  );
}
