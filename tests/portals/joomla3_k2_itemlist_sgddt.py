"""Sở Giáo dục và Đào tạo tỉnh Tuyên Quang: Joomla 3.8 + K2 2.9, SEF URLs, a vendor template.

A provincial department of education on Joomla! 3.8 with K2 2.9 as its news component and a template
from a Vietnamese vendor ("vts_giaoduc": ids and classes vts-*, Vietnamese abbreviations such as
tieude-box, vts-dieuhuong, tbl_anh). Pages are UTF-8; the vi-VN language pack prints the dates.

URL scheme (SEF on, no suffix)
------------------------------
- ``/``                                          home: K2 content modules (featured, latest, one box per category)
- ``/tin-tuc``                                   parent K2 category: only its subcategories' boxes
- ``/tin-tuc/<k2-category-alias>``               K2 item list; ``?start=<offset>`` for later pages; Joomla's
                                                 "Bắt đầu"/"1" links of page 2 are ``?limitstart=0`` (= page 1);
                                                 ``?format=feed&type=rss`` the category feed (page 1's items only)
- ``/tin-tuc/<cat>/item/<id>-<alias>``           K2 item view (the gold path of every article)
  ``…?tmpl=component&print=1``                   print view (component template, rel=nofollow, robots noindex)
  ``…?start=10`` / ``…?limitstart=0``            pages 2 / 1 of the item's comments (item 318 only)
- ``/component/k2/item/<id>-<alias>``            the same item, routed without a menu item (tag and search pages
                                                 link this form)
- ``/tin-tuc/itemlist/tag/<tag>``                K2 tag listing; the tag's own name in the URL, letters raw and
                                                 spaces as ``%20`` (``/tin-tuc/itemlist/tag/Nhà%20giáo``)
- ``/tin-tuc/itemlist/search?searchword=…``      K2 search module (GET form in the sidebar)
- ``/tin-tuc/item/download/<n>_<md5>``           K2 attachment download (a PDF)
- ``/gioi-thieu/<menu-alias>``, ``/thu-vien-anh`` menu items of type "K2 item" (intro pages, photo album)
- ``/van-ban``, ``/van-ban/item/<id>-<alias>``   documents: a K2 category whose items are document entries
- ``/lien-he``                                   com_contact; static files under /images, /media, /templates …

Page templates
--------------
Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), the logo and an ``<h1>`` holding the
department's name, Joomla's ``ul.nav.menu`` with drop-downs, a marquee, Joomla 3 breadcrumbs
("Bạn đang ở: Trang chủ › Tin tức › <category> › <title>"), right column (K2 search, "Tin đọc nhiều",
"Văn bản mới", banners, "Liên kết website" select, poll form, visitor counter "Hôm nay / Hôm qua /
Tổng truy cập / Đang online"), footer with address, phone, email, copyright.

K2 item view (``#k2Container.itemView``), in page order: ``.itemHeader`` (``.itemDateCreated`` BEFORE the
``h2.itemTitle``, then "Viết bởi quantri_sgd"), ``.itemToolbar`` (font size, print, "Đã xem N lần"),
``.itemBody`` = ``.itemImageBlock`` (main image, ``.itemImageCaption``, ``.itemImageCredits``),
``.itemIntroText``, ``.itemFullText``, ``.itemExtraFields`` ("Thông tin thêm": Tác giả / Nguồn tin),
``.itemDateModified``; then ``.itemLinks`` (category, tags, attachments), share buttons,
``.itemAuthorLatest``, ``.itemRelated`` ("Tin cùng chủ đề"), ``.itemNavigation`` ("« Tin mới hơn" /
"Tin cũ hơn »", categories Giáo dục Trung học and Thông báo only), ``.itemComments`` (list, pagination,
form; not in Thông báo), "Về đầu trang".

K2 item list (``#k2Container.itemListView``): category title and description, then K2's groups
``#itemListLeading`` / ``#itemListPrimary`` (2 columns) / ``#itemListSecondary`` / ``#itemListLinks``
("Tin khác...", titles only), then ``.k2Pagination`` (Joomla's ul: Bắt đầu, Trước, 1, 2, Kế tiếp, Cuối;
"Trang 1 của 2"). Page sizes are the sums of the groups: Hoạt động của ngành 1+2+0+1 = 4, Giáo dục
Trung học 1+2 = 3, Thông báo 0+0+6 = 6.

How each gold article is reached
--------------------------------
- Hoạt động của ngành (``/tin-tuc/hoat-dong-cua-nganh``), page 1: 318 (leading), 315 and 309 (primary),
  301 (links group, title only); page 2 (``?start=4``): 296 and 288. Those two are linked from NOWHERE
  else (no module, tag, feed, related list or navigation: this category has navigation switched off).
- Giáo dục Trung học (``/tin-tuc/giao-duc-trung-hoc``), page 1: 317, 312, 305; page 2 (``?start=3``): 292,
  also reached from 305's "Tin cũ hơn" and from the related box inside 305's text.
- Thông báo (``/tin-tuc/thong-bao``), one page: 319, 311, 303.
- Home modules, "Tin đọc nhiều", tag pages (``/component/k2/…`` form) and "Tin cùng chủ đề" link
  page-1 items only.

Traps
-----
1. Featured flag inside the headline (novel): K2 prints ``<span><sup>Nổi bật</sup></span>`` inside
   ``h2.itemTitle`` (and the listing's ``h3.catItemTitle``) of featured items 318, 312, 301; and the only
   ``<h1>`` of every page is the department's name. Gold: the title without "Nổi bật".
2. vi-VN K2 date before the headline (novel format): "Thứ năm, 03 Tháng 12 2026 08:20" (K2_DATE_FORMAT_LC2
   "l, d F Y H:i": month printed "Tháng 12", the year right after it, no "năm") -> "2026-12-03T08:20:00+07:00".
   309 prints "Thứ sáu, 27 Tháng 11 2026 00:00" -> "2026-11-27". "Cập nhật lần cuối: …" after the text,
   comment dates, navigation/related dates and the header's today are never the publication date.
3. K2 image block between headline and text (novel): the main image ``<img src="…/<md5>_L.jpg">`` sits in a
   modal link to ``…_XL.jpg``; its caption field is the caption; its credits field "Ảnh: Đức Anh" is
   a photographer, not a caption. Gold: the ``_L`` src first in ``images``; listing ``_M``/``_S``,
   navigation ``_XS`` thumbnails, og:image ``_XL`` and the gallery of the album are not article images.
   317 and 292 have a main image with no caption (caption None).
4. Byline and source in K2 extra fields after the text (novel): "Tác giả: ThS. Ma Thị Hằng - Phó Trưởng
   phòng …" -> ["Ma Thị Hằng"]; "Tác giả: Đinh Thị Hoa (Trường PTDTBT THCS Thượng Lâm)" -> ["Đinh Thị Hoa"];
   "Tác giả: Phòng Giáo dục Trung học" -> the unit as printed; "Nguồn tin: Báo Tuyên Quang điện tử" ->
   source. "Viết bởi quantri_sgd" (the CMS account) is nobody. The extra fields are not body.
5. K2 comments inside the article's container (novel): "12 bình luận" with the commenters' ``<p>`` texts,
   names ("đăng bởi …") and dates after the text; the comments are paginated on the ITEM's URL
   (``?start=10``; its page-1 links are ``?limitstart=0``). Gold: comments are not body nor authors; both
   comment-page URLs are alt paths of 318. The comment form posts to /index.php.
6. Navigation and author/tag lists inside ``#k2Container`` (novel): "« Tin mới hơn" / "Tin cũ hơn »" with the
   neighbours' thumbnails, titles and dates, "Bài mới đăng bởi quantri_sgd", "Tin cùng chủ đề". Not body.
7. K2's grouped item lists and Joomla's pagination: leading/primary items have dates and a word-limited
   intro ending "…" (never the article's text), the links group has titles only; later pages are
   ``?start=4`` / ``?start=3`` (offsets, not page numbers) and page 1 also answers as ``?limitstart=0``. The
   RSS feed lists page 1 only. Gold: 296 and 288 are found only through ``?start=4``.
8. Duplicate URLs, no canonical link: ``/component/k2/item/<id>-<alias>`` (tag and search pages), the print
   view ``?tmpl=component&print=1``, 318's comment pages. Gold: the category form is the path and the
   canonical; the rest are ``alt_paths``.
9. Tag URLs with raw Vietnamese and ``%20`` (novel): ``/tin-tuc/itemlist/tag/Chuyển%20đổi%20số``; tag,
   search and feed pages are listings, not articles.
10. Joomla's email cloaking inside the text (novel): 319's last paragraph prints its address as a
    ``<span id="cloak…">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần bật JavaScript
    để xem nó.</span>`` and a script that writes the address in pieces. Gold: the paragraph as a browser shows
    it, "… hoặc thư điện tử vanphong.sgddt@tuyenquang.gov.vn.", never the protection notice.
11. Widgets in the text container: a floated vendor box "Tin liên quan:" with two links in the middle of
    305's full text; the AllVideos YouTube player in 312's. Neither is body.
12. Markup and encodings of the text: 312's paragraphs are typed in decomposed Unicode (Unikey's "Unicode
    tổ hợp") -> gold NFC; 288 is pasted from Word (``MsoNormal`` paragraphs, ``<o:p>``, a ``&nbsp;`` spacer,
    three lines in one ``<p>`` split by ``<br />`` -> three paragraphs, photo line "(…)" -> caption without
    the parentheses); 292's paragraphs are ``<div>``s; 317's results table -> "cell | cell" rows, its header
    row included; 319's two ``<br>`` lines -> two paragraphs.
13. Non-articles in the article's own markup (novel): the intro pages, the photo album (with a date) and the
    document entries (extra fields Số ký hiệu / Ngày ban hành / Người ký, an attachment) are all K2 items
    rendered by the same item view with ``h2.itemTitle`` and ``.itemFullText``. Gold: NON_ARTICLES.
14. Bylines in the text: "Tin, ảnh: Quang Huy" (301) -> authors and photographers ["Quang Huy"]; "Tin: Lê
    Hồng Nhung - Ảnh: Phạm Tiến" (312) -> ["Lê Hồng Nhung"], ["Phạm Tiến"]; units signing alone, right
    aligned: "VĂN PHÒNG SỞ" (319), "Phòng Tổ chức cán bộ" (303); a photo line "Ảnh: Quang Huy" under a
    photo -> caption None. None of these lines is body.

Gold decisions on ambiguous points
----------------------------------
- The K2 intro text (``.itemIntroText``, its own element) is the sapo: ``summary`` and the body's first
  paragraph. 319, 303 and 288 have no separate intro: summary null.
- A main image's credits naming the same person as another byline (312's text line, 296's extra field)
  give one name, not two.
- 319's signature is printed in capitals and kept so: ["VĂN PHÒNG SỞ"].
- ``category`` is the K2 category as the breadcrumb prints it ("Hoạt động của ngành"), not "Tin tức".
- The cloaked address is text (trap 10): a reader with a browser sees it.
- The extra field "Nguồn tin" is the source line of the K2 page (trap 4); 312 has both a source and bylines.
- Attachments ("Tệp đính kèm: … (Lượt tải: N)") are not body; their PDFs are not pages.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import unquote

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

NAME = "joomla3_k2_itemlist_sgddt"
PLATFORM = "Joomla 3.8 + K2 2.9 (SEF, item lists leading/primary/links), vendor template vts_giaoduc"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo Tuyên Quang"
ACCOUNT = "quantri_sgd"
TPL = "/templates/vts_giaoduc"

# --- the K2 categories (alias -> settings of the category as K2 stores them) ----------------------

#: leading / primary / secondary / links: K2's four groups of an item list; their sum is the page size
CATS: dict[str, dict] = {
    "hoat-dong-cua-nganh": {
        "id": 2,
        "name": "Hoạt động của ngành",
        "desc": "Tin hoạt động của Sở Giáo dục và Đào tạo và các cơ sở giáo dục trong tỉnh.",
        "groups": (1, 2, 0, 1),
        "nav": False,
    },
    "giao-duc-trung-hoc": {
        "id": 3,
        "name": "Giáo dục Trung học",
        "desc": "Hoạt động chuyên môn bậc trung học cơ sở và trung học phổ thông.",
        "groups": (1, 2, 0, 0),
        "nav": True,
    },
    "thong-bao": {
        "id": 4,
        "name": "Thông báo",
        "desc": "Thông báo của Sở Giáo dục và Đào tạo.",
        "groups": (0, 0, 6, 0),
        "nav": True,
    },
}


def k2img(item_id: int, size: str) -> str:
    """K2 stores an item's main image as md5("Image" + id) in five sizes (XS, S, M, L, XL)."""
    digest = hashlib.md5(f"Image{item_id}".encode()).hexdigest()
    return f"/media/k2/items/cache/{digest}_{size}.jpg"


