import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Loading, Problem } from '@/components/form';
import { dateTime } from '@/lib/format';
import { useNotifications, type Notification } from '../api/get-notifications';
import { useMarkAllRead } from '../api/mark-all-read';
import { useMarkRead } from '../api/mark-read';

/** The person's notifications, newest first: the same words as their mails, each linking to where to act. */
export function NotificationCentre() {
  const [page, setPage] = useState(0);
  const notifications = useNotifications(page);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const anyUnread = notifications.data?.items.some((item) => !item.readAt) ?? false;

  return (
    <section aria-labelledby="notifications-heading">
      <div className="toolbar">
        <h1 id="notifications-heading">Notifications</h1>
        <button type="button" onClick={() => markAllRead.mutate()} disabled={!anyUnread || markAllRead.isPending}>
          Mark all read
        </button>
        <Link to="/notifications/settings">How I hear of things</Link>
      </div>
      <Problem error={notifications.error ?? markRead.error ?? markAllRead.error} />
      {!notifications.data && <Loading />}
      {notifications.data && notifications.data.items.length === 0 && <p>Nothing yet. When something needs you, it shows here.</p>}
      {notifications.data && notifications.data.items.length > 0 && (
        <ol className="notification-list">
          {notifications.data.items.map((item) => (
            <NotificationItem key={item.id} item={item} onRead={() => markRead.mutate(item.id)} />
          ))}
        </ol>
      )}
      {notifications.data && (
        <div className="pager">
          {page > 0 && <button type="button" onClick={() => setPage(page - 1)}>Newer</button>}
          {page + 1 < (notifications.data.totalPages ?? 0) && <button type="button" onClick={() => setPage(page + 1)}>Older</button>}
        </div>
      )}
    </section>
  );
}

function NotificationItem({ item, onRead }: { item: Notification; onRead: () => void }) {
  const unread = !item.readAt;
  return (
    <li className={unread ? 'notification unread' : 'notification'}>
      <h2>
        <Link to={item.link} onClick={unread ? onRead : undefined}>{item.title}</Link>
        {unread && <span className="visually-hidden"> (unread)</span>}
      </h2>
      <p>{item.text}</p>
      <p className="notification-meta">
        <time dateTime={item.createdAt}>{dateTime(item.createdAt)}</time>
        {unread && <> · <button type="button" className="link-button" onClick={onRead}>Mark read</button></>}
      </p>
    </li>
  );
}
