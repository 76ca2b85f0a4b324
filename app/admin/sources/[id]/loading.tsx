import { AdminLoading } from '@/components/admin/admin-loading';

// See app/admin/users/loading.tsx: lets navigation show this page at once.
export default AdminLoading;
