"""Sở Giáo dục và Đào tạo tỉnh Bắc Kạn: Joomla 3.9 + K2 2.10, a Vietnamese vendor's template.

Platform
    Joomla 3.9.28 with K2 2.10.3 as the news component, SEF URLs with the ``.html`` suffix, the
    template "vnt_edu" of a provincial web company (K2 item/category overrides under
    ``templates/vnt_edu/html/com_k2``, Bootstrap 2 menus, a ``mod_k2_content`` module on the
    home page, a K2 tag cloud, Joomla's email-cloaking plugin and ``{loadposition}`` on).

URL scheme
    - ``/`` home: "Tin nổi bật" (mod_k2_content, featured items, links in the menu-less form
      ``/component/k2/item/<id>-<alias>``), "Tin mới nhất" (latest five), "Thông báo" box;
    - ``/tin-tuc/item/<id>-<alias>.html`` a K2 item (the article);
      ``…html?tmpl=component&print=1`` its print view;
      ``/component/k2/item/<id>-<alias>`` the same item through K2's menu-less route;
    - ``/tin-tuc/itemlist/category/<id>-<alias>.html?start=<N>`` a K2 category, 2 items a page
      (1 "leading" + 1 "primary"), Joomla pagination "Đầu / Trước / 1 2 / Tiếp / Cuối";
    - ``/tin-tuc/itemlist/tag/<tag>.html`` a K2 tag listing (tag name percent-encoded, with
      spaces: ``/tin-tuc/itemlist/tag/H%E1%BB%8Dc%20sinh%20gi%E1%BB%8Fi.html``);
    - ``/tin-tuc.html`` the "Tin tức" menu item (K2 categories block, no items);
    - ``/van-ban.html`` + ``/van-ban/item/45-….html`` documents as K2 items (extra fields,
      attachment), ``/thu-vien-anh/item/51-….html`` album, ``/video/item/52-….html`` clip,
      ``/gioi-thieu.html``, ``/lich-cong-tac.html`` (com_content articles), ``/lien-he.html``.
    - images: ``/media/k2/items/cache/<md5("Image"+id)>_{XS,S,M,L,XL}.jpg`` (K2's cache),
      ``/images/tintuc/2026/…`` (JCE uploads), template images.

How each gold article is reached
    Categories "Hoạt động ngành" (4 items), "Giáo dục Trung học" (3), "Giáo dục Mầm non - Tiểu
    học" (2), "Thông báo" (3) are in the menu; their page 2 (``?start=2``) is the only way to
    items 329, 318, 315 and 320. Item 334 is filed in "Tin từ cơ sở", a category no menu links:
    it is reached from the home page's featured module (``/component/k2/item/334-…`` only) and
    from the tag page "Giáo dục dân tộc" in the sidebar tag cloud.

Traps
    1. Featured flag inside the title: K2 prints ``<span><sup>Nổi bật</sup></span>`` inside
       ``h2.itemTitle`` of featured items (341, 339, 334, 331). Gold title: without "Nổi bật".
    2. K2 item image outside the text: ``div.itemImageBlock`` (before the intro) holds
       ``<a data-k2-modal="image" href="…_XL.jpg"><img src="…_L.jpg"></a>``, its caption in
       ``span.itemImageCaption`` and the credit in ``span.itemImageCredits``. Gold: the ``_L``
       image is the article's first image, caption from the caption span, "Ảnh: X" in the
       credit span -> X is a photographer (the credit line is no caption, no body).
    3. Joomla's vi-VN LC2 date "Thứ năm, 03 Tháng 12 2026 14:30" (month word between day and
       year, no "ngày"), wrapped by the vendor in ``<time datetime="…+00:00">`` holding the
       UTC instant: for item 318, posted at local midnight, the attribute reads the day before
       ("2026-10-27T17:00:00+00:00"). Gold: local time, the day alone for 00:00
       ("2026-10-28"). A "Cập nhật lần cuối ngày …" line under the text is never the date.
    4. Bylines in three places: ``span.itemAuthor`` "Viết bởi quantri" (a CMS account ->
       nobody) or a created_by_alias printed the same way ("Viết bởi ThS. Lý Thị Hồng" ->
       "Lý Thị Hồng"; "Viết bởi Phòng GDTrH" -> the unit), and K2 extra fields "Tác giả:" /
       "Ảnh:" in ``div.itemExtraFields`` -> authors / photographers (name only, unit dropped).
    5. The extra-fields block "Thông tin bổ sung" sits inside ``div.itemBody`` right after the
       full text, as a ``ul`` of label/value spans: none of it is body; "Nguồn tin: X" there
       -> source X (item 318).
    6. JCE caption markup: ``<div class="jce_caption"><img …><div style="…">caption</div></div>``
       inside the full text, the caption a bare ``div`` that reads like a paragraph. Gold:
       caption of the image, not body.
    7. ``{loadposition tinlienquan}``: a "Tin liên quan" mod_k2_content module printed INSIDE
       ``div.itemFullText`` between the last paragraph and the byline (items 341, 336, 339).
       Gold: not body; the byline after it still counts.
    8. Joomla email cloaking inside a paragraph (item 340): the address is replaced by
       ``<span id="cloak…">Địa chỉ email này đang được bảo vệ …</span><script>…</script>``.
       Gold: the paragraph as a non-JS reader sees it, the notice sentence included, the
       script's text never.
    9. Same item, three URLs: canonical ``/tin-tuc/item/<id>-<alias>.html``, the home module's
       ``/component/k2/item/<id>-<alias>`` and the print view ``?tmpl=component&print=1`` (its
       own chrome-free page, "In bài này" button). Gold path: the ``.html`` one; the others are
       alt_paths. Every item page prints ``<link rel="canonical">`` to the ``.html`` form.
   10. Lists after the text that look like content: ``div.itemAuthorBlock`` (avatar + the
       account's description), "Bài viết mới nhất từ quantri", "Bài viết liên quan" (by tags),
       hits "Đọc 1234 lần", tags block "Thẻ". Not body, avatar not an image of the article.
   11. Intro/full split: with a read-more break the intro is ``div.itemIntroText`` (bold by
       CSS) -> the sapo (summary, first body paragraph); the category listing prints the same
       intro under the title. Items without a break print all text in ``itemIntroText``: no
       sapo (summary null).
   12. An official notice (item 331) with its letterhead table, kind/subject lines, "Nơi nhận"
       and signer table inside the full text; K2's header date (01/12 07:45) is the posting
       date; gold date: the letterhead's day "2026-11-30", author the signer.
   13. Discovery: tag links percent-encoded Vietnamese with spaces; item 334 only via the
       ``/component/k2`` link on the home page or the tag page.

Gold decisions on ambiguous points
    - category: the K2 category the item is filed under as "Đăng trong" and the breadcrumb print
      it (the leaf, not the menu item "Tin tức").
    - The K2 item image is the first image of the article (it is the article's photo, printed at
      the top of the item view at size L); the ``_XL`` link target and the listing thumbnails are
      not separate images.
    - A right-aligned closing line naming a unit ("Văn phòng Sở", "Phòng Tổ chức cán bộ") is the
      author; "Tin, ảnh: X" -> X author and photographer.
    - Email cloaking (trap 8): the printed notice sentence is part of the paragraph.
    - Table rows are paragraphs with cells joined by " | "; the header row too.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "joomla3_k2_vn_sgddt"
PLATFORM = "Joomla 3.9 + K2 2.10 (vendor template vnt_edu)"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Bắc Kạn"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"

CATS: dict[int, tuple[str, str, str]] = {
    2: ("hoat-dong-nganh", "Hoạt động ngành", "Tin hoạt động của ngành Giáo dục Bắc Kạn."),
    3: ("giao-duc-trung-hoc", "Giáo dục Trung học", "Hoạt động chuyên môn cấp THCS, THPT."),
    4: ("giao-duc-mam-non-tieu-hoc", "Giáo dục Mầm non - Tiểu học", "Tin hoạt động GDMN, GDTH."),
    5: ("thong-bao", "Thông báo", "Thông báo của Sở Giáo dục và Đào tạo."),
    6: ("tin-tu-co-so", "Tin từ cơ sở", "Tin bài do các đơn vị trường học gửi về."),
}
MENU_CATS = (2, 3, 4, 5)
PER_PAGE = 2

TAGS: dict[str, list[int]] = {
    "Học sinh giỏi": [339, 331],
    "Giáo dục dân tộc": [337, 334],
    "Thể thao": [341],
    "Tuyển dụng viên chức": [340],
}

CLOAK_NOTICE = (
    "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt JavaScript để xem nó."
)
LOADPOSITION = "{loadposition tinlienquan}"


def k2img(item_id: int, size: str) -> str:
    digest = hashlib.md5(f"Image{item_id}".encode()).hexdigest()
    return f"/media/k2/items/cache/{digest}_{size}.jpg"


# --- the stories -------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=341,
        slug="be-mac-hoi-khoe-phu-dong-tinh-bac-kan-lan-thu-xi-nam-2026",
        title="Bế mạc Hội khỏe Phù Đổng tỉnh Bắc Kạn lần thứ XI năm 2026",
        cat="Hoạt động ngành",
        published_at="2026-12-04T15:20:00+07:00",
        summary=(
            "Chiều ngày 04/12/2026, tại Nhà thi đấu đa năng tỉnh, Sở Giáo dục và Đào tạo tổ chức "
            "Lễ bế mạc và trao giải Hội khỏe Phù Đổng tỉnh Bắc Kạn lần thứ XI năm 2026."
        ),
        blocks=[
            Img(
                k2img(341, "L"),
                printed="Lãnh đạo Sở GD&ĐT trao Cờ cho các đơn vị đạt giải Nhất toàn đoàn",
                caption="Lãnh đạo Sở GD&ĐT trao Cờ cho các đơn vị đạt giải Nhất toàn đoàn",
                style="k2",
            ),
            P(
                "Chiều ngày 04/12/2026, tại Nhà thi đấu đa năng tỉnh, Sở Giáo dục và Đào tạo tổ chức "
                "Lễ bế mạc và trao giải Hội khỏe Phù Đổng tỉnh Bắc Kạn lần thứ XI năm 2026."
            ),
            P(
                "Sau 5 ngày tranh tài sôi nổi, hơn 1.200 vận động viên là học sinh của 8 huyện, "
                "thành phố và các trường THPT trực thuộc đã thi đấu ở 9 môn: điền kinh, bơi lội, "
                "bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ vua, đá cầu và võ thuật cổ truyền."
            ),
            P(
                "Ban Tổ chức đã trao 312 huy chương vàng, 318 huy chương bạc và 402 huy chương đồng "
                "cho các vận động viên; nhiều thành tích mới được xác lập ở môn điền kinh và bơi lội."
            ),
            Img(
                "/images/tintuc/2026/12/hkpd-bong-chuyen.jpg",
                printed="Trận chung kết môn bóng chuyền nữ khối THPT",
                caption="Trận chung kết môn bóng chuyền nữ khối THPT",
                style="jce",
            ),
            P(
                "Phát biểu bế mạc, đồng chí Phó Giám đốc Sở GD&ĐT ghi nhận tinh thần thi đấu trung "
                "thực, cao thượng của các vận động viên và đề nghị các đơn vị tiếp tục đẩy mạnh phong "
                "trào tập luyện thể dục thể thao trong trường học."
            ),
            P(
                "Kết quả toàn đoàn: Giải Nhất thuộc về đoàn thành phố Bắc Kạn; giải Nhì thuộc về đoàn "
                "huyện Chợ Mới; giải Ba thuộc về đoàn huyện Ba Bể và đoàn huyện Bạch Thông."
            ),
            Raw(LOADPOSITION),
        ],
        photographers=["Hoàng Văn Tú"],
        authors=["Ma Thị Ngọc Anh"],
        opts={
            "created": "2026-12-04 15:20",
            "modified": "2026-12-05 08:12",
            "featured": True,
            "split": True,
            "author_printed": "quantri",
            "credit": "Ảnh: Hoàng Văn Tú",
            "extra": [("Tác giả:", "Ma Thị Ngọc Anh - Văn phòng Sở")],
            "tags": ["Thể thao"],
        },
    ),
    Story(
        id=336,
        slug="so-gd-dt-lam-viec-voi-ubnd-huyen-pac-nam-ve-phat-trien-truong-lop",
        title="Sở GD&ĐT làm việc với UBND huyện Pác Nặm về phát triển trường, lớp",
        cat="Hoạt động ngành",
        published_at="2026-12-02T09:05:00+07:00",
        summary=(
            "Ngày 01/12/2026, Đoàn công tác của Sở GD&ĐT do đồng chí Giám đốc Sở làm trưởng đoàn "
            "đã có buổi làm việc với UBND huyện Pác Nặm về công tác quy hoạch, phát triển mạng lưới "
            "trường, lớp giai đoạn 2026-2030."
        ),
        blocks=[
            P(
                "Ngày 01/12/2026, Đoàn công tác của Sở GD&ĐT do đồng chí Giám đốc Sở làm trưởng đoàn "
                "đã có buổi làm việc với UBND huyện Pác Nặm về công tác quy hoạch, phát triển mạng lưới "
                "trường, lớp giai đoạn 2026-2030."
            ),
            P(
                "Năm học 2026-2027, toàn huyện Pác Nặm có 31 trường học với 9.846 học sinh; trong đó "
                "có 12 trường phổ thông dân tộc bán trú. Tỷ lệ trường đạt chuẩn quốc gia đạt 48,4%."
            ),
            Img(
                "/images/tintuc/2026/12/pac-nam-lam-viec.jpg",
                printed="Quang cảnh buổi làm việc tại UBND huyện Pác Nặm",
                caption="Quang cảnh buổi làm việc tại UBND huyện Pác Nặm",
                style="jce",
            ),
            P(
                "Tại buổi làm việc, lãnh đạo UBND huyện đề nghị Sở quan tâm bố trí nguồn vốn xây dựng "
                "nhà ở bán trú cho học sinh và bổ sung biên chế giáo viên môn Tin học, Tiếng Anh."
            ),
            P(
                "Kết luận buổi làm việc, đồng chí Giám đốc Sở yêu cầu huyện rà soát các điểm trường "
                "lẻ, thực hiện sắp xếp theo lộ trình phù hợp với điều kiện thực tế của địa phương, "
                "không để học sinh phải đi học xa."
            ),
            Raw(LOADPOSITION),
        ],
        authors=["Lý Thị Hồng"],
        opts={
            "created": "2026-12-02 09:05",
            "split": True,
            "author_printed": "ThS. Lý Thị Hồng",
            "alias": True,
        },
    ),
    Story(
        id=329,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="Hoạt động ngành",
        published_at="2026-11-20T16:45:00+07:00",
        summary=(
            "Sáng ngày 19/11/2026, Sở Giáo dục và Đào tạo tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam và tuyên dương nhà giáo tiêu biểu năm 2026."
        ),
        blocks=[
            Img(
                k2img(329, "L"),
                printed="Các nhà giáo tiêu biểu được tuyên dương tại buổi lễ",
                caption="Các nhà giáo tiêu biểu được tuyên dương tại buổi lễ",
                style="k2",
            ),
            P(
                "Sáng ngày 19/11/2026, Sở Giáo dục và Đào tạo tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
                "Việt Nam và tuyên dương nhà giáo tiêu biểu năm 2026."
            ),
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh, đại diện lãnh đạo các sở, ban, ngành "
                "và 120 nhà giáo tiêu biểu đến từ các cơ sở giáo dục trên địa bàn tỉnh."
            ),
            P("Các nhà giáo được tuyên dương năm 2026 gồm:", "h"),
            P("15 nhà giáo tiêu biểu xuất sắc cấp tỉnh;", "li"),
            P("42 nhà giáo có sáng kiến kinh nghiệm được công nhận cấp tỉnh;", "li"),
            P("63 nhà giáo có nhiều năm công tác tại vùng đặc biệt khó khăn.", "li"),
            P(
                "Nhân dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 15 tập thể và 32 cá nhân có thành "
                "tích xuất sắc trong phong trào thi đua \"Đổi mới, sáng tạo trong dạy và học\"."
            ),
            Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
        ],
        authors=["Văn phòng Sở"],
        opts={"created": "2026-11-20 16:45", "split": True, "author_printed": "quantri"},
    ),
    Story(
        id=318,
        slug="hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ chuyển đổi số trong giáo dục năm học 2026-2027",
        cat="Hoạt động ngành",
        published_at="2026-10-28",
        blocks=[
            P(
                "Ngày 27/10/2026, Sở GD&ĐT tổ chức Hội nghị trực tuyến triển khai nhiệm vụ chuyển đổi "
                "số, ứng dụng công nghệ thông tin trong giáo dục năm học 2026-2027 tới 135 điểm cầu."
            ),
            P(
                "Theo kế hoạch, năm học này 100% cơ sở giáo dục phổ thông thực hiện học bạ số; 100% "
                "trường học sử dụng phần mềm quản lý trường học và kết nối dữ liệu với cơ sở dữ liệu "
                "ngành."
            ),
            P("Một số chỉ tiêu chính năm học 2026-2027:"),
            P("Chỉ tiêu | Cấp tiểu học | Cấp THCS | Cấp THPT", "tr"),
            P("Học bạ số | 100% | 100% | 100%", "tr"),
            P("Thanh toán không dùng tiền mặt | 90% | 95% | 100%", "tr"),
            P("Bài giảng điện tử được chia sẻ | 300 | 450 | 500", "tr"),
            P(
                "Hội nghị cũng dành thời gian để các phòng GD&ĐT, trường học chia sẻ kinh nghiệm triển "
                "khai hồ sơ điện tử và chữ ký số trong nhà trường."
            ),
        ],
        source="Báo Bắc Kạn",
        opts={
            "created": "2026-10-28 00:00",
            "split": False,
            "author_printed": "quantri",
            "extra": [("Nguồn tin:", "Báo Bắc Kạn")],
        },
    ),
    Story(
        id=339,
        slug="khai-mac-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Khai mạc Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        cat="Giáo dục Trung học",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Sáng 03/12/2026, Sở GD&ĐT tổ chức khai mạc Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 "
            "năm học 2026-2027 với 736 thí sinh dự thi."
        ),
        blocks=[
            Img(
                k2img(339, "L"),
                printed="Thí sinh dự thi tại Điểm thi Trường THPT Chuyên Bắc Kạn",
                caption="Thí sinh dự thi tại Điểm thi Trường THPT Chuyên Bắc Kạn",
                style="k2",
            ),
            P(
                "Sáng 03/12/2026, Sở GD&ĐT tổ chức khai mạc Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 "
                "năm học 2026-2027 với 736 thí sinh dự thi."
            ),
            P(
                "Kỳ thi diễn ra trong 2 ngày 03 và 04/12/2026 tại 2 điểm thi: Trường THPT Chuyên Bắc "
                "Kạn và Trường THPT Bắc Kạn, với 12 môn thi."
            ),
            P("Số thí sinh dự thi một số môn:"),
            P("Môn thi | Số thí sinh | Số phòng thi", "tr"),
            P("Ngữ văn | 84 | 4", "tr"),
            P("Toán | 78 | 4", "tr"),
            P("Tiếng Anh | 92 | 4", "tr"),
            P(
                "Kết quả kỳ thi là căn cứ để lựa chọn học sinh tham gia đội tuyển dự thi chọn học sinh "
                "giỏi quốc gia năm 2027."
            ),
            Raw(LOADPOSITION),
            Raw('<p style="text-align: right;"><em><strong>Tin, ảnh: Triệu Thị Lan</strong></em></p>'),
        ],
        authors=["Triệu Thị Lan"],
        photographers=["Triệu Thị Lan"],
        opts={
            "created": "2026-12-03 14:30",
            "featured": True,
            "split": True,
            "author_printed": "quantri",
            "tags": ["Học sinh giỏi"],
        },
    ),
    Story(
        id=327,
        slug="tap-huan-day-hoc-mon-lich-su-va-dia-ly-chuong-trinh-gdpt-2018",
        title="Tập huấn dạy học môn Lịch sử và Địa lý theo Chương trình GDPT 2018",
        cat="Giáo dục Trung học",
        published_at="2026-11-18T10:10:00+07:00",
        summary=(
            "Từ ngày 16 đến 17/11/2026, Sở GD&ĐT tổ chức tập huấn dạy học môn Lịch sử và Địa lý cấp "
            "THCS cho 160 giáo viên cốt cán."
        ),
        blocks=[
            P(
                "Từ ngày 16 đến 17/11/2026, Sở GD&ĐT tổ chức tập huấn dạy học môn Lịch sử và Địa lý cấp "
                "THCS cho 160 giáo viên cốt cán."
            ),
            P("Nội dung tập huấn tập trung vào:"),
            P("Xây dựng kế hoạch dạy học môn học theo hướng tích hợp;", "li"),
            P("Thiết kế chủ đề chung và các hoạt động trải nghiệm gắn với địa phương;", "li"),
            P("Đổi mới kiểm tra, đánh giá theo định hướng phát triển năng lực.", "li"),
            Img(
                "/images/tintuc/2026/11/tap-huan-ls-dl.jpg",
                printed="(Giáo viên thực hành thiết kế chủ đề dạy học)",
                caption="Giáo viên thực hành thiết kế chủ đề dạy học",
                style="pem",
            ),
            P("Báo cáo viên là các giảng viên Trường Đại học Sư phạm - Đại học Thái Nguyên."),
            P("Thời gian: 2 ngày, từ 16/11/2026 đến 17/11/2026.", "br"),
            P("Địa điểm: Hội trường Trường THPT Bắc Kạn."),
            P(
                "Sau tập huấn, giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo viên tại đơn vị "
                "trước ngày 15/12/2026."
            ),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "created": "2026-11-18 10:10",
            "split": True,
            "author_printed": "Phòng GDTrH",
            "alias": True,
        },
    ),
    Story(
        id=315,
        slug="truong-thpt-cho-don-to-chuc-ngay-hoi-stem",
        title="Trường THPT Chợ Đồn tổ chức Ngày hội STEM",
        cat="Giáo dục Trung học",
        published_at="2026-10-21T08:00:00+07:00",
        summary=(
            "Ngày 19/10/2026, Trường THPT Chợ Đồn tổ chức Ngày hội STEM với chủ đề \"Sáng tạo vì "
            "cộng đồng\" thu hút hơn 600 học sinh tham gia."
        ),
        blocks=[
            Img(
                k2img(315, "L"),
                printed="Học sinh giới thiệu mô hình tưới cây tự động",
                caption="Học sinh giới thiệu mô hình tưới cây tự động",
                style="k2",
            ),
            P(
                "Ngày 19/10/2026, Trường THPT Chợ Đồn tổ chức Ngày hội STEM với chủ đề \"Sáng tạo vì "
                "cộng đồng\" thu hút hơn 600 học sinh tham gia."
            ),
            P(
                "27 gian trưng bày của các lớp giới thiệu sản phẩm như mô hình tưới cây tự động, máy "
                "lọc nước mini, đèn năng lượng mặt trời từ vật liệu tái chế."
            ),
            P(
                "Ban Giám khảo đã chọn 5 sản phẩm xuất sắc để tham dự Cuộc thi Khoa học kỹ thuật cấp "
                "tỉnh dành cho học sinh trung học năm học 2026-2027."
            ),
        ],
        authors=["Hoàng Thị Thắm"],
        opts={
            "created": "2026-10-21 08:00",
            "split": True,
            "author_printed": "quantri",
            "extra": [("Tác giả:", "Hoàng Thị Thắm (Trường THPT Chợ Đồn)")],
        },
    ),
    Story(
        id=337,
        slug="giao-luu-tieng-viet-cua-chung-em-cap-tieu-hoc-nam-2026",
        title="Giao lưu \"Tiếng Việt của chúng em\" cấp tiểu học năm 2026",
        cat="Giáo dục Mầm non - Tiểu học",
        published_at="2026-12-03T08:15:00+07:00",
        summary=(
            "Ngày 02/12/2026, Sở GD&ĐT tổ chức Giao lưu \"Tiếng Việt của chúng em\" dành cho học "
            "sinh dân tộc thiểu số cấp tiểu học năm 2026."
        ),
        blocks=[
            P(
                "Ngày 02/12/2026, Sở GD&ĐT tổ chức Giao lưu \"Tiếng Việt của chúng em\" dành cho học "
                "sinh dân tộc thiểu số cấp tiểu học năm 2026."
            ),
            P(
                "Tham gia giao lưu có 16 đội với 96 học sinh đến từ 8 huyện, thành phố. Các em tham "
                "gia 3 phần thi: Chào bạn, Tiếng Việt quanh em và Cùng nhau tỏa sáng."
            ),
            Img(
                "/images/tintuc/2026/12/giao-luu-tieng-viet.jpg",
                printed="Tiết mục dân ca Tày của đội huyện Na Rì",
                caption="Tiết mục dân ca Tày của đội huyện Na Rì",
                style="jce",
            ),
            P(
                "Qua giao lưu, học sinh có cơ hội rèn luyện kỹ năng sử dụng tiếng Việt, tự tin giao "
                "tiếp và giới thiệu nét đẹp văn hóa của dân tộc mình."
            ),
            P(
                "Kết quả, Ban Tổ chức trao 2 giải Nhất, 4 giải Nhì, 5 giải Ba và 5 giải Khuyến khích "
                "cho các đội tham gia."
            ),
        ],
        authors=["Bế Thị Hạnh"],
        photographers=["Lục Văn Minh"],
        opts={
            "created": "2026-12-03 08:15",
            "split": True,
            "author_printed": "quantri",
            "extra": [("Tác giả:", "Bế Thị Hạnh"), ("Ảnh:", "Lục Văn Minh")],
            "tags": ["Giáo dục dân tộc"],
        },
    ),
    Story(
        id=322,
        slug="kiem-tra-an-toan-thuc-pham-tai-cac-truong-mam-non-huyen-ba-be",
        title="Kiểm tra an toàn thực phẩm tại các trường mầm non huyện Ba Bể",
        cat="Giáo dục Mầm non - Tiểu học",
        published_at="2026-11-10T15:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 05 đến 07/11/2026, Đoàn kiểm tra liên ngành của Sở GD&ĐT và Sở Y tế đã kiểm "
                "tra công tác bảo đảm an toàn thực phẩm tại 6 trường mầm non trên địa bàn huyện Ba Bể."
            ),
            P(
                "Đoàn kiểm tra hồ sơ nguồn gốc thực phẩm, sổ kiểm thực ba bước, lưu mẫu thức ăn và "
                "điều kiện vệ sinh bếp ăn bán trú của các nhà trường."
            ),
            Img("/images/tintuc/2026/11/kiem-tra-bep-an.jpg", style="bare"),
            P(
                "Qua kiểm tra, các trường cơ bản thực hiện đúng quy định; đoàn đề nghị một số đơn vị "
                "bổ sung hợp đồng cung cấp thực phẩm và cải tạo khu sơ chế."
            ),
        ],
        authors=["Nguyễn Thị Hường"],
        opts={
            "created": "2026-11-10 15:00",
            "split": False,
            "author_printed": "Nguyễn Thị Hường - Phòng GDMN-GDTH",
            "alias": True,
        },
    ),
    Story(
        id=340,
        slug="thong-bao-lich-thi-tuyen-vien-chuc-giao-duc-nam-2026",
        title="Thông báo lịch thi tuyển viên chức giáo dục năm 2026",
        cat="Thông báo",
        published_at="2026-12-04T10:00:00+07:00",
        blocks=[
            P(
                "Hội đồng tuyển dụng viên chức Sở GD&ĐT thông báo lịch thi vòng 2 kỳ thi tuyển viên "
                "chức giáo dục năm 2026 như sau:"
            ),
            P("Thời gian | Nội dung", "tr"),
            P("07h30 ngày 12/12/2026 | Khai mạc, phổ biến quy chế", "tr"),
            P("08h00 - 11h00 ngày 12/12/2026 | Thi thực hành (dạy thử)", "tr"),
            P("Địa điểm: Trường THPT Bắc Kạn, tổ 2, phường Đức Xuân, thành phố Bắc Kạn."),
            P(
                "Thí sinh có mặt trước giờ thi 30 phút, mang theo Căn cước công dân và giáo án tiết "
                "dạy thử."
            ),
            P(
                "Mọi thắc mắc xin liên hệ Phòng Tổ chức cán bộ, điện thoại 0209.3870.275, email: "
                + CLOAK_NOTICE,
                "cloak",
            ),
            Raw('<p style="text-align: right;"><strong>Phòng Tổ chức cán bộ</strong></p>'),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={
            "created": "2026-12-04 10:00",
            "split": False,
            "author_printed": "quantri",
            "tags": ["Tuyển dụng viên chức"],
            "email": "tccb.sgddt@backan.edu.vn",
        },
    ),
    Story(
        id=331,
        slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-9",
        title="Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2026-2027",
        cat="Thông báo",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table style="width: 100%; border: none;"><tbody><tr>'
                '<td style="text-align: center; width: 45%;">UBND TỈNH BẮC KẠN<br />'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 2417/TB-SGDĐT</td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
                "Độc lập - Tự do - Hạnh phúc</strong><br /><em>Bắc Kạn, ngày 30 tháng 11 năm 2026</em>"
                "</td></tr></tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align: center;"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi cấp '
                "tỉnh lớp 9 năm học 2026-2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 1985/KH-SGDĐT ngày 15/9/2026 của Sở GD&ĐT về tổ chức các kỳ thi "
                "năm học 2026-2027, Sở GD&ĐT thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 "
                "như sau:"
            ),
            P("1. Thời gian thi: ngày 15 và 16/01/2027.", "h"),
            P("2. Môn thi: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lý, Tin học.", "h"),
            P(
                "3. Hồ sơ đăng ký dự thi: các phòng GD&ĐT gửi danh sách thí sinh về Sở (qua Phòng Khảo "
                "thí và Quản lý chất lượng giáo dục) trước ngày 20/12/2026.",
                "h",
            ),
            P(
                "Sở GD&ĐT đề nghị các phòng GD&ĐT thông báo tới các trường THCS, trường PTDTBT THCS "
                "trên địa bàn để thực hiện."
            ),
            Raw(
                '<table style="width: 100%; border: none;"><tbody><tr>'
                '<td style="width: 50%;"><strong><em>Nơi nhận:</em></strong><br />- Các phòng GD&amp;ĐT;'
                "<br />- Lãnh đạo Sở;<br />- Lưu: VT, KT&amp;QLCLGD.</td>"
                '<td style="text-align: center;"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</strong><br />'
                "<em>(Đã ký)</em><br /><br /><strong>Triệu Đức Thịnh</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Triệu Đức Thịnh"],
        opts={
            "created": "2026-12-01 07:45",
            "featured": True,
            "split": False,
            "author_printed": "quantri",
            "tags": ["Học sinh giỏi"],
        },
    ),
    Story(
        id=320,
        slug="thong-bao-tuyen-sinh-lop-boi-duong-can-bo-quan-ly-truong-pho-thong",
        title="Thông báo tuyển sinh lớp bồi dưỡng cán bộ quản lý trường phổ thông",
        cat="Thông báo",
        published_at="2026-10-30T14:00:00+07:00",
        blocks=[
            P(
                "Trường Cao đẳng Bắc Kạn phối hợp với Học viện Quản lý giáo dục thông báo tuyển sinh "
                "lớp bồi dưỡng cán bộ quản lý trường phổ thông năm 2026."
            ),
            P(
                "Đối tượng: hiệu trưởng, phó hiệu trưởng và cán bộ trong diện quy hoạch chức danh "
                "quản lý của các trường tiểu học, THCS, THPT trên địa bàn tỉnh."
            ),
            P(
                "Thời gian học: 12 tuần, từ tháng 12/2026; hình thức học tập trung vào thứ Bảy, Chủ "
                "nhật hằng tuần."
            ),
            P(
                "Hồ sơ gồm đơn đăng ký, công văn cử đi học của đơn vị và bản sao văn bằng; nộp trực "
                "tiếp tại Phòng Đào tạo Trường Cao đẳng Bắc Kạn trước ngày 25/11/2026."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Trường Cao đẳng Bắc Kạn</em></p>'),
        ],
        source="Trường Cao đẳng Bắc Kạn",
        opts={"created": "2026-10-30 14:00", "split": False, "author_printed": "quantri"},
    ),
    Story(
        id=334,
        slug="truong-ptdtbt-thcs-coc-dan-trao-tang-ao-am-cho-hoc-sinh",
        title="Trường PTDTBT THCS Cốc Đán trao tặng áo ấm cho học sinh",
        cat="Tin từ cơ sở",
        published_at="2026-11-25T17:30:00+07:00",
        summary=(
            "Ngày 24/11/2026, Trường PTDTBT THCS Cốc Đán (huyện Ngân Sơn) phối hợp với nhóm thiện "
            "nguyện \"Ấm áp vùng cao\" trao tặng 250 áo ấm cho học sinh nhà trường."
        ),
        blocks=[
            Img(
                k2img(334, "L"),
                printed="Học sinh nhận áo ấm trước giờ vào lớp",
                caption="Học sinh nhận áo ấm trước giờ vào lớp",
                style="k2",
            ),
            P(
                "Ngày 24/11/2026, Trường PTDTBT THCS Cốc Đán (huyện Ngân Sơn) phối hợp với nhóm thiện "
                "nguyện \"Ấm áp vùng cao\" trao tặng 250 áo ấm cho học sinh nhà trường."
            ),
            P(
                "Cùng với áo ấm, nhóm thiện nguyện còn trao 120 suất quà gồm chăn, sách vở và đồ dùng "
                "học tập cho học sinh bán trú có hoàn cảnh khó khăn."
            ),
            P(
                "Thầy Hiệu trưởng nhà trường cho biết, mùa đông ở Cốc Đán nhiệt độ có lúc xuống dưới "
                "5 độ C; những món quà thiết thực giúp các em yên tâm đến trường."
            ),
        ],
        authors=["La Văn Thắng"],
        photographers=["La Văn Thắng"],
        opts={
            "created": "2026-11-25 17:30",
            "featured": True,
            "split": True,
            "author_printed": "La Văn Thắng",
            "alias": True,
            "credit": "Ảnh: La Văn Thắng",
            "tags": ["Giáo dục dân tộc"],
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
CAT_IDS = {name: cid for cid, (_a, name, _d) in CATS.items()}


def _created(story: Story) -> datetime:
    return datetime.strptime(story.opts["created"], "%Y-%m-%d %H:%M")


NEWEST = sorted(STORIES, key=_created, reverse=True)
FEATURED = [s for s in NEWEST if s.opts.get("featured")]
LATEST = [s for s in NEWEST if s.cat != "Tin từ cơ sở"][:5]
MOST_READ = [BY_ID[i] for i in (341, 336, 339, 337, 340)]
RELATED_INLINE = [BY_ID[i] for i in (340, 337, 336)]


def item_path(story: Story) -> str:
    return f"/tin-tuc/item/{story.id}-{story.slug}.html"


def component_path(story: Story) -> str:
    return f"/component/k2/item/{story.id}-{story.slug}"


def print_path(story: Story) -> str:
    return item_path(story) + "?tmpl=component&print=1"


def cat_path(cid: int, start: int = 0) -> str:
    alias = CATS[cid][0]
    base = f"/tin-tuc/itemlist/category/{cid}-{alias}.html"
    return f"{base}?start={start}" if start else base


def tag_path(tag: str) -> str:
    return "/tin-tuc/itemlist/tag/" + quote(tag) + ".html"


def cat_items(cid: int) -> list[Story]:
    return [s for s in NEWEST if CAT_IDS[s.cat] == cid]


# --- dates ---------------------------------------------------------------------------------------

_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def lc2(dt: datetime, with_time: bool = True) -> str:
    """Joomla vi-VN DATE_FORMAT_LC2 "l, d F Y H:i" (F = "Tháng 12")."""
    out = f"{_DAYS[dt.weekday()]}, {dt:%d} Tháng {dt.month} {dt.year}"
    return out + (f" {dt:%H:%M}" if with_time else "")


def utc_iso(dt: datetime) -> str:
    return (dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


# --- chrome --------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu.html", [("Giới thiệu chung", "/gioi-thieu.html"), ("Liên hệ", "/lien-he.html")]),
    (
        "Tin tức",
        "/tin-tuc.html",
        [(CATS[c][1], cat_path(c)) for c in (2, 3, 4)],
    ),
    ("Thông báo", cat_path(5), []),
    ("Văn bản", "/van-ban.html", []),
    ("Lịch công tác", "/lich-cong-tac.html", []),
    (
        "Thư viện",
        "#",
        [("Thư viện ảnh", "/thu-vien-anh/item/51-anh-hoi-khoe-phu-dong-2026.html"),
         ("Video", "/video/item/52-phong-su-ngay-hoi-stem-cho-don.html")],
    ),
    ("Liên hệ", "/lien-he.html", []),
]


def _menu(active: str) -> str:
    out = ['<ul class="nav menu nav-pills mod-list" id="mainmenu">']
    for i, (label, href, kids) in enumerate(MENU):
        cls = f"item-{101 + i * 7}" + (" active" if label == active else "") + (" deeper parent" if kids else "")
        if kids:
            sub = "".join(f'<li><a href="{esc(h)}">{esc(lb)}</a></li>' for lb, h in kids)
            out.append(
                f'<li class="{cls}"><a class="dropdown-toggle" href="{esc(href)}">{esc(label)} '
                f'<b class="caret"></b></a><ul class="nav-child unstyled small">{sub}</ul></li>'
            )
        else:
            out.append(f'<li class="{cls}"><a href="{esc(href)}">{esc(label)}</a></li>')
    out.append("</ul>")
    return "".join(out)


def _k2_list_module(title: str, stories: list[Story], cls: str, thumbs: bool = False) -> str:
    lis = []
    for s in stories:
        img = (
            f'<a class="moduleItemImage" href="{item_path(s)}" title="{esc(s.title)}">'
            f'<img src="{k2img(s.id, "XS")}" alt="{esc(s.title)}" /></a>'
            if thumbs and s.images and s.images[0].style == "k2"
            else ""
        )
        lis.append(
            f'<li>{img}<a class="moduleItemTitle" href="{item_path(s)}">{esc(s.title)}</a>'
            f'<span class="moduleItemDateCreated">{_created(s):%d/%m/%Y}</span></li>'
        )
    return (
        f'<div class="moduletable {cls}"><h3><span>{esc(title)}</span></h3>'
        f'<div id="k2ModuleBox{len(title)}" class="k2ItemsBlock {cls}"><ul>{"".join(lis)}</ul></div></div>'
    )


def _sidebar() -> str:
    tags = "".join(
        f'<a href="{tag_path(t)}" style="font-size:{100 + 20 * len(ids)}%" title="{len(ids)} bài">{esc(t)}</a> '
        for t, ids in TAGS.items()
    )
    return (
        '<div id="cot-phai" class="span3">'
        + _k2_list_module("Tin đọc nhiều", MOST_READ, "docnhieu", thumbs=True)
        + '<div class="moduletable"><h3><span>Thẻ</span></h3><div id="k2ModuleBox145" '
        f'class="k2TagCloudBlock">{tags}<div class="clr"></div></div></div>'
        '<div class="moduletable lienket"><h3><span>Liên kết website</span></h3>'
        '<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://backan.gov.vn">Cổng TTĐT tỉnh Bắc Kạn</option></select>'
        '<p><a href="https://moet.gov.vn" target="_blank"><img src="/images/banners/moet.png" alt="Bộ GD&amp;ĐT" /></a></p>'
        '<p><a href="https://thituyensinh.backan.edu.vn" target="_blank"><img src="/images/banners/tuyensinh.png" '
        'alt="Tuyển sinh" /></a></p></div>'
        '<div class="moduletable"><h3><span>Thăm dò ý kiến</span></h3><div class="poll">'
        "<p>Bạn đánh giá thế nào về giao diện cổng thông tin mới?</p>"
        '<label><input type="radio" name="voteid" value="1" /> Đẹp, dễ sử dụng</label><br />'
        '<label><input type="radio" name="voteid" value="2" /> Bình thường</label><br />'
        '<label><input type="radio" name="voteid" value="3" /> Cần cải thiện</label><br />'
        '<button type="button" class="btn" onclick="return false;">Bình chọn</button></div></div>'
        '<div class="moduletable thongke"><h3><span>Thống kê truy cập</span></h3>'
        '<div class="vinaora_visitors_counter"><table><tr><td>Đang online</td><td>37</td></tr>'
        "<tr><td>Hôm nay</td><td>1.284</td></tr><tr><td>Hôm qua</td><td>2.015</td></tr>"
        "<tr><td>Tổng truy cập</td><td>3.481.226</td></tr></table></div></div>"
        "</div>"
    )


def _breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    out = ['<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">',
           '<li>Bạn đang ở: &#160;</li>']
    for i, (label, href) in enumerate(trail):
        sep = '<span class="divider">»</span>' if i < len(trail) - 1 else ""
        if href:
            out.append(f'<li><a href="{esc(href)}" class="pathway">{esc(label)}</a>{sep}</li>')
        else:
            out.append(f'<li class="active"><span>{esc(label)}</span></li>')
    out.append("</ul>")
    return "".join(out)


def page(
    request: Request,
    title: str,
    main: str,
    *,
    trail: list[tuple[str, str | None]] | None = None,
    active: str = "",
    head: str = "",
    description: str = "",
) -> str:
    crumbs = _breadcrumb([("Trang chủ", "/"), *trail]) if trail else ""
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="giáo dục, Bắc Kạn, sở giáo dục" />
<meta name="description" content="{esc(description or SITE_NAME)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/templates/vnt_edu/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/k2/assets/css/k2.fonts.css?v=2.10.3&amp;b=20200429" rel="stylesheet" />
<link href="/templates/vnt_edu/css/template.css" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?4f5b2c1d"></script>
<script src="/media/k2/assets/js/k2.frontend.js?v=2.10.3&amp;b=20200429&amp;sitepath=/"></script>
{head}
</head>
<body class="site com_k2 view-item no-layout no-task itemid-108">
<div id="vnt-top"><div class="container">
<div class="ngay-gio">{HEADER_TODAY}</div>
<div class="top-link"><a href="/lien-he.html">Liên hệ</a> | <a href="/">Sơ đồ site</a></div>
</div></div>
<div id="vnt-header"><div class="container">
<a href="/" class="logo"><img src="/templates/vnt_edu/images/logo-sgd.png" alt="{esc(SITE_NAME)}" /></a>
<div class="ten-dv"><span class="dv1">UBND TỈNH BẮC KẠN</span><span class="dv2">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div>
<form action="/" method="get" class="tim-kiem"><input type="text" name="searchword" placeholder="Tìm kiếm..." />
<input type="hidden" name="option" value="com_search" /></form>
</div></div>
<div id="vnt-menu"><div class="container">{_menu(active)}</div></div>
<div id="vnt-marquee"><marquee scrollamount="3">Chào mừng quý vị đến với Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Bắc Kạn</marquee></div>
<div id="vnt-body" class="container"><div class="row-fluid">
<div id="cot-giua" class="span9">
{crumbs}
<div id="system-message-container"></div>
{main}
</div>
{_sidebar()}
</div></div>
<div id="vnt-footer"><div class="container">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC KẠN</strong></p>
<p>Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn</p>
<p>Điện thoại: 0209.3870.275 - Fax: 0209.3871.033 - Email: sgddt@backan.edu.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
<p class="copy">© 2016 - 2026 Bản quyền thuộc Sở GD&amp;ĐT Bắc Kạn. Thiết kế bởi <a href="https://webviet-backan.vn" target="_blank">Công ty TNHH Web Việt Bắc Kạn</a></p>
</div></div>
<script>jQuery(function($){{ $('#mainmenu .deeper').hover(function(){{ $(this).addClass('open'); }}); }});</script>
</body>
</html>"""


