/** Logins and secrets of the throwaway e2e server (see prepare-database.mjs); never used elsewhere. */
export const E2E_DEMO_PASSWORD = 'e2e-demo-password';
export const E2E_CRON_SECRET = 'e2e-cron-secret-e2e-cron-secret';

export const accounts = {
  admin: { email: 'editor@newsdesk.test', password: E2E_DEMO_PASSWORD },
  writer: { email: 'writer@e2e.test', password: 'e2e-writer-password' },
  editor: { email: 'editor2@e2e.test', password: 'e2e-editor-password' },
  lockout: { email: 'lockout@e2e.test', password: 'e2e-lockout-password' },
} as const;

/** The demo admin, by the name the admin tests use. */
export const demoAdmin = accounts.admin;
