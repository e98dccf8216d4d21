"""Trường THCS Phan Bội Châu (xã Tân Hòa, tỉnh Đồng Tháp): a WebSite X5 Evolution site.

Platform
--------
Incomedia WebSite X5 Evolution 10 (a desktop site builder): the Tin học teacher builds the site
on his PC and publishes it by FTP. Static builder pages are plain ``.html`` files at the root; the
news lives in the builder's PHP blog, ``/blog/index.php``, which reads its posts from a settings
file and prints them with the engine's markup (``h2#imPgTitle``, ``div.imBreadcrumb``,
``div.imBlogPostBody``, ``div.imBlogSources``, ``div.imBlogPostFooHTML`` …). The post bodies are
what the builder's text editor writes: ``<div class="imTAJustify"><span class="fs12lh1-5">``
lines, ``<div><br></div>`` spacers, tables for photos side by side.

URL scheme
----------
- ``/index.html`` (start URL; ``/`` serves the same page), static pages ``/gioi-thieu.html``,
  ``/co-cau-to-chuc.html``, ``/lien-he.html``, ``/album-anh.html``, ``/video.html``,
  ``/van-ban.html``, ``/thoi-khoa-bieu.html``, one news story made as a builder page
  (``/ke-hoach-nho-2026.html``), the builder's site map ``/imsitemap.html``, its search
  ``/imsearch.php?search=…`` and ``/sitemap.xml``.
- Blog: ``/blog/index.php`` (also ``/blog/``): newest posts, 5 a page, pages
  ``?start=5&length=5``; ``?category=Tin_hoạt_động`` (spaces as ``_``, percent-encoded) with the
  same ``&start=…&length=…`` pager; ``?tag=Hội giảng``; ``?search=…``; a post is
  ``?id=<n>`` (numeric ids with gaps: deleted posts). An unknown id, category or tag answers
  302 ``Location: index.php`` as the engine's ``parseUrlArray`` does. ``/blog/x5feed.php`` is the
  RSS feed (10 newest).

Page templates
--------------
- Every page: ``#imHeader`` (hidden ``h1.imHidden`` with the page title and the site name, logo,
  school name, a date widget "Thứ Bảy, 05/12/2026", search form), the ``#imMnMn`` drop-down menu,
  ``#imSideBar`` (notice marquee, links select, visitor counter, poll), ``#imBtMn`` bottom menu,
  ``#imFooter`` (address, phone, e-mail, principal's name, copyright).
- Blog post: ``h2#imPgTitle``; ``div.imBreadcrumb`` that holds no breadcrumb but the details line
  "Đăng bởi <strong> Admin </strong>trong <a>Tin hoạt động</a> &middot; <span
  itemprop="datePublished" content="4/12/2026">4/12/2026</span>" and "Tags: …"; the body; the
  engine's sources box; the AddThis share bar (inside ``imBlogPostBody``); the per-post footer
  HTML ("Các tin khác", contact line); comments with their form; ``#imBlogSideBar`` blocks.
- Blog listing: per post the same ``h2#imPgTitle`` (id repeated) and details line, a summary
  with a thumbnail and "Đọc tiếp »"; on the blog home's first page the newest post is printed in
  full (the engine's "firstshown" mode); ``div.imBlogPagination``.

How each gold article is reached
--------------------------------
Blog home pages 1-3 (``/blog/index.php``, ``?start=5&length=5``, ``?start=10&length=5``) list all
12 posts; the category listings list them again (Tin hoạt động has a second page). The sidebar
"Bài viết mới" lists the 5 newest, the notice marquee the 2 newest notices, the home page 3
hand-typed links, each post's footer "Các tin khác" up to 4 others of its category. Post 36 is
linked only from page 3 of the blog home and page 2 of "Tin hoạt động". The 13th article is a
builder page reached from the "Công tác Đội" drop-down of the menu.

Traps
-----
1. Numeric-looking dates in d/m order, unpadded: the details line prints "4/12/2026" and the
   microdata says ``itemprop="datePublished" content="4/12/2026"`` (not ISO). Gold: 2026-12-04,
   never 12 April. Days only: gold ``published_at`` is the day alone.
2. The RSS feed prints each post's local midnight in GMT ("Thu, 03 Dec 2026 17:00:00 GMT" for
   the post of 4/12/2026). Gold keeps the page's day, 2026-12-04.
3. ``div.imBreadcrumb`` is no breadcrumb but the author/date line, and its author is the
   builder's account ("Admin", "quantri", "BBT"): nobody. The real bylines are typed at the end
   of the text, right-aligned: "Tin, ảnh: X" (X in both), "Tin: X - Ảnh: Y", "Người viết: Cô
   Lê Thị Mai – Tổ trưởng tổ KHTN" (-> "Lê Thị Mai": honorific and post dropped), "ThS. …",
   "Huỳnh Thanh Tâm (GV Thể dục)", "TPT Đội: Nguyễn Hoàng Phúc" (post before the name), a unit
   alone ("Tổ Văn phòng" is the author). Category = the link text in that line.
4. Titles: ``h1.imHidden`` in the header carries "<title> - Tin tức - Trường THCS Phan Bội
   Châu"; gold is the ``h2#imPgTitle`` text. On the builder-page article the ``h2#imPgTitle``
   is hidden (``display: none``) and holds the menu name "Kế hoạch nhỏ 2026"; the headline is the
   big bold line of the text object.
5. Listings look like articles: every listed post has its own ``h2#imPgTitle`` (a repeated id)
   and details line, and the blog home's first page prints the newest post's whole body. None of
   them is an article; the article is at ``?id=49``.
6. Duplicates: each post is served at ``/blog/index.php?id=N`` (listings' link) and
   ``/blog/?id=N`` (the page's ``rel=canonical``, the feed, the home page's hand-typed links);
   post 43 is also linked with a Facebook ``&fbclid=…``. All go to ``alt_paths``; the canonical
   is ``/blog/?id=N``. Stale links to deleted posts (``?id=31``, ``?id=28``) answer 302 to the
   blog home.
7. Boundaries of the text: the engine's sources box ("Nguồn:" + a list) and the AddThis bar sit
   inside ``div.imBlogPostBody``; the post footer HTML ("Các tin khác", contact line) and parents'
   comments (names, "20/11/2026 19:42") follow it. The sources box item is the gold ``source``;
   a body sentence "Theo kế hoạch của nhà trường…" / "Theo hướng dẫn, …" is text. "Xem thêm:"
   and "Tải về: <file>.pdf" lines (with a pdf icon) are no text.
8. Post 48 carries a typed "Cập nhật lúc 16:20 ngày 04/12/2026" line above the text: not the
   date (gold 2026-12-03) and no text. The builder-page article types "Ngày đăng: 16/10/2026 -
   15:45": gold 2026-10-16T15:45:00+07:00.
9. Post 47 is an official notice pasted as a letterhead table (UBND XÃ TÂN HÒA | CỘNG HÒA …,
   "Số: 142/TB-THCSPBC", "Tân Hòa, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi
   nhận" | HIỆU TRƯỞNG … Phạm Văn Đức), posted on 1/12/2026. Gold date 2026-11-30, author
   "Phạm Văn Đức", body without letterhead, kind/subject lines and closing.
10. Post 42 was typed with Unikey in "Unicode tổ hợp" (NFD): title and text are decomposed.
    Gold is NFC.
11. Captions: a line under a photo; "(…)" loses its parentheses; "Ảnh: Trần Quốc Bảo" alone is
    a credit (caption None). Post 49 sets two photos side by side in a table with the captions
    in the row below. Facebook emoji pasted as ``<img alt="👉" src="…fbcdn…">`` at the start of
    lines (post 34) are bullets: no text, no images; the pdf icon, thumbnails and banners are no
    images either.
12. The "Thông báo" menu entry and a home page box were typed with the production domain
    (``http://thcsphanboichau.edu.vn/…``): off-host, never followed; the notices are reached
    through the blog's own category block and listings.

Gold decisions on ambiguous points
----------------------------------
- The builder page ``/ke-hoach-nho-2026.html`` is an article (headline, date line, byline,
  photo); its category is the menu level its breadcrumb prints, "Công tác Đội".
- Intro, structure, contact, album, video, documents and timetable pages are not articles (the
  timetable prints "Áp dụng từ ngày 02/11/2026"; the intro is long prose). The site map,
  search, listings, tag pages and the feed are not articles either.
- ``summary`` is set only for post 43, whose first paragraph is bold; the builder's post
  summary (shown on listings and in the meta description) is not a sapo.
- Source of post 46 is the sources box item "Báo Giáo dục và Thời đại"; no authors.
- A photographer credited only under the photos (post 36) is also in the byline, so
  photographers come from the byline; captions of those photos are None.
- "./." closing a notice paragraph is kept as printed. Emoji typed as text ("👏👏👏", the
  "🎉" of post 45's title) are kept.
- Category names are printed as in the details line: "Tin hoạt động", "Chuyên môn",
  "Thông báo", "Tin giáo dục".
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from urllib.parse import quote

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

NAME = "websitex5_thcs"
PLATFORM = "Incomedia WebSite X5 Evolution 10 (builder pages + PHP blog)"
START_PATH = "/index.html"

SITE = "Trường THCS Phan Bội Châu"
PROD = "http://thcsphanboichau.edu.vn"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
VER = "10-1-12-57"
FBCLID = "IwAR1xq3Lr0pZb7kY2mTtH9eVfUu4QwA8nC6dJ5sGiB0oXyRzKd"

CATS = ["Tin hoạt động", "Thông báo", "Chuyên môn", "Tin giáo dục"]
PAGE_LEN = 5

# --- the stories ----------------------------------------------------------------------------

_CAP = '<div class="imTARight">{}</div>'


def _byline(inner: str) -> Raw:
    return Raw(_CAP.format(inner))


S49 = Story(
    id=49,
    slug="ve-tranh-atgt",
    title="Trao giải Hội thi vẽ tranh “Em yêu an toàn giao thông” năm 2026",
    cat="Tin hoạt động",
    published_at="2026-12-04",
    blocks=[
        P(
            "Sáng ngày 02/12/2026, tại hội trường nhà trường, Liên đội Trường THCS Phan Bội Châu "
            "đã tổ chức Lễ tổng kết và trao giải Hội thi vẽ tranh “Em yêu an toàn giao thông” "
            "dành cho học sinh khối 6 và khối 7."
        ),
        P(
            "Hội thi được phát động từ đầu tháng 11 nhằm nâng cao nhận thức, ý thức chấp hành "
            "pháp luật về trật tự an toàn giao thông cho học sinh, đồng thời tạo sân chơi bổ ích "
            "giúp các em phát huy năng khiếu hội họa. Sau gần một tháng phát động, Ban tổ chức "
            "đã nhận được 126 bức tranh của 14 chi đội."
        ),
        P(
            "Các tác phẩm dự thi thể hiện nhiều góc nhìn sinh động: hình ảnh các bạn học sinh "
            "đội mũ bảo hiểm khi ngồi trên xe máy, đi đúng làn đường, nhường đường cho người già "
            "và trẻ nhỏ, hay cảnh báo nguy cơ tai nạn khi đi xe đạp dàn hàng ngang trên đường "
            "đi học."
        ),
        Img(
            "../images/ATGT-giai-nhat_m2k8xq1c.jpg",
            "Em Nguyễn Ngọc Bảo Trân (lớp 7A2) nhận giải Nhất",
            "Em Nguyễn Ngọc Bảo Trân (lớp 7A2) nhận giải Nhất",
            style="pair",
        ),
        Img(
            "../images/ATGT-ban-giam-khao_p0d7vn3e.jpg",
            "Ban giám khảo chấm chọn các bức tranh dự thi",
            "Ban giám khảo chấm chọn các bức tranh dự thi",
            style="pair",
        ),
        P(
            "Kết quả, Ban tổ chức đã trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải "
            "Khuyến khích cho các cá nhân có tác phẩm xuất sắc. Giải Nhất thuộc về em Nguyễn "
            "Ngọc Bảo Trân, học sinh lớp 7A2 với bức tranh “Về nhà an toàn”."
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Lê Văn Sang – Phó Hiệu trưởng nhà trường – ghi nhận "
            "sự đầu tư, sáng tạo của các em học sinh và đề nghị các chi đội tiếp tục tuyên "
            "truyền, nhắc nhở nhau thực hiện tốt Luật Giao thông đường bộ."
        ),
        P(
            "Các bức tranh đạt giải sẽ được trưng bày tại sảnh nhà trường đến hết tháng 12/2026.",
            style="br",
        ),
        _byline('<b><i><span class="fs12lh1-5">Tin, ảnh: Đoàn Minh Khoa</span></i></b>'),
    ],
    authors=["Đoàn Minh Khoa"],
    photographers=["Đoàn Minh Khoa"],
    opts={
        "day": "4/12/2026",
        "account": "Admin",
        "teaser": "126 bức tranh của 14 chi đội tham gia hội thi; 11 tác phẩm xuất sắc được "
        "trao giải.",
        "thumb": "files/ATGT-giai-nhat_thumb.jpg",
    },
)

S48 = Story(
    id=48,
    slug="stem-khtn8",
    title="Tổ Khoa học tự nhiên tổ chức chuyên đề “Dạy học STEM trong môn Khoa học tự nhiên 8”",
    cat="Chuyên môn",
    published_at="2026-12-03",
    blocks=[
        Raw(
            '<div class="imTARight"><span class="fs9lh1-5 cf2"><i>Cập nhật lúc 16:20 '
            "ngày 04/12/2026</i></span></div>"
        ),
        P(
            "Thực hiện kế hoạch hoạt động chuyên môn học kỳ I năm học 2026 – 2027, chiều ngày "
            "01/12/2026, Tổ Khoa học tự nhiên đã tổ chức chuyên đề “Dạy học STEM trong môn Khoa "
            "học tự nhiên 8” với sự tham dự của Ban giám hiệu và toàn thể giáo viên trong tổ."
        ),
        P("Tiết dạy minh họa “Chế tạo bình chữa cháy mini”", style="h"),
        P(
            "Tiết dạy minh họa do cô Trương Thị Thanh Thảo thực hiện tại lớp 8A3. Từ kiến thức "
            "về phản ứng giữa acid và muối carbonate, học sinh làm việc theo nhóm, thiết kế và "
            "chế tạo mô hình bình chữa cháy mini từ chai nhựa, giấm ăn và baking soda."
        ),
        Img(
            "../images/STEM-KHTN8-8a3_z5r1tb6w.jpg",
            "(Học sinh lớp 8A3 thử nghiệm sản phẩm bình chữa cháy mini)",
            "Học sinh lớp 8A3 thử nghiệm sản phẩm bình chữa cháy mini",
        ),
        P(
            "Các nhóm trình bày sản phẩm, giải thích nguyên lý hoạt động và tự đánh giá theo "
            "tiêu chí do giáo viên đưa ra. Không khí lớp học sôi nổi, học sinh chủ động, hào "
            "hứng và vận dụng được kiến thức vào thực tiễn."
        ),
        P("Thảo luận, rút kinh nghiệm", style="h"),
        P(
            "Trong phần thảo luận, các thầy cô thống nhất quy trình thiết kế bài học STEM gồm 5 "
            "bước, đồng thời chỉ ra những khó khăn khi tổ chức như thời gian tiết học hạn chế, "
            "nguyên vật liệu và việc đánh giá năng lực học sinh."
        ),
        P(
            "Chuyên đề đã giúp giáo viên có thêm kinh nghiệm trong việc tổ chức dạy học tích "
            "hợp, góp phần đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018."
        ),
        Raw(
            '<div style="text-align: right;"><span class="fs12lh1-5"><b>Người viết: Cô Lê '
            "Thị Mai – Tổ trưởng tổ KHTN</b></span></div>"
        ),
    ],
    authors=["Lê Thị Mai"],
    opts={
        "day": "3/12/2026",
        "account": "quantri",
        "teaser": "Tiết dạy minh họa chế tạo bình chữa cháy mini của lớp 8A3.",
        "thumb": "files/STEM-KHTN8_thumb.jpg",
        "spacers": True,
    },
)

_LETTERHEAD = (
    '<table style="width: 100%;" cellpadding="0" cellspacing="0"><tbody><tr>'
    '<td style="width: 42%;" class="imTACenter"><span class="fs11lh1-5">UBND XÃ TÂN HÒA'
    "<br><b>TRƯỜNG THCS PHAN BỘI CHÂU</b><br>Số: 142/TB-THCSPBC</span></td>"
    '<td style="width: 58%;" class="imTACenter"><span class="fs11lh1-5"><b>CỘNG HÒA XÃ HỘI '
    "CHỦ NGHĨA VIỆT NAM</b><br><b><u>Độc lập - Tự do - Hạnh phúc</u></b><br><i>Tân Hòa, ngày 30 "
    "tháng 11 năm 2026</i></span></td></tr></tbody></table>"
    "<div><br></div>"
    '<div class="imTACenter"><span class="fs14lh1-5"><b>THÔNG BÁO</b></span></div>'
    '<div class="imTACenter"><span class="fs12lh1-5"><b>Về việc tổ chức Hội khỏe Phù Đổng '
    "cấp trường năm học 2026 – 2027</b></span></div>"
    "<div><br></div>"
)
_CLOSING = (
    "<div><br></div>"
    '<table style="width: 100%;" cellpadding="0" cellspacing="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><span class="fs10lh1-5"><b><i>Nơi nhận:'
    "</i></b><br>- BGH;<br>- GVCN các lớp;<br>- GV Thể dục;<br>- Website trường;<br>- Lưu: VT."
    '</span></td><td style="width: 50%;" class="imTACenter"><span class="fs12lh1-5"><b>'
    "HIỆU TRƯỞNG</b><br><br><i>(Đã ký)</i><br><br><b>Phạm Văn Đức</b></span></td></tr></tbody>"
    "</table>"
)

S47 = Story(
    id=47,
    slug="hkpd-cap-truong",
    title="Thông báo tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 85/KH-THCSPBC ngày 15/9/2026 của Trường THCS Phan Bội Châu về "
            "thực hiện nhiệm vụ năm học 2026 – 2027;"
        ),
        P("Nhà trường thông báo tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027 như sau:"),
        P("1. Thời gian: Từ ngày 14/12/2026 đến ngày 19/12/2026 (buổi chiều)."),
        P("2. Địa điểm: Sân trường và nhà đa năng Trường THCS Phan Bội Châu."),
        P("3. Môn thi đấu: Điền kinh, Bóng đá nam, Cầu lông, Cờ vua, Kéo co."),
        P("4. Đối tượng: Học sinh từ khối 6 đến khối 9 đang học tại trường."),
        P(
            "Giáo viên chủ nhiệm các lớp lập danh sách vận động viên gửi về thầy Huỳnh Thanh Tâm "
            "(giáo viên Thể dục) trước ngày 09/12/2026."
        ),
        P("Đề nghị các bộ phận, giáo viên chủ nhiệm và học sinh nghiêm túc thực hiện./."),
        Raw(_CLOSING),
    ],
    authors=["Phạm Văn Đức"],
    opts={
        "day": "1/12/2026",
        "account": "Admin",
        "teaser": "Hội khỏe Phù Đổng cấp trường diễn ra từ ngày 14/12 đến 19/12/2026.",
        "thumb": "files/thongbao_thumb.png",
        "printed_date": "ngày 30 tháng 11 năm 2026",
    },
)

S46 = Story(
    id=46,
    slug="trai-nghiem-huong-nghiep",
    title="Hướng dẫn tổ chức hoạt động trải nghiệm, hướng nghiệp cho học sinh THCS",
    cat="Tin giáo dục",
    published_at="2026-11-26",
    blocks=[
        P(
            "Bộ Giáo dục và Đào tạo vừa ban hành văn bản hướng dẫn các địa phương tăng cường tổ "
            "chức hoạt động trải nghiệm, hướng nghiệp cho học sinh trung học cơ sở, gắn với định "
            "hướng phân luồng sau tốt nghiệp THCS."
        ),
        P(
            "Theo hướng dẫn, các nhà trường cần xây dựng kế hoạch hoạt động trải nghiệm theo chủ "
            "đề, bảo đảm thời lượng theo quy định của Chương trình giáo dục phổ thông 2018; ưu "
            "tiên hình thức tham quan cơ sở sản xuất, làng nghề, trường nghề trên địa bàn."
        ),
        P(
            "Đối với học sinh lớp 9, nhà trường phối hợp với các cơ sở giáo dục nghề nghiệp tổ "
            "chức tư vấn, giúp học sinh và cha mẹ học sinh có thông tin đầy đủ về các lựa chọn "
            "sau khi tốt nghiệp THCS."
        ),
        P(
            "Bộ GD&ĐT cũng lưu ý các địa phương không tổ chức hoạt động mang tính hình thức, "
            "không thu các khoản ngoài quy định khi tổ chức hoạt động trải nghiệm cho học sinh."
        ),
        Raw(
            '<div><span class="fs12lh1-5"><i>Xem thêm: <a href="https://giaoducthoidai.vn/'
            'huong-dan-phan-luong-hoc-sinh-sau-thcs-post712345.html" target="_blank" '
            'class="imCssLink">Hướng dẫn phân luồng học sinh sau THCS</a></i></span></div>'
        ),
    ],
    source="Báo Giáo dục và Thời đại",
    opts={
        "day": "26/11/2026",
        "account": "BBT",
        "teaser": "Bộ GD&ĐT hướng dẫn tăng cường hoạt động trải nghiệm, hướng nghiệp ở THCS.",
        "thumb": "files/huong-nghiep_thumb.jpg",
        "sources": ["Báo Giáo dục và Thời đại"],
    },
)

_HSG_ROWS = [
    "STT | Họ và tên | Lớp | Môn thi | Giải",
    "1 | Trần Gia Huy | 9A1 | Toán | Nhất",
    "2 | Lê Ngọc Minh Thư | 9A1 | Ngữ văn | Nhất",
    "3 | Nguyễn Hoàng Phúc An | 9A2 | Tiếng Anh | Nhì",
    "4 | Phạm Thị Thanh Trúc | 9A1 | Khoa học tự nhiên | Nhì",
    "5 | Võ Minh Khang | 9A3 | Tin học | Nhì",
    "6 | Đặng Thị Kim Yến | 9A2 | Lịch sử và Địa lí | Ba",
    "7 | Huỳnh Tấn Lộc | 9A1 | Toán | Ba",
    "8 | Ngô Thị Hồng Nhung | 9A3 | Ngữ văn | Khuyến khích",
    "9 | Bùi Quốc Thịnh | 9A2 | Tiếng Anh | Khuyến khích",
]

S45 = Story(
    id=45,
    slug="hsg-lop9-cap-cum",
    title="🎉 Chúc mừng 9 học sinh đạt giải kỳ thi chọn học sinh giỏi lớp 9 cấp cụm năm học "
    "2026 – 2027",
    cat="Tin hoạt động",
    published_at="2026-11-24",
    blocks=[
        P(
            "Trong kỳ thi chọn học sinh giỏi lớp 9 cấp cụm năm học 2026 – 2027 diễn ra ngày "
            "15/11/2026, đội tuyển Trường THCS Phan Bội Châu đã xuất sắc đạt 9 giải, gồm 2 giải "
            "Nhất, 3 giải Nhì, 2 giải Ba và 2 giải Khuyến khích."
        ),
        Img(
            "../images/doi-tuyen-HSG9_f4h2ja9s.jpg",
            "Đội tuyển học sinh giỏi lớp 9 chụp ảnh lưu niệm cùng Ban giám hiệu",
            "Đội tuyển học sinh giỏi lớp 9 chụp ảnh lưu niệm cùng Ban giám hiệu",
        ),
        P("Danh sách học sinh đạt giải như sau:"),
        *[P(row, style="tr") for row in _HSG_ROWS],
        P(
            "Thành tích trên là kết quả của quá trình nỗ lực, kiên trì học tập của các em học "
            "sinh cùng sự tận tụy của quý thầy cô giáo bồi dưỡng đội tuyển. Ban giám hiệu nhà "
            "trường nhiệt liệt chúc mừng các em và mong các em tiếp tục phấn đấu trong kỳ thi "
            "cấp tỉnh sắp tới."
        ),
        P("Chúc mừng các em! 👏👏👏"),
        _byline('<b><span class="fs12lh1-5">Tổ Văn phòng</span></b>'),
    ],
    authors=["Tổ Văn phòng"],
    opts={
        "day": "24/11/2026",
        "account": "Admin",
        "tags": ["HSG"],
        "teaser": "Đội tuyển nhà trường đạt 9 giải, trong đó có 2 giải Nhất.",
        "thumb": "files/doi-tuyen-HSG9_thumb.jpg",
    },
)

S43 = Story(
    id=43,
    slug="ky-niem-20-11",
    title="Long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    cat="Tin hoạt động",
    published_at="2026-11-20",
    blocks=[
        P(
            "Sáng ngày 20/11/2026, Trường THCS Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 "
            "năm Ngày Nhà giáo Việt Nam và tổng kết phong trào thi đua “Hai tốt” đợt 1, năm học "
            "2026 – 2027.",
            style="b",
        ),
        P(
            "Đến dự buổi lễ có ông Nguyễn Thanh Tùng – Phó Chủ tịch UBND xã Tân Hòa; đại diện "
            "Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo đã nghỉ hưu và hơn 900 "
            "học sinh của trường."
        ),
        P(
            "Trong diễn văn ôn lại truyền thống, thầy Phạm Văn Đức – Hiệu trưởng nhà trường – "
            "điểm lại lịch sử, ý nghĩa của Ngày Nhà giáo Việt Nam, đồng thời khẳng định những "
            "kết quả nổi bật mà tập thể sư phạm nhà trường đã đạt được trong năm học vừa qua."
        ),
        Img(
            "../images/IMG_2031_q8n5wx2k.jpg",
            "Thầy Phạm Văn Đức, Hiệu trưởng nhà trường đọc diễn văn kỷ niệm",
            "Thầy Phạm Văn Đức, Hiệu trưởng nhà trường đọc diễn văn kỷ niệm",
        ),
        P(
            "Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong "
            "Hội giảng cấp trường và 5 tập thể lớp dẫn đầu phong trào thi đua “Học tốt – Rèn "
            "luyện tốt” chào mừng ngày 20/11."
        ),
        Img(
            "../images/IMG_2058_c1v6ry4m.jpg",
            "Lãnh đạo xã Tân Hòa tặng hoa chúc mừng tập thể giáo viên nhà trường",
            "Lãnh đạo xã Tân Hòa tặng hoa chúc mừng tập thể giáo viên nhà trường",
        ),
        P(
            "Thay mặt các thế hệ học sinh, em Lê Ngọc Minh Thư, lớp 9A1 gửi lời tri ân sâu sắc "
            "đến quý thầy cô. Buổi lễ khép lại với chương trình văn nghệ đặc sắc do các chi đội "
            "dàn dựng, để lại nhiều cảm xúc cho thầy và trò."
        ),
        Raw(
            '<div class="imTACenter"><iframe width="560" height="315" '
            'src="https://www.youtube.com/embed/q3Xk9LmB2aE" frameborder="0" '
            "allowfullscreen></iframe></div>"
        ),
        _byline(
            '<span class="fs12lh1-5"><i>Tin: Nguyễn Thị Thu Hà - Ảnh: Trần Quốc Bảo</i></span>'
        ),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Trần Quốc Bảo"],
    summary=(
        "Sáng ngày 20/11/2026, Trường THCS Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 năm "
        "Ngày Nhà giáo Việt Nam và tổng kết phong trào thi đua “Hai tốt” đợt 1, năm học "
        "2026 – 2027."
    ),
    opts={
        "day": "20/11/2026",
        "account": "Admin",
        "tags": ["20-11"],
        "teaser": "Kỷ niệm Ngày Nhà giáo Việt Nam, khen thưởng giáo viên và tập thể lớp xuất sắc.",
        "thumb": "files/IMG_2031_thumb.jpg",
        "comments": [
            (
                "Phụ huynh em Ngọc Hân (lớp 8A1)",
                "20/11/2026 19:42",
                "Kính chúc quý thầy cô Trường THCS Phan Bội Châu luôn mạnh khỏe, hạnh phúc và "
                "thành công trong sự nghiệp trồng người!",
            ),
            (
                "Cựu học sinh khóa 2010 – 2014",
                "20/11/2026 21:05",
                "Nhớ thầy cô nhiều lắm. Chúc trường mình ngày càng phát triển ạ.",
            ),
            (
                "Nguyễn Văn Hậu",
                "21/11/2026 06:30",
                "Buổi lễ rất ý nghĩa, các cháu biểu diễn văn nghệ hay quá.",
            ),
        ],
    },
)

S42 = Story(
    id=42,
    slug="hoi-giang-20-11",
    title="Hội giảng cấp trường chào mừng Ngày Nhà giáo Việt Nam 20/11: 16 tiết dạy xếp loại tốt",
    cat="Chuyên môn",
    published_at="2026-11-14",
    blocks=[
        P(
            "Từ ngày 02/11 đến ngày 13/11/2026, Trường THCS Phan Bội Châu tổ chức Hội giảng cấp "
            "trường chào mừng 44 năm Ngày Nhà giáo Việt Nam với 24 giáo viên tham gia thuộc 4 tổ "
            "chuyên môn."
        ),
        P(
            "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp, kĩ thuật "
            "dạy học tích cực như dạy học dự án, trạm học tập, khăn trải bàn; nhiều thầy cô ứng "
            "dụng hiệu quả phần mềm trình chiếu, bảng tương tác và học liệu số trong tiết dạy."
        ),
        Img(
            "../images/hoi-giang-toan-7a1_u3e9kd5p.jpg",
            "(Tiết dạy môn Toán của thầy Nguyễn Minh Trí tại lớp 7A1)",
            "Tiết dạy môn Toán của thầy Nguyễn Minh Trí tại lớp 7A1",
        ),
        P(
            "Qua đánh giá của Ban giám khảo, có 16 tiết dạy xếp loại tốt, 8 tiết dạy xếp loại "
            "khá. Các giáo viên có tiết dạy xuất sắc gồm:"
        ),
        P("Cô Trương Thị Thanh Thảo – môn Khoa học tự nhiên;", style="li"),
        P("Thầy Nguyễn Minh Trí – môn Toán;", style="li"),
        P("Cô Đỗ Thị Bích Vân – môn Ngữ văn;", style="li"),
        P("Cô Lâm Thị Ngọc Hân – môn Tiếng Anh.", style="li"),
        P(
            "Hội giảng là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, nâng cao năng lực "
            "chuyên môn, góp phần thực hiện thắng lợi nhiệm vụ năm học 2026 – 2027."
        ),
        _byline(
            '<b><span class="fs12lh1-5">'
            + unicodedata.normalize("NFD", "ThS. Phạm Thị Ngọc Lan")
            + "</span></b>"
        ),
    ],
    authors=["Phạm Thị Ngọc Lan"],
    opts={
        "day": "14/11/2026",
        "account": "quantri",
        "tags": ["Hội giảng", "20-11"],
        "teaser": "24 giáo viên tham gia, 16 tiết dạy xếp loại tốt.",
        "thumb": "files/hoi-giang_thumb.jpg",
        "nfd": True,
    },
)

_KT_ROWS = [
    "Ngày | Buổi | Môn | Khối | Thời gian làm bài",
    "16/11/2026 | Sáng | Ngữ văn | 6, 7, 8, 9 | 90 phút",
    "16/11/2026 | Chiều | Toán | 6, 7, 8, 9 | 90 phút",
    "17/11/2026 | Sáng | Tiếng Anh | 6, 7, 8, 9 | 60 phút",
    "17/11/2026 | Chiều | Khoa học tự nhiên | 6, 7, 8, 9 | 60 phút",
    "18/11/2026 | Sáng | Lịch sử và Địa lí | 6, 7, 8, 9 | 60 phút",
]

S40 = Story(
    id=40,
    slug="lich-kt-ghk1",
    title="Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-11-09",
    blocks=[
        P(
            "Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026 – 2027 đối với các "
            "môn kiểm tra tập trung như sau:"
        ),
        *[P(row, style="tr") for row in _KT_ROWS],
        P(
            "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ "
            "chuyên môn."
        ),
        P(
            "Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo đầy đủ dụng cụ "
            "học tập; không mang điện thoại di động vào phòng thi."
        ),
        Raw(
            '<div><span class="fs12lh1-5"><img src="../res/file_pdf.png" alt="" '
            'width="16" height="16" /> Tải về: <a href="../files/Lich_KT_GHKI_2026-2027.pdf"'
            ' class="imCssLink" target="_blank">Lich_KT_GHKI_2026-2027.pdf</a></span></div>'
        ),
    ],
    opts={
        "day": "9/11/2026",
        "account": "Admin",
        "teaser": "Lịch kiểm tra tập trung các môn Ngữ văn, Toán, Tiếng Anh, KHTN, LS&ĐL.",
        "thumb": "files/thongbao_thumb.png",
    },
)

S39 = Story(
    id=39,
    slug="ngoai-khoa-duoi-nuoc",
    title="Ngoại khóa “Phòng, chống đuối nước và tai nạn thương tích” cho học sinh khối 6, 7",
    cat="Tin hoạt động",
    published_at="2026-11-05",
    blocks=[
        P(
            "Chiều ngày 04/11/2026, Trường THCS Phan Bội Châu phối hợp với Trạm Y tế xã Tân Hòa "
            "tổ chức buổi ngoại khóa “Phòng, chống đuối nước và tai nạn thương tích” cho hơn 450 "
            "học sinh khối 6 và khối 7."
        ),
        P(
            "Theo kế hoạch của nhà trường, đây là hoạt động trọng tâm trong tháng 11 nhằm trang "
            "bị cho học sinh kiến thức, kỹ năng tự bảo vệ bản thân trong mùa nước nổi, khi nhiều "
            "tuyến kênh rạch trên địa bàn xã dâng cao."
        ),
        P(
            "Tại buổi ngoại khóa, học sinh được nghe hướng dẫn cách nhận biết những nơi nguy "
            "hiểm, cách sử dụng áo phao, phao cứu sinh và cách sơ cứu ban đầu khi gặp người bị "
            "đuối nước. Nhiều em tích cực tham gia thực hành dưới sự hướng dẫn của nhân viên y tế."
        ),
        Img(
            "../images/ngoai-khoa-duoi-nuoc_b7t2lm8h.jpg",
            "Nhân viên Trạm Y tế xã hướng dẫn học sinh sơ cứu người bị đuối nước",
            "Nhân viên Trạm Y tế xã hướng dẫn học sinh sơ cứu người bị đuối nước",
        ),
        P(
            "Buổi ngoại khóa khép lại với phần thi “Rung chuông vàng” về kỹ năng an toàn, tạo "
            "không khí vui tươi, sôi nổi cho học sinh."
        ),
        _byline('<span class="fs12lh1-5"><b>Huỳnh Thanh Tâm</b> (GV Thể dục)</span>'),
    ],
    authors=["Huỳnh Thanh Tâm"],
    opts={
        "day": "5/11/2026",
        "account": "Admin",
        "teaser": "Hơn 450 học sinh khối 6, 7 được trang bị kỹ năng phòng, chống đuối nước.",
        "thumb": "files/ngoai-khoa_thumb.jpg",
        "spacers": True,
    },
)

S37 = Story(
    id=37,
    slug="hoi-nghi-bdd-cmhs",
    title="Hội nghị Ban đại diện cha mẹ học sinh trường năm học 2026 – 2027",
    cat="Tin hoạt động",
    published_at="2026-10-30",
    blocks=[
        P(
            "Chiều ngày 28/10/2026, Trường THCS Phan Bội Châu tổ chức Hội nghị Ban đại diện cha "
            "mẹ học sinh năm học 2026 – 2027 với sự tham dự của 68 đại biểu là trưởng, phó ban "
            "đại diện cha mẹ học sinh các lớp."
        ),
        P(
            "Tại hội nghị, thầy Lê Văn Sang – Phó Hiệu trưởng nhà trường – đã thông qua kết quả "
            "năm học 2025 – 2026 và phương hướng nhiệm vụ năm học mới, trong đó nhấn mạnh công "
            "tác phối hợp giữa nhà trường và gia đình trong việc quản lý học sinh sử dụng điện "
            "thoại, mạng xã hội."
        ),
        Img("../images/hoi-nghi-cmhs_r6y3pw1n.jpg", "Toàn cảnh hội nghị", "Toàn cảnh hội nghị"),
        P(
            "Hội nghị đã bầu Ban đại diện cha mẹ học sinh trường gồm 9 thành viên, ông Trần Văn "
            "Lợi tiếp tục được tín nhiệm giữ chức Trưởng ban."
        ),
        P(
            "Các ý kiến đóng góp của cha mẹ học sinh tập trung vào công tác bảo đảm an toàn giao "
            "thông trước cổng trường, chất lượng bữa ăn bán trú và việc tổ chức dạy thêm, học "
            "thêm đúng quy định."
        ),
        _byline('<i><span class="fs12lh1-5">Trần Quốc Bảo</span></i>'),
    ],
    authors=["Trần Quốc Bảo"],
    opts={
        "day": "30/10/2026",
        "account": "Admin",
        "teaser": "68 đại biểu dự hội nghị; ông Trần Văn Lợi tiếp tục làm Trưởng ban.",
        "thumb": "files/hoi-nghi-cmhs_thumb.jpg",
    },
)

S36 = Story(
    id=36,
    slug="toa-dam-20-10",
    title="Tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam "
    "(20/10/1930 – 20/10/2026)",
    cat="Tin hoạt động",
    published_at="2026-10-20",
    blocks=[
        P(
            "Chiều ngày 19/10/2026, Công đoàn Trường THCS Phan Bội Châu tổ chức buổi tọa đàm kỷ "
            "niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam với sự tham gia của 41 cán "
            "bộ, giáo viên, nhân viên nữ."
        ),
        P(
            "Buổi tọa đàm diễn ra trong không khí ấm áp với nhiều tiết mục văn nghệ, trò chơi "
            "dân gian và phần chia sẻ kinh nghiệm cân bằng giữa công việc và gia đình của các cô "
            "giáo."
        ),
        Img("../images/toa-dam-20-10_01_h5j8sk2d.jpg", "Ảnh: Trần Quốc Bảo", None),
        P(
            "Nhân dịp này, Ban Chấp hành Công đoàn trao quà chúc mừng đến các nữ đoàn viên và "
            "biểu dương 6 chị em đạt danh hiệu “Giỏi việc trường, đảm việc nhà” năm 2026."
        ),
        Img("../images/toa-dam-20-10_02_x9c4fg7a.jpg", "Ảnh: Trần Quốc Bảo", None),
        _byline('<b><span class="fs12lh1-5">Tin: Võ Thị Kim Ngân - Ảnh: Trần Quốc Bảo</span></b>'),
    ],
    authors=["Võ Thị Kim Ngân"],
    photographers=["Trần Quốc Bảo"],
    opts={
        "day": "20/10/2026",
        "account": "Admin",
        "teaser": "41 cán bộ, giáo viên, nhân viên nữ tham gia buổi tọa đàm ấm áp.",
        "thumb": "files/toa-dam_thumb.jpg",
    },
)

_FB_EMOJI = (
    '<img height="16" width="16" alt="👉" referrerpolicy="origin-when-cross-origin" '
    'src="https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/1f449.png" />'
)

S34 = Story(
    id=34,
    slug="clb-nang-khieu",
    title="Thông báo thành lập các câu lạc bộ năng khiếu năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-10-12",
    blocks=[
        P(
            "Nhằm phát triển năng khiếu và tạo sân chơi lành mạnh cho học sinh, nhà trường thông "
            "báo thành lập các câu lạc bộ năng khiếu năm học 2026 – 2027, sinh hoạt vào chiều "
            "thứ Bảy hằng tuần, bắt đầu từ ngày 17/10/2026."
        ),
        P("Các câu lạc bộ gồm:"),
        P("Câu lạc bộ Bóng đá – phụ trách: thầy Huỳnh Thanh Tâm;", style="fb"),
        P("Câu lạc bộ Cờ vua – phụ trách: thầy Nguyễn Minh Trí;", style="fb"),
        P("Câu lạc bộ Tiếng Anh – phụ trách: cô Lâm Thị Ngọc Hân;", style="fb"),
        P("Câu lạc bộ Vẽ tranh – phụ trách: cô Nguyễn Thị Mỹ Duyên;", style="fb"),
        P("Câu lạc bộ Tin học – Robotics – phụ trách: thầy Châu Văn Lực.", style="fb"),
        P(
            "Học sinh có nguyện vọng đăng ký với giáo viên chủ nhiệm trước ngày 15/10/2026. Mỗi "
            "học sinh được đăng ký tối đa 02 câu lạc bộ."
        ),
        P("Mọi thắc mắc xin liên hệ Văn phòng nhà trường, điện thoại 0277 3 841 256."),
    ],
    opts={
        "day": "12/10/2026",
        "account": "BBT",
        "teaser": "5 câu lạc bộ năng khiếu sinh hoạt chiều thứ Bảy hằng tuần.",
        "thumb": "files/thongbao_thumb.png",
    },
)

#: the news story the teacher made as a builder page instead of a blog post
PAGE_STORY = Story(
    id=0,
    slug="ke-hoach-nho-2026",
    title="Liên đội ra quân phong trào “Kế hoạch nhỏ” năm học 2026 – 2027",
    cat="Công tác Đội",
    published_at="2026-10-16T15:45:00+07:00",
    blocks=[
        P(
            "Hưởng ứng phong trào “Kế hoạch nhỏ” do Hội đồng Đội tỉnh phát động, sáng ngày "
            "16/10/2026, Liên đội Trường THCS Phan Bội Châu tổ chức lễ ra quân thu gom giấy vụn, "
            "vỏ lon, chai nhựa năm học 2026 – 2027."
        ),
        P(
            "Ngay sau lễ ra quân, 28 chi đội đã mang đến hơn 1,2 tấn giấy vụn và gần 300 kg vỏ "
            "lon, chai nhựa các loại. Nhiều chi đội như 6A1, 7A3, 9A2 đã vận động được số lượng "
            "lớn nhờ tích cực thu gom từ đầu năm học."
        ),
        Img(
            "images/ke-hoach-nho-2026_w2q7ne4v.jpg",
            "Các chi đội mang giấy vụn đến điểm tập kết",
            "Các chi đội mang giấy vụn đến điểm tập kết",
        ),
        P(
            "Toàn bộ số tiền thu được từ phong trào sẽ được Liên đội dùng để mua tập vở, đồ dùng "
            "học tập tặng học sinh có hoàn cảnh khó khăn và góp vào quỹ “Áo ấm mùa đông” của Hội "
            "đồng Đội tỉnh."
        ),
        P(
            "Phong trào “Kế hoạch nhỏ” không chỉ giúp các em hình thành thói quen tiết kiệm, bảo "
            "vệ môi trường mà còn giáo dục tinh thần tương thân tương ái, sẻ chia với bạn bè."
        ),
        _byline('<b><span class="fs12lh1-5">TPT Đội: Nguyễn Hoàng Phúc</span></b>'),
    ],
    authors=["Nguyễn Hoàng Phúc"],
    opts={"printed_date": "16/10/2026 - 15:45"},
)

#: blog posts, newest first (the engine's order)
POSTS: list[Story] = [S49, S48, S47, S46, S45, S43, S42, S40, S39, S37, S36, S34]
BY_ID = {s.id: s for s in POSTS}
PAGE_PATH = "/ke-hoach-nho-2026.html"

# --- helpers ---------------------------------------------------------------------------------


def _cat_param(cat: str) -> str:
    """The category as the engine puts it in a URL: spaces as ``_``, then urlencoded."""
    return quote(cat.replace(" ", "_"), safe="")


def _norm_key(value: str) -> str:
    return unicodedata.normalize("NFC", value.replace("_", " ").replace("+", " ")).strip()


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _title_html(story: Story) -> str:
    return _t(story, story.title)


def _tags(story: Story) -> list[str]:
    return list(story.opts.get("tags", []))


# --- article body as the builder's editor writes it ------------------------------------------


def _para(story: Story, value: str) -> str:
    return f'<div class="imTAJustify"><span class="fs12lh1-5">{_t(story, value)}</span></div>'


def render_body(story: Story, prefix: str = "../", wrap_id: str = "") -> str:
    """The post body: builder-editor divs, tables, lists, photos and the raw lines."""
    out: list[str] = []
    spacer = '<div><span class="fs12lh1-5"><br></span></div>' if story.opts.get("spacers") else ""
    blocks = story.blocks
    i = 0
    img_no = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "pair":
                pair = [b, blocks[i + 1]]
                cells = "".join(
                    f'<td style="width: 50%;" class="imTACenter"><img class="image-{img_no + k}" '
                    f'src="{esc(im.src)}" title="" alt="" width="290" height="193" /></td>'
                    for k, im in enumerate(pair)
                )
                caps = "".join(
                    f'<td class="imTACenter"><i><span class="fs10lh1-5">{_t(story, im.printed or "")}'
                    "</span></i></td>"
                    for im in pair
                )
                out.append(
                    '<table style="width: 100%;" cellpadding="2"><tbody>'
                    f"<tr>{cells}</tr><tr>{caps}</tr></tbody></table>"
                )
                img_no += 2
                i += 2
                continue
            out.append(
                f'<div class="imTACenter"><img class="image-{img_no}" src="{esc(b.src)}" '
                'title="" alt="" width="600" height="400" /></div>'
            )
            if b.printed:
                out.append(
                    f'<div class="imTACenter"><i><span class="fs10lh1-5">{_t(story, b.printed)}'
                    "</span></i></div>"
                )
            img_no += 1
            i += 1
            continue
        # a paragraph
        if b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tds = "".join(
                    f'<td><span class="fs11lh1-5">{"<b>" if first else ""}{_t(story, c)}'
                    f"{'</b>' if first else ''}</span></td>"
                    for c in cells
                )
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            out.append(
                '<table style="width: 100%; border-collapse: collapse;" border="1"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        if b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f'<li><span class="fs12lh1-5">{_t(story, blocks[i].text)}</span></li>')
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if b.style == "fb":
            out.append(
                f'<div><span class="fs12lh1-5">{_FB_EMOJI}&nbsp;{_t(story, b.text)}</span></div>'
            )
            i += 1
            continue
        if b.style == "b":
            out.append(
                f'<div class="imTAJustify"><b><span class="fs12lh1-5">{_t(story, b.text)}'
                "</span></b></div>"
            )
        elif b.style == "h":
            out.append(f'<div><span class="fs13lh1-5 cf1"><b>{_t(story, b.text)}</b></span></div>')
        else:
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(nxt, P) and nxt.style == "br":
                out.append(
                    f'<div class="imTAJustify"><span class="fs12lh1-5">{_t(story, b.text)}'
                    f"<br>{_t(story, nxt.text)}</span></div>"
                )
                i += 2
                if spacer:
                    out.append(spacer)
                continue
            out.append(_para(story, b.text))
        if spacer:
            out.append(spacer)
        i += 1
    body = "\n".join(out)
    if prefix != "../":
        body = body.replace('src="../', f'src="{prefix}')
    wrap_id = wrap_id or f"imBlogPost_{story.id}"
    return (
        f'<div id="{wrap_id}">{body}<div style="clear: both;"><!-- clear floated images -->'
        "</div></div>"
    )


# --- chrome -----------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "index.html", None),
    (
        "Giới thiệu",
        None,
        [("Giới thiệu chung", "gioi-thieu.html"), ("Cơ cấu tổ chức", "co-cau-to-chuc.html")],
    ),
    (
        "Tin tức",
        None,
        [
            ("Tất cả tin", "blog/index.php"),
            ("Tin hoạt động", "blog/index.php?category=Tin_hoạt_động"),
            ("Chuyên môn", "blog/index.php?category=Chuyên_môn"),
            ("Tin giáo dục", "blog/index.php?category=Tin_giáo_dục"),
        ],
    ),
    ("Thông báo", PROD + "/blog/index.php?category=Th%C3%B4ng_b%C3%A1o", None),
    ("Công tác Đội", None, [("Kế hoạch nhỏ 2026", "ke-hoach-nho-2026.html")]),
    (
        "Tài nguyên",
        None,
        [
            ("Văn bản", "van-ban.html"),
            ("Thời khóa biểu", "thoi-khoa-bieu.html"),
            ("Thư viện ảnh", "album-anh.html"),
            ("Video clip", "video.html"),
        ],
    ),
    ("Liên hệ", "lien-he.html", None),
]


def _href(prefix: str, target: str) -> str:
    return target if target.startswith("http") else prefix + target


def _menu(prefix: str, current: str) -> str:
    lis = []
    node = 0
    for label, target, children in _MENU:
        node += 1
        cls = ' class="imMnMnCurrent"' if label == current else ""
        if children is None:
            lis.append(
                f'<li id="imMnMnNode{node}"{cls}><a href="{esc(_href(prefix, target))}">'
                '<span class="imMnMnFirstBg"><span class="imMnMnTxt"><span class="imMnMnImg">'
                f'</span><span class="imMnMnTextLabel">{esc(label)}</span></span></span></a></li>'
            )
            continue
        subs = []
        for k, (sub_label, sub_target) in enumerate(children):
            node += 1
            pos = (
                ' class="imMnMnFirst"'
                if k == 0
                else (' class="imMnMnLast"' if k == len(children) - 1 else ' class="imMnMnMiddle"')
            )
            subs.append(
                f'<li id="imMnMnNode{node}"{pos}><a href="{esc(_href(prefix, sub_target))}">'
                '<span class="imMnMnBorder"><span class="imMnMnTxt"><span class="imMnMnImg">'
                f'</span><span class="imMnMnTextLabel">{esc(sub_label)}</span></span></span></a>'
                "</li>"
            )
        lis.append(
            f'<li id="imMnMnNode{node - len(children)}"{cls}><span class="imMnMnFirstBg">'
            '<span class="imMnMnLevelImg"></span><span class="imMnMnTxt"><span '
            f'class="imMnMnImg"></span><span class="imMnMnTextLabel">{esc(label)}</span></span>'
            '</span>\n<ul class="auto">\n' + "\n".join(subs) + "\n</ul></li>"
        )
    return '<ul class="auto">\n' + "\n".join(lis) + "\n</ul>"


def _head(prefix: str, title: str, description: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html><!-- HTML5 -->
<html lang="vi" dir="ltr">
	<head>
		<title>{esc(title)}</title>
		<meta charset="utf-8" />
		<!--[if IE]><meta http-equiv="ImageToolbar" content="False" /><![endif]-->
		<meta name="author" content="Tổ Tin học - Trường THCS Phan Bội Châu" />
		<meta name="generator" content="Incomedia WebSite X5 Evolution 10.1.12.57 - www.websitex5.com" />
		<meta name="description" content="{esc(description)}" />
		<meta name="keywords" content="THCS Phan Bội Châu, Tân Hòa, Đồng Tháp, trường học" />
		{extra}
		<link rel="stylesheet" type="text/css" href="{prefix}style/reset.css?{VER}" media="screen,print" />
		<link rel="stylesheet" type="text/css" href="{prefix}style/print.css?{VER}" media="print" />
		<link rel="stylesheet" type="text/css" href="{prefix}style/style.css?{VER}" media="screen,print" />
		<link rel="stylesheet" type="text/css" href="{prefix}style/template.css?{VER}" media="screen" />
		<link rel="stylesheet" type="text/css" href="{prefix}style/menu.css?{VER}" media="screen" />
		<!--[if lte IE 7]><link rel="stylesheet" type="text/css" href="{prefix}style/ie.css?{VER}" media="screen" /><![endif]-->
		<script type="text/javascript" src="{prefix}res/jquery.js?{VER}"></script>
		<script type="text/javascript" src="{prefix}res/x5engine.js?{VER}"></script>
		<script type="text/javascript">
			x5engine.boot.push(function () {{ x5engine.imPageToTop.initializeButton({{}}); }});
		</script>
		<link rel="icon" href="{prefix}favicon.ico?{VER}" type="image/vnd.microsoft.icon" />
		<link rel="alternate" type="application/rss+xml" title="Tin tức - THCS Phan Bội Châu" href="{prefix}blog/x5feed.php" />
	</head>"""