# --- the 13 articles --------------------------------------------------------------------------

A, B, C = "hoat-dong-cua-nganh", "giao-duc-trung-hoc", "thong-bao"

STORIES: list[Story] = [
    Story(
        id=319,
        slug="thong-bao-lich-tiep-cong-dan-dinh-ky-cua-giam-doc-so-thang-12-2026",
        title="Thông báo lịch tiếp công dân định kỳ của Giám đốc Sở tháng 12/2026",
        cat=C,
        published_at="2026-12-04T10:00:00+07:00",
        blocks=[
            P(
                "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của Sở Giáo dục và Đào tạo, "
                "Giám đốc Sở thông báo lịch tiếp công dân định kỳ tháng 12/2026 như sau:"
            ),
            P("Thời gian: Từ 07 giờ 30 phút đến 11 giờ 00, thứ Năm ngày 17/12/2026.", "br"),
            P("Địa điểm: Phòng tiếp công dân, tầng 1 trụ sở Sở Giáo dục và Đào tạo.", "br"),
            P(
                "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh mang theo căn cước và "
                "các giấy tờ, tài liệu có liên quan; trường hợp ủy quyền phải có giấy ủy quyền hợp lệ."
            ),
            P(
                "Công dân có nhu cầu đăng ký trước xin liên hệ Văn phòng Sở qua số điện thoại "
                "0207.3822.516 hoặc thư điện tử vanphong.sgddt@tuyenquang.gov.vn.",
                "cloak",
            ),
            Raw('<p style="text-align: right;"><strong>VĂN PHÒNG SỞ</strong></p>'),
        ],
        authors=["VĂN PHÒNG SỞ"],
        opts={
            "created": "2026-12-04 10:00",
            "tags": [],
            "attach": [("Lich_tiep_cong_dan_T12-2026.pdf", 38)],
            "extra": [],
        },
    ),
    Story(
        id=318,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 - 2027",
        cat=A,
        published_at="2026-12-03T08:20:00+07:00",
        summary=(
            "Sáng 3/12, tại Trường THCS Phan Thiết, Sở Giáo dục và Đào tạo tổ chức khai mạc Hội thi "
            "giáo viên dạy giỏi cấp tỉnh bậc trung học cơ sở năm học 2026 - 2027 với sự tham gia của "
            "214 giáo viên đến từ các cơ sở giáo dục trong toàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                k2img(318, "L"),
                "Đồng chí Phó Giám đốc Sở Giáo dục và Đào tạo phát biểu khai mạc Hội thi",
                "Đồng chí Phó Giám đốc Sở Giáo dục và Đào tạo phát biểu khai mạc Hội thi",
                "k2main",
            ),
            P(
                "Dự lễ khai mạc có đồng chí Nguyễn Văn Thạch, Phó Giám đốc Sở Giáo dục và Đào tạo; "
                "đại diện lãnh đạo các phòng chuyên môn thuộc Sở, Công đoàn ngành Giáo dục cùng cán bộ "
                "quản lý, giáo viên các trường trung học cơ sở trên địa bàn."
            ),
            P(
                "Phát biểu khai mạc, đồng chí Phó Giám đốc Sở nhấn mạnh: Hội thi là dịp để giáo viên "
                "giao lưu, chia sẻ kinh nghiệm, lan tỏa những cách làm hay trong đổi mới phương pháp dạy "
                "học và kiểm tra, đánh giá theo định hướng phát triển phẩm chất, năng lực học sinh. Đây "
                "cũng là căn cứ để phát hiện, bồi dưỡng đội ngũ giáo viên cốt cán của tỉnh.",
                "j",
            ),
            P(
                "Năm nay, Hội thi gồm hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy và "
                "thực hành dạy học hai tiết trên lớp. Các tiết dạy được thực hiện tại 6 trường trung học "
                "cơ sở, tập trung vào các môn Ngữ văn, Toán, Khoa học tự nhiên, Lịch sử và Địa lí, Tiếng "
                "Anh và Tin học.",
                "j",
            ),
            Img(
                "/images/tin-tuc/2026/12/hoi-thi-gvdg-thcs-2.jpg",
                "Giáo viên Trường THCS Tân Trào thực hiện tiết dạy môn Khoa học tự nhiên",
                "Giáo viên Trường THCS Tân Trào thực hiện tiết dạy môn Khoa học tự nhiên",
                "table",
            ),
            P(
                "Theo Ban Tổ chức, số giáo viên dự thi năm nay tăng 31 người so với hội thi gần nhất, "
                "trong đó có 58 giáo viên công tác tại các xã vùng cao, vùng đặc biệt khó khăn. Nhiều "
                "giáo viên đã chủ động ứng dụng công nghệ thông tin, học liệu số và các hình thức tổ "
                "chức dạy học theo dự án vào tiết dạy.",
                "j",
            ),
            P(
                "Hội thi diễn ra đến hết ngày 10/12/2026. Kết quả sẽ được Sở Giáo dục và Đào tạo công "
                "bố và khen thưởng theo quy định.",
                "j",
            ),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Đức Anh"],
        opts={
            "created": "2026-12-03 08:20",
            "modified": "2026-12-04 09:12",
            "featured": True,
            "credits": "Ảnh: Đức Anh",
            "tags": ["Nhà giáo"],
            "extra": [("Tác giả", "Nguyễn Thu Trang")],
            "comments": [
                ("Phạm Thu Hương", "2026-12-03 12:05", "Chúc các thầy cô giáo có những tiết dạy thành công!"),
                ("Hoàng Văn Lộc", "2026-12-03 13:40", "Trường THCS Kim Bình có 3 thầy cô tham gia, mong "
                 "các thầy cô đạt kết quả cao."),
                ("Nguyễn Thị Mai", "2026-12-03 15:22", "Hội thi năm nay tổ chức rất chu đáo, phòng chờ cho "
                 "giáo viên rộng rãi."),
                ("Lý Thị Dung", "2026-12-03 19:08", "Mong Sở đăng tải các tiết dạy hay để giáo viên vùng "
                 "cao được học tập."),
                ("Trần Quốc Việt", "2026-12-03 20:41", "Ủng hộ việc chấm phần trình bày biện pháp, rất "
                 "thiết thực."),
                ("Ma Văn Thắng", "2026-12-03 21:15", "Chúc mừng Hội thi khai mạc thành công tốt đẹp."),
                ("Đỗ Thị Hạnh", "2026-12-04 06:30", "Xin hỏi bao giờ có lịch dạy cụ thể của các môn ạ?"),
                ("Bế Thị Lan", "2026-12-04 07:02", "Lịch đã gửi qua hệ thống quản lý văn bản của các "
                 "phòng chuyên môn."),
                ("Vũ Minh Khôi", "2026-12-04 08:45", "Cố lên các thầy cô trường mình!"),
                ("Nông Thị Thảo", "2026-12-04 10:18", "Hội thi là động lực lớn cho giáo viên trẻ."),
                ("Lê Văn Hùng", "2026-12-04 16:50", "Đề nghị năm sau tổ chức thêm điểm thi ở phía Bắc "
                 "tỉnh cho giáo viên đỡ đi lại."),
                ("Phan Thị Yến", "2026-12-05 07:11", "Cảm ơn Ban Tổ chức đã tạo điều kiện cho giáo viên "
                 "vùng khó khăn."),
            ],
        },
    ),
    Story(
        id=317,
        slug="cong-bo-ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-thpt-nam-hoc-2026-2027",
        title="Công bố kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027",
        cat=B,
        published_at="2026-12-02T16:05:00+07:00",
        summary=(
            "Sở Giáo dục và Đào tạo vừa ban hành quyết định công nhận kết quả Kỳ thi chọn học sinh giỏi "
            "cấp tỉnh lớp 12 trung học phổ thông năm học 2026 - 2027. Toàn tỉnh có 612 thí sinh đạt giải "
            "trên tổng số 1.148 thí sinh dự thi, chiếm tỷ lệ 53,3%."
        ),
        sapo_outside=True,
        blocks=[
            Img(k2img(317, "L"), None, None, "k2main"),
            P(
                "Kỳ thi được tổ chức trong hai ngày 19 và 20/11/2026 tại 3 điểm thi với 11 môn thi: Toán, "
                "Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Giáo dục kinh tế "
                "và pháp luật, Công nghệ."
            ),
            P("Kết quả một số môn thi có đông thí sinh dự thi:", "h"),
            P("Môn thi | Số thí sinh dự thi | Số giải | Giải Nhất", "row"),
            P("Toán | 86 | 41 | 3", "row"),
            P("Ngữ văn | 92 | 47 | 4", "row"),
            P("Tiếng Anh | 104 | 52 | 5", "row"),
            P("Tin học | 38 | 19 | 2", "row"),
            P(
                "Trường THPT Chuyên Tuyên Quang tiếp tục dẫn đầu với 148 giải, trong đó có 21 giải Nhất. "
                "Đáng chú ý, Trường THPT Na Hang và Trường THPT Lâm Bình đều có học sinh đạt giải Nhất, "
                "cho thấy chất lượng mũi nhọn ở các trường vùng cao đã có chuyển biến rõ nét."
            ),
            P(
                "Căn cứ kết quả kỳ thi, Sở Giáo dục và Đào tạo sẽ tuyển chọn học sinh vào đội tuyển dự "
                "Kỳ thi chọn học sinh giỏi quốc gia trung học phổ thông năm 2027 và tổ chức tập huấn đội "
                "tuyển từ tháng 12/2026."
            ),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={
            "created": "2026-12-02 16:05",
            "tags": ["Học sinh giỏi"],
            "extra": [("Tác giả", "Phòng Giáo dục Trung học")],
            "attach": [("DS_dat_giai_HSG12_2026-2027.pdf", 1264)],
        },
    ),
    Story(
        id=315,
        slug="tap-huan-chuyen-doi-so-trong-quan-ly-giao-duc-cho-can-bo-quan-ly-cac-truong-hoc",
        title="Tập huấn chuyển đổi số trong quản lý giáo dục cho cán bộ quản lý các trường học",
        cat=A,
        published_at="2026-12-01T14:30:00+07:00",
        summary=(
            "Từ ngày 30/11 đến ngày 1/12/2026, Sở Giáo dục và Đào tạo tổ chức tập huấn chuyển đổi số "
            "trong công tác quản lý giáo dục cho hơn 400 cán bộ quản lý các trường mầm non, phổ thông "
            "trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                k2img(315, "L"),
                "Quang cảnh lớp tập huấn tại điểm cầu Sở Giáo dục và Đào tạo",
                "Quang cảnh lớp tập huấn tại điểm cầu Sở Giáo dục và Đào tạo",
                "k2main",
            ),
            P(
                "Lớp tập huấn được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới 12 điểm cầu, "
                "giúp cán bộ quản lý ở các xã vùng sâu, vùng xa không phải di chuyển xa."
            ),
            P("Tại lớp tập huấn, học viên được hướng dẫn những nội dung chính:"),
            P(
                "Khai thác cơ sở dữ liệu ngành giáo dục, cập nhật dữ liệu học sinh và đội ngũ theo thời "
                "gian thực;",
                "li",
            ),
            P("Sử dụng học bạ số, sổ điểm điện tử và ký số văn bản trong nhà trường;", "li"),
            P("Bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân của học sinh và giáo viên.", "li"),
            P(
                "Bà Hoàng Thị Minh Nguyệt, Hiệu trưởng Trường Tiểu học Hồng Thái, chia sẻ: “Nhờ học bạ "
                "số, giáo viên chủ nhiệm giảm được nhiều thời gian ghi chép thủ công, phụ huynh cũng dễ "
                "dàng theo dõi kết quả học tập của con em mình”."
            ),
            P(
                "Năm học 2026 - 2027, ngành Giáo dục tỉnh phấn đấu 100% trường phổ thông triển khai học "
                "bạ số và 90% hồ sơ công việc được xử lý trên môi trường mạng."
            ),
            Raw('<p style="text-align: right;"><strong>Hà Phương</strong></p>'),
        ],
        authors=["Hà Phương"],
        opts={
            "created": "2026-12-01 14:30",
            "modified": "2026-12-02 08:03",
            "tags": ["Chuyển đổi số"],
            "extra": [],
        },
    ),
    Story(
        id=312,
        slug="truong-thpt-chuyen-tuyen-quang-to-chuc-ngay-hoi-stem-lan-thu-iii",
        title="Trường THPT Chuyên Tuyên Quang tổ chức Ngày hội STEM lần thứ III",
        cat=B,
        published_at="2026-11-29T10:30:00+07:00",
        summary=(
            "Ngày 28/11, Trường THPT Chuyên Tuyên Quang tổ chức Ngày hội STEM lần thứ III với chủ đề "
            "“Khoa học cho cuộc sống xanh”, thu hút hơn 1.200 học sinh của nhà trường và các trường trung "
            "học cơ sở lân cận tham gia."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                k2img(312, "L"),
                "Học sinh giới thiệu mô hình hệ thống tưới tiêu thông minh",
                "Học sinh giới thiệu mô hình hệ thống tưới tiêu thông minh",
                "k2main",
            ),
            P(
                "Tại ngày hội, 36 gian trưng bày của các lớp đã giới thiệu hơn 80 sản phẩm STEM do học "
                "sinh tự thiết kế, chế tạo như: máy lọc nước mini dùng năng lượng mặt trời, thùng rác phân "
                "loại tự động, mô hình cảnh báo sạt lở đất, robot dò đường…",
                "nfd",
            ),
            P(
                "Bên cạnh khu trưng bày, học sinh được tham gia các hoạt động trải nghiệm: thí nghiệm "
                "vui, lập trình điều khiển thiết bị, chế tạo tên lửa nước và thi giải mã các câu đố khoa "
                "học.",
                "nfd",
            ),
            Img(
                "/images/tin-tuc/2026/11/ngay-hoi-stem-chuyen-2.jpg",
                "Phần thi phóng tên lửa nước của học sinh khối 10",
                "Phần thi phóng tên lửa nước của học sinh khối 10",
                "pem",
            ),
            P(
                "Thầy Nguyễn Mạnh Cường, Hiệu trưởng nhà trường cho biết: Ngày hội STEM là hoạt động "
                "thường niên nhằm khơi dậy niềm đam mê nghiên cứu khoa học, rèn luyện kỹ năng làm việc "
                "nhóm và khả năng vận dụng kiến thức liên môn để giải quyết các vấn đề thực tiễn.",
                "nfd",
            ),
            P(
                "Nhiều sản phẩm tiêu biểu tại ngày hội sẽ được nhà trường lựa chọn, hoàn thiện để tham "
                "dự Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026 - 2027.",
                "nfd",
            ),
            Raw('<p style="text-align: right;"><em>Tin: Lê Hồng Nhung - Ảnh: Phạm Tiến</em></p>'),
        ],
        authors=["Lê Hồng Nhung"],
        photographers=["Phạm Tiến"],
        source="Trường THPT Chuyên Tuyên Quang",
        opts={
            "created": "2026-11-29 10:30",
            "featured": True,
            "credits": "Ảnh: Phạm Tiến",
            "tags": ["Học sinh giỏi"],
            "extra": [("Nguồn tin", "Trường THPT Chuyên Tuyên Quang")],
            "video": "https://www.youtube.com/embed/Xq7rS2pLk0c",
            "comments": [
                ("Nguyễn Thanh Bình", "2026-11-29 21:14", "Các sản phẩm của các em rất sáng tạo, đáng để "
                 "các trường khác học hỏi."),
                ("Phụ huynh lớp 10 Tin", "2026-11-30 07:36", "Cảm ơn nhà trường đã tạo sân chơi bổ ích "
                 "cho các con."),
            ],
        },
    ),
    Story(
        id=311,
        slug="thong-bao-to-chuc-cuoc-thi-dai-su-van-hoa-doc-tinh-tuyen-quang-nam-2026",
        title="Thông báo tổ chức Cuộc thi “Đại sứ văn hóa đọc” tỉnh Tuyên Quang năm 2026",
        cat=C,
        published_at="2026-11-25T15:20:00+07:00",
        summary=(
            "Nhằm lan tỏa văn hóa đọc trong trường học, Sở Giáo dục và Đào tạo phối hợp với Thư viện "
            "tỉnh tổ chức Cuộc thi “Đại sứ văn hóa đọc” tỉnh Tuyên Quang năm 2026 dành cho học sinh phổ "
            "thông trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P("Đối tượng dự thi: học sinh đang học tại các trường tiểu học, trung học cơ sở, trung học "
              "phổ thông và các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên.", "j"),
            P("Hình thức dự thi gồm:", "j"),
            P("Bảng A (học sinh tiểu học): viết bài cảm nhận hoặc vẽ tranh về một cuốn sách đã đọc;", "li"),
            P("Bảng B (học sinh trung học cơ sở): viết bài hoặc làm video giới thiệu sách;", "li"),
            P("Bảng C (học sinh trung học phổ thông): thiết kế dự án lan tỏa văn hóa đọc tại nhà "
              "trường, cộng đồng.", "li"),
            P("Thời gian nhận bài dự thi: đến hết ngày 31/12/2026. Bài dự thi gửi về Sở Giáo dục và Đào "
              "tạo (qua Phòng Giáo dục Mầm non - Tiểu học) hoặc nộp trực tuyến trên trang cuộc thi.", "j"),
            P("Ban Tổ chức sẽ trao 1 giải Đặc biệt, 3 giải Nhất, 6 giải Nhì, 9 giải Ba và các giải "
              "Khuyến khích cho mỗi bảng; tập thể có nhiều bài dự thi chất lượng được tặng giấy khen.", "j"),
        ],
        opts={
            "created": "2026-11-25 15:20",
            "tags": [],
            "extra": [],
            "attach": [("The_le_cuoc_thi_Dai_su_van_hoa_doc_2026.pdf", 517)],
        },
    ),
    Story(
        id=309,
        slug="nganh-giao-duc-huong-ung-thang-hanh-dong-vi-binh-dang-gioi",
        title=(
            "Ngành Giáo dục hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo "
            "lực trên cơ sở giới"
        ),
        cat=A,
        published_at="2026-11-27",
        summary=(
            "Thực hiện kế hoạch của UBND tỉnh, Sở Giáo dục và Đào tạo đã hướng dẫn các cơ sở giáo dục "
            "tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với "
            "bạo lực trên cơ sở giới năm 2026, từ ngày 15/11 đến ngày 15/12."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                k2img(309, "L"),
                "Học sinh Trường THPT Sơn Dương tham gia diễn đàn “Nói không với bạo lực học đường”",
                "Học sinh Trường THPT Sơn Dương tham gia diễn đàn “Nói không với bạo lực học đường”",
                "k2main",
            ),
            P(
                "Chủ đề của Tháng hành động năm nay là “Chung tay thúc đẩy bình đẳng giới, chấm dứt bạo "
                "lực trên cơ sở giới”. Các nhà trường treo băng rôn, khẩu hiệu, lồng ghép nội dung tuyên "
                "truyền vào giờ sinh hoạt dưới cờ, sinh hoạt lớp và các hoạt động giáo dục trải nghiệm."
            ),
            P(
                "Nhiều đơn vị đã tổ chức diễn đàn, tọa đàm để học sinh được bày tỏ quan điểm, chia sẻ "
                "những tình huống thường gặp và cách ứng xử an toàn khi bị bắt nạt, quấy rối. Các phòng "
                "tư vấn tâm lý học đường duy trì lịch tư vấn trực tiếp và qua đường dây nóng."
            ),
            P(
                "Sở Giáo dục và Đào tạo đề nghị các cơ sở giáo dục rà soát, bổ sung quy tắc ứng xử trong "
                "nhà trường, xử lý kịp thời, nghiêm minh các hành vi bạo lực, phân biệt đối xử; kết quả "
                "thực hiện báo cáo về Sở trước ngày 20/12/2026."
            ),
        ],
        authors=["Ma Thị Hằng"],
        photographers=["Thanh Tâm"],
        opts={
            "created": "2026-11-27 00:00",
            "credits": "Ảnh: Thanh Tâm",
            "tags": [],
            "extra": [("Tác giả", "ThS. Ma Thị Hằng - Phó Trưởng phòng Giáo dục Mầm non - Tiểu học")],
        },
    ),
    Story(
        id=305,
        slug="nang-cao-chat-luong-day-hoc-mon-tieng-anh-o-cac-truong-thcs-vung-kho-khan",
        title="Nâng cao chất lượng dạy học môn Tiếng Anh ở các trường THCS vùng khó khăn",
        cat=B,
        published_at="2026-11-21T07:45:00+07:00",
        summary=(
            "Khó khăn về cơ sở vật chất, môi trường giao tiếp và đội ngũ giáo viên là những rào cản lớn "
            "trong dạy học Tiếng Anh ở các trường vùng cao. Thời gian qua, nhiều trường trung học cơ sở đã "
            "có những cách làm sáng tạo để từng bước nâng cao chất lượng môn học này."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                k2img(305, "L"),
                "Một giờ học Tiếng Anh có sử dụng học liệu số tại Trường PTDTBT THCS Thượng Lâm",
                "Một giờ học Tiếng Anh có sử dụng học liệu số tại Trường PTDTBT THCS Thượng Lâm",
                "k2main",
            ),
            P(
                "Tại Trường PTDTBT THCS Thượng Lâm, hơn 90% học sinh là người dân tộc thiểu số, vốn "
                "tiếng Việt của nhiều em còn hạn chế nên việc học thêm một ngoại ngữ càng khó khăn. Nhà "
                "trường đã thành lập câu lạc bộ Tiếng Anh sinh hoạt vào tối thứ Tư hằng tuần tại khu bán "
                "trú."
            ),
            P(
                "Cô Đinh Thị Hoa, giáo viên Tiếng Anh của trường cho biết, các buổi sinh hoạt được thiết "
                "kế thành trò chơi, bài hát, đóng kịch ngắn giúp học sinh mạnh dạn giao tiếp. Giáo viên "
                "còn tận dụng kho học liệu số dùng chung của ngành để học sinh luyện nghe, phát âm trên "
                "máy tính của phòng học bộ môn."
            ),
            Raw(
                '<div class="vts-tinlienquan" style="float:right;width:40%;margin:0 0 10px 15px;'
                'border:1px solid #d9e4f2;padding:8px;background:#f5f9ff;"><b>Tin liên quan:</b><ul>'
                '<li><a href="/tin-tuc/hoat-dong-cua-nganh/item/315-tap-huan-chuyen-doi-so-trong-quan-ly-'
                'giao-duc-cho-can-bo-quan-ly-cac-truong-hoc">Tập huấn chuyển đổi số trong quản lý giáo dục '
                "cho cán bộ quản lý các trường học</a></li>"
                '<li><a href="/tin-tuc/giao-duc-trung-hoc/item/292-hoi-thao-doi-moi-phuong-phap-day-hoc-'
                'mon-ngu-van-theo-chuong-trinh-gdpt-2018">Hội thảo đổi mới phương pháp dạy học môn Ngữ văn '
                "theo Chương trình GDPT 2018</a></li></ul></div>"
            ),
            P(
                "Sở Giáo dục và Đào tạo đã tổ chức các lớp bồi dưỡng năng lực ngoại ngữ và phương pháp "
                "dạy học cho 146 giáo viên Tiếng Anh cấp trung học cơ sở; phối hợp với các tổ chức tình "
                "nguyện đưa giáo viên bản ngữ giao lưu trực tuyến với học sinh vùng cao."
            ),
            P(
                "Nhờ những giải pháp đồng bộ, tỷ lệ học sinh đạt điểm trung bình trở lên môn Tiếng Anh "
                "tại các trường phổ thông dân tộc bán trú năm học vừa qua tăng 8,6% so với năm học trước."
            ),
            P(
                "Trong năm học này, ngành tiếp tục nhân rộng mô hình câu lạc bộ Tiếng Anh, khuyến khích "
                "giáo viên chia sẻ bài giảng điện tử và xây dựng kho đề kiểm tra đánh giá theo hướng phát "
                "triển năng lực."
            ),
        ],
        authors=["Đinh Thị Hoa"],
        opts={
            "created": "2026-11-21 07:45",
            "tags": ["Chuyển đổi số"],
            "extra": [("Tác giả", "Đinh Thị Hoa (Trường PTDTBT THCS Thượng Lâm)")],
        },
    ),
    Story(
        id=303,
        slug="danh-sach-vien-chuc-du-dieu-kien-du-xet-thang-hang-chuc-danh-nghe-nghiep-giao-vien-nam-2026",
        title=(
            "Thông báo danh sách viên chức đủ điều kiện dự xét thăng hạng chức danh nghề nghiệp giáo viên "
            "năm 2026"
        ),
        cat=C,
        published_at="2026-11-20T08:00:00+07:00",
        blocks=[
            P(
                "Căn cứ kết quả thẩm định hồ sơ của Hội đồng xét thăng hạng, Sở Giáo dục và Đào tạo thông "
                "báo danh sách 427 viên chức đủ điều kiện, tiêu chuẩn dự xét thăng hạng chức danh nghề "
                "nghiệp giáo viên năm 2026 (có danh sách kèm theo)."
            ),
            P(
                "Trong đó, thăng hạng giáo viên mầm non hạng II: 118 người; giáo viên tiểu học hạng II: "
                "153 người; giáo viên trung học cơ sở hạng II: 109 người; giáo viên trung học phổ thông hạng "
                "I: 47 người."
            ),
            P(
                "Viên chức có tên trong danh sách kiểm tra thông tin cá nhân; trường hợp có sai sót hoặc "
                "kiến nghị, gửi văn bản về Sở Giáo dục và Đào tạo (qua Phòng Tổ chức cán bộ) trước 17 giờ "
                "00 ngày 30/11/2026 để được xem xét, giải quyết."
            ),
            P("Sau thời hạn trên, Hội đồng sẽ không giải quyết các trường hợp kiến nghị."),
            Raw('<p style="text-align: right;"><b><i>Phòng Tổ chức cán bộ</i></b></p>'),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={
            "created": "2026-11-20 08:00",
            "tags": [],
            "extra": [],
            "attach": [("DS_du_dieu_kien_xet_thang_hang_GV_2026.pdf", 2031)],
        },
    ),
    Story(
        id=301,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-tuyen-duong-126-nha-giao-tieu-bieu",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam: Tuyên dương 126 nhà giáo tiêu biểu",
        cat=A,
        published_at="2026-11-19T09:00:00+07:00",
        summary=(
            "Chiều 18/11, Sở Giáo dục và Đào tạo tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và tuyên dương 126 nhà giáo tiêu biểu năm học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                k2img(301, "L"),
                "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "k2main",
            ),
            P(
                "Năm học 2025 - 2026, toàn ngành có hơn 19.000 cán bộ, giáo viên, nhân viên. Đội ngũ nhà "
                "giáo không ngừng lớn mạnh cả về số lượng và chất lượng; tỷ lệ giáo viên đạt chuẩn trình "
                "độ đào tạo theo Luật Giáo dục 2019 đạt 96,8%."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp của đội "
                "ngũ nhà giáo, đặc biệt là các thầy cô đang ngày đêm bám bản, bám trường ở những xã vùng "
                "cao, biên giới."
            ),
            P(
                "Ngành Giáo dục phải tiếp tục đổi mới mạnh mẽ, thực chất; mỗi thầy cô giáo phải thực sự "
                "là tấm gương sáng về đạo đức, tự học và sáng tạo cho học sinh noi theo.",
                "q",
            ),
            Img(
                "/images/tin-tuc/2026/11/20-11-tuyen-duong-2.jpg",
                "(Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh)",
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                "pem",
            ),
            P(
                "Dịp này, 126 nhà giáo tiêu biểu được tuyên dương, trong đó 42 nhà giáo nhận Bằng khen "
                "của Chủ tịch UBND tỉnh, 84 nhà giáo nhận Giấy khen của Giám đốc Sở Giáo dục và Đào tạo."
            ),
            Img("/images/tin-tuc/2026/11/20-11-tuyen-duong-3.jpg", "Ảnh: Quang Huy", None, "pem"),
            P(
                "Cô Hà Thị Nguyệt, giáo viên Trường Mầm non Hồng Quang, xã Lâm Bình, xúc động chia sẻ về "
                "18 năm gắn bó với các điểm trường lẻ, nơi mùa mưa phải lội suối để đến lớp, nhưng niềm "
                "vui mỗi ngày là nhìn thấy các em nhỏ được đến trường đầy đủ."
            ),
            Raw('<p style="text-align: right;"><em><strong>Tin, ảnh: Quang Huy</strong></em></p>'),
        ],
        authors=["Quang Huy"],
        photographers=["Quang Huy"],
        opts={
            "created": "2026-11-19 09:00",
            "featured": True,
            "tags": ["Nhà giáo"],
            "extra": [],
        },
    ),
    Story(
        id=296,
        slug="kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-tai-cac-xa-vung-cao",
        title="Kiểm tra công tác phổ cập giáo dục, xóa mù chữ tại các xã vùng cao",
        cat=A,
        published_at="2026-11-10T15:45:00+07:00",
        summary=(
            "Từ ngày 5 đến ngày 9/11/2026, đoàn kiểm tra của Sở Giáo dục và Đào tạo đã kiểm tra công tác "
            "phổ cập giáo dục, xóa mù chữ tại 14 xã vùng cao của tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                k2img(296, "L"),
                "Đoàn kiểm tra làm việc với Ban Chỉ đạo phổ cập giáo dục xã Lâm Bình",
                "Đoàn kiểm tra làm việc với Ban Chỉ đạo phổ cập giáo dục xã Lâm Bình",
                "k2main",
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ, sổ sách, phiếu điều tra hộ gia đình, đối chiếu số liệu trên hệ "
                "thống thông tin điện tử quản lý phổ cập giáo dục, xóa mù chữ và kiểm tra thực tế tại một "
                "số thôn, bản."
            ),
            P(
                "Qua kiểm tra, các xã đều duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi, "
                "phổ cập giáo dục tiểu học mức độ 2 và phổ cập giáo dục trung học cơ sở mức độ 1. Tuy "
                "nhiên, tỷ lệ người trong độ tuổi 15 - 60 biết chữ ở một số thôn còn thấp; việc cập nhật dữ "
                "liệu ở vài đơn vị chưa kịp thời."
            ),
            P(
                "Đoàn đề nghị các xã tiếp tục mở lớp xóa mù chữ, lớp sau biết chữ ngay tại thôn, bản; "
                "huy động già làng, trưởng bản, người có uy tín vận động người dân tham gia học tập."
            ),
        ],
        authors=["Hoàng Văn Sinh"],
        photographers=["Hoàng Văn Sinh"],
        source="Báo Tuyên Quang điện tử",
        opts={
            "created": "2026-11-10 15:45",
            "credits": "Ảnh: Hoàng Văn Sinh",
            "tags": [],
            "extra": [("Tác giả", "Hoàng Văn Sinh"), ("Nguồn tin", "Báo Tuyên Quang điện tử")],
        },
    ),
    Story(
        id=292,
        slug="hoi-thao-doi-moi-phuong-phap-day-hoc-mon-ngu-van-theo-chuong-trinh-gdpt-2018",
        title="Hội thảo đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018",
        cat=B,
        published_at="2026-10-30T14:00:00+07:00",
        summary=(
            "Ngày 29/10, Sở Giáo dục và Đào tạo tổ chức hội thảo chuyên đề đổi mới phương pháp dạy học "
            "và kiểm tra, đánh giá môn Ngữ văn cấp trung học phổ thông theo Chương trình giáo dục phổ "
            "thông 2018."
        ),
        sapo_outside=True,
        blocks=[
            Img(k2img(292, "L"), None, None, "k2main"),
            P(
                "Tham dự hội thảo có 95 cán bộ quản lý, tổ trưởng chuyên môn và giáo viên Ngữ văn các "
                "trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên.",
                "div",
            ),
            P(
                "Các tham luận tập trung vào những vấn đề: dạy đọc hiểu theo đặc trưng thể loại; sử dụng "
                "ngữ liệu ngoài sách giáo khoa trong kiểm tra, đánh giá; thiết kế đề kiểm tra theo định "
                "hướng phát triển năng lực và hướng dẫn học sinh viết bài nghị luận.",
                "div",
            ),
            P(
                "Giáo viên cũng được trao đổi về việc xây dựng ma trận, bản đặc tả đề kiểm tra định kỳ, "
                "tránh tình trạng học sinh học thuộc văn mẫu.",
                "div",
            ),
            P(
                "Kết thúc hội thảo, Sở Giáo dục và Đào tạo đề nghị các nhà trường tổ chức sinh hoạt "
                "chuyên môn theo nghiên cứu bài học, chia sẻ các chuyên đề hay lên hệ thống học liệu dùng "
                "chung của ngành.",
                "div",
            ),
            Raw('<div style="text-align: right;"><strong>Bích Ngọc</strong></div>'),
        ],
        authors=["Bích Ngọc"],
        opts={
            "created": "2026-10-30 14:00",
            "tags": [],
            "extra": [],
        },
    ),
    Story(
        id=288,
        slug="giao-ban-cong-tac-ban-tru-dau-nam-hoc-tai-cac-truong-pho-thong-dan-toc-ban-tru",
        title="Giao ban công tác bán trú đầu năm học tại các trường phổ thông dân tộc bán trú",
        cat=A,
        published_at="2026-10-22T10:10:00+07:00",
        blocks=[
            P(
                "Ngày 21/10, Sở Giáo dục và Đào tạo tổ chức giao ban công tác bán trú đầu năm học 2026 - "
                "2027 với hiệu trưởng 47 trường phổ thông dân tộc bán trú và các trường có học sinh bán "
                "trú trên địa bàn tỉnh.",
                "mso",
            ),
            P(
                "Năm học này, toàn tỉnh có 16.350 học sinh ở bán trú, tăng 612 em so với năm học trước. "
                "Các trường đã bố trí đủ phòng ở, bếp ăn, công trình vệ sinh; 100% bếp ăn được kiểm tra "
                "an toàn thực phẩm trước khi đưa vào sử dụng.",
                "mso",
            ),
            Img(
                "/images/tin-tuc/2026/10/giao-ban-ban-tru.jpg",
                "(Bữa ăn trưa của học sinh Trường PTDTBT TH&THCS Phúc Sơn)",
                "Bữa ăn trưa của học sinh Trường PTDTBT TH&THCS Phúc Sơn",
                "word",
            ),
            P("Tại hội nghị, các đại biểu tập trung thảo luận:", "mso"),
            P("Việc chi trả chế độ hỗ trợ tiền ăn, gạo cho học sinh kịp thời, đúng đối tượng;", "br"),
            P("Tổ chức hoạt động ngoài giờ lên lớp, trồng rau xanh cải thiện bữa ăn;", "br"),
            P("Bảo đảm an ninh, an toàn cho học sinh ở khu nội trú vào mùa mưa lũ.", "br"),
            P(
                "Kết luận hội nghị, lãnh đạo Sở yêu cầu các trường tiếp tục quan tâm chăm lo đời sống "
                "vật chất, tinh thần của học sinh bán trú, không để học sinh bỏ học vì hoàn cảnh khó khăn.",
                "mso",
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><i><span '
                "style=\"font-size:14.0pt;font-family:'Times New Roman','serif'\">Trần Thị Lan<o:p></o:p>"
                "</span></i></b></p>"
            ),
        ],
        authors=["Trần Thị Lan"],
        opts={
            "created": "2026-10-22 10:10",
            "tags": [],
            "extra": [],
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}

#: Word-pasted articles: their <br> groups are printed in MsoNormal paragraphs
WORD_IDS = {288}


def cat_items(alias: str) -> list[Story]:
    """A category's published items, newest first (K2's "rdate" ordering)."""
    return sorted((s for s in STORIES if s.cat == alias), key=lambda s: s.opts["created"], reverse=True)


def latest() -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["created"], reverse=True)


