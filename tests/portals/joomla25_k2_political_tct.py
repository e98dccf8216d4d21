"""Trường Chính trị tỉnh Sơn La: Joomla 2.5 + K2 2.6 (never upgraded since 2014), vendor template.

Platform
--------
Joomla 2.5.28 with K2 2.6.8 and a template bought in 2014 from a Vietnamese vendor
("tct_sonla", ids and classes in Vietnamese abbreviations: ``#khung-giua``, ``.tieude-mod``,
``.menu-ngang``). K2 renders the listings (leading / primary / "Xem thêm..." links blocks) and the
items (``#k2Container.itemView``); the vendor's hand-coded modules sit around them. Every page has
Joomla's ``<base href>`` set to the current URL (no query), the header's clock "Thứ Bảy,
05/12/2026", a drop-down main menu, breadcrumbs ("Bạn đang ở:"), a right column (most read, web
links select, poll, visitor counter) and a footer with address / phone / e-mail.

URL scheme
----------
- ``/`` home (Joomla's home menu item, Itemid 101);
- ``/index.php/<menu-alias>`` a K2 listing; ``?start=<n>`` its pages; page 1 is re-linked from
  the pager as ``?limitstart=0`` (what Joomla 2.5's SEF router leaves for the first page);
- ``/index.php/<menu-alias>/item/<id>-<alias>`` a K2 item (K2 routes an item through the menu
  item of its own category); ``?tmpl=component&print=1`` its print view;
- ``/index.php?option=com_k2&view=item&id=<id>:<alias>&Itemid=101`` the same item, as the
  vendor's hand-coded "Tin mới" box and "Đọc nhiều" box print it (no JRoute);
- ``/index.php/tin-tuc/itemlist/tag/<tag>`` K2 tag listings (raw Vietnamese and spaces in hrefs);
- ``/index.php/van-ban-tai-lieu/item/download/<n>_<md5>`` K2 attachment downloads (PDF).

Menus and listings (K2 "category" menu items, item counts leading + primary + links):
- ``tin-tuc`` "Tin tức": the three news categories together, 1 + 2 + 0 a page, 13 items on
  5 pages ("Trang 1 của 5"), ``?start=3,6,9,12``;
- ``hoat-dong-nha-truong`` "Hoạt động của Trường" (K2 cat 2): 1 + 2 + 1, 6 items, 2 pages;
- ``dao-tao-boi-duong`` "Đào tạo - Bồi dưỡng" (cat 3): 3 items, 1 page;
- ``nghien-cuu-trao-doi`` "Nghiên cứu - Trao đổi" (cat 4): 0 + 2 + 0, 4 items, 2 pages; this
  category has K2's item navigation switched off;
- ``van-ban-tai-lieu`` "Văn bản - Tài liệu" and ``thu-vien-anh`` "Thư viện ảnh - Video": K2
  listings of document entries, one album and one clip (not articles);
- ``lich-su-truyen-thong``, ``chuc-nang-nhiem-vu``, ``co-cau-to-chuc``: menu items of type
  "K2 item" (the intro pages are K2 items); ``lien-he``: com_contact with a form.

Page templates
--------------
- home: hand-coded "Tin mới cập nhật" (non-SEF links), three mod_k2_content boxes per category,
  a "Thông báo" marquee, "Văn bản mới" and a clip box;
- K2 listing: ``#k2Container.itemListView`` with ``#itemListLeading``, ``#itemListPrimary``,
  ``#itemListLinks`` and ``.k2Pagination`` (Đầu / Trước / 1 2 3 4 5 / Tiếp / Cuối, "Trang 1
  của 5");
- K2 item: ``.itemHeader`` (date created ABOVE the title, ``h2.itemTitle``, "Viết bởi"), the
  vendor's strip (hits "Lượt xem", font resizer, print), K2 rating, ``.itemBody`` (item image
  with caption and credits, ``.itemIntroText``, ``.itemFullText``, ``.itemExtraFields``
  "Tác giả" / "Nguồn", "Lần cập nhật cuối ngày …"), social buttons, category and tags, "Các
  bài viết liên quan (theo thẻ)", the item's image gallery (Simple Image Gallery), "Các bài
  viết mới hơn / cũ hơn", comments;
- print view: ``tmpl=component``, the item alone.

How each gold article is reached
--------------------------------
- 268, 267, 266, 265: home "Tin mới cập nhật" (non-SEF URL), tin-tuc page 1/2, their category
  page 1, home category boxes; 263 and 259 also from the "Đọc nhiều" box (non-SEF URL);
- 262, 261, 259, 257: tin-tuc page 2/3 and their category page 1; 262 from the notice marquee;
- 256, 252 (Nghiên cứu, navigation off): only from ``nghien-cuu-trao-doi?start=2`` and
  ``tin-tuc?start=9``;
- 255, 251: ``hoat-dong-nha-truong?start=4``, ``tin-tuc?start=9/12`` and the "mới hơn / cũ
  hơn" links of their neighbours.

Traps
-----
1. Three URLs per article (duplicates): the category-menu SEF route (gold ``path``), the non-SEF
   ``index.php?option=com_k2&view=item&id=<id>:<alias>&Itemid=101`` of the vendor's boxes, and
   the print view ``?tmpl=component&print=1`` (linked ``rel="nofollow"`` from every item). No
   ``rel=canonical``; ``og:url`` echoes whatever URL was requested; only the Twitter button's
   ``data-url`` names the SEF route. Gold: one record per item at the SEF route, the other two
   in ``alt_paths``.
2. K2's featured notice inside the headline: ``<h2 class="itemTitle">Title <span><sup>Nổi
   bật</sup></span></h2>`` (268). Gold title without "Nổi bật"; ``<title>`` carries " - Trường
   Chính trị tỉnh Sơn La".
3. Joomla 2.5 e-mail cloaking inside the text (262): the address is written by
   ``document.write`` from string pieces with its vowels as numeric references, followed by the
   fallback "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần bật
   JavaScript để xem nó." hidden by script. Gold: the paragraph as a reader sees it, ending
   "email: qldt.tct@sonla.gov.vn"; the fallback sentence is not text.
4. Plugin tags left in the text: ``<p>{jcomments off}</p>`` (267; JComments was uninstalled, the
   tag prints literally) is not text; ``{loadposition tinlienquan}`` rendered as a "Tin cùng
   chuyên mục" module box in the middle of ``.itemFullText`` (257) is not text and the article
   goes on after it.
5. Photos whose ``<img src>`` is not the photo: the item gallery (Simple Image Gallery, 266) prints
   ``transparent.gif`` with the thumbnail as CSS ``background-image`` and the photo as the
   link's ``href``; its alt/title "Nhấn để phóng to ảnh …" is the plugin's string. The gallery
   sits after the tags and the related list, outside ``.itemBody``. Gold: the linked photos
   (``/media/k2/galleries/266/…``) in order, caption None; thumbnails of related items and the
   rating/resizer ``blank.gif`` are not images of the article.
6. Non-articles in article markup: the intro pages (history, functions, organisation), the
   document entries, the album and the clip are K2 items printed by the same item template with
   date, "Viết bởi", hits (intro pages dated 2014, documents dated Nov 2026). Gold: not
   articles (NON_ARTICLES).
7. The "Viết bởi" slot (bylines): K2 prints the CMS account ("quantri", "Ban Biên tập") → nobody;
   with K2's "author alias" it prints a person (263 "Viết bởi Lò Thị Mai", no link) → author.
   The real author is most often the extra field "Tác giả:" after the text, with degree and post
   ("ThS. Lò Văn Hùng - Phó Trưởng khoa Lý luận cơ sở" → "Lò Văn Hùng"; "ThS. Hà Thị Thu Hương;
   CN. Vì Văn Tuấn" → two names); the extra field "Nguồn:" is the source. Closing lines
   "Tin, ảnh: X", "Tin: X - Ảnh: Y" and a right-aligned unit ("Phòng QLĐT&NCKH") as the house
   rules say.
8. Dates (K2's vi-VN format): "Thứ năm, 03 Tháng 12 2026 14:30" printed above the title;
   "Lần cập nhật cuối ngày Thứ sáu, 04 Tháng 12 2026 08:15" below the text (not the date);
   comment dates; 263 printed at "00:00" → the day alone; the notice 262 created on 11/11 but
   dated "Sơn La, ngày 10 tháng 11 năm 2026" in its letterhead → "2026-11-10".
9. Pagination (K2 + Joomla 2.5): listings of 3 or 4 items and "Trang 1 của 5"; ``?start=`` pages,
   page 1 again as ``?limitstart=0``; the oldest items of each category only on page 2; 259 is
   only a bare title in K2's "Xem thêm..." links block of its category's page 1 (no date, no
   teaser); the Nghiên cứu items have no "mới hơn / cũ hơn" chain. Gold: listings are not
   articles; every item is reached, each once.
10. The sapo: K2 prints the intro text apart (``div.itemIntroText``) only for items with a
    "read more" split; items without the split print everything in ``.itemFullText``. Gold:
    the intro text is the summary and first body paragraph; a bold first paragraph (259, 251)
    is the summary; otherwise null.
11. Encodings: 255 was pasted as decomposed Unicode ("Unicode tổ hợp", NFD); 251 was saved by
    TinyMCE with named/numeric entities; 256 is Word HTML (``MsoNormal``, ``<o:p>``, empty
    ``&nbsp;`` spacers). Gold: NFC text, spacers are nothing.
12. Chrome that looks like content: a reader's comment under 259 ("đăng bởi …", a dated
    paragraph), the related-by-tag list, "Các bài viết mới hơn / cũ hơn" titles, the notice
    marquee and the most-read box with article titles on every page.

Gold decisions on ambiguous points
-----------------------------------
- ``path`` is the SEF route under the item's own category menu; ``canonical_path`` the same.
- Category: the K2 category as breadcrumb and "Đăng trong" print it, not "Tin tức".
- Photos: the K2 item image at its ``<img src>`` (``…_L.jpg``; the ``_XL`` link is the same
  photo enlarged), inline photos at their src, gallery photos at their link href. The K2 item
  image's caption is ``.itemImageCaption``; ``.itemImageCredits`` "Ảnh: X" makes X a
  photographer. An inline photo's caption is the italic centred line under it (parentheses
  taken off); a line "Ảnh: X" alone is a credit, caption None.
- The cloaked e-mail (trap 3) is text as the reader sees it with JavaScript on.
- The notice 262 follows the house rule for official documents: letterhead, kind/subject,
  "Nơi nhận" and the signature block are not body; author the signer "Hoàng Văn Thành".
- Table rows (259's prize table) are paragraphs, cells joined by " | "; "Tài liệu tham khảo" and
  its entries (265) are the text's own; a ``<br>`` splits a paragraph (266).
- Comments, extra fields, tags, hits, ratings are never body.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import unicodedata
from urllib.parse import parse_qs, unquote

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

NAME = "joomla25_k2_political_tct"
PLATFORM = "Joomla 2.5 + K2 2.6 (vendor template, 2014)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Sơn La"
TPL = "/templates/tct_sonla"
HOME_ITEMID = 101

# --- menus and categories -------------------------------------------------------------------

#: K2 category id -> (menu alias, name as breadcrumb prints it, Itemid)
CATS = {
    2: ("hoat-dong-nha-truong", "Hoạt động của Trường", 104),
    3: ("dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", 105),
    4: ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 106),
    1: ("gioi-thieu", "Giới thiệu", 102),
    5: ("van-ban-tai-lieu", "Văn bản - Tài liệu", 108),
    6: ("thu-vien-anh", "Thư viện ảnh - Video", 109),
}
#: listing menus: alias -> (title, K2 categories, leading, primary, links, navigation on)
LISTINGS = {
    "tin-tuc": ("Tin tức", (2, 3, 4), 1, 2, 0),
    "hoat-dong-nha-truong": ("Hoạt động của Trường", (2,), 1, 2, 1),
    "dao-tao-boi-duong": ("Đào tạo - Bồi dưỡng", (3,), 1, 2, 0),
    "nghien-cuu-trao-doi": ("Nghiên cứu - Trao đổi", (4,), 0, 2, 0),
    "van-ban-tai-lieu": ("Văn bản - Tài liệu", (5,), 0, 5, 0),
    "thu-vien-anh": ("Thư viện ảnh - Video", (6,), 0, 4, 0),
}
NAV_OFF = {4}

_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def k2date(stamp: str) -> str:
    """K2's vi-VN DATE_FORMAT_LC2 ("l, d F Y H:i"): "Thứ năm, 03 Tháng 12 2026 14:30"."""
    d = _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return f"{_DAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d.year} {d:%H:%M}"


