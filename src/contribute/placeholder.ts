/** Marks the body of a new record; the validator rejects records that still contain it. */
export const BODY_PLACEHOLDER = 'PLATZHALTER: Beschreiben Sie hier die Vereinbarung in eigenen Worten';
