import type { Ref } from 'react';
import { usePageT } from '../../app/lang-context.tsx';

/** What this guide is built on and how it treats the 2021 article. */
export function AboutPage({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const t = usePageT();
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('about.title')}
      </h1>
      <p>{t('about.body')}</p>
    </>
  );
}
