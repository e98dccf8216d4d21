"""Trường Chính trị tỉnh Hải Dương on Joomla 3.10 + K2 2.10, SEF URLs with ".html" suffix.

Platform
--------
Joomla 3.10 (Protostar-derived school template with a mega menu) and the K2 2.10 content
component. News, research papers and training notices are K2 items; the static pages are Joomla
``com_content`` articles or ``com_contact``. The K2 item view prints K2's own markup::

    <div id="k2Container" class="itemView">
      <div class="itemHeader">
        <span class="itemDateCreated">Thứ năm, 19 Tháng 11 2026 08:30</span>   (DATE_FORMAT_LC2)
        <h2 class="itemTitle">…</h2>
        <span class="itemAuthor">Viết bởi <a rel="author" href="/tin-tuc/itemlist/user/…">…</a></span>
      </div>
      <div class="itemToolbar"> font size, In (print twin), Email, "Đọc N lần" </div>
      <div class="itemImageBlock"> main image (…/media/k2/items/cache/<md5>_L.jpg),
        <span class="itemImageCaption">, <span class="itemImageCredits">Ảnh: Đức Minh</span> </div>
      <div class="itemBody">
        <div class="itemIntroText"> the lead (K2's CSS prints it bold) </div>
        <div class="itemFullText"> the text (Joomla's pagebreak plugin output inside) </div>
        <div class="itemExtraFields"> Tác giả / Đơn vị / Nguồn (research items) </div>
        <span class="itemDateModified">Sửa lần cuối vào …</span>
      </div>
      itemLinks: itemCategory "Đăng trong …", itemTagsBlock, itemRatingBlock "Đánh giá bài viết:
      ★★★★☆ (5 phiếu)", itemSocialSharing, itemAuthorBlock (avatar), itemCategoryItems
      "Thêm trong mục này" (with dates), itemNavigation "« Bài trước / Bài tiếp »",
      itemComments (K2 comment form).
    </div>

An item without a "Đọc thêm" split has no fulltext: K2 then prints its whole text inside
``itemFullText`` and there is no ``itemIntroText`` (no sapo).

URL scheme
----------
- ``/`` home: K2 Content modules "Tin mới nhất" (5 newest), "Nghiên cứu - Trao đổi" (2).
- ``/tin-tuc/item/<id>-<alias>.html``: an item. Twins of the same item:
  ``?tmpl=component&print=1`` (print view: whole text, all pages), and
  ``/component/k2/item/<id>-<alias>`` (K2's un-menued route, linked by the "Đọc nhiều" module).
- Paged items: ``?limitstart=0`` (= page 1, linked by the TOC), ``?limitstart=1``,
  ``?limitstart=2`` and ``?showall=1`` (all pages, the breaks printed as ``<br />``).
- ``/tin-tuc/itemlist/category/<cid>-<alias>.html`` K2 category listings (catItemView), 6 items a
  page, ``?start=6``, ``?start=12``; Joomla pagination "Đầu « Trước 1 2 3 Tiếp » Cuối" and
  "Trang 1 của 3". ``1-tin-tuc`` is the parent category listing its three children's items.
- ``/tin-tuc/itemlist/tag/<tag name>.html`` (percent-encoded Vietnamese), ``/tin-tuc/itemlist/user/
  <id>-<name>.html``, ``/tin-tuc/itemlist/search.html?searchword=…`` (K2 search, GET form).
- ``/gioi-thieu.html`` (com_content, no date shown), ``/lien-he.html`` (com_contact),
  ``/lich-giang/item/<id>-<alias>.html`` (the "Lịch giảng" register: a K2 item with a table).
- ``/component/mailto/?…`` the email-a-friend form. Images under ``/media/``, ``/images/``,
  ``/templates/``. No robots.txt, no sitemap.

How each gold article is reached
--------------------------------
Home modules (5 newest + 2 research), "Đọc nhiều" (via /component/k2/item/…), category listings
(Tin tức 3 pages: 6+6+1; Tin hoạt động 2 pages: 6+1), "Thêm trong mục này" and the item
navigation. The oldest item (the QP-AN closing, September) is only on page 3 of Tin tức and page 2
of Tin hoạt động in the listings (and in the neighbours' navigation/related boxes).

Traps
-----
- THREE RESEARCH ITEMS SPLIT BY PAGE BREAKS (3, 2 and 3 pages): "Trang 1 / 3" counter, a
  "Mục lục bài viết" box (Phần 1, Phần 2, Phần 3, Tất cả các trang) and "Trước / Tiếp" links.
  Gold is ONE record per item holding the whole text of every page in order; the other pages, the
  ``?limitstart=0`` alias of page 1 and ``?showall=1`` are alt_paths. The sapo (itemIntroText) is
  printed on page 1 only; the main image block is printed on every page (one image in gold).
- One research item signs only at the end of its LAST page ("ThS. Đỗ Thị Hồng Nhung" then the
  faculty on the next line), while its itemAuthor is the editor account "Nguyễn Văn Khánh".
- itemAuthor "Viết bởi Quản trị viên" is the admin (nobody); "Viết bởi Nguyễn Văn Khánh" is an
  editor credited only when the text does not sign (the signature or the "Tác giả" extra field
  wins).
- itemExtraFields: "Tác giả: ThS. Phạm Thị Thu Hà" (author, degree dropped), "Đơn vị: Khoa …"
  (not part of the name, not body), "Nguồn: Tạp chí Lý luận chính trị" (source).
- itemImageCredits "Ảnh: Đức Minh" is the photographer; "Ảnh: Internet" is nobody.
- itemDateModified "Sửa lần cuối vào …" and the header's "Thứ Sáu, 04/12/2026" are not the
  publication date; "Thêm trong mục này" prints other items' dates.
- Print twin, /component/k2/item twin, ``?limitstart=0``: duplicates (alt_paths). Every item page
  prints ``<link rel="canonical">`` to the SEF item URL (K2's canonical option).
- The "Lịch giảng" register is a K2 item with a date and an author, but a timetable, not news.
- Tag, user and search pages are catItemView-like listings with intro texts.

Gold decisions
--------------
- title: ``h2.itemTitle``. published_at: itemDateCreated with its time.
- authors: signature in the text (right-aligned line), else "Tác giả" extra field, else the
  itemAuthor when it is a person (not "Quản trị viên"). Units signing are credited as printed.
- photographers: itemImageCredits / "Ảnh:" bylines naming a person or unit.
- source: "Nguồn" extra field or "Theo …" line.
- summary: itemIntroText when the item has one (also the first body paragraph).
- body: itemFullText paragraphs of all pages in order; headings, list items, table rows (cells
  joined by " | "); a ``<br />`` inside a paragraph splits it. Captions, bylines, source lines,
  extra fields, the TOC, page counter and pager are not body.
- images: the K2 main image (``_L.jpg``, caption = itemImageCaption or None) first, then the
  photos in the text with the line under them (italic or centred paragraph, or the second row of
  an image table).
- category: the breadcrumb's last section before the title (= itemCategory link).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
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

NAME = "k2_pagebreak_tct"
PLATFORM = "Joomla 3.10 + K2 2.10, SEF URLs (.html suffix), Joomla pagebreak plugin"
START_PATH = "/"

#: the header clock of this portal (today), never a publication date
TODAY = "Thứ Sáu, 04/12/2026"
SITE_TITLE = "Trường Chính trị tỉnh Hải Dương"
#: the public address the share buttons print (the site's configured live_site)
SHARE_BASE = "https%3A%2F%2Ftruongchinhtri.haiduong.gov.vn"
PER_PAGE = 6

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
}
CAT_IDS = {"tin-tuc": 1, "tin-hoat-dong": 2, "nghien-cuu-khoa-hoc": 3, "dao-tao-boi-duong": 4}
USERS = {
    "admin": (62, "quan-tri-vien", "Quản trị viên"),
    "khanh": (65, "nguyen-van-khanh", "Nguyễn Văn Khánh"),
}
TAGS = ["Tin hoạt động", "Lý luận chính trị", "Nghị quyết", "Đào tạo", "Nhà giáo", "Tư tưởng Hồ Chí Minh"]

#: the pagebreak the editor inserted (Joomla's "Ngắt trang" button)
BREAK = Raw('<hr class="system-pagebreak" />')


def sign(line: str, second: str | None = None) -> Raw:
    """A right-aligned signature at the end of the text (a second line: the post / unit)."""
    out = f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>'
    if second:
        out += f'<p style="text-align: right;"><em>{esc(second)}</em></p>'
    return Raw(out)


def img(path: str, caption: str | None, style: str = "em") -> Img:
    return Img(path, caption, caption, style)


# --- the items -------------------------------------------------------------------------------
#
# opts: user (K2 author account), time "HH:MM", image (caption or None; False: no main image),
# credits (itemImageCredits as printed), extra (extra fields), tags, modified, rating, pages
# (page titles of the TOC). P styles: "h3", "li", "th"/"td", "br" (joined to the next P by
# <br />), "ent" (entity-encoded), "quote".

STORIES: list[Story] = [
    Story(
        231,
        "khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k46",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính K46 hệ không tập trung",
        "tin-hoat-dong",
        "2026-12-03T08:45:00+07:00",
        [
            P(
                "Chiều 02/12, Trường Chính trị tỉnh phối hợp với Trung tâm Chính trị thành phố Chí Linh "
                "tổ chức khai giảng lớp Trung cấp lý luận chính trị - hành chính K46 hệ không tập trung "
                "cho 86 học viên là cán bộ, công chức cấp xã và cán bộ các cơ quan, đơn vị trên địa bàn."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhà trường đề nghị học viên xác định rõ "
                "mục tiêu, động cơ học tập, chấp hành nghiêm quy chế đào tạo, tích cực nghiên cứu, liên "
                "hệ lý luận với thực tiễn công tác tại địa phương, đơn vị."
            ),
            img("/images/tin-tuc/2026/12/k46-khai-giang-1.jpg", "Các học viên lớp K46 tại lễ khai giảng"),
            P(
                "Khóa học kéo dài 18 tháng, gồm 5 phần học với 27 học phần, được tổ chức học tập trung "
                "vào các ngày thứ Năm, thứ Sáu hằng tuần tại Trung tâm Chính trị thành phố."
            ),
            P(
                "Dịp này, nhà trường quán triệt quy chế học viên, nội quy lớp học và bầu Ban cán sự lớp, "
                "Chi bộ lớp nhiệm kỳ 2026 - 2028."
            ),
            sign("Tin, ảnh: Đức Minh"),
        ],
        authors=["Đức Minh"],
        photographers=["Đức Minh"],
        opts={"user": "admin", "image": "Quang cảnh lễ khai giảng", "credits": "Ảnh: Đức Minh",
              "tags": ["Tin hoạt động", "Đào tạo"], "rating": (4, 5)},
    ),
    Story(
        230,
        "ke-hoach-boi-duong-cap-nhat-kien-thuc-nam-2027",
        "Kế hoạch bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý năm 2027",
        "dao-tao-boi-duong",
        "2026-12-01T10:00:00+07:00",
        [
            P(
                "Căn cứ Quyết định số 1892-QĐ/TU của Ban Thường vụ Tỉnh ủy về kế hoạch đào tạo, bồi "
                "dưỡng cán bộ năm 2027, Trường Chính trị tỉnh xây dựng kế hoạch mở các lớp bồi dưỡng "
                "cập nhật kiến thức như sau:"
            ),
            P("1. Mục đích, yêu cầu", "h3"),
            P(
                "Cập nhật kiến thức mới về lý luận chính trị, quản lý nhà nước, kinh tế - xã hội; nâng "
                "cao năng lực lãnh đạo, quản lý cho đội ngũ cán bộ trong hệ thống chính trị của tỉnh."
            ),
            P("2. Các lớp bồi dưỡng", "h3"),
            P("Lớp | Đối tượng | Thời gian | Số học viên", "th"),
            P("Cập nhật kiến thức đối tượng 3 | Trưởng, phó các sở, ban, ngành | Tháng 3/2027 | 60", "td"),
            P("Cập nhật kiến thức đối tượng 4 | Cán bộ diện Huyện ủy, Thành ủy quản lý | Tháng 4 - 6/2027 | 240", "td"),
            P("Nghiệp vụ công tác dân vận | Cán bộ Ban Dân vận cấp huyện, cấp xã | Tháng 5/2027 | 80", "td"),
            P("Bồi dưỡng chức danh bí thư chi bộ | Bí thư chi bộ trực thuộc đảng ủy cơ sở | Tháng 9/2027 | 120", "td"),
            P("3. Tổ chức thực hiện", "h3"),
            P(
                "Các khoa chuyên môn phân công giảng viên biên soạn bài giảng, chuyên đề; Phòng Tổ chức - "
                "Hành chính bảo đảm cơ sở vật chất, kinh phí theo quy định."
            ),
            sign("PHÒNG QUẢN LÝ ĐÀO TẠO VÀ NGHIÊN CỨU KHOA HỌC"),
        ],
        authors=["PHÒNG QUẢN LÝ ĐÀO TẠO VÀ NGHIÊN CỨU KHOA HỌC"],
        opts={"user": "admin", "image": False, "tags": ["Đào tạo"], "rating": (3, 2)},
    ),
    Story(
        229,
        "van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong-can-bo-co-so",
        "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng cán bộ cơ sở hiện nay",
        "nghien-cuu-khoa-hoc",
        "2026-11-27T08:30:00+07:00",
        [
            P(
                "Trong di sản tư tưởng Hồ Chí Minh, vấn đề cán bộ và công tác cán bộ giữ vị trí đặc biệt "
                "quan trọng. Bài viết làm rõ những nội dung cơ bản trong tư tưởng của Người về cán bộ, "
                "từ đó đề xuất một số giải pháp vận dụng vào công tác đào tạo, bồi dưỡng cán bộ cơ sở "
                "tại Trường Chính trị tỉnh Hải Dương."
            ),
            P("1. Những nội dung cơ bản trong tư tưởng Hồ Chí Minh về cán bộ", "h3"),
            P(
                "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”, “công việc thành "
                "công hoặc thất bại đều do cán bộ tốt hoặc kém”. Theo Người, cán bộ là những người đem "
                "chính sách của Đảng, của Chính phủ giải thích cho dân chúng hiểu rõ và thi hành, đồng "
                "thời đem tình hình của dân chúng báo cáo cho Đảng, cho Chính phủ hiểu rõ để đặt chính "
                "sách cho đúng.",
                "quote",
            ),
            P(
                "Người đặc biệt coi trọng việc huấn luyện cán bộ, coi đó là “công việc gốc của Đảng”. "
                "Huấn luyện phải thiết thực, học đi đôi với hành, lý luận gắn liền với thực tiễn; tránh "
                "lối học nhồi sọ, học thuộc lòng mà không hiểu, không làm được."
            ),
            P(
                "Về tiêu chuẩn, Người yêu cầu người cán bộ phải có đủ cả đức và tài, trong đó đức là gốc: "
                "cần, kiệm, liêm, chính, chí công vô tư; đồng thời phải có năng lực tổ chức thực hiện, "
                "gần dân, hiểu dân và được dân tin yêu."
            ),
            BREAK,
            P("2. Thực trạng đào tạo, bồi dưỡng cán bộ cơ sở tại Trường Chính trị tỉnh", "h3"),
            P(
                "Giai đoạn 2021 - 2026, nhà trường đã mở 42 lớp trung cấp lý luận chính trị - hành chính "
                "với 3.620 học viên, 156 lớp bồi dưỡng với gần 11.400 lượt học viên, trong đó cán bộ cấp "
                "xã chiếm trên 60%."
            ),
            P(
                "Nội dung chương trình từng bước được cập nhật, gắn với nghị quyết đại hội đảng các cấp và "
                "yêu cầu thực tiễn của địa phương. Phương pháp giảng dạy có đổi mới theo hướng phát huy "
                "tính tích cực của người học; nhiều giảng viên ứng dụng công nghệ thông tin, tình huống "
                "quản lý vào bài giảng."
            ),
            P(
                "Tuy nhiên, một bộ phận học viên còn học để hoàn thiện tiêu chuẩn, chưa thật sự chủ động "
                "nghiên cứu; việc đi thực tế của giảng viên ở cơ sở có lúc còn hình thức; khảo sát nhu "
                "cầu người học chưa được tiến hành thường xuyên."
            ),
            BREAK,
            P("3. Một số giải pháp", "h3"),
            P(
                "Thứ nhất, đổi mới nội dung chương trình theo hướng tinh gọn, thiết thực, tăng thời lượng "
                "kỹ năng lãnh đạo, quản lý và xử lý tình huống ở cơ sở."
            ),
            P(
                "Thứ hai, nâng cao chất lượng đội ngũ giảng viên, thực hiện nghiêm chế độ đi thực tế, gắn "
                "giảng dạy với nghiên cứu khoa học và tổng kết thực tiễn của tỉnh."
            ),
            P(
                "Thứ ba, đổi mới khâu đánh giá kết quả học tập, chú trọng đánh giá khả năng vận dụng của "
                "học viên vào công việc được giao sau khóa học."
            ),
            P(
                "Thực hiện tốt những giải pháp trên là cách thiết thực để vận dụng sáng tạo tư tưởng Hồ "
                "Chí Minh về cán bộ, góp phần xây dựng đội ngũ cán bộ cơ sở đủ phẩm chất, năng lực, uy "
                "tín, ngang tầm nhiệm vụ."
            ),
        ],
        authors=["Phạm Thị Thu Hà"],
        source="Tạp chí Lý luận chính trị",
        summary=(
            "Trong di sản tư tưởng Hồ Chí Minh, vấn đề cán bộ và công tác cán bộ giữ vị trí đặc biệt "
            "quan trọng. Bài viết làm rõ những nội dung cơ bản trong tư tưởng của Người về cán bộ, "
            "từ đó đề xuất một số giải pháp vận dụng vào công tác đào tạo, bồi dưỡng cán bộ cơ sở "
            "tại Trường Chính trị tỉnh Hải Dương."
        ),
        opts={
            "user": "khanh",
            "intro": True,
            "image": None,
            "credits": "Ảnh: Internet",
            "extra": [
                ("Tác giả", "ThS. Phạm Thị Thu Hà"),
                ("Đơn vị", "Khoa Lý luận cơ sở"),
                ("Nguồn", "Tạp chí Lý luận chính trị"),
            ],
            "tags": ["Tư tưởng Hồ Chí Minh", "Lý luận chính trị"],
            "modified": "2026-11-30 09:12",
            "rating": (4, 5),
        },
    ),
    Story(
        228,
        "gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Trường Chính trị tỉnh gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "tin-hoat-dong",
        "2026-11-20T16:40:00+07:00",
        [
            P(
                "Sáng 20/11, Trường Chính trị tỉnh tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 - 20/11/2026). Tới dự có đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy cùng các "
                "thế hệ nhà giáo đã nghỉ hưu của nhà trường."
            ),
            P(
                "Năm 2026, nhà trường có 6 giảng viên được công nhận giảng viên dạy giỏi cấp trường, 2 đề "
                "tài khoa học cấp tỉnh được nghiệm thu đạt loại xuất sắc; 100% lớp học hoàn thành chương "
                "trình đúng tiến độ."
            ),
            P(
                "Dịp này, 14 tập thể và cá nhân được tặng Giấy khen của Hiệu trưởng vì có thành tích xuất "
                "sắc trong phong trào thi đua “Dạy tốt, học tốt”."
            ),
            img("/images/tin-tuc/2026/11/20-11-trao-giay-khen.jpg", "Trao Giấy khen cho các cá nhân có thành tích xuất sắc", "center"),
        ],
        authors=["Nguyễn Văn Khánh"],
        photographers=["Đức Minh"],
        opts={"user": "khanh", "image": "Các thế hệ nhà giáo của nhà trường chụp ảnh lưu niệm",
              "credits": "Ảnh: Đức Minh", "tags": ["Nhà giáo"], "rating": (5, 9)},
    ),
    Story(
        227,
        "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "tin-hoat-dong",
        "2026-11-19T08:30:00+07:00",
        [
            P(
                "Từ ngày 16 đến 18/11/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp "
                "trường với sự tham gia của 11 giảng viên thuộc 4 khoa chuyên môn.",
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng lý luận chính trị trong thời gian 45 phút trước "
                "Ban giám khảo và học viên lớp Trung cấp lý luận chính trị - hành chính K44."
            ),
            img("/images/tin-tuc/2026/11/hoi-thi-gvdg-1.jpg", "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng dự thi", "table"),
            P("Kết quả, Ban tổ chức trao:", "br"),
            P("02 giải Nhất, 03 giải Nhì, 04 giải Ba và 02 giải Khuyến khích."),
            P(
                "Hội thi là dịp để giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy theo "
                "hướng lấy người học làm trung tâm, gắn lý luận với thực tiễn địa phương.",
                "ent",
            ),
            sign("Vũ Thu Trang", "Phòng Tổ chức - Hành chính"),
        ],
        authors=["Vũ Thu Trang"],
        opts={"user": "khanh", "image": False, "tags": ["Nhà giáo", "Tin hoạt động"], "rating": (4, 3),
              "modified": "2026-11-21 14:05"},
    ),
    Story(
        226,
        "thong-bao-tuyen-sinh-trung-cap-ly-luan-chinh-tri-hanh-chinh-nam-2027",
        "THÔNG BÁO tuyển sinh lớp Trung cấp lý luận chính trị - hành chính năm 2027",
        "dao-tao-boi-duong",
        "2026-11-16T14:00:00+07:00",
        [
            P(
                "Trường Chính trị tỉnh Hải Dương thông báo tuyển sinh lớp Trung cấp lý luận chính trị - "
                "hành chính hệ không tập trung năm 2027 như sau:"
            ),
            P("Đối tượng tuyển sinh", "h3"),
            P("Cán bộ, công chức, viên chức trong hệ thống chính trị từ tỉnh đến cơ sở.", "li"),
            P("Cán bộ trong quy hoạch các chức danh lãnh đạo, quản lý cấp phòng và tương đương.", "li"),
            P("Bí thư, phó bí thư chi bộ, trưởng thôn, khu dân cư có đủ điều kiện theo quy định.", "li"),
            P("Hồ sơ dự tuyển", "h3"),
            P("Công văn cử đi học của cơ quan, đơn vị có thẩm quyền.", "li"),
            P("Bản sao bằng tốt nghiệp trung học phổ thông hoặc tương đương trở lên.", "li"),
            P("Sơ yếu lý lịch có xác nhận của cơ quan quản lý (dán ảnh 4x6).", "li"),
            P(
                "Hồ sơ gửi về Phòng Quản lý đào tạo và Nghiên cứu khoa học trước ngày 31/12/2026. Điện "
                "thoại liên hệ: 0220 3852 416."
            ),
        ],
        opts={"user": "admin", "image": False, "tags": ["Đào tạo"], "rating": (0, 0)},
    ),
    Story(
        225,
        "nang-cao-chat-luong-nghien-cuu-thuc-te-cua-hoc-vien",
        "Nâng cao chất lượng nghiên cứu thực tế của học viên lớp Trung cấp lý luận chính trị - hành chính",
        "nghien-cuu-khoa-hoc",
        "2026-11-12T09:15:00+07:00",
        [
            P(
                "Nghiên cứu thực tế là một nội dung bắt buộc của chương trình trung cấp lý luận chính trị "
                "- hành chính, giúp học viên gắn kiến thức lý luận với hoạt động thực tiễn ở địa phương."
            ),
            P(
                "Qua khảo sát 12 lớp học giai đoạn 2024 - 2026, tác giả nhận thấy nhiều đoàn nghiên cứu "
                "thực tế đã được tổ chức bài bản: có kế hoạch, đề cương, phân công giảng viên hướng dẫn "
                "và báo cáo thu hoạch đúng thời hạn."
            ),
            P(
                "Bên cạnh đó, còn tình trạng chọn địa bàn chưa phù hợp với chủ đề; thời gian làm việc "
                "tại cơ sở ngắn; báo cáo thu hoạch của không ít học viên sao chép, thiếu số liệu cụ thể."
            ),
            BREAK,
            P("Để nâng cao chất lượng hoạt động này, cần thực hiện đồng bộ các giải pháp sau:"),
            P("Xây dựng chủ đề nghiên cứu gắn với nhiệm vụ chính trị trọng tâm của địa phương.", "li"),
            P("Lựa chọn địa bàn có mô hình hay, cách làm sáng tạo để học viên học tập.", "li"),
            P("Đổi mới cách chấm báo cáo thu hoạch, kết hợp bảo vệ trước tổ giảng viên.", "li"),
            P(
                "Khi được tổ chức tốt, nghiên cứu thực tế sẽ trở thành cầu nối giữa nhà trường và cơ sở, "
                "góp phần nâng cao chất lượng đào tạo cán bộ của tỉnh."
            ),
        ],
        authors=["Nguyễn Đức Thắng"],
        summary=(
            "Nghiên cứu thực tế là một nội dung bắt buộc của chương trình trung cấp lý luận chính trị "
            "- hành chính, giúp học viên gắn kiến thức lý luận với hoạt động thực tiễn ở địa phương."
        ),
        opts={
            "user": "khanh",
            "intro": True,
            "image": False,
            "extra": [("Tác giả", "TS. Nguyễn Đức Thắng"), ("Đơn vị", "Khoa Xây dựng Đảng")],
            "tags": ["Đào tạo", "Lý luận chính trị"],
            "rating": (3, 4),
        },
    ),
    Story(
        224,
        "doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-tai-truong",
        "Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường Chính trị tỉnh",
        "tin-hoat-dong",
        "2026-11-06T15:20:00+07:00",
        [
            P(
                "Ngày 05/11, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS Giám đốc Học viện làm "
                "trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh về việc thực hiện chương trình "
                "phối hợp đào tạo giai đoạn 2025 - 2030."
            ),
            P(
                "Báo cáo tại buổi làm việc cho biết, hai bên đã phối hợp mở 3 lớp cao cấp lý luận chính "
                "trị hệ không tập trung tại tỉnh, trao đổi 24 lượt giảng viên thỉnh giảng và cùng tổ chức "
                "một hội thảo khoa học cấp khu vực."
            ),
            img("/images/tin-tuc/2026/11/hvct-kv1-lam-viec.jpg", "Toàn cảnh buổi làm việc"),
            P(
                "Thời gian tới, hai bên thống nhất tăng cường bồi dưỡng chuyên môn cho giảng viên trẻ, "
                "đồng thời xây dựng cơ sở dữ liệu học liệu số dùng chung."
            ),
            sign("Thanh Hương"),
            Raw('<p style="text-align: right;"><em>Theo Báo Hải Dương điện tử</em></p>'),
        ],
        authors=["Thanh Hương"],
        source="Báo Hải Dương điện tử",
        opts={"user": "admin", "image": False, "tags": ["Tin hoạt động"], "rating": (4, 2)},
    ),
    Story(
        223,
        "khai-giang-lop-boi-duong-nghiep-vu-cong-tac-dang-cho-bi-thu-chi-bo",
        "Khai giảng lớp bồi dưỡng nghiệp vụ công tác Đảng cho bí thư chi bộ cơ sở năm 2026",
        "dao-tao-boi-duong",
        "2026-10-30T08:00:00+07:00",
        [
            P(
                "Ngày 29/10, Trường Chính trị tỉnh khai giảng lớp bồi dưỡng nghiệp vụ công tác Đảng cho "
                "115 đồng chí bí thư chi bộ trực thuộc các đảng bộ cơ sở.",
            ),
            P(
                "Trong 5 ngày, học viên được trang bị kiến thức về quy trình tổ chức sinh hoạt chi bộ, "
                "công tác phát triển đảng viên, kiểm tra, giám sát và xử lý các tình huống thường gặp "
                "trong hoạt động của chi bộ."
            ),
            P(
                "Lớp học được tổ chức theo hình thức giảng viên trình bày chuyên đề kết hợp thảo luận "
                "nhóm, thực hành sinh hoạt chi bộ mẫu."
            ),
            sign("Hải Yến"),
        ],
        authors=["Hải Yến"],
        opts={"user": "admin", "image": "Các đại biểu dự lễ khai giảng", "credits": "Ảnh: Internet",
              "tags": ["Đào tạo"], "rating": (3, 1)},
    ),
    Story(
        222,
        "phat-huy-vai-tro-mat-tran-to-quoc-trong-xay-dung-nong-thon-moi",
        "Phát huy vai trò của Mặt trận Tổ quốc trong xây dựng nông thôn mới kiểu mẫu ở Hải Dương",
        "nghien-cuu-khoa-hoc",
        "2026-10-22T07:45:00+07:00",
        [
            P(
                "Sau hơn 15 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, Hải "
                "Dương là một trong những địa phương về đích sớm. Kết quả đó có sự đóng góp quan trọng "
                "của Mặt trận Tổ quốc các cấp trong vận động nhân dân."
            ),
            P(
                "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” được triển "
                "khai sâu rộng; nhân dân hiến hàng trăm nghìn mét vuông đất, đóng góp hàng nghìn ngày "
                "công để làm đường giao thông, nhà văn hóa thôn."
            ),
            BREAK,
            P("Những hạn chế cần khắc phục", "h3"),
            P(
                "Hoạt động giám sát và phản biện xã hội của Mặt trận ở một số nơi còn hình thức; việc lấy "
                "ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới chưa thực chất."
            ),
            P(
                "Một bộ phận cán bộ Mặt trận cơ sở tuổi cao, kiêm nhiệm nhiều việc, kỹ năng vận động "
                "quần chúng trong điều kiện chuyển đổi số còn hạn chế."
            ),
            img("/images/nghien-cuu/2026/nong-thon-moi-kieu-mau.jpg", "Một góc thôn nông thôn mới kiểu mẫu", "em"),
            BREAK,
            P("Giải pháp trong thời gian tới", "h3"),
            P(
                "Một là, đổi mới nội dung, phương thức vận động, lấy khu dân cư làm địa bàn trọng tâm, "
                "phát huy vai trò của người có uy tín trong cộng đồng."
            ),
            P(
                "Hai là, nâng cao chất lượng giám sát, phản biện xã hội; công khai kết quả lấy ý kiến "
                "nhân dân trước khi công nhận các danh hiệu nông thôn mới nâng cao, kiểu mẫu."
            ),
            P(
                "Ba là, quan tâm bồi dưỡng kỹ năng cho cán bộ Mặt trận cơ sở, trong đó có kỹ năng sử "
                "dụng mạng xã hội trong tuyên truyền, vận động."
            ),
            sign("ThS. Đỗ Thị Hồng Nhung", "Khoa Nhà nước và Pháp luật"),
        ],
        authors=["Đỗ Thị Hồng Nhung"],
        source="Tạp chí Mặt trận",
        opts={
            "user": "khanh",
            "image": False,
            "extra": [("Đơn vị", "Khoa Nhà nước và Pháp luật"), ("Nguồn", "Tạp chí Mặt trận")],
            "tags": ["Nghị quyết"],
            "rating": (5, 6),
        },
    ),
    Story(
        221,
        "hoc-vien-nghien-cuu-thuc-te-tai-thanh-pho-chi-linh",
        "Học viên lớp Trung cấp K44 nghiên cứu thực tế tại thành phố Chí Linh",
        "tin-hoat-dong",
        "2026-10-15T10:30:00+07:00",
        [
            P(
                "Từ ngày 12 đến 14/10, 92 học viên lớp Trung cấp lý luận chính trị - hành chính K44 đã đi "
                "nghiên cứu thực tế tại thành phố Chí Linh.",
            ),
            P(
                "Đoàn đã làm việc với Thành ủy, UBND thành phố về tình hình phát triển kinh tế - xã hội, "
                "công tác xây dựng Đảng và hệ thống chính trị; tham quan Khu di tích quốc gia đặc biệt Côn "
                "Sơn - Kiếp Bạc và mô hình du lịch cộng đồng tại phường Hoàng Tiến."
            ),
            img("/images/tin-tuc/2026/10/k44-con-son.jpg", "Học viên dâng hương tại đền Kiếp Bạc", "em"),
            img("/images/tin-tuc/2026/10/k44-hoang-tien.jpg", None, "none"),
            P(
                "Kết thúc đợt nghiên cứu, mỗi học viên hoàn thành báo cáo thu hoạch theo chủ đề được phân "
                "công."
            ),
            sign("Tin, ảnh: Chi đoàn Trường Chính trị"),
        ],
        authors=["Chi đoàn Trường Chính trị"],
        photographers=["Chi đoàn Trường Chính trị"],
        opts={"user": "admin", "image": False, "tags": ["Tin hoạt động", "Đào tạo"], "rating": (4, 2)},
    ),
    Story(
        220,
        "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2026",
        "Hội nghị viên chức, người lao động Trường Chính trị tỉnh năm 2026",
        "tin-hoat-dong",
        "2026-09-28T09:00:00+07:00",
        [
            P(
                "Ngày 26/9, Trường Chính trị tỉnh tổ chức Hội nghị viên chức, người lao động năm 2026 "
                "nhằm đánh giá kết quả thực hiện nhiệm vụ năm học 2025 - 2026 và triển khai nhiệm vụ năm "
                "học mới."
            ),
            P("Hội nghị đã thảo luận, thống nhất các chỉ tiêu chủ yếu:", "br"),
            P("Mở 45 lớp đào tạo, bồi dưỡng với khoảng 4.500 lượt học viên;", "br"),
            P("Bảo đảm 100% giảng viên đi thực tế cơ sở theo quy định."),
            P(
                "Hội nghị cũng thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở sửa đổi và bầu "
                "Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028."
            ),
        ],
        opts={"user": "admin", "image": None, "credits": "", "tags": ["Tin hoạt động"], "rating": (3, 1)},
    ),
    Story(
        219,
        "be-giang-lop-boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4",
        "Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        "tin-hoat-dong",
        "2026-09-10T08:00:00+07:00",
        [
            P(
                "Sau 12 ngày học tập, ngày 09/9, lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng "
                "4 năm 2026 đã bế giảng, 128/128 học viên hoàn thành chương trình."
            ),
            P(
                "Học viên được nghiên cứu 12 chuyên đề về quan điểm của Đảng về quốc phòng, an ninh, xây "
                "dựng nền quốc phòng toàn dân gắn với thế trận an ninh nhân dân, công tác quốc phòng ở "
                "cơ sở và một số nội dung về bảo vệ chủ quyền biển, đảo."
            ),
            P(
                "Kết quả, có 31 học viên đạt loại giỏi, 89 học viên đạt loại khá, 8 học viên đạt loại "
                "trung bình."
            ),
        ],
        authors=["Nguyễn Văn Khánh"],
        summary=(
            "Sau 12 ngày học tập, ngày 09/9, lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng "
            "4 năm 2026 đã bế giảng, 128/128 học viên hoàn thành chương trình."
        ),
        opts={"user": "khanh", "intro": True, "image": False, "tags": ["Đào tạo"], "rating": (4, 1)},
    ),
]

for _s in STORIES:
    if _s.summary:
        # the lead sits in itemIntroText, outside itemFullText: it opens the gold body
        _s.blocks = [b for b in _s.blocks if not (isinstance(b, P) and b.text == _s.summary)]
        _s.sapo_outside = True

BY_ID = {s.id: s for s in STORIES}


def pages_of(story: Story) -> list[list]:
    """The item's text split at the editor's page breaks."""
    out: list[list] = [[]]
    for b in story.blocks:
        if b is BREAK:
            out.append([])
        else:
            out[-1].append(b)
    return out


def item_path(story: Story) -> str:
    return f"/tin-tuc/item/{story.id}-{story.slug}.html"


def k2_path(story: Story) -> str:
    return f"/component/k2/item/{story.id}-{story.slug}"


def print_path(story: Story) -> str:
    return item_path(story) + "?tmpl=component&print=1"


def main_image(story: Story, size: str = "L") -> str:
    digest = hashlib.md5(f"Image{story.id}".encode()).hexdigest()
    return f"/media/k2/items/cache/{digest}_{size}.jpg"


def has_image(story: Story) -> bool:
    return story.opts.get("image", False) is not False


PAGED = [s for s in STORIES if len(pages_of(s)) > 1]


def _alts(story: Story) -> list[str]:
    alts = [print_path(story), k2_path(story)]
    n = len(pages_of(story))
    if n > 1:
        alts += [item_path(story) + "?limitstart=0"]
        alts += [item_path(story) + f"?limitstart={k}" for k in range(1, n)]
        alts += [item_path(story) + "?showall=1"]
    return alts


GOLD = []
for _s in STORIES:
    _g = gold_record(_s, item_path(_s), CATEGORIES[_s.cat], alt_paths=_alts(_s))
    if has_image(_s):
        _g["images"].insert(0, {"path": main_image(_s), "caption": _s.opts["image"]})
    GOLD.append(_g)

LICH_GIANG_PATH = "/lich-giang/item/240-lich-giang-tuan-tu-07-12-den-12-12-2026.html"
NON_ARTICLES = [
    "/gioi-thieu.html",
    "/lien-he.html",
    "/tin-tuc/itemlist/tag/" + quote("Đào tạo") + ".html",
    "/tin-tuc/itemlist/user/65-nguyen-van-khanh.html",
    "/tin-tuc/itemlist/search.html?searchword=" + quote("nghị quyết") + "&categories=&format=html&t=&tpl=search",
    LICH_GIANG_PATH,
]


# --- printing -------------------------------------------------------------------------------

DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _when(story: Story) -> _dt.datetime:
    return _dt.datetime.fromisoformat(story.published_at)


def lc2(moment: _dt.datetime) -> str:
    """Joomla's DATE_FORMAT_LC2 in vi-VN: "Thứ năm, 19 Tháng 11 2026 08:30"."""
    return f"{DAYS[moment.weekday()]}, {moment.day:02d} Tháng {moment.month} {moment.year} {moment:%H:%M}"


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