def shortdate(stamp: str) -> str:
    d = _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return f"{d:%d/%m/%Y}"


def img_hash(key: str) -> str:
    return hashlib.md5(key.encode()).hexdigest()


def k2img(item_id: int, size: str) -> str:
    return f"/media/k2/items/cache/{img_hash(f'k2item{item_id}')}_{size}.jpg"


# --- the articles ----------------------------------------------------------------------------

EMAIL_262 = "qldt.tct@sonla.gov.vn"

STORIES: list[Story] = [
    Story(
        268,
        "khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-51-he-tap-trung",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 51 hệ tập trung",
        "hoat-dong-nha-truong",
        "2026-12-03T14:30:00+07:00",
        [
            Img(
                k2img(268, "L"),
                "Đồng chí Hoàng Văn Thành, Phó Hiệu trưởng phụ trách Trường phát biểu khai giảng lớp học",
                "Đồng chí Hoàng Văn Thành, Phó Hiệu trưởng phụ trách Trường phát biểu khai giảng lớp học",
                style="k2main",
            ),
            P(
                "Dự lễ khai giảng có đồng chí Lò Thị Phương, Phó Trưởng Ban Tổ chức Tỉnh ủy; đại diện "
                "lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Nội vụ; Ban Giám hiệu, lãnh đạo các "
                "khoa, phòng và giảng viên nhà Trường."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Hoàng Văn Thành, Phó Hiệu trưởng phụ trách Trường nhấn "
                "mạnh: chương trình Trung cấp lý luận chính trị - hành chính trang bị cho học viên những "
                "kiến thức cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, đường lối, chủ trương "
                "của Đảng, chính sách, pháp luật của Nhà nước; kỹ năng lãnh đạo, quản lý ở cơ sở."
            ),
            P(
                "Khóa học được tổ chức trong thời gian 7 tháng, gồm 4 phần học với 19 học phần, kết hợp "
                "giữa học tập trên lớp với nghiên cứu thực tế tại địa phương. Học viên làm bài kiểm tra "
                "hết học phần, viết tiểu luận và thi tốt nghiệp theo quy định của Học viện Chính trị "
                "quốc gia Hồ Chí Minh."
            ),
            Img(
                "/images/stories/2026/12/khai-giang-k51-02.jpg",
                "Quang cảnh lễ khai giảng",
                "Quang cảnh lễ khai giảng",
                style="inline",
            ),
            P(
                "Đồng chí đề nghị các học viên chấp hành nghiêm nội quy, quy chế học tập; phát huy tinh "
                "thần tự học, tích cực trao đổi, thảo luận, liên hệ thực tiễn ở địa phương, đơn vị; xây "
                "dựng tập thể lớp đoàn kết, hoàn thành tốt nhiệm vụ học tập."
            ),
            P(
                "Thay mặt học viên, đồng chí Mùa A Chứ, Chủ tịch UBND xã Chiềng Hặc hứa sẽ cố gắng khắc "
                "phục khó khăn, sắp xếp công việc để tham gia học tập đầy đủ, đạt kết quả cao nhất."
            ),
        ],
        authors=["Quàng Văn Thắng"],
        photographers=["Cầm Thị Lan"],
        summary=(
            "Sáng ngày 03/12/2026, Trường Chính trị tỉnh Sơn La tổ chức Lễ khai giảng lớp Trung cấp "
            "lý luận chính trị - hành chính khóa 51, hệ tập trung, cho 112 học viên là cán bộ, công "
            "chức, viên chức đến từ các sở, ban, ngành và các xã, phường trong tỉnh."
        ),
        sapo_outside=True,
        opts={
            "created": "2026-12-03 14:30",
            "modified": "2026-12-04 08:15",
            "featured": True,
            "account": "quantri",
            "credit": "Ảnh: Cầm Thị Lan",
            "extra": [("Tác giả", "Quàng Văn Thắng - Phòng Quản lý đào tạo và NCKH")],
            "tags": ["Trung cấp LLCT-HC", "khai giảng"],
        },
    ),
    Story(
        267,
        "khai-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        "Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        "dao-tao-boi-duong",
        "2026-12-01T07:45:00+07:00",
        [
            P(
                "Ngày 30/11/2026, Bộ Chỉ huy Quân sự tỉnh phối hợp với Trường Chính trị tỉnh khai giảng "
                "lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Tham gia lớp học có 145 học viên là trưởng, phó các phòng, ban, ngành, đoàn thể; cán bộ "
                "chủ chốt các xã, phường; già làng, trưởng bản, người có uy tín trong đồng bào dân tộc "
                "thiểu số và chức sắc tôn giáo trên địa bàn tỉnh."
            ),
            P(
                "Trong thời gian 8 ngày, các học viên được nghiên cứu 14 chuyên đề về quan điểm của Đảng "
                "về xây dựng nền quốc phòng toàn dân, thế trận quốc phòng toàn dân gắn với thế trận an "
                "ninh nhân dân; xây dựng khu vực phòng thủ; công tác bảo vệ an ninh chính trị nội bộ; "
                "phòng, chống âm mưu, thủ đoạn chiến lược “diễn biến hòa bình”, bạo loạn lật đổ của các "
                "thế lực thù địch."
            ),
            P(
                "Ngoài học tập lý thuyết, học viên được tham quan mô hình học cụ, thực hành bắn súng "
                "ngắn K54 và nghe báo cáo tình hình an ninh trật tự trên tuyến biên giới Việt - Lào."
            ),
            P(
                "Phát biểu khai giảng, Đại tá Lò Văn Hưng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh yêu cầu "
                "học viên nghiêm túc chấp hành quy chế, tích cực nghiên cứu, vận dụng kiến thức đã học "
                "vào thực tiễn công tác, góp phần xây dựng địa phương vững mạnh về chính trị, kinh tế - "
                "xã hội, quốc phòng và an ninh."
            ),
            Raw("<p>{jcomments off}</p>"),
        ],
        source="Cổng Thông tin điện tử tỉnh Sơn La",
        opts={
            "created": "2026-12-01 07:45",
            "account": "Ban Biên tập",
            "extra": [("Nguồn", "Cổng Thông tin điện tử tỉnh Sơn La")],
            "tags": ["khai giảng"],
        },
    ),
    Story(
        266,
        "truong-chinh-tri-tinh-son-la-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Trường Chính trị tỉnh Sơn La tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "hoat-dong-nha-truong",
        "2026-11-20T16:05:00+07:00",
        [
            P(
                "Tới dự buổi lễ có đồng chí Tòng Văn Lả, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; "
                "đại diện lãnh đạo Sở Giáo dục và Đào tạo; các thế hệ nhà giáo đã nghỉ hưu cùng toàn thể "
                "cán bộ, giảng viên, nhân viên nhà Trường."
            ),
            P(
                "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, đồng chí Hoàng Văn Thành, Phó Hiệu "
                "trưởng phụ trách Trường khẳng định: trong năm học vừa qua, tập thể cán bộ, giảng viên "
                "nhà Trường đã đoàn kết, khắc phục khó khăn, hoàn thành xuất sắc nhiệm vụ chính trị được "
                "giao. Nhà trường đã mở 38 lớp đào tạo, bồi dưỡng với trên 3.200 lượt học viên; 100% "
                "giảng viên đạt chuẩn theo quy định; 12 đề tài, sáng kiến cấp cơ sở được nghiệm thu đạt "
                "loại khá trở lên."
            ),
            P(
                "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể và 03 cá nhân của nhà "
                "Trường;"
            ),
            P(
                "Hiệu trưởng tặng Giấy khen cho 02 tập thể và 15 cá nhân có thành tích xuất sắc trong "
                "năm học 2025 - 2026.",
                style="br",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Tòng Văn Lả ghi nhận, biểu dương những kết quả nhà "
                "Trường đạt được và đề nghị đội ngũ giảng viên tiếp tục đổi mới nội dung, phương pháp "
                "giảng dạy, gắn lý luận với thực tiễn của tỉnh; chú trọng nghiên cứu khoa học, tổng kết "
                "thực tiễn; xây dựng Trường Chính trị đạt chuẩn mức 1."
            ),
            P(
                "Buổi lễ diễn ra trong không khí ấm áp, trang trọng với nhiều tiết mục văn nghệ đặc sắc "
                "do cán bộ, giảng viên và học viên các lớp biểu diễn."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lường Thị Hạnh</strong></p>'),
            Img("/media/k2/galleries/266/le-ky-niem-20-11-01.jpg", style="gallery"),
            Img("/media/k2/galleries/266/le-ky-niem-20-11-02.jpg", style="gallery"),
            Img("/media/k2/galleries/266/le-ky-niem-20-11-03.jpg", style="gallery"),
        ],
        authors=["Lường Thị Hạnh"],
        photographers=["Lường Thị Hạnh"],
        summary=(
            "Sáng 19/11/2026, Trường Chính trị tỉnh Sơn La long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các tập thể, cá nhân có thành "
            "tích xuất sắc trong năm học."
        ),
        sapo_outside=True,
        opts={
            "created": "2026-11-20 16:05",
            "account": "quantri",
            "tags": ["Nhà giáo Việt Nam"],
        },
    ),
    Story(
        265,
        "van-dung-tu-tuong-ho-chi-minh-ve-can-bo-vao-cong-tac-dao-tao-boi-duong-can-bo-co-so",
        "Vận dụng tư tưởng Hồ Chí Minh về cán bộ vào công tác đào tạo, bồi dưỡng cán bộ cơ sở ở "
        "tỉnh Sơn La hiện nay",
        "nghien-cuu-trao-doi",
        "2026-11-16T10:20:00+07:00",
        [
            P("1. Một số nội dung cơ bản trong tư tưởng Hồ Chí Minh về cán bộ", style="h"),
            P(
                "Chủ tịch Hồ Chí Minh luôn coi cán bộ là gốc của mọi công việc. Người chỉ rõ: “Cán bộ là "
                "cái dây chuyền của bộ máy. Nếu dây chuyền không tốt, không chạy thì động cơ dù tốt, dù "
                "chạy toàn bộ máy cũng tê liệt”[1]. Vì vậy, công việc thành công hay thất bại đều do cán "
                "bộ tốt hay kém.",
                style="fn",
            ),
            P(
                "Theo Người, người cán bộ phải có đủ cả đức và tài, trong đó đức là gốc. Người cán bộ "
                "cách mạng phải cần, kiệm, liêm, chính, chí công vô tư, gần dân, hiểu dân, học dân và có "
                "trách nhiệm với dân. Công tác huấn luyện cán bộ phải thiết thực, “học đi đôi với hành”, "
                "lý luận gắn liền với thực tế[2].",
                style="fn",
            ),
            P("2. Vận dụng vào công tác đào tạo, bồi dưỡng cán bộ cơ sở ở Sơn La", style="h"),
            P(
                "Sơn La là tỉnh miền núi có 12 dân tộc cùng sinh sống, trình độ phát triển giữa các vùng "
                "còn chênh lệch. Đội ngũ cán bộ cơ sở phần lớn là người dân tộc thiểu số, am hiểu phong "
                "tục, tập quán địa phương nhưng trình độ lý luận chính trị, kỹ năng quản lý hành chính "
                "còn hạn chế. Vận dụng tư tưởng của Người, công tác đào tạo, bồi dưỡng cần tập trung "
                "vào một số giải pháp sau:"
            ),
            P(
                "Thứ nhất, xây dựng chương trình bồi dưỡng sát với vị trí việc làm, tăng thời lượng thảo "
                "luận, xử lý tình huống thực tế tại xã, bản."
            ),
            P(
                "Thứ hai, đa dạng hóa hình thức tổ chức lớp học, mở lớp tại các cụm xã vùng sâu, vùng xa "
                "để cán bộ vừa học vừa làm, giảm chi phí đi lại."
            ),
            P(
                "Thứ ba, nâng cao chất lượng đội ngũ giảng viên, chú trọng giảng viên biết tiếng dân "
                "tộc, thường xuyên đi thực tế cơ sở để bổ sung tư liệu cho bài giảng."
            ),
            P(
                "Thứ tư, làm tốt công tác đánh giá sau đào tạo, lấy kết quả thực hiện nhiệm vụ của học "
                "viên sau khóa học làm thước đo hiệu quả bồi dưỡng."
            ),
            P("Tài liệu tham khảo", style="h"),
            P(
                "[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.54.",
                style="note",
            ),
            P("[2] Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.312.", style="note"),
        ],
        authors=["Lò Văn Hùng"],
        summary=(
            "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là nền tảng lý luận quan trọng để Đảng "
            "ta xây dựng đội ngũ cán bộ các cấp. Bài viết làm rõ một số nội dung cơ bản trong tư tưởng "
            "của Người và đề xuất giải pháp vận dụng vào công tác đào tạo, bồi dưỡng cán bộ cơ sở ở "
            "tỉnh Sơn La hiện nay."
        ),
        sapo_outside=True,
        opts={
            "created": "2026-11-16 10:20",
            "account": "quantri",
            "extra": [("Tác giả", "ThS. Lò Văn Hùng - Phó Trưởng khoa Lý luận cơ sở")],
        },
    ),
    Story(
        263,
        "doan-can-bo-giang-vien-nha-truong-di-nghien-cuu-thuc-te-tai-khu-vuc-moc-chau-van-ho",
        "Đoàn cán bộ, giảng viên nhà Trường đi nghiên cứu thực tế tại khu vực Mộc Châu - Vân Hồ",
        "hoat-dong-nha-truong",
        "2026-11-12",
        [
            P(
                "Thực hiện kế hoạch năm 2026, từ ngày 09 đến ngày 11/11/2026, Trường Chính trị tỉnh tổ "
                "chức cho 32 cán bộ, giảng viên đi nghiên cứu thực tế tại khu vực Mộc Châu - Vân Hồ."
            ),
            P(
                "Tại các địa phương, đoàn đã làm việc với lãnh đạo Đảng ủy, UBND các xã, phường để tìm "
                "hiểu kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, phát "
                "triển du lịch cộng đồng và vận hành chính quyền địa phương hai cấp."
            ),
            Img(
                "/images/stories/2026/11/thuc-te-moc-chau-1.jpg",
                "Đoàn công tác tham quan mô hình trồng chè tại Mộc Châu",
                "Đoàn công tác tham quan mô hình trồng chè tại Mộc Châu",
                style="inline",
            ),
            P(
                "Đoàn đã tham quan mô hình trồng chè, nuôi bò sữa công nghệ cao, bản du lịch cộng đồng "
                "bản Áng và trao đổi với người dân về những đổi thay trong đời sống, sản xuất."
            ),
            Img(
                "/images/stories/2026/11/thuc-te-moc-chau-2.jpg",
                "(Cán bộ, giảng viên trao đổi với lãnh đạo xã về công tác chuyển đổi số)",
                "Cán bộ, giảng viên trao đổi với lãnh đạo xã về công tác chuyển đổi số",
                style="inline",
            ),
            P(
                "Qua đợt nghiên cứu thực tế, đội ngũ giảng viên có thêm nhiều tư liệu sinh động để bổ "
                "sung vào bài giảng, giúp nội dung giảng dạy gắn với thực tiễn địa phương, tăng tính "
                "thuyết phục đối với học viên."
            ),
            P(
                "Kết thúc đợt thực tế, mỗi giảng viên viết bài thu hoạch và đề xuất nội dung vận dụng vào "
                "các chuyên đề được phân công giảng dạy."
            ),
        ],
        authors=["Lò Thị Mai"],
        opts={
            "created": "2026-11-12 00:00",
            "alias_author": "Lò Thị Mai",
        },
    ),
    Story(
        262,
        "thong-bao-chieu-sinh-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-khong-tap-trung-khoa-52",
        "Thông báo chiêu sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 52",
        "dao-tao-boi-duong",
        "2026-11-10",
        [
            Raw("__LETTERHEAD__"),
            P(
                "Căn cứ chương trình đào tạo trung cấp lý luận chính trị của Học viện Chính trị quốc gia "
                "Hồ Chí Minh; căn cứ kế hoạch đào tạo, bồi dưỡng năm 2027 của Trường Chính trị tỉnh Sơn "
                "La,"
            ),
            P(
                "Trường Chính trị tỉnh Sơn La thông báo chiêu sinh lớp Trung cấp lý luận chính trị - "
                "hành chính hệ không tập trung khóa 52 như sau:"
            ),
            P("1. Đối tượng", style="h"),
            P(
                "Cán bộ, công chức, viên chức trong quy hoạch hoặc đang giữ chức vụ trưởng, phó phòng và "
                "tương đương; cán bộ chủ chốt cấp xã; bí thư chi bộ, trưởng bản, tổ trưởng tổ dân phố."
            ),
            P("2. Thời gian, địa điểm", style="h"),
            P(
                "Thời gian học 8 tháng, bắt đầu từ tháng 01/2027; học tập trung 01 tuần mỗi tháng tại "
                "Trường Chính trị tỉnh Sơn La."
            ),
            P("3. Hồ sơ đăng ký", style="h"),
            P("- Công văn cử cán bộ đi học của cơ quan, đơn vị;"),
            P("- Bản sao bằng tốt nghiệp trung học phổ thông và bằng chuyên môn cao nhất;"),
            P("- Sơ yếu lý lịch có xác nhận của cơ quan quản lý."),
            P(
                "Hồ sơ gửi về Phòng Quản lý đào tạo và Nghiên cứu khoa học, Trường Chính trị tỉnh Sơn La "
                "trước ngày 20/12/2026."
            ),
            P(
                "Thông tin chi tiết xin liên hệ Phòng Quản lý đào tạo và Nghiên cứu khoa học, điện thoại "
                f"0212.3852.416, email: {EMAIL_262}",
                style="cloak",
            ),
            Raw("__SIGNATURE__"),
        ],
        authors=["Hoàng Văn Thành"],
        opts={
            "created": "2026-11-11 08:20",
            "account": "quantri",
            "tags": ["Trung cấp LLCT-HC"],
            "doc_no": "Số: 215-TB/TCT",
            "doc_place": "Sơn La, ngày 10 tháng 11 năm 2026",
        },
    ),
    Story(
        261,
        "nang-cao-chat-luong-sinh-hoat-chi-bo-o-vung-dong-bao-dan-toc-thieu-so-tinh-son-la",
        "Nâng cao chất lượng sinh hoạt chi bộ ở vùng đồng bào dân tộc thiểu số tỉnh Sơn La",
        "nghien-cuu-trao-doi",
        "2026-11-05T15:00:00+07:00",
        [
            P("Thực trạng", style="h3"),
            P(
                "Toàn tỉnh hiện có hơn 3.000 chi bộ trực thuộc đảng ủy cơ sở, trong đó phần lớn là chi bộ "
                "bản, tổ dân phố ở vùng đồng bào dân tộc thiểu số. Nhiều chi bộ đã duy trì nền nếp sinh "
                "hoạt định kỳ, bám sát nhiệm vụ chính trị của địa phương, lựa chọn được chuyên đề thiết "
                "thực như phát triển kinh tế hộ gia đình, giữ gìn an ninh trật tự, xóa bỏ hủ tục."
            ),
            P(
                "Bên cạnh đó, một số chi bộ sinh hoạt còn hình thức, nội dung chung chung, chủ yếu phổ "
                "biến văn bản cấp trên; tỷ lệ đảng viên tham gia phát biểu ý kiến thấp; việc tự phê bình "
                "và phê bình chưa thường xuyên. Năng lực của một bộ phận bí thư chi bộ còn hạn chế, nhất "
                "là kỹ năng chuẩn bị nội dung và điều hành sinh hoạt."
            ),
            P("Một số giải pháp", style="h3"),
            P(
                "Nâng cao nhận thức của cấp ủy, đảng viên về vị trí, vai trò của sinh hoạt chi bộ;",
                style="li",
            ),
            P(
                "Chuẩn bị kỹ nội dung, lựa chọn vấn đề nổi cộm ở bản để thảo luận, quyết nghị;",
                style="li",
            ),
            P(
                "Bồi dưỡng kỹ năng cho bí thư chi bộ, sử dụng tiếng dân tộc trong sinh hoạt khi cần "
                "thiết;",
                style="li",
            ),
            P(
                "Tăng cường kiểm tra, giám sát, đưa kết quả sinh hoạt chi bộ vào đánh giá, xếp loại tổ "
                "chức đảng hằng năm.",
                style="li",
            ),
            P(
                "Đổi mới, nâng cao chất lượng sinh hoạt chi bộ là nhiệm vụ thường xuyên, lâu dài. Làm tốt "
                "nhiệm vụ này sẽ góp phần củng cố niềm tin của đồng bào các dân tộc với Đảng, xây dựng "
                "hệ thống chính trị cơ sở vững mạnh."
            ),
        ],
        authors=["Cầm Văn Đôn"],
        source="Tạp chí Xây dựng Đảng",
        summary=(
            "Những năm qua, các cấp ủy trong tỉnh đã quan tâm đổi mới nội dung, hình thức sinh hoạt "
            "chi bộ, nhất là ở các bản vùng cao, vùng đồng bào dân tộc thiểu số. Tuy vậy, chất lượng "
            "sinh hoạt ở nhiều chi bộ vẫn còn hạn chế, cần có giải pháp khắc phục."
        ),
        sapo_outside=True,
        opts={
            "created": "2026-11-05 15:00",
            "account": "quantri",
            "extra": [
                ("Tác giả", "TS. Cầm Văn Đôn - Trưởng khoa Xây dựng Đảng"),
                ("Nguồn", "Tạp chí Xây dựng Đảng"),
            ],
        },
    ),
    Story(
        259,
        "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        "Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
        "hoat-dong-nha-truong",
        "2026-10-28T09:15:00+07:00",
        [
            P(
                "Từ ngày 20 đến ngày 27/10/2026, Trường Chính trị tỉnh Sơn La tổ chức Hội thi giảng viên "
                "dạy giỏi cấp Trường năm 2026 với sự tham gia của 14 giảng viên thuộc 4 khoa chuyên môn.",
                style="bold",
            ),
            P(
                "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ sư phạm của đội ngũ giảng viên; "
                "phát hiện, nhân rộng những cách làm hay trong đổi mới phương pháp giảng dạy; đồng thời "
                "lựa chọn giảng viên tiêu biểu tham dự Hội thi giảng viên dạy giỏi toàn quốc năm 2027."
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng 45 phút theo đề tài tự chọn trong chương trình "
                "trung cấp lý luận chính trị - hành chính. Ban Giám khảo gồm các đồng chí trong Ban Giám "
                "hiệu, trưởng các khoa và chuyên gia của Học viện Chính trị khu vực I."
            ),
            P(
                "Nhiều bài giảng được chuẩn bị công phu, ứng dụng công nghệ thông tin hiệu quả, sử dụng "
                "tình huống thực tiễn của tỉnh để minh họa, tạo hứng thú cho học viên."
            ),
            P(
                "Kết quả, Ban Tổ chức trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 04 giải Khuyến "
                "khích. Các giải cao gồm:"
            ),
            P("Giải | Giảng viên | Khoa", style="tr"),
            P("Nhất | Đinh Thị Ngọc Ánh | Nhà nước và Pháp luật", style="tr"),
            P("Nhì | Lò Văn Hùng | Lý luận cơ sở", style="tr"),
            P("Nhì | Vì Thị Xuân | Xây dựng Đảng", style="tr"),
            P(
                "Hội thi đã thực sự trở thành đợt sinh hoạt chuyên môn bổ ích, góp phần nâng cao chất "
                "lượng đội ngũ giảng viên nhà Trường trong giai đoạn mới."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng QLĐT&amp;NCKH</strong></p>'),
        ],
        authors=["Phòng QLĐT&NCKH"],
        summary=(
            "Từ ngày 20 đến ngày 27/10/2026, Trường Chính trị tỉnh Sơn La tổ chức Hội thi giảng viên "
            "dạy giỏi cấp Trường năm 2026 với sự tham gia của 14 giảng viên thuộc 4 khoa chuyên môn."
        ),
        opts={
            "created": "2026-10-28 09:15",
            "account": "quantri",
            "tags": ["Nhà giáo Việt Nam"],
            "comments": [
                (
                    "Nguyễn Thị Hằng",
                    "2026-10-29 07:12",
                    "Chúc mừng các thầy cô đạt giải! Mong nhà Trường chia sẻ video các bài giảng hay "
                    "để học viên các lớp được tham khảo.",
                )
            ],
        },
    ),
    Story(
        257,
        "be-giang-lop-boi-duong-can-bo-cong-chuc-cap-xa-nam-2026",
        "Bế giảng lớp Bồi dưỡng cán bộ, công chức cấp xã năm 2026",
        "dao-tao-boi-duong",
        "2026-10-23T16:20:00+07:00",
        [
            Img(
                k2img(257, "L"),
                "Trao giấy chứng nhận hoàn thành khóa học cho các học viên",
                "Trao giấy chứng nhận hoàn thành khóa học cho các học viên",
                style="k2main",
            ),
            P(
                "Sau 3 tuần học tập, các học viên đã được trang bị kiến thức về quản lý nhà nước ở cấp "
                "xã, kỹ năng soạn thảo văn bản hành chính, tiếp công dân, giải quyết đơn thư khiếu nại, "
                "tố cáo và ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính."
            ),
            Raw("__LOADPOSITION__"),
            P(
                "Kết quả, 100% học viên hoàn thành chương trình, trong đó 31 học viên đạt loại giỏi, 52 "
                "học viên đạt loại khá, 3 học viên đạt loại trung bình."
            ),
            P(
                "Phát biểu bế giảng, lãnh đạo nhà Trường ghi nhận tinh thần học tập nghiêm túc của học "
                "viên và mong muốn sau khóa học, mỗi học viên tiếp tục tự học, vận dụng kiến thức vào "
                "thực tiễn công tác, phục vụ Nhân dân ngày càng tốt hơn."
            ),
            P(
                "Dịp này, nhà Trường tặng Giấy khen cho 5 học viên có thành tích xuất sắc trong học tập "
                "và rèn luyện."
            ),
        ],
        authors=["Vì Thị Xuân"],
        summary=(
            "Chiều 22/10/2026, Trường Chính trị tỉnh Sơn La tổ chức bế giảng lớp Bồi dưỡng cán bộ, "
            "công chức cấp xã năm 2026 cho 86 học viên là công chức các xã khu vực Thuận Châu, Quỳnh "
            "Nhai."
        ),
        sapo_outside=True,
        opts={
            "created": "2026-10-23 16:20",
            "account": "quantri",
            "extra": [("Tác giả", "Vì Thị Xuân")],
        },
    ),
    Story(
        256,
        "mot-so-kinh-nghiem-doi-moi-phuong-phap-giang-day-ly-luan-chinh-tri-theo-huong-tich-cuc",
        "Một số kinh nghiệm đổi mới phương pháp giảng dạy lý luận chính trị theo hướng tích cực",
        "nghien-cuu-trao-doi",
        "2026-10-21T14:10:00+07:00",
        [
            P(
                "Đổi mới phương pháp giảng dạy là yêu cầu cấp thiết để nâng cao chất lượng đào tạo, bồi "
                "dưỡng lý luận chính trị. Học viên của Trường Chính trị tỉnh là những người đã trưởng "
                "thành, có kinh nghiệm thực tiễn, vì vậy phương pháp thuyết trình một chiều không còn phù "
                "hợp."
            ),
            P(
                "Qua thực tế giảng dạy tại Trường Chính trị tỉnh Sơn La, chúng tôi rút ra một số kinh "
                "nghiệm sau:"
            ),
            P(
                "Một là, giảng viên cần chuẩn bị hệ thống câu hỏi gợi mở, gắn với tình huống thực tế ở "
                "cơ sở để học viên thảo luận, tranh luận và tự rút ra kết luận."
            ),
            P(
                "Hai là, kết hợp linh hoạt các phương pháp: thuyết trình nêu vấn đề, làm việc nhóm, "
                "nghiên cứu tình huống, đóng vai; sử dụng sơ đồ tư duy để hệ thống hóa kiến thức sau mỗi "
                "chuyên đề."
            ),
            P(
                "Ba là, ứng dụng công nghệ thông tin hợp lý, tránh lạm dụng trình chiếu chữ; khai thác tư "
                "liệu hình ảnh, phim tư liệu về thành tựu phát triển của tỉnh để minh họa."
            ),
            P(
                "“Học để làm việc, làm người, làm cán bộ. Học để phụng sự Đoàn thể, giai cấp và nhân "
                "dân, Tổ quốc và nhân loại”.",
                style="quote",
            ),
            P(
                "Lời dạy của Chủ tịch Hồ Chí Minh vẫn còn nguyên giá trị, đòi hỏi mỗi giảng viên phải "
                "giúp học viên thấy được ý nghĩa thực tiễn của từng nội dung lý luận."
            ),
            P(
                "Bốn là, đổi mới kiểm tra, đánh giá theo hướng yêu cầu học viên vận dụng kiến thức giải "
                "quyết vấn đề thực tiễn ở địa phương, đơn vị mình, hạn chế kiểm tra ghi nhớ máy móc."
            ),
        ],
        authors=["Đinh Thị Ngọc Ánh"],
        opts={
            "created": "2026-10-21 14:10",
            "account": "quantri",
            "word": True,
            "extra": [("Tác giả", "ThS. Đinh Thị Ngọc Ánh, Giảng viên Khoa Nhà nước và Pháp luật")],
        },
    ),
    Story(
        255,
        "chi-bo-khoa-xay-dung-dang-to-chuc-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        "Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm 2026",
        "hoat-dong-nha-truong",
        "2026-10-19T15:40:00+07:00",
        [
            P(
                "Ngày 16/10/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ "
                "đề “Nâng cao tinh thần trách nhiệm, phát huy vai trò tiên phong, gương mẫu của đảng viên "
                "trong thực hiện nhiệm vụ chuyên môn”."
            ),
            Img(
                "/images/stories/2026/10/chi-bo-xdd-sinh-hoat.jpg",
                "Ảnh: Vì Thị Xuân",
                None,
                style="inline",
            ),
            P(
                "Tại buổi sinh hoạt, đồng chí Bí thư chi bộ đã quán triệt những nội dung cơ bản của Quy "
                "định về trách nhiệm nêu gương của cán bộ, đảng viên; đồng thời đánh giá kết quả thực "
                "hiện nhiệm vụ chính trị của chi bộ 9 tháng đầu năm."
            ),
            P(
                "Các đảng viên thẳng thắn trao đổi về những khó khăn trong giảng dạy, nghiên cứu khoa học, "
                "đề xuất nhiều giải pháp thiết thực như tăng cường dự giờ, trao đổi chuyên môn, đăng ký "
                "đề tài nghiên cứu gắn với thực tiễn công tác xây dựng Đảng ở cơ sở."
            ),
            P(
                "Kết thúc buổi sinh hoạt, chi bộ thống nhất ban hành nghị quyết chuyên đề với 5 nhóm "
                "nhiệm vụ trọng tâm cần thực hiện trong quý IV và những tháng đầu năm 2027."
            ),
        ],
        photographers=["Vì Thị Xuân"],
        opts={
            "created": "2026-10-19 15:40",
            "account": "quantri",
            "enc": "nfd",
        },
    ),
    Story(
        252,
        "gia-tri-ly-luan-va-thuc-tien-cua-nghi-quyet-dai-hoi-xiv-cua-dang-ve-phat-trien-van-hoa",
        "Giá trị lý luận và thực tiễn của Nghị quyết Đại hội XIV của Đảng về phát triển văn hóa, con "
        "người Việt Nam",
        "nghien-cuu-trao-doi",
        "2026-10-12T09:30:00+07:00",
        [
            P(
                "Kế thừa quan điểm của các kỳ đại hội trước, Văn kiện Đại hội XIV nhấn mạnh yêu cầu xây "
                "dựng, phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất "
                "nước, khơi dậy khát vọng phát triển, tinh thần tự lực, tự cường dân tộc."
            ),
            P(
                "Về giá trị lý luận, các quan điểm của Đại hội làm sâu sắc thêm nhận thức về mối quan hệ "
                "giữa phát triển văn hóa với phát triển kinh tế, xã hội; coi con người là trung tâm, chủ "
                "thể, nguồn lực quan trọng nhất của sự phát triển."
            ),
            P(
                "Về giá trị thực tiễn, Nghị quyết là cơ sở để các địa phương, nhất là các tỉnh miền núi "
                "đa dân tộc như Sơn La, xây dựng chương trình bảo tồn, phát huy bản sắc văn hóa các dân "
                "tộc gắn với phát triển du lịch, xây dựng nông thôn mới."
            ),
            P(
                "Thời gian tới, tỉnh cần tiếp tục quan tâm đầu tư thiết chế văn hóa cơ sở, hỗ trợ các câu "
                "lạc bộ văn hóa dân gian, đưa nội dung giáo dục văn hóa truyền thống vào trường học và "
                "các lớp bồi dưỡng cán bộ."
            ),
            P(
                "Đối với Trường Chính trị tỉnh, việc nghiên cứu, giảng dạy sâu các quan điểm này giúp "
                "học viên nâng cao nhận thức, vận dụng sáng tạo vào công tác lãnh đạo, quản lý ở địa "
                "phương, đơn vị."
            ),
        ],
        authors=["Hà Thị Thu Hương", "Vì Văn Tuấn"],
        summary=(
            "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng tiếp tục khẳng định văn hóa là nền tảng "
            "tinh thần của xã hội, vừa là mục tiêu, vừa là động lực phát triển. Bài viết phân tích một "
            "số giá trị lý luận, thực tiễn của quan điểm này đối với tỉnh Sơn La."
        ),
        sapo_outside=True,
        opts={
            "created": "2026-10-12 09:30",
            "account": "quantri",
            "extra": [("Tác giả", "ThS. Hà Thị Thu Hương; CN. Vì Văn Tuấn")],
        },
    ),
    Story(
        251,
        "hoi-thao-can-bo-vien-chuc-nguoi-lao-dong-chao-mung-ngay-truyen-thong-nha-truong",
        "Hội thao cán bộ, viên chức, người lao động chào mừng Ngày truyền thống nhà Trường",
        "hoat-dong-nha-truong",
        "2026-10-08T10:00:00+07:00",
        [
            Img(
                k2img(251, "L"),
                "Các vận động viên tham gia nội dung thi kéo co",
                "Các vận động viên tham gia nội dung thi kéo co",
                style="k2main",
            ),
            P(
                "Hướng tới kỷ niệm Ngày truyền thống nhà Trường, trong hai ngày 06 và 07/10/2026, Công "
                "đoàn Trường Chính trị tỉnh Sơn La phối hợp với Chi đoàn tổ chức Hội thao cán bộ, viên "
                "chức, người lao động năm 2026.",
                style="bold",
            ),
            P(
                "Hội thao thu hút hơn 70 vận động viên đến từ 8 khoa, phòng tham gia tranh tài ở các nội "
                "dung: bóng chuyền hơi, cầu lông, kéo co, bắn nỏ và ném còn."
            ),
            P(
                "Các trận đấu diễn ra sôi nổi, hấp dẫn trên tinh thần đoàn kết, trung thực, cao thượng. "
                "Đặc biệt, nội dung bắn nỏ và ném còn – những môn thể thao truyền thống của đồng bào "
                "vùng cao – thu hút đông đảo cổ động viên."
            ),
            P(
                "Kết thúc Hội thao, Ban Tổ chức trao 15 giải cho các tập thể, cá nhân; giải Nhất toàn "
                "đoàn thuộc về Khoa Xây dựng Đảng."
            ),
            Raw('<p style="text-align: right;"><em>Tin: Quàng Văn Thắng - Ảnh: Cầm Thị Lan</em></p>'),
        ],
        authors=["Quàng Văn Thắng"],
        photographers=["Cầm Thị Lan"],
        summary=(
            "Hướng tới kỷ niệm Ngày truyền thống nhà Trường, trong hai ngày 06 và 07/10/2026, Công "
            "đoàn Trường Chính trị tỉnh Sơn La phối hợp với Chi đoàn tổ chức Hội thao cán bộ, viên "
            "chức, người lao động năm 2026."
        ),
        opts={
            "created": "2026-10-08 10:00",
            "account": "Ban Biên tập",
            "enc": "entities",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
CAT_OF_MENU = {alias: cid for cid, (alias, _n, _i) in CATS.items()}
for _s in STORIES:
    _s.opts["catid"] = CAT_OF_MENU[_s.cat]
    _s.opts["hits"] = _s.views()

#: items in newest-first order, as K2 lists them (ordering by date created, descending)
NEWEST = sorted(STORIES, key=lambda s: s.opts["created"], reverse=True)
#: items the vendor's boxes link with non-SEF URLs
HOME_NEWS = [268, 267, 266, 265]
MOST_READ = [263, 259, 268]


def item_path(s: Story) -> str:
    return f"/index.php/{s.cat}/item/{s.id}-{s.slug}"


def nonsef_path(s: Story) -> str:
    return f"/index.php?option=com_k2&view=item&id={s.id}:{s.slug}&Itemid={HOME_ITEMID}"


def print_path(s: Story) -> str:
    return item_path(s) + "?tmpl=component&print=1"


# --- the non-articles: K2 items in other categories, and the contact page --------------------


class Page:
    """A K2 item that is not an article (intro page, document entry, album, clip)."""

    def __init__(self, id, slug, title, catid, created, body, menu_path=None, extra=(),
                 attachments=(), gallery=(), video=None):
        self.id, self.slug, self.title, self.catid = id, slug, title, catid
        self.created, self.body, self.menu_path = created, body, menu_path
        self.extra, self.attachments, self.gallery, self.video = extra, attachments, gallery, video

    @property
    def path(self) -> str:
        if self.menu_path:
            return self.menu_path
        return f"/index.php/{CATS[self.catid][0]}/item/{self.id}-{self.slug}"


PAGES = [
    Page(
        5, "lich-su-truyen-thong", "Lịch sử truyền thống", 1, "2014-03-10 09:00",
        "<p style=\"text-align: justify;\">Trường Chính trị tỉnh Sơn La tiền thân là Trường Đảng "
        "khu tự trị Thái - Mèo, được thành lập ngày 10/10/1959. Trải qua hơn 60 năm xây dựng và "
        "trưởng thành, Trường đã nhiều lần đổi tên, sáp nhập cho phù hợp với yêu cầu nhiệm vụ của "
        "từng thời kỳ.</p>\n<p style=\"text-align: justify;\">Qua các thời kỳ, nhà Trường đã đào "
        "tạo, bồi dưỡng hàng vạn lượt cán bộ, đảng viên cho hệ thống chính trị các cấp của tỉnh. "
        "Nhiều học viên đã trưởng thành, giữ các cương vị lãnh đạo chủ chốt của tỉnh.</p>\n"
        "<p style=\"text-align: justify;\">Với những thành tích đạt được, Trường đã được Đảng, Nhà "
        "nước tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba và nhiều phần thưởng "
        "cao quý khác.</p>",
        menu_path="/index.php/lich-su-truyen-thong",
    ),
    Page(
        6, "chuc-nang-nhiem-vu", "Chức năng, nhiệm vụ", 1, "2014-03-10 09:20",
        "<p><strong>Chức năng</strong></p>\n<p>Trường Chính trị tỉnh Sơn La là cơ sở đào tạo, bồi "
        "dưỡng lý luận chính trị cho cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; "
        "nghiên cứu khoa học về lý luận chính trị, tổng kết thực tiễn địa phương.</p>\n"
        "<p><strong>Nhiệm vụ</strong></p>\n<ul>\n<li>Đào tạo trung cấp lý luận chính trị - hành "
        "chính;</li>\n<li>Bồi dưỡng cán bộ, công chức, viên chức theo phân cấp;</li>\n<li>Bồi "
        "dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4;</li>\n<li>Nghiên cứu khoa học, "
        "tổng kết thực tiễn.</li>\n</ul>",
        menu_path="/index.php/chuc-nang-nhiem-vu",
    ),
    Page(
        7, "co-cau-to-chuc", "Cơ cấu tổ chức", 1, "2014-03-11 14:00",
        "<table border=\"1\" cellpadding=\"4\" style=\"width: 100%; border-collapse: collapse;\">"
        "<tbody><tr><td><strong>Ban Giám hiệu</strong></td><td>Hiệu trưởng, các Phó Hiệu trưởng"
        "</td></tr><tr><td><strong>Các phòng</strong></td><td>Phòng Tổ chức - Hành chính; Phòng "
        "Quản lý đào tạo và Nghiên cứu khoa học</td></tr><tr><td><strong>Các khoa</strong></td>"
        "<td>Khoa Xây dựng Đảng; Khoa Lý luận cơ sở; Khoa Nhà nước và Pháp luật; Khoa Dân vận"
        "</td></tr></tbody></table>",
        menu_path="/index.php/co-cau-to-chuc",
    ),
    Page(
        30, "quyet-dinh-so-245-qd-tct-ban-hanh-quy-che-dao-tao-boi-duong",
        "Quyết định số 245-QĐ/TCT ban hành Quy chế đào tạo, bồi dưỡng của Trường Chính trị tỉnh",
        5, "2026-11-18 10:40",
        "<p>Quyết định số 245-QĐ/TCT ngày 17/11/2026 của Hiệu trưởng Trường Chính trị tỉnh Sơn "
        "La về việc ban hành Quy chế đào tạo, bồi dưỡng.</p>",
        extra=[("Số ký hiệu", "245-QĐ/TCT"), ("Ngày ban hành", "17/11/2026"),
               ("Người ký", "Hoàng Văn Thành")],
        attachments=[(12, "QD-245-QC-dao-tao.pdf", 57)],
    ),
    Page(
        28, "ke-hoach-so-98-kh-tct-dao-tao-boi-duong-nam-2027",
        "Kế hoạch số 98-KH/TCT về đào tạo, bồi dưỡng năm 2027",
        5, "2026-11-02 15:05",
        "<p>Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Trường Chính trị tỉnh Sơn La (kèm "
        "phụ lục danh mục lớp học).</p>",
        extra=[("Số ký hiệu", "98-KH/TCT"), ("Ngày ban hành", "30/10/2026"),
               ("Người ký", "Hoàng Văn Thành")],
        attachments=[(11, "KH-98-DTBD-2027.pdf", 112)],
    ),
    Page(
        41, "anh-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Ảnh: Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", 6, "2026-11-21 09:00",
        "",
        gallery=[f"/media/k2/galleries/41/anh-20-11-{n:02d}.jpg" for n in range(1, 5)],
    ),
    Page(
        40, "clip-truong-chinh-tri-tinh-son-la-65-nam-xay-dung-va-truong-thanh",
        "Clip: Trường Chính trị tỉnh Sơn La - hơn 65 năm xây dựng và trưởng thành", 6,
        "2026-10-09 08:00",
        "",
        video="https://www.youtube.com/embed/Xq1tct5onLa",
    ),
]
PAGES_BY_ID = {p.id: p for p in PAGES}
CONTACT_PATH = "/index.php/lien-he"

# --- chrome ----------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    (None, "Giới thiệu", [
        ("/index.php/lich-su-truyen-thong", "Lịch sử truyền thống"),
        ("/index.php/chuc-nang-nhiem-vu", "Chức năng, nhiệm vụ"),
        ("/index.php/co-cau-to-chuc", "Cơ cấu tổ chức"),
    ]),
    ("/index.php/tin-tuc", "Tin tức", [
        ("/index.php/hoat-dong-nha-truong", "Hoạt động của Trường"),
        ("/index.php/dao-tao-boi-duong", "Đào tạo - Bồi dưỡng"),
    ]),
    ("/index.php/nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", []),
    ("/index.php/van-ban-tai-lieu", "Văn bản - Tài liệu", []),
    ("/index.php/thu-vien-anh", "Thư viện ảnh - Video", []),
    (CONTACT_PATH, "Liên hệ", []),
]


def _menu_html(active: str) -> str:
    out = ['<ul class="menu-ngang" id="mn-chinh">']
    for n, (href, label, kids) in enumerate(MENU, start=101):
        cls = f"item-{n}" + (" deeper parent" if kids else "")
        if active in {href, *(k[0] for k in kids)}:
            cls += " active"
        if href:
            out.append(f'<li class="{cls}"><a href="{href}" >{esc(label)}</a>')
        else:
            out.append(f'<li class="{cls}"><span class="separator">{esc(label)}</span>')
        if kids:
            out.append("<ul>")
            for m, (khref, klabel) in enumerate(kids, start=n * 10):
                out.append(f'<li class="item-{m}"><a href="{khref}" >{esc(klabel)}</a></li>')
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def _most_read() -> str:
    rows = []
    for i in MOST_READ:
        s = BY_ID[i]
        href = esc(nonsef_path(s))
        rows.append(
            f'<li><a href="{href}">{esc(s.title)}</a> <span class="luotxem">({s.opts["hits"]})'
            "</span></li>"
        )
    return (
        '<div class="moduletable_docnhieu"><h3 class="tieude-mod">Đọc nhiều nhất</h3>'
        f'<ul class="ds-docnhieu">{"".join(rows)}</ul></div>'
    )


def _right_column() -> str:
    return f"""
<div id="cot-phai">
  {_most_read()}
  <div class="moduletable_lienket"><h3 class="tieude-mod">Liên kết website</h3>
    <select name="lk" onchange="if(this.value!='') window.open(this.value,'_blank');" style="width:95%">
      <option value="">-- Chọn liên kết --</option>
      <option value="http://www.sonla.gov.vn">Cổng TTĐT tỉnh Sơn La</option>
      <option value="http://www.sonla.dcs.vn">Đảng bộ tỉnh Sơn La</option>
      <option value="http://www.hcma.vn">Học viện CTQG Hồ Chí Minh</option>
      <option value="http://baosonla.org.vn">Báo Sơn La</option>
    </select>
  </div>
  <div class="moduletable_tdy"><h3 class="tieude-mod">Thăm dò ý kiến</h3>
    <form action="/index.php" method="post" name="form2" class="poll">
      <p class="cauhoi">Bạn đánh giá thế nào về giao diện website mới của Trường?</p>
      <label><input type="radio" name="voteid" value="1" /> Đẹp, dễ sử dụng</label><br />
      <label><input type="radio" name="voteid" value="2" /> Bình thường</label><br />
      <label><input type="radio" name="voteid" value="3" /> Cần cải tiến</label><br />
      <input type="submit" name="task_button" class="button" value="Bình chọn" />
      <input type="hidden" name="option" value="com_poll" />
      <input type="hidden" name="task" value="vote" />
      <input type="hidden" name="id" value="14" />
    </form>
  </div>
  <div class="moduletable_tk"><h3 class="tieude-mod">Thống kê truy cập</h3>
    <div id="vvisit_counter"><table cellpadding="0" cellspacing="0" style="width:90%">
      <tr><td><img src="/modules/mod_vvisit_counter/images/vtoday.png" alt="" /></td><td>Hôm nay</td><td align="right">214</td></tr>
      <tr><td><img src="/modules/mod_vvisit_counter/images/vyesterday.png" alt="" /></td><td>Hôm qua</td><td align="right">389</td></tr>
      <tr><td><img src="/modules/mod_vvisit_counter/images/vall.png" alt="" /></td><td>Tổng truy cập</td><td align="right">1.286.530</td></tr>
    </table>
    <div>Đang online: 17</div></div>
  </div>
</div>"""


def _breadcrumbs(trail: list[tuple[str | None, str]]) -> str:
    sep = f' <img src="{TPL}/images/system/arrow.png" alt=""  /> '
    parts = ['<a href="/" class="pathway">Trang chủ</a>']
    for href, label in trail:
        parts.append(f'<a href="{href}" class="pathway">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return f'<div class="breadcrumbs"><span class="showHere">Bạn đang ở: </span>{sep.join(parts)}</div>'


def layout(request: Request, title: str, center: str, trail, active: str, head: str = "") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
  <base href="{esc(base + request.path)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="truong chinh tri son la, ly luan chinh tri, dao tao boi duong can bo" />
  <meta name="rights" content="{SITE}" />
{head}  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(title)} - {SITE}</title>
  <link href="{TPL}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link rel="stylesheet" href="/components/com_k2/css/k2.css" type="text/css" />
  <link rel="stylesheet" href="{TPL}/css/template.css" type="text/css" />
  <script src="/media/system/js/mootools-core.js" type="text/javascript"></script>
  <script src="/media/system/js/core.js" type="text/javascript"></script>
  <script src="/media/system/js/modal.js" type="text/javascript"></script>
  <script src="/components/com_k2/js/k2.js?v2.6.8&amp;sitepath=/" type="text/javascript"></script>
  <script type="text/javascript">
window.addEvent('domready', function() {{ SqueezeBox.initialize({{}}); SqueezeBox.assign($$('a.modal'), {{ parse: 'rel' }}); }});
  </script>
</head>
<body class="trang-con">
<div id="bao-ngoai">
  <div id="dau-trang">
    <a href="/"><img src="{TPL}/images/banner_tct_2014.jpg" alt="{SITE}" width="1000" height="150" /></a>
    <div class="ngay-gio">Thứ Bảy, 05/12/2026</div>
    <form action="/index.php" method="post" class="tim-kiem">
      <input name="searchword" id="mod-search-searchword" maxlength="20" class="inputbox" type="text" size="20" value="Tìm kiếm..." onblur="if (this.value=='') this.value='Tìm kiếm...';" onfocus="if (this.value=='Tìm kiếm...') this.value='';" />
      <input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="101" />
    </form>
  </div>
  <div id="thanh-menu">{_menu_html(active)}</div>
  <div id="chay-chu"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">
    <a href="{item_path(BY_ID[262])}">THÔNG BÁO: Chiêu sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 52</a>
  </marquee></div>
  <div id="duong-dan">{_breadcrumbs(trail)}</div>
  <div id="than-trang">
    <div id="khung-giua">
{center}
    </div>
{_right_column()}
    <div class="clr"></div>
  </div>
  <div id="chan-trang">
    <p><strong>TRƯỜNG CHÍNH TRỊ TỈNH SƠN LA</strong></p>
    <p>Địa chỉ: Số 86, đường Lò Văn Giá, phường Tô Hiệu, tỉnh Sơn La</p>
    <p>Điện thoại: 0212.3852.416 - Fax: 0212.3852.417 - Email: truongchinhtri@sonla.gov.vn</p>
    <p>Chịu trách nhiệm nội dung: Phó Hiệu trưởng phụ trách Trường</p>
    <p>Copyright &copy; 2014 {SITE}. Thiết kế bởi <a href="http://www.vntsoft.vn" target="_blank">VNTSoft</a></p>
  </div>
</div>
</body>
</html>"""


# --- article markup --------------------------------------------------------------------------


def _encode(s: Story, markup: str) -> str:
    enc = s.opts.get("enc")
    if enc == "nfd":
        return unicodedata.normalize("NFD", markup)
    if enc == "entities":
        return entity_mix(markup)
    return markup


def cloak(email: str, seed: int) -> str:
    """Joomla 2.5's plg_content_emailcloak (mode 1): the address written by script."""

    def vowels(part: str) -> str:
        for v in "aeiou":
            part = part.replace(v, f"&#{ord(v)};")
        return part

    user, domain = email.split("@")
    num = 30000 + seed * 7
    dom = "' + '&#46;' + '".join(vowels(p) for p in domain.split("."))
    return (
        "\n <script type='text/javascript'>\n <!--\n"
        " var prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        " var path = 'hr' + 'ef' + '=';\n"
        f" var addy{num} = '{vowels(user)}' + '&#64;';\n"
        f" addy{num} = addy{num} + '{dom}';\n"
        f" document.write('<a ' + path + '\\'' + prefix + ':' + addy{num} + '\\'>');\n"
        f" document.write(addy{num});\n"
        " document.write('<\\/a>');\n //-->\n </script><script type='text/javascript'>\n <!--\n"
        " document.write('<span style=\\'display: none;\\'>');\n //-->\n </script>"
        "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần bật JavaScript để "
        "xem nó.\n <script type='text/javascript'>\n <!--\n document.write('</');\n"
        " document.write('span>');\n //-->\n </script>"
    )


def _p_open(s: Story, extra_style: str = "") -> str:
    if s.opts.get("word"):
        return (
            '<p class="MsoNormal" style="text-align: justify; text-indent: 36pt; line-height: 150%;'
            f'{extra_style}"><span style="font-size: 14pt; font-family: \'Times New Roman\',\'serif\';">'
        )
    return f'<p style="text-align: justify;{extra_style}">'


def _p_close(s: Story) -> str:
    return "<o:p></o:p></span></p>" if s.opts.get("word") else "</p>"


def _inline_img(s: Story, img: Img) -> str:
    alt = esc(img.caption or s.title)
    out = (
        f'<p style="text-align: center;"><img src="{img.src}" alt="{alt}" width="500" height="333" '
        'style="border: 1px solid #cccccc;" /></p>'
    )
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def _footnoted(value: str) -> str:
    """Word's footnote calls: "[1]" kept as printed, inside a link to the note."""
    return re.sub(
        r"\[(\d)\]",
        lambda m: f'<a href="#_ftn{m.group(1)}" name="_ftnref{m.group(1)}" title="">[{m.group(1)}]</a>',
        esc(value),
    )


def text_html(s: Story, blocks) -> str:
    """The markup of the editor's text (intro or full text), page order."""
    out: list[str] = []
    i = 0
    blocks = list(blocks)
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_special_raw(s, b.html))
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "inline":
                out.append(_inline_img(s, b))
            i += 1
            continue
        st = b.style
        if st == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append('<ul style="text-align: justify;">' + "".join(items) + "</ul>")
            continue
        if st == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "td"
                if first:
                    row = "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in cells)
                else:
                    row = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells)
                rows.append(f"<tr>{row}</tr>")
                first = False
                i += 1
            out.append(
                '<table border="1" cellspacing="0" cellpadding="3" align="center" style="width: 90%;">'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(nxt, P) and nxt.style == "br":
            out.append(f'{_p_open(s)}{esc(b.text)}<br />\n{esc(nxt.text)}{_p_close(s)}')
            i += 2
            continue
        if st == "h":
            out.append(f"{_p_open(s)}<strong>{esc(b.text)}</strong>{_p_close(s)}")
        elif st == "h3":
            out.append(f'<h3 style="font-size: 13px;">{esc(b.text)}</h3>')
        elif st == "bold":
            out.append(f"{_p_open(s)}<strong>{esc(b.text)}</strong>{_p_close(s)}")
        elif st == "quote":
            out.append(f'<blockquote><p><em>{esc(b.text)}</em></p></blockquote>')
        elif st == "fn":
            out.append(f"{_p_open(s)}{_footnoted(b.text)}{_p_close(s)}")
        elif st == "note":
            num = b.text[1]
            rest = esc(b.text[3:])
            out.append(
                f'<p style="text-align: justify; font-size: 11px;"><a href="#_ftnref{num}" '
                f'name="_ftn{num}" title="">[{num}]</a> {rest}</p>'
            )
        elif st == "cloak":
            before, after = b.text.split(EMAIL_262)
            out.append(f"{_p_open(s)}{esc(before)}{cloak(EMAIL_262, s.id)}{esc(after)}{_p_close(s)}")
        else:
            out.append(f"{_p_open(s)}{esc(b.text)}{_p_close(s)}")
        if s.opts.get("word") and st == "":
            out.append('<p class="MsoNormal" style="text-align: justify;">&nbsp;</p>')
        i += 1
    return _encode(s, "\n".join(out))


def _special_raw(s: Story, markup: str) -> str:
    if markup == "__LETTERHEAD__":
        return f"""<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;">
<tbody>
<tr><td style="text-align: center; width: 45%;"><strong>TỈNH ỦY SƠN LA</strong><br />
<strong>TRƯỜNG CHÍNH TRỊ</strong><br />*<br />{esc(s.opts["doc_no"])}</td>
<td style="text-align: center;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br /><br />
<em>{esc(s.opts["doc_place"])}</em></td></tr>
</tbody></table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>
<p style="text-align: center;"><strong>Chiêu sinh lớp Trung cấp lý luận chính trị - hành chính<br />
hệ không tập trung khóa 52</strong></p>
<p style="text-align: center;">-----</p>"""
    if markup == "__SIGNATURE__":
        return """<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;">
<tbody><tr>
<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />
- Ban Tổ chức Tỉnh ủy (b/c);<br />- Các sở, ban, ngành, đoàn thể tỉnh;<br />
- Đảng ủy, UBND các xã, phường;<br />- Lưu VT, QLĐT&amp;NCKH.</td>
<td style="text-align: center; vertical-align: top;"><strong>KT. HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG</strong><br />
<br /><em>(Đã ký)</em><br /><br /><strong>Hoàng Văn Thành</strong></td>
</tr></tbody></table>"""
    if markup == "__LOADPOSITION__":
        rows = "".join(
            f'<li class="{"even" if n % 2 else "odd"}"><a class="moduleItemTitle" '
            f'href="{item_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>'
            for n, i in enumerate((267, 262), start=1)
        )
        return (
            '<div class="moduletable_tinlq"><h3>Tin cùng chuyên mục</h3>'
            f'<div id="k2ModuleBox131" class="k2ItemsBlock tinlq"><ul>{rows}</ul></div></div>'
        )
    return markup


def _extra_fields(extra) -> str:
    if not extra:
        return ""
    rows = "".join(
        f'<li class="{"odd" if n % 2 else "even"} typeTextfield group1">'
        f'<span class="itemExtraFieldsLabel">{esc(label)}:</span>'
        f'<span class="itemExtraFieldsValue">{esc(value)}</span></li>'
        for n, (label, value) in enumerate(extra, start=1)
    )
    return (
        '<div class="itemExtraFields"><h3>Thông tin thêm</h3>'
        f"<ul>{rows}</ul><div class=\"clr\"></div></div>"
    )


def _tag_href(tag: str) -> str:
    # K2 2.6 prints the tag as typed: Vietnamese letters and spaces in the href
    return f"/index.php/tin-tuc/itemlist/tag/{esc(tag)}"


def _gallery(gid: int, photos) -> str:
    key = img_hash(f"sig{gid}")[:10]
    lis = []
    for n, src in enumerate(photos, start=1):
        fname = src.rsplit("/", 1)[1]
        lis.append(
            '<li class="sigFreeThumb"><span class="sigFreeLinkOuterWrapper"><span class="sigFreeLinkWrapper">'
            f'<a href="{src}" class="sigFreeLink" style="width:200px;height:150px;" '
            f'title="Bạn đang xem ảnh {n} / {len(photos)}" rel="lyteshow[gall{key}]" target="_blank">'
            f'<img class="sigFreeImg" src="/plugins/content/jw_sig/jw_sig/includes/images/transparent.gif" '
            f'alt="Nhấn để phóng to ảnh {fname}" title="Nhấn để phóng to ảnh {fname}" '
            f'style="width:200px;height:150px;background-image:url(/cache/jw_sig/jw_sig_cache_{key}_{fname});" />'
            "</a></span></span></li>"
        )
    return (
        f'<ul id="sigFreeId{key}" class="sigFreeContainer sigFreeClassic">{"".join(lis)}'
        '<li class="sigFreeClear">&nbsp;</li></ul>'
        '<div class="sigFreePrintMessage">Xem bản đầy đủ của trang để xem thư viện ảnh.</div>'
    )


def _neighbours(s: Story) -> tuple[Story | None, Story | None]:
    same = [x for x in NEWEST if x.cat == s.cat]
    i = same.index(s)
    newer = same[i - 1] if i > 0 else None
    older = same[i + 1] if i + 1 < len(same) else None
    return newer, older


def _related(s: Story) -> str:
    tags = set(s.opts.get("tags", []))
    if not tags:
        return ""
    rel = [x for x in NEWEST if x is not s and tags & set(x.opts.get("tags", []))]
    if not rel:
        return ""
    lis = []
    for n, x in enumerate(rel, start=1):
        thumb = ""
        if any(b.style == "k2main" for b in x.images):
            thumb = (
                f'<div class="itemRelImage"><a href="{item_path(x)}"><img src="{k2img(x.id, "XS")}" '
                f'alt="{esc(x.title)}" style="width:100px;height:auto;" /></a></div>'
            )
        lis.append(
            f'<li class="{"odd" if n % 2 else "even"}"><a class="itemRelTitle" href="{item_path(x)}">'
            f'{esc(x.title)}</a> <span class="itemRelDate">({shortdate(x.opts["created"])})</span>{thumb}</li>'
        )
    return (
        '<div class="itemRelated"><h3>Các bài viết liên quan (theo thẻ)</h3>'
        f'<ul>{"".join(lis)}</ul><div class="clr"></div></div>'
    )


def _comments(s: Story, request: Request) -> str:
    comments = s.opts.get("comments", [])
    lis = []
    for n, (who, when, body) in enumerate(comments, start=1):
        cid = 40 + n
        lis.append(
            f'<li class="{"odd" if n % 2 else "even"}"><span class="commentLink">'
            f'<a href="{item_path(s)}#comment{cid}" name="comment{cid}" id="comment{cid}">Liên kết bình luận</a></span>'
            f'<span class="commentDate">{k2date(when)}</span>'
            f'<span class="commentAuthorName"> đăng bởi {esc(who)}</span>'
            f"<p>{esc(body)}</p><div class=\"clr\"></div></li>"
        )
    listing = ""
    if lis:
        listing = (
            f'<h3 class="itemCommentsCounter"><span>{len(lis)}</span> bình luận</h3>'
            f'<ul class="itemCommentsList">{"".join(lis)}</ul>'
        )
    return f"""<a name="itemCommentsAnchor" id="itemCommentsAnchor"></a>
<div class="itemComments">{listing}
<div class="itemCommentsForm"><h3>Gửi bình luận</h3>
<p class="itemCommentsFormNotes">Hãy chắc chắn rằng bạn điền vào các trường bắt buộc (*). Không cho phép mã HTML.</p>
<form action="/index.php" method="post" id="comment-form" class="form-validate">
<label class="formComment" for="commentText">Nội dung *</label><textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea>
<label class="formName" for="userName">Họ tên *</label><input class="inputbox" type="text" name="userName" id="userName" value="" />
<label class="formEmail" for="commentEmail">Email *</label><input class="inputbox" type="text" name="commentEmail" id="commentEmail" value="" />
<input type="submit" class="button" id="submitCommentButton" value="Gửi bình luận" />
<input type="hidden" name="option" value="com_k2" /><input type="hidden" name="view" value="item" />
<input type="hidden" name="task" value="comment" /><input type="hidden" name="itemID" value="{s.id}" />
</form></div></div>"""


def item_view(s: Story, request: Request, printing: bool = False) -> str:
    """K2 2.6 item.php with the vendor's override."""
    base = base_url(request)
    catid = s.opts["catid"]
    cat_alias, cat_name, _itemid = CATS[catid]
    featured = s.opts.get("featured")
    title_html = esc(s.title)
    if featured:
        title_html += "\n\t\t\t<span><sup>Nổi bật</sup></span>"
    author = esc(s.opts.get("alias_author") or s.opts["account"])
    imgs = s.images
    main = next((b for b in imgs if b.style == "k2main"), None)
    gallery = [b.src for b in imgs if b.style == "gallery"]
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style in {"k2main", "gallery"})]

    image_block = ""
    if main:
        credit = s.opts.get("credit", "")
        image_block = f"""<div class="itemImageBlock">
  <span class="itemImage"><a class="modal" rel="{{handler: 'image'}}" href="{k2img(s.id, 'XL')}" title="Nhấn vào đây để xem ảnh đầy đủ">
    <img src="{main.src}" alt="{esc(main.printed or s.title)}" style="width:600px; height:auto;" /></a></span>
  <span class="itemImageCaption">{esc(main.printed or "")}</span>
  <span class="itemImageCredits">{esc(credit)}</span>
  <div class="clr"></div>
</div>"""
    intro = ""
    if s.sapo_outside and s.summary:
        intro = f'<div class="itemIntroText">\n\t<p style="text-align: justify;">{esc(s.summary)}</p>\n</div>'
    full = f'<div class="itemFullText">\n{text_html(s, blocks)}\n</div>'
    modified = ""
    if s.opts.get("modified"):
        modified = f'<div class="itemDateModified">Lần cập nhật cuối ngày {k2date(s.opts["modified"])}</div>'
    tags = ""
    if s.opts.get("tags"):
        lis = "".join(f'<li><a href="{_tag_href(t)}">{esc(t)}</a></li>' for t in s.opts["tags"])
        tags = f'<div class="itemTagsBlock"><span>Từ khóa:</span><ul class="itemTags">{lis}</ul><div class="clr"></div></div>'
    gallery_html = ""
    if gallery:
        gallery_html = (
            '<a name="itemImageGalleryAnchor" id="itemImageGalleryAnchor"></a>'
            f'<div class="itemImageGallery"><h3>Hình ảnh</h3>{_gallery(s.id, gallery)}</div>'
        )
    toolbar = ""
    if not printing:
        toolbar = f"""<div class="tct-thanhcongcu itemToolbar">
  <ul>
    <li><span class="itemHits">Lượt xem: <b>{s.opts["hits"]}</b></span></li>
    <li><span class="itemTextResizerTitle">cỡ chữ</span>
      <a href="#" id="fontDecrease"><span>giảm cỡ chữ</span><img src="/components/com_k2/images/system/blank.gif" alt="giảm cỡ chữ" /></a>
      <a href="#" id="fontIncrease"><span>tăng cỡ chữ</span><img src="/components/com_k2/images/system/blank.gif" alt="tăng cỡ chữ" /></a></li>
    <li><a class="itemPrintLink" rel="nofollow" href="{esc(print_path(s))}" onclick="window.open(this.href,'printWindow','width=900,height=600,location=no,menubar=no,resizable=yes,scrollbars=yes'); return false;"><span>In bài viết</span></a></li>
  </ul>
  <div class="clr"></div>
</div>
<div class="itemRatingBlock"><span>Đánh giá bài viết</span>
  <div class="itemRatingForm"><ul class="itemRatingList">
    <li class="itemCurrentRating" id="itemCurrentRating{s.id}" style="width:0%;"></li>
    <li><a href="#" data-id="{s.id}" title="1 sao trên 5" class="one-star">1</a></li>
    <li><a href="#" data-id="{s.id}" title="2 sao trên 5" class="two-stars">2</a></li>
    <li><a href="#" data-id="{s.id}" title="3 sao trên 5" class="three-stars">3</a></li>
    <li><a href="#" data-id="{s.id}" title="4 sao trên 5" class="four-stars">4</a></li>
    <li><a href="#" data-id="{s.id}" title="5 sao trên 5" class="five-stars">5</a></li>
  </ul><div id="itemRatingLog{s.id}" class="itemRatingLog">(0 phiếu)</div><div class="clr"></div></div>
  <div class="clr"></div>
</div>"""
    social = ""
    nav = ""
    related = ""
    comments = ""
    links = ""
    if not printing:
        social = f"""<div class="itemSocialSharing">
  <div class="itemTwitterButton"><a href="https://twitter.com/share" class="twitter-share-button" data-url="{esc(base + item_path(s))}" data-lang="vi">Tweet</a></div>
  <div class="itemFacebookButton"><div id="fb-root"></div><div class="fb-like" data-send="false" data-width="200" data-show-faces="true"></div></div>
  <div class="itemGooglePlusOneButton"><g:plusone annotation="inline" width="120"></g:plusone></div>
  <div class="clr"></div>
</div>"""
        links = f"""<div class="itemLinks">
  <div class="itemCategory"><span>Đăng trong</span> <a href="/index.php/{cat_alias}">{esc(cat_name)}</a></div>
  {tags}
  <div class="clr"></div>
</div>"""
        related = _related(s)
        if catid not in NAV_OFF:
            newer, older = _neighbours(s)
            parts = []
            if newer:
                parts.append(f'<a class="itemPrevious" href="{item_path(newer)}">&laquo; {esc(newer.title)}</a>')
            if older:
                parts.append(f'<a class="itemNext" href="{item_path(older)}">{esc(older.title)} &raquo;</a>')
            nav = (
                '<div class="itemNavigation"><span class="itemNavigationTitle">Các bài viết mới hơn / cũ hơn:</span>'
                f'{" ".join(parts)}</div>'
            )
        comments = _comments(s, request)
    return f"""<!-- Start K2 Item Layout -->
<span id="startOfPageId{s.id}"></span>
<div id="k2Container" class="itemView{' itemIsFeatured' if featured else ''}">
  <div class="itemHeader">
    <span class="itemDateCreated">{k2date(s.opts["created"])}</span>
    <h2 class="itemTitle">
      {title_html}
    </h2>
    <span class="itemAuthor">Viết bởi&nbsp;{author}</span>
  </div>
  {toolbar}
  <div class="itemBody">
    {image_block}
    {intro}
    {full}
    {_extra_fields(s.opts.get("extra"))}
    {modified}
    <div class="clr"></div>
  </div>
  {social}
  {links}
  {related}
  {gallery_html}
  {nav}
  {comments}
  <div class="itemBackToTop"><a class="k2Anchor" href="{item_path(s)}#startOfPageId{s.id}">về đầu trang</a></div>
  <div class="clr"></div>
</div>
<!-- End K2 Item Layout -->"""


