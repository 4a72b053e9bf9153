import { z } from 'zod/mini';
import { deviceModes, type DeviceMode } from './deviceMode';
import type { ChannelOverrides } from './filingChannel';

/**
 * Who receives the dossiers this deployment sends, which decides every word about filing (ANEF
 * publishes no filing API: a dossier reaches the prefecture only if the receiver is the
 * administration's own endpoint). `relay`: an association or a département that forwards it; its
 * receipt is not the attestation de dépôt of R. 431-15-1. `sandbox`: training, nothing goes to any
 * administration — what the reference server is unless a deployer says otherwise.
 */
export const receiverKinds = ['administration', 'relay', 'sandbox'] as const;
export type ReceiverKind = (typeof receiverKinds)[number];
export type Receiver = { kind: ReceiverKind; name: string };

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
  receiver: Receiver;
  /** The deployment's département or collectivity (INSEE code: "69", "2A", "974", "978"), for people with no address yet. */
  departement: string | null;
  /** Which procedures this deployment's départements take online or at the counter (src/domain/filingChannel.ts). */
  filingChannels: ChannelOverrides | null;
};

/** The reference server's receiver unless config.json says otherwise: a training sandbox. */
export const SANDBOX_RECEIVER: Receiver = Object.freeze({ kind: 'sandbox', name: 'Relais (serveur de référence)' });

export const DEFAULT_RUNTIME_CONFIG: Readonly<RuntimeConfig> = Object.freeze({
  deviceMode: null,
  kioskIdleSeconds: 120,
  kioskCountdownSeconds: 30,
  mediatorLockMinutes: 5,
  retentionDays: 30,
  receiver: SANDBOX_RECEIVER,
  departement: null,
  filingChannels: null,
});

const whole = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const departementCode = z.string().check(z.regex(/^(?:0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2A|2B|97[1-8]|98[4-8])$/));
const shortText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

const receiverSchema: z.ZodMiniType<Receiver> = z.object({ kind: z.enum(receiverKinds), name: shortText(80) });
const channelOverridesSchema: z.ZodMiniType<ChannelOverrides> = z.object({
  asOf: z.iso.date(),
  source: shortText(300),
  sourceUrl: z.url({ protocol: /^https?$/ }),
  departements: z.record(departementCode, z.record(z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/)), z.enum(['online', 'counter']))),
});

/** Bounds keep a typo (an extra zero, a negative) from making a device unusable or keeping data for ever. */
const fieldSchemas: { [K in keyof RuntimeConfig]: z.ZodMiniType<RuntimeConfig[K]> } = {
  deviceMode: z.nullable(z.enum(deviceModes)),
  kioskIdleSeconds: whole(1, 86_400),
  kioskCountdownSeconds: whole(1, 600),
  mediatorLockMinutes: whole(1, 1_440),
  retentionDays: whole(0, 3_650),
  receiver: receiverSchema,
  departement: z.nullable(departementCode),
  filingChannels: z.nullable(channelOverridesSchema),
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
