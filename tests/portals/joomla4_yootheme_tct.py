"""Joomla 4 + YOOtheme Pro 2.7 (UIkit 3) portal of a provincial political school (blind fixture).

Institution: Trường Chính trị tỉnh Tuyên Quang (a "tct"). The theme is YOOtheme Pro 2.7 on
Joomla 4.4: every page is UIkit markup (``uk-section``, ``uk-container``, ``tm-grid-expand``,
``uk-grid``, ``el-item`` / ``el-title`` / ``el-meta`` / ``el-content`` of the page builder), a
toolbar (today's date, hotline, social links), a sticky ``uk-navbar`` with drop-downs, a second
copy of the menu in the mobile ``uk-offcanvas``, and a builder footer.

URL scheme (Joomla 4 SEF, URL rewriting on, "remove IDs from URLs" on)
- ``/``                                    home (builder layout: slideshow, section grids)
- ``/tin-tuc``, ``/tin-tuc?start=4``       category blog "Tin tức - Sự kiện", 4 a page
- ``/dao-tao-boi-duong`` (``?start=2``)    category blog "Đào tạo - Bồi dưỡng", 2 a page
- ``/nghien-cuu-trao-doi``                 category blog "Nghiên cứu - Trao đổi"
- ``/thong-bao``                           category blog "Thông báo" (YOOtheme's default blog
  layout, not the builder: the notices have no read-more, so the listing prints them whole)
- ``/<menu>/<alias>``                      an article under its category's menu item
- ``/component/content/article/<alias>?catid=18&Itemid=101``  an article of a category that has
  no menu item ("Hoạt động Đảng bộ - Đoàn thể"): Joomla 4's router prints this form
- ``/index.php/<menu>/<alias>``            the same article (old hand-written links)
- ``/index.php?option=com_content&view=article&id=N&catid=C&Itemid=I``  non-SEF, same article
- ``?showall=&limitstart=N`` / ``?showall=1&limitstart=``  the pagebreak plugin's pages
- ``/gioi-thieu/…`` (single-article menu items), ``/lien-he`` (com_contact), ``/van-ban`` and
  ``/van-ban/file/<id>-<alias>`` (Phoca Download), ``/thu-vien-anh[/<album>]``, ``/video[/<alias>]``
  (both are com_content categories rendered by builder templates), ``/component/tags/tag/<tag>``,
  ``/tim-kiem`` (Smart Search, GET form).

Page templates
- Builder template "Tin bài" (categories Tin tức - Sự kiện and Hoạt động Đảng bộ - Đoàn thể):
  a coloured banner section whose ``<h1>`` is the *category* name, with the breadcrumbs; then a
  2/3 + 1/3 grid: optional "full article image" (builder Image element, lazy ``data-src`` only),
  the headline as ``<h2 class="uk-h3">``, a meta line ("Thứ Sáu, 04 Tháng Mười Hai 2026 14:30 |
  author | lượt xem"), the intro text in a ``uk-text-lead`` panel, the article text panel (which
  prints the intro again), "Cập nhật lần cuối: …", tags, share bar, "Tin liên quan".
- Builder template "Đào tạo" (Đào tạo - Bồi dưỡng): same banner, no lead panel, meta
  "Đăng ngày: 03/12/2026 - 10:00".
- Builder template "Nghiên cứu" (Nghiên cứu - Trao đổi): no banner, the headline is the ``<h1>``,
  meta "Ngày đăng: 24/11/2026", the pagebreak plugin's "Mục lục bài viết" box.
- YOOtheme default article layout (Thông báo): ``<article class="uk-article" typeof="Article">``
  with schema ``<meta>`` (``datePublished`` with a time), ``uk-subnav`` info line printing the day
  only in ``<time datetime=…>``, prev/next ``uk-pagination``.

How each gold article is reached (home = ``/``)
- Tin tức - Sự kiện: 121, 119, 116 on the home grid and ``/tin-tuc``; 109 on ``/tin-tuc`` page 1
  only; 102 only on ``/tin-tuc?start=4``.
- Đào tạo - Bồi dưỡng: 118 on the home grid; 112 on ``/dao-tao-boi-duong`` page 1; 97 only on
  ``/dao-tao-boi-duong?start=2``.
- Nghiên cứu - Trao đổi: 114 (two pages + showall) and 104 from the home grid and the listing.
- Thông báo: 120 and 117 in the sidebar marquee of every page and on ``/thong-bao``.
- Hoạt động Đảng bộ - Đoàn thể: 115 only through its component URL on the home page.

Traps
1. Category ``<h1>``: on "Tin bài"/"Đào tạo" pages the only ``<h1>`` is the banner's category name
   ("Tin tức - Sự kiện"); the headline is an ``<h2 class="uk-h3 uk-text-primary">`` (it is also
   the ``<title>`` prefix and the breadcrumb's last item). Gold title = the headline.
2. Sapo printed twice: the "Tin bài" template shows the intro text in a ``uk-text-lead`` panel
   and the article text panel starts with the same bold intro again (Joomla's "show intro" is
   on). Gold: summary = the intro; the body holds it once, as its first paragraph.
3. Vietnamese month *words* in dates: "Thứ Sáu, 04 Tháng Mười Hai 2026 14:30" (vi-VN language
   pack, DATE_FORMAT_LC2), followed lower down by "Cập nhật lần cuối: Thứ Sáu, 04 Tháng Mười Hai
   2026 16:02"; header "Thứ Bảy, 05/12/2026". Gold = the first one with its time
   (2026-12-04T14:30:00+07:00); a printed "00:00" (119) is the day alone.
4. Thông báo layout: the ``<time datetime>`` attribute and the schema ``datePublished`` carry a
   time the page does not print ("02/12/2026" printed): gold = the day "2026-12-02". The official
   notice 120 (Party letterhead "TỈNH ỦY TUYÊN QUANG / TRƯỜNG CHÍNH TRỊ / * / Số: 125-TB/TCT |
   ĐẢNG CỘNG SẢN VIỆT NAM / Tuyên Quang, ngày 30 tháng 11 năm 2026") is dated by its letterhead,
   2026-11-30, not the posting day 01/12; letterhead, "THÔNG BÁO" and subject lines, "Nơi nhận"
   and the signature block are not body; the signer "Trần Thị Bích Ngọc" is the author.
5. Duplicates without canonical (Joomla prints none): the hand-made "Tin xem nhiều" module links
   ``/index.php/<menu>/<alias>`` (121, 118, 114, 116); a "Sự kiện nổi bật" banner pasted from
   Facebook links ``/tin-tuc/<alias>?fbclid=…`` (119); a "Xem thêm" line in 112 links the non-SEF
   ``/index.php?option=com_content&view=article&id=118&catid=9&Itemid=103``; the pagebreak
   plugin serves 114 at three more URLs. All are alt_paths of their article.
6. Pagebreak plugin: 114 is split in two pages (``?showall=&limitstart=1``); the body is the whole
   text (both pages, as ``?showall=1&limitstart=`` prints it); the "Mục lục bài viết" box and the
   "Trang trước / Trang sau" navigation are not body.
7. Lazy images of YOOtheme 2: the builder's full-article image has no ``src``, only
   ``data-src="/templates/yootheme/cache/…jpeg"`` + ``data-srcset`` + ``uk-img``; gold takes the
   data-src path (first image of 119 and 121). Listing thumbnails (other cache paths) are not
   the article's photos.
8. Bylines: the meta line's "Super User" / "quantri" are CMS accounts (nobody); the real
   signatures sit at the end, right-aligned: "Tin, ảnh: Đức Anh" (author and photographer),
   "Bài: Hà Phương - Ảnh: Quang Huy", a unit alone ("Phòng Quản lý đào tạo - Nghiên cứu khoa
   học", "Công đoàn cơ sở Trường Chính trị tỉnh"), "ThS. Nguyễn Thị Thanh Hương<br>Khoa Nhà
   nước và pháp luật", "<strong>Hoàng Long</strong> (Chi đoàn Trường)"; 116's author is the
   created_by_alias "Minh Tuấn" printed in the meta line (no signature in the text).
9. Captions in five shapes: TinyMCE ``<figure><figcaption>``, a centred italic paragraph in
   parentheses (parentheses dropped), a photo credit "Ảnh: Minh Tuấn" (no caption, photographer),
   a one-column layout table with the caption in the second row, and an image followed by
   ``<br><span style="color:#0000ff"><em>…</em></span>`` in one ``div``.
10. Word paste (112): ``<span style="mso-list:Ignore">1.</span>`` markers inside
    ``<!--[if !supportLists]-->`` are no text; the editor's typed "- " in the last line is text.
    JCE's named/decimal entities (97) and a decomposed (NFD) paragraph (115) must come out NFC.
11. Footnotes (114, 104): Word's bracketed "[1]" calls stay in their sentences and the
    "Chú thích:" notes are body; 104's bare ``<sup>1</sup>`` after "Đại hội XIII" is dropped
    ("Đại hội XIII của Đảng"); its "Tài liệu tham khảo" entries are body.
12. Whole texts in a listing: ``/thong-bao`` (default blog layout, no read-more) prints both
    notices in full with title, date and text; it is a listing, not an article. Albums and the
    video page are com_content articles with a title and a date: not articles either.
13. Only via page 2: 102 (``/tin-tuc?start=4``) and 97 (``/dao-tao-boi-duong?start=2``); the
    builder pagination's "next" link is an icon only (``<span uk-pagination-next>``).

Gold decisions on ambiguous points
- The builder's full-article image above the headline is the article's first photo (no caption:
  the template prints none).
- A photo line that only credits ("Ảnh: Minh Tuấn") gives no caption but makes the credited
  person a photographer.
- "Theo Báo Tuyên Quang điện tử" closing 109 is its source; 109's "Theo kế hoạch, …" is text.
- A unit signing alone is the author as printed; a name with its post after it keeps the name.
- Table rows of 104 and 117 (header row included) are paragraphs, cells joined by " | ".
- The notices' "- Số lượng: …" lines keep the typed dash; "1. Đối tượng, tiêu chuẩn" keeps its
  number (typed text, not a list marker).
- Emoji in 115's title and text are kept as printed.
- 114's summary is its bold lead paragraph; 104 and the notices print no sapo (summary null).
- 117 prints only "02/12/2026" (its ``datetime`` attribute says 16:40): gold is the day; its
  closing "Phòng Quản lý đào tạo - NCKH" is a unit signing alone, the author as printed.
- 119's meta prints "… 2026 00:00": midnight, so the day alone.
- The "Xem thêm: <link>" line of 112 and the "File đính kèm" line of 120 are not body.
- Category = the banner/breadcrumb name of the article's category; 115's is "Hoạt động Đảng bộ -
  Đoàn thể" (its breadcrumb, no menu item).
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qs

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
)

NAME = "joomla4_yootheme_tct"
PLATFORM = "Joomla 4 + YOOtheme Pro (UIkit page builder)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Tuyên Quang"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
VER = "2.7.22"

# --- categories -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    key: str
    title: str
    catid: int
    itemid: int
    per_page: int
    template: str  # tinbai | daotao | nghiencuu | thongbao


CATS = {
    "tin-tuc": Cat("tin-tuc", "Tin tức - Sự kiện", 8, 102, 4, "tinbai"),
    "dao-tao-boi-duong": Cat("dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", 9, 103, 2, "daotao"),
    "nghien-cuu-trao-doi": Cat("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 10, 104, 5, "nghiencuu"),
    "thong-bao": Cat("thong-bao", "Thông báo", 11, 105, 5, "thongbao"),
    # no menu item: Joomla 4 routes its articles to /component/content/article/<alias>
    "dang-doan": Cat("dang-doan", "Hoạt động Đảng bộ - Đoàn thể", 18, 101, 5, "tinbai"),
}

MONTHS = {
    1: "Tháng Một", 2: "Tháng Hai", 3: "Tháng Ba", 4: "Tháng Tư", 5: "Tháng Năm", 6: "Tháng Sáu",
    7: "Tháng Bảy", 8: "Tháng Tám", 9: "Tháng Chín", 10: "Tháng Mười", 11: "Tháng Mười Một",
    12: "Tháng Mười Hai",
}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _weekday(y: int, m: int, d: int) -> str:
    import datetime as _dt

    return WEEKDAYS[_dt.date(y, m, d).weekday()]


def lc2(stamp: str) -> str:
    """'2026-12-04 14:30' in the vi-VN pack's DATE_FORMAT_LC2: 'Thứ Sáu, 04 Tháng Mười Hai 2026 14:30'."""
    day, hm = stamp.split(" ")
    y, m, d = (int(x) for x in day.split("-"))
    return f"{_weekday(y, m, d)}, {d:02d} {MONTHS[m]} {y} {hm}"


def dmy(stamp: str) -> str:
    y, m, d = stamp.split(" ")[0].split("-")
    return f"{d}/{m}/{y}"


def hm(stamp: str) -> str:
    return stamp.split(" ")[1]


# --- the stories ------------------------------------------------------------------------------

PAGEBREAK = Raw('<hr class="system-pagebreak" />')

