/**
 * Imported first by every worker, so it runs before any other module: a Content-Security-Policy
 * violation inside the worker becomes a console error that the e2e guard (and a developer) sees.
 * Browsers report them only in the worker's own devtools log, which test drivers do not forward.
 */

// Typed by hand: this file is also checked without the DOM and WebWorker libraries (tsconfig.node.json).
interface Violation {
  violatedDirective: string;
  blockedURI: string;
}

(globalThis as unknown as EventTarget).addEventListener('securitypolicyviolation', (event) => {
  const { violatedDirective, blockedURI } = event as unknown as Violation;
  console.error(`Content-Security-Policy violation in a worker: ${violatedDirective} blocked ${blockedURI}`);
});
