import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { shouldRetry } from './query-client';

describe('retries', () => {
  it('never asks again after a 4xx answer: it would be the same', () => {
    for (const status of [400, 401, 403, 404, 409, 429]) expect(shouldRetry(0, new ApiError({ status }))).toBe(false);
  });

  it('asks twice more when there was no connection or the server had trouble', () => {
    for (const status of [0, 500, 503]) {
      expect(shouldRetry(0, new ApiError({ status }))).toBe(true);
      expect(shouldRetry(1, new ApiError({ status }))).toBe(true);
      expect(shouldRetry(2, new ApiError({ status }))).toBe(false);
    }
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
  });
});