def page_size(alias: str) -> int:
    return sum(CATS[alias]["groups"])


def item_path(story: Story) -> str:
    return f"/tin-tuc/{story.cat}/item/{story.id}-{story.slug}"


def component_path(story: Story) -> str:
    return f"/component/k2/item/{story.id}-{story.slug}"


def tag_href(tag: str) -> str:
    """K2 prints the tag's own name in the URL, spaces as %20 and the letters raw."""
    return "/tin-tuc/itemlist/tag/" + tag.replace(" ", "%20")


# --- dates as the vi-VN language pack prints them -----------------------------------------------

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
HEADER_TODAY = "Thứ Bảy, 05/12/2026"


def k2date(stamp: str) -> str:
    """K2_DATE_FORMAT_LC2 "l, d F Y H:i" in vi-VN: "Thứ năm, 03 Tháng 12 2026 08:20"."""
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return f"{WEEKDAYS[dt.weekday()]}, {dt:%d} Tháng {dt.month} {dt.year} {dt:%H:%M}"


def short_date(stamp: str) -> str:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").strftime("%d/%m/%Y")


# --- article text ---------------------------------------------------------------------------

_MSO_SPAN = "font-size:14.0pt;line-height:150%;font-family:'Times New Roman','serif'"


def _cloak(email: str) -> str:
    """Joomla's "Content - Email Cloaking" plugin: the address is written by a script."""
    h = hashlib.md5(email.encode()).hexdigest()
    user, domain = email.split("@")
    dparts = " + '&#46;' + ".join(f"'{p}'" for p in domain.split("."))
    return (
        f'<span id="cloak{h}">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần '
        f"bật JavaScript để xem nó.</span><script type='text/javascript'>\n"
        f"\t\t\t\tdocument.getElementById('cloak{h}').innerHTML = '';\n"
        "\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        "\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{h} = '{user}' + '&#64;';\n"
        f"\t\t\t\taddy{h} = addy{h} + {dparts};\n"
        f"\t\t\t\tvar addy_text{h} = '{user}' + '&#64;' + {dparts};"
        f"document.getElementById('cloak{h}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + "
        f"addy{h} + '\\'>'+addy_text{h}+'<\\/a>';\n\t\t</script>"
    )


