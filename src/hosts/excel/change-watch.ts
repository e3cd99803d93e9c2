// Re-checking as people type: one call per pause in typing, and none for the add-in's own writes.

/** How long typing must pause before a re-check. */
export const CHANGE_DEBOUNCE_MS = 800;
/** Events that arrive this soon after our own write finished are its echo. */
export const OWN_WRITE_QUIET_MS = 1000;

export class ChangeWatch {
  private ownWrites = 0;
  private quietUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly callback: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs one of the add-in's own writes; changes it causes are not passed on. */
  async ownWrite<T>(write: () => Promise<T>): Promise<T> {
    this.ownWrites += 1;
    try {
      return await write();
    } finally {
      this.ownWrites -= 1;
      this.quietUntil = this.now() + OWN_WRITE_QUIET_MS;
    }
  }

  /** For Worksheet.onChanged: ignores our echoes, debounces a person's typing. */
  changed(args: Pick<Excel.WorksheetChangedEventArgs, "triggerSource">): void {
    if (args.triggerSource === "ThisLocalAddin" || this.ownWrites > 0 || this.now() < this.quietUntil) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.callback, CHANGE_DEBOUNCE_MS);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
