"""BlogEngine.NET 3 blog run as the news site of a district education office (Phòng GD&ĐT).

Platform
--------
BlogEngine.NET 3.3 (ASP.NET WebForms, .NET Framework 4.5) with a custom theme a local vendor
made for "Phòng Giáo dục và Đào tạo huyện Thanh Ba" (theme folder ``/Custom/Themes/PGDThanhBa``).
Every page is one big ``<form id="aspnetForm" method="post">`` with a ``__VIEWSTATE``; POST answers
like GET. The blog culture is vi-VN under .NET Framework, so dates print with its month names
("04 Tháng Mười Hai 2026") and its general format ("04/12/2026 4:20:00 CH", SA = a.m., CH = p.m.).

URL scheme
----------
- ``/`` (also ``/default.aspx``): post list, 5 posts a page, newest first, full post bodies (cut
  at the editor's ``[more]`` marker with "Đọc tiếp »"); ``/?page=N``: "« Bài cũ hơn" /
  "Bài mới hơn »" paging, no page numbers.
- ``/post/YYYY/MM/DD/<slug>``: a post (the blog's "add date to post links" setting; this is the
  link every list prints and the ``rel=canonical``). Slugs are what BlogEngine makes of the title
  unless the admin typed one: two posts have Vietnamese slugs, printed percent-encoded.
- ``/post/<slug>.aspx``: the same post, the BlogEngine 2.x form, still served; linked from
  "Bài viết liên quan" boxes and from "Xem thêm" lines pasted into old posts.
- ``/post.aspx?id=<guid>``: the same post again, the GUID permalink; the "Xem nhiều nhất"
  widget (a plugin) links posts this way, and every post prints it in a read-only text box.
- ``/category/<Tên-chuyên-mục>`` (Vietnamese, percent-encoded) and ``?page=N``: category lists.
- ``/?tag=/<từ-khóa>``: tag lists. ``/page/<slug>``: static pages. ``/contact.aspx``.
- ``/image.axd?picture=/YYYY/MM/<file>``: uploaded pictures; ``/file.axd?file=/YYYY/MM/<file>``:
  attachments; ``/syndication.axd``: RSS; ``/search.aspx?q=``: search (only reachable by script).

Page templates
--------------
Header (today's date, RSS/login links, banner whose ``<h1>`` is the office's name, drop-down
menu, script-only search box, a marquee), the breadcrumb "Trang chủ › <chuyên mục>", the left
column, a right widget zone (Bài viết mới, Xem nhiều nhất, Chuyên mục with counts, Từ khóa tag
cloud, a poll, "Liên kết website" select, "Thống kê truy cập" counter, a notice text box) and a
footer with address, phone, e-mail and "Powered by BlogEngine.NET". A post page prints the title
as ``<h2 class="tieude-bv">``, an info line (date, "Người đăng: <account>", categories, views,
sometimes "Cập nhật lần cuối"), the body, tags, share tools, the GUID permalink box, "Bài viết
liên quan" (titles plus the first words of each), "Các tin khác", the comments and a comment form.

How each gold article is reached
--------------------------------
All 16 posts (13 articles + a document entry, an album and a video) are on the home list pages
``/``, ``/?page=2..4``. Category lists hold 1-7 posts; "Tin hoạt động" has a second page. The two
oldest "Tin hoạt động" posts (Phụ nữ 20/10, Hội khỏe Phù Đổng) are linked from nowhere but
``/?page=3``, ``/?page=4`` and ``/category/Tin-hoạt-động?page=2``: no tag, no widget, no related
box, no "Các tin khác" names them. The newest six posts are also linked from the widgets.

Traps
-----
1. The home page and category lists print full post bodies (BlogEngine's default), with the same
   ``<h2>``, date and text as the post page: the list pages are listings, not articles; the
   articles are the ``/post/YYYY/MM/DD/<slug>`` pages.
2. Three URLs per post (date URL, ``/post/<slug>.aspx``, ``/post.aspx?id=<guid>``), all 200 with
   the same text; the gold path is the date URL (the canonical), the two others are
   ``alt_paths``. The date URL of "Chuyên đề ... Tiếng Việt lớp 2" carries the UTC day
   (``/post/2026/11/17/…``) while the page prints the local 18/11/2026 6:30 SA: gold date is the
   printed 2026-11-18T06:30:00+07:00, never the URL's day.
3. Dates in .NET vi-VN: lists print "18 Tháng Mười Một 2026" (day only), post pages print
   "05/11/2026 10:00:00 SA" (dd/MM, 12-hour, SA/CH). Gold: from the post page, 12:15:00 CH ->
   12:15, 4:20:00 CH -> 16:20, a post timed "12:00:00 SA" (midnight) -> the day alone;
   "05/11/2026" is 5 November. A "Cập nhật lần cuối" date and the comments' dates (later, same
   format) are never the publication date; the header's "Thứ Bảy, 05/12/2026" neither.
4. The info line's "Người đăng: pgdthanhba" / "admin" is the CMS account: nobody. The real
   byline is a right-aligned line at the end of the text: "Tin, ảnh: X" (X both author and
   photographer), "Tin: X - Ảnh: Y", "ThS. X - Chuyên viên …" (X), a unit signing alone
   ("Tổ Chuyên môn Tiểu học", "Trường MN Hoa Sen": the author as printed), "BBT" (nobody);
   "Nguồn: Báo Phú Thọ điện tử" under a byline is the source.
5. Posts that are not articles on the same post template: a document entry (a Công văn with a
   details table and a ``file.axd`` download), a photo album and a YouTube video post; they are
   NON_ARTICLES. Static pages (Giới thiệu chung, Cơ cấu tổ chức) and the contact page too.
6. An official notice printed as a document: letterhead table, "THÔNG BÁO" and its subject,
   then "Nơi nhận" and the signer in a closing table; it is posted 01/12/2026 8:00:00 SA but
   the letterhead says "Thanh Ba, ngày 30 tháng 11 năm 2026": gold date 2026-11-30, author the
   signer (Nguyễn Văn Hùng), body only the text between. The "Tải về" attachment line is not body.
7. Captions three ways: a centred ``<em>`` paragraph under the picture, the second row of a
   one-cell layout table (not a body table row), and Windows Live Writer's linked thumbnail with
   the line after a ``<br />`` in the same paragraph; one caption in parentheses (taken off); a
   line "Ảnh: Minh Tuấn" is no caption (None) but names the photographer. Live Writer's ``alt``
   / ``title`` ("IMG_2034") is never a caption. Gold image path: the ``src`` as printed (the
   ``_thumb`` file for Live Writer pictures), resolved against the page: one post's TinyMCE
   wrote ``../../../../image.axd?picture=…``.
8. Text as editors left it: one post typed in "Unicode tổ hợp" (NFD, title included; gold NFC);
   one post pasted from Word (``MsoNormal``, ``<o:p>``, list bullets in
   ``<span style="mso-list:Ignore">`` which are no text, while the "- " the editor typed stays);
   one post with TinyMCE's named/numeric entities; titles HTML-encoded by .NET (``&#224;``);
   one title starting with "🎉" (kept).
9. Chrome that reads like content: "Bài viết liên quan" prints other posts' titles and first
   words; "Các tin khác"; comments with names, dates and text; the comment form; the poll; the
   "Thông báo" text box in the sidebar; the banner's ``<h1>`` is the office's name, not the title.
10. Pagination is "« Bài cũ hơn" only (no numbers); a page past the end (``/?page=9``) answers 200
   with "Không có bài viết nào" (never linked).

Gold decisions on ambiguous points
----------------------------------
- category: the post's first category, the one the breadcrumb prints (two posts are also filed
  under a second category, printed after a comma in "Chuyên mục:").
- published_at: the post page's info line (local time, +07:00), except the official notice (its
  letterhead day, house rule).
- Paths: the Vietnamese slugs are given percent-encoded (UTF-8, upper-case hex) as the pages'
  links print them and a client sends them; the server also answers the raw form.
- A sapo is a bold first paragraph (``<p><strong>…</strong></p>``); the meta description that
  BlogEngine prints for every post is not one.
- "Ảnh: X" under one photo makes X a photographer of the article (caption None).
- In the notice, numbered lines "1. Thời gian: …" are paragraphs; "./." ending the last one is
  kept as printed. A footnote call "[1]" stays in its sentence; the "Chú thích:" heading and its
  entry are the text's own.
- The document entry, the album and the video post are not articles even though they are posts.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from urllib.parse import parse_qs, quote, unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "blogengine_net_pgd"
PLATFORM = "BlogEngine.NET 3"
START_PATH = "/"

SITE_NAME = "Phòng GD&ĐT Thanh Ba"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 5

MONTHS = [
    "Tháng Giêng", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]  # fmt: skip

# key -> category name as the menu prints it (BlogEngine makes the URL from the name)
CATEGORIES = {
    "tinhd": "Tin hoạt động",
    "thongbao": "Thông báo",
    "mamnon": "Giáo dục Mầm non",
    "tieuhoc": "Giáo dục Tiểu học",
    "thcs": "Giáo dục THCS",
    "vanban": "Văn bản",
    "thuvien": "Thư viện ảnh - video",
}
CAT_GUID = {
    "tinhd": "4b1f0c2e-7a31-4d8e-9f1b-21c6e0a5d301",
    "thongbao": "9d2e4f10-1c55-46a7-8b0e-3f7a9c2d1e02",
    "mamnon": "0e7c3b6a-52d4-4f19-a6c8-7b1d2e3f4a03",
    "tieuhoc": "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c04",
    "thcs": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e05",
    "vanban": "f0e1d2c3-b4a5-4968-8776-65544332ab06",
    "thuvien": "11223344-5566-4788-99aa-bbccddeeff07",
}

# tag -> printed word; the tag URL is "/?tag=/" + the word with spaces as hyphens
TAGS = ["hội thi", "tiểu học", "mầm non", "HSG", "20-11", "chuyển đổi số"]


def cat_path(key: str) -> str:
    return "/category/" + quote(CATEGORIES[key].replace(" - ", "-").replace(" ", "-"))


def tag_target(tag: str) -> str:
    return "/?tag=/" + quote(tag.replace(" ", "-"))


# --- the posts ----------------------------------------------------------------------------

RIGHT = '<p style="text-align: right;">'
#: the editor's "[more]" marker: lists cut the body there
MORE = "[more]"


def _dtm(s: str) -> _dt.datetime:
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


LETTERHEAD = """<table style="width: 100%; border-collapse: collapse;" border="0" cellpadding="2">
<tbody>
<tr>
<td style="width: 42%; text-align: center; vertical-align: top;">UBND HUYỆN THANH BA<br /><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />--------<br />Số: 1162/TB-PGDĐT</td>
<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br /><br /><em>Thanh Ba, ngày 30 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align: center;"><strong><span style="font-size: 14pt;">THÔNG BÁO</span></strong><br /><strong>Lịch kiểm tra công tác chuẩn bị thi chọn học sinh giỏi lớp 9 cấp huyện<br />năm học 2026 - 2027</strong></p>"""

