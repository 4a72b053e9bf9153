import type { DossierDisplayStatus } from '@/domain';
import type { BadgeTone } from '@/ui/StatusBadge';

export const statusTone: Record<DossierDisplayStatus, BadgeTone> = {
  draft: 'neutral',
  waiting: 'waiting',
  sending: 'progress',
  filed: 'success',
  'needs-correction': 'error',
  cancelled: 'neutral',
};
