import { useEffect, useRef } from 'react';
import type { LiveHandler, Resync } from './live';
import { live } from './live-client';

/**
 * Calls the handler for every message on the destination (or on each of several) while the component is
 * mounted; subscribes again only when the set of destinations changes.
 */
export function useLive(destinations: string | readonly string[] | null | undefined, handler: LiveHandler): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const list = typeof destinations === 'string' ? [destinations] : destinations ?? [];
  const key = [...new Set(list.filter(Boolean))].sort().join('\n');
  useEffect(() => {
    if (!key) return undefined;
    const stops = key.split('\n').map((destination) =>
      live.subscribe(destination, (message, from) => latest.current(message, from)));
    return () => stops.forEach((stop) => stop());
  }, [key]);
}

/** Calls the handler when the app should catch up: after a reconnect or a missed message. */
export function useResync(handler: (resync: Resync) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => live.onResync((resync) => latest.current(resync)), []);
}
