// tests/e2e/athena_summary_sql.test.mjs - the Athena query of docs/athena-summary.md, run under DuckDB on the public
// sample legacy CUR and on a tagged variant written here: the summary CSV it makes has the fixed header, and its
// sums are the report's. Not a browser test; it lives here because this folder's package.json brings DuckDB.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { repoRoot } from './harness.mjs';
import { sampleCur, writeTaggedVariant } from './billing_samples.mjs';
import { parseCsv } from './csv_text.mjs';

const summaryHeader = 'month,account_id,line_item_type,product_code,product_family,usage_type,operation,resource_id,' +
  'tag_map_migrated,tag_name,description,unblended_cost,net_unblended_cost,reservation_effective_cost,' +
  'savings_plan_effective_cost';

// The query exactly as the doc prints it (between its markers), so the doc and the test cannot drift apart.
function documentedSql() {
  const doc = readFileSync(path.join(repoRoot, 'docs/athena-summary.md'), 'utf8');
  const block = doc.split('<!-- summary-sql:begin -->')[1].split('<!-- summary-sql:end -->')[0];
  return block.replace(/^\s*```sql\n/, '').replace(/```\s*$/, '').trim();
}

// The column name Athena's CUR integration gives a report column: camelCase split, every other character an
// underscore, lower case ("lineItem/UsageAccountId" -> "line_item_usage_account_id",
// "resourceTags/user:map-migrated" -> "resource_tags_user_map_migrated").
function athenaColumnName(curColumn) {
  return curColumn.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toLowerCase()
    .replace(/^_|_$/g, '');
}

// The columns the doc lets a report lack, with the typed NULL it asks for in their place.
const optionalColumns = {
  line_item_net_unblended_cost: 'CAST(NULL AS double)',
  line_item_resource_id: 'CAST(NULL AS varchar)',
  resource_tags_user_map_migrated: 'CAST(NULL AS varchar)',
  resource_tags_user_name: 'CAST(NULL AS varchar)',
  reservation_effective_cost: 'CAST(NULL AS double)',
  savings_plan_savings_plan_effective_cost: 'CAST(NULL AS double)',
};

const isCostColumn = (name) => /_cost$/.test(name);
const isDateColumn = (name) => /_date$/.test(name);
const quoteIdent = (name) => '"' + name.replaceAll('"', '""') + '"';
const quoteText = (text) => "'" + text.replaceAll("'", "''") + "'";

// Runs the documented query on the legacy CUR CSV at `curPath` and returns the summary CSV's text. The report is
// loaded as a table shaped like Athena's (renamed columns, costs double, dates timestamp); the query gets the doc's
// two substitutions: the table name and typed NULLs for absent columns.
async function summarise(curPath, outDir) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const header = parseCsv(readFileSync(curPath, 'utf8'), 1)[0];
  const columns = header.map((curName) => {
    const name = athenaColumnName(curName);
    const raw = `NULLIF(${quoteIdent(curName)}, '')`;
    if (isCostColumn(name)) return `CAST(${raw} AS double) AS ${name}`;
    if (isDateColumn(name)) return `CAST(replace(replace(${raw}, 'T', ' '), 'Z', '') AS timestamp) AS ${name}`;
    return `${raw} AS ${name}`;
  });
  await connection.run(`CREATE TABLE cur_report AS SELECT ${columns.join(', ')} FROM ` +
                       `read_csv(${quoteText(curPath)}, header = true, all_varchar = true)`);
  const present = new Set(header.map(athenaColumnName));
  let sql = documentedSql().replace(/\bFROM cur\b/, 'FROM cur_report');
  for (const [column, typedNull] of Object.entries(optionalColumns))
    if (!present.has(column)) sql = sql.replace(new RegExp(`\\b${column}\\b`, 'g'), typedNull);
  const out = summaryPathOf(curPath, outDir);
  await connection.run(`COPY (${sql}) TO ${quoteText(out)} (HEADER, DELIMITER ',')`);
  connection.closeSync();
  return readFileSync(out, 'utf8');
}

