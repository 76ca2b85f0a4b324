import 'server-only';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { findUserById } from '@/db/queries/users';
import { checkSession, sessionLimits } from '@/lib/auth/sessions';
import { can, type Actor, type Permission } from '@/lib/authz/policy';
import { auth } from './auth';

export interface SessionActor extends Actor {
  name: string;
  email: string;
}

/**
 * The signed-in user, checked against the database on every request: a signed-out, idle or
 * too-old session (lib/auth/sessions.ts), a disabled user, or a session from before a
 * password or role change (older session version) counts as signed out at once. The role
 * comes from the database, never from the token.
 */
export const getActor = cache(async (): Promise<SessionActor | null> => {
  await connection();
  const session = await auth();
  const id = z.uuid().safeParse(session?.user?.id);
  // Tokens from before server-side sessions carry no id: they sign in again, once.
  const sessionId = z.uuid().safeParse(session?.user?.sessionId);
  if (!id.success || !sessionId.success || !session?.user) return null;
  const db = await getDb();
  const [user, open] = await Promise.all([
    findUserById(db, id.data),
    checkSession(db, sessionId.data, id.data, sessionLimits()),
  ]);
  if (!open || !user || user.disabled || user.sessionVersion !== session.user.sessionVersion) return null;
  return { id: user.id, role: user.role, disabled: user.disabled, name: user.name, email: user.email };
});

/** For admin pages: the actor, or a redirect to sign-in that comes back here afterwards. */
export async function requireActor(returnTo: string, permission: Permission = 'admin:enter'): Promise<SessionActor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(actor, permission)) redirect('/admin?denied=1');
  return actor;
}
