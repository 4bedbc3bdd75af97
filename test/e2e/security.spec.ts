import { expect, test } from './fixtures';

test.describe('the Content-Security-Policy', () => {
  test('comes as a header on the page and on the worker script, and as a meta tag', async ({ app, page, request }) => {
    const [worker] = await Promise.all([page.waitForEvent('worker'), app.goto()]);
    for (const url of ['/', worker.url()]) {
      const policy = (await request.get(url)).headers()['content-security-policy'];
      expect(policy, url).toContain("script-src 'self'");
      expect(policy, url).toContain("worker-src 'self'");
      expect(policy, url).not.toContain('unsafe-eval');
    }
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(meta).toHaveAttribute('content', /default-src 'self'; script-src 'self'/);
  });

  test('blocks inline scripts and eval in the page, and the guard notices', async ({ app, page, guard }) => {
    await app.goto();
    await app.waitForEngine();
    // Code run by page.evaluate itself is exempt from CSP, so it asks the page to do the forbidden things.
    const ran = await page.evaluate(async () => {
      const flags = window as unknown as Record<string, boolean>;
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
      // A string handler is compiled like eval; this is the path under test.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      setTimeout('window.evalRan = true', 0);
      // Timers of equal delay run in order: once this one has run, the string one would have.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { inline: flags.inlineRan ?? false, eval: flags.evalRan ?? false };
    });
    expect(ran).toEqual({ inline: false, eval: false });
    await expect.poll(() => guard.problems.join('\n')).toContain('script-src-elem');
    await expect.poll(() => guard.problems.join('\n')).toContain('unsafe-eval');
    guard.take();
  });

  test('blocks a request to another host, and the guard notices', async ({ app, page, guard }) => {
    await app.goto();
    await page.evaluate(() => fetch('https://example.com/').catch(() => undefined));
    await expect.poll(() => guard.problems.join('\n')).toContain('connect-src');
    guard.take();
  });
});
