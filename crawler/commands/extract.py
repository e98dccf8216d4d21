"""``python -m crawler extract PAGE.html --url URL``: one saved page to one JSON record.

Runs exactly the extraction and cleaning a crawl applies (``crawler.extract.extract_article``),
without Scrapy and without any network access: handy to see what a page will give before adding a
portal, or to debug a record.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from crawler.commands import UsageError
from crawler.extract import extract_article, not_article_reason
from crawler.navigation.urls import StartUrlError, check_start_url


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "extract",
        help="extract one saved HTML page into a JSON record",
        description="Extract one saved HTML page (a file, or - for standard input) into the JSON record a crawl would write.",
        epilog="example: python -m crawler extract page.html --url https://truongchinhtri.example.vn/-/view_content/4713-hoi-nghi",
    )
    parser.add_argument("page", help="the HTML file (bytes as the server sent them), or - for standard input")
    parser.add_argument("--url", required=True, help="the page's URL (resolves relative links; no request is made)")
    parser.add_argument("--portal", default=None, help="portal id to write in the record (default: the URL's host)")
    parser.add_argument("--content-type", default=None, help="the Content-Type header the server sent, e.g. 'text/html; charset=windows-1258'")
    parser.add_argument("--listing-date", default=None, help="date shown beside the link on its listing (fallback for published_at), YYYY-MM-DD")
    return parser


def run(args: argparse.Namespace) -> int:
    try:
        url = check_start_url(args.url)
    except StartUrlError as exc:
        raise UsageError(f"--url: {exc}") from exc
    if args.page == "-":
        body = sys.stdin.buffer.read()
    else:
        path = Path(args.page)
        if not path.is_file():
            raise UsageError(f"no such page file: {args.page} (save the page first, e.g. curl -o page.html URL)")
        try:
            body = path.read_bytes()
        except OSError as exc:
            raise UsageError(f"cannot read {args.page}: {exc.strerror}") from exc
    record = extract_article(body, url, content_type=args.content_type, listing_date=args.listing_date, portal=args.portal)
    sys.stdout.buffer.write((json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    reason = not_article_reason(record)
    if reason:
        print(f"note: a crawl would drop this page as not an article ({reason})", file=sys.stderr)
    return 0
