/**
 * Puts text on the clipboard: the asynchronous Clipboard API where the page may use it (a secure
 * context, a click), else the older `execCommand('copy')` on a hidden text field. `false` when
 * neither works, so the caller can show the text to copy by hand.
 */

/** Copies `text`; whether it reached the clipboard. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, page not focused): try the old way.
  }
  return copyWithSelection(text);
}

function copyWithSelection(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  // Off screen through a class: the policy allows no style attribute written as text.
  field.className = 'clipboard-scratch';
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  document.body.append(field);
  field.select();
  let copied = false;
  try {
    // Deprecated, but the only way left where the Clipboard API is missing or refused.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  focused?.focus();
  return copied;
}
