"""Trường Chính trị tỉnh Tuyên Quang on Payload CMS 2 behind a Next.js 14 Pages Router front end.

Platform
    Payload CMS 2 (MongoDB, ``@payloadcms/richtext-lexical``) holds the collections ``posts``
    (tin tức), ``nghien-cuu`` (research papers), ``media``, ``van-ban`` (documents), ``pages``
    and the globals header/footer. A Next.js 14 *Pages Router* app renders every page on the
    server (``getServerSideProps``): React markup with CSS-module class names in Vietnamese
    abbreviations (``BaiViet_tieuDe__j4Rr9``, ``RichText_noiDung__Fq8Zx``), React's ``<!-- -->``
    text separators, and at the end of ``<body>`` the ``__NEXT_DATA__`` JSON holding the whole
    document: the rich text as a Lexical tree (paragraph/heading/list/quote/upload/link/block
    nodes), dates as UTC instants. Images go through ``next/image``: ``src`` and ``srcSet`` point
    at the optimizer, ``/_next/image?url=%2Fmedia%2F<file>&w=3840&q=75``; the post hero still uses
    ``next/legacy/image``. The list pages on ``/tin-tuc`` use an antd ``<Pagination>``.

URL scheme
    /                               home: slider, "Tin mới nhất", category blocks, research block
    /tin-tuc, /tin-tuc?page=N       all posts, 4 a page, antd pager (see traps)
    /tin-tuc/<slug>                 a post; /tin-tuc/<ObjectId> serves the same post
    /chuyen-muc/<slug>[?page=N]     a category, 2 a page, pager links ``href="?page=2"``
    /nghien-cuu[?page=N]            research papers, 2 a page, "Xem thêm" link
    /nghien-cuu/<slug>              a paper: authors, abstract, text, notes, PDF attachment
    /gioi-thieu, /lien-he           Payload "pages"
    /van-ban, /van-ban/<slug>       document register and entries (PDF attachments)
    /thu-vien-anh[/<slug>]          photo albums;  /video[/<slug>] video clips
    /lich-cong-tac                  this week's work calendar (other weeks load by script)
    /tim-kiem?q=…                   search (GET form in the header)
    /admin                          Payload's admin shell (footer link "Quản trị")
    /robots.txt, /media/…, /media/files/….pdf, /_next/image?…, /_next/static/…
    any path with a trailing slash  308 to the path without it (Next's default)

Page templates
    post: breadcrumb (Trang chủ / Tin tức - Sự kiện / <category>), category chip, <h1>, meta line
    (``<time dateTime=UTC>HH:MM, dd/mm/yyyy</time>``, "Lượt xem", "Tác giả: …" or
    "Người đăng: <account>"), hero figure, sapo box (the post's ``excerpt``, when filled), the
    Lexical text, the post's layout blocks (CallToAction), attachments, "Cập nhật lần cuối",
    share/print tools, "Tin liên quan".
    paper: breadcrumb (Trang chủ / Nghiên cứu khoa học), <h1>, author box (degree, name, unit),
    "Ngày đăng: dd/mm/yyyy", abstract box ("Tóm tắt" + "Từ khóa"), Lexical text with footnotes and
    references, "Tải toàn văn bài viết (PDF, …)", "Bài nghiên cứu mới".
    Every page: top bar with today ("Thứ Bảy, 05/12/2026"), hotline and search form, banner,
    menu with drop-downs, a marquee notice, sidebar ("Lời Bác dạy", "Thông báo", "Đọc nhiều",
    links select, banners, visitor counter, poll), footer.

How each gold article is reached
    N1-N5 from the home page (slider, "Tin mới nhất"); N6, N7 from the home page's category
    blocks; N8 from the sidebar's "Thông báo" box on every page; R1, R2 from the home page's
    research block. N9 only from /chuyen-muc/hoat-dong-cua-truong?page=2 (and /tin-tuc?page=3),
    N10 only from /chuyen-muc/dao-tao-boi-duong?page=2 (and /tin-tuc?page=3), R3 only from
    /nghien-cuu?page=2. The "Tin liên quan" lists link N1, N2, N3, N4, N6 by their ObjectId.

Traps
    1. UTC instants everywhere a machine reads: ``<time dateTime>``, ``article:published_time``
       and ``__NEXT_DATA__`` give "2026-12-02T23:40:00.000Z" where the page prints
       "06:40, 03/12/2026": a post published before 07:00 local time falls on the previous day
       in UTC. Gold: the printed local time with +07:00 ("2026-12-03T06:40:00+07:00").
    2. Day-only dates stored as local midnight: N9 prints "00:00, 22/10/2026" (dateTime
       "2026-10-21T17:00:00.000Z"), the papers print "Ngày đăng: 25/11/2026" over
       "2026-11-24T17:00:00.000Z". Gold: the day alone ("2026-10-22", "2026-11-25").
       ``createdAt`` (the draft's day) in the JSON and "Cập nhật lần cuối: …" under the text
       are not the publication date.
    3. Duplicates by ObjectId: "Tin liên quan" is rendered from the relationship's ids,
       ``/tin-tuc/6745…``; the page's handler looks a post up by slug or id, so that URL serves
       the same post (canonical: the slug URL). Gold: the slug path; the id path in alt_paths.
    4. Pagination a link-follower misses: /tin-tuc prints antd's pager (``<a rel="nofollow">2</a>``
       without href, buttons for prev/next) and only ``<link rel="next">`` in <head> names the
       next page; the category pager prints query-only hrefs (``href="?page=2"``). N9, N10 and
       R3 are only reachable through page 2+ of a listing.
    5. next/image: the article photos' ``src``/``srcSet`` are optimizer URLs; the hero is
       ``next/legacy/image`` whose <img> has a 1×1 data-GIF src, the real one being inside
       <noscript>. Gold: the optimizer URL as printed in the real <img>'s ``src``
       (``/_next/image?url=%2Fmedia%2F…&w=3840&q=75``); the logo, banners, listing thumbnails and
       og:image are not article photos.
    6. Captions three ways: Payload's media caption (its own rich text) in <figcaption>; one
       caption typed by the editor as a centred italic paragraph after the photo (N5: a caption,
       not body); a figcaption that only credits "(Ảnh: Minh Khôi)" (N2: caption None,
       photographer "Minh Khôi").
    7. Chrome in the article column and repeated text: the CallToAction layout block after the
       text ("Tuyển sinh năm 2027", a paragraph and a button) is not body; the sidebar's
       "Lời Bác dạy" prints the same Hồ Chí Minh quote that R3 quotes in its text (there it is
       body: a boilerplate filter must not eat it).
    8. Headline vs SEO title: ``<title>``/og:title come from Payload's SEO field ``meta.title``,
       typed shorter by the editor ("Khai giảng lớp TCLLCT-HC khóa 78"); listing cards cut
       titles at 80 characters with "…". Gold: the <h1>.
    9. Bylines in four places: the meta line's "Tác giả: ThS. X (Phòng …)" or a CMS account
       "Người đăng: bientap01 / vanphong.tct / daotao / doanthanhnien / Admin" (nobody); right-
       aligned closing lines typed in the text ("Tin, ảnh: Thanh Hương", "Tin: Lan Phương - Ảnh:
       Đức Anh", a unit alone "Phòng Quản lý đào tạo" or "PHÒNG QUẢN LÝ ĐÀO TẠO", "Theo Báo
       Tuyên Quang"); the papers' author box with degrees and units; the official notice's signer.
   10. Research papers: abstract box (the sapo) with a "Từ khóa" line (not body); bare
       superscript calls ``<a href="#chu-thich-1"><sup>1</sup></a>`` (not text) in R1 but
       bracketed calls "[1]" (text) in R2; "Chú thích" / "Tài liệu tham khảo" and their entries
       are body; "Tải toàn văn bài viết (PDF, 1,2 MB)" is an attachment; R2's "Xem thêm:" link
       points at R1 with a trailing slash (308 to the slug URL).
   11. An official notice (N4) pasted as Lexical "Nhúng HTML" blocks: letterhead table, kind
       and subject lines, the schedule table (its rows are body), "Nơi nhận" + signer table.
       Gold: letterhead day "2026-11-30" although the meta line prints "16:45, 30/11/2026";
       signer "Hoàng Thị Thanh Nga" the author; "Người đăng: vanphong.tct" nobody.
   12. Lexical serialisation: empty ``<p></p>`` paragraphs, linebreak nodes (``<br/>`` splits a
       paragraph in two), N5's text pasted from a Mac in NFD (gold NFC), a title ending in an
       emoji (N3), ``\\u003c``-escaped JSON.

Gold decisions on ambiguous points
    * Image location: the ``src`` of the <img> that carries the photo, as printed (the
      ``/_next/image`` optimizer URL at w=3840), not the decoded ``/media/`` original and not
      the legacy placeholder's data URI. The hero is the first photo of a post that has one.
    * A figcaption "(Ảnh: Minh Khôi)" credits a photographer: caption None, the name goes to
      ``photographers``.
    * Category: the last breadcrumb item (the chip prints the same); papers are filed under
      "Nghiên cứu khoa học" (the menu's and breadcrumb's name; the home page's block calls
      the same section "Nghiên cứu - Trao đổi").
    * The sapo: the excerpt box of a post, the abstract box of a paper (without its "Tóm tắt"
      heading and "Từ khóa" line), N10's bold first paragraph. Posts without these have
      summary None (their meta description is an automatic cut of the first paragraph).
    * N4's date is the letterhead's day (house rule for notices printed as documents).
    * A unit signing alone is the author as printed, capitals kept ("PHÒNG QUẢN LÝ ĐÀO TẠO").
    * N7 closes with "Theo Báo Tuyên Quang": source "Báo Tuyên Quang"; its meta line's
      "Tác giả: Bích Ngọc" is the author. Its body sentence "Theo kế hoạch, …" is text.
    * Numbered headings the editor typed ("1. Đặt vấn đề") and numbered notes ("1. Đảng Cộng
      sản Việt Nam: …") keep their numbers: they are typed text, not list markers.
    * Table rows (N4's schedule, N9's prize list) are paragraphs, header row included.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qs, quote, unquote, urlsplit

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, gold_record, static_file

NAME = "payload_next_tct"
PLATFORM = "Payload CMS 2 + Next.js 14 Pages Router (SSR, Lexical rich text, next/image)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Tuyên Quang"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
BUILD_ID = "kP3vQx8TzL2mN7rYc4aWd"
ICT = timezone(timedelta(hours=7))
CSS = "/_next/static/css/7f3c1d0a2b9e4c55.css"
CHUNKS = [
    "/_next/static/chunks/webpack-59c5c889f52620d6.js",
    "/_next/static/chunks/framework-ecc4130bc7a58a64.js",
    "/_next/static/chunks/main-a3f8d2b1e9c04f77.js",
    "/_next/static/chunks/pages/_app-0b1e5c6d7a8f9e21.js",
    "/_next/static/chunks/929-3d6e0f1b2a4c5d88.js",
]
PAGE_CHUNK = {
    "/": "/_next/static/chunks/pages/index-6a2b9c0d1e3f4a55.js",
    "/tin-tuc": "/_next/static/chunks/pages/tin-tuc-1c2d3e4f5a6b7c80.js",
    "/tin-tuc/[slug]": "/_next/static/chunks/pages/tin-tuc/%5Bslug%5D-9e8d7c6b5a4f3e21.js",
    "/chuyen-muc/[slug]": "/_next/static/chunks/pages/chuyen-muc/%5Bslug%5D-2b3c4d5e6f7a8b90.js",
    "/nghien-cuu": "/_next/static/chunks/pages/nghien-cuu-4d5e6f7a8b9c0d12.js",
    "/nghien-cuu/[slug]": "/_next/static/chunks/pages/nghien-cuu/%5Bslug%5D-5e6f7a8b9c0d1e23.js",
    "/[...slug]": "/_next/static/chunks/pages/%5B...slug%5D-7a8b9c0d1e2f3a45.js",
}


# --- small helpers ------------------------------------------------------------------------------


def cm(component: str, name: str) -> str:
    """A CSS-module class name as Next prints it: ``BaiViet_tieuDe__j4Rr9``."""
    digest = hashlib.md5(f"{component}.{name}".encode()).digest()
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return f"{component}_{name}__" + "".join(alphabet[b % 62] for b in digest[:5])


def rx(value: str) -> str:
    """React's escaping of text and attribute values."""
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


def oid(seed: str) -> str:
    """A MongoDB ObjectId (24 hex digits), deterministic per seed."""
    return "6745" + hashlib.sha1(seed.encode()).hexdigest()[:20]


def format_slug(title: str) -> str:
    """Payload's website template ``formatSlug``: JS ``\\w`` is ASCII, Vietnamese letters vanish."""
    return re.sub(r"[^A-Za-z0-9_-]+", "", title.replace(" ", "-")).lower()


def nimg(filename: str, w: int = 3840) -> str:
    return f"/_next/image?url=%2Fmedia%2F{filename}&w={w}&q=75"


def media_file(src: str) -> str:
    return unquote(parse_qs(urlsplit(src).query)["url"][0]).rsplit("/", 1)[-1]


def local(value: str) -> datetime:
    """'2026-12-03T06:40' or a day '2026-10-22' (local midnight) as an aware datetime."""
    if "T" not in value:
        value += "T00:00"
    return datetime.fromisoformat(value).replace(tzinfo=ICT)


def utc_z(value: str) -> str:
    moment = local(value).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def dmy(value: str) -> str:
    return local(value).strftime("%d/%m/%Y")


