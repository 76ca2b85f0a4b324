import type { Database } from '@/db/connection';
import { auditLog } from '@/db/schema';

/** Who did what to which entity; `id` is absent for a change to a whole list (a reorder). */
export interface AuditEntry {
  /** null: the system (the scheduler, the command line with no signed-in user). */
  actorId: string | null;
  /** `<entity>.<verb>`, e.g. "article.publish", "user.update". */
  action: string;
  entity: { type: string; id?: string };
  details?: Record<string, unknown>;
}

/**
 * The one way an audit row is written. Pass the command's transaction (a transaction is a
 * Database too) so the entry commits or rolls back with the change it describes.
 */
export async function recordAudit(db: Database, { actorId, action, entity, details = {} }: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({ actorId, action, entityType: entity.type, entityId: entity.id ?? null, details });
}
