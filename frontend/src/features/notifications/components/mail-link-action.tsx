import { Problem } from '@/components/form';
import { useConfirmStillRight } from '../api/confirm-still-right';
import { useUnsubscribe } from '../api/unsubscribe';

/**
 * The page a mail's link opens: one button does what the link says, without signing in. A button rather than on
 * opening, so that a mail scanner following the link changes nothing.
 */
export function UnsubscribeAction({ token }: { token: string }) {
  const unsubscribe = useUnsubscribe();
  if (unsubscribe.data) {
    return <p role="status">Done: you will get no more mails of this kind. You still see them in your notifications in Hedgerow.</p>;
  }
  return (
    <section>
      <h1>Stop these mails</h1>
      <p>This stops mails of the kind this one was about. Other notification mails are not changed.</p>
      <Problem error={unsubscribe.error} />
      <button type="button" onClick={() => unsubscribe.mutate(token)} disabled={!token || unsubscribe.isPending}>Stop these mails</button>
    </section>
  );
}

export function StillRightAction({ token }: { token: string }) {
  const confirm = useConfirmStillRight();
  if (confirm.data) {
    return <p role="status">Thank you: {confirm.data.activityName} is marked as checked today.</p>;
  }
  return (
    <section>
      <h1>Is the listing still right?</h1>
      <p>If the activity is still running as listed, say so here. If something has changed, sign in and change the listing instead.</p>
      <Problem error={confirm.error} />
      <button type="button" onClick={() => confirm.mutate(token)} disabled={!token || confirm.isPending}>Yes, it is still right</button>
    </section>
  );
}
