import { describe, expect, it } from 'vitest';
import * as contract from '../../../contracts/letterheads';
import { ADDRESS_MAX, addressToSave, LINE_MAX, lineFields, linesToSave, LOGO_MAX_BYTES, logoProblem, logoProblemOfStatus, MAX_LINES } from './rules';

describe('letterhead form rules', () => {
  it('has the API’s limits', () => {
    expect([MAX_LINES, LINE_MAX, ADDRESS_MAX, LOGO_MAX_BYTES]).toEqual([
      contract.LETTERHEAD_MAX_LINES, contract.LETTERHEAD_LINE_MAX, contract.LETTERHEAD_ADDRESS_MAX, contract.LETTERHEAD_LOGO_MAX_BYTES,
    ]);
  });

  it('accepts PNG and JPEG up to 1 MB, and names the problem otherwise', () => {
    expect(logoProblem(null)).toBeNull();
    expect(logoProblem({ type: 'image/png', size: 1024 })).toBeNull();
    expect(logoProblem({ type: 'image/jpeg', size: 1024 * 1024 })).toBeNull();
    expect(logoProblem({ type: 'text/plain', size: 10 })).toBe('logoType');
    expect(logoProblem({ type: '', size: 10 })).toBe('logoType');
    expect(logoProblem({ type: 'image/svg+xml', size: 10 })).toBe('logoType');
    expect(logoProblem({ type: 'image/png', size: 1024 * 1024 + 1 })).toBe('logoSize');
  });

  it('reads the server’s 415 and 413 as the same problems', () => {
    expect(logoProblemOfStatus(415)).toBe('logoType');
    expect(logoProblemOfStatus(413)).toBe('logoSize');
    expect(logoProblemOfStatus(400)).toBeNull();
  });

  it('shows five line fields and saves the filled ones, trimmed, in order', () => {
    expect(lineFields(['PEMERINTAH PROVINSI BALI'])).toEqual(['PEMERINTAH PROVINSI BALI', '', '', '', '']);
    expect(linesToSave(['  PEMERINTAH PROVINSI BALI ', '', '   ', 'BADAN KESBANGPOL', ''])).toEqual(['PEMERINTAH PROVINSI BALI', 'BADAN KESBANGPOL']);
    expect(addressToSave('  ')).toBeNull();
    expect(addressToSave(' Jl. Raya Puputan No. 1, Denpasar ')).toBe('Jl. Raya Puputan No. 1, Denpasar');
  });
});
