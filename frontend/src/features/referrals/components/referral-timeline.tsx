import { Link } from 'react-router-dom';
import { date } from '@/lib/format';
import type { ReferralPath } from '@/lib/types';
import { StatusBadge } from './status-badge';

/** A referral path as a timeline: each step, the group it went to and how it ended; hidden steps say so. */
export function ReferralTimeline({ path, current }: { path: ReferralPath; current: string }) {
  return (
    <ol className="timeline" aria-label="Referral path">
      {path.steps.map((step) => (
        <li key={step.position} className={step.id === current ? 'timeline-current' : undefined}>
          <span className="timeline-when">{date(step.createdAt)}</span>
          <div>
            {step.visible ? (
              <>
                <strong>{step.id && step.id !== current ? <Link to={`/referrals/${step.id}`}>{step.activity?.name}</Link> : step.activity?.name}</strong>
                {' '}· {step.group?.name}
                <div className="hint">referred by {step.madeBy?.name}{step.onwardFromStep !== null && ` (onward from step ${step.onwardFromStep + 1})`}</div>
              </>
            ) : <em>A step you may not see</em>}
            {' '}<StatusBadge status={step.status} />
            {step.id === current && <span className="visually-hidden"> (this referral)</span>}
          </div>
        </li>
      ))}
    </ol>
  );
}