CLOSING = """<table style="width: 100%;" border="0">
<tbody>
<tr>
<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br /><span style="font-size: 10pt;">- Như trên;<br />- Lãnh đạo Phòng;<br />- Website Phòng GD&amp;ĐT;<br />- Lưu: VT, THCS.</span></td>
<td style="text-align: center; vertical-align: top;"><strong>KT. TRƯỞNG PHÒNG<br />PHÓ TRƯỞNG PHÒNG</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Hùng</strong></td>
</tr>
</tbody>
</table>
<p>Tải về: <a href="/file.axd?file=/2026/11/TB1162-PGDDT.pdf">TB1162-PGDDT.pdf</a> (186,4 KB)</p>"""


STORIES: list[Story] = [
    Story(
        id=1,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 thành công tốt đẹp",
        cat="Tin hoạt động",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "Từ ngày 24/11 đến ngày 03/12/2026, Phòng GD&ĐT Thanh Ba tổ chức Hội thi giáo viên dạy giỏi "
            "cấp huyện bậc Tiểu học năm học 2026 - 2027. Tham gia Hội thi có 86 giáo viên đến từ 21 "
            "trường tiểu học trên địa bàn huyện."
        ),
        blocks=[
            P(
                "Từ ngày 24/11 đến ngày 03/12/2026, Phòng GD&ĐT Thanh Ba tổ chức Hội thi giáo viên dạy giỏi "
                "cấp huyện bậc Tiểu học năm học 2026 - 2027. Tham gia Hội thi có 86 giáo viên đến từ 21 "
                "trường tiểu học trên địa bàn huyện.",
                "lead",
            ),
            Img(
                "/image.axd?picture=/2026/12/gvg-th-khaimac.jpg",
                "Đồng chí Nguyễn Văn Hùng - Phó Trưởng phòng GD&ĐT phát biểu khai mạc Hội thi",
                "Đồng chí Nguyễn Văn Hùng - Phó Trưởng phòng GD&ĐT phát biểu khai mạc Hội thi",
                "c-em",
            ),
            P(
                "Hội thi nhằm tôn vinh, khích lệ những giáo viên có thành tích xuất sắc trong công tác giảng "
                "dạy; đồng thời tạo cơ hội để đội ngũ giáo viên giao lưu, học hỏi, chia sẻ kinh nghiệm, đổi "
                "mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018."
            ),
            Raw(MORE),
            P(
                "Mỗi giáo viên dự thi trải qua hai phần thi: trình bày biện pháp nâng cao chất lượng giảng "
                "dạy, giáo dục học sinh và thực hành dạy hai tiết, trong đó một tiết môn Tiếng Việt hoặc "
                "Toán, một tiết do giáo viên tự chọn. Các tiết dạy được Ban Giám khảo đánh giá theo hướng "
                "dẫn tại Công văn số 2345/BGDĐT-GDTH của Bộ Giáo dục và Đào tạo."
            ),
            Img(
                "/image.axd?picture=/2026/12/gvg-th-tietday_thumb.jpg",
                "Một tiết dạy môn Tiếng Việt lớp 3 tại Trường Tiểu học Thị trấn Thanh Ba",
                "Một tiết dạy môn Tiếng Việt lớp 3 tại Trường Tiểu học Thị trấn Thanh Ba",
                "wlw",
            ),
            P(
                "Qua 10 ngày thi, nhiều tiết dạy được Ban Giám khảo đánh giá cao về sự đầu tư trong thiết kế "
                "bài giảng, vận dụng linh hoạt các phương pháp, kỹ thuật dạy học tích cực và ứng dụng hiệu "
                "quả công nghệ thông tin."
            ),
            P("Kết quả một số giáo viên đạt thành tích cao:", "b"),
            P("TT | Họ và tên | Đơn vị | Xếp loại", "tr"),
            P("1 | Nguyễn Thị Minh Nguyệt | TH Thị trấn Thanh Ba | Xuất sắc", "tr"),
            P("2 | Trần Thị Hải Yến | TH Đỗ Sơn | Xuất sắc", "tr"),
            P("3 | Phùng Văn Tuấn | TH Hanh Cù | Giỏi", "tr"),
            P(
                "Kết thúc Hội thi, có 79 giáo viên được công nhận giáo viên dạy giỏi cấp huyện, trong đó 12 "
                "giáo viên xếp loại Xuất sắc. Phòng GD&ĐT sẽ lựa chọn những giáo viên tiêu biểu tham gia Hội "
                "thi giáo viên dạy giỏi cấp tỉnh trong thời gian tới."
            ),
            Img(
                "/image.axd?picture=/2026/12/gvg-th-traogiai.jpg",
                "(Lãnh đạo Phòng GD&ĐT trao giấy chứng nhận cho các giáo viên đạt giải Xuất sắc)",
                "Lãnh đạo Phòng GD&ĐT trao giấy chứng nhận cho các giáo viên đạt giải Xuất sắc",
                "c-table",
            ),
            Raw(RIGHT + "<strong>Tin, ảnh: Hà Thị Thu Trang</strong></p>"),
        ],
        authors=["Hà Thị Thu Trang"],
        photographers=["Hà Thị Thu Trang"],
        opts={
            "key": "a01",
            "guid": "3f9a2c71-5b0e-4d6a-8c21-9e4b7d1a0f11",
            "dt": _dtm("2026-12-04 16:20"),
            "cats": ["tinhd", "tieuhoc"],
            "tags": ["hội thi", "tiểu học"],
            "account": "pgdthanhba",
            "related": ["a07"],
            "comments": [
                ("Phụ huynh lớp 3A", "04/12/2026 8:45:12 CH",
                 "Chúc mừng các thầy cô! Cô Nguyệt dạy con tôi rất tận tâm."),
                ("Lê Văn Toàn", "05/12/2026 7:02:40 SA",
                 "Mong Phòng đăng thêm video các tiết dạy đạt giải để giáo viên các trường học tập."),
            ],
        },
    ),
    Story(
        id=2,
        slug="thong-bao-lich-kiem-tra-cong-tac-chuan-bi-thi-hsg-lop-9",
        title="Thông báo lịch kiểm tra công tác chuẩn bị thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-11-30",
        blocks=[
            Raw(LETTERHEAD),
            P(
                "Căn cứ Kế hoạch số 1089/KH-PGDĐT ngày 15/10/2026 của Phòng GD&ĐT Thanh Ba về tổ chức thi "
                "chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027;",
                "doc",
            ),
            Raw(MORE),
            P(
                "Phòng Giáo dục và Đào tạo thông báo lịch kiểm tra công tác chuẩn bị tổ chức thi tại các "
                "điểm thi như sau:",
                "doc",
            ),
            P("1. Thời gian: Từ ngày 08/12/2026 đến ngày 10/12/2026.", "doc"),
            P(
                "2. Thành phần đoàn kiểm tra: Lãnh đạo Phòng GD&ĐT, chuyên viên phụ trách cấp THCS và "
                "đại diện Công an huyện.",
                "doc",
            ),
            P(
                "3. Nội dung kiểm tra: Cơ sở vật chất phòng thi, hệ thống camera giám sát, phương án bảo "
                "đảm an ninh, an toàn tại điểm thi; hồ sơ đăng ký dự thi của học sinh.",
                "doc",
            ),
            P(
                "Đề nghị Hiệu trưởng các trường THCS chuẩn bị đầy đủ hồ sơ, bố trí cán bộ làm việc với "
                "đoàn kiểm tra theo lịch trên./.",
                "doc",
            ),
            Raw(CLOSING),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={
            "key": "a02",
            "guid": "b7d0e9a4-2c6f-4f3e-9a81-64d2c0b5e712",
            "dt": _dtm("2026-12-01 08:00"),
            "cats": ["thongbao"],
            "tags": ["HSG"],
            "account": "admin",
            "closed": True,
        },
    ),
    Story(
        id=3,
        slug="mam-non-hoa-sen-chuyen-de-be-vui-kham-pha",
        title="Trường Mầm non Hoa Sen tổ chức chuyên đề “Bé vui khám phá” cấp huyện",
        cat="Giáo dục Mầm non",
        published_at="2026-12-02T12:15:00+07:00",
        blocks=[
            P(
                "Sáng ngày 01/12/2026, Trường Mầm non Hoa Sen phối hợp với Phòng GD&ĐT Thanh Ba tổ chức "
                "chuyên đề “Bé vui khám phá” thuộc lĩnh vực phát triển nhận thức cho trẻ mẫu giáo cấp huyện."
            ),
            P(
                "Tới dự chuyên đề có đại diện lãnh đạo Phòng GD&ĐT, Ban giám hiệu và giáo viên cốt cán của "
                "24 trường mầm non trên địa bàn huyện."
            ),
            Img(
                "../../../../image.axd?picture=/2026/12/mn-hoasen-1.jpg",
                "Cô và trẻ lớp Mẫu giáo lớn A1 trong hoạt động khám phá “Vật chìm, vật nổi”",
                "Cô và trẻ lớp Mẫu giáo lớn A1 trong hoạt động khám phá “Vật chìm, vật nổi”",
                "c-em",
            ),
            P(
                "Các hoạt động được tổ chức theo hướng lấy trẻ làm trung tâm, trẻ được trực tiếp quan sát, "
                "trải nghiệm, thử nghiệm và tự rút ra kết luận. Qua đó giúp trẻ phát triển khả năng tư duy, "
                "ngôn ngữ và kỹ năng hợp tác nhóm."
            ),
            P(
                "Sau phần dự hoạt động, các đại biểu đã thảo luận, chia sẻ kinh nghiệm trong việc xây dựng "
                "môi trường giáo dục, lựa chọn nội dung và tổ chức hoạt động khám phá phù hợp với điều kiện "
                "thực tế của từng nhà trường."
            ),
            Img("../../../../image.axd?picture=/2026/12/mn-hoasen-2.jpg", "Ảnh: Bùi Thanh Tâm", None, "c-em"),
            Raw(RIGHT + "<em><strong>Trường MN Hoa Sen</strong></em></p>"),
        ],
        authors=["Trường MN Hoa Sen"],
        photographers=["Bùi Thanh Tâm"],
        opts={
            "key": "a03",
            "guid": "5e2c8d17-9b4a-4c0f-a3e6-1d7f2b9c4a13",
            "dt": _dtm("2026-12-02 12:15"),
            "cats": ["mamnon"],
            "tags": ["mầm non"],
            "account": "pgdthanhba",
            "nfd": True,
        },
    ),
    Story(
        id=4,
        slug="nganh-giao-duc-huong-ung-thang-hanh-dong-vi-binh-dang-gioi-2026",
        title=(
            "Ngành Giáo dục Thanh Ba hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó "
            "với bạo lực trên cơ sở giới năm 2026"
        ),
        cat="Tin hoạt động",
        published_at="2026-11-28",
        blocks=[
            P(
                "Thực hiện Kế hoạch của UBND huyện về triển khai Tháng hành động vì bình đẳng giới và phòng "
                "ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026 (từ ngày 15/11 đến ngày 15/12), Phòng "
                "GD&ĐT Thanh Ba đã chỉ đạo các nhà trường tổ chức nhiều hoạt động thiết thực."
            ),
            P(
                "Theo kế hoạch, các trường tổ chức tuyên truyền dưới cờ, sinh hoạt lớp theo chủ đề, treo băng "
                "rôn, khẩu hiệu; lồng ghép nội dung bình đẳng giới vào các môn học và hoạt động trải nghiệm. "
                "Một số hoạt động nổi bật:"
            ),
            P("Tổ chức diễn đàn “Tiếng nói học sinh” về phòng, chống bạo lực học đường;", "li"),
            P("Thi vẽ tranh, viết bài cảm nhận về bình đẳng giới;", "li"),
            P("Thành lập và duy trì hoạt động của tổ tư vấn tâm lý học đường.", "li"),
            P(
                "Thông qua các hoạt động, cán bộ, giáo viên, học sinh nâng cao nhận thức, trách nhiệm trong "
                "việc thực hiện bình đẳng giới, góp phần xây dựng môi trường giáo dục an toàn, lành mạnh, "
                "thân thiện."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/post/'
                + quote("Tập-huấn-chuyển-đổi-số-trong-quản-lý-trường-học-năm-2026")
                + '.aspx">Tập huấn chuyển đổi số trong quản lý trường học năm 2026</a></p>'
            ),
            Raw(RIGHT + "<strong>BBT</strong></p>"),
        ],
        opts={
            "key": "a04",
            "guid": "0c4b7e25-d8a1-4e96-b5f3-7a2e6c1d9b14",
            "dt": _dtm("2026-11-28 00:00"),
            "cats": ["tinhd"],
            "tags": [],
            "account": "admin",
        },
    ),
    Story(
        id=5,
        slug="chuc-mung-hoc-sinh-thanh-ba-dat-15-giai-hoi-thi-tin-hoc-tre",
        title="🎉 Chúc mừng học sinh Thanh Ba đạt 15 giải tại Hội thi Tin học trẻ tỉnh Phú Thọ năm 2026",
        cat="Tin hoạt động",
        published_at="2026-11-25T15:40:00+07:00",
        summary=(
            "Tại Hội thi Tin học trẻ tỉnh Phú Thọ lần thứ XXIV năm 2026 vừa diễn ra, đoàn học sinh huyện "
            "Thanh Ba xuất sắc giành 15 giải, trong đó có 2 giải Nhất, 4 giải Nhì, 5 giải Ba và 4 giải "
            "Khuyến khích."
        ),
        blocks=[
            P(
                "Tại Hội thi Tin học trẻ tỉnh Phú Thọ lần thứ XXIV năm 2026 vừa diễn ra, đoàn học sinh huyện "
                "Thanh Ba xuất sắc giành 15 giải, trong đó có 2 giải Nhất, 4 giải Nhì, 5 giải Ba và 4 giải "
                "Khuyến khích.",
                "lead",
            ),
            P(
                "Hội thi do Tỉnh đoàn, Sở Giáo dục và Đào tạo, Sở Khoa học và Công nghệ phối hợp tổ chức, thu "
                "hút 312 thí sinh đến từ 13 huyện, thành, thị trong tỉnh tranh tài ở ba bảng: Tiểu học, THCS "
                "và THPT."
            ),
            Img(
                "/image.axd?picture=/2026/11/tinhoctre-2026.jpg",
                "Em Nguyễn Minh Khang (Trường THCS Thị trấn Thanh Ba) nhận giải Nhất bảng B",
                "Em Nguyễn Minh Khang (Trường THCS Thị trấn Thanh Ba) nhận giải Nhất bảng B",
                "c-em",
            ),
            P("Hai em đạt giải Nhất là:", "br"),
            P(
                "em Đỗ Gia Bảo, học sinh lớp 5A Trường Tiểu học Thị trấn Thanh Ba (bảng A) và em Nguyễn Minh "
                "Khang, học sinh lớp 9A Trường THCS Thị trấn Thanh Ba (bảng B)."
            ),
            P(
                "Thành tích trên là kết quả của quá trình bồi dưỡng bài bản, sự nỗ lực của các em học sinh "
                "và sự tận tụy của các thầy cô giáo phụ trách đội tuyển."
            ),
            Raw(
                RIGHT + "<strong>Thu Hà</strong></p>\n"
                + RIGHT + "<em>Nguồn: Báo Phú Thọ điện tử</em></p>"
            ),
        ],
        authors=["Thu Hà"],
        source="Báo Phú Thọ điện tử",
        opts={
            "key": "a05",
            "guid": "d19f3a62-7c0b-4b85-9e24-5f8a1c3d6e15",
            "dt": _dtm("2026-11-25 15:40"),
            "cats": ["tinhd"],
            "tags": ["hội thi"],
            "account": "pgdthanhba",
        },
    ),
    Story(
        id=6,
        slug="thcs-do-xuyen-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường THCS Đỗ Xuyên tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="Giáo dục THCS",
        published_at="2026-11-20T09:30:00+07:00",
        blocks=[
            P(
                "Sáng ngày 19/11/2026, Trường THCS Đỗ Xuyên long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam (20/11/1982 - 20/11/2026) và tổng kết phong trào thi đua “Hai tốt” đợt 1."
            ),
            Img("/image.axd?picture=/2026/11/dx-2011-1_thumb.jpg", "Ảnh: Minh Tuấn", None, "wlw"),
            Raw(MORE),
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND xã Đỗ Xuyên, đại diện Ban đại diện cha mẹ học sinh "
                "cùng đông đảo thế hệ thầy cô giáo đã từng công tác tại trường."
            ),
            P(
                "Phát biểu tại buổi lễ, cô Hiệu trưởng Đinh Thị Hồng Nhung ôn lại truyền thống vẻ vang của "
                "ngành Giáo dục Việt Nam và những kết quả nhà trường đạt được trong năm học 2025 - 2026: tỷ "
                "lệ học sinh tốt nghiệp THCS đạt 100%, 14 học sinh đạt giải học sinh giỏi cấp huyện."
            ),
            P(
                "“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo cho học sinh noi "
                "theo” - cô Hiệu trưởng nhắn nhủ.",
                "quote",
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 11 tập thể lớp và 27 học sinh có thành tích xuất sắc "
                "trong đợt thi đua chào mừng Ngày Nhà giáo Việt Nam."
            ),
            Img(
                "/image.axd?picture=/2026/11/dx-2011-2_thumb.jpg",
                "Các tiết mục văn nghệ chào mừng do học sinh nhà trường biểu diễn",
                "Các tiết mục văn nghệ chào mừng do học sinh nhà trường biểu diễn",
                "wlw",
            ),
            Raw(RIGHT + "<strong>Nguyễn Thị Lan</strong> - <em>Giáo viên Trường THCS Đỗ Xuyên</em></p>"),
        ],
        authors=["Nguyễn Thị Lan"],
        photographers=["Minh Tuấn"],
        opts={
            "key": "a06",
            "guid": "71a8c4e3-0f2d-4a6b-8d59-c3e7b2a1f016",
            "dt": _dtm("2026-11-20 09:30"),
            "updated": "23/11/2026 10:05:00 SA",
            "cats": ["thcs"],
            "tags": ["20-11"],
            "account": "pgdthanhba",
            "comments": [
                ("Cựu học sinh khóa 2010 - 2014", "21/11/2026 9:12:05 CH",
                 "Kính chúc các thầy cô Trường THCS Đỗ Xuyên luôn mạnh khỏe, hạnh phúc!"),
            ],
        },
    ),
    Story(
        id=7,
        slug="chuyen-de-day-hoc-tieng-viet-lop-2-cum-phia-bac",
        title="Chuyên đề dạy học môn Tiếng Việt lớp 2 theo Chương trình GDPT 2018 cụm trường phía Bắc",
        cat="Giáo dục Tiểu học",
        published_at="2026-11-18T06:30:00+07:00",
        blocks=[
            P(
                "Nhằm nâng cao chất lượng dạy học môn Tiếng Việt lớp 2, ngày 17/11/2026, Phòng GD&ĐT Thanh Ba "
                "tổ chức chuyên đề dạy học môn Tiếng Việt lớp 2 cho cụm trường phía Bắc tại Trường Tiểu học "
                "Đông Thành.",
                "word",
            ),
            P("Chuyên đề tập trung vào các nội dung chính:", "word"),
            P("Thiết kế và tổ chức các hoạt động dạy đọc hiểu văn bản theo hướng phát triển năng lực;", "mso"),
            P("Rèn kỹ năng viết đoạn văn ngắn cho học sinh lớp 2;", "mso"),
            P("Sử dụng hiệu quả sách giáo khoa, đồ dùng dạy học và học liệu điện tử.", "mso"),
            P(
                "Hai tiết dạy minh họa do cô Phạm Thị Hương và cô Nguyễn Thu Hà thực hiện đã thể hiện rõ "
                "tinh thần đổi mới, học sinh được hoạt động tích cực, hứng thú. Qua thảo luận, các đại biểu "
                "thống nhất một số lưu ý:",
                "word",
            ),
            P(
                "- Giáo viên cần linh hoạt trong việc lựa chọn phương pháp, kỹ thuật dạy học phù hợp với đối "
                "tượng học sinh;",
                "word",
            ),
            P(
                "- Tăng cường cho học sinh đọc mở rộng, đọc sách tại thư viện trường, thư viện lớp.",
                "word",
            ),
            Img(
                "/image.axd?picture=/2026/11/chuyende-tv2.jpg",
                "Quang cảnh buổi sinh hoạt chuyên đề",
                "Quang cảnh buổi sinh hoạt chuyên đề",
                "c-em",
            ),
            P(
                "Chuyên đề là dịp để cán bộ quản lý, giáo viên các nhà trường trao đổi, tháo gỡ những khó "
                "khăn, vướng mắc trong quá trình thực hiện chương trình, sách giáo khoa lớp 2.",
                "word",
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
                "style=\"font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif\">Tổ Chuyên môn "
                "Tiểu học<o:p></o:p></span></b></p>"
            ),
        ],
        authors=["Tổ Chuyên môn Tiểu học"],
        opts={
            "key": "a07",
            "guid": "a2f6d893-4e1c-4b07-96d8-2b5c9e0f3a17",
            "dt": _dtm("2026-11-18 06:30"),
            "url_day": _dt.date(2026, 11, 17),
            "cats": ["tieuhoc"],
            "tags": ["tiểu học"],
            "account": "pgdthanhba",
        },
    ),
    Story(
        id=8,
        slug="Tập-huấn-chuyển-đổi-số-trong-quản-lý-trường-học-năm-2026",
        title="Tập huấn chuyển đổi số trong quản lý trường học năm 2026",
        cat="Tin hoạt động",
        published_at="2026-11-12T14:05:00+07:00",
        summary=(
            "Trong hai ngày 10 và 11/11/2026, Phòng GD&ĐT Thanh Ba tổ chức tập huấn chuyển đổi số trong "
            "quản lý trường học cho hơn 150 cán bộ quản lý, nhân viên văn phòng các trường mầm non, tiểu "
            "học và THCS trên địa bàn huyện."
        ),
        blocks=[
            P(
                "Trong hai ngày 10 và 11/11/2026, Phòng GD&ĐT Thanh Ba tổ chức tập huấn chuyển đổi số trong "
                "quản lý trường học cho hơn 150 cán bộ quản lý, nhân viên văn phòng các trường mầm non, tiểu "
                "học và THCS trên địa bàn huyện.",
                "lead",
            ),
            P(
                "Tại lớp tập huấn, học viên được hướng dẫn khai thác, sử dụng phần mềm quản lý học bạ số, sổ "
                "điểm điện tử, cơ sở dữ liệu ngành giáo dục và quy trình ký số văn bản trên Hệ thống quản lý "
                "văn bản và điều hành của tỉnh."
            ),
            Img(
                "/image.axd?picture=/2026/11/taphuan-cds.jpg",
                "Học viên thực hành ký số văn bản tại lớp tập huấn",
                "Học viên thực hành ký số văn bản tại lớp tập huấn",
                "c-em",
            ),
            P("Một số yêu cầu đặt ra", "h"),
            P(
                "Phòng GD&ĐT yêu cầu 100% các nhà trường triển khai học bạ số đối với học sinh lớp 1, lớp 2, "
                "lớp 6 và lớp 7 ngay từ học kỳ I năm học 2026 - 2027; hoàn thành việc cập nhật dữ liệu trước "
                "ngày 25/12/2026."
            ),
            P(
                "Đồng thời, các đơn vị phân công cán bộ phụ trách công nghệ thông tin, bảo đảm an toàn, bảo "
                "mật thông tin và dữ liệu cá nhân của học sinh theo quy định."
            ),
            Raw(RIGHT + "<strong>ThS. Đinh Quang Huy</strong> - Chuyên viên Phòng GD&amp;ĐT</p>"),
        ],
        authors=["Đinh Quang Huy"],
        opts={
            "key": "a08",
            "guid": "e4b1a7c9-3d6f-4e28-b0a5-8c2d7f1e9b18",
            "dt": _dtm("2026-11-12 14:05"),
            "cats": ["tinhd"],
            "tags": ["chuyển đổi số"],
            "account": "pgdthanhba",
        },
    ),
    Story(
        id=9,
        slug="kiem-tra-cong-tac-nuoi-duong-cham-soc-tre-mam-non-ngoai-cong-lap",
        title="Kiểm tra công tác nuôi dưỡng, chăm sóc trẻ tại các cơ sở giáo dục mầm non ngoài công lập",
        cat="Giáo dục Mầm non",
        published_at="2026-11-05T10:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 02/11 đến ngày 04/11/2026, đoàn kiểm tra liên ngành gồm Phòng GD&ĐT, Phòng Y tế và "
                "Trung tâm Y tế huyện Thanh Ba đã tiến hành kiểm tra công tác nuôi dưỡng, chăm sóc, giáo dục "
                "trẻ tại 9 nhóm trẻ, lớp mẫu giáo độc lập tư thục trên địa bàn huyện."
            ),
            P(
                "Nội dung kiểm tra gồm: điều kiện cơ sở vật chất, hồ sơ cấp phép hoạt động, bảo đảm an toàn "
                "thực phẩm, quy trình chế biến, lưu mẫu thức ăn và trình độ chuyên môn của người chăm sóc trẻ."
            ),
            Img(
                "/image.axd?picture=/2026/11/kt-mn-ngoaicl.jpg",
                "Đoàn kiểm tra làm việc tại nhóm trẻ Hoa Mai, thị trấn Thanh Ba",
                "Đoàn kiểm tra làm việc tại nhóm trẻ Hoa Mai, thị trấn Thanh Ba",
                "c-table",
            ),
            P(
                "Qua kiểm tra, phần lớn các cơ sở đã cơ bản đáp ứng yêu cầu; tuy nhiên vẫn còn 2 nhóm trẻ "
                "chưa bảo đảm diện tích phòng sinh hoạt chung theo quy định. Đoàn đã yêu cầu các cơ sở khắc "
                "phục tồn tại trước ngày 30/11/2026."
            ),
            Raw(RIGHT + "<strong>Tin: Lê Thị Hoa - Ảnh: Nguyễn Văn Phúc</strong></p>"),
        ],
        authors=["Lê Thị Hoa"],
        photographers=["Nguyễn Văn Phúc"],
        opts={
            "key": "a09",
            "guid": "1b7e0d4f-a9c2-4f51-8e63-d5a0b4c7e219",
            "dt": _dtm("2026-11-05 10:00"),
            "cats": ["mamnon"],
            "tags": ["mầm non"],
            "account": "pgdthanhba",
            "comments": [
                ("Nguyễn Thị Thảo", "06/11/2026 12:40:33 CH",
                 "Đề nghị Phòng công khai danh sách các nhóm trẻ đủ điều kiện hoạt động để phụ huynh yên "
                 "tâm gửi con."),
            ],
        },
    ),
    Story(
        id=10,
        slug="hoi-thao-nang-cao-chat-luong-day-hoc-tieng-anh-thcs",
        title="Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh cấp THCS",
        cat="Tin hoạt động",
        published_at="2026-10-30T16:45:00+07:00",
        summary=(
            "Ngày 29/10/2026, tại Trường THCS Thị trấn Thanh Ba, Phòng GD&ĐT tổ chức hội thảo “Nâng cao "
            "chất lượng dạy học môn Tiếng Anh cấp THCS” với sự tham gia của 48 giáo viên Tiếng Anh trong "
            "toàn huyện."
        ),
        blocks=[
            P(
                "Ngày 29/10/2026, tại Trường THCS Thị trấn Thanh Ba, Phòng GD&ĐT tổ chức hội thảo “Nâng cao "
                "chất lượng dạy học môn Tiếng Anh cấp THCS” với sự tham gia của 48 giáo viên Tiếng Anh trong "
                "toàn huyện.",
                "lead",
            ),
            Raw(MORE),
            P(
                "Các tham luận tập trung vào giải pháp phát triển kỹ năng nghe, nói cho học sinh; ứng dụng "
                "trí tuệ nhân tạo trong thiết kế bài học; tổ chức câu lạc bộ Tiếng Anh và các hoạt động giao "
                "lưu ngoại khóa."
            ),
            Img(
                "/image.axd?picture=/2026/10/hoithao-tienganh.jpg",
                "Cô Trần Thu Phương chia sẻ kinh nghiệm tổ chức câu lạc bộ Tiếng Anh",
                "Cô Trần Thu Phương chia sẻ kinh nghiệm tổ chức câu lạc bộ Tiếng Anh",
                "c-em",
            ),
            P(
                "Kết quả khảo sát đầu năm cho thấy điểm trung bình môn Tiếng Anh lớp 9 của huyện mới đạt "
                "5,8 điểm, thấp hơn mức trung bình chung của tỉnh.[1] Vì vậy, việc đổi mới phương pháp dạy "
                "học bộ môn là yêu cầu cấp thiết."
            ),
            P(
                "Phát biểu kết luận hội thảo, lãnh đạo Phòng GD&ĐT đề nghị các nhà trường tiếp tục bồi dưỡng "
                "năng lực cho giáo viên, tăng cường sinh hoạt chuyên môn theo nghiên cứu bài học."
            ),
            Raw(RIGHT + "<strong>Bộ phận chuyên môn THCS</strong></p>\n<hr />"),
            P("Chú thích:", "note"),
            P(
                "[1] Theo số liệu khảo sát chất lượng đầu năm học 2026 - 2027 của Sở GD&ĐT Phú Thọ.",
                "note",
            ),
        ],
        authors=["Bộ phận chuyên môn THCS"],
        opts={
            "key": "a10",
            "guid": "8c3f5b2a-6e9d-4a17-b2c4-0f1e8d7a6b20",
            "dt": _dtm("2026-10-30 16:45"),
            "cats": ["tinhd", "thcs"],
            "tags": [],
            "account": "pgdthanhba",
        },
    ),
    Story(
        id=11,
        slug="cong-doan-nganh-giao-duc-ky-niem-ngay-phu-nu-viet-nam-20-10",
        title="Công đoàn ngành Giáo dục Thanh Ba tổ chức các hoạt động kỷ niệm Ngày Phụ nữ Việt Nam 20/10",
        cat="Tin hoạt động",
        published_at="2026-10-20T08:15:00+07:00",
        blocks=[
            P(
                "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), "
                "Công đoàn ngành Giáo dục huyện Thanh Ba đã phát động và tổ chức nhiều hoạt động thiết thực, "
                "ý nghĩa."
            ),
            P(
                "Các công đoàn cơ sở tổ chức gặp mặt, tặng hoa chúc mừng nữ cán bộ, giáo viên, nhân viên; tổ "
                "chức hội thi cắm hoa nghệ thuật, giao lưu thể thao và các buổi nói chuyện chuyên đề về sức "
                "khỏe phụ nữ, hạnh phúc gia đình."
            ),
            Img(
                "/image.axd?picture=/2026/10/camhoa-mn-thanhha.jpg",
                "Hội thi cắm hoa nghệ thuật tại Trường Mầm non Thanh Hà",
                "Hội thi cắm hoa nghệ thuật tại Trường Mầm non Thanh Hà",
                "c-em",
            ),
            P(
                "Dịp này, Công đoàn ngành đã thăm hỏi, tặng quà 15 nữ đoàn viên có hoàn cảnh khó khăn với "
                "tổng số tiền 22,5 triệu đồng."
            ),
            Raw(RIGHT + "<strong>Cao Thị Ngọc Ánh</strong></p>"),
        ],
        authors=["Cao Thị Ngọc Ánh"],
        opts={
            "key": "a11",
            "guid": "2d9e6f13-b5a8-4c30-9f7e-a6c1d0b3e821",
            "dt": _dtm("2026-10-20 08:15"),
            "cats": ["tinhd"],
            "tags": [],
            "account": "admin",
        },
    ),
    Story(
        id=12,
        slug="Chuyên-đề-dạy-học-môn-Toán-lớp-4-cụm-trường-phía-Nam",
        title="Chuyên đề dạy học môn Toán lớp 4 cụm trường phía Nam",
        cat="Giáo dục Tiểu học",
        published_at="2026-10-14T15:00:00+07:00",
        blocks=[
            P(
                "Chiều ngày 13/10/2026, tại Trường Tiểu học Vũ Yển, Phòng GD&ĐT Thanh Ba tổ chức chuyên đề "
                "dạy học môn Toán lớp 4 cho giáo viên các trường cụm phía Nam."
            ),
            P(
                "Tiết dạy minh họa bài “Hai đường thẳng song song” do thầy Lê Đức Mạnh thực hiện đã giúp học "
                "sinh tự khám phá kiến thức thông qua các hoạt động đo, vẽ, gấp giấy và trò chơi học tập."
            ),
            Img(
                "/image.axd?picture=/2026/10/toan4-vuyen.jpg",
                "Học sinh lớp 4A Trường Tiểu học Vũ Yển thực hành vẽ hai đường thẳng song song",
                "Học sinh lớp 4A Trường Tiểu học Vũ Yển thực hành vẽ hai đường thẳng song song",
                "c-em",
            ),
            P(
                "Các ý kiến thảo luận thống nhất: cần tăng cường hoạt động thực hành, trải nghiệm; chú trọng "
                "rèn kỹ năng giải quyết vấn đề và khả năng diễn đạt bằng lời của học sinh trong giờ học Toán."
            ),
            Raw(RIGHT + "<strong>Tin, ảnh: Vũ Thị Phượng</strong> (Trường TH Vũ Yển)</p>"),
        ],
        authors=["Vũ Thị Phượng"],
        photographers=["Vũ Thị Phượng"],
        opts={
            "key": "a12",
            "guid": "f5c0a8e7-1b3d-4e69-a4f2-9d8c7b6a5e22",
            "dt": _dtm("2026-10-14 15:00"),
            "cats": ["tieuhoc"],
            "tags": [],
            "account": "pgdthanhba",
            "entities": 1,
        },
    ),
    Story(
        id=13,
        slug="khai-mac-hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027",
        title="Khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027",
        cat="Tin hoạt động",
        published_at="2026-10-08T09:00:00+07:00",
        summary=(
            "Sáng 07/10/2026, tại Sân vận động trung tâm huyện, Phòng GD&ĐT Thanh Ba phối hợp với Phòng "
            "Văn hóa - Thông tin tổ chức khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027."
        ),
        blocks=[
            P(
                "Sáng 07/10/2026, tại Sân vận động trung tâm huyện, Phòng GD&ĐT Thanh Ba phối hợp với Phòng "
                "Văn hóa - Thông tin tổ chức khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027.",
                "lead",
            ),
            P(
                "Tham gia Hội khỏe có hơn 900 vận động viên là học sinh tiểu học và THCS của 36 trường, tranh "
                "tài ở 8 môn: điền kinh, bơi lội, cầu lông, bóng bàn, cờ vua, đá cầu, bóng đá và kéo co."
            ),
            Img(
                "/image.axd?picture=/2026/10/hkpd-khaimac.jpg",
                "Các đoàn vận động viên diễu hành qua lễ đài",
                "Các đoàn vận động viên diễu hành qua lễ đài",
                "c-em",
            ),
            P(
                "Hội khỏe Phù Đổng là dịp để phát hiện, bồi dưỡng năng khiếu thể thao cho học sinh, đồng thời "
                "tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng tỉnh Phú Thọ lần thứ XI năm 2027."
            ),
            P("Hội khỏe diễn ra đến hết ngày 12/10/2026."),
            Raw(RIGHT + "<em>Người viết: <strong>Đặng Văn Khôi</strong></em></p>"),
        ],
        authors=["Đặng Văn Khôi"],
        opts={
            "key": "a13",
            "guid": "9a1b2c3d-4e5f-4061-8273-94a5b6c7d823",
            "dt": _dtm("2026-10-08 09:00"),
            "cats": ["tinhd"],
            "tags": [],
            "account": "admin",
        },
    ),
]

