"""Sở GD&ĐT tỉnh Tuyên Quang on Drupal 7 / OpenPublic (Panels + Views, Omega subtheme).

Platform
--------
A provincial education department's portal built on the OpenPublic distribution of Drupal 7:
pages are Panels layouts (``panel-pane`` wrappers), lists are Views with Drupal's zero-based
``?page=N`` pager, node pages carry Drupal's RDFa (``property="dc:date dc:created"``), the print
module adds ``/print/<nid>``, pathauto aliases the nodes, and the ``site_alert`` module prints a
site-wide alert block above every page's content. Three content types hold articles: "Tin tức"
(article), "Thông cáo báo chí" (press_release: a date-only "Ngày phát hành" field, no submitted
line) and "Thông báo" (announcement). Clean URLs are on but ``?q=`` still works, as in any D7.

URL scheme
----------
- ``/`` front panel page; its "Thông báo - Thông cáo" pane is the page's *second* pager
  (element 1): ``/?page=0,1``, and its "‹‹" link back is ``/?page=0,0``.
- ``/tin-tuc`` all news (5 a page, ``?page=1`` = trang 2); ``/chuyen-muc/<term>`` a category
  (3 a page); ``/thong-bao``, ``/thong-cao-bao-chi`` the two other types; ``/tu-khoa/<tag>``.
- nodes: ``/tin-tuc/<slug>``, ``/thong-bao/<slug>``, ``/thong-cao-bao-chi/<slug>`` (aliases),
  the same node at ``/node/<nid>``, ``/index.php?q=node/<nid>``, ``/?q=node/<nid>``; print view
  ``/print/<nid>``.
- not articles: ``/gioi-thieu/...``, ``/lien-he``, ``/van-ban`` + ``/van-ban/<slug>``,
  ``/thu-vien-anh`` + album, ``/video`` + clip, ``/lich-cong-tac/tuan-49-2026``.
- images under ``/sites/default/files/...`` (image styles with ``?itok=``), theme files under
  ``/sites/all/themes/sgddt/``; PDFs under ``/sites/default/files/van-ban/``.

Page templates
--------------
Every page: skip link, header (logo, site name, today's date "Thứ Bảy, 05/12/2026", search
form posting to the page), the site alert block, nice_menus drop-down main menu, breadcrumb,
content region, sidebar (Tin đọc nhiều, Văn bản mới, Lịch công tác, poll, Liên kết website
select, visitor counter), footer. Node page: breadcrumb pane, title pane (``h1#page-title``),
node-content pane (submitted line / release-date field, lead-image field, body field, author
field, category and tag fields, attachments table, links with "Bản in" and the view count),
share pane, and a "Tin mới cập nhật" pane (five newest nodes site-wide, with dates).

How each gold article is reached
--------------------------------
- front page "Tin tức - Sự kiện" pane: 2841, 2838, 2835, 2819, 2812; "Tin nổi bật" custom
  block (hand-typed ``/node/<nid>`` links): 2841, 2838, 2807.
- front "Thông báo - Thông cáo" pane page 1: 2830, 2826; page 2 (``/?page=0,1``): 2774, 2761.
- ``/tin-tuc?page=1`` (trang 2): 2807, 2790, 2799, 2748; ``/chuyen-muc/tin-hoat-dong-nganh
  ?page=1``: 2790, 2748 — these two are reached *only* through a page 2.
- ``/thong-bao``: 2826, 2761; ``/thong-cao-bao-chi``: 2830, 2774; category pages for the rest.
- 2812 also from a body "Xem thêm" link written as ``/index.php?q=node/2812``.

Traps
-----
1. Site-wide alert block (``site_alert``) above the title on every page, a holiday notice
   with a date and a "Xem chi tiết" link: chrome, never body, its date never a publication
   date.
2. One node, many URLs: alias, ``/node/<nid>`` (linked from the hand-made "Tin nổi bật"
   block), ``/index.php?q=node/2812`` (an old link in a body), ``/print/<nid>`` (linked from
   every node). Gold: one record at the alias (``rel=canonical``), the others in alt_paths.
3. Two pagers on one panel page: the front page's notice pane pages with ``?page=0,1`` and goes
   back with ``?page=0,0`` (a duplicate of ``/``); Views pagers are zero-based (``?page=1`` is
   "2"). 2790 and 2748 are only on page 2 of their listings; 2774 and 2761 are on the front
   page only through ``?page=0,1``.
4. Press releases print only a date-only field "Ngày phát hành: 02/12/2026", while Drupal's
   hidden RDFa span carries the node's creation ``2026-12-04T08:05:37+07:00`` (entered two
   days later). Gold: the printed release day "2026-12-02" (same rule for 2774: "2026-10-30").
5. Letterhead announcement 2826: the node says "Gửi bởi vanthu vào Thứ ba, 01/12/2026 - 08:15",
   the document says "Tuyên Quang, ngày 30 tháng 11 năm 2026". Gold: "2026-11-30"; letterhead,
   "THÔNG BÁO / Về việc …", "Nơi nhận" and the signature block are not body; the signer
   "Hoàng Thị Thanh Hà" is the author, not "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC".
6. Bylines of every kind: "Gửi bởi quantri/bientap01/vanthu" are CMS accounts (nobody);
   "Tin, ảnh: Phạm Quang Vinh" (both lists); "Tin: Lương Thu Trang - Ảnh: Triệu Văn Lâm";
   an author field "ThS. Đỗ Mạnh Cường - Phó Trưởng phòng …" in Word markup -> "Đỗ Mạnh Cường";
   "Lò Thị Huyền - Phòng GDMN" -> "Lò Thị Huyền"; "Thào Mí Sử (Trường PTDTNT …)" -> "Thào Mí
   Sử"; units signing alone ("Phòng Giáo dục Trung học", "Văn phòng Sở") are the author;
   "BBT" is nobody.
7. Captions in five markups: a layout table's second row (2841: the row is a caption, not a
   table row of the body), ``(…)`` italic lines (parentheses off), Media module divs with a
   credit-only line "Ảnh: Triệu Văn Lâm" (caption None), CKEditor ``figure/figcaption``, and a
   lead image *field* above the body with its own caption div (2799: it is the article's
   first image).
8. Word paste (2819): ``mso-list:Ignore`` markers ("1.", "-") are no text, a typed "- " is;
   ``<o:p>`` spacers; bracketed footnote calls "[1]" stay in the sentence and the
   ``_ftn`` notes after the signature are body; the submitted time is "00:00" -> the day alone.
9. Encodings: 2835's body is CKEditor entity-encoded (``&agrave;``, ``&#7897;``); 2807's body
   was pasted from a Mac in NFD. Gold text is NFC.
10. Text boundaries: after the body come an author field, "Chuyên mục"/"Từ khóa" fields, a
    "Tập tin đính kèm" table, a press-contact field, "Bản in · 214 lượt xem" links, a share
    bar and "Tin mới cập nhật" with dates; inside 2807 a "Xem thêm: <link>" line. None is body.
11. "Cập nhật lần cuối: Thứ năm, 15/10/2026 - 08:02" under 2748: an update date, not the
    publication date (2026-10-09T10:30).
12. Metatag prints a meta description on every node: not a sapo. Sapos only where printed:
    bold lead paragraphs (2841, 2790) and the press release's "Tóm tắt" field (2830, outside
    the body field, so the body's first paragraph).

Gold decisions on ambiguous points
----------------------------------
- Category: the breadcrumb's last crumb — the taxonomy term for news ("Tin hoạt động ngành"
  …), the content type's listing for the others ("Thông báo", "Thông cáo báo chí").
- The press-contact field under a press release ("Đầu mối liên hệ báo chí: …") is a labelled
  field like an attachment line: not body.
- Letterhead 2826: the numbered section heads "1. Thời gian nghỉ" are body paragraphs; the
  closing "./." stays in its sentence as printed.
- Results table in 2838: each row a paragraph, the header row too, cells joined by " | ".
- The lead image field's caption div (2799) is the photo's caption.
- Emoji in 2807's text are kept as printed (they end their sentences, they are no bullets).
- Hidden RDFa ``dc:created`` is not printed: a press release's date is its printed release day.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from urllib.parse import quote

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
    static_file,
    text,
)

NAME = "drupal7_openpublic_sgddt"
PLATFORM = "Drupal 7 (OpenPublic: Panels, Views ?page=N, print module, site_alert)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang"
SHORT_NAME = "Sở GD&ĐT Tuyên Quang"
PROD_HOST = "http://sgddt.tuyenquang.gov.vn"
FILES = "/sites/default/files"
THEME = "/sites/all/themes/sgddt"

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

CATS = {
    "tin-hoat-dong-nganh": "Tin hoạt động ngành",
    "giao-duc-mam-non": "Giáo dục Mầm non",
    "giao-duc-pho-thong": "Giáo dục phổ thông",
    "khao-thi-kiem-dinh": "Khảo thí - Kiểm định",
}
TAGS = {"chuyen-doi-so": "Chuyển đổi số", "hoc-sinh-gioi": "Học sinh giỏi"}
NODE_TYPES = {"tin": "article", "tb": "thong-bao", "tcbc": "press-release"}
TYPE_LIST = {"tb": ("/thong-bao", "Thông báo"), "tcbc": ("/thong-cao-bao-chi", "Thông cáo báo chí")}


_ITOK_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789-_"


def _itok(seed: str) -> str:
    raw = hashlib.sha1(seed.encode()).digest()
    return "".join(_ITOK_ALPHABET[b % len(_ITOK_ALPHABET)] for b in raw[:8])


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the thirteen articles ------------------------------------------------------------------

A1 = Story(
    id=2841,
    slug="hoi-nghi-trien-khai-nhiem-vu-trong-tam-thang-12-nam-2026",
    title="Hội nghị triển khai nhiệm vụ trọng tâm tháng 12 năm 2026",
    cat="tin-hoat-dong-nganh",
    published_at="2026-12-04T16:20:00+07:00",
    summary=(
        "Chiều ngày 04/12/2026, Sở Giáo dục và Đào tạo (GD&ĐT) tổ chức Hội nghị giao ban trực tuyến "
        "đánh giá kết quả thực hiện nhiệm vụ tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12 năm "
        "2026. Đồng chí Nguyễn Văn Sơn, Giám đốc Sở GD&ĐT chủ trì hội nghị."
    ),
    blocks=[
        P(
            "Chiều ngày 04/12/2026, Sở Giáo dục và Đào tạo (GD&ĐT) tổ chức Hội nghị giao ban trực tuyến "
            "đánh giá kết quả thực hiện nhiệm vụ tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12 năm "
            "2026. Đồng chí Nguyễn Văn Sơn, Giám đốc Sở GD&ĐT chủ trì hội nghị.",
            "lead",
        ),
        Img(
            f"{FILES}/tin-tuc/2026/12/hoi-nghi-giao-ban-t12-01.jpg",
            "Đồng chí Nguyễn Văn Sơn, Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại Hội nghị",
            "Đồng chí Nguyễn Văn Sơn, Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại Hội nghị",
            "table",
        ),
        P(
            "Hội nghị được kết nối trực tuyến tới 124 điểm cầu tại các trường THPT, trường phổ thông dân "
            "tộc nội trú và Ủy ban nhân dân các xã, phường trên địa bàn tỉnh, với sự tham dự của hơn "
            "1.500 đại biểu."
        ),
        P(
            "Theo báo cáo, trong tháng 11, toàn ngành đã tổ chức thành công các hoạt động kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam; hoàn thành Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 với 742 thí "
            "sinh dự thi; tiếp tục rà soát, sắp xếp mạng lưới trường, lớp học phù hợp với mô hình chính "
            "quyền địa phương hai cấp."
        ),
        P("Tập trung chuẩn bị kiểm tra cuối học kỳ I", "h3"),
        P("Về nhiệm vụ tháng 12, Giám đốc Sở yêu cầu các đơn vị tập trung thực hiện tốt một số nội dung:"),
        P(
            "Tổ chức kiểm tra, đánh giá cuối học kỳ I nghiêm túc, đúng quy chế, bảo đảm khách quan, "
            "công bằng;",
            "li",
        ),
        P("Chủ động phương án phòng, chống rét cho học sinh bán trú, nội trú ở các xã vùng cao;", "li"),
        P(
            "Đẩy mạnh chuyển đổi số, cập nhật đầy đủ dữ liệu vào cơ sở dữ liệu ngành trước ngày "
            "25/12/2026.",
            "li",
        ),
        Img(
            f"{FILES}/tin-tuc/2026/12/hoi-nghi-giao-ban-t12-02.jpg",
            "Quang cảnh Hội nghị tại điểm cầu Sở GD&ĐT",
            "Quang cảnh Hội nghị tại điểm cầu Sở GD&ĐT",
            "table",
        ),
        P(
            "Đồng chí cũng lưu ý các nhà trường quan tâm chăm lo đời sống giáo viên, học sinh dịp cuối "
            "năm, kịp thời động viên, hỗ trợ học sinh có hoàn cảnh khó khăn."
        ),
        _right("<strong>Tin, ảnh: Phạm Quang Vinh</strong>"),
    ],
    authors=["Phạm Quang Vinh"],
    photographers=["Phạm Quang Vinh"],
    opts={"type": "tin", "when": "2026-12-04 16:20", "user": "quantri", "tags": ["chuyen-doi-so"],
          "views": 214},
)

A2 = Story(
    id=2838,
    slug="tuyen-quang-co-126-hoc-sinh-dat-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
    title=(
        "Tuyên Quang có 126 học sinh đạt giải Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học "
        "2026 - 2027"
    ),
    cat="giao-duc-pho-thong",
    published_at="2026-12-03T09:45:00+07:00",
    blocks=[
        P(
            "Sở GD&ĐT vừa công bố kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - "
            "2027. Toàn tỉnh có 126/742 thí sinh đạt giải, chiếm tỷ lệ 16,98%."
        ),
        Img(f"{FILES}/tin-tuc/2026/12/hsg-lop12-2026.jpg", None, None, "plain"),
        P(
            "Kỳ thi được tổ chức trong hai ngày 18 và 19/11/2026 tại Trường THPT Chuyên Tuyên Quang và "
            "Trường THPT Chuyên Hà Giang với 10 môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ "
            "văn, Lịch sử, Địa lí, Tiếng Anh và Giáo dục kinh tế và pháp luật."
        ),
        P("Kết quả cụ thể như sau:"),
        P("Môn thi | Số dự thi | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "th"),
        P("Toán | 86 | 1 | 4 | 5 | 6", "tr"),
        P("Ngữ văn | 92 | 1 | 3 | 6 | 5", "tr"),
        P("Tiếng Anh | 104 | 2 | 4 | 5 | 6", "tr"),
        P("Các môn còn lại | 460 | 5 | 20 | 24 | 29", "tr"),
        P("Tổng cộng | 742 | 9 | 31 | 40 | 46", "tr"),
        P(
            "Trường THPT Chuyên Tuyên Quang dẫn đầu toàn tỉnh với 41 giải, trong đó có 6 giải Nhất. Đây "
            "là cơ sở để Sở GD&ĐT lựa chọn, thành lập đội tuyển tham dự Kỳ thi chọn học sinh giỏi quốc "
            "gia THPT năm 2027."
        ),
        _right("<strong>Phòng Giáo dục Trung học</strong>"),
    ],
    authors=["Phòng Giáo dục Trung học"],
    opts={"type": "tin", "when": "2026-12-03 09:45", "user": "bientap01", "tags": ["hoc-sinh-gioi"],
          "views": 1873},
)

A3 = Story(
    id=2835,
    slug="hoi-thi-giao-vien-day-gioi-cap-hoc-mam-non-tinh-tuyen-quang-nam-hoc-2026-2027",
    title="Hội thi “Giáo viên dạy giỏi” cấp học mầm non tỉnh Tuyên Quang năm học 2026 – 2027",
    cat="giao-duc-mam-non",
    published_at="2026-12-02T14:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 30/11 đến ngày 02/12/2026, tại Trường Mầm non Hoa Sen (phường Minh Xuân), Sở GD&ĐT "
            "tổ chức Hội thi “Giáo viên dạy giỏi” cấp học mầm non năm học 2026 – 2027."
        ),
        P(
            "Tham gia hội thi có 68 giáo viên đến từ 34 trường mầm non trong toàn tỉnh. Mỗi giáo viên "
            "thực hiện hai phần thi: trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ và "
            "thực hành tổ chức hoạt động giáo dục trẻ tại lớp."
        ),
        Img(
            f"{FILES}/tin-tuc/2026/12/gvdg-mam-non-01.jpg",
            "(Giáo viên Trường Mầm non Sơn Dương tổ chức hoạt động khám phá cho trẻ 5 - 6 tuổi)",
            "Giáo viên Trường Mầm non Sơn Dương tổ chức hoạt động khám phá cho trẻ 5 - 6 tuổi",
            "paren",
        ),
        P("Kết quả, Ban Tổ chức đã công nhận 52 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh.", "br"),
        P("Trong đó có 12 giáo viên được tặng Giấy khen của Giám đốc Sở GD&ĐT vì có thành tích xuất sắc."),
        P(
            "Hội thi là dịp để giáo viên mầm non giao lưu, học hỏi kinh nghiệm, đồng thời góp phần thực "
            "hiện hiệu quả Chương trình Giáo dục mầm non theo hướng lấy trẻ làm trung tâm."
        ),
        Img(
            f"{FILES}/tin-tuc/2026/12/gvdg-mam-non-02.jpg",
            "(Ban Giám khảo trao giải cho các giáo viên đạt thành tích cao)",
            "Ban Giám khảo trao giải cho các giáo viên đạt thành tích cao",
            "paren",
        ),
    ],
    authors=["Lò Thị Huyền"],
    opts={"type": "tin", "when": "2026-12-02 14:00", "user": "phonggdmn", "enc": "entities",
          "author_field": "Lò Thị Huyền - Phòng GDMN", "views": 655},
)

A4 = Story(
    id=2830,
    slug="thong-cao-bao-chi-ve-ngay-hoi-chuyen-doi-so-nganh-giao-duc-tinh-tuyen-quang-nam-2026",
    title="Thông cáo báo chí về Ngày hội Chuyển đổi số ngành Giáo dục tỉnh Tuyên Quang năm 2026",
    cat="tcbc",
    published_at="2026-12-02",
    summary=(
        "Ngày 12/12/2026, Sở GD&ĐT tỉnh Tuyên Quang tổ chức Ngày hội Chuyển đổi số ngành Giáo dục "
        "năm 2026 với chủ đề “Dữ liệu số - Trường học số - Người học số”."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Ngày hội nhằm tuyên truyền, nâng cao nhận thức của cán bộ quản lý, giáo viên, học sinh và "
            "cha mẹ học sinh về vai trò của chuyển đổi số trong đổi mới dạy học; giới thiệu các mô hình, "
            "sản phẩm số tiêu biểu của các nhà trường."
        ),
        P("Các hoạt động chính của Ngày hội gồm:"),
        P("Triển lãm 40 gian trưng bày sản phẩm, học liệu số của các cơ sở giáo dục;", "li"),
        P("Tọa đàm “Ứng dụng trí tuệ nhân tạo trong dạy học - cơ hội và thách thức”;", "li"),
        P(
            "Cuộc thi “Học sinh với an toàn thông tin trên không gian mạng” dành cho học sinh THCS, THPT.",
            "li",
        ),
        P(
            "Ngày hội diễn ra từ 7 giờ 30 phút đến 17 giờ ngày 12/12/2026 tại Nhà Văn hóa tỉnh Tuyên "
            "Quang. Sở GD&ĐT trân trọng kính mời các cơ quan báo chí đến dự và đưa tin."
        ),
    ],
    opts={"type": "tcbc", "release": "2026-12-02", "created": "2026-12-04T08:05:37+07:00",
          "when": "2026-12-04 08:05", "tags": ["chuyen-doi-so"], "views": 402,
          "contact": "Bà Hà Thị Ngọc Lan - Chánh Văn phòng Sở, điện thoại: 0913.286.457"},
)

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">'
    "<tbody><tr>"
    '<td style="width:40%;text-align:center;vertical-align:top">UBND TỈNH TUYÊN QUANG<br />'
    "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />———<br />Số: 3127/TB-SGDĐT</td>"
    '<td style="width:60%;text-align:center;vertical-align:top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA '
    "VIỆT NAM</strong><br /><strong>Độc lập - Tự do - Hạnh phúc</strong><br />"
    "———————<br /><em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></td>"
    "</tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
)
_SIGNATURE = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các phòng thuộc Sở;<br />- Các đơn vị trực thuộc;<br />- Cổng TTĐT Sở;<br />- Lưu: VT, VP.</td>"
    '<td style="width:50%;text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br />'
    "PHÓ GIÁM ĐỐC</strong><br /><br /><em>(Đã ký)</em><br /><br />"
    "<strong>Hoàng Thị Thanh Hà</strong></td></tr></tbody></table>"
)

A5 = Story(
    id=2826,
    slug="thong-bao-ve-viec-nghi-tet-duong-lich-nam-2027",
    title="Thông báo về việc nghỉ Tết Dương lịch năm 2027",
    cat="tb",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P("Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;"),
        P(
            "Căn cứ Công văn số 4512/UBND-NC ngày 25/11/2026 của Ủy ban nhân dân tỉnh về việc nghỉ Tết "
            "Dương lịch năm 2027;"
        ),
        P("Sở Giáo dục và Đào tạo thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
        P("1. Thời gian nghỉ", "b"),
        P(
            "Cán bộ, công chức, viên chức, người lao động và học sinh được nghỉ từ thứ Sáu, ngày "
            "01/01/2027 đến hết Chủ nhật, ngày 03/01/2027."
        ),
        P("2. Tổ chức thực hiện", "b"),
        P(
            "Thủ trưởng các đơn vị phân công cán bộ trực, bảo đảm an toàn cơ quan, trường học trong thời "
            "gian nghỉ; thông báo kịp thời cho cha mẹ học sinh; tổ chức dạy bù (nếu có) bảo đảm kế hoạch "
            "thời gian năm học."
        ),
        P(
            "Trong thời gian nghỉ, nếu có vấn đề phát sinh, các đơn vị báo cáo về Sở GD&ĐT (qua Văn phòng "
            "Sở, số điện thoại 0207.3822.615) để được hướng dẫn./."
        ),
        Raw(_SIGNATURE),
    ],
    authors=["Hoàng Thị Thanh Hà"],
    opts={"type": "tb", "when": "2026-12-01 08:15", "user": "vanthu", "views": 3120,
          "attach": ("TB-3127-nghi-tet-duong-lich-2027.pdf", "96.2 KB")},
)


def _mso_span(inner: str) -> str:
    return (
        '<span lang="VI" style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman'
        f'&quot;,serif">{inner}</span>'
    )


A6 = Story(
    id=2819,
    slug="huong-dan-to-chuc-kiem-tra-danh-gia-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027",
    cat="khao-thi-kiem-dinh",
    published_at="2026-11-27",
    blocks=[
        P(
            "Thực hiện Kế hoạch thời gian năm học 2026 - 2027 của Ủy ban nhân dân tỉnh[1], Sở GD&ĐT "
            "hướng dẫn các cơ sở giáo dục trung học tổ chức kiểm tra, đánh giá cuối học kỳ I như sau:",
            "mso",
        ),
        P("I. YÊU CẦU", "msoh"),
        P(
            "Kiểm tra, đánh giá đúng quy định tại Thông tư số 22/2021/TT-BGDĐT[2]; đề kiểm tra bảo đảm "
            "yêu cầu cần đạt của chương trình;",
            "mso:-",
        ),
        P("Tổ chức kiểm tra nghiêm túc, khách quan; không tạo áp lực cho học sinh.", "mso:-"),
        P("II. THỜI GIAN VÀ HÌNH THỨC", "msoh"),
        P("Thời gian kiểm tra: từ ngày 21/12/2026 đến ngày 31/12/2026.", "mso:1."),
        P(
            "Hình thức: kết hợp trắc nghiệm khách quan và tự luận; môn Ngữ văn kiểm tra theo hình thức tự "
            "luận.",
            "mso:2.",
        ),
        P(
            "Các đơn vị hoàn thành nhập điểm trên hệ thống cơ sở dữ liệu ngành trước ngày 10/01/2027.",
            "mso:3.",
        ),
        P("- Hồ sơ kiểm tra lưu tại nhà trường theo quy định.", "mso"),
        Raw('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'),
        Raw(
            '<p align="right" class="MsoNormal" style="text-align:right">'
            + _mso_span("<b>ThS. Đỗ Mạnh Cường</b> - Phó Trưởng phòng Khảo thí và KĐCLGD<o:p></o:p>")
            + "</p>"
        ),
        Raw(
            '<div style="mso-element:footnote-list"><!--[if !supportFootnotes]--><br clear="all" />'
            '<hr align="left" size="1" width="33%" /><!--[endif]-->'
        ),
        P(
            "[1] Quyết định số 1846/QĐ-UBND ngày 15/8/2026 của UBND tỉnh Tuyên Quang ban hành Kế hoạch "
            "thời gian năm học 2026 - 2027.",
            "ftn",
        ),
        P(
            "[2] Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ trưởng Bộ GD&ĐT quy định về đánh giá "
            "học sinh trung học cơ sở và học sinh trung học phổ thông.",
            "ftn",
        ),
        Raw("</div>"),
    ],
    authors=["Đỗ Mạnh Cường"],
    opts={"type": "tin", "when": "2026-11-27 00:00", "user": "quantri", "views": 2466},
)

A7 = Story(
    id=2812,
    slug="thu-truong-bo-gddt-lam-viec-voi-tinh-tuyen-quang-ve-phat-trien-truong-pho-thong-dan-toc-noi-tru",
    title=(
        "Thứ trưởng Bộ GD&ĐT làm việc với tỉnh Tuyên Quang về phát triển hệ thống trường phổ thông "
        "dân tộc nội trú"
    ),
    cat="tin-hoat-dong-nganh",
    published_at="2026-11-24T10:05:00+07:00",
    blocks=[
        P(
            "Sáng 24/11, đoàn công tác của Bộ GD&ĐT do Thứ trưởng Nguyễn Minh Đức làm trưởng đoàn đã có "
            "buổi làm việc với UBND tỉnh Tuyên Quang về tình hình phát triển hệ thống trường phổ thông "
            "dân tộc nội trú và trường phổ thông dân tộc bán trú trên địa bàn."
        ),
        Img(
            f"{FILES}/styles/large/public/tin-tuc/2026/11/thu-truong-lam-viec-01.jpg?itok="
            + _itok("tt1"),
            "Thứ trưởng Nguyễn Minh Đức phát biểu tại buổi làm việc",
            "Thứ trưởng Nguyễn Minh Đức phát biểu tại buổi làm việc",
            "media",
        ),
        P(
            "Báo cáo tại buổi làm việc cho biết, toàn tỉnh hiện có 23 trường phổ thông dân tộc nội trú và "
            "96 trường phổ thông dân tộc bán trú với hơn 41.000 học sinh. Chất lượng giáo dục toàn diện ở "
            "các trường nội trú tiếp tục được nâng lên; tỷ lệ học sinh tốt nghiệp THPT năm 2026 đạt 99,2%."
        ),
        P(
            "Tỉnh đề nghị Bộ GD&ĐT quan tâm hỗ trợ kinh phí đầu tư xây dựng trường phổ thông nội trú liên "
            "cấp tại các xã biên giới theo chủ trương của Bộ Chính trị."
        ),
        Img(
            f"{FILES}/styles/large/public/tin-tuc/2026/11/thu-truong-lam-viec-02.jpg?itok="
            + _itok("tt2"),
            "Ảnh: Triệu Văn Lâm",
            None,
            "media",
        ),
        P(
            "Phát biểu kết luận, Thứ trưởng ghi nhận những nỗ lực của tỉnh, đề nghị địa phương rà soát "
            "quy hoạch mạng lưới trường, ưu tiên bố trí quỹ đất, bảo đảm tiến độ xây dựng các trường nội "
            "trú liên cấp trong năm 2027."
        ),
        _right("<strong>Tin: Lương Thu Trang - Ảnh: Triệu Văn Lâm</strong>"),
    ],
    authors=["Lương Thu Trang"],
    photographers=["Triệu Văn Lâm"],
    opts={"type": "tin", "when": "2026-11-24 10:05", "user": "bientap01", "views": 1290},
)

A8 = Story(
    id=2807,
    slug="truong-ptdtnt-thcs-va-thpt-dong-van-to-chuc-hoat-dong-trai-nghiem-em-yeu-van-hoa-dan-toc",
    title="Trường PTDTNT THCS và THPT Đồng Văn tổ chức hoạt động trải nghiệm “Em yêu văn hóa dân tộc”",
    cat="tin-hoat-dong-nganh",
    published_at="2026-11-20T15:30:00+07:00",
    blocks=[
        P(
            "Nhằm giáo dục học sinh ý thức giữ gìn, phát huy bản sắc văn hóa các dân tộc, ngày 19/11/2026, "
            "Trường PTDTNT THCS và THPT Đồng Văn tổ chức hoạt động trải nghiệm “Em yêu văn hóa dân tộc” "
            "cho hơn 500 học sinh toàn trường."
        ),
        Img(
            f"{FILES}/tin-tuc/2026/11/dong-van-trai-nghiem-01.jpg",
            "Học sinh dân tộc Mông trình diễn trang phục truyền thống",
            "Học sinh dân tộc Mông trình diễn trang phục truyền thống",
            "figure",
        ),
        P(
            "Các em được tham gia trình diễn trang phục truyền thống của dân tộc Mông, Dao, Lô Lô, Giáy; "
            "thi gói bánh chưng đen, làm bánh tam giác mạch và chơi các trò chơi dân gian như ném pao, "
            "đánh quay, kéo co. 🎉"
        ),
        P(
            "Tiết mục múa khèn của nhóm học sinh lớp 11A1 nhận được sự cổ vũ nhiệt tình của thầy cô và "
            "các bạn 🎶"
        ),
        P(
            "Hoạt động góp phần giúp học sinh thêm hiểu, thêm yêu văn hóa quê hương, đồng thời rèn luyện "
            "kỹ năng làm việc nhóm, mạnh dạn, tự tin trong giao tiếp."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/index.php?q=node/2812">Thứ trưởng Bộ GD&amp;ĐT làm '
            "việc với tỉnh Tuyên Quang về phát triển hệ thống trường phổ thông dân tộc nội trú</a></p>"
        ),
        _right("<em>Thào Mí Sử (Trường PTDTNT THCS và THPT Đồng Văn)</em>"),
    ],
    authors=["Thào Mí Sử"],
    opts={"type": "tin", "when": "2026-11-20 15:30", "user": "quantri", "enc": "nfd", "views": 734},
)

A9 = Story(
    id=2799,
    slug="nang-cao-chat-luong-bua-an-ban-tru-cho-tre-mam-non-vung-cao",
    title="Nâng cao chất lượng bữa ăn bán trú cho trẻ mầm non vùng cao",
    cat="giao-duc-mam-non",
    published_at="2026-11-14T08:00:00+07:00",
    blocks=[
        Img(
            f"{FILES}/styles/anh_bai_viet/public/anh-dai-dien/2026/11/bua-an-ban-tru-lung-cu.jpg?itok="
            + _itok("ba"),
            "Giờ ăn trưa của trẻ Trường Mầm non Lũng Cú",
            "Giờ ăn trưa của trẻ Trường Mầm non Lũng Cú",
            "field",
        ),
        P(
            "Theo kế hoạch năm học 2026 - 2027, 100% trường mầm non vùng cao của tỉnh tổ chức bán trú cho "
            "trẻ, bảo đảm mỗi trẻ được ăn ít nhất một bữa chính và một bữa phụ tại trường."
        ),
        P(
            "Tại Trường Mầm non Lũng Cú, nhà trường phối hợp với cha mẹ trẻ xây dựng vườn rau, ao cá để "
            "cải thiện bữa ăn. Mỗi tuần, thực đơn được thay đổi, cân đối dinh dưỡng giữa các nhóm chất."
        ),
        P(
            "Cô giáo Vàng Thị Dính, Hiệu trưởng nhà trường chia sẻ: “Từ khi có vườn rau của trường, các "
            "cháu được ăn rau sạch hằng ngày, tỷ lệ trẻ suy dinh dưỡng giảm rõ rệt so với đầu năm học”.",
            "quote",
        ),
        P(
            "Năm học này, ngành Giáo dục phấn đấu giảm tỷ lệ trẻ suy dinh dưỡng thể thấp còi ở các xã vùng "
            "cao xuống dưới 8%."
        ),
        _right("<strong>Hà Trang</strong>"),
        _right("<em>Theo Báo Tuyên Quang điện tử</em>"),
    ],
    authors=["Hà Trang"],
    source="Báo Tuyên Quang điện tử",
    opts={"type": "tin", "when": "2026-11-14 08:00", "user": "phonggdmn", "views": 588},
)

A10 = Story(
    id=2790,
    slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20111982-20112026",
    title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    cat="tin-hoat-dong-nganh",
    published_at="2026-11-19T17:45:00+07:00",
    summary=(
        "Sáng 19/11/2026, Sở GD&ĐT long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và "
        "tuyên dương nhà giáo tiêu biểu năm 2026."
    ),
    blocks=[
        P(
            "Sáng 19/11/2026, Sở GD&ĐT long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và "
            "tuyên dương nhà giáo tiêu biểu năm 2026.",
            "lead",
        ),
        Img(
            f"{FILES}/tin-tuc/2026/11/ky-niem-20-11-01.jpg",
            "(Các đại biểu dự Lễ kỷ niệm)",
            "Các đại biểu dự Lễ kỷ niệm",
            "paren",
        ),
        P(
            "Dự buổi lễ có đồng chí Ma Thị Hồng Nhung, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành và "
            "hơn 300 nhà giáo tiêu biểu của tỉnh."
        ),
        P(
            "“Dù khó khăn đến đâu cũng phải tiếp tục thi đua dạy thật tốt, học thật tốt.” - Chủ tịch Hồ "
            "Chí Minh",
            "quote",
        ),
        P("Tuyên dương 44 nhà giáo tiêu biểu", "h3"),
        P(
            "Dịp này, Sở GD&ĐT đã tuyên dương 44 nhà giáo tiêu biểu có nhiều đóng góp cho sự nghiệp giáo "
            "dục, trong đó có 18 nhà giáo đang công tác tại các xã đặc biệt khó khăn."
        ),
        Img(
            f"{FILES}/tin-tuc/2026/11/ky-niem-20-11-02.jpg",
            "(Phó Chủ tịch UBND tỉnh trao Bằng khen cho các nhà giáo tiêu biểu)",
            "Phó Chủ tịch UBND tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
            "paren",
        ),
        Img(
            f"{FILES}/tin-tuc/2026/11/ky-niem-20-11-03.jpg",
            "(Tiết mục văn nghệ chào mừng của học sinh Trường THPT Chuyên Tuyên Quang)",
            "Tiết mục văn nghệ chào mừng của học sinh Trường THPT Chuyên Tuyên Quang",
            "paren",
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những nỗ lực của đội ngũ nhà "
            "giáo; đề nghị ngành Giáo dục tiếp tục đổi mới căn bản, toàn diện, xây dựng đội ngũ nhà giáo "
            "đủ về số lượng, đồng bộ về cơ cấu."
        ),
        _right("<strong>BBT</strong>"),
    ],
    opts={"type": "tin", "when": "2026-11-19 17:45", "user": "quantri", "views": 1544},
)

A11 = Story(
    id=2774,
    slug="thong-cao-bao-chi-trien-khai-de-an-tang-cuong-tieng-viet-cho-tre-em-vung-dan-toc-thieu-so",
    title=(
        "Thông cáo báo chí: Triển khai Đề án tăng cường tiếng Việt cho trẻ em vùng dân tộc thiểu số "
        "giai đoạn 2026 - 2030"
    ),
    cat="tcbc",
    published_at="2026-10-30",
    blocks=[
        P(
            "Ngày 29/10/2026, UBND tỉnh Tuyên Quang ban hành Kế hoạch số 268/KH-UBND triển khai Đề án "
            "tăng cường tiếng Việt cho trẻ em mầm non, học sinh tiểu học vùng dân tộc thiểu số giai đoạn "
            "2026 - 2030."
        ),
        P(
            "Mục tiêu đến năm 2030, 100% trẻ em mầm non vùng dân tộc thiểu số được chuẩn bị tiếng Việt "
            "trước khi vào lớp Một; 100% giáo viên dạy lớp ghép, lớp có học sinh dân tộc thiểu số được bồi "
            "dưỡng phương pháp dạy tiếng Việt như ngôn ngữ thứ hai."
        ),
        P(
            "Sở GD&ĐT là cơ quan thường trực, chủ trì phối hợp với các sở, ngành và UBND các xã, phường "
            "tổ chức thực hiện Kế hoạch."
        ),
    ],
    opts={"type": "tcbc", "release": "2026-10-30", "created": "2026-10-30T15:12:09+07:00",
          "when": "2026-10-30 15:12", "views": 377,
          "contact": "Ông Đặng Quốc Việt - Phó Chánh Văn phòng Sở, điện thoại: 0986.155.302"},
)

A12 = Story(
    id=2761,
    slug="thong-bao-thay-doi-so-dien-thoai-duong-day-nong-va-dia-chi-thu-dien-tu",
    title="Thông báo thay đổi số điện thoại đường dây nóng và địa chỉ thư điện tử của Sở GD&ĐT",
    cat="tb",
    published_at="2026-10-22T14:10:00+07:00",
    blocks=[
        P(
            "Để thuận tiện trong việc tiếp nhận, xử lý phản ánh, kiến nghị của tổ chức, cá nhân, Sở GD&ĐT "
            "thông báo thay đổi số điện thoại đường dây nóng và địa chỉ thư điện tử như sau:"
        ),
        P("Số điện thoại đường dây nóng: 0207.3822.615", "br"),
        P("Địa chỉ thư điện tử: sgddt@tuyenquang.gov.vn"),
        P(
            "Các số điện thoại và địa chỉ thư điện tử cũ không còn sử dụng kể từ ngày 01/11/2026. Đề nghị "
            "các cơ quan, đơn vị, cá nhân liên hệ theo số điện thoại và địa chỉ mới."
        ),
        _right("<strong>Văn phòng Sở</strong>"),
    ],
    authors=["Văn phòng Sở"],
    opts={"type": "tb", "when": "2026-10-22 14:10", "user": "vanthu", "views": 961,
          "attach": ("TB-duong-day-nong-2026.pdf", "182.4 KB")},
)

A13 = Story(
    id=2748,
    slug="so-ket-3-nam-thuc-hien-chuong-trinh-phoi-hop-giua-so-gddt-va-tinh-doan-giai-doan-2024-2027",
    title="Sơ kết 3 năm thực hiện Chương trình phối hợp giữa Sở GD&ĐT và Tỉnh đoàn giai đoạn 2024 – 2027",
    cat="tin-hoat-dong-nganh",
    published_at="2026-10-09T10:30:00+07:00",
    blocks=[
        P(
            "Ngày 09/10/2026, Sở GD&ĐT và Tỉnh đoàn Tuyên Quang tổ chức Hội nghị sơ kết 3 năm thực hiện "
            "Chương trình phối hợp giai đoạn 2024 – 2027."
        ),
        P(
            "Trong 3 năm qua, hai đơn vị đã phối hợp tổ chức nhiều hoạt động thiết thực như: Hội thi “Thủ "
            "lĩnh Đội giỏi”, chương trình “Tiếp sức mùa thi”, phong trào “Thanh niên tình nguyện xóa mù "
            "chữ”, thu hút hàng chục nghìn lượt đoàn viên, học sinh tham gia."
        ),
        Img(
            f"{FILES}/tin-tuc/2026/10/so-ket-phoi-hop-tinh-doan.jpg",
            "Lãnh đạo Sở GD&ĐT và Tỉnh đoàn ký kết Chương trình phối hợp giai đoạn mới",
            "Lãnh đạo Sở GD&ĐT và Tỉnh đoàn ký kết Chương trình phối hợp giai đoạn mới",
            "plain",
        ),
        P(
            "Tại hội nghị, hai bên đã thống nhất nội dung phối hợp trong năm học 2026 - 2027, tập trung "
            "giáo dục lý tưởng cách mạng, đạo đức, lối sống cho học sinh; phòng, chống bạo lực học đường "
            "và tệ nạn xã hội."
        ),
    ],
    authors=["Nông Văn Dũng"],
    opts={"type": "tin", "when": "2026-10-09 10:30", "user": "bientap01", "views": 305,
          "updated": "2026-10-15 08:02", "author_field": "Nông Văn Dũng",
          "h1": "Sơ kết 3 năm thực hiện Chương trình phối hợp giữa Sở GD&amp;ĐT và Tỉnh đoàn&nbsp; "
                "giai đoạn 2024 &ndash; 2027 "},
)

STORIES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
BY_NID = {s.id: s for s in STORIES}


def _kind(story: Story) -> str:
    return story.opts["type"]


def story_path(story: Story) -> str:
    prefix = {"tin": "/tin-tuc", "tb": "/thong-bao", "tcbc": "/thong-cao-bao-chi"}[_kind(story)]
    return f"{prefix}/{story.slug}"


def category_name(story: Story) -> str:
    if _kind(story) == "tin":
        return CATS[story.cat]
    return TYPE_LIST[_kind(story)][1]


def _sort_key(story: Story) -> str:
    """Views sort on the node's created time (press releases: the hidden creation)."""
    return story.opts["when"]


