/*
 * The one Content-Security-Policy, used by the built page (meta tag), the
 * browser-mode server (header) and asserted in tests. No remote origin, no
 * eval; inline style attributes are allowed because the component library
 * sets CSS variables through them.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
