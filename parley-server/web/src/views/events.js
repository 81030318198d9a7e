// The events table: the filters of `parley events`, per-article or consolidated, a page at a time.

import { get } from '../api.js';
import { el, show } from '../dom.js';
import { eventLink, link } from '../route.js';
import { goldsteinColour } from '../colour.js';

const PAGE = 25;
const TEXT_FILTERS = [
  ['actor', 'Actor', 'USA'], ['dyad', 'Dyad', 'USA,CHN'], ['mode', 'Mode', 'meet'], ['since', 'Since', '2024-05'],
  ['until', 'Until', '2024-12-31'], ['place', 'Place', 'Brussels or BEL'], ['series', 'Series', ''],
  ['text', 'Evidence words', 'border security'],
];
const STATUSES = ['occurred', 'planned', 'proposed'];

let typesPromise;

/** The PLOVER types, as the API document lists them. */
function types() {
  typesPromise ??= get('/openapi.json').then((doc) => doc.components.parameters.type.schema.enum);
  return typesPromise;
}

function choice(name, label, options, selected) {
  return el('label', {}, label, el('select', { name },
    el('option', { value: '' }, 'any'),
    options.map((o) => el('option', { value: o, selected: o === selected }, o))));
}

function form(params, typeNames) {
  const fields = TEXT_FILTERS.map(([name, label, example]) =>
    el('label', {}, label, el('input', { name, value: params[name] || '', placeholder: example })));
  fields.splice(2, 0, choice('type', 'Type', typeNames, params.type), choice('status', 'Status', STATUSES, params.status));
  const consolidated = el('label', { class: 'check' },
    el('input', { type: 'checkbox', name: 'consolidated', checked: params.consolidated === 'true' }),
    'Consolidated (each real-world event once)');
  return el('form', {
    class: 'filters',
    onsubmit: (e) => {
      e.preventDefault();
      const data = Object.fromEntries(new FormData(e.target));
      data.consolidated = data.consolidated ? 'true' : '';
      location.hash = link('events', data);
    },
  }, fields, consolidated, el('div', { class: 'actions' },
    el('button', { type: 'submit' }, 'Filter'), el('a', { href: link('events') }, 'Clear')));
}

function actors(list) {
  return list.map((a) => a.code).join(', ');
}

/** A swatch of an event's Goldstein colour (set through CSSOM: the CSP allows no style attributes). */
function dot(score) {
  const swatch = el('span', { class: 'dot', title: `Goldstein ${score}` });
  swatch.style.backgroundColor = goldsteinColour(score);
  return swatch;
}

function row(e) {
  const evidence = e.evidence[0]?.text || '';
  return el('tr', {},
    el('td', {}, e.date || 'undated'),
    el('td', {}, dot(e.goldstein), `${e.type}/${e.mode}`),
    el('td', {}, e.status),
    el('td', {}, actors(e.source), ' → ', actors(e.target)),
    el('td', {}, [e.location?.place, e.location?.country].filter(Boolean).join(', ')),
    el('td', { class: 'evidence' }, el('a', { href: eventLink(e.key) }, evidence.length > 160 ? `${evidence.slice(0, 160)}…` : evidence)),
    el('td', {}, e.doc));
}

function consolidatedRow(c) {
  return el('tr', {},
    el('td', {}, c.date || 'undated'),
    el('td', {}, dot(c.goldstein), `${c.type}/${c.mode}`),
    el('td', {}, c.status),
    el('td', {}, c.actorCodes.join(', ')),
    el('td', {}, [c.place, c.country].filter(Boolean).join(', ')),
    el('td', {}, el('a', { href: eventLink(c.representativeEvent) }, `${c.articles} article${c.articles === 1 ? '' : 's'}`)),
    el('td', {}, c.firstSeen || ''));
}

function pager(params, page) {
  const offset = page.offset;
  const last = Math.min(offset + page.items.length, page.total);
  const to = (o) => link('events', { ...params, offset: o || '' });
  return el('div', { class: 'pager' },
    offset > 0 ? el('a', { href: to(Math.max(0, offset - PAGE)), rel: 'prev' }, '← Previous') : el('span'),
    el('span', { class: 'count' }, page.total ? `${offset + 1}–${last} of ${page.total}` : 'no events match'),
    last < page.total ? el('a', { href: to(offset + PAGE), rel: 'next' }, 'Next →') : el('span'));
}

/** Renders the events page for the route's parameters. */
export async function render(params) {
  const consolidated = params.consolidated === 'true';
  const [typeNames, page] = await Promise.all([types(), get('/api/events', { ...params, limit: PAGE })]);
  const head = consolidated
    ? ['Date', 'Type/mode', 'Status', 'Parties', 'Place', 'Reports', 'First seen']
    : ['Date', 'Type/mode', 'Status', 'Source → target', 'Place', 'Evidence', 'Article'];
  const table = el('table', { class: 'events' },
    el('thead', {}, el('tr', {}, head.map((h) => el('th', {}, h)))),
    el('tbody', {}, page.items.map(consolidated ? consolidatedRow : row)));
  show(el('h1', {}, consolidated ? 'Consolidated events' : 'Events'), form(params, typeNames),
    pager(params, page), table);
}
