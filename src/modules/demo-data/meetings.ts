import type { RawClient } from '../../db/client.js';
import type { Random } from '../../domain/demo-data/random.js';
import { DAY_MS } from '../../domain/demo-data/timeline.js';
import { UTC_OFFSET_HOURS } from '../../domain/regions/timezones.js';
import { copyInto, maxId, syncSerial, type Cell } from './bulk.js';
import { provinceTable, type Gazetteer } from './gazetteer.js';
import type { Units } from './units.js';

/**
 * A year of coordination meetings around the incidents: invitations with attendance, and for past
 * meetings the action items agreed there, some overdue. Ids continue after the stored ones.
 */

const TITLES = [
  'Rakor Kesiapan Pengamanan Pilkada', 'Rapat Evaluasi Distribusi Logistik', 'Monev Netralitas ASN', 'Rakornis Pemetaan TPS Rawan',
  'Sosialisasi Pencegahan Politik Uang', 'Bimtek Pengawas Ad Hoc', 'Rakor Penanganan Hoaks Pilkada', 'Apel Deklarasi Pilkada Damai',
];
const KIND_OF_TITLE = ['rakor', 'monev', 'monev', 'rakornis', 'sosialisasi', 'bimtek', 'rakor', 'apel_deklarasi'] as const;
const ITEMS = ['Laporan kesiapan logistik', 'Pemetaan TPS rawan', 'Patroli siber terhadap hoaks', 'Sosialisasi netralitas ASN', 'Rekap pengaduan masyarakat', 'Koordinasi pengamanan gudang'];

export interface MeetingFigures {
  meetings: number;
  invitations: number;
  actionItems: number;
  overdueActionItems: number;
}

/** When something happened in the last year: more of it recently. */
export const recent = (rnd: Random, now: number, skew = 1.6) => now - 365 * DAY_MS * rnd.next() ** skew;

/** A date as YYYY-MM-DD in a zone given by its UTC offset in hours. */
export function localDay(at: Date, offsetHours: number): string {
  return new Date(at.getTime() + offsetHours * 3_600_000).toISOString().slice(0, 10);
}

export async function writeMeetings(client: RawClient, rnd: Random, gazetteer: Gazetteer, units: Units, now: Date, count: number): Promise<MeetingFigures> {
  const provinces = provinceTable(gazetteer);
  const firstId = (await maxId(client, 'meetings')) + 1;
  const meetings: Cell[][] = [];
  const regions: Cell[][] = [];
  const invitations: Cell[][] = [];
  const items: Cell[][] = [];
  let overdue = 0;
  for (let id = firstId; id < firstId + count; id++) {
    const province = rnd.weighted(provinces);
    const regency = rnd.chance(0.7) && province.regencies.length ? rnd.pick(province.regencies).code : null;
    const regionCode = regency ?? province.code;
    const local = units.at.get(regionCode) ?? [];
    const organiser = local.find((u) => u.agency === 'KESBANGPOL') ?? local[0];
    if (!organiser) continue;
    // A working-hours start (08:00–14:00 local) on a day of the last year, some in the coming weeks.
    const day = rnd.chance(0.05) ? now.getTime() + rnd.int(21) * DAY_MS : recent(rnd, now.getTime());
    const offset = UTC_OFFSET_HOURS[province.timeZone];
    const starts = new Date(Date.parse(`${localDay(new Date(day), offset)}T00:00:00Z`) + (8 + rnd.int(7) - offset) * 3_600_000);
    const ends = new Date(starts.getTime() + (2 + rnd.int(3)) * 3_600_000);
    const which = rnd.int(TITLES.length);
    const place = gazetteer.names.get(regionCode) ?? province.name;
    meetings.push([id, KIND_OF_TITLE[which]!, `${TITLES[which]} ${place}`, organiser.id, regency ? 'kabupaten_kota' : 'provinsi', starts, ends, province.timeZone,
      `Aula ${organiser.agency} ${place}`, rnd.pick(['luring', 'luring', 'daring', 'hybrid']), ['UU 10/2016'], starts, starts]);
    regions.push([id, regionCode]);
    const past = starts.getTime() < now.getTime();
    const invited = [...local.filter((u) => u.id !== organiser.id), ...(regency ? (units.at.get(province.code) ?? []).slice(0, 2) : [])];
    for (const unit of invited) {
      const rsvp = past ? rnd.weighted([['accepted', 80], ['declined', 10], ['tentative', 5], ['pending', 5]] as const) : rnd.weighted([['pending', 50], ['accepted', 40], ['tentative', 10]] as const);
      invitations.push([id, unit.id, rsvp, past && rsvp === 'accepted' && rnd.chance(0.9) ? new Date(starts.getTime() - rnd.int(30) * 60_000) : null]);
    }
    if (!past) continue;
    for (let n = 2 + rnd.int(3); n > 0; n--) {
      const due = new Date(starts.getTime() + (7 + rnd.int(40)) * DAY_MS);
      const dueDay = localDay(due, offset);
      const late = dueDay < localDay(now, offset);
      const status = late
        ? rnd.weighted([['done', 82], ['cancelled', 6], ['open', 8], ['in_progress', 4]] as const)
        : rnd.weighted([['open', 60], ['in_progress', 30], ['done', 10]] as const);
      if (late && (status === 'open' || status === 'in_progress')) overdue++;
      items.push([id, `${rnd.pick(ITEMS)} ${place}`, rnd.pick(invited.length ? invited : [organiser]).id, dueDay, status, starts, starts]);
    }
  }
  await copyInto(client, 'meetings', ['id', 'kind', 'title', 'organiser_unit_id', 'level', 'starts_at', 'ends_at', 'time_zone', 'venue', 'mode', 'legal_basis', 'created_at', 'updated_at'], meetings);
  await syncSerial(client, 'meetings');
  await copyInto(client, 'meeting_regions', ['meeting_id', 'region_code'], regions);
  await copyInto(client, 'meeting_invitations', ['meeting_id', 'unit_id', 'rsvp', 'attended_at'], invitations);
  await copyInto(client, 'action_items', ['meeting_id', 'title', 'owner_unit_id', 'due_date', 'status', 'created_at', 'updated_at'], items);
  return { meetings: meetings.length, invitations: invitations.length, actionItems: items.length, overdueActionItems: overdue };
}
