// The Parley web UI: one page per fragment route, rendered from the JSON API.

import { get } from './api.js';
import { el, show } from './dom.js';
import { current } from './route.js';
import * as events from './views/events.js';
import * as event from './views/event.js';
import * as timeline from './views/timeline.js';
import * as network from './views/network.js';
import * as map from './views/map.js';
import * as series from './views/series.js';

const PAGES = {
  events: (r) => events.render(r.params),
  event: (r) => event.render(r.rest[0]),
  timeline: (r) => timeline.render(r.params),
  network: (r) => network.render(r.params),
  map: (r) => map.render(r.params),
  series: (r) => series.render(r.params),
};

async function route() {
  const r = current();
  const page = PAGES[r.page];
  for (const a of document.querySelectorAll('nav a')) {
    a.classList.toggle('active', a.getAttribute('href') === `#/${r.page}`);
  }
  document.body.dataset.page = r.page;
  document.body.dataset.ready = 'false';
  try {
    if (!page) throw new Error(`There is no page '${r.page}'; choose one above.`);
    await page(r);
  } catch (e) {
    show(el('h1', {}, 'Something went wrong'), el('p', { class: 'error', role: 'alert' }, e.message));
  }
  document.body.dataset.ready = 'true';
}

async function stats() {
  const s = await get('/api/stats');
  const stale = s.consolidationCurrent ? '' : ' · consolidation out of date: run the same parley ingest again';
  document.getElementById('stats').textContent =
    `${s.totals.articles} articles · ${s.totals.events} events · ${s.totals.consolidated} consolidated${stale}`;
}

window.addEventListener('hashchange', route);
route();
stats();
