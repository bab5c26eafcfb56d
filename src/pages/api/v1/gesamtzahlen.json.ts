/** Totals sources state (e.g. public-law agreements in a Land), with their Stand and source (see /daten/abdeckung/). */
import type { APIRoute } from 'astro';
import { collection, knownTotalToV1 } from '../../../open-data/api.ts';
import { openDataContext } from '../../../lib/registry.ts';

export const GET: APIRoute = () => Response.json(collection(openDataContext, openDataContext.registry.knownTotals.map(knownTotalToV1)));
