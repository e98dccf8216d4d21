"""Fixture portal: a high school's site built on Webflow by an alumni volunteer (CMS Collections).

Imitates a hosted Webflow site as a former student makes it for the school ("Trường THPT Lương Thế
Vinh", Đắk Lắk): a template bought from the Webflow marketplace, translated by hand, two CMS
Collections ("Bài viết" and "Chuyên mục") plus "Giáo viên" for the staff page. Every page is the
static HTML Webflow publishes: ``<html data-wf-page=… data-wf-site=…>``, a ``Last Published``
comment, ``w-nav`` navbar with a ``w-nav-button`` hamburger and a ``w-dropdown`` "Tin tức", the
class names of the Designer (``section``, ``container w-container``, ``w-dyn-list`` /
``w-dyn-items`` / ``w-dyn-item``, ``w-richtext``, ``w-embed``, ``w-inline-block``), assets on the
site's CDN path (here the same host: ``/assets/<site id>/<asset id>_<name>.jpg`` with ``-p-500`` /
``-p-800`` responsive variants in ``srcset`` and ``sizes``) and ``webflow.js``.

What it serves:

- ``/`` home: a ``w-slider`` of three school news posts, "Tin mới" (six newest, cards that are a
  whole link block ``a.post-card.w-inline-block``), "Thông báo" (three newest notices), an empty
  "Sự kiện sắp tới" list whose ``w-dyn-empty`` box prints Webflow's "No items found.", a
  hard-coded button "Xem tin cũ hơn" the volunteer pointed at page 4 of ``/tin-tuc`` back when
  there were more posts (now beyond the end), the "Tuyển sinh 10" CTA section and the footer.
- ``/tin-tuc``: the collection list page, six posts a page, Webflow pagination
  ``?7f3c9e21_page=N`` (the parameter is the list's hashed id), "Trang trước" / "Trang sau" links
  (``w-pagination-previous`` / ``w-pagination-next``) and a "Trang N / M" counter; filter buttons to
  the categories.
- ``/chuyen-muc/<slug>``: the "Chuyên mục" collection template (three categories: Tin nhà trường,
  Hoạt động Đoàn, Thông báo), three posts a page, its own list id ``?c4e8a0b5_page=N``; "Tin nhà
  trường" spans three pages.
- ``/tin-tuc/<slug>``: the "Bài viết" template. A hero ``section`` whose cover photo is a CSS
  ``background-image`` (not an ``<img>``), a crumb line "Trang chủ / Tin tức / <chuyên mục>", a
  category link block, ``h1.heading-article``, "Ngày đăng:" + ``div.text-date`` "21/11/2026"
  (the date field; no time anywhere), "Người viết:" + ``div.text-author`` (hidden with
  ``w-condition-invisible`` and ``w-dyn-bind-empty`` when the field is empty); then
  ``p.paragraph-summary`` (the "Tóm tắt" field; empty and ``w-dyn-bind-empty`` when unset), the
  body ``div.rich-text-article.w-richtext`` (paragraphs, ``h2``/``h3``, ``ul``/``ol role=list``,
  ``blockquote``, ``figure.w-richtext-figure-type-image`` with or without ``figcaption``, a YouTube
  ``figure.w-richtext-figure-type-video``, a timetable pasted as a ``w-embed`` table, bylines
  typed as the last paragraph); a "Video" block that is ``w-condition-invisible`` on every post
  (the Video field is never filled) and still holds the template's "Lorem ipsum…" placeholder; a
  "Ghi chú" block (second rich-text field, hidden when empty); "Văn bản liên quan" (a
  multi-reference list: one PDF, or the ``w-dyn-empty`` "No items found."); share links
  (Facebook, Zalo, "In bài"); "Từ khóa" links that open Webflow site search
  (``/search?query=…``); "Tin liên quan", the three newest posts of the category (Webflow cannot
  exclude the current item, so a post often lists itself). In ``<head>``: the SEO title
  "<title> | THPT Lương Thế Vinh", ``og:*`` and a JSON-LD ``NewsArticle`` the volunteer pasted
  into the template's custom code, with ``datePublished`` the date field at local midnight written
  in UTC (``2026-11-20T17:00:00.000Z`` for a post printed "21/11/2026") and ``dateModified`` the
  item's last edit.
- non-articles: ``/gioi-thieu`` (history, with a photo and a figcaption: looks like a post, has
  no date), ``/tuyen-sinh`` (static), ``/doi-ngu`` (the "Giáo viên" collection: people cards, no
  links), ``/lien-he`` (a Webflow form whose "Cảm ơn! Chúng tôi đã nhận được…" success and "Đã có
  lỗi…" failure messages are in the HTML, hidden), ``/search`` and ``/search?query=…`` (Webflow site
  search over titles and texts), ``/sitemap.xml`` (Webflow's own: ``<loc>`` only), ``robots.txt``.
- errors: ``/noi-bo`` ("Nội bộ", footer link) is password protected: 401 with Webflow's password
  form (``/.wf_auth``); ``/401`` is that utility page (401); ``/404`` and every unknown path answer
  404 with the custom "Không tìm thấy trang" page; ``/path/`` answers 301 to ``/path``; the old slug
  of a renamed post (``/tin-tuc/hoc-sinh-dat-12-giai-hoc-sinh-gioi-cap-tinh``, still linked from a
  newer post) answers 301 to its new slug (a redirect the volunteer set in Site settings).

Traps: the pagination parameter is named after a hash and differs per list; a page number past
the end (or the stale home button) answers 200 with the list's empty box "Không có bài viết." and a
"Trang trước" link; a garbage or foreign page parameter shows page 1 again. ``?query=`` search pages
answer 200 for any text. The invisible "Video" block with its Lorem ipsum sits between the body
and the note in every post; ``w-dyn-empty`` boxes print "No items found."; "Tin liên quan" links the
post itself. One post (the traffic-safety repost) was pasted from a Word file typed in composite
Unicode: its title, text and caption are decomposed (NFD) on the page.

Gold (by hand, NFC):
- published_at: the printed ``div.text-date``, a day (no page prints a time); the JSON-LD UTC
  midnight (the previous day) is not used, nor the ``dateModified`` / "Last Published" stamps.
- summary: ``p.paragraph-summary`` when filled; it is printed apart from the body, so it is also
  the body's first paragraph. Posts without it have summary None.
- body: the rich text's paragraphs, headings, list items, quote and the lead-ins ("Một số hình ảnh
  …:", "Toàn cảnh …:") in order; table rows as lines with cells joined by " | " (header row
  included); then the "Ghi chú" rich text's paragraphs (the post's own words: the pill label "Ghi
  chú" is template chrome and is left out). Captions, bylines, the hidden Lorem ipsum, "No items
  found.", the attachment list, share, tags and related cards are not body.
- images: the rich text's figures in order (``src``, the full-size file); the hero background and
  card thumbnails are not article images. Caption = the ``figcaption`` text, without a leading
  "Ảnh:" label and without wrapping parentheses; on the repost the caption is an italic paragraph
  right under a figure without figcaption (it is the caption, not body). A caption ending "(Ảnh:
  Đức Anh)" stays whole and also gives the photographer.
- authors: the typed byline in the text wins ("Tin, ảnh: X" → author and photographer X; "Bài: X -
  Ảnh: Y"; "Tin: X"); else the "Người viết" field, without titles ("ThS.", "Thầy") or the unit
  after a dash; a unit there ("Đoàn trường", "Tổ Văn phòng") is the author when nothing signs the
  text; "Ban biên tập" credits nobody; a typed "Ảnh: Đức Anh" alone gives a photographer only.
  "Nguồn: Báo Đắk Lắk điện tử" is the source and keeps the field's author.
- category: the category the post's crumb and link block name.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import date, datetime, timedelta
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "webflow_thpt"
PLATFORM = "webflow"
START_PATH = "/"

SITE = "Trường THPT Lương Thế Vinh"
SHORT = "THPT Lương Thế Vinh"
ADDRESS = "Số 98 đường Lê Duẩn, phường Tân An, tỉnh Đắk Lắk"
HOTLINE = "0262 3 852 417"
EMAIL = "c3luongthevinh@daklak.edu.vn"
SITE_ID = "5f8e2b7c1d4a9e0012a3b4c5"
ASSETS = f"/assets/{SITE_ID}"
PAGE_IDS = {
    "home": "5f8e2b7c1d4a9e4f1ca3b4c6",
    "news": "5f8e2b7c1d4a9e7a2ea3b4d1",
    "post": "5f8e2b7c1d4a9e8b3fa3b4d2",
    "cat": "5f8e2b7c1d4a9e9c40a3b4d3",
    "about": "5f8e2b7c1d4a9e1d51a3b4d4",
    "admission": "5f8e2b7c1d4a9e2e62a3b4d5",
    "staff": "5f8e2b7c1d4a9e3f73a3b4d6",
    "contact": "5f8e2b7c1d4a9e5084a3b4d7",
    "search": "5f8e2b7c1d4a9e6195a3b4d8",
    "401": "5f8e2b7c1d4a9e72a6a3b4d9",
    "404": "5f8e2b7c1d4a9e83b7a3b4da",
}
POSTS_COLLECTION = "5f8e2b7c1d4a9e0f11a3b4e0"
CATS_COLLECTION = "5f8e2b7c1d4a9e0f22a3b4e1"
LAST_PUBLISHED = "Tue Nov 24 2026 03:12:45 GMT+0000 (Coordinated Universal Time)"

NEWS_LIST = "7f3c9e21"  # the hashed id of the /tin-tuc collection list
CAT_LIST = "c4e8a0b5"  # the hashed id of the category template's list
NEWS_PER_PAGE = 6
CAT_PER_PAGE = 3
STALE_PAGE = 4  # the home page's hard-coded "Xem tin cũ hơn" button

CATS: dict[str, tuple[str, str]] = {
    "tin-nha-truong": ("Tin nhà trường", "Hoạt động dạy và học, các sự kiện của nhà trường."),
    "hoat-dong-doan": ("Hoạt động Đoàn", "Tin tức phong trào Đoàn - Hội của học sinh nhà trường."),
    "thong-bao": ("Thông báo", "Thông báo của nhà trường gửi học sinh và cha mẹ học sinh."),
}
OLD_SLUGS = {
    "/tin-tuc/hoc-sinh-dat-12-giai-hoc-sinh-gioi-cap-tinh": (
        "/tin-tuc/hoc-sinh-truong-thpt-luong-the-vinh-dat-12-giai-hoc-sinh-gioi-cap-tinh-lop-12"
    ),
}
LOREM = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Suspendisse varius enim in eros"
    " elementum tristique. Duis cursus, mi quis viverra ornare, eros dolor interdum nulla, ut"
    " commodo diam libero vitae erat."
)


def asset(name: str) -> str:
    """The CDN path Webflow gives an uploaded file: site id, asset id, underscore, file name."""
    return f"{ASSETS}/6543{hashlib.md5(name.encode()).hexdigest()[:20]}_{name}"


def _srcset(src: str) -> str:
    stem, ext = src.rsplit(".", 1)
    return (
        f"{stem}-p-500.{ext} 500w, {stem}-p-800.{ext} 800w, {stem}-p-1080.{ext} 1080w, {src} 1600w"
    )


def _youtube(video_id: str, title: str) -> Raw:
    return Raw(
        '<figure style="padding-bottom:56.206088992974244%" class="w-richtext-align-fullwidth'
        ' w-richtext-figure-type-video"><div><iframe allowfullscreen="true" frameborder="0"'
        f' scrolling="no" src="https://www.youtube.com/embed/{video_id}" title="{esc(title)}">'
        "</iframe></div></figure>"
    )


_A4_OLD = next(iter(OLD_SLUGS))

# P styles: "" paragraph, h2/h3, li (ul), oli (ol), quote, th/tr (w-embed table, cells " | "),
#   note (the "Ghi chú" rich text), "a|<href>|<phrase>" (a paragraph with a link on phrase).
# Img styles: fig (figcaption = printed), plain (no caption), em (italic paragraph under it).
# opts: date (printed date field), author_field (printed "Người viết" value or None),
#   nfd (text stored decomposed), tags, doc (attached PDF: href, name), modified (UTC).
STORIES: list[Story] = [
    Story(
        id=1,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-nha-truong",
        published_at="2026-11-21",
        summary=(
            "Sáng 20/11/2026, Trường THPT Lương Thế Vinh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam với sự tham dự của đại diện lãnh đạo phường Tân An, Ban đại diện cha"
            " mẹ học sinh, các thế hệ thầy cô giáo và hơn 1.500 học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường, ôn lại truyền"
                " thống vẻ vang của Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật mà tập"
                " thể sư phạm nhà trường đạt được trong năm học 2025 - 2026: tỉ lệ tốt nghiệp THPT đạt"
                " 99,8%, 46 học sinh đạt giải học sinh giỏi cấp tỉnh, 3 giáo viên được công nhận giáo"
                " viên dạy giỏi cấp tỉnh."
            ),
            Img(
                asset("le-ky-niem-20-11-2026-1.jpg"),
                "Thầy Hiệu trưởng Nguyễn Văn Hùng phát biểu tại Lễ kỷ niệm",
                "Thầy Hiệu trưởng Nguyễn Văn Hùng phát biểu tại Lễ kỷ niệm",
                "fig",
            ),
            P("Tri ân những người lái đò thầm lặng", "h3"),
            P(
                "Trong không khí xúc động, đại diện học sinh lớp 12A1 đã gửi lời tri ân sâu sắc đến"
                " các thầy cô giáo. Những bó hoa tươi thắm, những tiết mục văn nghệ đặc sắc do chính"
                " các em dàn dựng là món quà ý nghĩa dành tặng thầy cô nhân ngày 20/11."
            ),
            P(
                "“Mỗi thầy cô hôm nay không chỉ dạy kiến thức mà còn là người truyền cảm hứng, giúp"
                " các em tự tin bước vào đời” - thầy Hiệu trưởng chia sẻ.",
                "quote",
            ),
            Img(asset("le-ky-niem-20-11-2026-2.jpg"), None, None, "plain"),
            P(
                "Dịp này, nhà trường trao giấy khen cho 12 tập thể và 35 cá nhân có thành tích xuất"
                " sắc trong phong trào thi đua “Dạy tốt - Học tốt”, đồng thời khen thưởng đội tuyển"
                " học sinh giỏi lớp 12 vừa đạt 12 giải cấp tỉnh.",
                f"a|{_A4_OLD}|vừa đạt 12 giải cấp tỉnh",
            ),
            Raw("<p><strong>Tin, ảnh: Lê Minh Tú</strong></p>"),
        ],
        authors=["Lê Minh Tú"],
        photographers=["Lê Minh Tú"],
        opts={
            "date": "21/11/2026",
            "author_field": "Văn phòng nhà trường",
            "tags": ["Ngày Nhà giáo Việt Nam", "Thi đua khen thưởng"],
            "modified": "2026-11-21T09:47:12.000Z",
        },
    ),
    Story(
        id=2,
        slug="chung-ket-rung-chuong-vang-chao-mung-ngay-nha-giao-viet-nam-2026",
        title="Chung kết Hội thi “Rung chuông vàng” chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-doan",
        published_at="2026-11-18",
        summary=(
            "Chiều 16/11/2026, Đoàn trường THPT Lương Thế Vinh tổ chức vòng chung kết Hội thi “Rung"
            " chuông vàng” năm học 2026 - 2027 với sự tham gia của 100 thí sinh đến từ 30 chi đoàn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các câu hỏi của hội thi xoay quanh kiến thức các môn học trong chương trình phổ"
                " thông, lịch sử truyền thống Đoàn Thanh niên Cộng sản Hồ Chí Minh, truyền thống nhà"
                " trường và các vấn đề thời sự của tỉnh."
            ),
            Img(
                asset("rung-chuong-vang-2026-1.jpg"),
                "Ảnh: Các thí sinh tập trung trả lời câu hỏi tại sân trường",
                "Các thí sinh tập trung trả lời câu hỏi tại sân trường",
                "fig",
            ),
            P(
                "Sau 25 câu hỏi căng thẳng, hấp dẫn, em Trần Ngọc Bảo Anh (lớp 11A3) là thí sinh trụ"
                " lại cuối cùng và xuất sắc rung tiếng chuông vàng ở câu hỏi cuối cùng."
            ),
            Img(
                asset("rung-chuong-vang-2026-2.jpg"),
                "(Em Trần Ngọc Bảo Anh nhận giải Nhất từ Ban tổ chức)",
                "Em Trần Ngọc Bảo Anh nhận giải Nhất từ Ban tổ chức",
                "fig",
            ),
            P(
                "Ban tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích cho các"
                " thí sinh có thành tích cao. Hội thi là sân chơi bổ ích, giúp đoàn viên củng cố kiến"
                " thức và rèn luyện kỹ năng xử lý tình huống."
            ),
            P("Toàn cảnh vòng chung kết Hội thi:"),
            _youtube("q7Lw2rTz9Xk", "Chung kết Rung chuông vàng 2026 - THPT Lương Thế Vinh"),
        ],
        authors=["Đoàn trường"],
        opts={
            "date": "18/11/2026",
            "author_field": "Đoàn trường",
            "tags": ["Rung chuông vàng", "Đoàn trường"],
            "modified": "2026-11-18T01:05:40.000Z",
        },
    ),
    Story(
        id=3,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-16",
        blocks=[
            P(
                "Căn cứ Kế hoạch năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra cuối học kỳ I"
                " các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi sáng (khối 10, 11) | Buổi chiều (khối 12)", "th"),
            P("Thứ Hai 14/12/2026 | Ngữ văn | Toán", "tr"),
            P("Thứ Ba 15/12/2026 | Toán | Ngữ văn", "tr"),
            P("Thứ Tư 16/12/2026 | Tiếng Anh | Tiếng Anh", "tr"),
            P("Thứ Năm 17/12/2026 | Lịch sử | Lịch sử", "tr"),
            P(
                "Các môn còn lại kiểm tra tại lớp theo thời khóa biểu trong tuần từ 07/12 đến"
                " 12/12/2026."
            ),
            P("Giáo viên chủ nhiệm có trách nhiệm:"),
            P("Phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh;", "li"),
            P("Nhắc nhở học sinh ôn tập theo đề cương của các tổ chuyên môn;", "li"),
            P("Thông báo danh sách phòng kiểm tra trước ngày 10/12/2026.", "li"),
            P(
                "Chi tiết xem tại Kế hoạch số 152/KH-THPTLTV đính kèm.",
                f"a|{asset('ke-hoach-kiem-tra-cuoi-hk1-2026-2027.pdf')}|Kế hoạch số 152/KH-THPTLTV",
            ),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh;"
                " không mang điện thoại di động vào phòng kiểm tra.",
                "note",
            ),
        ],
        opts={
            "date": "16/11/2026",
            "author_field": "Ban biên tập",
            "tags": ["Kiểm tra cuối kỳ"],
            "doc": (
                asset("ke-hoach-kiem-tra-cuoi-hk1-2026-2027.pdf"),
                "Kế hoạch số 152/KH-THPTLTV kiểm tra cuối học kỳ I",
            ),
            "modified": "2026-11-16T08:22:03.000Z",
        },
    ),
    Story(
        id=4,
        slug="hoc-sinh-truong-thpt-luong-the-vinh-dat-12-giai-hoc-sinh-gioi-cap-tinh-lop-12",
        title=(
            "Học sinh Trường THPT Lương Thế Vinh đạt 12 giải trong Kỳ thi chọn học sinh giỏi cấp"
            " tỉnh lớp 12"
        ),
        cat="tin-nha-truong",
        published_at="2026-11-13",
        summary=(
            "Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027, đội tuyển của nhà"
            " trường đạt 12 giải, trong đó có 2 giải Nhất, 4 giải Nhì, 3 giải Ba và 3 giải Khuyến"
            " khích, xếp thứ hai toàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi diễn ra trong hai ngày 04 và 05/11/2026 với hơn 1.200 thí sinh đến từ các"
                " trường THPT trong toàn tỉnh dự thi ở 11 môn văn hóa. Nhà trường có 20 học sinh tham"
                " gia ở 8 môn."
            ),
            P("Những gương mặt tiêu biểu", "h2"),
            P("Hai giải Nhất thuộc về các em:"),
            P("Nguyễn Hoàng Phúc (lớp 12A1), môn Toán;", "li"),
            P("Lê Thị Thanh Trúc (lớp 12A5), môn Ngữ văn.", "li"),
            Img(
                asset("doi-tuyen-hsg-12-2026.jpg"),
                "Đội tuyển học sinh giỏi lớp 12 chụp ảnh lưu niệm cùng Ban Giám hiệu (Ảnh: Đức Anh)",
                "Đội tuyển học sinh giỏi lớp 12 chụp ảnh lưu niệm cùng Ban Giám hiệu (Ảnh: Đức Anh)",
                "fig",
            ),
            P(
                "Em Nguyễn Hoàng Phúc chia sẻ: “Em đã dành nhiều thời gian luyện đề cùng thầy cô trong"
                " tổ Toán, đặc biệt là các chuyên đề hình học và tổ hợp. Giải thưởng này là động lực"
                " để em tiếp tục cố gắng trong kỳ thi chọn đội tuyển quốc gia.”"
            ),
            P(
                "Kết quả này khẳng định chất lượng công tác bồi dưỡng học sinh giỏi của nhà trường và"
                " sự nỗ lực không ngừng của thầy và trò trong suốt thời gian ôn luyện."
            ),
        ],
        authors=["Trần Văn Khoa"],
        photographers=["Đức Anh"],
        opts={
            "date": "13/11/2026",
            "author_field": "ThS. Trần Văn Khoa",
            "tags": ["Học sinh giỏi"],
            "modified": "2026-11-14T02:31:55.000Z",
        },
    ),
    Story(
        id=5,
        slug="ngoai-khoa-an-toan-giao-thong-cho-nu-cuoi-ngay-mai",
        title="Ngoại khóa “An toàn giao thông cho nụ cười ngày mai”",
        cat="tin-nha-truong",
        published_at="2026-11-10",
        blocks=[
            P(
                "Sáng 08/11/2026, Trường THPT Lương Thế Vinh phối hợp với Phòng Cảnh sát giao thông"
                " Công an tỉnh tổ chức buổi ngoại khóa tuyên truyền pháp luật về trật tự, an toàn giao"
                " thông cho hơn 1.400 học sinh."
            ),
            P(
                "Tại buổi ngoại khóa, báo cáo viên đã phổ biến những quy định mới của Luật Trật tự, an"
                " toàn giao thông đường bộ, nhấn mạnh các hành vi vi phạm phổ biến ở lứa tuổi học sinh"
                " như điều khiển xe máy khi chưa đủ tuổi, không đội mũ bảo hiểm, đi xe đạp điện dàn"
                " hàng ngang."
            ),
            Img(
                asset("ngoai-khoa-atgt-2026.jpg"),
                "Học sinh tham gia trả lời câu hỏi về biển báo giao thông",
                "Học sinh tham gia trả lời câu hỏi về biển báo giao thông",
                "em",
            ),
            P(
                "Phần thi tìm hiểu kiến thức với hình thức hỏi - đáp trực tiếp thu hút đông đảo học"
                " sinh tham gia. Nhiều câu trả lời đúng và nhanh đã nhận được phần thưởng từ Ban tổ"
                " chức."
            ),
            P(
                "Dịp này, 100% học sinh của trường đã ký cam kết chấp hành nghiêm các quy định về an"
                " toàn giao thông."
            ),
            Raw("<p><em>Nguồn: Báo Đắk Lắk điện tử</em></p>"),
        ],
        authors=["Hoàng Yến"],
        source="Báo Đắk Lắk điện tử",
        opts={
            "date": "10/11/2026",
            "author_field": "Hoàng Yến",
            "nfd": True,
            "tags": ["An toàn giao thông", "Ngoại khóa"],
            "modified": "2026-11-10T04:10:27.000Z",
        },
    ),
    Story(
        id=6,
        slug="doan-truong-ra-quan-ngay-chu-nhat-xanh-thang-11",
        title="Đoàn trường ra quân “Ngày Chủ nhật xanh” tháng 11",
        cat="hoat-dong-doan",
        published_at="2026-11-05",
        blocks=[
            P(
                "Sáng Chủ nhật 01/11/2026, hơn 300 đoàn viên thanh niên của 30 chi đoàn đã tham gia ra"
                " quân “Ngày Chủ nhật xanh”, dọn dẹp vệ sinh khuôn viên trường và tuyến đường Lê Duẩn."
            ),
            P("Một số hình ảnh của buổi ra quân:"),
            Img(asset("chu-nhat-xanh-t11-01.jpg"), None, None, "plain"),
            Img(asset("chu-nhat-xanh-t11-02.jpg"), None, None, "plain"),
            Img(asset("chu-nhat-xanh-t11-03.jpg"), None, None, "plain"),
            Img(asset("chu-nhat-xanh-t11-04.jpg"), None, None, "plain"),
            Raw("<p><em>Bài: Nguyễn Hà My - Ảnh: Đức Anh</em></p>"),
        ],
        authors=["Nguyễn Hà My"],
        photographers=["Đức Anh"],
        opts={
            "date": "05/11/2026",
            "author_field": "Đoàn trường",
            "tags": ["Đoàn trường", "Môi trường"],
            "modified": "2026-11-05T12:44:09.000Z",
        },
    ),
    Story(
        id=7,
        slug="thong-bao-tuyen-chon-hoc-sinh-vao-doi-tuyen-hoc-sinh-gioi-lop-11",
        title="Thông báo tuyển chọn học sinh vào đội tuyển học sinh giỏi lớp 11",
        cat="thong-bao",
        published_at="2026-10-30",
        blocks=[
            P(
                "Nhằm chuẩn bị cho Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 11 năm học 2026 - 2027, nhà"
                " trường thông báo tuyển chọn học sinh vào các đội tuyển như sau:"
            ),
            P(
                "Đối tượng: học sinh khối 11 có kết quả học tập học kỳ II năm học 2025 - 2026 đạt mức"
                " Tốt, điểm trung bình môn đăng ký từ 8,0 trở lên.",
                "oli",
            ),
            P(
                "Các môn tuyển chọn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa"
                " lí, Tiếng Anh.",
                "oli",
            ),
            P(
                "Hình thức: làm bài kiểm tra tự luận 150 phút vào sáng thứ Bảy, ngày 07/11/2026.",
                "oli",
            ),
            P("Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 04/11/2026."),
            P(
                "Học sinh đã tham gia đội tuyển năm lớp 10 vẫn phải dự kiểm tra tuyển chọn.",
                "note",
            ),
        ],
        opts={
            "date": "30/10/2026",
            "author_field": None,
            "tags": ["Học sinh giỏi"],
            "modified": "2026-10-30T07:18:44.000Z",
        },
    ),
    Story(
        id=8,
        slug="hoi-thao-huong-nghiep-chon-nganh-dung-vung-buoc-tuong-lai",
        title="Hội thảo hướng nghiệp “Chọn ngành đúng - Vững bước tương lai”",
        cat="tin-nha-truong",
        published_at="2026-10-24",
        summary=(
            "Ngày 22/10/2026, nhà trường phối hợp với Trường Đại học Tây Nguyên tổ chức hội thảo"
            " hướng nghiệp cho gần 500 học sinh khối 12, giúp các em có thêm thông tin trước khi đăng"
            " ký xét tuyển đại học năm 2027."
        ),
        sapo_outside=True,
        blocks=[
            P("Thông tin tuyển sinh mới nhất", "h2"),
            P(
                "Đại diện Phòng Đào tạo Trường Đại học Tây Nguyên giới thiệu các phương thức xét tuyển"
                " dự kiến năm 2027, chỉ tiêu các ngành Y khoa, Sư phạm, Nông lâm, Kinh tế và Công nghệ"
                " thông tin, cùng chính sách học bổng dành cho học sinh vùng khó khăn."
            ),
            Img(
                asset("hoi-thao-huong-nghiep-2026.jpg"),
                "Học sinh khối 12 đặt câu hỏi cho các chuyên gia tư vấn",
                "Học sinh khối 12 đặt câu hỏi cho các chuyên gia tư vấn",
                "fig",
            ),
            P("Hiểu mình để chọn nghề phù hợp", "h2"),
            P(
                "Chuyên gia tâm lý hướng dẫn học sinh cách nhận diện sở thích, điểm mạnh của bản thân"
                " qua các trắc nghiệm nghề nghiệp đơn giản; đồng thời chia sẻ kinh nghiệm cân đối giữa"
                " ước mơ, năng lực và nhu cầu của thị trường lao động."
            ),
            P(
                "Kết thúc hội thảo, nhiều học sinh cho biết đã xác định rõ hơn ngành học mình theo đuổi"
                " và kế hoạch ôn tập trong học kỳ II."
            ),
        ],
        authors=["Phạm Thu Hà"],
        opts={
            "date": "24/10/2026",
            "author_field": "Phạm Thu Hà - Tổ Tư vấn học đường",
            "tags": ["Hướng nghiệp"],
            "modified": "2026-10-25T03:02:16.000Z",
        },
    ),
    Story(
        id=9,
        slug="khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="tin-nha-truong",
        published_at="2026-10-15",
        blocks=[
            P(
                "Chiều 13/10/2026, Trường THPT Lương Thế Vinh tổ chức Lễ khai mạc Hội khỏe Phù Đổng"
                " cấp trường năm học 2026 - 2027 với hơn 600 vận động viên tranh tài ở 7 môn: điền"
                " kinh, bóng đá nam, bóng chuyền, cầu lông, bóng bàn, cờ vua và kéo co."
            ),
            Img(
                asset("hkpd-cap-truong-2026-1.jpg"),
                "Màn đồng diễn thể dục chào mừng Lễ khai mạc",
                "Màn đồng diễn thể dục chào mừng Lễ khai mạc",
                "fig",
            ),
            P(
                "Hội khỏe Phù Đổng cấp trường diễn ra đến hết ngày 31/10/2026, là dịp để phát hiện,"
                " tuyển chọn những vận động viên có năng khiếu tham dự Hội khỏe Phù Đổng cấp tỉnh năm"
                " 2027."
            ),
            Img(
                asset("hkpd-cap-truong-2026-2.jpg"),
                "Trận kéo co giữa hai tập thể lớp 10A2 và 10A7",
                "Trận kéo co giữa hai tập thể lớp 10A2 và 10A7",
                "fig",
            ),
            P(
                "Phát biểu khai mạc, thầy Phó Hiệu trưởng Đặng Quốc Bảo đề nghị các vận động viên thi"
                " đấu với tinh thần “Đoàn kết - Trung thực - Cao thượng”, đồng thời bảo đảm an toàn"
                " trong tập luyện và thi đấu."
            ),
        ],
        authors=["Võ Đức Thắng"],
        opts={
            "date": "15/10/2026",
            "author_field": "Thầy Võ Đức Thắng",
            "nbsp": True,
            "tags": ["Thể dục thể thao"],
            "modified": "2026-10-15T10:51:30.000Z",
        },
    ),
    Story(
        id=10,
        slug="dai-hoi-doan-truong-thpt-luong-the-vinh-nhiem-ky-2026-2027",
        title="Đại hội Đoàn TNCS Hồ Chí Minh Trường THPT Lương Thế Vinh nhiệm kỳ 2026 - 2027",
        cat="hoat-dong-doan",
        published_at="2026-10-08",
        summary=(
            "Ngày 06/10/2026, Đoàn trường THPT Lương Thế Vinh tổ chức thành công Đại hội đại biểu"
            " lần thứ XX, nhiệm kỳ 2026 - 2027 với 150 đại biểu đại diện cho hơn 1.300 đoàn viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2025 - 2026: 100% chi đoàn"
                " được xếp loại vững mạnh và khá; kết nạp 215 đoàn viên mới; tổ chức thành công nhiều"
                " hoạt động tình nguyện, văn hóa, thể thao thu hút đông đảo đoàn viên tham gia."
            ),
            P("Chỉ tiêu nhiệm kỳ mới", "h3"),
            P(
                "Phấn đấu 100% đoàn viên được học tập, quán triệt các chủ trương, nghị quyết của Đoàn;",
                "li",
            ),
            P("Mỗi chi đoàn thực hiện ít nhất một công trình, phần việc thanh niên;", "li"),
            P("Giới thiệu ít nhất 5 đoàn viên ưu tú cho Chi bộ xem xét, bồi dưỡng.", "li"),
            Img(
                asset("dai-hoi-doan-truong-2026.jpg"),
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "fig",
            ),
            P(
                "Đại hội đã bầu Ban Chấp hành Đoàn trường gồm 15 đồng chí; thầy Nguyễn Quang Huy tiếp"
                " tục được tín nhiệm giữ chức Bí thư Đoàn trường."
            ),
            Raw("<p><strong>Tin: Nguyễn Hà My</strong></p>"),
        ],
        authors=["Nguyễn Hà My"],
        opts={
            "date": "08/10/2026",
            "author_field": "Đoàn trường",
            "tags": ["Đoàn trường", "Đại hội"],
            "modified": "2026-10-08T02:40:58.000Z",
        },
    ),
    Story(
        id=11,
        slug="trao-20-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-kho-khan",
        title="Trao 20 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="tin-nha-truong",
        published_at="2026-09-29",
        blocks=[
            P(
                "Sáng 27/9/2026, Hội Cựu học sinh Trường THPT Lương Thế Vinh phối hợp với nhà trường"
                " trao 20 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn, vượt"
                " khó vươn lên trong học tập."
            ),
            P(
                "Mỗi suất học bổng gồm 2.000.000 đồng tiền mặt, một bộ sách giáo khoa và áo dài đồng"
                " phục. Tổng giá trị học bổng hơn 50 triệu đồng do các cựu học sinh các khóa đóng góp."
            ),
            Img(
                asset("trao-hoc-bong-tiep-suc-2026.jpg"),
                "(Đại diện Hội Cựu học sinh trao học bổng cho các em)",
                "Đại diện Hội Cựu học sinh trao học bổng cho các em",
                "fig",
            ),
            P(
                "Em H’Linh Niê (lớp 10A6), một trong những học sinh nhận học bổng, xúc động chia sẻ:"
                " “Em cảm ơn các anh chị cựu học sinh đã tiếp thêm động lực để em yên tâm học tập”."
            ),
            Raw("<p><strong>Tin, ảnh: Bùi Thị Lan</strong></p>"),
        ],
        authors=["Bùi Thị Lan"],
        photographers=["Bùi Thị Lan"],
        opts={
            "date": "29/09/2026",
            "author_field": "Bùi Thị Lan",
            "tags": ["Học bổng", "Cựu học sinh"],
            "modified": "2026-09-29T06:12:35.000Z",
        },
    ),
    Story(
        id=12,
        slug="thong-bao-hop-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
        title="Thông báo họp cha mẹ học sinh đầu năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-09-22",
        blocks=[
            P(
                "Nhà trường trân trọng kính mời quý cha mẹ học sinh đến dự cuộc họp cha mẹ học sinh"
                " đầu năm học 2026 - 2027."
            ),
            P("Thời gian: 7 giờ 30 phút, Chủ nhật ngày 27/9/2026.", "li"),
            P(
                "Địa điểm: phòng học của các lớp (danh sách phòng dán tại bảng tin cổng trường).",
                "li",
            ),
            P(
                "Nội dung: thông qua kế hoạch năm học, nội quy nhà trường, bầu Ban đại diện cha mẹ"
                " học sinh lớp.",
                "li",
            ),
            P("Rất mong quý cha mẹ học sinh sắp xếp thời gian đến dự đầy đủ, đúng giờ."),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "date": "22/09/2026",
            "author_field": "Tổ Văn phòng",
            "tags": ["Cha mẹ học sinh"],
            "modified": "2026-09-22T01:30:00.000Z",
        },
    ),
    Story(
        id=13,
        slug="le-khai-giang-nam-hoc-2026-2027",
        title="Trường THPT Lương Thế Vinh long trọng tổ chức Lễ khai giảng năm học 2026 - 2027",
        cat="tin-nha-truong",
        published_at="2026-09-05",
        summary=(
            "Sáng 05/9/2026, cùng với hàng triệu học sinh cả nước, hơn 1.500 học sinh Trường THPT"
            " Lương Thế Vinh hân hoan bước vào năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự Lễ khai giảng có đại diện lãnh đạo Sở Giáo dục và Đào tạo, Đảng ủy, UBND"
                " phường Tân An, Ban đại diện cha mẹ học sinh và các nhà hảo tâm."
            ),
            Img(
                asset("khai-giang-2026-2027-1.jpg"),
                "Học sinh khối 10 tham gia diễu hành tại Lễ khai giảng",
                "Học sinh khối 10 tham gia diễu hành tại Lễ khai giảng",
                "fig",
            ),
            P(
                "Năm học 2026 - 2027, nhà trường có 40 lớp với 1.526 học sinh, trong đó khối 10 có 13"
                " lớp với 512 học sinh. Nhà trường tiếp tục thực hiện Chương trình giáo dục phổ thông"
                " 2018 ở cả ba khối lớp."
            ),
            P(
                "Thay mặt nhà trường, thầy Hiệu trưởng Nguyễn Văn Hùng đánh trống khai giảng, chính"
                " thức mở đầu năm học mới."
            ),
            Img(asset("khai-giang-2026-2027-2.jpg"), None, None, "plain"),
            _youtube("Zx3bN8pQe1M", "Lễ khai giảng năm học 2026 - 2027"),
            Raw("<p><em>Ảnh: Đức Anh</em></p>"),
        ],
        photographers=["Đức Anh"],
        opts={
            "date": "05/09/2026",
            "author_field": "Ban biên tập",
            "tags": ["Khai giảng"],
            "modified": "2026-09-06T00:15:21.000Z",
        },
    ),
]

_BY_SLUG = {s.slug: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}"


def _day(story: Story) -> date:
    return datetime.strptime(story.opts["date"], "%d/%m/%Y").date()


def newest(cat: str | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or s.cat == cat]
    return sorted(items, key=lambda s: (_day(s), s.id), reverse=True)


def _pages(count: int, per: int) -> int:
    return max(1, -(-count // per))


def cover(story: Story) -> str:
    """The "Ảnh đại diện" field: the hero background and the card thumbnail."""
    return asset(f"anh-dai-dien-{story.slug[:40].rstrip('-')}.jpg")


GOLD: list[dict] = [gold_record(s, article_path(s), CATS[s.cat][0]) for s in STORIES]

TAGS: list[str] = sorted({t for s in STORIES for t in s.opts["tags"]})


def search_path(query: str) -> str:
    return f"/search?query={quote_plus(query)}"


NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    *(f"/tin-tuc?{NEWS_LIST}_page={n}" for n in range(1, _pages(len(STORIES), NEWS_PER_PAGE) + 1)),
    *(f"/chuyen-muc/{c}" for c in CATS),
    *(
        f"/chuyen-muc/{c}?{CAT_LIST}_page={n}"
        for c in CATS
        for n in range(1, _pages(len(newest(c)), CAT_PER_PAGE) + 1)
        if _pages(len(newest(c)), CAT_PER_PAGE) > 1
    ),
    "/gioi-thieu",
    "/tuyen-sinh",
    "/doi-ngu",
    "/lien-he",
    "/search",
    *(search_path(t) for t in TAGS),
]


# --- rendering ------------------------------------------------------------------------------


def _t(value: str, story: Story | None = None) -> str:
    nfd = bool(story and story.opts.get("nfd"))
    out = text(value, nfd=nfd)
    if story is not None and story.opts.get("nbsp"):
        out = out.replace(": ", ":&nbsp;", 1)
    return out


def _img(
    src: str, alt: str = "", cls: str = "", sizes: str = "(max-width: 767px) 92vw, 760px"
) -> str:
    klass = f' class="{cls}"' if cls else ""
    return (
        f'<img src="{src}" loading="lazy" alt="{esc(alt)}" sizes="{sizes}"'
        f' srcset="{_srcset(src)}"{klass}>'
    )


def _richtext(story: Story, blocks: list) -> str:
    out: list[str] = []
    group: str | None = None
    align = 0

    def close() -> None:
        nonlocal group
        if group in ("li", "oli"):
            out.append("</ul>" if group == "li" else "</ol>")
        elif group == "tr":
            out.append("</tbody></table></div>")
        group = None

    for block in blocks:
        if isinstance(block, P):
            style = block.style
            kind = "tr" if style in ("th", "tr") else style
            if kind in ("li", "oli", "tr"):
                if group != kind:
                    close()
                    group = kind
                    out.append(
                        '<ul role="list">'
                        if kind == "li"
                        else '<ol role="list">'
                        if kind == "oli"
                        else '<div class="w-embed"><table class="bang-lich" style="width:100%;'
                        'border-collapse:collapse" border="1" cellpadding="6"><tbody>'
                    )
                if kind == "tr":
                    tag = "th" if style == "th" else "td"
                    cells = "".join(
                        f"<{tag}>{_t(c, story)}</{tag}>" for c in block.text.split(" | ")
                    )
                    out.append(f"<tr>{cells}</tr>")
                else:
                    out.append(f"<li>{_t(block.text, story)}</li>")
                continue
            close()
            if style in ("h2", "h3"):
                out.append(f"<{style}>{_t(block.text, story)}</{style}>")
            elif style == "quote":
                out.append(f"<blockquote>{_t(block.text, story)}</blockquote>")
            elif style.startswith("a|"):
                _, href, phrase = style.split("|", 2)
                shown = _t(block.text, story)
                linked = _t(phrase, story)
                out.append(
                    "<p>" + shown.replace(linked, f'<a href="{href}">{linked}</a>', 1) + "</p>"
                )
            else:
                out.append(f"<p>{_t(block.text, story)}</p>")
        elif isinstance(block, Img):
            close()
            align += 1
            where = "w-richtext-align-center" if align % 2 else "w-richtext-align-fullwidth"
            cap = (
                f"<figcaption>{_t(block.printed, story)}</figcaption>"
                if block.style == "fig"
                else ""
            )
            out.append(
                f'<figure style="max-width:1280pxpx" class="{where} w-richtext-figure-type-image">'
                f"<div>{_img(block.src)}</div>{cap}</figure>"
            )
            if block.style == "em":
                out.append(f"<p><em>{_t(block.printed, story)}</em></p>")
        else:
            close()
            nfd = story.opts.get("nfd")
            out.append(unicodedata.normalize("NFD", block.html) if nfd else block.html)
    close()
    return "".join(out)


def _html_open(
    page: str, title: str, description: str, extra: str = "", item: Story | None = None
) -> str:
    wf_item = (
        f' data-wf-collection="{POSTS_COLLECTION}" data-wf-item-slug="{item.slug}"' if item else ""
    )
    if page == "cat":
        wf_item = f' data-wf-collection="{CATS_COLLECTION}"'
    return f"""<!DOCTYPE html><!--  Last Published: {LAST_PUBLISHED}  -->
