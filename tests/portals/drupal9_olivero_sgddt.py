"""Sở Giáo dục và Đào tạo tỉnh Lâm Đồng on Drupal 9.5 with an Olivero sub-theme (blind fixture).

Platform
    Drupal 9.5, sub-theme ``lamdong_olivero`` of Olivero. News are nodes of the ``article`` content
    type (fields: body text-with-summary, field_image, field_mo_ta_ngan = printed sapo,
    field_tac_gia, field_chuyen_muc = the category term, field_tep_dinh_kem, field_tags), listed by
    Views in the teaser view mode (image, date, summary). Documents are nodes of the "Văn bản"
    content type (``van_ban``), photo albums nodes of ``album``. Contrib: Pathauto, Redirect,
    Metatag, Easy Breadcrumb, Blazy, AddToAny, Poll, a text-to-speech widget.

URL scheme
    ``/`` front page (two Views blocks with *mini pagers*, pager elements 0 and 1, so every pager
    link carries both: ``/?page=1%2C0``, ``/?page=0%2C1``, ``/?page=1%2C1``);
    ``/tin-tuc`` the news view with a *full pager*, 5 per page, 0-based ``?page=<n>`` (the links
    to the first page are ``?page=0``);
    ``/tin-tuc/<term-alias>`` the taxonomy term pages of the four categories (full pager, 4 per
    page; ``/taxonomy/term/<tid>`` serves the same, unlinked);
    ``/tin-tuc/<yyyy>/<mm>/<title-alias>`` articles (Pathauto), also served at ``/node/<nid>``;
    three articles migrated from the old portal have no alias: ``/node/<nid>`` only;
    ``/comment/<cid>`` comment permalinks (serve the commented node);
    ``/tu-khoa/<tag>`` tag pages; ``/van-ban`` + ``/van-ban/<so-ky-hieu>`` documents;
    ``/thu-vien-anh`` + ``/thu-vien-anh/<alias>`` photo albums; ``/gioi-thieu``, ``/lien-he``;
    ``/rss.xml`` the front page feed; files under ``/sites/default/files/…``.

Page templates
    Olivero page: ``header#header.site-header`` (branding, ``nav.primary-nav`` with level-2
    drop-downs, a secondary region with the date "Thứ Bảy, 05/12/2026" and the search form),
    ``region--breadcrumb`` (Easy Breadcrumb), ``region--content-above`` with the page-title block
    ``<h1 class="title page-title">``, then ``main`` with ``region--content`` and
    ``region--sidebar`` (most-read, links select, visitor counter, poll), ``footer.site-footer``.
    Node full view: ``article.node.node--type-article.node--view-mode-full`` > ``header`` >
    ``div.node__meta`` (author picture rendered as a nested ``article.profile``, "Bởi <account>,
    <created>") then ``div.node__content`` with the fields, the body field
    ``div.text-content.field--name-body``, AddToAny links, for one node the comments; after the
    node the Views block "Tin cùng chuyên mục" (3 latest of the category).

How each gold article is reached
    All 13 are in the ``/tin-tuc`` view (created desc: page 0 = a1–a5, page 1 = a6 a7 a8 a9 a11,
    page 2 = a12 a13 a10), in their term page, in the front page block (7 per page) and in the
    "Tin cùng chuyên mục" block of their category's other articles — except a10 (Hội khỏe Phù
    Đổng), never among the 3 latest of its category nor in any sidebar: it is reachable only from
    ``/tin-tuc?page=2``, ``/tin-tuc/tin-hoat-dong?page=1`` and ``/?page=1%2C0`` (and its pairs).

Traps
    1. *Title outside the node, nested articles* (not a README kind). Olivero prints the headline
       in the page-title block, outside ``<article class="node">``; inside the node the first
       ``<article>`` is the author's profile (``article.profile`` with an avatar ``<img>``), media
       embeds are ``<article class="media">`` too, and listings are lists of teaser
       ``<article>`` with ``h2.node__title``. Gold: title = the ``h1.page-title`` text; the
       avatar (``/sites/default/files/styles/thumbnail/public/pictures/…``) is no image of the
       article; body = the body field's text only.
    2. *Breadcrumb of path segments* (not a README kind). Easy Breadcrumb prints "Trang chủ › Tin
       tức › 2026 › 12 › <title>" (the year and month are unlinked segments) and "Trang chủ ›
       Node › <title>" for ``/node/<nid>``. Gold: category = the term of the "Chuyên mục" field,
       as the menu and the term page print it ("Tin hoạt động", "Giáo dục trung học", "Thi đua -
       Khen thưởng", "Thông báo"), never "2026", "12" or "Node".
    3. *Untranslated US date format and UTC datetime attributes* (not a README kind). The
       created field uses Drupal's default "medium" format ``D, m/d/Y - H:i`` with Vietnamese day
       names: "T5, 12/03/2026 - 06:40" is 3 December, not 12 March; its ``<time datetime>`` is in
       UTC ("2026-12-02T23:40:00Z": a2, published at 06:40 local time, falls on the previous day
       in UTC); the ``title`` attribute prints the long format "Thứ năm, Tháng 12 3, 2026 -
       06:40". Gold: local time with +07:00 ("2026-12-03T06:40:00+07:00"). a9 was set to
       "T5, 11/12/2026 - 00:00" (datetime "2026-11-11T17:00:00Z"): midnight, so the day alone,
       "2026-11-12". a1 also prints "Cập nhật lần cuối: T7, 12/05/2026 - 08:12": not the date.
    4. *Migrated nodes whose metadata dates the migration* (not a README kind). a11–a13 came from
       the old portal: no alias, ``display_submitted`` off, the original day printed in the field
       "Ngày đăng" (a date-only field: ``<time datetime="2026-10-28T12:00:00Z">28/10/2026</time>``),
       while ``article:published_time``, the listings' teaser date ("T2, 11/09/2026 - 16:42") and
       the views' sort order carry the migration time 2026-11-09 16:42. Gold: the printed day
       ("2026-10-28", "2026-10-20", "2026-10-14").
    5. *Lazy images with a data-URI src* (not a README kind). In a5 the photos are media entities
       embedded with Blazy: ``src`` is an SVG ``data:`` placeholder, the photo is in ``data-src``
       ("/sites/default/files/styles/large/public/2026-11/…jpg?itok=…"); image-style URLs keep
       their ``?itok=`` query. Gold: the ``data-src`` paths with their query, the figcaption as
       caption (the second one only credits "Ảnh: Thanh Phong": caption None, photographer).
    6. *Sapo only in listings* (not a README kind). The body's separate summary (a1, a5, a10) is
       shown by the teasers, the RSS feed and the meta description, never on the article page.
       Gold: summary null for them and the summary is not in the body. a2 prints its sapo in the
       field "field_mo_ta_ngan" above the body (summary, first body paragraph); a7 has a bold lead
       paragraph (summary = that paragraph).
    7. *Comments inside the node, with their own pager and permalinks* (not a README kind). a3
       has "Ý kiến bạn đọc" inside ``node__content`` (after the fields), 2 comments per page:
       ``?page=1`` on the article's URL shows the same article with the third comment;
       ``/comment/312``, ``/comment/315``, ``/comment/320`` serve the same node, and the comment
       pager's relative links ("?page=1") put a query on a permalink too ("/comment/312?page=1").
       Gold: comments and the comment form are not body; those URLs, ``?page=0`` and
       ``/node/2459`` are alt_paths of a3.
    8. *Drupal's multi-element pager* (pagination). On the front page the news block is pager
       element 0 and the documents block element 1: links read ``?page=1%2C0`` / ``?page=0%2C1``;
       a mini pager prints only "Trang 2" between arrows. Gold: all these are listings; nothing
       of them is an article.
    9. *Duplicates and a renamed alias* (duplicates). Every aliased node also answers at
       ``/node/<nid>`` (only ``<link rel="shortlink">`` names it; canonical = alias). a6's title
       was corrected from 125 to 126 people: its old alias, still linked from a3's "Xem thêm:"
       line, answers 301 (Redirect module) to the new one. Gold: path = alias, alt_paths =
       ``/node/<nid>`` (+ the old alias for a6).
    10. *Bylines in fields and CMS accounts*. "Bởi bientap02" in the node meta is a CMS account
        (nobody); the field "Tác giả: ThS. Trần Thị Mai Hương - Phòng GDTrH" gives "Trần Thị Mai
        Hương"; a unit alone ("Văn phòng Sở", "Phòng Quản lý chất lượng") is the author as
        printed; right-aligned lines "Tin, ảnh: Minh Châu" (both), "Tin: Hoàng Anh Tú - Ảnh:
        Thanh Phong", "TS. Đỗ Thị Thu Hà"; a7 ends with "(Nguồn: Báo Lâm Đồng)" -> source.
    11. *Widgets inside the body field*. a1 and a5 carry a text-to-speech player ("Nghe đọc bài
        viết", voice and speed selects) inside ``div.field--name-body`` before the text; a3 ends
        its text with a "Xem thêm:" line. Gold: none of it is body.
    12. *Captions the legacy way*. a6: centered italic line under the photo ("Ảnh: Hoàng Long" ->
        photographer, caption None; "(Phó Giám đốc Sở … )" -> caption without parentheses); a10:
        caption after a ``<br>`` in the image's own paragraph; a11: a two-row layout table (photo
        row, caption row) that is no table of the text.
    13. *Old editors' markup*. a11 is entity-encoded (``&agrave;``/``&#7897;``); a12 was pasted
        from Word (``MsoNormal``, ``mso-list:Ignore`` bullets "·", ``<o:p>``) in decomposed
        Unicode (NFD). Gold: NFC text, list items without the "·".
    14. *An official notice as an article* (a4): letterhead table, "THÔNG BÁO" and its subject
        line, "Nơi nhận" and the signer block. Gold: date = the letterhead's day "2026-11-30"
        (the node was created 01/12 14:00), author = the signer "Lê Văn Thạnh", body = the
        numbered paragraphs between; the attached PDF is no body.
    15. *Document nodes look like articles*: ``/van-ban/…`` are nodes with a title, a date and a
        "Trích yếu" text (``/van-ban/2318-tb-sgddt`` is the very notice a4 publishes as news); the
        photo album is a node with pictures. They are NON_ARTICLES; a4 stays an article.

Gold decisions on ambiguous points
    - The featured image (field_image) is printed on the full page only by a7, above the body:
      it is a7's first image (caption None: the page prints no line for it). For the others the
      field is shown only in teasers (thumbnails of listings: not images of any article).
    - a6's old alias answers 301 and is in a6's alt_paths; ``/node/<nid>`` of aliased nodes too.
    - a3's ``?page=0``/``?page=1`` (comment pages) and ``/comment/<cid>`` permalinks are alt_paths.
    - A unit signing alone is kept as printed: "Văn phòng Sở", "Phòng Tổ chức cán bộ",
      "Phòng Quản lý chất lượng", "Thường trực Hội đồng Thi đua - Khen thưởng ngành".
    - a13's "Chú thích:" and its two notes are the text's own (body); the calls "[1]", "[2]"
      stay in their sentences.
    - a8's contact line split by ``<br>`` makes two paragraphs.
    - a4's last sentence "Sở Giáo dục và Đào tạo thông báo để công dân biết, liên hệ./." is text;
      its closing is the "Nơi nhận" / signer table that follows.
    - Related-list, most-read and teaser dates (m/d/Y, migration times) are chrome, never dates
      of the article they point to.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
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

NAME = "drupal9_olivero_sgddt"
PLATFORM = "Drupal 9.5 (Olivero sub-theme, Views, Pathauto)"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng"
THEME = "/themes/custom/lamdong_olivero"
FILES = "/sites/default/files"
TZ = timezone(timedelta(hours=7))
TODAY_LINE = "Thứ Bảy, 05/12/2026"

DAY_ABBR = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
DAY_FULL = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def itok(path: str) -> str:
    """Drupal's image-style token: 8 characters derived from the derivative's path."""
    digest = hashlib.sha1(("lamdong" + path).encode()).digest()
    return base64.urlsafe_b64encode(digest).decode()[:8]


def styled(style: str, rel: str) -> str:
    """An image-style derivative URL as Drupal prints it (with its ``?itok=``)."""
    path = f"{FILES}/styles/{style}/public/{rel}"
    return f"{path}?itok={itok(path)}"


# --- categories -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    key: str
    name: str
    tid: int
    blurb: str

    @property
    def path(self) -> str:
        return f"/tin-tuc/{self.key}"


CATS = {
    c.key: c
    for c in (
        Cat("tin-hoat-dong", "Tin hoạt động", 7, "Tin về các hoạt động chung của ngành giáo dục tỉnh."),
        Cat("giao-duc-trung-hoc", "Giáo dục trung học", 8, "Chuyên môn cấp trung học cơ sở, trung học phổ thông."),
        Cat("thi-dua-khen-thuong", "Thi đua - Khen thưởng", 9, "Công tác thi đua, khen thưởng toàn ngành."),
        Cat("thong-bao", "Thông báo", 11, "Thông báo của Sở Giáo dục và Đào tạo."),
    )
}

TAGS = {
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "thi-tot-nghiep-thpt": "Thi tốt nghiệp THPT",
}

# --- markup helpers for the text ------------------------------------------------------------


def right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


def inline(name: str) -> str:
    return f"{FILES}/inline-images/{name}"


def legacy(name: str) -> str:
    return f"{FILES}/migrate/images/2026/10/{name}"


LETTERHEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;">'
    "<tbody><tr>"
    '<td style="text-align: center; width: 42%;">UBND TỈNH LÂM ĐỒNG<br />'
    "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 2318/TB-SGDĐT</td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
    "<em>Lâm Đồng, ngày 30 tháng 11 năm 2026</em></td>"
    "</tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Lịch tiếp công dân định kỳ tháng 12 năm 2026'
    "</strong></p>"
)
SIGNOFF = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody><tr>'
    '<td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />'
    "- Thanh tra tỉnh;<br />- Ban Tiếp công dân tỉnh;<br />- Giám đốc, các Phó Giám đốc Sở;<br />"
    "- Cổng TTĐT Sở;<br />- Lưu: VT, TTr.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />'
    "PHÓ GIÁM ĐỐC</strong><br /><br /><br /><br /><strong>Lê Văn Thạnh</strong></td>"
    "</tr></tbody></table>"
)
TTS = (
    '<div class="vtts-khung" id="vtts-{nid}" data-nid="{nid}">'
    '<div class="vtts-tieude"><span class="vtts-icon">🔊</span> Nghe đọc bài viết</div>'
    '<audio controls preload="none" src="https://tts.lamdong.gov.vn/audio/node-{nid}.mp3">'
    "</audio>"
    '<div class="vtts-tuychon">Giọng đọc: <select name="giong"><option>Nữ miền Bắc</option>'
    "<option>Nữ miền Nam</option><option>Nam miền Bắc</option></select> Tốc độ: "
    '<select name="tocdo"><option>1x</option><option>1.25x</option><option>1.5x</option>'
    "</select></div></div>"
)

# --- the stories ----------------------------------------------------------------------------

A1 = Story(
    id=2468,
    slug="hoi-nghi-giao-ban-truc-tuyen-cong-tac-giao-duc-thang-11-2026",
    title="Hội nghị giao ban trực tuyến công tác giáo dục tháng 11/2026",
    cat="tin-hoat-dong",
    published_at="2026-12-04T16:05:00+07:00",
    authors=["Văn phòng Sở"],
    blocks=[
        P(
            "Chiều ngày 04/12/2026, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến đánh "
            "giá kết quả thực hiện nhiệm vụ tháng 11 và triển khai kế hoạch công tác tháng 12/2026. "
            "Hội nghị được kết nối tới 124 điểm cầu tại các xã, phường và các trường trung học phổ "
            "thông trên địa bàn tỉnh."
        ),
        Img(
            inline("giao-ban-thang-11.jpg"),
            "Quang cảnh hội nghị tại điểm cầu Sở Giáo dục và Đào tạo.",
            "Quang cảnh hội nghị tại điểm cầu Sở Giáo dục và Đào tạo.",
            "figure",
        ),
        P(
            "Theo báo cáo của Văn phòng Sở, trong tháng 11, toàn ngành đã tổ chức thành công các "
            "hoạt động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam; hoàn thành kiểm tra công tác chuẩn bị "
            "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12; tiếp tục rà soát, sắp xếp mạng lưới trường "
            "lớp sau khi tổ chức lại đơn vị hành chính cấp xã."
        ),
        P(
            "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: tỷ lệ học sinh bỏ "
            "học ở một số xã vùng sâu còn cao; việc cập nhật dữ liệu lên cơ sở dữ liệu ngành ở một "
            "số đơn vị còn chậm; tình trạng thiếu giáo viên môn Tin học, Tiếng Anh ở cấp tiểu học "
            "chưa được khắc phục triệt để."
        ),
        Img(
            inline("gd-so-ket-luan.jpg"),
            "Giám đốc Sở Nguyễn Đức Thuận phát biểu kết luận hội nghị.",
            "Giám đốc Sở Nguyễn Đức Thuận phát biểu kết luận hội nghị.",
            "figure",
        ),
        P(
            "Phát biểu kết luận, Giám đốc Sở Nguyễn Đức Thuận đề nghị các đơn vị tập trung chuẩn bị "
            "tốt kiểm tra, đánh giá cuối học kỳ I; bảo đảm an toàn trường học trong mùa mưa bão và "
            "các dịp lễ cuối năm; quan tâm hỗ trợ học sinh có hoàn cảnh khó khăn, đặc biệt là học "
            "sinh người dân tộc thiểu số ở các xã vùng cao."
        ),
        P(
            "Giám đốc Sở cũng yêu cầu các phòng chuyên môn tăng cường kiểm tra việc thực hiện quy "
            "định về dạy thêm, học thêm; hoàn thành báo cáo sơ kết học kỳ I đúng thời hạn trước ngày "
            "15/01/2027."
        ),
    ],
    opts={
        "created": "2026-12-04 16:05",
        "account": "bientap02",
        "teaser": "Chiều 04/12, Sở GDĐT tổ chức hội nghị giao ban trực tuyến đánh giá kết quả tháng 11 "
        "và triển khai nhiệm vụ trọng tâm tháng 12/2026.",
        "thumb": "2026-12/giao-ban-thang-11.jpg",
        "tac_gia": "Văn phòng Sở",
        "tts": True,
        "changed": "2026-12-05 08:12",
    },
)

A2 = Story(
    id=2466,
    slug="khai-mac-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-thpt-nam-hoc-2026-2027",
    title="Khai mạc Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027",
    cat="giao-duc-trung-hoc",
    published_at="2026-12-03T06:40:00+07:00",
    authors=["Minh Châu"],
    photographers=["Minh Châu"],
    summary="Chiều 02/12, Sở Giáo dục và Đào tạo tổ chức khai mạc Kỳ thi chọn học sinh giỏi cấp tỉnh "
    "lớp 12 THPT năm học 2026 - 2027 với hơn 1.350 thí sinh đến từ 86 trường trung học phổ thông "
    "trong tỉnh.",
    sapo_outside=True,
    blocks=[
        P(
            "Kỳ thi năm nay được tổ chức tại 3 hội đồng thi đặt ở phường Xuân Hương - Đà Lạt, phường "
            "B'Lao và phường Phan Thiết, nhằm tạo thuận lợi cho thí sinh sau khi hợp nhất tỉnh. Thí "
            "sinh dự thi 12 môn gồm: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa "
            "lí, Tiếng Anh, Tiếng Pháp, Giáo dục kinh tế và pháp luật, Công nghệ."
        ),
        Img(
            inline("hsg12-lam-thu-tuc.jpg"),
            "Thí sinh làm thủ tục dự thi tại Hội đồng thi Trường THPT chuyên Thăng Long.",
            "Thí sinh làm thủ tục dự thi tại Hội đồng thi Trường THPT chuyên Thăng Long.",
            "figure",
        ),
        P(
            "Phát biểu khai mạc, Phó Giám đốc Sở Lê Văn Thạnh nhấn mạnh kỳ thi là dịp phát hiện, bồi "
            "dưỡng học sinh có năng khiếu, đồng thời đánh giá chất lượng dạy học mũi nhọn của các nhà "
            "trường. Kết quả kỳ thi là căn cứ để thành lập đội tuyển của tỉnh tham dự Kỳ thi chọn học "
            "sinh giỏi quốc gia THPT năm 2027."
        ),
        P(
            "Phó Giám đốc Sở đề nghị cán bộ coi thi, giám sát thực hiện nghiêm túc quy chế; các hội "
            "đồng thi bảo đảm an ninh, an toàn, phòng chống cháy nổ và chăm lo chỗ ăn, nghỉ cho thí "
            "sinh ở xa."
        ),
        P(
            "Theo kế hoạch, thí sinh làm bài thi viết trong ngày 03/12; riêng môn Tin học thi trên "
            "máy tính vào chiều cùng ngày. Kết quả dự kiến được công bố trước ngày 20/12/2026."
        ),
        right("Tin, ảnh: Minh Châu"),
    ],
    opts={
        "created": "2026-12-03 06:40",
        "account": "bientap01",
        "thumb": "2026-12/hsg12-lam-thu-tuc.jpg",
        "tags": ["thi-tot-nghiep-thpt"],
    },
)

A3 = Story(
    id=2459,
    slug="58-giao-vien-dat-danh-hieu-giao-vien-day-gioi-cap-tinh-bac-thpt",
    title="58 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh bậc THPT",
    cat="thi-dua-khen-thuong",
    published_at="2026-12-02T09:30:00+07:00",
    authors=["Trần Thị Mai Hương"],
    blocks=[
        P(
            "Ngày 01/12/2026, Sở Giáo dục và Đào tạo tổ chức tổng kết, trao giấy chứng nhận cho các "
            "giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh bậc trung học phổ thông chu kỳ "
            "2026 - 2029."
        ),
        P(
            "Hội thi diễn ra từ ngày 10/11 đến 28/11/2026 với 164 giáo viên của 61 trường tham dự. "
            "Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện hai tiết "
            "dạy minh họa theo định hướng phát triển phẩm chất, năng lực học sinh."
        ),
        Img(
            inline("gvdg-thpt-trao-giay.jpg"),
            "Lãnh đạo Sở trao giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy giỏi.",
            "Lãnh đạo Sở trao giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy giỏi.",
            "figure",
        ),
        P("Kết quả, Ban Tổ chức công nhận 58 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh, cụ thể như sau:"),
        P("Môn | Số giáo viên dự thi | Số giáo viên đạt", "tr"),
        P("Ngữ văn | 28 | 11", "tr"),
        P("Toán | 31 | 12", "tr"),
        P("Tiếng Anh | 24 | 9", "tr"),
        P("Vật lí - Hóa học - Sinh học | 45 | 15", "tr"),
        P("Các môn còn lại | 36 | 11", "tr"),
        P(
            "Đánh giá chung, các tiết dạy minh họa được đầu tư công phu, vận dụng linh hoạt các "
            "phương pháp dạy học tích cực và ứng dụng hiệu quả công nghệ thông tin. Tuy nhiên, một "
            "số giáo viên còn lúng túng trong việc tổ chức hoạt động nhóm và đánh giá học sinh trong "
            "tiết học."
        ),
        Raw(
            "<p><strong>Xem thêm:</strong> "
            '<a href="/tin-tuc/2026/11/trao-ky-niem-chuong-vi-su-nghiep-giao-duc-cho-125-ca-nhan">'
            "Trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho 125 cá nhân</a></p>"
        ),
    ],
    opts={
        "created": "2026-12-02 09:30",
        "account": "bientap02",
        "thumb": "2026-12/gvdg-thpt-trao-giay.jpg",
        "tac_gia": "ThS. Trần Thị Mai Hương - Phòng GDTrH",
        "comments": True,
    },
)

A4 = Story(
    id=2457,
    slug="thong-bao-lich-tiep-cong-dan-dinh-ky-thang-12-2026",
    title="Thông báo lịch tiếp công dân định kỳ tháng 12/2026 của Giám đốc Sở Giáo dục và Đào tạo",
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Lê Văn Thạnh"],
    blocks=[
        Raw(LETTERHEAD),
        P(
            "Thực hiện Luật Tiếp công dân năm 2013 và Quy chế tiếp công dân của Sở Giáo dục và Đào "
            "tạo, Sở Giáo dục và Đào tạo thông báo lịch tiếp công dân định kỳ tháng 12/2026 của Giám "
            "đốc Sở như sau:"
        ),
        P("1. Thời gian: Từ 07 giờ 30 phút đến 11 giờ 00 phút, thứ Năm ngày 17/12/2026."),
        P(
            "2. Địa điểm: Phòng tiếp công dân, Sở Giáo dục và Đào tạo, số 36 Trần Phú, phường Xuân "
            "Hương - Đà Lạt, tỉnh Lâm Đồng."
        ),
        P("3. Người tiếp công dân: Ông Lê Văn Thạnh, Phó Giám đốc Sở (được Giám đốc Sở ủy quyền)."),
        P(
            "Công dân đến liên hệ cần mang theo căn cước và các giấy tờ, tài liệu liên quan đến nội "
            "dung khiếu nại, tố cáo, kiến nghị, phản ánh. Trường hợp ủy quyền phải có giấy ủy quyền "
            "theo quy định."
        ),
        P("Sở Giáo dục và Đào tạo thông báo để công dân biết, liên hệ./."),
        Raw(SIGNOFF),
    ],
    opts={
        "created": "2026-12-01 14:00",
        "account": "vanphong",
        "files": [("2026-12/TB 2318 lich tiep cong dan.pdf", "182.4 KB")],
    },
)

A5 = Story(
    id=2451,
    slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc",
    title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho hơn 600 cán bộ quản lý, giáo viên",
    cat="tin-hoat-dong",
    published_at="2026-11-28T10:15:00+07:00",
    authors=["Hoàng Anh Tú"],
    photographers=["Thanh Phong"],
    blocks=[
        P(
            "Từ ngày 25 đến 27/11/2026, Sở Giáo dục và Đào tạo phối hợp với Trường Đại học Đà Lạt tổ "
            "chức lớp tập huấn “Ứng dụng trí tuệ nhân tạo trong đổi mới phương pháp dạy học và kiểm "
            "tra, đánh giá” cho hơn 600 cán bộ quản lý, giáo viên cốt cán các cấp học."
        ),
        Img(
            styled("large", "2026-11/tap-huan-ai-1.jpg"),
            "Các học viên thực hành thiết kế bài giảng có sự hỗ trợ của công cụ AI.",
            "Các học viên thực hành thiết kế bài giảng có sự hỗ trợ của công cụ AI.",
            "media",
        ),
        P(
            "Tại lớp tập huấn, các báo cáo viên giới thiệu tổng quan về trí tuệ nhân tạo tạo sinh, "
            "các công cụ hỗ trợ soạn giáo án, xây dựng ngân hàng câu hỏi và phân tích kết quả học tập "
            "của học sinh. Học viên được thực hành trực tiếp trên máy tính theo nhóm bộ môn."
        ),
        P(
            "Các báo cáo viên cũng lưu ý giáo viên về những rủi ro khi sử dụng AI như thông tin thiếu "
            "chính xác, vi phạm bản quyền, lộ lọt dữ liệu cá nhân của học sinh; đồng thời hướng dẫn "
            "cách kiểm chứng nội dung do AI tạo ra trước khi đưa vào bài giảng."
        ),
        Img(styled("large", "2026-11/tap-huan-ai-2.jpg"), "Ảnh: Thanh Phong", None, "media"),
        P(
            "Sau tập huấn, mỗi giáo viên cốt cán có trách nhiệm hướng dẫn lại cho đồng nghiệp tại đơn "
            "vị và nộp sản phẩm là một kế hoạch bài dạy có ứng dụng AI trước ngày 20/12/2026."
        ),
        right("Tin: Hoàng Anh Tú - Ảnh: Thanh Phong", "em"),
    ],
    opts={
        "created": "2026-11-28 10:15",
        "account": "bientap01",
        "teaser": "Từ ngày 25 đến 27/11, Sở GDĐT phối hợp với Trường Đại học Đà Lạt tổ chức tập huấn "
        "ứng dụng AI trong dạy học cho cán bộ quản lý, giáo viên cốt cán.",
        "thumb": "2026-11/tap-huan-ai-1.jpg",
        "tts": True,
    },
)

OLD_A6 = "/tin-tuc/2026/11/trao-ky-niem-chuong-vi-su-nghiep-giao-duc-cho-125-ca-nhan"

A6 = Story(
    id=2446,
    slug="trao-ky-niem-chuong-vi-su-nghiep-giao-duc-cho-126-ca-nhan",
    title="Trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho 126 cá nhân",
    cat="thi-dua-khen-thuong",
    published_at="2026-11-25T15:30:00+07:00",
    authors=["Phòng Tổ chức cán bộ"],
    photographers=["Hoàng Long"],
    blocks=[
        P(
            "Chiều 24/11/2026, Sở Giáo dục và Đào tạo tổ chức lễ trao Kỷ niệm chương “Vì sự nghiệp "
            "giáo dục” của Bộ Giáo dục và Đào tạo cho 126 cá nhân có nhiều đóng góp cho sự nghiệp "
            "giáo dục của tỉnh."
        ),
        Img(inline("trao-knc-1.jpg"), "Ảnh: Hoàng Long", None, "em-next"),
        P(
            "Những người được trao tặng Kỷ niệm chương năm nay là cán bộ, giáo viên, nhân viên đã "
            "công tác lâu năm trong ngành, trong đó có nhiều thầy cô gắn bó với các điểm trường vùng "
            "sâu, vùng xa; một số cá nhân là lãnh đạo các sở, ngành, đoàn thể và doanh nghiệp đã có "
            "nhiều hỗ trợ cho giáo dục địa phương."
        ),
        Img(
            inline("trao-knc-2.jpg"),
            "(Phó Giám đốc Sở Phạm Thị Ngọc Lan trao Kỷ niệm chương cho các cá nhân)",
            "Phó Giám đốc Sở Phạm Thị Ngọc Lan trao Kỷ niệm chương cho các cá nhân",
            "em-next",
        ),
        P(
            "Phát biểu tại buổi lễ, Phó Giám đốc Sở Phạm Thị Ngọc Lan ghi nhận, biểu dương những đóng "
            "góp bền bỉ của các cá nhân và mong muốn các thầy cô tiếp tục là tấm gương sáng để thế hệ "
            "giáo viên trẻ noi theo."
        ),
        P(
            "Đây là đợt trao Kỷ niệm chương thứ hai trong năm 2026. Trước đó, vào tháng 6/2026, Sở đã "
            "trao Kỷ niệm chương cho 94 cá nhân."
        ),
        right("Phòng Tổ chức cán bộ"),
    ],
    opts={
        "created": "2026-11-25 15:30",
        "account": "bientap02",
        "thumb": "2026-11/trao-knc-2.jpg",
        "tags": ["ngay-nha-giao-viet-nam"],
    },
)

A7 = Story(
    id=2431,
    slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-ton-vinh-nhung-nguoi-thay-noi-vung-kho",
    title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam: Tôn vinh những người thầy nơi vùng khó",
    cat="tin-hoat-dong",
    published_at="2026-11-20T07:30:00+07:00",
    authors=["Thu Hà"],
    source="Báo Lâm Đồng",
    summary="Sáng 19/11, Sở Giáo dục và Đào tạo tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
    "(20/11/1982 - 20/11/2026) và tuyên dương 44 nhà giáo tiêu biểu công tác tại các xã vùng khó khăn.",
    blocks=[
        Img(styled("wide", "2026-11/ky-niem-20-11.jpg"), None, None, "field"),
        P(
            "Sáng 19/11, Sở Giáo dục và Đào tạo tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và tuyên dương 44 nhà giáo tiêu biểu công tác tại các xã vùng "
            "khó khăn.",
            "lead",
        ),
        P(
            "Dự buổi lễ có lãnh đạo Ủy ban nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, đại "
            "diện các sở, ngành cùng đông đảo cán bộ, giáo viên, học sinh trên địa bàn."
        ),
        P(
            "Năm học 2025 - 2026 là năm học đầu tiên ngành giáo dục tỉnh vận hành theo mô hình chính "
            "quyền địa phương hai cấp, với hơn 1.100 cơ sở giáo dục và gần 700.000 học sinh. Vượt qua "
            "nhiều khó khăn, toàn ngành đã hoàn thành tốt các mục tiêu đề ra; tỷ lệ học sinh tốt "
            "nghiệp THPT đạt 98,7%."
        ),
        P(
            "“Có những ngày mưa rừng, nước suối dâng cao, chúng tôi phải ở lại điểm trường cả tuần. "
            "Nhưng nhìn các em đến lớp đầy đủ, mọi vất vả đều tan biến.”",
            "quote",
        ),
        P(
            "Đó là chia sẻ của cô Ka Thị Huyền, giáo viên Trường Tiểu học Đạ Tông, một trong 44 nhà "
            "giáo được tuyên dương tại buổi lễ. Cô Huyền đã có 17 năm gắn bó với các điểm trường lẻ "
            "của xã vùng cao."
        ),
        Img(
            inline("tuyen-duong-nha-giao.jpg"),
            "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu.",
            "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu.",
            "figure",
        ),
        P(
            "Phát biểu tại buổi lễ, Phó Chủ tịch Ủy ban nhân dân tỉnh đề nghị ngành giáo dục tiếp tục "
            "đổi mới mạnh mẽ, chăm lo đời sống vật chất và tinh thần cho đội ngũ nhà giáo, nhất là "
            "giáo viên công tác ở vùng sâu, vùng xa."
        ),
        right("Thu Hà"),
        right("(Nguồn: Báo Lâm Đồng)", "em"),
    ],
    opts={
        "created": "2026-11-20 07:30",
        "account": "bientap01",
        "thumb": "2026-11/ky-niem-20-11.jpg",
        "tags": ["ngay-nha-giao-viet-nam"],
    },
)

A8 = Story(
    id=2424,
    slug="huong-dan-on-tap-chuan-bi-cho-ky-thi-tot-nghiep-thpt-nam-2027",
    title="Hướng dẫn ôn tập, chuẩn bị cho Kỳ thi tốt nghiệp THPT năm 2027",
    cat="giao-duc-trung-hoc",
    published_at="2026-11-17T09:00:00+07:00",
    authors=["Phòng Quản lý chất lượng"],
    blocks=[
        P(
            "Ngày 16/11/2026, Sở Giáo dục và Đào tạo ban hành Công văn số 2145/SGDĐT-QLCL hướng dẫn "
            "các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên "
            "tổ chức ôn tập cho học sinh lớp 12 chuẩn bị Kỳ thi tốt nghiệp THPT năm 2027."
        ),
        P("Yêu cầu chung", "h3"),
        P(
            "Việc ôn tập phải bám sát Chương trình giáo dục phổ thông 2018, tập trung vào các yêu cầu "
            "cần đạt của lớp 12; không dạy dồn, dạy trước chương trình.",
            "li",
        ),
        P(
            "Tổ chức ôn tập theo nhóm đối tượng học sinh, tránh tình trạng quá tải; bảo đảm thời gian "
            "nghỉ ngơi hợp lý cho học sinh.",
            "li",
        ),
        P("Không thu tiền ôn tập trái quy định; công khai kế hoạch ôn tập tới cha mẹ học sinh.", "li"),
        P("Tổ chức thi thử", "h3"),
        P(
            "Các đơn vị tổ chức tối thiểu hai lần kiểm tra theo định dạng đề thi tham khảo của Bộ Giáo "
            "dục và Đào tạo. Sở sẽ tổ chức kỳ khảo sát chung toàn tỉnh vào tháng 3/2027 để đánh giá "
            "mức độ sẵn sàng của học sinh."
        ),
        P(
            "Hiệu trưởng các trường chịu trách nhiệm phân công giáo viên có kinh nghiệm phụ trách các "
            "lớp ôn tập; báo cáo kết quả thực hiện về Sở (qua Phòng Quản lý chất lượng) trước ngày "
            "30/4/2027."
        ),
        P("Mọi vướng mắc trong quá trình thực hiện, đề nghị liên hệ:"),
        P("Phòng Quản lý chất lượng, điện thoại 0263.3823.547.", "br"),
    ],
    opts={
        "created": "2026-11-17 09:00",
        "account": "bientap01",
        "tac_gia": "Phòng Quản lý chất lượng",
        "files": [("2026-11/CV 2145 huong dan on tap TN 2027.pdf", "356.1 KB")],
        "tags": ["thi-tot-nghiep-thpt"],
    },
)

A9 = Story(
    id=2409,
    slug="thong-bao-tiep-nhan-ho-so-xet-tang-danh-hieu-nha-giao-nhan-dan-nha-giao-uu-tu",
    title="Thông báo tiếp nhận hồ sơ đề nghị xét tặng danh hiệu Nhà giáo Nhân dân, Nhà giáo Ưu tú lần thứ 17",
    cat="thong-bao",
    published_at="2026-11-12",
    authors=["Phòng Tổ chức cán bộ"],
    blocks=[
        P(
            "Thực hiện Kế hoạch của Hội đồng cấp tỉnh xét tặng danh hiệu Nhà giáo Nhân dân, Nhà giáo "
            "Ưu tú lần thứ 17, Sở Giáo dục và Đào tạo thông báo tiếp nhận hồ sơ đề nghị xét tặng như "
            "sau:"
        ),
        P(
            "👉 Đối tượng: Nhà giáo đang trực tiếp giảng dạy, cán bộ quản lý giáo dục và nhà giáo đã "
            "nghỉ hưu đủ tiêu chuẩn theo quy định hiện hành."
        ),
        P(
            "👉 Hồ sơ gồm: Bản khai thành tích cá nhân, biên bản họp xét và phiếu bầu của hội đồng cấp "
            "cơ sở, các minh chứng về sáng kiến và danh hiệu thi đua."
        ),
        P("👉 Thời gian nhận hồ sơ: Từ ngày 16/11/2026 đến hết ngày 15/12/2026, trong giờ hành chính."),
        P(
            "Hồ sơ nộp trực tiếp tại Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo hoặc qua hệ thống "
            "quản lý văn bản và điều hành của tỉnh. Hồ sơ nộp sau thời hạn trên sẽ không được xem xét."
        ),
        right("Phòng Tổ chức cán bộ"),
    ],
    opts={"created": "2026-11-12 00:00", "account": "vanphong"},
)

A10 = Story(
    id=2402,
    slug="hon-1800-van-dong-vien-tham-gia-hoi-khoe-phu-dong-tinh-lam-dong-nam-2026",
    title="Hơn 1.800 vận động viên tham gia Hội khỏe Phù Đổng tỉnh Lâm Đồng năm 2026",
    cat="tin-hoat-dong",
    published_at="2026-11-06T15:45:00+07:00",
    authors=["Đoàn Minh Khôi"],
    blocks=[
        P(
            "Tối 05/11/2026, tại Nhà thi đấu đa năng tỉnh, Sở Giáo dục và Đào tạo phối hợp với Sở Văn "
            "hóa, Thể thao và Du lịch tổ chức khai mạc Hội khỏe Phù Đổng tỉnh Lâm Đồng năm 2026."
        ),
        Img(
            inline("hkpd-khai-mac.jpg"),
            "Màn đồng diễn thể dục của học sinh tại lễ khai mạc.",
            "Màn đồng diễn thể dục của học sinh tại lễ khai mạc.",
            "br-span",
        ),
        P(
            "Đây là lần đầu tiên Hội khỏe Phù Đổng được tổ chức sau khi hợp nhất tỉnh, quy tụ hơn "
            "1.800 vận động viên là học sinh tiểu học, trung học cơ sở và trung học phổ thông đến từ "
            "27 đoàn. Các vận động viên tranh tài ở 9 môn: điền kinh, bơi lội, bóng đá, bóng chuyền, "
            "cầu lông, bóng bàn, cờ vua, võ cổ truyền và đá cầu."
        ),
        P(
            "Hội khỏe là dịp đánh giá kết quả công tác giáo dục thể chất và hoạt động thể thao trong "
            "trường học, đồng thời tuyển chọn các vận động viên xuất sắc tham gia Hội khỏe Phù Đổng "
            "toàn quốc năm 2028."
        ),
        Img(
            inline("hkpd-dien-kinh.jpg"),
            "Các vận động viên tranh tài ở nội dung chạy 100m nữ.",
            "Các vận động viên tranh tài ở nội dung chạy 100m nữ.",
            "br-span",
        ),
        P(
            "Sau 5 ngày thi đấu, Ban Tổ chức sẽ trao giải nhất, nhì, ba cho từng nội dung và giải toàn "
            "đoàn cho các đơn vị có thành tích cao."
        ),
    ],
    opts={
        "created": "2026-11-06 15:45",
        "account": "bientap02",
        "teaser": "Hội khỏe Phù Đổng tỉnh năm nay diễn ra trong 5 ngày với 9 môn thi đấu, là dịp "
        "tuyển chọn vận động viên cho Hội khỏe Phù Đổng toàn quốc.",
        "thumb": "2026-11/hkpd-khai-mac.jpg",
        "tac_gia": "Đoàn Minh Khôi",
    },
)

A11 = Story(
    id=1912,
    slug="",
    title="Tổng kết phong trào thi đua “Dạy tốt - Học tốt” năm học 2025 - 2026",
    cat="thi-dua-khen-thuong",
    published_at="2026-10-28",
    authors=["Thường trực Hội đồng Thi đua - Khen thưởng ngành"],
    blocks=[
        P(
            "Ngày 27/10/2026, Hội đồng Thi đua - Khen thưởng ngành Giáo dục tổ chức hội nghị tổng kết "
            "phong trào thi đua “Dạy tốt - Học tốt” năm học 2025 - 2026."
        ),
        Img(
            legacy("tong-ket-thi-dua.jpg"),
            "Các tập thể nhận Cờ thi đua của Ủy ban nhân dân tỉnh.",
            "Các tập thể nhận Cờ thi đua của Ủy ban nhân dân tỉnh.",
            "table",
        ),
        P(
            "Năm học qua, phong trào thi đua được triển khai sâu rộng tới tất cả các cơ sở giáo dục "
            "với nhiều nội dung thiết thực như: đổi mới phương pháp dạy học, xây dựng trường học hạnh "
            "phúc, chuyển đổi số trong quản lý và giảng dạy. Toàn ngành có 312 sáng kiến được công "
            "nhận có phạm vi ảnh hưởng cấp tỉnh."
        ),
        P(
            "Tại hội nghị, 15 tập thể được nhận Cờ thi đua của Ủy ban nhân dân tỉnh; 47 tập thể và "
            "126 cá nhân được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh vì có thành tích xuất "
            "sắc trong năm học 2025 - 2026."
        ),
        P(
            "Năm học 2026 - 2027, ngành tiếp tục phát động phong trào thi đua với chủ đề “Đổi mới, "
            "sáng tạo, nâng cao chất lượng giáo dục toàn diện”, gắn với việc thực hiện các cuộc vận "
            "động lớn của ngành."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Thường trực Hội đồng Thi đua - Khen thưởng '
            "ngành</strong></p>"
        ),
    ],
    opts={"migrated": "2026-11-09 16:42:12", "ngay_dang": "2026-10-28", "form": "entities"},
)

A12 = Story(
    id=1874,
    slug="",
    title="Đẩy mạnh giáo dục an toàn giao thông cho học sinh ngay từ đầu năm học",
    cat="tin-hoat-dong",
    published_at="2026-10-20",
    authors=["Ngọc Diệp"],
    blocks=[
        P(
            "Nhằm giảm thiểu tai nạn giao thông liên quan đến học sinh, Sở Giáo dục và Đào tạo vừa "
            "ban hành văn bản chỉ đạo các cơ sở giáo dục đẩy mạnh công tác giáo dục an toàn giao "
            "thông ngay từ đầu năm học 2026 - 2027.",
            "mso",
        ),
        P(
            "Theo đó, các nhà trường tổ chức cho 100% học sinh, phụ huynh ký cam kết chấp hành pháp "
            "luật về trật tự, an toàn giao thông; lồng ghép nội dung giáo dục an toàn giao thông vào "
            "các môn học và hoạt động trải nghiệm. Đồng thời, các trường cần thực hiện:",
            "mso",
        ),
        P("Không để học sinh chưa đủ tuổi điều khiển xe mô tô, xe gắn máy đến trường;", "mso-li"),
        P("Học sinh đi xe đạp điện, xe máy điện phải đội mũ bảo hiểm đạt chuẩn;", "mso-li"),
        P(
            "Phối hợp với công an xã, phường tổ chức phân luồng giao thông tại cổng trường vào giờ cao "
            "điểm.",
            "mso-li",
        ),
        P(
            "Trong năm học 2025 - 2026, toàn tỉnh xảy ra 23 vụ tai nạn giao thông liên quan đến học "
            "sinh, làm 6 em tử vong. Phần lớn các vụ việc xảy ra trên đường đi học về và do học sinh "
            "điều khiển xe khi chưa đủ tuổi.",
            "mso",
        ),
        Img(legacy("atgt-cong-truong.jpg"), None, None, "bare"),
        P(
            "Sở đề nghị các đơn vị thường xuyên kiểm tra, nhắc nhở và xử lý nghiêm học sinh vi phạm; "
            "kết quả thực hiện là một tiêu chí đánh giá thi đua cuối năm học.",
            "mso",
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
            'style="font-size:14.0pt">Ngọc Diệp<o:p></o:p></span></b></p>'
        ),
    ],
    opts={"migrated": "2026-11-09 16:42:09", "ngay_dang": "2026-10-20", "form": "nfd"},
)

A13 = Story(
    id=1840,
    slug="",
    title="Hội thảo đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình giáo dục phổ thông 2018",
    cat="giao-duc-trung-hoc",
    published_at="2026-10-14",
    authors=["Đỗ Thị Thu Hà"],
    blocks=[
        P(
            "Ngày 13/10/2026, tại Trường THPT Bảo Lộc, Sở Giáo dục và Đào tạo tổ chức hội thảo chuyên "
            "đề “Đổi mới phương pháp dạy học và kiểm tra, đánh giá môn Ngữ văn cấp trung học phổ "
            "thông”, thu hút gần 200 giáo viên Ngữ văn tham dự."
        ),
        P(
            "Hội thảo tập trung thảo luận về việc sử dụng ngữ liệu ngoài sách giáo khoa trong đề kiểm "
            "tra, phát triển năng lực đọc hiểu và viết cho học sinh theo yêu cầu của chương trình "
            "mới.[1] Nhiều giáo viên chia sẻ kinh nghiệm xây dựng ma trận đề kiểm tra và hướng dẫn "
            "học sinh tự học qua các dự án đọc sách.",
            "fn",
        ),
        Img(
            legacy("hoi-thao-ngu-van.jpg"),
            "Các đại biểu trao đổi tại hội thảo.",
            "Các đại biểu trao đổi tại hội thảo.",
            "em-next",
        ),
        P(
            "Các ý kiến cũng cho rằng việc đánh giá bằng nhận xét, phản hồi thường xuyên giúp học sinh "
            "tiến bộ rõ rệt hơn so với việc chỉ chấm điểm; tuy nhiên, áp lực sĩ số lớp đông ở nhiều "
            "trường vẫn là trở ngại lớn.[2]",
            "fn",
        ),
        P(
            "Kết thúc hội thảo, Sở giao các tổ chuyên môn Ngữ văn tiếp tục thảo luận, vận dụng các "
            "giải pháp phù hợp với điều kiện của từng trường; định kỳ báo cáo kết quả trong các buổi "
            "sinh hoạt chuyên môn liên trường."
        ),
        right("TS. Đỗ Thị Thu Hà"),
        P("Chú thích:", "note-head"),
        P(
            "[1] Theo Chương trình giáo dục phổ thông môn Ngữ văn ban hành kèm Thông tư số "
            "32/2018/TT-BGDĐT.",
            "note",
        ),
        P("[2] Số liệu khảo sát của Phòng Giáo dục Trung học tháng 9/2026.", "note"),
    ],
    opts={"migrated": "2026-11-09 16:42:07", "ngay_dang": "2026-10-14"},
)

STORIES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
BY_NID = {s.id: s for s in STORIES}


def created_dt(story: Story) -> datetime:
    raw = story.opts.get("created") or story.opts["migrated"]
    fmt = "%Y-%m-%d %H:%M:%S" if raw.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(raw, fmt).replace(tzinfo=TZ)


#: Views sort on the node's created time: the migrated nodes sort at their migration time
ORDERED = sorted(STORIES, key=created_dt, reverse=True)


def story_path(story: Story) -> str:
    if not story.slug:
        return f"/node/{story.id}"
    when = created_dt(story)
    return f"/tin-tuc/{when:%Y}/{when:%m}/{story.slug}"


BY_PATH = {story_path(s): s for s in STORIES}

# --- dates as Drupal prints them --------------------------------------------------------------


def d_medium(when: datetime) -> str:
    """Drupal's default "medium" format, ``D, m/d/Y - H:i``, with Vietnamese day names."""
    return f"{DAY_ABBR[when.weekday()]}, {when:%m/%d/%Y - %H:%M}"


