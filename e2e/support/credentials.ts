/**
 * The e2e server's demo admin (created by `npm run db:seed` from DEMO_EDITOR_PASSWORD,
 * which playwright.config.ts passes to the server). E2E_ADMIN_PASSWORD overrides it when
 * the tests run against a server started by hand with another password.
 */
export const E2E_DEMO_PASSWORD = 'e2e-demo-password';
export const demoAdmin = {
  email: 'editor@newsdesk.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? E2E_DEMO_PASSWORD,
};