<html data-wf-domain="www.thptluongthevinh-daklak.edu.vn" data-wf-page="{PAGE_IDS[page]}" data-wf-site="{SITE_ID}" lang="vi"{wf_item}>
<head><meta charset="utf-8"><title>{esc(title)}</title>
<meta content="{esc(description)}" name="description"><meta content="{esc(title)}" property="og:title"><meta content="{esc(description)}" property="og:description"><meta property="og:type" content="website"><meta content="summary_large_image" name="twitter:card">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="{ASSETS}/css/thpt-luong-the-vinh.webflow.shared.4f1c2a9b7.css" rel="stylesheet" type="text/css">
<link href="https://fonts.googleapis.com" rel="preconnect"><link href="https://fonts.gstatic.com" rel="preconnect" crossorigin="anonymous">
<script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" type="text/javascript"></script><script type="text/javascript">WebFont.load({{google: {{families: ["Be Vietnam Pro:regular,500,600,700:vietnamese,latin"]}}}});</script>
<script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script>
<link href="{ASSETS}/favicon-32.png" rel="shortcut icon" type="image/x-icon"><link href="{ASSETS}/webclip-256.png" rel="apple-touch-icon">
{extra}</head>
<body class="body">"""


def _topbar() -> str:
    return f"""<div class="topbar"><div class="container w-container"><div class="topbar-wrap">
