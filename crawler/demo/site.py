"""The demo portal: a Java portlet (Liferay 6.x style) news portal of a provincial political school.

Modelled on the seed page (the news portal of the provincial political school of Hậu Giang): detail
pages titled "Xem chi tiết - …", the article inside a portlet, then the portal's boilerplate (the
header's *today* date, menu, breadcrumbs, "Các tin khác", print/share tools, "Lượt xem", visitor
counters, Liferay's permission notice, footer). Listings are asset-publisher pages paged by a
namespaced ``_101_INSTANCE_<id>_cur`` parameter; articles live at ``/-/view_content/<id>-<slug>``.

The pages are rendered from ``articles`` and the gold is read from the same records' hand-written
fields, so the two cannot drift. Everything is deterministic except the header date, which is
today's date (a real portal prints it, and a crawler must never take it for a publication date);
pass ``today`` to ``build_site`` to pin it.
"""

from __future__ import annotations

import base64
import re
import struct
import unicodedata
import zlib
from collections.abc import Callable
from datetime import date, datetime
from html import escape
from html.entities import codepoint2name
from urllib.parse import quote
from zoneinfo import ZoneInfo

from crawler.demo.articles import (
    ADDRESS,
    ARTICLES,
    CATEGORIES,
    COUNTERS,
    EMAIL,
    FAX,
    INTRO_PARAGRAPHS,
    PERMISSION_NOTICE,
    PHONE,
    SCHOOL,
    SITE_NAME,
    Article,
    Img,
)
from crawler.demo.server import Request, Response
from crawler.demo.server import html as html_response

NAME = "demo"
PLATFORM = "portlet"
START_PATH = "/"

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
PER_PAGE = 4
LOGIN = "/c/portal/login?p_l_id=10186"
THEME = "/hg-theme"
NO_IMAGE = f"{THEME}/images/no-image.png"
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
MENU = (
    ("/trang-chu", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/tin-tuc-su-kien", "Tin tức - Sự kiện"),
    ("/hoat-dong-dao-tao", "Hoạt động đào tạo"),
    ("/nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi"),
    ("/lien-he", "Liên hệ"),
)
LINKS = (
    ("http://hcma.vn", "Học viện Chính trị quốc gia Hồ Chí Minh"),
    ("http://haugiang.gov.vn", "Cổng thông tin điện tử tỉnh Hậu Giang"),
    ("http://www.tapchicongsan.org.vn", "Tạp chí Cộng sản"),
)

# A 8x8 grey baseline JPEG; each served image gets its file name as a JPEG comment so no two are equal.
_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4"
    "UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj"
    "Y2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEA"
    "AAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAv/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhED"
    "EQA/ALwBg//Z"
)
_CSS = (
    "body{font-family:Arial,sans-serif;font-size:13px}#wrapper{width:1000px;margin:0 auto}"
    ".portlet-msg-error{color:#b50303}.asset-abstract{overflow:hidden;margin-bottom:12px}"
)


def jpeg_bytes(name: str) -> bytes:
    """A tiny valid JPEG, distinct per name (a COM segment after SOI)."""
    comment = name.encode("ascii", "replace")[:200]
    return _JPEG[:2] + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment + _JPEG[2:]


def png_bytes(name: str) -> bytes:
    """A tiny valid 4x4 PNG whose colour depends on the name."""
    crc = zlib.crc32(name.encode())
    row = b"\x00" + bytes(((crc >> 16) & 255, (crc >> 8) & 255, crc & 255)) * 4

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * 4))
        + chunk(b"IEND", b"")
    )


def vn_today(day: date) -> str:
    """The header's date line, e.g. "Thứ Tư, ngày 25/11/2026"."""
    return f"{WEEKDAYS[day.weekday()]}, ngày {day:%d/%m/%Y}"


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _image_path(article: Article, img: Img) -> str:
    return f"/documents/10180/{article.id}/{img.file}"


