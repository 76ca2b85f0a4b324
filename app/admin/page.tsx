import type { Metadata } from 'next';
import { requireActor } from '@/app/_server/session';

export const metadata: Metadata = { title: 'Articles' };

export default async function DashboardPage() {
  const actor = await requireActor('/admin');
  return <h1>Articles for {actor.name}</h1>;
}
