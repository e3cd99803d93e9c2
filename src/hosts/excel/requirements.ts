// The requirement sets the add-in cannot run without: manifest.xml declares exactly these (a test
// keeps the two equal) and the pane checks them at start. Optional sets are tested where used
// (triggerSource, ExcelApi 1.14, in change-watch.ts).
export const REQUIRED_SETS: readonly { readonly name: string; readonly version: string }[] = [
  // The pane, the ribbon commands and the custom functions in one runtime.
  { name: "SharedRuntime", version: "1.1" },
  // delayForCellEdit (1.11); getCellProperties and page layout (1.9); validation, gridlines (1.8).
  { name: "ExcelApi", version: "1.11" },
  // CustomFunctions.Error with a message, and parameterAddresses (@requiresParameterAddresses).
  { name: "CustomFunctionsRuntime", version: "1.3" },
];
