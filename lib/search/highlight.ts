/**
 * ts_headline marks matches with these instead of HTML: its output is never parsed as
 * markup, only split here into text and marked text for React to render (and escape).
 * Private-use code points never appear in real copy; if one did, it would only misplace
 * a highlight.
 */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

export interface HighlightPart {
  text: string;
  match: boolean;
}

/** Splits ts_headline output at the sentinels. Unbalanced sentinels are dropped, never shown. */
export function splitHighlights(value: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let match = false;
  let text = '';
  const flush = () => {
    if (text.length > 0) {
      const previous = parts.at(-1);
      if (previous && previous.match === match) previous.text += text;
      else parts.push({ text, match });
    }
    text = '';
  };
  for (const character of value) {
    if (character === MATCH_START || character === MATCH_END) {
      flush();
      match = character === MATCH_START;
    } else {
      text += character;
    }
  }
  flush();
  return parts;
}

/** The ts_headline options string that makes it use the sentinels. */
export function headlineOptions(extra: string): string {
  return `StartSel=${MATCH_START}, StopSel=${MATCH_END}, ${extra}`;
}
