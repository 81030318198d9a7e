// Dialogue series: each with its sessions' span; one series' sessions as consolidated events.

import { get } from '../api.js';
import { el, show } from '../dom.js';
import { eventLink, link } from '../route.js';

function sessions(name, page) {
  return [el('h2', {}, `Sessions of ${name}`),
    el('ol', { class: 'timeline-list' }, page.items.map((e) => el('li', {},
      el('a', { href: eventLink(e.representativeEvent) }, `${e.date || 'undated'} — ${e.type}/${e.mode}`),
      ` ${e.actorCodes.join(', ')}${e.place ? `, ${e.place}` : ''} (${e.status})`)))];
}

/** Renders the series page; with a name, that series' sessions too. */
export async function render(params) {
  const series = await get('/api/series');
  const table = el('table', { class: 'series' },
    el('thead', {}, el('tr', {}, ['Series', 'Meets', 'Founded', 'Sessions', 'First', 'Last'].map((h) => el('th', {}, h)))),
    el('tbody', {}, series.map((s) => el('tr', { class: s.name === params.name ? 'selected' : null },
      el('td', {}, el('a', { href: link('series', { name: s.name }) }, s.name)),
      el('td', {}, s.periodicity || ''), el('td', {}, s.founded ?? ''), el('td', {}, s.events),
      el('td', {}, s.firstDay || ''), el('td', {}, s.lastDay || '')))));
  const parts = [el('h1', {}, 'Dialogue series'), table];
  if (params.name) {
    parts.push(...sessions(params.name, await get('/api/events', { series: params.name, consolidated: 'true', limit: 1000 })));
  }
  show(parts);
}
