/**
 * The official keys of the Kreise and kreisfreie Städte: the Federal Statistical Office's
 * directory "Kreisfreie Städte und Landkreise nach Fläche, Bevölkerung und
 * Bevölkerungsdichte" (Gemeindeverzeichnis GV-ISys, Gebietsstand 31.12.2018), as the npm
 * package `landkreise-deutschland` ships it. A Landkreis or kreisfreie Stadt in the atlas
 * may only carry a Regionalschlüssel that this directory lists for a body of its kind.
 * (Kreis boundaries have not changed since except for Eisenach joining the Wartburgkreis in
 * 2021, which removed a key and added none.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';

export const KEY_DIRECTORY = {
  title: 'Gemeindeverzeichnis des Statistischen Bundesamts (GV-ISys), Kreisfreie Städte und Landkreise',
  areaAsOf: '31.12.2018',
  package: 'landkreise-deutschland@3.0.0',
} as const;

export interface OfficialDistrict {
  /** Kreisschlüssel, five digits. */
  key: string;
  name: string;
  /** `Kreisfreie Stadt`, `Stadtkreis`, `Landkreis`, `Kreis` or `Regionalverband`, as the directory says. */
  type: string;
  /** Whether the directory lists it as a city (kreisfreie Stadt, Stadtkreis) rather than a Kreis. */
  city: boolean;
}

let districts: Map<string, OfficialDistrict> | undefined;

/** The directory, read once: Kreisschlüssel -> district. */
export function officialDistricts(): Map<string, OfficialDistrict> {
  if (districts) return districts;
  const file = createRequire(import.meta.url).resolve('landkreise-deutschland/data/districts.csv');
  const rows = parse(readFileSync(file, 'utf8'), { delimiter: ';', columns: true, skip_empty_lines: true }) as {
    AGS: string;
    type: string;
    name: string;
  }[];
  districts = new Map(
    rows.map((row) => [
      row.AGS,
      { key: row.AGS, name: row.name, type: row.type, city: row.type === 'Kreisfreie Stadt' || row.type === 'Stadtkreis' },
    ]),
  );
  return districts;
}

/**
 * What is wrong with the Regionalschlüssel of a Landkreis or kreisfreie Stadt, if anything:
 * it must be a Kreisschlüssel of the directory followed by seven zeros, of a body of the
 * same kind.
 */
export function districtKeyProblem(ars: string, kind: 'landkreis' | 'kreisfreie-stadt', name: string): string | undefined {
  const key = ars.slice(0, 5);
  const district = officialDistricts().get(key);
  const where = `im ${KEY_DIRECTORY.title} (Gebietsstand ${KEY_DIRECTORY.areaAsOf})`;
  if (!district) {
    const similar = [...officialDistricts().values()].find(
      (entry) => entry.name.split(',')[0]!.trim() === name.replace(/^(Landkreis|Kreis|Stadt)\s+/, ''),
    );
    return `Der Regionalschlüssel „${ars}“ steht ${where} bei keinem Kreis und keiner kreisfreien Stadt.${similar ? ` Meinten Sie „${similar.key}0000000“ (${similar.name}, ${similar.type})?` : ''}`;
  }
  if (ars.slice(5) !== '0000000') {
    return `Ein Kreis oder eine kreisfreie Stadt hat den Regionalschlüssel „${key}0000000“ (${district.name}); die letzten sieben Stellen sind Nullen.`;
  }
  if (district.city !== (kind === 'kreisfreie-stadt')) {
    return `„${ars}“ ist ${where} ${district.type === 'Kreisfreie Stadt' ? 'eine' : 'ein'} ${district.type} (${district.name}), die Organisation hat aber die Art „${kind}“.`;
  }
  return undefined;
}
