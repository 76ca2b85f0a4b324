/**
 * Demo content seeded into an empty database on first start (see db/seed/index.ts).
 *
 * The first story is the reference story from reference/news-page.txt, copied verbatim; its
 * key points cite the public reporting and documents they rest on (numbered citations on the
 * page). Every other story and publisher (all except Fox News) is fictional demo copy, and
 * all other links point at the reserved example.com / example.org / example.net domains.
 * Logos live in public/logos/<source slug>.svg.
 */

import type { ArticleKind } from '../../lib/vocabulary';

export interface DemoSource {
  slug: string;
  name: string;
  /** Public path of the publisher's logo, e.g. '/logos/fox-news.svg'. */
  logo: string;
  homepageUrl: string;
  /** One or two sentences. */
  description: string;
}

export interface DemoSection {
  slug: string;
  name: string;
  position: number;
}

export interface DemoWebLink {
  title: string;
  url: string;
  siteName: string;
}

export interface DemoStory {
  /** Lowercase, hyphenated, derived from the headline, at most 80 characters. */
  slug: string;
  headline: string;
  kind: ArticleKind;
  /** A DemoSource.slug. */
  source: string;
  /** A DemoSection.slug. */
  section: string;
  /** Publish time relative to the moment of seeding, in hours (may be fractional). */
  hoursAgo: number;
  /** When an editor last marked a change substantive ("Updated …"), in hours before seeding. */
  revisedHoursAgo?: number;
  /** One paragraph. */
  summary: string;
  keyPoints: { text: string; sourceUrl?: string }[];
  /** "Around The Web" coverage elsewhere, 0-4 per story. */
  webLinks: DemoWebLink[];
}

export const demoSources: DemoSource[] = [
  {
    slug: 'fox-news',
    name: 'Fox News',
    logo: '/logos/fox-news.svg',
    homepageUrl: 'https://www.foxnews.com',
    description: 'Fox News is a U.S. cable news network and news website covering national and international news, politics, business and opinion.',
  },
  {
    slug: 'northern-ledger',
    name: 'Northern Ledger',
    logo: '/logos/northern-ledger.svg',
    homepageUrl: 'https://northern-ledger.example.com',
    description: 'An independent digital newsroom covering technology, telecoms and the digital economy. Known for plain-language explainers on security and consumer tech.',
  },
  {
    slug: 'harbor-daily',
    name: 'Harbor Daily',
    logo: '/logos/harbor-daily.svg',
    homepageUrl: 'https://harbordaily.example.org',
    description: 'A general-interest daily from a coastal city, covering regional news, shipping, the arts and culture.',
  },
  {
    slug: 'civic-wire',
    name: 'The Civic Wire',
    logo: '/logos/civic-wire.svg',
    homepageUrl: 'https://www.example.net/civic-wire',
    description: 'A nonprofit wire service reporting on government, elections and public policy. Its stories are free for other outlets to republish.',
  },
  {
    slug: 'meridian-post',
    name: 'Meridian Post',
    logo: '/logos/meridian-post.svg',
    homepageUrl: 'https://meridianpost.example.com',
    description: 'An international news site reporting on world affairs, diplomacy and development, with correspondents in a dozen regions.',
  },
  {
    slug: 'atlas-business-review',
    name: 'Atlas Business Review',
    logo: '/logos/atlas-business-review.svg',
    homepageUrl: 'https://atlas.example.org/business-review',
    description: 'A business publication covering markets, companies, trade and the changing workplace.',
  },
  {
    slug: 'lumen-science-journal',
    name: 'Lumen Science Journal',
    logo: '/logos/lumen-science-journal.svg',
    homepageUrl: 'https://lumen.example.net',
    description: 'A science news magazine reporting on research in space, health, the environment and the natural world.',
  },
  {
    slug: 'fieldhouse-sports',
    name: 'Fieldhouse Sports',
    logo: '/logos/fieldhouse-sports.svg',
    homepageUrl: 'https://fieldhouse.example.com',
    description: 'A sports desk covering football, athletics, swimming and grassroots sport, from elite competition to local clubs.',
  },
];

export const demoSections: DemoSection[] = [
  { slug: 'world', name: 'World', position: 1 },
  { slug: 'politics', name: 'Politics', position: 2 },
  { slug: 'business', name: 'Business', position: 3 },
  { slug: 'technology', name: 'Technology', position: 4 },
  { slug: 'science', name: 'Science', position: 5 },
  { slug: 'sport', name: 'Sport', position: 6 },
  { slug: 'culture', name: 'Culture', position: 7 },
];

/** The story from reference/news-page.txt; it is always the first entry of demoStories. */
export const REFERENCE_STORY_SLUG: string = 'putin-thanks-north-korea-for-sending-troops-to-fight-ukraine';

