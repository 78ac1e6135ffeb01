import { changedFields } from '../../domain/audit/chain.js';
import { evaluateRule, fingerprint, groupLength, groupRegion, ruleConcerns, spikeFires, type Finding } from '../../domain/alerts/evaluate.js';
import { checkRuleParams, windowMs, type KindAndParams } from '../../domain/alerts/params.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit } from '../audit/service.js';
import { claimTickMs, runIfClaimed } from '../periodic-jobs/claim.js';
import type { LiveBus } from '../live/bus.js';
import { createAlertRepo, type RuleRecord } from './repo.js';

/** What happened to an alert when a rule was evaluated; the notifications hook hears it after commit. */
export interface AlertOutcome {
  alertId: number;
  ruleId: number;
  regionCode: string;
  /** raised: a new alert; joined: more reports added to an open one. */
  change: 'raised' | 'joined';
}

/** The sweep reads this far back at most (plus a rule's own window): it catches what a dead process missed. */
export const SWEEP_INTERVAL_MS = 60_000;
/** The sweep's name in periodic_jobs, and how long a run is its process's before another may start it. */
export const ALERT_SWEEP_JOB = 'alert_sweep';
const SWEEP_LEASE_MS = 2 * 60_000;

type Rule = RuleRecord & KindAndParams;

/** The fingerprint of the window before a finding's: a spike going on across a window's turn joins that alert while it is open. */
function previousFingerprint(rule: Rule, found: Finding): string {
  return fingerprint(rule.id, found.regionCode, rule.params.hours, Number(found.fingerprint.split(':').pop()) - 1);
}

/** Evaluations after new reports running at once in a process: a few, so requests keep connections of the pool. */
const EVALUATIONS_AT_ONCE = 2;

/**
 * Evaluates early-warning rules against stored reports and raises or updates alerts: for one new
 * report (after its transaction committed, in the process that took it) and in a periodic sweep
 * over every active rule (so an alert a dying process did not raise is raised within a minute).
 * Alerts are written with ON CONFLICT on their fingerprint, so any number of evaluations of the same
 * window, in any number of processes, leave one alert; each write is audited and announced on the
 * live feed in the same transaction.
 */
