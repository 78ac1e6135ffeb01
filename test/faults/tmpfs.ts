import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A small file system of its own, for a real "disk full" and a real read-only folder. The tests
 * run as root, which file permissions do not stop (chmod 0555 on a folder does not keep root from
 * writing in it), so a tmpfs is mounted instead: filled up it answers ENOSPC, remounted read-only
 * EROFS, to root too. Mounting needs root (CAP_SYS_ADMIN); without it the tests say so and skip.
 */
export interface Tmpfs {
  dir: string;
  /** Remounts read-only or read-write (fails while a file on it is open for writing). */
  remount(mode: 'ro' | 'rw'): void;
  unmount(): void;
}

export function mountTmpfs(sizeMb: number): Tmpfs | { reason: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-faults-fs-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m,mode=0755`, 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    fs.rmdirSync(dir);
    return { reason: `cannot mount a tmpfs here (needs root): ${(mounted.stderr || String(mounted.error)).trim().split('\n')[0]}` };
  }
  return {
    dir,
    remount(mode) {
      const result = spawnSync('mount', ['-o', `remount,${mode}`, dir], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`remount ${mode} of ${dir} failed: ${result.stderr.trim()}`);
    },
    unmount() {
      spawnSync('umount', [dir]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fills the file system with one file until the kernel says ENOSPC; returns the file, to delete. */
export function fillUp(dir: string): string {
  const file = path.join(dir, 'ballast');
  const fd = fs.openSync(file, 'w');
  try {
    for (const size of [1 << 20, 4096, 512]) {
      const chunk = Buffer.alloc(size, 0x5a);
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return file;
}