def _dt_of(when: str) -> _dt.datetime:
    return _dt.datetime.strptime(when, "%Y-%m-%d %H:%M")


def _long_date(when: str) -> str:
    d = _dt_of(when)
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y - %H:%M}"


def _short_date(story: Story) -> str:
    if _kind(story) == "tcbc":
        d = _dt.date.fromisoformat(story.opts["release"])
        return f"{d:%d/%m/%Y}"
    return f"{_dt_of(story.opts['when']):%d/%m/%Y}"


def _first_image(story: Story) -> str | None:
    imgs = story.images
    return imgs[0].src if imgs else None


def _thumb(story: Story) -> str:
    src = _first_image(story)
    if not src:
        return f"{THEME}/images/no-image.png"
    name = src.split("?")[0].rsplit("/", 1)[-1]
    return f"{FILES}/styles/thumbnail/public/thumbs/{name}?itok={_itok('th' + name)}"


def _teaser(story: Story, limit: int = 190) -> str:
    first = story.summary or story.paragraphs[0]
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0]
    return cut + "…"


# --- article body markup ---------------------------------------------------------------------


def _enc(story: Story, value: str) -> str:
    return text(value, nfd=story.opts.get("enc") == "nfd")


_FTN_CALL = re.compile(r"\[(\d)\]")


