/*
 * The rules a device code must follow and what happens after wrong codes. Pure: no Web Crypto, no
 * storage, no clock (callers pass `now`), so the screens and the unlock logic share one truth.
 */

/**
 * Six digits at least: with the wipe after MAX_FAILED_ATTEMPTS, a guesser at the screen gets 10
 * tries out of 1,000,000 codes. (Against someone who copies the files off the device a 6-digit code
 * is weak whatever the KDF: docs/threat-model.md says so and why the lockout is not that defence.)
 */
export const MIN_CODE_DIGITS = 6;
/** Only to refuse absurd input; a longer code is welcome up to here. */
export const MAX_CODE_DIGITS = 12;
/** Wrong codes before the device's data is wiped (iOS and Android's "erase after 10 attempts"). */
export const MAX_FAILED_ATTEMPTS = 10;
/**
 * Aidants Connect asks the helper's code again after 15 minutes idle (../shared/domain/ANEF.md,
 * "Consent and data protection"); mediator mode re-locks after the same idle time.
 */
export const IDLE_RELOCK_MS = 15 * 60_000;

export type CodeProblem = 'not-digits' | 'too-short' | 'too-long' | 'trivial';
export type CodeCheck = { ok: true; code: string } | { ok: false; reason: CodeProblem };

const DECIMAL_DIGIT = /\p{Nd}/u;
const WHITESPACE = /\s+/gu;

/**
 * Unicode guarantees that decimal digits (Nd) come in contiguous runs of ten, 0 to 9: the value of
 * one is its distance from the start of its run, modulo 10 (some runs, e.g. the mathematical digits,
 * sit back to back). This covers every script without a table.
 */
function asciiDigit(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  let start = codePoint;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  return String((codePoint - start) % 10);
}

/**
 * The code as the key is derived from: whitespace removed, every decimal digit as ASCII. An Arabic
 * or Persian keyboard may type ١٢٣ (or ۱۲۳) where a Latin one types 123; the same code must open
 * the device from either, or a keyboard switch would count as wrong codes towards the wipe.
 */
export function normalizeCode(input: string): string {
  let code = '';
  for (const char of input.replace(WHITESPACE, '')) {
    code += DECIMAL_DIGIT.test(char) ? asciiDigit(char) : char;
  }
  return code;
}

/** A short block repeated (000000, 121212, 123123) or a run of +1/−1 steps, wrapping 9→0 (123456, 654321, 890123). */
function isTrivial(code: string): boolean {
  const digits = [...code].map(Number);
  const repeats = [1, 2, 3].some((period) => digits.every((d, i) => d === digits[i % period]));
  const steps = digits.slice(1).map((d, i) => (d - (digits[i] ?? 0) + 10) % 10);
  const sequence = steps.every((s) => s === 1) || steps.every((s) => s === 9);
  return repeats || sequence;
}

/**
 * Whether `input` may become a device code. Trivial codes are refused, and only those: the most
 * chosen 6-digit PINs are repeats and sequences, and with 10 attempts only the top few guesses
 * matter; a long blocklist mostly annoys and pushes people to write the code down. NIST SP 800-63B
 * §5.1.1.2 names "repetitive or sequential characters" as what to refuse.
 */
export function checkCode(input: string): CodeCheck {
  const code = normalizeCode(input);
  if (!/^[0-9]*$/.test(code)) return { ok: false, reason: 'not-digits' };
  if (code.length < MIN_CODE_DIGITS) return { ok: false, reason: 'too-short' };
  if (code.length > MAX_CODE_DIGITS) return { ok: false, reason: 'too-long' };
  if (isTrivial(code)) return { ok: false, reason: 'trivial' };
  return { ok: true, code };
}

/**
 * Wait imposed after the n-th consecutive wrong code (index n − 1). Three free slips for typos, then
 * growing waits that make guessing at the screen slow, and a long one before the last try so the
 * mediator stops and thinks (or calls someone) before the wipe.
 */
const DELAYS_MS = [0, 0, 0, 30_000, 60_000, 2 * 60_000, 5 * 60_000, 10 * 60_000, 30 * 60_000] as const;

export interface Lockout {
  /** How long after the last wrong code the next attempt is allowed. */
  delayMs: number;
  /** True once MAX_FAILED_ATTEMPTS wrong codes were typed: the caller erases the data and the key. */
  wipe: boolean;
  /** Attempts left before the wipe (the screen warns at 1). */
  attemptsLeft: number;
}

export function lockoutAfter(failures: number): Lockout {
  if (!Number.isSafeInteger(failures) || failures < 0) throw new RangeError('failures must be a count');
  if (failures >= MAX_FAILED_ATTEMPTS) return { delayMs: 0, wipe: true, attemptsLeft: 0 };
  return { delayMs: failures === 0 ? 0 : (DELAYS_MS[failures - 1] ?? 0), wipe: false, attemptsLeft: MAX_FAILED_ATTEMPTS - failures };
}

/**
 * Milliseconds still to wait before another code may be tried. A clock set back before the last
 * failure restarts the wait rather than skipping it (the device clock is the holder's to change).
 */
export function waitBeforeNextAttempt(failures: number, lastFailureAt: number, now: number): number {
  const { delayMs } = lockoutAfter(failures);
  if (now < lastFailureAt) return delayMs;
  return Math.max(0, lastFailureAt + delayMs - now);
}
