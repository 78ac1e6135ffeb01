import { stringify } from 'csv-stringify/sync';
import type { AuditQuery } from '../../contracts/audit.js';
import { can, visibleRoots } from '../../domain/access/rules.js';
import { AppError } from '../../domain/errors.js';
import { neutraliseRow } from '../../domain/exports/spreadsheet-safe.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../auth/actor.js';
import { listAudit, type AuditFilter } from './service.js';

const EXPORT_PAGE = 1_000;
/** An export larger than this is cut, and says so in its last line: narrow the filters instead. */
export const EXPORT_MAX_ROWS = 100_000;
const CSV_COLUMNS = ['id', 'at', 'actor_type', 'actor_label', 'action', 'entity_type', 'entity_id', 'region_code', 'changes', 'ip', 'client', 'hash'];

function filterFor(actor: Actor, query: AuditQuery): Omit<AuditFilter, 'limit' | 'offset'> {
  if (!can(actor.principal, 'read_audit', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
  return {
    actorId: query.actor, entityType: query.entityType, entityId: query.entityId,
    from: query.from ? new Date(query.from) : undefined, to: query.to ? new Date(query.to) : undefined,
    regionCodes: visibleRoots(actor.principal),
  };
}

/** The audit viewer: administrators and coordinators, each limited to their region subtree. */
export function createAuditViewer(db: Db) {
  return {
    async list(actor: Actor, query: AuditQuery) {
      const { items, total } = await listAudit(db, { ...filterFor(actor, query), limit: query.limit, offset: query.offset });
      return { total, items: items.map((item) => ({ ...item, at: item.at.toISOString() })) };
    },

    /** CSV pages, newest first, every cell passed through the spreadsheet formula guard. */
    async *exportCsv(actor: Actor, query: AuditQuery): AsyncGenerator<string> {
      const filter = filterFor(actor, query);
      yield stringify([CSV_COLUMNS]);
      for (let offset = 0; offset < EXPORT_MAX_ROWS; offset += EXPORT_PAGE) {
        const { items } = await listAudit(db, { ...filter, limit: EXPORT_PAGE, offset });
        if (items.length === 0) return;
        yield stringify(items.map((item) => neutraliseRow([
          item.id, item.at.toISOString(), item.actor.type, item.actor.label, item.action, item.entityType, item.entityId,
          item.regionCode ?? '', JSON.stringify(item.changes), item.ip ?? '', item.client ?? '', item.hash,
        ])));
        if (items.length < EXPORT_PAGE) return;
      }
      yield stringify([[`# cut at ${EXPORT_MAX_ROWS} rows: narrow the filters`]]);
    },
  };
}

export type AuditViewer = ReturnType<typeof createAuditViewer>;
