'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { z } from 'zod';
import { RateLimited, signIn } from '@/app/_server/auth';
import { clientIp } from '@/app/_server/client-ip';
import { requestLog } from '@/app/_server/request-log';
import { getDb } from '@/db/client';
import { LoginLimiter } from '@/lib/auth/login-limiter';
import { accountFingerprint, credentialsSchema } from '@/lib/auth/sign-in';
import { fieldErrorsOf } from '@/lib/validation';

export interface SignInState {
  message: string | null;
  fieldErrors: Record<string, string[]>;
  /** Sent back so the form keeps what was typed (React resets fields after an action). */
  email: string;
}

/** Only newsroom paths on this site: never an open redirect to somewhere else. */
const returnPath = z
  .string()
  .regex(/^\/admin(?:[/?][\w\-/?=&%.]*)?$/)
  .catch('/admin');

/** Seconds for the account's short pace (1–30 s), minutes for a lock. */
function waitMessage(seconds: number): string {
  const wait =
    seconds < 60 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${Math.ceil(seconds / 60)} minute${Math.ceil(seconds / 60) === 1 ? '' : 's'}`;
  return `Too many failed sign-in attempts. For your security, wait ${wait} and try again.`;
}

export async function signInWithPassword(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get('email') ?? '').slice(0, 320);
  const parsed = credentialsSchema.safeParse({ email, password: formData.get('password') });
  if (!parsed.success) return { message: null, fieldErrors: fieldErrorsOf(parsed.error), email };

  const ip = clientIp(await headers());
  const db = await getDb();
  const wait = await new LoginLimiter(db).secondsUntilAllowed(parsed.data.email, ip);
  // Which account, as a fingerprint: enough to see an attack on one account across lines,
  // without writing addresses (or a password typed into the email field) to the log.
  const log = (await requestLog()).child({ account: accountFingerprint(parsed.data.email), ip });
  if (wait > 0) {
    log.warn({ reason: 'rate_limited', retryAfterSeconds: wait }, 'sign-in refused');
    return { message: waitMessage(wait), fieldErrors: {}, email };
  }

  try {
    await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: returnPath.parse(formData.get('callbackUrl') ?? '/admin'),
    });
  } catch (error) {
    if (error instanceof RateLimited) {
      log.warn({ reason: 'rate_limited', retryAfterSeconds: error.retryAfterSeconds }, 'sign-in refused');
      return { message: waitMessage(error.retryAfterSeconds), fieldErrors: {}, email };
    }
    if (error instanceof AuthError) {
      log.warn({ reason: 'invalid_credentials' }, 'sign-in failed');
      return { message: 'That email and password don’t match an active account.', fieldErrors: {}, email };
    }
    log.info('signed in');
    throw error; // The redirect after a successful sign-in.
  }
  return { message: null, fieldErrors: {}, email };
}
