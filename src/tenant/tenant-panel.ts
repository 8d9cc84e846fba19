import type { AccountInfo } from '@azure/msal-browser';
import type { Question, TenantCheck } from '../tree/compiled.ts';
import type { Lang } from '../tree/lang.ts';
import type { TenantConfig } from './config.ts';
import { accessToken, signedInAccount, signIn, signOut } from './auth.ts';
import { needsUser, readCheck, validUser } from './graph.ts';
import type { Evidence, Reading, ReadFailure } from './graph.ts';
import { tenantText } from './copy.ts';

/**
 * "Find out from your tenant", once asked: sign in, read the question's check from Microsoft Graph, show what was
 * read and when, and offer the answer it gives as one link to confirm. Loaded by dynamic import on the click, and
 * written with the DOM alone: it shares no module with the app (React, the router), so the bundler has nothing to
 * split out of the app's chunk, and a page before the click carries none of it (docs/decisions/0018).
 */

/** The user whose password it is, as typed once: in memory only, never in a URL or storage. */
let typedUser: string | undefined;

export interface PanelOptions {
  config: TenantConfig;
  lang: Lang;
  question: Question;
  check: TenantCheck;
  /** The page an answer leads to. */
  pathFor: (answer: string) => string;
  /** Goes to a page of the site, as a link of the app would. */
  navigate: (path: string) => void;
  /** Called before the browser leaves to sign in, so the page reopens this check when it is back. */
  beforeSignIn: () => void;
}

type Phase =
  | { kind: 'starting' }
  | { kind: 'signed-out' }
  | { kind: 'need-user'; account: AccountInfo; error?: string }
  | { kind: 'reading'; account: AccountInfo }
  | { kind: 'done'; account: AccountInfo; reading: Reading; user: string | undefined };

type Child = Node | string | false | undefined;

/** An element with attributes (`on*` functions become listeners) and children. */
function h(
  tag: string,
  attributes: Record<string, string | boolean | ((event: Event) => void) | undefined> = {},
  ...children: Child[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) if (child !== false && child !== undefined) element.append(child);
  return element;
}

let panels = 0;

