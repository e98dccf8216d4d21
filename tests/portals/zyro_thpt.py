"""Hostinger Website Builder (formerly Zyro) site of an upper-secondary school's alumni group.

Platform
    "Ban Liên lạc Cựu học sinh Trường THPT Quỳnh Lâm" (xã Yên Mô, tỉnh Ninh Bình) built its site
    with Hostinger Website Builder, the product Zyro became. Every page is the builder's
    single-page-app shell (``<div id="app" data-server-rendered="true">``, a module script, the
    whole site's data as JSON in ``<script id="zyro-site-data">``) with the content rendered on
    the server. Content sits in grid blocks: ``<section id="zXXXXX" class="block">`` holding
    ``layout-element`` cells positioned by inline CSS variables (``--grid-row``,
    ``--grid-column``, ``--m-grid-row`` …) whose ids are generated (``zK3q9`` …). Text boxes print
    ProseMirror paragraphs (``<p class="body" dir="auto">``); images are ``image__image`` tags
    served through ``/cdn-cgi/image/format=auto,w=…,h=…,fit=crop/<site id>/<file>``.

URL scheme
    ``/``                            home: hero, two blog-list blocks ("Tin tức – Sự kiện" and
                                     "Gương mặt & Ký ức"), each with its own pager parameter
                                     ``?page-<block id>=N``
    ``/tin-nha-truong`` ``/hoat-dong-chs`` ``/guong-mat-ky-uc``
                                     category pages: one blog-list block each, same pager
    ``/<slug>``                      a builder page (intro, letter, album, video, contact) or a
                                     blog post: the two share one URL space
    ``/blog/<slug>``                 the same post again (the older blog-list block's link form)
    ``/<slug>/``                     301 to ``/<slug>``
    ``/sitemap.xml`` ``/robots.txt`` what the builder generates (canonical post URLs)

Page templates
    * post: header chrome, a ``block-blog-header`` (category chips, ``<h1>``, the optional
      description, account avatar and name, date "20 thg 11, 2026", "4 phút đọc"), the post's
      grid blocks (text boxes, image elements, caption text boxes, a gallery, an embed), a
      share bar, the "Bài viết khác" blog-list block (3 latest other posts with excerpts), a
      newsletter form, the counter/poll block, footer;
    * listing: the same chrome with a blog-list block of cards (thumbnail, category, title,
      excerpt, date, reading time) and a pager of links;
    * builder pages: grid blocks only, no blog header, no date.

How each gold article is reached
    Home block "Tin tức – Sự kiện" (10 posts of Tin nhà trường + Hoạt động CHS, 4 a page, links
    ``/blog/<slug>``), home block "Gương mặt & Ký ức" (3 posts, 2 a page, links ``/<slug>``),
    the category pages (4 a page, ``/<slug>``) and "Bài viết khác" (3 latest). The two oldest
    posts (2: chuẩn quốc gia, 6: họp Ban Liên lạc) are on no first page: only on page 3 of the
    home block and page 2 of their category. Post 11 is on page 2 of the home's second block
    and on its category page.

Traps
    1. Site data in the shell: ``<script id="zyro-site-data">`` lists every page and post with
       ``date`` in UTC ("2026-11-19T17:40:00.000Z" for a post printed "20 thg 11, 2026";
       "2026-12-02T23:20:00.000Z" for one printed "3 thg 12, 2026") and two posts that are a
       draft and a scheduled post whose slugs answer 404. Gold: the drafts are nothing; dates
       are the printed local day.
    2. Two URL forms of every post: the home's older blog-list block links ``/blog/<slug>``,
       everything else ``/<slug>``; both answer 200, the canonical is ``/<slug>``. Gold: path
       ``/<slug>``, ``/blog/<slug>`` in alt_paths.
    3. Links pasted from Facebook: "Xem thêm:" lines point at other posts with
       ``?fbclid=IwAR…``; a post answers any query. Gold: those URLs in the target's alt_paths;
       the "Xem thêm:" line is not body.
    4. Two blog-list blocks on the home page, each with its own pager parameter, whose links keep
       the other block's parameter in click order (3 × 2 pages, 8 home URLs counting the order
       of the parameters); the two oldest posts are only on page 3 / page 2 of a pager. Gold:
       listings are no articles.
    5. Captions are not ``<figcaption>``: a separate ``body-small`` italic text-box element
       placed under the image element; once the caption is the first italic centred line of the
       next text box. "(…)" is taken off; a line that only credits "Ảnh: X" is caption None and
       X is the photographer.
    6. Chrome that prints like content in the same grid markup: "Bài viết khác" cards with
       titles, excerpts, dates; the blog header's account name "Quản trị viên" (nobody); the
       countdown to the 50th-anniversary ceremony "26/12/2026" and the header's today
       "Thứ Bảy, 05/12/2026" (never a publication date).
    7. Dates as the builder's Intl Vietnamese short month: "20 thg 11, 2026" with "· 4 phút đọc".
       Gold: the day alone (the page prints no time).
    8. An official notice typed into text boxes: the letterhead as two text boxes side by side
       in the grid (left: Sở / Trường / Số; right: Quốc hiệu / place and date), "THÔNG BÁO" and
       "Về việc …" centred, "Nơi nhận" and the signer side by side at the end. Gold: those are
       not body; published_at is the letterhead day 2026-11-28 (the blog header says
       30 thg 11); the signer "Phạm Thị Minh Nguyệt" is the author.
    9. Alumni bylines: "(K31, lớp 12A1)", "Thầy … – nguyên giáo viên Ngữ văn" printed at the top
       of a memoir, "Nguyễn Văn Thịnh – Phó Trưởng ban Thường trực", a unit signing alone
       ("Tổ Toán – Tin", "Văn phòng Ban Liên lạc"), "BBT" (nobody), "Tin, ảnh: X",
       "Tin: X - Ảnh: Y".
    10. The sapo three ways: the blog header's description element (post 11: summary, and the
        body's first paragraph), a bold first paragraph (post 6), and elsewhere only the meta
        description and card excerpt (summary null).
    11. Text as editors leave it: one post pasted in decomposed Unicode (NFD; gold NFC), words
        cut by colour spans with no space ("Tru<span>yền</span>"), ``<p><br></p>`` spacers, a
        ``<br>`` inside a paragraph (two gold paragraphs), emoji lines kept as text, a body
        sentence "Theo kế hoạch …" (text, not a source) and a note entry "[2] Theo Lịch sử …"
        (the note is text).
    12. Builder pages share ``/<slug>`` with posts: "Thư ngỏ" is long signed prose without date
        or blog header. Gold: not an article (an intro page), like the album and video pages.

Gold decisions on ambiguous points
    * ``published_at``: the blog header prints a day only, so the day; the JSON's UTC instant is
      not printed. The notice: the letterhead day.
    * ``category``: the blog header's category chip (the same words as the menu item).
    * ``images``: the photos in the post's grid blocks and gallery; the cover is a CSS
      background of the blog header (no ``<img>``), avatar, logo, icons and card thumbnails
      are not the article's photos.
    * "Thầy"/"Cô" before a name is a title and dropped; "(K31, lớp 12A1)" is the unit after the
      name and dropped.
    * "Trân trọng thông báo!" closes the notice's text before "Nơi nhận": it is body.
    * A memoir's "Chú thích" heading and its entries are body (the text's own notes).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qsl, urlencode

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "zyro_thpt"
PLATFORM = "Hostinger Website Builder (Zyro)"
START_PATH = "/"

SITE_ID = "AwvDq5xLPZfkM2Ry"
SITE_NAME = "Cựu học sinh THPT Quỳnh Lâm"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
VN = timezone(timedelta(hours=7))

CATS = {
    "tin-nha-truong": "Tin nhà trường",
    "hoat-dong-chs": "Hoạt động CHS",
    "guong-mat-ky-uc": "Gương mặt & Ký ức",
}


def zid(seed: str) -> str:
    """A builder element id: 'z' and five characters, stable per seed."""
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    n = int.from_bytes(hashlib.sha1(seed.encode()).digest()[:8], "big")
    out = ""
    for _ in range(5):
        n, r = divmod(n, 62)
        out += alphabet[r]
    return "z" + out


def img(name: str, w: int = 768, h: int = 512) -> str:
    return f"/cdn-cgi/image/format=auto,w={w},h={h},fit=crop/{SITE_ID}/{name}"


def right(inner: str) -> Raw:
    """A line signed at the right, in its own text box."""
    return Raw(f'\x00box<p class="body" dir="auto" style="text-align: right">{inner}</p>')


FBCLID_7 = "IwAR2kq8Zp1vXlT0mHcQe7Yb3uRr9sNd4FgJa6WcVtE1oLyBx5KiPnMh"
FBCLID_11 = "IwZXh0bgNhZW0CMTAAAR0u9TqXc4Lp2Bf6mKd8ySgE3wHnRzJ1aVoQk"

# --- the thirteen posts -----------------------------------------------------------------------

S1 = Story(
    1,
    "thong-bao-to-chuc-le-ky-niem-50-nam-thanh-lap-truong",
    "Thông báo về việc tổ chức Lễ kỷ niệm 50 năm thành lập trường (1976 – 2026)",
    "tin-nha-truong",
    "2026-11-28",
    [
        Raw(
            "\x00cols"
            '<p class="body" dir="auto" style="text-align: center"><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO NINH BÌNH</strong></p>'
            '<p class="body" dir="auto" style="text-align: center"><strong>TRƯỜNG THPT QUỲNH LÂM</strong></p>'
            '<p class="body" dir="auto" style="text-align: center">Số: 215/TB-THPTQL</p>'
            "\x00"
            '<p class="body" dir="auto" style="text-align: center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p>'
            '<p class="body" dir="auto" style="text-align: center"><strong><u>Độc lập – Tự do – Hạnh phúc</u></strong></p>'
            '<p class="body" dir="auto" style="text-align: center"><em>Yên Mô, ngày 28 tháng 11 năm 2026</em></p>'
        ),
        Raw(
            '<h2 class="h2" dir="auto" style="text-align: center">THÔNG BÁO</h2>'
            '<p class="body" dir="auto" style="text-align: center"><strong>Về việc tổ chức Lễ kỷ niệm 50 năm '
            "thành lập trường (1976 – 2026)</strong></p>"
            '<p class="body" dir="auto"><br></p>'
        ),
        P(
            "Căn cứ Kế hoạch số 98/KH-THPTQL ngày 15/9/2026 của Trường THPT Quỳnh Lâm về việc tổ chức "
            "các hoạt động kỷ niệm 50 năm thành lập trường;"
        ),
        P(
            "Nhà trường trân trọng thông báo tới các thầy cô giáo nguyên là cán bộ, giáo viên, nhân viên "
            "nhà trường qua các thời kỳ và các thế hệ cựu học sinh về việc tổ chức Lễ kỷ niệm 50 năm "
            "thành lập trường như sau:"
        ),
        P("1. Thời gian: 7 giờ 30 phút, thứ Bảy, ngày 26 tháng 12 năm 2026."),
        P("2. Địa điểm: Sân trường THPT Quỳnh Lâm, xã Yên Mô, tỉnh Ninh Bình."),
        P(
            "3. Thành phần: Đại biểu lãnh đạo tỉnh, Sở GD&ĐT, Đảng ủy, UBND xã Yên Mô; các thầy cô "
            "giáo qua các thời kỳ; đại diện ban liên lạc cựu học sinh các khóa từ 1976 – 1979 đến "
            "2023 – 2026; cán bộ, giáo viên và học sinh nhà trường."
        ),
        P(
            "Để công tác đón tiếp được chu đáo, đề nghị ban liên lạc các khóa đăng ký số lượng người "
            "tham dự với Văn phòng Ban Liên lạc (điện thoại 0912 476 385) trước ngày 15/12/2026."
        ),
        P("Trân trọng thông báo!"),
        Raw(
            "\x00cols"
            '<p class="body-small" dir="auto"><strong><em>Nơi nhận:</em></strong></p>'
            '<p class="body-small" dir="auto">- Sở GD&amp;ĐT (để b/c);</p>'
            '<p class="body-small" dir="auto">- Đảng ủy, UBND xã Yên Mô;</p>'
            '<p class="body-small" dir="auto">- Ban Liên lạc CHS các khóa;</p>'
            '<p class="body-small" dir="auto">- Lưu: VT.</p>'
            "\x00"
            '<p class="body" dir="auto" style="text-align: center"><strong>HIỆU TRƯỞNG</strong></p>'
            '<p class="body" dir="auto" style="text-align: center"><em>(Đã ký)</em></p>'
            '<p class="body" dir="auto"><br></p>'
            '<p class="body" dir="auto" style="text-align: center"><strong>Phạm Thị Minh Nguyệt</strong></p>'
        ),
    ],
    authors=["Phạm Thị Minh Nguyệt"],
    opts={
        "time": "2026-11-30 16:05",
        "desc": "Thông báo số 215/TB-THPTQL về việc tổ chức Lễ kỷ niệm 50 năm thành lập Trường THPT "
        "Quỳnh Lâm vào ngày 26/12/2026.",
        "cover": "thong-bao-50-nam-cover-Yp0rQe.jpg",
    },
)

S2 = Story(
    2,
    "truong-thpt-quynh-lam-don-bang-cong-nhan-dat-chuan-quoc-gia",
    "Trường THPT Quỳnh Lâm đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 1",
    "tin-nha-truong",
    "2026-10-08",
    [
        P(
            "Ngày 7/10/2026, Trường THPT Quỳnh Lâm long trọng tổ chức Lễ đón nhận Bằng công nhận trường "
            "đạt chuẩn quốc gia mức độ 1 và Bằng công nhận đạt kiểm định chất lượng giáo dục cấp độ 2."
        ),
        P(
            "Trước đó, qua kiểm tra thực tế, Đoàn đánh giá ngoài của Sở GD&ĐT Ninh Bình đánh giá nhà "
            "trường đáp ứng đầy đủ 5 tiêu chuẩn về tổ chức và quản lý nhà trường; cán bộ quản lý, giáo "
            "viên, nhân viên và học sinh; cơ sở vật chất và thiết bị dạy học; quan hệ giữa nhà trường, "
            "gia đình và xã hội; hoạt động giáo dục và kết quả giáo dục."
        ),
        Img(img("IMG_7702-mP4zWq.jpg"), "Lãnh đạo Sở GD&ĐT trao Bằng công nhận cho nhà trường.",
            "Lãnh đạo Sở GD&ĐT trao Bằng công nhận cho nhà trường."),
        P(
            "Phát biểu tại buổi lễ, cô Phạm Thị Minh Nguyệt, Hiệu trưởng nhà trường, bày tỏ lời cảm ơn "
            "tới các cấp lãnh đạo, phụ huynh và đặc biệt là các thế hệ cựu học sinh đã chung tay đóng "
            "góp xây dựng cơ sở vật chất nhà trường trong nhiều năm qua."
        ),
        P(
            "Trong giai đoạn 2021 – 2026, cựu học sinh các khóa đã ủng hộ xây dựng nhà đa năng, cải tạo "
            "thư viện và lắp đặt màn hình tương tác cho 30 phòng học với tổng giá trị hơn 3,2 tỷ đồng."
        ),
        Img(img("IMG_7735-Lk2vNa.jpg"), "Các đại biểu cắt băng khánh thành Thư viện xanh.",
            "Các đại biểu cắt băng khánh thành Thư viện xanh."),
        right("<em>Nguồn: Cổng TTĐT Sở GD&amp;ĐT Ninh Bình</em>"),
    ],
    source="Cổng TTĐT Sở GD&ĐT Ninh Bình",
    opts={
        "time": "2026-10-08 09:12",
        "desc": "Trường THPT Quỳnh Lâm đạt chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục "
        "cấp độ 2.",
        "cover": "IMG_7702-mP4zWq.jpg",
    },
)

S3 = Story(
    3,
    "soi-noi-hoi-giang-chao-mung-ngay-nha-giao-viet-nam",
    "Sôi nổi Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "tin-nha-truong",
    "2026-11-12",
    [
        P(
            "Từ ngày 2/11 đến ngày 11/11, Trường THPT Quỳnh Lâm tổ chức Hội giảng chào mừng 44 năm Ngày "
            "Nhà giáo Việt Nam với sự tham gia của 38 giáo viên thuộc 7 tổ chuyên môn."
        ),
        P(
            "Các tiết dạy được chuẩn bị công phu, bám sát yêu cầu của Chương trình giáo dục phổ thông "
            "2018, chú trọng phát triển phẩm chất và năng lực người học. Nhiều giáo viên mạnh dạn ứng "
            "dụng công nghệ thông tin, trí tuệ nhân tạo trong thiết kế bài giảng."
        ),
        Img(img("hoi-giang-11a2-Rt6sDf.jpg"),
            "Cô giáo Nguyễn Thị Lan (tổ Toán) trong tiết dạy hội giảng tại lớp 11A2.",
            "Cô giáo Nguyễn Thị Lan (tổ Toán) trong tiết dạy hội giảng tại lớp 11A2."),
        P(
            "Ban giám khảo đánh giá cao tiết dạy của cô Lan với cách tổ chức hoạt động nhóm linh hoạt, "
            "giúp học sinh tự phát hiện và chiếm lĩnh kiến thức."
        ),
        Img(img("hoi-giang-10a5-Hb8uYc.jpg"), "(Học sinh lớp 10A5 hào hứng trong giờ học Lịch sử)",
            "Học sinh lớp 10A5 hào hứng trong giờ học Lịch sử", "inbox"),
        P(
            "Kết thúc hội giảng, nhà trường đã xếp loại 14 tiết dạy giỏi, 21 tiết dạy khá; chọn 5 giáo "
            "viên tham gia Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2026 – 2027."
        ),
        right("<strong>Tin, ảnh: Trần Thu Trang</strong>"),
    ],
    authors=["Trần Thu Trang"],
    photographers=["Trần Thu Trang"],
    opts={
        "time": "2026-11-12 15:30",
        "desc": "38 giáo viên của 7 tổ chuyên môn tham gia Hội giảng chào mừng 44 năm Ngày Nhà giáo "
        "Việt Nam.",
        "cover": "hoi-giang-11a2-Rt6sDf.jpg",
    },
)

S4 = Story(
    4,
    "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11: ấm áp nghĩa tình thầy trò",
    "tin-nha-truong",
    "2026-11-20",
    [
        P(
            "Sáng 20/11, Trường THPT Quỳnh Lâm long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
            "Nam (20/11/1982 – 20/11/2026). Về dự có đại diện lãnh đạo xã Yên Mô, Hội Cha mẹ học sinh, "
            "Ban Liên lạc cựu học sinh cùng đông đảo thầy cô giáo đã nghỉ hưu."
        ),
        P(
            "Tại buổi lễ, thầy Vũ Quang Huy, Phó Hiệu trưởng nhà trường, ôn lại truyền thống ngày 20/11 "
            "và điểm lại những kết quả nổi bật của đội ngũ giáo viên trong năm học 2025 – 2026: 100% "
            "giáo viên đạt chuẩn trình độ đào tạo, 9 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh."
        ),
        Img(img("DSC_0418-Vx3pLm.jpg"), "Thầy Vũ Quang Huy, Phó Hiệu trưởng nhà trường, phát biểu tại buổi lễ.",
            "Thầy Vũ Quang Huy, Phó Hiệu trưởng nhà trường, phát biểu tại buổi lễ."),
        P(
            "Thay mặt các thế hệ cựu học sinh, chị Nguyễn Thị Phương Thảo (khóa 2000 – 2003), hiện là "
            "giảng viên Trường Đại học Sư phạm Hà Nội, gửi lời tri ân sâu sắc tới thầy cô."
        ),
        P(
            "“Chúng em đi xa, mỗi người một ngả, nhưng những bài giảng của thầy cô vẫn theo chúng em "
            "suốt cuộc đời”, chị xúc động nói.",
            "em",
        ),
        Img(img("DSC_0502-Qe7nTs.jpg"), "(Đại diện cựu học sinh tặng hoa các thầy cô giáo nghỉ hưu)",
            "Đại diện cựu học sinh tặng hoa các thầy cô giáo nghỉ hưu"),
        P(
            "Nhân dịp này, Ban Liên lạc cựu học sinh trao tặng nhà trường 20 bộ máy tính phục vụ phòng "
            "học Tin học, trị giá 240 triệu đồng."
        ),
        right("<strong>BBT</strong>"),
    ],
    opts={
        "time": "2026-11-20 00:40",
        "desc": "Trường THPT Quỳnh Lâm tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam trong không khí "
        "ấm áp nghĩa tình.",
        "cover": "DSC_0418-Vx3pLm.jpg",
    },
)

S5 = Story(
    5,
    "doi-tuyen-hoc-sinh-gioi-lop-12-on-luyen-tang-toc",
    "Đội tuyển học sinh giỏi lớp 12 bước vào giai đoạn ôn luyện tăng tốc",
    "tin-nha-truong",
    "2026-10-20",
    [
        P(
            "Theo kế hoạch của Sở GD&ĐT Ninh Bình, kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học "
            "2026 – 2027 sẽ diễn ra vào đầu tháng 12. Trường THPT Quỳnh Lâm đã thành lập 9 đội tuyển "
            "với 72 học sinh."
        ),
        P("Các đội tuyển năm nay được phân công giáo viên phụ trách như sau:"),
        P("Môn Toán: cô Nguyễn Thị Lan, thầy Hà Văn Quyết;", "li"),
        P("Môn Ngữ văn: cô Đinh Thị Hồng Vân;", "li"),
        P("Môn Tiếng Anh: cô Lưu Thị Ngọc Ánh, cô Phạm Thu Hà;", "li"),
        P("Các môn Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí, Tin học: các thầy cô tổ trưởng chuyên môn.", "li"),
        P("Lịch ôn luyện", "h3"),
        P("Các đội tuyển ôn luyện vào chiều thứ Ba, thứ Năm và sáng Chủ nhật hằng tuần."),
        P(
            "Riêng hai tuần cuối trước kỳ thi, học sinh được bố trí ôn tập tập trung tại thư viện nhà "
            "trường.",
            "br",
        ),
        Img(img("doi-tuyen-hsg-2026-Zc5kWe.jpg")),
        P(
            "Ban Liên lạc cựu học sinh cam kết hỗ trợ mỗi em trong đội tuyển 500.000 đồng tiền ăn trong "
            "thời gian ôn luyện và thưởng thêm cho các em đạt giải."
        ),
        right("<strong>Tổ Toán – Tin</strong>"),
    ],
    authors=["Tổ Toán – Tin"],
    opts={
        "time": "2026-10-20 10:00",
        "desc": "9 đội tuyển với 72 học sinh lớp 12 đang tích cực ôn luyện cho kỳ thi học sinh giỏi "
        "cấp tỉnh.",
        "cover": "doi-tuyen-hsg-2026-Zc5kWe.jpg",
    },
)

S6 = Story(
    6,
    "ban-lien-lac-hop-trien-khai-ke-hoach-ky-niem-50-nam",
    "Ban Liên lạc cựu học sinh họp triển khai kế hoạch kỷ niệm 50 năm thành lập trường",
    "hoat-dong-chs",
    "2026-10-05",
    [
        P(
            "Chiều 4/10, Ban Liên lạc cựu học sinh Trường THPT Quỳnh Lâm tổ chức hội nghị mở rộng triển "
            "khai kế hoạch tham gia Lễ kỷ niệm 50 năm thành lập trường (1976 – 2026).",
            "lead",
        ),
        P(
            "Dự hội nghị có 46 đại biểu là đại diện ban liên lạc các khóa từ 1976 – 1979 đến 2022 – 2025 "
            "và đại diện Ban Giám hiệu nhà trường."
        ),
        P(
            "Hội nghị thống nhất thành lập 4 tiểu ban: Nội dung, Tài chính, Lễ tân – Hậu cần và Truyền "
            "thông. Mỗi khóa cử 1 – 2 thành viên tham gia các tiểu ban.",
            "m:Hội nghị thống nhất thành lập 4 tiểu ban: Nội dung, Tài chính, Lễ tân – Hậu cần và "
            'Tru<span style="color: rgb(26, 26, 26)">yền</span> thông. Mỗi khóa cử 1 – 2 thành '
            'viên tham gia các tiểu&nbsp;<span style="color: rgb(26, 26, 26)">ban</span>.',
        ),
        P(
            "Về nguồn kinh phí, hội nghị thống nhất vận động trên tinh thần tự nguyện, không bình quân, "
            "không ấn định mức đóng góp. Toàn bộ thu, chi được công khai trên website và nhóm Zalo của "
            "Ban Liên lạc."
        ),
        P(
            "Phát biểu chỉ đạo, cô Phạm Thị Minh Nguyệt, Hiệu trưởng nhà trường, đề nghị Ban Liên lạc "
            "phối hợp chặt chẽ với nhà trường trong việc sưu tầm tư liệu, hiện vật, hình ảnh phục vụ "
            "phòng trưng bày truyền thống."
        ),
        Img(img("hop-bll-04-10-Ns4gHj.jpg")),
        right("<em>Nguyễn Văn Thịnh – Phó Trưởng ban Thường trực</em>"),
    ],
    authors=["Nguyễn Văn Thịnh"],
    summary=(
        "Chiều 4/10, Ban Liên lạc cựu học sinh Trường THPT Quỳnh Lâm tổ chức hội nghị mở rộng triển "
        "khai kế hoạch tham gia Lễ kỷ niệm 50 năm thành lập trường (1976 – 2026)."
    ),
    opts={
        "time": "2026-10-05 21:15",
        "desc": "Hội nghị mở rộng của Ban Liên lạc cựu học sinh thống nhất thành lập 4 tiểu ban chuẩn bị "
        "cho Lễ kỷ niệm 50 năm.",
        "cover": "hop-bll-04-10-Ns4gHj.jpg",
        "spacers": True,
    },
)

S7 = Story(
    7,
    "quy-khuyen-hoc-trao-45-suat-hoc-bong-dot-1",
    "Quỹ Khuyến học Cựu học sinh trao 45 suất học bổng đợt I năm học 2026 – 2027",
    "hoat-dong-chs",
    "2026-10-30",
    [
        P(
            "Sáng 29/10, Quỹ Khuyến học Cựu học sinh Trường THPT Quỳnh Lâm tổ chức trao học bổng đợt I "
            "năm học 2026 – 2027 cho 45 học sinh có hoàn cảnh khó khăn vươn lên học tốt, với tổng giá "
            "trị 112.500.000 đồng."
        ),
        P(
            "Quỹ Khuyến học được thành lập năm 2011 theo sáng kiến của cựu học sinh khóa 1985 – 1988. "
            "Sau 15 năm hoạt động, quỹ đã trao hơn 1.200 suất học bổng với tổng số tiền trên 2,6 tỷ đồng."
        ),
        Img(img("trao-hoc-bong-dot1-Gf9xRb.jpg"), "Đại diện Quỹ Khuyến học trao học bổng cho các em học sinh.",
            "Đại diện Quỹ Khuyến học trao học bổng cho các em học sinh."),
        P("Nguồn kinh phí đợt này do các tập thể, cá nhân cựu học sinh ủng hộ, trong đó có:"),
        P("Khóa 1985 – 1988: 30.000.000 đồng;", "li"),
        P("Khóa 1994 – 1997: 25.000.000 đồng;", "li"),
        P("Gia đình anh Đỗ Văn Quân (khóa 1999 – 2002): 20.000.000 đồng;", "li"),
        P("Các tập thể, cá nhân khác: 37.500.000 đồng.", "li"),
        P(
            "Em Bùi Thị Ngọc Mai, lớp 12A4, có bố mất sớm, mẹ làm nông nghiệp, chia sẻ: “Suất học bổng "
            "là động lực để em cố gắng thi đỗ vào ngành Y như mong ước”."
        ),
        P(
            "Ban Liên lạc kêu gọi các anh chị cựu học sinh tiếp tục đồng hành cùng Quỹ. Mọi đóng góp xin "
            "gửi về tài khoản số 3600 205 118 297, Ngân hàng Agribank chi nhánh Yên Mô, chủ tài khoản: "
            "Quỹ Khuyến học CHS THPT Quỳnh Lâm."
        ),
        right("<strong>Văn phòng Ban Liên lạc</strong>"),
    ],
    authors=["Văn phòng Ban Liên lạc"],
    opts={
        "time": "2026-10-30 08:45",
        "desc": "45 học sinh có hoàn cảnh khó khăn vươn lên học tốt nhận học bổng của Quỹ Khuyến học "
        "Cựu học sinh.",
        "cover": "trao-hoc-bong-dot1-Gf9xRb.jpg",
    },
)

S8 = Story(
    8,
    "cuu-hoc-sinh-khoa-2006-2009-ve-tham-truong",
    "Cựu học sinh khóa 2006 – 2009 về thăm trường sau 17 năm ra trường",
    "hoat-dong-chs",
    "2026-11-16",
    [
        P(
            "Ngày 15/11, gần 120 cựu học sinh khóa 2006 – 2009 từ khắp mọi miền đất nước đã trở về thăm "
            "mái trường xưa, gặp gỡ thầy cô và bạn bè sau 17 năm ra trường."
        ),
        P(
            "Buổi gặp mặt diễn ra tại hội trường nhà trường trong không khí ấm áp. Các thầy cô chủ nhiệm "
            "năm xưa như thầy Ninh Văn Khánh, cô Trần Thị Huế, cô Lã Thị Thanh Bình đều có mặt từ sớm."
        ),
        P(
            "Nhiều bạn nay đã thành đạt: có người là bác sĩ, kỹ sư, giảng viên đại học, sĩ quan quân đội; "
            "có người là chủ doanh nghiệp tại quê nhà. Nhưng khi gặp lại thầy cô, ai cũng như trở về "
            "tuổi mười tám."
        ),
        Img(img("k31-gap-mat-01-Jd2qPw.jpg", 480, 480), style="gallery"),
        Img(img("k31-gap-mat-02-Tx6mKa.jpg", 480, 480), style="gallery"),
        Img(img("k31-gap-mat-03-Bn3vZr.jpg", 480, 480), style="gallery"),
        Img(img("k31-gap-mat-04-Wy8cLe.jpg", 480, 480), style="gallery"),
        P(
            "Nhân dịp này, khóa 2006 – 2009 trao tặng nhà trường 50 bộ bàn ghế học sinh và 15 suất học "
            "bổng cho học sinh nghèo vượt khó, tổng trị giá 95 triệu đồng."
        ),
        right("<em>Bài: Nguyễn Thị Thu Hằng (K31, lớp 12A1)</em><br><em>Ảnh: Đỗ Mạnh Cường (K31)</em>"),
    ],
    authors=["Nguyễn Thị Thu Hằng"],
    photographers=["Đỗ Mạnh Cường"],
    opts={
        "time": "2026-11-16 22:10",
        "desc": "Gần 120 cựu học sinh khóa 2006 – 2009 trở về thăm trường, gặp gỡ thầy cô sau 17 năm.",
        "cover": "k31-gap-mat-01-Jd2qPw.jpg",
    },
)

S9 = Story(
    9,
    "khai-mac-giai-bong-da-cuu-hoc-sinh-lan-thu-iii",
    "⚽ Khai mạc Giải bóng đá Cựu học sinh mở rộng lần thứ III",
    "hoat-dong-chs",
    "2026-11-24",
    [
        P(
            "Sáng 22/11, tại sân vận động xã Yên Mô, Ban Liên lạc cựu học sinh Trường THPT Quỳnh Lâm khai "
            "mạc Giải bóng đá Cựu học sinh mở rộng lần thứ III – năm 2026, chào mừng 50 năm thành lập "
            "trường."
        ),
        P("📍 Địa điểm: Sân vận động xã Yên Mô"),
        P("🗓 Thời gian: từ ngày 22/11 đến ngày 20/12/2026", "br"),
        P("⚽ Số đội tham dự: 12 đội, chia thành 3 bảng", "br"),
        Img(img("bong-da-khai-mac-Pq4rXs.jpg"), "Các đội bóng chụp ảnh lưu niệm tại lễ khai mạc.",
            "Các đội bóng chụp ảnh lưu niệm tại lễ khai mạc."),
        P(
            "Phát biểu khai mạc, anh Trần Đức Mạnh, Trưởng ban tổ chức giải, cho biết giải năm nay có số "
            "đội tham dự đông nhất từ trước đến nay, trong đó có 2 đội của cựu học sinh đang sinh sống, "
            "làm việc tại Hà Nội và Thành phố Hồ Chí Minh."
        ),
        P(
            "Trận khai mạc giữa đội Khóa 1996 – 1999 và đội Khóa 2010 – 2013 diễn ra sôi nổi, hấp dẫn. "
            "Chung cuộc, đội Khóa 2010 – 2013 giành chiến thắng với tỷ số 3 – 2."
        ),
        P("Trận chung kết dự kiến diễn ra vào chiều 20/12, ngay trước thềm Lễ kỷ niệm 50 năm thành lập trường."),
        Raw(
            '<p class="body" dir="auto"><strong>Xem thêm: </strong><a href="/quy-khuyen-hoc-trao-45-suat-hoc-bong-dot-1'
            f'?fbclid={FBCLID_7}" target="_blank" rel="noopener">Quỹ Khuyến học Cựu học sinh trao 45 suất học '
            "bổng đợt I</a></p>"
        ),
        right("<strong>Tin: Lê Minh Tuấn (K21) - Ảnh: Phạm Văn Khải</strong>"),
    ],
    authors=["Lê Minh Tuấn"],
    photographers=["Phạm Văn Khải"],
    opts={
        "time": "2026-11-24 07:30",
        "desc": "12 đội bóng tham dự Giải bóng đá Cựu học sinh mở rộng lần thứ III chào mừng 50 năm "
        "thành lập trường.",
        "cover": "bong-da-khai-mac-Pq4rXs.jpg",
    },
)

S10 = Story(
    10,
    "dem-nhac-mai-truong-men-yeu-tri-an-thay-co",
    "Đêm nhạc “Mái trường mến yêu” tri ân thầy cô",
    "hoat-dong-chs",
    "2026-12-03",
    [
        P(
            "Tối 2/12, tại sân trường THPT Quỳnh Lâm, Đoàn trường phối hợp với Ban Liên lạc cựu học sinh "
            "tổ chức đêm nhạc “Mái trường mến yêu” nhằm tri ân thầy cô giáo và gây quỹ cho Lễ kỷ niệm "
            "50 năm thành lập trường."
        ),
        P(
            "Chương trình thu hút gần 1.500 khán giả là học sinh, thầy cô giáo, phụ huynh và cựu học sinh "
            "nhiều thế hệ. Nhiều tiết mục do chính cựu học sinh các khóa dàn dựng và biểu diễn."
        ),
        Img(img("dem-nhac-01-Wq7Lm2.jpg"), "Ảnh: Hoàng Nam", None),
        P(
            "Mở đầu chương trình là liên khúc “Bụi phấn – Người thầy” do tốp ca khóa 2016 – 2019 thể "
            "hiện. Tiết mục múa “Em yêu trường em” của các em lớp 10A3 nhận được tràng pháo tay dài từ "
            "khán giả."
        ),
        P(
            "Xúc động nhất là phần giao lưu giữa thầy Đinh Văn Hòa, nguyên Bí thư Đoàn trường giai đoạn "
            "1995 – 2005, với các thế hệ học trò. Thầy chia sẻ: “Mỗi lần trở lại sân trường này, tôi lại "
            "thấy mình trẻ ra hai mươi tuổi”."
        ),
        Img(img("dem-nhac-02-Ck5tHv.jpg"), "Ảnh: Hoàng Nam", None),
        P(
            "Trong đêm nhạc, Ban tổ chức đã tiếp nhận 86.500.000 đồng ủng hộ của các tập thể, cá nhân. "
            "Toàn bộ số tiền được chuyển vào Quỹ tổ chức Lễ kỷ niệm và Quỹ Khuyến học cựu học sinh."
        ),
        Raw(
            "\x00embed"
            '<iframe class="grid-embed__iframe" src="https://www.youtube.com/embed/q9XwK2mLp4s?rel=0" '
            'title="Đêm nhạc Mái trường mến yêu 2026" loading="lazy" allowfullscreen></iframe>'
        ),
        right("<em>Nguồn: Đoàn trường THPT Quỳnh Lâm</em>"),
    ],
    photographers=["Hoàng Nam"],
    source="Đoàn trường THPT Quỳnh Lâm",
    opts={
        "time": "2026-12-03 06:20",
        "desc": "Đêm nhạc tri ân thầy cô và gây quỹ cho Lễ kỷ niệm 50 năm thành lập trường.",
        "cover": "dem-nhac-01-Wq7Lm2.jpg",
    },
)

S11 = Story(
    11,
    "pgs-ts-le-quang-vinh-30-nam-theo-duoi-giong-lua-chiu-man",
    "PGS.TS Lê Quang Vinh: 30 năm theo đuổi giống lúa chịu mặn",
    "guong-mat-ky-uc",
    "2026-10-14",
    [
        P(
            "Sinh ra ở một làng thuần nông ven sông Vạc, cậu học trò Lê Quang Vinh từng đạp xe hơn 10 cây "
            "số mỗi ngày đến trường. Những mùa lúa mất trắng vì nước mặn tràn đồng đã nuôi trong anh ước "
            "mơ trở thành nhà khoa học nông nghiệp."
        ),
        P(
            "Tốt nghiệp Trường Đại học Nông nghiệp I năm 1992, anh tiếp tục học thạc sĩ, tiến sĩ tại "
            "Philippines và Nhật Bản, rồi trở về công tác tại Viện Cây lương thực và Cây thực phẩm."
        ),
        Img(img("pgs-le-quang-vinh-Ua1sFe.jpg"),
            "PGS.TS Lê Quang Vinh kiểm tra ruộng lúa thí nghiệm tại Hải Dương.",
            "PGS.TS Lê Quang Vinh kiểm tra ruộng lúa thí nghiệm tại Hải Dương."),
        P("– Điều gì khiến anh gắn bó với cây lúa suốt 30 năm qua?", "b"),
        P(
            "– Có lẽ là ký ức tuổi thơ. Tôi vẫn nhớ cảnh mẹ ngồi khóc bên bờ ruộng năm 1987, khi cả cánh "
            "đồng bị nhiễm mặn. Bước chân vào nghề, tôi chỉ mong sao những người nông dân như mẹ tôi "
            "không phải khóc nữa."
        ),
        P("– Anh có nhắn gửi gì tới thế hệ học sinh Quỳnh Lâm hôm nay?", "b"),
        P(
            "– Hãy học thật vững những môn cơ bản và đừng ngại trở về quê hương. Nông thôn Việt Nam đang "
            "rất cần những người trẻ có tri thức."
        ),
        right("<em>Phạm Hồng Nhung (K29)</em>"),
    ],
    authors=["Phạm Hồng Nhung"],
    summary=(
        "Cựu học sinh khóa 1985 – 1988 Lê Quang Vinh, nay là Phó Viện trưởng Viện Cây lương thực và "
        "Cây thực phẩm, đã dành gần trọn sự nghiệp cho những giống lúa giúp nông dân vùng ven biển vượt "
        "qua xâm nhập mặn."
    ),
    sapo_outside=True,
    opts={
        "time": "2026-10-14 14:00",
        "cover": "pgs-le-quang-vinh-Ua1sFe.jpg",
    },
)

S12 = Story(
    12,
    "ky-uc-ve-thay-hieu-truong-dau-tien",
    "Ký ức về thầy Hiệu trưởng đầu tiên",
    "guong-mat-ky-uc",
    "2026-11-05",
    [
        right("<em>Thầy Đặng Văn Lâm – nguyên giáo viên Ngữ văn (1978 – 2015)</em>"),
        P(
            "Mùa thu năm 1976, giữa cánh đồng chiêm trũng của huyện Yên Mô, ngôi trường cấp III đầu tiên "
            "của vùng được dựng lên bằng tre, nứa và mái rạ. Người gánh trên vai trọng trách ấy là thầy "
            "Trịnh Xuân Bảng, Hiệu trưởng đầu tiên của trường.[1]"
        ),
        P(
            "Tôi về trường năm 1978, khi vừa tròn hai mươi hai tuổi. Buổi đầu tiên, thầy Bảng dẫn tôi đi "
            "một vòng quanh ba dãy lớp học tranh tre rồi nói: “Trường mình nghèo, nhưng học trò mình "
            "không được nghèo chữ”. Câu nói ấy theo tôi suốt 37 năm đứng lớp."
        ),
        Img(img("anh-tu-lieu-1982-Ex9hQo.jpg", 768, 540),
            "(Thầy Trịnh Xuân Bảng, thứ hai từ trái sang, cùng giáo viên nhà trường năm 1982 – Ảnh tư liệu)",
            "Thầy Trịnh Xuân Bảng, thứ hai từ trái sang, cùng giáo viên nhà trường năm 1982 – Ảnh tư liệu"),
        P(
            "Những năm ấy, thầy trò thiếu thốn đủ bề. Sách giáo khoa phải dùng chung, giấy viết là giấy "
            "đen tái chế. Mùa mưa, nước ngập sân trường, thầy Bảng xắn quần cùng học trò đắp bờ, khơi "
            "rãnh.[2]"
        ),
        P(
            "Thầy nghỉ hưu năm 1990 và mất năm 2009. Mỗi dịp 20/11, các thế hệ học trò vẫn về thắp hương "
            "tưởng nhớ người thầy đã đặt những viên gạch đầu tiên cho mái trường Quỳnh Lâm."
        ),
        P("Chú thích", "h3"),
        P(
            "[1] Thầy Trịnh Xuân Bảng (1932 – 2009), quê xã Yên Phong, Hiệu trưởng Trường cấp III Yên Mô B "
            "(nay là Trường THPT Quỳnh Lâm) từ năm 1976 đến năm 1990.",
            "small",
        ),
        P(
            "[2] Theo Lịch sử Trường THPT Quỳnh Lâm 1976 – 2016, Nhà xuất bản Giáo dục Việt Nam, 2016, "
            "tr. 24.",
            "small",
        ),
    ],
    authors=["Đặng Văn Lâm"],
    opts={
        "time": "2026-11-05 20:00",
        "desc": "Những kỷ niệm của một giáo viên Ngữ văn về thầy Trịnh Xuân Bảng, Hiệu trưởng đầu tiên "
        "của trường.",
        "cover": "anh-tu-lieu-1982-Ex9hQo.jpg",
    },
)

S13 = Story(
    13,
    "nha-bao-tran-hai-yen-quynh-lam-la-noi-toi-hoc-viet",
    "Nhà báo Trần Hải Yến: “Quỳnh Lâm là nơi tôi học viết những dòng đầu tiên”",
    "guong-mat-ky-uc",
    "2026-11-27",
    [
        P(
            "Từ cô học trò đội tuyển Văn của Trường THPT Quỳnh Lâm, Trần Hải Yến (khóa 2003 – 2006) nay "
            "là phóng viên Ban Thời sự, Đài Truyền hình Việt Nam, từng hai lần đoạt Giải Báo chí quốc gia."
        ),
        P(
            "Chị kể, những trang văn đầu tiên được cô Đinh Thị Hồng Vân đọc trước lớp là động lực để chị "
            "chọn nghề báo. “Cô dạy tôi rằng viết là để người khác hiểu, chứ không phải để mình được "
            "khen”, chị nhớ lại."
        ),
        Img(img("nha-bao-hai-yen-truong-sa-Io4wNd.jpg"),
            "Nhà báo Trần Hải Yến trong một chuyến tác nghiệp tại Trường Sa năm 2024.",
            "Nhà báo Trần Hải Yến trong một chuyến tác nghiệp tại Trường Sa năm 2024."),
        P(
            "Năm 2023, loạt phóng sự “Những lớp học giữa đại ngàn” của chị về giáo viên cắm bản ở Điện "
            "Biên giành Giải A Giải Báo chí quốc gia. Năm 2025, chị tiếp tục đoạt giải với loạt phóng sự "
            "về trẻ em vùng lũ."
        ),
        P(
            "Dù bận rộn, chị vẫn dành thời gian về trường giao lưu với học sinh đội tuyển Văn và đã nhận "
            "lời dẫn chương trình Lễ kỷ niệm 50 năm thành lập trường vào ngày 26/12 tới."
        ),
        Raw(
            '<p class="body" dir="auto"><strong>Xem thêm: </strong><a href="/pgs-ts-le-quang-vinh-30-nam-theo-duoi-'
            f'giong-lua-chiu-man?fbclid={FBCLID_11}">PGS.TS Lê Quang Vinh: 30 năm theo đuổi giống lúa chịu '
            "mặn</a></p>"
        ),
        right("<strong>Minh Khuê</strong><br><em>Theo Báo Ninh Bình điện tử</em>"),
    ],
    authors=["Minh Khuê"],
    source="Báo Ninh Bình điện tử",
    opts={
        "time": "2026-11-27 11:11",
        "desc": "Gặp gỡ nhà báo Trần Hải Yến, cựu học sinh khóa 2003 – 2006, hai lần đoạt Giải Báo chí "
        "quốc gia.",
        "cover": "nha-bao-hai-yen-truong-sa-Io4wNd.jpg",
        "nfd": True,
    },
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_SLUG = {s.slug: s for s in STORIES}


def _local(story: Story) -> datetime:
    return datetime.strptime(story.opts["time"], "%Y-%m-%d %H:%M").replace(tzinfo=VN)


def _utc_iso(story: Story) -> str:
    return _local(story).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _printed_date(story: Story) -> str:
    local = _local(story)
    return f"{local.day} thg {local.month}, {local.year}"


def _reading_minutes(story: Story) -> int:
    words = sum(len(p.split()) for p in story.paragraphs)
    return max(1, round(words / 130))


def _desc(story: Story) -> str:
    return story.opts.get("desc") or story.summary or ""


#: newest first, as every blog list prints them
ORDERED = sorted(STORIES, key=_local, reverse=True)

# --- markup helpers ---------------------------------------------------------------------------


def _t(story: Story | None, value: str) -> str:
    s = esc(value).replace("&#x27;", "'").replace("&quot;", '"')
    if story is not None and story.opts.get("nfd"):
        s = unicodedata.normalize("NFD", s)
    return s


def _element(eid: str, row: int, col: str, kind: str, inner: str, mrow: int | None = None) -> str:
    """One grid cell; ``mrow`` is its row in the one-column mobile grid."""
    mrow = row if mrow is None else mrow
    return (
        f'<div id="{eid}" class="layout-element layout-element--layout" data-v-5a7b3c1e '
        f'style="--grid-row:{row}/{row + 1};--grid-column:{col};--m-grid-row:{mrow}/{mrow + 1};'
        f'--m-grid-column:1/2;--z-index:{row + 1}">'
        f'<div class="layout-element__component layout-element__component--{kind}" '
        f'data-qa="builder-gridelement-{kind.lower()}">{inner}</div></div>'
    )


def _textbox(inner: str) -> str:
    return f'<div class="text-box" data-v-27e9c3b6>{inner}</div>'


def _section(bid: str, rows: int, elements: str, extra_cls: str = "", style: str = "") -> str:
    return (
        f'<section id="{bid}" class="block{(" " + extra_cls) if extra_cls else ""}" data-v-0e3ac5ff '
        f'style="--block-padding:16px 0 16px 0;--m-block-padding:8px 16px 8px 16px;{style}">'
        f'<div class="block-layout block-layout--layout" style="--grid-template-rows:repeat({rows},minmax(24px,auto));'
        f'--grid-template-columns:repeat(12,1fr);--grid-gap-size:16px;--m-grid-template-columns:1fr">'
        f"{elements}</div></section>"
    )


def _image_tag(src: str, alt: str = "", cls: str = "image__image") -> str:
    small = src.replace("w=768,", "w=328,").replace("h=512,", "h=219,")
    return (
        f'<img class="{cls}" src="{esc(src)}" srcset="{esc(small)} 328w, {esc(src)} 768w" '
        f'sizes="(min-width: 920px) 768px, calc(100vw - 32px)" alt="{esc(alt)}" loading="lazy" '
        f'data-qa="builder-gridelement-gridimage-img">'
    )


def _para(story: Story, p: P) -> str:
    style = p.style
    if style.startswith("m:"):
        inner = style[2:]
        if story.opts.get("nfd"):
            inner = unicodedata.normalize("NFD", inner)
        return f'<p class="body" dir="auto">{inner}</p>'
    t = _t(story, p.text)
    if style == "lead":
        return f'<p class="body" dir="auto"><strong>{t}</strong></p>'
    if style == "b":
        return f'<p class="body" dir="auto"><strong><em>{t}</em></strong></p>'
    if style == "em":
        return f'<p class="body" dir="auto" style="text-align: center"><em>{t}</em></p>'
    if style in ("h2", "h3"):
        return f'<{style} class="{style}" dir="auto">{t}</{style}>'
    if style == "small":
        return f'<p class="body-small" dir="auto">{t}</p>'
    if style == "li":
        return f'<li><p class="body" dir="auto">{t}</p></li>'
    return f'<p class="body" dir="auto">{t}</p>'


def render_content(story: Story) -> str:
    """The post's grid blocks: text boxes, image elements with caption boxes, a gallery."""
    sections: list[str] = []
    elements: list[str] = []
    row = 1
    box: list[str] = []
    pending_inbox: list[str] = []
    shift = 0  # cells that sit side by side on desktop stack on mobile: later rows move down

    def flush_box() -> None:
        nonlocal row, box
        if box:
            html_ = "".join(box).replace("</ul><ul>", "")
            elements.append(_element(zid(f"{story.slug}-tb-{row}"), row, "2/12", "GridTextBox", _textbox(html_),
                                     mrow=row + shift))
            row += 1
            box = []

    def close_section() -> None:
        nonlocal elements, row, shift
        flush_box()
        if elements:
            bid = zid(f"{story.slug}-sec-{len(sections)}")
            sections.append(_section(bid, row - 1, "".join(elements)))
            elements = []
            row = 1
            shift = 0

    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P):
            if pending_inbox:
                box.extend(pending_inbox)
                pending_inbox = []
            if b.style == "br" and box and box[-1].endswith("</p>"):
                box[-1] = box[-1][: -len("</p>")] + "<br>" + _t(story, b.text) + "</p>"
            elif b.style == "li":
                box.append("<ul>" + _para(story, b) + "</ul>")
            else:
                box.append(_para(story, b))
                if story.opts.get("spacers") and b.style != "lead":
                    box.append('<p class="body" dir="auto"><br></p>')
        elif isinstance(b, Img):
            flush_box()
            if b.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(blocks[i])
                    i += 1
                i -= 1
                cells = "".join(
                    f'<div class="gallery-grid__image-wrapper" style="--grid-column:span 1">'
                    f'<img class="gallery-grid__image" src="{esc(g.src)}" alt="" loading="lazy"></div>'
                    for g in group
                )
                gallery = (
                    f'<div class="gallery-grid" style="--columns:2;--m-columns:2;--gap:8px">{cells}</div>'
                )
                elements.append(_element(zid(f"{story.slug}-gal-{row}"), row, "2/12", "GridGallery", gallery))
                row += 1
            else:
                elements.append(
                    _element(
                        zid(f"{story.slug}-img-{row}"), row, "3/11", "GridImage",
                        f'<div class="image image--grid" data-v-1f6d7a2b>{_image_tag(b.src)}</div>',
                    )
                )
                row += 1
                if b.printed and b.style == "inbox":
                    pending_inbox = [
                        f'<p class="body" dir="auto" style="text-align: center"><em>{_t(story, b.printed)}</em></p>'
                    ]
                elif b.printed:
                    cap = (
                        f'<p class="body-small" dir="auto" style="text-align: center">'
                        f"<em>{_t(story, b.printed)}</em></p>"
                    )
                    elements.append(
                        _element(zid(f"{story.slug}-cap-{row}"), row, "3/11", "GridTextBox", _textbox(cap))
                    )
                    row += 1
        elif isinstance(b, Raw):
            h = b.html
            if story.opts.get("nfd"):
                h = unicodedata.normalize("NFD", h)
            if h.startswith("\x00cols"):
                flush_box()
                left, right_ = h[len("\x00cols"):].split("\x00")
                elements.append(_element(zid(f"{story.slug}-l-{row}"), row, "1/7", "GridTextBox", _textbox(left),
                                         mrow=row + shift))
                elements.append(_element(zid(f"{story.slug}-r-{row}"), row, "7/13", "GridTextBox", _textbox(right_),
                                         mrow=row + shift + 1))
                shift += 1
                row += 1
            elif h.startswith("\x00box"):
                flush_box()
                elements.append(
                    _element(zid(f"{story.slug}-by-{row}"), row, "6/12", "GridTextBox", _textbox(h[len("\x00box"):]))
                )
                row += 1
            elif h.startswith("\x00embed"):
                close_section()
                emb = '<div class="grid-embed" style="--height:360px">' + h[len("\x00embed"):] + "</div>"
                elements.append(_element(zid(f"{story.slug}-emb"), row, "2/12", "GridEmbed", emb))
                row += 1
                close_section()
            else:
                box.append(h)
        i += 1
    close_section()
    return "".join(sections)


