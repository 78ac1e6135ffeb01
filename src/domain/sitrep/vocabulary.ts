/** How a situation report came to be: a person asked for it, the daily schedule, or the CLI. */
export const SITREP_TRIGGERS = ['manual', 'schedule', 'cli'] as const;
export type SitrepTrigger = (typeof SITREP_TRIGGERS)[number];
