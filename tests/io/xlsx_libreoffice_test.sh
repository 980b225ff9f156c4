#!/bin/sh
# tests/io/xlsx_libreoffice_test.sh - the business-case .xlsx opens in LibreOffice: every sheet converts to CSV
# and holds the engine's figures, and its formulas, recalculated by LibreOffice from a copy whose cached values
# are all 0, give our figures to the cent, and an edited assumption cell moves the totals by the hand-computed
# amount. Usage: xlsx_libreoffice_test.sh CHECK_TOOL WORK_DIR. Exit 77 = skipped.
set -eu
tool="$1"
work="$2"
if ! command -v libreoffice >/dev/null 2>&1; then
    echo "libreoffice not installed: skipped (scripts/setup installs libreoffice-calc-nogui)"
    exit 77
fi
rm -rf "$work"
mkdir -p "$work/csv" "$work/recalc/csv" "$work/recalc-profile/user"
"$tool" write "$work/business-case.xlsx"
# Own profile directory: parallel test runs must not share LibreOffice's lock (and HOME may not be writable).
# Sheet -1 = every sheet to BASE-<sheet>.csv; token 9 false = raw values, not as displayed. The first start of a
# profile takes about 10 s.
timeout 180 libreoffice "-env:UserInstallation=file://$work/profile" --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work/csv" "$work/business-case.xlsx" 2>&1 | grep -v javaldx || true
"$tool" check "$work/csv" business-case

# LibreOffice trusts an .xlsx's cached values unless told to recalculate on load (Tools > Options > Calc >
# Formula > "Excel 2007 and newer": Always recalculate), which this profile sets.
cat > "$work/recalc-profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
"$tool" write-stale "$work/recalc/stale.xlsx"
timeout 180 libreoffice "-env:UserInstallation=file://$work/recalc-profile" --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work/recalc/csv" "$work/recalc/stale.xlsx" 2>&1 | grep -v javaldx || true
"$tool" check-formulas "$work/recalc/csv" stale

# An analyst's edit: the rehost rate on the Assumptions sheet raised by $1,000 (the sheet XML rewritten, nothing
# recalculated by us); LibreOffice's recalculation must carry it into the one-time cost and the horizon totals.
mkdir -p "$work/edited/csv"
"$tool" write-edited "$work/edited/edited.xlsx"
timeout 180 libreoffice "-env:UserInstallation=file://$work/recalc-profile" --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work/edited/csv" "$work/edited/edited.xlsx" 2>&1 | grep -v javaldx || true
"$tool" check-edited "$work/edited/csv" edited
