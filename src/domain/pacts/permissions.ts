import { can, type Principal } from '../access/rules.js';

/** Whoever reads in the campaign's region reads the campaign, its targets and their submissions. */
export function mayReadCampaign(principal: Principal, campaign: { regionCode: string }): boolean {
  return can(principal, 'read', { regionCode: campaign.regionCode });
}

/**
 * Running a campaign (its settings, targets, links, reviews, entries on an office's behalf) is the
 * desk's: administrators and coordinators with the campaign's region in scope. Officers and viewers read.
 */
export function mayManageCampaign(principal: Principal, campaign: { regionCode: string }): boolean {
  return (principal.role === 'admin' || principal.role === 'coordinator') && can(principal, 'write', { regionCode: campaign.regionCode });
}
