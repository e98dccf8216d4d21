"""Trường Mầm non Hoa Hồng (thành phố Vĩnh Yên, tỉnh Vĩnh Phúc): Joomla 3.10 + K2 2.10, Gantry 4.

Platform
--------
Joomla 3.10 with SEF URLs and the ".html" suffix, K2 2.10 as the news component (item, category,
tag and user views, extra fields, K2 comments), a school template built on Gantry 4
(``rt-page-surround``, ``rt-main mb8-sa4``, ``gf-menu`` drop-downs, ``rt-block`` module chrome),
Joomla's own breadcrumbs (``ul.breadcrumb`` with schema.org BreadcrumbList), JoomlaWorks plugins
around K2 (Simple Image Gallery ``{gallery}``, AllVideos), Vinaora visitors counter, a
MijoPolls-style poll, and Joomla's e-mail cloaking plugin.

URL scheme
----------
- ``/`` home (Gantry showcase slider written in a Custom HTML module, "Tin mới nhất" K2 module);
- ``/tin-tuc.html`` the "Tin tức" menu item: K2 category 2 in **catalog mode** (sub-category boxes only);
- ``/tin-tuc/itemlist/category/<id>-<alias>.html`` K2 category listings, ``?start=<n>`` for page 2+;
- ``/tin-tuc/item/<id>-<alias>.html`` K2 items (``?tmpl=component&print=1``: K2's print view);
- ``/component/k2/item/<id>-<alias>.html`` the same items routed without a menu Itemid (links of
  the sidebar "Tin đọc nhiều" module);
- ``/tin-tuc/itemlist/tag/<tag>.html`` tag listings (the tag's Vietnamese name in the URL, spaces as %20);
- ``/tin-tuc/itemlist/user/<id>-<name>.html`` K2 user (author) pages;
- ``/tin-tuc/item/download/<n>_<hash>.html`` K2 attachment downloads (PDF);
- ``/gioi-thieu/…html``, ``/lien-he.html`` com_content / com_contact pages.

Page templates
--------------
Every HTML page: Gantry 4 shell (top bar with today's date "Thứ Bảy, 05/12/2026", logo banner,
``ul.gf-menu`` with drop-downs, breadcrumbs, ``rt-grid-8`` main column, ``rt-grid-4`` sidebar with
"Tin đọc nhiều", "Thông báo", links select, poll, Vinaora counter; footer with address, phone,
cloaked e-mail, copyright). The K2 item view is K2 2.10's ``item.php``: ``itemHeader`` (date, h2
title, "Viết bởi" author), ``itemToolbar``, ``itemRatingBlock``, ``itemBody`` (``itemImageBlock``,
``itemIntroText``, ``itemFullText``, ``itemExtraFields``, ``itemContentFooter`` with hits and
"Sửa lần cuối vào"), ``itemSocialSharing``, ``itemLinks`` (category, tags, attachments),
``itemAuthorBlock``/``itemAuthorLatest``, ``itemRelated``, ``itemComments``; below the component a
"Tin cùng chuyên mục" module.

Categories: "Tin tức" (2, catalog mode) with sub-categories "Hoạt động nhà trường" (3, 4 items a
page: 1 leading + 2 primary + 1 title-only link), "Chuyên môn" (4, 3 a page: 1 + 2), "Dinh dưỡng -
Sức khỏe" (5, 3 a page); "Thư viện ảnh - Video" (6) and "Văn bản - Thông báo" (7) hold the
non-article items.

How each gold article is reached
--------------------------------
- Hoạt động nhà trường: 158, 156, 155, 149 on page 1 (``/tin-tuc/itemlist/category/3-hoat-dong-nha-truong.html``);
  **141 and 137 only on page 2** (``?start=4``).
- Chuyên môn: 157, 152, 146 on page 1; **139 only on page 2** (``?start=3``).
- Dinh dưỡng - Sức khỏe: 159, 150, 143 on its only page.
- The category listings are reached from the "Tin tức" drop-down and from the catalog page's
  sub-category boxes; the home page and sidebar link only the newest items.

Traps
-----
1. **"Nổi bật" inside the headline** (not in the README's list). K2 prints its featured flag
   inside ``<h2 class="itemTitle">`` as ``<span><sup>Nổi bật</sup></span>`` (items 158, 155, and
   in the listings' ``catItemTitle``). Gold title: the headline without "Nổi bật".
2. **K2 catalog mode and leading/primary/links blocks** (discovery/pagination). ``/tin-tuc.html``
   lists no item at all, only sub-category boxes with item counts "(6)" and "Xem các bài viết…";
   a listing page prints its items in three different markups (``#itemListLeading``,
   ``#itemListPrimary`` in 50% columns, ``#itemListLinks`` with titles only); Joomla's pagination
   ``?start=4`` / ``?start=3`` with "Bắt đầu / Trước / 1 2 / Tiếp / Cuối". Gold: 141, 137, 139 are
   articles although only a page-2 listing links them; category names are gold without the "(6)".
3. **Naive UTC in K2's JSON-LD** (not listed). K2 2.10 prints ``"datePublished": "2026-12-03
   07:30:00"`` - the database's UTC time without an offset - while the page prints
   "Thứ năm, 03 Tháng 12 2026 14:30" (Joomla's "l, d F Y H:i" in the vi-VN pack: the month is
   the word "Tháng 12" between day and year). Item 137 was posted at 06:20 local, so its JSON-LD
   says "2026-10-11 23:20:00", another day. Gold: the printed local time with +07:00
   ("2026-10-12T06:20:00+07:00"); item 139 printed "00:00" -> "2026-10-15". The "Sửa lần cuối
   vào …" footer (159), comment dates and the header's today are never the date.
4. **Extra-fields block inside itemBody** (not listed). K2's ``itemExtraFields`` ("Thông tin
   thêm") sits inside the text's container after the full text: "Thời gian tổ chức",
   "Địa điểm" (not body, not dates), "Người viết: Cô giáo Lê Thị Thanh Huyền" and
   "Người thực hiện: Phạm Thị Lụa - Nhân viên y tế" (the author, honorific and post dropped),
   "Nguồn tin:" / "Nguồn:" (the source). The "Viết bởi Quản trị viên" account in the header is
   nobody; the document entry 144 prints its "Số ký hiệu / Người ký" this way too.
5. **Simple Image Gallery in the full text** (not listed). ``{gallery}…{/gallery}`` is rendered as
   ``ul.sigFreeContainer``: each ``<img>`` is ``transparent.gif`` with the thumbnail as a CSS
   background; the photo is the ``<a class="sigFreeLink" href="/images/…/01.jpg">``; a hidden
   ``sigFreePrintMessage`` ("Xem các ảnh trong bài viết tại đường dẫn: …") follows. Gold images:
   the linked photos in order, caption None; the print message is not body; transparent.gif and
   the ``/cache/jw_sig/`` thumbnails are not images of their own.
6. **Joomla's e-mail cloaking inside a paragraph** (not listed). Item 156's last paragraph ends with
   an address that the page prints as ``<span id="cloak…">Địa chỉ email này đang được bảo vệ khỏi
   chương trình thư rác, bạn cần bật JavaScript để xem nó.</span><script>…</script>``, the
   script assembling the address from pieces with character references. Gold: the paragraph as a
   browser shows it, ending with "mnhoahong.vinhyen@vinhphuc.edu.vn"; the placeholder sentence is
   not text.
7. **Duplicate URLs of one item** (duplicates). ``/component/k2/item/<id>-<alias>.html`` (sidebar
   "Tin đọc nhiều"), the print view ``?tmpl=component&print=1`` (toolbar of the "Chuyên môn"
   items, whose category enables the print button), and an old alias kept by the home slider
   (``/tin-tuc/item/155-le-ky-niem-ngay-nha-giao-viet-nam-20-11.html``). All carry
   ``rel=canonical`` to the ``/tin-tuc/item/`` URL. Gold: one record each, the others in alt_paths.
8. **Intro text is a sapo only when a full text follows** (not listed). K2 splits an item at
   ``{readmore}`` into ``itemIntroText`` and ``itemFullText``; items written without a readmore put
   their whole text in ``itemIntroText``. Gold summary: the intro paragraph when a full text follows
   (158, 156, 149, 157, 146, 159, 150); null otherwise (155, 141, 137, 152, 139, 143).
9. **Bylines in four places** (bylines). "Viết bởi" in the header is a CMS account (linked
   "Quản trị viên" -> nobody), a created-by alias ("Tổ Văn phòng", "Tổ chuyên môn Khối Mẫu giáo
   lớn", "Ban Giám hiệu": a unit signing -> author as printed; "BBT" -> nobody; "Nguyễn Văn Tuấn"
   -> author), or a real teacher's account with an author block, bio and "Bài viết mới nhất của
   …" list (Đỗ Thị Hằng -> author). Closing lines "Tin, ảnh: X", "Bài và ảnh: X", a name alone
   right-aligned, and the K2 image credits ("Ảnh: X" in ``itemImageCredits``) -> photographers.
10. **Widgets in the text's container**: a ``{loadposition}`` module "Bài viết cùng chuyên đề"
    rendered between two paragraphs of item 152, the rating block, hits, "Sửa lần cuối vào",
    K2 comments of parents with names, dates and paragraphs, Zalo/Facebook share, "Bài viết
    liên quan", "Tin cùng chuyên mục". None of it is body; commenters are not authors.
11. **Image-caption layouts**: the K2 item image in ``itemImageBlock`` above the text with
    ``itemImageCaption`` (caption) and ``itemImageCredits`` (photographer); the displayed file is
    ``/media/k2/items/cache/<md5>_L.jpg`` (its link goes to ``_XL``; listings show ``_M``/``_S``
    thumbnails, not images of those items' records). In the text: centred ``<em>`` lines under
    an image, and a one-column layout table whose second row prints the caption in parentheses
    (gold caption without the parentheses; the layout table is no body row).

Gold decisions on ambiguous points
----------------------------------
- The gallery's photo is its link target (the ``<img>`` is a transparent spacer and the
  thumbnail a cached derivative); the K2 item image is the ``<img src>`` (``_L``).
- "Cô giáo Lê Thị Thanh Huyền": "Cô giáo" is an honorific and is dropped like a degree.
- Category: the sub-category, as the breadcrumb prints it (never "Tin tức", never with "(6)").
- A line "(Theo CDC Vĩnh Phúc)" closing item 150 is its source "CDC Vĩnh Phúc".
- Item 139 prints its four "Thứ nhất/…/Thứ tư" points in one ``<p>`` split by ``<br />``: four
  paragraphs. ``<p>&nbsp;</p>`` spacers are nothing.
- Table rows of the ranking (157) and the menu (143) are body paragraphs (cells joined by " | ").
- The album (153), the video (160) and the document entry (144) are K2 items under the same
  ``/tin-tuc/item/`` scheme: NON_ARTICLES, like the intro, structure and contact pages.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "joomla3_k2_catalog_mamnon"
PLATFORM = "Joomla 3.10 + K2 2.10 (Gantry 4 template)"
START_PATH = "/"

SITE = "Trường Mầm non Hoa Hồng"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
TPL = "/templates/rt_hoahong_g4"

_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _dow(y: int, m: int, d: int) -> int:
    return datetime.date(y, m, d).weekday()


def k2_date(local: str) -> str:
    """"2026-12-03 14:30" -> "Thứ năm, 03 Tháng 12 2026 14:30" (vi-VN DATE_FORMAT_LC2)."""
    day, hm = local.split()
    y, m, d = (int(x) for x in day.split("-"))
    return f"{_DAYS[_dow(y, m, d)]}, {d:02d} Tháng {m} {y} {hm}"


def short_date(local: str) -> str:
    y, m, d = local.split()[0].split("-")
    return f"{d}/{m}/{y}"


def utc_naive(local: str) -> str:
    """The database's UTC value, as K2's JSON-LD prints it (no offset)."""
    t = datetime.datetime.strptime(local, "%Y-%m-%d %H:%M") - datetime.timedelta(hours=7)
    return t.strftime("%Y-%m-%d %H:%M:%S")


def md5(value: str) -> str:
    return hashlib.md5(value.encode("utf-8")).hexdigest()


def k2_image(item_id: int, size: str) -> str:
    return f"/media/k2/items/cache/{md5(f'Image{item_id}')}_{size}.jpg"


# --- categories and users ---------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    id: int
    alias: str
    name: str
    desc: str
    leading: int
    primary: int
    links: int
    printable: bool = False

    @property
    def path(self) -> str:
        return f"/tin-tuc/itemlist/category/{self.id}-{self.alias}.html"

    @property
    def per_page(self) -> int:
        return self.leading + self.primary + self.links


CATS = {
    3: Cat(3, "hoat-dong-nha-truong", "Hoạt động nhà trường",
           "Các hoạt động, sự kiện, lễ hội và phong trào của cô và trẻ Trường Mầm non Hoa Hồng.",
           1, 2, 1),
    4: Cat(4, "chuyen-mon", "Chuyên môn",
           "Sinh hoạt chuyên môn, chuyên đề, hội giảng và bồi dưỡng giáo viên.",
           1, 2, 0, printable=True),
    5: Cat(5, "dinh-duong-suc-khoe", "Dinh dưỡng - Sức khỏe",
           "Công tác nuôi dưỡng, chăm sóc sức khỏe và phòng chống dịch bệnh cho trẻ.",
           1, 2, 0),
    6: Cat(6, "thu-vien-anh-video", "Thư viện ảnh - Video",
           "Hình ảnh và video hoạt động của nhà trường.", 1, 4, 0),
    7: Cat(7, "van-ban-thong-bao", "Văn bản - Thông báo",
           "Kế hoạch, thông báo, văn bản của nhà trường.", 1, 4, 0),
}
NEWS_CATS = (3, 4, 5)

USERS = {
    42: ("Quản trị viên", "quan-tri-vien", "Tài khoản quản trị website của nhà trường."),
    57: ("Đỗ Thị Hằng", "do-thi-hang",
         "Phó Hiệu trưởng phụ trách chuyên môn, Trường Mầm non Hoa Hồng. Thạc sĩ Giáo dục mầm non."),
}


def user_path(uid: int) -> str:
    return f"/tin-tuc/itemlist/user/{uid}-{USERS[uid][1]}.html"


def item_path(s: Story, prefix: str = "/tin-tuc", alias: str | None = None) -> str:
    return f"{prefix}/item/{s.id}-{alias or s.slug}.html"


def tag_href(tag: str) -> str:
    return "/tin-tuc/itemlist/tag/" + tag.replace(" ", "%20") + ".html"


# --- the articles -----------------------------------------------------------------------------

GAL_BEKHOE = "tin-tuc/2026/hoi-thi-be-khoe-be-ngoan"


def _sig(folder: str, n: int) -> Img:
    return Img(f"/images/{folder}/{n:02d}.jpg", None, None, style="sig")


def _lead(item_id: int, caption: str | None) -> Img:
    return Img(k2_image(item_id, "L"), caption, caption, style="k2")


SPACER = Raw("<p>&nbsp;</p>")

S158 = Story(
    158, "be-vui-hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
    "Bé vui Hội thi “Bé khỏe – Bé ngoan” năm học 2026-2027", "Hoạt động nhà trường",
    "2026-12-03T14:30:00+07:00",
    [
        _lead(158, "Các bé lớp Lá 2 trong phần thi “Vượt chướng ngại vật”"),
        P("Sáng ngày 28/11/2026, Trường Mầm non Hoa Hồng tổ chức Hội thi “Bé khỏe – Bé ngoan” dành cho trẻ mẫu giáo 4-5 tuổi và 5-6 tuổi, thu hút 186 bé của 9 lớp tham gia."),
        P("Hội thi là hoạt động thường niên nhằm đánh giá kết quả giáo dục phát triển thể chất cho trẻ sau ba tháng đầu năm học, đồng thời tạo sân chơi lành mạnh giúp các bé mạnh dạn, tự tin, biết phối hợp cùng bạn bè."),
        P("Tham dự hội thi có cô Nguyễn Thị Thu Hương, Hiệu trưởng nhà trường cùng đông đảo cha mẹ học sinh. Ban tổ chức bố trí sân thi tại khu A với bốn trạm vận động được trang trí bằng bóng bay, cờ hoa rực rỡ."),
        P("Phần thi đồng diễn và vượt chướng ngại vật", "h3"),
        P("Mở đầu hội thi là màn đồng diễn bài tập thể dục buổi sáng trên nền nhạc “Cả nhà thương nhau” do các bé lớp Lá 1, Lá 2 và Lá 3 thể hiện. Tiếp đó, các đội lần lượt tham gia phần thi “Vượt chướng ngại vật”: bò chui qua cổng, bật liên tục qua 5 vòng, đi trên ghế thể dục và chuyền bóng về đích."),
        P("Ở phần thi “Bé ngoan”, các bé trả lời câu hỏi về cách chào hỏi lễ phép, giữ gìn vệ sinh cá nhân và tự phục vụ như cất dép đúng nơi quy định, gấp khăn, xếp ghế. Nhiều câu trả lời hồn nhiên của các bé khiến khán giả không nhịn được cười."),
        _sig(GAL_BEKHOE, 1), _sig(GAL_BEKHOE, 2), _sig(GAL_BEKHOE, 3),
        P("Kết quả, Ban tổ chức trao 1 giải Nhất cho lớp Lá 2, 2 giải Nhì cho lớp Lá 1 và lớp Nhỡ 3, 3 giải Ba và 3 giải Khuyến khích cho các lớp còn lại. Tất cả các bé tham gia đều nhận được phần quà từ Ban đại diện cha mẹ học sinh nhà trường."),
        P("Phát biểu bế mạc, cô Hiệu trưởng đề nghị các nhóm lớp tiếp tục duy trì nền nếp thể dục sáng, tăng cường trò chơi vận động ngoài trời để trẻ luôn khỏe mạnh, nhanh nhẹn trong mùa đông."),
        SPACER,
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thị Mai Phương</strong></p>'),
    ],
    authors=["Nguyễn Thị Mai Phương"], photographers=["Nguyễn Thị Mai Phương"],
    summary="Sáng ngày 28/11/2026, Trường Mầm non Hoa Hồng tổ chức Hội thi “Bé khỏe – Bé ngoan” dành cho trẻ mẫu giáo 4-5 tuổi và 5-6 tuổi, thu hút 186 bé của 9 lớp tham gia.",
    opts={
        "created": "2026-12-03 14:30", "cat": 3, "featured": True, "author": ("user", 42),
        "split": 1, "credits": "Nguyễn Thị Mai Phương", "tags": ["Hội thi"],
        "extra": [("ThoiGianToChuc", "Thời gian tổ chức:", "Sáng thứ Bảy, 28/11/2026"),
                  ("DiaDiem", "Địa điểm:", "Sân trường khu A - Trường Mầm non Hoa Hồng")],
        "comments": [
            (611, "Phụ huynh bé Bảo Ngọc (Lá 2)", "2026-12-04 20:15",
             "Cảm ơn các cô đã tổ chức hội thi rất vui và bổ ích. Về nhà con kể mãi về phần thi bật qua vòng."),
            (614, "Trần Thu Hà", "2026-12-05 07:02",
             "Nhà trường có thể chia sẻ thêm video phần đồng diễn để phụ huynh xem được không ạ?"),
        ],
    },
)

S156 = Story(
    156, "toa-dam-vai-tro-cua-gia-dinh-trong-giao-duc-ky-nang-song-cho-tre",
    "Tọa đàm “Vai trò của gia đình trong giáo dục kỹ năng sống cho trẻ mầm non”",
    "Hoạt động nhà trường", "2026-11-24T16:05:00+07:00",
    [
        _lead(156, "Quang cảnh buổi tọa đàm"),
        P("Chiều 23/11/2026, Trường Mầm non Hoa Hồng phối hợp với Ban đại diện cha mẹ học sinh tổ chức buổi tọa đàm với chủ đề “Vai trò của gia đình trong giáo dục kỹ năng sống cho trẻ mầm non”."),
        P("Tham dự buổi tọa đàm có hơn 120 phụ huynh đại diện cho 12 nhóm, lớp cùng toàn thể cán bộ, giáo viên nhà trường. Chương trình được dẫn dắt bởi cô Đỗ Thị Hằng, Phó Hiệu trưởng phụ trách chuyên môn."),
        P("Tại buổi tọa đàm, các giáo viên chia sẻ những kỹ năng cần thiết mà trẻ ở lứa tuổi mầm non cần được hình thành như: kỹ năng tự phục vụ, kỹ năng giao tiếp, kỹ năng giữ an toàn cho bản thân và kỹ năng hợp tác với bạn bè. Mỗi nội dung đều được minh họa bằng các đoạn video ghi lại hoạt động hằng ngày của trẻ tại lớp."),
        P("Nhiều phụ huynh thẳng thắn chia sẻ những khó khăn khi con còn phụ thuộc vào ông bà, chưa tự xúc cơm, chưa biết cất đồ chơi sau khi chơi. Anh Trần Quốc Bảo, phụ huynh bé Trần Gia Hân lớp Nhỡ 2 cho biết: “Trước đây tôi thường làm thay con mọi việc vì sợ con chậm. Sau buổi hôm nay, tôi hiểu rằng cần kiên nhẫn để con tự làm”."),
        P("Kết thúc tọa đàm, nhà trường và cha mẹ học sinh thống nhất một số việc làm cụ thể: duy trì giờ giấc sinh hoạt ở nhà giống ở trường, khuyến khích trẻ tự làm những việc vừa sức và thường xuyên trao đổi với giáo viên qua sổ liên lạc điện tử."),
        P("Mọi ý kiến đóng góp của cha mẹ trẻ về công tác chăm sóc, giáo dục xin gửi về hộp thư điện tử của nhà trường: mnhoahong.vinhyen@vinhphuc.edu.vn", "cloak"),
    ],
    authors=["Tổ Văn phòng"],
    summary="Chiều 23/11/2026, Trường Mầm non Hoa Hồng phối hợp với Ban đại diện cha mẹ học sinh tổ chức buổi tọa đàm với chủ đề “Vai trò của gia đình trong giáo dục kỹ năng sống cho trẻ mầm non”.",
    opts={"created": "2026-11-24 16:05", "cat": 3, "author": ("alias", "Tổ Văn phòng"),
          "split": 1, "tags": ["kỹ năng sống"]},
)

S155 = Story(
    155, "truong-mam-non-hoa-hong-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Trường Mầm non Hoa Hồng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
    "Hoạt động nhà trường", "2026-11-20T09:15:00+07:00",
    [
        _lead(155, "Cô Nguyễn Thị Thu Hương, Hiệu trưởng nhà trường phát biểu tại buổi lễ"),
        P("Sáng 19/11/2026, Trường Mầm non Hoa Hồng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. Về dự buổi lễ có đồng chí Phạm Văn Hùng, Phó Chủ tịch UBND phường Liên Bảo; đại diện Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên cùng các thế hệ nhà giáo từng công tác tại trường."),
        P("Phát biểu tại buổi lễ, cô Nguyễn Thị Thu Hương, Hiệu trưởng nhà trường ôn lại truyền thống vẻ vang của ngày Nhà giáo Việt Nam và những kết quả nổi bật của nhà trường trong năm học 2025-2026: 100% trẻ được ăn bán trú, tỷ lệ trẻ suy dinh dưỡng giảm còn 1,2%, nhà trường giữ vững danh hiệu Tập thể lao động xuất sắc."),
        Img("/images/tin-tuc/2026/20-11/van-nghe-la-1.jpg",
            "Các bé lớp Lá 1 biểu diễn tiết mục “Cô giáo em”",
            "Các bé lớp Lá 1 biểu diễn tiết mục “Cô giáo em”", style="center"),
        P("Dịp này, nhà trường trao giấy khen cho 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường và 3 giáo viên đạt giải cao trong Hội thi giáo viên dạy giỏi cấp thành phố."),
        P("Không khí buổi lễ thêm ấm áp với những tiết mục văn nghệ do chính các cô giáo và các bé biểu diễn. Những bó hoa tươi thắm, những tấm thiệp tự làm xinh xắn của các bé là món quà ý nghĩa gửi tới các cô nhân ngày 20/11."),
        Img("/images/tin-tuc/2026/20-11/phu-huynh-tang-hoa.jpg",
            "Đại diện cha mẹ học sinh tặng hoa chúc mừng các cô giáo",
            "Đại diện cha mẹ học sinh tặng hoa chúc mừng các cô giáo", style="center"),
        P("Buổi lễ khép lại trong niềm vui và sự xúc động của các thế hệ thầy cô. Mỗi cán bộ, giáo viên, nhân viên nhà trường tiếp tục nguyện nỗ lực “Tất cả vì học sinh thân yêu”, xây dựng Trường Mầm non Hoa Hồng ngày càng vững mạnh."),
    ],
    authors=["Lê Thị Thanh Huyền"], photographers=["Trần Văn Khánh"],
    opts={
        "created": "2026-11-20 09:15", "cat": 3, "featured": True, "author": ("user", 42),
        "split": None, "credits": "Ảnh: Trần Văn Khánh", "tags": ["Ngày Nhà giáo Việt Nam"],
        "old_alias": "le-ky-niem-ngay-nha-giao-viet-nam-20-11", "word": True,
        "extra": [("NguoiViet", "Người viết:", "Cô giáo Lê Thị Thanh Huyền")],
        "comments": [
            (598, "Cựu giáo viên Nguyễn Thị Bích", "2026-11-20 21:40",
             "Xúc động khi được trở về trường cũ. Chúc các cô luôn mạnh khỏe, hạnh phúc và yêu nghề!"),
        ],
    },
)

S149 = Story(
    149, "be-trai-nghiem-mot-ngay-lam-nong-dan-tai-trang-trai-giao-duc",
    "Bé trải nghiệm “Một ngày làm nông dân” tại trang trại giáo dục", "Hoạt động nhà trường",
    "2026-11-06T10:40:00+07:00",
    [
        P("Ngày 05/11/2026, gần 200 trẻ khối Mẫu giáo nhỡ và Mẫu giáo lớn của Trường Mầm non Hoa Hồng đã có chuyến đi trải nghiệm thực tế bổ ích tại một trang trại giáo dục ở huyện Tam Đảo."),
        P("Hoạt động nằm trong kế hoạch giáo dục chủ đề “Thế giới thực vật” của nhà trường, giúp trẻ được quan sát, khám phá và trực tiếp tham gia vào các công việc của người nông dân."),
        Img("/images/tin-tuc/2026/trai-nghiem/thu-hoach-ca-rot.jpg",
            "(Các bé thích thú thu hoạch cà rốt)", "Các bé thích thú thu hoạch cà rốt", style="tbl"),
        P("Đến với trang trại, các bé được nghe hướng dẫn viên giới thiệu về các loại rau củ quả, cách gieo hạt, tưới cây và chăm sóc vật nuôi. Sau đó, từng nhóm trẻ được đội nón, đeo găng tay, tự tay nhổ cà rốt, hái cải và cho thỏ, cho gà ăn."),
        P("Buổi trưa, các bé cùng nhau thưởng thức bữa cơm dã ngoại do nhà bếp của trường chuẩn bị và mang theo. Các cô giáo tranh thủ hướng dẫn trẻ rửa tay sạch sẽ, xếp hàng lấy suất ăn và thu dọn rác đúng nơi quy định."),
        Img("/images/tin-tuc/2026/trai-nghiem/cho-tho-an.jpg",
            "(Giờ cho thỏ ăn của các bạn lớp Nhỡ 3)", "Giờ cho thỏ ăn của các bạn lớp Nhỡ 3", style="tbl"),
        P("Chuyến đi khép lại với nhiều niềm vui. Những bó rau, củ cà rốt do chính tay mình thu hoạch được các bé nâng niu mang về làm quà cho bố mẹ. Qua hoạt động, trẻ thêm yêu lao động, biết quý trọng thành quả của người nông dân."),
        Raw('<p style="text-align: right;"><em>Bài và ảnh: Hoàng Thu Trang</em></p>'),
    ],
    authors=["Hoàng Thu Trang"], photographers=["Hoàng Thu Trang"],
    summary="Ngày 05/11/2026, gần 200 trẻ khối Mẫu giáo nhỡ và Mẫu giáo lớn của Trường Mầm non Hoa Hồng đã có chuyến đi trải nghiệm thực tế bổ ích tại một trang trại giáo dục ở huyện Tam Đảo.",
    opts={"created": "2026-11-06 10:40", "cat": 3, "author": ("user", 42), "split": 1,
          "tags": ["kỹ năng sống"]},
)

S141 = Story(
    141, "cac-be-lop-la-chuc-mung-ngay-phu-nu-viet-nam-20-10",
    "Các bé lớp Lá chúc mừng ngày Phụ nữ Việt Nam 20/10", "Hoạt động nhà trường",
    "2026-10-20T08:00:00+07:00",
    [
        P("Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026), sáng 19/10/2026, các lớp mẫu giáo lớn của Trường Mầm non Hoa Hồng tổ chức chương trình “Bé yêu bà, yêu mẹ, yêu cô”."),
        P("Trong không khí ấm áp, các bé được cô giáo trò chuyện về ý nghĩa của ngày 20/10, về những người phụ nữ thân yêu trong gia đình như bà, mẹ, chị và cô giáo ở trường."),
        Img("/images/tin-tuc/2026/20-10/tang-thiep.jpg",
            "Bé Minh Khang lớp Lá 3 tặng thiệp chúc mừng cô giáo",
            "Bé Minh Khang lớp Lá 3 tặng thiệp chúc mừng cô giáo", style="center"),
        P("Các bé đã tự tay làm những tấm thiệp, những bông hoa giấy xinh xắn với sự hướng dẫn của cô. Nhiều bé còn tự tin hát tặng mẹ, tặng cô những bài hát quen thuộc như “Bàn tay mẹ”, “Cô và mẹ”."),
        P("Chương trình không chỉ mang lại niềm vui cho các bé mà còn giáo dục trẻ lòng biết ơn, sự quan tâm và tình yêu thương dành cho những người phụ nữ thân yêu quanh mình."),
        Raw('<p style="text-align: right;"><strong><em>Nguyễn Thị Mai Phương</em></strong></p>'),
    ],
    authors=["Nguyễn Thị Mai Phương"],
    opts={"created": "2026-10-20 08:00", "cat": 3, "author": ("alias", "BBT"), "split": None},
)

S137 = Story(
    137, "dien-tap-phuong-an-phong-chay-chua-chay-va-cuu-nan-cuu-ho-nam-2026",
    "Diễn tập phương án phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2026",
    "Hoạt động nhà trường", "2026-10-12T06:20:00+07:00",
    [
        _lead(137, "Lực lượng PCCC cơ sở của nhà trường thực hành dập đám cháy giả định"),
        P("Nhằm nâng cao kiến thức, kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ cho cán bộ, giáo viên, nhân viên và trẻ, chiều 10/10/2026, Trường Mầm non Hoa Hồng phối hợp với Đội Cảnh sát PCCC và CNCH Công an thành phố Vĩnh Yên tổ chức diễn tập phương án chữa cháy tại chỗ."),
        P("Tình huống giả định được đưa ra là đám cháy phát sinh tại kho chứa đồ dùng học tập tầng 1 khu nhà B do chập điện. Ngay khi phát hiện, bảo vệ nhà trường hô hoán, đánh kẻng báo động và ngắt cầu dao điện toàn trường."),
        P("Buổi diễn tập được triển khai theo các bước:"),
        P("Báo động, ngắt điện và gọi điện thoại báo cháy tới số 114;", "li"),
        P("Giáo viên các lớp bình tĩnh hướng dẫn trẻ dùng khăn ướt che mũi, miệng, di chuyển theo lối thoát nạn ra sân trường;", "li"),
        P("Lực lượng PCCC cơ sở sử dụng bình chữa cháy và lăng vòi tại chỗ dập tắt đám cháy ban đầu;", "li"),
        P("Kiểm đếm sĩ số trẻ tại điểm tập kết và sơ cứu người bị thương.", "li"),
        P("Chỉ sau 4 phút, toàn bộ 356 trẻ và 48 cán bộ, giáo viên, nhân viên đã được đưa ra khu vực an toàn. Đám cháy giả định được khống chế hoàn toàn khi lực lượng Cảnh sát PCCC đến hỗ trợ."),
        P("Qua buổi diễn tập, mỗi cán bộ, giáo viên đã nắm vững quy trình xử lý khi có sự cố cháy nổ, các bé cũng được làm quen với kỹ năng thoát hiểm an toàn."),
    ],
    authors=["Nguyễn Văn Tuấn"],
    opts={"created": "2026-10-12 06:20", "cat": 3, "author": ("alias", "Nguyễn Văn Tuấn"),
          "split": None, "word": True},
)

S157 = Story(
    157, "hoi-giang-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    "Hội giảng giáo viên dạy giỏi cấp trường năm học 2026-2027", "Chuyên môn",
    "2026-11-28T15:45:00+07:00",
    [
        _lead(157, "Cô Vũ Thị Ngọc Anh với hoạt động khám phá “Bé biết gì về nước”"),
        P("Từ ngày 16/11 đến ngày 27/11/2026, Trường Mầm non Hoa Hồng tổ chức Hội giảng giáo viên dạy giỏi cấp trường với sự tham gia của 18 giáo viên thuộc các khối nhà trẻ và mẫu giáo."),
        P("Hội giảng là dịp để giáo viên trau dồi chuyên môn, học hỏi kinh nghiệm lẫn nhau, đồng thời là cơ sở để nhà trường lựa chọn giáo viên tham dự Hội thi giáo viên dạy giỏi cấp thành phố."),
        P("Mỗi giáo viên dự thi trình bày một hoạt động học thuộc các lĩnh vực phát triển thể chất, nhận thức, ngôn ngữ, tình cảm – kỹ năng xã hội và thẩm mỹ. Ban giám khảo gồm Ban Giám hiệu và các tổ trưởng chuyên môn đánh giá theo tiêu chí của Sở Giáo dục và Đào tạo."),
        P("Nhiều hoạt động được giáo viên thiết kế sáng tạo, lồng ghép trò chơi, ứng dụng công nghệ thông tin và sử dụng đồ dùng tự làm từ nguyên vật liệu tái chế, thu hút trẻ tích cực tham gia."),
        P("Một số giáo viên đạt điểm cao tại hội giảng:", "strong"),
        P("STT | Họ và tên | Lớp | Hoạt động | Xếp loại", "tr"),
        P("1 | Vũ Thị Ngọc Anh | Lá 2 | Khám phá: Bé biết gì về nước | Giỏi", "tr"),
        P("2 | Nguyễn Thị Hồng Nhung | Nhỡ 1 | Làm quen với toán: Đếm đến 6 | Giỏi", "tr"),
        P("3 | Lê Thị Thanh Huyền | Lá 1 | Văn học: Thơ “Chiếc cầu mới” | Giỏi", "tr"),
        P("4 | Bùi Thị Yến | Nhà trẻ D2 | Vận động: Bò chui qua cổng | Khá", "tr"),
        P("Kết thúc hội giảng, nhà trường có 15 giáo viên xếp loại Giỏi, 3 giáo viên xếp loại Khá. Ban Giám hiệu đã lựa chọn 4 giáo viên tiêu biểu tiếp tục bồi dưỡng để tham dự hội thi cấp thành phố vào tháng 1/2027."),
    ],
    authors=["Đỗ Thị Hằng"],
    summary="Từ ngày 16/11 đến ngày 27/11/2026, Trường Mầm non Hoa Hồng tổ chức Hội giảng giáo viên dạy giỏi cấp trường với sự tham gia của 18 giáo viên thuộc các khối nhà trẻ và mẫu giáo.",
    opts={"created": "2026-11-28 15:45", "cat": 4, "author": ("user", 57), "split": 1,
          "tags": ["Hội giảng"]},
)

S152 = Story(
    152, "chuyen-de-lam-quen-voi-chu-cai-cho-tre-mau-giao-5-6-tuoi",
    "Chuyên đề “Làm quen với chữ cái” cho trẻ mẫu giáo 5-6 tuổi", "Chuyên môn",
    "2026-11-12T14:00:00+07:00",
    [
        P("Thực hiện kế hoạch chuyên môn năm học 2026-2027, ngày 11/11/2026, Tổ chuyên môn Khối Mẫu giáo lớn Trường Mầm non Hoa Hồng tổ chức chuyên đề “Làm quen với chữ cái” cho trẻ 5-6 tuổi tại lớp Lá 3."),
        P("1. Mục đích của chuyên đề", "h4"),
        P("Chuyên đề giúp giáo viên thống nhất phương pháp tổ chức hoạt động làm quen với chữ cái theo hướng lấy trẻ làm trung tâm, tạo môi trường chữ viết phong phú để trẻ được nhận biết, phát âm và tri giác chữ cái một cách tự nhiên."),
        Raw("{WIDGET_CHUYEN_DE}"),
        P("2. Nội dung hoạt động mẫu", "h4"),
        P("Cô Trần Thị Phương Thảo đã tổ chức hoạt động làm quen với nhóm chữ i, t, c thông qua ba phần: trò chơi “Chiếc túi kỳ diệu” để giới thiệu chữ, so sánh các nét chữ bằng thẻ chữ nam châm và trò chơi củng cố “Về đúng nhà”."),
        P("Trẻ hứng thú tham gia, phát âm chuẩn, nhiều trẻ còn tự tìm được chữ cái vừa học trong các từ dưới tranh treo ở góc thư viện của lớp."),
        P("3. Thảo luận và rút kinh nghiệm", "h4"),
        P("Sau tiết dạy mẫu, các giáo viên trong tổ thảo luận sôi nổi, đóng góp ý kiến về cách sử dụng đồ dùng trực quan, cách đặt câu hỏi mở và việc lồng ghép chữ cái vào các hoạt động góc, hoạt động ngoài trời."),
        P("Tổ chuyên môn thống nhất áp dụng kết quả chuyên đề tại tất cả các lớp mẫu giáo lớn từ tuần 2 tháng 11/2026."),
    ],
    authors=["Tổ chuyên môn Khối Mẫu giáo lớn"],
    opts={"created": "2026-11-12 14:00", "cat": 4,
          "author": ("alias", "Tổ chuyên môn Khối Mẫu giáo lớn"), "split": None},
)

S146 = Story(
    146, "boi-duong-chuyen-mon-ung-dung-phuong-phap-montessori-trong-hoat-dong-goc",
    "Bồi dưỡng chuyên môn: Ứng dụng phương pháp Montessori trong tổ chức hoạt động góc",
    "Chuyên môn", "2026-10-29T09:30:00+07:00",
    [
        P("Ngày 27 và 28/10/2026, 100% giáo viên Trường Mầm non Hoa Hồng tham gia lớp bồi dưỡng chuyên môn “Ứng dụng phương pháp Montessori trong tổ chức hoạt động góc” do Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên tổ chức."),
        P("Lớp bồi dưỡng do ThS. Nguyễn Thị Lan Phương, giảng viên Trường Cao đẳng Vĩnh Phúc trực tiếp hướng dẫn. Nội dung tập trung vào các nguyên tắc cơ bản của phương pháp Montessori: tôn trọng sự phát triển tự nhiên của trẻ, chuẩn bị môi trường có trật tự và khuyến khích trẻ tự lựa chọn hoạt động."),
        P("Giáo viên được thực hành thiết kế các học cụ đơn giản từ nguyên vật liệu sẵn có như:"),
        P("Khay chuyển hạt bằng thìa, bằng kẹp gỗ để luyện cơ tay;", "li"),
        P("Bảng cài cúc, bảng buộc dây giày rèn kỹ năng tự phục vụ;", "li"),
        P("Hộp phân loại màu sắc, kích thước cho góc toán.", "li"),
        P("Sau lớp bồi dưỡng, nhà trường chỉ đạo mỗi nhóm lớp bổ sung ít nhất 5 học cụ theo hướng Montessori vào góc thực hành cuộc sống và góc học tập trước ngày 30/11/2026."),
    ],
    authors=["Đỗ Thị Hằng"], source="Phòng GD&ĐT thành phố Vĩnh Yên",
    summary="Ngày 27 và 28/10/2026, 100% giáo viên Trường Mầm non Hoa Hồng tham gia lớp bồi dưỡng chuyên môn “Ứng dụng phương pháp Montessori trong tổ chức hoạt động góc” do Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên tổ chức.",
    opts={"created": "2026-10-29 09:30", "cat": 4, "author": ("user", 57), "split": 1,
          "extra": [("NguonTin", "Nguồn tin:", "Phòng GD&ĐT thành phố Vĩnh Yên")]},
)

S139 = Story(
    139, "trien-khai-ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
    "Triển khai Kế hoạch giáo dục nhà trường năm học 2026-2027", "Chuyên môn", "2026-10-15",
    [
        P("Căn cứ hướng dẫn nhiệm vụ năm học 2026-2027 của Sở Giáo dục và Đào tạo tỉnh Vĩnh Phúc và Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên, Trường Mầm non Hoa Hồng xây dựng và triển khai Kế hoạch giáo dục nhà trường với một số nội dung trọng tâm sau:"),
        P("Thứ nhất, tiếp tục thực hiện có hiệu quả Chương trình giáo dục mầm non, đẩy mạnh chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” giai đoạn 2026-2030.", "br"),
        P("Thứ hai, bảo đảm an toàn tuyệt đối về thể chất và tinh thần cho trẻ; nâng cao chất lượng bữa ăn bán trú, giảm tỷ lệ trẻ suy dinh dưỡng và thừa cân, béo phì.", "br"),
        P("Thứ ba, đổi mới công tác bồi dưỡng chuyên môn theo hướng tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học; khuyến khích giáo viên ứng dụng công nghệ thông tin trong thiết kế hoạt động.", "br"),
        P("Thứ tư, tăng cường phối hợp giữa nhà trường và gia đình, chia sẻ thông tin thường xuyên qua nhóm Zalo lớp và sổ liên lạc điện tử.", "br"),
        SPACER,
        P("Toàn văn kế hoạch được đính kèm dưới đây để cán bộ, giáo viên, nhân viên và cha mẹ trẻ tham khảo."),
    ],
    authors=["Ban Giám hiệu"],
    opts={"created": "2026-10-15 00:00", "cat": 4, "author": ("alias", "Ban Giám hiệu"),
          "split": None, "attach": (23, "KH-giao-duc-nha-truong-2026-2027.pdf", 41)},
)

S159 = Story(
    159, "kham-suc-khoe-dinh-ky-cho-tre-hoc-ky-i-nam-hoc-2026-2027",
    "Khám sức khỏe định kỳ cho trẻ học kỳ I năm học 2026-2027", "Dinh dưỡng - Sức khỏe",
    "2026-12-04T10:10:00+07:00",
    [
        _lead(159, "Bác sĩ Trạm Y tế phường Liên Bảo khám răng cho các bé lớp Nhỡ 2"),
        P("Trong hai ngày 02 và 03/12/2026, Trường Mầm non Hoa Hồng phối hợp với Trạm Y tế phường Liên Bảo tổ chức khám sức khỏe định kỳ học kỳ I cho 356 trẻ đang theo học tại trường."),
        P("Các bé được cân, đo chiều cao, khám tổng quát, khám răng miệng, tai mũi họng và mắt. Kết quả được bác sĩ ghi vào sổ theo dõi sức khỏe của từng trẻ và thông báo tới phụ huynh qua nhóm lớp."),
        P("Qua đợt khám, có 97,5% trẻ phát triển bình thường về cân nặng và chiều cao; 6 trẻ suy dinh dưỡng thể thấp còi, 9 trẻ thừa cân; 21 trẻ bị sâu răng và 4 trẻ có dấu hiệu giảm thị lực được khuyến cáo đưa đi khám chuyên khoa."),
        P("Căn cứ kết quả khám, nhà trường điều chỉnh chế độ dinh dưỡng, tăng cường vận động cho trẻ thừa cân, bổ sung bữa phụ cho trẻ suy dinh dưỡng; đồng thời tuyên truyền cha mẹ trẻ phối hợp chăm sóc vệ sinh răng miệng cho con tại nhà."),
    ],
    authors=["Phạm Thị Lụa"], photographers=["Phạm Thị Lụa"],
    summary="Trong hai ngày 02 và 03/12/2026, Trường Mầm non Hoa Hồng phối hợp với Trạm Y tế phường Liên Bảo tổ chức khám sức khỏe định kỳ học kỳ I cho 356 trẻ đang theo học tại trường.",
    opts={
        "created": "2026-12-04 10:10", "cat": 5, "author": ("user", 42), "split": 1,
        "credits": "Ảnh: Phạm Thị Lụa", "tags": ["y tế học đường"],
        "modified": "2026-12-05 08:12",
        "extra": [("NguoiThucHien", "Người thực hiện:", "Phạm Thị Lụa - Nhân viên y tế")],
        "comments": [
            (617, "Mẹ bé Khôi (Nhỡ 2)", "2026-12-04 21:33",
             "Nhà trường cho hỏi khi nào phụ huynh nhận được phiếu kết quả khám của con ạ?"),
        ],
    },
)

S150 = Story(
    150, "chu-dong-phong-chong-benh-tay-chan-mieng-trong-truong-mam-non",
    "Chủ động phòng chống bệnh tay chân miệng trong trường mầm non", "Dinh dưỡng - Sức khỏe",
    "2026-11-10T08:45:00+07:00",
    [
        P("Bệnh tay chân miệng thường gia tăng vào các tháng cuối năm, chủ yếu gặp ở trẻ dưới 5 tuổi. Để phòng bệnh hiệu quả, nhà trường khuyến cáo cha mẹ trẻ lưu ý một số biện pháp sau.", "bold"),
        P("Dấu hiệu nhận biết bệnh", "strong"),
        P("Trẻ sốt nhẹ, mệt mỏi, đau họng, biếng ăn;", "li"),
        P("Xuất hiện các nốt phỏng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông;", "li"),
        P("Loét miệng, chảy nhiều nước bọt, quấy khóc.", "li"),
        P("Biện pháp phòng bệnh", "strong"),
        P("Thường xuyên rửa tay bằng xà phòng dưới vòi nước sạch cho trẻ và người chăm sóc trẻ, đặc biệt trước khi chế biến thức ăn, trước khi cho trẻ ăn và sau khi thay tã, đi vệ sinh."),
        P("Thực hiện ăn chín, uống chín; vệ sinh sạch sẽ đồ chơi, vật dụng, sàn nhà bằng xà phòng hoặc chất tẩy rửa thông thường."),
        P("Khi phát hiện trẻ có dấu hiệu nghi ngờ mắc bệnh, cha mẹ cần cho trẻ nghỉ học, đưa trẻ đến cơ sở y tế để được khám, tư vấn và thông báo ngay cho giáo viên chủ nhiệm."),
        Raw('<p style="text-align: right;"><em>(Theo CDC Vĩnh Phúc)</em></p>'),
    ],
    source="CDC Vĩnh Phúc",
    summary="Bệnh tay chân miệng thường gia tăng vào các tháng cuối năm, chủ yếu gặp ở trẻ dưới 5 tuổi. Để phòng bệnh hiệu quả, nhà trường khuyến cáo cha mẹ trẻ lưu ý một số biện pháp sau.",
    opts={"created": "2026-11-10 08:45", "cat": 5, "author": ("user", 42), "split": 1,
          "tags": ["y tế học đường"]},
)

S143 = Story(
    143, "che-do-dinh-duong-hop-ly-cho-tre-mam-non-trong-mua-dong",
    "Chế độ dinh dưỡng hợp lý cho trẻ mầm non trong mùa đông", "Dinh dưỡng - Sức khỏe",
    "2026-10-23T15:00:00+07:00",
    [
        P("Thời tiết mùa đông lạnh và hanh khô khiến trẻ dễ mắc các bệnh về đường hô hấp, biếng ăn và giảm sức đề kháng. Vì vậy, chế độ dinh dưỡng hợp lý có vai trò đặc biệt quan trọng đối với sự phát triển của trẻ trong giai đoạn này."),
        P("Bữa ăn của trẻ cần đủ bốn nhóm thực phẩm: chất bột đường, chất đạm, chất béo, vitamin và khoáng chất. Nên tăng cường các loại rau xanh, quả chín giàu vitamin C như cam, quýt, bưởi, ổi để nâng cao sức đề kháng."),
        P("Cho trẻ uống đủ nước ấm, không nên để trẻ uống nước đá hay ăn kem, sữa chua để quá lạnh. Thức ăn nên được chế biến mềm, dễ tiêu và cho trẻ ăn ngay khi còn ấm."),
        P("Dưới đây là gợi ý thực đơn một ngày của trẻ mẫu giáo tại Trường Mầm non Hoa Hồng trong mùa đông:"),
        P("Bữa | Món ăn", "tr"),
        P("Bữa sáng (ở nhà) | Cháo thịt bằm, sữa", "tr"),
        P("Bữa trưa | Cơm, thịt gà rim, canh bí đỏ nấu tôm, quýt", "tr"),
        P("Bữa chiều | Súp ngô cua, sữa chua", "tr"),
        P("Ngoài chế độ ăn, cha mẹ cần giữ ấm cho trẻ khi ra ngoài, cho trẻ ngủ đủ giấc và vận động nhẹ nhàng mỗi ngày để cơ thể khỏe mạnh."),
    ],
    source="Viện Dinh dưỡng Quốc gia",
    opts={"created": "2026-10-23 15:00", "cat": 5, "author": ("user", 42), "split": None,
          "word": True, "extra": [("Nguon", "Nguồn:", "Viện Dinh dưỡng Quốc gia")]},
)

STORIES = [S158, S156, S155, S149, S141, S137, S157, S152, S146, S139, S159, S150, S143]

# --- non-article K2 items ---------------------------------------------------------------------

GAL_KHAIGIANG = "thu-vien/2026/khai-giang-2026-2027"

N153 = Story(
    153, "album-anh-le-khai-giang-nam-hoc-2026-2027", "Album ảnh: Lễ khai giảng năm học 2026-2027",
    "Thư viện ảnh - Video", None,
    [P("Một số hình ảnh trong Lễ khai giảng năm học 2026-2027 của cô và trò Trường Mầm non Hoa Hồng."),
     *[_sig(GAL_KHAIGIANG, n) for n in range(1, 7)]],
    opts={"created": "2026-10-05 16:20", "cat": 6, "author": ("user", 42), "split": None},
)
N160 = Story(
    160, "video-cac-be-lop-la-2-mua-vui-mung-ngay-hoi", "Video: Các bé lớp Lá 2 múa “Vui mừng ngày hội”",
    "Thư viện ảnh - Video", None,
    [P("Tiết mục múa của các bé lớp Lá 2 tại Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026.")],
    opts={"created": "2026-11-22 19:05", "cat": 6, "author": ("user", 42), "split": None,
          "video": "Xk3m9TqzV2A"},
)
N144 = Story(
    144, "ke-hoach-tuyen-sinh-bo-sung-tre-nha-tre-nam-hoc-2026-2027",
    "Kế hoạch tuyển sinh bổ sung trẻ nhà trẻ năm học 2026-2027", "Văn bản - Thông báo", None,
    [P("Kế hoạch số 52/KH-MNHH ngày 26/10/2026 của Trường Mầm non Hoa Hồng về tuyển sinh bổ sung trẻ nhà trẻ (18-36 tháng tuổi) năm học 2026-2027. Xem chi tiết trong tệp đính kèm.")],
    opts={"created": "2026-10-26 10:00", "cat": 7, "author": ("user", 42), "split": None,
          "attach": (19, "52-KH-MNHH-tuyen-sinh-bo-sung.pdf", 128),
          "extra": [("SoKyHieu", "Số ký hiệu:", "52/KH-MNHH"),
                    ("NgayBanHanh", "Ngày ban hành:", "26/10/2026"),
                    ("NguoiKy", "Người ký:", "Nguyễn Thị Thu Hương")]},
)
ITEMS = {s.id: s for s in [*STORIES, N153, N160, N144]}


def cat_items(cat_id: int) -> list[Story]:
    items = [s for s in ITEMS.values() if s.opts["cat"] == cat_id]
    return sorted(items, key=lambda s: s.opts["created"], reverse=True)


def item_cat(s: Story) -> Cat:
    return CATS[s.opts["cat"]]


# --- shared markup ------------------------------------------------------------------------------


def cloak(addr: str) -> str:
    """Joomla 3's e-mail cloaking (plg_content_emailcloak / JHtml::_('email.cloak'))."""

    def enc(s: str) -> str:
        for ch, ref in (("a", "&#97;"), ("e", "&#101;"), ("i", "&#105;"), ("o", "&#111;"), ("u", "&#117;")):
            s = s.replace(ch, ref)
        return s

    h = md5(addr)
    user, domain = addr.split("@")
    dom = " + '&#46;' + ".join(f"'{enc(p)}'" for p in domain.split("."))
    return (
        f'<span id="cloak{h}">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần '
        f"bật JavaScript để xem nó.</span><script type='text/javascript'>\n"
        f"\t\t\t\tdocument.getElementById('cloak{h}').innerHTML = '';\n"
        f"\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        f"\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{h} = '{enc(user)}' + '&#64;';\n"
        f"\t\t\t\taddy{h} = addy{h} + {dom};\n"
        f"\t\t\t\tvar addy_text{h} = '{enc(user)}' + '&#64;' + {dom};"
        f"document.getElementById('cloak{h}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + "
        f"addy{h} + '\\'>'+addy_text{h}+'<\\/a>';\n\t\t</script>"
    )


MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", None, [("Giới thiệu chung", "/gioi-thieu/gioi-thieu-chung.html"),
                          ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc.html")]),
    ("Tin tức", "/tin-tuc.html", [(CATS[c].name, CATS[c].path) for c in NEWS_CATS]),
    ("Thư viện", CATS[6].path, []),
    ("Văn bản", CATS[7].path, []),
    ("Liên hệ", "/lien-he.html", []),
]


def _menu(active: str) -> str:
    out = ['<ul class="gf-menu l1 ">']
    for i, (label, href, subs) in enumerate(MENU):
        item = 101 + i * 3
        cls = [f"item{item}"]
        if subs:
            cls.append("parent")
        if label == active:
            cls.append("active")
        if i == len(MENU) - 1:
            cls.append("last")
        if href:
            a = f'<a class="item" href="{href}">{esc(label)}<span class="border-fixer"></span></a>'
        else:
            a = f'<span class="item separator">{esc(label)}<span class="border-fixer"></span></span>'
        out.append(f'<li class="{" ".join(cls)}" >{a}')
        if subs:
            out.append('<span class="dropdown-spacer"></span><div class="dropdown columns-1 " '
                       'style="width:230px;"><div class="column col1"  style="width:230px;"><ul class="l2">')
            for j, (sl, sh) in enumerate(subs):
                out.append(f'<li class="item{item + j + 1}" ><a class="item" href="{sh}">{esc(sl)}</a></li>')
            out.append("</ul></div></div>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


def _crumbs(crumbs: list[tuple[str, str | None]]) -> str:
    out = ['<div aria-label="Breadcrumbs" role="navigation">',
           '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">',
           '<li>Bạn đang ở: &#160;</li>']
    for pos, (label, href) in enumerate(crumbs, 1):
        if href:
            out.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
                '<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>'
                f'<meta itemprop="position" content="{pos}"></li>')
        else:
            out.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active">'
                f'<span itemprop="name">{esc(label)}</span><meta itemprop="position" content="{pos}"></li>')
    out.append("</ul></div>")
    return "\n".join(out)