def d_long(when: datetime) -> str:
    """The default "long" format ``l, F j, Y - H:i`` as the vi translation renders it."""
    return f"{DAY_FULL[when.weekday()]}, Tháng {when.month} {when.day}, {when.year} - {when:%H:%M}"


def d_utc(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def time_el(when: datetime, shown: str | None = None) -> str:
    return (
        f'<time datetime="{d_utc(when)}" title="{esc(d_long(when))}" class="datetime">'
        f"{esc(shown or d_medium(when))}</time>"
    )


# --- rendering of a story's text --------------------------------------------------------------


def render_text(story: Story, value: str) -> str:
    form = story.opts.get("form")
    if form == "entities":
        return text(value, entities=1)
    if form == "nfd":
        return text(value, nfd=True)
    return text(value)


MSO_P = (
    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
    'line-height:150%"><span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:'
    '&quot;Times New Roman&quot;,serif">{}<o:p></o:p></span></p>'
)
MSO_LI = (
    '<p class="MsoListParagraphCxSp{pos}" style="margin-left:54.0pt;text-align:justify;'
    'text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1"><span lang="VI" '
    'style="font-size:14.0pt;font-family:Symbol;mso-fareast-font-family:Symbol">'
    '<span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><span lang=\"VI\" "
    'style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'
    "{text}<o:p></o:p></span></p>"
)


def render_img(story: Story, img: Img, n: int) -> str:
    alt = esc(img.caption or story.title)
    src = esc(img.src)
    line = esc(img.printed) if img.printed else ""
    if img.style == "figure":
        uuid = hashlib.md5(img.src.encode()).hexdigest()
        uuid = f"{uuid[:8]}-{uuid[8:12]}-{uuid[12:16]}-{uuid[16:20]}-{uuid[20:32]}"
        return (
            '<figure role="group" class="caption caption-img align-center">'
            f'<img alt="{alt}" data-entity-type="file" data-entity-uuid="{uuid}" src="{src}" '
            f'width="800" height="533" loading="lazy" /><figcaption>{line}</figcaption></figure>'
        )
    if img.style == "media":
        placeholder = (
            "data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D%27http%3A%2F%2Fwww.w3.org%2F2000"
            "%2Fsvg%27%20viewBox%3D%270%200%201024%20683%27%2F%3E"
        )
        return (
            '<figure role="group" class="caption caption-drupal-media align-center"><div>'
            f'<article class="media media--type-image media--view-mode-full" data-mid="{613 + n}">'
            '<div class="field field--name-field-media-image field--type-image field--label-hidden '
            f'field__item"><div data-b-token="b-{itok(img.src)[:6].lower()}" class="media '
            'media--blazy media--image is-b-loading">'
            f'<img alt="{alt}" class="media__element b-lazy" decoding="async" loading="lazy" '
            f'src="{placeholder}" data-src="{src}" width="1024" height="683" typeof="foaf:Image" />'
            "</div></div></article></div>"
            f"<figcaption>{line}</figcaption></figure>"
        )
    if img.style == "em-next":
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 800px; '
            'height: 534px;" /></p>'
            f'<p style="text-align: center;"><em>{line}</em></p>'
        )
    if img.style == "br-span":
        return (
            f'<p style="text-align: center;"><img alt="{alt}" src="{src}" width="760" '
            f'height="507" /><br />\n<span style="font-size:12px;"><em>{line}</em></span></p>'
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl_anh" '
            f'style="width: 500px;"><tbody><tr><td><img src="{src}" width="500" height="333" '
            'alt="" /></td></tr><tr><td style="text-align: center;"><span style="color:#0000cd;">'
            f"<em>{render_text(story, img.printed or '')}</em></span></td></tr></tbody></table>"
        )
    if img.style == "bare":
        return (
            f'<p class="MsoNormal" align="center" style="text-align:center"><img width="602" '
            f'height="401" src="{src}" v:shapes="Picture_x0020_1" /></p>'
        )
    raise ValueError(img.style)


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    n_img = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style != "field":
                out.append(render_img(story, b, n_img))
            n_img += 1
            i += 1
            continue
        style = b.style
        if style in ("li", "tr", "mso-li"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i])
                i += 1
            if style == "li":
                out.append("<ul>" + "".join(f"<li>{render_text(story, p.text)}</li>" for p in group) + "</ul>")
            elif style == "tr":
                rows = []
                for k, p in enumerate(group):
                    cells = p.text.split(" | ")
                    if k == 0:
                        rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; '
                    'border-collapse: collapse;"><tbody>' + "".join(rows) + "</tbody></table>"
                )
            else:
                for k, p in enumerate(group):
                    pos = "First" if k == 0 else ("Last" if k == len(group) - 1 else "Middle")
                    out.append(MSO_LI.format(pos=pos, text=render_text(story, p.text)))
            continue
        rendered = render_text(story, b.text)
        # a following paragraph in style "br" is printed in the same <p> after a <br>
        while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
            i += 1
            rendered += "<br />\n" + render_text(story, blocks[i].text)
        if style == "lead":
            out.append(f"<p><strong>{rendered}</strong></p>")
        elif style == "h3":
            out.append(f"<h3>{rendered}</h3>")
        elif style == "quote":
            out.append(f"<blockquote><p><em>{rendered}</em></p></blockquote>")
        elif style == "mso":
            out.append(MSO_P.format(rendered))
        elif style == "fn":
            rendered = re.sub(
                r"\[(\d)\]",
                lambda m: f'<a href="#_ftn{m.group(1)}" name="_ftnref{m.group(1)}" title="">[{m.group(1)}]</a>',
                rendered,
            )
            out.append(f'<p style="text-align: justify;">{rendered}</p>')
        elif style == "note-head":
            out.append(f'<hr align="left" size="1" width="33%" /><p><strong>{rendered}</strong></p>')
        elif style == "note":
            num = b.text[1]
            rest = rendered.split("]", 1)[1]
            out.append(
                f'<p style="font-size: 13px;"><a href="#_ftnref{num}" name="_ftn{num}" title="">'
                f"[{num}]</a>{rest}</p>"
            )
        elif story.opts.get("form") == "entities":
            out.append(f'<p style="text-align: justify;">{rendered}</p>')
        else:
            out.append(f"<p>{rendered}</p>")
        i += 1
    return "\n".join(out)


