"""Trường Chính trị tỉnh Lạng Sơn on Refinery CMS 4 (Rails 5.2, refinerycms-blog, Turbolinks 5).

Platform
--------
A Rails application mounting Refinery CMS: the CMS pages (friendly_id slugs, nested:
``/gioi-thieu/co-cau-to-chuc``) and the blog engine ``refinerycms-blog`` mounted at ``/blog``.
The theme is a local vendor's (``tct-ls`` theme, 2021): Refinery's ``#body_content`` /
``#body_content_left`` / ``#body_content_right`` sections, the blog's own partials
(``article#blog_post``, ``section.details``, ``aside.filed_in``, ``nav#next_prev_article``,
``aside#comments``) and the vendor's additions with Vietnamese abbreviated class names
(``.dd-dan`` breadcrumb, ``.bv-tomtat`` abstract, ``.nguon-tin`` source, ``.cc-bv`` tools,
``.tlq`` related news, ``#khoi-phai`` sidebar). Assets carry ``data-turbolinks-track``.

URL scheme
----------
- ``/``                                   Refinery page "Trang chủ" with news widgets
- ``/blog`` , ``/blog?page=N``            blog index, 5 posts a page (will_paginate, N = 1..3)
- ``/blog/posts/<slug>``                  a post (friendly_id slug)
- ``/blog/posts/<id>``                    the same post found by its numeric id (friendly_id)
- ``/blog/posts/<old-slug>``              301 to the new slug (friendly_id slug history)
- ``/blog/categories/<slug>[?page=N]``    category listing (5 a page)
- ``/blog/tagged/<id>-<name>``            tag listing
- ``/blog/2026/<mm>[?page=N]``            monthly archive (the sidebar's archive widget)
- ``/blog.rss``                           RSS of the 5 latest posts (the index's page 1)
- ``/gioi-thieu``, ``/gioi-thieu/chuc-nang-nhiem-vu``, ``/gioi-thieu/co-cau-to-chuc``,
  ``/van-ban``, ``/van-ban/<slug>``, ``/thu-vien-anh/<slug>``, ``/video``, ``/lien-he``
                                          CMS pages (not articles)
- ``/search?query=…``                     refinerycms-search results
- ``/system/images/<dragonfly job>/<file>?sha=…``, ``/system/resources/<job>/<file>.pdf``
- ``/sitemap.xml``                        Refinery's sitemap: CMS pages only, no blog post
- ``/refinery`` -> ``/refinery/login``    the admin login

Page templates
--------------
Every page: header (Party line, school name, today "Thứ Bảy, 05/12/2026", search form), menu
``nav#menu`` with drop-downs (Giới thiệu ▾, Tin tức ▾, Thông báo, Văn bản, Thư viện ▾, Liên hệ),
breadcrumb ``.dd-dan``, a sidebar ``#khoi-phai`` (notice marquee, "Lời Bác dạy" quote,
categories with counts, "Đọc nhiều nhất", archive widget, tags, poll form, website links select,
visitor counter "Đang online / Hôm nay / Tổng truy cập") and a footer (address, phone, email,
licence, copyright, admin login link).

A post page: ``article#blog_post`` > ``header`` (``h1``, ``section.details`` with
``time.posted_at`` whose ``datetime`` is UTC, "bởi quantri", ``aside.filed_in``), an optional
"Cập nhật" line, the vendor's abstract ``div.bv-tomtat`` (research posts), the body as the editor
left it, ``div.nguon-tin`` (blog's source_url field), attachment line, tools ``div.cc-bv``,
``aside.tagged``; then the vendor's ``nav#next_prev_article`` (back / blog home only, no
previous-next links), ``div.tlq`` "Tin liên quan", and
``aside#comments`` (approved comments + the comment form).

How each gold article is reached
--------------------------------
The home page's widgets link 141, 140, 139, 138 ("Tin mới"), 140, 131 ("Thông báo") and
139, 135 ("Nghiên cứu - Trao đổi"). The menu reaches ``/blog`` and the four categories.
``/blog`` pages 1-3 list the 13 posts newest first (5/5/3): 137 is only on page 1 of the
listings, 136-132 on ``/blog?page=2``, 131-129 on ``/blog?page=3``. 132 (Nov 3) is listed only
on page 2+ of every listing that has it (``/blog?page=2``, ``/blog/categories/tin-hoat-dong?page=2``,
``/blog/2026/11?page=2``). The sidebar's "Đọc nhiều nhất" links 136, 139, 134, 133, 138 by numeric
id; 130 is linked from 133's related list by its old slug (301).

Traps
-----
1. Pagination only: the home page shows 4 posts; the rest are behind will_paginate links
   ``?page=N`` ("Trang sau →"), with ``?page=1`` twins of the first page. Gold: all 13 posts,
   132 reachable only through page 2 of a listing.
2. friendly_id numeric twins: the "Đọc nhiều nhất" box links ``/blog/posts/136`` etc., which
   answer 200 with the same post; ``og:url`` echoes the requested URL, only ``<link
   rel="canonical">`` names the slug URL. Gold: path = slug URL, the id URL in ``alt_paths``
   (every post answers on its id).
3. Tracking twin: the sidebar notice marquee links post 140 with ``?fbclid=…`` (pasted from
   Facebook); Rails ignores the parameter and serves the post. Gold: in 140's ``alt_paths``.
4. Slug history: post 130 was renamed; its old slug answers 301 to the new one. Gold: path is
   the new slug (the old one serves no page, so it is not an alt path).
5. UTC ``datetime``: ``time.posted_at`` carries Rails' UTC ISO stamp ("2026-11-02T23:30:00Z")
   while the page prints the local "06:30 | 03/11/2026". Gold: the printed local time with +07:00
   ("2026-11-03T06:30:00+07:00"); the day of the attribute is wrong for 132. Post 137 prints
   "00:00" (midnight): gold is the day alone "2026-11-24". "Cập nhật: …" lines (updated_at) and
   the comments' "14 ngày trước" are never the date.
6. CMS account byline: every post prints "bởi quantri" (the Refinery user) -> nobody. The real
   bylines are inside the body, in many forms: right-aligned "Tin, ảnh: X" (both lists),
   "Tin: X - Ảnh: Y", "Tin và ảnh: X", "ThS. X" + unit line, italic top byline "TS. X - Phó
   Trưởng Khoa …", "X (Phòng QLĐT&NCKH)", "X - Văn phòng", a unit signing alone ("Khoa Lý luận
   cơ sở", "PHÒNG QUẢN LÝ ĐÀO TẠO VÀ NGHIÊN CỨU KHOA HỌC": as printed, capitals kept), "BBT" (nobody).
7. Comments look like content: approved comments (avatar, paragraphs, "bởi <tên>, 14 ngày
   trước") and the comment form follow the post. Gold: not body, commenters not authors.
8. Full-text listing: the "Thông báo" category uses the blog's teaser-off mode and prints both
   notices' whole bodies (letterhead, signer and all) with "Xem tiếp" links. Gold: the listing is
   no article; the notices are their own pages.
9. Party document: 140 is a notice printed as a Party document (letterhead table "TỈNH ỦY LẠNG
   SƠN / TRƯỜNG CHÍNH TRỊ / Số 125-TB/TCT | ĐẢNG CỘNG SẢN VIỆT NAM / Lạng Sơn, ngày 02 tháng 12
   năm 2026", "THÔNG BÁO" + subject, "Nơi nhận", "K/T HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / (Đã ký) /
   Triệu Văn Bình"). Gold: date 2026-12-02 (not the post's 03/12 14:30), author "Triệu Văn Bình",
   letterhead/kind/subject/closing not body; the "- " the clerk typed stays.
10. Source field: 134's ``div.nguon-tin`` "Nguồn: <a>Báo Lạng Sơn điện tử</a>" after the
    byline -> source "Báo Lạng Sơn điện tử"; body sentences opening "Theo báo cáo …" /
    "Theo kế hoạch …" are text. Its photo is hot-linked from the newspaper (gold: absolute url).
11. Footnotes both ways: 139 has Word's bracketed calls ``<sup>[1]</sup>`` (kept: "…công
    việc”[1].") and its "Tài liệu tham khảo" after the byline (body); 135 has bare superscript
    calls ``<sup>1</sup>`` (dropped) and a "Chú thích" list (body).
12. Word paste: 135 is MsoNormal markup with ``mso-list:Ignore`` markers ("·", "a.", "b.", "c.") that
    are no text, ``<o:p>`` and conditional comments; its typed "- " paragraphs keep the dash.
13. Encodings: 137's body was pasted decomposed (NFD) and 136's written with HTML entities
    (named and numeric mixed). Gold: NFC text.
14. Images: Dragonfly job URLs with ``?sha=`` (gold keeps the query); listing/sidebar thumbnails
    are other jobs (not article images); captions as italic next line, "(…)" line (parentheses
    off), a table row, a photographer-only "Ảnh: X" line (caption None), none at all; a lightbox
    link around the photo to its job without ``?sha`` (gold: the ``img`` src).
15. Chrome that reads like text: the sidebar's "Lời Bác dạy" blockquote, the notice marquee,
    the home page's intro paragraph, the "Tin liên quan" list, the "Xem thêm:" album line and
    the "File đính kèm" line. Gold: none of it is body.
16. Discovery aids that mislead: Refinery's ``/sitemap.xml`` lists only CMS pages (no post); the
    RSS feed has page 1 of the index only (5 posts). Gold: discovery must go through the listings.
17. Multi-category post: 141 is filed in "Đào tạo - Bồi dưỡng" and "Tin hoạt động" (it appears
    in both listings); the breadcrumb names the first. Gold: category "Đào tạo - Bồi dưỡng".
18. Emoji: 129's title ends "🌱" and its text has "💚". Gold: kept as printed.

Gold decisions on ambiguous points
----------------------------------
- ``category``: the breadcrumb's last crumb (= first entry of "Chuyên mục:").
- ``summary``: a bold (or bold-italic) first paragraph of the body, or the research posts'
  ``div.bv-tomtat`` abstract (printed above the body, first paragraph of the gold body). The
  listing teaser / meta description alone is no sapo.
- 139's "Tài liệu tham khảo" follows the byline; it is the text's own (body), the byline is not.
- A unit signing alone is the author as printed ("Khoa Lý luận cơ sở"); a person with a unit in
  parentheses or after " - " is the person alone.
- 138's "Xem thêm: <album>" line and 140/131's attachments are not body; table rows are
  paragraphs with cells joined by " | " (header row included).
- The official notice's numbered headings ("1. Thời gian, địa điểm") are body paragraphs.
- 129's photo line "Ảnh: Chi đoàn TCT cung cấp" credits a unit, not a photographer: caption None,
  photographers empty.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from html import unescape

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "refinerycms_tct"
PLATFORM = "Refinery CMS 4 (Ruby on Rails, refinerycms-blog, Turbolinks)"
START_PATH = "/"

TODAY = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường Chính trị tỉnh Lạng Sơn"
PER_PAGE = 5


# --- dragonfly image urls -----------------------------------------------------------------------


def dragonfly(stored: str, geometry: str | None = None, kind: str = "images") -> str:
    """A Dragonfly job URL as Refinery prints it: base64 of the job, file name, ``?sha=``."""
    job: list = [["f", stored]]
    if geometry:
        job.append(["p", "thumb", geometry])
    raw = json.dumps(job, separators=(",", ":")).encode()
    code = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    sha = hashlib.sha1(raw).hexdigest()[:16]
    name = stored.rsplit("/", 1)[-1].split("_", 1)[-1]
    if kind == "resources":
        return f"/system/resources/{code}/{name}"
    return f"/system/images/{code}/{name}?sha={sha}"


def photo(day: str, name: str) -> str:
    """An article photo, inserted by the editor at 800 px wide."""
    token = hashlib.md5(name.encode()).hexdigest()[:4]
    return dragonfly(f"2026/{day}/{token}_{name}", "800x>")


def thumb(day: str, name: str) -> str:
    """The same upload cut as a listing thumbnail (another job, another URL)."""
    token = hashlib.md5(name.encode()).hexdigest()[:4]
    return dragonfly(f"2026/{day}/{token}_{name}", "225x160#")


def original(day: str, name: str) -> str:
    token = hashlib.md5(name.encode()).hexdigest()[:4]
    return dragonfly(f"2026/{day}/{token}_{name}")


# --- categories and tags ------------------------------------------------------------------------

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "thong-bao": "Thông báo",
}
TAGS = {
    "3-chuyen-doi-so": "chuyển đổi số",
    "7-boi-duong-can-bo": "bồi dưỡng cán bộ",
    "12-hoc-tap-va-lam-theo-bac": "học tập và làm theo Bác",
}

#: the body paragraph wrapper most posts have (CKEditor with justify on)
PJ = '<p style="text-align: justify;">{}</p>'
#: Word's paragraph, as pasted into CKEditor by the research staff
PW = (
    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
    'line-height:150%"><span lang="VI" style="font-size:14.0pt;line-height:150%;'
    'font-family:&quot;Times New Roman&quot;,serif">{}</span><o:p></o:p></p>'
)


def _right(markup: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{markup}</p>')


# --- the 13 posts -------------------------------------------------------------------------------

S141 = Story(
    id=141,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-64",
    title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 64 năm 2026 - 2027",
    cat="Đào tạo - Bồi dưỡng",
    published_at="2026-12-04T10:20:00+07:00",
    summary=(
        "Sáng 04/12, Trường Chính trị tỉnh Lạng Sơn tổ chức khai giảng lớp Trung cấp lý luận chính trị"
        " hệ không tập trung khóa 64 cho 86 học viên là cán bộ, công chức các xã, phường khu vực phía"
        " Nam của tỉnh."
    ),
    blocks=[
        P(
            "Sáng 04/12, Trường Chính trị tỉnh Lạng Sơn tổ chức khai giảng lớp Trung cấp lý luận chính trị"
            " hệ không tập trung khóa 64 cho 86 học viên là cán bộ, công chức các xã, phường khu vực phía"
            " Nam của tỉnh.",
            "b",
        ),
        P(
            "Dự lễ khai giảng có đồng chí Triệu Văn Bình, Phó Hiệu trưởng Trường Chính trị tỉnh; đại diện"
            " lãnh đạo Đảng ủy các xã Hữu Lũng, Vân Nham, Thiện Tân, Yên Bình; lãnh đạo các khoa, phòng"
            " của Nhà trường và toàn thể học viên lớp học."
        ),
        Img(
            photo("12/04", "khai_giang_k64_1.jpg"),
            "Đồng chí Triệu Văn Bình, Phó Hiệu trưởng Trường Chính trị tỉnh phát biểu khai giảng lớp học",
            "Đồng chí Triệu Văn Bình, Phó Hiệu trưởng Trường Chính trị tỉnh phát biểu khai giảng lớp học",
            "em",
        ),
        P(
            "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhấn mạnh: lớp học được mở trong bối cảnh toàn"
            " tỉnh đang triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm"
            " kỳ 2025 - 2030 và vận hành ổn định mô hình chính quyền địa phương hai cấp. Đây là cơ hội để"
            " đội ngũ cán bộ cơ sở được trang bị một cách hệ thống kiến thức lý luận chính trị, quản lý nhà"
            " nước và kỹ năng lãnh đạo, quản lý ở cấp xã."
        ),
        P(
            "Theo kế hoạch, lớp học diễn ra trong 12 tháng, học viên học tập trung mỗi tháng 01 tuần tại"
            " cơ sở 2 của Nhà trường, gồm 4 phần học với 20 học phần; kết thúc khóa học, học viên làm bài"
            " thi tốt nghiệp môn tổng hợp."
        ),
        P(
            "Đồng chí đề nghị học viên nghiêm túc chấp hành quy chế học tập, nội quy của Nhà trường; phát"
            " huy tinh thần tự học, tự nghiên cứu, gắn lý luận với thực tiễn công tác tại địa phương; đồng"
            " thời yêu cầu các khoa, phòng chuẩn bị chu đáo giáo trình, tài liệu, bố trí giảng viên có kinh"
            " nghiệm tham gia giảng dạy."
        ),
        Img(photo("12/04", "khai_giang_k64_2.jpg"), "Quang cảnh lễ khai giảng", "Quang cảnh lễ khai giảng", "em"),
        _right("<strong>Tin, ảnh: Hoàng Thu Trang</strong>"),
    ],
    authors=["Hoàng Thu Trang"],
    photographers=["Hoàng Thu Trang"],
    opts={
        "cats": ["dao-tao-boi-duong", "tin-hoat-dong"],
        "tags": ["7-boi-duong-can-bo"],
        "local": "2026-12-04 10:20",
        "updated": "16:05 04/12/2026",
        "thumb": ("12/04", "khai_giang_k64_1.jpg"),
        "teaser": "86 học viên các xã, phường khu vực phía Nam tỉnh tham gia lớp Trung cấp lý luận chính trị khóa 64.",
        "comments": [
            (
                "Lăng Văn Thành",
                "1 ngày trước",
                ["Chúc các đồng chí học viên K64 học tập tốt, hoàn thành xuất sắc khóa học!"],
            )
        ],
    },
)

_LETTERHEAD_140 = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">\n<tbody>\n<tr>\n'
    '<td style="width:45%;text-align:center;vertical-align:top">TỈNH ỦY LẠNG SƠN<br />\n'
    "<strong>TRƯỜNG CHÍNH TRỊ</strong><br />\n*<br />\nSố 125-TB/TCT</td>\n"
    '<td style="width:55%;text-align:center;vertical-align:top"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM'
    "</u></strong><br />\n&nbsp;<br />\n<em>Lạng Sơn, ngày 02 tháng 12 năm 2026</em></td>\n"
    "</tr>\n</tbody>\n</table>\n"
    '<p style="text-align: center;">&nbsp;</p>\n'
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
    "<strong>triệu tập học viên lớp Bồi dưỡng lý luận chính trị dành cho đảng viên mới<br />\n"
    "đợt 2 năm 2026</strong></p>\n"
    '<p style="text-align: center;">-----</p>'
)
_CLOSING_140 = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">\n<tbody>\n<tr>\n'
    '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />\n'
    "- Các đảng ủy xã, phường (để t/h);<br />\n- Ban Giám hiệu;<br />\n- Các khoa, phòng;<br />\n"
    "- Lưu VP, QLĐT.</td>\n"
    '<td style="width:50%;text-align:center;vertical-align:top"><strong>K/T HIỆU TRƯỞNG<br />\n'
    "PHÓ HIỆU TRƯỞNG</strong><br />\n<br />\n<em>(Đã ký)</em><br />\n<br />\n"
    "<strong>Triệu Văn Bình</strong></td>\n</tr>\n</tbody>\n</table>"
)

S140 = Story(
    id=140,
    slug="thong-bao-trieu-tap-hoc-vien-lop-boi-duong-ly-luan-chinh-tri-danh-cho-dang-vien-moi-dot-2-nam-2026",
    title="Thông báo triệu tập học viên lớp Bồi dưỡng lý luận chính trị dành cho đảng viên mới đợt 2 năm 2026",
    cat="Thông báo",
    published_at="2026-12-02",
    blocks=[
        _LETTERHEAD_140,
        P(
            "Căn cứ Kế hoạch số 48-KH/TCT ngày 15/01/2026 của Trường Chính trị tỉnh về đào tạo, bồi dưỡng"
            " cán bộ năm 2026;"
        ),
        P(
            "Căn cứ danh sách học viên do các đảng ủy cơ sở đăng ký, Trường Chính trị tỉnh thông báo triệu"
            " tập học viên lớp Bồi dưỡng lý luận chính trị dành cho đảng viên mới đợt 2 năm 2026, cụ thể"
            " như sau:"
        ),
        P("1. Thời gian, địa điểm", "hb"),
        P("- Thời gian: 07 ngày, khai giảng vào hồi 07 giờ 30 phút, ngày 14/12/2026 (thứ Hai)."),
        P(
            "- Địa điểm: Hội trường B, Trường Chính trị tỉnh Lạng Sơn (số 2 đường Hoàng Văn Thụ, phường"
            " Lương Văn Tri, tỉnh Lạng Sơn)."
        ),
        P("2. Thành phần", "hb"),
        P(
            "Đảng viên mới kết nạp trong năm 2026 thuộc các đảng bộ xã, phường theo danh sách gửi kèm"
            " (127 đồng chí)."
        ),
        P("3. Yêu cầu", "hb"),
        P(
            "- Học viên mang theo giấy giới thiệu của cấp ủy cơ sở, quyết định kết nạp đảng viên (bản"
            " photo) và 02 ảnh cỡ 3x4."
        ),
        P(
            "- Các đảng ủy cơ sở thông báo kịp thời tới học viên, tạo điều kiện về thời gian để học viên"
            " tham gia đầy đủ chương trình học."
        ),
        P(
            "Mọi chi tiết xin liên hệ Phòng Quản lý đào tạo và Nghiên cứu khoa học, điện thoại:"
            " 0205 3870 216."
        ),
        _CLOSING_140,
    ],
    authors=["Triệu Văn Bình"],
    opts={
        "cats": ["thong-bao"],
        "tags": [],
        "local": "2026-12-03 14:30",
        "teaser": "Thông báo triệu tập học viên lớp Bồi dưỡng lý luận chính trị dành cho đảng viên mới đợt 2.",
        "attach": ("Danh sách học viên đợt 2.pdf", dragonfly("2026/12/03/9a1c_danh-sach-hoc-vien-dot-2.pdf", kind="resources")),
        "fbclid": "IwAR2kX7hT0qLm9ZsVbN3yQe4RtUo5PaAsDfGhJ",
    },
)

S139 = Story(
    id=139,
    slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong-can-bo-cap-xa",
    title=(
        "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cấp xã sau sắp xếp"
        " đơn vị hành chính"
    ),
    cat="Nghiên cứu - Trao đổi",
    published_at="2026-12-01T07:45:00+07:00",
    summary=(
        "Bài viết phân tích những nội dung cơ bản trong tư tưởng Hồ Chí Minh về cán bộ và công tác cán"
        " bộ, từ đó đề xuất một số giải pháp vận dụng vào công tác đào tạo, bồi dưỡng đội ngũ cán bộ,"
        " công chức cấp xã của tỉnh Lạng Sơn trong bối cảnh vận hành mô hình chính quyền địa phương hai"
        " cấp."
    ),
    sapo_outside=True,
    blocks=[
        P("1. Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ", "h"),
        P(
            "Chủ tịch Hồ Chí Minh luôn đặc biệt coi trọng vai trò của cán bộ. Người khẳng định: “Cán bộ"
            " là cái gốc của mọi công việc”[1]. Theo Người, cán bộ là những người đem chính sách của Đảng,"
            " của Chính phủ giải thích cho dân chúng hiểu rõ và thi hành; đồng thời đem tình hình của dân"
            " chúng báo cáo cho Đảng, cho Chính phủ hiểu rõ để đặt chính sách cho đúng."
        ),
        P(
            "Từ đó, Người chỉ rõ: “Muôn việc thành công hoặc thất bại, đều do cán bộ tốt hoặc kém”[2]."
            " Huấn luyện cán bộ vì thế là công việc gốc của Đảng, phải được tiến hành thường xuyên, có kế"
            " hoạch, “lý luận phải đem ra thực hành, thực hành phải nhằm theo lý luận”."
        ),
        P("2. Thực trạng đội ngũ cán bộ, công chức cấp xã của tỉnh sau sắp xếp", "h"),
        P(
            "Sau khi sắp xếp đơn vị hành chính, toàn tỉnh có 65 xã, phường. Đội ngũ cán bộ, công chức cấp"
            " xã được bố trí từ nhiều nguồn: cán bộ cấp huyện trước đây, cán bộ các xã cũ và công chức"
            " được điều động từ các sở, ngành. Trình độ, kinh nghiệm công tác không đồng đều; một bộ phận"
            " còn lúng túng khi đảm nhận những nhiệm vụ mới được phân cấp, phân quyền."
        ),
        P("3. Một số giải pháp", "h"),
        P(
            "Một là, đổi mới nội dung chương trình theo hướng gắn với vị trí việc làm, tăng thời lượng"
            " các chuyên đề về kỹ năng giải quyết công việc ở cơ sở.",
            "li",
        ),
        P(
            "Hai là, đổi mới phương pháp giảng dạy, tăng cường trao đổi, thảo luận tình huống, đưa học"
            " viên đi nghiên cứu thực tế tại các địa phương làm tốt.",
            "li",
        ),
        P(
            "Ba là, nâng cao chất lượng đội ngũ giảng viên, gắn giảng dạy với nghiên cứu khoa học và tổng"
            " kết thực tiễn của tỉnh theo tinh thần Nghị quyết Đại hội XIII của Đảng[3].",
            "li",
        ),
        _right("<strong>ThS. Vi Thị Thu Hà</strong><br />\n<em>Khoa Xây dựng Đảng</em>"),
        P("Tài liệu tham khảo", "hb"),
        P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309.", "note"),
        P("[2] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.280.", "note"),
        P(
            "[3] Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb. Chính trị"
            " quốc gia Sự thật, Hà Nội, 2021, t.I, tr.176.",
            "note",
        ),
    ],
    authors=["Vi Thị Thu Hà"],
    opts={
        "cats": ["nghien-cuu-trao-doi"],
        "tags": ["7-boi-duong-can-bo"],
        "local": "2026-12-01 07:45",
        "tomtat": True,
        "fn": "bracket",
    },
)

S138 = Story(
    id=138,
    slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    title="Hội thi giảng viên dạy giỏi cấp trường năm 2026: 14 giảng viên đạt giải",
    cat="Tin hoạt động",
    published_at="2026-11-28T16:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 24 đến 27/11, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp trường"
            " năm 2026 với sự tham gia của 18 giảng viên thuộc 4 khoa chuyên môn."
        ),
        Img(photo("11/28", "hoi_thi_gvdg_1.jpg"), "Ảnh: Nông Văn Khánh", None, "credit"),
        P(
            "Mỗi giảng viên dự thi trình bày một bài giảng lý thuyết trong thời gian 45 phút và trả lời"
            " câu hỏi của Ban Giám khảo. Các bài giảng được chuẩn bị công phu, bám sát chương trình đào"
            " tạo trung cấp lý luận chính trị, có nhiều liên hệ với thực tiễn của tỉnh sau sắp xếp bộ máy."
        ),
        P(
            "Kết quả, Ban Tổ chức trao 02 giải Nhất, 04 giải Nhì, 08 giải Ba. Danh sách giảng viên đạt giải"
            " Nhất, giải Nhì (trích):"
        ),
        P("TT | Họ và tên | Khoa | Giải", "row"),
        P("1 | ThS. Lộc Thị Ngân | Xây dựng Đảng | Nhất", "row"),
        P("2 | ThS. Chu Văn Dũng | Lý luận cơ sở | Nhất", "row"),
        P("3 | ThS. Mông Thị Hạnh | Nhà nước và pháp luật | Nhì", "row"),
        P("4 | CN. Hứa Quang Vinh | Dân vận | Nhì", "row"),
        Img(
            photo("11/28", "hoi_thi_gvdg_2.jpg"),
            "Ban Giám khảo trao giải Nhất cho các giảng viên",
            "Ban Giám khảo trao giải Nhất cho các giảng viên",
            "tbl",
        ),
        P(
            "Hội thi là dịp để đội ngũ giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy theo"
            " hướng phát huy tính tích cực của người học, góp phần nâng cao chất lượng đào tạo, bồi dưỡng"
            " cán bộ của Nhà trường."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="/thu-vien-anh/hoi-thi-giang-vien-day-gioi-2026">Album ảnh Hội thi'
            " giảng viên dạy giỏi cấp trường năm 2026</a></em></p>"
        ),
        _right("<strong>Tin: Lăng Thị Mai - Ảnh: Nông Văn Khánh</strong>"),
    ],
    authors=["Lăng Thị Mai"],
    photographers=["Nông Văn Khánh"],
    opts={
        "cats": ["tin-hoat-dong"],
        "tags": [],
        "local": "2026-11-28 16:00",
        "thumb": ("11/28", "hoi_thi_gvdg_1.jpg"),
    },
)

S137 = Story(
    id=137,
    slug="chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv",
    title=(
        "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong"
        " cách Hồ Chí Minh” quý IV"
    ),
    cat="Tin hoạt động",
    published_at="2026-11-24",
    blocks=[
        P(
            "Chiều 23/11, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nêu"
            " cao tinh thần trách nhiệm, tận tụy với công việc theo tư tưởng, đạo đức, phong cách Hồ Chí"
            " Minh”."
        ),
        P(
            "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ trình bày báo cáo đề dẫn; các đảng viên tập trung"
            " thảo luận, liên hệ trách nhiệm của bản thân trong giảng dạy, nghiên cứu khoa học và thực"
            " hiện nhiệm vụ được giao."
        ),
        P(
            "Kết thúc buổi sinh hoạt, Chi bộ thống nhất đăng ký 05 việc làm cụ thể, trong đó có việc mỗi"
            " giảng viên biên soạn ít nhất 01 tình huống thực tiễn của tỉnh để đưa vào bài giảng năm học"
            " 2026 - 2027."
        ),
        Raw('<p style="text-align: right;"><em>Khoa Lý luận cơ sở</em></p>'),
    ],
    authors=["Khoa Lý luận cơ sở"],
    opts={
        "cats": ["tin-hoat-dong"],
        "tags": ["12-hoc-tap-va-lam-theo-bac"],
        "local": "2026-11-24 00:00",
        "enc": "nfd",
    },
)

S136 = Story(
    id=136,
    slug="ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="Tin hoạt động",
    published_at="2026-11-20T09:00:00+07:00",
    summary=(
        "Sáng 20/11, Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, biểu dương"
        " các tập thể, cá nhân có thành tích xuất sắc trong giảng dạy và nghiên cứu khoa học năm học"
        " 2025 - 2026."
    ),
    blocks=[
        P(
            "Sáng 20/11, Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, biểu dương"
            " các tập thể, cá nhân có thành tích xuất sắc trong giảng dạy và nghiên cứu khoa học năm học"
            " 2025 - 2026.",
            "b",
        ),
        P(
            "Ôn lại truyền thống Ngày Nhà giáo Việt Nam, đồng chí Lộc Văn Hùng, Hiệu trưởng Nhà trường nhắc"
            " lại lời căn dặn của Chủ tịch Hồ Chí Minh đối với ngành giáo dục:"
        ),
        P(
            "“Dù khó khăn đến đâu cũng phải tiếp tục thi đua dạy tốt và học tốt. Trên nền tảng giáo dục"
            " chính trị và lãnh đạo tư tưởng tốt, phải phấn đấu nâng cao chất lượng văn hóa và chuyên môn"
            " nhằm thiết thực giải quyết các vấn đề do cách mạng nước ta đề ra”.",
            "q",
        ),
        Img(
            photo("11/20", "ky_niem_20_11_1.jpg"),
            "(Đồng chí Lộc Văn Hùng, Hiệu trưởng tặng hoa chúc mừng các nhà giáo)",
            "Đồng chí Lộc Văn Hùng, Hiệu trưởng tặng hoa chúc mừng các nhà giáo",
            "paren",
        ),
        P(
            "Năm học vừa qua, đội ngũ nhà giáo của Trường đã hoàn thành tốt nhiệm vụ đào tạo, bồi dưỡng"
            " hơn 3.200 lượt cán bộ, đảng viên; chủ trì 02 đề tài khoa học cấp tỉnh và 11 đề tài cấp"
            " trường; 100% giảng viên đi nghiên cứu thực tế theo quy định."
        ),
        P(
            "Dịp này, Nhà trường trao Giấy khen cho 03 tập thể và 12 cá nhân có thành tích xuất sắc trong"
            " phong trào thi đua “Dạy tốt, học tốt” năm học 2025 - 2026."
        ),
        _right("<strong>BBT</strong>"),
    ],
    opts={
        "cats": ["tin-hoat-dong"],
        "tags": ["12-hoc-tap-va-lam-theo-bac"],
        "local": "2026-11-20 09:00",
        "enc": "ent",
        "thumb": ("11/20", "ky_niem_20_11_1.jpg"),
        "comments": [
            (
                "Hoàng Thị Lan",
                "14 ngày trước",
                ["Chúc mừng các thầy cô giáo Trường Chính trị tỉnh nhân ngày 20/11!"],
            ),
            (
                "Cựu học viên lớp K58",
                "14 ngày trước",
                [
                    "Em kính chúc các thầy cô luôn mạnh khỏe, hạnh phúc.",
                    "Những bài giảng của thầy cô đã giúp chúng em rất nhiều trong công tác ở cơ sở.",
                ],
            ),
        ],
    },
)

_SUP = '<sup><a href="#_edn{n}" name="_ednref{n}" title="">{n}</a></sup>'
_MSO = (
    '<p class="MsoListParagraph" style="margin-left:54.0pt;text-align:justify;text-indent:-18.0pt;'
    'line-height:150%;mso-list:l{lst} level1 lfo{lst}"><!--[if !supportLists]--><span lang="VI" '
    'style="font-size:14.0pt;line-height:150%;font-family:{font};mso-list:Ignore">{mark}'
    '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>'
    '</span><!--[endif]--><span lang="VI" style="font-size:14.0pt;line-height:150%">{text}</span>'
    "<o:p></o:p></p>"
)


def _mso(value: str, mark: str = "·", lst: int = 0) -> P:
    font = "Symbol" if mark == "·" else "&quot;Times New Roman&quot;,serif"
    return P(value, _MSO.format(lst=lst, font=font, mark=mark, text=esc(value)))


def _word(markup: str, gold: str) -> P:
    """A Word paragraph whose markup differs from its text (superscript calls)."""
    return P(gold, PW.format(markup))


S135 = Story(
    id=135,
    slug="nang-cao-chat-luong-giang-day-hoc-phan-lich-su-dang-cong-san-viet-nam",
    title=(
        "Nâng cao chất lượng giảng dạy học phần Lịch sử Đảng Cộng sản Việt Nam trong chương trình Trung"
        " cấp lý luận chính trị"
    ),
    cat="Nghiên cứu - Trao đổi",
    published_at="2026-11-17T15:10:00+07:00",
    blocks=[
        Raw(
            '<p class="MsoNormal" style="text-align:right"><i><span lang="VI" style="font-size:13.0pt">'
            "TS. Hoàng Văn Quyết - Phó Trưởng Khoa Lý luận cơ sở</span></i><o:p></o:p></p>"
        ),
        _word(
            "Học phần Lịch sử Đảng Cộng sản Việt Nam giữ vị trí quan trọng trong chương trình Trung cấp"
            " lý luận chính trị, góp phần củng cố niềm tin của học viên vào sự lãnh đạo của Đảng và con"
            " đường đi lên chủ nghĩa xã hội ở Việt Nam" + _SUP.format(n=1) + ".",
            "Học phần Lịch sử Đảng Cộng sản Việt Nam giữ vị trí quan trọng trong chương trình Trung cấp"
            " lý luận chính trị, góp phần củng cố niềm tin của học viên vào sự lãnh đạo của Đảng và con"
            " đường đi lên chủ nghĩa xã hội ở Việt Nam.",
        ),
        _word(
            "Thời gian qua, việc giảng dạy học phần tại Trường Chính trị tỉnh đạt được những kết quả"
            " nhất định, song vẫn còn một số hạn chế:",
            "Thời gian qua, việc giảng dạy học phần tại Trường Chính trị tỉnh đạt được những kết quả"
            " nhất định, song vẫn còn một số hạn chế:",
        ),
        _mso("Phương pháp thuyết trình vẫn chiếm phần lớn thời lượng bài giảng;"),
        _mso("Việc khai thác tư liệu lịch sử địa phương chưa nhiều;"),
        _mso("Một bộ phận học viên chưa dành thời gian tự nghiên cứu giáo trình."),
        _word(
            "Để khắc phục những hạn chế trên, cần thực hiện đồng bộ các giải pháp sau:",
            "Để khắc phục những hạn chế trên, cần thực hiện đồng bộ các giải pháp sau:",
        ),
        _mso(
            "Tăng cường sử dụng tư liệu lịch sử Đảng bộ tỉnh Lạng Sơn, nhất là các sự kiện gắn với Chiến"
            " thắng Đông Khê, Chiến dịch Biên giới năm 1950.",
            "a.",
            1,
        ),
        _mso(
            "Ứng dụng công nghệ thông tin, sử dụng phim tư liệu, bản đồ số trong bài giảng theo tinh thần"
            " Nghị quyết số 57-NQ/TW của Bộ Chính trị;",
            "b.",
            1,
        ),
        _mso("Đổi mới kiểm tra, đánh giá theo hướng vận dụng, giảm yêu cầu học thuộc.", "c.", 1),
        _word(
            "- Phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức cho học viên tham quan các di tích"
            " lịch sử cách mạng trên địa bàn tỉnh" + _SUP.format(n=2) + ".",
            "- Phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức cho học viên tham quan các di tích"
            " lịch sử cách mạng trên địa bàn tỉnh.",
        ),
        P("Chú thích", '<p class="MsoNormal"><b><span lang="VI">Chú thích</span></b><o:p></o:p></p>'),
        P(
            "1. Học viện Chính trị quốc gia Hồ Chí Minh: Chương trình Trung cấp lý luận chính trị, ban"
            " hành kèm theo Quyết định số 8880-QĐ/HVCTQG năm 2021.",
            '<p class="MsoEndnoteText"><a href="#_ednref1" name="_edn1" title="">1</a>. Học viện Chính trị'
            " quốc gia Hồ Chí Minh: Chương trình Trung cấp lý luận chính trị, ban hành kèm theo Quyết định"
            " số 8880-QĐ/HVCTQG năm 2021.<o:p></o:p></p>",
        ),
        P(
            "2. Ban Chấp hành Đảng bộ tỉnh Lạng Sơn: Lịch sử Đảng bộ tỉnh Lạng Sơn (1930 - 2020), Nxb."
            " Chính trị quốc gia Sự thật, Hà Nội, 2022.",
            '<p class="MsoEndnoteText"><a href="#_ednref2" name="_edn2" title="">2</a>. Ban Chấp hành'
            " Đảng bộ tỉnh Lạng Sơn: Lịch sử Đảng bộ tỉnh Lạng Sơn (1930 - 2020), Nxb. Chính trị quốc gia"
            " Sự thật, Hà Nội, 2022.<o:p></o:p></p>",
        ),
    ],
    authors=["Hoàng Văn Quyết"],
    opts={
        "cats": ["nghien-cuu-trao-doi"],
        "tags": [],
        "local": "2026-11-17 15:10",
        "p": PW,
    },
)

S134 = Story(
    id=134,
    slug="tinh-uy-so-ket-5-nam-thuc-hien-ket-luan-so-01-kl-tw-cua-bo-chinh-tri",
    title="Tỉnh ủy Lạng Sơn sơ kết 5 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị",
    cat="Tin hoạt động",
    published_at="2026-11-12T10:00:00+07:00",
    summary=(
        "Ngày 11/11, Ban Thường vụ Tỉnh ủy Lạng Sơn tổ chức hội nghị sơ kết 5 năm thực hiện Kết luận số"
        " 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm"
        " theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
    ),
    blocks=[
        P(
            "Ngày 11/11, Ban Thường vụ Tỉnh ủy Lạng Sơn tổ chức hội nghị sơ kết 5 năm thực hiện Kết luận số"
            " 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm"
            " theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
            "b",
        ),
        Img(
            "https://baolangson.vn/uploads/2026/11/11/so-ket-ket-luan-01-1.jpg",
            "Quang cảnh hội nghị",
            "Quang cảnh hội nghị",
            "em",
        ),
        P(
            "Theo báo cáo, sau 5 năm, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
            " đã trở thành công việc thường xuyên của các cấp ủy, tổ chức đảng. Toàn tỉnh có hơn 1.400"
            " mô hình, điển hình tiêu biểu được biểu dương, nhân rộng."
        ),
        P(
            "Trường Chính trị tỉnh là một trong những đơn vị được biểu dương vì đã đưa nội dung chuyên đề"
            " hằng năm vào giảng dạy ở tất cả các lớp trung cấp lý luận chính trị và bồi dưỡng kết nạp"
            " đảng viên mới."
        ),
        P(
            "Phát biểu kết luận hội nghị, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị các cấp ủy tiếp"
            " tục gắn việc học tập và làm theo Bác với thực hiện nhiệm vụ chính trị của từng địa phương, cơ"
            " quan, đơn vị, nhất là trong vận hành chính quyền địa phương hai cấp."
        ),
        _right("<strong>Thu Hằng</strong>"),
    ],
    authors=["Thu Hằng"],
    source="Báo Lạng Sơn điện tử",
    opts={
        "cats": ["tin-hoat-dong"],
        "tags": ["12-hoc-tap-va-lam-theo-bac"],
        "local": "2026-11-12 10:00",
        "updated": "08:12 13/11/2026",
        "source_url": "https://baolangson.vn/so-ket-5-nam-thuc-hien-ket-luan-so-01-kl-tw-5061234.html",
    },
)

S133 = Story(
    id=133,
    slug="be-giang-lop-boi-duong-nghiep-vu-cong-tac-kiem-tra-giam-sat-cho-can-bo-cap-xa",
    title="Bế giảng lớp Bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát của Đảng cho cán bộ cấp xã",
    cat="Đào tạo - Bồi dưỡng",
    published_at="2026-11-06T14:00:00+07:00",
    summary=(
        "Chiều 05/11, Trường Chính trị tỉnh phối hợp với Ủy ban Kiểm tra Tỉnh ủy tổ chức bế giảng lớp"
        " Bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát của Đảng cho 112 cán bộ ủy ban kiểm tra đảng"
        " ủy các xã, phường."
    ),
    blocks=[
        P(
            "Chiều 05/11, Trường Chính trị tỉnh phối hợp với Ủy ban Kiểm tra Tỉnh ủy tổ chức bế giảng lớp"
            " Bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát của Đảng cho 112 cán bộ ủy ban kiểm tra đảng"
            " ủy các xã, phường.",
            "b",
        ),
        P(
            "Trong 05 ngày, học viên được nghiên cứu 08 chuyên đề về quy trình kiểm tra đảng viên khi có"
            " dấu hiệu vi phạm, giám sát chuyên đề, giải quyết tố cáo và thi hành kỷ luật trong Đảng theo"
            " Quy định số 296-QĐ/TW của Ban Chấp hành Trung ương."
        ),
        Img(
            photo("11/06", "be_giang_ktgs_1.jpg"),
            "(Lãnh đạo Ủy ban Kiểm tra Tỉnh ủy trao giấy chứng nhận cho học viên)",
            "Lãnh đạo Ủy ban Kiểm tra Tỉnh ủy trao giấy chứng nhận cho học viên",
            "lb",
        ),
        P(
            "Kết quả, 100% học viên được cấp giấy chứng nhận, trong đó 38 học viên đạt loại giỏi, 70 học"
            " viên đạt loại khá."
        ),
        Img(photo("11/06", "be_giang_ktgs_2.jpg"), None, None, "none"),
        _right("<strong>Hoàng Anh Tuấn</strong> (Phòng QLĐT&amp;NCKH)"),
    ],
    authors=["Hoàng Anh Tuấn"],
    opts={
        "cats": ["dao-tao-boi-duong"],
        "tags": ["7-boi-duong-can-bo"],
        "local": "2026-11-06 14:00",
        "thumb": ("11/06", "be_giang_ktgs_1.jpg"),
        "related_old_slug": True,
    },
)

S132 = Story(
    id=132,
    slug="doan-cong-tac-truong-chinh-tri-tinh-du-hoi-thao-khoa-hoc-khu-vuc-mien-nui-phia-bac",
    title=(
        "Đoàn công tác Trường Chính trị tỉnh dự Hội thảo khoa học các trường chính trị khu vực miền núi"
        " phía Bắc"
    ),
    cat="Tin hoạt động",
    published_at="2026-11-03T06:30:00+07:00",
    blocks=[
        P(
            "Ngày 31/10 - 01/11, đoàn công tác Trường Chính trị tỉnh Lạng Sơn do đồng chí Lộc Văn Hùng,"
            " Hiệu trưởng làm trưởng đoàn đã tham dự Hội thảo khoa học “Đổi mới nội dung, chương trình"
            " đào tạo, bồi dưỡng cán bộ cấp xã trong mô hình chính quyền địa phương hai cấp” tổ chức tại"
            " tỉnh Cao Bằng."
        ),
        P(
            "Hội thảo có sự tham dự của lãnh đạo, giảng viên trường chính trị 9 tỉnh khu vực miền núi phía"
            " Bắc và đại diện Học viện Chính trị khu vực I. Ban Tổ chức nhận được 46 bài tham luận."
        ),
        Img(
            photo("11/03", "hoi_thao_mien_nui_1.jpg"),
            "Đồng chí Lộc Văn Hùng trình bày tham luận tại Hội thảo",
            "Đồng chí Lộc Văn Hùng trình bày tham luận tại Hội thảo",
            "em",
        ),
        P(
            "Tại hội thảo, đồng chí Hiệu trưởng trình bày tham luận về kinh nghiệm của Trường Chính trị"
            " tỉnh Lạng Sơn trong xây dựng chương trình bồi dưỡng theo vị trí việc làm cho công chức cấp"
            " xã, được các đại biểu đánh giá cao."
        ),
        _right("<strong>Ngọc Ánh - Văn phòng</strong>"),
    ],
    authors=["Ngọc Ánh"],
    opts={
        "cats": ["tin-hoat-dong"],
        "tags": [],
        "local": "2026-11-03 06:30",
        "thumb": ("11/03", "hoi_thao_mien_nui_1.jpg"),
    },
)

S131 = Story(
    id=131,
    slug="lich-hoc-lop-boi-duong-ky-nang-chuyen-doi-so-cho-can-bo-cong-chuc-cap-xa-dot-1",
    title="Lịch học lớp Bồi dưỡng kỹ năng chuyển đổi số cho cán bộ, công chức cấp xã (đợt 1)",
    cat="Thông báo",
    published_at="2026-10-27T08:00:00+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch đào tạo, bồi dưỡng năm 2026, Trường Chính trị tỉnh thông báo lịch học lớp"
            " Bồi dưỡng kỹ năng chuyển đổi số cho cán bộ, công chức cấp xã (đợt 1) như sau:"
        ),
        P("Thời gian | Nội dung | Giảng viên", "row"),
        P("Sáng 03/11 | Khai giảng; Tổng quan về chuyển đổi số | ThS. Hứa Quang Vinh", "row"),
        P("Chiều 03/11 | Chính quyền số và dịch vụ công trực tuyến | ThS. Mông Thị Hạnh", "row"),
        P("Sáng 04/11 | Kỹ năng khai thác dữ liệu, văn bản điện tử | KS. Lương Đức Mạnh", "row"),
        P("Chiều 04/11 | Bảo đảm an toàn thông tin; Bế giảng | ThS. Hứa Quang Vinh", "row"),
        P(
            "Đề nghị học viên mang theo máy tính xách tay và có mặt tại Phòng máy tính tầng 3, nhà A trước"
            " 07 giờ 15 phút ngày 03/11/2026."
        ),
        Raw(
            '<p style="text-align: right;"><strong>PHÒNG QUẢN LÝ ĐÀO TẠO VÀ NGHIÊN CỨU KHOA HỌC</strong>'
            "</p>"
        ),
    ],
    authors=["PHÒNG QUẢN LÝ ĐÀO TẠO VÀ NGHIÊN CỨU KHOA HỌC"],
    opts={
        "cats": ["thong-bao"],
        "tags": ["3-chuyen-doi-so"],
        "local": "2026-10-27 08:00",
        "attach": (
            "Lich hoc lop CDS dot 1.xlsx.pdf",
            dragonfly("2026/10/27/77be_lich-hoc-lop-cds-dot-1.pdf", kind="resources"),
        ),
    },
)

S130 = Story(
    id=130,
    slug="khai-giang-lop-boi-duong-cap-nhat-kien-thuc-doi-tuong-3-nam-2026",
    title=(
        "Khai giảng lớp Bồi dưỡng cập nhật kiến thức cho cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý"
        " năm 2026"
    ),
    cat="Đào tạo - Bồi dưỡng",
    published_at="2026-10-20T08:15:00+07:00",
    summary=(
        "Sáng 19/10, Trường Chính trị tỉnh khai giảng lớp Bồi dưỡng cập nhật kiến thức năm 2026 cho 74"
        " đồng chí là cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý."
    ),
    blocks=[
        P(
            "Sáng 19/10, Trường Chính trị tỉnh khai giảng lớp Bồi dưỡng cập nhật kiến thức năm 2026 cho 74"
            " đồng chí là cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý.",
            '<p style="text-align: justify;"><em><strong>{}</strong></em></p>',
        ),
        P(
            "Trong 05 ngày, học viên được nghe báo cáo viên Trung ương và của tỉnh truyền đạt các chuyên"
            " đề: tình hình thế giới, khu vực và những vấn đề đặt ra đối với Việt Nam; những điểm mới trong"
            " văn kiện Đại hội Đảng bộ tỉnh lần thứ XVIII; công tác bảo vệ nền tảng tư tưởng của Đảng trên"
            " không gian mạng; kinh tế cửa khẩu và phát triển Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn."
        ),
        Img(photo("10/20", "cap_nhat_kien_thuc_dt3.jpg"), "Các học viên tại lễ khai giảng", "Các học viên tại lễ khai giảng", "em"),
        P(
            "Lớp học nhằm cập nhật kịp thời những vấn đề mới về lý luận và thực tiễn, giúp cán bộ chủ chốt"
            " của tỉnh nâng cao năng lực lãnh đạo, chỉ đạo, điều hành trong giai đoạn mới."
        ),
        _right("<em>Tin và ảnh: <strong>Lương Hiền</strong></em>"),
    ],
    authors=["Lương Hiền"],
    photographers=["Lương Hiền"],
    opts={
        "cats": ["dao-tao-boi-duong"],
        "tags": ["7-boi-duong-can-bo"],
        "local": "2026-10-20 08:15",
        "old_slug": "khai-giang-lop-boi-duong-doi-tuong-3",
        "thumb": ("10/20", "cap_nhat_kien_thuc_dt3.jpg"),
    },
)

S129 = Story(
    id=129,
    slug="chi-doan-truong-chinh-tri-tinh-ra-quan-ngay-chu-nhat-xanh",
    title="Chi đoàn Trường Chính trị tỉnh ra quân “Ngày Chủ nhật xanh” 🌱",
    cat="Tin hoạt động",
    published_at="2026-10-14T15:00:00+07:00",
    blocks=[
        P(
            "Hưởng ứng Tháng hành động vì môi trường, sáng Chủ nhật 11/10, Chi đoàn Trường Chính trị tỉnh"
            " phối hợp với Đoàn Thanh niên phường Lương Văn Tri ra quân “Ngày Chủ nhật xanh” 🌱."
        ),
        P(
            "Hơn 40 đoàn viên, thanh niên đã dọn vệ sinh, thu gom rác thải dọc bờ sông Kỳ Cùng, trồng 200"
            " cây hoa giấy trên tuyến đường vào khu tập thể của Nhà trường."
        ),
        Img(photo("10/14", "chu_nhat_xanh.jpg"), "Ảnh: Chi đoàn TCT cung cấp", None, "credit"),
        P("Một việc làm nhỏ, lan tỏa thông điệp sống xanh tới cộng đồng 💚"),
        _right("<strong>Hà Phương</strong>"),
    ],
    authors=["Hà Phương"],
    opts={
        "cats": ["tin-hoat-dong"],
        "tags": ["12-hoc-tap-va-lam-theo-bac"],
        "local": "2026-10-14 15:00",
        "thumb": ("10/14", "chu_nhat_xanh.jpg"),
    },
)

STORIES: list[Story] = [S141, S140, S139, S138, S137, S136, S135, S134, S133, S132, S131, S130, S129]
BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
OLD_SLUGS = {s.opts["old_slug"]: s for s in STORIES if s.opts.get("old_slug")}
#: the sidebar's most-read box links these by numeric id (friendly_id finds them)
MOST_READ = [136, 139, 134, 133, 138]


# --- small helpers ------------------------------------------------------------------------------


def _parts(story: Story) -> tuple[int, int, int, int, int]:
    day, clock = story.opts["local"].split()
    y, m, d = (int(x) for x in day.split("-"))
    hh, mm = (int(x) for x in clock.split(":"))
    return y, m, d, hh, mm


def shown_time(story: Story) -> str:
    """What the page prints: local wall-clock time and day."""
    y, m, d, hh, mm = _parts(story)
    return f"{hh:02d}:{mm:02d} | {d:02d}/{m:02d}/{y}"


def shown_day(story: Story) -> str:
    y, m, d, _, _ = _parts(story)
    return f"{d:02d}/{m:02d}/{y}"


def utc_stamp(story: Story) -> str:
    """Rails' ``published_at.utc.iso8601``: seven hours earlier, possibly the day before."""
    y, m, d, hh, mm = _parts(story)
    local = _dt.datetime(y, m, d, hh, mm)
    utc = local - _dt.timedelta(hours=7)
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def post_path(story: Story) -> str:
    return f"/blog/posts/{story.slug}"