# --- chrome -----------------------------------------------------------------------------------

NAV = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", None, [("Lịch sử nhà trường", "/gioi-thieu"), ("Thư ngỏ", "/thu-ngo"),
                          ("Ban Liên lạc", "/ban-lien-lac")]),
    ("Tin tức", None, [(name, f"/{slug}") for slug, name in CATS.items()]),
    ("Kỷ niệm", None, [("Album ảnh", "/album-ky-niem"), ("Video", "/video")]),
    ("Liên hệ", "/lien-he/", []),
]

LOGO = img("logo-chs-quynh-lam-mP4zZx.png", 240, 240)
ICONS = {
    "facebook": "/assets/icons/facebook-1f3b.svg.png",
    "zalo": "/assets/icons/zalo-9c2e.svg.png",
    "youtube": "/assets/icons/youtube-4d7a.svg.png",
}


def _nav(mobile: bool) -> str:
    cls = "block-header-layout-mobile" if mobile else "block-header-layout-desktop"
    items = []
    for n, (label, href, sub) in enumerate(NAV):
        if sub:
            subs = "".join(
                f'<li class="block-header-item__dropdown-item"><a class="item-content" href="{h}" '
                f'data-qa="navigation-item-link">{esc(t)}</a></li>'
                for t, h in sub
            )
            items.append(
                f'<li class="block-header-item block-header-item--dropdown" data-v-4c2d9e0a>'
                f'<button class="item-content item-content--dropdown" aria-haspopup="true">{esc(label)}'
                f'<svg class="item-content__icon" viewBox="0 0 24 24" width="16" height="16"><path d="M7 10l5 5 5-5z"/>'
                f'</svg></button><div class="block-header-item__dropdown" style="--dropdown-index:{n}">'
                f'<ul class="block-header-item__dropdown-list">{subs}</ul></div></li>'
            )
        else:
            items.append(
                f'<li class="block-header-item" data-v-4c2d9e0a><a class="item-content" href="{href}" '
                f'data-qa="navigation-item-link">{esc(label)}</a></li>'
            )
    burger = (
        '<button class="burger" aria-label="Mở menu" data-qa="builder-siteheader-burgermenu">'
        '<span class="burger__line"></span><span class="burger__line"></span></button>'
        if mobile else ""
    )
    return (
        f'<div class="{cls}">{burger}<a href="/" class="block-header-logo" data-qa="builder-siteheader-img-logo">'
        f'<img class="block-header-logo__image" src="{LOGO}" alt="Logo {esc(SITE_NAME)}" width="64" height="64"></a>'
        f'<nav class="{cls}__navigation-wrapper"><ul class="{cls}__navigation">{"".join(items)}</ul></nav>'
        f'<a class="grid-button grid-button--primary block-header__cta" href="/quy-khuyen-hoc-trao-45-suat-hoc-bong-dot-1">'
        f"Ủng hộ Quỹ Khuyến học</a></div>"
    )