<div class="w-embed w-script"><span id="ngay-hom-nay" class="topbar-date">{TODAY}</span><script>/* cập nhật ngày theo giờ máy người xem */</script></div>
<div class="topbar-contact"><div class="topbar-text">Hotline: {HOTLINE}</div><a href="mailto:{EMAIL}" class="topbar-link">{EMAIL}</a></div>
</div></div></div>"""


def _navbar(current: str) -> str:
    def link(href: str, label: str) -> str:
        cur = (
            ' aria-current="page" class="nav-link w-nav-link w--current"'
            if href == current
            else ' class="nav-link w-nav-link"'
        )
        return f'<a href="{href}"{cur}>{label}</a>'

    drops = "".join(
        f'<a href="/chuyen-muc/{slug}" class="dropdown-link w-dropdown-link">{esc(name)}</a>'
        for slug, (name, _) in CATS.items()
    )
    home_cur = ' aria-current="page"' if current == "/" else ""
    return f"""<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/"{home_cur} class="brand w-nav-brand{" w--current" if current == "/" else ""}"><img src="{ASSETS}/6543aa01b2c3d4e5f6a7b8c9_logo-ltv.png" loading="lazy" width="56" alt="Logo Trường THPT Lương Thế Vinh" class="brand-logo"><div class="brand-text">THPT LƯƠNG THẾ VINH</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">{link("/", "Trang chủ")}{link("/gioi-thieu", "Giới thiệu")}
