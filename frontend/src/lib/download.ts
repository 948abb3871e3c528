/**
 * Hands a fetched file to the browser as a download, named as the server's
 * Content-Disposition says (or `fallback`). The file was fetched with the access token,
 * which a plain link could not send.
 */
export function saveFile(blob: Blob, contentDisposition: string | null, fallback: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(contentDisposition) ?? fallback;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name of `attachment; filename="a.csv"` or `filename*=UTF-8''a%20b.csv`. */
export function fileNameOf(contentDisposition: string | null): string | undefined {
  if (!contentDisposition) {
    return undefined;
  }
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(contentDisposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // Malformed escapes: fall back to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(contentDisposition);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name || undefined;
}
