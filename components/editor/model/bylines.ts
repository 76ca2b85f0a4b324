import { moveItem } from './draft';

/**
 * The editor's bylines: an ordered list of people ids. Pure operations, so the field's
 * buttons stay thin and each rule is unit-tested.
 */

export interface PersonOption {
  id: string;
  slug: string;
  name: string;
}

/** Adds a person at the end; someone already listed stays where they are. */
export function addByline(ids: readonly string[], id: string): string[] {
  return id && !ids.includes(id) ? [...ids, id] : (ids as string[]);
}

export function removeByline(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : (ids as string[]);
}

/** Moves a byline one place earlier (-1) or later (+1); at either end it stays. */
export function moveByline(ids: readonly string[], id: string, step: -1 | 1): string[] {
  const from = ids.indexOf(id);
  return from < 0 ? (ids as string[]) : moveItem(ids, from, from + step);
}

/** The chosen people in order, with their names; an id nobody has (deleted) shows as such. */
export function bylinePeople(ids: readonly string[], people: readonly PersonOption[]): PersonOption[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  return ids.map((id) => byId.get(id) ?? { id, slug: '', name: 'Removed person' });
}

/** The people not yet in the bylines, for the "add" menu. */
export function addablePeople(ids: readonly string[], people: readonly PersonOption[]): PersonOption[] {
  const chosen = new Set(ids);
  return people.filter((person) => !chosen.has(person.id));
}
