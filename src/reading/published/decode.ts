// The characters of a saved page or text copy. Government sites still serve GB2312/GBK pages:
// browsers and Node built with full ICU decode GB18030 themselves; where Node's decoders do not
// (small-ICU builds), iconv-lite does.
import iconv from "iconv-lite";

export type PublishedKind = "html" | "text";

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head)?.[1].toLowerCase();
}

const CHINESE_CHARSETS = new Set(["gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn"]);

/** GB18030 (a superset of GB2312 and GBK). */
function decodeGb18030(bytes: Uint8Array): string {
  let decoder: TextDecoder | undefined;
  try {
    decoder = new TextDecoder("gb18030");
  } catch {
    return iconv.decode(bytes, "gb18030");
  }
  return decoder.decode(bytes);
}

/** Decodes a page or text: a BOM or a declared charset decides, else UTF-8 if valid, else GB18030. */
export function decodePublished(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const declared = declaredCharset(bytes);
  if (declared && CHINESE_CHARSETS.has(declared)) return decodeGb18030(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeGb18030(bytes);
  }
}

/** Whether the text is an HTML page rather than a text copy. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<meta[\s>]|<body[\s>]|<table[\s>])/iu.test(text) || /<table[\s>][\s\S]*<\/table>/iu.test(text.slice(0, 200000));
}
