"""Fixture portal: a self-hosted Forem instance ("Cộng đồng Nguyễn Trãi") run by Trường THPT
Chuyên Nguyễn Trãi, tỉnh Hải Dương, as the writing community of its students and teachers; the
school's news are the posts of its organisation account ``truong-nguyen-trai``.

Platform: Forem (the Rails software behind dev.to), Vietnamese locale, crayons CSS classes,
Redcarpet markdown with liquid tags (``{% link %}``), imgproxy image URLs, client-side dates.

URL scheme
- ``/``                               home feed (tabs ``/latest``, ``/top/week``), 8 newest posts
- ``/<username>`` / ``/truong-nguyen-trai``  a member's profile / the organisation page
- ``/<username or org>/<slug>-<4 char id>``  an article (org posts live under the org's path)
- ``/<owner>/<slug>-<id>/comments``   the full discussion of an article (not an article)
- ``/<username>/comment/<id>``        one comment's permalink (not an article)
- ``/<username>/series/<n>``          a series (listing of its parts)
- ``/t/<tag>`` and ``/t/<tag>?page=N`` tag pages, 5 posts a page
- ``/search?q=``                      search (the header's form); ``/about``, ``/code-of-conduct``
- ``/enter`` sign-in; ``/readinglist`` 302 -> ``/enter``; ``/<poster>/<slug>`` of an org post 301s
  to the org path (Forem's path redirect after a post is moved into the organisation)

Page templates: feed/story cards (``crayons-story``); the article page (``article#article-show-
container`` with header, cover, subheader byline, ``h1``, tags, ``div#article-body``, series box,
then ``section#comments`` *inside the same article element*), a right sidebar with the author
card and "Thêm từ …" lists, "Đọc tiếp" cards below.

How each gold article is reached
- the home feed lists the 8 newest (n11, n10, n03, n01, s09, s08, s13, n12);
- n04, s13 via ``/t/hocsinhgioi``; s05, s06, s07 via ``/t/clbtinhoc``, the series box, the
  series page and ``/hs_minhanh``;
- n02 (the oldest org news) via ``/t/tintuc?page=2`` or its poster's profile ``/ptha_tv`` (linked
  from the organisation's member list): the organisation page shows five posts and loads the
  rest with a JavaScript button that has no href, and no feed lists n02.

Traps
1. Dates are UTC in the markup: ``<time datetime="2026-11-19T23:30:00Z">19 thg 11</time>`` and the
   JSON-LD ``datePublished``; the visible text is the UTC day without a year (Forem's
   ``date-no-year``). Gold: the instant in +07:00 ("2026-11-20T06:30:00+07:00" for n01, whose
   printed day "19 thg 11" is a day early in Hải Dương).
2. Other ``<time>`` elements around the post: "Cập nhật ngày …" (edited_at) beside the posted date,
   the author card's "Tham gia" date, every comment's date, the "Đọc tiếp" cards' dates. Gold: the
   posted date only.
3. Comments live inside the same ``<article>`` card as the text (``section#comments`` with
   ``div.comment__body`` paragraphs, commenters' names). Gold: no comment text in the body, no
   commenter among the authors. The discussion page ``…/comments`` and comment permalinks
   ``/<user>/comment/<id>`` reprint the article's title: they are not articles (NON_ARTICLES).
4. Code blocks are Rouge token spans glued without spaces (``<span class="nf">print</span><span
   class="p">(</span>``) followed by the fullscreen panel whose SVG ``<title>``s print "Enter
   fullscreen mode" / "Exit fullscreen mode". Gold: the code line as one paragraph, e.g.
   ``print("Xin chào, Nguyễn Trãi!")``, and no panel text.
5. The series box (``nav.crayons-article__series``) is printed above and again below the text,
   with numbered titles of all parts of "Nhập môn Python cùng CLB Tin học". Not body; the parts
   are reachable through it (s07 has no other link from the home page).
6. A ``{% link %}`` liquid card inside ``#article-body`` (s09): an ``<h2>`` with another post's
   title, its author and date line, its tags and the author's avatar, the same post linked twice.
   Not body, not an image of s09.
7. Images: ``<a class="article-body-image-wrapper" href="/uploads/…jpg"><img src="/images/<sig>/
   rs:fit:800:0/…/<base64>">`` — the src is an imgproxy path with no file extension, the link is
   the original upload. Gold image = the ``img`` src. Forem has no caption element: a caption is
   the italic paragraph typed right under the image (``<p><em>…</em></p>``), or a raw
   ``<figcaption>``; a line "Ảnh: X" alone is a photographer credit (caption None). The ``alt``
   text is never the caption. The cover image (``div.crayons-article__cover``) is the article's
   first photo (caption None).
8. Cross-posted s09: ``<link rel="canonical">`` points to the student's blog on another host and
   the subheader says "Được đăng lần đầu tại dangquochuy.blogspot.com". The page is still the
   article at its own path: canonical_path = path, source null.
9. Bylines: "<Quản trị Nguyễn Trãi> cho <Trường THPT Chuyên Nguyễn Trãi>" — the organisation is
   not an author and the CMS account "Quản trị Nguyễn Trãi" (quantri_nt) is nobody; the real
   writer is the closing "Tin, ảnh: X" / "Tin: X - Ảnh: Y" line or a right-aligned unit ("Tổ Tin
   học"). The JSON-LD ``author`` names the posting account, not the writer. A display name with a
   degree ("ThS. Vũ Thị Lan Anh") gives "Vũ Thị Lan Anh".
10. Redcarpet footnotes (s08): a bare ``<sup><a href="#fn1">1</a></sup>`` after a word (no text),
    and ``div.footnotes`` entries ending in a "↩" back-link (the entries are body, "↩" is not).
11. Duplicates and moved posts: every feed card links its post three times (hidden navigation
    link, title, ``#comments``); the "Đáng chú ý" widget links n11 with ``?utm_source=…``
    (alt path); s09's text links n12 by its poster's old path ``/quantri_nt/…`` which 301s to
    the organisation path.
12. A Forem page ``/about`` and profile/organisation pages with bios, "Tham gia" dates and pinned
    story cards look like posts; they are not articles.
13. n10 is a notice pasted as an official document (letterhead table, "Số:", place and date,
    "THÔNG BÁO / Về việc …", "Nơi nhận" and signer): README convention (letterhead day, signer).

Gold decisions on ambiguous points
- ``category``: the pretty name (as the left menu "Chuyên mục" prints it) of the post's first tag.
- ``published_at``: from the ``datetime`` attribute of the "Đăng ngày" ``<time>``, converted to
  +07:00 (it carries a time, so the time is kept); n10 takes the letterhead's day.
- ``summary``: only the posts whose first paragraph is a bold lead (``<p><strong>…``); others null
  (Forem's meta description is generated from the text).
- Table rows (header row included) are paragraphs, cells joined by " | "; each line of a poem
  quoted with ``<br>`` is a paragraph; headings are paragraphs.
- The cover is an image of the article; avatars, the org logo and liquid-card pictures are not.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file

NAME = "forem_thpt"
PLATFORM = "Forem (self-hosted, dev.to software)"
START_PATH = "/"

SITE_NAME = "Cộng đồng Nguyễn Trãi"
ORG = "truong-nguyen-trai"
ORG_NAME = "Trường THPT Chuyên Nguyễn Trãi"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
ICT = timezone(timedelta(hours=7))
PAGE_SIZE = 5

#: tag -> pretty name printed by the left menu and the tag page
TAGS = {
    "tintuc": "Tin tức nhà trường",
    "thongbao": "Thông báo",
    "hocsinhgioi": "Học sinh giỏi",
    "clbtinhoc": "CLB Tin học",
    "vanhoc": "Góc văn chương",
    "trainghiem": "Hoạt động trải nghiệm",
    "thethao": "Thể thao",
    "python": "Python",
}
MENU_TAGS = ["tintuc", "thongbao", "hocsinhgioi", "clbtinhoc", "vanhoc", "trainghiem"]

#: username -> (display name, bio, joined instant in UTC)
USERS = {
    "quantri_nt": ("Quản trị Nguyễn Trãi", "Tài khoản quản trị của cộng đồng.", "2025-08-20T02:00:00Z"),
    "ptha_tv": ("Phạm Thu Hà", "Giáo viên Tin học, phụ trách CLB Truyền thông.", "2025-09-05T08:10:00Z"),
    "hs_minhanh": ("Nguyễn Minh Anh", "Học sinh lớp 11 Tin. Thích Python và nhiếp ảnh.", "2025-09-12T13:22:00Z"),
    "lananh_van": ("ThS. Vũ Thị Lan Anh", "Tổ Ngữ văn – yêu thơ Quang Dũng.", "2025-10-01T01:45:00Z"),
    "dqhuy_a1": ("Đặng Quốc Huy", "Lớp 11 Anh. Viết blog du lịch.", "2026-01-15T11:00:00Z"),
    "tbngoc": ("Trần Bảo Ngọc", "Đội tuyển Hóa học 12.", "2026-02-02T09:30:00Z"),
}

SERIES_ID = 18
SERIES_TITLE = "Nhập môn Python cùng CLB Tin học"


# --- images -----------------------------------------------------------------------------------


def _imgproxy(upload: str, size: str = "rs:fit:800:0") -> str:
    """Forem's imgproxy URL for an upload: signature, options, base64 of the source, no extension."""
    enc = base64.urlsafe_b64encode(upload.encode()).decode().rstrip("=")
    sig = base64.urlsafe_b64encode(hashlib.sha256(upload.encode() + size.encode()).digest()[:12]).decode()
    return f"/images/{sig}/{size}/g:sm/mb:500000/ar:1/{enc}"


def _up(name: str) -> str:
    return f"/uploads/articles/{name}.jpg"


def _cover(name: str) -> Img:
    return Img(_imgproxy(_up(name), "rs:fill:1000:420"), None, None, "cover")


