// A world map of where events took place, by country; the country shapes are bundled (world-atlas 110m).

import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import codes from 'i18n-iso-countries/codes.json';
import { get } from '../api.js';
import { el, show, svg } from '../dom.js';
import { link } from '../route.js';

const WIDTH = 960;
const HEIGHT = 500;
const ALPHA3 = new Map(codes.map(([, alpha3, numeric]) => [numeric, alpha3]));

let worldPromise;

function world() {
  worldPromise ??= fetch('countries-110m.json').then((r) => r.json()).then((topo) => feature(topo, topo.objects.countries));
  return worldPromise;
}

function shade(count, max) {
  const t = Math.sqrt(count / max);
  const light = Math.round(225 - t * 170);
  return `rgb(${light}, ${Math.round(light + t * 15)}, ${Math.round(235 - t * 60)})`;
}

/** Renders the map of the events matching the route's filters. */
export async function render(params) {
  const [countries, counts] = await Promise.all([world(), get('/api/countries', params)]);
  const byCode = new Map(counts.map((c) => [c.country, c]));
  const max = Math.max(1, ...counts.map((c) => c.events));
  const path = geoPath(geoNaturalEarth1().fitSize([WIDTH, HEIGHT], countries));
  const shapes = countries.features.map((f) => {
    const code = ALPHA3.get(f.id);
    const count = byCode.get(code);
    const name = f.properties.name;
    const shape = svg('path', { d: path(f), class: count ? 'country has-events' : 'country', fill: count ? shade(count.events, max) : null },
      svg('title', {}, count ? `${name} (${code}): ${count.events} events` : name));
    return count ? svg('a', { href: link('events', { ...params, place: code, consolidated: 'true' }), 'data-country': code }, shape) : shape;
  });
  show(el('h1', {}, 'Events by country'),
    el('p', { class: 'count' }, `${counts.reduce((n, c) => n + c.events, 0)} placed events in ${counts.length} countries; click a country for its events`),
    svg('svg', { class: 'map', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'world map' }, shapes),
    el('table', { class: 'countries' }, el('tbody', {}, counts.map((c) => el('tr', {},
      el('td', {}, el('a', { href: link('events', { place: c.country, consolidated: 'true' }) }, c.country)),
      el('td', {}, `${c.events} events`), el('td', {}, `mean Goldstein ${c.goldstein.toFixed(1)}`))))));
}
