import { PEMILU_2024 } from './pemilu-2024.js';
import { PILKADA_2024 } from './pilkada-2024.js';
import type { ElectionDefinition } from './types.js';

/** Election cycles that ship as reference data. */
export const SHIPPED_ELECTIONS: readonly ElectionDefinition[] = [PILKADA_2024, PEMILU_2024];
