import type { Ref } from 'react';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { useLang, usePageT } from '../../shared/lang-context.tsx';
import { useStore } from '../../shared/store.ts';
import { tree } from '../../shared/compiled-tree.ts';
import { useMounted } from '../../shared/use-mounted.ts';
import { codesPath, symptomPath } from '../../tree/paths.ts';
import type { Lang, PerLang } from '../../tree/lang.ts';
import type { Symptom } from '../../tree/compiled.ts';
import { afterPaint } from '../../shared/after-paint.ts';
import type { SearchEngine } from './search-engine.ts';
import { SearchResults } from './search-results.tsx';

/** "What do you see?": every symptom as a link under its group's heading, recently opened ones first, with a search. */
export function StartPage({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const t = usePageT();
  const lang = useLang();
  const mounted = useMounted();
  const [query, setQuery] = useState('');
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  // The language whose search box was used (focused or typed in): its second shard is wanted.
  const [usedIn, setUsedIn] = useState<Lang | undefined>(undefined);
  const engine = loaded?.lang === lang ? loaded.engine : undefined;
  const recentIds = useStore((s) => s.recent);
  const filterId = useId();
  const hintId = useId();
  const searching = query.trim() !== '';
  const hits = searching && engine ? engine.search(query) : [];
  const recent = recentIds.flatMap((id) => tree.symptoms.filter((s) => s.id === id));
  // Each symptom once: a recently opened one leaves its group (a group left empty is not shown).
  const groups = symptomGroups().map((g) => ({
    ...g,
    symptoms: g.symptoms.filter((s) => !recent.includes(s)),
  }));

  // The search code and its first shard are not needed for the first paint: they load after it, on this page only.
  useEffect(
    () =>
      afterPaint(() => {
        void searchModule(lang).then(
          // The engine over both shards, if it came first, stays.
          (module) =>
            setLoaded((now) => (now?.lang === lang && now.whole ? now : { lang, engine: module.engine })),
          () => undefined,
        );
      }),
    [lang],
  );
  // The second shard (the long text) only once the search box is used; the first's results show meanwhile, and
  // stay if it fails to load.
  useEffect(() => {
    if (usedIn !== lang) return undefined;
    let current = true;
    // Imported from here, not from the language's search module: a chunk that imports Vite's preload helper lists
    // the entry's stylesheet, which the build inlines and drops (vite.config.ts), as a file to load.
    void Promise.all([searchModule(lang), import('./search-text.ts')])
      .then(([module, text]) => module.engine.withText(text.default))
      .then(
        (whole) => {
          if (current) setLoaded({ lang, engine: whole, whole: true });
        },
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [usedIn, lang]);

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
          <label htmlFor={filterId}>{t('search.label')}</label>
          <p id={hintId} className="hint">
            {t('search.hint')}
          </p>
          <input
            id={filterId}
            type="search"
            value={query}
            aria-describedby={hintId}
            autoComplete="off"
            onFocus={() => setUsedIn(lang)}
            onChange={(e) => {
              setUsedIn(lang);
              setQuery(e.target.value);
            }}
          />
          <p className="filter-status" role="status">
            {!searching
              ? ''
              : !engine
                ? t('search.loading')
                : hits.length > 0
                  ? t('search.results', { count: hits.length })
                  : t('search.none')}
          </p>
        </div>
      )}
      {searching && engine && <SearchResults engine={engine} query={query} />}
      {!searching && recent.length > 0 && <SymptomList title={t('start.recent')} symptoms={recent} />}
      {!searching &&
        groups.map(
          (g) =>
            g.symptoms.length > 0 && (
              <SymptomList
                key={g.id}
                title={g.heading?.[lang] ?? (recent.length > 0 ? t('start.all') : undefined)}
                symptoms={g.symptoms}
              />
            ),
        )}
    </>
  );
}

/** A language's search engine: over its first shard, or over both (`whole`) once the second has come. */
interface Loaded {
  lang: Lang;
  engine: SearchEngine;
  whole?: boolean;
}

/** One file per language: its own index (the titles of its results), the search code shared by both. */
const searchModule = (lang: Lang) => (lang === 'nb' ? import('./search-nb.ts') : import('./search-en.ts'));

/** The start page's groups of symptoms (content/groups.yaml), or one untitled group of all when there are none. */
function symptomGroups(): { id: string; heading?: PerLang<string>; symptoms: Symptom[] }[] {
  const byId = (id: string) => tree.symptoms.filter((s) => s.id === id);
  if (tree.groups.length === 0) return [{ id: 'all', symptoms: tree.symptoms }];
  return tree.groups.map((g) => ({ id: g.id, heading: g.heading, symptoms: g.symptoms.flatMap(byId) }));
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