/** Newest first (by hoursAgo), except that the reference story leads the list. */
export const demoStories: DemoStory[] = [
  {
    slug: REFERENCE_STORY_SLUG,
    headline: "Putin thanks North Korea for sending troops to fight Ukraine: 'Will never forget the heroism'",
    kind: 'news',
    source: 'fox-news',
    section: 'world',
    hoursAgo: 3,
    revisedHoursAgo: 1.5,
    summary: "Russian President Vladimir Putin expressed gratitude to North Korea for sending troops to support Russia in its conflict against Ukraine, highlighting their heroism and commitment. North Korea officially confirmed its deployment of troops, claiming they were sent to eliminate Ukrainian forces and help reclaim the Kursk region, though Ukrainian officials contest Russia's claim of full control. Under a mutual defense treaty signed in 2024, North Korea and Russia have strengthened ties, with North Korea also supplying weapons to Russia. Concerns have been raised by South Korea and the U.S. about potential rewards from Russia to North Korea, including military assistance and advanced technologies that could enhance North Korea's nuclear capabilities. South Korea's Unification Ministry condemned North Korea's actions as provocative and urged withdrawal, while the potential confirmation of Russia's control over Kursk could impact diplomatic negotiations to end the conflict.",
    keyPoints: [
      { text: 'Vladimir Putin praised North Korean troops for their role in fighting alongside Russian forces in Ukraine, committing to remember their sacrifices and honoring their heroism.', sourceUrl: 'https://www.foxnews.com/world/putin-thanks-north-korea-sending-troops-fight-ukraine' },
      { text: 'North Korea confirmed its military involvement in Ukraine, asserting it aimed to eliminate Ukrainian forces and assist in reclaiming the Kursk region, a claim disputed by Ukraine.', sourceUrl: 'https://www.reuters.com/world/asia-pacific/north-korea-confirms-it-deployed-troops-russia-kursk-region-2025-04-28/' },
      { text: 'A mutual defense treaty between Russia and North Korea, signed in 2024, mandates mutual military support if either nation is attacked, facilitating closer military and political ties.', sourceUrl: 'https://www.nknews.org/2024/06/full-text-of-north-korea-russia-comprehensive-strategic-partnership-treaty/' },
      { text: "North Korea's military support to Russia extends beyond troops, including significant supplies of conventional weapons, raising concerns about potential access to Russian military technologies.", sourceUrl: 'https://apnews.com/hub/north-korea' },
      { text: 'South Korea and the U.S. fear that Russia might provide North Korea with advanced weapon technologies, potentially bolstering its nuclear weapons program, in exchange for its support.', sourceUrl: 'https://www.state.gov/countries-and-areas/north-korea/' },
      { text: "South Korea strongly criticized North Korea's involvement in the conflict, labeling it a threat to international security and demanding an immediate withdrawal of North Korean troops.", sourceUrl: 'https://www.unikorea.go.kr/eng_unikorea/news/releases/' },
      { text: 'The strategic significance of the Kursk region is highlighted as its control could influence U.S.-brokered negotiations for a resolution to the conflict, potentially involving territorial exchanges.', sourceUrl: 'https://www.bbc.com/news/world-europe' },
    ],
    webLinks: [
      { title: "North Korea confirms troops were deployed to Russia's Kursk region", url: 'https://www.example.com/world/north-korea-confirms-kursk-deployment', siteName: 'Example Times' },
      { title: 'What the 2024 Russia-North Korea defence treaty says', url: 'https://www.example.org/policy/russia-north-korea-treaty-explained', siteName: 'Example Policy Review' },
      { title: 'Seoul calls for withdrawal of North Korean troops', url: 'https://news.example.net/asia/seoul-calls-for-troop-withdrawal', siteName: 'Example Herald' },
    ],
  },
  {
    slug: 'senate-committee-advances-bipartisan-bill-to-modernise-rural-broadband-grants',
    headline: 'Senate committee advances bipartisan bill to modernise rural broadband grants',
    kind: 'news',
    source: 'meridian-post',
    section: 'politics',
    hoursAgo: 0.5,
    summary: 'A Senate committee voted 18 to 4 to advance a bipartisan bill that would overhaul how federal rural broadband grants are awarded and audited. The measure would require applicants to publish coverage maps before funding is released, set a three-year deadline for completing projects, and create a public dashboard tracking spending. Supporters said the changes would reduce delays that have left some funded areas waiting years for service, while several members said they wanted firmer cost controls before a floor vote. The bill now heads to the full Senate, where leaders have not yet scheduled debate.',
    keyPoints: [
      { text: 'The committee vote was 18 to 4, with members of both parties supporting the measure.' },
      { text: 'Grant applicants would have to publish coverage maps before any money is released.', sourceUrl: 'https://example.org/legislation/rural-broadband-grants-bill' },
      { text: 'Funded projects would face a three-year completion deadline, with extensions only for documented supply delays.' },
      { text: 'A public dashboard would track spending and new connections by county.' },
      { text: 'Some members said they want stronger cost controls added before a floor vote.' },
    ],
    webLinks: [
      { title: 'What the rural broadband bill would change', url: 'https://www.example.com/politics/rural-broadband-bill-explained', siteName: 'Example Times' },
      { title: 'Counties weigh in on grant deadlines', url: 'https://news.example.org/local/counties-broadband-deadlines', siteName: 'Example Gazette' },
    ],
  },
  {
    slug: 'researchers-map-a-300-kilometre-deep-sea-coral-reef-along-the-atlantic-shelf',
    headline: 'Researchers map a 300-kilometre deep-sea coral reef along the Atlantic shelf',
    kind: 'news',
    source: 'lumen-science-journal',
    section: 'science',
    hoursAgo: 1,
    summary: 'Marine scientists have completed the most detailed survey yet of a deep-water coral reef system that extends roughly 300 kilometres along the edge of the Atlantic continental shelf. Using autonomous underwater vehicles and high-resolution sonar, the team recorded reef structures at depths between 400 and 800 metres, many of them previously unmapped. The researchers said the reef supports dense communities of sponges, fish and crustaceans and could inform decisions on where bottom trawling is allowed. The data set is being released openly so fisheries regulators and other research groups can build on it.',
    keyPoints: [
      { text: 'The survey covered a reef system roughly 300 kilometres long at depths of 400 to 800 metres.' },
      { text: 'Autonomous underwater vehicles and ship-based sonar collected more than 2,000 hours of imagery and depth data.' },
      { text: 'Many of the recorded reef structures had not appeared on earlier seabed maps.' },
      { text: 'Researchers said the findings could help regulators decide where bottom trawling should be restricted.', sourceUrl: 'https://example.org/ocean/deep-reef-survey-summary' },
      { text: 'The full data set will be published under an open licence.' },
    ],
    webLinks: [
      { title: 'Inside the robot fleet mapping the deep ocean', url: 'https://www.example.net/science/robot-fleet-deep-ocean', siteName: 'Example Science Weekly' },
    ],
  },
  {
    slug: 'central-bank-holds-interest-rates-steady-and-signals-a-slower-path-to-cuts',
    headline: 'Central bank holds interest rates steady and signals a slower path to cuts',
    kind: 'news',
    source: 'atlas-business-review',
    section: 'business',
    hoursAgo: 1.5,
    revisedHoursAgo: 0.75,
    summary: 'The central bank kept its benchmark interest rate unchanged at 4.25 percent, saying inflation had eased but remained above its 2 percent target. In a statement, policymakers said they expected to reduce rates gradually over the coming year but would need more evidence that price growth in services was cooling. Seven of the nine members of the rate-setting committee voted to hold, while two favoured a quarter-point cut. Markets had largely expected the decision, and government bond yields moved only slightly after the announcement. The next policy meeting is scheduled in six weeks.',
    keyPoints: [
      { text: 'The benchmark rate stays at 4.25 percent, with inflation still above the 2 percent target.' },
      { text: 'Seven committee members voted to hold and two backed a quarter-point cut.' },
      { text: 'Policymakers said services inflation needs to cool further before rates come down.', sourceUrl: 'https://example.com/central-bank/policy-statement' },
      { text: 'Government bond yields moved only slightly after the decision.' },
    ],
    webLinks: [
      { title: 'Rate decision: what it means for mortgages', url: 'https://money.example.com/mortgages/rate-hold-what-it-means', siteName: 'Example Money' },
      { title: 'Economists split on timing of first cut', url: 'https://www.example.org/markets/economists-timing-first-cut', siteName: 'Example Financial' },
    ],
  },
  {
    slug: 'ferry-services-resume-across-the-baltic-after-storm-closes-ports-for-two-days',
    headline: 'Ferry services resume across the Baltic after storm closes ports for two days',
    kind: 'news',
    source: 'harbor-daily',
    section: 'world',
    hoursAgo: 2.25,
    summary: 'Passenger and freight ferries began sailing again across the Baltic Sea after a powerful storm forced ports in several countries to suspend services for nearly two days. Operators said the first departures were heavily booked and advised travellers to check schedules before heading to terminals, as some crossings would run less often while crews and vessels were repositioned. Port authorities reported minor damage to mooring equipment but no serious injuries. Meteorologists said calmer conditions were expected to last for the next several days, allowing freight backlogs at several terminals to clear.',
    keyPoints: [
      { text: 'Ferry operators restarted crossings after a storm halted services for nearly two days.' },
      { text: 'Early departures were heavily booked, and some routes are running at reduced frequency.' },
      { text: 'Ports reported minor damage to mooring equipment and no serious injuries.' },
      { text: 'Freight backlogs are expected to clear over the next several days as conditions calm.' },
    ],
    webLinks: [
      { title: 'Storm disrupts Baltic shipping lanes', url: 'https://www.example.net/shipping/baltic-storm-disruption', siteName: 'Example Maritime News' },
    ],
  },
  {
    slug: 'city-council-approves-late-night-bus-service-for-six-outer-neighbourhoods',
    headline: 'City council approves late-night bus service for six outer neighbourhoods',
    kind: 'news',
    source: 'civic-wire',
    section: 'politics',
    hoursAgo: 4,
    revisedHoursAgo: 2,
    summary: 'The city council voted to extend late-night bus service to six outer neighbourhoods under a one-year pilot that will run buses every 30 minutes between midnight and 5 a.m. Transit officials estimate the programme will cost about 3.2 million dollars, paid for from an existing congestion fund rather than fare increases. Council members who backed the plan said shift workers in hospitals, warehouses and restaurants had struggled to get home after regular service ends. Opponents questioned whether ridership would justify the cost. The transit agency will publish monthly ridership figures and report back before any decision to make the routes permanent.',
    keyPoints: [
      { text: 'Six outer neighbourhoods will get buses every 30 minutes between midnight and 5 a.m.' },
      { text: 'The one-year pilot is expected to cost about 3.2 million dollars from an existing congestion fund.', sourceUrl: 'https://example.org/council/late-night-bus-pilot' },
      { text: 'Supporters said the routes would help shift workers who finish after regular service ends.' },
      { text: 'Some council members questioned whether ridership would justify the cost.' },
      { text: 'Monthly ridership figures will be published during the pilot.' },
    ],
    webLinks: [
      { title: 'Night bus maps: which routes are changing', url: 'https://city.example.com/transport/night-bus-routes', siteName: 'Example City Guide' },
      { title: 'How other cities run overnight transit', url: 'https://www.example.org/urbanism/overnight-transit-comparison', siteName: 'Example Urbanist' },
    ],
  },
  {
    slug: 'why-ai-assistants-in-office-software-are-meeting-a-slower-quieter-reality',
    headline: 'Why AI assistants in office software are meeting a slower, quieter reality',
    kind: 'analysis',
    source: 'northern-ledger',
    section: 'technology',
    hoursAgo: 5.5,
    summary: 'Software makers have spent the past two years adding AI assistants to email, spreadsheets and document editors, but early usage data suggests adoption inside workplaces is uneven. Surveys of IT managers point to three recurring obstacles: uncertainty about where company data is processed, the cost of per-seat licences, and the time needed to train staff to check automated output. Companies that report clear gains tend to start with narrow tasks such as summarising meetings or drafting routine replies. The pattern suggests the technology is settling into a supporting role rather than transforming office work overnight.',
    keyPoints: [
      { text: 'Adoption of AI assistants in office software is uneven across workplaces.' },
      { text: 'IT managers cite data handling, licence costs and staff training as the main obstacles.', sourceUrl: 'https://example.com/research/it-manager-ai-survey' },
      { text: 'Organisations reporting gains usually begin with narrow, repetitive tasks.' },
      { text: 'Checking automated output remains a significant hidden cost for many teams.' },
    ],
    webLinks: [
      { title: 'Survey: how companies use AI at work', url: 'https://www.example.net/tech/survey-ai-at-work', siteName: 'Example Tech Review' },
      { title: 'Three questions to ask before buying AI licences', url: 'https://business.example.com/it/ai-licence-questions', siteName: 'Example Business Daily' },
    ],
  },
  {
    slug: 'second-division-side-reaches-cup-final-after-shootout-win-before-record-crowd',
    headline: 'Second-division side reaches cup final after shootout win before record crowd',
    kind: 'news',
    source: 'fieldhouse-sports',
    section: 'sport',
    hoursAgo: 7,
    summary: "A second-division club reached its first national cup final in more than 40 years after beating a top-flight side 5-4 on penalties following a 1-1 draw. The visitors took the lead early in the second half, but the home side equalised with a header in the 84th minute and held on through extra time. Their goalkeeper saved two penalties in the shootout. The match was played in front of a record crowd of 31,500 at the club's renovated stadium. The final will be played next month at the national stadium, where the club will face the current league champions.",
    keyPoints: [
      { text: 'The second-division club won 5-4 on penalties after a 1-1 draw.' },
      { text: 'An 84th-minute header forced extra time.' },
      { text: 'The goalkeeper saved two penalties in the shootout.' },
      { text: 'A record crowd of 31,500 attended the match at the renovated stadium.' },
      { text: "The club will face the league champions in next month's final." },
    ],
    webLinks: [
      { title: 'Cup semi-final: player ratings', url: 'https://sport.example.com/football/cup-semi-final-ratings', siteName: 'Example Sports Desk' },
      { title: 'The 40-year wait, in pictures', url: 'https://www.example.org/photos/cup-final-wait', siteName: 'Example Sports Photo' },
    ],
  },
  {
    slug: 'five-countries-agree-on-a-shared-early-warning-system-for-river-flooding',
    headline: 'Five countries agree on a shared early-warning system for river flooding',
    kind: 'news',
    source: 'meridian-post',
    section: 'world',
    hoursAgo: 8.5,
    summary: 'Governments from five countries sharing a major river basin signed an agreement to build a joint early-warning system for floods, pooling data from upstream gauges, weather radar and satellite imagery. Under the plan, alerts would be issued in all five national languages and sent to local authorities within minutes of water levels crossing agreed thresholds. The project is expected to cost about 45 million euros over four years, with funding split between the governments and a development bank. Officials said recent floods had shown that warnings often arrived too late for downstream communities to evacuate safely.',
    keyPoints: [
      { text: 'Five countries signed an agreement to build a joint flood early-warning system.' },
      { text: 'Upstream gauges, weather radar and satellite data will feed a shared platform.' },
      { text: 'Alerts will be issued in all five national languages within minutes of thresholds being crossed.' },
      { text: 'The system is expected to cost about 45 million euros over four years.', sourceUrl: 'https://example.org/basin-commission/early-warning-agreement' },
      { text: 'Officials said earlier warnings would give downstream communities more time to evacuate.' },
    ],
    webLinks: [
      { title: 'How flood forecasting works', url: 'https://www.example.net/explainers/flood-forecasting', siteName: 'Example Explainer' },
      { title: 'River basin flood pact signed', url: 'https://www.example.com/world/river-basin-flood-pact', siteName: 'Example Times' },
    ],
  },
  {
    slug: 'grocery-prices-rise-at-slowest-pace-in-three-years-retail-survey-finds',
    headline: 'Grocery prices rise at slowest pace in three years, retail survey finds',
    kind: 'news',
    source: 'atlas-business-review',
    section: 'business',
    hoursAgo: 10,
    summary: "Grocery prices rose 1.8 percent over the past year, the slowest annual increase in three years, according to a monthly survey of major supermarket chains. Falling prices for cooking oil, milk and some fresh vegetables offset continued increases for coffee, chocolate and beef. Analysts said easing energy and transport costs had helped retailers hold prices down, and that promotional discounting had returned as chains competed for shoppers. The survey's authors cautioned that weather-related harvest problems could push some fresh-food prices higher again later in the year.",
    keyPoints: [
      { text: 'Grocery prices rose 1.8 percent year on year, the slowest pace in three years.', sourceUrl: 'https://example.com/retail-survey/grocery-inflation-latest' },
      { text: 'Cooking oil, milk and some vegetables became cheaper.' },
      { text: 'Coffee, chocolate and beef continued to rise in price.' },
      { text: 'Lower energy and transport costs helped retailers hold prices down.' },
      { text: 'Harvest problems could lift fresh-food prices again later in the year.' },
    ],
    webLinks: [
      { title: 'Ten ways to cut your grocery bill', url: 'https://money.example.com/saving/cut-grocery-bill', siteName: 'Example Money' },
    ],
  },
  {
    slug: 'open-source-developers-release-fix-for-flaw-in-widely-used-compression-library',
    headline: 'Open-source developers release fix for flaw in widely used compression library',
    kind: 'news',
    source: 'northern-ledger',
    section: 'technology',
    hoursAgo: 12,
    summary: 'Maintainers of a widely used open-source compression library released an update fixing a memory-safety flaw that could allow a specially crafted file to crash applications or, in some configurations, run unwanted code. The issue was reported privately by a university security researcher, and the maintainers coordinated the release with major operating system vendors so patches could ship at the same time. There is no evidence the flaw has been exploited. Security teams are urging administrators to update servers and desktop software, noting that the library is often bundled inside other programs and may need to be updated through those vendors.',
    keyPoints: [
      { text: 'A memory-safety flaw in a popular compression library has been fixed.' },
      { text: 'A crafted file could crash applications or, in some setups, run unwanted code.' },
      { text: 'The fix was coordinated with operating system vendors for a simultaneous release.', sourceUrl: 'https://example.org/security/advisories/compression-library-update' },
      { text: 'There is no evidence the flaw has been exploited.' },
      { text: 'Administrators should also check bundled copies of the library inside other software.' },
    ],
    webLinks: [
      { title: 'How to check whether your software is affected', url: 'https://security.example.net/guides/check-compression-library', siteName: 'Example Security Blog' },
      { title: 'The volunteers who keep core libraries running', url: 'https://www.example.net/tech/open-source-maintainers', siteName: 'Example Tech Review' },
    ],
  },
  {
    slug: 'restored-silent-film-premieres-with-live-orchestra-a-century-after-its-release',
    headline: 'Restored silent film premieres with live orchestra a century after its release',
    kind: 'news',
    source: 'harbor-daily',
    section: 'culture',
    hoursAgo: 14,
    summary: 'A silent film once thought to survive only in fragments returned to the big screen in a fully restored version, accompanied by a 40-piece orchestra performing a newly written score. Archivists assembled the restoration from three incomplete prints discovered in separate collections, using digital tools to repair scratches and match the tinting of the original release. The premiere sold out within days, and organisers said the restoration would tour several cities before being released to stream later in the year. The archive plans to publish notes explaining how the missing scenes were identified and reconstructed.',
    keyPoints: [
      { text: 'A silent film thought to survive only in fragments has been fully restored from three incomplete prints.' },
      { text: 'Digital tools were used to repair damage and match the original colour tinting.' },
      { text: 'The premiere featured a 40-piece orchestra playing a newly written score.' },
      { text: 'The restoration will tour several cities before a streaming release.' },
    ],
    webLinks: [
      { title: 'Restoring a lost film, frame by frame', url: 'https://arts.example.org/film/restoring-lost-silent-film', siteName: 'Example Arts Review' },
      { title: 'Composing for silence', url: 'https://www.example.com/music/composing-for-silent-film', siteName: 'Example Music Journal' },
    ],
  },
  {
    slug: 'space-agency-confirms-launch-window-for-lunar-orbit-communications-satellite',
    headline: 'Space agency confirms launch window for lunar orbit communications satellite',
    kind: 'news',
    source: 'lumen-science-journal',
    section: 'science',
    hoursAgo: 17,
    summary: 'The space agency has confirmed a three-week launch window for a communications satellite designed to relay data between future lunar landers and ground stations on Earth. The spacecraft will enter an elliptical orbit around the Moon that keeps it in view of the lunar south pole for most of each orbit, an area where several missions plan to land. Engineers completed final vibration and thermal tests last month. Agency officials said the satellite would also carry a small navigation experiment to test whether landers can use its signals to determine their position more precisely.',
    keyPoints: [
      { text: 'The launch window lasts three weeks.' },
      { text: 'The satellite will relay data between lunar landers and ground stations on Earth.' },
      { text: 'Its orbit keeps it in view of the lunar south pole for most of each pass.' },
      { text: 'Final vibration and thermal tests have been completed.', sourceUrl: 'https://example.org/space/lunar-relay-mission-status' },
      { text: 'A navigation experiment on board will test position-finding for landers.' },
    ],
    webLinks: [
      { title: "Why the Moon's south pole matters", url: 'https://www.example.com/space/moon-south-pole-explained', siteName: 'Example Space News' },
      { title: 'Lunar relay satellite: a visual guide', url: 'https://www.example.net/science/lunar-relay-visual-guide', siteName: 'Example Science Weekly' },
    ],
  },
  {
    slug: 'what-a-proposed-change-to-school-funding-formulas-would-mean-for-small-districts',
    headline: 'What a proposed change to school funding formulas would mean for small districts',
    kind: 'analysis',
    source: 'civic-wire',
    section: 'politics',
    hoursAgo: 20,
    summary: 'A proposal to change how the state allocates school funding would shift money toward districts with higher numbers of students learning English and those with long bus routes, according to an analysis of the draft formula. Small rural districts would gain on average, largely because of a new transport allowance, while some mid-sized suburban districts would see modest reductions that phase in over four years. The plan keeps a guarantee that no district loses more than 2 percent a year. Lawmakers are expected to hold hearings before voting, and district leaders have asked for clearer figures on how enrolment changes would be handled.',
    keyPoints: [
      { text: 'The draft formula directs more money to districts with many English learners and long bus routes.' },
      { text: 'Small rural districts would gain on average because of a new transport allowance.' },
      { text: 'Some mid-sized suburban districts would see modest reductions phased in over four years.' },
      { text: 'No district could lose more than 2 percent of its funding in a single year.', sourceUrl: 'https://example.org/state-budget/school-funding-formula-draft' },
      { text: 'District leaders want clearer figures on how enrolment changes would be handled.' },
    ],
    webLinks: [
      { title: 'Look up your district under the draft formula', url: 'https://data.example.com/education/school-funding-lookup', siteName: 'Example Data Desk' },
    ],
  },
  {
    slug: 'marathon-winner-sets-womens-course-record-as-thousands-run-in-cool-conditions',
    headline: "Marathon winner sets women's course record as thousands run in cool conditions",
    kind: 'news',
    source: 'fieldhouse-sports',
    section: 'sport',
    hoursAgo: 23,
    summary: "The city marathon produced a new course record in the women's race, with the winner finishing in two hours, 18 minutes and 40 seconds, more than a minute faster than the previous best set six years ago. Cool, overcast conditions helped the elite field, and the men's race was decided by a sprint over the final 200 metres. Organisers said more than 28,000 runners started the race and reported a finishing rate above 97 percent. Volunteers staffed 22 aid stations, and the event raised money for local youth sports programmes through charity entries.",
    keyPoints: [
      { text: "The women's winner set a course record of 2:18:40." },
      { text: 'The previous record had stood for six years.' },
      { text: "The men's race was decided in a sprint over the final 200 metres." },
      { text: 'More than 28,000 runners started, and over 97 percent finished.', sourceUrl: 'https://example.com/marathon/results' },
    ],
    webLinks: [
      { title: 'Full marathon results', url: 'https://running.example.org/results/city-marathon', siteName: 'Example Running' },
      { title: 'Course record, mile by mile', url: 'https://sport.example.com/athletics/marathon-record-splits', siteName: 'Example Sports Desk' },
    ],
  },
  {
    slug: 'why-grain-shipping-routes-matter-more-than-ever-for-import-dependent-nations',
    headline: 'Why grain shipping routes matter more than ever for import-dependent nations',
    kind: 'analysis',
    source: 'meridian-post',
    section: 'world',
    hoursAgo: 26,
    summary: 'Countries that rely on imported grain have become more exposed to disruptions at a handful of shipping chokepoints, where delays can quickly raise costs for bakers, livestock farmers and households. Trade data show that a growing share of wheat and maize now travels longer routes, increasing freight and insurance costs. Some governments have responded by expanding strategic reserves or signing longer-term supply agreements, while others are investing in storage near ports. Economists say these steps can soften price shocks but cannot fully replace reliable sea lanes, making cooperation on maritime security a food-security issue as well.',
    keyPoints: [
      { text: 'Import-dependent countries are exposed to disruptions at a small number of shipping chokepoints.' },
      { text: 'A growing share of wheat and maize is travelling longer routes, raising freight and insurance costs.', sourceUrl: 'https://example.org/trade-data/grain-shipping-routes' },
      { text: 'Some governments are expanding strategic reserves or signing longer supply contracts.' },
      { text: 'Investment in port-side storage is increasing in several regions.' },
      { text: 'Economists say reserves soften price shocks but cannot replace reliable sea lanes.' },
    ],
    webLinks: [
      { title: "Mapping the world's grain trade", url: 'https://data.example.com/trade/grain-flows-map', siteName: 'Example Data Desk' },
      { title: 'What strategic food reserves can and cannot do', url: 'https://www.example.org/policy/strategic-food-reserves', siteName: 'Example Policy Review' },
    ],
  },
  {
    slug: 'charging-network-brightmile-plans-a-major-expansion-of-highway-fast-chargers',
    headline: 'Charging network Brightmile plans a major expansion of highway fast chargers',
    kind: 'news',
    source: 'atlas-business-review',
    section: 'business',
    hoursAgo: 30,
    summary: 'Brightmile, a charging network operator, said it would install 1,200 fast chargers at 150 highway sites over the next two years, focusing on routes where drivers currently face gaps of more than 100 kilometres between high-power stations. The company said the expansion would be funded through a mix of bank loans and a government infrastructure grant. Each site will have at least six chargers, along with canopies, lighting and toilets. Industry analysts said reliability, not just the number of chargers, had become the main complaint among drivers, and Brightmile committed to publishing uptime figures for every site.',
    keyPoints: [
      { text: 'Brightmile will install 1,200 fast chargers at 150 highway sites over two years.' },
      { text: 'The rollout targets gaps of more than 100 kilometres between high-power stations.' },
      { text: 'Funding comes from bank loans and a government infrastructure grant.' },
      { text: 'Every site will have at least six chargers, lighting and toilets.' },
      { text: 'The company will publish uptime figures for each site.', sourceUrl: 'https://example.com/brightmile/investor-update' },
    ],
    webLinks: [
      { title: 'Are there enough chargers for road trips?', url: 'https://www.example.net/motoring/road-trip-charging-gaps', siteName: 'Example Motoring' },
    ],
  },
  {
    slug: 'large-study-links-regular-walking-to-fewer-hospital-stays-among-older-adults',
    headline: 'Large study links regular walking to fewer hospital stays among older adults',
    kind: 'news',
    source: 'lumen-science-journal',
    section: 'science',
    hoursAgo: 34,
    summary: 'Adults over 65 who walked at least 30 minutes on five or more days a week had fewer hospital admissions over a six-year period than those who walked less, according to a study of about 12,000 participants. The researchers used wearable step counters to measure activity rather than relying on questionnaires, and adjusted for age, smoking, income and existing health conditions. The association held for both men and women. The authors stressed that the study was observational and could not prove cause and effect, but said the results supported public health advice encouraging moderate daily activity.',
    keyPoints: [
      { text: 'The study followed about 12,000 adults over 65 for six years.' },
      { text: 'Those walking 30 minutes on five or more days a week had fewer hospital admissions.' },
      { text: 'Activity was measured with wearable step counters rather than questionnaires.', sourceUrl: 'https://example.org/journals/ageing-and-activity/walking-hospital-admissions' },
      { text: 'Results were adjusted for age, smoking, income and existing conditions.' },
      { text: 'The authors noted that an observational study cannot prove cause and effect.' },
    ],
    webLinks: [
      { title: 'How much walking is enough?', url: 'https://health.example.com/fitness/how-much-walking', siteName: 'Example Health' },
    ],
  },
  {
    slug: 'public-libraries-should-stay-open-later-and-cities-can-afford-to-make-it-happen',
    headline: 'Public libraries should stay open later, and cities can afford to make it happen',
    kind: 'opinion',
    source: 'harbor-daily',
    section: 'culture',
    hoursAgo: 38,
    summary: 'Libraries remain one of the few indoor public spaces where anyone can stay without buying something, yet many close by early evening, just as working people and students finish their day. Extending hours to 9 p.m. on several weekdays would cost far less than many other civic projects, especially if cities share staff across branches and use volunteers for programmes. Evening opening would give students a quiet place to study, offer job seekers access to computers, and provide a safe, warm space in winter. Councils should treat library hours as essential infrastructure rather than an easy line to trim when budgets tighten.',
    keyPoints: [
      { text: 'Libraries are among the few indoor public spaces open to everyone without charge.' },
      { text: 'Many branches close by early evening, when workers and students are finally free.' },
      { text: 'Extending hours on several weekdays would cost less than many other civic projects.', sourceUrl: 'https://example.org/library-association/opening-hours-costs' },
      { text: 'Evening opening would support students, job seekers and people needing a warm space.' },
      { text: 'Library hours should be treated as essential infrastructure in budget decisions.' },
    ],
    webLinks: [
      { title: 'What libraries do after dark', url: 'https://community.example.net/libraries/evening-programmes', siteName: 'Example Community News' },
    ],
  },
  {
    slug: 'regulators-publish-draft-rules-requiring-clearer-labels-on-smart-home-devices',
    headline: 'Regulators publish draft rules requiring clearer labels on smart home devices',
    kind: 'news',
    source: 'northern-ledger',
    section: 'technology',
    hoursAgo: 43,
    summary: 'Consumer regulators released draft rules that would require makers of smart home devices such as cameras, doorbells and thermostats to state on the packaging how long the product will receive security updates. The proposal would also require a plain-language summary of what data the device collects and whether it works without an internet connection. Manufacturers would have 18 months to comply after final rules are adopted. Consumer groups welcomed the draft, while some industry associations asked for more time and for the labels to be available digitally through a QR code instead of printed text.',
    keyPoints: [
      { text: 'Packaging would have to state how long a device receives security updates.' },
      { text: 'A plain-language summary of the data a device collects would be required.' },
      { text: 'Labels would also say whether the device works without an internet connection.' },
      { text: 'Manufacturers would have 18 months to comply once the rules are final.', sourceUrl: 'https://example.org/consumer-regulator/smart-device-labels-draft' },
      { text: 'Some industry groups want labels to be available digitally through QR codes.' },
    ],
    webLinks: [
      { title: 'What the proposed smart home label could look like', url: 'https://www.example.net/tech/smart-home-label-mockup', siteName: 'Example Tech Review' },
      { title: 'Consumer groups react to labelling plan', url: 'https://consumer.example.com/news/smart-label-reaction', siteName: 'Example Consumer' },
    ],
  },
  {
    slug: 'how-data-analysts-are-changing-the-way-youth-football-clubs-scout-players',
    headline: 'How data analysts are changing the way youth football clubs scout players',
    kind: 'analysis',
    source: 'fieldhouse-sports',
    section: 'sport',
    hoursAgo: 48,
    summary: 'Youth football clubs that once relied almost entirely on scouts watching matches in person are increasingly using video and tracking data to identify promising players. Affordable cameras and software can now record positioning, sprint distances and passing patterns in amateur games, allowing small clubs to review far more players than their staff could see. Coaches say the data helps spot late developers who might otherwise be overlooked, but warn that numbers can miss qualities such as decision-making under pressure and attitude in training. Most clubs interviewed described a blended approach in which data narrows the field and scouts make the final judgement.',
    keyPoints: [
      { text: 'Youth clubs are using video and tracking data alongside in-person scouting.' },
      { text: 'Low-cost cameras can record positioning, sprint distances and passing in amateur games.' },
      { text: 'Coaches say data helps identify late developers who might otherwise be overlooked.' },
      { text: 'Numbers can miss decision-making under pressure and attitude in training.' },
      { text: 'Most clubs combine data screening with a final judgement by scouts.' },
    ],
    webLinks: [
      { title: 'A day with a youth club data team', url: 'https://sport.example.com/football/youth-data-team', siteName: 'Example Sports Desk' },
    ],
  },
  {
    slug: 'election-officials-test-new-ballot-tracking-system-ahead-of-local-elections',
    headline: 'Election officials test new ballot tracking system ahead of local elections',
    kind: 'news',
    source: 'civic-wire',
    section: 'politics',
    hoursAgo: 54,
    summary: 'Election officials in three counties completed a public test of a ballot tracking system that lets voters follow their mail-in ballot from printing to counting by text message or email. The test used several thousand sample ballots and was observed by representatives of the major parties and a nonpartisan voter group. Officials said the system performed as expected, though a small number of notifications were delayed by a configuration error that has since been corrected. The counties plan to offer the service to all mail-in voters in the upcoming local elections, and registration for alerts will open online next month.',
    keyPoints: [
      { text: 'Three counties ran a public test of a mail-in ballot tracking system.' },
      { text: 'Voters will be able to follow their ballots by text message or email.' },
      { text: 'Party representatives and a nonpartisan voter group observed the test.' },
      { text: 'A configuration error delayed a small number of notifications and has been fixed.', sourceUrl: 'https://example.org/elections/ballot-tracking-test-report' },
      { text: 'Sign-up for alerts opens online next month.' },
    ],
    webLinks: [
      { title: 'How ballot tracking works', url: 'https://civic.example.net/voting/ballot-tracking-explained', siteName: 'Example Civic Guide' },
    ],
  },
  {
    slug: 'mountain-village-reopens-historic-rail-line-as-a-tourist-route-and-commuter-link',
    headline: 'Mountain village reopens historic rail line as a tourist route and commuter link',
    kind: 'news',
    source: 'meridian-post',
    section: 'world',
    hoursAgo: 60,
    summary: 'A narrow-gauge railway that closed more than 30 years ago has reopened, linking a mountain village with the regional town in the valley below. The 19-kilometre line was restored by a partnership of local councils, a heritage trust and the regional transport authority, at a cost of about 28 million euros. Trains will run hourly in both directions, with timetables designed to suit commuters in the morning and evening and visitors during the day. Local businesses said the line should ease traffic on the winding mountain road, which is often congested during the ski season.',
    keyPoints: [
      { text: 'A 19-kilometre narrow-gauge line has reopened after more than 30 years.' },
      { text: 'Restoration cost about 28 million euros, shared by councils, a heritage trust and the transport authority.' },
      { text: 'Trains will run hourly in both directions.' },
      { text: 'Timetables aim to serve both commuters and visitors.' },
      { text: 'Businesses hope the line will ease congestion on the mountain road during the ski season.' },
    ],
    webLinks: [
      { title: 'Riding the reopened mountain line', url: 'https://travel.example.com/rail/mountain-line-reopens', siteName: 'Example Travel' },
      { title: 'Heritage railways are making a comeback', url: 'https://www.example.org/rail/heritage-lines-return', siteName: 'Example Rail Magazine' },
    ],
  },
  {
    slug: 'four-day-week-trials-show-gains-but-results-vary-widely-by-industry',
    headline: 'Four-day week trials show gains, but results vary widely by industry',
    kind: 'analysis',
    source: 'atlas-business-review',
    section: 'business',
    hoursAgo: 67,
    summary: 'Companies that took part in year-long four-day week trials reported lower staff turnover and fewer sick days, but the results varied widely between industries, according to a review of published findings. Office-based firms in software, marketing and professional services were most likely to keep the shorter week after the trials ended. Manufacturers and customer-facing businesses found it harder, often needing staggered schedules to maintain opening hours. Researchers noted that participating firms volunteered for the trials and may not be representative, and called for longer studies that track productivity with consistent measures.',
    keyPoints: [
      { text: 'Trial companies reported lower staff turnover and fewer sick days.', sourceUrl: 'https://example.com/research/four-day-week-review' },
      { text: 'Office-based firms were the most likely to keep the four-day week.' },
      { text: 'Manufacturers and customer-facing businesses often needed staggered schedules.' },
      { text: 'Participating firms volunteered, so the results may not be representative.' },
      { text: 'Researchers want longer studies with consistent productivity measures.' },
    ],
    webLinks: [
      { title: 'What workers said about the four-day week', url: 'https://work.example.net/features/four-day-week-voices', siteName: 'Example Workplace' },
      { title: "Four-day week: the employer's checklist", url: 'https://business.example.com/hr/four-day-week-checklist', siteName: 'Example Business Daily' },
    ],
  },
  {
    slug: 'citizen-scientists-help-astronomers-spot-dozens-of-new-variable-stars',
    headline: 'Citizen scientists help astronomers spot dozens of new variable stars',
    kind: 'news',
    source: 'lumen-science-journal',
    section: 'science',
    hoursAgo: 74,
    summary: 'Volunteers using an online classification platform helped astronomers identify 64 previously uncatalogued variable stars, whose brightness changes over hours or days. More than 9,000 participants reviewed light curves from a sky survey telescope, flagging patterns that automated filters had missed. Professional astronomers then confirmed the candidates with follow-up observations. The team said several of the stars appear to be eclipsing binaries, pairs of stars that pass in front of each other, which are useful for measuring stellar masses. The volunteers who first flagged each star will be credited in the published catalogue.',
    keyPoints: [
      { text: 'Volunteers helped identify 64 previously uncatalogued variable stars.' },
      { text: 'More than 9,000 people reviewed light curves on an online platform.' },
      { text: 'The volunteers flagged patterns that automated filters had missed.' },
      { text: 'Several of the stars appear to be eclipsing binaries, which help astronomers measure stellar masses.', sourceUrl: 'https://example.org/astronomy/variable-star-catalogue' },
      { text: 'Volunteers who first flagged each star will be credited in the catalogue.' },
    ],
    webLinks: [
      { title: 'How to join a citizen science project', url: 'https://www.example.net/science/join-citizen-science', siteName: 'Example Science Weekly' },
    ],
  },
  {
    slug: 'book-festival-draws-record-attendance-with-expanded-programme-for-young-readers',
    headline: 'Book festival draws record attendance with expanded programme for young readers',
    kind: 'news',
    source: 'harbor-daily',
    section: 'culture',
    hoursAgo: 82,
    summary: "The city's annual book festival reported record attendance of more than 85,000 visitors over four days, helped by an expanded programme for children and teenagers. Organisers added a dedicated young readers' tent, graphic novel workshops and free school group sessions, which accounted for about a quarter of all tickets. More than 300 authors took part in talks and signings, and local bookshops reported strong sales at the festival's pop-up store. Organisers said they would keep most events free or low-cost next year and were exploring a second venue to reduce queues at popular sessions.",
    keyPoints: [
      { text: 'The festival drew more than 85,000 visitors over four days.' },
      { text: 'Events for young readers accounted for about a quarter of all tickets.' },
      { text: 'More than 300 authors took part in talks and signings.' },
      { text: 'Local bookshops reported strong sales at the pop-up store.' },
      { text: 'Organisers are considering a second venue to reduce queues.' },
    ],
    webLinks: [
      { title: 'Festival highlights for young readers', url: 'https://books.example.org/festivals/young-readers-highlights', siteName: 'Example Books' },
      { title: "Authors' picks from this year's festival", url: 'https://arts.example.org/books/festival-authors-picks', siteName: 'Example Arts Review' },
    ],
  },
  {
    slug: 'every-connected-device-should-come-with-a-clear-end-date-for-security-updates',
    headline: 'Every connected device should come with a clear end date for security updates',
    kind: 'opinion',
    source: 'northern-ledger',
    section: 'technology',
    hoursAgo: 90,
    summary: 'When people buy a phone, router or smart speaker, they rarely know how long the manufacturer will keep fixing security problems. That uncertainty leaves households running devices that quietly stop receiving updates and become easier targets for attackers. A simple printed commitment, naming the year until which updates are guaranteed, would let buyers compare products fairly and reward companies that support their hardware longer. Manufacturers already plan support lifecycles internally, so publishing them costs little. Clear end dates would also help schools, small businesses and charities plan replacements instead of discovering too late that their equipment is no longer protected.',
    keyPoints: [
      { text: 'Buyers rarely know how long a device will receive security updates.' },
      { text: 'Devices that stop getting updates become easier targets for attackers.' },
      { text: 'A printed end date for updates would let buyers compare products fairly.' },
      { text: 'Manufacturers already plan support lifecycles internally.' },
      { text: 'Schools, small businesses and charities could plan replacements in advance.' },
    ],
    webLinks: [],
  },
  {
    slug: 'parliament-passes-law-requiring-a-public-register-of-lobbying-meetings',
    headline: 'Parliament passes law requiring a public register of lobbying meetings',
    kind: 'news',
    source: 'civic-wire',
    section: 'politics',
    hoursAgo: 99,
    summary: 'Parliament approved a law requiring ministers and senior officials to publish details of their meetings with lobbyists, including the organisations represented and the topics discussed, within 30 days. The register will be hosted on a public website and searchable by name, department and subject. The law also creates an independent commissioner with powers to investigate missing or inaccurate entries and to fine lobbying firms that fail to register. Transparency groups welcomed the measure, while some lawmakers argued that the 30-day window was too long. The register is due to go live within nine months.',
    keyPoints: [
      { text: 'Ministers and senior officials must publish lobbying meetings within 30 days.' },
      { text: 'The register will be searchable by name, department and subject.' },
      { text: 'An independent commissioner can investigate missing or inaccurate entries.', sourceUrl: 'https://example.org/parliament/lobbying-register-act' },
      { text: 'Lobbying firms that fail to register can be fined.' },
      { text: 'The register is expected to go live within nine months.' },
    ],
    webLinks: [
      { title: 'Lobbying registers around the world', url: 'https://www.example.org/policy/lobbying-registers-compared', siteName: 'Example Policy Review' },
      { title: "What the new register will and won't show", url: 'https://www.example.com/politics/lobbying-register-explained', siteName: 'Example Times' },
    ],
  },
  {
    slug: 'national-swimming-team-names-squad-of-26-for-the-world-championships',
    headline: 'National swimming team names squad of 26 for the world championships',
    kind: 'news',
    source: 'fieldhouse-sports',
    section: 'sport',
    hoursAgo: 108,
    summary: 'The national swimming federation named a squad of 26 athletes for the world championships, including nine swimmers who will compete at the event for the first time. The team was selected based on results at the national trials, where qualifying times were set to match the standard needed to reach a final. Coaches said the squad had strong depth in the relay events and in middle-distance freestyle. The team will hold a three-week training camp at altitude before travelling to the championships, where it aims to improve on the four medals won at the previous edition.',
    keyPoints: [
      { text: 'The squad has 26 athletes, nine of them making their world championship debut.' },
      { text: 'Selection was based on national trials with final-standard qualifying times.', sourceUrl: 'https://example.com/swimming-federation/team-selection' },
      { text: 'Coaches highlighted strength in the relays and middle-distance freestyle.' },
      { text: 'The team will hold a three-week altitude camp before the event.' },
    ],
    webLinks: [
      { title: 'Meet the first-time world championship swimmers', url: 'https://sport.example.com/swimming/championship-debutants', siteName: 'Example Sports Desk' },
    ],
  },
  {
    slug: 'student-exchange-programmes-deserve-steady-long-term-funding-from-governments',
    headline: 'Student exchange programmes deserve steady, long-term funding from governments',
    kind: 'opinion',
    source: 'meridian-post',
    section: 'world',
    hoursAgo: 118,
    summary: 'Student exchange programmes are among the most effective and least expensive ways for countries to build lasting ties, yet their budgets are often renegotiated year by year. That uncertainty makes it hard for universities and schools to plan partnerships, and it discourages students from lower-income families who need early confirmation of grants. Governments should commit to multi-year funding, simplify application rules and set aside places for vocational and apprenticeship students, not only university undergraduates. The return on that investment comes slowly, through friendships, business links and language skills, but it lasts for decades.',
    keyPoints: [
      { text: 'Exchange programme budgets are often renegotiated every year.' },
      { text: 'Funding uncertainty makes it hard for schools and universities to plan partnerships.' },
      { text: 'Students from lower-income families need early confirmation of grants.' },
      { text: 'Multi-year funding and simpler rules would widen participation.' },
      { text: 'Places should be set aside for vocational and apprenticeship students.' },
    ],
    webLinks: [
      { title: 'Exchange students, ten years later', url: 'https://education.example.net/features/exchange-students-ten-years-later', siteName: 'Example Education' },
    ],
  },
  {
    slug: 'port-operator-reports-record-container-volumes-as-new-automated-terminal-opens',
    headline: 'Port operator reports record container volumes as new automated terminal opens',
    kind: 'news',
    source: 'atlas-business-review',
    section: 'business',
    hoursAgo: 128,
    summary: 'A major port operator reported record quarterly container volumes of 2.4 million twenty-foot equivalent units, up 7 percent from a year earlier, as a newly automated terminal began handling ships. The company said the terminal had cut average waiting times for vessels by almost a day and helped it attract two new shipping routes to Asia. Rail connections from the port were also expanded, with more containers leaving by train rather than truck. Executives said they expected growth to slow in the coming months as global trade volumes stabilise, but planned to continue investing in shore power for docked ships.',
    keyPoints: [
      { text: 'Quarterly volumes reached a record 2.4 million twenty-foot equivalent units, up 7 percent.', sourceUrl: 'https://example.com/port-operator/quarterly-results' },
      { text: 'A new automated terminal cut average vessel waiting times by almost a day.' },
      { text: 'Two new shipping routes to Asia have been added.' },
      { text: 'A larger share of containers now leaves the port by rail.' },
      { text: 'The operator expects growth to slow but will keep investing in shore power.' },
    ],
    webLinks: [
      { title: 'Inside the new automated terminal', url: 'https://www.example.net/shipping/automated-terminal-tour', siteName: 'Example Maritime News' },
      { title: 'Container traffic: the latest numbers', url: 'https://www.example.org/markets/container-traffic-data', siteName: 'Example Financial' },
    ],
  },
  {
    slug: 'why-restoring-peatlands-has-become-a-priority-for-climate-scientists',
    headline: 'Why restoring peatlands has become a priority for climate scientists',
    kind: 'analysis',
    source: 'lumen-science-journal',
    section: 'science',
    hoursAgo: 140,
    summary: "Peatlands cover only a small share of the world's land but store a large amount of carbon, and when they are drained for farming or forestry that carbon is gradually released. Restoration projects that block drainage ditches and raise water levels can slow or stop those emissions, and in some cases allow peat to start accumulating again. Scientists say the benefits for water quality, flood control and wildlife are often visible within a few years, while carbon gains take longer to measure. The main challenges are the cost of compensating landowners and the need for long-term monitoring to show that restored sites stay wet.",
    keyPoints: [
      { text: 'Peatlands store a large amount of carbon relative to the area they cover.' },
      { text: 'Drainage for farming or forestry gradually releases that carbon.' },
      { text: 'Blocking ditches and raising water levels can slow or stop emissions.', sourceUrl: 'https://example.org/ecology/peatland-restoration-review' },
      { text: 'Benefits for water quality, flood control and wildlife often appear within a few years.' },
      { text: 'Compensating landowners and long-term monitoring are the main challenges.' },
    ],
    webLinks: [
      { title: 'Peatlands, explained', url: 'https://www.example.net/explainers/peatlands', siteName: 'Example Explainer' },
      { title: 'A restored bog, five years on', url: 'https://nature.example.org/features/restored-bog-five-years', siteName: 'Example Nature' },
    ],
  },
  {
    slug: 'mobile-operators-agree-to-share-rural-masts-to-close-gaps-in-coverage',
    headline: 'Mobile operators agree to share rural masts to close gaps in coverage',
    kind: 'news',
    source: 'northern-ledger',
    section: 'technology',
    hoursAgo: 152,
    summary: "The country's three largest mobile operators agreed to share masts in rural areas, a move expected to bring reliable 4G coverage to about 1,800 villages that currently have weak or no signal. Under the agreement, each operator will build a share of new masts and allow the others to install equipment on them, while existing sites in low-population areas will also be opened for sharing. The communications regulator said the arrangement would be monitored to ensure it does not reduce competition in towns and cities. The first shared masts are expected to be switched on within a year.",
    keyPoints: [
      { text: 'Three mobile operators will share masts in rural areas.' },
      { text: 'About 1,800 villages are expected to gain reliable 4G coverage.' },
      { text: "Each operator will build some new masts and host rivals' equipment." },
      { text: 'The regulator will monitor the arrangement for effects on competition.', sourceUrl: 'https://example.org/communications-regulator/rural-mast-sharing' },
      { text: 'The first shared masts should be switched on within a year.' },
    ],
    webLinks: [
      { title: 'Check mobile coverage where you live', url: 'https://www.example.net/tech/mobile-coverage-checker', siteName: 'Example Tech Review' },
    ],
  },
  {
    slug: 'museum-returns-carved-wooden-panels-to-the-coastal-community-that-made-them',
    headline: 'Museum returns carved wooden panels to the coastal community that made them',
    kind: 'news',
    source: 'harbor-daily',
    section: 'culture',
    hoursAgo: 165,
    summary: 'A national museum returned a set of carved wooden panels to the coastal community where they were made, more than a century after they were acquired by a collector and later donated to the museum. The decision followed three years of discussions with community elders and historians, who documented how the panels were originally used in ceremonial buildings. The panels will be displayed in a new community cultural centre, and the museum will keep high-resolution scans for research and education. Museum staff said the process had produced a framework they would use to review other items in the collection.',
    keyPoints: [
      { text: 'A national museum has returned carved wooden panels to the community where they were made.' },
      { text: 'The return followed three years of discussions with elders and historians.' },
      { text: 'The panels will be displayed in a new community cultural centre.' },
      { text: 'The museum will keep high-resolution scans for research and teaching.' },
      { text: 'A new framework will guide reviews of other items in the collection.', sourceUrl: 'https://example.org/museum/collections-review-framework' },
    ],
    webLinks: [
      { title: 'How museums decide on returns', url: 'https://arts.example.org/museums/how-returns-are-decided', siteName: 'Example Arts Review' },
    ],
  },
  {
    slug: 'community-sports-clubs-need-volunteers-more-than-they-need-new-facilities',
    headline: 'Community sports clubs need volunteers more than they need new facilities',
    kind: 'opinion',
    source: 'fieldhouse-sports',
    section: 'sport',
    hoursAgo: 182,
    summary: 'Local councils and sports bodies often announce new pitches and sports halls, but many community clubs say their real shortage is people. Coaches, referees, treasurers and kit organisers are mostly volunteers, and their numbers have fallen as working patterns change and paperwork grows. Funding that pays for volunteer training, simplifies safeguarding checks and covers basic expenses would keep more teams running than another facility that struggles to find enough staff. Recognising volunteers, through flexible roles and small practical support, is the cheapest way to keep grassroots sport healthy.',
    keyPoints: [
      { text: 'Many community clubs say their main shortage is volunteers, not facilities.' },
      { text: 'Coaches, referees and administrators are mostly unpaid.' },
      { text: 'Volunteer numbers have fallen as working patterns change and paperwork grows.' },
      { text: 'Funding for training, simpler checks and expenses would keep more teams running.' },
    ],
    webLinks: [
      { title: 'Volunteering in grassroots sport: the numbers', url: 'https://sport.example.com/grassroots/volunteer-numbers', siteName: 'Example Sports Desk' },
    ],
  },
  {
    slug: 'five-things-to-know-about-the-governments-new-national-housing-strategy',
    headline: "Five things to know about the government's new national housing strategy",
    kind: 'analysis',
    source: 'civic-wire',
    section: 'politics',
    hoursAgo: 200,
    summary: "The government's new housing strategy sets a target of 250,000 homes a year, changes planning rules for land near train stations and creates a fund to help councils buy sites for social housing. Much of the plan depends on local authorities, which will be expected to update their development plans within two years. Builders' groups welcomed faster planning decisions but warned that skills shortages and construction costs could limit progress. Tenant organisations said the plan should include clearer commitments on rents. Details of the site-purchase fund, including how it will be allocated, are due to be published later in the year.",
    keyPoints: [
      { text: 'The strategy targets 250,000 new homes a year.', sourceUrl: 'https://example.org/housing-ministry/national-housing-strategy' },
      { text: 'Planning rules will change for land near train stations.' },
      { text: 'A new fund will help councils buy sites for social housing.' },
      { text: 'Councils must update their development plans within two years.' },
      { text: 'Builders warn that skills shortages and costs could slow progress.' },
      { text: 'Tenant groups want clearer commitments on rents.' },
    ],
    webLinks: [
      { title: 'Housing strategy: the key numbers', url: 'https://data.example.com/housing/strategy-key-numbers', siteName: 'Example Data Desk' },
      { title: 'What builders and renters think of the plan', url: 'https://www.example.com/politics/housing-strategy-reaction', siteName: 'Example Times' },
    ],
  },
  {
    slug: 'volunteers-help-restore-flood-damaged-archives-in-a-historic-port-city',
    headline: 'Volunteers help restore flood-damaged archives in a historic port city',
    kind: 'news',
    source: 'meridian-post',
    section: 'world',
    hoursAgo: 220,
    summary: "More than 200 conservators and volunteers from a dozen countries have joined efforts to save historic documents damaged when floodwater entered the basement of a port city's municipal archive. Teams froze thousands of waterlogged files to prevent mould and are drying them gradually in specialist facilities, starting with the land registers and shipping records most needed by researchers and residents. Archive staff said about 80 percent of the affected material is expected to be recoverable. The city has announced plans to move its most important collections to a new building on higher ground.",
    keyPoints: [
      { text: 'More than 200 conservators and volunteers from a dozen countries are helping.' },
      { text: 'Waterlogged files were frozen to prevent mould before gradual drying.' },
      { text: 'Land registers and shipping records are being treated first.' },
      { text: 'About 80 percent of the affected material is expected to be recoverable.', sourceUrl: 'https://example.org/archives/flood-recovery-update' },
      { text: 'The most important collections will move to a new building on higher ground.' },
    ],
    webLinks: [
      { title: 'How conservators rescue flooded paper', url: 'https://heritage.example.net/conservation/rescuing-flooded-paper', siteName: 'Example Heritage' },
    ],
  },
  {
    slug: 'small-online-retailers-turn-to-shared-warehouses-to-cut-delivery-costs',
    headline: 'Small online retailers turn to shared warehouses to cut delivery costs',
    kind: 'news',
    source: 'atlas-business-review',
    section: 'business',
    hoursAgo: 239,
    summary: 'A growing number of small online retailers are renting space in shared warehouses that pool storage, packing and delivery contracts, according to an industry survey of 1,500 sellers. By combining volumes, the businesses can negotiate lower courier rates and offer next-day delivery that would be too expensive on their own. Respondents using shared facilities reported average fulfilment savings of 12 percent. Warehouse operators are expanding into smaller towns to meet demand, though some sellers said they worried about losing control over packaging and customer experience. The survey also found growing interest in shared returns processing.',
    keyPoints: [
      { text: 'A survey of 1,500 online sellers found rising use of shared warehouses.', sourceUrl: 'https://example.com/research/small-seller-fulfilment-survey' },
      { text: 'Pooled volumes help small businesses negotiate lower courier rates.' },
      { text: 'Users of shared facilities reported average fulfilment savings of 12 percent.' },
      { text: 'Operators are expanding into smaller towns to meet demand.' },
      { text: 'Some sellers worry about losing control over packaging and customer experience.' },
    ],
    webLinks: [],
  },
];

/** Site-wide "Around The Web" links, not tied to one story. */
export const globalWebLinks: DemoWebLink[] = [
  { title: "Today's top stories from around the world", url: 'https://www.example.com/world', siteName: 'Example Times' },
  { title: 'Markets at a glance', url: 'https://www.example.org/markets', siteName: 'Example Financial' },
  { title: 'Weather forecasts and warnings', url: 'https://weather.example.net/forecast', siteName: 'Example Weather' },
  { title: 'This week in science', url: 'https://www.example.net/science/this-week', siteName: 'Example Science Weekly' },
];