def hm_dmy(value: str) -> str:
    return local(value).strftime("%H:%M, %d/%m/%Y")


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def next_json(data: dict) -> str:
    """``__NEXT_DATA__`` as Next prints it (htmlEscapeJsonString)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


# --- non-text blocks of the rich text -----------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """A paragraph typed in the rich text that is not article text (byline, source, kind line).

    ``fmt`` is Lexical's text format (1 bold, 2 italic), ``align`` the paragraph's format."""

    text: str
    align: str = "right"
    fmt: int = 0


@dataclass(frozen=True)
class SeeAlso:
    """A "Xem thêm: <link>" paragraph."""

    title: str
    href: str


@dataclass(frozen=True)
class Empty:
    """An empty Lexical paragraph (``<p></p>``)."""


# --- the stories --------------------------------------------------------------------------------

CATS = {
    "hoat-dong-cua-truong": "Hoạt động của Trường",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "cong-tac-dang-doan-the": "Công tác Đảng - Đoàn thể",
    "thong-bao": "Thông báo",
}
NEWS_ROOT = "Tin tức - Sự kiện"
RESEARCH_CAT = "Nghiên cứu khoa học"

_N2_TITLE = "Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 78 hệ không tập trung"
_N5_TITLE = "Trao đổi kinh nghiệm công tác đào tạo, bồi dưỡng với Trường Chính trị tỉnh Lào Cai"
_N9_TITLE = "Hội thi giảng viên dạy giỏi cấp Trường năm 2026"

_LETTERHEAD = (
    '<table style="width:100%;border-collapse:collapse" border="0"><tbody><tr>'
    '<td style="width:42%;text-align:center;vertical-align:top"><p>TỈNH ỦY TUYÊN QUANG<br>'
    "<strong>TRƯỜNG CHÍNH TRỊ</strong><br>*<br>Số: 215/TB-TCT</p></td>"
    '<td style="width:58%;text-align:center;vertical-align:top"><p><strong>CỘNG HÒA XÃ HỘI CHỦ '
    "NGHĨA VIỆT NAM</strong><br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>"
    "<p><em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></p></td></tr></tbody></table>"
)
_CLOSING = (
    '<table style="width:100%" border="0"><tbody><tr><td style="width:50%;vertical-align:top">'
    "<p><strong><em>Nơi nhận:</em></strong><br>- Ban Giám hiệu;<br>- Các khoa, phòng;<br>"
    "- Học viên lớp K75;<br>- Lưu: VT, QLĐT.</p></td>"
    '<td style="width:50%;text-align:center;vertical-align:top"><p><strong>KT. HIỆU TRƯỞNG<br>'
    "PHÓ HIỆU TRƯỞNG</strong></p><p><em>(Đã ký)</em></p><p><strong>Hoàng Thị Thanh Nga</strong></p>"
    "</td></tr></tbody></table>"
)

N1 = Story(
    id=1,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2027",
    title="Trường Chính trị tỉnh tổ chức Hội nghị viên chức, người lao động năm 2027",
    cat="hoat-dong-cua-truong",
    published_at="2026-12-04T16:20:00+07:00",
    summary=(
        "Chiều 04/12, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội nghị viên chức, người lao "
        "động năm 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026, bàn giải pháp thực "
        "hiện nhiệm vụ chính trị năm 2027."
    ),
    sapo_outside=True,
    authors=["Thanh Hương"],
    photographers=["Thanh Hương"],
    blocks=[
        Img(
            nimg("hoi-nghi-vc-2027-01.jpg"),
            "Đồng chí Nguyễn Văn Sơn, Phó Bí thư Đảng ủy, Hiệu trưởng Nhà trường phát biểu khai mạc Hội nghị",
            "Đồng chí Nguyễn Văn Sơn, Phó Bí thư Đảng ủy, Hiệu trưởng Nhà trường phát biểu khai mạc Hội nghị",
            style="hero",
        ),
        P(
            "Dự Hội nghị có đồng chí Lê Thị Minh Hạnh, Phó Trưởng ban Thường trực Ban Tuyên giáo "
            "và Dân vận Tỉnh ủy; đại diện Công đoàn Viên chức tỉnh; các đồng chí trong Ban Giám "
            "hiệu cùng toàn thể viên chức, người lao động của Nhà trường."
        ),
        P(
            "Năm 2026, trong bối cảnh triển khai mô hình chính quyền địa phương hai cấp, Nhà "
            "trường đã chủ động tham mưu với Ban Thường vụ Tỉnh ủy xây dựng kế hoạch đào tạo, bồi "
            "dưỡng sát với nhu cầu thực tiễn của cơ sở. Kết quả, Nhà trường đã mở 42 lớp với 3.956 "
            "học viên, đạt 112% kế hoạch năm; trong đó có 14 lớp Trung cấp lý luận chính trị - "
            "hành chính, 28 lớp bồi dưỡng cán bộ, công chức cấp xã và các đối tượng khác."
        ),
        Empty(),
        P("Một số chỉ tiêu chủ yếu năm 2027", "h3"),
        P("Mở từ 40 lớp trở lên, đào tạo, bồi dưỡng khoảng 3.800 lượt học viên;", "li"),
        P(
            "100% giảng viên đạt chuẩn, thực hiện đi thực tế tại cơ sở ít nhất 01 tháng/năm;",
            "li",
        ),
        P(
            "Phấn đấu có ít nhất 02 đề tài khoa học cấp cơ sở được nghiệm thu đạt loại khá trở lên.",
            "li",
        ),
        Img(nimg("hoi-nghi-vc-2027-02.jpg"), "Quang cảnh Hội nghị", "Quang cảnh Hội nghị", "fig"),
        P(
            "Phát biểu chỉ đạo Hội nghị, đồng chí Lê Thị Minh Hạnh ghi nhận, biểu dương những kết "
            "quả Nhà trường đạt được trong năm qua; đề nghị tập thể viên chức, người lao động tiếp "
            "tục đổi mới nội dung, phương pháp giảng dạy, gắn lý luận với thực tiễn, nâng cao chất "
            "lượng nghiên cứu khoa học, xứng đáng là trung tâm đào tạo, bồi dưỡng cán bộ của tỉnh."
        ),
        P(
            "Tại Hội nghị, các đại biểu đã thảo luận, đóng góp ý kiến vào dự thảo Quy chế chi tiêu "
            "nội bộ, Quy chế dân chủ ở cơ sở năm 2027 và biểu quyết thông qua Nghị quyết Hội nghị "
            "với tỷ lệ 100% đại biểu tán thành."
        ),
        Line("Tin, ảnh: Thanh Hương", fmt=1),
        Empty(),
    ],
    opts={
        "at": "2026-12-04T16:20",
        "created": "2026-12-04T15:55",
        "updated": "2026-12-05T08:10",
        "seo": "Hội nghị viên chức, người lao động năm 2027",
        "by": ("Người đăng", "bientap01", None),
        "related": [4, 3],
        "cta": True,
    },
)

N2 = Story(
    id=2,
    slug=format_slug(_N2_TITLE),
    title=_N2_TITLE,
    cat="dao-tao-boi-duong",
    published_at="2026-12-03T06:40:00+07:00",
    summary=(
        "Sáng 02/12, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ khai giảng lớp Trung cấp lý "
        "luận chính trị - hành chính khóa 78 hệ không tập trung cho 86 học viên là cán bộ, công "
        "chức các xã, phường trên địa bàn tỉnh."
    ),
    sapo_outside=True,
    authors=["Đặng Minh Khôi"],
    photographers=["Minh Khôi"],
    blocks=[
        Img(
            nimg("khai-giang-k78-01.jpg"),
            "Đồng chí Hoàng Thị Thanh Nga, Phó Hiệu trưởng Nhà trường phát biểu tại Lễ khai giảng",
            "Đồng chí Hoàng Thị Thanh Nga, Phó Hiệu trưởng Nhà trường phát biểu tại Lễ khai giảng",
            style="hero",
        ),
        P(
            "Lớp học được tổ chức theo Kế hoạch số 97/KH-TCT ngày 15/10/2026 của Trường Chính trị "
            "tỉnh về đào tạo trung cấp lý luận chính trị - hành chính năm 2026 - 2027. Trong thời "
            "gian 8 tháng, các học viên sẽ được nghiên cứu, học tập 4 phần học với 19 học phần theo "
            "chương trình do Học viện Chính trị quốc gia Hồ Chí Minh ban hành."
        ),
        Img(nimg("khai-giang-k78-02.jpg"), "(Ảnh: Minh Khôi)", None, "fig"),
        P(
            "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhấn mạnh: sau khi sắp xếp tổ chức bộ "
            "máy và thực hiện chính quyền địa phương hai cấp, yêu cầu đối với đội ngũ cán bộ cấp xã "
            "ngày càng cao, đòi hỏi mỗi cán bộ phải vững vàng về chính trị, thành thạo về chuyên "
            "môn, nghiệp vụ."
        ),
        P(
            "“Mỗi học viên cần xác định rõ động cơ, thái độ học tập đúng đắn, chấp hành nghiêm quy "
            "chế học viên, tích cực nghiên cứu tài liệu, liên hệ thực tiễn địa phương, đơn vị mình "
            "công tác”, đồng chí Hoàng Thị Thanh Nga đề nghị.",
            "quote",
        ),
        P(
            "Dịp này, Nhà trường đã công bố các quyết định thành lập lớp, quyết định cử giáo viên "
            "chủ nhiệm và ra mắt Ban cán sự lớp, Chi bộ lớp học."
        ),
    ],
    opts={
        "at": "2026-12-03T06:40",
        "created": "2026-12-02T11:20",
        "updated": "2026-12-03T07:05",
        "seo": "Khai giảng lớp TCLLCT-HC khóa 78",
        "by": ("Tác giả", "ThS. Đặng Minh Khôi", "Phòng Quản lý đào tạo"),
        "related": [1],
        "related_research": [11],
        "cta": True,
    },
)

N3 = Story(
    id=3,
    slug="chi-doan-ra-quan-ngay-chu-nhat-xanh",
    title="Chi đoàn Trường Chính trị tỉnh ra quân “Ngày Chủ nhật xanh” 🌿",
    cat="cong-tac-dang-doan-the",
    published_at="2026-11-30T09:15:00+07:00",
    authors=["Lan Phương"],
    photographers=["Đức Anh"],
    blocks=[
        Img(nimg("cn-xanh-01.jpg"), None, None, style="hero"),
        P(
            "Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Tỉnh đoàn phát động, sáng 29/11, Chi đoàn "
            "Trường Chính trị tỉnh phối hợp với Đoàn phường Minh Xuân tổ chức ra quân dọn vệ sinh, "
            "trồng cây xanh tại khuôn viên Nhà trường và tuyến đường Trần Hưng Đạo."
        ),
        P(
            "Tham gia chương trình có 35 đoàn viên, thanh niên cùng các đồng chí trong Ban Chấp hành "
            "Công đoàn Trường. Các đoàn viên đã thu gom gần 2 tấn rác thải, phát quang bụi rậm, khơi "
            "thông cống rãnh và trồng mới 50 cây bóng mát."
        ),
        Img(
            nimg("cn-xanh-02.jpg"),
            "Đoàn viên Chi đoàn Trường trồng cây xanh tại khuôn viên Nhà trường",
            "Đoàn viên Chi đoàn Trường trồng cây xanh tại khuôn viên Nhà trường",
            "fig",
        ),
        P(
            "Thông điệp của Chi đoàn: “Sống xanh - Hành động xanh - Vì một Tuyên Quang xanh, sạch, "
            "đẹp” 💚"
        ),
        P("Mỗi đoàn viên hãy là một tuyên truyền viên tích cực về bảo vệ môi trường!", "br"),
        P(
            "Thông qua hoạt động, góp phần nâng cao nhận thức của đoàn viên, thanh niên về bảo vệ "
            "môi trường, xây dựng cảnh quan Nhà trường xanh - sạch - đẹp, văn minh."
        ),
        Line("Tin: Lan Phương - Ảnh: Đức Anh", fmt=1),
    ],
    opts={
        "at": "2026-11-30T09:15",
        "created": "2026-11-29T16:40",
        "updated": None,
        "seo": "Chi đoàn Trường ra quân “Ngày Chủ nhật xanh”",
        "by": ("Người đăng", "doanthanhnien", None),
        "related": [],
    },
)

N4 = Story(
    id=4,
    slug="thong-bao-thi-tot-nghiep-lop-tcllct-hc-khoa-75",
    title=(
        "Thông báo về việc tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính "
        "khóa 75"
    ),
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Hoàng Thị Thanh Nga"],
    blocks=[
        Raw(_LETTERHEAD),
        Line("THÔNG BÁO", "center", 1),
        Line(
            "Về việc tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 75",
            "center",
            1,
        ),
        P(
            "Căn cứ Quy chế đào tạo trung cấp lý luận chính trị - hành chính ban hành kèm theo "
            "Quyết định của Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh;",
            "indent",
        ),
        P(
            "Căn cứ Kế hoạch số 58/KH-TCT ngày 12/3/2026 của Trường Chính trị tỉnh về đào tạo lớp "
            "Trung cấp lý luận chính trị - hành chính khóa 75 hệ không tập trung,",
            "indent",
        ),
        P(
            "Trường Chính trị tỉnh thông báo tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính "
            "trị - hành chính khóa 75 như sau:",
            "indent",
        ),
        P("1. Đối tượng dự thi", "bold"),
        P(
            "Học viên đã hoàn thành chương trình học tập, có điểm trung bình chung các học phần đạt "
            "từ 5,0 trở lên và không vi phạm quy chế học viên (có danh sách kèm theo).",
            "indent",
        ),
        P("2. Thời gian, địa điểm, môn thi", "bold"),
        P("Ngày thi | Buổi | Môn thi | Hình thức", "row"),
        P(
            "Thứ Hai, 14/12/2026 | Sáng | Những vấn đề cơ bản về chủ nghĩa Mác - Lênin và tư tưởng "
            "Hồ Chí Minh | Viết",
            "row",
        ),
        P(
            "Thứ Ba, 15/12/2026 | Sáng | Đường lối, chính sách của Đảng, pháp luật của Nhà nước | Viết",
            "row",
        ),
        P(
            "Thứ Tư, 16/12/2026 | Sáng | Kỹ năng lãnh đạo, quản lý và vận dụng vào thực tiễn địa "
            "phương | Vấn đáp",
            "row",
        ),
        P("Địa điểm: Hội trường tầng 3, Nhà A, Trường Chính trị tỉnh.", "indent"),
        P("3. Tổ chức thực hiện", "bold"),
        P(
            "Phòng Quản lý đào tạo chủ trì, phối hợp với các khoa chuyên môn chuẩn bị đề thi, đáp "
            "án, tổ chức coi thi, chấm thi theo đúng quy chế. Giáo viên chủ nhiệm lớp thông báo tới "
            "toàn thể học viên để biết, thực hiện.",
            "indent",
        ),
        Raw(_CLOSING),
    ],
    opts={
        "at": "2026-11-30T16:45",
        "created": "2026-11-30T16:30",
        "updated": "2026-12-01T08:02",
        "seo": "Thông báo thi tốt nghiệp lớp TCLLCT-HC khóa 75",
        "by": ("Người đăng", "vanphong.tct", None),
        "related": [],
        "files": [
            ("DS-hoc-vien-du-thi-K75.pdf", "/media/files/ds-hoc-vien-du-thi-k75.pdf", "212 KB"),
        ],
    },
)

N5 = Story(
    id=5,
    slug=format_slug(_N5_TITLE),
    title=_N5_TITLE,
    cat="hoat-dong-cua-truong",
    published_at="2026-11-27T14:30:00+07:00",
    summary=(
        "Ngày 26 - 27/11, đoàn công tác Trường Chính trị tỉnh Tuyên Quang do đồng chí Nguyễn Văn "
        "Sơn, Hiệu trưởng làm trưởng đoàn đã có chuyến thăm, làm việc, trao đổi kinh nghiệm với "
        "Trường Chính trị tỉnh Lào Cai."
    ),
    sapo_outside=True,
    authors=["Hữu Thắng"],
    blocks=[
        Img(
            nimg("lao-cai-01.jpg"),
            "Lãnh đạo hai trường trao đổi tại buổi làm việc",
            "Lãnh đạo hai trường trao đổi tại buổi làm việc",
            style="hero",
        ),
        P(
            "Tại buổi làm việc, lãnh đạo hai trường đã trao đổi, chia sẻ kinh nghiệm về công tác "
            "xây dựng chương trình, nội dung bồi dưỡng cán bộ, công chức cấp xã sau sắp xếp; đổi "
            "mới phương pháp giảng dạy; quản lý học viên; chuyển đổi số trong hoạt động đào tạo và "
            "công tác nghiên cứu khoa học."
        ),
        P(
            "Đồng chí Hiệu trưởng Trường Chính trị tỉnh Lào Cai thông tin: năm 2026, Nhà trường đã "
            "đưa vào vận hành hệ thống quản lý đào tạo trực tuyến, số hóa toàn bộ hồ sơ học viên và "
            "ngân hàng câu hỏi thi, bước đầu ứng dụng trí tuệ nhân tạo trong hỗ trợ giảng viên chuẩn "
            "bị bài giảng."
        ),
        Img(
            nimg("lao-cai-02.jpg"),
            "Đoàn công tác tham quan phòng học thông minh của Trường Chính trị tỉnh Lào Cai",
            "Đoàn công tác tham quan phòng học thông minh của Trường Chính trị tỉnh Lào Cai",
            "italic-next",
        ),
        P(
            "Phát biểu tại buổi làm việc, đồng chí Nguyễn Văn Sơn cảm ơn sự đón tiếp chu đáo của "
            "Trường Chính trị tỉnh Lào Cai; khẳng định những kinh nghiệm quý báu được chia sẻ sẽ "
            "được Nhà trường nghiên cứu, vận dụng phù hợp với điều kiện thực tiễn của tỉnh Tuyên "
            "Quang."
        ),
        P(
            "Nhân dịp này, đoàn công tác đã dâng hương tưởng niệm các Anh hùng liệt sĩ tại Đền thờ "
            "liệt sĩ tỉnh Lào Cai và tham quan một số mô hình chuyển đổi số tại phường Cam Đường."
        ),
    ],
    opts={
        "at": "2026-11-27T14:30",
        "created": "2026-11-27T10:12",
        "updated": None,
        "seo": "Làm việc với Trường Chính trị tỉnh Lào Cai",
        "by": ("Tác giả", "Hữu Thắng", None),
        "related": [1],
        "nfd": True,
    },
)

N6 = Story(
    id=6,
    slug="boi-duong-kien-thuc-qp-an-doi-tuong-4-nam-2026",
    title="Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-11-24T08:00:00+07:00",
    authors=["Phòng Quản lý đào tạo"],
    blocks=[
        P(
            "Thực hiện Kế hoạch của Hội đồng Giáo dục quốc phòng và an ninh tỉnh, từ ngày 17 đến "
            "ngày 21/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức "
            "lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
        ),
        P(
            "Tham gia lớp học có 120 học viên là trưởng thôn, tổ dân phố, bí thư chi bộ, trưởng ban "
            "công tác Mặt trận ở khu dân cư thuộc các xã, phường trên địa bàn tỉnh."
        ),
        P("Trong thời gian 5 ngày, các học viên được nghiên cứu các chuyên đề:"),
        P(
            "Một số nội dung cơ bản về quan điểm của Đảng về quốc phòng, an ninh trong tình hình mới;",
            "li",
        ),
        P(
            "Xây dựng nền quốc phòng toàn dân, thế trận quốc phòng toàn dân gắn với thế trận an ninh "
            "nhân dân ở cơ sở;",
            "li",
        ),
        P("Công tác dân quân tự vệ, dự bị động viên và giáo dục quốc phòng và an ninh;", "li"),
        P(
            "Phòng, chống chiến lược “diễn biến hòa bình”, bạo loạn lật đổ của các thế lực thù địch.",
            "li",
        ),
        Img(nimg("qpan-doi-tuong-4-2026.jpg"), None, None, "fig"),
        P("Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 68,3% đạt loại khá, giỏi."),
        Line("Phòng Quản lý đào tạo", fmt=2),
    ],
    opts={
        "at": "2026-11-24T08:00",
        "created": "2026-11-23T17:20",
        "updated": None,
        "seo": "Bồi dưỡng kiến thức QP-AN đối tượng 4 năm 2026",
        "by": ("Người đăng", "daotao", None),
        "related": [2],
        "cta": True,
    },
)

N7 = Story(
    id=7,
    slug="dang-bo-truong-quan-triet-chuyen-de-nam-2026",
    title=(
        "Đảng bộ Trường Chính trị tỉnh quán triệt chuyên đề học tập và làm theo tư tưởng, đạo "
        "đức, phong cách Hồ Chí Minh năm 2026"
    ),
    cat="cong-tac-dang-doan-the",
    published_at="2026-11-20T15:00:00+07:00",
    summary=(
        "Chiều 19/11, Đảng bộ Trường Chính trị tỉnh tổ chức hội nghị nghiên cứu, học tập, quán "
        "triệt chuyên đề năm 2026 “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
        "về xây dựng đội ngũ cán bộ có đủ phẩm chất, năng lực, uy tín ngang tầm nhiệm vụ”."
    ),
    sapo_outside=True,
    authors=["Bích Ngọc"],
    source="Báo Tuyên Quang",
    blocks=[
        Img(
            nimg("dang-bo-chuyen-de-2026.jpg"),
            "Các đảng viên tham dự hội nghị",
            "Các đảng viên tham dự hội nghị",
            style="hero",
        ),
        P(
            "Theo kế hoạch, hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới "
            "6 chi bộ trực thuộc với sự tham gia của gần 80 đảng viên."
        ),
        P(
            "Tại hội nghị, các đảng viên đã được nghe đồng chí Bí thư Đảng ủy Trường quán triệt "
            "những nội dung cơ bản của chuyên đề; trong đó tập trung làm rõ quan điểm của Chủ tịch "
            "Hồ Chí Minh về vị trí, vai trò của cán bộ và công tác cán bộ, những tiêu chuẩn cơ bản "
            "của người cán bộ cách mạng."
        ),
        P(
            "“Cán bộ là cái gốc của mọi công việc. Công việc thành công hoặc thất bại đều do cán "
            "bộ tốt hay kém”.",
            "quote",
        ),
        P(
            "Sau hội nghị, mỗi đảng viên xây dựng bản cam kết học tập và làm theo Bác gắn với chức "
            "trách, nhiệm vụ được giao; các chi bộ đưa nội dung chuyên đề vào sinh hoạt thường kỳ, "
            "chuyên đề hằng tháng."
        ),
        Line("Theo Báo Tuyên Quang", fmt=2),
    ],
    opts={
        "at": "2026-11-20T15:00",
        "created": "2026-11-20T14:41",
        "updated": None,
        "seo": "Đảng bộ Trường quán triệt chuyên đề năm 2026",
        "by": ("Tác giả", "Bích Ngọc", None),
        "related": [],
    },
)

N8 = Story(
    id=8,
    slug="dieu-chinh-lich-hoc-lop-tcllct-hc-k77-tuan-47",
    title="Điều chỉnh lịch học lớp Trung cấp lý luận chính trị - hành chính khóa 77 (tuần 47)",
    cat="thong-bao",
    published_at="2026-11-18T10:05:00+07:00",
    authors=["PHÒNG QUẢN LÝ ĐÀO TẠO"],
    blocks=[
        P(
            "Do giảng viên phụ trách học phần “Quản lý hành chính nhà nước” tham gia đoàn kiểm tra "
            "của Tỉnh ủy, Phòng Quản lý đào tạo thông báo điều chỉnh lịch học lớp Trung cấp lý luận "
            "chính trị - hành chính khóa 77 hệ không tập trung trong tuần 47 như sau:"
        ),
        P(
            "Thứ Tư (18/11/2026): học phần “Kỹ năng lãnh đạo, quản lý” thay cho học phần “Quản lý "
            "hành chính nhà nước”;",
            "li",
        ),
        P("Thứ Năm, Thứ Sáu (19 - 20/11/2026): học theo lịch cũ;", "li"),
        P(
            "Học phần “Quản lý hành chính nhà nước” được bố trí học bù vào sáng Thứ Bảy (21/11/2026).",
            "li",
        ),
        P(
            "Đề nghị giáo viên chủ nhiệm và Ban cán sự lớp thông báo tới toàn thể học viên để biết, "
            "thực hiện."
        ),
        SeeAlso("Lịch công tác tuần của Nhà trường", "/lich-cong-tac"),
        Line("PHÒNG QUẢN LÝ ĐÀO TẠO", fmt=1),
    ],
    opts={
        "at": "2026-11-18T10:05",
        "created": "2026-11-18T09:50",
        "updated": None,
        "seo": "Điều chỉnh lịch học lớp K77 tuần 47",
        "by": ("Người đăng", "daotao", None),
        "related": [],
        "files": [("Lich-hoc-K77-tuan-47.pdf", "/media/files/lich-hoc-k77-tuan-47.pdf", "96 KB")],
    },
)

N9 = Story(
    id=9,
    slug=format_slug(_N9_TITLE),
    title=_N9_TITLE,
    cat="hoat-dong-cua-truong",
    published_at="2026-10-22",
    summary=(
        "Từ ngày 19 đến ngày 21/10/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy "
        "giỏi cấp Trường năm 2026 với sự tham gia của 18 giảng viên đến từ 4 khoa chuyên môn."
    ),
    sapo_outside=True,
    authors=["Vũ Thị Hải Yến"],
    blocks=[
        Img(
            nimg("hoi-thi-gvdg-2026-01.jpg"),
            "Ban Tổ chức trao giải Nhất cho giảng viên Nguyễn Thu Trang, Khoa Lý luận cơ sở",
            "Ban Tổ chức trao giải Nhất cho giảng viên Nguyễn Thu Trang, Khoa Lý luận cơ sở",
            style="hero",
        ),
        P(
            "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ sư phạm của đội ngũ giảng viên; "
            "tạo môi trường để giảng viên giao lưu, học hỏi, trao đổi kinh nghiệm, đổi mới phương "
            "pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của học viên."
        ),
        P(
            "Mỗi giảng viên dự thi trình bày một bài giảng trong thời gian 45 phút thuộc chương "
            "trình Trung cấp lý luận chính trị - hành chính hoặc các chương trình bồi dưỡng do Nhà "
            "trường đảm nhận. Ban Giám khảo đánh giá trên các tiêu chí: nội dung khoa học, phương "
            "pháp sư phạm, khả năng liên hệ thực tiễn, ứng dụng công nghệ thông tin và tác phong "
            "giảng viên."
        ),
        Img(
            nimg("hoi-thi-gvdg-2026-02.jpg"),
            "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng dự thi",
            "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng dự thi",
            "fig",
        ),
        Img(
            nimg("hoi-thi-gvdg-2026-03.jpg"),
            "Ban Giám khảo chấm thi",
            "Ban Giám khảo chấm thi",
            "fig",
        ),
        P(
            "Kết quả, Ban Tổ chức đã trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến "
            "khích. Danh sách giảng viên đạt giải Nhất, Nhì:"
        ),
        P("Giải | Họ và tên | Đơn vị", "row"),
        P("Nhất | Nguyễn Thu Trang | Khoa Lý luận cơ sở", "row"),
        P("Nhì | Đỗ Văn Hưng | Khoa Xây dựng Đảng", "row"),
        P("Nhì | Lý Thị Hồng Vân | Khoa Nhà nước và pháp luật", "row"),
        P(
            "Các giảng viên đạt giải Nhất, Nhì sẽ được Nhà trường lựa chọn tham dự Hội thi giảng "
            "viên dạy giỏi các trường chính trị khu vực miền núi phía Bắc năm 2027."
        ),
    ],
    opts={
        "at": "2026-10-22",
        "created": "2026-10-21T16:05",
        "updated": "2026-10-23T09:30",
        "seo": "Hội thi giảng viên dạy giỏi năm 2026",
        "by": ("Tác giả", "CN. Vũ Thị Hải Yến", None),
        "related": [1],
        "cta": True,
    },
)

N10 = Story(
    id=10,
    slug="be-giang-lop-boi-duong-ngach-chuyen-vien-chinh-nam-2026",
    title="Bế giảng lớp bồi dưỡng ngạch chuyên viên chính năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-10-15T10:30:00+07:00",
    summary=(
        "Sáng 15/10, Trường Chính trị tỉnh tổ chức Lễ bế giảng lớp bồi dưỡng kiến thức quản lý "
        "nhà nước chương trình chuyên viên chính năm 2026 cho 65 học viên là cán bộ, công chức, "
        "viên chức các sở, ban, ngành và các xã, phường."
    ),
    blocks=[
        Img(
            nimg("be-giang-cvc-2026.jpg"),
            "Trao giấy chứng nhận cho các học viên có thành tích xuất sắc trong khóa học",
            "Trao giấy chứng nhận cho các học viên có thành tích xuất sắc trong khóa học",
            style="hero",
        ),
        P(
            "Sáng 15/10, Trường Chính trị tỉnh tổ chức Lễ bế giảng lớp bồi dưỡng kiến thức quản lý "
            "nhà nước chương trình chuyên viên chính năm 2026 cho 65 học viên là cán bộ, công chức, "
            "viên chức các sở, ban, ngành và các xã, phường.",
            "bold",
        ),
        P(
            "Sau 2 tháng học tập, các học viên đã được trang bị những kiến thức cơ bản, chuyên sâu "
            "về quản lý nhà nước, kỹ năng thực hiện công vụ ngạch chuyên viên chính; đồng thời được "
            "đi nghiên cứu thực tế tại xã Hàm Yên."
        ),
        P(
            "Kết quả học tập: 100% học viên đủ điều kiện được cấp chứng chỉ; trong đó có 21 học viên "
            "đạt loại giỏi (32,3%), 41 học viên đạt loại khá (63,1%), 3 học viên đạt loại trung "
            "bình (4,6%)."
        ),
        P(
            "Dịp này, Nhà trường đã khen thưởng 06 học viên có thành tích xuất sắc trong học tập và "
            "tham gia tích cực các phong trào của lớp."
        ),
    ],
    opts={
        "at": "2026-10-15T10:30",
        "created": "2026-10-15T10:02",
        "updated": None,
        "seo": "Bế giảng lớp chuyên viên chính năm 2026",
        "by": ("Người đăng", "Admin", None),
        "related": [6],
        "cta": True,
    },
)

R1 = Story(
    id=11,
    slug="nang-cao-chat-luong-doi-ngu-giang-vien-truong-chinh-tri-tinh",
    title=(
        "Nâng cao chất lượng đội ngũ giảng viên Trường Chính trị tỉnh Tuyên Quang đáp ứng yêu cầu "
        "nhiệm vụ trong giai đoạn mới"
    ),
    cat="nghien-cuu",
    published_at="2026-11-25",
    summary=(
        "Đội ngũ giảng viên là nhân tố quyết định chất lượng đào tạo, bồi dưỡng cán bộ của trường "
        "chính trị tỉnh. Bài viết đánh giá thực trạng đội ngũ giảng viên Trường Chính trị tỉnh "
        "Tuyên Quang hiện nay, từ đó đề xuất một số giải pháp nâng cao chất lượng đội ngũ giảng "
        "viên đáp ứng yêu cầu nhiệm vụ trong giai đoạn mới."
    ),
    sapo_outside=True,
    authors=["Lương Thị Hồng Nhung"],
    blocks=[
        P("1. Đặt vấn đề", "h3"),
        P(
            "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng xác định nhiệm vụ xây dựng "
            "đội ngũ cán bộ các cấp, nhất là cấp chiến lược và người đứng đầu đủ phẩm chất, năng "
            "lực, uy tín, ngang tầm nhiệm vụ.",
            "sup:lần thứ XIV của Đảng:1",
        ),
        P(
            "Quy định số 09-QĐ/TW ngày 13/11/2019 của Ban Bí thư về chức năng, nhiệm vụ, tổ chức bộ "
            "máy và mối quan hệ công tác của trường chính trị tỉnh, thành phố trực thuộc Trung ương "
            "đã xác định trường chính trị là trung tâm đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý "
            "của hệ thống chính trị ở địa phương.",
            "sup:thành phố trực thuộc Trung ương:2",
        ),
        P(
            "Trong đó, đội ngũ giảng viên giữ vai trò quyết định đến chất lượng, hiệu quả đào tạo, "
            "bồi dưỡng của nhà trường."
        ),
        P("2. Thực trạng đội ngũ giảng viên của Nhà trường", "h3"),
        P(
            "Tính đến tháng 10/2026, Nhà trường có 38 giảng viên cơ hữu, trong đó 02 tiến sĩ (5,3%), "
            "31 thạc sĩ (81,6%), 05 cử nhân đang học cao học; 100% giảng viên có trình độ cao cấp lý "
            "luận chính trị; 24 giảng viên là giảng viên chính (63,2%)."
        ),
        Img(
            nimg("bieu-do-giang-vien-2026.png"),
            "Biểu đồ 1: Cơ cấu trình độ chuyên môn của đội ngũ giảng viên Nhà trường năm 2026",
            "Biểu đồ 1: Cơ cấu trình độ chuyên môn của đội ngũ giảng viên Nhà trường năm 2026",
            "fig",
        ),
        P(
            "Bên cạnh những kết quả đạt được, đội ngũ giảng viên vẫn còn một số hạn chế: một bộ "
            "phận giảng viên trẻ còn thiếu kinh nghiệm thực tiễn; việc đổi mới phương pháp giảng dạy "
            "chưa đồng đều; số lượng công trình nghiên cứu khoa học được công bố trên các tạp chí "
            "chuyên ngành còn ít.",
            "sup:chuyên ngành còn ít.:3",
        ),
        P("3. Một số giải pháp", "h3"),
        P(
            "Thứ nhất, làm tốt công tác quy hoạch, tuyển dụng, bảo đảm đủ số lượng, cơ cấu hợp lý "
            "giữa các khoa chuyên môn."
        ),
        P(
            "Thứ hai, đẩy mạnh đào tạo sau đại học, bồi dưỡng nâng cao trình độ chuyên môn, nghiệp "
            "vụ sư phạm, ngoại ngữ và kỹ năng số cho giảng viên."
        ),
        P(
            "Thứ ba, thực hiện nghiêm chế độ đi thực tế của giảng viên, gắn với nghiên cứu, tổng "
            "kết thực tiễn tại cơ sở."
        ),
        P(
            "Thứ tư, đổi mới công tác đánh giá giảng viên gắn với kết quả giảng dạy, nghiên cứu "
            "khoa học và sự phản hồi của người học."
        ),
        Empty(),
        P("Chú thích", "h4"),
        P(
            "1. Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIV, Nxb. Chính "
            "trị quốc gia Sự thật, Hà Nội, 2026.",
            "note",
        ),
        P(
            "2. Ban Bí thư: Quy định số 09-QĐ/TW ngày 13/11/2019 về chức năng, nhiệm vụ, tổ chức bộ "
            "máy và mối quan hệ công tác của trường chính trị tỉnh, thành phố trực thuộc Trung ương.",
            "note",
        ),
        P(
            "3. Trường Chính trị tỉnh Tuyên Quang: Báo cáo tổng kết công tác năm học 2025 - 2026.",
            "note",
        ),
    ],
    opts={
        "at": "2026-11-25",
        "created": "2026-11-21T09:14",
        "by_research": [("ThS. Lương Thị Hồng Nhung", "Khoa Xây dựng Đảng")],
        "keywords": "giảng viên; trường chính trị; chất lượng đào tạo; Tuyên Quang.",
        "seo": "Nâng cao chất lượng đội ngũ giảng viên Trường Chính trị tỉnh",
        "files": [
            (
                "Tải toàn văn bài viết",
                "/media/files/nang-cao-chat-luong-doi-ngu-giang-vien.pdf",
                "PDF, 1,2 MB",
            )
        ],
    },
)

R2 = Story(
    id=12,
    slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong-can-bo-cap-xa",
    title=(
        "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cấp xã sau sắp "
        "xếp đơn vị hành chính ở tỉnh Tuyên Quang"
    ),
    cat="nghien-cuu",
    published_at="2026-11-12",
    summary=(
        "Sau sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, đội ngũ cán bộ "
        "cấp xã có nhiều thay đổi về số lượng, cơ cấu và yêu cầu nhiệm vụ. Bài viết làm rõ một số "
        "quan điểm của Chủ tịch Hồ Chí Minh về cán bộ và đề xuất việc vận dụng vào công tác đào "
        "tạo, bồi dưỡng cán bộ cấp xã ở tỉnh Tuyên Quang hiện nay."
    ),
    sapo_outside=True,
    authors=["Nguyễn Thị Mai Anh", "Trần Quốc Việt"],
    blocks=[
        P("1. Quan điểm của Chủ tịch Hồ Chí Minh về cán bộ", "h3"),
        P(
            "Chủ tịch Hồ Chí Minh luôn đặc biệt coi trọng vai trò của cán bộ. Người khẳng định: "
            "“Cán bộ là những người đem chính sách của Chính phủ, của Đoàn thể thi hành trong nhân "
            "dân, nếu cán bộ dở thì chính sách hay cũng không thể thực hiện được”.[1]"
        ),
        P(
            "Về cán bộ cơ sở, Người chỉ rõ: “Cấp xã là cấp gần gũi dân nhất, là nền tảng của hành "
            "chính. Cấp xã làm được việc thì mọi công việc đều xong xuôi”.[2]"
        ),
        P("2. Vận dụng vào đào tạo, bồi dưỡng cán bộ cấp xã ở tỉnh Tuyên Quang", "h3"),
        P(
            "Sau sắp xếp, toàn tỉnh có 124 xã, phường với hơn 6.000 cán bộ, công chức cấp xã, trong "
            "đó nhiều đồng chí được điều động từ cấp huyện về, chưa có kinh nghiệm công tác ở cơ "
            "sở.[3]"
        ),
        P("Trên cơ sở đó, Nhà trường cần tập trung vào một số nội dung sau:"),
        P(
            "Xây dựng chương trình bồi dưỡng theo vị trí việc làm, gắn với chức năng, nhiệm vụ của "
            "chính quyền cấp xã mới;",
            "li",
        ),
        P(
            "Tăng thời lượng thực hành, xử lý tình huống, đối thoại chính sách; mời cán bộ có kinh "
            "nghiệm ở cơ sở tham gia báo cáo chuyên đề;",
            "li",
        ),
        P(
            "Chú trọng bồi dưỡng đạo đức công vụ, tinh thần “trọng dân, gần dân, hiểu dân, học dân "
            "và có trách nhiệm với dân”.",
            "li",
        ),
        P(
            "Thực hiện tốt những nội dung trên sẽ góp phần xây dựng đội ngũ cán bộ cấp xã “vừa hồng, "
            "vừa chuyên”, đáp ứng yêu cầu phục vụ nhân dân trong giai đoạn mới."
        ),
        SeeAlso(
            "Nâng cao chất lượng đội ngũ giảng viên Trường Chính trị tỉnh Tuyên Quang đáp ứng yêu "
            "cầu nhiệm vụ trong giai đoạn mới",
            "/nghien-cuu/nang-cao-chat-luong-doi-ngu-giang-vien-truong-chinh-tri-tinh/",
        ),
        P("Tài liệu tham khảo", "h4"),
        P(
            "[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.54.",
            "note",
        ),
        P("[2] Hồ Chí Minh: Toàn tập, Sđd, t.4, tr.371.", "note"),
        P(
            "[3] Sở Nội vụ tỉnh Tuyên Quang: Báo cáo kết quả bố trí cán bộ, công chức cấp xã sau "
            "sắp xếp đơn vị hành chính, tháng 9/2026.",
            "note",
        ),
    ],
    opts={
        "at": "2026-11-12",
        "created": "2026-11-05T15:40",
        "by_research": [
            ("TS. Nguyễn Thị Mai Anh", "Trưởng khoa Lý luận cơ sở"),
            ("ThS. Trần Quốc Việt", "Khoa Nhà nước và pháp luật"),
        ],
        "keywords": "tư tưởng Hồ Chí Minh; cán bộ cấp xã; đào tạo, bồi dưỡng.",
        "seo": "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong bồi dưỡng cán bộ cấp xã",
        "files": [
            (
                "Tải toàn văn bài viết",
                "/media/files/van-dung-tu-tuong-hcm-ve-can-bo.pdf",
                "PDF, 860 KB",
            )
        ],
    },
)

_BAC_DAY = (
    "“Học để làm việc, làm người, làm cán bộ. Học để phụng sự Đoàn thể, phụng sự giai cấp và "
    "nhân dân, phụng sự Tổ quốc và nhân loại”."
)

R3 = Story(
    id=13,
    slug="doi-moi-phuong-phap-giang-day-ly-luan-chinh-tri",
    title=(
        "Một số giải pháp đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy "
        "tính tích cực của người học"
    ),
    cat="nghien-cuu",
    published_at="2026-10-28",
    authors=["Phạm Văn Dũng"],
    blocks=[
        P(
            "Đổi mới phương pháp giảng dạy là yêu cầu cấp thiết nhằm nâng cao chất lượng đào tạo, "
            "bồi dưỡng lý luận chính trị tại các trường chính trị tỉnh. Thực tế cho thấy, phương "
            "pháp thuyết trình một chiều vẫn chiếm tỷ lệ lớn trong các bài giảng, chưa phát huy "
            "được kinh nghiệm thực tiễn phong phú của học viên là cán bộ đang công tác."
        ),
        P("Chủ tịch Hồ Chí Minh đã dạy:"),
        P(_BAC_DAY, "quote"),
        P("Thứ nhất, kết hợp linh hoạt các phương pháp giảng dạy tích cực", "h4"),
        P(
            "Giảng viên cần kết hợp thuyết trình nêu vấn đề với thảo luận nhóm, nghiên cứu tình "
            "huống, đóng vai; khuyến khích học viên liên hệ thực tiễn địa phương, đơn vị công tác."
        ),
        P("Thứ hai, ứng dụng công nghệ thông tin và chuyển đổi số", "h4"),
        P(
            "Xây dựng bài giảng điện tử, học liệu số; sử dụng các phần mềm tương tác trong lớp học; "
            "từng bước triển khai hình thức học tập kết hợp (blended learning) đối với một số "
            "chuyên đề bồi dưỡng."
        ),
        P("Thứ ba, đổi mới kiểm tra, đánh giá", "h4"),
        P(
            "Chuyển từ đánh giá khả năng ghi nhớ sang đánh giá năng lực vận dụng của học viên thông "
            "qua tiểu luận tình huống, đề án, bài tập thực hành gắn với vị trí việc làm."
        ),
        P(
            "Kết quả đánh giá cần được phản hồi kịp thời để học viên và giảng viên cùng điều chỉnh.",
            "br",
        ),
        P(
            "Đổi mới phương pháp giảng dạy là quá trình lâu dài, đòi hỏi sự nỗ lực của từng giảng "
            "viên và sự quan tâm, tạo điều kiện của lãnh đạo Nhà trường."
        ),
    ],
    opts={
        "at": "2026-10-28",
        "created": "2026-10-20T10:00",
        "by_research": [("ThS. Phạm Văn Dũng", "Khoa Dân vận")],
        "keywords": None,
        "seo": "Đổi mới phương pháp giảng dạy lý luận chính trị",
        "files": [
            (
                "Tải toàn văn bài viết",
                "/media/files/doi-moi-phuong-phap-giang-day-llct.pdf",
                "PDF, 540 KB",
            )
        ],
    },
)

POSTS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10]
PAPERS = [R1, R2, R3]
ALL = POSTS + PAPERS
BY_ID = {s.id: s for s in ALL}
for _s in ALL:
    _s.opts["oid"] = oid(f"{_s.cat}/{_s.slug}")


def _newest_first(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: local(s.opts["at"]), reverse=True)


POSTS_SORTED = _newest_first(POSTS)
PAPERS_SORTED = _newest_first(PAPERS)


def story_path(story: Story) -> str:
    return ("/nghien-cuu/" if story.cat == "nghien-cuu" else "/tin-tuc/") + story.slug


def cat_name(story: Story) -> str:
    return RESEARCH_CAT if story.cat == "nghien-cuu" else CATS[story.cat]


# --- the rich text: Lexical JSON and its HTML together ------------------------------------------


def _tx(text: str, fmt: int = 0) -> dict:
    return {
        "detail": 0,
        "format": fmt,
        "mode": "normal",
        "style": "",
        "text": text,
        "type": "text",
        "version": 1,
    }


def _el(kind: str, children: list, fmt: str = "", **extra) -> dict:
    return {
        "children": children,
        "direction": "ltr",
        "format": fmt,
        "indent": 0,
        "type": kind,
        "version": 1,
        **extra,
    }


def _wrap(text: str, fmt: int) -> str:
    out = rx(text)
    if fmt & 2:
        out = f"<em>{out}</em>"
    if fmt & 1:
        out = f"<strong>{out}</strong>"
    return out


def _media(src: str, caption: str | None, alt: str) -> dict:
    filename = media_file(src)
    mid = oid("media/" + filename)
    root = None
    if caption:
        root = {"root": _el("root", [_el("paragraph", [_tx(caption)])])}
    return {
        "id": mid,
        "alt": alt,
        "caption": root,
        "filename": filename,
        "mimeType": "image/png" if filename.endswith(".png") else "image/jpeg",
        "filesize": 180000 + int(mid[-4:], 16),
        "width": 1600,
        "height": 1067,
        "url": f"/media/{filename}",
        "sizes": {
            "thumbnail": {"url": f"/media/{filename[:-4]}-400x300{filename[-4:]}", "width": 400},
            "card": {"url": f"/media/{filename[:-4]}-768x512{filename[-4:]}", "width": 768},
        },
    }


_WIDTHS = (640, 750, 828, 1080, 1200, 1920, 2048, 3840)


def next_img(src: str, alt: str) -> str:
    """A ``next/image`` with ``sizes``: every width in srcSet, src the largest."""
    filename = media_file(src)
    srcset = ", ".join(f"{rx(nimg(filename, w))} {w}w" for w in _WIDTHS)
    return (
        f'<img alt="{rx(alt)}" loading="lazy" width="1600" height="1067" decoding="async" '
        'data-nimg="1" style="color:transparent;width:100%;height:auto" '
        f'sizes="(max-width: 768px) 100vw, 800px" srcSet="{srcset}" src="{rx(src)}"/>'
    )


def legacy_img(src: str, alt: str) -> str:
    """``next/legacy/image`` layout="responsive": a data-GIF placeholder, the photo in noscript."""
    filename = media_file(src)
    srcset = ", ".join(f"{rx(nimg(filename, w))} {w}w" for w in _WIDTHS)
    box = "box-sizing:border-box;display:block;overflow:hidden;width:initial;height:initial;background:none;opacity:1;border:0;margin:0;padding:0"
    fill = "position:absolute;top:0;left:0;bottom:0;right:0;box-sizing:border-box;padding:0;border:none;margin:auto;display:block;width:0;height:0;min-width:100%;max-width:100%;min-height:100%;max-height:100%;object-fit:cover"
    return (
        f'<span style="{box};position:relative"><span style="box-sizing:border-box;display:block;'
        "width:initial;height:initial;background:none;opacity:1;border:0;margin:0;padding:0;"
        'padding-top:66.6875%"></span>'
        f'<img alt="{rx(alt)}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" '
        f'decoding="async" data-nimg="responsive" style="{fill}"/>'
        f'<noscript><img alt="{rx(alt)}" sizes="100vw" srcSet="{srcset}" src="{rx(src)}" '
        f'decoding="async" data-nimg="responsive" style="{fill}" loading="lazy"/></noscript></span>'
    )


def _sup_split(p: P) -> tuple[str, str, str | None]:
    if not p.style.startswith("sup:"):
        return p.text, "", None
    _, anchor, number = p.style.split(":")
    cut = p.text.index(anchor) + len(anchor)
    return p.text[:cut], p.text[cut:], number


def render_richtext(story: Story) -> tuple[str, dict, list]:
    """The story's text as the site prints it, its Lexical tree, and the hero (if any)."""
    nfd = story.opts.get("nfd", False)

    def t(value: str) -> str:
        return unicodedata.normalize("NFD", value) if nfd else value

    blocks = list(story.blocks)
    hero = None
    if blocks and isinstance(blocks[0], Img) and blocks[0].style == "hero":
        hero = blocks.pop(0)
    out: list[str] = []
    nodes: list[dict] = []
    i = 0
    rt = "RichText"
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(blocks[i])
                i += 1
            out.append(
                f'<ul class="{cm(rt, "dsCham")}">'
                + "".join(f'<li value="{n}">{rx(t(it.text))}</li>' for n, it in enumerate(items, 1))
                + "</ul>"
            )
            nodes.append(
                _el(
                    "list",
                    [_el("listitem", [_tx(t(it.text))], value=n) for n, it in enumerate(items, 1)],
                    listType="bullet",
                    start=1,
                    tag="ul",
                )
            )
            continue
        if isinstance(b, P) and b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                rows.append(blocks[i].text.split(" | "))
                i += 1
            trs = []
            for n, cells in enumerate(rows):
                tag = "th" if n == 0 else "td"
                style = ' style="background:#e8eef7"' if n == 0 else ""
                trs.append(
                    f"<tr{style}>"
                    + "".join(
                        f'<{tag} style="border:1px solid #999;padding:4px">{c}</{tag}>'
                        for c in cells
                    )
                    + "</tr>"
                )
            table = (
                '<table style="width:100%;border-collapse:collapse" border="1" cellpadding="4">'
                f"<tbody>{''.join(trs)}</tbody></table>"
            )
            out.append(f'<div class="{cm(rt, "nhungHtml")}">{table}</div>')
            nodes.append(
                {
                    "type": "block",
                    "version": 2,
                    "format": "",
                    "fields": {
                        "id": oid(f"tbl/{story.slug}/{i}"),
                        "blockName": "",
                        "blockType": "nhungHtml",
                        "html": table,
                    },
                }
            )
            continue
        i += 1
        if isinstance(b, P):
            # a paragraph with its linebreak continuations
            parts = [b]
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(blocks[i])
                i += 1
            style = b.style
            if style in ("h3", "h4"):
                out.append(f"<{style}>{rx(t(b.text))}</{style}>")
                nodes.append(_el("heading", [_tx(t(b.text))], tag=style))
                continue
            if style == "quote":
                out.append(f"<blockquote>{rx(t(b.text))}</blockquote>")
                nodes.append(_el("quote", [_tx(t(b.text))]))
                continue
            fmt = 1 if style == "bold" else 0
            html_parts: list[str] = []
            children: list[dict] = []
            for n, part in enumerate(parts):
                if n:
                    html_parts.append("<br/>")
                    children.append({"type": "linebreak", "version": 1})
                before, after, number = _sup_split(part)
                html_parts.append(_wrap(t(before), fmt))
                children.append(_tx(t(before), fmt))
                if number:
                    html_parts.append(f'<a href="#chu-thich-{number}"><sup>{number}</sup></a>')
                    children.append(
                        _el(
                            "link",
                            [_tx(number, 64)],
                            fields={
                                "linkType": "custom",
                                "url": f"#chu-thich-{number}",
                                "newTab": False,
                            },
                        )
                    )
                    if after:
                        html_parts.append(_wrap(t(after), fmt))
                        children.append(_tx(t(after), fmt))
            attr = ' style="text-align:justify"' if style in ("indent", "note") else ""
            if style == "indent":
                attr = ' style="text-align:justify;text-indent:36px"'
            out.append(f"<p{attr}>{''.join(html_parts)}</p>")
            nodes.append(_el("paragraph", children, "justify" if attr else ""))
        elif isinstance(b, Img):
            caption_html = ""
            if b.printed and b.style == "fig":
                caption_html = f'<figcaption class="{cm(rt, "chuThich")}"><p>{rx(t(b.printed))}</p></figcaption>'
            alt = media_file(b.src).rsplit(".", 1)[0]
            out.append(
                f'<figure class="{cm(rt, "hinh")}">{next_img(b.src, alt)}{caption_html}</figure>'
            )
            nodes.append(
                {
                    "type": "upload",
                    "version": 2,
                    "format": "center",
                    "relationTo": "media",
                    "value": _media(b.src, b.printed if b.style == "fig" else None, alt),
                    "fields": None,
                }
            )
            if b.style == "italic-next" and b.printed:
                out.append(f'<p style="text-align:center"><em>{rx(t(b.printed))}</em></p>')
                nodes.append(_el("paragraph", [_tx(t(b.printed), 2)], "center"))
        elif isinstance(b, Line):
            style = f' style="text-align:{b.align}"' if b.align else ""
            out.append(f"<p{style}>{_wrap(t(b.text), b.fmt)}</p>")
            nodes.append(_el("paragraph", [_tx(t(b.text), b.fmt)], b.align))
        elif isinstance(b, SeeAlso):
            out.append(
                f'<p><strong>Xem thêm:</strong> <a href="{rx(b.href)}">{rx(t(b.title))}</a></p>'
            )
            nodes.append(
                _el(
                    "paragraph",
                    [
                        _tx("Xem thêm:", 1),
                        _tx(" "),
                        _el(
                            "link",
                            [_tx(t(b.title))],
                            fields={"linkType": "custom", "url": b.href, "newTab": False},
                        ),
                    ],
                )
            )
        elif isinstance(b, Raw):
            out.append(f'<div class="{cm(rt, "nhungHtml")}">{b.html}</div>')
            nodes.append(
                {
                    "type": "block",
                    "version": 2,
                    "format": "",
                    "fields": {
                        "id": oid(f"raw/{story.slug}/{i}"),
                        "blockName": "",
                        "blockType": "nhungHtml",
                        "html": b.html,
                    },
                }
            )
        elif isinstance(b, Empty):
            out.append("<p></p>")
            nodes.append(_el("paragraph", []))
    lexical = {"root": _el("root", nodes)}
    return "".join(out), lexical, hero