def in_cat(key: str) -> list[Story]:
    if key == "tin-tuc":
        return newest(STORIES)
    return newest([s for s in STORIES if s.cat == key])


def cat_path(key: str) -> str:
    return f"/tin-tuc/itemlist/category/{CAT_IDS[key]}-{key}.html"


def tag_path(tag: str) -> str:
    return "/tin-tuc/itemlist/tag/" + quote(tag) + ".html"


def user_path(user: str) -> str:
    uid, alias, _ = USERS[user]
    return f"/tin-tuc/itemlist/user/{uid}-{alias}.html"


def hits(story: Story) -> int:
    return story.views()


def _ptext(p: P) -> str:
    return text(p.text, entities=2) if p.style == "ent" else text(p.text)


def _image_html(b: Img) -> str:
    tag = f'<img src="{b.src}" alt="" width="700" height="467" />'
    if b.style == "table":
        return (
            '<table class="image-caption" style="margin-left: auto; margin-right: auto;" border="0">'
            f"<tbody><tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center;"><span style="font-size: 10pt;">{esc(b.printed)}</span>'
            "</td></tr></tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if b.printed and b.style == "em":
        out += f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>'
    elif b.printed and b.style == "center":
        out += f'<p style="text-align: center;">{esc(b.printed)}</p>'
    return out


def render_blocks(blocks: list) -> str:
    """The editor's (JCE) HTML: lists and tables grouped, <br /> joins, centred photos."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_image_html(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_ptext(blocks[i])}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cell = "th" if blocks[i].style == "th" else "td"
                rows.append(
                    "<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | ")) + "</tr>"
                )
                i += 1
            out.append(
                '<table class="table table-bordered" style="width: 100%;" border="1" cellpadding="4">'
                "<tbody>" + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(_ptext(blocks[i]))
                i += 1
            if i < len(blocks) and isinstance(blocks[i], P):
                lines.append(_ptext(blocks[i]))
                i += 1
            out.append('<p style="text-align: justify;">' + "<br />\n".join(lines) + "</p>")
            continue
        elif b.style == "h3":
            out.append(f"<h3><strong>{_ptext(b)}</strong></h3>")
        elif b.style == "quote":
            out.append(f'<blockquote><p style="text-align: justify;">{_ptext(b)}</p></blockquote>')
        else:
            out.append(f'<p style="text-align: justify;">{_ptext(b)}</p>')
        i += 1
    return "\n".join(out)


def toc(story: Story, current: int | None) -> str:
    """The pagebreak plugin's "Mục lục bài viết" box (current None: showall)."""
    n = len(pages_of(story))
    base = item_path(story)
    items = []
    for k in range(n):
        active = ' class="active"' if current == k else ""
        items.append(
            f'<li{active}><a href="{base}?limitstart={k}" class="toclink{" active" if current == k else ""}">'
            f"Phần {k + 1}</a></li>"
        )
    active = ' class="active"' if current is None else ""
    items.append(f'<li{active}><a href="{base}?showall=1" class="toclink">Tất cả các trang</a></li>')
    return (
        '<div class="pull-right article-index">\n<h3>Mục lục bài viết</h3>\n'
        '<ul class="nav nav-tabs nav-stacked">\n' + "\n".join(items) + "\n</ul>\n</div>"
    )


def pagenav(story: Story, current: int) -> str:
    n = len(pages_of(story))
    base = item_path(story)
    prev = (
        f'<li class="previous"><a href="{base}?limitstart={current - 1}" rel="prev">&laquo; Trước</a></li>'
        if current > 0
        else '<li class="previous disabled"><a>&laquo; Trước</a></li>'
    )
    nxt = (
        f'<li class="next"><a href="{base}?limitstart={current + 1}" rel="next">Tiếp &raquo;</a></li>'
        if current < n - 1
        else '<li class="next disabled"><a>Tiếp &raquo;</a></li>'
    )
    return f'<div class="pager"><ul class="pager pagenav">\n{prev}\n{nxt}\n</ul></div>'


def full_text(story: Story, page: int | None, printing: bool = False) -> str:
    """itemFullText's content: one page with counter, TOC and pager, or all pages."""
    parts = pages_of(story)
    if len(parts) == 1:
        return render_blocks(parts[0])
    if printing:
        return "<br />\n".join(render_blocks(p) for p in parts)
    if page is None:
        return toc(story, None) + "\n" + "<br />\n".join(render_blocks(p) for p in parts)
    return (
        toc(story, page)
        + f'\n<div class="pagenavcounter">Trang {page + 1} / {len(parts)}</div>\n'
        + render_blocks(parts[page])
        + "\n"
        + pagenav(story, page)
    )


def image_block(story: Story) -> str:
    if not has_image(story):
        return ""
    caption = story.opts.get("image")
    credits = story.opts.get("credits", "")
    return f"""<div class="itemImageBlock">
<span class="itemImage"><a data-k2-modal="image" href="{main_image(story, "XL")}" title="Bấm vào để xem ảnh">
<img src="{main_image(story)}" alt="{esc(story.title)}" style="width:600px; height:auto;" /></a></span>
{f'<span class="itemImageCaption">{esc(caption)}</span>' if caption else ""}
{f'<span class="itemImageCredits">{esc(credits)}</span>' if credits else ""}
<div class="clr"></div>
</div>"""


FIELD_ALIAS = {"Tác giả": "tac-gia", "Đơn vị": "don-vi", "Nguồn": "nguon"}


def extra_fields(story: Story) -> str:
    fields = story.opts.get("extra")
    if not fields:
        return ""
    rows = "".join(
        f'<li class="{"odd" if k % 2 == 0 else "even"} typeTextfield group1 alias-{FIELD_ALIAS.get(label, "field")}">'
        f'<span class="itemExtraFieldsLabel">{esc(label)}:</span> '
        f'<span class="itemExtraFieldsValue">{esc(value)}</span></li>\n'
        for k, (label, value) in enumerate(fields)
    )
    return f'<div class="itemExtraFields">\n<h3>Thông tin bổ sung</h3>\n<ul>\n{rows}</ul>\n<div class="clr"></div>\n</div>'


def stars(rating: tuple[int, int]) -> str:
    value, votes = rating
    return "★" * value + "☆" * (5 - value) + f" ({votes} phiếu)"


# --- template -------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu.html", "Giới thiệu", [("/gioi-thieu.html", "Lịch sử phát triển")]),
    (
        cat_path("tin-tuc"),
        "Tin tức",
        [(cat_path(k), v) for k, v in CATEGORIES.items()],
    ),
    (LICH_GIANG_PATH, "Lịch giảng", []),
    ("/lien-he.html", "Liên hệ", []),
]


