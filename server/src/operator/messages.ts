import type { ReviewDecision, SubmissionState } from '@/contract';
import type { TransitionRefusal } from '../review';

/**
 * The operator tool is used by prefecture staff and by mediators in training: every message is in
 * French first, then English, on two lines, so no one has to guess which one they read.
 */
export interface Bilingual {
  fr: string;
  en: string;
}

export function render(message: Bilingual): string {
  return `${message.fr}\n${message.en}`;
}

export const STATE_LABELS: Readonly<Record<SubmissionState, Bilingual>> = {
  'awaiting-documents': { fr: 'pièces en attente', en: 'awaiting documents' },
  filed: { fr: 'déposé', en: 'filed' },
  'under-review': { fr: 'en instruction', en: 'under review' },
  decided: { fr: 'décidé', en: 'decided' },
};

export const DECISION_LABELS: Readonly<Record<ReviewDecision, Bilingual>> = {
  granted: { fr: 'accordé', en: 'granted' },
  refused: { fr: 'refusé', en: 'refused' },
};

export const messages = {
  usage: {
    fr: [
      'Usage : npm run operator -- <commande>',
      '  list                                 liste les dossiers (numéro, id, état, date de dépôt)',
      '  review <numéro|id>                   met un dossier déposé en instruction',
      '  decide <numéro|id> granted|refused   enregistre la décision (dossier en instruction)',
      '  attest <numéro|id> [--months 3]      délivre une attestation de prolongation d’instruction (1 à 3 mois)',
    ].join('\n'),
    en: [
      'Usage: npm run operator -- <command>',
      '  list                                 lists submissions (number, id, state, filing date)',
      '  review <number|id>                   puts a filed submission under review',
      '  decide <number|id> granted|refused   records the decision (submission under review)',
      '  attest <number|id> [--months 3]      issues an attestation de prolongation d’instruction (1 to 3 months)',
    ].join('\n'),
  },
  unknownCommand: (command: string): Bilingual => ({
    fr: `Commande inconnue : « ${command} ».`,
    en: `Unknown command: "${command}".`,
  }),
  missingReference: { fr: 'Indiquez le numéro de dépôt ou l’id du dossier.', en: 'Give the receipt number or the submission id.' },
  unknownSubmission: (reference: string): Bilingual => ({
    fr: `Aucun dossier avec le numéro ou l’id « ${reference} ».`,
    en: `No submission with number or id "${reference}".`,
  }),
  invalidDecision: (value: string): Bilingual => ({
    fr: `Décision invalide « ${value} » : granted (accordé) ou refused (refusé).`,
    en: `Invalid decision "${value}": granted or refused.`,
  }),
  invalidMonths: (value: string): Bilingual => ({
    fr: `Durée invalide « ${value} » : un nombre entier de mois de 1 à 3 (CESEDA R. 431-15-1).`,
    en: `Invalid duration "${value}": a whole number of months from 1 to 3 (CESEDA R. 431-15-1).`,
  }),
  refused: (refusal: TransitionRefusal, state: SubmissionState): Bilingual => {
    const now = STATE_LABELS[state];
    switch (refusal) {
      case 'not-filed':
        return { fr: `Ce dossier n’est pas encore déposé (état : ${now.fr}).`, en: `This submission is not filed yet (state: ${now.en}).` };
      case 'already-under-review':
        return { fr: 'Ce dossier est déjà en instruction.', en: 'This submission is already under review.' };
      case 'already-decided':
        return { fr: 'Ce dossier a déjà reçu une décision.', en: 'This submission has already been decided.' };
      case 'not-under-review':
        return {
          fr: `Mettez d’abord le dossier en instruction (review) : état actuel ${now.fr}.`,
          en: `Put the submission under review first (review): current state ${now.en}.`,
        };
    }
  },
  noDataFolder: (dir: string): Bilingual => ({
    fr: `Pas de données Relais dans ${dir} (relais.sqlite absent) : vérifiez RELAIS_DATA_DIR.`,
    en: `No Relais data in ${dir} (no relais.sqlite): check RELAIS_DATA_DIR.`,
  }),
  noSubmissions: { fr: 'Aucun dossier.', en: 'No submissions.' },
} as const;

/** A refusal the operator can act on (exit code 1), as opposed to a usage mistake (exit code 2). */
export class OperatorError extends Error {
  constructor(
    readonly bilingual: Bilingual,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(render(bilingual));
    this.name = 'OperatorError';
  }
}
