import type { LegalSource } from '@/domain/procedureSchema';

/**
 * Sources cited by the catalogue, from docs/procedures.md §1, all checked on the date
 * below. The CESEDA text read was the DILA LEGI dump of July 2025 ("[C-old]"): re-check on
 * Légifrance. What docs/procedures.md marks UNCONFIRMED carries `unconfirmed: true`, and the reason is
 * said in the `ref` so that a mediator sees why without opening this file.
 */
export const CHECKED_ON = '2026-11-26';
/** The legal review of December 2026 (docs/procedures.md §14): sources added then. */
export const REVIEWED_ON = '2026-12-08';

const CESEDA = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070158/';
const CJA = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070933/';

function ceseda(ref: string, checkedOn = CHECKED_ON): LegalSource {
  return { ref: `CESEDA ${ref}`, url: CESEDA, checkedOn };
}

function web(ref: string, url: string, checkedOn = CHECKED_ON): LegalSource {
  return { ref, url, checkedOn };
}

/** The same source, pointing at a part of it ("§ 4.1"): how a mediator finds the line. */
export function at(source: LegalSource, part: string): LegalSource {
  return { ...source, ref: `${source.ref} ${part}` };
}

/** The same source, for an item docs/procedures.md marks UNCONFIRMED; `why` is appended to the citation. */
export function unconfirmed(source: LegalSource, why: string): LegalSource {
  const ref = source.unconfirmed === true ? `${source.ref} ; ${why}` : `${source.ref} — non confirmé : ${why}`;
  return { ...source, ref, unconfirmed: true };
}

