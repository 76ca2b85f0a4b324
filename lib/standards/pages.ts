import type { StandardsPageSlug } from '../vocabulary';
import { STANDARDS_PAGE_SLUGS } from '../vocabulary';

/**
 * The standards pages: where each lives, and which schema.org properties of the site's
 * Organization point at it (Google and the Trust Project read these).
 */
export interface StandardsPageDefinition {
  slug: StandardsPageSlug;
  path: string;
  /** The title a new page starts with; admins may change it. */
  defaultTitle: string;
  /** What the footer's link says. */
  linkText: string;
  organizationProperties: readonly OrganizationPolicyProperty[];
}

export type OrganizationPolicyProperty =
  | 'publishingPrinciples'
  | 'correctionsPolicy'
  | 'ethicsPolicy'
  | 'actionableFeedbackPolicy'
  | 'verificationFactCheckingPolicy'
  | 'unnamedSourcesPolicy'
  | 'masthead'
  | 'ownershipFundingInfo';

export const STANDARDS_PAGES: Readonly<Record<StandardsPageSlug, StandardsPageDefinition>> = {
  about: {
    slug: 'about',
    path: '/about',
    defaultTitle: 'About us',
    linkText: 'About',
    organizationProperties: ['masthead', 'ownershipFundingInfo'],
  },
  standards: {
    slug: 'standards',
    path: '/standards',
    defaultTitle: 'Editorial standards',
    linkText: 'Editorial standards',
    organizationProperties: ['publishingPrinciples', 'verificationFactCheckingPolicy', 'unnamedSourcesPolicy'],
  },
  'corrections-policy': {
    slug: 'corrections-policy',
    path: '/corrections-policy',
    defaultTitle: 'Corrections policy',
    linkText: 'Corrections policy',
    organizationProperties: ['correctionsPolicy'],
  },
  ethics: {
    slug: 'ethics',
    path: '/ethics',
    defaultTitle: 'Ethics policy',
    linkText: 'Ethics',
    organizationProperties: ['ethicsPolicy'],
  },
  contact: {
    slug: 'contact',
    path: '/contact',
    defaultTitle: 'Contact us',
    linkText: 'Contact',
    organizationProperties: ['actionableFeedbackPolicy'],
  },
};

/** In the footer's order. */
export const standardsPageList = (): StandardsPageDefinition[] => STANDARDS_PAGE_SLUGS.map((slug) => STANDARDS_PAGES[slug]);

export function isStandardsPageSlug(value: unknown): value is StandardsPageSlug {
  return typeof value === 'string' && (STANDARDS_PAGE_SLUGS as readonly string[]).includes(value);
}

/** Organization property → absolute URL, for every standards page. */
export function organizationPolicyUrls(siteUrl: string): Partial<Record<OrganizationPolicyProperty, string>> {
  const out: Partial<Record<OrganizationPolicyProperty, string>> = {};
  for (const page of standardsPageList()) {
    for (const property of page.organizationProperties) out[property] = new URL(page.path, `${siteUrl}/`).toString();
  }
  return out;
}
