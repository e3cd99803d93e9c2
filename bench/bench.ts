// What a bench file exports, apart from the runner so that importing it runs nothing.

/** What the timed runs took, in milliseconds. */
export interface Timed {
  readonly mean: number;
  readonly p95: number;
}

export interface Bench<T = unknown> {
  readonly name: string;
  /** One run; may be async. */
  readonly run: () => T | Promise<T>;
  /** Asserts what the first run gave (it throws when the answer is wrong); not timed. */
  verify?(result: T): void;
  /** Runs once after the timing: removes whatever the bench made (temporary files). */
  readonly cleanup?: () => unknown;
  /** Runs to time (default 2000); slow benches (file I/O) set fewer. */
  readonly runs?: number;
  /** A goal in milliseconds for the mean, shown beside it. */
  readonly goalMs?: number;
  /** Untimed runs first (default: as many as runs, at most 200). */
  readonly warmups?: number;
  /** A line printed after the timing (throughput, memory), from the timed runs' mean. */
  readonly note?: (timed: Timed) => string;
}

/** A bench with its result's type inferred, so `verify` sees what `run` returns. */
export const defineBench = <T>(definition: Bench<T>): Bench => definition as Bench;
