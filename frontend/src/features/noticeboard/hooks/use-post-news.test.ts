import { describe, expect, it } from 'vitest';
import { invalidated, message, testQueryClient } from '@/test/live-news';
import { postKeys } from '../api/keys';
import { applyPostNews } from './use-post-news';

describe('live news on the noticeboard', () => {
  it('fetches the board again and the thread of the post replied to, not other threads', () => {
    const client = testQueryClient();
    const board = postKeys.list({ kind: '', locality: '', status: 'OPEN' });
    client.setQueryData(board, { items: [] });
    client.setQueryData(postKeys.thread('p1'), { id: 'p1' });
    client.setQueryData(postKeys.thread('p2'), { id: 'p2' });

    applyPostNews(client, message('post.replied', { postId: 'p1', replyId: 'r9', localityCode: 'AMBER' }));

    expect(invalidated(client, board)).toBe(true);
    expect(invalidated(client, postKeys.thread('p1'))).toBe(true);
    expect(invalidated(client, postKeys.thread('p2'))).toBe(false);
  });

  it('ignores news that is not about posts', () => {
    const client = testQueryClient();
    const board = postKeys.list({ kind: '', locality: '', status: 'OPEN' });
    client.setQueryData(board, { items: [] });
    applyPostNews(client, message('activity.changed', { activityId: 'a1', version: 2 }));
    expect(invalidated(client, board)).toBe(false);
  });
});
