"""Sở GD&ĐT Hà Tĩnh on mojoPortal 2.7: the Blog feature for news and notices, HTML pages aside.

Platform imitated
-----------------
mojoPortal 2.7 (ASP.NET WebForms CMS in C#). Every page is one ``<form id="aspnetForm">`` with
``__VIEWSTATE``/``__VIEWSTATEGENERATOR``; the skin is derived from "artisteer-*" (``div.art-sheet``,
``div.art-content-layout``, ``div.art-nav`` holding the superfish ``ul.sf-menu``). CMS pages have
friendly URLs (``/home.aspx``, ``/tin-tuc.aspx``, ``/thong-bao.aspx``, ``/gioi-thieu.aspx``…);
two of them hold a Blog module instance:

* "Tin tức": page ``pageid=5``, module ``mid=12``; list at ``/tin-tuc.aspx``, 4 posts a page,
  mojoPortal's pager ``/tin-tuc.aspx?pagenumber=2`` (the numbered links) and the same list page at
  the raw address ``/Blog/ViewList.aspx?pageid=5&mid=12&pagenumber=2`` (the pager's "Trang sau"
  link, and the "Xem tất cả" link of the home page's module). 9 posts: pages 1, 2, 3.
* "Thông báo": page ``pageid=6``, module ``mid=14``; list at ``/thong-bao.aspx``. This instance is
  set to show the 3 newest posts and *no pager* (a real Blog setting): the fourth and older notice
  is reachable only from its archive month, its category list, the RSS and the neighbour links.

Blog addresses (mojoPortal's own):

* a post at its friendly URL ``/tin-tuc/<slug>.aspx`` (``/thong-bao/<slug>.aspx``), and the very
  same post at ``/Blog/ViewPost.aspx?pageid=5&mid=12&ItemID=251``. The raw form is linked from the
  "Bài mới" side module (``div.blogrecent``) and from the RSS; both print
  ``<link rel="canonical" href="…/tin-tuc/<slug>.aspx">``: gold ``path`` and ``canonical_path`` are
  the friendly URL, the raw one is the ``alt_paths`` twin.
* categories ``/Blog/ViewCategory.aspx?cat=7&mid=12&pageid=5`` (cloud with counts in the side
  column), month archives ``/Blog/ViewArchive.aspx?month=11&year=2026&mid=12&pageid=5`` (side
  list "Tháng 11 2026 (4)", back to 2014), RSS ``/Blog/RSS.aspx?p=5~12~-1`` (``p=6~14~-1``).
* "Sửa" edit links ``/Blog/EditPost.aspx?pageid=5&mid=12&ItemID=251`` printed beside every post
  (the skin leaves them in for anonymous visitors): 302 to
  ``/Secure/Login.aspx?returnurl=%2fBlog%2fEditPost.aspx…``; the login page and
  ``/Secure/Register.aspx`` are forms. No print view (mojoPortal has none).
* ``/`` and ``/Default.aspx`` answer 302 to ``/home.aspx``.

Page kinds
----------
Home (both blog modules' newest posts as ``div.blogitem`` teasers), blog list pages (title link
``h3.blogtitle a``, ``div.blogdate``, teaser = first paragraphs, "Đọc thêm..."), category and
archive lists (same items), post views, three HTML-module pages (Giới thiệu, Cơ cấu tổ chức, Liên
hệ) and a "Lịch công tác" HTML page, the RSS, login/register.

Post view: breadcrumbs ``<div class="breadcrumbs"><a class="unselectedcrumb">Trang chủ</a> &gt;
<a class="selectedcrumb">Tin tức</a></div>``; ``<div class="blogwrapper">`` with
``<h2 class="blogitemtitle moduletitle">`` (the title), ``<div class="blogdate">Đăng lúc 24/11/2026
14:15 bởi <a>quantri</a></div>``, ``<div class="blogtext">`` (the text as the editor stored it),
``<div class="bpostfooter">`` ("Chuyên mục: <a>…</a>", "Chia sẻ", "Bình luận (0)"), then
``div.blognavright`` "Bài trước | Bài kế tiếp" and the comment form ("Gửi bình luận").
Side column: "Bài mới", "Lưu trữ" (months with counts), "Chuyên mục" (cloud with counts);
left column: links to schools and the visitor counter ("Số người online: 12 / Tổng lượt truy cập:
1.234.567"); header "Hôm nay: <TODAY>", search box; footer address and "Powered by mojoPortal".

Gold articles and how each is reached
-------------------------------------
Tin tức (page 1: 251, 248, 245, 241; page 2: 236, 230, 221, 203; page 3: 12 from 2014):

* 251 Hội nghị triển khai nhiệm vụ giáo dục trung học — two photos, captions "Ảnh: …" lines.
* 248 Báo cáo kết quả thi HSG tỉnh lớp 12 — long report, sections and a table.
* 245 Gặp mặt nhà giáo tiêu biểu 20/11 — bold lead, "Tin, ảnh: Nguyễn Thu Trang".
* 241 Công văn an toàn trường học mùa mưa lũ — directive with a signature block.
* 236 Năm trường đạt chuẩn quốc gia — "Nguồn: Báo Hà Tĩnh điện tử".
* 230 Tập huấn chuyển đổi số — signed "Văn phòng Sở"; one caption printed without "Ảnh:".
* 221 Khai giảng năm học 2026-2027 — three photos, one paragraph stored decomposed (NFD),
  "Bài: Phan Thị Mai - Ảnh: Hoàng Đức Anh, Lê Văn Bình".
* 203 Kỳ thi tốt nghiệp THPT 2026 — table of figures, signed "Phòng GDTrH".
* 12 (2014) Khai giảng năm học 2014-2015 — old FCKeditor text with entity references, no byline;
  only on list page 3, archive 9/2014 and its category.

Thông báo (list shows 250, 247, 239; 226 only via archive 9/2026 of mid 14, category 16, RSS,
"Bài trước" of 239):

* 250 lịch tiếp công dân — a two-line notice, no byline.
* 247 hội thi giáo viên dạy giỏi THCS — "Tải về: CV-1234-SGDDT.pdf", signed "Phòng GDTrH".
* 239 tuyển dụng viên chức — list items, a table, "Tải về: TB-56-SGDDT.pdf", "Phòng Tổ chức cán bộ".
* 226 kết quả xét thăng hạng — short, no byline.

Traps
-----
Raw and friendly twins of every post (one record each, canonical to the friendly URL); list pages
in two pager forms (friendly ``?pagenumber=N`` and raw ViewList.aspx); edit links that 302 to the
login form; category and archive lists (listings, not articles); the RSS; the posted-by account
in ``div.blogdate`` (a login name); "Bài mới" and neighbour links everywhere; the directive's
signature block; "Tải về:" attachment lines; the header's today's date.

Gold decisions
--------------
* title: the ``h2.blogitemtitle`` text without the "Sửa" edit link mojoPortal prints inside the
  heading (the ``<title>`` is "<post> - Sở GD&ĐT Hà Tĩnh").
* published_at: ``div.blogdate`` "Đăng lúc dd/mm/yyyy HH:MM", local time +07:00.
* authors: the byline at the end of the text. "bởi quantri/bientap/vp.sogd/admin" is the account
  that posted it and credits nobody. "Tin: X - Ảnh: Y" (or "Bài: X - Ảnh: Y, W") → author X,
  photographer(s) Y (W); "Tin, ảnh: Z"
  → both; a unit signing alone ("Văn phòng Sở", "Phòng GDTrH", "Phòng KT&KĐCLGD", "Phòng Tổ
  chức cán bộ") is the
  author as printed. The directive (241) ends with "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / (Đã ký) /
  Nguyễn Văn Thắng": the signer is the one who signs, i.e. the author of the document the post
  reproduces; authors = ["Nguyễn Văn Thắng"], and the four signature lines are a byline, not body.
* source: "Nguồn: Báo Hà Tĩnh điện tử" → "Báo Hà Tĩnh điện tử" (the line is not body).
* summary: only where the editor set a bold lead paragraph (245, 221, 248); it is the body's first
  paragraph. Other posts have none (None).
* body: the blogtext paragraphs, section headings, list items, table rows (cells " | "). Not in
  body: caption lines, bylines, source line, signature block, "Tải về: …pdf" lines.
* images: the photos in the text in order (``/Data/Sites/1/media/…``); caption = the centred line
  under the photo without its "Ảnh:" label ("Ảnh: Đồng chí … phát biểu" → "Đồng chí … phát
  biểu": the label says "photo", it names nobody); no skin logo, no RSS icon.
* category: the breadcrumb's last item, i.e. the CMS page holding the blog ("Tin tức" or
  "Thông báo"). The bpostfooter's "Chuyên mục" links are the blog's tags: a post may carry two
  of them (251: "Tin hoạt động", "Giáo dục trung học"), so they do not name one category.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "mojoportal_sgddt"
PLATFORM = "mojoPortal 2.7 (ASP.NET WebForms) Blog, artisteer skin"
START_PATH = "/"

SITE_TITLE = "Sở GD&ĐT Hà Tĩnh"
SKIN = "/Data/skins/artisteer-hatinh"
MEDIA = "/Data/Sites/1/media"


@dataclass(frozen=True)
class Blog:
    """One Blog module instance on a CMS page."""

    key: str
    name: str  # the CMS page's name, the breadcrumb's last item
    page_url: str  # friendly URL of the CMS page
    pageid: int
    mid: int
    page_size: int
    pager: bool
    categories: dict[int, str]


TIN = Blog(
    "tin",
    "Tin tức",
    "/tin-tuc.aspx",
    5,
    12,
    4,
    True,
    {7: "Tin hoạt động", 8: "Giáo dục trung học", 9: "Khảo thí", 10: "Chỉ đạo điều hành"},
)
TB = Blog(
    "tb",
    "Thông báo",
    "/thong-bao.aspx",
    6,
    14,
    3,
    False,
    {15: "Thông báo chung", 16: "Tổ chức cán bộ"},
)
BLOGS = {b.key: b for b in (TIN, TB)}


def byline(line: str) -> Raw:
    """The editor's right-aligned bold line at the end of a post."""
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