# --- item view ----------------------------------------------------------------------------------


def _img_tag(img: Img, alt: str) -> str:
    return f'<img src="{esc(img.src)}" alt="{esc(alt)}" width="600" height="400" />'


def _cloak(story: Story, text_value: str) -> str:
    user, _, domain = story.opts["email"].partition("@")
    cid = "cloak" + hashlib.md5(story.opts["email"].encode()).hexdigest()
    host, _, tld = domain.partition(".")
    tld_js = tld.replace(".", "' + '&#46;' + '")
    script = (
        "<script type='text/javascript'>\n\t\t\t\t//<!--\n"
        f"\t\t\t\tdocument.getElementById('{cid}').innerHTML = '';\n"
        "\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        "\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{cid[5:13]} = '{user}' + '&#64;';\n"
        f"\t\t\t\taddy{cid[5:13]} = addy{cid[5:13]} + '{host}' + '&#46;' + '{tld_js}';\n"
        f"\t\t\t\tdocument.getElementById('{cid}').innerHTML += '<a ' + path + '\\'' + prefix + ':' "
        f"+ addy{cid[5:13]} + '\\'>'+addy{cid[5:13]}+'<\\/a>';\n"
        "\t\t//-->\n\t\t</script>"
    )
    before = esc(text_value.replace(CLOAK_NOTICE, ""))
    return f'{before}<span id="{cid}">{esc(CLOAK_NOTICE)}</span>{script}'