<div data-hover="true" data-delay="0" class="nav-dropdown w-dropdown"><div class="nav-dropdown-toggle w-dropdown-toggle"><div class="w-icon-dropdown-toggle"></div><div>Tin tức</div></div>
<nav class="dropdown-list w-dropdown-list"><a href="/tin-tuc" class="dropdown-link w-dropdown-link">Tất cả tin tức</a>{drops}</nav></div>
{link("/doi-ngu", "Đội ngũ")}{link("/tuyen-sinh", "Tuyển sinh")}{link("/lien-he", "Liên hệ")}
<form action="/search" class="nav-search w-form"><input class="nav-search-input w-input" maxlength="256" name="query" placeholder="Tìm kiếm…" type="search" id="search" required=""><input type="submit" class="nav-search-button w-button" value="Tìm"></form></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>"""


def _cta() -> str:
    return """<div class="section cta-section"><div class="container w-container"><div class="cta-wrap">
<h2 class="cta-heading">Tuyển sinh 10 năm học 2027 - 2028</h2>
<p class="cta-paragraph">Trường THPT Lương Thế Vinh dự kiến tuyển 13 lớp 10 với 520 chỉ tiêu. Xem phương thức tuyển sinh, lịch đăng ký và các câu hỏi thường gặp.</p>
<a href="/tuyen-sinh" class="button-cta w-button">Xem thông tin tuyển sinh</a></div></div></div>"""


def _footer() -> str:
    recent = "".join(
        f'<div role="listitem" class="footer-post w-dyn-item"><a href="{article_path(s)}" class="footer-post-link">{_t(s.title, s)}</a>'
        f'<div class="footer-post-date">{s.opts["date"]}</div></div>'
        for s in newest()[:4]
    )
    return f"""<div class="section footer"><div class="container w-container"><div class="footer-grid w-layout-grid">
