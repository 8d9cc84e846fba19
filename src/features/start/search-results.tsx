import { Link } from 'react-router';
import { useLang, usePageT } from '../../shared/lang-context.tsx';
import { tree } from '../../shared/compiled-tree.ts';
import { codePath, codesPath, symptomPath } from '../../tree/paths.ts';
import type { SearchEngine, SearchHit } from './search-engine.ts';

function hitPath(lang: 'nb' | 'en', hit: SearchHit): string {
  return hit.kind === 'code' ? codePath(lang, hit.ref) : symptomPath(lang, hit.ref);
}

function HitList({ hits, label }: { hits: SearchHit[]; label: string }) {
  const lang = useLang();
  const t = usePageT();
  return (
    <ol className="results" aria-label={label}>
      {hits.map((hit) => (
        <li key={`${hit.kind}:${hit.ref}`}>
          <Link to={hitPath(lang, hit)}>{hit.title[lang]}</Link>
          <p>
            <span className="result-kind">
              {t(hit.kind === 'code' ? 'search.kindCode' : 'search.kindSymptom')}
            </span>
            {hit.kind === 'symptom' && <> · {hit.subtitle[lang]}</>}
          </p>
        </li>
      ))}
    </ol>
  );
}

/**
 * The ranked results of a query, best first; never a silent empty list: when nothing matches it says so, shows
 * the closest symptoms, and offers the catch-all symptom and the code list.
 */
export function SearchResults({ engine, query }: { engine: SearchEngine; query: string }) {
  const lang = useLang();
  const t = usePageT();
  const hits = engine.search(query);
  if (hits.length > 0) return <HitList hits={hits} label={t('search.resultsLabel', { query })} />;
  const catchAll = tree.symptoms.find((s) => s.catchAll);
  const closest = engine.closest(query).filter((h) => h.ref !== catchAll?.id);
  return (
    <div className="no-match">
      <p>{t('search.noMatch', { query })}</p>
      {closest.length > 0 && (
        <>
          <p>{t('search.closest')}</p>
          <HitList hits={closest} label={t('search.closest')} />
        </>
      )}
      <ul className="ways-on">
        {catchAll && (
          <li>
            <Link to={symptomPath(lang, catchAll.id)}>{catchAll.heading[lang]}</Link>
          </li>
        )}
        <li>
          <Link to={codesPath(lang)}>{t('codes.title')}</Link>
        </li>
      </ul>
    </div>
  );
}