def _img(name: str, printed: str | None, caption: str | None, style: str = "em") -> Img:
    return Img(_imgproxy(_up(name)), printed, caption, style)


# --- the stories ---------------------------------------------------------------------------

LETTERHEAD = (
    '<table style="width:100%;border:0"><tbody><tr>'
    '<td style="text-align:center;width:45%">SỞ GD&amp;ĐT HẢI DƯƠNG<br><strong>TRƯỜNG THPT CHUYÊN'
    ' NGUYỄN TRÃI</strong><br>Số: 412/TB-NT</td>'
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    "<strong>Độc lập - Tự do - Hạnh phúc</strong><br><em>Hải Dương, ngày 30 tháng 11 năm 2026</em>"
    "</td></tr></tbody></table>\n"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br><strong>Về việc tổ chức kiểm tra'
    " cuối học kỳ I năm học 2026 – 2027</strong></p>"
)
NOTICE_CLOSE = (
    '<table style="width:100%;border:0"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>- Các tổ chuyên'
    " môn;<br>- GVCN các lớp;<br>- Lưu: VT.</td>"
    '<td style="text-align:center;vertical-align:top"><strong>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG'
    "</strong><br><br><em>(đã ký)</em><br><br><strong>Trần Văn Nam</strong></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        1, "khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027-3kx9",
        "Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027", "tintuc",
        "2026-11-20T06:30:00+07:00",
        [
            _cover("hkpd-cover"),
            P("Chiều 19/11, Trường THPT Chuyên Nguyễn Trãi long trọng tổ chức lễ khai mạc Hội khỏe"
              " Phù Đổng cấp trường năm học 2026 – 2027 với sự tham gia của hơn 1.200 học sinh thuộc"
              " 36 lớp.", "lead"),
            P("Hội khỏe năm nay gồm 8 môn thi đấu: bóng đá nam, bóng chuyền, cầu lông, bóng bàn, cờ"
              " vua, kéo co, nhảy bao bố và điền kinh. Các nội dung diễn ra từ ngày 19/11 đến hết"
              " ngày 28/11 tại sân vận động của trường và Nhà thi đấu tỉnh."),
            _img("hkpd-dongdien", "Màn đồng diễn thể dục của học sinh khối 10 tại lễ khai mạc.",
                 "Màn đồng diễn thể dục của học sinh khối 10 tại lễ khai mạc."),
            P("Phát biểu khai mạc, thầy Trần Văn Nam, Phó Hiệu trưởng nhà trường, nhấn mạnh: “Hội"
              " khỏe Phù Đổng là sân chơi bổ ích, giúp các em rèn luyện thể chất, tinh thần đoàn kết"
              " và ý chí vượt khó bên cạnh việc học tập các môn chuyên.”"),
            P("Những màn tranh tài sôi nổi ngay ngày đầu", "h2"),
            P("Ngay sau lễ khai mạc, trận bóng đá nam giữa 11 Toán và 12 Anh đã diễn ra vô cùng hấp"
              " dẫn. Chung cuộc, 11 Toán giành chiến thắng với tỉ số 2 – 1 trong sự cổ vũ cuồng nhiệt"
              " của các cổ động viên."),
            _img("hkpd-bongda", "Ảnh: Phạm Thu Hà", None),
            P("Ban tổ chức sẽ cập nhật kết quả thi đấu hằng ngày trên trang của nhà trường."),
            Raw("<p><strong>Tin, ảnh: Phạm Thu Hà</strong></p>"),
        ],
        authors=["Phạm Thu Hà"], photographers=["Phạm Thu Hà"],
        summary="Chiều 19/11, Trường THPT Chuyên Nguyễn Trãi long trọng tổ chức lễ khai mạc Hội khỏe"
        " Phù Đổng cấp trường năm học 2026 – 2027 với sự tham gia của hơn 1.200 học sinh thuộc 36 lớp.",
        opts={"owner": ORG, "poster": "quantri_nt", "tags": ["tintuc", "thethao"], "likes": 41},
    ),
    Story(
        2, "hoi-nghi-cha-me-hoc-sinh-hoc-ky-i-7bq2",
        "Hội nghị cha mẹ học sinh học kỳ I năm học 2026 – 2027", "tintuc",
        "2026-10-24T15:00:00+07:00",
        [
            P("Chiều 24/10, nhà trường tổ chức Hội nghị cha mẹ học sinh học kỳ I tại 36 phòng học"
              " và hội trường tầng 3 nhà A. Đây là dịp để gia đình và nhà trường cùng nhìn lại nửa"
              " đầu học kỳ của các em."),
            P("Hội nghị tập trung vào ba nội dung chính:"),
            P("Thông qua kết quả học tập và rèn luyện giữa học kỳ I;", "li"),
            P("Phổ biến kế hoạch ôn luyện đội tuyển học sinh giỏi quốc gia;", "li"),
            P("Lấy ý kiến về việc tổ chức bán trú cho học sinh ở xa.", "li"),
            _img("hncmhs", "Quang cảnh hội nghị tại hội trường tầng 3 nhà A.",
                 "Quang cảnh hội nghị tại hội trường tầng 3 nhà A.", "figure"),
            P("Ban đại diện cha mẹ học sinh nhiệm kỳ mới gồm 9 thành viên đã ra mắt và nhận nhiệm"
              " vụ tại hội nghị."),
        ],
        authors=["Phạm Thu Hà"],
        opts={"owner": ORG, "poster": "ptha_tv", "tags": ["tintuc"], "likes": 12,
              "updated": "2026-10-26T09:12:00+07:00"},
    ),
    Story(
        3, "truong-nguyen-trai-don-nhan-co-thi-dua-cua-chinh-phu-4mfp",
        "Trường THPT Chuyên Nguyễn Trãi đón nhận Cờ thi đua của Chính phủ", "tintuc",
        "2026-11-28T09:15:00+07:00",
        [
            _cover("cothidua-cover"),
            P("Sáng 27/11, Trường THPT Chuyên Nguyễn Trãi vinh dự đón nhận Cờ thi đua của Chính phủ"
              " vì đã có thành tích xuất sắc, dẫn đầu phong trào thi đua năm học 2025 – 2026.", "lead"),
            P("Năm học vừa qua, học sinh nhà trường giành 58 giải học sinh giỏi quốc gia, 4 huy"
              " chương Olympic quốc tế và khu vực; tỉ lệ đỗ tốt nghiệp đạt 100%."),
            _img("cothidua-trao", "Lãnh đạo tỉnh trao Cờ thi đua cho nhà trường.",
                 "Lãnh đạo tỉnh trao Cờ thi đua cho nhà trường."),
            P("Thay mặt tập thể sư phạm, cô Hiệu trưởng bày tỏ niềm tự hào và cam kết tiếp tục đổi"
              " mới phương pháp dạy học, phát triển toàn diện phẩm chất và năng lực học sinh."),
            Raw('<p style="text-align: right;"><em>Theo Báo Hải Dương</em></p>'),
        ],
        source="Báo Hải Dương",
        summary="Sáng 27/11, Trường THPT Chuyên Nguyễn Trãi vinh dự đón nhận Cờ thi đua của Chính"
        " phủ vì đã có thành tích xuất sắc, dẫn đầu phong trào thi đua năm học 2025 – 2026.",
        opts={"owner": ORG, "poster": "quantri_nt", "tags": ["tintuc"], "likes": 88},
    ),
    Story(
        4, "ket-qua-thi-chon-hoc-sinh-gioi-tinh-lop-12-9wzc",
        "Kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027", "hocsinhgioi",
        "2026-10-15T20:00:00+07:00",
        [
            P("Sở GD&ĐT Hải Dương vừa công bố kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12."
              " Học sinh nhà trường đạt 97 giải, trong đó có 31 giải Nhất."),
            P("Môn thi | Số dự thi | Số giải | Giải Nhất", "th"),
            P("Toán | 12 | 11 | 5", "tr"),
            P("Tin học | 10 | 10 | 6", "tr"),
            P("Ngữ văn | 12 | 10 | 3", "tr"),
            P("Hóa học | 12 | 12 | 4", "tr"),
            P("Nhà trường chúc mừng các em và đội ngũ giáo viên bồi dưỡng."),
        ],
        opts={"owner": ORG, "poster": "quantri_nt", "tags": ["hocsinhgioi"], "likes": 54},
    ),
    Story(
        5, "huong-dan-cai-dat-python-cho-hoc-sinh-lop-10-2hd8",
        "Nhập môn Python #1: Cài đặt Python và viết chương trình đầu tiên", "clbtinhoc",
        "2026-10-05T21:40:00+07:00",
        [
            P("Chào các bạn khối 10! Đây là bài đầu tiên trong chuỗi bài CLB Tin học viết cho các"
              " bạn mới làm quen với lập trình."),
            P("Bước 1: Tải Python", "h2"),
            P("Vào trang python.org và chọn mục Downloads;", "oli"),
            P("Tải bản Python 3.13 cho Windows;", "oli"),
            P("Khi cài nhớ tích ô “Add python.exe to PATH”.", "oli"),
            P("Bước 2: Chương trình đầu tiên", "h2"),
            P("Mở IDLE, tạo tệp mới và gõ dòng lệnh sau:"),
            P('print("Xin chào, Nguyễn Trãi!")', "code"),
            P("Nhấn F5 để chạy. Nếu màn hình hiện lời chào là bạn đã thành công!"),
            _img("python-idle", "Màn hình IDLE sau khi chạy chương trình.",
                 "Màn hình IDLE sau khi chạy chương trình."),
        ],
        authors=["Nguyễn Minh Anh"],
        opts={"owner": "hs_minhanh", "poster": "hs_minhanh", "tags": ["clbtinhoc", "python"],
              "likes": 23, "series": 1, "updated": "2026-10-07T18:03:00+07:00"},
    ),
    Story(
        6, "bien-va-kieu-du-lieu-trong-python-5tn1",
        "Nhập môn Python #2: Biến và kiểu dữ liệu", "clbtinhoc",
        "2026-10-12T20:10:00+07:00",
        [
            P("Ở bài trước chúng ta đã in được lời chào. Bài này mình giới thiệu biến – chiếc hộp"
              " để cất dữ liệu."),
            P('ten_truong = "THPT Chuyên Nguyễn Trãi"', "code"),
            P("Python có một số kiểu dữ liệu cơ bản:"),
            P("int – số nguyên, ví dụ 2026;", "li"),
            P("float – số thực, ví dụ 9.75;", "li"),
            P("str – xâu kí tự, ví dụ tên trường.", "li"),
            P("Bài tập: hãy khai báo biến lưu điểm trung bình của bạn và in ra màn hình."),
        ],
        authors=["Nguyễn Minh Anh"],
        opts={"owner": "hs_minhanh", "poster": "hs_minhanh", "tags": ["clbtinhoc", "python"],
              "likes": 15, "series": 2},
    ),
    Story(
        7, "vong-lap-for-va-while-k8ra",
        "Nhập môn Python #3: Vòng lặp for và while", "clbtinhoc",
        "2026-10-19T19:05:00+07:00",
        [
            P("Vòng lặp giúp máy tính làm đi làm lại một việc mà không cần chúng ta gõ lại lệnh."),
            P("Vòng lặp for", "h2"),
            P("Ví dụ in bình phương các số từ 1 đến 10:"),
            P("for i in range(1, 11): print(i * i)", "code"),
            P("Vòng lặp while", "h2"),
            P("Vòng lặp while chạy khi điều kiện còn đúng. Hãy cẩn thận để điều kiện có lúc sai,"
              " nếu không chương trình sẽ chạy mãi!"),
        ],
        authors=["Nguyễn Minh Anh"],
        opts={"owner": "hs_minhanh", "poster": "hs_minhanh", "tags": ["clbtinhoc", "python"],
              "likes": 9, "series": 3},
    ),
    Story(
        8, "cam-nhan-ve-dep-bi-trang-trong-bai-tho-tay-tien-6pzm",
        "Cảm nhận vẻ đẹp bi tráng của hình tượng người lính trong bài thơ “Tây Tiến”", "vanhoc",
        "2026-11-09T10:00:00+07:00",
        [
            P("Bài thơ “Tây Tiến” được Quang Dũng viết năm 1948 tại Phù Lưu Chanh, khi ông đã rời"
              " đơn vị cũ.", "sup:1:Phù Lưu Chanh"),
            P("Mở đầu bài thơ là nỗi nhớ da diết:"),
            P("Sông Mã xa rồi Tây Tiến ơi!", "verse"),
            P("Nhớ về rừng núi nhớ chơi vơi", "verse"),
            P("Sài Khao sương lấp đoàn quân mỏi", "verse"),
            P("Mường Lát hoa về trong đêm hơi", "verse"),
            P("Hình tượng người lính hiện lên vừa hào hoa vừa bi tráng, không né tránh mất mát mà"
              " nhìn thẳng vào hi sinh bằng cảm hứng lãng mạn.", "sup:2:lãng mạn"),
            P("Đó là lí do bài thơ vẫn chạm đến trái tim nhiều thế hệ học sinh hôm nay."),
            P("Phù Lưu Chanh: một làng thuộc tỉnh Hà Đông cũ, nay thuộc Hà Nội.", "fn"),
            P("Sách giáo khoa Ngữ văn 12, tập một, trang 88.", "fn"),
        ],
        authors=["Vũ Thị Lan Anh"],
        opts={"owner": "lananh_van", "poster": "lananh_van", "tags": ["vanhoc"], "likes": 37},
    ),
    Story(
        9, "hanh-trinh-ve-nguon-con-son-kiep-bac-1nq7",
        "Hành trình về nguồn Côn Sơn – Kiếp Bạc của lớp 11 Anh", "trainghiem",
        "2026-11-15T19:45:00+07:00",
        [
            P("Cuối tuần qua, lớp 11 Anh chúng mình đã có chuyến trải nghiệm về khu di tích Côn Sơn"
              " – Kiếp Bạc, nơi gắn với tên tuổi của Nguyễn Trãi, người mà trường mình mang tên."),
            P("Chuyến đi diễn ra ngay sau khi đội tuyển Robotics của trường mang về giải Nhì toàn"
              " quốc, nên cả lớp càng thêm háo hức.",
              "a:/quantri_nt/doi-tuyen-robotics-gianh-giai-nhi-toan-quoc-0ayq::đội tuyển Robotics"),
            _img("conson-dangsuong", "Cả lớp dâng hương tại đền Côn Sơn, nơi thờ Nguyễn Trãi.",
                 "Cả lớp dâng hương tại đền Côn Sơn, nơi thờ Nguyễn Trãi.", "figure"),
            P("Chúng mình leo lên Bàn cờ Tiên, nghe thuyết minh về “Bình Ngô đại cáo” và đọc lại"
              " “Côn Sơn ca” ngay giữa rừng thông."),
            Raw("LTAG:8"),
            P("Buổi chiều, cả lớp đến đền Kiếp Bạc dâng hương tưởng nhớ Hưng Đạo Đại Vương Trần"
              " Quốc Tuấn."),
            _img("kiepbac", "Ảnh: Nguyễn Minh Anh", None, "figure"),
            P("Một chuyến đi ngắn nhưng đọng lại thật nhiều tự hào."),
        ],
        authors=["Đặng Quốc Huy"], photographers=["Nguyễn Minh Anh"],
        opts={"owner": "dqhuy_a1", "poster": "dqhuy_a1", "tags": ["trainghiem"], "likes": 19,
              "crosspost": "https://dangquochuy.blogspot.com/2026/11/con-son-kiep-bac.html"},
    ),
    Story(
        10, "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-8ct4",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027", "thongbao",
        "2026-11-30",
        [
            Raw(LETTERHEAD),
            P("Căn cứ Kế hoạch giáo dục năm học 2026 – 2027 của nhà trường, Trường THPT Chuyên"
              " Nguyễn Trãi thông báo lịch kiểm tra cuối học kỳ I như sau:"),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "th"),
            P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("Giáo viên chủ nhiệm phổ biến lịch kiểm tra tới học sinh và cha mẹ học sinh;", "li"),
            P("Học sinh có mặt tại phòng thi trước giờ làm bài 15 phút.", "li"),
            Raw(NOTICE_CLOSE),
        ],
        authors=["Trần Văn Nam"],
        opts={"owner": ORG, "poster": "quantri_nt", "tags": ["thongbao", "tintuc"], "likes": 6,
              "posted": "2026-12-01T16:20:00+07:00"},
    ),
    Story(
        11, "ngay-hoi-sach-va-van-hoa-doc-2026-3vwe",
        "Ngày hội Sách và Văn hóa đọc năm 2026: “Mở trang sách – Mở tương lai”", "tintuc",
        "2026-12-03T14:30:00+07:00",
        [
            _cover("ngayhoisach-cover"),
            P("Sáng 3/12, Thư viện nhà trường phối hợp với Đoàn trường tổ chức Ngày hội Sách và Văn"
              " hóa đọc với chủ đề “Mở trang sách – Mở tương lai”.", "lead"),
            P("Ngày hội có 36 gian trưng bày sách của các lớp, cuộc thi giới thiệu sách bằng video"
              " ngắn và hoạt động đổi sách cũ lấy cây xanh."),
            _img("ngayhoisach-gian", "Gian sách của lớp 10 Văn thu hút đông đảo học sinh.",
                 "Gian sách của lớp 10 Văn thu hút đông đảo học sinh."),
            P("Hơn 2.000 cuốn sách đã được quyên góp cho tủ sách của các trường vùng khó khăn trong"
              " tỉnh."),
            Raw("<p><em>Tin: Lê Thu Trang - Ảnh: Đặng Quốc Huy</em></p>"),
        ],
        authors=["Lê Thu Trang"], photographers=["Đặng Quốc Huy"],
        summary="Sáng 3/12, Thư viện nhà trường phối hợp với Đoàn trường tổ chức Ngày hội Sách và"
        " Văn hóa đọc với chủ đề “Mở trang sách – Mở tương lai”.",
        opts={"owner": ORG, "poster": "quantri_nt", "tags": ["tintuc"], "likes": 33},
    ),
    Story(
        12, "doi-tuyen-robotics-gianh-giai-nhi-toan-quoc-0ayq",
        "Đội tuyển Robotics giành giải Nhì cuộc thi Sáng tạo Robot toàn quốc", "tintuc",
        "2026-10-30T17:05:00+07:00",
        [
            P("Đội tuyển Robotics của nhà trường vừa giành giải Nhì chung cuộc tại cuộc thi Sáng tạo"
              " Robot dành cho học sinh THPT toàn quốc năm 2026.", "lead"),
            P("Sản phẩm “Robot phân loại rác thông minh” của nhóm bốn học sinh lớp 11 Tin được ban"
              " giám khảo đánh giá cao về tính ứng dụng."),
            _img("robotics", "Nhóm học sinh lớp 11 Tin bên sản phẩm dự thi.",
                 "Nhóm học sinh lớp 11 Tin bên sản phẩm dự thi."),
            P("Đây là năm thứ ba liên tiếp đội tuyển của trường có giải tại cuộc thi này."),
            Raw('<p style="text-align:right"><strong>Tổ Tin học</strong></p>'),
        ],
        authors=["Tổ Tin học"],
        summary="Đội tuyển Robotics của nhà trường vừa giành giải Nhì chung cuộc tại cuộc thi Sáng"
        " tạo Robot dành cho học sinh THPT toàn quốc năm 2026.",
        opts={"owner": ORG, "poster": "quantri_nt", "tags": ["tintuc"], "likes": 47},
    ),
    Story(
        13, "nhat-ky-mot-tuan-on-thi-hsg-mon-hoa-5mje",
        "🧪 Nhật ký một tuần ôn thi học sinh giỏi môn Hóa", "hocsinhgioi",
        "2026-11-02T22:30:00+07:00",
        [
            P("Còn đúng một tháng nữa là kỳ thi chọn đội tuyển quốc gia. Mình ghi lại một tuần ôn"
              " luyện để sau này đọc lại."),
            P("Thứ Hai", "h3"),
            P("Cả đội làm đề thi thử về cân bằng hóa học. Mình sai hai câu vì quên điều kiện nhiệt"
              " độ."),
            P("Thứ Tư", "h3"),
            P("Buổi thực hành chuẩn độ kéo dài đến 6 giờ tối. Cô dặn một câu mình nhớ mãi:"),
            P("Học Hóa không phải là học thuộc phương trình, mà là hiểu vì sao chúng xảy ra.", "quote"),
            P("Cuối tuần, mình tự thưởng một buổi đá cầu cùng lớp. Cố lên nhé, đội Hóa! 💪"),
        ],
        authors=["Trần Bảo Ngọc"],
        opts={"owner": "tbngoc", "poster": "tbngoc", "tags": ["hocsinhgioi"], "likes": 28},
    ),
]

