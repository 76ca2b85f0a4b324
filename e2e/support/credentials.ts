/** Logins and secrets of the throwaway e2e server; never used anywhere else. */
export const E2E_DEMO_PASSWORD = 'e2e-demo-password';
export const E2E_CRON_SECRET = 'e2e-cron-secret-e2e-cron-secret';
export const DEMO_EDITOR = { email: 'editor@newsdesk.test', password: E2E_DEMO_PASSWORD };