def truncate(value: str, length: int = 30) -> str:
    """Rails' ``truncate``: 30 characters, the last three of them "..."."""
    return value if len(value) <= length else value[: length - 3] + "..."


def teaser(story: Story) -> str:
    if story.opts.get("teaser"):
        return story.opts["teaser"]
    first = story.summary or story.paragraphs[0]
    words = first.split()
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > 200:
            return out + "..."
        out = f"{out} {word}".strip()
    return out


def _alt(src: str) -> str:
    """Refinery's image title: the humanised file name."""
    name = src.split("?")[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return name.replace("_", " ").replace("-", " ").title()


def _img(src: str) -> str:
    return f'<img alt="{esc(_alt(src))}" height="533" rel="800x533" src="{esc(src)}" width="800" />'


def render_image(img: Img) -> str:
    tag = _img(img.src)
    line = esc(img.printed) if img.printed else ""
    if img.style == "em":
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;"><em>{line}</em></p>'
    if img.style == "paren":
        return f'<p style="text-align: center;">{tag}<br />\n<span style="font-size:12px;">{line}</span></p>'
    if img.style == "credit":
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: right;"><em>{line}</em></p>'
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="anh-bv" style="width:600px">'
            f'\n<tbody>\n<tr>\n<td>{tag}</td>\n</tr>\n<tr>\n<td style="text-align: center;">'
            f'<span style="color:#0000cd;">{line}</span></td>\n</tr>\n</tbody>\n</table>'
        )
    if img.style == "lb":
        big = img.src.split("?")[0]
        return (
            f'<p style="text-align: center;"><a href="{esc(big)}" rel="lightbox[bv]" title="{line}">{tag}</a></p>\n'
            f'<p style="text-align: center;"><span style="color:#696969;"><em>{line}</em></span></p>'
        )
    return f'<p style="text-align: center;">{tag}</p>'


