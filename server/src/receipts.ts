import type { Receipt } from '@/contract';
import type { ServerContext } from './context';

type StoredReceipt = Omit<Receipt, 'keyId' | 'signature'> & Partial<Pick<Receipt, 'keyId' | 'signature'>>;

/**
 * The receipt as served. Receipts filed before receipts were signed (a v1 data folder) are signed on
 * first read with the same number, time and digest, and stored signed, so every answer carries a
 * signature the app can check.
 */
export function servedReceipt(ctx: Pick<ServerContext, 'store' | 'signer'>, submissionId: string, receiptJson: string): Receipt {
  const stored = JSON.parse(receiptJson) as StoredReceipt;
  if (stored.keyId !== undefined && stored.signature !== undefined) return stored as Receipt;
  const { submissionId: sid, number, filedAt, digest } = stored;
  const signed = ctx.signer.signReceipt({ submissionId: sid, number, filedAt, digest });
  if (ctx.store.replaceReceipt(submissionId, receiptJson, signed)) return signed;
  // Another process signed it first (ECDSA signatures differ each time): serve the one it stored.
  const winner = ctx.store.get(submissionId)?.receipt_json;
  return winner === undefined || winner === null ? signed : (JSON.parse(winner) as Receipt);
}
