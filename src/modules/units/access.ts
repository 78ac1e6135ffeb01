import { can } from '../../domain/access/rules.js';
import type { Actor } from '../auth/actor.js';

/**
 * Who may change a unit (its name, agency, letterhead): those who manage accounts in its region,
 * that is administrators and the coordinators whose scope holds it.
 */
export function canChangeUnit(actor: Actor, unit: { regionCode: string }): boolean {
  return can(actor.principal, 'manage_accounts', { regionCode: unit.regionCode });
}
