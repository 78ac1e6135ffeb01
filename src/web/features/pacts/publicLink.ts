/** The token from `#t=<token>`: a fragment never reaches the server, so the token stays out of its logs. */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('t')?.trim() ?? '';
}
