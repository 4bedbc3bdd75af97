import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, locateBrowser } from './scripts/find-browser.mjs';

// scripts/e2e.mjs passes a free port and the browser it found; run directly, this falls back.
const port = Number(process.env.E2E_PORT ?? 4174);
const baseURL = `http://127.0.0.1:${port}`;
const executablePath = process.env.CHROMIUM_PATH ?? locateBrowser()?.path;

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  // Generous: the 2-core machine is often shared; a hang still fails, a busy machine does not.
  timeout: 60_000,
  // The engine worker loads HyperFormula (about 0.9 MB) before its first answer.
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    locale: 'es-BO',
    launchOptions: { executablePath, args: CHROMIUM_FLAGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // The built app (scripts/e2e.mjs builds it first), with the same headers as `npm start`.
    command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
