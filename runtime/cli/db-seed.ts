// `npm run db:seed`: adds the demo content to an empty database (never duplicates it).
import { seedIfEmpty } from '../../db/seed';
import { ensureDemoEditor, printDemoLogin } from '../../db/seed/demo-editor';
import { openTarget } from './open-target';

const target = await openTarget();
try {
  const seeded = await seedIfEmpty(target.connection.db, { log: console.log });
  if (!seeded) console.log(`${target.description} already has content; nothing seeded.`);
  // A server database gets a demo login only when asked; otherwise `npm run user:create`.
  const password = process.env.DEMO_EDITOR_PASSWORD;
  if (password || target.connection.driver === 'pglite') {
    const login = await ensureDemoEditor(target.connection.db, { password, dataRoot: target.dataRoot });
    if (login) printDemoLogin(login, console.log);
  }
} finally {
  await target.close();
}
