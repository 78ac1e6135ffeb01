/** The fields of an extraction, in the corpus's spelling (catalogue keys under media.field). */
export const FIELDS = ['event_type', 'event_date', 'regions', 'agencies', 'threats', 'regulations', 'people', 'deadlines'] as const;
export type FieldName = (typeof FIELDS)[number];

export const isField = (field: string): field is FieldName => (FIELDS as readonly string[]).includes(field);
