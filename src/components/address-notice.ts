/**
 * The address notice's browser code (AddressNotice.astro inlines it, minified, into every page).
 * Self-contained on purpose: it runs where the site's own script files cannot load.
 */

export interface NoticeText {
  title: string;
  body: string;
  admin: string;
  adminUnknown?: string;
  top?: string;
  unknown?: string;
}

export interface NoticeData {
  /** The base the site was built for: '/career/'. */
  base: string;
  /** The address this page was built at, or null for the 404 page (shown at any address). */
  page: string | null;
  file: NoticeText;
  moved: NoticeText;
}

/** Shows the notice after the running <script> when the page is opened from disk or under another base. */
export function showAddressNotice(notice: NoticeData): void {
  const norm = (p: string): string => {
    try {
      p = decodeURI(p);
    } catch {
      // A malformed escape: compare as it is.
    }
    // IIS also answers /Career/, and the links still work there: no notice for case alone.
    return p
      .replace(/index\.html$/, '')
      .replace(/\/?$/, '/')
      .toLowerCase();
  };
  const here = norm(location.pathname);
  const base = notice.base.toLowerCase();
  let text: NoticeText | null = null;
  let at = '';
  if (location.protocol === 'file:') text = notice.file;
  else if (notice.page ? here !== norm(notice.page) : !here.startsWith(base)) {
    text = notice.moved;
    // Where the site was put: this address less the page's own path below the base.
    const below = notice.page ? norm(notice.page).slice(base.length) : null;
    if (below !== null && here.endsWith(below)) at = here.slice(0, here.length - below.length);
  }
  if (!text) return;
  const name = (path: string) => (path === '/' ? text.top! : path);
  const fill = (s: string) =>
    s
      .replace(/\{built\}/g, name(notice.base))
      .replace(/\{here\}/g, at ? name(at) : text.unknown!)
      .replace(/\{herePath\}/g, at);
  const box = document.createElement('div');
  box.id = 'address-notice';
  box.setAttribute('role', 'alert');
  box.style.cssText =
    'border:3px solid #b3261e;background:#fff4f2;color:#1a1a1a;padding:1rem 1.25rem;margin:.75rem;border-radius:8px;' +
    'font:1.05rem/1.6 system-ui,sans-serif;word-break:keep-all;max-width:60rem';
  [text.title, text.body, at || !text.adminUnknown ? text.admin : text.adminUnknown].forEach((s, i) => {
    const line = document.createElement(i ? 'p' : 'strong');
    line.textContent = fill(s);
    if (i) line.style.margin = '.5rem 0 0';
    box.appendChild(line);
  });
  document.currentScript!.after(box);
}
