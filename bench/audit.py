"""`make audit`: Lighthouse and the W3C Nu HTML checker on the public pages of a running site.

Both tools come from the npm registry into bench/out/audit/ (`make audit-deps`); Lighthouse
drives Debian's Chromium (CHROME_PATH) with its default mobile profile and simulated
throttling. For each page the script prints the four Lighthouse scores, the metrics that make
the performance score and every audit that cost points in the other categories, then the Nu
checker's errors. It asserts nothing: scores on a shared, loaded machine vary from run to run
(performance most of all), so read them as figures and re-run before concluding. The JSON
reports stay in bench/out/audit/ for a closer look."""

import argparse
import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "bench" / "out" / "audit"
LIGHTHOUSE = TOOLS / "node_modules" / "lighthouse" / "cli" / "index.js"
VNU = TOOLS / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift")
# (name, path, indexable): SEO is not judged on pages that ask not to be indexed.
PAGES = [
    ("home", "/", True),
    ("accordo", "/accordo/", True),
    ("rete", "/reti/lecco/", True),
    ("catalogo", "/servizi/", True),
    ("scheda", "/reti/bergamo/sportello-conciliazione-imprese/", True),
    ("biblioteca", "/buone-pratiche/", True),
    ("pratica", "/reti/bergamo/buona-pratica-promozione-progetti-welfare-aziendale/", True),
    ("ricerca", "/cerca/?q=nido", False),
    ("home-en", "/en/", True),
]


def run_lighthouse(url, name, chrome_path):
    report = TOOLS / f"lighthouse-{name}.json"
    command = [
        "node",
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={report}",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
    ]
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": chrome_path}, timeout=300)  # noqa: S603
    return json.loads(report.read_text(encoding="utf-8"))


def lost_points(report):
    """Audits with a score below 1 that count in a category (not the informative ones)."""
    found = []
    for category in CATEGORIES:
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref.get("weight") and audit.get("score") is not None and audit["score"] < 1:
                found.append(f"{category}: {ref['id']} ({audit['score']:.2f}) {audit.get('displayValue', '')}".strip())
    return found


def nu_errors(urls):
    """{url: [messages]} from the Nu checker, errors only. The pages are fetched here and
    checked as files: the checker refuses to fetch from private addresses (127.0.0.1)."""
    folder = TOOLS / "html"
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for index, url in enumerate(urls):
        path = folder / f"page-{index}.html"
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - the audited site
            path.write_bytes(response.read())
        files[path.name] = url
    result = subprocess.run(  # noqa: S603
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *[str(folder / name) for name in files]],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    found = {url: [] for url in urls}
    for message in messages:
        url = files.get(message.get("url", "?").rsplit("/", 1)[-1], message.get("url", "?"))
        found.setdefault(url, []).append(
            f"{message.get('type')}: {message.get('message')} (riga {message.get('lastLine', '?')}: "
            f"{message.get('extract', '').strip()[:80]!r})"
        )
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("AUDIT_URL", "http://127.0.0.1:8000"))
    parser.add_argument("--chrome", default=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
    parser.add_argument("--only", nargs="*", help="page names to audit (default: all)")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists() or not VNU.exists():
        sys.exit("Strumenti mancanti: eseguire `make audit-deps`.")
    base = args.url.rstrip("/")
    pages = [page for page in PAGES if not args.only or page[0] in args.only]
    rows, details = [], []
    for name, path, indexable in pages:
        report = run_lighthouse(base + path, name, args.chrome)
        scores = [report["categories"][category]["score"] for category in CATEGORIES]
        if not indexable:
            scores[3] = None
        metrics = [report["audits"][metric].get("displayValue", "?") for metric in METRICS]
        rows.append((name, path, scores, metrics))
        details.append((name, lost_points(report)))
        print(f"{name}: {' / '.join('n.a.' if s is None else f'{s:.2f}' for s in scores)}", flush=True)
    errors = nu_errors([base + path for _, path, _ in pages])
    print("\n| pagina | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | Nu errori |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, path, scores, metrics in rows:
        cells = ["n.a. (noindex)" if score is None else f"{score:.2f}" for score in scores]
        print(f"| {name} `{path}` | {' | '.join(cells)} | {' | '.join(metrics)} | {len(errors[base + path])} |")
    print("\nPunti persi (Lighthouse):")
    for name, lost in details:
        for item in lost:
            print(f"  {name}: {item}")
    print("\nErrori del Nu checker:")
    for url, messages in errors.items():
        for message in messages:
            print(f"  {url}: {message}")


if __name__ == "__main__":
    main()
