import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { databaseOutage } from './outage.js';

/** An error as node-postgres raises it: a message and, from the server, a SQLSTATE in `code`. */
const pgError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe('databaseOutage', () => {
  it.each([
    ['a stop or restart ending the connection', pgError('terminating connection due to administrator command', '57P01'), 'shutting_down'],
    ['a server still starting', pgError('the database system is starting up', '57P03'), 'starting_up'],
    ['nobody listening', pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), 'refused'],
    ['a reset socket', pgError('read ECONNRESET', 'ECONNRESET'), 'connection_lost'],
    ['a connection node-postgres lost', pgError('Connection terminated unexpectedly'), 'connection_lost'],
    ['a client used after it broke', pgError('Client has encountered a connection error and is not queryable'), 'connection_lost'],
    ['a pool that could not connect in time', pgError('timeout exceeded when trying to connect'), 'timeout'],
    ['a full disk', pgError('could not extend file "base/1/2": No space left on device', '53100'), 'disk_full'],
    ['a read-only file system', pgError('could not create file: Read-only file system'), 'read_only'],
    ['too many connections', pgError('sorry, too many clients already', '53300'), 'too_many_connections'],
  ])('knows %s', (_what, error, reason) => {
    expect(databaseOutage(error)).toBe(reason);
  });

  it('looks inside the error Drizzle wraps a failed query in', () => {
    const wrapped = new DrizzleQueryError('select 1', [], pgError('terminating connection due to administrator command', '57P01'));
    expect(databaseOutage(wrapped)).toBe('shutting_down');
  });

  it.each([
    ['a unique violation', pgError('duplicate key value violates unique constraint', '23505')],
    ['a cancelled statement', pgError('canceling statement due to statement timeout', '57014')],
    ['a syntax error', pgError('syntax error at or near "selec"', '42601')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error at all', 'terminated'],
    ['nothing', undefined],
  ])('leaves %s to the ordinary error handling', (_what, error) => {
    expect(databaseOutage(error)).toBeNull();
  });
});
