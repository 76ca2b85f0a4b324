import { ROLE_DESCRIPTIONS, ROLES, type Role } from '@/lib/vocabulary';

/** The roles as the newsroom explains them; the order is from least to most power. */
export const roleOptions: readonly { value: Role; label: string }[] = [...ROLES]
  .reverse()
  .map((value) => ({ value, label: ROLE_DESCRIPTIONS[value] }));
