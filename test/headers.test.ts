import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../vite.config';

/** public/_headers as Netlify and Cloudflare Pages read it: a path line, then indented `Name: value` lines. */
function parseHeaders(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | null = null;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
    } else if (current) {
      const i = line.indexOf(':');
      current[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

const rules = parseHeaders(readFileSync(new URL('../public/_headers', import.meta.url), 'utf8'));

describe('the headers a static host sends (public/_headers)', () => {
  it("are on every path, equal to the preview server's", () => {
    expect(rules.get('/*')).toEqual(securityHeaders);
  });

  it('forbid framing, sniffing and referrers', () => {
    const all = rules.get('/*') ?? {};
    expect(all['Content-Security-Policy']).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    expect(all['Content-Security-Policy']).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(all['X-Content-Type-Options']).toBe('nosniff');
    expect(all['Referrer-Policy']).toBe('no-referrer');
  });

  it('never let the service worker script or the page be served from a cache unchecked', () => {
    expect(rules.get('/sw.js')?.['Cache-Control']).toMatch(/no-cache/);
    expect(rules.get('/sw.js')?.['Cache-Control']).toMatch(/no-store/);
    for (const path of ['/', '/index.html', '/manifest.webmanifest'])
      expect(rules.get(path)?.['Cache-Control'], path).toMatch(/no-cache/);
  });
});
