import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allFields, fieldErrorCodes, procedure as procedureSchema, restsOnUnconfirmed, type LegalSource, type Procedure, type When } from '@/domain';
import { catalogue, documentTypes, findProcedure } from '@/procedures';
import { CHECKED_ON, REVIEWED_ON } from '@/procedures/shared/sources';
import { languages } from '@/i18n/languages';

function wizardLocale(code: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../../locales/${code}/wizard.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

function lookup(tree: Record<string, unknown>, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), tree);
}

const byId = catalogue.map((p) => [p.id, p] as const);

/** Fields whose answer is the date printed on a document (proof of address), asked beside it. */
function documentDateFields(procedure: Procedure): string[] {
  return procedure.steps.flatMap((s) => (s.kind === 'documents' ? s.documents.flatMap((d) => (d.issuedWithin ? [d.issuedWithin.field] : [])) : []));
}

/** Every `when` of the procedure, with what it belongs to. */
function conditions(procedure: Procedure): { owner: string; when: When }[] {
  const out: { owner: string; when: When }[] = [];
  for (const step of procedure.steps) {
    if (step.kind === 'fields') for (const f of step.fields) if (f.when) out.push({ owner: `field ${f.id}`, when: f.when });
    if (step.kind === 'documents') {
      for (const d of step.documents) {
        if (d.when) out.push({ owner: `document ${d.type}`, when: d.when });
        for (const e of d.exemptions ?? []) out.push({ owner: `document ${d.type} exemption`, when: e.when });
      }
    }
  }
  for (const a of procedure.advice ?? []) out.push({ owner: `advice ${a.code}`, when: a.when });
  if (procedure.fees?.when) out.push({ owner: 'fees', when: procedure.fees.when });
  for (const e of procedure.fees?.exemptions ?? []) out.push({ owner: 'fees exemption', when: e.when });
  if (procedure.deadline && Array.isArray(procedure.deadline.grace)) out.push({ owner: 'deadline grace', when: procedure.deadline.grace });
  if (procedure.deadline?.longTermEuWhen) out.push({ owner: 'deadline longTermEuWhen', when: procedure.deadline.longTermEuWhen });
  return out;
}

/** Every place that must cite its source, with the sources it cites. */
function citations(procedure: Procedure): { owner: string; sources: readonly LegalSource[] | undefined }[] {
  const out: { owner: string; sources: readonly LegalSource[] | undefined }[] = [{ owner: 'legalBasis', sources: procedure.legalBasis }];
  for (const step of procedure.steps) {
    if (step.kind === 'fields') {
      // Conditional fields, and the procedure's own questions (situation, photo and stamp).
      for (const f of step.fields) {
        if (f.when || step.id === 'situation' || step.id === 'photo') out.push({ owner: `field ${f.id}`, sources: f.sources });
      }
    } else {
      for (const d of step.documents) {
        out.push({ owner: `document ${d.type}`, sources: d.sources });
        if (d.issuedWithin) out.push({ owner: `document ${d.type} age`, sources: d.issuedWithin.sources });
      }
    }
  }
  for (const rule of procedure.rules ?? []) out.push({ owner: `rule ${rule.code}`, sources: rule.sources });
  for (const a of procedure.advice ?? []) out.push({ owner: `advice ${a.code}`, sources: a.sources });
  if (procedure.deadline) out.push({ owner: 'deadline', sources: procedure.deadline.sources });
  if (procedure.filing) out.push({ owner: 'filing channel', sources: procedure.filing.sources });
  if (procedure.fees) out.push({ owner: 'fees', sources: procedure.fees.sources });
  if (procedure.decision) out.push({ owner: 'decision delay', sources: procedure.decision.sources });
  return out;
}

function everySource(procedure: Procedure): LegalSource[] {
  return [
    ...procedure.legalBasis,
    ...allFields(procedure).flatMap((f) => f.sources ?? []),
    ...procedure.steps.flatMap((s) => (s.kind === 'documents' ? s.documents.flatMap((d) => [...d.sources, ...(d.issuedWithin?.sources ?? [])]) : [])),
    ...allFields(procedure).flatMap((f) => f.essential ?? []),
    ...procedure.steps.flatMap((s) => (s.kind === 'documents' ? s.documents.flatMap((d) => (d.exemptions ?? []).flatMap((e) => e.sources)) : [])),
    ...(procedure.rules ?? []).flatMap((r) => r.sources),
    ...(procedure.advice ?? []).flatMap((a) => a.sources),
    ...(procedure.deadline?.sources ?? []),
    ...(procedure.filing?.sources ?? []),
    ...(procedure.fees?.sources ?? []),
    ...(procedure.fees?.exemptions ?? []).flatMap((e) => e.sources),
    ...(procedure.decision?.sources ?? []),
  ];
}