# --- page chrome ------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "/gioi-thieu",
        [("Giới thiệu chung", "/gioi-thieu"), ("Cơ cấu tổ chức", None), ("Lãnh đạo Sở", None)],
    ),
    ("Tin tức", "/tin-tuc", [(c.name, c.path) for c in CATS.values()]),
    ("Văn bản", "/van-ban", []),
    ("Thư viện ảnh", "/thu-vien-anh", []),
    ("Liên hệ", "/lien-he", []),
]


def main_menu(current: str) -> str:
    items = []
    for n, (label, href, children) in enumerate(MENU, 1):
        active = " primary-nav__menu-link--active-trail is-active" if href == current else ""
        has = " primary-nav__menu-item--has-children" if children else ""
        sub = ""
        button = ""
        if children:
            button = (
                '<button class="primary-nav__button-toggle" data-drupal-selector="primary-nav-submenu-'
                f'toggle-button" aria-controls="primary-menu-item-{n}" aria-expanded="false" '
                f'aria-hidden="true" tabindex="-1"><span class="visually-hidden">{esc(label)} '
                'sub-navigation</span><span class="icon--menu-toggle"></span></button>'
            )
            lis = []
            for clabel, chref in children:
                if chref is None:
                    link = f'<span class="primary-nav__menu-link primary-nav__menu-link--nolink primary-nav__menu-link--level-2">{esc(clabel)}</span>'
                else:
                    link = f'<a href="{chref}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-2" data-drupal-link-system-path="{chref.strip("/")}">{esc(clabel)}</a>'
                lis.append(f'<li class="primary-nav__menu-item primary-nav__menu-item--level-2">{link}</li>')
            sub = (
                f'<span data-drupal-selector="primary-nav-menu-🥕" class="primary-nav__menu-🥕"></span>'
                f'<ul class="menu primary-nav__menu primary-nav__menu--level-2" data-drupal-selector='
                f'"primary-nav-menu--level-2" id="primary-menu-item-{n}">' + "".join(lis) + "</ul>"
            )
        items.append(
            f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1{has}">'
            f'<a href="{href}" class="primary-nav__menu-link primary-nav__menu-link--link '
            f'primary-nav__menu-link--level-1{active}" data-drupal-link-system-path="{href.strip("/") or "<front>"}">'
            f'<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{esc(label)}</span></a>'
            f"{button}{sub}</li>"
        )
    return (
        '<nav role="navigation" aria-labelledby="block-lamdong-olivero-main-menu-menu" '
        'id="block-lamdong-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">'
        '<h2 class="visually-hidden block__title" id="block-lamdong-olivero-main-menu-menu">Main navigation</h2>'
        '<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">'
        + "".join(items)
        + "</ul></nav>"
    )