def page_view(p: Page) -> str:
    """A K2 item that is not an article, same template (intro page, document, album, clip)."""
    attach = ""
    if p.attachments:
        lis = "".join(
            f'<li><a title="{esc(fname)}" href="/index.php/{CATS[p.catid][0]}/item/download/{aid}_{img_hash(fname)}">'
            f"{esc(fname)}</a> <span>(Tải về {count} lần)</span></li>"
            for aid, fname, count in p.attachments
        )
        attach = f'<div class="itemAttachmentsBlock"><span>Tải tập tin đính kèm</span><ul class="itemAttachments">{lis}</ul></div>'
    gallery = ""
    if p.gallery:
        gallery = f'<div class="itemImageGallery"><h3>Hình ảnh</h3>{_gallery(p.id, p.gallery)}</div>'
    video = ""
    if p.video:
        video = (
            '<div class="itemVideoBlock"><span class="itemVideo"><iframe width="600" height="340" '
            f'src="{p.video}" frameborder="0" allowfullscreen></iframe></span></div>'
        )
    return f"""<!-- Start K2 Item Layout -->
<span id="startOfPageId{p.id}"></span>
<div id="k2Container" class="itemView">
  <div class="itemHeader">
    <span class="itemDateCreated">{k2date(p.created)}</span>
    <h2 class="itemTitle">{esc(p.title)}</h2>
    <span class="itemAuthor">Viết bởi&nbsp;quantri</span>
  </div>
  <div class="tct-thanhcongcu itemToolbar"><ul><li><span class="itemHits">Lượt xem: <b>{700 + p.id * 13}</b></span></li></ul><div class="clr"></div></div>
  <div class="itemBody">
    <div class="itemFullText">{p.body}</div>
    {_extra_fields(p.extra)}
    <div class="clr"></div>
  </div>
  {attach}
  {video}
  {gallery}
  <div class="clr"></div>
</div>
<!-- End K2 Item Layout -->"""