def _word_calls(escaped: str) -> str:
    def call(m: re.Match) -> str:
        n = m.group(1)
        return (
            f'<a href="#_ftn{n}" name="_ftnref{n}" title=""><span class="MsoFootnoteReference">'
            '<span style="mso-special-character:footnote"><!--[if !supportFootnotes]-->'
            f'<span class="MsoFootnoteReference">[{n}]</span><!--[endif]--></span></span></a>'
        )

    return _FTN_CALL.sub(call, escaped)


def _img_tag(src: str, extra: str = 'style="width: 600px; height: 400px;"') -> str:
    return f'<img alt="" src="{esc(src)}" {extra} />'


def _render_img(story: Story, img: Img) -> str:
    cap = _enc(story, img.printed) if img.printed else ""
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 600px;">'
            f"<tbody><tr><td>{_img_tag(img.src)}</td></tr>"
            f'<tr><td style="text-align: center;"><em>{cap}</em></td></tr></tbody></table>'
        )
    if img.style == "paren":
        return (
            f'<p style="text-align: center;">{_img_tag(img.src)}</p>'
            f'<p style="text-align: center;"><em>{cap}</em></p>'
        )
    if img.style == "media":
        fid = 1500 + int(hashlib.md5(img.src.encode()).hexdigest()[:3], 16) % 400
        return (
            '<div class="media media-element-container media-default">'
            f'<div id="file-{fid}" class="file file-image file-image-jpeg"><h2 class="element-invisible">'
            f'{img.src.split("?")[0].rsplit("/", 1)[-1]}</h2>'
            '<div class="content"><img class="media-element file-default" data-delta="1" '
            f'typeof="foaf:Image" src="{esc(img.src)}" width="640" height="427" alt="" /></div></div></div>'
            f'<p style="text-align: center;"><span style="font-size:12px;"><em>{cap}</em></span></p>'
        )
    if img.style == "figure":
        tag = _img_tag(img.src, 'width="620"')
        return (
            f'<figure class="image" style="display:inline-block">{tag}'
            f"<figcaption>{cap}</figcaption></figure>"
        )
    if img.style == "plain":
        out = f'<p style="text-align: center;">{_img_tag(img.src)}</p>'
        if cap:
            out += (
                '<p style="text-align: center;"><span style="color:#0000cd;"><em>'
                f"{cap}</em></span></p>"
            )
        return out
    return ""  # "field": printed outside the body field