def header() -> str:
    topbar = _section(
        zid("topbar"),
        1,
        _element(zid("topbar-date"), 1, "1/5", "GridTextBox",
                 _textbox(f'<p class="body-small" dir="auto"><span style="color: rgb(255, 255, 255)">'
                          f"{HEADER_TODAY}</span></p>"))
        + _element(zid("topbar-count"), 1, "5/13", "GridTextBox",
                   _textbox('<p class="body-small" dir="auto" style="text-align: right">'
                            '<span style="color: rgb(255, 214, 102)">⏳ Còn <strong>21</strong> ngày đến Lễ kỷ niệm '
                            "50 năm thành lập trường (26/12/1976 – 26/12/2026)</span></p>")),
        "block--topbar",
        "--block-background-color:rgb(11, 61, 145);",
    )
    return (
        topbar
        + '<header class="block-header" id="header" data-v-39a0d1b6 style="--height:96px;--m-height:64px;'
        '--background-color:rgb(255, 255, 255);--navigation-link-color:rgb(11, 61, 145)">'
        + _nav(False)
        + _nav(True)
        + "</header>"
    )


def footer() -> str:
    counter = (
        '<div class="grid-embed" style="--height:120px"><div class="hit-counter" id="hitcounter-quynhlam">'
        '<p><b>THỐNG KÊ TRUY CẬP</b></p>'
        "<p>Đang online: <span>7</span></p><p>Hôm nay: <span>214</span></p>"
        "<p>Tháng này: <span>3.962</span></p><p>Tổng truy cập: <span>128.905</span></p></div></div>"
    )
    poll = (
        '<div class="grid-embed" style="--height:180px"><form class="poll-embed" method="post" '
        'action="https://docs.google.com/forms/d/e/1FAIpQLSd7xQzL0mPq/formResponse" target="_blank">'
        "<p><b>Thăm dò ý kiến</b></p><p>Bạn sẽ về dự Lễ kỷ niệm 50 năm (26/12/2026)?</p>"
        '<label><input type="radio" name="entry.118392" value="co"> Chắc chắn về</label><br>'
        '<label><input type="radio" name="entry.118392" value="chua"> Chưa sắp xếp được</label><br>'
        '<label><input type="radio" name="entry.118392" value="khong"> Không về được</label><br>'
        '<button type="submit">Bình chọn</button></form></div>'
    )
    contact = _textbox(
        '<h3 class="h3" dir="auto"><span style="color: rgb(255, 255, 255)">BAN LIÊN LẠC CỰU HỌC SINH '
        "TRƯỜNG THPT QUỲNH LÂM</span></h3>"
        '<p class="body-small" dir="auto">Địa chỉ: Trường THPT Quỳnh Lâm, thôn Quỳnh Lâm, xã Yên Mô, tỉnh Ninh Bình</p>'
        '<p class="body-small" dir="auto">Điện thoại: 0229 3 868 215 – Hotline Ban Liên lạc: 0912 476 385</p>'
        '<p class="body-small" dir="auto">Email: <a href="mailto:lienlac.chsquynhlam@gmail.com">'
        "lienlac.chsquynhlam@gmail.com</a></p>"
    )
    social = "".join(
        f'<a class="social-icons__link" href="{href}" target="_blank" rel="noopener">'
        f'<img src="{ICONS[k]}" alt="{k}" width="24" height="24"></a>'
        for k, href in (
            ("facebook", "https://www.facebook.com/chs.thptquynhlam"),
            ("zalo", "https://zalo.me/g/chsquynhlam"),
            ("youtube", "https://www.youtube.com/@chsquynhlam"),
        )
    )
    copyright_ = _textbox(
        '<p class="body-small" dir="auto" style="text-align: center">© 2026 Ban Liên lạc Cựu học sinh '
        "Trường THPT Quỳnh Lâm. Website hoạt động phi lợi nhuận.</p>"
    )
    blocks = _section(
        zid("footer-1"),
        2,
        _element(zid("f-contact"), 1, "1/6", "GridTextBox", contact)
        + _element(zid("f-counter"), 1, "6/9", "GridEmbed", counter)
        + _element(zid("f-poll"), 1, "9/13", "GridEmbed", poll)
        + _element(zid("f-social"), 2, "1/4", "GridSocialIcons", f'<div class="social-icons">{social}</div>')
        + _element(zid("f-copy"), 2, "4/13", "GridTextBox", copyright_),
        "block--footer",
        "--block-background-color:rgb(9, 38, 92);",
    )
    cookie = (
        '<div class="cookie-banner" data-qa="builder-cookie-banner"><p class="body-small">Trang web này '
        "sử dụng cookie để cải thiện trải nghiệm của bạn.</p><button class=\"cookie-banner__button\">"
        "Chấp nhận</button></div>"
    )
    return f'<footer class="page__footer">{blocks}</footer>{cookie}'


