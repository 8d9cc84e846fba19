import type { Ref } from 'react';
import { Link } from 'react-router';
import { useLang, usePageT } from '../../app/lang-context.tsx';
import { useStore } from '../../app/store.ts';
import { tree } from '../../app/tree.ts';
import { backState, chooseState, startPath, statePath } from '../../tree/paths.ts';
import { findQuestion, findSymptom } from '../../tree/resolve.ts';
import type { FlowState } from '../../tree/types.ts';

interface Props {
  headingRef: Ref<HTMLHeadingElement>;
  state: FlowState & { kind: 'question' };
}

/** One question as the page's heading, its options as links to the next states, "not sure" last. */
export function QuestionPage({ headingRef, state }: Props) {
  const lang = useLang();
  const t = usePageT();
  const question = findQuestion(tree, state.question);
  const symptom = findSymptom(tree, state.symptom);
  const lastTime = useStore((s) => (question?.remember ? s.remembered[state.question] : undefined));
  if (!question || !symptom) return null;
  const back = backState(tree, state);

  return (
    <>
      <p className="context">{symptom.heading[lang]}</p>
      <h1 ref={headingRef} tabIndex={-1}>
        {question.label[lang]}
      </h1>
      <p className="progress">{t('question.progress', { step: state.step, atMost: state.atMost })}</p>
      {question.hint && <p className="hint">{question.hint[lang]}</p>}
      <ul className="options">
        {question.options.map((option) => (
          <li key={option.id} className={option.unsure ? 'unsure' : undefined}>
            <Link to={statePath(tree, lang, chooseState(tree, state, option.id))}>
              {option.label[lang]}
              {lastTime === option.id && <span className="last-time"> ({t('question.lastTime')})</span>}
            </Link>
          </li>
        ))}
      </ul>
      <nav className="step-nav" aria-label={t('question.back')}>
        <Link to={back ? statePath(tree, lang, back) : startPath(lang)}>← {t('question.back')}</Link>
      </nav>
    </>
  );
}
