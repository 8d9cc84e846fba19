import type { Ref } from 'react';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useLang, usePageT } from '../../shared/lang-context.tsx';
import { useStore } from '../../shared/store.ts';
import { tree } from '../../shared/compiled-tree.ts';
import { useMounted } from '../../shared/use-mounted.ts';
import { codesPath, symptomPath } from '../../tree/paths.ts';
import type { Symptom } from '../../tree/types.ts';
import { filterSymptoms } from './filter.ts';

/** "What do you see?": every symptom as a link, recently opened ones first, with a filter box. */
export function StartPage({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const t = usePageT();
  const lang = useLang();
  const mounted = useMounted();
  const [query, setQuery] = useState('');
  const recentIds = useStore((s) => s.recent);
  const filterId = useId();
  const hintId = useId();
  const shown = filterSymptoms(tree.symptoms, query);
  const recent = recentIds.flatMap((id) => shown.filter((s) => s.id === id));
  const rest = shown.filter((s) => !recent.includes(s));

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('start.title')}
      </h1>
      <p>{t('start.intro')}</p>
      <p>
        <Link to={codesPath(lang)}>{t('codes.startLink')}</Link>
      </p>
      {mounted && (
        <div className="filter" role="search">
          <label htmlFor={filterId}>{t('start.filterLabel')}</label>
          <p id={hintId} className="hint">
            {t('start.filterHint')}
          </p>
          <input
            id={filterId}
            type="search"
            value={query}
            aria-describedby={hintId}
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
          />
          <p className="filter-status" role="status">
            {query.trim() === '' ? '' : t('start.matches', { count: shown.length })}
          </p>
        </div>
      )}
      {shown.length === 0 && (
        <p>
          {t('start.noMatch', { query })}{' '}
          <button type="button" className="link-button" onClick={() => setQuery('')}>
            {t('start.showAll')}
          </button>
        </p>
      )}
      {recent.length > 0 && <SymptomList title={t('start.recent')} symptoms={recent} />}
      {rest.length > 0 && (
        <SymptomList title={recent.length > 0 ? t('start.all') : undefined} symptoms={rest} />
      )}
    </>
  );
}

function SymptomList({ title, symptoms }: { title: string | undefined; symptoms: Symptom[] }) {
  const lang = useLang();
  const headingId = useId();
  return (
    <section aria-labelledby={title ? headingId : undefined}>
      {title && <h2 id={headingId}>{title}</h2>}
      <ul className="symptoms">
        {symptoms.map((s) => (
          <li key={s.id}>
            <Link to={symptomPath(lang, s.id)}>{s.heading[lang]}</Link>
            <p>{s.summary[lang]}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
