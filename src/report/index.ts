// The official formats as data, and everything about a report that no host owns.
export * from "./types";
export * from "./formats";
export * from "./cells";
export * from "./labels";
export * from "./report";
export * from "./json";
export * from "./address";
export * from "./read";
export * from "./grid";