# --- chrome -------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "/gioi-thieu",
        [
            ("Lịch sử hình thành", "/gioi-thieu#lich-su"),
            ("Chức năng, nhiệm vụ", "/gioi-thieu#chuc-nang"),
            ("Cơ cấu tổ chức", "/gioi-thieu#co-cau"),
            ("Ban Giám hiệu", "/gioi-thieu#ban-giam-hieu"),
        ],
    ),
    (
        NEWS_ROOT,
        "/tin-tuc",
        [(name, f"/chuyen-muc/{slug}") for slug, name in CATS.items()],
    ),
    ("Nghiên cứu khoa học", "/nghien-cuu", []),
    ("Văn bản", "/van-ban", []),
    (
        "Thư viện",
        None,
        [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video")],
    ),
    ("Lịch công tác", "/lich-cong-tac", []),
    ("Liên hệ", "/lien-he", []),
]


def _menu(active: str) -> str:
    items = []
    for label, href, subs in MENU:
        cls = cm("Menu", "muc") + (" " + cm("Menu", "dangChon") if href == active else "")
        head = (
            f'<a href="{href}">{rx(label)}</a>'
            if href
            else f'<span role="button" tabindex="0">{rx(label)}</span>'
        )
        sub = ""
        if subs:
            cls += " " + cm("Menu", "coCon")
            sub = (
                f'<ul class="{cm("Menu", "xoXuong")}">'
                + "".join(f'<li><a href="{h}">{rx(t)}</a></li>' for t, h in subs)
                + "</ul>"
            )
        items.append(f'<li class="{cls}">{head}{sub}</li>')
    return (
        f'<nav class="{cm("Menu", "menuChinh")}"><button class="{cm("Menu", "nutMobile")}" '
        'type="button" aria-label="Mở menu"><span></span><span></span><span></span></button>'
        f'<ul class="{cm("Menu", "ds")}">{"".join(items)}</ul></nav>'
    )