# posts on the same template that are not articles (their "gold" fields are never read)
OTHER_POSTS: list[Story] = [
    Story(
        id=14,
        slug="cong-van-1156-pgddt-thcs-huong-dan-dang-ky-thi-hsg-lop-9",
        title=(
            "Công văn số 1156/PGDĐT-THCS về việc hướng dẫn đăng ký dự thi chọn học sinh giỏi lớp 9 cấp "
            "huyện năm học 2026 - 2027"
        ),
        cat="Văn bản",
        published_at="2026-11-27",
        blocks=[
            Raw(
                '<table style="width: 100%; border-collapse: collapse;" border="1" cellpadding="4">'
                "<tbody>"
                "<tr><td style=\"width: 25%;\"><strong>Số/Ký hiệu</strong></td><td>1156/PGDĐT-THCS</td></tr>"
                "<tr><td><strong>Ngày ban hành</strong></td><td>26/11/2026</td></tr>"
                "<tr><td><strong>Loại văn bản</strong></td><td>Công văn</td></tr>"
                "<tr><td><strong>Trích yếu</strong></td><td>V/v hướng dẫn đăng ký dự thi chọn học sinh giỏi "
                "lớp 9 cấp huyện năm học 2026 - 2027</td></tr>"
                "<tr><td><strong>Người ký</strong></td><td>Nguyễn Văn Hùng</td></tr>"
                "<tr><td><strong>Tệp đính kèm</strong></td><td><a href=\"/file.axd?file=/2026/11/"
                "CV1156-PGDDT-THCS.pdf\">CV1156-PGDDT-THCS.pdf</a> (312,5 KB)</td></tr>"
                "</tbody></table>"
            ),
        ],
        opts={
            "key": "n01",
            "guid": "6f5e4d3c-2b1a-4098-8765-43210fedcb31",
            "dt": _dtm("2026-11-27 07:50"),
            "cats": ["vanban"],
            "tags": ["HSG"],
            "account": "admin",
            "closed": True,
        },
    ),
    Story(
        id=15,
        slug="album-anh-ky-niem-ngay-nha-giao-viet-nam-20-11-2026",
        title="Album ảnh: Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11 tại các nhà trường",
        cat="Thư viện ảnh - video",
        published_at="2026-11-21T17:10:00+07:00",
        blocks=[
            Raw('<p style="text-align: center;"><em>Một số hình ảnh do các nhà trường gửi về.</em></p>'),
            *[
                Raw(
                    '<p style="text-align: center;"><img src="/image.axd?picture=/2026/11/album-2011-'
                    f'{n:02d}.jpg" alt="album-2011-{n:02d}" width="640" /></p>'
                )
                for n in range(1, 7)
            ],
        ],
        opts={
            "key": "n02",
            "guid": "c0ffee12-3456-4789-abcd-ef0123456732",
            "dt": _dtm("2026-11-21 17:10"),
            "cats": ["thuvien"],
            "tags": ["20-11"],
            "account": "pgdthanhba",
        },
    ),
    Story(
        id=16,
        slug="video-tiet-muc-mua-co-giao-em-chao-mung-20-10",
        title="Video: Tiết mục múa “Cô giáo em” chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat="Thư viện ảnh - video",
        published_at="2026-10-26T10:20:00+07:00",
        blocks=[
            Raw(
                '<p style="text-align: center;"><iframe width="640" height="360" '
                'src="https://www.youtube.com/embed/Xq3vB7mT2kE" frameborder="0" allowfullscreen></iframe></p>'
                '<p style="text-align: center;"><em>Tiết mục của tập thể giáo viên Trường Mầm non '
                "Thanh Hà.</em></p>"
            ),
        ],
        opts={
            "key": "n03",
            "guid": "deadbeef-0b1c-4d2e-8f3a-4b5c6d7e8f33",
            "dt": _dtm("2026-10-26 10:20"),
            "cats": ["thuvien"],
            "tags": [],
            "account": "pgdthanhba",
        },
    ),
]

