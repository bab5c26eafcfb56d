import type { APIRoute, GetStaticPaths } from 'astro';
import { agreementToV1 } from '../../../../open-data/api.ts';
import { openDataContext } from '../../../../lib/registry.ts';

export const getStaticPaths = (() =>
  openDataContext.registry.agreements.map((agreement) => ({ params: { id: agreement.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => Response.json(agreementToV1(openDataContext, params.id!));
