import { AppLink } from '@/components/ui/app-link';
import type { ArticleCard } from '@/db/queries/articles';
import { metaDescription } from '@/lib/seo/description';
import { CorrectedMarker } from './corrections';
import { KindLabel } from './kind-label';
import { ResponsivePicture, SIZES } from './lead-image';
import { StoryByline } from './story-byline';

type HeadingLevel = 'h2' | 'h3';

/**
 * Teasers are cut to about what their line clamp shows (globals.css: three lines in a card,
 * six for the top story): a list page carries every card twice, as HTML and as flight data,
 * and whole summaries made the front page's HTML twice its size for text nobody could see.
 */
export const TEASER_LENGTH = { card: 160, lead: 320 } as const;

/** How a card shows its story's lead image: wide on top, a square beside, or not at all. */
export type CardPicture = 'wide' | 'thumb' | 'none';

/** A card's picture: the headline link carries the story, this repeats it for pointer users only. */
export function CardImageLink({
  slug,
  image,
  picture,
  lead = false,
}: {
  slug: string;
  image: NonNullable<ArticleCard['image']>;
  picture: Exclude<CardPicture, 'none'>;
  lead?: boolean;
}) {
  return (
    <AppLink href={`/articles/${slug}`} className="story-card__image" tabIndex={-1} aria-hidden="true">
      <ResponsivePicture
        image={{ ...image, alt: '' }}
        aspect={picture === 'thumb' ? '1:1' : '16:9'}
        sizes={lead ? SIZES.lead : picture === 'thumb' ? SIZES.thumb : SIZES.card}
        priority={lead}
      />
    </AppLink>
  );
}

/** A story in a list: headline link, optional teaser, source and time, and its picture. */
export function StoryCard({
  story,
  as: Heading = 'h3',
  teaser = true,
  lead = false,
  picture = 'wide',
}: {
  story: ArticleCard;
  as?: HeadingLevel;
  teaser?: boolean;
  /** The home page's top story: its picture is the page's largest, fetched first. */
  lead?: boolean;
  picture?: CardPicture;
}) {
  const image = story.image ?? null;
  const classes = ['story-card', lead ? 'story-card--lead' : '', image && picture === 'thumb' ? 'story-card--thumb' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <article className={classes}>
      {image && picture !== 'none' ? <CardImageLink slug={story.slug} image={image} picture={picture} lead={lead} /> : null}
      <p className="story-card__meta">
        {story.section ? <span className="story-card__section">{story.section.name}</span> : null}
        {story.kind !== 'news' ? <KindLabel kind={story.kind} /> : null}
        {story.corrected ? <CorrectedMarker /> : null}
      </p>
      <Heading className="story-card__headline">
        <AppLink href={`/articles/${story.slug}`}>{story.headline}</AppLink>
      </Heading>
      {teaser ? <p className="story-card__teaser">{metaDescription(story.summary, lead ? TEASER_LENGTH.lead : TEASER_LENGTH.card)}</p> : null}
      <StoryByline source={story.source} publishedAt={story.publishedAt} />
    </article>
  );
}
