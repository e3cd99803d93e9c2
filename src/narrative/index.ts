// Text from the figures, generated blocks on the prose sheet, and the prose read back against the tables.
export * from "./generate";
export * from "./blocks";
export * from "./prose-check";
export type { Locations, CellLocation, CellProblem } from "./numbers";
