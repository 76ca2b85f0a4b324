import { z } from 'zod';
import { ARTICLE_STATUSES } from '@/lib/vocabulary';

const single = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value), schema);

/** The dashboard's query string; anything malformed falls back to "no filter". */
export const dashboardFilterSchema = z.object({
  status: single(z.enum(ARTICLE_STATUSES).optional()).catch(undefined),
  section: single(z.uuid().optional()).catch(undefined),
  author: single(z.uuid().optional()).catch(undefined),
  q: single(z.string().trim().max(200).optional())
    .transform((value) => value?.replace(/\0/g, '') || undefined)
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type DashboardQuery = z.output<typeof dashboardFilterSchema>;
export const DASHBOARD_PAGE_SIZE = 25;