def _render_mso(story: Story, b: P) -> str:
    inner = _word_calls(_enc(story, b.text))
    if b.style == "msoh":
        return f'<p class="MsoNormal" style="text-align:justify">{_mso_span("<b>" + inner + "</b>")}</p>'
    if b.style.startswith("mso:"):
        marker = b.style[4:]
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:.25in;text-align:justify;'
            'text-indent:-.25in;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
            + _mso_span(
                f'<span style="mso-list:Ignore">{marker}<span style="font:7.0pt &quot;Times New '
                'Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
            )
            + "<!--[endif]-->"
            + _mso_span(inner + "<o:p></o:p>")
            + "</p>"
        )
    if b.style == "ftn":
        n = b.text[1]
        rest = _enc(story, b.text[3:])
        return (
            f'<div id="ftn{n}" style="mso-element:footnote"><p class="MsoFootnoteText">'
            f'<a href="#_ftnref{n}" name="_ftn{n}" title=""><span class="MsoFootnoteReference">'
            f'<span lang="VI">[{n}]</span></span></a><span lang="VI"> {rest}<o:p></o:p></span></p></div>'
        )
    return (
        '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:.5in">'
        + _mso_span(inner + "<o:p></o:p>")
        + "</p>"
    )


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_render_img(story, b))
            i += 1
            continue
        st = b.style
        if st.startswith("mso") or st == "ftn":
            out.append(_render_mso(story, b))
            i += 1
        elif st in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cells = row.text.split(" | ")
                if row.style == "th":
                    rows.append("<tr>" + "".join(
                        f'<td style="text-align:center;background:#dbe5f1"><strong>{_enc(story, c)}</strong></td>'
                        for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(
                        f"<td>{_enc(story, c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:'
                'collapse"><tbody>' + "".join(rows) + "</tbody></table>"
            )
        elif st == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_enc(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
        elif st == "br":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(_enc(story, blocks[i].text))
                i += 1
            parts.append(_enc(story, blocks[i].text))
            i += 1
            out.append('<p style="text-align: justify;">' + "<br />\n".join(parts) + "</p>")
        else:
            t = _enc(story, b.text)
            if st == "lead":
                out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
            elif st == "h3":
                out.append(f"<h3>{t}</h3>")
            elif st == "b":
                out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
            elif st == "quote":
                out.append(f"<blockquote><p><em>{t}</em></p></blockquote>")
            else:
                out.append(f'<p style="text-align: justify;">{t}</p>')
            i += 1
    markup = "\n".join(out)
    if story.opts.get("enc") == "entities":
        markup = entity_mix(markup)
    return markup


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/chuc-nang-nhiem-vu", "Giới thiệu", [
        ("/gioi-thieu/chuc-nang-nhiem-vu", "Chức năng, nhiệm vụ"),
        ("/gioi-thieu/lanh-dao-so", "Lãnh đạo Sở"),
    ]),
    ("/tin-tuc", "Tin tức", [(f"/chuyen-muc/{k}", v) for k, v in CATS.items()]),
    ("/thong-bao", "Thông báo", []),
    ("/thong-cao-bao-chi", "Thông cáo báo chí", []),
    ("/van-ban", "Văn bản", []),
    ("/thu-vien-anh", "Thư viện ảnh", [("/video", "Video")]),
    ("/lien-he", "Liên hệ", []),
]


