/** The places the extractor knows: every province and kabupaten/kota, by Kemendagri code. */
export interface GazetteerEntry {
  code: string;
  /** The official name, as the gazetteer spells it ("Kabupaten Bangli", "Kalimantan Timur"). */
  name: string;
}

export interface GazetteerSource {
  provinces: readonly GazetteerEntry[];
  regencies: readonly GazetteerEntry[];
}
