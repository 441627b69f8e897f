import { describe, expect, it } from 'vitest';
import { invalidated, testQueryClient } from '@/test/live-news';
import { gatheringKeys } from '../api/keys';
import { applyGatheringNews } from './use-gathering-news';

describe('live news of gatherings', () => {
  it('fetches the gatherings again, not the groups one may invite', () => {
    const client = testQueryClient();
    client.setQueryData(gatheringKeys.list(), []);
    client.setQueryData(gatheringKeys.invitable('AMBER'), []);

    applyGatheringNews(client);

    expect(invalidated(client, gatheringKeys.list())).toBe(true);
    expect(invalidated(client, gatheringKeys.invitable('AMBER'))).toBe(false);
  });
});
