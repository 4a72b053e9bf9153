import type { Procedure, Step } from '@/domain';
import type { DossierRecord } from '@/storage';

/** What the wizard hands each kind of step: the step itself, its dossier, and the way on or back. */
export type StepProps<S extends Step> = {
  procedure: Procedure;
  step: S;
  dossier: DossierRecord;
  /** null on the first step. */
  onBack: (() => void) | null;
  onNext: () => void;
};
