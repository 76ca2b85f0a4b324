import { describe, expect, it } from 'vitest';
import type { Database } from './connection';
import { uniqueViolation } from './errors';
import { sections, sources, users } from './schema';
import { withTestDatabase } from './test-support';

let db: Database;
withTestDatabase((opened) => (db = opened));

async function errorOf(query: PromiseLike<unknown>): Promise<unknown> {
  try {
    await query;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the query to fail');
}

// The domain code turns these into field errors by constraint name, on either driver.
describe('uniqueViolation', () => {
  it('names the constraint a duplicate broke', async () => {
    await db.insert(sources).values({ slug: 'dup', name: 'One' });
    await db.insert(sections).values({ slug: 'dup', name: 'One' });
    await db.insert(users).values({ email: 'dup@newsdesk.test', name: 'One' });
    expect(uniqueViolation(await errorOf(db.insert(sources).values({ slug: 'dup', name: 'Two' })))).toEqual({ constraint: 'sources_slug_unique' });
    expect(uniqueViolation(await errorOf(db.insert(sections).values({ slug: 'dup', name: 'Two' })))).toEqual({ constraint: 'sections_slug_unique' });
    expect(uniqueViolation(await errorOf(db.insert(users).values({ email: 'DUP@newsdesk.test', name: 'Two' })))).toEqual({ constraint: 'users_email_lower_idx' });
  });

  it('is null for other errors', async () => {
    expect(uniqueViolation(await errorOf(db.insert(sources).values({ slug: 'x', name: null as unknown as string })))).toBeNull();
    expect(uniqueViolation(new Error('plain'))).toBeNull();
    expect(uniqueViolation('not even an error')).toBeNull();
  });
});
