import { statusNames } from '@/lib/format';
import type { ReferralStatus } from '@/lib/types';

const symbols: Record<ReferralStatus, string> = {
  SENT: '➜', ACCEPTED: '✓', ATTENDING: '●', COMPLETED: '★', DECLINED: '✕', WITHDRAWN: '↩',
};

/** A status as a word with a symbol; the colour only repeats what the word says. */
export function StatusBadge({ status }: { status: ReferralStatus }) {
  return (
    <span className={`badge status status-${status.toLowerCase()}`} data-testid="referral-status" data-status={status}>
      <span aria-hidden="true">{symbols[status]} </span>{statusNames[status]}
    </span>
  );
}
