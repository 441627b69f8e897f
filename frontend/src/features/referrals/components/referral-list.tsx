import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { Loading, Problem } from '@/components/form';
import { TableScroll } from '@/components/table-scroll';
import { dateTime } from '@/lib/format';
import type { ReferralStatus } from '@/lib/types';
import { useResync } from '@/lib/use-live';
import { useReferrals } from '../api/get-referrals';
import { catchUpReferrals, useReferralNews } from '../hooks/use-referral-news';
import { ReferralActions } from './referral-actions';
import { StatusBadge } from './status-badge';

/**
 * A provider's inbox or a link worker's referrals, newest first, kept current by the user's own
 * referral queue; after a dropped connection it fetches what changed since the last message.
 */
export function ReferralList({ box }: { box: 'inbox' | 'outbox' }) {
  const [status, setStatus] = useState<ReferralStatus | ''>('');
  const referrals = useReferrals({ box, status });
  const client = useQueryClient();
  useReferralNews();
  useResync((resync) => void catchUpReferrals(client, resync.since));

  const items = referrals.data?.items ?? [];
  return (
    <div>
      <div className="toolbar">
        <label>
          Status{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value as ReferralStatus | '')}>
            <option value="">All</option>
            {(['SENT', 'ACCEPTED', 'ATTENDING', 'COMPLETED', 'DECLINED', 'WITHDRAWN'] as const).map((s) => <option key={s} value={s}>{s.toLowerCase()}</option>)}
          </select>
        </label>
        <span role="status" aria-live="polite">{referrals.data ? `${referrals.data.totalItems} referrals` : ''}</span>
      </div>
      <Problem error={referrals.error} />
      {referrals.isPending && <Loading />}
      {referrals.data && items.length === 0 && <p>No referrals yet. New ones appear here as they are made.</p>}
      <TableScroll label="Referrals">
        <table className="referrals" data-testid={`referrals-${box}`}>
          <caption className="visually-hidden">{box === 'inbox' ? 'Referrals to your groups' : 'Referrals you made'}</caption>
          <thead>
            <tr><th scope="col">Person</th><th scope="col">Activity</th><th scope="col">{box === 'inbox' ? 'From' : 'Group'}</th><th scope="col">Made</th><th scope="col">Status</th><th scope="col">Actions</th></tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.id} data-referral-id={r.id} data-testid="referral-row">
                <td><Link to={`/referrals/${r.id}`}>{r.participantReference ?? 'details erased'}</Link>{r.onwardFrom && <small> (referred on)</small>}</td>
                <td><Link to={`/activities/${r.activity.id}`}>{r.activity.name}</Link></td>
                <td>{box === 'inbox' ? r.madeBy.name : r.group.name}</td>
                <td>{dateTime(r.createdAt)}</td>
                <td><StatusBadge status={r.status} /></td>
                <td>
                  <ReferralActions referral={r} side={box === 'inbox' ? 'receiver' : 'referrer'} compact />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
