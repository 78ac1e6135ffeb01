import { localDate, type TimeZoneLabel } from '../regions/timezones.js';

export interface DatedStage {
  startsOn: string;
  endsOn: string;
}

/** Stages under way at instant `now` for a region in `zone`: a stage runs whole local days. */
export function currentStages<T extends DatedStage>(stages: readonly T[], now: Date, zone: TimeZoneLabel): T[] {
  const today = localDate(now, zone);
  return stages.filter((stage) => stage.startsOn <= today && today <= stage.endsOn);
}

export type StagePhase = 'past' | 'current' | 'upcoming';

/** Where a stage stands relative to the local date of `zone` at `now`. */
export function stagePhase(stage: DatedStage, now: Date, zone: TimeZoneLabel): StagePhase {
  const today = localDate(now, zone);
  if (today < stage.startsOn) return 'upcoming';
  if (today > stage.endsOn) return 'past';
  return 'current';
}
