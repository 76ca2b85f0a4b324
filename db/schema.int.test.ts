import { describe, expect, it } from 'vitest';
import type { Database } from './connection';
import { users } from './schema';
import { insertTestArticle, pgErrorOf, UNIQUE_VIOLATION, withTestDatabase } from './test-support';

let db: Database;
withTestDatabase((opened) => (db = opened));

describe('articles', () => {
  it('refuses a second article with the same slug', async () => {
    await insertTestArticle(db, { slug: 'one-slug' });
    // A different slug is fine…
    await insertTestArticle(db, { slug: 'another-slug' });
    // …the same one is not, whatever else differs.
    const error = await pgErrorOf(
      insertTestArticle(db, { slug: 'one-slug', headline: 'A different story', status: 'published' }),
    );
    expect(error.code).toBe(UNIQUE_VIOLATION);
    expect(error.constraint).toBe('articles_slug_unique');
  });
});

describe('users', () => {
  it('refuses an email that differs only in case', async () => {
    await db.insert(users).values({ email: 'A@x.com', name: 'First' });
    const error = await pgErrorOf(db.insert(users).values({ email: 'a@X.com', name: 'Second' }));
    expect(error.code).toBe(UNIQUE_VIOLATION);
    expect(error.constraint).toBe('users_email_lower_idx');
  });

  it('accepts different emails', async () => {
    await db.insert(users).values({ email: 'b@x.com', name: 'Third' });
    await db.insert(users).values({ email: 'c@x.com', name: 'Fourth' });
    const rows = await db.select({ email: users.email }).from(users);
    expect(rows.map((row) => row.email).sort()).toEqual(['A@x.com', 'b@x.com', 'c@x.com']);
  });
});
