import type { RequestHandler } from "express";
import helmet from "helmet";
import { BRIEF_STYLE_HASH } from "../brief/brief-html.js";

/**
 * Helmet's headers with a content security policy the page and the widget work under. Two directives only
 * make sense over HTTPS and break a page served over plain HTTP by a host name (the browser would fetch
 * app.css and app.js over HTTPS, where nothing listens): `upgrade-insecure-requests` and HSTS are sent only
 * when the request arrived over HTTPS — `req.secure`, which believes `X-Forwarded-Proto` only from a
 * proxy that `TRUST_PROXY` trusts.
 */
export function securityHeaders(frameAncestors: string[]): RequestHandler {
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    // The brief's print stylesheet is inline; its hash, not 'unsafe-inline', lets it through.
    "style-src": ["'self'", BRIEF_STYLE_HASH],
    "img-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-ancestors": ["'self'", ...frameAncestors],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
  };
  // widget.js is loaded by intranet pages of other origins.
  const crossOriginResourcePolicy = { policy: "cross-origin" as const };
  const overHttps = helmet({ contentSecurityPolicy: { directives: { ...directives, "upgrade-insecure-requests": [] } }, crossOriginResourcePolicy });
  const overHttp = helmet({ contentSecurityPolicy: { directives: { ...directives, "upgrade-insecure-requests": null } }, crossOriginResourcePolicy, strictTransportSecurity: false });
  return (req, res, next) => (req.secure ? overHttps : overHttp)(req, res, next);
}