def breadcrumb(items: list[tuple[str, str | None]]) -> str:
    lis = []
    for label, href in items:
        if href:
            lis.append(f'<li class="breadcrumb__item"><a href="{href}" class="breadcrumb__link">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="breadcrumb__item">{esc(label)}</li>')
    return (
        '<div class="region region--breadcrumb grid-full layout--pass--content-medium">'
        '<div id="block-lamdong-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">'
        '<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">'
        '<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>'
        '<div class="breadcrumb__content"><ol class="breadcrumb__list">' + "".join(lis) + "</ol></div></nav></div></div>"
    )


def vn_int(n: int) -> str:
    """A count as Vietnamese pages print it: thousands separated by dots."""
    return f"{n:,}".replace(",", ".")


def most_read() -> str:
    picks = [A7, A2, A6, A3, A9]
    lis = "".join(
        f'<li><div class="views-field views-field-title"><span class="field-content"><a href="{story_path(s)}" '
        f'hreflang="vi">{esc(s.title)}</a></span></div><div class="views-field views-field-totalcount">'
        f'<span class="field-content">{vn_int(s.views())} lượt xem</span></div></li>'
        for s in picks
    )
    return (
        '<div class="views-element-container block block-views block-views-blockdoc-nhieu-block-1" '
        'id="block-lamdong-olivero-views-block-doc-nhieu"><h2 class="block__title">Tin đọc nhiều</h2>'
        '<div><div class="view view-doc-nhieu view-id-doc_nhieu view-display-id-block_1">'
        f'<div class="view-content"><div class="item-list"><ol class="dsDocNhieu">{lis}</ol></div></div></div></div></div>'
    )