def _para(p: P) -> str:
    t = text(p.text, nfd=p.style == "nfd")
    if p.style in ("j", "nfd"):
        return f'<p style="text-align: justify;">{t}</p>'
    if p.style == "h":
        return f"<p><strong>{t}</strong></p>"
    if p.style == "q":
        return f'<blockquote style="font-style: italic;"><p>{t}</p></blockquote>'
    if p.style == "div":
        return f'<div style="text-align: justify;">{t}</div>'
    if p.style == "mso":
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
            f'<span style="{_MSO_SPAN}">{t}<o:p></o:p></span></p>'
        )
    if p.style == "cloak":
        head, _, rest = p.text.partition("thư điện tử ")
        email, dot = rest.rstrip("."), "." if rest.endswith(".") else ""
        return f"<p>{text(head)}thư điện tử {_cloak(email)}{dot}</p>"
    return f"<p>{t}</p>"


def _image(img: Img) -> str:
    src = esc(img.src)
    if img.style == "table":
        return (
            '<table class="tbl_anh" style="margin: 0 auto; width: 600px;" border="0" cellpadding="3" '
            f'align="center"><tbody><tr><td><img src="{src}" alt="" width="600" /></td></tr>'
            f'<tr><td style="text-align: center;"><em><span style="font-size: 10pt;">{esc(img.printed or "")}'
            "</span></em></td></tr></tbody></table>"
        )
    if img.style == "word":
        return (
            '<p class="MsoNormal" align="center" style="text-align:center"><span style="'
            f'{_MSO_SPAN}"><img width="602" height="401" src="{src}" alt="" /></span></p>\n'
            '<p class="MsoNormal" align="center" style="text-align:center"><i><span style="font-size:'
            f"12.0pt;font-family:'Times New Roman','serif'\">{esc(img.printed or '')}<o:p></o:p></span></i></p>"
        )
    out = f'<p style="text-align: center;"><img src="{src}" alt="" style="width: 600px; height: auto;" /></p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def render_text(story: Story) -> str:
    """The item's full text as the editor (JCE / Word) left it."""
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "k2main")]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "row", "br"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = [g.text for g in blocks[i:j]]  # type: ignore[union-attr]
            if b.style == "li":
                out.append("<ul>\n" + "\n".join(f"<li>{text(g)}</li>" for g in group) + "\n</ul>")
            elif b.style == "row":
                rows = []
                for k, g in enumerate(group):
                    cell = "th" if k == 0 else "td"
                    cells = "".join(f"<{cell}>{text(c)}</{cell}>" for c in g.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table class="table table-bordered" style="width: 100%;" border="1" cellspacing="0" '
                    'cellpadding="4"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"
                )
            elif story.id in WORD_IDS:
                joined = "<br />\n".join(text(g) for g in group)
                out.append(
                    '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
                    f'<span style="{_MSO_SPAN}">{joined}<o:p></o:p></span></p>'
                )
            else:
                out.append("<p>" + "<br />\n".join(text(g) for g in group) + "</p>")
            i = j
            continue
        if isinstance(b, P):
            out.append(_para(b))
            if b.style == "mso" and i == 0:
                out.append('<p class="MsoNormal">&nbsp;<o:p></o:p></p>')
        elif isinstance(b, Img):
            out.append(_image(b))
        else:
            out.append(b.html)
        i += 1
    if story.opts.get("video"):
        # AllVideos plugin output for {youtube}…{/youtube}, placed after the text by the editor
        out.insert(
            len(out) - 1,
            '<!-- JoomlaWorks "AllVideos" Plugin (v4.8.0) starts here -->\n'
            '<div class="avPlayerWrapper avVideo"><div class="avPlayerContainer"><div id="AVPlayerID_0_'
            f'{story.id}" class="avPlayerBlock"><iframe src="{story.opts["video"]}?rel=0&amp;fs=1&amp;'
            'wmode=transparent" width="600" height="338" allowfullscreen title="JoomlaWorks AllVideos '
            'Player"></iframe></div></div></div>\n<!-- JoomlaWorks "AllVideos" Plugin (v4.8.0) ends here -->',
        )
    return "\n".join(out)


