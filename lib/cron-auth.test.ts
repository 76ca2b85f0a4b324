import { describe, expect, it } from 'vitest';
import { isAuthorizedCronRequest, processCronSecret } from './cron-auth';

describe('isAuthorizedCronRequest', () => {
  it('accepts the configured secret as a bearer token', () => {
    expect(isAuthorizedCronRequest('Bearer configured-secret-123', 'configured-secret-123')).toBe(true);
  });

  it('accepts the in-process timer secret', () => {
    expect(isAuthorizedCronRequest(`Bearer ${processCronSecret()}`, undefined)).toBe(true);
  });

  it('refuses missing, malformed and wrong tokens', () => {
    expect(isAuthorizedCronRequest(null, 'configured-secret-123')).toBe(false);
    expect(isAuthorizedCronRequest('configured-secret-123', 'configured-secret-123')).toBe(false);
    expect(isAuthorizedCronRequest('Bearer configured-secret-12', 'configured-secret-123')).toBe(false);
    expect(isAuthorizedCronRequest('Bearer ', undefined)).toBe(false);
  });
});
