// One event: what was coded, and the article it comes from with the evidence highlighted at its offsets.

import { get } from '../api.js';
import { el, show } from '../dom.js';
import { link } from '../route.js';

/** The article text as text nodes, with each evidence span in a <mark>. */
export function highlighted(text, evidence) {
  const spans = [...evidence].sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  for (const span of spans) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    parts.push(text.slice(at, start), el('mark', { class: 'evidence' }, text.slice(start, span.end)));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts;
}

function actorList(actors) {
  return actors.map((a) => `${a.name} (${a.code})`).join(', ') || '—';
}

function facts(e) {
  const rows = [
    ['Type', `${e.type} / ${e.mode} (CAMEO ${e.cameo}, Goldstein ${e.goldstein})`],
    ['Status', e.status],
    ['Date', [e.date, e.date_end].filter(Boolean).join(' to ') || 'undated'],
    ['Source', actorList(e.source)],
    ['Target', actorList(e.target)],
    ['Place', [e.location?.place, e.location?.country].filter(Boolean).join(', ') || '—'],
    ['Participants', e.participants.map((p) => `${p.name}, ${p.title} (${p.actor})`).join('; ') || '—'],
    ['Series', e.series?.name || '—'],
    ['Rule', e.rule],
  ];
  return el('dl', { class: 'facts' }, rows.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

function article(a, e) {
  const meta = [a.published, a.language, a.url].filter(Boolean).join(' · ');
  const body = a.text === null
    ? el('p', { class: 'notice' }, 'This store has no text for the article (it was stored before texts were kept); ingest it again to see it.')
    : el('div', { class: 'article-text' }, highlighted(a.text, e.evidence));
  return el('article', {}, el('h2', { class: 'article-title' }, a.title || a.id), el('p', { class: 'meta' }, meta), body);
}

/** Renders the page of the event with this key. */
export async function render(key) {
  const { event: e, article: a } = await get(`/api/events/${encodeURIComponent(key)}`);
  const dyad = [...new Set([...e.source, ...e.target].map((x) => x.code))];
  show(el('h1', {}, `${e.type}/${e.mode}: ${e.source.map((x) => x.code).join(', ')} → ${e.target.map((x) => x.code).join(', ')}`),
    el('p', { class: 'links' },
      el('a', { href: link('events', { actor: dyad[0] }) }, `All events of ${dyad[0]}`),
      dyad.length === 2 ? el('a', { href: link('timeline', { a: dyad[0], b: dyad[1] }) }, `Timeline ${dyad[0]}–${dyad[1]}`) : null),
    facts(e), a ? article(a, e) : el('p', { class: 'notice' }, `The article ${e.doc} is not in the store.`));
}
