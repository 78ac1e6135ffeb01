/**
 * Default readiness (kesiapan) checklists for a regional desk, per domain and election stage
 * (DOMAIN.md §10.7: logistics, security, voter data, ASN neutrality, cyber, disaster, funding, plus
 * the ad hoc bodies). Each item says what "siap" means and what evidence to attach; desks may edit,
 * add or drop items. Weights run 1–3, key items heaviest.
 *
 * `stageCode` names the Pilkada 2024 stage (src/domain/elections/pilkada-2024.ts) in which the
 * checklist matters most, or null where it spans several stages.
 */

export const READINESS_DOMAINS = ['anggaran', 'logistik', 'keamanan', 'data_pemilih', 'badan_adhoc', 'siber', 'netralitas_asn', 'bencana'] as const;
export type ReadinessDomain = (typeof READINESS_DOMAINS)[number];

export interface ReadinessItemDef {
  /** Unique within its template; /^[a-z0-9][a-z0-9._-]{0,39}$/. */
  code: string;
  label: { id: string; en: string };
  /** What "siap" (ready) means for this item and what evidence to attach. */
  guidance: { id: string; en: string };
  /** 1–3, relative to the other items of the template. */
  weight: number;
}

export interface ReadinessTemplateDef {
  /** Unique across templates; same pattern as item codes. */
  code: string;
  domain: ReadinessDomain;
  /** A Pilkada 2024 stage code from pilkada-2024.ts, or null for any stage. */
  stageCode: string | null;
  title: { id: string; en: string };
  items: ReadinessItemDef[];
}

export const READINESS_DOMAIN_LABELS: Record<ReadinessDomain, { id: string; en: string }> = {
  anggaran: { id: 'Anggaran', en: 'Funding' },
  logistik: { id: 'Logistik', en: 'Logistics' },
  keamanan: { id: 'Keamanan', en: 'Security' },
  data_pemilih: { id: 'Data pemilih', en: 'Voter data' },
  badan_adhoc: { id: 'Badan ad hoc', en: 'Ad hoc bodies' },
  siber: { id: 'Keamanan siber dan informasi', en: 'Cyber and information security' },
  netralitas_asn: { id: 'Netralitas ASN', en: 'Civil service neutrality' },
  bencana: { id: 'Kebencanaan', en: 'Disaster preparedness' },
};

