import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import { translator } from '../../i18n/translate';
import { renderWithText, visibleText } from '../test-support/render-with-text';
import FigureList from './FigureList.svelte';
import FigureTile from './FigureTile.svelte';
import InlineSelect from './InlineSelect.svelte';
import PackageMeasures from './PackageMeasures.svelte';
import StackedField from './StackedField.svelte';

const child = (html: string) => createRawSnippet(() => ({ render: () => html }));

describe('a field with its label above it', () => {
  test('names its control by id, the control after the label', () => {
    const { body } = render(StackedField, {
      props: { id: 'seed', label: 'Semilla', children: child('<input id="seed" />') },
    });
    expect(body).toMatch(/<label for="seed"[^>]*>Semilla<\/label>\s*(<!---->)?<input id="seed"/);
  });
});

describe('a drop-down with its label beside it', () => {
  test('offers every option by its words and shows the current value chosen', () => {
    const { body } = render(InlineSelect<number>, {
      props: {
        label: 'Paso δ',
        value: 0.1,
        options: [
          { value: 0.05, label: '±5 %' },
          { value: 0.1, label: '±10 %' },
        ],
        onchange: () => {},
      },
    });
    expect(body).toContain('<span>Paso δ</span>');
    expect(body).toMatch(/<option value="0.05"[^>]*>±5 %<\/option>/);
    expect(body).toMatch(/<option value="0.1"[^>]*selected[^>]*>±10 %<\/option>/);
  });
});

describe('a figure in a tile', () => {
  test('carries its data attribute, its tone as a class of the value, and its note under it', () => {
    const { body } = render(FigureTile, {
      props: { 'data-figure': 'minDscr', label: 'DSCR mínimo', value: '1,05', tone: 'bad', note: 'Bajo el mínimo' },
    });
    expect(body).toMatch(/<div class="tile[^"]*" data-figure="minDscr"/);
    expect(body).toMatch(/<dt[^>]*>DSCR mínimo<\/dt>/);
    expect(body).toMatch(/<dd class="bad[^"]*">1,05<\/dd>/);
    expect(body).toMatch(/<dd class="note[^"]*">Bajo el mínimo<\/dd>/);
  });

  test('has no tone class and no note when given none', () => {
    const { body } = render(FigureTile, { props: { 'data-mc-figure': 'probLoss', label: 'P', value: '0 %' } });
    expect(body).not.toMatch(/class="(bad|good|note)/);
    expect(body.match(/<dd/g)).toHaveLength(1);
  });
});

describe('a list of figures', () => {
  test('each name and value in order, the value with its tone as a class, the list with the class given', () => {
    const { body } = render(FigureList, {
      props: {
        class: 'memo-figures',
        figures: [
          { key: 'npv', label: 'VPN', value: '−1.200', tone: 'bad' },
          { key: 'irr', label: 'TIR', value: '12 %' },
        ],
      },
    });
    expect(body).toMatch(/<dl class="memo-figures[^"]*">/);
    expect(visibleText(body)).toBe('VPN −1.200 TIR 12 %');
    expect(body).toMatch(/<dd class="bad[^"]*">−1.200<\/dd>/);
    expect(body).not.toMatch(/<dd class="(bad|good)[^"]*">12 %/);
  });
});

describe('the measures of a best package', () => {
  const t = translator('es');
  const measures = [
    { id: 'heat', name: 'Recuperación de calor', rebateOnly: true },
    { id: 'vsd', name: 'Variadores', rebateOnly: false },
  ];

  test('each by name, the one there only for the rebate marked, and with `explain` why', () => {
    const body = renderWithText(PackageMeasures, { measures, explain: true }, 'es');
    expect(body).toMatch(/<li data-chosen="heat"/);
    expect(visibleText(body)).toBe(
      `Recuperación de calor ${t('opt.rebateOnly')} Variadores ${t('opt.rebateOnlyWhy', { name: 'Recuperación de calor' })}`,
    );
  });

  test('without `explain`, the marks alone; with no measures, says none was chosen', () => {
    expect(renderWithText(PackageMeasures, { measures }, 'es')).not.toContain('class="why');
    expect(visibleText(renderWithText(PackageMeasures, { measures: [] }, 'es'))).toBe(t('opt.noneChosen'));
  });
});
