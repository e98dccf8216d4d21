"""Pimcore 11 portal of a provincial Sở Giáo dục và Đào tạo (Sở GD&ĐT Hà Tĩnh), hosted by the
provincial IT centre (Trung tâm CNTT-TT tỉnh).

Platform
--------
Pimcore 11 on Symfony, Twig templates, Bootstrap 5 theme built with Webpack Encore
(``/build/app/…``). News items are Pimcore *data objects* (class ``TinTuc``) rendered through a
static route with a link generator; their body is an ``areablock`` editable, so every paragraph
block, image block, gallery block, download block and "related news" teaser is its own
``<div class="pimcore_area_<brick> pimcore_area_content">`` wrapper. Images are Pimcore thumbnails
printed as ``<picture>`` with ``<source srcset>`` (webp, @2x) and an ``<img src>`` jpg fallback.
Articles that predate the portal's go-live (02/11/2026) were migrated from the old portal as plain
*documents* (one big wysiwyg editable holding the old FCKeditor HTML, entity-encoded).

URL scheme
----------
- ``/`` -> 302 ``/vi/``; ``/vi`` and ``/vi/`` both serve the home page; ``/en`` is a stub.
- listings (documents): ``/vi/tin-tuc`` (all news), ``/vi/tin-tuc/hoat-dong-nganh``,
  ``/vi/tin-tuc/thong-bao``, ``/vi/tin-tuc/guong-sang-nha-giao``; paging ``?page=N`` (KnpPaginator,
  page 1 printed as ``?page=1`` too). A trailing slash 301s to the slash-less path.
- news objects: static route ``/vi/tin-tuc/(<category>/)?<slug>~n<ID>``; the route's regex
  ignores the slug and the category segment, only ``~n<ID>`` picks the object.
- migrated documents: ``/vi/tin-tuc/<slug>.html``, listed only on ``/vi/tin-tuc/tin-luu-tru``.
- documents (văn bản) ``/vi/van-ban`` + ``/vi/van-ban/<slug>~v<ID>``; photo albums
  ``/vi/thu-vien-anh`` + ``~a<ID>``; videos ``/vi/video`` + ``~vd<ID>``; work calendar
  ``/vi/lich-cong-tac/2026/tuan-<N>`` (weeks 48–50 only); search/tags ``/vi/tim-kiem?q=|tag=``.
- assets: ``/Tin-tuc/2026/Thang-MM/<assetId>/image-thumb__<assetId>__<thumb>/<file>.jpg``.

Page templates
--------------
Home (slider "Tin nổi bật", "Tin mới", category boxes, sidebar), listing (cards or dated list +
Knp pager), news detail (breadcrumb, h1.tieude-tin, meta line, tool bar, sapo div, areablock,
object-field byline/source, tags, "Các tin khác"), migrated document detail (old markup, "Ngày
đăng" line, migration notice), văn bản entry, album, video, calendar week, intro, contact.

How each gold article is reached
--------------------------------
- H1, H2, H3, G1: home slider (slug-less, H2 with its *old* slug), "Tin mới", category boxes.
- T1, T2, T3: home "Thông báo" box, /vi/tin-tuc/thong-bao (T3 on ?page=2 and in "Các tin khác").
- H4, H5: /vi/tin-tuc/hoat-dong-nganh page 1, sidebar "Xem nhiều", "Các tin khác".
- H6, H7: only on page 2 of /vi/tin-tuc/hoat-dong-nganh and of /vi/tin-tuc (never in "Các tin
  khác", which shows the 4 newest others of the category).
- G2: /vi/tin-tuc/guong-sang-nha-giao and G1's "Các tin khác".
- M1: only through /vi/tin-tuc/tin-luu-tru (menu drop-down and footer link "Tin lưu trữ").

Traps
-----
1. Slug-blind static route: the home slider prints slug-less links ``/vi/tin-tuc/<slug>~n<ID>``
   (H1, H2, G1) and H2's slider/album links carry the slug of its first title
   (``hoi-khoe-phu-dong-tinh-lan-thu-xi-be-mac``). All answer 200 with the same article and a
   ``rel=canonical`` to the category path. Gold: one record per article, path = canonical,
   every variant in ``alt_paths``.
2. Migrated twin: H7 exists as news object (``~n1144``, canonical) and as migrated document
   ``…sau-mua-lu.html`` (no canonical, other template, old image path, breadcrumb "Tin tức", day-only
   date). Gold: one record (object page), the ``.html`` in ``alt_paths``; its category, date and
   images are the object page's.
3. UTC metadata: ``article:published_time`` and JSON-LD ``datePublished`` are Symfony's UTC
   (``2026-12-02T23:45:00Z`` for H1 printed "03/12/2026 06:45"; H4's midnight "18/11/2026 00:00"
   is ``2026-11-17T17:00:00Z``). Gold: the printed local time with +07:00; H4 the day alone
   ("2026-11-18"); JSON-LD's organisation "author" is nobody.
4. Migrated documents print "Cập nhật: 02/11/2026 08:15" (the migration) in the tool bar and
   the old "Ngày đăng: 06/10/2026" above the text. Gold: the Ngày đăng day ("2026-10-06").
5. Captions outside the image brick: some image blocks are followed by a separate centred
   italic wysiwyg brick holding the caption (looks like a paragraph); one caption is printed in
   parentheses; one figcaption only credits "Ảnh: Hoàng Anh". Gold: caption = that line (no
   parentheses), not body; the credit-only line -> caption None, photographer "Hoàng Anh".
6. Areabricks that are not text in the middle of the text: a "Tin liên quan" teaser brick
   between paragraphs (H3), a YouTube brick (G1), download bricks "Tệp đính kèm" and a
   "Xem thêm:" line (T3, H6). Gold: none of them is body; the paragraphs after them are body.
7. Bylines in four shapes: a right-aligned wysiwyg line "Nguyễn Thị Thu Hà (Văn phòng Sở)", the
   object field "Tác giả: ThS. Lê Thị Minh Huyền - Phòng Giáo dục Trung học", a unit alone
   ("Phòng Khảo thí và Quản lý chất lượng"), "Tin, ảnh:"/"Bài, ảnh:"/"Tin: X - Ảnh: Y"; the meta
   line's "Người đăng: bientap.sgd" is a CMS account. Gold: names only, units only when alone;
   accounts -> nobody.
8. Official notice T2 printed as a document (letterhead table, "THÔNG BÁO / Về việc …", "Nơi
   nhận", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / (Đã ký) / Phan Văn Hùng"), posted "01/12/2026 08:05".
   Gold: date "2026-11-30" (letterhead), author "Phan Văn Hùng", body = the notice's own text.
9. Text encodings of the editors: H5 pasted from Word (``mso-list:Ignore`` bullets "·" and
   numbers "1." are not text, a typed "- " is); G2 has an NFD paragraph and a ``<br>`` splitting
   a paragraph; M1 is FCKeditor entity soup (``&agrave;`` / ``&#7897;`` mixed with raw UTF-8).
   Gold: NFC text, markers dropped, the ``<br>`` paragraph as two paragraphs.
10. Sources: "Nguồn: Báo Hà Tĩnh" (H5) and "Theo Giáo dục và Thời đại" (G2) close the text;
    H1's "Theo báo cáo tại hội nghị, …" and T3's "Theo kế hoạch, …" are body sentences.
11. Chrome that reads like content: a cookie banner with paragraphs, a marquee notice, the
    migrated pages' "Bài viết được chuyển từ cổng thông tin cũ" box, the poll and the counter.

Gold decisions on ambiguous points
----------------------------------
- Images: the ``<img src>`` jpg thumbnail is the image (not the webp ``<source srcset>``, not the
  @2x, not the gallery's lightbox ``href``); gallery photos are article photos, in order.
- Sapo: the object's "shortText" printed in ``div.tt-tomtat`` is the summary and the body's first
  paragraph; G1's and M1's bold first paragraph is a sapo too. H4 and the notices have none.
- Category: the breadcrumb's last section (the object's category, whatever URL was used);
  M1 is a migrated document whose breadcrumb is "Trang chủ › Tin tức": category "Tin tức".
- G1's emoji title is kept as printed ("🌟 …"). Table rows of H4 (header row included) are
  paragraphs, cells joined by " | ".
- "Bài, ảnh: Thùy Dung" is read like "Tin, ảnh": Thùy Dung is author and photographer.
- Video pages, albums and văn bản entries carry titles, dates and text but are not articles.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect
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

NAME = "pimcore_sgddt"
PLATFORM = "pimcore"
START_PATH = "/vi/"

#: the header clock (site timezone Asia/Ho_Chi_Minh): "today", never a publication date
TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"

CATS: dict[str, tuple[str, str, int]] = {
    # key: (label as the menu/breadcrumb prints it, listing path, page size)
    "hdn": ("Hoạt động ngành", "/vi/tin-tuc/hoat-dong-nganh", 5),
    "tb": ("Thông báo", "/vi/tin-tuc/thong-bao", 2),
    "gs": ("Gương sáng nhà giáo", "/vi/tin-tuc/guong-sang-nha-giao", 5),
}
ALL_NEWS = "/vi/tin-tuc"
ALL_NEWS_SIZE = 8
ARCHIVE = "/vi/tin-tuc/tin-luu-tru"


# --- the stories ---------------------------------------------------------------------------


def _thumb(month: str, asset: int, name: str, thumb: str = "noidung") -> str:
    return f"/Tin-tuc/2026/Thang-{month}/{asset}/image-thumb__{asset}__{thumb}/{name}"


@dataclass
class Entry:
    """One article as the CMS holds it: the story plus how its pages print it."""

    story: Story
    kind: str  # "obj" (news data object) | "doc" (migrated document)
    cat: str  # CATS key, "" for migrated documents
    path: str  # canonical path
    printed: str  # date/time the meta line prints ("03/12/2026 06:45" or "06/10/2026")
    updated: str | None
    account: str | None  # "Người đăng" (CMS account)
    bricks: list
    tags: tuple[str, ...] = ()
    teaser: str | None = None
    after: str = ""  # object fields printed after the areablock (byline, source)
    alts: list[str] = field(default_factory=list)


def _blocks(bricks: list) -> list:
    """The story's P/Img blocks in page order, read from its bricks."""
    out: list = []
    for kind, content in bricks:
        if kind in ("txt", "tbl", "gal"):
            out.extend(b for b in content if isinstance(b, P | Img))
        elif kind == "img":
            out.append(content)
    return out


def _story(sid: int, slug: str, title: str, cat: str, published: str | None, bricks: list, **kw):
    return Story(sid, slug, title, cat, published, _blocks(bricks), **kw)


RIGHT = '<p style="text-align: right;">'

# H1 ----------------------------------------------------------------------------------------
_H1_SAPO = (
    "Chiều 02/12, Sở Giáo dục và Đào tạo tổ chức hội nghị trực tuyến triển khai kế hoạch chuyển "
    "đổi số trong các cơ sở giáo dục năm học 2026-2027 với hơn 650 điểm cầu kết nối đến các "
    "trường học trên địa bàn tỉnh."
)
_H1_BRICKS = [
    (
        "txt",
        [
            P(
                "Tham dự tại điểm cầu chính có đồng chí Trần Đình Thắng, Phó Giám đốc Sở; lãnh đạo "
                "các phòng chuyên môn, nghiệp vụ thuộc Sở và đại diện Trung tâm Công nghệ thông tin "
                "và Truyền thông tỉnh. Tại các điểm cầu cơ sở có hiệu trưởng, phó hiệu trưởng và "
                "cán bộ phụ trách công nghệ thông tin của các trường mầm non, tiểu học, trung học "
                "cơ sở và trung học phổ thông."
            )
        ],
    ),
    (
        "img",
        Img(
            _thumb("12", 5120, "z6093318820417_a1c4e2b7f0.jpg"),
            "Đồng chí Trần Đình Thắng, Phó Giám đốc Sở phát biểu chỉ đạo tại điểm cầu chính",
            "Đồng chí Trần Đình Thắng, Phó Giám đốc Sở phát biểu chỉ đạo tại điểm cầu chính",
            "fig",
        ),
    ),
    (
        "txt",
        [
            P("Hoàn thành cơ sở dữ liệu ngành trước ngày 31/12", "h"),
            P(
                "Theo báo cáo tại hội nghị, đến hết tháng 11/2026, 100% cơ sở giáo dục phổ thông "
                "trên địa bàn tỉnh đã sử dụng sổ điểm điện tử; học bạ số được triển khai tại 98,6% "
                "trường tiểu học và 92,3% trường trung học cơ sở. Toàn ngành đã cập nhật dữ liệu "
                "của hơn 286.000 học sinh và 19.400 cán bộ, giáo viên, nhân viên lên cơ sở dữ liệu "
                "ngành."
            ),
            P(
                "Bên cạnh những kết quả đạt được, hạ tầng công nghệ thông tin tại một số trường "
                "thuộc các xã miền núi còn thiếu thốn, đường truyền Internet chưa ổn định; một bộ "
                "phận giáo viên còn lúng túng khi khai thác, sử dụng học liệu số."
            ),
        ],
    ),
    ("img", Img(_thumb("12", 5121, "z6093318834411_77d0c15e2a.jpg"), None, None, "none")),
    (
        "txt",
        [
            P(
                "Phát biểu chỉ đạo, đồng chí Trần Đình Thắng đề nghị các đơn vị tập trung thực "
                "hiện ba nhiệm vụ trọng tâm:"
            ),
            P(
                "Hoàn thành việc cập nhật, làm sạch dữ liệu học sinh, giáo viên trên cơ sở dữ "
                "liệu ngành trước ngày 31/12/2026;",
                "li",
            ),
            P(
                "Triển khai học bạ số đối với 100% học sinh lớp 6 và lớp 10 từ học kỳ II năm học "
                "2026-2027;",
                "li",
            ),
            P(
                "Bồi dưỡng kỹ năng số cho đội ngũ giáo viên, ưu tiên giáo viên các trường vùng "
                "đặc biệt khó khăn.",
                "li",
            ),
            P(
                "Tại hội nghị, đại diện Trung tâm Công nghệ thông tin và Truyền thông tỉnh đã "
                "hướng dẫn quy trình ký số học bạ và giải đáp các vướng mắc của cơ sở giáo dục "
                "trong quá trình triển khai."
            ),
            Raw(f"{RIGHT}<strong>Nguyễn Thị Thu Hà</strong> (Văn phòng Sở)</p>"),
        ],
    ),
    (
        "dl",
        [
            (
                "KH 2315-SGDĐT chuyen doi so nam hoc 2026-2027.pdf",
                "/Van-ban/2026/Thang-11/KH-2315-SGDDT.pdf",
                "312 KB",
            )
        ],
    ),
]
H1 = Entry(
    _story(
        1187,
        "so-gddt-trien-khai-chuyen-doi-so-trong-truong-hoc-nam-hoc-2026-2027",
        "Sở GD&ĐT triển khai chuyển đổi số trong trường học năm học 2026-2027",
        "Hoạt động ngành",
        "2026-12-03T06:45:00+07:00",
        _H1_BRICKS,
        authors=["Nguyễn Thị Thu Hà"],
        summary=_H1_SAPO,
        sapo_outside=True,
    ),
    "obj",
    "hdn",
    "/vi/tin-tuc/hoat-dong-nganh/so-gddt-trien-khai-chuyen-doi-so-trong-truong-hoc-nam-hoc-2026-2027~n1187",
    "03/12/2026 06:45",
    "03/12/2026 07:12",
    "bientap.sgd",
    _H1_BRICKS,
    tags=("chuyển đổi số",),
)

