/**
 * Outcomes of an ASN neutrality case (DOMAIN.md §6, PP 94/2021): a recommendation (Bawaslu to BKN,
 * formerly KASN) and the sanction the official's superior imposed, or that it was not proven.
 */
export const NEUTRALITY_OUTCOMES = [
  'dalam_proses',
  'rekomendasi',
  'sanksi_moral',
  'hukuman_disiplin_ringan',
  'hukuman_disiplin_sedang',
  'hukuman_disiplin_berat',
  'tidak_terbukti',
] as const;
export type NeutralityOutcome = (typeof NEUTRALITY_OUTCOMES)[number];