def _listing_date(article: Article) -> str:
    """How the asset publisher prints the date: "10/08/2022", or "05/01/2024 | 02:20 PM"."""
    stamp = datetime.fromisoformat(article.published_at)
    if "T" in article.published_at:  # AM/PM spelled out: %p would follow the process locale
        return f"{stamp:%d/%m/%Y | %I:%M} {'PM' if stamp.hour >= 12 else 'AM'}"
    return f"{stamp:%d/%m/%Y}"


def _short_date(article: Article) -> str:
    return f"{datetime.fromisoformat(article.published_at):%d/%m/%Y}"


def _cur_param(category: str) -> str:
    return f"_101_INSTANCE_{CATEGORIES[category][1]}_cur"


def _page_target(category: str, page: int | None) -> str:
    return f"/{category}" if page is None else f"/{category}?{_cur_param(category)}={page}"


def _by_category() -> dict[str, list[Article]]:
    out: dict[str, list[Article]] = {key: [] for key in CATEGORIES}
    for article in ARTICLES:
        out[article.category].append(article)
    for items in out.values():
        items.sort(key=lambda a: a.published_at, reverse=True)
    return out


# ---------------------------------------------------------------- text as the page writes it


def _entities(text: str) -> str:
    """Old CKEditor output: every non-ASCII letter as a named or numeric reference."""
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) in codepoint2name:
            out.append(f"&{codepoint2name[ord(ch)]};")
        else:
            out.append(f"&#{ord(ch)};")
    return "".join(out)


def _content(article: Article, text: str) -> str:
    """Escape article content the way this article's editor wrote it (see ``Article.text_form``)."""
    if article.text_form == "entities":
        return _entities(escape(text, quote=False))
    out = escape(text, quote=False).replace("\xa0", "&nbsp;")
    return unicodedata.normalize("NFD", out) if article.text_form == "nfd" else out


def _printed(article: Article, text: str) -> str:
    """Text the portal prints from the article's stored fields (title, abstract): escaped, and
    decomposed when the article was typed so."""
    out = escape(text, quote=False)
    return unicodedata.normalize("NFD", out) if article.text_form == "nfd" else out


def _title(article: Article) -> str:
    return _printed(article, article.title)


def _summary(article: Article) -> str:
    """The asset publisher's abstract: the sapo, else the start of the first paragraph."""
    if article.sapo:
        return _printed(article, article.sapo)
    first = _collapse(article.paragraphs[0])
    if len(first) > 220:
        first = first[:220].rsplit(" ", 1)[0] + " ..."
    return _printed(article, first)


# ---------------------------------------------------------------- article content (CKEditor HTML)

P_JUSTIFY = '<p style="text-align: justify;">{}</p>'
P_SPAN = (
    '<p style="text-align: justify;"><span style="font-size:14px;">'
    '<span style="font-family:times new roman,times,serif;">{}</span></span></p>'
)


def _img_tag(article: Article, img: Img) -> str:
    return (
        f'<img alt="" src="{_image_path(article, img)}" '
        'style="width: 600px; height: 400px;" />'
    )


def _render_image(article: Article, img: Img) -> str:
    tag = _img_tag(article, img)
    printed = _content(article, img.printed) if img.printed else ""
    if img.style == "none" or not printed:
        return f'<p style="text-align: center;">{tag}</p>'
    if img.style == "italic":
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;"><em>{printed}</em></p>'
    if img.style == "centre":
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;">{printed}</p>'
    if img.style == "plain":
        return f'<p style="text-align: center;">{tag}</p>\n<p>{printed}</p>'
    if img.style == "br":
        return f'<p style="text-align: center;">{tag}<br />\n<em>{printed}</em></p>'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" class="image" '
            'style="width: 600px;">\n<tbody>\n'
            f"<tr><td>{tag}</td></tr>\n"
            '<tr><td style="text-align: center;"><span style="font-size:12px;">'
            f"<em>{printed}</em></span></td></tr>\n</tbody>\n</table>"
        )
    raise ValueError(f"unknown caption style {img.style!r}")


