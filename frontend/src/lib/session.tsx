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

/** The session, or null when nobody is signed in (or the server cannot say). */
export function getSession(): Promise<Session | null> {
  return answer<Session>()(api.GET('/api/session')).catch(() => null);
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
  const session = useQuery({ queryKey: sessionKey, queryFn: getSession, staleTime: Infinity, retry: false });
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
    pending,
    signIn,
    signInWithPasskey,
    signOut,
    hasRole: (...roles: Role[]) => !!user && roles.includes(user.role),
  }), [user, pending, signIn, signInWithPasskey, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
