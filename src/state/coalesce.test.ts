import { describe, expect, it } from 'vitest';
import { Coalescer } from './coalesce';

/** A task whose calls wait until released, recording what was sent. */
function gatedTask() {
  const sent: number[] = [];
  const gates: (() => void)[] = [];
  const task = (n: number) =>
    new Promise<number>((resolve, reject) => {
      sent.push(n);
      gates.push(() => (n < 0 ? reject(new Error(`bad ${n}`)) : resolve(n * 10)));
    });
  const release = async () => {
    gates.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { sent, task, release };
}

describe('coalescing requests to a worker', () => {
  it('sends the first at once and only the newest of those that arrive meanwhile', async () => {
    const { sent, task, release } = gatedTask();
    const delivered: string[] = [];
    const c = new Coalescer(task, (o) => delivered.push(o.ok ? `${o.args}:${o.value}` : `${o.args}:error`));
    c.request(1);
    c.request(2);
    c.request(3);
    c.request(4);
    expect(sent).toEqual([1]);
    expect(c.busy).toBe(true);
    await release();
    expect(sent).toEqual([1, 4]);
    await release();
    expect(delivered).toEqual(['1:10', '4:40']);
    expect(c.busy).toBe(false);
  });
  it('delivers a failure and carries on with the next request', async () => {
    const { sent, task, release } = gatedTask();
    const delivered: string[] = [];
    const c = new Coalescer(task, (o) => delivered.push(o.ok ? `${o.value}` : (o.error as Error).message));
    c.request(-1);
    c.request(5);
    await release();
    await release();
    expect(sent).toEqual([-1, 5]);
    expect(delivered).toEqual(['bad -1', '50']);
  });
  it('forgets a waiting request when told', async () => {
    const { sent, task, release } = gatedTask();
    const c = new Coalescer(task, () => {});
    c.request(1);
    c.request(2);
    c.drop();
    await release();
    expect(sent).toEqual([1]);
  });
});