# H2 ----------------------------------------------------------------------------------------
_H2_SAPO = (
    "Chiều 28/11, tại Nhà thi đấu tỉnh, Ban Tổ chức Hội khỏe Phù Đổng tỉnh Hà Tĩnh lần thứ XI "
    "năm 2026 đã tổ chức lễ bế mạc và trao giải cho các đoàn, vận động viên đạt thành tích cao."
)
_H2_OLD_SLUG = "hoi-khoe-phu-dong-tinh-lan-thu-xi-be-mac"
_H2_BRICKS = [
    (
        "img",
        Img(
            _thumb("11", 5088, "z6071925533021_0c9e5d1f44.jpg"),
            "(Các đoàn vận động viên diễu hành tại lễ bế mạc)",
            "Các đoàn vận động viên diễu hành tại lễ bế mạc",
            "fig",
        ),
    ),
    (
        "txt",
        [
            P(
                "Sau 10 ngày thi đấu sôi nổi, Hội khỏe Phù Đổng tỉnh lần thứ XI đã thu hút hơn "
                "1.250 vận động viên là học sinh tiểu học, trung học cơ sở và trung học phổ thông "
                "đến từ 26 đoàn tham gia tranh tài ở 12 môn thi đấu: điền kinh, bơi lội, bóng đá, "
                "bóng chuyền, cầu lông, bóng bàn, cờ vua, đá cầu, võ cổ truyền, vovinam, kéo co và "
                "đẩy gậy."
            ),
            P(
                "Ban Tổ chức đã trao 312 huy chương vàng, 318 huy chương bạc và 421 huy chương "
                "đồng cho các vận động viên; 9 kỷ lục Hội khỏe Phù Đổng tỉnh ở các nội dung điền "
                "kinh và bơi lội được phá."
            ),
            P(
                "Chung cuộc, đoàn phường Thành Sen xếp thứ Nhất toàn đoàn, đoàn phường Hồng Lĩnh "
                "xếp thứ Nhì, đoàn xã Can Lộc xếp thứ Ba. Giải phong cách được trao cho đoàn xã "
                "Hương Khê - đơn vị có nhiều học sinh dân tộc thiểu số tham gia."
            ),
        ],
    ),
    (
        "gal",
        [
            Img(
                _thumb("11", 5091, "z6071926011847_3b8a72e9d0.jpg", "galleryThumb"),
                "Trao cờ cho các đoàn đạt giải toàn đoàn",
                "Trao cờ cho các đoàn đạt giải toàn đoàn",
                "gal",
            ),
            Img(
                _thumb("11", 5092, "z6071926158330_e21fa0c6b5.jpg", "galleryThumb"),
                "Nội dung chạy 100m nữ cấp THPT",
                "Nội dung chạy 100m nữ cấp THPT",
                "gal",
            ),
            Img(
                _thumb("11", 5093, "z6071926290114_9dd41b7c08.jpg", "galleryThumb"),
                None,
                None,
                "gal",
            ),
            Img(
                _thumb("11", 5094, "z6071926377209_5f0b2ac311.jpg", "galleryThumb"),
                "Trận chung kết bóng đá nam cấp THCS",
                "Trận chung kết bóng đá nam cấp THCS",
                "gal",
            ),
        ],
    ),
    (
        "txt",
        [
            P(
                "Phát biểu bế mạc, Trưởng Ban Tổ chức ghi nhận tinh thần thi đấu trung thực, "
                "cao thượng của các vận động viên và đề nghị các đơn vị tiếp tục đẩy mạnh phong "
                "trào tập luyện thể dục thể thao trong trường học, tuyển chọn những vận động viên "
                "xuất sắc tham dự Hội khỏe Phù Đổng toàn quốc lần thứ XI năm 2027."
            ),
            Raw(f"{RIGHT}<strong>Tin, ảnh: Trần Quốc Việt</strong></p>"),
        ],
    ),
]
H2 = Entry(
    _story(
        1179,
        "be-mac-hoi-khoe-phu-dong-tinh-ha-tinh-lan-thu-xi-nam-2026-hon-1250-van-dong-vien-tranh-tai",
        "Bế mạc Hội khỏe Phù Đổng tỉnh Hà Tĩnh lần thứ XI năm 2026: hơn 1.250 vận động viên tranh tài",
        "Hoạt động ngành",
        "2026-11-28T17:10:00+07:00",
        _H2_BRICKS,
        authors=["Trần Quốc Việt"],
        photographers=["Trần Quốc Việt"],
        summary=_H2_SAPO,
        sapo_outside=True,
    ),
    "obj",
    "hdn",
    "/vi/tin-tuc/hoat-dong-nganh/be-mac-hoi-khoe-phu-dong-tinh-ha-tinh-lan-thu-xi-nam-2026-hon-1250-van-dong-vien-tranh-tai~n1179",
    "28/11/2026 17:10",
    "29/11/2026 08:02",
    "bientap.sgd",
    _H2_BRICKS,
    tags=("Hội khỏe Phù Đổng",),
)

# H3 ----------------------------------------------------------------------------------------
_H3_SAPO = (
    "Ngày 23 và 24/11, tại Trường THPT chuyên Hà Tĩnh, Sở Giáo dục và Đào tạo tổ chức hội thảo "
    "chuyên đề về đổi mới phương pháp dạy học môn Ngữ văn cấp trung học phổ thông với sự tham gia "
    "của hơn 180 giáo viên cốt cán."
)
_H3_BRICKS = [
    (
        "txt",
        [
            P(
                "Hội thảo tập trung vào ba nội dung chính: thiết kế bài dạy đọc hiểu theo thể "
                "loại; tổ chức hoạt động viết bài văn nghị luận theo hướng phát triển năng lực; "
                "đổi mới kiểm tra, đánh giá bằng ngữ liệu ngoài sách giáo khoa."
            ),
            P(
                "Các tham luận của Trường THPT Phan Đình Phùng, Trường THPT Nguyễn Du và Trường "
                "THPT Hồng Lĩnh đã chia sẻ nhiều cách làm sáng tạo như dạy học theo dự án, sử dụng "
                "sơ đồ tư duy số, tổ chức câu lạc bộ đọc sách gắn với bài học."
            ),
        ],
    ),
    (
        "img",
        Img(
            _thumb("11", 5063, "z6059802214538_b0a4d7c2e1.jpg"),
            "Giáo viên Trường THPT Nguyễn Du dạy minh họa tiết đọc hiểu văn bản thơ",
            "Giáo viên Trường THPT Nguyễn Du dạy minh họa tiết đọc hiểu văn bản thơ",
            "fig",
        ),
    ),
    ("rel", ["H5", "G2"]),
    (
        "txt",
        [
            P(
                "Sau phần dạy minh họa, các đại biểu đã thảo luận sôi nổi về những khó khăn khi "
                "xây dựng đề kiểm tra sử dụng ngữ liệu mới, đặc biệt là việc bảo đảm độ tin cậy và "
                "tính phân hóa của đề."
            ),
            P(
                "Kết luận hội thảo, lãnh đạo Phòng Giáo dục Trung học đề nghị các tổ chuyên môn "
                "tiếp tục sinh hoạt chuyên đề theo nghiên cứu bài học, chia sẻ kho ngữ liệu dùng "
                "chung trên hệ thống học liệu số của ngành trước ngày 15/12/2026."
            ),
        ],
    ),
]
H3 = Entry(
    _story(
        1172,
        "hoi-thao-day-hoc-phat-trien-nang-luc-mon-ngu-van-theo-chuong-trinh-gdpt-2018-cap-thpt",
        "Hội thảo “Dạy học phát triển năng lực môn Ngữ văn theo Chương trình GDPT 2018” cấp THPT",
        "Hoạt động ngành",
        "2026-11-24T14:00:00+07:00",
        _H3_BRICKS,
        authors=["Lê Thị Minh Huyền"],
        summary=_H3_SAPO,
        sapo_outside=True,
    ),
    "obj",
    "hdn",
    "/vi/tin-tuc/hoat-dong-nganh/hoi-thao-day-hoc-phat-trien-nang-luc-mon-ngu-van-theo-chuong-trinh-gdpt-2018-cap-thpt~n1172",
    "24/11/2026 14:00",
    None,
    "bientap.sgd",
    _H3_BRICKS,
    after=(
        '<div class="tg-bv text-end">Tác giả: <b>ThS. Lê Thị Minh Huyền</b>'
        " - Phòng Giáo dục Trung học</div>"
    ),
)

# H4 ----------------------------------------------------------------------------------------
_H4_BRICKS = [
    (
        "txt",
        [
            P(
                "Ngày 17/11/2026, Giám đốc Sở Giáo dục và Đào tạo đã ký quyết định công nhận kết "
                "quả Kỳ thi chọn học sinh giỏi tỉnh lớp 12 THPT năm học 2026-2027. Kỳ thi được tổ "
                "chức trong hai ngày 05 và 06/11/2026 với 2.146 thí sinh dự thi ở 14 môn."
            ),
            P(
                "Toàn tỉnh có 1.318 thí sinh đạt giải, chiếm tỷ lệ 61,4%, trong đó có 68 giải "
                "Nhất, 297 giải Nhì, 465 giải Ba và 488 giải Khuyến khích. Trường THPT chuyên Hà "
                "Tĩnh dẫn đầu với 51 giải Nhất."
            ),
            P("Kết quả một số môn thi như sau:"),
        ],
    ),
    (
        "tbl",
        [
            P("Môn thi | Số dự thi | Giải Nhất | Giải Nhì | Giải Ba", "th"),
            P("Toán | 186 | 7 | 25 | 41", "tr"),
            P("Ngữ văn | 201 | 6 | 27 | 44", "tr"),
            P("Tiếng Anh | 244 | 8 | 31 | 52", "tr"),
            P("Tin học | 98 | 4 | 13 | 19", "tr"),
        ],
    ),
    (
        "txt",
        [
            P(
                "Thí sinh có thể tra cứu kết quả chi tiết trên hệ thống quản lý thi của Sở. Thời "
                "hạn nhận đơn phúc khảo bài thi đến hết ngày 25/11/2026 tại bộ phận một cửa của "
                "Sở."
            ),
            Raw(f"{RIGHT}<strong><em>Phòng Khảo thí và Quản lý chất lượng</em></strong></p>"),
        ],
    ),
]
H4 = Entry(
    _story(
        1166,
        "cong-bo-ket-qua-ky-thi-chon-hoc-sinh-gioi-tinh-lop-12-thpt-nam-hoc-2026-2027",
        "Công bố kết quả Kỳ thi chọn học sinh giỏi tỉnh lớp 12 THPT năm học 2026-2027",
        "Hoạt động ngành",
        "2026-11-18",
        _H4_BRICKS,
        authors=["Phòng Khảo thí và Quản lý chất lượng"],
    ),
    "obj",
    "hdn",
    "/vi/tin-tuc/hoat-dong-nganh/cong-bo-ket-qua-ky-thi-chon-hoc-sinh-gioi-tinh-lop-12-thpt-nam-hoc-2026-2027~n1166",
    "18/11/2026 00:00",
    "18/11/2026 10:41",
    "khaothi.sgd",
    _H4_BRICKS,
    tags=("học sinh giỏi",),
    teaser=(
        "Ngày 17/11/2026, Giám đốc Sở Giáo dục và Đào tạo đã ký quyết định công nhận kết quả Kỳ "
        "thi chọn học sinh giỏi tỉnh lớp 12 THPT năm học 2026-2027..."
    ),
)

