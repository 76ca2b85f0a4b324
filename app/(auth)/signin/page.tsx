import type { Metadata } from 'next';
import Link from 'next/link';
import { env } from '@/lib/env';
import '../../admin/admin.css';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default function SignInPage() {
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <Link href="/" className="wordmark">
          {env().SITE_NAME}
        </Link>
        <h1>Sign in to the newsroom</h1>
        <SignInForm />
      </div>
    </main>
  );
}