A1 = Story(
    id=121,
    slug="hoi-thao-khoa-hoc-van-dung-tu-tuong-ho-chi-minh-ve-can-bo-vao-cong-tac-can-bo-o-co-so",
    title="Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về cán bộ vào công tác cán bộ ở cơ sở hiện nay”",
    cat="tin-tuc",
    published_at="2026-12-04T14:30:00+07:00",
    blocks=[
        Img("/templates/yootheme/cache/4c/hoi-thao-tu-tuong-hcm-4c19e0b2.jpeg", None, None, "lead"),
        P(
            "Chiều 04/12, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội thảo khoa học cấp trường với chủ đề "
            "“Vận dụng tư tưởng Hồ Chí Minh về cán bộ vào công tác cán bộ ở cơ sở hiện nay”. TS. Hoàng Văn Thắng, "
            "Phó Hiệu trưởng Nhà trường chủ trì hội thảo.",
            "b",
        ),
        P(
            "Dự hội thảo có đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí "
            "trong Ban Giám hiệu, trưởng, phó các khoa, phòng và toàn thể giảng viên Nhà trường."
        ),
        Img(
            "/images/tin-tuc/2026/12/hoi-thao-khai-mac.jpg",
            "TS. Hoàng Văn Thắng, Phó Hiệu trưởng Nhà trường phát biểu khai mạc hội thảo",
            "TS. Hoàng Văn Thắng, Phó Hiệu trưởng Nhà trường phát biểu khai mạc hội thảo",
            "fig",
        ),
        P(
            "Phát biểu khai mạc, TS. Hoàng Văn Thắng nhấn mạnh: tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ "
            "là tài sản tinh thần vô giá của Đảng và dân tộc ta. Sau khi sắp xếp tổ chức bộ máy và vận hành chính "
            "quyền địa phương hai cấp, yêu cầu xây dựng đội ngũ cán bộ cấp xã đủ phẩm chất, năng lực, uy tín càng "
            "trở nên cấp thiết."
        ),
        P(
            "Hội thảo nhận được 27 tham luận của các nhà khoa học, giảng viên và cán bộ đang công tác tại các cơ "
            "quan, đơn vị trong tỉnh. Các ý kiến tập trung làm rõ ba nhóm vấn đề chính:"
        ),
        P("Những nội dung cơ bản trong tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ;", "li"),
        P("Thực trạng công tác tuyển chọn, đánh giá, bố trí, sử dụng cán bộ ở các xã, phường sau sắp xếp;", "li"),
        P(
            "Giải pháp nâng cao chất lượng đào tạo, bồi dưỡng cán bộ cơ sở của Trường Chính trị tỉnh trong thời "
            "gian tới.",
            "li",
        ),
        Img(
            "/images/tin-tuc/2026/12/hoi-thao-tham-luan.jpg",
            "Các đại biểu trình bày tham luận tại hội thảo",
            "Các đại biểu trình bày tham luận tại hội thảo",
            "fig",
        ),
        P(
            "Kết luận hội thảo, đồng chí chủ trì đề nghị các khoa chuyên môn tiếp thu các ý kiến đóng góp, bổ sung "
            "vào nội dung bài giảng các chương trình trung cấp lý luận chính trị và bồi dưỡng cán bộ cơ sở, góp "
            "phần đưa tư tưởng của Người thấm sâu vào thực tiễn công tác cán bộ ở địa phương."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Đức Anh</strong></p>'),
    ],
    authors=["Đức Anh"],
    photographers=["Đức Anh"],
    summary=(
        "Chiều 04/12, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội thảo khoa học cấp trường với chủ đề "
        "“Vận dụng tư tưởng Hồ Chí Minh về cán bộ vào công tác cán bộ ở cơ sở hiện nay”. TS. Hoàng Văn Thắng, "
        "Phó Hiệu trưởng Nhà trường chủ trì hội thảo."
    ),
    opts={
        "created": "2026-12-04 14:30", "modified": "2026-12-04 16:02", "meta_author": "Super User",
        "tags": ["cong-tac-can-bo"], "related": [114, 119],
    },
)

A2 = Story(
    id=119,
    slug="be-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-74-he-khong-tap-trung",
    title="Bế giảng lớp Trung cấp lý luận chính trị khóa 74 hệ không tập trung",
    cat="tin-tuc",
    published_at="2026-12-02",
    blocks=[
        Img("/templates/yootheme/cache/a7/be-giang-k74-a71d5c03.jpeg", None, None, "lead"),
        P(
            "Sáng 02/12, Trường Chính trị tỉnh tổ chức lễ bế giảng và trao bằng tốt nghiệp cho 68 học viên lớp "
            "Trung cấp lý luận chính trị khóa 74 hệ không tập trung, mở tại xã Hàm Yên.",
            "b",
        ),
        P(
            "Lớp học khai giảng tháng 3/2026, học viên là cán bộ, công chức cấp xã, cán bộ các cơ quan, đơn vị đóng "
            "trên địa bàn. Trong thời gian học tập, các học viên đã hoàn thành 5 phần học theo chương trình quy định "
            "của Học viện Chính trị quốc gia Hồ Chí Minh và viết khóa luận tốt nghiệp."
        ),
        P(
            "Kết quả, 100% học viên đủ điều kiện tốt nghiệp, trong đó 14 học viên đạt loại giỏi (chiếm 20,6%), "
            "51 học viên đạt loại khá, 3 học viên đạt loại trung bình."
        ),
        Img(
            "/images/tin-tuc/2026/12/be-giang-k74-trao-giay-khen.jpg",
            "(Lãnh đạo Nhà trường trao giấy khen cho các học viên có thành tích xuất sắc trong học tập)",
            "Lãnh đạo Nhà trường trao giấy khen cho các học viên có thành tích xuất sắc trong học tập",
            "pem",
        ),
        P(
            "Phát biểu bế giảng, đồng chí Phó Hiệu trưởng Nhà trường ghi nhận tinh thần khắc phục khó khăn của học "
            "viên, vừa học tập vừa hoàn thành nhiệm vụ chuyên môn tại địa phương; đồng thời đề nghị các học viên "
            "tiếp tục tự học, tự rèn luyện, vận dụng kiến thức đã học vào thực tiễn công tác."
        ),
        P(
            "Dịp này, Nhà trường tặng giấy khen cho 6 học viên có thành tích xuất sắc trong học tập và 2 học viên có "
            "thành tích trong công tác lớp."
        ),
        Raw('<p style="text-align: right;"><em>Bài: Hà Phương - Ảnh: Quang Huy</em></p>'),
    ],
    authors=["Hà Phương"],
    photographers=["Quang Huy"],
    summary=(
        "Sáng 02/12, Trường Chính trị tỉnh tổ chức lễ bế giảng và trao bằng tốt nghiệp cho 68 học viên lớp "
        "Trung cấp lý luận chính trị khóa 74 hệ không tập trung, mở tại xã Hàm Yên."
    ),
    opts={
        "created": "2026-12-02 00:00", "modified": "2026-12-02 15:47", "meta_author": "Super User",
        "related": [121, 118],
    },
)

A3 = Story(
    id=116,
    slug="doan-cong-tac-truong-chinh-tri-tinh-trao-doi-kinh-nghiem-tai-truong-chinh-tri-tinh-phu-tho",
    title="Đoàn công tác Trường Chính trị tỉnh trao đổi kinh nghiệm tại Trường Chính trị tỉnh Phú Thọ",
    cat="tin-tuc",
    published_at="2026-11-27T09:45:00+07:00",
    blocks=[
        P(
            "Từ ngày 25 đến 26/11, đoàn công tác Trường Chính trị tỉnh Tuyên Quang do TS. Nguyễn Thị Lan Hương, "
            "Hiệu trưởng làm trưởng đoàn đã đến thăm, trao đổi kinh nghiệm tại Trường Chính trị tỉnh Phú Thọ.",
            "b",
        ),
        P(
            "Tại buổi làm việc, hai bên đã trao đổi về công tác tổ chức các lớp đào tạo, bồi dưỡng sau khi sắp xếp "
            "đơn vị hành chính; việc xây dựng chương trình bồi dưỡng cán bộ cấp xã theo vị trí việc làm; công tác "
            "nghiên cứu khoa học và đi thực tế của giảng viên."
        ),
        Img("/images/tin-tuc/2026/11/doan-cong-tac-phu-tho.jpg", "Ảnh: Minh Tuấn", None, "credit"),
        P(
            "Đại diện Trường Chính trị tỉnh Phú Thọ chia sẻ kinh nghiệm trong việc ứng dụng chuyển đổi số vào quản "
            "lý học viên, tổ chức thi trắc nghiệm trên máy tính và số hóa hồ sơ, tài liệu lưu trữ của Nhà trường."
        ),
        P(
            "“Chuyển đổi số không chỉ là đầu tư thiết bị mà trước hết là thay đổi cách nghĩ, cách làm của mỗi cán "
            "bộ, giảng viên” - đồng chí Hiệu trưởng Trường Chính trị tỉnh Phú Thọ chia sẻ.",
            "q",
        ),
        P(
            "Thay mặt đoàn công tác, TS. Nguyễn Thị Lan Hương cảm ơn sự đón tiếp chu đáo của Trường Chính trị tỉnh "
            "Phú Thọ và mong muốn hai trường tiếp tục tăng cường phối hợp, trao đổi giảng viên, tài liệu phục vụ "
            "giảng dạy trong thời gian tới."
        ),
    ],
    authors=["Minh Tuấn"],
    photographers=["Minh Tuấn"],
    summary=(
        "Từ ngày 25 đến 26/11, đoàn công tác Trường Chính trị tỉnh Tuyên Quang do TS. Nguyễn Thị Lan Hương, "
        "Hiệu trưởng làm trưởng đoàn đã đến thăm, trao đổi kinh nghiệm tại Trường Chính trị tỉnh Phú Thọ."
    ),
    opts={
        "created": "2026-11-27 09:45", "modified": "2026-11-28 08:10", "meta_author": "Minh Tuấn",
        "related": [121, 109],
    },
)

A4 = Story(
    id=109,
    slug="truong-chinh-tri-tinh-huong-ung-ngay-phap-luat-viet-nam-nam-2026",
    title="Trường Chính trị tỉnh hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026",
    cat="tin-tuc",
    published_at="2026-11-10T10:15:00+07:00",
    blocks=[
        P(
            "Sáng 10/11, Trường Chính trị tỉnh tổ chức chương trình hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội "
            "chủ nghĩa Việt Nam năm 2026 với sự tham gia của hơn 200 cán bộ, giảng viên và học viên các lớp đang học "
            "tập tại Trường.",
            "b",
        ),
        P(
            "Theo kế hoạch, chương trình gồm hai phần: báo cáo chuyên đề về những điểm mới của Luật Tổ chức chính "
            "quyền địa phương năm 2025 và cuộc thi tìm hiểu pháp luật theo hình thức trắc nghiệm trực tuyến dành cho "
            "học viên."
        ),
        P(
            "Tại buổi báo cáo, ThS. Lê Quang Vinh, Trưởng khoa Nhà nước và pháp luật đã phân tích những nội dung cơ "
            "bản về phân định thẩm quyền giữa chính quyền cấp tỉnh và cấp xã, nguyên tắc phân cấp, phân quyền, ủy "
            "quyền trong tổ chức chính quyền địa phương hai cấp."
        ),
        Img("/images/tin-tuc/2026/11/ngay-phap-luat-2026.jpg", None, None, "plain"),
        P(
            "Cuộc thi trắc nghiệm thu hút 186 học viên tham gia. Ban Tổ chức đã trao 1 giải nhất, 2 giải nhì, "
            "3 giải ba và 5 giải khuyến khích cho các cá nhân có kết quả cao."
        ),
        Raw('<p style="text-align: right;"><em>Theo Báo Tuyên Quang điện tử</em></p>'),
    ],
    source="Báo Tuyên Quang điện tử",
    summary=(
        "Sáng 10/11, Trường Chính trị tỉnh tổ chức chương trình hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội "
        "chủ nghĩa Việt Nam năm 2026 với sự tham gia của hơn 200 cán bộ, giảng viên và học viên các lớp đang học "
        "tập tại Trường."
    ),
    opts={
        "created": "2026-11-10 10:15", "modified": "2026-11-10 10:15", "meta_author": "Super User",
        "related": [116],
    },
)

A5 = Story(
    id=102,
    slug="cong-doan-truong-chinh-tri-tinh-to-chuc-cac-hoat-dong-chao-mung-ngay-phu-nu-viet-nam-20-10",
    title="Công đoàn Trường Chính trị tỉnh tổ chức các hoạt động chào mừng Ngày Phụ nữ Việt Nam 20/10",
    cat="tin-tuc",
    published_at="2026-10-19T17:05:00+07:00",
    blocks=[
        P(
            "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), Công "
            "đoàn cơ sở Trường Chính trị tỉnh đã tổ chức nhiều hoạt động thiết thực dành cho nữ cán bộ, giảng viên, "
            "người lao động.",
            "b",
        ),
        P(
            "Chiều 19/10, Công đoàn Nhà trường tổ chức buổi nói chuyện chuyên đề “Phụ nữ với việc giữ gìn hạnh phúc "
            "gia đình trong thời đại số” do Bác sĩ chuyên khoa II Trần Thị Hạnh, Bệnh viện Đa khoa tỉnh trình bày."
        ),
        Img(
            "/images/tin-tuc/2026/10/hoi-thi-cam-hoa-20-10.jpg",
            "Các nữ đoàn viên công đoàn tham gia hội thi cắm hoa nghệ thuật",
            "Các nữ đoàn viên công đoàn tham gia hội thi cắm hoa nghệ thuật",
            "table",
        ),
        P(
            "Cùng với đó, hội thi cắm hoa nghệ thuật với chủ đề “Sắc màu phụ nữ Việt Nam” diễn ra sôi nổi với sự "
            "tham gia của 5 tổ công đoàn. Kết quả, Ban Giám khảo trao giải nhất cho Tổ công đoàn Khoa Lý luận cơ sở; "
            "giải nhì cho Tổ công đoàn Phòng Hành chính - Tổ chức - Quản trị."
        ),
        P(
            "Các hoạt động góp phần động viên nữ cán bộ, giảng viên, người lao động phát huy truyền thống “Anh hùng, "
            "bất khuất, trung hậu, đảm đang”, hoàn thành tốt nhiệm vụ được giao."
        ),
        Raw('<p style="text-align: right;"><strong>Công đoàn cơ sở Trường Chính trị tỉnh</strong></p>'),
    ],
    authors=["Công đoàn cơ sở Trường Chính trị tỉnh"],
    summary=(
        "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), Công "
        "đoàn cơ sở Trường Chính trị tỉnh đã tổ chức nhiều hoạt động thiết thực dành cho nữ cán bộ, giảng viên, "
        "người lao động."
    ),
    opts={
        "created": "2026-10-19 17:05", "modified": "2026-10-20 07:31", "meta_author": "Super User",
        "related": [116, 109],
    },
)

B1 = Story(
    id=118,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-76-he-tap-trung",
    title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 76 hệ tập trung",
    cat="dao-tao-boi-duong",
    published_at="2026-12-03T10:00:00+07:00",
    blocks=[
        P(
            "Sáng 03/12, Trường Chính trị tỉnh tổ chức lễ khai giảng lớp Trung cấp lý luận chính trị - hành chính "
            "khóa 76 hệ tập trung cho 92 học viên là cán bộ, công chức các xã, phường và các sở, ban, ngành của tỉnh.",
            "b",
        ),
        P(
            "Dự lễ khai giảng có đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy; lãnh đạo Nhà trường, đại diện các khoa, "
            "phòng và giảng viên chủ nhiệm lớp."
        ),
        Img(
            "/images/dao-tao/2026/12/khai-giang-k76-1.jpg",
            "Đồng chí Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            "Đồng chí Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            "divbr",
        ),
        P(
            "Theo chương trình, lớp học kéo dài 8 tháng với 5 phần học: Những vấn đề cơ bản của chủ nghĩa Mác - Lênin "
            "và tư tưởng Hồ Chí Minh; Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam; Những "
            "vấn đề cơ bản về hệ thống chính trị, Nhà nước và pháp luật xã hội chủ nghĩa; Quan điểm, đường lối của "
            "Đảng, chính sách, pháp luật của Nhà nước về các lĩnh vực của đời sống xã hội; Kỹ năng lãnh đạo, quản "
            "lý và nghiệp vụ công tác của cán bộ cơ sở."
        ),
        P(
            "Phát biểu khai giảng, đồng chí Hiệu trưởng đề nghị học viên nghiêm túc chấp hành quy chế học tập, rèn "
            "luyện; chủ động nghiên cứu tài liệu, tích cực trao đổi, thảo luận, gắn lý luận với thực tiễn công tác "
            "tại cơ quan, địa phương."
        ),
        Img(
            "/images/dao-tao/2026/12/khai-giang-k76-2.jpg",
            "Các học viên lớp Trung cấp lý luận chính trị - hành chính khóa 76 chụp ảnh lưu niệm",
            "Các học viên lớp Trung cấp lý luận chính trị - hành chính khóa 76 chụp ảnh lưu niệm",
            "divbr",
        ),
        Raw(
            '<p style="text-align: right;"><strong>Phòng Quản lý đào tạo - Nghiên cứu khoa học</strong></p>'
        ),
    ],
    authors=["Phòng Quản lý đào tạo - Nghiên cứu khoa học"],
    summary=(
        "Sáng 03/12, Trường Chính trị tỉnh tổ chức lễ khai giảng lớp Trung cấp lý luận chính trị - hành chính "
        "khóa 76 hệ tập trung cho 92 học viên là cán bộ, công chức các xã, phường và các sở, ban, ngành của tỉnh."
    ),
    opts={
        "created": "2026-12-03 10:00", "modified": "2026-12-03 11:20", "meta_author": "quantri",
        "tags": ["ly-luan-chinh-tri"], "related": [119, 112],
    },
)

_W = "font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif"

B2 = Story(
    id=112,
    slug="boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
    title="Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-11-16T14:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 10 đến 14/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức lớp bồi "
            "dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026.",
            "wb",
        ),
        P(
            "Tham gia lớp học có 115 học viên là cán bộ, công chức các xã, phường; trưởng thôn, tổ trưởng tổ dân "
            "phố; đảng viên mới và chức sắc, chức việc các tôn giáo trên địa bàn tỉnh.",
            "w",
        ),
        P("Trong thời gian 5 ngày, học viên được nghiên cứu, quán triệt các chuyên đề:", "w"),
        P("Quan điểm của Đảng, chính sách, pháp luật của Nhà nước về quốc phòng, an ninh;", "mso:1."),
        P(
            "Xây dựng nền quốc phòng toàn dân, thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân;",
            "mso:2.",
        ),
        P(
            "Phòng, chống chiến lược “diễn biến hòa bình”, bạo loạn lật đổ của các thế lực thù địch;",
            "mso:3.",
        ),
        P("Xây dựng lực lượng dân quân tự vệ, lực lượng dự bị động viên trong tình hình mới.", "mso:4."),
        P("- Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 73,9% đạt loại khá, giỏi.", "w"),
        Raw(
            '<p class="MsoNormal"><em>Xem thêm: <a href="/index.php?option=com_content&amp;view=article&amp;id=118'
            '&amp;catid=9&amp;Itemid=103">Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 76 hệ tập '
            "trung</a></em></p>"
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><span style="' + _W + '">ThS. Nguyễn Thị '
            'Thanh Hương</span></b><br><i><span style="' + _W + '">Khoa Nhà nước và pháp luật</span></i></p>'
        ),
    ],
    authors=["Nguyễn Thị Thanh Hương"],
    summary=(
        "Từ ngày 10 đến 14/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức lớp bồi "
        "dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
    ),
    opts={
        "created": "2026-11-16 14:00", "modified": "2026-12-03 11:26", "meta_author": "quantri",
        "tags": ["ly-luan-chinh-tri"], "related": [118],
    },
)

