/**
 * Invitation templates: who a desk usually invites, as agencies at the meeting's region. Forkopimda
 * follows PP 12/2022 (head of region, DPRD chair, police, prosecutor, military); election bodies and
 * Kesbangpol join for election meetings. Applying a template resolves each agency to the units
 * registered at that region; agencies without a unit there are reported, not silently dropped.
 */
export const INVITATION_TEMPLATES = {
  forkopimda: ['PEMDA', 'DPRD', 'POLRI', 'TNI', 'KEJAKSAAN'],
  penyelenggara: ['KPU', 'BAWASLU'],
  forkopimda_penyelenggara: ['PEMDA', 'DPRD', 'POLRI', 'TNI', 'KEJAKSAAN', 'KPU', 'BAWASLU', 'KESBANGPOL'],
  desk_pilkada: ['PEMDA', 'DPRD', 'POLRI', 'TNI', 'KEJAKSAAN', 'KPU', 'BAWASLU', 'KESBANGPOL', 'BIN', 'GAKKUMDU'],
} as const satisfies Record<string, readonly string[]>;
export type InvitationTemplate = keyof typeof INVITATION_TEMPLATES;
export const INVITATION_TEMPLATE_NAMES = Object.keys(INVITATION_TEMPLATES) as InvitationTemplate[];

export interface UnitAtRegion {
  id: number;
  agencyCode: string;
  regionCode: string;
}

/** The units a template invites at one region, and the template's agencies that have no unit there. */
export function resolveTemplate(template: InvitationTemplate, regionCode: string, units: readonly UnitAtRegion[]) {
  const agencies: readonly string[] = INVITATION_TEMPLATES[template];
  const here = units.filter((unit) => unit.regionCode === regionCode && agencies.includes(unit.agencyCode));
  const found = new Set(here.map((unit) => unit.agencyCode));
  return {
    unitIds: here.map((unit) => unit.id),
    missingAgencies: agencies.filter((agency) => !found.has(agency)),
  };
}
