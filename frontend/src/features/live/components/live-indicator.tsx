import { useLiveStatus } from '../hooks/use-live-status';

const liveText = { live: 'Live', connecting: 'Connecting…', reconnecting: 'Reconnecting…', offline: 'Offline' } as const;

/** Whether changes appear as they happen: the state of the app's one live connection. */
export function LiveIndicator() {
  const status = useLiveStatus();
  return (
    <span className={`live live-${status}`} role="status" aria-live="polite" data-testid="live-status"
      title={status === 'live' ? 'Changes appear as they happen' : 'Changes will appear when the connection is back'}>
      <span className="live-dot" aria-hidden="true" />
      {liveText[status]}
    </span>
  );
}
