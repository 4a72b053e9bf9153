import { apiPaths, CONTENT_DIGEST_HEADER, contentDigestValue, IDEMPOTENCY_KEY_HEADER } from '@/contract';
import type { PlainSubmission } from './dataset';

/**
 * The simplest correct client of the contract, the yardstick for the runner: per submission, POST
 * it, PUT each document whole with its Content-Digest, POST complete; one request at a time, like
 * the runner. "Correct": every answer's status is checked and its body read. It keeps nothing on a
 * device and cannot resume, which is exactly what the runner's extra work buys.
 */
export async function uploadPlain(baseUrl: string, submissions: readonly PlainSubmission[], doFetch: typeof fetch): Promise<void> {
  const expect = async (response: Response, what: string) => {
    const body = await response.text();
    if (!response.ok) throw new Error(`plain client: ${what} answered ${response.status}: ${body.slice(0, 200)}`);
  };
  for (const submission of submissions) {
    await expect(
      await doFetch(`${baseUrl}${apiPaths.submissions}`, {
        method: 'POST',
        headers: { [IDEMPOTENCY_KEY_HEADER]: submission.id, 'Content-Type': 'application/json' },
        body: submission.bodyText,
      }),
      'POST submission',
    );
    for (const doc of submission.documents) {
      await expect(
        await doFetch(`${baseUrl}${apiPaths.document(submission.id, doc.id)}`, {
          method: 'PUT',
          headers: {
            [CONTENT_DIGEST_HEADER]: contentDigestValue(Buffer.from(doc.sha256, 'hex').toString('base64')),
            'Content-Type': 'application/pdf',
          },
          body: doc.bytes,
        }),
        'PUT document',
      );
    }
    await expect(await doFetch(`${baseUrl}${apiPaths.complete(submission.id)}`, { method: 'POST' }), 'POST complete');
  }
}
