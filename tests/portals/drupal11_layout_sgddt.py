"""Drupal 11 + Layout Builder portal of a provincial Department of Education (Sở GD&ĐT Gia Lai).

Platform
--------
Drupal 11 with Layout Builder, a custom sub-theme of Olivero ("sgd_olivero": Olivero's
``primary-nav__*`` menu with the 🥕 placeholder span, ``breadcrumb__*``, ``pager__*``), Views for
every list (full pager ``?page=N`` counted from zero, a mini pager on the front page, an exposed
filter form "Chuyên mục / Năm" on /tin-tuc), Media entities for the photos (CKEditor 5
``<figure class="caption caption-drupal-media">`` with ``<picture>`` responsive image styles and
``?itok=`` tokens; Blazy lazy-loading on a few old nodes), pathauto aliases
``/tin-tuc/<category>/<slug>`` while the ``/node/<nid>`` routes still answer, Printable module.

URL scheme
----------
- ``/``                                front page (node/1, a Layout Builder landing page)
- ``/?page=%2C1``                      front page, second page of the "Thông báo" block (pager id 1)
- ``/tin-tuc``, ``?page=1``            all news (10 a page), exposed form ``danh_muc`` / ``nam``
- ``/tin-tuc/<seg>``, ``?page=1``      a category (taxonomy term page, 4 a page)
- ``/tin-tuc/<seg>/<slug>``            an article (alias); ``/node/<nid>`` the same node
- ``/node/<nid>/printable/print``      print view (linked from the four nodes with an old override)
- ``/tu-khoa/<slug>``                  tag listing
- ``/van-ban``, ``/van-ban/<slug>``    documents (listing, entries)
- ``/thu-vien-anh[/<slug>]``, ``/video[/<slug>]``, ``/lich-cong-tac``, ``/gioi-thieu/...``, ``/lien-he``
- ``/search/node?keys=``, ``/rss.xml``, ``/robots.txt``, ``/media/oembed?url=…`` (iframe only)
Any path also answers under ``/index.php/…``, with a trailing slash, and in any letter case of the
alias (Drupal's alias lookup is case-insensitive); ``?page=`` beyond the last page shows the last.

Page templates
--------------
Every page: top bar with today's date, branding, Olivero primary menu (drop-downs for "Giới
thiệu", "Tin tức", "Chuyên môn", "Thư viện"), a highlighted "THÔNG BÁO" marquee block, the
breadcrumb, the content, a sidebar (Tin xem nhiều, Liên kết website, Thăm dò ý kiến, Thống kê truy
cập) and a footer (quick links, address, phone, email, copyright). Article pages: the page-title
block (``h1.page-title``) sits *outside* the node; the node is a Layout Builder stack of field
blocks (category, meta line, author field, sapo field, body, attachments), then an inline basic
block "Hộp thư góp ý", tools, tags, and a two-column section "Tin cùng chuyên mục" / "Tin mới".

How each gold article is reached
--------------------------------
- A1 3127, A2 3119, A6 3124, A9 3113, A7 3109: front page (slider, "Tin mới", "Thông báo").
- A11 3101, A10 3094: front page "Chuyên môn" block; their category listings.
- A3 3098, A4 3086: /tin-tuc/tin-hoat-dong (page 0) and /tin-tuc; A3 also "Tin xem nhiều".
- A12 3079, A13 3062: /tin-tuc/nghien-cuu-trao-doi; A12 also "Tin xem nhiều".
- A8 3072: /tin-tuc/thong-bao, the front page's ``?page=%2C1``, /tin-tuc?page=1.
- A5 3051: only /tin-tuc/tin-hoat-dong?page=1 and /tin-tuc?page=1 (page 2 of both listings).

Traps
-----
1. UTC ``<time datetime>``: Drupal prints ``datetime="…Z"`` in UTC next to the local text.
   A2 printed "02/12/2026 - 06:20" has ``datetime="2026-12-01T23:20:00Z"``; A5 printed
   "28/10/2026 - 00:00" has ``2026-10-27T17:00:00Z``. Gold: the printed local time
   ("2026-12-02T06:20:00+07:00"); a midnight is the day alone ("2026-10-28").
2. Dates that are not the publication: the meta line prints "Cập nhật: …" (the changed date,
   A1's is today 05/12/2026) *before* the posting date; A9's ``article:published_time`` meta and
   RSS ``pubDate`` carry the draft's creation (27/11) while the page prints "29/11/2026 - 19:10".
   Gold: the printed posting date. A6 is an official notice: gold is the letterhead's day
   (30/11), not the node's 01/12/2026 - 15:20.
3. Zero-based Views pager: "2" is ``?page=1``, the first page is also linked as ``?page=0``; the
   front page's second pager is element 1: ``?page=%2C1`` (Drupal's ",1"); ``?page=9`` never runs
   empty (clamped to the last page). A5 is reachable only on page 2 of two listings.
4. Duplicates of every node: ``/node/<nid>`` (shortlink, a body link), the print view
   ``/node/<nid>/printable/print`` (nodes with an old layout override), ``/index.php/<alias>``
   (footer quick link to A6) and a mixed-case alias ``/tin-tuc/Tin-hoat-dong/…`` (body link to
   A4). All print ``rel=canonical`` to the lower-case alias except the print view. Gold: the alias
   path; the others in ``alt_paths``.
5. Stale pathauto alias: A3 lives at ``/tin-tuc/tin-tong-hop/…`` (the term was renamed, node
   aliases were not regenerated; ``/tin-tuc/tin-tong-hop`` is a 404) while breadcrumb and the
   category field say "Tin hoạt động". Gold category: "Tin hoạt động".
6. CMS accounts are not authors: "Người đăng: bientap.vp" / old layouts "Gửi bởi admin vào …",
   RSS ``dc:creator``. Real bylines: the "Tác giả" field with degree and unit ("ThS. Trần Minh
   Đức - Phòng Giáo dục Trung học" -> "Trần Minh Đức"), closing lines "Tin, ảnh: X",
   "Tin: X - Ảnh: Y", "Bài, ảnh: X", two names "X - Y", a unit alone ("Phòng GDTrH",
   "Văn phòng Sở"), co-authors with degree and school (A13), the reporter of a reprint (A3).
7. Chrome with the body's own markup: the Layout Builder inline block "Hộp thư góp ý" after the
   body and the "THÔNG BÁO" marquee above the title are both ``field--name-body`` text fields, as
   is the article body. Also attachments ("Tệp đính kèm"), "Xem thêm:" lines, tags, related
   lists. Gold: none of them is body.
8. Media markup: CKEditor 5 figures with ``<figcaption>``; a credit-only caption "(Ảnh: Đức
   Thịnh)" (caption None, photographer); a caption typed as the centred italic paragraph after
   the image (A3, A11: caption, not body); an alt text that is not printed (A4: caption None);
   ``<picture>`` with WebP ``<source srcset>`` (gold: the ``<img src>`` with its ``?itok=``);
   Blazy on A5: ``src`` is a data: SVG placeholder, the photo is in ``data-src`` (gold path).
9. Per-node Layout Builder override (A11): the Media "ảnh đại diện" printed in the left column
   before the sapo and body is the article's first photo, its media caption field its caption.
   Old overrides (A5, A11, A12, A13) keep the previous meta line ("Gửi bởi admin vào …") and
   the "Bản in" link to the print view; the newer default layout prints "In bài" as
   ``javascript:window.print()``.
10. Text boundaries: A6's letterhead table, kind/subject lines and "Nơi nhận"/signature table
    (signer "Nguyễn Văn Hùng" is the author); A12's bare superscript footnote calls (dropped) and
    "Tài liệu tham khảo" (body); A13 Word paste (``mso-list:Ignore`` markers are no text,
    bracketed calls "[1]" stay) with the byline *before* the "Chú thích" notes, which are body.
11. Encoding: A4 is stored decomposed (NFD, pasted from a Mac), title included. Gold is NFC.

Gold decisions on ambiguous points
----------------------------------
- A photo credit "Ảnh: X" under a photo makes X a photographer (A2 has it in its byline too).
- A3's closing "(Theo Báo Gia Lai điện tử)" in parentheses is a source line: "Báo Gia Lai điện
  tử"; the bold name above it ("Hồng Thi") is the author. A1's body sentence "Theo kế hoạch, …"
  and A11's "Theo Phòng Giáo dục Mầm non - Tiểu học, …" are text.
- The sapo: the "field_mo_ta" block (bold by CSS, its own element) on A1, A2, A5, A9, A11, A12;
  a bold first paragraph on A4, A8; none on the others (meta description is not a sapo).
- A4's image has no printed line, only ``alt`` text: caption None.
- Table rows are paragraphs with cells joined by " | " (header row included); numbered items
  typed as text ("1. Thời gian thi: …") keep their number; ``<ol>``/``<ul>`` items have none.
- The front page's "Tin nổi bật"/"Tin mới" teasers, listings, tag pages, search, RSS, the oEmbed
  iframe page are not articles and not in NON_ARTICLES (listings / machinery).
- Emoji in A9's title and last paragraph are kept as printed.
- A12's notes end with an empty back-link (an icon drawn by CSS): no text.
- ``alt_paths`` lists ``/node/<nid>`` and ``/node/<nid>/printable/print`` for every article (the
  routes answer for all nodes, linked or not) plus the two linked variants (A4 mixed case, A6
  ``/index.php``); other case or ``/index.php`` spellings answer too but are linked nowhere.
"""

from __future__ import annotations

import base64
import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import unquote, urlencode

from crawler.demo.server import Request, Response, html
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

NAME = "drupal11_layout_sgddt"
PLATFORM = "drupal11"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Gia Lai"
SITE_SHORT = "Sở GD&ĐT Gia Lai"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
FILES = "/sites/default/files"
THEME = "/themes/custom/sgd_olivero"


# --- categories --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    name: str
    seg: str
    tid: int
    parent: str  # the menu parent the breadcrumb prints
    per_page: int = 4


CATS: dict[str, Cat] = {
    "hd": Cat("Tin hoạt động", "tin-hoat-dong", 12, "Tin tức"),
    "tb": Cat("Thông báo", "thong-bao", 13, "Tin tức"),
    "th": Cat("Giáo dục Trung học", "giao-duc-trung-hoc", 15, "Chuyên môn"),
    "mn": Cat("Giáo dục Mầm non - Tiểu học", "mam-non-tieu-hoc", 16, "Chuyên môn"),
    "nc": Cat("Nghiên cứu - Trao đổi", "nghien-cuu-trao-doi", 18, "Chuyên môn"),
}
TAGS = {"chuyen-doi-so": "Chuyển đổi số", "hoi-khoe-phu-dong": "Hội khỏe Phù Đổng"}


def itok(seed: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha1(seed.encode()).digest()[:6]).decode()


def styled(month_file: str, style: str = "max_650x650") -> str:
    """A Drupal image-style URL with its token, as ``<img src>`` prints it."""
    return f"{FILES}/styles/{style}/public/{month_file}?itok={itok(style + month_file)}"


# --- the articles ------------------------------------------------------------------------------