BY_ID = {s.id: s for s in STORIES}
SERIES = [BY_ID[5], BY_ID[6], BY_ID[7]]

#: comments: id, user, story id, parent comment id, posted local, text paragraphs
COMMENTS = [
    ("2k4f", "hs_minhanh", 1, None, "2026-11-20T12:05:00+07:00",
     ["Lớp 11 Tin cổ vũ hết mình luôn! 🎉", "Hẹn gặp 11 Toán ở trận bán kết nhé."]),
    ("2k5a", "lananh_van", 1, "2k4f", "2026-11-20T20:41:00+07:00",
     ["Cô cũng sẽ ra sân cổ vũ các em."]),
    ("3a1c", "tbngoc", 8, None, "2026-11-10T21:15:00+07:00",
     ["Bài viết của cô giúp em ôn phần Tây Tiến dễ hơn nhiều ạ.", "Em cảm ơn cô!"]),
]


def _local(story: Story) -> datetime:
    posted = story.opts.get("posted") or story.published_at
    return datetime.fromisoformat(posted)


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _utc_parse(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def _short(dt: datetime, year: bool = False) -> str:
    """Forem's server-side date text: the UTC day, "19 thg 11" (with ", 2025" for other years)."""
    u = dt.astimezone(UTC)
    return f"{u.day} thg {u.month}" + (f", {u.year}" if year or u.year != 2026 else "")


def _time(dt: datetime, cls: str = "date-no-year") -> str:
    return f'<time datetime="{_utc(dt)}" class="{cls}">{_short(dt)}</time>'


def article_path(s: Story) -> str:
    return f"/{s.opts['owner']}/{s.slug}"


def _posted_sorted(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_local, reverse=True)


def _display(username: str) -> str:
    return ORG_NAME if username == ORG else USERS[username][0]


def _tagged(tag: str) -> list[Story]:
    return _posted_sorted([s for s in STORIES if tag in s.opts["tags"]])


# --- chrome -------------------------------------------------------------------------------------


def _uid(username: str) -> int:
    """A stable numeric user id (``hash`` varies between processes)."""
    return 100 + int(hashlib.md5(username.encode()).hexdigest()[:6], 16) % 9000


def _upload_of(src: str) -> str:
    """The original upload an imgproxy path was made from (its last segment is base64)."""
    enc = src.rsplit("/", 1)[-1]
    return base64.urlsafe_b64decode(enc + "=" * (-len(enc) % 4)).decode()


def _avatar(username: str, size: int = 32) -> str:
    return (
        f'<img src="/uploads/user/profile_image/{username}/avatar.png" width="{size}" height="{size}"'
        f' class="crayons-avatar__image" alt="{esc(_display(username))} profile image" loading="lazy">'
    )


def _header() -> str:
    drawer = _left_sidebar().replace('id="sidebar-nav"', 'id="hamburger-nav"').replace(
        'id="sidebar-nav-tags-h"', 'id="hamburger-nav-tags-h"').replace(
        'id="tk-truycap"', 'id="tk-truycap-m"').replace(
        'aria-labelledby="sidebar-nav-tags-h"', 'aria-labelledby="hamburger-nav-tags-h"')
    return f"""
<div class="nt-topbar fs-xs color-base-60" style="background:#0b3d91;color:#fff;padding:2px 12px">
  <span id="nt-homnay">{HEADER_TODAY}</span> &middot; Cổng thông tin: <a href="https://c3nguyentrai.haiduong.edu.vn" style="color:#fff">c3nguyentrai.haiduong.edu.vn</a>
</div>
<header id="topbar" class="crayons-header print-hidden">
  <span class="skip-content-link"><a href="#main-content">Chuyển đến nội dung</a></span>
  <div class="crayons-header__container">
    <span class="inline-flex items-center">
      <button class="c-btn c-btn--icon-alone js-hamburger-trigger mx-2 m:hidden" aria-label="Điều hướng">☰</button>
      <a href="/" class="site-logo" aria-label="{SITE_NAME} – Trang chủ">
        <img class="site-logo__img" src="/uploads/logos/nguyentrai-logo.png" alt="{SITE_NAME}">
      </a>
    </span>
    <div class="crayons-header--search js-search-form" id="header-search">
      <form accept-charset="UTF-8" method="get" action="/search" role="search">
        <div class="crayons-fields crayons-fields--horizontal">
          <input class="crayons-header--search-input crayons-textfield" type="text" name="q"
                 placeholder="Tìm kiếm..." autocomplete="off" aria-label="Tìm kiếm">
          <button type="submit" class="crayons-header--search-submit" aria-label="Tìm">🔍</button>
        </div>
      </form>
    </div>
    <div class="flex items-center h-100 ml-auto">
      <a href="/enter" class="c-link c-link--block mr-2 whitespace-nowrap">Đăng nhập</a>
      <a href="/enter?state=new-user" class="c-cta c-cta--branded whitespace-nowrap mr-2">Tạo tài khoản</a>
    </div>
  </div>
</header>
<div class="hamburger hidden" id="hamburger-drawer">
  <div class="hamburger__content">
    <header class="hamburger__content__header"><h2 class="fs-l fw-bold flex-1 break-word lh-tight">{SITE_NAME}</h2></header>
    {drawer}
  </div>
  <div class="hamburger__overlay js-hamburger-trigger"></div>
</div>"""


def _left_sidebar() -> str:
    tags = "".join(
        f'<li><a href="/t/{t}" class="c-link c-link--block">{esc(TAGS[t])}</a></li>' for t in MENU_TAGS
    )
    return f"""
<aside class="side-bar sidebar-nav" id="sidebar-nav" aria-label="Điều hướng trang">
  <nav class="mb-4" aria-label="Cộng đồng">
    <ul class="default-navigation-links sidebar-navigation-links spec__sidebar-nav">
      <li><a href="/" class="c-link c-link--block c-link--icon-left">🏠 Trang chủ</a></li>
      <li><a href="/readinglist" class="c-link c-link--block c-link--icon-left">📖 Danh sách đọc</a></li>
      <li><a href="/{ORG}" class="c-link c-link--block c-link--icon-left">🏫 {ORG_NAME}</a></li>
      <li><a href="/about" class="c-link c-link--block c-link--icon-left">💡 Giới thiệu</a></li>
      <li><a href="/code-of-conduct" class="c-link c-link--block c-link--icon-left">👍 Quy tắc ứng xử</a></li>
    </ul>
  </nav>
  <nav class="sidebar-nav-tags" aria-labelledby="sidebar-nav-tags-h">
    <h2 id="sidebar-nav-tags-h" class="crayons-subtitle-3 py-2 px-3">Chuyên mục</h2>
    <ul class="sidebar-nav-followed-tags">{tags}</ul>
  </nav>
  <div class="crayons-card crayons-card--secondary p-3 mt-4" id="tk-truycap">
    <h3 class="crayons-subtitle-3">Thống kê truy cập</h3>
    <p class="fs-s">Đang online: <b>27</b><br>Hôm nay: <b>1.204</b><br>Tổng truy cập: <b>3.118.652</b></p>
  </div>
</aside>"""


def _right_widgets() -> str:
    n11 = BY_ID[11]
    return f"""
<section class="crayons-card crayons-card--secondary" id="widget-noibat">
  <header class="crayons-card__header"><h3 class="crayons-subtitle-2">🔥 Đáng chú ý</h3></header>
  <div><a href="{article_path(n11)}?utm_source=sidebar&amp;utm_campaign=noibat" class="crayons-link crayons-link--contentful">{esc(n11.title)}<div class="crayons-link__secondary">❤️ {n11.opts["likes"]} cảm xúc</div></a></div>
</section>
<section class="crayons-card crayons-card--secondary mt-4" id="widget-binhchon">
  <header class="crayons-card__header"><h3 class="crayons-subtitle-2">Bình chọn</h3></header>
  <p class="fs-s">Bạn muốn CLB nào mở thêm trong học kỳ II?</p>
  <ul class="fs-s"><li>CLB Nhiếp ảnh (42%)</li><li>CLB Tranh biện (35%)</li><li>CLB Thiên văn (23%)</li></ul>
  <p class="fs-xs color-base-60">Đăng nhập để bình chọn.</p>
</section>
<section class="crayons-card crayons-card--secondary mt-4" id="widget-lienket">
  <header class="crayons-card__header"><h3 class="crayons-subtitle-2">Liên kết</h3></header>
  <ul class="fs-s">
    <li><a href="https://haiduong.edu.vn" rel="noopener">Sở GD&amp;ĐT Hải Dương</a></li>
    <li><a href="https://www.facebook.com/thptchuyennguyentrai" rel="noopener">Fanpage nhà trường</a></li>
    <li><a href="https://www.youtube.com/@nguyentraitv" rel="noopener">Nguyễn Trãi TV</a></li>
  </ul>
</section>"""


def _footer() -> str:
    return f"""
<footer id="footer" class="crayons-footer print-hidden">
  <div class="crayons-footer__container">
    <p class="fs-s"><a href="/" class="c-link">{SITE_NAME}</a> – cộng đồng viết của thầy và trò
      {ORG_NAME}.</p>
    <p class="fs-s">Địa chỉ: Số 1 Chi Lăng, phường Nguyễn Trãi, TP. Hải Dương, tỉnh Hải Dương ·
      ĐT: 0220 3853 396 · Email: c3nguyentrai@haiduong.edu.vn</p>
    <ul class="footer__nav-links flex flex-wrap">
      <li><a href="/about" class="c-link">Giới thiệu</a></li>
      <li><a href="/code-of-conduct" class="c-link">Quy tắc ứng xử</a></li>
    </ul>
    <p class="fs-s">Xây dựng trên <a href="https://www.forem.com" class="c-link">Forem</a> – phần
      mềm mã nguồn mở. © 2025 – 2026 {ORG_NAME}.</p>
  </div>
</footer>"""


def _page(title: str, main: str, *, canonical: str | None, head: str = "", body_class: str = "") -> str:
    canon = f'<link rel="canonical" href="{esc(canonical)}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>{esc(title)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover">
  <link rel="stylesheet" href="/assets/crayons-4f1c2b.css" media="all">
  <script src="/assets/base-9a8e1d.js" defer></script>
  <meta name="application-name" content="{SITE_NAME}">
  <meta property="og:site_name" content="{SITE_NAME}">
  {canon}
  {head}
</head>
<body class="sans-serif-article-body default-header {body_class}" data-user-status="logged-out"
      data-locale="vi" data-current-page="{esc(body_class)}">
{_header()}
<div id="page-content" class="wrapper">
  <div id="page-content-inner">
{main}
  </div>
</div>
{_footer()}
</body>
</html>"""


# --- story cards --------------------------------------------------------------------------------


def _card(s: Story, *, cover: bool = False) -> str:
    path = article_path(s)
    dt = _local(s)
    owner = s.opts["owner"]
    poster = s.opts["poster"]
    org_line = (
        f' <span class="color-base-60">cho</span> <a href="/{ORG}" class="crayons-story__secondary fw-medium">{ORG_NAME}</a>'
        if owner == ORG else ""
    )
    tags = "".join(
        f'<a class="crayons-tag crayons-tag--monochrome" href="/t/{t}"><span class="crayons-tag__prefix">#</span>{t}</a>'
        for t in s.opts["tags"]
    )
    cov = ""
    if cover and s.images and s.images[0].style == "cover":
        cov = (f'<div class="crayons-story__cover"><a href="{path}" class="crayons-story__cover__image">'
               f'<img src="{_imgproxy(_upload_of(s.images[0].src), "rs:fill:650:273")}"'
               ' width="650" height="273" alt=""></a></div>')
    n_comments = sum(1 for c in COMMENTS if c[2] == s.id)
    return f"""
<div class="crayons-story" data-content-user-id="{_uid(poster)}" id="feed-story-{s.id}">
  <a href="{path}" aria-labelledby="article-link-{s.id}" class="crayons-story__hidden-navigation-link">{esc(s.title)}</a>
  {cov}
  <div class="crayons-story__body">
    <div class="crayons-story__top">
      <div class="crayons-story__meta">
        <div class="crayons-story__author-pic"><a href="/{poster}" class="crayons-avatar crayons-avatar--l">{_avatar(poster)}</a></div>
        <div>
          <a href="/{poster}" class="crayons-story__secondary fw-medium">{esc(_display(poster))}</a>{org_line}
          <a href="{path}" class="crayons-story__tertiary fs-xs">{_time(dt)}</a>
        </div>
      </div>
    </div>
    <div class="crayons-story__indention">
      <h2 class="crayons-story__title"><a href="{path}" data-preload-image="" id="article-link-{s.id}">{esc(s.title)}</a></h2>
      <div class="crayons-story__tags">{tags}</div>
      <div class="crayons-story__bottom">
        <div class="crayons-story__details">
          <span class="crayons-story__reactions">❤️ {s.opts["likes"]} cảm xúc</span>
          <a href="{path}#comments" class="crayons-btn crayons-btn--s crayons-btn--ghost">💬 {n_comments} bình luận</a>
        </div>
        <div class="crayons-story__save">
          <small class="crayons-story__tertiary fs-xs mr-2">Đọc {2 + s.id % 4} phút</small>
          <button type="button" class="crayons-btn crayons-btn--secondary crayons-btn--s bookmark-button" data-reactable-id="{s.id}">Lưu</button>
        </div>
      </div>
    </div>
  </div>
</div>"""


def _layout3(main: str, right: str = "") -> str:
    return f"""
<div class="crayons-layout crayons-layout--3-cols crayons-layout--3-cols--drop-right-left">
  {_left_sidebar()}
  <main class="articles-list crayons-layout__content" id="main-content" data-follow-button-container="true">
    {main}
  </main>
  <aside class="side-bar sidebar-additional showing" id="sidebar-wrapper-right">
    {right or _right_widgets()}
  </aside>
</div>"""


# --- article body -------------------------------------------------------------------------------

_TOKEN = re.compile(r'"[^"]*"|[A-Za-z_][A-Za-z_0-9]*|\d+|\s+|.')
_KEYWORDS = {"for", "in", "while", "if", "else", "def", "return"}


def _code(line: str, lang: str = "python") -> str:
    spans = []
    for tok in _TOKEN.findall(line):
        if tok.isspace():
            spans.append(tok)
            continue
        if tok.startswith('"'):
            cls = "s2"
        elif tok in _KEYWORDS:
            cls = "k"
        elif tok[0].isdigit():
            cls = "mi"
        elif tok[0].isalpha() or tok[0] == "_":
            cls = "nf" if tok in {"print", "range"} else "n"
        else:
            cls = "p" if tok in "()[]:," else "o"
        spans.append(f'<span class="{cls}">{esc(tok)}</span>')
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="20px" height="20px" viewBox="0 0 24 24"'
        ' class="highlight-action crayons-icon highlight-action--fullscreen-{state}">'
        "<title>{title}</title><path d=\"M16 3h6v6h-2V5h-4V3zM2 3h6v2H4v4H2V3z\"></path></svg>"
    )
    return (
        '<div class="highlight js-code-highlight">\n'
        f'<pre class="highlight {lang}"><code>{"".join(spans)}\n</code></pre>\n'
        '<div class="highlight__panel js-actions-panel">\n'
        '<div class="highlight__panel-action js-fullscreen-code-action">\n'
        + svg.format(state="on", title="Enter fullscreen mode") + "\n"
        + svg.format(state="off", title="Exit fullscreen mode") + "\n"
        "</div>\n</div>\n</div>"
    )


def _anchor(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().encode("ascii", "ignore").decode()).strip("-") or "muc"


def _inline(p: P) -> str:
    """A paragraph's inline markup: footnote calls and links named by the style."""
    body = esc(p.text)
    if p.style.startswith("sup:"):
        _, n, word = p.style.split(":", 2)
        body = body.replace(
            esc(word), f'{esc(word)}<sup id="fnref{n}"><a href="#fn{n}">{n}</a></sup>', 1
        )
    elif p.style.startswith("a:"):
        href, word = p.style[2:].split("::", 1)
        body = body.replace(esc(word), f'<a href="{esc(href)}">{esc(word)}</a>', 1)
    return body


def _ltag(s: Story) -> str:
    owner = s.opts["owner"]
    path = article_path(s)
    tags = "".join(f'<span class="ltag__link__tag">#{t}</span>' for t in s.opts["tags"])
    return f"""
<div class="ltag__link">
  <a href="/{owner}" class="ltag__link__link">
    <div class="ltag__link__pic">{_avatar(owner, 150)}</div>
  </a>
  <a href="{path}" class="ltag__link__link">
    <div class="ltag__link__content">
      <h2>{esc(s.title)}</h2>
      <h3>{esc(_display(owner))} ・ {_short(_local(s))}</h3>
      <div class="ltag__link__taglist">{tags}</div>
    </div>
  </a>
</div>"""


def _image(img: Img) -> str:
    upload = _upload_of(img.src)
    alt = "Ảnh minh họa"
    tag = (f'<a href="{upload}" class="article-body-image-wrapper"><img src="{esc(img.src)}"'
           f' alt="{alt}" loading="lazy" width="800" height="533"></a>')
    if img.style == "figure":
        cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
        return f"<figure>{tag}{cap}</figure>"
    out = f"<p>{tag}</p>"
    if img.printed:
        out += f"\n<p><em>{esc(img.printed)}</em></p>"
    return out


def _body(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            if b.style != "cover":
                out.append(_image(b))
            i += 1
            continue
        if isinstance(b, Raw):
            if b.html.startswith("LTAG:"):
                out.append(_ltag(BY_ID[int(b.html[5:])]))
            else:
                out.append(b.html)
            i += 1
            continue
        st = b.style
        group_style = {"li": "li", "oli": "oli", "verse": "verse", "fn": "fn", "th": "tr", "tr": "tr"}.get(st)
        if group_style:
            j = i
            group: list[P] = []
            while j < len(blocks) and isinstance(blocks[j], P) and (
                {"th": "tr"}.get(blocks[j].style, blocks[j].style) == group_style
            ):
                group.append(blocks[j])
                j += 1
            i = j
            if group_style in ("li", "oli"):
                tag = "ul" if group_style == "li" else "ol"
                out.append(f"<{tag}>\n" + "\n".join(f"<li>{_inline(p)}</li>" for p in group) + f"\n</{tag}>")
            elif group_style == "verse":
                out.append("<blockquote>\n<p>" + "<br>\n".join(_inline(p) for p in group) + "</p>\n</blockquote>")
            elif group_style == "fn":
                items = "\n".join(
                    f'<li id="fn{k}">\n<p>{_inline(p)}&nbsp;<a href="#fnref{k}">&#8617;</a></p>\n</li>'
                    for k, p in enumerate(group, 1)
                )
                out.append(f'<div class="footnotes">\n<hr>\n<ol>\n{items}\n</ol>\n</div>')
            else:
                rows = []
                for p in group:
                    cell = "th" if p.style == "th" else "td"
                    rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in p.text.split(" | ")) + "</tr>")
                out.append('<div class="table-wrapper-paragraph"><table>\n<thead>' + rows[0]
                           + "</thead>\n<tbody>\n" + "\n".join(rows[1:]) + "\n</tbody>\n</table></div>")
            continue
        if st in ("h2", "h3"):
            a = _anchor(b.text)
            out.append(f'<{st}>\n  <a name="{a}" href="#{a}">\n  </a>\n  {esc(b.text)}\n</{st}>')
        elif st == "lead":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif st == "quote":
            out.append(f"<blockquote>\n<p>{esc(b.text)}</p>\n</blockquote>")
        elif st == "code":
            out.append(_code(b.text))
        else:
            out.append(f"<p>{_inline(b)}</p>")
        i += 1
    return "\n\n".join(out)


