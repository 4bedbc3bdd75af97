import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioDoc } from '../persistence/docs';
import { ArrivalBatcher } from './arrival-batcher';

const doc = (id: string) => ({ _id: id, _rev: '1-a' }) as unknown as ScenarioDoc;

function batcher() {
  const deliveries: { ids: string[]; stored: string[]; at: number }[] = [];
  const settle = vi.fn(async () => {});
  const arrivals = new ArrivalBatcher({
    everyMs: 500,
    deliver: (ids, written) => {
      deliveries.push({ ids, stored: [...written.keys()], at: Date.now() });
      return Promise.resolve();
    },
    settle,
  });
  return { arrivals, deliveries, settle };
}

describe('the team sync hands what it stored to the list', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(10_000);
  });
  afterEach(() => vi.useRealTimers());

  it('in a timer task of its own, the batches that came meanwhile together', async () => {
    const { arrivals, deliveries, settle } = batcher();
    void arrivals.add(['a', 'b']);
    const done = arrivals.add(['c']);
    expect(deliveries).toEqual([]); // not in the task that stored them
    await vi.runAllTimersAsync();
    await done;
    expect(deliveries.map((d) => d.ids)).toEqual([['a', 'b', 'c']]);
    expect(settle).toHaveBeenCalledTimes(2); // the pass, and the one asked for during it
  });

  it('at most once every 500 ms', async () => {
    const { arrivals, deliveries } = batcher();
    void arrivals.add(['a']);
    await vi.advanceTimersByTimeAsync(0);
    expect(deliveries.map((d) => d.ids)).toEqual([['a']]);
    void arrivals.add(['b']);
    void arrivals.add(['c']);
    await vi.advanceTimersByTimeAsync(499);
    expect(deliveries).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(deliveries.map((d) => [d.ids, d.at - 10_000])).toEqual([
      [['a'], 0],
      [['b', 'c'], 500],
    ]);
  });

  it("keeps a later batch's word on an id: stored, or to be read back", async () => {
    const { arrivals, deliveries } = batcher();
    void arrivals.add(
      ['x', 'y'],
      new Map([
        ['x', doc('x')],
        ['y', doc('y')],
      ]),
    );
    void arrivals.add(['x']); // x changed again, this time not given as stored
    void arrivals.add(['z'], new Map([['z', doc('z')]]));
    await vi.runAllTimersAsync();
    expect(deliveries).toEqual([{ ids: ['x', 'y', 'x', 'z'], stored: ['y', 'z'], at: 10_000 }]);
  });

  it('settles without a delivery when nothing arrived (a pull ended)', async () => {
    const { arrivals, deliveries, settle } = batcher();
    await arrivals.flush();
    expect(deliveries).toEqual([]);
    expect(settle).toHaveBeenCalledTimes(1);
  });
});
