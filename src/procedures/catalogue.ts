import { procedure, type Procedure } from '@/domain/procedureSchema';
import { changeOfAddress } from './change-of-address';
import { duplicate } from './duplicate';
import { renewalCarteResident } from './renewal-carte-resident';
import { renewalCsp } from './renewal-csp';
import { renewalCstEtudiant } from './renewal-cst-etudiant';
import { renewalCstSalarie } from './renewal-cst-salarie';
import { renewalCstVpf } from './renewal-cst-vpf';
import { renewalTalent } from './renewal-talent';
import { procedureOrder } from './order';

const byId: Record<(typeof procedureOrder)[number], Procedure> = {
  'renewal-cst-vpf': renewalCstVpf,
  'renewal-cst-salarie': renewalCstSalarie,
  'renewal-cst-etudiant': renewalCstEtudiant,
  'renewal-csp': renewalCsp,
  'renewal-carte-resident': renewalCarteResident,
  'renewal-talent': renewalTalent,
  'change-of-address': changeOfAddress,
  duplicate,
};

/**
 * Every procedure the app offers, in the order of `procedureOrder`. Each file is parsed at load,
 * so a broken file fails loudly in tests.
 */
export const catalogue: readonly Procedure[] = procedureOrder.map((id) => procedure.parse(byId[id]));

export function findProcedure(id: string): Procedure | undefined {
  return catalogue.find((p) => p.id === id);
}