def _header(prefix: str, h1: str) -> str:
    return f"""
		<div id="imHeaderBg"></div>
		<div id="imFooterBg"></div>
		<div id="imPage">
			<div id="imHeader">
				<h1 class="imHidden">{esc(h1)}</h1>
				<div id="imHeaderObjects"><div id="imHeader_imObjectImage_01_wrapper" class="template-object-wrapper"><div id="imHeader_imObjectImage_01"><div id="imHeader_imObjectImage_01_container"><a href="{prefix}index.html" onclick="return x5engine.utils.location('{prefix}index.html', null, false)"><img src="{prefix}images/logo-truong_v4n1.png" alt="" width="96" height="96" /></a></div></div></div><div id="imHeader_imTextObject_02_wrapper" class="template-object-wrapper"><div id="imHeader_imTextObject_02"><div class="text-tab-content" id="imHeader_imTextObject_02_tab0" style=""><div class="text-inner"><div class="imTACenter"><span class="fs11lh1-5 cf3">UBND XÃ TÂN HÒA</span></div><div class="imTACenter"><span class="fs22lh1-5 cf1 ff2"><b>TRƯỜNG THCS PHAN BỘI CHÂU</b></span></div><div class="imTACenter"><i><span class="fs10lh1-5 cf3">Dạy tốt – Học tốt – Kỷ cương – Tình thương – Trách nhiệm</span></i></div></div></div></div></div><div id="imHeader_imHTMLObject_03_wrapper" class="template-object-wrapper"><div id="imHeader_imHTMLObject_03" class="imHTMLObject" style="text-align: right;"><span id="dongho_ngay" style="font: 9pt Tahoma; color: #fff;">{HEADER_DAY}</span></div></div><div id="imHeader_imObjectSearch_04_wrapper" class="template-object-wrapper"><div id="imHeader_imObjectSearch_04"><form id="imHeader_imObjectSearch_04_form" action="{prefix}imsearch.php" method="get"><fieldset><input type="text" id="imHeader_imObjectSearch_04_field" name="search" value="" placeholder="Tìm kiếm..." /><button id="imHeader_imObjectSearch_04_button">Tìm</button></fieldset></form></div></div></div>
			</div>
			<a class="imHidden" href="#imGoToCont" title="Bỏ qua menu chính">Chuyển tới nội dung</a>
			<a id="imGoToMenu"></a><p class="imHidden">Menu chính:</p>
			<div id="imMnMnGraphics"></div>
			<div id="imMnMn" class="auto">
"""


