import { describe, expect, it } from 'vitest';
import { requestIdFrom } from './request-id';

describe('requestIdFrom', () => {
  it('keeps the load balancer’s id so log lines match its access log', () => {
    expect(requestIdFrom(new Headers({ 'x-request-id': 'abc-123' }))).toBe('abc-123');
    expect(requestIdFrom(new Headers({ 'x-vercel-id': 'fra1::iad1::xyz-1' }))).toBe('fra1::iad1::xyz-1');
  });

  it('mints a fresh id when there is none or it could forge log lines', () => {
    expect(requestIdFrom(new Headers())).toMatch(/^[0-9a-f-]{36}$/);
    // Headers objects refuse newlines, but Node's raw request headers are not so strict.
    const raw = (value: string) => ({ get: (name: string) => (name === 'x-request-id' ? value : null) });
    expect(requestIdFrom(raw('a"}\n{"level":"fatal'))).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(new Headers({ 'x-request-id': 'x'.repeat(500) }))).toMatch(/^[0-9a-f-]{36}$/);
  });
});
