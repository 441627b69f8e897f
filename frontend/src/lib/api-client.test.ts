import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, csrfToken, queryString, type ApiClientOptions } from './api-client';

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

/** The app's client with its middleware, against a fake server (tests have no page, so a full origin). */
const ORIGIN = 'http://hedgerow.test';
function client(fetcher: (request: Request) => Promise<Response>, cookies: () => string, options: ApiClientOptions = {}) {
  return createApiClient({ fetch: fetcher, cookies, baseUrl: ORIGIN, ...options });
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

describe('the API client and its middleware', () => {
  it('sends the CSRF token on writes but not on reads', async () => {
    const fetcher = vi.fn(async (_request: Request) => json(200, { ok: true }));
    const api = client(fetcher, () => 'XSRF-TOKEN=tok');
    await api.GET('/api/accounts', { params: { query: { page: 1 } } });
    await api.POST('/api/posts/{id}/replies', { params: { path: { id: 'p1' } }, body: { text: 'x' } });
    const get = fetcher.mock.calls[0][0];
    const post = fetcher.mock.calls[1][0];
    expect(get.url).toBe(`${ORIGIN}/api/accounts?page=1`);
    expect(get.method).toBe('GET');
    expect(get.headers.get('X-XSRF-TOKEN')).toBeNull();
    expect(post.url).toBe(`${ORIGIN}/api/posts/p1/replies`);
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('tok');
    expect(await post.text()).toBe('{"text":"x"}');
    expect(post.headers.get('Content-Type')).toBe('application/json');
  });

  it('asks the server for a CSRF cookie before the first write when there is none', async () => {
    let cookies = '';
    const fetcher = vi.fn(async (request: Request) => {
      if (request.url === `${ORIGIN}/api/session`) {
        cookies = 'XSRF-TOKEN=fresh';
        return json(401, { status: 401 }, 'application/problem+json');
      }
      return json(200, {});
    });
    const api = client(fetcher, () => cookies);
    await api.PUT('/api/activities/{id}/spaces', { params: { path: { id: 'a' } }, body: { spacesLeft: 0, version: 1 } });
    expect(fetcher.mock.calls[0][0].url).toBe(`${ORIGIN}/api/session`);
    expect(fetcher.mock.calls[0][0].method).toBe('GET');
    const write = fetcher.mock.calls[1][0];
    expect(write.url).toBe(`${ORIGIN}/api/activities/a/spaces`);
    expect(write.headers.get('X-XSRF-TOKEN')).toBe('fresh');
  });

  it('turns problem details into an ApiError naming each bad field', async () => {
    const api = client(async () => json(400, {
      type: 'https://hedgerow.example/problems/invalid-request', title: 'Invalid request', status: 400,
      detail: 'Some fields are not valid: spacesLeft', errors: { spacesLeft: 'must be greater than or equal to 0' },
    }, 'application/problem+json'), () => 'XSRF-TOKEN=t');
    const error = await failure(api.PUT('/api/activities/{id}/spaces', { params: { path: { id: 'a' } }, body: { spacesLeft: -1, version: 1 } }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('Some fields are not valid: spacesLeft');
    expect(error.fieldErrors).toEqual({ spacesLeft: 'must be greater than or equal to 0' });
  });

  it('gives a problem a person can act on when the answer is not JSON', async () => {
    const api = client(async () => new Response('<html>', { status: 409, headers: { 'Content-Type': 'text/html' } }), () => '');
    const error = await failure(api.GET('/api/accounts'));
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/changed this since you opened it/);
    expect(error.fieldErrors).toEqual({});
  });

  it('says there is no connection when the request cannot be made', async () => {
    const api = client(async () => { throw new TypeError('Failed to fetch'); }, () => '');
    const error = await failure(api.GET('/api/accounts'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
  });

  it('lets a cancelled request stay cancelled', async () => {
    const api = client(async () => { throw new DOMException('The operation was aborted.', 'AbortError'); }, () => '');
    const error = await failure(api.GET('/api/accounts')) as unknown;
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('tells the app when a session ended (401), but not for the session check itself', async () => {
    const ended = vi.fn();
    const api = client(async () => json(401, { status: 401, title: 'Not signed in' }), () => '', { unauthorised: ended });
    await api.GET('/api/session').catch(() => undefined);
    expect(ended).not.toHaveBeenCalled();
    const error = await failure(api.GET('/api/referrals'));
    expect(ended).toHaveBeenCalledOnce();
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(401);
  });

  it('answers undefined for 204 No Content', async () => {
    const api = client(async () => new Response(null, { status: 204 }), () => 'XSRF-TOKEN=t');
    await expect(api.DELETE('/api/session').then(({ data }) => data)).resolves.toBeUndefined();
  });
});