def _meta_item(request: Request, title: str, desc: str, image: str | None) -> str:
    base = base_url(request)
    out = (
        f'  <meta name="description" content="{esc(desc)}" />\n'
        '  <meta name="author" content="quantri" />\n'
        f'  <meta property="og:url" content="{esc(base + request.target)}" />\n'
        f'  <meta property="og:title" content="{esc(title)}" />\n'
        '  <meta property="og:type" content="article" />\n'
    )
    if image:
        out += f'  <meta property="og:image" content="{esc(base + image)}" />\n'
    return out


def _desc(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return first[:155].rsplit(" ", 1)[0] + "..."


def render_item(s: Story, request: Request, printing: bool) -> str:
    catid = s.opts["catid"]
    cat_alias, cat_name, _ = CATS[catid]
    main = next((b for b in s.images if b.style == "k2main"), None)
    head = _meta_item(request, s.title, _desc(s), k2img(s.id, "XL") if main else None)
    if printing:
        base = base_url(request)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
  <base href="{esc(base + request.path)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
{head}  <title>{esc(s.title)} - {SITE}</title>
  <link rel="stylesheet" href="/components/com_k2/css/k2.print.css" type="text/css" media="print" />
</head>
<body class="contentpane">
<div id="system-message-container"></div>
<a class="itemPrintThisPage" rel="nofollow" href="#" onclick="window.print(); return false;"><span>In trang này</span></a>
{item_view(s, request, printing=True)}
</body>
</html>"""
    trail = [(f"/index.php/{cat_alias}", cat_name), (None, s.title)]
    return layout(request, s.title, item_view(s, request), trail, f"/index.php/{cat_alias}", head)


def render_page(p: Page, request: Request) -> str:
    cat_alias, cat_name, _ = CATS[p.catid]
    head = f'  <meta name="description" content="{esc(p.title)}" />\n'
    if p.menu_path:
        trail = [(None, "Giới thiệu"), (None, p.title)]
        active = p.menu_path
    else:
        trail = [(f"/index.php/{cat_alias}", cat_name), (None, p.title)]
        active = f"/index.php/{cat_alias}"
    return layout(request, p.title, page_view(p), trail, active, head)


# --- listings --------------------------------------------------------------------------------


def _cat_item(s: Story, group: str) -> str:
    main = next((b for b in s.images if b.style == "k2main"), None)
    thumb = ""
    if main:
        size = "M" if group == "groupLeading" else "S"
        thumb = f"""<div class="catItemImageBlock"><span class="catItemImage">
  <a href="{item_path(s)}" title="{esc(s.title)}"><img src="{k2img(s.id, size)}" alt="{esc(s.title)}" style="width:{200 if size == 'M' else 120}px; height:auto;" /></a>
</span><div class="clr"></div></div>"""
    intro = esc(_desc(s)) if not s.summary else esc(s.summary)
    return f"""<div class="catItemView {group}">
  <div class="catItemHeader">
    <span class="catItemDateCreated">{k2date(s.opts["created"])}</span>
    <h3 class="catItemTitle"><a href="{item_path(s)}">{esc(s.title)}</a></h3>
  </div>
  <div class="catItemBody">
    {thumb}
    <div class="catItemIntroText"><p>{intro}</p></div>
    <div class="clr"></div>
  </div>
  <div class="catItemReadMore"><a class="k2ReadMore" href="{item_path(s)}">Xem tiếp...</a></div>
  <div class="clr"></div>
</div>"""


def _page_item(p: Page) -> str:
    return f"""<div class="catItemView groupPrimary">
  <div class="catItemHeader">
    <span class="catItemDateCreated">{k2date(p.created)}</span>
    <h3 class="catItemTitle"><a href="{p.path}">{esc(p.title)}</a></h3>
  </div>
  <div class="catItemReadMore"><a class="k2ReadMore" href="{p.path}">Xem tiếp...</a></div>
  <div class="clr"></div>
</div>"""


def _pager(alias: str, start: int, per: int, total: int) -> str:
    pages = (total + per - 1) // per
    if pages <= 1:
        return ""
    cur = start // per + 1
    base = f"/index.php/{alias}"

    def href(n: int) -> str:
        return f"{base}?limitstart=0" if n == 1 else f"{base}?start={(n - 1) * per}"

    def li(cls: str, label: str, n: int, active: bool) -> str:
        attr = f' class="{cls}"' if cls else ""
        if active:
            return f'<li{attr}><a title="{label}" href="{href(n)}" class="pagenav">{label}</a></li>'
        return f'<li{attr}><span class="pagenav">{label}</span></li>'

    items = [li("pagination-start", "Đầu", 1, cur > 1), li("pagination-prev", "Trước", cur - 1, cur > 1)]
    for n in range(1, pages + 1):
        items.append(li("", str(n), n, n != cur))
    items += [
        li("pagination-next", "Tiếp", cur + 1, cur < pages),
        li("pagination-end", "Cuối", pages, cur < pages),
    ]
    return (
        f'<div class="k2Pagination">\n<ul>{"".join(items)}</ul>\n<div class="clr"></div>\n'
        f"Trang {cur} của {pages}\t</div>"
    )


def listing(alias: str, start: int, request: Request) -> str | None:
    title, cats, leading, primary, links = LISTINGS[alias]
    per = leading + primary + links
    if alias in ("van-ban-tai-lieu", "thu-vien-anh"):
        entries = sorted((p for p in PAGES if p.catid in cats), key=lambda p: p.created, reverse=True)
        if start:
            return None
        body = "".join(_page_item(p) for p in entries)
        center = (
            f'<div id="k2Container" class="itemListView"><div class="itemListCategoriesBlock">'
            f'<div class="itemListCategory"><h2>{esc(title)}</h2></div></div>'
            f'<div class="itemList"><div id="itemListPrimary">{body}</div></div></div>'
        )
        return layout(request, title, center, [(None, title)], f"/index.php/{alias}")
    items = [s for s in NEWEST if s.opts["catid"] in cats]
    if start % per or start >= len(items):
        return None
    chunk = items[start:start + per]
    lead, prim, lnk = chunk[:leading], chunk[leading:leading + primary], chunk[leading + primary:]
    parts = []
    if lead:
        parts.append(
            '<div id="itemListLeading">'
            + "".join(f'<div class="itemContainer itemContainerLast" style="width:100.0%;">{_cat_item(s, "groupLeading")}</div>' for s in lead)
            + '<div class="clr"></div></div>'
        )
    if prim:
        parts.append(
            '<div id="itemListPrimary">'
            + "".join(
                f'<div class="itemContainer{" itemContainerLast" if n == len(prim) else ""}" style="width:50.0%;">{_cat_item(s, "groupPrimary")}</div>'
                for n, s in enumerate(prim, start=1)
            )
            + '<div class="clr"></div></div>'
        )
    if lnk:
        parts.append(
            '<div id="itemListLinks"><h4>Xem thêm...</h4><ul>'
            + "".join(f'<li><a href="{item_path(s)}">{esc(s.title)}</a></li>' for s in lnk)
            + "</ul></div>"
        )
    desc = ""
    if len(cats) == 1:
        desc = f'<div class="itemListCategoriesBlock"><div class="itemListCategory"><h2>{esc(title)}</h2></div></div>'
    center = (
        f'<div id="k2Container" class="itemListView">{desc}'
        f'<div class="itemList">{"".join(parts)}</div>'
        f"{_pager(alias, start, per, len(items))}</div>"
    )
    trail = [(None, title)]
    if alias in ("hoat-dong-nha-truong", "dao-tao-boi-duong"):
        trail = [("/index.php/tin-tuc", "Tin tức"), (None, title)]
    return layout(request, title, center, trail, f"/index.php/{alias}")


def tag_page(tag: str, request: Request) -> str | None:
    items = [s for s in NEWEST if tag in s.opts.get("tags", [])]
    if not items:
        return None
    body = "".join(
        f"""<div class="tagItemView"><div class="tagItemHeader"><span class="tagItemDateCreated">{k2date(s.opts["created"])}</span>
<h2 class="tagItemTitle"><a href="{item_path(s)}">{esc(s.title)}</a></h2></div>
<div class="tagItemBody"><div class="tagItemIntroText">{esc(_desc(s))}</div></div>
<div class="tagItemCategory"><span>Đăng trong</span> <a href="/index.php/{s.cat}">{esc(CATS[s.opts["catid"]][1])}</a></div></div>"""
        for s in items
    )
    center = (
        f'<div id="k2Container" class="tagView"><h2 class="componentheading">Hiển thị các mục theo thẻ: {esc(tag)}</h2>'
        f'<div class="tagItemList">{body}</div></div>'
    )
    return layout(request, tag, center, [(None, tag)], "/index.php/tin-tuc")


def home(request: Request) -> str:
    news = []
    for i in HOME_NEWS:
        s = BY_ID[i]
        main = next((b for b in s.images if b.style == "k2main"), None)
        pic = k2img(s.id, "S") if main else f"{TPL}/images/no-image.jpg"
        news.append(
            f'<li><a href="{esc(nonsef_path(s))}"><img src="{pic}" alt="" width="90" height="65" /></a>'
            f'<a class="tieude-tin" href="{esc(nonsef_path(s))}">{esc(s.title)}</a> '
            f'<span class="ngay">({shortdate(s.opts["created"])})</span></li>'
        )
    boxes = []
    for alias, count in (("hoat-dong-nha-truong", 3), ("dao-tao-boi-duong", 2), ("nghien-cuu-trao-doi", 2)):
        cid = CAT_OF_MENU[alias]
        items = [s for s in NEWEST if s.opts["catid"] == cid][:count]
        lis = "".join(
            f'<li class="{"even" if n % 2 else "odd"}"><a class="moduleItemTitle" href="{item_path(s)}">{esc(s.title)}</a>'
            f'<span class="moduleItemDateCreated">{k2date(s.opts["created"])}</span></li>'
            for n, s in enumerate(items, start=1)
        )
        boxes.append(
            f'<div class="moduletable_chuyenmuc"><h3 class="tieude-mod"><a href="/index.php/{alias}">{esc(CATS[cid][1])}</a></h3>'
            f'<div id="k2ModuleBox{110 + cid}" class="k2ItemsBlock"><ul>{"".join(lis)}</ul></div></div>'
        )
    docs = "".join(
        f'<li><a href="{p.path}">{esc(p.title)}</a></li>' for p in PAGES if p.catid == 5
    )
    clip = PAGES_BY_ID[40]
    center = f"""<div class="moduletable_tinmoi"><h3 class="tieude-mod">Tin mới cập nhật</h3>
<ul class="tin-moi">{"".join(news)}</ul></div>
{"".join(boxes)}
<div class="moduletable_vanban"><h3 class="tieude-mod">Văn bản mới</h3><ul>{docs}</ul></div>
<div class="moduletable_video"><h3 class="tieude-mod">Video clip</h3><a href="{clip.path}"><img src="{TPL}/images/video-thumb.jpg" alt="{esc(clip.title)}" /></a></div>"""
    head = '  <meta name="description" content="Cổng thông tin điện tử Trường Chính trị tỉnh Sơn La" />\n'
    return layout(request, "Trang chủ", center, [], "/", head)


def contact(request: Request) -> str:
    sent = ""
    if request.method == "POST":
        sent = '<dl id="system-message"><dd class="message"><ul><li>Cảm ơn bạn đã gửi thư.</li></ul></dd></dl>'
    center = f"""{sent}<div class="contact">
<h2><span class="contact-name">Trường Chính trị tỉnh Sơn La</span></h2>
<div class="contact-address"><p>Số 86, đường Lò Văn Giá, phường Tô Hiệu, tỉnh Sơn La</p>
<p>Điện thoại: 0212.3852.416</p><p>Fax: 0212.3852.417</p></div>
<form id="contact-form" action="{CONTACT_PATH}" method="post" class="form-validate">
<fieldset><legend>Gửi email liên hệ</legend>
<label for="jform_contact_name">Họ tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" size="30" />
<label for="jform_contact_email">Email *</label><input type="text" name="jform[contact_email]" id="jform_contact_email" value="" size="30" />
<label for="jform_contact_emailmsg">Tiêu đề *</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" size="60" />
<label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea>
<button class="button validate" type="submit">Gửi email</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />
</fieldset></form></div>"""
    return layout(request, "Liên hệ", center, [(None, "Liên hệ")], CONTACT_PATH)


# --- routing ---------------------------------------------------------------------------------

_ITEM = re.compile(r"^/index\.php/([a-z0-9-]+)/item/(\d+)(?:-[a-z0-9-]+)?$")
_DOWNLOAD = re.compile(r"^/index\.php/van-ban-tai-lieu/item/download/(\d+)_([0-9a-f]{32})$")
_TAG = re.compile(r"^/index\.php/tin-tuc/itemlist/tag/(.+)$")
_MENU_PAGES = {p.menu_path: p for p in PAGES if p.menu_path}


def _start(query: str) -> int | None:
    """``start=<n>`` or ``limitstart=<n>`` (nothing else) -> n; None for other queries."""
    if not query:
        return 0
    params = parse_qs(query, keep_blank_values=True)
    if set(params) == {"start"} or set(params) == {"limitstart"}:
        value = next(iter(params.values()))[0]
        return int(value) if value.isdigit() else None
    return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/media/", "/images/", "/templates/", "/plugins/", "/cache/",
                            "/components/", "/modules/")):
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/index.php"):
            if not request.query:
                return html(home(request))
            params = request.params
            if params.get("option") == "com_k2" and params.get("view") == "item":
                m = re.match(r"^(\d+)(?::[a-z0-9-]+)?$", params.get("id", ""))
                if m and int(m.group(1)) in BY_ID and set(params) <= {"option", "view", "id", "Itemid"}:
                    return html(render_item(BY_ID[int(m.group(1))], request, False))
            return None
        if path == CONTACT_PATH and not request.query:
            return html(contact(request))
        if path in _MENU_PAGES and not request.query:
            return html(render_page(_MENU_PAGES[path], request))
        if path.startswith("/index.php/") and path[len("/index.php/"):] in LISTINGS:
            start = _start(request.query)
            if start is None:
                return None
            page = listing(path[len("/index.php/"):], start, request)
            return html(page) if page else None
        m = _ITEM.match(path)
        if m:
            alias, num = m.group(1), int(m.group(2))
            if num in BY_ID and BY_ID[num].cat == alias:
                s = BY_ID[num]
                if path != item_path(s) and path != f"/index.php/{alias}/item/{num}":
                    return None
                if not request.query:
                    return html(render_item(s, request, False))
                if request.params == {"tmpl": "component", "print": "1"}:
                    return html(render_item(s, request, True))
                return None
            p = PAGES_BY_ID.get(num)
            if p and not p.menu_path and CATS[p.catid][0] == alias and path == p.path and not request.query:
                return html(render_page(p, request))
            return None
        m = _DOWNLOAD.match(path)
        if m:
            for p in PAGES:
                for aid, fname, _count in p.attachments:
                    if aid == int(m.group(1)) and img_hash(fname) == m.group(2):
                        return Response(200, PDF, {
                            "Content-Type": "application/pdf",
                            "Content-Disposition": f'attachment; filename="{fname}"',
                        })
            return None
        m = _TAG.match(path)
        if m and not request.query:
            page = tag_page(unicodedata.normalize("NFC", unquote(m.group(1))), request)
            return html(page) if page else None
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = [print_path(s)]
    if s.id in HOME_NEWS or s.id in MOST_READ:
        alts.append(nonsef_path(s))
    return alts


GOLD = [
    gold_record(
        s,
        item_path(s),
        CATS[s.opts["catid"]][1],
        canonical_path=item_path(s),
        alt_paths=_alt_paths(s),
    )
    for s in NEWEST
]

NON_ARTICLES = [p.path for p in PAGES] + [CONTACT_PATH]
