import { useState } from 'react';
import { Link } from 'react-router-dom';
import { TableScroll } from '../../components/TableScroll';
import { Loading, Problem } from '../../components/Form';
import { api } from '../../lib/api';
import { dateTime } from '../../lib/format';
import type { Page, ReferralStatus, ReferralSummary } from '../../lib/types';
import { useAsync } from '../../lib/useAsync';
import { useLive, useResync } from '../../lib/useLive';
import { applyReferralMessage, mergeReferrals } from './referralState';
import { ReferralActions } from './ReferralActions';
import { StatusBadge } from './StatusBadge';

/**
 * A provider's inbox or a link worker's referrals, newest first, kept current by the user's own
 * referral queue; after a dropped connection it fetches what changed since the last message.
 */
export function ReferralList({ box }: { box: 'inbox' | 'outbox' }) {
  const [status, setStatus] = useState<ReferralStatus | ''>('');
  const referrals = useAsync(() => api.get<Page<ReferralSummary>>('/api/referrals', { box, status, size: 100 }), [box, status]);

  async function catchUp(since: string | null) {
    if (!since) return void referrals.reload();
    try {
      const changed = await api.get<Page<ReferralSummary>>('/api/referrals', { box, status, changedSince: since, size: 100 });
      referrals.setData((page) => {
        if (!page) return page;
        const items = mergeReferrals(page.items, changed.items);
        return { ...page, items, totalItems: page.totalItems + items.length - page.items.length };
      });
    } catch {
      await referrals.reload();
    }
  }

  useLive('/user/queue/referrals', (message) => {
    // Whether to refetch is decided on the list as rendered; the update itself is applied to the newest state.
    const { refetch } = applyReferralMessage(referrals.data?.items ?? [], message);
    referrals.setData((page) => {
      if (!page) return page;
      const list = applyReferralMessage(page.items, message).list;
      return { ...page, items: status ? list.filter((r) => r.status === status) : list };
    });
    if (refetch) void referrals.reload();
  });
  useResync((resync) => void catchUp(resync.since));

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
      {referrals.loading && !referrals.data && <Loading />}
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
                <td><Link to={`/referrals/${r.id}`}>{r.participantReference}</Link>{r.onwardFrom && <small> (referred on)</small>}</td>
                <td><Link to={`/activities/${r.activity.id}`}>{r.activity.name}</Link></td>
                <td>{box === 'inbox' ? r.madeBy.name : r.group.name}</td>
                <td>{dateTime(r.createdAt)}</td>
                <td><StatusBadge status={r.status} /></td>
                <td>
                  <ReferralActions referral={r} side={box === 'inbox' ? 'receiver' : 'referrer'} compact
                    onChanged={(view) => referrals.setData((page) => page && ({
                      ...page, items: page.items.map((x) => (x.id === view.id ? { ...x, status: view.status, version: view.version, updatedAt: view.updatedAt } : x)),
                    }))} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
