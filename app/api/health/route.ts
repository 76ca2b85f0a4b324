import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { checkDatabase, healthResponse } from '@/db/health';

export async function GET() {
  await connection();
  return healthResponse(await checkDatabase(getDb));
}
