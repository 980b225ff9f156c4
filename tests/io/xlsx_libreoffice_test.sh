#!/bin/sh
# tests/io/xlsx_libreoffice_test.sh - the business-case .xlsx opens in LibreOffice: every sheet converts to CSV
# and holds the engine's figures. Usage: xlsx_libreoffice_test.sh CHECK_TOOL WORK_DIR. Exit 77 = skipped.
set -eu
tool="$1"
work="$2"
if ! command -v libreoffice >/dev/null 2>&1; then
    echo "libreoffice not installed: skipped (scripts/setup installs libreoffice-calc-nogui)"
    exit 77
fi
rm -rf "$work"
mkdir -p "$work/csv"
"$tool" write "$work/business-case.xlsx"
# Own profile directory: parallel test runs must not share LibreOffice's lock. Sheet -1 = every sheet to
# BASE-<sheet>.csv; token 9 false = raw values, not as displayed.
timeout 180 libreoffice "-env:UserInstallation=file://$work/profile" --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work/csv" "$work/business-case.xlsx" 2>&1 | grep -v javaldx || true
"$tool" check "$work/csv" business-case
