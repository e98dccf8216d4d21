"""Blind fixture portal: a lower-secondary school (Trường THCS) on Microweber.

Platform
--------
Microweber, the Laravel drag-and-drop CMS, with a theme bought from a local web shop
("new-world" under ``/userfiles/templates/``). Everything a visitor sees is printed through
Microweber's module wrappers (``<div class="module module-posts" data-type="posts" id="…">``)
and its live-edit fields (``<div class="edit" field="content_body" rel="content" data-id="231">``),
with the editor's ``class="element"`` on every paragraph and the drag-and-drop grid
(``mw-row`` / ``mw-col`` / ``mw-col-container``) inside some posts.

Institution: Trường THCS Chu Văn An, xã Thạch Khê, tỉnh Hà Tĩnh (fictitious).

URL scheme
----------
- ``/``                                   home (slider, latest posts, notices box)
- ``/blog``, ``/blog/page:N``             all posts, 5 per page (N = 1..3; ``page:1`` = ``/blog``)
- ``/blog/category:<slug>``               a category, 3 per page; its pager uses Microweber's
  ``?curent_page=N`` parameter (sic)
- ``/blog/tags:<tag>``                    tag listing (no pager)
- ``/blog/<slug>``                        a post (canonical); ``?comments_page=2`` pages its comments
- ``/<slug>``                             the same post at the root (Microweber serves every
  content item by its bare slug; the home slider links this form)
- ``/gioi-thieu``, ``/lien-he``, ``/thu-vien-anh``, ``/video``, ``/lich-cong-tac``  static pages
- ``/van-ban``, ``/van-ban/<slug>``       document register and its entries
- ``/search?keywords=…``                  search (GET form in the top bar)
- ``/userfiles/media/default/*.jpg|png|pdf``, ``/userfiles/cache/thumbnails/…``  media

Page templates
--------------
Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), hotline, search form; logo and
the ``module-menu`` with drop-downs (Giới thiệu, Tin tức ▸ 4 categories, Thông báo, Tài nguyên ▸
Văn bản / Lịch công tác, Thư viện ▸ Ảnh / Video, Liên hệ); ``module-breadcrumb``; right
sidebar (Đọc nhiều nhất, Thông báo mới marquee, Văn bản mới, Liên kết website select, poll
form, visitor counter); a global ``edit`` field with the school's motto; footer.

Post page: breadcrumb "Trang chủ › Tin tức › <category> › <title>", ``<h1 class="edit"
field="title">``, sometimes a "Cập nhật: …" span, the meta line "Ngày đăng: dd/mm/YYYY HH:MM |
Người đăng: qtv.chuvanan | Lượt xem: N", sometimes the post's ``description`` field as a bold
lead, a tool bar (print, mail, font size, Facebook/Zalo), the ``content_body`` edit field, a
``module-pictures`` gallery (some posts), tags, comments (some posts), "Tin liên quan"
(2 newest other posts of the category), the global motto block.

Listing: items with a thumbnail, title link, the date in Microweber's default ``m/d/Y`` format,
a description and "Xem tiếp »"; numbered pager links plus a "Sau »" that is ``javascript:;``.

How each gold article is reached
--------------------------------
/blog pages: 1 = s1 s3 s2 s4 s5; 2 = s6 s7 s8 s9 s10; 3 = s11 s12 s13.
Categories (3 per page): Tin tức - Sự kiện = s1 s5 s8 | s10 s13 (``?curent_page=2``);
Hoạt động chuyên môn = s4 s6 s9; Đoàn - Đội = s3 s7 s12; Thông báo = s2 s11.
Home: slider s1 s3 s4 (root-slug URLs), "Tin mới" s1 s3 s2 s4; sidebar Đọc nhiều s5 s8 s1 s9 and
Thông báo mới s2 s11 on every page. s10 and s13 are reached only through page 2+ of a listing
(/blog/page:2, /blog/page:3, the category's ``?curent_page=2``); no related box, sidebar or
tag page links them.

Traps
-----
1. Root-slug twins: each post answers at ``/blog/<slug>`` and at ``/<slug>``; the home slider
   links the root form for s1 s3 s4. Gold: one article each, ``path`` = ``/blog/<slug>`` (the
   ``rel=canonical``); the root form is in ``alt_paths``.
2. Comment paging: s1's comments continue at ``/blog/<slug>?comments_page=2``, which prints the
   whole post again above the older comments. Gold: an alt path of s1, not a second article;
   readers' comments (with their own later dates) are never body.
3. Listing dates in Microweber's default ``m/d/Y`` ("11/05/2026" is 5 November, "12/04/2026"
   is 4 December); the post page prints ``dd/mm/YYYY HH:MM``. Gold: the post page's date.
4. "Cập nhật: …" (updated_at) printed right under the title, before "Ngày đăng"; gold is the
   Ngày đăng date. s5 prints "20/11/2026 00:00": midnight -> the day alone "2026-11-20".
5. Official notice s2: letterhead table "UBND XÃ THẠCH KHÊ / TRƯỜNG THCS CHU VĂN AN | CỘNG HÒA
   …", "Số: 87/TB-THCSCVA", "Thạch Khê, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …",
   then "Nơi nhận" and "HIỆU TRƯỞNG … Nguyễn Thị Thanh Hương". Gold: date "2026-11-30" (not
   the 01/12 posting), author the signer, body without letterhead/kind/subject/closing; the
   schedule table inside is body (rows, cells joined by " | ").
6. Bylines of every shape, all inside ``content_body`` as right-aligned paragraphs: "Tin, ảnh:
   Thầy Phan Đức Lộc" (honorific dropped, author and photographer), "Tin: X (Liên đội trưởng) -
   Ảnh: Y", "ThS. Hoàng Thị Lan - Phó Hiệu trưởng", "Bài, ảnh: Trần Thị Hoa (GV Khoa học tự
   nhiên)", a unit alone ("Tổ Ngữ văn - Lịch sử", "Tổ Văn phòng"), a student "Đỗ Quỳnh Anh -
   Lớp 8A", "BBT" (nobody). The meta line's "Người đăng: qtv.chuvanan" is a CMS account: nobody.
7. Captions in three markups: a centred ``<em>`` paragraph (parentheses taken off), a second table
   row under the photo, and a right-aligned "Ảnh: …" credit (caption None). s5's photos are only in
   the post's ``module-pictures`` gallery below the text (article photos, caption None).
8. Chrome inside the text box: s13's editor dropped a ``module-posts`` "Có thể bạn quan tâm"
   block into ``content_body`` between two paragraphs; s11 has a "Xem thêm: <link>" line and a
   "File đính kèm" line; every page ends with a global ``edit`` field of motto paragraphs
   ("Trường THCS Chu Văn An - Nơi ươm mầm …") right under the post. None of it is body.
9. Word paste in s10: ``mso-list:Ignore`` bullets (no text), a typed "- " (kept), a ``<br>`` that
   splits "Thời gian: …" from "Địa điểm: …", and a two-column ``mw-row`` with the text left and the
   photos right (order: text, then the photos).
10. s7 was typed with a decomposed-Unicode keyboard: its title (wherever printed), text,
    caption, byline and listing description are NFD. Gold: NFC.
11. Footnotes in s4: "…GDPT 2018.[1]" keeps its bracketed call; a bare ``<sup><a>2</a></sup>``
    after "sách giáo khoa" is no text; "Tài liệu tham khảo" and its entries are body.
12. Sapo in two forms: s4's ``description`` field printed bold above the text box (summary, and
    the body's first paragraph), s12's bold first paragraph inside the text (summary). The meta
    description every post has is not a sapo (summary null elsewhere).
13. Emoji kept: s3's title starts with "🎉", a paragraph ends with "💜".
14. s8 closes with "Theo Cổng TTĐT Sở GD&ĐT Hà Tĩnh" (source), while a body paragraph starts
    "Theo kế hoạch, …" (text).

Gold decisions on ambiguous points
----------------------------------
- "Thầy"/"Cô" before a name is an honorific, dropped like a degree ("Thầy Phan Đức Lộc" -> "Phan
  Đức Lộc"); a post or class after " - " or in parentheses is dropped.
- "Ảnh: BBT" credits nobody, so s12 has no photographer and that photo no caption.
- The ``module-pictures`` gallery of s5 is the post's own upload, so its photos are the article's
  images (after any in the text; here there are none in the text); the gallery prints no line.
- s2's date is the letterhead day although the page prints "Ngày đăng: 01/12/2026 09:40".
- Category = the breadcrumb's third crumb (the category), not "Tin tức".
- Document entries (``/van-ban/<slug>``) are Microweber posts too, but register entries with a
  file: non-articles.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "microweber_thcs"
PLATFORM = "Microweber (Laravel drag-and-drop CMS)"
START_PATH = "/"

TODAY_VN = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường THCS Chu Văn An"
ACCOUNT = "qtv.chuvanan"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
    "thong-bao": "Thông báo",
}
CAT_IDS = {"tin-tuc-su-kien": 3, "hoat-dong-chuyen-mon": 4, "doan-doi": 5, "thong-bao": 6}
TAGS = {
    "hoi-khoe-phu-dong": "Hội khỏe Phù Đổng",
    "doan-doi": "Đoàn Đội",
    "hoc-sinh-gioi": "Học sinh giỏi",
}
BLOG_PER_PAGE = 5
CAT_PER_PAGE = 3
MEDIA = "/userfiles/media/default/"


def _nfd(value: str) -> str:
    return unicodedata.normalize("NFD", value)


def _byline(inner: str, *, nfd: bool = False) -> Raw:
    """A right-aligned signature paragraph as the editor types it at the foot of a post."""
    body = _nfd(inner) if nfd else inner
    return Raw(f'<p class="element" style="text-align: right;"><strong>{body}</strong></p>')


# --- the 13 posts --------------------------------------------------------------------------

S1 = Story(
    id=231,
    slug="hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Trường THCS Chu Văn An tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T15:20:00+07:00",
    authors=["Phan Đức Lộc"],
    photographers=["Phan Đức Lộc"],
    blocks=[
        P(
            "Sáng ngày 03/12/2026, Trường THCS Chu Văn An long trọng tổ chức Lễ khai mạc Hội khỏe Phù Đổng "
            "cấp trường năm học 2026 - 2027 với sự tham gia của hơn 600 học sinh đến từ 18 lớp."
        ),
        P(
            "Tham dự lễ khai mạc có thầy Nguyễn Văn Bình - Chủ tịch Công đoàn nhà trường, đại diện Ban đại "
            "diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và học sinh toàn trường."
        ),
        Img(
            MEDIA + "hkpd-2026-khai-mac.jpg",
            "(Thầy giáo Nguyễn Văn Bình phát biểu khai mạc Hội khỏe)",
            "Thầy giáo Nguyễn Văn Bình phát biểu khai mạc Hội khỏe",
            "em",
        ),
        P(
            "Phát biểu khai mạc, thầy Nguyễn Văn Bình nhấn mạnh: Hội khỏe Phù Đổng là dịp để các em học sinh "
            "rèn luyện thân thể, phát huy tinh thần đoàn kết, đồng thời là cơ sở để nhà trường tuyển chọn vận "
            "động viên tham gia Hội khỏe Phù Đổng cấp xã vào tháng 01/2027."
        ),
        P(
            "Hội khỏe diễn ra trong 2 ngày với các môn thi đấu: bóng đá nam, cầu lông, đá cầu, kéo co, chạy "
            "tiếp sức và cờ vua."
        ),
        P(
            "Kết thúc Hội khỏe, Ban tổ chức đã trao 06 giải Nhất, 08 giải Nhì, 12 giải Ba cho các tập thể và "
            "cá nhân có thành tích xuất sắc. Lớp 9A giành giải Nhất toàn đoàn."
        ),
        Img(
            MEDIA + "hkpd-2026-keo-co.jpg",
            "Phần thi kéo co sôi nổi giữa các lớp khối 8",
            "Phần thi kéo co sôi nổi giữa các lớp khối 8",
            "em",
        ),
        _byline("Tin, ảnh: Thầy Phan Đức Lộc"),
    ],
    opts={
        "posted": "2026-12-04 15:20",
        "updated": "05/12/2026 08:12",
        "tags": ["hoi-khoe-phu-dong"],
        "comments": [
            ("Phụ huynh lớp 9A", "04/12/2026 20:15", "Chúc mừng các con lớp 9A! Hội khỏe năm nay tổ chức rất chu đáo."),
            ("Nguyễn Hoài Phương", "04/12/2026 21:02", "Phần thi kéo co khối 8 hấp dẫn quá ạ."),
            ("Cựu học sinh K2015", "05/12/2026 06:47", "Nhớ trường quá, chúc các em có nhiều thành tích ở cấp xã."),
        ],
        "comments_old": [
            ("Lê Văn Thành", "04/12/2026 16:30", "Mong nhà trường đăng thêm ảnh môn cờ vua."),
            ("Trần Thị Mỹ", "04/12/2026 16:02", "Các con thi đấu rất nhiệt tình."),
        ],
    },
)

S3 = Story(
    id=229,
    slug="lien-doi-huong-ung-thang-hanh-dong-vi-binh-dang-gioi",
    title="🎉 Liên đội hưởng ứng Tháng hành động vì bình đẳng giới năm 2026",
    cat="doan-doi",
    published_at="2026-12-02T16:05:00+07:00",
    authors=["Nguyễn Minh Khoa"],
    photographers=["Lê Thảo Vy"],
    blocks=[
        P(
            "Thực hiện kế hoạch của Hội đồng Đội tỉnh Hà Tĩnh, từ ngày 15/11 đến 15/12/2026, Liên đội Trường "
            "THCS Chu Văn An triển khai nhiều hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng "
            "ngừa, ứng phó với bạo lực trên cơ sở giới."
        ),
        P(
            "Nổi bật là buổi sinh hoạt dưới cờ với chủ đề “Bình đẳng giới - Hãy bắt đầu từ lớp học của em” 💜, "
            "thu hút sự quan tâm của đông đảo học sinh."
        ),
        Img(
            MEDIA + "binh-dang-gioi-2026.jpg",
            "Tiểu phẩm “Chuyện nhà bạn Nam” của Chi đội 7B",
            "Tiểu phẩm “Chuyện nhà bạn Nam” của Chi đội 7B",
            "em",
        ),
        P(
            "Các chi đội còn tham gia vẽ tranh cổ động, viết thông điệp về bình đẳng giới; nhiều sản phẩm được "
            "lựa chọn trưng bày tại bảng tin của nhà trường."
        ),
        _byline("Tin: Nguyễn Minh Khoa (Liên đội trưởng) - Ảnh: Lê Thảo Vy"),
    ],
    opts={"posted": "2026-12-02 16:05", "tags": ["doan-doi"]},
)

_LETTERHEAD = Raw(
    '<table class="element" style="width: 100%; border: none;" cellpadding="2"><tbody>'
    '<tr><td style="width: 42%; text-align: center;">UBND XÃ THẠCH KHÊ<br>'
    "<strong>TRƯỜNG THCS CHU VĂN AN</strong><br>———</td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align: center;">Số: 87/TB-THCSCVA</td>'
    '<td style="text-align: right;"><em>Thạch Khê, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p class="element" style="text-align: center;"><strong>THÔNG BÁO</strong><br>'
    "<strong>Về việc lịch kiểm tra cuối học kì I năm học 2026 - 2027</strong></p>"
)
_CLOSING = Raw(
    '<table class="element" style="width: 100%; border: none;"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
    '<span style="font-size: 11pt;">- Các tổ chuyên môn;<br>- GVCN các lớp;<br>- Website nhà trường;<br>'
    "- Lưu: VT.</span></td>"
    '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br><br>'
    "<em>(Đã ký)</em><br><br><strong>Nguyễn Thị Thanh Hương</strong></td>"
    "</tr></tbody></table>"
)

S2 = Story(
    id=228,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kì I năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Nguyễn Thị Thanh Hương"],
    blocks=[
        _LETTERHEAD,
        P(
            "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027; căn cứ tình hình thực tế, Trường THCS "
            "Chu Văn An thông báo lịch kiểm tra cuối học kì I như sau:"
        ),
        P("1. Thời gian kiểm tra", "b"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "row"),
        P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
        P("21/12/2026 | Chiều | Tiếng Anh | 60 phút", "row"),
        P("22/12/2026 | Sáng | Toán | 90 phút", "row"),
        P("23/12/2026 | Sáng | Khoa học tự nhiên | 90 phút", "row"),
        P("2. Yêu cầu", "b"),
        P("Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh.", "li"),
        P(
            "Các tổ chuyên môn hoàn thành ma trận, đề kiểm tra và nộp về Phó Hiệu trưởng trước ngày 14/12/2026.",
            "li",
        ),
        P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút.", "li"),
        P(
            "Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên và học sinh nghiêm túc thực hiện./."
        ),
        _CLOSING,
    ],
    opts={"posted": "2026-12-01 09:40"},
)

S4 = Story(
    id=226,
    slug="hoi-thao-chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-ngu-van-8",
    title="Hội thảo chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản” môn Ngữ văn 8",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-28T14:00:00+07:00",
    authors=["Tổ Ngữ văn - Lịch sử"],
    summary=(
        "Chiều ngày 27/11/2026, Tổ Ngữ văn - Lịch sử tổ chức hội thảo chuyên đề nhằm trao đổi kinh nghiệm tổ "
        "chức các hoạt động đọc hiểu theo định hướng phát triển năng lực học sinh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham dự hội thảo có đồng chí Hoàng Thị Lan - Phó Hiệu trưởng nhà trường cùng 14 giáo viên trong "
            "tổ. Cô giáo Trần Thu Trang đã thực hiện tiết dạy minh họa bài “Chiếc lá cuối cùng” tại lớp 8C."
        ),
        Img(MEDIA + "hoi-thao-ngu-van-8.jpg", None, None, "none"),
        P(
            "Theo báo cáo đề dẫn, đọc hiểu là năng lực cốt lõi mà môn Ngữ văn cần hình thành cho học sinh theo "
            "định hướng của Chương trình GDPT 2018.[1]"
        ),
        P("Các ý kiến thảo luận tập trung vào ba nội dung chính:"),
        P("Thiết kế câu hỏi đọc hiểu theo các mức độ nhận biết, thông hiểu, vận dụng;", "li"),
        P("Sử dụng phiếu học tập và sơ đồ tư duy trong giờ đọc;", "li"),
        P("Đánh giá năng lực đọc qua sản phẩm của học sinh.", "li"),
        P(
            "Hội thảo thống nhất vận dụng quy trình dạy học đọc gồm bốn bước theo gợi ý của nhóm tác giả sách "
            "giáo khoa, đồng thời xây dựng ngân hàng câu hỏi dùng chung cho toàn tổ.",
            "sup:sách giáo khoa:2",
        ),
        P("Tài liệu tham khảo", "h"),
        P(
            "[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban hành kèm theo "
            "Thông tư số 32/2018/TT-BGDĐT.",
            "note",
        ),
        P(
            "[2] Bùi Mạnh Hùng (chủ biên) (2023), Ngữ văn 8 - Sách giáo viên, NXB Giáo dục Việt Nam.",
            "note",
        ),
        _byline("Tổ Ngữ văn - Lịch sử"),
    ],
    opts={"posted": "2026-11-28 14:00"},
)

S5 = Story(
    id=224,
    slug="giao-luu-van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11",
    title="Sôi nổi chương trình giao lưu văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20",
    authors=["Lê Thị Ngọc Ánh"],
    blocks=[
        P(
            "Hướng tới kỉ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), tối ngày 18/11/2026, "
            "Trường THCS Chu Văn An tổ chức chương trình giao lưu văn nghệ với chủ đề “Tri ân thầy cô”."
        ),
        P(
            "Chương trình gồm 16 tiết mục đặc sắc do học sinh các lớp và tập thể giáo viên dàn dựng, với nhiều "
            "ca khúc, điệu múa ca ngợi tình thầy trò, mái trường và quê hương Hà Tĩnh."
        ),
        P(
            "“Mỗi tiết mục là một lời tri ân chân thành mà chúng em gửi đến thầy cô giáo” - em Nguyễn Hà My, "
            "lớp 9B chia sẻ.",
            "quote",
        ),
        P(
            "Kết quả, Ban tổ chức trao giải Nhất cho tiết mục múa “Việt Nam ơi” của lớp 9B, giải Nhì cho lớp 8A "
            "và lớp 7C, giải Ba cho lớp 6A, 6D và 9C."
        ),
        _byline("Lê Thị Ngọc Ánh (TPT Đội)"),
        Img(MEDIA + "van-nghe-2011-1.jpg", None, None, "gallery"),
        Img(MEDIA + "van-nghe-2011-2.jpg", None, None, "gallery"),
        Img(MEDIA + "van-nghe-2011-3.jpg", None, None, "gallery"),
    ],
    opts={
        "posted": "2026-11-20 00:00",
        "comments": [
            ("Phạm Quỳnh Chi", "20/11/2026 19:40", "Tiết mục múa của lớp 9B đẹp quá! Em chúc thầy cô luôn mạnh khỏe."),
            ("Hội CMHS lớp 6D", "21/11/2026 07:05", "Cảm ơn nhà trường đã tổ chức chương trình ý nghĩa."),
        ],
    },
)

S6 = Story(
    id=221,
    slug="ket-qua-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Kết quả Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-18T10:30:00+07:00",
    authors=["Hoàng Thị Lan"],
    blocks=[
        P(
            "Từ ngày 02/11 đến ngày 14/11/2026, Trường THCS Chu Văn An tổ chức Hội thi giáo viên dạy giỏi cấp "
            "trường với 12 giáo viên tham gia thuộc 4 tổ chuyên môn."
        ),
        P(
            "Mỗi giáo viên dự thi thực hiện 02 tiết dạy thực hành và trình bày biện pháp nâng cao chất lượng "
            "giảng dạy trước Ban giám khảo."
        ),
        Img(
            MEDIA + "gvdg-2026-ngu-van.jpg",
            "Cô giáo Trần Thu Trang trong tiết dạy thực hành môn Ngữ văn",
            "Cô giáo Trần Thu Trang trong tiết dạy thực hành môn Ngữ văn",
            "em",
        ),
        P("Kết quả cụ thể như sau:"),
        P("TT | Họ và tên | Môn | Xếp loại", "row"),
        P("1 | Trần Thu Trang | Ngữ văn | Giỏi", "row"),
        P("2 | Đặng Quốc Việt | Toán | Giỏi", "row"),
        P("3 | Lê Hoài Nam | Tiếng Anh | Giỏi", "row"),
        P("4 | Phạm Thị Hằng | Khoa học tự nhiên | Khá", "row"),
        P(
            "Các giáo viên đạt loại Giỏi sẽ được nhà trường lựa chọn, bồi dưỡng tham gia Hội thi giáo viên dạy "
            "giỏi cấp tỉnh năm học 2026 - 2027."
        ),
        Raw(
            '<p class="element" style="text-align: right;"><em><strong>ThS. Hoàng Thị Lan</strong>'
            " - Phó Hiệu trưởng</em></p>"
        ),
    ],
    opts={"posted": "2026-11-18 10:30", "updated": "19/11/2026 14:03"},
)

S7 = Story(
    id=219,
    slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho",
    title=_nfd("Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa"),
    cat="doan-doi",
    published_at="2026-11-12T08:15:00+07:00",
    authors=["Đỗ Quỳnh Anh"],
    blocks=[
        P(
            "Sáng thứ Hai ngày 09/11/2026, trong buổi chào cờ đầu tuần, Liên đội Trường THCS Chu Văn An đã phát "
            "động phong trào “Kế hoạch nhỏ” năm học 2026 - 2027."
        ),
        P(
            "Mỗi đội viên được giao chỉ tiêu thu gom ít nhất 3 kg giấy vụn hoặc vỏ chai nhựa. Số tiền thu được "
            "sẽ dùng để mua sách vở, quần áo ấm tặng học sinh có hoàn cảnh khó khăn trước dịp Tết Nguyên đán."
        ),
        Img(
            MEDIA + "ke-hoach-nho-2026.jpg",
            "Đội viên Chi đội 6A mang giấy vụn đến điểm tập kết",
            "Đội viên Chi đội 6A mang giấy vụn đến điểm tập kết",
            "em",
        ),
        P(
            "Chỉ sau một tuần phát động, toàn Liên đội đã thu được hơn 1,2 tấn giấy vụn và 300 kg vỏ chai nhựa. "
            "Chi đội 8A dẫn đầu với 142 kg."
        ),
        _byline("Đỗ Quỳnh Anh - Lớp 8A", nfd=True),
    ],
    opts={"posted": "2026-11-12 08:15", "nfd": True, "tags": ["doan-doi"]},
)

S8 = Story(
    id=216,
    slug="so-gd-dt-trien-khai-nhiem-vu-nam-hoc-cap-thcs",
    title="Sở GD&ĐT Hà Tĩnh triển khai nhiệm vụ năm học 2026 - 2027 cấp THCS",
    cat="tin-tuc-su-kien",
    published_at="2026-11-05T09:00:00+07:00",
    source="Cổng TTĐT Sở GD&ĐT Hà Tĩnh",
    blocks=[
        P(
            "Ngày 04/11/2026, Sở Giáo dục và Đào tạo Hà Tĩnh tổ chức hội nghị trực tuyến triển khai nhiệm vụ năm "
            "học 2026 - 2027 đối với cấp trung học cơ sở tới các điểm cầu trong toàn tỉnh."
        ),
        P(
            "Theo kế hoạch, năm học 2026 - 2027 các nhà trường tiếp tục thực hiện Chương trình giáo dục phổ "
            "thông 2018 đối với tất cả các khối lớp, chú trọng đổi mới phương pháp dạy học và kiểm tra, đánh giá."
        ),
        Img(MEDIA + "hoi-nghi-so-gddt-2026.jpg", "Quang cảnh điểm cầu Trường THCS Chu Văn An",
            "Quang cảnh điểm cầu Trường THCS Chu Văn An", "em"),
        P(
            "Hội nghị cũng đề ra các chỉ tiêu cụ thể: tỉ lệ học sinh lên lớp thẳng đạt trên 97%, tỉ lệ học sinh "
            "lớp 9 được công nhận tốt nghiệp THCS đạt 99,5% trở lên."
        ),
        P(
            "Tại điểm cầu Trường THCS Chu Văn An, cô Nguyễn Thị Thanh Hương - Hiệu trưởng nhà trường đã tham "
            "luận về công tác bồi dưỡng học sinh giỏi."
        ),
        Raw(
            '<p class="element" style="text-align: right;"><em>Theo Cổng TTĐT Sở GD&amp;ĐT Hà Tĩnh</em></p>'
        ),
    ],
    opts={"posted": "2026-11-05 09:00", "updated": "06/11/2026 10:25"},
)

S9 = Story(
    id=213,
    slug="chuyen-de-stem-he-thong-tuoi-cay-tu-dong",
    title="Chuyên đề STEM: Học sinh lớp 7 chế tạo “Hệ thống tưới cây tự động”",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-30T16:45:00+07:00",
    authors=["Trần Thị Hoa"],
    photographers=["Trần Thị Hoa"],
    blocks=[
        P(
            "Trong khuôn khổ chủ đề STEM của môn Khoa học tự nhiên 7, tiết học chiều 28/10/2026 tại lớp 7A đã "
            "mang đến nhiều điều thú vị khi các nhóm học sinh tự thiết kế và chế tạo mô hình hệ thống tưới cây "
            "tự động."
        ),
        Img(
            MEDIA + "stem-tuoi-cay-1.jpg",
            "Nhóm 2 lớp 7A lắp ráp cảm biến độ ẩm đất",
            "Nhóm 2 lớp 7A lắp ráp cảm biến độ ẩm đất",
            "tbl",
        ),
        P(
            "Từ các vật liệu dễ tìm như chai nhựa, ống truyền dịch, bo mạch Arduino và cảm biến độ ẩm, các nhóm "
            "đã hoàn thành sản phẩm chỉ trong 2 tiết học."
        ),
        P(
            "Thông qua chủ đề, học sinh được vận dụng kiến thức về vật sống, về điện và về tin học để giải quyết "
            "một vấn đề thực tiễn của gia đình."
        ),
        Img(MEDIA + "stem-tuoi-cay-2.jpg", "Ảnh: Trần Thị Hoa", None, "credit"),
        P(
            "Sản phẩm của nhóm 2 đã được chọn tham gia Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Hà Tĩnh "
            "năm 2026."
        ),
        _byline("Bài, ảnh: Trần Thị Hoa (GV Khoa học tự nhiên)"),
    ],
    opts={"posted": "2026-10-30 16:45"},
)

S10 = Story(
    id=210,
    slug="trai-nghiem-tai-khu-di-tich-nga-ba-dong-loc",
    title="Học sinh khối 8 trải nghiệm tại Khu di tích lịch sử Ngã ba Đồng Lộc",
    cat="tin-tuc-su-kien",
    published_at="2026-10-22T11:10:00+07:00",
    authors=["Ngô Văn Tùng"],
    blocks=[
        P(
            "Nhằm giáo dục truyền thống cách mạng và lòng biết ơn các thế hệ cha anh, ngày 20/10/2026, Trường "
            "THCS Chu Văn An tổ chức cho 215 học sinh khối 8 tham gia hoạt động trải nghiệm tại Khu di tích "
            "lịch sử Ngã ba Đồng Lộc.",
            "word",
        ),
        P("Thời gian: Cả ngày 20/10/2026 (thứ Ba).", "word"),
        P("Địa điểm: Khu di tích lịch sử Ngã ba Đồng Lộc, xã Đồng Lộc.", "br"),
        P("Chương trình trải nghiệm gồm các hoạt động:", "word"),
        P("Dâng hương tưởng niệm 10 nữ anh hùng liệt sĩ tại Khu mộ;", "mso"),
        P("Nghe thuyết minh về lịch sử Ngã ba Đồng Lộc trong kháng chiến chống Mỹ;", "mso"),
        P("Tham gia trò chơi lớn “Theo dấu chân người anh hùng”.", "mso"),
        P(
            "- Mỗi lớp viết một bài thu hoạch và nộp về Tổ Khoa học xã hội trước ngày 30/10/2026.",
            "word",
        ),
        Raw(
            '<div class="mw-row" id="row_210_1"><div class="mw-col" style="width: 58%;">'
            '<div class="mw-col-container">'
        ),
        P(
            "Chuyến đi để lại nhiều ấn tượng sâu sắc. Em Trần Gia Bảo, lớp 8B xúc động: “Đứng trước khu mộ các "
            "chị, em càng hiểu hơn sự hi sinh to lớn của thế hệ đi trước.”",
            "word",
        ),
        _byline("Ngô Văn Tùng"),
        Raw(
            '</div></div><div class="mw-col" style="width: 42%;"><div class="mw-col-container">'
        ),
        Img(
            MEDIA + "dong-loc-2026-1.jpg",
            "Học sinh khối 8 dâng hương tại Khu mộ 10 cô gái Ngã ba Đồng Lộc",
            "Học sinh khối 8 dâng hương tại Khu mộ 10 cô gái Ngã ba Đồng Lộc",
            "em",
        ),
        Img(MEDIA + "dong-loc-2026-2.jpg", None, None, "none"),
        Raw("</div></div></div>"),
    ],
    opts={"posted": "2026-10-22 11:10"},
)

S11 = Story(
    id=207,
    slug="thong-bao-tuyen-chon-hoc-sinh-doi-tuyen-hsg-lop-9",
    title="Thông báo tuyển chọn học sinh tham gia đội tuyển học sinh giỏi lớp 9 năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-10-15T07:30:00+07:00",
    authors=["Tổ Văn phòng"],
    blocks=[
        P(
            "Nhà trường thông báo kết quả tuyển chọn học sinh vào các đội tuyển học sinh giỏi lớp 9 dự thi cấp "
            "tỉnh năm học 2026 - 2027 (danh sách kèm theo)."
        ),
        P(
            "Các đội tuyển bắt đầu ôn luyện từ ngày 19/10/2026 theo thời khóa biểu riêng. Đề nghị giáo viên chủ "
            "nhiệm lớp 9 thông báo đến học sinh và cha mẹ học sinh để phối hợp thực hiện."
        ),
        P("Mọi thắc mắc xin liên hệ Văn phòng nhà trường, điện thoại: 0239 3845 126."),
        Raw(
            '<p class="element"><strong>Xem thêm:</strong> <a href="/van-ban/ke-hoach-so-112-kh-thcs">'
            "Kế hoạch bồi dưỡng học sinh giỏi năm học 2026 - 2027</a></p>"
        ),
        Raw(
            '<p class="element"><img src="/userfiles/modules/microweber/images/file-pdf.png" alt="" width="16">'
            ' File đính kèm: <a href="/userfiles/media/default/ds-doi-tuyen-hsg9-2026.pdf" target="_blank">'
            "ds-doi-tuyen-hsg9-2026.pdf</a> (182 KB)</p>"
        ),
        _byline("Tổ Văn phòng"),
    ],
    opts={"posted": "2026-10-15 07:30", "tags": ["hoc-sinh-gioi"]},
)

S12 = Story(
    id=204,
    slug="dai-hoi-lien-doi-nhiem-ki-2026-2027",
    title="Đại hội Liên đội Trường THCS Chu Văn An nhiệm kì 2026 - 2027",
    cat="doan-doi",
    published_at="2026-10-09T15:00:00+07:00",
    summary=(
        "Chiều 08/10/2026, Liên đội Trường THCS Chu Văn An long trọng tổ chức Đại hội Liên đội nhiệm kì "
        "2026 - 2027 với sự tham gia của 120 đại biểu là đội viên ưu tú đại diện cho 18 chi đội."
    ),
    blocks=[
        P(
            "Chiều 08/10/2026, Liên đội Trường THCS Chu Văn An long trọng tổ chức Đại hội Liên đội nhiệm kì "
            "2026 - 2027 với sự tham gia của 120 đại biểu là đội viên ưu tú đại diện cho 18 chi đội.",
            "b",
        ),
        P(
            "Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi năm học 2025 - 2026, đồng thời đề "
            "ra phương hướng, nhiệm vụ trọng tâm cho năm học mới với chủ đề “Tự hào truyền thống - Tiếp bước "
            "cha anh”."
        ),
        Img(MEDIA + "dai-hoi-lien-doi-2026.jpg", "Ảnh: BBT", None, "credit"),
        P(
            "Đại hội đã bầu Ban chỉ huy Liên đội mới gồm 11 đồng chí; em Nguyễn Minh Khoa, lớp 9A được bầu làm "
            "Liên đội trưởng."
        ),
        _byline("BBT"),
    ],
    opts={"posted": "2026-10-09 15:00", "tags": ["doan-doi"]},
)

S13 = Story(
    id=201,
    slug="tong-ket-thang-an-toan-giao-thong-2026",
    title="Tổng kết “Tháng an toàn giao thông” và ra mắt mô hình “Cổng trường an toàn giao thông”",
    cat="tin-tuc-su-kien",
    published_at="2026-10-02T08:00:00+07:00",
    blocks=[
        P(
            "Sáng 01/10/2026, Trường THCS Chu Văn An tổ chức tổng kết đợt cao điểm “Tháng an toàn giao thông” "
            "năm 2026, đồng thời ra mắt mô hình “Cổng trường an toàn giao thông” phối hợp cùng Công an xã "
            "Thạch Khê."
        ),
        P(
            "Trong tháng 9, nhà trường đã tổ chức 02 buổi tuyên truyền Luật Trật tự, an toàn giao thông đường "
            "bộ; 100% học sinh ký cam kết chấp hành quy định về an toàn giao thông."
        ),
        Raw("{INLINE_POSTS}"),
        Img(
            MEDIA + "cong-truong-atgt.jpg",
            "Lực lượng Công an xã Thạch Khê hướng dẫn học sinh qua đường an toàn",
            "Lực lượng Công an xã Thạch Khê hướng dẫn học sinh qua đường an toàn",
            "em",
        ),
        P(
            "Mô hình “Cổng trường an toàn giao thông” sẽ được duy trì vào các buổi sáng thứ Hai và thứ Sáu "
            "hằng tuần, với sự tham gia của đội thanh niên tình nguyện và cha mẹ học sinh."
        ),
    ],
    opts={"posted": "2026-10-02 08:00"},
)

STORIES: list[Story] = [S1, S3, S2, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_SLUG = {s.slug: s for s in STORIES}
SLIDER = [S1, S3, S4]
MOST_READ = [S5, S8, S1, S9]
NOTICES = [S2, S11]
INLINE_RELATED = [S8, S5]


# --- rendering helpers ----------------------------------------------------------------------


def _posted(story: Story) -> tuple[str, str, str, str, str]:
    """(YYYY, MM, DD, HH, MM) of the created_at Microweber stores."""
    day, clock = story.opts["posted"].split()
    y, m, d = day.split("-")
    hh, mm = clock.split(":")
    return y, m, d, hh, mm


def _date_vn(story: Story) -> str:
    y, m, d, hh, mm = _posted(story)
    return f"{d}/{m}/{y} {hh}:{mm}"


def _date_us(story: Story) -> str:
    """The listing's date: Microweber's default ``m/d/Y`` left as installed."""
    y, m, d, _, _ = _posted(story)
    return f"{m}/{d}/{y}"


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _img_tag(src: str, el: int) -> str:
    return (
        f'<img src="{esc(src)}" alt="" class="element" id="element_{el}" '
        'style="max-width: 100%; height: auto; display: block; margin: 0 auto;">'
    )


def _body(story: Story) -> str:
    """The ``content_body`` field as the live editor saved it."""
    out: list[str] = []
    group: list[str] = []
    group_kind = ""
    el = 17330000 + story.id * 100

    def flush() -> None:
        nonlocal group, group_kind
        if group_kind == "li":
            out.append(f'<ul class="element" id="element_{el}">' + "".join(group) + "</ul>")
        elif group_kind == "row":
            out.append(
                f'<table class="element table" id="element_{el}" border="1" cellpadding="5" '
                'style="border-collapse: collapse; width: 100%;"><tbody>' + "".join(group) + "</tbody></table>"
            )
        group, group_kind = [], ""

    for block in story.blocks:
        el += 1
        if isinstance(block, P) and block.style in ("li", "row"):
            if group_kind != block.style:
                flush()
                group_kind = block.style
            if block.style == "li":
                group.append(f"<li>{_t(story, block.text)}</li>")
            else:
                cells = block.text.split(" | ")
                if not group:
                    row = "".join(f'<td style="text-align: center;"><strong>{_t(story, c)}</strong></td>' for c in cells)
                else:
                    row = "".join(f"<td>{_t(story, c)}</td>" for c in cells)
                group.append(f"<tr>{row}</tr>")
            continue
        flush()
        if isinstance(block, Raw):
            if block.html == "{INLINE_POSTS}":
                out.append(_inline_posts(story))
            else:
                out.append(block.html)
        elif isinstance(block, Img):
            if block.style == "gallery":
                continue
            if block.style == "em":
                out.append(f'<div class="element" id="element_{el}">{_img_tag(block.src, el + 50)}</div>')
                out.append(
                    f'<p class="element" style="text-align: center;"><em>{_t(story, block.printed or "")}</em></p>'
                )
            elif block.style == "tbl":
                out.append(
                    f'<table class="element" id="element_{el}" style="margin: 0 auto; width: 85%;" '
                    'cellpadding="3"><tbody>'
                    f"<tr><td>{_img_tag(block.src, el + 50)}</td></tr>"
                    '<tr><td style="text-align: center; background: #f2f2f2;">'
                    f'<span style="font-size: 12px;"><i>{_t(story, block.printed or "")}</i></span></td></tr>'
                    "</tbody></table>"
                )
            elif block.style == "credit":
                out.append(f'<div class="element" id="element_{el}">{_img_tag(block.src, el + 50)}</div>')
                out.append(
                    '<p class="element" style="text-align: right;"><em><span style="font-size: 11px;">'
                    f"{_t(story, block.printed or '')}</span></em></p>"
                )
            else:
                out.append(f'<div class="element" id="element_{el}">{_img_tag(block.src, el + 50)}</div>')
        else:
            body = _t(story, block.text)
            style = block.style
            if style.startswith("sup:"):
                _, anchor, num = style.split(":")
                a = _t(story, anchor)
                body = body.replace(
                    a,
                    f'{a}<sup><a href="#_ftn{num}" name="_ftnref{num}" title="">{num}</a></sup>',
                    1,
                )
                out.append(f'<p class="element" id="element_{el}" style="text-align: justify;">{body}</p>')
            elif style == "b":
                out.append(f'<p class="element" id="element_{el}"><strong>{body}</strong></p>')
            elif style == "h":
                out.append(f'<h4 class="element" id="element_{el}"><strong>{body}</strong></h4>')
            elif style == "note":
                num = block.text[1]
                rest = _t(story, block.text[4:])
                out.append(
                    f'<p class="element" style="font-size: 13px;"><a href="#_ftnref{num}" name="_ftn{num}">'
                    f"[{num}]</a> {rest}</p>"
                )
            elif style == "quote":
                out.append(
                    f'<blockquote class="element" id="element_{el}" style="font-style: italic;">'
                    f"<p>{body}</p></blockquote>"
                )
            elif style == "word":
                out.append(
                    '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; text-indent: 36.0pt;">'
                    '<span lang="VI" style="font-size: 14.0pt; font-family: \'Times New Roman\',serif;">'
                    f"{body}<o:p></o:p></span></p>"
                )
            elif style == "br":
                last = out.pop()
                cut = last.rindex("<o:p></o:p>") if "<o:p></o:p>" in last else last.rindex("</p>")
                out.append(last[:cut] + "<br>\n" + body + last[cut:])
            elif style == "mso":
                out.append(
                    '<p class="MsoListParagraphCxSpMiddle" style="margin-left: 36.0pt; text-indent: -18.0pt; '
                    'mso-list: l0 level1 lfo1;"><span style="font-family: Symbol; mso-fareast-font-family: Symbol;">'
                    '<span style="mso-list: Ignore;">·<span style="font: 7.0pt \'Times New Roman\';">'
                    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></span></span>"
                    '<span lang="VI" style="font-size: 14.0pt; font-family: \'Times New Roman\',serif;">'
                    f"{body}<o:p></o:p></span></p>"
                )
            else:
                out.append(f'<p class="element" id="element_{el}" style="text-align: justify;">{body}</p>')
    flush()
    return "\n".join(out)


def _inline_posts(story: Story) -> str:
    """A posts module the editor dropped into the text box."""
    items = "".join(
        f'<li><a href="/blog/{s.slug}">{esc(s.title)}</a> <small>({_date_us(s)})</small></li>'
        for s in INLINE_RELATED
    )
    return (
        f'<div class="module module-posts" data-type="posts" id="posts-{story.id}-inline" '
        'data-mw-title="Bài viết" template="sidebar" limit="2" data-show="title,created_at">'
        '<div class="mw-module-posts-sidebar" style="border-left: 3px solid #c00; padding-left: 10px;">'
        f'<p><strong>Có thể bạn quan tâm:</strong></p><ul class="mw-posts-sb">{items}</ul></div></div>'
    )


def _thumb(story: Story) -> str:
    imgs = story.images
    if not imgs:
        return "/userfiles/modules/microweber/images/nopic.png"
    return "/userfiles/cache/thumbnails/280/tn-" + imgs[0].src.rsplit("/", 1)[1]


def _desc(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 170 else first[:167].rsplit(" ", 1)[0] + "..."


# --- chrome ---------------------------------------------------------------------------------

_CSS = (
    '<link rel="stylesheet" href="/userfiles/modules/microweber/api/libs/bootstrap/bootstrap.min.css" type="text/css">'
    '<link rel="stylesheet" href="/userfiles/modules/microweber/css/ui.css" type="text/css">'
    '<link rel="stylesheet" href="/userfiles/templates/new-world/assets/css/main.css" type="text/css">'
)


def _head(request: Request, title: str, canonical: str | None, desc: str, og_image: str | None = None) -> str:
    base = base_url(request)
    extra = ""
    if canonical:
        extra += f'<link rel="canonical" href="{base}{canonical}">\n<meta property="og:url" content="{base}{canonical}">\n'
    if og_image:
        extra += f'<meta property="og:image" content="{base}{og_image}">\n'
    return (
        '<!DOCTYPE html>\n<html prefix="og: http://ogp.me/ns#" lang="vi">\n<head>\n'
        f"<title>{esc(title)}</title>\n"
        '<meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        '<meta name="generator" content="Microweber">\n'
        f'<meta name="description" content="{esc(desc)}">\n'
        '<meta name="keywords" content="THCS Chu Văn An, Thạch Khê, Hà Tĩnh, trường học">\n'
        f'<meta property="og:title" content="{esc(title)}">\n<meta property="og:type" content="website">\n'
        f"{extra}"
        '<link rel="shortcut icon" href="/userfiles/media/default/favicon.ico">\n'
        f"{_CSS}\n"
        "<script>mw = window.mw || {}; mw.settings = {site_url: '" + base + "/', template_url: '"
        + base + "/userfiles/templates/new-world/', lang: 'vi', is_admin: false};</script>\n"
        '<script src="/userfiles/modules/microweber/api/libs/jquery/jquery.min.js"></script>\n'
        '<script src="/userfiles/modules/microweber/api/api.js"></script>\n'
        "</head>\n"
    )


def _menu() -> str:
    cats = "".join(
        f'<li class="menu-item menu-item-id-{10 + CAT_IDS[slug]}"><a href="/blog/category:{slug}">{esc(name)}</a></li>'
        for slug, name in CATS.items()
    )
    return (
        '<div class="module module-menu" data-type="menu" data-name="header_menu" id="menu-header-7" '
        'data-mw-title="Menu" template="navbar">'
        '<ul role="menu" class="list menu menu-root menu-item-id-1 menu-item-parent-0 nav navbar-nav">'
        '<li class="menu-item menu-item-id-2"><a href="/">Trang chủ</a></li>'
        '<li class="menu-item menu-item-id-3 have-submenu"><a href="/gioi-thieu">Giới thiệu</a>'
        '<ul class="menu menu_2 dropdown-menu">'
        '<li class="menu-item"><a href="/gioi-thieu">Lịch sử nhà trường</a></li>'
        '<li class="menu-item"><a href="/gioi-thieu#co-cau-to-chuc">Cơ cấu tổ chức</a></li>'
        '<li class="menu-item"><a href="/gioi-thieu#thanh-tich">Thành tích</a></li></ul></li>'
        '<li class="menu-item menu-item-id-4 have-submenu"><a href="/blog">Tin tức</a>'
        f'<ul class="menu menu_2 dropdown-menu">{cats}</ul></li>'
        '<li class="menu-item menu-item-id-5"><a href="/blog/category:thong-bao">Thông báo</a></li>'
        '<li class="menu-item menu-item-id-6 have-submenu"><a href="javascript:;">Tài nguyên</a>'
        '<ul class="menu menu_2 dropdown-menu">'
        '<li class="menu-item"><a href="/van-ban">Văn bản</a></li>'
        '<li class="menu-item"><a href="/lich-cong-tac">Lịch công tác</a></li></ul></li>'
        '<li class="menu-item menu-item-id-8 have-submenu"><a href="/thu-vien-anh">Thư viện</a>'
        '<ul class="menu menu_2 dropdown-menu">'
        '<li class="menu-item"><a href="/thu-vien-anh">Thư viện ảnh</a></li>'
        '<li class="menu-item"><a href="/video">Video</a></li></ul></li>'
        '<li class="menu-item menu-item-id-9"><a href="/lien-he">Liên hệ</a></li>'
        "</ul></div>"
    )


def _header() -> str:
    return (
        '<div class="module module-layouts" data-type="layouts" id="header-layout-1" template="skin-1">'
        '<div class="mw-tbar" style="background: #0b4f91; color: #fff; font-size: 13px; padding: 4px 0;">'
        '<div class="container"><div class="row">'
        f'<div class="col-md-6"><i class="mw-micon-calendar"></i> <span id="ngay-hom-nay">{TODAY_VN}</span>'
        " &nbsp;|&nbsp; Hotline: 0239 3845 126</div>"
        '<div class="col-md-6 text-right">'
        '<form class="mw-srch-f" action="/search" method="get" style="display: inline;">'
        '<input type="text" name="keywords" placeholder="Tìm kiếm..." style="width: 180px;">'
        '<button type="submit" class="btn btn-sm">Tìm</button></form>'
        ' <a href="https://www.facebook.com/thcschuvanan.thachkhe" target="_blank" rel="nofollow">'
        '<img src="/userfiles/templates/new-world/assets/img/fb-ico.png" alt="Facebook" width="18"></a>'
        "</div></div></div></div>"
        '<header class="mw-hdr nodrop" style="background: url(/userfiles/media/default/banner-thcs-cva.jpg) center / cover;">'
        '<div class="container"><a href="/" class="mw-logo">'
        '<img src="/userfiles/media/default/logo-thcs-cva.png" alt="Logo THCS Chu Văn An" height="90"></a>'
        '<div class="edit" field="header_title" rel="global">'
        '<p style="margin: 0; font-size: 15px; color: #0b4f91;">UBND XÃ THẠCH KHÊ</p>'
        '<h2 style="margin: 0; color: #c00; font-weight: bold;">TRƯỜNG THCS CHU VĂN AN</h2></div></div></header>'
        f'<nav class="mw-nav-wrap navbar"><div class="container">{_menu()}</div></nav></div>'
    )


def _crumbs(items: list[tuple[str | None, str]]) -> str:
    parts = ['<li><a href="/"><i class="mw-micon-home"></i> Trang chủ</a></li>']
    for href, label in items:
        if href:
            parts.append(f'<li><a href="{href}">{esc(label)}</a></li>')
        else:
            parts.append(f'<li class="active"><span>{esc(label)}</span></li>')
    return (
        '<div class="module module-breadcrumb" data-type="breadcrumb" id="breadcrumb-12" data-mw-title="Breadcrumb">'
        f'<ol class="breadcrumb mw-bc">{"".join(parts)}</ol></div>'
    )


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="/blog/{s.slug}"><img src="{_thumb(s)}" width="70" alt=""></a>'
        f'<a href="/blog/{s.slug}" class="mw-sb-t">{esc(s.title)}</a></li>'
        for s in MOST_READ
    )
    notes = "".join(
        f'<p>» <a href="/blog/{s.slug}">{esc(s.title)}</a> <img src="/userfiles/templates/new-world/assets/img/new.gif" alt=""></p>'
        for s in NOTICES
    )
    return (
        '<aside class="col-md-4 mw-sb">'
        '<div class="module module-posts" data-type="posts" id="posts-sidebar-21" data-mw-title="Đọc nhiều nhất" '
        'template="sidebar" data-order-by="hits desc">'
        f'<div class="mw-sb-ttl">ĐỌC NHIỀU NHẤT</div><ul class="mw-sb-lst">{most}</ul></div>'
        '<div class="module module-posts" data-type="posts" id="posts-sidebar-22" data-mw-title="Thông báo">'
        '<div class="mw-sb-ttl">THÔNG BÁO MỚI</div>'
        f'<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" height="140">{notes}</marquee></div>'
        '<div class="module module-posts" data-type="posts" id="posts-sidebar-23" data-mw-title="Văn bản">'
        '<div class="mw-sb-ttl">VĂN BẢN MỚI</div><ul class="mw-sb-lst">'
        '<li><a href="/van-ban/ke-hoach-so-112-kh-thcs">Kế hoạch số 112/KH-THCSCVA bồi dưỡng học sinh giỏi</a></li>'
        '<li><a href="/van-ban/quyet-dinh-so-95-qd-thcs">Quyết định số 95/QĐ-THCSCVA thành lập các tổ chuyên môn</a></li>'
        "</ul></div>"
        '<div class="module module-text" data-type="text" id="text-sidebar-24"><div class="mw-sb-ttl">LIÊN KẾT WEBSITE</div>'
        '<select onchange="if(this.value) window.open(this.value)" style="width: 100%;">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://hatinh.edu.vn">Sở GD&amp;ĐT Hà Tĩnh</option>'
        '<option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>'
        '<option value="https://vnedu.vn">Sổ liên lạc điện tử vnEdu</option></select></div>'
        '<div class="module module-poll" data-type="poll" id="poll-25"><div class="mw-sb-ttl">THĂM DÒ Ý KIẾN</div>'
        '<form method="post" action="/api/poll/vote"><p>Bạn đánh giá thế nào về website nhà trường?</p>'
        '<label><input type="radio" name="answer" value="1"> Rất hữu ích</label><br>'
        '<label><input type="radio" name="answer" value="2"> Hữu ích</label><br>'
        '<label><input type="radio" name="answer" value="3"> Bình thường</label><br>'
        '<input type="hidden" name="poll_id" value="2"><button type="submit">Bình chọn</button></form></div>'
        '<div class="module module-site-stats" data-type="site_stats" id="site-stats-26">'
        '<div class="mw-sb-ttl">THỐNG KÊ TRUY CẬP</div><table class="mw-stt">'
        "<tr><td>Đang online:</td><td>17</td></tr><tr><td>Hôm nay:</td><td>412</td></tr>"
        "<tr><td>Tháng này:</td><td>3.905</td></tr><tr><td>Tổng truy cập:</td><td>1.286.457</td></tr></table></div>"
        "</aside>"
    )


def _motto() -> str:
    return (
        '<div class="edit safe-mode nodrop" field="blog_bottom_text" rel="global">'
        '<p class="element" style="text-align: center; color: #0b4f91;"><strong>'
        "Trường THCS Chu Văn An - Nơi ươm mầm tri thức, chắp cánh ước mơ</strong></p>"
        '<p class="element" style="text-align: center;">Kỉ cương - Tình thương - Trách nhiệm. '
        "Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo.</p></div>"
    )


def _footer() -> str:
    return (
        '<footer class="mw-ftr nodrop" style="background: #0b4f91; color: #fff; padding: 20px 0;">'
        '<div class="container"><div class="edit" field="footer_text" rel="global">'
        f"<p><strong>{SCHOOL.upper()}</strong></p>"
        "<p>Địa chỉ: Thôn Đông Tiến, xã Thạch Khê, tỉnh Hà Tĩnh</p>"
        "<p>Điện thoại: 0239 3845 126 - Email: c2chuvanan.thachkhe@hatinh.edu.vn</p>"
        "<p>Chịu trách nhiệm nội dung: Bà Nguyễn Thị Thanh Hương - Hiệu trưởng</p></div>"
        '<p class="mw-cpr" style="font-size: 12px;">© 2026 Trường THCS Chu Văn An. Thiết kế bởi '
        '<a href="https://webtruonghoc.vn" target="_blank" rel="nofollow" style="color: #fff;">WebTrườngHọc</a>'
        ' | <a href="https://microweber.org" target="_blank" rel="nofollow" style="color: #fff;">'
        "Powered by Microweber</a></p></div></footer>"
        '<script src="/userfiles/templates/new-world/assets/js/main.js"></script>'
        '<script src="https://sp.zalo.me/plugins/sdk.js" async></script>'
        "</body>\n</html>"
    )


def _page(request: Request, title: str, main: str, *, canonical: str | None = None, desc: str = "",
          og_image: str | None = None, body_class: str = "") -> Response:
    page = (
        _head(request, title, canonical, desc or f"Website {SCHOOL}, xã Thạch Khê, tỉnh Hà Tĩnh", og_image)
        + f'<body class="{body_class} mw-template-new-world">\n'
        + _header()
        + '<main class="mw-main"><div class="container"><div class="row">'
        + f'<div class="col-md-8 mw-cnt">{main}{_motto()}</div>'
        + _sidebar()
        + "</div></div></main>"
        + _footer()
    )
    return html(page)


# --- page templates -------------------------------------------------------------------------


def _comments(story: Story, older: bool) -> str:
    shown = story.opts.get("comments_old" if older else "comments")
    if not shown:
        return ""
    total = len(story.opts.get("comments", [])) + len(story.opts.get("comments_old", []))
    items = "".join(
        f'<div class="mw-cmt-h" id="comment-{story.id * 10 + i}"><div class="mw-cmt-a"><strong>{esc(who)}</strong>'
        f' <small class="mw-cmt-d">{when}</small></div><div class="mw-cmt-b"><p>{esc(what)}</p></div></div>'
        for i, (who, when, what) in enumerate(shown)
    )
    nav = ""
    if story.opts.get("comments_old"):
        if older:
            nav = f'<p class="mw-cmt-nav"><a href="/blog/{story.slug}#comments-{story.id}">« Bình luận mới hơn</a></p>'
        else:
            nav = (
                f'<p class="mw-cmt-nav"><a href="/blog/{story.slug}?comments_page=2#comments-{story.id}">'
                "Xem bình luận cũ hơn »</a></p>"
            )
    return (
        f'<div class="module module-comments" data-type="comments" id="comments-{story.id}" content-id="{story.id}">'
        f"<h4>Bình luận ({total})</h4>{items}{nav}"
        f'<form class="mw-comments-form" method="post" action="/api/post_comment">'
        f'<input type="hidden" name="rel_id" value="{story.id}"><input type="hidden" name="rel_type" value="content">'
        '<input type="text" name="comment_name" placeholder="Họ và tên"> '
        '<input type="email" name="comment_email" placeholder="Email"><br>'
        '<textarea name="comment_body" placeholder="Nội dung bình luận"></textarea><br>'
        '<button type="submit">Gửi bình luận</button></form></div>'
    )


def _gallery(story: Story) -> str:
    imgs = [i for i in story.images if i.style == "gallery"]
    if not imgs:
        return ""
    items = "".join(
        f'<div class="mw-pict-item col-4"><a href="{esc(i.src)}" data-fancybox="gallery-{story.id}">'
        f'<img src="{esc(i.src)}" alt="" style="width: 100%;"></a></div>'
        for i in imgs
    )
    return (
        f'<div class="module module-pictures" data-type="pictures" id="pictures-{story.id}" rel="content" '
        f'content-id="{story.id}" template="masonry"><div class="row mw-pictures-masonry">{items}</div></div>'
    )


def _related(story: Story) -> str:
    others = [s for s in STORIES if s.cat == story.cat and s is not story][:2]
    if not others:
        return ""
    items = "".join(
        f'<li><a href="/blog/{s.slug}">{esc(s.title)}</a> <span class="mw-rl-d">({_date_us(s)})</span></li>'
        for s in others
    )
    return (
        f'<div class="module module-posts" data-type="posts" id="posts-related-{story.id}" '
        'data-mw-title="Tin liên quan" related="true" limit="2">'
        f'<h3 class="mw-rl-ttl">Tin liên quan</h3><ul class="mw-rl-lst">{items}</ul></div>'
    )


def _post_page(request: Request, story: Story, *, older_comments: bool = False) -> Response:
    cat = CATS[story.cat]
    title_html = _t(story, story.title)
    upd = ""
    if story.opts.get("updated"):
        upd = (
            '<div class="mw-upd" style="color: #888; font-size: 12px;"><i class="mw-micon-refresh"></i> '
            f"Cập nhật: {story.opts['updated']}</div>"
        )
    sapo = ""
    if story.sapo_outside and story.summary:
        sapo = (
            f'<p class="edit mw-desc" field="description" rel="content" data-id="{story.id}" '
            f'style="font-weight: bold; text-align: justify;">{_t(story, story.summary)}</p>'
        )
    tags = ""
    if story.opts.get("tags"):
        links = ", ".join(f'<a href="/blog/tags:{t}">{esc(TAGS[t])}</a>' for t in story.opts["tags"])
        tags = f'<div class="module module-tags" data-type="tags" id="tags-{story.id}"><i class="mw-micon-tag"></i> Từ khóa: {links}</div>'
    share_url = f"{base_url(request)}/blog/{story.slug}"
    imgs = story.images
    main = (
        _crumbs([("/blog", "Tin tức"), (f"/blog/category:{story.cat}", cat), (None, story.title)])
        + f'<div class="mw-blog-inner" id="post-{story.id}">'
        + f'<h1 class="edit mw-post-ttl" field="title" rel="content" data-id="{story.id}">{title_html}</h1>'
        + upd
        + '<div class="mw-post-mt" style="font-size: 13px; color: #666;">'
        + f"<span><i class=\"mw-micon-clock\"></i> Ngày đăng: {_date_vn(story)}</span> | "
        + f"<span><i class=\"mw-micon-user\"></i> Người đăng: {ACCOUNT}</span> | "
        + f"<span><i class=\"mw-micon-eye\"></i> Lượt xem: {story.views()}</span></div>"
        + sapo
        + '<div class="mw-tools" style="text-align: right;">'
        + '<a href="javascript:void(0)" onclick="mw.tools.fontSize(-1)">A-</a> '
        + '<a href="javascript:void(0)" onclick="mw.tools.fontSize(1)">A+</a> '
        + '<a href="javascript:window.print()"><i class="mw-micon-print"></i> In bài</a> '
        + f'<a href="mailto:?subject={esc(story.title)}&amp;body={share_url}"><i class="mw-micon-mail"></i> Gửi email</a>'
        + "</div>"
        + f'<div class="edit" field="content_body" rel="content" data-id="{story.id}">\n{_body(story)}\n</div>'
        + _gallery(story)
        + tags
        + f'<div class="module module-sharer" data-type="sharer" id="sharer-{story.id}">Chia sẻ: '
        + f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="nofollow">'
        + '<img src="/userfiles/modules/sharer/img/facebook.png" alt="Facebook" width="24"></a> '
        + f'<div class="zalo-share-button" data-href="{share_url}" data-oaid="579745863508352884" data-layout="1"></div>'
        + "</div>"
        + _comments(story, older_comments)
        + _related(story)
        + "</div>"
    )
    return _page(
        request,
        f"{story.title} - {SCHOOL}",
        main,
        canonical=f"/blog/{story.slug}",
        desc=_desc(story),
        og_image=imgs[0].src if imgs else None,
        body_class="page-post post-id-" + str(story.id),
    )


def _item(s: Story) -> str:
    return (
        f'<div class="mw-blog-li row" id="post-li-{s.id}">'
        f'<div class="col-4"><a href="/blog/{s.slug}"><img src="{_thumb(s)}" alt="{esc(s.title)}" style="width: 100%;"></a></div>'
        f'<div class="col-8"><h3 class="mw-blog-ttl"><a href="/blog/{s.slug}">{esc(s.title)}</a></h3>'
        f'<small class="mw-dte"><i class="mw-micon-clock"></i> {_date_us(s)}</small>'
        f"<p>{_t(s, _desc(s))}</p>"
        f'<a href="/blog/{s.slug}" class="btn btn-link mw-more">Xem tiếp »</a></div></div>'
    )


def _pager(pages: int, current: int, href) -> str:
    if pages <= 1:
        return ""
    lis = []
    for n in range(1, pages + 1):
        cls = "page-item active" if n == current else "page-item"
        lis.append(f'<li class="{cls}"><a class="page-link" href="{href(n)}" data-page-number="{n}">{n}</a></li>')
    if current < pages:
        lis.append(
            f'<li class="page-item"><a class="page-link mw-paging-next" href="javascript:;" '
            f'data-page-number="{current + 1}">Sau »</a></li>'
        )
    return f'<div class="mw-paging" data-paging-param="curent_page"><ul class="pagination">{"".join(lis)}</ul></div>'


def _listing(request: Request, title: str, items: list[Story], crumbs, page: int, per: int, href,
             canonical: str) -> Response | None:
    pages = max(1, -(-len(items) // per))
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * per: page * per]
    main = (
        _crumbs(crumbs)
        + f'<h1 class="mw-cat-ttl">{esc(title)}</h1>'
        + '<div class="module module-posts" data-type="posts" id="posts-blog-31" data-mw-title="Bài viết" template="list">'
        + "".join(_item(s) for s in chunk)
        + _pager(pages, page, href)
        + "</div>"
    )
    return _page(request, f"{title} - {SCHOOL}", main, canonical=canonical, body_class="page-blog")


def _home(request: Request) -> Response:
    slides = "".join(
        f'<div class="mw-slide" style="background-image: url({_thumb(s).replace("/280/", "/960/")});">'
        f'<div class="mw-slide-cap"><a href="/{s.slug}">{esc(s.title)}</a></div></div>'
        for s in SLIDER
    )
    latest = "".join(_item(s) for s in STORIES[:4])
    notices = "".join(
        f'<li><a href="/blog/{s.slug}">{esc(s.title)}</a> <small>{_date_us(s)}</small></li>' for s in NOTICES
    )
    main = (
        '<div class="module module-slider" data-type="slider" id="slider-home-41" template="skin-2">'
        f'<div class="mw-slider-holder">{slides}</div></div>'
        '<div class="nodrop safe-mode mw-hm-box"><h2 class="mw-hm-ttl"><a href="/blog">TIN MỚI</a></h2>'
        f'<div class="module module-posts" data-type="posts" id="posts-home-42" limit="4">{latest}</div>'
        '<p style="text-align: right;"><a href="/blog">Xem tất cả »</a></p></div>'
        '<div class="nodrop safe-mode mw-hm-box"><h2 class="mw-hm-ttl"><a href="/blog/category:thong-bao">THÔNG BÁO</a></h2>'
        f'<ul class="mw-hm-lst">{notices}</ul></div>'
        '<div class="mw-row"><div class="mw-col" style="width: 50%;"><div class="mw-col-container">'
        '<h2 class="mw-hm-ttl"><a href="/thu-vien-anh">THƯ VIỆN ẢNH</a></h2>'
        '<a href="/thu-vien-anh"><img src="/userfiles/cache/thumbnails/280/tn-album-khai-giang-1.jpg" alt=""></a>'
        '</div></div><div class="mw-col" style="width: 50%;"><div class="mw-col-container">'
        '<h2 class="mw-hm-ttl"><a href="/video">VIDEO</a></h2>'
        '<a href="/video"><img src="/userfiles/media/default/video-thumb-20-11.jpg" alt=""></a>'
        "</div></div></div>"
    )
    return _page(request, f"{SCHOOL} - xã Thạch Khê, tỉnh Hà Tĩnh", main, canonical="/", body_class="page-home")


# --- non-article pages ----------------------------------------------------------------------

_DOCS = {
    "ke-hoach-so-112-kh-thcs": (
        "Kế hoạch bồi dưỡng học sinh giỏi năm học 2026 - 2027",
        "112/KH-THCSCVA", "Kế hoạch", "10/10/2026",
        "Kế hoạch bồi dưỡng học sinh giỏi lớp 8, lớp 9 năm học 2026 - 2027", "kh-112-boi-duong-hsg.pdf",
    ),
    "quyet-dinh-so-95-qd-thcs": (
        "Quyết định thành lập các tổ chuyên môn năm học 2026 - 2027",
        "95/QĐ-THCSCVA", "Quyết định", "05/09/2026",
        "Quyết định về việc thành lập các tổ chuyên môn, tổ văn phòng năm học 2026 - 2027", "qd-95-to-chuyen-mon.pdf",
    ),
}


def _doc_page(request: Request, slug: str) -> Response:
    title, number, kind, day, gist, fname = _DOCS[slug]
    main = (
        _crumbs([("/van-ban", "Văn bản"), (None, title)])
        + f'<h1 class="edit" field="title" rel="content" data-id="{180 + len(slug)}">{esc(title)}</h1>'
        + '<table class="table table-bordered mw-vb"><tbody>'
        + f"<tr><th style=\"width: 30%;\">Số/Ký hiệu</th><td>{esc(number)}</td></tr>"
        + f"<tr><th>Loại văn bản</th><td>{kind}</td></tr>"
        + f"<tr><th>Ngày ban hành</th><td>{day}</td></tr>"
        + "<tr><th>Cơ quan ban hành</th><td>Trường THCS Chu Văn An</td></tr>"
        + "<tr><th>Người ký</th><td>Nguyễn Thị Thanh Hương</td></tr>"
        + f"<tr><th>Trích yếu</th><td>{esc(gist)}</td></tr>"
        + f'<tr><th>Tệp đính kèm</th><td><a href="{MEDIA}{fname}">{fname}</a></td></tr>'
        + "</tbody></table>"
    )
    return _page(request, f"{title} - {SCHOOL}", main, canonical=f"/van-ban/{slug}", body_class="page-doc")


def _doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(v[1])}</td><td>{v[3]}</td><td><a href="/van-ban/{k}">{esc(v[4])}</a></td></tr>'
        for k, v in _DOCS.items()
    )
    main = (
        _crumbs([(None, "Văn bản")])
        + '<h1 class="mw-cat-ttl">Văn bản</h1>'
        + '<table class="table table-striped"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        + f"<th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return _page(request, f"Văn bản - {SCHOOL}", main, canonical="/van-ban")


def _intro(request: Request) -> Response:
    main = (
        _crumbs([(None, "Giới thiệu")])
        + '<div class="edit" field="content" rel="content" data-id="2">'
        + '<h1 class="element">Giới thiệu Trường THCS Chu Văn An</h1>'
        + '<p class="element">Trường THCS Chu Văn An được thành lập năm 1965, tiền thân là Trường cấp II Thạch Khê. '
        + "Trải qua hơn 60 năm xây dựng và trưởng thành, nhà trường đã nhiều năm liền đạt danh hiệu Tập thể lao động "
        + "xuất sắc.</p>"
        + '<h2 class="element" id="co-cau-to-chuc">Cơ cấu tổ chức</h2>'
        + '<p class="element">Năm học 2026 - 2027, nhà trường có 18 lớp với 652 học sinh; 41 cán bộ, giáo viên, '
        + "nhân viên, sinh hoạt tại 3 tổ chuyên môn và Tổ Văn phòng.</p>"
        + '<table class="element table"><tr><td>Hiệu trưởng</td><td>Nguyễn Thị Thanh Hương</td></tr>'
        + "<tr><td>Phó Hiệu trưởng</td><td>Hoàng Thị Lan</td></tr>"
        + "<tr><td>Chủ tịch Công đoàn</td><td>Nguyễn Văn Bình</td></tr></table>"
        + '<h2 class="element" id="thanh-tich">Thành tích</h2>'
        + '<p class="element">Trường đạt chuẩn quốc gia mức độ 2 năm 2022; được tặng Bằng khen của Chủ tịch UBND '
        + "tỉnh năm 2024.</p></div>"
    )
    return _page(request, f"Giới thiệu - {SCHOOL}", main, canonical="/gioi-thieu", body_class="page-intro")


def _contact(request: Request) -> Response:
    main = (
        _crumbs([(None, "Liên hệ")])
        + '<h1 class="mw-cat-ttl">Liên hệ</h1>'
        + '<div class="edit" field="content" rel="content" data-id="9">'
        + '<p class="element"><strong>TRƯỜNG THCS CHU VĂN AN</strong></p>'
        + '<p class="element">Địa chỉ: Thôn Đông Tiến, xã Thạch Khê, tỉnh Hà Tĩnh<br>Điện thoại: 0239 3845 126<br>'
        + "Email: c2chuvanan.thachkhe@hatinh.edu.vn</p></div>"
        + '<div class="module module-contact-form" data-type="contact_form" id="contact-form-51">'
        + '<form method="post" action="/api/contact_form_submit"><input type="text" name="name" placeholder="Họ tên">'
        + '<input type="email" name="email" placeholder="Email"><textarea name="message"></textarea>'
        + '<button type="submit">Gửi liên hệ</button></form></div>'
        + '<div class="module module-google-maps" data-type="google_maps" id="google-maps-52">'
        + '<iframe src="https://maps.google.com/maps?q=Th%E1%BA%A1ch%20Kh%C3%AA%20H%C3%A0%20T%C4%A9nh&amp;output=embed" '
        + 'width="100%" height="300" frameborder="0"></iframe></div>'
    )
    return _page(request, f"Liên hệ - {SCHOOL}", main, canonical="/lien-he", body_class="page-contact")


def _album(request: Request) -> Response:
    pics = "".join(
        f'<div class="mw-pict-item col-3"><a href="{MEDIA}album-khai-giang-{n}.jpg" data-fancybox="album">'
        f'<img src="/userfiles/cache/thumbnails/280/tn-album-khai-giang-{n}.jpg" alt="Lễ khai giảng {n}"></a></div>'
        for n in range(1, 9)
    )
    main = (
        _crumbs([(None, "Thư viện ảnh")])
        + '<h1 class="mw-cat-ttl">Thư viện ảnh</h1>'
        + '<h3>Lễ khai giảng năm học 2026 - 2027</h3>'
        + '<div class="module module-pictures" data-type="pictures" id="pictures-61" template="masonry">'
        + f'<div class="row">{pics}</div></div>'
    )
    return _page(request, f"Thư viện ảnh - {SCHOOL}", main, canonical="/thu-vien-anh", body_class="page-gallery")


def _video(request: Request) -> Response:
    main = (
        _crumbs([(None, "Video")])
        + '<h1 class="mw-cat-ttl">Video</h1>'
        + '<div class="module module-video" data-type="video" id="video-71">'
        + '<h3>Tiết mục múa “Việt Nam ơi” - lớp 9B (20/11/2026)</h3>'
        + '<iframe width="100%" height="380" src="https://www.youtube.com/embed/xK3pQ9wL2sA" frameborder="0" '
        + "allowfullscreen></iframe></div>"
        + '<div class="module module-video" data-type="video" id="video-72">'
        + "<h3>Lễ khai giảng năm học 2026 - 2027</h3>"
        + '<iframe width="100%" height="380" src="https://www.youtube.com/embed/Zp7mB1cQ0tE" frameborder="0" '
        + "allowfullscreen></iframe></div>"
    )
    return _page(request, f"Video - {SCHOOL}", main, canonical="/video", body_class="page-video")


def _calendar(request: Request) -> Response:
    rows = [
        ("Thứ Hai 07/12", "Chào cờ đầu tuần; sinh hoạt dưới cờ chủ đề “Bình đẳng giới”", "Liên đội"),
        ("Thứ Ba 08/12", "Dự giờ thăm lớp Tổ Toán - Tin", "BGH"),
        ("Thứ Tư 09/12", "Họp Hội đồng sư phạm tháng 12", "Toàn trường"),
        ("Thứ Năm 10/12", "Ôn tập cuối học kì I các khối lớp", "GVBM"),
        ("Thứ Sáu 11/12", "Kiểm tra hồ sơ chuyên môn", "Tổ trưởng"),
        ("Thứ Bảy 12/12", "Bồi dưỡng học sinh giỏi lớp 9", "GV đội tuyển"),
    ]
    body = "".join(f"<tr><td>{d}</td><td>{w}</td><td>{who}</td></tr>" for d, w, who in rows)
    main = (
        _crumbs([(None, "Lịch công tác")])
        + '<h1 class="mw-cat-ttl">Lịch công tác tuần 15 (từ 07/12/2026 đến 12/12/2026)</h1>'
        + '<table class="table table-bordered"><thead><tr><th>Ngày</th><th>Nội dung</th><th>Thực hiện</th></tr>'
        + f"</thead><tbody>{body}</tbody></table>"
    )
    return _page(request, f"Lịch công tác - {SCHOOL}", main, canonical="/lich-cong-tac", body_class="page-calendar")


def _search(request: Request) -> Response:
    kw = request.params.get("keywords", "").strip()
    found = [s for s in STORIES if kw and kw.lower() in unicodedata.normalize("NFC", s.title).lower()]
    listing = "".join(_item(s) for s in found) or "<p>Không tìm thấy kết quả phù hợp.</p>"
    main = (
        _crumbs([(None, "Tìm kiếm")])
        + f'<h1 class="mw-cat-ttl">Kết quả tìm kiếm: “{esc(kw)}”</h1>'
        + f'<div class="module module-posts" data-type="posts" id="posts-search-81">{listing}</div>'
    )
    return _page(request, f"Tìm kiếm - {SCHOOL}", main, body_class="page-search")


# --- the site -------------------------------------------------------------------------------

PAGES = {
    "/gioi-thieu": _intro,
    "/lien-he": _contact,
    "/thu-vien-anh": _album,
    "/video": _video,
    "/lich-cong-tac": _calendar,
    "/van-ban": _doc_list,
    "/search": _search,
}


@dataclass
class MicroweberSite:
    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            return None
        path = request.path
        if path.startswith("/userfiles/"):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in ("/", "/index.php"):
            return _home(request) if path == "/" else None
        if path in PAGES:
            return PAGES[path](request)
        if path.startswith("/van-ban/") and path[len("/van-ban/"):] in _DOCS:
            return _doc_page(request, path[len("/van-ban/"):])
        if path == "/blog" or path.startswith("/blog/page:"):
            page = 1
            if path != "/blog":
                num = path[len("/blog/page:"):]
                if not num.isdigit():
                    return None
                page = int(num)
            return _listing(
                request, "Tin tức", STORIES, [(None, "Tin tức")], page, BLOG_PER_PAGE,
                lambda n: f"/blog/page:{n}", "/blog" if page == 1 else f"/blog/page:{page}",
            )
        if path.startswith("/blog/category:"):
            slug = path[len("/blog/category:"):]
            if slug not in CATS:
                return None
            raw = parse_qs(request.query).get("curent_page", ["1"])[0]
            if not raw.isdigit():
                return None
            page = int(raw)
            items = [s for s in STORIES if s.cat == slug]
            return _listing(
                request, CATS[slug], items, [("/blog", "Tin tức"), (None, CATS[slug])], page, CAT_PER_PAGE,
                lambda n, slug=slug: f"/blog/category:{slug}?curent_page={n}", f"/blog/category:{slug}",
            )
        if path.startswith("/blog/tags:"):
            tag = path[len("/blog/tags:"):]
            if tag not in TAGS:
                return None
            items = [s for s in STORIES if tag in s.opts.get("tags", [])]
            return _listing(
                request, f"Từ khóa: {TAGS[tag]}", items, [("/blog", "Tin tức"), (None, TAGS[tag])], 1, 20,
                lambda n: path, path,
            )
        slug = path[len("/blog/"):] if path.startswith("/blog/") else path[1:]
        story = BY_SLUG.get(slug)
        if story is None:
            return None
        older = request.params.get("comments_page") == "2" and bool(story.opts.get("comments_old"))
        return _post_page(request, story, older_comments=older)


def build_site() -> MicroweberSite:
    return MicroweberSite()


# --- gold -----------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = f"/blog/{story.slug}"
    alts = [f"/{story.slug}"]
    if story.opts.get("comments_old"):
        alts.append(f"{path}?comments_page=2")
    return gold_record(story, path, CATS[story.cat], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/thu-vien-anh",
    "/video",
    "/lich-cong-tac",
    "/van-ban/ke-hoach-so-112-kh-thcs",
    "/van-ban/quyet-dinh-so-95-qd-thcs",
]
