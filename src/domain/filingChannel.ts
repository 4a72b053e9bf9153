import type { Answers } from '@/contract';
import type { FilingChannel, LegalSource, Procedure } from './procedureSchema';

/**
 * Where a request is filed decides its deadline (CESEDA R. 431-5): a title on the téléservice list
 * is renewed between the 120th and the 60th day before expiry, with the 180 € late fee and the
 * attestation de prolongation d'instruction of R. 431-15-1; any other title « dans le courant des
 * deux mois précédant l'expiration », at the counter, with a paper récépissé (R. 431-12, R. 431-15).
 * Which titles are online varies by département and over time (« salarié » was still on paper in
 * Bas-Rhin in 2023 and in Saint-Martin in 2024): the deployment says so for its départements in
 * config.json, and the catalogue's dated default applies elsewhere. Never guessed.
 */
export type ChannelOverrides = {
  /** The day the deployer checked the list. */
  asOf: string;
  /** Where the deployer read it (a prefecture's page, an arrêté), and its address. */
  source: string;
  sourceUrl: string;
  /** Département code → procedure id → channel. */
  departements: Record<string, Record<string, 'online' | 'counter'>>;
};

export type ChannelDecision = {
  channel: FilingChannel;
  /** The département the decision is for, when one is known. */
  departement: string | null;
  /** `deployment`: the deployer's list for that département; `catalogue`: the dated national default. */
  from: 'deployment' | 'catalogue';
  sources: LegalSource[];
  asOf: string;
  unconfirmed: boolean;
};

/**
 * The collectivity of a French postcode: two digits, three overseas (971–976, 984–988), Corsica split
 * at 20200 (2A Corse-du-Sud below, 2B Haute-Corse from it), and Saint-Barthélemy (97133 → 977) and
 * Saint-Martin (97150 → 978), which share Guadeloupe's 971 postcodes but have their own prefecture
 * rules (Saint-Martin still took « salarié » renewals at the counter in 2024). Null for anything else.
 */
export function departementOfPostcode(postcode: string): string | null {
  const code = postcode.replace(/\s/g, '');
  if (!/^\d{5}$/.test(code)) return null;
  if (code === '97133') return '977';
  if (code === '97150') return '978';
  if (code.startsWith('97') || code.startsWith('98')) return code.slice(0, 3);
  if (code.startsWith('20')) return Number(code) < 20200 ? '2A' : '2B';
  if (code.startsWith('00')) return null;
  return code.slice(0, 2);
}

/**
 * The channel for this person's request: the département of the address they gave (the prefecture
 * of their home is competent), else the deployment's own, then the deployment's list for it, else
 * the catalogue's default. Null when the procedure has no channel (nothing to renew).
 */
export function filingChannelFor(
  procedure: Procedure,
  answers: Answers,
  deployment: { departement: string | null; filingChannels: ChannelOverrides | null },
): ChannelDecision | null {
  const spec = procedure.filing;
  if (!spec) return null;
  const postcode = answers.postcode;
  const departement = (typeof postcode === 'string' ? departementOfPostcode(postcode) : null) ?? deployment.departement;
  const overrides = deployment.filingChannels;
  const local = departement !== null ? overrides?.departements[departement]?.[procedure.id] : undefined;
  if (overrides && local) {
    const source: LegalSource = { ref: overrides.source, url: overrides.sourceUrl, checkedOn: overrides.asOf };
    return { channel: local, departement, from: 'deployment', sources: [source], asOf: overrides.asOf, unconfirmed: false };
  }
  const checked = spec.sources.map((s) => s.checkedOn).sort();
  return {
    channel: spec.channel,
    departement,
    from: 'catalogue',
    sources: spec.sources,
    asOf: checked[checked.length - 1] ?? '',
    unconfirmed: spec.channel === 'unknown' || spec.sources.some((s) => s.unconfirmed === true),
  };
}
