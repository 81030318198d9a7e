// A dyad's history: its consolidated events on a time axis, coloured by Goldstein score.

import { get } from '../api.js';
import { el, show, svg } from '../dom.js';
import { eventLink, link } from '../route.js';
import { goldsteinColour } from '../colour.js';

const WIDTH = 960;
const HEIGHT = 220;
const MARGIN = 40;

function picker(actors, params) {
  const select = (name, selected) => el('select', { name },
    el('option', { value: '' }, 'choose an actor'),
    actors.map((a) => el('option', { value: a.code, selected: a.code === selected }, `${a.code} — ${a.name} (${a.events})`)));
  return el('form', {
    class: 'filters',
    onsubmit: (e) => {
      e.preventDefault();
      location.hash = link('timeline', Object.fromEntries(new FormData(e.target)));
    },
  }, el('label', {}, 'Actor A', select('a', params.a)), el('label', {}, 'Actor B', select('b', params.b)),
  el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Show timeline')));
}

function dayOf(event) {
  const [y, m = '07', d = '01'] = event.date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

function chart(events) {
  const dated = events.filter((e) => e.date);
  if (dated.length === 0) return el('p', { class: 'notice' }, 'None of these events is dated.');
  const days = dated.map(dayOf);
  const min = Math.min(...days);
  const max = Math.max(...days);
  const x = (day) => (max === min ? WIDTH / 2 : MARGIN + ((day - min) / (max - min)) * (WIDTH - 2 * MARGIN));
  const axis = HEIGHT - 50;
  const years = [];
  for (let y = new Date(min).getUTCFullYear(); y <= new Date(max).getUTCFullYear(); y++) years.push(y);
  return svg('svg', { class: 'timeline', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'timeline' },
    svg('line', { x1: MARGIN / 2, x2: WIDTH - MARGIN / 2, y1: axis, y2: axis, class: 'axis' }),
    years.map((y) => {
      const at = Date.UTC(y, 0, 1);
      return at >= min && at <= max ? svg('text', { x: x(at), y: axis + 20, class: 'tick' }, String(y)) : null;
    }),
    svg('text', { x: x(min), y: axis + 36, class: 'tick' }, dated[0].date),
    svg('text', { x: x(max), y: axis + 36, class: 'tick end' }, dated[dated.length - 1].date),
    dated.map((e, i) => {
      const cx = x(dayOf(e));
      const cy = axis - 30 - (i % 4) * 30;
      return svg('a', { href: eventLink(e.representativeEvent), class: 'mark' },
        svg('line', { x1: cx, x2: cx, y1: axis, y2: cy, class: 'stem' }),
        svg('circle', { cx, cy, r: 6 + Math.min(6, e.articles), fill: goldsteinColour(e.goldstein) }),
        svg('title', {}, `${e.date} ${e.type}/${e.mode} (${e.status}), Goldstein ${e.goldstein}`));
    }));
}

function list(events) {
  return el('ol', { class: 'timeline-list' }, events.map((e) => el('li', {},
    el('a', { href: eventLink(e.representativeEvent) }, `${e.date || 'undated'} — ${e.type}/${e.mode}`),
    ` ${e.status}${e.place ? `, ${e.place}` : ''}; ${e.articles} article${e.articles === 1 ? '' : 's'}`)));
}

/** Renders the timeline page; with actors a and b, their dyad's history. */
export async function render(params) {
  const actors = await get('/api/actors');
  const parts = [el('h1', {}, 'Dyad timeline'), picker(actors, params)];
  if (params.a && params.b) {
    const page = await get('/api/events', { dyad: `${params.a},${params.b}`, consolidated: 'true', limit: 1000 });
    parts.push(el('p', { class: 'count' }, `${page.total} consolidated events between ${params.a} and ${params.b}`),
      chart(page.items), list(page.items));
  }
  show(parts);
}