<div class="footer-col"><div class="footer-brand">{esc(SITE)}</div>
<div class="footer-text">Địa chỉ: {esc(ADDRESS)}</div><div class="footer-text">Hotline: {HOTLINE}</div><div class="footer-text">Email: <a href="mailto:{EMAIL}" class="footer-link">{EMAIL}</a></div>
<div class="social-wrap"><a href="https://www.facebook.com/thptluongthevinhdaklak" target="_blank" class="social-link w-inline-block"><img src="{ASSETS}/6543aa02b2c3d4e5f6a7b8ca_icon-facebook.png" loading="lazy" width="24" alt="Facebook"></a><a href="https://www.youtube.com/@thptluongthevinhdaklak" target="_blank" class="social-link w-inline-block"><img src="{ASSETS}/6543aa03b2c3d4e5f6a7b8cb_icon-youtube.png" loading="lazy" width="24" alt="YouTube"></a><a href="https://zalo.me/0262385241" target="_blank" class="social-link w-inline-block"><img src="{ASSETS}/6543aa04b2c3d4e5f6a7b8cc_icon-zalo.png" loading="lazy" width="24" alt="Zalo"></a></div></div>
<div class="footer-col"><div class="footer-heading">Bài viết mới</div><div class="footer-posts w-dyn-list"><div role="list" class="w-dyn-items">{recent}</div></div></div>
<div class="footer-col"><div class="footer-heading">Liên kết</div><a href="/gioi-thieu" class="footer-link">Giới thiệu</a><a href="/doi-ngu" class="footer-link">Đội ngũ giáo viên</a><a href="/tuyen-sinh" class="footer-link">Tuyển sinh</a><a href="/lien-he" class="footer-link">Liên hệ</a><a href="/noi-bo" class="footer-link">Nội bộ</a>
<a href="https://daklak.edu.vn" target="_blank" class="footer-link">Sở GD&amp;ĐT Đắk Lắk</a>
<div class="w-embed w-script"><div class="bo-dem">Lượt truy cập: <span>128.406</span> · Đang online: <span>12</span></div><script async src="https://counter.example-stats.net/c.js?id=ltv2019"></script></div></div>
</div><div class="footer-bottom"><div class="footer-copy">© 2026 {esc(SITE)}. Website do Hội Cựu học sinh thiết kế và vận hành.</div></div></div></div>
<a class="w-webflow-badge" href="https://webflow.com?utm_campaign=brandjs" target="_blank"><img src="https://d3e54v103j8qbb.cloudfront.net/img/webflow-badge-icon-d2.89e12c322e.svg" alt="" style="margin-right:4px;width:26px"><img src="https://d3e54v103j8qbb.cloudfront.net/img/webflow-badge-text-d2.c82cec3b78.svg" alt="Made in Webflow"></a>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={SITE_ID}" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="{ASSETS}/js/webflow.7c1e2f3a.js" type="text/javascript"></script>
</body></html>"""


def _page(
    page: str,
    current: str,
    title: str,
    description: str,
    main: str,
    extra: str = "",
    item: Story | None = None,
) -> str:
    return (
        _html_open(page, title, description, extra, item)
        + _topbar()
        + _navbar(current)
        + main
        + _cta()
        + _footer()
    )


def _card(story: Story, cls: str = "post-item") -> str:
    summary = story.summary
    excerpt = (
        f'<p class="post-card-excerpt">{_t(summary, story)}</p>'
        if summary
        else '<p class="post-card-excerpt w-dyn-bind-empty"></p>'
    )
    return (
        f'<div role="listitem" class="{cls} w-dyn-item"><a href="{article_path(story)}" class="post-card w-inline-block">'
        f'<div class="post-thumb-wrap">{_img(cover(story), "", "post-thumb", "(max-width: 479px) 92vw, (max-width: 991px) 45vw, 300px")}</div>'
        f'<div class="post-card-content"><div class="post-card-cat">{esc(CATS[story.cat][0])}</div>'
        f'<h3 class="post-card-title">{_t(story.title, story)}</h3>{excerpt}'
        f'<div class="post-card-date">{story.opts["date"]}</div></div></a></div>'
    )


def _pager(list_id: str, page: int, last: int) -> str:
    if last <= 1 and page <= 1:
        return ""
    prev = (
        f'<a href="?{list_id}_page={page - 1}" aria-label="Previous Page" class="w-pagination-previous pagination-button">'
        '<svg class="w-pagination-previous-icon" height="12px" width="12px" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 12" transform="translate(0, 1)"><path fill="none" stroke="currentColor" fill-rule="evenodd" d="M8 10L4 6l4-4"></path></svg>'
        '<div class="w-inline-block">Trang trước</div></a>'
        if page > 1
        else ""
    )
    nxt = (
        f'<a href="?{list_id}_page={page + 1}" aria-label="Next Page" class="w-pagination-next pagination-button">'
        '<div class="w-inline-block">Trang sau</div>'
        '<svg class="w-pagination-next-icon" height="12px" width="12px" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 12" transform="translate(0, 1)"><path fill="none" stroke="currentColor" fill-rule="evenodd" d="M4 2l4 4-4 4"></path></svg></a>'
        if page < last
        else ""
    )
    count = (
        f'<div aria-label="Page {page} of {last}" role="heading" class="w-page-count page-count">Trang {page} / {last}</div>'
        if page <= last
        else ""
    )
    return f'<div role="navigation" aria-label="List" class="w-pagination-wrapper pagination">{prev}{count}{nxt}</div>'


def _page_number(request: Request, list_id: str) -> int:
    raw = request.params.get(f"{list_id}_page", "1")
    try:
        value = int(raw)
    except ValueError:
        return 1
    return value if value >= 1 else 1


def _collection(items: list[Story], list_id: str, page: int, per: int, grid: str) -> str:
    last = _pages(len(items), per)
    chunk = items[(page - 1) * per : page * per]
    if chunk:
        cards = (
            f'<div role="list" class="{grid} w-dyn-items">{"".join(_card(s) for s in chunk)}</div>'
        )
    else:
        cards = '<div class="empty-state w-dyn-empty"><div class="empty-text">Không có bài viết.</div></div>'
    return f'<div class="w-dyn-list">{cards}{_pager(list_id, page, last)}</div>'


def _home(request: Request) -> str:
    slides = "".join(
        f'<div class="slide w-slide" style="background-image:url(&quot;{cover(s)}&quot;)"><div class="slide-content">'
        f'<div class="slide-cat">{esc(CATS[s.cat][0])}</div><h2 class="slide-heading">{_t(s.title, s)}</h2>'
        f'<a href="{article_path(s)}" class="button-slide w-button">Xem chi tiết</a></div></div>'
        for s in newest("tin-nha-truong")[:3]
    )
    latest = "".join(_card(s) for s in newest()[:6])
    notices = "".join(
        f'<div role="listitem" class="notice-item w-dyn-item"><div class="notice-date">{s.opts["date"]}</div>'
        f'<a href="{article_path(s)}" class="notice-link">{_t(s.title, s)}</a></div>'
        for s in newest("thong-bao")[:3]
    )
    main = f"""<div class="hero-slider w-slider" data-autoplay="true" data-delay="5000" data-animation="slide" data-duration="600" data-infinite="true" role="region" aria-label="carousel">
