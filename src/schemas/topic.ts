import { z } from 'zod';
import { line, slug, text } from './common.ts';

/** A curated theme; the vocabulary is kept small on purpose, it is not a free tag list. */
export const topicSchema = z
  .strictObject({
    id: slug.describe('Kennung und URL-Segment, z. B. „kuenstliche-intelligenz“'),
    label: line.describe('Bezeichnung, z. B. „Künstliche Intelligenz“'),
    description: text.describe('Ein bis zwei Sätze: was unter dieses Thema fällt'),
  })
  .describe('Thema');

export type Topic = z.output<typeof topicSchema>;
