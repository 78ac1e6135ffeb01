import { useUnit } from './queries';

/** A unit's name from its id (the id while loading or when it lies outside the caller's scope). */
export function UnitName({ id }: { id: number | null }) {
  const unit = useUnit(id);
  if (id === null) return <>—</>;
  return <span title={unit.data ? `${unit.data.agencyCode} · ${unit.data.regionName}` : undefined}>{unit.data?.name ?? `#${id}`}</span>;
}
