/**
 * The one HTTP client of the app: openapi-fetch over the contract's paths (generated from openapi.json), so a
 * path, parameter or body the contract does not know fails the typecheck. What every request needs is
 * middleware: the CSRF token on each state-changing request, RFC 9457 problem details turned into an
 * {@link ApiError} that names each bad field, and a 401 telling the app that the session ended.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './api/schema';

/** A problem document as the contract describes it; a generic one is made up when the answer is not JSON. */
export type Problem = Partial<components['schemas']['Problem']> & { status: number; [extra: string]: unknown };

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `Request failed (${problem.status})`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  /** What is wrong with each field, by field name ({} when the problem is not about fields). */
  get fieldErrors(): Record<string, string> {
    return this.problem.errors ?? {};
  }
}

export type Query = Record<string, string | number | boolean | null | undefined | readonly (string | number)[]>;

/** `?a=1&b=x&b=y`: empty values left out, arrays as repeated parameters. */
export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (Array.isArray(value)) {
      value.filter((v) => v !== '').forEach((v) => params.append(key, String(v)));
    } else {
      params.append(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The CSRF token the server handed out in its XSRF-TOKEN cookie. */
export function csrfToken(cookies: string = typeof document === 'undefined' ? '' : document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === 'XSRF-TOKEN') return decodeURIComponent(rest.join('='));
  }
  return null;
}

type Fetch = (request: Request) => Promise<Response>;
const ACCEPT = 'application/json, application/problem+json';

/**
 * Puts the CSRF token on every request that changes something; before the first one, when there is no
 * XSRF-TOKEN cookie yet, asks GET /api/session for it (the server hands it out there).
 */
export function csrfHeader(fetcher: Fetch, cookies: () => string): Middleware {
  return {
    async onRequest({ request, options }) {
      if (request.method === 'GET' || request.method === 'HEAD') return undefined;
      const token = await ensureToken(fetcher, cookies, options.baseUrl);
      if (token) request.headers.set('X-XSRF-TOKEN', token);
      return request;
    },
  };
}

/** The CSRF token, asked of GET /api/session first when there is no XSRF-TOKEN cookie yet. */
async function ensureToken(fetcher: Fetch, cookies: () => string, baseUrl: string): Promise<string | null> {
  let token = csrfToken(cookies());
  if (!token) {
    await fetcher(new Request(`${baseUrl}/api/session`, { credentials: 'same-origin', headers: { Accept: 'application/json' } }));
    token = csrfToken(cookies());
  }
  return token;
}

/** Tells the app when a request that needs a session gets 401 (the session ended elsewhere); not for the session check itself. */
export function sessionEnd(ended: () => void): Middleware {
  return {
    onResponse({ response, schemaPath }) {
      if (response.status === 401 && schemaPath !== '/api/session') ended();
      return undefined;
    },
  };
}

/** A refused or failed request becomes an ApiError (a problem a person can act on), as does no connection at all. */
export const problemErrors: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw new ApiError(await readProblem(response));
    return undefined;
  },
  onError({ error }) {
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    return new ApiError({ status: 0, title: 'No connection', detail: 'Could not reach Hedgerow. Check the connection and try again.' });
  },
};

async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      return { ...body, status: response.status };
    } catch {
      // fall through to a generic problem
    }
  }
  return { status: response.status, title: response.statusText || 'Request failed', detail: defaultDetail(response.status) };
}

function defaultDetail(status: number): string {
  if (status === 401) return 'Please sign in.';
  if (status === 403) return 'Your account may not do that.';
  if (status === 404) return 'Not found: it may have been archived or you may not see it.';
  if (status === 409) return 'Someone changed this since you opened it. Reload and try again.';
  if (status >= 500) return 'Something went wrong on the server. Try again in a moment.';
  return `Request failed (${status}).`;
}

export type ApiClient = Client<paths, 'application/json'>;

export interface ApiClientOptions {
  fetch?: Fetch;
  cookies?: () => string;
  /** Where the API is: '' (this origin) in the browser; a full origin in tests, where there is no page to be relative to. */
  baseUrl?: string;
  /** Called when a request that needs a session gets 401. */
  unauthorised?: () => void;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const fetcher: Fetch = options.fetch ?? ((request) => fetch(request));
  const client = createClient<paths, 'application/json'>({
    baseUrl: options.baseUrl ?? '',
    fetch: fetcher,
    credentials: 'same-origin',
    headers: { Accept: ACCEPT },
    // As the app always sent them: empty values and false left out, arrays as repeated parameters.
    querySerializer: (query) => queryString(query as Query).slice(1),
  });
  // Answers pass through middleware last to first: the 401 is noticed before the problem is thrown.
  client.use(
    csrfHeader(fetcher, options.cookies ?? (() => document.cookie)),
    problemErrors,
    sessionEnd(() => (options.unauthorised ?? (() => {}))()),
  );
  return client;
}

/**
 * Whether every field a view reads, at any depth, is one the contract names: `true` or `false`. (That the
 * fields' values fit is checked by `View extends Contract`; this catches a field the contract renamed or
 * dropped, which an all-optional contract would otherwise let through.)
 */
export type NamedByContract<View, Contract> =
  View extends readonly (infer Item)[]
    ? NonNullable<Contract> extends readonly (infer ContractItem)[] ? NamedByContract<Item, ContractItem> : false
    : View extends object
      ? Exclude<keyof View, keyof NonNullable<Contract>> extends never
        ? { [K in keyof View]-?: NamedByContract<View[K], NonNullable<Contract>[K & keyof NonNullable<Contract>]> }[keyof View] extends true ? true : false
        : false
      : true;

/**
 * The body of a successful answer (undefined for 204): failures never get here, the middleware threw them.
 * `View` is the app's view of the answer; it must fit what the contract says the answer is, and read no
 * field the contract does not name, or the call does not compile ("Expected 2 arguments").
 */
export function answer<View>() {
  return async <Contract>(
    request: Promise<{ data?: Contract }>,
    ..._fits: [View] extends [Contract] ? (NamedByContract<View, Contract> extends true ? [] : [never]) : [never]
  ): Promise<View> => (await request).data as View;
}

/** The body of a successful answer exactly as the contract describes it. */
export async function body<Contract>(request: Promise<{ data?: Contract }>): Promise<Contract> {
  return (await request).data as Contract;
}

/** Filters as a form holds them: '' for "any", which the request leaves out. */
export type Filters<Q> = { [K in keyof Q]?: NonNullable<Q[K]> | '' };

/** The contract's query for filters a form holds: the "any" values ('') left out. */
export function sent<Q extends object>(filters: Filters<Q>): Q {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== '')) as Q;
}

/** The query parameters the contract gives a GET path. */
export type QueryOf<Path extends keyof paths> = paths[Path] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

let unauthorisedListener: () => void = () => {};

/** The app's client. */
export const api = createApiClient({ unauthorised: () => unauthorisedListener() });

/** Makes sure the CSRF cookie is set (the live connection sends the token at its handshake). */
export function ensureCsrfToken(): Promise<string | null> {
  return ensureToken((request) => fetch(request), () => document.cookie, '');
}

/** Called when a request that needs a session gets 401 (the session ended elsewhere). */
export function onUnauthorised(listener: () => void): void {
  unauthorisedListener = listener;
}