# H5 ----------------------------------------------------------------------------------------
_H5_SAPO = (
    "Sau hai năm thí điểm, mô hình “Trường học hạnh phúc” đã lan tỏa đến 46 trường mầm non "
    "thuộc các xã miền núi, giúp trẻ mạnh dạn, tự tin hơn và gắn bó với lớp học."
)
_H5_BRICKS = [
    (
        "txt",
        [
            P(
                "Trường Mầm non Hương Liên là một trong những đơn vị đầu tiên thực hiện mô hình. "
                "Nhà trường đã cải tạo khuôn viên, xây dựng các góc chơi bằng vật liệu địa phương "
                "như tre, nứa, sỏi đá; mỗi lớp có một “góc cảm xúc” để trẻ chia sẻ niềm vui, nỗi "
                "buồn với cô giáo."
            ),
            P("Để nhân rộng mô hình, Sở GD&ĐT yêu cầu các trường tập trung vào các nội dung:"),
            P(
                "Xây dựng môi trường giáo dục an toàn, thân thiện, lấy trẻ làm trung tâm;",
                "mso-bullet",
            ),
            P(
                "Bồi dưỡng kỹ năng giao tiếp tích cực, kỷ luật tích cực cho giáo viên;",
                "mso-bullet",
            ),
            P(
                "Tăng cường phối hợp với cha mẹ trẻ trong chăm sóc, giáo dục trẻ tại gia đình.",
                "mso-bullet",
            ),
        ],
    ),
    (
        "img",
        Img(
            _thumb("11", 5040, "z6037714408826_c93e61aa07.jpg"),
            "Giờ hoạt động ngoài trời của trẻ Trường Mầm non Hương Liên",
            "Giờ hoạt động ngoài trời của trẻ Trường Mầm non Hương Liên",
            "next",
        ),
    ),
    (
        "txt",
        [
            P("Lộ trình thực hiện đến năm 2027 gồm hai bước:"),
            P(
                "Năm học 2026-2027: 100% trường mầm non vùng khó khăn tự đánh giá theo bộ tiêu "
                "chí;",
                "mso-num1",
            ),
            P(
                "Năm học 2027-2028: tối thiểu 70% trường đạt các tiêu chí cơ bản của mô hình.",
                "mso-num2",
            ),
            P(
                "- Kinh phí thực hiện được lồng ghép từ Chương trình mục tiêu quốc gia phát triển "
                "kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi."
            ),
            Raw(f"{RIGHT}<strong>Minh Châu</strong></p>"),
            Raw(f"{RIGHT}<em>Nguồn: Báo Hà Tĩnh</em></p>"),
        ],
    ),
]
H5 = Entry(
    _story(
        1158,
        "nhan-rong-mo-hinh-truong-hoc-hanh-phuc-o-cac-truong-mam-non-vung-kho-khan",
        "Nhân rộng mô hình “Trường học hạnh phúc” ở các trường mầm non vùng khó khăn",
        "Hoạt động ngành",
        "2026-11-10T08:20:00+07:00",
        _H5_BRICKS,
        authors=["Minh Châu"],
        source="Báo Hà Tĩnh",
        summary=_H5_SAPO,
        sapo_outside=True,
    ),
    "obj",
    "hdn",
    "/vi/tin-tuc/hoat-dong-nganh/nhan-rong-mo-hinh-truong-hoc-hanh-phuc-o-cac-truong-mam-non-vung-kho-khan~n1158",
    "10/11/2026 08:20",
    None,
    "bientap.sgd",
    _H5_BRICKS,
)

# H6 ----------------------------------------------------------------------------------------
_H6_SAPO = (
    "Ngày 27 và 28/10, Sở Giáo dục và Đào tạo phối hợp với Hội Chữ thập đỏ tỉnh tổ chức tập "
    "huấn kỹ năng phòng, chống đuối nước cho 240 giáo viên thể dục và tổng phụ trách Đội."
)
_H6_BRICKS = [
    (
        "txt",
        [
            P(
                "Các học viên được hướng dẫn về nguyên nhân, các tình huống thường gặp dẫn đến "
                "đuối nước ở trẻ em trong mùa mưa lũ; kỹ năng quan sát, nhận biết nguy hiểm khi ở "
                "gần sông, suối, ao hồ và vùng ngập nước."
            ),
        ],
    ),
    (
        "img",
        Img(
            _thumb("10", 4987, "z5968801127765_41aa0e3d92.jpg"),
            "Học viên thực hành sơ cứu người bị đuối nước",
            "Học viên thực hành sơ cứu người bị đuối nước",
            "next",
        ),
    ),
    (
        "txt",
        [
            P(
                "Phần thực hành được tổ chức tại bể bơi của Trường THCS Lê Văn Thiêm với các nội "
                "dung: cách nổi, ném phao cứu hộ, đưa nạn nhân lên bờ và hô hấp nhân tạo. Mỗi học "
                "viên được thực hành ít nhất hai lần dưới sự giám sát của huấn luyện viên."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/vi/tin-tuc/hoat-dong-nganh/'
                "nhan-rong-mo-hinh-truong-hoc-hanh-phuc-o-cac-truong-mam-non-vung-kho-khan~n1158"
                '">Nhân rộng mô hình “Trường học hạnh phúc” ở các trường mầm non vùng khó '
                "khăn</a></em></p>"
            ),
        ],
    ),
    (
        "img",
        Img(_thumb("10", 4988, "z5968801390052_d7c2be0419.jpg"), "Ảnh: Hoàng Anh", None, "credit"),
    ),
    (
        "txt",
        [
            P(
                "Sau tập huấn, các giáo viên sẽ trực tiếp hướng dẫn kỹ năng an toàn trong môi "
                "trường nước cho học sinh tại đơn vị, phấn đấu đến hết năm học 2026-2027 có ít nhất "
                "80% học sinh tiểu học được học bơi an toàn."
            ),
            Raw(f"{RIGHT}<b>Tin: Nguyễn Văn Thắng - Ảnh: Hoàng Anh</b></p>"),
        ],
    ),
]
H6 = Entry(
    _story(
        1151,
        "tap-huan-ky-nang-phong-chong-duoi-nuoc-cho-giao-vien-the-duc-va-tong-phu-trach-doi",
        "Tập huấn kỹ năng phòng, chống đuối nước cho giáo viên thể dục và tổng phụ trách Đội",
        "Hoạt động ngành",
        "2026-10-28T15:30:00+07:00",
        _H6_BRICKS,
        authors=["Nguyễn Văn Thắng"],
        photographers=["Hoàng Anh"],
        summary=_H6_SAPO,
        sapo_outside=True,
    ),
    "obj",
    "hdn",
    "/vi/tin-tuc/hoat-dong-nganh/tap-huan-ky-nang-phong-chong-duoi-nuoc-cho-giao-vien-the-duc-va-tong-phu-trach-doi~n1151",
    "28/10/2026 15:30",
    None,
    "bientap.sgd",
    _H6_BRICKS,
)

# H7 (and its migrated twin) ----------------------------------------------------------------
_H7_SAPO = (
    "Ngày 13/10, đoàn công tác của Sở Giáo dục và Đào tạo đã đi kiểm tra tình hình thiệt hại và "
    "hỗ trợ các trường học tại xã Hương Khê khắc phục hậu quả sau đợt mưa lũ lịch sử."
)
_H7_PARAS = [
    P(
        "Đợt mưa lũ từ ngày 08 đến 11/10 đã làm 17 trường học trên địa bàn xã bị ngập sâu từ 0,5 "
        "đến 2 m; nhiều bàn ghế, thiết bị dạy học, sách vở của học sinh bị hư hỏng. Ước tính "
        "tổng thiệt hại về cơ sở vật chất khoảng 4,2 tỷ đồng."
    ),
    P(
        "Đoàn đã trao 500 bộ sách giáo khoa, 1.200 cuốn vở và 60 bộ bàn ghế cho học sinh; đồng "
        "thời đề nghị các nhà trường huy động giáo viên, phụ huynh dọn dẹp vệ sinh, khử khuẩn "
        "trường lớp, bảo đảm đón học sinh trở lại trường an toàn."
    ),
    P(
        "Đến ngày 14/10, 15/17 trường đã cho học sinh đi học trở lại. Hai trường còn lại dự kiến "
        "đón học sinh từ ngày 16/10 sau khi hoàn thành sửa chữa hệ thống điện."
    ),
]
_H7_BYLINE = f"{RIGHT}<strong>Võ Đức Anh</strong> - Văn phòng Sở</p>"
_H7_BRICKS = [
    ("txt", [_H7_PARAS[0]]),
    (
        "img",
        Img(
            _thumb("10", 4952, "z5941177306248_90b3fe6d21.jpg"),
            "Lãnh đạo Sở trao sách vở cho học sinh Trường Tiểu học Hương Khê",
            "Lãnh đạo Sở trao sách vở cho học sinh Trường Tiểu học Hương Khê",
            "fig",
        ),
    ),
    ("txt", [*_H7_PARAS[1:], Raw(_H7_BYLINE)]),
]
_H7_DOC = "/vi/tin-tuc/so-gd-dt-kiem-tra-ho-tro-khac-phuc-co-so-vat-chat-truong-hoc-sau-mua-lu.html"
H7 = Entry(
    _story(
        1144,
        "so-gddt-kiem-tra-ho-tro-khac-phuc-co-so-vat-chat-truong-hoc-sau-mua-lu-tai-xa-huong-khe",
        "Sở GD&ĐT kiểm tra, hỗ trợ khắc phục cơ sở vật chất trường học sau mưa lũ tại xã Hương Khê",
        "Hoạt động ngành",
        "2026-10-14T15:20:00+07:00",
        _H7_BRICKS,
        authors=["Võ Đức Anh"],
        summary=_H7_SAPO,
        sapo_outside=True,
    ),
    "obj",
    "hdn",
    "/vi/tin-tuc/hoat-dong-nganh/so-gddt-kiem-tra-ho-tro-khac-phuc-co-so-vat-chat-truong-hoc-sau-mua-lu-tai-xa-huong-khe~n1144",
    "14/10/2026 15:20",
    "05/11/2026 09:30",
    "bientap.sgd",
    _H7_BRICKS,
    alts=[_H7_DOC],
)
#: the migrated document of H7: old image path, sapo as a bold first paragraph, day-only date
_H7_TWIN_BRICKS = [
    (
        "txt",
        [
            P(_H7_SAPO, "lead ent"),
            P(_H7_PARAS[0].text, "ent"),
            Img(
                "/uploads/old-portal/tin-tuc/2026/10/kiem-tra-csvc-huong-khe.jpg",
                "Lãnh đạo Sở trao sách vở cho học sinh Trường Tiểu học Hương Khê",
                "Lãnh đạo Sở trao sách vở cho học sinh Trường Tiểu học Hương Khê",
                "old",
            ),
            P(_H7_PARAS[1].text, "ent"),
            P(_H7_PARAS[2].text, "ent"),
            Raw(entity_mix(_H7_BYLINE)),
        ],
    )
]

# T1 ----------------------------------------------------------------------------------------
_T1_BRICKS = [
    (
        "txt",
        [
            P(
                "Căn cứ Bộ luật Lao động năm 2019 và Thông báo của Ủy ban nhân dân tỉnh về việc "
                "nghỉ Tết Dương lịch năm 2027, Sở Giáo dục và Đào tạo thông báo lịch nghỉ Tết Dương "
                "lịch đối với cán bộ, công chức, viên chức, người lao động và học sinh như sau:"
            ),
            P(
                "Cán bộ, công chức, viên chức và người lao động được nghỉ 01 ngày vào thứ Sáu, "
                "ngày 01/01/2027.",
                "li",
            ),
            P(
                "Học sinh, học viên các cơ sở giáo dục nghỉ học từ thứ Sáu, ngày 01/01/2027 đến "
                "hết Chủ nhật, ngày 03/01/2027.",
                "li",
            ),
            P(
                "Thủ trưởng các đơn vị bố trí lịch trực, bảo đảm an ninh, an toàn tài sản và phòng "
                "chống cháy nổ trong những ngày nghỉ; báo cáo tình hình về Văn phòng Sở trước 16 "
                "giờ 00 ngày 04/01/2027."
            ),
        ],
    ),
    (
        "dl",
        [
            (
                "TB nghi Tet Duong lich 2027.pdf",
                "/Van-ban/2026/Thang-12/TB-2431-SGDDT.pdf",
                "184 KB",
            )
        ],
    ),
]
T1 = Entry(
    _story(
        1190,
        "thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        "Thông báo",
        "2026-12-04T10:15:00+07:00",
        _T1_BRICKS,
    ),
    "obj",
    "tb",
    "/vi/tin-tuc/thong-bao/thong-bao-lich-nghi-tet-duong-lich-nam-2027~n1190",
    "04/12/2026 10:15",
    None,
    "vanphong.sgd",
    _T1_BRICKS,
    teaser="Sở Giáo dục và Đào tạo thông báo lịch nghỉ Tết Dương lịch năm 2027...",
)

