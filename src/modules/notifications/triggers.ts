import { incidentCategory } from '../../domain/incidents/categories.js';
import type { DbTransaction } from '../audit/service.js';
import type { Raised, RaiseNotification } from './raise.js';

/** The report a referral is about, as the incidents service holds it. */
export interface ReferredIncident {
  id: number;
  reference: string;
  category: string;
  regionCode: string;
  regionName: string;
}

/** An alert the alerts engine assigned to a unit (issue 7's early warning). */
export interface AssignedAlert {
  id: number;
  unitId: number;
  regionCode: string | null;
  regionName?: string;
  /** One line saying what fired ("5× the usual reports in Bangli in 6 hours"). */
  summary: string;
  severity?: string;
  raisedAt?: Date;
}

/**
 * What the incidents service calls inside a referral's transaction: the receiving unit hears of it.
 * `version` is the report's version after the referral, so each referral is its own notification
 * and raising one twice is still one.
 */
export function referralNotifier(raise: RaiseNotification) {
  return async (tx: DbTransaction, incident: ReferredIncident, referral: { unitId: number; unitName?: string; reason: string; at: Date; version: number }): Promise<Raised | null> => {
    const category = incidentCategory(incident.category);
    return raise(tx, {
      unitId: referral.unitId, kind: 'referral', dedupeKey: `referral:${incident.id}:v${referral.version}`, incidentId: incident.id, regionCode: incident.regionCode,
      payload: {
        reference: incident.reference, category: category?.name ?? { id: incident.category, en: incident.category }, regionName: incident.regionName,
        ...(referral.unitName ? { unitName: referral.unitName } : {}), reason: referral.reason, at: referral.at.toISOString(),
      },
    });
  };
}

/**
 * For the alerts engine (or whoever integrates it): call inside the transaction that assigns an alert
 * to a unit. The unit is told once per alert, however often this is called.
 */
export function alertNotifier(raise: RaiseNotification) {
  return (tx: DbTransaction, alert: AssignedAlert): Promise<Raised | null> => raise(tx, {
    unitId: alert.unitId, kind: 'alert', dedupeKey: `alert:${alert.id}:unit:${alert.unitId}`, alertId: alert.id, regionCode: alert.regionCode,
    payload: {
      summary: alert.summary, ...(alert.regionName ? { regionName: alert.regionName } : {}), ...(alert.severity ? { severity: alert.severity } : {}),
      ...(alert.raisedAt ? { at: alert.raisedAt.toISOString() } : {}),
    },
  });
}
