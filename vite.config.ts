import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The app talks to nobody but its own origin. No 'unsafe-eval' anywhere: zod runs jitless
 * (src/model/zod.ts) and HyperFormula does not need eval. Inline styles are allowed because
 * Svelte's style: directives write style attributes; inline scripts never.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// frame-ancestors only works as a header (browsers ignore it in <meta>, with a console warning).
const headerPolicy = `${contentSecurityPolicy}; frame-ancestors 'none'`;

/**
 * The headers every response must carry. The preview server sends them; a static host reads them
 * from public/_headers (Netlify, Cloudflare Pages), which a test holds equal to these, and
 * docs/hosting.md says how to set them on other hosts.
 */
export const securityHeaders = {
  'Content-Security-Policy': headerPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

/** Puts the policy into the built index.html only: the dev server's HMR client would break under it. */
function cspMetaTag(): Plugin {
  return {
    name: 'csp-meta-tag',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Offline and installable (#8): a service worker precaches every built file and the sample
 * scenarios, so that after one visit the app opens and works without a network. 'prompt': a new
 * version waits until the user chooses to reload (src/state/app-update.svelte.ts saves first).
 * The app registers the worker from its own bundle (virtual:pwa-register): no inline script.
 */
function offline() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    strategies: 'generateSW',
    manifest: {
      name: 'CP scenario modeller',
      short_name: 'CP scenarios',
      description: 'Cleaner-production investments and green credit, scenario by scenario.',
      lang: 'es',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#1f5f2a',
      background_color: '#f4f7f4',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        // The artwork keeps to the central 80 %, so the same file survives a maskable crop.
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', 'examples/*.json'],
      // The formula engine's chunk is about 1 MB; the default cap (2 MiB) is close enough to bite later.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      // The team server behind the same origin (#13) is never the app's page.
      navigateFallbackDenylist: [/^\/couchdb\//],
      cleanupOutdatedCaches: true,
      // The first worker takes the page it was registered from, so that a later version's
      // takeover reaches that page too (it would otherwise wait for a reload that never comes).
      clientsClaim: true,
    },
  });
}

/**
 * The team library (#13): with COUCHDB_URL set, the dev and preview servers forward /couchdb/ to
 * it, so the page talks to its own origin only (connect-src 'self', no CORS, and CouchDB's
 * session cookie stays HttpOnly on this origin). Without it, `npm start` has no server at all.
 */
function couchProxy() {
  const target = process.env.COUCHDB_URL;
  if (!target) return undefined;
  return {
    '/couchdb': { target, changeOrigin: true, rewrite: (path: string) => path.replace(/^\/couchdb/, '') || '/' },
  };
}

export default defineConfig({
  plugins: [svelte(), cspMetaTag(), offline()],
  // Module workers so the engine worker can use ES imports and share chunks with the page.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // Workbox writes the service worker after the bundle (several seconds, by design): without
      // this, every build warns that a plugin is slow.
      checks: { bundlerTimings: false },
      // Start-up (issue 15 item 11): the page loads two scripts, not forty. `boot` is src/boot.ts
      // with what it imports (it starts the worker and opens the database); `app` is everything
      // main.ts needs before it draws, one file: through the service worker each file costs a
      // round trip, which on a slow phone added up to more than the parsing. main.ts is an entry
      // of its own so that Rolldown can tell what it needs at once ($initial) from the lazy tabs.
      input: { index: 'index.html', main: 'src/main.ts' },
      output: {
        codeSplitting: {
          groups: [
            { name: 'boot', test: /src[\\/](boot|engine[\\/]start-engine-worker)\.ts$|preload-helper/, priority: 2 },
            { name: 'app', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  server: { proxy: couchProxy() },
  preview: {
    proxy: couchProxy(),
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // A worker's CSP comes from its own response header, not from the page's <meta>.
    headers: securityHeaders,
  },
  test: {
    environment: 'node',
    // CI is a 2-core machine, often busy: vitest's 5 s default fails property tests that
    // take 1-2 s when idle. A test that is really stuck still fails, after 30 s.
    testTimeout: 30_000,
    include: ['{src,workers,scripts,test}/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
  },
});
