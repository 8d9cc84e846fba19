import { useId, useState } from 'react';
import { useLang, usePageT } from '../../shared/lang-context.tsx';
import { useMounted } from '../../shared/use-mounted.ts';
import type { Check, CheckCommand } from '../../tree/compiled.ts';
import { InlineContent } from '../../shared/inline-content.tsx';

/**
 * "How to check": where to look in the admin centers and the documented read-only commands, in a native
 * disclosure (it opens without JavaScript and takes one line while closed; the print stylesheet opens it).
 */
export function CheckDetails({ check }: { check: Check }) {
  const lang = useLang();
  const t = usePageT();
  return (
    <details className="check">
      <summary>{t('check.summary')}</summary>
      <div className="check-body">
        <h2>{t('check.where')}</h2>
        <p>
          <InlineContent content={check.where[lang]} />
        </p>
        {check.commands.length > 0 && (
          <>
            <h2>{t('check.commands')}</h2>
            <p className="check-intro">{t('check.commandsIntro')}</p>
            {check.commands.map((command) => (
              <CommandBlock key={command.run} command={command} />
            ))}
          </>
        )}
        <p className="check-meta">
          {t('check.checked', { date: check.checked })}{' '}
          {check.sources.map((source, i) => (
            <span key={source.url}>
              {i > 0 && ', '}
              <a href={source.url} rel="noreferrer">
                {source.host}
                {new URL(source.url).pathname.replace(/^.*\//, '/')}
              </a>
              {source.updated && ` (${t('check.updated', { date: source.updated })})`}
            </span>
          ))}
        </p>
      </div>
    </details>
  );
}

/** One command: what it shows, the command as selectable text, and (with JavaScript) a button that copies it. */
function CommandBlock({ command }: { command: CheckCommand }) {
  const lang = useLang();
  const t = usePageT();
  const mounted = useMounted();
  const [status, setStatus] = useState('');
  const labelId = useId();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command.run);
      setStatus(t('check.copied'));
    } catch {
      setStatus(t('check.copyFailed'));
    }
  };

  return (
    <div className="command">
      <p id={labelId}>{command.label[lang]}</p>
      <pre>
        <code>{command.run}</code>
      </pre>
      {mounted && (
        <p className="command-actions">
          <button type="button" aria-describedby={labelId} onClick={() => void copy()}>
            {t('check.copy')}
          </button>{' '}
          <span role="status" className="actions-status">
            {status}
          </span>
        </p>
      )}
    </div>
  );
}
