/**
 * An absolute http(s) address as a link target. Anything else (`javascript:`, `mailto:`, text
 * that is no address) is not made a link: values read from websites are not trusted.
 */
export function webAddress(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A company's website as stored (a bare domain means https) as a link target, only for http(s). */
export function websiteUrl(website: string | null): URL | undefined {
  if (!website) {
    return undefined;
  }
  return webAddress(/^[a-z][a-z\d+.-]*:/i.test(website) ? website : `https://${website}`);
}
