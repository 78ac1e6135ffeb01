import { z } from 'zod';
import { regionCodeSchema, instantSchema } from './common.js';
import { actionItemListQuerySchema, meetingListQuerySchema } from './meetings.js';

/** Headers, sheet names and labels in this language (else Accept-Language, else Bahasa Indonesia). */
const lang = z.enum(['id', 'en']).optional();

export const meetingExportQuerySchema = meetingListQuerySchema.omit({ limit: true, offset: true }).extend({ lang });
export type MeetingExportQuery = z.infer<typeof meetingExportQuerySchema>;

export const actionItemExportQuerySchema = actionItemListQuerySchema.omit({ limit: true, offset: true }).extend({ lang });
export type ActionItemExportQuery = z.infer<typeof actionItemExportQuerySchema>;

export const sheetLanguageQuerySchema = z.object({ lang });

export const attendanceRatesQuerySchema = z.object({ region: regionCodeSchema.optional(), from: instantSchema.optional(), to: instantSchema.optional(), lang });
export type AttendanceRatesQuery = z.infer<typeof attendanceRatesQuerySchema>;

export const attendanceRateSchema = z.object({
  agencyCode: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
  /** Meetings that invited the agency. */
  meetings: z.number().int(),
  invited: z.number().int(),
  present: z.number().int(),
  /** present / invited, rounded to 4 decimals. */
  rate: z.number(),
}).meta({ id: 'AttendanceRate' });
export const attendanceRatesSchema = z.object({
  /** Meetings counted: visible, matching the filters, and already started. */
  meetings: z.number().int(),
  items: z.array(attendanceRateSchema),
});
export type AttendanceRates = z.infer<typeof attendanceRatesSchema>;

export const attendanceImportQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).default('false'),
  /** Apply the valid rows even when others have problems (by default nothing is applied then). */
  keepValid: z.enum(['true', 'false']).default('false'),
  /** Rows naming a known unit of the meeting's regions that was not invited add its invitation. */
  invite: z.enum(['true', 'false']).default('false'),
  lang,
});
export type AttendanceImportQuery = z.infer<typeof attendanceImportQuerySchema>;

const attendanceColumnSchema = z.enum(['unit', 'person', 'present', 'arrival', 'representative']);

export const attendanceImportReportSchema = z
  .object({
    /** Data rows in the file (the header not counted). */
    rows: z.number().int(),
    /** Invitations whose attendance the valid rows change, invitations they add, and rows that change nothing. */
    updated: z.number().int(),
    invited: z.number().int(),
    unchanged: z.number().int(),
    dryRun: z.boolean(),
    /** Whether the changes were written: not on a dry run, and with problems only under keepValid. */
    applied: z.boolean(),
    changes: z.array(z.object({
      row: z.number().int(),
      invitationId: z.number().int().nullable(),
      unitId: z.number().int().nullable(),
      attendedAt: z.string().nullable(),
      representative: z.string().nullable(),
    })),
    errors: z.array(z.object({ row: z.number().int(), column: attendanceColumnSchema.nullable(), problem: z.string(), value: z.string(), message: z.string() })),
  })
  .meta({ id: 'AttendanceImportReport' });
export type AttendanceImportReport = z.infer<typeof attendanceImportReportSchema>;
