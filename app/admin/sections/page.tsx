import type { Metadata } from 'next';
import { requireActor } from '@/app/_server/session';
import { getDb } from '@/db/client';
import { listSectionsForAdmin } from '@/db/queries/taxonomy';
import { SectionForm } from './section-form';
import { SectionOrder } from './section-order';

export const metadata: Metadata = { title: 'Sections' };

export default async function SectionsPage({ searchParams }: PageProps<'/admin/sections'>) {
  await requireActor('/admin/sections', 'sections:manage');
  const [sections, { deleted }] = await Promise.all([listSectionsForAdmin(await getDb()), searchParams]);
  return (
    <>
      <h1>Sections</h1>
      {typeof deleted === 'string' ? (
        <p className="form-notice" role="status">
          The section was deleted.
        </p>
      ) : null}
      <div className="two-columns">
        <section aria-labelledby="order-title">
          <h2 id="order-title">Order in the site’s navigation</h2>
          {sections.length === 0 ? <p className="empty">No sections yet.</p> : <SectionOrder sections={sections} />}
        </section>
        <section aria-labelledby="add-title" className="panel">
          <h2 id="add-title">Add a section</h2>
          <SectionForm />
        </section>
      </div>
    </>
  );
}
