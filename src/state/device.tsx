import { createContext, useContext, type ReactNode } from 'react';
import { resolveDeviceMode, type DeviceModeState } from '@/domain';
import { getDeviceMode, getKioskLeftBehind } from '@/storage';
import type { LoadedRuntimeConfig } from '@/sync';
import { useLive } from './useLive';

export type Device = {
  runtime: LoadedRuntimeConfig;
  mode: DeviceModeState;
  /**
   * Dossiers of kiosk visitors who have left, still waiting for the network; never shown, in any
   * mode (a device that stopped being a kiosk may still hold some until they are delivered).
   */
  hiddenDossiers: ReadonlySet<string>;
};

const DeviceContext = createContext<Device | null>(null);

const NONE: ReadonlySet<string> = new Set();

/**
 * The deployment's configuration and how this device is used, for every screen. Nothing renders
 * before both are known: a kiosk must never show, even for a frame, what the previous person left.
 */
export function DeviceProvider({ runtime, fallback, children }: { runtime: LoadedRuntimeConfig; fallback: ReactNode; children: ReactNode }) {
  const stored = useLive('device-mode', getDeviceMode);
  const configured = runtime.config.deviceMode;
  let mode: DeviceModeState | null = null;
  if (configured !== null) mode = resolveDeviceMode(configured, undefined);
  else if (stored.status === 'ready') mode = resolveDeviceMode(null, stored.value);
  // Settings unreadable: behave as a device nobody has set up (nothing is erased by a timer).
  else if (stored.status === 'error') mode = resolveDeviceMode(null, undefined);

  const leftBehind = useLive('kiosk-left-behind', getKioskLeftBehind);
  if (mode === null || leftBehind.status === 'loading') return fallback;
  const hiddenDossiers = leftBehind.status === 'ready' && leftBehind.value.length > 0 ? new Set(leftBehind.value) : NONE;
  return <DeviceContext value={{ runtime, mode, hiddenDossiers }}>{children}</DeviceContext>;
}

export function useDevice(): Device {
  const device = useContext(DeviceContext);
  if (!device) throw new Error('useDevice() outside <DeviceProvider>');
  return device;
}

/**
 * True on a device several people use (a mediator's tablet, a kiosk). Outside the provider (a
 * component rendered alone in a test) the device counts as personal.
 */
export function useSharedDevice(): boolean {
  const mode = useContext(DeviceContext)?.mode.mode;
  return mode === 'mediator' || mode === 'kiosk';
}
