import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactTime, relativeTime, shortDate } from './time';

const now = new Date('2026-11-26T15:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('relativeTime', () => {
  it('speaks like a news site', () => {
    expect(relativeTime(ago(20_000), now)).toBe('just now');
    expect(relativeTime(ago(5 * 60_000), now)).toBe('5m ago');
    expect(relativeTime(ago(3 * 3_600_000 + 59 * 60_000), now)).toBe('3h ago');
    expect(relativeTime(ago(2 * 86_400_000), now)).toBe('2d ago');
  });

  it('gives up after a week so the caller shows the date', () => {
    expect(relativeTime(ago(8 * 86_400_000), now)).toBeNull();
  });

  it('treats a clock slightly behind the server as "just now"', () => {
    expect(relativeTime(new Date(now.getTime() + 5_000), now)).toBe('just now');
  });

  it("says what Intl.RelativeTimeFormat's narrow English says, from a minute to a week", () => {
    const intl = new Intl.RelativeTimeFormat('en', { style: 'narrow', numeric: 'always' });
    const units = [
      ['minute', 60_000],
      ['hour', 3_600_000],
      ['day', 86_400_000],
    ] as const;
    fc.assert(
      fc.property(fc.integer({ min: 60_000, max: 7 * 86_400_000 - 1 }), (elapsed) => {
        const [unit, size] = units.findLast(([, ms]) => elapsed >= ms) ?? units[0];
        expect(relativeTime(ago(elapsed), now)).toBe(intl.format(-Math.floor(elapsed / size), unit));
      }),
    );
  });
});

describe('exactTime', () => {
  it('names the time zone', () => {
    expect(exactTime(now, 'UTC')).toBe('26 Nov 2026, 15:00 UTC');
    expect(exactTime(now, 'America/New_York')).toBe('26 Nov 2026, 10:00 GMT-5');
  });
});

describe('formatters kept per zone', () => {
  it('gives each zone its own hours and date, however the calls interleave', () => {
    const lateEvening = new Date('2026-11-26T23:30:00Z');
    for (let round = 0; round < 2; round++) {
      expect(exactTime(lateEvening, 'UTC')).toBe('26 Nov 2026, 23:30 UTC');
      expect(exactTime(lateEvening, 'Asia/Tokyo')).toBe('27 Nov 2026, 08:30 GMT+9');
      expect(shortDate(lateEvening, 'UTC')).toBe('26 Nov 2026');
      expect(shortDate(lateEvening, 'Asia/Tokyo')).toBe('27 Nov 2026');
    }
  });

  it('refuses a zone that does not exist, and still serves the real ones after it', () => {
    expect(() => exactTime(now, 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(exactTime(now, 'UTC')).toBe('26 Nov 2026, 15:00 UTC');
  });
});
