/** Shown at once on navigation while the editor's data loads (the session check is per request). */
export default function Loading() {
  return <p className="admin-loading">Opening the editor…</p>;
}
