import type { Role } from '@/lib/authz/policy';

/** The roles as the newsroom explains them; the order is from least to most power. */
export const roleOptions: readonly { value: Role; label: string }[] = [
  { value: 'writer', label: 'Writer — drafts and submits stories' },
  { value: 'editor', label: 'Editor — edits and publishes' },
  { value: 'admin', label: 'Admin — also manages users, sources and sections' },
];
