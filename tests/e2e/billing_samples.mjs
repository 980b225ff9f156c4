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

