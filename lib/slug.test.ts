import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_PLACEHOLDER_SLUG, isWellFormedSlug } from './slug';

/*
 * proxy.ts skips well-formed slugs with a matcher Next reads at build time, so it can't
 * import the slug rule and writes it out instead. This keeps the two in step: the proxy
 * must run for exactly the paths the rule refuses.
 */
function matcherPatterns(): string[] {
  const source = fs.readFileSync(new URL('../proxy.ts', import.meta.url), 'utf8');
  return [...source.matchAll(/'\/(?:articles|sources|sections|authors)\/:path\((.+)\)',/g)].map((match) => match[1]!);
}

const samples = [
  'ferry-service-resumes',
  'a',
  'x'.repeat(200),
  'x'.repeat(201),
  'Ferry-Service',
  'ferry--service',
  '-ferry',
  'ferry-',
  'ferry_service',
  'ferry/extra',
  '..',
  'a%00b',
  BUILD_PLACEHOLDER_SLUG,
];

describe('proxy matcher for slugs', () => {
  it('is written for all four collections', () => {
    expect(matcherPatterns()).toHaveLength(4);
    expect(new Set(matcherPatterns()).size).toBe(1);
  });

  it.each(samples)('sends %s through the proxy exactly when the slug rule refuses it', (slug) => {
    const proxied = new RegExp(`^(?:${matcherPatterns()[0]})$`).test(slug);
    expect(proxied).toBe(!isWellFormedSlug(slug));
  });
});
