import { useCallback, useEffect, useRef, useState } from 'react';

export interface Async<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): Promise<void>;
  setData(update: T | ((current: T | undefined) => T | undefined)): void;
}

/**
 * Loads data for a view and reloads it when `deps` change. Answers that arrive after a newer request
 * started are dropped, so a slow old search never overwrites a newer one.
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Async<T> {
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const loader = useRef(load);
  useEffect(() => {
    loader.current = load;
  });

  const run = useCallback(async () => {
    const mine = ++generation.current;
    const controller = new AbortController();
    setLoading(true);
    try {
      const result = await loader.current(controller.signal);
      if (mine === generation.current) {
        setDataState(result);
        setError(undefined);
      }
    } catch (caught) {
      if (mine === generation.current && !(caught instanceof DOMException && caught.name === 'AbortError')) {
        setError(caught as Error);
      }
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void run();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  const setData = useCallback((update: T | ((current: T | undefined) => T | undefined)) => {
    setDataState((current) => (typeof update === 'function'
      ? (update as (c: T | undefined) => T | undefined)(current)
      : update));
  }, []);

  return { data, error, loading, reload: run, setData };
}
