import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Development only: a random session secret kept under .data/, so `npm run dev` works with
 * no set-up and sessions survive restarts. Production must set AUTH_SECRET (lib/env.ts).
 */
export function developmentAuthSecret(dataRoot = '.data'): string {
  const file = path.resolve(dataRoot, 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