def _header(active: str) -> str:
    top = cm("Header", "thanhTren")
    return (
        f'<div class="{top}"><div class="container"><span class="{cm("Header", "ngay")}">'
        f'<svg width="14" height="14" viewBox="0 0 24 24"><path d="M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2z"></path></svg>'
        f"{TODAY_LINE}</span><span>Đường dây nóng: <!-- -->0207.3822.468</span>"
        '<form class="'
        + cm("Header", "timKiem")
        + '" action="/tim-kiem" method="get" role="search">'
        '<input type="search" name="q" placeholder="Nhập từ khóa tìm kiếm..." aria-label="Tìm kiếm"/>'
        '<button type="submit">Tìm</button></form>'
        '<a href="https://www.facebook.com/truongchinhtrituyenquang" target="_blank" rel="noreferrer">Facebook</a>'
        "</div></div>"
        f'<header class="{cm("Header", "banner")}"><div class="container"><a href="/" class="{cm("Header", "logo")}">'
        '<img alt="Logo Trường Chính trị tỉnh Tuyên Quang" loading="lazy" width="96" height="96" decoding="async" '
        'data-nimg="1" style="color:transparent" src="/media/logo-truong-chinh-tri.png"/></a>'
        f'<div class="{cm("Header", "ten")}"><p class="{cm("Header", "capTren")}">TỈNH ỦY TUYÊN QUANG</p>'
        f'<p class="{cm("Header", "tenTruong")}">TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</p>'
        f'<p class="{cm("Header", "khauHieu")}">Trung tâm đào tạo, bồi dưỡng cán bộ của hệ thống chính trị tỉnh</p></div></div></header>'
        + _menu(active)
        + f'<div class="{cm("ChayChu", "khung")}"><span class="{cm("ChayChu", "nhan")}">Thông báo</span>'
        '<div class="'
        + cm("ChayChu", "chay")
        + '">Chào mừng kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam '
        "(22/12/1944 - 22/12/2026) và 37 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2026)</div></div>"
    )


