import { describe, expect, it } from 'vitest';
import { cssString, pageStyle } from './page-style';

describe('a scenario name in the page heads', () => {
  it('is a CSS string whatever it holds', () => {
    expect(cssString('Textile "dye" house\\Peru')).toBe('"Textile \\"dye\\" house\\\\Peru"');
    expect(cssString('a\nb')).toBe('"a\\a b"');
    expect(cssString('Café: línea verde')).toBe('"Café: línea verde"');
  });
  it('cannot end the rule early', () => {
    const css = pageStyle({
      name: '"; } body { display: none } @page { content: "',
      title: 'Memo',
      page: 'Page',
      of: 'of',
    });
    expect(css).toContain('content: "\\"; } body { display: none } @page { content: \\""');
  });
  it('numbers the pages at the bottom', () => {
    expect(pageStyle({ name: 'N', title: 'T', page: 'Página', of: 'de' })).toContain(
      'content: "Página " counter(page) " de " counter(pages);',
    );
  });
});
