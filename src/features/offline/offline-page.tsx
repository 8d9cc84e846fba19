import { useTranslation } from 'react-i18next';
import { codesPath, startPath } from '../../tree/paths.ts';
import type { Lang } from '../../tree/lang.ts';

/**
 * The page the service worker (src/sw/) shows for a page never opened on this device while the network is gone:
 * prerendered once per language as `/<lang>/offline.html`, without the app's script (it is no page of the wizard,
 * and the app would replace it with the page asked for). It links to what the worker always has at hand; the worker
 * fills the list of pages opened on this device into the empty list and shows its section.
 */
export function OfflinePage({ lang }: { lang: Lang }) {
  const t = useTranslation('translation', { lng: lang }).t;
  const title = t('pageTitle.offline', { app: t('app.name') });
  return (
    <>
      <title>{title}</title>
      <meta name="robots" content="noindex" />
      <meta name="description" content={t('offline.body')} />
      <meta property="og:type" content="website" />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={t('offline.body')} />
      <header className="site-header">
        <a className="site-name" href={startPath(lang)}>
          {t('app.name')}
        </a>
      </header>
      <main id="main">
        <h1>{t('offline.title')}</h1>
        <p>{t('offline.body')}</p>
        <h2>{t('offline.atHand')}</h2>
        <ul>
          <li>
            <a href={startPath(lang)}>{t('offline.start')}</a>
          </li>
          <li>
            <a href={codesPath(lang)}>{t('offline.codes')}</a>
          </li>
        </ul>
        <section id="offline-visited-pages" hidden aria-labelledby="offline-visited-heading">
          <h2 id="offline-visited-heading">{t('offline.visited')}</h2>
          <ul id="offline-visited"></ul>
        </section>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
