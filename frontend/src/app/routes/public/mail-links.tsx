import { useSearchParams } from 'react-router-dom';
import { StillRightAction, UnsubscribeAction } from '@/features/notifications/components/mail-link-action';

/** Opened from a mail's "stop these mails" link: no sign-in needed. */
export function UnsubscribeRoute() {
  const [params] = useSearchParams();
  return <UnsubscribeAction token={params.get('token') ?? ''} />;
}

/** Opened from a reminder's "it is still right" link: no sign-in needed. */
export function StillRightRoute() {
  const [params] = useSearchParams();
  return <StillRightAction token={params.get('token') ?? ''} />;
}