# --- the template's chrome ----------------------------------------------------------------------

INTRO_PAGES = {
    "/gioi-thieu/chuc-nang-nhiem-vu": (1, "Chức năng, nhiệm vụ"),
    "/gioi-thieu/lanh-dao-so": (2, "Lãnh đạo Sở"),
}
ALBUM_PATH = "/thu-vien-anh"
DOCS = {
    41: (
        "ke-hoach-so-2105-kh-sgddt-to-chuc-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs",
        "Kế hoạch số 2105/KH-SGDĐT tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 - 2027",
        [("Số ký hiệu", "2105/KH-SGDĐT"), ("Ngày ban hành", "16/11/2026"), ("Loại văn bản", "Kế hoạch"),
         ("Cơ quan ban hành", "Sở Giáo dục và Đào tạo"), ("Người ký", "Nguyễn Văn Thạch")],
        "2026-11-16 16:20",
    ),
    42: (
        "cong-van-so-2240-sgddt-gdtrh-huong-dan-to-chuc-kiem-tra-cuoi-hoc-ky-i",
        "Công văn số 2240/SGDĐT-GDTrH hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
        [("Số ký hiệu", "2240/SGDĐT-GDTrH"), ("Ngày ban hành", "01/12/2026"), ("Loại văn bản", "Công văn"),
         ("Cơ quan ban hành", "Sở Giáo dục và Đào tạo"), ("Người ký", "Lương Thị Thu Hà")],
        "2026-12-01 17:02",
    ),
}


def doc_path(doc_id: int) -> str:
    return f"/van-ban/item/{doc_id}-{DOCS[doc_id][0]}"


def _menu(active: str) -> str:
    def li(item: int, href: str, label: str, key: str = "", sub: str = "") -> str:
        cls = [f"item-{item}"]
        if key and key == active:
            cls += ["current", "active"]
        if sub:
            cls += ["deeper", "parent"]
        inner = f'<a href="{href}">{esc(label)}</a>' if href else f'<span class="nav-header ">{esc(label)}</span>'
        child = f'<ul class="nav-child unstyled small">{sub}</ul>' if sub else ""
        return f'<li class="{" ".join(cls)}">{inner}{child}</li>'

    intro = "".join(li(103 + k, href, label) for k, (href, (_, label)) in enumerate(INTRO_PAGES.items()))
    cats = "".join(
        li(111 + k, f"/tin-tuc/{alias}", c["name"], alias) for k, (alias, c) in enumerate(CATS.items())
    )
    return (
        '<ul class="nav menu vts-menungang mod-list">'
        + li(101, "/", "Trang chủ", "home")
        + li(102, "", "Giới thiệu", "", intro)
        + li(110, "/tin-tuc", "Tin tức", "tin-tuc", cats)
        + li(120, "/van-ban", "Văn bản", "van-ban")
        + li(121, ALBUM_PATH, "Thư viện ảnh", "album")
        + li(122, "https://dichvucong.tuyenquang.gov.vn", "Dịch vụ công")
        + li(123, "/lien-he", "Liên hệ", "lien-he")
        + "</ul>"
    )


def _crumbs(trail: list[tuple[str, str | None]]) -> str:
    items = ['<li>Bạn đang ở: &#160;</li>']
    full = [("Trang chủ", "/"), *trail]
    for k, (label, href) in enumerate(full, 1):
        last = k == len(full)
        attrs = 'itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"'
        if last:
            items.append(f'<li {attrs} class="active"><span itemprop="name">{esc(label)}</span>'
                         f'<meta itemprop="position" content="{k}"></li>')
        elif href:
            items.append(
                f'<li {attrs}><a itemprop="item" href="{href}" class="pathway"><span itemprop="name">'
                f'{esc(label)}</span></a><span class="divider"><img src="/media/system/images/arrow.png" '
                f'alt="" /></span><meta itemprop="position" content="{k}"></li>'
            )
        else:
            items.append(f'<li {attrs}><span itemprop="name">{esc(label)}</span><span class="divider">'
                         f'<img src="/media/system/images/arrow.png" alt="" /></span>'
                         f'<meta itemprop="position" content="{k}"></li>')
    return (
        '<div class="moduletable vts-duongdan"><ul itemscope itemtype="https://schema.org/BreadcrumbList" '
        'class="breadcrumb">' + "".join(items) + "</ul></div>"
    )


MOST_READ = [301, 318, 317, 303, 312]


def _sidebar() -> str:
    most = "".join(
        f'<li class="{"even" if k % 2 else "odd"}"><a class="moduleItemTitle" href="{item_path(BY_ID[i])}">'
        f'{esc(BY_ID[i].title)}</a> <span class="moduleItemHits">({BY_ID[i].views()})</span></li>'
        for k, i in enumerate(MOST_READ)
    )
    docs = "".join(
        f'<li><a href="{doc_path(d)}">{esc(v[1])}</a><span class="ngay">{short_date(v[3])}</span></li>'
        for d, v in DOCS.items()
    )
    return f"""
<div class="moduletable vts-timkiem"><div id="k2ModuleBox95" class="k2SearchBlock">
<form action="/tin-tuc/itemlist/search" method="get" autocomplete="off" class="k2SearchBlockForm">
<input type="text" value="Tìm kiếm..." name="searchword" maxlength="" size="" alt="Tìm kiếm"
 class="inputbox" onblur="if(this.value=='') this.value='Tìm kiếm...';"
 onfocus="if(this.value=='Tìm kiếm...') this.value='';" />
<input type="hidden" name="categories" value="" /><input type="hidden" name="format" value="html" />
<input type="hidden" name="t" value="" /><input type="hidden" name="tpl" value="search" />
</form></div></div>
<div class="moduletable vts-box-phai"><h3 class="tieude-box">Tin đọc nhiều</h3>
<div id="k2ModuleBox131" class="k2ItemsBlock docnhieu"><ul>{most}</ul></div></div>
<div class="moduletable vts-box-phai"><h3 class="tieude-box">Văn bản mới</h3>
<ul class="vbmoi">{docs}</ul><a class="xemtatca" href="/van-ban">Xem tất cả văn bản</a></div>
<div class="moduletable vts-banner-phai">
<a href="https://hanhchinhcong.tuyenquang.gov.vn" target="_blank"><img src="/images/banners/hanh-chinh-cong.png"
 alt="Hành chính công" /></a>
<a href="https://moet.gov.vn" target="_blank"><img src="/images/banners/bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" /></a>
<a href="https://csdl.moet.gov.vn" target="_blank"><img src="/images/banners/csdl-nganh.png"
 alt="Cơ sở dữ liệu ngành" /></a></div>
<div class="moduletable vts-box-phai"><h3 class="tieude-box">Liên kết website</h3>
<select class="lienket" onchange="if(this.value) window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>
<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
</select></div>
<div class="moduletable vts-box-phai"><h3 class="tieude-box">Thăm dò ý kiến</h3>
<form action="/index.php" method="post" name="poll_vote_3" id="poll_vote_3">
<p class="cauhoi">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
<label><input type="radio" name="voteid" value="7" /> Đẹp, dễ sử dụng</label><br />
<label><input type="radio" name="voteid" value="8" /> Bình thường</label><br />
<label><input type="radio" name="voteid" value="9" /> Khó tìm thông tin</label><br />
<input type="submit" name="task_button" class="button" value="Bình chọn" />
<input type="hidden" name="option" value="com_poll" /><input type="hidden" name="id" value="3" />
<input type="hidden" name="task" value="vote" /></form></div>
<div class="moduletable vts-box-phai"><h3 class="tieude-box">Thống kê truy cập</h3>
<div class="vvisit_counter"><table cellpadding="0" cellspacing="0" style="width: 90%;"><tbody>
<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vtoday.png" alt="" /></td><td>Hôm nay</td>
<td align="right">1.204</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vyesterday.png" alt="" /></td><td>Hôm qua</td>
<td align="right">2.377</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vall.png" alt="" /></td><td>Tổng truy cập</td>
<td align="right">2.418.993</td></tr></tbody></table>
<div class="dangonline">Đang online: 37</div></div></div>
"""


_FOOTER = """
<div id="vts-footer"><div class="container">
<div class="moduletable vts-diachi"><div class="custom">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</strong></p>
<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Tuyên Quang<br />
Địa chỉ: Đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang<br />
Điện thoại: 0207.3822.516 - Fax: 0207.3822.547 - Email: sgddt@tuyenquang.gov.vn<br />
Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử Sở GD&amp;ĐT Tuyên Quang" khi phát hành lại thông tin từ website này.</p>
</div></div>
<div class="vts-banquyen">© 2016 - 2026 Sở Giáo dục và Đào tạo Tuyên Quang. Thiết kế bởi VTS Software.</div>
</div></div>
"""


def shell(
    request: Request,
    title: str,
    main: str,
    *,
    active: str = "",
    trail: list[tuple[str, str | None]] | None = None,
    head_extra: str = "",
    description: str = "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Tuyên Quang",
    view: str = "itemlist",
) -> Response:
    base = base_url(request)
    doc_title = f"{title} - {SITE_NAME}" if title else SITE_NAME
    crumbs = _crumbs(trail) if trail is not None else ""
    body = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="{esc(base + request.path)}" />
