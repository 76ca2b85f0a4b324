import 'server-only';
import { headers } from 'next/headers';
import type { Logger } from 'pino';
import { logger } from '@/lib/log/logger';
import { requestIdFrom } from '@/lib/log/request-id';

/** The logger for the current request: every line carries its request id. */
export async function requestLog(): Promise<Logger> {
  return logger.child({ requestId: requestIdFrom(await headers()) });
}
