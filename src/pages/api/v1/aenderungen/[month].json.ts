/** The changes of one month: /api/v1/aenderungen/2026-12.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageKey } from '../../../../lib/page-key.ts';
import { openDataContext } from '../../../../lib/registry.ts';
import { changes } from '../../../../lib/site-changes.ts';
import { changeMonthFile, changeMonths } from '../../../../open-data/change-files.ts';

export const getStaticPaths = (() =>
  changeMonths(changes).map(({ month, changes: list }) => {
    const body = JSON.stringify(changeMonthFile(openDataContext, month, list));
    return { params: { month }, props: { body }, cacheKey: pageKey(body) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': 'application/json' } });
