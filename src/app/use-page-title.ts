import { useTranslation } from 'react-i18next';
import { tree } from '../shared/compiled-tree.ts';
import { findQuestion, findSymptom } from '../tree/resolve.ts';
import type { Place } from '../tree/state.ts';

/** The `<title>` of a place: the symptom and the step, in the page's language. */
export function usePageTitle(place: Place): string {
  const { lang } = place;
  const t = useTranslation('translation', { lng: lang }).t;
  const app = t('app.name');
  switch (place.kind) {
    case 'start':
      return t('pageTitle.start', { app });
    case 'about':
      return t('pageTitle.about', { app });
    case 'not-found':
      return t('pageTitle.notFound', { app });
    case 'codes':
      return t('pageTitle.codes', { app });
    case 'code': {
      const code = tree.codes.find((c) => c.id === place.code);
      return t('pageTitle.code', { app, code: code?.code ?? '', title: code?.title[lang] ?? '' });
    }
    case 'flow': {
      const state = place.state;
      const symptom = findSymptom(tree, state.symptom)?.heading[lang] ?? '';
      if (state.kind === 'remedy') return t('pageTitle.remedy', { symptom });
      const question = findQuestion(tree, state.question)?.label[lang] ?? '';
      return t('pageTitle.question', { question, symptom });
    }
  }
}
