import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { mapConfig } from '@/lib/map-config';

/** A place with no coordinates yet (an imported venue, a locality being set up) is left off the map. */
interface Placed { latitude: number | null; longitude: number | null }

function placed<T extends Placed>(item: T): item is T & { latitude: number; longitude: number } {
  return item.latitude !== null && item.longitude !== null;
}

export interface MapPoint extends Placed {
  id: string;
  label: string;
  /** Lines shown in the point's popup. */
  detail?: string[];
  href?: string;
  /** Marker emphasis: "full" venues are drawn hollow as well as in another colour. */
  tone?: 'normal' | 'full';
}

export interface MapArea extends Placed {
  code: string;
  name: string;
}

/**
 * Venues and locality points on a Leaflet map. With no tile server configured (as on offline machines)
 * the map is blank but still shows every point, scaled and clickable; a tile layer is added when the
 * server's settings name one.
 */
export function VenueMap({ points, areas = [], label, height = 360, zoomToPoints = false }: {
  points: MapPoint[];
  areas?: MapArea[];
  label: string;
  height?: number;
  /** Frame the points only (the localities stay as context around them). */
  zoomToPoints?: boolean;
}) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);

  useEffect(() => {
    if (!element.current) return undefined;
    const created = L.map(element.current, { zoomSnap: 0.5, attributionControl: true }).setView([53.0, -1.55], 9);
    map.current = created;
    layer.current = L.layerGroup().addTo(created);
    let cancelled = false;
    void mapConfig().then((config) => {
      if (cancelled || !config.tileUrl) return;
      L.tileLayer(config.tileUrl, { attribution: config.attribution ?? '', maxZoom: 18 }).addTo(created);
    });
    return () => {
      cancelled = true;
      created.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    const current = map.current;
    const group = layer.current;
    if (!current || !group) return;
    group.clearLayers();
    const bounds: L.LatLngExpression[] = [];
    for (const area of areas.filter(placed)) {
      L.circleMarker([area.latitude, area.longitude], {
        radius: 4, color: '#7a6a3a', weight: 1, fillColor: '#d8c98f', fillOpacity: 0.9,
      }).bindTooltip(area.name, { permanent: true, direction: 'right', className: 'map-area-label', offset: [6, 0] })
        .addTo(group);
      if (!zoomToPoints) bounds.push([area.latitude, area.longitude]);
    }
    for (const point of points.filter(placed)) {
      const full = point.tone === 'full';
      const marker = L.circleMarker([point.latitude, point.longitude], {
        radius: 8,
        color: full ? '#8a1c1c' : '#1f5130',
        weight: 2,
        fillColor: full ? '#ffffff' : '#2f7d4a',
        fillOpacity: full ? 1 : 0.85,
      });
      const popup = document.createElement('div');
      const title = document.createElement(point.href ? 'a' : 'strong');
      title.textContent = point.label;
      if (point.href && title instanceof HTMLAnchorElement) title.href = point.href;
      popup.appendChild(title);
      for (const line of point.detail ?? []) {
        const p = document.createElement('div');
        p.textContent = line;
        popup.appendChild(p);
      }
      marker.bindPopup(popup).bindTooltip(point.label).addTo(group);
      bounds.push([point.latitude, point.longitude]);
    }
    if (bounds.length === 1) current.setView(bounds[0], zoomToPoints ? 11 : 13);
    else if (bounds.length > 1) current.fitBounds(L.latLngBounds(bounds), { padding: [24, 24], maxZoom: 14 });
  }, [points, areas, zoomToPoints]);

  return (
    <div className="map-wrap">
      <div ref={element} className="map" style={{ height }} role="region" aria-label={label} />
      <p className="map-legend">
        <span className="legend-dot legend-open" aria-hidden="true" /> spaces or drop-in
        <span className="legend-dot legend-full" aria-hidden="true" /> full (hollow)
        {areas.length > 0 && <><span className="legend-dot legend-area" aria-hidden="true" /> locality</>}
      </p>
    </div>
  );
}
