import { describe, expect, it } from 'vitest';
import { clientIpFrom, UNKNOWN_ADDRESS } from './client-ip';

const headers = (values: Record<string, string>) => new Headers(values);
const oneHop = { trustedHops: 1 };

describe('the client address behind trusted proxies', () => {
  it('a forged prefix is ignored: the address the proxy appended wins (nginx $proxy_add_x_forwarded_for)', () => {
    // What the attack sent through the README's nginx: the client's own entry first.
    const forged = headers({ 'x-forwarded-for': '203.0.113.99, 198.51.100.7' });
    expect(clientIpFrom(forged, oneHop)).toBe('198.51.100.7');
    // A new forged address per request no longer makes a new counter.
    for (let i = 0; i < 20; i += 1) {
      expect(clientIpFrom(headers({ 'x-forwarded-for': `10.0.0.${i}, 198.51.100.7` }), oneHop)).toBe('198.51.100.7');
    }
  });

  it('with two trusted hops (a CDN, then nginx) the CDN’s entry is the client', () => {
    const chain = headers({ 'x-forwarded-for': '203.0.113.99, 192.0.2.44, 172.16.0.9' });
    expect(clientIpFrom(chain, { trustedHops: 2 })).toBe('192.0.2.44');
    expect(clientIpFrom(chain, { trustedHops: 3 })).toBe('203.0.113.99');
  });

  it('a request with fewer entries than trusted hops takes the furthest one a hop recorded', () => {
    expect(clientIpFrom(headers({ 'x-forwarded-for': '192.0.2.44' }), { trustedHops: 2 })).toBe('192.0.2.44');
  });

  it('the one entry Next.js writes from the socket when nothing is in front is the address', () => {
    expect(clientIpFrom(headers({ 'x-forwarded-for': '::ffff:127.0.0.1' }), oneHop)).toBe('127.0.0.1');
  });

  it('a header the edge sets replaces X-Forwarded-For entirely', () => {
    const cloudflare = headers({ 'cf-connecting-ip': '2001:DB8::1', 'x-forwarded-for': '10.9.9.9' });
    expect(clientIpFrom(cloudflare, { trustedHops: 1, header: 'cf-connecting-ip' })).toBe('2001:db8::1');
    // The edge's header missing (a request that bypassed it) is not an invitation to read XFF.
    expect(clientIpFrom(headers({ 'x-forwarded-for': '10.9.9.9' }), { trustedHops: 1, header: 'cf-connecting-ip' })).toBe(
      UNKNOWN_ADDRESS,
    );
  });

  it('spellings of one address share a key; garbage is not an address', () => {
    expect(clientIpFrom(headers({ 'x-forwarded-for': '198.51.100.7:5123' }), oneHop)).toBe('198.51.100.7');
    expect(clientIpFrom(headers({ 'x-forwarded-for': '[2001:db8::1]:443' }), oneHop)).toBe('2001:db8::1');
    expect(clientIpFrom(headers({ 'x-forwarded-for': '1.2.3.4, not-an-address' }), oneHop)).toBe(UNKNOWN_ADDRESS);
    expect(clientIpFrom(headers({ 'x-forwarded-for': `1.2.3.4, ${'a'.repeat(5000)}` }), oneHop)).toBe(UNKNOWN_ADDRESS);
    expect(clientIpFrom(headers({}), oneHop)).toBe(UNKNOWN_ADDRESS);
    expect(clientIpFrom(headers({ 'x-forwarded-for': ' , ' }), oneHop)).toBe(UNKNOWN_ADDRESS);
  });
});
