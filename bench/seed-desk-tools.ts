/**
 * What the desk seeder's parts shared, now product code (src/domain/demo-data, src/modules/demo-data,
 * used by `sinergi demo-data`); re-exported for the benchmark's imports.
 */
export { seededRandom as random, type Random } from '../src/domain/demo-data/random.js';
export { DAY_MS } from '../src/domain/demo-data/timeline.js';
export { copyInto, csvLine, syncSerial, type Cell } from '../src/modules/demo-data/bulk.js';
export { provinceTable, readGazetteer, regionIn, type Gazetteer, type Province, type Regency } from '../src/modules/demo-data/gazetteer.js';
export { localDay } from '../src/modules/demo-data/meetings.js';
export { ensureUnits, unitsNear, type Units } from '../src/modules/demo-data/units.js';
