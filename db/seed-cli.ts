// `npm run db:seed`: adds the demo content to an empty database (never duplicates it).
import { seedIfEmpty } from './seed';
import { openTarget } from './cli-target';

const target = await openTarget();
try {
  const seeded = await seedIfEmpty(target.connection.db, { log: console.log });
  if (!seeded) console.log(`${target.description} already has content; nothing seeded.`);
} finally {
  await target.close();
}
