/**
 * Province and kabupaten/kota outlines for choropleth maps: the vendored GeoJSON of data/geo
 * (see its README), read once on first use and indexed by Kemendagri code. Geometry is passed on
 * untouched; properties are cut down to `{ code, name }`.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRegionCode, type RegionLevel } from '../../domain/regions/codes.js';

/** Where the outlines live: data/geo at the repository's root (the server runs from src/ through tsx). */
export const OUTLINES_DIR = fileURLToPath(new URL('../../../data/geo', import.meta.url));

/** The credit the boundaries' MIT licence and their README ask for, shown on or next to every map. */
export const OUTLINE_ATTRIBUTION = {
  text: 'Boundaries: © 2024 Cahya DSN, wilayah_boundaries (MIT), simplified',
  url: 'https://github.com/cahyadsn/wilayah_boundaries',
} as const;

/** A GeoJSON geometry as stored: Polygon or MultiPolygon, never read here beyond its type. */
export interface OutlineGeometry {
  type: string;
  coordinates: unknown;
}

export interface OutlineFeature {
  type: 'Feature';
  /** `imported`: a desk's own outline (region_outlines) stands in for the vendored one. */
  properties: { code: string; name: string; imported?: true };
  geometry: OutlineGeometry;
}

/** A GeoJSON FeatureCollection with the attribution as foreign members (RFC 7946 §6.1). */
export interface OutlineCollection {
  type: 'FeatureCollection';
  attribution: string;
  attributionUrl: string;
  features: OutlineFeature[];
}

export interface OutlineStore {
  /** The 38 provinces, by code. */
  provinces(): Promise<OutlineCollection>;
  /** The kabupaten/kota of a province, by code; undefined when no province outline has that code. */
  regenciesOf(provinceCode: string): Promise<OutlineCollection | undefined>;
  /** The vendored outline of one province or kabupaten/kota. */
  find(code: string): Promise<OutlineFeature | undefined>;
}

interface Outlines {
  provinces: OutlineCollection;
  regenciesByProvince: ReadonlyMap<string, OutlineCollection>;
  byCode: ReadonlyMap<string, OutlineFeature>;
}

const PROVINCES_FILE = 'provinces.geojson';
const REGENCIES_FILE = 'regencies.geojson';

/** Outlines read from `dir` on first use; a failed read is retried by the next call. */
export function createOutlineStore(dir: string = OUTLINES_DIR): OutlineStore {
  let loading: Promise<Outlines> | null = null;
  const outlines = () => {
    loading ??= load(dir).catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  return {
    async provinces() {
      return (await outlines()).provinces;
    },
    async regenciesOf(provinceCode) {
      return (await outlines()).regenciesByProvince.get(provinceCode);
    },
    async find(code) {
      return (await outlines()).byCode.get(code);
    },
  };
}

async function load(dir: string): Promise<Outlines> {
  const [provinceFeatures, regencyFeatures] = await Promise.all([
    readLayer(dir, PROVINCES_FILE, 'province'),
    readLayer(dir, REGENCIES_FILE, 'regency'),
  ]);
  const grouped = new Map<string, OutlineFeature[]>(provinceFeatures.map((f) => [f.feature.properties.code, []]));
  for (const { feature, provinceCode } of regencyFeatures) {
    const siblings = grouped.get(provinceCode);
    if (!siblings) throw new Error(`${REGENCIES_FILE}: ${feature.properties.code} lies in province ${provinceCode}, which has no outline`);
    siblings.push(feature);
  }
  return {
    provinces: collection(provinceFeatures.map((f) => f.feature)),
    regenciesByProvince: new Map([...grouped].map(([code, features]) => [code, collection(features)])),
    byCode: new Map([...provinceFeatures, ...regencyFeatures].map(({ feature }) => [feature.properties.code, feature])),
  };
}

/**
 * A layer with a desk's imported outlines in place of the vendored ones (and added where none was
 * vendored, e.g. a kabupaten formed after the boundaries were drawn). The vendored layer is not changed.
 */
export function withImported(layer: OutlineCollection, imported: readonly { regionCode: string; name: string; geometry: OutlineGeometry }[]): OutlineCollection {
  if (imported.length === 0) return layer;
  const replaced = new Map(imported.map((outline) => [outline.regionCode, outline]));
  const features: OutlineFeature[] = layer.features.map((feature) => {
    const outline = replaced.get(feature.properties.code);
    if (!outline) return feature;
    replaced.delete(feature.properties.code);
    return { type: 'Feature', properties: { ...feature.properties, imported: true }, geometry: outline.geometry };
  });
  for (const outline of replaced.values()) {
    features.push({ type: 'Feature', properties: { code: outline.regionCode, name: outline.name, imported: true }, geometry: outline.geometry });
  }
  return { ...layer, features: sortByCode(features) };
}

function collection(features: OutlineFeature[]): OutlineCollection {
  return { type: 'FeatureCollection', attribution: OUTLINE_ATTRIBUTION.text, attributionUrl: OUTLINE_ATTRIBUTION.url, features: sortByCode(features) };
}

function sortByCode(features: OutlineFeature[]): OutlineFeature[] {
  return features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0));
}

/** One layer's features, checked: a well-formed code of the layer's level, once each, a name and a geometry. */
async function readLayer(dir: string, file: string, level: RegionLevel): Promise<{ feature: OutlineFeature; provinceCode: string }[]> {
  const parsed: unknown = JSON.parse(await fs.readFile(path.join(dir, file), 'utf8'));
  if (!isRecord(parsed) || parsed.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) {
    throw new Error(`${file}: not a GeoJSON FeatureCollection`);
  }
  const seen = new Set<string>();
  return parsed.features.map((raw: unknown, index) => {
    const properties = isRecord(raw) ? raw.properties : undefined;
    const geometry = isRecord(raw) ? raw.geometry : undefined;
    const code = isRecord(properties) ? properties.code : undefined;
    const name = isRecord(properties) ? properties.name : undefined;
    const parsedCode = typeof code === 'string' ? parseRegionCode(code) : null;
    if (!parsedCode || parsedCode.level !== level || typeof name !== 'string' || !isRecord(geometry) || typeof geometry.type !== 'string') {
      throw new Error(`${file}: feature ${index} has no ${level} code, name or geometry`);
    }
    if (seen.has(parsedCode.code)) throw new Error(`${file}: ${parsedCode.code} appears twice`);
    seen.add(parsedCode.code);
    if (level === 'regency' && isRecord(properties) && properties.province_code !== parsedCode.provinceCode) {
      throw new Error(`${file}: ${parsedCode.code} has province_code ${String(properties.province_code)}`);
    }
    const feature: OutlineFeature = {
      type: 'Feature',
      properties: { code: parsedCode.code, name },
      geometry: geometry as unknown as OutlineGeometry,
    };
    return { feature, provinceCode: parsedCode.provinceCode };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
