// Excel.run as office.js itself runs it (excel-web-16.00.debug.js, in the browser), with Excel
// replaced by the counting fake: each request office.js builds is weighed as sent, then played
// against a FakeWorkbook by following its object paths to the fake's proxies, and answered with
// what Excel would send back for what was loaded. So the real request builder sees real answers
// (a read returns the workbook's values, a null object is null), the fake applies the writes and
// fails where Excel fails, and both bodies are measured: Excel on the web refuses either above 5 MB.
import { ExcelRun } from "../../../../src/hosts/excel/run";
import { FakeContext, FakeWorkbook } from "../fake-excel";
import { Meter, PAYLOAD_LIMIT, RequestWeight } from "../largest-workbook";

/** OfficeExtension's ObjectPathType (office.js's ObjectPathFactory). */
const PATH = { global: 1, method: 3, property: 4, indexer: 5, referenceId: 6 } as const;
/** OfficeExtension's ActionType (office.js's ActionFactory). */
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;

interface ArgumentInfo {
  readonly Arguments?: readonly unknown[];
  /** Per argument: the id of the object path passed there, 0 for a plain value. */
  readonly ReferencedObjectPathIds?: readonly number[];
}

interface ObjectPathInfo {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: ArgumentInfo;
}

interface ActionInfo {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: ArgumentInfo;
  readonly QueryInfo?: { readonly Select?: readonly string[]; readonly Expand?: readonly string[] };
}

interface RequestBody {
  readonly Actions: readonly ActionInfo[];
  readonly ObjectPaths: Readonly<Record<string, ObjectPathInfo>>;
}

interface ActionResult {
  readonly ActionId: number;
  readonly Value: unknown;
}

type Proxy = Record<string, unknown>;

/** Where office.js sends another name than the API's (its Worksheet_ShowGridlines_Set sends "Gridlines"). */
const ALIASES: Readonly<Record<string, string>> = { Gridlines: "showGridlines" };
/** Otherwise the wire's names are the API's in PascalCase: "GetUsedRangeOrNullObject" is getUsedRangeOrNullObject. */
const camel = (name: string) => ALIASES[name] ?? name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const utf8 = (text: string) => new TextEncoder().encode(text).length;

/** A property's accessor on the object or its prototypes, so a name the fake lacks fails loudly. */
function descriptor(object: object, name: string): PropertyDescriptor | undefined {
  for (let o: object | null = object; o; o = Object.getPrototypeOf(o)) {
    const found = Object.getOwnPropertyDescriptor(o, name);
    if (found) return found;
  }
  return undefined;
}

class Unsupported extends Error {}

/** One RequestContext's requests, played against one FakeContext: object paths live across its syncs. */
class Player {
  private readonly fake: FakeContext;
  private readonly objects = new Map<number, unknown>();
  /** Objects office.js asked to keep (_KeepReference: a range), by the reference id Excel gave them. */
  private readonly references = new Map<string, unknown>();

  constructor(book: FakeWorkbook) {
    this.fake = new FakeContext(book);
    // Open for the context's life: office.js, not the fake's run, decides when a batch ends.
    this.fake.open = true;
    this.fake.delayForCellEdit = true;
  }

