/**
 * Names of downloaded files: `sitrep-<what>-<view>.<extension>`, so a folder of exports says which
 * view each came from. Lower-case letters, digits and dashes only, safe on every file system
 * whatever the view's query string holds.
 */

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** `downloadFileName('posts', '?actor=lazarus-group', 'stix.json')` is `sitrep-posts-actor-lazarus-group.stix.json`. */
export function downloadFileName(what: string, view: string, extension: string): string {
  const viewPart = slug(view);
  const extensionPart = extension.toLowerCase().replace(/[^a-z0-9.]+/g, '').replace(/^\.+/, '');
  return `sitrep-${slug(what)}${viewPart ? `-${viewPart}` : ''}.${extensionPart}`;
}