def _sidebar(prefix: str) -> str:
    notices = [s for s in POSTS if s.cat == "Thông báo"][:2]
    marquee = "<br />".join(
        f'<img src="{prefix}images/new_icon.gif" alt="" /> <a href="{prefix}blog/index.php?id='
        f'{s.id}" class="imCssLink">{_title_html(s)}</a>'
        for s in notices
    )
    return f"""
			<div id="imSideBar">
				<div id="imSideBarObjects"><div id="imSideBar_imTextObject_01_wrapper" class="template-object-wrapper"><div id="imSideBar_imTextObject_01"><div class="tieude_trai"><span class="fs11lh1-5 cf4"><b>THÔNG BÁO MỚI</b></span></div><marquee direction="up" scrollamount="2" height="120" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></div></div>
				<div id="imSideBar_imHTMLObject_02_wrapper" class="template-object-wrapper"><div id="imSideBar_imHTMLObject_02" class="imHTMLObject"><div class="tieude_trai"><b>LIÊN KẾT WEBSITE</b></div><select onchange="if(this.value!='')window.open(this.value)" style="width:180px"><option value="">-- Chọn liên kết --</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://sgddt.dongthap.gov.vn">Sở GD&amp;ĐT Đồng Tháp</option><option value="https://tanhoa.dongthap.gov.vn">Cổng TTĐT xã Tân Hòa</option><option value="https://taphuan.csdl.edu.vn">Tập huấn giáo viên</option></select><br /><a href="https://vnedu.vn" target="_blank"><img src="{prefix}images/banner-vnedu.png" alt="vnEdu" width="180" height="50" /></a><br /><a href="https://hocbadientu.edu.vn" target="_blank"><img src="{prefix}images/banner-hocba.png" alt="Học bạ điện tử" width="180" height="50" /></a></div></div>
				<div id="imSideBar_imHTMLObject_03_wrapper" class="template-object-wrapper"><div id="imSideBar_imHTMLObject_03" class="imHTMLObject"><div class="tieude_trai"><b>THỐNG KÊ TRUY CẬP</b></div><table style="font: 9pt Tahoma;"><tr><td><img src="{prefix}images/online.gif" alt="" /> Đang online:</td><td>5</td></tr><tr><td>Hôm nay:</td><td>183</td></tr><tr><td>Hôm qua:</td><td>246</td></tr><tr><td>Tổng truy cập:</td><td>318.742</td></tr></table></div></div>
				<div id="imSideBar_imHTMLObject_04_wrapper" class="template-object-wrapper"><div id="imSideBar_imHTMLObject_04" class="imHTMLObject"><div class="tieude_trai"><b>THĂM DÒ Ý KIẾN</b></div><form action="https://www.poll-maker.com/poll4821733x3b1D5Ee4-140" method="post" target="_blank"><div>Bạn quan tâm nội dung nào nhất trên website?</div><label><input type="radio" name="qp_v4821733" value="1" /> Tin hoạt động</label><br /><label><input type="radio" name="qp_v4821733" value="2" /> Thông báo</label><br /><label><input type="radio" name="qp_v4821733" value="3" /> Thời khóa biểu</label><br /><label><input type="radio" name="qp_v4821733" value="4" /> Thư viện ảnh</label><br /><input type="submit" value="Bình chọn" /> <a href="https://www.poll-maker.com/results4821733x3b1D5Ee4-140" target="_blank">Xem kết quả</a></form></div></div></div>
			</div>"""


