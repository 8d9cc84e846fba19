import type { Ref } from 'react';
import { Link } from 'react-router';
import { useLang, usePageT } from '../../app/lang-context.tsx';
import { tree } from '../../app/tree.ts';
import { startPath, symptomOfPath, symptomPath } from '../../tree/paths.ts';
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
    </>
  );
}