# T2: an official notice printed as the document ------------------------------------------
_T2_HEAD = """<table class="tb-qh" style="width: 100%; border-collapse: collapse;" border="0">
<tbody><tr>
<td style="width: 42%; text-align: center; vertical-align: top;"><p>UBND TỈNH HÀ TĨNH<br /><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />_______</p>
<p>Số: 2398/TB-SGDĐT</p></td>
<td style="text-align: center; vertical-align: top;"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br /><strong>Độc lập - Tự do - Hạnh phúc</strong><br />_______________________</p>
<p><em>Hà Tĩnh, ngày 30 tháng 11 năm 2026</em></p></td>
</tr></tbody></table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>
<p style="text-align: center;"><strong>Về việc tuyển dụng viên chức làm việc tại các cơ sở giáo dục trực thuộc Sở năm 2026 (đợt 2)</strong></p>"""
_T2_TAIL = """<table class="tb-ky" style="width: 100%;" border="0">
<tbody><tr>
<td style="width: 50%; vertical-align: top;"><p><strong><em>Nơi nhận:</em></strong><br />- Sở Nội vụ;<br />- Giám đốc, các PGĐ Sở;<br />- Các cơ sở giáo dục trực thuộc;<br />- Cổng TTĐT Sở;<br />- Lưu: VT, TCCB.</p></td>
<td style="text-align: center; vertical-align: top;"><p><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</strong></p>
<p><em>(Đã ký)</em></p>
<p><strong>Phan Văn Hùng</strong></p></td>
</tr></tbody></table>"""
_T2_BRICKS = [
    (
        "txt",
        [
            Raw(_T2_HEAD),
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về "
                "tuyển dụng, sử dụng và quản lý viên chức và Nghị định số 85/2023/NĐ-CP sửa đổi, "
                "bổ sung một số điều của Nghị định số 115/2020/NĐ-CP;"
            ),
            P(
                "Căn cứ Kế hoạch số 2210/KH-SGDĐT ngày 10/11/2026 của Sở Giáo dục và Đào tạo về "
                "tuyển dụng viên chức năm 2026 (đợt 2), Sở Giáo dục và Đào tạo thông báo như sau:"
            ),
            P("1. Số lượng chỉ tiêu tuyển dụng", "h"),
            P(
                "Tổng số chỉ tiêu: 47 người, gồm 31 giáo viên trung học phổ thông, 9 giáo viên "
                "giáo dục nghề nghiệp - giáo dục thường xuyên và 7 nhân viên (kế toán, thiết bị "
                "thí nghiệm, thư viện)."
            ),
            P("2. Thời gian, địa điểm nhận phiếu đăng ký dự tuyển", "h"),
            P(
                "Từ ngày 02/12/2026 đến hết ngày 31/12/2026 (trong giờ hành chính) tại Phòng Tổ "
                "chức cán bộ, Sở Giáo dục và Đào tạo, số 21 đường Hà Huy Tập, phường Thành Sen, "
                "tỉnh Hà Tĩnh."
            ),
            P(
                "Chi tiết chỉ tiêu, tiêu chuẩn, điều kiện dự tuyển được đăng tải tại mục Văn bản "
                "trên Cổng thông tin điện tử của Sở và niêm yết tại trụ sở Sở Giáo dục và Đào tạo."
            ),
            Raw(_T2_TAIL),
        ],
    ),
]
T2 = Entry(
    _story(
        1183,
        "thong-bao-tuyen-dung-vien-chuc-tai-cac-co-so-giao-duc-truc-thuoc-so-nam-2026-dot-2",
        "Thông báo tuyển dụng viên chức làm việc tại các cơ sở giáo dục trực thuộc Sở năm 2026 (đợt 2)",
        "Thông báo",
        "2026-11-30",
        _T2_BRICKS,
        authors=["Phan Văn Hùng"],
    ),
    "obj",
    "tb",
    "/vi/tin-tuc/thong-bao/thong-bao-tuyen-dung-vien-chuc-tai-cac-co-so-giao-duc-truc-thuoc-so-nam-2026-dot-2~n1183",
    "01/12/2026 08:05",
    None,
    "tccb.sgd",
    _T2_BRICKS,
    teaser=(
        "Sở Giáo dục và Đào tạo thông báo tuyển dụng 47 viên chức làm việc tại các cơ sở giáo dục "
        "trực thuộc năm 2026 (đợt 2)..."
    ),
)

# T3 ----------------------------------------------------------------------------------------
_T3_BRICKS = [
    (
        "txt",
        [
            P(
                "Theo kế hoạch, Hội đồng sáng kiến cấp ngành đã tổ chức chấm, xét công nhận sáng "
                "kiến năm học 2025-2026 từ ngày 20/10 đến ngày 05/11/2026. Tổng số sáng kiến đề "
                "nghị xét là 1.164, trong đó có 12 sáng kiến không đủ điều kiện xét do vi phạm quy "
                "định về thể thức hoặc trùng lặp nội dung."
            ),
            P(
                "Kết quả, Hội đồng đã công nhận 1.037 sáng kiến cấp ngành, gồm: 212 sáng kiến "
                "xếp loại A, 498 sáng kiến xếp loại B và 327 sáng kiến xếp loại C."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/vi/van-ban">Quy định xét, công nhận sáng kiến '
                "của ngành</a></em></p>"
            ),
            P(
                "Các đơn vị có sáng kiến được công nhận nhận quyết định và giấy chứng nhận tại "
                "Văn phòng Sở từ ngày 16/11/2026. Tác giả có nhu cầu phúc khảo gửi đơn về Phòng Tổ "
                "chức cán bộ trước ngày 20/11/2026."
            ),
        ],
    ),
    (
        "dl",
        [
            (
                "QD cong nhan sang kien cap nganh 2025-2026.pdf",
                "/Van-ban/2026/Thang-11/QD-1876-SGDDT.pdf",
                "1.2 MB",
            ),
            (
                "Danh sach sang kien duoc cong nhan.xlsx",
                "/Van-ban/2026/Thang-11/DS-sang-kien-2025-2026.xlsx",
                "268 KB",
            ),
        ],
    ),
]
T3 = Entry(
    _story(
        1162,
        "thong-bao-ket-qua-xet-cong-nhan-sang-kien-cap-nganh-nam-hoc-2025-2026",
        "Thông báo kết quả xét công nhận sáng kiến cấp ngành năm học 2025-2026",
        "Thông báo",
        "2026-11-12T16:40:00+07:00",
        _T3_BRICKS,
    ),
    "obj",
    "tb",
    "/vi/tin-tuc/thong-bao/thong-bao-ket-qua-xet-cong-nhan-sang-kien-cap-nganh-nam-hoc-2025-2026~n1162",
    "12/11/2026 16:40",
    None,
    "tccb.sgd",
    _T3_BRICKS,
    teaser="Hội đồng sáng kiến cấp ngành đã công nhận 1.037 sáng kiến năm học 2025-2026...",
)

# G1 ----------------------------------------------------------------------------------------
_G1_LEAD = (
    "Mười lăm năm bám bản Rào Tre, cô giáo Nguyễn Thị Lan đã cùng đồng nghiệp vận động từng em "
    "nhỏ người Chứt đến lớp, kiên trì dạy các em những con chữ đầu tiên."
)
_G1_BRICKS = [
    (
        "txt",
        [
            P(_G1_LEAD, "lead"),
            P(
                "Năm 2011, cô Lan nhận nhiệm vụ về điểm trường Rào Tre của Trường Tiểu học Hương "
                "Liên. Khi ấy, con đường vào bản chỉ là lối mòn men theo sườn núi; mùa mưa, suối "
                "dâng nước, cô phải nhờ bà con dùng thuyền nan đưa qua."
            ),
        ],
    ),
    (
        "img",
        Img(
            _thumb("11", 5071, "z6062340019945_ad3f9b1c50.jpg"),
            "Cô giáo Nguyễn Thị Lan trong giờ học tiếng Việt với học sinh lớp 1 ở bản Rào Tre",
            "Cô giáo Nguyễn Thị Lan trong giờ học tiếng Việt với học sinh lớp 1 ở bản Rào Tre",
            "fig",
        ),
    ),
    (
        "txt",
        [
            P(
                "Học sinh người Chứt phần lớn chưa thạo tiếng Việt khi vào lớp 1. Cô Lan tự học "
                "tiếng Chứt từ các già làng, biên soạn bộ tranh chữ song ngữ để các em dễ tiếp "
                "cận. Nhờ đó, nhiều năm liền điểm trường không có học sinh bỏ học giữa chừng."
            ),
            P(
                "“Điều tôi mong nhất là các em được học lên cao, rồi quay về giúp bản làng. Mỗi "
                "lần thấy học trò cũ đỗ vào trung học phổ thông, tôi lại có thêm động lực”, cô Lan "
                "chia sẻ.",
                "quote",
            ),
        ],
    ),
    ("yt", "Zq8Rb3h2mQk"),
    (
        "img",
        Img(
            _thumb("11", 5072, "z6062340187701_1e7c44d8f2.jpg"),
            "Bữa trưa bán trú của học sinh điểm trường Rào Tre",
            "Bữa trưa bán trú của học sinh điểm trường Rào Tre",
            "fig",
        ),
    ),
    (
        "txt",
        [
            P(
                "Nhân dịp kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, cô Nguyễn Thị Lan vinh dự là một "
                "trong 20 nhà giáo tiêu biểu được Chủ tịch UBND tỉnh tặng Bằng khen."
            ),
            Raw('<p style="text-align:right"><strong>Bài, ảnh: Thùy Dung</strong></p>'),
        ],
    ),
]
G1 = Entry(
    _story(
        1175,
        "co-giao-nguyen-thi-lan-va-15-nam-gieo-chu-o-ban-rao-tre",
        "🌟 Cô giáo Nguyễn Thị Lan và 15 năm gieo chữ ở bản Rào Tre",
        "Gương sáng nhà giáo",
        "2026-11-20T07:00:00+07:00",
        _G1_BRICKS,
        authors=["Thùy Dung"],
        photographers=["Thùy Dung"],
        summary=_G1_LEAD,
    ),
    "obj",
    "gs",
    "/vi/tin-tuc/guong-sang-nha-giao/co-giao-nguyen-thi-lan-va-15-nam-gieo-chu-o-ban-rao-tre~n1175",
    "20/11/2026 07:00",
    None,
    "bientap.sgd",
    _G1_BRICKS,
    teaser=_G1_LEAD,
)

# G2 ----------------------------------------------------------------------------------------
_G2_SAPO = (
    "Hơn 20 năm đứng lớp, thầy Hồ Văn Cường, giáo viên Vật lí Trường THPT Lý Tự Trọng, đã hướng "
    "dẫn 37 dự án khoa học kỹ thuật của học sinh đạt giải cấp tỉnh và cấp quốc gia."
)
_G2_BRICKS = [
    (
        "txt",
        [
            P(
                "Phòng thí nghiệm nhỏ của nhà trường luôn sáng đèn đến tối muộn. Ở đó, thầy Cường "
                "cùng các nhóm học sinh mày mò chế tạo máy cảnh báo lũ sớm, hệ thống tưới tiêu tự "
                "động cho vườn rau và thiết bị đo độ mặn của nước giếng."
            ),
            P("Với thầy, nghiên cứu khoa học bắt đầu từ những câu hỏi rất đời thường:"),
            P("“Vì sao nước giếng nhà em mùa khô lại mặn?”", "brnext-head"),
            P("“Làm thế nào để bà con biết lũ về sớm hơn?”", "brnext"),
        ],
    ),
    ("img", Img(_thumb("10", 4966, "z5950036627183_6b21ce90aa.jpg"), None, None, "none")),
    (
        "txt",
        [
            P(
                "Dự án “Thiết bị cảnh báo lũ sớm sử dụng cảm biến siêu âm và mạng di động” do "
                "thầy hướng dẫn đã đoạt giải Nhì Cuộc thi khoa học kỹ thuật cấp quốc gia dành cho "
                "học sinh trung học năm học 2025-2026 và được lắp đặt thử nghiệm tại hai xã miền "
                "núi.",
                "nfd",
            ),
            P(
                "Không chỉ giỏi chuyên môn, thầy còn là người truyền cảm hứng cho đồng nghiệp "
                "trẻ. Nhiều giáo viên của trường đã tự tin hướng dẫn học sinh nghiên cứu sau khi "
                "tham gia câu lạc bộ “Giáo viên sáng tạo” do thầy khởi xướng."
            ),
            Raw(
                f"{RIGHT}<strong>Lê Văn Tuấn</strong><br />(Trường THPT Lý Tự Trọng)</p>"
                f"{RIGHT}<em>Theo Giáo dục và Thời đại</em></p>"
            ),
        ],
    ),
]
G2 = Entry(
    _story(
        1141,
        "thay-ho-van-cuong-nguoi-giu-lua-phong-trao-nghien-cuu-khoa-hoc",
        "Thầy Hồ Văn Cường - người “giữ lửa” phong trào nghiên cứu khoa học ở Trường THPT Lý Tự Trọng",
        "Gương sáng nhà giáo",
        "2026-10-22T09:00:00+07:00",
        _G2_BRICKS,
        authors=["Lê Văn Tuấn"],
        source="Giáo dục và Thời đại",
        summary=_G2_SAPO,
        sapo_outside=True,
    ),
    "obj",
    "gs",
    "/vi/tin-tuc/guong-sang-nha-giao/thay-ho-van-cuong-nguoi-giu-lua-phong-trao-nghien-cuu-khoa-hoc~n1141",
    "22/10/2026 09:00",
    None,
    "bientap.sgd",
    _G2_BRICKS,
)

