import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { env } from '@/lib/env';
import '../../admin/admin.css';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

async function CallbackAwareForm({ searchParams }: { searchParams: PageProps<'/signin'>['searchParams'] }) {
  const { callbackUrl } = await searchParams;
  return <SignInForm callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : '/admin'} />;
}

export default function SignInPage({ searchParams }: PageProps<'/signin'>) {
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <Link href="/" className="wordmark">
          {env().SITE_NAME}
        </Link>
        <h1>Sign in to the newsroom</h1>
        <Suspense fallback={<SignInForm callbackUrl="/admin" />}>
          <CallbackAwareForm searchParams={searchParams} />
        </Suspense>
      </div>
    </main>
  );
}
