/**
 * A source's logo: a plain <img>, rendered on the server. Lettermark SVGs and uploaded logos
 * are already tiny, so next/image's optimiser had nothing to do, and as a client component
 * it put each logo's props into every list page's flight data a second time.
 */
export function SourceLogo({ name, logoUrl, size = 24 }: { name: string; logoUrl: string | null; size?: number }) {
  if (!logoUrl) return null;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above: nothing for the optimiser to do
    <img className="source-logo" src={logoUrl} alt={`${name}'s profile`} width={size} height={size} loading="lazy" decoding="async" />
  );
}