A1 = Story(
    id=3127,
    slug="so-gddt-giao-ban-cong-tac-thang-11-trien-khai-nhiem-vu-trong-tam-thang-122026",
    title="Sở GD&ĐT giao ban công tác tháng 11, triển khai nhiệm vụ trọng tâm tháng 12/2026",
    cat="Tin hoạt động",
    published_at="2026-12-04T16:45:00+07:00",
    summary=(
        "Chiều 04/12, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến với các trường "
        "THPT, trung tâm GDNN-GDTX và UBND các xã, phường nhằm đánh giá kết quả công tác tháng 11 "
        "và triển khai nhiệm vụ trọng tâm tháng 12/2026."
    ),
    sapo_outside=True,
    authors=["Minh Châu"],
    photographers=["Minh Châu"],
    blocks=[
        P(
            "Dự hội nghị có đồng chí Nguyễn Văn Hùng, Phó Giám đốc Sở chủ trì; lãnh đạo các phòng "
            "chuyên môn thuộc Sở; đại diện lãnh đạo 142 đơn vị trực thuộc và phòng Văn hóa - Xã hội "
            "các xã, phường tham dự tại các điểm cầu."
        ),
        Img(
            styled("2026-12/giao-ban-thang-11-01.jpg"),
            "Đồng chí Nguyễn Văn Hùng, Phó Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
            "Đồng chí Nguyễn Văn Hùng, Phó Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
            style="fig",
        ),
        P(
            "Theo báo cáo của Văn phòng Sở, trong tháng 11, toàn ngành đã tổ chức thành công các "
            "hoạt động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026); hoàn thành "
            "việc rà soát, sắp xếp mạng lưới trường, lớp sau khi thực hiện mô hình chính quyền địa "
            "phương hai cấp; 100% cơ sở giáo dục đã cập nhật dữ liệu học sinh, giáo viên lên cơ sở "
            "dữ liệu ngành."
        ),
        P("Một số tồn tại cần khắc phục", "h3"),
        P(
            "Tỷ lệ học sinh bỏ học ở một số xã vùng đồng bào dân tộc thiểu số phía Tây của tỉnh còn "
            "cao so với cùng kỳ.",
            "li",
        ),
        P(
            "Việc triển khai học bạ số ở cấp THCS còn chậm, nhiều đơn vị chưa hoàn thành ký số cho "
            "giáo viên chủ nhiệm.",
            "li",
        ),
        P(
            "Công tác bảo đảm an toàn thực phẩm trong các bếp ăn bán trú chưa được kiểm tra thường "
            "xuyên.",
            "li",
        ),
        P(
            "Theo kế hoạch, trong tháng 12/2026, Sở sẽ tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh "
            "lớp 12, kiểm tra công tác tuyển sinh đầu cấp và hướng dẫn các đơn vị tổ chức kiểm tra, "
            "đánh giá cuối học kỳ I bảo đảm nghiêm túc, đúng quy định."
        ),
        P(
            "Phát biểu kết luận, đồng chí Phó Giám đốc Sở đề nghị các đơn vị chủ động phương án "
            "phòng, chống rét cho học sinh bán trú, đặc biệt tại các điểm trường lẻ; đồng thời khẩn "
            "trương hoàn thiện hồ sơ đề nghị công nhận trường đạt chuẩn quốc gia năm 2026."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Minh Châu</strong></p>'),
    ],
    opts={
        "ck": "hd", "at": "2026-12-04 16:45", "changed": "2026-12-05 08:12",
        "account": ("bientap.vp", 12), "tags": ["chuyen-doi-so"],
    },
)

A2 = Story(
    id=3119,
    slug="khai-mac-hoi-khoe-phu-dong-tinh-gia-lai-lan-thu-i-nam-2026",
    title="Khai mạc Hội khỏe Phù Đổng tỉnh Gia Lai lần thứ I năm 2026",
    cat="Tin hoạt động",
    published_at="2026-12-02T06:20:00+07:00",
    summary=(
        "Tối 01/12, tại Sân vận động Quy Nhơn, Sở Giáo dục và Đào tạo phối hợp với Sở Văn hóa, "
        "Thể thao và Du lịch long trọng tổ chức Lễ khai mạc Hội khỏe Phù Đổng tỉnh Gia Lai lần "
        "thứ I năm 2026 với sự tham gia của hơn 3.200 vận động viên."
    ),
    sapo_outside=True,
    authors=["Nguyễn Hà"],
    photographers=["Đức Thịnh"],
    blocks=[
        P(
            "Đây là kỳ Hội khỏe Phù Đổng đầu tiên của tỉnh Gia Lai sau khi hợp nhất, thu hút 128 "
            "đoàn vận động viên đến từ các trường THPT, trung tâm GDNN-GDTX và các cụm trường THCS, "
            "tiểu học trên địa bàn tỉnh."
        ),
        Img(
            styled("2026-12/khai-mac-hkpd-01.jpg"),
            "Màn đồng diễn thể dục của 1.200 học sinh các trường trên địa bàn phường Quy Nhơn",
            "Màn đồng diễn thể dục của 1.200 học sinh các trường trên địa bàn phường Quy Nhơn",
            style="fig",
        ),
        P(
            "Hội khỏe năm nay tổ chức thi đấu 14 môn, gồm: điền kinh, bơi lội, bóng đá, bóng chuyền, "
            "cầu lông, bóng bàn, cờ vua, võ cổ truyền, vovinam, karate, taekwondo, đá cầu, bắn nỏ và "
            "đẩy gậy. Trong đó, bắn nỏ và đẩy gậy là hai môn thể thao dân tộc lần đầu được đưa vào "
            "chương trình thi đấu chính thức."
        ),
        Img(styled("2026-12/khai-mac-hkpd-02.jpg"), "(Ảnh: Đức Thịnh)", None, style="fig"),
        P("Phát biểu khai mạc, đồng chí Giám đốc Sở GD&ĐT nhấn mạnh:"),
        P(
            "“Hội khỏe Phù Đổng là ngày hội lớn của học sinh toàn tỉnh, là dịp để các em giao lưu, "
            "học hỏi, rèn luyện ý chí và tinh thần thượng võ; qua đó phát hiện, bồi dưỡng những tài "
            "năng thể thao trẻ cho tỉnh nhà”.",
            "quote",
        ),
        P(
            "Các môn thi đấu diễn ra từ ngày 02/12 đến ngày 12/12/2026 tại 9 địa điểm thuộc phường "
            "Quy Nhơn, phường Pleiku và phường An Nhơn. Kết quả Hội khỏe là cơ sở để tuyển chọn vận "
            "động viên tham dự Hội khỏe Phù Đổng toàn quốc."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/thu-vien-anh/hoi-khoe-phu-dong-lan-thu-i">'
            "Thư viện ảnh Lễ khai mạc Hội khỏe Phù Đổng tỉnh lần thứ I</a></p>"
        ),
        Raw('<p style="text-align: right;"><strong>Tin: Nguyễn Hà - Ảnh: Đức Thịnh</strong></p>'),
    ],
    opts={
        "ck": "hd", "at": "2026-12-02 06:20", "changed": "2026-12-02 09:03",
        "account": ("bientap.vp", 12), "tags": ["hoi-khoe-phu-dong"],
    },
)

A3 = Story(
    id=3098,
    slug="truong-thpt-chuyen-hung-vuong-ky-niem-35-nam-thanh-lap-va-don-nhan-huan-chuong-lao-dong-hang-nhi",
    title="Trường THPT chuyên Hùng Vương kỷ niệm 35 năm thành lập và đón nhận Huân chương Lao động hạng Nhì",
    cat="Tin hoạt động",
    published_at="2026-11-24T10:05:00+07:00",
    authors=["Hồng Thi"],
    source="Báo Gia Lai điện tử",
    blocks=[
        P(
            "Sáng 23/11, Trường THPT chuyên Hùng Vương (phường Pleiku) long trọng tổ chức lễ kỷ niệm "
            "35 năm thành lập trường (1991-2026) và đón nhận Huân chương Lao động hạng Nhì của Chủ "
            "tịch nước."
        ),
        Img(
            styled("2026-11/hung-vuong-35-nam.jpg"),
            "Lãnh đạo tỉnh trao Huân chương Lao động hạng Nhì cho tập thể nhà trường.",
            "Lãnh đạo tỉnh trao Huân chương Lao động hạng Nhì cho tập thể nhà trường.",
            style="p-after",
        ),
        P(
            "Trải qua 35 năm xây dựng và phát triển, từ 6 lớp học với 180 học sinh ban đầu, đến nay "
            "nhà trường có 36 lớp với gần 1.300 học sinh. Nhà trường đã có 2.146 lượt học sinh đạt "
            "giải học sinh giỏi cấp tỉnh, 318 lượt học sinh đạt giải học sinh giỏi quốc gia; tỷ lệ "
            "học sinh trúng tuyển đại học hằng năm đạt trên 98%."
        ),
        P(
            "Tại buổi lễ, nhiều thế hệ thầy cô giáo và cựu học sinh đã trở về ôn lại kỷ niệm, trao "
            "50 suất học bổng “Hùng Vương - Vươn cao” cho học sinh có hoàn cảnh khó khăn vượt khó "
            "học tốt."
        ),
        Raw('<p style="text-align: right;"><strong>Hồng Thi</strong></p>'),
        Raw('<p style="text-align: right;"><em>(Theo Báo Gia Lai điện tử)</em></p>'),
    ],
    opts={
        "ck": "hd", "seg": "tin-tong-hop", "at": "2026-11-24 10:05",
        "changed": "2026-11-24 10:05", "account": ("bientap.vp", 12),
    },
)

A4 = Story(
    id=3086,
    slug=(
        "truong-thcs-nguyen-du-to-chuc-chuyen-de-ung-dung-tri-tue-nhan-tao-trong-doi-moi-"
        "phuong-phap-day-hoc"
    ),
    title="Trường THCS Nguyễn Du tổ chức chuyên đề ứng dụng trí tuệ nhân tạo trong đổi mới phương pháp dạy học",
    cat="Tin hoạt động",
    published_at="2026-11-14T15:10:00+07:00",
    summary=(
        "Nhằm nâng cao năng lực ứng dụng công nghệ số cho đội ngũ giáo viên, ngày 13/11/2026, "
        "Trường THCS Nguyễn Du tổ chức chuyên đề cấp cụm “Ứng dụng trí tuệ nhân tạo trong đổi mới "
        "phương pháp dạy học” với sự tham gia của hơn 120 cán bộ quản lý, giáo viên đến từ 7 "
        "trường THCS trên địa bàn."
    ),
    authors=["Thanh Tùng"],
    blocks=[
        P(
            "Nhằm nâng cao năng lực ứng dụng công nghệ số cho đội ngũ giáo viên, ngày 13/11/2026, "
            "Trường THCS Nguyễn Du tổ chức chuyên đề cấp cụm “Ứng dụng trí tuệ nhân tạo trong đổi "
            "mới phương pháp dạy học” với sự tham gia của hơn 120 cán bộ quản lý, giáo viên đến từ "
            "7 trường THCS trên địa bàn.",
            "bold",
        ),
        P(
            "Tại chuyên đề, cô giáo Nguyễn Thị Thu Trang thực hiện tiết dạy minh họa môn Khoa học "
            "tự nhiên lớp 8 với bài “Năng lượng nhiệt”, trong đó học sinh sử dụng công cụ trí tuệ "
            "nhân tạo để đặt câu hỏi, kiểm chứng giả thuyết và tự đánh giá sản phẩm học tập của nhóm."
        ),
        Img(styled("2026-11/IMG_20261113_093512.jpg"), None, None, style="nocap"),
        P(
            "Các đại biểu đã thảo luận về những lưu ý khi sử dụng trí tuệ nhân tạo trong nhà trường "
            "như: bảo đảm an toàn dữ liệu cá nhân của học sinh, tránh lạm dụng công cụ thay cho tư "
            "duy độc lập, hướng dẫn học sinh trích dẫn nguồn khi sử dụng nội dung do máy tạo ra."
        ),
        P(
            "Chuyên đề là một trong những hoạt động thiết thực của nhà trường hưởng ứng phong trào "
            "thi đua “Dạy tốt - Học tốt” chào mừng 44 năm Ngày Nhà giáo Việt Nam 20/11."
        ),
        Raw(
            '<p style="text-align: right;"><strong><em>Thanh Tùng (Trường THCS Nguyễn Du, phường '
            "Hội Phú)</em></strong></p>"
        ),
    ],
    opts={
        "ck": "hd", "at": "2026-11-14 15:10", "changed": "2026-11-15 07:58",
        "account": ("ctv.nguyendu", 57), "tags": ["chuyen-doi-so"], "nfd": True,
        "alt": "Tiết dạy minh họa môn KHTN 8",
    },
)

A5 = Story(
    id=3051,
    slug="be-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
    title="Bế mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027",
    cat="Tin hoạt động",
    published_at="2026-10-28",
    summary=(
        "Sau 5 ngày tranh tài sôi nổi, chiều 27/10, Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT "
        "năm học 2026-2027 đã bế mạc. Ban tổ chức công nhận 156 giáo viên đạt danh hiệu giáo viên "
        "dạy giỏi cấp tỉnh."
    ),
    sapo_outside=True,
    authors=["Phan Thị Lệ Thu", "Lê Văn Tài"],
    blocks=[
        P(
            "Hội thi có 214 giáo viên đến từ 68 trường THPT, trung tâm GDNN-GDTX tham gia ở 13 môn "
            "học. Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành và trình bày biện pháp nâng "
            "cao chất lượng giảng dạy trước ban giám khảo."
        ),
        Img(
            styled("2026-10/gvdg-thpt-tay-son.jpg", "max_1300x1300"),
            "Giáo viên Trường THPT Tây Sơn thực hiện tiết dạy môn Lịch sử",
            "Giáo viên Trường THPT Tây Sơn thực hiện tiết dạy môn Lịch sử",
            style="blazy",
        ),
        P(
            "Nhìn chung, các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp, kỹ "
            "thuật dạy học tích cực theo định hướng phát triển phẩm chất, năng lực học sinh; nhiều "
            "giáo viên khai thác hiệu quả học liệu số và các phần mềm mô phỏng."
        ),
        Img(
            styled("2026-10/gvdg-thpt-vat-li.jpg", "max_1300x1300"),
            "Ban giám khảo môn Vật lí nhận xét tiết dạy",
            "Ban giám khảo môn Vật lí nhận xét tiết dạy",
            style="blazy",
        ),
        P(
            "Dịp này, Sở GD&ĐT đã tặng giấy khen cho 12 giáo viên có tiết dạy xuất sắc và 5 đơn vị "
            "có thành tích cao trong công tác tổ chức, tham gia Hội thi."
        ),
        Raw('<p style="text-align: right;"><strong>Tin: Phan Thị Lệ Thu, Lê Văn Tài</strong></p>'),
    ],
    opts={"ck": "hd", "at": "2026-10-28 00:00", "account": ("admin", 1), "old": True},
)

A6_LETTERHEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;">'
    "<tbody><tr>"
    '<td style="text-align:center;width:42%;vertical-align:top;">UBND TỈNH GIA LAI<br>'
    "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br>"
    "<span>Số: 3412/TB-SGDĐT</span></td>"
    '<td style="text-align:center;vertical-align:top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    "</strong><br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br>"
    "<em>Gia Lai, ngày 30 tháng 11 năm 2026</em></td>"
    "</tr></tbody></table>"
    '<p style="text-align:center;"><strong>THÔNG BÁO</strong><br>'
    "<strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027</strong></p>"
)
A6_CLOSING = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody><tr>'
    '<td style="vertical-align:top;width:50%;"><strong><em>Nơi nhận:</em></strong><br>'
    "- Như trên;<br>- Giám đốc, các PGĐ Sở;<br>- Lưu: VT, QLCL.</td>"
    '<td style="text-align:center;vertical-align:top;"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong>'
    "<br><br><em>(Đã ký)</em><br><br><strong>Nguyễn Văn Hùng</strong></td>"
    "</tr></tbody></table>"
)

A6 = Story(
    id=3124,
    slug="thong-bao-ve-viec-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
    title="Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
    cat="Thông báo",
    published_at="2026-11-30",
    authors=["Nguyễn Văn Hùng"],
    blocks=[
        Raw(A6_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 3388/KH-SGDĐT ngày 15/10/2026 của Sở Giáo dục và Đào tạo về tổ "
            "chức các kỳ thi năm học 2026-2027;"
        ),
        P(
            "Sở Giáo dục và Đào tạo thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm "
            "học 2026-2027 như sau:"
        ),
        P("1. Thời gian thi: Ngày 17/12/2026 (thứ Năm) và ngày 18/12/2026 (thứ Sáu)."),
        P(
            "2. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng "
            "Anh, Giáo dục kinh tế và pháp luật."
        ),
        P(
            "3. Địa điểm thi: Trường THPT chuyên Lê Quý Đôn (phường Quy Nhơn Nam) và Trường THPT "
            "chuyên Hùng Vương (phường Pleiku). Thí sinh dự thi tại điểm thi theo danh sách của Sở."
        ),
        P(
            "4. Các đơn vị có học sinh dự thi gửi danh sách đăng ký về Sở (qua Phòng Quản lý chất "
            "lượng) trên phần mềm quản lý thi trước ngày 08/12/2026."
        ),
        P(
            "Nhận được Thông báo này, yêu cầu Thủ trưởng các đơn vị triển khai thực hiện nghiêm "
            "túc./."
        ),
        Raw(A6_CLOSING),
    ],
    opts={
        "ck": "tb", "at": "2026-12-01 15:20", "changed": "2026-12-01 15:26",
        "account": ("vanphong.sgd", 9),
        "files": [("3412-TB-SGDDT-thi-HSG-lop-12.pdf", "2026-12", "186.4 KB")],
    },
)

