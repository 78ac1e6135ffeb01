import type { BackupWords } from '../../i18n/backup.js';
import type { LoadProgress } from '../seed/progress.js';

/** Tells the person what a backup or restore is doing (the CLI translates and prints it on stderr). */
export type Say = (step: keyof BackupWords['progress'], params?: Record<string, string | number>) => void;

/** Tables copied so far, for a progress bar. */
export type OnTables = (progress: LoadProgress) => void;
