import { procedure, type Procedure } from '@/domain/procedureSchema';
import { renewalCstVpf } from './renewal-cst-vpf';

/** Every procedure the app offers. Each file is parsed at load, so a broken file fails loudly in tests. */
export const catalogue: readonly Procedure[] = [renewalCstVpf].map((p) => procedure.parse(p));

export function findProcedure(id: string): Procedure | undefined {
  return catalogue.find((p) => p.id === id);
}