A7 = Story(
    id=3109,
    slug="thong-bao-danh-sach-thi-sinh-du-dieu-kien-du-vong-2-ky-tuyen-dung-vien-chuc-giao-vien-nam-2026",
    title="Thông báo danh sách thí sinh đủ điều kiện dự vòng 2 kỳ tuyển dụng viên chức giáo viên năm 2026",
    cat="Thông báo",
    published_at="2026-11-27T09:30:00+07:00",
    authors=["Văn phòng Sở"],
    blocks=[
        P(
            "Căn cứ kết quả kiểm tra, đối chiếu phiếu đăng ký dự tuyển, Hội đồng tuyển dụng viên "
            "chức giáo viên năm 2026 thông báo danh sách thí sinh đủ điều kiện tham dự vòng 2 (thực "
            "hành) như sau:"
        ),
        P("TT | Vị trí dự tuyển | Số chỉ tiêu | Số thí sinh đủ điều kiện", "th"),
        P("1 | Giáo viên THPT môn Toán | 12 | 47", "tr"),
        P("2 | Giáo viên THPT môn Tin học | 9 | 21", "tr"),
        P("3 | Giáo viên THPT môn Tiếng Anh | 10 | 38", "tr"),
        P("4 | Giáo viên THPT môn Giáo dục thể chất | 6 | 15", "tr"),
        P(
            "Thời gian thực hành: từ ngày 10/12/2026 đến ngày 14/12/2026. Địa điểm: Trường THPT "
            "Quốc Học Quy Nhơn, phường Quy Nhơn."
        ),
        P(
            "Thí sinh có mặt trước 30 phút để làm thủ tục, mang theo Căn cước hoặc giấy tờ tùy thân "
            "có ảnh."
        ),
        P("Danh sách chi tiết thí sinh và lịch thực hành từng môn xem tại tệp đính kèm.", "br"),
        P(
            "Mọi thắc mắc liên hệ Văn phòng Sở, điện thoại: 0256.3822.516 (gặp đồng chí Trịnh Thị "
            "Mai)."
        ),
        Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
    ],
    opts={
        "ck": "tb", "at": "2026-11-27 09:30", "changed": "2026-11-28 14:02",
        "account": ("vanphong.sgd", 9),
        "files": [
            ("DS-thi-sinh-vong-2-TD-2026.xlsx", "2026-11", "48.9 KB"),
            ("TB-vong-2-tuyen-dung-GV-2026.pdf", "2026-11", "312.0 KB"),
        ],
    },
)

A8 = Story(
    id=3072,
    slug="ket-qua-xet-cong-nhan-sang-kien-co-pham-vi-anh-huong-cap-tinh-nam-2026-nganh-giao-duc",
    title="Kết quả xét công nhận sáng kiến có phạm vi ảnh hưởng cấp tỉnh năm 2026 ngành Giáo dục",
    cat="Thông báo",
    published_at="2026-11-06T14:00:00+07:00",
    summary=(
        "Hội đồng khoa học, sáng kiến ngành Giáo dục tỉnh Gia Lai vừa công bố kết quả xét công "
        "nhận sáng kiến có phạm vi ảnh hưởng cấp tỉnh năm 2026. Có 87/112 sáng kiến được công "
        "nhận, đạt tỷ lệ 77,7%."
    ),
    blocks=[
        P(
            "Hội đồng khoa học, sáng kiến ngành Giáo dục tỉnh Gia Lai vừa công bố kết quả xét công "
            "nhận sáng kiến có phạm vi ảnh hưởng cấp tỉnh năm 2026. Có 87/112 sáng kiến được công "
            "nhận, đạt tỷ lệ 77,7%.",
            "bold",
        ),
        P("Các sáng kiến được công nhận tập trung vào các lĩnh vực:"),
        P(
            "Đổi mới phương pháp dạy học và kiểm tra, đánh giá theo Chương trình giáo dục phổ thông "
            "2018: 41 sáng kiến;",
            "li",
        ),
        P("Quản lý, quản trị nhà trường và chuyển đổi số: 22 sáng kiến;", "li"),
        P("Giáo dục kỹ năng sống, giáo dục hướng nghiệp, phân luồng học sinh: 15 sáng kiến;", "li"),
        P("Giáo dục mầm non: 9 sáng kiến.", "li"),
        P(
            "Quyết định công nhận và danh sách kèm theo được gửi về các đơn vị qua hệ thống quản lý "
            "văn bản điều hành."
        ),
        P(
            "Các đơn vị có trách nhiệm thông báo đến tác giả sáng kiến và lưu hồ sơ theo quy định.",
            "br",
        ),
    ],
    opts={
        "ck": "tb", "at": "2026-11-06 14:00", "changed": "2026-11-06 14:00",
        "account": ("admin", 1),
    },
)

A9 = Story(
    id=3113,
    slug="hoc-sinh-gia-lai-gianh-2-huy-chuong-bac-tai-ky-thi-olympic-tin-hoc-toan-quoc-nam-2026",
    title="🏅 Học sinh Gia Lai giành 2 Huy chương Bạc tại Kỳ thi Olympic Tin học toàn quốc năm 2026",
    cat="Giáo dục Trung học",
    published_at="2026-11-29T19:10:00+07:00",
    summary=(
        "Tại Kỳ thi Olympic Tin học sinh viên và học sinh toàn quốc năm 2026 vừa kết thúc tại "
        "Trường Đại học Quy Nhơn, đội tuyển học sinh tỉnh Gia Lai đã xuất sắc giành 2 Huy chương "
        "Bạc và 3 giải Khuyến khích."
    ),
    sapo_outside=True,
    authors=["Trần Minh Đức"],
    blocks=[
        P(
            "Kỳ thi năm nay có gần 700 thí sinh đến từ 82 trường đại học, cao đẳng và các trường "
            "THPT trên cả nước tham gia. Đội tuyển tỉnh Gia Lai gồm 6 học sinh của Trường THPT "
            "chuyên Lê Quý Đôn và Trường THPT chuyên Hùng Vương."
        ),
        Img(
            styled("2026-11/olympic-tin-hoc-2026.jpg"),
            "Em Lê Hoàng Phúc (thứ hai từ trái sang) nhận Huy chương Bạc",
            "Em Lê Hoàng Phúc (thứ hai từ trái sang) nhận Huy chương Bạc",
            style="fig",
        ),
        P(
            "Hai học sinh đạt Huy chương Bạc là em Lê Hoàng Phúc, lớp 12 chuyên Tin, Trường THPT "
            "chuyên Lê Quý Đôn và em Rơ Châm Y Ly, lớp 11 chuyên Tin, Trường THPT chuyên Hùng Vương."
        ),
        P(
            "Thành tích trên tiếp tục khẳng định hiệu quả công tác bồi dưỡng học sinh giỏi môn Tin "
            "học của tỉnh, đồng thời là động lực để đội tuyển chuẩn bị tốt cho Kỳ thi chọn học sinh "
            "giỏi quốc gia THPT năm 2027. 🎉"
        ),
    ],
    opts={
        "ck": "th", "at": "2026-11-29 19:10", "changed": "2026-11-30 07:41",
        "created": "2026-11-27 16:02", "account": ("bientap.gdtrh", 21),
        "tac_gia": "ThS. Trần Minh Đức - Phòng Giáo dục Trung học",
    },
)