<div class="w-slider-mask">{slides}</div><div class="w-slider-arrow-left"><div class="w-icon-slider-left"></div></div><div class="w-slider-arrow-right"><div class="w-icon-slider-right"></div></div><div class="w-slider-nav w-round"></div></div>
<div class="section"><div class="container w-container"><div class="section-title-wrap"><h2 class="heading-section">Tin mới</h2><a href="/tin-tuc" class="link-more">Xem tất cả tin tức →</a></div>
<div class="w-dyn-list"><div role="list" class="news-grid w-dyn-items">{latest}</div></div>
<a href="/tin-tuc?{NEWS_LIST}_page={STALE_PAGE}" class="button-outline w-button">Xem tin cũ hơn</a></div></div>
<div class="section section-grey"><div class="container w-container"><div class="w-layout-grid home-grid">
<div class="notice-box"><h2 class="heading-section">Thông báo</h2><div class="w-dyn-list"><div role="list" class="notice-list w-dyn-items">{notices}</div></div><a href="/chuyen-muc/thong-bao" class="link-more">Tất cả thông báo →</a></div>
<div class="event-box"><h2 class="heading-section">Sự kiện sắp tới</h2><div class="w-dyn-list"><div class="w-dyn-empty"><div>No items found.</div></div></div></div>
</div></div></div>
<div class="section"><div class="container w-container"><div class="stats-grid w-layout-grid"><div class="stat"><div class="stat-number">1.526</div><div class="stat-label">Học sinh</div></div><div class="stat"><div class="stat-number">92</div><div class="stat-label">Cán bộ, giáo viên</div></div><div class="stat"><div class="stat-number">40</div><div class="stat-label">Lớp học</div></div><div class="stat"><div class="stat-number">1994</div><div class="stat-label">Năm thành lập</div></div></div></div></div>"""
    return _page(
        "home", "/", f"Trang chủ | {SHORT}", f"Website chính thức của {SITE}, tỉnh Đắk Lắk.", main
    )


def _news(request: Request) -> str:
    page = _page_number(request, NEWS_LIST)
    filters = "".join(
        f'<a href="/chuyen-muc/{slug}" class="filter-button w-button">{esc(name)}</a>'
        for slug, (name, _) in CATS.items()
    )
    main = f"""<div class="section page-header"><div class="container w-container"><h1 class="heading-page">Tin tức</h1><p class="paragraph-page">Tin tức, sự kiện và thông báo của {esc(SITE)}.</p></div></div>
<div class="section"><div class="container w-container"><div class="filter-wrap"><a href="/tin-tuc" aria-current="page" class="filter-button w-button w--current">Tất cả</a>{filters}</div>
{_collection(newest(), NEWS_LIST, page, NEWS_PER_PAGE, "news-grid")}</div></div>"""
    return _page("news", "/tin-tuc", f"Tin tức | {SHORT}", f"Tin tức - sự kiện của {SITE}.", main)


def _category(request: Request, slug: str) -> str:
    name, blurb = CATS[slug]
    page = _page_number(request, CAT_LIST)
    main = f"""<div class="section page-header"><div class="container w-container"><div class="breadcrumb-wrap"><a href="/" class="breadcrumb-link">Trang chủ</a><div class="breadcrumb-divider">/</div><a href="/tin-tuc" class="breadcrumb-link">Tin tức</a></div>
