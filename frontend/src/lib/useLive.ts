import { useEffect, useRef, useState } from 'react';
import type { LiveHandler, LiveStatus, Resync } from './live';
import { live } from './liveClient';

/** Calls the handler for every message on the destination while the component is mounted. */
export function useLive(destination: string | null | undefined, handler: LiveHandler): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!destination) return undefined;
    return live.subscribe(destination, (message, from) => latest.current(message, from));
  }, [destination]);
}

/** Calls the handler when the app should catch up: after a reconnect or a missed message. */
export function useResync(handler: (resync: Resync) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => live.onResync((resync) => latest.current(resync)), []);
}

export function useLiveStatus(): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>(live.status);
  useEffect(() => {
    setStatus(live.status);
    return live.onStatus(setStatus);
  }, []);
  return status;
}
