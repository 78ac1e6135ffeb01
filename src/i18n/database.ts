import type { OutageReason } from '../db/outage.js';
import type { Language } from './messages.js';

/** Why the database cannot serve right now: the {detail} of a 503 `db_unavailable`, and /health's message. */
const OUTAGE_WORDS: Record<Language, Record<OutageReason, string>> = {
  id: {
    refused: 'server basis data menolak sambungan (apakah sedang berjalan?)',
    shutting_down: 'server basis data sedang berhenti atau dimulai ulang',
    starting_up: 'server basis data sedang dinyalakan',
    connection_lost: 'sambungan ke basis data terputus',
    timeout: 'basis data tidak menjawab tepat waktu',
    too_many_connections: 'basis data kehabisan sambungan',
    disk_full: 'disk basis data penuh',
    read_only: 'basis data hanya dapat dibaca',
  },
  en: {
    refused: 'the database server refuses connections (is it running?)',
    shutting_down: 'the database server is shutting down or restarting',
    starting_up: 'the database server is starting up',
    connection_lost: 'the connection to the database was lost',
    timeout: 'the database did not answer in time',
    too_many_connections: 'the database has no connection left',
    disk_full: "the database's disk is full",
    read_only: 'the database is read-only',
  },
};

/** Catalogue keys `db.<reason>`, for the {detail} of error messages. */
export function databaseNouns(lang: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(OUTAGE_WORDS[lang]).map(([reason, words]) => [`db.${reason}`, words]));
}
