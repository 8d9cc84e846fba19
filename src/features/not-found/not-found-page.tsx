import type { Ref } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLang, usePageT } from '../../shared/lang-context.tsx';
import { tree } from '../../shared/compiled-tree.ts';
import { NOT_FOUND_FILE, startPath, symptomOfPath, symptomPath } from '../../tree/paths.ts';
import { findSymptom } from '../../tree/resolve.ts';

/** The page for a URL the tree does not know: what happened, and links onward (the symptom it names, the start). */
export function NotFoundPage({
  headingRef,
  pathname,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  pathname: string;
}) {
  const lang = useLang();
  const t = usePageT();
  const symptomId = symptomOfPath(tree, pathname);
  const symptom = symptomId ? findSymptom(tree, symptomId) : undefined;
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('notFound.title')}
      </h1>
      <p>{t('notFound.body')}</p>
      <ul>
        {symptom && (
          <li>
            <Link to={symptomPath(lang, symptom.id)}>
              {t('notFound.symptom', { symptom: symptom.heading[lang] })}
            </Link>
          </li>
        )}
        <li>
          <Link to={startPath(lang)}>{t('notFound.start')}</Link>
        </li>
      </ul>
      {pathname === NOT_FOUND_FILE && <InEnglish />}
    </>
  );
}

/**
 * The static 404.html answers every unknown URL before any script runs, whatever its language: it says the same
 * in English below the Norwegian (with JavaScript, the page is rendered afresh in the URL's own language).
 */
function InEnglish() {
  const t = useTranslation('translation', { lng: 'en' }).t;
  return (
    <section lang="en" aria-labelledby="not-found-en">
      <h2 id="not-found-en">{t('notFound.title')}</h2>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={startPath('en')}>{t('notFound.start')}</Link>
      </p>
    </section>
  );
}
