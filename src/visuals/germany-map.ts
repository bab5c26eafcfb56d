/**
 * The outline map of the 16 Länder, from @svg-maps/germany (CC BY 4.0, after mapsvg.com).
 * Its paths are rounded to whole units once at build time: at the size the map is shown,
 * that is invisible and keeps each page that carries the map about 45 KB lighter.
 */
import germany from '@svg-maps/germany';
import { optimize } from 'svgo';
import type { Land } from '../schemas/land.ts';

export const MAP_ATTRIBUTION = {
  text: 'Karte: @svg-maps/germany nach mapsvg.com',
  license: 'CC BY 4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/deed.de',
  sourceUrl: 'https://github.com/VictorCazanave/svg-maps/tree/master/packages/germany',
} as const;

interface MapSource {
  viewBox: string;
  locations: { id: string; name: string; path: string }[];
}

export interface MapShape {
  /** ISO 3166-2 code, e.g. DE-HH. */
  code: string;
  d: string;
}

let cached: { viewBox: string; shapes: MapShape[] } | undefined;

export function germanyMap(): { viewBox: string; shapes: MapShape[] } {
  if (cached) return cached;
  const source = germany as unknown as MapSource;
  const shapes = source.locations.map((location) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><path d="${location.path}"/></svg>`;
    const optimised = optimize(svg, { floatPrecision: 0, plugins: ['convertPathData'] }).data;
    const d = /d="([^"]+)"/.exec(optimised)?.[1] ?? location.path;
    return { code: `DE-${location.id.toUpperCase()}`, d };
  });
  cached = { viewBox: source.viewBox, shapes };
  return cached;
}

/** Pairs every Land with its shape; fails loudly if the map and the Länder disagree. */
export function shapesByLand(laender: Land[]): { land: Land; d: string }[] {
  const { shapes } = germanyMap();
  return laender.map((land) => {
    const shape = shapes.find((candidate) => candidate.code === land.code);
    if (!shape) throw new Error(`No map shape for ${land.code}`);
    return { land, d: shape.d };
  });
}
