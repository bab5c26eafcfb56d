/** Agreements sources mention that have no record yet, with their sources (see /daten/qualitaet/). */
import type { APIRoute } from 'astro';
import { collection, knownMissingToV1 } from '../../../open-data/api.ts';
import { openDataContext } from '../../../lib/registry.ts';

export const GET: APIRoute = () => Response.json(collection(openDataContext, openDataContext.registry.knownMissing.map(knownMissingToV1)));
