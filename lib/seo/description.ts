/** Search engines show about this much of a description before cutting it themselves. */
export const DESCRIPTION_LENGTH = 160;

/**
 * Plain text fit for a meta description: one line, at most `max` characters, cut at a
 * word boundary with an ellipsis rather than mid-word.
 */
export function metaDescription(text: string, max = DESCRIPTION_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(line);
  if (characters.length <= max) return line;
  const cut = characters.slice(0, max - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[\s,;:.–—-]+$/, '')}…`;
}
