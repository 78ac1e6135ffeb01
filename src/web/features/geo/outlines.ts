import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../api';
import type { Language } from '../../i18n';
import { useLang } from '../../shell/useLang';

/** A GeoJSON FeatureCollection of outlines keyed by Kemendagri code (properties.code, properties.name). */
export interface Outlines {
  type: 'FeatureCollection';
  /** `imported`: the desk's own outline stands in for the built-in one. */
  features: OutlineFeature[];
  /** The attribution the outlines' licence asks the map to show, and where it links to. */
  attribution: string;
  attributionUrl: string;
}

export interface OutlineFeature {
  type: 'Feature';
  properties: { code: string; name: string; imported?: true };
  geometry: unknown;
}

/** Province outlines, or one province's kabupaten/kota (GET /geo/outlines). */
export function fetchOutlines(lang: Language, parent: string | undefined, signal?: AbortSignal): Promise<Outlines> {
  return getJson<Outlines>('/geo/outlines', lang, parent ? { parent } : undefined, signal);
}

/**
 * Province outlines, or one province's kabupaten/kota: they do not change while the app runs, except
 * by an import, which invalidates every ['geo', 'outlines', …] key (see ./queries.ts).
 */
export function useOutlines(parent: string | undefined) {
  const { lang } = useLang();
  return useQuery({
    queryKey: ['geo', 'outlines', lang, parent ?? null],
    queryFn: ({ signal }) => fetchOutlines(lang, parent, signal),
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });
}