A10 = Story(
    id=3094,
    slug="huong-dan-kiem-tra-danh-gia-dinh-ky-cuoi-hoc-ky-i-nam-hoc-2026-2027-doi-voi-cap-thcs-thpt",
    title="Hướng dẫn kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026-2027 đối với cấp THCS, THPT",
    cat="Giáo dục Trung học",
    published_at="2026-11-20T07:45:00+07:00",
    authors=["Phòng GDTrH"],
    blocks=[
        P(
            "Nhằm đánh giá đúng thực chất kết quả học tập của học sinh, Sở GD&ĐT hướng dẫn các "
            "trường THCS, THPT và trung tâm GDNN-GDTX tổ chức kiểm tra, đánh giá định kỳ cuối học kỳ "
            "I năm học 2026-2027 với một số nội dung chính như sau."
        ),
        P("1. Thời gian kiểm tra", "h3"),
        P(
            "Các đơn vị chủ động xây dựng lịch kiểm tra, hoàn thành trước ngày 10/01/2027. Riêng "
            "các môn Ngữ văn, Toán, Tiếng Anh lớp 9 và lớp 12, kiểm tra theo đề chung của Sở vào "
            "ngày 05/01/2027 và ngày 06/01/2027."
        ),
        P("2. Hình thức và đề kiểm tra", "h3"),
        P(
            "Đề kiểm tra được xây dựng theo ma trận, bản đặc tả, bảo đảm đánh giá được mức độ đáp "
            "ứng yêu cầu cần đạt của chương trình.",
            "li",
        ),
        P(
            "Tăng cường câu hỏi gắn với bối cảnh thực tiễn; hạn chế yêu cầu học sinh ghi nhớ máy "
            "móc.",
            "li",
        ),
        P(
            "Đối với môn đánh giá bằng nhận xét, thực hiện theo Thông tư số 22/2021/TT-BGDĐT.",
            "li",
        ),
        P("3. Lịch kiểm tra theo đề chung", "h3"),
        P("Ngày | Buổi | Môn | Thời gian làm bài", "th"),
        P("05/01/2027 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("05/01/2027 | Chiều | Tiếng Anh | 60 phút", "tr"),
        P("06/01/2027 | Sáng | Toán | 90 phút", "tr"),
        P(
            "Sau khi chấm, các đơn vị báo cáo kết quả về Sở (qua Phòng Giáo dục Trung học) trước "
            "ngày 20/01/2027 qua hệ thống cơ sở dữ liệu ngành."
        ),
        Raw(
            "<p><em>Xem thêm:</em> <a href=\"/tin-tuc/Tin-hoat-dong/truong-thcs-nguyen-du-to-chuc-"
            "chuyen-de-ung-dung-tri-tue-nhan-tao-trong-doi-moi-phuong-phap-day-hoc\">Trường THCS "
            "Nguyễn Du tổ chức chuyên đề ứng dụng trí tuệ nhân tạo trong đổi mới phương pháp dạy "
            "học</a></p>"
        ),
        Raw('<p style="text-align: right;"><strong>Phòng GDTrH</strong></p>'),
    ],
    opts={
        "ck": "th", "at": "2026-11-20 07:45", "changed": "2026-11-21 10:16",
        "account": ("bientap.gdtrh", 21),
    },
)

A11 = Story(
    id=3101,
    slug="lan-toa-mo-hinh-truong-mam-non-hanh-phuc-tai-vung-dong-bao-dan-toc-thieu-so",
    title="Lan tỏa mô hình “Trường mầm non hạnh phúc” tại vùng đồng bào dân tộc thiểu số",
    cat="Giáo dục Mầm non - Tiểu học",
    published_at="2026-11-25T15:30:00+07:00",
    summary=(
        "Sau hơn một năm triển khai, mô hình “Trường mầm non hạnh phúc” đã được nhân rộng tại 46 "
        "trường mầm non vùng đồng bào dân tộc thiểu số của tỉnh, góp phần nâng cao chất lượng chăm "
        "sóc, giáo dục trẻ."
    ),
    sapo_outside=True,
    authors=["Kim Oanh"],
    photographers=["Kim Oanh"],
    blocks=[
        Img(
            styled("2026-11/mn-hoa-sen-ia-hru-01.jpg", "anh_dai_dien_600x400"),
            "Giờ hoạt động ngoài trời của trẻ Trường Mầm non Hoa Sen, xã Ia Hrú",
            "Giờ hoạt động ngoài trời của trẻ Trường Mầm non Hoa Sen, xã Ia Hrú",
            style="hero",
        ),
        P(
            "Tại Trường Mầm non Hoa Sen (xã Ia Hrú), mỗi buổi sáng, cô giáo đón trẻ bằng lời chào "
            "song ngữ Việt - Jrai, hỏi han sức khỏe và khuyến khích trẻ kể về gia đình mình. Các góc "
            "hoạt động được bố trí gần gũi với văn hóa địa phương như góc nhà rông, góc dệt thổ "
            "cẩm, góc nhạc cụ dân tộc."
        ),
        P(
            "Cô Ksor H'Bla, Hiệu trưởng nhà trường chia sẻ: “Khi trẻ được yêu thương, tôn trọng và "
            "được nói bằng tiếng mẹ đẻ, các cháu mạnh dạn hơn, ham đến lớp hơn. Tỷ lệ chuyên cần "
            "của trẻ 5 tuổi năm nay đạt 98,6%”."
        ),
        Img(
            styled("2026-11/mn-hoa-sen-ia-hru-02.jpg"),
            "Trẻ tham gia hoạt động trải nghiệm làm bánh truyền thống",
            "Trẻ tham gia hoạt động trải nghiệm làm bánh truyền thống",
            style="p-after",
        ),
        P(
            "Theo Phòng Giáo dục Mầm non - Tiểu học, thời gian tới, Sở sẽ tiếp tục hướng dẫn các "
            "xã, phường rà soát, bổ sung đồ dùng, đồ chơi, tăng cường bồi dưỡng giáo viên về phương "
            "pháp tiếp cận lấy trẻ làm trung tâm và giáo dục song ngữ cho trẻ người dân tộc thiểu số."
        ),
        Raw('<p style="text-align: right;"><strong>Bài, ảnh: Kim Oanh</strong></p>'),
    ],
    opts={
        "ck": "mn", "at": "2026-11-25 15:30", "changed": "2026-11-26 08:20",
        "account": ("bientap.mntt", 23), "hero_layout": True, "old": True,
    },
)

A12 = Story(
    id=3079,
    slug="mot-so-giai-phap-nang-cao-hieu-qua-giao-duc-stem-o-truong-trung-hoc-co-so",
    title="Một số giải pháp nâng cao hiệu quả giáo dục STEM ở trường trung học cơ sở",
    cat="Nghiên cứu - Trao đổi",
    published_at="2026-11-10T09:00:00+07:00",
    summary=(
        "Giáo dục STEM là một trong những định hướng quan trọng của Chương trình giáo dục phổ "
        "thông 2018. Bài viết đề xuất một số giải pháp giúp các trường THCS tổ chức hoạt động STEM "
        "hiệu quả trong điều kiện cơ sở vật chất còn hạn chế."
    ),
    sapo_outside=True,
    authors=["Võ Thị Kim Ngân"],
    blocks=[
        P("1. Đặt vấn đề", "h3"),
        P(
            "Giáo dục STEM được triển khai thông qua ba hình thức: bài học STEM, hoạt động trải "
            "nghiệm STEM và hoạt động nghiên cứu khoa học, kỹ thuật. Tuy nhiên, thực tế cho thấy "
            "nhiều trường THCS còn lúng túng trong việc xây dựng kế hoạch, thiếu thiết bị và giáo "
            "viên chưa được bồi dưỡng bài bản.",
            "fn|khoa học, kỹ thuật.|1",
        ),
        P("2. Một số giải pháp", "h3"),
        P(
            "Thứ nhất, xây dựng kế hoạch giáo dục STEM ngay từ đầu năm học, lồng ghép vào kế hoạch "
            "giáo dục của nhà trường và kế hoạch dạy học của các tổ chuyên môn."
        ),
        P(
            "Thứ hai, tận dụng vật liệu tái chế, thiết bị sẵn có tại địa phương để thiết kế sản "
            "phẩm STEM. Chẳng hạn, với chủ đề “Hệ thống tưới nước tự động”, học sinh có thể sử dụng "
            "chai nhựa, ống truyền dịch cũ và bo mạch vi điều khiển giá rẻ."
        ),
        Img(
            styled("2026-11/stem-chu-van-an.jpg"),
            "(Học sinh Trường THCS Chu Văn An với sản phẩm “Hệ thống tưới nước tự động”)",
            "Học sinh Trường THCS Chu Văn An với sản phẩm “Hệ thống tưới nước tự động”",
            style="fig",
        ),
        P(
            "Thứ ba, tăng cường liên kết với các trường đại học, doanh nghiệp trên địa bàn để hỗ trợ "
            "chuyên môn, tổ chức các ngày hội STEM cấp cụm trường.",
            "fn|cấp cụm trường.|2",
        ),
        P("3. Kết luận", "h3"),
        P(
            "Triển khai giáo dục STEM không đòi hỏi đầu tư lớn mà quan trọng là sự chủ động, sáng "
            "tạo của cán bộ quản lý và giáo viên. Qua hai năm áp dụng các giải pháp trên tại Trường "
            "THCS Chu Văn An, 100% học sinh được tham gia ít nhất bốn hoạt động STEM mỗi năm học."
        ),
        P("Tài liệu tham khảo", "h4"),
        P(
            "1. Bộ Giáo dục và Đào tạo (2020), Công văn số 3089/BGDĐT-GDTrH ngày 14/8/2020 về việc "
            "triển khai thực hiện giáo dục STEM trong giáo dục trung học.",
            "note|1",
        ),
        P(
            "2. Nguyễn Thanh Nga (chủ biên) (2018), Thiết kế và tổ chức chủ đề giáo dục STEM cho "
            "học sinh trung học cơ sở và trung học phổ thông, NXB Đại học Sư phạm TP. Hồ Chí Minh.",
            "note|2",
        ),
    ],
    opts={
        "ck": "nc", "at": "2026-11-10 09:00", "account": ("admin", 1), "old": True,
        "tac_gia": "ThS. Võ Thị Kim Ngân - Trường THCS Chu Văn An, phường Pleiku",
    },
)

A13 = Story(
    id=3062,
    slug="van-dung-mo-hinh-lop-hoc-dao-nguoc-trong-day-hoc-ngu-van-lop-10",
    title="Vận dụng mô hình “lớp học đảo ngược” trong dạy học Ngữ văn lớp 10",
    cat="Nghiên cứu - Trao đổi",
    published_at="2026-10-30T16:20:00+07:00",
    authors=["Đặng Quốc Bảo", "Lưu Thị Mỹ Dung"],
    blocks=[
        P(
            "Lớp học đảo ngược (flipped classroom) là mô hình dạy học trong đó học sinh tìm hiểu "
            "kiến thức mới ở nhà thông qua video bài giảng, tài liệu số; thời gian trên lớp được "
            "dành cho thảo luận, thực hành và giải quyết vấn đề dưới sự hướng dẫn của giáo viên.[1]"
        ),
        P(
            "Với môn Ngữ văn lớp 10, mô hình này đặc biệt phù hợp với các bài học đọc hiểu văn bản "
            "dài như sử thi, truyện thơ Nôm. Quy trình vận dụng gồm các bước:"
        ),
        P(
            "Bước 1: Giáo viên thiết kế học liệu số (video 7-10 phút, phiếu học tập) và giao nhiệm "
            "vụ trên hệ thống quản lý học tập trước buổi học ít nhất ba ngày.",
            "mso",
        ),
        P("Bước 2: Học sinh tự học ở nhà, ghi lại câu hỏi, vướng mắc vào phiếu học tập.", "mso"),
        P(
            "Bước 3: Trên lớp, giáo viên tổ chức cho học sinh thảo luận nhóm, trình bày sản phẩm, "
            "giải đáp thắc mắc và mở rộng vấn đề.",
            "mso",
        ),
        P("Bước 4: Giáo viên đánh giá, phản hồi và điều chỉnh học liệu cho bài học sau.", "mso"),
        P(
            "Thực nghiệm tại 4 lớp 10 của Trường THPT Trưng Vương trong học kỳ II năm học 2025-2026 "
            "cho thấy tỉ lệ học sinh đạt mức khá, giỏi ở bài kiểm tra đọc hiểu tăng từ 58,3% lên "
            "74,1%.[2]"
        ),
        P(
            "“Em thấy mình chủ động hơn, được nói nhiều hơn trong giờ học. Những câu hỏi khó em đã "
            "chuẩn bị trước nên không còn sợ phát biểu” - em Nguyễn Bảo Ngọc, lớp 10A3 chia sẻ.",
            "quote",
        ),
        P(
            "Tuy nhiên, để mô hình phát huy hiệu quả, nhà trường cần bảo đảm điều kiện thiết bị, "
            "đường truyền cho học sinh ở vùng khó khăn và giáo viên cần được bồi dưỡng kỹ năng "
            "thiết kế học liệu số."
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right;line-height:150%">'
            '<b><span style="font-size:14.0pt;line-height:150%">TS. Đặng Quốc Bảo</span></b>'
            '<span style="font-size:14.0pt;line-height:150%"> - Trường Đại học Quy Nhơn<br>'
            "<b>ThS. Lưu Thị Mỹ Dung</b> - Trường THPT Trưng Vương<o:p></o:p></span></p>"
        ),
        P("Chú thích", "h4"),
        P(
            "[1] Bergmann, J. & Sams, A. (2012), Flip Your Classroom: Reach Every Student in Every "
            "Class Every Day, ISTE."
        ),
        P("[2] Số liệu khảo sát của nhóm tác giả, tháng 5/2026."),
    ],
    opts={"ck": "nc", "at": "2026-10-30 16:20", "account": ("admin", 1), "old": True, "word": True},
)

STORIES: list[Story] = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
BY_NID = {st.id: st for st in STORIES}


def seg_of(st: Story) -> str:
    return st.opts.get("seg", CATS[st.opts["ck"]].seg)


def alias(st: Story) -> str:
    return f"/tin-tuc/{seg_of(st)}/{st.slug}"


ALIASES = {alias(st).lower(): st for st in STORIES}


def _at(st: Story) -> datetime:
    return datetime.strptime(st.opts["at"], "%Y-%m-%d %H:%M")


NEWEST = sorted(STORIES, key=_at, reverse=True)


def in_cat(ck: str) -> list[Story]:
    return [st for st in NEWEST if st.opts["ck"] == ck]


# --- dates -------------------------------------------------------------------------------------

_WD = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


def fmt_medium(value: str) -> str:
    d = datetime.strptime(value, "%Y-%m-%d %H:%M")
    return f"{_WD[d.weekday()]}, {d:%d/%m/%Y - %H:%M}"


def fmt_day(value: str) -> str:
    return datetime.strptime(value, "%Y-%m-%d %H:%M").strftime("%d/%m/%Y")


def utc_attr(value: str) -> str:
    d = datetime.strptime(value, "%Y-%m-%d %H:%M") - timedelta(hours=7)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_local(value: str) -> str:
    return datetime.strptime(value, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S+07:00")


def rfc822(value: str) -> str:
    d = datetime.strptime(value, "%Y-%m-%d %H:%M")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[d.weekday()]}, {d.day:02d} {months[d.month - 1]} {d.year} {d:%H:%M:%S} +0700"


# --- markup pieces -----------------------------------------------------------------------------


def picture(src: str, alt: str, width: int = 650, height: int = 433) -> str:
    """Olivero's responsive image: WebP sources, the JPEG fallback in ``<img src>``."""
    path = src.split("?")[0]
    month_file = path.split("/public/", 1)[1]
    big = f"{FILES}/styles/max_1300x1300/public/{month_file}.webp?itok={itok('w1300' + month_file)}"
    small = f"{FILES}/styles/max_650x650/public/{month_file}.webp?itok={itok('w650' + month_file)}"
    return (
        "<picture>\n"
        f'  <source srcset="{big} 1x" media="all and (min-width: 1000px)" type="image/webp" '
        'width="1300" height="866"/>\n'
        f'  <source srcset="{small} 1x" type="image/webp" width="650" height="433"/>\n'
        f'  <img loading="lazy" width="{width}" height="{height}" src="{esc(src)}" alt="{esc(alt)}" />\n'
        "</picture>"
    )


_PLACEHOLDER = (
    "data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D%27http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%27"
    "%20viewBox%3D%270%200%20900%20600%27%2F%3E"
)


def render_img(img: Img, alt: str) -> str:
    media_open = (
        '<div class="media media--type-hinh-anh media--view-mode-anh-noi-dung">\n'
        '<div class="field field--name-field-media-image field--type-image field--label-hidden '
        'field__item">'
    )
    if img.style == "blazy":
        inner = (
            '<div class="media media--blazy media--image is-b-loading">'
            f'<img decoding="async" class="media__element b-lazy" loading="lazy" src="{_PLACEHOLDER}" '
            f'data-src="{esc(img.src)}" width="900" height="600" alt="{esc(alt)}" /></div>'
        )
        return (
            '<figure role="group" class="caption caption-drupal-media align-center">\n<div>'
            f"{inner}</div>\n<figcaption>{esc(img.printed or '')}</figcaption>\n</figure>"
        )
    body = f"{media_open}{picture(img.src, alt)}</div>\n</div>"
    if img.style == "fig":
        return (
            '<figure role="group" class="caption caption-drupal-media align-center">\n'
            f"<div>\n{body}\n</div>\n<figcaption>{esc(img.printed or '')}</figcaption>\n</figure>"
        )
    if img.style == "p-after":
        return (
            f'<div class="align-center">\n{body}\n</div>\n'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    # nocap: a drupal-media without a caption
    return f'<div class="align-center">\n{body}\n</div>'


def _p(content: str, word: bool) -> str:
    if word:
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
            '<span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'
            f"{content}<o:p></o:p></span></p>"
        )
    return f"<p>{content}</p>"


def render_body(st: Story, *, inline_images: bool = True) -> str:
    """The body field's HTML as CKEditor 5 stored it (hero images are printed elsewhere)."""
    nfd = bool(st.opts.get("nfd"))
    word = bool(st.opts.get("word"))
    alt = st.opts.get("alt", "")
    out: list[str] = []
    group: list[str] = []
    group_kind = ""

    def t(value: str) -> str:
        return text(value, nfd=nfd)

    def flush() -> None:
        nonlocal group, group_kind
        if group_kind == "li":
            out.append("<ul>\n" + "\n".join(f"\t<li>{x}</li>" for x in group) + "\n</ul>")
        elif group_kind == "tr":
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:'
                'collapse;"><tbody>\n' + "\n".join(group) + "\n</tbody></table>"
            )
        group, group_kind = [], ""

    for n, block in enumerate(st.blocks):
        if isinstance(block, Raw):
            flush()
            out.append(block.html)
            continue
        if isinstance(block, Img):
            flush()
            if block.style != "hero" and inline_images:
                out.append(render_img(block, alt))
            continue
        kind, _, arg = block.style.partition("|")
        if kind == "li":
            if group_kind != "li":
                flush()
                group_kind = "li"
            group.append(t(block.text))
            continue
        if kind in ("tr", "th"):
            if group_kind != "tr":
                flush()
                group_kind = "tr"
            cells = block.text.split(" | ")
            if kind == "th":
                row = "".join(f'<td style="text-align:center;"><strong>{t(c)}</strong></td>' for c in cells)
            else:
                row = "".join(f"<td>{t(c)}</td>" for c in cells)
            group.append(f"<tr>{row}</tr>")
            continue
        flush()
        if kind == "h3":
            out.append(f"<h3>{t(block.text)}</h3>")
        elif kind == "h4":
            out.append(f"<h4><strong>{t(block.text)}</strong></h4>")
        elif kind == "bold":
            out.append(f"<p><strong>{t(block.text)}</strong></p>")
        elif kind == "quote":
            out.append(f"<blockquote>\n<p><em>{t(block.text)}</em></p>\n</blockquote>")
        elif kind == "br":
            last = out.pop()
            close = "<o:p></o:p></span></p>" if word else "</p>"
            out.append(last[: -len(close)] + f"<br>\n{t(block.text)}" + close)
        elif kind == "fn":
            anchor, _, num = arg.partition("|")
            content = t(block.text).replace(
                esc(anchor),
                f'{esc(anchor)}<sup><a href="#fn{num}" id="fnref{num}">{num}</a></sup>',
                1,
            )
            out.append(f"<p>{content}</p>")
        elif kind == "note":
            out.append(
                f'<p id="fn{arg}" class="ghi-chu">{t(block.text)}<a href="#fnref{arg}" class="fn-ve" '
                'aria-label="Quay lại nội dung"></a></p>'
            )
        elif kind == "mso":
            marker = (
                '<span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
                "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></span>"
            )
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-indent:-18.0pt;'
                'line-height:150%;mso-list:l0 level1 lfo1"><span style="font-size:14.0pt;line-height:'
                f'150%">{marker}{t(block.text)}<o:p></o:p></span></p>'
            )
        else:
            content = t(block.text)
            if n % 3 == 1:
                content = content.replace(", ", ",&nbsp;", 1)
            out.append(_p(content, word))
    flush()
    return "\n".join(out)