<meta name="keywords" content="Sở Giáo dục và Đào tạo Tuyên Quang, giáo dục Tuyên Quang, sgddt" />
<meta name="description" content="{esc(description)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
{head_extra}
<title>{esc(doc_title)}</title>
<link href="{TPL}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/k2/assets/css/k2.fonts.css?v2.9.0" rel="stylesheet" />
<link href="/components/com_k2/css/k2.css?v2.9.0" rel="stylesheet" />
<link href="{TPL}/css/template.css" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?8f0fd1e4a7b1c33e2f9b5a0c6d8e2a41"></script>
<script src="/media/jui/js/jquery-noconflict.js?8f0fd1e4a7b1c33e2f9b5a0c6d8e2a41"></script>
<script src="/media/k2/assets/js/k2.frontend.js?v2.9.0&amp;sitepath=/"></script>
<script src="{TPL}/js/template.js"></script>
</head>
<body class="site com_k2 view-{view} no-layout no-task">
<div id="vts-wrapper">
<div id="vts-topbar"><div class="container">
<span class="vts-ngay"><i class="fa fa-calendar"></i> {HEADER_TODAY}</span>
<span class="vts-hotline">Đường dây nóng: 0207.3822.516</span>
<a class="vts-fb" href="https://www.facebook.com/sgddt.tuyenquang" target="_blank">Facebook</a>
</div></div>
<div id="vts-header"><div class="container">
<a href="/" class="vts-logo"><img src="{TPL}/images/logo-sgd.png" alt="Logo Sở GD&amp;ĐT Tuyên Quang" /></a>
<div class="vts-tenso"><h1>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</h1>
<div class="vts-slogan">Cổng thông tin điện tử</div></div>
</div></div>
<div id="vts-nav"><div class="container">{_menu(active)}</div></div>
<div id="vts-marquee"><marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">
Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026 *** Thi đua dạy tốt, học tốt ***
</marquee></div>
<div id="vts-body"><div class="container">
{crumbs}
<div class="row-fluid">
<div id="vts-maincol" class="span8">
<div id="system-message-container"></div>
{main}
</div>
<div id="vts-right" class="span4">{_sidebar()}</div>
</div></div></div>
{_FOOTER}
</div>
</body>
</html>
"""
    return html(body)


# --- K2 item view (vendor override of com_k2/templates/default/item.php) -------------------------

FEATURED = '<span><sup>Nổi bật</sup></span>'
COMMENTS_PER_PAGE = 10


def _attach_href(story: Story, k: int) -> str:
    key = hashlib.md5(f"{story.id}-{k}".encode()).hexdigest()
    return f"/tin-tuc/item/download/{story.id * 10 + k}_{key}"


def _extra_fields(pairs: list[tuple[str, str]]) -> str:
    if not pairs:
        return ""
    lis = "".join(
        f'<li class="{"even" if k % 2 else "odd"} typeTextfield group1">'
        f'<span class="itemExtraFieldsLabel">{esc(label)}:</span>'
        f'<span class="itemExtraFieldsValue">{esc(value)}</span></li>'
        for k, (label, value) in enumerate(pairs)
    )
    return (
        f'<div class="itemExtraFields"><h3>Thông tin thêm</h3><ul>{lis}</ul><div class="clr"></div></div>'
    )


def _comments(story: Story, page: int) -> str:
    comments = story.opts.get("comments", [])
    path = item_path(story)
    form = f"""<div class="itemCommentsForm">
<h3>Gửi bình luận</h3>
<p class="itemCommentsFormNotes">Hãy chắc chắn rằng bạn đã nhập đầy đủ các thông tin được đánh dấu (*).
Mã HTML không được chấp nhận.</p>
<form action="/index.php" method="post" id="comment-form" class="form-validate">
<label class="formComment" for="commentText">Nội dung bình luận *</label>
<textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea>
<label class="formName" for="userName">Họ tên *</label>
<input class="inputbox" type="text" name="userName" id="userName" value="" />
<label class="formEmail" for="commentEmail">Email *</label>
<input class="inputbox" type="text" name="commentEmail" id="commentEmail" value="" />
<input type="submit" class="button" id="submitCommentButton" value="Gửi bình luận" />
<input type="hidden" name="option" value="com_k2" /><input type="hidden" name="view" value="item" />
<input type="hidden" name="task" value="comment" /><input type="hidden" name="itemID" value="{story.id}" />
<input type="hidden" name="a9c1e55d0f7b2c34d6e8f0a1b2c3d4e5" value="1" />
</form></div>"""
    if not comments:
        return f'<div class="itemComments">{form}</div>'
    shown = comments[page * COMMENTS_PER_PAGE:(page + 1) * COMMENTS_PER_PAGE]
    lis = []
    for k, (name, stamp, body) in enumerate(shown):
        cid = 1000 + story.id * 3 + page * COMMENTS_PER_PAGE + k
        lis.append(
            f'<li class="{"even" if k % 2 else "odd"}">'
            f'<span class="commentLink"><a href="{path}#comment{cid}" name="comment{cid}" id="comment{cid}">'
            f"Liên kết bình luận</a></span>"
            f'<span class="commentDate">{k2date(stamp)}</span>'
            f'<span class="commentAuthorName">đăng bởi {esc(name)}</span>'
            f"<p>{esc(body)}</p></li>"
        )
    pager = ""
    if len(comments) > COMMENTS_PER_PAGE:
        if page == 0:
            pager = (
                '<ul><li class="pagination-start"><span class="pagenav">Bắt đầu</span></li>'
                '<li class="pagination-prev"><span class="pagenav">Trước</span></li>'
                '<li><span class="pagenav">1</span></li>'
                f'<li><a title="2" href="{path}?start=10" class="pagenav">2</a></li>'
                f'<li class="pagination-next"><a title="Kế tiếp" href="{path}?start=10" class="hasTooltip '
                'pagenav">Kế tiếp</a></li>'
                f'<li class="pagination-end"><a title="Cuối" href="{path}?start=10" class="hasTooltip pagenav">'
                "Cuối</a></li></ul>"
            )
        else:
            pager = (
                f'<ul><li class="pagination-start"><a title="Bắt đầu" href="{path}?limitstart=0" '
                'class="hasTooltip pagenav">Bắt đầu</a></li>'
                f'<li class="pagination-prev"><a title="Trước" href="{path}?limitstart=0" class="hasTooltip '
                'pagenav">Trước</a></li>'
                f'<li><a href="{path}?limitstart=0" class="pagenav">1</a></li>'
                '<li><span class="pagenav">2</span></li>'
                '<li class="pagination-next"><span class="pagenav">Kế tiếp</span></li>'
                '<li class="pagination-end"><span class="pagenav">Cuối</span></li></ul>'
            )
        pager = f'<div class="itemCommentsPagination">{pager}<div class="clr"></div></div>'
    return (
        f'<div class="itemComments"><h3 class="itemCommentsCounter"><span>{len(comments)}</span> bình luận</h3>'
        f'<ul class="itemCommentsList">{"".join(lis)}</ul>{pager}{form}</div>'
    )


def _navigation(story: Story) -> str:
    if not CATS[story.cat]["nav"]:
        return ""
    items = cat_items(story.cat)
    k = items.index(story)
    links = []
    if k > 0:
        newer = items[k - 1]
        links.append(
            f'<a class="itemPrevious" href="{item_path(newer)}"><img src="{k2img(newer.id, "XS")}" alt="" />'
            f'<span class="nhan">&laquo; Tin mới hơn</span><span class="tieude">{esc(newer.title)}</span>'
            f' <em>({short_date(newer.opts["created"])})</em></a>'
        )
    if k + 1 < len(items):
        older = items[k + 1]
        links.append(
            f'<a class="itemNext" href="{item_path(older)}"><img src="{k2img(older.id, "XS")}" alt="" />'
            f'<span class="nhan">Tin cũ hơn &raquo;</span><span class="tieude">{esc(older.title)}</span>'
            f' <em>({short_date(older.opts["created"])})</em></a>'
        )
    return f'<div class="itemNavigation vts-dieuhuong">{"".join(links)}<div class="clr"></div></div>'


def _related(story: Story) -> str:
    tags = set(story.opts.get("tags", []))
    rel = [s for s in latest() if s is not story and tags & set(s.opts.get("tags", []))]
    if not rel:
        return ""
    lis = "".join(
        f'<li class="{"even" if k % 2 else "odd"}"><a class="itemRelTitle" href="{item_path(s)}">'
        f'{esc(s.title)}</a> <span class="itemRelDate">{short_date(s.opts["created"])}</span></li>'
        for k, s in enumerate(rel)
    )
    return f'<div class="itemRelated"><h3>Tin cùng chủ đề</h3><ul>{lis}</ul><div class="clr"></div></div>'


def _author_latest(story: Story) -> str:
    rel = [s for s in latest() if s is not story][:3]
    lis = "".join(
        f'<li class="{"even" if k % 2 else "odd"}"><a href="{item_path(s)}">{esc(s.title)}</a></li>'
        for k, s in enumerate(rel)
    )
    return (
        f'<div class="itemAuthorLatest"><h3>Bài mới đăng bởi {ACCOUNT}</h3><ul>{lis}</ul>'
        '<div class="clr"></div></div>'
    )


def item_body(story: Story, *, print_mode: bool = False, comment_page: int = 0) -> str:
    """The #k2Container of an item."""
    o = story.opts
    path = item_path(story)
    main = next((b for b in story.blocks if isinstance(b, Img) and b.style == "k2main"), None)
    featured = " itemIsFeatured" if o.get("featured") else ""
    title_flag = f" {FEATURED}" if o.get("featured") else ""
    parts = [f'<span id="startOfPageId{story.id}"></span>', f'<div id="k2Container" class="itemView{featured}">']
    parts.append(
        '<div class="itemHeader">'
        f'<span class="itemDateCreated"><i class="fa fa-clock-o"></i> {k2date(o["created"])}</span>'
        f'<h2 class="itemTitle">{esc(story.title)}{title_flag}</h2>'
        f'<span class="itemAuthor">Viết bởi {ACCOUNT}</span></div>'
    )
    if not print_mode:
        parts.append(
            '<div class="itemToolbar"><ul>'
            '<li><span class="itemTextResizerTitle">Cỡ chữ</span> '
            '<a href="#" id="fontDecrease"><span>giảm cỡ chữ</span></a> '
            '<a href="#" id="fontIncrease"><span>tăng cỡ chữ</span></a></li>'
            f'<li><a class="itemPrintLink" rel="nofollow" href="{path}?tmpl=component&amp;print=1" '
            "onclick=\"window.open(this.href,'printWindow','width=900,height=600,location=no,menubar=no,"
            "resizable=yes,scrollbars=yes'); return false;\"><span>In bài viết</span></a></li>"
            f'<li><span class="itemHits">Đã xem <b>{story.views()}</b> lần</span></li>'
            "</ul><div class=\"clr\"></div></div>"
        )
    parts.append('<div class="itemBody">')
    if main is not None:
        alt = main.printed or story.title
        block = (
            '<div class="itemImageBlock"><span class="itemImage">'
            f'<a data-k2-modal="image" href="{k2img(story.id, "XL")}" title="Bấm để xem ảnh lớn">'
            f'<img src="{esc(main.src)}" alt="{esc(alt)}" style="width:600px; height:auto;" /></a></span>'
        )
        if main.printed:
            block += f'<span class="itemImageCaption">{esc(main.printed)}</span>'
        if o.get("credits"):
            block += f'<span class="itemImageCredits">{esc(o["credits"])}</span>'
        parts.append(block + '<div class="clr"></div></div>')
    if story.summary and story.sapo_outside:
        parts.append(f'<div class="itemIntroText"><p>{esc(story.summary)}</p></div>')
    parts.append(f'<div class="itemFullText">\n{render_text(story)}\n</div>')
    parts.append('<div class="clr"></div>')
    parts.append(_extra_fields(o.get("extra", [])))
    if o.get("modified"):
        parts.append(f'<div class="itemDateModified">Cập nhật lần cuối: {k2date(o["modified"])}</div>')
    parts.append('<div class="clr"></div></div>')
    if not print_mode:
        links = [
            f'<div class="itemCategory"><span>Chuyên mục:</span> <a href="/tin-tuc/{story.cat}">'
            f"{esc(CATS[story.cat]['name'])}</a></div>"
        ]
        if o.get("tags"):
            tags = "".join(f'<li><a href="{tag_href(t)}">{esc(t)}</a></li>' for t in o["tags"])
            links.append(f'<div class="itemTagsBlock"><span>Từ khóa:</span><ul class="itemTags">{tags}</ul>'
                         '<div class="clr"></div></div>')
        if o.get("attach"):
            lis = "".join(
                f'<li><a title="{esc(name)}" href="{_attach_href(story, k)}">{esc(name)}</a> '
                f"<span>(Lượt tải: {count})</span></li>"
                for k, (name, count) in enumerate(o["attach"])
            )
            links.append(f'<div class="itemAttachmentsBlock"><span>Tệp đính kèm:</span>'
                         f'<ul class="itemAttachments">{lis}</ul></div>')
        parts.append(f'<div class="itemLinks">{"".join(links)}<div class="clr"></div></div>')
        parts.append(
            '<div class="itemSocialSharing">'
            '<div class="itemFacebookButton"><div class="fb-like" data-layout="button_count" '
            'data-action="like" data-show-faces="false" data-share="true"></div></div>'
            '<div class="itemZaloButton"><div class="zalo-share-button" data-href="" data-oaid="579745863508352884" '
            'data-layout="1" data-color="blue" data-customize="false"></div></div>'
            '<div class="clr"></div></div>'
        )
        parts.append(_author_latest(story))
        parts.append(_related(story))
        parts.append(_navigation(story))
        if story.cat != C:
            parts.append(_comments(story, comment_page))
        parts.append(
            f'<div class="itemBackToTop"><a class="k2Anchor" href="{path}#startOfPageId{story.id}">'
            "Về đầu trang</a></div>"
        )
    parts.append('</div>')
    return "\n".join(p for p in parts if p)


