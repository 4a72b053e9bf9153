import { z } from 'zod/mini';

/** Lower-case hex SHA-256, as carried in the document manifest and the receipt. */
export const sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/** Ids are UUIDs made on the device, so that a submission can be named before it is sent. */
export const id = z.uuid();

/** ISO 8601 instant in UTC, as written by the server (the device clock is never trusted for law). */
export const instant = z.iso.datetime();