def _series_box(s: Story) -> str:
    items = []
    for k, part in enumerate(SERIES, 1):
        current = part.id == s.id
        cls = "crayons-article__series__item" + (" crayons-article__series__item--current" if current else "")
        aria = ' aria-current="page"' if current else ""
        items.append(
            f'<li><a href="{article_path(part)}" class="{cls}"'
            f'{aria}><span class="crayons-indicator">{k}</span>'
            f' <span class="crayons-article__series__title">{esc(part.title)}</span></a></li>'
        )
    return f"""
<nav class="crayons-article__series" aria-label="Chuỗi bài viết">
  <header class="crayons-article__series__header">
    <h2 class="crayons-subtitle-2"><a href="/hs_minhanh/series/{SERIES_ID}">{esc(SERIES_TITLE)} (chuỗi 3 bài)</a></h2>
  </header>
  <ol class="crayons-article__series__list">{"".join(items)}</ol>
</nav>"""


def _comment_html(cid: str, depth: int = 0) -> str:
    c = next(c for c in COMMENTS if c[0] == cid)
    _, user, _, _, posted, paras = c
    dt = datetime.fromisoformat(posted)
    kids = "".join(_comment_html(k[0], depth + 1) for k in COMMENTS if k[3] == cid)
    text = "".join(f"<p>{esc(p)}</p>" for p in paras)
    return f"""
<details class="comment-wrapper comment-wrapper--deep-{depth}" open id="comment-node-{cid}">
  <summary aria-label="Ẩn bình luận">{esc(_display(user))}</summary>
  <div class="comment single-comment-node root comment--deep-{depth}" data-comment-id="{cid}" data-comment-author-id="{_uid(user)}">
    <div class="comment__inner">
      <a href="/{user}" class="shrink-0 crayons-avatar m:crayons-avatar--l mt-4">{_avatar(user)}</a>
      <div class="inner-comment comment__details">
        <div class="comment__content crayons-card">
          <div class="comment__header">
            <a href="/{user}" class="crayons-link crayons-link--secondary flex items-center fw-medium m:hidden">{esc(_display(user))}</a>
            <span class="color-base-30 px-2 m:pl-0" role="presentation">•</span>
            <a href="/{user}/comment/{cid}" class="comment-date crayons-link crayons-link--secondary fs-s">{_time(dt)}</a>
          </div>
          <div class="comment__body text-styles text-styles--secondary body-preview">{text}</div>
        </div>
        <footer class="comment__footer">
          <button class="crayons-btn crayons-btn--ghost crayons-btn--s reaction-like">❤️ 3 lượt thích</button>
          <a class="crayons-btn crayons-btn--ghost crayons-btn--s" href="/enter">Trả lời</a>
        </footer>
      </div>
    </div>
    {kids}
  </div>
</details>"""


