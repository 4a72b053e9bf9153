import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '@/state/navigation';
import { allFields, type Procedure } from '@/domain';
import { catalogue } from '@/procedures';
import { createDossier, saveAnswers, type DossierRecord } from '@/storage';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';

/**
 * Several procedures for one person at once (DDD recommendation 4: ANEF allows only one): a new
 * dossier starts with every answer the two procedures have in common, so nothing is typed twice.
 */
export function StartAnother({ dossier }: { dossier: DossierRecord }) {
  const { t, i18n } = useTranslation(['common', 'wizard']);
  const id = useId();
  const others = catalogue.filter((p) => p.id !== dossier.procedureId);
  const [choice, setChoice] = useState(others[0]?.id ?? '');
  const [failed, setFailed] = useState(false);

  const start = async (procedure: Procedure) => {
    const firstStep = procedure.steps[0]?.id;
    if (!firstStep) return;
    try {
      const created = await createDossier({ procedureId: procedure.id, procedureVersion: procedure.version, language: i18n.language, firstStep });
      const shared: Record<string, string | boolean | null> = {};
      for (const field of allFields(procedure)) {
        const value = dossier.answers[field.id];
        if (value !== undefined) shared[field.id] = value;
      }
      if (Object.keys(shared).length > 0) await saveAnswers(created.id, shared, firstStep);
      navigate({ name: 'dossier', id: created.id, step: firstStep });
    } catch {
      setFailed(true);
    }
  };

  const target = others.find((p) => p.id === choice);
  if (others.length === 0) return null;
  return (
    <section className="summary-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('another.title')}</h2>
      <p>{t('another.body')}</p>
      {failed ? <Notice tone="error">{t('errors.storage')}</Notice> : null}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-select`}>
          {t('another.label')}
        </label>
        <select id={`${id}-select`} className="field__input" value={choice} onChange={(event) => setChoice(event.target.value)}>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {t(`wizard:procedures.${p.id}.title`)}
            </option>
          ))}
        </select>
      </div>
      <Button variant="secondary" disabled={!target} onClick={() => target && void start(target)}>
        {t('another.start')}
      </Button>
    </section>
  );
}
