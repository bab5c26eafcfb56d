/**
 * The elements of editorial MDX pages mapped to the site's own components, so that their
 * Markdown headings look like every other page's. Each MDX page exports these as
 * `components` (see src/pages/methodik.mdx).
 */
import Heading2 from './Heading2.astro';
import Heading3 from './Heading3.astro';

export const prose = { h2: Heading2, h3: Heading3 };
