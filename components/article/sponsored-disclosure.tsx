/**
 * The line readers see on a paid-for story, before anything else it says. The sponsor is
 * the story's source: for sponsored content the source is whoever paid for it.
 */
export function SponsoredDisclosure({ sponsor }: { sponsor: string | null }) {
  return (
    <p className="sponsored-disclosure" data-testid="sponsored-disclosure">
      <strong>Sponsored content:</strong> paid for by {sponsor ?? 'an advertiser'}. It was not written or checked as news by
      our newsroom.
    </p>
  );
}
