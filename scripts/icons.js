// Draws the add-in's icons (16/32/64/80 px) as PNGs with nothing but zlib, so that no image
// tool is needed: an Excel-green rounded tile with a white report table (title bar and grid).
// Run: node scripts/icons.js
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const GREEN = [16, 124, 65];
const WHITE = [255, 255, 255];

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels (row-major) to a PNG file. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // no filter
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

/** Coverage of pixel (x, y) by the shape, from 4×4 samples, for smooth edges. */
function coverage(inside, x, y) {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

function draw(size) {
  const s = size / 16; // design on a 16-unit grid
  const radius = 3 * s;
  const tile = (x, y) => {
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  // The table: a frame from (3,3) to (13,13), a solid title bar, two row and one column rule.
  const line = Math.max(1, Math.round(s));
  const [left, top, right, bottom] = [3 * s, 3 * s, 13 * s, 13 * s];
  const inTable = (x, y) => x >= left && x < right && y >= top && y < bottom;
  const table = (x, y) => {
    if (!inTable(x, y)) return false;
    const near = (v, at) => v >= at && v < at + line;
    if (y < top + 3 * s) return true; // title bar
    if (near(x, left) || near(x, right - line) || near(y, bottom - line)) return true;
    if (near(y, 6.5 * s + line) || near(y, 9.5 * s)) return true;
    return near(x, 7 * s);
  };
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(tile, x, y);
      const w = coverage(table, x, y);
      const rgb = GREEN.map((g, k) => Math.round(g * (1 - w) + WHITE[k] * w));
      pixels.set([...rgb, Math.round(255 * a)], (y * size + x) * 4);
    }
  }
  return encodePng(size, pixels);
}

for (const size of SIZES) {
  const file = path.join(__dirname, "..", "assets", `icon-${size}.png`);
  fs.writeFileSync(file, draw(size));
  console.log(`${file} (${size}×${size})`);
}
