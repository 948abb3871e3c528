import { env } from '@/config/env';
import { ApiError } from '@/lib/api-error';
import { endSession, getAccessToken, refreshSession } from '@/lib/auth';

/** Bytes sent so far of the request body's total. */
export type UploadProgress = { loaded: number; total: number };

type UploadOptions = {
  /** Same-origin API path, e.g. `/api/v1/imports`. */
  path: string;
  body: FormData;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

type Answer = { status: number; contentType: string; text: string; retryAfter: string | null };

/**
 * POSTs a form with XMLHttpRequest, because fetch reports no upload progress. Like the API
 * client it sends the access token, and when the call answers 401 it refreshes the session
 * once and sends the form once more.
 *
 * @throws ApiError built from the problem details of a non-2xx answer, or a network error
 *   when no answer came; a DOMException named AbortError when `signal` aborts.
 */
export async function uploadWithProgress<T>({
  path,
  body,
  onProgress,
  signal,
}: UploadOptions): Promise<T> {
  const token = getAccessToken();
  let answer = await send(path, body, token, onProgress, signal);
  // Another call may already have refreshed while this one was on the wire.
  if (answer.status === 401) {
    const current = getAccessToken();
    let refreshed = current !== null && current !== token;
    if (!refreshed) {
      const outcome = await refreshSession();
      if (outcome === 'rejected' || outcome === 'unavailable') {
        endSession('expired');
      }
      refreshed = outcome === 'refreshed';
    }
    if (refreshed) {
      answer = await send(path, body, getAccessToken(), onProgress, signal);
    }
  }
  if (answer.status === 0) {
    throw ApiError.network(new TypeError('The upload got no answer'));
  }
  const parsed = parseBody(answer);
  if (answer.status < 200 || answer.status >= 300) {
    const headers = new Headers({ 'Content-Type': answer.contentType });
    if (answer.retryAfter !== null) {
      headers.set('Retry-After', answer.retryAfter);
    }
    throw ApiError.fromResponse(new Response(null, { status: answer.status, headers }), parsed);
  }
  return parsed as T;
}

function send(
  path: string,
  body: FormData,
  token: string | null,
  onProgress: UploadOptions['onProgress'],
  signal: AbortSignal | undefined,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
      return;
    }
    const request = new XMLHttpRequest();
    request.open('POST', `${env.API_BASE_URL}${path}`);
    request.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (token) {
      request.setRequestHeader('Authorization', `Bearer ${token}`);
    }
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        onProgress?.({ loaded: event.loaded, total: event.total });
      }
    };
    const onAbort = () => request.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    request.onloadend = () => signal?.removeEventListener('abort', onAbort);
    request.onload = () =>
      resolve({
        status: request.status,
        contentType: request.getResponseHeader('Content-Type') ?? '',
        text: request.responseText,
        retryAfter: request.getResponseHeader('Retry-After'),
      });
    request.onerror = () => reject(ApiError.network(new TypeError('The upload failed')));
    request.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    request.send(body);
  });
}

function parseBody({ contentType, text }: Answer): unknown {
  if (!contentType.includes('json')) {
    return text;
  }
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}
