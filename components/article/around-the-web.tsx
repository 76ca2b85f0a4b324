import { outboundRel, safeHref } from '@/lib/content';

export interface WebLink {
  id: string;
  title: string;
  url: string;
  siteName: string;
}

/** Coverage elsewhere, curated by editors. Links leave the site, so they carry no trust or referrer. */
export function AroundTheWeb({
  links,
  headingId = 'around-the-web',
  sponsored = false,
}: {
  links: WebLink[];
  headingId?: string;
  /** Links beside a sponsored story are paid-for too: rel="sponsored". */
  sponsored?: boolean;
}) {
  const safe = links.flatMap((link) => {
    const href = safeHref(link.url);
    return href ? [{ ...link, href }] : [];
  });
  if (safe.length === 0) return null;
  return (
    <section className="rail" aria-labelledby={headingId}>
      <h2 id={headingId} className="rail__title">
        Around The Web
      </h2>
      <ul className="web-links">
        {safe.map((link) => (
          <li key={link.id}>
            <a href={link.href} rel={outboundRel({ sponsored })} target="_blank">
              {link.title}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
            <span className="web-links__site">{link.siteName}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
