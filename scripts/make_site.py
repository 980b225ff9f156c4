#!/usr/bin/env python3
"""scripts/make_site.py BUILD_WEB_DIR DIST_DIR - turns the wasm build output into the shipped site:
dist/ (static files, each region's price tables under prices/, the demo scenarios under demos/, a service worker
stamped with the release's content hash) and
dist/migration-funding-estimator.html (one file with the wasm, font and demo scenarios inside, for file:// use)."""
import base64
import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

SITE_FILES = ["index.html", "index.js", "index.wasm", "estimator.js", "estimator.css",
              "manifest.webmanifest", "favicon.svg", "sw.js"]
SINGLE_FILE_NAME = "migration-funding-estimator.html"
ASSETS = pathlib.Path(__file__).resolve().parent.parent / "assets"
ACORN_OPTIMIZER = "/usr/share/emscripten/tools/acorn-optimizer.js"


def csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def demo_scenarios() -> list:
    """The demo scenarios the web app fetches from demos/ (the wasm does not embed them: assets/CMakeLists.txt)."""
    return sorted(ASSETS.glob("demo_*.json"))


def minified_js(path: pathlib.Path) -> str:
    """The script without comments and layout, printed by the JavaScript optimizer Emscripten minifies its own glue
    with (Debian's emscripten package, with Debian's acorn from /usr/share/nodejs): 3 KB less gzipped."""
    env = dict(os.environ, NODE_PATH="/usr/share/nodejs")
    out = subprocess.run(["node", ACORN_OPTIMIZER, str(path), "minifyWhitespace"], capture_output=True, text=True,
                         env=env)
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"could not minify {path}: {out.stderr.strip()}")
    return out.stdout


def build_single_file(web: pathlib.Path, glue: str) -> str:
    html = (web / "index.html").read_text()
    app_js = (web / "index.js").read_text()
    css = (web / "estimator.css").read_text()
    wasm_b64 = base64.b64encode((web / "index.wasm").read_bytes()).decode()
    favicon = "data:image/svg+xml;base64," + base64.b64encode((web / "favicon.svg").read_bytes()).decode()
    # The wasm travels as base64 and is decoded before the glue asks for it (no fetch from file://).
    wasm_script = ("window.ESTIMATOR_WASM_BYTES=(function(s){var b=atob(s),a=new Uint8Array(b.length);"
                   "for(var i=0;i<b.length;++i)a[i]=b.charCodeAt(i);return a;})('" + wasm_b64 + "');")
    # The demo scenarios as the site's files the app would fetch (estimator.js fetchSiteFile reads them here).
    demos = {f"demos/{demo.name}": demo.read_text() for demo in demo_scenarios()}
    demos_script = "window.ESTIMATOR_SITE_FILES=" + json.dumps(demos, separators=(",", ":")) + ";"
    scripts = [wasm_script, demos_script, glue, app_js]
    for text in scripts:
        if "</script" in text.lower():
            raise SystemExit("a script contains '</script': cannot inline it")
    html = re.sub(r'<link rel="(manifest|preload)"[^>]*>\n?', "", html)
    html = html.replace('href="favicon.svg"', f'href="{favicon}"')
    html = html.replace('<link rel="stylesheet" href="estimator.css">', f"<style>\n{css}</style>")
    html = html.replace('<script src="estimator.js"></script>',
                        f"<script>{wasm_script}</script>\n<script>{demos_script}</script>\n<script>{glue}</script>")
    html, count = re.subn(r'<script[^>]*src="index\.js"[^>]*></script>', lambda _: f"<script>{app_js}</script>", html)
    if count != 1:
        raise SystemExit("index.html has no index.js script tag to inline")
    # Only the inlined scripts, by hash; the inline style block by hash too; nothing from anywhere else.
    hashes = " ".join(csp_hash(s) for s in scripts)
    style_hash = csp_hash("\n" + css)
    policy = (f"default-src 'none'; script-src {hashes} 'wasm-unsafe-eval'; style-src {style_hash}; "
              "img-src data: blob:; connect-src data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'")
    html, count = re.subn(r'(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")',
                          lambda m: m.group(1) + policy + m.group(2), html)
    if count != 1:
        raise SystemExit("index.html has no Content-Security-Policy meta tag")
    return html


def main() -> None:
    web, dist = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    if dist.exists():
        shutil.rmtree(dist)
    dist.mkdir(parents=True)
    digest = hashlib.sha256()
    for name in SITE_FILES:
        if name != "sw.js":
            digest.update((web / name).read_bytes())
    version = digest.hexdigest()[:16]
    for name in SITE_FILES:
        shutil.copyfile(web / name, dist / name)
    glue = minified_js(web / "estimator.js") # the repository keeps the commented source
    (dist / "estimator.js").write_text(glue)
    sw = (web / "sw.js").read_text()
    sw, count = re.subn(r"const VERSION = '[^']*';", f"const VERSION = '{version}';", sw)
    if count != 1:
        raise SystemExit("sw.js has no VERSION line to stamp")
    (dist / "sw.js").write_text(sw)
    # Each region's price tables, fetched by the app when the user picks that region (us-east-1 is built in).
    prices = ASSETS / "prices"
    (dist / "prices").mkdir()
    regions = sorted(p for p in prices.glob("*.json") if p.name != "price-catalogue.json")
    for region in regions:
        shutil.copyfile(region, dist / "prices" / region.name)
    (dist / "demos").mkdir()
    for demo in demo_scenarios():
        shutil.copyfile(demo, dist / "demos" / demo.name)
    (dist / SINGLE_FILE_NAME).write_text(build_single_file(web, glue))
    print(f"site in {dist}/ (release {version}, {len(regions)} region price files, {len(demo_scenarios())} demos); "
          f"single file {dist / SINGLE_FILE_NAME}")


if __name__ == "__main__":
    main()
