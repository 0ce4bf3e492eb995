// Requests to the viewer's API. Errors carry the server's own message ({"status", "error"}).

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function check(response) {
  if (response.ok) {
    return response.json();
  }
  let message = response.status + ' ' + response.statusText;
  try {
    const body = await response.json();
    if (body && body.error) message = body.error;
  } catch (e) { /* not JSON: keep the status line */ }
  throw new ApiError(response.status, message);
}

export async function getJson(url, options = {}) {
  return check(await fetch(url, options));
}

/** A fresh id for a long request, so its progress can be polled. */
export function requestId() {
  if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
  return 'r' + Math.random().toString(36).slice(2) + Date.now().toString(36);
}

/**
 * POSTs GeoJSON and polls /api/progress/{id} meanwhile; onProgress(fraction or null) is called as it advances.
 */
export async function postTracked(url, body, onProgress) {
  const id = requestId();
  let done = false;
  const poll = async () => {
    while (!done) {
      await new Promise((r) => setTimeout(r, 200));
      if (done) break;
      try {
        const p = await getJson('/api/progress/' + id);
        if (!done && p.total > 0) onProgress(p.done / p.total, p);
      } catch (e) { /* a lost poll: the next one asks again */ }
    }
  };
  onProgress(null);
  poll();
  try {
    return await check(await fetch(url, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'X-Request-Id': id},
      body: JSON.stringify(body),
    }));
  } finally {
    done = true;
  }
}
