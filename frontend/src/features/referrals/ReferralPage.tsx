import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Field, Loading, Problem, fieldError } from '../../components/Form';
import { api } from '../../lib/api';
import { dateTime } from '../../lib/format';
import { useSession } from '../../lib/session';
import type { ReferralPath, ReferralView, SearchPage } from '../../lib/types';
import { useAsync } from '../../lib/useAsync';
import { referralNews } from '../../lib/liveMessages';
import { useLive, useResync } from '../../lib/useLive';
import { CompleteWithOutcomes } from './CompleteWithOutcomes';
import { ReferralActions } from './ReferralActions';
import { ReferralTimeline } from './ReferralTimeline';
import { StatusBadge } from './StatusBadge';

export function ReferralPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const referral = useAsync(() => api.get<ReferralView>(`/api/referrals/${encodeURIComponent(id)}`), [id]);
  const path = useAsync(() => api.get<ReferralPath>(`/api/referrals/${encodeURIComponent(id)}/path`), [id]);
  const reload = () => { void referral.reload(); void path.reload(); };
  useLive('/user/queue/referrals', (message) => {
    if (referralNews(message)?.referralId === id || message.type === 'referral.made') reload();
  });
  useResync(reload);

  const r = referral.data;
  if (referral.error) return <Problem error={referral.error} />;
  if (!r) return <Loading />;
  const side = user?.role === 'LINK_WORKER' && r.madeBy.id === user.actsAs?.id ? 'referrer'
    : user?.role === 'PROVIDER' && r.madeBy.id !== user.actsAs?.id ? 'receiver' : null;
  return (
    <article>
      <p className="breadcrumb"><Link to={user?.role === 'PROVIDER' ? '/provider/inbox' : '/link-worker/referrals'}>All referrals</Link></p>
      <h1>Referral of {r.participant?.reference ?? 'a person'} to {r.activity.name}</h1>
      <p><StatusBadge status={r.status} /> · made by {r.madeBy.name} on {dateTime(r.createdAt)} · {r.group.name}</p>
      <dl className="facts">
        <dt>Reason</dt><dd>{r.reason}</dd>
        <dt>Needs</dt><dd>{r.needs.join(', ')}</dd>
        {r.participant && <><dt>Contact</dt><dd>{r.participant.contact}</dd>
          <dt>Consent</dt><dd>{r.participant.consent.given ? 'Given' : 'Not given'}, recorded by {r.participant.consent.recordedBy} on {dateTime(r.participant.consent.recordedAt)}</dd></>}
        {r.declineReason && <><dt>Declined because</dt><dd>{r.declineReason.toLowerCase().replace('_', ' ')}</dd></>}
      </dl>
      {side && <ReferralActions referral={{ ...r, participantReference: r.participant?.reference }} side={side} onChanged={reload} />}
      {side === 'receiver' && r.status === 'ATTENDING' && <CompleteWithOutcomes referral={r} onDone={reload} />}
      <h2>History</h2>
      <ol className="events">
        {r.events.map((e, i) => (
          <li key={i}><StatusBadge status={e.status} /> {dateTime(e.at)} by {e.by}{e.note && <>: “{e.note}”</>}</li>
        ))}
      </ol>
      <h2>The person's path through the network</h2>
      {path.data ? <ReferralTimeline path={path.data} current={r.id} /> : <Loading />}
      {side === 'receiver' && r.status !== 'WITHDRAWN' && <OnwardForm referral={r} onDone={reload} />}
    </article>
  );
}

function OnwardForm({ referral, onDone }: { referral: ReferralView; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [activity, setActivity] = useState('');
  const [reason, setReason] = useState('');
  const [query, setQuery] = useState('');
  const [error, setError] = useState<unknown>();
  const options = useAsync(() => (query.trim().length >= 2
    ? api.get<SearchPage>('/api/activities/search', { q: query, size: 10 })
    : Promise.resolve(undefined)), [query]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      await api.post(`/api/referrals/${referral.id}/onward`, { activity, needs: referral.needs, reason });
      setOpen(false);
      onDone();
    } catch (caught) {
      setError(caught);
    }
  }

  if (!open) return <p><button type="button" onClick={() => setOpen(true)}>Refer on to another activity…</button></p>;
  return (
    <form className="stack panel" onSubmit={submit}>
      <h3>Refer {referral.participant?.reference ?? 'this person'} on</h3>
      <Field label="Find the activity" hint="Type at least two letters">
        {(p) => <input {...p} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />}
      </Field>
      <Field label="Activity" error={fieldError(error, 'activity')}>
        {(p) => (
          <select {...p} required value={activity} onChange={(e) => setActivity(e.target.value)}>
            <option value="">Choose…</option>
            {options.data?.items.map((a) => <option key={a.id} value={a.id}>{a.name} ({a.group.name})</option>)}
          </select>
        )}
      </Field>
      <Field label="Why" error={fieldError(error, 'reason')}>
        {(p) => <textarea {...p} required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <Problem error={error} fieldsShown={['activity', 'reason']} />
      <div className="actions"><button type="submit" className="primary">Refer on</button><button type="button" onClick={() => setOpen(false)}>Cancel</button></div>
    </form>
  );
}
