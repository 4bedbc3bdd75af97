import { svelte } from '@sveltejs/vite-plugin-svelte';
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

export default defineConfig({
  plugins: [svelte(), cspMetaTag()],
  // Module workers so the engine worker can use ES imports and share chunks with the page.
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // A worker's CSP comes from its own response header, not from the page's <meta>.
    headers: {
      'Content-Security-Policy': headerPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    environment: 'node',
    include: ['{src,workers,scripts,test}/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
  },
});
