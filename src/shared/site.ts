/** Replaced at build time by vite.config.ts from the `SITE_ORIGIN` environment variable. */
declare const __SITE_ORIGIN__: string | undefined;

/** The site's public origin, for absolute URLs (og:url, canonical, hreflang alternates, the sitemap). */
export const SITE_ORIGIN: string =
  typeof __SITE_ORIGIN__ === 'string' ? __SITE_ORIGIN__ : 'https://sspr-troubleshooter.example';

/** The absolute URL of a path of this site. */
export function absoluteUrl(path: string): string {
  return SITE_ORIGIN + path;
}
