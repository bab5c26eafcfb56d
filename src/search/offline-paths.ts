/** Where the offline export keeps Pagefind and its index as classic scripts. */
export const OFFLINE_DIR = 'pagefind-offline';
export const OFFLINE_DATA_DIR = `${OFFLINE_DIR}/data`;
