import type { OutlineFileProblem, OutlineProblem } from '../domain/geo/outline-file.js';
import type { Language } from './messages.js';

/** What the outline import tells its user, one complete set per language. */
export interface GeoWords {
  problems: Record<OutlineProblem, string>;
  warnings: Record<OutlineWarning, string>;
  /** Why a whole file is refused (the detail of a 400). */
  file: Record<OutlineFileProblem, string>;
  /** "polygon 2, ring 1": where in a geometry a problem lies. */
  place: string;
}

/** Not a reason to refuse an outline, but worth a look before applying it. */
export type OutlineWarning = 'far_from_current';

const WORDS: Record<Language, GeoWords> = {
  id: {
    problems: {
      code_missing: 'Fitur tidak memuat kode wilayah Kemendagri (properti code, kode atau kode_wilayah)',
      region_unknown: 'Kode wilayah tidak ada di gazetir Kemendagri',
      region_level: 'Batas hanya dapat diimpor untuk provinsi dan kabupaten/kota',
      out_of_scope: 'Wilayah di luar cakupan akun Anda',
      duplicate_in_file: 'Kode wilayah ini sudah muncul pada fitur sebelumnya',
      geometry_missing: 'Fitur tidak memiliki geometri',
      geometry_type: 'Geometri harus Polygon atau MultiPolygon',
      coordinates_malformed: 'Susunan koordinat tidak sah (harus [bujur, lintang] berupa angka)',
      coordinates_range: 'Koordinat di luar rentang derajat (bujur ±180, lintang ±90): gunakan WGS84, bukan meter',
      ring_too_short: 'Cincin poligon kurang dari 4 titik',
      ring_not_closed: 'Cincin poligon tidak tertutup (titik terakhir harus sama dengan titik pertama)',
      self_intersection: 'Garis batas poligon saling berpotongan',
      outside_indonesia: 'Geometri berada di luar wilayah Indonesia (bujur dan lintang tertukar?)',
    },
    warnings: {
      far_from_current: 'Batas baru tidak bersinggungan dengan batas yang berlaku sekarang: periksa kodenya',
    },
    file: {
      not_json: 'berkas bukan JSON yang sah',
      not_geojson: 'berkas bukan GeoJSON FeatureCollection atau Feature',
      no_features: 'berkas tidak memuat fitur',
      too_many_features: 'berkas memuat lebih dari 2.000 fitur',
      too_many_positions: 'berkas memuat lebih dari 500.000 titik koordinat: sederhanakan dahulu (misalnya dengan mapshaper)',
    },
    place: 'poligon {polygon}, cincin {ring}',
  },
  en: {
    problems: {
      code_missing: 'The feature has no Kemendagri region code (property code, kode or kode_wilayah)',
      region_unknown: 'The region code is not in the Kemendagri gazetteer',
      region_level: 'Outlines can be imported for provinces and kabupaten/kota only',
      out_of_scope: 'The region is outside your account’s scope',
      duplicate_in_file: 'This region code already appeared in an earlier feature',
      geometry_missing: 'The feature has no geometry',
      geometry_type: 'The geometry must be a Polygon or MultiPolygon',
      coordinates_malformed: 'Malformed coordinates (each must be [longitude, latitude] as numbers)',
      coordinates_range: 'Coordinates outside the range of degrees (longitude ±180, latitude ±90): use WGS84, not metres',
      ring_too_short: 'A polygon ring has fewer than 4 positions',
      ring_not_closed: 'A polygon ring is not closed (its last position must equal its first)',
      self_intersection: 'The polygon’s boundary lines cross each other',
      outside_indonesia: 'The geometry lies outside Indonesia (longitude and latitude swapped?)',
    },
    warnings: {
      far_from_current: 'The new outline does not touch the current one: check its code',
    },
    file: {
      not_json: 'the file is not valid JSON',
      not_geojson: 'the file is not a GeoJSON FeatureCollection or Feature',
      no_features: 'the file holds no features',
      too_many_features: 'the file holds more than 2,000 features',
      too_many_positions: 'the file holds more than 500,000 coordinate positions: simplify it first (e.g. with mapshaper)',
    },
    place: 'polygon {polygon}, ring {ring}',
  },
};

export function geoWords(lang: Language): GeoWords {
  return WORDS[lang];
}
