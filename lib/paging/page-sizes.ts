/** Stories per page of a section, source or later home page. */
export const LIST_PAGE_SIZE = 20;
/** The home page's first thirteen stories: one top story, then cards, then the Latest News list. */
export const HOME_FIRST_PAGE_SIZE = 13;
/**
 * Stories after the top one shown as cards on the home page; the rest of its first page go
 * to the compact Latest News list beside them. The list used to repeat the cards' stories:
 * every headline was sent four times over (two lists, each as HTML and as flight data).
 */
export const HOME_MORE_CARDS = 6;
