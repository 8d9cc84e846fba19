import { use, useEffect, useMemo } from 'react';
import { Navigate, useLocation } from 'react-router';
import { afterPaint } from '../shared/after-paint.ts';
import { Layout } from './layout.tsx';
import { useStore } from '../shared/store.ts';
import { loadPath, loadText, preloadText, tree } from '../shared/compiled-tree.ts';
import { useHeadingFocus } from '../shared/use-heading-focus.ts';
import { placePath, parsePath } from '../tree/paths.ts';
import { findQuestion, isUnsure } from '../tree/resolve.ts';
import { AboutPage } from '../features/about/about-page.tsx';
import { NotFoundPage } from '../features/not-found/not-found-page.tsx';
import { QuestionPage } from '../features/question/question-page.tsx';
import { RemedyPage } from '../features/remedy/remedy-page.tsx';
import { StartPage } from '../features/start/start-page.tsx';
import { CodePage } from '../features/codes/code-page.tsx';
import { CodesPage } from '../features/codes/codes-page.tsx';
import { usePageTitle } from './use-page-title.ts';

/**
 * The one route component: the URL is the single source of truth, parsed into a place of the tree. A URL that
 * is not canonical (reordered, stale or partly invalid answers, no trailing slash) is replaced by the nearest
 * valid state's URL; an unknown one shows the not-found page.
 */
export function WizardPage() {
  const { pathname, search, hash } = useLocation();
  // A symptom's structure comes with its part (a client build ships it per symptom): the path is parsed once it is
  // there (`use` comes first, so the memo below never sees a stub), waiting inside the navigation as for the words.
  const shape = loadPath(pathname);
  const shapeLoaded = shape === undefined || use(shape);
  const place = useMemo(() => parsePath(tree, pathname), [pathname]);
  const canonical = placePath(tree, place);
  // Keyed by the page shown, not the URL asked for: replacing a non-canonical URL is not a step.
  const headingRef = useHeadingFocus<HTMLHeadingElement>(canonical ?? pathname);
  const remember = useStore((s) => s.remember);
  const visit = useStore((s) => s.visit);
  const flow = place.kind === 'flow' ? place.state : undefined;

  useEffect(() => {
    document.documentElement.lang = place.lang;
  }, [place.lang]);

  // Neither the next page's words nor the stored history are needed for this step's paint: they wait for it.
  useEffect(() => afterPaint(() => preloadText(place)), [place]);

  useEffect(() => {
    if (!flow || (canonical !== undefined && canonical !== pathname)) return;
    // Cancelled when the page changes first: a page that was never painted was not visited.
    return afterPaint(() => {
      visit(flow.symptom);
      // "Not sure" is no fact about the admin's tenant worth marking next time.
      remember(flow.answers.filter((a) => findQuestion(tree, a.question)?.remember && !isUnsure(tree, a)));
    });
  }, [flow, canonical, pathname, remember, visit]);

  const title = usePageTitle(place);
  if (!shapeLoaded) return <DocumentNavigation to={pathname + search + hash} />;
  if (canonical !== undefined && canonical !== pathname) {
    return <Navigate to={{ pathname: canonical, search, hash }} replace />;
  }
  // The page's words may still be on their way (a client build ships them per page): wait inside the navigation.
  const pending = loadText(place);
  if (pending && !use(pending)) return <DocumentNavigation to={pathname + search + hash} />;
  return (
    <Layout lang={place.lang} place={place} title={title}>
      {place.kind === 'start' && <StartPage headingRef={headingRef} />}
      {place.kind === 'about' && <AboutPage headingRef={headingRef} />}
      {place.kind === 'codes' && <CodesPage headingRef={headingRef} />}
      {place.kind === 'code' && <CodePage headingRef={headingRef} id={place.code} />}
      {place.kind === 'not-found' && <NotFoundPage headingRef={headingRef} pathname={pathname} />}
      {flow?.kind === 'question' && <QuestionPage headingRef={headingRef} state={flow} />}
      {flow?.kind === 'remedy' && <RemedyPage headingRef={headingRef} state={flow} />}
    </Layout>
  );
}

/** Falls back to loading the prerendered page itself when its words could not be downloaded. */
function DocumentNavigation({ to }: { to: string }) {
  useEffect(() => {
    window.location.assign(to);
  }, [to]);
  return null;
}
