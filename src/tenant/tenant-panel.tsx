import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import type { AccountInfo } from '@azure/msal-browser';
import { useLang } from '../shared/lang-context.tsx';
import type { Question, TenantCheck } from '../tree/compiled.ts';
import type { Lang } from '../tree/lang.ts';
import { RESUME_KEY } from './config.ts';
import type { TenantConfig } from './config.ts';
import { accessToken, signedInAccount, signIn, signOut } from './auth.ts';
import { needsUser, readCheck, validUser } from './graph.ts';
import type { Evidence, Reading, ReadFailure } from './graph.ts';
import { tenantText } from './copy.ts';

/**
 * "Find out from your tenant", once asked: sign in, read the question's check from Microsoft Graph, show what was
 * read and when, and offer the answer it gives as one link to confirm. Loaded by dynamic import on the click.
 */

/** The user whose password it is, as typed once: in memory only, never in a URL or storage. */
let typedUser: string | undefined;

interface Props {
  config: TenantConfig;
  question: Question;
  check: TenantCheck;
  /** The page an answer leads to. */
  pathFor: (answer: string) => string;
}

type Phase =
  | { kind: 'starting' }
  | { kind: 'signed-out' }
  | { kind: 'need-user'; account: AccountInfo }
  | { kind: 'reading'; account: AccountInfo }
  | { kind: 'done'; account: AccountInfo; reading: Reading; user: string | undefined };

export default function TenantPanel({ config, question, check, pathFor }: Props) {
  const lang = useLang();
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  const headingId = useId();

  const read = useCallback(
    async (account: AccountInfo) => {
      const user = needsUser(check) ? typedUser : undefined;
      if (needsUser(check) && !user) {
        setPhase({ kind: 'need-user', account });
        return;
      }
      setPhase({ kind: 'reading', account });
      const token = await accessToken(config, check.scope);
      const reading: Reading = token
        ? await readCheck(check, token, { me: account.localAccountId, user }, fetch.bind(window))
        : { kind: 'failed', failure: { kind: 'expired' }, at: new Date() };
      setPhase({ kind: 'done', account, reading, user });
    },
    [check, config],
  );

  useEffect(() => {
    let live = true;
    void signedInAccount(config).then(
      (account) => {
        if (!live) return;
        sessionStorage.removeItem(RESUME_KEY);
        if (account) void read(account);
        else setPhase({ kind: 'signed-out' });
      },
      () => live && setPhase({ kind: 'signed-out' }),
    );
    return () => {
      live = false;
    };
  }, [config, read]);

  const out = async () => {
    await signOut(config);
    typedUser = undefined;
    setPhase({ kind: 'signed-out' });
  };

  return (
    <section className="tenant-panel" aria-labelledby={headingId} data-tenant-phase={phase.kind}>
      <h2 id={headingId}>{tenantText(lang, 'heading')}</h2>
      {phase.kind === 'starting' && <p role="status">{tenantText(lang, 'reading')}</p>}
      {phase.kind === 'signed-out' && (
        <>
          <p>{tenantText(lang, 'intro')}</p>
          <p>
            <button type="button" onClick={() => void signIn(config, question.id)}>
              {tenantText(lang, 'signIn')}
            </button>
          </p>
        </>
      )}
      {'account' in phase && (
        <p className="tenant-account">
          {tenantText(lang, 'signedInAs', { name: phase.account.username || phase.account.name || '' })}{' '}
          <button type="button" onClick={() => void out()}>
            {tenantText(lang, 'signOut')}
          </button>
        </p>
      )}
      {phase.kind === 'need-user' && <UserForm onUser={() => void read(phase.account)} />}
      {phase.kind === 'reading' && <p role="status">{tenantText(lang, 'reading')}</p>}
      {phase.kind === 'done' && (
        <Result
          lang={lang}
          question={question}
          check={check}
          reading={phase.reading}
          user={phase.user}
          pathFor={pathFor}
          again={() => void read(phase.account)}
          signInAgain={() => void signIn(config, question.id)}
        />
      )}
    </section>
  );
}

/** The user whose password it is: typed once, checked, kept in memory. */
function UserForm({ onUser }: { onUser: () => void }) {
  const lang = useLang();
  const inputId = useId();
  const [error, setError] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = validUser(String(new FormData(event.currentTarget).get('user') ?? ''));
    if (!value) {
      setError(tenantText(lang, 'userInvalid'));
      return;
    }
    typedUser = value;
    onUser();
  };
  return (
    // No action, no method: the form never navigates, so the user never reaches a URL.
    <form className="tenant-user" onSubmit={submit} noValidate>
      <label htmlFor={inputId}>{tenantText(lang, 'userLabel')}</label>{' '}
      <input
        id={inputId}
        name="user"
        type="text"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
      />{' '}
      <button type="submit">{tenantText(lang, 'read')}</button>
      {error && (
        <p id={`${inputId}-error`} className="tenant-error">
          {error}
        </p>
      )}
    </form>
  );
}

