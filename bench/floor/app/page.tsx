/** One server component, no client components of its own: what Next itself ships to a reader. */
export default function FloorPage() {
  return (
    <main>
      <h1>Floor</h1>
      <p>A bare Next.js page with no client components of its own.</p>
    </main>
  );
}
