import type { Letterhead, UpdateLetterhead } from '../../contracts/letterheads.js';
import { changedFields } from '../../domain/audit/chain.js';
import { AppError } from '../../domain/errors.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { readableOr404 } from '../auth/guards.js';
import { sniffMediaType } from '../../domain/files/media-type.js';
import { readFile, storeFile } from '../files/repo.js';
import { printableLogo } from '../../domain/files/printable-logo.js';
import { canChangeUnit } from '../units/access.js';
import { createUnitRepo } from '../units/repo.js';
import { createLetterheadRepo, type LetterheadRecord } from './repo.js';

function view(unitId: number, record: LetterheadRecord | null): Letterhead {
  return {
    unitId, lines: record?.lines ?? [], address: record?.address ?? null, hasLogo: record?.logoFileId != null, updatedAt: record?.updatedAt ?? null,
  };
}

/** Letterheads (kop surat) of units: read by whoever sees the unit, changed by whoever may change the unit. */
export function createLetterheadService(db: Db, clock: Clock) {
  const repo = createLetterheadRepo(db);
  const units = createUnitRepo(db);

  async function changeableUnit(actor: Actor, unitId: number) {
    const unit = readableOr404(actor, await units.get(unitId));
    if (!canChangeUnit(actor, unit)) throw new AppError('forbidden', 403);
    return unit;
  }

  const audit = (tx: Parameters<typeof appendAudit>[0], actor: Actor, context: RequestContext, action: string, unit: { id: number; regionCode: string }, changes: Parameters<typeof appendAudit>[1]['changes']) =>
    appendAudit(tx, {
      actor: { type: actor.type, id: actor.userId, label: actor.label },
      action, entityType: 'letterhead', entityId: String(unit.id), regionCode: unit.regionCode, changes, ip: context.ip, client: context.client, at: clock.now(),
    });

  return {
    async get(actor: Actor, unitId: number): Promise<Letterhead> {
      const unit = readableOr404(actor, await units.get(unitId));
      return view(unit.id, await repo.get(unit.id));
    },

    async update(actor: Actor, unitId: number, input: UpdateLetterhead, context: RequestContext): Promise<Letterhead> {
      const unit = await changeableUnit(actor, unitId);
      const before = await repo.get(unit.id);
      const after = { lines: input.lines, address: input.address ? input.address : null };
      const changes = changedFields({ lines: before?.lines ?? [], address: before?.address ?? null }, after);
      if (Object.keys(changes).length === 0) return view(unit.id, before);
      await db.transaction(async (tx) => {
        await createLetterheadRepo(tx).saveText(unit.id, after.lines, after.address, clock.now());
        await audit(tx, actor, context, 'letterhead.update', unit, changes);
      });
      return view(unit.id, await repo.get(unit.id));
    },

    /**
     * Replaces the logo: PNG or JPEG by content, and a PNG whole enough to print (415 otherwise, so the
     * desk learns at upload, not when minutes come out without it); stored in the same transaction as the change.
     */
    async setLogo(actor: Actor, unitId: number, upload: { bytes: Buffer; fileName: string | undefined }, context: RequestContext): Promise<Letterhead> {
      const unit = await changeableUnit(actor, unitId);
      const before = await repo.get(unit.id);
      const type = sniffMediaType(upload.bytes);
      if (type !== null && !printableLogo(upload.bytes, type)) throw new AppError('unsupported_media_type', 415);
      await db.transaction(async (tx) => {
        const file = await storeFile(tx, upload, { regionCode: unit.regionCode, createdBy: actor.userId }, ['image/png', 'image/jpeg']);
        await createLetterheadRepo(tx).saveLogo(unit.id, file.id, clock.now());
        await audit(tx, actor, context, 'letterhead.logo', unit, { logoFileId: [before?.logoFileId ?? null, file.id], logoSha256: [null, file.sha256] });
      });
      return view(unit.id, await repo.get(unit.id));
    },

    /** The logo's bytes and type; 404 when the unit is not visible or has no logo. */
    async logo(actor: Actor, unitId: number) {
      const unit = readableOr404(actor, await units.get(unitId));
      const fileId = (await repo.get(unit.id))?.logoFileId ?? null;
      const file = fileId === null ? null : await readFile(db, fileId);
      if (!file) throw new AppError('not_found', 404, { what: 'resource' });
      return file;
    },
  };
}

export type LetterheadService = ReturnType<typeof createLetterheadService>;
