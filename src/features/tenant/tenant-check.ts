import {
  InteractionRequiredAuthError,
  LogLevel,
  ProtocolMode,
  PublicClientApplication,
} from '@azure/msal-browser';
import type { AccountInfo } from '@azure/msal-browser';
import { answeredPath, readAnswer, requestUrl, retryAfterSeconds, validUser } from '../../tree/graph.ts';
import type { GraphCheck, GraphReading } from '../../tree/graph.ts';
import type { Lang } from '../../tree/types.ts';
import offer from 'virtual:tenant-check';
import checks from 'virtual:tenant-reads';
import { PANEL_CLASS, PENDING_KEY } from './tenant-offer.ts';
import { TENANT_TEXT } from './tenant-text.ts';
import type { TenantText } from './tenant-text.ts';

/**
 * The tenant check itself, loaded only when the admin asks (tenant-entry.ts): signs in with MSAL (authorization
 * code with PKCE, by redirect), reads each question's Graph request, shows what it read and pre-selects the answer
 * it gives; one click confirms. Tokens stay in MSAL's sessionStorage cache (gone with the tab, or on sign-out);
 * the user typed in stays in this module's memory alone. Nothing is logged.
 */

/** What the tenant check reads, from the build's configuration and content/checks.yaml. */
const config = { ...offer, checks };
type Config = typeof config;

let app: PublicClientApplication | undefined;
/** The user whose password it is, as typed once and validated: memory only, never a URL or storage. */
let typedUser: string | undefined;

const GRAPH_SCOPE_PREFIX = 'https://graph.microsoft.com/';
const lang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'nb');

/**
 * MSAL, created once: OIDC mode for an authority other than Microsoft's (the browser test's own provider). Unless
 * `finishing` a sign-in, it first completes one that came back to another page (MSAL keeps its answer for the
 * page that asked, in sessionStorage, and returns there).
 */
async function msal(config: Config, finishing = false): Promise<PublicClientApplication> {
  if (app) return app;
  const authority = new URL(config.authority);
  const microsoft = authority.hostname === 'login.microsoftonline.com';
  const created = new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      knownAuthorities: [authority.host],
      redirectUri: `${location.origin}/`,
      postLogoutRedirectUri: null,
    },
    cache: { cacheLocation: 'sessionStorage' },
    system: {
      protocolMode: microsoft ? ProtocolMode.AAD : ProtocolMode.OIDC,
      // Nothing reaches the console: no token, no user, no request.
      loggerOptions: { loggerCallback: () => undefined, piiLoggingEnabled: false, logLevel: LogLevel.Error },
    },
  });
  await created.initialize();
  if (!finishing) await created.handleRedirectPromise().catch(() => sessionStorage.removeItem(PENDING_KEY));
  app = created;
  return created;
}

/** Finishes a sign-in whose answer came back in `hash`; MSAL then returns to the page that asked. */
export async function finishSignIn(hash: string): Promise<void> {
  const pca = await msal(config, true);
  try {
    await pca.handleRedirectPromise({ hash, navigateToLoginRequestUrl: true });
  } catch {
    // A refused or failed sign-in leaves the page as it is; asking again starts over.
    sessionStorage.removeItem(PENDING_KEY);
  }
}

const graphScope = (check: GraphCheck) => GRAPH_SCOPE_PREFIX + check.scope;

/**
 * Sends the admin to sign in, asking for the scopes of every check at once (the app registration's admin consent
 * grants them together; one sign-in then serves every question); reading resumes on the way back.
 */
async function signIn(pca: PublicClientApplication, panel: HTMLElement) {
  say(panel, TENANT_TEXT[lang()].signingIn);
  sessionStorage.setItem(PENDING_KEY, '1');
  await pca.loginRedirect({
    scopes: [...new Set(config.checks.map(graphScope))],
    redirectStartPage: location.href,
  });
}

