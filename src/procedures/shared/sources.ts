import type { LegalSource } from '@/domain/procedureSchema';

/**
 * Sources cited by the catalogue, from ../shared/domain/PROCEDURES.md §1, all checked on the date
 * below. The CESEDA text read was the DILA LEGI dump of July 2025 ("[C-old]"): re-check on
 * Légifrance. What PROCEDURES.md marks UNCONFIRMED carries `unconfirmed: true`, and the reason is
 * said in the `ref` so that a mediator sees why without opening this file.
 */
export const CHECKED_ON = '2026-11-26';

const CESEDA = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070158/';

function ceseda(ref: string): LegalSource {
  return { ref: `CESEDA ${ref}`, url: CESEDA, checkedOn: CHECKED_ON };
}

function web(ref: string, url: string): LegalSource {
  return { ref, url, checkedOn: CHECKED_ON };
}

/** The same source, pointing at a part of it ("§ 4.1"): how a mediator finds the line. */
export function at(source: LegalSource, part: string): LegalSource {
  return { ...source, ref: `${source.ref} ${part}` };
}

/** The same source, for an item PROCEDURES.md marks UNCONFIRMED; `why` is appended to the citation. */
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
  /** E-photo code: 22 characters reported, 21 by one source (ANEF.md). */
  ePhotoFormat: {
    ref: 'ANEF — code e-photo de la planche photo — non confirmé : 22 caractères, 21 selon une source',
    url: 'https://administration-etrangers-en-france.interieur.gouv.fr/',
    checkedOn: CHECKED_ON,
    unconfirmed: true,
  },
  /** A prefecture list seen only as an aggregator excerpt (PROCEDURES.md §12). */
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