describe('procedure catalogue', () => {
  it('offers the eight procedures, most common first', () => {
    expect(catalogue.map((p) => p.id)).toEqual([
      'renewal-cst-vpf',
      'renewal-cst-salarie',
      'renewal-cst-etudiant',
      'renewal-csp',
      'renewal-carte-resident',
      'renewal-talent',
      'change-of-address',
      'duplicate',
    ]);
    expect(findProcedure('renewal-csp')?.id).toBe('renewal-csp');
    expect(findProcedure('nope')).toBeUndefined();
  });

  it.each(byId)('%s parses against the catalogue schema', (_id, procedure) => {
    expect(procedureSchema.safeParse(procedure).success).toBe(true);
    expect(procedure.version).toBe('2026-12-08');
  });

  it.each(byId)('%s: every rule, document, deadline and conditional field names a source with a check date', (_id, procedure) => {
    const bare = citations(procedure)
      .filter(({ sources }) => !sources || sources.length === 0 || sources.some((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s.checkedOn)))
      .map(({ owner }) => owner);
    expect(bare).toEqual([]);
  });

  it.each(byId)('%s: every source is dated, addressed, and flags what is unconfirmed with a boolean', (_id, procedure) => {
    for (const source of everySource(procedure)) {
      expect([CHECKED_ON, REVIEWED_ON], source.ref).toContain(source.checkedOn);
      expect(() => new URL(source.url), source.ref).not.toThrow();
      if ('unconfirmed' in source) expect(typeof source.unconfirmed, source.ref).toBe('boolean');
      // The reason for the flag is readable where the mediator sees it.
      if (source.unconfirmed === true) expect(source.ref).toContain('non confirmé');
    }
  });

  it.each(byId)('%s: conditions name existing answers and existing options', (_id, procedure) => {
    const fields = new Map(allFields(procedure).map((f) => [f.id, f]));
    const dates = documentDateFields(procedure);
    const problems: string[] = [];
    for (const { owner, when } of conditions(procedure)) {
      for (const condition of when) {
        const field = fields.get(condition.field);
        if (!field && !dates.includes(condition.field)) problems.push(`${owner}: unknown answer ${condition.field}`);
        for (const value of condition.in) {
          if (field?.options && !field.options.includes(value)) problems.push(`${owner}: ${condition.field} has no option ${value}`);
        }
      }
    }
    for (const rule of procedure.rules ?? []) {
      for (const id of [rule.field, rule.after]) if (!fields.has(id)) problems.push(`rule ${rule.code}: unknown answer ${id}`);
    }
    if (procedure.deadline && !fields.has(procedure.deadline.expiryField)) problems.push('deadline: unknown expiry field');
    expect(problems).toEqual([]);
  });

  it.each(byId)('%s: answers are keyed by unique ids (fields and document dates)', (_id, procedure) => {
    const ids = [...allFields(procedure).map((f) => f.id), ...new Set(documentDateFields(procedure))];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(byId)('%s: each document type appears once and is in the registry', (_id, procedure) => {
    const types = procedure.steps.flatMap((s) => (s.kind === 'documents' ? s.documents.map((d) => d.type) : []));
    expect(new Set(types).size).toBe(types.length);
    expect(types.filter((t) => !(documentTypes as readonly string[]).includes(t))).toEqual([]);
  });

  it('the document-type registry lists each type once and only types in use', () => {
    expect(new Set(documentTypes).size).toBe(documentTypes.length);
    const used = new Set(catalogue.flatMap((p) => p.steps.flatMap((s) => (s.kind === 'documents' ? s.documents.map((d) => d.type) : []))));
    expect(documentTypes.filter((t) => !used.has(t))).toEqual([]);
  });

  it.each(byId)('%s: steps come in the order identity, address, family, situation, photo, documents', (_id, procedure) => {
    const order = ['identity', 'address', 'family', 'situation', 'photo', 'documents'];
    const ids = procedure.steps.map((s) => s.id);
    expect(ids.filter((id) => !order.includes(id))).toEqual([]);
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
    expect(ids.slice(0, 2)).toEqual(['identity', 'address']);
    expect(ids.slice(-2)).toEqual(['photo', 'documents']);
  });

  it.each(byId)('%s: keeps the step and field ids the app relies on', (_id, procedure) => {
    const fieldsOf = (stepId: string) => procedure.steps.flatMap((s) => (s.id === stepId && s.kind === 'fields' ? s.fields.map((f) => f.id) : []));
    const card = procedure.id.startsWith('renewal-') ? ['currentCardHeld'] : [];
    expect(fieldsOf('identity')).toEqual(['lastName', 'firstNames', 'birthDate', 'nationality', 'foreignerNumber', 'permitExpiry', ...card, 'identityDocument', 'passportExpiry']);
    expect(fieldsOf('address')).toEqual(['street', 'postcode', 'city', 'housing', 'hostIdAddressUpToDate']);
    if (procedure.steps.some((s) => s.id === 'family')) expect(fieldsOf('family')).toEqual(['maritalStatus', 'childrenCount', 'polygamyAllowed']);
    expect(fieldsOf('photo').slice(-2)).toEqual(['ePhotoCode', 'taxStamp']);
    const housing = allFields(procedure).find((f) => f.id === 'housing');
    expect(housing?.options).toEqual(['own-home', 'hosted', 'hotel', 'domiciliation', 'shelter', 'housing-structure']);
  });

  it('filing deadlines follow R. 431-5 and the L. 433-3 grace as docs/procedures.md reads them', () => {
    const deadlines = Object.fromEntries(catalogue.map((p) => [p.id, p.deadline && { rule: p.deadline.rule, grace: p.deadline.grace, ltr: p.deadline.longTermEuWhen }]));
    expect(deadlines).toEqual({
      'renewal-cst-vpf': { rule: 'renewal', grace: 'never', ltr: undefined },
      'renewal-cst-salarie': { rule: 'renewal', grace: 'never', ltr: undefined },
      'renewal-cst-etudiant': { rule: 'renewal', grace: 'never', ltr: undefined },
      'renewal-csp': { rule: 'renewal', grace: [{ field: 'cardDurationYears', in: ['four-years'] }], ltr: undefined },
      'renewal-carte-resident': { rule: 'renewal', grace: 'always', ltr: [{ field: 'residentCardType', in: ['ld-ue'] }] },
      // REVIEW row 6: talent cards are CSPs of up to 4 years (L. 421-9); 4-year holders have the grace.
      'renewal-talent': { rule: 'renewal', grace: [{ field: 'cardDurationYears', in: ['four-years'] }], ltr: undefined },
      'change-of-address': { rule: 'renew-instead-within-3-months', grace: 'never', ltr: undefined },
      duplicate: { rule: 'renew-instead-within-3-months', grace: 'never', ltr: undefined },
    });
    for (const p of catalogue) {
      expect(p.deadline?.expiryField).toBe('permitExpiry');
      if (p.deadline?.rule === 'renewal') {
        const refs = p.deadline.sources.map((s) => s.ref);
        for (const article of ['R. 431-5', 'L. 436-5', 'L. 433-3']) expect(refs.some((r) => r.includes(article)), `${p.id} ${article}`).toBe(true);
      }
    }
  });

  it('renewals ask for the contrat d’engagement except of Algerians (SP-F38329); the ANEF declarations only offer it, flagged', () => {
    for (const p of catalogue) {
      const cer = p.steps.flatMap((s) => (s.kind === 'documents' ? s.documents : [])).find((d) => d.type === 'republic-contract');
      if (p.id.startsWith('renewal-')) {
        expect(cer?.required, p.id).toBe(true);
        expect(cer?.exemptions?.some((e) => e.when.some((c) => c.field === 'nationality' && c.in.includes('DZ'))), p.id).toBe(true);
      } else expect(cer && !cer.required && cer.sources.every((s) => s.unconfirmed === true), p.id).toBe(true);
    }
  });

  it('R. 431-5: where each title is filed by default, sourced — the deployment may say otherwise per département', () => {
    expect(Object.fromEntries(catalogue.map((p) => [p.id, p.filing?.channel]))).toEqual({
      'renewal-cst-vpf': 'online',
      // REVIEW row 3: still at the counter in Bas-Rhin (2023) and Saint-Martin (2024): not known nationally.
      'renewal-cst-salarie': 'unknown',
      'renewal-cst-etudiant': 'online',
      'renewal-csp': 'unknown',
      'renewal-carte-resident': 'online',
      'renewal-talent': 'online',
      'change-of-address': 'online',
      duplicate: 'online',
    });
  });

  it('L. 436-1 to L. 436-8: every procedure says which fee it owes, and who is exempt', () => {
    const fees = Object.fromEntries(catalogue.map((p) => [p.id, p.fees && { tax: p.fees.tax, stamp: p.fees.stamp, exempt: (p.fees.exemptions ?? []).length > 0 }]));
    expect(fees).toEqual({
      'renewal-cst-vpf': { tax: 'renewal', stamp: true, exempt: true },
      'renewal-cst-salarie': { tax: 'renewal', stamp: true, exempt: false },
      'renewal-cst-etudiant': { tax: 'renewal-reduced', stamp: true, exempt: false },
      'renewal-csp': { tax: 'renewal', stamp: true, exempt: true },
      'renewal-carte-resident': { tax: 'renewal', stamp: true, exempt: false },
      'renewal-talent': { tax: 'renewal', stamp: true, exempt: false },
      'change-of-address': { tax: 'none', stamp: true, exempt: false },
      duplicate: { tax: 'renewal', stamp: true, exempt: false },
    });
  });

  it('R. 432-2 / R. 422-5: silence becomes a refusal after 4 months, 90 days for students', () => {
    for (const p of catalogue.filter((c) => c.id.startsWith('renewal-'))) {
      expect(p.decision?.implicitRefusalAfter, p.id).toEqual(p.id === 'renewal-cst-etudiant' ? { days: 90 } : { months: 4 });
    }
  });

  it('only essential answers can block when empty, and none of them on an unconfirmed source', () => {
    for (const p of catalogue) {
      const essential = allFields(p).filter((f) => f.essential);
      expect(essential.map((f) => f.id), p.id).toEqual(['lastName', 'firstNames', 'birthDate', 'nationality', 'foreignerNumber']);
      for (const f of essential) expect(restsOnUnconfirmed(f.essential ?? []), `${p.id} ${f.id}`).toBe(false);
    }
  });

  it('renewals warn (never block) when a passport ends before the new card; declarations say nothing', () => {
    for (const p of catalogue) {
      const codes = (p.rules ?? []).map((r) => r.code);
      expect(codes, p.id).toEqual(p.id.startsWith('renewal-') ? ['passport-expires-before-card'] : []);
    }
  });

  it('the proof of address is dated: 6 months for titles, 3 months (flagged) for change of address and duplicate', () => {
    for (const p of catalogue) {
      const proof = p.steps.flatMap((s) => (s.kind === 'documents' ? s.documents : [])).find((d) => d.type === 'proof-of-address');
      expect(proof?.issuedWithin?.field, p.id).toBe('proofOfAddressDate');
      const short = p.id === 'change-of-address' || p.id === 'duplicate';
      expect(proof?.issuedWithin?.months, p.id).toBe(short ? 3 : 6);
      if (short) expect(proof?.issuedWithin?.sources.every((s) => s.unconfirmed === true), p.id).toBe(true);
    }
  });

  it.each(languages.map((l) => l.code))('every label exists in %s', (code) => {
    const locale = wizardLocale(code);
    const missing: string[] = [];
    const need = (path: string) => {
      const value = lookup(locale, path.split('.'));
      if (typeof value !== 'string' || value.trim() === '') missing.push(path);
    };
    for (const procedure of catalogue) {
      need(`procedures.${procedure.id}.title`);
      need(`procedures.${procedure.id}.description`);
      for (const step of procedure.steps) {
        need(`steps.${step.id}`);
        if (step.kind === 'fields') {
          for (const field of step.fields) {
            need(`fields.${field.id}.label`);
            need(`fields.${field.id}.hint`);
            for (const option of field.options ?? []) need(`options.${field.id}.${option}`);
          }
        } else {
          for (const doc of step.documents) {
            for (const part of ['label', 'why', 'accepted']) need(`documents.${doc.type}.${part}`);
            if (doc.issuedWithin) {
              need(`fields.${doc.issuedWithin.field}.label`);
              need(`fields.${doc.issuedWithin.field}.hint`);
            }
          }
        }
      }
      for (const rule of procedure.rules ?? []) need(`errors.${rule.code}`);
      for (const rule of procedure.rules ?? []) need(`consequences.${rule.code}`);
      for (const advice of procedure.advice ?? []) for (const part of ['title', 'body']) need(`advice.${advice.code}.${part}`);
      for (const doc of procedure.steps.flatMap((s) => (s.kind === 'documents' ? s.documents : []))) {
        if (doc.missingConsequence) need(`consequences.${doc.missingConsequence}`);
      }
    }
    for (const consequence of ['missing-document', 'missing-answer', 'unconfirmed-format', 'document-too-old']) need(`consequences.${consequence}`);
    for (const code of ['XXA', 'XXB']) need(`countries.${code}`);
    for (const type of documentTypes) for (const part of ['label', 'why', 'accepted']) need(`documents.${type}.${part}`);
    for (const errorCode of fieldErrorCodes) need(`errors.${errorCode}`);
    expect(missing).toEqual([]);
  });
});