// Where summarise() writes the summary of `curPath`.
const summaryPathOf = (curPath, outDir) => path.join(outDir, path.basename(curPath, '.csv') + '-summary.csv');

// Sums column `name` of the summary rows (empty cells count as absent and are skipped).
function sumOf(rows, header, name, keep = () => true) {
  const at = header.indexOf(name);
  return rows.filter(keep).reduce((total, row) => total + (row[at] === '' ? 0 : Number(row[at])), 0);
}

const workDir = mkdtempSync(path.join(tmpdir(), 'est-athena-'));

test('the documented query reduces the public sample CUR to the summary with the same sums', async () => {
  const raw = parseCsv(readFileSync(sampleCur, 'utf8'));
  const rawHeader = raw[0];
  const rawRows = raw.slice(1);
  const costAt = rawHeader.indexOf('lineItem/UnblendedCost');
  const typeAt = rawHeader.indexOf('lineItem/LineItemType');
  // The sample's own sums, read straight from the report (1,269 Usage rows and 12 Tax rows, samples/README.md).
  const rawTotal = rawRows.reduce((t, r) => t + Number(r[costAt]), 0);
  const rawTax = rawRows.filter((r) => r[typeAt] === 'Tax').reduce((t, r) => t + Number(r[costAt]), 0);
  assert.equal(rawRows.filter((r) => r[typeAt] === 'Tax').length, 12);

  const text = await summarise(sampleCur, workDir);
  const [header, ...rows] = parseCsv(text);
  assert.equal(header.join(','), summaryHeader);
  assert.ok(rows.length > 0 && rows.length < rawRows.length, `${rows.length} groups for ${rawRows.length} rows`);
  assert.ok(Math.abs(sumOf(rows, header, 'unblended_cost') - rawTotal) < 1e-6);
  assert.ok(Math.abs(sumOf(rows, header, 'unblended_cost', (r) => r[2] === 'Tax') - rawTax) < 1e-6);
  // No discounts in the sample (no lineItem/NetUnblendedCost column): net stays empty for the tracker to tell.
  assert.ok(rows.every((r) => r[header.indexOf('net_unblended_cost')] === ''));
  assert.ok(rows.every((r) => r[0] === '2023-11'));
  assert.ok(rows.every((r) => r[header.indexOf('description')] === ''), 'no Credit or Refund line in the sample');
  // Plain decimals, never exponent notation (the sample's own cells are Java style, 7.20216E-5).
  assert.ok(rows.every((r) => !/e/i.test(r[header.indexOf('unblended_cost')])));
});

test('on a tagged variant the query keeps resources, tags, net costs and credit descriptions apart', async () => {
  const variant = writeTaggedVariant(path.join(workDir, 'legacy-cur-tagged.csv'));
  const [plainHeader, ...plainRows] = parseCsv(readFileSync(sampleCur, 'utf8'));
  const plainTotal = sumOf(plainRows, plainHeader, 'lineItem/UnblendedCost');
  const [header, ...rows] = parseCsv(await summarise(variant, workDir));
  assert.equal(header.join(','), summaryHeader);
  const at = (name) => header.indexOf(name);
  const group = (resource) => rows.filter((r) => r[at('resource_id')] === resource);

  const orders = group('orders-archive');
  assert.equal(orders.length, 1, 'the two bucket lines are one group');
  assert.equal(orders[0][at('tag_map_migrated')], 'mig12345');
  assert.equal(orders[0][at('tag_name')], 'orders');
  assert.equal(Number(orders[0][at('unblended_cost')]), 50);     // 40 + 10
  assert.equal(Number(orders[0][at('net_unblended_cost')]), 46); // 36 + 10 (the line without net counts unblended)

  const etl = group('etl-nightly');
  assert.equal(etl.length, 1);
  assert.equal(etl[0][at('tag_map_migrated')], '');
  assert.equal(Number(etl[0][at('unblended_cost')]), 25);
  assert.equal(etl[0][at('net_unblended_cost')], '', 'no line of the group has a net cost');

  const credit = rows.filter((r) => r[at('line_item_type')] === 'Credit');
  assert.deepEqual(credit.map((r) => [r[at('description')], Number(r[at('unblended_cost')])]),
                   [['AWS Migration Acceleration Program credit MPE12345', -12.5]]);
  const refund = rows.filter((r) => r[at('line_item_type')] === 'Refund');
  assert.deepEqual(refund.map((r) => [r[at('description')], Number(r[at('unblended_cost')])]),
                   [['Refund for overbilling', -3]]);
  // Everything else keeps no description: the sample's lines plus 40 + 10 + 25 - 12.5 - 3 = 59.5 in all.
  assert.ok(rows.filter((r) => !['Credit', 'Refund'].includes(r[at('line_item_type')]))
    .every((r) => r[at('description')] === ''));
  assert.ok(Math.abs(sumOf(rows, header, 'unblended_cost') - (plainTotal + 59.5)) < 1e-6);
});

