/**
 * The one way this repository launches a browser, for the bench (scripts/bench/) and the browser tests
 * (tests/e2e/support/): Debian's Chromium through playwright-core, headless, with nothing of its own talking to the
 * network. `CHROMIUM_PATH` points at another Chromium.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Debian's Chromium: the only browser on these machines (no browser downloads are possible). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags every launch of Chromium uses (Lighthouse adds `--headless=new`). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Why Chromium cannot be used here, or undefined when it can. */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is not installed`;
}

/** Launches headless Chromium with the flags above and any more given, or explains why it cannot. */
export async function launchChromium(flags: readonly string[] = []): Promise<Browser> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const { chromium } = await import('playwright-core').catch(() => {
    throw new Error('playwright-core is not installed');
  });
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS, ...flags] });
}
