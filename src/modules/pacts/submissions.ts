import { pactSubmissionFieldsSchema, type PactLinkView, type PactSubmission } from '../../contracts/pacts.js';
import { windowStart } from '../../domain/access/session-policy.js';
import { AppError } from '../../domain/errors.js';
import { sniffMediaType, type StoredMediaType } from '../../domain/files/media-type.js';
import { ianaZone } from '../../domain/pacts/deadline.js';
import { checkLink, LINK_REFUSALS } from '../../domain/pacts/link.js';
import { MAX_PACT_DOCUMENT_BYTES, missingRequirements } from '../../domain/pacts/requirements.js';
import { maySubmit } from '../../domain/pacts/review.js';
import { submittedLate } from '../../domain/pacts/status.js';
import type { Language } from '../../i18n/messages.js';
import { createAuthRepo } from '../auth/repo.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { hashSecret } from '../auth/secrets.js';
import { readFile, storeFile } from '../files/repo.js';
import { notFound, type PactAuditActor, type PactContext } from './context.js';
import { createPactRepo, type CampaignRecord, type TargetRecord } from './repo.js';
import type { SubmissionUpload } from './upload.js';
import { detailWith } from './targets.js';
import { submissionView } from './views.js';

const DOCUMENT_TYPES: readonly StoredMediaType[] = ['application/pdf', 'image/jpeg', 'image/png'];
/** Failed link lookups per address in a quarter hour: far above a person mistyping, far below guessing. */
export const LINK_FAILURES_PER_WINDOW = 30;
const LINK_WINDOW_MS = 15 * 60_000;

/**
 * Submissions: through a target's link (no account; one submission per link) or entered by the desk
 * for an office, listed with their lateness, and their documents downloaded by whoever reads the campaign.
 */
