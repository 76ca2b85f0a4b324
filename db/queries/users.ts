import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../connection';
import { users } from '../schema';

export async function findUserByEmail(db: Database, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return user ?? null;
}

export async function findUserById(db: Database, id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user ?? null;
}

export function listUsers(db: Database) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabled: users.disabled,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.name));
}

/** A transaction handle or the database: locks only mean something inside a transaction. */
type Queryable = Pick<Database, 'select'>;

/**
 * Ids of every active admin, locked until the transaction ends, always in the same order
 * so two transactions taking the same locks can't deadlock.
 */
export async function lockActiveAdminIds(tx: Queryable): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.disabled, false)))
    .orderBy(asc(users.id))
    .for('update');
  return rows.map((row) => row.id);
}

/** One user, locked until the transaction ends. */
export async function lockUser(tx: Queryable, id: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, id)).for('update').limit(1);
  return user ?? null;
}
