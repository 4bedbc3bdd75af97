import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, locateBrowser } from '../../../../scripts/find-browser.mjs';

/**
 * The grid's browser tests run against its demo page on the Vite dev server, because the grid
 * is not wired into the app yet: `npx playwright test -c src/ui/grid/e2e`.
 * Once the app shows a grid, these move to test/e2e against the built app.
 */
const port = Number(process.env.GRID_E2E_PORT ?? 5183);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.e2e.ts',
  outputDir: '../../../../test-results/grid',
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    locale: 'es-CO',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? locateBrowser()?.path, args: CHROMIUM_FLAGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node_modules/.bin/vite --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: resolve(import.meta.dirname, '../../../..'),
    url: `${baseURL}/src/ui/grid/demo/index.html`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
