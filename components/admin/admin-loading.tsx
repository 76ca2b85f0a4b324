/** The placeholder a newsroom page shows while it checks the session and reads the database. */
export function AdminLoading() {
  return (
    <p className="admin-loading" role="status">
      Loading…
    </p>
  );
}
