/**
 * Managing the site's taxonomy: sources (publishers) and sections. Each command takes
 * `(db, actor, input)`, checks the policy, validates with the entity's schema, writes in
 * one transaction with an audit entry, and returns the cache tags it touched so the server
 * action can invalidate exactly those. No Next.js imports: Vitest runs it against a real
 * database.
 */
export { createSection, moveSection, reorderSections, updateSection, type SavedSection, type SectionMove, type SectionOrder } from './sections';
export { createSource, updateSource, type SavedSource } from './sources';
export { deleteSection, deleteSource, taxonomyDeleteSchema, type DeletedEntry } from './delete';
export {
  sectionMoveSchema,
  sectionOrderSchema,
  sectionSchema,
  sectionUpdateSchema,
  slugFromName,
  sourceSchema,
  sourceUpdateSchema,
  type SectionInput,
  type SourceInput,
} from './schemas';
