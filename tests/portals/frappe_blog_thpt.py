"""Frappe / ERPNext website module (Blog Post) of an upper-secondary school: Trường THPT Nguyễn Văn Cừ.

The school runs its administration on ERPNext and publishes its news with the Frappe website
module: Blog Post documents rendered by the Jinja templates of ``frappe/website`` (Bootstrap 4,
``templates/web.html``), a custom website theme from the local vendor (sidebar, visitor counter,
poll, "Các tin khác" block), Web Pages for the static pages and one custom doctype with a web view
("Văn bản") for the school's documents.

URL scheme
----------
- ``/blog``                                   blog listing (start URL), 5 cards a page
- ``/blog?start=N``                           next slices, reached by the "Xem thêm" (Load more) button
- ``/blog?blogger=<blogger>[&start=N]``       posts of one Blogger
- ``/blog/<category>[?start=N]``              Blog Category listing
- ``/blog/<category>/<slug>``                 Blog Post (route field); two notices keep the route
  Frappe's ``cleanup_page_name`` made from the Vietnamese title (letters with diacritics, an en dash)
- ``/api/method/frappe.www.list.get?...``     JSON the "Xem thêm" button loads (HTML cards inside)
- ``/``, ``/gioi-thieu``, ``/co-cau-to-chuc``, ``/contact``, ``/lich-cong-tac`` Web Pages
- ``/van-ban``, ``/van-ban/<name>``           custom doctype "Văn bản" list and web view
- ``/thu-vien-anh``, ``/thu-vien-anh/<album>``, ``/video/<name>`` Web Pages (album, clip)
- ``/search?q=``                              Frappe's website search (navbar form)
- ``/app`` -> 302 ``/login?redirect-to=%2Fapp``; ``/login`` the desk login page
- ``/files/...`` uploaded images and PDFs, ``/assets/...`` bundles

Page templates
--------------
Every page: ``base.html`` head (og/twitter metatags, canonical), a top strip with today's date,
the navbar with Bootstrap drop-downs and the search form, breadcrumbs, the vendor sidebar
("Bài viết mới", "Xem nhiều", "Chuyên mục", poll, links, visitor counter) and the footer.
Blog Post: ``<article class="blog-content">`` with the category link, ``h1.blog-title``, an
optional ``p.blog-intro`` (the Blog Post's ``blog_intro`` field), ``div.blog-info`` (blogger,
Babel date "3 thg 12, 2026", read time, a vendor "Cập nhật" stamp), the content in
``div.blog-text`` as the editor stored it (Quill "Rich Text", Markdown, or HTML pasted from Word),
then still inside the article: likes, the Blogger box with bio and the comments with their form;
below it the vendor's "Các tin khác" list.

How each gold article is reached
--------------------------------
The five newest are cards on ``/blog`` and in the sidebar's "Bài viết mới"; the next ones through
the "Xem thêm" GET form (hidden ``start``) on ``/blog`` and on category/blogger listings; articles 6
and 9 also from the home page (with a ``?fbclid=`` and a trailing-slash link), article 11 also
through an old route that answers 301. Article 13 ("Trang bị kỹ năng phòng, chống thiên tai…")
is reachable only from page 2+ listings (``/blog?start=10``, ``/blog/tin-tuc-su-kien?start=5``,
``/blog?blogger=quan-tri-website&start=5``) and the search page.

Traps
-----
1. Load more is a form, not a link: "Xem thêm" is ``<form method=get><input type=hidden
   name=start value=5><button>``, which the theme's script turns into an AJAX call to
   ``/api/method/frappe.www.list.get``. The form is printed only while more posts remain. Pages
   2+ (and article 13) exist only behind that form. Gold: all 13 articles, article 13 among them.
2. Babel dates: the post prints ``3 thg 12, 2026`` (CLDR "vi" medium: "thg" + month number), the
   cards ``03-12-2026`` (system format dd-mm-yyyy), a vendor stamp "Cập nhật: 05-12-2026 08:10"
   and comments "2 ngày trước". Gold: the Blog Post's day alone ("2026-12-04"), never the update
   stamp, never a time (the platform's ``published_on`` is a Date).
3. Comments and the Blogger box are inside ``<article class="blog-content">``: comment bodies in
   ``<p>``, the blogger's bio ("Giáo viên Ngữ văn, Tổ trưởng…"), the "Để lại bình luận" form.
   Gold: none of it is body; the bio's post is no part of the author.
4. Blogger vs byline: the Blogger is a Frappe account. "Quản trị Website" and "Văn thư nhà
   trường" are accounts (nobody); a real person's Blogger record ("ThS. Lê Thị Thu Hà") is the
   author when the text has no byline; a byline in the text ("Tin, ảnh: Tổ Văn phòng",
   "Tin: X – Ảnh: Y", "Thầy Nguyễn Đình Phong – Giáo viên Lịch sử", right-aligned "Ban Giám hiệu")
   wins. Official notice: the signer ("Phan Văn Đức") is the author.
5. Three editors, three markups: Quill (``<span class="ql-ui">`` in list items, ``data-row`` table
   cells, ``<p><br></p>`` spacers), Markdown (``img.screenshot``, ``*caption*`` lines, header ids,
   ``<sup><a href="#chu-thich">1</a></sup>`` calls) and Word HTML pasted into the HTML content type
   (``mso-list:Ignore`` bullets "·", VML image twins in conditional comments, footnotes "[1]" at the
   end after the byline). Gold: Word's markers and Markdown's bare superscript calls are no text,
   Word's bracketed calls stay, the footnote entries are body (after the byline in page order).
6. Sapo only where printed: ``p.blog-intro`` when the Blog Post has ``blog_intro`` (summary and
   body's first paragraph); a bold lead in the content also counts; otherwise Frappe still fills
   ``meta description`` / og:description and the cards with the first 140 characters of the text
   ("…"). Gold: summary null then.
7. Notice as an official document (Quill table letterhead, "Số: 215/TB-THPTNVC", "Hương Trà,
   ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc…", "Nơi nhận" + "KT. HIỆU TRƯỞNG / PHÓ HIỆU
   TRƯỞNG / (Đã ký) / Phan Văn Đức", then "Tệp đính kèm: …pdf"), published on 01-12-2026 with a
   Unicode route. Gold: letterhead day 2026-11-30, schedule table rows are body, the rest not.
8. Unicode routes: two notices live at ``/blog/thong-bao/thông-báo-…-2026-–-2027`` (raw UTF-8 in
   href and canonical; the wire form is percent-encoded). Gold path: the percent-encoded NFC form.
9. Duplicates: Frappe ignores unknown query parameters and a trailing slash (``/…/slug/`` and
   ``?fbclid=…`` are linked from the home page, served 200 with a canonical link); an old route
   ``/blog/tin-tuc/…`` answers 301. Gold: one record each, the variants in ``alt_paths``.
10. Facebook paste: article 7 (title and text) is stored decomposed (NFD, Unikey "tổ hợp") with
    ``&nbsp;`` runs and emoji; hashtag line at the end. Gold: NFC text, emoji kept, hashtags no body.

Gold decisions on ambiguous points
----------------------------------
- ``published_on`` is a Date: every post's gold is a day; the "Cập nhật" stamp's time is ignored.
- The Blogger is the author only when it is a person's record and the text signs nowhere; a text
  byline wins over the Blogger (both name the same person in article 4 anyway).
- "Ban Giám hiệu" and "Công đoàn trường" signing alone right-aligned are authors as printed;
  "(lớp 11A5)" after a photographer's name is a unit, dropped.
- Emoji at the start of a line typed as characters ("👉", "📌") are text and kept.
- Captions are the italic centred line under a photo; "(…)" loses its parentheses; a line that
  only credits ("Ảnh: Trần Văn Hiếu") gives caption None and is no byline of its own.
- The "Kết quả" results tables (Markdown, Word, Quill) are body, one paragraph per row.
- ``category`` is the Blog Category's title as the breadcrumb and the post's header print it
  ("Đoàn Thanh niên", "Hoạt động chuyên môn"), not the navbar's shorter labels ("Hoạt động Đoàn",
  "Chuyên môn", "Tin tức – Sự kiện" with an en dash).
- Article 3's body starts after the subject line and its rule "_____" and ends with "…thực hiện./.";
  the three "- " lines joined by ``<br>`` are three paragraphs, the dash typed by the editor kept.
"""

from __future__ import annotations

import contextlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote, unquote, urlencode

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "frappe_blog_thpt"
PLATFORM = "Frappe / ERPNext website module (Blog Post, Jinja web templates, Bootstrap 4)"
START_PATH = "/blog"

SCHOOL = "Trường THPT Nguyễn Văn Cừ"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
TODAY = date(2026, 12, 5)
PAGE_LEN = 5


@dataclass(frozen=True)
class PM(P):
    """A paragraph whose printed markup differs from its plain text (inline tags, footnote calls)."""

    markup: str = ""


CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "doan-thanh-nien": "Đoàn Thanh niên",
    "chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
# menu labels differ from the Blog Category titles the breadcrumb prints
MENU_CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức – Sự kiện",
    "doan-thanh-nien": "Hoạt động Đoàn",
    "chuyen-mon": "Chuyên môn",
    "thong-bao": "Thông báo",
}

BLOGGERS: dict[str, tuple[str, str, str]] = {
    "quan-tri-website": ("Quản trị Website", "Tài khoản quản trị cổng thông tin điện tử nhà trường.", "/files/avatar-admin.png"),
    "van-thu": ("Văn thư nhà trường", "Bộ phận Văn thư – Tổ Văn phòng.", "/files/avatar-vanthu.png"),
    "le-thi-thu-ha": (
        "ThS. Lê Thị Thu Hà",
        "Giáo viên Ngữ văn, Tổ trưởng Tổ Ngữ văn. Yêu thích viết lách và nhiếp ảnh.",
        "/files/le-thi-thu-ha-avatar.jpg",
    ),
    "hoang-minh-nhat": ("Hoàng Minh Nhật", "Bí thư Đoàn trường THPT Nguyễn Văn Cừ, giáo viên Giáo dục thể chất.", "/files/hmnhat.jpg"),
    "nguyen-dinh-phong": ("Nguyễn Đình Phong", "Giáo viên Lịch sử, Tổ Sử – Địa – GDKT&PL.", "/files/ndphong_2024.jpg"),
}


def _right(label: str) -> Raw:
    return Raw(f'<p class="ql-align-right"><strong>{esc(label)}</strong></p>')


# --------------------------------------------------------------------------------------------
# The 13 Blog Posts, newest first
# --------------------------------------------------------------------------------------------

