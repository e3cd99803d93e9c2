// How the overview names a file and a department: the file's own name (the folder it came from
// is the same for all and stays in the cell's title), and the agency, or the file where none was written.
import { OverviewRow } from "../../checks/overview";

export const baseName = (file: string) => file.split(/[\\/]/u).pop() ?? file;

export const departmentName = (row: OverviewRow) => row.agency.trim() || baseName(row.file);
