// The characters of a saved page or text copy. Government sites still serve GB2312/GBK pages;
// Node's and browsers' decoders do not all know GB18030, so iconv-lite decodes it everywhere.
import iconv from "iconv-lite";

export type PublishedKind = "html" | "text";

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head)?.[1].toLowerCase();
}

const CHINESE_CHARSETS = new Set(["gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn"]);

/** Decodes a page or text: a BOM or a declared charset decides, else UTF-8 if valid, else GB18030. */
export function decodePublished(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), "utf-16be");
  const declared = declaredCharset(bytes);
  if (declared && CHINESE_CHARSETS.has(declared)) return iconv.decode(bytes, "gb18030");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, "gb18030");
  }
}

/** Whether the text is an HTML page rather than a text copy. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<meta[\s>]|<body[\s>]|<table[\s>])/iu.test(text) || /<table[\s>][\s\S]*<\/table>/iu.test(text.slice(0, 200000));
}
