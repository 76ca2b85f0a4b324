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

/** What a log line says about an error: never the SQL, its parameters, or a row's values. */
export interface LoggedError {
  type: string;
  message?: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  severity?: string;
  stack?: string;
  cause?: LoggedError;
}

const DB_FIELDS = ['query', 'params', 'parameters', 'detail', 'where', 'internalQuery'] as const;

/** A Postgres error (PGlite, postgres-js) or drizzle's wrapper around one. */
function isDatabaseError(error: Error & Record<string, unknown>): boolean {
  if (DB_FIELDS.some((field) => field in error)) return true;
  return typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code) && 'severity' in error;
}

const asString = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * pino's standard serializer copies every enumerable field of an error, and a failed query
 * carries its parameters (postgres-js `parameters`, drizzle `params`), and drizzle's message
 * repeats them ("Failed query: … params: …"): one failed save put a whole unpublished story
 * into the log. Database errors are logged as their code, constraint, table and column,
 * with the stack's frames but not its message line; other errors as type, message, code and
 * stack. Causes follow, to a depth of 3.
 */
export function serializeError(value: unknown, depth = 0): LoggedError | undefined {
  if (!(value instanceof Error)) return value === undefined ? undefined : { type: typeof value };
  const error = value as Error & Record<string, unknown>;
  const database = isDatabaseError(error);
  // The message can span lines (drizzle's "params: …" is its second): frames only.
  const frames = error.stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  const logged: LoggedError = {
    type: error.constructor?.name ?? 'Error',
    ...(database ? {} : { message: error.message }),
    ...(asString(error.code) ? { code: asString(error.code) } : {}),
    ...(database
      ? {
          constraint: asString(error.constraint) ?? asString(error.constraint_name),
          table: asString(error.table) ?? asString(error.table_name),
          column: asString(error.column) ?? asString(error.column_name),
          severity: asString(error.severity),
        }
      : {}),
    ...(frames ? { stack: database ? frames : error.stack } : {}),
  };
  if (error.cause !== undefined && depth < 3) logged.cause = serializeError(error.cause, depth + 1);
  return logged;
}

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
      serializers: { err: serializeError, error: serializeError },
    },
    destination,
  );
}

const globalForLog = globalThis as typeof globalThis & { __newsdeskLogger?: pino.Logger };

export const logger: pino.Logger = (globalForLog.__newsdeskLogger ??= createLogger());