# --- chrome ------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        None,
        [
            ("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu"),
            ("Cơ cấu tổ chức", "/gioi-thieu/chuc-nang-nhiem-vu#co-cau-to-chuc"),
        ],
    ),
    (
        "Tin tức",
        "/tin-tuc",
        [("Tin hoạt động", "/tin-tuc/tin-hoat-dong"), ("Thông báo", "/tin-tuc/thong-bao")],
    ),
    (
        "Chuyên môn",
        None,
        [
            ("Giáo dục Trung học", "/tin-tuc/giao-duc-trung-hoc"),
            ("Giáo dục Mầm non - Tiểu học", "/tin-tuc/mam-non-tieu-hoc"),
            ("Nghiên cứu - Trao đổi", "/tin-tuc/nghien-cuu-trao-doi"),
        ],
    ),
    ("Văn bản", "/van-ban", []),
    ("Thư viện", None, [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video")]),
    ("Lịch công tác", "/lich-cong-tac", []),
    ("Liên hệ", "/lien-he", []),
]


def primary_menu() -> str:
    items = []
    for i, (label, href, children) in enumerate(MENU, start=1):
        cls = "primary-nav__menu-item primary-nav__menu-item--level-1"
        if href:
            link = (
                f'<a href="{href}" class="primary-nav__menu-link primary-nav__menu-link--link '
                f'primary-nav__menu-link--level-1" data-drupal-link-system-path="{esc(href.strip("/") or "<front>")}">'
                f'<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{esc(label)}</span></a>'
            )
        else:
            link = (
                '<span class="primary-nav__menu-link primary-nav__menu-link--nolink primary-nav__menu-link--level-1">'
                f'<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{esc(label)}</span></span>'
            )
        sub = ""
        if children:
            cls += " primary-nav__menu-item--has-children"
            sub_items = "\n".join(
                '<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-2">'
                f'<a href="{h}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-2">'
                f'<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-2">{esc(lbl)}</span></a></li>'
                for lbl, h in children
            )
            sub = (
                f'<button class="primary-nav__button-toggle" aria-controls="primary-menu-item-{i}{i}{i}" '
                'aria-expanded="false" aria-hidden="true" tabindex="-1">'
                f'<span class="visually-hidden">Menu con {esc(label)}</span><span class="icon--menu-toggle"></span></button>\n'
                '<span data-drupal-selector="primary-nav-menu-🥕" class="primary-nav__menu-🥕"></span>\n'
                f'<ul class="menu primary-nav__menu primary-nav__menu--level-2" data-drupal-selector="primary-nav-menu--level-2" '
                f'id="primary-menu-item-{i}{i}{i}">\n{sub_items}\n</ul>'
            )
        items.append(f'<li class="{cls}">\n{link}\n{sub}</li>')
    return (
        '<nav  id="block-sgd-olivero-main-menu" class="primary-nav block-menu-navigation" '
        'aria-labelledby="block-sgd-olivero-main-menu-menu" role="navigation">\n'
        '<h2 class="visually-hidden block__title" id="block-sgd-olivero-main-menu-menu">Menu chính</h2>\n'
        '<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">\n'
        + "\n".join(items)
        + "\n</ul>\n</nav>"
    )


def breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    items = "\n".join(
        f'<li class="breadcrumb__item"><a href="{h}" class="breadcrumb__link">{esc(lbl)}</a></li>'
        if h
        else f'<li class="breadcrumb__item">{esc(lbl)}</li>'
        for lbl, h in [("Trang chủ", "/"), *crumbs]
    )
    return (
        '<div class="region region--breadcrumb grid-full layout--pass--content-medium">\n'
        '<div id="block-sgd-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">\n'
        '<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">\n'
        '<h2 id="system-breadcrumb" class="visually-hidden">Đường dẫn</h2>\n'
        f'<div class="breadcrumb__content">\n<ol class="breadcrumb__list">\n{items}\n</ol>\n</div>\n'
        "</nav>\n</div>\n</div>"
    )


MOST_READ = [A2, A9, A12, A3]


def sidebar() -> str:
    most = "\n".join(
        f'<li><a href="{alias(st)}" hreflang="vi">{esc(st.title)}</a> <span class="lx">({st.views() + 800})</span></li>'
        for st in MOST_READ
    )
    return f"""<aside class="region region--sidebar" role="complementary">
<div class="views-element-container block block-views block-views-blocktin-xem-nhieu-block-1" id="block-tinxemnhieu">
  <h2 class="block__title tieu-de-khoi">Tin xem nhiều</h2>
  <div><div class="view view-tin-xem-nhieu view-id-tin_xem_nhieu view-display-id-block_1 js-view-dom-id-1b6e0f8c2a">
  <div class="item-list"><ul class="ds-xem-nhieu">
{most}
  </ul></div></div></div>
</div>
<div id="block-lienketwebsite" class="block block-block-content block-block-content7c1e4d3a-09b2-4f63-a1f6-2f0f3a6d41c5">
  <h2 class="block__title tieu-de-khoi">Liên kết website</h2>
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
  <p><a href="https://moet.gov.vn" target="_blank"><img src="{FILES}/inline-images/banner-bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" width="260" height="70"></a></p>
  <p><a href="https://gialai.gov.vn" target="_blank"><img src="{FILES}/inline-images/banner-cong-ttdt-tinh.png" alt="Cổng TTĐT tỉnh Gia Lai" width="260" height="70"></a></p>
  <select class="lk-web" onchange="if(this.value) window.open(this.value)">
    <option value="">-- Chọn liên kết --</option>
    <option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành Giáo dục</option>
    <option value="https://thisinh.thithptquocgia.edu.vn">Hệ thống hỗ trợ tuyển sinh</option>
    <option value="https://dichvucong.gialai.gov.vn">Dịch vụ công tỉnh Gia Lai</option>
  </select>
  </div>
</div>
<div id="block-thamdoykien" class="block block-poll">
  <h2 class="block__title tieu-de-khoi">Thăm dò ý kiến</h2>
  <form class="poll-view-form" data-drupal-selector="poll-view-form-3" action="" method="post" id="poll-view-form-3" accept-charset="UTF-8">
  <div class="poll-question">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử Sở GD&amp;ĐT?</div>
  <div class="form-radios"><label><input type="radio" name="choice" value="7"> Rất hài lòng</label>
  <label><input type="radio" name="choice" value="8"> Hài lòng</label>
  <label><input type="radio" name="choice" value="9"> Chưa hài lòng</label></div>
  <input type="hidden" name="form_id" value="poll_view_form_3" />
  <input type="submit" class="button" value="Bình chọn" />
  </form>
</div>
<div id="block-thongketruycap" class="block block-sgd-counter">
  <h2 class="block__title tieu-de-khoi">Thống kê truy cập</h2>
  <table class="tk-truy-cap"><tbody>
  <tr><td>Đang online:</td><td>37</td></tr>
  <tr><td>Hôm nay:</td><td>1.284</td></tr>
  <tr><td>Tháng này:</td><td>6.902</td></tr>
  <tr><td>Tổng truy cập:</td><td>3.918.226</td></tr>
  </tbody></table>
</div>
</aside>"""


def footer() -> str:
    return f"""<footer class="site-footer">
<div class="site-footer__inner container">
<div class="region region--footer-top grid-full">
<div id="block-lienketnhanh" class="block block-block-content block-block-content1a9f">
  <h2 class="block__title">Liên kết nhanh</h2>
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
  <ul>
  <li><a href="/index.php/tin-tuc/thong-bao/{A6.slug}">Lịch thi HSG cấp tỉnh lớp 12</a></li>
  <li><a href="/van-ban">Văn bản chỉ đạo, điều hành</a></li>
  <li><a href="/lich-cong-tac">Lịch công tác tuần</a></li>
  <li><a href="https://dichvucong.gialai.gov.vn" target="_blank">Dịch vụ công trực tuyến</a></li>
  </ul></div>
</div>
</div>
<div class="region region--footer-bottom grid-full">
<div id="block-thongtinchantrang" class="block block-block-content">
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
  <p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH GIA LAI</strong></p>
  <p>Địa chỉ: Số 08 Trần Phú, phường Quy Nhơn, tỉnh Gia Lai<br>
  Điện thoại: 0256.3822.516 - Fax: 0256.3822.517 - Email: <a href="mailto:sgddt@gialai.gov.vn">sgddt@gialai.gov.vn</a></p>
  <p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
  <p>© 2026 Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Gia Lai. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  </div>
</div>
<div class="footer-social"><a href="https://www.facebook.com/sogddtgialai" target="_blank" rel="noopener">Facebook</a> · <a href="https://www.youtube.com/@sogddtgialai" target="_blank" rel="noopener">YouTube</a></div>
</div>
</div>
</footer>"""


def settings_json(current_path: str, is_front: bool = False, views: str = "") -> str:
    cp = current_path.replace("/", "\\/")
    return (
        '<script type="application/json" data-drupal-selector="drupal-settings-json">'
        '{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"' + cp + '","currentPathIsAdmin":false,'
        '"isFront":' + ("true" if is_front else "false") + ',"currentLanguage":"vi"},'
        '"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,'
        '"ajaxPageState":{"libraries":"eJx1jkEOwyAMBD9EwpOQAYuiGBthJ03_XnpIpUbtzTu7lhbQFcMuT5yVUQV2vIMdsnLrw9mgWdJCSRyeYWpU0u3M6fmsXc_ubQ1lRVDqXqAXfRv22IjXk-IKqlW9dL8rA","theme":"sgd_olivero","theme_token":null},'
        '"ajaxTrustedUrl":{"\\/search\\/node":true},'
        + (views + "," if views else "")
        + '"user":{"uid":0,"permissionsHash":"2f7c1a6b0e0d4b6c9a5e8e0c61b2f6b6"}}</script>'
    )


def page(
    request: Request,
    *,
    title: str,
    main: str,
    crumbs: list[tuple[str, str | None]] | None,
    current_path: str,
    body_class: str,
    head: str = "",
    is_front: bool = False,
    views_json: str = "",
    page_title_block: bool = True,
) -> Response:
    crumb_html = breadcrumb(crumbs) if crumbs is not None else ""
    title_block = (
        '<div id="block-sgd-olivero-page-title" class="block block-core block-page-title-block">\n'
        f'<h1 class="title page-title">{title}</h1>\n</div>'
        if page_title_block
        else ""
    )
    head_title = esc(unicodedata.normalize("NFC", _strip_tags(title)))
    doc = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head>
<meta charset="utf-8" />
{head}
<meta name="Generator" content="Drupal 11 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)}" href="{base_url(request)}/rss.xml" />
<title>{head_title} | {esc(SITE_SHORT)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_bTq1m0Yx2lFz8vQp3c9.css?delta=0&amp;language=vi&amp;theme=sgd_olivero&amp;include=eJxNjEEOgzAMBD8U4idFjrFoWsdGdqDi9-2l" />
<script type="application/json" data-drupal-selector="drupal-settings-json-pre"></script>
</head>
<body class="{body_class} path-{('frontpage' if is_front else current_path.split('/')[0])}">
<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="thanh-tren">
  <span class="ngay-thang">{HEADER_DATE}</span>
  <span class="lk-tren"><a href="/lien-he">Liên hệ</a> | <a href="{base_url(request)}/rss.xml">RSS</a> | <a href="https://mail.gialai.gov.vn" target="_blank">Thư điện tử công vụ</a></span>
</div>
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
<div class="container site-header__inner__container">
<div id="block-sgd-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
  <div class="site-branding__inner">
    <a href="/" rel="home" class="site-branding__logo"><img src="{THEME}/logo-sgd.png" alt="Trang chủ" fetchpriority="high" width="84" height="84" /></a>
    <div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home" title="Trang chủ">SỞ GIÁO DỤC VÀ ĐÀO TẠO</a></div>
    <div class="site-branding__slogan">TỈNH GIA LAI</div></div>
  </div>
</div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-sgd-olivero-search-form-narrow" role="search">
  <div class="content">
  <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
  <div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
  <label for="edit-keys" class="form-item__label visually-hidden">Tìm kiếm</label>
  <input title="Nhập từ khóa cần tìm." placeholder="Tìm kiếm..." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" />
  </div>
  <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm" /></div>
  </form>
  </div>
</div>
{primary_menu()}
</div>
</div>
</div>
</div>
</header>
<div id="main-wrapper" class="layout-main-wrapper layout-container">
<div id="main" class="layout-main">
<div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container">
<div class="region region--highlighted grid-full layout--pass--content-medium">
<div id="block-thongbaochay" class="block block-block-content block-block-content0b3d">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><div class="tb-chay"><strong>THÔNG BÁO:</strong> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Lịch nghỉ Tết Dương lịch năm 2027: Học sinh, học viên các cơ sở giáo dục trên địa bàn tỉnh nghỉ học ngày 01/01/2027 (thứ Sáu). Đề nghị các đơn vị bố trí lịch trực, bảo đảm an toàn trường học.</marquee></div></div>
</div>
</div>
{crumb_html}
<div class="sgd-cot">
<div class="region region--content grid-full layout--pass--content-medium" id="content" tabindex="-1">
<div data-drupal-messages-fallback class="hidden messages-list"></div>
{title_block}
<div id="block-sgd-olivero-content" class="block block-system block-system-main-block">
{main}
</div>
</div>
{sidebar()}
</div>
</div>
</div>
</div>
</div>
{footer()}
</div></div>
</div>
{settings_json(current_path, is_front, views_json)}
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="{THEME}/js/sgd.js?t8x2pq"></script>
</body>
</html>
"""
    return html(doc, headers={"X-Generator": "Drupal 11 (https://www.drupal.org)", "Cache-Control": "max-age=300, public"})


def _strip_tags(value: str) -> str:
    out, inside = [], False
    for ch in value:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        elif not inside:
            out.append(ch)
    return "".join(out)


# --- teasers and lists -------------------------------------------------------------------------


def first_image(st: Story) -> Img | None:
    return next((b for b in st.blocks if isinstance(b, Img)), None)


def thumb(st: Story) -> str:
    img = first_image(st)
    if img is None:
        return f"{THEME}/images/no-image-sgd.png"
    month_file = img.src.split("?")[0].split("/public/", 1)[1]
    return styled(month_file, "thumb_320x200")


def teaser_text(st: Story) -> str:
    if st.summary:
        return st.summary
    first = next(b.text for b in st.blocks if isinstance(b, P))
    return first[:150].rsplit(" ", 1)[0] + "…"


def row_teaser(st: Story) -> str:
    return f"""<div class="views-row"><div class="tin-ngang clearfix">
  <div class="views-field views-field-field-anh-dai-dien"><div class="field-content"><a href="{alias(st)}" hreflang="vi"><img loading="lazy" src="{thumb(st)}" width="320" height="200" alt="" /></a></div></div>
  <h3 class="views-field views-field-title tieu-de-tin"><span class="field-content"><a href="{alias(st)}" hreflang="vi">{esc(st.title)}</a></span></h3>
  <div class="views-field views-field-created"><span class="field-content ngay-dang"><time datetime="{utc_attr(st.opts['at'])}">{fmt_day(st.opts['at'])}</time></span></div>
  <div class="views-field views-field-field-mo-ta"><div class="field-content mo-ta-ngan">{esc(teaser_text(st))}</div></div>
  <div class="views-field views-field-view-node"><span class="field-content"><a href="{alias(st)}" hreflang="vi">Xem tiếp »</a></span></div>
</div></div>"""


def row_title(st: Story, with_date: bool = True) -> str:
    date = f' <span class="ngay">({fmt_day(st.opts["at"])})</span>' if with_date else ""
    return f'<li><a href="{alias(st)}" hreflang="vi">{esc(st.title)}</a>{date}</li>'


def full_pager(cur: int, last: int, extra: dict[str, str] | None = None) -> str:
    if last == 0:
        return ""

    def href(n: int) -> str:
        return "?" + urlencode({**(extra or {}), "page": str(n)})

    items = []
    if cur > 0:
        items.append(f'<li class="pager__item pager__item--control pager__item--first"><a href="{href(0)}" title="Đến trang đầu" class="pager__link"><span class="visually-hidden">Trang đầu</span>«</a></li>')
        items.append(f'<li class="pager__item pager__item--control pager__item--previous"><a href="{href(cur - 1)}" title="Đến trang trước" rel="prev" class="pager__link"><span class="visually-hidden">Trang trước</span>‹</a></li>')
    for n in range(last + 1):
        if n == cur:
            items.append(f'<li class="pager__item pager__item--active"><span class="visually-hidden">Trang hiện tại</span>{n + 1}</li>')
        else:
            items.append(f'<li class="pager__item"><a href="{href(n)}" title="Đến trang {n + 1}" class="pager__link">{n + 1}</a></li>')
    if cur < last:
        items.append(f'<li class="pager__item pager__item--control pager__item--next"><a href="{href(cur + 1)}" title="Đến trang sau" rel="next" class="pager__link"><span class="visually-hidden">Trang sau</span>›</a></li>')
        items.append(f'<li class="pager__item pager__item--control pager__item--last"><a href="{href(last)}" title="Đến trang cuối" class="pager__link"><span class="visually-hidden">Trang cuối</span>»</a></li>')
    return (
        '<nav class="pager" role="navigation" aria-labelledby="pagination-heading">\n'
        '<h4 id="pagination-heading" class="visually-hidden">Phân trang</h4>\n'
        '<ul class="pager__items js-pager__items">\n' + "\n".join(items) + "\n</ul>\n</nav>"
    )


def page_number(raw: str, last: int) -> int:
    """Drupal clamps the page: garbage is 0, beyond the end is the last page."""
    try:
        n = int(raw)
    except ValueError:
        return 0
    return max(0, min(n, last))


# --- article pages -----------------------------------------------------------------------------


def crumbs_for(st: Story) -> list[tuple[str, str | None]]:
    cat = CATS[st.opts["ck"]]
    parent = ("Tin tức", "/tin-tuc") if cat.parent == "Tin tức" else (cat.parent, None)
    return [parent, (cat.name, f"/tin-tuc/{cat.seg}")]


def title_html(st: Story) -> str:
    return f'<span class="field field--name-title field--type-string field--label-hidden">{text(st.title, nfd=bool(st.opts.get("nfd")))}</span>'


def meta_block(st: Story) -> str:
    account, uid = st.opts["account"]
    at = st.opts["at"]
    if st.opts.get("old"):
        return (
            '<div class="block block-layout-builder block-extra-field-blocknodetin-baisubmitted">\n'
            '<div class="node__meta"><span class="node__author">Gửi bởi '
            f'<a title="Xem hồ sơ thành viên." href="/user/{uid}" lang="" typeof="schema:Person" property="schema:name" class="username">{account}</a>'
            f'</span> vào <span class="node__date"><time datetime="{utc_attr(at)}">{fmt_medium(at)}</time></span>'
            f' <span class="luot-xem">| Lượt xem: {st.views()}</span></div>\n</div>'
        )
    return (
        f'<div class="block block-sgd-meta block-tt-bv" id="tt-bv-{st.id}">\n<div class="tt-bv">\n'
        f'<span class="tt-bv__capnhat"><i class="ic ic-capnhat"></i>Cập nhật: {fmt_medium(st.opts["changed"])}</span>\n'
        f'<span class="tt-bv__ngaydang"><i class="ic ic-lich"></i>Ngày đăng: <time datetime="{utc_attr(at)}">{fmt_medium(at)}</time></span>\n'
        f'<span class="tt-bv__nguoidang">Người đăng: <a href="/user/{uid}" class="username">{account}</a></span>\n'
        f'<span class="tt-bv__luotxem">Lượt xem: {st.views()}</span>\n</div>\n</div>'
    )


def field_block(field: str, inner: str, ftype: str = "string", label: str = "hidden", extra: str = "") -> str:
    return (
        f'<div class="block block-layout-builder block-field-blocknodetin-bai{field.replace("_", "-")}">\n'
        f'<div class="{extra}field field--name-{field.replace("_", "-")} field--type-{ftype} field--label-{label}'
        f'{" field__item" if label == "hidden" else " clearfix"}">{inner}</div>\n</div>'
    )


def sapo_block(st: Story) -> str:
    if not (st.summary and st.sapo_outside):
        return ""
    return field_block("field_mo_ta", text(st.summary), "string-long", extra="mo-ta-bv ")


def body_block(st: Story) -> str:
    return field_block("body", "\n" + render_body(st) + "\n", "text-with-summary", extra="clearfix text-formatted ")


def tac_gia_block(st: Story) -> str:
    if "tac_gia" not in st.opts:
        return ""
    inner = f'<div class="field__label">Tác giả</div>\n<div class="field__item">{esc(st.opts["tac_gia"])}</div>'
    return field_block("field_tac_gia", inner, label="inline")


def files_block(st: Story) -> str:
    files = st.opts.get("files")
    if not files:
        return ""
    items = []
    for name, month, size in files:
        mime = "application/pdf" if name.endswith(".pdf") else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        items.append(
            f'<div class="field__item"><span class="file file--mime-{mime.replace("/", "-").replace(".", "-")} file--x-office-document">'
            f'<a href="{FILES}/{month}/{name}" type="{mime}" title="{name}">{name}</a></span> <span>({size})</span></div>'
        )
    inner = '<div class="field__label">Tệp đính kèm</div>\n<div class="field__items">\n' + "\n".join(items) + "\n</div>"
    return field_block("field_tep_dinh_kem", inner, "file", label="above")


def category_block(st: Story) -> str:
    cat = CATS[st.opts["ck"]]
    inner = f'<a href="/tin-tuc/{cat.seg}" hreflang="vi">{esc(cat.name)}</a>'
    return field_block("field_danh_muc", inner, "entity-reference", extra="chuyen-muc-bv ")


GOP_Y = (
    '<div class="block block-layout-builder block-inline-blockbasic">\n'
    '<h2 class="block__title">Hộp thư góp ý</h2>\n'
    '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
    "<p>Mọi ý kiến phản ánh, góp ý về hoạt động của ngành Giáo dục tỉnh Gia Lai, xin gửi về Văn "
    'phòng Sở qua địa chỉ thư điện tử <a href="mailto:gopy.sgddt@gialai.gov.vn">gopy.sgddt@gialai.gov.vn</a> '
    "hoặc đường dây nóng 0256.3822.999.</p></div>\n</div>"
)


def tools_block(request: Request, st: Story) -> str:
    url = base_url(request) + alias(st)
    if st.opts.get("old"):
        return (
            '<div class="block block-layout-builder block-extra-field-blocknodetin-bailinks">\n'
            '<ul class="links inline cong-cu-cu">'
            f'<li class="printable-link"><a href="/node/{st.id}/printable/print" target="_blank" rel="nofollow">Bản in</a></li>'
            f'<li><a href="mailto:?subject={esc(st.title)}&amp;body={esc(url)}">Gửi email</a></li>'
            f'<li><a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank">Chia sẻ Facebook</a></li>'
            "</ul>\n</div>"
        )
    return (
        '<div class="block block-block-content block-cong-cu-bv">\n<ul class="cc-bv">'
        '<li><a href="javascript:window.print();" title="In trang này">In bài</a></li>'
        f'<li><a href="mailto:?subject={esc(st.title)}&amp;body={esc(url)}">Gửi email</a></li>'
        f'<li><a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank" rel="noopener">Facebook</a></li>'
        f'<li><a href="https://zalo.me/share/?u={esc(url)}" target="_blank" rel="noopener">Zalo</a></li>'
        "</ul>\n</div>"
    )


def tags_block(st: Story) -> str:
    tags = st.opts.get("tags")
    if not tags:
        return ""
    items = "".join(
        f'<div class="field__item"><a href="/tu-khoa/{t}" hreflang="vi">{esc(TAGS[t])}</a></div>' for t in tags
    )
    inner = f'<div class="field__label">Từ khóa</div>\n<div class="field__items">{items}</div>'
    return field_block("field_tu_khoa", inner, "entity-reference", label="inline")


def related_blocks(st: Story) -> str:
    same = [o for o in in_cat(st.opts["ck"]) if o is not st][:3]
    newest = [o for o in NEWEST if o is not st][:5]
    rel = "\n".join(
        f'<div class="views-row"><a href="{alias(o)}" hreflang="vi"><img loading="lazy" src="{thumb(o)}" width="320" height="200" alt="" /></a>'
        f'<a href="{alias(o)}" hreflang="vi" class="tieu-de">{esc(o.title)}</a> <span class="ngay">{fmt_day(o.opts["at"])}</span></div>'
        for o in same
    )
    new = "\n".join(row_title(o) for o in newest)
    return f"""<div class="layout layout--twocol-section layout--twocol-section--50-50">
<div class="layout__region layout__region--first">
<div class="views-element-container block block-views block-views-blocktin-cung-chuyen-muc-block-1">
<h2 class="block__title tieu-de-khoi">Tin cùng chuyên mục</h2>
<div><div class="view view-tin-cung-chuyen-muc view-id-tin_cung_chuyen_muc view-display-id-block_1">{rel or '<div class="view-empty">Chưa có tin.</div>'}</div></div>
</div>
</div>
<div class="layout__region layout__region--second">
<div class="views-element-container block block-views block-views-blocktin-moi-block-2">
<h2 class="block__title tieu-de-khoi">Tin mới</h2>
<div><div class="view view-tin-moi view-id-tin_moi view-display-id-block_2"><div class="item-list"><ul>
{new}
</ul></div></div></div>
</div>
</div>
</div>"""


def article_head(request: Request, st: Story) -> str:
    base = base_url(request)
    img = first_image(st)
    og_img = ""
    if img is not None:
        month_file = img.src.split("?")[0].split("/public/", 1)[1]
        og_img = f'<meta property="og:image" content="{base}{styled(month_file, "og_1200x630")}" />\n'
    desc = teaser_text(st)
    created = st.opts.get("created", st.opts["at"])
    changed = st.opts.get("changed", st.opts["at"])
    return (
        f'<meta name="description" content="{esc(desc)}" />\n'
        f'<link rel="canonical" href="{base}{alias(st)}" />\n'
        f'<link rel="shortlink" href="{base}/node/{st.id}" />\n'
        f'<meta property="og:site_name" content="{esc(SITE)}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{base}{alias(st)}" />\n'
        f'<meta property="og:title" content="{esc(unicodedata.normalize("NFC", st.title))}" />\n'
        f"{og_img}"
        f'<meta property="article:published_time" content="{iso_local(created)}" />\n'
        f'<meta property="article:modified_time" content="{iso_local(changed)}" />'
    )


def article_page(request: Request, st: Story) -> Response:
    body_parts = [tac_gia_block(st), sapo_block(st), body_block(st), files_block(st)]
    if st.opts.get("hero_layout"):
        hero = next(b for b in st.blocks if isinstance(b, Img) and b.style == "hero")
        hero_html = (
            '<div class="block block-layout-builder block-field-blocknodetin-baifield-anh-dai-dien">\n'
            '<div class="field field--name-field-anh-dai-dien field--type-entity-reference field--label-hidden field__item">\n'
            '<div class="media media--type-hinh-anh media--view-mode-anh-dai-dien">\n'
            f'<div class="field field--name-field-media-image field--type-image field--label-hidden field__item">{picture(hero.src, "", 600, 400)}</div>\n'
            f'<div class="field field--name-field-chu-thich field--type-string field--label-hidden field__item chu-thich-anh">{esc(hero.printed or "")}</div>\n'
            "</div>\n</div>\n</div>"
        )
        first = f"""<div class="layout layout--onecol"><div class="layout__region layout__region--content">
{category_block(st)}
{meta_block(st)}
</div></div>
<div class="layout layout--twocol-section layout--twocol-section--33-67">
<div class="layout__region layout__region--first">
{hero_html}
</div>
<div class="layout__region layout__region--second">
{"".join(body_parts)}
</div>
</div>"""
    else:
        first = f"""<div class="layout layout--onecol"><div class="layout__region layout__region--content">
{category_block(st)}
{meta_block(st)}
{"".join(body_parts)}
</div></div>"""
    main = f"""<article data-history-node-id="{st.id}" class="node node--type-tin-bai node--promoted node--view-mode-full">
<div class="node__content">
{first}
<div class="layout layout--onecol khoi-cuoi-bv"><div class="layout__region layout__region--content">
{GOP_Y}
{tools_block(request, st)}
{tags_block(st)}
</div></div>
{related_blocks(st)}
</div>
</article>"""
    return page(
        request,
        title=title_html(st),
        main=main,
        crumbs=crumbs_for(st),
        current_path=f"node/{st.id}",
        body_class="page-node-type-tin-bai",
        head=article_head(request, st),
    )


def print_page(request: Request, st: Story) -> Response:
    base = base_url(request)
    hero = ""
    img = next((b for b in st.blocks if isinstance(b, Img) and b.style == "hero"), None)
    if img is not None:
        hero = f'<div class="print-hero"><img src="{esc(img.src)}" alt="" /><div>{esc(img.printed or "")}</div></div>'
    sapo = f'<div class="print-sapo"><strong>{text(st.summary)}</strong></div>' if st.summary and st.sapo_outside else ""
    tac_gia = f'<div class="print-tacgia">Tác giả: {esc(st.opts["tac_gia"])}</div>' if "tac_gia" in st.opts else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head><meta charset="utf-8" /><title>{esc(unicodedata.normalize("NFC", st.title))} | {esc(SITE_SHORT)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="stylesheet" href="/modules/contrib/printable/css/print.css" /></head>
<body>
<div class="print-logo"><img src="{THEME}/logo-sgd.png" alt="logo" /></div>
<div class="print-site_name">{esc(SITE)}</div>
<div class="print-breadcrumb">{esc(st.cat)}</div>
<h1 class="print-title">{title_html(st)}</h1>
<div class="print-submitted">Gửi bởi {st.opts["account"][0]} vào {fmt_medium(st.opts["at"])}</div>
<div class="print-content">
{hero}{tac_gia}{sapo}
{render_body(st)}
</div>
<div class="print-footer">
<p><strong>Đường dẫn nguồn:</strong> {base}{alias(st)}</p>
</div>
<script>window.print();</script>
</body>
</html>
"""
    return html(doc)


# --- listings ----------------------------------------------------------------------------------

EXPOSED_CATS = [("All", "- Tất cả -")] + [(str(c.tid), c.name) for c in CATS.values()]


def exposed_form(danh_muc: str, nam: str) -> str:
    sel = ' selected="selected"'
    cats = "".join(
        f'<option value="{v}"{sel if v == danh_muc else ""}>{esc(lbl)}</option>' for v, lbl in EXPOSED_CATS
    )
    years = "".join(
        f'<option value="{v}"{sel if v == nam else ""}>{lbl}</option>'
        for v, lbl in [("All", "- Tất cả -"), ("2026", "2026"), ("2025", "2025")]
    )
    return f"""<form class="views-exposed-form loc-tin" data-drupal-selector="views-exposed-form-tin-tuc-page-1" action="/tin-tuc" method="get" id="views-exposed-form-tin-tuc-page-1" accept-charset="UTF-8">
<div class="form--inline clearfix">
<div class="js-form-item form-item js-form-type-select form-item-danh-muc js-form-item-danh-muc">
<label for="edit-danh-muc" class="form-item__label">Chuyên mục</label>
<select data-drupal-selector="edit-danh-muc" id="edit-danh-muc" name="danh_muc" class="form-select form-element form-element--type-select">{cats}</select>
</div>
<div class="js-form-item form-item js-form-type-select form-item-nam js-form-item-nam">
<label for="edit-nam" class="form-item__label">Năm</label>
<select data-drupal-selector="edit-nam" id="edit-nam" name="nam" class="form-select form-element form-element--type-select">{years}</select>
</div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit-tin-tuc" type="submit" id="edit-submit-tin-tuc" value="Lọc" class="button js-form-submit form-submit" /></div>
</div>
</form>"""


def listing_view(view_id: str, items: list[Story], cur: int, last: int, extra: dict[str, str] | None, top: str = "") -> str:
    rows = "\n".join(row_teaser(st) for st in items) or '<div class="view-empty"><p>Không có bài viết nào.</p></div>'
    return f"""<div class="views-element-container"><div class="view view-{view_id.replace('_', '-')} view-id-{view_id} view-display-id-page_1 js-view-dom-id-{itok(view_id + str(cur))}">
{top}
<div class="view-content ds-tin">
{rows}
</div>
{full_pager(cur, last, extra)}
</div></div>"""


def news_page(request: Request) -> Response:
    params = request.params
    danh_muc = params.get("danh_muc", "All")
    nam = params.get("nam", "All")
    if danh_muc not in {v for v, _ in EXPOSED_CATS}:
        danh_muc = "All"
    if nam not in ("All", "2026", "2025"):
        nam = "All"
    items = [
        st
        for st in NEWEST
        if (danh_muc == "All" or str(CATS[st.opts["ck"]].tid) == danh_muc)
        and (nam == "All" or st.opts["at"].startswith(nam))
    ]
    per = 10
    last = max(0, (len(items) - 1) // per)
    cur = page_number(params.get("page", "0"), last)
    extra = {k: v for k, v in (("danh_muc", danh_muc), ("nam", nam)) if k in params}
    main = listing_view("tin_tuc", items[cur * per : (cur + 1) * per], cur, last, extra, exposed_form(danh_muc, nam))
    return page(request, title="Tin tức", main=main, crumbs=[("Tin tức", None)], current_path="tin-tuc", body_class="path-view-tin-tuc")


def category_page(request: Request, ck: str) -> Response:
    cat = CATS[ck]
    items = in_cat(ck)
    last = max(0, (len(items) - 1) // cat.per_page)
    cur = page_number(request.params.get("page", "0"), last)
    main = listing_view("ds_tin_theo_danh_muc", items[cur * cat.per_page : (cur + 1) * cat.per_page], cur, last, None)
    parent = ("Tin tức", "/tin-tuc") if cat.parent == "Tin tức" else (cat.parent, None)
    return page(
        request,
        title=esc(cat.name),
        main=main,
        crumbs=[parent, (cat.name, None)],
        current_path=f"taxonomy/term/{cat.tid}",
        body_class="path-taxonomy",
        head=f'<link rel="canonical" href="{base_url(request)}/tin-tuc/{cat.seg}" />',
    )


def tag_page(request: Request, slug: str) -> Response:
    items = [st for st in NEWEST if slug in st.opts.get("tags", [])]
    main = listing_view("tu_khoa", items, 0, 0, None)
    return page(request, title=esc(TAGS[slug]), main=main, crumbs=[("Từ khóa", None), (TAGS[slug], None)], current_path=f"tu-khoa/{slug}", body_class="path-taxonomy")


# --- front page --------------------------------------------------------------------------------

SLIDER = [A1, A2, A9]
FRONT_NEW = [A1, A2, A6, A9, A7, A11]
FRONT_CM = [A9, A11, A10]


def front_page(request: Request) -> Response:
    raw = request.params.get("page", "")
    parts = raw.split(",")
    tb_raw = parts[1] if len(parts) > 1 else "0"
    tb_items = in_cat("tb")
    tb_last = (len(tb_items) - 1) // 2
    tb_cur = page_number(tb_raw or "0", tb_last)
    tb_rows = "\n".join(row_title(st) for st in tb_items[tb_cur * 2 : tb_cur * 2 + 2])
    mini = []
    if tb_cur > 0:
        mini.append(f'<li class="pager__item pager__item--control pager__item--previous"><a href="?page=%2C{tb_cur - 1}" title="Đến trang trước" rel="prev" class="pager__link">‹‹</a></li>')
    mini.append(f'<li class="pager__item is-active">Trang {tb_cur + 1}</li>')
    if tb_cur < tb_last:
        mini.append(f'<li class="pager__item pager__item--control pager__item--next"><a href="?page=%2C{tb_cur + 1}" title="Đến trang sau" rel="next" class="pager__link">››</a></li>')
    slides = "\n".join(
        f'<div class="slide"><a href="{alias(st)}"><img src="{styled(first_image(st).src.split("?")[0].split("/public/", 1)[1], "slide_870x500")}" alt="{esc(st.title)}" width="870" height="500" /></a>'
        f'<div class="slide__caption"><a href="{alias(st)}">{esc(st.title)}</a></div></div>'
        for st in SLIDER
    )
    new_rows = "\n".join(row_teaser(st) for st in FRONT_NEW)
    cm_rows = "\n".join(row_title(st) for st in FRONT_CM)
    views_json = (
        '"views":{"ajax_path":"\\/views\\/ajax","ajaxViews":{"views_dom_id:5c1f0e":{"view_name":"thong_bao",'
        '"view_display_id":"block_1","view_args":"","view_path":"\\/node\\/1","view_base_path":null,'
        '"view_dom_id":"5c1f0e","pager_element":1}}}'
    )
    main = f"""<article data-history-node-id="1" class="node node--type-trang-chu node--view-mode-full">
<div class="node__content">
<div class="layout layout--onecol"><div class="layout__region layout__region--content">
<div class="views-element-container block block-views block-views-blocktin-noi-bat-block-1">
<h2 class="block__title tieu-de-khoi">Tin nổi bật</h2>
<div class="slick slick--view--tin-noi-bat"><div class="slick__slider">{slides}</div></div>
</div>
</div></div>
<div class="layout layout--twocol-section layout--twocol-section--67-33">
<div class="layout__region layout__region--first">
<div class="views-element-container block block-views block-views-blocktin-moi-block-1">
<h2 class="block__title tieu-de-khoi">Tin mới</h2>
<div class="view view-tin-moi view-id-tin_moi view-display-id-block_1"><div class="view-content">{new_rows}</div>
<div class="more-link"><a href="/tin-tuc">Xem tất cả »</a></div></div>
</div>
</div>
<div class="layout__region layout__region--second">
<div class="views-element-container block block-views block-views-blockthong-bao-block-1">
<h2 class="block__title tieu-de-khoi">Thông báo</h2>
<div class="view view-thong-bao view-id-thong_bao view-display-id-block_1 js-view-dom-id-5c1f0e"><div class="item-list"><ul class="ds-thong-bao">
{tb_rows}
</ul></div>
<nav class="pager" role="navigation" aria-labelledby="pagination-heading--2"><h4 id="pagination-heading--2" class="visually-hidden">Phân trang</h4>
<ul class="pager__items js-pager__items">{"".join(mini)}</ul></nav></div>
</div>
</div>
</div>
<div class="layout layout--threecol-section layout--threecol-section--33-34-33">
<div class="layout__region layout__region--first">
<div class="block block-views"><h2 class="block__title tieu-de-khoi">Chuyên môn</h2><div class="item-list"><ul>{cm_rows}</ul></div></div>
</div>
<div class="layout__region layout__region--second">
<div class="block block-views"><h2 class="block__title tieu-de-khoi">Văn bản mới</h2><div class="item-list"><ul>
{"".join(f'<li><a href="{d["path"]}">{esc(d["so"])}: {esc(d["trich_yeu"])}</a></li>' for d in DOCS)}
</ul></div><div class="more-link"><a href="/van-ban">Xem tất cả văn bản</a></div></div>
</div>
<div class="layout__region layout__region--third">
<div class="block block-views"><h2 class="block__title tieu-de-khoi">Thư viện</h2>
<div class="tv-anh"><a href="{ALBUM_PATH}"><img src="{FILES}/styles/thumb_320x200/public/album/hkpd-01.jpg?itok={itok('alb1')}" alt="" width="320" height="200" /></a><a href="{ALBUM_PATH}">Lễ khai mạc Hội khỏe Phù Đổng tỉnh lần thứ I</a></div>
<div class="tv-video"><a href="{VIDEO_PATH}">▶ Bản tin Giáo dục Gia Lai tháng 11/2026</a></div>
</div>
</div>
</div>
</div>
</article>"""
    return page(
        request,
        title="Trang chủ",
        main=main,
        crumbs=None,
        current_path="node/1",
        body_class="path-frontpage page-node-type-trang-chu",
        head=f'<link rel="canonical" href="{base_url(request)}/" />\n<link rel="shortlink" href="{base_url(request)}/" />\n'
        f'<meta name="description" content="Cổng thông tin điện tử {esc(SITE)}" />',
        is_front=True,
        views_json=views_json,
        page_title_block=False,
    )


# --- non-articles ------------------------------------------------------------------------------

DOCS = [
    {
        "path": "/van-ban/ke-hoach-so-3388-kh-sgddt",
        "so": "3388/KH-SGDĐT",
        "loai": "Kế hoạch",
        "ngay": "15/10/2026",
        "trich_yeu": "Kế hoạch tổ chức các kỳ thi năm học 2026-2027",
        "ky": "Nguyễn Văn Hùng",
        "file": "2026-10/3388-KH-SGDDT.pdf",
    },
    {
        "path": "/van-ban/cong-van-so-3350-sgddt-gdtrh",
        "so": "3350/SGDĐT-GDTrH",
        "loai": "Công văn",
        "ngay": "09/10/2026",
        "trich_yeu": "Về việc hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027",
        "ky": "Lê Thị Thanh Hương",
        "file": "2026-10/3350-SGDDT-GDTrH.pdf",
    },
]
ALBUM_PATH = "/thu-vien-anh/hoi-khoe-phu-dong-lan-thu-i"
VIDEO_PATH = "/video/ban-tin-giao-duc-gia-lai-thang-11-2026"
INTRO_PATH = "/gioi-thieu/chuc-nang-nhiem-vu"
CONTACT_PATH = "/lien-he"
CALENDAR_PATH = "/lich-cong-tac"


def doc_list_page(request: Request) -> Response:
    rows = "\n".join(
        f'<tr><td>{esc(d["so"])}</td><td>{d["ngay"]}</td><td><a href="{d["path"]}" hreflang="vi">{esc(d["trich_yeu"])}</a></td>'
        f'<td><a href="{FILES}/{d["file"]}">Tải về</a></td></tr>'
        for d in DOCS
    )
    main = f"""<div class="views-element-container"><div class="view view-van-ban view-id-van_ban view-display-id-page_1">
<form action="/van-ban" method="get" class="views-exposed-form"><label>Loại văn bản</label><select name="loai"><option value="All">- Tất cả -</option><option value="1">Kế hoạch</option><option value="2">Công văn</option><option value="3">Quyết định</option></select>
<input type="submit" value="Tìm" class="button" /></form>
<table class="views-table cols-4 bang-vb"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>
<tbody>
{rows}
</tbody></table></div></div>"""
    return page(request, title="Văn bản", main=main, crumbs=[("Văn bản", None)], current_path="van-ban", body_class="path-view-van-ban")


def doc_page(request: Request, d: dict) -> Response:
    main = f"""<article class="node node--type-van-ban node--view-mode-full"><div class="node__content">
<table class="tt-van-ban"><tbody>
<tr><th>Số ký hiệu</th><td>{esc(d["so"])}</td></tr>
<tr><th>Loại văn bản</th><td>{d["loai"]}</td></tr>
<tr><th>Ngày ban hành</th><td>{d["ngay"]}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><th>Người ký</th><td>{esc(d["ky"])}</td></tr>
<tr><th>Trích yếu</th><td>{esc(d["trich_yeu"])}</td></tr>
<tr><th>Tệp đính kèm</th><td><span class="file file--mime-application-pdf"><a href="{FILES}/{d["file"]}" type="application/pdf">{d["file"].split("/")[1]}</a></span></td></tr>
</tbody></table>
</div></article>"""
    return page(request, title=esc(f'{d["loai"]} số {d["so"]}'), main=main, crumbs=[("Văn bản", "/van-ban"), (d["so"], None)], current_path="node/2950", body_class="page-node-type-van-ban")


ALBUM_PHOTOS = [
    ("album/hkpd-01.jpg", "Các đoàn vận động viên diễu hành qua lễ đài"),
    ("album/hkpd-02.jpg", "Màn đồng diễn võ cổ truyền của học sinh phường Quy Nhơn Đông"),
    ("album/hkpd-03.jpg", "Lãnh đạo tỉnh trao cờ lưu niệm cho các đoàn"),
    ("album/hkpd-04.jpg", "Thắp đuốc truyền thống khai mạc Hội khỏe"),
]


def album_list_page(request: Request) -> Response:
    main = f"""<div class="view view-thu-vien-anh"><div class="view-content"><div class="views-row album">
<a href="{ALBUM_PATH}"><img src="{FILES}/styles/thumb_320x200/public/album/hkpd-01.jpg?itok={itok('alb1')}" alt="" width="320" height="200" /></a>
<h3><a href="{ALBUM_PATH}">Lễ khai mạc Hội khỏe Phù Đổng tỉnh lần thứ I</a></h3><span>4 ảnh</span></div></div></div>"""
    return page(request, title="Thư viện ảnh", main=main, crumbs=[("Thư viện", None), ("Thư viện ảnh", None)], current_path="thu-vien-anh", body_class="path-view")


def album_page(request: Request) -> Response:
    photos = "\n".join(
        f'<div class="field__item"><a href="{FILES}/{f}" class="colorbox" data-colorbox-gallery="gallery-album-3121" title="{esc(c)}">'
        f'<img src="{FILES}/styles/thumb_320x200/public/{f}?itok={itok(f)}" alt="{esc(c)}" width="320" height="200" /></a>'
        f'<div class="chu-thich">{esc(c)}</div></div>'
        for f, c in ALBUM_PHOTOS
    )
    main = f"""<article class="node node--type-album node--view-mode-full"><div class="node__content">
<div class="node__meta">Ngày đăng: 02/12/2026</div>
<div class="field field--name-field-anh field--type-entity-reference field__items luoi-anh">
{photos}
</div></div></article>"""
    return page(request, title="Lễ khai mạc Hội khỏe Phù Đổng tỉnh lần thứ I", main=main, crumbs=[("Thư viện ảnh", "/thu-vien-anh")], current_path="node/3121", body_class="page-node-type-album")


def video_list_page(request: Request) -> Response:
    main = f"""<div class="view view-video"><div class="view-content"><div class="views-row">
<a href="{VIDEO_PATH}"><img src="{FILES}/oembed_thumbnails/bt-gd-t11.jpg" alt="" width="320" height="180" /></a>
<h3><a href="{VIDEO_PATH}">Bản tin Giáo dục Gia Lai tháng 11/2026</a></h3></div></div></div>"""
    return page(request, title="Video", main=main, crumbs=[("Thư viện", None), ("Video", None)], current_path="video", body_class="path-view")


def video_page(request: Request) -> Response:
    main = """<article class="node node--type-video node--view-mode-full"><div class="node__content">
<div class="field field--name-field-media-oembed-video field--type-string field--label-hidden field__item">
<iframe src="/media/oembed?url=https%3A//www.youtube.com/watch%3Fv%3Dq8Jt2bXyZ0E&amp;max_width=0&amp;max_height=0&amp;hash=Kx3c9pQ" frameborder="0" allowtransparency width="854" height="480" class="media-oembed-content" loading="eager" title="Bản tin Giáo dục Gia Lai tháng 11/2026"></iframe>
</div>
<div class="mo-ta-video"><p>Bản tin tổng hợp các hoạt động nổi bật của ngành Giáo dục tỉnh Gia Lai trong tháng 11/2026. Thực hiện: Đài Phát thanh - Truyền hình Gia Lai.</p></div>
</div></article>"""
    return page(request, title="Bản tin Giáo dục Gia Lai tháng 11/2026", main=main, crumbs=[("Video", "/video")], current_path="node/3118", body_class="page-node-type-video")


def oembed_page(request: Request) -> Response:
    return html(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bản tin Giáo dục Gia Lai tháng 11/2026</title></head>'
        '<body style="margin:0"><iframe width="854" height="480" src="https://www.youtube.com/embed/q8Jt2bXyZ0E?feature=oembed" '
        'frameborder="0" allowfullscreen></iframe></body></html>'
    )


def intro_page(request: Request) -> Response:
    main = """<article class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<h3>Vị trí, chức năng</h3>
<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Gia Lai, tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh; thực hiện các nhiệm vụ, quyền hạn theo sự phân cấp, ủy quyền của Ủy ban nhân dân tỉnh.</p>
<h3>Nhiệm vụ, quyền hạn</h3>
<ul><li>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị; kế hoạch dài hạn, 05 năm và hằng năm về phát triển giáo dục trên địa bàn tỉnh.</li>
<li>Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt.</li>
<li>Hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục; tổ chức các kỳ thi theo thẩm quyền.</li></ul>
<h3 id="co-cau-to-chuc">Cơ cấu tổ chức</h3>
<p>Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Kế hoạch - Tài chính; Phòng Tổ chức cán bộ; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Giáo dục chuyên nghiệp - Giáo dục thường xuyên; Phòng Quản lý chất lượng.</p>
</div></div></article>"""
    return page(request, title="Chức năng, nhiệm vụ", main=main, crumbs=[("Giới thiệu", None)], current_path="node/2", body_class="page-node-type-page")


def contact_page(request: Request) -> Response:
    done = request.method == "POST"
    msg = '<div class="messages messages--status">Cảm ơn bạn đã gửi liên hệ. Chúng tôi sẽ phản hồi sớm nhất.</div>' if done else ""
    main = f"""{msg}<div class="thong-tin-lien-he"><p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH GIA LAI</strong><br>Địa chỉ: Số 08 Trần Phú, phường Quy Nhơn, tỉnh Gia Lai<br>Điện thoại: 0256.3822.516 - Email: sgddt@gialai.gov.vn</p></div>
<form class="webform-submission-form webform-submission-lien-he-form" action="/lien-he" method="post" id="webform-submission-lien-he-add-form" accept-charset="UTF-8">
<div class="form-item"><label for="edit-ho-ten">Họ và tên</label><input type="text" id="edit-ho-ten" name="ho_ten" size="60" class="form-text required" required="required" /></div>
<div class="form-item"><label for="edit-email">Email</label><input type="email" id="edit-email" name="email" class="form-email required" required="required" /></div>
<div class="form-item"><label for="edit-noi-dung">Nội dung</label><textarea id="edit-noi-dung" name="noi_dung" rows="5" class="form-textarea required" required="required"></textarea></div>
<input type="hidden" name="form_id" value="webform_submission_lien_he_add_form" />
<div class="form-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" type="submit" name="op" value="Gửi liên hệ" /></div>
</form>"""
    return page(request, title="Liên hệ", main=main, crumbs=[("Liên hệ", None)], current_path="form/lien-he", body_class="path-webform")


CALENDAR = [
    ("Thứ Hai, 30/11/2026", "07h30: Giám đốc Sở chủ trì họp giao ban Lãnh đạo Sở.", "14h00: Phó Giám đốc Nguyễn Văn Hùng làm việc với Phòng Quản lý chất lượng về Kỳ thi HSG cấp tỉnh."),
    ("Thứ Ba, 01/12/2026", "08h00: Giám đốc Sở dự họp UBND tỉnh.", "19h00: Lãnh đạo Sở dự Lễ khai mạc Hội khỏe Phù Đổng tỉnh lần thứ I."),
    ("Thứ Tư, 02/12/2026", "07h30: Phó Giám đốc Lê Thị Thanh Hương kiểm tra công tác bán trú tại xã Ia Hrú.", "Chiều: Làm việc tại cơ quan."),
    ("Thứ Năm, 03/12/2026", "08h00: Hội nghị trực tuyến của Bộ GD&ĐT về công tác chuyển đổi số.", "14h00: Làm việc tại cơ quan."),
    ("Thứ Sáu, 04/12/2026", "Sáng: Làm việc tại cơ quan.", "14h00: Hội nghị giao ban công tác tháng 11/2026 (trực tuyến)."),
    ("Thứ Bảy, 05/12/2026", "Trực lãnh đạo: Phó Giám đốc Nguyễn Văn Hùng.", ""),
]


def calendar_page(request: Request) -> Response:
    rows = "\n".join(f"<tr><td><strong>{d}</strong></td><td>{m}</td><td>{a}</td></tr>" for d, m, a in CALENDAR)
    main = f"""<div class="lich-tuan"><h3>Lịch công tác tuần 49 (từ 30/11/2026 đến 06/12/2026)</h3>
<table class="bang-lich" border="1" cellspacing="0" cellpadding="4"><thead><tr><th>Ngày</th><th>Buổi sáng</th><th>Buổi chiều</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<p class="ghi-chu"><em>Lịch có thể thay đổi, Văn phòng Sở sẽ thông báo cụ thể.</em></p></div>"""
    return page(request, title="Lịch công tác", main=main, crumbs=[("Lịch công tác", None)], current_path="lich-cong-tac", body_class="path-lich-cong-tac")


def search_page(request: Request) -> Response:
    keys = request.params.get("keys", "").strip()
    if not keys:
        result = '<div class="messages messages--warning">Vui lòng nhập từ khóa cần tìm.</div>'
    else:
        low = unicodedata.normalize("NFC", keys).lower()
        hits = [st for st in NEWEST if low in unicodedata.normalize("NFC", st.title).lower()]
        result = (
            "<h2>Kết quả tìm kiếm</h2><ol class=\"search-results node_search-results\">"
            + "".join(f'<li><h3 class="search-result__title"><a href="{alias(st)}">{esc(st.title)}</a></h3></li>' for st in hits)
            + "</ol>"
            if hits
            else "<h2>Kết quả tìm kiếm</h2><p>Không tìm thấy kết quả nào.</p>"
        )
    return page(request, title="Tìm kiếm", main=result, crumbs=[("Tìm kiếm", None)], current_path="search/node", body_class="path-search")


def rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(unicodedata.normalize('NFC', st.title))}</title><link>{base}{alias(st)}</link>"
        f"<description>{esc(teaser_text(st))}</description>"
        f"<pubDate>{rfc822(st.opts.get('created', st.opts['at']))}</pubDate>"
        f"<dc:creator>{st.opts['account'][0]}</dc:creator>"
        f'<guid isPermaLink="false">{st.id} at {base}</guid></item>'
        for st in NEWEST[:10]
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="' + base + '/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>' + esc(SITE) + "</title><link>"
        + base + "/</link><description></description><language>vi</language>" + items + "</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


ROBOTS = """# robots.txt (Drupal)
User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.js$
Allow: /profiles/*.png$
# Directories
Disallow: /core/
Disallow: /profiles/
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/login
"""


# --- the site ----------------------------------------------------------------------------------


class Drupal11Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/index.php":
            path = "/"
        elif path.startswith("/index.php/"):
            path = path[len("/index.php") :]
        if len(path) > 1:
            path = path.rstrip("/") or "/"
        low = unquote(path).lower()

        if low.startswith(("/sites/", "/themes/", "/core/", "/modules/")):
            return self._file(low)
        if low == "/":
            return front_page(request)
        if low == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if low == "/rss.xml":
            return rss(request)
        if low == "/tin-tuc":
            return news_page(request)
        for ck, cat in CATS.items():
            if low == f"/tin-tuc/{cat.seg}":
                return category_page(request, ck)
        if low in ALIASES:
            return article_page(request, ALIASES[low])
        if low.startswith("/node/"):
            parts = low.split("/")[2:]
            if parts and parts[0].isdigit() and int(parts[0]) in BY_NID:
                st = BY_NID[int(parts[0])]
                if len(parts) == 1:
                    return article_page(request, st)
                if parts[1:] == ["printable", "print"]:
                    return print_page(request, st)
            if parts == ["1"]:
                return front_page(request)
            return None
        if low.startswith("/tu-khoa/") and low[len("/tu-khoa/") :] in TAGS:
            return tag_page(request, low[len("/tu-khoa/") :])
        if low == "/van-ban":
            return doc_list_page(request)
        for d in DOCS:
            if low == d["path"]:
                return doc_page(request, d)
        simple = {
            "/thu-vien-anh": album_list_page,
            ALBUM_PATH: album_page,
            "/video": video_list_page,
            VIDEO_PATH: video_page,
            INTRO_PATH: intro_page,
            CONTACT_PATH: contact_page,
            CALENDAR_PATH: calendar_page,
            "/search/node": search_page,
            "/media/oembed": oembed_page,
        }
        handler = simple.get(low)
        return handler(request) if handler else None

    @staticmethod
    def _file(low: str) -> Response | None:
        if low.endswith(".webp"):
            return Response(200, b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00", {"Content-Type": "image/webp"})
        if low.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if low.endswith(".xlsx"):
            return Response(200, b"PK\x05\x06" + b"\x00" * 18, {"Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
        return static_file(low)


def build_site() -> Drupal11Site:
    return Drupal11Site()


# --- gold --------------------------------------------------------------------------------------


def _gold(st: Story, extra_alts: tuple[str, ...] = ()) -> dict:
    path = alias(st)
    alts = [f"/node/{st.id}", f"/node/{st.id}/printable/print", *extra_alts]
    return gold_record(st, path, st.cat, canonical_path=path, alt_paths=alts)


GOLD = [
    _gold(A1),
    _gold(A2),
    _gold(A3),
    _gold(A4, ("/tin-tuc/Tin-hoat-dong/" + A4.slug,)),
    _gold(A5),
    _gold(A6, ("/index.php/tin-tuc/thong-bao/" + A6.slug,)),
    _gold(A7),
    _gold(A8),
    _gold(A9),
    _gold(A10),
    _gold(A11),
    _gold(A12),
    _gold(A13),
]

NON_ARTICLES = [
    INTRO_PATH,
    CONTACT_PATH,
    DOCS[0]["path"],
    DOCS[1]["path"],
    ALBUM_PATH,
    VIDEO_PATH,
    CALENDAR_PATH,
]