def _related_inline(story: Story) -> str:
    others = [s for s in RELATED_INLINE if s.id != story.id][:3]
    lis = "".join(
        f'<li class="{"even" if i % 2 else "odd"}"><a class="moduleItemTitle" href="{item_path(s)}">'
        f"{esc(s.title)}</a> <span class=\"moduleItemDateCreated\">({_created(s):%d/%m/%Y})</span></li>"
        for i, s in enumerate(others)
    )
    return (
        '<div class="moduletable tinlienquan"><h3>Tin liên quan</h3>'
        f'<div id="k2ModuleBox187" class="k2ItemsBlock tinlienquan"><ul>{lis}</ul></div></div>'
    )


def render_blocks(story: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_related_inline(story) if b.html == LOADPOSITION else b.html)
        elif isinstance(b, Img):
            alt = b.caption or story.title
            if b.style == "jce":
                out.append(
                    '<div class="jce_caption" style="display: inline-block; margin: 5px auto; '
                    f'float: none;">{_img_tag(b, alt)}<div style="text-align: center; padding: 4px; '
                    f'font-style: italic; clear: both;">{esc(b.printed or "")}</div></div>'
                )
            elif b.style == "pem":
                out.append(f'<p style="text-align: center;">{_img_tag(b, alt)}</p>')
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed or "")}</em></p>')
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b, "")}</p>')
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f'<ul style="list-style-type: disc;">{"".join(items)}</ul>')
            continue
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "td"
                first = not rows
                cells_html = "".join(
                    f'<{tag} style="border: 1px solid #999; padding: 3px;">'
                    + (f"<strong>{esc(c)}</strong>" if first else esc(c))
                    + f"</{tag}>"
                    for c in cells
                )
                rows.append(f"<tr>{cells_html}</tr>")
                i += 1
            out.append(
                '<table style="border-collapse: collapse; width: 100%;" border="1" cellpadding="3">'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align: justify;">{esc(b.text)}<br />{esc(nxt.text)}</p>')
            i += 2
            continue
        elif b.style == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "cloak":
            out.append(f'<p style="text-align: justify;">{_cloak(story, b.text)}</p>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _extra_fields(story: Story) -> str:
    fields = story.opts.get("extra") or []
    if not fields:
        return ""
    lis = "".join(
        f'<li class="{"even" if n % 2 else "odd"} typeTextfield group1">'
        f'<span class="itemExtraFieldsLabel">{esc(label)}</span>'
        f'<span class="itemExtraFieldsValue">{esc(value)}</span></li>'
        for n, (label, value) in enumerate(fields)
    )
    return f'<div class="itemExtraFields"><h3>Thông tin bổ sung</h3><ul>{lis}</ul><div class="clr"></div></div>'


def item_html(story: Story, *, printing: bool = False) -> str:
    created = _created(story)
    featured = story.opts.get("featured")
    flag = "\n\t\t\t<span>\n\t\t\t\t<sup>\n\t\t\t\t\tNổi bật\t\t\t\t</sup>\n\t\t\t</span>" if featured else ""
    author = story.opts["author_printed"]
    lead = story.images[0] if story.images and story.images[0].style == "k2" else None
    rest = [b for b in story.blocks if b is not lead]
    if story.opts.get("split"):
        first = next(b for b in rest if isinstance(b, P))
        intro = render_blocks(story, [first])
        full = render_blocks(story, [b for b in rest if b is not first])
    else:
        intro = render_blocks(story, rest)
        full = ""
    image_block = ""
    if lead:
        credit = story.opts.get("credit")
        image_block = (
            '<div class="itemImageBlock"><span class="itemImage">'
            f'<a data-k2-modal="image" href="{k2img(story.id, "XL")}" title="Bấm vào để xem ảnh lớn">'
            f'<img src="{esc(lead.src)}" alt="{esc(lead.printed or story.title)}" style="width:600px; height:auto;" />'
            "</a></span>"
            + (f'<span class="itemImageCaption">{esc(lead.printed)}</span>' if lead.printed else "")
            + (f'<span class="itemImageCredits">{esc(credit)}</span>' if credit else "")
            + '<div class="clr"></div></div>'
        )
    modified = story.opts.get("modified")
    modified_html = (
        f'<div class="itemDateModified">Cập nhật lần cuối ngày {lc2(datetime.strptime(modified, "%Y-%m-%d %H:%M"))}</div>'
        if modified
        else ""
    )
    tags = story.opts.get("tags") or []
    tags_html = (
        '<div class="itemTagsBlock"><span>Thẻ</span><ul class="itemTags">'
        + "".join(f'<li><a href="{tag_path(t)}">{esc(t)}</a></li>' for t in tags)
        + '</ul><div class="clr"></div></div>'
        if tags
        else ""
    )
    cid = CAT_IDS[story.cat]
    tools = (
        '<div class="itemToolbar"><ul>'
        '<li><span class="itemTextResizerTitle">Cỡ chữ</span> '
        '<a href="#" id="fontDecrease"><span>giảm cỡ chữ</span></a> '
        '<a href="#" id="fontIncrease"><span>tăng cỡ chữ</span></a></li>'
        f'<li><a class="itemPrintLink" rel="nofollow" href="{esc(print_path(story))}" '
        "onclick=\"window.open(this.href,'printWindow','width=900,height=600,location=no,menubar=no,"
        "resizable=yes,scrollbars=yes'); return false;\"><span>In</span></a></li>"
        '<li><a class="itemCommentsLink k2Anchor" href="#itemCommentsAnchor">Bình luận (0)</a></li>'
        '</ul><div class="clr"></div></div>'
    )
    if printing:
        tools = (
            '<div class="itemToolbar"><a class="itemPrintThisPage" rel="nofollow" href="#" '
            'onclick="window.print(); return false;"><span>In bài này</span></a></div>'
        )
    after = ""
    if not printing:
        related_ids: list[int] = []
        for t in tags:
            related_ids += [i for i in TAGS[t] if i != story.id and i not in related_ids]
        related = (
            '<div class="itemRelated"><h3>Bài viết liên quan</h3><ul>'
            + "".join(
                f'<li class="{"even" if n % 2 else "odd"}"><a class="itemRelTitle" href="{item_path(BY_ID[i])}">'
                f"{esc(BY_ID[i].title)}</a></li>"
                for n, i in enumerate(related_ids)
            )
            + '</ul><div class="clr"></div></div>'
            if related_ids
            else ""
        )
        author_block = ""
        if not story.opts.get("alias"):
            latest = [s for s in NEWEST if not s.opts.get("alias") and s.id != story.id][:3]
            author_block = (
                '<div class="itemAuthorBlock"><img class="itemAuthorAvatar" src="/media/k2/users/62.jpg" '
                'alt="quantri" style="width:80px;height:auto;" /><div class="itemAuthorDetails">'
                '<h3 class="itemAuthorName">quantri</h3><p>Quản trị viên Cổng thông tin điện tử Sở Giáo dục '
                'và Đào tạo tỉnh Bắc Kạn. Mọi ý kiến đóng góp xin gửi về Văn phòng Sở.</p></div>'
                '<div class="clr"></div></div>'
                '<div class="itemAuthorLatest"><h3>Bài viết mới nhất từ quantri</h3><ul>'
                + "".join(
                    f'<li class="{"even" if n % 2 else "odd"}"><a href="{item_path(s)}">{esc(s.title)}</a></li>'
                    for n, s in enumerate(latest)
                )
                + '</ul><div class="clr"></div></div>'
            )
        after = (
            author_block
            + related
            + f'<div class="itemHitsTwitter"><span class="itemHits">Đọc <b>{story.views()}</b> lần</span></div>'
            + '<a name="itemCommentsAnchor" id="itemCommentsAnchor"></a>'
        )
    return f"""
<span id="startOfPageId{story.id}"></span>
<div id="k2Container" class="itemView{' itemIsFeatured' if featured else ''} vnt-ctin">
\t<div class="itemHeader">
\t\t<span class="itemDateCreated"><i class="fa fa-calendar-o"></i> <time itemprop="dateCreated" datetime="{utc_iso(created)}">{lc2(created)}</time></span>
\t\t<h2 class="itemTitle">
\t\t\t{esc(story.title)}{flag}
\t\t</h2>
\t\t<span class="itemAuthor">Viết bởi&nbsp;{esc(author)}</span>
\t</div>
\t{tools}
\t<div class="itemBody">
\t\t{image_block}
\t\t<div class="itemIntroText">
\t\t\t{intro}
\t\t</div>
\t\t{f'<div class="itemFullText">{chr(10)}{full}{chr(10)}</div>' if full else ''}
\t\t<div class="clr"></div>
\t\t{_extra_fields(story)}
\t\t{modified_html}
\t\t<div class="clr"></div>
\t</div>
\t<div class="itemLinks">
\t\t<div class="itemCategory"><span>Đăng trong</span> <a href="{cat_path(cid)}">{esc(story.cat)}</a></div>
\t\t{tags_html}
\t\t<div class="clr"></div>
\t</div>
\t{after}
\t<div class="clr"></div>
</div>
<!-- JoomlaWorks "K2" (v2.10.3) | Learn more about K2 at https://getk2.org -->
"""


def _item_head(request: Request, story: Story) -> str:
    base = base_url(request)
    return (
        f'<link href="{base}{item_path(story)}" rel="canonical" />\n'
        f'<meta property="og:url" content="{base}{item_path(story)}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        + (f'<meta property="og:image" content="{base}{k2img(story.id, "XL")}" />\n' if story.images else "")
        + '<meta name="author" content="quantri" />'
    )


def item_page(request: Request, story: Story, *, via_component: bool = False) -> Response:
    cid = CATS[CAT_IDS[story.cat]]
    if via_component:
        trail = [(story.title, None)]
    else:
        trail = [("Tin tức", "/tin-tuc.html"), (cid[1], cat_path(CAT_IDS[story.cat])), (story.title, None)]
    desc = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    body = page(
        request,
        f"{story.title} - Sở GD&ĐT Bắc Kạn",
        f'<div class="vnt-ctbox"><div class="tieude-box"><span>{esc(story.cat)}</span></div>'
        + item_html(story)
        + "</div>",
        trail=trail,
        active="Thông báo" if story.cat == "Thông báo" else "Tin tức",
        head=_item_head(request, story),
        description=desc[:160],
    )
    return html(body)


def print_page(request: Request, story: Story) -> Response:
    return html(
        f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8" />
<title>{esc(story.title)} - Sở GD&amp;ĐT Bắc Kạn</title>
<meta name="robots" content="noindex, nofollow" />
{_item_head(request, story)}
<link href="/templates/vnt_edu/css/print.css" rel="stylesheet" />
</head>
<body class="contentpane modal">
<div id="system-message-container"></div>
{item_html(story, printing=True)}
</body></html>"""
    )


# --- listings -----------------------------------------------------------------------------------


def _cat_item(story: Story, group: str) -> str:
    created = _created(story)
    intro = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if not story.summary and len(intro) > 180:
        intro = intro[:180].rsplit(" ", 1)[0] + "…"
    img = ""
    if story.images and story.images[0].style == "k2":
        img = (
            '<div class="catItemImageBlock"><span class="catItemImage">'
            f'<a href="{item_path(story)}" title="{esc(story.title)}">'
            f'<img src="{k2img(story.id, "M")}" alt="{esc(story.title)}" style="width:220px; height:auto;" />'
            '</a></span><div class="clr"></div></div>'
        )
    return f"""<div class="catItemView group{group}">
<div class="catItemHeader">
<span class="catItemDateCreated">{lc2(created)}</span>
<h3 class="catItemTitle"><a href="{item_path(story)}">{esc(story.title)}</a></h3>
</div>
<div class="catItemBody">{img}<div class="catItemIntroText"><p>{esc(intro)}</p></div><div class="clr"></div></div>
<div class="catItemReadMore"><a class="k2ReadMore" href="{item_path(story)}">Đọc thêm...</a></div>
<div class="clr"></div>
</div>"""


def _pagination(base_fn, start: int, total: int) -> str:
    pages = (total + PER_PAGE - 1) // PER_PAGE
    if pages <= 1:
        return ""
    cur = start // PER_PAGE
    lis = []

    def li(label: str, n: int | None, cls: str = "") -> str:
        if n is None:
            return f'<li class="disabled{cls}"><a>{label}</a></li>'
        return f'<li class="{cls.strip()}"><a href="{esc(base_fn(n * PER_PAGE))}" class="pagenav">{label}</a></li>'

    lis.append(li("Đầu", None if cur == 0 else 0))
    lis.append(li("Trước", None if cur == 0 else cur - 1))
    for n in range(pages):
        lis.append(f'<li class="active"><a>{n + 1}</a></li>' if n == cur else li(str(n + 1), n))
    lis.append(li("Tiếp", None if cur == pages - 1 else cur + 1))
    lis.append(li("Cuối", None if cur == pages - 1 else pages - 1))
    return (
        f'<div class="k2Pagination"><div class="pagination"><ul class="pagination-list">{"".join(lis)}</ul></div>'
        f'<div class="k2PaginationCounter">Trang {cur + 1} của {pages}</div><div class="clr"></div></div>'
    )


def category_page(request: Request, cid: int, start: int) -> Response | None:
    items = cat_items(cid)
    if start % PER_PAGE or start < 0 or (start and start >= len(items)):
        return None
    chunk = items[start : start + PER_PAGE]
    _alias, name, desc = CATS[cid]
    leading = _cat_item(chunk[0], "Leading") if chunk else ""
    primary = "".join(_cat_item(s, "Primary") for s in chunk[1:])
    main = f"""<div class="vnt-ctbox"><div class="tieude-box"><span>{esc(name)}</span></div>
<div id="k2Container" class="itemListView">
<div class="itemListCategoriesBlock"><div class="itemListCategory"><h2>{esc(name)}</h2><p>{esc(desc)}</p>
<div class="clr"></div></div></div>
<div class="itemList">
<div id="itemListLeading"><div class="itemContainer itemContainerLast" style="width:100.0%;">{leading}</div><div class="clr"></div></div>
<div id="itemListPrimary"><div class="itemContainer itemContainerLast" style="width:100.0%;">{primary}</div><div class="clr"></div></div>
</div>
{_pagination(lambda s: cat_path(cid, s), start, len(items))}
</div></div>"""
    title = name + (f" - Trang {start // PER_PAGE + 1}" if start else "")
    return html(
        page(
            request,
            f"{title} - Sở GD&ĐT Bắc Kạn",
            main,
            trail=[("Tin tức", "/tin-tuc.html"), (name, None)],
            active="Thông báo" if cid == 5 else "Tin tức",
        )
    )


def tag_page(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    stories = [BY_ID[i] for i in TAGS[tag]]
    rows = "".join(
        f"""<div class="tagItemView"><div class="tagItemHeader">
<span class="tagItemDateCreated">{lc2(_created(s))}</span>
<h2 class="tagItemTitle"><a href="{item_path(s)}">{esc(s.title)}</a></h2></div>
<div class="tagItemBody"><div class="tagItemIntroText">{esc((s.summary or next(b.text for b in s.blocks if isinstance(b, P)))[:150])}…</div></div>
<div class="tagItemCategory"><span>Đăng trong</span> <a href="{cat_path(CAT_IDS[s.cat])}">{esc(s.cat)}</a></div>
<div class="tagItemReadMore"><a class="k2ReadMore" href="{item_path(s)}">Đọc thêm...</a></div></div>"""
        for s in stories
    )
    main = (
        f'<div id="k2Container" class="tagView"><h1 class="tag-title">Hiển thị các mục theo thẻ: {esc(tag)}</h1>'
        f'<div class="tagItemList">{rows}</div></div>'
    )
    return html(page(request, f"{tag} - Sở GD&ĐT Bắc Kạn", main, trail=[(tag, None)]))


def home_page(request: Request) -> Response:
    feat = []
    for n, s in enumerate(FEATURED[:4]):
        intro = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        img = (
            f'<a class="moduleItemImage" href="{component_path(s)}" title="Đọc tiếp &quot;{esc(s.title)}&quot;">'
            f'<img src="{k2img(s.id, "S" if n else "L")}" alt="{esc(s.title)}" /></a>'
            if s.images and s.images[0].style == "k2"
            else f'<a class="moduleItemImage" href="{component_path(s)}">'
            '<img src="/templates/vnt_edu/images/no-image.png" alt="" /></a>'
        )
        feat.append(
            f'<li class="{"firstItem" if n == 0 else ""}">{img}'
            f'<a class="moduleItemTitle" href="{component_path(s)}">{esc(s.title)}</a>'
            f'<span class="moduleItemDateCreated">{lc2(_created(s))}</span>'
            + (f'<div class="moduleItemIntrotext">{esc(intro[:140])}…</div>' if n == 0 else "")
            + '<div class="clr"></div></li>'
        )
    notices = [s for s in NEWEST if s.cat == "Thông báo"][:2]
    main = (
        '<div class="moduletable tinnoibat"><h3><span>Tin nổi bật</span></h3>'
        f'<div id="k2ModuleBox112" class="k2ItemsBlock tinnoibat"><ul>{"".join(feat)}</ul></div></div>'
        + _k2_list_module("Tin mới nhất", LATEST, "tinmoi")
        + '<div class="moduletable thongbao"><h3><span>Thông báo</span></h3><ul class="list-tb">'
        + "".join(f'<li><a href="{item_path(s)}">{esc(s.title)}</a></li>' for s in notices)
        + f'</ul><a class="xemtiep" href="{cat_path(5)}">Xem tất cả »</a></div>'
    )
    return html(page(request, "Trang chủ - Sở Giáo dục và Đào tạo tỉnh Bắc Kạn", main, active="Trang chủ"))


def tin_tuc_page(request: Request) -> Response:
    blocks = "".join(
        f'<div class="subCategory"><h2><a href="{cat_path(c)}">{esc(CATS[c][1])} ({len(cat_items(c))})</a></h2>'
        f"<p>{esc(CATS[c][2])}</p></div>"
        for c in MENU_CATS
    )
    main = f'<div id="k2Container" class="itemListView"><div class="itemListSubCategories"><h3>Chuyên mục</h3>{blocks}</div></div>'
    return html(page(request, "Tin tức - Sở GD&ĐT Bắc Kạn", main, trail=[("Tin tức", None)], active="Tin tức"))


# --- pages that are not articles ---------------------------------------------------------------

DOC_PATH = "/van-ban/item/45-cong-van-2415-sgddt-gdtrh-huong-dan-kiem-tra-cuoi-hoc-ky-i.html"
ALBUM_PATH = "/thu-vien-anh/item/51-anh-hoi-khoe-phu-dong-2026.html"
VIDEO_PATH = "/video/item/52-phong-su-ngay-hoi-stem-cho-don.html"


def _simple(request: Request, title: str, inner: str, trail, active: str = "") -> Response:
    return html(page(request, f"{title} - Sở GD&ĐT Bắc Kạn", inner, trail=trail, active=active))


def gioi_thieu(request: Request) -> Response:
    inner = """<div class="item-page"><div class="page-header"><h2>Giới thiệu chung</h2></div>
<p>Sở Giáo dục và Đào tạo tỉnh Bắc Kạn là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp UBND tỉnh
thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p><strong>Cơ cấu tổ chức:</strong> Ban Giám đốc; Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch -
Tài chính; Phòng GDMN-GDTH; Phòng GDTrH; Phòng GDCN-GDTX; Phòng Khảo thí và Quản lý chất lượng giáo dục.</p>
<p>Toàn ngành hiện có 312 cơ sở giáo dục với hơn 78.000 học sinh và 6.900 cán bộ, giáo viên, nhân viên.</p></div>"""
    return _simple(request, "Giới thiệu chung", inner, [("Giới thiệu chung", None)], "Giới thiệu")


def lien_he(request: Request) -> Response:
    inner = """<div class="contact"><h2><span class="contact-name">Sở Giáo dục và Đào tạo tỉnh Bắc Kạn</span></h2>
<dl class="contact-address dl-horizontal"><dt>Địa chỉ:</dt><dd>Tổ 1, phường Đức Xuân, thành phố Bắc Kạn</dd>
<dt>Điện thoại:</dt><dd>0209.3870.275</dd><dt>Fax:</dt><dd>0209.3871.033</dd></dl>
<form id="contact-form" action="/lien-he.html" method="post" class="form-validate form-horizontal">
<fieldset><legend>Gửi thư liên hệ</legend>
<label for="jform_contact_name">Họ tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" />
<label for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" />
<label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message"></textarea>
<button class="btn btn-primary validate" type="submit">Gửi thư</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />
</fieldset></form></div>"""
    return _simple(request, "Liên hệ", inner, [("Liên hệ", None)], "Liên hệ")


def lich_cong_tac(request: Request) -> Response:
    rows = [
        ("Thứ Hai 30/11", "Giám đốc Sở dự giao ban UBND tỉnh", "Phòng họp UBND tỉnh"),
        ("Thứ Ba 01/12", "Đoàn công tác làm việc tại huyện Pác Nặm", "UBND huyện Pác Nặm"),
        ("Thứ Tư 02/12", "Giao lưu Tiếng Việt của chúng em", "Trường TH Đức Xuân"),
        ("Thứ Năm 03/12", "Khai mạc Kỳ thi HSG lớp 12", "Trường THPT Chuyên Bắc Kạn"),
        ("Thứ Sáu 04/12", "Bế mạc Hội khỏe Phù Đổng", "Nhà thi đấu đa năng tỉnh"),
    ]
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in rows)
    inner = (
        '<div class="item-page"><div class="page-header"><h2>Lịch công tác tuần 49 (30/11 - 06/12/2026)</h2></div>'
        '<table class="table table-bordered"><thead><tr><th>Ngày</th><th>Nội dung</th><th>Địa điểm</th></tr></thead>'
        f"<tbody>{trs}</tbody></table></div>"
    )
    return _simple(request, "Lịch công tác", inner, [("Lịch công tác", None)], "Lịch công tác")


def van_ban_list(request: Request) -> Response:
    inner = f"""<div id="k2Container" class="itemListView"><div class="itemListCategory"><h2>Văn bản</h2></div>
<table class="table table-striped vanban"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody><tr><td><a href="{DOC_PATH}">2415/SGDĐT-GDTrH</a></td><td>27/11/2026</td>
<td><a href="{DOC_PATH}">Hướng dẫn kiểm tra cuối học kỳ I năm học 2026-2027</a></td>
<td><a href="/van-ban/item/download/12_7c1e9a.html">Tải về</a></td></tr></tbody></table></div>"""
    return _simple(request, "Văn bản", inner, [("Văn bản", None)], "Văn bản")


def van_ban_item(request: Request) -> Response:
    inner = f"""<div id="k2Container" class="itemView vanban">
<div class="itemHeader"><span class="itemDateCreated">{lc2(datetime(2026, 11, 27, 16, 20))}</span>
<h2 class="itemTitle">Công văn số 2415/SGDĐT-GDTrH hướng dẫn kiểm tra cuối học kỳ I năm học 2026-2027</h2></div>
<div class="itemBody"><div class="itemExtraFields"><h3>Thông tin văn bản</h3><ul>
<li><span class="itemExtraFieldsLabel">Số ký hiệu:</span><span class="itemExtraFieldsValue">2415/SGDĐT-GDTrH</span></li>
<li><span class="itemExtraFieldsLabel">Ngày ban hành:</span><span class="itemExtraFieldsValue">27/11/2026</span></li>
<li><span class="itemExtraFieldsLabel">Cơ quan ban hành:</span><span class="itemExtraFieldsValue">Sở GD&amp;ĐT Bắc Kạn</span></li>
<li><span class="itemExtraFieldsLabel">Người ký:</span><span class="itemExtraFieldsValue">Triệu Đức Thịnh</span></li>
</ul></div>
<div class="itemAttachmentsBlock"><span>Tải tập tin đính kèm</span><ul class="itemAttachments">
<li><a title="2415-sgddt-gdtrh.pdf" href="/van-ban/item/download/12_7c1e9a.html">2415-sgddt-gdtrh.pdf</a>
<span>(Tải về 214 lần)</span></li></ul></div></div>
<div class="itemLinks"><div class="itemCategory"><span>Đăng trong</span> <a href="/van-ban.html">Văn bản</a></div></div></div>"""
    return _simple(request, "Công văn 2415/SGDĐT-GDTrH", inner, [("Văn bản", "/van-ban.html"), ("2415/SGDĐT-GDTrH", None)], "Văn bản")


def album_item(request: Request) -> Response:
    thumbs = "".join(
        f'<li class="sigProThumb"><a href="/images/album/hkpd2026/anh-{n:02d}.jpg" class="sigProLink" '
        f'target="_blank"><img class="sigProImg" src="/cache/jw_sigpro/jwsigpro_cache_5d1e_hkpd2026/anh-{n:02d}.jpg" '
        f'alt="Ảnh {n}" /></a></li>'
        for n in range(1, 7)
    )
    inner = f"""<div id="k2Container" class="itemView album">
<div class="itemHeader"><h2 class="itemTitle">Ảnh: Hội khỏe Phù Đổng tỉnh Bắc Kạn lần thứ XI năm 2026</h2></div>
<div class="itemBody"><div class="itemImageGallery"><h3>Thư viện ảnh</h3>
<ul id="sigProId5d1e" class="sigProContainer sigProClassic">{thumbs}</ul></div></div></div>"""
    return _simple(request, "Thư viện ảnh", inner, [("Thư viện ảnh", None)], "Thư viện")


def video_item(request: Request) -> Response:
    inner = """<div id="k2Container" class="itemView video">
<div class="itemHeader"><h2 class="itemTitle">Phóng sự: Ngày hội STEM Trường THPT Chợ Đồn</h2></div>
<div class="itemVideoBlock"><h3>Video</h3><span class="itemVideo">
<iframe width="640" height="360" src="https://www.youtube.com/embed/kX3nB2dQ9aE" frameborder="0" allowfullscreen></iframe>
</span><span class="itemVideoCaption">Phóng sự của Đài PT-TH Bắc Kạn</span></div></div>"""
    return _simple(request, "Video", inner, [("Video", None)], "Thư viện")


# --- routing ------------------------------------------------------------------------------------

_ITEM = re.compile(r"^/tin-tuc/item/(\d+)-([a-z0-9-]+)\.html$")
_COMPONENT = re.compile(r"^/component/k2/item/(\d+)-([a-z0-9-]+)$")
_CAT = re.compile(r"^/tin-tuc/itemlist/category/(\d+)-([a-z0-9-]+)\.html$")
_TAG = re.compile(r"^/tin-tuc/itemlist/tag/(.+)\.html$")


class Site:
    def __init__(self) -> None:
        self.fixed = {
            "/gioi-thieu.html": gioi_thieu,
            "/lien-he.html": lien_he,
            "/lich-cong-tac.html": lich_cong_tac,
            "/van-ban.html": van_ban_list,
            DOC_PATH: van_ban_item,
            ALBUM_PATH: album_item,
            VIDEO_PATH: video_item,
            "/tin-tuc.html": tin_tuc_page,
        }

    def _story(self, sid: str, slug: str) -> Story | None:
        story = BY_ID.get(int(sid))
        return story if story and story.slug == slug else None

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path == "/" and not request.query:
            return home_page(request)
        if path.startswith(("/media/", "/images/", "/templates/", "/cache/")):
            return static_file(path)
        if path == "/van-ban/item/download/12_7c1e9a.html":
            return Response(200, PDF, {"Content-Type": "application/pdf",
                                       "Content-Disposition": 'attachment; filename="2415-sgddt-gdtrh.pdf"'})
        if path in self.fixed and not request.query:
            return self.fixed[path](request)
        if m := _ITEM.match(path):
            story = self._story(m.group(1), m.group(2))
            if not story:
                return None
            if params == {"tmpl": "component", "print": "1"}:
                return print_page(request, story)
            if request.query:
                return None
            return item_page(request, story)
        if (m := _COMPONENT.match(path)) and not request.query:
            story = self._story(m.group(1), m.group(2))
            return item_page(request, story, via_component=True) if story else None
        if m := _CAT.match(path):
            cid = int(m.group(1))
            if cid not in CATS or CATS[cid][0] != m.group(2):
                return None
            if set(params) - {"start"}:
                return None
            try:
                start = int(params.get("start", "0"))
            except ValueError:
                return None
            return category_page(request, cid, start)
        if (m := _TAG.match(path)) and not request.query:
            return tag_page(request, unquote(m.group(1)))
        return None


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(
        s,
        item_path(s),
        s.cat,
        canonical_path=item_path(s),
        alt_paths=[print_path(s)] + ([component_path(s)] if s.opts.get("featured") else []),
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/lien-he.html",
    "/lich-cong-tac.html",
    "/van-ban.html",
    DOC_PATH,
    ALBUM_PATH,
    VIDEO_PATH,
]
