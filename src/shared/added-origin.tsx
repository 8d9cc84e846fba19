import { usePageT } from './lang-context.tsx';
import type { Symptom } from '../tree/compiled.ts';

/** Says, on an added symptom's pages, that it comes from Microsoft's current documentation, not the 2021 article. */
export function AddedOrigin({ symptom }: { symptom: Symptom | undefined }) {
  const t = usePageT();
  const origin = symptom?.origin;
  if (!origin) return null;
  return (
    <aside className="added-origin" aria-label={t('added.label')}>
      <p>
        <strong>{t('added.label')}.</strong> {t('added.body')}{' '}
        <a href={origin.source} rel="noreferrer">
          {t('added.sourceLink')}
        </a>{' '}
        {t('added.dates', { sourceDate: origin.sourceDate, checked: origin.checked })}
      </p>
    </aside>
  );
}