/** A token for one check's scope, or undefined when the admin must sign in again (said in the panel). */
async function tokenFor(
  pca: PublicClientApplication,
  account: AccountInfo,
  check: GraphCheck,
  panel: HTMLElement,
): Promise<string | undefined> {
  try {
    return (await pca.acquireTokenSilent({ account, scopes: [graphScope(check)] })).accessToken;
  } catch (error) {
    if (!(error instanceof InteractionRequiredAuthError)) throw error;
    expired(pca, panel);
    return undefined;
  }
}

/** Says the sign-in has expired, with a button that signs in again. */
function expired(pca: PublicClientApplication, panel: HTMLElement) {
  const t = TENANT_TEXT[lang()];
  const again = button(t.signInAgain, () => void signIn(pca, panel));
  say(panel, t.expired, again);
}

/** The last thing said in a panel: one live status line, and any buttons after it. */
function say(panel: HTMLElement, text: string, ...after: HTMLElement[]): void {
  let status = panel.querySelector<HTMLElement>(`.${PANEL_CLASS}-status`);
  if (!status) {
    status = document.createElement('p');
    status.className = `${PANEL_CLASS}-status actions-status`;
    status.setAttribute('role', 'status');
    panel.append(status);
  }
  status.replaceChildren(text, ...after.flatMap((element) => [' ', element]));
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}

/** Asks for the user whose password it is, once; resolves with it, validated. */
function askUser(panel: HTMLElement, t: TenantText): Promise<string> {
  if (typedUser !== undefined) return Promise.resolve(typedUser);
  return new Promise((resolve) => {
    const form = document.createElement('form');
    form.className = `${PANEL_CLASS}-user`;
    // No action, no method: the form never submits anywhere; the user stays in this page's memory.
    const label = document.createElement('label');
    label.textContent = t.userLabel;
    const input = document.createElement('input');
    input.type = 'text';
    input.name = 'tenant-check-user';
    input.autocomplete = 'off';
    input.spellcheck = false;
    label.append(' ', input);
    const error = document.createElement('p');
    error.className = 'actions-status';
    error.setAttribute('role', 'alert');
    const submit = document.createElement('button');
    submit.type = 'submit';
    submit.textContent = t.read;
    form.append(label, ' ', submit, error);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const user = validUser(input.value);
      if (!user) {
        error.textContent = t.userInvalid;
        input.setAttribute('aria-invalid', 'true');
        return;
      }
      typedUser = user;
      form.remove();
      resolve(user);
    });
    panel.append(form);
    input.focus();
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What one read gave: a reading, or a problem already said in the panel. */
type Outcome = { reading: GraphReading; subject: string; at: Date } | undefined;

/** Reads one check, saying in the panel what went wrong (the question stays as it was). */
async function readOne(
  pca: PublicClientApplication,
  account: AccountInfo,
  check: GraphCheck,
  panel: HTMLElement,
): Promise<Outcome> {
  const t = TENANT_TEXT[lang()];
  const user = check.subject === 'user' ? await askUser(panel, t) : undefined;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const token = await tokenFor(pca, account, check, panel);
    if (token === undefined) return undefined;
    say(panel, t.reading);
    let response: Response;
    try {
      response = await fetch(requestUrl(check, { me: account.localAccountId, user }), {
        headers: { Authorization: `Bearer ${token}` },
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      });
    } catch {
      say(panel, t.offline);
      return undefined;
    }
    if (response.ok) {
      const reading = readAnswer(check, await response.json());
      const subject =
        check.subject === 'user'
          ? (user ?? '')
          : check.subject === 'me'
            ? account.username || t.forYou
            : t.forTenant;
      return { reading, subject, at: new Date() };
    }
    if (response.status === 429) {
      const seconds = retryAfterSeconds(response.headers.get('Retry-After'));
      say(panel, t.throttled(seconds));
      await sleep(seconds * 1000);
      continue;
    }
    if (response.status === 401) expired(pca, panel);
    else if (response.status === 403) say(panel, t.forbidden(check.scope));
    else if (response.status === 404 && user !== undefined) {
      // A user that is not there is typed again next time.
      typedUser = undefined;
      say(panel, t.notFound(user));
    } else say(panel, t.failed(response.status));
    return undefined;
  }
  say(panel, t.failed(429));
  return undefined;
}

