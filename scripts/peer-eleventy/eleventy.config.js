/**
 * The yardstick for build speed (issue 18): a minimal Eleventy 3 site with the same page
 * set as the atlas, built from the same records by `npm run bench -- --peer`. Not part of
 * the site. Run from a project root: ATLAS_ROOT=. eleventy --config=scripts/peer-eleventy/eleventy.config.js
 */
export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ 'scripts/peer-eleventy/site/style.css': 'style.css' });
  // The data comes from the data file, not from scanning the record files as templates.
  eleventyConfig.setQuietMode(true);
  return {
    dir: { input: 'scripts/peer-eleventy/site', includes: '_includes', data: '_data' },
    templateFormats: ['11ty.js'],
  };
}