def italic_right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><em>{esc(line)}</em></p>')


def download(name: str) -> Raw:
    return Raw(f'<p>Tải về: <a href="{MEDIA}/vanban/{name}" target="_blank">{esc(name)}</a></p>')


def img(name: str, printed: str | None, caption: str | None, style: str = "anh") -> Img:
    return Img(f"{MEDIA}/tin-tuc/{name}", printed, caption, style)


# --- the posts: "Tin tức" (mid 12) -------------------------------------------------------------

POSTS: list[Story] = [
    Story(
        251,
        "hoi-nghi-trien-khai-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027",
        "Hội nghị triển khai nhiệm vụ giáo dục trung học năm học 2026-2027",
        "Tin tức",
        "2026-11-24T14:15:00+07:00",
        [
            P(
                "Sáng 23/11, Sở GD&ĐT tổ chức hội nghị triển khai nhiệm vụ giáo dục trung học "
                "năm học 2026-2027. Dự hội nghị có lãnh đạo Sở, trưởng phòng GD&ĐT các huyện, "
                "thị xã, thành phố và hiệu trưởng các trường THPT trên địa bàn tỉnh."
            ),
            img(
                "2026/11/hn-gdtrh-1.jpg",
                "Ảnh: Đồng chí Nguyễn Văn Thắng, Phó Giám đốc Sở phát biểu tại hội nghị",
                "Đồng chí Nguyễn Văn Thắng, Phó Giám đốc Sở phát biểu tại hội nghị",
            ),
            P(
                "Năm học 2025-2026, giáo dục trung học toàn tỉnh tiếp tục đạt nhiều kết quả "
                "nổi bật: tỷ lệ tốt nghiệp THPT đạt 99,12%; đội tuyển học sinh giỏi quốc gia "
                "đoạt 62 giải, trong đó có 4 giải Nhất."
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Phó Giám đốc Sở đề nghị các đơn vị tập trung đổi "
                "mới phương pháp dạy học, kiểm tra đánh giá theo hướng phát triển phẩm chất, "
                "năng lực; đẩy mạnh chuyển đổi số và nâng cao chất lượng giáo dục mũi nhọn."
            ),
            img(
                "2026/11/hn-gdtrh-2.jpg",
                "Ảnh: Quang cảnh hội nghị",
                "Quang cảnh hội nghị",
            ),
            P(
                "Tại hội nghị, các đại biểu đã thảo luận, chia sẻ kinh nghiệm về tổ chức dạy "
                "học môn chuyên đề lựa chọn và công tác tư vấn hướng nghiệp cho học sinh lớp 12."
            ),
            byline("Tin: Lê Thị Hằng - Ảnh: Trần Minh Quang"),
        ],
        authors=["Lê Thị Hằng"],
        photographers=["Trần Minh Quang"],
        opts={"blog": "tin", "posted": "24/11/2026 14:15", "account": "bientap", "cats": [7, 8]},
    ),
    Story(
        248,
        "bao-cao-ket-qua-ky-thi-chon-hoc-sinh-gioi-tinh-lop-12",
        "Báo cáo kết quả kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026-2027",
        "Tin tức",
        "2026-11-20T08:30:00+07:00",
        [
            P(
                "Kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026-2027 được tổ chức an toàn, "
                "nghiêm túc, đúng quy chế; kết quả là căn cứ để thành lập đội tuyển dự thi "
                "quốc gia.",
                "lead",
            ),
            P("I. KẾT QUẢ TỔ CHỨC KỲ THI", "h"),
            P("1. Công tác chuẩn bị", "h"),
            P(
                "Sở ban hành kế hoạch tổ chức kỳ thi từ ngày 15/9/2026; thành lập Hội đồng thi "
                "với 2 điểm thi đặt tại Trường THPT chuyên Hà Tĩnh và Trường THPT Phan Đình Phùng."
            ),
            P("2. Số lượng thí sinh dự thi", "h"),
            P(
                "Tổng số thí sinh đăng ký dự thi là 1.684 em, có mặt 1.679 em, vắng 5 em; không "
                "có thí sinh vi phạm quy chế thi."
            ),
            P("II. KẾT QUẢ XẾP GIẢI", "h"),
            P("Môn | Dự thi | Nhất | Nhì | Ba | Khuyến khích", "th"),
            P("Toán | 142 | 3 | 11 | 24 | 30", "tr"),
            P("Ngữ văn | 156 | 2 | 13 | 27 | 35", "tr"),
            P("Tiếng Anh | 171 | 4 | 15 | 29 | 38", "tr"),
            P("Vật lí | 128 | 2 | 9 | 21 | 27", "tr"),
            P("Cộng | 597 | 11 | 48 | 101 | 130", "tr"),
            P("III. ĐÁNH GIÁ CHUNG", "h"),
            P(
                "Chất lượng giải năm nay tăng so với năm học trước, tỷ lệ thí sinh đạt giải "
                "đạt 48,6%. Một số đơn vị có nhiều tiến bộ như THPT Nghèn, THPT Hồng Lĩnh."
            ),
            P(
                "Sở yêu cầu các đơn vị rà soát, đánh giá công tác bồi dưỡng, chuẩn bị tốt cho "
                "kỳ thi chọn học sinh giỏi quốc gia năm 2027."
            ),
            byline("Phòng KT&KĐCLGD"),
        ],
        authors=["Phòng KT&KĐCLGD"],
        summary=(
            "Kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026-2027 được tổ chức an toàn, "
            "nghiêm túc, đúng quy chế; kết quả là căn cứ để thành lập đội tuyển dự thi quốc gia."
        ),
        opts={"blog": "tin", "posted": "20/11/2026 08:30", "account": "quantri", "cats": [9]},
    ),
    Story(
        245,
        "so-gd-dt-gap-mat-nha-giao-tieu-bieu-nhan-ngay-20-11",
        "Sở GD&ĐT gặp mặt nhà giáo tiêu biểu nhân Ngày Nhà giáo Việt Nam 20/11",
        "Tin tức",
        "2026-11-18T16:40:00+07:00",
        [
            P(
                "Chiều 18/11, Sở GD&ĐT tổ chức gặp mặt 44 nhà giáo tiêu biểu nhân kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026).",
                "lead",
            ),
            P(
                "Các nhà giáo được biểu dương là những thầy cô có nhiều đóng góp trong công tác "
                "giảng dạy, bồi dưỡng học sinh giỏi và đổi mới sáng tạo trong quản lý, giáo dục."
            ),
            img(
                "2026/11/gap-mat-20-11.jpg",
                "Ảnh: Lãnh đạo Sở tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "Lãnh đạo Sở tặng hoa chúc mừng các nhà giáo tiêu biểu",
            ),
            P(
                "Thay mặt ngành, Giám đốc Sở ghi nhận, biểu dương những cống hiến thầm lặng của "
                "đội ngũ nhà giáo và mong các thầy cô tiếp tục giữ vững phẩm chất, nâng cao năng "
                "lực nghề nghiệp."
            ),
            byline("Tin, ảnh: Nguyễn Thu Trang"),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Nguyễn Thu Trang"],
        summary=(
            "Chiều 18/11, Sở GD&ĐT tổ chức gặp mặt 44 nhà giáo tiêu biểu nhân kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        opts={"blog": "tin", "posted": "18/11/2026 16:40", "account": "bientap", "cats": [7]},
    ),
    Story(
        241,
        "cong-van-tang-cuong-dam-bao-an-toan-truong-hoc-mua-mua-lu",
        "Công văn về việc tăng cường đảm bảo an toàn trường học trong mùa mưa lũ năm 2026",
        "Tin tức",
        "2026-11-12T09:05:00+07:00",
        [
            P(
                "Thực hiện Công điện số 12/CĐ-UBND ngày 10/11/2026 của UBND tỉnh về việc chủ động "
                "ứng phó với mưa lũ, Sở GD&ĐT yêu cầu thủ trưởng các đơn vị thực hiện tốt các "
                "nội dung sau:"
            ),
            P(
                "1. Theo dõi chặt chẽ diễn biến thời tiết; chủ động cho học sinh nghỉ học khi "
                "có mưa lũ lớn, báo cáo về Sở (qua Văn phòng) trước 16 giờ cùng ngày."
            ),
            P(
                "2. Kiểm tra, gia cố phòng học, nhà công vụ, tường rào; di chuyển tài sản, thiết "
                "bị dạy học, hồ sơ đến nơi an toàn."
            ),
            P(
                "3. Tuyên truyền để học sinh không bơi lội, đi qua ngầm tràn, khu vực nước chảy "
                "xiết; phân công trực 24/24 giờ trong những ngày mưa lũ."
            ),
            P(
                "4. Sau mưa lũ, khẩn trương vệ sinh, khắc phục trường lớp, đảm bảo điều kiện để "
                "học sinh trở lại trường sớm nhất."
            ),
            P("Yêu cầu thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./."),
            Raw(
                '<p style="text-align: right;"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</strong></p>'
                '\n<p style="text-align: right;"><em>(Đã ký)</em></p>'
                '\n<p style="text-align: right;"><strong>Nguyễn Văn Thắng</strong></p>'
            ),
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={"blog": "tin", "posted": "12/11/2026 09:05", "account": "vp.sogd", "cats": [10]},
    ),
    Story(
        236,
        "ha-tinh-co-them-5-truong-dat-chuan-quoc-gia",
        "Hà Tĩnh có thêm 5 trường đạt chuẩn quốc gia",
        "Tin tức",
        "2026-10-30T10:20:00+07:00",
        [
            P(
                "UBND tỉnh vừa ban hành quyết định công nhận 5 trường đạt chuẩn quốc gia mức độ 1 "
                "và mức độ 2, nâng tổng số trường đạt chuẩn toàn tỉnh lên 672 trường, đạt 92,4%."
            ),
            img("2026/10/truong-chuan.jpg", None, None, "none"),
            P(
                "Các trường được công nhận lần này gồm: Trường Mầm non Thạch Trung, Trường Tiểu "
                "học Cẩm Bình, Trường THCS Xuân Diệu, Trường THCS Kỳ Tân và Trường THPT Lê Quảng Chí."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Hà Tĩnh điện tử</em></p>'),
        ],
        source="Báo Hà Tĩnh điện tử",
        opts={"blog": "tin", "posted": "30/10/2026 10:20", "account": "quantri", "cats": [7]},
    ),
    Story(
        230,
        "tap-huan-chuyen-doi-so-trong-quan-ly-giao-duc",
        "Tập huấn chuyển đổi số trong quản lý giáo dục cho cán bộ quản lý các trường",
        "Tin tức",
        "2026-10-15T15:00:00+07:00",
        [
            P(
                "Từ ngày 13 đến 15/10/2026, Sở GD&ĐT tổ chức tập huấn chuyển đổi số trong quản lý "
                "giáo dục cho hơn 300 cán bộ quản lý các trường THPT, trung tâm GDNN-GDTX."
            ),
            P(
                "Học viên được hướng dẫn sử dụng hệ thống cơ sở dữ liệu ngành, học bạ số, hồ sơ "
                "điện tử và chữ ký số trong quản lý nhà trường."
            ),
            img(
                "2026/10/tap-huan-cds.jpg",
                "Giảng viên hướng dẫn học viên thực hành trên hệ thống học bạ số",
                "Giảng viên hướng dẫn học viên thực hành trên hệ thống học bạ số",
                "plain",
            ),
            byline("Văn phòng Sở"),
        ],
        authors=["Văn phòng Sở"],
        opts={"blog": "tin", "posted": "15/10/2026 15:00", "account": "vp.sogd", "cats": [7]},
    ),
    Story(
        221,
        "toan-tinh-tung-bung-khai-giang-nam-hoc-moi-2026-2027",
        "Toàn tỉnh tưng bừng khai giảng năm học mới 2026-2027",
        "Tin tức",
        "2026-09-05T07:45:00+07:00",
        [
            P(
                "Sáng 5/9, hơn 330.000 học sinh các cấp học trên địa bàn tỉnh Hà Tĩnh hân hoan "
                "bước vào năm học mới 2026-2027.",
                "lead",
            ),
            img(
                "2026/09/khai-giang-1.jpg",
                "Ảnh: Học sinh Trường Tiểu học Thạch Linh trong ngày khai trường",
                "Học sinh Trường Tiểu học Thạch Linh trong ngày khai trường",
            ),
            P(
                "Đồng chí Bí thư Tỉnh ủy dự lễ khai giảng tại Trường THPT chuyên Hà Tĩnh, đánh "
                "trống khai trường và trao học bổng cho các học sinh có hoàn cảnh khó khăn.",
                "nfd",
            ),
            img(
                "2026/09/khai-giang-2.jpg",
                "Ảnh: Đồng chí Bí thư Tỉnh ủy đánh trống khai giảng",
                "Đồng chí Bí thư Tỉnh ủy đánh trống khai giảng",
            ),
            P(
                "Năm học này, toàn tỉnh có 1.043 cơ sở giáo dục với gần 16.000 cán bộ, giáo viên, "
                "nhân viên; ngành tiếp tục thực hiện Chương trình giáo dục phổ thông 2018 ở tất "
                "cả các khối lớp."
            ),
            img(
                "2026/09/khai-giang-3.jpg",
                "Ảnh: Các em học sinh lớp 1 Trường Tiểu học Hương Sơn",
                "Các em học sinh lớp 1 Trường Tiểu học Hương Sơn",
            ),
            P(
                "Cùng ngày, lãnh đạo Sở chia thành các đoàn dự lễ khai giảng và thăm, tặng quà "
                "tại các trường vùng khó khăn của huyện Hương Khê, Vũ Quang."
            ),
            byline("Bài: Phan Thị Mai - Ảnh: Hoàng Đức Anh, Lê Văn Bình"),
        ],
        authors=["Phan Thị Mai"],
        photographers=["Hoàng Đức Anh", "Lê Văn Bình"],
        summary=(
            "Sáng 5/9, hơn 330.000 học sinh các cấp học trên địa bàn tỉnh Hà Tĩnh hân hoan bước "
            "vào năm học mới 2026-2027."
        ),
        opts={"blog": "tin", "posted": "05/09/2026 07:45", "account": "bientap", "cats": [7]},
    ),
    Story(
        203,
        "ky-thi-tot-nghiep-thpt-nam-2026-tai-ha-tinh-dien-ra-an-toan",
        "Kỳ thi tốt nghiệp THPT năm 2026 tại Hà Tĩnh diễn ra an toàn, nghiêm túc",
        "Tin tức",
        "2026-06-28T17:10:00+07:00",
        [
            P(
                "Kỳ thi tốt nghiệp THPT năm 2026 tại Hà Tĩnh đã kết thúc chiều 27/6 với 4 buổi "
                "thi; công tác coi thi được thực hiện nghiêm túc, đúng quy chế."
            ),
            P("Số liệu thí sinh dự thi theo bài thi:"),
            P("Bài thi | Đăng ký | Dự thi | Tỷ lệ", "th"),
            P("Ngữ văn | 18.912 | 18.897 | 99,92%", "tr"),
            P("Toán | 18.912 | 18.901 | 99,94%", "tr"),
            P("Ngoại ngữ | 9.406 | 9.389 | 99,82%", "tr"),
            P("Tổ hợp | 18.744 | 18.722 | 99,88%", "tr"),
            P(
                "Toàn tỉnh có 42 điểm thi với 1.236 cán bộ, giáo viên tham gia coi thi; không "
                "có thí sinh bị đình chỉ thi."
            ),
            byline("Phòng GDTrH"),
        ],
        authors=["Phòng GDTrH"],
        opts={"blog": "tin", "posted": "28/06/2026 17:10", "account": "quantri", "cats": [9, 8]},
    ),
    Story(
        12,
        "ha-tinh-to-chuc-le-khai-giang-nam-hoc-2014-2015",
        "Hà Tĩnh tổ chức lễ khai giảng năm học 2014-2015",
        "Tin tức",
        "2014-09-05T16:20:00+07:00",
        [
            P(
                "Sáng 5/9/2014, các trường học trên địa bàn tỉnh đồng loạt tổ chức lễ khai giảng "
                "năm học 2014-2015.",
                "ent",
            ),
            P(
                "Lễ khai giảng được tổ chức trang trọng, tiết kiệm; nhiều trường lồng ghép "
                "tuyên truyền an toàn giao thông cho học sinh.",
                "ent",
            ),
        ],
        opts={"blog": "tin", "posted": "05/09/2014 16:20", "account": "admin", "cats": [7]},
    ),
]

# --- "Thông báo" (mid 14) ----------------------------------------------------------------------

POSTS += [
    Story(
        250,
        "thong-bao-lich-tiep-cong-dan-thang-12-2026",
        "Thông báo lịch tiếp công dân tháng 12/2026",
        "Thông báo",
        "2026-11-23T16:00:00+07:00",
        [
            P(
                "Giám đốc Sở GD&ĐT tiếp công dân định kỳ vào sáng thứ Năm các ngày 03/12 và "
                "17/12/2026 tại Phòng tiếp công dân, tầng 1 trụ sở Sở."
            ),
            P("Công dân đến liên hệ mang theo giấy tờ tùy thân và hồ sơ có liên quan."),
        ],
        opts={"blog": "tb", "posted": "23/11/2026 16:00", "account": "vp.sogd", "cats": [15]},
    ),
    Story(
        247,
        "thong-bao-to-chuc-hoi-thi-giao-vien-day-gioi-tinh-cap-thcs",
        "Thông báo về việc tổ chức Hội thi giáo viên dạy giỏi tỉnh cấp THCS chu kỳ 2026-2028",
        "Thông báo",
        "2026-11-19T11:10:00+07:00",
        [
            P(
                "Căn cứ Thông tư số 22/2019/TT-BGDĐT của Bộ GD&ĐT, Sở GD&ĐT thông báo tổ chức "
                "Hội thi giáo viên dạy giỏi tỉnh cấp THCS chu kỳ 2026-2028."
            ),
            P(
                "Thời gian: phần thi kiến thức ngày 12/12/2026; phần thi thực hành từ ngày "
                "04/01/2027 đến 15/01/2027."
            ),
            P(
                "Các phòng GD&ĐT gửi danh sách giáo viên dự thi về Sở (qua Phòng GDTrH) trước "
                "ngày 01/12/2026. Chi tiết tại công văn kèm theo."
            ),
            download("CV-1234-SGDDT.pdf"),
            byline("Phòng GDTrH"),
        ],
        authors=["Phòng GDTrH"],
        opts={"blog": "tb", "posted": "19/11/2026 11:10", "account": "quantri", "cats": [15]},
    ),
    Story(
        239,
        "thong-bao-tuyen-dung-vien-chuc-nam-2026",
        "Thông báo tuyển dụng viên chức giáo dục năm 2026",
        "Thông báo",
        "2026-11-06T08:00:00+07:00",
        [
            P(
                "Sở GD&ĐT Hà Tĩnh thông báo tuyển dụng viên chức làm việc tại các trường THPT, "
                "trung tâm GDNN-GDTX trực thuộc Sở năm 2026 như sau:"
            ),
            P("1. Chỉ tiêu tuyển dụng", "h"),
            P("Vị trí | Chỉ tiêu | Hạng chức danh", "th"),
            P("Giáo viên Toán | 12 | Hạng III", "tr"),
            P("Giáo viên Tin học | 9 | Hạng III", "tr"),
            P("Giáo viên Tiếng Anh | 15 | Hạng III", "tr"),
            P("Kế toán | 4 | Hạng III", "tr"),
            P("2. Hồ sơ đăng ký dự tuyển gồm", "h"),
            P("Phiếu đăng ký dự tuyển theo mẫu;", "li"),
            P("Bản sao văn bằng, chứng chỉ và kết quả học tập;", "li"),
            P("Giấy chứng nhận đối tượng ưu tiên (nếu có).", "li"),
            P(
                "Thời gian nhận hồ sơ: từ ngày 09/11/2026 đến hết ngày 08/12/2026 (trong giờ "
                "hành chính) tại Phòng Tổ chức cán bộ, Sở GD&ĐT."
            ),
            download("TB-56-SGDDT.pdf"),
            byline("Phòng Tổ chức cán bộ"),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={"blog": "tb", "posted": "06/11/2026 08:00", "account": "quantri", "cats": [16]},
    ),
    Story(
        226,
        "thong-bao-ket-qua-xet-thang-hang-chuc-danh-nghe-nghiep-giao-vien",
        "Thông báo kết quả xét thăng hạng chức danh nghề nghiệp giáo viên THPT năm 2026",
        "Thông báo",
        "2026-09-25T14:30:00+07:00",
        [
            P(
                "Sở GD&ĐT thông báo kết quả xét thăng hạng chức danh nghề nghiệp giáo viên THPT "
                "từ hạng III lên hạng II năm 2026: có 186/190 giáo viên đạt yêu cầu."
            ),
            P(
                "Danh sách cụ thể được niêm yết tại trụ sở Sở và gửi về các đơn vị. Thời hạn "
                "nhận phúc khảo đến hết ngày 05/10/2026."
            ),
        ],
        opts={"blog": "tb", "posted": "25/09/2026 14:30", "account": "quantri", "cats": [16]},
    ),
]

BY_ID = {s.id: s for s in POSTS}


def blog_of(story: Story) -> Blog:
    return BLOGS[story.opts["blog"]]


def posts_of(blog: Blog) -> list[Story]:
    """The blog's posts, newest first (POSTS is written in that order)."""
    return [s for s in POSTS if s.opts["blog"] == blog.key]


def friendly(story: Story) -> str:
    return f"{blog_of(story).page_url[:-5]}/{story.slug}.aspx"


def raw_url(story: Story) -> str:
    b = blog_of(story)
    return f"/Blog/ViewPost.aspx?pageid={b.pageid}&amp;mid={b.mid}&amp;ItemID={story.id}"


def raw_path(story: Story) -> str:
    return raw_url(story).replace("&amp;", "&")


def edit_url(story: Story) -> str:
    b = blog_of(story)
    return f"/Blog/EditPost.aspx?pageid={b.pageid}&amp;mid={b.mid}&amp;ItemID={story.id}"


def month_of(story: Story) -> tuple[int, int]:
    _day, month, rest = story.opts["posted"].split("/")
    return int(rest[:4]), int(month)


def list_url(blog: Blog, page: int, raw: bool) -> str:
    if raw:
        return f"/Blog/ViewList.aspx?pageid={blog.pageid}&amp;mid={blog.mid}&amp;pagenumber={page}"
    return f"{blog.page_url}?pagenumber={page}"


def category_url(blog: Blog, cat: int) -> str:
    return f"/Blog/ViewCategory.aspx?cat={cat}&amp;mid={blog.mid}&amp;pageid={blog.pageid}"


def archive_url(blog: Blog, year: int, month: int) -> str:
    return (
        f"/Blog/ViewArchive.aspx?month={month}&amp;year={year}"
        f"&amp;mid={blog.mid}&amp;pageid={blog.pageid}"
    )


# --- the post text as the editor (TinyMCE / old FCKeditor) stored it ---------------------------


def _para(p: P) -> str:
    if p.style == "lead":
        return f"<p><strong>{text(p.text)}</strong></p>"
    if p.style == "h":
        return f"<p><strong>{text(p.text)}</strong></p>"
    if p.style == "nfd":
        return f'<p style="text-align: justify;">{text(p.text, nfd=True)}</p>'
    if p.style == "ent":
        return f"<p>{text(p.text, entities=1 if p.text.startswith('Sáng') else 2)}</p>"
    return f'<p style="text-align: justify;">{text(p.text)}</p>'


def _table(rows: list[P]) -> str:
    out = ['<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;">', "<tbody>"]
    for row in rows:
        cells = row.text.split(" | ")
        if row.style == "th":
            tds = "".join(
                f'<td style="text-align: center;"><strong>{text(c)}</strong></td>' for c in cells
            )
        else:
            tds = "".join(f"<td>{text(c)}</td>" for c in cells)
        out.append(f"<tr>{tds}</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def _image(im: Img) -> str:
    tag = (
        f'<p style="text-align: center;"><img alt="" src="{im.src}" '
        f'style="width: 600px; height: 400px;" /></p>'
    )
    if im.printed is None:
        return tag
    if im.style == "plain":
        return tag + f'\n<p style="text-align: center;"><em>{text(im.printed)}</em></p>'
    return tag + f'\n<p style="text-align: center;">{text(im.printed)}</p>'


def blog_text(story: Story) -> str:
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                rows.append(blocks[i])
                i += 1
            out.append(_table(rows))
            continue
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if isinstance(b, P):
            out.append(_para(b))
        elif isinstance(b, Img):
            out.append(_image(b))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def teaser(story: Story, limit: int = 220) -> str:
    """mojoPortal's list excerpt: the start of the text, cut at a word, with "..."."""
    first = next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) <= limit:
        return text(first)
    return text(first[:limit].rsplit(" ", 1)[0]) + "..."


# --- the skin around every page ----------------------------------------------------------------

MENU = [
    ("Trang chủ", "/home.aspx", []),
    (
        "Giới thiệu",
        "/gioi-thieu.aspx",
        [("Cơ cấu tổ chức", "/co-cau-to-chuc.aspx"), ("Lịch công tác", "/lich-cong-tac.aspx")],
    ),
    ("Tin tức", "/tin-tuc.aspx", []),
    ("Thông báo", "/thong-bao.aspx", []),
    ("Liên hệ", "/lien-he.aspx", []),
]

SCHOOLS = [
    ("THPT chuyên Hà Tĩnh", "http://thptchuyenhatinh.edu.vn/"),
    ("THPT Phan Đình Phùng", "http://thptphandinhphung.hatinh.edu.vn/"),
    ("THPT Nghèn", "http://thptnghen.hatinh.edu.vn/"),
    ("THPT Hồng Lĩnh", "http://thpthonglinh.hatinh.edu.vn/"),
    ("Phòng GD&ĐT Thạch Hà", "http://pgdthachha.hatinh.edu.vn/"),
    ("Phòng GD&ĐT Hương Sơn", "http://pgdhuongson.hatinh.edu.vn/"),
]

LINKS = [
    ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn/"),
    ("Cổng TTĐT tỉnh Hà Tĩnh", "https://hatinh.gov.vn/"),
    ("Báo Hà Tĩnh điện tử", "https://baohatinh.vn/"),
]


def _menu(active: str) -> str:
    items = []
    for label, url, subs in MENU:
        cls = ' class="current"' if url == active else ""
        sub = ""
        if subs:
            sub = (
                "<ul>"
                + "".join(f'<li><a href="{u}"><span>{esc(t)}</span></a></li>' for t, u in subs)
                + "</ul>"
            )
        items.append(f'<li{cls}><a href="{url}"><span>{esc(label)}</span></a>{sub}</li>')
    return (
        '<div class="art-nav"><div class="l"></div><div class="r"></div>'
        '<ul class="sf-menu art-menu">' + "".join(items) + "</ul></div>"
    )


def _crumbs(trail: list[tuple[str, str]]) -> str:
    if not trail:
        return ""
    parts = ['<a href="/home.aspx" class="unselectedcrumb">Trang chủ</a>']
    for i, (label, url) in enumerate(trail):
        cls = "selectedcrumb" if i == len(trail) - 1 else "unselectedcrumb"
        parts.append(f'<a href="{url}" class="{cls}">{esc(label)}</a>')
    return '<div class="breadcrumbs">' + " &gt; ".join(parts) + "</div>"


def _side_box(title: str, inner: str, cls: str = "") -> str:
    return (
        f'<div class="art-block {cls}"><div class="art-blockheader"><h3 class="t">{esc(title)}'
        f'</h3></div><div class="art-blockcontent">{inner}</div></div>'
    )


def recent_box() -> str:
    """mojoPortal's "Bài mới" (recent posts) module: raw ViewPost links."""
    items = "".join(
        f'<li><a href="{raw_url(s)}">{esc(s.title)}</a></li>' for s in posts_of(TIN)[:5]
    )
    return _side_box("Bài mới", f'<div class="blogrecent"><ul>{items}</ul></div>')


def archive_box(blog: Blog) -> str:
    counts: dict[tuple[int, int], int] = {}
    for s in posts_of(blog):
        counts[month_of(s)] = counts.get(month_of(s), 0) + 1
    items = "".join(
        f'<li><a href="{archive_url(blog, y, m)}">Tháng {m} {y}</a> ({n})</li>'
        for (y, m), n in sorted(counts.items(), reverse=True)
    )
    return _side_box("Lưu trữ", f'<ul class="blognav">{items}</ul>', "blogarchive")


def category_box(blog: Blog) -> str:
    items = []
    for cat, label in blog.categories.items():
        n = sum(1 for s in posts_of(blog) if cat in s.opts["cats"])
        items.append(
            f'<li><a class="tag{min(n, 4)}" href="{category_url(blog, cat)}">{esc(label)}</a>'
            f" ({n})</li>"
        )
    return _side_box("Chuyên mục", f'<ul class="blognav tagcloud">{"".join(items)}</ul>')


def left_column() -> str:
    schools = "".join(f'<li><a href="{u}" target="_blank">{esc(t)}</a></li>' for t, u in SCHOOLS)
    links = "".join(f'<option value="{u}">{esc(t)}</option>' for t, u in LINKS)
    counter = (
        '<div class="sitestatistics"><ul>'
        '<li><span class="statslabel">Số người online:</span> <span>12</span></li>'
        '<li><span class="statslabel">Hôm nay:</span> <span>1.087</span></li>'
        '<li><span class="statslabel">Tổng lượt truy cập:</span> <span>1.234.567</span></li>'
        "</ul></div>"
    )
    return (
        _side_box("Website các đơn vị", f'<ul class="linkmodule">{schools}</ul>')
        + _side_box(
            "Liên kết website",
            '<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --'
            f"</option>{links}</select>",
        )
        + _side_box("Thống kê truy cập", counter)
    )


def page(
    title: str,
    center: str,
    active: str,
    trail: list[tuple[str, str]],
    blog: Blog | None = None,
    head: str = "",
    seed: str = "",
) -> Response:
    right = recent_box()
    if blog is not None:
        right += archive_box(blog) + category_box(blog)
        head += (
            f'\n<link rel="alternate" type="application/rss+xml" title="{esc(blog.name)}" '
            f'href="/Blog/RSS.aspx?p={blog.pageid}~{blog.mid}~-1" />'
        )
    viewstate = opaque("mojo-" + (seed or title), 600, b"/wEPDwUKMTY3")
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head><title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="mojoPortal" />
<link rel="stylesheet" type="text/css" href="{SKIN}/style.css" />
<link rel="search" type="application/opensearchdescription+xml" title="{esc(SITE_TITLE)}"
 href="/SearchEngineInfo.ashx" />
<script type="text/javascript" src="/ClientScript/jqmojo/mojosuperfish.js"></script>{head}
</head>
<body class="pagebody">
<form method="post" action="" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
<div id="art-main">
<div class="art-sheet"><div class="art-sheet-body">
<div class="art-header">
 <div class="art-logo"><a href="/home.aspx"><img src="{SKIN}/images/logo-sgd.png"
 alt="{esc(SITE_TITLE)}" /></a>
 <h1 class="art-logo-name">SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</h1>
 <h2 class="art-logo-text">Cổng thông tin điện tử ngành Giáo dục Hà Tĩnh</h2></div>
 <div class="topnav"><span class="currentdate">Hôm nay: {esc(TODAY)}</span>
 <a href="/Secure/Login.aspx" class="sitelink">Đăng nhập</a>
 <a href="/Secure/Register.aspx" class="sitelink">Đăng ký</a></div>
 <div class="searchpanel"><input name="ctl00$SiteSearch1$txtSearch" type="text"
 id="ctl00_SiteSearch1_txtSearch" class="watermarktextbox" title="Tìm kiếm" />
 <input type="submit" name="ctl00$SiteSearch1$btnSearch" value="Tìm" /></div>
</div>
{_menu(active)}
<div class="art-content-layout"><div class="art-content-layout-row">
<div class="art-layout-cell art-sidebar1" id="ctl00_divLeft">{left_column()}</div>
<div class="art-layout-cell art-content" id="ctl00_divCenter">
{_crumbs(trail)}
<div class="art-post"><div class="art-post-body">
{center}
</div></div>
</div>
<div class="art-layout-cell art-sidebar2" id="ctl00_divRight">{right}</div>
</div></div>
<div class="art-footer"><div class="art-footer-text">
<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</strong></p>
<p>Địa chỉ: Số 20 đường Phan Đình Phùng, TP. Hà Tĩnh, tỉnh Hà Tĩnh</p>
<p>Điện thoại: 0239.3855.444 - Fax: 0239.3855.445 - Email: sogd@hatinh.edu.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Hà Tĩnh</p>
<p><a href="https://www.mojoportal.com" title="Powered by mojoPortal">Powered by mojoPortal</a>
 | <a href="http://www.artisteer.com/">Designed with Artisteer</a></p>
</div></div>
</div></div>
</div>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
 if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
  theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument;
  theForm.submit(); }} }}
//]]>
</script>
</form>
</body>
</html>
"""
    return html(doc, headers={"X-Powered-By": "ASP.NET", "Cache-Control": "private"})


# --- blog pages --------------------------------------------------------------------------------


def _postedby(story: Story) -> str:
    account = story.opts["account"]
    return (
        f'<div class="blogdate">Đăng lúc {story.opts["posted"]} bởi '
        f'<a href="/ProfileView.aspx?userid={len(account) * 7}">{esc(account)}</a></div>'
    )


def _cat_links(story: Story) -> str:
    blog = blog_of(story)
    return ", ".join(
        f'<a href="{category_url(blog, c)}" class="blogcategory">{esc(blog.categories[c])}</a>'
        for c in story.opts["cats"]
    )


def blog_item(story: Story) -> str:
    """One post in a list: title link, date, excerpt, "Đọc thêm...", the edit link."""
    url = friendly(story)
    return f"""<div class="blogitem">
<h3 class="blogtitle"><a href="{url}" class="blogitemtitle">{esc(story.title)}</a>
 <a href="{edit_url(story)}" class="ModuleEditLink" title="Sửa">Sửa</a></h3>
{_postedby(story)}
<div class="blogtext"><p>{teaser(story)}</p>
<a href="{url}" class="morelink">Đọc thêm...</a></div>
<div class="bpostfooter">Chuyên mục: {_cat_links(story)} |
 <a href="{url}#feedback" class="blogcommentlink">Bình luận (0)</a></div>
</div>"""


def blog_module(blog: Blog, stories: list[Story], heading: str, pager: str = "") -> str:
    items = "\n".join(blog_item(s) for s in stories) or '<p class="noposts">Chưa có bài viết.</p>'
    rss = (
        f'<a href="/Blog/RSS.aspx?p={blog.pageid}~{blog.mid}~-1" class="rsslink">'
        f'<img src="/Data/SiteImages/feed.png" alt="RSS" /></a>'
    )
    return (
        f'<div class="module blogmodule" id="module{blog.mid}"><h2 class="moduletitle">'
        f'{esc(heading)} {rss}</h2>\n<div class="blogwrapper">\n{items}\n{pager}\n</div></div>'
    )


def pager(blog: Blog, current: int, raw: bool) -> str:
    total = -(-len(posts_of(blog)) // blog.page_size)
    if total <= 1:
        return ""
    links = []
    for n in range(1, total + 1):
        if n == current:
            links.append(f'<span class="SelectedPage">{n}</span>')
        else:
            links.append(f'<a class="ModulePager" href="{list_url(blog, n, raw)}">{n}</a>')
    if current < total:
        links.append(
            f'<a class="ModulePager" href="{list_url(blog, current + 1, True)}" '
            f'title="Trang sau">&gt;</a>'
        )
    return f'<div class="modulepager">Trang: {" ".join(links)}</div>'


def list_page(blog: Blog, number: int, raw: bool) -> Response:
    stories = posts_of(blog)
    if blog.pager:
        chunk = stories[(number - 1) * blog.page_size : number * blog.page_size]
        foot = pager(blog, number, raw)
    else:
        chunk, foot = stories[: blog.page_size], ""
    title = blog.name if number == 1 else f"{blog.name} - Trang {number}"
    center = blog_module(blog, chunk, blog.name, foot)
    return page(
        f"{title} - {SITE_TITLE}", center, blog.page_url, [(blog.name, blog.page_url)], blog
    )


def category_page(blog: Blog, cat: int) -> Response | None:
    label = blog.categories.get(cat)
    if label is None:
        return None
    stories = [s for s in posts_of(blog) if cat in s.opts["cats"]]
    heading = f"Bài viết thuộc chuyên mục: {label}"
    center = blog_module(blog, stories, heading)
    return page(
        f"{label} - {SITE_TITLE}", center, blog.page_url, [(blog.name, blog.page_url)], blog
    )


def archive_page(blog: Blog, year: int, month: int) -> Response:
    stories = [s for s in posts_of(blog) if month_of(s) == (year, month)]
    heading = f"Lưu trữ: Tháng {month} {year}"
    center = blog_module(blog, stories, heading)
    return page(
        f"Lưu trữ {month}/{year} - {SITE_TITLE}",
        center,
        blog.page_url,
        [(blog.name, blog.page_url)],
        blog,
    )


def post_page(story: Story, request: Request) -> Response:
    blog = blog_of(story)
    siblings = posts_of(blog)
    i = siblings.index(story)
    older = siblings[i + 1] if i + 1 < len(siblings) else None
    newer = siblings[i - 1] if i > 0 else None
    nav = []
    if older:
        nav.append(f'<a href="{friendly(older)}" title="{esc(older.title)}">« Bài trước</a>')
    if newer:
        nav.append(f'<a href="{friendly(newer)}" title="{esc(newer.title)}">Bài kế tiếp »</a>')
    url = friendly(story)
    absolute = quote(f"http://{request.headers.get('Host', '127.0.0.1')}{url}", safe="")
    center = f"""<div class="module blogmodule" id="module{blog.mid}">
<div class="blogwrapper blogview">
<h2 class="blogitemtitle moduletitle">{esc(story.title)}
 <a href="{edit_url(story)}" class="ModuleEditLink" title="Sửa">Sửa</a></h2>
{_postedby(story)}
<div class="blogtext">
{blog_text(story)}
</div>
<div class="bpostfooter">
<div class="blogtags">Chuyên mục: {_cat_links(story)}</div>
<div class="blogshare"><span>Chia sẻ:</span>
 <a href="https://www.facebook.com/sharer/sharer.php?u={absolute}" rel="nofollow">Facebook</a>
 <a href="https://twitter.com/intent/tweet?url={absolute}" rel="nofollow">Twitter</a></div>
<a href="{url}#feedback" class="blogcommentlink">Bình luận (0)</a>
</div>
<div class="blognavright">{" | ".join(nav)}</div>
<div class="blogcomments" id="feedback">
<h3 class="blogtitle">Gửi bình luận</h3>
<div class="settingrow"><label>Tiêu đề</label>
<input name="ctl00$mainContent$ctl00$txtCommentTitle" type="text" value="re: {esc(story.title)}" />
</div>
<div class="settingrow"><label>Tên</label>
<input name="ctl00$mainContent$ctl00$txtName" type="text" /></div>
<div class="settingrow"><label>Nội dung</label>
<textarea name="ctl00$mainContent$ctl00$edComment" rows="6" cols="60"></textarea></div>
<input type="submit" name="ctl00$mainContent$ctl00$btnPostComment" value="Gửi bình luận" />
</div>
</div></div>"""
    first = next(b.text for b in story.blocks if isinstance(b, P))
    head = (
        f'\n<link rel="canonical" href="http://{request.headers.get("Host", "127.0.0.1")}{url}" />'
        f'\n<meta name="description" content="{esc(first[:160])}" />'
    )
    return page(
        f"{story.title} - {SITE_TITLE}",
        center,
        blog.page_url,
        [(blog.name, blog.page_url)],
        blog,
        head=head,
        seed=str(story.id),
    )


def home_page() -> Response:
    center = blog_module(TIN, posts_of(TIN)[:4], "Tin tức", pager(TIN, 1, True)) + blog_module(
        TB, posts_of(TB)[:3], "Thông báo"
    )
    return page(f"Trang chủ - {SITE_TITLE}", center, "/home.aspx", [])


# --- HTML-module pages, RSS, login -------------------------------------------------------------

HTML_PAGES = {
    "/gioi-thieu.aspx": (
        "Giới thiệu",
        """<p>Sở Giáo dục và Đào tạo Hà Tĩnh là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu,
giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p><strong>Chức năng, nhiệm vụ</strong></p>
<ul><li>Trình UBND tỉnh dự thảo quyết định, kế hoạch phát triển giáo dục;</li>
<li>Hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục;</li>
<li>Quản lý đội ngũ nhà giáo, cán bộ quản lý giáo dục theo phân cấp.</li></ul>""",
    ),
    "/co-cau-to-chuc.aspx": (
        "Cơ cấu tổ chức",
        """<p><strong>Lãnh đạo Sở</strong></p>
<table border="1" cellpadding="4" style="width:100%"><tbody>
<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td>
<td><strong>Điện thoại</strong></td></tr>
<tr><td>Trần Văn Hòa</td><td>Giám đốc</td><td>0239.3855.001</td></tr>
<tr><td>Nguyễn Văn Thắng</td><td>Phó Giám đốc</td><td>0239.3855.002</td></tr>
<tr><td>Lê Thị Thu Hà</td><td>Phó Giám đốc</td><td>0239.3855.003</td></tr>
</tbody></table>
<p><strong>Các phòng chuyên môn:</strong> Văn phòng; Phòng Tổ chức cán bộ; Phòng Kế hoạch -
Tài chính; Phòng GDMN-TH; Phòng GDTrH; Phòng KT&amp;KĐCLGD; Thanh tra Sở.</p>""",
    ),
    "/lien-he.aspx": (
        "Liên hệ",
        """<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</strong></p>
<p>Địa chỉ: Số 20 đường Phan Đình Phùng, TP. Hà Tĩnh</p>
<p>Điện thoại: 0239.3855.444 - Email: sogd@hatinh.edu.vn</p>
<div class="contactform"><label>Họ tên</label>
<input name="ctl00$mainContent$ctl01$txtName" type="text" />
<label>Nội dung</label><textarea name="ctl00$mainContent$ctl01$txtMessage"></textarea>
<input type="submit" name="ctl00$mainContent$ctl01$btnSend" value="Gửi" /></div>""",
    ),
    "/lich-cong-tac.aspx": (
        "Lịch công tác",
        """<p><strong>LỊCH CÔNG TÁC CỦA LÃNH ĐẠO SỞ (Tuần từ 23/11 đến 29/11/2026)</strong></p>
<table border="1" cellpadding="4" style="width:100%"><tbody>
<tr><td><strong>Thứ, ngày</strong></td><td><strong>Nội dung</strong></td>
<td><strong>Thành phần</strong></td></tr>
<tr><td>Thứ Hai 23/11</td><td>Hội nghị triển khai nhiệm vụ GDTrH</td><td>PGĐ Nguyễn Văn
Thắng</td></tr>
<tr><td>Thứ Tư 25/11</td><td>Làm việc với Phòng GD&amp;ĐT Kỳ Anh</td><td>GĐ Trần Văn Hòa</td></tr>
</tbody></table>""",
    ),
}


def html_page(path: str) -> Response:
    name, inner = HTML_PAGES[path]
    center = (
        f'<div class="module htmlmodule"><h2 class="moduletitle">{esc(name)}</h2>'
        f'<div class="slidecontainer"><div class="modulecontent">{inner}</div></div></div>'
    )
    trail = [(name, path)]
    if path in ("/co-cau-to-chuc.aspx", "/lich-cong-tac.aspx"):
        trail = [("Giới thiệu", "/gioi-thieu.aspx"), (name, path)]
    return page(f"{name} - {SITE_TITLE}", center, path, trail)


_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _rfc822(story: Story) -> str:
    import datetime as dt

    when = dt.datetime.strptime(story.opts["posted"], "%d/%m/%Y %H:%M")
    return (
        f"{_DAYS[when.weekday()]}, {when.day:02d} {_MONTHS[when.month - 1]} {when.year} "
        f"{when:%H:%M}:00 +0700"
    )


def rss(blog: Blog, request: Request) -> Response:
    host = "http://" + request.headers.get("Host", "127.0.0.1")
    items = []
    for s in posts_of(blog):
        link = host + raw_path(s).replace("&", "&amp;")
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{link}</link>"
            f'<guid isPermaLink="true">{link}</guid>'
            f"<description>{esc('<p>' + teaser(s) + '</p>')}</description>"
            f"<author>{esc(s.opts['account'])}</author><pubDate>{_rfc822(s)}</pubDate></item>"
        )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{esc(blog.name)} - {esc(SITE_TITLE)}</title><link>{host}{blog.page_url}</link>"
        f"<description>{esc(blog.name)}</description><generator>mojoPortal Blog Module"
        f"</generator>{''.join(items)}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def login_page(register: bool) -> Response:
    if register:
        name, inner = (
            "Đăng ký",
            '<div class="settingrow"><label>Email</label><input name="ctl00$mainContent$'
            'RegisterUser$Email" type="text" /></div><div class="settingrow"><label>Mật khẩu'
            '</label><input name="ctl00$mainContent$RegisterUser$Password" type="password" />'
            '</div><input type="submit" value="Tạo tài khoản" />',
        )
    else:
        name, inner = (
            "Đăng nhập",
            '<div class="settingrow"><label>Tên đăng nhập</label><input name="ctl00$mainContent'
            '$LoginCtrl$UserName" type="text" /></div><div class="settingrow"><label>Mật khẩu'
            '</label><input name="ctl00$mainContent$LoginCtrl$Password" type="password" /></div>'
            '<input type="submit" value="Đăng nhập" /> <a href="/Secure/Register.aspx">Đăng ký'
            "</a>",
        )
    center = f'<div class="module"><h2 class="moduletitle">{name}</h2>{inner}</div>'
    return page(f"{name} - {SITE_TITLE}", center, "", [(name, "/Secure/Login.aspx")])


# --- routing -----------------------------------------------------------------------------------

_BY_FRIENDLY = {friendly(s).lower(): s for s in POSTS}
_BY_MID = {b.mid: b for b in BLOGS.values()}


def _int(value: str | None) -> int | None:
    return int(value) if value and re.fullmatch(r"\d{1,6}", value) else None


class MojoPortalSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        q = {k.lower(): v for k, v in request.params.items()}
        if low in ("/", "/default.aspx"):
            return redirect("/home.aspx")
        if low == "/home.aspx":
            return home_page()
        if low.startswith("/data/"):
            if low.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if low.startswith(("/clientscript/", "/data/siteimages/")):
            return static_file(path)
        for blog in BLOGS.values():
            if low == blog.page_url:
                number = _int(q.get("pagenumber")) or 1
                return list_page(blog, number if blog.pager else 1, raw=False)
        if low in _BY_FRIENDLY:
            return post_page(_BY_FRIENDLY[low], request)
        if low in HTML_PAGES:
            return html_page(low)
        if low.startswith("/blog/"):
            return self._blog(low, q, request)
        if low == "/secure/login.aspx":
            return login_page(register=False)
        if low == "/secure/register.aspx":
            return login_page(register=True)
        return static_file(path)

    def _blog(self, low: str, q: dict[str, str], request: Request) -> Response | None:
        if low == "/blog/rss.aspx":
            parts = q.get("p", "").split("~")
            blog = _BY_MID.get(_int(parts[1]) if len(parts) == 3 else None)
            return rss(blog, request) if blog else None
        blog = _BY_MID.get(_int(q.get("mid")))
        if blog is None or _int(q.get("pageid")) != blog.pageid:
            return None
        if low == "/blog/editpost.aspx":
            return redirect("/Secure/Login.aspx?returnurl=" + quote(request.target, safe=""))
        if low == "/blog/viewpost.aspx":
            story = BY_ID.get(_int(q.get("itemid")))
            if story is None or blog_of(story) is not blog:
                return None
            return post_page(story, request)
        if low == "/blog/viewlist.aspx":
            number = _int(q.get("pagenumber")) or 1
            return list_page(blog, number if blog.pager else 1, raw=True)
        if low == "/blog/viewcategory.aspx":
            return category_page(blog, _int(q.get("cat")) or 0)
        if low == "/blog/viewarchive.aspx":
            year, month = _int(q.get("year")), _int(q.get("month"))
            if not year or not month or not 1 <= month <= 12:
                return None
            return archive_page(blog, year, month)
        return None


def build_site() -> MojoPortalSite:
    return MojoPortalSite()


# --- gold (each record's fields are written by hand in the stories above) ----------------------


def _gold(story: Story) -> dict:
    path = friendly(story)
    return gold_record(story, path, story.cat, canonical_path=path, alt_paths=[raw_path(story)])


GOLD = [_gold(s) for s in POSTS]

NON_ARTICLES = [
    "/gioi-thieu.aspx",
    "/co-cau-to-chuc.aspx",
    "/lien-he.aspx",
    "/lich-cong-tac.aspx",
    "/Blog/ViewCategory.aspx?cat=7&mid=12&pageid=5",
    "/Blog/ViewArchive.aspx?month=11&year=2026&mid=12&pageid=5",
]
