import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Loading, Problem } from '@/components/form';
import { ScopePicker } from '@/components/scope-picker';
import type { components } from '@/lib/api/schema';
import { useScope } from '@/lib/scope';
import type { LocalityView, TermView } from '@/lib/types';
import { useNetworkGraph } from '../api/get-network-graph';
import { linkKinds } from '../api/keys';
import { useNetworkNews } from '../hooks/use-network-news';
import { byBrokerage, edgeKinds, graphElements, nodeHref, nodeKinds } from '../utils/graph-elements';
import { MapLegend } from './map-legend';
import { NetworkMap } from './network-map';

type Origin = components['schemas']['NetworkGraphOrigin'];

/** Where an acquaintance came from, in words: "met at <gathering>" or "direct" (KNOWS links only). */
function originOf(edge: object): string | null {
  const origin = (edge as { origin?: Origin | null }).origin;
  if (!origin?.kind) return null;
  return origin.kind === 'GATHERING' ? `met at ${origin.title ?? 'a gathering'}` : 'direct';
}

const plural: Record<string, string> = { GROUP: 'groups', ORGANISER: 'organisers', ACTIVITY: 'activities', VENUE: 'venues', LOCALITY: 'localities' };

/**
 * The network as an interactive map: filter by place, kind of activity and kind of link. Choosing a node (on the map
 * or in the list) focuses the map on it and what lies one or two links away, kept in the page address; "Show the
 * whole network" goes back.
 */
export function NetworkExplorer({ localities, categories }: { localities: LocalityView[]; categories: TermView[] }) {
  const [scope, setScope, params] = useScope();
  const category = params.get('category') ?? '';
  const links = params.get('link')?.split(',').filter(Boolean) ?? [];
  const [hiddenNodes, setHiddenNodes] = useState<Set<string>>(new Set());
  const focus = params.get('focus') ?? '';
  const depth = params.get('depth') === '1' ? 1 : 2;
  const selected = focus || null;
  const [find, setFind] = useState('');
  const graph = useNetworkGraph({ locality: scope.locality, category, link: linkKinds.filter((k) => links.includes(k)),
    ...(focus ? { focus, depth } : {}) });
  useNetworkNews();

  const hiddenEdges = useMemo(() => new Set(links.length ? edgeKinds.filter((k) => !links.includes(k)) : []), [links.join(',')]); // eslint-disable-line react-hooks/exhaustive-deps
  const elements = useMemo(() => (graph.data ? graphElements(graph.data, hiddenNodes, hiddenEdges) : []), [graph.data, hiddenNodes, hiddenEdges]);
  const node = graph.data?.nodes.find((n) => n.id === selected);
  const neighbours = graph.data && selected ? graph.data.edges.filter((e) => e.from === selected || e.to === selected) : [];
  const nameOf = (id: string) => graph.data?.nodes.find((n) => n.id === id)?.label ?? id;
  const listed = byBrokerage((graph.data?.nodes ?? []).filter((n) => !hiddenNodes.has(n.kind) && n.label.toLowerCase().includes(find.toLowerCase()))).slice(0, 60);
  const focused = graph.data?.nodes.find((n) => n.id === focus);

  function focusOn(id: string) {
    setScope({ focus: id });
  }

  function showWhole() {
    setScope({ focus: '', depth: '' });
  }

  function toggleLink(kind: string) {
    const current = links.length ? links : edgeKinds;
    const next = current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind];
    if (next.length === 0) return;
    setScope({ link: next.length === edgeKinds.length ? '' : next.join(',') });
  }

  return (
    <section>
      <h1>The network</h1>
      <ScopePicker scope={scope} localities={localities} onChange={(s) => setScope(s)} period={false} />
      <div className="toolbar">
        <label>Kind of activity{' '}
          <select value={category} onChange={(e) => setScope({ category: e.target.value })}>
            <option value="">All</option>
            {categories.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
          </select>
        </label>
        <fieldset className="inline">
          <legend>Links</legend>
          {edgeKinds.map((k) => (
            <label key={k}><input type="checkbox" checked={links.length === 0 || links.includes(k)}
              onChange={() => toggleLink(k)} /> {k.toLowerCase().replace('_', ' ')}</label>
          ))}
        </fieldset>
        <fieldset className="inline">
          <legend>Show</legend>
          {nodeKinds.map((k) => (
            <label key={k}><input type="checkbox" checked={!hiddenNodes.has(k)}
              onChange={() => setHiddenNodes((h) => { const n = new Set(h); if (n.has(k)) n.delete(k); else n.add(k); return n; })} /> {plural[k]}</label>
          ))}
        </fieldset>
      </div>
      <Problem error={graph.error} />
      {graph.isPending && <Loading what="Drawing the network" />}
      {graph.data?.truncated && <p className="hint">⚠ Only part of the network is shown: choose a smaller place.</p>}
      {focus && (
        <div className="toolbar" role="group" aria-label="Focus" data-testid="focus-bar">
          <p>Focused on <strong>{focused?.label ?? focus}</strong> and what lies within{' '}
            <label><span className="visually-hidden">links out</span>
              <select value={depth} onChange={(e) => setScope({ depth: e.target.value === '1' ? '1' : '' })}>
                <option value={1}>one link</option>
                <option value={2}>two links</option>
              </select>
            </label>{' '}of it.</p>
          <button type="button" onClick={showWhole}>Show the whole network</button>
        </div>
      )}
      <div className="graph-layout">
        <div>
          <NetworkMap elements={elements} selected={selected} onSelect={focusOn}
            label={`Network map: ${elements.filter((e) => e.group === 'nodes' && e.data.kind !== 'AREA').length} nodes and ${elements.filter((e) => e.group === 'edges').length} links${focused ? `, focused on ${focused.label}` : ''}. Use the list to pick a node.`} />
          <MapLegend communities={graph.data?.communities ?? []} kinds={nodeKinds} />
        </div>
        <aside className="panel" aria-label="Nodes">
          {node ? (
            <div role="status" data-testid="selected-node">
              <h2>{node.label}</h2>
              <p>{node.kind.toLowerCase()}{node.localityCode && ` in ${node.localityCode}`} · community {node.community + 1} · broker score {node.betweenness.toFixed(2)}</p>
              {nodeHref(node.kind, node.id, node.localityCode) && <p><Link to={nodeHref(node.kind, node.id, node.localityCode)!}>Open {node.kind.toLowerCase()} page</Link></p>}
              <h3>Links ({neighbours.length})</h3>
              <ul className="compact-list">
                {neighbours.slice(0, 30).map((e, i) => {
                  const other = e.from === selected ? e.to : e.from;
                  const came = originOf(e);
                  return <li key={i}>{e.kind.toLowerCase()} <button type="button" className="link-button" onClick={() => focusOn(other)}>{nameOf(other)}</button>{came && <small data-testid="link-origin"> · {came}</small>}</li>;
                })}
              </ul>
            </div>
          ) : <p>Click a node, or choose one below, to focus the map on it. Biggest brokers first.</p>}
          <label>Find a node <input type="search" value={find} onChange={(e) => setFind(e.target.value)} /></label>
          <ul className="compact-list node-list" aria-label="Nodes on the map">
            {listed.map((n) => (
              <li key={n.id}><button type="button" className="link-button" aria-pressed={n.id === selected} onClick={() => focusOn(n.id)}>{n.label}</button> <small>{n.kind.toLowerCase()} · community {n.community + 1}{n.betweenness > 0 && ` · broker ${n.betweenness.toFixed(2)}`}</small></li>
            ))}
          </ul>
        </aside>
      </div>
    </section>
  );
}
