import type { APIRoute } from 'astro';
import { openDataContext } from '../../../lib/registry.ts';
import { changes } from '../../../lib/site-changes.ts';
import { changeMonthsFile } from '../../../open-data/change-files.ts';

export const GET: APIRoute = () => Response.json(changeMonthsFile(openDataContext, changes));
