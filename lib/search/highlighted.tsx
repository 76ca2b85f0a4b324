import { splitHighlights } from './highlight';

/**
 * ts_headline output as React text with <mark> around the matches. The stored copy can
 * contain anything ("<script>" in a headline is just words), so it is only ever rendered
 * as text, never as HTML.
 */
export function Highlighted({ value }: { value: string }) {
  return (
    <>
      {splitHighlights(value).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