S1 = Story(
    1,
    "doan-danh-gia-ngoai-kiem-tra-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
    "Đoàn đánh giá ngoài của Sở GD&ĐT kiểm tra, công nhận Trường đạt chuẩn quốc gia mức độ 2",
    "tin-tuc-su-kien",
    "2026-12-04",
    [
        P(
            "Cùng dự buổi làm việc có đại diện lãnh đạo Đảng ủy, UBND phường Hương Trà; Ban đại diện "
            "cha mẹ học sinh và toàn thể cán bộ, giáo viên, nhân viên nhà trường."
        ),
        Img(
            "/files/IMG_20261203_083512.jpg",
            "Ông Trần Hữu Lộc, Phó Giám đốc Sở GD&ĐT phát biểu tại buổi làm việc",
            "Ông Trần Hữu Lộc, Phó Giám đốc Sở GD&ĐT phát biểu tại buổi làm việc",
        ),
        PM(
            "Tại buổi làm việc, thầy Võ Quang Trung, Hiệu trưởng nhà trường đã báo cáo kết quả tự đánh "
            "giá theo 5 tiêu chuẩn của Thông tư 18/2018/TT-BGDĐT. Theo đó, nhà trường tự đánh giá đạt "
            "Mức 3 về kiểm định chất lượng giáo dục và đạt chuẩn quốc gia Mức độ 2.",
            markup=(
                "Tại buổi làm việc, thầy <strong>Võ Quang Trung</strong>, Hiệu trưởng nhà trường đã báo cáo "
                "kết quả tự đánh giá theo 5 tiêu chuẩn của Thông tư 18/2018/TT-BGDĐT. Theo đó, nhà trường "
                "tự đánh giá đạt <strong>Mức 3</strong> về kiểm định chất lượng giáo dục và đạt chuẩn quốc "
                "gia <strong>Mức độ 2</strong>."
            ),
        ),
        P("Nhiều kết quả nổi bật", "h"),
        P(
            "Trong 5 năm qua, tỉ lệ học sinh tốt nghiệp THPT của trường luôn đạt 100%; có 47 lượt học sinh "
            "đạt giải học sinh giỏi cấp tỉnh, thành phố và 2 học sinh đạt giải Khuyến khích kỳ thi chọn học "
            "sinh giỏi quốc gia."
        ),
        P(
            "Cơ sở vật chất được đầu tư đồng bộ với 36 phòng học, 9 phòng học bộ môn, thư viện đạt chuẩn và "
            "nhà đa năng đưa vào sử dụng từ tháng 8/2025."
        ),
        Img("/files/IMG_20261203_091047.jpg"),
        P(
            "Đoàn đã kiểm tra hồ sơ, quan sát cơ sở vật chất, dự giờ một số tiết dạy và trao đổi với giáo "
            "viên, học sinh. Kết luận buổi làm việc, ông Trần Hữu Lộc ghi nhận những nỗ lực của tập thể nhà "
            "trường, đồng thời đề nghị trường tiếp tục hoàn thiện hồ sơ minh chứng, đẩy mạnh chuyển đổi số "
            "trong quản lý và dạy học."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="/blog/tin-tuc/hoi-thi-net-dep-phu-nu-nguyen-van-cu" '
            'rel="noopener noreferrer">Hội thi “Nét đẹp phụ nữ Nguyễn Văn Cừ”</a></em></p>'
        ),
        Raw("<p><br></p>"),
        _right("Tin, ảnh: Tổ Văn phòng"),
    ],
    authors=["Tổ Văn phòng"],
    photographers=["Tổ Văn phòng"],
    summary=(
        "Ngày 03/12/2026, Đoàn đánh giá ngoài của Sở Giáo dục và Đào tạo thành phố Huế do ông Trần Hữu "
        "Lộc, Phó Giám đốc Sở làm Trưởng đoàn đã làm việc tại Trường THPT Nguyễn Văn Cừ về việc kiểm tra, "
        "công nhận trường đạt chuẩn quốc gia mức độ 2."
    ),
    sapo_outside=True,
    opts={"blogger": "quan-tri-website", "ctype": "ql", "modified": "05-12-2026 08:10", "likes": 31},
)

S2 = Story(
    2,
    "chuc-mung-doi-tuyen-dat-giai-nhat-hoi-thi-bi-thu-chi-doan-gioi-2026",
    "🎉 Chúc mừng đội tuyển nhà trường đạt giải Nhất Hội thi “Bí thư chi đoàn giỏi” năm 2026",
    "doan-thanh-nien",
    "2026-12-03",
    [
        P(
            "Hội thi do Thành đoàn Huế tổ chức trong hai ngày 29 và 30/11/2026 tại Cung Văn hóa Thanh niên, "
            "gồm ba phần thi: Chào hỏi, Kiến thức và Xử lý tình huống."
        ),
        P(
            "👉 Ở phần thi Chào hỏi, các bạn đã mang đến tiểu phẩm về hoạt động “Ngày Chủ nhật xanh” của "
            "chi đoàn, được Ban giám khảo đánh giá cao."
        ),
        P(
            "👉 Phần thi Kiến thức, bạn Trần Ngọc Bảo Châu (lớp 12A1) trả lời chính xác 18/20 câu hỏi về "
            "Điều lệ Đoàn và lịch sử Đoàn TNCS Hồ Chí Minh."
        ),
        P(
            "👉 Phần thi Xử lý tình huống, đội đã đưa ra phương án thuyết phục cho tình huống đoàn viên vi "
            "phạm an toàn giao thông."
        ),
        Img(
            "/files/z6041238817_bithucd_giainhat.jpg",
            "Đội tuyển nhà trường nhận giải Nhất toàn đoàn",
            "Đội tuyển nhà trường nhận giải Nhất toàn đoàn",
        ),
        P(
            "🏆 Kết quả: Giải Nhất toàn đoàn; 01 giải cá nhân Xuất sắc phần thi Kiến thức; 01 giải Thí sinh "
            "được yêu thích nhất."
        ),
        P("Xin chúc mừng các bạn! 💪💪💪"),
        Raw(
            '<p><a href="https://www.facebook.com/hashtag/doantruongnvc" target="_blank">#DoanTruongNVC</a> '
            '<a href="https://www.facebook.com/hashtag/bithuchidoangioi" target="_blank">#BiThuChiDoanGioi</a></p>'
        ),
    ],
    authors=["Hoàng Minh Nhật"],
    summary=(
        "Vượt qua 24 đội thi đến từ các trường THPT trên địa bàn thành phố, đội tuyển của Đoàn trường THPT "
        "Nguyễn Văn Cừ đã xuất sắc giành giải Nhất toàn đoàn tại Hội thi “Bí thư chi đoàn giỏi” năm 2026."
    ),
    sapo_outside=True,
    opts={
        "blogger": "hoang-minh-nhat",
        "ctype": "ql",
        "likes": 58,
        "comments": [
            ("Nguyễn Thị Thanh Tâm", "2 ngày trước", "Chúc mừng các em! Tự hào về Đoàn trường mình quá 👏"),
            ("Phụ huynh lớp 12A1", "1 ngày trước", "Cảm ơn thầy cô đã tận tình hướng dẫn các cháu trong suốt thời gian ôn luyện."),
        ],
    },
)

_LETTERHEAD = """<table><tbody>
<tr><td data-row="row-k3v1"><strong>SỞ GD&amp;ĐT THÀNH PHỐ HUẾ</strong></td><td data-row="row-k3v1"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></td></tr>
<tr><td data-row="row-p8x2"><strong>TRƯỜNG THPT NGUYỄN VĂN CỪ</strong></td><td data-row="row-p8x2"><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>
<tr><td data-row="row-z0q7">Số: 215/TB-THPTNVC</td><td data-row="row-z0q7"><em>Hương Trà, ngày 30 tháng 11 năm 2026</em></td></tr>
</tbody></table>
<p class="ql-align-center"><br></p>
<p class="ql-align-center"><strong>THÔNG BÁO</strong></p>
<p class="ql-align-center"><strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 – 2027</strong></p>
<p class="ql-align-center">_____________________</p>"""

_CLOSING = """<p><br></p>
<table><tbody>
<tr><td data-row="row-n5c4"><strong><em>Nơi nhận:</em></strong><br>- Như trên;<br>- Website trường;<br>- Lưu: VT.</td><td data-row="row-n5c4" class="ql-align-center"><strong>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong><br><br><em>(Đã ký)</em><br><br><strong>Phan Văn Đức</strong></td></tr>
</tbody></table>
<p><br></p>
<p>📎 Tệp đính kèm: <a href="/files/TB-215-lich-kiem-tra-HKI-2026-2027.pdf" target="_blank">TB-215-lich-kiem-tra-HKI-2026-2027.pdf</a> (312 KB)</p>"""

S3 = Story(
    3,
    "thông-báo-lịch-kiểm-tra-cuối-học-kỳ-i-năm-học-2026-–-2027",
    "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    "thong-bao",
    "2026-11-30",
    [
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 145/KH-THPTNVC ngày 05/9/2026 của Hiệu trưởng Trường THPT Nguyễn Văn Cừ về "
            "thực hiện nhiệm vụ năm học 2026 – 2027;"
        ),
        P(
            "Căn cứ Công văn số 2318/SGDĐT-GDTrH ngày 20/11/2026 của Sở Giáo dục và Đào tạo thành phố Huế về "
            "việc tổ chức kiểm tra cuối học kỳ I;"
        ),
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027 như sau:"),
        P("1. Thời gian kiểm tra", "h"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "row"),
        P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
        P("22/12/2026 | Sáng | Toán | 90 phút", "row"),
        P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "row"),
        P(
            "Các môn còn lại kiểm tra tập trung theo lịch của tổ chuyên môn từ ngày 14/12 đến ngày "
            "19/12/2026."
        ),
        P("2. Tổ chức thực hiện", "h"),
        P("- Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh;"),
        P(
            "- Các tổ chuyên môn nộp đề kiểm tra và hướng dẫn chấm về Phó Hiệu trưởng phụ trách chuyên môn "
            "trước ngày 10/12/2026;",
            "br",
        ),
        P("- Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh.", "br"),
        P(
            "Nhận được thông báo này, đề nghị cán bộ, giáo viên, nhân viên và học sinh nghiêm túc thực "
            "hiện./."
        ),
        Raw(_CLOSING),
    ],
    authors=["Phan Văn Đức"],
    opts={"blogger": "van-thu", "ctype": "ql", "published_on": "2026-12-01", "likes": 4},
)

# --- article 4: HTML content type, pasted from Word --------------------------------------------

_W_SPAN = "<span lang=VI style='font-size:14.0pt;line-height:115%;font-family:\"Times New Roman\",serif'>"


def _ftn_call(n: int) -> str:
    return (
        f"<a style='mso-footnote-id:ftn{n}' href=\"#_ftn{n}\" name=\"_ftnref{n}\" title=\"\"><span "
        f"class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]>"
        f"<span class=MsoFootnoteReference><span style='font-size:14.0pt;line-height:115%;font-family:"
        f"\"Times New Roman\",serif'>[{n}]</span></span><![endif]></span></span></a>"
    )


S4 = Story(
    4,
    "hoi-thao-chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-van-ban-nghi-luan",
    "Hội thảo chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản nghị luận” môn Ngữ văn",
    "chuyen-mon",
    "2026-11-28",
    [
        P(
            "Thực hiện kế hoạch hoạt động chuyên môn năm học 2026 – 2027, ngày 26/11/2026, Tổ Ngữ văn "
            "Trường THPT Nguyễn Văn Cừ đã tổ chức hội thảo chuyên đề “Dạy học phát triển năng lực đọc hiểu "
            "văn bản nghị luận cho học sinh lớp 11”."
        ),
        P(
            "Tham dự hội thảo có thầy Lê Văn Thịnh, Phó Hiệu trưởng phụ trách chuyên môn, cùng 14 giáo viên "
            "Ngữ văn của nhà trường và giáo viên đến từ Trường THPT Hương Vinh."
        ),
        Img(
            "/files/hoi-thao-ngu-van-image001.jpg",
            "Hình 1. Cô Trần Thị Mai dạy minh họa tại lớp 11A3",
            "Hình 1. Cô Trần Thị Mai dạy minh họa tại lớp 11A3",
        ),
        P("Hội thảo tập trung vào các nội dung chính sau:"),
        PM(
            "Đánh giá thực trạng kĩ năng đọc hiểu văn bản nghị luận của học sinh lớp 11 sau 3 năm triển "
            "khai Chương trình giáo dục phổ thông 2018[1];",
            "li",
            markup=(
                "Đánh giá thực trạng kĩ năng đọc hiểu văn bản nghị luận của học sinh lớp 11 sau 3 năm "
                "triển khai Chương trình giáo dục phổ thông 2018" + _ftn_call(1) + ";"
            ),
        ),
        P(
            "Chia sẻ kinh nghiệm thiết kế câu hỏi đọc hiểu theo các mức độ nhận biết, thông hiểu, vận dụng;",
            "li",
        ),
        PM(
            "Trao đổi về cách xây dựng đề kiểm tra định kì theo ma trận, bản đặc tả mới[2].",
            "li",
            markup="Trao đổi về cách xây dựng đề kiểm tra định kì theo ma trận, bản đặc tả mới" + _ftn_call(2) + ".",
        ),
        P("Kết quả khảo sát đầu năm của tổ chuyên môn cho thấy:"),
        P("Mức độ | Số học sinh | Tỉ lệ", "row"),
        P("Tốt | 62 | 17,2%", "row"),
        P("Đạt | 231 | 64,2%", "row"),
        P("Chưa đạt | 67 | 18,6%", "row"),
        P(
            "Các ý kiến tham luận đều thống nhất rằng việc tổ chức cho học sinh đọc mở rộng, thảo luận nhóm "
            "và viết phản hồi ngắn sau mỗi bài học giúp nâng cao rõ rệt năng lực đọc hiểu."
        ),
        P(
            "Phát biểu tổng kết, thầy Lê Văn Thịnh đề nghị Tổ Ngữ văn tiếp tục nhân rộng các giải pháp hiệu "
            "quả, xây dựng ngân hàng câu hỏi dùng chung cho toàn khối 11."
        ),
        Raw("byline:ThS. Lê Thị Thu Hà – Tổ trưởng Tổ Ngữ văn"),
        P(
            "[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban hành kèm "
            "theo Thông tư số 32/2018/TT-BGDĐT.",
            "ftn1",
        ),
        P(
            "[2] Công văn số 7991/BGDĐT-GDTrH ngày 17/12/2024 của Bộ GD&ĐT về thực hiện kiểm tra, đánh giá "
            "đối với cấp THCS, THPT.",
            "ftn2",
        ),
    ],
    authors=["Lê Thị Thu Hà"],
    opts={"blogger": "le-thi-thu-ha", "ctype": "word", "likes": 17},
)