def _render_byline(article: Article) -> list[str]:
    lines = [_content(article, line) for line in article.byline]
    if article.byline_style == "italic":
        return [f'<p style="text-align: right;"><em><strong>{x}</strong></em></p>' for x in lines]
    if article.byline_style == "div":
        return [f'<div style="text-align: right;"><b>{x}</b></div>' for x in lines]
    return [f'<p style="text-align: right;"><strong>{x}</strong></p>' for x in lines]


def render_content(article: Article) -> str:
    """The ``journal-content-article`` block: paragraphs, images with captions, bylines."""
    parts: list[str] = ['<p>&nbsp;</p>'] if article.template == "A" else []
    pending: list[str] = []  # paragraphs of a "br" article waiting for their <div>

    def flush() -> None:
        if pending:
            parts.append('<div style="text-align: justify;">' + "<br />\n<br />\n".join(pending) + "</div>")
            pending.clear()

    for block in article.blocks:
        if isinstance(block, Img):
            flush()
            parts.append(_render_image(article, block))
        elif article.markup == "br":
            pending.append(_content(article, block))
        elif article.markup == "span":
            parts.append(P_SPAN.format(_content(article, block)))
        else:
            parts.append(P_JUSTIFY.format(_content(article, block)))
    flush()
    parts.extend(_render_byline(article))
    return '<div class="journal-content-article">\n' + "\n".join(parts) + "\n</div>"


# ---------------------------------------------------------------- portal chrome


def _host(request: Request) -> str:
    for key, value in request.headers.items():
        if key.lower() == "host":
            return value
    return "127.0.0.1:8000"


def _portlet(pid: str, title: str | None, inner: str, extra_class: str = "") -> str:
    topper = (
        f'<header class="portlet-topper"><h2 class="portlet-title">'
        f'<span class="portlet-title-text">{escape(title)}</span></h2></header>'
        if title
        else ""
    )
    return (
        f'<div class="portlet-boundary portlet-boundary_{pid}_ portlet-static {extra_class}" '
        f'id="p_p_id_{pid}_">\n<span id="p_{pid}"></span>\n<div class="portlet-body">\n'
        f'<section class="portlet" id="portlet_{pid}">{topper}\n'
        f'<div class="portlet-content"><div class="portlet-content-container">\n'
        f'<div class="portlet-body">\n{inner}\n</div></div></div>\n</section>\n</div>\n</div>'
    )


def _sidebar() -> str:
    counters = "\n".join(
        f'<li class="counter-item">{escape(label)}: <span class="counter-value">{value}</span></li>'
        for label, value in COUNTERS
    )
    links = "\n".join(f'<option value="{url}">{escape(name)}</option>' for url, name in LINKS)
    return "\n".join(
        (
            _portlet(
                "thongketruycap_WAR_hgportlet",
                "Thống kê truy cập",
                f'<ul class="thong-ke-truy-cap">\n{counters}\n</ul>',
            ),
            _portlet(
                "lichcongtac_WAR_hgportlet",
                None,
                f'<div class="portlet-msg-error">{escape(PERMISSION_NOTICE)}</div>',
                "portlet-borderless",
            ),
            _portlet(
                "lienketwebsite_WAR_hgportlet",
                "Liên kết website",
                '<select onchange="if(this.value) window.open(this.value);">\n'
                f'<option value="">-- Liên kết website --</option>\n{links}\n</select>',
            ),
        )
    )


def _breadcrumbs(crumbs: list[tuple[str | None, str]]) -> str:
    items = []
    for i, (href, label) in enumerate(crumbs):
        cls = ' class="active"' if i == len(crumbs) - 1 else ""
        divider = ' <span class="divider">»</span>' if i < len(crumbs) - 1 else ""
        body = f'<a href="{href}">{escape(label)}</a>' if href else escape(label)
        items.append(f"<li{cls}>{body}{divider}</li>")
    return (
        '<nav class="site-breadcrumbs" id="breadcrumbs"><ul class="breadcrumb breadcrumb-horizontal">\n'
        + "\n".join(items)
        + "\n</ul></nav>"
    )


