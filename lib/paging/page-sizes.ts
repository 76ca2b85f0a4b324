/** Stories per page of a section, source or later home page. */
export const LIST_PAGE_SIZE = 20;
/** The home page leads with one top story and twelve more. */
export const HOME_FIRST_PAGE_SIZE = 13;
