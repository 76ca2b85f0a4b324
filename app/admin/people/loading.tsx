import { AdminLoading } from '@/components/admin/admin-loading';

// Each newsroom page reads the session and the database on every request: navigating to
// one shows this at once instead of waiting on the server (Cache Components' instant
// navigation).
export default AdminLoading;
