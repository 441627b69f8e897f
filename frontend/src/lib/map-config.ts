import { api } from './api-client';

export interface MapConfig {
  /** A tile URL template (`https://tile.example/{z}/{x}/{y}.png`), or null for no tiles: a blank map. */
  tileUrl: string | null;
  attribution: string | null;
}

let config: Promise<MapConfig> | null = null;

/** The map settings the server gives (hedgerow.web.map.*); none when it cannot be read. */
export function mapConfig(): Promise<MapConfig> {
  config ??= api.get<{ map?: Partial<MapConfig> }>('/config.json')
    .then((body) => ({
      tileUrl: body.map?.tileUrl || import.meta.env.VITE_TILE_URL || null,
      attribution: body.map?.attribution ?? null,
    }))
    .catch(() => ({ tileUrl: import.meta.env.VITE_TILE_URL || null, attribution: null }));
  return config;
}