def _comments_section(s: Story, full: bool = False) -> str:
    roots = [c for c in COMMENTS if c[2] == s.id and c[3] is None]
    n = sum(1 for c in COMMENTS if c[2] == s.id)
    trees = "".join(_comment_html(c[0]) for c in roots)
    more = (
        f'<a href="{article_path(s)}/comments" class="crayons-btn crayons-btn--secondary w-100">Xem toàn bộ thảo luận ({n})</a>'
        if n and not full else ""
    )
    return f"""
<section id="comments" data-follow-button-container="true" data-updated-at="2026-12-05T01:00:00Z"
         class="text-padding mb-4 border-t-1 border-0 border-solid border-base-10">
  <header class="relative flex justify-between items-center mb-6">
    <h2 class="crayons-subtitle-1">Thảo luận nổi bật ({n})</h2>
    <a href="/enter" class="crayons-btn crayons-btn--outlined">Theo dõi</a>
  </header>
  <form class="comment-form" action="/comments" method="post" id="new_comment">
    <span class="crayons-avatar crayons-avatar--l mr-2"><img src="/assets/default-avatar.png" alt=""></span>
    <textarea placeholder="Tham gia thảo luận" name="comment[body_markdown]" class="crayons-textfield"></textarea>
  </form>
  <div class="comments" id="comment-trees-container">{trees}</div>
  {more}
</section>"""