test('the summary of the sample is far smaller than the report', async () => {
  const text = await summarise(sampleCur, workDir);
  const reportBytes = readFileSync(sampleCur).length;
  assert.ok(text.length * 5 < reportBytes, `${text.length} bytes of summary for ${reportBytes} of report`);
});

// The native CLI, built by scripts/test before these tests run. Absent on a developer's machine that built only the
// web app: skipped there, a failure in CI (a missing binary must not turn this check into a silent pass).
const estimatorCli = path.join(repoRoot, 'build/native/estimator');
const noCli = !existsSync(estimatorCli) && !process.env.CI ? 'build/native/estimator is not built' : false;

// `estimator track FILE --mpe 12345 --format json`, parsed.
const track = (file) => JSON.parse(execFileSync(estimatorCli, ['track', file, '--mpe', '12345', '--format', 'json'],
                                                { encoding: 'utf8' }));
const cents = (usd) => Math.round(usd * 100);

test('estimator track gives the same figures on the query\'s summary as on the report itself', { skip: noCli }, async () => {
  const variant = writeTaggedVariant(path.join(workDir, 'legacy-cur-tagged.csv'));
  for (const report of [sampleCur, variant]) {
    await summarise(report, workDir);
    const onReport = track(report);
    const onSummary = track(summaryPathOf(report, workDir));
    assert.equal(onSummary.format, 'summary');
    for (const key of ['eligibleUsd', 'taggedEligibleUsd', 'untaggedEligibleUsd', 'mapCreditsUsd', 'otherCreditsUsd'])
      assert.equal(cents(onSummary.totals[key]), cents(onReport.totals[key]), `${path.basename(report)}: totals.${key}`);
    const quarters = (r) => r.quarters.map((q) => [q.quarter, cents(q.taggedEligibleUsd), cents(q.mapCreditsUsd)]);
    assert.deepEqual(quarters(onSummary), quarters(onReport), `${path.basename(report)}: quarters`);
    const resources = (r) => r.untaggedResources.map((u) => [u.resourceId, cents(u.eligibleUsd)]);
    assert.deepEqual(resources(onSummary), resources(onReport), `${path.basename(report)}: untagged resources`);
    const tags = (r) => r.tagValues.map((v) => [v.value, v.valid, cents(v.usd)]);
    assert.deepEqual(tags(onSummary), tags(onReport), `${path.basename(report)}: tag values`);
  }
  // The tagged variant's own figures, by hand: tagged 36 + 10 = 46, the MAP credit 12.5, the refund 3.
  const tagged = track(summaryPathOf(variant, workDir));
  assert.deepEqual([tagged.totals.taggedEligibleUsd, tagged.totals.mapCreditsUsd, tagged.totals.otherCreditsUsd], [46, 12.5, 3]);
});
