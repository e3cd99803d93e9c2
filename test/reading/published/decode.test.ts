import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { decodePublished, looksLikeHtml } from "../../../src/reading/published/decode";

const TEXT = "二、主动公开政府信息情况 第二十条第（一）项 规章 0";
const gbk = (text: string) => new Uint8Array(iconv.encode(text, "gbk"));

describe("decoding a saved page or text copy", () => {
  it("reads UTF-8, with or without a BOM, and UTF-16 with its BOM", () => {
    const utf8 = new TextEncoder().encode(TEXT);
    assert.equal(decodePublished(utf8), TEXT);
    assert.equal(decodePublished(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])), TEXT);
    assert.equal(decodePublished(new Uint8Array([0xff, 0xfe, ...iconv.encode(TEXT, "utf-16le")])), TEXT);
  });

  it("reads a GBK page by its declared charset, and an undeclared GBK text copy that is not UTF-8", () => {
    const page = `<html><head><meta charset="gb2312"></head><body>${TEXT}</body></html>`;
    assert.equal(decodePublished(gbk(page)), page);
    assert.equal(decodePublished(gbk(TEXT)), TEXT);
  });

  it("reads GBK through iconv-lite where the platform's decoder does not know GB18030", () => {
    const platform = globalThis.TextDecoder;
    class Utf8Only extends platform {
      constructor(label?: string, options?: TextDecoderOptions) {
        if (label && /gb/iu.test(label)) throw new RangeError(`The "${label}" encoding is not supported`);
        super(label, options);
      }
    }
    globalThis.TextDecoder = Utf8Only as typeof TextDecoder;
    try {
      assert.equal(decodePublished(gbk(TEXT)), TEXT);
    } finally {
      globalThis.TextDecoder = platform;
    }
  });

  it("tells a page from a text copy", () => {
    assert.equal(looksLikeHtml("<!DOCTYPE html><html></html>"), true);
    assert.equal(looksLikeHtml("标题\n<table><tr><td>规章</td></tr></table>"), true);
    assert.equal(looksLikeHtml("规章 | 0 | 0 | 0"), false);
  });
});