ALL_POSTS: list[Story] = sorted(STORIES + OTHER_POSTS, key=lambda s: s.opts["dt"], reverse=True)
BY_KEY = {s.opts["key"]: s for s in ALL_POSTS}

# the "Xem nhiều nhất" plugin (links by GUID)
MOST_VIEWED = [("a06", 2417), ("a01", 1986), ("a08", 1532), ("a03", 1204)]

# static pages (BlogEngine "pages")
PAGES = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        """<p>Phòng Giáo dục và Đào tạo huyện Thanh Ba là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện,
có chức năng tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo
trên địa bàn huyện.</p>
<p>Toàn huyện hiện có 24 trường mầm non, 21 trường tiểu học, 15 trường trung học cơ sở với hơn
26.000 học sinh và trên 1.900 cán bộ, giáo viên, nhân viên.</p>
<p>Năm học 2025 - 2026, ngành Giáo dục huyện được UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc
trong thực hiện nhiệm vụ năm học.</p>""",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        """<table border="1" cellpadding="5" style="border-collapse: collapse; width: 100%;"><tbody>
<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>Trần Quốc Khánh</td><td>Trưởng phòng</td><td>0912.345.678</td></tr>
<tr><td>Nguyễn Văn Hùng</td><td>Phó Trưởng phòng</td><td>0983.221.456</td></tr>
<tr><td>Lê Thị Thanh Bình</td><td>Phó Trưởng phòng</td><td>0915.778.902</td></tr>
<tr><td>Đinh Quang Huy</td><td>Chuyên viên</td><td>0968.103.557</td></tr>
</tbody></table>
<p>Bộ phận chuyên môn gồm: Mầm non, Tiểu học, THCS, Tổ chức cán bộ, Kế hoạch - Tài chính, Khảo thí
và kiểm định chất lượng.</p>""",
    ),
}


