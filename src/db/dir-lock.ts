import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../domain/errors.js';

export interface DirLock {
  release(): void;
}

/**
 * PGlite is a single-process database: two processes writing one folder corrupt it. A lock file
 * holding the owner's PID refuses the second opener; a lock left by a dead process is taken over.
 */
export function acquireDirLock(dir: string): DirLock {
  const file = path.join(dir, 'sinergi.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.rmSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(file, 'utf8'));
      if (owner && isProcessAlive(owner)) {
        throw new AppError('data_dir_in_use', 409, { dir, pid: owner });
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('data_dir_in_use', 409, { dir, pid: '?' });
}

/** True when a process with this PID exists (EPERM: it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
