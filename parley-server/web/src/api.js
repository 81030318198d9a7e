// The JSON API of the same server. Errors come back as {status, error, parameter}.

export class ApiError extends Error {
  constructor(body) {
    super(body.error);
    this.parameter = body.parameter;
  }
}

/** GETs an API path with query parameters (empty ones left out); resolves to the parsed JSON. */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') query.set(name, value);
  }
  const response = await fetch(query.size ? `${path}?${query}` : path, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new ApiError(body);
  return body;
}
