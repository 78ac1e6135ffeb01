import { can } from '../access/rules.js';
import type { StoredMediaType } from '../files/media-type.js';
import { mayReadIncident, type IncidentAccessTarget, type IncidentActor } from './permissions.js';

/** What a report may carry: photos (JPEG, PNG, WebP) and documents (PDF), recognised by their content. */
export const ATTACHMENT_MEDIA_TYPES: readonly StoredMediaType[] = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
/** A phone photo or a scanned letter; larger files are videos or archives, which a report does not take. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Enough evidence for one report; more is a sign of a mistake (a whole camera roll) or abuse. */
export const MAX_ATTACHMENTS_PER_INCIDENT = 20;
/** Files in one request: the upload is held in memory until it is checked, so a request stays bounded. */
export const MAX_FILES_PER_UPLOAD = 5;
/** How long the one who attached a file may take it back (a wrong photo); afterwards it is evidence. */
export const ATTACHMENT_DELETE_WINDOW_MS = 15 * 60_000;

/** One attachment as the rules see it: who attached it, and when. */
export interface AttachmentAccessTarget {
  createdBy: string | null;
  createdAt: Date;
}

/**
 * Who may attach files to a report they can read: the account that sent it, those who may write in
 * its region (the desk's triage, officers included), and the officers of the unit it was referred to.
 */
export function mayAttach(actor: IncidentActor, incident: IncidentAccessTarget): boolean {
  if (!mayReadIncident(actor, incident)) return false;
  if (incident.createdBy !== null && incident.createdBy === actor.userId) return true;
  if (can(actor.principal, 'write', { regionCode: incident.regionCode })) return true;
  return actor.principal.role === 'officer' && incident.referredUnitId !== null && actor.principal.unitId === incident.referredUnitId;
}

/**
 * Who may delete an attachment: coordinators and administrators over the report's region at any
 * time; the account that attached it within ATTACHMENT_DELETE_WINDOW_MS (while it still reads the report).
 */
export function mayDeleteAttachment(actor: IncidentActor, incident: IncidentAccessTarget, attachment: AttachmentAccessTarget, now: Date): boolean {
  if (!mayReadIncident(actor, incident)) return false;
  const { role } = actor.principal;
  if ((role === 'admin' || role === 'coordinator') && can(actor.principal, 'write', { regionCode: incident.regionCode })) return true;
  const own = attachment.createdBy !== null && attachment.createdBy === actor.userId;
  return own && now.getTime() - attachment.createdAt.getTime() <= ATTACHMENT_DELETE_WINDOW_MS;
}

/** The file name a download offers: the stored (cleaned) name, with the extension of its real type when it claims another. */
export function downloadName(name: string, mediaType: StoredMediaType): string {
  const extensions: Record<StoredMediaType, readonly string[]> = {
    'application/pdf': ['pdf'], 'image/png': ['png'], 'image/jpeg': ['jpg', 'jpeg'], 'image/webp': ['webp'],
  };
  const own = extensions[mediaType];
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (own.includes(extension)) return name;
  // "foto.exe" that is a JPEG downloads as "foto.exe.jpg": the saved file opens as what it is, never as a program.
  return `${name}.${own[0]}`;
}
