// `npm run db:migrate`: applies drizzle/ migrations to DATABASE_URL (or the embedded database).
import { openTarget } from './open-target';

const target = await openTarget();
try {
  await target.connection.migrate();
  console.log(`Migrations applied to ${target.description}.`);
} finally {
  await target.close();
}
