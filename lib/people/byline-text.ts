/**
 * How a list of names reads in a byline: "A", "A and B", "A, B and C" (no serial comma,
 * the site's style). Returns the pieces with their separators so a page can link each name.
 */
export function bylineParts<T>(people: readonly T[]): { person: T; before: string }[] {
  return people.map((person, index) => ({
    person,
    before: index === 0 ? '' : index === people.length - 1 ? ' and ' : ', ',
  }));
}

/** The byline as plain text: "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return bylineParts(names)
    .map(({ person, before }) => `${before}${person}`)
    .join('');
}
