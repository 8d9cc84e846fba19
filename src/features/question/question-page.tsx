import type { Ref } from 'react';
import { Link } from 'react-router';
import { useLang, usePageT } from '../../shared/lang-context.tsx';
import { useStore } from '../../shared/store.ts';
import { tree } from '../../shared/compiled-tree.ts';
import { AddedOrigin } from '../../shared/added-origin.tsx';
import { backState, chooseState, startPath, statePath } from '../../tree/paths.ts';
import { findQuestion, findSymptom } from '../../tree/resolve.ts';
import type { FlowState } from '../../tree/state.ts';
import { NO_ADMIN_ROLE, resettableBy } from '../../tree/verdict.ts';
import { CheckDetails } from './check-details.tsx';
import { TenantCheckButton } from '../../tenant/tenant-check.tsx';

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
      <AddedOrigin symptom={symptom} />
      <p className="progress">{t('question.progress', { step: state.step, atMost: state.atMost })}</p>
      {question.hint && <p className="hint">{question.hint[lang]}</p>}
      {question.listsResettableBy && (
        <ResettableRoles
          actor={state.answers.find((a) => a.question === question.listsResettableBy)?.option}
        />
      )}
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
      {question.check &&
        // In a tenant-check build, "Find out from your tenant" comes before "How to check"; in a default build the
        // first branch folds away, leaving the page's code as it was (docs/decisions/0018).
        (typeof __TENANT_CHECK__ === 'object' && question.check.tenant ? (
          <>
            <TenantCheckButton
              config={__TENANT_CHECK__}
              question={question}
              check={question.check.tenant}
              pathFor={(option) => statePath(tree, lang, chooseState(tree, state, option))}
            />
            <CheckDetails check={question.check} />
          </>
        ) : (
          <CheckDetails check={question.check} />
        ))}
      <nav className="step-nav" aria-label={t('question.back')}>
        <Link to={back ? statePath(tree, lang, back) : startPath(lang)}>← {t('question.back')}</Link>
      </nav>
    </>
  );
}

/** The roles your role can reset (from the role table), listed where the question asks about the user's roles. */
function ResettableRoles({ actor }: { actor: string | undefined }) {
  const lang = useLang();
  const t = usePageT();
  const name = (id: string) => tree.roles.roles.find((r) => r.id === id)?.name[lang] ?? id;
  if (actor === undefined || !Object.hasOwn(tree.roles.resets, actor)) return null;
  const roles = resettableBy(tree.roles, actor).filter((r) => r !== NO_ADMIN_ROLE);
  return (
    <div className="role-list">
      <p id="role-list-intro">{t('question.resettableIntro', { role: name(actor) })}</p>
      <ul aria-labelledby="role-list-intro">
        {roles.map((id) => (
          <li key={id}>{name(id).charAt(0).toUpperCase() + name(id).slice(1)}</li>
        ))}
      </ul>
    </div>
  );
}
