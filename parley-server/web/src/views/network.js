// The actor network: a link for each pair of actors that are parties to the same events, as thick as their
// number of events and coloured by their mean Goldstein score. The layout is computed before drawing.

import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import { get } from '../api.js';
import { el, show, svg } from '../dom.js';
import { link } from '../route.js';
import { goldsteinColour, legendStops } from '../colour.js';

const WIDTH = 960;
const HEIGHT = 640;
const TICKS = 300;

function layout(network) {
  const nodes = network.nodes.map((n) => ({ ...n }));
  const links = network.links.map((l) => ({ ...l, source: l.first, target: l.second }));
  forceSimulation(nodes)
    .force('link', forceLink(links).id((n) => n.code).distance(70))
    .force('charge', forceManyBody().strength(-120))
    .force('collide', forceCollide(18))
    .force('center', forceCenter(WIDTH / 2, HEIGHT / 2))
    // pull separate groups of actors in, so that they do not drift to the edges
    .force('x', forceX(WIDTH / 2).strength(0.06))
    .force('y', forceY(HEIGHT / 2).strength(0.06))
    .stop()
    .tick(TICKS);
  return { nodes, links };
}

function fit(nodes) {
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const pad = 40;
  return `${Math.min(...xs) - pad} ${Math.min(...ys) - pad} ${Math.max(...xs) - Math.min(...xs) + 2 * pad} ${Math.max(...ys) - Math.min(...ys) + 2 * pad}`;
}

export function legend() {
  return el('p', { class: 'legend' }, 'Goldstein: conflict ',
    legendStops().map(({ score, colour }) => {
      const swatch = el('span', { class: 'dot', title: String(score) });
      swatch.style.backgroundColor = colour;
      return swatch;
    }), ' cooperation');
}

/** Renders the network of the actors of the events matching the route's filters. */
export async function render(params) {
  const network = await get('/api/network', params);
  if (network.nodes.length === 0) {
    show(el('h1', {}, 'Actor network'), el('p', { class: 'notice' }, 'No events with two or more parties match.'));
    return;
  }
  const { nodes, links } = layout(network);
  const picture = svg('svg', { class: 'network', viewBox: fit(nodes), role: 'img', 'aria-label': 'actor network' },
    svg('g', { class: 'links' }, links.map((l) => svg('line', {
      x1: l.source.x, y1: l.source.y, x2: l.target.x, y2: l.target.y,
      stroke: goldsteinColour(l.goldstein), 'stroke-width': 1 + Math.sqrt(l.events) * 1.5,
    }, svg('title', {}, `${l.first}–${l.second}: ${l.events} events, mean Goldstein ${l.goldstein.toFixed(1)}`)))),
    svg('g', { class: 'nodes' }, nodes.map((n) => svg('a', { href: link('events', { actor: n.code, consolidated: 'true' }) },
      svg('circle', { cx: n.x, cy: n.y, r: 5 + Math.sqrt(n.events) * 2 }),
      svg('text', { x: n.x, y: n.y - 9 - Math.sqrt(n.events) * 2 }, n.code),
      svg('title', {}, `${n.name} (${n.code})`)))));
  show(el('h1', {}, 'Actor network'),
    el('p', { class: 'count' }, `${nodes.length} actors, ${links.length} links; line width: number of events`),
    legend(), picture);
}
