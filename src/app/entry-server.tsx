import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { StaticRouter } from 'react-router';
import { SITE_ORIGIN } from '../shared/site.ts';
import { AppRoutes } from './routes.tsx';
import { createI18n } from '../i18n/i18n.ts';
import { OfflinePage } from '../features/offline/offline-page.tsx';
import type { Lang } from '../tree/lang.ts';

/** The server entry (built with `vite build --ssr`): what scripts/prerender.ts needs from the app. */
export { SITE_ORIGIN } from '../shared/site.ts';
export { tree } from '../shared/compiled-tree.ts';

/** A rendered page: the elements for the template's head, and the markup of `#root`. */
export interface RenderedPage {
  head: string;
  html: string;
}

// One instance for every page: pages fix their language per hook (usePageT) and never change the instance's.
const i18n = createI18n();

/** One hoisted head element as React 19 writes it: `<title>…</title>`, `<meta …/>` or `<link …/>`. */
const HOISTED = /^(?:<title>[^<]*<\/title>|<meta\s[^>]*\/?>|<link\s[^>]*\/?>)/;

/**
 * Renders a path of the app to HTML with react-router's StaticRouter (the state comes from the URL alone, so there
 * is no hydration data and no inline script for the CSP to block). `renderToString` outside an `<html>` element
 * writes React 19's hoisted `<title>`, `<meta>` and `<link>` at the start of its output: they are split off here
 * for the template's head.
 */
export async function render(path: string): Promise<RenderedPage> {
  const url = new URL(path, SITE_ORIGIN);
  return splitHead(
    renderToString(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <StaticRouter location={url.pathname}>
            <AppRoutes />
          </StaticRouter>
        </I18nextProvider>
      </StrictMode>,
    ),
  );
}

/** Renders the offline page of a language (src/features/offline), which the service worker shows. */
export function renderOffline(lang: Lang): RenderedPage {
  return splitHead(
    renderToString(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <OfflinePage lang={lang} />
        </I18nextProvider>
      </StrictMode>,
    ),
  );
}

/** Splits the hoisted head elements off the start of rendered markup. */
function splitHead(markup: string): RenderedPage {
  let html = markup;
  const head: string[] = [];
  for (let match = HOISTED.exec(html); match; match = HOISTED.exec(html)) {
    head.push(match[0]);
    html = html.slice(match[0].length);
  }
  return { head: head.join(''), html };
}
