import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { createAlertEvaluator } from './evaluator.js';

/**
 * Evaluations after new reports are queued, not all started at once: an import of thousands of
 * reports asks for one per region and category, and started together they took every connection of
 * the pool (the next import failed waiting for one). The evaluation itself is replaced here: only
 * how many run at once, and which ones run, is under test.
 */
describe('alert evaluations after new reports', () => {
  function evaluatorWithFakeRuns() {
    const evaluator = createAlertEvaluator({} as Db, { now: () => new Date('2024-11-26T03:00:00Z') }, undefined, () => undefined);
    const started: string[] = [];
    let running = 0;
    let most = 0;
    const release: Array<() => void> = [];
    evaluator.afterReport = async (report) => {
      started.push(`${report.regionCode} ${report.category}`);
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => release.push(resolve));
      running -= 1;
      return [];
    };
    const releaseAll = async () => {
      while (running > 0 || release.length > 0) {
        release.splice(0).forEach((go) => go());
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    return { evaluator, started, most: () => most, releaseAll };
  }

  it('runs two at a time, every region and category once, and settled() waits for the queue', async () => {
    const { evaluator, started, most, releaseAll } = evaluatorWithFakeRuns();
    for (let i = 0; i < 50; i++) evaluator.schedule({ regionCode: `35.${String(i).padStart(2, '0')}`, category: 'politik_uang' });
    expect(started).toHaveLength(2);
    let settled = false;
    const waiting = evaluator.settled().then(() => (settled = true));
    await releaseAll();
    await waiting;
    expect(settled).toBe(true);
    expect(most()).toBe(2);
    expect(new Set(started).size).toBe(50);
    expect(started).toHaveLength(50);
  });

  it('a report of a region and category already waiting adds no evaluation; one already running does', async () => {
    const { evaluator, started, releaseAll } = evaluatorWithFakeRuns();
    const a = { regionCode: '51.71', category: 'hoaks' };
    const b = { regionCode: '51.03', category: 'hoaks' };
    const c = { regionCode: '51.02', category: 'hoaks' };
    evaluator.schedule(a);
    evaluator.schedule(b);
    evaluator.schedule(c);
    evaluator.schedule(c); // c waits behind a and b: this one is covered by it
    evaluator.schedule(a); // a is running: it may have read the reports before this one, so it runs again
    await releaseAll();
    await evaluator.settled();
    expect(started).toEqual(['51.71 hoaks', '51.03 hoaks', '51.02 hoaks', '51.71 hoaks']);
  });

  it('a failed evaluation is reported and the queue goes on', async () => {
    const evaluator = createAlertEvaluator({} as Db, { now: () => new Date('2024-11-26T03:00:00Z') }, undefined, () => undefined);
    const errors: unknown[] = [];
    const ran: string[] = [];
    evaluator.afterReport = async (report) => {
      ran.push(report.regionCode);
      if (report.regionCode === '11.01') throw new Error('connection lost');
      return [];
    };
    for (const regionCode of ['11.01', '11.02', '11.03']) evaluator.schedule({ regionCode, category: 'logistik' }, (error) => errors.push(error));
    await evaluator.settled();
    expect(ran).toEqual(['11.01', '11.02', '11.03']);
    expect(errors).toHaveLength(1);
  });
});