def breadcrumb(trail: list[tuple[str | None, str]]) -> str:
    items = ['<li><a href="/" class="pathway">Trang chủ</a><span class="divider"> » </span></li>']
    for k, (href, label) in enumerate(trail):
        sep = '<span class="divider"> » </span>' if k < len(trail) - 1 else ""
        items.append(
            f'<li><a href="{href}" class="pathway">{esc(label)}</a>{sep}</li>'
            if href
            else f'<li class="active"><span>{esc(label)}</span></li>'
        )
    return '<ul itemscope class="breadcrumb">\n<li class="active"><span class="divider icon-location"></span></li>\n' + "\n".join(items) + "\n</ul>"


def left_modules() -> str:
    popular = sorted(STORIES, key=lambda s: (-hits(s), s.id))[:5]
    pop = "".join(
        f'<li><a class="moduleItemTitle" href="{k2_path(s)}">{esc(s.title)}</a>'
        f'<span class="moduleItemHits">Đọc {hits(s)} lần</span></li>'
        for s in popular
    )
    cats = "".join(
        f'<li><a href="{cat_path(k)}">{esc(v)} <span class="catCounter">({len(in_cat(k))})</span></a></li>'
        for k, v in CATEGORIES.items()
    )
    cloud = " ".join(
        f'<a href="{tag_path(t)}" style="font-size:{100 + 20 * (k % 3)}%" title="{esc(t)}">{esc(t)}</a>'
        for k, t in enumerate(TAGS)
    )
    return f"""<div class="moduletable_menu"><h3>Danh mục tin</h3>
<div id="k2ModuleBox91" class="k2CategoriesListBlock"><ul class="level0">{cats}</ul></div></div>
<div class="moduletable"><h3>Tìm kiếm</h3>
<div id="k2ModuleBox92" class="k2SearchBlock"><form action="/tin-tuc/itemlist/search.html" method="get" autocomplete="off" class="k2SearchBlockForm">
<input type="text" value="" name="searchword" class="inputbox" placeholder="Tìm kiếm..." />
<input type="hidden" name="categories" value="" /><input type="hidden" name="format" value="html" />
<input type="hidden" name="t" value="" /><input type="hidden" name="tpl" value="search" />
<input type="submit" value="Tìm" class="button" /></form>
<p class="k2SearchHot">Tìm nhiều: <a href="{esc(NON_ARTICLES[4])}">nghị quyết</a></p></div></div>
<div class="moduletable"><h3>Đọc nhiều</h3>
<div id="k2ModuleBox93" class="k2ItemsBlock"><ul>{pop}</ul></div></div>
<div class="moduletable"><h3>Từ khóa</h3><div id="k2ModuleBox94" class="k2TagCloudBlock">{cloud}<div class="clr"></div></div></div>
<div class="moduletable"><h3>Thăm dò ý kiến</h3>
<form action="/index.php?option=com_acepolls&amp;view=poll&amp;id=3" method="post" name="poll_vote_3">
<p class="pollq">Bạn đánh giá thế nào về chất lượng bài giảng của nhà trường?</p>
<label><input type="radio" name="voteid" value="7" /> Rất tốt</label><br />
<label><input type="radio" name="voteid" value="8" /> Tốt</label><br />
<label><input type="radio" name="voteid" value="9" /> Bình thường</label><br />
<input type="submit" name="task_button" class="button" value="Bình chọn" />
<a href="/index.php?option=com_acepolls&amp;view=poll&amp;id=3&amp;Itemid=121" rel="nofollow">Kết quả</a>
</form></div>
<div class="moduletable"><h3>Thống kê truy cập</h3><div class="vinaora_visitors_counter">
<ul><li>Đang online: 23</li><li>Hôm nay: 412</li><li>Hôm qua: 587</li><li>Tổng truy cập: 1.386.205</li></ul></div></div>
<div class="moduletable"><h3>Liên kết website</h3><select onchange="window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://haiduong.dcs.vn">Đảng bộ tỉnh Hải Dương</option>
<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://www.tapchicongsan.org.vn">Tạp chí Cộng sản</option></select></div>"""


