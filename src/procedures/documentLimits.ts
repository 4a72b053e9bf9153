import { MAX_DOCUMENT_BYTES } from '@/contract';

/**
 * Upload limits are unconfirmed (domain/ANEF.md: "2 MB per file, 10 MB for some documents"), so they
 * are configuration. Above `maxBytes` a file is refused; above `advisedBytes` it is kept but the
 * person is told it may be refused by the prefecture (image reduction comes with issue 4).
 */
export const documentLimits = {
  maxBytes: MAX_DOCUMENT_BYTES,
  advisedBytes: 2 * 1024 * 1024,
} as const;