export const sources = {
  // Annexe 10 (« Pièces justificatives »), by row of its table.
  annexe10Row1: ceseda('annexe 10, ligne 1 (CST « salarié »)'),
  annexe10Row4: ceseda('annexe 10, ligne 4 (« passeport talent » salarié qualifié)'),
  annexe10Row8: ceseda('annexe 10, ligne 8 (« passeport talent-chercheur »)'),
  annexe10Row25: ceseda('annexe 10, ligne 25 (« étudiant »)'),
  annexe10Row29: ceseda('annexe 10, ligne 29 (VPF conjoint de Français)'),
  annexe10Row30: ceseda('annexe 10, ligne 30 (VPF parent d’enfant français)'),
  annexe10Row37: ceseda('annexe 10, ligne 37 (VPF liens personnels et familiaux)'),
  annexe10Row64: ceseda('annexe 10, ligne 64 (renouvellement CR / CRLD-UE)'),
  /** « passeport … ou, à défaut, autres justificatifs dont au moins un revêtu d'une photographie ». */
  annexe10Passport: ceseda('annexe 10, pièces « dans tous les cas » : passeport « ou, à défaut, autres justificatifs »', REVIEWED_ON),
  /** « justificatif d'acquittement de la taxe … à remettre au moment de la remise du titre ». */
  annexe10FeeAtCollection: ceseda('annexe 10 : justificatif d’acquittement des taxes « à remettre au moment de la remise du titre »', REVIEWED_ON),

  // CESEDA articles.
  l4111: ceseda('L. 411-4'),
  l4115: ceseda('L. 411-5'),
  l4127: ceseda('L. 412-7'),
  l4135: ceseda('L. 413-5'),
  l4211: ceseda('L. 421-1'),
  l4219: ceseda('L. 421-9'),
  l42114: ceseda('L. 421-14'),
  r4212: ceseda('R. 421-2'),
  l4221: ceseda('L. 422-1'),
  r4225: ceseda('R. 422-5'),
  l4231: ceseda('L. 423-1'),
  l4235: ceseda('L. 423-5'),
  l4237: ceseda('L. 423-7'),
  l4238: ceseda('L. 423-8'),
  l42323: ceseda('L. 423-23'),
  r4235: ceseda('R. 423-5'),
  r4315: ceseda('R. 431-5'),
  r4318: ceseda('R. 431-8', REVIEWED_ON),
  /** Civil status and nationality: the only pieces whose absence lets registration be refused. */
  r43110: ceseda('R. 431-10', REVIEWED_ON),
  /** Since décret 2025-539 (16 June 2025): missing pieces « doivent être demandées par l'administration ». */
  r43111: ceseda('R. 431-11 (rédaction du décret n° 2025-539 du 16 juin 2025)', REVIEWED_ON),
  r43112: ceseda('R. 431-12', REVIEWED_ON),
  r43115: ceseda('R. 431-15', REVIEWED_ON),
  r431151: ceseda('R. 431-15-1', REVIEWED_ON),
  r431152: ceseda('R. 431-15-2', REVIEWED_ON),
  r4312: ceseda('R. 431-2', REVIEWED_ON),
  r4322: ceseda('R. 432-2', REVIEWED_ON),
  /** The card's recto carries the « numéro AGDREF », which is also the ANEF login. */
  annexe3: ceseda('annexe 3, II A (numéro AGDREF inscrit sur la carte)', REVIEWED_ON),
  /** OFPRA's « pièces tenant lieu d'actes d'état civil » replace the civil-status acts of a protected person. */
  l1219: ceseda('L. 121-9', REVIEWED_ON),
  r43123: ceseda('R. 431-23'),
  l4331: ceseda('L. 433-1'),
  l43311: ceseda('L. 433-1-1'),
  l4332: ceseda('L. 433-2'),
  l4333: ceseda('L. 433-3'),
  r4333: ceseda('R. 433-3'),
  l43331: ceseda('L. 433-3-1'),
  l4335: ceseda('L. 433-5'),
  r4332: ceseda('R. 433-2'),
  r4334: ceseda('R. 433-4'),
  l4361: ceseda('L. 436-1'),
  l4362: ceseda('L. 436-2'),
  l4365: ceseda('L. 436-5'),
  l4364: ceseda('L. 436-4', REVIEWED_ON),
  l4367: ceseda('L. 436-7'),
  l4368: ceseda('L. 436-8'),
  r4363: ceseda('R. 436-3'),
  r4121: ceseda('R. 412-1'),

  /** L. 433-4 as of 26 Aug 2021; the wording in force (2024 law, 2026 integration rules) was not read. */
  l4334: {
    ref: 'CESEDA L. 433-4 (version du 26 août 2021) — non confirmé : rédaction en vigueur non lue',
    url: 'https://circulaire.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070158/LEGISCTA000042771982/2021-08-26/',
    checkedOn: CHECKED_ON,
    unconfirmed: true,
  },

  /** Code de justice administrative: the urgent application « mesures utiles ». */
  cjaL5213: web('Code de justice administrative, L. 521-3 (référé mesures utiles)', CJA, REVIEWED_ON),
  /** The substitution channel of R. 431-2 and what the CCC does (anomalies go to the DGEF). */
  arrete1Aug2023: web(
    'Arrêté du 1er août 2023 (accompagnement et solution de substitution, CESEDA R. 431-2)',
    'http://www.infomie.net/spip.php?article6704', REVIEWED_ON,
  ),
  ce452798: web('Conseil d’État, 3 juin 2022, n° 452798', 'https://www.conseil-etat.fr/arianeweb/', REVIEWED_ON),
  /** Urgency presumed for a renewal refused or never decided: secondary summaries only. */
  ceUrgency: {
    ref: 'Conseil d’État, 9 juin 2022, n° 453391 ; 12 déc. 2024, n° 497389 (urgence présumée) — non confirmé : résumés secondaires',
    url: 'https://www.conseil-etat.fr/arianeweb/',
    checkedOn: REVIEWED_ON,
    unconfirmed: true,
  },
  defenseurDesDroits: web('Défenseur des droits, saisine en ligne', 'https://www.defenseurdesdroits.fr/', REVIEWED_ON),
  aideJuridictionnelle: web('service-public.fr F18074 « Aide juridictionnelle »', 'https://www.service-public.gouv.fr/particuliers/vosdroits/F18074', REVIEWED_ON),
  pointJustice: web('Ministère de la Justice, annuaire des points-justice', 'https://www.justice.fr/', REVIEWED_ON),
  /** OQTF appeal times, reshaped by the law of 26 January 2024: the letter states the one that applies. */
  oqtfDelays: {
    ref: 'CESEDA L. 614-1 et suivants (délais de recours contre une OQTF) — non confirmé : rédaction issue de la loi du 26 janvier 2024 non relue',
    url: CESEDA,
    checkedOn: REVIEWED_ON,
    unconfirmed: true,
  },
  /** Appeal against a refusal, explicit or implicit: two months as a rule. */
  cjaR4211: {
    ref: 'Code de justice administrative, R. 421-1 et R. 421-2 (deux mois) — non confirmé : le délai peut ne pas courir sans accusé de réception (CRPA L. 112-6)',
    url: CJA,
    checkedOn: REVIEWED_ON,
    unconfirmed: true,
  },
  /** Décret 2025-539: the talent cards reshaped (carte bleue européenne, porteur de projet, …). */
  d2025539: {
    ref: 'Décret n° 2025-539 du 16 juin 2025 (cartes « talent ») — non confirmé : lu par des sources secondaires',
    url: 'https://www.legifrance.gouv.fr/',
    checkedOn: REVIEWED_ON,
    unconfirmed: true,
  },
  /** Décret 2025-647: A2 and the examen civique for a first CSP from 1 January 2026. */
  d2025647: {
    ref: 'Décret n° 2025-647 du 15 juillet 2025 (niveau A2 et examen civique pour une première carte pluriannuelle) — non confirmé : sources secondaires',
    url: 'https://www.centre-inffo.fr/site-droit-formation/actualites-droit/integration-republicaine-des-etrangers-de-nouvelles-exigences-definies',
    checkedOn: REVIEWED_ON,
    unconfirmed: true,
  },
  /** Rupture conventionnelle as an involuntary loss of job: not checked in any text. */
  mutualAgreement: {
    ref: 'CESEDA L. 421-1 — non confirmé : la rupture conventionnelle est en général assimilée à une perte involontaire d’emploi, non vérifié',
    url: CESEDA,
    checkedOn: REVIEWED_ON,
    unconfirmed: true,
  },
  /** Domiciliation for people without a stable home (CCAS, approved associations). */
  casfL2641: {
    ref: 'Code de l’action sociale et des familles, L. 264-1 (domiciliation) — non confirmé : non relu',
    url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074069/',
    checkedOn: REVIEWED_ON,
    unconfirmed: true,
  },
  /** Structures that house people (CHRS, CADA, foyers, résidences sociales, 115): their attestation as proof. */
  shelterProof: {
    ref: 'Annexe 10, hébergement : attestation de la structure d’hébergement (CHRS, CADA, foyer, 115) — non confirmé : pratique préfectorale, aucune ligne ne la nomme',
    url: CESEDA,
    checkedOn: REVIEWED_ON,
    unconfirmed: true,
  },
  /** LFI 2026 art. 128 (fees from 1 May 2026): the promulgated article was not read. */
  lfi2026: {
    ref: 'Loi n° 2026-103 du 19 février 2026 de finances pour 2026, art. 128 (en vigueur le 1er mai 2026) — non confirmé : montants lus dans le tableau de l’UNAFO, article non relu au Journal officiel',
    url: 'https://www.unafo.org/majoration-des-taxes-titre-de-sejour-impacts-de-la-loi-de-finances-2026',
    checkedOn: REVIEWED_ON,
    unconfirmed: true,
  },
  /** Which titles are on ANEF, by title: secondary readings of the arrêtés of annexe 9 (not read). */
  anefStudentsTalents: unconfirmed(
    web(
      'Arrêté du 27 avril 2021 (étudiants, talents : ANEF depuis le 1er mai 2021), lu par A. Paradeise, « Les attestations du téléservice ANEF »',
      'https://www.adelineparadeise.fr/les-attestations-du-teleservice-anef/',
      REVIEWED_ON,
    ),
    'arrêté non relu : lecture d’un article d’avocate',
  ),
  anefFamilyOfFrench: unconfirmed(
    web(
      'Arrêté du 31 mars 2023 (conjoints et parents de Français sur l’ANEF depuis le 5 avril 2023), lu par Le Média social',
      'https://lemediasocial.fr/demandes-en-ligne-la-liste-des-titres-de-sejour-concernes-est-completee_5XpCod',
      REVIEWED_ON,
    ),
    'arrêté non relu : lecture de presse spécialisée',
  ),
  anefResidentCards: unconfirmed(
    web(
      'Arrêté du 1er juillet 2024 (renouvellements de cartes de résident sur l’ANEF depuis le 4 juillet 2024), lu par M. Rezeau-Merah',
      'https://mandyrezeaumerah.com/2024/07/03/dematerialisation-anef-des-demandes-de-renouvellement-de-cartes-de-resident',
      REVIEWED_ON,
    ),
    'arrêté non relu : lecture d’un article d’avocate',
  ),
  salarieOnPaper: web(
    'Préfecture du Bas-Rhin (03/10/2023) et Saint-Martin (2024) : renouvellements « salarié » encore au guichet',
    'https://www.bas-rhin.gouv.fr/Actions-de-l-Etat/Delivrance-des-titres/Etrangers/Liste-des-pieces-a-fournir-pour-un-titre-de-sejour/Les-cartes-de-sejour-temporaire-et-pluriannuel', REVIEWED_ON,
  ),

  // service-public.fr fiches and other official pages.
  spF35807: web(
    'service-public.fr F35807 « Que doit faire un étranger en cas de changement d’adresse ? »',
    'https://www.service-public.gouv.fr/particuliers/vosdroits/F35807',
  ),
  spF21032: web(
    'service-public.fr F21032 « Que doit faire un étranger en cas de perte de sa carte de séjour ? »',
    'https://www.service-public.gouv.fr/particuliers/vosdroits/F21032',
  ),
  spF22312: web(
    'service-public.fr F22312 « Que doit faire un étranger en cas de vol de sa carte de séjour ? »',
    'https://www.service-public.gouv.fr/particuliers/vosdroits/F22312',
  ),
  spF38329: web(
    'service-public.fr F38329 « Qu’est-ce que le contrat d’engagement à respecter les principes de la République ? »',
    'https://gorbio.fr/quotidien/urbanisme/declaration-de-travaux?xml=F38329',
  ),
  spF33071: web(
    'service-public.fr F33071 « Étranger en France : comment acheter un timbre fiscal ? »',
    'https://uzes.fr/demarches/formalites-administratives/etat-civil/actes-de-naissance?xml=F33071',
  ),
  pref76: web(
    'Préfecture de la Seine-Maritime, « Dématérialisation des timbres électroniques pour les étrangers »',
    'http://www.seine-maritime.gouv.fr/Actualites/Dematerialisation-des-timbres-electroniques-pour-les-etrangers',
  ),
  intCer: web(
    'Ministère de l’Intérieur, « Contrat d’engagement à respecter les principes de la République »',
    'https://immigration.interieur.gouv.fr/fr/Immigration/Contrat-d-engagement-a-respecter-les-principes-de-la-Republique',
  ),
  d2024811: web('Décret n° 2024-811 du 8 juillet 2024', 'https://legal.tricoteuses.fr/articles/JORFARTI000049989798'),
  refInfo: web(
    'refugies.info, « Déclarer un changement de situation sur Étrangers en France »',
    'https://refugies.info/fr/demarche/6392ff59bcd2075a379203a9',
  ),
  /** Which titles are filed on ANEF: secondary sources on the arrêtés listed in annexe 9. */
  anefScope: web(
    'CESEDA annexe 9 et arrêtés du 27 avril 2021 au 1er juillet 2024 (titres demandés sur l’ANEF, lus par des sources secondaires)',
    CESEDA,
  ),
  /** AGDREF number: 10 digits, 9 on older cards — secondary sources only. */
  foreignerNumber: {
    ref: 'ANEF — numéro étranger (AGDREF), 9 ou 10 chiffres — non confirmé : sources secondaires',
    url: 'https://administration-etrangers-en-france.interieur.gouv.fr/',
    checkedOn: CHECKED_ON,
    unconfirmed: true,
  },
  /** E-photo code: 22 characters reported, 21 by one source (docs/anef.md). */
  ePhotoFormat: {
    ref: 'ANEF — code e-photo de la planche photo — non confirmé : 22 caractères, 21 selon une source',
    url: 'https://administration-etrangers-en-france.interieur.gouv.fr/',
    checkedOn: CHECKED_ON,
    unconfirmed: true,
  },
  /** A prefecture list seen only as an aggregator excerpt (docs/procedures.md §12). */
  duplicateRenewInstead: {
    ref: 'Liste préfectorale (extrait) : « Si votre titre de séjour expire dans moins de 3 mois, vous devez solliciter directement le renouvellement » — non confirmé',
    url: 'https://pdfprof.com/PDFV2/Documents3/21682/20/7',
    checkedOn: CHECKED_ON,
    unconfirmed: true,
  },
  /** Older prefecture lists asking for payslips (Alpes-Maritimes, before 2021). */
  oldSalarieList: {
    ref: 'Ancienne liste préfectorale « salarié » (Alpes-Maritimes, avant 2021) — non confirmé : pratique locale',
    url: 'http://doczz.fr/doc/2717380/carte-de-sejour-temporaire-%C2%AB-salarie%C2%BB-ou',
    checkedOn: CHECKED_ON,
    unconfirmed: true,
  },
} satisfies Record<string, LegalSource>;

/** The filing window, the late fee and the grace after expiry: the same three texts for every renewal. */
export const renewalDeadlineSources: LegalSource[] = [sources.r4315, sources.l4365, sources.l4333];
