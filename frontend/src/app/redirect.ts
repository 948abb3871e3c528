import { paths } from '@/config/paths';

const ORIGIN = 'https://leadline.invalid';

/**
 * The in-app path to return to after signing in, or undefined when `value` is not one:
 * only same-origin paths pass, so a crafted link cannot send someone elsewhere after login.
 */
export function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/') || /^\/[/\\]/.test(value)) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== ORIGIN || url.pathname === paths.login.path) {
    return undefined;
  }
  const target = `${url.pathname}${url.search}${url.hash}`;
  return target === paths.overview.path ? undefined : target;
}

/** Search params of /login that bring the user back to `href` afterwards. */
export function loginSearch(href: string): { redirect?: string } {
  const redirect = safeRedirect(href);
  return redirect ? { redirect } : {};
}
