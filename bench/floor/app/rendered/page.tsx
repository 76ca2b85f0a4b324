import { connection } from 'next/server';
import { Suspense } from 'react';

async function RenderedAt() {
  await connection();
  return <p>Rendered at {new Date().toISOString()}</p>;
}

/**
 * Rendered per request, as every app with a database renders something. bench/origin.ts asks
 * for it once before the comparisons, so the floor's process is in the same state as ours
 * (Node 20 keeps async_hooks on from Next's first request-time render; bench/origin.ts).
 */
export default function Rendered() {
  return (
    <main>
      <Suspense fallback={null}>
        <RenderedAt />
      </Suspense>
    </main>
  );
}