  /** The answers to `body`'s actions, after the fake ran them; throws the fake's Office error. */
  async play(body: RequestBody): Promise<ActionResult[]> {
    const paths = body.ObjectPaths;
    const answers: (() => ActionResult | null)[] = [];
    const kept = new Set<number>();
    for (const action of body.Actions) {
      const id = action.ObjectPathId;
      switch (action.ActionType) {
        case ACTION.instantiate: {
          const proxy = this.resolve(id, paths);
          const nullable = paths[id].Name.endsWith("OrNullObject");
          // An instantiation tells what office.js cannot know: that an *OrNullObject is null, or
          // the reference id of a kept object (a range), by which later requests name it.
          answers.push(() => {
            if (nullable && (proxy as Proxy).isNullObject) return { ActionId: action.Id, Value: null };
            if (!kept.has(id)) return nullable ? { ActionId: action.Id, Value: {} } : null;
            // As long as a GUID: how long Excel's own reference ids are is not documented.
            const reference = `{00000000-0000-0000-0000-${String(id).padStart(12, "0")}}`;
            this.references.set(reference, proxy);
            return { ActionId: action.Id, Value: { _ReferenceId: reference } };
          });
          break;
        }
        case ACTION.query:
          answers.push(this.query(action, this.resolve(id, paths) as Proxy, paths[id]));
          break;
        case ACTION.method: {
          if (action.Name === "_KeepReference") kept.add(id);
          // _KeepReference, _RegisterDataChangedEvent: bookkeeping of Excel's, nothing for the workbook.
          if (action.Name.startsWith("_")) break;
          const result = this.call(this.resolve(id, paths), action.Name, this.args(action.ArgumentInfo, paths));
          // A method with a result (getCellProperties) answers with the result's value.
          if (result && typeof result === "object" && descriptor(result, "value")) answers.push(() => ({ ActionId: action.Id, Value: (result as { value: unknown }).value }));
          break;
        }
        case ACTION.setProperty:
          this.set(this.resolve(id, paths), action.Name, this.args(action.ArgumentInfo, paths)[0]);
          break;
        case ACTION.trace:
          // office.js runs an event handler's registration when its trace marker is answered.
          answers.push(() => ({ ActionId: action.Id, Value: null }));
          break;
        default:
          throw new Unsupported(`action type ${action.ActionType} (${action.Name})`);
      }
    }
    await this.fake.sync();
    return answers.map((answer) => answer()).filter((answer): answer is ActionResult => answer !== null);
  }

  /** Loads `Select` on the proxy; answers as Excel does, in PascalCase, a collection's under _Items. */
  private query(action: ActionInfo, proxy: Proxy, path: ObjectPathInfo): () => ActionResult {
    const select = action.QueryInfo?.Select;
    if (!select || action.QueryInfo?.Expand) throw new Unsupported(`a load without a plain select: ${JSON.stringify(action.QueryInfo)}`);
    const pick = (object: Proxy) => Object.fromEntries(select.map((property) => [pascal(property), object[property]]));
    const collection = descriptor(proxy, "items") !== undefined;
    (proxy.load as (properties: string[]) => void)(collection ? select.map((property) => `items/${property}`) : [...select]);
    return () => {
      if (path.Name.endsWith("OrNullObject") && proxy.isNullObject) return { ActionId: action.Id, Value: null };
      return { ActionId: action.Id, Value: collection ? { _Items: (proxy.items as Proxy[]).map(pick) } : pick(proxy) };
    };
  }

  private resolve(id: number, paths: RequestBody["ObjectPaths"]): unknown {
    if (this.objects.has(id)) return this.objects.get(id);
    const path = paths[id];
    if (!path) throw new Unsupported(`object path ${id} is not in the request`);
    const parent = () => {
      const object = this.resolve(path.ParentObjectPathId!, paths);
      if (object === undefined || object === null) throw new Unsupported(`the parent of ${path.Name} is nothing in the fake`);
      return object;
    };
    let object: unknown;
    if (path.ObjectPathType === PATH.global) object = this.fake.workbook;
    else if (path.ObjectPathType === PATH.referenceId) {
      if (!this.references.has(path.Name)) throw new Unsupported(`reference ${path.Name} was never given`);
      object = this.references.get(path.Name);
    } else if (path.ObjectPathType === PATH.property) {
      object = (parent() as Proxy)[camel(path.Name)];
      if (object === undefined) throw new Unsupported(`property ${path.Name}`);
    } else if (path.ObjectPathType === PATH.method) object = this.call(parent(), path.Name, this.args(path.ArgumentInfo, paths));
    else if (path.ObjectPathType === PATH.indexer) object = this.call(parent(), "GetItem", this.args(path.ArgumentInfo, paths));
    else throw new Unsupported(`object path type ${path.ObjectPathType} (${path.Name})`);
    this.objects.set(id, object);
    return object;
  }