# --- gold ----------------------------------------------------------------------------------


def post_date_path(story: Story) -> str:
    day = story.opts.get("url_day") or story.opts["dt"].date()
    return f"/post/{day:%Y/%m/%d}/{quote(story.slug)}"


def post_aspx_path(story: Story) -> str:
    return f"/post/{quote(story.slug)}.aspx"


def post_guid_target(story: Story) -> str:
    return f"/post.aspx?id={story.opts['guid']}"


GOLD = [
    gold_record(
        s,
        post_date_path(s),
        s.cat,
        canonical_path=post_date_path(s),
        alt_paths=[post_aspx_path(s), post_guid_target(s)],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/page/gioi-thieu-chung",
    "/page/co-cau-to-chuc",
    "/contact.aspx",
    post_date_path(BY_KEY["n01"]),
    post_date_path(BY_KEY["n02"]),
    post_date_path(BY_KEY["n03"]),
]


# --- formatting as the .NET vi-VN culture prints -----------------------------------------


def vn_general(moment: _dt.datetime) -> str:
    """``DateTime.ToString()`` under vi-VN: "05/11/2026 10:00:00 SA"."""
    hour = moment.hour % 12 or 12
    return f"{moment:%d/%m/%Y} {hour}:{moment:%M:%S} {'SA' if moment.hour < 12 else 'CH'}"


def vn_long(moment: _dt.datetime) -> str:
    """``ToString("dd MMMM yyyy")`` under vi-VN: "04 Tháng Mười Hai 2026"."""
    return f"{moment.day:02d} {MONTHS[moment.month - 1]} {moment.year}"


def net_encode(value: str) -> str:
    """``HttpUtility.HtmlEncode`` of .NET 4: also writes U+00A0..U+00FF as ``&#NNN;``."""
    out = esc(value).replace("&#x27;", "&#39;")
    return "".join(f"&#{ord(c)};" if 160 <= ord(c) <= 255 else c for c in out)


def shown_title(story: Story) -> str:
    """The title as stored (NFD for the post typed in "Unicode tổ hợp"), HTML-encoded by .NET."""
    value = unicodedata.normalize("NFD", story.title) if story.opts.get("nfd") else story.title
    return net_encode(value)


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("entities", 0))