def layout(title: str, main: str, request: Request, head: str = "", component: bool = False) -> str:
    if component:
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head>
<meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" />
<title>{esc(title)}</title>{head}
<link href="/components/com_k2/css/k2.css?v=2.10.3" rel="stylesheet" />
<link href="/templates/tct_hd/css/template.css" rel="stylesheet" /></head>
<body class="contentpane modal">
<div id="system-message-container"></div>
{main}
<script>window.print();</script>
</body></html>"""
    menu = "".join(
        f'<li class="item-{101 + k} deeper parent"><a href="{href}">{esc(label)}</a>'
        + (
            '<ul class="nav-child unstyled small mega-col">'
            + "".join(f'<li><a href="{h}">{esc(lab)}</a></li>' for h, lab in children)
            + "</ul>"
            if children
            else ""
        )
        + "</li>"
        for k, (href, label, children) in enumerate(MENU)
    )
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
{head}
<link href="/templates/tct_hd/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/jui/css/bootstrap.min.css?7a1c9e" rel="stylesheet" />
<link href="/components/com_k2/css/k2.css?v=2.10.3" rel="stylesheet" />
<link href="/templates/tct_hd/css/template.css?7a1c9e" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?7a1c9e"></script>
<script src="/media/k2/assets/js/k2.frontend.js?v=2.10.3&amp;sitepath=/"></script>
</head>
<body class="site com_k2 itemid-101">
<div class="topbar"><div class="container"><span class="today">{TODAY}</span>
<span class="hotline">Đường dây nóng: 0220 3852 416</span>
<a href="/index.php?option=com_users&amp;view=login" rel="nofollow">Đăng nhập</a></div></div>
<header class="header"><div class="container">
<a class="brand" href="/"><img src="/images/banner/logo-tct-hd.png" alt="{esc(SITE_TITLE)}" /></a>
<div class="site-title"><span>TỈNH ỦY HẢI DƯƠNG</span><strong>{esc(SITE_TITLE.upper())}</strong></div>
<img class="banner-right" src="/images/banner/banner-trong-dong.png" alt="" />
</div></header>
<nav class="navigation megamenu"><div class="container"><ul class="nav menu nav-pills mod-list">{menu}</ul></div></nav>
<div class="marquee"><marquee scrollamount="3">Chào mừng Đại hội đại biểu Đảng bộ tỉnh Hải Dương - Nhiệt liệt chào mừng 44 năm Ngày Nhà giáo Việt Nam</marquee></div>
<div class="body"><div class="container"><div class="row-fluid">
<div id="aside" class="span3">{left_modules()}</div>
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
{main}
</main>
</div></div></div>
<footer class="footer"><div class="container">
<p><strong>{esc(SITE_TITLE.upper())}</strong></p>
<p>Địa chỉ: Số 96 đường Nguyễn Thị Duệ, phường Thanh Bình, thành phố Hải Dương, tỉnh Hải Dương</p>
<p>Điện thoại: 0220 3852 416 - Fax: 0220 3852 417 - Email: truongchinhtri@haiduong.gov.vn</p>
<p>Chịu trách nhiệm chính: Hiệu trưởng Trường Chính trị tỉnh Hải Dương</p>
<p class="copyright">&copy; 2026 {esc(SITE_TITLE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<a href="#top" id="back-top">Lên đầu trang</a>
</div></footer>
</body>
</html>"""