# M1: migrated document ---------------------------------------------------------------------
_M1_LEAD = (
    "Sáng 05/10, Trường Tiểu học Thạch Trung tổ chức “Ngày hội đọc sách” năm 2026 với chủ đề "
    "“Mỗi cuốn sách - một người bạn” thu hút gần 900 học sinh tham gia."
)
_M1_BRICKS = [
    (
        "txt",
        [
            P(_M1_LEAD, "lead ent"),
            P(
                "Ngày hội gồm nhiều hoạt động phong phú: trưng bày sách theo chủ đề, thi kể chuyện "
                "theo sách, vẽ tranh về nhân vật yêu thích, đổi sách cũ lấy sách mới và giao lưu "
                "với tác giả viết cho thiếu nhi.",
                "ent",
            ),
            Img(
                "/uploads/old-portal/tin-tuc/2026/10/ngay-hoi-doc-sach-thach-trung-1.jpg",
                "Học sinh tham quan gian trưng bày sách của các lớp",
                "Học sinh tham quan gian trưng bày sách của các lớp",
                "old",
            ),
            P(
                "Các lớp đã quyên góp được hơn 1.500 cuốn sách, truyện để bổ sung cho tủ sách lớp "
                "học và gửi tặng học sinh điểm trường Rào Tre, xã Hương Liên.",
                "ent2",
            ),
            Img(
                "/uploads/old-portal/tin-tuc/2026/10/ngay-hoi-doc-sach-thach-trung-2.jpg",
                "Phần thi kể chuyện theo sách của học sinh khối 4",
                "Phần thi kể chuyện theo sách của học sinh khối 4",
                "old",
            ),
            P(
                "Thông qua ngày hội, nhà trường mong muốn khơi dậy niềm say mê đọc sách, hình "
                "thành thói quen đọc cho học sinh, góp phần xây dựng văn hóa đọc trong trường học.",
                "ent",
            ),
            Raw(entity_mix(f"{RIGHT}<b>Hồ Thị Mai Anh</b> <i>(Trường TH Thạch Trung)</i></p>")),
        ],
    )
]
M1 = Entry(
    _story(
        9401,
        "soi-noi-ngay-hoi-doc-sach-o-truong-tieu-hoc-thach-trung",
        "Sôi nổi “Ngày hội đọc sách” ở Trường Tiểu học Thạch Trung",
        "Tin tức",
        "2026-10-06",
        _M1_BRICKS,
        authors=["Hồ Thị Mai Anh"],
        summary=_M1_LEAD,
    ),
    "doc",
    "",
    "/vi/tin-tuc/soi-noi-ngay-hoi-doc-sach-o-truong-tieu-hoc-thach-trung.html",
    "06/10/2026",
    "02/11/2026 08:15",
    None,
    _M1_BRICKS,
)

ENTRIES: dict[str, Entry] = {
    "H1": H1,
    "H2": H2,
    "H3": H3,
    "H4": H4,
    "H5": H5,
    "H6": H6,
    "H7": H7,
    "T1": T1,
    "T2": T2,
    "T3": T3,
    "G1": G1,
    "G2": G2,
    "M1": M1,
}
OBJECTS: dict[int, Entry] = {e.story.id: e for e in ENTRIES.values() if e.kind == "obj"}


def _slugless(e: Entry, slug: str | None = None) -> str:
    return f"/vi/tin-tuc/{slug or e.story.slug}~n{e.story.id}"


# the home slider's link generator drops the category; H2's slider and album links keep the slug
# of its first title
SLIDER = [(H1, _slugless(H1)), (H2, _slugless(H2, _H2_OLD_SLUG)), (G1, _slugless(G1))]
_H2_ALBUM_LINK = f"/vi/tin-tuc/hoat-dong-nganh/{_H2_OLD_SLUG}~n1179"
H1.alts.append(_slugless(H1))
H2.alts.extend([_slugless(H2, _H2_OLD_SLUG), _H2_ALBUM_LINK])
G1.alts.append(_slugless(G1))


def _when(e: Entry) -> datetime:
    fmt = "%d/%m/%Y %H:%M" if " " in e.printed else "%d/%m/%Y"
    return datetime.strptime(e.printed, fmt)


def _utc(printed: str) -> str:
    """Symfony's default timezone is UTC: what the meta tags print for a local time."""
    fmt = "%d/%m/%Y %H:%M" if " " in printed else "%d/%m/%Y"
    return (datetime.strptime(printed, fmt) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S")


def _news_sorted(cat: str | None = None) -> list[Entry]:
    items = [e for e in OBJECTS.values() if cat is None or e.cat == cat]
    return sorted(items, key=_when, reverse=True)


# --- markup: the pieces ---------------------------------------------------------------------


def _day(e: Entry) -> str:
    return e.printed.split(" ")[0]


def _t(p: P) -> str:
    """A paragraph's text as the editor's HTML holds it."""
    flags = p.style.split()
    if "nfd" in flags:
        return text(p.text, nfd=True)
    if "ent" in flags:
        return text(p.text, entities=1)
    if "ent2" in flags:
        return text(p.text, entities=2)
    return esc(p.text)


def _picture(src: str, width: int = 800, height: int = 533, alt: str = "") -> str:
    base, ext = src.rsplit(".", 1)
    webp = f"{base}.webp 1x, {base}@2x.webp 2x"
    jpg = f"{base}.{ext} 1x, {base}@2x.{ext} 2x"
    return (
        "<picture >\n"
        f'\t<source srcset="{webp}" width="{width}" height="{height}" type="image/webp" />\n'
        f'\t<source srcset="{jpg}" width="{width}" height="{height}" type="image/jpeg" />\n'
        f'\t<img src="{src}" width="{width}" height="{height}" alt="{esc(alt)}" loading="lazy" '
        f'srcset="{jpg}" />\n</picture>\n'
    )


_MSO_BULLET = (
    '<p class="MsoListParagraphCxSp{pos}" style="margin-left:36.0pt;mso-add-space:auto;'
    'text-align:justify;text-indent:-18.0pt;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
    '<span lang="VI" style="font-size:14.0pt;font-family:Symbol;mso-fareast-font-family:Symbol;'
    'mso-bidi-font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt '
    '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
    '<!--[endif]--><span lang="VI" style="font-size:14.0pt;line-height:115%;font-family:'
    '&quot;Times New Roman&quot;,serif">{text}<o:p></o:p></span></p>'
)
_MSO_NUM = (
    '<p class="MsoListParagraphCxSp{pos}" style="margin-left:36.0pt;mso-add-space:auto;'
    'text-align:justify;text-indent:-18.0pt;mso-list:l1 level1 lfo2"><!--[if !supportLists]-->'
    '<span lang="VI" style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman'
    '&quot;,serif;mso-fareast-font-family:&quot;Times New Roman&quot;"><span style="mso-list:'
    'Ignore">{n}.<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp; '
    '</span></span></span><!--[endif]--><span lang="VI" style="font-size:14.0pt;line-height:115%;'
    'font-family:&quot;Times New Roman&quot;,serif">{text}<o:p></o:p></span></p>'
)


def _old_img(img: Img) -> str:
    """An image inside the migrated FCKeditor HTML, caption as a centred italic line."""
    out = (
        f'<p style="text-align: center;"><img alt="" src="{img.src}" '
        'style="width: 500px; height: 333px;" /></p>'
    )
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{entity_mix(esc(img.printed))}</em></p>'
    return out


def _wysiwyg(blocks: list) -> str:
    """A wysiwyg editable's HTML for a run of blocks."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_old_img(b))
            i += 1
            continue
        main = b.style.split()[0] if b.style else ""
        if main == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"\t<li>{_t(blocks[i])}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if main == "mso-bullet":
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "mso-bullet":
                run.append(blocks[i])
                i += 1
            for k, item in enumerate(run):
                pos = "First" if k == 0 else ("Last" if k == len(run) - 1 else "Middle")
                out.append(_MSO_BULLET.format(pos=pos, text=_t(item)))
            continue
        if main.startswith("mso-num"):
            pos = "First" if main == "mso-num1" else "Last"
            out.append(_MSO_NUM.format(pos=pos, n=main[-1], text=_t(b)))
            i += 1
            continue
        if main == "brnext-head":
            parts = [_t(b)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "brnext":
                parts.append(_t(blocks[i]))
                i += 1
            out.append(
                '<p style="text-align: justify;"><em>' + "<br />\n".join(parts) + "</em></p>"
            )
            continue
        i += 1
        if main == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{_t(b)}</strong></p>')
        elif main == "h":
            out.append(f"<h4><strong>{_t(b)}</strong></h4>")
        elif main == "quote":
            out.append(f"<blockquote>\n<p><em>{_t(b)}</em></p>\n</blockquote>")
        elif main == "nfd" or not b.style:
            # half the editors justify, half leave the paragraph plain
            if len(b.text) % 2:
                out.append(f'<p style="text-align: justify;">{_t(b)}</p>')
            else:
                out.append(f"<p>{_t(b)}</p>")
        else:
            out.append(f'<p style="text-align: justify;">{_t(b)}</p>')
    return "\n".join(out)


def _area(kind: str, inner: str) -> str:
    return f'<div class="pimcore_area_{kind} pimcore_area_content">\n{inner}\n</div>\n'


def _entry_link(key: str) -> tuple[str, str]:
    e = ENTRIES[key]
    return e.path, e.story.title


def _bricks(bricks: list) -> str:
    """The areablock's frontend output: one wrapper per brick."""
    out: list[str] = []
    for kind, content in bricks:
        if kind == "txt":
            out.append(_area("wysiwyg", f'<div class="khoi-vb">\n{_wysiwyg(content)}\n</div>'))
        elif kind == "img":
            img: Img = content
            fig = _picture(img.src)
            if img.style in ("fig", "credit") and img.printed:
                line = esc(img.printed)
                if img.style == "credit":
                    line = f"<em>{line}</em>"
                fig += f'<figcaption class="mota-anh">{line}</figcaption>\n'
            out.append(_area("image", f'<figure class="k-anh text-center">\n{fig}</figure>'))
            if img.style == "next" and img.printed:
                cap = f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
                out.append(_area("wysiwyg", f'<div class="khoi-vb">\n{cap}\n</div>'))
        elif kind == "gal":
            cells = []
            for img in content:
                full = img.src.replace("__galleryThumb/", "__galleryLightbox/")
                cap = f'<span class="gl-chuthich">{esc(img.printed)}</span>' if img.printed else ""
                cells.append(
                    f'<div class="col-6 col-md-3 gl-o">\n<a href="{full}" data-fancybox="album" '
                    f'data-caption="{esc(img.printed or "")}">\n'
                    f"{_picture(img.src, 360, 240)}</a>\n{cap}\n</div>"
                )
            out.append(
                _area(
                    "gallery-row", '<div class="row g-2 ds-anh">\n' + "\n".join(cells) + "\n</div>"
                )
            )
        elif kind == "tbl":
            rows = []
            for p in content:
                tag = "th" if p.style == "th" else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in p.text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
            table = (
                '<div class="table-responsive"><table class="table table-bordered bang-kq">\n<tbody>\n'
                + "\n".join(rows)
                + "\n</tbody>\n</table></div>"
            )
            out.append(_area("table", table))
        elif kind == "dl":
            items = "\n".join(
                f'<li><i class="fa fa-file-pdf-o"></i> <a href="{href}" target="_blank" '
                f'download>{esc(label)}</a> <span class="kt">({size})</span></li>'
                for label, href, size in content
            )
            out.append(
                _area(
                    "download",
                    '<div class="tep-dinhkem">\n<p class="tdk-tieude"><i class="fa fa-paperclip">'
                    f'</i> Tệp đính kèm:</p>\n<ul class="ds-tep">\n{items}\n</ul>\n</div>',
                )
            )
        elif kind == "rel":
            items = "\n".join(
                f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in map(_entry_link, content)
            )
            out.append(
                _area(
                    "tin-lien-quan",
                    '<div class="box-tlq">\n<div class="tlq-tieude">Tin liên quan</div>\n'
                    f"<ul>\n{items}\n</ul>\n</div>",
                )
            )
        elif kind == "yt":
            out.append(
                _area(
                    "video",
                    '<div class="ratio ratio-16x9 k-video"><iframe '
                    f'src="https://www.youtube.com/embed/{content}?rel=0" title="YouTube video '
                    'player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
                    'encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></div>',
                )
            )
    return "".join(out)


# --- chrome ---------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/vi", []),
    (
        "Giới thiệu",
        "/vi/gioi-thieu/chuc-nang-nhiem-vu",
        [
            ("Chức năng, nhiệm vụ", "/vi/gioi-thieu/chuc-nang-nhiem-vu"),
            ("Cơ cấu tổ chức", "/vi/gioi-thieu/co-cau-to-chuc"),
        ],
    ),
    (
        "Tin tức",
        "/vi/tin-tuc",
        [
            ("Hoạt động ngành", "/vi/tin-tuc/hoat-dong-nganh/"),
            ("Thông báo", "/vi/tin-tuc/thong-bao"),
            ("Gương sáng nhà giáo", "/vi/tin-tuc/guong-sang-nha-giao"),
            ("Tin lưu trữ", ARCHIVE),
        ],
    ),
    ("Văn bản", "/vi/van-ban", []),
    (
        "Thư viện",
        "#",
        [("Thư viện ảnh", "/vi/thu-vien-anh"), ("Video", "/vi/video")],
    ),
    ("Lịch công tác", "/vi/lich-cong-tac", []),
    ("Dịch vụ công", "https://dichvucong.hatinh.gov.vn/", []),
    ("Liên hệ", "/vi/lien-he", []),
]


def _menu(active: str) -> str:
    items = []
    for n, (label, href, subs) in enumerate(_MENU, start=1):
        cls = "nav-item" + (" dropdown" if subs else "") + (" active" if label == active else "")
        if subs:
            sub = "\n".join(
                f'<li><a class="dropdown-item" href="{h}">{esc(s)}</a></li>' for s, h in subs
            )
            items.append(
                f'<li class="{cls}" id="mnu-{n:02d}"><a class="nav-link dropdown-toggle" '
                f'href="{href}" data-bs-toggle="dropdown" role="button">{esc(label)}</a>\n'
                f'<ul class="dropdown-menu">\n{sub}\n</ul></li>'
            )
        else:
            target = ' target="_blank"' if href.startswith("http") else ""
            items.append(
                f'<li class="{cls}" id="mnu-{n:02d}"><a class="nav-link" href="{href}"{target}>'
                f"{esc(label)}</a></li>"
            )
    return (
        '<nav class="navbar navbar-expand-lg mnu-chinh" id="mnu-chinh">\n<div class="container">\n'
        '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" '
        'data-bs-target="#mnu-c"><span class="navbar-toggler-icon"></span></button>\n'
        '<div class="collapse navbar-collapse" id="mnu-c">\n<ul class="navbar-nav me-auto">\n'
        + "\n".join(items)
        + "\n</ul>\n</div>\n</div>\n</nav>"
    )