def _json_ld(s: Story, base: str) -> str:
    dt = _local(s)
    data = {
        "@context": "http://schema.org",
        "@type": "Article",
        "mainEntityOfPage": {"@type": "WebPage", "@id": base + article_path(s)},
        "url": base + article_path(s),
        "image": [base + img.src for img in s.images[:1]],
        "publisher": {"@context": "http://schema.org", "@type": "Organization", "name": SITE_NAME,
                      "logo": {"@context": "http://schema.org", "@type": "ImageObject",
                               "url": base + "/uploads/logos/nguyentrai-logo.png"}},
        "headline": s.title,
        "author": {"@context": "http://schema.org", "@type": "Person",
                   "url": base + "/" + s.opts["poster"], "name": _display(s.opts["poster"])},
        "datePublished": _utc(dt),
        "dateModified": _utc(datetime.fromisoformat(s.opts.get("updated") or s.opts.get("posted") or s.published_at)),
    }
    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"


def _meta_description(s: Story) -> str:
    first = next(b for b in s.blocks if isinstance(b, P)).text
    return first[:150]


def _article_page(req: Request, s: Story) -> str:
    base = "http://" + req.headers.get("Host", "127.0.0.1")
    path = article_path(s)
    dt = _local(s)
    owner, poster = s.opts["owner"], s.opts["poster"]
    cover = ""
    if s.images and s.images[0].style == "cover":
        cover = (f'<div class="crayons-article__cover"><img src="{esc(s.images[0].src)}" width="1000"'
                 f' height="420" class="crayons-article__cover__image" alt="Cover image for {esc(s.title)}"></div>')
    org_part = (f'\n              <span class="color-base-60">cho</span> <a href="/{ORG}" class="crayons-link">{ORG_NAME}</a>'
                if owner == ORG else "")
    updated = ""
    if s.opts.get("updated"):
        up = datetime.fromisoformat(s.opts["updated"])
        updated = (f'<span class="fs-xs color-base-60"> • Cập nhật ngày <time datetime="{_utc(up)}">'
                   f"{_short(up)}</time></span>")
    cross = ""
    canonical = base + path
    if s.opts.get("crosspost"):
        canonical = s.opts["crosspost"]
        domain = canonical.split("/")[2]
        cross = (f'<p class="fs-xs color-base-60 mt-1">Được đăng lần đầu tại <a href="{esc(canonical)}"'
                 f' class="crayons-link">{domain}</a></p>')
    tags = "".join(
        f'<a class="crayons-tag crayons-tag--monochrome" href="/t/{t}"><span class="crayons-tag__prefix">#</span>{t}</a>'
        for t in s.opts["tags"]
    )
    series = _series_box(s) if s.opts.get("series") else ""
    likes = s.opts["likes"]
    # "Thêm từ …": other posts of the owner
    others = [o for o in _posted_sorted(STORIES) if o.opts["owner"] == owner and o.id != s.id][:3]
    more = "".join(
        f'<div class="crayons-link crayons-link--contentful"><a href="{article_path(o)}" class="crayons-link">'
        f'{esc(o.title)}</a><div class="crayons-link__secondary">'
        + "".join(f"#{t} " for t in o.opts["tags"]) + "</div></div>"
        for o in others
    )
    more_box = (
        f'<div class="crayons-card crayons-card--secondary text-padding mb-4" id="more-from">'
        f'<h2 class="crayons-subtitle-1">Thêm từ <a href="/{owner}" class="crayons-link">'
        f"{esc(_display(owner))}</a></h2>{more}</div>"
        if others else ""
    )
    read_next = [o for o in _posted_sorted(STORIES) if o.id != s.id and o.opts["owner"] != owner][:2]
    next_cards = "".join(
        f"""<div class="crayons-card crayons-card--secondary p-4 read-next-item">
  <a href="{article_path(o)}" class="flex items-center">{_avatar(o.opts['poster'], 48)}
  <div class="pl-4"><h3 class="fs-l fw-bold">{esc(o.title)}</h3>
  <p class="fs-s color-base-60">{esc(_display(o.opts['poster']))} – {_time(_local(o))}</p></div></a></div>"""
        for o in read_next
    )
    name, bio, joined = USERS[poster]
    jdt = _utc_parse(joined)
    author_card = f"""
<div class="crayons-card crayons-card--secondary branded-7 p-4 pt-0 gap-4 grid" style="border-top-color:#0b3d91">
  <div class="-mt-4"><a href="/{poster}" class="flex">{_avatar(poster, 48)}
    <span class="crayons-link crayons-subtitle-1 mt-5">{esc(name)}</span></a></div>
  <a href="/enter" class="crayons-btn w-100">Theo dõi</a>
  <div class="color-base-70">{esc(bio)}</div>
  <div class="user-metadata-details">
    <ul class="user-metadata-details-inner">
      <li><div class="key">Tham gia</div><div class="value"><time datetime="{_utc(jdt)}" class="date">{_short(jdt, True)}</time></div></li>
    </ul>
  </div>
</div>"""
    main = f"""
<div class="crayons-layout crayons-layout--3-cols crayons-layout--article">
  <aside class="crayons-layout__sidebar-left" aria-label="Thao tác bài viết">
    <div class="crayons-article-actions print-hidden">
      <div class="crayons-article-actions__inner">
        <button id="reaction-butt-like" aria-label="Thích" class="crayons-reaction pseudo-reaction" data-category="like"><span class="crayons-reaction__icon">❤️</span><span class="crayons-reaction__count" id="reaction-number-like">{likes}</span></button>
        <button id="reaction-butt-unicorn" aria-label="Kỳ lân" class="crayons-reaction" data-category="unicorn"><span class="crayons-reaction__icon">🦄</span><span class="crayons-reaction__count">{likes // 4}</span></button>
        <button id="reaction-butt-readinglist" aria-label="Lưu vào danh sách đọc" class="crayons-reaction" data-category="readinglist"><span class="crayons-reaction__icon">🔖</span><span class="crayons-reaction__count">{likes // 3}</span></button>
        <div class="align-center m:relative">
          <button id="article-show-more-button" aria-controls="article-show-more-dropdown" class="dropbtn crayons-btn crayons-btn--ghost-dimmed">…</button>
          <div id="article-show-more-dropdown" class="crayons-dropdown side-bar left-2 right-2 m:right-auto m:left-100 s:left-auto mb-1 m:mb-0 top-unset bottom-100 m:top-0 m:bottom-unset">
            <div><button class="flex justify-between crayons-link crayons-link--block w-100 bg-transparent border-0" id="copy-post-url-button" data-postUrl="{esc(base + path)}">Sao chép liên kết</button></div>
            <a target="_blank" class="crayons-link crayons-link--block" rel="noopener" href="https://www.facebook.com/sharer.php?u={quote(base + path, safe='')}">Chia sẻ lên Facebook</a>
            <a target="_blank" class="crayons-link crayons-link--block" rel="noopener" href="https://sp.zalo.me/share_to_zalo?url={quote(base + path, safe='')}">Chia sẻ lên Zalo</a>
          </div>
        </div>
      </div>
    </div>
  </aside>
  <main id="main-content" class="crayons-layout__content grid gap-4">
    <div class="article-wrapper">
      <article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="{1000 + s.id}"
               data-article-slug="{s.slug}" data-author-id="{_uid(poster)}" data-published="true"
               data-path="{path}" data-pin-path="/stories/feed/pinned_article" data-co-author-ids="">
        <header class="crayons-article__header" id="main-title">
          {cover}
          <div class="crayons-article__header__meta">
            <div class="flex s:items-start flex-col s:flex-row">
              <div id="action-space" class="crayons-article__actions mb-4 s:mb-0 s:order-last"></div>
              <div class="crayons-article__subheader">
                <a href="/{poster}" class="crayons-avatar crayons-avatar--l mr-2 shrink-0">{_avatar(poster, 40)}</a>
                <div class="pl-3 flex-1">
                  <a href="/{poster}" class="crayons-link fw-bold">{esc(_display(poster))}</a>{org_part}
                  <p class="fs-xs color-base-60">Đăng ngày {_time(dt)}{updated}</p>
                  {cross}
                </div>
              </div>
            </div>
            <h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">
              {esc(s.title)}
            </h1>
            <div class="spec__tags flex flex-wrap">{tags}</div>
          </div>
        </header>
        <div class="crayons-article__main ">
          {series}
          <div class="crayons-article__body text-styles spec__body" data-article-id="{1000 + s.id}" id="article-body">
{_body(s)}
          </div>
          {series}
        </div>
        {_comments_section(s)}
      </article>
      {more_box}
      <section class="crayons-card text-padding mb-4" id="read-next">
        <h2 class="crayons-subtitle-1">Đọc tiếp</h2>
        {next_cards}
      </section>
    </div>
  </main>
  <aside class="crayons-layout__sidebar-right" aria-label="Thông tin tác giả">
    {author_card}
    {_right_widgets()}
  </aside>
</div>"""
    head = (
        f'<meta name="description" content="{esc(_meta_description(s))}">\n'
        f'  <meta property="og:type" content="article">\n'
        f'  <meta property="og:url" content="{esc(base + path)}">\n'
        f'  <meta property="og:title" content="{esc(s.title)}">\n'
        f'  <meta name="keywords" content="{", ".join(s.opts["tags"])}, giáo dục, Nguyễn Trãi">\n'
        f"  {_json_ld(s, base)}"
    )
    return _page(f"{s.title} - {SITE_NAME}", main, canonical=canonical, head=head, body_class="articles-show")


