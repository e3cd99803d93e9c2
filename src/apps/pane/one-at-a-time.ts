// Host operations run one at a time, in the order asked: the ribbon, auto-check, 校验, 正文 and
// 导出 can all ask at once, and two batches working from the same saved marks or the same read
// would undo each other's work.

export class OneAtATime {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `operation` once every operation asked for before it has settled. */
  run<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.tail.then(operation);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