  /** Plain arguments as sent, object arguments (a range given to names.add) as their proxies; null as omitted. */
  private args(info: ArgumentInfo | undefined, paths: RequestBody["ObjectPaths"]): unknown[] {
    const referenced = info?.ReferencedObjectPathIds ?? [];
    return (info?.Arguments ?? []).map((value, i) => (referenced[i] ? this.resolve(referenced[i], paths) : (value ?? undefined)));
  }

  private call(object: unknown, name: string, args: unknown[]): unknown {
    const method = (object as Proxy)[camel(name)];
    if (typeof method !== "function") throw new Unsupported(`method ${name}`);
    return (method as (...a: unknown[]) => unknown).apply(object, args);
  }

  private set(object: unknown, name: string, value: unknown): void {
    if (!descriptor(object as object, camel(name))?.set) throw new Unsupported(`setting ${name}`);
    (object as Proxy)[camel(name)] = value;
  }
}

/** Excel's answer to a request it refuses or that fails: the error office.js turns into an OfficeExtension.Error. */
function refusal(code: string, message: string) {
  return { ErrorCode: code, ErrorMessage: message, HttpStatusCode: 400, Headers: {}, Body: null };
}

/**
 * Excel.run on `book`: the real Excel.run (options and all) on a RequestContext whose executor
 * plays each request against the fake; each request's weight is appended to `requests`. The
 * fake's own 5 MB estimate is switched off: here the bodies themselves are measured.
 */
export function officeRun(book: FakeWorkbook, requests: RequestWeight[]): ExcelRun {
  book.payloadLimit = Infinity;
  const context = () => {
    const player = new Player(book);
    const made = new Excel.RequestContext("https://any.invalid/api");
    (made as unknown as { _requestExecutor: unknown })._requestExecutor = {
      async executeAsync(_customData: unknown, _flags: number, message: { Body: unknown }) {
        const sent = typeof message.Body === "string" ? message.Body : JSON.stringify(message.Body);
        const body = JSON.parse(sent) as RequestBody;
        const weight = { actions: body.Actions.length, bytes: utf8(sent), responseBytes: 0 };
        requests.push(weight);
        if (weight.bytes > PAYLOAD_LIMIT) return refusal("RequestPayloadSizeLimitExceeded", `the request of ${weight.bytes} bytes exceeds 5 MB`);
        let results: ActionResult[];
        try {
          results = await player.play(body);
        } catch (error) {
          if (error instanceof Unsupported) throw new Error(`the fake cannot play office.js's request: ${error.message}`);
          const code = (error as { code?: string }).code;
          if (!code) throw error;
          return { ErrorCode: null, ErrorMessage: null, Headers: {}, Body: { Error: { Code: code, Message: (error as Error).message, HttpStatusCode: 400 }, Results: [] } };
        }
        // Too large an answer is refused after the fake applied the writes: whether Excel keeps them then is not known.
        const answer = { Results: results };
        weight.responseBytes = utf8(JSON.stringify(answer));
        if (weight.responseBytes > PAYLOAD_LIMIT) return refusal("ResponsePayloadSizeLimitExceeded", `the response of ${weight.responseBytes} bytes exceeds 5 MB`);
        return { ErrorCode: null, ErrorMessage: null, Headers: {}, Body: answer };
      },
    };
    return made;
  };
  return (options, batch) => Excel.run({ ...options, previousObjects: options.previousObjects ?? context() }, batch);
}

/** Each sync weighed as office.js's request builder writes it and as Excel would answer it. */
export const OFFICE_METER: Meter = (book) => {
  const requests: RequestWeight[] = [];
  return { run: officeRun(book, requests), requests };
};
