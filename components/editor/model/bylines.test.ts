import { describe, expect, it } from 'vitest';
import { addablePeople, addByline, bylinePeople, moveByline, removeByline } from './bylines';

const ana = { id: 'a', slug: 'ana-ruiz', name: 'Ana Ruiz' };
const ben = { id: 'b', slug: 'ben-okafor', name: 'Ben Okafor' };
const cy = { id: 'c', slug: 'cy-lind', name: 'Cy Lind' };

describe('bylines in the editor', () => {
  it('adds at the end and never twice', () => {
    expect(addByline(['a'], 'b')).toEqual(['a', 'b']);
    expect(addByline(['a', 'b'], 'a')).toEqual(['a', 'b']);
    expect(addByline(['a'], '')).toEqual(['a']);
  });

  it('removes one person and keeps the order of the rest', () => {
    expect(removeByline(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(removeByline(['a'], 'z')).toEqual(['a']);
  });

  it('moves a byline up or down, staying put at the ends', () => {
    expect(moveByline(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveByline(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveByline(['a', 'b'], 'a', -1)).toEqual(['a', 'b']);
    expect(moveByline(['a', 'b'], 'b', 1)).toEqual(['a', 'b']);
  });

  it('names the chosen people in order and offers only the others', () => {
    expect(bylinePeople(['b', 'a'], [ana, ben, cy]).map((person) => person.name)).toEqual(['Ben Okafor', 'Ana Ruiz']);
    expect(bylinePeople(['gone'], [ana])[0]?.name).toBe('Removed person');
    expect(addablePeople(['b'], [ana, ben, cy])).toEqual([ana, cy]);
  });
});
