/**
 * What a person checks in a screenshot, as assertions (issue 19: the screenshot tours asserted
 * nothing): the page does not scroll sideways, and no text is cut off by its box. Both are
 * retried until the layout settles.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Elements whose text is clipped: overflow hidden (or an ellipsis) with content wider than the box. */
function clippedText(): string[] {
  const out: string[] = [];
  const selector =
    'h1, h2, h3, h4, button, label, legend, summary, th, td, a, [role="tab"], [role="status"], p, dt, dd';
  for (const el of document.querySelectorAll<HTMLElement>(selector)) {
    if (!el.offsetParent || !el.textContent?.trim()) continue; // hidden, or no text
    // Screen-reader-only text is clipped to 1 px on purpose; spreadsheet grid cells cut long text
    // like a spreadsheet does (the full text is in the cell editor).
    if (el.clientWidth <= 1 || el.closest('[role="grid"], .grid, table.sheet')) continue;
    const style = getComputedStyle(el);
    const hides = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
    // A title attribute shows the full text on hover: a deliberate, recoverable cut.
    if (hides && !el.title && el.scrollWidth > el.clientWidth + 1)
      out.push(`${el.tagName.toLowerCase()}: ${el.textContent.trim().slice(0, 60)}`);
  }
  return out;
}

/** The page is no wider than the window and no text is clipped. */
export async function expectTidyLayout(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), {
      message: 'horizontal overflow (px)',
    })
    .toBeLessThanOrEqual(0);
  await expect.poll(() => page.evaluate(clippedText), { message: 'text clipped by its box' }).toEqual([]);
}