S5 = Story(
    5,
    "soi-noi-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    "Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    "tin-tuc-su-kien",
    "2026-11-25",
    [
        P(
            "Hội khỏe năm nay gồm 7 môn thi đấu: điền kinh, bóng đá nam, bóng chuyền, cầu lông, bóng bàn, cờ "
            "vua và kéo co. Đây là dịp để phát hiện, tuyển chọn vận động viên tham gia Hội khỏe Phù Đổng "
            "thành phố Huế lần thứ II năm 2027."
        ),
        Img(
            "/files/hkpd-2026-khai-mac.jpg",
            "Lễ khai mạc Hội khỏe Phù Đổng cấp trường",
            "Lễ khai mạc Hội khỏe Phù Đổng cấp trường",
        ),
        P("Kết quả toàn đoàn", "h"),
        P("Xếp hạng | Khối 10 | Khối 11 | Khối 12", "row"),
        P("Nhất | 10A2 | 11A1 | 12A4", "row"),
        P("Nhì | 10A6 | 11A5 | 12A1", "row"),
        P("Ba | 10A1 | 11A3 | 12A7", "row"),
        P(
            "Ngoài ra, Ban tổ chức trao 12 giải cá nhân xuất sắc ở các nội dung điền kinh, trong đó em Lê Đức "
            "Anh (lớp 12A4) phá kỷ lục chạy 100m nam của trường với thành tích 11 giây 42."
        ),
        Img(
            "/files/hkpd-2026-keo-co.jpg",
            "Các vận động viên tranh tài ở môn kéo co",
            "Các vận động viên tranh tài ở môn kéo co",
        ),
        P(
            "Hội khỏe đã khép lại với nhiều cảm xúc, góp phần đẩy mạnh phong trào “Học sinh khỏe – Học sinh "
            "giỏi” trong nhà trường."
        ),
        Raw("md:**Tin: Nguyễn Thị Quỳnh Như - Ảnh: Phan Gia Huy (lớp 11A5)**"),
    ],
    authors=["Nguyễn Thị Quỳnh Như"],
    photographers=["Phan Gia Huy"],
    summary=(
        "Từ ngày 17 đến 22/11/2026, Trường THPT Nguyễn Văn Cừ tổ chức Hội khỏe Phù Đổng cấp trường với sự "
        "tham gia của hơn 600 vận động viên đến từ 36 lớp."
    ),
    sapo_outside=True,
    opts={"blogger": "quan-tri-website", "ctype": "md", "likes": 22},
)

S6 = Story(
    6,
    "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    "Long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    "tin-tuc-su-kien",
    "2026-11-20",
    [
        P(
            "Đến dự buổi lễ có ông Nguyễn Văn Bình, Chủ tịch UBND phường Hương Trà; đại diện Ban đại diện "
            "cha mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng đông đảo cựu học sinh."
        ),
        Img(
            "/files/2011-le-20-11-01.jpg",
            "(Các thầy cô giáo nguyên là cán bộ quản lý nhà trường qua các thời kỳ)",
            "Các thầy cô giáo nguyên là cán bộ quản lý nhà trường qua các thời kỳ",
        ),
        P(
            "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, thầy Võ Quang Trung, Hiệu trưởng nhà trường "
            "bày tỏ lòng biết ơn đối với các thế hệ nhà giáo đã tận tụy cống hiến, đặt nền móng cho sự phát "
            "triển của nhà trường trong gần 40 năm qua."
        ),
        P(
            "Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào thi "
            "đua “Hai tốt” và 45 học sinh đạt thành tích cao trong các kỳ thi, hội thi cấp thành phố."
        ),
        Img(
            "/files/2011-le-20-11-02.jpg",
            "Thầy Hiệu trưởng trao Giấy khen cho các giáo viên có thành tích xuất sắc",
            "Thầy Hiệu trưởng trao Giấy khen cho các giáo viên có thành tích xuất sắc",
        ),
        P(
            "Xen kẽ chương trình là các tiết mục văn nghệ đặc sắc do học sinh các lớp biểu diễn, gửi gắm lòng "
            "tri ân sâu sắc tới thầy cô."
        ),
        Img("/files/2011-le-20-11-03.jpg", "Ảnh: Trần Văn Hiếu", None),
        _right("Tin, ảnh: Trần Văn Hiếu"),
    ],
    authors=["Trần Văn Hiếu"],
    photographers=["Trần Văn Hiếu"],
    summary=(
        "Sáng ngày 19/11/2026, Trường THPT Nguyễn Văn Cừ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam và tổng kết phong trào thi đua “Hai tốt” đợt 1."
    ),
    sapo_outside=True,
    opts={
        "blogger": "quan-tri-website",
        "ctype": "ql",
        "modified": "21-11-2026 07:32",
        "featured": True,
        "likes": 96,
        "comments": [
            ("Cựu HS khóa 2008 – 2011", "2 tuần trước", "Nhớ thầy cô và mái trường quá! Kính chúc thầy cô luôn mạnh khỏe, hạnh phúc."),
            ("Lê Minh Tuấn", "2 tuần trước", "Bài viết rất ý nghĩa."),
            ("Trần Thị Hồng", "1 tuần trước", "Chúc mừng các thầy cô được khen thưởng!"),
        ],
    },
)

S7 = Story(
    7,
    "chuong-trinh-ao-am-mua-dong-nam-2026",
    "Chương trình “Áo ấm mùa đông” năm 2026: Trao 150 chiếc áo ấm cho học sinh vùng cao A Lưới",
    "doan-thanh-nien",
    "2026-11-16",
    [
        P(
            "Nhằm chia sẻ khó khăn với các em học sinh vùng cao trong mùa đông giá rét, từ ngày 01/11 đến "
            "12/11/2026, Đoàn trường THPT Nguyễn Văn Cừ đã phát động chương trình “Áo ấm mùa đông” trong toàn "
            "thể đoàn viên, thanh niên."
        ),
        P(
            "Sau gần hai tuần triển khai, chương trình đã nhận được sự hưởng ứng nhiệt tình của 36 chi đoàn, "
            "quý thầy cô và cha mẹ học sinh với tổng số tiền quyên góp hơn 32 triệu đồng."
        ),
        P(
            "Sáng 15/11/2026, đoàn công tác của nhà trường đã đến thăm và trao tặng 150 chiếc áo ấm, 200 bộ "
            "sách vở cho học sinh Trường PTDTBT Tiểu học và THCS Hương Nguyên, xã A Lưới 5."
        ),
        Img("/files/476113082_aoam2026_n.jpg"),
        P(
            "Chuyến đi không chỉ mang đến những món quà ý nghĩa mà còn giúp đoàn viên, thanh niên nhà trường "
            "thêm hiểu và trân trọng hơn điều kiện học tập của mình. ❤️"
        ),
        P("Một số hình ảnh của chương trình:"),
        Img("/files/476113082_aoam2026_2_n.jpg"),
        Img("/files/476113082_aoam2026_3_n.jpg"),
        Raw("<p>#AoAmMuaDong2026 #TuoiTreNguyenVanCu</p>"),
    ],
    authors=["Hoàng Minh Nhật"],
    opts={"blogger": "hoang-minh-nhat", "ctype": "fb", "likes": 44},
)

S8 = Story(
    8,
    "kinh-nghiem-on-tap-mon-lich-su-lop-12-theo-dinh-dang-de-thi-tot-nghiep-thpt",
    "Một số kinh nghiệm ôn tập môn Lịch sử cho học sinh lớp 12 theo định dạng đề thi tốt nghiệp THPT từ năm 2025",
    "chuyen-mon",
    "2026-11-12",
    [
        Raw("md:*Thầy Nguyễn Đình Phong – Giáo viên Lịch sử*"),
        PM(
            "Từ năm 2025, đề thi tốt nghiệp THPT môn Lịch sử có cấu trúc mới gồm câu hỏi trắc nghiệm nhiều "
            "lựa chọn và câu hỏi trắc nghiệm dạng đúng – sai, đòi hỏi học sinh không chỉ ghi nhớ sự kiện mà "
            "còn phải biết phân tích, đánh giá. Qua thực tế giảng dạy, tôi xin chia sẻ một số kinh nghiệm "
            "trong ôn tập cho học sinh lớp 12.",
            markup=(
                "Từ năm 2025, đề thi tốt nghiệp THPT môn Lịch sử có cấu trúc mới gồm câu hỏi trắc nghiệm nhiều "
                "lựa chọn và câu hỏi trắc nghiệm dạng đúng – sai, đòi hỏi học sinh không chỉ ghi nhớ sự kiện "
                "mà còn phải biết phân tích, đánh giá.<sup><a href=\"#chu-thich\">1</a></sup> Qua thực tế giảng "
                "dạy, tôi xin chia sẻ một số kinh nghiệm trong ôn tập cho học sinh lớp 12."
            ),
        ),
        P("1. Hệ thống hóa kiến thức bằng sơ đồ tư duy", "h"),
        P(
            "Giáo viên hướng dẫn học sinh xây dựng sơ đồ tư duy theo từng chủ đề, chẳng hạn chủ đề “Cách "
            "mạng tháng Tám năm 1945” hay “Công cuộc Đổi mới ở Việt Nam từ năm 1986 đến nay”. Mỗi nhánh của "
            "sơ đồ gắn với một mốc thời gian và một nhân vật, sự kiện tiêu biểu."
        ),
        Img(
            "/files/so-do-tu-duy-cmt8.png",
            "Sơ đồ tư duy chủ đề Cách mạng tháng Tám năm 1945 do học sinh lớp 12A2 thực hiện",
            "Sơ đồ tư duy chủ đề Cách mạng tháng Tám năm 1945 do học sinh lớp 12A2 thực hiện",
        ),
        P("2. Luyện dạng câu hỏi đúng – sai", "h"),
        PM(
            "Với dạng câu hỏi này, học sinh cần đọc kĩ đoạn tư liệu, xác định từ khóa và đối chiếu từng ý với "
            "kiến thức đã học. Tôi thường cho học sinh làm việc nhóm, mỗi nhóm tự ra 4 ý đúng – sai từ một "
            "đoạn tư liệu rồi trao đổi chéo.",
            markup=(
                "Với dạng câu hỏi này, học sinh cần đọc kĩ đoạn tư liệu, xác định từ khóa và đối chiếu từng ý "
                "với kiến thức đã học. Tôi thường cho học sinh làm việc nhóm, mỗi nhóm tự ra 4 ý đúng – sai "
                "từ một đoạn tư liệu rồi trao đổi chéo.<sup><a href=\"#chu-thich\">2</a></sup>"
            ),
        ),
        P("3. Gắn lịch sử với thực tiễn", "h"),
        PM(
            "Việc liên hệ các sự kiện lịch sử với thời sự, chẳng hạn Nghị quyết Đại hội XIII về khát vọng "
            "phát triển đất nước, giúp học sinh hứng thú và hiểu bài sâu hơn.",
            markup=(
                "Việc liên hệ các sự kiện lịch sử với thời sự, chẳng hạn Nghị quyết Đại hội XIII<sup><a "
                "href=\"#chu-thich\">3</a></sup> về khát vọng phát triển đất nước, giúp học sinh hứng thú và "
                "hiểu bài sâu hơn."
            ),
        ),
        P(
            "Sau một học kỳ áp dụng, tỉ lệ học sinh lớp 12A2, 12A6 đạt điểm từ 7,0 trở lên trong bài kiểm tra "
            "giữa kỳ tăng từ 38% lên 61%."
        ),
        P("Chú thích", "h"),
        P("1. Bộ Giáo dục và Đào tạo, Định dạng đề thi tốt nghiệp THPT từ năm 2025 (công bố tháng 12/2023).", "note"),
        P("2. Kinh nghiệm được trao đổi tại buổi sinh hoạt chuyên môn của Tổ Sử – Địa – GDKT&PL ngày 15/10/2026.", "note"),
        P("3. Đại hội đại biểu toàn quốc lần thứ XIII của Đảng Cộng sản Việt Nam (năm 2021).", "note"),
    ],
    authors=["Nguyễn Đình Phong"],
    opts={"blogger": "nguyen-dinh-phong", "ctype": "md", "likes": 12},
)

