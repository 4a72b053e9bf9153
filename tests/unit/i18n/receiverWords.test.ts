import { readFileSync } from 'node:fs';
import i18next, { type Resource } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { receiverKinds, type Receiver } from '@/domain';
import { languages, namespaces } from '@/i18n/languages';

/**
 * "Filed" means filed (docs/reviews/legal-2026-12.md row 14): with each of the three receivers a deployment can
 * declare, the words of the filing button, the delivery, the receipt, the history and the status
 * say what is true — i18next picks `key_relay` / `key_sandbox` from the receiver, as the app does.
 */
const localesDir = new URL('../../../locales/', import.meta.url);
const i18n = i18next.createInstance();

beforeAll(async () => {
  const resources: Resource = {};
  for (const { code } of languages) {
    resources[code] = Object.fromEntries(namespaces.map((ns) => [ns, JSON.parse(readFileSync(new URL(`${code}/${ns}.json`, localesDir), 'utf8')) as Resource[string][string]]));
  }
  await i18n.init({ resources, lng: 'fr', fallbackLng: false, interpolation: { escapeValue: false } });
});

const receivers: Record<(typeof receiverKinds)[number], Receiver> = {
  administration: { kind: 'administration', name: 'Préfecture du Rhône' },
  relay: { kind: 'relay', name: 'Association Relais Rhône' },
  sandbox: { kind: 'sandbox', name: 'Formation PAN' },
};

/** The words about one filing, for one receiver, in one language. */
function words(lng: string, receiver: Receiver): string[] {
  const t = i18n.getFixedT(lng);
  const vars = { context: receiver.kind, receiver: receiver.name, number: 'RLS-1', n: 1, days: 30 };
  return [
    t('wizard:review.file', vars),
    t('wizard:review.fileHelp', vars),
    t('common:delivery.sendingBody', vars),
    t('wizard:receipt.title', vars),
    t('wizard:receipt.note', vars),
    t('common:history.delivered', vars),
    t('common:status.filed', vars),
    t('wizard:followUp.stage.received', vars),
    t('mandate:consent.v2.may.file', vars),
    t('wizard:review.fileHelpIncomplete', vars),
    t('common:history.filedWithWarnings', vars),
    t('wizard:receipt.filedAt', vars),
    t('wizard:receipt.number', vars),
  ];
}

/** Words that only a training sandbox changes: what an attestation or a decision is worth. */
function proofWords(lng: string, receiver: Receiver): string[] {
  const t = i18n.getFixedT(lng);
  const vars = { context: receiver.kind, receiver: receiver.name };
  return [t('wizard:followUp.attestation.title', vars), t('wizard:followUp.attestation.note', vars), t('wizard:followUp.decided.granted', vars)];
}

describe('the receiver’s words (fr)', () => {
  it('only the administration’s receipt is an « attestation de dépôt » and the dossier « déposé »', () => {
    const text = words('fr', receivers.administration).join('\n');
    expect(text).toContain('attestation de dépôt');
    expect(text).toContain('Déposé');
  });

  it('a relay’s receipt says it is not yet filed with the prefecture, and what happens next', () => {
    const text = words('fr', receivers.relay).join('\n');
    expect(text).not.toMatch(/attestation de dépôt n°|Dossier déposé/);
    expect(text).toContain('pas encore déposé à la préfecture');
    expect(text).toContain('Association Relais Rhône');
    expect(words('fr', receivers.relay)[4]).toContain('transmise à la préfecture');
  });

  it('the training sandbox says nothing is sent to any administration', () => {
    const text = words('fr', receivers.sandbox);
    expect(text.join('\n')).not.toMatch(/attestation de dépôt n°|Dossier déposé/);
    for (const line of [text[3], text[4], text[5], text[6]]) expect(line).toMatch(/formation|aucune administration|rien n’/);
  });
});

describe.each(languages.map((l) => l.code))('the receiver’s words in %s', (lng) => {
  it.each(receiverKinds)('%s: every sentence exists, names the receiver where it should, and differs from the administration’s', (kind) => {
    const mine = words(lng, receivers[kind]);
    for (const line of mine) expect(line.trim().length).toBeGreaterThan(0);
    if (kind !== 'administration') {
      const official = words(lng, receivers.administration);
      // The help, the receipt's title, note, rows, the delivered line and the status are never the administration's words.
      for (const i of [1, 3, 4, 5, 6, 9, 10, 11, 12]) expect(mine[i], `${kind} #${String(i)}`).not.toBe(official[i]);
    }
    if (kind === 'sandbox') {
      const official = proofWords(lng, receivers.administration);
      const training = proofWords(lng, receivers.sandbox);
      for (const [i, line] of training.entries()) expect(line, `sandbox proof #${String(i)}`).not.toBe(official[i]);
    }
  });
});
