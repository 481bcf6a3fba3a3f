/* eslint-disable no-undef */
/**
 * Generates the add-in's icons (assets/icon-16/32/64/80/128.png and assets/logo-filled.png) with
 * Node built-ins only: shapes are rasterised with 8x8 supersampling for anti-aliasing and encoded
 * as RGBA PNGs with zlib.
 *
 * Motif: a deep-teal rounded square with three white bars rising left to right and an amber coin
 * in the empty top-left corner.
 *
 *   node scripts/make-icons.js            # writes into assets/
 *   node scripts/make-icons.js <outDir>   # writes somewhere else
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 8;

const TEAL = [0x0b, 0x5f, 0x63, 255]; // deep teal; white on it has a contrast ratio above 7:1
const WHITE = [255, 255, 255, 255];
const AMBER = [0xf5, 0xb7, 0x2e, 255];
const AMBER_DARK = [0xb9, 0x7c, 0x0a, 255];

// ---------- geometry (all in unit coordinates: 0..1 across the icon) ----------

/** Inside test for a rounded rectangle [x0,x1]x[y0,y1] with corner radius r. */
function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    const dx = x - cx;
    const dy = y - cy;
    return dx * dx + dy * dy <= r * r;
  };
}

function circle(cx, cy, r) {
  return (x, y) => (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r;
}

function ring(cx, cy, rOuter, rInner) {
  return (x, y) => {
    const d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
    return d2 <= rOuter * rOuter && d2 >= rInner * rInner;
  };
}

/**
 * The layers of the icon, painted in order (later layers cover earlier ones). `px` is the size of
 * one pixel in unit coordinates, used to keep thin features at least about a pixel wide.
 */
function layers(size) {
  const px = 1 / size;
  const inset = Math.max(0.5 * px, 0.02);
  const out = [[roundedRect(inset, inset, 1 - inset, 1 - inset, 0.2), TEAL]];

  // Three rising bars on a common baseline. Edges are snapped to whole pixels so that the small
  // sizes stay crisp instead of smearing every bar edge across two pixels.
  const snap = (u) => Math.round(u * size) / size;
  const base = snap(0.8);
  const barW = Math.max(2, Math.round(0.15 * size)) / size;
  const gap = Math.max(1, Math.round(0.07 * size)) / size;
  const tops = [0.58, 0.44, 0.26].map(snap);
  const left0 = snap(0.5 - (3 * 0.15 + 2 * 0.07) / 2 + 0.06); // nudged right to leave room for the coin
  const barR = Math.min(0.035, barW / 3);
  tops.forEach((top, i) => {
    const x0 = left0 + i * (barW + gap);
    out.push([roundedRect(x0, top, x0 + barW, base, barR), WHITE]);
  });

  // Coin in the top-left corner: amber disc with a darker rim (rim only where it can be seen).
  const cx = 0.31;
  const cy = 0.31;
  const r = 0.14;
  out.push([circle(cx, cy, r), AMBER]);
  if (size >= 32) {
    const rim = Math.max(0.022, 1.2 * px);
    out.push([ring(cx, cy, r - rim * 1.6, r - rim * 2.6), AMBER_DARK]);
  }
  return out;
}

/** Rasterises the layers into a straight-alpha RGBA buffer, with SUPERSAMPLE^2 samples per pixel. */
function render(size) {
  const shapes = layers(size);
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let colour = null;
          for (const [inside, c] of shapes) if (inside(x, y)) colour = c;
          if (colour) {
            const alpha = colour[3] / 255;
            r += colour[0] * alpha;
            g += colour[1] * alpha;
            b += colour[2] * alpha;
            a += alpha;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return rgba;
}

// ---------- PNG encoding ----------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
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
    raw[y * (stride + 1)] = 0; // filter type: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------- main ----------

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const png = encodePng(size, size, render(size));
    fs.writeFileSync(path.join(outDir, `icon-${size}.png`), png);
    if (size === 80) fs.writeFileSync(path.join(outDir, "logo-filled.png"), png);
    console.log(`icon-${size}.png  ${png.length} bytes`);
  }
  console.log(`logo-filled.png (same as icon-80.png)\nwritten to ${outDir}`);
}

if (require.main === module) main();

module.exports = { render, encodePng, SIZES };
