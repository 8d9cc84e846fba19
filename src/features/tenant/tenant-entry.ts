import config from 'virtual:tenant-check';
import { READY_ATTRIBUTE } from '../../shared/ready-attribute.ts';
import type { Lang } from '../../tree/types.ts';
import { PANEL_CLASS, PENDING_KEY, OFFER_TEXT } from './tenant-offer.ts';

/**
 * The tenant check's entry (a build with TENANT_CHECK_CLIENT_ID only), beside the app: once the app has rendered a
 * page, it offers "Find out from your tenant" under a question that Microsoft Graph can answer, and on a remedy
 * whose path has a "not sure" such a question; the footer says what goes where. MSAL and the checks
 * (tenant-check.ts) load only on a click, or on the way back from signing in. Plain DOM, no React: this script
 * must stay small, and it only adds elements of its own beside the app's.
 */

/** The questions Graph can answer. */
const READABLE = new Set(config.questions.map((c) => c.question));

const lang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'nb');

/** The question a question page asks: the next-to-last segment of its options' links. */
function questionOfPage(main: Element): string | undefined {
  const link = main.querySelector<HTMLAnchorElement>('ul.options a[href]');
  if (!link) return undefined;
  return new URL(link.href).pathname.split('/').filter(Boolean).at(-2);
}

/** The questions a remedy's path answers "not sure" that Graph can answer (pairs after the language and symptom). */
export function unsureReadable(pathname: string): string[] {
  const segments = pathname.split('/').filter(Boolean).slice(2);
  const found: string[] = [];
  for (let i = 0; i + 1 < segments.length; i += 2) {
    const [question, option] = [segments[i] as string, segments[i + 1] as string];
    const check = config.questions.find((c) => c.question === question);
    if (check?.unsure.includes(option)) found.push(question);
  }
  return found;
}

/** The questions this page can read, and where their panel goes. */
function target(main: Element): { questions: string[]; after: Element } | undefined {
  const asked = questionOfPage(main);
  const options = main.querySelector('ul.options');
  if (asked !== undefined && options)
    return READABLE.has(asked) ? { questions: [asked], after: options } : undefined;
  const heading = main.querySelector('h1');
  const questions = unsureReadable(location.pathname);
  return heading && questions.length > 0 ? { questions, after: heading } : undefined;
}

/** Starts the tenant check for some questions, loading it (and MSAL) now. */
function start(questions: string[], panel: HTMLElement): void {
  void import('./tenant-check.ts').then((check) => check.readInto(questions, panel));
}

/** Puts this page's panel in place (once per page), and the privacy line in the footer. */
function decorate(): void {
  const t = OFFER_TEXT[lang()];
  const footer = document.querySelector('footer.site-footer');
  if (footer && !footer.querySelector(`.${PANEL_CLASS}-privacy`)) {
    const line = document.createElement('p');
    line.className = `${PANEL_CLASS}-privacy`;
    line.textContent = t.privacy(new URL(config.authority).host);
    footer.prepend(line);
  }
  const main = document.querySelector('main');
  if (!main) return;
  const found = target(main);
  const key = found ? `${location.pathname} ${found.questions.join(' ')}` : '';
  const existing = main.querySelector<HTMLElement>(`.${PANEL_CLASS}`);
  if (existing?.dataset.key === key && existing.previousElementSibling === found?.after) return;
  existing?.remove();
  if (!found) return;
  const panel = document.createElement('section');
  panel.className = PANEL_CLASS;
  panel.dataset.key = key;
  panel.setAttribute('aria-label', t.find);
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = found.questions.length > 1 ? t.findAll : t.find;
  button.addEventListener('click', () => start(found.questions, panel));
  const row = document.createElement('p');
  row.className = 'actions';
  row.append(button);
  panel.append(row);
  found.after.after(panel);
  // On the way back from signing in, read what was asked for.
  const pending = sessionStorage.getItem(PENDING_KEY);
  if (pending !== null) {
    sessionStorage.removeItem(PENDING_KEY);
    start(found.questions, panel);
  }
}

/** Runs `decorate` once the app has rendered (never before hydration), and after each page it renders. */
function watch(): void {
  let scheduled = false;
  const schedule = () => {
    if (scheduled || !document.documentElement.hasAttribute(READY_ATTRIBUTE)) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      decorate();
    });
  };
  new MutationObserver(schedule).observe(document.documentElement, {
    attributes: true,
    attributeFilter: [READY_ATTRIBUTE],
    childList: true,
    subtree: true,
  });
  schedule();
}

// The answer of a sign-in comes back in the URL's fragment: hand it to MSAL and take it out of the address bar
// before the app (which may replace the URL) sees it.
const hash = location.hash;
if (/[#&](?:code|error)=/.test(hash) && /[#&]state=/.test(hash)) {
  history.replaceState(history.state, '', location.pathname + location.search);
  void import('./tenant-check.ts').then((check) => check.finishSignIn(hash)).finally(watch);
} else watch();