def _raw(story: Story, markup: str) -> str:
    if story.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    if story.opts.get("entities"):
        markup = entity_mix(markup, story.opts["entities"])
    return markup


# --- article markup (TinyMCE 4 / Live Writer / Word, as editors left it) ----------------------

WORD_SPAN = (
    '<span lang="VI" style="font-size:14.0pt;line-height:130%;'
    'font-family:&quot;Times New Roman&quot;,serif">'
)


def render_img(story: Story, img: Img) -> str:
    src = esc(img.src)
    cap = _t(story, img.printed) if img.printed else None
    if img.style == "c-table":
        out = (
            '<table class="tbl-anh" style="margin-left: auto; margin-right: auto;" border="0" '
            f'cellpadding="3" align="center">\n<tbody>\n<tr>\n<td><img src="{src}" alt="" width="560" '
            'height="373" /></td>\n</tr>\n'
        )
        if cap:
            out += (
                '<tr>\n<td style="text-align: center;"><span style="font-size: 10pt;">'
                f"<em>{cap}</em></span></td>\n</tr>\n"
            )
        return out + "</tbody>\n</table>"
    if img.style == "wlw":
        name = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        full = src.replace("_thumb", "")
        out = (
            f'<p style="text-align: center;"><a href="{full}"><img style="border: 0px currentcolor; '
            f'display: inline; background-image: none;" title="{esc(name)}" src="{src}" '
            f'alt="{esc(name)}" width="644" height="484" border="0" /></a>'
        )
        if cap:
            out += f'<br /><span style="font-size: 10pt;"><em>{cap}</em></span>'
        return out + "</p>"
    out = f'<p style="text-align: center;"><img src="{src}" alt="" width="600" /></p>'
    if cap:
        out += f'\n<p style="text-align: center;"><em>{cap}</em></p>'
    return out


def _para(story: Story, block: P) -> str:
    t = _t(story, block.text)
    style = block.style
    if style == "lead":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if style == "b":
        return f"<p><strong>{t}</strong></p>"
    if style == "h":
        return f"<h3>{t}</h3>"
    if style == "quote":
        return f'<blockquote>\n<p style="text-align: justify;"><em>{t}</em></p>\n</blockquote>'
    if style == "word":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
            f'line-height:130%">{WORD_SPAN}{t}<o:p></o:p></span></p>'
        )
    if style == "mso":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;mso-add-space:auto;'
            'text-align:justify;text-indent:-18.0pt;line-height:130%;mso-list:l0 level1 lfo1">'
            '<!--[if !supportLists]--><span lang="VI" style="font-size:14.0pt;line-height:130%;'
            'font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol">'
            '<span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
            f"{WORD_SPAN}{t}<o:p></o:p></span></p>"
        )
    if style == "doc":
        return f'<p style="text-align: justify; text-indent: 30px;">{t}</p>'
    if style == "note":
        return f'<p><span style="font-size: 10pt;"><em>{t}</em></span></p>'
    return f'<p style="text-align: justify;">{t}</p>'


def body_html(story: Story, *, cut: bool) -> tuple[str, bool]:
    """The post's content; with ``cut`` (post lists) only up to the ``[more]`` marker."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == MORE:
                if cut:
                    return "\n".join(out), True
                out.append('<a id="continue"></a>')
            else:
                out.append(_raw(story, b.html))
        elif isinstance(b, Img):
            out.append(render_img(story, b))
        elif b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            i -= 1
            if b.style == "li":
                out.append("<ul>\n" + "\n".join(f"<li>{_t(story, p.text)}</li>" for p in run) + "\n</ul>")
            else:
                rows = []
                for n, p in enumerate(run):
                    cells = [_t(story, c) for c in p.text.split(" | ")]
                    wrap = (lambda c: f"<strong>{c}</strong>") if n == 0 else (lambda c: c)
                    rows.append("<tr>" + "".join(f'<td style="padding: 3px;">{wrap(c)}</td>' for c in cells) + "</tr>")
                out.append(
                    '<table style="width: 100%; border-collapse: collapse;" border="1" cellspacing="0" '
                    'cellpadding="0">\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>"
                )
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align: justify;">{_t(story, b.text)}<br />{_t(story, nxt.text)}</p>')
            i += 1
        else:
            out.append(_para(story, b))
        i += 1
    return "\n".join(out), False


def description(story: Story) -> str:
    """BlogEngine's post description (meta description, related-posts excerpt)."""
    first = next((b.text for b in story.blocks if isinstance(b, P)), story.title)
    return first if len(first) <= 150 else first[:147].rsplit(" ", 1)[0] + "..."


# --- chrome ------------------------------------------------------------------------------

THEME = "/Custom/Themes/PGDThanhBa"


def _menu() -> str:
    def c(key: str) -> str:
        return f'<li><a href="{cat_path(key)}">{CATEGORIES[key]}</a></li>'

    return f"""<div id="menungang">
<ul class="mnu-cap1">
<li class="mnu-home"><a href="/">Trang chủ</a></li>
<li class="co-con"><a href="/page/gioi-thieu-chung">Giới thiệu</a>
<ul class="mnu-cap2">
<li><a href="/page/gioi-thieu-chung">Giới thiệu chung</a></li>
<li><a href="/page/co-cau-to-chuc">Cơ cấu tổ chức</a></li>
</ul></li>
<li class="co-con"><a href="{cat_path("tinhd")}">Tin tức</a>
<ul class="mnu-cap2">
{c("tinhd")}
{c("thongbao")}
</ul></li>
<li class="co-con"><a href="javascript:void(0);">Chuyên môn</a>
<ul class="mnu-cap2">
{c("mamnon")}
{c("tieuhoc")}
{c("thcs")}
</ul></li>
<li><a href="{cat_path("vanban")}">Văn bản</a></li>
<li><a href="{cat_path("thuvien")}">Thư viện ảnh - video</a></li>
<li><a href="/contact.aspx">Liên hệ</a></li>
</ul>
<div class="o-timkiem"><input type="text" id="searchfield" value="Tìm kiếm..." onfocus="BlogEngine.searchClear('Tìm kiếm...')" onkeypress="if(event.keyCode==13){{BlogEngine.search('/');return false;}}" />
<input type="button" value="Tìm" id="searchbutton" onclick="BlogEngine.search('/');" /></div>
</div>"""


