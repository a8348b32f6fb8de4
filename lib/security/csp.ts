/**
 * Content-Security-Policy for the console's pages, as strict as Next.js allows:
 * - scripts only with this response's nonce (Next.js stamps it on its own scripts) and what they
 *   load ('strict-dynamic'); no inline script, no eval outside `next dev`;
 * - styles allow inline, because sonner injects its stylesheet at run time without a nonce and
 *   React renders style attributes (CSS cannot run script, so this is the accepted trade-off);
 * - images from anywhere over https, because message previews show the announcement's own images;
 * - no plugins, no framing by anyone, forms and <base> only to this origin.
 */
export function pageContentSecurityPolicy(options: { nonce: string; dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "media-src 'self' https:",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Upgrading on a plain-http deployment would break every asset, so only over https.
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** JSON and CSV responses render nothing, so they may load nothing and be framed by no one. */
export const apiContentSecurityPolicy =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A fresh, unguessable nonce per response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
