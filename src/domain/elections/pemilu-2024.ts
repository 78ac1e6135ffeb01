import type { ElectionDefinition } from './types.js';

const PKPU = 'PKPU 3/2022';

/** Pemilu 2024 (president, DPR, DPD, DPRD): main stages of PKPU 3/2022. */
export const PEMILU_2024: ElectionDefinition = {
  id: 'pemilu-2024',
  regime: 'PEMILU',
  nameId: 'Pemilihan Umum 2024',
  nameEn: '2024 General Election',
  votingDate: '2024-02-14',
  legalBasis: PKPU,
  contestScope: 'none',
  stages: [
    { code: 'perencanaan', nameId: 'Perencanaan program dan anggaran serta peraturan', nameEn: 'Programme, budget and rules', startsOn: '2022-06-14', endsOn: '2022-10-13', legalBasis: PKPU },
    { code: 'data-pemilih', nameId: 'Pemutakhiran data pemilih dan penyusunan daftar pemilih', nameEn: 'Voter data updating and voter lists', startsOn: '2022-10-14', endsOn: '2023-06-21', legalBasis: PKPU },
    { code: 'penetapan-parpol', nameId: 'Penetapan partai politik peserta pemilu', nameEn: 'Parties fixed as contestants', startsOn: '2022-12-14', endsOn: '2022-12-14', legalBasis: PKPU },
    { code: 'pencalonan-presiden', nameId: 'Pencalonan presiden dan wakil presiden', nameEn: 'Presidential nomination', startsOn: '2023-10-19', endsOn: '2023-11-25', legalBasis: PKPU },
    { code: 'kampanye', nameId: 'Masa kampanye', nameEn: 'Campaign period', startsOn: '2023-11-28', endsOn: '2024-02-10', legalBasis: PKPU },
    { code: 'masa-tenang', nameId: 'Masa tenang', nameEn: 'Quiet period', startsOn: '2024-02-11', endsOn: '2024-02-13', legalBasis: PKPU },
    { code: 'pemungutan-suara', nameId: 'Pemungutan suara', nameEn: 'Voting day', startsOn: '2024-02-14', endsOn: '2024-02-14', legalBasis: PKPU, isVotingDay: true },
    { code: 'penghitungan', nameId: 'Penghitungan suara', nameEn: 'Counting', startsOn: '2024-02-14', endsOn: '2024-02-15', legalBasis: PKPU },
    { code: 'rekapitulasi', nameId: 'Rekapitulasi hasil penghitungan suara', nameEn: 'Tabulation of results', startsOn: '2024-02-15', endsOn: '2024-03-20', legalBasis: PKPU },
  ],
};