S9 = Story(
    9,
    "trao-40-suat-hoc-bong-tiep-buoc-den-truong",
    "Trao 40 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
    "tin-tuc-su-kien",
    "2026-11-05",
    [
        P(
            "Mỗi suất học bổng trị giá 2 triệu đồng, do Công ty TNHH Thương mại Hương Giang và Hội Cựu học "
            "sinh nhà trường tài trợ. Tổng giá trị học bổng là 80 triệu đồng."
        ),
        Img(
            "/files/hoc-bong-tiep-buoc-2026.jpg",
            "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
            "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
        ),
        P(
            "Phát biểu tại buổi lễ, cô Nguyễn Thị Hằng, Phó Hiệu trưởng nhà trường cảm ơn sự đồng hành của "
            "các nhà hảo tâm và mong muốn các em tiếp tục nỗ lực, vượt khó để đạt kết quả cao trong học tập."
        ),
        P("Thay mặt các bạn nhận học bổng, em Hồ Thị Mỹ Linh (lớp 11A4) xúc động chia sẻ:"),
        P(
            "“Suất học bổng hôm nay không chỉ là món quà vật chất mà còn là động lực để chúng em cố gắng hơn "
            "nữa, không phụ lòng thầy cô và gia đình.”",
            "quote",
        ),
        Raw('<p class="ql-align-right"><em>Theo Báo Huế</em></p>'),
    ],
    source="Báo Huế",
    summary=(
        "Chiều 04/11/2026, Trường THPT Nguyễn Văn Cừ phối hợp với Hội Khuyến học phường Hương Trà trao 40 "
        "suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
    ),
    sapo_outside=True,
    opts={"blogger": "quan-tri-website", "ctype": "ql", "likes": 27},
)

S10 = Story(
    10,
    "thông-báo-họp-cha-mẹ-học-sinh-giữa-học-kỳ-i-năm-học-2026-2027",
    "Thông báo họp cha mẹ học sinh giữa học kỳ I năm học 2026-2027",
    "thong-bao",
    "2026-10-28",
    [
        P(
            "Nhà trường trân trọng kính mời Quý cha mẹ học sinh đến dự buổi họp cha mẹ học sinh giữa học kỳ "
            "I năm học 2026-2027.",
            "lead",
        ),
        P("📌 Thời gian: 7 giờ 30 phút, Chủ nhật ngày 08/11/2026."),
        P("📌 Địa điểm: Tại phòng học của các lớp (khu A và khu B)."),
        P("Nội dung buổi họp:"),
        P("Giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kỳ I của học sinh;", "li"),
        P("Triển khai kế hoạch ôn tập, kiểm tra cuối học kỳ I;", "li"),
        P(
            "Trao đổi, thống nhất các biện pháp phối hợp giáo dục học sinh giữa gia đình và nhà trường.",
            "li",
        ),
        P("Rất mong Quý cha mẹ học sinh sắp xếp thời gian tham dự đầy đủ, đúng giờ."),
        Raw("<p><br></p>"),
        _right("Ban Giám hiệu"),
    ],
    authors=["Ban Giám hiệu"],
    summary=(
        "Nhà trường trân trọng kính mời Quý cha mẹ học sinh đến dự buổi họp cha mẹ học sinh giữa học kỳ I "
        "năm học 2026-2027."
    ),
    opts={"blogger": "van-thu", "ctype": "ql", "likes": 9},
)

S11 = Story(
    11,
    "hoi-thi-net-dep-phu-nu-nguyen-van-cu-chao-mung-20-10",
    "Hội thi “Nét đẹp phụ nữ Nguyễn Văn Cừ” chào mừng Ngày Phụ nữ Việt Nam 20/10",
    "tin-tuc-su-kien",
    "2026-10-20",
    [
        P(
            "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026), chiều "
            "19/10/2026, Công đoàn Trường THPT Nguyễn Văn Cừ tổ chức Hội thi “Nét đẹp phụ nữ Nguyễn Văn Cừ”.",
            "lead",
        ),
        P(
            "Tham gia hội thi có 8 đội đến từ các tổ chuyên môn với ba phần thi: trang phục áo dài, cắm hoa "
            "nghệ thuật và ứng xử tình huống."
        ),
        Img(
            "/files/net-dep-phu-nu-2026-ao-dai.jpg",
            "Các đội thi trình diễn trang phục áo dài",
            "Các đội thi trình diễn trang phục áo dài",
        ),
        P(
            "Bằng sự khéo léo và tinh thần đoàn kết, các đội đã mang đến những tác phẩm cắm hoa mang đậm dấu "
            "ấn cố đô Huế, những phần ứng xử thông minh và dí dỏm."
        ),
        P(
            "Kết quả, Ban tổ chức trao giải Nhất cho Tổ Toán – Tin, giải Nhì cho Tổ Ngữ văn, giải Ba cho Tổ "
            "Ngoại ngữ và Tổ Văn phòng."
        ),
        _right("Công đoàn trường"),
    ],
    authors=["Công đoàn trường"],
    summary=(
        "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026), chiều "
        "19/10/2026, Công đoàn Trường THPT Nguyễn Văn Cừ tổ chức Hội thi “Nét đẹp phụ nữ Nguyễn Văn Cừ”."
    ),
    opts={"blogger": "quan-tri-website", "ctype": "ql", "likes": 35},
)

S12 = Story(
    12,
    "dai-hoi-dai-bieu-doan-truong-lan-thu-xxxviii-nhiem-ky-2026-2027",
    "Đại hội Đại biểu Đoàn TNCS Hồ Chí Minh Trường THPT Nguyễn Văn Cừ lần thứ XXXVIII, nhiệm kỳ 2026 – 2027",
    "doan-thanh-nien",
    "2026-10-12",
    [
        P(
            "Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2025 – 2026: 100% chi đoàn tổ chức tốt "
            "hoạt động “Ngày Chủ nhật xanh”, kết nạp 126 đoàn viên mới, tổ chức 14 công trình, phần việc "
            "thanh niên."
        ),
        Img(
            "/files/dh-doan-2026-doan-chu-tich.jpg",
            "Đoàn Chủ tịch điều hành Đại hội",
            "Đoàn Chủ tịch điều hành Đại hội",
        ),
        P(
            "Đại hội đề ra các chỉ tiêu cho nhiệm kỳ mới, trong đó phấn đấu 100% đoàn viên được học tập Nghị "
            "quyết Đại hội Đoàn các cấp và 90% chi đoàn xếp loại vững mạnh."
        ),
        P("Ban Chấp hành Đoàn trường khóa XXXVIII gồm 15 đồng chí."),
        P("Đồng chí Hoàng Minh Nhật được tín nhiệm bầu giữ chức Bí thư Đoàn trường.", "br"),
        Img(
            "/files/dh-doan-2026-bch-ra-mat.jpg",
            "Ban Chấp hành Đoàn trường khóa XXXVIII ra mắt Đại hội",
            "Ban Chấp hành Đoàn trường khóa XXXVIII ra mắt Đại hội",
        ),
    ],
    authors=["Hoàng Minh Nhật"],
    summary=(
        "Ngày 10/10/2026, Đoàn TNCS Hồ Chí Minh Trường THPT Nguyễn Văn Cừ đã tổ chức thành công Đại hội Đại "
        "biểu lần thứ XXXVIII, nhiệm kỳ 2026 – 2027 với sự tham dự của 180 đại biểu đại diện cho hơn 1.300 "
        "đoàn viên."
    ),
    sapo_outside=True,
    opts={
        "blogger": "hoang-minh-nhat",
        "ctype": "ql",
        "likes": 40,
        "comments": [("Bùi Quốc Khánh", "1 tháng trước", "Chúc mừng BCH Đoàn trường khóa mới!")],
    },
)

S13 = Story(
    13,
    "trang-bi-ky-nang-phong-chong-thien-tai-mua-mua-bao-2026",
    "Trang bị kỹ năng phòng, chống thiên tai mùa mưa bão năm 2026 cho học sinh",
    "tin-tuc-su-kien",
    "2026-10-05",
    [
        P(
            "Tại buổi ngoại khóa, các báo cáo viên đã phổ biến những kiến thức cơ bản về bão, lũ, sạt lở đất "
            "và cách nhận biết các dấu hiệu nguy hiểm thường gặp trên địa bàn thành phố Huế trong mùa mưa."
        ),
        Img(
            "/files/ngoai-khoa-pctt-2026-ao-phao.jpg",
            "Học sinh thực hành sử dụng áo phao cứu sinh",
            "Học sinh thực hành sử dụng áo phao cứu sinh",
        ),
        P(
            "Học sinh được hướng dẫn cách sử dụng áo phao, phao tròn cứu sinh, cách sơ cứu người bị đuối nước "
            "và kỹ năng di chuyển an toàn khi có lũ."
        ),
        P(
            "Thông qua buổi ngoại khóa, nhà trường mong muốn mỗi học sinh trở thành một “tuyên truyền viên” "
            "tích cực, chủ động phòng tránh rủi ro cho bản thân, gia đình và cộng đồng."
        ),
        _right("Tin: Nguyễn Thị Quỳnh Như – Ảnh: Trần Văn Hiếu"),
    ],
    authors=["Nguyễn Thị Quỳnh Như"],
    photographers=["Trần Văn Hiếu"],
    summary=(
        "Sáng 03/10/2026, Trường THPT Nguyễn Văn Cừ phối hợp với Ban Chỉ huy Quân sự phường Hương Trà tổ chức "
        "buổi ngoại khóa trang bị kỹ năng phòng, chống thiên tai cho hơn 1.300 học sinh."
    ),
    sapo_outside=True,
    opts={"blogger": "quan-tri-website", "ctype": "ql", "likes": 15},
)

STORIES: list[Story] = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_ID = {s.id: s for s in STORIES}
OLD_ROUTES = {"blog/tin-tuc/hoi-thi-net-dep-phu-nu-nguyen-van-cu": S11}
FBCLID = "IwZXh0bgNhZW0CMTEAAR2kq7Yc3vLw0PZ_aem_Qm9Jx1sT5pWc3aK9Xo"


def route(s: Story) -> str:
    """The Blog Post's ``route`` field (no leading slash, Unicode as stored)."""
    return f"blog/{s.cat}/{s.slug}"


def href(s: Story) -> str:
    """How Jinja prints the link: raw route, Unicode and all."""
    return "/" + route(s)


def wire_path(s: Story) -> str:
    """The path on the wire: percent-encoded UTF-8 of the NFC route."""
    return "/" + quote(unicodedata.normalize("NFC", route(s)))


def published_on(s: Story) -> date:
    return date.fromisoformat(s.opts.get("published_on") or s.published_at)


def vi_medium(d: date) -> str:
    """Babel ``format_date(d, "medium", locale="vi")``: "3 thg 12, 2026"."""
    return f"{d.day} thg {d.month}, {d.year}"


def sys_date(d: date) -> str:
    return d.strftime("%d-%m-%Y")


def plain_intro(s: Story, n: int = 140) -> str:
    """What Frappe prints for a post without blog_intro: the text cut after ``n`` characters."""
    if s.summary and s.sapo_outside:
        return s.summary
    words = " ".join(s.paragraphs)
    words = unicodedata.normalize("NFC", words)
    return words[:n].rsplit(" ", 1)[0] + "..."


def cover(s: Story) -> str | None:
    return s.images[0].src if s.images else None


def read_time(s: Story) -> int:
    return max(1, round(len(" ".join(s.paragraphs).split()) / 200) + 1)


# --------------------------------------------------------------------------------------------
# content as the three editors stored it
# --------------------------------------------------------------------------------------------


def _inline(b: P, tx) -> str:
    return b.markup if isinstance(b, PM) and b.markup else tx(b.text)


def _plain(value: str) -> str:
    return text(value)


def _fb(value: str) -> str:
    """Facebook paste: decomposed letters, double spaces kept as &nbsp;."""
    out = text(value, nfd=True)
    return out.replace(". ", ".&nbsp; ", 1).replace(", ", ",&nbsp;", 1)


