"""report.html: one self-contained page a person opens to see how every portal is doing.

Self-contained on purpose: it is mailed, copied off a Scrapyd node, opened from a file share.
So the CSS is inline, the charts are inline SVG (crawler/report/svg.py), nothing is fetched
(no CDN, no web font), and everything is readable with JavaScript off: the table is already
sorted most severe first and grouped summaries by province and platform are plain tables. A
little script, an enhancement only, sorts columns on click and filters rows by province,
platform, status and text; the filter lives in the URL fragment (``report.html#status=stopped``)
so a filtered view can be bookmarked or sent.

All text that came from portals (titles, URLs, failure reasons) is escaped, and only http(s)
URLs become links: a hostile portal must not be able to script the report.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from html import escape
from typing import Any

from crawler.report.health import LABELS, STATUSES
from crawler.report.svg import sparkline, week_chart

#: failed pages listed per portal in the page (report.json keeps more)
HTML_FAILED_PAGES = 50
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")

CSS = """
:root{--red:#b3261e;--red-bg:#fce8e6;--orange:#e8710a;--orange-bg:#fef3e2;--amber:#f9ab00;--grey:#5f6368;--green:#137333;--green-bg:#e6f4ea;--line:#dadce0;--blue:#1a73e8}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;margin:0 auto;max-width:1500px;padding:16px 20px 40px;color:#202124;background:#fff}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}h3{font-size:16px;margin:0 0 6px}h4{font-size:14px;margin:14px 0 4px}
a{color:#1558d6}small,.muted{color:var(--grey)}
.meta{color:var(--grey);margin:0 0 12px}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0}
.badge{display:inline-block;padding:1px 7px;border-radius:4px;font-weight:600;font-size:12px;white-space:nowrap;border:1px solid transparent}
.badge.stopped{background:var(--red);color:#fff;font-size:13px}
.badge.failed{background:var(--orange);color:#fff}
.badge.never_produced{background:#fff;color:var(--red);border-color:var(--red)}
.badge.stale{background:var(--amber);color:#202124}
.badge.errors{background:var(--orange-bg);color:#b06000;border-color:#f5c98b}
.badge.skipped{background:#f1f3f4;color:var(--grey);border-color:var(--line)}
.badge.ok{background:var(--green-bg);color:var(--green)}
.alert{border:2px solid var(--red);background:var(--red-bg);padding:10px 14px;border-radius:6px;margin:14px 0}
.alert h2{color:var(--red);margin:0 0 6px}
.alert.warn{border-color:var(--orange);background:var(--orange-bg)}.alert.warn h2{color:#b06000}
.alert ul{margin:0;padding-left:20px}
table{border-collapse:collapse;width:100%;margin:6px 0}
th,td{padding:5px 7px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:#f8f9fa;font-size:12px;vertical-align:bottom}
#portal-table thead th{position:sticky;top:0;z-index:1}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.low{color:#b06000}
tr.status-stopped td{background:var(--red-bg)}
tr.status-stopped td:first-child{box-shadow:inset 5px 0 var(--red)}
tr.status-failed td{background:var(--orange-bg)}
tr.status-failed td:first-child{box-shadow:inset 5px 0 var(--orange)}
tr.status-never_produced td:first-child,tr.status-stale td:first-child{box-shadow:inset 5px 0 var(--amber)}
.portal-name{font-weight:600;white-space:nowrap}
td.when{white-space:nowrap}
svg{vertical-align:middle}svg .bars{fill:var(--blue)}svg .axis{stroke:#9aa0a6;stroke-width:1}svg text{font-size:10px;fill:var(--grey)}
tr.status-stopped svg .bars{fill:var(--red)}
.js th.sortable{cursor:pointer}.js th.sortable:hover{text-decoration:underline}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
#filters{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin:8px 0;padding:8px;background:#f8f9fa;border-radius:6px}
#filters[hidden]{display:none}
article.portal{border:1px solid var(--line);border-radius:6px;padding:10px 14px;margin:10px 0;content-visibility:auto;contain-intrinsic-size:auto 700px}
article.portal.status-stopped{border:2px solid var(--red)}
article.portal.status-failed{border:2px solid var(--orange)}
table.coverage,table.history,table.group{width:auto;min-width:60%}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:6px 0}dl.facts dt{color:var(--grey)}dl.facts dd{margin:0}
ul.messages{margin:4px 0;padding-left:20px}
.wrap{overflow-wrap:anywhere}
footer{margin-top:30px;color:var(--grey);font-size:13px}
"""

SCRIPT = """
(function () {
  var table = document.getElementById('portal-table'), form = document.getElementById('filters');
  if (!table || !form) return;
  document.documentElement.classList.add('js');
  var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
  rows.forEach(function (row) { row.searchText = row.textContent.toLowerCase(); });  // once, not per keystroke
  var keys = ['province', 'platform', 'status', 'q'];
  form.hidden = false;
  function apply(writeHash) {
    var q = form.elements.q.value.trim().toLowerCase(), shown = 0, params = new URLSearchParams();
    keys.forEach(function (k) { var el = form.elements[k]; if (el && el.value) params.set(k, el.value); });
    rows.forEach(function (row) {
      var ok = ['province', 'platform', 'status'].every(function (k) {
        var el = form.elements[k]; return !el || !el.value || row.dataset[k] === el.value;
      }) && (!q || row.searchText.indexOf(q) >= 0);
      if (row.hidden === ok) row.hidden = !ok;
      if (ok) shown++;
    });
    document.getElementById('shown').textContent = shown + ' of ' + rows.length + ' portals shown';
    if (writeHash) history.replaceState(null, '', params.toString() ? '#' + params.toString() : location.pathname);
  }
  function fromHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    if (!keys.some(function (k) { return params.has(k); })) { apply(false); return; }
    keys.forEach(function (k) { var el = form.elements[k]; if (el) el.value = params.get(k) || ''; });
    apply(false);
  }
  form.addEventListener('input', function () { apply(true); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  window.addEventListener('hashchange', fromHash);
  fromHash();
  table.tHead.addEventListener('click', function (e) {
    var th = e.target.closest('th.sortable'); if (!th) return;
    var i = th.cellIndex, dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
    function key(row) {
      var cell = row.cells[i], v = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
      var n = parseFloat(v); return v !== '' && !isNaN(n) && isFinite(v) ? n : v.toLowerCase();
    }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      if (typeof x !== typeof y) return (typeof x === 'number' ? -1 : 1) * dir;
      return (x < y ? -1 : x > y ? 1 : 0) * dir;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  });
})();
"""


def _e(value: Any) -> str:
    return escape("" if value is None else str(value))


def anchor(entry: Mapping[str, Any]) -> str:
    """The HTML id of a portal's details section (``p-<directory>``, safe characters only)."""
    return "p-" + _ID_UNSAFE.sub("_", str(entry.get("directory") or entry["portal"]))


def link(url: Any, text: Any = None) -> str:
    """An <a> for http(s) URLs only; any other scheme (javascript:, data:) stays plain text."""
    url_s = "" if url is None else str(url)
    label = _e(url_s if text is None else text)
    if url_s.lower().startswith(("http://", "https://")):
        return f'<a href="{_e(url_s)}" rel="noreferrer nofollow">{label}</a>'
    return label


def badge(status: str) -> str:
    mark = "⚠ " if status in ("stopped", "failed") else ""
    return f'<span class="badge {status}">{mark}{_e(LABELS.get(status, status))}</span>'


def percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def when(stamp: str | None) -> str:
    """``2026-11-25T12:00:00Z`` as ``2026-11-25 12:00 UTC`` (people read manifests' UTC too)."""
    if not stamp:
        return "–"
    return stamp.replace("T", " ")[:16] + " UTC" if stamp.endswith("Z") else stamp


def _coverage_cells(entry: Mapping[str, Any]) -> str:
    cells = []
    for name in ("date", "time", "authors", "captions"):
        item = entry["coverage"][name]
        share = item["share"]
        low = " low" if share is not None and share < 0.5 else ""
        title = f'{item["count"]} of {entry["records"]} records'
        sort = "-1" if share is None else f"{share:.4f}"
        cells.append(f'<td class="n{low}" data-sort="{sort}" title="{_e(title)}">{percent(share)}</td>')
    return "".join(cells)


def _row(entry: Mapping[str, Any], columns: Mapping[str, bool]) -> str:
    last = entry["last_run"]
    finish = _e(last["finish_reason"] or "–")
    if last.get("reason"):
        finish += f'<br><small class="wrap">{_e(last["reason"])}</small>'
    title = f'<br><small>{_e(entry["title"])}</small>' if entry.get("title") else ""
    extra = "".join(
        f'<td>{_e(entry[key]) or "–"}</td>' for key in ("province", "platform") if columns[key]
    )
    label = f'{entry["portal"]}, articles per week'
    status_rank = STATUSES.index(entry["status"])
    failed = entry["failed_pages_total"]
    failed_cell = f'<a href="#{anchor(entry)}-failed">{failed}</a>' if failed else "0"
    return (
        f'<tr id="row-{anchor(entry)[2:]}" class="status-{entry["status"]}" data-status="{_e(entry["status"])}" '
        f'data-province="{_e(entry["province"])}" data-platform="{_e(entry["platform"])}" data-portal="{_e(entry["portal"])}">'
        f'<td data-sort="{status_rank}">{badge(entry["status"])}</td>'
        f'<td><a class="portal-name" href="#{anchor(entry)}">{_e(entry["portal"])}</a>{title}</td>'
        f"{extra}"
        f'<td class="when" data-sort="{_e(last["finished_at"] or last["started_at"] or "")}">{when(last["finished_at"] or last["started_at"])}'
        f'<br><small>{_e(last["mode"] or "")}</small></td>'
        f"<td>{finish}</td>"
        f'<td class="n">{last["new"]}</td><td class="n">{last["updated"]}</td>'
        f'<td class="n" data-sort="{failed}">{failed_cell}</td>'
        f'<td class="n">{entry["records"]}</td>'
        f"{_coverage_cells(entry)}"
        f'<td data-sort="{sum(entry["weekly"])}">{sparkline(entry["weekly"], label)}</td>'
        "</tr>"
    )


def _table(report: Mapping[str, Any], columns: Mapping[str, bool]) -> str:
    weeks = report["weeks"]
    heads = [("Status", ""), ("Portal", "")]
    heads += [(key.capitalize(), "") for key in ("province", "platform") if columns[key]]
    heads += [("Last run", ""), ("Finish", ""), ("New", "n"), ("Updated", "n"), ("Failed pages", "n"), ("Records", "n"),
              ("Date", "n"), ("Time", "n"), ("Authors", "n"), ("Captioned images", "n"), (f"Articles per week ({len(weeks)} weeks)", "")]  # fmt: skip
    head = "".join(f'<th scope="col" class="sortable {cls}">{_e(text)}</th>' for text, cls in heads)
    rows = "\n".join(_row(entry, columns) for entry in report["portals"])
    return f'<table id="portal-table"><thead><tr>{head}</tr></thead><tbody>\n{rows}\n</tbody></table>'


def _filters(report: Mapping[str, Any], columns: Mapping[str, bool]) -> str:
    def select(key: str, label: str, options: Iterable[tuple[str, str]]) -> str:
        opts = "".join(f'<option value="{_e(v)}">{_e(t)}</option>' for v, t in options)
        return f'<label>{label} <select name="{key}"><option value="">all</option>{opts}</select></label>'

    parts = []
    for key in ("province", "platform"):
        if columns[key]:
            values = sorted({p[key] for p in report["portals"] if p[key]})
            parts.append(select(key, key.capitalize(), ((v, v) for v in values)))
    present = [s for s in STATUSES if report["totals"]["by_status"].get(s)]
    parts.append(select("status", "Status", ((s, LABELS[s]) for s in present)))
    parts.append('<label>Search <input name="q" type="search" placeholder="portal, title, reason…"></label>')
    parts.append('<span id="shown" class="muted"></span>')
    return f'<form id="filters" hidden>{"".join(parts)}</form>'


def _alerts(report: Mapping[str, Any]) -> str:
    out = []
    stopped = [p for p in report["portals"] if "stopped" in p["flags"]]
    if stopped:
        items = "".join(
            f'<li><a href="#{anchor(p)}"><strong>{_e(p["portal"])}</strong></a>'
            f'{" (" + _e(p["title"]) + ")" if p["title"] else ""}: {_e(_message(p, "stopped"))}</li>'
            for p in stopped
        )
        out.append(
            f'<section class="alert" id="stopped"><h2>⚠ {len(stopped)} portal(s) used to produce articles and now find none</h2>'
            f"<p>The sign of a changed layout or a moved news section: the crawler cannot fix this by itself.</p><ul>{items}</ul></section>"
        )
    failed = [p for p in report["portals"] if "failed" in p["flags"]]
    if failed:
        items = "".join(f'<li><a href="#{anchor(p)}">{_e(p["portal"])}</a>: {_e(_message(p, "failed"))}</li>' for p in failed)
        out.append(f'<section class="alert warn" id="failed"><h2>{len(failed)} portal(s): the last run did not finish</h2><ul>{items}</ul></section>')
    return "".join(out)


def _message(entry: Mapping[str, Any], flag: str) -> str:
    return entry["messages"][entry["flags"].index(flag)]


def _groups(report: Mapping[str, Any], columns: Mapping[str, bool]) -> str:
    out = []
    for key in ("province", "platform"):
        if not columns[key]:
            continue
        groups: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
        for p in report["portals"]:
            groups[p[key] or "(not set)"].append(p)
        rows = "".join(
            f'<tr><td>{_e(name)}</td><td class="n">{len(ps)}</td>'
            f'<td class="n">{sum("stopped" in p["flags"] for p in ps)}</td>'
            f'<td class="n">{sum("failed" in p["flags"] for p in ps)}</td>'
            f'<td class="n">{sum(p["last_run"]["new"] for p in ps)}</td>'
            f'<td class="n">{sum(p["records"] for p in ps)}</td></tr>'
            for name, ps in sorted(groups.items())
        )
        out.append(
            f'<h3>By {key}</h3><table class="group" id="by-{key}"><thead><tr><th>{key.capitalize()}</th><th class="n">Portals</th>'
            f'<th class="n">Stopped producing</th><th class="n">Last run failed</th><th class="n">New (last runs)</th>'
            f'<th class="n">Records</th></tr></thead><tbody>{rows}</tbody></table>'
        )
    return f'<section id="groups"><h2>Groups</h2>{"".join(out)}</section>' if out else ""


def _facts(pairs: Iterable[tuple[str, str]]) -> str:
    return '<dl class="facts">' + "".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in pairs) + "</dl>"


def _details(entry: Mapping[str, Any]) -> str:
    last = entry["last_run"]
    head = f'<h3>{_e(entry["portal"])} {badge(entry["status"])}</h3>'
    about = [x for x in (entry["title"], entry["province"], entry["platform"]) if x]
    about_html = " · ".join(_e(x) for x in about)
    if entry["start_urls"]:
        about_html += (" · " if about_html else "") + " ".join(link(u) for u in entry["start_urls"])
    parts = [head]
    if about_html:
        parts.append(f'<p class="muted">{about_html}</p>')
    if entry["messages"]:
        parts.append('<ul class="messages">' + "".join(f"<li>{_e(m)}</li>" for m in entry["messages"]) + "</ul>")
    dropped = ", ".join(f"{_e(k)} {v}" for k, v in entry["dropped_reasons"].items())
    facts = [
        ("Last run", f'{_e(last["run_id"])} ({_e(last["mode"] or "mode unknown")})'),
        ("Started / finished", f'{when(last["started_at"])} / {when(last["finished_at"])}'),
        ("Finish reason", _e(last["finish_reason"] or "–") + (f" — {_e(last['reason'])}" if last.get("reason") else "")),
        ("New / updated / unchanged", f'{last["new"]} / {last["updated"]} / {last["unchanged"]}'),
        ("Articles seen", _e("unknown" if last["found"] is None else last["found"])),
        ("Dropped", f'{last["dropped"]}' + (f" ({dropped})" if dropped else "")),
        ("Failed pages", str(entry["failed_pages_total"])),
        ("Requests", str(last["requests"])),
        ("Records in its file", _e("–" if last["lines"] is None else last["lines"])),
        ("Manifest", f'<span class="wrap">{_e(last["manifest"])}</span>'),
        ("Runs found", str(entry["runs"])),
    ]
    if entry["last_found"] and entry["status"] == "stopped":
        found = entry["last_found"]
        facts.append(("Last run that found articles", f'{_e(found["run_id"])} on {when(found["finished_at"] or found["started_at"])}'))
    if entry["state"]:
        facts.append(("State store", f'{entry["state"]["articles"]} article(s) known; newest first delivered {when(entry["state"]["newest_first_seen"])}'))
    for key, value in entry["extra"].items():
        facts.append((key, f'<span class="wrap">{_e(value)}</span>'))
    parts.append(_facts(facts))

    latest = entry["latest_file"]
    cov_rows = "".join(
        f'<tr><td>{name}</td><td class="n">{percent(entry["coverage"][name]["share"])} ({entry["coverage"][name]["count"]})</td>'
        + (f'<td class="n">{percent(latest["coverage"][name]["share"])} ({latest["coverage"][name]["count"]})</td>' if latest else "<td>–</td>")
        + "</tr>"
        for name in ("date", "time", "authors", "images", "captions")
    )
    latest_head = f'latest file ({_e(latest["run_id"])}, {latest["records"]} records)' if latest else "latest file"
    parts.append(
        f'<h4>Field coverage</h4><table class="coverage"><thead><tr><th>field</th><th class="n">all {entry["records"]} records</th>'
        f'<th class="n">{latest_head}</th></tr></thead><tbody>{cov_rows}</tbody></table>'
        f'<p class="muted">Articles per week: {sum(entry["weekly"])} in the chart, {entry["older"]} older, '
        f'{entry["newer"]} dated after it, {entry["undated"]} without a date.</p>'
    )
    if entry["failed_pages_total"]:
        pages = entry["failed_pages"][:HTML_FAILED_PAGES]
        items = "".join(
            f'<li><span class="wrap">{link(p.get("url"))}</span>{" — " + _e(p.get("reason")) if p.get("reason") else ""}</li>' for p in pages
        )
        more = entry["failed_pages_total"] - len(pages)
        tail = f'<p class="muted">and {more} more (report.json lists up to its limit; the manifest has them all)</p>' if more > 0 else ""
        parts.append(f'<h4 id="{anchor(entry)}-failed">Failed pages of the last run ({entry["failed_pages_total"]})</h4><ol>{items}</ol>{tail}')
    history = "".join(
        f'<tr><td>{_e(r["run_id"])}</td><td>{when(r["finished_at"] or r["started_at"])}</td><td>{_e(r["finish_reason"] or "–")}</td>'
        f'<td class="n">{r["new"]}</td><td class="n">{r["updated"]}</td><td class="n">{"–" if r["found"] is None else r["found"]}</td>'
        f'<td class="n">{r["failed_pages"]}</td></tr>'
        for r in entry["history"]
    )
    parts.append(
        '<h4>Recent runs</h4><table class="history"><thead><tr><th>run</th><th>finished</th><th>finish reason</th>'
        f'<th class="n">new</th><th class="n">updated</th><th class="n">seen</th><th class="n">failed pages</th></tr></thead><tbody>{history}</tbody></table>'
    )
    if entry["problems"]:
        parts.append("<h4>Problems with its files</h4><ul>" + "".join(f'<li class="wrap">{_e(p)}</li>' for p in entry["problems"]) + "</ul>")
    return f'<article class="portal status-{entry["status"]}" id="{anchor(entry)}">{"".join(parts)}</article>'


def render_html(report: Mapping[str, Any]) -> str:
    """The whole page for *report* (the dict :func:`crawler.report.build.build_report` returns)."""
    totals = report["totals"]
    portals = report["portals"]
    columns = {key: any(p[key] for p in portals) for key in ("province", "platform")}
    weeks = [date.fromisoformat(w) for w in report["weeks"]]
    chips = "".join(
        f'<a href="#status={s}">{badge(s)} <strong>{n}</strong></a>' for s, n in totals["by_status"].items() if n
    )
    cov = totals["coverage"]
    overview = (
        f'<section id="overview"><h2>Articles per week, all portals</h2>'
        f'{week_chart(totals["weekly"], weeks, "all portals, articles per week by publication date")}'
        f'<p class="muted">By publication date. Before the chart: {totals["older"]}; after it: {totals["newer"]}; '
        f'without a date: {totals["undated"]}. Field coverage over all {totals["records"]} records: '
        f'date {percent(cov["date"]["share"])}, time {percent(cov["time"]["share"])}, authors {percent(cov["authors"]["share"])}, '
        f'images {percent(cov["images"]["share"])}, captioned images {percent(cov["captions"]["share"])}.</p></section>'
    )
    problems = ""
    if report["problems"]:
        problems = '<section id="problems"><h2>Problems reading the output</h2><ul>' + "".join(
            f'<li class="wrap">{_e(p)}</li>' for p in report["problems"]) + "</ul></section>"  # fmt: skip
    empty = "" if portals else '<p class="alert warn">No manifest found: no run has finished under this output directory yet.</p>'
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Portal health report, {_e(report["as_of"])}</title>
<style>{CSS}</style>
</head>
<body>
<header>
<h1>Portal health report</h1>
<p class="meta">As of {_e(report["as_of"])} · generated {when(report["generated_at"])} ·
{totals["portals"]} portal(s) · {totals["records"]} record(s) delivered · last runs: {totals["new_last_runs"]} new,
{totals["updated_last_runs"]} updated, {totals["failed_pages_last_runs"]} failed page(s)</p>
<div class="chips" id="chips">{chips}</div>
</header>
<main>
{_alerts(report)}{empty}
{overview}
<section id="portals"><h2>Portals</h2>
<p class="muted">Most severe first. The last run's figures are its manifest's; records and coverage cover every file
that has a manifest.</p>
{_filters(report, columns)}
{_table(report, columns)}
</section>
{_groups(report, columns)}
<section id="details"><h2>Per portal</h2>
{"".join(_details(p) for p in portals)}
</section>
{problems}
</main>
<footer>
<h2>How to read this</h2>
<dl class="facts">
<dt>{badge("stopped")}</dt><dd>the portal used to produce articles and its latest finished run found none at all (not even
known ones): the sign of a changed layout or a moved news section.</dd>
<dt>{badge("failed")}</dt><dd>the latest run did not finish (its finish reason is shown).</dd>
<dt>{badge("never_produced")}</dt><dd>no run has ever found an article: check the start URL or the layout.</dd>
<dt>{badge("stale")}</dt><dd>no run for more than {report["stale_days"]} days before {_e(report["as_of"])}.</dd>
<dt>{badge("errors")}</dt><dd>the latest run finished, but some pages failed.</dd>
<dt>New, Updated, Failed pages</dt><dd>of the latest run, from its manifest.</dd>
<dt>Records</dt><dd>records in every file that has a manifest.</dd>
<dt>Date, Time, Authors</dt><dd>share of records with a publication date, with a time of day, with at least one author.</dd>
<dt>Captioned images</dt><dd>share of records with at least one image that has a caption.</dd>
<dt>Articles per week</dt><dd>records by the ISO week of their publication date, the {len(weeks)} weeks up to
{_e(report["as_of"])}.</dd>
</dl>
<p>Written by <code>python -m crawler report</code>; the same figures are in report.json beside this file.</p>
</footer>
<script>{SCRIPT}</script>
</body>
</html>
"""
