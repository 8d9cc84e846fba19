import type { Ref } from 'react';
import { useLang, usePageT } from '../../app/lang-context.tsx';
import { tree } from '../../app/tree.ts';

/** What this guide is built on: the corrections made to the 2021 Norwegian text, and the sources of today's facts. */
export function AboutPage({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const lang = useLang();
  const t = usePageT();
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('about.title')}
      </h1>
      <p>{t('about.body')}</p>

      <section aria-labelledby="corrections-heading">
        <h2 id="corrections-heading">{t('about.correctionsHeading')}</h2>
        <p>{t('about.correctionsIntro')}</p>
        <ul className="corrections">
          {tree.corrections.map((c) => (
            <li key={c.id} id={`correction-${c.id}`}>
              <dl>
                <div>
                  <dt>{t('about.was')}</dt>
                  <dd lang="nb">
                    <del>{c.was}</del>
                  </dd>
                </div>
                <div>
                  <dt>{t('about.now')}</dt>
                  <dd lang="nb">
                    <ins>{c.now}</ins>
                  </dd>
                </div>
                <div>
                  <dt>{t('about.why')}</dt>
                  <dd>{c.why[lang]}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('about.sourcesHeading')}</h2>
        <p>{t('about.notesIntro')}</p>
        <ul>
          <li>
            <a href={tree.roles.source} rel="noreferrer">
              {t('about.rolesTable', { date: tree.roles.checked })}
            </a>
          </li>
          <li>
            <a href={tree.licences.source} rel="noreferrer">
              {t('about.licencesTable', { date: tree.licences.checked })}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}
