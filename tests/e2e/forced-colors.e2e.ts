/**
 * Windows contrast themes, in Chromium's forced-colours emulation: options, buttons, notes, the verdict box and the
 * focus ring stay visible and tell apart by borders and system colours, read from the computed styles (the browser
 * drops backgrounds and paints system colours, so a box told apart by its background alone would vanish).
 * `E2E_SCREENSHOTS=<dir>` also writes a screenshot of each page there, to look at.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { enumerateStates } from '../../src/tree/enumerate.ts';
import type { FlowState } from '../../src/tree/state.ts';
import { sharedBrowser, urlOf, waitForApp } from './support/browser.ts';
import { pathOf, tree } from './support/site.ts';

const { fresh } = sharedBrowser();

const states = enumerateStates(tree);
type Remedy = FlowState & { kind: 'remedy' };
const remedies = states.filter((s): s is Remedy => s.kind === 'remedy');
/** A remedy whose permission verdict is the one asked for. */
function remedyWith(answer: 'yes' | 'no'): Remedy {
  const found = remedies.find((s) => s.verdict?.kind === 'permission' && s.verdict.answer === answer);
  if (!found) throw new Error(`no remedy with a permission verdict "${answer}"`);
  return found;
}
/** A remedy that shows a dated note. */
const withNote = remedies.find((s) => s.notes.length > 0)!;
const question = states.find((s) => s.kind === 'question')!;

/** What a box looks like: its border on each side, its background, and the canvas behind it. */
interface Box {
  styles: string[];
  widths: number[];
  colors: string[];
  background: string;
  canvas: string;
}

/** The computed border and background of the first element matching `selector`, and the page's canvas colour. */
function boxOf(page: Page, selector: string): Promise<Box> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) throw new Error(`no ${sel} on the page`);
    const style = getComputedStyle(element);
    const sides = ['top', 'right', 'bottom', 'left'];
    return {
      styles: sides.map((s) => style.getPropertyValue(`border-${s}-style`)),
      widths: sides.map((s) => parseFloat(style.getPropertyValue(`border-${s}-width`))),
      colors: sides.map((s) => style.getPropertyValue(`border-${s}-color`)),
      background: style.backgroundColor,
      canvas: getComputedStyle(document.documentElement).backgroundColor,
    };
  }, selector);
}

/** A system colour as the page computes it (forced colours keep system colours as they are). */
function systemColor(page: Page, name: string): Promise<string> {
  return page.evaluate((keyword) => {
    const probe = document.createElement('span');
    probe.style.setProperty('color', keyword);
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }, name);
}

/** Opens a page with forced colours on, the app started; optionally writes a screenshot to look at. */
async function openForced(pagePath: string, name: string): Promise<Page> {
  const { page } = await fresh({ forcedColors: 'active', viewport: { width: 800, height: 1200 } });
  await page.goto(urlOf(pagePath));
  await waitForApp(page);
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: path.join(dir, `forced-colors-${name}.png`), fullPage: true });
  return page;
}

describe('forced colours', () => {
  test('a remedy: its notes are boxes with a border all round, on the canvas; buttons have a border', async () => {
    const page = await openForced(pathOf('en', withNote), 'remedy-note');
    const canvasText = await systemColor(page, 'CanvasText');
    const note = await boxOf(page, '.note');
    expect(note.styles).toEqual(['solid', 'solid', 'solid', 'solid']);
    expect(note.widths[0]).toBeGreaterThanOrEqual(1);
    expect(note.widths[3]).toBe(4);
    expect(note.colors).toEqual([canvasText, canvasText, canvasText, canvasText]);
    // The note's own background is gone: the border is what sets it apart.
    expect(note.background).toBe(note.canvas);
    // The copy buttons (the app's): a ButtonText border.
    const button = await boxOf(page, 'button');
    expect(button.colors[0]).toBe(await systemColor(page, 'ButtonText'));
    expect(button.widths[0]).toBeGreaterThanOrEqual(2);
  });

  test('verdicts: a "no" is told from a "yes" by its double border, not by a colour', async () => {
    const yes = await openForced(pathOf('en', remedyWith('yes')), 'remedy-yes');
    const yesBox = await boxOf(yes, '.verdict-yes');
    expect(yesBox.styles).toEqual(['solid', 'solid', 'solid', 'solid']);
    expect(yesBox.colors[0]).toBe(await systemColor(yes, 'CanvasText'));
    expect(yesBox.colors[0]).not.toBe(yesBox.canvas);
    const no = await openForced(pathOf('en', remedyWith('no')), 'remedy-no');
    const noBox = await boxOf(no, '.verdict-no');
    expect(noBox.styles).toEqual(['double', 'double', 'double', 'double']);
    expect(noBox.widths[0]).toBeGreaterThanOrEqual(6);
    expect(noBox.colors[0]).toBe(yesBox.colors[0]);
  });

  test('a question: options are bordered links, and focus is a Highlight ring', async () => {
    const page = await openForced(pathOf('en', question), 'question');
    const option = await boxOf(page, '.options a');
    expect(option.widths).toEqual([2, 2, 2, 2]);
    const linkText = await systemColor(page, 'LinkText');
    expect(option.colors[0]).toBe(linkText);
    expect(linkText).not.toBe(option.canvas);
    // Focus by keyboard: Tab until an option has it.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('.options') !== null)) break;
    }
    const ring = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const style = getComputedStyle(focused);
      return {
        inOptions: focused.closest('.options') !== null,
        visible: focused.matches(':focus-visible'),
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        color: style.outlineColor,
      };
    });
    expect(ring).toEqual({
      inOptions: true,
      visible: true,
      style: 'solid',
      width: 3,
      color: await systemColor(page, 'Highlight'),
    });
    expect(ring.color).not.toBe(option.canvas);
    expect(ring.color).not.toBe(await systemColor(page, 'CanvasText'));
  });
});
