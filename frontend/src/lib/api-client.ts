/**
 * The one HTTP client of the app: JSON in and out, the CSRF token on every state-changing request, and
 * RFC 9457 problem details turned into an {@link ApiError} that names each bad field.
 */

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: Record<string, string>;
  allowed?: string[];
  [extra: string]: unknown;
}

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

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface RequestOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export class ApiClient {
  private readonly fetcher: Fetch;
  private readonly cookies: () => string;
  private unauthorised: () => void = () => {};

  constructor(fetcher: Fetch = (input, init) => fetch(input, init), cookies: () => string = () => document.cookie) {
    this.fetcher = fetcher;
    this.cookies = cookies;
  }

  /** Called when a request that needs a session gets 401 (the session ended elsewhere). */
  onUnauthorised(listener: () => void): void {
    this.unauthorised = listener;
  }

  get<T>(path: string, query?: Query, options?: RequestOptions): Promise<T> {
    return this.send<T>('GET', path + queryString(query), undefined, options);
  }

  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> {
    return this.send<T>('POST', path, body, options);
  }

  put<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> {
    return this.send<T>('PUT', path, body, options);
  }

  patch<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> {
    return this.send<T>('PATCH', path, body, options);
  }

  delete<T>(path: string, options?: RequestOptions): Promise<T> {
    return this.send<T>('DELETE', path, undefined, options);
  }

  /** Makes sure the CSRF cookie is set (the server hands it out with GET /api/session). */
  async ensureCsrfToken(): Promise<string | null> {
    let token = csrfToken(this.cookies());
    if (!token) {
      await this.fetcher('/api/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      token = csrfToken(this.cookies());
    }
    return token;
  }

  private async send<T>(method: string, path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET') {
      const token = await this.ensureCsrfToken();
      if (token) headers['X-XSRF-TOKEN'] = token;
    }
    let response: Response;
    try {
      response = await this.fetcher(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        signal: options.signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError({ status: 0, title: 'No connection', detail: 'Could not reach Hedgerow. Check the connection and try again.' });
    }
    if (!response.ok) {
      const problem = await readProblem(response);
      if (response.status === 401 && path !== '/api/session') this.unauthorised();
      throw new ApiError(problem);
    }
    if (response.status === 204) return undefined as T;
    const type = response.headers.get('Content-Type') ?? '';
    if (type.includes('json')) return (await response.json()) as T;
    return (await response.text()) as T;
  }
}

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

/** The app's client. */
export const api = new ApiClient();
