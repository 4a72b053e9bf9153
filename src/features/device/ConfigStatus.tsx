import { useTranslation } from 'react-i18next';
import type { ConfigProblem } from '@/domain';
import type { LoadedRuntimeConfig } from '@/sync';
import { Notice } from '@/ui/Notice';

/** Field names join with a plain comma: they are the file's own keys, the same in every language. */
const names = (fields: string[]) => fields.join(', ');

/**
 * For the deployer: where this start's configuration came from and, when config.json was wrong,
 * what was refused. Never a crash: the device runs on the last good values meanwhile.
 */
export function ConfigStatus({ runtime }: { runtime: LoadedRuntimeConfig }) {
  const { t } = useTranslation('device');
  const { problems } = runtime;
  const invalid = problems.flatMap((p) => (p.kind === 'invalid-value' ? [p.field] : []));
  const unknown = problems.flatMap((p) => (p.kind === 'unknown-field' ? [p.field] : []));
  const whole = problems.find((p): p is Extract<ConfigProblem, { kind: 'not-json' | 'not-an-object' }> => p.kind === 'not-json' || p.kind === 'not-an-object');
  return (
    <section className="section" aria-labelledby="config-title">
      <h2 id="config-title">{t('config.title')}</h2>
      <p>{t(`config.source.${runtime.source}`)}</p>
      {problems.length > 0 ? (
        <Notice tone="warning" title={t('config.problemsTitle')}>
          {whole ? <p>{t(`config.${whole.kind}`)}</p> : null}
          {invalid.length > 0 ? <p>{t('config.invalid', { fields: names(invalid) })}</p> : null}
          {unknown.length > 0 ? <p>{t('config.unknown', { fields: names(unknown) })}</p> : null}
          <p>{t('config.fallback')}</p>
        </Notice>
      ) : null}
    </section>
  );
}
