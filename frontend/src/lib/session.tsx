import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, api, ApiError, onUnauthorised } from './api-client';
import { live } from './live-client';
import { assertPasskey } from './passkeys';
import type { Role, Session } from './types';

/**
 * Who is signed in: GET, POST (sign in) and DELETE (sign out) /api/session. It lives in lib, not in the
 * accounts feature, because every page's layout and role check needs it and features do not import each
 * other (bulletproof-react keeps its auth in lib for the same reason).
 */
export const sessionKey = ['session'] as const;

/**
 * The session, or null when nobody is signed in (or the server cannot say). A server still starting (on a first
 * start it loads the demo network for about 20 s) is no answer: that failure is passed on, so the query asks again.
 */
export function getSession(): Promise<Session | null> {
  return answer<Session>()(api.GET('/api/session')).catch((error: unknown) => {
    if (stillStarting(error)) throw error;
    return null;
  });
}

/** What a page waiting for a server still starting says (it carries on by itself once the server is ready). */
export const STILL_STARTING = 'Hedgerow is still starting; this page carries on once it is ready';

/** The server's 503 "Still starting": it answers nothing until it is ready, and says to try again in 5 s. */
export function stillStarting(error: unknown): boolean {
  return error instanceof ApiError && error.status === 503 && (error.problem.type ?? '').endsWith('/problems/starting');
}

/** Asks again every 5 s while the server is still starting, for up to 5 minutes; nothing else is asked again. */
export function askAgainWhileStarting(failures: number, error: unknown): boolean {
  return stillStarting(error) && failures < 60;
}

export function signInRequest(username: string, password: string): Promise<Session> {
  return answer<Session>()(api.POST('/api/session', { body: { username, password } }));
}

export async function signOutRequest(): Promise<void> {
  try {
    await api.DELETE('/api/session');
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
  }
}

interface SessionState {
  /**
   * undefined while the app asks who is signed in; null when nobody is, or while a password sign-in still
   * waits for its passkey step (the session has no role until then).
   */
  user: Session | null | undefined;
  /** Whether the server said it is still starting the last time it was asked who is signed in (user is undefined). */
  starting: boolean;
  /** A password sign-in waiting for its passkey step ({@link Session.passkeyStep}); null otherwise. */
  pending: Session | null;
  signIn(username: string, password: string): Promise<Session>;
  /** Signs in with a passkey, or completes the passkey step of a password sign-in. */
  signInWithPasskey(): Promise<Session>;
  signOut(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const session = useQuery({ queryKey: sessionKey, queryFn: getSession, staleTime: Infinity,
    retry: askAgainWhileStarting, retryDelay: 5_000 });
  const starting = session.data === undefined && stillStarting(session.failureReason);
  const user = session.data?.passkeyStep ? null : session.data;
  const pending = session.data?.passkeyStep ? session.data : null;
  const asked = session.isFetched;

  useEffect(() => {
    // The server reads who we are at the socket's handshake: connect once the session is known.
    if (asked) live.start();
  }, [asked]);

  useEffect(() => {
    onUnauthorised(() => {
      client.setQueryData(sessionKey, null);
      void live.restart();
    });
  }, [client]);

  /** Another person's data must not linger in the cache: everything but the new session is dropped. */
  const becomes = useCallback(async (next: Session | null) => {
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
    client.setQueryData(sessionKey, next);
    await live.restart();
  }, [client]);

  const signIn = useCallback(async (username: string, password: string) => {
    const signedIn = await signInRequest(username, password);
    await becomes(signedIn);
    return signedIn;
  }, [becomes]);

  const signInWithPasskey = useCallback(async () => {
    const signedIn = await assertPasskey();
    await becomes(signedIn);
    return signedIn;
  }, [becomes]);

  const signOut = useCallback(async () => {
    await signOutRequest();
    await becomes(null);
  }, [becomes]);

  const value = useMemo<SessionState>(() => ({
    user,
    starting,
    pending,
    signIn,
    signInWithPasskey,
    signOut,
    hasRole: (...roles: Role[]) => !!user && roles.includes(user.role),
  }), [user, starting, pending, signIn, signInWithPasskey, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
