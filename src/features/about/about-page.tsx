import type { Ref } from 'react';
import { useLang, usePageT } from '../../shared/lang-context.tsx';
import { tree } from '../../shared/compiled-tree.ts';
import { PROTECTED } from '../../tree/tables.ts';

/** What this guide is built on: the corrections made to the 2021 Norwegian text, and the sources of today's facts. */
export function AboutPage({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const lang = useLang();
  const t = usePageT();
  const sources = [
    { key: 'rolesTable', table: tree.roles },
    { key: 'groupsTable', table: tree.roles.protected[PROTECTED.roleAssignableGroup] },
    { key: 'adminUnitsTable', table: tree.roles.protected[PROTECTED.restrictedAdminUnit] },
    { key: 'configureTable', table: tree.roles.configure },
    { key: 'adminPolicyTable', table: tree.roles.adminPolicy },
    { key: 'licencesTable', table: tree.licences },
  ] as const;
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
                {c.wrongToday && (
                  <div className="wrong-today">
                    <dt>{t('about.wrongToday')}</dt>
                    <dd>{c.wrongToday[lang]}</dd>
                  </div>
                )}
                <div>
                  <dt>{t('about.why')}</dt>
                  <dd>{c.why[lang]}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      </section>

      {tree.revisions && tree.revisions.length > 0 && (
        <section aria-labelledby="revisions-heading">
          <h2 id="revisions-heading">{t('about.revisionsHeading')}</h2>
          <p>{t('about.revisionsIntro')}</p>
          <ul className="revisions">
            {tree.revisions.map((r) => (
              <li key={r.id} id={`revision-${r.id}`}>
                {r.what[lang]}{' '}
                <a href={r.source} rel="noreferrer">
                  {t('about.revisionChecked', { date: r.checked })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('about.sourcesHeading')}</h2>
        <p>{t('about.notesIntro')}</p>
        <ul>
          {sources.map(({ key, table }) =>
            table ? (
              <li key={key}>
                <a href={table.source} rel="noreferrer">
                  {t(`about.${key}`)}
                </a>{' '}
                {t('about.dates', { checked: table.checked, page: table.sourceDate ?? t('about.undated') })}
                {key === 'adminPolicyTable' && tree.roles.adminPolicy && (
                  <details>
                    <summary>
                      {t('about.adminPolicyRoles', { count: tree.roles.adminPolicy.roles.length })}
                    </summary>
                    <p>{tree.roles.adminPolicy.roles.join(', ')}</p>
                  </details>
                )}
              </li>
            ) : null,
          )}
        </ul>
      </section>

      <section aria-labelledby="current-heading">
        <h2 id="current-heading">{t('about.currentHeading')}</h2>
        <p>{t('about.current')}</p>
        <p>{t('about.disagree')}</p>
      </section>
    </>
  );
}
