#!/usr/bin/env node
/*
 * Draws the M&D Planner icons into assets/ (no packages beyond Node itself).
 *
 * Design: a rounded green square (vertical gradient) with, in white, an S-shaped route
 * from an origin (a ring, bottom left) to a destination (a solid dot, top right), with an
 * arrowhead half-way: migration -> development.
 *
 * Every shape is a signed distance field in unit coordinates; each pixel is 4x4 super-sampled
 * and each sample gets an analytic coverage from the distance, so edges are anti-aliased at every
 * size. Output is RGBA PNG written by the small encoder below (zlib from Node, CRC-32 by hand).
 *
 * Usage: node scripts/make-icons.js [outDir]     (default: <project>/assets)
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

// ---------------------------------------------------------------- PNG encoder
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([len, typeAndData, crc]);
}

/** Encodes RGBA pixels (Uint8Array, width*height*4, not premultiplied) as a PNG file. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
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

// ---------------------------------------------------------------- geometry (unit square, y down)
const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));

function sdRoundRect(px, py, cx, cy, hw, hh, r) {
  const qx = Math.abs(px - cx) - hw + r;
  const qy = Math.abs(py - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function sdCircle(px, py, cx, cy, r) {
  return Math.hypot(px - cx, py - cy) - r;
}

function sdSegment(px, py, ax, ay, bx, by) {
  const pax = px - ax;
  const pay = py - ay;
  const bax = bx - ax;
  const bay = by - ay;
  const h = clamp((pax * bax + pay * bay) / (bax * bax + bay * bay), 0, 1);
  return Math.hypot(pax - bax * h, pay - bay * h);
}

/** Signed distance to a triangle (Inigo Quilez's formula). */
function sdTriangle(px, py, [x0, y0], [x1, y1], [x2, y2]) {
  const e0x = x1 - x0, e0y = y1 - y0, e1x = x2 - x1, e1y = y2 - y1, e2x = x0 - x2, e2y = y0 - y2;
  const v0x = px - x0, v0y = py - y0, v1x = px - x1, v1y = py - y1, v2x = px - x2, v2y = py - y2;
  const h0 = clamp((v0x * e0x + v0y * e0y) / (e0x * e0x + e0y * e0y), 0, 1);
  const h1 = clamp((v1x * e1x + v1y * e1y) / (e1x * e1x + e1y * e1y), 0, 1);
  const h2 = clamp((v2x * e2x + v2y * e2y) / (e2x * e2x + e2y * e2y), 0, 1);
  const pq0x = v0x - e0x * h0, pq0y = v0y - e0y * h0;
  const pq1x = v1x - e1x * h1, pq1y = v1y - e1y * h1;
  const pq2x = v2x - e2x * h2, pq2y = v2y - e2y * h2;
  const s = Math.sign(e0x * e2y - e0y * e2x);
  const d0 = [pq0x * pq0x + pq0y * pq0y, s * (v0x * e0y - v0y * e0x)];
  const d1 = [pq1x * pq1x + pq1y * pq1y, s * (v1x * e1y - v1y * e1x)];
  const d2 = [pq2x * pq2x + pq2y * pq2y, s * (v2x * e2y - v2y * e2x)];
  const dist = Math.min(d0[0], d1[0], d2[0]);
  const side = Math.min(d0[1], d1[1], d2[1]);
  return -Math.sqrt(dist) * Math.sign(side);
}

function cubic(t, p0, p1, p2, p3) {
  const u = 1 - t;
  return [
    u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
    u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
  ];
}

function cubicTangent(t, p0, p1, p2, p3) {
  const u = 1 - t;
  const dx = 3 * u * u * (p1[0] - p0[0]) + 6 * u * t * (p2[0] - p1[0]) + 3 * t * t * (p3[0] - p2[0]);
  const dy = 3 * u * u * (p1[1] - p0[1]) + 6 * u * t * (p2[1] - p1[1]) + 3 * t * t * (p3[1] - p2[1]);
  const len = Math.hypot(dx, dy);
  return [dx / len, dy / len];
}

// ---------------------------------------------------------------- the design
const ORIGIN = [0.265, 0.735];
const DEST = [0.735, 0.265];
// S-shaped route: leaves the origin to the right, arrives at the destination from below-left.
const C1 = [0.56, 0.735];
const C2 = [0.44, 0.265];

