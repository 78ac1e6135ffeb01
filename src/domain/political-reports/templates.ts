import type { PoliticalReportKind } from './vocabulary.js';

/** One section of a report outline. */
export interface TemplateSection {
  key: string;
  titleId: string;
  titleEn: string;
  hintId?: string;
  hintEn?: string;
}

/** Section key a province report's roll-up of its kabupaten/kota summaries is written under. */
export const ROLLUP_SECTION: TemplateSection = {
  key: 'rollup', titleId: 'Ringkasan kabupaten/kota', titleEn: 'Summaries of the regencies and cities',
};

/** The outline DOMAIN.md §7 suggests for Permendagri 61/2011 (unverified: desks adjust their copy). */
const SECTIONS: TemplateSection[] = [
  { key: 'politik', titleId: 'Situasi politik (partai politik dan DPRD)', titleEn: 'Political situation (parties and DPRD)', hintId: 'Dinamika partai politik, DPRD dan elite lokal', hintEn: 'Dynamics of parties, the DPRD and local elites' },
  { key: 'ormas', titleId: 'Kegiatan partai politik, ormas dan masyarakat sipil', titleEn: 'Party, mass-organisation and civil-society activity' },
  { key: 'penyelenggaraan', titleId: 'Penyelenggaraan dan tahapan pemilihan', titleEn: 'Election administration and stages' },
  { key: 'potensi_konflik', titleId: 'Potensi konflik', titleEn: 'Potential conflicts' },
  { key: 'keamanan', titleId: 'Keamanan dan ketertiban', titleEn: 'Security and public order' },
  { key: 'netralitas_asn', titleId: 'Netralitas ASN', titleEn: 'ASN neutrality' },
  { key: 'media', titleId: 'Media dan informasi', titleEn: 'Media and information' },
  { key: 'rekomendasi', titleId: 'Rekomendasi', titleEn: 'Recommendations' },
];

export interface BuiltInTemplate {
  code: string;
  nameId: string;
  nameEn: string;
  kind: PoliticalReportKind;
  sections: TemplateSection[];
}

/** The two outlines shipped with the reference data (seeded once, never rewritten: desks may edit them). */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  {
    code: 'permendagri-61-2011', kind: 'periodik', sections: SECTIONS,
    nameId: 'Laporan Perkembangan Politik (Permendagri 61/2011)', nameEn: 'Political development report (Permendagri 61/2011)',
  },
  {
    code: 'insidental-61-2011', kind: 'insidental', sections: SECTIONS,
    nameId: 'Laporan Insidental Perkembangan Politik', nameEn: 'Incidental political development report',
  },
];
