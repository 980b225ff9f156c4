// tests/e2e/billing_samples.mjs - the public sample billing export the tracker tests read, and the tagged variant
// they write from it (the public samples carry no MAP tag and no MAP credit: ../shared/data/billing/samples/README.md).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './harness.mjs';
import { parseCsv, toCsv } from './csv_text.mjs';

/** The public legacy CUR sample: one account, November 2023, 1,269 Usage and 12 Tax lines, no resource IDs or tags. */
export const sampleCur = path.resolve(repoRoot, '../shared/data/billing/samples/legacy-cur_usage-tax_focus-converters.csv');

// The tagged variant: the whole sample, four columns more (resource, net cost, map-migrated, Name), and five
// lines appended, cloned from the sample's first S3 storage line (USW2-TimedStorage-ByteHrs) and first Glue line:
//   S3 bucket "orders-archive", tagged mig12345, Name "orders": unblended 40 (net 36) and 10 (no net);
//   Glue job "etl-nightly", no tag: unblended 25;
//   a Credit "AWS Migration Acceleration Program credit MPE12345" of -12.5 and a Refund "Refund for overbilling" -3.
/** Writes the tagged variant to `target` and returns `target`. */
export function writeTaggedVariant(target) {
  const [header, ...rows] = parseCsv(readFileSync(sampleCur, 'utf8'));
  const extra = ['lineItem/ResourceId', 'lineItem/NetUnblendedCost', 'resourceTags/user:map-migrated',
                 'resourceTags/user:Name'];
  const col = (name) => header.concat(extra).indexOf(name);
  const productAt = header.indexOf('lineItem/ProductCode');
  const typeAt = header.indexOf('lineItem/LineItemType');
  const usageTypeAt = header.indexOf('lineItem/UsageType');
  const s3 = rows.find((r) => r[productAt] === 'AmazonS3' && r[usageTypeAt] === 'USW2-TimedStorage-ByteHrs');
  const glue = rows.find((r) => r[productAt] === 'AWSGlue' && r[typeAt] === 'Usage');
  const line = (template, changes) => {
    const out = template.concat(['', '', '', '']);
    for (const [name, value] of Object.entries(changes)) out[col(name)] = value;
    return out;
  };
  const appended = [
    line(s3, { 'lineItem/ResourceId': 'orders-archive', 'lineItem/UnblendedCost': '40', 'lineItem/NetUnblendedCost': '36',
               'resourceTags/user:map-migrated': 'mig12345', 'resourceTags/user:Name': 'orders' }),
    line(s3, { 'lineItem/ResourceId': 'orders-archive', 'lineItem/UnblendedCost': '10',
               'resourceTags/user:map-migrated': 'mig12345', 'resourceTags/user:Name': 'orders' }),
    line(glue, { 'lineItem/ResourceId': 'etl-nightly', 'lineItem/UnblendedCost': '25' }),
    line(s3, { 'lineItem/LineItemType': 'Credit', 'lineItem/UnblendedCost': '-12.5',
               'lineItem/LineItemDescription': 'AWS Migration Acceleration Program credit MPE12345' }),
    line(s3, { 'lineItem/LineItemType': 'Refund', 'lineItem/UnblendedCost': '-3',
               'lineItem/LineItemDescription': 'Refund for overbilling' }),
  ];
  writeFileSync(target, toCsv([header.concat(extra), ...rows.map((r) => r.concat(['', '', '', ''])), ...appended]));
  return target;
}


/**
 * A made-up legacy CUR of a migration under way, for the README's picture of the Tracker step: `count` workloads of
 * the 400-VM demo (assets/demo_onprem-400-vm.json; two thirds from wave 1, live from June, a third from wave 2, live
 * from August) as EC2 instances named by their Name tag, billed June to November 2027 at $120-$600 a month each. Every third instance carries no map-migrated tag, every
 * tenth a malformed value ("MIG-12345"); each quarter's MAP credit (15 % of the tagged spend) posts in the month after it.
 * Writes `target` and returns it.
 */
export function writePlannedBill(target, count = 60) { // count: a multiple of 3
  const demo = JSON.parse(readFileSync(path.join(repoRoot, 'assets/demo_onprem-400-vm.json'), 'utf8'));
  const workloads = [...demo.workloads.filter((w) => w.wave === 1).slice(0, (count * 2) / 3),
                     ...demo.workloads.filter((w) => w.wave === 2).slice(0, count / 3)];
  const header = ['bill/PayerAccountId', 'bill/BillingPeriodStartDate', 'lineItem/UsageAccountId',
                  'lineItem/LineItemType', 'lineItem/UsageStartDate', 'lineItem/ProductCode', 'lineItem/UsageType',
                  'lineItem/Operation', 'lineItem/ResourceId', 'lineItem/UnblendedCost', 'lineItem/LineItemDescription',
                  'product/productFamily', 'resourceTags/user:map-migrated', 'resourceTags/user:Name'];
  const rows = [header];
  const accounts = ['111122223333', '444455556666'];
  const taggedByQuarter = new Map();
  for (let month = 6; month <= 11; ++month) {
    const period = `2027-${String(month).padStart(2, '0')}-01T00:00:00Z`;
    workloads.forEach((w, i) => {
      const live = w.wave === 1 || month >= 8; // wave 2 goes live in August
      if (!live) return;
      const cost = (120 + (i * 37) % 480).toFixed(2);
      const tag = i % 3 === 2 ? '' : i % 10 === 9 ? 'MIG-12345' : 'mig12345';
      rows.push(['111122223333', period, accounts[i % 2], 'Usage', period, 'AmazonEC2', 'BoxUsage:m5.large',
                 'RunInstances', `i-${(0x1000 + i).toString(16)}`, cost, '', 'Compute Instance', tag, w.name]);
      if (tag === 'mig12345') {
        const quarter = Math.floor((month - 1) / 3);
        taggedByQuarter.set(quarter, (taggedByQuarter.get(quarter) || 0) + Number(cost));
      }
    });
    const earnedIn = Math.floor((month - 2) / 3); // the quarter that ended last month
    if ((month - 1) % 3 === 0 && taggedByQuarter.has(earnedIn))
      rows.push(['111122223333', period, accounts[0], 'Credit', period, 'AmazonEC2', '', '', '',
                 (-0.15 * taggedByQuarter.get(earnedIn)).toFixed(2),
                 'AWS Migration Acceleration Program credit MPE12345', '', '', '']);
  }
  writeFileSync(target, toCsv(rows));
  return target;
}
