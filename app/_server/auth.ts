import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { LoginLimiter } from '@/lib/auth/login-limiter';
import { developmentAuthSecret } from '@/lib/auth/dev-secret';
import { endSession, startSession } from '@/lib/auth/sessions';
import { attemptLogin, credentialsSchema } from '@/lib/auth/sign-in';
import { env } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { authConfig } from './auth.config';
import { clientIp } from './client-ip';

/** Thrown out of `authorize`; Auth.js passes the same error on to the sign-in action. */
export class RateLimited extends CredentialsSignin {
  code = 'rate_limited';
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: env().AUTH_SECRET ?? developmentAuthSecret(),
  trustHost: true,
  logger: {
    // A wrong password is an everyday event, not a server error; keep the log for real ones.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      logger.error({ err: error }, 'auth error');
    },
  },
  events: {
    // Ends the server-side session, so the cookie is refused even if a copy of it is replayed
    // (Auth.js only clears the browser's cookie; a JWT stays valid until it expires).
    async signOut(message) {
      const sessionId = z.uuid().safeParse('token' in message ? message.token?.sid : undefined);
      if (sessionId.success) await endSession(await getDb(), sessionId.data);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const db = await getDb();
        const outcome = await attemptLogin(db, new LoginLimiter(db), {
          ...parsed.data,
          ip: clientIp(request.headers),
        });
        if (outcome.ok) return { ...outcome.user, sessionId: await startSession(db, outcome.user.id) };
        if (outcome.reason === 'rate_limited') throw new RateLimited(outcome.retryAfterSeconds);
        return null;
      },
    }),
  ],
}));