def _menu() -> str:
    items = []
    for n, (href, label, subs) in enumerate(MENU):
        mlid = 218 + n * 7
        cls = f"menu-{mlid}" + (" menuparent" if subs else "") + (" first" if n == 0 else "")
        sub = ""
        if subs:
            sub = "<ul>" + "".join(
                f'<li class="menu-{mlid + k + 1}"><a href="{h}">{esc(lab)}</a></li>'
                for k, (h, lab) in enumerate(subs)
            ) + "</ul>"
        items.append(f'<li class="{cls}"><a href="{href}" title="">{esc(label)}</a>{sub}</li>')
    return (
        '<div id="block-nice-menus-1" class="block block-nice-menus"><div class="content">'
        '<ul class="nice-menu nice-menu-down nice-menus-processed sf-js-enabled" id="nice-menu-1">'
        + "".join(items)
        + "</ul></div></div>"
    )


def _site_alert() -> str:
    return (
        '<div id="block-site-alert-site-alert" class="block block-site-alert"><div class="content">'
        '<div class="site-alert severity-medium" role="alert"><div class="text">'
        "<p><strong>THÔNG BÁO:</strong> Các cơ quan, đơn vị, trường học trên địa bàn tỉnh nghỉ Tết "
        "Dương lịch năm 2027 từ thứ Sáu, ngày 01/01/2027 đến hết Chủ nhật, ngày 03/01/2027. "
        f'<a href="{story_path(A5)}">Xem chi tiết</a></p></div></div></div></div>'
    )


def _most_read() -> str:
    rows = "".join(
        f'<li class="views-row views-row-{k + 1}"><a href="{story_path(s)}">{esc(s.title)}</a> '
        f'<span class="luot-xem">({s.opts["views"]})</span></li>'
        for k, s in enumerate([A5, A2, A6, A7, A1])
    )
    return (
        '<div id="block-views-tin-doc-nhieu-block" class="block block-views">'
        '<h2 class="block-title">Tin đọc nhiều</h2><div class="content"><div class="view '
        'view-tin-doc-nhieu view-id-tin_doc_nhieu view-display-id-block"><div class="item-list">'
        f"<ol>{rows}</ol></div></div></div></div>"
    )


def _sidebar() -> str:
    docs = "".join(
        f'<li><a href="{d["path"]}">{esc(d["so"])}</a><br /><span>{esc(d["trich_yeu"])}</span></li>'
        for d in DOCS
    )
    return (
        '<aside class="region region-sidebar-second" id="region-sidebar-second">'
        + _most_read()
        + '<div id="block-views-van-ban-moi-block-1" class="block block-views">'
        '<h2 class="block-title">Văn bản mới</h2><div class="content"><ul class="vb-moi">'
        + docs
        + '</ul><div class="more-link"><a href="/van-ban">Xem tất cả</a></div></div></div>'
        '<div id="block-block-9" class="block block-block"><div class="content">'
        '<a href="/lich-cong-tac/tuan-49-2026"><img src="/sites/default/files/banner/lich-cong-tac.png" '
        'alt="Lịch công tác tuần" /></a></div></div>'
        '<div id="block-poll-recent" class="block block-poll"><h2 class="block-title">Thăm dò ý kiến</h2>'
        '<div class="content"><form action="/" method="post" id="poll-view-voting" accept-charset="UTF-8">'
        "<div><div class=\"poll\"><div class=\"vote-form\"><div class=\"choices\">"
        "<strong>Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?</strong>"
        '<div class="form-item form-type-radio"><input type="radio" name="choice" value="41" /> '
        "<label>Rất hữu ích</label></div>"
        '<div class="form-item form-type-radio"><input type="radio" name="choice" value="42" /> '
        "<label>Hữu ích</label></div>"
        '<div class="form-item form-type-radio"><input type="radio" name="choice" value="43" /> '
        "<label>Cần cải thiện</label></div></div>"
        '<input type="hidden" name="form_build_id" value="form-Qk3v9xWm7TzLr2AeYpN0sHc8uJbF4dGi" />'
        '<input type="hidden" name="form_id" value="poll_view_voting" />'
        '<input type="submit" name="op" value="Bình chọn" class="form-submit" /></div></div></div>'
        "</form></div></div>"
        '<div id="block-block-12" class="block block-block"><h2 class="block-title">Liên kết website</h2>'
        '<div class="content"><select onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>'
        '<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option>'
        '<option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option>'
        "</select></div></div>"
        '<div id="block-visitors-0" class="block block-visitors"><h2 class="block-title">'
        'Thống kê truy cập</h2><div class="content"><table class="tk">'
        "<tr><td>Đang online:</td><td>37</td></tr>"
        "<tr><td>Hôm nay:</td><td>1.284</td></tr>"
        "<tr><td>Tháng này:</td><td>6.905</td></tr>"
        "<tr><td>Tổng truy cập:</td><td>4.917.362</td></tr></table></div></div>"
        "</aside>"
    )


def _breadcrumb(crumbs: list[tuple[str | None, str]]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for href, label in crumbs:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else esc(label))
    return (
        '<div class="panel-pane pane-page-breadcrumb"><div class="pane-content">'
        '<h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb">'
        + " » ".join(parts)
        + "</div></div></div>"
    )


