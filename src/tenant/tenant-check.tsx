import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useLang } from '../shared/lang-context.tsx';
import { useMounted } from '../shared/use-mounted.ts';
import type { Question, TenantCheck } from '../tree/compiled.ts';
import { RESUME_KEY } from './config.ts';
import type { TenantConfig } from './config.ts';

/**
 * "Find out from your tenant": the one part of the tenant check a page carries before the click (a button, two
 * words per language). The panel, the sign-in library and the Graph reading load by dynamic import when the admin
 * asks, or when the browser comes back from signing in for this very question. Without JavaScript it renders
 * nothing.
 */

const LABEL = { nb: 'Finn svaret i leieren din', en: 'Find out from your tenant' } as const;

/** Set once the admin has asked on this visit: later questions open their check at once. */
let asked = false;

interface Props {
  config: TenantConfig;
  question: Question;
  check: TenantCheck;
  /** The page an answer leads to. */
  pathFor: (answer: string) => string;
}

/** Whether the browser is back from a sign-in this question started. */
function resuming(question: string): boolean {
  try {
    const saved = JSON.parse(sessionStorage.getItem(RESUME_KEY) ?? 'null') as {
      path?: unknown;
      question?: unknown;
    } | null;
    return saved?.path === location.pathname && saved.question === question;
  } catch {
    return false;
  }
}

export function TenantCheckButton({ config, question, check, pathFor }: Props) {
  const lang = useLang();
  const mounted = useMounted();
  const navigate = useNavigate();
  // Rendered as nothing until mounted, so the server's false and the browser's first value never differ on screen.
  const [open, setOpen] = useState(() => typeof window !== 'undefined' && (asked || resuming(question.id)));
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open || !host.current) return;
    asked = true;
    // The mark of a sign-in under way is used once.
    sessionStorage.removeItem(RESUME_KEY);
    const element = host.current;
    let stop: (() => void) | undefined;
    let live = true;
    void import('./tenant-panel.ts').then(({ mountTenantPanel }) => {
      if (!live) return;
      stop = mountTenantPanel(element, {
        config,
        lang,
        question,
        check,
        pathFor,
        navigate: (path) => void navigate(path),
        beforeSignIn: () =>
          sessionStorage.setItem(
            RESUME_KEY,
            JSON.stringify({ path: location.pathname, question: question.id }),
          ),
      });
    });
    return () => {
      live = false;
      stop?.();
    };
    // The panel is mounted once per question and language; a new render of the page keeps it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mounted, open, question.id, lang]);

  if (!mounted) return null;
  if (open) return <div ref={host} className="tenant-host" />;
  return (
    <p className="tenant-ask">
      <button type="button" onClick={() => setOpen(true)}>
        {LABEL[lang]}
      </button>
    </p>
  );
}
