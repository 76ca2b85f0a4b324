import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref', () => {
  it.each([
    ['https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://EXAMPLE.com/Path', 'https://example.com/Path'],
    ['  https://example.com/  ', 'https://example.com/'],
    ['ht\ttps://exa\nmple.com', 'https://example.com/'],
    ['mailto:desk@example.com', 'mailto:desk@example.com'],
    ['MAILTO:desk@example.com?subject=Hi', 'mailto:desk@example.com?subject=Hi'],
  ])('allows and normalizes %j', (raw, expected) => {
    expect(safeHref(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\r\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001\u001Fjavascript:alert(1)',
    'java\u007Fscript:alert(1)',
    '\u00A0javascript:alert(1)',
    'java\u2028script:alert(1)',
    '\u3000javascript:alert(1)',
    '\uFEFFjavascript:alert(1)',
    'java\u200Bscript:alert(1)',
    '&#106;avascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/',
    '//evil.example',
    '/relative/path',
    'relative',
    '#fragment',
    '?query',
    'https:',
    'https://',
    'https://?q',
    'mailto:',
    'https://trusted.example@evil.example/',
    'https://user:pass@example.com/',
    '',
    ' \t\n',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %j', (raw) => {
    expect(safeHref(raw)).toBeNull();
  });

  it.each([undefined, null, 42, {}, ['https://example.com'], { toString: () => 'https://x.com' }])(
    'refuses non-string %j',
    (raw) => {
      expect(safeHref(raw)).toBeNull();
    },
  );
});
