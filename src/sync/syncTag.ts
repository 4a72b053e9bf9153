/**
 * The Background Sync tag the page registers and the service worker answers. It lives here, in a
 * file with no worker globals, because both sides import it: one string, so they cannot drift.
 */
export const OUTBOX_SYNC_TAG = 'relais-outbox';