def _header(active: str) -> str:
    return f"""<header id="dau-trang">
<div class="thanh-tren"><div class="container d-flex justify-content-between">
<span class="ngay-ht"><i class="far fa-calendar-alt"></i> {TODAY}</span>
<ul class="ngon-ngu list-inline mb-0"><li class="list-inline-item active"><a href="/vi">Tiếng Việt</a></li><li class="list-inline-item"><a href="/en">English</a></li></ul>
<form class="tk-nhanh d-flex" action="/vi/tim-kiem" method="get" role="search"><input type="text" name="q" class="form-control form-control-sm" placeholder="Nhập từ khóa tìm kiếm..." /><button type="submit" class="btn btn-sm"><i class="fa fa-search"></i></button></form>
</div></div>
<div class="banner-sgd"><div class="container d-flex align-items-center">
<a href="/vi" class="logo"><img src="/build/app/images/logo-sgddt-hatinh.png" alt="Logo Sở GD&amp;ĐT Hà Tĩnh" width="96" height="96" /></a>
<div class="ten-dv"><span class="dv-cq">UBND TỈNH HÀ TĨNH</span><span class="dv-ten">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span><span class="dv-cong">Cổng thông tin điện tử</span></div>
</div></div>
{_menu(active)}
<div class="tb-chay"><div class="container"><span class="tb-nhan">Thông báo:</span> <marquee scrollamount="4">Lịch tiếp công dân định kỳ của Giám đốc Sở vào ngày 15 hằng tháng tại Phòng tiếp công dân, số 21 Hà Huy Tập. Đường dây nóng của ngành: 0239.3855.286.</marquee></div></div>
</header>"""


def _sidebar() -> str:
    most = [H3, G1, H4, T2, H5]
    most_li = "\n".join(
        f'<li><a href="{e.path}">{esc(e.story.title)}</a> <span class="lx">({e.story.views()})</span></li>'
        for e in most
    )
    return f"""<aside class="col-lg-4 cot-phai">
<div class="hop-ben" id="box-xemnhieu"><div class="hb-tieude">Tin xem nhiều</div>
<ol class="ds-xemnhieu">
{most_li}
</ol></div>
<div class="hop-ben" id="box-lienket"><div class="hb-tieude">Liên kết website</div>
<select class="form-select" onchange="if(this.value) window.open(this.value)">
<option value="">-- Chọn website --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>
<option value="https://baohatinh.vn">Báo Hà Tĩnh</option>
</select>
<a href="https://csdl.moet.gov.vn" target="_blank" class="bn-lk"><img src="/build/app/images/banner-csdl-nganh.png" alt="Cơ sở dữ liệu ngành" /></a>
<a href="https://dichvucong.hatinh.gov.vn" target="_blank" class="bn-lk"><img src="/build/app/images/banner-dvc.png" alt="Dịch vụ công trực tuyến" /></a>
</div>
<div class="hop-ben" id="box-binhchon"><div class="hb-tieude">Thăm dò ý kiến</div>
<form method="post" action="/vi/binh-chon" class="f-binhchon">
<p class="bc-hoi">Bạn đánh giá thế nào về việc triển khai học bạ số?</p>
<div class="form-check"><input class="form-check-input" type="radio" name="bc" value="1" id="bc1" /><label for="bc1">Rất thuận tiện</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="bc" value="2" id="bc2" /><label for="bc2">Thuận tiện</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="bc" value="3" id="bc3" /><label for="bc3">Còn nhiều khó khăn</label></div>
<input type="hidden" name="_token" value="c4O1pYg8dJmKq0s7ZrTbWx2nHfLeV9uA" />
<button type="submit" class="btn btn-sm btn-primary">Bình chọn</button>
</form></div>
<div class="hop-ben" id="box-thongke"><div class="hb-tieude">Thống kê truy cập</div>
<ul class="tk-truycap list-unstyled">
<li><i class="fa fa-user"></i> Đang online: <b>37</b></li>
<li><i class="fa fa-calendar-day"></i> Hôm nay: <b>1.284</b></li>
<li><i class="fa fa-calendar-week"></i> Tháng này: <b>26.517</b></li>
<li><i class="fa fa-chart-line"></i> Tổng truy cập: <b>3.416.902</b></li>
</ul></div>
</aside>"""


def _footer() -> str:
    return f"""<div id="cookie-tb" class="cookie-consent" role="dialog">
<p>Cổng thông tin điện tử Sở Giáo dục và Đào tạo sử dụng cookie để ghi nhận số lượt truy cập và cải thiện trải nghiệm của người dùng.</p>
<p>Khi tiếp tục sử dụng trang, bạn đồng ý với chính sách sử dụng cookie của chúng tôi.</p>
<button type="button" class="btn btn-sm btn-light" onclick="dongCookie()">Đồng ý</button>
</div>
<footer id="chan-trang">
<div class="container"><div class="row">
<div class="col-md-7 ct-info">
<p class="ct-ten">{SITE.upper()}</p>
<p>Địa chỉ: Số 21 đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh</p>
<p>Điện thoại: 0239.3855.286 - Fax: 0239.3856.106 - Email: sgddt@hatinh.gov.vn</p>
<p>Người chịu trách nhiệm: Giám đốc Sở Giáo dục và Đào tạo</p>
</div>
<div class="col-md-5 ct-lk">
<ul class="list-unstyled">
<li><a href="/vi/gioi-thieu/chuc-nang-nhiem-vu">Giới thiệu</a></li>
<li><a href="{ARCHIVE}">Tin lưu trữ</a></li>
<li><a href="/vi/lien-he">Liên hệ - Góp ý</a></li>
<li><a href="https://www.facebook.com/sgddthatinh" target="_blank" rel="noopener">Fanpage Sở GD&amp;ĐT</a></li>
</ul>
</div>
</div>
<p class="ban-quyen">© 2026 Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br />Thiết kế và vận hành: Trung tâm Công nghệ thông tin và Truyền thông tỉnh Hà Tĩnh.</p>
</div>
</footer>
<script src="/build/app/runtime.8d3c51e2.js"></script>
<script src="/build/app/app.2b7e1a94.js"></script>"""


def _page(
    request: Request,
    title: str,
    main: str,
    *,
    active: str = "",
    head: str = "",
    crumbs: list[tuple[str, str]] | None = None,
    sidebar: bool = True,
    status: int = 200,
) -> Response:
    crumb_html = ""
    if crumbs is not None:
        lis = [
            '<li class="breadcrumb-item"><a href="/vi"><i class="fa fa-home"></i> Trang chủ</a></li>'
        ]
        for label, href in crumbs:
            if href:
                lis.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
            else:
                lis.append(
                    f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>'
                )
        crumb_html = (
            '<nav aria-label="breadcrumb" class="dd-trang"><ol class="breadcrumb">\n'
            + "\n".join(lis)
            + "\n</ol></nav>\n"
        )
    body = (
        f'<div class="row">\n<div class="col-lg-8 cot-trai">\n{main}\n</div>\n{_sidebar()}\n</div>'
        if sidebar
        else main
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} - Sở GD&amp;ĐT Hà Tĩnh</title>
{head}
<link rel="icon" href="/favicon.ico" />
<link rel="stylesheet" href="/build/app/app.a41f09c3.css" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9XH1P"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-7QK2M9XH1P');</script>
</head>
<body class="trang-sgd">
{_header(active)}
<main id="nd-chinh" class="container py-3">
{crumb_html}{body}
</main>
{_footer()}
</body>
</html>"""
    return html(page, status=status)


# --- page templates -------------------------------------------------------------------------


def _card(e: Entry) -> str:
    first = next((img for img in e.story.images if "image-thumb__" in img.src), None)
    thumb = (
        re.sub(r"__(noidung|galleryThumb)/", "__danhsach/", first.src)
        if first
        else "/build/app/images/no-image-sgd.png"
    )
    desc = e.story.summary if e.story.sapo_outside else e.teaser
    return f"""<div class="tin-dm row" id="tin-{e.story.id}">
<div class="col-md-4"><a href="{e.path}" class="anh-dm">{_picture(thumb, 300, 200, e.story.title)}</a></div>
<div class="col-md-8">
<h3 class="td-dm"><a href="{e.path}">{esc(e.story.title)}</a></h3>
<p class="ngay-dm"><i class="far fa-clock"></i> {_day(e)}</p>
<p class="mt-dm">{esc(desc or "")}</p>
</div>
</div>"""


def _pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    lis = []
    if page > 1:
        lis.append(
            f'<li class="page-item"><a class="page-link" rel="prev" href="{base}?page={page - 1}">'
            "&laquo;&nbsp;Trước</a></li>"
        )
    else:
        lis.append(
            '<li class="page-item disabled"><span class="page-link">&laquo;&nbsp;Trước</span></li>'
        )
    for n in range(1, pages + 1):
        if n == page:
            lis.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
        else:
            lis.append(
                f'<li class="page-item"><a class="page-link" href="{base}?page={n}">{n}</a></li>'
            )
    if page < pages:
        lis.append(
            f'<li class="page-item"><a class="page-link" rel="next" href="{base}?page={page + 1}">'
            "Sau&nbsp;&raquo;</a></li>"
        )
    else:
        lis.append(
            '<li class="page-item disabled"><span class="page-link">Sau&nbsp;&raquo;</span></li>'
        )
    return (
        '<nav class="phan-trang"><ul class="pagination pagination-sm">\n'
        + "\n".join(lis)
        + "\n</ul></nav>"
    )


def _page_no(request: Request) -> int:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def _listing(
    request: Request, label: str, base: str, items: list[Entry], size: int, crumbs
) -> Response:
    page = _page_no(request)
    pages = max(1, -(-len(items) // size))
    chunk = items[(page - 1) * size : page * size]
    if chunk:
        cards = "\n".join(_card(e) for e in chunk)
    else:
        cards = '<p class="khong-dl">Không có dữ liệu.</p>'
    main = (
        f'<h1 class="td-chuyenmuc">{esc(label)}</h1>\n<div class="ds-tin-dm">\n{cards}\n</div>\n'
        f"{_pager(base, page, pages)}"
    )
    title = label if page == 1 else f"{label} - Trang {page}"
    return _page(request, title, main, active="Tin tức", crumbs=crumbs)


def _other_news(e: Entry) -> str:
    others = [o for o in _news_sorted(e.cat) if o is not e][:4]
    if not others:
        return ""
    lis = "\n".join(
        f'<li><a href="{o.path}">{esc(o.story.title)}</a> <span class="ngay-tk">({_day(o)})</span></li>'
        for o in others
    )
    return f'<div class="tin-khac">\n<div class="tk-tieude">Các tin khác</div>\n<ul>\n{lis}\n</ul>\n</div>'


def _tools(request: Request, path: str) -> str:
    url = base_url(request) + path
    return f"""<div class="cong-cu d-flex">
<a href="javascript:window.print();" class="cc-in" title="In bài viết"><i class="fa fa-print"></i> In bài</a>
<a href="mailto:?subject=Tin%20t%E1%BB%AB%20S%E1%BB%9F%20GD%C4%90T&amp;body={url}" class="cc-mail"><i class="fa fa-envelope"></i> Gửi email</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener" class="cc-fb"><i class="fab fa-facebook"></i> Chia sẻ</a>
<a href="https://zalo.me/share?u={url}" target="_blank" rel="noopener" class="cc-zl">Zalo</a>
<span class="cc-co">Cỡ chữ: <a href="javascript:;" onclick="coChu(-1)">A-</a> <a href="javascript:;" onclick="coChu(1)">A+</a></span>
</div>"""


def _object_page(request: Request, e: Entry) -> Response:
    s = e.story
    label, cat_path, _ = CATS[e.cat]
    base = base_url(request)
    first = s.images[0].src if s.images else None
    og_image = (
        f'<meta property="og:image" content="{base}{first.replace("__noidung/", "__og/")}" />'
        if first
        else ""
    )
    desc = s.summary if s.sapo_outside else (e.teaser or s.paragraphs[0][:160])
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": _utc(e.printed) + "Z",
        "dateModified": _utc(e.updated or e.printed) + "Z",
        "author": {"@type": "Organization", "name": "Sở Giáo dục và Đào tạo Hà Tĩnh"},
        "publisher": {"@type": "Organization", "name": "Sở Giáo dục và Đào tạo Hà Tĩnh"},
        "mainEntityOfPage": base + e.path,
    }
    head = f"""<meta name="description" content="{esc(desc or "")}" />
