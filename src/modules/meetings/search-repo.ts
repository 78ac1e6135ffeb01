import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { isoInstant } from '../../db/values.js';
import { MEETING_DOCUMENT, meetingVisible, type MeetingVisibility } from './repo.js';

type Executor = Pick<Db, 'execute'>;
type Hit = { type: 'meeting' | 'finding' | 'strategy' | 'action_item'; id: number; meetingId: number; meetingTitle: string; startsAt: string; text: string; rank: number };

/**
 * Ranked matches across meetings, findings, strategies and action items of visible meetings. Each
 * branch uses the same expression as its GIN index (migration 0004), so the planner can use it.
 */
export async function searchMeetings(db: Executor, visibility: MeetingVisibility, q: string, limit: number): Promise<Hit[]> {
  const query = sql`websearch_to_tsquery('indonesian', ${q})`;
  const visible = meetingVisible(visibility);
  const rows = await db.execute(sql`
    with hits as (
      select 'meeting' as type, m.id, m.id as meeting_id, m.title as text, ts_rank(${MEETING_DOCUMENT}, ${query}) as rank
        from meetings m where ${MEETING_DOCUMENT} @@ ${query}
      union all
      select 'finding', f.id, f.meeting_id, f.problem, ts_rank(to_tsvector('indonesian', f.problem), ${query})
        from meeting_findings f where to_tsvector('indonesian', f.problem) @@ ${query}
      union all
      select 'strategy', s.id, s.meeting_id, s.text, ts_rank(to_tsvector('indonesian', s.text), ${query})
        from meeting_strategies s where to_tsvector('indonesian', s.text) @@ ${query}
      union all
      select 'action_item', a.id, a.meeting_id, a.title, ts_rank(to_tsvector('indonesian', a.title), ${query})
        from action_items a where to_tsvector('indonesian', a.title) @@ ${query}
    )
    select h.type, h.id, h.meeting_id, m.title as meeting_title, m.starts_at, h.text, h.rank
    from hits h join meetings m on m.id = h.meeting_id join units u on u.id = m.organiser_unit_id
    where ${visible}
    order by h.rank desc, m.starts_at desc, h.id limit ${limit}`);
  return rows.rows.map((row) => ({
    type: row.type as Hit['type'], id: Number(row.id), meetingId: Number(row.meeting_id), meetingTitle: String(row.meeting_title),
    startsAt: isoInstant(row.starts_at), text: String(row.text), rank: Number(row.rank),
  }));
}