B3 = Story(
    id=97,
    slug="ket-thuc-lop-boi-duong-cap-nhat-kien-thuc-cho-can-bo-dien-ban-thuong-vu-tinh-uy-quan-ly-nam-2026",
    title="Kết thúc lớp bồi dưỡng cập nhật kiến thức cho cán bộ diện Ban Thường vụ Tỉnh ủy quản lý năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-10-14T07:50:00+07:00",
    blocks=[
        P(
            "Sau 3 ngày học tập nghiêm túc, chiều 13/10, lớp bồi dưỡng cập nhật kiến thức cho cán bộ diện Ban Thường "
            "vụ Tỉnh ủy quản lý năm 2026 đã kết thúc.",
            "b",
        ),
        P(
            "Lớp học có 64 đồng chí là lãnh đạo các sở, ban, ngành, đoàn thể tỉnh và bí thư, chủ tịch Ủy ban nhân "
            "dân các xã, phường tham dự. Các học viên được nghe các chuyên đề về tình hình thế giới, khu vực; kinh "
            "tế số và chuyển đổi số; công tác bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng."
        ),
        Img(
            "/images/dao-tao/2026/10/be-mac-lop-cap-nhat-kien-thuc.jpg",
            "Quang cảnh bế mạc lớp bồi dưỡng",
            "Quang cảnh bế mạc lớp bồi dưỡng",
            "fig",
        ),
        P(
            "Bế mạc lớp học, đồng chí Hiệu trưởng đề nghị các học viên tiếp tục nghiên cứu, vận dụng sáng tạo những "
            "kiến thức được cập nhật vào công tác lãnh đạo, chỉ đạo, điều hành tại cơ quan, đơn vị, địa phương."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lan Anh</strong></p>'),
    ],
    authors=["Lan Anh"],
    photographers=["Lan Anh"],
    summary=(
        "Sau 3 ngày học tập nghiêm túc, chiều 13/10, lớp bồi dưỡng cập nhật kiến thức cho cán bộ diện Ban Thường "
        "vụ Tỉnh ủy quản lý năm 2026 đã kết thúc."
    ),
    opts={
        "created": "2026-10-14 07:50", "modified": "2026-10-14 07:50", "meta_author": "quantri",
        "entities": True, "related": [118],
    },
)

C1 = Story(
    id=114,
    slug="nang-cao-chat-luong-doi-ngu-giang-vien-truong-chinh-tri-tinh-dap-ung-yeu-cau-trong-giai-doan-moi",
    title="Nâng cao chất lượng đội ngũ giảng viên Trường Chính trị tỉnh đáp ứng yêu cầu trong giai đoạn mới",
    cat="nghien-cuu-trao-doi",
    published_at="2026-11-24",
    blocks=[
        Raw(
            '<p style="text-align: right;"><strong>TS. Đỗ Văn Khải</strong><br><em>Phó Hiệu trưởng Trường Chính trị '
            "tỉnh</em></p>"
        ),
        P(
            "Đội ngũ giảng viên là lực lượng nòng cốt, quyết định chất lượng đào tạo, bồi dưỡng cán bộ của Trường "
            "Chính trị tỉnh. Bài viết đánh giá thực trạng và đề xuất một số giải pháp nâng cao chất lượng đội ngũ "
            "giảng viên Nhà trường trong giai đoạn mới.",
            "bi",
        ),
        P("1. Thực trạng đội ngũ giảng viên Trường Chính trị tỉnh", "h"),
        P(
            "Quy định số 09-QĐ/TW ngày 13/11/2018 của Ban Bí thư về chức năng, nhiệm vụ, tổ chức bộ máy của trường "
            "chính trị tỉnh, thành phố trực thuộc Trung ương xác định: trường chính trị là cơ sở đào tạo, bồi dưỡng "
            "cán bộ lãnh đạo, quản lý của hệ thống chính trị ở địa phương.[1] Điều đó đặt ra yêu cầu rất cao đối "
            "với đội ngũ giảng viên."
        ),
        P(
            "Hiện nay, Nhà trường có 38 giảng viên, trong đó 5 tiến sĩ, 31 thạc sĩ; 100% giảng viên có trình độ cao "
            "cấp lý luận chính trị. Đa số giảng viên có phẩm chất chính trị vững vàng, tâm huyết với nghề, tích cực "
            "đổi mới phương pháp giảng dạy."
        ),
        P(
            "Tuy nhiên, số giảng viên có kinh nghiệm thực tiễn công tác ở cơ sở còn ít; việc đi thực tế chưa thường "
            "xuyên; năng lực nghiên cứu khoa học và ứng dụng công nghệ thông tin trong giảng dạy của một bộ phận "
            "giảng viên còn hạn chế."
        ),
        PAGEBREAK,
        P("2. Một số giải pháp", "h"),
        P(
            "Thứ nhất, đổi mới công tác tuyển dụng, ưu tiên thu hút cán bộ có kinh nghiệm thực tiễn lãnh đạo, quản "
            "lý ở cơ sở về làm giảng viên kiêm chức, giảng viên thỉnh giảng."
        ),
        P(
            "Thứ hai, thực hiện nghiêm chế độ đi thực tế theo Hướng dẫn số 05-HD/BTGTW; mỗi giảng viên đi thực tế "
            "ít nhất 30 ngày trong một năm.[2]"
        ),
        P(
            "Thứ ba, đẩy mạnh bồi dưỡng kỹ năng số, khuyến khích giảng viên xây dựng bài giảng điện tử, học liệu số "
            "phục vụ đào tạo trực tuyến."
        ),
        P(
            "Thứ tư, gắn đánh giá, xếp loại giảng viên với kết quả giảng dạy, nghiên cứu khoa học và sự phản hồi "
            "của học viên."
        ),
        P("Chú thích:", "notehead"),
        P(
            "[1] Ban Bí thư: Quy định số 09-QĐ/TW ngày 13/11/2018 về chức năng, nhiệm vụ, tổ chức bộ máy của trường "
            "chính trị tỉnh, thành phố trực thuộc Trung ương.",
            "note:1",
        ),
        P(
            "[2] Ban Tuyên giáo Trung ương: Hướng dẫn số 05-HD/BTGTW ngày 07/6/2019 về chế độ đi thực tế của giảng "
            "viên lý luận chính trị.",
            "note:2",
        ),
    ],
    authors=["Đỗ Văn Khải"],
    summary=(
        "Đội ngũ giảng viên là lực lượng nòng cốt, quyết định chất lượng đào tạo, bồi dưỡng cán bộ của Trường "
        "Chính trị tỉnh. Bài viết đánh giá thực trạng và đề xuất một số giải pháp nâng cao chất lượng đội ngũ "
        "giảng viên Nhà trường trong giai đoạn mới."
    ),
    opts={
        "created": "2026-11-24 08:00", "modified": "2026-11-25 10:40", "meta_author": "quantri",
        "tags": ["cong-tac-can-bo"], "related": [104],
    },
)

C2 = Story(
    id=104,
    slug="van-dung-phuong-phap-giang-day-tich-cuc-trong-giang-day-ly-luan-chinh-tri",
    title="Vận dụng phương pháp giảng dạy tích cực trong giảng dạy lý luận chính trị ở Trường Chính trị tỉnh",
    cat="nghien-cuu-trao-doi",
    published_at="2026-10-30",
    blocks=[
        P(
            "Nghị quyết Đại hội XIII của Đảng xác định đổi mới căn bản, toàn diện giáo dục và đào tạo là một trong "
            "những nhiệm vụ trọng tâm. Đối với các trường chính trị, đổi mới phương pháp giảng dạy lý luận chính trị "
            "theo hướng phát huy tính tích cực, chủ động của người học là yêu cầu cấp thiết.",
            "sup:XIII:1",
        ),
        P(
            "Kết quả khảo sát 150 học viên các lớp trung cấp lý luận chính trị năm 2026 về mức độ vận dụng một số "
            "phương pháp giảng dạy tích cực như sau:"
        ),
        P("Phương pháp | Thường xuyên | Thỉnh thoảng | Chưa sử dụng", "tr"),
        P("Thảo luận nhóm | 62% | 31% | 7%", "tr"),
        P("Nêu vấn đề | 48% | 40% | 12%", "tr"),
        P("Tình huống | 35% | 47% | 18%", "tr"),
        P(
            "Kết quả trên cho thấy phương pháp thảo luận nhóm được sử dụng khá phổ biến, trong khi phương pháp tình "
            "huống, vốn rất phù hợp với đối tượng học viên là cán bộ cơ sở, còn ít được vận dụng."
        ),
        P(
            "Để nâng cao hiệu quả, giảng viên cần xây dựng hệ thống tình huống gắn với thực tiễn địa phương; tổ chức "
            "lớp học theo nhóm nhỏ; kết hợp linh hoạt giữa thuyết trình với đối thoại và sử dụng công nghệ thông tin "
            "hợp lý."
        ),
        P("Tài liệu tham khảo", "h4"),
        P(
            "1. Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb. Chính trị quốc gia "
            "Sự thật, Hà Nội, 2021.",
            "edn:1",
        ),
        P(
            "2. Học viện Chính trị quốc gia Hồ Chí Minh: Giáo trình Phương pháp giảng dạy lý luận chính trị, Nxb. Lý "
            "luận chính trị, Hà Nội, 2020.",
            "edn:2",
        ),
        Raw(
            '<p style="text-align: right;"><strong>ThS. Phạm Thị Minh Nguyệt</strong> - Khoa Xây dựng Đảng</p>'
        ),
    ],
    authors=["Phạm Thị Minh Nguyệt"],
    opts={
        "created": "2026-10-30 15:10", "modified": "2026-10-31 09:02", "meta_author": "quantri",
        "tags": ["ly-luan-chinh-tri"], "related": [114],
    },
)

D1 = Story(
    id=120,
    slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-77-nam-2027",
    title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung khóa 77 năm 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(
            '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
            '<td style="width: 42%; text-align: center; vertical-align: top;">TỈNH ỦY TUYÊN QUANG<br>'
            "<strong>TRƯỜNG CHÍNH TRỊ</strong><br>*<br>Số: 125-TB/TCT</td>"
            '<td style="width: 58%; text-align: center; vertical-align: top;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM'
            "</u></strong><br><br><em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br><strong>Tuyển sinh lớp Trung cấp lý luận '
            "chính trị hệ không tập trung khóa 77 năm 2027</strong><br>-----</p>"
        ),
        P(
            "Căn cứ Kế hoạch đào tạo, bồi dưỡng năm 2027 của Trường Chính trị tỉnh đã được Ban Thường vụ Tỉnh ủy phê "
            "duyệt, Trường Chính trị tỉnh thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung "
            "khóa 77 như sau:"
        ),
        P("1. Đối tượng, tiêu chuẩn", "b"),
        P(
            "Cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý cấp phòng và tương đương; "
            "cán bộ, công chức cấp xã; có trình độ chuyên môn từ trung cấp trở lên; tuổi đời không quá 45 tuổi tính "
            "đến thời điểm được cử đi học."
        ),
        P("2. Số lượng, thời gian, địa điểm", "b"),
        P("- Số lượng: 80 học viên."),
        P("- Thời gian học: 12 tháng, dự kiến khai giảng tháng 02/2027."),
        P("- Địa điểm: Trường Chính trị tỉnh Tuyên Quang."),
        P("3. Hồ sơ dự tuyển", "b"),
        P(
            "Hồ sơ gửi về Phòng Quản lý đào tạo - Nghiên cứu khoa học trước ngày 15/01/2027. Chi tiết liên hệ số "
            "điện thoại 0207.3822.468."
        ),
        Raw(
            '<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%; vertical-align: top;">'
            "<p><strong><em>Nơi nhận:</em></strong><br>- Các đảng ủy xã, phường;<br>- Các sở, ban, ngành, đoàn thể "
            "tỉnh;<br>- Lưu VT, QLĐT-NCKH.</p></td>"
            '<td style="width: 50%; text-align: center; vertical-align: top;"><p><strong>K/T HIỆU TRƯỞNG<br>PHÓ HIỆU '
            "TRƯỞNG</strong><br><br><em>(Đã ký)</em><br><br><strong>Trần Thị Bích Ngọc</strong></p></td></tr>"
            "</tbody></table>"
            '<p><span style="color: #ff0000;">File đính kèm:</span> <a href="/images/van-ban/2026/125-tb-tct.pdf" '
            'target="_blank">125-TB-TCT.pdf</a></p>'
        ),
    ],
    authors=["Trần Thị Bích Ngọc"],
    opts={
        "created": "2026-12-01 08:05", "modified": "2026-12-01 09:12", "meta_author": "quantri",
    },
)

