import type { Ref } from 'react';
import { Link } from 'react-router';
import { useLang, usePageT } from '../../shared/lang-context.tsx';
import { tree } from '../../shared/compiled-tree.ts';
import { codePath } from '../../tree/paths.ts';
import { CODE_GROUPS } from '../../tree/reference.ts';

/** Every error code, event ID and message, grouped, each a link to its own page (works without JavaScript). */
export function CodesPage({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const lang = useLang();
  const t = usePageT();
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('codes.title')}
      </h1>
      <p>{t('codes.intro')}</p>
      {CODE_GROUPS.map((group) => {
        const codes = tree.codes.filter((c) => c.group === group);
        if (codes.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`codes-${group}`}>
            <h2 id={`codes-${group}`}>{t(`codes.group_${group}`)}</h2>
            <ul className="codes">
              {codes.map((c) => (
                <li key={c.id}>
                  <Link to={codePath(lang, c.id)}>
                    <span className="code">{c.code}</span>
                  </Link>{' '}
                  {c.title[lang]}
                  {c.healthy && ` (${t('codes.healthyMark')})`}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
