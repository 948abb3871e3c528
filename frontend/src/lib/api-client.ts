import createClient from 'openapi-fetch';

import { env } from '@/config/env';
import { ApiError } from '@/lib/api-error';
import { createAuthMiddleware } from '@/lib/auth';

import type { paths } from '@/lib/api/schema';

export {
  ApiError,
  PROBLEM_TYPE_BASE,
  titleForStatus,
  type ProblemDetails,
  type ProblemError,
} from '@/lib/api-error';

export const api = createClient<paths>({
  baseUrl: env.API_BASE_URL,
  headers: { Accept: 'application/json, application/problem+json' },
  // Look fetch up on every call rather than once at import, so tests and tools that
  // replace the global are honoured.
  fetch: (request) => globalThis.fetch(request),
});

// Bearer token on every call but login and refresh; one silent refresh and retry on a 401.
api.use(createAuthMiddleware());

type ApiResult<T> = { data?: T; error?: unknown; response: Response };

/**
 * Awaits an openapi-fetch call and returns its data.
 *
 * @throws ApiError when the response is not 2xx or no response arrived at all.
 *   Aborts are rethrown untouched so TanStack Query can tell a cancel from a failure.
 */
export async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<T> {
  let result: ApiResult<T>;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') {
      throw cause;
    }
    throw ApiError.network(cause);
  }
  if (!result.response.ok) {
    throw ApiError.fromResponse(result.response, result.error);
  }
  return result.data as T;
}
