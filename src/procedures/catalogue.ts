import { procedure, type Procedure } from '@/domain/procedureSchema';
import { changeOfAddress } from './change-of-address';
import { duplicate } from './duplicate';
import { renewalCarteResident } from './renewal-carte-resident';
import { renewalCsp } from './renewal-csp';
import { renewalCstEtudiant } from './renewal-cst-etudiant';
import { renewalCstSalarie } from './renewal-cst-salarie';
import { renewalCstVpf } from './renewal-cst-vpf';
import { renewalTalent } from './renewal-talent';

/**
 * Every procedure the app offers, most common first (the home screen lists them in this order).
 * Each file is parsed at load, so a broken file fails loudly in tests.
 */
export const catalogue: readonly Procedure[] = [
  renewalCstVpf,
  renewalCstSalarie,
  renewalCstEtudiant,
  renewalCsp,
  renewalCarteResident,
  renewalTalent,
  changeOfAddress,
  duplicate,
].map((p) => procedure.parse(p));

export function findProcedure(id: string): Procedure | undefined {
  return catalogue.find((p) => p.id === id);
}