D2 = Story(
    id=117,
    slug="lich-thi-het-phan-hoc-lop-trung-cap-ly-luan-chinh-tri-khoa-75-he-tap-trung",
    title="Lịch thi hết phần học lớp Trung cấp lý luận chính trị khóa 75 hệ tập trung",
    cat="thong-bao",
    published_at="2026-12-02",
    blocks=[
        P(
            "Phòng Quản lý đào tạo - Nghiên cứu khoa học thông báo lịch thi hết phần học lớp Trung cấp lý luận chính "
            "trị khóa 75 hệ tập trung như sau:"
        ),
        P("Ngày thi | Môn thi | Hình thức | Phòng thi", "tr"),
        P(
            "09/12/2026 | Những vấn đề cơ bản về hệ thống chính trị, Nhà nước và pháp luật | Viết | Hội trường B",
            "tr",
        ),
        P("16/12/2026 | Kỹ năng lãnh đạo, quản lý | Tiểu luận | Phòng 201", "tr"),
        P("Đề nghị học viên có mặt trước giờ thi 15 phút, mang theo thẻ học viên và chấp hành nghiêm quy chế thi."),
        Raw('<p style="text-align: right;"><em><strong>Phòng Quản lý đào tạo - NCKH</strong></em></p>'),
    ],
    authors=["Phòng Quản lý đào tạo - NCKH"],
    opts={
        "created": "2026-12-02 16:40", "modified": "2026-12-02 16:40", "meta_author": "quantri",
    },
)

E1 = Story(
    id=115,
    slug="chi-doan-truong-chinh-tri-tinh-huong-ung-ngay-chu-nhat-xanh",
    title="Chi đoàn Trường Chính trị tỉnh hưởng ứng “Ngày Chủ nhật xanh” 🌿",
    cat="dang-doan",
    published_at="2026-11-13T20:15:00+07:00",
    blocks=[
        P(
            "Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Tỉnh đoàn phát động, sáng Chủ nhật 08/11, Chi đoàn Trường "
            "Chính trị tỉnh đã tổ chức ra quân làm vệ sinh môi trường, trồng cây xanh trong khuôn viên Nhà trường.",
            "b",
        ),
        P(
            "Hơn 30 đoàn viên thanh niên đã tham gia thu gom rác thải, phát quang bụi rậm, nạo vét rãnh thoát nước "
            "khu ký túc xá học viên và trồng mới 50 cây hoa giấy dọc tuyến đường nội bộ.",
            "nfd",
        ),
        Img(
            "/images/doan-the/2026/11/chu-nhat-xanh.jpg",
            "Đoàn viên Chi đoàn ra quân dọn vệ sinh khu ký túc xá học viên",
            "Đoàn viên Chi đoàn ra quân dọn vệ sinh khu ký túc xá học viên",
            "pem",
        ),
        P(
            "Hoạt động nhằm nâng cao ý thức bảo vệ môi trường, góp phần xây dựng cảnh quan Nhà trường “Xanh - Sạch "
            "- Đẹp”, tạo môi trường học tập thuận lợi cho học viên. 💚"
        ),
        Raw('<p style="text-align: right;"><strong>Hoàng Long</strong> (Chi đoàn Trường)</p>'),
    ],
    authors=["Hoàng Long"],
    summary=(
        "Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Tỉnh đoàn phát động, sáng Chủ nhật 08/11, Chi đoàn Trường "
        "Chính trị tỉnh đã tổ chức ra quân làm vệ sinh môi trường, trồng cây xanh trong khuôn viên Nhà trường."
    ),
    opts={
        "created": "2026-11-13 20:15", "modified": "2026-11-14 07:02", "meta_author": "Super User",
        "related": [121],
    },
)

STORIES = [A1, A2, A3, A4, A5, B1, B2, B3, C1, C2, D1, D2, E1]
BY_ID = {s.id: s for s in STORIES}
BY_ALIAS = {(s.cat, s.slug): s for s in STORIES}


def in_cat(key: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == key), key=lambda s: s.opts["created"], reverse=True)


def story_path(s: Story) -> str:
    if s.cat == "dang-doan":
        return f"/component/content/article/{s.slug}?catid=18&Itemid=101"
    return f"/{s.cat}/{s.slug}"


TAGS = {"cong-tac-can-bo": "Công tác cán bộ", "ly-luan-chinh-tri": "Lý luận chính trị"}

# "Tin xem nhiều": a Custom HTML module typed when URL rewriting was still off
POPULAR = [121, 118, 114, 116]
FBCLID = "IwZXh0bgNhZW0CMTEAAR2k7Qe0S1mXb3vRLJt0pC8wq_aem_ZmFrZWZha2VfbW9kdWxl"

# --- article text rendering ------------------------------------------------------------------


def _img_tag(img: Img, w: int = 800, h: int = 533) -> str:
    alt = img.caption or img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return f'<img src="{img.src}" alt="{esc(alt)}" width="{w}" height="{h}" loading="lazy">'


def _para_text(t: str, style: str) -> str:
    s = unicodedata.normalize("NFD", t) if style == "nfd" else t
    s = _html.escape(s, quote=False)
    # Word's footnote calls: brackets printed, wrapped in the footnote reference spans
    return re.sub(
        r"\[(\d)\]",
        lambda m: (
            f'<a style="mso-footnote-id:ftn{m.group(1)}" href="#_ftn{m.group(1)}" name="_ftnref{m.group(1)}" '
            f'title=""><span class="MsoFootnoteReference"><span style="font-size:13.0pt">[{m.group(1)}]</span>'
            "</span></a>"
        ),
        s,
    )


def render_text(story: Story, blocks: list | None = None) -> str:
    """The article's text as the editor saved it (Joomla introtext + fulltext)."""
    out: list[str] = []
    blocks = story.blocks if blocks is None else blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            st = b.style
            if st == "lead":
                pass  # printed by the builder's Image element, above the headline
            elif st == "fig":
                out.append(
                    f'<figure class="image" style="text-align: center;">{_img_tag(b)}'
                    f"<figcaption>{esc(b.printed or '')}</figcaption></figure>"
                )
            elif st == "pem":
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>')
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed or "")}</em></p>')
            elif st == "credit":
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>')
                out.append(f'<p style="text-align: right;"><em>{esc(b.printed or "")}</em></p>')
            elif st == "plain":
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>')
            elif st == "table":
                out.append(
                    '<table style="margin-left: auto; margin-right: auto; width: 90%;" border="0" cellpadding="3">'
                    f'<tbody><tr><td style="text-align: center;">{_img_tag(b, 640, 427)}</td></tr>'
                    f'<tr><td style="text-align: center; background-color: #f2f2f2;"><span style="font-size: 10pt;">'
                    f"<em>{esc(b.printed or '')}</em></span></td></tr></tbody></table>"
                )
            elif st == "divbr":
                out.append(
                    f'<div style="text-align: center;">{_img_tag(b)}<br>'
                    f'<span style="font-size: 10pt; color: #0000ff;"><em>{esc(b.printed or "")}</em></span></div>'
                )
        else:
            st = b.style
            if st == "li":
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                    items.append(f"<li>{_para_text(blocks[i].text, '')}</li>")
                    i += 1
                out.append('<ul style="text-align: justify;">' + "".join(items) + "</ul>")
                continue
            if st == "tr":
                rows = []
                first = True
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                    tag = "th" if first else "td"
                    cells = "".join(
                        f'<{tag} style="border: 1px solid #999; padding: 4px;">{esc(c)}</{tag}>'
                        for c in blocks[i].text.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                    first = False
                    i += 1
                out.append(
                    '<table class="uk-table uk-table-small" style="border-collapse: collapse; width: 100%;" '
                    'border="1"><tbody>' + "".join(rows) + "</tbody></table>"
                )
                continue
            t = _para_text(b.text, st)
            if st == "b":
                out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
            elif st == "bi":
                out.append(f'<p style="text-align: justify;"><strong><em>{t}</em></strong></p>')
            elif st == "h":
                out.append(f'<h3 style="text-align: justify;"><strong>{t}</strong></h3>')
            elif st == "h4":
                out.append(f"<h4>{t}</h4>")
            elif st == "q":
                out.append(f'<blockquote><p><em>{t}</em></p></blockquote>')
            elif st == "w":
                out.append(
                    f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
                    f'<span style="{_W}">{t}</span></p>'
                )
            elif st == "wb":
                out.append(
                    f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
                    f'<b><span style="{_W}">{t}</span></b></p>'
                )
            elif st.startswith("mso:"):
                marker = st[4:]
                out.append(
                    '<p class="MsoListParagraph" style="margin-left:54.0pt;text-align:justify;text-indent:-18.0pt;'
                    'line-height:150%;mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span style="'
                    + _W
                    + f'"><span style="mso-list:Ignore">{marker}<span style="font:7.0pt &quot;Times New Roman&quot;">'
                    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
                    f'<span style="{_W}">{t}</span></p>'
                )
            elif st.startswith("sup:"):
                _, word, n = st.split(":")
                t = t.replace(
                    word, f'{word}<sup><a href="#_edn{n}" name="_ednref{n}" title="">{n}</a></sup>', 1
                )
                out.append(f'<p style="text-align: justify;">{t}</p>')
            elif st == "notehead":
                out.append(f'<p><strong><em>{t}</em></strong></p><hr align="left" size="1" width="33%">')
            elif st.startswith("note:"):
                n = st[5:]
                body = t.replace(
                    f'<a style="mso-footnote-id:ftn{n}" href="#_ftn{n}" name="_ftnref{n}" title="">',
                    f'<a style="mso-footnote-id:ftn{n}" href="#_ftnref{n}" name="_ftn{n}" title="">',
                )
                out.append(f'<div style="mso-element:footnote" id="ftn{n}"><p class="MsoFootnoteText">{body}</p></div>')
            elif st.startswith("edn:"):
                n = st[4:]
                num, rest = t.split(" ", 1)
                out.append(f'<p class="MsoEndnoteText"><a href="#_ednref{n}" name="_edn{n}">{num}</a> {rest}</p>')
            else:
                out.append(f'<p style="text-align: justify;">{t}</p>')
        i += 1
    markup = "\n".join(out)
    if story.opts.get("entities"):
        markup = entity_mix(markup)
    return markup


def intro_html(story: Story) -> str:
    first = next(b for b in story.blocks if isinstance(b, P))
    return render_text(story, [first])


def pages_of(story: Story) -> list[list]:
    parts: list[list] = [[]]
    for b in story.blocks:
        if b is PAGEBREAK:
            parts.append([])
        else:
            parts[-1].append(b)
    return parts


def intro_plain(story: Story, words: int = 34) -> str:
    first = next(b for b in story.blocks if isinstance(b, P))
    w = first.text.split()
    return " ".join(w[:words]) + (" ..." if len(w) > words else "")


def thumb(story: Story) -> str:
    h = f"{(story.id * 2654435761) & 0xFFFFFFFF:08x}"
    return f"/templates/yootheme/cache/{h[:2]}/thumb-{story.id}-{h}.jpeg"


# --- chrome -----------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", None, [
        ("Lịch sử hình thành và phát triển", "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien"),
        ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"),
    ]),
    ("Tin tức", "/tin-tuc", [
        ("Tin tức - Sự kiện", "/tin-tuc"),
        ("Đào tạo - Bồi dưỡng", "/dao-tao-boi-duong"),
        ("Thông báo", "/thong-bao"),
    ]),
    ("Nghiên cứu - Trao đổi", "/nghien-cuu-trao-doi", []),
    ("Văn bản", "/van-ban", []),
    ("Thư viện", None, [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video")]),
    ("Liên hệ", "/lien-he", []),
]
ITEM_IDS = {"/": 101, "/tin-tuc": 102, "/dao-tao-boi-duong": 103, "/nghien-cuu-trao-doi": 104, "/thong-bao": 105,
            "/van-ban": 106, "/lien-he": 107, "/thu-vien-anh": 108, "/video": 109,
            "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien": 111, "/gioi-thieu/co-cau-to-chuc": 112}


def navbar(active: str) -> str:
    lis = []
    for i, (label, href, subs) in enumerate(MENU):
        iid = ITEM_IDS.get(href or "", 120 + i)
        cls = f"item-{iid}"
        if href == active or any(h == active for _, h in subs):
            cls += " uk-active"
        if subs:
            cls += " uk-parent"
            sub = "".join(
                f'<li class="item-{ITEM_IDS.get(h, 130)}"><a href="{h}">{esc(t)}</a></li>' for t, h in subs
            )
            a = f'<a href="{href}">{esc(label)}</a>' if href else f'<a role="button">{esc(label)}</a>'
            lis.append(
                f'<li class="{cls}">{a}<div class="uk-navbar-dropdown"><div><ul class="uk-nav '
                f'uk-navbar-dropdown-nav">{sub}</ul></div></div></li>'
            )
        else:
            lis.append(f'<li class="{cls}"><a href="{href}">{esc(label)}</a></li>')
    return '<ul class="uk-navbar-nav">' + "".join(lis) + "</ul>"


def offcanvas_nav() -> str:
    lis = []
    for label, href, subs in MENU:
        if subs:
            sub = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in subs)
            head = f'<a href="{href}">{esc(label)}</a>' if href else f"<a>{esc(label)}</a>"
            lis.append(f'<li class="uk-parent">{head}<ul class="uk-nav-sub">{sub}</ul></li>')
        else:
            lis.append(f'<li><a href="{href}">{esc(label)}</a></li>')
    return '<ul class="uk-nav uk-nav-default">' + "".join(lis) + "</ul>"


