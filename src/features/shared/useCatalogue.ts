import { useEffect, useState } from 'react';
import type { Procedure } from '@/domain';

type Catalogue = { findProcedure: (id: string) => Procedure | undefined };

/**
 * The procedure catalogue, loaded on demand (its rules, sources and fees are the wizard's chunk,
 * kept off the first load). Null until it has arrived; `wanted` false never loads it.
 */
export function useCatalogue(wanted = true): Catalogue | null {
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    import('@/procedures').then(
      (module) => {
        if (live) setCatalogue({ findProcedure: module.findProcedure });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return catalogue;
}
