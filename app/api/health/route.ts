import { connection } from 'next/server';
import { checkDatabase } from '@/db/health';

export async function GET() {
  await connection();
  const database = await checkDatabase();
  return Response.json(
    { status: database.ok ? 'ok' : 'unavailable', database },
    { status: database.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}
