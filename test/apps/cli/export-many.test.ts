import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { consistentReport } from "../../checks/builders";
import { nianbao, scratchFolder } from "./helpers";

describe("nianbao export to several formats in one run", () => {
  let folder: ReturnType<typeof scratchFolder>;
  let xlsx: string;
  beforeEach(async () => {
    folder = scratchFolder();
    xlsx = await folder.xlsx("report.xlsx", consistentReport(21));
  });
  afterEach(() => folder.remove());

  it("writes the .docx, the HTML and the JSON each to the file named after its flag", async () => {
    const [docx, html, json] = ["out.docx", "out.html", "out.json"].map(folder.file);
    const result = await nianbao("export", xlsx, "--docx", docx, "--html", html, "--json", json, "--force");
    assert.equal(result.code, 0, result.stderr);
    assert.equal(readFileSync(docx).subarray(0, 2).toString(), "PK");
    assert.match(readFileSync(html, "utf8"), /<html/i);
    assert.equal(JSON.parse(readFileSync(json, "utf8")).format, "2021");
  });

  it("prints the JSON on the screen when --json has no file beside other formats", async () => {
    const result = await nianbao("export", xlsx, "--html", folder.file("out.html"), "--json", "--force");
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout.slice(0, result.stdout.lastIndexOf("}") + 1)).format, "2021");
  });

  it("writes none of the files when one of them already exists", async () => {
    const [docx, html] = ["out.docx", "out.html"].map(folder.file);
    writeFileSync(html, "旧文件");
    const result = await nianbao("export", xlsx, "--docx", docx, "--html", html);
    assert.deepEqual([result.code, existsSync(docx), readFileSync(html, "utf8")], [1, false, "旧文件"]);
  });

  it("asks for a file name after each binary format when several are chosen, exit 2", async () => {
    const result = await nianbao("export", xlsx, "--docx", "--html", folder.file("out.html"));
    assert.equal(result.code, 2);
    assert.match(result.stderr, /缺少文件名的是：--docx/);
  });
});
