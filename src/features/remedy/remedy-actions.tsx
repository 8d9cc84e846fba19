import { useState } from 'react';
import { useLang, usePageT } from '../../shared/lang-context.tsx';
import { tree } from '../../shared/compiled-tree.ts';
import { useMounted } from '../../shared/use-mounted.ts';
import type { FlowState } from '../../tree/state.ts';
import { remedySummary } from './ticket-summary.ts';

/** Copy link, copy a ticket summary, print: they need JavaScript, so without it the page says so instead. */
export function RemedyActions({ state }: { state: FlowState & { kind: 'remedy' } }) {
  const lang = useLang();
  const t = usePageT();
  const mounted = useMounted();
  const [status, setStatus] = useState('');

  if (!mounted) {
    return <p className="actions-note">{t('remedy.needsScript')}</p>;
  }

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('remedy.copied'));
    } catch {
      setStatus(t('remedy.copyFailed'));
    }
  };
  const summary = () => remedySummary(tree, lang, state, window.location.href, t);

  return (
    <div className="actions">
      <button type="button" onClick={() => void copy(window.location.href)}>
        {t('remedy.copyLink')}
      </button>
      <button type="button" onClick={() => void copy(summary())}>
        {t('remedy.copySummary')}
      </button>
      <button type="button" onClick={() => window.print()}>
        {t('remedy.print')}
      </button>
      <p role="status" className="actions-status">
        {status}
      </p>
    </div>
  );
}
