/** A mailto: link that sends a new record to the operator, for contributors without GitHub. */

/** Mail programs and browsers cut long mailto: links; beyond this, the page says to paste the text. */
export const MAILTO_SAFE_LENGTH = 8000;

export function recordMailto(email: string, fileName: string, text: string): string {
  const subject = `Neuer Eintrag für den Kooperationsatlas: ${fileName}`;
  const body = [
    'Guten Tag,',
    '',
    `ich schlage folgenden Eintrag vor (Datei ${fileName}). Ich bin einverstanden, dass er unter CC BY 4.0 veröffentlicht wird.`,
    '',
    text.trim(),
    '',
  ].join('\n');
  // encodeURIComponent, not URLSearchParams: mail programs read "+" as a plus, not a space.
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
}
