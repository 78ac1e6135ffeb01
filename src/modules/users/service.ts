import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/access/session-policy.js';
import { AppError } from '../../domain/errors.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit } from '../audit/service.js';
import { createAuthRepo } from '../auth/repo.js';
import { hashPassword } from '../auth/secrets.js';

const adminInputSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).email(),
  displayName: z.string().trim().min(1).max(200),
  password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
});

export function createUserService(db: Db, clock: Clock) {
  return {
    /**
     * Creates a national administrator from the command line, the only way the first account comes
     * to exist: no default password ships anywhere.
     */
    async createAdmin(input: { email: string; displayName: string; password: string }, operator: string) {
      const parsed = adminInputSchema.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new AppError('invalid', 400, { detail: `${issue?.path.join('.') || 'input'}: ${issue?.message ?? ''}` });
      }
      const passwordHash = await hashPassword(parsed.data.password);
      return db.transaction(async (tx) => {
        const repo = createAuthRepo(tx);
        if (await repo.userByEmail(parsed.data.email)) throw new AppError('conflict', 409, { detail: parsed.data.email });
        const user = await repo.insertUser({
          email: parsed.data.email, displayName: parsed.data.displayName, passwordHash,
          role: 'admin', scopeRegionCode: null, unitId: null, language: 'id',
        });
        await appendAudit(tx, {
          actor: { type: 'cli', id: null, label: operator },
          action: 'user.create',
          entityType: 'user',
          entityId: user.id,
          regionCode: null,
          changes: { email: [null, user.email], role: [null, 'admin'], displayName: [null, user.displayName] },
          ip: null,
          client: 'sinergi admin create',
          at: clock.now(),
        });
        return user;
      });
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
