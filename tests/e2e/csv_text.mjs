// tests/e2e/csv_text.mjs - a small RFC 4180 reader and writer for the tests' billing files (quoted cells, doubled
// quotes, CRLF or LF), independent of the app's own reader so the tests check it rather than repeat it.

/** The rows of CSV `text` as arrays of strings; at most `maxRows` rows when given. */
export function parseCsv(text, maxRows = Infinity) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length && rows.length < maxRows; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; ++i; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') ++i;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += c;
    }
  }
  if ((cell !== '' || row.length > 0) && rows.length < maxRows) rows.push([...row, cell]);
  return rows;
}

/** CSV text of `rows`, quoting only the cells that need it, LF line ends. */
export function toCsv(rows) {
  const quote = (cell) => (/[",\r\n]/.test(cell) ? '"' + cell.replaceAll('"', '""') + '"' : cell);
  return rows.map((row) => row.map((cell) => quote(String(cell))).join(',')).join('\n') + '\n';
}
