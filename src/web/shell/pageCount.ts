/**
 * How many pages the pager offers. Past a count the server capped ("10,000+") the pages go on one at
 * a time: every capped page, as far as the user has come, and one more while a next page exists.
 */
export function pageCount(input: { total: number; pageSize: number; page: number; totalCapped: boolean; hasNext: boolean }): number {
  const counted = Math.ceil(input.total / input.pageSize);
  return input.totalCapped ? Math.max(counted, input.page + (input.hasNext ? 1 : 0)) : counted;
}
