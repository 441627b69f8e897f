import type { Community } from '../api/get-network-graph';
import { communityColour, communityColours, otherCommunities } from '../utils/graph-elements';

const glyphs: Record<string, string> = { GROUP: '▢', ORGANISER: '●', ACTIVITY: '◆', VENUE: '▲', LOCALITY: '⬢' };

/** What the map's colours, shapes and sizes mean: communities (with where they sit), kinds of node, brokers. */
export function MapLegend({ communities, kinds }: { communities: Community[]; kinds: string[] }) {
  const named = communities.filter((c) => c.id < communityColours.length);
  const others = communities.length - named.length;
  return (
    <div className="map-key" data-testid="map-legend">
      <p className="legend">
        {kinds.map((k) => <span key={k} className="legend-item"><span aria-hidden="true">{glyphs[k] ?? '●'}</span> {k.toLowerCase()}</span>)}
        <span className="legend-item">bigger: more of a broker (more shortest ways between others pass through it)</span>
      </p>
      {communities.length > 0 && (
        <>
          <h2>Communities (colour)</h2>
          <ul className="compact-list">
            {named.map((c) => (
              <li key={c.id}>
                <span className="swatch" style={{ background: communityColour(c.id) }} aria-hidden="true" />{' '}
                Community {c.id + 1}: {c.size} {c.size === 1 ? 'node' : 'nodes'}{c.localities.length > 0 && `, mostly in ${c.localities.join(', ')}`}
              </li>
            ))}
            {others > 0 && (
              <li><span className="swatch" style={{ background: otherCommunities }} aria-hidden="true" /> {others} smaller {others === 1 ? 'community' : 'communities'}</li>
            )}
          </ul>
        </>
      )}
    </div>
  );
}