# --- pages ----------------------------------------------------------------------------------


def not_found(request: Request) -> Response:
    main = '<div class="page-header"><h2>404 - Không tìm thấy trang</h2></div><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p>'
    return html(layout(f"404 - {SITE_TITLE}", main, request), status=404)


def home(request: Request) -> Response:
    latest = newest(STORIES)[:5]
    research = in_cat("nghien-cuu-khoa-hoc")[:2]
    first, rest = latest[0], latest[1:]
    lead = f"""<div class="k2ItemsBlock featured"><h3>Tin mới nhất</h3>
<div class="moduleItemFirst">
{f'<a class="moduleItemImage" href="{item_path(first)}"><img src="{main_image(first, "M")}" alt="{esc(first.title)}" /></a>' if has_image(first) else ""}
<a class="moduleItemTitle" href="{item_path(first)}">{esc(first.title)}</a>
<span class="moduleItemDateCreated">{_when(first):%d/%m/%Y}</span>
<div class="moduleItemIntrotext">{esc(intro_of(first))}</div></div>
<ul>""" + "".join(
        f'<li><a class="moduleItemTitle" href="{item_path(s)}">{esc(s.title)}</a> '
        f'<span class="moduleItemDateCreated">({_when(s):%d/%m/%Y})</span></li>'
        for s in rest
    ) + "</ul></div>"
    nc = '<div class="k2ItemsBlock"><h3>Nghiên cứu - Trao đổi</h3><ul>' + "".join(
        f'<li><a class="moduleItemTitle" href="{item_path(s)}">{esc(s.title)}</a>'
        f'<div class="moduleItemIntrotext">{esc(intro_of(s))}</div>'
        f'<a class="moduleItemReadMore" href="{item_path(s)}">Xem tiếp</a></li>'
        for s in research
    ) + f'</ul><a class="moduleCustomLink" href="{cat_path("nghien-cuu-khoa-hoc")}">Xem tất cả</a></div>'
    banners = (
        '<div class="bannergroup"><a href="https://dichvucong.gov.vn" target="_blank">'
        '<img src="/images/banners/dich-vu-cong.jpg" alt="Cổng dịch vụ công quốc gia" /></a></div>'
    )
    return html(layout(f"Trang chủ - {SITE_TITLE}", lead + nc + banners, request))