/** The option link a question page shows for an answer of a question (its path ends with the pair). */
function optionLink(question: string, answer: string): HTMLAnchorElement | undefined {
  return [...document.querySelectorAll<HTMLAnchorElement>('main ul.options a[href]')].find((a) =>
    new URL(a.href).pathname.endsWith(`/${question}/${answer}/`),
  );
}

/** Shows what was read, and marks the answer it gives on the page. */
function showEvidence(
  panel: HTMLElement,
  check: GraphCheck,
  outcome: NonNullable<Outcome>,
  t: TenantText,
): void {
  const { reading, subject, at } = outcome;
  const evidence = document.createElement('p');
  evidence.className = `${PANEL_CLASS}-evidence`;
  evidence.id = `${PANEL_CLASS}-evidence-${check.question}`;
  const values = reading.values.length > 0 ? reading.values.map(String).join(', ') : '—';
  const code = document.createElement('code');
  code.textContent = `${reading.field}: ${values}`;
  const time = document.createElement('time');
  time.dateTime = at.toISOString();
  time.textContent = at.toLocaleTimeString(lang() === 'nb' ? 'nb-NO' : 'en-GB');
  evidence.append(code, ` for ${subject} (${t.readAt} `, time, ')');
  if (reading.answer === undefined) evidence.append(' ', t.noAnswer);
  panel.append(evidence);
  const link = reading.answer === undefined ? undefined : optionLink(check.question, reading.answer);
  if (link) {
    link.setAttribute('aria-describedby', evidence.id);
    const item = link.closest('li');
    item?.setAttribute('data-tenant-answer', 'true');
    const mark = document.createElement('span');
    mark.className = `${PANEL_CLASS}-mark`;
    mark.textContent = ` (${t.fromTenant})`;
    item?.append(mark);
  }
}

/** Takes the app to a path as its own links do (the router listens for popstate). */
function go(pathname: string): void {
  history.pushState(null, '', pathname);
  dispatchEvent(new PopStateEvent('popstate', { state: null }));
}

/** Reads the questions into a panel: signs in first if need be; shows evidence; one click confirms. */
export async function readInto(questions: string[], panel: HTMLElement): Promise<void> {
  const t = TENANT_TEXT[lang()];
  const checks = questions
    .map((q) => config.checks.find((c) => c.question === q))
    .filter((c): c is GraphCheck => c !== undefined);
  panel.querySelector('.actions')?.remove();
  const pca = await msal(config);
  const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
  if (!account) {
    await signIn(pca, panel);
    return;
  }
  pca.setActiveAccount(account);
  const answers = new Map<string, { unsure: string[]; answer: string }>();
  // What went wrong stays said; a status that only said "reading" goes once everything was read.
  let problem = false;
  for (const check of checks) {
    const outcome = await readOne(pca, account, check, panel);
    if (!outcome) {
      problem = true;
      continue;
    }
    showEvidence(panel, check, outcome, t);
    const answer = outcome.reading.answer;
    if (answer !== undefined) answers.set(check.question, { unsure: check.unsure, answer });
  }
  if (!problem) panel.querySelector(`.${PANEL_CLASS}-status`)?.remove();
  const row = document.createElement('p');
  row.className = 'actions';
  if (answers.size > 0) {
    const onQuestion =
      questions.length === 1 && optionLink(questions[0] as string, [...answers.values()][0]?.answer ?? '');
    const confirm = button(
      onQuestion ? `${t.confirm}: ${onQuestion.textContent?.trim() ?? ''}` : t.confirm,
      () => {
        if (onQuestion) onQuestion.click();
        else go(answeredPath(location.pathname, answers));
      },
    );
    confirm.className = `${PANEL_CLASS}-confirm`;
    row.append(confirm, ' ');
  }
  const signOut = button(t.signOut, () => {
    typedUser = undefined;
    sessionStorage.removeItem(PENDING_KEY);
    void pca.clearCache().then(() => {
      row.remove();
      say(panel, t.signedOut);
    });
  });
  signOut.className = 'link-button';
  row.append(signOut);
  panel.append(row);
}