def _module(title: str, content: str, cls: str = "box1", mid: int = 0) -> str:
    return (f'<div class="rt-block {cls}"><div class="module-surround" id="mod{mid}">'
            f'<div class="module-title"><h2 class="title">{esc(title)}</h2></div>'
            f'<div class="module-content">{content}</div></div></div>')


MOST_READ = [159, 158, 155, 157, 156]


def _sidebar() -> str:
    items = sorted((ITEMS[i] for i in MOST_READ), key=lambda s: s.views(), reverse=True)
    lis = []
    for n, s in enumerate(items):
        cls = "even" if n % 2 == 0 else "odd"
        if n == len(items) - 1:
            cls += " lastItem"
        lis.append(
            f'<li class="{cls}"><a class="moduleItemImage" href="{item_path(s, "/component/k2")}" '
            f'title="Xem tiếp &quot;{esc(s.title)}&quot;"><img src="{k2_image(s.id, "XS")}" alt="{esc(s.title)}" /></a>'
            f'<a class="moduleItemTitle" href="{item_path(s, "/component/k2")}">{esc(s.title)}</a>'
            f'<span class="moduleItemDateCreated">{short_date(s.opts["created"])}</span>'
            f'<span class="moduleItemHits">Lượt xem {s.views()}</span><div class="clr"></div></li>')
    most = f'<div id="k2ModuleBox118" class="k2ItemsBlock docnhieu"><ul>{"".join(lis)}</ul></div>'
    notice = (
        '<div class="custom thongbao"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" '
        'onmouseout="this.start()" style="height:120px">'
        f'<p><img src="{TPL}/images/icon-new.gif" alt="" /> <a href="{item_path(N144)}">Kế hoạch tuyển sinh '
        'bổ sung trẻ nhà trẻ năm học 2026-2027</a></p>'
        '<p><img src="/images/icons/dot.png" alt="" /> Lịch nghỉ Tết Dương lịch 2027: trẻ nghỉ học ngày '
        '01/01/2027 (thứ Sáu).</p></marquee></div>')
    links = (
        '<div class="custom"><select name="lienket" style="width:100%" '
        'onchange="if(this.value!=\'\') window.open(this.value,\'_blank\');">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://vinhphuc.edu.vn">Sở GD&amp;ĐT Vĩnh Phúc</option>'
        '<option value="https://vinhyen.vinhphuc.gov.vn">Cổng TTĐT thành phố Vĩnh Yên</option>'
        '</select></div>')
    poll = (
        '<form action="/index.php" method="post" name="poll_vote_3" id="poll_vote_3">'
        '<div class="poll_question"><strong>Phụ huynh biết đến website của nhà trường qua kênh nào?</strong></div>'
        '<table class="pollstableborder" cellspacing="0" cellpadding="0" border="0">'
        '<tr><td class="sectiontableentry2"><input type="radio" name="voteid" id="voteid11" value="11" />'
        '<label for="voteid11">Nhóm Zalo lớp</label></td></tr>'
        '<tr><td class="sectiontableentry1"><input type="radio" name="voteid" id="voteid12" value="12" />'
        '<label for="voteid12">Giáo viên giới thiệu</label></td></tr>'
        '<tr><td class="sectiontableentry2"><input type="radio" name="voteid" id="voteid13" value="13" />'
        '<label for="voteid13">Tìm kiếm trên Google</label></td></tr></table>'
        '<div class="poll_buttons"><input type="submit" name="task_button" class="button" value="Bình chọn" />'
        ' <input type="button" class="button" value="Kết quả" onclick="SqueezeBox.open(\'#pollresult3\')" /></div>'
        '<input type="hidden" name="option" value="com_mijopolls" /><input type="hidden" name="task" value="vote" />'
        '<input type="hidden" name="poll_id" value="3" /><input type="hidden" name="a3f9c1d0e2b47d6a" value="1" /></form>')
    counter_rows = [("vtoday", "Hôm nay", "412"), ("vyesterday", "Hôm qua", "538"),
                    ("vweek", "Tuần này", "2.106"), ("vmonth", "Tháng này", "2.950"),
                    ("vall", "Tổng truy cập", "1.284.530")]
    rows = "".join(
        f'<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tbl/{k}.png" alt="{v}" title="{v}" /></td>'
        f'<td>{v}</td><td align="right">{n}</td></tr>' for k, v, n in counter_rows)
    counter = (
        '<div class="vvisit_counter"><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" '
        f'class="vinaora_counter"><tbody align="center">{rows}</tbody></table>'
        '<div style="text-align: center;">Đang online: <strong>23</strong></div></div>')
    return "\n".join([
        _module("Tin đọc nhiều", most, "box2", 118),
        _module("Thông báo", notice, "box1 title2", 121),
        _module("Liên kết website", links, "box1", 122),
        _module("Thăm dò ý kiến", poll, "box1", 123),
        _module("Thống kê truy cập", counter, "box3", 124),
    ])