def intro_of(story: Story) -> str:
    words = " ".join(b.text for b in story.blocks if isinstance(b, P))
    if story.summary:
        words = story.summary
    cut = words.split()[:28]
    return " ".join(cut) + ("..." if len(words.split()) > 28 else "")


def cat_item(story: Story) -> str:
    image = (
        f'<div class="catItemImageBlock"><span class="catItemImage"><a href="{item_path(story)}" title="{esc(story.title)}">'
        f'<img src="{main_image(story, "M")}" alt="{esc(story.title)}" style="width:200px; height:auto;" /></a></span></div>'
        if has_image(story)
        else ""
    )
    return f"""<div class="itemContainer itemContainerLast" style="width:100.0%;">
<div class="catItemView groupLeading">
<div class="catItemHeader">
<span class="catItemDateCreated">{lc2(_when(story))}</span>
<h3 class="catItemTitle"><a href="{item_path(story)}">{esc(story.title)}</a></h3>
</div>
<div class="catItemBody">{image}
<div class="catItemIntroText">{esc(intro_of(story))}</div>
<div class="clr"></div></div>
<div class="catItemLinks"><div class="catItemCategory"><span>Đăng trong</span>
<a href="{cat_path(story.cat)}">{esc(CATEGORIES[story.cat])}</a></div></div>
<div class="catItemReadMore"><a class="k2ReadMore" href="{item_path(story)}">Xem thêm...</a></div>
<div class="clr"></div>
</div></div>"""


def pagination(base: str, page: int, pages: int) -> str:
    """Joomla's pagination: "Đầu « Trước 1 2 3 Tiếp » Cuối", page 1 without ``start``."""
    if pages <= 1:
        return ""

    def href(k: int) -> str:
        return base if k == 0 else f"{base}?start={k * PER_PAGE}"

    def li(label: str, k: int, ok: bool) -> str:
        return f'<li><a title="{label}" href="{href(k)}" class="pagenav">{label}</a></li>' if ok else (
            f'<li class="disabled"><a>{label}</a></li>'
        )

    items = [li("Đầu", 0, page > 0), li("« Trước", page - 1, page > 0)]
    for k in range(pages):
        items.append(
            f'<li class="active"><a>{k + 1}</a></li>' if k == page else li(str(k + 1), k, True)
        )
    items += [li("Tiếp »", page + 1, page < pages - 1), li("Cuối", pages - 1, page < pages - 1)]
    return (
        '<div class="k2Pagination"><div class="pagination"><ul class="pagination-list">'
        + "".join(items)
        + f'</ul></div><div class="k2PaginationCounter">Trang {page + 1} của {pages}</div></div>'
    )