function makeScene(size) {
  // Small icons get relatively thicker lines so they stay legible.
  const stroke = Math.max(0.07, 1.4 / size);
  const dotR = Math.max(0.11, 1.9 / size);
  const ringed = size >= 32; // the origin is a ring where there are pixels enough for a hole

  // Route as a polyline, trimmed so it starts/ends at the dots' edges.
  const pts = [];
  const N = 96;
  for (let i = 0; i <= N; i++) pts.push(cubic(i / N, ORIGIN, C1, C2, DEST));
  const route = pts.filter(
    (p) => Math.hypot(p[0] - ORIGIN[0], p[1] - ORIGIN[1]) > dotR * 0.6 && Math.hypot(p[0] - DEST[0], p[1] - DEST[1]) > dotR * 0.6,
  );

  // Arrowhead half-way along the route, pointing along it.
  const mid = cubic(0.5, ORIGIN, C1, C2, DEST);
  const [tx, ty] = cubicTangent(0.5, ORIGIN, C1, C2, DEST);
  const nx = -ty;
  const ny = tx;
  const len = Math.max(0.23, 4.2 / size);
  const half = len * 0.6;
  const tip = [mid[0] + tx * len * 0.55, mid[1] + ty * len * 0.55];
  const baseC = [mid[0] - tx * len * 0.45, mid[1] - ty * len * 0.45];
  const arrow = [tip, [baseC[0] + nx * half, baseC[1] + ny * half], [baseC[0] - nx * half, baseC[1] - ny * half]];

  const margin = size <= 16 ? 0 : 0.03;
  const radius = size <= 16 ? 0.2 : 0.22;

  return {
    background(x, y) {
      return sdRoundRect(x, y, 0.5, 0.5, 0.5 - margin, 0.5 - margin, radius);
    },
    foreground(x, y) {
      let d = Infinity;
      for (let i = 1; i < route.length; i++) {
        d = Math.min(d, sdSegment(x, y, route[i - 1][0], route[i - 1][1], route[i][0], route[i][1]) - stroke / 2);
      }
      d = Math.min(d, sdTriangle(x, y, arrow[0], arrow[1], arrow[2]));
      const o = sdCircle(x, y, ORIGIN[0], ORIGIN[1], dotR);
      d = Math.min(d, ringed ? Math.abs(o + dotR * 0.3) - dotR * 0.3 : o);
      d = Math.min(d, sdCircle(x, y, DEST[0], DEST[1], dotR));
      return d;
    },
  };
}

// Gradient: lighter green at the top, deeper green at the bottom.
const TOP = [0x2f, 0xa8, 0x62];
const BOTTOM = [0x10, 0x6e, 0x3c];
const WHITE = [0xff, 0xff, 0xff];

function render(size) {
  const scene = makeScene(size);
  const px = 1 / size; // one pixel in unit coordinates
  const SS = 4; // samples per axis
  const rgba = new Uint8Array(size * size * 4);
  // Coverage of a sample from its signed distance: a 1-sample-wide linear ramp.
  const cover = (d) => clamp(0.5 - d / (px / SS), 0, 1);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let a = 0; // background coverage
      let w = 0; // white coverage (inside the background)
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const ux = (x + (sx + 0.5) / SS) * px;
          const uy = (y + (sy + 0.5) / SS) * px;
          const bg = cover(scene.background(ux, uy));
          a += bg;
          if (bg > 0) w += bg * cover(scene.foreground(ux, uy));
        }
      }
      a /= SS * SS;
      w /= SS * SS;
      const t = (y + 0.5) / size;
      const i = (y * size + x) * 4;
      if (a <= 0) continue;
      const f = w / a; // share of the covered area that is white
      for (let c = 0; c < 3; c++) {
        const base = TOP[c] + (BOTTOM[c] - TOP[c]) * t;
        rgba[i + c] = Math.round(base + (WHITE[c] - base) * f);
      }
      rgba[i + 3] = Math.round(a * 255);
    }
  }
  return encodePng(size, size, rgba);
}

const OUTPUTS = [
  ["icon-16.png", 16],
  ["icon-32.png", 32],
  ["icon-64.png", 64],
  ["icon-80.png", 80],
  ["icon-128.png", 128],
  ["logo-filled.png", 80],
];

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, size] of OUTPUTS) {
    const file = path.join(outDir, name);
    const png = render(size);
    fs.writeFileSync(file, png);
    console.log(`${path.relative(process.cwd(), file)}  ${size}x${size}  ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, crc32 };