def _search_box() -> str:
    return ('<div id="k2ModuleBox99" class="k2SearchBlock"><form action="/tin-tuc/itemlist/search.html" '
            'method="get" autocomplete="off" class="k2SearchBlockForm">'
            '<input type="text" value="Tìm kiếm..." name="searchword" maxlength="30" size="20" '
            'class="inputbox" onblur="if(this.value==\'\') this.value=\'Tìm kiếm...\';" '
            'onfocus="if(this.value==\'Tìm kiếm...\') this.value=\'\';" />'
            '<input type="hidden" name="categories" value="" /><input type="hidden" name="format" value="html" />'
            '<input type="hidden" name="t" value="" /><input type="hidden" name="tpl" value="search" /></form></div>')


FOOTER_MAIL = "mnhoahong.vinhyen@vinhphuc.edu.vn"


def page(request: Request, *, title: str, crumbs: list[tuple[str, str | None]] | None,
         component: str, bottom: str = "", head: str = "", active: str = "",
         body_class: str = "option-com-k2 view-item") -> Response:
    base = base_url(request)
    crumb_html = ""
    if crumbs:
        crumb_html = (
            '<div id="rt-breadcrumbs"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega">'
            '<div class="rt-block"><div class="module-surround"><div class="module-content">'
            f'{_crumbs(crumbs)}</div></div></div></div><div class="clear"></div></div></div>')
    doc = f"""<!DOCTYPE html>
<html xml:lang="vi-vn" lang="vi-vn" >
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<base href="{base}{esc(request.target)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="mầm non hoa hồng, vĩnh yên, vĩnh phúc, giáo dục mầm non" />
<meta name="rights" content="Trường Mầm non Hoa Hồng - thành phố Vĩnh Yên" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
{head}
<title>{esc(title)}</title>
<link href="{TPL}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/k2/assets/css/k2.fonts.css?v=2.10.3" rel="stylesheet" />
<link href="/components/com_k2/css/k2.css?v=2.10.3&amp;b=20200429" rel="stylesheet" />
<link href="/plugins/content/jw_sig/jw_sig/tmpl/Classic/css/template.css?v=4.1.0" rel="stylesheet" />
<link href="/libraries/gantry/css/grid-responsive.css" rel="stylesheet" />
<link href="{TPL}/css-compiled/master-8c0e5c3b1a.css" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?6d2a6e6f1e"></script>
<script src="/media/jui/js/jquery-noconflict.js?6d2a6e6f1e"></script>
<script src="/media/k2/assets/js/k2.frontend.js?v=2.10.3&amp;b=20200429&amp;sitepath=/"></script>
<script src="/libraries/gantry/js/browser-engines.js"></script>
<script src="{TPL}/js/rokmediaqueries.js"></script>
</head>
<body class="logo-type-custom main-body-light header-type-custom font-family-arial font-size-is-default menu-type-dropdownmenu layout-mode-responsive col12 {body_class}">
<div id="rt-page-surround">
<header id="rt-top-surround">
 <div id="rt-top"><div class="rt-container">
  <div class="rt-grid-6 rt-alpha"><div class="rt-block"><div class="module-surround"><div class="module-content"><div class="custom ngayhientai"><p><img src="{TPL}/images/icon-clock.png" alt="" /> {TODAY_LINE}</p></div></div></div></div></div>
  <div class="rt-grid-6 rt-omega"><div class="rt-block"><div class="module-surround"><div class="module-content">{_search_box()}</div></div></div></div>
  <div class="clear"></div></div></div>
 <div id="rt-header"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega">
  <div class="rt-logo-block"><a href="/" id="rt-logo"><img src="/images/banner/logo-mn-hoa-hong.png" alt="Trường Mầm non Hoa Hồng" /></a></div>
  <div class="rt-block banner-text"><p class="tenphong">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ VĨNH YÊN</p><p class="tentruong">TRƯỜNG MẦM NON HOA HỒNG</p></div>
  </div><div class="clear"></div></div></div>
 <div id="rt-navigation"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega"><div class="rt-block menu-block"><div class="gf-menu-device-container responsive-type-panel"></div>
{_menu(active)}
 <div class="clear"></div></div></div><div class="clear"></div></div></div>
</header>
<div id="rt-transition">
<div id="rt-mainbody-surround">
{crumb_html}
<div class="rt-container">
 <div id="rt-main" class="mb8-sa4">
  <div class="rt-container">
   <div class="rt-grid-8 ">
    <div class="rt-block"><div id="rt-mainbody"><div class="component-content">
{component}
    </div></div></div>
    <div id="rt-content-bottom">{bottom}</div>
   </div>
   <div class="rt-grid-4 "><div id="rt-sidebar-a">
{_sidebar()}
   </div></div>
   <div class="clear"></div>
  </div>
 </div>
</div>
</div>
</div>
<footer id="rt-footer-surround">
 <div id="rt-footer"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega"><div class="rt-block"><div class="module-surround"><div class="module-content">
 <div class="custom diachi"><p><strong>TRƯỜNG MẦM NON HOA HỒNG - THÀNH PHỐ VĨNH YÊN</strong></p>
 <p>Địa chỉ: Số 12 đường Nguyễn Tất Thành, phường Liên Bảo, thành phố Vĩnh Yên, tỉnh Vĩnh Phúc</p>
 <p>Điện thoại: 0211.3 862 418 - Email: {cloak(FOOTER_MAIL)}</p>
 <p>Người chịu trách nhiệm: Hiệu trưởng Nguyễn Thị Thu Hương</p></div>
 </div></div></div></div><div class="clear"></div></div></div>
 <div id="rt-copyright"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega"><div class="rt-block">
 <p>&copy; 2026 Bản quyền thuộc Trường Mầm non Hoa Hồng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
 <a href="#" id="gantry-totop" rel="nofollow"><span class="totop-desc">Về đầu trang</span></a>
 </div></div><div class="clear"></div></div></div>
</footer>
</div>
<script src="https://sp.zalo.me/plugins/sdk.js"></script>
</body>
</html>"""
    return html(doc)


