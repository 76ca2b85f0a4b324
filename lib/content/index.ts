export { richTextDocSchema, parseRichText } from './schema';
export type { RichTextDoc, RichTextNode, RichTextMark } from './schema';
export { RICH_TEXT_LIMITS } from './limits';
export { safeHref } from './safe-href';
export { renderRichText } from './render';
export type { RenderRichTextOptions } from './render';
export { toPlainText } from './plain-text';
export { docFromText } from './build';
export { normalizeDoc, singleParagraph } from './normalize';