export const DEFAULT_READINESS_TEMPLATES: ReadinessTemplateDef[] = [
  {
    code: 'anggaran-nphd',
    domain: 'anggaran',
    stageCode: 'perencanaan',
    title: { id: 'Naskah Perjanjian Hibah Daerah (NPHD)', en: 'Regional grant agreements (NPHD)' },
    items: [
      {
        code: 'hibah-apbd',
        label: { id: 'Hibah pemilihan dianggarkan dalam APBD', en: 'Election grants budgeted in the regional budget (APBD)' },
        guidance: {
          id: 'Siap bila pagu hibah untuk KPU, Bawaslu, dan pengamanan tercantum dalam APBD atau APBD Perubahan yang sah. Lampirkan kutipan Perda/Perkada APBD yang memuat pagu tersebut.',
          en: 'Ready when grant ceilings for KPU, Bawaslu and security appear in an enacted regional budget or budget revision. Attach the extract of the budget regulation showing them.',
        },
        weight: 3,
      },
      {
        code: 'nphd-kpu',
        label: { id: 'NPHD dengan KPU ditandatangani', en: 'Grant agreement with KPU signed' },
        guidance: {
          id: 'Siap bila NPHD antara kepala daerah dan KPU provinsi/kabupaten/kota sudah ditandatangani kedua pihak. Lampirkan salinan NPHD bertanda tangan.',
          en: 'Ready when the grant agreement between the regional head and the provincial or kab/kota KPU is signed by both parties. Attach a copy of the signed agreement.',
        },
        weight: 3,
      },
      {
        code: 'nphd-bawaslu',
        label: { id: 'NPHD dengan Bawaslu ditandatangani', en: 'Grant agreement with Bawaslu signed' },
        guidance: {
          id: 'Siap bila NPHD dengan Bawaslu provinsi/kabupaten/kota sudah ditandatangani kedua pihak. Lampirkan salinan NPHD bertanda tangan.',
          en: 'Ready when the grant agreement with the provincial or kab/kota Bawaslu is signed by both parties. Attach a copy of the signed agreement.',
        },
        weight: 3,
      },
      {
        code: 'nphd-polri',
        label: { id: 'NPHD pengamanan dengan Polda/Polres ditandatangani', en: 'Security grant agreement with the police (Polda/Polres) signed' },
        guidance: {
          id: 'Siap bila hibah pengamanan untuk Polda atau Polres sudah dituangkan dalam NPHD bertanda tangan. Lampirkan salinan NPHD dan rincian kebutuhan pengamanan yang disepakati.',
          en: 'Ready when the security grant for the Polda or Polres is set out in a signed agreement. Attach the agreement and the agreed breakdown of security needs.',
        },
        weight: 2,
      },
      {
        code: 'nphd-tni',
        label: { id: 'Hibah dukungan pengamanan TNI disepakati', en: 'Grant for military (TNI) security support agreed' },
        guidance: {
          id: 'Siap bila dukungan anggaran untuk Korem/Kodim yang membantu pengamanan sudah disepakati dalam NPHD atau naskah sejenis. Lampirkan dokumen kesepakatan.',
          en: 'Ready when funding for the Korem/Kodim assisting security is agreed in a grant agreement or equivalent document. Attach the agreement.',
        },
        weight: 2,
      },
    ],
  },
  {
    code: 'anggaran-pencairan',
    domain: 'anggaran',
    stageCode: null,
    title: { id: 'Pencairan dan pertanggungjawaban dana hibah', en: 'Disbursement and accountability of grant funds' },
    items: [
      {
        code: 'cair-kpu-1',
        label: { id: 'Dana hibah KPU tahap 1 dicairkan', en: 'First tranche of the KPU grant disbursed' },
        guidance: {
          id: 'Siap bila tahap pertama sudah masuk ke rekening hibah KPU sesuai jadwal dalam NPHD. Lampirkan SP2D atau bukti transfer.',
          en: 'Ready when the first tranche has reached KPU’s grant account on the schedule set in the agreement. Attach the disbursement order (SP2D) or transfer receipt.',
        },
        weight: 3,
      },
      {
        code: 'cair-kpu-2',
        label: { id: 'Dana hibah KPU tahap 2 dicairkan', en: 'Second tranche of the KPU grant disbursed' },
        guidance: {
          id: 'Siap bila sisa hibah KPU sudah dicairkan sebelum batas waktu dalam NPHD. Lampirkan SP2D atau bukti transfer.',
          en: 'Ready when the rest of the KPU grant has been disbursed before the deadline in the agreement. Attach the SP2D or transfer receipt.',
        },
        weight: 3,
      },
      {
        code: 'cair-bawaslu',
        label: { id: 'Dana hibah Bawaslu dicairkan sesuai tahapan', en: 'Bawaslu grant disbursed as scheduled' },
        guidance: {
          id: 'Siap bila setiap tahap hibah Bawaslu sudah cair tepat waktu. Lampirkan SP2D atau bukti transfer per tahap.',
          en: 'Ready when each Bawaslu tranche has been paid on time. Attach the SP2D or transfer receipt for each tranche.',
        },
        weight: 2,
      },
      {
        code: 'cair-pengamanan',
        label: { id: 'Dana pengamanan Polri dan TNI dicairkan', en: 'Police and military security funds disbursed' },
        guidance: {
          id: 'Siap bila hibah pengamanan sudah diterima Polres/Polda dan Kodim/Korem sebelum masa kampanye. Lampirkan bukti transfer.',
          en: 'Ready when the security grants have reached the police and army commands before the campaign period. Attach transfer receipts.',
        },
        weight: 2,
      },
      {
        code: 'honor-adhoc',
        label: { id: 'Honorarium badan ad hoc tersedia', en: 'Fees for ad hoc bodies available' },
        guidance: {
          id: 'Siap bila dana honorarium PPK, PPS, KPPS, dan pengawas ad hoc tersedia untuk seluruh masa kerja. Lampirkan rincian anggaran honorarium dari KPU dan Bawaslu.',
          en: 'Ready when fees for PPK, PPS, KPPS and ad hoc supervisors are funded for their whole term. Attach KPU’s and Bawaslu’s fee budgets.',
        },
        weight: 2,
      },
      {
        code: 'laporan-hibah',
        label: { id: 'Laporan penggunaan dana hibah dijadwalkan', en: 'Grant-use reporting scheduled' },
        guidance: {
          id: 'Siap bila penerima hibah dan BPKAD sudah menyepakati jadwal laporan penggunaan dan pengembalian sisa dana. Lampirkan jadwal atau surat kesepakatan.',
          en: 'Ready when grant recipients and the regional finance office have agreed dates for use reports and returning unspent funds. Attach the schedule or agreement letter.',
        },
        weight: 1,
      },
    ],
  },
  {
    code: 'logistik-pengadaan',
    domain: 'logistik',
    stageCode: 'kampanye',
    title: { id: 'Perencanaan dan pengadaan logistik', en: 'Planning and procurement of election materials' },
    items: [
      {
        code: 'jumlah-tps',
        label: { id: 'Jumlah TPS dan kebutuhan logistik ditetapkan', en: 'Number of polling stations and material needs fixed' },
        guidance: {
          id: 'Siap bila KPU sudah menetapkan jumlah TPS per desa/kelurahan dan menghitung kebutuhan logistik serta anggarannya. Lampirkan keputusan atau rekapitulasi jumlah TPS.',
          en: 'Ready when KPU has fixed the number of polling stations per village and costed the materials they need. Attach the decision or the polling-station count.',
        },
        weight: 3,
      },
      {
        code: 'desain-surat-suara',
        label: { id: 'Desain surat suara disetujui', en: 'Ballot design approved' },
        guidance: {
          id: 'Siap bila desain surat suara sudah disetujui pasangan calon atau tim kampanye setelah pengundian nomor urut. Lampirkan berita acara persetujuan.',
          en: 'Ready when candidate pairs or their teams have approved the ballot design after the ballot-number draw. Attach the signed approval record.',
        },
        weight: 2,
      },
      {
        code: 'cetak-surat-suara',
        label: { id: 'Pencetakan surat suara sesuai jadwal', en: 'Ballot printing on schedule' },
        guidance: {
          id: 'Siap bila pencetakan mencapai target jadwal dan jumlah sudah termasuk cadangan sesuai ketentuan. Lampirkan laporan kemajuan pencetakan dari KPU.',
          en: 'Ready when printing is on target and the quantity includes the required reserve. Attach KPU’s printing progress report.',
        },
        weight: 3,
      },
      {
        code: 'kotak-bilik',
        label: { id: 'Kotak suara, bilik, dan perlengkapan TPS tersedia', en: 'Ballot boxes, booths and polling-station kits available' },
        guidance: {
          id: 'Siap bila kotak suara, bilik, tinta, segel, dan formulir tersedia untuk semua TPS, termasuk yang rusak sudah diganti. Lampirkan hasil inventarisasi gudang KPU.',
          en: 'Ready when boxes, booths, ink, seals and forms are on hand for every polling station and damaged stock has been replaced. Attach KPU’s warehouse inventory.',
        },
        weight: 2,
      },
      {
        code: 'gudang',
        label: { id: 'Gudang logistik layak dan dijaga', en: 'Materials warehouse fit for use and guarded' },
        guidance: {
          id: 'Siap bila gudang KPU kering, aman dari banjir, berkunci, dan dijaga petugas. Lampirkan foto gudang dan jadwal penjagaan.',
          en: 'Ready when the KPU warehouse is dry, safe from flooding, locked and guarded. Attach photos and the guard roster.',
        },
        weight: 1,
      },
    ],
  },
  {
    code: 'logistik-distribusi',
    domain: 'logistik',
    stageCode: 'masa-tenang',
    title: { id: 'Sortir, pelipatan, dan distribusi logistik', en: 'Sorting, folding and distribution of materials' },
    items: [
      {
        code: 'sortir-lipat',
        label: { id: 'Sortir dan pelipatan surat suara selesai', en: 'Ballots sorted and folded' },
        guidance: {
          id: 'Siap bila seluruh surat suara sudah disortir, dilipat, dan surat suara rusak dicatat serta dimusnahkan atau diganti. Lampirkan berita acara sortir dan jumlah surat suara rusak.',
          en: 'Ready when every ballot has been sorted and folded, and damaged ballots are recorded and destroyed or replaced. Attach the sorting record with the count of damaged ballots.',
        },
        weight: 3,
      },
      {
        code: 'cadangan',
        label: { id: 'Surat suara cadangan dan pengganti tersedia', en: 'Reserve and replacement ballots available' },
        guidance: {
          id: 'Siap bila setiap TPS mendapat cadangan sesuai ketentuan dan kekurangan akibat surat suara rusak sudah dicetak ulang. Lampirkan rekapitulasi cadangan per kecamatan.',
          en: 'Ready when each polling station has its required reserve and shortfalls from damaged ballots have been reprinted. Attach the reserve count per kecamatan.',
        },
        weight: 2,
      },
      {
        code: 'kirim-ppk',
        label: { id: 'Logistik terkirim ke PPK', en: 'Materials delivered to PPK (sub-district)' },
        guidance: {
          id: 'Siap bila logistik sudah diterima semua PPK dengan jumlah sesuai. Lampirkan berita acara serah terima per kecamatan.',
          en: 'Ready when every PPK has received the right quantity of materials. Attach the handover record for each kecamatan.',
        },
        weight: 3,
      },
      {
        code: 'kirim-pps-kpps',
        label: { id: 'Logistik terkirim ke PPS dan KPPS', en: 'Materials delivered to PPS and KPPS (village and polling station)' },
        guidance: {
          id: 'Siap bila logistik sudah sampai di PPS dan diterima KPPS paling lambat sehari sebelum pemungutan suara. Lampirkan berita acara serah terima atau rekap per desa.',
          en: 'Ready when materials have reached the PPS and been received by each KPPS no later than the day before voting. Attach handover records or a per-village summary.',
        },
        weight: 3,
      },
      {
        code: 'rute-sulit',
        label: { id: 'Rencana distribusi ke TPS sulit dijangkau', en: 'Delivery plan for hard-to-reach polling stations' },
        guidance: {
          id: 'Siap bila rute, moda angkut, dan jadwal pengiriman ke TPS terpencil atau kepulauan sudah ditetapkan bersama aparat pengawal. Lampirkan daftar TPS sulit dan rencana angkutnya.',
          en: 'Ready when routes, transport and dates for remote or island polling stations are agreed with the escort. Attach the list of hard-to-reach stations and the transport plan.',
        },
        weight: 2,
      },
      {
        code: 'kawal-logistik',
        label: { id: 'Pengawalan logistik oleh aparat', en: 'Security escort for materials' },
        guidance: {
          id: 'Siap bila setiap pengiriman logistik dikawal personel Polri atau TNI sesuai rencana pengamanan. Lampirkan surat perintah pengawalan.',
          en: 'Ready when every delivery is escorted by police or military personnel as the security plan requires. Attach the escort orders.',
        },
        weight: 2,
      },
    ],
  },
  {
    code: 'keamanan-kampanye',
    domain: 'keamanan',
    stageCode: 'kampanye',
    title: { id: 'Pengamanan masa kampanye', en: 'Security during the campaign' },
    items: [
      {
        code: 'peta-kerawanan',
        label: { id: 'Peta kerawanan wilayah diperbarui', en: 'Regional vulnerability map updated' },
        guidance: {
          id: 'Siap bila peta kerawanan gabungan (IKP Bawaslu, pemetaan Polri, dan Kesbangpol) sudah diperbarui untuk masa kampanye. Lampirkan peta atau matriks kerawanan terbaru.',
          en: 'Ready when the combined vulnerability map (Bawaslu IKP, police mapping and Kesbangpol) has been updated for the campaign. Attach the latest map or matrix.',
        },
        weight: 3,
      },
      {
        code: 'jadwal-kampanye',
        label: { id: 'Jadwal kampanye terbuka dikoordinasikan', en: 'Rally schedule coordinated' },
        guidance: {
          id: 'Siap bila jadwal dan lokasi kampanye rapat umum sudah dibagi antara KPU, Bawaslu, dan kepolisian sehingga massa pendukung tidak bertemu. Lampirkan jadwal yang disepakati.',
          en: 'Ready when rally dates and venues are shared between KPU, Bawaslu and the police so that rival crowds do not meet. Attach the agreed schedule.',
        },
        weight: 2,
      },
      {
        code: 'deklarasi-damai',
        label: { id: 'Deklarasi kampanye damai dilaksanakan', en: 'Peaceful-campaign declaration held' },
        guidance: {
          id: 'Siap bila semua pasangan calon sudah menandatangani deklarasi kampanye damai bersama Forkopimda dan tokoh masyarakat. Lampirkan naskah deklarasi dan dokumentasi.',
          en: 'Ready when all candidate pairs have signed a peaceful-campaign declaration with Forkopimda and community leaders. Attach the declaration and photos.',
        },
        weight: 2,
      },
      {
        code: 'pengawalan-calon',
        label: { id: 'Pengawalan pasangan calon', en: 'Protection for candidate pairs' },
        guidance: {
          id: 'Siap bila setiap pasangan calon sudah mendapat personel pengawalan dari kepolisian. Lampirkan surat perintah pengawalan.',
          en: 'Ready when each candidate pair has a police protection detail. Attach the assignment orders.',
        },
        weight: 1,
      },
      {
        code: 'deteksi-dini',
        label: { id: 'Forum deteksi dini bertemu rutin', en: 'Early-warning forum meets regularly' },
        guidance: {
          id: 'Siap bila Kominda dan FKDM bertemu terjadwal selama kampanye dan hasilnya dilaporkan ke Forkopimda. Lampirkan notulen pertemuan terakhir.',
          en: 'Ready when Kominda and FKDM meet on a schedule throughout the campaign and report to Forkopimda. Attach the minutes of the latest meeting.',
        },
        weight: 2,
      },
    ],
  },
  {
    code: 'keamanan-pemungutan',
    domain: 'keamanan',
    stageCode: 'pemungutan-suara',
    title: { id: 'Pengamanan pemungutan dan penghitungan suara', en: 'Security for voting and counting' },
    items: [
      {
        code: 'klasifikasi-tps',
        label: { id: 'TPS diklasifikasikan menurut tingkat kerawanan', en: 'Polling stations classed by vulnerability' },
        guidance: {
          id: 'Siap bila setiap TPS sudah digolongkan kurang rawan, rawan, atau sangat rawan dan dicocokkan dengan pemetaan TPS rawan Bawaslu. Lampirkan daftar TPS per kelas.',
          en: 'Ready when every polling station is classed as less vulnerable, vulnerable or very vulnerable and checked against Bawaslu’s vulnerable-station mapping. Attach the list by class.',
        },
        weight: 3,
      },
      {
        code: 'personel-tps',
        label: { id: 'Rencana personel per kelas TPS', en: 'Personnel plan per polling-station class' },
        guidance: {
          id: 'Siap bila jumlah personel Polri, TNI, dan Linmas untuk tiap kelas TPS sudah ditetapkan dan tercakup dalam surat perintah. Lampirkan rencana pengamanan (renpam) dan rekap personel.',
          en: 'Ready when police, military and Linmas numbers for each station class are set and covered by orders. Attach the security plan and personnel summary.',
        },
        weight: 3,
      },
      {
        code: 'pos-pengamanan',
        label: { id: 'Pos pengamanan didirikan', en: 'Security posts set up' },
        guidance: {
          id: 'Siap bila pos pengamanan di titik rawan, gudang logistik, dan kantor KPU/Bawaslu sudah berdiri dan berpersonel. Lampirkan daftar lokasi pos beserta penanggung jawabnya.',
          en: 'Ready when security posts at hot spots, warehouses and KPU/Bawaslu offices are up and manned. Attach the list of posts with the officer in charge.',
        },
        weight: 2,
      },
      {
        code: 'linmas',
        label: { id: 'Linmas ditugaskan di setiap TPS', en: 'Linmas guards assigned to every polling station' },
        guidance: {
          id: 'Siap bila setiap TPS sudah memiliki petugas Linmas yang ditetapkan dan diberi pengarahan. Lampirkan surat tugas atau rekap Linmas per kecamatan.',
          en: 'Ready when every polling station has an assigned and briefed Linmas guard. Attach the assignment letters or a per-kecamatan summary.',
        },
        weight: 2,
      },
      {
        code: 'kontinjensi',
        label: { id: 'Simulasi Sispamkota dan rencana kontinjensi', en: 'Urban security drill (Sispamkota) and contingency plan' },
        guidance: {
          id: 'Siap bila simulasi Sispamkota sudah digelar dan rencana kontinjensi untuk kerusuhan, unjuk rasa hasil, atau gangguan kelompok bersenjata sudah ditetapkan. Lampirkan dokumentasi simulasi dan rencana kontinjensi.',
          en: 'Ready when the Sispamkota drill has been held and contingency plans for riots, result protests or armed-group disruption are adopted. Attach drill records and the plan.',
        },
        weight: 2,
      },
      {
        code: 'koordinasi-tni',
        label: { id: 'Bantuan TNI dikoordinasikan', en: 'Military assistance coordinated' },
        guidance: {
          id: 'Siap bila jumlah dan sebaran personel TNI yang membantu Polri sudah disepakati antara Kapolres dan Dandim (atau Kapolda dan Pangdam/Danrem). Lampirkan notulen rapat koordinasi.',
          en: 'Ready when the number and deployment of soldiers assisting the police are agreed between the Kapolres and Dandim (or Kapolda and Pangdam/Danrem). Attach the coordination minutes.',
        },
        weight: 2,
      },
      {
        code: 'pengamanan-rekap',
        label: { id: 'Pengamanan rekapitulasi berjenjang', en: 'Security for tabulation at each level' },
        guidance: {
          id: 'Siap bila lokasi pleno rekapitulasi di kecamatan dan kabupaten/kota beserta rute pengiriman kotak suara sudah masuk rencana pengamanan. Lampirkan jadwal pleno dan rencana pengamanannya.',
          en: 'Ready when tabulation venues at kecamatan and kab/kota level and ballot-box routes are in the security plan. Attach the plenary schedule and its security plan.',
        },
        weight: 2,
      },
    ],
  },
  {
    code: 'data-pemilih-pemutakhiran',
    domain: 'data_pemilih',
    stageCode: 'daftar-pemilih',
    title: { id: 'Pemutakhiran dan penetapan daftar pemilih', en: 'Updating and fixing the voter list' },
    items: [
      {
        code: 'dp4-diterima',
        label: { id: 'DP4 diterima dan disinkronkan', en: 'Population data (DP4) received and matched' },
        guidance: {
          id: 'Siap bila KPU sudah menerima DP4 dari Kemendagri dan menyinkronkannya dengan DPT pemilu terakhir. Lampirkan berita acara penerimaan dan hasil sinkronisasi.',
          en: 'Ready when KPU has received the DP4 from the Home Ministry and matched it against the last final voter list. Attach the receipt and the matching result.',
        },
        weight: 2,
      },
      {
        code: 'coklit',
        label: { id: 'Coklit selesai', en: 'Door-to-door checks (coklit) complete' },
        guidance: {
          id: 'Siap bila Pantarlih sudah mencocokkan dan meneliti seluruh pemilih di wilayah dan pengawas sudah menyampaikan hasil uji petik. Lampirkan rekap coklit per kecamatan dan catatan pengawasan Bawaslu.',
          en: 'Ready when the voter-list updaters (Pantarlih) have checked every voter in the area and supervisors have reported their spot checks. Attach the coklit summary per kecamatan and Bawaslu’s notes.',
        },
        weight: 3,
      },
      {
        code: 'dps-diumumkan',
        label: { id: 'DPS diumumkan dan tanggapan masyarakat diproses', en: 'Provisional list (DPS) published and public responses handled' },
        guidance: {
          id: 'Siap bila DPS sudah diumumkan di desa/kelurahan dan setiap tanggapan atau masukan masyarakat sudah ditindaklanjuti. Lampirkan bukti pengumuman dan rekap tanggapan.',
          en: 'Ready when the provisional list has been posted in each village and every public response has been acted on. Attach proof of posting and a summary of responses.',
        },
        weight: 2,
      },
      {
        code: 'dpt-ditetapkan',
        label: { id: 'DPT ditetapkan', en: 'Final voter list (DPT) fixed' },
        guidance: {
          id: 'Siap bila DPT sudah ditetapkan dalam rapat pleno terbuka KPU dan salinannya diterima Bawaslu. Lampirkan berita acara pleno penetapan DPT.',
          en: 'Ready when the final list has been adopted in a public KPU plenary and Bawaslu has received a copy. Attach the plenary record.',
        },
        weight: 3,
      },
      {
        code: 'pemilih-khusus',
        label: { id: 'Pemilih di lapas, rumah sakit, dan disabilitas terdata', en: 'Voters in prisons, hospitals and with disabilities listed' },
        guidance: {
          id: 'Siap bila penghuni lapas/rutan, pasien rumah sakit, dan pemilih disabilitas sudah terdata beserta rencana layanan TPS atau petugas keliling. Lampirkan daftar lokasi dan jumlah pemilihnya.',
          en: 'Ready when prisoners, hospital patients and voters with disabilities are listed with a plan for polling stations or mobile officers. Attach the locations and voter numbers.',
        },
        weight: 2,
      },
      {
        code: 'dptb',
        label: { id: 'Pemilih pindah memilih (DPTb) ditangani', en: 'Voters moving polling station (DPTb) handled' },
        guidance: {
          id: 'Siap bila permohonan pindah memilih sudah diproses dan kecukupan surat suara di TPS tujuan dihitung. Lampirkan rekap DPTb per TPS.',
          en: 'Ready when transfer requests are processed and ballot sufficiency at the receiving stations is checked. Attach the DPTb summary per polling station.',
        },
        weight: 1,
      },
    ],
  },
  {
    code: 'badan-adhoc-pembentukan',
    domain: 'badan_adhoc',
    stageCode: 'badan-adhoc',
    title: { id: 'Pembentukan dan bimbingan teknis badan ad hoc', en: 'Forming and training the ad hoc bodies' },
    items: [
      {
        code: 'ppk-pps',
        label: { id: 'PPK dan PPS dilantik', en: 'PPK and PPS sworn in' },
        guidance: {
          id: 'Siap bila anggota PPK di setiap kecamatan dan PPS di setiap desa/kelurahan sudah dilantik dan tidak ada kekosongan. Lampirkan keputusan pengangkatan dan berita acara pelantikan.',
          en: 'Ready when PPK members in every kecamatan and PPS members in every village are sworn in with no vacancies. Attach appointment decisions and swearing-in records.',
        },
        weight: 3,
      },
      {
        code: 'kpps',
        label: { id: 'KPPS terbentuk di setiap TPS', en: 'KPPS formed for every polling station' },
        guidance: {
          id: 'Siap bila setiap TPS memiliki tujuh anggota KPPS yang dilantik dan lolos pemeriksaan kesehatan. Lampirkan rekap KPPS per desa dan daftar kekurangan bila ada.',
          en: 'Ready when every polling station has seven sworn-in KPPS members who passed the health check. Attach the per-village KPPS summary and any shortfall list.',
        },
        weight: 3,
      },
      {
        code: 'panwascam-pkd',
        label: { id: 'Panwascam dan PKD terbentuk', en: 'Sub-district and village supervisors formed' },
        guidance: {
          id: 'Siap bila Panwaslu kecamatan dan Panwaslu kelurahan/desa sudah dilantik di seluruh wilayah. Lampirkan keputusan Bawaslu kabupaten/kota tentang pembentukannya.',
          en: 'Ready when the Panwascam and village supervisors (PKD) are sworn in across the region. Attach the kab/kota Bawaslu decision forming them.',
        },
        weight: 3,
      },
      {
        code: 'ptps',
        label: { id: 'Pengawas TPS ditetapkan', en: 'Polling-station supervisors (PTPS) appointed' },
        guidance: {
          id: 'Siap bila setiap TPS memiliki satu pengawas TPS yang sudah dilantik. Lampirkan rekap PTPS per kecamatan.',
          en: 'Ready when every polling station has a sworn-in supervisor. Attach the PTPS summary per kecamatan.',
        },
        weight: 2,
      },
      {
        code: 'bimtek-kpps',
        label: { id: 'Bimtek KPPS dilaksanakan', en: 'Technical training for KPPS held' },
        guidance: {
          id: 'Siap bila seluruh KPPS sudah mengikuti bimbingan teknis pemungutan, penghitungan, dan pengisian formulir serta penggunaan Sirekap. Lampirkan daftar hadir dan materi bimtek.',
          en: 'Ready when every KPPS has been trained on voting, counting, filling in the forms and using Sirekap. Attach attendance lists and training material.',
        },
        weight: 2,
      },
      {
        code: 'bimtek-pengawas',
        label: { id: 'Bimtek pengawas ad hoc dilaksanakan', en: 'Technical training for ad hoc supervisors held' },
        guidance: {
          id: 'Siap bila Panwascam, PKD, dan PTPS sudah dilatih tentang pengawasan TPS dan penanganan temuan. Lampirkan daftar hadir dan materi pelatihan.',
          en: 'Ready when Panwascam, PKD and PTPS have been trained on polling-station supervision and handling findings. Attach attendance lists and training material.',
        },
        weight: 1,
      },
    ],
  },
  {
    code: 'siber-insiden-hoaks',
    domain: 'siber',
    stageCode: 'penghitungan-rekapitulasi',
    title: { id: 'Keamanan siber dan penanganan hoaks', en: 'Cyber security and hoax handling' },
    items: [
      {
        code: 'kontak-insiden',
        label: { id: 'Kontak insiden siber ditetapkan', en: 'Cyber incident contacts named' },
        guidance: {
          id: 'Siap bila narahubung di BSSN, CSIRT daerah, KPU, Bawaslu, dan unit siber Polri sudah ditetapkan dan diuji dapat dihubungi. Lampirkan daftar kontak beserta tanggal uji.',
          en: 'Ready when contacts at BSSN, the regional CSIRT, KPU, Bawaslu and the police cyber unit are named and tested as reachable. Attach the contact list with the test date.',
        },
        weight: 3,
      },
      {
        code: 'penguatan-situs',
        label: { id: 'Situs dan sistem KPU/Bawaslu daerah diperkuat', en: 'Regional KPU/Bawaslu websites and systems hardened' },
        guidance: {
          id: 'Siap bila situs dan sistem daerah sudah dinilai kerentanannya (misalnya bersama BSSN atau CSIRT daerah) dan temuan kritis sudah ditutup. Lampirkan ringkasan hasil penilaian dan tindak lanjutnya.',
          en: 'Ready when regional websites and systems have had a vulnerability assessment (e.g. with BSSN or the regional CSIRT) and critical findings are closed. Attach the assessment summary and follow-up.',
        },
        weight: 3,
      },
      {
        code: 'cadangan-data',
        label: { id: 'Cadangan data dan rencana pemulihan', en: 'Data backups and recovery plan' },
        guidance: {
          id: 'Siap bila data penting dicadangkan di luar jaringan dan pemulihan dari ransomware atau defacement sudah diuji. Lampirkan prosedur pemulihan dan bukti uji terakhir.',
          en: 'Ready when key data is backed up offline and recovery from ransomware or defacement has been tested. Attach the recovery procedure and the latest test record.',
        },
        weight: 2,
      },
      {
        code: 'pantau-hoaks',
        label: { id: 'Pemantauan hoaks bersama Komdigi dan Diskominfo', en: 'Hoax monitoring with Komdigi and the regional communications office' },
        guidance: {
          id: 'Siap bila ada jalur rutin untuk melaporkan hoaks pemilihan ke Komdigi melalui Diskominfo dan hasil penurunan konten dicatat. Lampirkan prosedur pelaporan dan rekap laporan terakhir.',
          en: 'Ready when there is a standing channel for reporting election hoaxes to Komdigi through the regional communications office and takedowns are logged. Attach the procedure and the latest report summary.',
        },
        weight: 2,
      },
      {
        code: 'patroli-siber',
        label: { id: 'Patroli siber kepolisian berjalan', en: 'Police cyber patrols running' },
        guidance: {
          id: 'Siap bila unit siber Polda/Polres melakukan patroli terjadwal atas konten SARA dan ujaran kebencian terkait pemilihan. Lampirkan surat perintah atau laporan patroli.',
          en: 'Ready when the police cyber unit patrols on a schedule for election-related ethnic or religious hate content. Attach the orders or patrol reports.',
        },
        weight: 1,
      },
      {
        code: 'sirekap-komunikasi',
        label: { id: 'Pesan publik tentang Sirekap disiapkan', en: 'Public messaging on Sirekap prepared' },
        guidance: {
          id: 'Siap bila juru bicara sudah menyiapkan penjelasan bahwa Sirekap adalah alat bantu dan hasil sah ditetapkan melalui rekapitulasi berjenjang. Lampirkan naskah siaran pers atau materi sosialisasi.',
          en: 'Ready when spokespeople have a prepared explanation that Sirekap is an aid and the legal result comes from tiered tabulation. Attach the press release or outreach material.',
        },
        weight: 1,
      },
    ],
  },
  {
    code: 'netralitas-asn-pengawasan',
    domain: 'netralitas_asn',
    stageCode: 'kampanye',
    title: { id: 'Netralitas ASN, kepala desa, dan pejabat daerah', en: 'Neutrality of civil servants, village heads and regional officials' },
    items: [
      {
        code: 'pakta-integritas',
        label: { id: 'Pakta integritas netralitas ditandatangani kepala OPD', en: 'Neutrality integrity pacts signed by department heads' },
        guidance: {
          id: 'Siap bila seluruh kepala OPD, camat, dan lurah sudah menandatangani pakta integritas netralitas sebelum batas waktu daerah. Lampirkan rekap penandatangan dan daftar yang belum.',
          en: 'Ready when every department head, camat and lurah has signed a neutrality pact by the local deadline. Attach the list of signatories and of those outstanding.',
        },
        weight: 3,
      },
      {
        code: 'ikrar',
        label: { id: 'Deklarasi atau ikrar netralitas dilaksanakan', en: 'Neutrality declaration or pledge held' },
        guidance: {
          id: 'Siap bila apel atau video ikrar netralitas ASN sudah dilaksanakan dan dipublikasikan. Lampirkan dokumentasi atau tautan video.',
          en: 'Ready when a civil-service neutrality pledge ceremony or video has been held and published. Attach photos or the video link.',
        },
        weight: 1,
      },
      {
        code: 'sosialisasi-skb',
        label: { id: 'SKB netralitas ASN disosialisasikan', en: 'Joint decree on civil-service neutrality explained to staff' },
        guidance: {
          id: 'Siap bila isi SKB pedoman netralitas ASN 2022 dan sanksi disiplin PP 94/2021 sudah disampaikan ke seluruh OPD dan kecamatan. Lampirkan surat edaran atau daftar hadir sosialisasi.',
          en: 'Ready when the 2022 joint decree on civil-service neutrality and the discipline sanctions of PP 94/2021 have been explained to every department and kecamatan. Attach the circular or attendance lists.',
        },
        weight: 2,
      },
      {
        code: 'kanal-aduan',
        label: { id: 'Kanal pengaduan pelanggaran netralitas tersedia', en: 'Channel for neutrality complaints available' },
        guidance: {
          id: 'Siap bila masyarakat dapat melaporkan dugaan pelanggaran netralitas ASN melalui kanal yang diumumkan dan laporan diteruskan ke Bawaslu. Lampirkan pengumuman kanal dan alur penanganannya.',
          en: 'Ready when the public can report suspected civil-service neutrality breaches through a published channel and reports are passed to Bawaslu. Attach the announcement and the handling flow.',
        },
        weight: 2,
      },
      {
        code: 'tindak-lanjut',
        label: { id: 'Tindak lanjut rekomendasi pelanggaran netralitas dipantau', en: 'Follow-up of neutrality recommendations tracked' },
        guidance: {
          id: 'Siap bila Sekda, BKPSDM/BKD, dan Inspektorat mencatat setiap rekomendasi Bawaslu atau BKN beserta status penjatuhan sanksinya. Lampirkan daftar kasus dan statusnya.',
          en: 'Ready when the Sekda, the civil-service office and the Inspectorate log every Bawaslu or BKN recommendation with the status of its sanction. Attach the case list with status.',
        },
        weight: 3,
      },
      {
        code: 'kepala-desa',
        label: { id: 'Kepala desa dan perangkat desa diberi pengarahan netralitas', en: 'Village heads and officials briefed on neutrality' },
        guidance: {
          id: 'Siap bila kepala desa dan perangkatnya sudah mendapat pengarahan tentang larangan berpihak beserta ancaman pidananya. Lampirkan surat edaran atau daftar hadir.',
          en: 'Ready when village heads and their staff have been briefed on the ban on taking sides and its criminal penalties. Attach the circular or attendance lists.',
        },
        weight: 2,
      },
      {
        code: 'mutasi-pejabat',
        label: { id: 'Mutasi pejabat diperiksa terhadap larangan Pasal 71', en: 'Official reshuffles checked against the Article 71 ban' },
        guidance: {
          id: 'Siap bila setiap penggantian pejabat sejak enam bulan sebelum penetapan pasangan calon disertai persetujuan tertulis Menteri Dalam Negeri. Lampirkan daftar mutasi dan surat persetujuannya.',
          en: 'Ready when every replacement of officials from six months before candidates are fixed carries the Home Minister’s written consent. Attach the list of changes and consent letters.',
        },
        weight: 2,
      },
    ],
  },
  {
    code: 'bencana-kontinjensi',
    domain: 'bencana',
    stageCode: 'pemungutan-suara',
    title: { id: 'Kesiapsiagaan bencana pada hari pemungutan suara', en: 'Disaster preparedness for voting day' },
    items: [
      {
        code: 'rencana-kontinjensi',
        label: { id: 'Rencana kontinjensi bencana bersama BPBD', en: 'Disaster contingency plan with the disaster agency (BPBD)' },
        guidance: {
          id: 'Siap bila KPU, Bawaslu, BPBD, dan aparat keamanan sudah menyepakati rencana kontinjensi untuk banjir, longsor, dan cuaca ekstrem pada masa pemungutan. Lampirkan dokumen rencana kontinjensi bertanda tangan.',
          en: 'Ready when KPU, Bawaslu, BPBD and the security forces have agreed a contingency plan for floods, landslides and extreme weather around voting. Attach the signed plan.',
        },
        weight: 3,
      },
      {
        code: 'tps-rawan-bencana',
        label: { id: 'TPS rawan banjir dan longsor dipetakan', en: 'Flood- and landslide-prone polling stations mapped' },
        guidance: {
          id: 'Siap bila TPS di kawasan rawan banjir, longsor, atau pasang laut sudah ditandai berdasarkan data BPBD. Lampirkan daftar atau peta TPS rawan bencana.',
          en: 'Ready when polling stations in flood, landslide or tidal-flood areas are flagged from BPBD data. Attach the list or map of disaster-prone stations.',
        },
        weight: 3,
      },
      {
        code: 'relokasi',
        label: { id: 'Rencana relokasi TPS dan logistik', en: 'Relocation plan for polling stations and materials' },
        guidance: {
          id: 'Siap bila untuk setiap TPS rawan sudah ada lokasi pengganti dan tempat aman untuk menyimpan logistik. Lampirkan daftar lokasi pengganti yang disetujui KPU.',
          en: 'Ready when each disaster-prone polling station has an alternative site and a safe place to store materials. Attach the list of alternatives approved by KPU.',
        },
        weight: 2,
      },
      {
        code: 'peringatan-dini',
        label: { id: 'Informasi peringatan dini cuaca diteruskan', en: 'Weather early warnings relayed' },
        guidance: {
          id: 'Siap bila prakiraan dan peringatan dini cuaca BMKG menjelang hari pemungutan diteruskan ke KPU, PPK, dan aparat di lapangan. Lampirkan alur penyebaran informasi dan contoh peringatan yang diteruskan.',
          en: 'Ready when BMKG forecasts and weather warnings ahead of voting are passed to KPU, PPK and field officers. Attach the relay flow and a sample forwarded warning.',
        },
        weight: 1,
      },
      {
        code: 'sarana-evakuasi',
        label: { id: 'Sarana evakuasi dan angkut darurat siaga', en: 'Evacuation and emergency transport on standby' },
        guidance: {
          id: 'Siap bila perahu, kendaraan, dan personel evakuasi BPBD, TNI, dan Polri sudah ditempatkan di wilayah rawan. Lampirkan daftar sarana dan lokasi siaganya.',
          en: 'Ready when boats, vehicles and evacuation crews from BPBD, the military and the police are placed in prone areas. Attach the list of assets and where they stand by.',
        },
        weight: 2,
      },
      {
        code: 'pemungutan-lanjutan',
        label: { id: 'Prosedur pemungutan suara lanjutan disiapkan', en: 'Procedure for a follow-up vote prepared' },
        guidance: {
          id: 'Siap bila KPU dan Bawaslu sudah menyepakati langkah bila pemungutan di suatu TPS terhenti karena bencana, termasuk penyimpanan logistik dan pemberitahuan kepada pemilih. Lampirkan prosedur yang disepakati.',
          en: 'Ready when KPU and Bawaslu have agreed what to do if voting at a station is halted by a disaster, including securing materials and informing voters. Attach the agreed procedure.',
        },
        weight: 1,
      },
    ],
  },
];
