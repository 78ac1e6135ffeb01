/** Reported while reference data loads, so a terminal can draw a bar. */
export interface LoadProgress {
  dataset: string;
  done: number;
  total: number;
}

export type ProgressListener = (progress: LoadProgress) => void;