def module(title: str, inner: str, mid: int, style: str = "uk-card uk-card-default uk-card-small uk-card-body") -> str:
    return (
        f'<div class="{style} uk-margin" id="module-{mid}"><h3 class="uk-card-title uk-h5 uk-heading-bullet">'
        f"{esc(title)}</h3>{inner}</div>"
    )


def sidebar() -> str:
    tb = "".join(
        f'<p class="uk-margin-small"><span uk-icon="icon: bell; ratio: .7"></span> '
        f'<a href="{story_path(s)}">{esc(s.title)}</a> <span class="uk-text-meta">({dmy(s.opts["created"])})'
        "</span></p>"
        for s in in_cat("thong-bao")
    )
    pop = "".join(
        f'<li><a href="/index.php{story_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in POPULAR
    )
    docs = (
        '<li><a href="/van-ban/file/15-ke-hoach-dao-tao-boi-duong-nam-2027">Kế hoạch đào tạo, bồi dưỡng năm 2027'
        '</a> <img src="/images/icon/new.gif" alt="new"></li>'
        '<li><a href="/van-ban/file/14-quy-che-hoc-vien-sua-doi-bo-sung-nam-2026">Quy chế học viên (sửa đổi, bổ '
        "sung năm 2026)</a></li>"
    )
    links = (
        '<select class="uk-select uk-form-small" onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>'
        '<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang điện tử</option>'
        '<option value="https://www.tapchicongsan.org.vn">Tạp chí Cộng sản</option></select>'
    )
    counter = (
        '<table class="vvisit_counter" style="width:100%"><tbody>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/stats/default/vtoday.png" alt=""> Hôm nay</td>'
        '<td align="right">1.245</td></tr>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/stats/default/vyesterday.png" alt=""> Hôm qua</td>'
        '<td align="right">1.987</td></tr>'
        "<tr><td>Tuần này</td><td align=\"right\">8.652</td></tr>"
        "<tr><td>Tháng này</td><td align=\"right\">9.874</td></tr>"
        "<tr><td>Tổng truy cập</td><td align=\"right\">2.384.517</td></tr></tbody></table>"
        '<div class="uk-text-meta uk-margin-small-top">Đang online: <b>27</b></div>'
    )
    poll = (
        '<form method="post" action="/" class="uk-form-stacked"><p>Bạn đánh giá thế nào về giao diện mới của Cổng '
        "thông tin điện tử Nhà trường?</p>"
        '<label><input class="uk-radio" type="radio" name="voteid" value="1"> Rất tốt</label><br>'
        '<label><input class="uk-radio" type="radio" name="voteid" value="2"> Tốt</label><br>'
        '<label><input class="uk-radio" type="radio" name="voteid" value="3"> Bình thường</label><br>'
        '<input type="hidden" name="task" value="poll.vote"><input type="hidden" name="id" value="3">'
        '<button class="uk-button uk-button-primary uk-button-small uk-margin-small-top" type="submit">Bình chọn'
        "</button></form>"
    )
    return (
        module(
            "Thông báo",
            f'<marquee direction="up" scrollamount="2" height="150" onmouseover="this.stop()" '
            f'onmouseout="this.start()">{tb}</marquee>',
            91,
        )
        + module("Tin xem nhiều", f'<ul class="uk-list uk-list-divider uk-text-small">{pop}</ul>', 92)
        + module("Văn bản mới", f'<ul class="uk-list uk-list-bullet uk-text-small">{docs}</ul>', 93)
        + module(
            "Chuyên trang",
            '<a href="https://dichvucong.gov.vn" target="_blank"><img src="/images/banner/dvc.png" alt="Dịch vụ công">'
            '</a><a href="https://www.facebook.com/truongchinhtrituyenquang" target="_blank">'
            '<img src="/images/banner/fanpage.png" alt="Fanpage"></a>',
            94,
            "uk-panel",
        )
        + module("Liên kết website", links, 95)
        + module("Thống kê truy cập", counter, 96)
        + module("Bình chọn", poll, 97)
    )


def breadcrumb(items: list[tuple[str, str | None]]) -> str:
    lis = []
    for n, (label, href) in enumerate(items, 1):
        if href:
            lis.append(
                f'<li property="itemListElement" typeof="ListItem"><a href="{href}" property="item" '
                f'typeof="WebPage"><span property="name">{esc(label)}</span></a><meta property="position" '
                f'content="{n}"></li>'
            )
        else:
            lis.append(
                f'<li property="itemListElement" typeof="ListItem"><span property="name" aria-current="page">'
                f'{esc(label)}</span><meta property="position" content="{n}"></li>'
            )
    return (
        '<nav aria-label="Breadcrumb"><ul class="uk-breadcrumb uk-margin-remove-bottom" vocab="https://schema.org/" '
        f'typeof="BreadcrumbList">{"".join(lis)}</ul></nav>'
    )


def page(request: Request, title: str, main: str, active: str = "", desc: str | None = None,
         body_class: str = "") -> Response:
    desc = desc or "Cổng thông tin điện tử Trường Chính trị tỉnh Tuyên Quang - cơ sở đào tạo, bồi dưỡng cán bộ"
    full_title = SITE if title == SITE else f"{title} - {SITE}"
    root = base_url(request) + "/"
    doc = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr" vocab="https://schema.org/">
    <head>
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="icon" href="/images/logo/favicon.png" sizes="any">
        <link rel="apple-touch-icon" href="/templates/yootheme/vendor/yootheme/theme-joomla/assets/images/apple-touch-icon.png">
        <meta charset="utf-8">
	<meta name="keywords" content="trường chính trị, tuyên quang, lý luận chính trị, đào tạo cán bộ">
	<meta name="description" content="{esc(desc)}">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{esc(full_title)}</title>
	<link href="/media/system/css/joomla-fontawesome.min.css?{VER}" rel="preload" as="style" onload="this.onload=null;this.rel='stylesheet'">
	<link href="/templates/yootheme/css/theme.11.css?1731924409" rel="stylesheet">
	<link href="/templates/yootheme/css/custom.css?{VER}" rel="stylesheet">
	<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Lỗi","MESSAGE":"Thông báo","NOTICE":"Chú ý","WARNING":"Cảnh báo","JCLOSE":"Đóng","JOK":"Đồng ý"}},"system.paths":{{"root":"","rootFull":"{root.replace("/", chr(92) + "/")}","base":"","baseFull":"{root.replace("/", chr(92) + "/")}"}},"csrf.token":"8f3c0a9d6e2b41c7a5d9e0f1b2c3d4e5"}}</script>
	<script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684"></script>
	<script src="/templates/yootheme/vendor/assets/uikit/dist/js/uikit.min.js?{VER}"></script>
	<script src="/templates/yootheme/vendor/assets/uikit/dist/js/uikit-icons-fjord.min.js?{VER}"></script>
	<script src="/templates/yootheme/js/theme.js?{VER}"></script>
	<script>var $theme = {{"i18n":{{"close":{{"label":"Close"}},"totop":{{"label":"Back to top"}},"marker":{{"label":"Open"}},"navbarToggleIcon":{{"label":"Open menu"}},"paginationPrevious":{{"label":"Previous page"}},"paginationNext":{{"label":"Next page"}},"searchIcon":{{"toggle":"Open Search","submit":"Submit Search"}},"slider":{{"next":"Next slide","previous":"Previous slide","slideX":"Slide %s","slideLabel":"%s of %s"}},"slideshow":{{"next":"Next slide","previous":"Previous slide","slideX":"Slide %s","slideLabel":"%s of %s"}},"lightboxPanel":{{"next":"Next slide","previous":"Previous slide","slideLabel":"%s of %s","close":"Close"}}}}}};</script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2TCT024"></script>
	<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-7QX2TCT024');</script>
    </head>
    <body class="{body_class}">
        <div class="uk-hidden-visually uk-notification uk-notification-top-left uk-width-auto">
            <div class="uk-notification-message"><a href="#tm-main">Skip to main content</a></div>
        </div>
        <div class="tm-page">
