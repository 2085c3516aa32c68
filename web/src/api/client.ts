export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type UnauthenticatedListener = () => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/** A session can expire while a page is open: any 401 tells the auth state to show the login page. */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON, or FormData for an upload (the browser then sets the multipart boundary itself). */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

function encodeBody(body: unknown): { headers: Record<string, string>; payload: BodyInit | undefined } {
  if (body === undefined) return { headers: { accept: 'application/json' }, payload: undefined };
  if (body instanceof FormData) return { headers: { accept: 'application/json' }, payload: body };
  return { headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) };
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, headers, signal } = options;
  const encoded = encodeBody(body);
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { ...encoded.headers, ...headers },
    body: encoded.payload,
    signal,
  });
  if (response.ok) {
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
  const error = await readError(response);
  if (response.status === 401 && error.code === 'UNAUTHENTICATED') {
    for (const listener of unauthenticatedListeners) listener();
  }
  throw error;
}

async function readError(response: Response): Promise<ApiError> {
  const text = await response.text();
  try {
    const parsed: unknown = JSON.parse(text);
    if (isErrorBody(parsed)) {
      return new ApiError(response.status, parsed.error.code, parsed.error.message ?? parsed.error.code);
    }
  } catch {
    // Not JSON: a proxy or a crash page; fall through to a generic error carrying the status.
  }
  return new ApiError(response.status, `HTTP_${response.status}`, text || response.statusText);
}

function isErrorBody(value: unknown): value is { error: { code: string; message?: string } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string';
}
