/** The static citation files of each agreement, one endpoint per format. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { agreementCitation } from './agreement-citation.ts';
import { CITATION_FORMATS } from './citation.ts';
import { registry } from './registry.ts';
import { agreementKinds } from '../schemas/agreement.ts';

export function citationEndpoint(formatId: (typeof CITATION_FORMATS)[number]['id']) {
  const format = CITATION_FORMATS.find((candidate) => candidate.id === formatId)!;
  const getStaticPaths = (() => registry.agreements.map((agreement) => ({
    params: { slug: agreement.id },
    props: {
      record: {
        id: agreement.id,
        title: agreement.data.title,
        filePath: agreement.record.filePath,
        genre: agreementKinds.labels[agreement.data.kind],
      },
    },
  }))) satisfies GetStaticPaths;
  const GET: APIRoute = ({ props }) => new Response(format.render(agreementCitation(props.record)), {
    headers: { 'Content-Type': format.contentType },
  });
  return { getStaticPaths, GET };
}
