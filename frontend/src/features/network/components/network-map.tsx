import { useEffect, useRef } from 'react';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { GraphElement } from '@/components/graph';

const shapes: Record<string, string> = {
  GROUP: 'round-rectangle', ORGANISER: 'ellipse', ACTIVITY: 'diamond', VENUE: 'triangle', LOCALITY: 'hexagon',
};

/**
 * Each locality's area gets a cell of its own, cells packed in rows, biggest first; inside a cell the nodes form
 * rings with the biggest brokers in the middle. Deterministic and quick, and localities never overlap (Cytoscape's
 * `cose` with compound areas stretched and overlapped them on the demo network). Nodes with no area go last.
 */
function layOutByLocality(cy: Core) {
  const groups = cy.nodes('[kind = "AREA"]').map((area) => area.children())
    .sort((a, b) => b.length - a.length);
  const loose = cy.nodes().filter((n) => n.data('kind') !== 'AREA' && n.parent().empty());
  if (loose.nonempty()) groups.push(loose);
  const side = (count: number) => Math.max(160, Math.sqrt(count) * 62);
  const rowWidth = Math.max(900, Math.sqrt(groups.reduce((sum, g) => sum + side(g.length) ** 2, 0)) * 1.4);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const nodes of groups) {
    const s = side(nodes.length);
    if (x > 0 && x + s > rowWidth) {
      x = 0;
      y += rowHeight + 90;
      rowHeight = 0;
    }
    nodes.layout({
      name: 'concentric', animate: false, avoidOverlap: true, minNodeSpacing: 10, boundingBox: { x1: x, y1: y, w: s, h: s },
      concentric: (n: cytoscape.NodeSingular) => Number(n.data('size')), levelWidth: () => 10,
    } as cytoscape.LayoutOptions).run();
    x += s + 90;
    rowHeight = Math.max(rowHeight, s);
  }
  cy.fit(undefined, 24);
}

/**
 * The network map: nodes sized by betweenness and coloured by community (from `graphElements`), each locality an
 * area of its own (see layOutByLocality; Cytoscape's built-in layouts only, no extra layout library).
 * Labels: at least 12px, outlined so they read over links, always on the labelled nodes and on any other the viewer
 * points at or selects; Cytoscape hides a label that would be drawn smaller than 8px on screen until one zooms in.
 * Pointer users click a node; keyboard and screen reader users use the list the page shows beside it.
 */
export function NetworkMap({ elements, selected, onSelect, label }: {
  elements: GraphElement[];
  selected?: string | null;
  onSelect: (id: string) => void;
  label: string;
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
            label: '', width: 'data(size)', height: 'data(size)', 'background-color': 'data(colour)',
            'border-width': 1.5, 'border-color': '#ffffff',
            shape: ((n: cytoscape.NodeSingular) => shapes[n.data('kind')] ?? 'ellipse') as never,
            'font-size': 'data(fontSize)', 'min-zoomed-font-size': 8, color: '#1d2a1d',
            'text-outline-color': '#ffffff', 'text-outline-width': 2.5, 'text-valign': 'bottom', 'text-margin-y': 4,
            'text-wrap': 'ellipsis', 'text-max-width': '140px',
          },
        },
        { selector: 'node[labelled = 1], node.pointed, node:selected', style: { label: 'data(label)', 'z-index': 10 } },
        { selector: 'node.pointed, node:selected', style: { 'font-weight': 'bold', 'font-size': 14, 'z-index': 20 } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111111' } },
        {
          selector: 'node[kind = "AREA"]',
          style: {
            shape: 'round-rectangle', 'background-color': '#f3f1e7', 'background-opacity': 0.7, 'border-width': 1,
            'border-color': '#b9b39a', label: 'data(label)', 'font-size': 16, 'font-weight': 'bold', color: '#4a4631',
            'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -4, 'min-zoomed-font-size': 6, padding: '14px',
          },
        },
        {
          selector: 'edge',
          style: {
            width: (e: cytoscape.EdgeSingular) => Math.min(1 + Math.log2(Number(e.data('count')) || 1), 8),
            'line-color': '#b7c0b7', 'curve-style': 'bezier', opacity: 0.8,
            'line-style': (e: cytoscape.EdgeSingular) => (e.data('kind') === 'KNOWS' ? 'dashed' : 'solid'),
          },
        },
        { selector: 'edge[kind = "REFERRED"]', style: { 'line-color': '#b03a5b', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#b03a5b' } },
        { selector: 'edge[kind = "KNOWS"]', style: { 'line-color': '#7a4fa0' } },
        { selector: 'node:selected ~ edge, edge:selected', style: { opacity: 1 } },
      ],
      layout: { name: 'preset' },
    });
    layOutByLocality(instance);
    instance.on('tap', 'node', (event) => {
      if (event.target.data('kind') !== 'AREA') select.current(event.target.id());
    });
    instance.on('mouseover', 'node', (event) => event.target.addClass('pointed'));
    instance.on('mouseout', 'node', (event) => event.target.removeClass('pointed'));
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, [elements]);

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