_CALL = re.compile(r"\[(\d+)\]")


def render_body(story: Story) -> str:
    enc = story.opts.get("enc")
    pfmt = story.opts.get("p", PJ)
    fn = story.opts.get("fn")

    def t(value: str, note: bool = False) -> str:
        out = text(value, nfd=enc == "nfd", entities=2 if enc == "ent" else 0)
        if fn == "bracket":
            if note:
                out = _CALL.sub(r'<a href="#_ftnref\1" name="_ftn\1" title="">[\1]</a>', out, count=1)
            else:
                out = _CALL.sub(r'<a href="#_ftn\1" name="_ftnref\1" title=""><sup>[\1]</sup></a>', out)
        return out

    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_image(b))
        elif b.style.startswith("<"):
            out.append(b.style.format(t(b.text)) if "{}" in b.style else b.style)
        elif b.style in ("li", "row"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            i -= 1
            if b.style == "li":
                items = "\n".join(f"<li>{t(p.text)}</li>" for p in run)
                out.append(f'<ul style="text-align: justify;">\n{items}\n</ul>')
            else:
                rows = []
                for n, p in enumerate(run):
                    cells = p.text.split(" | ")
                    if n == 0:
                        tds = "".join(f'<td style="text-align: center;"><strong>{t(c)}</strong></td>' for c in cells)
                    else:
                        tds = "".join(f"<td>{t(c)}</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                body = "\n".join(rows)
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse">'
                    f"\n<tbody>\n{body}\n</tbody>\n</table>"
                )
        elif b.style == "b":
            out.append(pfmt.format(f"<strong>{t(b.text)}</strong>"))
        elif b.style == "h":
            out.append(f"<h3>{t(b.text)}</h3>")
        elif b.style == "hb":
            out.append(f"<p><strong>{t(b.text)}</strong></p>")
        elif b.style == "q":
            out.append(f'<blockquote>\n<p style="text-align: justify;"><em>{t(b.text)}</em></p>\n</blockquote>')
        elif b.style == "note":
            out.append(f'<p style="text-align: justify;"><span style="font-size:12px;">{t(b.text, True)}</span></p>')
        else:
            out.append(pfmt.format(t(b.text)))
        i += 1
    return "\n".join(out)


def token(seed: str) -> str:
    return base64.b64encode(hashlib.sha256(seed.encode()).digest() * 2).decode()[:86] + "=="


# --- chrome -------------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu",
        "Giới thiệu",
        [
            ("/gioi-thieu", "Giới thiệu chung"),
            ("/gioi-thieu/chuc-nang-nhiem-vu", "Chức năng, nhiệm vụ"),
            ("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức"),
        ],
    ),
    (
        "/blog",
        "Tin tức",
        [
            ("/blog/categories/tin-hoat-dong", "Tin hoạt động"),
            ("/blog/categories/dao-tao-boi-duong", "Đào tạo - Bồi dưỡng"),
            ("/blog/categories/nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi"),
        ],
    ),
    ("/blog/categories/thong-bao", "Thông báo", []),
    ("/van-ban", "Văn bản", []),
    (
        "#",
        "Thư viện",
        [("/thu-vien-anh/hoi-thi-giang-vien-day-gioi-2026", "Thư viện ảnh"), ("/video", "Video")],
    ),
    ("/lien-he", "Liên hệ", []),
]


