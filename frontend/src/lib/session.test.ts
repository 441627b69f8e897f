import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from './api-client';
import { askAgainWhileStarting, getSession, stillStarting } from './session';
import { answered } from '@/test/api';

const starting = () => new ApiError({ status: 503, type: 'https://hedgerow.example/problems/starting', title: 'Still starting' });
const busy = () => new ApiError({ status: 503, type: 'https://hedgerow.example/problems/busy', title: 'Busy' });

describe('who is signed in, while the server starts', () => {
  afterEach(() => vi.restoreAllMocks());

  it('passes on "still starting", so the question is asked again, instead of taking it for nobody signed in', async () => {
    vi.spyOn(api, 'GET').mockRejectedValue(starting());
    await expect(getSession()).rejects.toSatisfy(stillStarting);
  });

  it('takes any other failure for nobody signed in, and an answer for the session it is', async () => {
    for (const failure of [busy(), new ApiError({ status: 401 }), new TypeError('Failed to fetch')]) {
      vi.spyOn(api, 'GET').mockRejectedValueOnce(failure);
      await expect(getSession()).resolves.toBeNull();
    }
    vi.spyOn(api, 'GET').mockResolvedValueOnce(answered({ id: 'a1', username: 'lee', role: 'LINK_WORKER' }));
    await expect(getSession()).resolves.toMatchObject({ username: 'lee' });
  });

  it('asks again only while the server is still starting, for up to 5 minutes', () => {
    expect(askAgainWhileStarting(0, starting())).toBe(true);
    expect(askAgainWhileStarting(59, starting())).toBe(true);
    expect(askAgainWhileStarting(60, starting())).toBe(false);
    expect(askAgainWhileStarting(0, busy())).toBe(false);
    expect(askAgainWhileStarting(0, new TypeError('Failed to fetch'))).toBe(false);
  });
});
