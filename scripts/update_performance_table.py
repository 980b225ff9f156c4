#!/usr/bin/env python3
"""scripts/update_performance_table.py FIGURES README - rewrites README's table between the performance
markers from "BENCH <name> <value> <unit>" lines, with each figure's target where one is set."""
import datetime
import re
import sys

TARGETS = {
    "engine_10k_native_ms": "< 2 ms", "engine_100k_native_ms": "< 30 ms", "engine_wasm_native_ratio": "< 2 x",
    "montecarlo_1k_x_1k_wasm_ms": "< 150 ms", "import_rvtools_100k_wasm_ms": "< 1000 ms",
    "import_rvtools_xlsx_805_wasm_ms": "< 100 ms", "bundle_gzip_kb": "< 750 KB", "first_frame_ms": "< 1000 ms",
    "frame_10k_median_ms": "< 16 ms", "frame_10k_app_median_ms": "< 4 ms",
    "track_cur_1m_wasm_mb_per_s": ">= 80 MB/s", "track_cur_1m_wasm_peak_mb": "< 64 MB",
}
BEGIN, END = "<!-- performance:begin -->", "<!-- performance:end -->"

rows = []
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) >= 4 and parts[0] == "BENCH":
        rows.append(f"| `{parts[1]}` | {parts[2]} {parts[3]} | {TARGETS.get(parts[1], '')} |")
table = "\n".join([BEGIN, f"Measured by `scripts/bench` on {datetime.date.today()} (2-core machine, headless Chromium, Node 20).", "",
                   "| figure | value | target |", "|---|---|---|", *rows, END])
readme = open(sys.argv[2]).read()
if BEGIN in readme:
    readme = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: table, readme, flags=re.S)
else:
    readme += "\n## Performance\n\n" + table + "\n"
open(sys.argv[2], "w").write(readme)
