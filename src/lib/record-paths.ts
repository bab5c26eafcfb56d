/** Static paths of a record page route (`[id]`): a page per record, with the record as its prop. */
export function pagePerRecord<T extends { id: string }>(records: T[]) {
  return records.map((record) => ({ params: { id: record.id }, props: { record } }));
}
