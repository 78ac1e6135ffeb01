/**
 * The zoom at which incident points are clustered for a map, from what the map shows. Supercluster
 * counts zoom as web-map tiles do: at zoom z the whole world (360° of longitude) is 256 · 2^z pixels
 * wide. A map `widthPx` pixels wide showing `lonSpan` degrees of longitude therefore has
 *
 *   zoom = floor( log2( widthPx · 360 / (256 · lonSpan) ) ), clamped to 0–16,
 *
 * e.g. Indonesia (≈ 46° across) on 900 px is zoom 4, Bali (≈ 1.3°) on 900 px zoom 9. Rounding down
 * clusters a little more than exact, never less, so markers do not overlap.
 */
export const MIN_MAP_ZOOM = 0;
export const MAX_MAP_ZOOM = 16;

export function mapZoom(widthPx: number, lonSpan: number): number {
  if (!(widthPx > 0) || !(lonSpan > 0) || !Number.isFinite(widthPx) || !Number.isFinite(lonSpan)) return MIN_MAP_ZOOM;
  const zoom = Math.floor(Math.log2((widthPx * 360) / (256 * Math.min(lonSpan, 360))));
  return Math.max(MIN_MAP_ZOOM, Math.min(MAX_MAP_ZOOM, zoom));
}
