import { InvalidArgumentError } from 'commander';

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65_535) throw new InvalidArgumentError('a port is a number from 1 to 65535');
  return port;
}

export function parseLimit(value: string): number {
  const limit = Number(value);
  if (!/^\d+$/.test(value) || limit < 1 || limit > 500) throw new InvalidArgumentError('a number from 1 to 500');
  return limit;
}