def page(
    request: Request,
    title: str,
    content: str,
    *,
    body_class: str,
    head: str = "",
    front: bool = False,
    links: str | None = None,
) -> Response:
    head_title = esc(SITE_NAME) if front else f"{esc(title)} | {esc(SHORT_NAME)}"
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{FILES}/favicon_0.ico" type="image/vnd.microsoft.icon" />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
{head}
<title>{head_title}</title>
<style type="text/css" media="all">
@import url("/modules/system/system.base.css?s8k2qa");
@import url("/profiles/openpublic/modules/contrib/panels/css/panels.css?s8k2qa");
@import url("{THEME}/css/global.css?s8k2qa");
</style>
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/misc/drupal.js?s8k2qa"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"sgddt","theme_token":"{_itok(title)}Xp2"}}}});
//--><!]]>
</script>
</head>
<body class="html {body_class} not-logged-in one-sidebar sidebar-second i18n-vi">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Nhảy tới nội dung chính</a></div>
<div class="page clearfix" id="page">
<header id="section-header" class="section section-header">
<div id="zone-user-wrapper" class="zone-wrapper"><div id="zone-user" class="zone container-12">
<div class="ngay-thang">{HEADER_TODAY}</div>
<div class="lang-links"><a href="/" class="active">Tiếng Việt</a></div>
</div></div>
<div id="zone-branding-wrapper" class="zone-wrapper"><div id="zone-branding" class="zone container-12">
<div class="logo-img"><a href="/" rel="home" title="{esc(SITE_NAME)}"><img src="{FILES}/logo_sgddt.png" alt="{esc(SITE_NAME)}" id="logo" /></a></div>
<div class="site-name-slogan"><div class="ten-don-vi-1">UBND TỈNH TUYÊN QUANG</div>
<div class="ten-don-vi-2">SỞ GIÁO DỤC VÀ ĐÀO TẠO</div></div>
<form action="{esc(request.path)}" method="post" id="search-block-form" accept-charset="UTF-8"><div>
<h2 class="element-invisible">Biểu mẫu tìm kiếm</h2>
<input title="Nhập từ khóa bạn muốn tìm." type="text" name="search_block_form" value="" size="15" maxlength="128" class="form-text" />
<input type="submit" name="op" value="Tìm kiếm" class="form-submit" />
<input type="hidden" name="form_id" value="search_block_form" /></div></form>
</div></div>
<div id="zone-menu-wrapper" class="zone-wrapper"><div id="zone-menu" class="zone container-12">
{_menu()}
</div></div>
</header>
<section id="section-content" class="section section-content">
<div id="zone-preface-wrapper">{_site_alert()}</div>
<div id="zone-content" class="zone zone-content container-12">
<div class="grid-9 region region-content" id="region-content"><a id="main-content"></a>
{content}
</div>
<div class="grid-3">{_sidebar()}</div>
</div>
</section>
<footer id="section-footer" class="section section-footer">
<div id="block-block-3" class="block block-block"><div class="content">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</strong></p>
<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Tuyên Quang<br />
Địa chỉ: Số 12, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang<br />
Điện thoại: 0207.3822.615 - Fax: 0207.3822.142 - Email: <a href="mailto:sgddt@tuyenquang.gov.vn">sgddt@tuyenquang.gov.vn</a><br />
Chịu trách nhiệm chính: Ông Nguyễn Văn Sơn - Giám đốc Sở<br />
Giấy phép số 17/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/3/2014.</p>
<p>© 2014 - 2026 Bản quyền thuộc Sở GD&amp;ĐT Tuyên Quang. Ghi rõ nguồn "Cổng TTĐT Sở GD&amp;ĐT Tuyên Quang" khi phát hành lại thông tin từ website này.</p>
</div></div>
</footer>
</div>
<script type="text/javascript" src="{THEME}/js/sgddt.js?s8k2qa"></script>
</body>
</html>
"""
    headers = {
        "X-Generator": "Drupal 7 (http://drupal.org)",
        "Expires": "Sun, 19 Nov 1978 05:00:00 GMT",
        "Cache-Control": "public, max-age=300",
        "Content-Language": "vi",
    }
    if links:
        headers["Link"] = links
    return html(doc, headers=headers)


# --- listings (Views) -----------------------------------------------------------------------


def _views_row(story: Story, k: int, n: int, *, with_thumb: bool = True) -> str:
    cls = f"views-row views-row-{k + 1} views-row-{'odd' if k % 2 == 0 else 'even'}"
    cls += " views-row-first" if k == 0 else ""
    cls += " views-row-last" if k == n - 1 else ""
    href = story_path(story)
    thumb = (
        '<div class="views-field views-field-field-anh-dai-dien"><div class="field-content">'
        f'<a href="{href}"><img typeof="foaf:Image" src="{esc(_thumb(story))}" width="120" '
        'height="80" alt="" /></a></div></div>'
        if with_thumb
        else ""
    )
    return (
        f'<div class="{cls}">{thumb}'
        f'<div class="views-field views-field-title"><span class="field-content"><a href="{href}">'
        f"{esc(story.title)}</a></span></div>"
        '<div class="views-field views-field-created"><span class="field-content">'
        f'<em class="placeholder">{_short_date(story)}</em></span></div>'
        f'<div class="views-field views-field-body"><div class="field-content">{_enc(story, _teaser(story))}'
        "</div></div>"
        '<div class="views-field views-field-view-node"><span class="field-content">'
        f'<a href="{href}">Xem tiếp »</a></span></div></div>'
    )


def _pager(base: str, current: int, total: int) -> str:
    if total <= 1:
        return ""

    def href(p: int) -> str:
        return base if p == 0 else f"{base}?page={p}"

    items = []
    if current > 0:
        items.append(f'<li class="pager-first first"><a title="Đến trang đầu tiên" href="{href(0)}">« đầu</a></li>')
        items.append(f'<li class="pager-previous"><a title="Đến trang trước" href="{href(current - 1)}">‹ trước</a></li>')
    for p in range(total):
        if p == current:
            items.append(f'<li class="pager-current">{p + 1}</li>')
        else:
            items.append(f'<li class="pager-item"><a title="Đến trang {p + 1}" href="{href(p)}">{p + 1}</a></li>')
    if current < total - 1:
        items.append(f'<li class="pager-next"><a title="Đến trang sau" href="{href(current + 1)}">sau ›</a></li>')
        items.append(f'<li class="pager-last last"><a title="Đến trang cuối" href="{href(total - 1)}">cuối »</a></li>')
    return '<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager">' + "".join(items) + "</ul></div>"


def _page_number(request: Request, total: int) -> int:
    raw = request.params.get("page", "0").split(",")[0]
    try:
        n = int(raw)
    except ValueError:
        n = 0
    return max(0, min(n, total - 1))


def _listing(
    request: Request,
    base: str,
    title: str,
    items: list[Story],
    per_page: int,
    crumbs: list[tuple[str | None, str]],
    view_id: str,
) -> Response:
    total = max(1, -(-len(items) // per_page))
    current = _page_number(request, total)
    chunk = items[current * per_page : (current + 1) * per_page]
    rows = "".join(_views_row(s, k, len(chunk)) for k, s in enumerate(chunk))
    content = (
        _breadcrumb(crumbs)
        + f'<div class="panel-pane pane-page-title"><h1 class="title" id="page-title">{esc(title)}</h1></div>'
        + f'<div class="panel-pane pane-views-panes pane-{view_id}-panel-pane-1"><div class="pane-content">'
        + f'<div class="view view-{view_id} view-id-{view_id} view-display-id-panel_pane_1 view-dom-id-'
        + f'{_itok(base)}"><div class="view-content">{rows}</div>'
        + _pager(base, current, total)
        + "</div></div></div>"
    )
    return page(request, title, content, body_class="not-front page-" + base.strip("/").replace("/", "-"))


def _news() -> list[Story]:
    return sorted((s for s in STORIES if _kind(s) == "tin"), key=_sort_key, reverse=True)


def _of_type(kind: str) -> list[Story]:
    return sorted((s for s in STORIES if _kind(s) == kind), key=_sort_key, reverse=True)


# --- node pages ------------------------------------------------------------------------------


def _meta_description(story: Story) -> str:
    first = story.paragraphs[0]
    return first[:155].rsplit(" ", 1)[0] + "..."


def _node_html(story: Story) -> str:
    nid = story.id
    kind = _kind(story)
    path = story_path(story)
    parts: list[str] = [
        f'<div id="node-{nid}" class="node node-{NODE_TYPES[kind]} '
        f'node-promoted view-mode-full clearfix" about="{path}" typeof="sioc:Item foaf:Document">',
        f'<span property="dc:title" content="{esc(story.title)}" class="rdf-meta element-hidden"></span>',
    ]
    if kind == "tcbc":
        created = story.opts["created"]
        parts.append(
            f'<span property="dc:date dc:created" content="{created}" datatype="xsd:dateTime" '
            'class="rdf-meta element-hidden"></span>'
        )
    else:
        when = story.opts["when"]
        iso = _dt_of(when).strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"
        parts.append(
            f'<div class="submitted"><span property="dc:date dc:created" content="{iso}" '
            'datatype="xsd:dateTime" rel="sioc:has_creator">Gửi bởi <span class="username" '
            f'xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">{story.opts["user"]}'
            f"</span> vào {_long_date(when)}</span></div>"
        )
    parts.append('<div class="content clearfix">')
    if kind == "tcbc":
        rel = _dt.date.fromisoformat(story.opts["release"])
        parts.append(
            '<div class="field field-name-field-press-release-date field-type-datetime field-label-inline '
            'clearfix"><div class="field-label">Ngày phát hành:&nbsp;</div><div class="field-items">'
            '<div class="field-item even"><span class="date-display-single" property="dc:date" '
            f'datatype="xsd:dateTime" content="{rel.isoformat()}T00:00:00+07:00">{rel:%d/%m/%Y}</span>'
            "</div></div></div>"
        )
        if story.summary:
            parts.append(
                '<div class="field field-name-field-tom-tat field-type-text-long field-label-hidden">'
                '<div class="field-items"><div class="field-item even"><p><strong>'
                f"{esc(story.summary)}</strong></p></div></div></div>"
            )
    lead = next((i for i in story.images if i.style == "field"), None)
    if lead is not None:
        parts.append(
            '<div class="field field-name-field-anh-dai-dien field-type-image field-label-hidden">'
            '<div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" '
            f'resource="{esc(lead.src)}"><img typeof="foaf:Image" src="{esc(lead.src)}" width="700" '
            f'height="466" alt="{esc(lead.printed or "")}" title="{esc(lead.printed or "")}" />'
            f'<div class="chu-thich-anh">{esc(lead.printed or "")}</div></div></div></div>'
        )
    parts.append(
        '<div class="field field-name-body field-type-text-with-summary field-label-hidden">'
        '<div class="field-items"><div class="field-item even" property="content:encoded">'
        + render_body(story)
        + "</div></div></div>"
    )
    if story.opts.get("contact"):
        parts.append(
            '<div class="field field-name-field-lien-he-bao-chi field-type-text field-label-above">'
            '<div class="field-label">Đầu mối liên hệ báo chí:&nbsp;</div><div class="field-items">'
            f'<div class="field-item even">{esc(story.opts["contact"])}</div></div></div>'
        )
    if story.opts.get("author_field"):
        parts.append(
            '<div class="field field-name-field-tac-gia field-type-text field-label-inline clearfix">'
            '<div class="field-label">Tác giả:&nbsp;</div><div class="field-items">'
            f'<div class="field-item even">{esc(story.opts["author_field"])}</div></div></div>'
        )
    if story.opts.get("attach"):
        fname, size = story.opts["attach"]
        parts.append(
            '<div class="field field-name-field-tep-dinh-kem field-type-file field-label-above">'
            '<div class="field-label">Tập tin đính kèm:&nbsp;</div><div class="field-items">'
            '<div class="field-item even"><table class="sticky-enabled"><thead><tr><th>Tập tin đính kèm'
            "</th><th>Kích thước</th></tr></thead><tbody><tr class=\"odd\"><td>"
            f'<span class="file"><img class="file-icon" alt="" title="application/pdf" '
            f'src="/modules/file/icons/application-pdf.png" /> <a href="{FILES}/van-ban/{fname}" '
            f'type="application/pdf; length=190412">{fname}</a></span></td><td>{size}</td></tr>'
            "</tbody></table></div></div></div>"
        )
    if kind == "tin":
        parts.append(
            '<div class="field field-name-field-chuyen-muc field-type-taxonomy-term-reference '
            'field-label-inline clearfix"><div class="field-label">Chuyên mục:&nbsp;</div>'
            '<div class="field-items"><div class="field-item even">'
            f'<a href="/chuyen-muc/{story.cat}" typeof="skos:Concept" property="rdfs:label skos:prefLabel">'
            f"{esc(CATS[story.cat])}</a></div></div></div>"
        )
    if story.opts.get("tags"):
        tags = "".join(
            f'<li class="field-item {"even" if k % 2 == 0 else "odd"}"><a href="/tu-khoa/{t}" '
            f'typeof="skos:Concept">{esc(TAGS[t])}</a></li>'
            for k, t in enumerate(story.opts["tags"])
        )
        parts.append(
            '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline '
            f'clearfix"><h3 class="field-label">Từ khóa: </h3><ul class="links inline">{tags}</ul></div>'
        )
    if story.opts.get("updated"):
        parts.append(f'<div class="cap-nhat"><em>Cập nhật lần cuối: {_long_date(story.opts["updated"])}</em></div>')
    parts.append("</div>")  # content
    parts.append(
        '<ul class="links inline"><li class="print_html first"><a href="/print/'
        f'{nid}" title="Hiển thị phiên bản thân thiện với máy in của trang này." class="print-page" '
        'rel="nofollow"><img class="print-icon print-icon-margin" typeof="foaf:Image" '
        'src="/profiles/openpublic/modules/contrib/print/icons/print_icon.gif" width="16" height="16" '
        'alt="" />Bản in</a></li><li class="statistics_counter last"><span>'
        f'{story.opts["views"]} lượt xem</span></li></ul>'
    )
    parts.append("</div>")  # node
    return "".join(parts)


def _share(request: Request, story: Story) -> str:
    url = PROD_HOST + story_path(story)
    return (
        '<div class="panel-pane pane-service-links"><div class="pane-content"><div class="service-links">'
        '<span class="chia-se">Chia sẻ:</span> '
        f'<a href="https://www.facebook.com/sharer.php?u={quote(url, safe="")}&amp;t={quote(story.title)}" '
        'rel="nofollow" class="service-links-facebook" target="_blank"><img src="/profiles/openpublic/'
        'modules/contrib/service_links/images/facebook.png" alt="Facebook" /></a> '
        f'<a href="https://twitter.com/share?url={quote(url, safe="")}" rel="nofollow" '
        'class="service-links-twitter" target="_blank"><img src="/profiles/openpublic/modules/contrib/'
        'service_links/images/twitter.png" alt="Twitter" /></a> '
        '<a href="javascript:window.print()" class="in-trang">In trang</a></div></div></div>'
    )


def _latest_pane() -> str:
    newest = sorted(STORIES, key=_sort_key, reverse=True)[:5]
    rows = "".join(
        f'<li><a href="{story_path(s)}">{esc(s.title)}</a> <span class="ngay">({_short_date(s)})</span></li>'
        for s in newest
    )
    return (
        '<div class="panel-pane pane-views-panes pane-tin-moi-panel-pane-2"><h2 class="pane-title">'
        f'Tin mới cập nhật</h2><div class="pane-content"><div class="item-list"><ul>{rows}</ul></div>'
        "</div></div>"
    )


def node_page(request: Request, story: Story) -> Response:
    kind = _kind(story)
    if kind == "tin":
        crumbs = [("/tin-tuc", "Tin tức"), (f"/chuyen-muc/{story.cat}", CATS[story.cat])]
    else:
        crumbs = [TYPE_LIST[kind]]
    h1 = story.opts.get("h1") or esc(story.title)
    content = (
        _breadcrumb(crumbs)
        + f'<div class="panel-pane pane-page-title"><h1 class="title" id="page-title">{h1}</h1></div>'
        + '<div class="panel-pane pane-node-content"><div class="pane-content">'
        + _node_html(story)
        + "</div></div>"
        + _share(request, story)
        + _latest_pane()
    )
    head = (
        f'<meta name="description" content="{esc(_meta_description(story))}" />\n'
        f'<link rel="canonical" href="{story_path(story)}" />\n'
        f'<link rel="shortlink" href="/node/{story.id}" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        '<meta property="og:type" content="article" />'
    )
    node_type = NODE_TYPES[kind]
    return page(
        request,
        story.title,
        content,
        body_class=f"not-front page-node page-node- page-node-{story.id} node-type-{node_type}",
        head=head,
        links=f'</node/{story.id}>; rel="shortlink",<{story_path(story)}>; rel="canonical"',
    )


def print_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    kind = _kind(story)
    if kind == "tcbc":
        date_line = f"Ngày phát hành: {_short_date(story)}"
    else:
        date_line = f"Gửi bởi {story.opts['user']} vào {_long_date(story.opts['when'])}"
    lead = next((i for i in story.images if i.style == "field"), None)
    lead_html = (
        f'<div class="print-lead"><img src="{esc(lead.src)}" alt="" /><div>{esc(lead.printed or "")}</div></div>'
        if lead
        else ""
    )
    summary = f"<p><strong>{esc(story.summary)}</strong></p>" if story.sapo_outside and story.summary else ""
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.title)} | {esc(SHORT_NAME)}</title>
<meta name="robots" content="noindex, nofollow, noarchive" />
<link rel="canonical" href="{base}{story_path(story)}" />
<link type="text/css" rel="stylesheet" href="/profiles/openpublic/modules/contrib/print/css/print.css" />
</head>
<body>
<div class="print-logo"><img class="print-logo" src="{FILES}/logo_sgddt.png" alt="" /></div>
<div class="print-site_name">Xuất bản trên {esc(SITE_NAME)} ({base})</div>
<p />
<div class="print-breadcrumb"><a href="{base}/">Trang chủ</a> &gt; {esc(category_name(story))}</div>
<hr class="print-hr" />
<h1 class="print-title">{esc(story.title)}</h1>
<div class="print-submitted">{date_line}</div>
<div class="print-content">{summary}{lead_html}{render_body(story)}</div>
<div class="print-footer">© 2014 - 2026 Sở GD&amp;ĐT Tuyên Quang</div>
<hr class="print-hr" />
<div class="print-source_url"><strong>Đường dẫn:</strong> <a href="{base}{story_path(story)}">{base}{story_path(story)}</a></div>
</body>
</html>
"""
    return html(doc)


