import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger(stream, 'info') };
}

describe('logger', () => {
  it('writes one JSON object per event with a level name, time and service', () => {
    const { lines, logger } = capture();
    logger.info({ requestId: 'r1', action: 'publishArticle' }, 'server action');
    expect(lines[0]).toMatchObject({ level: 'info', service: 'newsdesk', requestId: 'r1', action: 'publishArticle', msg: 'server action' });
    expect(typeof lines[0]!.time).toBe('string');
  });

  it('never writes passwords, secrets, tokens, cookies or authorization headers', () => {
    const { lines, logger } = capture();
    logger.warn(
      {
        password: 'hunter2-hunter2',
        input: { password: 'p@ss', newPassword: 'n3w', email: 'a@b.c' },
        headers: { authorization: 'Bearer s3cret', cookie: 'authjs.session-token=abc' },
        secret: 'x',
      },
      'sign-in failed',
    );
    const written = JSON.stringify(lines[0]);
    for (const secret of ['hunter2', 'p@ss', 'n3w', 's3cret', 'session-token']) expect(written).not.toContain(secret);
    expect(written).toContain('a@b.c');
  });
});