def _footer(prefix: str) -> str:
    bottom = " | ".join(
        f'<a href="{prefix}{target}">{label}</a>'
        for label, target in [
            ("Trang chủ", "index.html"),
            ("Giới thiệu chung", "gioi-thieu.html"),
            ("Tin tức", "blog/index.php"),
            ("Thư viện ảnh", "album-anh.html"),
            ("Liên hệ", "lien-he.html"),
            ("Sơ đồ trang web", "imsitemap.html"),
        ]
    )
    return f"""
				<div id="imFooPad" style="height: 0px; float: left;">&nbsp;</div>
				<div id="imBtMn">{bottom}<br /></div>
				<div class="imClear"></div>
			</div>
			<div id="imFooter">
				<div id="imFooterObjects"><div id="imFooter_imTextObject_05_wrapper" class="template-object-wrapper"><div id="imFooter_imTextObject_05"><div class="text-tab-content" id="imFooter_imTextObject_05_tab0" style=""><div class="text-inner"><div class="imTACenter"><span class="fs11lh1-5 cf2"><b>TRƯỜNG THCS PHAN BỘI CHÂU</b></span></div><div class="imTACenter"><span class="fs9lh1-5 cf2">Địa chỉ: Ấp Tân Thạnh, xã Tân Hòa, tỉnh Đồng Tháp</span></div><div class="imTACenter"><span class="fs9lh1-5 cf2">Điện thoại: 0277 3 841 256 – Email: <a href="mailto:thcsphanboichau.tanhoa@dongthap.edu.vn" class="imCssLink">thcsphanboichau.tanhoa@dongthap.edu.vn</a></span></div><div class="imTACenter"><span class="fs9lh1-5 cf2">Chịu trách nhiệm nội dung: Hiệu trưởng Phạm Văn Đức</span></div><div class="imTACenter"><span class="fs8lh1-5 cf2">© 2015 - 2026 Trường THCS Phan Bội Châu. Thiết kế: Tổ Tin học. Website được tạo bằng WebSite X5.</span></div></div></div></div></div><div id="imFooter_imObjectImage_06_wrapper" class="template-object-wrapper"><div id="imFooter_imObjectImage_06"><a href="https://www.facebook.com/thcsphanboichau.tanhoa" target="_blank"><img src="{prefix}images/facebook-icon.png" alt="Facebook" width="24" height="24" /></a> <a href="https://www.youtube.com/@thcsphanboichau" target="_blank"><img src="{prefix}images/youtube-icon.png" alt="YouTube" width="24" height="24" /></a></div></div></div>
			</div>
		</div>
		<span class="imHidden"><a href="#imGoToCont" title="Đọc lại nội dung trang">Quay lại nội dung</a> | <a href="#imGoToMenu" title="Đọc lại trang web">Quay lại menu chính</a></span>
	</body>
</html>
"""