<h1 class="heading-page">{esc(name)}</h1><p class="paragraph-page">{esc(blurb)}</p></div></div>
<div class="section"><div class="container w-container">{_collection(newest(slug), CAT_LIST, page, CAT_PER_PAGE, "category-grid")}</div></div>"""
    return _page("cat", "/tin-tuc", f"{name} | {SHORT}", blurb, main)


def _utc_midnight(story: Story) -> str:
    return f"{_day(story) - timedelta(days=1):%Y-%m-%d}T17:00:00.000Z"


def _article(request: Request, story: Story) -> str:
    cat_name = CATS[story.cat][0]
    cat_href = f"/chuyen-muc/{story.cat}"
    field = story.opts.get("author_field")
    if field:
        author = f'<div class="meta-item author-block"><div class="meta-label">Người viết:</div><div class="text-author">{_t(field, story)}</div></div>'
    else:
        author = '<div class="meta-item author-block w-condition-invisible"><div class="meta-label">Người viết:</div><div class="text-author w-dyn-bind-empty"></div></div>'
    summary = (
        f'<p class="paragraph-summary">{_t(story.summary, story)}</p>'
        if story.summary
        else '<p class="paragraph-summary w-dyn-bind-empty"></p>'
    )
    body_blocks = [b for b in story.blocks if not (isinstance(b, P) and b.style == "note")]
    notes = [b for b in story.blocks if isinstance(b, P) and b.style == "note"]
    if notes:
        note = (
            '<div class="note-block"><div class="note-label">Ghi chú</div><div class="rich-text-note w-richtext">'
            + "".join(f"<p>{_t(b.text, story)}</p>" for b in notes)
            + "</div></div>"
        )
    else:
        note = '<div class="note-block w-condition-invisible"><div class="note-label">Ghi chú</div><div class="rich-text-note w-dyn-bind-empty w-richtext"></div></div>'
    doc = story.opts.get("doc")
    if doc:
        docs = (
            f'<div role="list" class="docs-list w-dyn-items"><div role="listitem" class="doc-item w-dyn-item">'
            f'<a href="{doc[0]}" target="_blank" class="doc-link w-inline-block"><img src="{ASSETS}/6543aa05b2c3d4e5f6a7b8cd_icon-pdf.png" loading="lazy" width="20" alt="">'
            f'<div class="doc-name">{esc(doc[1])}</div></a></div></div>'
        )
    else:
        docs = '<div class="w-dyn-empty"><div>No items found.</div></div>'
    base = base_url(request)
    share_url = quote_plus(base + article_path(story))
    tags = "".join(
        f'<a href="{search_path(t)}" class="tag-link">{esc(t)}</a>' for t in story.opts["tags"]
    )
    related = "".join(_card(s, "related-item") for s in newest(story.cat)[:3])
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": unicodedata.normalize("NFC", story.title),
        "image": base + cover(story),
        "datePublished": _utc_midnight(story),
        "dateModified": story.opts["modified"],
        "publisher": {
            "@type": "Organization",
            "name": SITE,
            "logo": {
                "@type": "ImageObject",
                "url": base + f"{ASSETS}/6543aa01b2c3d4e5f6a7b8c9_logo-ltv.png",
            },
        },
    }
    description = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    extra = (
        f'<meta content="{base + cover(story)}" property="og:image">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    main = f"""<div class="section hero-article" style="background-image:linear-gradient(180deg, rgba(6, 29, 63, .55), rgba(6, 29, 63, .85)), url(&quot;{cover(story)}&quot;)"><div class="container w-container">
<div class="breadcrumb-wrap"><a href="/" class="breadcrumb-link">Trang chủ</a><div class="breadcrumb-divider">/</div><a href="/tin-tuc" class="breadcrumb-link">Tin tức</a><div class="breadcrumb-divider">/</div><a href="{cat_href}" class="breadcrumb-link">{esc(cat_name)}</a></div>
<a href="{cat_href}" class="category-tag w-inline-block"><div class="category-tag-text">{esc(cat_name)}</div></a>
<h1 class="heading-article">{_t(story.title, story)}</h1>
<div class="article-meta"><div class="meta-item"><div class="meta-label">Ngày đăng:</div><div class="text-date">{story.opts["date"]}</div></div>{author}</div>
</div></div>
<div class="section article-section"><div class="container article-container w-container">
{summary}
<div class="rich-text-article w-richtext">{_richtext(story, body_blocks)}</div>
<div class="video-block w-condition-invisible"><h3 class="heading-video">Video</h3><div class="video-embed w-dyn-bind-empty w-video w-embed"></div><p class="paragraph-video">{LOREM}</p></div>
{note}
<div class="docs-block"><h4 class="docs-heading">Văn bản liên quan</h4><div class="w-dyn-list">{docs}</div></div>
<div class="share-block"><div class="share-label">Chia sẻ:</div><a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" class="share-link w-inline-block"><div>Facebook</div></a><a href="https://sp.zalo.me/share_inline?d={share_url}" target="_blank" class="share-link w-inline-block"><div>Zalo</div></a><a href="#" onclick="window.print();return false;" class="share-link w-inline-block"><div>In bài</div></a></div>
<div class="tags-block"><div class="tags-label">Từ khóa:</div>{tags}</div>
</div></div>
<div class="section related-section"><div class="container w-container"><h2 class="heading-section">Tin liên quan</h2>
<div class="w-dyn-list"><div role="list" class="related-grid w-dyn-items">{related}</div></div></div></div>"""
    form = "NFD" if story.opts.get("nfd") else "NFC"  # the SEO title is the Name field
    title = f"{unicodedata.normalize(form, story.title)} | {SHORT}"
    return _page(
        "post", "/tin-tuc", title, unicodedata.normalize("NFC", description), main, extra, story
    )


# --- static pages ---------------------------------------------------------------------------

ABOUT = [
    "Trường THPT Lương Thế Vinh được thành lập năm 1994, là một trong những trường trung học phổ"
    " thông có bề dày truyền thống của tỉnh Đắk Lắk. Hơn 30 năm xây dựng và phát triển, nhà trường đã"
    " đào tạo hơn 25.000 học sinh, nhiều thế hệ học sinh đã trưởng thành, giữ các cương vị quan trọng"
    " trên mọi miền đất nước.",
    "Hiện nay nhà trường có 40 lớp với 1.526 học sinh, 92 cán bộ, giáo viên, nhân viên, trong đó 38%"
    " giáo viên có trình độ thạc sĩ. Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo"
    " dục cấp độ 3 năm 2023.",
    "Tầm nhìn: trở thành ngôi trường chất lượng cao, nơi mỗi học sinh được phát triển toàn diện về"
    " phẩm chất, năng lực và tự tin hội nhập.",
]
ADMISSION = [
    "Năm học 2027 - 2028, Trường THPT Lương Thế Vinh dự kiến tuyển 13 lớp 10 với 520 chỉ tiêu, theo"
    " phương thức kết hợp xét tuyển và thi tuyển của Sở Giáo dục và Đào tạo.",
    "Lịch đăng ký dự tuyển, môn thi và điểm chuẩn các năm trước sẽ được cập nhật tại trang này khi Sở"
    " ban hành kế hoạch tuyển sinh.",
    "Mọi thắc mắc xin liên hệ Văn phòng nhà trường, điện thoại " + HOTLINE + ".",
]
TEACHERS = [
    ("Nguyễn Văn Hùng", "Hiệu trưởng", "Thạc sĩ Quản lý giáo dục"),
    ("Đặng Quốc Bảo", "Phó Hiệu trưởng", "Thạc sĩ Toán học"),
    ("Lê Thị Hồng Vân", "Phó Hiệu trưởng", "Thạc sĩ Ngữ văn"),
    ("Trần Văn Khoa", "Tổ trưởng tổ Toán - Tin", "Thạc sĩ Toán học"),
    ("Phạm Thu Hà", "Tổ trưởng tổ Tư vấn học đường", "Cử nhân Tâm lý học"),
    ("Võ Đức Thắng", "Tổ trưởng tổ Thể dục - Quốc phòng", "Cử nhân Giáo dục thể chất"),
    ("Nguyễn Quang Huy", "Bí thư Đoàn trường", "Cử nhân Lịch sử"),
    ("Bùi Thị Lan", "Giáo viên Tiếng Anh", "Thạc sĩ Ngôn ngữ Anh"),
]


def _simple(page: str, path: str, title: str, lead: str, body: str) -> str:
    main = f"""<div class="section page-header"><div class="container w-container"><h1 class="heading-page">{esc(title)}</h1><p class="paragraph-page">{esc(lead)}</p></div></div>