def item_page(request: Request, story: Story, comment_page: int = 0) -> Response:
    cat = CATS[story.cat]
    base = base_url(request)
    desc = (story.summary or next(b.text for b in story.blocks if isinstance(b, P)))[:155]
    og = [
        f'<meta property="og:url" content="{esc(base + request.path)}" />',
        '<meta property="og:type" content="article" />',
        f'<meta property="og:title" content="{esc(story.title)}" />',
        f'<meta property="og:description" content="{esc(desc)}" />',
    ]
    if any(isinstance(b, Img) and b.style == "k2main" for b in story.blocks):
        og.append(f'<meta property="og:image" content="{base}{k2img(story.id, "XL")}" />')
        og.append(f'<meta name="image" content="{base}{k2img(story.id, "XL")}" />')
    return shell(
        request,
        story.title,
        item_body(story, comment_page=comment_page),
        active=story.cat,
        trail=[("Tin tức", "/tin-tuc"), (cat["name"], f"/tin-tuc/{story.cat}"), (story.title, None)],
        head_extra="\n".join(og),
        description=desc,
        view="item",
    )


def print_page(story: Story) -> Response:
    """tmpl=component&print=1: the component template, no chrome, K2's own print button."""
    body = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="robots" content="noindex, nofollow" />
<title>{esc(story.title)} - {esc(SITE_NAME)}</title>
<link href="/components/com_k2/css/k2.print.css?v2.9.0" rel="stylesheet" media="print" />
<link href="{TPL}/css/template.css" rel="stylesheet" />
</head>
<body class="contentpane modal">
<a class="itemPrintThisPage" rel="nofollow" href="#" onclick="window.print(); return false;"><span>In trang này</span></a>
{item_body(story, print_mode=True)}
</body>
</html>
"""
    return html(body)


# --- K2 item lists (category, parent category, tag, search) -----------------------------------------


def _intro_cut(story: Story, words: int = 40) -> str:
    """K2's "intro text word limit": the listing cuts the intro and adds "…"."""
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    cut = first.split()
    return esc(" ".join(cut[:words]) + ("…" if len(cut) > words else ""))


def _cat_item(story: Story, group: str, size: str) -> str:
    path = item_path(story)
    flag = f" {FEATURED}" if story.opts.get("featured") else ""
    head = (
        '<div class="catItemHeader">'
        f'<span class="catItemDateCreated">{k2date(story.opts["created"])}</span>'
        f'<h3 class="catItemTitle"><a href="{path}">{esc(story.title)}</a>{flag}</h3></div>'
    )
    if group == "groupLinks":
        return f'<div class="catItemView groupLinks"><h3 class="catItemTitle"><a href="{path}">{esc(story.title)}</a></h3></div>'
    has_img = any(isinstance(b, Img) and b.style == "k2main" for b in story.blocks)
    img = (
        f'<div class="catItemImageBlock"><span class="catItemImage"><a href="{path}" title="{esc(story.title)}">'
        f'<img src="{k2img(story.id, size)}" alt="{esc(story.title)}" style="width:{300 if size == "M" else 180}px; '
        'height:auto;" /></a></span><div class="clr"></div></div>'
        if has_img
        else ""
    )
    return (
        f'<div class="catItemView {group}">{head}<div class="catItemBody">{img}'
        f'<div class="catItemIntroText">{_intro_cut(story)}</div><div class="clr"></div></div>'
        f'<div class="clr"></div><div class="catItemReadMore"><a class="k2ReadMore" href="{path}">Xem tiếp...</a>'
        '</div><div class="clr"></div></div>'
    )


