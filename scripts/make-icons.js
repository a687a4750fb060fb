#!/usr/bin/env node
/**
 * Generates the add-in icons in assets/ (icon-16/32/64/80/128.png) with Node built-ins only.
 *
 * Design: a deep-blue (#1F5FA8) rounded square with three light-blue ascending bars (a small bar
 * chart) and a white check mark. Shapes are described as signed-distance functions in unit
 * coordinates (0..1), sampled on an SS×SS grid per output pixel (i.e. drawn at SS× and
 * box-downsampled) so small sizes stay anti-aliased. Output is 8-bit RGBA PNG, written by hand
 * (IHDR/IDAT/IEND chunks, zlib deflate, CRC-32).
 *
 * Usage: node scripts/make-icons.js [outDir]   (default: assets/ next to this script's parent)
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const SS = 4; // samples per axis per output pixel (draw at 4×, then downsample)

const BLUE = [0x1f, 0x5f, 0xa8];
const BAR = [0xa8, 0xcb, 0xf2]; // light blue, reads as secondary to the white check
const WHITE = [0xff, 0xff, 0xff];

// ---------------------------------------------------------------- geometry (unit square)

/** Signed distance to a rounded rectangle (negative inside). */
function sdRoundRect(x, y, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  const qx = Math.abs(x - cx) - hx;
  const qy = Math.abs(y - cy) - hy;
  const ox = Math.max(qx, 0);
  const oy = Math.max(qy, 0);
  return Math.hypot(ox, oy) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance to the segment (ax,ay)-(bx,by). */
function distSegment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

// Layout, in unit coordinates (y grows downwards). The check mark dominates; three ascending
// bars sit under its long arm, separated from it by a blue gap, and read as "rising results".
// Bar edges, the baseline and the tile margin are snapped to whole pixels per size (see
// layoutFor) so the bars stay crisp; 16 px has its own hand-placed pixel layout.
const LAYOUT = {
  tile: { margin: 0.03, r: 0.2 },
  baseline: 0.8,
  barRadius: 0.02,
  bars: { x0: 0.46, width: 0.1, pitch: 0.14, tops: [0.62, 0.46, 0.3] },
  // Check mark: short stroke down-right, long stroke up-right, round caps and join.
  check: { a: [0.14, 0.46], b: [0.32, 0.64], c: [0.64, 0.22], halfWidth: 0.075 },
  checkGap: 0.05, // blue gap between the check and the bars so they never merge
};

/** 16 px: full-bleed tile, 1 px bars on whole pixels, 2 px check stroke (units: pixels/16). */
const px16 = (v) => v / 16;
const LAYOUT_16 = {
  tile: { x0: 0, y0: 0, x1: 1, y1: 1, r: px16(3) },
  baseline: px16(13),
  barRadius: 0,
  bars: [
    [px16(8), px16(9), px16(11)],
    [px16(10), px16(11), px16(8)],
    [px16(12), px16(13), px16(5)],
  ],
  check: { a: [px16(3), px16(7)], b: [px16(5.5), px16(9.5)], c: [px16(10), px16(3.5)], halfWidth: px16(1) },
  checkGap: px16(0.9),
};

/** Absolute layout for one size: bars as [x0, x1, top], everything that is straight on whole pixels. */
function layoutFor(size) {
  if (size <= 16) return LAYOUT_16;
  const snap = (v) => Math.round(v * size) / size;
  const m = snap(LAYOUT.tile.margin);
  const { x0, width, pitch, tops } = LAYOUT.bars;
  const w = Math.max(1, Math.round(width * size));
  const p = Math.max(w + 1, Math.round(pitch * size));
  const start = Math.round(x0 * size);
  return {
    tile: { x0: m, y0: m, x1: 1 - m, y1: 1 - m, r: LAYOUT.tile.r },
    baseline: snap(LAYOUT.baseline),
    barRadius: LAYOUT.barRadius,
    bars: tops.map((top, i) => [(start + i * p) / size, (start + i * p + w) / size, snap(top)]),
    check: LAYOUT.check,
    checkGap: LAYOUT.checkGap,
  };
}

/** Colour (RGB) of one sample point, or null outside the tile. */
function sample(x, y, L) {
  const t = L.tile;
  if (sdRoundRect(x, y, t.x0, t.y0, t.x1, t.y1, t.r) > 0) return null;
  const { a, b, c, halfWidth } = L.check;
  const dCheck = Math.min(distSegment(x, y, a[0], a[1], b[0], b[1]), distSegment(x, y, b[0], b[1], c[0], c[1]));
  if (dCheck <= halfWidth) return WHITE;
  if (dCheck > halfWidth + L.checkGap) {
    for (const [x0, x1, top] of L.bars) {
      if (sdRoundRect(x, y, x0, top, x1, L.baseline, L.barRadius) <= 0) return BAR;
    }
  }
  return BLUE;
}

/** Renders a size×size RGBA image (Uint8Array, straight alpha). */
function render(size, layout = layoutFor(size)) {
  const out = new Uint8Array(size * size * 4);
  const n = SS * SS;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = sample((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size, layout);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        // Average of premultiplied samples, converted back to straight alpha.
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / n);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- PNG encoding

let crcTable = null;
function crc32(buf) {
  if (typeof zlib.crc32 === "function") return zlib.crc32(buf) >>> 0;
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = crcTable[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([len, typeAndData, crc]);
}

/** Encodes straight-alpha RGBA pixels as an 8-bit colour-type-6 PNG. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

if (require.main === module) main();

module.exports = { render, encodePng, crc32, layoutFor, SIZES };