SIDEBAR_STATIC = (
    '<div id="block-lamdong-olivero-lienketweb" class="block block-block-content '
    'block-block-content6c1f0d52-8a9e-4f5b-b1a2-3e7d9c0f4a11"><h2 class="block__title">Liên kết website</h2>'
    '<div class="block__content"><div class="text-content clearfix field field--name-body">'
    '<select class="lkweb" onchange="if(this.value){window.open(this.value)}">'
    '<option value="">-- Chọn liên kết --</option>'
    '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
    '<option value="https://lamdong.gov.vn">Cổng TTĐT tỉnh Lâm Đồng</option>'
    '<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>'
    '<option value="https://thisinh.thitotnghiepthpt.edu.vn">Hệ thống thi tốt nghiệp THPT</option>'
    "</select>"
    '<p><a href="https://dichvucong.lamdong.gov.vn" target="_blank"><img alt="Dịch vụ công trực tuyến" '
    f'src="{FILES}/banner/dich-vu-cong.png" width="270" height="80" /></a></p>'
    '<p><a href="https://qlvb.lamdong.gov.vn" target="_blank"><img alt="Quản lý văn bản và điều hành" '
    f'src="{FILES}/banner/qlvb-dieu-hanh.png" width="270" height="80" /></a></p>'
    "</div></div></div>"
    '<div id="block-lamdong-olivero-thongketruycap" class="block block-block-content block-tktc">'
    '<h2 class="block__title">Thống kê truy cập</h2><div class="block__content"><table class="tk-truycap">'
    "<tr><td>Đang online:</td><td>37</td></tr><tr><td>Hôm nay:</td><td>1.284</td></tr>"
    "<tr><td>Tháng này:</td><td>9.716</td></tr><tr><td>Tổng truy cập:</td><td>5.872.113</td></tr>"
    "</table></div></div>"
    '<div id="block-lamdong-olivero-pollrecent" class="block block-poll block-poll-recent-block">'
    '<h2 class="block__title">Thăm dò ý kiến</h2><div class="block__content"><div class="poll">'
    '<form class="poll-view-form poll-view-form-3" data-drupal-selector="poll-view-form-3" '
    'action="/poll/3" method="post" id="poll-view-form-3" accept-charset="UTF-8">'
    '<div class="poll-question">Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?</div>'
    '<div class="form-radios"><label><input type="radio" name="choice" value="7" /> Rất hữu ích</label>'
    '<label><input type="radio" name="choice" value="8" /> Hữu ích</label>'
    '<label><input type="radio" name="choice" value="9" /> Cần cải thiện</label></div>'
    '<input type="hidden" name="form_id" value="poll_view_form_3" />'
    '<input type="submit" name="op" value="Bình chọn" class="button js-form-submit form-submit" />'
    "</form></div></div></div>"
)


def sidebar() -> str:
    return f'<div class="region region--sidebar">{most_read()}{SIDEBAR_STATIC}</div>'


FOOTER = (
    '<footer class="site-footer"><div class="site-footer__inner container">'
    '<div class="region region--footer-top grid-full"><div class="region--footer_top__inner">'
    '<div id="block-lamdong-olivero-chantrang" class="block block-block-content block-chantrang">'
    '<div class="text-content clearfix field field--name-body field--type-text-with-summary">'
    f"<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ {SITE.upper()}</strong></p>"
    "<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Lâm Đồng<br />"
    "Chịu trách nhiệm chính: Ông Nguyễn Đức Thuận - Giám đốc Sở<br />"
    "Địa chỉ: Số 36 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng<br />"
    "Điện thoại: 0263.3822.124 - Fax: 0263.3822.530 - Email: vanphong@lamdong.edu.vn<br />"
    "Giấy phép số 07/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/3/2021.</p>"
    "<p>Ghi rõ nguồn “Cổng thông tin điện tử Sở GDĐT Lâm Đồng” khi phát hành lại thông tin từ "
    "website này.</p></div></div></div></div>"
    '<div class="region region--footer-bottom grid-full"><div id="block-lamdong-olivero-powered" '
    'class="block block-system block-system-powered-by-block"><span>Powered by '
    '<a href="https://www.drupal.org">Drupal</a></span></div>'
    '<div class="copyright">© 2026 Sở Giáo dục và Đào tạo tỉnh Lâm Đồng. '
    '<a href="/user/login">Đăng nhập quản trị</a></div></div>'
    "</div></footer>"
)


def page(
    request: Request,
    *,
    title: str,
    content: str,
    crumbs: list[tuple[str, str | None]],
    body_class: str,
    current: str = "",
    head: str = "",
    h1: bool = True,
    h1_field: bool = False,
    sidebar_on: bool = True,
    settings_path: str = "node",
) -> Response:
    base = base_url(request)
    h1_html = ""
    if h1:
        inner = (
            f'<span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span>'
            if h1_field
            else esc(title)
        )
        h1_html = (
            '<div id="block-lamdong-olivero-page-title" class="block block-core block-page-title-block">'
            f'<h1 class="title page-title">{inner}</h1></div>'
        )
    head_title = f"{esc(title)} | {esc(SITE)}" if title else esc(SITE)
    side = sidebar() if sidebar_on else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