def start_page(request: Request, total: int) -> int | None:
    raw = request.params.get("start", "0")
    if not raw.isdigit() or int(raw) % PER_PAGE:
        return None
    page = int(raw) // PER_PAGE
    return page if page < max(1, -(-total // PER_PAGE)) else None


def item_list(request: Request, heading: str, stories: list[Story], base: str, trail, desc: str = "") -> Response:
    if set(request.params) - {"start", "searchword", "categories", "format", "t", "tpl"}:
        return not_found(request)
    page = start_page(request, len(stories))
    if page is None:
        return not_found(request)
    chunk = stories[page * PER_PAGE : (page + 1) * PER_PAGE]
    items = "\n".join(cat_item(s) for s in chunk) or "<p>Không tìm thấy kết quả nào.</p>"
    main = f"""{breadcrumb(trail)}
<div id="k2Container" class="itemListView">
<div class="itemListCategoriesBlock"><div class="itemListCategory"><h2>{esc(heading)}</h2>{desc}<div class="clr"></div></div></div>
<div class="itemList"><div id="itemListLeading">
{items}
</div></div>
{pagination(base, page, -(-len(stories) // PER_PAGE))}
</div>"""
    return html(layout(f"{heading} - {SITE_TITLE}", main, request))


def category_page(request: Request, key: str) -> Response:
    name = "Tin tức" if key == "tin-tuc" else CATEGORIES[key]
    trail = [(None, "Tin tức")] if key == "tin-tuc" else [(cat_path("tin-tuc"), "Tin tức"), (None, name)]
    return item_list(request, name, in_cat(key), cat_path(key), trail)


def tag_page(request: Request, tag: str) -> Response:
    stories = [s for s in newest(STORIES) if tag in s.opts.get("tags", [])]
    return item_list(request, f"Hiển thị các mục theo thẻ: {tag}", stories, tag_path(tag), [(None, tag)])


def user_page(request: Request, user: str) -> Response:
    uid, _, name = USERS[user]
    stories = [s for s in newest(STORIES) if s.opts["user"] == user]
    desc = (
        f'<div class="userBlock"><img src="/media/k2/users/{uid}.jpg" alt="{esc(name)}" class="k2AvatarImage" />'
        f"<p>Biên tập viên Cổng thông tin điện tử {esc(SITE_TITLE)}.</p></div>"
    )
    return item_list(request, name, stories, user_path(user), [(None, name)], desc)


def search_page(request: Request) -> Response:
    word = request.params.get("searchword", "").strip().casefold()
    hits_ = [
        s for s in newest(STORIES)
        if word and word in (s.title + " " + " ".join(b.text for b in s.blocks if isinstance(b, P))).casefold()
    ]
    return item_list(
        request,
        f"Kết quả tìm kiếm cho: {request.params.get('searchword', '')}",
        hits_,
        "/tin-tuc/itemlist/search.html",
        [(None, "Tìm kiếm")],
    )


def related(story: Story) -> str:
    same = in_cat(story.cat)
    k = same.index(story)
    others = (same[k + 1 :] + same[:k])[:5]
    if not others:
        return ""
    items = "".join(
        f'<li class="{"even" if j % 2 else "odd"}"><a href="{item_path(s)}">{esc(s.title)}</a> '
        f'<span class="itemCategoryItemsDate">- {_when(s):%d/%m/%Y}</span></li>'
        for j, s in enumerate(others)
    )
    return f'<div class="itemCategoryItems"><h3>Thêm trong mục này</h3><ul>{items}</ul><div class="clr"></div></div>'


def navigation(story: Story) -> str:
    same = in_cat(story.cat)
    k = same.index(story)
    prev = same[k + 1] if k + 1 < len(same) else None
    nxt = same[k - 1] if k > 0 else None
    out = ['<div class="itemNavigation"><span class="itemNavigationTitle">Các bài khác trong mục:</span>']
    if prev:
        out.append(f'<a class="itemPrevious" href="{item_path(prev)}">&laquo; Bài trước</a>')
    if nxt:
        out.append(f'<a class="itemNext" href="{item_path(nxt)}">Bài tiếp &raquo;</a>')
    out.append("</div>")
    return "\n".join(out)


def comments_form(story: Story) -> str:
    return f"""<div class="itemComments"><div class="itemCommentsForm">
<h3>Để lại bình luận</h3>
<p class="itemCommentsFormNotes">Hãy chắc chắn rằng bạn nhập các thông tin yêu cầu (*). Mã HTML không được chấp nhận.</p>
<form action="/index.php" method="post" id="comment-form" class="form-validate">
<label class="formComment" for="commentText">Nội dung bình luận *</label>
<textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea>
<label class="formName" for="userName">Tên *</label><input class="inputbox" type="text" name="userName" id="userName" />
<label class="formEmail" for="commentEmail">Email *</label><input class="inputbox" type="text" name="commentEmail" id="commentEmail" />
<input type="submit" class="button" id="submitCommentButton" value="Gửi bình luận" />
<input type="hidden" name="option" value="com_k2" /><input type="hidden" name="view" value="item" />
<input type="hidden" name="task" value="comment" /><input type="hidden" name="itemID" value="{story.id}" />
<input type="hidden" name="{hashlib.md5(str(story.id).encode()).hexdigest()}" value="1" />
</form></div></div>"""


def item_body(story: Story, page: int | None, printing: bool = False) -> str:
    """The K2 item view (itemView), page ``page`` of the text (None: all pages)."""
    uid, _, uname = USERS[story.opts["user"]]
    intro = ""
    if story.summary and (page in (None, 0) or printing):
        inner = esc(story.summary)
        intro = f'<div class="itemIntroText">\n<p style="text-align: justify;">{inner}</p>\n</div>'
    modified = story.opts.get("modified")
    mod_html = (
        f'<div class="itemDateModified">Sửa lần cuối vào {lc2(_dt.datetime.fromisoformat(modified))}</div>'
        if modified
        else ""
    )
    tools = "" if printing else f"""<div class="itemToolbar"><ul>
<li><span class="itemTextResizerTitle">Cỡ chữ</span> <a href="#" id="fontDecrease">giảm cỡ chữ</a> <a href="#" id="fontIncrease">tăng cỡ chữ</a></li>
<li><a class="itemPrintLink" rel="nofollow" href="{esc(print_path(story))}" onclick="window.open(this.href,'printWindow','width=900,height=600');return false;"><span>In</span></a></li>
<li><a class="itemEmailLink" rel="nofollow" href="/component/mailto/?tmpl=component&amp;template=tct_hd&amp;link={hashlib.sha1(story.slug.encode()).hexdigest()}" onclick="window.open(this.href,'emailWindow','width=400,height=350');return false;"><span>Email</span></a></li>
<li><span class="itemHits">Đọc <b>{hits(story)}</b> lần</span></li>
</ul><div class="clr"></div></div>"""
    tags = "".join(f'<li><a href="{tag_path(t)}">{esc(t)}</a></li>' for t in story.opts.get("tags", []))
    value, votes = story.opts.get("rating", (0, 0))
    below = "" if printing else f"""<div class="itemLinks">
<div class="itemCategory"><span>Đăng trong</span> <a href="{cat_path(story.cat)}">{esc(CATEGORIES[story.cat])}</a></div>
{f'<div class="itemTagsBlock"><span>Tags</span><ul class="itemTags">{tags}</ul><div class="clr"></div></div>' if tags else ""}
<div class="clr"></div></div>
<div class="itemRatingBlock"><span>Đánh giá bài viết:</span> <span class="itemRatingStars">{stars((value, votes))}</span>
<div class="itemRatingForm"><ul class="itemRatingList"><li class="itemCurrentRating" id="itemCurrentRating{story.id}" style="width:{value * 20}%;"></li>
<li><a href="#" data-id="{story.id}" title="1 sao trên 5" class="one-star">1</a></li><li><a href="#" data-id="{story.id}" title="5 sao trên 5" class="five-stars">5</a></li></ul>
<div id="itemRatingLog{story.id}" class="itemRatingLog">({votes} phiếu)</div></div></div>
<div class="itemSocialSharing">
<div class="itemFacebookButton"><a href="https://www.facebook.com/sharer/sharer.php?u={SHARE_BASE}{quote(item_path(story))}" target="_blank" rel="nofollow">Chia sẻ Facebook</a></div>
<div class="itemTwitterButton"><a href="https://twitter.com/intent/tweet?url={SHARE_BASE}{quote(item_path(story))}" target="_blank" rel="nofollow">Tweet</a></div>
<div class="itemLinkedInButton"><a href="https://www.linkedin.com/shareArticle?url={SHARE_BASE}{quote(item_path(story))}" target="_blank" rel="nofollow">LinkedIn</a></div>
<div class="clr"></div></div>
{f'<div class="itemAuthorBlock"><img class="itemAuthorAvatar" src="/media/k2/users/{uid}.jpg" alt="{esc(uname)}" /><div class="itemAuthorDetails"><h3 class="authorName"><a rel="author" href="{user_path(story.opts["user"])}">{esc(uname)}</a></h3><p>Biên tập viên</p></div><div class="clr"></div></div>' if story.opts["user"] == "khanh" else ""}
{related(story)}
<div class="clr"></div>
{navigation(story)}
{comments_form(story)}"""
    return f"""<div id="k2Container" class="itemView">
<div class="itemHeader">
<span class="itemDateCreated">{lc2(_when(story))}</span>
<h2 class="itemTitle">{esc(story.title)}</h2>
<span class="itemAuthor">Viết bởi <a rel="author" href="{user_path(story.opts["user"])}">{esc(uname)}</a></span>
</div>
{tools}
{image_block(story)}
<div class="itemBody">
{intro}
<div class="itemFullText">
{full_text(story, page, printing)}
</div>
{extra_fields(story)}
<div class="clr"></div>
{mod_html}
<div class="clr"></div>
</div>
{below}
<div class="clr"></div>
</div>"""


def item_page(request: Request, story: Story, page: int | None, printing: bool = False) -> Response:
    n = len(pages_of(story))
    suffix = f" - Phần {page + 1}" if n > 1 and page else ""
    head = (
        f'<link href="{base_url(request)}{item_path(story)}" rel="canonical" />\n'
        f'<meta name="author" content="{esc(USERS[story.opts["user"]][2])}" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n<meta property="og:type" content="article" />'
        + (f'\n<meta property="og:image" content="{base_url(request)}{main_image(story, "M")}" />' if has_image(story) else "")
    )
    body = item_body(story, page, printing)
    title = f"{story.title}{suffix} - {SITE_TITLE}"
    if printing:
        return html(layout(title, body, request, head, component=True))
    main = breadcrumb([(cat_path("tin-tuc"), "Tin tức"), (cat_path(story.cat), CATEGORIES[story.cat]), (None, story.title)]) + body
    return html(layout(title, main, request, head))


def item_route(request: Request, story: Story) -> Response:
    params = request.params
    n = len(pages_of(story))
    if not params:
        return item_page(request, story, 0)
    if params == {"tmpl": "component", "print": "1"}:
        return item_page(request, story, None, printing=True)
    if n > 1 and params == {"showall": "1"}:
        return item_page(request, story, None)
    if n > 1 and set(params) == {"limitstart"} and params["limitstart"].isdigit() and int(params["limitstart"]) < n:
        return item_page(request, story, int(params["limitstart"]))
    return not_found(request)


def lich_giang(request: Request) -> Response:
    rows = [
        ("Thứ | Buổi | Lớp | Nội dung | Giảng viên", "th"),
        ("Thứ hai 07/12 | Sáng | TC K45 | Học phần Xây dựng Đảng | ThS. Nguyễn Đức Thắng", "td"),
        ("Thứ hai 07/12 | Chiều | TC K45 | Thảo luận nhóm | ThS. Nguyễn Đức Thắng", "td"),
        ("Thứ ba 08/12 | Sáng | BD Đối tượng 4 | Chuyên đề 3: Quản lý nhà nước | TS. Lê Hồng Sơn", "td"),
        ("Thứ năm 10/12 | Cả ngày | TC K46 | Triết học Mác - Lênin | ThS. Phạm Thị Thu Hà", "td"),
        ("Thứ sáu 11/12 | Cả ngày | TC K46 | Triết học Mác - Lênin | ThS. Phạm Thị Thu Hà", "td"),
        ("Thứ bảy 12/12 | Sáng | TC K44 | Ôn tập, thi tốt nghiệp | Phòng Quản lý đào tạo", "td"),
    ]
    table = render_blocks([P(t, s) for t, s in rows])
    main = f"""{breadcrumb([(None, "Lịch giảng")])}
<div id="k2Container" class="itemView">
<div class="itemHeader"><span class="itemDateCreated">{lc2(_dt.datetime(2026, 12, 4, 7, 30))}</span>
<h2 class="itemTitle">Lịch giảng tuần từ 07/12 đến 12/12/2026</h2>
<span class="itemAuthor">Viết bởi <a rel="author" href="{user_path("admin")}">Quản trị viên</a></span></div>
<div class="itemBody"><div class="itemFullText">
<p style="text-align: center;"><strong>LỊCH GIẢNG CÁC LỚP TUẦN 49/2026</strong></p>
{table}
<p><em>Ghi chú: Giờ học buổi sáng từ 7h30, buổi chiều từ 13h30. Lịch có thể thay đổi, đề nghị theo dõi thông báo của Phòng Quản lý đào tạo.</em></p>
</div></div>
<div class="itemLinks"><div class="itemCategory"><span>Đăng trong</span> <a href="{LICH_GIANG_PATH}">Lịch giảng</a></div></div>
</div>"""
    return html(layout(f"Lịch giảng tuần từ 07/12 đến 12/12/2026 - {SITE_TITLE}", main, request))


def gioi_thieu(request: Request) -> Response:
    main = f"""{breadcrumb([(None, "Giới thiệu")])}
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">Giới thiệu Trường Chính trị tỉnh Hải Dương</h2></div>
<div itemprop="articleBody">
<p>Trường Chính trị tỉnh Hải Dương là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy và UBND tỉnh, có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; bồi dưỡng lý luận chính trị cho cán bộ, công chức, viên chức trong tỉnh.</p>
<p>Trải qua hơn 70 năm xây dựng và phát triển, nhà trường đã được Đảng, Nhà nước tặng thưởng Huân chương Độc lập hạng Ba, Huân chương Lao động hạng Nhất.</p>
<h3>Cơ cấu tổ chức</h3>
<ul><li>Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng</li>
<li>Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên cứu khoa học</li>
<li>Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và Pháp luật; Khoa Dân vận</li></ul>
</div></div>"""
    return html(layout(f"Giới thiệu - {SITE_TITLE}", main, request))


def lien_he(request: Request) -> Response:
    main = f"""{breadcrumb([(None, "Liên hệ")])}
<div class="contact"><div class="page-header"><h2><span class="contact-name">{esc(SITE_TITLE)}</span></h2></div>
<dl class="contact-address dl-horizontal">
<dt>Địa chỉ:</dt><dd>Số 96 đường Nguyễn Thị Duệ, phường Thanh Bình, thành phố Hải Dương</dd>
<dt>Điện thoại:</dt><dd>0220 3852 416</dd><dt>Email:</dt><dd>truongchinhtri@haiduong.gov.vn</dd></dl>
<form id="contact-form" action="/lien-he.html" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi email</legend>
<label for="jform_contact_name">Họ tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" />
<label for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" />
<label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea>
<button class="btn btn-primary validate" type="submit">Gửi email</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />
</fieldset></form></div>"""
    return html(layout(f"Liên hệ - {SITE_TITLE}", main, request))


def mailto(request: Request) -> Response:
    main = """<div id="mailto-window"><h2>Gửi liên kết này tới bạn bè.</h2>
<form action="/index.php" id="mailtoForm" method="post">
<label for="mailto_field">Email tới</label><input type="text" id="mailto_field" name="mailto" />
<label for="sender_field">Người gửi</label><input type="text" id="sender_field" name="sender" />
<button type="submit">Gửi</button> <button onclick="window.close();return false;">Hủy bỏ</button>
<input type="hidden" name="option" value="com_mailto" /><input type="hidden" name="task" value="send" /></form></div>"""
    return html(layout(f"Gửi email - {SITE_TITLE}", main, request, component=True))


_ITEM = re.compile(r"/tin-tuc/item/(\d+)-([a-z0-9-]+)\.html")
_K2 = re.compile(r"/component/k2/item/(\d+)-([a-z0-9-]+)")
_CAT = re.compile(r"/tin-tuc/itemlist/category/(\d+)-([a-z0-9-]+)\.html")
_TAG = re.compile(r"/tin-tuc/itemlist/tag/(.+)\.html")
_USER = re.compile(r"/tin-tuc/itemlist/user/(\d+)-([a-z0-9-]+)\.html")


class K2Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/media/", "/templates/", "/components/")):
            return static_file(path)
        if path == "/":
            return home(request) if not request.query else not_found(request)
        if m := _ITEM.fullmatch(path):
            story = BY_ID.get(int(m.group(1)))
            if story is None or story.slug != m.group(2):
                return not_found(request)
            return item_route(request, story)
        if m := _K2.fullmatch(path):
            story = BY_ID.get(int(m.group(1)))
            if story is None or story.slug != m.group(2) or request.query:
                return not_found(request)
            return item_page(request, story, 0)
        if m := _CAT.fullmatch(path):
            key = m.group(2)
            if CAT_IDS.get(key) != int(m.group(1)):
                return not_found(request)
            return category_page(request, key)
        if m := _TAG.fullmatch(path):
            tag = unquote(m.group(1))
            return tag_page(request, tag) if tag in TAGS else not_found(request)
        if m := _USER.fullmatch(path):
            for user, (uid, alias, _) in USERS.items():
                if (uid, alias) == (int(m.group(1)), m.group(2)):
                    return user_page(request, user)
            return not_found(request)
        if path == "/tin-tuc/itemlist/search.html":
            return search_page(request)
        if request.query:
            return not_found(request)
        pages = {
            LICH_GIANG_PATH: lich_giang,
            "/gioi-thieu.html": gioi_thieu,
            "/lien-he.html": lien_he,
        }
        if path in pages:
            return pages[path](request)
        return None


def _mailto_guard(site: K2Site):
    """The email window lives under /component/mailto/ with its own query."""

    class Site:
        def respond(self, request: Request) -> Response | None:
            if request.path == "/component/mailto/":
                return mailto(request)
            return site.respond(request)

    return Site()


def build_site():
    return _mailto_guard(K2Site())