interface ResultProps {
  lang: Lang;
  question: Question;
  check: TenantCheck;
  reading: Reading;
  user: string | undefined;
  pathFor: (answer: string) => string;
  again: () => void;
  signInAgain: () => void;
}

/** What was read (or why nothing was), when, and the answer it gives with one link to confirm it. */
function Result({ lang, question, check, reading, user, pathFor, again, signInAgain }: ResultProps) {
  const time = reading.at.toLocaleTimeString(lang === 'nb' ? 'nb-NO' : 'en-GB');
  const confirmRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => confirmRef.current?.focus(), [reading]);
  if (reading.kind === 'failed')
    return (
      <Failure
        lang={lang}
        failure={reading.failure}
        again={reading.failure.kind === 'expired' ? signInAgain : again}
      />
    );
  const option = question.options.find((o) => o.id === reading.answer);
  return (
    <div className="tenant-result">
      <ul className="tenant-evidence">
        {reading.evidence.map((e) => (
          <li key={e.property}>
            <code>
              {e.property}: {shown(lang, e)}
            </code>{' '}
            {user && `${tenantText(lang, 'forUser', { user })} `}({tenantText(lang, 'readAt', { time })})
          </li>
        ))}
      </ul>
      {check.limits && <p className="tenant-limits">{check.limits[lang]}</p>}
      {option ? (
        <p className="tenant-answer">
          {tenantText(lang, 'answerIs', { answer: option.label[lang] })}{' '}
          <span className="tenant-mark">({tenantText(lang, 'marked')})</span>{' '}
          <Link ref={confirmRef} to={pathFor(option.id)} className="tenant-confirm">
            {tenantText(lang, 'confirm')}
          </Link>
        </p>
      ) : (
        <p className="tenant-answer">{tenantText(lang, 'noAnswer')}</p>
      )}
      <p className="tenant-meta">
        {tenantText(lang, 'request')}: <code>GET {check.path}</code> · {tenantText(lang, 'source')}:{' '}
        <a href={check.source.url} rel="noreferrer">
          {check.source.host}
          {new URL(check.source.url).pathname.replace(/^.*\//, '/')}
        </a>
        {check.source.updated && ` (${check.source.updated})`} ·{' '}
        {tenantText(lang, 'checked', { date: check.checked })}
      </p>
    </div>
  );
}

/** The values read, as JSON shows them. */
function shown(lang: Lang, e: Evidence): string {
  return e.values.length === 0
    ? tenantText(lang, 'empty')
    : e.values.map((v) => JSON.stringify(v)).join(', ');
}

/** Why nothing could be read, in plain words; a throttled read can be tried again once Graph's wait is over. */
function Failure({ lang, failure, again }: { lang: Lang; failure: ReadFailure; again: () => void }) {
  const wait = failure.kind === 'throttled' ? failure.retryAfterSeconds : 0;
  const [waiting, setWaiting] = useState(wait > 0);
  useEffect(() => {
    if (wait === 0) return;
    const timer = setTimeout(() => setWaiting(false), wait * 1000);
    return () => clearTimeout(timer);
  }, [wait]);
  const message = (() => {
    switch (failure.kind) {
      case 'forbidden':
        return tenantText(lang, 'forbidden', {
          scope: failure.scope,
          code: failure.code ? `, ${failure.code}` : '',
        });
      case 'not-found':
        return tenantText(lang, 'notFound');
      case 'throttled':
        return tenantText(lang, 'throttled', { seconds: failure.retryAfterSeconds });
      case 'expired':
        return tenantText(lang, 'expired');
      case 'network':
        return tenantText(lang, 'network');
      case 'failed':
        return tenantText(lang, 'failed', { status: failure.status });
    }
  })();
  return (
    <div className="tenant-result">
      <p className="tenant-error" role="alert" data-failure={failure.kind}>
        {message}
      </p>
      <p>
        <button type="button" onClick={again} disabled={waiting}>
          {tenantText(lang, failure.kind === 'expired' ? 'signIn' : 'tryAgain')}
        </button>
      </p>
    </div>
  );
}
