/* eslint-disable no-undef */
/*
 * A test-only picture of a worksheet: the recording Excel draws no sheets, so the screenshots of
 * what the add-in wrote (a snapshot, the dashboard, a statement, the Change log) are drawn here,
 * from the model's snapshot of one sheet, as an HTML table in a page of its own.
 *
 * Drawn: the used range (up to `maxRows` rows), column letters and row numbers, each value as
 * Excel would display it with its number format (money with its decimals and thousands
 * separators, a currency sign or quoted code, negatives with a minus, percentages, dates in
 * either language's pattern, General numbers to 10 significant digits), bold, fill and font
 * colours, the program's tables with a header row and bands, column widths (set ones from the
 * sheet, Excel's standard width for the others: nothing is autofitted), a number too wide for its
 * column as #### (measured in the picture's font, which is near but not Excel's), and text running over empty cells to its right as Excel draws it (clipped
 * where the next cell holds something). Formula cells show the value given in `values` (computed by
 * HyperFormula, cycleCase.js); a formula with no value there is drawn in grey, marked as not
 * computed here. Not drawn: borders, merged cells, conditional formats, charts.
 */
const fs = require("fs");
const path = require("path");
const { SCREENSHOTS } = require("./harness");

// ------------------------------------------------------------------ addresses