def _menu(current: str) -> str:
    items = []
    for href, label in MENU:
        cls = ' class="selected"' if href == current else ""
        items.append(f'<li{cls}><a href="{href}"><span>{escape(label)}</span></a></li>')
    return '<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul>\n' + "\n".join(items) + "\n</ul></nav>"


def _page(
    *,
    today: date,
    title: str,
    current: str,
    crumbs: list[tuple[str | None, str]],
    main: str,
    head_extra: str = "",
) -> str:
    """Wrap a page's main column in the portal's chrome, as every page of the portal does."""
    footer = (
        f"<p>Bản quyền thuộc {escape(SCHOOL)}</p>\n"
        f"<p>Địa chỉ: {escape(ADDRESS)}</p>\n"
        f"<p>Điện thoại: {PHONE} - Fax: {FAX}</p>\n"
        f'<p>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>\n'
        f"<p>Chịu trách nhiệm chính: Hiệu trưởng {escape(SCHOOL)}</p>"
    )
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{escape(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{THEME}/images/favicon.ico" rel="Shortcut Icon" />
{head_extra}<link class="lfr-css-file" href="{THEME}/css/main.css?browserId=other&amp;themeId=hgtheme_WAR_hgtheme&amp;languageId=vi_VN" rel="stylesheet" type="text/css" />
<script type="text/javascript">
var themeDisplay = {{getLanguageId: function() {{ return 'vi_VN'; }}, getPathThemeImages: function() {{ return '{THEME}/images'; }}, isSignedIn: function() {{ return false; }}}};
</script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua để đến Nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar">
<div class="header-date">{vn_today(today)}</div>
<div class="sign-in"><a href="{LOGIN}" rel="nofollow">Đăng nhập</a></div>
</div>
<div id="heading"><h1 class="site-title"><a class="logo" href="/trang-chu" title="Đi tới {escape(SITE_NAME)}">
<img alt="{escape(SITE_NAME)}" height="120" src="{THEME}/images/logo.png" width="1000" /></a></h1></div>
{_menu(current)}
</header>
<div id="content">
{_breadcrumbs(crumbs)}
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div>
</div>
<div class="portlet-column portlet-column-last span4" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{_sidebar()}
</div>
</div>
</div>
</div>
</div>
<footer id="footer" role="contentinfo">
{footer}
</footer>
</div>
<script type="text/javascript">Liferay.Portlet.onLoad({{canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_101_', portletId: '101'}});</script>
</body>
</html>
"""


# ---------------------------------------------------------------- the site


class DemoSite:
    """The demo portal; ``respond`` routes a request to its page (None: 404)."""

    def __init__(self, today: Callable[[], date] | None = None):
        self._today = today or (lambda: datetime.now(TZ).date())
        self.categories = _by_category()
        self.articles = {a.path: a for a in ARTICLES}
        self.assets: dict[str, tuple[str, bytes]] = {
            f"{THEME}/css/main.css": ("text/css", _CSS.encode()),
            f"{THEME}/images/logo.png": ("image/png", png_bytes("logo")),
            f"{THEME}/images/favicon.ico": ("image/png", png_bytes("favicon")),
            NO_IMAGE: ("image/png", png_bytes("no-image")),
        }
        for article in ARTICLES:
            for img in article.images:
                path = _image_path(article, img)
                kind = "image/png" if path.endswith(".png") else "image/jpeg"
                body = png_bytes(path) if kind == "image/png" else jpeg_bytes(img.file)
                self.assets[path] = (kind, body)

    # -- routing
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in self.assets:
            kind, body = self.assets[path]
            return Response(200, body, {"Content-Type": kind, "Cache-Control": "max-age=86400"})
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /c/\n", {"Content-Type": "text/plain"})
        today = self._today()
        if path in self.articles:
            return html_response(self.article_page(self.articles[path], today, _host(request)))
        category = path.strip("/")
        if path == f"/{category}" and category in CATEGORIES:
            return self.listing_page(category, request.params.get(_cur_param(category), "1"), today)
        if path in ("/", "/trang-chu"):
            return html_response(self.home_page(today))
        if path == "/gioi-thieu":
            return html_response(self.intro_page(today))
        if path == "/lien-he":
            return html_response(self.contact_page(today, sent=request.method == "POST"))
        if path == "/c/portal/login":
            return html_response(self.login_page(today))
        return None

    # -- pages
    def _others(self, article: Article) -> list[Article]:
        """"Các tin khác": the five next-older items of the category, wrapping, topped up from all."""
        same = self.categories[article.category]
        i = same.index(article)
        others = same[i + 1 :] + same[:i]
        for extra in sorted(ARTICLES, key=lambda a: a.published_at, reverse=True):
            if extra is not article and extra not in others:
                others.append(extra)
        return others[:5]

    def article_page(self, article: Article, today: date, host: str) -> str:
        name = CATEGORIES[article.category][0]
        absolute = f"http://{host}{article.path}"
        if article.template == "B":
            head = (
                f'<h1 class="title-detail">{_title(article)}</h1>\n'
                f'<p class="date-detail"><i class="icon-time"></i> {escape(article.date_line)}</p>'
            )
        else:
            head = (
                f'<h3 class="title-content">{_title(article)}</h3>\n'
                f'<div class="date-content">{escape(article.date_line)}</div>'
            )
        sapo = (
            f'<div class="sapo"><strong>{_content(article, article.sapo)}</strong></div>\n'
            if article.sapo
            else ""
        )
        others = "\n".join(
            f'<li><a href="{o.path}">{_title(o)}</a> <span class="date-other">({_short_date(o)})</span></li>'
            for o in self._others(article)
        )
        subject = quote(article.title)
        tools = (
            '<div class="tools-content">\n'
            f'<span class="view-count">Lượt xem: {article.views}</span> |\n'
            '<a href="javascript:window.print();" class="print">In trang</a> |\n'
            f'<a href="mailto:?subject={subject}&amp;body={quote(absolute, safe="")}" class="email">Gửi email</a> |\n'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(absolute, safe="")}" '
            'target="_blank" rel="noopener" class="share">Chia sẻ</a>\n</div>'
        )
        inner = (
            f'<div class="{"news-detail" if article.template == "B" else "view-content-detail"}">\n'
            f"{head}\n{sapo}{render_content(article)}\n{tools}\n"
            f'<div class="other-news">\n<h4 class="title-other">Các tin khác</h4>\n<ul>\n{others}\n</ul>\n</div>\n'
            "</div>"
        )
        main = _portlet("viewcontent_WAR_hgportlet", name, inner, "portlet-borderless")
        return _page(
            today=today,
            title=f"Xem chi tiết - {SITE_NAME}",
            current=f"/{article.category}",
            crumbs=[("/trang-chu", "Trang chủ"), (f"/{article.category}", name), (None, "Xem chi tiết")],
            main=main,
            head_extra=f'<link href="{escape(absolute)}" rel="canonical" />\n',
        )

    def _abstract(self, article: Article) -> str:
        thumb = _image_path(article, article.images[0]) if article.images else NO_IMAGE
        return (
            '<div class="asset-abstract">\n<div class="asset-content">\n'
            f'<div class="asset-small-image"><a href="{article.path}"><img alt="" class="asset-small-image" '
            f'src="{thumb}" width="150" /></a></div>\n'
            f'<h3 class="asset-title"><a href="{article.path}">{_title(article)}</a></h3>\n'
            f'<span class="asset-date">{_listing_date(article)}</span>\n'
            f'<div class="asset-summary">{_summary(article)}</div>\n'
            f'<div class="asset-more"><a href="{article.path}">Xem tiếp <span class="hide-accessible">'
            f"về {_title(article)}</span> »</a></div>\n</div>\n</div>"
        )

    def _pager(self, category: str, page: int, pages: int, total: int) -> str:
        if pages <= 1:
            return ""

        def item(label: str, target: int, enabled: bool, cls: str = "") -> str:
            if not enabled:
                return f'<li class="disabled {cls}"><a href="javascript:;">{label}</a></li>'
            attr = f' class="{cls}"' if cls else ""
            return f'<li{attr}><a href="{_page_target(category, target)}">{label}</a></li>'

        first = (page - 1) * PER_PAGE + 1
        last = min(page * PER_PAGE, total)
        numbers = "\n".join(
            f'<li class="active"><span>{n}</span></li>' if n == page else item(str(n), n, True)
            for n in range(1, pages + 1)
        )
        return (
            '<div class="taglib-page-iterator">\n<div class="clearfix lfr-pagination">\n'
            f'<div class="lfr-pagination-config"><small class="search-results">'
            f"Hiển thị {first} - {last} của {total} kết quả.</small></div>\n"
            '<ul class="lfr-pagination-buttons pager">\n'
            + item("« Đầu", 1, page > 1, "first")
            + "\n"
            + item("‹ Trước", page - 1, page > 1, "previous")
            + f"\n{numbers}\n"
            + item("Sau »", page + 1, page < pages, "next")
            + "\n"
            + item("Cuối", pages, page < pages, "last")
            + "\n</ul>\n</div>\n</div>"
        )

    def listing_page(self, category: str, cur: str, today: date) -> Response:
        items = self.categories[category]
        pages = max(1, -(-len(items) // PER_PAGE))
        page = int(cur) if re.fullmatch(r"\d{1,4}", cur) else 1
        shown = items[(page - 1) * PER_PAGE : page * PER_PAGE] if page >= 1 else []
        name, instance = CATEGORIES[category]
        if shown:
            body = "\n".join(self._abstract(a) for a in shown) + "\n" + self._pager(category, page, pages, len(items))
        else:
            body = '<div class="alert alert-info">Không có kết quả nào được tìm thấy.</div>'
        main = _portlet(f"101_INSTANCE_{instance}", name, f'<div class="asset-publisher">\n{body}\n</div>')
        return html_response(
            _page(
                today=today,
                title=f"{name} - {SITE_NAME}",
                current=f"/{category}",
                crumbs=[("/trang-chu", "Trang chủ"), (None, name)],
                main=main,
            )
        )

    def home_page(self, today: date) -> str:
        blocks = []
        for category, limit in (("tin-tuc-su-kien", 5), ("hoat-dong-dao-tao", 4), ("nghien-cuu-trao-doi", 3)):
            name, _ = CATEGORIES[category]
            items = self.categories[category][:limit]
            lead, rest = items[0], items[1:]
            lines = "\n".join(
                f'<li><a href="{a.path}">{_title(a)}</a> <span class="date">({_short_date(a)})</span></li>'
                for a in rest
            )
            inner = (
                f'{self._abstract(lead)}\n<ul class="list-news">\n{lines}\n</ul>\n'
                f'<div class="view-more"><a href="/{category}">Xem thêm »</a></div>'
            )
            blocks.append(_portlet(f"tinmoi_WAR_hgportlet_INSTANCE_{category.replace('-', '')}", name, inner))
        return _page(
            today=today,
            title=f"Trang chủ - {SITE_NAME}",
            current="/trang-chu",
            crumbs=[(None, "Trang chủ")],
            main="\n".join(blocks),
        )

    def intro_page(self, today: date) -> str:
        paras = "\n".join(P_JUSTIFY.format(escape(p)) for p in INTRO_PARAGRAPHS)
        inner = f'<div class="journal-content-article">\n<h2>Giới thiệu chung</h2>\n{paras}\n</div>'
        return _page(
            today=today,
            title=f"Giới thiệu - {SITE_NAME}",
            current="/gioi-thieu",
            crumbs=[("/trang-chu", "Trang chủ"), (None, "Giới thiệu")],
            main=_portlet("56_INSTANCE_gT4hJk8LmN2p", "Giới thiệu", inner),
        )

    def contact_page(self, today: date, sent: bool = False) -> str:
        thanks = '<div class="alert alert-success">Cảm ơn bạn đã gửi ý kiến.</div>\n' if sent else ""
        inner = (
            f"{thanks}<h2>{escape(SCHOOL)}</h2>\n"
            f"<p>Địa chỉ: {escape(ADDRESS)}</p>\n<p>Điện thoại: {PHONE}</p>\n<p>Fax: {FAX}</p>\n"
            f'<p>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>\n'
            '<form action="/lien-he" method="post" class="contact-form">\n'
            '<label>Họ và tên <input name="hoTen" type="text" /></label>\n'
            '<label>Email <input name="email" type="text" /></label>\n'
            '<label>Nội dung <textarea name="noiDung"></textarea></label>\n'
            '<button type="submit">Gửi</button>\n</form>'
        )
        return _page(
            today=today,
            title=f"Liên hệ - {SITE_NAME}",
            current="/lien-he",
            crumbs=[("/trang-chu", "Trang chủ"), (None, "Liên hệ")],
            main=_portlet("lienhe_WAR_hgportlet", "Liên hệ", inner),
        )

    def login_page(self, today: date) -> str:
        inner = (
            '<form action="/c/portal/login" method="post" class="sign-in-form">\n'
            '<label>Địa chỉ email <input name="_58_login" type="text" /></label>\n'
            '<label>Mật khẩu <input name="_58_password" type="password" /></label>\n'
            '<button type="submit">Đăng nhập</button>\n</form>'
        )
        return _page(
            today=today,
            title=f"Đăng nhập - {SITE_NAME}",
            current="",
            crumbs=[("/trang-chu", "Trang chủ"), (None, "Đăng nhập")],
            main=_portlet("58", "Đăng nhập", inner),
        )


def build_site(today: Callable[[], date] | None = None) -> DemoSite:
    """A fresh demo portal; ``today`` pins the header date (default: today in Asia/Ho_Chi_Minh)."""
    return DemoSite(today)


# ---------------------------------------------------------------- gold


def _gold(article: Article) -> dict:
    """What a careful reader takes from the page, read from the record's hand-written fields.

    Body paragraphs are the printed paragraphs with whitespace runs (non-breaking spaces included)
    collapsed to one space; the sapo, when printed, is the summary and the body's first paragraph.
    """
    paragraphs = ([article.sapo] if article.sapo else []) + article.paragraphs
    return {
        "path": article.path,
        "canonical_path": article.path,
        "title": _collapse(article.title),
        "published_at": article.published_at,
        "authors": list(article.authors),
        "photographers": list(article.photographers),
        "source": article.source,
        "summary": _collapse(article.sapo) if article.sapo else None,
        "body": "\n\n".join(_collapse(p) for p in paragraphs),
        "images": [{"path": _image_path(article, img), "caption": img.caption} for img in article.images],
        "category": CATEGORIES[article.category][0],
    }


def _non_articles() -> list[str]:
    targets = ["/", "/trang-chu", "/gioi-thieu", "/lien-he", LOGIN]
    for category, items in _by_category().items():
        targets.append(_page_target(category, None))
        pages = -(-len(items) // PER_PAGE)
        if pages > 1:
            targets.extend(_page_target(category, n) for n in range(1, pages + 1))
    return targets


GOLD: list[dict] = [_gold(a) for a in ARTICLES]
NON_ARTICLES: list[str] = _non_articles()
