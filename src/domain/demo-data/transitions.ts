import type { IncidentAction, IncidentStatus } from '../incidents/workflow.js';
import { transition } from '../incidents/workflow.js';
import type { Random } from './random.js';

/**
 * The history a demo incident went through to reach its status, as the incidents feature stores it
 * (one row per move). Every step is a move the workflow allows (checked against transition()).
 */

export interface DemoMove {
  action: IncidentAction;
  from: IncidentStatus;
  to: IncidentStatus;
  reason: string;
  at: number;
}

const PATHS: Record<IncidentStatus, readonly IncidentAction[]> = {
  baru: [],
  terverifikasi: ['verifikasi'],
  ditolak: ['tolak'],
  duplikat: ['tandai_duplikat'],
  diteruskan: ['verifikasi', 'teruskan'],
  ditindaklanjuti: ['verifikasi', 'teruskan', 'tindak_lanjuti'],
  selesai: ['verifikasi', 'teruskan', 'tindak_lanjuti', 'selesaikan'],
};

const REASONS: Record<IncidentAction, readonly string[]> = {
  verifikasi: ['Dikonfirmasi oleh pengawas kecamatan', 'Sesuai keterangan saksi di lokasi', 'Didukung foto dan video dari pelapor'],
  tolak: ['Tidak ditemukan bukti di lokasi', 'Bukan pelanggaran pemilihan', 'Laporan tidak dapat dikonfirmasi'],
  tandai_duplikat: ['Kejadian yang sama telah dilaporkan sebelumnya'],
  teruskan: ['Diteruskan ke instansi yang berwenang', 'Kewenangan instansi setempat'],
  tindak_lanjuti: ['Tim turun ke lokasi dan memeriksa saksi', 'Klarifikasi kepada terlapor telah dilakukan'],
  selesaikan: ['Penanganan selesai dan dilaporkan', 'Diselesaikan melalui mediasi', 'Diteruskan ke proses hukum dan ditutup di desk'],
};

/** Moves from `baru` to `status`, dated from `knownAt` towards `now` (the last move no later than now). */
export function movesTo(rnd: Random, status: IncidentStatus, knownAt: number, now: number): DemoMove[] {
  const actions = [...PATHS[status]];
  // Some referrals go to a second unit first ("not ours"), as the workflow allows before a follow-up.
  if (actions.includes('teruskan') && rnd.chance(0.08)) actions.splice(actions.indexOf('teruskan'), 0, 'teruskan');
  const moves: DemoMove[] = [];
  let from: IncidentStatus = 'baru';
  let at = knownAt;
  for (const action of actions) {
    // Each step takes hours to days, and never runs past now (the rest of the span is split evenly).
    const room = Math.max(0, now - at);
    at += Math.min(room / 2, (1 + rnd.next() * 71) * 3_600_000);
    const reason = rnd.pick(REASONS[action]);
    const result = transition(from, {
      action, reason, unitId: action === 'teruskan' ? 1 : null, duplicateOf: action === 'tandai_duplikat' ? 1 : null,
    });
    if (!result.ok) throw new Error(`demo path ${status}: ${action} from ${from} is ${result.refusal}`);
    moves.push({ action, from, to: result.to, reason, at: Math.round(at) });
    from = result.to;
  }
  return moves;
}
