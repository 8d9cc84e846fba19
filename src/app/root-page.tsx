import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { startPath } from '../tree/paths.ts';
import { absoluteUrl } from '../shared/site.ts';
import { LANGS } from '../tree/lang.ts';
import type { Lang } from '../tree/lang.ts';

/** The language the browser prefers among ours: English only when it asks for English before Norwegian. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nb' || base === 'no' || base === 'nn') return 'nb';
    if (base === 'en') return 'en';
  }
  return 'nb';
}

/** The language choice's title and description, in both languages (it is no page of either). */
const TITLE = 'Problemer med å tilbakestille passord · Problems resetting passwords';
const DESCRIPTION =
  'Feilsøk tilbakestilling av passord i Microsoft 365 og Entra ID · Troubleshoot password reset in Microsoft 365 and Entra ID';

/** `/`: sends the browser to its language's start page; without JavaScript, offers both. */
export function RootPage() {
  const navigate = useNavigate();
  useEffect(() => {
    void navigate(startPath(preferredLang(navigator.languages ?? [navigator.language])), { replace: true });
  }, [navigate]);
  return (
    <main id="main" className="root-choice">
      <title>{TITLE}</title>
      <meta name="description" content={DESCRIPTION} />
      <meta property="og:type" content="website" />
      <meta property="og:title" content={TITLE} />
      <meta property="og:description" content={DESCRIPTION} />
      <meta property="og:url" content={absoluteUrl('/')} />
      <link rel="canonical" href={absoluteUrl('/')} />
      {LANGS.map((lang) => (
        <link key={lang} rel="alternate" hrefLang={lang} href={absoluteUrl(startPath(lang))} />
      ))}
      <h1>Problemer med å tilbakestille passord</h1>
      <ul>
        {LANGS.map((lang) => (
          <li key={lang} lang={lang}>
            <Link to={startPath(lang)} hrefLang={lang}>
              {lang === 'nb' ? 'Norsk (bokmål)' : 'English'}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