def page(
    *,
    prefix: str,
    title: str,
    h1: str,
    content: str,
    description: str = "Website Trường THCS Phan Bội Châu, xã Tân Hòa, tỉnh Đồng Tháp",
    current: str = "",
    extra_head: str = "",
) -> str:
    return (
        _head(prefix, title, description, extra_head)
        + "\n\t<body>"
        + _header(prefix, h1)
        + _menu(prefix, current)
        + "\n\t\t\t</div>"
        + _sidebar(prefix)
        + '\n\t\t\t<div id="imContentGraphics"></div>\n\t\t\t<div id="imContent">\n'
        + '\t\t\t\t<a id="imGoToCont"></a>\n'
        + content
        + _footer(prefix)
    )


def _text_object(n: int, inner: str) -> str:
    return (
        f'<div id="imPageRow_{n}" class="imPageRow">\n<div id="imCell_{n}" class="" > '
        f'<div id="imCellStyleGraphics_{n}"></div><div id="imCellStyle_{n}" ><div '
        f'id="imTextObject_{n}">\n<div class="text-tab-content"  id="imTextObject_{n}_tab0" '
        f'style="">\n<div class="text-inner">\n{inner}\n</div>\n</div>\n</div></div></div>\n'
        "</div>\n"
    )


def static_page(
    *, title: str, crumb: str, inner: str, current: str, show_title: bool = True, name: str = ""
) -> str:
    shown = "block" if show_title else "none"
    content = (
        f'<h2 id="imPgTitle" style="display: {shown};">{esc(name or title)}</h2>\n'
        f'<div class="imBreadcrumb" style="display: block;"><span>{esc(crumb)}</span></div>\n'
        + inner
    )
    return page(
        prefix="",
        title=f"{name or title} - {SITE}",
        h1=f"{name or title} - {SITE}",
        content=content,
        current=current,
    )


