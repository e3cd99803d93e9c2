// Department files read by a few workers at once (reader-worker.ts, built as overview-reader.js).
// Where a page may not start workers (opened from disk, file://), the files are read on the page.
import { DepartmentFile } from "../../checks/overview";
import { readDepartment } from "./read-department";
import type { ReadRequest } from "./reader-worker";

const WORKER_SCRIPT = "overview-reader.js";

type Pending = { resolve: (department: DepartmentFile) => void; request: ReadRequest };

function startWorker(pending: Map<number, Pending>): Worker | undefined {
  try {
    const worker = new Worker(WORKER_SCRIPT);
    worker.onmessage = (event: MessageEvent<{ id: number; department: DepartmentFile }>) => {
      pending.get(event.data.id)?.resolve(event.data.department);
      pending.delete(event.data.id);
    };
    return worker;
  } catch {
    return undefined;
  }
}

/** Reads every file; `onRead` is called as each is done. The order of the result is the order of `files`. */
export async function readDepartments(files: readonly { name: string; bytes: () => Promise<Uint8Array> }[], onRead: () => void): Promise<DepartmentFile[]> {
  const pending = new Map<number, Pending>();
  const count = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8, files.length));
  const workers = Array.from({ length: count }, () => startWorker(pending)).filter((worker): worker is Worker => worker !== undefined);
  let failed = workers.length === 0;
  // A worker whose script cannot load fails once, asynchronously: what it held is read on the page.
  for (const worker of workers)
    worker.onerror = () => {
      failed = true;
      for (const [id, { resolve, request }] of pending) {
        pending.delete(id);
        void readDepartment(request.name, request.bytes).then(resolve);
      }
    };
  try {
    return await Promise.all(
      files.map(async (file, id) => {
        const bytes = await file.bytes();
        const department = failed
          ? await readDepartment(file.name, bytes)
          : await new Promise<DepartmentFile>((resolve) => {
              const request = { id, name: file.name, bytes };
              pending.set(id, { resolve, request });
              workers[id % workers.length].postMessage(request);
            });
        onRead();
        return department;
      }),
    );
  } finally {
    workers.forEach((worker) => worker.terminate());
  }
}