export function createAlertEvaluator(db: Db, clock: Clock, live: Pick<LiveBus, 'publish'> | undefined, afterCommit: (outcomes: AlertOutcome[]) => void) {
  const repo = createAlertRepo(db);
  /** Evaluations started by new reports and not finished yet (tests wait for them; so does a clean shutdown). */
  const pending = new Set<Promise<unknown>>();
  /**
   * Evaluations asked for and not started, by region and category. An import of 10,000 reports asks
   * for one per region and category it wrote (thousands): started all at once they took every
   * connection of the pool, and the next import's queries timed out waiting for one. They now run
   * EVALUATIONS_AT_ONCE at a time, and one not started yet stands for any later report of the same
   * region and category (it reads the reports when it starts, so it sees those too).
   */
  const waiting = new Map<string, () => void>();
  const queue: string[] = [];
  let running = 0;

  function checked(rule: RuleRecord): Rule | null {
    const result = checkRuleParams(rule.kind, rule.params);
    return result.ok ? { ...rule, ...result.value } : null;
  }

  /**
   * Findings of `rule` over `root` (its whole region, or the one group a new report counts in). A
   * spike rule counts first, per group in SQL, and reads the reports of the groups that fire only:
   * a sweep over a province on voting day reads a few regions' reports, not the day's every report.
   */
  async function find(rule: Rule, root: string | null, now: Date): Promise<Finding[]> {
    const from = new Date(now.getTime() - windowMs(rule.params));
    if (rule.kind === 'spike') {
      const length = groupLength(rule.params.level, rule.regionCode);
      const counts = await repo.countsByGroup(root, rule.category, length, from, now);
      const baseline = await repo.countsByGroup(root, rule.category, length, new Date(from.getTime() - rule.params.baselineDays * 86_400_000), from);
      const firing = [...counts].filter(([region, count]) => spikeFires(rule.params, count, baseline.get(region) ?? 0)).map(([region]) => region);
      return firing.length === 0 ? [] : evaluateRule(rule, await repo.reports(firing, rule.category, from, now), baseline, now);
    }
    const only = rule.kind === 'severity' ? { minSeverity: rule.params.minSeverity } : { placed: true };
    return evaluateRule(rule, await repo.reports(root === null ? null : [root], rule.category, from, now, only), new Map(), now);
  }

  /**
   * Writes one finding: joins the previous window's open alert when there is one, else raises or
   * updates this window's. A join is audited with the reports it added (`incidentIds: [null, added]`)
   * and the count before and after, not the alert's whole list: an alert of a national rule holds
   * tens of thousands, and every join copied them all into the audit log.
   */
  async function record(rule: Rule, found: Finding, now: Date): Promise<AlertOutcome | null> {
    return db.transaction(async (tx) => {
      const txRepo = createAlertRepo(tx);
      // A spike that goes on across a window's turn stays one alert: the previous window's, while it is open.
      const previous = await txRepo.openByFingerprint(previousFingerprint(rule, found));
      const key = previous ? previousFingerprint(rule, found) : found.fingerprint;
      // Locked until commit: another process's join waits, so `held` is what this one's adds to.
      const held = new Set(await txRepo.lockIncidentIds(key));
      const written = await txRepo.upsert({
        ruleId: rule.id, fingerprint: key, regionCode: found.regionCode, category: rule.category, details: found.details,
        incidentIds: found.incidentIds, latitude: found.latitude, longitude: found.longitude, at: now,
      });
      if (!written) return null;
      const change = written.raised ? 'raised' : 'joined';
      await live?.publish(tx, { type: written.raised ? 'alert.raised' : 'alert.changed', id: String(written.id), regionCode: found.regionCode, at: now.toISOString() });
      const added = found.incidentIds.filter((id) => !held.has(id));
      await appendAudit(tx, {
        actor: { type: 'system', id: null, label: 'early warning' }, action: `alert.${change === 'raised' ? 'raise' : 'join'}`, entityType: 'alert',
        entityId: String(written.id), regionCode: found.regionCode, ip: null, client: null, at: now,
        changes: written.raised
          ? changedFields(null, { ruleId: rule.id, fingerprint: key, incidentIds: found.incidentIds, details: found.details, version: 1 })
          : { incidentIds: [null, added], incidentCount: [held.size, held.size + added.length], details: [null, found.details], version: [written.version - 1, written.version] },
      });
      return { alertId: written.id, ruleId: rule.id, regionCode: found.regionCode, change } satisfies AlertOutcome;
    });
  }

  /**
   * The findings `record` would write: those whose alert (the previous window's while it is open,
   * else their own) is missing or lacks some of their reports. A sweep finds the same hundreds of
   * findings every minute; read together once, the unchanged ones cost no transaction each. `record`
   * still decides under its transaction (another process may have written meanwhile).
   */
  async function changing(rule: Rule, findings: Finding[]): Promise<Finding[]> {
    if (findings.length === 0) return findings;
    const alerts = await repo.byFingerprints(findings.flatMap((found) => [found.fingerprint, previousFingerprint(rule, found)]));
    return findings.filter((found) => {
      const previous = alerts.get(previousFingerprint(rule, found));
      const alert = previous?.open ? previous : alerts.get(found.fingerprint);
      if (!alert) return true;
      const held = new Set(alert.incidentIds);
      return alert.open && !found.incidentIds.every((id) => held.has(id));
    });
  }

  async function run(rules: readonly Rule[], rootOf: (rule: Rule) => string | null): Promise<AlertOutcome[]> {
    const now = clock.now();
    const outcomes: AlertOutcome[] = [];
    for (const rule of rules) {
      for (const found of await changing(rule, await find(rule, rootOf(rule), now))) {
        const outcome = await record(rule, found, now);
        if (outcome) outcomes.push(outcome);
      }
    }
    if (outcomes.length > 0) afterCommit(outcomes);
    return outcomes;
  }

  function startWaiting(): void {
    while (running < EVALUATIONS_AT_ONCE && queue.length > 0) waiting.get(queue.shift()!)?.();
  }

  async function activeRules(): Promise<Rule[]> {
    return (await repo.rules(null, true)).map(checked).filter((rule): rule is Rule => rule !== null);
  }

  return {
    /** Evaluates the active rules that concern a new report, over the region it counts in for each. */
    async afterReport(report: { regionCode: string; category: string }): Promise<AlertOutcome[]> {
      const rules = (await activeRules()).filter((rule) => ruleConcerns(rule, report));
      return run(rules, (rule) => groupRegion(report.regionCode, rule.params.level, rule.regionCode));
    },

    /**
     * The same, without waiting: started after the report's transaction committed; a failure is
     * logged and left to the sweep, never the reporter's problem.
     */
    schedule(report: { regionCode: string; category: string }, onError: (error: unknown) => void = () => {}): void {
      const key = `${report.regionCode} ${report.category}`;
      if (waiting.has(key)) return;
      const job = new Promise<void>((resolve) => {
        waiting.set(key, () => {
          waiting.delete(key);
          running += 1;
          void this.afterReport(report).then(() => undefined, onError).finally(() => {
            running -= 1;
            resolve();
            startWaiting();
          });
        });
      }).finally(() => pending.delete(job));
      pending.add(job);
      queue.push(key);
      startWaiting();
    },

    /** Every active rule over its whole region: the periodic sweep. */
    async sweep(): Promise<AlertOutcome[]> {
      return run(await activeRules(), (rule) => rule.regionCode);
    },

    /**
     * Starts the sweep every `intervalMs` in one process of however many share the database
     * (periodic_jobs: at a million reports a sweep reads seconds of reports, and every process
     * repeated it); each process tries to claim it at `claimTickMs`. Returns how to stop it.
     */
    startSweep(onError: (error: unknown) => void, intervalMs = SWEEP_INTERVAL_MS): () => void {
      let running = false;
      const timer = setInterval(() => {
        if (running) return;
        running = true;
        runIfClaimed(db, ALERT_SWEEP_JOB, intervalMs, SWEEP_LEASE_MS, () => this.sweep()).catch(onError).finally(() => { running = false; });
      }, claimTickMs(intervalMs));
      timer.unref();
      return () => clearInterval(timer);
    },

    /** Resolves when the evaluations started by new reports so far have finished. */
    async settled(): Promise<void> {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

export type AlertEvaluator = ReturnType<typeof createAlertEvaluator>;