# --- other pages --------------------------------------------------------------------------------


def _feed_page(stories: list[Story], tab: str) -> str:
    tabs = "".join(
        f'<li><a href="{href}" class="crayons-navigation__item{" crayons-navigation__item--current" if href == tab else ""}">{label}</a></li>'
        for href, label in (("/", "Liên quan"), ("/latest", "Mới nhất"), ("/top/week", "Hàng đầu"))
    )
    cards = "".join(_card(s, cover=(k == 0)) for k, s in enumerate(stories))
    main = f"""
<header class="flex items-center p-2 m:p-0 m:pb-2" id="on-page-nav-controls">
  <nav class="crayons-tabs hidden s:flex" aria-label="Tùy chọn xem bảng tin"><ul class="crayons-navigation crayons-navigation--horizontal">{tabs}</ul></nav>
</header>
<div id="homepage-feed" class="relative">
  <div class="substories" id="substories">{cards}</div>
  <div class="loading-articles" id="loading-articles">Đang tải…</div>
</div>"""
    return _page(f"{SITE_NAME}", _layout3(main), canonical=None, body_class="stories-index")


def _home(req: Request) -> str:
    return _feed_page(_posted_sorted(STORIES)[:8], "/")


def _latest(req: Request) -> str:
    return _feed_page(_posted_sorted(STORIES)[:8], "/latest")


def _top_week(req: Request) -> str:
    recent = [s for s in STORIES if _local(s) >= datetime(2026, 11, 28, tzinfo=ICT)]
    return _feed_page(sorted(recent, key=lambda s: -s.opts["likes"]), "/top/week")


