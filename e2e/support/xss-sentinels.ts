/**
 * Sentinels for hostile markup (e2e/hostile-markup.spec.ts): what counts as a vector having run, and
 * how to give every vector its chance to run without waiting on timers, networks or animations.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { MARKER_HOST } from '../fixtures/xss-vectors.ts';

// Every event an inline handler of a vector could wait for; dispatched, so none needs a real
// pointer, network error or animation, and none depends on timing.
const ELEMENT_EVENTS = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'mouseover', 'mouseout', 'mouseenter',
  'mouseleave', 'mousemove', 'pointerdown', 'pointerup', 'pointerover', 'pointerout', 'pointerenter', 'pointerleave',
  'pointermove', 'touchstart', 'touchend', 'touchmove', 'wheel', 'keydown', 'keyup', 'keypress', 'focus', 'blur', 'focusin',
  'focusout', 'input', 'beforeinput', 'change', 'select', 'selectstart', 'submit', 'reset', 'invalid', 'search', 'formdata',
  'load', 'error', 'abort', 'loadstart', 'loadend', 'loadeddata', 'loadedmetadata', 'progress', 'canplay', 'canplaythrough',
  'play', 'playing', 'pause', 'ended', 'timeupdate', 'volumechange', 'durationchange', 'emptied', 'stalled', 'suspend',
  'waiting', 'seeking', 'seeked', 'ratechange', 'cuechange', 'scroll', 'scrollend', 'resize', 'toggle', 'beforetoggle',
  'show', 'close', 'cancel', 'animationstart', 'animationend', 'animationiteration', 'animationcancel', 'webkitanimationstart',
  'webkitanimationend', 'webkitanimationiteration', 'transitionstart', 'transitionrun', 'transitionend', 'transitioncancel',
  'webkittransitionend', 'drag', 'dragstart', 'dragend', 'dragenter', 'dragleave', 'dragover', 'drop', 'copy', 'cut', 'paste',
  'begin', 'end', 'repeat', 'start', 'finish', 'bounce', 'message', 'readystatechange', 'securitypolicyviolation',
  'gotpointercapture', 'lostpointercapture', 'slotchange', 'contentvisibilityautostatechange',
];
// Handlers on <body> and <frameset> are the window's.
const WINDOW_EVENTS = [
  'load', 'error', 'pageshow', 'hashchange', 'message', 'resize', 'scroll', 'focus', 'blur', 'online', 'offline',
  'afterprint', 'beforeprint', 'storage', 'languagechange',
];

type Sentinel = Window & { __xss?: unknown; __xssReport?: (what: string) => Promise<void>; __xssSeen?: string[] };

/**
 * Arms the sentinels of a browser context: evaluating `__xss.<id>` or calling `__xss(id)`, and any
 * dialog, reports a hit in every page and frame (init scripts and bindings reach them all); so does
 * a request to the marker host. Every other host is refused, so nothing leaves the machine.
 * Returns the live list of hits, each `<how> <vector id or address>`.
 */
export async function armSentinels(context: BrowserContext, localHosts: readonly string[]): Promise<string[]> {
  const hits: string[] = [];
  await context.exposeBinding('__xssReport', (_source, what: string) => {
    hits.push(what);
  });
  await context.addInitScript(() => {
    const page = window as Sentinel;
    const seen: string[] = [];
    page.__xssSeen = seen;
    const report = (what: string) => {
      seen.push(what);
      void page.__xssReport?.(what);
    };
    // Only the vectors ever touch it: a property read is `__xss.<id>` evaluated, a call `__xss(id)`.
    page.__xss = new Proxy(() => undefined, {
      get: (_target, name) => {
        if (typeof name === 'string') report(`ran ${name.replaceAll('_', '-')}`);
        return undefined;
      },
      apply: (_target, _this, args: unknown[]) => {
        report(`ran ${String(args[0])}`);
        return undefined;
      },
    });
    window.alert = (message) => report(`alert ${String(message)}`);
    window.confirm = (message) => {
      report(`confirm ${String(message)}`);
      return false;
    };
    window.prompt = (message) => {
      report(`prompt ${String(message)}`);
      return null;
    };
  });
  context.on('dialog', (dialog) => {
    hits.push(`dialog ${dialog.message()}`);
    void dialog.dismiss();
  });
  await context.route(
    (url) => !localHosts.includes(url.host),
    (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === MARKER_HOST) hits.push(`request ${url.href}`);
      return route.abort();
    },
  );
  return hits;
}

/** Dispatches every event on every element under `root` (and the window's), then submits what can be. */
export async function fireEverything(root: Locator): Promise<void> {
  await root.evaluate(
    (element, { elementEvents, windowEvents }) => {
      // Clicking links for real is `clickEveryLink`'s job: a dispatched click must not leave the page,
      // except through a javascript: URL, which runs in place and is what a click could set off.
      const stayOnPage = (event: Event) => {
        const link = event.target instanceof Element ? event.target.closest('a, area') : null;
        if (link && !/^[\s\u0000-\u001f]*javascript:/i.test(link.getAttribute('href') ?? '')) event.preventDefault();
      };
      document.addEventListener('click', stayOnPage, true);
      // A click must be a MouseEvent to follow a link or press a button, as a reader's would.
      const init = { bubbles: true, cancelable: true, composed: true };
      const eventOf = (type: string) =>
        /^(?:click|dblclick|auxclick|contextmenu|mouse)/.test(type)
          ? new MouseEvent(type, init)
          : /^(?:focus|blur)/.test(type)
            ? new FocusEvent(type, init)
            : /^key/.test(type)
              ? new KeyboardEvent(type, init)
              : new Event(type, init);
      const all = [element, ...element.querySelectorAll('*')];
      for (const node of all) {
        for (const type of elementEvents) node.dispatchEvent(eventOf(type));
        if (node instanceof HTMLElement || node instanceof SVGElement) node.focus();
      }
      for (const type of windowEvents) window.dispatchEvent(new Event(type));
      for (const form of element.querySelectorAll('form')) {
        try {
          form.requestSubmit();
        } catch {
          // A form whose submitter is gone; the clicks below try the buttons.
        }
      }
      for (const button of element.querySelectorAll<HTMLElement>('button, input[type="submit"], input[type="image"], isindex')) button.click();
      document.removeEventListener('click', stayOnPage, true);
    },
    { elementEvents: ELEMENT_EVENTS, windowEvents: WINDOW_EVENTS },
  );
}

/** Every hit recorded in the page's frames themselves, in case a binding call is still on its way. */
export async function hitsInFrames(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (const frame of page.frames()) seen.push(...(await frame.evaluate(() => (window as Sentinel).__xssSeen ?? []).catch(() => [])));
  return seen;
}

/** The vector id a hit names (`ran css-01`, `request https://sentinel.invalid/css-01?`), if any. */
export function vectorOfHit(hit: string): string | undefined {
  return /(?:^ran |sentinel\.invalid\/)([a-z]+(?:-[a-z]+)*-\d{2})\b/.exec(hit)?.[1];
}
