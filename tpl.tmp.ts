import { writeFileSync } from "node:fs";
import { writeTemplateXlsx } from "./src/hosts/file/write";
writeTemplateXlsx("2021", 2025, "某某局").then((b) => writeFileSync("/tmp/out/tpl.xlsx", b));
writeTemplateXlsx("2019", 2020, "某某局").then((b) => writeFileSync("/tmp/out/tpl19.xlsx", b));