/** Renders the panel into `host` and runs it; returns what stops it (timers, pending readings). */
export function mountTenantPanel(host: HTMLElement, options: PanelOptions): () => void {
  const { config, lang, question, check } = options;
  const t = (key: Parameters<typeof tenantText>[1], values?: Record<string, string | number>) =>
    tenantText(lang, key, values);
  const id = `tenant-panel-${(panels += 1)}`;
  let live = true;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const startSignIn = () => {
    options.beforeSignIn();
    void signIn(config);
  };

  const read = async (account: AccountInfo) => {
    const user = needsUser(check) ? typedUser : undefined;
    if (needsUser(check) && !user) return show({ kind: 'need-user', account });
    show({ kind: 'reading', account });
    const token = await accessToken(config, check.scope);
    const reading: Reading = token
      ? await readCheck(check, token, { me: account.localAccountId, user }, fetch.bind(window))
      : { kind: 'failed', failure: { kind: 'expired' }, at: new Date() };
    show({ kind: 'done', account, reading, user });
  };

  const accountLine = (account: AccountInfo) =>
    h(
      'p',
      { class: 'tenant-account' },
      t('signedInAs', { name: account.username || account.name || '' }),
      ' ',
      h(
        'button',
        {
          type: 'button',
          onclick: () =>
            void signOut(config).then(() => {
              typedUser = undefined;
              show({ kind: 'signed-out' });
            }),
        },
        t('signOut'),
      ),
    );

  const userForm = (account: AccountInfo, error: string | undefined) => {
    const inputId = `${id}-user`;
    const errorId = `${inputId}-error`;
    return h(
      // No action, no method: the form never navigates, so the user never reaches a URL.
      'form',
      {
        class: 'tenant-user',
        novalidate: true,
        onsubmit: (event) => {
          event.preventDefault();
          const value = validUser(String(new FormData(event.target as HTMLFormElement).get('user') ?? ''));
          if (!value) return show({ kind: 'need-user', account, error: t('userInvalid') });
          typedUser = value;
          void read(account);
        },
      },
      h('label', { for: inputId }, t('userLabel')),
      ' ',
      h('input', {
        id: inputId,
        name: 'user',
        type: 'text',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-invalid': error ? 'true' : undefined,
        'aria-describedby': error ? errorId : undefined,
      }),
      ' ',
      h('button', { type: 'submit' }, t('read')),
      error && h('p', { id: errorId, class: 'tenant-error' }, error),
    );
  };

  const shown = (e: Evidence) =>
    e.values.length === 0 ? t('empty') : e.values.map((v) => JSON.stringify(v)).join(', ');

  const result = (reading: Reading & { kind: 'read' }, user: string | undefined) => {
    const time = reading.at.toLocaleTimeString(lang === 'nb' ? 'nb-NO' : 'en-GB');
    const option = question.options.find((o) => o.id === reading.answer);
    const path = option && options.pathFor(option.id);
    return h(
      'div',
      { class: 'tenant-result' },
      h(
        'ul',
        { class: 'tenant-evidence' },
        ...reading.evidence.map((e) =>
          h(
            'li',
            {},
            h('code', {}, `${e.property}: ${shown(e)}`),
            ' ',
            user ? `${t('forUser', { user })} ` : '',
            `(${t('readAt', { time })})`,
          ),
        ),
      ),
      check.limits && h('p', { class: 'tenant-limits' }, check.limits[lang]),
      option && path
        ? h(
            'p',
            { class: 'tenant-answer' },
            t('answerIs', { answer: option.label[lang] }),
            ' ',
            h('span', { class: 'tenant-mark' }, `(${t('marked')})`),
            ' ',
            h(
              'a',
              {
                href: path,
                class: 'tenant-confirm',
                onclick: (event) => {
                  const e = event as MouseEvent;
                  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                  event.preventDefault();
                  options.navigate(path);
                },
              },
              t('confirm'),
            ),
          )
        : h('p', { class: 'tenant-answer' }, t('noAnswer')),
      h(
        'p',
        { class: 'tenant-meta' },
        `${t('request')}: `,
        h('code', {}, `GET ${check.path}`),
        ` · ${t('source')}: `,
        h(
          'a',
          { href: check.source.url, rel: 'noreferrer' },
          check.source.host + new URL(check.source.url).pathname.replace(/^.*\//, '/'),
        ),
        check.source.updated ? ` (${check.source.updated})` : '',
        ` · ${t('checked', { date: check.checked })}`,
      ),
    );
  };

  const failureMessage = (failure: ReadFailure): string => {
    switch (failure.kind) {
      case 'forbidden':
        return t('forbidden', { scope: failure.scope, code: failure.code ? `, ${failure.code}` : '' });
      case 'not-found':
        return t('notFound');
      case 'throttled':
        return t('throttled', { seconds: failure.retryAfterSeconds });
      case 'expired':
        return t('expired');
      case 'network':
        return t('network');
      case 'failed':
        return t('failed', { status: failure.status });
    }
  };

  /** Why nothing could be read; a throttled read can be tried again once Graph's wait is over. */
  const failure = (failure: ReadFailure, account: AccountInfo) => {
    const expired = failure.kind === 'expired';
    const again = h(
      'button',
      { type: 'button', onclick: () => (expired ? startSignIn() : void read(account)) },
      t(expired ? 'signIn' : 'tryAgain'),
    ) as HTMLButtonElement;
    if (failure.kind === 'throttled') {
      again.disabled = true;
      timer = setTimeout(() => (again.disabled = false), failure.retryAfterSeconds * 1000);
    }
    return h(
      'div',
      { class: 'tenant-result' },
      h('p', { class: 'tenant-error', role: 'alert', 'data-failure': failure.kind }, failureMessage(failure)),
      h('p', {}, again),
    );
  };

  function show(phase: Phase): void {
    if (!live) return;
    clearTimeout(timer);
    const headingId = `${id}-heading`;
    const body: Child[] = [];
    if (phase.kind === 'starting' || phase.kind === 'reading')
      body.push(h('p', { role: 'status' }, t('reading')));
    if (phase.kind === 'signed-out')
      body.push(
        h('p', {}, t('intro')),
        h('p', {}, h('button', { type: 'button', onclick: startSignIn }, t('signIn'))),
      );
    if ('account' in phase) body.unshift(accountLine(phase.account));
    if (phase.kind === 'need-user') body.push(userForm(phase.account, phase.error));
    if (phase.kind === 'done')
      body.push(
        phase.reading.kind === 'read'
          ? result(phase.reading, phase.user)
          : failure(phase.reading.failure, phase.account),
      );
    const section = h(
      'section',
      { class: 'tenant-panel', 'aria-labelledby': headingId, 'data-tenant-phase': phase.kind },
      h('h2', { id: headingId }, t('heading')),
      ...body,
    );
    host.replaceChildren(section);
    if (phase.kind === 'done') section.querySelector<HTMLElement>('.tenant-confirm')?.focus();
    if (phase.kind === 'need-user' && phase.error) section.querySelector('input')?.focus();
  }

  show({ kind: 'starting' });
  void signedInAccount(config).then(
    (account) => (account ? read(account) : show({ kind: 'signed-out' })),
    () => show({ kind: 'signed-out' }),
  );
  return () => {
    live = false;
    clearTimeout(timer);
  };
}
