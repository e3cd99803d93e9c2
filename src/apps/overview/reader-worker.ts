// A worker that reads and checks department files for the overview page, so that a hundred files
// are read on every core instead of one after another on the page's thread.
import { readDepartment } from "./read-department";

export interface ReadRequest {
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array;
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<ReadRequest>) => void) | null; postMessage(message: unknown): void };
scope.onmessage = (event) => {
  const { id, name, bytes } = event.data;
  void readDepartment(name, bytes).then((department) => scope.postMessage({ id, department }));
};