export function createSubmissionService(ctx: PactContext) {
  const { db, clock, repo } = ctx;
  const counters = createAuthRepo(db);

  /** The target a presented token opens, or the refusal; failures count against the caller's address. */
  async function opened(targetId: number, token: string | undefined, context: RequestContext, forSubmission: boolean): Promise<{ target: TargetRecord; campaign: CampaignRecord }> {
    const now = clock.now();
    const window = windowStart(now, LINK_WINDOW_MS);
    const throttleKey = `pact-link:ip:${context.ip ?? 'unknown'}`;
    if ((await counters.hits(throttleKey, window)) >= LINK_FAILURES_PER_WINDOW) throw new AppError('rate_limited', 429);
    const holder = token ? await repo.targetByTokenHash(hashSecret(token)) : null;
    const outcome = checkLink(token, holder, targetId, now);
    // A used link and a verified pact still show what was sent; only a new submission is refused.
    const refused = outcome !== 'ok' && (forSubmission || !['used', 'verified'].includes(outcome));
    if (refused) {
      if (outcome === 'missing' || outcome === 'unknown' || outcome === 'wrong_target') await counters.hit(throttleKey, window);
      const refusal = LINK_REFUSALS[outcome as Exclude<typeof outcome, 'ok'>];
      throw new AppError(refusal.code, refusal.status);
    }
    const campaign = await repo.campaign(holder!.campaignId, now);
    if (!campaign) throw new AppError(LINK_REFUSALS.unknown.code, LINK_REFUSALS.unknown.status);
    return { target: holder!, campaign };
  }

  /** Checks the fields and the document against what the campaign requires; stores the submission and moves the target to terkirim. */
  async function record(who: PactAuditActor, target: TargetRecord, campaign: CampaignRecord, upload: SubmissionUpload, context: RequestContext, lang: Language,
    channel: 'link' | 'staff', tokenHash: string | null): Promise<{ submittedAt: string; late: boolean }> {
    const parsed = pactSubmissionFieldsSchema.safeParse(upload.fields);
    if (!parsed.success) {
      const names = parsed.error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? issue.code)]));
      const fields = [...new Set(names)].slice(0, 10).map((name) => name.slice(0, 40)).join(', ');
      throw new AppError('invalid', 400, { detail: detailWith('pact.field', lang, { fields }) });
    }
    const content = parsed.data;
    const document = upload.document;
    if (document) {
      if (document.bytes.length === 0) throw new AppError('invalid', 400, { detail: 'pact.document_empty' });
      if (document.bytes.length > MAX_PACT_DOCUMENT_BYTES) throw new AppError('payload_too_large', 413, { detail: 'pact.document_too_large' });
      const type = sniffMediaType(document.bytes);
      if (!type || !DOCUMENT_TYPES.includes(type)) throw new AppError('unsupported_media_type', 415, { detail: 'pact.document_type' });
    }
    const missing = missingRequirements(campaign, { ...content, hasDocument: document !== null });
    if (missing.length > 0) throw new AppError('invalid', 400, { detail: detailWith('pact.missing', lang, { fields: missing.join(', ') }) });
    const now = clock.now();
    await db.transaction(async (tx) => {
      const txRepo = createPactRepo(tx);
      const locked = await txRepo.lockTarget(target.id);
      if (!locked) throw notFound('pact_target');
      // The link may have been used, replaced or revoked since it was checked: check again under the lock.
      if (channel === 'link') {
        const still = tokenHash !== null && (await txRepo.targetByTokenHash(tokenHash))?.id === target.id;
        if (!still) throw new AppError(LINK_REFUSALS.unknown.code, LINK_REFUSALS.unknown.status);
        if (locked.tokenUsedAt) throw new AppError(LINK_REFUSALS.used.code, LINK_REFUSALS.used.status);
      }
      if (!maySubmit(locked.state)) throw new AppError(locked.state === 'diverifikasi' ? 'pact.already_verified' : 'conflict', 409, { detail: 'pact.not_open' });
      const file = document ? await storeFile(tx, document, { regionCode: target.regionCode, createdBy: 'linkOfTarget' in who ? null : who.userId }, DOCUMENT_TYPES) : null;
      const id = await txRepo.submit(target.id, {
        channel, submittedAt: now, ...content, documentFileId: file?.id ?? null, submittedBy: 'linkOfTarget' in who ? null : who.userId, ip: context.ip,
      });
      await ctx.audit(tx, who, context, {
        action: 'pact_target.submit', entityType: 'pact_target', entityId: target.id, regionCode: target.regionCode,
        changes: {
          state: [locked.state, 'terkirim'], submission: [null, { id, channel, late: submittedLate(now, campaign.deadline), document: file ? { name: file.name, sha256: file.sha256, size: file.size } : null }],
          version: [locked.version, locked.version + 1],
        },
      });
    });
    return { submittedAt: now.toISOString(), late: submittedLate(now, campaign.deadline) };
  }

  return {
    async linkView(targetId: number, token: string | undefined, context: RequestContext): Promise<PactLinkView> {
      const { target, campaign } = await opened(targetId, token, context, false);
      return {
        target: { name: target.name, kind: target.kind, regionName: target.regionName },
        campaign: {
          title: campaign.title, legalBasis: campaign.legalBasis, deadline: campaign.deadline.toISOString(), timeZone: ianaZone(campaign.timeZone),
          requiresDocument: campaign.requiresDocument, requiresVideo: campaign.requiresVideo, requiresSigner: campaign.requiresSigner, requiresSignedOn: campaign.requiresSignedOn,
        },
        state: target.state,
        alreadySubmitted: target.tokenUsedAt !== null,
        expiresAt: target.tokenExpiresAt!.toISOString(),
      };
    },

    /**
     * Submits through a link. The token is checked before the body is read (`readUpload`), so a
     * stranger's upload is refused before it is received; it is checked again under the target's lock.
     */
    async submitByLink(targetId: number, token: string | undefined, readUpload: () => Promise<SubmissionUpload>, context: RequestContext, lang: Language) {
      const { target, campaign } = await opened(targetId, token, context, true);
      const upload = await readUpload();
      return record({ linkOfTarget: targetId }, target, campaign, upload, context, lang, 'link', hashSecret(token!));
    },

    async submitByStaff(actor: Actor, targetId: number, upload: SubmissionUpload, context: RequestContext, lang: Language) {
      const { target, campaign } = await ctx.manageableTarget(actor, targetId);
      return record(actor, target, campaign, upload, context, lang, 'staff', null);
    },

    async list(actor: Actor, targetId: number): Promise<PactSubmission[]> {
      const { campaign } = await ctx.readableTarget(actor, targetId);
      return (await repo.submissions(targetId)).map((s) => submissionView(s, campaign.deadline));
    },

    async document(actor: Actor, submissionId: number) {
      const submission = await repo.submission(submissionId);
      if (!submission) throw notFound('pact_submission');
      try {
        await ctx.readableTarget(actor, submission.targetId);
      } catch (error) {
        if (error instanceof AppError && error.status === 404) throw notFound('pact_submission');
        throw error;
      }
      const file = submission.documentFileId === null ? null : await readFile(db, submission.documentFileId);
      if (!file) throw notFound('pact_submission');
      return { content: file.content, mediaType: file.mediaType, fileName: file.name };
    },
  };
}

export type SubmissionService = ReturnType<typeof createSubmissionService>;