def _widgets() -> str:
    recent = "\n".join(
        f'<li><a href="{post_date_path(s)}">{shown_title(s)}</a></li>' for s in ALL_POSTS[:5]
    )
    viewed = "\n".join(
        f'<li><a href="{post_guid_target(BY_KEY[k])}">{shown_title(BY_KEY[k])}</a> '
        f'<span class="luotxem">({n:,} lượt xem)</span></li>'.replace(",", ".")
        for k, n in MOST_VIEWED
    )
    counts = {k: sum(k in s.opts["cats"] for s in ALL_POSTS) for k in CATEGORIES}
    cats = "\n".join(
        f'<li><a href="{cat_path(k)}" title="Chuyên mục: {name}">{name} ({counts[k]})</a></li>'
        for k, name in CATEGORIES.items()
    )
    sizes = ["biggest", "big", "medium", "small", "medium", "smallest"]
    tags = "\n".join(
        f'<li><a href="{tag_target(t)}" class="{sizes[n]}" title="Từ khóa: {t}">{t}</a></li>'
        for n, t in enumerate(TAGS)
    )
    return f"""<div id="widgetzone_be_WIDGET_ZONE" class="widgetzone">
<div class="widget recentposts" id="widget7c2f0a91-4b3e-4d6f-a812-3c5e9b0d7f41">
<h4 class="widget-header">Bài viết mới</h4>
<div class="widget-content"><ul id="recentPosts" class="recentPosts">
{recent}
</ul></div></div>
<div class="widget mostviewed" id="widget0a1d2e3f-5b6c-4d7e-8f90-a1b2c3d4e542">
<h4 class="widget-header">Xem nhiều nhất</h4>
<div class="widget-content"><ol class="xemnhieu">
{viewed}
</ol></div></div>
<div class="widget categorylist" id="widgete8f7d6c5-b4a3-4921-8f7e-6d5c4b3a2943">
<h4 class="widget-header">Chuyên mục</h4>
<div class="widget-content"><ul id="categorylist">
{cats}
</ul></div></div>
<div class="widget tagcloud" id="widget5d4c3b2a-1f0e-4d9c-8b7a-695847362544">
<h4 class="widget-header">Từ khóa</h4>
<div class="widget-content"><ul>
{tags}
</ul></div></div>
<div class="widget poll" id="widget13579bdf-2468-4ace-9bdf-13579bdf2445">
<h4 class="widget-header">Thăm dò ý kiến</h4>
<div class="widget-content"><p class="cauhoi">Bạn đánh giá thế nào về trang thông tin điện tử của Phòng GD&amp;ĐT?</p>
<input type="radio" name="bc" id="bc1" value="1" /><label for="bc1">Rất hữu ích</label><br />
<input type="radio" name="bc" id="bc2" value="2" /><label for="bc2">Hữu ích</label><br />
<input type="radio" name="bc" id="bc3" value="3" /><label for="bc3">Cần cải tiến thêm</label><br />
<input type="button" value="Bình chọn" onclick="PollVote('13579bdf');return false;" /> <a href="javascript:PollResult('13579bdf');">Xem kết quả</a></div></div>
<div class="widget linklist" id="widget2468ace0-1357-4bdf-9ace-02468ace0246">
<h4 class="widget-header">Liên kết website</h4>
<div class="widget-content"><select onchange="if(this.value!='')window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://phutho.edu.vn">Sở GD&amp;ĐT Phú Thọ</option>
<option value="https://thanhba.phutho.gov.vn">Cổng TTĐT huyện Thanh Ba</option>
</select>
<p><a href="https://www.facebook.com/pgdthanhba" target="_blank" rel="nofollow"><img src="/pics/facebook-page.png" alt="Fanpage Phòng GD&amp;ĐT" /></a></p></div></div>
<div class="widget textbox" id="widget97531eca-8642-4db9-a753-1eca86420b47">
<h4 class="widget-header">Thông báo</h4>
<div class="widget-content"><p><strong>Lịch tiếp công dân:</strong> Sáng thứ Năm hằng tuần tại trụ sở Phòng GD&amp;ĐT.</p>
<p>Các đơn vị gửi báo cáo qua hệ thống quản lý văn bản điều hành, không gửi qua thư điện tử.</p></div></div>
<div class="widget textbox" id="widget86420bdf-9753-4ace-8642-0bdf97531d48">
<h4 class="widget-header">Thống kê truy cập</h4>
<div class="widget-content"><table class="thongke"><tr><td>Đang online:</td><td>27</td></tr>
<tr><td>Hôm nay:</td><td>412</td></tr><tr><td>Tháng này:</td><td>3.186</td></tr>
<tr><td>Tổng truy cập:</td><td>1.538.206</td></tr></table></div></div>
</div>"""


def layout(
    request: Request,
    *,
    title: str,
    main: str,
    action: str,
    canonical: str | None = None,
    meta_description: str | None = None,
) -> Response:
    head_extra = ""
    if canonical:
        head_extra += f'<link rel="canonical" href="{base_url(request)}{canonical}" />\n'
    if meta_description:
        head_extra += f'<meta name="description" content="{esc(meta_description)}" />\n'
    state = opaque(action, 180, b"\xff\x01")
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head id="ctl00_Head1"><meta http-equiv="content-type" content="text/html; charset=utf-8" />
<title>{title} | {net_encode(SITE_NAME)}</title>
<link rel="stylesheet" href="{THEME}/css/style.css" type="text/css" />
<link rel="shortcut icon" href="/pics/blogengine.ico" type="image/x-icon" />
<meta name="generator" content="BlogEngine.NET 3.3.8.0" />
<meta name="keywords" content="phòng giáo dục, thanh ba, phú thọ, giáo dục mầm non, tiểu học, THCS" />
{head_extra}<link type="application/rss+xml" rel="alternate" title="{net_encode(SITE_NAME)}" href="/syndication.axd" />
<link type="application/rsd+xml" rel="edituri" title="RSD" href="/rsd.axd" />
<script type="text/javascript" src="/Scripts/Auto/01-jquery-1.9.1.min.js"></script>
<script type="text/javascript" src="/Scripts/Auto/blog.js"></script>
</head>
<body class="ltr">
<form method="post" action="{esc(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}" />
</div>
<div id="wrap-tong">
<div id="top-bar"><span class="ngay-hom-nay">{TODAY_LINE}</span>
<span class="lienket-top"><a href="/syndication.axd"><img src="/pics/rssButton.png" alt="RSS" /> RSS</a> | <a href="/Account/login.aspx" rel="nofollow">Đăng nhập</a></span></div>
<div id="banner"><a href="/"><img src="{THEME}/img/logo-pgd.png" alt="Logo Phòng GD&amp;ĐT Thanh Ba" class="logo" /></a>
<h1 class="ten-don-vi">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN THANH BA</h1>
<p class="khau-hieu">Dạy tốt - Học tốt - Đổi mới - Sáng tạo</p></div>
{_menu()}
<div id="chay-chu"><marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">Nhiệt liệt chào mừng 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)!</marquee></div>
<div id="noidung-chinh">
<div id="cot-trai">
{main}
</div>
<div id="cot-phai">
{_widgets()}
</div>
<div class="clear"></div>
</div>
<div id="chan-trang">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN THANH BA</strong></p>
<p>Địa chỉ: Khu 5, thị trấn Thanh Ba, huyện Thanh Ba, tỉnh Phú Thọ</p>
<p>Điện thoại: 0210.3885.123 - Email: <a href="mailto:pgdthanhba@phutho.edu.vn">pgdthanhba@phutho.edu.vn</a></p>
<p>Chịu trách nhiệm nội dung: Trưởng phòng Trần Quốc Khánh</p>
<p class="banquyen">&copy; 2019 - 2026 Phòng GD&amp;ĐT Thanh Ba. Ghi rõ nguồn khi phát hành lại thông tin từ website này. Powered by <a href="https://blogengine.io" rel="nofollow">BlogEngine.NET</a> 3.3.8.0 | Thiết kế: Công ty TNHH Tin học Hùng Vương</p>
</div>
</div>
</form>
</body>
</html>"""
    return html(page)


def crumbs(*items: tuple[str | None, str]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for href, label in items:
        parts.append(f'<a href="{href}">{label}</a>' if href else f"<span>{label}</span>")
    return '<div class="duong-dan">' + " &rsaquo; ".join(parts) + "</div>"


def _cat_links(story: Story) -> str:
    return ", ".join(f'<a href="{cat_path(k)}">{CATEGORIES[k]}</a>' for k in story.opts["cats"])


def _tag_line(story: Story) -> str:
    tags = story.opts.get("tags") or []
    if not tags:
        return ""
    links = ", ".join(f'<a rel="tag" href="{tag_target(t)}">{t}</a>' for t in tags)
    return f'<p class="bv-tags">Từ khóa: {links}</p>'


# --- pages --------------------------------------------------------------------------------


def post_page(request: Request, story: Story, action: str) -> Response:
    dt = story.opts["dt"]
    body, _ = body_html(story, cut=False)
    first_cat = story.opts["cats"][0]
    info = [
        f'<span class="bv-ngay" title="Ngày đăng">{vn_general(dt)}</span>',
        f'<span class="bv-nd">Người đăng: {story.opts["account"]}</span>',
    ]
    if story.opts.get("updated"):
        info.append(f'<span class="bv-capnhat">Cập nhật lần cuối: {story.opts["updated"]}</span>')
    info.append(f'<span class="bv-cm">Chuyên mục: {_cat_links(story)}</span>')
    info.append(f'<span class="bv-xem">Lượt xem: {story.views()}</span>')
    comments = story.opts.get("comments") or []
    link = base_url(request) + post_date_path(story)
    related = ""
    if story.opts.get("related"):
        items = "\n".join(
            f'<div><a href="{post_aspx_path(BY_KEY[k])}">{shown_title(BY_KEY[k])}</a>'
            f"<span>{esc(description(BY_KEY[k]))}</span></div>"
            for k in story.opts["related"]
        )
        related = f'<div id="relatedPosts">\n<p class="tieude-lienquan">Bài viết liên quan</p>\n{items}\n</div>'
    others = "\n".join(
        f'<li><a href="{post_date_path(s)}">{shown_title(s)}</a> <span class="ngay">({s.opts["dt"]:%d/%m/%Y})</span></li>'
        for s in [s for s in ALL_POSTS if s is not story][:5]
    )
    if comments:
        items = "\n".join(
            f'<div id="id_{story.opts["guid"][:8]}{n}" class="vcard comment">\n'
            f'<p class="date">{when}</p>\n<p class="gravatar"><img src="/pics/noavatar.jpg" alt="{esc(name)}" width="28" /></p>\n'
            f'<p class="content">{esc(said)}</p>\n<p class="author"><span class="fn">{esc(name)}</span></p>\n</div>'
            for n, (name, when, said) in enumerate(comments)
        )
        comment_list = f'<h3 id="comment">Bình luận ({len(comments)})</h3>\n{items}'
    else:
        comment_list = '<h3 id="comment">Bình luận (0)</h3>\n<p class="chua-bl">Chưa có bình luận nào.</p>'
    if story.opts.get("closed"):
        form = '<p class="bl-dong">Chức năng bình luận đã đóng đối với bài viết này.</p>'
    else:
        form = """<div id="comment-form"><h3 id="addcomment">Gửi bình luận</h3>
