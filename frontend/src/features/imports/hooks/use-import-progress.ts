import { useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { LiveMessage } from '@/lib/live';
import { useLive } from '@/lib/use-live';
import { importKeys } from '../api/keys';

/** The starter's own import queue: how far each of their imports has got. */
export const importQueue = '/user/queue/imports';

export interface ImportProgress {
  importId: string;
  status: string;
  done: number;
  total: number;
}

/** Reads a progress message's data; null if it is not one. */
export function progressOf(message: LiveMessage): ImportProgress | null {
  const data = message.data as Partial<ImportProgress>;
  if (message.type !== 'import.progress' || typeof data.importId !== 'string') return null;
  return { importId: data.importId, status: String(data.status), done: Number(data.done ?? 0), total: Number(data.total ?? 0) };
}

/** An import moved on: its summary and records are fetched again; a new status also changes the list. */
export function applyImportNews(client: QueryClient, progress: ImportProgress): void {
  void client.invalidateQueries({ queryKey: importKeys.one(progress.importId) });
  void client.invalidateQueries({ queryKey: [...importKeys.all, 'records', progress.importId] });
  void client.invalidateQueries({ queryKey: importKeys.list() });
}

/** The latest progress of one import as it is pushed live, keeping its views fresh. */
export function useImportProgress(importId: string | undefined): ImportProgress | null {
  const client = useQueryClient();
  const [latest, setLatest] = useState<ImportProgress | null>(null);
  useLive(importId ? importQueue : null, (message) => {
    const progress = progressOf(message);
    if (progress && progress.importId === importId) {
      setLatest(progress);
      applyImportNews(client, progress);
    }
  });
  return latest;
}
