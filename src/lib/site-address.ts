/**
 * Where the site is published, read from SITE.url: the domain (for GitHub Pages' CNAME
 * file) and the base path, "/" at the root of a domain or "/<repository>/" on
 * <owner>.github.io without a domain of its own.
 */
export interface SiteAddress {
  origin: string;
  domain: string;
  /** Starts and ends with "/". */
  basePath: string;
  /** The custom domain GitHub Pages must serve, or "" on <owner>.github.io. */
  cname: string;
}

export function siteAddress(url: string): SiteAddress {
  const parsed = new URL(url);
  const basePath = `/${parsed.pathname.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
  return {
    origin: parsed.origin,
    domain: parsed.hostname,
    basePath,
    cname: parsed.hostname.endsWith('.github.io') ? '' : parsed.hostname,
  };
}
