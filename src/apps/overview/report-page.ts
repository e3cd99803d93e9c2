// The overview in the single HTML file that `nianbao overview` writes: the data is in the file,
// so this script only shows it (no workbook reading, no exceljs). It works offline and mailed.
import { el } from "../../hosts/browser/dom";
import { OVERVIEW_TEXT as T } from "../../catalogue/overview-messages";
import { DATA_ELEMENT_ID, EmbeddedConsolidation, EmbeddedOverview } from "./embedded";
import { pageFrame } from "./frame";
import { narrativeView } from "./narrative-view";
import { showOverview } from "./view";

function consolidationSection(consolidated: EmbeddedConsolidation): HTMLElement {
  return el(
    "section",
    { className: "card consolidate", "aria-labelledby": "consolidate-heading" },
    el("h2", { id: "consolidate-heading" }, T.consolidateHeading),
    "refused" in consolidated ? el("p", { className: "status consolidate-status failed" }, consolidated.refused) : narrativeView(consolidated.blocks),
  );
}

const data = JSON.parse(document.getElementById(DATA_ELEMENT_ID)!.textContent!) as EmbeddedOverview;
const { app } = pageFrame(document.body);
showOverview(app, data.overview, [], consolidationSection(data.consolidated));