<link rel="canonical" href="{base}{e.path}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(s.title)}" />
<meta property="og:url" content="{base}{e.path}" />
{og_image}
<meta property="article:published_time" content="{_utc(e.printed)}+00:00" />
<meta property="article:modified_time" content="{_utc(e.updated or e.printed)}+00:00" />
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>"""
    meta = [f'<span class="tt-ngay"><i class="far fa-clock"></i> {e.printed}</span>']
    if e.updated:
        meta.append(f'<span class="tt-capnhat">Cập nhật: {e.updated}</span>')
    meta.append(f'<span class="tt-luotxem"><i class="far fa-eye"></i> Lượt xem: {s.views()}</span>')
    if e.account:
        meta.append(f'<span class="tt-nguoidang">Người đăng: {e.account}</span>')
    sapo = (
        f'<div class="tt-tomtat"><strong>{esc(s.summary)}</strong></div>\n'
        if s.summary and s.sapo_outside
        else ""
    )
    tags = ""
    if e.tags:
        tag_links = ", ".join(
            f'<a href="/vi/tim-kiem?tag={_tag_slug(t)}" rel="tag">{esc(t)}</a>' for t in e.tags
        )
        tags = f'<div class="tt-tukhoa"><i class="fa fa-tags"></i> Từ khóa: {tag_links}</div>\n'
    main = f"""<article class="tin-ct" data-oid="{s.id}">
<h1 class="tieude-tin">{esc(s.title)}</h1>
<div class="tt-meta">{" | ".join(meta)}</div>
{_tools(request, e.path)}
{sapo}<div class="nd-chitiet" id="noidung-{s.id}">
{_bricks(e.bricks)}</div>
{e.after}
{tags}</article>
{_other_news(e)}"""
    crumbs = [("Tin tức", ALL_NEWS), (label, cat_path)]
    return _page(request, s.title, main, active="Tin tức", head=head, crumbs=crumbs)


_MIGRATION_NOTE = (
    '<div class="alert alert-secondary bv-chuyen">Bài viết được chuyển từ Cổng thông tin điện tử '
    "cũ của Sở. Một số hình ảnh, tệp đính kèm có thể không hiển thị đầy đủ.</div>"
)


def _document_page(
    request: Request, title: str, printed: str, updated: str, views: int, bricks
) -> Response:
    main = f"""<div class="bv-cu">
<h1 class="tieu-de-cu">{esc(title)}</h1>
<div class="ngaydang-cu"><em>Ngày đăng: {printed}</em></div>
<div class="cong-cu-cu">Cập nhật: {updated} | Lượt xem: {views} | <a href="javascript:window.print();">In trang</a></div>
{_MIGRATION_NOTE}
{_bricks(bricks)}</div>"""
    head = f'<meta name="description" content="{esc(title)}" />'
    crumbs = [("Tin tức", ALL_NEWS), (title, "")]
    return _page(request, title, main, active="Tin tức", head=head, crumbs=crumbs)


def _home(request: Request) -> Response:
    slides = "\n".join(
        f'<div class="carousel-item{" active" if n == 0 else ""}"><a href="{href}">'
        f"{_picture(e.story.images[0].src.replace('__noidung/', '__slider/'), 760, 430, e.story.title)}"
        f'</a><div class="carousel-caption"><h2><a href="{href}">{esc(e.story.title)}</a></h2></div></div>'
        for n, (e, href) in enumerate(SLIDER)
    )
    newest = "\n".join(
        f'<li><a href="{e.path}">{esc(e.story.title)}</a> <span class="ngay-moi">{_day(e)}</span></li>'
        for e in _news_sorted()[:6]
    )
    hdn = "\n".join(_card(e) for e in _news_sorted("hdn")[:3])
    tb = "\n".join(
        f'<li><span class="ngay-tb">[{_day(e)}]</span> <a href="{e.path}">{esc(e.story.title)}</a></li>'
        for e in _news_sorted("tb")[:3]
    )
    gs = _card(_news_sorted("gs")[0])
    main = f"""<div id="tin-noibat" class="carousel slide" data-bs-ride="carousel"><div class="carousel-inner">
{slides}
</div></div>
<div class="khoi-tc" id="tc-tinmoi"><div class="ktc-tieude">Tin mới</div><ul class="ds-tinmoi">
{newest}
</ul></div>
<div class="khoi-tc" id="tc-hdn"><div class="ktc-tieude"><a href="/vi/tin-tuc/hoat-dong-nganh">Hoạt động ngành</a></div>
{hdn}
<a class="xem-them" href="/vi/tin-tuc/hoat-dong-nganh">Xem thêm &raquo;</a></div>
<div class="khoi-tc" id="tc-tb"><div class="ktc-tieude"><a href="/vi/tin-tuc/thong-bao">Thông báo</a></div><ul class="ds-tb">
{tb}
</ul></div>
<div class="khoi-tc" id="tc-gs"><div class="ktc-tieude"><a href="/vi/tin-tuc/guong-sang-nha-giao">Gương sáng nhà giáo</a></div>
{gs}</div>
<div class="khoi-tc" id="tc-vb"><div class="ktc-tieude"><a href="/vi/van-ban">Văn bản mới</a></div><ul>
<li><a href="{DOC_PATH}">Kế hoạch số 2315/KH-SGDĐT triển khai chuyển đổi số trong các cơ sở giáo dục năm học 2026-2027</a></li>
<li><a href="/Van-ban/2026/Thang-11/CV-2290-SGDDT.pdf" target="_blank">Công văn số 2290/SGDĐT-GDTrH về việc tổ chức kiểm tra cuối học kỳ I</a></li>
</ul></div>
<div class="khoi-tc row" id="tc-tv">
<div class="col-md-6"><div class="ktc-tieude"><a href="/vi/video">Video</a></div><a href="{VIDEO_PATH}"><img src="/Video/2026/ban-tin-thang-11-poster.jpg" alt="Bản tin giáo dục tháng 11/2026" /></a></div>
<div class="col-md-6"><div class="ktc-tieude"><a href="/vi/thu-vien-anh">Thư viện ảnh</a></div><a href="{ALBUM_PATH}"><img src="{H2.story.images[1].src}" alt="Hội khỏe Phù Đổng" /></a></div>
</div>"""
    head = (
        '<meta name="description" content="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Hà '
        'Tĩnh" />\n<link rel="alternate" hreflang="en" href="/en" />'
    )
    return _page(request, "Trang chủ", main, active="Trang chủ", head=head)


# --- non-articles ---------------------------------------------------------------------------

DOC_PATH = "/vi/van-ban/ke-hoach-2315-kh-sgddt-trien-khai-chuyen-doi-so~v2315"
ALBUM_PATH = "/vi/thu-vien-anh/hoi-khoe-phu-dong-tinh-lan-thu-xi-nam-2026~a88"
VIDEO_PATH = "/vi/video/ban-tin-giao-duc-ha-tinh-thang-11-2026~vd17"
CAL_PATH = "/vi/lich-cong-tac/2026/tuan-49"
INTRO_PATH = "/vi/gioi-thieu/chuc-nang-nhiem-vu"
ORG_PATH = "/vi/gioi-thieu/co-cau-to-chuc"
CONTACT_PATH = "/vi/lien-he"


def _intro(request: Request) -> Response:
    main = """<h1 class="td-trang">Chức năng, nhiệm vụ</h1>
<div class="pimcore_area_wysiwyg pimcore_area_content"><div class="khoi-vb">
<p style="text-align: justify;">Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo, gồm: mục tiêu, chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và tiêu chuẩn cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật chất, thiết bị trường học và đồ chơi trẻ em; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>
<p><strong>Nhiệm vụ và quyền hạn</strong></p>
<ul>
<li>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị, kế hoạch phát triển giáo dục và đào tạo trên địa bàn tỉnh;</li>
<li>Hướng dẫn, kiểm tra và tổ chức thực hiện các văn bản quy phạm pháp luật về giáo dục và đào tạo;</li>
<li>Quản lý chất lượng giáo dục; tổ chức các kỳ thi theo thẩm quyền.</li>
</ul>
</div></div>"""
    return _page(
        request,
        "Chức năng, nhiệm vụ",
        main,
        active="Giới thiệu",
        crumbs=[("Giới thiệu", ""), ("Chức năng, nhiệm vụ", "")],
    )


def _org(request: Request) -> Response:
    rows = [
        ("Giám đốc", "Nguyễn Văn Hải", "0239.3855.111"),
        ("Phó Giám đốc", "Trần Đình Thắng", "0239.3855.112"),
        ("Phó Giám đốc", "Phan Văn Hùng", "0239.3855.113"),
    ]
    trs = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    main = f"""<h1 class="td-trang">Cơ cấu tổ chức</h1>
<div class="pimcore_area_wysiwyg pimcore_area_content"><div class="khoi-vb">
<p><strong>Lãnh đạo Sở</strong></p>
<table class="table table-bordered"><tbody><tr><th>Chức vụ</th><th>Họ và tên</th><th>Điện thoại</th></tr>
{trs}
</tbody></table>
<p><strong>Các phòng chuyên môn, nghiệp vụ:</strong> Văn phòng; Phòng Kế hoạch - Tài chính; Phòng Tổ chức cán bộ; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Khảo thí và Quản lý chất lượng; Thanh tra Sở.</p>
</div></div>"""
    return _page(
        request,
        "Cơ cấu tổ chức",
        main,
        active="Giới thiệu",
        crumbs=[("Giới thiệu", INTRO_PATH), ("Cơ cấu tổ chức", "")],
    )


def _contact(request: Request) -> Response:
    if request.method == "POST":
        main = '<div class="alert alert-success">Cảm ơn bạn đã gửi ý kiến. Chúng tôi sẽ phản hồi trong thời gian sớm nhất.</div>'
        return _page(request, "Liên hệ", main, active="Liên hệ", crumbs=[("Liên hệ", "")])
    main = """<h1 class="td-trang">Liên hệ</h1>
<div class="lh-info"><p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ TĨNH</strong></p>
<p>Địa chỉ: Số 21 đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh</p>
<p>Điện thoại: 0239.3855.286 - Email: sgddt@hatinh.gov.vn</p></div>
<form method="post" action="/vi/lien-he" class="f-lienhe">
<div class="mb-2"><label for="hoten">Họ và tên (*)</label><input type="text" id="hoten" name="hoten" class="form-control" required /></div>
<div class="mb-2"><label for="email">Email (*)</label><input type="email" id="email" name="email" class="form-control" required /></div>
<div class="mb-2"><label for="noidung">Nội dung (*)</label><textarea id="noidung" name="noidung" rows="5" class="form-control" required></textarea></div>
<input type="hidden" name="lienhe[_token]" value="Xb9kLq2ZtR0vWm4sHc7yNd1pGf6uJa3e" />
<button type="submit" class="btn btn-primary">Gửi liên hệ</button>
</form>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3787.1!2d105.9!3d18.34" width="100%" height="300" style="border:0" loading="lazy"></iframe>"""
    return _page(request, "Liên hệ", main, active="Liên hệ", crumbs=[("Liên hệ", "")])


def _docs_list(request: Request) -> Response:
    main = f"""<h1 class="td-chuyenmuc">Văn bản</h1>
<form class="loc-vb row g-2" method="get" action="/vi/van-ban"><div class="col"><input type="text" name="sokyhieu" class="form-control" placeholder="Số/Ký hiệu" /></div><div class="col"><button class="btn btn-primary">Lọc</button></div></form>
<table class="table table-striped bang-vb"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>
<tr><td><a href="{DOC_PATH}">2315/KH-SGDĐT</a></td><td>25/11/2026</td><td><a href="{DOC_PATH}">Kế hoạch triển khai chuyển đổi số trong các cơ sở giáo dục năm học 2026-2027</a></td><td><a href="/Van-ban/2026/Thang-11/KH-2315-SGDDT.pdf">PDF</a></td></tr>
<tr><td>2290/SGDĐT-GDTrH</td><td>21/11/2026</td><td>V/v tổ chức kiểm tra cuối học kỳ I năm học 2026-2027</td><td><a href="/Van-ban/2026/Thang-11/CV-2290-SGDDT.pdf">PDF</a></td></tr>
<tr><td>1876/QĐ-SGDĐT</td><td>10/11/2026</td><td>Quyết định công nhận sáng kiến cấp ngành năm học 2025-2026</td><td><a href="/Van-ban/2026/Thang-11/QD-1876-SGDDT.pdf">PDF</a></td></tr>
</tbody></table>"""
    return _page(request, "Văn bản", main, active="Văn bản", crumbs=[("Văn bản", "")])


def _doc_entry(request: Request) -> Response:
    main = """<h1 class="td-vb">Kế hoạch số 2315/KH-SGDĐT triển khai chuyển đổi số trong các cơ sở giáo dục năm học 2026-2027</h1>
<table class="table table-bordered ct-vb"><tbody>
<tr><th style="width:30%">Số/Ký hiệu</th><td>2315/KH-SGDĐT</td></tr>
<tr><th>Ngày ban hành</th><td>25/11/2026</td></tr>
<tr><th>Ngày có hiệu lực</th><td>25/11/2026</td></tr>
<tr><th>Loại văn bản</th><td>Kế hoạch</td></tr>
<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><th>Người ký</th><td>Trần Đình Thắng</td></tr>
<tr><th>Trích yếu</th><td>Triển khai chuyển đổi số trong các cơ sở giáo dục năm học 2026-2027, tập trung hoàn thiện cơ sở dữ liệu ngành, học bạ số và bồi dưỡng kỹ năng số cho giáo viên.</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/Van-ban/2026/Thang-11/KH-2315-SGDDT.pdf" target="_blank">KH-2315-SGDDT.pdf</a> (312 KB)</td></tr>
</tbody></table>
<p><a href="/vi/van-ban">&laquo; Quay lại danh sách văn bản</a></p>"""
    return _page(
        request,
        "Kế hoạch số 2315/KH-SGDĐT",
        main,
        active="Văn bản",
        crumbs=[("Văn bản", "/vi/van-ban"), ("2315/KH-SGDĐT", "")],
    )


