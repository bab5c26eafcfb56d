/** The year the site is built in: the "Stand am" pages run up to the end of the year before. */
export const BUILD_YEAR = new Date().getFullYear();