def _menu(section: str) -> str:
    items = []
    for n, (href, label, children) in enumerate(_MENU):
        classes = []
        if n == 0:
            classes.append("first")
        if n == len(_MENU) - 1:
            classes.append("last")
        if children:
            classes.append("children")
        if label == section:
            classes.append("selected")
        cls = f' class="{" ".join(classes)}"' if classes else ""
        sub = ""
        if children:
            lis = "".join(f'\n          <li><a href="{h}">{esc(lbl)}</a></li>' for h, lbl in children)
            sub = f'\n        <ul class="clearfix">{lis}\n        </ul>'
        items.append(f'      <li{cls}><a href="{href}">{esc(label)}</a>{sub}</li>')
    return '<nav id="menu" class="menu clearfix">\n    <ul class="nav">\n' + "\n".join(items) + "\n    </ul>\n  </nav>"


def _crumbs(trail: list[tuple[str | None, str]]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for href, label in trail:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="dd-dan">' + ' <span class="ngan">»</span> '.join(parts) + "</div>"


def _count(slug: str) -> int:
    return sum(1 for s in STORIES if slug in s.opts["cats"])


def _months() -> list[tuple[str, int]]:
    out: dict[str, int] = {}
    for s in STORIES:
        y, m, *_ = _parts(s)
        out[f"{y}/{m:02d}"] = out.get(f"{y}/{m:02d}", 0) + 1
    return sorted(out.items(), reverse=True)


def _sidebar() -> str:
    s140, s131 = BY_ID[140], BY_ID[131]
    cats = "\n".join(
        f'      <li><a href="/blog/categories/{slug}">{esc(name)} ({_count(slug)})</a></li>'
        for slug, name in CATEGORIES.items()
    )
    hot = "\n".join(
        f'      <li><span class="stt">{n}</span><a href="/blog/posts/{pid}">{esc(BY_ID[pid].title)}</a>'
        f' <span class="lx">({BY_ID[pid].views()} lượt xem)</span></li>'
        for n, pid in enumerate(MOST_READ, 1)
    )
    months = "\n".join(
        f'        <li><a href="/blog/{ym}">Tháng {ym.split("/")[1]}/{ym.split("/")[0]} ({n})</a></li>'
        for ym, n in _months()
    )
    tags = " ".join(f'<a href="/blog/tagged/{k}" class="tag">{esc(v)}</a>' for k, v in TAGS.items())
    return f"""<section id="body_content_right">
  <div id="khoi-phai" class="inner">
  <div class="kp-box tb-chay" id="kp_31">
    <h2 class="kp-tieude">Thông báo</h2>
    <marquee direction="up" scrollamount="2" height="150" onmouseover="this.stop()" onmouseout="this.start()">
      <p><a href="{post_path(s140)}?fbclid={s140.opts["fbclid"]}">{esc(s140.title)}</a>
         <img src="/assets/moi-3f2a9c.gif" alt="Mới" /></p>
      <p><a href="{post_path(s131)}">{esc(s131.title)}</a></p>
      <p>Ban Giám hiệu tiếp công dân vào sáng thứ Năm hằng tuần tại Phòng tiếp dân, tầng 1 nhà A.</p>
    </marquee>
  </div>
  <div class="kp-box" id="kp_32">
    <h2 class="kp-tieude">Lời Bác dạy</h2>
    <blockquote class="loi-bac">
      <p>“Học để làm việc, làm người, làm cán bộ. Học để phụng sự Đoàn thể, phụng sự giai cấp và nhân
      dân, phụng sự Tổ quốc và nhân loại.”</p>
      <p style="text-align:right"><em>Chủ tịch Hồ Chí Minh</em></p>
    </blockquote>
  </div>
  <div class="kp-box" id="kp_33">
    <h2 class="kp-tieude">Chuyên mục</h2>
    <ul id="categories">
{cats}
    </ul>
  </div>
  <div class="kp-box doc-nhieu" id="kp_34">
    <h2 class="kp-tieude">Đọc nhiều nhất</h2>
    <ol>
{hot}
    </ol>
  </div>
  <section id="blog_archive_widget" class="kp-box">
    <h2 class="kp-tieude">Lưu trữ</h2>
    <nav>
      <ul>
{months}
      </ul>
    </nav>
  </section>
  <div class="kp-box" id="kp_36">
    <h2 class="kp-tieude">Từ khóa</h2>
    <div class="tags">{tags}</div>
  </div>
  <div class="kp-box" id="kp_37">
    <h2 class="kp-tieude">Thăm dò ý kiến</h2>
    <form action="/polls/2/votes" method="post" data-remote="true" accept-charset="UTF-8">
      <input name="utf8" type="hidden" value="&#x2713;" />
      <input type="hidden" name="authenticity_token" value="{token("poll")}" />
      <p>Bạn đánh giá thế nào về giao diện mới của Trang thông tin điện tử?</p>
      <label><input type="radio" name="vote[option_id]" value="5" /> Đẹp, dễ sử dụng</label><br />
      <label><input type="radio" name="vote[option_id]" value="6" /> Bình thường</label><br />
      <label><input type="radio" name="vote[option_id]" value="7" /> Cần cải tiến thêm</label><br />
      <input type="submit" name="commit" value="Bình chọn" data-disable-with="Bình chọn" />
    </form>
  </div>
  <div class="kp-box" id="kp_38">
    <h2 class="kp-tieude">Liên kết website</h2>
    <select onchange="if(this.value) window.open(this.value)">
      <option value="">-- Chọn liên kết --</option>
      <option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option>
      <option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
      <option value="https://langson.gov.vn">Cổng TTĐT tỉnh Lạng Sơn</option>
      <option value="https://baolangson.vn">Báo Lạng Sơn</option>
    </select>
    <p><a href="https://tinhuylangson.vn" target="_blank" data-turbolinks="false"><img src="/system/images/W1siZiIsImJhbm5lcnMvdGluaHV5LmpwZyJdXQ/tinhuy.jpg" alt="Tỉnh ủy Lạng Sơn" width="260" /></a></p>
  </div>
  <div class="kp-box thong-ke" id="kp_39">
    <h2 class="kp-tieude">Thống kê truy cập</h2>
    <ul>
      <li>Đang online: <b>23</b></li>
      <li>Hôm nay: <b>418</b></li>
      <li>Tháng này: <b>2.905</b></li>
      <li>Tổng truy cập: <b>1.286.530</b></li>
    </ul>
  </div>
  </div>
</section>"""


_FOOTER = """<footer id="chan-trang">
  <div class="ct-trai">
    <p><strong>TRANG THÔNG TIN ĐIỆN TỬ TRƯỜNG CHÍNH TRỊ TỈNH LẠNG SƠN</strong></p>
    <p>Cơ quan chủ quản: Tỉnh ủy Lạng Sơn</p>
    <p>Địa chỉ: Số 2 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn</p>
    <p>Điện thoại: 0205 3870 216 - Fax: 0205 3870 218 - Email: truongchinhtri@langson.gov.vn</p>
    <p>Chịu trách nhiệm chính: Đồng chí Lộc Văn Hùng - Hiệu trưởng</p>
    <p>Giấy phép số 12/GP-TTĐT ngày 15/3/2021 của Sở Thông tin và Truyền thông tỉnh Lạng Sơn</p>
  </div>
  <div class="ct-phai">
    <p>© 2021 - 2026 Bản quyền thuộc về Trường Chính trị tỉnh Lạng Sơn.</p>
    <p>Ghi rõ nguồn “Trường Chính trị tỉnh Lạng Sơn” khi phát hành lại thông tin từ website này.</p>
    <p><a href="/refinery" rel="nofollow">Đăng nhập</a> | Thiết kế: Công ty TNHH Giải pháp số Kỳ Lừa |
    Powered by <a href="https://www.refinerycms.com" target="_blank" data-turbolinks="false">Refinery CMS</a></p>
  </div>
</footer>"""


def layout(
    request: Request,
    title: str,
    content: str,
    *,
    section: str = "",
    description: str = "",
    canonical: str | None = None,
    og_image: str | None = None,
    body_class: str = "",
) -> Response:
    base = base_url(request)
    canon = f'\n  <link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    og_img = f'\n  <meta property="og:image" content="{base}{esc(og_image)}" />' if og_image else ""
    page = f"""<!DOCTYPE html>
<html lang="vi" class="no-js">
<head>
  <meta charset="utf-8" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge" />
  <title>{esc(title)} - {SCHOOL}</title>
  <meta name="description" content="{esc(description)}" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <meta name="csrf-param" content="authenticity_token" />
  <meta name="csrf-token" content="{token(request.path)}" />
  <meta name="turbolinks-cache-control" content="no-cache" />
  <meta property="og:type" content="article" />
  <meta property="og:title" content="{esc(title)}" />
  <meta property="og:url" content="{base}{esc(request.target)}" />{og_img}{canon}
  <link rel="alternate" type="application/rss+xml" title="RSS" href="/blog.rss" />
  <link rel="shortcut icon" href="/favicon.ico" />
  <link rel="stylesheet" media="all" href="/assets/application-5b0c3e1f9d.css" data-turbolinks-track="reload" />
  <script src="/assets/application-a81d44c07e.js" data-turbolinks-track="reload"></script>
</head>
<body class="{body_class}">
<div id="page_container">
<header id="header">
  <div class="dau-trang">
    <div class="ngay-gio">{TODAY}</div>
    <form action="/search" accept-charset="UTF-8" method="get" class="tim-kiem">
      <input name="utf8" type="hidden" value="&#x2713;" />
      <input type="text" name="query" id="query" placeholder="Tìm kiếm..." />
      <input type="submit" value="Tìm" />
    </form>
  </div>
  <div class="logo-bar">
    <a href="/"><img src="/system/images/W1siZiIsImxvZ28vbG9nby10Y3QucG5nIl1d/logo-tct.png" alt="Logo" width="96" /></a>
    <div class="ten-truong">
      <p class="dang-bo">ĐẢNG BỘ TỈNH LẠNG SƠN</p>
      <p class="ten">TRƯỜNG CHÍNH TRỊ TỈNH LẠNG SƠN</p>
    </div>
  </div>
  {_menu(section)}
</header>
<section id="page">
  <section id="body_content" class="clearfix">
{content}
{_sidebar()}
  </section>
</section>
{_FOOTER}
</div>
</body>
</html>
"""
    return html(page)


# --- blog pages ---------------------------------------------------------------------------------


def _cat_links(story: Story, sep: str = ",\n          ") -> str:
    return sep.join(
        f'<a href="/blog/categories/{slug}">{esc(CATEGORIES[slug])}</a>' for slug in story.opts["cats"]
    )


def _details(story: Story, listing: bool = False) -> str:
    sep = " và " if listing else ",\n          "
    tags = ""
    if listing and story.opts["tags"]:
        links = ", ".join(f'<a href="/blog/tagged/{k}">{esc(TAGS[k])}</a>' for k in story.opts["tags"])
        tags = f"\n        <aside class='tagged'>\n          Từ khóa: {links}\n        </aside>"
    return f"""<section class='details'>
        <time datetime="{utc_stamp(story)}" class='posted_at'>
          Đăng lúc: {shown_time(story)}
        </time>
        bởi quantri.
        <aside class='filed_in'>
          Chuyên mục:
          {_cat_links(story, sep)}
        </aside>{tags}
      </section>"""


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    if comments:
        items = []
        for n, (name, ago, paras) in enumerate(comments, 1):
            avatar = hashlib.md5(name.encode()).hexdigest()
            body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
            items.append(
                f"<article class='blog_comment_message' id='comment-{story.id * 10 + n}'>\n"
                f'  <img alt="{esc(name)}" class="avatar" src="https://secure.gravatar.com/avatar/{avatar}?s=60&amp;d=mm" />\n'
                f"  {body}\n  <footer class='blog_comment_author'>\n    <p>\n      bởi {esc(name)},\n"
                f"      {ago}\n    </p>\n  </footer>\n</article>"
            )
        listing = "\n".join(items)
    else:
        listing = "<p>\n      Chưa có bình luận nào.\n    </p>"
    return f"""<aside id="comments">
  <h2>Bình luận</h2>
  {listing}
  <h2>Gửi bình luận của bạn</h2>
  <form class="new_comment" id="new_comment" action="/blog/posts/{story.slug}/comments" accept-charset="UTF-8" method="post">
    <input name="utf8" type="hidden" value="&#x2713;" /><input type="hidden" name="authenticity_token" value="{token(story.slug)}" />
    <div class='field'><label for="comment_name">Họ và tên</label> <input type="text" name="comment[name]" id="comment_name" /></div>
    <div class='field'><label for="comment_email">Email</label> <input type="email" name="comment[email]" id="comment_email" /></div>
    <div class='field message_field'><label for="comment_message">Nội dung</label>
      <textarea rows="6" name="comment[message]" id="comment_message"></textarea></div>
    <div class='field form-actions'><input type="submit" name="commit" value="Gửi bình luận" data-disable-with="Gửi bình luận" /></div>
  </form>
</aside>"""


def _related(story: Story) -> str:
    cat = story.opts["cats"][0]
    others = [s for s in STORIES if s is not story and cat in s.opts["cats"]][:4]
    items = []
    for s in others:
        href = post_path(s)
        if story.opts.get("related_old_slug") and s.opts.get("old_slug"):
            href = f"/blog/posts/{s.opts['old_slug']}"
        items.append(f'    <li><a href="{href}">{esc(s.title)}</a> <span class="ngay">({shown_day(s)})</span></li>')
    if not items:
        return ""
    return '<div class="tlq">\n  <h3 class="tlq-td">Tin liên quan</h3>\n  <ul>\n' + "\n".join(items) + "\n  </ul>\n</div>"


def _nav(story: Story) -> str:
    """The vendor's override of the blog's ``_nav`` partial: no previous/next post links."""
    return (
        '<nav id="next_prev_article">\n  <a class="back" href="javascript:history.back()">« Quay lại</a>\n\n'
        '  <a class="home" href="/blog">Về trang Tin tức</a>\n</nav><!-- /next_prev_article -->'
    )


def post_page(request: Request, story: Story) -> Response:
    cat = story.opts["cats"][0]
    updated = ""
    if story.opts.get("updated"):
        updated = f'\n    <p class="cap-nhat"><i>(Cập nhật: {story.opts["updated"]})</i></p>'
    tomtat = ""
    if story.opts.get("tomtat"):
        tomtat = f'\n  <div class="bv-tomtat"><p><em>{esc(story.summary or "")}</em></p></div>'
    extra = []
    if story.opts.get("source_url"):
        extra.append(
            f'<div class="nguon-tin">Nguồn: <a href="{esc(story.opts["source_url"])}" target="_blank"'
            f' data-turbolinks="false">{esc(story.source or "")}</a></div>'
        )
    if story.opts.get("attach"):
        label, href = story.opts["attach"]
        extra.append(
            f'<p class="dinh-kem"><img src="/assets/icon-pdf-0c1d.png" alt="" /> File đính kèm: '
            f'<a href="{href}" target="_blank">{esc(label)}</a></p>'
        )
    share_url = base_url(request) + post_path(story)
    tags = ""
    if story.opts["tags"]:
        links = ", ".join(f'<a href="/blog/tagged/{k}">{esc(TAGS[k])}</a>' for k in story.opts["tags"])
        tags = f"\n  <aside class='tagged'>\n    Từ khóa: {links}\n  </aside>"
    first_img = story.images[0].src if story.images else None
    content = f"""    {_crumbs([("/blog", "Tin tức"), (f"/blog/categories/{cat}", CATEGORIES[cat])])}
    <section id="body_content_left">
      <div class="inner">
<article id="blog_post">
  <header>
    <h1>{esc(story.title)}</h1>
    {_details(story)}{updated}
  </header>{tomtat}
{render_body(story)}
  {chr(10).join(extra)}
  <div class="cc-bv">
    <a href="javascript:window.print()" class="in-bai"><img src="/assets/print-7e21.png" alt="" /> In bài viết</a> |
    <a href="mailto:?subject={esc(story.title)}&amp;body={esc(share_url)}" class="gui-mail">Gửi email</a> |
    <a href="https://www.facebook.com/sharer/sharer.php?u={esc(share_url)}" target="_blank" data-turbolinks="false" class="fb">Chia sẻ Facebook</a> |
    <a href="https://zalo.me/share?url={esc(share_url)}" target="_blank" data-turbolinks="false">Zalo</a>
    <span class="luot-xem">Lượt xem: {story.views()}</span>
  </div>{tags}
</article>
{_nav(story)}
{_related(story)}
{_comments(story)}
      </div>
    </section>"""
    return layout(
        request,
        story.title,
        content,
        section="Thông báo" if cat == "thong-bao" else "Tin tức",
        description=teaser(story),
        canonical=post_path(story),
        og_image=first_img if first_img and first_img.startswith("/") else None,
        body_class="blog-posts-show",
    )


def _listing_item(story: Story, full: bool) -> str:
    if full:
        inner = render_body(story)
    else:
        pic = ""
        if story.opts.get("thumb"):
            day, name = story.opts["thumb"]
            pic = (
                f'<a href="{post_path(story)}" class="anh-dd"><img src="{esc(thumb(day, name))}" alt="{esc(story.title)}"'
                ' width="225" height="160" /></a>\n      '
            )
        inner = f"{pic}<p>{esc(teaser(story))}</p>"
    n = len(story.opts.get("comments", []))
    count = f"({n} bình luận)" if n else "(chưa có bình luận)"
    return f"""<article class="blog_post" id="blog_post_{story.id}">
    <header>
      <h1><a href="{post_path(story)}">{esc(story.title)}</a></h1>
      {_details(story, listing=True)}
    </header>
    <section class='clearfix'>
      {inner}
    </section>
    <footer>
      <p>
        <a href="{post_path(story)}">Xem tiếp »</a>
      </p>
      <aside class='comment_count'>
        {count}
      </aside>
    </footer>
  </article>"""


def will_paginate(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def url(n: int) -> str:
        return f"{base}?page={n}"

    out = []
    if page > 1:
        out.append(f'<a class="previous_page" rel="prev" href="{url(page - 1)}">&#8592; Trang trước</a>')
    else:
        out.append('<span class="previous_page disabled">&#8592; Trang trước</span>')
    for n in range(1, pages + 1):
        if n == page:
            out.append(f'<em class="current" aria-label="Page {n}" aria-current="page">{n}</em>')
        else:
            rel = ' rel="next"' if n == page + 1 else ' rel="prev"' if n == page - 1 else ""
            rel = ' rel="start"' if n == 1 and not rel else rel
            out.append(f'<a{rel} aria-label="Page {n}" href="{url(n)}">{n}</a>')
    if page < pages:
        out.append(f'<a class="next_page" rel="next" href="{url(page + 1)}">Trang sau &#8594;</a>')
    else:
        out.append('<span class="next_page disabled">Trang sau &#8594;</span>')
    return '<div class="pagination" role="navigation" aria-label="Pagination">' + " ".join(out) + "</div>"


def listing_page(
    request: Request,
    title: str,
    base: str,
    stories: list[Story],
    trail: list[tuple[str | None, str]],
    *,
    full: bool = False,
    section: str = "Tin tức",
) -> Response | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit():
        return None
    page = int(raw)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if not 1 <= page <= pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "\n  ".join(_listing_item(s, full) for s in chunk)
    heading = title if page == 1 else f"{title} - Trang {page}"
    content = f"""    {_crumbs(trail)}
    <section id="body_content_title">
      <h1>{esc(title)}</h1>
    </section>
    <section id="body_content_left">
      <div class="inner">
  <section id="blog_posts">
  {items}
  </section>
  {will_paginate(base, page, pages)}
      </div>
    </section>"""
    return layout(request, heading, content, section=section, description=title, body_class="blog-posts-index")


def blog_index(request: Request) -> Response | None:
    return listing_page(request, "Tin tức", "/blog", STORIES, [(None, "Tin tức")])


def category_page(request: Request, slug: str) -> Response | None:
    if slug not in CATEGORIES:
        return None
    stories = [s for s in STORIES if slug in s.opts["cats"]]
    name = CATEGORIES[slug]
    trail = [(None, name)] if slug == "thong-bao" else [("/blog", "Tin tức"), (None, name)]
    return listing_page(
        request,
        name,
        f"/blog/categories/{slug}",
        stories,
        trail,
        full=slug == "thong-bao",
        section="Thông báo" if slug == "thong-bao" else "Tin tức",
    )


def tag_page(request: Request, key: str) -> Response | None:
    if key not in TAGS:
        return None
    stories = [s for s in STORIES if key in s.opts["tags"]]
    title = f"Bài viết có từ khóa “{TAGS[key]}”"
    return listing_page(request, title, f"/blog/tagged/{key}", stories, [("/blog", "Tin tức"), (None, title)])


def archive_page(request: Request, year: str, month: str) -> Response | None:
    stories = [s for s in STORIES if s.opts["local"].startswith(f"{year}-{month}-")]
    if not stories:
        return None
    title = f"Lưu trữ tháng {month}/{year}"
    return listing_page(request, title, f"/blog/{year}/{month}", stories, [("/blog", "Tin tức"), (None, title)])


def rss(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in STORIES[:PER_PAGE]:
        y, m, d, hh, mm = _parts(s)
        stamp = (_dt.datetime(y, m, d, hh, mm) - _dt.timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        items.append(
            f"    <item>\n      <title>{esc(s.title)}</title>\n      <description>{esc(teaser(s))}</description>\n"
            f"      <pubDate>{stamp}</pubDate>\n      <link>{base}{post_path(s)}</link>\n"
            f"      <guid>{base}{post_path(s)}</guid>\n    </item>"
        )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n'
        f"    <title>Tin tức - {SCHOOL}</title>\n    <link>{base}/blog</link>\n"
        "    <description>Tin tức</description>\n    <language>vi</language>\n" + "\n".join(items) + "\n  </channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- CMS pages ----------------------------------------------------------------------------------


def _cms_page(request: Request, title: str, body: str, trail: list, section: str) -> Response:
    content = f"""    {_crumbs(trail)}
    <section id="body_content_title">
      <h1>{esc(title)}</h1>
    </section>
    <section id="body_content_left">
      <div class="inner">
{body}
      </div>
    </section>"""
    return layout(request, title, content, section=section, description=title, body_class="pages-show")


def home(request: Request) -> Response:
    latest = STORIES[:4]
    lead = latest[0]
    day, name = lead.opts["thumb"]
    rest = "\n".join(
        f'        <li><a href="{post_path(s)}">{esc(s.title)}</a> <span class="ngay">{shown_day(s)}</span></li>'
        for s in latest[1:]
    )
    notices = [s for s in STORIES if "thong-bao" in s.opts["cats"]][:2]
    tb = "\n".join(
        f'        <li><a href="{post_path(s)}">{esc(s.title)}</a></li>' for s in notices
    )
    research = [s for s in STORIES if "nghien-cuu-trao-doi" in s.opts["cats"]][:2]
    nc = "\n".join(
        f'        <li><a href="{post_path(s)}">{esc(s.title)}</a><p class="tt">{esc(teaser(s))}</p></li>'
        for s in research
    )
    slides = "\n".join(
        f'      <div class="slide"><img src="{dragonfly(f"slider/{n}_anh-slide-{n}.jpg", "1140x380#")}" alt="" /></div>'
        for n in (1, 2, 3)
    )
    body = f"""    <section id="body_content_left" class="trang-chu">
      <div class="inner">
    <div class="slider" data-turbolinks-permanent id="slider-tc">
{slides}
    </div>
    <div class="gt-ngan">
      <h2>Giới thiệu</h2>
      <p>Trường Chính trị tỉnh Lạng Sơn là cơ sở đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống
      chính trị ở cơ sở; đào tạo, bồi dưỡng lý luận chính trị cho cán bộ, công chức, viên chức của tỉnh.
      Trải qua hơn 75 năm xây dựng và trưởng thành, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt
      cán bộ, đảng viên.</p>
      <p><a href="/gioi-thieu">Xem tiếp »</a></p>
    </div>
    <div class="khoi-tin" id="tin-moi">
      <h2><a href="/blog">Tin mới</a></h2>
      <div class="tin-noi-bat">
        <a href="{post_path(lead)}"><img src="{esc(thumb(day, name))}" alt="{esc(lead.title)}" width="360" /></a>
        <h3><a href="{post_path(lead)}">{esc(lead.title)}</a></h3>
        <p class="ngay">{shown_day(lead)}</p>
        <p>{esc(teaser(lead))}</p>
      </div>
      <ul class="tin-khac">
{rest}
      </ul>
      <p class="xem-tat-ca"><a href="/blog">Xem tất cả »</a></p>
    </div>
    <div class="khoi-tin" id="thong-bao-tc">
      <h2><a href="/blog/categories/thong-bao">Thông báo</a></h2>
      <ul>
{tb}
      </ul>
    </div>
    <div class="khoi-tin" id="nghien-cuu-tc">
      <h2><a href="/blog/categories/nghien-cuu-trao-doi">Nghiên cứu - Trao đổi</a></h2>
      <ul>
{nc}
      </ul>
    </div>
    <div class="khoi-tin" id="video-tc">
      <h2><a href="/video">Video</a></h2>
      <p><a href="/video"><img src="{dragonfly("video/3c1e_phong-su-75-nam.jpg", "360x200#")}" alt="Phóng sự" /></a></p>
    </div>
      </div>
    </section>"""
    return layout(request, "Trang chủ", body, section="Trang chủ", description=SCHOOL, body_class="pages-home")


_GIOI_THIEU = """<p>Trường Chính trị tỉnh Lạng Sơn được thành lập trên cơ sở Trường Đảng tỉnh Lạng Sơn (thành lập năm
1949), là đơn vị sự nghiệp trực thuộc Tỉnh ủy, chịu sự chỉ đạo trực tiếp, toàn diện của Ban Thường vụ
Tỉnh ủy và sự hướng dẫn về chuyên môn, nghiệp vụ của Học viện Chính trị quốc gia Hồ Chí Minh.</p>
<p>Hiện nay, Nhà trường có 4 khoa chuyên môn (Xây dựng Đảng; Lý luận cơ sở; Nhà nước và pháp luật; Dân
vận) và 2 phòng chức năng (Văn phòng; Quản lý đào tạo và Nghiên cứu khoa học) với 52 cán bộ, viên chức.</p>
<p>Trường vinh dự được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, Huân chương Độc lập
hạng Ba.</p>
<ul>
  <li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li>
  <li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li>
</ul>"""

_CHUC_NANG = """<p><strong>1. Chức năng</strong></p>
<p>Tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ; tổ chức đào tạo, bồi dưỡng cán bộ lãnh đạo,
quản lý của hệ thống chính trị ở cơ sở; nghiên cứu khoa học, tổng kết thực tiễn.</p>
<p><strong>2. Nhiệm vụ</strong></p>
<p>Đào tạo trung cấp lý luận chính trị; bồi dưỡng kết nạp đảng viên mới, đảng viên mới; bồi dưỡng cập nhật
kiến thức, kỹ năng cho cán bộ các cấp; phối hợp mở các lớp cao cấp lý luận chính trị theo phân cấp.</p>"""

_CO_CAU = """<table border="1" cellpadding="4" cellspacing="0" style="width:100%">
<tbody>
<tr><td><strong>Ban Giám hiệu</strong></td><td>Đồng chí Lộc Văn Hùng - Hiệu trưởng<br />Đồng chí Triệu Văn Bình - Phó Hiệu trưởng<br />Đồng chí Chu Thị Thanh - Phó Hiệu trưởng</td></tr>
<tr><td><strong>Các khoa</strong></td><td>Khoa Xây dựng Đảng; Khoa Lý luận cơ sở; Khoa Nhà nước và pháp luật; Khoa Dân vận</td></tr>
<tr><td><strong>Các phòng</strong></td><td>Văn phòng; Phòng Quản lý đào tạo và Nghiên cứu khoa học</td></tr>
</tbody>
</table>
<p><img src="/system/images/W1siZiIsIjIwMjEvMDUvMTAvc28tZG8tdG8tY2h1Yy5wbmciXV0/so-do-to-chuc.png" alt="Sơ đồ tổ chức" width="700" /></p>"""

DOCUMENTS = {
    "ke-hoach-dao-tao-boi-duong-nam-2027": (
        "Số 52-KH/TCT",
        "25/11/2026",
        "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027",
        "Kế hoạch",
    ),
    "quy-che-lam-viec-cua-truong-chinh-tri-tinh": (
        "Số 08-QC/TCT",
        "12/3/2026",
        "Quy chế làm việc của Trường Chính trị tỉnh Lạng Sơn",
        "Quy chế",
    ),
}


def _doc_pdf(slug: str) -> str:
    return dragonfly(f"2026/vanban/{hashlib.md5(slug.encode()).hexdigest()[:4]}_{slug}.pdf", kind="resources")


def van_ban(request: Request) -> Response:
    rows = "\n".join(
        f'<tr><td>{esc(so)}</td><td>{ngay}</td><td><a href="/van-ban/{slug}">{esc(ten)}</a></td>'
        f'<td><a href="{_doc_pdf(slug)}">Tải về</a></td></tr>'
        for slug, (so, ngay, ten, _) in DOCUMENTS.items()
    )
    body = f"""<table class="ds-vb" border="1" cellpadding="4" cellspacing="0" style="width:100%">
<thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>"""
    return _cms_page(request, "Văn bản", body, [(None, "Văn bản")], "Văn bản")


def van_ban_entry(request: Request, slug: str) -> Response | None:
    if slug not in DOCUMENTS:
        return None
    so, ngay, ten, loai = DOCUMENTS[slug]
    body = f"""<table class="ct-vb" border="1" cellpadding="4" cellspacing="0" style="width:100%">
<tbody>
<tr><td style="width:30%">Số ký hiệu</td><td>{esc(so)}</td></tr>
<tr><td>Loại văn bản</td><td>{esc(loai)}</td></tr>
<tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Lạng Sơn</td></tr>
<tr><td>Ngày ban hành</td><td>{ngay}</td></tr>
<tr><td>Trích yếu</td><td>{esc(ten)}</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="{_doc_pdf(slug)}">{slug}.pdf</a></td></tr>
</tbody>
</table>
<p><a href="/van-ban">« Quay lại danh sách văn bản</a></p>"""
    return _cms_page(request, ten, body, [("/van-ban", "Văn bản"), (None, so)], "Văn bản")


def album(request: Request) -> Response:
    pics = "\n".join(
        f'<li><a href="{original("11/28", f"album_gvdg_{n}.jpg")}" rel="lightbox[album]">'
        f'<img src="{thumb("11/28", f"album_gvdg_{n}.jpg")}" alt="Hội thi giảng viên dạy giỏi {n}" /></a></li>'
        for n in range(1, 9)
    )
    body = f"""<p class="mo-ta">Một số hình ảnh tại Hội thi giảng viên dạy giỏi cấp trường năm 2026 (24 - 27/11/2026).</p>
<ul class="album-anh clearfix">
{pics}
</ul>
<p><a href="{post_path(BY_ID[138])}">Đọc tin: {esc(BY_ID[138].title)}</a></p>"""
    return _cms_page(
        request,
        "Album: Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        body,
        [(None, "Thư viện ảnh")],
        "Thư viện",
    )


def video(request: Request) -> Response:
    body = """<div class="video-chinh">
<iframe width="720" height="405" src="https://www.youtube.com/embed/Xk3p9LrT2aQ" frameborder="0" allowfullscreen></iframe>
</div>
<p>Phóng sự: Trường Chính trị tỉnh Lạng Sơn - 75 năm xây dựng và trưởng thành (1949 - 2024).</p>
<ul class="video-khac">
  <li><a href="https://www.youtube.com/watch?v=Qm8a1B2c3D4" target="_blank" data-turbolinks="false">Lễ khai giảng năm học 2026 - 2027</a></li>
  <li><a href="https://www.youtube.com/watch?v=Zt7Y6x5W4v3" target="_blank" data-turbolinks="false">Hội thi giảng viên dạy giỏi năm 2024</a></li>
</ul>"""
    return _cms_page(request, "Video", body, [(None, "Video")], "Thư viện")


def lien_he(request: Request) -> Response:
    body = f"""<div class="lh-diachi">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH LẠNG SƠN</strong></p>
<p>Địa chỉ: Số 2 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn</p>
<p>Điện thoại: 0205 3870 216 - Email: truongchinhtri@langson.gov.vn</p>
</div>
<form class="new_inquiry" id="new_inquiry" action="/lien-he" accept-charset="UTF-8" method="post">
  <input name="utf8" type="hidden" value="&#x2713;" /><input type="hidden" name="authenticity_token" value="{token("lienhe")}" />
  <div class="field"><label for="inquiry_name">Họ và tên *</label><input type="text" name="inquiry[name]" id="inquiry_name" /></div>
  <div class="field"><label for="inquiry_email">Email *</label><input type="email" name="inquiry[email]" id="inquiry_email" /></div>
  <div class="field"><label for="inquiry_phone">Điện thoại</label><input type="text" name="inquiry[phone]" id="inquiry_phone" /></div>
  <div class="field"><label for="inquiry_message">Nội dung *</label><textarea rows="8" name="inquiry[message]" id="inquiry_message"></textarea></div>
  <div class="actions"><input type="submit" name="commit" value="Gửi" data-disable-with="Gửi" /></div>
</form>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3710.2" width="100%" height="300" frameborder="0"></iframe>"""
    return _cms_page(request, "Liên hệ", body, [(None, "Liên hệ")], "Liên hệ")


def search(request: Request) -> Response:
    query = request.params.get("query", "").strip()
    norm = unicodedata.normalize("NFC", query).lower()
    hits = [s for s in STORIES if norm and norm in s.title.lower()] if norm else []
    items = "\n".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a><p>{esc(teaser(s))}</p></li>' for s in hits
    )
    body = f"""<p>Kết quả tìm kiếm cho “{esc(query)}”: {len(hits)} kết quả</p>
<ul id="search_results">
{items}
</ul>"""
    return _cms_page(request, "Kết quả tìm kiếm", body, [(None, "Tìm kiếm")], "")


def login(request: Request) -> Response:
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>Refinery - Đăng nhập</title></head>
<body class="login"><div id="login_container"><h1>Đăng nhập</h1>
<form class="new_authentication_devise_user" id="new_authentication_devise_user" action="/refinery/login" method="post">
<input type="hidden" name="authenticity_token" value="{token("login")}" />
<p><label>Tên đăng nhập hoặc email</label><input type="text" name="authentication_devise_user[login]" /></p>
<p><label>Mật khẩu</label><input type="password" name="authentication_devise_user[password]" /></p>
<p><input type="submit" value="Đăng nhập" /></p>
</form></div></body></html>"""
    return html(page)


def sitemap(request: Request) -> Response:
    base = base_url(request)
    paths = [
        "/",
        "/gioi-thieu",
        "/gioi-thieu/chuc-nang-nhiem-vu",
        "/gioi-thieu/co-cau-to-chuc",
        "/blog",
        "/van-ban",
        "/thu-vien-anh/hoi-thi-giang-vien-day-gioi-2026",
        "/video",
        "/lien-he",
    ]
    urls = "\n".join(
        f"  <url>\n    <loc>{base}{p}</loc>\n    <lastmod>2026-12-04T09:12:33+07:00</lastmod>\n  </url>"
        for p in paths
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{urls}\n</urlset>\n"
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


ROBOTS = "User-agent: *\nDisallow: /refinery\nSitemap: /sitemap.xml\n"


# --- the site -----------------------------------------------------------------------------------

_POST = re.compile(r"^/blog/posts/([^/]+)$")
_COMMENT = re.compile(r"^/blog/posts/([^/]+)/comments$")
_CATEGORY = re.compile(r"^/blog/categories/([a-z0-9-]+)$")
_TAGGED = re.compile(r"^/blog/tagged/([a-z0-9-]+)$")
_ARCHIVE = re.compile(r"^/blog/(\d{4})/(\d{2})$")


@dataclass
class RefinerySite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/system/", "/assets/")) or path == "/favicon.ico":
            if path.startswith("/system/resources/") and path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if request.method == "POST":
            return self._post(request)
        if path == "/":
            return home(request)
        if path == "/blog":
            return blog_index(request)
        if path == "/blog.rss":
            return rss(request)
        m = _POST.match(path)
        if m:
            key = unescape(m.group(1))
            if key.isdigit():
                story = BY_ID.get(int(key))
                return post_page(request, story) if story else None
            if key in BY_SLUG:
                return post_page(request, BY_SLUG[key])
            if key in OLD_SLUGS:
                return redirect(post_path(OLD_SLUGS[key]), 301)
            return None
        m = _CATEGORY.match(path)
        if m:
            return category_page(request, m.group(1))
        m = _TAGGED.match(path)
        if m:
            return tag_page(request, m.group(1))
        m = _ARCHIVE.match(path)
        if m:
            return archive_page(request, m.group(1), m.group(2))
        if path.startswith("/van-ban/"):
            return van_ban_entry(request, path[len("/van-ban/") :])
        pages = {
            "/gioi-thieu": lambda r: _cms_page(r, "Giới thiệu chung", _GIOI_THIEU, [(None, "Giới thiệu")], "Giới thiệu"),
            "/gioi-thieu/chuc-nang-nhiem-vu": lambda r: _cms_page(
                r, "Chức năng, nhiệm vụ", _CHUC_NANG, [("/gioi-thieu", "Giới thiệu"), (None, "Chức năng, nhiệm vụ")], "Giới thiệu"
            ),
            "/gioi-thieu/co-cau-to-chuc": lambda r: _cms_page(
                r, "Cơ cấu tổ chức", _CO_CAU, [("/gioi-thieu", "Giới thiệu"), (None, "Cơ cấu tổ chức")], "Giới thiệu"
            ),
            "/van-ban": van_ban,
            "/thu-vien-anh/hoi-thi-giang-vien-day-gioi-2026": album,
            "/video": video,
            "/lien-he": lien_he,
            "/lien-he/cam-on": lambda r: _cms_page(
                r, "Cảm ơn", "<p>Cảm ơn bạn đã liên hệ. Chúng tôi sẽ phản hồi sớm nhất.</p>", [(None, "Liên hệ")], "Liên hệ"
            ),
            "/search": search,
            "/refinery/login": login,
            "/sitemap.xml": sitemap,
        }
        if path in pages:
            return pages[path](request)
        if path == "/refinery":
            return redirect("/refinery/login")
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain"})
        return None

    def _post(self, request: Request) -> Response | None:
        m = _COMMENT.match(request.path)
        if m and m.group(1) in BY_SLUG:
            return redirect(post_path(BY_SLUG[m.group(1)]) + "#comments")
        if request.path == "/lien-he":
            return redirect("/lien-he/cam-on")
        if request.path == "/polls/2/votes":
            return redirect("/")
        if request.path == "/refinery/login":
            return redirect("/refinery/login")
        return None


def build_site() -> RefinerySite:
    return RefinerySite()


# --- gold ---------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = [f"/blog/posts/{story.id}"]
    if story.opts.get("fbclid"):
        alts.append(f"{post_path(story)}?fbclid={story.opts['fbclid']}")
    return gold_record(story, post_path(story), story.cat, canonical_path=post_path(story), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/co-cau-to-chuc",
    "/van-ban",
    "/van-ban/ke-hoach-dao-tao-boi-duong-nam-2027",
    "/van-ban/quy-che-lam-viec-cua-truong-chinh-tri-tinh",
    "/thu-vien-anh/hoi-thi-giang-vien-day-gioi-2026",
    "/video",
    "/lien-he",
]
