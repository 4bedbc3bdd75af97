import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import OverlayScreen from './OverlayScreen.svelte';

const child = (html: string) => createRawSnippet(() => ({ render: () => html }));

describe('a screen over the page', () => {
  test('is a modal dialog named by its title, with the close button and the content under it', () => {
    const { body } = render(OverlayScreen, {
      props: {
        title: 'Comparar escenarios',
        closeLabel: 'Cerrar',
        onclose: () => {},
        testid: 'compare',
        children: child('<p>contenido</p>'),
      },
    });
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(body)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(body).toMatch(/role="dialog"[^>]*aria-modal="true"/);
    expect(body).toContain('data-testid="compare"');
    expect(body).toMatch(new RegExp(`<h2 id="${labelledBy}"[^>]*>Comparar escenarios</h2>`));
    expect(body).toMatch(
      /<button class="btn btn-sm[^"]*" type="button">✕ Cerrar<\/button>\s*<\/header>\s*<p>contenido<\/p>/,
    );
  });
});
