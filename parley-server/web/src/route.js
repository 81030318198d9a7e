// Pages are addressed by the fragment: #/name?param=value, so every view can be linked and reloaded.

/** The current route: its page name, the rest of its path, and its parameters. */
export function current() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const [page, ...rest] = path.split('/');
  return { page: page || 'events', rest: rest.map(decodeURIComponent), params: Object.fromEntries(new URLSearchParams(query)) };
}

/** The fragment of a page with parameters (empty ones left out). */
export function link(page, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value) !== '' && value !== false) query.set(name, value);
  }
  return `#/${page}${query.size ? `?${query}` : ''}`;
}

/** The fragment of one event's page. */
export function eventLink(key) {
  return `#/event/${encodeURIComponent(key)}`;
}
