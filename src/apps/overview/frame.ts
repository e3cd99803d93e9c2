// The overview page's frame, the same in the page and in the mailed file: the banner, the place
// for the overview and a status line.
import { el } from "../../hosts/browser/dom";
import { OVERVIEW_TEXT as T } from "../../catalogue/overview-messages";

export function pageFrame(body: HTMLElement): { app: HTMLElement; status: HTMLElement } {
  const app = el("main", { id: "overview", className: "overview-main" });
  const status = el("p", { className: "status", role: "status", "aria-live": "polite" });
  body.replaceChildren(el("header", { className: "banner" }, el("h1", {}, T.title), el("p", {}, T.lead)), el("div", { className: "overview-layout" }, app));
  return { app, status };
}