# --- static builder pages --------------------------------------------------------------------


def _home(request: Request) -> str:
    slides = "".join(
        f'<div class="imGalleryItem"><img src="gallery/slide_0{k}.jpg" alt="" '
        'width="720" height="300" /></div>'
        for k in range(1, 5)
    )
    featured = [
        (S49, "blog/?id=49"),
        (S43, f"blog/?id=43&fbclid={FBCLID}"),
        (S45, "blog/index.php?id=45"),
    ]
    items = "".join(
        f'<tr><td style="width: 110px;"><img src="blog/{s.opts["thumb"]}" width="100" '
        f'height="70" alt="" /></td><td><a href="{esc(href)}" class="imCssLink"><b>'
        f'{_title_html(s)}</b></a><br /><span class="fs9lh1-5">{esc(s.opts["teaser"])}</span>'
        "</td></tr>"
        for s, href in featured
    )
    items += (
        '<tr><td style="width: 110px;"><img src="blog/files/khai-giang_thumb.jpg" width="100" '
        'height="70" alt="" /></td><td><a href="blog/?id=31" class="imCssLink"><b>Rộn ràng '
        'Lễ khai giảng năm học mới 2026 – 2027</b></a><br /><span class="fs9lh1-5">Hơn 900 học '
        "sinh hân hoan chào đón năm học mới.</span></td></tr>"
    )
    inner = (
        _text_object(
            1,
            f'<div id="imObjectGallery_1" class="imGallery">{slides}</div>'
            '<div class="imTAJustify"><span class="fs12lh1-5">Chào mừng quý thầy cô, quý phụ '
            "huynh và các em học sinh đến với website Trường THCS Phan Bội Châu, xã Tân Hòa. "
            "Website là kênh thông tin chính thức của nhà trường về hoạt động dạy và học, thông "
            "báo, lịch công tác và các văn bản chỉ đạo.</span></div>",
        )
        + _text_object(
            2,
            '<div><span class="fs13lh1-5 cf1"><b>TIN NỔI BẬT</b></span></div>'
            f'<table style="width: 100%;"><tbody>{items}</tbody></table>'
            '<div class="imTARight"><a href="blog/" class="imCssLink">Xem tất cả tin &raquo;'
            "</a></div>",
        )
        + _text_object(
            3,
            '<div><span class="fs13lh1-5 cf1"><b>THÔNG BÁO</b></span></div>'
            f'<div><a href="{PROD}/blog/index.php?category=Th%C3%B4ng_b%C3%A1o" '
            'class="imCssLink">Xem tất cả thông báo của nhà trường &raquo;</a></div>',
        )
    )
    content = (
        '<h2 id="imPgTitle" style="display: none;">Trang chủ</h2>\n'
        '<div class="imBreadcrumb" style="display: none;"></div>\n' + inner
    )
    return page(
        prefix="",
        title=f"Trang chủ - {SITE}",
        h1=f"{SITE} - xã Tân Hòa, tỉnh Đồng Tháp",
        content=content,
        current="Trang chủ",
    )


def _p(value: str) -> str:
    return f'<div class="imTAJustify"><span class="fs12lh1-5">{esc(value)}</span></div>'


def _gioi_thieu(request: Request) -> str:
    inner = _text_object(
        1,
        "".join(
            _p(x)
            for x in [
                "Trường THCS Phan Bội Châu được thành lập năm 1985 trên cơ sở tách ra từ Trường "
                "Phổ thông cơ sở Tân Hòa. Trải qua hơn 40 năm xây dựng và phát triển, nhà trường "
                "đã không ngừng lớn mạnh về quy mô và chất lượng giáo dục.",
                "Năm học 2026 – 2027, trường có 26 lớp với 938 học sinh; 58 cán bộ, giáo viên, "
                "nhân viên, trong đó 100% giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục "
                "2019. Trường đạt chuẩn quốc gia mức độ 1 năm 2018 và đạt kiểm định chất lượng "
                "giáo dục cấp độ 2.",
                "Nhiều năm liền, nhà trường được UBND tỉnh tặng Bằng khen và Cờ thi đua; tỉ lệ học "
                "sinh tốt nghiệp THCS hằng năm đạt trên 99%, nhiều học sinh đạt giải trong các kỳ "
                "thi học sinh giỏi cấp huyện, cấp tỉnh.",
                "Sứ mệnh: Xây dựng môi trường học tập thân thiện, an toàn, giúp mỗi học sinh phát "
                "triển toàn diện về phẩm chất và năng lực.",
            ]
        )
        + '<div class="imTACenter"><img src="images/toan-canh-truong_k2.jpg" width="600" '
        'height="340" alt="" /></div>',
    )
    return static_page(
        title="Giới thiệu chung", crumb="Giới thiệu", inner=inner, current="Giới thiệu"
    )


def _co_cau(request: Request) -> str:
    rows = [
        ("Phạm Văn Đức", "Hiệu trưởng", "Thạc sĩ QLGD"),
        ("Lê Văn Sang", "Phó Hiệu trưởng", "Cử nhân Toán"),
        ("Nguyễn Thị Kim Loan", "Phó Hiệu trưởng", "Cử nhân Ngữ văn"),
        ("Lê Thị Mai", "Tổ trưởng tổ KHTN", "Thạc sĩ Hóa học"),
        ("Đỗ Thị Bích Vân", "Tổ trưởng tổ Ngữ văn – KHXH", "Cử nhân Ngữ văn"),
        ("Nguyễn Minh Trí", "Tổ trưởng tổ Toán – Tin", "Cử nhân Toán"),
        ("Nguyễn Hoàng Phúc", "Tổng phụ trách Đội", "Cử nhân GDCT"),
    ]
    trs = "".join(
        f"<tr><td>{k}</td><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>"
        for k, (a, b, c) in enumerate(rows, 1)
    )
    inner = _text_object(
        1,
        _p("Ban giám hiệu và tổ trưởng chuyên môn năm học 2026 – 2027:")
        + '<table border="1" style="width: 100%; border-collapse: collapse;"><tbody><tr><td>'
        "<b>STT</b></td><td><b>Họ và tên</b></td><td><b>Chức vụ</b></td><td><b>Trình độ</b></td>"
        f"</tr>{trs}</tbody></table>",
    )
    return static_page(
        title="Cơ cấu tổ chức", crumb="Giới thiệu", inner=inner, current="Giới thiệu"
    )


def _lien_he(request: Request) -> str:
    inner = _text_object(
        1,
        _p("TRƯỜNG THCS PHAN BỘI CHÂU")
        + _p("Địa chỉ: Ấp Tân Thạnh, xã Tân Hòa, tỉnh Đồng Tháp")
        + _p("Điện thoại: 0277 3 841 256")
        + _p("Email: thcsphanboichau.tanhoa@dongthap.edu.vn"),
    ) + (
        '<div id="imPageRow_2" class="imPageRow"><div id="imObjectForm_2">'
        '<form id="imObjectForm_2_form" action="res/imform.php" method="post" '
        'enctype="multipart/form-data"><fieldset class="first"><div><label '
        'for="imObjectForm_2_1">Họ và tên *</label><input type="text" id="imObjectForm_2_1" '
        'name="imObjectForm_2_1" /></div><div><label for="imObjectForm_2_2">Email *</label>'
        '<input type="text" id="imObjectForm_2_2" name="imObjectForm_2_2" /></div><div>'
        '<label for="imObjectForm_2_3">Nội dung *</label><textarea id="imObjectForm_2_3" '
        'name="imObjectForm_2_3"></textarea></div></fieldset><div id="imObjectForm_2_buttonswrap">'
        '<input type="submit" value="Gửi" /><input type="reset" value="Nhập lại" /></div>'
        "</form></div>"
        '<div id="imObjectMap_3"><iframe src="https://maps.google.com/maps?q=THCS+Phan+B%E1%BB'
        '%99i+Ch%C3%A2u+T%C3%A2n+H%C3%B2a&amp;output=embed" width="100%" height="300" '
        'frameborder="0"></iframe></div></div>\n'
    )
    return static_page(title="Liên hệ", crumb="Liên hệ", inner=inner, current="Liên hệ")