def site_data() -> str:
    pages = {
        zid("p-home"): {"type": "default", "slug": "", "name": "Trang chủ", "hiddenInNavigation": False},
    }
    for slug, name in [*CATS.items(), *[(s, t) for s, t in NON_ARTICLE_TITLES.items()]]:
        pages[zid("p-" + slug)] = {"type": "default", "slug": slug, "name": name, "hiddenInNavigation": False}
    for story in STORIES:
        pages[zid("post-" + story.slug)] = {
            "type": "blog",
            "slug": story.slug,
            "name": story.title,
            "date": _utc_iso(story),
            "isDraft": False,
            "isScheduled": False,
            "categories": [zid("cat-" + story.cat)],
            "minutesToRead": _reading_minutes(story),
            "meta": {"title": story.title, "description": _desc(story),
                     "ogImagePath": story.opts["cover"]},
        }
    pages[zid("post-draft-1")] = {
        "type": "blog", "slug": "hop-lop-k31-ban-nhap", "name": "Họp lớp K31 (bản nháp)",
        "date": "2026-11-10T03:00:00.000Z", "isDraft": True, "isScheduled": False, "categories": [],
    }
    pages[zid("post-sched-1")] = {
        "type": "blog", "slug": "chuong-trinh-chi-tiet-le-ky-niem-50-nam",
        "name": "Chương trình chi tiết Lễ kỷ niệm 50 năm thành lập trường",
        "date": "2026-12-19T01:00:00.000Z", "isDraft": False, "isScheduled": True,
        "categories": [zid("cat-tin-nha-truong")],
    }
    data = {
        "siteId": SITE_ID,
        "meta": {"defaultLocale": "vi", "generator": "hostinger-builder/2.119.0"},
        "blogCategories": {zid("cat-" + k): {"name": v} for k, v in CATS.items()},
        "pages": pages,
    }
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def page(request: Request, title: str, body: str, canonical: str, desc: str = "",
         og_image: str | None = None, status: int = 200) -> Response:
    base = base_url(request)
    og = f'<meta property="og:image" content="{base}{esc(og_image)}">' if og_image else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {esc(SITE_NAME)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Hostinger Website Builder">
<meta name="description" content="{esc(desc)}">
<meta property="og:type" content="website">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(desc)}">
<meta property="og:url" content="{base}{canonical}">
{og}
<link rel="canonical" href="{base}{canonical}">
<link rel="icon" href="{img("favicon-chs-Qx2mLp.png", 48, 48)}">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link rel="stylesheet" href="/assets/index.c8e1f2a4.css">
<script type="module" src="/assets/app.3f9a1c7d.js" defer></script>
</head>
<body>
<div id="app" data-server-rendered="true"><main class="page" data-v-6f1a3b2d>
{header()}
{body}
{footer()}
</main></div>
<script type="application/json" id="zyro-site-data">{site_data()}</script>
<script>window.hostinger = window.hostinger || {{}}; window.hostinger.siteId = "{SITE_ID}";</script>
</body>
</html>"""
    return html(doc, status=status)


# --- blog lists -------------------------------------------------------------------------------


def _card(story: Story, href: str) -> str:
    thumb = img(story.opts["cover"], 400, 267)
    return (
        f'<div class="block-blog-list-item" data-v-7d2e4f19>'
        f'<a class="block-blog-list-item__image-link" href="{href}"><img class="block-blog-list-item__image" '
        f'src="{thumb}" alt="{esc(story.title)}" loading="lazy"></a>'
        f'<div class="block-blog-list-item__content">'
        f'<p class="block-blog-list-item__categories body-small">{esc(CATS[story.cat])}</p>'
        f'<a class="block-blog-list-item__title-link" href="{href}"><h3 class="block-blog-list-item__title h5">'
        f"{esc(story.title)}</h3></a>"
        f'<p class="block-blog-list-item__description body-small">{esc(_desc(story))}</p>'
        f'<div class="block-blog-list-item__meta body-small"><span>{_printed_date(story)}</span>'
        f"<span> · </span><span>{_reading_minutes(story)} phút đọc</span></div></div></div>"
    )


def _pager_href(request: Request, path: str, param: str, n: int) -> str:
    params = [(k, v) for k, v in parse_qsl(request.query, keep_blank_values=True) if k != param]
    if n > 1:
        params.append((param, str(n)))
    return path + ("?" + urlencode(params) if params else "")


def blog_list(request: Request, path: str, bid: str, heading: str, stories: list[Story],
              per_page: int, link_prefix: str = "/") -> str:
    param = f"page-{bid}"
    pages = max(1, -(-len(stories) // per_page))
    try:
        current = int(request.params.get(param, "1"))
    except ValueError:
        current = 1
    current = min(max(current, 1), pages)
    shown = stories[(current - 1) * per_page: current * per_page]
    cards = "".join(_card(s, f"{link_prefix}{s.slug}") for s in shown)
    pager = ""
    if pages > 1:
        links = []
        if current > 1:
            links.append(f'<a class="pagination__arrow" href="{esc(_pager_href(request, path, param, current - 1))}" '
                         f'aria-label="Trang trước">‹</a>')
        for n in range(1, pages + 1):
            if n == current:
                links.append(f'<span class="pagination__button pagination__button--active">{n}</span>')
            else:
                links.append(f'<a class="pagination__button" href="{esc(_pager_href(request, path, param, n))}">{n}</a>')
        if current < pages:
            links.append(f'<a class="pagination__arrow" href="{esc(_pager_href(request, path, param, current + 1))}" '
                         f'aria-label="Trang sau">›</a>')
        pager = f'<nav class="block-blog-list__pagination pagination" data-qa="blog-list-pagination">{"".join(links)}</nav>'
    title = _textbox(f'<h2 class="h2" dir="auto" style="text-align: center">{esc(heading)}</h2>')
    return (
        f'<section id="{bid}" class="block block-blog-list" data-v-0e3ac5ff style="--block-padding:32px 0 32px 0">'
        f'<div class="block-layout block-layout--layout" style="--grid-template-rows:minmax(24px,auto)">'
        f'{_element(zid(bid + "-title"), 1, "1/13", "GridTextBox", title)}</div>'
        f'<div class="block-blog-list__list" style="--grid-template-columns:repeat(2,1fr);--m-grid-template-columns:1fr">'
        f"{cards}</div>{pager}</section>"
    )


def in_cat(slug: str) -> list[Story]:
    return [s for s in ORDERED if s.cat == slug]


HOME_A = zid("home-list-a")
HOME_B = zid("home-list-b")


# --- pages ------------------------------------------------------------------------------------


def post_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    cover = img(story.opts["cover"], 1920, 640)
    chip = (
        f'<a class="block-blog-header__category blog-category-chip" href="/{story.cat}">'
        f"{esc(CATS[story.cat])}</a>"
    )
    desc_el = (
        f'<p class="block-blog-header__description body-large" dir="auto">{_t(story, story.summary or "")}</p>'
        if story.sapo_outside else ""
    )
    avatar = img("avatar-bll-chs-Kp3d1V.png", 64, 64)
    blog_header = (
        f'<section id="{zid("bh-" + story.slug)}" class="block block-blog-header" data-v-2b8e4a61 '
        f'style="--block-padding:120px 0 48px 0;--background-image:url({cover});'
        f'--background-overlay-opacity:0.55">'
        f'<div class="block-blog-header__content">'
        f'<div class="block-blog-header__categories">{chip}</div>'
        f'<h1 class="block-blog-header__title font-primary" dir="auto">{_t(story, story.title)}</h1>'
        f"{desc_el}"
        f'<div class="block-blog-header__info body-small">'
        f'<div class="block-blog-header__author"><img class="block-blog-header__avatar" src="{avatar}" alt="" '
        f'width="32" height="32"><span class="block-blog-header__author-name">Quản trị viên</span></div>'
        f'<span class="block-blog-header__separator">·</span>'
        f'<p class="block-blog-header__date">{_printed_date(story)}</p>'
        f'<span class="block-blog-header__separator">·</span>'
        f'<p class="block-blog-header__reading-time">{_reading_minutes(story)} phút đọc</p>'
        f"</div></div></section>"
    )
    share_url = f"{base}/{story.slug}"
    share = _section(
        zid("share-" + story.slug),
        1,
        _element(zid("share-t-" + story.slug), 1, "2/5", "GridTextBox",
                 _textbox('<p class="body" dir="auto"><strong>Chia sẻ bài viết:</strong></p>'))
        + _element(
            zid("share-i-" + story.slug), 1, "5/12", "GridSocialIcons",
            f'<div class="social-icons">'
            f'<a class="social-icons__link" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" '
            f'target="_blank" rel="noopener"><img src="{ICONS["facebook"]}" alt="Chia sẻ Facebook" width="24" height="24"></a>'
            f'<a class="social-icons__link" href="https://zalo.me/share?url={share_url}" target="_blank" rel="noopener">'
            f'<img src="{ICONS["zalo"]}" alt="Chia sẻ Zalo" width="24" height="24"></a>'
            f'<button class="social-icons__copy" data-clipboard="{share_url}">Sao chép liên kết</button></div>',
        ),
        "block--share",
    )
    others = [s for s in ORDERED if s is not story][:3]
    others_block = (
        f'<section id="{zid("more-" + story.slug)}" class="block block-blog-list" data-v-0e3ac5ff '
        f'style="--block-padding:32px 0 32px 0;--block-background-color:rgb(244, 246, 250)">'
        f'<div class="block-layout block-layout--layout" style="--grid-template-rows:minmax(24px,auto)">'
        + _element(zid("more-t-" + story.slug), 1, "1/13", "GridTextBox",
                   _textbox('<h2 class="h2" dir="auto">Bài viết khác</h2>'))
        + '</div><div class="block-blog-list__list" style="--grid-template-columns:repeat(3,1fr)">'
        + "".join(_card(s, f"/{s.slug}") for s in others)
        + "</div></section>"
    )
    newsletter = _section(
        zid("newsletter-" + story.slug),
        1,
        _element(
            zid("nl-" + story.slug), 1, "3/11", "GridForm",
            '<form class="form" data-qa="builder-gridelement-gridform" onsubmit="return false">'
            '<p class="body" dir="auto"><strong>Nhận bản tin Cựu học sinh Quỳnh Lâm</strong></p>'
            '<label class="form__label">Email của bạn<input class="form__input" type="email" name="email" '
            'placeholder="ten@gmail.com"></label><button class="grid-button" type="submit">Đăng ký</button></form>',
        ),
        "block--newsletter",
    )
    body = blog_header + render_content(story) + share + others_block + newsletter
    return page(request, collapse_title(story.title), body, f"/{story.slug}", _desc(story),
                img(story.opts["cover"], 1200, 630))


def collapse_title(title: str) -> str:
    return " ".join(title.split())


def home_page(request: Request) -> Response:
    hero = (
        f'<section id="{zid("hero")}" class="block block--hero" data-v-0e3ac5ff '
        f'style="--block-padding:140px 0 140px 0;--background-image:url({img("san-truong-toan-canh-Ha8sLq.jpg", 1920, 900)})">'
        f'<div class="block-layout block-layout--layout" style="--grid-template-rows:repeat(3,minmax(24px,auto))">'
        + _element(zid("hero-h"), 1, "2/12", "GridTextBox", _textbox(
            '<h1 class="h1" dir="auto" style="text-align: center"><span style="color: rgb(255, 255, 255)">'
            "MỪNG 50 NĂM THÀNH LẬP TRƯỜNG THPT QUỲNH LÂM</span></h1>"
            '<p class="body-large" dir="auto" style="text-align: center"><span style="color: rgb(255, 255, 255)">'
            "1976 – 2026 · Nửa thế kỷ một mái trường</span></p>"))
        + _element(zid("hero-b"), 2, "5/9", "GridButton",
                   f'<a class="grid-button grid-button--primary" href="/{S1.slug}">Xem thông báo Lễ kỷ niệm</a>')
        + "</div></section>"
    )
    welcome = _section(
        zid("welcome"), 1,
        _element(zid("welcome-t"), 1, "2/12", "GridTextBox", _textbox(
            '<p class="body-large" dir="auto" style="text-align: center">Chào mừng các thầy cô và các anh chị '
            "em cựu học sinh đến với trang thông tin của Ban Liên lạc Cựu học sinh Trường THPT Quỳnh Lâm – "
            "nơi kết nối các thế hệ thầy và trò.</p>")),
    )
    stats = _section(
        zid("stats"), 1,
        "".join(
            _element(zid("stat-" + str(n)), 1, f"{1 + n * 3}/{4 + n * 3}", "GridTextBox", _textbox(
                f'<h2 class="h2" dir="auto" style="text-align: center">{big}</h2>'
                f'<p class="body" dir="auto" style="text-align: center">{small}</p>'))
            for n, (big, small) in enumerate([("50", "năm xây dựng và trưởng thành"), ("47", "khóa học sinh"),
                                              ("18.000+", "học sinh đã ra trường"), ("1.200+", "suất học bổng")])
        ),
        "block--stats",
        "--block-background-color:rgb(11, 61, 145);",
    )
    news = [s for s in ORDERED if s.cat != "guong-mat-ky-uc"]
    body = (
        hero + welcome
        + blog_list(request, "/", HOME_A, "Tin tức – Sự kiện", news, 4, "/blog/")
        + stats
        + blog_list(request, "/", HOME_B, "Gương mặt & Ký ức", in_cat("guong-mat-ky-uc"), 2)
    )
    return page(request, "Trang chủ", body, "/",
                "Trang thông tin của Ban Liên lạc Cựu học sinh Trường THPT Quỳnh Lâm, Ninh Bình.",
                img("san-truong-toan-canh-Ha8sLq.jpg", 1200, 630))


CAT_INTRO = {
    "tin-nha-truong": "Tin tức về hoạt động dạy và học, sự kiện của Trường THPT Quỳnh Lâm.",
    "hoat-dong-chs": "Hoạt động của Ban Liên lạc, các khóa cựu học sinh và Quỹ Khuyến học.",
    "guong-mat-ky-uc": "Những gương mặt cựu học sinh tiêu biểu và những trang ký ức về mái trường.",
}


def category_page(request: Request, slug: str) -> Response:
    intro = _section(
        zid("ci-" + slug), 1,
        _element(zid("ci-t-" + slug), 1, "2/12", "GridTextBox", _textbox(
            f'<h1 class="h1" dir="auto">{esc(CATS[slug])}</h1>'
            f'<p class="body" dir="auto">{esc(CAT_INTRO[slug])}</p>')),
    )
    body = intro + blog_list(request, f"/{slug}", zid("cat-list-" + slug), "Bài viết", in_cat(slug), 4)
    return page(request, CATS[slug], body, f"/{slug}", CAT_INTRO[slug])


def _text_page(request: Request, slug: str, title: str, boxes: list[str], desc: str) -> Response:
    elements = "".join(
        _element(zid(f"{slug}-{n}"), n + 1, "2/12", "GridTextBox" if not b.startswith("<div") else "GridEmbed",
                 _textbox(b) if not b.startswith("<div") else b)
        for n, b in enumerate(boxes)
    )
    return page(request, title, _section(zid("pg-" + slug), len(boxes), elements), f"/{slug}", desc)


NON_ARTICLE_TITLES = {
    "gioi-thieu": "Lịch sử nhà trường",
    "thu-ngo": "Thư ngỏ",
    "ban-lien-lac": "Ban Liên lạc",
    "album-ky-niem": "Album ảnh",
    "video": "Video",
    "lien-he": "Liên hệ",
}


def _p(text_: str, style: str = "") -> str:
    st = f' style="{style}"' if style else ""
    return f'<p class="body" dir="auto"{st}>{esc(text_)}</p>'


def nonarticle_page(request: Request, slug: str) -> Response:
    title = NON_ARTICLE_TITLES[slug]
    if slug == "gioi-thieu":
        boxes = [
            '<h1 class="h1" dir="auto">Lịch sử Trường THPT Quỳnh Lâm</h1>'
            + _p("Trường THPT Quỳnh Lâm tiền thân là Trường cấp III Yên Mô B, được thành lập ngày 26/12/1976 "
                 "theo Quyết định của UBND tỉnh Hà Nam Ninh. Những ngày đầu, trường chỉ có 4 lớp học với 180 "
                 "học sinh và 9 thầy cô giáo.")
            + _p("Năm 1992, trường được đổi tên thành Trường THPT Quỳnh Lâm. Trải qua 50 năm xây dựng và "
                 "trưởng thành, nhà trường đã đào tạo hơn 18.000 học sinh; nhiều thế hệ học trò nay là cán bộ "
                 "lãnh đạo, nhà khoa học, bác sĩ, sĩ quan, doanh nhân trên khắp mọi miền Tổ quốc.")
            + _p("Nhà trường vinh dự được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba (năm 2006) "
                 "và hạng Nhì (năm 2016)."),
            f'<div class="image image--grid">{_image_tag(img("truong-nam-1986-Dq4mXe.jpg"), "Trường năm 1986")}</div>',
            '<h2 class="h2" dir="auto">Các đời Hiệu trưởng</h2><ul>'
            + "".join(f'<li><p class="body" dir="auto">{esc(x)}</p></li>' for x in (
                "Thầy Trịnh Xuân Bảng (1976 – 1990)", "Thầy Nguyễn Đình Phú (1990 – 2003)",
                "Thầy Mai Văn Tuấn (2003 – 2016)", "Cô Phạm Thị Minh Nguyệt (2016 – nay)"))
            + "</ul>",
        ]
        return _text_page(request, slug, title, boxes, "Lịch sử 50 năm xây dựng và trưởng thành của nhà trường.")
    if slug == "thu-ngo":
        boxes = [
            '<h1 class="h1" dir="auto" style="text-align: center">THƯ NGỎ</h1>'
            + _p("Kính gửi: Các thầy cô giáo và các thế hệ cựu học sinh Trường THPT Quỳnh Lâm!", "font-style: italic")
            + _p("Năm mươi năm trước, giữa vùng đồng chiêm trũng Yên Mô, mái trường Quỳnh Lâm được dựng lên từ "
                 "tre nứa và tấm lòng của bao thế hệ thầy trò. Từ mái trường ấy, hơn 18.000 học sinh đã trưởng "
                 "thành, mang theo hành trang tri thức và tình yêu quê hương đi khắp mọi miền.")
            + _p("Website này được Ban Liên lạc cựu học sinh xây dựng để làm nơi kết nối các thế hệ, lưu giữ ký "
                 "ức, cập nhật hoạt động của nhà trường và Quỹ Khuyến học. Chúng tôi rất mong nhận được bài viết, "
                 "hình ảnh, tư liệu của các thầy cô và các anh chị em cựu học sinh.")
            + _p("Mọi bài viết xin gửi về hộp thư lienlac.chsquynhlam@gmail.com.")
            + _p("Trân trọng!"),
            '<p class="body" dir="auto" style="text-align: right"><strong>TM. BAN LIÊN LẠC CỰU HỌC SINH</strong></p>'
            '<p class="body" dir="auto" style="text-align: right"><strong>TRƯỞNG BAN</strong></p>'
            '<p class="body" dir="auto" style="text-align: right"><em>Lê Văn Thành (Khóa 1982 – 1985)</em></p>',
        ]
        return _text_page(request, slug, title, boxes, "Thư ngỏ của Ban Liên lạc Cựu học sinh.")
    if slug == "ban-lien-lac":
        members = [
            "Trưởng ban: Ông Lê Văn Thành (Khóa 1982 – 1985) – ĐT: 0913 268 441",
            "Phó Trưởng ban Thường trực: Ông Nguyễn Văn Thịnh (Khóa 1990 – 1993) – ĐT: 0912 476 385",
            "Phó Trưởng ban: Bà Vũ Thị Thanh Hương (Khóa 1995 – 1998) – ĐT: 0983 551 207",
            "Thủ quỹ Quỹ Khuyến học: Bà Hoàng Thị Mai (Khóa 1987 – 1990)",
            "Phụ trách website: Anh Lê Minh Tuấn (Khóa 1996 – 1999)",
        ]
        boxes = [
            '<h1 class="h1" dir="auto">Ban Liên lạc Cựu học sinh nhiệm kỳ 2024 – 2029</h1><ul>'
            + "".join(f'<li><p class="body" dir="auto">{esc(m)}</p></li>' for m in members) + "</ul>",
            _p("Ban liên lạc các khóa vui lòng cập nhật danh sách liên lạc qua email của Ban."),
        ]
        return _text_page(request, slug, title, boxes, "Danh sách Ban Liên lạc Cựu học sinh.")
    if slug == "album-ky-niem":
        cells = "".join(
            f'<div class="gallery-grid__image-wrapper"><img class="gallery-grid__image" '
            f'src="{img(f"album-{n:02d}-{code}.jpg", 480, 480)}" alt="{esc(alt)}" loading="lazy"></div>'
            for n, (code, alt) in enumerate([
                ("Ab1cDe", "Cổng trường năm 1990"), ("Fg2hIj", "Lớp 12A1 khóa 1985 – 1988"),
                ("Kl3mNo", "Hội trại 26/3/1998"), ("Pq4rSt", "Lễ bế giảng năm 2005"),
                ("Uv5wXy", "Gặp mặt 40 năm thành lập trường"), ("Za6bCd", "Thư viện xanh 2026"),
            ], start=1)
        )
        boxes = [
            '<h1 class="h1" dir="auto">Album ảnh kỷ niệm</h1>'
            + _p("Những khoảnh khắc đáng nhớ qua các thời kỳ. Bấm vào ảnh để xem kích thước lớn."),
            f'<div class="gallery-grid" style="--columns:3;--gap:8px">{cells}</div>',
        ]
        return _text_page(request, slug, title, boxes, "Album ảnh kỷ niệm của các thế hệ.")
    if slug == "video":
        vids = [("Phóng sự 45 năm Trường THPT Quỳnh Lâm", "a8Kd2LmQp0s"),
                ("Đêm nhạc Mái trường mến yêu 2026", "q9XwK2mLp4s"),
                ("Flashmob chào mừng 20/11 của học sinh khối 10", "Zt7vB1nRc3e")]
        boxes = ['<h1 class="h1" dir="auto">Video</h1>']
        for t, code in vids:
            boxes.append(f'<div class="grid-embed" style="--height:360px"><iframe src="https://www.youtube.com/embed/{code}" '
                         f'title="{esc(t)}" loading="lazy" allowfullscreen></iframe></div>')
            boxes.append(f'<p class="body-small" dir="auto" style="text-align: center">{esc(t)}</p>')
        return _text_page(request, slug, title, boxes, "Video về Trường THPT Quỳnh Lâm.")
    # lien-he
    boxes = [
        '<h1 class="h1" dir="auto">Liên hệ</h1>'
        + _p("Ban Liên lạc Cựu học sinh Trường THPT Quỳnh Lâm")
        + _p("Địa chỉ: Trường THPT Quỳnh Lâm, thôn Quỳnh Lâm, xã Yên Mô, tỉnh Ninh Bình")
        + _p("Hotline: 0912 476 385 – Email: lienlac.chsquynhlam@gmail.com"),
        '<div class="grid-form"><form class="form" data-qa="builder-gridelement-gridform" onsubmit="return false">'
        '<label class="form__label">Họ và tên<input class="form__input" name="name"></label>'
        '<label class="form__label">Khóa học<input class="form__input" name="khoa" placeholder="VD: 2006 – 2009">'
        '</label><label class="form__label">Email<input class="form__input" type="email" name="email"></label>'
        '<label class="form__label">Nội dung<textarea class="form__input" name="message"></textarea></label>'
        '<button class="grid-button" type="submit">Gửi</button></form></div>',
        '<div class="grid-map"><iframe src="https://maps.google.com/maps?q=THPT%20Qu%E1%BB%B3nh%20L%C3%A2m'
        '&amp;z=15&amp;output=embed" title="Bản đồ" loading="lazy"></iframe></div>',
    ]
    return _text_page(request, slug, title, boxes, "Thông tin liên hệ Ban Liên lạc Cựu học sinh.")


# --- the site ---------------------------------------------------------------------------------


class ZyroSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/cdn-cgi/image/", "/assets/")) or path == "/favicon.ico":
            return static_file(path)
        if request.method not in ("GET", "HEAD"):
            return None
        base = base_url(request)
        if path == "/robots.txt":
            return Response(200, f"User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n",
                            {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/sitemap.xml":
            urls = ["/", *[f"/{c}" for c in CATS], *[f"/{s}" for s in NON_ARTICLE_TITLES]]
            entries = [f"<url><loc>{base}{u}</loc><lastmod>2026-12-03</lastmod></url>" for u in urls]
            entries += [f"<url><loc>{base}/{s.slug}</loc><lastmod>{_local(s).date().isoformat()}</lastmod></url>"
                        for s in ORDERED]
            return Response(200, '<?xml version="1.0" encoding="UTF-8"?>\n'
                            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                            + "".join(entries) + "</urlset>", {"Content-Type": "application/xml"})
        if path != "/" and path.endswith("/"):
            target = path.rstrip("/") or "/"
            return redirect(target + (f"?{request.query}" if request.query else ""), 301)
        if path == "/":
            return home_page(request)
        slug = path[1:]
        if slug.startswith("blog/") and slug[5:] in BY_SLUG:
            return post_page(request, BY_SLUG[slug[5:]])
        if slug in BY_SLUG:
            return post_page(request, BY_SLUG[slug])
        if slug in CATS:
            return category_page(request, slug)
        if slug in NON_ARTICLE_TITLES:
            return nonarticle_page(request, slug)
        return page(request, "Không tìm thấy trang", _section(zid("404"), 1, _element(
            zid("404-t"), 1, "2/12", "GridTextBox", _textbox(
                '<h1 class="h1" dir="auto" style="text-align: center">404</h1>'
                '<p class="body" dir="auto" style="text-align: center">Trang bạn tìm không tồn tại. '
                '<a href="/">Về trang chủ</a></p>'))), path, status=404)


def build_site() -> ZyroSite:
    return ZyroSite()


# --- gold -------------------------------------------------------------------------------------

_ALT_EXTRA = {
    S7.slug: [f"/{S7.slug}?fbclid={FBCLID_7}"],
    S11.slug: [f"/{S11.slug}?fbclid={FBCLID_11}"],
}

GOLD = [
    gold_record(
        s,
        f"/{s.slug}",
        CATS[s.cat],
        canonical_path=f"/{s.slug}",
        alt_paths=[f"/blog/{s.slug}", *_ALT_EXTRA.get(s.slug, [])],
    )
    for s in ORDERED
]

NON_ARTICLES = [f"/{slug}" for slug in NON_ARTICLE_TITLES]