# --- the front page ---------------------------------------------------------------------------


def _slideshow() -> str:
    slides = []
    for k, s in enumerate([A1, A2, A8]):
        img = _first_image(s) or f"{THEME}/images/no-image.png"
        name = img.split("?")[0].rsplit("/", 1)[-1]
        slides.append(
            f'<div class="slide slide-{k}"><a href="/node/{s.id}"><img src="{FILES}/styles/slideshow/'
            f'public/slide/{name}?itok={_itok("sl" + name)}" alt="" width="560" height="360" /></a>'
            f'<div class="slide-title"><a href="/node/{s.id}">{esc(s.title)}</a></div></div>'
        )
    return (
        '<div class="panel-pane pane-block pane-block-15"><h2 class="pane-title">Tin nổi bật</h2>'
        '<div class="pane-content"><div id="slideshow-tnb" class="cycle-slideshow">'
        + "".join(slides)
        + "</div></div></div>"
    )


def _notice_pane(current: int) -> str:
    items = sorted((s for s in STORIES if _kind(s) in ("tb", "tcbc")), key=_sort_key, reverse=True)
    per = 2
    total = -(-len(items) // per)
    chunk = items[current * per : (current + 1) * per]
    rows = "".join(_views_row(s, k, len(chunk), with_thumb=False) for k, s in enumerate(chunk))
    prev = (
        f'<li class="pager-previous first"><a title="Đến trang trước" href="/?page=0,{current - 1}">‹‹</a></li>'
        if current > 0
        else '<li class="pager-previous first">&nbsp;</li>'
    )
    nxt = (
        f'<li class="pager-next last"><a title="Đến trang sau" href="/?page=0,{current + 1}">››</a></li>'
        if current < total - 1
        else '<li class="pager-next last">&nbsp;</li>'
    )
    return (
        '<div class="panel-pane pane-views-panes pane-thong-bao-trang-chu-panel-pane-1">'
        '<h2 class="pane-title">Thông báo - Thông cáo</h2><div class="pane-content">'
        '<div class="view view-thong-bao-trang-chu view-id-thong_bao_trang_chu">'
        f'<div class="view-content">{rows}</div>'
        '<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager">'
        f'{prev}<li class="pager-current">{current + 1} trên {total}</li>{nxt}</ul></div>'
        "</div></div></div>"
    )


def home(request: Request) -> Response:
    raw = request.params.get("page", "0")
    els = raw.split(",")
    try:
        notice_page = int(els[1]) if len(els) > 1 else 0
    except ValueError:
        notice_page = 0
    notice_page = max(0, min(notice_page, 1))
    news = _news()[:5]
    rows = "".join(_views_row(s, k, len(news)) for k, s in enumerate(news))
    album, clip = NONART["/thu-vien-anh/hoi-thi-giao-vien-day-gioi-mam-non-2026"], NONART[
        "/video/ban-tin-giao-duc-tuyen-quang-thang-11-2026"
    ]
    content = (
        '<div class="panel-display openpublic-twocol-7-5 clearfix" id="page-panels">'
        '<div class="panel-panel panel-col-first"><div class="inside">'
        + _slideshow()
        + '<div class="panel-pane pane-views-panes pane-tin-tuc-trang-chu-panel-pane-1">'
        '<h2 class="pane-title">Tin tức - Sự kiện</h2><div class="pane-content">'
        f'<div class="view view-tin-tuc-trang-chu"><div class="view-content">{rows}</div>'
        '<div class="more-link"><a href="/tin-tuc">Xem tất cả »</a></div></div></div></div>'
        + "</div></div>"
        '<div class="panel-panel panel-col-last"><div class="inside">'
        + _notice_pane(notice_page)
        + '<div class="panel-pane pane-views-panes pane-thu-vien-anh-panel-pane-2">'
        '<h2 class="pane-title">Thư viện ảnh</h2><div class="pane-content">'
        f'<a href="/thu-vien-anh/hoi-thi-giao-vien-day-gioi-mam-non-2026"><img src="{FILES}/styles/'
        f'thumbnail/public/album/gvdg-mn-bia.jpg?itok={_itok("album")}" alt="" /></a>'
        f'<div><a href="/thu-vien-anh/hoi-thi-giao-vien-day-gioi-mam-non-2026">{esc(album["title"])}</a></div>'
        '<div class="more-link"><a href="/thu-vien-anh">Xem thêm</a></div></div></div>'
        '<div class="panel-pane pane-views-panes pane-video-panel-pane-1">'
        '<h2 class="pane-title">Video</h2><div class="pane-content">'
        f'<a href="/video/ban-tin-giao-duc-tuyen-quang-thang-11-2026">{esc(clip["title"])}</a>'
        "</div></div>"
        + "</div></div></div>"
    )
    return page(
        request,
        SITE_NAME,
        content,
        body_class="front page-trang-chu",
        head='<meta name="description" content="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh '
        'Tuyên Quang" />\n<link rel="canonical" href="/" />\n<link rel="shortlink" href="/" />',
        front=True,
    )


# --- pages that are not articles --------------------------------------------------------------

DOCS = [
    {
        "path": "/van-ban/ke-hoach-so-2786-kh-sgddt",
        "so": "2786/KH-SGDĐT",
        "ngay": "20/11/2026",
        "loai": "Kế hoạch",
        "trich_yeu": "Kế hoạch tổ chức Ngày hội Chuyển đổi số ngành Giáo dục năm 2026",
        "nguoi_ky": "Nguyễn Văn Sơn",
        "file": "KH-2786-ngay-hoi-cds-2026.pdf",
    },
    {
        "path": "/van-ban/cong-van-so-2801-sgddt-gdtrh",
        "so": "2801/SGDĐT-GDTrH",
        "ngay": "24/11/2026",
        "loai": "Công văn",
        "trich_yeu": "Về việc hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027",
        "nguoi_ky": "Hoàng Thị Thanh Hà",
        "file": "CV-2801-kiem-tra-hk1.pdf",
    },
]


def _doc_page(request: Request, d: dict) -> Response:
    content = (
        _breadcrumb([("/van-ban", "Văn bản"), (None, d["so"])])
        + f'<div class="panel-pane pane-page-title"><h1 class="title" id="page-title">{esc(d["so"])}</h1></div>'
        + '<div class="panel-pane pane-node-content"><div class="node node-document view-mode-full">'
        '<table class="van-ban-chi-tiet"><tbody>'
        f'<tr><th>Số ký hiệu</th><td>{esc(d["so"])}</td></tr>'
        f'<tr><th>Loại văn bản</th><td>{esc(d["loai"])}</td></tr>'
        f'<tr><th>Ngày ban hành</th><td>{d["ngay"]}</td></tr>'
        f'<tr><th>Trích yếu</th><td>{esc(d["trich_yeu"])}</td></tr>'
        '<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>'
        f'<tr><th>Người ký</th><td>{esc(d["nguoi_ky"])}</td></tr>'
        f'<tr><th>Tải về</th><td><a href="{FILES}/van-ban/{d["file"]}">{d["file"]}</a></td></tr>'
        "</tbody></table></div></div>"
    )
    return page(request, d["so"], content, body_class="not-front page-node node-type-document")


def _docs_listing(request: Request) -> Response:
    rows = "".join(
        f'<tr class="{"odd" if k % 2 == 0 else "even"}"><td>{k + 1}</td><td><a href="{d["path"]}">'
        f'{esc(d["so"])}</a></td><td>{d["ngay"]}</td><td>{esc(d["trich_yeu"])}</td>'
        f'<td><a href="{FILES}/van-ban/{d["file"]}">Tải về</a></td></tr>'
        for k, d in enumerate(DOCS)
    )
    content = (
        _breadcrumb([(None, "Văn bản")])
        + '<div class="panel-pane pane-page-title"><h1 class="title" id="page-title">Văn bản</h1></div>'
        '<div class="view view-van-ban"><div class="view-content"><table class="views-table cols-5">'
        "<thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th>"
        f"<th>Tệp</th></tr></thead><tbody>{rows}</tbody></table></div></div>"
    )
    return page(request, "Văn bản", content, body_class="not-front page-van-ban")


def _simple(title: str, crumbs: list, inner: str, body_class: str):
    def respond(request: Request) -> Response:
        content = (
            _breadcrumb(crumbs)
            + f'<div class="panel-pane pane-page-title"><h1 class="title" id="page-title">{esc(title)}</h1></div>'
            + f'<div class="panel-pane pane-node-content"><div class="pane-content">{inner}</div></div>'
        )
        return page(request, title, content, body_class=body_class)

    return respond


_INTRO = (
    '<div class="node node-page"><div class="field field-name-body"><p>Sở Giáo dục và Đào tạo là cơ quan '
    "chuyên môn thuộc Ủy ban nhân dân tỉnh Tuyên Quang, tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện "
    "chức năng quản lý nhà nước về giáo dục và đào tạo, bao gồm: mục tiêu, chương trình, nội dung giáo "
    "dục và đào tạo; tiêu chuẩn nhà giáo và cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật chất, thiết bị "
    "trường học và đồ chơi trẻ em; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo "
    "dục và đào tạo.</p><h3>Nhiệm vụ và quyền hạn</h3><ul><li>Trình Ủy ban nhân dân tỉnh dự thảo quyết "
    "định, chỉ thị, kế hoạch phát triển giáo dục và đào tạo trên địa bàn tỉnh;</li><li>Tổ chức thực "
    "hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch về giáo dục và đào tạo;</li><li>Hướng dẫn, "
    "kiểm tra các cơ sở giáo dục thực hiện nhiệm vụ năm học.</li></ul></div></div>"
)
_LEADERS = (
    '<table class="lanh-dao"><tbody>'
    f'<tr><td><img src="{FILES}/lanh-dao/nguyen-van-son.jpg" alt="" width="120" /></td><td><strong>Ông '
    "Nguyễn Văn Sơn</strong><br />Giám đốc Sở<br />ĐT: 0207.3822.100</td></tr>"
    f'<tr><td><img src="{FILES}/lanh-dao/hoang-thi-thanh-ha.jpg" alt="" width="120" /></td><td><strong>Bà '
    "Hoàng Thị Thanh Hà</strong><br />Phó Giám đốc Sở<br />ĐT: 0207.3822.101</td></tr>"
    f'<tr><td><img src="{FILES}/lanh-dao/ly-van-tien.jpg" alt="" width="120" /></td><td><strong>Ông '
    "Lý Văn Tiến</strong><br />Phó Giám đốc Sở<br />ĐT: 0207.3822.102</td></tr>"
    "</tbody></table>"
)
_CONTACT = (
    '<div class="node node-webform"><p>Mọi ý kiến đóng góp xin gửi về Văn phòng Sở Giáo dục và Đào tạo '
    "tỉnh Tuyên Quang - Số 12, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang. Điện thoại: "
    "0207.3822.615.</p>"
    '<form class="webform-client-form" action="/lien-he" method="post" id="webform-client-form-12" '
    'accept-charset="UTF-8"><div><div class="form-item webform-component-textfield"><label>Họ và tên '
    '<span class="form-required">*</span></label><input type="text" name="submitted[ho_ten]" /></div>'
    '<div class="form-item webform-component-email"><label>Email</label><input type="email" '
    'name="submitted[email]" /></div><div class="form-item webform-component-textarea"><label>Nội dung'
    '</label><textarea name="submitted[noi_dung]" rows="6"></textarea></div>'
    '<input type="hidden" name="form_id" value="webform_client_form_12" />'
    '<input type="submit" name="op" value="Gửi" class="form-submit" /></div></form></div>'
)
_ALBUM = (
    '<div class="node node-media-gallery"><div class="media-gallery-description"><p>Một số hình ảnh tại '
    "Hội thi Giáo viên dạy giỏi cấp học mầm non năm học 2026 - 2027.</p></div>"
    '<ul class="media-gallery-media">'
    + "".join(
        f'<li class="media-gallery-item"><a href="{FILES}/album/gvdg-mn-{k}.jpg"><img src="{FILES}/styles/'
        f'media_gallery_thumbnail/public/album/gvdg-mn-{k}.jpg?itok={_itok("al" + str(k))}" alt="" /></a>'
        f'<span class="media-title">Ảnh {k}</span></li>'
        for k in range(1, 7)
    )
    + "</ul></div>"
)
_VIDEO = (
    '<div class="node node-video"><div class="field field-name-field-video"><iframe width="640" '
    'height="360" src="https://www.youtube.com/embed/q9Xy3ZtW1kE" frameborder="0" allowfullscreen>'
    "</iframe></div><p>Bản tin Giáo dục Tuyên Quang tháng 11/2026 do Sở GD&amp;ĐT phối hợp với Đài "
    "Phát thanh và Truyền hình tỉnh thực hiện.</p></div>"
)
_CAL_ROWS = [
    ("Thứ hai, 30/11", "Sáng", "Giám đốc Sở họp giao ban Lãnh đạo Sở", "Phòng họp số 1"),
    ("Thứ ba, 01/12", "Cả ngày", "Phó Giám đốc Hoàng Thị Thanh Hà kiểm tra công tác bán trú tại xã Đồng Văn", "Xã Đồng Văn"),
    ("Thứ tư, 02/12", "Chiều", "Bế mạc Hội thi Giáo viên dạy giỏi cấp học mầm non", "Trường MN Hoa Sen"),
    ("Thứ năm, 03/12", "Sáng", "Dự họp UBND tỉnh thường kỳ tháng 12", "Trụ sở UBND tỉnh"),
    ("Thứ sáu, 04/12", "Chiều", "Hội nghị giao ban trực tuyến toàn ngành tháng 12", "Hội trường Sở"),
]
_CAL = (
    '<div class="node node-lich-cong-tac"><p><strong>LỊCH CÔNG TÁC TUẦN 49 (Từ ngày 30/11/2026 đến ngày '
    '06/12/2026)</strong></p><table border="1" class="lich-tuan"><thead><tr><th>Ngày</th><th>Buổi</th>'
    "<th>Nội dung</th><th>Địa điểm</th></tr></thead><tbody>"
    + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{esc(c)}</td><td>{esc(d)}</td></tr>" for a, b, c, d in _CAL_ROWS)
    + "</tbody></table><p><em>Lịch có thể thay đổi, đề nghị theo dõi thông báo của Văn phòng Sở.</em></p></div>"
)

NONART: dict[str, dict] = {
    "/gioi-thieu/chuc-nang-nhiem-vu": {
        "title": "Chức năng, nhiệm vụ",
        "crumbs": [("/gioi-thieu/chuc-nang-nhiem-vu", "Giới thiệu")],
        "inner": _INTRO,
    },
    "/gioi-thieu/lanh-dao-so": {
        "title": "Lãnh đạo Sở",
        "crumbs": [("/gioi-thieu/chuc-nang-nhiem-vu", "Giới thiệu")],
        "inner": _LEADERS,
    },
    "/lien-he": {"title": "Liên hệ", "crumbs": [], "inner": _CONTACT},
    "/thu-vien-anh/hoi-thi-giao-vien-day-gioi-mam-non-2026": {
        "title": "Hội thi Giáo viên dạy giỏi cấp học mầm non năm học 2026 - 2027",
        "crumbs": [("/thu-vien-anh", "Thư viện ảnh")],
        "inner": _ALBUM,
    },
    "/video/ban-tin-giao-duc-tuyen-quang-thang-11-2026": {
        "title": "Bản tin Giáo dục Tuyên Quang tháng 11/2026",
        "crumbs": [("/video", "Video")],
        "inner": _VIDEO,
    },
    "/lich-cong-tac/tuan-49-2026": {
        "title": "Lịch công tác tuần 49 năm 2026",
        "crumbs": [(None, "Lịch công tác")],
        "inner": _CAL,
    },
}

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu",
    "/gioi-thieu/lanh-dao-so",
    "/lien-he",
    DOCS[0]["path"],
    DOCS[1]["path"],
    "/thu-vien-anh/hoi-thi-giao-vien-day-gioi-mam-non-2026",
    "/video/ban-tin-giao-duc-tuyen-quang-thang-11-2026",
    "/lich-cong-tac/tuan-49-2026",
]


