// The overview as `nianbao overview` writes it into its single HTML file, and the page reads it back.
import { Overview } from "../../checks/overview";
import { GeneratedBlock } from "../../narrative/generate";

/** The consolidated text of the merged figures, or why the reports could not be merged. */
export type EmbeddedConsolidation = { readonly blocks: readonly GeneratedBlock[] } | { readonly refused: string };

export interface EmbeddedOverview {
  readonly overview: Overview;
  readonly consolidated: EmbeddedConsolidation;
}

/** The id of the `<script type="application/json">` element that holds the data. */
export const DATA_ELEMENT_ID = "overview-data";
