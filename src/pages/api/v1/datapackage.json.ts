import type { APIRoute } from 'astro';
import { dataPackage } from '../../../open-data/csv-tables.ts';
import { openDataContext } from '../../../lib/registry.ts';

export const GET: APIRoute = () =>
  Response.json(dataPackage(openDataContext.dataVersion, { agreements: openDataContext.registry.agreements.length }));