<head>
<meta charset="utf-8" />
{head}<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)}" href="{base}/rss.xml" />
<title>{head_title}</title>
<link rel="stylesheet" media="all" href="{FILES}/css/css_Qm7d2LwX4bFh0kS1yP9aVcNtR3eJ8uGzOi6HqB5lKfE.css" />
<link rel="stylesheet" media="all" href="{THEME}/css/lamdong.css?rmq4hk" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"{settings_path}","currentPathIsAdmin":false,"isFront":{"true" if body_class.startswith("path-frontpage") else "false"},"currentLanguage":"vi"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"olivero":{{"mobile_nav_breakpoint":"1200"}},"user":{{"uid":0,"permissionsHash":"5b1e9c0a7f3d2e8b4c6a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c"}}}}</script>
<script src="{FILES}/js/js_8yXwQ2cNfR0tLm5kHs3vBp1aZ7oJ4gUeDi9nKq6WcTA.js"></script>
</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">Bỏ qua để đến nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
<div class="container site-header__inner__container">
<div id="block-lamdong-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner">
<a href="/" rel="home" class="site-branding__logo"><img src="{THEME}/images/logo-sgddt.png" alt="Trang chủ" /></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Trang chủ" rel="home">{esc(SITE)}</a></div>
<div class="site-branding__slogan">Cổng thông tin điện tử</div></div>
</div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Trình đơn</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="region region--secondary-menu">
<div class="ngay-thang-top"><span class="ico-lich"></span>{TODAY_LINE}</div>
<div class="search-block-form block block-search block-search-form-block" data-drupal-selector="search-block-form" id="block-lamdong-olivero-search-form-wide" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys"><label for="edit-keys" class="visually-hidden">Tìm kiếm</label>
<input title="Nhập từ khóa bạn cần tìm." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" placeholder="Tìm kiếm..." /></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm" /></div>
</form></div>
</div>
<div class="region region--primary-menu">{main_menu(current)}</div>
</div>
</div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container">
<div id="main" class="layout-main">
<div class="main-content">
<a id="main-content" tabindex="-1"></a>
{breadcrumb(crumbs)}
<div class="region region--content-above grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div>
{h1_html}
</div>
<main role="main">
<div class="main-content__container container">
<div class="sidebar-grid grid-full">
<div class="site-main">
<div class="region region--content grid-full layout--pass--content-medium" id="content">
{content}
</div>
</div>
{side}
</div></div>
</main>
</div></div></div>
{FOOTER}
</div></div></div>
<script src="{FILES}/js/js_vE3lR9nHq0dT7pWm2bXs5cKa8fZ1yGu4oJi6NwQeL3M.js"></script>
</body>
</html>
"""
    return html(doc, headers={"X-Generator": "Drupal 9 (https://www.drupal.org)", "X-Drupal-Cache": "HIT",
                              "Cache-Control": "max-age=900, public"})


# --- teasers and listings -----------------------------------------------------------------------


def teaser_text(story: Story) -> str:
    if story.opts.get("teaser"):
        return story.opts["teaser"]
    first = next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) > 220:
        cut = first[:220].rsplit(" ", 1)[0]
        return cut + "…"
    return first


def teaser(story: Story) -> str:
    path = story_path(story)
    when = created_dt(story)
    thumb = ""
    if story.opts.get("thumb"):
        thumb = (
            '<div class="field field--name-field-image field--type-image field--label-hidden field__item">'
            f'<a href="{path}" hreflang="vi"><img loading="lazy" src="{esc(styled("medium", story.opts["thumb"]))}" '
            f'width="220" height="147" alt="{esc(story.title)}" typeof="foaf:Image" class="image-style-medium" /></a></div>'
        )
    return (
        '<div class="views-row">'
        f'<article data-history-node-id="{story.id}" role="article" about="{path}" '
        'class="node node--type-article node--promoted node--view-mode-teaser">'
        '<header class="">'
        f'<h2 class="node__title"><a href="{path}" rel="bookmark"><span class="field field--name-title '
        f'field--type-string field--label-hidden">{esc(story.title)}</span></a></h2>'
        '<div class="node__meta"><span><span class="field field--name-created field--type-created '
        f'field--label-hidden">{time_el(when)}</span></span></div>'
        "</header>"
        '<div class="node__content">'
        f"{thumb}"
        '<div class="text-content clearfix field field--name-body field--type-text-with-summary '
        f'field--label-hidden field__item"><p>{esc(teaser_text(story))}</p></div>'
        f'<div class="node__links"><ul class="links inline"><li class="node-readmore"><a href="{path}" '
        f'rel="tag" title="{esc(story.title)}" hreflang="vi">Đọc thêm<span class="visually-hidden"> về '
        f"{esc(story.title)}</span></a></li></ul></div>"
        "</div></article></div>"
    )


def parse_pages(request: Request) -> list[int]:
    raw = request.params.get("page", "")
    out = []
    for part in raw.split(","):
        try:
            out.append(max(0, int(part)))
        except ValueError:
            out.append(0)
    return out


def page_of(pages: list[int], element: int) -> int:
    return pages[element] if element < len(pages) else 0


def full_pager(current: int, total: int) -> str:
    if total <= 1:
        return ""
    items = []
    if current > 0:
        items.append(
            '<li class="pager__item pager__item--control pager__item--first"><a href="?page=0" '
            'title="Đến trang đầu" class="pager__link"><span class="visually-hidden">Trang đầu</span>'
            '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M1 8l7-7v14z"/></svg></a></li>'
        )
        items.append(
            f'<li class="pager__item pager__item--control pager__item--previous"><a href="?page={current - 1}" '
            'class="pager__link" title="Đến trang trước" rel="prev"><span class="visually-hidden">Trang trước'
            '</span><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M4 8l7-7v14z"/></svg></a></li>'
        )
    for n in range(total):
        if n == current:
            items.append(
                '<li class="pager__item pager__item--number pager__item--active"><span class="pager__link '
                f'is-active" aria-current="page"><span class="visually-hidden">Trang hiện tại</span>{n + 1}</span></li>'
            )
        else:
            items.append(
                f'<li class="pager__item pager__item--number"><a href="?page={n}" title="Đến trang {n + 1}" '
                f'class="pager__link"><span class="visually-hidden">Trang</span>{n + 1}</a></li>'
            )
    if current < total - 1:
        items.append(
            f'<li class="pager__item pager__item--control pager__item--next"><a href="?page={current + 1}" '
            'class="pager__link" title="Đến trang sau" rel="next"><span class="visually-hidden">Trang sau'
            '</span><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M12 8l-7 7V1z"/></svg></a></li>'
        )
        items.append(
            f'<li class="pager__item pager__item--control pager__item--last"><a href="?page={total - 1}" '
            'title="Đến trang cuối" class="pager__link"><span class="visually-hidden">Trang cuối</span>'
            '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M15 8l-7 7V1z"/></svg></a></li>'
        )
    return (
        '<nav class="pager" role="navigation" aria-labelledby="pagination-heading">'
        '<h4 id="pagination-heading" class="visually-hidden">Phân trang</h4>'
        '<ul class="pager__items js-pager__items">' + "".join(items) + "</ul></nav>"
    )


def mini_pager(pages: list[int], element: int, total: int, n_elements: int) -> str:
    """Views mini pager; the query carries every element's page, joined by an encoded comma."""
    current = page_of(pages, element)

    def href(target: int) -> str:
        values = [page_of(pages, e) for e in range(n_elements)]
        values[element] = target
        return "?page=" + quote(",".join(str(v) for v in values), safe="")

    items = []
    if current > 0:
        items.append(
            f'<li class="pager__item pager__item--control pager__item--previous"><a href="{href(current - 1)}" '
            'class="pager__link" title="Đến trang trước" rel="prev"><span class="visually-hidden">Trang trước</span>'
            '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M4 8l7-7v14z"/></svg></a></li>'
        )
    items.append(f'<li class="pager__item pager__item--current">Trang {current + 1}</li>')
    if current < total - 1:
        items.append(
            f'<li class="pager__item pager__item--control pager__item--next"><a href="{href(current + 1)}" '
            'class="pager__link" title="Đến trang sau" rel="next"><span class="visually-hidden">Trang sau</span>'
            '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M12 8l-7 7V1z"/></svg></a></li>'
        )
    return (
        f'<nav class="pager pager--mini" role="navigation" aria-labelledby="pagination-heading--{element}">'
        f'<h4 id="pagination-heading--{element}" class="visually-hidden">Phân trang</h4>'
        '<ul class="pager__items js-pager__items">' + "".join(items) + "</ul></nav>"
    )