def _album_listing(request: Request) -> Response:
    path = "/thu-vien-anh/hoi-thi-giao-vien-day-gioi-mam-non-2026"
    inner = (
        '<div class="view view-media-gallery-list"><div class="views-row views-row-1">'
        f'<a href="{path}"><img src="{FILES}/styles/thumbnail/public/album/gvdg-mn-bia.jpg?itok='
        f'{_itok("album")}" alt="" /></a><div class="views-field-title"><a href="{path}">'
        f'{esc(NONART[path]["title"])}</a></div><div class="so-anh">6 ảnh</div></div></div>'
    )
    return _simple("Thư viện ảnh", [], inner, "not-front page-thu-vien-anh")(request)


def _video_listing(request: Request) -> Response:
    path = "/video/ban-tin-giao-duc-tuyen-quang-thang-11-2026"
    inner = (
        '<div class="view view-video-list"><div class="views-row views-row-1">'
        f'<a href="{path}"><img src="{FILES}/styles/thumbnail/public/video/ban-tin-t11.jpg?itok='
        f'{_itok("vd")}" alt="" /></a><div class="views-field-title"><a href="{path}">'
        f'{esc(NONART[path]["title"])}</a></div></div></div>'
    )
    return _simple("Video", [("/thu-vien-anh", "Thư viện ảnh")], inner, "not-front page-video")(request)


# --- the site ---------------------------------------------------------------------------------


class Drupal7OpenPublicSite:
    def __init__(self) -> None:
        self.by_alias = {story_path(s): s for s in STORIES}
        self.pdfs = {f"{FILES}/van-ban/{d['file']}" for d in DOCS} | {
            f"{FILES}/van-ban/{s.opts['attach'][0]}" for s in STORIES if s.opts.get("attach")
        }

    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD", "POST"):
            return None
        path = request.path
        if path in self.pdfs:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/sites/", "/misc/", "/modules/", "/profiles/")):
            return static_file(path)
        if path in ("/", "/index.php"):
            q = request.params.get("q")
            if q:
                return self._route("/" + q.strip("/"), request)
            return home(request)
        return self._route(path, request)

    def _route(self, path: str, request: Request) -> Response | None:
        if path in self.by_alias:
            return node_page(request, self.by_alias[path])
        m = re.fullmatch(r"/(node|print)/(\d+)", path)
        if m:
            story = BY_NID.get(int(m.group(2)))
            if story is None:
                return None
            return node_page(request, story) if m.group(1) == "node" else print_page(request, story)
        if path == "/tin-tuc":
            return _listing(request, "/tin-tuc", "Tin tức", _news(), 5, [(None, "Tin tức")], "tin-tuc")
        if path.startswith("/chuyen-muc/") and path[12:] in CATS:
            key = path[12:]
            items = [s for s in _news() if s.cat == key]
            return _listing(
                request, path, CATS[key], items, 3, [("/tin-tuc", "Tin tức"), (None, CATS[key])],
                "chuyen-muc",
            )
        for kind, (base, label) in TYPE_LIST.items():
            if path == base:
                return _listing(request, base, label, _of_type(kind), 10, [(None, label)], base.strip("/"))
        if path.startswith("/tu-khoa/") and path[9:] in TAGS:
            key = path[9:]
            items = sorted(
                (s for s in STORIES if key in s.opts.get("tags", [])), key=_sort_key, reverse=True
            )
            return _listing(request, path, TAGS[key], items, 10, [(None, TAGS[key])], "taxonomy-term")
        if path == "/van-ban":
            return _docs_listing(request)
        for d in DOCS:
            if path == d["path"]:
                return _doc_page(request, d)
        if path == "/thu-vien-anh":
            return _album_listing(request)
        if path == "/video":
            return _video_listing(request)
        if path in NONART:
            info = NONART[path]
            return _simple(info["title"], info["crumbs"], info["inner"], "not-front page-node")(request)
        return None


def build_site() -> Drupal7OpenPublicSite:
    return Drupal7OpenPublicSite()


def _alt(story: Story) -> list[str]:
    nid = story.id
    return [f"/node/{nid}", f"/print/{nid}", f"/index.php?q=node/{nid}", f"/?q=node/{nid}"]


GOLD = [
    gold_record(s, story_path(s), category_name(s), canonical_path=story_path(s), alt_paths=_alt(s))
    for s in STORIES
]