def _box(title: str, inner: str, key: str) -> str:
    return (
        f'<section class="{cm("Sidebar", "hop")} {cm("Sidebar", key)}">'
        f'<h2 class="{cm("Sidebar", "tieuDeHop")}">{rx(title)}</h2>{inner}</section>'
    )


def _sidebar() -> str:
    notices = [s for s in POSTS_SORTED if s.cat == "thong-bao"]
    most_read = [N2, N1, R1]
    boxes = [
        _box(
            "Lời Bác dạy",
            f'<blockquote class="{cm("Sidebar", "loiBac")}"><p>{rx(_BAC_DAY)}</p><footer>- Hồ Chí Minh -</footer></blockquote>',
            "bac",
        ),
        _box(
            "Thông báo",
            f'<ul class="{cm("Sidebar", "dsTB")}">'
            + "".join(
                f'<li><a href="{story_path(s)}">{rx(s.title)}</a><span>{dmy(s.opts["at"])}</span></li>'
                for s in notices
            )
            + "</ul>",
            "thongBao",
        ),
        _box(
            "Đọc nhiều",
            f'<ol class="{cm("Sidebar", "docNhieu")}">'
            + "".join(
                f'<li><span class="{cm("Sidebar", "so")}">{n}</span><a href="{story_path(s)}">{rx(s.title)}</a></li>'
                for n, s in enumerate(most_read, 1)
            )
            + "</ol>",
            "docNhieuHop",
        ),
        _box(
            "Liên kết website",
            '<select aria-label="Liên kết website" onchange="window.open(this.value)">'
            '<option value="">-- Chọn website --</option>'
            '<option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>'
            '<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
            '<option value="https://tuyengiao.vn">Tạp chí Tuyên giáo</option>'
            '<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option></select>'
            f'<a class="{cm("Sidebar", "banner")}" href="https://dichvucong.gov.vn" target="_blank" rel="noreferrer">'
            '<img alt="Cổng dịch vụ công quốc gia" loading="lazy" width="300" height="90" decoding="async" '
            'data-nimg="1" style="color:transparent" src="/media/banner-dich-vu-cong.png"/></a>'
            f'<a class="{cm("Sidebar", "banner")}" href="https://www.hcma.vn" target="_blank" rel="noreferrer">'
            '<img alt="Học viện Chính trị quốc gia Hồ Chí Minh" loading="lazy" width="300" height="90" '
            'decoding="async" data-nimg="1" style="color:transparent" src="/media/banner-hvctqg.jpg"/></a>',
            "lienKet",
        ),
        _box(
            "Thống kê truy cập",
            f'<ul class="{cm("Sidebar", "thongKe")}"><li>Đang online: <!-- --><b>23</b></li>'
            "<li>Hôm nay: <!-- --><b>518</b></li><li>Tháng này: <!-- --><b>4.962</b></li>"
            "<li>Tổng truy cập: <!-- --><b>1.284.906</b></li></ul>",
            "truyCap",
        ),
        _box(
            "Thăm dò ý kiến",
            '<form method="post" action="/api/binh-chon"><p>Bạn đánh giá thế nào về giao diện website mới của Nhà trường?</p>'
            '<label><input type="radio" name="luaChon" value="1"/> Đẹp, dễ sử dụng</label>'
            '<label><input type="radio" name="luaChon" value="2"/> Bình thường</label>'
            '<label><input type="radio" name="luaChon" value="3"/> Cần cải thiện</label>'
            '<button type="submit">Biểu quyết</button> <button type="button">Xem kết quả</button></form>',
            "binhChon",
        ),
    ]
    return f'<aside class="col-lg-4 {cm("Sidebar", "cot")}">{"".join(boxes)}</aside>'


def _footer() -> str:
    return (
        f'<footer class="{cm("Footer", "chan")}"><div class="container"><div class="row">'
        f'<div class="col-md-8"><p class="{cm("Footer", "ten")}">TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</p>'
        "<p>Địa chỉ: Số 6, đường Trần Hưng Đạo, phường Minh Xuân, tỉnh Tuyên Quang</p>"
        "<p>Điện thoại: 0207.3822.468 - Fax: 0207.3822.469</p>"
        '<p>Email: <a href="mailto:truongchinhtri@tuyenquang.gov.vn">truongchinhtri@tuyenquang.gov.vn</a></p>'
        "<p>Chịu trách nhiệm nội dung: Đồng chí Nguyễn Văn Sơn - Hiệu trưởng</p></div>"
        '<div class="col-md-4"><ul>'
        '<li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/lien-he">Liên hệ</a></li>'
        '<li><a href="/admin">Quản trị</a></li></ul></div></div>'
        f'<p class="{cm("Footer", "banQuyen")}">© 2026 Bản quyền thuộc Trường Chính trị tỉnh Tuyên Quang. '
        "Ghi rõ nguồn “Trường Chính trị tỉnh Tuyên Quang” khi phát hành lại thông tin từ website này.</p>"
        "</div></footer>"
    )


