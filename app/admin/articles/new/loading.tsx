/** Shown at once on navigation while the session is checked. */
export default function Loading() {
  return <p className="admin-loading">Loading…</p>;
}