<div class="tm-header-mobile uk-hidden@m" uk-header>
<div class="uk-navbar-container"><div class="uk-container uk-container-expand"><nav class="uk-navbar" uk-navbar="{{&quot;container&quot;:&quot;.tm-header-mobile&quot;}}">
<div class="uk-navbar-left"><a href="/" aria-label="Về trang chủ" class="uk-logo uk-navbar-item"><img alt="{esc(SITE)}" loading="eager" width="200" height="48" src="/images/logo/logo-mobile.png"></a></div>
<div class="uk-navbar-right"><a uk-toggle href="#tm-dialog-mobile" class="uk-navbar-toggle"><div uk-navbar-toggle-icon></div></a></div>
</nav></div></div>
<div id="tm-dialog-mobile" uk-offcanvas="container: true; overlay: true" mode="slide" flip>
<div class="uk-offcanvas-bar uk-flex uk-flex-column"><button class="uk-offcanvas-close uk-close-large" type="button" uk-close uk-toggle="cls: uk-close-large; mode: media; media: @s"></button>
<div class="uk-margin-auto-bottom"><div class="uk-grid uk-child-width-1-1" uk-grid><div><div class="uk-panel" id="module-menu-dialog-mobile">{offcanvas_nav()}</div></div></div></div>
</div></div>
</div>
<div class="tm-toolbar tm-toolbar-default uk-visible@m">
<div class="uk-container uk-flex uk-flex-middle">
<div><div class="uk-grid-medium uk-child-width-auto uk-flex-middle" uk-grid="margin: uk-margin-small-top">
<div><div class="uk-panel" id="module-110"><span uk-icon="icon: clock; ratio: .8"></span> {HEADER_TODAY}</div></div>
<div><div class="uk-panel" id="module-111"><span uk-icon="icon: receiver; ratio: .8"></span> Đường dây nóng: 0207.3822.135</div></div>
</div></div>
<div class="uk-margin-auto-left"><div class="uk-grid-medium uk-child-width-auto uk-flex-middle" uk-grid>
<div><div class="uk-panel" id="module-112"><ul class="uk-flex-inline uk-flex-middle uk-flex-nowrap uk-grid-small" uk-grid>
<li><a href="https://www.facebook.com/truongchinhtrituyenquang" class="uk-preserve-width uk-icon-link" rel="noreferrer" target="_blank"><span uk-icon="icon: facebook;"></span></a></li>
<li><a href="https://www.youtube.com/@truongchinhtrituyenquang" class="uk-preserve-width uk-icon-link" rel="noreferrer" target="_blank"><span uk-icon="icon: youtube;"></span></a></li>
<li><a href="mailto:truongchinhtri@tuyenquang.gov.vn" class="uk-preserve-width uk-icon-link"><span uk-icon="icon: mail;"></span></a></li></ul></div></div>
</div></div>
</div>
</div>
<header class="tm-header uk-visible@m" uk-header>
<div class="tm-headerbar-top"><div class="uk-container">
<div class="uk-grid-small uk-flex-middle" uk-grid>
<div class="uk-width-auto"><a href="/" aria-label="Về trang chủ" class="uk-logo"><img alt="{esc(SITE)}" loading="eager" width="96" height="96" src="/images/logo/logo-tct.png"></a></div>
<div class="uk-width-expand"><div class="tm-logo-text"><div style="font-size: 15px; color: #c00;">TỈNH ỦY TUYÊN QUANG</div><div style="font-size: 30px; font-weight: bold; color: #c00; text-transform: uppercase;">Trường Chính trị tỉnh Tuyên Quang</div><div style="font-style: italic;">Trung thành - Sáng tạo - Chuẩn mực - Hiệu quả</div></div></div>
<div class="uk-width-auto"><form id="search-100" action="/tim-kiem" method="get" role="search" class="uk-search uk-search-default"><span uk-search-icon></span><input name="q" placeholder="Tìm kiếm..." required aria-label="Tìm kiếm" type="search" class="uk-search-input"></form></div>
</div></div></div>
<div uk-sticky media="@m" cls-active="uk-navbar-sticky" sel-target=".uk-navbar-container">
<div class="uk-navbar-container"><div class="uk-container"><nav class="uk-navbar" uk-navbar="{{&quot;align&quot;:&quot;left&quot;,&quot;container&quot;:&quot;.tm-header &gt; [uk-sticky]&quot;,&quot;boundary&quot;:&quot;.tm-header .uk-navbar-container&quot;}}">
<div class="uk-navbar-left">{navbar(active)}</div>
</nav></div></div>
</div>
</header>
<main id="tm-main">
{main}
</main>
<div id="module-tm-4" class="builder"><!-- Builder #module-tm-4 -->
<div class="uk-section-secondary uk-section uk-section-small">
<div class="uk-container"><div class="tm-grid-expand uk-grid-margin" uk-grid>
<div class="uk-width-2-3@m">
<div class="uk-h4 uk-margin-remove-bottom">TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</div>
<div class="uk-panel uk-margin-small"><p>Địa chỉ: Số 8, đường Lê Duẩn, phường Minh Xuân, tỉnh Tuyên Quang<br>Điện thoại: 0207.3822.135 - Fax: 0207.3822.136<br>Email: <a href="mailto:truongchinhtri@tuyenquang.gov.vn">truongchinhtri@tuyenquang.gov.vn</a></p>
<p>Chịu trách nhiệm chính: TS. Nguyễn Thị Lan Hương - Hiệu trưởng<br>Giấy phép số 05/GP-TTĐT ngày 12/3/2021 của Sở Thông tin và Truyền thông tỉnh Tuyên Quang</p></div>
</div>
<div class="uk-width-1-3@m"><div class="uk-panel uk-margin"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3700!2d105.2!3d21.82" width="100%" height="180" style="border:0;" loading="lazy" title="Bản đồ"></iframe></div></div>
</div>
<div class="uk-panel uk-text-small uk-text-center uk-margin">© 2026 Bản quyền thuộc về Trường Chính trị tỉnh Tuyên Quang. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
</div></div>
</div>
        </div>
        <a href="#" class="uk-position-bottom-right uk-position-fixed uk-margin-right uk-margin-bottom" uk-totop uk-scroll></a>
    </body>
</html>"""
    return html(doc)


def two_col(main_col: str) -> str:
    return (
        '<div class="uk-section-default uk-section uk-section-small"><div class="uk-container">'
        '<div class="tm-grid-expand uk-grid-large uk-grid-margin-large" uk-grid>'
        f'<div class="uk-width-2-3@m">{main_col}</div>'
        f'<div class="uk-width-1-3@m">{sidebar()}</div></div></div></div>'
    )


def banner(title: str, crumbs: list[tuple[str, str | None]]) -> str:
    return (
        '<div class="uk-section-primary uk-section uk-section-xsmall" uk-scrollspy="target: [uk-scrollspy-class]; '
        'cls: uk-animation-fade; delay: false;"><div class="uk-container"><div class="tm-grid-expand '
        'uk-child-width-1-1 uk-grid-margin" uk-grid><div class="uk-width-1-1">'
        f'<h1 class="uk-heading-small uk-text-uppercase uk-margin-remove-vertical">{esc(title)}</h1>'
        f'<div class="uk-margin-small">{breadcrumb(crumbs)}</div></div></div></div></div>'
    )


# --- article pages ----------------------------------------------------------------------------


def crumbs_for(s: Story) -> list[tuple[str, str | None]]:
    cat = CATS[s.cat]
    if s.cat == "dang-doan":
        return [("Trang chủ", "/"), (cat.title, None), (s.title, None)]
    if s.cat in ("dao-tao-boi-duong", "thong-bao"):
        return [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (cat.title, f"/{cat.key}"), (s.title, None)]
    return [("Trang chủ", "/"), (cat.title, f"/{cat.key}"), (s.title, None)]


def lead_image(s: Story) -> str:
    lead = next((b for b in s.blocks if isinstance(b, Img) and b.style == "lead"), None)
    if not lead:
        return ""
    small = lead.src.replace(".jpeg", "-768.jpeg")
    return (
        '<div class="uk-margin uk-text-center"><img data-src="' + lead.src + '" data-srcset="' + small + " 768w, "
        + lead.src + ' 1024w" data-sizes="(min-width: 1024px) 1024px" data-width="1024" data-height="640" '
        'class="el-image uk-border-rounded" alt uk-img></div>'
    )


def tags_html(s: Story) -> str:
    tags = s.opts.get("tags") or []
    if not tags:
        return ""
    lis = "".join(f'<li><a href="/component/tags/tag/{t}">{esc(TAGS[t])}</a></li>' for t in tags)
    return f'<div class="uk-margin"><span class="uk-text-meta">Từ khóa:</span><ul class="uk-subnav uk-subnav-pill uk-display-inline-block">{lis}</ul></div>'


def share_bar(request: Request, s: Story) -> str:
    url = base_url(request) + story_path(s)
    return (
        '<div class="uk-margin uk-flex uk-flex-middle tm-share"><span class="uk-text-meta uk-margin-small-right">'
        'Chia sẻ:</span><ul class="uk-iconnav">'
        f'<li><a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank" '
        'uk-icon="icon: facebook" title="Facebook"></a></li>'
        f'<li><a href="https://zalo.me/share?u={esc(url)}" target="_blank" title="Zalo">'
        '<img src="/images/icon/zalo.png" width="20" height="20" alt="Zalo"></a></li>'
        '<li><a href="#" onclick="window.print();return false;" uk-icon="icon: print" title="In bài"></a></li>'
        '<li><a href="#" uk-totop uk-scroll uk-icon="icon: arrow-up" title="Về đầu trang"></a></li></ul></div>'
    )


def related(s: Story) -> str:
    ids = s.opts.get("related") or []
    if not ids:
        return ""
    lis = "".join(
        f'<li><a class="uk-link-reset" href="{story_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a> '
        f'<span class="uk-text-meta">({dmy(BY_ID[i].opts["created"])})</span></li>'
        for i in ids
    )
    return (
        '<h3 class="uk-h4 uk-heading-bullet uk-margin-medium-top">Tin liên quan</h3>'
        f'<ul class="uk-list uk-list-divider uk-list-collapse">{lis}</ul>'
    )


def views(s: Story) -> str:
    return f"{s.views():,}".replace(",", ".")


def article_tinbai(request: Request, s: Story) -> str:
    cat = CATS[s.cat]
    meta = (
        '<div class="uk-panel uk-text-meta uk-margin-small">'
        f'<span uk-icon="icon: calendar; ratio: .8"></span> {lc2(s.opts["created"])}'
        f' &nbsp;|&nbsp; <span uk-icon="icon: user; ratio: .8"></span> {esc(s.opts["meta_author"])}'
        f' &nbsp;|&nbsp; <span uk-icon="icon: eye; ratio: .8"></span> {views(s)} lượt xem</div>'
    )
    main = (
        lead_image(s)
        + f'<h2 class="uk-h3 uk-text-primary uk-margin-remove-bottom">{esc(s.title)}</h2>'
        + meta
        + f'<div class="uk-panel uk-text-lead uk-margin">{intro_html(s)}</div>'
        + f'<div class="uk-panel uk-margin tm-article-content">{render_text(s)}</div>'
        + f'<div class="uk-panel uk-text-meta uk-text-small uk-margin">Cập nhật lần cuối: {lc2(s.opts["modified"])}</div>'
        + tags_html(s)
        + share_bar(request, s)
        + related(s)
    )
    return banner(cat.title, crumbs_for(s)) + two_col(main)


def article_daotao(request: Request, s: Story) -> str:
    cat = CATS[s.cat]
    meta = (
        '<div class="el-meta uk-text-meta uk-margin-small"><span uk-icon="icon: clock; ratio: .8"></span> Đăng ngày: '
        f'{dmy(s.opts["created"])} - {hm(s.opts["created"])} <span class="uk-margin-small-left">Người đăng: '
        f'{esc(s.opts["meta_author"])}</span> <span class="uk-margin-small-left">Lượt xem: {views(s)}</span></div>'
    )
    main = (
        f'<h2 class="uk-h3 uk-text-primary uk-margin-remove-bottom">{esc(s.title)}</h2>'
        + meta
        + f'<div class="uk-panel uk-margin tm-article-content">{render_text(s)}</div>'
        + tags_html(s)
        + share_bar(request, s)
        + related(s)
    )
    return banner(cat.title, crumbs_for(s)) + two_col(main)


def article_nghiencuu(request: Request, s: Story) -> str:
    parts = pages_of(s)
    params = request.params
    pagenav = toc = ""
    if len(parts) > 1:
        base = story_path(s)
        showall = params.get("showall") == "1"
        try:
            cur = int(params.get("limitstart") or 0)
        except ValueError:
            cur = 0
        cur = min(max(cur, 0), len(parts) - 1)
        items = []
        for n in range(len(parts)):
            href = f"{base}?showall=&amp;limitstart={'' if n == 0 else n}"
            active = " active" if (not showall and n == cur) else ""
            items.append(f'<li><a href="{href}" class="toclink{active}">Trang {n + 1}</a></li>')
        items.append(
            f'<li><a href="{base}?showall=1&amp;limitstart=" class="toclink{" active" if showall else ""}">Tất cả '
            "các trang</a></li>"
        )
        toc = (
            '<div class="float-end article-index uk-card uk-card-default uk-card-small uk-card-body uk-width-medium '
            'uk-float-right uk-margin-left"><h3>Mục lục bài viết</h3><ul class="nav flex-column">'
            + "".join(items)
            + "</ul></div>"
        )
        if showall:
            text = render_text(s, [b for b in s.blocks if b is not PAGEBREAK])
        else:
            text = render_text(s, parts[cur])
            prev_ = (
                f'<li class="previous"><a href="{base}?showall=&amp;limitstart={"" if cur - 1 == 0 else cur - 1}">'
                "« Trang trước</a></li>"
                if cur > 0
                else ""
            )
            next_ = (
                f'<li class="next"><a href="{base}?showall=&amp;limitstart={cur + 1}">Trang sau »</a></li>'
                if cur < len(parts) - 1
                else ""
            )
            pagenav = (
                f'<div class="pager"><p class="counter">Trang {cur + 1} / {len(parts)}</p>'
                f'<ul class="uk-pagination">{prev_}{next_}</ul></div>'
            )
    else:
        text = render_text(s)
    meta = (
        '<ul class="uk-subnav uk-subnav-divider uk-text-meta uk-margin-small-top">'
        f'<li>Ngày đăng: {dmy(s.opts["created"])}</li><li>Lượt xem: {views(s)}</li>'
        '<li><a href="#" onclick="window.print();return false;"><span uk-icon="print"></span> In bài viết</a></li></ul>'
    )
    main = (
        f'<div class="uk-margin-small">{breadcrumb(crumbs_for(s))}</div>'
        f'<h1 class="uk-h2 uk-article-title uk-margin-remove-bottom">{esc(s.title)}</h1>'
        + meta
        + toc
        + f'<div class="uk-panel uk-margin tm-article-content">{text}</div>'
        + pagenav
        + tags_html(s)
        + share_bar(request, s)
        + related(s)
    )
    return two_col(main)


def article_thongbao(request: Request, s: Story) -> str:
    cat = CATS[s.cat]
    created = s.opts["created"]
    iso = created.replace(" ", "T") + ":00+07:00"
    mod_iso = s.opts["modified"].replace(" ", "T") + ":44+07:00"
    siblings = in_cat(s.cat)
    idx = siblings.index(s)
    nav = '<ul class="uk-pagination uk-margin-medium">'
    if idx + 1 < len(siblings):
        nav += f'<li><a href="{story_path(siblings[idx + 1])}"><span uk-pagination-previous></span> Trước</a></li>'
    if idx > 0:
        nav += (
            f'<li class="uk-margin-auto-left"><a href="{story_path(siblings[idx - 1])}">Tiếp '
            "<span uk-pagination-next></span></a></li>"
        )
    nav += "</ul>"
    art = f"""<article id="article-{s.id}" class="uk-article" data-permalink="{base_url(request)}{story_path(s)}" typeof="Article" vocab="https://schema.org/">
    <meta class="uk-margin-remove-adjacent" property="name" content="{esc(s.title)}">
    <meta property="author" typeof="Person" content="{esc(s.opts["meta_author"])}">
    <meta property="dateModified" content="{mod_iso}">
    <meta property="datePublished" content="{iso}">
    <meta class="uk-margin-remove-adjacent" property="articleSection" content="{esc(cat.title)}">
    <h1 property="headline" class="uk-margin-top uk-margin-remove-bottom uk-article-title">{esc(s.title)}</h1>
    <ul class="uk-margin-small-top uk-margin-remove-bottom uk-subnav uk-subnav-divider">
        <li>Được viết bởi {esc(s.opts["meta_author"])}</li>
        <li><time datetime="{iso}">{dmy(created)}</time></li>
        <li>Chuyên mục: <a href="/{cat.key}">{esc(cat.title)}</a></li>
        <li>Lượt xem: {views(s)}</li>
    </ul>
    <div class="uk-margin-medium-top" property="text">
{render_text(s)}
    </div>
    {nav}