def quill_html(s: Story, tx=_plain) -> str:
    out: list[str] = ['<div class="ql-editor read-mode">']
    blocks = s.blocks
    i = 0
    row_id = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            out.append(f'<p class="ql-align-center"><img src="{esc(b.src)}"></p>')
            if b.printed:
                out.append(f'<p class="ql-align-center"><em>{esc(b.printed)}</em></p>')
            i += 1
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(
                    '<li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>'
                    + _inline(blocks[i], tx)
                    + "</li>"
                )
                i += 1
            out.append("<ol>" + "".join(items) + "</ol>")
        elif b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                row_id += 1
                rid = f"row-{s.id}t{row_id:02d}"
                cells = "".join(
                    f'<td data-row="{rid}">{tx(c)}</td>' for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append("<table><tbody>" + "".join(rows) + "</tbody></table>")
        elif b.style == "h":
            out.append(f"<h3><strong>{_inline(b, tx)}</strong></h3>")
            i += 1
        elif b.style == "quote":
            out.append(f"<blockquote><em>{_inline(b, tx)}</em></blockquote>")
            i += 1
        elif b.style == "lead":
            out.append(f'<p class="ql-align-justify"><strong>{_inline(b, tx)}</strong></p>')
            i += 1
        else:
            parts = [_inline(b, tx)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(_inline(blocks[i], tx))
                i += 1
            out.append('<p class="ql-align-justify">' + "<br>".join(parts) + "</p>")
    out.append("</div>")
    return "\n".join(out)


def _md_id(value: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", value.replace("đ", "d").replace("Đ", "D"))
    ascii_ = ascii_.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")


def markdown_html(s: Story) -> str:
    """markdown2 output (Frappe's ``md_to_html``: header-ids, tables, html-classes)."""
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            src = b.html
            if src.startswith("md:**"):
                out.append(f"<p><strong>{esc(src[5:-2])}</strong></p>\n")
            elif src.startswith("md:*"):
                out.append(f"<p><em>{esc(src[4:-1])}</em></p>\n")
            else:
                out.append(src)
            i += 1
        elif isinstance(b, Img):
            alt = esc(b.caption or "")
            out.append(f'<p><img src="{esc(b.src)}" alt="{alt}" class="screenshot" /></p>\n')
            if b.printed:
                out.append(f"<p><em>{esc(b.printed)}</em></p>\n")
            i += 1
        elif b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                rows.append(blocks[i].text.split(" | "))
                i += 1
            head = "".join(f"  <th>{esc(c)}</th>\n" for c in rows[0])
            body = "".join(
                "<tr>\n" + "".join(f"  <td>{esc(c)}</td>\n" for c in r) + "</tr>\n" for r in rows[1:]
            )
            out.append(
                f'<table class="table table-bordered">\n<thead>\n<tr>\n{head}</tr>\n</thead>\n<tbody>\n{body}</tbody>\n</table>\n'
            )
        elif b.style == "h":
            out.append(f'<h3 id="{_md_id(b.text)}">{esc(b.text)}</h3>\n')
            i += 1
        else:
            out.append(f"<p>{_inline(b, _plain)}</p>\n")
            i += 1
    return "\n".join(out)


def word_html(s: Story) -> str:
    """Word's "Save as Web Page" body pasted into the HTML content type."""
    out: list[str] = [
        "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom>"
        "<w:TrackMoves/><w:TrackFormatting/></w:WordDocument></xml><![endif]-->",
        "<div class=WordSection1>",
    ]
    footnotes: list[P] = []
    li_n = 0
    blocks = s.blocks
    for idx, b in enumerate(blocks):
        if isinstance(b, Raw):
            if b.html.startswith("byline:"):
                out.append(
                    "<p class=MsoNormal align=right style='text-align:right'><b><i>"
                    + _W_SPAN + esc(b.html[7:]) + "<o:p></o:p></span></i></b></p>"
                )
            else:
                out.append(b.html)
        elif isinstance(b, Img):
            n = s.images.index(b) + 1
            out.append(
                "<p class=MsoNormal align=center style='text-align:center'>"
                + _W_SPAN
                + f"<!--[if gte vml 1]><v:shape id=\"Picture_x0020_{n}\" o:spid=\"_x0000_i102{n}\" type=\"#_x0000_t75\" "
                + f"style='width:414.75pt;height:276.75pt;visibility:visible'><v:imagedata src=\"file:///C:/Users/THUHA~1/AppData/Local/Temp/msohtmlclip1/01/clip_image00{n}.jpg\" "
                + "o:title=\"\"/></v:shape><![endif]--><![if !vml]>"
                + f"<img width=553 height=369 src=\"{esc(b.src)}\" v:shapes=\"Picture_x0020_{n}\"><![endif]></span></p>"
            )
            if b.printed:
                out.append(
                    "<p class=MsoCaption align=center style='text-align:center'><i>"
                    + _W_SPAN + esc(b.printed) + "<o:p></o:p></span></i></p>"
                )
        elif b.style.startswith("ftn"):
            footnotes.append(b)
        elif b.style == "li":
            li_n += 1
            nxt = blocks[idx + 1] if idx + 1 < len(blocks) else None
            prv = blocks[idx - 1]
            first = not (isinstance(prv, P) and prv.style == "li")
            last = not (isinstance(nxt, P) and nxt.style == "li")
            cls = "MsoListParagraphCxSpFirst" if first else ("MsoListParagraphCxSpLast" if last else "MsoListParagraphCxSpMiddle")
            out.append(
                f"<p class={cls} style='margin-left:36.0pt;text-align:justify;text-indent:-18.0pt;"
                "mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=VI style='font-size:14.0pt;"
                "line-height:115%;font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'>"
                "<span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
                "</span></span></span><![endif]>" + _W_SPAN + _inline(b, _plain) + "<o:p></o:p></span></p>"
            )
        elif b.style == "row":
            prv = blocks[idx - 1]
            if not (isinstance(prv, P) and prv.style == "row"):
                out.append(
                    "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='margin-left:5.4pt;"
                    "border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
                    "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"
                )
            cells = "".join(
                "<td width=198 valign=top style='width:148.5pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                "<p class=MsoNormal align=center style='margin-bottom:0cm;text-align:center;line-height:normal'>"
                + _W_SPAN + esc(c) + "<o:p></o:p></span></p></td>"
                for c in b.text.split(" | ")
            )
            out.append(f"<tr style='mso-yfti-irow:{idx}'>{cells}</tr>")
            nxt = blocks[idx + 1] if idx + 1 < len(blocks) else None
            if not (isinstance(nxt, P) and nxt.style == "row"):
                out.append("</table>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        else:
            out.append(
                "<p class=MsoNormal style='text-align:justify;text-indent:36.0pt;line-height:115%'>"
                + _W_SPAN + _inline(b, _plain) + "<o:p></o:p></span></p>"
            )
    out.append("</div>")
    if footnotes:
        out.append("<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\n<hr align=left size=1 width=\"33%\">\n<![endif]>")
        for n, f in enumerate(footnotes, 1):
            note = f.text.split("] ", 1)[1]
            out.append(
                f"<div style='mso-element:footnote' id=ftn{n}>\n<p class=MsoFootnoteText><a style='mso-footnote-id:ftn{n}' "
                f"href=\"#_ftnref{n}\" name=\"_ftn{n}\" title=\"\"><span class=MsoFootnoteReference><span lang=VI>"
                f"<span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference>"
                f"<span lang=VI style='font-size:10.0pt;line-height:115%;font-family:\"Times New Roman\",serif'>[{n}]</span>"
                f"</span><![endif]></span></span></span></a><span lang=VI> {esc(note)}<o:p></o:p></span></p>\n</div>"
            )
        out.append("</div>")
    return "\n".join(out)


def content_html(s: Story) -> str:
    kind = s.opts["ctype"]
    if kind == "md":
        return markdown_html(s)
    if kind == "word":
        return word_html(s)
    if kind == "fb":
        return quill_html(s, _fb)
    return quill_html(s)


def title_html(s: Story) -> str:
    return text(s.title, nfd=s.opts["ctype"] == "fb")


# --------------------------------------------------------------------------------------------
# chrome: base.html + web.html + the vendor theme
# --------------------------------------------------------------------------------------------

_NAV = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", None, [("Lịch sử nhà trường", "/gioi-thieu"), ("Cơ cấu tổ chức", "/co-cau-to-chuc")]),
    (
        "Tin tức",
        None,
        [("Tất cả tin bài", "/blog")] + [(MENU_CATS[c], f"/blog/{c}") for c in CATS],
    ),
    ("Văn bản", None, [("Văn bản nhà trường", "/van-ban"), ("Lịch công tác tuần", "/lich-cong-tac")]),
    ("Thư viện", None, [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video/phong-su-ky-niem-20-11-2026")]),
    ("Liên hệ", "/contact", []),
]


def _navbar() -> str:
    items = []
    for n, (label, url, children) in enumerate(_NAV):
        if not children:
            items.append(f'<li class="nav-item"><a class="nav-link" href="{url}">{esc(label)}</a></li>')
            continue
        kids = "\n".join(f'\t\t<a class="dropdown-item" href="{u}">{esc(t)}</a>' for t, u in children)
        items.append(
            f'<li class="nav-item dropdown ">\n\t<a class="nav-link dropdown-toggle" href="#" id="navbarDropdown{n}" '
            f'role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">{esc(label)}</a>\n'
            f'\t<div class="dropdown-menu" aria-labelledby="navbarDropdown{n}" role="menu">\n{kids}\n\t</div>\n</li>'
        )
    return f"""<nav class="navbar navbar-light navbar-expand-lg">
	<div class="container">
		<a class="navbar-brand" href="/"><img src="/files/logo-nvc-2024.png" alt="{SCHOOL}"></a>
		<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarSupportedContent"
			aria-controls="navbarSupportedContent" aria-expanded="false" aria-label="Toggle navigation">
			<span>
				<svg class="icon icon-lg"><use href="#icon-menu"></use></svg>
			</span>
		</button>
		<div class="collapse navbar-collapse" id="navbarSupportedContent">
			<ul class="navbar-nav mr-auto">
{chr(10).join(items)}
			</ul>
			<ul class="navbar-nav">
				<li class="nav-item">
					<form action="/search" class="form-inline my-2 my-lg-0 navbar-search">
						<input class="form-control mr-sm-2" type="search" name="q" placeholder="Tìm kiếm..." aria-label="Search">
					</form>
				</li>
				<li class="nav-item"><a class="nav-link" href="/app">Hệ thống ERPNext</a></li>
				<li class="nav-item"><a class="btn btn-primary btn-login-area" href="/login">Đăng nhập</a></li>
			</ul>
		</div>
	</div>
</nav>"""


def _banner() -> str:
    return f"""<div class="container"><div class="nvc-topstrip d-flex justify-content-between small py-1">
	<span id="ngay-hom-nay"><i class="fa fa-calendar"></i> {TODAY_LINE}</span>
	<span>Đường dây nóng: 0234.3557.218 &nbsp;|&nbsp; <a href="mailto:thptnguyenvancu@hue.edu.vn">thptnguyenvancu@hue.edu.vn</a></span>
</div>
<div class="nvc-banner"><img src="/files/banner-nvc-2026.jpg" alt="Trường THPT Nguyễn Văn Cừ - Dạy tốt, học tốt" class="img-fluid"></div></div>"""


def _breadcrumbs(parents: list[tuple[str, str]], current: str) -> str:
    if not parents:
        return ""
    items = "".join(
        f'\n\t\t<li class="breadcrumb-item">\n\t\t\t<a href="{u}">{esc(t)}</a>\n\t\t</li>' for t, u in parents
    )
    return f"""<div class="page-breadcrumbs">
<nav aria-label="breadcrumb">
	<ol class="breadcrumb">{items}
		<li class="breadcrumb-item active" aria-current="page">
			{current}
		</li>
	</ol>
</nav>
</div>"""


def _sidebar() -> str:
    newest = "".join(
        f'<li class="nvc-k1"><a href="{href(s)}">{title_html(s)}</a><span class="text-muted small d-block">{sys_date(published_on(s))}</span></li>'
        for s in STORIES[:5]
    )
    most = "".join(
        f'<li><span class="badge badge-light mr-1">{n}</span><a href="{href(BY_ID[i])}">{title_html(BY_ID[i])}</a></li>'
        for n, i in enumerate((6, 2, 4, 1), 1)
    )
    cats = "".join(f'<li><a href="/blog/{c}">{esc(t)}</a></li>' for c, t in CATS.items())
    return f"""<aside class="col-lg-4 nvc-cotphai">
	<div class="nvc-box" id="box_tb01">
		<div class="nvc-box-tit">📢 THÔNG BÁO MỚI</div>
		<marquee direction="up" scrollamount="2" height="90" onmouseover="this.stop()" onmouseout="this.start()">
			<p><a href="{href(S3)}">Lịch kiểm tra cuối học kỳ I năm học 2026 – 2027</a></p>
			<p>Học sinh xem thời khóa biểu mới áp dụng từ ngày 07/12/2026 tại bảng tin nhà trường.</p>
		</marquee>
	</div>
	<div class="nvc-box" id="box_tm02">
		<div class="nvc-box-tit">BÀI VIẾT MỚI</div>
		<ul class="list-unstyled nvc-ds">{newest}</ul>
	</div>
	<div class="nvc-box" id="box_xn03">
		<div class="nvc-box-tit">XEM NHIỀU</div>
		<ol class="list-unstyled nvc-ds">{most}</ol>
	</div>
	<div class="nvc-box" id="box_cm04">
		<div class="nvc-box-tit">CHUYÊN MỤC</div>
		<ul class="nvc-ds">{cats}</ul>
	</div>
	<div class="nvc-box" id="box_bc05">
		<div class="nvc-box-tit">THĂM DÒ Ý KIẾN</div>
		<p class="small">Bạn thường xem tin tức của nhà trường qua kênh nào?</p>
		<div class="form-check"><input class="form-check-input" type="radio" name="poll_opt" value="1" id="po1"><label for="po1">Website nhà trường</label></div>
		<div class="form-check"><input class="form-check-input" type="radio" name="poll_opt" value="2" id="po2"><label for="po2">Fanpage Facebook</label></div>
		<div class="form-check"><input class="form-check-input" type="radio" name="poll_opt" value="3" id="po3"><label for="po3">Nhóm Zalo lớp</label></div>
		<button class="btn btn-sm btn-secondary mt-2" onclick="frappe.call('nvc_theme.api.binh_chon', {{opt: $('[name=poll_opt]:checked').val()}})">Bình chọn</button>
		<a class="small ml-2" href="javascript:void(0)" onclick="nvc_poll_result()">Xem kết quả</a>
	</div>
	<div class="nvc-box" id="box_lk06">
		<div class="nvc-box-tit">LIÊN KẾT WEBSITE</div>
		<select class="form-control form-control-sm" onchange="if(this.value) window.open(this.value)">
			<option value="">-- Chọn liên kết --</option>
			<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
			<option value="https://hue.edu.vn">Sở GD&amp;ĐT thành phố Huế</option>
			<option value="https://thisinh.thitotnghiepthpt.edu.vn">Cổng thi tốt nghiệp THPT</option>
		</select>
		<a href="https://vnedu.vn" target="_blank" class="d-block mt-2"><img src="/files/tra-cuu-diem-vnedu.png" alt="Tra cứu điểm" class="img-fluid"></a>
	</div>
	<div class="nvc-box" id="box_tk07">
		<div class="nvc-box-tit">THỐNG KÊ TRUY CẬP</div>
		<table class="table table-sm small mb-0">
			<tr><td>Đang online</td><td class="text-right">27</td></tr>
			<tr><td>Hôm nay</td><td class="text-right">518</td></tr>
			<tr><td>Tháng này</td><td class="text-right">3.902</td></tr>
			<tr><td>Tổng truy cập</td><td class="text-right">1.204.377</td></tr>
		</table>
	</div>
</aside>"""


_FOOTER = f"""<footer class="web-footer">
	<div class="container">
		<div class="footer-logo-extension">
			<div class="row">
				<div class="col-12 col-md-6 footer-logo"><img src="/files/logo-nvc-footer.png" alt="{SCHOOL}"></div>
				<div class="col-12 col-md-6 footer-subscribe">
					<a href="https://www.facebook.com/thptnguyenvancu.hue" target="_blank" rel="noopener">Facebook</a> ·
					<a href="https://www.youtube.com/@thptnguyenvancu" target="_blank" rel="noopener">YouTube</a>
				</div>
			</div>
		</div>
		<div class="footer-links">
			<div class="row">
				<div class="footer-group col-12 col-md-4">
					<div class="footer-parent-item">Nhà trường</div>
					<a href="/gioi-thieu" class="footer-child-item">Giới thiệu</a>
					<a href="/contact" class="footer-child-item">Liên hệ</a>
				</div>
				<div class="footer-group col-12 col-md-4">
					<div class="footer-parent-item">Liên kết</div>
					<a href="https://moet.gov.vn" class="footer-child-item" target="_blank">Bộ GD&amp;ĐT</a>
					<a href="https://hue.edu.vn" class="footer-child-item" target="_blank">Sở GD&amp;ĐT thành phố Huế</a>
				</div>
			</div>
		</div>
		<div class="footer-info">
			<div class="row">
				<div class="footer-col-left col-sm-8">
					<p class="mb-1"><strong>TRƯỜNG THPT NGUYỄN VĂN CỪ</strong></p>
					<p class="mb-1">Địa chỉ: Số 47 đường Độc Lập, phường Hương Trà, thành phố Huế</p>
					<p class="mb-1">Điện thoại: 0234.3557.218 – Email: thptnguyenvancu@hue.edu.vn</p>
					<p class="mb-1">Chịu trách nhiệm nội dung: Thầy Võ Quang Trung – Hiệu trưởng</p>
					<p class="mb-0">© 2026 Trường THPT Nguyễn Văn Cừ. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
				</div>
				<div class="footer-col-right col-sm-4">
					<a href="https://erpnext.com?source=website_footer" target="_blank" class="text-muted">Powered by ERPNext</a>
				</div>
			</div>
		</div>
	</div>
</footer>"""


def page(
    request: Request,
    title: str,
    content: str,
    *,
    path: str,
    parents: list[tuple[str, str]] | None = None,
    crumb: str | None = None,
    description: str = "",
    image: str | None = None,
    sidebar: bool = True,
    body_class: str = "",
    extra_head: str = "",
    script: str = "",
) -> str:
    base = base_url(request)
    meta = [
        ("name", title),
        ("description", description),
    ]
    if image:
        meta.append(("image", base + image))
    tags = "\n\t".join(
        f'<meta name="{k}" content="{esc(v)}">\n\t<meta property="og:{"title" if k == "name" else k}" content="{esc(v)}">'
        for k, v in meta
        if v
    )
    main = content
    if sidebar:
        main = f'<div class="row">\n<div class="col-lg-8">\n{content}\n</div>\n{_sidebar()}\n</div>'
    return f"""<!DOCTYPE html>
<!-- Built on Frappe. https://frappeframework.com/ -->
<html lang="vi">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="generator" content="frappe">
	<title>{title} | Trường THPT Nguyễn Văn Cừ</title>
	{tags}
	<meta name="twitter:card" content="summary_large_image">
	<meta property="og:type" content="website">
	<meta property="og:url" content="{esc(base + path)}">
	<link rel="canonical" href="{esc(base + path)}">
	<link rel="shortcut icon" href="/files/favicon-nvc.png" type="image/x-icon">
	<link type="text/css" rel="stylesheet" href="/assets/frappe/dist/css/website.bundle.2KPXGE6L.css">
	<link type="text/css" rel="stylesheet" href="/files/website_theme/nvc_theme_2026.css">{extra_head}
	<script>
		window.frappe = {{}};
		frappe.ready_events = [];
		frappe.ready = function(fn) {{ frappe.ready_events.push(fn); }};
		window.dev_server = 0;
		window.socketio_port = 9000;
		window.show_language_picker = false;
	</script>
</head>
<body frappe-session-status="logged-out" data-path="{esc(path.strip("/"))}" class="{body_class}">
	<div class="main-section">
		<div>
			<header>
{_banner()}
{_navbar()}
			</header>
			<div class="page-content-wrapper">
				<main class="container my-4">
{_breadcrumbs(parents or [], crumb if crumb is not None else title)}
					<div class="page-content-block">
{main}
					</div>
				</main>
			</div>
		</div>
{_FOOTER}
	</div>
	<script type="text/javascript" src="/assets/frappe/dist/js/frappe-web.bundle.S4VXO3EC.js"></script>
	<script>frappe.csrf_token = "None";</script>
	<script type="text/javascript" src="/website_script.js"></script>{script}
</body>
</html>"""


# --------------------------------------------------------------------------------------------
# listings
# --------------------------------------------------------------------------------------------


def blog_card(s: Story) -> str:
    cat = f"/blog/{s.cat}"
    img = cover(s)
    name = BLOGGERS[s.opts["blogger"]][0]
    img_html = (
        f'<div class="card-img-top"><a href="{href(s)}" class="no-underline"><img class="website-image" '
        f'src="{esc(img)}" alt="{esc(s.title)}" loading="lazy"></a></div>'
        if img
        else ""
    )
    return f"""<div class="blog-card col-sm-12 col-md-6 mb-4">
	<div class="card h-100">
		{img_html}
		<div class="card-body pb-0">
			<a class="blog-card-category small text-muted" href="{cat}">{esc(CATS[s.cat])}</a>
			<a href="{href(s)}" class="no-underline card-link">
				<h5 class="blog-card-title">{title_html(s)}</h5>
			</a>
			<p class="blog-card-intro text-muted">{esc(plain_intro(s, 200))}</p>
		</div>
		<div class="card-footer bg-transparent border-0 small text-muted">
			<span class="blogger-name">{esc(name)}</span> · <span>{sys_date(published_on(s))}</span>
		</div>
	</div>
</div>"""


def posts_for(cat: str | None = None, blogger: str | None = None) -> list[Story]:
    out = STORIES
    if cat:
        out = [s for s in out if s.cat == cat]
    if blogger:
        out = [s for s in out if s.opts["blogger"] == blogger]
    return out


def _cint(value: str | None) -> int:
    try:
        return max(0, int(value or 0))
    except ValueError:
        return 0


def listing(request: Request, *, cat: str | None = None) -> Response:
    params = request.params
    start = _cint(params.get("start"))
    blogger = params.get("blogger") or None
    if blogger is not None and blogger not in BLOGGERS:
        blogger = None
    posts = posts_for(cat, blogger)
    chunk = posts[start : start + PAGE_LEN]
    show_more = len(posts) > start + PAGE_LEN
    action = f"/blog/{cat}" if cat else "/blog"
    if cat:
        heading, intro = CATS[cat], f"Các bài viết thuộc chuyên mục {CATS[cat]}"
        parents: list[tuple[str, str]] = [("Trang chủ", "/"), ("Blog", "/blog")]
        crumb = esc(CATS[cat])
    elif blogger:
        heading = f"Bài viết của {BLOGGERS[blogger][0]}"
        intro = BLOGGERS[blogger][1]
        parents, crumb = [("Trang chủ", "/"), ("Blog", "/blog")], esc(BLOGGERS[blogger][0])
    else:
        heading, intro = "Bản tin Trường THPT Nguyễn Văn Cừ", "Tin tức, sự kiện, hoạt động dạy và học của thầy và trò nhà trường"
        parents, crumb = [("Trang chủ", "/")], "Blog"
    hidden = f'<input type="hidden" name="blogger" value="{esc(blogger)}">' if blogger else ""
    cards = "\n".join(blog_card(s) for s in chunk) or '<div class="no-result text-muted" style="min-height: 300px;">Không có bài viết nào</div>'
    pills = " ".join(
        f'<a class="btn btn-sm btn-light mr-1 mb-1{" active" if c == cat else ""}" href="/blog/{c}">{esc(t)}</a>'
        for c, t in CATS.items()
    )
    more = ""
    if show_more:
        more = f"""<div class="more-block text-center">
			<form method="get" action="{action}" class="nvc-xemthem">{hidden}
				<input type="hidden" name="start" value="{start + PAGE_LEN}">
				<button type="submit" class="btn btn-light btn-more btn-sm">Xem thêm</button>
			</form>
		</div>"""
    hero = ""
    if not cat and not blogger and start == 0:
        f = next(s for s in STORIES if s.opts.get("featured"))
        hero = f"""<div class="featured-post mb-4" id="nvc-noibat">
	<div class="row no-gutters">
		<div class="col-md-7"><a href="{href(f)}"><img src="{esc(cover(f) or "")}" class="img-fluid" alt=""></a></div>
		<div class="col-md-5 p-3">
			<span class="badge badge-warning">Nổi bật</span>
			<a href="{href(f)}" class="no-underline"><h3 class="blog-card-title mt-2">{title_html(f)}</h3></a>
			<p class="text-muted">{esc(plain_intro(f, 200))}</p>
			<div class="small text-muted">{sys_date(published_on(f))}</div>
		</div>
	</div>
</div>"""
    content = f"""<div class="blog-list-content">
	<div class="hero-content mb-3">
		<h1 class="hero-title">{esc(heading)}</h1>
		<p class="hero-subtitle text-muted">{esc(intro)}</p>
		<div class="blog-category-pills">{pills}</div>
	</div>
	{hero}
	<div class="website-list" data-doctype="Blog Post" data-txt="[notxt]">
		<div id="blog-list" class="blog-list result row">
{cards}
		</div>
		{more}
	</div>
</div>"""
    script = f"""
	<script>
	frappe.ready(() => {{
		let next_start = {start + PAGE_LEN};
		$('.nvc-xemthem').on('submit', function(e) {{
			e.preventDefault();
			let $btn = $(this).find('.btn-more');
			let args = $.extend(frappe.utils.get_query_params(), {{
				doctype: "Blog Post",
				category: "{cat or ""}",
				limit_start: next_start,
				pathname: location.pathname,
			}});
			$btn.prop("disabled", true);
			frappe.call('frappe.www.list.get', args).then(r => {{
				var data = r.message;
				$.each(data.result || [], function(i, d) {{ $(d).appendTo($(".blog-list")); }});
				next_start = data.next_start;
				$('.more-block').toggleClass('hidden', !data.show_more);
			}}).always(() => $btn.prop("disabled", false));
		}});
	}});
	</script>"""
    title = heading if (cat or blogger) else "Blog"
    path = request.path if not request.query else request.target
    return html(
        page(
            request,
            esc(title),
            content,
            path=path,
            parents=parents,
            crumb=crumb,
            description=intro,
            body_class="blog-list-page",
            script=script,
        )
    )


def list_api(request: Request) -> Response:
    """``frappe.www.list.get`` as the Load-more button calls it: JSON with HTML cards."""
    params = request.params
    if params.get("doctype", "Blog Post") != "Blog Post":
        return Response(403, json.dumps({"exc_type": "PermissionError"}), {"Content-Type": "application/json"})
    start = _cint(params.get("limit_start"))
    cat = params.get("category") or None
    if cat not in CATS:
        cat = None
    blogger = params.get("blogger") if params.get("blogger") in BLOGGERS else None
    posts = posts_for(cat, blogger)
    body = {
        "message": {
            "result": [blog_card(s) for s in posts[start : start + PAGE_LEN]],
            "show_more": len(posts) > start + PAGE_LEN,
            "next_start": start + PAGE_LEN,
        }
    }
    return Response(200, json.dumps(body, ensure_ascii=False), {"Content-Type": "application/json"})


# --------------------------------------------------------------------------------------------
# the Blog Post page
# --------------------------------------------------------------------------------------------


def _comments(s: Story) -> str:
    rows = "".join(
        f"""
		<div class="comment-row media my-5">
			<div class="comment-avatar"><span class="avatar avatar-medium" title="{esc(who)}"><div class="avatar-frame standard-image">{esc(who[0])}</div></span></div>
			<div class="comment-content">
				<div class="head mb-2">
					<span class="title font-weight-bold mr-2">{esc(who)}</span>
					<span class="time small text-muted">{esc(when)}</span>
				</div>
				<div class="content"><p>{esc(what)}</p></div>
			</div>
		</div>"""
        for who, when, what in s.opts.get("comments", [])
    )
    n = len(s.opts.get("comments", []))
    empty = "" if n else '<p class="no-comment text-muted">Chưa có bình luận nào.</p>'
    return f"""<div class="blog-comments">
	<div class="comment-view mt-5" id="comments">
		<h5 class="comment-count">{n} bình luận</h5>
		<div class="comment-list">{rows}
		{empty}
		</div>
	</div>
	<div class="add-comment-section">
		<h5>Để lại bình luận</h5>
		<div class="comment-form-wrapper" data-reference-doctype="Blog Post" data-reference-name="{s.id:06d}">
			<div class="comment-form">
				<div class="form-group"><input class="form-control comment_by" name="comment_by" placeholder="Họ và tên" type="text"></div>
				<div class="form-group"><input class="form-control comment_email" name="comment_email" placeholder="Email" type="email"></div>
				<div class="form-group"><textarea class="form-control" name="comment" rows="4" placeholder="Nội dung bình luận"></textarea></div>
				<button class="btn btn-sm btn-primary" id="submit-comment">Gửi bình luận</button>
			</div>
		</div>
	</div>
</div>"""


def _others(s: Story) -> str:
    same = [o for o in STORIES if o.cat == s.cat and o is not s][:3]
    if not same:
        return ""
    items = "".join(
        f'<li><a href="{href(o)}">{title_html(o)}</a> <span class="text-muted small">({sys_date(published_on(o))})</span></li>'
        for o in same
    )
    return f"""<div class="nvc-tinkhac mt-4">
	<h4 class="nvc-tinkhac-tit">Các tin khác</h4>
	<ul>{items}</ul>
</div>"""


def post_page(request: Request, s: Story) -> Response:
    b_key = s.opts["blogger"]
    b_name, b_bio, b_avatar = BLOGGERS[b_key]
    pub = published_on(s)
    intro = f'\n\t\t<p class="blog-intro">{esc(s.summary)}</p>' if s.summary and s.sapo_outside else ""
    modified = (
        f'\n\t\t\t\t<div class="text-muted small nvc-capnhat" title="modified">Cập nhật: {s.opts["modified"]}</div>'
        if s.opts.get("modified")
        else ""
    )
    kind = s.opts["ctype"]
    text_cls = "longform blog-text" + (" from-markdown" if kind == "md" else "")
    cat_url = f"/blog/{s.cat}"
    likes = s.opts.get("likes", 0)
    content = f"""<div class="blog-container">
<article class="blog-content" itemscope itemtype="http://schema.org/BlogPosting">
	<!-- begin blog content -->
	<div class="blog-header">
		<a class="mb-4 text-muted" href="{cat_url}">{esc(CATS[s.cat])}</a>
		<h1 class="blog-title" itemprop="headline">{title_html(s)}</h1>{intro}
		<div class="blog-info">
			<div class="d-flex align-items-center">
				<span class="avatar avatar-small mr-2"><img class="avatar-frame standard-image" src="{b_avatar}" title="{esc(b_name)}"></span>
				<div>
					<a class="blogger-name text-dark" href="/blog?blogger={b_key}">{esc(b_name)}</a>
					<div class="text-muted small"><span itemprop="datePublished">{vi_medium(pub)}</span> · {read_time(s)} phút đọc</div>
				</div>
			</div>{modified}
			<div class="nvc-congcu mt-2 small">
				<a href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a> ·
				<a href="https://www.facebook.com/sharer/sharer.php?u={quote(base_url(request) + wire_path(s), safe="")}" target="_blank">Chia sẻ Facebook</a> ·
				<a href="https://zalo.me/share?u={quote(base_url(request) + wire_path(s), safe="")}" target="_blank">Zalo</a>
			</div>
		</div>
	</div>
	<div itemprop="articleBody" class="{text_cls}">
{content_html(s)}
	</div>
	<!-- end blog content -->
	<div class="blog-feedback d-flex mt-4">
		<div class="like-section mr-3"><span class="like-icon"><svg class="icon icon-sm"><use href="#icon-heart"></use></svg></span> <span class="like-count">{likes}</span> lượt thích</div>
		<a href="#comments" class="text-muted">Bình luận ({len(s.opts.get("comments", []))})</a>
	</div>
	<hr>
	<div class="blogger d-flex">
		<div class="avatar avatar-large mr-3"><img class="avatar-frame standard-image" src="{b_avatar}" title="{esc(b_name)}"></div>
		<div class="blogger-details">
			<p class="blogger-name font-weight-bold mb-1">{esc(b_name)}</p>
			<p class="blogger-bio text-muted">{esc(b_bio)}</p>
			<a href="/blog?blogger={b_key}" class="small">Tất cả bài viết của {esc(b_name)}</a>
		</div>
	</div>
{_comments(s)}
</article>
{_others(s)}
</div>"""
    description = plain_intro(s)
    return html(
        page(
            request,
            title_html(s),
            content,
            path=href(s),
            parents=[("Trang chủ", "/"), ("Blog", "/blog"), (CATS[s.cat], cat_url)],
            description=description,
            image=cover(s),
            body_class="blog-post-page",
            extra_head='\n\t<meta property="og:type" content="article">',
        )
    )


# --------------------------------------------------------------------------------------------
# Web Pages and the "Văn bản" web view
# --------------------------------------------------------------------------------------------


def home(request: Request) -> Response:
    notices = "".join(
        f'<li><a href="{href(s)}">{title_html(s)}</a> <small class="text-muted">{sys_date(published_on(s))}</small></li>'
        for s in STORIES
        if s.cat == "thong-bao"
    )
    content = f"""<div class="web-page-content" id="page-trang-chu">
<section class="section section-padding-top section-padding-bottom" data-section-idx="0" data-section-template="Hero with Right Image">
	<div class="row align-items-center">
		<div class="col-md-6">
			<h1 class="hero-title">Chào mừng đến với {SCHOOL}</h1>
			<p class="hero-subtitle">Đoàn kết – Kỷ cương – Chất lượng – Sáng tạo</p>
			<a class="btn btn-primary" href="/gioi-thieu">Tìm hiểu về nhà trường</a>
		</div>
		<div class="col-md-6"><img src="/files/toan-canh-truong-nvc.jpg" class="img-fluid" alt="Toàn cảnh nhà trường"></div>
	</div>
</section>
<section class="section" data-section-idx="1" data-section-template="Markdown">
	<div class="from-markdown">
		<h2 id="tin-noi-bat">Tin nổi bật</h2>
		<ul>
			<li><a href="{href(S1)}">{esc(S1.title)}</a></li>
			<li><a href="{href(S6)}?fbclid={FBCLID}">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></li>
			<li><a href="{href(S9)}/">Trao học bổng “Tiếp bước đến trường”</a></li>
		</ul>
	</div>
</section>
<section class="section" data-section-idx="2" data-section-template="Section with Cards">
	<h2 class="section-title">Thông báo</h2>
	<ul class="nvc-thongbao">{notices}</ul>
	<p><a href="/blog/thong-bao">Xem tất cả thông báo »</a></p>
</section>
<section class="section" data-section-idx="3" data-section-template="Section with Cards">
	<h2 class="section-title">Thư viện</h2>
	<div class="row">
		<div class="col-md-6"><a href="/thu-vien-anh/khai-giang-nam-hoc-2026-2027"><img src="/files/album-khai-giang-2026-cover.jpg" class="img-fluid" alt=""><p>Lễ khai giảng năm học 2026 – 2027</p></a></div>
		<div class="col-md-6"><a href="/video/phong-su-ky-niem-20-11-2026"><img src="/files/video-20-11-thumb.jpg" class="img-fluid" alt=""><p>Phóng sự: Mùa tri ân 2026</p></a></div>
	</div>
</section>
</div>"""
    return html(page(request, "Trang chủ", content, path="/", description=f"Cổng thông tin điện tử {SCHOOL}, thành phố Huế"))


def _webpage(request: Request, path: str, title: str, body: str, *, parents=None, sidebar=True) -> Response:
    content = f"""<div class="web-page-content">
	<h1>{esc(title)}</h1>
{body}
</div>"""
    return html(
        page(request, esc(title), content, path=path, parents=parents or [("Trang chủ", "/")], sidebar=sidebar, description=title)
    )


def gioi_thieu(request: Request) -> Response:
    body = """	<p>Trường THPT Nguyễn Văn Cừ được thành lập theo Quyết định số 912/QĐ-UB ngày 15/8/1987 của UBND tỉnh Bình Trị Thiên, tiền thân là Trường cấp III Hương Trà B.</p>
	<h3>Những chặng đường phát triển</h3>
	<p>Gần 40 năm xây dựng và trưởng thành, từ 8 lớp học với 320 học sinh trong những ngày đầu, đến nay nhà trường có 36 lớp với hơn 1.350 học sinh và 86 cán bộ, giáo viên, nhân viên.</p>
	<p>Nhà trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2015, đạt kiểm định chất lượng giáo dục cấp độ 3 năm 2020; vinh dự đón nhận Huân chương Lao động hạng Ba năm 2017.</p>
	<h3>Sứ mệnh – Tầm nhìn</h3>
	<p>Xây dựng môi trường học tập thân thiện, kỷ cương, chất lượng; mỗi học sinh được phát triển toàn diện và có cơ hội khẳng định bản thân.</p>
	<img src="/files/truong-nvc-1987.jpg" class="img-fluid" alt="Trường những năm đầu thành lập">"""
    return _webpage(request, "/gioi-thieu", "Lịch sử nhà trường", body, parents=[("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu")])


def co_cau(request: Request) -> Response:
    rows = [
        ("Võ Quang Trung", "Hiệu trưởng", "Phụ trách chung"),
        ("Lê Văn Thịnh", "Phó Hiệu trưởng", "Phụ trách chuyên môn"),
        ("Nguyễn Thị Hằng", "Phó Hiệu trưởng", "Phụ trách cơ sở vật chất, ngoài giờ lên lớp"),
        ("Phan Văn Đức", "Phó Hiệu trưởng", "Phụ trách kiểm định, thi cử"),
    ]
    trs = "".join(f"<tr><td>{n}</td><td>{p}</td><td>{t}</td></tr>" for n, p, t in rows)
    body = f"""	<h3>Ban Giám hiệu</h3>
	<table class="table table-bordered"><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Nhiệm vụ</th></tr></thead><tbody>{trs}</tbody></table>
	<h3>Các tổ chuyên môn</h3>
	<ul><li>Tổ Toán – Tin</li><li>Tổ Ngữ văn</li><li>Tổ Ngoại ngữ</li><li>Tổ Lý – Hóa – Sinh – Công nghệ</li><li>Tổ Sử – Địa – GDKT&amp;PL</li><li>Tổ GDTC – GDQP&amp;AN</li><li>Tổ Văn phòng</li></ul>"""
    return _webpage(request, "/co-cau-to-chuc", "Cơ cấu tổ chức", body, parents=[("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu")])


def contact(request: Request) -> Response:
    body = """	<div class="row">
	<div class="col-md-6">
		<p><strong>Trường THPT Nguyễn Văn Cừ</strong></p>
		<p>Số 47 đường Độc Lập, phường Hương Trà, thành phố Huế</p>
		<p>Điện thoại: 0234.3557.218<br>Email: thptnguyenvancu@hue.edu.vn</p>
		<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3825.1!2d107.52!3d16.51" width="100%" height="260" style="border:0;" loading="lazy"></iframe>
	</div>
	<div class="col-md-6">
		<div class="contact-form">
			<select name="subject" class="form-control mb-2"><option>Góp ý</option><option>Tuyển sinh</option><option>Khác</option></select>
			<input class="form-control mb-2" name="email" type="email" placeholder="Email của bạn">
			<textarea class="form-control mb-2" name="message" rows="5" placeholder="Nội dung"></textarea>
			<button class="btn btn-primary btn-send">Gửi</button>
		</div>
	</div>
	</div>"""
    return _webpage(request, "/contact", "Liên hệ", body, sidebar=False)


def lich_cong_tac(request: Request) -> Response:
    days = [
        ("Thứ Hai, 30/11", "7h00: Chào cờ đầu tuần; 14h00: Họp Ban Giám hiệu", "BGH"),
        ("Thứ Ba, 01/12", "Dự giờ tổ Toán – Tin", "Thầy Thịnh"),
        ("Thứ Tư, 02/12", "8h00: Họp Hội đồng tự đánh giá", "Thầy Trung"),
        ("Thứ Năm, 03/12", "Làm việc với Đoàn đánh giá ngoài của Sở GD&amp;ĐT", "Toàn trường"),
        ("Thứ Sáu, 04/12", "Các tổ chuyên môn duyệt đề kiểm tra cuối kỳ I", "Tổ trưởng CM"),
        ("Thứ Bảy, 05/12", "7h30: Ngoại khóa “Tuổi trẻ với pháp luật” khối 11", "Đoàn trường"),
    ]
    trs = "".join(f"<tr><td>{d}</td><td>{c}</td><td>{w}</td></tr>" for d, c, w in days)
    body = f"""	<p class="text-muted">Tuần 13 (từ ngày 30/11/2026 đến ngày 06/12/2026)</p>
	<div class="btn-group mb-2"><button class="btn btn-sm btn-light" disabled>« Tuần trước</button><button class="btn btn-sm btn-light" disabled>Tuần sau »</button></div>
	<table class="table table-bordered table-sm"><thead><tr><th>Ngày</th><th>Nội dung công việc</th><th>Chủ trì / Thực hiện</th></tr></thead><tbody>{trs}</tbody></table>"""
    return _webpage(request, "/lich-cong-tac", "Lịch công tác tuần", body)


DOCS = [
    ("kh-145-thptnvc", "145/KH-THPTNVC", "05/09/2026", "Kế hoạch", "Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027", "Võ Quang Trung"),
    ("qd-88-thptnvc", "88/QĐ-THPTNVC", "12/09/2026", "Quyết định", "Quyết định thành lập các tổ chuyên môn năm học 2026 – 2027", "Võ Quang Trung"),
    ("tb-215-thptnvc", "215/TB-THPTNVC", "30/11/2026", "Thông báo", "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027", "Phan Văn Đức"),
]


def van_ban_list(request: Request) -> Response:
    rows = []
    for name, so, ngay, loai, trich, _ in DOCS:
        link = f"/van-ban/{name}" if name == "kh-145-thptnvc" else f"/files/{name.upper()}.pdf"
        rows.append(f'<tr><td>{so}</td><td>{ngay}</td><td>{loai}</td><td><a href="{link}">{esc(trich)}</a></td></tr>')
    body = f"""	<table class="table table-bordered table-hover"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Loại văn bản</th><th>Trích yếu</th></tr></thead>
	<tbody>{"".join(rows)}</tbody></table>"""
    return _webpage(request, "/van-ban", "Văn bản nhà trường", body)


def van_ban_entry(request: Request) -> Response:
    _, so, ngay, loai, trich, ky = DOCS[0]
    body = f"""	<table class="table table-sm nvc-vb">
		<tr><th style="width:30%">Số ký hiệu</th><td>{so}</td></tr>
		<tr><th>Ngày ban hành</th><td>{ngay}</td></tr>
		<tr><th>Loại văn bản</th><td>{loai}</td></tr>
		<tr><th>Cơ quan ban hành</th><td>Trường THPT Nguyễn Văn Cừ</td></tr>
		<tr><th>Người ký</th><td>{ky}</td></tr>
		<tr><th>Trích yếu</th><td>{esc(trich)}</td></tr>
		<tr><th>Tệp đính kèm</th><td><a href="/files/KH-145-THPTNVC.pdf">KH-145-THPTNVC.pdf</a></td></tr>
	</table>"""
    return _webpage(request, "/van-ban/kh-145-thptnvc", trich, body, parents=[("Trang chủ", "/"), ("Văn bản", "/van-ban")])


def album_list(request: Request) -> Response:
    body = """	<div class="row">
		<div class="col-md-4"><a href="/thu-vien-anh/khai-giang-nam-hoc-2026-2027"><img src="/files/album-khai-giang-2026-cover.jpg" class="img-fluid" alt=""><p>Lễ khai giảng năm học 2026 – 2027 (12 ảnh)</p></a></div>
	</div>"""
    return _webpage(request, "/thu-vien-anh", "Thư viện ảnh", body)


def album(request: Request) -> Response:
    pics = "".join(
        f'<div class="col-6 col-md-4 mb-3"><a href="/files/khai-giang-2026-{n:02d}.jpg" data-lightbox="kg"><img src="/files/khai-giang-2026-{n:02d}.jpg" class="img-fluid" alt="Khai giảng {n}"></a><div class="small text-muted">{cap}</div></div>'
        for n, cap in enumerate(
            ["Lễ chào cờ", "Thầy Hiệu trưởng đọc thư của Chủ tịch nước", "Học sinh khối 10 vào trường", "Đánh trống khai giảng", "Văn nghệ chào mừng", "Toàn cảnh buổi lễ"],
            1,
        )
    )
    body = f"""	<p class="text-muted">Ngày 05/09/2026 · 12 ảnh</p>
	<div class="row nvc-album">{pics}</div>"""
    return _webpage(request, "/thu-vien-anh/khai-giang-nam-hoc-2026-2027", "Lễ khai giảng năm học 2026 – 2027", body, parents=[("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh")])


def video(request: Request) -> Response:
    body = """	<div class="embed-responsive embed-responsive-16by9 mb-3">
		<iframe class="embed-responsive-item" src="https://www.youtube.com/embed/Xq3mNv0T1aE" allowfullscreen></iframe>
	</div>
	<p class="text-muted">Đăng ngày 22/11/2026 · Thời lượng 06:45</p>
	<p>Phóng sự về những hoạt động tri ân thầy cô giáo của học sinh Trường THPT Nguyễn Văn Cừ nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.</p>"""
    return _webpage(request, "/video/phong-su-ky-niem-20-11-2026", "Phóng sự: Mùa tri ân 2026", body, parents=[("Trang chủ", "/"), ("Video", "/video/phong-su-ky-niem-20-11-2026")])


def login(request: Request) -> Response:
    body = """	<div class="login-content page-card">
		<form class="form-signin form-login" role="form">
			<div class="page-card-head"><img class="app-logo" src="/files/logo-nvc-2024.png"><h4>Đăng nhập vào Hệ thống</h4></div>
			<div class="form-group"><input type="text" id="login_email" class="form-control" placeholder="Email / Tên đăng nhập" required autofocus autocomplete="username"></div>
			<div class="form-group"><input type="password" id="login_password" class="form-control" placeholder="Mật khẩu" autocomplete="current-password" required></div>
			<button class="btn btn-sm btn-primary btn-block btn-login" type="submit">Đăng nhập</button>
		</form>
	</div>"""
    return _webpage(request, "/login", "Đăng nhập", body, sidebar=False)


def search(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    hits = []
    if q:
        needle = unicodedata.normalize("NFC", q).lower()
        hits = [s for s in STORIES if needle in unicodedata.normalize("NFC", s.title).lower()]
    rows = "".join(
        f'<div class="search-result-item mb-3"><a href="{href(s)}" class="h5">{title_html(s)}</a><p class="text-muted small">{esc(plain_intro(s))}</p></div>'
        for s in hits
    )
    note = f"<p>Tìm thấy {len(hits)} kết quả cho “{esc(q)}”</p>" if q else "<p>Nhập từ khóa để tìm kiếm.</p>"
    body = f"""	<form action="/search" class="form-search mb-4"><input class="form-control" type="search" name="q" value="{esc(q)}" placeholder="Tìm kiếm..."></form>
	{note}
	<div class="search-results">{rows}</div>"""
    return _webpage(request, "/search", "Tìm kiếm", body, sidebar=False)


# --------------------------------------------------------------------------------------------
# the site
# --------------------------------------------------------------------------------------------

PAGES = {
    "": home,
    "gioi-thieu": gioi_thieu,
    "co-cau-to-chuc": co_cau,
    "contact": contact,
    "lich-cong-tac": lich_cong_tac,
    "van-ban": van_ban_list,
    "van-ban/kh-145-thptnvc": van_ban_entry,
    "thu-vien-anh": album_list,
    "thu-vien-anh/khai-giang-nam-hoc-2026-2027": album,
    "video/phong-su-ky-niem-20-11-2026": video,
    "login": login,
    "search": search,
}
POSTS = {unicodedata.normalize("NFC", route(s)): s for s in STORIES}


def _route_of(raw_path: str) -> str:
    """The route Frappe resolves: percent-decoded, NFC, without the slashes around it."""
    try:
        decoded = unquote(raw_path, errors="strict")
    except UnicodeDecodeError:
        decoded = raw_path
    if not decoded.isascii():
        # raw UTF-8 on the request line arrives as latin-1 text
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            decoded = decoded.encode("latin-1").decode("utf-8")
    return unicodedata.normalize("NFC", decoded).strip("/")


class FrappeSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/files/"):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path.startswith("/assets/") or path == "/website_script.js":
            return static_file(path) or Response(200, b"", {"Content-Type": "application/javascript"})
        if path == "/api/method/frappe.www.list.get":
            return list_api(request)
        r = _route_of(path)
        if r == "app" or r.startswith("app/"):
            return redirect("/login?" + urlencode({"redirect-to": "/" + r}))
        if r in OLD_ROUTES:  # Website Route Redirect
            return redirect(wire_path(OLD_ROUTES[r]), 301)
        if r in POSTS:
            return post_page(request, POSTS[r])
        if r == "blog":
            return listing(request)
        if r.startswith("blog/") and r[5:] in CATS:
            return listing(request, cat=r[5:])
        if r in PAGES:
            return PAGES[r](request)
        return None


def build_site() -> FrappeSite:
    return FrappeSite()


# --------------------------------------------------------------------------------------------
# gold
# --------------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts = [wire_path(s) + "/"]
    if s is S6:
        alts.append(f"{wire_path(s)}?fbclid={FBCLID}")
    return alts


GOLD = [
    gold_record(s, wire_path(s), CATS[s.cat], canonical_path=wire_path(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/co-cau-to-chuc",
    "/contact",
    "/lich-cong-tac",
    "/van-ban/kh-145-thptnvc",
    "/thu-vien-anh/khai-giang-nam-hoc-2026-2027",
    "/video/phong-su-ky-niem-20-11-2026",
]
