import type { z } from 'zod';

/** Every problem zod found, keyed by field path ("keyPoints.2.content"), for forms to show. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[issue.path.map(String).join('.') || 'form'] ??= []).push(issue.message);
  return out;
}
