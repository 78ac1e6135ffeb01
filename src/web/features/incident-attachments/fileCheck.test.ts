import { describe, expect, it } from 'vitest';
import { fileProblem, formatFileSize, MAX_ATTACHMENT_BYTES } from './fileCheck';

describe('fileProblem', () => {
  it.each([
    [{ name: 'foto.jpg', type: 'image/jpeg', size: 2_000_000 }, null],
    [{ name: 'scan.PDF', type: '', size: 10 }, null],
    [{ name: 'peta.webp', type: 'image/webp', size: MAX_ATTACHMENT_BYTES }, null],
    [{ name: 'video.mp4', type: 'video/mp4', size: 10 }, 'type'],
    [{ name: 'setup.exe', type: 'application/x-msdownload', size: 10 }, 'type'],
    [{ name: 'foto.heic', type: '', size: 10 }, 'type'],
    [{ name: 'besar.png', type: 'image/png', size: MAX_ATTACHMENT_BYTES + 1 }, 'size'],
    [{ name: 'kosong.png', type: 'image/png', size: 0 }, 'empty'],
  ] as const)('%o → %s', (file, expected) => {
    expect(fileProblem(file)).toBe(expected);
  });
});

describe('formatFileSize', () => {
  it('reads in the UI’s locale', () => {
    expect(formatFileSize('id-ID', 512)).toBe('512 B');
    expect(formatFileSize('id-ID', 1536)).toBe('1,5 KB');
    expect(formatFileSize('en-GB', 3 * 1024 * 1024)).toBe('3 MB');
  });
});
