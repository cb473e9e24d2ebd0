// JSON calls to the kiosk daemon (same origin, `no-store`: the browser keeps nothing).
class ApiError extends Error {
  constructor(status, code, message) {
    super(message || code);
    this.status = status;
    this.code = code;
    // Field errors are 422 with "field: reason".
    const match = status === 422 && /^([\w.\[\]-]+):\s*(.*)$/s.exec(message ?? "");
    this.field = match ? match[1] : null;
    this.reason = match ? match[2] : message;
    this.details = {};
  }
}

let ended = () => {};
export function onSessionEnded(handler) { ended = handler; }

export async function call(method, path, body, { keepalive = false } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      credentials: "same-origin",
      keepalive,
    });
  } catch {
    throw new ApiError(0, "network", "");
  }
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const code = data?.error?.code ?? `http_${response.status}`;
    const error = new ApiError(response.status, code, data?.error?.message ?? "");
    error.details = data?.error ?? {};
    if (response.status === 410 || code === "session_ended") ended(error);
    throw error;
  }
  return data;
}