def chunk(items: list, size: int, n: int) -> tuple[list, int]:
    total = max(1, -(-len(items) // size))
    return items[n * size : (n + 1) * size], total


def view_dom_id(seed: str) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()[:32]


# --- documents, album, basic pages --------------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    nid: int
    alias: str
    so: str
    kind: str
    title: str
    issued: str
    signer: str
    field: str
    file: str


DOCS = [
    Doc(2465, "2352-qd-sgddt", "2352/QĐ-SGDĐT", "Quyết định",
        "Quyết định công nhận giáo viên dạy giỏi cấp tỉnh bậc trung học phổ thông chu kỳ 2026 - 2029",
        "01/12/2026", "Phạm Thị Ngọc Lan", "Giáo dục trung học", "2026-12/QD 2352 cong nhan GVDG THPT.pdf"),
    Doc(2458, "2318-tb-sgddt", "2318/TB-SGDĐT", "Thông báo",
        "Thông báo lịch tiếp công dân định kỳ tháng 12 năm 2026", "30/11/2026", "Lê Văn Thạnh",
        "Thanh tra", "2026-12/TB 2318 lich tiep cong dan.pdf"),
    Doc(2425, "2145-sgddt-qlcl", "2145/SGDĐT-QLCL", "Công văn",
        "V/v hướng dẫn ôn tập, chuẩn bị Kỳ thi tốt nghiệp THPT năm 2027", "16/11/2026", "Lê Văn Thạnh",
        "Quản lý chất lượng", "2026-11/CV 2145 huong dan on tap TN 2027.pdf"),
    Doc(2398, "2050-kh-sgddt", "2050/KH-SGDĐT", "Kế hoạch",
        "Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027",
        "04/11/2026", "Lê Văn Thạnh", "Quản lý chất lượng", "2026-11/KH 2050 thi HSG 12.pdf"),
]
DOC_BY_ALIAS = {f"/van-ban/{d.alias}": d for d in DOCS}

ALBUM_PATH = "/thu-vien-anh/le-ky-niem-44-nam-ngay-nha-giao-viet-nam"
ALBUM_NID = 2433
ALBUM_PICS = ["IMG_4012.JPG", "IMG_4027.JPG", "IMG_4051.JPG", "IMG_4088.JPG", "IMG_4102.JPG"]

INTRO = [
    "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thực hiện "
    "chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục mầm non, giáo dục phổ "
    "thông, giáo dục thường xuyên và các cơ sở giáo dục khác trên địa bàn tỉnh.",
    "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên "
    "chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên "
    "môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
    "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc; các phòng chuyên môn gồm: Văn phòng, Thanh tra, "
    "Phòng Tổ chức cán bộ, Phòng Kế hoạch - Tài chính, Phòng Giáo dục Mầm non - Tiểu học, Phòng Giáo "
    "dục Trung học, Phòng Quản lý chất lượng.",
]

# --- the site ---------------------------------------------------------------------------------------


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD"):
            return None
        if path.startswith(("/sites/", "/themes/", "/core/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == OLD_A6:
            return redirect(base_url(request) + story_path(A6), 301)
        if path in BY_PATH:
            return self.article(request, BY_PATH[path])
        m = re.fullmatch(r"/node/(\d+)", path)
        if m:
            nid = int(m.group(1))
            if nid in BY_NID:
                return self.article(request, BY_NID[nid])
            for doc in DOCS:
                if doc.nid == nid:
                    return self.document(request, doc)
            if nid == ALBUM_NID:
                return self.album(request)
            return None
        m = re.fullmatch(r"/comment/(\d+)", path)
        if m and int(m.group(1)) in COMMENT_PAGE:
            return self.article(request, A3, comment_page=COMMENT_PAGE[int(m.group(1))])
        if path == "/":
            return self.front(request)
        if path == "/tin-tuc":
            return self.news(request)
        for cat in CATS.values():
            if path in (cat.path, f"/taxonomy/term/{cat.tid}"):
                return self.term(request, cat)
        m = re.fullmatch(r"/tu-khoa/([a-z0-9-]+)", path)
        if m and m.group(1) in TAGS:
            return self.tag(request, m.group(1))
        if path == "/van-ban":
            return self.documents(request)
        if path in DOC_BY_ALIAS:
            return self.document(request, DOC_BY_ALIAS[path])
        if path == "/thu-vien-anh":
            return self.albums(request)
        if path == ALBUM_PATH:
            return self.album(request)
        if path == "/gioi-thieu":
            return self.intro(request)
        if path == "/lien-he":
            return self.contact(request)
        if path == "/rss.xml":
            return self.rss(request)
        if path == "/user/login":
            return self.login(request)
        if path == "/search/node":
            return self.search(request)
        return None

    # -- article ---------------------------------------------------------------------------------

    def article(self, request: Request, story: Story, comment_page: int | None = None) -> Response:
        path = story_path(story)
        base = base_url(request)
        cat = CATS[story.cat]
        when = created_dt(story)
        migrated = "migrated" in story.opts
        meta = ""
        if not migrated:
            account = story.opts["account"]
            meta = (
                '<div class="node__meta">'
                f'<article typeof="schema:Person" about="/user/{ACCOUNTS[account]}" class="profile">'
                '<div class="field field--name-user-picture field--type-image field--label-hidden field__item">'
                f'<img loading="lazy" src="{esc(styled("thumbnail", f"pictures/2026-03/{account}.png"))}" '
                f'width="100" height="100" alt="Ảnh đại diện của {account}" typeof="foaf:Image" '
                'class="image-style-thumbnail" /></div></article>'
                f'<span>Bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden">'
                f'<span lang="" typeof="schema:Person" property="schema:name" datatype="">{account}</span></span>, '
                f'<span class="field field--name-created field--type-created field--label-hidden">{time_el(when)}</span></span>'
                f'<span property="schema:name" content="{esc(story.title)}" class="hidden"></span>'
                "</div>"
            )
        fields = []
        if migrated:
            day = datetime.strptime(story.opts["ngay_dang"], "%Y-%m-%d")
            fields.append(
                '<div class="field field--name-field-ngay-dang field--type-datetime field--label-inline clearfix">'
                '<div class="field__label">Ngày đăng</div><div class="field__item">'
                f'<time datetime="{day:%Y-%m-%d}T12:00:00Z" class="datetime">{day:%d/%m/%Y}</time></div></div>'
            )
        if story.summary and story.sapo_outside:
            fields.append(
                '<div class="field field--name-field-mo-ta-ngan field--type-string-long field--label-hidden '
                f'field__item"><strong>{esc(story.summary)}</strong></div>'
            )
        featured = [b for b in story.blocks if isinstance(b, Img) and b.style == "field"]
        for img in featured:
            fields.append(
                '<div class="field field--name-field-image field--type-image field--label-hidden field__item">'
                f'<img loading="lazy" src="{esc(img.src)}" width="1100" height="620" alt="{esc(story.title)}" '
                'typeof="foaf:Image" class="image-style-wide" /></div>'
            )
        tts = TTS.format(nid=story.id) if story.opts.get("tts") else ""
        fields.append(
            '<div class="text-content clearfix field field--name-body field--type-text-with-summary '
            f'field--label-hidden field__item">{tts}\n{render_body(story)}\n</div>'
        )
        if story.opts.get("tac_gia"):
            fields.append(
                '<div class="field field--name-field-tac-gia field--type-string field--label-inline clearfix">'
                f'<div class="field__label">Tác giả</div><div class="field__item">{esc(story.opts["tac_gia"])}</div></div>'
            )
        fields.append(
            '<div class="field field--name-field-chuyen-muc field--type-entity-reference field--label-inline clearfix">'
            f'<div class="field__label">Chuyên mục</div><div class="field__item"><a href="{cat.path}" hreflang="vi">'
            f"{esc(cat.name)}</a></div></div>"
        )
        if story.opts.get("files"):
            items = "".join(
                '<div class="field__item"><span class="file file--mime-application-pdf file--application-pdf">'
                f'<a href="{FILES}/{quote(f)}" type="application/pdf" title="{esc(f.split("/")[-1])}">'
                f'{esc(f.split("/")[-1])}</a></span> <span class="file__size">({size})</span></div>'
                for f, size in story.opts["files"]
            )
            fields.append(
                '<div class="field field--name-field-tep-dinh-kem field--type-file field--label-above">'
                f'<div class="field__label">Tệp đính kèm</div><div class="field__items">{items}</div></div>'
            )
        if story.opts.get("tags"):
            items = "".join(
                f'<li class="field--tags__item"><a href="/tu-khoa/{t}" hreflang="vi">{esc(TAGS[t])}</a></li>'
                for t in story.opts["tags"]
            )
            fields.append(
                '<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags">'
                f'<h3 class="field__label field--tags__label">Từ khóa</h3><ul class="links field__items field--tags__items">{items}</ul></div>'
            )
        fields.append(
            '<div class="node__links"><ul class="links inline"><li class="addtoany">'
            f'<span class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{base}{path}" '
            f'data-a2a-title="{esc(story.title)}"><a class="a2a_button_facebook"></a><a class="a2a_button_zalo">'
            f'</a><a class="a2a_button_email"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url='
            f'{quote(base + path, safe="")}&amp;title={quote(story.title, safe="")}">Chia sẻ</a></span></li>'
            '<li class="print-link"><a href="javascript:window.print()" class="in-bai">In bài</a></li></ul></div>'
        )
        if story.opts.get("changed"):
            changed = datetime.strptime(story.opts["changed"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
            fields.append(f'<div class="capnhat-cuoi">Cập nhật lần cuối: {d_medium(changed)}</div>')
        if story.opts.get("comments"):
            page_n = comment_page if comment_page is not None else page_of(parse_pages(request), 0)
            fields.append(comments_section(story, page_n))
        node = (
            f'<article data-history-node-id="{story.id}" role="article" about="{path}" typeof="schema:Article" '
            'class="node node--type-article node--promoted node--view-mode-full">'
            f'<header class="">{meta}</header>'
            f'<div class="node__content">{"".join(fields)}</div></article>'
        )
        content = (
            '<div id="block-lamdong-olivero-content" class="block block-system block-system-main-block">'
            f"{node}</div>{related_block(story)}"
        )
        if migrated:
            crumbs = [("Trang chủ", "/"), ("Node", None), (story.title, None)]
        else:
            crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (f"{when:%Y}", None), (f"{when:%m}", None),
                      (story.title, None)]
        published = (
            datetime.strptime(story.opts["migrated"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ)
            if migrated
            else when
        )
        description = story.opts.get("teaser") or teaser_text(story)
        og_image = ""
        thumb = story.opts.get("thumb")
        if thumb:
            og_image = f'<meta property="og:image" content="{base}{esc(styled("wide", thumb))}" />\n'
        head = (
            f'<meta name="description" content="{esc(description)}" />\n'
            f'<link rel="canonical" href="{base}{path}" />\n'
            f'<link rel="shortlink" href="{base}/node/{story.id}" />\n'
            f'<meta property="og:site_name" content="{esc(SITE)}" />\n'
            '<meta property="og:type" content="article" />\n'
            f'<meta property="og:url" content="{base}{path}" />\n'
            f'<meta property="og:title" content="{esc(story.title)}" />\n'
            f"{og_image}"
            f'<meta property="article:published_time" content="{published.isoformat()}" />\n'
        )
        return page(
            request,
            title=story.title,
            content=content,
            crumbs=crumbs,
            body_class="path-node page-node-type-article",
            current="/tin-tuc",
            head=head,
            h1_field=True,
            settings_path=f"node\\/{story.id}",
        )

    # -- listings ---------------------------------------------------------------------------------

    def front(self, request: Request) -> Response:
        pages = parse_pages(request)
        news, total0 = chunk(ORDERED, 7, page_of(pages, 0))
        docs, total1 = chunk(DOCS, 3, page_of(pages, 1))
        rows = "".join(teaser(s) for s in news) or '<div class="view-empty">Chưa có bài viết.</div>'
        doc_rows = "".join(
            f'<li><a href="/van-ban/{d.alias}" hreflang="vi">{esc(d.kind)} số {esc(d.so)}</a>'
            f'<div class="vb-trichyeu">{esc(d.title)}</div><span class="vb-ngay">Ngày ban hành: {d.issued}</span></li>'
            for d in docs
        )
        content = (
            '<div class="views-element-container block block-views block-views-blocktin-tuc-block-1" '
            'id="block-lamdong-olivero-views-block-tin-tuc-block-1">'
            '<h2 class="block__title"><a href="/tin-tuc">Tin tức - Sự kiện</a></h2><div>'
            f'<div class="view view-tin-tuc view-id-tin_tuc view-display-id-block_1 js-view-dom-id-{view_dom_id("f0" + str(pages))}">'
            f'<div class="view-content">{rows}</div>{mini_pager(pages, 0, total0, 2)}'
            '<div class="more-link"><a href="/tin-tuc">Xem tất cả</a></div></div></div></div>'
            '<div class="views-element-container block block-views block-views-blockvan-ban-block-1" '
            'id="block-lamdong-olivero-views-block-van-ban-block-1">'
            '<h2 class="block__title">Văn bản mới</h2><div>'
            f'<div class="view view-van-ban view-id-van_ban view-display-id-block_1 js-view-dom-id-{view_dom_id("f1" + str(pages))}">'
            f'<div class="view-content"><div class="item-list"><ul class="ds-vanban">{doc_rows}</ul></div></div>'
            f"{mini_pager(pages, 1, total1, 2)}"
            '<div class="more-link"><a href="/van-ban">Xem tất cả văn bản</a></div></div></div></div>'
            '<div id="block-lamdong-olivero-thuvienanh" class="block block-views block-thu-vien-anh-home">'
            '<h2 class="block__title">Thư viện ảnh</h2>'
            f'<div class="tva-item"><a href="{ALBUM_PATH}"><img src="{esc(styled("medium", "2026-11/album/" + ALBUM_PICS[0]))}" '
            'alt="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam" width="220" height="147" /></a>'
            f'<a href="{ALBUM_PATH}">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></div></div>'
        )
        head = f'<link rel="canonical" href="{base_url(request)}/" />\n'
        return page(
            request,
            title="",
            content=content,
            crumbs=[("Trang chủ", None)],
            body_class="path-frontpage page-view-frontpage",
            current="/",
            head=head,
            h1=False,
            settings_path="node",
        )

    def listing(self, request: Request, *, title: str, items: list[Story], per: int, view_id: str,
                crumbs: list, current: str, header: str = "", canonical: str = "",
                settings_path: str = "") -> Response:
        n = page_of(parse_pages(request), 0)
        shown, total = chunk(items, per, n)
        rows = "".join(teaser(s) for s in shown) or '<div class="view-empty"><p>Không có bài viết nào.</p></div>'
        content = (
            '<div id="block-lamdong-olivero-content" class="block block-system block-system-main-block">'
            '<div class="views-element-container">'
            f'<div class="view view-{view_id.replace("_", "-")} view-id-{view_id} view-display-id-page_1 '
            f'js-view-dom-id-{view_dom_id(view_id + str(n))}">{header}'
            f'<div class="view-content">{rows}</div>{full_pager(n, total)}'
            '<a href="/rss.xml" class="feed-icon">Đăng ký nhận tin RSS</a>'
            "</div></div></div>"
        )
        head = f'<link rel="canonical" href="{base_url(request)}{canonical}" />\n' if canonical else ""
        return page(request, title=title, content=content, crumbs=crumbs,
                    body_class="path-" + view_id.replace("_", "-"), current=current, head=head,
                    settings_path=settings_path)

    def news(self, request: Request) -> Response:
        return self.listing(request, title="Tin tức", items=ORDERED, per=5, view_id="tin_tuc",
                            crumbs=[("Trang chủ", "/"), ("Tin tức", None)], current="/tin-tuc",
                            canonical="/tin-tuc", settings_path="tin-tuc")

    def term(self, request: Request, cat: Cat) -> Response:
        items = [s for s in ORDERED if s.cat == cat.key]
        header = (
            f'<div class="view-header"><div id="taxonomy-term-{cat.tid}" class="taxonomy-term vocabulary-chuyen-muc">'
            '<div class="content"><div class="text-content clearfix field field--name-description '
            f'field--type-text-long field--label-hidden field__item"><p>{esc(cat.blurb)}</p></div></div></div></div>'
        )
        return self.listing(request, title=cat.name, items=items, per=4, view_id="taxonomy_term",
                            crumbs=[("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (cat.name, None)],
                            current="/tin-tuc", header=header, canonical=cat.path,
                            settings_path=f"taxonomy\\/term\\/{cat.tid}")

    def tag(self, request: Request, key: str) -> Response:
        items = [s for s in ORDERED if key in s.opts.get("tags", [])]
        return self.listing(request, title=TAGS[key], items=items, per=10, view_id="taxonomy_term",
                            crumbs=[("Trang chủ", "/"), ("Từ khóa", None), (TAGS[key], None)],
                            current="", canonical=f"/tu-khoa/{key}")

    # -- documents, album, pages -------------------------------------------------------------------

    def documents(self, request: Request) -> Response:
        rows = "".join(
            f'<tr><td class="views-field views-field-field-so-ky-hieu"><a href="/van-ban/{d.alias}" hreflang="vi">'
            f'{esc(d.so)}</a></td><td class="views-field views-field-field-ngay-ban-hanh"><time datetime="'
            f'{d.issued[6:]}-{d.issued[3:5]}-{d.issued[:2]}T12:00:00Z">{d.issued}</time></td>'
            f'<td class="views-field views-field-title">{esc(d.title)}</td></tr>'
            for d in DOCS
        )
        content = (
            '<div id="block-lamdong-olivero-content" class="block block-system block-system-main-block">'
            '<div class="views-element-container"><div class="view view-van-ban view-id-van_ban view-display-id-page_1">'
            '<div class="view-content"><table class="views-table views-view-table cols-3"><thead><tr>'
            '<th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></div></div></div></div>"
        )
        return page(request, title="Văn bản", content=content,
                    crumbs=[("Trang chủ", "/"), ("Văn bản", None)], body_class="path-van-ban",
                    current="/van-ban", settings_path="van-ban")

    def document(self, request: Request, doc: Doc) -> Response:
        def fld(name: str, label: str, value: str) -> str:
            return (
                f'<div class="field field--name-field-{name} field--type-string field--label-inline clearfix">'
                f'<div class="field__label">{label}</div><div class="field__item">{value}</div></div>'
            )

        body = (
            fld("so-ky-hieu", "Số/Ký hiệu", esc(doc.so))
            + fld("ngay-ban-hanh", "Ngày ban hành", doc.issued)
            + fld("loai-van-ban", "Loại văn bản", esc(doc.kind))
            + fld("linh-vuc", "Lĩnh vực", esc(doc.field))
            + fld("co-quan", "Cơ quan ban hành", "Sở Giáo dục và Đào tạo")
            + fld("nguoi-ky", "Người ký", esc(doc.signer))
            + '<div class="text-content clearfix field field--name-body field--type-text-with-summary '
            f'field--label-above"><div class="field__label">Trích yếu</div><div class="field__item"><p>{esc(doc.title)}</p></div></div>'
            + '<div class="field field--name-field-tep-van-ban field--type-file field--label-above">'
            '<div class="field__label">Tệp đính kèm</div><div class="field__item"><span class="file file--mime-application-pdf">'
            f'<a href="{FILES}/{quote(doc.file)}" type="application/pdf">{esc(doc.file.split("/")[-1])}</a></span></div></div>'
        )
        content = (
            '<div id="block-lamdong-olivero-content" class="block block-system block-system-main-block">'
            f'<article data-history-node-id="{doc.nid}" role="article" about="/van-ban/{doc.alias}" '
            f'class="node node--type-van-ban node--view-mode-full"><div class="node__content">{body}</div></article></div>'
        )
        title = f"{doc.kind} số {doc.so}"
        head = (
            f'<link rel="canonical" href="{base_url(request)}/van-ban/{doc.alias}" />\n'
            f'<link rel="shortlink" href="{base_url(request)}/node/{doc.nid}" />\n'
        )
        return page(request, title=title, content=content,
                    crumbs=[("Trang chủ", "/"), ("Văn bản", "/van-ban"), (title, None)],
                    body_class="path-node page-node-type-van-ban", current="/van-ban", head=head,
                    h1_field=True, settings_path=f"node\\/{doc.nid}")

    def albums(self, request: Request) -> Response:
        content = (
            '<div id="block-lamdong-olivero-content" class="block block-system block-system-main-block">'
            '<div class="views-element-container"><div class="view view-thu-vien-anh view-id-thu_vien_anh">'
            '<div class="view-content"><div class="views-view-grid horizontal cols-3 clearfix"><div class="views-row">'
            f'<div class="views-col col-1"><a href="{ALBUM_PATH}"><img src="{esc(styled("medium", "2026-11/album/" + ALBUM_PICS[0]))}" '
            'width="220" height="147" alt="" /></a><div class="views-field views-field-title">'
            f'<a href="{ALBUM_PATH}" hreflang="vi">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></div></div>'
            "</div></div></div></div></div></div>"
        )
        return page(request, title="Thư viện ảnh", content=content,
                    crumbs=[("Trang chủ", "/"), ("Thư viện ảnh", None)], body_class="path-thu-vien-anh",
                    current="/thu-vien-anh", settings_path="thu-vien-anh")

    def album(self, request: Request) -> Response:
        pics = "".join(
            f'<div class="field__item"><a href="{FILES}/2026-11/album/{p}" class="colorbox" '
            f'data-colorbox-gallery="gallery-node-{ALBUM_NID}-field_anh"><img src="{esc(styled("medium", "2026-11/album/" + p))}" '
            'width="220" height="147" alt="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam" loading="lazy" /></a></div>'
            for p in ALBUM_PICS
        )
        content = (
            '<div id="block-lamdong-olivero-content" class="block block-system block-system-main-block">'
            f'<article data-history-node-id="{ALBUM_NID}" role="article" about="{ALBUM_PATH}" '
            'class="node node--type-album node--view-mode-full"><div class="node__content">'
            '<div class="text-content clearfix field field--name-body"><p>Một số hình ảnh tại Lễ kỷ niệm 44 năm '
            "Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu vùng khó khăn, ngày 19/11/2026.</p></div>"
            f'<div class="field field--name-field-anh field--type-image field--label-hidden field__items">{pics}</div>'
            "</div></article></div>"
        )
        return page(request, title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", content=content,
                    crumbs=[("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh"),
                            ("Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", None)],
                    body_class="path-node page-node-type-album", current="/thu-vien-anh", h1_field=True,
                    settings_path=f"node\\/{ALBUM_NID}")

    def intro(self, request: Request) -> Response:
        body = "".join(f"<p>{esc(p)}</p>" for p in INTRO)
        content = (
            '<div id="block-lamdong-olivero-content" class="block block-system block-system-main-block">'
            '<article data-history-node-id="12" role="article" about="/gioi-thieu" class="node node--type-page '
            'node--view-mode-full"><div class="node__content"><div class="text-content clearfix field field--name-body '
            f'field--type-text-with-summary field--label-hidden field__item">{body}</div></div></article></div>'
        )
        return page(request, title="Giới thiệu chung", content=content,
                    crumbs=[("Trang chủ", "/"), ("Giới thiệu chung", None)],
                    body_class="path-node page-node-type-page", current="/gioi-thieu", h1_field=True,
                    settings_path="node\\/12")

    def contact(self, request: Request) -> Response:
        content = (
            '<div id="block-lamdong-olivero-content" class="block block-system block-system-main-block">'
            '<div class="lienhe-thongtin"><p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÂM ĐỒNG</strong></p>'
            "<p>Địa chỉ: Số 36 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng</p>"
            "<p>Điện thoại: 0263.3822.124 - Email: vanphong@lamdong.edu.vn</p></div>"
            '<form class="contact-message-feedback-form contact-message-form contact-form" '
            'data-drupal-selector="contact-message-feedback-form" action="/lien-he" method="post" '
            'id="contact-message-feedback-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item"><label for="edit-name" class="form-item__label js-form-required '
            'form-required">Họ và tên</label><input type="text" id="edit-name" name="name" size="60" maxlength="255" '
            'class="form-text required form-element" required="required" /></div>'
            '<div class="js-form-item form-item"><label for="edit-mail" class="form-item__label">Email</label>'
            '<input type="email" id="edit-mail" name="mail" size="60" class="form-email required form-element" /></div>'
            '<div class="js-form-item form-item"><label for="edit-subject-0-value" class="form-item__label">Tiêu đề</label>'
            '<input type="text" id="edit-subject-0-value" name="subject[0][value]" size="60" class="form-text" /></div>'
            '<div class="js-form-item form-item"><label for="edit-message-0-value" class="form-item__label">Nội dung</label>'
            '<textarea id="edit-message-0-value" name="message[0][value]" rows="12" cols="60" class="form-textarea"></textarea></div>'
            '<input type="hidden" name="form_id" value="contact_message_feedback_form" />'
            '<div class="form-actions"><input type="submit" id="edit-submit" name="op" value="Gửi" '
            'class="button button--primary js-form-submit form-submit" /></div></form></div>'
        )
        return page(request, title="Liên hệ", content=content,
                    crumbs=[("Trang chủ", "/"), ("Liên hệ", None)], body_class="path-contact",
                    current="/lien-he", settings_path="contact\\/feedback")

    def login(self, request: Request) -> Response:
        content = (
            '<div id="block-lamdong-olivero-content" class="block block-system block-system-main-block">'
            '<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login" method="post" '
            'id="user-login-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-name">'
            'Tên đăng nhập</label><input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" '
            'type="text" id="edit-name" name="name" size="60" maxlength="60" class="form-text required" /></div>'
            '<div class="js-form-item form-item"><label for="edit-pass">Mật khẩu</label><input type="password" '
            'id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" /></div>'
            '<input type="hidden" name="form_id" value="user_login_form" /><div class="form-actions">'
            '<input type="submit" id="edit-submit" name="op" value="Đăng nhập" class="button js-form-submit form-submit" />'
            "</div></form></div>"
        )
        return page(request, title="Đăng nhập", content=content,
                    crumbs=[("Trang chủ", "/"), ("Tài khoản", None)], body_class="path-user",
                    sidebar_on=False, settings_path="user\\/login")

    def search(self, request: Request) -> Response:
        keys = request.params.get("keys", "")
        found = [s for s in ORDERED if keys and keys.lower() in s.title.lower()][:10]
        rows = "".join(
            f'<li class="search-result"><h3 class="search-result__title"><a href="{story_path(s)}">{esc(s.title)}</a>'
            f'</h3><div class="search-result__snippet-info"><p class="search-result__snippet">{esc(teaser_text(s))}</p></div></li>'
            for s in found
        )
        result = (
            f'<h2>Kết quả tìm kiếm</h2><ol class="search-results node_search-results">{rows}</ol>'
            if rows
            else '<h3>Không tìm thấy kết quả.</h3><p>Vui lòng nhập từ khóa khác.</p>'
            if keys
            else "<p>Nhập từ khóa để tìm kiếm.</p>"
        )
        content = (
            '<div id="block-lamdong-olivero-content" class="block block-system block-system-main-block">'
            '<form class="search-form" action="/search/node" method="get" accept-charset="UTF-8">'
            f'<input type="search" name="keys" value="{esc(keys)}" size="30" maxlength="255" class="form-search" />'
            '<input type="submit" value="Tìm kiếm" class="button js-form-submit form-submit" /></form>'
            f"{result}</div>"
        )
        return page(request, title="Tìm kiếm", content=content,
                    crumbs=[("Trang chủ", "/"), ("Tìm kiếm", None)], body_class="path-search",
                    settings_path="search\\/node")

    def rss(self, request: Request) -> Response:
        base = base_url(request)
        items = []
        for s in ORDERED[:10]:
            when = created_dt(s)
            items.append(
                f"<item><title>{esc(s.title)}</title><link>{base}{story_path(s)}</link>"
                f"<description>{esc('<p>' + esc(teaser_text(s)) + '</p>')}</description>"
                f"<pubDate>{when:%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
                f"<dc:creator>{s.opts.get('account', 'admin')}</dc:creator>"
                f'<guid isPermaLink="false">{s.id} at {base}</guid></item>'
            )
        xml = (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<rss version="2.0" xml:base="' + base + '/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:atom="http://www.w3.org/2005/Atom">'
            f"<channel><title>{esc(SITE)}</title><link>{base}/</link><description></description>"
            "<language>vi</language>" + "".join(items) + "</channel></rss>"
        )
        return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


ACCOUNTS = {"bientap01": 12, "bientap02": 14, "vanphong": 9}

# --- comments of a3 ------------------------------------------------------------------------------

COMMENTS = [
    (312, "Nguyễn Thị Lan", "Chúc mừng các thầy cô", "2026-12-02 11:05",
     "Chúc mừng các thầy cô đã đạt danh hiệu giáo viên dạy giỏi. Mong Sở sớm chia sẻ các tiết dạy "
     "minh họa để giáo viên các trường khác học hỏi."),
    (315, "Trần Quốc Bảo", "Đề nghị công bố danh sách", "2026-12-02 15:47",
     "Đề nghị Ban biên tập đăng kèm danh sách chi tiết 58 giáo viên theo từng trường."),
    (320, "Phụ huynh Bảo Lộc", "Cảm ơn", "2026-12-03 20:14",
     "Con tôi được học cô giáo vừa đạt giải, cô dạy rất nhiệt tình. Xin cảm ơn các thầy cô."),
]
COMMENTS_PER_PAGE = 2
COMMENT_PAGE = {cid: n // COMMENTS_PER_PAGE for n, (cid, *_rest) in enumerate(COMMENTS)}


def comments_section(story: Story, page_n: int) -> str:
    shown, total = chunk(COMMENTS, COMMENTS_PER_PAGE, page_n)
    arts = []
    for cid, name, subject, when, body in shown:
        dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
        arts.append(
            f'<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous">'
            f'<span class="hidden" data-comment-timestamp="{int(dt.timestamp())}"></span>'
            '<div class="comment__picture-wrapper"><div class="comment__picture">'
            f'<img src="{THEME}/images/avatar-an-danh.png" alt="" width="48" height="48" /></div></div>'
            '<div class="comment__text-wrapper"><footer class="comment__meta">'
            f'<p class="comment__author"><span lang="">{esc(name)}</span> (chưa xác thực)</p>'
            f'<p class="comment__time">{d_medium(dt)}</p></footer>'
            '<div class="comment__content"><h3><a href="/comment/'
            f'{cid}#comment-{cid}" class="permalink" rel="bookmark" hreflang="vi">{esc(subject)}</a></h3>'
            '<div class="text-content clearfix field field--name-comment-body field--type-text-long '
            f'field--label-hidden field__item"><p>{esc(body)}</p></div></div></div></article>'
        )
    pager = ""
    if total > 1:
        parts = []
        if page_n > 0:
            parts.append(f'<li class="pager__item pager__item--previous"><a href="?page={page_n - 1}" rel="prev" class="pager__link">‹ Ý kiến mới hơn</a></li>')
        if page_n < total - 1:
            parts.append(f'<li class="pager__item pager__item--next"><a href="?page={page_n + 1}" rel="next" class="pager__link">Ý kiến cũ hơn ›</a></li>')
        pager = '<nav class="pager" role="navigation"><ul class="pager__items js-pager__items">' + "".join(parts) + "</ul></nav>"
    form = (
        '<div class="comment-form__title"><h2 class="add-comment__heading">Gửi ý kiến của bạn</h2></div>'
        f'<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{story.id}/comment" '
        'method="post" id="comment-form" accept-charset="UTF-8">'
        '<div class="js-form-item form-item"><label for="edit-name" class="form-item__label">Họ và tên</label>'
        '<input data-drupal-default-value="Khách" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
        '<div class="js-form-item form-item"><label for="edit-mail" class="form-item__label">Email</label>'
        '<input type="email" id="edit-mail" name="mail" value="" size="30" maxlength="64" class="form-email" />'
        '<div class="form-item__description">Nội dung này được giữ kín và không hiển thị công khai.</div></div>'
        '<div class="js-form-item form-item"><label for="edit-comment-body-0-value" class="form-item__label form-required">Ý kiến</label>'
        '<textarea id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required"></textarea></div>'
        '<input type="hidden" name="form_id" value="comment_comment_form" />'
        '<div class="form-actions"><input type="submit" id="edit-submit--2" name="op" value="Gửi ý kiến" '
        'class="button button--primary js-form-submit form-submit" /></div></form>'
    )
    return (
        '<section data-drupal-selector="comments" class="comments">'
        f'<h2 class="comments__title">Ý kiến bạn đọc <span class="comments__count">{len(COMMENTS)}</span></h2>'
        + "".join(arts)
        + pager
        + form
        + "</section>"
    )


def related_block(story: Story) -> str:
    others = [s for s in ORDERED if s.cat == story.cat and s is not story][:3]
    if not others:
        return ""
    lis = "".join(
        f'<li><div class="views-field views-field-title"><span class="field-content"><a href="{story_path(s)}" '
        f'hreflang="vi">{esc(s.title)}</a></span></div><div class="views-field views-field-created">'
        f'<span class="field-content">({created_dt(s):%m/%d/%Y})</span></div></li>'
        for s in others
    )
    return (
        '<div class="views-element-container block block-views block-views-blocktin-cung-chuyen-muc-block-1" '
        'id="block-lamdong-olivero-views-block-tin-cung-chuyen-muc">'
        '<h2 class="block__title">Tin cùng chuyên mục</h2><div><div class="view view-tin-cung-chuyen-muc '
        'view-id-tin_cung_chuyen_muc view-display-id-block_1"><div class="view-content"><div class="item-list">'
        f'<ul class="ds-tinkhac">{lis}</ul></div></div></div></div></div>'
    )


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------------


def _gold(story: Story, extra_alts: list[str] | None = None) -> dict:
    path = story_path(story)
    alts = [] if not story.slug else [f"/node/{story.id}"]
    alts += extra_alts or []
    return gold_record(story, path, CATS[story.cat].name, canonical_path=path, alt_paths=alts)


_A3_PATH = story_path(A3)

GOLD = [
    _gold(A1),
    _gold(A2),
    _gold(
        A3,
        [
            f"{_A3_PATH}?page=0",
            f"{_A3_PATH}?page=1",
            "/comment/312",
            "/comment/315",
            "/comment/320",
            # the comment pager's links are relative ("?page=1"): on a permalink they stay on it
            "/comment/312?page=1",
            "/comment/315?page=1",
            "/comment/320?page=0",
        ],
    ),
    _gold(A4),
    _gold(A5),
    _gold(A6, [OLD_A6]),
    _gold(A7),
    _gold(A8),
    _gold(A9),
    _gold(A10),
    _gold(A11),
    _gold(A12),
    _gold(A13),
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    ALBUM_PATH,
    *DOC_BY_ALIAS,
]
