import { describe, expect, it } from 'vitest';
import { activityNews, changesShown, networkChange, postNews, referralNews } from './live-messages';

const msg = (type: string, data: Record<string, unknown>) => ({ seq: 1, at: '2026-11-21T10:00:00Z', type, data });

describe('live message data', () => {
  it('gives each kind of news its data and null for any other kind of message', () => {
    const capacity = msg('activity.capacity', { activityId: 'a1', groupId: 'g1', localityCode: 'AMBER', capacity: 12, spacesLeft: 0, version: 4 });
    expect(activityNews(capacity)).toEqual(capacity.data);
    expect(postNews(capacity)).toBeNull();
    expect(referralNews(capacity)).toBeNull();

    const replied = msg('post.replied', { postId: 'p1', replyId: 'r1', localityCode: 'AMBER' });
    expect(postNews(replied)?.postId).toBe('p1');
    expect(activityNews(replied)).toBeNull();

    const status = msg('referral.status', { referralId: 'r1', activityId: 'a1', groupId: 'g1', from: 'SENT', to: 'ACCEPTED', version: 1 });
    expect(referralNews(status)?.to).toBe('ACCEPTED');
    expect(networkChange(status)).toBeNull();

    expect(networkChange(msg('network.changed', { what: 'activity', change: 'added', localityCode: 'AMBER', counts: {} }))?.what).toBe('activity');
  });

  it('counts a message as news for a shown activity only when its version is newer than the one shown', () => {
    const shown = { id: 'a1', version: 4 };
    const changed = (activityId: string, version: number) => msg('activity.changed', { activityId, groupId: 'g1', localityCode: 'AMBER', version });
    expect(changesShown(changed('a1', 5), shown)).toBe(true);
    expect(changesShown(changed('a1', 4), shown)).toBe(false);
    expect(changesShown(changed('a1', 3), shown)).toBe(false);
    expect(changesShown(changed('a2', 9), shown)).toBe(false);
    expect(changesShown(msg('activity.changed', { activityId: 'a1' }), shown)).toBe(true);
    expect(changesShown(msg('post.closed', { postId: 'p1', localityCode: 'AMBER' }), shown)).toBe(false);
  });
});
