// Offering a file to save: a Blob URL on a link with `download`. Works in the pane inside Excel
// and in the standalone page, and nothing leaves the computer.
import { el } from "./dom";
import { DownloadFile } from "../host";

export const FILE_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html;charset=utf-8",
} as const;

export function offerDownload(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.type }));
  const link = el("a", { href: url, download: file.name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by now; the URL is only freed later, to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
