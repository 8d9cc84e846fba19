import type { Ref } from 'react';
import { Link } from 'react-router';
import { useLang, usePageT } from '../../shared/lang-context.tsx';
import { tree } from '../../shared/compiled-tree.ts';
import { codeState, codesPath, statePath } from '../../tree/paths.ts';
import { findQuestion, findSymptom } from '../../tree/resolve.ts';
import { InlineContent } from '../../shared/inline-content.tsx';
import { httpsHost } from '../../tree/inline.ts';

/** One code: what it means, what to do, the wizard's step it leads to (answers pre-filled), and Microsoft's page. */
export function CodePage({ headingRef, id }: { headingRef: Ref<HTMLHeadingElement>; id: string }) {
  const lang = useLang();
  const t = usePageT();
  const code = tree.codes.find((c) => c.id === id);
  if (!code) return null;
  const symptom = code.symptom === undefined ? undefined : findSymptom(tree, code.symptom);
  const state = codeState(tree, code);
  const answers = code.answers
    .map((a) => {
      const question = findQuestion(tree, a.question);
      const option = question?.options.find((o) => o.id === a.option);
      return question && option ? `${question.label[lang]} ${option.label[lang]}` : undefined;
    })
    .filter(Boolean)
    .join('; ');
  const host = httpsHost(code.source);
  return (
    <article className="code-page">
      <p className="context">
        <Link to={codesPath(lang)}>{t('codes.backToList')}</Link>
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        <span className="code">{code.code}</span>
      </h1>
      <p className="lead">{code.title[lang]}</p>
      {code.healthy && <p className="healthy">{t('codes.healthy')}</p>}

      <section aria-labelledby="code-meaning">
        <h2 id="code-meaning">{t('codes.meaning')}</h2>
        <p>
          <InlineContent content={code.meaning[lang]} />
        </p>
      </section>

      <section aria-labelledby="code-action">
        <h2 id="code-action">{t('codes.action')}</h2>
        <p>
          <InlineContent content={code.action[lang]} />
        </p>
      </section>

      {symptom && state && (
        <section aria-labelledby="code-next">
          <h2 id="code-next">{t('codes.next')}</h2>
          <p>
            <Link to={statePath(tree, lang, state)}>
              {t('codes.openSymptom', { symptom: symptom.heading[lang] })}
            </Link>
          </p>
          {answers !== '' && <p className="hint">{t('codes.prefilled', { answers })}</p>}
        </section>
      )}

      <section aria-labelledby="code-source">
        <h2 id="code-source">{t('codes.source')}</h2>
        <p>
          <a href={code.source} rel="noreferrer">
            {t('codes.sourceLink')}
          </a>{' '}
          <span className="host">{host}</span>,{' '}
          {t('codes.sourceDates', { sourceDate: code.sourceDate, checked: code.checked })}
        </p>
        {code.aliases.length > 0 && (
          <p className="hint">{t('codes.also', { aliases: code.aliases.join(', ') })}</p>
        )}
      </section>
    </article>
  );
}
