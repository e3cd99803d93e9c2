// Re-checking as people type: one call per pause in typing, and none for the add-in's own writes.

/** How long typing must pause before a re-check. */
export const CHANGE_DEBOUNCE_MS = 800;
/** Without triggerSource, events this soon after our own write may be its echo. */
export const OWN_WRITE_QUIET_MS = 1000;

/** Time and timers, injected so that tests need not wait. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

export class ChangeWatch {
  private ownWrites = 0;
  private quietUntil = 0;
  private timer: unknown;

  constructor(
    private readonly callback: () => void,
    private readonly clock: Clock = SYSTEM_CLOCK,
  ) {}

  /** Runs one of the add-in's own writes; changes it causes are not passed on. */
  async ownWrite<T>(write: () => Promise<T>): Promise<T> {
    this.ownWrites += 1;
    try {
      return await write();
    } finally {
      this.ownWrites -= 1;
      this.quietUntil = this.clock.now() + OWN_WRITE_QUIET_MS;
    }
  }

  /**
   * For Worksheet.onChanged: debounces a person's typing. Where Excel says who changed the
   * sheet (ExcelApi 1.14) that alone decides. Otherwise an event during or just after our own
   * write may be a person's edit as well as our echo, so it is not dropped: it re-checks once
   * the quiet window has passed.
   */
  changed(args: Partial<Pick<Excel.WorksheetChangedEventArgs, "triggerSource">>): void {
    if (args.triggerSource === "ThisLocalAddin") return;
    const quiet = args.triggerSource !== undefined ? 0 : this.ownWrites > 0 ? OWN_WRITE_QUIET_MS : Math.max(0, this.quietUntil - this.clock.now());
    this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(this.callback, quiet + CHANGE_DEBOUNCE_MS);
  }

  stop(): void {
    this.clock.clearTimeout(this.timer);
  }
}
