import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { createPactComplianceExports } from './exports.js';
import { createRecapPdf } from './recap-pdf.js';
import { createPactComplianceService } from './service.js';

/** Campaign compliance figures, reminder lists and recap files (read-only over the pact tables). */
export function createPactCompliance(db: Db, clock: Clock) {
  const service = createPactComplianceService(db, clock);
  return { service, exports: createPactComplianceExports(service), recap: createRecapPdf(db, service) };
}

export type PactCompliance = ReturnType<typeof createPactCompliance>;
