#!/usr/bin/env python3
"""Writes assets/map-included-services.json from the transcribed MAP Included Services list (a CSV).

Usage: assets/generate-map-included-services.py LIST.csv > assets/map-included-services.json
The CSV (product_code,service_name,scope,eligible_from,notes) is the hand transcription of AWS's
"AWS Migrations Included Services List" kept with the project's shared data; the JSON adds the list's provenance and
the rules the tracker applies around it, so every figure can say which version of the rules it used.
"""
import csv
import json
import sys

PROVENANCE = {
    "title": "AWS Migrations Included Services List",
    "publisher": "Amazon Web Services",
    "listDate": "Last Updated 6 April 2026",
    "address": "https://github.com/aws-samples/sample-auto-map-tagger/blob/41c1cd645f09548575609dae7d938cdcf90219fb/docs/MAP_included.md",
    "transcribed": "2026-12-06, by hand from the text transcription of the list's PDF in aws-samples/sample-auto-map-tagger "
                   "(docs/MAP_included.md, MIT-0), one row per product service code",
}

SCOPES = {
    "all": "the whole service",
    "storage-only": "S3: storage (TimedStorage usage types) only; requests excluded",
    "logs-only": "CloudWatch: Logs only (ingestion, storage, vended logs, Logs Insights); metrics, alarms, dashboards excluded",
    "excl-deep-archive": "Glacier: Deep Archive excluded",
    "excl-fargate": "EKS: Fargate excluded",
    "opscenter-only": "Systems Manager: OpsCenter only",
    "tgw-lattice-only": "VPC: Transit Gateway and VPC Lattice only",
    "excl-capacity-blocks": "EC2: Capacity Blocks for ML excluded",
    "excl-lambda-edge": "CloudFront: Lambda@Edge excluded",
    "excl-serverless-ingestion": "OpenSearch: Serverless and Ingestion excluded",
    "excl-resolver-trafficflow-cidr": "Route 53: Resolver and Traffic Flow excluded",
    "other": "the carve-out cannot be seen on a billing line: the service counts whole (see the notes)",
}

RULES = {
    "exclusions": [
        "all data transfer (product family Data Transfer; usage types with DataTransfer, -In-Bytes, -Out-Bytes, Regional-Bytes)",
        "AWS Marketplace (bill/BillingEntity AWS Marketplace): third-party software",
        "tax", "AWS Support", "RI and Savings Plan fees", "credits and refunds", "discount lines",
    ],
    "spendBasis": "Usage at net unblended cost where the cell has a value, else unblended; RI-covered usage at the "
                  "reservation's (net) effective cost; Savings Plan-covered usage at the plan's (net) effective cost; "
                  "Savings Plan negation lines count zero; FOCUS: EffectiveCost",
    "tagKey": "map-migrated, exactly (FOCUS Tags: user:map-migrated; CUR 2.0 resource_tags: user_map_migrated); "
              "a near-miss key (Map-Migrated, map_migrated) is reported and earns nothing",
    "tagValues": "mig, sap, oracle or comm + the MPE ID (5 digits or 10 upper-case letters and digits); comm_ec2_ and "
                 "mig_ec2_ + MPE ID for databases on EC2; legacy d-server- Migration Hub IDs only without an MPE to check",
    "mapCredits": "Credit and Refund lines (FOCUS: Credit, Adjustment) whose description names an MPE ID; with an MPE "
                  "given, only that agreement's",
    "tagSources": [
        "MAP 2.0 Tagging Guide, Amazon Web Services, docs.aws.amazon.com/MAP/latest/userguide/setting-up.html",
        "AWS CUR Query Library, Migration Acceleration Program Credits, awslabs/aws-well-architected-labs",
    ],
}


def main():
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    services = []
    for r in sorted(rows, key=lambda r: r["product_code"]):
        services.append({
            "productCode": r["product_code"],
            "serviceName": r["service_name"],
            "scope": r["scope"],
            "eligibleFrom": r["eligible_from"],
            "notes": r["notes"],
        })
    doc = {"format": "estimator-map-rules", **PROVENANCE, "scopes": SCOPES, "rules": RULES, "services": services}
    json.dump(doc, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
