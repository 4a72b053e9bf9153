import { z } from 'zod/mini';
import { deviceModes, type DeviceMode } from './deviceMode';

/**
 * What a deployment decides for its devices, in `/config.json` beside the app (docs/deployment.md).
 * The file is read at every start, so a prefecture changes a kiosk's timings without a new build.
 */
export type RuntimeConfig = {
  /** null: each device asks how it is used; a value fixes the mode for every device of the deployment. */
  deviceMode: DeviceMode | null;
  /** Kiosk: seconds without any input before the countdown. */
  kioskIdleSeconds: number;
  /** Kiosk: seconds the countdown lasts before everything of that person is erased. */
  kioskCountdownSeconds: number;
  /** Mediator: minutes without input before the tablet locks (src/features/lock). */
  mediatorLockMinutes: number;
  /** Days a filed dossier's document bytes stay on the device after its receipt. */
  retentionDays: number;
};

export const DEFAULT_RUNTIME_CONFIG: Readonly<RuntimeConfig> = Object.freeze({
  deviceMode: null,
  kioskIdleSeconds: 120,
  kioskCountdownSeconds: 30,
  mediatorLockMinutes: 5,
  retentionDays: 30,
});

const whole = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

/** Bounds keep a typo (an extra zero, a negative) from making a device unusable or keeping data for ever. */
const fieldSchemas: { [K in keyof RuntimeConfig]: z.ZodMiniType<RuntimeConfig[K]> } = {
  deviceMode: z.nullable(z.enum(deviceModes)),
  kioskIdleSeconds: whole(1, 86_400),
  kioskCountdownSeconds: whole(1, 600),
  mediatorLockMinutes: whole(1, 1_440),
  retentionDays: whole(0, 3_650),
};
export const runtimeConfigFields = Object.keys(fieldSchemas) as (keyof RuntimeConfig)[];

export type ConfigProblem =
  | { kind: 'not-json' }
  | { kind: 'not-an-object' }
  | { kind: 'invalid-value'; field: keyof RuntimeConfig }
  | { kind: 'unknown-field'; field: string };

export type ParsedRuntimeConfig = { config: RuntimeConfig; problems: ConfigProblem[] };

/** A deployer's typo can be any length; the notice shows enough of it to be found in the file. */
const MAX_SHOWN_FIELD = 40;

/**
 * Field by field, so that one bad value costs only that value. A missing field takes the default
 * (the deployer left it out on purpose); an invalid one keeps `fallback`'s value (the last good
 * copy) rather than the default, so that a typo in a kiosk's file never turns the kiosk into a
 * device that keeps people's data. Problems are returned for the deployer's notice, never thrown.
 */
export function parseRuntimeConfig(input: unknown, fallback: RuntimeConfig = DEFAULT_RUNTIME_CONFIG): ParsedRuntimeConfig {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { config: { ...fallback }, problems: [{ kind: 'not-an-object' }] };
  }
  const source = input as Record<string, unknown>;
  const problems: ConfigProblem[] = [];
  const config: RuntimeConfig = { ...DEFAULT_RUNTIME_CONFIG };
  for (const field of runtimeConfigFields) {
    if (!(field in source)) continue;
    const parsed = fieldSchemas[field].safeParse(source[field]);
    if (parsed.success) Object.assign(config, { [field]: parsed.data });
    else {
      Object.assign(config, { [field]: fallback[field] });
      problems.push({ kind: 'invalid-value', field });
    }
  }
  for (const field of Object.keys(source)) {
    if (!(runtimeConfigFields as string[]).includes(field)) problems.push({ kind: 'unknown-field', field: field.slice(0, MAX_SHOWN_FIELD) });
  }
  return { config, problems };
}

/** The same, from the file's text. */
export function parseRuntimeConfigText(text: string, fallback: RuntimeConfig = DEFAULT_RUNTIME_CONFIG): ParsedRuntimeConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { config: { ...fallback }, problems: [{ kind: 'not-json' }] };
  }
  return parseRuntimeConfig(json, fallback);
}
