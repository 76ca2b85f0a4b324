export const XML_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
} as const;

export function xmlResponse(body: string, type: keyof typeof XML_TYPES): Response {
  return new Response(body, { headers: { 'content-type': XML_TYPES[type] } });
}

export function notFoundResponse(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
