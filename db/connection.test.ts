import { describe, expect, it } from 'vitest';
import { reconnectDelaySeconds } from './connection';

describe('reconnectDelaySeconds', () => {
  it('retries soon after a first failure and never waits more than a second, however long the outage', () => {
    for (let failures = 0; failures <= 50; failures++) {
      for (let draw = 0; draw < 20; draw++) {
        const delay = reconnectDelaySeconds(failures);
        expect(delay).toBeGreaterThan(0);
        expect(delay).toBeLessThanOrEqual(1);
      }
    }
    // The postgres-js default would wait 10-20 s after the seventh failure in a row.
    expect(reconnectDelaySeconds(7)).toBeGreaterThanOrEqual(0.5);
    expect(reconnectDelaySeconds(1)).toBeLessThanOrEqual(0.1);
  });
});
