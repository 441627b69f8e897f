import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Field, Loading, Problem, fieldError } from '@/components/form';
import { dateTime } from '@/lib/format';
import { useSession } from '@/lib/session';
import type { ReferralView } from '@/lib/types';
import { useReferral } from '../api/get-referral';
import { useReferralPath } from '../api/get-referral-path';
import { useReferOnward } from '../api/refer-onward';
import { useReferralNews } from '../hooks/use-referral-news';
import { CompleteWithOutcomes } from './complete-with-outcomes';
import { ReferralActions } from './referral-actions';
import { ReferralTimeline } from './referral-timeline';
import { StatusBadge } from './status-badge';

/** Picks the activity to refer someone on to (the page composes it from the search feature). */
export type ActivityChoice = (props: { value: string; onChange: (id: string) => void; error?: string }) => ReactNode;

/** One referral: who, why, its history and the person's path, with the moves the viewer's side may make; live. */
export function ReferralDetails({ id, chooseActivity }: { id: string; chooseActivity: ActivityChoice }) {
  const { user } = useSession();
  const referral = useReferral(id);
  const path = useReferralPath(id);
  useReferralNews();

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
      {r.personalDataErasedAt && (
        <p className="panel hint" role="note" data-testid="personal-data-erased">
          {r.participant.consent.withdrawnAt
            ? `The person withdrew their consent on ${dateTime(r.participant.consent.withdrawnAt)}: their personal details were erased and the referral can no longer change.`
            : `Personal details erased on ${dateTime(r.personalDataErasedAt)} (after the retention period, or at the person's request): the referral's history and outcomes stay for the network's figures.`}
        </p>
      )}
      <dl className="facts">
        <dt>Reason</dt><dd>{r.reason ?? <em>erased</em>}</dd>
        <dt>Needs</dt><dd>{r.needs.join(', ')}</dd>
        {r.participant && <><dt>Contact</dt><dd>{r.participant.contact ?? <em>erased</em>}</dd>
          <dt>Consent</dt><dd>{r.participant.consent.given ? 'Given' : 'Not given'}, recorded by {r.participant.consent.recordedBy} on {dateTime(r.participant.consent.recordedAt)}{r.participant.consent.withdrawnAt && <>; withdrawn on {dateTime(r.participant.consent.withdrawnAt)}</>}</dd></>}
        {r.declineReason && <><dt>Declined because</dt><dd>{r.declineReason.toLowerCase().replace('_', ' ')}</dd></>}
      </dl>
      {side && !r.personalDataErasedAt && <ReferralActions referral={{ ...r, participantReference: r.participant?.reference }} side={side} />}
      {side === 'receiver' && r.status === 'ATTENDING' && <CompleteWithOutcomes referral={r} />}
      <h2>History</h2>
      <ol className="events">
        {r.events.map((e, i) => (
          <li key={i}><StatusBadge status={e.status} /> {dateTime(e.at)} by {e.by}{e.note && <>: “{e.note}”</>}</li>
        ))}
      </ol>
      <h2>The person's path through the network</h2>
      {path.data ? <ReferralTimeline path={path.data} current={r.id} /> : <Loading />}
      {side === 'receiver' && r.status !== 'WITHDRAWN' && !r.personalDataErasedAt && <OnwardForm referral={r} chooseActivity={chooseActivity} />}
    </article>
  );
}

function OnwardForm({ referral, chooseActivity }: { referral: ReferralView; chooseActivity: ActivityChoice }) {
  const [open, setOpen] = useState(false);
  const [activity, setActivity] = useState('');
  const [reason, setReason] = useState('');
  const onward = useReferOnward();
  const error = onward.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    onward.mutate({ id: referral.id, onward: { activity, needs: referral.needs, reason } }, { onSuccess: () => setOpen(false) });
  }

  if (!open) return <p><button type="button" onClick={() => setOpen(true)}>Refer on to another activity…</button></p>;
  return (
    <form className="stack panel" onSubmit={submit}>
      <h3>Refer {referral.participant?.reference ?? 'this person'} on</h3>
      {chooseActivity({ value: activity, onChange: setActivity, error: fieldError(error, 'activity') })}
      <Field label="Why" error={fieldError(error, 'reason')}>
        {(p) => <textarea {...p} required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <Problem error={error} fieldsShown={['activity', 'reason']} />
      <div className="actions"><button type="submit" className="primary">Refer on</button><button type="button" onClick={() => setOpen(false)}>Cancel</button></div>
    </form>
  );
}