def _pagination(base: str, start: int, size: int, total: int) -> str:
    pages = (total + size - 1) // size
    if pages <= 1:
        return ""
    cur = start // size

    def href(k: int) -> str:
        # Joomla 3: the first page's links carry limitstart=0, the others start=N
        return f"{base}?limitstart=0" if k == 0 else f"{base}?start={k * size}"

    def li(label: str, k: int | None, cls: str = "", title: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        if k is None or k == cur:
            return f'<li{c}><span class="pagenav">{label}</span></li>'
        t = f' title="{title}"' if title else ""
        tip = "hasTooltip pagenav" if title else "pagenav"
        return f'<li{c}><a{t} href="{href(k)}" class="{tip}">{label}</a></li>'

    lis = [
        li("Bắt đầu", 0 if cur else None, "pagination-start", "Bắt đầu"),
        li("Trước", cur - 1 if cur else None, "pagination-prev", "Trước"),
    ]
    lis += [li(str(k + 1), k) for k in range(pages)]
    lis += [
        li("Kế tiếp", cur + 1 if cur + 1 < pages else None, "pagination-next", "Kế tiếp"),
        li("Cuối", pages - 1 if cur + 1 < pages else None, "pagination-end", "Cuối"),
    ]
    return (
        f'<div class="k2Pagination"><div class="k2PaginationLinks"><ul>{"".join(lis)}</ul></div>'
        f'<div class="k2PaginationCounter">Trang {cur + 1} của {pages}</div></div>'
    )


def category_page(request: Request, alias: str, start: int) -> Response:
    cat = CATS[alias]
    items = cat_items(alias)
    size = page_size(alias)
    shown = items[start:start + size]
    lead, prim, sec, _links = cat["groups"]
    groups = [
        ("itemListLeading", "groupLeading", "M", 1, shown[:lead]),
        ("itemListPrimary", "groupPrimary", "S", 2, shown[lead:lead + prim]),
        ("itemListSecondary", "groupSecondary", "S", 1, shown[lead + prim:lead + prim + sec]),
    ]
    blocks = []
    for div_id, group, size_key, cols, members in groups:
        if not members:
            continue
        width = f"{100 / cols:.1f}%"
        cells = []
        for k, s in enumerate(members):
            last = " itemContainerLast" if (k + 1) % cols == 0 else ""
            cells.append(f'<div class="itemContainer{last}" style="width:{width};">'
                         f"{_cat_item(s, group, size_key)}</div>")
            if (k + 1) % cols == 0:
                cells.append('<div class="clr"></div>')
        blocks.append(f'<div id="{div_id}">{"".join(cells)}<div class="clr"></div></div>')
    link_items = shown[lead + prim + sec:]
    if link_items:
        lis = "".join(f'<div class="itemContainer">{_cat_item(s, "groupLinks", "S")}</div>' for s in link_items)
        blocks.append(f'<div id="itemListLinks"><h4>Tin khác...</h4>{lis}<div class="clr"></div></div>')
    path = f"/tin-tuc/{alias}"
    feed = f"{path}?format=feed&amp;type=rss"
    main = f"""<div id="k2Container" class="itemListView vts-dstin">
<div class="itemListCategoriesBlock"><div class="itemListCategory">
<a class="k2FeedIcon" href="{feed}" title="Đăng ký nhận tin RSS"><span>Đăng ký nhận tin RSS</span></a>
<h2>{esc(cat["name"])}</h2><p>{esc(cat["desc"])}</p><div class="clr"></div></div></div>
<div class="itemList">{"".join(blocks)}</div>
{_pagination(path, start, size, len(items))}
</div>"""
    head = f'<link href="{feed}" rel="alternate" type="application/rss+xml" title="RSS 2.0" />'
    return shell(request, cat["name"], main, active=alias,
                 trail=[("Tin tức", "/tin-tuc"), (cat["name"], None)], head_extra=head)


def parent_page(request: Request) -> Response:
    """/tin-tuc: the parent category; it has no items of its own, only its subcategories' boxes."""
    boxes = []
    for alias, cat in CATS.items():
        n = len(cat_items(alias))
        boxes.append(
            '<div class="subCategoryContainer" style="width:33.3%;"><div class="subCategory">'
            f'<h2><a href="/tin-tuc/{alias}">{esc(cat["name"])}</a> ({n})</h2>'
            f'<p>{esc(cat["desc"])}</p>'
            f'<a class="subCategoryMore" href="/tin-tuc/{alias}">Xem tất cả...</a>'
            '<div class="clr"></div></div></div>'
        )
    main = (
        '<div id="k2Container" class="itemListView"><div class="itemListCategoriesBlock">'
        '<div class="itemListCategory"><h2>Tin tức</h2></div>'
        f'<div class="itemListSubCategories"><h3>Chuyên mục con</h3>{"".join(boxes)}'
        '<div class="clr"></div></div></div></div>'
    )
    return shell(request, "Tin tức", main, active="tin-tuc", trail=[("Tin tức", None)])


def _tag_list(stories: list[Story]) -> str:
    views = []
    for s in stories:
        link = component_path(s)
        views.append(
            '<div class="tagItemView"><div class="tagItemHeader">'
            f'<span class="tagItemDateCreated">{k2date(s.opts["created"])}</span>'
            f'<h2 class="tagItemTitle"><a href="{link}">{esc(s.title)}</a></h2></div>'
            f'<div class="tagItemBody"><div class="tagItemIntroText">{_intro_cut(s, 25)}</div>'
            '<div class="clr"></div></div>'
            f'<div class="tagItemCategory"><span>Đăng trong</span> <a href="/tin-tuc/{s.cat}">'
            f'{esc(CATS[s.cat]["name"])}</a></div>'
            f'<div class="tagItemReadMore"><a class="k2ReadMore" href="{link}">Xem tiếp...</a></div>'
            '<div class="clr"></div></div>'
        )
    return f'<div class="tagItemList">{"".join(views)}</div>'


TAGS = ["Nhà giáo", "Chuyển đổi số", "Học sinh giỏi"]


def tag_page(request: Request, tag: str) -> Response:
    stories = [s for s in latest() if tag in s.opts.get("tags", [])]
    main = (
        f'<div id="k2Container" class="tagView"><h1 class="componentheading">Từ khóa: {esc(tag)}</h1>'
        f"{_tag_list(stories)}</div>"
    )
    return shell(request, f"Từ khóa: {tag}", main, active="tin-tuc", trail=[(tag, None)])


def search_page(request: Request) -> Response:
    word = request.params.get("searchword", "").strip()
    hits = [s for s in latest() if word and word != "Tìm kiếm..." and word.lower() in s.title.lower()]
    found = _tag_list(hits) if hits else "<p>Không tìm thấy kết quả nào phù hợp.</p>"
    main = (
        '<div id="k2Container" class="genericView"><div class="genericItemList">'
        f'<h1 class="componentheading">Kết quả tìm kiếm cho "{esc(word)}"</h1>{found}</div></div>'
    )
    return shell(request, "Tìm kiếm", main, trail=[("Tìm kiếm", None)])


def feed(request: Request, alias: str) -> Response:
    base = base_url(request)
    entries = []
    for s in cat_items(alias)[:page_size(alias)]:
        dt = datetime.strptime(s.opts["created"], "%Y-%m-%d %H:%M")
        entries.append(
            f"<item><title>{esc(s.title)}</title><link>{base}{item_path(s)}</link>"
            f"<guid isPermaLink=\"true\">{base}{item_path(s)}</guid>"
            f"<description><![CDATA[{_intro_cut(s)}]]></description>"
            f"<author>{ACCOUNT}@tuyenquang.gov.vn ({ACCOUNT})</author>"
            f"<category>{esc(CATS[alias]['name'])}</category>"
            f"<pubDate>{dt:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
        )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{esc(CATS[alias]['name'])} - {esc(SITE_NAME)}</title><link>{base}/tin-tuc/{alias}</link>"
        f"<description>{esc(CATS[alias]['desc'])}</description><language>vi-vn</language>"
        f"{''.join(entries)}</channel></rss>"
    )
    return Response(200, xml.encode("utf-8"), {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- home page ----------------------------------------------------------------------------------


def _module_list(stories: list[Story], *, images: bool = False, dates: bool = True) -> str:
    lis = []
    for k, s in enumerate(stories):
        img = (
            f'<a class="moduleItemImage" href="{item_path(s)}" title="Xem tiếp &quot;{esc(s.title)}&quot;">'
            f'<img src="{k2img(s.id, "M")}" alt="{esc(s.title)}" /></a>'
            if images
            else ""
        )
        date = f' <span class="moduleItemDateCreated">({short_date(s.opts["created"])})</span>' if dates else ""
        intro = f'<div class="moduleItemIntrotext">{_intro_cut(s, 30)}</div>' if images else ""
        lis.append(
            f'<li class="{"even" if k % 2 else "odd"}{" lastItem" if k == len(stories) - 1 else ""}">{img}'
            f'<a class="moduleItemTitle" href="{item_path(s)}">{esc(s.title)}</a>{date}{intro}'
            '<div class="clr"></div></li>'
        )
    return f'<ul>{"".join(lis)}</ul>'


def home_page(request: Request) -> Response:
    featured = [s for s in latest() if s.opts.get("featured")]
    boxes = []
    for n, (alias, cat) in enumerate(CATS.items()):
        boxes.append(
            f'<div class="moduletable vts-khoitin"><h3 class="tieude-khoi"><a href="/tin-tuc/{alias}">'
            f'{esc(cat["name"])}</a></h3><div id="k2ModuleBox{140 + n}" class="k2ItemsBlock">'
            f"{_module_list(cat_items(alias)[:3])}</div>"
            f'<a class="xemtatca" href="/tin-tuc/{alias}">Xem tất cả &raquo;</a></div>'
        )
    main = f"""<div class="moduletable vts-noibat"><h3 class="tieude-khoi">Tin nổi bật</h3>
<div id="k2ModuleBox112" class="k2ItemsBlock vts-slider">{_module_list(featured, images=True, dates=False)}</div></div>
<div class="moduletable vts-tinmoi"><h3 class="tieude-khoi">Tin mới cập nhật</h3>
<div id="k2ModuleBox113" class="k2ItemsBlock">{_module_list(latest()[:6])}</div></div>
{"".join(boxes)}
<div class="moduletable vts-banner-giua"><a href="https://thithu.tuyenquang.edu.vn" target="_blank">
<img src="/images/banners/on-thi-tot-nghiep.jpg" alt="Ôn thi tốt nghiệp THPT trực tuyến" /></a></div>"""
    return shell(request, "", main, active="home")


# --- pages that are not articles --------------------------------------------------------------


def static_item(request: Request, item_id: int, title: str, body: str, trail, *, date: str | None = None,
                extra: str = "", active: str = "") -> Response:
    head = f'<span class="itemDateCreated">{k2date(date)}</span>' if date else ""
    main = (
        f'<span id="startOfPageId{item_id}"></span><div id="k2Container" class="itemView">'
        f'<div class="itemHeader">{head}<h2 class="itemTitle">{esc(title)}</h2></div>'
        f'<div class="itemBody"><div class="itemFullText">{body}</div><div class="clr"></div>{extra}</div>'
        "</div>"
    )
    return shell(request, title, main, active=active, trail=trail)


INTRO_BODIES = {
    1: """<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Tuyên Quang, tham mưu,
giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục
thường xuyên và các cơ sở giáo dục khác trên địa bàn tỉnh.</p>
<p><strong>Nhiệm vụ và quyền hạn:</strong></p>
<ul><li>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch phát triển giáo dục của tỉnh;</li>
<li>Hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục;</li>
<li>Tổ chức các kỳ thi, cấp phát văn bằng, chứng chỉ theo quy định.</li></ul>""",
    2: """<table class="table table-bordered" border="1" cellpadding="5"><tbody>
<tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
<tr><td>Lương Thị Thu Hà</td><td>Giám đốc Sở</td><td>0207.3822.501</td></tr>
<tr><td>Nguyễn Văn Thạch</td><td>Phó Giám đốc Sở</td><td>0207.3822.502</td></tr>
<tr><td>Đặng Minh Khoa</td><td>Phó Giám đốc Sở</td><td>0207.3822.503</td></tr>
</tbody></table>""",
}


def intro_page(request: Request, path: str) -> Response:
    item_id, title = INTRO_PAGES[path]
    return static_item(request, item_id, title, INTRO_BODIES[item_id], [("Giới thiệu", None), (title, None)])


def album_page(request: Request) -> Response:
    title = "Ảnh: Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 - 2027"
    thumbs = "".join(
        f'<li class="sigProThumb"><span class="sigProLinkOuterWrapper"><span class="sigProLinkWrapper">'
        f'<a href="/images/thu-vien-anh/2026/hoi-thi-gvdg/{k:02d}.jpg" class="sigProLink fancybox-button" '
        f'rel="fancybox-button[gallery52]" title="Ảnh {k}" target="_blank">'
        f'<img class="sigProImg" src="/cache/jw_sigpro/jwsigpro_cache_52_hoi-thi-gvdg/{k:02d}.jpg" alt="Ảnh {k}" '
        'width="200" height="134" /></a></span></span></li>'
        for k in range(1, 9)
    )
    body = (
        '<p>Một số hình ảnh tại Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS.</p>'
        '<!-- JoomlaWorks "Simple Image Gallery Pro" Plugin (v3.6.0) starts here -->'
        f'<ul id="sigProId52" class="sigProContainer sigProClassic">{thumbs}<li class="sigProClear">&nbsp;</li>'
        '</ul><!-- JoomlaWorks "Simple Image Gallery Pro" Plugin (v3.6.0) ends here -->'
    )
    return static_item(request, 52, title, body, [("Thư viện ảnh", None)], date="2026-12-04 17:30",
                       active="album")


def docs_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(v[2][0][1])}</td><td>{esc(v[2][1][1])}</td>'
        f'<td><a href="{doc_path(d)}">{esc(v[1])}</a></td></tr>'
        for d, v in sorted(DOCS.items(), reverse=True)
    )
    main = (
        '<div id="k2Container" class="itemListView vts-vanban"><div class="itemListCategoriesBlock">'
        '<div class="itemListCategory"><h2>Văn bản chỉ đạo, điều hành</h2></div></div>'
        '<table class="table table-striped vts-bangvb"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return shell(request, "Văn bản", main, active="van-ban", trail=[("Văn bản", None)])


def doc_page(request: Request, doc_id: int) -> Response:
    _slug, title, fields, stamp = DOCS[doc_id]
    key = hashlib.md5(f"doc{doc_id}".encode()).hexdigest()
    extra = _extra_fields(fields) + (
        '<div class="itemLinks"><div class="itemAttachmentsBlock"><span>Tệp đính kèm:</span>'
        f'<ul class="itemAttachments"><li><a href="/tin-tuc/item/download/{doc_id * 10}_{key}">'
        f"{esc(fields[0][1].replace('/', '_'))}.pdf</a> <span>(Lượt tải: 211)</span></li></ul></div></div>"
    )
    body = f"<p>{esc(title)}.</p>"
    return static_item(request, doc_id, title, body, [("Văn bản", "/van-ban"), (title, None)], date=stamp,
                       extra=extra, active="van-ban")


def contact_page(request: Request) -> Response:
    main = """<div class="contact"><div class="page-header"><h2><span class="contact-name">Văn phòng Sở Giáo dục và
Đào tạo Tuyên Quang</span></h2></div>
<dl class="contact-address dl-horizontal">
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>
<dd><span class="contact-street">Đường 17/8, phường Minh Xuân</span></dd>
<dd><span class="contact-state">Tuyên Quang</span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt>
<dd><span class="contact-telephone">0207.3822.516</span></dd></dl>
<form id="contact-form" action="/lien-he" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi email. Các trường có dấu (*) là bắt buộc.</legend>
<input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" size="30" />
<input type="email" name="jform[contact_email]" class="validate-email required" id="jform_contact_email" value="" />
<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="required" />
<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="required"></textarea>
<button class="btn btn-primary validate" type="submit">Gửi Email</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />
<input type="hidden" name="id" value="1:van-phong-so" /></fieldset></form></div>"""
    return shell(request, "Liên hệ", main, active="lien-he", trail=[("Liên hệ", None)])


# --- routing ----------------------------------------------------------------------------------

_STATIC_PREFIXES = ("/images/", "/media/", "/templates/", "/components/", "/modules/", "/cache/")


def _story_from(segment: str) -> Story | None:
    """"<id>-<alias>": K2's router reads the id; this site answers only the item's own alias."""
    head, _, alias = segment.partition("-")
    if not head.isdigit():
        return None
    story = BY_ID.get(int(head))
    return story if story is not None and story.slug == alias else None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        query = request.params
        if request.method == "POST":
            if path in ("/index.php", "/lien-he"):
                return redirect("/", 303)
            return None
        if path.startswith(_STATIC_PREFIXES):
            return static_file(path)
        if path == "/":
            return home_page(request) if not request.query else None
        if path == "/index.php" and not request.query:
            return redirect("/", 301)
        if path == "/tin-tuc":
            return parent_page(request) if not request.query else None
        parts = path.strip("/").split("/")
        if parts[0] == "tin-tuc" and len(parts) == 2 and parts[1] in CATS:
            return self._category(request, parts[1], query)
        if parts[0] == "tin-tuc" and len(parts) == 4 and parts[1] in CATS and parts[2] == "item":
            story = _story_from(parts[3])
            if story is None or story.cat != parts[1]:
                return None
            return self._item(request, story, query)
        if parts[:3] == ["component", "k2", "item"] and len(parts) == 4 and not request.query:
            story = _story_from(parts[3])
            return item_page(request, story) if story else None
        if parts[:3] == ["tin-tuc", "itemlist", "tag"] and len(parts) == 4 and not request.query:
            tag = unquote(parts[3])
            return tag_page(request, tag) if tag in TAGS else None
        if path == "/tin-tuc/itemlist/search":
            return search_page(request)
        if parts[:3] == ["tin-tuc", "item", "download"] and len(parts) == 4:
            return self._download(parts[3])
        if request.query:
            return None
        if path in INTRO_PAGES:
            return intro_page(request, path)
        if path == ALBUM_PATH:
            return album_page(request)
        if path == "/lien-he":
            return contact_page(request)
        if path == "/van-ban":
            return docs_list(request)
        for doc_id in DOCS:
            if path == doc_path(doc_id):
                return doc_page(request, doc_id)
        return None

    def _category(self, request: Request, alias: str, query: dict[str, str]) -> Response | None:
        size = page_size(alias)
        total = len(cat_items(alias))
        if not request.query:
            return category_page(request, alias, 0)
        if query == {"limitstart": "0"}:
            return category_page(request, alias, 0)
        if query == {"format": "feed", "type": "rss"}:
            return feed(request, alias)
        start = query.get("start", "")
        if list(query) == ["start"] and start.isdigit() and int(start) % size == 0 and int(start) < total:
            return category_page(request, alias, int(start))
        return None

    def _item(self, request: Request, story: Story, query: dict[str, str]) -> Response | None:
        if not request.query:
            return item_page(request, story)
        if query == {"tmpl": "component", "print": "1"}:
            return print_page(story)
        n_comments = len(story.opts.get("comments", []))
        if n_comments > COMMENTS_PER_PAGE and query == {"start": "10"}:
            return item_page(request, story, comment_page=1)
        if n_comments > COMMENTS_PER_PAGE and query == {"limitstart": "0"}:
            return item_page(request, story)
        return None

    def _download(self, segment: str) -> Response | None:
        head, _, key = segment.partition("_")
        if not head.isdigit():
            return None
        num = int(head)
        ok = False
        if num // 10 in BY_ID:
            story = BY_ID[num // 10]
            ok = num % 10 < len(story.opts.get("attach", [])) and _attach_href(story, num % 10).endswith(segment)
        elif num % 10 == 0 and num // 10 in DOCS:
            ok = key == hashlib.md5(f"doc{num // 10}".encode()).hexdigest()
        if not ok:
            return None
        return Response(200, PDF, {"Content-Type": "application/pdf",
                                   "Content-Disposition": f'attachment; filename="tep_{num}.pdf"'})


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = item_path(story)
    alts = [f"{path}?tmpl=component&print=1", component_path(story)]
    if len(story.opts.get("comments", [])) > COMMENTS_PER_PAGE:
        alts += [f"{path}?start=10", f"{path}?limitstart=0"]
    return gold_record(story, path, CATS[story.cat]["name"], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu",
    "/gioi-thieu/lanh-dao-so",
    ALBUM_PATH,
    "/lien-he",
    doc_path(41),
    doc_path(42),
]
