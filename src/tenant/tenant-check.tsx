import { useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import { useLang } from '../shared/lang-context.tsx';
import { useMounted } from '../shared/use-mounted.ts';
import type { Question, TenantCheck } from '../tree/compiled.ts';
import { RESUME_KEY } from './config.ts';
import type { TenantConfig } from './config.ts';

/**
 * "Find out from your tenant": the one part of the tenant check a page carries before the click (a button, two
 * words per language). The sign-in library and everything else load by dynamic import when the admin asks, or
 * when the browser comes back from signing in for this very question. Without JavaScript it renders nothing.
 */

const LABEL = { nb: 'Finn svaret i leieren din', en: 'Find out from your tenant' } as const;

/** Set once the admin has asked on this visit: later questions open their check at once. */
let asked = false;

type PanelProps = {
  config: TenantConfig;
  question: Question;
  check: TenantCheck;
  pathFor: (answer: string) => string;
};

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

export function TenantCheckButton(props: PanelProps) {
  const lang = useLang();
  const mounted = useMounted();
  const [Panel, setPanel] = useState<ComponentType<PanelProps> | undefined>();
  const open = () => {
    asked = true;
    void import('./tenant-panel.tsx').then((m) => setPanel(() => m.default));
  };
  useEffect(() => {
    if (asked || resuming(props.question.id)) open();
  }, [props.question.id]);
  if (!mounted) return null;
  if (Panel) return <Panel {...props} />;
  return (
    <p className="tenant-ask">
      <button type="button" onClick={open}>
        {LABEL[lang]}
      </button>
    </p>
  );
}