</article>"""
    main = f'<div class="uk-margin-small">{breadcrumb(crumbs_for(s))}</div>' + art + share_bar(request, s)
    return two_col(main)


def article_page(request: Request, s: Story) -> Response:
    tmpl = CATS[s.cat].template
    main = {
        "tinbai": article_tinbai,
        "daotao": article_daotao,
        "nghiencuu": article_nghiencuu,
        "thongbao": article_thongbao,
    }[tmpl](request, s)
    return page(request, s.title, main, active=f"/{s.cat}")


# --- listings ---------------------------------------------------------------------------------


def pagination(base: str, total: int, per: int, start: int) -> str:
    pages = (total + per - 1) // per
    if pages <= 1:
        return ""
    cur = start // per
    lis = []
    if cur > 0:
        prev = base if cur - 1 == 0 else f"{base}?start={(cur - 1) * per}"
        lis.append(f'<li><a href="{prev}" aria-label="Trang trước"><span uk-pagination-previous></span></a></li>')
    for n in range(pages):
        if n == cur:
            lis.append(f'<li class="uk-active"><span aria-current="page">{n + 1}</span></li>')
        else:
            href = base if n == 0 else f"{base}?start={n * per}"
            lis.append(f'<li><a href="{href}">{n + 1}</a></li>')
    if cur < pages - 1:
        lis.append(
            f'<li><a href="{base}?start={(cur + 1) * per}" aria-label="Trang sau"><span uk-pagination-next></span>'
            "</a></li>"
        )
    return '<nav class="uk-margin-large"><ul class="uk-pagination uk-flex-center uk-margin-remove-bottom">' + "".join(lis) + "</ul></nav>"


def listing_item(s: Story) -> str:
    p = story_path(s)
    return (
        '<div><div class="el-item uk-grid-small uk-grid" uk-grid>'
        f'<div class="uk-width-1-3@s"><a href="{p}"><img data-src="{thumb(s)}" data-width="360" data-height="240" '
        f'class="el-image" alt="{esc(s.title)}" uk-img></a></div>'
        '<div class="uk-width-expand">'
        f'<h3 class="el-title uk-h5 uk-margin-remove-top uk-margin-remove-bottom"><a class="uk-link-heading" href="{p}">'
        f"{esc(s.title)}</a></h3>"
        f'<div class="el-meta uk-text-meta uk-margin-small-top">{dmy(s.opts["created"])}</div>'
        f'<div class="el-content uk-panel uk-margin-small-top">{esc(intro_plain(s))}</div>'
        f'<div class="uk-margin-small-top"><a href="{p}" class="el-link uk-button uk-button-text">Xem chi tiết</a></div>'
        "</div></div></div>"
    )


def category_page(request: Request, key: str) -> Response:
    cat = CATS[key]
    items = in_cat(key)
    try:
        start = max(int(request.params.get("start") or request.params.get("limitstart") or 0), 0)
    except ValueError:
        start = 0
    chunk = items[start : start + cat.per_page]
    if cat.template == "thongbao":
        # YOOtheme's default blog layout: notices have no read-more, so the whole text is printed
        arts = []
        for s in chunk:
            iso = s.opts["created"].replace(" ", "T") + ":00+07:00"
            arts.append(
                f'<article id="article-{s.id}" class="uk-article" typeof="Article" vocab="https://schema.org/">'
                f'<h2 property="headline" class="uk-margin-top uk-margin-remove-bottom uk-h3 uk-article-title">'
                f'<a href="{story_path(s)}" class="uk-link-reset">{esc(s.title)}</a></h2>'
                '<ul class="uk-margin-small-top uk-margin-remove-bottom uk-subnav uk-subnav-divider">'
                f'<li><time datetime="{iso}">{dmy(s.opts["created"])}</time></li></ul>'
                f'<div class="uk-margin-medium-top" property="text">{render_text(s)}</div></article>'
            )
        body = (
            f'<div class="uk-margin-small">{breadcrumb([("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (cat.title, None)])}'
            f'</div><h1 class="uk-h2">{esc(cat.title)}</h1>'
            '<div class="uk-child-width-1-1 uk-grid-divider" uk-grid>'
            + "".join(f"<div>{a}</div>" for a in arts)
            + "</div>"
            + pagination(f"/{key}", len(items), cat.per_page, start)
        )
        return page(request, cat.title, two_col(body), active=f"/{key}")
    grid = (
        '<div class="uk-child-width-1-1 uk-grid-divider uk-grid-medium uk-grid-match" uk-grid>'
        + "".join(listing_item(s) for s in chunk)
        + "</div>"
    )
    if not chunk:
        grid = '<div class="uk-alert">Không có bài viết nào trong chuyên mục này.</div>'
    crumbs = [("Trang chủ", "/"), (cat.title, None)]
    if key == "dao-tao-boi-duong":
        crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (cat.title, None)]
    body = banner(cat.title, crumbs) + two_col(grid + pagination(f"/{key}", len(items), cat.per_page, start))
    title = cat.title if start == 0 else f"{cat.title} - Trang {start // cat.per_page + 1}"
    return page(request, title, body, active=f"/{key}")


# --- home -------------------------------------------------------------------------------------


def home(request: Request) -> Response:
    slides = []
    for i in (121, 118, 119):
        s = BY_ID[i]
        slides.append(
            f'<li class="el-item"><div class="uk-position-cover" uk-slideshow-parallax="scale: 1.1,1,1">'
            f'<img data-src="{thumb(s).replace("thumb-", "slide-")}" data-width="1200" data-height="525" '
            f'class="el-image" alt uk-img="target: !.uk-slideshow-items" uk-cover></div>'
            '<div class="uk-position-cover uk-flex uk-flex-left uk-flex-bottom uk-padding">'
            '<div class="el-overlay uk-overlay uk-overlay-primary uk-padding-small uk-width-xlarge">'
            f'<h3 class="el-title uk-h4 uk-margin-remove"><a href="{story_path(s)}" class="uk-link-reset">{esc(s.title)}'
            "</a></h3></div></div></li>"
        )
    slideshow = (
        '<div class="uk-section-default uk-section uk-section-xsmall"><div class="uk-container">'
        '<div class="uk-margin" uk-slideshow="ratio: 16:7; minHeight: 300; animation: push; autoplay: 1; '
        'autoplayInterval: 5000"><div class="uk-position-relative uk-visible-toggle" tabindex="-1">'
        f'<ul class="uk-slideshow-items">{"".join(slides)}</ul>'
        '<a class="el-slidenav uk-position-center-left" href="#" uk-slidenav-previous uk-slideshow-item="previous"></a>'
        '<a class="el-slidenav uk-position-center-right" href="#" uk-slidenav-next uk-slideshow-item="next"></a>'
        "</div></div></div></div>"
    )

    def grid_of(title: str, href: str | None, ids: list[int], cols: str = "uk-child-width-1-3@m") -> str:
        items = []
        for i in ids:
            s = BY_ID[i]
            items.append(
                f'<div><div class="el-item uk-panel uk-margin-remove-first-child">'
                f'<a href="{story_path(s)}"><img data-src="{thumb(s)}" data-width="360" data-height="240" '
                f'class="el-image uk-margin-small-bottom" alt uk-img></a>'
                f'<h3 class="el-title uk-h5 uk-margin-remove-bottom"><a href="{story_path(s)}" class="uk-link-heading">'
                f"{esc(s.title)}</a></h3>"
                f'<div class="el-meta uk-text-meta">{dmy(s.opts["created"])}</div>'
                f'<div class="el-content uk-panel uk-text-small">{esc(intro_plain(s, 22))}</div></div></div>'
            )
        more = (
            f'<div class="uk-margin uk-text-right"><a class="el-content uk-button uk-button-text" href="{href}">Xem tất cả '
            '<span uk-icon="arrow-right"></span></a></div>'
            if href
            else ""
        )
        return (
            f'<h2 class="uk-h4 uk-heading-line uk-text-uppercase"><span>{esc(title)}</span></h2>'
            f'<div class="uk-grid uk-grid-small {cols} uk-grid-match" uk-grid>{"".join(items)}</div>{more}'
        )

    a2 = BY_ID[119]
    banner_custom = (
        '<div class="uk-panel uk-margin custom" id="module-138"><p><strong>SỰ KIỆN NỔI BẬT:</strong> '
        f'<a href="/tin-tuc/{a2.slug}?fbclid={FBCLID}">{esc(a2.title)}</a></p>'
        '<p><a href="https://www.facebook.com/truongchinhtrituyenquang" target="_blank">'
        '<img src="/images/banner/banner-60-nam.jpg" alt="Kỷ niệm 60 năm thành lập Trường" width="750" height="120">'
        "</a></p></div>"
    )
    welcome = (
        '<div class="uk-card uk-card-default uk-card-body uk-margin"><h2 class="uk-h4">Chào mừng đến với Cổng thông tin '
        "điện tử Trường Chính trị tỉnh Tuyên Quang</h2><p>Trường Chính trị tỉnh Tuyên Quang là cơ sở đào tạo, bồi "
        "dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở địa phương; trực thuộc Ban Thường vụ Tỉnh ủy, chịu "
        "sự chỉ đạo trực tiếp, toàn diện của Tỉnh ủy. Qua hơn 60 năm xây dựng và phát triển, Nhà trường đã đào tạo, "
        "bồi dưỡng hàng chục nghìn lượt cán bộ, đảng viên cho tỉnh.</p>"
        '<a class="uk-button uk-button-default uk-button-small" href="/gioi-thieu/lich-su-hinh-thanh-va-phat-trien">'
        "Tìm hiểu thêm</a></div>"
    )
    video = (
        '<h2 class="uk-h4 uk-heading-line uk-text-uppercase"><span>Video</span></h2>'
        '<div class="uk-panel"><a href="/video/phong-su-truong-chinh-tri-tinh-60-nam-xay-dung-va-phat-trien">'
        '<img data-src="/templates/yootheme/cache/0e/video-60-nam-0e4d1b2a.jpeg" data-width="640" data-height="360" '
        'alt uk-img></a><p class="uk-text-small"><a href="/video">Xem thêm video</a> · '
        '<a href="/thu-vien-anh">Thư viện ảnh</a></p></div>'
    )
    main_col = (
        banner_custom
        + grid_of("Tin tức - Sự kiện", "/tin-tuc", [121, 119, 116])
        + grid_of("Đào tạo - Bồi dưỡng", "/dao-tao-boi-duong", [118], "uk-child-width-1-1")
        + grid_of("Nghiên cứu - Trao đổi", "/nghien-cuu-trao-doi", [114, 104], "uk-child-width-1-2@m")
        + grid_of("Hoạt động Đảng bộ - Đoàn thể", None, [115], "uk-child-width-1-1")
        + welcome
        + video
    )
    return page(request, SITE, slideshow + two_col(main_col), active="/", body_class="home")


# --- non-articles -----------------------------------------------------------------------------

LICH_SU = [
    "Trường Chính trị tỉnh Tuyên Quang tiền thân là Trường Đảng tỉnh Tuyên Quang, được thành lập năm 1962 theo "
    "quyết định của Ban Thường vụ Tỉnh ủy, với nhiệm vụ đào tạo, bồi dưỡng cán bộ chủ chốt cho các huyện, xã.",
    "Năm 1976, khi hai tỉnh Tuyên Quang và Hà Giang hợp nhất thành tỉnh Hà Tuyên, Trường được đổi tên thành Trường "
    "Đảng tỉnh Hà Tuyên. Năm 1991, tỉnh Tuyên Quang được tái lập, Trường mang tên Trường Đảng tỉnh Tuyên Quang.",
    "Thực hiện Quyết định số 100-QĐ/TW của Ban Bí thư, ngày 20/6/1995, Trường Đảng tỉnh hợp nhất với Trường Hành "
    "chính và Trường Đoàn thể thành Trường Chính trị tỉnh Tuyên Quang.",
    "Qua hơn 60 năm xây dựng và phát triển, Nhà trường đã được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng "
    "Nhất, hạng Nhì, hạng Ba và nhiều phần thưởng cao quý khác. Năm 2024, Trường được công nhận đạt chuẩn mức 1 "
    "theo Quy định số 51-QĐ/TW của Ban Bí thư.",
]


def single_article(request: Request, path: str, title: str, inner: str) -> Response:
    main = (
        f'<div class="uk-margin-small">{breadcrumb([("Trang chủ", "/"), ("Giới thiệu", None), (title, None)])}</div>'
        f'<article id="article-{len(path)}" class="uk-article" typeof="Article" vocab="https://schema.org/">'
        f'<h1 property="headline" class="uk-margin-top uk-margin-remove-bottom uk-article-title">{esc(title)}</h1>'
        f'<div class="uk-margin-medium-top" property="text">{inner}</div></article>'
    )
    return page(request, title, two_col(main), active=path)


def lich_su(request: Request) -> Response:
    inner = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in LICH_SU)
    inner = (
        '<p style="text-align: center;"><img src="/images/gioi-thieu/tru-so-truong.jpg" alt="Trụ sở Trường" '
        'width="800" height="450"></p>' + inner
    )
    return single_article(request, "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien", "Lịch sử hình thành và phát triển", inner)


def co_cau(request: Request) -> Response:
    rows = [
        ("Ban Giám hiệu", "TS. Nguyễn Thị Lan Hương - Hiệu trưởng; TS. Hoàng Văn Thắng, TS. Đỗ Văn Khải, ThS. Trần Thị Bích Ngọc - Phó Hiệu trưởng"),
        ("Phòng Hành chính - Tổ chức - Quản trị", "ThS. Vũ Đình Hải - Trưởng phòng"),
        ("Phòng Quản lý đào tạo - Nghiên cứu khoa học", "ThS. Lương Thị Mai - Trưởng phòng"),
        ("Khoa Lý luận cơ sở", "ThS. Ma Văn Tùng - Trưởng khoa"),
        ("Khoa Xây dựng Đảng", "TS. Nông Thị Thu - Trưởng khoa"),
        ("Khoa Nhà nước và pháp luật", "ThS. Lê Quang Vinh - Trưởng khoa"),
        ("Khoa Dân vận", "ThS. Hà Văn Bình - Trưởng khoa"),
    ]
    table = (
        '<table class="uk-table uk-table-divider uk-table-small"><thead><tr><th>Đơn vị</th><th>Lãnh đạo</th></tr></thead>'
        "<tbody>" + "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows) + "</tbody></table>"
    )
    inner = "<p>Cơ cấu tổ chức bộ máy của Trường Chính trị tỉnh gồm Ban Giám hiệu, 02 phòng và 04 khoa chuyên môn:</p>" + table
    return single_article(request, "/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức", inner)


def lien_he(request: Request) -> Response:
    main = (
        f'<div class="uk-margin-small">{breadcrumb([("Trang chủ", "/"), ("Liên hệ", None)])}</div>'
        '<div class="com-contact contact" itemscope itemtype="https://schema.org/Person">'
        '<h1 class="uk-h2"><span class="contact-name" itemprop="name">Trường Chính trị tỉnh Tuyên Quang</span></h1>'
        '<dl class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">'
        '<dt><span uk-icon="location"></span></dt><dd><span class="contact-street" itemprop="streetAddress">Số 8, đường '
        "Lê Duẩn, phường Minh Xuân</span><br><span class=\"contact-suburb\" itemprop=\"addressLocality\">tỉnh Tuyên "
        "Quang</span></dd>"
        '<dt><span uk-icon="receiver"></span></dt><dd><span class="contact-telephone" itemprop="telephone">0207.3822.135'
        "</span></dd>"
        '<dt><span uk-icon="mail"></span></dt><dd><span class="contact-emailto"><a href="mailto:truongchinhtri@tuyenquang.gov.vn">'
        "truongchinhtri@tuyenquang.gov.vn</a></span></dd></dl>"
        '<h3 class="uk-h4">Gửi thư liên hệ</h3>'
        '<form id="contact-form" action="/lien-he" method="post" class="uk-form-stacked">'
        '<div class="uk-margin"><label for="jform_contact_name">Họ và tên *</label>'
        '<input type="text" name="jform[contact_name]" id="jform_contact_name" class="uk-input" required></div>'
        '<div class="uk-margin"><label for="jform_contact_email">Email *</label>'
        '<input type="email" name="jform[contact_email]" id="jform_contact_email" class="uk-input" required></div>'
        '<div class="uk-margin"><label for="jform_contact_message">Nội dung *</label>'
        '<textarea name="jform[contact_message]" id="jform_contact_message" class="uk-textarea" rows="6" required></textarea></div>'
        '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
        '<button class="uk-button uk-button-primary" type="submit">Gửi thư</button></form></div>'
    )
    return page(request, "Liên hệ", two_col(main), active="/lien-he")


DOCS = {
    15: ("ke-hoach-dao-tao-boi-duong-nam-2027", "Kế hoạch đào tạo, bồi dưỡng năm 2027", "128-KH/TCT", "28/11/2026",
         "kh-128-dao-tao-2027.pdf", "412 KB", 86),
    14: ("quy-che-hoc-vien-sua-doi-bo-sung-nam-2026", "Quy chế học viên (sửa đổi, bổ sung năm 2026)", "96-QĐ/TCT",
         "15/10/2026", "qd-96-quy-che-hoc-vien.pdf", "1.2 MB", 213),
}


def van_ban(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{d[2]}</td><td><a href="/van-ban/file/{i}-{d[0]}">{esc(d[1])}</a></td><td>{d[3]}</td>'
        f'<td><a class="uk-button uk-button-small uk-button-default" href="/van-ban?download={i}:{d[0]}">Tải về</a></td></tr>'
        for i, d in DOCS.items()
    )
    main = (
        f'<div class="uk-margin-small">{breadcrumb([("Trang chủ", "/"), ("Văn bản", None)])}</div>'
        '<div id="phoca-dl-category-box" class="pd-category-view"><h1 class="uk-h2">Văn bản của Trường</h1>'
        '<table class="uk-table uk-table-striped uk-table-small"><thead><tr><th>Số/Ký hiệu</th><th>Trích yếu</th>'
        f"<th>Ngày ban hành</th><th></th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return page(request, "Văn bản", two_col(main), active="/van-ban")


def van_ban_file(request: Request, doc_id: int) -> Response:
    d = DOCS[doc_id]
    main = (
        f'<div class="uk-margin-small">{breadcrumb([("Trang chủ", "/"), ("Văn bản", "/van-ban"), (d[1], None)])}</div>'
        f'<div id="phoca-dl-file-box" class="pd-file-view"><h1 class="uk-h2">{esc(d[1])}</h1>'
        '<table class="uk-table uk-table-small"><tbody>'
        f"<tr><td>Số/Ký hiệu:</td><td>{d[2]}</td></tr><tr><td>Ngày ban hành:</td><td>{d[3]}</td></tr>"
        f"<tr><td>Tên tệp:</td><td>{d[4]}</td></tr><tr><td>Kích thước:</td><td>{d[5]}</td></tr>"
        f"<tr><td>Lượt tải:</td><td>{d[6]}</td></tr></tbody></table>"
        f'<a class="uk-button uk-button-primary" href="/van-ban?download={doc_id}:{d[0]}">Tải về</a></div>'
    )
    return page(request, d[1], two_col(main), active="/van-ban")


ALBUM = ("le-khai-giang-lop-trung-cap-llct-hc-khoa-76", "Lễ khai giảng lớp Trung cấp LLCT-HC khóa 76", "03/12/2026")
VIDEO = ("phong-su-truong-chinh-tri-tinh-60-nam-xay-dung-va-phat-trien",
         "Phóng sự: Trường Chính trị tỉnh Tuyên Quang - 60 năm xây dựng và phát triển", "20/11/2026")


def thu_vien_anh(request: Request) -> Response:
    slug, title, day = ALBUM
    main = (
        banner("Thư viện ảnh", [("Trang chủ", "/"), ("Thư viện ảnh", None)])
        + two_col(
            '<div class="uk-child-width-1-2@m" uk-grid><div><div class="uk-card uk-card-default">'
            f'<div class="uk-card-media-top"><a href="/thu-vien-anh/{slug}"><img data-src="/templates/yootheme/cache/'
            '2d/album-k76-2d90c1e4.jpeg" data-width="480" data-height="320" alt uk-img></a></div>'
            f'<div class="uk-card-body uk-padding-small"><h3 class="uk-h5"><a href="/thu-vien-anh/{slug}">{esc(title)}'
            f'</a></h3><div class="uk-text-meta">{day} · 6 ảnh</div></div></div></div></div>'
        )
    )
    return page(request, "Thư viện ảnh", main, active="/thu-vien-anh")


def album(request: Request) -> Response:
    _slug, title, day = ALBUM
    photos = "".join(
        f'<div><a class="uk-inline" href="/images/thu-vien-anh/k76/anh-{n}.jpg" data-caption="{esc(title)}">'
        f'<img data-src="/templates/yootheme/cache/5a/anh-{n}-5a0c{n}1ef.jpeg" data-width="400" data-height="267" alt '
        "uk-img></a></div>"
        for n in range(1, 7)
    )
    main = (
        banner("Thư viện ảnh", [("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh"), (title, None)])
        + two_col(
            f'<h2 class="uk-h3">{esc(title)}</h2><div class="uk-text-meta">Ngày đăng: {day}</div>'
            "<p>Một số hình ảnh tại lễ khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 76 hệ tập trung.</p>"
            f'<div class="uk-child-width-1-3@m uk-grid-small" uk-grid uk-lightbox="toggle: a[data-caption]">{photos}</div>'
        )
    )
    return page(request, title, main, active="/thu-vien-anh")


def video_list(request: Request) -> Response:
    slug, title, day = VIDEO
    main = banner("Video", [("Trang chủ", "/"), ("Video", None)]) + two_col(
        f'<div class="el-item"><h3 class="el-title uk-h5"><a href="/video/{slug}">{esc(title)}</a></h3>'
        f'<div class="el-meta uk-text-meta">{day}</div></div>'
    )
    return page(request, "Video", main, active="/video")


def video_page(request: Request) -> Response:
    _slug, title, day = VIDEO
    main = banner("Video", [("Trang chủ", "/"), ("Video", "/video"), (title, None)]) + two_col(
        f'<h2 class="uk-h3">{esc(title)}</h2><div class="uk-text-meta">Ngày đăng: {day}</div>'
        '<div class="uk-margin"><iframe src="https://www.youtube-nocookie.com/embed/q2Xh7tC0vLk?rel=0" width="1920" '
        'height="1080" allowfullscreen uk-responsive uk-video="automute: true; autoplay: false"></iframe></div>'
        "<p>Nguồn: Đài Phát thanh - Truyền hình tỉnh Tuyên Quang</p>"
    )
    return page(request, title, main, active="/video")


def tag_page(request: Request, tag: str) -> Response:
    items = sorted((s for s in STORIES if tag in (s.opts.get("tags") or [])), key=lambda s: s.opts["created"], reverse=True)
    lis = "".join(
        f'<li><h3 class="uk-h5 uk-margin-remove"><a href="{story_path(s)}">{esc(s.title)}</a></h3>'
        f'<span class="uk-text-meta">{dmy(s.opts["created"])}</span></li>'
        for s in items
    )
    main = (
        f'<div class="uk-margin-small">{breadcrumb([("Trang chủ", "/"), ("Thẻ", None), (TAGS[tag], None)])}</div>'
        f'<h1 class="uk-h2">Thẻ: {esc(TAGS[tag])}</h1><ul class="uk-list uk-list-divider">{lis}</ul>'
    )
    return page(request, TAGS[tag], two_col(main))


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    main = (
        f'<div class="uk-margin-small">{breadcrumb([("Trang chủ", "/"), ("Tìm kiếm", None)])}</div>'
        '<h1 class="uk-h2">Tìm kiếm</h1>'
        f'<form action="/tim-kiem" method="get" class="uk-form"><input class="uk-input uk-form-width-large" name="q" '
        f'value="{esc(q)}"> <button class="uk-button uk-button-primary" type="submit">Tìm kiếm</button></form>'
        + (
            f'<div class="uk-alert uk-alert-warning">Không tìm thấy kết quả nào cho từ khóa "{esc(q)}".</div>'
            if q
            else '<p class="uk-text-meta">Nhập từ khóa để tìm kiếm.</p>'
        )
    )
    return page(request, "Tìm kiếm", two_col(main))


# --- routing ----------------------------------------------------------------------------------

_NONSEF = re.compile(r"^/index\.php$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/templates/", "/media/", "/modules/")):
            if path.endswith(".pdf"):
                if path == "/images/van-ban/2026/125-tb-tct.pdf":
                    return Response(200, PDF, {"Content-Type": "application/pdf"})
                return None
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if len(path) > 1 and path.endswith("/"):
            return None
        if _NONSEF.match(path):
            q = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
            if q.get("option") == "com_content" and q.get("view") == "article":
                try:
                    s = BY_ID.get(int(q.get("id", "0").split(":")[0]))
                except ValueError:
                    s = None
                return article_page(request, s) if s else None
            if not request.query:
                return home(request)
            return None
        if path.startswith("/index.php/"):
            path = path[len("/index.php") :]
        if path == "/":
            return home(request)
        if path.lstrip("/") in CATS and path != "/dang-doan":
            return category_page(request, path.lstrip("/"))
        parts = path.strip("/").split("/")
        if len(parts) == 2 and (parts[0], parts[1]) in BY_ALIAS and parts[0] != "dang-doan":
            return article_page(request, BY_ALIAS[(parts[0], parts[1])])
        if len(parts) == 4 and parts[:3] == ["component", "content", "article"]:
            s = BY_ALIAS.get(("dang-doan", parts[3]))
            return article_page(request, s) if s else None
        if len(parts) == 4 and parts[:3] == ["component", "tags", "tag"] and parts[3] in TAGS:
            return tag_page(request, parts[3])
        if path == "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien":
            return lich_su(request)
        if path == "/gioi-thieu/co-cau-to-chuc":
            return co_cau(request)
        if path == "/lien-he":
            return lien_he(request)
        if path == "/van-ban":
            dl = request.params.get("download")
            if dl:
                try:
                    doc = DOCS.get(int(dl.split(":")[0]))
                except ValueError:
                    doc = None
                if not doc:
                    return None
                return Response(
                    200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="{doc[4]}"'}
                )
            return van_ban(request)
        if len(parts) == 3 and parts[:2] == ["van-ban", "file"]:
            for i, d in DOCS.items():
                if parts[2] == f"{i}-{d[0]}":
                    return van_ban_file(request, i)
            return None
        if path == "/thu-vien-anh":
            return thu_vien_anh(request)
        if path == f"/thu-vien-anh/{ALBUM[0]}":
            return album(request)
        if path == "/video":
            return video_list(request)
        if path == f"/video/{VIDEO[0]}":
            return video_page(request)
        if path == "/tim-kiem":
            return search_page(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    p = story_path(s)
    alts: list[str] = []
    if s.id in POPULAR:
        alts.append("/index.php" + p)
    if s.id == 119:
        alts.append(f"{p}?fbclid={FBCLID}")
    if s.id == 118:
        alts.append("/index.php?option=com_content&view=article&id=118&catid=9&Itemid=103")
    if s.id == 114:
        alts += [f"{p}?showall=&limitstart=", f"{p}?showall=&limitstart=1", f"{p}?showall=1&limitstart="]
    return alts


GOLD = [
    gold_record(s, story_path(s), CATS[s.cat].title, canonical_path=story_path(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    "/van-ban/file/15-ke-hoach-dao-tao-boi-duong-nam-2027",
    "/van-ban/file/14-quy-che-hoc-vien-sua-doi-bo-sung-nam-2026",
    f"/thu-vien-anh/{ALBUM[0]}",
    f"/video/{VIDEO[0]}",
]
