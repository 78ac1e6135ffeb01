/** The desk's incidents are the product's demo data now (src/modules/demo-data/incidents.ts); kept for the benchmark's imports. */
export { writeIncidents } from '../src/modules/demo-data/incidents.js';

export interface IncidentFigures {
  count: number;
  open: number;
  ms: number;
}
