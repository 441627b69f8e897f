import { describe, expect, it, vi } from 'vitest';
import { ApiClient, ApiError, csrfToken, queryString } from './api-client';

function json(status: number, body: unknown, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

async function failure(request: Promise<unknown>): Promise<ApiError> {
  try {
    await request;
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('the request did not fail');
}

describe('queryString', () => {
  it('leaves out empty values and repeats arrays', () => {
    expect(queryString({ q: 'walk', locality: '', free: false, hasSpaces: 'true', day: ['MONDAY', 'FRIDAY'], page: 0, x: undefined }))
      .toBe('?q=walk&hasSpaces=true&day=MONDAY&day=FRIDAY&page=0');
  });

  it('is empty when nothing is set', () => {
    expect(queryString({ q: '', category: [] })).toBe('');
  });
});

describe('csrfToken', () => {
  it('reads the XSRF-TOKEN cookie among others, decoded', () => {
    expect(csrfToken('SESSION=abc; XSRF-TOKEN=a%2Fb%3D; other=1')).toBe('a/b=');
  });

  it('is null without the cookie', () => {
    expect(csrfToken('SESSION=abc')).toBeNull();
  });
});

describe('ApiClient', () => {
  it('sends the CSRF token on writes but not on reads', async () => {
    const fetcher = vi.fn(async () => json(200, { ok: true }));
    const client = new ApiClient(fetcher, () => 'XSRF-TOKEN=tok');
    await client.get('/api/things', { page: 1 });
    await client.post('/api/things', { name: 'x' });
    const [getUrl, getInit] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
    const [, postInit] = fetcher.mock.calls[1] as unknown as [string, RequestInit];
    expect(getUrl).toBe('/api/things?page=1');
    expect((getInit.headers as Record<string, string>)['X-XSRF-TOKEN']).toBeUndefined();
    expect((postInit.headers as Record<string, string>)['X-XSRF-TOKEN']).toBe('tok');
    expect(postInit.body).toBe('{"name":"x"}');
    expect((postInit.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('asks the server for a CSRF cookie before the first write when there is none', async () => {
    let cookies = '';
    const fetcher = vi.fn(async (url: string, _init?: RequestInit) => {
      if (url === '/api/session') {
        cookies = 'XSRF-TOKEN=fresh';
        return json(401, { status: 401 }, 'application/problem+json');
      }
      return json(200, {});
    });
    const client = new ApiClient(fetcher, () => cookies);
    await client.put('/api/activities/a/spaces', { spacesLeft: 0, version: 1 });
    expect(fetcher.mock.calls[0][0]).toBe('/api/session');
    const init = fetcher.mock.calls[1][1] as RequestInit;
    expect((init.headers as Record<string, string>)['X-XSRF-TOKEN']).toBe('fresh');
  });

  it('turns problem details into an ApiError naming each bad field', async () => {
    const client = new ApiClient(async () => json(400, {
      type: 'https://hedgerow.example/problems/invalid-request', title: 'Invalid request', status: 400,
      detail: 'Some fields are not valid: spacesLeft', errors: { spacesLeft: 'must be greater than or equal to 0' },
    }, 'application/problem+json'), () => 'XSRF-TOKEN=t');
    const error = await failure(client.put('/api/activities/a/spaces', { spacesLeft: -1 }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('Some fields are not valid: spacesLeft');
    expect(error.fieldErrors).toEqual({ spacesLeft: 'must be greater than or equal to 0' });
  });

  it('gives a problem a person can act on when the answer is not JSON', async () => {
    const client = new ApiClient(async () => new Response('<html>', { status: 409, headers: { 'Content-Type': 'text/html' } }), () => '');
    const error = await failure(client.get('/api/x'));
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/changed this since you opened it/);
    expect(error.fieldErrors).toEqual({});
  });

  it('says there is no connection when the request cannot be made', async () => {
    const client = new ApiClient(async () => { throw new TypeError('Failed to fetch'); }, () => '');
    const error = await failure(client.get('/api/x'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
  });

  it('tells the app when a session ended (401), but not for the session check itself', async () => {
    const client = new ApiClient(async () => json(401, { status: 401, title: 'Not signed in' }), () => '');
    const ended = vi.fn();
    client.onUnauthorised(ended);
    await client.get('/api/session').catch(() => undefined);
    expect(ended).not.toHaveBeenCalled();
    await client.get('/api/referrals').catch(() => undefined);
    expect(ended).toHaveBeenCalledOnce();
  });

  it('answers undefined for 204 No Content', async () => {
    const client = new ApiClient(async () => new Response(null, { status: 204 }), () => 'XSRF-TOKEN=t');
    await expect(client.delete('/api/session')).resolves.toBeUndefined();
  });
});