def _globals() -> dict:
    return {
        "header": {
            "id": oid("global/header"),
            "navItems": [
                {"id": oid("nav/" + label), "link": {"label": label, "url": href}}
                for label, href, _ in MENU
            ],
        },
        "footer": {"id": oid("global/footer"), "diaChi": "Số 6, đường Trần Hưng Đạo"},
    }


def document(
    request: Request,
    *,
    title: str,
    main: str,
    page: str,
    props: dict,
    query: dict | None = None,
    active: str = "",
    head: str = "",
    description: str = "",
    sidebar: bool = True,
    status: int = 200,
) -> Response:
    """A server-rendered Next.js page."""
    base = base_url(request)
    metas = [
        '<meta charSet="utf-8"/>',
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
        f"<title>{rx(title)}</title>",
        f'<meta name="description" content="{rx(description)}"/>' if description else "",
        '<link rel="icon" href="/favicon.ico"/>',
        head,
    ]
    head_count = sum(m.count("<meta") + m.count("<link") + m.count("<title") for m in metas)
    scripts = "".join(f'<script src="{c}" defer=""></script>' for c in [*CHUNKS, PAGE_CHUNK[page]])
    scripts += (
        f'<script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script>'
        f'<script src="/_next/static/{BUILD_ID}/_ssgManifest.js" defer=""></script>'
    )
    cols = (
        f'<div class="row"><div class="col-lg-8">{main}</div>{_sidebar()}</div>'
        if sidebar
        else main
    )
    data = {
        "props": {"pageProps": {**props, "globals": _globals()}, "__N_SSP": True},
        "page": page,
        "query": query or {},
        "buildId": BUILD_ID,
        "runtimeConfig": {"serverURL": base},
        "isFallback": False,
        "gssp": True,
        "locale": "vi",
        "scriptLoader": [],
    }
    body = (
        '<!DOCTYPE html><html lang="vi"><head>'
        + "".join(metas)
        + f'<meta name="next-head-count" content="{head_count + 1}"/>'
        f'<link rel="preload" href="{CSS}" as="style"/><link rel="stylesheet" href="{CSS}" data-n-g=""/>'
        '<noscript data-n-css=""></noscript>'
        '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
        + scripts
        + '</head><body><div id="__next">'
        f'<div class="{cm("Layout", "khung")}">{_header(active)}'
        f'<main class="{cm("Layout", "main")}"><div class="container">{cols}</div></main>'
        f"{_footer()}</div></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{next_json(data)}</script>'
        "</body></html>"
    )
    return html(body, status=status, headers={"X-Powered-By": "Next.js", "Vary": "Accept-Encoding"})


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    lis = []
    for label, href in items:
        lis.append(
            f'<li><a href="{href}">{rx(label)}</a></li>'
            if href
            else f'<li aria-current="page">{rx(label)}</li>'
        )
    return (
        f'<nav aria-label="breadcrumb" class="{cm("DuongDan", "khung")}"><ol>'
        + f'<li class="{cm("DuongDan", "sep")}">/</li>'.join(lis)
        + "</ol></nav>"
    )


# --- listings ------------------------------------------------------------------------------------


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: text.rfind(" ", 0, limit)] + "…"


def _first_text(story: Story) -> str:
    return next(b.text for b in story.blocks if isinstance(b, P))


def _excerpt(story: Story) -> str:
    return story.summary or _cut(_first_text(story), 155)


def _thumb(story: Story, width: int = 400) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img)), None)
    filename = media_file(img.src) if img else "anh-mac-dinh.jpg"
    thumb = filename[:-4] + "-400x300" + filename[-4:]
    return (
        f'<img alt="{rx(story.title)}" loading="lazy" width="{width}" height="{width * 3 // 4}" '
        'decoding="async" data-nimg="1" style="color:transparent" '
        f'srcSet="{rx(nimg(thumb, 640))} 1x, {rx(nimg(thumb, 828))} 2x" src="{rx(nimg(thumb, 828))}"/>'
    )


def _card(story: Story, excerpt: bool = True) -> str:
    card = "TheBaiViet"
    path = story_path(story)
    chip = (
        f'<a class="{cm(card, "cm")}" href="/nghien-cuu">{RESEARCH_CAT}</a>'
        if story.cat == "nghien-cuu"
        else f'<a class="{cm(card, "cm")}" href="/chuyen-muc/{story.cat}">{rx(CATS[story.cat])}</a>'
    )
    ex = f'<p class="{cm(card, "tomTat")}">{rx(_excerpt(story))}</p>' if excerpt else ""
    return (
        f'<div class="{cm(card, "the")}"><a class="{cm(card, "anh")}" href="{path}" tabindex="-1">{_thumb(story)}</a>'
        f'<div class="{cm(card, "than")}">{chip}<h3 class="{cm(card, "tieuDe")}"><a href="{path}">{rx(_cut(story.title, 80))}</a></h3>'
        f'<p class="{cm(card, "ngay")}">{dmy(story.opts["at"])}</p>{ex}</div></div>'
    )


def _doc_summary(story: Story) -> dict:
    return {
        "id": story.opts["oid"],
        "title": story.title,
        "slug": story.slug,
        "publishedAt": utc_z(story.opts["at"]),
        "excerpt": story.summary if story.sapo_outside else None,
        "chuyenMuc": story.cat,
    }


