import Image from 'next/image';

export function SourceLogo({ name, logoUrl, size = 24 }: { name: string; logoUrl: string | null; size?: number }) {
  if (!logoUrl) return null;
  return (
    <Image
      className="source-logo"
      src={logoUrl}
      alt={`${name}'s profile`}
      width={size}
      height={size}
      // Lettermark SVGs are already tiny; the optimiser would only add a round trip.
      unoptimized
    />
  );
}
