import { useEffect, useRef } from 'react';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';

/** A node or a link as Cytoscape takes it. */
export interface GraphElement {
  group: 'nodes' | 'edges';
  data: Record<string, string | number>;
}

const colours: Record<string, string> = {
  GROUP: '#2f7d4a', ORGANISER: '#7a4fa0', ACTIVITY: '#c77d12', VENUE: '#1f6fb2', LOCALITY: '#7a6a3a',
  LINK_WORKER: '#b03a5b', PCN: '#4d5b66',
};
const shapes: Record<string, string> = {
  GROUP: 'round-rectangle', ORGANISER: 'ellipse', ACTIVITY: 'diamond', VENUE: 'triangle', LOCALITY: 'hexagon',
  LINK_WORKER: 'ellipse', PCN: 'rectangle',
};

/**
 * A Cytoscape.js network. Kinds differ by shape as well as colour; the selected node is outlined.
 * Pointer users click a node; keyboard users pick it from the list the page shows beside the graph.
 */
export function Graph({ elements, selected, onSelect, layout = 'cose', label, directed = false }: {
  elements: GraphElement[];
  selected?: string | null;
  onSelect: (id: string) => void;
  layout?: 'cose' | 'breadthfirst' | 'concentric';
  label: string;
  directed?: boolean;
}) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  });

  useEffect(() => {
    if (!container.current) return undefined;
    const instance = cytoscape({
      container: container.current,
      elements: elements as ElementDefinition[],
      wheelSensitivity: 0.3,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)', 'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': '90px', color: '#1d2a1d',
            'text-valign': 'bottom', 'text-margin-y': 3, width: 16, height: 16,
            'background-color': (n) => colours[n.data('kind')] ?? '#555',
            shape: ((n: cytoscape.NodeSingular) => shapes[n.data('kind')] ?? 'ellipse') as never,
          },
        },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111', width: 24, height: 24 } },
        {
          selector: 'edge',
          style: {
            width: (e: cytoscape.EdgeSingular) => Math.min(1 + Math.log2(Number(e.data('count')) || 1), 8),
            'line-color': '#9aa89a', 'curve-style': 'bezier',
            'target-arrow-shape': directed ? 'triangle' : 'none', 'target-arrow-color': '#9aa89a',
            'line-style': (e: cytoscape.EdgeSingular) => (e.data('kind') === 'KNOWS' ? 'dashed' : 'solid'),
          },
        },
        { selector: 'edge[kind = "REFERRED"]', style: { 'line-color': '#b03a5b', 'target-arrow-color': '#b03a5b' } },
        { selector: 'edge[kind = "KNOWS"]', style: { 'line-color': '#7a4fa0' } },
      ],
      layout: { name: layout, animate: false, ...(layout === 'cose' ? { nodeRepulsion: () => 8000, idealEdgeLength: () => 60 } : {}) } as cytoscape.LayoutOptions,
    });
    instance.on('tap', 'node', (event) => select.current(event.target.id()));
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, [elements, layout, directed]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.$(':selected').unselect();
    if (selected) {
      const node = instance.getElementById(selected);
      if (node.nonempty()) {
        node.select();
        instance.animate({ center: { eles: node } }, { duration: 200 });
      }
    }
  }, [selected, elements]);

  return <div ref={container} className="graph" role="img" aria-label={label} data-testid="network-graph" />;
}

export function GraphLegend({ kinds }: { kinds: string[] }) {
  const glyph: Record<string, string> = { 'round-rectangle': '▢', ellipse: '●', diamond: '◆', triangle: '▲', hexagon: '⬢', rectangle: '■' };
  return (
    <p className="legend">
      {kinds.map((k) => (
        <span key={k} className="legend-item"><span style={{ color: colours[k] }} aria-hidden="true">{glyph[shapes[k]] ?? '●'}</span> {k.toLowerCase().replace('_', ' ')}</span>
      ))}
    </p>
  );
}
