import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { requireActor } from '@/app/_server/session';
import { SourceForm } from '../source-form';

export const metadata: Metadata = { title: 'New source' };

export default async function NewSourcePage() {
  await requireActor('/admin/sources/new', 'sources:manage');
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <AppLink href="/admin/sources">Sources</AppLink>
      </p>
      <h1>New source</h1>
      <SourceForm />
    </div>
  );
}
