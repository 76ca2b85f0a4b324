import pino from 'pino';

/*
 * One JSON line per event on stdout, for whatever collects the host's logs (Vercel, Docker,
 * journald). Redaction is a second line of defence: call sites log ids and outcomes, never
 * form input, but a stray header or error object must not carry a secret out.
 */

export const REDACTED_PATHS = [
  'password',
  '*.password',
  'newPassword',
  '*.newPassword',
  'secret',
  '*.secret',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'cookie',
  '*.cookie',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
];

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

export function createLogger(destination?: pino.DestinationStream, level = process.env.LOG_LEVEL): pino.Logger {
  return pino(
    {
      // env.ts validates LOG_LEVEL at start; the logger must still work before that runs.
      level: level && LEVELS.has(level) ? level : process.env.NODE_ENV === 'test' ? 'silent' : 'info',
      base: { service: 'newsdesk' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  );
}

const globalForLog = globalThis as typeof globalThis & { __newsdeskLogger?: pino.Logger };

export const logger: pino.Logger = (globalForLog.__newsdeskLogger ??= createLogger());