<div class="section"><div class="container w-container">{body}</div></div>"""
    return _page(page, path, f"{title} | {SHORT}", lead, main)


def _about(request: Request) -> str:
    paras = "".join(f"<p>{esc(p)}</p>" for p in ABOUT)
    photo = asset("toan-canh-truong-ltv.jpg")
    body = (
        f'<div class="rich-text-page w-richtext"><h2>Lịch sử hình thành</h2>{paras}'
        f'<figure style="max-width:1600px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>{_img(photo)}</div>'
        "<figcaption>Toàn cảnh Trường THPT Lương Thế Vinh nhìn từ trên cao</figcaption></figure></div>"
    )
    return _simple("about", "/gioi-thieu", "Giới thiệu", "Hơn 30 năm xây dựng và phát triển.", body)


def _admission(request: Request) -> str:
    body = (
        '<div class="rich-text-page w-richtext">'
        + "".join(f"<p>{esc(p)}</p>" for p in ADMISSION)
        + "</div>"
    )
    body += '<a href="/lien-he" class="button-primary w-button">Liên hệ tư vấn</a>'
    return _simple(
        "admission",
        "/tuyen-sinh",
        "Tuyển sinh lớp 10",
        "Thông tin tuyển sinh năm học 2027 - 2028.",
        body,
    )


def _staff(request: Request) -> str:
    people = "".join(
        f'<div role="listitem" class="teacher-item w-dyn-item"><img src="{asset("giao-vien-" + str(i) + ".jpg")}" loading="lazy" alt="" class="teacher-photo">'
        f'<div class="teacher-name">{esc(n)}</div><div class="teacher-role">{esc(r)}</div><div class="teacher-degree">{esc(d)}</div></div>'
        for i, (n, r, d) in enumerate(TEACHERS, 1)
    )
    body = f'<div class="w-dyn-list"><div role="list" class="teacher-grid w-dyn-items">{people}</div></div>'
    return _simple(
        "staff", "/doi-ngu", "Đội ngũ", "Cán bộ quản lý và giáo viên của nhà trường.", body
    )


def _contact(request: Request) -> str:
    body = f"""<div class="w-layout-grid contact-grid"><div class="contact-info"><h2 class="heading-section">Thông tin liên hệ</h2>
<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {HOTLINE}</p><p>Email: {EMAIL}</p>
<div class="map-embed w-embed w-iframe"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3892.1!2d108.05!3d12.68" width="100%" height="300" style="border:0;" allowfullscreen="" loading="lazy"></iframe></div></div>
<div class="contact-form w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="form" data-wf-page-id="{PAGE_IDS["contact"]}" data-wf-element-id="b7f1c2d3-0a1b-4c5d-8e9f-0a1b2c3d4e5f" aria-label="Email Form">
<label for="name" class="field-label">Họ và tên</label><input class="text-field w-input" maxlength="256" name="name" data-name="Name" placeholder="" type="text" id="name" required="">
<label for="email" class="field-label">Email</label><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="" type="email" id="email" required="">
<label for="message" class="field-label">Nội dung</label><textarea id="message" name="message" maxlength="5000" data-name="Message" placeholder="" class="textarea w-input"></textarea>
<input type="submit" data-wait="Vui lòng chờ..." class="submit-button w-button" value="Gửi liên hệ"></form>
<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Cảm ơn! Chúng tôi đã nhận được thông tin của bạn và sẽ phản hồi sớm.</div></div>
<div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Đã có lỗi xảy ra khi gửi biểu mẫu. Vui lòng thử lại.</div></div></div></div>"""
    return _simple("contact", "/lien-he", "Liên hệ", "Gửi câu hỏi, góp ý cho nhà trường.", body)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> str:
    query = request.params.get("query", "").strip()
    form = f"""<form action="/search" class="search-form w-form"><input class="search-input w-input" maxlength="256" name="query" placeholder="Tìm kiếm…" type="search" id="search-2" required="" value="{esc(query)}"><input type="submit" class="search-button w-button" value="Tìm"></form>"""
    if not query:
        body = form
    else:
        needle = _fold(query)
        hits = [
            s
            for s in newest()
            if needle
            in _fold(s.title + " " + " ".join(s.paragraphs) + " " + " ".join(s.opts["tags"]))
        ]
        if hits:
            items = "".join(
                f'<div class="search-result-item"><a href="{article_path(s)}" class="search-link">{esc(unicodedata.normalize("NFC", s.title))} | {SHORT}</a>'
                f'<div class="search-link-url">{base_url(request)}{article_path(s)}</div>'
                f'<div class="search-snippet">{esc(unicodedata.normalize("NFC", s.paragraphs[0])[:160])}…</div></div>'
                for s in hits
            )
            body = form + f'<div class="search-result-items">{items}</div>'
        else:
            body = form + '<div class="search-empty">Không tìm thấy kết quả nào.</div>'
    extra = '<meta content="noindex" name="robots">'
    main = f"""<div class="section page-header"><div class="container w-container"><h1 class="heading-page">Kết quả tìm kiếm</h1></div></div>
<div class="section"><div class="container w-container">{body}</div></div>"""
    return _page("search", "/search", f"Tìm kiếm | {SHORT}", "Tìm kiếm trên website", main, extra)


def _password(path: str) -> str:
    return f"""<!DOCTYPE html><!--  Last Published: {LAST_PUBLISHED}  -->
<html data-wf-domain="www.thptluongthevinh-daklak.edu.vn" data-wf-page="{PAGE_IDS["401"]}" data-wf-site="{SITE_ID}" data-wf-status="1" lang="vi">
<head><meta charset="utf-8"><title>Trang được bảo vệ</title><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="{ASSETS}/css/thpt-luong-the-vinh.webflow.shared.4f1c2a9b7.css" rel="stylesheet" type="text/css"></head>
<body><div class="utility-page-wrap"><div class="utility-page-content w-password-page w-form">
<form action="/.wf_auth" method="post" id="email-form" name="email-form" data-name="Email Form" class="utility-page-form w-password-page" aria-label="Email Form">
<img src="https://d3e54v103j8qbb.cloudfront.net/static/password-page-lock-icon.3e0d4b4e9d.svg" alt="" class="utility-page-icon"><h2>Trang được bảo vệ</h2>
<label for="pass">Nhập mật khẩu để xem trang này</label><input class="w-password-page w-input" autofocus="true" maxlength="256" name="pass" placeholder="Mật khẩu" type="password" id="pass">
<input type="submit" data-wait="Vui lòng chờ..." class="w-password-page w-button" value="Xác nhận">
<div class="w-password-page w-embed w-script"><input type="hidden" name="path" value="{esc(path)}"><input type="hidden" name="page" value="{esc(path)}"></div></form>
<div class="w-password-page w-form-fail" role="region" aria-label="Email Form failure"><div>Mật khẩu không đúng. Vui lòng thử lại.</div></div></div></div>
<script src="{ASSETS}/js/webflow.7c1e2f3a.js" type="text/javascript"></script></body></html>"""


def _not_found() -> str:
    return f"""<!DOCTYPE html><!--  Last Published: {LAST_PUBLISHED}  -->
<html data-wf-domain="www.thptluongthevinh-daklak.edu.vn" data-wf-page="{PAGE_IDS["404"]}" data-wf-site="{SITE_ID}" lang="vi">
<head><meta charset="utf-8"><title>Không tìm thấy trang</title><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="{ASSETS}/css/thpt-luong-the-vinh.webflow.shared.4f1c2a9b7.css" rel="stylesheet" type="text/css"></head>
<body><div class="utility-page-wrap"><div class="utility-page-content"><img src="{ASSETS}/6543aa06b2c3d4e5f6a7b8ce_404.png" loading="lazy" alt="">
<h2>Không tìm thấy trang</h2><div>Trang bạn tìm không tồn tại hoặc đã được chuyển sang địa chỉ khác.</div><a href="/" class="button-primary w-button">Về trang chủ</a></div></div>
<script src="{ASSETS}/js/webflow.7c1e2f3a.js" type="text/javascript"></script></body></html>"""


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    paths = ["/", "/gioi-thieu", "/tuyen-sinh", "/doi-ngu", "/lien-he", "/tin-tuc"]
    paths += [f"/chuyen-muc/{c}" for c in CATS] + [article_path(s) for s in newest()]
    urls = "".join(f"<url><loc>{base}{p}</loc></url>" for p in paths)
    body = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


_ROBOTS = "User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n"
_DOCS = {s.opts["doc"][0] for s in STORIES if s.opts.get("doc")}
_STATIC_PAGES = {
    "/": _home,
    "/tin-tuc": _news,
    "/gioi-thieu": _about,
    "/tuyen-sinh": _admission,
    "/doi-ngu": _staff,
    "/lien-he": _contact,
    "/search": _search,
}
_HEADERS = {
    "x-wf-region": "ap-southeast-1",
    "x-cluster-name": "ap-southeast-1-prod-hosting-red",
    "Cache-Control": "max-age=0, must-revalidate",
}


class WebflowSite:
    """Webflow hosting: published static pages, CMS templates, utility pages, redirects."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(f"{ASSETS}/"):
            if path.endswith(".pdf"):
                return (
                    Response(200, PDF, {"Content-Type": "application/pdf"})
                    if path in _DOCS
                    else self._missing()
                )
            return static_file(path) or self._missing()
        if path == "/robots.txt":
            return Response(
                200,
                _ROBOTS.format(base=base_url(request)),
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path in OLD_SLUGS:
            return redirect(OLD_SLUGS[path], 301)
        if len(path) > 1 and path.endswith("/"):
            return redirect(path.rstrip("/") + (f"?{request.query}" if request.query else ""), 301)
        if path in ("/noi-bo", "/401", "/.wf_auth"):
            return html(
                _password("/noi-bo" if path != "/401" else "/401"),
                status=401,
                headers=dict(_HEADERS),
            )
        if path in _STATIC_PAGES:
            return html(_STATIC_PAGES[path](request), headers=dict(_HEADERS))
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)", path):
            story = _BY_SLUG.get(m.group(1))
            return (
                html(_article(request, story), headers=dict(_HEADERS)) if story else self._missing()
            )
        if (m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)", path)) and m.group(1) in CATS:
            return html(_category(request, m.group(1)), headers=dict(_HEADERS))
        return self._missing()

    @staticmethod
    def _missing() -> Response:
        return html(_not_found(), status=404, headers=dict(_HEADERS))


def build_site() -> WebflowSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return WebflowSite()