def _albums(request: Request) -> Response:
    main = f"""<h1 class="td-chuyenmuc">Thư viện ảnh</h1>
<div class="row ds-album"><div class="col-md-6 album-o">
<a href="{ALBUM_PATH}"><img src="{H2.story.images[1].src}" alt="" /></a>
<h3><a href="{ALBUM_PATH}">Hội khỏe Phù Đổng tỉnh lần thứ XI năm 2026</a></h3><span class="so-anh">24 ảnh</span>
</div></div>"""
    return _page(request, "Thư viện ảnh", main, active="Thư viện", crumbs=[("Thư viện ảnh", "")])


def _album(request: Request) -> Response:
    cells = "\n".join(
        f'<div class="col-4"><a href="{img.src.replace("__galleryThumb/", "__galleryLightbox/")}" '
        f'data-fancybox="a88"><img src="{img.src}" alt="" /></a>'
        f'<p class="ct-album">{esc(img.printed or "")}</p></div>'
        for img in H2.story.images[1:]
    )
    main = f"""<h1 class="td-album">Hội khỏe Phù Đổng tỉnh lần thứ XI năm 2026</h1>
<p class="ngay-album">Ngày đăng: 29/11/2026 | 24 ảnh</p>
<p class="mt-album">Một số hình ảnh tại Hội khỏe Phù Đổng tỉnh Hà Tĩnh lần thứ XI năm 2026 diễn ra từ ngày 19 đến 28/11 tại Nhà thi đấu tỉnh và các địa điểm thi đấu.</p>
<div class="row g-2 luoi-anh">
{cells}
</div>
<p><a href="{_H2_ALBUM_LINK}">Xem tin bài &raquo;</a></p>"""
    return _page(
        request,
        "Hội khỏe Phù Đổng tỉnh lần thứ XI năm 2026",
        main,
        active="Thư viện",
        crumbs=[
            ("Thư viện ảnh", "/vi/thu-vien-anh"),
            ("Hội khỏe Phù Đổng tỉnh lần thứ XI năm 2026", ""),
        ],
    )


def _videos(request: Request) -> Response:
    main = f"""<h1 class="td-chuyenmuc">Video</h1>
<div class="row ds-video"><div class="col-md-6">
<a href="{VIDEO_PATH}"><img src="/Video/2026/ban-tin-thang-11-poster.jpg" alt="" /></a>
<h3><a href="{VIDEO_PATH}">Bản tin Giáo dục Hà Tĩnh tháng 11/2026</a></h3>
</div></div>"""
    return _page(request, "Video", main, active="Thư viện", crumbs=[("Video", "")])


def _video(request: Request) -> Response:
    main = """<h1 class="td-video">Bản tin Giáo dục Hà Tĩnh tháng 11/2026</h1>
<p class="ngay-video"><i class="far fa-clock"></i> 30/11/2026 16:00</p>
<div class="ratio ratio-16x9"><iframe src="https://www.youtube.com/embed/pX4d7Lw0aTe" title="YouTube video player" frameborder="0" allowfullscreen></iframe></div>
<p class="mt-video">Bản tin tổng hợp các hoạt động nổi bật của ngành Giáo dục Hà Tĩnh trong tháng 11/2026: Hội khỏe Phù Đổng tỉnh lần thứ XI, kỳ thi chọn học sinh giỏi tỉnh lớp 12, các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11.</p>
<p class="nguon-video">Thực hiện: Văn phòng Sở phối hợp Đài Phát thanh - Truyền hình tỉnh</p>"""
    return _page(
        request,
        "Bản tin Giáo dục Hà Tĩnh tháng 11/2026",
        main,
        active="Thư viện",
        crumbs=[("Video", "/vi/video"), ("Bản tin Giáo dục Hà Tĩnh tháng 11/2026", "")],
    )


_WEEKS = {
    48: ("23/11/2026", "29/11/2026"),
    49: ("30/11/2026", "06/12/2026"),
    50: ("07/12/2026", "13/12/2026"),
}
_CAL_ROWS = {
    48: [
        (
            "Thứ Hai 23/11",
            "08:00",
            "Giám đốc Sở dự họp UBND tỉnh thường kỳ tháng 11",
            "Phòng họp UBND tỉnh",
        ),
        (
            "Thứ Sáu 27/11",
            "14:00",
            "Phó Giám đốc Trần Đình Thắng dự bế mạc Hội khỏe Phù Đổng",
            "Nhà thi đấu tỉnh",
        ),
    ],
    49: [
        ("Thứ Hai 30/11", "07:30", "Giao ban lãnh đạo Sở", "Phòng họp số 1"),
        (
            "Thứ Tư 02/12",
            "14:00",
            "Hội nghị trực tuyến triển khai chuyển đổi số năm học 2026-2027",
            "Hội trường Sở",
        ),
        (
            "Thứ Sáu 04/12",
            "08:00",
            "Kiểm tra công tác bán trú tại các trường xã Hương Liên",
            "Xã Hương Liên",
        ),
    ],
    50: [
        (
            "Thứ Ba 08/12",
            "08:00",
            "Làm việc với Trường THPT chuyên Hà Tĩnh về công tác bồi dưỡng HSG quốc gia",
            "Trường THPT chuyên",
        ),
    ],
}


def _calendar(request: Request, week: int) -> Response:
    start, end = _WEEKS[week]
    rows = "\n".join(
        f"<tr><td>{d}</td><td>{t}</td><td>{esc(c)}</td><td>{esc(p)}</td></tr>"
        for d, t, c, p in _CAL_ROWS[week]
    )
    nav = []
    if week - 1 in _WEEKS:
        nav.append(
            f'<a class="btn btn-sm btn-outline-primary" href="/vi/lich-cong-tac/2026/tuan-{week - 1}">&laquo; Tuần trước</a>'
        )
    if week + 1 in _WEEKS:
        nav.append(
            f'<a class="btn btn-sm btn-outline-primary" href="/vi/lich-cong-tac/2026/tuan-{week + 1}">Tuần sau &raquo;</a>'
        )
    main = f"""<h1 class="td-lich">Lịch công tác tuần {week} (từ {start} đến {end})</h1>
<div class="lich-nav">{" ".join(nav)}</div>
<table class="table table-bordered bang-lich"><thead><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Địa điểm</th></tr></thead><tbody>
{rows}
</tbody></table>"""
    return _page(
        request,
        f"Lịch công tác tuần {week}",
        main,
        active="Lịch công tác",
        crumbs=[("Lịch công tác", "")],
    )


def _archive(request: Request) -> Response:
    rows = [
        (M1.path, M1.story.title, "06/10/2026"),
        (_H7_DOC, H7.story.title, "14/10/2026"),
    ]
    trs = "\n".join(
        f'<tr><td>{n}</td><td><a href="{p}">{esc(t)}</a></td><td>{d}</td></tr>'
        for n, (p, t, d) in enumerate(rows, start=1)
    )
    main = f"""<h1 class="td-trang">Tin lưu trữ</h1>
<div class="pimcore_area_wysiwyg pimcore_area_content"><div class="khoi-vb">
<p>Các tin bài đăng trên Cổng thông tin điện tử cũ của Sở (trước ngày 02/11/2026) được lưu trữ tại đây.</p>
<table class="table table-bordered"><tbody><tr><th>STT</th><th>Tiêu đề</th><th>Ngày đăng</th></tr>
{trs}
</tbody></table>
</div></div>"""
    return _page(
        request,
        "Tin lưu trữ",
        main,
        active="Tin tức",
        crumbs=[("Tin tức", ALL_NEWS), ("Tin lưu trữ", "")],
    )


_TAGS = {"chuyển đổi số", "Hội khỏe Phù Đổng", "học sinh giỏi"}
_FOLD = str.maketrans(
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ",
    "aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy",
)


def _tag_slug(tag: str) -> str:
    return tag.lower().translate(_FOLD).replace(" ", "-")


def _search(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    tag = request.params.get("tag", "")
    if tag:
        names = [t for t in _TAGS if _tag_slug(t) == tag]
        if not names:
            return None
        hits = [e for e in _news_sorted() if names[0] in e.tags]
        heading = f"Từ khóa: {names[0]}"
    elif q:
        hits = [e for e in _news_sorted() if q.lower() in e.story.title.lower()]
        heading = f"Kết quả tìm kiếm: “{q}”"
    else:
        hits = []
        heading = "Tìm kiếm"
    if hits:
        results = "\n".join(_card(e) for e in hits)
    elif q or tag:
        results = '<p class="khong-dl">Không tìm thấy kết quả phù hợp.</p>'
    else:
        results = '<p class="khong-dl">Vui lòng nhập từ khóa tìm kiếm.</p>'
    main = f"""<h1 class="td-chuyenmuc">{esc(heading)}</h1>
<form action="/vi/tim-kiem" method="get" class="f-timkiem d-flex mb-3"><input type="text" name="q" value="{esc(q)}" class="form-control" /><button class="btn btn-primary">Tìm</button></form>
<div class="ds-tin-dm">
{results}
</div>"""
    return _page(
        request,
        "Tìm kiếm",
        main,
        crumbs=[("Tìm kiếm", "")],
        head='<meta name="robots" content="noindex" />',
    )


def _english(request: Request) -> Response:
    main = """<h1>Ha Tinh Department of Education and Training</h1>
<p>The English version of the portal is under construction. Please visit the <a href="/vi">Vietnamese version</a>.</p>
<p>Address: 21 Ha Huy Tap street, Thanh Sen ward, Ha Tinh province. Tel: (+84) 239 3855 286.</p>"""
    return _page(request, "Home", main, sidebar=False)


def _not_found(request: Request) -> Response:
    main = '<div class="loi-404"><h1>404</h1><p>Trang bạn tìm không tồn tại hoặc đã bị xóa.</p><p><a href="/vi">Về trang chủ</a></p></div>'
    return _page(request, "Không tìm thấy trang", main, status=404)


# --- the site -------------------------------------------------------------------------------

_OBJ_ROUTE = re.compile(
    r"^/vi/tin-tuc/(?:(hoat-dong-nganh|thong-bao|guong-sang-nha-giao)/)?([a-z0-9-]*)~n(\d+)$"
)
_CAL_ROUTE = re.compile(r"^/vi/lich-cong-tac/2026/tuan-(\d+)$")
_BINARY = {
    ".webp": ("image/webp", None),
    ".pdf": ("application/pdf", PDF),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK\x03\x04"),
}


class PimcoreSite:
    """Routes of the Pimcore front controller (documents, static routes, assets)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        lower = path.lower()
        for ext, (ctype, body) in _BINARY.items():
            if lower.endswith(ext):
                if body is None:
                    return static_file(path[: -len(ext)] + ".jpg")
                return Response(200, body, {"Content-Type": ctype})
        if (asset := static_file(path)) is not None:
            return asset
        if request.method == "POST":
            if path == "/vi/binh-chon":
                return _page(
                    request,
                    "Bình chọn",
                    '<div class="alert alert-info">Cảm ơn bạn đã tham gia bình chọn.</div>',
                )
            if path == CONTACT_PATH:
                return _contact(request)
            return None
        if path == "/":
            return redirect("/vi/", 302)
        if path in ("/vi", "/vi/"):
            return _home(request)
        if path in ("/en", "/en/"):
            return _english(request)
        if path.startswith("/vi/") and path.endswith("/"):
            return redirect(path.rstrip("/") + (f"?{request.query}" if request.query else ""), 301)
        if m := _OBJ_ROUTE.match(path):
            e = OBJECTS.get(int(m.group(3)))
            return _object_page(request, e) if e else _not_found(request)
        if path == M1.path:
            return _document_page(
                request, M1.story.title, M1.printed, M1.updated, M1.story.views(), M1.bricks
            )
        if path == _H7_DOC:
            return _document_page(
                request, H7.story.title, "14/10/2026", "02/11/2026 08:15", 388, _H7_TWIN_BRICKS
            )
        for key, (label, base, size) in CATS.items():
            if path == base:
                return _listing(
                    request,
                    label,
                    base,
                    _news_sorted(key),
                    size,
                    [("Tin tức", ALL_NEWS), (label, "")],
                )
        if path == ALL_NEWS:
            return _listing(
                request, "Tin tức", ALL_NEWS, _news_sorted(), ALL_NEWS_SIZE, [("Tin tức", "")]
            )
        if path == ARCHIVE:
            return _archive(request)
        if path == "/vi/lich-cong-tac":
            return redirect(CAL_PATH, 302)
        if (m := _CAL_ROUTE.match(path)) and int(m.group(1)) in _WEEKS:
            return _calendar(request, int(m.group(1)))
        pages = {
            INTRO_PATH: _intro,
            ORG_PATH: _org,
            CONTACT_PATH: _contact,
            "/vi/van-ban": _docs_list,
            DOC_PATH: _doc_entry,
            "/vi/thu-vien-anh": _albums,
            ALBUM_PATH: _album,
            "/vi/video": _videos,
            VIDEO_PATH: _video,
            "/vi/tim-kiem": _search,
        }
        if path in pages:
            return pages[path](request)
        return _not_found(request) if path.startswith("/vi/") else None


def build_site() -> PimcoreSite:
    return PimcoreSite()


# --- gold -----------------------------------------------------------------------------------


def _gold(e: Entry) -> dict:
    return gold_record(e.story, e.path, e.story.cat, canonical_path=e.path, alt_paths=list(e.alts))


GOLD = [_gold(e) for e in ENTRIES.values()]

NON_ARTICLES = [
    INTRO_PATH,
    ORG_PATH,
    CONTACT_PATH,
    DOC_PATH,
    ALBUM_PATH,
    VIDEO_PATH,
    CAL_PATH,
]
