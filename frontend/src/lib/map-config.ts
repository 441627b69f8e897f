import { api, body } from './api-client';

export interface MapConfig {
  /** A tile URL template (`https://tile.example/{z}/{x}/{y}.png`), or null for no tiles: a blank map. */
  tileUrl: string | null;
  attribution: string | null;
}

let config: Promise<MapConfig> | null = null;

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** The map settings the server gives (hedgerow.web.map.*); none when it cannot be read. */
export function mapConfig(): Promise<MapConfig> {
  // The contract describes /config.json only as an object of objects: each setting is checked as it is read.
  config ??= body(api.GET('/config.json'))
    .then((settings) => {
      const map: Record<string, unknown> = settings?.map ?? {};
      return { tileUrl: text(map.tileUrl) ?? (import.meta.env.VITE_TILE_URL || null), attribution: text(map.attribution) };
    })
    .catch(() => ({ tileUrl: import.meta.env.VITE_TILE_URL || null, attribution: null }));
  return config;
}