def _tag_page(req: Request, tag: str) -> Response | None:
    raw = req.params.get("page", "1")
    if not raw.isdigit():
        return None
    page = int(raw)
    items = _tagged(tag)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    if page < 1 or page > pages or set(req.params) - {"page"}:
        return None
    chunk = items[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    nav = ""
    if pages > 1:
        links = []
        if page > 1:
            prev = f"/t/{tag}" if page == 2 else f"/t/{tag}?page={page - 1}"
            links.append(f'<a href="{prev}" rel="prev" class="crayons-btn crayons-btn--outlined">← Trang trước</a>')
        for k in range(1, pages + 1):
            href = f"/t/{tag}" if k == 1 else f"/t/{tag}?page={k}"
            if k == page:
                links.append(f'<span class="crayons-btn crayons-btn--current" aria-current="page">{k}</span>')
            else:
                links.append(f'<a href="{href}" class="crayons-btn crayons-btn--ghost">{k}</a>')
        if page < pages:
            links.append(f'<a href="/t/{tag}?page={page + 1}" rel="next" class="crayons-btn crayons-btn--outlined">Trang sau →</a>')
        nav = f'<nav class="crayons-pagination flex gap-2 mt-4" aria-label="Phân trang">{"".join(links)}</nav>'
    cards = "".join(_card(s) for s in chunk)
    main = f"""
<header class="tag-header crayons-card p-6 mb-4" style="border-top:8px solid #0b3d91">
  <h1 class="crayons-title fs-3xl">{esc(TAGS[tag])}</h1>
  <p class="fs-s color-base-60"><span class="crayons-tag__prefix">#</span>{tag} · {len(items)} bài viết</p>
  <a href="/enter" class="crayons-btn">Theo dõi</a>
</header>
<div class="substories" id="substories">{cards}</div>
{nav}"""
    base = "http://" + req.headers.get("Host", "127.0.0.1")
    canon = base + (f"/t/{tag}" if page == 1 else f"/t/{tag}?page={page}")
    return html(_page(f"{TAGS[tag]} – {SITE_NAME}", _layout3(main), canonical=canon, body_class="tags-index"))


def _profile(req: Request, username: str) -> str:
    if username == ORG:
        stories = _posted_sorted([s for s in STORIES if s.opts["owner"] == ORG])
        shown = stories[:5]
        members = "".join(f'<a href="/{u}" class="crayons-avatar crayons-avatar--l mr-1" title="{esc(USERS[u][0])}">{_avatar(u)}</a>'
                          for u in ("quantri_nt", "ptha_tv", "lananh_van"))
        head = f"""
<header class="profile-header crayons-card mb-4 p-6">
  <img src="/uploads/organization/profile_image/1/logo.png" class="crayons-logo crayons-logo--3xl" alt="{ORG_NAME} logo">
  <h1 class="crayons-title">{ORG_NAME}</h1>
  <p class="profile-header__summary">Trường THPT Chuyên Nguyễn Trãi, tỉnh Hải Dương – thành lập năm 1946. Tin tức, thông báo
    và hoạt động của nhà trường.</p>
  <div class="profile-header__meta">📍 Số 1 Chi Lăng, TP. Hải Dương · <a href="https://c3nguyentrai.haiduong.edu.vn">c3nguyentrai.haiduong.edu.vn</a></div>
</header>
<div class="crayons-card crayons-card--secondary p-4 mb-4"><h3 class="crayons-subtitle-2">Thành viên</h3>{members}</div>"""
        more = (f'<div class="flex justify-center"><button type="button" id="load-more-org" class="crayons-btn crayons-btn--secondary"'
                f' data-fetch-url="/api/organizations/{ORG}/articles?per_page=5&amp;page=2">Tải thêm bài viết</button></div>')
        title = ORG_NAME
    else:
        name, bio, joined = USERS[username]
        stories = _posted_sorted([s for s in STORIES if s.opts["poster"] == username])
        shown = stories
        jdt = _utc_parse(joined)
        series = ""
        if username == "hs_minhanh":
            series = (f'<div class="crayons-card crayons-card--secondary p-4 mb-4"><h3 class="crayons-subtitle-2">Chuỗi bài</h3>'
                      f'<a href="/hs_minhanh/series/{SERIES_ID}" class="crayons-link">{esc(SERIES_TITLE)}</a> (3 bài)</div>')
        head = f"""
<header class="profile-header crayons-card mb-4 p-6">
  {_avatar(username, 128)}
  <h1 class="crayons-title">{esc(name)}</h1>
  <p class="profile-header__summary">{esc(bio)}</p>
  <div class="profile-header__meta"><span class="profile-header__meta__item">🎂 Tham gia <time datetime="{_utc(jdt)}" class="date">{_short(jdt, True)}</time></span></div>
</header>{series}"""
        more = ""
        title = name
    cards = "".join(_card(s) for s in shown)
    main = f"""{head}
<div class="substories" id="substories">{cards}</div>
{more}"""
    return _page(f"{title} – {SITE_NAME}", _layout3(main, right=_right_widgets()), canonical=None, body_class="users-show")


def _series_page(req: Request) -> str:
    cards = "".join(_card(s) for s in SERIES)
    main = f"""
<header class="crayons-card p-6 mb-4"><h1 class="crayons-title">Chuỗi bài: {esc(SERIES_TITLE)}</h1>
<p class="fs-s color-base-60">của <a href="/hs_minhanh" class="crayons-link">Nguyễn Minh Anh</a> · 3 bài</p></header>
<div class="substories">{cards}</div>"""
    return _page(f"{SERIES_TITLE} – Chuỗi bài – {SITE_NAME}", _layout3(main), canonical=None, body_class="collections-show")


def _discussion_page(req: Request, s: Story) -> str:
    main = f"""
<div class="crayons-layout crayons-layout--limited-l">
  <main id="main-content">
    <header class="crayons-card p-6 mb-4 comments-header">
      <p class="fs-s color-base-60">Thảo luận về</p>
      <h1 class="fs-3xl fw-bold"><a href="{article_path(s)}" class="crayons-link">{esc(s.title)}</a></h1>
      <div class="fs-s color-base-60">của <a href="/{s.opts['poster']}">{esc(_display(s.opts['poster']))}</a> · {_time(_local(s))}</div>
    </header>
    <div class="crayons-card">{_comments_section(s, full=True)}</div>
  </main>
</div>"""
    return _page(f"Thảo luận về: {s.title} - {SITE_NAME}", main, canonical=None, body_class="comments-index")


def _comment_page(req: Request, cid: str) -> str:
    c = next(c for c in COMMENTS if c[0] == cid)
    s = BY_ID[c[2]]
    main = f"""
<div class="crayons-layout crayons-layout--limited-l">
  <main id="main-content">
    <header class="crayons-card p-6 mb-4">
      <p class="fs-s color-base-60">Bình luận cho bài viết</p>
      <h1 class="fs-2xl fw-bold"><a href="{article_path(s)}" class="crayons-link">{esc(s.title)}</a></h1>
    </header>
    <div class="crayons-card p-4">{_comment_html(cid)}</div>
    <a href="{article_path(s)}/comments" class="crayons-btn crayons-btn--secondary mt-4">Xem toàn bộ thảo luận</a>
  </main>
</div>"""
    name = _display(c[1])
    return _page(f"Bình luận của {name} về: {s.title} - {SITE_NAME}", main, canonical=None, body_class="comments-show")


def _static_page(title: str, paras: list[str], body_class: str) -> str:
    text = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f"""
<main id="main-content" class="crayons-layout crayons-layout--limited-l">
  <div class="crayons-card text-padding">
    <h1 class="crayons-title mb-4">{esc(title)}</h1>
    <div class="text-styles" id="page-content-body">{text}</div>
  </div>
</main>"""
    return _page(f"{title} – {SITE_NAME}", main, canonical=None, body_class=body_class)


ABOUT = [
    f"{SITE_NAME} là nơi thầy cô và học sinh {ORG_NAME} chia sẻ bài viết, kinh nghiệm học tập và tin"
    " tức của nhà trường.",
    "Cộng đồng chạy trên phần mềm mã nguồn mở Forem, do Tổ Tin học quản trị từ tháng 8/2025.",
    "Liên hệ: Tổ Tin học, phòng 204 nhà B – Email: c3nguyentrai@haiduong.edu.vn.",
]
CONDUCT = [
    "Tôn trọng mọi thành viên; không đăng nội dung xúc phạm, quảng cáo hay vi phạm bản quyền.",
    "Ghi rõ nguồn khi trích dẫn. Ảnh học sinh chỉ được đăng khi có sự đồng ý của các em.",
    "Ban quản trị có quyền ẩn bài viết hoặc bình luận vi phạm quy tắc.",
]


def _search(req: Request) -> str:
    q = req.params.get("q", "").strip()
    hits = [s for s in _posted_sorted(STORIES) if q and q.lower() in s.title.lower()] if q else []
    cards = "".join(_card(s) for s in hits) or '<p class="p-4">Không tìm thấy kết quả.</p>'
    main = f"""
<header class="crayons-card p-4 mb-4"><h1 class="crayons-title">Kết quả tìm kiếm cho “{esc(q)}”</h1>
<nav class="crayons-tabs"><ul><li><a href="/search?q={quote(q)}&amp;filters=class_name:Article">Bài viết</a></li></ul></nav></header>
<div class="substories">{cards}</div>"""
    return _page(f"Tìm kiếm: {q} – {SITE_NAME}", _layout3(main), canonical=None, body_class="search-index")


def _enter(req: Request) -> str:
    main = """
<main id="main-content" class="crayons-layout crayons-layout--limited-m">
  <div class="crayons-card p-6 registration">
    <h1 class="crayons-title">Chào mừng đến với Cộng đồng Nguyễn Trãi</h1>
    <form action="/users/sign_in" method="post" class="registration__form">
      <label>Email <input type="email" name="user[email]"></label>
      <label>Mật khẩu <input type="password" name="user[password]"></label>
      <button type="submit" class="crayons-btn">Đăng nhập</button>
    </form>
  </div>
</main>"""
    return _page(f"Đăng nhập – {SITE_NAME}", main, canonical=None, body_class="registrations-new")


# --- the site -----------------------------------------------------------------------------------


class ForemSite:
    def __init__(self) -> None:
        self.articles = {article_path(s): s for s in STORIES}
        self.redirects = {
            f"/{s.opts['poster']}/{s.slug}": article_path(s)
            for s in STORIES if s.opts["owner"] == ORG
        }

    def respond(self, req: Request) -> Response | None:
        path = req.path
        if req.method not in ("GET", "HEAD"):
            return None
        if path.startswith(("/images/", "/uploads/")):
            return Response(200, static_file("x.jpg").body, {"Content-Type": "image/jpeg"})
        if path.startswith("/assets/"):
            return static_file(path)
        if path == "/":
            return html(_home(req)) if not req.query else None
        if path == "/latest":
            return html(_latest(req))
        if path == "/top/week":
            return html(_top_week(req))
        if path == "/about":
            return html(_static_page("Giới thiệu Cộng đồng Nguyễn Trãi", ABOUT, "pages-show"))
        if path == "/code-of-conduct":
            return html(_static_page("Quy tắc ứng xử", CONDUCT, "pages-show"))
        if path == "/search":
            return html(_search(req))
        if path == "/enter":
            return html(_enter(req))
        if path == "/readinglist":
            return redirect("/enter", 302)
        m = re.fullmatch(r"/t/([a-z0-9]+)", path)
        if m:
            return _tag_page(req, m.group(1)) if m.group(1) in TAGS else None
        if path in self.articles:
            return html(_article_page(req, self.articles[path]))
        if path in self.redirects:
            return redirect(self.redirects[path], 301)
        parts = path.strip("/").split("/")
        if len(parts) == 1 and (parts[0] in USERS or parts[0] == ORG) and not req.query:
            return html(_profile(req, parts[0]))
        if len(parts) == 3 and parts[2] == "comments" and f"/{parts[0]}/{parts[1]}" in self.articles:
            s = self.articles[f"/{parts[0]}/{parts[1]}"]
            if any(c[2] == s.id for c in COMMENTS):
                return html(_discussion_page(req, s))
            return None
        if len(parts) == 3 and parts[1] == "comment":
            c = next((c for c in COMMENTS if c[0] == parts[2] and c[1] == parts[0]), None)
            return html(_comment_page(req, c[0])) if c else None
        if path == f"/hs_minhanh/series/{SERIES_ID}":
            return html(_series_page(req))
        return None


def build_site() -> ForemSite:
    return ForemSite()


# --- gold ---------------------------------------------------------------------------------------


def _gold(s: Story, alt: tuple[str, ...] = ()) -> dict:
    path = article_path(s)
    return gold_record(s, path, TAGS[s.cat], canonical_path=path, alt_paths=alt)


GOLD = [
    _gold(s, (f"{article_path(s)}?utm_source=sidebar&utm_campaign=noibat",) if s.id == 11 else ())
    for s in STORIES
]

NON_ARTICLES = [
    "/about",
    "/code-of-conduct",
    f"/{ORG}/{BY_ID[1].slug}/comments",
    "/hs_minhanh/comment/2k4f",
    f"/hs_minhanh/series/{SERIES_ID}",
    f"/lananh_van/{BY_ID[8].slug}/comments",
]
