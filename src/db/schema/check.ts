import { sql } from 'drizzle-orm';

/** `column in ('a', 'b', …)` for a closed vocabulary of src/domain. */
export const oneOf = (column: unknown, values: readonly string[]) => sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;
