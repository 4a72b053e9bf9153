/**
 * How a device is used (docs/design.md, "Who uses it, and on what"): someone's own phone, a mediator's
 * shared tablet at a point d'accueil numérique, or a prefecture kiosk that must keep nothing of a
 * person once they leave.
 */
export const deviceModes = ['personal', 'mediator', 'kiosk'] as const;
export type DeviceMode = (typeof deviceModes)[number];

export function isDeviceMode(value: unknown): value is DeviceMode {
  return typeof value === 'string' && (deviceModes as readonly string[]).includes(value);
}

/**
 * Where the mode in force comes from. `config`: the deployment fixed it in config.json, so nobody
 * at the device may change it (a passer-by at a kiosk). `chosen`: someone answered the question on
 * this device. `default`: nobody has answered yet; the device behaves as a personal one meanwhile,
 * because that is what keeps everything a person typed (no timer erases anything).
 */
export type DeviceModeState = { mode: DeviceMode; source: 'config' | 'chosen' | 'default' };

export function resolveDeviceMode(configured: DeviceMode | null, stored: DeviceMode | undefined): DeviceModeState {
  if (configured !== null) return { mode: configured, source: 'config' };
  if (stored !== undefined) return { mode: stored, source: 'chosen' };
  return { mode: 'personal', source: 'default' };
}

/** A dossier filed and not yet delivered must stay on a kiosk until the network takes it. */
export function isWaitingForNetwork(status: string): boolean {
  return status === 'queued' || status === 'sending';
}
