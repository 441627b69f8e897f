import { useEffect, useState } from 'react';
import type { LiveStatus } from '@/lib/live';
import { live } from '@/lib/live-client';

/** The live connection's state, re-rendering on each change. */
export function useLiveStatus(): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>(live.status);
  useEffect(() => {
    setStatus(live.status);
    return live.onStatus(setStatus);
  }, []);
  return status;
}
