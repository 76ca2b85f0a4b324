import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { connection } from 'next/server';
import { env } from '@/lib/env';
import '../../admin/admin.css';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

// Per request, for the nonce CSP (see app/admin/layout.tsx).
export const instant = false;

export default async function SignInPage() {
  await connection();
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <AppLink href="/" className="wordmark">
          {env().SITE_NAME}
        </AppLink>
        <h1>Sign in to the newsroom</h1>
        <SignInForm />
      </div>
    </main>
  );
}