<p><label for="txtName">Họ tên*</label> <input type="text" id="txtName" name="txtName" /></p>
<p><label for="txtEmail">Email*</label> <input type="text" id="txtEmail" name="txtEmail" /></p>
<p><textarea id="txtContent" name="txtContent" cols="50" rows="6"></textarea></p>
<p><input type="button" id="btnSaveAjax" value="Gửi bình luận" onclick="return BlogEngine.validateAndSubmitCommentForm()" /></p></div>"""
    main = f"""{crumbs((cat_path(first_cat), CATEGORIES[first_cat]))}
<div class="post xfolkentry" id="post0">
<h2 class="tieude-bv"><a href="{post_date_path(story)}" class="taggedlink">{shown_title(story)}</a></h2>
<div class="bv-tt">{" | ".join(info)}</div>
<div class="noidung-bv text">
{body}
</div>
<div class="bv-duoi">
{_tag_line(story)}
<div class="bv-chiase"><a href="https://www.facebook.com/sharer/sharer.php?u={quote(link, safe="")}" target="_blank" rel="nofollow"><img src="/pics/share-facebook.png" alt="Chia sẻ Facebook" /></a>
<a href="https://sp.zalo.me/share_inline?url={quote(link, safe="")}" target="_blank" rel="nofollow"><img src="/pics/share-zalo.png" alt="Chia sẻ Zalo" /></a>
<a href="javascript:window.print();" rel="nofollow"><img src="/pics/print.gif" alt="In bài" /> In bài</a>
<a href="mailto:?subject={quote(story.title)}&amp;body={quote(link)}" rel="nofollow"><img src="/pics/mail.gif" alt="Gửi email" /> Gửi email</a></div>
<div class="bv-permalink">Liên kết cố định: <input type="text" readonly="readonly" size="60" value="{base_url(request)}{post_guid_target(story)}" onclick="this.select();" /></div>
</div>
</div>
{related}
<div id="tin-khac"><h3 class="tieude-tinkhac">Các tin khác</h3><ul>
{others}
</ul></div>
<div id="comment-list">
{comment_list}
</div>
{form}"""
    return layout(
        request,
        title=shown_title(story),
        main=main,
        action=action,
        canonical=post_date_path(story),
        meta_description=description(story),
    )


def list_page(
    request: Request,
    posts: list[Story],
    page: int,
    base: str,
    heading: str | None,
    trail: str,
    title: str,
) -> Response:
    chunk = posts[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    items = []
    for n, s in enumerate(chunk):
        body, was_cut = body_html(s, cut=True)
        more = (
            f'<p class="doc-tiep"><a class="more" href="{post_date_path(s)}#continue">Đọc tiếp &raquo;</a></p>'
            if was_cut
            else ""
        )
        ncomments = len(s.opts.get("comments") or [])
        items.append(
            f"""<div class="post xfolkentry" id="post{n}">
<h2 class="tieude-bv"><a href="{post_date_path(s)}" class="taggedlink">{shown_title(s)}</a></h2>
<div class="bv-tt"><span class="bv-ngay">{vn_long(s.opts["dt"])}</span> | <span class="bv-cm">Chuyên mục: {_cat_links(s)}</span> | <a rel="nofollow" href="{post_date_path(s)}#comment">({ncomments}) Bình luận</a></div>
<div class="noidung-bv text">
{body}
{more}
</div>
{_tag_line(s)}
</div>"""
        )
    if not chunk:
        items.append('<p class="khong-co">Không có bài viết nào.</p>')
    sep = "&amp;" if "?" in base else "?"
    nav = []
    if chunk and page * PAGE_SIZE < len(posts):
        nav.append(f'<a id="ctl00_cphBody_PostList1_hlPrev" class="nav-prev" href="{base}{sep}page={page + 1}">&laquo; Bài cũ hơn</a>')
    if page > 1 and chunk:
        newer = base if page == 2 else f"{base}{sep}page={page - 1}"
        nav.append(f'<a id="ctl00_cphBody_PostList1_hlNext" class="nav-next" href="{newer}">Bài mới hơn &raquo;</a>')
    head = f'<h2 class="tieude-trang">{heading}</h2>' if heading else ""
    main = f"""{trail}
{head}
<div id="ctl00_cphBody_PostList1_posts" class="posts">
{"".join(items)}
</div>
<div id="postPaging">{" ".join(nav)}</div>"""
    action = base.replace("&amp;", "&") + (f"{'&' if '?' in base else '?'}page={page}" if page > 1 else "")
    return layout(request, title=title, main=main, action=action)


def static_page(request: Request, slug: str) -> Response:
    heading, content = PAGES[slug]
    main = f"""{crumbs((None, heading))}
<div class="page" id="page{slug}">
<h2 class="tieude-bv">{heading}</h2>
<div class="noidung-bv text">
{content}
</div>
<div class="bv-chiase"><a href="javascript:window.print();" rel="nofollow"><img src="/pics/print.gif" alt="In" /> In trang</a></div>
</div>"""
    return layout(request, title=heading, main=main, action=f"/page/{slug}")


def contact_page(request: Request) -> Response:
    main = f"""{crumbs((None, "Liên hệ"))}
<div id="contact">
<h2 class="tieude-bv">Liên hệ</h2>
<p>Mọi ý kiến đóng góp, phản ánh xin gửi về Phòng Giáo dục và Đào tạo huyện Thanh Ba theo mẫu dưới đây
hoặc qua số điện thoại 0210.3885.123 trong giờ hành chính.</p>
<div class="contact-form">
<p><label for="ctl00_cphBody_txtName">Họ tên</label><br /><input name="ctl00$cphBody$txtName" type="text" id="ctl00_cphBody_txtName" /></p>
<p><label for="ctl00_cphBody_txtEmail">Email</label><br /><input name="ctl00$cphBody$txtEmail" type="text" id="ctl00_cphBody_txtEmail" /></p>
<p><label for="ctl00_cphBody_txtSubject">Tiêu đề</label><br /><input name="ctl00$cphBody$txtSubject" type="text" id="ctl00_cphBody_txtSubject" /></p>
<p><label for="ctl00_cphBody_txtMessage">Nội dung</label><br /><textarea name="ctl00$cphBody$txtMessage" rows="8" cols="50" id="ctl00_cphBody_txtMessage"></textarea></p>
<p><input type="submit" name="ctl00$cphBody$btnSend" value="Gửi liên hệ" id="ctl00_cphBody_btnSend" /></p>
</div>
</div>"""
    return layout(request, title="Liên hệ", main=main, action="/contact.aspx")


def rss(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in ALL_POSTS[:10]:
        utc = s.opts["dt"] - _dt.timedelta(hours=7)
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{base}{post_date_path(s)}</link>"
            f"<guid isPermaLink=\"false\">{s.opts['guid']}</guid>"
            f"<pubDate>{utc:%a, %d %b %Y %H:%M:%S} GMT</pubDate>"
            f"<description>{esc(description(s))}</description></item>"
        )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{esc(SITE_NAME)}</title><link>{base}/</link><description>Trang tin điện tử</description>"
        f"<generator>BlogEngine.NET 3.3.8.0</generator>{''.join(items)}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- the site -----------------------------------------------------------------------------

_PICTURE = re.compile(r"picture=([^\"'&<>\s]+)")


class BlogEngineSite:
    def __init__(self) -> None:
        self.by_date = {unquote(post_date_path(s)): s for s in ALL_POSTS}
        self.by_aspx = {unquote(post_aspx_path(s)): s for s in ALL_POSTS}
        self.by_guid = {s.opts["guid"]: s for s in ALL_POSTS}
        self.cats = {unquote(cat_path(k)): k for k in CATEGORIES}
        self.tags = {"/" + t.replace(" ", "-"): t for t in TAGS}
        pictures: set[str] = set()
        for s in ALL_POSTS:
            for b in s.blocks:
                src = b.src if isinstance(b, Img) else b.html if isinstance(b, Raw) else ""
                for m in _PICTURE.findall(src):
                    pictures.add(m)
                    pictures.add(m.replace("_thumb", ""))
        self.pictures = pictures
        self.files = {"/2026/11/TB1162-PGDDT.pdf", "/2026/11/CV1156-PGDDT-THCS.pdf"}

    @staticmethod
    def _page_no(params: dict[str, str]) -> int:
        raw = params.get("page", "1")
        return int(raw) if raw.isdigit() and int(raw) >= 1 else 1

    def respond(self, request: Request) -> Response | None:
        path = unicodedata.normalize("NFC", unquote(request.path))
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        page = self._page_no(params)
        action = request.target

        if path in ("/", "/default.aspx"):
            if "tag" in params:
                tag = self.tags.get(params["tag"]) or self.tags.get("/" + params["tag"].lstrip("/"))
                if tag is None:
                    return None
                posts = [s for s in ALL_POSTS if tag in (s.opts.get("tags") or [])]
                return list_page(
                    request, posts, page, tag_target(tag), f"Bài viết có từ khóa: {tag}",
                    crumbs((None, f"Từ khóa: {tag}")), f"Từ khóa: {tag}",
                )
            return list_page(request, ALL_POSTS, page, "/", None, "", "Trang tin điện tử")
        if path in self.cats:
            key = self.cats[path]
            posts = [s for s in ALL_POSTS if key in s.opts["cats"]]
            return list_page(
                request, posts, page, cat_path(key), f"Chuyên mục: {CATEGORIES[key]}",
                crumbs((cat_path(key), CATEGORIES[key])), CATEGORIES[key],
            )
        if path in self.by_date:
            return post_page(request, self.by_date[path], action)
        if path in self.by_aspx:
            return post_page(request, self.by_aspx[path], action)
        if path == "/post.aspx":
            story = self.by_guid.get(params.get("id", "").lower())
            return post_page(request, story, action) if story else None
        if path.startswith("/page/") and path[6:] in PAGES:
            return static_page(request, path[6:])
        if path == "/contact.aspx":
            return contact_page(request)
        if path == "/search.aspx":
            q = params.get("q", "").strip().lower()
            hits = [s for s in ALL_POSTS if q and q in s.title.lower()]
            return list_page(
                request, hits, page, "/search.aspx?q=" + quote(q), f"Kết quả tìm kiếm: {esc(q)}",
                crumbs((None, "Tìm kiếm")), "Tìm kiếm",
            )
        if path == "/syndication.axd":
            return rss(request)
        if path == "/image.axd":
            if params.get("picture") in self.pictures:
                return static_file("x.jpg")
            return None
        if path == "/file.axd":
            if params.get("file") in self.files:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/pics/", THEME + "/", "/Scripts/")):
            return static_file(path)
        return None


def build_site() -> BlogEngineSite:
    return BlogEngineSite()
