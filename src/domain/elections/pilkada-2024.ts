import type { ElectionDefinition } from './types.js';

const PKPU = 'PKPU 2/2024';

/**
 * Pilkada Serentak 2024: stages and dates of PKPU 2/2024 (26 January 2024) as KPU published
 * them; candidate registration reopened 2–4 September where only one pair had registered.
 */
export const PILKADA_2024: ElectionDefinition = {
  id: 'pilkada-2024',
  regime: 'PEMILIHAN',
  nameId: 'Pemilihan Serentak Gubernur, Bupati, dan Wali Kota 2024',
  nameEn: '2024 Simultaneous Regional Head Elections',
  votingDate: '2024-11-27',
  legalBasis: PKPU,
  contestScope: 'every-elected-head',
  stages: [
    { code: 'perencanaan', nameId: 'Perencanaan program dan anggaran', nameEn: 'Programme and budget planning', startsOn: '2024-01-26', endsOn: '2024-01-26', legalBasis: PKPU },
    { code: 'pemantau', nameId: 'Pemberitahuan dan pendaftaran pemantau pemilihan', nameEn: 'Registration of election monitors', startsOn: '2024-02-27', endsOn: '2024-11-16', legalBasis: PKPU },
    { code: 'badan-adhoc', nameId: 'Pembentukan PPK, PPS, dan KPPS', nameEn: 'Forming ad hoc bodies (PPK, PPS, KPPS)', startsOn: '2024-04-17', endsOn: '2024-11-05', legalBasis: PKPU },
    { code: 'dp4', nameId: 'Penyerahan daftar penduduk potensial pemilih (DP4)', nameEn: 'Handover of population data (DP4)', startsOn: '2024-04-24', endsOn: '2024-05-31', legalBasis: PKPU },
    { code: 'syarat-perseorangan', nameId: 'Pemenuhan syarat dukungan calon perseorangan', nameEn: 'Independent candidates’ support requirements', startsOn: '2024-05-05', endsOn: '2024-08-19', legalBasis: PKPU },
    { code: 'daftar-pemilih', nameId: 'Pemutakhiran dan penyusunan daftar pemilih (termasuk coklit)', nameEn: 'Voter list updating (incl. door-to-door checks)', startsOn: '2024-05-31', endsOn: '2024-09-23', legalBasis: PKPU },
    { code: 'pengumuman-pendaftaran', nameId: 'Pengumuman pendaftaran pasangan calon', nameEn: 'Announcement of candidate registration', startsOn: '2024-08-24', endsOn: '2024-08-26', legalBasis: PKPU },
    { code: 'pendaftaran', nameId: 'Pendaftaran pasangan calon', nameEn: 'Candidate pair registration', startsOn: '2024-08-27', endsOn: '2024-08-29', legalBasis: PKPU },
    { code: 'pendaftaran-diperpanjang', nameId: 'Perpanjangan pendaftaran (daerah dengan satu pasangan calon)', nameEn: 'Extended registration (single-pair regions)', startsOn: '2024-09-02', endsOn: '2024-09-04', legalBasis: PKPU },
    { code: 'penelitian-syarat', nameId: 'Penelitian persyaratan calon', nameEn: 'Checking candidate requirements', startsOn: '2024-08-27', endsOn: '2024-09-21', legalBasis: PKPU },
    { code: 'penetapan-paslon', nameId: 'Penetapan pasangan calon', nameEn: 'Candidate pairs fixed', startsOn: '2024-09-22', endsOn: '2024-09-22', legalBasis: PKPU },
    { code: 'nomor-urut', nameId: 'Pengundian dan pengumuman nomor urut', nameEn: 'Drawing of ballot numbers', startsOn: '2024-09-23', endsOn: '2024-09-23', legalBasis: PKPU },
    { code: 'kampanye', nameId: 'Masa kampanye', nameEn: 'Campaign period', startsOn: '2024-09-25', endsOn: '2024-11-23', legalBasis: PKPU },
    { code: 'masa-tenang', nameId: 'Masa tenang', nameEn: 'Quiet period', startsOn: '2024-11-24', endsOn: '2024-11-26', legalBasis: PKPU },
    { code: 'pemungutan-suara', nameId: 'Pemungutan suara', nameEn: 'Voting day', startsOn: '2024-11-27', endsOn: '2024-11-27', legalBasis: PKPU, isVotingDay: true },
    { code: 'penghitungan-rekapitulasi', nameId: 'Penghitungan suara dan rekapitulasi hasil', nameEn: 'Counting and tabulation of results', startsOn: '2024-11-27', endsOn: '2024-12-16', legalBasis: PKPU },
  ],
};
