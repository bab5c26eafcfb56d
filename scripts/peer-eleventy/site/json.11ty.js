/** /api/v1/vereinbarungen.json: all agreements as the atlas's open-data API gives them. */
export const data = { permalink: '/api/v1/vereinbarungen.json' };
export const render = ({ atlas }) => atlas.json;