# --- article text --------------------------------------------------------------------------------


def _ptext(p: P, word: bool) -> str:
    t = esc(p.text)
    if word:
        return ('<p class="MsoNormal" style="text-align: justify; line-height: 150%;"><span style="font-size: 14pt; '
                f"line-height: 150%; font-family: 'times new roman', times;\">{t}</span></p>")
    return f'<p style="text-align: justify;">{t}</p>'


def _sig_html(imgs: list[Img], page_url: str) -> str:
    folder = imgs[0].src.rsplit("/", 1)[0].removeprefix("/images/")
    gid = md5(folder)
    lis = []
    for img in imgs:
        fname = img.src.rsplit("/", 1)[1]
        thumb = f"/cache/jw_sig/jw_sig_cache_{gid}_{fname}"
        lis.append(
            f'\t<li class="sigFreeThumb">\n\t\t<a href="{img.src}" class="sigFreeLink" style="width:200px;height:160px;" '
            f'title="Bạn đang xem ảnh với tên tập tin {fname}" data-thumb="{thumb}" target="_blank" '
            f'data-fresco-group="{gid}" data-fresco-caption="Bạn đang xem ảnh với tên tập tin {fname}">\n'
            f'\t\t\t<img class="sigFreeImg" src="/plugins/content/jw_sig/jw_sig/includes/images/transparent.gif" '
            f'alt="Nhấn để xem ảnh lớn {fname}" title="Nhấn để xem ảnh lớn {fname}" '
            f"style=\"width:200px;height:160px;background-image:url('{thumb}');\" />\n\t\t</a>\n\t</li>")
    return (
        '\n<!-- JoomlaWorks "Simple Image Gallery" Plugin (v4.1.0) starts here -->\n\n'
        f'<ul id="sigFreeId{gid}" class="sigFreeContainer sigFreeClassic">\n' + "\n".join(lis)
        + '\n\t<li class="sigFreeClear">&nbsp;</li>\n</ul>\n\n'
        f'<div class="sigFreePrintMessage">\n\tXem các ảnh trong bài viết tại đường dẫn: '
        f'<a href="{page_url}#sigFreeId{gid}">{page_url}#sigFreeId{gid}</a>\n</div>\n\n'
        '<!-- JoomlaWorks "Simple Image Gallery" Plugin (v4.1.0) ends here -->\n')