def _paged(items: list, page: int, limit: int) -> tuple[list, dict]:
    total_pages = max(1, -(-len(items) // limit))
    docs = items[(page - 1) * limit : page * limit]
    meta = {
        "totalDocs": len(items),
        "limit": limit,
        "totalPages": total_pages,
        "page": page,
        "pagingCounter": (page - 1) * limit + 1,
        "hasPrevPage": page > 1,
        "hasNextPage": page < total_pages,
        "prevPage": page - 1 if page > 1 else None,
        "nextPage": page + 1 if page < total_pages else None,
    }
    return docs, meta


def _page_no(request: Request) -> int | None:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


_LEFT = '<span role="img" aria-label="left" class="anticon anticon-left"><svg viewBox="64 64 896 896" focusable="false" width="1em" height="1em" fill="currentColor"><path d="M724 218.3V141c0-6.7-7.7-10.4-12.9-6.3L260.3 486.8a31.86 31.86 0 000 50.3l450.8 352.1c5.3 4.1 12.9.4 12.9-6.3v-77.3c0-4.9-2.3-9.6-6.1-12.6l-360-281 360-281.1c3.8-3 6.1-7.7 6.1-12.6z"></path></svg></span>'
_RIGHT = '<span role="img" aria-label="right" class="anticon anticon-right"><svg viewBox="64 64 896 896" focusable="false" width="1em" height="1em" fill="currentColor"><path d="M765.7 486.8L314.9 134.7A7.97 7.97 0 00302 141v77.3c0 4.9 2.3 9.6 6.1 12.6l360 281.1-360 281.1c-3.9 3-6.1 7.7-6.1 12.6V883c0 6.7 7.7 10.4 12.9 6.3l450.8-352.1a31.96 31.96 0 000-50.4z"></path></svg></span>'


def _antd_pager(page: int, total: int) -> str:
    """antd <Pagination> with the default itemRender: anchors without href, buttons for prev/next."""
    prev_dis = page <= 1
    next_dis = page >= total
    items = [
        f'<li title="Trang Trước" class="ant-pagination-prev{" ant-pagination-disabled" if prev_dis else ""}" '
        f'aria-disabled="{str(prev_dis).lower()}"><button class="ant-pagination-item-link" type="button" '
        f'tabindex="-1"{" disabled=" + chr(34) * 2 if prev_dis else ""}>{_LEFT}</button></li>'
    ]
    for n in range(1, total + 1):
        active = " ant-pagination-item-active" if n == page else ""
        items.append(
            f'<li title="{n}" class="ant-pagination-item ant-pagination-item-{n}{active}" tabindex="0">'
            f'<a rel="nofollow">{n}</a></li>'
        )
    items.append(
        f'<li title="Trang Kế" tabindex="0" class="ant-pagination-next{" ant-pagination-disabled" if next_dis else ""}" '
        f'aria-disabled="{str(next_dis).lower()}"><button class="ant-pagination-item-link" type="button" '
        f'tabindex="-1"{" disabled=" + chr(34) * 2 if next_dis else ""}>{_RIGHT}</button></li>'
    )
    return f'<ul class="ant-pagination {cm("PhanTrang", "antd")}">{"".join(items)}</ul>'


def _query_pager(page: int, total: int) -> str:
    """The category pager: query-only hrefs."""
    if total <= 1:
        return ""
    parts = []
    if page > 1:
        parts.append(f'<a href="?page={page - 1}" aria-label="Trang trước">«</a>')
    for n in range(1, total + 1):
        parts.append(
            f'<span class="{cm("PhanTrang", "hienTai")}">{n}</span>'
            if n == page
            else f'<a href="?page={n}">{n}</a>'
        )
    if page < total:
        parts.append(f'<a href="?page={page + 1}" aria-label="Trang sau">»</a>')
    return f'<nav class="{cm("PhanTrang", "khung")}">{"".join(parts)}</nav>'


def news_list(request: Request) -> Response | None:
    page = _page_no(request)
    if page is None:
        return None
    docs, meta = _paged(POSTS_SORTED, page, 4)
    base = base_url(request)
    head = ""
    if meta["hasPrevPage"]:
        head += f'<link rel="prev" href="{base}/tin-tuc?page={page - 1}"/>'
    if meta["hasNextPage"]:
        head += f'<link rel="next" href="{base}/tin-tuc?page={page + 1}"/>'
    cards = (
        "".join(_card(s) for s in docs)
        or '<p class="' + cm("DanhSach", "rong") + '">Chưa có bài viết.</p>'
    )
    main = (
        _crumbs([("Trang chủ", "/"), (NEWS_ROOT, None)])
        + f'<h1 class="{cm("DanhSach", "tieuDe")}">{NEWS_ROOT}</h1>'
        + f'<div class="{cm("DanhSach", "luoi")}">{cards}</div>'
        + _antd_pager(page, meta["totalPages"])
    )
    return document(
        request,
        title=f"{NEWS_ROOT} - Trang {page} | {SITE}" if page > 1 else f"{NEWS_ROOT} | {SITE}",
        main=main,
        page="/tin-tuc",
        props={"posts": {"docs": [_doc_summary(s) for s in docs], **meta}},
        query={"page": str(page)} if "page" in request.params else {},
        active="/tin-tuc",
        head=head,
        description="Tin tức, sự kiện hoạt động của Trường Chính trị tỉnh Tuyên Quang",
    )


def category_list(request: Request, slug: str) -> Response | None:
    page = _page_no(request)
    if page is None or slug not in CATS:
        return None
    items = [s for s in POSTS_SORTED if s.cat == slug]
    docs, meta = _paged(items, page, 2)
    name = CATS[slug]
    cards = "".join(_card(s) for s in docs) or "<p>Chưa có bài viết.</p>"
    main = (
        _crumbs([("Trang chủ", "/"), (NEWS_ROOT, "/tin-tuc"), (name, None)])
        + f'<h1 class="{cm("DanhSach", "tieuDe")}">{rx(name)}</h1>'
        + f'<div class="{cm("DanhSach", "luoi")}">{cards}</div>'
        + _query_pager(page, meta["totalPages"])
    )
    return document(
        request,
        title=f"{name} | {SITE}",
        main=main,
        page="/chuyen-muc/[slug]",
        props={
            "chuyenMuc": {"id": oid("cat/" + slug), "title": name, "slug": slug},
            "posts": {"docs": [_doc_summary(s) for s in docs], **meta},
        },
        query={"slug": slug, **({"page": str(page)} if "page" in request.params else {})},
        active="/tin-tuc",
    )


def research_list(request: Request) -> Response | None:
    page = _page_no(request)
    if page is None:
        return None
    docs, meta = _paged(PAPERS_SORTED, page, 2)
    rows = []
    for s in docs:
        names = ", ".join(n for n, _ in s.opts["by_research"])
        rows.append(
            f'<div class="{cm("NghienCuu", "muc")}"><h3><a href="{story_path(s)}">{rx(s.title)}</a></h3>'
            f'<p class="{cm("NghienCuu", "tacGiaDs")}">{rx(names)}<!-- --> - <!-- -->{dmy(s.opts["at"])}</p>'
            + (f"<p>{rx(_cut(s.summary, 200))}</p>" if s.summary else "")
            + "</div>"
        )
    more = (
        f'<a class="{cm("NghienCuu", "xemThem")}" href="/nghien-cuu?page={page + 1}">Xem thêm bài viết</a>'
        if meta["hasNextPage"]
        else (
            f'<a class="{cm("NghienCuu", "xemThem")}" href="/nghien-cuu">« Về trang đầu</a>'
            if page > 1
            else ""
        )
    )
    main = (
        _crumbs([("Trang chủ", "/"), (RESEARCH_CAT, None)])
        + f'<h1 class="{cm("DanhSach", "tieuDe")}">{RESEARCH_CAT}</h1>'
        + "".join(rows or ["<p>Chưa có bài viết.</p>"])
        + more
    )
    return document(
        request,
        title=f"{RESEARCH_CAT} | {SITE}",
        main=main,
        page="/nghien-cuu",
        props={"nghienCuu": {"docs": [_doc_summary(s) for s in docs], **meta}},
        query={"page": str(page)} if "page" in request.params else {},
        active="/nghien-cuu",
    )


# --- article pages -------------------------------------------------------------------------------


def _tools(path: str, base: str) -> str:
    share = quote(base + path, safe="")
    return (
        f'<div class="{cm("BaiViet", "congCu")}"><span>Chia sẻ:</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noreferrer" aria-label="Facebook">'
        '<img alt="" src="/media/icons/fb.png" width="24" height="24"/></a>'
        f'<a href="https://zalo.me/share?url={share}" target="_blank" rel="noreferrer" aria-label="Zalo">'
        '<img alt="" src="/media/icons/zalo.png" width="24" height="24"/></a>'
        f'<button type="button" class="{cm("BaiViet", "nutIn")}">In bài</button>'
        f'<a href="mailto:?subject=Chia%20s%E1%BA%BB%20b%C3%A0i%20vi%E1%BA%BFt&amp;body={share}">Gửi email</a>'
        f'<span class="{cm("BaiViet", "coChu")}"><button type="button">A-</button><button type="button">A+</button></span></div>'
    )


def _files(story: Story) -> str:
    files = story.opts.get("files") or []
    if not files:
        return ""
    lis = "".join(
        f'<li><a href="{href}" download="" target="_blank"><svg width="16" height="16" viewBox="0 0 24 24">'
        '<path d="M6 2h9l5 5v15H6z"></path></svg>'
        f"{rx(label)}<!-- --> (<!-- -->{size}<!-- -->)</a></li>"
        for label, href, size in files
    )
    label = "Tệp đính kèm:" if story.cat != "nghien-cuu" else "Toàn văn:"
    return f'<div class="{cm("BaiViet", "dinhKem")}"><strong>{label}</strong><ul>{lis}</ul></div>'


_CTA = (
    "Tuyển sinh năm 2027",
    "Trường Chính trị tỉnh Tuyên Quang thông báo tuyển sinh lớp Trung cấp lý luận chính trị - "
    "hành chính hệ không tập trung năm 2027. Hồ sơ nộp tại Phòng Quản lý đào tạo trước ngày "
    "31/12/2026.",
    "/van-ban/ke-hoach-112-kh-tct-dao-tao-boi-duong-nam-2027",
)


def _meta_line(story: Story) -> str:
    tt = cm("BaiViet", "tt")
    at = story.opts["at"]
    parts = [
        f'<span class="{cm("BaiViet", "ngay")}"><svg width="14" height="14" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10"></circle></svg>'
        f'<time dateTime="{utc_z(at)}">{local(at).strftime("%H:%M")}<!-- -->, <!-- -->{dmy(at)}</time></span>',
        f'<span class="{cm("BaiViet", "luotXem")}">Lượt xem: <!-- -->{thousands(story.views())}</span>',
    ]
    label, who, unit = story.opts["by"]
    extra = f"<!-- --> (<!-- -->{rx(unit)}<!-- -->)" if unit else ""
    parts.append(
        f'<span class="{cm("BaiViet", "tacGia")}">{label}: <!-- -->{rx(who)}{extra}</span>'
    )
    return f'<div class="{tt}">{"".join(parts)}</div>'


def _seo_head(
    request: Request, story: Story, canonical: str, description: str, image: str | None
) -> str:
    base = base_url(request)
    at = story.opts["at"]
    head = (
        f'<meta property="og:title" content="{rx(story.opts["seo"])}"/>'
        f'<meta property="og:description" content="{rx(description)}"/>'
        f'<meta property="og:url" content="{base}{canonical}"/>'
        '<meta property="og:type" content="article"/>'
        '<meta property="og:site_name" content="Trường Chính trị tỉnh Tuyên Quang"/>'
        f'<meta property="article:published_time" content="{utc_z(at)}"/>'
    )
    if story.opts.get("updated"):
        head += f'<meta property="article:modified_time" content="{utc_z(story.opts["updated"])}"/>'
    if image:
        head += (
            f'<meta property="og:image" content="{base}/media/{image[:-4]}-1200x630{image[-4:]}"/>'
        )
    head += f'<link rel="canonical" href="{base}{canonical}"/>'
    return head


def post_page(request: Request, story: Story) -> Response:
    canonical = story_path(story)
    text_html, lexical, hero = render_richtext(story)
    bv = "BaiViet"
    name = CATS[story.cat]
    hero_html = ""
    if hero:
        cap = (
            f'<figcaption class="{cm(bv, "chuThich")}"><p>{rx(hero.printed)}</p></figcaption>'
            if hero.printed
            else ""
        )
        hero_html = f'<figure class="{cm(bv, "anhDaiDien")}">{legacy_img(hero.src, story.title)}{cap}</figure>'
    sapo = (
        f'<div class="{cm(bv, "sapo")}">{rx(story.summary)}</div>'
        if story.summary and story.sapo_outside
        else ""
    )
    cta = ""
    layout = []
    if story.opts.get("cta"):
        heading, para, href = _CTA
        cta = (
            f'<div class="{cm("CTA", "khung")}"><div class="{cm("CTA", "noiDung")}"><h4>{heading}</h4><p>{rx(para)}</p></div>'
            f'<div class="{cm("CTA", "nut")}"><a class="btn btn-primary" href="{href}">Xem chi tiết</a></div></div>'
        )
        layout.append(
            {
                "id": oid("cta/" + story.slug),
                "blockType": "cta",
                "richText": {
                    "root": _el(
                        "root",
                        [_el("heading", [_tx(heading)], tag="h4"), _el("paragraph", [_tx(para)])],
                    )
                },
                "links": [{"link": {"type": "custom", "url": href, "label": "Xem chi tiết"}}],
            }
        )
    updated = (
        f'<p class="{cm(bv, "capNhat")}">Cập nhật lần cuối: <!-- -->{hm_dmy(story.opts["updated"])}</p>'
        if story.opts.get("updated")
        else ""
    )
    related_ids = story.opts.get("related") or []
    related_items = [
        f'<li><a href="/tin-tuc/{BY_ID[r].opts["oid"]}">{rx(BY_ID[r].title)}</a> <span>({dmy(BY_ID[r].opts["at"])})</span></li>'
        for r in related_ids
    ] + [
        f'<li><a href="{story_path(BY_ID[r])}">{rx(BY_ID[r].title)}</a></li>'
        for r in story.opts.get("related_research", [])
    ]
    related = (
        f'<div class="{cm(bv, "lienQuan")}"><h3>Tin liên quan</h3><ul>{"".join(related_items)}</ul></div>'
        if related_items
        else ""
    )
    main = (
        _crumbs([("Trang chủ", "/"), (NEWS_ROOT, "/tin-tuc"), (name, f"/chuyen-muc/{story.cat}")])
        + f'<article class="{cm(bv, "khung")}"><div class="{cm(bv, "dau")}">'
        f'<a class="{cm(bv, "nhan")}" href="/chuyen-muc/{story.cat}">{rx(name)}</a>'
        f'<h1 class="{cm(bv, "tieuDe")}">{rx(story.title)}</h1>{_meta_line(story)}</div>'
        f"{hero_html}{sapo}"
        f'<div class="{cm("RichText", "noiDung")}">{text_html}</div>'
        f"{cta}{_files(story)}{updated}{_tools(canonical, base_url(request))}{related}</article>"
    )
    description = story.summary if story.sapo_outside else _cut(_first_text(story), 155)
    hero_file = media_file(hero.src) if hero else None
    by = story.opts["by"]
    doc = {
        "id": story.opts["oid"],
        "title": story.title,
        "slug": story.slug,
        "chuyenMuc": {"id": oid("cat/" + story.cat), "title": name, "slug": story.cat},
        "heroImage": _media(hero.src, hero.printed, story.title) if hero else None,
        "excerpt": story.summary if story.sapo_outside else "",
        "content": lexical,
        "layout": layout,
        "relatedPosts": [BY_ID[r].opts["oid"] for r in related_ids],
        "populatedAuthors": [{"id": oid("user/" + by[1]), "name": by[1], "donVi": by[2]}],
        "meta": {"title": story.opts["seo"], "description": description, "image": hero_file},
        "publishedAt": utc_z(story.opts["at"]),
        "createdAt": utc_z(story.opts["created"]),
        "updatedAt": utc_z(story.opts.get("updated") or story.opts["at"]),
        "_status": "published",
    }
    return document(
        request,
        title=f"{story.opts['seo']} | {SITE}",
        main=main,
        page="/tin-tuc/[slug]",
        props={"post": doc},
        query={"slug": request.path.rsplit("/", 1)[-1]},
        active="/tin-tuc",
        head=_seo_head(request, story, canonical, description, hero_file),
        description=description,
    )


def paper_page(request: Request, story: Story) -> Response:
    canonical = story_path(story)
    text_html, lexical, _ = render_richtext(story)
    nc = "NghienCuu"
    authors = "".join(
        f"<p><strong>{rx(n)}</strong><br/><em>{rx(u)}</em></p>"
        for n, u in story.opts["by_research"]
    )
    at = story.opts["at"]
    abstract = ""
    if story.summary:
        kw = story.opts.get("keywords")
        abstract = (
            f'<div class="{cm(nc, "tomTat")}"><h2>Tóm tắt</h2><p>{rx(story.summary)}</p>'
            + (
                f'<p class="{cm(nc, "tuKhoa")}"><strong>Từ khóa:</strong> <!-- -->{rx(kw)}</p>'
                if kw
                else ""
            )
            + "</div>"
        )
    latest = [s for s in PAPERS_SORTED[:2] if s is not story]
    others = "".join(f'<li><a href="{story_path(s)}">{rx(s.title)}</a></li>' for s in latest)
    main = (
        _crumbs([("Trang chủ", "/"), (RESEARCH_CAT, "/nghien-cuu")])
        + f'<article class="{cm(nc, "khung")}"><a class="{cm(nc, "loai")}" href="/nghien-cuu">{RESEARCH_CAT}</a>'
        f'<h1 class="{cm(nc, "tieuDe")}">{rx(story.title)}</h1>'
        f'<div class="{cm(nc, "tacGia")}">{authors}</div>'
        f'<div class="{cm(nc, "tt")}"><span>Ngày đăng: <!-- --><time dateTime="{utc_z(at)}">{dmy(at)}</time></span>'
        f"<span>Lượt xem: <!-- -->{thousands(story.views())}</span></div>"
        f"{abstract}"
        f'<div class="{cm("RichText", "noiDung")}">{text_html}</div>'
        f"{_files(story)}{_tools(canonical, base_url(request))}"
        + (
            f'<div class="{cm(nc, "khac")}"><h3>Bài nghiên cứu mới</h3><ul>{others}</ul></div>'
            if others
            else ""
        )
        + "</article>"
    )
    description = story.summary or _cut(_first_text(story), 155)
    doc = {
        "id": story.opts["oid"],
        "title": story.title,
        "slug": story.slug,
        "tacGia": [{"hoTen": n, "donVi": u} for n, u in story.opts["by_research"]],
        "tomTat": story.summary,
        "tuKhoa": story.opts.get("keywords"),
        "noiDung": lexical,
        "tepDinhKem": [
            {"filename": f[1].rsplit("/", 1)[-1], "url": f[1]} for f in story.opts["files"]
        ],
        "ngayDang": utc_z(at),
        "createdAt": utc_z(story.opts["created"]),
        "updatedAt": utc_z(story.opts["created"]),
    }
    return document(
        request,
        title=f"{story.opts['seo']} | {SITE}",
        main=main,
        page="/nghien-cuu/[slug]",
        props={"baiViet": doc},
        query={"slug": story.slug},
        active="/nghien-cuu",
        head=_seo_head(request, story, canonical, description, None),
        description=description,
    )


# --- home ----------------------------------------------------------------------------------------


def home(request: Request) -> Response:
    tc = "TrangChu"
    slides = "".join(
        f'<div class="swiper-slide"><a href="{story_path(s)}">{_thumb(s, 800)}'
        f'<div class="{cm(tc, "chuSlide")}"><h2>{rx(s.title)}</h2></div></a></div>'
        for s in (N1, N2, N5)
    )
    latest = POSTS_SORTED[:5]
    first, rest = latest[0], latest[1:]
    latest_html = (
        f'<div class="{cm(tc, "tinChinh")}">{_card(first)}</div>'
        f'<ul class="{cm(tc, "tinPhu")}">'
        + "".join(
            f'<li><a href="{story_path(s)}">{rx(s.title)}</a><span>{dmy(s.opts["at"])}</span></li>'
            for s in rest
        )
        + "</ul>"
    )
    blocks = []
    for slug in ("dao-tao-boi-duong", "cong-tac-dang-doan-the"):
        items = [s for s in POSTS_SORTED if s.cat == slug][:2]
        blocks.append(
            f'<section class="{cm(tc, "khoi")}"><h2 class="{cm(tc, "tieuDeKhoi")}">'
            f'<a href="/chuyen-muc/{slug}">{rx(CATS[slug])}</a></h2>'
            + "".join(_card(s, excerpt=False) for s in items)
            + "</section>"
        )
    research = "".join(
        f'<li><a href="{story_path(s)}">{rx(s.title)}</a><p>{rx(", ".join(n for n, _ in s.opts["by_research"]))}</p></li>'
        for s in PAPERS_SORTED[:2]
    )
    main = (
        f'<h1 class="visually-hidden">{SITE}</h1>'
        f'<div class="{cm(tc, "slider")}"><div class="swiper"><div class="swiper-wrapper">{slides}</div>'
        '<div class="swiper-pagination"></div></div></div>'
        f'<section class="{cm(tc, "khoi")}"><h2 class="{cm(tc, "tieuDeKhoi")}"><a href="/tin-tuc">Tin mới nhất</a></h2>{latest_html}</section>'
        + "".join(blocks)
        + f'<section class="{cm(tc, "khoi")}"><h2 class="{cm(tc, "tieuDeKhoi")}"><a href="/nghien-cuu">Nghiên cứu - Trao đổi</a></h2>'
        f"<ul>{research}</ul>"
        f'<a href="/nghien-cuu" class="{cm(tc, "xemTatCa")}">Xem tất cả</a></section>'
        f'<section class="{cm(tc, "khoi")}"><h2 class="{cm(tc, "tieuDeKhoi")}">Văn bản mới</h2><ul>'
        + "".join(
            f'<li><a href="/van-ban/{d["slug"]}">{rx(d["so"])}: {rx(d["trichYeu"])}</a></li>'
            for d in DOCS
        )
        + f'</ul><a href="/van-ban">Xem tất cả văn bản</a></section>'
        f'<div class="row {cm(tc, "thuVien")}"><section class="col-md-6"><h2><a href="/thu-vien-anh">Thư viện ảnh</a></h2>'
        f'<a href="/thu-vien-anh/{ALBUM["slug"]}"><img alt="{rx(ALBUM["title"])}" loading="lazy" width="400" height="300" '
        f'decoding="async" data-nimg="1" style="color:transparent" src="{rx(nimg("album-hoi-thi-01-400x300.jpg", 828))}"/>'
        f"<span>{rx(ALBUM['title'])}</span></a></section>"
        f'<section class="col-md-6"><h2><a href="/video">Video</a></h2><a href="/video/{VIDEO["slug"]}">'
        f'<img alt="" loading="lazy" width="400" height="225" decoding="async" data-nimg="1" style="color:transparent" '
        f'src="/media/video-phong-su-thumb.jpg"/><span>{rx(VIDEO["title"])}</span></a></section></div>'
    )
    return document(
        request,
        title=SITE,
        main=main,
        page="/",
        props={
            "noiBat": [_doc_summary(s) for s in (N1, N2, N5)],
            "tinMoi": [_doc_summary(s) for s in latest],
            "nghienCuu": [_doc_summary(s) for s in PAPERS_SORTED[:2]],
        },
        active="/",
        head=f'<link rel="canonical" href="{base_url(request)}/"/>',
        description="Cổng thông tin điện tử Trường Chính trị tỉnh Tuyên Quang",
    )


# --- pages that are not articles -----------------------------------------------------------------

DOCS = [
    {
        "slug": "ke-hoach-112-kh-tct-dao-tao-boi-duong-nam-2027",
        "so": "112/KH-TCT",
        "loai": "Kế hoạch",
        "ngay": "28/11/2026",
        "trichYeu": "Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2027",
        "nguoiKy": "Nguyễn Văn Sơn",
        "file": "/media/files/112-kh-tct.pdf",
    },
    {
        "slug": "quyet-dinh-205-qd-tct-quy-che-chi-tieu-noi-bo-nam-2027",
        "so": "205/QĐ-TCT",
        "loai": "Quyết định",
        "ngay": "02/12/2026",
        "trichYeu": "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2027",
        "nguoiKy": "Nguyễn Văn Sơn",
        "file": "/media/files/205-qd-tct.pdf",
    },
]
ALBUM = {
    "slug": "hinh-anh-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    "title": "Hình ảnh Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
}
VIDEO = {
    "slug": "phong-su-truong-chinh-tri-tinh-tuyen-quang-nhung-chang-duong",
    "title": "Phóng sự: Trường Chính trị tỉnh Tuyên Quang - Những chặng đường xây dựng và phát triển",
}


def _simple(
    request: Request, title: str, crumbs, inner: str, page: str, props: dict, active: str = ""
) -> Response:
    main = (
        _crumbs(crumbs)
        + f'<div class="{cm("TrangTinh", "khung")}"><h1>{rx(title)}</h1>{inner}</div>'
    )
    return document(
        request, title=f"{title} | {SITE}", main=main, page=page, props=props, active=active
    )


def intro(request: Request) -> Response:
    inner = (
        '<h2 id="lich-su">Lịch sử hình thành và phát triển</h2>'
        "<p>Trường Chính trị tỉnh Tuyên Quang tiền thân là Trường Đảng tỉnh Tuyên Quang, được thành lập "
        "trong những năm đầu của cuộc kháng chiến chống thực dân Pháp. Trải qua các thời kỳ, Nhà trường "
        "nhiều lần thay đổi tên gọi và được hợp nhất với Trường Chính trị tỉnh Hà Giang theo chủ trương "
        "sắp xếp đơn vị hành chính cấp tỉnh năm 2025.</p>"
        "<p>Hơn bảy mươi năm xây dựng và trưởng thành, Nhà trường đã đào tạo, bồi dưỡng hàng vạn lượt cán "
        "bộ, đảng viên, góp phần quan trọng vào sự nghiệp xây dựng và phát triển tỉnh.</p>"
        '<h2 id="chuc-nang">Chức năng, nhiệm vụ</h2>'
        "<p>Trường Chính trị tỉnh là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng tham mưu cho Tỉnh ủy "
        "về công tác đào tạo, bồi dưỡng cán bộ; tổ chức đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của "
        "hệ thống chính trị ở cơ sở theo Quy định số 09-QĐ/TW của Ban Bí thư.</p>"
        '<h2 id="co-cau">Cơ cấu tổ chức</h2><ul><li>Ban Giám hiệu</li><li>Phòng Tổ chức - Hành chính</li>'
        "<li>Phòng Quản lý đào tạo</li><li>Khoa Lý luận cơ sở</li><li>Khoa Xây dựng Đảng</li>"
        "<li>Khoa Nhà nước và pháp luật</li><li>Khoa Dân vận</li></ul>"
        '<h2 id="ban-giam-hieu">Ban Giám hiệu</h2><table class="table"><tbody>'
        "<tr><td>Hiệu trưởng</td><td>Đồng chí Nguyễn Văn Sơn</td></tr>"
        "<tr><td>Phó Hiệu trưởng</td><td>Đồng chí Hoàng Thị Thanh Nga</td></tr>"
        "<tr><td>Phó Hiệu trưởng</td><td>Đồng chí Triệu Đức Lâm</td></tr></tbody></table>"
    )
    return _simple(
        request,
        "Giới thiệu chung",
        [("Trang chủ", "/"), ("Giới thiệu", None)],
        inner,
        "/[...slug]",
        {"page": {"id": oid("page/gioi-thieu"), "slug": "gioi-thieu", "title": "Giới thiệu chung"}},
        "/gioi-thieu",
    )


def contact(request: Request) -> Response:
    inner = (
        '<div class="row"><div class="col-md-6"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</strong></p>'
        "<p>Địa chỉ: Số 6, đường Trần Hưng Đạo, phường Minh Xuân, tỉnh Tuyên Quang</p>"
        "<p>Điện thoại: 0207.3822.468 - Fax: 0207.3822.469</p><p>Email: truongchinhtri@tuyenquang.gov.vn</p>"
        '<iframe title="Bản đồ" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3712" width="100%" height="300" loading="lazy"></iframe></div>'
        f'<div class="col-md-6"><form id="{oid("form/lien-he")}" method="post" action="/api/form-submissions">'
        '<label>Họ và tên <input name="hoTen" required=""/></label><label>Email <input type="email" name="email"/></label>'
        '<label>Nội dung <textarea name="noiDung" rows="5"></textarea></label><button type="submit">Gửi liên hệ</button></form></div></div>'
    )
    return _simple(
        request,
        "Liên hệ",
        [("Trang chủ", "/"), ("Liên hệ", None)],
        inner,
        "/[...slug]",
        {"page": {"id": oid("page/lien-he"), "slug": "lien-he", "title": "Liên hệ"}},
        "/lien-he",
    )


def doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{rx(d["so"])}</td><td>{d["ngay"]}</td><td><a href="/van-ban/{d["slug"]}">{rx(d["trichYeu"])}</a></td>'
        f'<td><a href="{d["file"]}" download="">Tải về</a></td></tr>'
        for d in DOCS
    )
    inner = (
        '<table class="table table-bordered"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return _simple(
        request,
        "Văn bản",
        [("Trang chủ", "/"), ("Văn bản", None)],
        inner,
        "/[...slug]",
        {"vanBan": DOCS},
        "/van-ban",
    )


def doc_entry(request: Request, d: dict) -> Response:
    inner = (
        '<table class="table table-bordered"><tbody>'
        f"<tr><th>Số ký hiệu</th><td>{rx(d['so'])}</td></tr>"
        f"<tr><th>Loại văn bản</th><td>{d['loai']}</td></tr>"
        f"<tr><th>Ngày ban hành</th><td>{d['ngay']}</td></tr>"
        "<tr><th>Cơ quan ban hành</th><td>Trường Chính trị tỉnh Tuyên Quang</td></tr>"
        f"<tr><th>Người ký</th><td>{d['nguoiKy']}</td></tr>"
        f"<tr><th>Trích yếu</th><td>{rx(d['trichYeu'])}</td></tr>"
        f'<tr><th>Tệp đính kèm</th><td><a href="{d["file"]}" download="">{d["file"].rsplit("/", 1)[-1]}</a></td></tr>'
        "</tbody></table>"
        f'<iframe title="Xem trước" src="{d["file"]}#toolbar=0" width="100%" height="600"></iframe>'
    )
    return _simple(
        request,
        d["trichYeu"],
        [("Trang chủ", "/"), ("Văn bản", "/van-ban"), (d["so"], None)],
        inner,
        "/[...slug]",
        {"vanBan": {**d, "id": oid("vb/" + d["slug"])}},
        "/van-ban",
    )


def album_list(request: Request) -> Response:
    inner = (
        f'<div class="{cm("ThuVien", "luoi")}"><a href="/thu-vien-anh/{ALBUM["slug"]}">'
        f'<img alt="" loading="lazy" width="400" height="300" decoding="async" data-nimg="1" '
        f'src="{rx(nimg("album-hoi-thi-01-400x300.jpg", 828))}"/><span>{rx(ALBUM["title"])}</span></a></div>'
    )
    return _simple(
        request,
        "Thư viện ảnh",
        [("Trang chủ", "/"), ("Thư viện ảnh", None)],
        inner,
        "/[...slug]",
        {"albums": [ALBUM]},
    )


def album(request: Request) -> Response:
    pics = "".join(
        f'<figure><a href="/media/album-hoi-thi-{n:02d}.jpg" data-fancybox="album">'
        f'<img alt="Ảnh {n}" loading="lazy" width="400" height="300" decoding="async" data-nimg="1" '
        f'src="{rx(nimg(f"album-hoi-thi-{n:02d}-400x300.jpg", 828))}"/></a><figcaption>Ảnh {n}/6</figcaption></figure>'
        for n in range(1, 7)
    )
    inner = f'<p class="{cm("ThuVien", "ngay")}">Ngày đăng: 23/10/2026 - 6 ảnh</p><div class="{cm("ThuVien", "luoi")}">{pics}</div>'
    return _simple(
        request,
        ALBUM["title"],
        [("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh"), (ALBUM["title"], None)],
        inner,
        "/[...slug]",
        {"album": {**ALBUM, "id": oid("album")}},
    )


def video_list(request: Request) -> Response:
    inner = (
        f'<div class="{cm("ThuVien", "luoi")}"><a href="/video/{VIDEO["slug"]}"><img alt="" loading="lazy" '
        f'width="400" height="225" src="/media/video-phong-su-thumb.jpg"/><span>{rx(VIDEO["title"])}</span></a></div>'
    )
    return _simple(
        request,
        "Video",
        [("Trang chủ", "/"), ("Video", None)],
        inner,
        "/[...slug]",
        {"videos": [VIDEO]},
    )


def video(request: Request) -> Response:
    inner = (
        '<div class="ratio ratio-16x9"><iframe src="https://www.youtube.com/embed/Xq4t2dK9LmE" '
        'title="YouTube video player" allowfullscreen=""></iframe></div>'
        f'<p class="{cm("ThuVien", "ngay")}">Đăng ngày 10/11/2026</p>'
        "<p>Phóng sự giới thiệu quá trình xây dựng và phát triển của Trường Chính trị tỉnh Tuyên Quang qua các "
        "thời kỳ; những kết quả nổi bật trong công tác đào tạo, bồi dưỡng cán bộ và nghiên cứu khoa học.</p>"
    )
    return _simple(
        request,
        VIDEO["title"],
        [("Trang chủ", "/"), ("Video", "/video"), (VIDEO["title"], None)],
        inner,
        "/[...slug]",
        {"video": {**VIDEO, "id": oid("video"), "youtubeId": "Xq4t2dK9LmE"}},
    )


def calendar(request: Request) -> Response:
    rows = [
        (
            "Thứ Hai<br/>30/11",
            "Sáng",
            "Giao ban Ban Giám hiệu tháng 12",
            "Hiệu trưởng",
            "Phòng họp số 1",
        ),
        (
            "Thứ Ba<br/>01/12",
            "Cả ngày",
            "Giảng dạy lớp TCLLCT-HC K77",
            "Khoa Xây dựng Đảng",
            "Hội trường B",
        ),
        (
            "Thứ Tư<br/>02/12",
            "Sáng",
            "Khai giảng lớp TCLLCT-HC K78",
            "Phó Hiệu trưởng Hoàng Thị Thanh Nga",
            "Hội trường A",
        ),
        (
            "Thứ Năm<br/>03/12",
            "Chiều",
            "Họp Hội đồng khoa học Nhà trường",
            "Hiệu trưởng",
            "Phòng họp số 1",
        ),
        (
            "Thứ Sáu<br/>04/12",
            "Chiều",
            "Hội nghị viên chức, người lao động năm 2027",
            "Hiệu trưởng",
            "Hội trường A",
        ),
        (
            "Thứ Bảy<br/>05/12",
            "Sáng",
            "Giảng dạy lớp TCLLCT-HC K78 (học ngày thứ Bảy)",
            "Khoa Lý luận cơ sở",
            "Hội trường B",
        ),
    ]
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    inner = (
        f'<div class="{cm("Lich", "dieuHuong")}"><button type="button">« Tuần trước</button>'
        '<strong>Tuần 49 (từ 30/11/2026 đến 06/12/2026)</strong><button type="button">Tuần sau »</button></div>'
        '<table class="table table-bordered"><thead><tr><th>Thứ/Ngày</th><th>Buổi</th><th>Nội dung</th>'
        f"<th>Chủ trì</th><th>Địa điểm</th></tr></thead><tbody>{body}</tbody></table>"
    )
    return _simple(
        request,
        "Lịch công tác tuần",
        [("Trang chủ", "/"), ("Lịch công tác", None)],
        inner,
        "/[...slug]",
        {"tuan": 49, "nam": 2026},
        "/lich-cong-tac",
    )


def search(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    found = []
    if q:
        needle = unicodedata.normalize("NFC", q).lower()
        found = [s for s in ALL if needle in s.title.lower()]
    inner = (
        '<form action="/tim-kiem" method="get"><input type="search" name="q" value="'
        + rx(q)
        + '"/><button type="submit">Tìm kiếm</button></form>'
    )
    if not q:
        inner += "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    else:
        inner += (
            f"<p>Tìm thấy <!-- -->{len(found)}<!-- --> kết quả cho “<!-- -->{rx(q)}<!-- -->”</p>"
        )
        inner += "".join(_card(s, excerpt=False) for s in found)
    return _simple(
        request, "Tìm kiếm", [("Trang chủ", "/"), ("Tìm kiếm", None)], inner, "/[...slug]", {"q": q}
    )


def admin(request: Request) -> Response:
    return html(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Đăng nhập - Payload</title>'
        '<link rel="stylesheet" href="/admin/main.css"/></head><body><div id="app"></div>'
        '<script src="/admin/main.js"></script></body></html>'
    )


# --- the site ------------------------------------------------------------------------------------

ROBOTS = "User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/\n"


class PayloadNextSite:
    def __init__(self) -> None:
        self.posts = {s.slug: s for s in POSTS}
        self.posts.update({s.opts["oid"]: s for s in POSTS})
        self.papers = {s.slug: s for s in PAPERS}
        self.docs = {d["slug"]: d for d in DOCS}
        self.files = {href for s in ALL for _, href, _ in s.opts.get("files", [])}
        self.files.update(d["file"] for d in DOCS)

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path != "/" and path.endswith("/"):
            target = path.rstrip("/") + (f"?{request.query}" if request.query else "")
            return redirect(target, 308)
        if path.startswith("/_next/image"):
            url = request.params.get("url", "")
            return static_file(url) if url.startswith("/media/") else None
        if path.startswith(("/_next/static/", "/admin/")) or path == "/favicon.ico":
            return static_file(path)
        if path in self.files:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith("/media/"):
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith("/api/"):
            if request.method == "POST":
                return Response(
                    200,
                    '{"message":"Cảm ơn bạn đã gửi ý kiến."}',
                    {"Content-Type": "application/json"},
                )
            return Response(
                403,
                '{"errors":[{"message":"You are not allowed to perform this action."}]}',
                {"Content-Type": "application/json"},
            )
        if path == "/admin":
            return admin(request)
        if path == "/":
            return home(request)
        if path == "/tin-tuc":
            return news_list(request)
        if path.startswith("/tin-tuc/"):
            story = self.posts.get(path[len("/tin-tuc/") :])
            return post_page(request, story) if story else None
        if path.startswith("/chuyen-muc/"):
            return category_list(request, path[len("/chuyen-muc/") :])
        if path == "/nghien-cuu":
            return research_list(request)
        if path.startswith("/nghien-cuu/"):
            story = self.papers.get(path[len("/nghien-cuu/") :])
            return paper_page(request, story) if story else None
        if path == "/van-ban":
            return doc_list(request)
        if path.startswith("/van-ban/"):
            d = self.docs.get(path[len("/van-ban/") :])
            return doc_entry(request, d) if d else None
        simple = {
            "/gioi-thieu": intro,
            "/lien-he": contact,
            "/thu-vien-anh": album_list,
            f"/thu-vien-anh/{ALBUM['slug']}": album,
            "/video": video_list,
            f"/video/{VIDEO['slug']}": video,
            "/lich-cong-tac": calendar,
            "/tim-kiem": search,
        }
        page = simple.get(path)
        return page(request) if page else None


def build_site() -> PayloadNextSite:
    return PayloadNextSite()


# --- gold ----------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = story_path(story)
    alt = [f"/tin-tuc/{story.opts['oid']}"] if story.cat != "nghien-cuu" else []
    return gold_record(story, path, cat_name(story), canonical_path=path, alt_paths=alt)


GOLD = [_gold(s) for s in ALL]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    f"/van-ban/{DOCS[0]['slug']}",
    f"/van-ban/{DOCS[1]['slug']}",
    f"/thu-vien-anh/{ALBUM['slug']}",
    f"/video/{VIDEO['slug']}",
    "/lich-cong-tac",
]
