import type { BrowserContext, Page } from '@playwright/test';

/**
 * Collects what must never happen on a page of this app: a Content-Security-Policy violation
 * (in the page or its workers), a console error, an uncaught exception, or a request to another
 * origin. The `test` fixture fails every test that leaves something here.
 */
export class PageGuard {
  readonly #problems: string[] = [];
  readonly #allowedFailures: string[] = [];

  /** Failed loads under `path` are expected (the test takes the network away); nothing else is excused. */
  allowFailedLoads(path: string): void {
    this.#allowedFailures.push(path);
  }

  constructor(readonly appOrigin: string) {}

  get problems(): readonly string[] {
    return this.#problems;
  }

  /** Returns the problems seen so far and forgets them: for tests that provoke one on purpose. */
  take(): string[] {
    return this.#problems.splice(0);
  }

  async watch(context: BrowserContext, page: Page): Promise<void> {
    // The browser logs violations to the console too; the event also names the directive.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });
    // Workers cannot get init scripts: workers/report-csp-violations.ts logs theirs as console
    // errors from the first module on, and dedicated workers' messages reach page.on('console').
    page.on('console', (message) => {
      const text = message.text();
      // A test that cuts the network on purpose may allow the failed loads of one path (and only those).
      const expected =
        /^Failed to load resource/.test(text) &&
        this.#allowedFailures.some((path) => message.location().url.includes(path));
      if ((message.type() === 'error' && !expected) || /content.security.policy/i.test(text)) {
        this.#problems.push(`console ${message.type()}: ${text}`);
      }
    });
    page.on('pageerror', (error) => this.#problems.push(`uncaught: ${error.message}`));
    context.on('request', (request) => {
      const url = new URL(request.url());
      const local = url.origin === this.appOrigin || ['data:', 'blob:', 'about:'].includes(url.protocol);
      if (!local) this.#problems.push(`request to another origin: ${request.method()} ${request.url()}`);
    });
  }
}
