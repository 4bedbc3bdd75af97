import { describe, expect, it } from 'vitest';
import { rovingKeyTarget } from './roving-keys';

describe('the keys of a tab list (across)', () => {
  it.each([
    ['ArrowRight', 0, 1],
    ['ArrowRight', 7, 0], // from the last tab to the first
    ['ArrowLeft', 3, 2],
    ['ArrowLeft', 0, 7], // from the first tab to the last
    ['Home', 5, 0],
    ['End', 2, 7],
  ])('%s from tab %i of 8 goes to tab %i', (key, from, to) => {
    expect(rovingKeyTarget(key, from, 8, 'across')).toBe(to);
  });

  it('leaves the up and down arrows to the page', () => {
    expect(rovingKeyTarget('ArrowDown', 2, 8, 'across')).toBeNull();
    expect(rovingKeyTarget('ArrowUp', 2, 8, 'across')).toBeNull();
  });
});

describe('the keys of a menu (down)', () => {
  it('moves down and up, wrapping round at both ends', () => {
    expect(rovingKeyTarget('ArrowDown', 0, 3, 'down')).toBe(1);
    expect(rovingKeyTarget('ArrowDown', 2, 3, 'down')).toBe(0);
    expect(rovingKeyTarget('ArrowUp', 1, 3, 'down')).toBe(0);
    expect(rovingKeyTarget('ArrowUp', 0, 3, 'down')).toBe(2);
  });
  it('goes to the first or last item with Home and End, and to one from no item', () => {
    expect(rovingKeyTarget('Home', 2, 3, 'down')).toBe(0);
    expect(rovingKeyTarget('End', 0, 3, 'down')).toBe(2);
    expect(rovingKeyTarget('ArrowDown', -1, 3, 'down')).toBe(0);
    expect(rovingKeyTarget('ArrowUp', -1, 3, 'down')).toBe(2);
  });
  it('ignores other keys and an empty menu', () => {
    expect(rovingKeyTarget('a', 0, 3, 'down')).toBeNull();
    expect(rovingKeyTarget('Enter', 0, 3, 'down')).toBeNull();
    expect(rovingKeyTarget('ArrowRight', 0, 3, 'down')).toBeNull();
    expect(rovingKeyTarget('ArrowDown', -1, 0, 'down')).toBeNull();
  });
});
