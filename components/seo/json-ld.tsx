import { serializeJsonLd } from '@/lib/seo/json-ld';

/** Structured data for search engines; renders nothing visible. */
export function JsonLd({ data }: { data: object }) {
  return (
    <script
      type="application/ld+json"
      // The one sanctioned dangerouslySetInnerHTML: React would HTML-escape a text child
      // ("&quot;" inside JSON breaks it), and a script's content is never parsed as HTML
      // anyway. serializeJsonLd writes every "<" as \u003c, so no value can end the script.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
