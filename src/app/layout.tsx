import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { aboutPath, startPath, switchLanguagePath } from '../tree/paths.ts';
import type { Lang } from '../tree/lang.ts';
import type { Place } from '../tree/state.ts';
import { LangContext, usePageT } from '../shared/lang-context.tsx';
import { PageMeta } from './page-meta.tsx';
import { tree } from '../shared/compiled-tree.ts';
import { TENANT_PRIVACY } from '../tenant/privacy.ts';

interface Props {
  lang: Lang;
  place: Place;
  title: string;
  children: ReactNode;
}

/** The frame of every page: skip link, header with the language switch, the main landmark, and the footer. */
export function Layout({ lang, place, title, children }: Props) {
  return (
    <LangContext value={lang}>
      <Frame place={place} title={title}>
        {children}
      </Frame>
    </LangContext>
  );
}

function Frame({ place, title, children }: Omit<Props, 'lang'>) {
  const t = usePageT();
  const other: Lang = place.lang === 'nb' ? 'en' : 'nb';
  return (
    <>
      <title>{title}</title>
      <PageMeta place={place} title={title} />
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <Link className="site-name" to={startPath(place.lang)}>
          {t('app.name')}
        </Link>
        <Link
          className="language-switch"
          to={switchLanguagePath(tree, place, other)}
          hrefLang={other}
          lang={other}
          aria-label={t('app.languageSwitchLabel')}
        >
          {t('app.languageSwitch')}
        </Link>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        {/* A tenant-check build says what goes where when the admin reads from the tenant (docs/decisions/0018). */}
        {typeof __TENANT_CHECK__ === 'object' ? (
          <p>
            {t('app.footer')} {TENANT_PRIVACY[place.lang]}
          </p>
        ) : (
          <p>{t('app.footer')}</p>
        )}
        <p>
          <Link to={aboutPath(place.lang)}>{t('app.about')}</Link>
        </p>
      </footer>
    </>
  );
}