_ALBUMS = [
    ("Lễ khai giảng năm học 2026 – 2027", "khai-giang-2026", 4),
    ("Hội giảng chào mừng 20/11", "hoi-giang-2026", 3),
    ("Hội thi vẽ tranh An toàn giao thông", "atgt-2026", 3),
]


def _album(request: Request) -> str:
    parts = []
    for k, (name, folder, n) in enumerate(_ALBUMS, 1):
        thumbs = "".join(
            f'<a href="gallery/{folder}/{i:02d}.jpg" onclick="return x5engine.imShowBox('
            f"{{media:[{{type:'image',url:'gallery/{folder}/{i:02d}.jpg'}}]}}, 0, this);\">"
            f'<img src="gallery/{folder}/{i:02d}_thumb.jpg" width="120" height="90" '
            f'alt="{esc(name)} - ảnh {i}" /></a>'
            for i in range(1, n + 1)
        )
        parts.append(
            f'<div><span class="fs13lh1-5 cf1"><b>{esc(name)}</b></span></div>'
            f'<div id="imObjectGallery_{k}" class="imGallery">{thumbs}</div>'
        )
    parts.append(
        '<div><a href="blog/index.php?id=28" class="imCssLink">Xem bài viết về Lễ khai giảng '
        "&raquo;</a></div>"
    )
    inner = _text_object(1, "".join(parts))
    return static_page(title="Thư viện ảnh", crumb="Tài nguyên", inner=inner, current="Tài nguyên")


def _video(request: Request) -> str:
    vids = [
        ("Văn nghệ chào mừng 20/11/2026", "q3Xk9LmB2aE"),
        ("Phóng sự: Trường THCS Phan Bội Châu 40 năm xây dựng và phát triển", "Hh7Tq2Wc0sA"),
    ]
    inner = _text_object(
        1,
        "".join(
            f'<div><b>{esc(t)}</b></div><div class="imTACenter"><iframe width="560" '
            f'height="315" src="https://www.youtube.com/embed/{v}" frameborder="0" '
            "allowfullscreen></iframe></div>"
            for t, v in vids
        ),
    )
    return static_page(title="Video clip", crumb="Tài nguyên", inner=inner, current="Tài nguyên")


_DOCS = [
    ("Kế hoạch năm học 2026 – 2027", "KH_nam_hoc_2026-2027.pdf", "15/9/2026"),
    ("Quy chế chi tiêu nội bộ năm 2026", "QC_chi_tieu_noi_bo_2026.pdf", "20/01/2026"),
    ("Kế hoạch kiểm tra nội bộ năm học 2026 – 2027", "KH_KTNB_2026-2027.pdf", "28/9/2026"),
    ("Lịch kiểm tra giữa học kỳ I", "Lich_KT_GHKI_2026-2027.pdf", "09/11/2026"),
]


def _van_ban(request: Request) -> str:
    trs = "".join(
        f'<tr><td>{k}</td><td>{esc(name)}</td><td>{day}</td><td><a href="files/{f}" '
        f'target="_blank"><img src="res/file_pdf.png" alt="" /> Tải về</a></td></tr>'
        for k, (name, f, day) in enumerate(_DOCS, 1)
    )
    inner = _text_object(
        1,
        '<table border="1" style="width: 100%; border-collapse: collapse;"><tbody><tr><td>'
        "<b>STT</b></td><td><b>Tên văn bản</b></td><td><b>Ngày ban hành</b></td><td><b>Tệp</b>"
        f"</td></tr>{trs}</tbody></table>",
    )
    return static_page(title="Văn bản", crumb="Tài nguyên", inner=inner, current="Tài nguyên")


def _tkb(request: Request) -> str:
    days = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"]
    subjects = [
        ["Chào cờ", "Toán", "Ngữ văn", "Ngữ văn", "KHTN"],
        ["Toán", "Tiếng Anh", "KHTN", "LS&ĐL", "Tin học"],
        ["GDCD", "Công nghệ", "Toán", "Tiếng Anh", "Ngữ văn"],
        ["KHTN", "LS&ĐL", "Âm nhạc", "GDTC", "Toán"],
        ["Mĩ thuật", "GDTC", "HĐTN", "Toán", "Sinh hoạt"],
    ]
    head = "".join(f"<td><b>{d}</b></td>" for d in days)
    trs = "".join(
        f"<tr><td>Tiết {k}</td>" + "".join(f"<td>{esc(s)}</td>" for s in row) + "</tr>"
        for k, row in enumerate(subjects, 1)
    )
    inner = _text_object(
        1,
        _p("Thời khóa biểu lớp 8A1 – Buổi sáng")
        + '<div class="imTARight"><i><span class="fs10lh1-5">Áp dụng từ ngày 02/11/2026'
        "</span></i></div>"
        + '<table border="1" style="width: 100%; border-collapse: collapse;"><tbody><tr><td>'
        f"</td>{head}</tr>{trs}</tbody></table>"
        + _p("Các lớp khác xem tại bảng tin nhà trường hoặc tải tệp đính kèm.")
        + '<div><a href="files/TKB_HKI_2026-2027_ap_dung_02-11.pdf">TKB_HKI_2026-2027.pdf</a>'
        "</div>",
    )
    return static_page(
        title="Thời khóa biểu", crumb="Tài nguyên", inner=inner, current="Tài nguyên"
    )


def _ke_hoach_nho(request: Request) -> str:
    s = PAGE_STORY
    inner = _text_object(
        1,
        f'<div class="imTACenter"><span class="fs16lh1-5 cf1"><b>{esc(s.title)}</b></span>'
        "</div>"
        f'<div class="imTARight"><i><span class="fs10lh1-5">Ngày đăng: '
        f"{s.opts['printed_date']}</span></i></div>"
        "<div><br></div>" + render_body(s, prefix="", wrap_id="imTextObject_1_body"),
    ) + _text_object(
        2,
        '<div><span class="fs11lh1-5"><b>Các hoạt động khác của Liên đội:</b></span></div>'
        '<ul><li><a href="blog/index.php?id=49">Trao giải Hội thi vẽ tranh “Em yêu an toàn '
        'giao thông” năm 2026</a></li><li><a href="blog/index.php?id=34">Thông báo thành lập '
        "các câu lạc bộ năng khiếu năm học 2026 – 2027</a></li></ul>",
    )
    return static_page(
        title=s.title,
        name="Kế hoạch nhỏ 2026",
        crumb="Công tác Đội",
        inner=inner,
        current="Công tác Đội",
        show_title=False,
    )


def _imsitemap(request: Request) -> str:
    lines = []
    for label, target, children in _MENU:
        if children is None:
            lines.append(f'<li><a href="{esc(target)}">{esc(label)}</a></li>')
        else:
            subs = "".join(f'<li><a href="{esc(t)}">{esc(lb)}</a></li>' for lb, t in children)
            lines.append(f"<li><span>{esc(label)}</span><ul>{subs}</ul></li>")
    inner = f'<div id="imSiteMap"><ul>{"".join(lines)}</ul></div>\n'
    return static_page(title="Sơ đồ trang web", crumb="", inner=inner, current="")


def _imsearch(request: Request) -> str:
    q = unicodedata.normalize("NFC", request.params.get("search", "")).strip().lower()
    hits = [s for s in POSTS if q and q in s.title.lower()] if q else []
    rows = "".join(
        f'<div class="imSearchBlogResult"><h3><a href="blog/index.php?id={s.id}">'
        f"{_title_html(s)}</a></h3><div>{esc(s.opts['teaser'])}</div></div>"
        for s in hits
    )
    inner = (
        f'<div class="imSearchResults"><div>Kết quả tìm kiếm cho “{esc(q)}”: {len(hits)} kết '
        f"quả</div>{rows or '<div>Không tìm thấy kết quả nào.</div>'}</div>\n"
    )
    return static_page(title="Tìm kiếm", crumb="", inner=inner, current="")


STATIC_PAGES = {
    "/gioi-thieu.html": _gioi_thieu,
    "/co-cau-to-chuc.html": _co_cau,
    "/lien-he.html": _lien_he,
    "/album-anh.html": _album,
    "/video.html": _video,
    "/van-ban.html": _van_ban,
    "/thoi-khoa-bieu.html": _tkb,
    PAGE_PATH: _ke_hoach_nho,
    "/imsitemap.html": _imsitemap,
}

# --- the blog ---------------------------------------------------------------------------------


def _details(story: Story) -> str:
    day = story.opts["day"]
    line = (
        f'Đăng bởi<strong> {esc(story.opts["account"])} </strong>trong <a href="index.php?'
        f'category={_cat_param(story.cat)}" target="_blank" rel="nofollow">{esc(story.cat)}'
        f'</a> &middot; <span itemprop="datePublished" content="{day}">{day}</span>'
    )
    tags = _tags(story)
    if tags:
        line += "<br />Tags: " + ",&nbsp;".join(
            f'<a href="index.php?tag={esc(t)}">{esc(t)}</a>' for t in tags
        )
    return f'<div class="imBreadcrumb" style="display: block;">{line}</div>\n'


_ADDTHIS = (
    '<!-- AddThis Button BEGIN --><div class="addthis_toolbox addthis_default_style"><a '
    'class="addthis_button_facebook"></a><a class="addthis_button_zalo"></a><a '
    'class="addthis_button_email"></a><a class="addthis_button_print" title="In bài"></a>'
    '<a class="addthis_button_compact"></a><a class="addthis_counter '
    'addthis_bubble_style"></a></div><script type="text/javascript" '
    'src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-5a1f0c3b2e8d4f77"></script>'
    "<!-- AddThis Button END -->"
)


def _sources(story: Story) -> str:
    items = story.opts.get("sources") or []
    if not items:
        return ""
    lis = "".join(f"\t\t\t<li>{esc(x)}</li>\n" for x in items)
    return (
        '\t<div class="imBlogSources">\n\t\t<b>Nguồn</b>:<br />\n\t\t<ul>\n'
        f"{lis}\t\t</ul>\n\t</div>\n"
    )


def _foo_html(story: Story) -> str:
    others = [s for s in POSTS if s.cat == story.cat and s.id != story.id][:4]
    lis = "".join(
        f'<li><a href="index.php?id={s.id}">{_title_html(s)}</a> <span '
        f'class="fs9lh1-5 cf2">({s.opts["day"]})</span></li>'
        for s in others
    )
    block = f"<div><b>Các tin khác:</b></div><ul>{lis}</ul>" if lis else ""
    return (
        f'<div class="imBlogPostFooHTML">{block}<div class="imTACenter"><span '
        'class="fs9lh1-5 cf2"><i>Mọi ý kiến đóng góp cho website xin gửi về hộp thư: '
        "thcsphanboichau.tanhoa@dongthap.edu.vn</i></span></div></div>\n"
    )


