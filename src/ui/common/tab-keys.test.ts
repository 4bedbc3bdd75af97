import { describe, expect, it } from 'vitest';
import { tabKeyTarget } from './tab-keys';

describe('the keys of a tab list', () => {
  it.each([
    ['ArrowRight', 0, 1],
    ['ArrowRight', 7, 0], // from the last tab to the first
    ['ArrowLeft', 3, 2],
    ['ArrowLeft', 0, 7], // from the first tab to the last
    ['Home', 5, 0],
    ['End', 2, 7],
  ])('%s from tab %i of 8 goes to tab %i', (key, from, to) => {
    expect(tabKeyTarget(key, from, 8)).toBe(to);
  });

  it('leaves every other key to the page, and a list without tabs alone', () => {
    expect(tabKeyTarget('Enter', 2, 8)).toBeNull();
    expect(tabKeyTarget('ArrowDown', 2, 8)).toBeNull();
    expect(tabKeyTarget('ArrowRight', 0, 0)).toBeNull();
  });
});
