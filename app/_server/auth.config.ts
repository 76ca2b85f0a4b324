import type { NextAuthConfig } from 'next-auth';
import { env } from '@/lib/env';

/**
 * The database-free half of the Auth.js config, used by proxy.ts for a cheap first check.
 * It only asks "is there a signed session?"; every admin page and action then checks the
 * user against the database and the policy (app/_server/session.ts).
 */
export const authConfig = {
  pages: { signIn: '/signin' },
  // The cookie lives no longer than the absolute lifetime; the server-side session row
  // (lib/auth/sessions.ts) is what actually ends a session: at sign-out, when idle, at
  // SESSION_MAX_HOURS.
  session: { strategy: 'jwt', maxAge: env().SESSION_MAX_HOURS * 3600 },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname, search } = request.nextUrl;
      if (!pathname.startsWith('/admin') || auth?.user) return true;
      // An explicit redirect (not `false`): proxy.ts wraps its own handler, and Auth.js
      // only redirects on `false` when there is none. The return path stays on this site.
      const signIn = new URL('/signin', request.nextUrl);
      signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
      return Response.redirect(signIn);
    },
    jwt({ token, user }) {
      if (user) {
        // Only at sign-in: copy what later checks compare against the database.
        const signedIn = user as { id?: string; role?: string; sessionVersion?: number; sessionId?: string };
        token.uid = signedIn.id;
        token.role = signedIn.role;
        token.sv = signedIn.sessionVersion;
        token.sid = signedIn.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: {
          ...session.user,
          id: String(token.uid ?? ''),
          role: String(token.role ?? ''),
          sessionVersion: Number(token.sv ?? 0),
          sessionId: String(token.sid ?? ''),
        },
      };
    },
  },
} satisfies NextAuthConfig;
