export type BadgeTone = 'neutral' | 'waiting' | 'progress' | 'success' | 'error';

export function StatusBadge({ tone, children }: { tone: BadgeTone; children: string }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