def _comments(story: Story) -> str:
    items = story.opts.get("comments") or []
    rows = "".join(
        f'<div class="imBlogCommentRow"><div class="imBlogCommentName"><b>{esc(name)}</b> '
        f'<span class="imBlogCommentDate">{when}</span></div><div '
        f'class="imBlogCommentBody">{esc(body)}</div></div>'
        for name, when, body in items
    )
    count = f"{len(items)} bình luận" if items else "Chưa có bình luận"
    return (
        '<div class="imBlogPostComments">'
        f'<div class="imBlogCommentsCount">{count}</div>{rows}'
        f'<form id="imBlogCommentForm" action="index.php?id={story.id}" method="post">'
        '<div class="imBlogCommentsFormTitle">Gửi bình luận</div>'
        '<label>Tên *</label><input type="text" name="name" />'
        '<label>Email</label><input type="text" name="email" />'
        '<label>Nội dung *</label><textarea name="body"></textarea>'
        '<input type="hidden" name="post_id" value="' + str(story.id) + '" />'
        '<input type="submit" value="Gửi bình luận" /></form></div>\n'
    )


def _cat_counts() -> dict[str, int]:
    return {c: sum(1 for s in POSTS if s.cat == c) for c in CATS}


def _blog_sidebar() -> str:
    counts = _cat_counts()
    cats = "".join(
        f'<li><a href="index.php?category={_cat_param(c)}">{esc(c)}</a> ({counts[c]})</li>'
        for c in CATS
    )
    last = "".join(
        f'<li><a href="index.php?id={s.id}">{_title_html(s)}</a><br /><span '
        f'class="imBlogBlockDate">{s.opts["day"]}</span></li>'
        for s in POSTS[:5]
    )
    tag_names: list[str] = []
    for s in POSTS:
        for t in _tags(s):
            if t not in tag_names:
                tag_names.append(t)
    cloud = " ".join(
        f'<a href="index.php?tag={esc(t)}" class="imCssLink" style="font-size: 1.{k}em;">'
        f"{esc(t)}</a>"
        for k, t in enumerate(tag_names, 1)
    )
    return (
        '<div id="imBlogSideBar">'
        '<div class="imBlogBlock" id="imBlogBlock0"><div class="imBlogBlockTitle">Tìm kiếm'
        '</div><div class="imBlogBlockContent"><form id="imBlogSearch" method="get" '
        'action="index.php"><input type="text" name="search" value="" /><input '
        'type="submit" value="Tìm" /></form></div></div>'
        '<div class="imBlogBlock" id="imBlogBlock1"><div class="imBlogBlockTitle">Chuyên mục'
        f'</div><div class="imBlogBlockContent"><ul>{cats}</ul></div></div>'
        '<div class="imBlogBlock" id="imBlogBlock2"><div class="imBlogBlockTitle">Bài viết '
        f'mới</div><div class="imBlogBlockContent"><ul>{last}</ul></div></div>'
        '<div class="imBlogBlock" id="imBlogBlock3"><div class="imBlogBlockTitle">Thẻ</div>'
        f'<div class="imBlogBlockContent"><div class="imBlogCloud">{cloud}</div></div></div>'
        "</div>\n"
    )


def _blog_page(request: Request, title: str, inner: str, *, extra: str = "", desc: str = "") -> str:
    content = (
        '<div id="imBlog">\n<div id="imBlogContent">\n'
        + inner
        + "</div>\n"
        + _blog_sidebar()
        + '<div class="imClear"></div>\n</div>\n'
    )
    return page(
        prefix="../",
        title=f"{title} - {SITE}",
        h1=f"{title} - Tin tức - {SITE}",
        content=content,
        current="Tin tức",
        extra_head=extra,
        description=desc or "Tin tức - Trường THCS Phan Bội Châu",
    )


def _post_page(request: Request, story: Story) -> str:
    base = base_url(request)
    canonical = f"{base}/blog/?id={story.id}"
    extra = (
        f'<link rel="canonical" href="{canonical}" />\n'
        f'\t\t<meta property="og:type" content="article" />\n'
        f'\t\t<meta property="og:title" content="{_title_html(story)}" />\n'
        f'\t\t<meta property="og:url" content="{canonical}" />\n'
        f'\t\t<meta property="og:description" content="{esc(story.opts["teaser"])}" />\n'
        f'\t\t<meta property="og:image" content="{base}/blog/{story.opts["thumb"]}" />'
    )
    inner = (
        f'<h2 id="imPgTitle" style="display: block;">{_title_html(story)}</h2>\n'
        + _details(story)
        + '<div class="imBlogPostBody">\n'
        + render_body(story)
        + "\n"
        + _sources(story)
        + "<br />"
        + _ADDTHIS
        + "<br /><br /></div>\n"
        + _foo_html(story)
        + _comments(story)
    )
    shown = unicodedata.normalize("NFD", story.title) if story.opts.get("nfd") else story.title
    return _blog_page(request, shown, inner, extra=extra, desc=story.opts["teaser"])


def _card(story: Story, full: bool) -> str:
    out = f'<h2 id="imPgTitle" style="display: block;">{_title_html(story)}</h2>\n' + _details(
        story
    )
    if full:
        out += '<div class="imBlogPostBody">\n' + render_body(story) + "\n<br /><br /></div>\n"
    else:
        out += (
            f'<div class="imBlogPostSummary"><img class="imBlogPostThumb" '
            f'src="{story.opts["thumb"]}" width="120" height="90" alt="" style="float: '
            f'left; margin-right: 8px;" />{esc(story.opts["teaser"])}</div>\n'
        )
    out += (
        f'<div class="imBlogPostRead"><a class="imCssLink" href="index.php?id={story.id}">'
        'Đọc tiếp &raquo;</a></div>\n<div class="imBlogSeparator"></div>\n'
    )
    return out


def _paginate(baseurl: str, start: int, length: int, count: int) -> str:
    pages = -(-count // length)
    if pages < 2:
        return ""
    current = start // length + 1
    out = ['<div class="imBlogPagination">']
    if start > 0:
        out.append(
            f'<a href="{baseurl}start={max(start - length, 0)}&length={length}" '
            'class="imCssLink">&lt;&lt; Bài mới hơn</a>'
        )
    for i in range(1, pages + 1):
        cls = 'class="imBlogPaginationCurrent" ' if i == current else ""
        out.append(f'<a {cls}href="{baseurl}start={length * (i - 1)}&length={length}">{i}</a>')
    if count > start + length:
        out.append(
            f'<a href="{baseurl}start={start + length}&length={length}" class="imCssLink">'
            "Bài cũ hơn &gt;&gt;</a>"
        )
    out.append("</div>\n")
    return "".join(out)


def _listing(
    request: Request,
    posts: list[Story],
    heading: str,
    baseurl: str,
    *,
    firstshown: bool = False,
    canonical: str = "",
) -> str:
    params = request.params
    try:
        start = max(int(params.get("start", "0")), 0)
    except ValueError:
        start = 0
    try:
        length = min(max(int(params.get("length", str(PAGE_LEN))), 1), 20)
    except ValueError:
        length = PAGE_LEN
    chunk = posts[start : start + length]
    cards = "".join(
        _card(s, full=firstshown and start == 0 and k == 0) for k, s in enumerate(chunk)
    )
    if not chunk:
        cards = '<div class="imBlogEmpty">Không có bài viết nào.</div>\n'
    inner = (
        (f'<div class="imBlogTitle">{esc(heading)}</div>\n' if heading else "")
        + cards
        + _paginate(baseurl, start, length, len(posts))
    )
    extra = ""
    base = base_url(request)
    if canonical and start == 0:
        extra += f'<link rel="canonical" href="{base}{canonical}" />\n'
    if start + length < len(posts):
        extra += (
            f'\t\t<link rel="next" href="{base}/blog/{baseurl}start={start + length}'
            f'&length={length}" />\n'
        )
    title = heading or "Tin tức"
    return _blog_page(request, title, inner, extra=extra)


def _feed(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in POSTS[:10]:
        d, m, y = (int(x) for x in s.opts["day"].split("/"))
        # local midnight, written in GMT: the day before at 17:00
        prev = _day_before(y, m, d)
        pub = f"{prev} 17:00:00 GMT"
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{base}/blog/?id={s.id}</link>"
            f"<description>{esc(s.opts['teaser'])}</description><category>{esc(s.cat)}"
            f'</category><pubDate>{pub}</pubDate><guid isPermaLink="false">{s.id}</guid></item>'
        )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Tin tức - {SITE}</title><link>{base}/blog/</link><description>Tin tức - "
        f"{SITE}</description><language>vi</language>{''.join(items)}</channel></rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _day_before(y: int, m: int, d: int) -> str:
    day = _dt.date(y, m, d) - _dt.timedelta(days=1)
    return f"{_WEEKDAYS[day.weekday()]}, {day.day:02d} {_MONTHS[day.month - 1]} {day.year}"


def _blog(request: Request) -> Response | None:
    params = request.params
    if "id" in params:
        try:
            story = BY_ID.get(int(params["id"]))
        except ValueError:
            story = None
        if story is None:
            return redirect("index.php")
        return html(_post_page(request, story))
    if "category" in params:
        key = _norm_key(params["category"])
        cat = next((c for c in CATS if c == key), None)
        if cat is None:
            return redirect("index.php")
        posts = [s for s in POSTS if s.cat == cat]
        return html(
            _listing(
                request,
                posts,
                cat,
                f"index.php?category={_cat_param(cat)}&",
            )
        )
    if "tag" in params:
        tag = _norm_key(params["tag"])
        posts = [s for s in POSTS if tag in _tags(s)]
        if not posts:
            return redirect("index.php")
        return html(
            _listing(request, posts, f"Thẻ: {tag}", f"index.php?tag={quote(tag, safe='')}&")
        )
    if "search" in params:
        q = unicodedata.normalize("NFC", params["search"]).strip().lower()
        posts = [s for s in POSTS if q and q in s.title.lower()]
        return html(
            _listing(request, posts, f"Tìm kiếm: {q}", f"index.php?search={quote(q, safe='')}&")
        )
    return html(_listing(request, POSTS, "", "index.php?", firstshown=True, canonical="/blog/"))


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    paths = ["/index.html", "/blog/", *[p for p in STATIC_PAGES if p != "/imsitemap.html"]]
    urls = "".join(f"<url><loc>{base}{p}</loc><changefreq>weekly</changefreq></url>" for p in paths)
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset '
        f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
    )
    return Response(200, body, {"Content-Type": "application/xml"})


class WebsiteX5Site:
    """The site: Apache serving the builder's files and its PHP blog."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.html"):
            return html(_home(request))
        if path in STATIC_PAGES:
            return html(STATIC_PAGES[path](request))
        if path == "/blog":
            return redirect("/blog/", status=301)
        if path in ("/blog/", "/blog/index.php"):
            return _blog(request)
        if path == "/blog/x5feed.php":
            return _feed(request)
        if path == "/imsearch.php":
            return html(_imsearch(request))
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path.startswith("/files/") and path.lower().endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if re.search(r"\.(jpe?g|png|gif|ico|css|js)$", path, re.I):
            return static_file(path)
        return None


def build_site() -> WebsiteX5Site:
    return WebsiteX5Site()


# --- gold -------------------------------------------------------------------------------------


def _post_gold(story: Story) -> dict:
    alts = [f"/blog/?id={story.id}"]
    if story.id == 43:
        alts.append(f"/blog/?id=43&fbclid={FBCLID}")
    return gold_record(
        story,
        f"/blog/index.php?id={story.id}",
        story.cat,
        canonical_path=f"/blog/?id={story.id}",
        alt_paths=alts,
    )


GOLD = [*(_post_gold(s) for s in POSTS), gold_record(PAGE_STORY, PAGE_PATH, "Công tác Đội")]

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/co-cau-to-chuc.html",
    "/lien-he.html",
    "/album-anh.html",
    "/video.html",
    "/van-ban.html",
    "/thoi-khoa-bieu.html",
]

#: for the self-check: every story with its gold record
STORIES = [*POSTS, PAGE_STORY]
