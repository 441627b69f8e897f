import { describe, expect, it } from 'vitest';
import { invalidated, testQueryClient } from '@/test/live-news';
import { connectionKeys } from '../api/keys';
import { applyIntroductionNews } from './use-introduction-news';

describe('live news of introductions', () => {
  it('fetches both introduction lists again, not the suggestions', () => {
    const client = testQueryClient();
    client.setQueryData(connectionKeys.introductionsWay('incoming'), { items: [] });
    client.setQueryData(connectionKeys.introductionsWay('outgoing'), { items: [] });
    client.setQueryData(connectionKeys.collaborators('g1'), []);

    applyIntroductionNews(client);

    expect(invalidated(client, connectionKeys.introductionsWay('incoming'))).toBe(true);
    expect(invalidated(client, connectionKeys.introductionsWay('outgoing'))).toBe(true);
    expect(invalidated(client, connectionKeys.collaborators('g1'))).toBe(false);
  });
});