function colIndex(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
function colName(c) {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
function parseCell(ref) {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  return { r: Number(m[2]) - 1, c: colIndex(m[1]) };
}
function parseBox(address) {
  const local = address.split("!").pop().replace(/\$/g, "");
  const [a, b = a] = local.split(":");
  const from = parseCell(a);
  const to = parseCell(b);
  return { top: from.r, left: from.c, bottom: to.r, right: to.c };
}

// ------------------------------------------------------------------ number formats

/** A format section split into literal text and codes: [{ lit } | { code }]. */
function tokens(section) {
  const out = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out.push({ lit: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      out.push({ lit: section[++i] || "" });
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      const inner = section.slice(i + 1, end);
      // [$¥-804] is a currency sign; colours and conditions are not drawn.
      if (inner.startsWith("$")) out.push({ lit: inner.slice(1).split("-")[0] });
      i = end;
    } else if (ch === "_") {
      out.push({ lit: " " });
      i++;
    } else if (ch === "*") {
      i++;
    } else out.push({ code: ch });
  }
  return out;
}

const DATE_CODE = /[ymdhs]/i;

/** An Excel serial date (1900 system) as [year, month, day]. */
function dateOf(serial) {
  const ms = Math.round((Math.floor(serial) - 25569) * 86400000);
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

function formatDate(serial, toks) {
  const [y, m, d] = dateOf(serial);
  let out = "";
  const codes = toks.map((t) => (t.lit !== undefined ? { lit: t.lit } : t));
  for (let i = 0; i < codes.length;) {
    const t = codes[i];
    if (t.lit !== undefined) {
      out += t.lit;
      i++;
      continue;
    }
    let run = t.code;
    while (i + run.length < codes.length && codes[i + run.length].code === t.code) run += t.code;
    i += run.length;
    const k = t.code.toLowerCase();
    if (k === "y") out += run.length <= 2 ? String(y).slice(-2) : String(y);
    else if (k === "m") out += run.length >= 2 ? String(m).padStart(2, "0") : String(m);
    else if (k === "d") out += run.length >= 2 ? String(d).padStart(2, "0") : String(d);
    else if (!DATE_CODE.test(k)) out += run;
  }
  return out;
}

function groupThousands(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatNumber(value, toks, negativeSection) {
  const codes = toks.filter((t) => t.code !== undefined).map((t) => t.code);
  const percent = codes.includes("%");
  const numberCodes = codes.filter((c) => /[0#?.,]/.test(c)).join("");
  const dot = numberCodes.indexOf(".");
  const decimals = dot < 0 ? 0 : numberCodes.slice(dot + 1).replace(/[^0#?]/g, "").length;
  const thousands = /[0#?],[0#?]/.test(numberCodes);
  const x = Math.abs(percent ? value * 100 : value);
  // Excel rounds half away from zero.
  const factor = 10 ** decimals;
  const rounded = Math.round(x * factor + 1e-9 * Math.sign(x)) / factor;
  let [int, frac = ""] = rounded.toFixed(decimals).split(".");
  if (thousands) int = groupThousands(int);
  const number = decimals > 0 ? `${int}.${frac}` : int;
  // Literal text before and after the number; the number itself replaces the run of codes.
  let out = "";
  let placed = false;
  for (const t of toks) {
    if (t.lit !== undefined) out += t.lit;
    else if (/[0#?.,]/.test(t.code)) {
      if (!placed) out += number;
      placed = true;
    } else if (t.code === "%") out += "%";
    else out += t.code;
  }
  const sign = value < 0 && !negativeSection && rounded !== 0 ? "-" : "";
  return sign + out;
}

function formatGeneral(value) {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  // General shows at most 11 characters: as many significant digits as fit.
  for (let digits = 10; digits > 1; digits--) {
    const s = Number(value.toPrecision(digits)).toString();
    if (s.length <= 11) return s;
  }
  return value.toExponential(4);
}

/** A value as Excel displays it under number format `nf` (General when none). */
function display(value, nf = "General") {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object" && value.error) return value.error;
  if (typeof value === "string") {
    const sections = nf.split(";");
    const textSection = sections.length >= 4 ? sections[3] : null;
    return textSection ? textSection.replace(/@/g, value).replace(/"/g, "") : value;
  }
  if (!nf || nf === "General" || nf === "@") return formatGeneral(value);
  const sections = nf.split(";");
  const negative = value < 0 && sections.length >= 2;
  const section = value === 0 && sections.length >= 3 ? sections[2] : negative ? sections[1] : sections[0];
  const toks = tokens(section);
  const isDate = toks.some((t) => t.code !== undefined && DATE_CODE.test(t.code) && t.code.toLowerCase() !== "s");
  if (isDate) return formatDate(value, toks);
  return formatNumber(value, toks, negative);
}

// ------------------------------------------------------------------ the page

// Excel's default font is Calibri 11 pt (about 14.7 px); without Calibri or Carlito here, Liberation
// Sans (Arial's widths, about a tenth wider than Calibri's) at 13 px takes about the room Calibri
// takes, so what fits a column here fits it in Excel.
const FONT = `13px Calibri, Carlito, "Liberation Sans", "WenQuanYi Micro Hei", sans-serif`;

function escapeHtml(s) {
  return String(s).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
  );
}

/**
 * The HTML page of one sheet. `sheet`: a sheet of pane.excel().snapshot; `tables`: the
 * snapshot's tables; `values`: computed values by address (cycleCase.computedSheet); `maxRows`:
 * rows drawn at most (a note says how many more there are).
 */
function sheetHtml({ sheet, tables = [], values = null, maxRows = 45, lang = "en" }) {
  const cells = sheet.cells;
  const addresses = Object.keys(cells).concat(values ? Object.keys(values) : []);
  let bottom = 0;
  let right = 0;
  for (const a of addresses) {
    const { r, c } = parseCell(a);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  const lastRow = Math.min(bottom, maxRows - 1);
  const mine = tables.filter((t) => t.sheet === sheet.name).map((t) => ({ ...t, box: parseBox(t.address) }));
  const tableAt = (r, c) =>
    mine.find((t) => r >= t.box.top && r <= t.box.bottom && c >= t.box.left && c <= t.box.right);

  // Every cell's text, alignment and style.
  const grid = [];
  let uncomputed = 0;
  for (let r = 0; r <= lastRow; r++) {
    const row = [];
    for (let c = 0; c <= right; c++) {
      const a = colName(c) + (r + 1);
      const cell = cells[a] || {};
      const fmt = cell.fmt || {};
      let value = cell.v;
      let grey = false;
      if (values && a in values && values[a] !== null && values[a] !== "") value = values[a];
      if (cell.f !== undefined || (values && a in values)) {
        if (!values || !(a in values)) {
          value = "";
          grey = true;
        }
        if (value && typeof value === "object" && value.error === "#NAME?") {
          value = "";
          grey = true;
        }
      }
      if (grey && cell.f !== undefined) uncomputed++;
      const text =
        grey && cell.f !== undefined ? (lang === "zh" ? "此处未计算" : "not computed here") : display(value, cell.nf);
      const numeric = typeof value === "number" && !grey;
      row.push({
        a,
        text,
        numeric,
        grey: grey && cell.f !== undefined,
        fmt,
        empty: text === "" && !grey,
        table: tableAt(r, c),
      });
    }
    grid.push(row);
  }

  // Column widths: set on the sheet (points), else Excel's standard width (8.43 characters, 64 px):
  // nothing the add-in writes is autofitted, so a column without a width is drawn as Excel shows it.
  const widths = [];
  for (let c = 0; c <= right; c++) {
    const set = Object.entries(sheet.props || {}).find(([k]) => {
      const m = /^columnWidth:([A-Z]+)(?:\d+)?:([A-Z]+)/.exec(k);
      return m && c >= colIndex(m[1]) && c <= colIndex(m[2]);
    });
    widths.push(set ? Math.round(set[1] * (4 / 3)) : 64);
  }
  const style = (cell, r) => {
    const s = [];
    const t = cell.table;
    const header = t && r === t.box.top && t.showHeaders !== false;
    if (cell.fmt["font.bold"] || header) s.push("font-weight:700");
    if (cell.fmt["font.italic"]) s.push("font-style:italic");
    if (cell.fmt["font.color"]) s.push(`color:${cell.fmt["font.color"]}`);
    if (cell.fmt["fill.color"]) s.push(`background:${cell.fmt["fill.color"]}`);
    else if (header) s.push("background:#4472c4;color:#fff");
    else if (t && (r - t.box.top) % 2 === 1) s.push("background:#d9e1f2");
    if (cell.numeric) s.push("text-align:right");
    if (cell.grey) s.push("color:#888;font-style:italic");
    return s.join(";");
  };

  const rowsHtml = grid
    .map((row, r) => {
      const tds = row
        .map((cell, c) => {
          const next = row[c + 1];
          const runsOver = cell.text !== "" && !cell.numeric && !cell.table && (!next || next.empty);
          const content = runsOver
            ? `<div class="over">${escapeHtml(cell.text)}</div>`
            : `<div class="fit${cell.numeric ? " num" : ""}">${escapeHtml(cell.text)}</div>`;
          return `<td style="${style(cell, r)}">${content}</td>`;
        })
        .join("");
      return `<tr><th class="rn">${r + 1}</th>${tds}</tr>`;
    })
    .join("\n");
  const cols = widths.map((w) => `<col style="width:${w}px">`).join("");
  const letters = widths.map((_, c) => `<th>${colName(c)}</th>`).join("");
  // The picture's own notes, in the sheet's language.
  const zh = lang === "zh";
  const more =
    bottom > lastRow
      ? `<p class="note">${zh ? `第 ${lastRow + 2}–${bottom + 1} 行未显示。` : `Rows ${lastRow + 2}–${bottom + 1} not shown.`}</p>`
      : "";
  const note = uncomputed
    ? `<p class="note">${
        zh
          ? "“此处未计算”：本图所用的表格引擎（HyperFormula）无法计算的公式；Excel 会显示其结果。"
          : "“not computed here”: formulas this picture's spreadsheet engine (HyperFormula) cannot compute; Excel shows their results."
      }</p>`
    : "";
  const total = 40 + widths.reduce((s, w) => s + w, 0);
  return {
    width: total,
    html: `<!doctype html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><title>${escapeHtml(sheet.name)}</title><style>
  body { margin: 0; font: ${FONT}; color: #000; background: #fff; }
  table { border-collapse: collapse; table-layout: fixed; width: ${total}px; }
  td, th { border: 1px solid #d4d4d4; height: 20px; padding: 0 3px; white-space: nowrap; overflow: hidden; }
  td { position: relative; overflow: visible; }
  th { background: #f3f3f3; color: #555; font-weight: 400; font-size: 12px; text-align: center; }
  th.rn { width: 40px; }
  .fit { overflow: hidden; text-overflow: clip; }
  .over { position: relative; z-index: 1; width: 0; overflow: visible; }
  .tab { display: inline-block; margin: 6px 0 0 40px; padding: 3px 14px; border-bottom: 2px solid #217346; color: #217346; font-weight: 700; background: #fff; }
  .note { margin: 6px 0 8px 44px; font-size: 12px; color: #555; }
</style></head><body>
<table><colgroup><col style="width:40px">${cols}</colgroup>
<tr><th class="rn"></th>${letters}</tr>
${rowsHtml}
</table>
${more}${note}<div class="tab">${escapeHtml(sheet.name)}</div>
</body></html>`,
  };
}

/**
 * Draws `sheetName` of the snapshot in a new page of the harness's browser and saves it as
 * docs/screenshots/<file>.png; returns the file's path. Options as sheetHtml.
 */
async function screenshotSheet(harness, snapshot, sheetName, file, options = {}) {
  const sheet = snapshot.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet named ${sheetName}`);
  const { html, width } = sheetHtml({ sheet, tables: snapshot.tables, ...options });
  const page = await harness.context.newPage();
  try {
    await page.setViewportSize({ width: Math.min(Math.max(width + 20, 400), 1800), height: 600 });
    await page.setContent(html, { waitUntil: "load" });
    // A number too wide for its column shows as #### in Excel: measured with the picture's font.
    await page.evaluate(() => {
      for (const div of document.querySelectorAll(".num")) {
        const room = div.parentElement.clientWidth - 6;
        if (div.scrollWidth > room) div.textContent = "#".repeat(Math.max(1, Math.floor(room / 8)));
      }
    });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const out = path.join(SCREENSHOTS, file.endsWith(".png") ? file : `${file}.png`);
    await page.screenshot({ path: out, fullPage: true, animations: "disabled" });
    return out;
  } finally {
    await page.close();
  }
}

module.exports = { display, sheetHtml, screenshotSheet };
