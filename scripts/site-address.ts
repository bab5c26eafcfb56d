/**
 * npm run --silent site-address
 *
 * Prints where src/config.ts says the site lives, as key=value lines for $GITHUB_OUTPUT:
 * url, domain, base_path and cname (empty on <owner>.github.io).
 */
import { SITE } from '../src/config.ts';
import { siteAddress } from '../src/lib/site-address.ts';

const address = siteAddress(SITE.url);
console.log(`url=${address.origin}${address.basePath}`);
console.log(`domain=${address.domain}`);
console.log(`base_path=${address.basePath}`);
console.log(`cname=${address.cname}`);
