import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Raised } from './raise.js';
import type { AssignedAlert } from './triggers.js';
import type { DbTransaction } from '../audit/service.js';

/** What the alerts module tells its listeners (src/modules/alerts/service.ts AlertNotice), as far as notifications need it. */
export interface AlertNoticeLike {
  alertId: number;
  change: string;
  unitId?: number;
}

/**
 * The listener for the alerts module's onNotice hook: an alert assigned to a unit notifies that unit
 * (once per alert and unit). Alerts raised or joined are assigned to nobody yet, so nobody is told
 * by channel; they show on the alerts panel live. The hook runs after the assignment committed, so
 * the notification is written in a transaction of its own; a failure here never undoes the alert.
 */
export function alertNoticeListener(db: Db, notifyAlert: (tx: DbTransaction, alert: AssignedAlert) => Promise<Raised | null>) {
  return async (notice: AlertNoticeLike): Promise<Raised | null> => {
    if (notice.change !== 'assigned' || notice.unitId === undefined) return null;
    const unitId = notice.unitId;
    return db.transaction(async (tx) => {
      const rows = await tx.execute<{ id: number; region_code: string; region_name: string | null; rule_name: string; triggered_at: unknown }>(sql`
        select a.id, a.region_code, g.name as region_name, r.name as rule_name, a.triggered_at
        from alerts a join alert_rules r on r.id = a.rule_id left join regions g on g.code = a.region_code where a.id = ${notice.alertId}`);
      const alert = rows.rows[0];
      if (!alert) return null;
      return notifyAlert(tx, {
        id: Number(alert.id), unitId, regionCode: alert.region_code, ...(alert.region_name ? { regionName: alert.region_name } : {}),
        summary: alert.rule_name, raisedAt: new Date(String(alert.triggered_at)),
      });
    });
  };
}