def _widget_chuyen_de() -> str:
    lis = "".join(f'<li><a href="{item_path(ITEMS[i])}">{esc(ITEMS[i].title)}</a></li>' for i in (157, 146))
    return ('<div class="moduletable loadposition-tincungchuyende"><h3>Bài viết cùng chuyên đề</h3>'
            f'<ul class="latestnews mod-list">{lis}</ul></div>')


def render_blocks(blocks: list, s: Story, page_url: str) -> str:
    word = bool(s.opts.get("word"))
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img) and b.style == "sig":
            j = i
            while j < len(blocks) and isinstance(blocks[j], Img) and blocks[j].style == "sig":
                j += 1
            out.append(_sig_html(blocks[i:j], page_url))
            i = j
            continue
        if isinstance(b, P) and b.style in ("li", "tr", "br"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            elif b.style == "br":
                out.append('<p style="text-align: justify;">' + "<br />\n".join(esc(p.text) for p in group) + "</p>")
            else:
                rows = []
                for n, p in enumerate(group):
                    cells = p.text.split(" | ")
                    if n == 0:
                        rows.append("<tr>" + "".join(
                            f'<td style="text-align: center; background-color: #fce4ec;"><strong>{esc(c)}</strong></td>'
                            for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                out.append('<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" '
                           f'border="1" cellpadding="4"><tbody>{"".join(rows)}</tbody></table>')
            i = j
            continue
        if isinstance(b, P):
            if b.style == "h3":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.style == "h4":
                out.append(f'<h4 style="color: #c2185b;">{esc(b.text)}</h4>')
            elif b.style == "strong":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            elif b.style == "bold":
                out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
            elif b.style == "cloak":
                addr = re.search(r"\S+@\S+", b.text).group()
                before = b.text[: b.text.index(addr)]
                out.append(f'<p style="text-align: justify;">{esc(before)}{cloak(addr)}</p>')
            else:
                out.append(_ptext(b, word))
        elif isinstance(b, Img):
            alt = esc(b.caption or "")
            if b.style == "center":
                out.append(f'<p style="text-align: center;"><img src="{b.src}" alt="{alt}" '
                           'style="width: 600px; height: 400px;" /></p>'
                           f'<p style="text-align: center;"><em><span style="font-size: 10pt;">{esc(b.printed)}</span></em></p>')
            elif b.style == "tbl":
                out.append('<table style="margin-left: auto; margin-right: auto;" border="0" cellpadding="2"><tbody>'
                           f'<tr><td><img src="{b.src}" alt="" width="560" height="373" /></td></tr>'
                           '<tr><td style="text-align: center;"><span style="font-size: 10pt; color: #555555;">'
                           f'<em>{esc(b.printed)}</em></span></td></tr></tbody></table>')
        elif isinstance(b, Raw):
            out.append(_widget_chuyen_de() if b.html == "{WIDGET_CHUYEN_DE}" else b.html)
        i += 1
    return "\n".join(out)


# --- the item view -------------------------------------------------------------------------------


def _featured(s: Story) -> str:
    return "\n\t\t\t<!-- Featured flag -->\n\t\t\t<span>\n\t\t\t\t<sup>\n\t\t\t\t\tNổi bật\t\t\t\t</sup>\n\t\t\t</span>\n\t\t\t" \
        if s.opts.get("featured") else ""


def _author_line(s: Story, cls: str = "itemAuthor") -> str:
    kind, value = s.opts["author"]
    if kind == "user":
        name = USERS[value][0]
        return (f'<span class="{cls}">\n\t\tViết bởi&nbsp;<a rel="author" title="{esc(name)}" '
                f'href="{user_path(value)}">{esc(name)}</a>\t\t</span>')
    return f'<span class="{cls}">\n\t\tViết bởi&nbsp;{esc(value)}\t\t</span>'


def attach_path(s: Story) -> str:
    n, fname, _ = s.opts["attach"]
    return f"/tin-tuc/item/download/{n}_{md5(fname)}.html"


def item_component(s: Story, request: Request, *, printing: bool = False) -> str:
    cat = item_cat(s)
    canon = item_path(s)
    page_url = base_url(request) + canon
    blocks = list(s.blocks)
    lead = next((b for b in blocks if isinstance(b, Img) and b.style == "k2"), None)
    body_blocks = [b for b in blocks if b is not lead]
    split = s.opts.get("split")
    if split:
        p_at = [n for n, b in enumerate(body_blocks) if isinstance(b, P)]
        cut = p_at[split - 1] + 1
        intro, full = body_blocks[:cut], body_blocks[cut:]
    else:
        intro, full = body_blocks, []
    parts = [f'<!-- Start K2 Item Layout -->\n<span id="startOfPageId{s.id}"></span>\n\n'
             f'<div id="k2Container" class="itemView{" itemIsFeatured" if s.opts.get("featured") else ""}">']
    if printing:
        parts.append('<a class="itemPrintThisPage" rel="nofollow" href="#" onclick="window.print(); return false;">'
                     '<span>In trang này</span></a>')
    parts.append(
        '<div class="itemHeader">\n'
        f'\t\t<span class="itemDateCreated">\n\t\t\t{k2_date(s.opts["created"])}\t\t</span>\n'
        f'\t\t<h2 class="itemTitle">\n\t\t\t{esc(s.title)}{_featured(s)}\n\t\t</h2>\n'
        f'\t\t{_author_line(s)}\n</div>')
    if not printing:
        tools = ['<li>\n<span class="itemTextResizerTitle">Cỡ chữ</span>\n'
                 '<a href="#" id="fontDecrease"><span>giảm cỡ chữ</span></a>\n'
                 '<a href="#" id="fontIncrease"><span>tăng cỡ chữ</span></a>\n</li>']
        if cat.printable:
            tools.append(
                f'<li><a class="itemPrintLink" rel="nofollow" href="{canon}?tmpl=component&amp;print=1" '
                "onclick=\"window.open(this.href,'printWindow','width=900,height=600,location=no,menubar=no,"
                "resizable=yes,scrollbars=yes'); return false;\"><span>In</span></a></li>")
        ncom = len(s.opts.get("comments", []))
        if s in STORIES:
            label = f"<span>{ncom}</span> bình luận" if ncom else "Hãy là người đầu tiên bình luận!"
            tools.append(f'<li><a class="itemCommentsLink k2Anchor" href="{canon}#itemCommentsAnchor">{label}</a></li>')
        parts.append('<div class="itemToolbar"><ul>' + "\n".join(tools) + '</ul><div class="clr"></div></div>')
        parts.append(
            '<div class="itemRatingBlock"><span>Đánh giá bài này</span><div class="itemRatingForm">'
            f'<ul class="itemRatingList"><li class="itemCurrentRating" id="itemCurrentRating{s.id}" style="width:0%;"></li>'
            + "".join(f'<li><a href="#" data-id="{s.id}" title="{n} sao trên 5" class="{w}-star{"s" if n > 1 else ""}">{n}</a></li>'
                      for n, w in enumerate(["one", "two", "three", "four", "five"], 1))
            + f'</ul><div id="itemRatingLog{s.id}" class="itemRatingLog">(0 phiếu)</div><div class="clr"></div></div>'
            '<div class="clr"></div></div>')
    parts.append('<div class="itemBody">')
    if lead is not None:
        credits = s.opts.get("credits")
        parts.append(
            '<div class="itemImageBlock">\n\t\t<span class="itemImage">\n'
            f'\t\t\t<a data-k2-modal="image" href="{k2_image(s.id, "XL")}" title="Nhấn để xem ảnh lớn">\n'
            f'\t\t\t\t<img src="{lead.src}" alt="{esc(lead.caption or s.title)}" style="width:600px; height:auto;" />\n'
            '\t\t\t</a>\n\t\t</span>\n'
            + (f'\t\t<span class="itemImageCaption">{esc(lead.printed)}</span>\n' if lead.printed else "")
            + (f'\t\t<span class="itemImageCredits">{esc(credits)}</span>\n' if credits else "")
            + '\t\t<div class="clr"></div>\n</div>')
    parts.append(f'<div class="itemIntroText">\n{render_blocks(intro, s, page_url)}\n</div>')
    if full:
        parts.append(f'<div class="itemFullText">\n{render_blocks(full, s, page_url)}\n</div>')
    parts.append('<div class="clr"></div>')
    if s.opts.get("extra"):
        lis = "".join(
            f'<li class="{"odd" if n % 2 else "even"} typeTextfield group1 alias{alias}">'
            f'<span class="itemExtraFieldsLabel">{esc(label)}</span>'
            f'<span class="itemExtraFieldsValue">{esc(value)}</span></li>'
            for n, (alias, label, value) in enumerate(s.opts["extra"]))
        parts.append(f'<div class="itemExtraFields"><h3>Thông tin thêm</h3><ul>{lis}</ul><div class="clr"></div></div>')
    footer = f'<span class="itemHits">Lượt xem <b>{s.views()}</b> lần</span>'
    if s.opts.get("modified"):
        footer += f'<span class="itemDateModified">Sửa lần cuối vào {k2_date(s.opts["modified"])}</span>'
    parts.append(f'<div class="itemContentFooter">{footer}<div class="clr"></div></div>')
    parts.append('<div class="clr"></div></div>')  # itemBody
    if s.opts.get("video"):
        vid = s.opts["video"]
        parts.append(
            '<a name="itemVideoAnchor" id="itemVideoAnchor"></a><div class="itemVideoBlock"><h3>Video</h3>'
            '<span class="itemVideo"><!-- JoomlaWorks "AllVideos" Plugin (v4.8.0) starts here -->'
            f'<div class="avPlayerWrapper avVideo"><div class="avPlayerContainer"><div id="AVPlayerID_0_{md5(vid)[:12]}" '
            f'class="avPlayerBlock"><iframe src="https://www.youtube.com/embed/{vid}?rel=0&amp;fs=1&amp;wmode=transparent" '
            'width="600" height="450" allow="autoplay; fullscreen; encrypted-media" frameborder="0" '
            'title="JoomlaWorks AllVideos Player"></iframe></div></div></div>'
            '<!-- JoomlaWorks "AllVideos" Plugin (v4.8.0) ends here --></span></div>')
    if printing:
        parts.append("</div>\n<!-- End K2 Item Layout -->")
        return "\n".join(parts)
    parts.append(
        '<div class="itemSocialSharing">'
        f'<div class="itemFacebookButton"><div class="fb-like" data-href="{page_url}" data-width="" '
        'data-layout="button_count" data-action="like" data-size="small" data-share="true"></div></div>'
        f'<div class="zalo-share-button" data-href="{page_url}" data-oaid="2907634518763051294" data-layout="1" '
        'data-color="blue" data-customize="false"></div><div class="clr"></div></div>')
    links = [f'<div class="itemCategory"><span>Đăng trong</span> <a href="{cat.path}">{esc(cat.name)}</a></div>']
    if s.opts.get("tags"):
        tags = "".join(f'<li><a href="{tag_href(t)}">{esc(t)}</a></li>' for t in s.opts["tags"])
        links.append(f'<div class="itemTagsBlock"><span>Thẻ</span><ul class="itemTags">{tags}</ul><div class="clr"></div></div>')
    if s.opts.get("attach"):
        _, fname, hits = s.opts["attach"]
        links.append(
            '<div class="itemAttachmentsBlock"><span>Tập tin đính kèm</span><ul class="itemAttachments">'
            f'<li><a title="{fname}" href="{attach_path(s)}">{fname}</a> <span>(Lượt tải: {hits})</span></li></ul></div>')
    parts.append('<div class="itemLinks">' + "".join(links) + '<div class="clr"></div></div>')
    kind, value = s.opts["author"]
    if kind == "user" and value == 57:
        name, _, bio = USERS[57]
        parts.append(
            f'<div class="itemAuthorBlock"><img class="itemAuthorAvatar" src="/media/k2/users/{value}.jpg" alt="{esc(name)}" />'
            f'<div class="itemAuthorDetails"><h3 class="itemAuthorName"><a rel="author" href="{user_path(value)}">{esc(name)}</a></h3>'
            f'<p>{esc(bio)}</p></div><div class="clr"></div></div>')
        others = [o for o in cat_items(s.opts["cat"]) if o.opts["author"] == ("user", 57) and o is not s]
        if others:
            lis = "".join(f'<li class="{"odd" if n % 2 else "even"}"><a href="{item_path(o)}">{esc(o.title)}</a></li>'
                          for n, o in enumerate(others))
            parts.append(f'<div class="itemAuthorLatest"><h3>Bài viết mới nhất của {esc(name)}</h3><ul>{lis}</ul>'
                         '<div class="clr"></div></div>')
    if s.opts.get("tags"):
        rel = [o for o in STORIES if o is not s and set(o.opts.get("tags", [])) & set(s.opts["tags"])]
        if rel:
            lis = "".join(f'<li class="{"odd" if n % 2 else "even"}"><a class="itemRelTitle" href="{item_path(o)}">'
                          f'{esc(o.title)}</a></li>' for n, o in enumerate(rel))
            parts.append(f'<div class="itemRelated"><h3>Bài viết liên quan</h3><ul>{lis}</ul><div class="clr"></div></div>')
    if s in STORIES:
        parts.append(_comments(s, canon))
    parts.append('<div class="itemBackToTop"><a class="k2Anchor" href="#startOfPageId'
                 f'{s.id}">về đầu trang</a></div><div class="clr"></div></div>\n<!-- End K2 Item Layout -->')
    return "\n".join(parts)


def _comments(s: Story, canon: str) -> str:
    comments = s.opts.get("comments", [])
    out = ['<a name="itemCommentsAnchor" id="itemCommentsAnchor"></a><div class="itemComments">']
    if comments:
        out.append(f'<h3 class="itemCommentsCounter"><span>{len(comments)}</span> bình luận</h3><ul class="itemCommentsList">')
        for n, (cid, name, when, textv) in enumerate(comments):
            out.append(
                f'<li class="{"odd" if n % 2 else "even"}">'
                f'<span class="commentLink"><a href="{canon}#comment{cid}" name="comment{cid}" id="comment{cid}">Đường dẫn bình luận</a></span>'
                '<img src="/components/com_k2/images/placeholder/user.png" width="48" height="48" class="commentAvatar" alt="" />'
                f'<span class="commentDate">{k2_date(when)}</span>'
                f'<span class="commentAuthorName">đăng bởi {esc(name)}</span>'
                f'<p>{esc(textv)}</p><div class="clr"></div></li>')
        out.append("</ul>")
    out.append(
        '<div class="itemCommentsForm"><h3>Gửi bình luận</h3>'
        '<p class="itemCommentsFormNotes">Các trường đánh dấu <strong>*</strong> là bắt buộc. '
        'Bình luận sẽ được hiển thị sau khi quản trị viên duyệt.</p>'
        '<form action="/index.php" method="post" id="comment-form" class="form-validate">'
        '<label class="formComment" for="commentText">Nội dung bình luận *</label>'
        '<textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea>'
        '<label class="formName" for="userName">Họ tên *</label><input class="inputbox" type="text" name="userName" id="userName" value="" />'
        '<label class="formEmail" for="commentEmail">Email *</label><input class="inputbox" type="text" name="commentEmail" id="commentEmail" value="" />'
        '<input type="submit" class="button" id="submitCommentButton" value="Gửi bình luận" />'
        '<span id="formLog"></span><input type="hidden" name="option" value="com_k2" />'
        '<input type="hidden" name="view" value="item" /><input type="hidden" name="task" value="comment" />'
        f'<input type="hidden" name="itemID" value="{s.id}" /><input type="hidden" name="9b1f0c4e7ad35b2c" value="1" />'
        '</form></div></div>')
    return "".join(out)


def _same_cat_module(s: Story) -> str:
    cat = item_cat(s)
    top = cat_items(cat.id)[: cat.per_page]
    others = [o for o in top if o is not s][: cat.per_page - 1]
    if not others:
        return ""
    lis = "".join(f'<li><a href="{item_path(o)}">{esc(o.title)}</a> <span class="ngaydang">({short_date(o.opts["created"])})</span></li>'
                  for o in others)
    return _module("Tin cùng chuyên mục", f'<ul class="tinkhac">{lis}</ul>', "box4", 131)


def item_head(s: Story, request: Request) -> str:
    base = base_url(request)
    canon = base + item_path(s)
    first = next((b.text for b in s.blocks if isinstance(b, P)), "")
    desc = first[:157].rsplit(" ", 1)[0] + "..." if len(first) > 160 else first
    kind, value = s.opts["author"]
    author = {"@type": "Person", "name": USERS[value][0], "url": base + user_path(value)} if kind == "user" \
        else {"@type": "Person", "name": value}
    modified = s.opts.get("modified") or s.opts["created"]
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "mainEntityOfPage": {"@type": "WebPage", "@id": canon},
        "url": canon,
        "headline": s.title,
        "image": [base + k2_image(s.id, sz) for sz in ("XL", "L", "M", "S", "XS", "Generic")]
        if any(isinstance(b, Img) and b.style == "k2" for b in s.blocks) else [],
        "datePublished": utc_naive(s.opts["created"]),
        "dateModified": utc_naive(modified),
        "author": author,
        "publisher": {"@type": "Organization", "name": SITE, "url": base + "/",
                      "logo": {"@type": "ImageObject", "name": SITE, "width": "", "height": "",
                               "url": base + "/images/banner/logo-mn-hoa-hong.png"}},
        "articleSection": base + item_cat(s).path,
        "keywords": ", ".join(s.opts.get("tags", [])),
        "description": desc,
    }
    og_img = (f'<meta property="og:image" content="{base}{k2_image(s.id, "XL")}" />\n'
              if any(isinstance(b, Img) and b.style == "k2" for b in s.blocks) else "")
    return (
        f'<meta name="description" content="{esc(desc)}" />\n'
        f'<meta property="og:url" content="{canon}" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n<meta property="og:description" content="{esc(desc)}" />\n'
        f"{og_img}"
        f'<meta name="twitter:card" content="summary" />\n'
        f'<link href="{canon}" rel="canonical" />\n'
        '<script type="application/x-k2-headers">\n'
        + json.dumps({"Last-Modified": "Sat, 05 Dec 2026 01:12:00 GMT", "ETag": md5(f"etag{s.id}")})
        + "\n</script>\n"
        '<script type="application/ld+json">\n' + json.dumps(ld, ensure_ascii=False, indent=4) + "\n</script>")


def item_page(s: Story, request: Request, *, routed: str = "tin-tuc") -> Response:
    cat = item_cat(s)
    if routed == "tin-tuc":
        crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc.html"), (cat.name, cat.path), (s.title, None)]
    else:
        crumbs = [("Trang chủ", "/"), (cat.name, cat.path), (s.title, None)]
    return page(request, title=f"{s.title} - {SITE}", crumbs=crumbs, component=item_component(s, request),
                bottom=_same_cat_module(s), head=item_head(s, request), active="Tin tức",
                body_class=f"option-com-k2 view-item itemid-{s.id}")


def print_page(s: Story, request: Request) -> Response:
    base = base_url(request)
    doc = f"""<!DOCTYPE html>
<html xml:lang="vi-vn" lang="vi-vn">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex, nofollow" />
<title>{esc(s.title)} - {SITE}</title>
<link href="{base}{item_path(s)}" rel="canonical" />
<link href="/components/com_k2/css/k2.print.css?v=2.10.3" rel="stylesheet" media="print" />
<link href="{TPL}/css-compiled/master-8c0e5c3b1a.css" rel="stylesheet" />
</head>
<body class="contentpane">
<div id="system-message-container"></div>
{item_component(s, request, printing=True)}
</body>
</html>"""
    return html(doc)


# --- listings ---------------------------------------------------------------------------------------


def _intro_snippet(s: Story) -> str:
    first = next(b.text for b in s.blocks if isinstance(b, P))
    if s.opts.get("split"):
        return esc(first)
    words = first.split()
    return esc(" ".join(words[:32])) + ("…" if len(words) > 32 else "")


def _cat_item(s: Story, group: str, thumb: str) -> str:
    has_img = any(isinstance(b, Img) and b.style == "k2" for b in s.blocks)
    href = item_path(s)
    if group == "groupLinks":
        return (f'<div class="catItemView groupLinks"><h3 class="catItemTitle"><a href="{href}">{esc(s.title)}</a>'
                f'{_featured(s)}</h3></div>')
    img = (f'<div class="catItemImageBlock"><span class="catItemImage"><a href="{href}" title="{esc(s.title)}">'
           f'<img src="{k2_image(s.id, thumb)}" alt="{esc(s.title)}" style="width:{300 if thumb == "M" else 180}px; height:auto;" />'
           '</a></span><div class="clr"></div></div>') if has_img else ""
    return (
        f'<div class="catItemView {group}{" catItemIsFeatured" if s.opts.get("featured") else ""}">'
        f'<div class="catItemHeader"><span class="catItemDateCreated">{k2_date(s.opts["created"])}</span>'
        f'<h3 class="catItemTitle"><a href="{href}">{esc(s.title)}</a>{_featured(s)}</h3></div>'
        f'<div class="catItemBody">{img}<div class="catItemIntroText">{_intro_snippet(s)}</div><div class="clr"></div></div>'
        f'<div class="catItemHitsBlock"><span class="catItemHits">Lượt xem <b>{s.views()}</b> lần</span></div>'
        f'<div class="catItemReadMore"><a class="k2ReadMore" href="{href}">Xem tiếp...</a></div>'
        '<div class="clr"></div></div>')


def _pagination(path: str, start: int, per: int, total: int) -> str:
    pages = (total + per - 1) // per
    if pages <= 1:
        return ""
    cur = start // per

    def href(n: int) -> str:
        return path if n == 0 else f"{path}?start={n * per}"

    def li(cls: str, label: str, n: int | None) -> str:
        c = f' class="{cls}"' if cls else ""
        if n is None:
            return f'<li{c}><span class="pagenav">{label}</span></li>'
        return f'<li{c}><a title="{label}" href="{href(n)}" class="hasTooltip pagenav">{label}</a></li>'

    items = [li("pagination-start", "Bắt đầu", None if cur == 0 else 0),
             li("pagination-prev", "Trước", None if cur == 0 else cur - 1)]
    for n in range(pages):
        items.append(li("", str(n + 1), None if n == cur else n))
    items += [li("pagination-next", "Tiếp", None if cur == pages - 1 else cur + 1),
              li("pagination-end", "Cuối", None if cur == pages - 1 else pages - 1)]
    return ('<div class="k2Pagination"><div class="k2PaginationLinks"><ul>' + "".join(items) + "</ul></div>"
            f'<div class="k2PaginationCounter">Trang {cur + 1} / {pages}</div></div>')


def category_page(cat: Cat, start: int, request: Request) -> Response | None:
    items = cat_items(cat.id)
    if start % cat.per_page or start >= len(items):
        return None
    chunk = items[start: start + cat.per_page]
    lead = chunk[: cat.leading]
    prim = chunk[cat.leading: cat.leading + cat.primary]
    links = chunk[cat.leading + cat.primary:]
    out = ['<!-- Start K2 Category Layout -->\n<div id="k2Container" class="itemListView">',
           '<div class="itemListCategoriesBlock"><div class="itemListCategory">'
           f'<h2>{esc(cat.name)} ({len(items)})</h2><p>{esc(cat.desc)}</p><div class="clr"></div></div></div>',
           '<div class="itemList">']
    if lead:
        out.append('<div id="itemListLeading">' + "".join(
            f'<div class="itemContainer itemContainerLast" style="width:100.0%;">{_cat_item(s, "groupLeading", "M")}</div>'
            for s in lead) + '<div class="clr"></div></div>')
    if prim:
        cells = []
        for n, s in enumerate(prim):
            last = " itemContainerLast" if n % 2 == 1 or n == len(prim) - 1 else ""
            cells.append(f'<div class="itemContainer{last}" style="width:50.0%;">{_cat_item(s, "groupPrimary", "S")}</div>')
            if n % 2 == 1:
                cells.append('<div class="clr"></div>')
        out.append('<div id="itemListPrimary">' + "".join(cells) + '<div class="clr"></div></div>')
    if links:
        out.append('<div id="itemListLinks"><h4>Các bài viết khác...</h4>' + "".join(
            f'<div class="itemContainer itemContainerLast" style="width:100.0%;">{_cat_item(s, "groupLinks", "")}</div>'
            for s in links) + '<div class="clr"></div></div>')
    out.append("</div>")
    out.append(_pagination(cat.path, start, cat.per_page, len(items)))
    out.append("</div>\n<!-- End K2 Category Layout -->")
    crumbs = [("Trang chủ", "/")]
    if cat.id in NEWS_CATS:
        crumbs.append(("Tin tức", "/tin-tuc.html"))
    crumbs.append((cat.name, None))
    title = cat.name + (f" - Trang {start // cat.per_page + 1}" if start else "")
    canon = f'<link href="{base_url(request)}{cat.path}" rel="canonical" />' if start == 0 else ""
    return page(request, title=f"{title} - {SITE}", crumbs=crumbs, component="\n".join(out), head=canon,
                active="Tin tức" if cat.id in NEWS_CATS else ("Thư viện" if cat.id == 6 else "Văn bản"),
                body_class="option-com-k2 view-itemlist task-category")


def catalog_page(request: Request) -> Response:
    boxes = []
    for cid in NEWS_CATS:
        cat = CATS[cid]
        boxes.append(
            '<div class="subCategoryContainer" style="width:33.3%;"><div class="subCategory">'
            f'<a class="subCategoryImage" href="{cat.path}"><img alt="{esc(cat.name)}" src="/media/k2/categories/{cid}.jpg" /></a>'
            f'<h2><a href="{cat.path}">{esc(cat.name)} ({len(cat_items(cid))})</a></h2>'
            f'<p>{esc(cat.desc)}</p><a class="subCategoryMore" href="{cat.path}">Xem các bài viết...</a>'
            '<div class="clr"></div></div></div>')
    comp = ('<!-- Start K2 Category Layout -->\n<div id="k2Container" class="itemListView">'
            '<div class="itemListCategoriesBlock"><div class="itemListCategory"><h2>Tin tức</h2>'
            '<p>Tin tức – sự kiện, hoạt động chăm sóc, nuôi dưỡng và giáo dục trẻ của Trường Mầm non Hoa Hồng.</p>'
            '<div class="clr"></div></div>'
            '<div class="itemListSubCategories"><h3>Chuyên mục</h3>' + "".join(boxes)
            + '<div class="clr"></div></div></div></div>\n<!-- End K2 Category Layout -->')
    return page(request, title=f"Tin tức - {SITE}", crumbs=[("Trang chủ", "/"), ("Tin tức", None)],
                component=comp, active="Tin tức", body_class="option-com-k2 view-itemlist task-category")


def _generic_list(items: list[Story], prefix: str) -> str:
    out = []
    for s in items:
        cat = item_cat(s)
        href = item_path(s)
        out.append(
            f'<div class="{prefix}ItemView"><div class="{prefix}ItemHeader">'
            f'<span class="{prefix}ItemDateCreated">{k2_date(s.opts["created"])}</span>'
            f'<h2 class="{prefix}ItemTitle"><a href="{href}">{esc(s.title)}</a></h2></div>'
            f'<div class="{prefix}ItemBody"><div class="{prefix}ItemIntroText">{_intro_snippet(s)}</div></div>'
            f'<div class="{prefix}ItemCategory"><span>Đăng trong</span> <a href="{cat.path}">{esc(cat.name)}</a></div>'
            f'<div class="{prefix}ItemReadMore"><a class="k2ReadMore" href="{href}">Xem tiếp...</a></div>'
            '<div class="clr"></div></div>')
    return "".join(out)


def all_tags() -> list[str]:
    tags: list[str] = []
    for s in STORIES:
        for t in s.opts.get("tags", []):
            if t not in tags:
                tags.append(t)
    return tags


def tag_page(tag: str, request: Request) -> Response:
    items = sorted((s for s in STORIES if tag in s.opts.get("tags", [])), key=lambda s: s.opts["created"], reverse=True)
    comp = (f'<div id="k2Container" class="genericView"><h1>Hiển thị các bài viết được gắn thẻ: {esc(tag)}</h1>'
            f'<div class="genericItemList">{_generic_list(items, "generic")}</div></div>')
    return page(request, title=f"{tag} - {SITE}", crumbs=[("Trang chủ", "/"), ("Tin tức", "/tin-tuc.html"), (tag, None)],
                component=comp, active="Tin tức", body_class="option-com-k2 view-itemlist task-tag")


def user_page(uid: int, request: Request) -> Response:
    name, _, bio = USERS[uid]
    items = sorted((s for s in ITEMS.values() if s.opts["author"] == ("user", uid)),
                   key=lambda s: s.opts["created"], reverse=True)
    comp = ('<div id="k2Container" class="userView"><div class="userBlock">'
            f'<img class="k2AvatarImage" src="/media/k2/users/{uid}.jpg" alt="{esc(name)}" style="width:100px; height:auto;" />'
            f'<h2>{esc(name)}</h2><div class="userDescription"><p>{esc(bio)}</p></div><div class="clr"></div></div>'
            f'<div class="userItemList">{_generic_list(items, "user")}</div></div>')
    return page(request, title=f"{name} - {SITE}", crumbs=[("Trang chủ", "/"), ("Tin tức", "/tin-tuc.html"), (name, None)],
                component=comp, active="Tin tức", body_class="option-com-k2 view-itemlist task-user")


def search_page(request: Request) -> Response:
    word = request.params.get("searchword", "").strip()
    hits = [s for s in STORIES if word and word.lower() in s.title.lower()] if word != "Tìm kiếm..." else []
    body = _generic_list(hits, "generic") if hits else '<p class="k2NoResults">Không tìm thấy bài viết nào phù hợp.</p>'
    comp = (f'<div id="k2Container" class="genericView"><h1>Kết quả tìm kiếm cho: {esc(word)}</h1>'
            f'<div class="genericItemList">{body}</div></div>')
    return page(request, title=f"Tìm kiếm - {SITE}", crumbs=[("Trang chủ", "/"), ("Tìm kiếm", None)],
                component=comp, body_class="option-com-k2 view-itemlist task-search")


# --- home and static pages -------------------------------------------------------------------------


def home_page(request: Request) -> Response:
    slides = [(S158, item_path(S158)), (S155, item_path(S155, alias=S155.opts["old_alias"]))]
    slider = "".join(
        f'<li class="slide"><a href="{href}"><img src="/images/slide/slide-{s.id}.jpg" alt="{esc(s.title)}" /></a>'
        f'<div class="caption"><a href="{href}">{esc(s.title)}</a></div></li>' for s, href in slides)
    latest = sorted(STORIES, key=lambda s: s.opts["created"], reverse=True)[:5]
    lis = []
    for n, s in enumerate(latest):
        img = (f'<a class="moduleItemImage" href="{item_path(s)}"><img src="{k2_image(s.id, "S")}" alt="" /></a>'
               if any(isinstance(b, Img) and b.style == "k2" for b in s.blocks) else "")
        lis.append(
            f'<li class="{"odd" if n % 2 else "even"}{" lastItem" if n == len(latest) - 1 else ""}">{img}'
            f'<a class="moduleItemTitle" href="{item_path(s)}">{esc(s.title)}</a>'
            f'<span class="moduleItemDateCreated">{k2_date(s.opts["created"])}</span>'
            f'<div class="moduleItemIntrotext">{_intro_snippet(s)}</div>'
            f'<a class="moduleItemReadMore" href="{item_path(s)}">Xem tiếp...</a><div class="clr"></div></li>')
    cats = "".join(f'<li><a href="{CATS[c].path}">{esc(CATS[c].name)}</a></li>' for c in NEWS_CATS)
    comp = (
        '<div class="custom slider-tin"><div class="flexslider"><ul class="slides">' + slider + '</ul></div></div>'
        + _module("Tin mới nhất", f'<div id="k2ModuleBox105" class="k2ItemsBlock tinmoi"><ul>{"".join(lis)}</ul>'
                  f'<div class="k2CustomLinks"><ul>{cats}</ul></div></div>', "box1", 105)
        + _module("Giới thiệu", '<div class="custom"><p><img src="/images/gioi-thieu/toan-canh-truong.jpg" alt="" '
                  'style="float: left; margin-right: 8px;" width="160" />Trường Mầm non Hoa Hồng được thành lập năm 1983, '
                  'hiện có 12 nhóm, lớp với 356 trẻ. Nhà trường đạt chuẩn quốc gia mức độ 2 năm 2022.</p>'
                  '<p><a href="/gioi-thieu/gioi-thieu-chung.html">Xem tiếp</a></p></div>', "box1", 106))
    return page(request, title=f"Trang chủ - {SITE}", crumbs=None, component=comp, active="Trang chủ",
                head='<meta name="description" content="Website Trường Mầm non Hoa Hồng - thành phố Vĩnh Yên - tỉnh Vĩnh Phúc" />',
                body_class="option-com-content view-featured")


def _com_content(request: Request, title: str, crumbs: list, inner: str) -> Response:
    comp = ('<div class="item-page" itemscope itemtype="https://schema.org/Article">'
            '<meta itemprop="inLanguage" content="vi-VN" />'
            f'<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>'
            f'<div itemprop="articleBody">{inner}</div></div>')
    return page(request, title=f"{title} - {SITE}", crumbs=crumbs, component=comp, active="Giới thiệu",
                body_class="option-com-content view-article")


def intro_page(request: Request) -> Response:
    inner = (
        '<p style="text-align: justify;">Trường Mầm non Hoa Hồng được thành lập năm 1983, tiền thân là Nhà trẻ Hoa Hồng '
        'của thị xã Vĩnh Yên. Trải qua hơn 40 năm xây dựng và phát triển, nhà trường luôn là địa chỉ tin cậy của cha mẹ '
        'trẻ trên địa bàn phường Liên Bảo.</p>'
        '<p style="text-align: justify;">Hiện nay nhà trường có 2 khu với 12 nhóm, lớp, 356 trẻ và 48 cán bộ, giáo viên, '
        'nhân viên; 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo. Năm 2022, trường được công nhận đạt chuẩn '
        'quốc gia mức độ 2.</p>'
        '<p><img src="/images/gioi-thieu/toan-canh-truong.jpg" alt="Toàn cảnh trường" width="600" /></p>'
        '<p style="text-align: justify;">Nhà trường nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc, được UBND '
        'tỉnh Vĩnh Phúc tặng Bằng khen năm 2024.</p>')
    return _com_content(request, "Giới thiệu chung", [("Trang chủ", "/"), ("Giới thiệu", None), ("Giới thiệu chung", None)], inner)


def structure_page(request: Request) -> Response:
    rows = [("Nguyễn Thị Thu Hương", "Hiệu trưởng", "Phụ trách chung"),
            ("Đỗ Thị Hằng", "Phó Hiệu trưởng", "Phụ trách chuyên môn"),
            ("Trần Thị Minh Nguyệt", "Phó Hiệu trưởng", "Phụ trách nuôi dưỡng, cơ sở vật chất"),
            ("Vũ Thị Ngọc Anh", "Tổ trưởng", "Tổ chuyên môn Khối Mẫu giáo lớn"),
            ("Phạm Thị Lụa", "Nhân viên", "Y tế học đường")]
    trs = "".join(f"<tr><td>{n + 1}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for n, (a, b, c) in enumerate(rows))
    inner = ('<p>Cơ cấu tổ chức của Trường Mầm non Hoa Hồng năm học 2026-2027:</p>'
             '<table class="table" border="1" style="width: 100%;"><tbody><tr><td><strong>STT</strong></td>'
             '<td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Nhiệm vụ</strong></td></tr>'
             f"{trs}</tbody></table>")
    return _com_content(request, "Cơ cấu tổ chức", [("Trang chủ", "/"), ("Giới thiệu", None), ("Cơ cấu tổ chức", None)], inner)


def contact_page(request: Request) -> Response:
    comp = (
        '<div class="contact" itemscope itemtype="https://schema.org/Person"><div class="page-header"><h2>'
        '<span class="contact-name" itemprop="name">Trường Mầm non Hoa Hồng</span></h2></div>'
        '<h3>Thông tin liên hệ</h3><dl class="contact-address dl-horizontal" itemprop="address">'
        '<dd><span class="contact-street">Số 12 đường Nguyễn Tất Thành, phường Liên Bảo</span></dd>'
        '<dd><span class="contact-suburb">thành phố Vĩnh Yên, tỉnh Vĩnh Phúc</span></dd>'
        '<dd><span class="contact-telephone">0211.3 862 418</span></dd>'
        f'<dd><span class="contact-emailto">{cloak(FOOTER_MAIL)}</span></dd></dl>'
        '<h3>Gửi thư liên hệ</h3><form id="contact-form" action="/lien-he.html" method="post" class="form-validate form-horizontal">'
        '<label id="jform_contact_name-lbl" for="jform_contact_name">Họ tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" />'
        '<label for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" value="" />'
        '<label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea>'
        '<button class="btn btn-primary validate" type="submit">Gửi thư</button>'
        '<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />'
        '<input type="hidden" name="id" value="1:truong-mam-non-hoa-hong" /></form></div>')
    return page(request, title=f"Liên hệ - {SITE}", crumbs=[("Trang chủ", "/"), ("Liên hệ", None)], component=comp,
                active="Liên hệ", body_class="option-com-contact view-contact")


# --- routing ------------------------------------------------------------------------------------------

_ITEM = re.compile(r"/(tin-tuc|component/k2)/item/(\d+)-([a-z0-9-]+)\.html")
_CAT = re.compile(r"/tin-tuc/itemlist/category/(\d+)-([a-z0-9-]+)\.html")
_USER = re.compile(r"/tin-tuc/itemlist/user/(\d+)-([a-z0-9-]+)\.html")
_TAG = re.compile(r"/tin-tuc/itemlist/tag/(.+)\.html")
_STATIC_PREFIXES = ("/media/", "/images/", "/templates/", "/cache/", "/plugins/", "/components/",
                    "/modules/", "/libraries/")

PAGES = {
    "/gioi-thieu/gioi-thieu-chung.html": intro_page,
    "/gioi-thieu/co-cau-to-chuc.html": structure_page,
    "/lien-he.html": contact_page,
    "/tin-tuc.html": catalog_page,
}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith(_STATIC_PREFIXES):
            return static_file(path)
        if path == "/" and not request.query:
            return home_page(request)
        if path in PAGES and not request.query:
            return PAGES[path](request)
        if path == "/tin-tuc/itemlist/search.html":
            return search_page(request)
        if m := _ITEM.fullmatch(path):
            s = ITEMS.get(int(m.group(2)))
            if s is None or m.group(3) not in (s.slug, s.opts.get("old_alias")):
                return None
            if m.group(1) == "tin-tuc" and params == {"tmpl": "component", "print": "1"}:
                return print_page(s, request)
            if request.query:
                return None
            return item_page(s, request, routed=m.group(1))
        if m := re.fullmatch(r"/tin-tuc/item/download/(\d+)_([0-9a-f]{32})\.html", path):
            for s in ITEMS.values():
                if s.opts.get("attach") and attach_path(s) == path:
                    fname = s.opts["attach"][1]
                    return Response(200, PDF, {"Content-Type": "application/pdf",
                                               "Content-Disposition": f'attachment; filename="{fname}"'})
            return None
        if m := _CAT.fullmatch(path):
            cat = CATS.get(int(m.group(1)))
            if cat is None or m.group(2) != cat.alias or set(params) - {"start"}:
                return None
            start = params.get("start", "0")
            if not start.isdigit():
                return None
            return category_page(cat, int(start), request)
        if m := _USER.fullmatch(path):
            uid = int(m.group(1))
            if uid not in USERS or m.group(2) != USERS[uid][1] or request.query:
                return None
            return user_page(uid, request)
        if m := _TAG.fullmatch(path):
            tag = unicodedata.normalize("NFC", unquote(m.group(1)))
            if tag in all_tags() and not request.query:
                return tag_page(tag, request)
            return None
        return None


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    alts = [item_path(s, "/component/k2"), item_path(s) + "?tmpl=component&print=1"]
    if s.opts.get("old_alias"):
        alts.append(item_path(s, alias=s.opts["old_alias"]))
    return gold_record(s, item_path(s), s.cat, canonical_path=item_path(s), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/gioi-thieu-chung.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/lien-he.html",
    item_path(N153),
    item_path(N160),
    item_path(N144),
]

#: items a crawler finds only through page 2 of a category listing
PAGE2_ONLY = [item_path(S141), item_path(S137), item_path(S139)]
