import type { Condition, Procedure } from '@/domain/procedureSchema';
import { addressDocuments, currentPermitOrReport, identityDocuments, nonPolygamyStatement, republicContract, sixMonths } from './shared/commonDocuments';
import { addressStep } from './shared/addressStep';
import { familyStep } from './shared/familyStep';
import { identityStep, passportOutlastsCardRule } from './shared/identityStep';
import { photoStep } from './shared/photoStep';
import { renewalFees } from './shared/renewalTerms';
import { at, renewalDeadlineSources, sources, unconfirmed } from './shared/sources';

/**
 * Renewal of a carte de séjour temporaire « étudiant » (CESEDA L. 422-1; annexe 10 row 25;
 * docs/procedures.md §7). Row 25 asks for the passport only without a valid visa or title (§ 1.2), so
 * for a renewal it is an optional slot, flagged (ANEF may still ask for it). The « attestation
 * d'assiduité » is in no source: not asked. Resources: one proof per source of money; the main
 * source is chosen, others go in an optional slot. « Étudiant » is CIR-exempt (no cap on renewals).
 */
const row = at(sources.annexe10Row25, '§ 1');
const passportOnlyWithoutTitle = unconfirmed(at(sources.annexe10Row25, '§ 1.2'), 'passeport demandé seulement sans visa ni titre valable ; l’ANEF peut le demander quand même');
const resources = (value: string): Condition => ({ field: 'resourcesType', in: [value] });

export const renewalCstEtudiant: Procedure = {
  id: 'renewal-cst-etudiant',
  version: '2026-12-08',
  legalBasis: [sources.l4221, sources.l4111, sources.l4135, sources.r4225, sources.annexe10Row25],
  steps: [
    identityStep([passportOnlyWithoutTitle], { passportRequired: false, renewal: true }),
    addressStep([row]),
    familyStep([row]),
    {
      id: 'situation',
      kind: 'fields',
      fields: [
        {
          // « justificatif de moyens d'existence suffisants », by situation (row 25 § 1).
          id: 'resourcesType',
          kind: 'choice',
          required: true,
          options: ['french-grant', 'home-grant', 'work', 'third-party', 'own-funds'],
          sources: [row, sources.l4221],
        },
      ],
    },
    photoStep({ ePhotoSources: [row], feeSources: [sources.l4361, row] }),
    {
      id: 'documents',
      kind: 'documents',
      documents: [
        ...currentPermitOrReport([row]),
        ...identityDocuments([passportOnlyWithoutTitle], false),
        ...addressDocuments([row], sixMonths([row])),
        nonPolygamyStatement([row]),
        republicContract(),
        // « certificat d'inscription produit par l'établissement d'enseignement ou justificatif de préinscription ».
        { type: 'enrolment-certificate', required: true, sources: [row] },
        // « relevés de notes de l'année écoulée » ; « attestation de réussite délivrée par l'établissement ».
        { type: 'transcripts', required: true, sources: [row, sources.l4111] },
        // « dernier diplôme obtenu en France »: only if there is one.
        { type: 'last-diploma', required: false, sources: [row] },
        // French-government or EU-programme grant: proof of it.
        { type: 'french-grant-proof', required: true, when: [resources('french-grant')], sources: [row] },
        // « l'attestation de bourse de l'organisme payeur … précisant le montant et la durée ».
        { type: 'home-grant-certificate', required: true, when: [resources('home-grant')], sources: [row] },
        // « vos trois dernières fiches de paie ».
        { type: 'payslips', required: true, when: [resources('work')], sources: [row] },
        // « justificatif d'identité du tiers ; les attestations bancaires de la programmation de
        // virements réguliers ou une attestation sur l'honneur de versement des sommes … (615 € mensuels) ».
        { type: 'third-party-id', required: true, when: [resources('third-party')], sources: [row] },
        { type: 'third-party-support-proof', required: true, when: [resources('third-party')], sources: [row] },
        // « l'attestation bancaire de solde créditeur suffisant ».
        { type: 'bank-balance-certificate', required: true, when: [resources('own-funds')], sources: [row] },
        // Several sources of money: « one proof per source ».
        { type: 'other-resources-proof', required: false, sources: [row] },
      ],
    },
  ],
  rules: [passportOutlastsCardRule([passportOnlyWithoutTitle])],
  deadline: {
    rule: 'renewal',
    expiryField: 'permitExpiry',
    grace: 'never',
    sources: renewalDeadlineSources,
  },
  filing: { channel: 'online', sources: [sources.anefStudentsTalents] },
  // L. 436-1: « ramené à 50 euros » for the cards of L. 422-1 to L. 422-6.
  fees: renewalFees('renewal-reduced', [row]),
  // R. 422-5: for a student, silence for 90 days is a refusal.
  decision: { implicitRefusalAfter: { days: 90 }, sources: [sources.r4225] },
};
