/**
 * Hands a file to the browser's downloads, named: a Blob behind a temporary object URL and a link
 * with `download`, which the Content Security Policy does not govern (it is a download, not a fetch).
 */

// Long enough for any browser to have started reading the Blob before its URL is revoked.
const REVOKE_AFTER_MS = 60_000;

/** Downloads `text` as the file `name` of media type `type`. */
export function saveFile(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
