import { useEffect } from 'react';
import { observe } from '@/storage';
import { listLeftBehindState, sweepLeftBehind } from '@/state/kioskErase';

/**
 * Erases the kiosk visitors' filed dossiers once they no longer wait for the network, whichever
 * context delivers them (this page or the service worker): the sweep follows the dossiers through
 * storage's `observe`.
 */
export function useLeftBehindSweep(): void {
  useEffect(() => {
    const subscription = observe(listLeftBehindState).subscribe(() => {
      sweepLeftBehind().catch(() => undefined);
    });
    return () => subscription.unsubscribe();
  }, []);
}

/**
 * A device that was a kiosk may still hold a visitor's filing waiting for the network: it is
 * delivered in any mode (device key), and must then go, as it would have on the kiosk.
 */
export function LeftBehindSweeper(): null {
  useLeftBehindSweep();
  return null;
}
