import { NavLink } from 'react-router-dom';
import { useUnreadCount } from '../api/get-unread-count';
import { useNotificationNews } from '../hooks/use-notification-news';

/** The header's way into the notification centre, with the unread count kept live on the person's own queue. */
export function NotificationBell({ signedIn }: { signedIn: boolean }) {
  useNotificationNews(signedIn);
  const unread = useUnreadCount(signedIn);
  if (!signedIn) return null;
  const count = unread.data?.unread ?? 0;
  return (
    <NavLink to="/notifications" className="notification-bell" aria-label={`Notifications, ${count} unread`}>
      Notifications{' '}
      <span className="badge" data-testid="unread-count" aria-hidden="true" hidden={count === 0}>{count}</span>
    </NavLink>
  );
}
