"""Sở Giáo dục và Đào tạo tỉnh Bình Định on Liferay DXP 7.4: content pages built from fragments.

Platform
--------
Liferay DXP 7.4 (a custom theme "sgddt-theme" on Clay/Bootstrap 4). Every page is a *content
page*: a grid of ``lfr-layout-structure-item-container`` / ``-row`` / ``col`` items holding
fragments (``component-heading``, ``component-paragraph``, ``component-text``,
``component-image``) and *collection displays* (``lfr-layout-structure-item-collection``) of web
contents. An article is a web content of the structure "Tin tức" shown through a *display page
template* whose fragments are mapped to the content's fields: Tiêu đề phụ (kicker), Tiêu đề,
the display date (date and time in two fragments), Tóm tắt, Ảnh đại diện (+ its description),
Nội dung (rich text), Tác giả, Nguồn tin; below them, in the same container, the ratings, the
tags, and a "Tin cùng chuyên mục" collection display. The master page gives the header (today's
date, logo from ``/image/layout_set_logo``, search, the navigation menu with drop-downs), the
sidebar (Tin xem nhiều, links, poll, visitor counter) and the footer.

URL scheme
----------
- start: ``/web/sgddt`` (``/`` answers 302 to it);
- sections (collection pages): ``/web/sgddt/tin-tuc/tin-giao-duc``, ``…/hoat-dong-cua-so``,
  ``…/thong-bao``; the collection display paginates with Liferay's namespaced parameter,
  ``?p_l_mode=view&page_number_<collection item uuid>=2`` ("lfr-pagination", numbered links plus
  "Trang trước / Trang sau");
- articles: ``/web/sgddt/w/<url-title>`` (display page friendly URL);
- documents' display pages: ``/web/sgddt/d/<file-url-title>``; files:
  ``/documents/<groupId>/<folderId>/<file name>/<uuid>?t=<ms>`` (images and PDFs alike);
  adaptive-media renditions ``/o/adaptive-media/image/<fileEntryId>/<config>/<file name>``;
- the home page's legacy Asset Publisher "Tiêu điểm" shows full content at
  ``/web/sgddt/trang-chu/-/asset_publisher/Tq8mZ3xY/content/<url-title>?…assetEntryId=…``;
- others: ``/web/sgddt/gioi-thieu``, ``/web/sgddt/lien-he``, ``/web/sgddt/thu-vien-anh``,
  ``/web/sgddt/van-ban``, ``/web/sgddt/tim-kiem?q=…``.

How the gold articles are reached
---------------------------------
- Tin giáo dục (6 articles, 4 per page): page 1 holds the four newest; the two oldest
  ("Kết quả kỳ thi chọn HSG lớp 12…", "Tháo gỡ khó khăn về đội ngũ GV mầm non…") only on
  ``?p_l_mode=view&page_number_1f6d2b9a-…=2``.
- Hoạt động của Sở (4 articles, 3 per page): the oldest ("Tập huấn công tác kiểm định…") only on
  page 2.
- Thông báo (3 articles + 1 document entry, one page).
- The home page links the six newest articles (one by its old url-title, see traps), the three
  newest of each section, and three through the Asset Publisher. "Tin cùng chuyên mục" and "Tin
  xem nhiều" only list newer articles, so the three page-2 articles have no other way in.

Traps
-----
(``[new]`` = a kind the README does not list.)

1. [new] Collection pagination namespaced by the collection item's UUID with ``p_l_mode=view``:
   ``page_number_1f6d2b9a-4c3e-7a85-d210-9e4b6c8f3a17=2``. The "1" link of page 2 is
   ``…page_number_…=1`` (the same listing as the bare URL); "Trang trước" on page 1 and "Trang
   sau" on the last page are ``href="javascript:void(0)"`` with ``aria-disabled``; the Thông báo
   list has no pagination at all (one page). Gold: three articles reachable only via page 2.
2. [new] Kicker above the headline: the "Tiêu đề phụ" field is printed in its own
   ``component-heading`` (an ``<h6>`` in capitals) right above the ``<h1>``; the ``<title>``
   carries " - Sở Giáo dục và Đào tạo tỉnh Bình Định". Gold ``title``: the ``<h1>`` text only.
3. Dates as Liferay prints them in vi_VN: the date fragment prints the CLDR full form "Thứ Năm, 3
   tháng 12, 2026", the time is another fragment ("| 15:20"); a theme meta
   ``article:published_time`` holds the *create* date in UTC (days earlier: the draft), and the
   text is followed by "Cập nhật: dd/mm/yyyy hh:mm" (the modified date); lists print "3 thg 12,
   2026". Gold: display date + time, "2026-12-04T15:20:00+07:00"; a time printed "00:00" gives the
   day alone.
4. [new] Empty mapped fields: the display page always prints the labels "Tác giả:" and "Nguồn
   tin:"; when the field is empty the value span is empty, and the next thing in the page is
   "Cập nhật: …" or the ratings. Gold: no author / no source from an empty label; a filled field
   gives its value ("Tác giả: ThS. Trần Quốc Huy" -> "Trần Quốc Huy", "CN. Lê Văn Phúc - Phòng
   Giáo dục Mầm non" -> "Lê Văn Phúc", "Nguồn tin: Báo Bình Định" -> source "Báo Bình Định").
5. [new] Chrome with the article's own fragment classes: the ratings widget ("Đánh giá bài
   viết"), the tags ("Từ khóa"), the share bar and the "Tin cùng chuyên mục" collection
   (``component-heading`` titles and ``component-paragraph`` summaries, the very classes of the
   headline and the text) sit inside the same ``lfr-layout-structure-item-container`` as the
   text. Gold: none of it is body.
6. [new] Sapo printed twice: the summary field is printed in bold in its own fragment above the
   photo, and in two articles the editor pasted it again as the first paragraph of the text
   field. Gold: ``summary`` = the sapo; the body starts with it once.
7. [new] Zero-width characters pasted from Zalo/Facebook: one article's text carries U+200B
   between words and a U+FEFF at its start, plus ``&nbsp;`` runs. Gold: the text without them.
8. [new] The featured-image field: when empty, the image fragment still prints the theme's
   placeholder ``/o/sgddt-theme/images/default/no-image.png`` (not an article image); when set,
   its description is printed below as a caption; one description is only the camera's file
   name ("IMG_20261122_081534.jpg": caption None). In-text photos are CKEditor ``<picture>``
   elements with adaptive-media ``srcset`` renditions; gold is the ``<img src>`` (with its
   ``?t=`` version). List thumbnails use ``?imageThumbnail=1`` and are no article images.
9. [new] Renamed url-title: the home page's "Tin mới nhất" collection links one article by its
   previous url-title ``/web/sgddt/w/trien-khai-hoc-ba-so-cap-thcs``, which answers 301 to the
   current ``…/trien-khai-hoc-ba-so-doi-voi-hoc-sinh-thcs-tu-hoc-ky-ii`` (Liferay keeps the
   friendly-URL history). Gold path: the current one; the old one is in ``alt_paths``.
10. Duplicates through the legacy Asset Publisher: three articles are linked from the home page's
    "Tiêu điểm" widget as ``/web/sgddt/trang-chu/-/asset_publisher/Tq8mZ3xY/content/<slug>?…``,
    which renders the content with its web-content template inside the home layout (title in a
    ``<p class="component-title h4">``, date "dd/mm/yyyy hh:mm", no ``<h1>``). Gold: those URLs
    are ``alt_paths`` of the display-page URL (the page's canonical).
11. Bylines and captions: "Tin, ảnh: Minh Khoa" right-aligned at the text's end -> author and
    photographer; "Tin: Hoài Thương - Ảnh: Đức Nhật" -> [Hoài Thương], [Đức Nhật]; a closing
    "BBT" -> nobody; "Theo Cổng TTĐT tỉnh Bình Định" -> source; a unit signing alone ("Phòng Giáo
    dục Trung học") -> the author; the meta row's "Người đăng: quantri.sgddt" -> nobody; captions
    in a Word table's second row "(…)" lose their parentheses; "Ảnh: Ngọc Anh" alone -> caption
    None and photographer "Ngọc Anh".
12. Document entries in the news collection: the Thông báo collection mixes a Documents and Media
    entry (its display page ``/web/sgddt/d/…``, with "Ngày ban hành", "Trích yếu" and a download
    link) among the web contents, looking like one more notice. Gold: a NON_ARTICLE.
13. An official notice printed as a document (letterhead table, "Số: 1587/TB-SGDĐT", "Bình
    Định, ngày 25 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and the signer) posted
    the next morning (display date 26/11/2026 07:30). Gold: date "2026-11-25", author the signer,
    body the numbered paragraphs only; the "Tải về" attachment line is not body.

Gold decisions on ambiguous points
----------------------------------
- The featured image ("Ảnh đại diện") printed large above the text is the article's first
  photo; its printed description is its caption (a bare file name is none).
- The kicker is neither title nor body.
- "Tin xem nhiều" / "Tin cùng chuyên mục" dates and thumbnails are never article data.
- The category is the section the breadcrumb prints ("Trang chủ › Tin tức › Tin giáo dục").
- A repeated sapo (trap 6) is one paragraph of the body, not two.
- A mapped field's label ("Tác giả:", "Nguồn tin:") is not part of the value.
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "liferay74_fragments_news_sgddt"
PLATFORM = "Liferay DXP 7.4 (content pages, fragments, collection displays, display page templates)"
START_PATH = "/web/sgddt"

SITE = "/web/sgddt"
GROUP = 20126
ORG = "Sở Giáo dục và Đào tạo tỉnh Bình Định"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
AP_ID = "Tq8mZ3xY"
AP_NS = f"_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{AP_ID}_"

SECTIONS = {
    "tin-giao-duc": ("Tin giáo dục", "1f6d2b9a-4c3e-7a85-d210-9e4b6c8f3a17", 4),
    "hoat-dong-cua-so": ("Hoạt động của Sở", "8e2a5c71-93fd-4b0e-a6c4-15d7b08e2f39", 3),
    "thong-bao": ("Thông báo", "c35b0f18-6e29-4d7a-b8e1-04a9d6f72c5e", 4),
}


def _doc(folder: int, name: str, uuid: str, t: int) -> str:
    return f"/documents/{GROUP}/{folder}/{name}/{uuid}?t={t}"


# --- the articles ------------------------------------------------------------------------------

S1 = Story(
    1,
    "khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
    "Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027",
    "tin-giao-duc",
    "2026-12-04T15:20:00+07:00",
    [
        Img(
            _doc(41235, "khai-mac-hoi-thi-gvdg.jpg", "6b1e2c4f-0a7d-4e93-b1c8-2f5d9a3e7c60", 1764834012345),
            "Quang cảnh lễ khai mạc Hội thi",
            "Quang cảnh lễ khai mạc Hội thi",
            "feat",
        ),
        P(
            "Phát biểu khai mạc, đồng chí Phó Giám đốc Sở GD&ĐT nhấn mạnh hội thi là dịp để giáo "
            "viên trao đổi kinh nghiệm, lan tỏa những cách làm hay trong đổi mới phương pháp dạy "
            "học theo Chương trình giáo dục phổ thông 2018, đồng thời phát hiện, bồi dưỡng đội "
            "ngũ giáo viên cốt cán của tỉnh."
        ),
        P(
            "Hội thi năm nay gồm hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy và "
            "thực hành dạy hai tiết trên lớp. Các tiết dạy được tổ chức tại 5 trường THPT trên "
            "địa bàn TP Quy Nhơn; lớp học và thứ tự lên tiết được bốc thăm trước một ngày."
        ),
        Img(
            _doc(41235, "giao-vien-boc-tham.jpg", "9c2d7e15-3b48-4f0a-8e6d-51a2c7b9d384", 1764834087711),
            "Các giáo viên bốc thăm thứ tự tiết dạy",
            "Các giáo viên bốc thăm thứ tự tiết dạy",
            "figure",
        ),
        P(
            "Ban Giám khảo gồm 62 thành viên là cán bộ quản lý, chuyên viên của Sở và giáo viên "
            "cốt cán có nhiều năm kinh nghiệm. Mỗi tiết dạy được ba giám khảo đánh giá theo các "
            "tiêu chí của Bộ GD&ĐT về phân tích, đánh giá bài dạy."
        ),
        P(
            "Theo kế hoạch, hội thi diễn ra đến hết ngày 15/12/2026. Kết quả sẽ được công bố và "
            "tổng kết, trao giải vào cuối tháng 12."
        ),
    ],
    authors=["Trần Quốc Huy"],
    summary=(
        "Sáng 04/12, tại Trường THPT chuyên Lê Quý Đôn (TP Quy Nhơn), Sở GD&ĐT khai mạc Hội thi "
        "giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027 với sự tham gia của 186 giáo "
        "viên đến từ 47 trường THPT, trung tâm GDNN-GDTX trong tỉnh."
    ),
    sapo_outside=True,
    opts={
        "form": "ck",
        "author_field": "ThS. Trần Quốc Huy",
        "created": "2026-12-02T08:11:05Z",
        "modified": "04/12/2026 16:02",
        "ap": 41231,
        "tags": ["giáo viên dạy giỏi", "THPT"],
    },
)

S2 = Story(
    2,
    "trien-khai-hoc-ba-so-doi-voi-hoc-sinh-thcs-tu-hoc-ky-ii",
    "Triển khai học bạ số đối với học sinh THCS từ học kỳ II năm học 2026-2027",
    "tin-giao-duc",
    "2026-12-01T08:45:00+07:00",
    [
        P(
            "Theo hướng dẫn của Sở, từ học kỳ II năm học 2026-2027, tất cả các trường THCS trên "
            "địa bàn tỉnh thực hiện học bạ số thay cho học bạ giấy. Học bạ số được ký số bởi "
            "giáo viên chủ nhiệm và hiệu trưởng, lưu trữ trên hệ thống cơ sở dữ liệu ngành."
        ),
        P(
            "Để chuẩn bị, trong hai ngày 28 và 29/11, Sở đã tổ chức tập huấn trực tuyến cho hơn "
            "1.300 cán bộ quản lý, giáo viên và nhân viên văn thư của 142 trường THCS."
        ),
        Img(
            _doc(41240, "tap-huan-hoc-ba-so.jpg", "2e7f0c93-58a1-4d6b-9f3e-c80b14d5a726", 1764560431002),
            "(Cán bộ quản lý các trường THCS tham gia tập huấn sử dụng phần mềm học bạ số)",
            "Cán bộ quản lý các trường THCS tham gia tập huấn sử dụng phần mềm học bạ số",
            "table",
        ),
        P("Các trường cần hoàn thành những việc sau trước ngày 31/01/2027:", "h"),
        P("Rà soát, chuẩn hóa thông tin học sinh trên cơ sở dữ liệu ngành;", "li"),
        P("Cấp chứng thư số cho giáo viên chủ nhiệm và hiệu trưởng;", "li"),
        P("Ban hành quy chế lưu trữ, khai thác học bạ số của nhà trường.", "li"),
        P(
            "Ông Võ Ngọc Thành, Hiệu trưởng Trường THCS Lê Hồng Phong (TP Quy Nhơn), cho biết nhà "
            "trường đã thí điểm học bạ số từ năm học trước, giúp giảm đáng kể thời gian ghi chép "
            "của giáo viên và hạn chế sai sót khi chuyển trường cho học sinh."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Minh Khoa</strong></p>'),
    ],
    authors=["Minh Khoa"],
    photographers=["Minh Khoa"],
    summary=(
        "Sở GD&ĐT vừa có văn bản hướng dẫn các trường THCS triển khai học bạ số từ học kỳ II năm "
        "học 2026-2027, tiến tới thay thế hoàn toàn học bạ giấy."
    ),
    sapo_outside=True,
    opts={
        "form": "word",
        "kicker": "CHUYỂN ĐỔI SỐ TRONG GIÁO DỤC",
        "old_slug": "trien-khai-hoc-ba-so-cap-thcs",
        "created": "2026-11-29T09:40:17Z",
        "modified": "02/12/2026 07:55",
        "tags": ["học bạ số", "chuyển đổi số"],
    },
)

S3_SAPO = (
    "Ngày 22/11, Trường THPT số 1 Phù Cát tổ chức Ngày hội STEM lần thứ III với 38 gian trưng bày "
    "sản phẩm nghiên cứu, sáng tạo của học sinh."
)
S3 = Story(
    3,
    "truong-thpt-so-1-phu-cat-to-chuc-ngay-hoi-stem-lan-thu-iii",
    "Trường THPT số 1 Phù Cát tổ chức Ngày hội STEM lần thứ III",
    "tin-giao-duc",
    "2026-11-24T10:05:00+07:00",
    [
        Img(
            _doc(41252, "IMG_20261122_081534.jpg", "5a0c3e82-d14b-47f9-a2e6-9b8f1d07c453", 1764302711480),
            "IMG_20261122_081534.jpg",
            None,
            "feat",
        ),
        Raw(f'<p style="text-align: justify;">{esc(S3_SAPO)}</p>'),
        P(
            "Các sản phẩm tập trung vào những vấn đề gần gũi với đời sống địa phương như hệ thống "
            "tưới tiêu tự động cho vườn rau, máy phân loại rác thải, thiết bị cảnh báo ngập lụt "
            "bằng cảm biến mực nước và mô hình nhà chống bão."
        ),
        Img(
            _doc(41252, "mo-hinh-canh-bao-ngap.jpg", "7d41b9e0-2c6a-4e85-b37f-60e2a9c1f5d8", 1764302790033),
            "(Học sinh lớp 11A2 giới thiệu mô hình cảnh báo ngập lụt)",
            "Học sinh lớp 11A2 giới thiệu mô hình cảnh báo ngập lụt",
            "table",
        ),
        P(
            "Theo thầy Nguyễn Văn Hiền, Hiệu trưởng nhà trường, ngày hội giúp học sinh vận dụng "
            "kiến thức liên môn Toán, Vật lí, Tin học, Công nghệ để giải quyết vấn đề thực tiễn, "
            "qua đó rèn luyện kỹ năng làm việc nhóm và thuyết trình."
        ),
        P(
            "Ban tổ chức đã chọn 6 sản phẩm tiêu biểu để tiếp tục hoàn thiện, tham gia Cuộc thi "
            "khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027."
        ),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    source="Báo Bình Định",
    summary=S3_SAPO,
    sapo_outside=True,
    opts={
        "form": "ck",
        "author_field": "Nguyễn Thị Thu Hà",
        "source_field": "Báo Bình Định",
        "created": "2026-11-23T14:02:51Z",
        "modified": "24/11/2026 10:31",
        "tags": ["STEM", "Phù Cát"],
    },
)

S4 = Story(
    4,
    "binh-dinh-day-manh-pho-cap-boi-va-phong-chong-duoi-nuoc-cho-hoc-sinh-tieu-hoc",
    "Bình Định đẩy mạnh phổ cập bơi và phòng, chống đuối nước cho học sinh tiểu học",
    "tin-giao-duc",
    "2026-11-12T16:30:00+07:00",
    [
        Img(
            _doc(41260, "hoc-boi-hoai-nhon.jpg", "e3b9a106-4f2c-4d87-95a0-c6d21e8b7f34", 1762939800120),
            "Học sinh Trường Tiểu học số 2 Tam Quan học bơi tại bể bơi di động",
            "Học sinh Trường Tiểu học số 2 Tam Quan học bơi tại bể bơi di động",
            "feat",
        ),
        P(
            "Năm học 2026-2027, Sở GD&ĐT phối hợp với Sở Văn hóa, Thể thao và Du lịch đặt mục tiêu "
            "có ít nhất 70% học sinh lớp 3 đến lớp 5 biết bơi an toàn. Đây là một trong những "
            "nhiệm vụ trọng tâm của công tác giáo dục thể chất và y tế trường học."
        ),
        P("Nhiều mô hình hiệu quả", "h"),
        P(
            "Thị xã Hoài Nhơn lắp đặt 4 bể bơi di động đặt luân phiên tại các trường tiểu học; "
            "huyện Phù Mỹ tận dụng hồ chứa nước đã được gia cố an toàn để mở lớp dạy bơi vào các "
            "ngày cuối tuần với sự hỗ trợ của Đoàn Thanh niên."
        ),
        P(
            "Ngoài kỹ năng bơi, học sinh còn được hướng dẫn nhận biết nơi nguy hiểm, cách ứng cứu "
            "khi người khác bị đuối nước và sử dụng áo phao, phao cứu sinh đúng cách."
        ),
        P(
            "Sở đề nghị các phòng GD&ĐT tăng cường phối hợp với chính quyền địa phương, cha mẹ học "
            "sinh trong việc quản lý trẻ vào dịp nghỉ lễ, nghỉ mưa bão, không để các em tự ý đi "
            "tắm sông, suối, ao hồ."
        ),
    ],
    summary=(
        "Trước thực trạng đuối nước ở trẻ em vẫn diễn biến phức tạp, ngành GD&ĐT Bình Định đang "
        "triển khai nhiều giải pháp đưa việc dạy bơi, dạy kỹ năng an toàn dưới nước vào nhà "
        "trường."
    ),
    sapo_outside=True,
    opts={
        "form": "ck",
        "zw": True,
        "poster": "quantri.sgddt",
        "created": "2026-11-10T02:15:40Z",
        "modified": "13/11/2026 08:20",
        "tags": ["phòng chống đuối nước"],
    },
)

S5 = Story(
    5,
    "ket-qua-ky-thi-chon-hoc-sinh-gioi-lop-12-cap-tinh-nam-hoc-2026-2027",
    "Kết quả kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026-2027",
    "tin-giao-duc",
    "2026-10-27",
    [
        P(
            "Kỳ thi diễn ra trong hai ngày 15 và 16/10 với 1.126 thí sinh dự thi 11 môn văn hóa. "
            "Đề thi được đánh giá bám sát định hướng phát triển năng lực, có tính phân hóa cao."
        ),
        Img(
            _doc(41271, "thi-hsg-lop-12.jpg", "41f8c0d2-7a93-4b1e-8d65-e0c39b27a1f6", 1761530400150),
            "Thí sinh làm bài thi môn Toán tại điểm thi Trường THPT Quốc Học Quy Nhơn",
            "Thí sinh làm bài thi môn Toán tại điểm thi Trường THPT Quốc Học Quy Nhơn",
            "p",
        ),
        P("Kết quả một số môn thi:"),
        P("Môn thi | Số thí sinh dự thi | Số giải", "tr"),
        P("Toán | 118 | 52", "tr"),
        P("Ngữ văn | 124 | 55", "tr"),
        P("Tiếng Anh | 131 | 60", "tr"),
        P(
            "Toàn tỉnh có 563 thí sinh đạt giải, chiếm 50% số thí sinh dự thi, gồm 41 giải Nhất, "
            "127 giải Nhì, 189 giải Ba và 206 giải Khuyến khích. Trường THPT chuyên Lê Quý Đôn "
            "dẫn đầu với 198 giải."
        ),
        P(
            "Căn cứ kết quả này, Sở sẽ thành lập đội tuyển dự thi chọn học sinh giỏi quốc gia "
            "năm 2027 và tổ chức bồi dưỡng tập trung từ tháng 11."
        ),
        Raw('<p style="text-align: right;"><em><strong>Tin: Hoài Thương - Ảnh: Đức Nhật</strong></em></p>'),
    ],
    authors=["Hoài Thương"],
    photographers=["Đức Nhật"],
    opts={
        "form": "ck",
        "time": "00:00",
        "created": "2026-10-26T10:30:00Z",
        "modified": "28/10/2026 09:12",
        "tags": ["học sinh giỏi"],
    },
)

S6 = Story(
    6,
    "thao-go-kho-khan-ve-doi-ngu-giao-vien-mam-non-o-cac-dia-phuong-mien-nui",
    "Tháo gỡ khó khăn về đội ngũ giáo viên mầm non ở các địa phương miền núi",
    "tin-giao-duc",
    "2026-10-14T09:10:00+07:00",
    [
        Img(
            _doc(41280, "mam-non-van-canh.jpg", "b07e51c3-9d24-4a6f-83b0-1f5c8e2d6a97", 1760407800400),
            "Giờ học của trẻ tại điểm trường mầm non ở huyện Vân Canh",
            "Giờ học của trẻ tại điểm trường mầm non ở huyện Vân Canh",
            "feat",
        ),
        P(
            "Theo báo cáo của các phòng GD&ĐT, bốn huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh và "
            "Hoài Ân hiện thiếu 137 giáo viên mầm non so với định mức. Nhiều điểm trường lẻ chỉ "
            "có một giáo viên phụ trách lớp ghép nhiều độ tuổi."
        ),
        P(
            "Nguyên nhân chủ yếu là chỉ tiêu tuyển dụng hằng năm chưa bù đủ số giáo viên nghỉ hưu, "
            "chuyển công tác; trong khi nguồn tuyển tại chỗ có trình độ cao đẳng sư phạm mầm non "
            "còn hạn chế."
        ),
        P(
            "“Chúng tôi đề nghị tỉnh cho phép hợp đồng giáo viên trong thời gian chờ tuyển dụng, "
            "đồng thời có chính sách hỗ trợ nhà ở công vụ để giáo viên yên tâm công tác lâu dài ở "
            "vùng khó”, đại diện Phòng GD&ĐT huyện An Lão chia sẻ.",
            "quote",
        ),
        P(
            "Sở GD&ĐT đã tham mưu UBND tỉnh giao bổ sung chỉ tiêu biên chế và phối hợp với Trường "
            "Cao đẳng Bình Định mở lớp đào tạo theo đặt hàng cho con em đồng bào dân tộc thiểu số."
        ),
    ],
    authors=["Lê Văn Phúc"],
    summary=(
        "Tình trạng thiếu giáo viên mầm non ở các huyện miền núi đang ảnh hưởng đến việc huy "
        "động trẻ ra lớp và chất lượng chăm sóc, giáo dục trẻ."
    ),
    sapo_outside=True,
    opts={
        "form": "word",
        "author_field": "CN. Lê Văn Phúc - Phòng Giáo dục Mầm non",
        "created": "2026-10-09T07:48:22Z",
        "modified": "14/10/2026 09:44",
        "tags": ["giáo dục mầm non", "miền núi"],
    },
)

S7 = Story(
    7,
    "giam-doc-so-gddt-lam-viec-voi-thi-xa-an-nhon-ve-co-so-vat-chat-truong-hoc",
    "Giám đốc Sở GD&ĐT làm việc với thị xã An Nhơn về cơ sở vật chất trường học",
    "hoat-dong-cua-so",
    "2026-12-03T17:05:00+07:00",
    [
        P(
            "Tại buổi làm việc, lãnh đạo thị xã An Nhơn báo cáo toàn thị xã có 71 trường học, "
            "trong đó 58 trường đạt chuẩn quốc gia. Tuy nhiên, nhiều phòng học xây dựng từ những "
            "năm 1990 đã xuống cấp, một số trường còn thiếu phòng học bộ môn."
        ),
        Img(
            _doc(41302, "lam-viec-an-nhon.jpg", "d2a6f4e9-15c0-4b73-9e8d-3a07b5c1f862", 1764754500210),
            "Giám đốc Sở GD&ĐT phát biểu tại buổi làm việc",
            "Giám đốc Sở GD&ĐT phát biểu tại buổi làm việc",
            "figure",
        ),
        P(
            "Giám đốc Sở GD&ĐT ghi nhận những nỗ lực của thị xã trong đầu tư cho giáo dục, đề nghị "
            "địa phương ưu tiên nguồn vốn đầu tư công giai đoạn 2026-2030 để xóa phòng học xuống "
            "cấp, xây dựng đủ phòng học bộ môn theo Chương trình giáo dục phổ thông 2018."
        ),
        Img(
            _doc(41302, "kiem-tra-truong-nhon-hung.jpg", "f81c0b37-6e2d-4a95-b4c1-7d98e3a05f26", 1764754571840),
            "Đoàn công tác kiểm tra phòng học xuống cấp tại Trường Tiểu học Nhơn Hưng",
            "Đoàn công tác kiểm tra phòng học xuống cấp tại Trường Tiểu học Nhơn Hưng",
            "figure",
        ),
        P(
            "Đoàn công tác cũng đã kiểm tra thực tế tại Trường Tiểu học Nhơn Hưng và Trường THCS "
            "Nhơn Thành, nơi đang triển khai xây dựng khối phòng học mới dự kiến đưa vào sử dụng "
            "trong học kỳ II."
        ),
    ],
    authors=["Văn phòng Sở"],
    summary=(
        "Chiều 03/12, đoàn công tác của Sở GD&ĐT do Giám đốc Sở dẫn đầu đã làm việc với UBND thị "
        "xã An Nhơn về tình hình cơ sở vật chất, trang thiết bị dạy học tại các trường."
    ),
    sapo_outside=True,
    opts={
        "form": "ck",
        "author_field": "Văn phòng Sở",
        "created": "2026-12-03T09:58:12Z",
        "modified": "03/12/2026 17:40",
        "ap": 41297,
        "tags": ["cơ sở vật chất", "An Nhơn"],
    },
)

S8_SAPO = (
    "Nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, sáng 19/11, Sở GD&ĐT tổ chức gặp mặt các thế "
    "hệ nhà giáo, cán bộ quản lý giáo dục đã nghỉ hưu và tuyên dương nhà giáo tiêu biểu."
)
S8 = Story(
    8,
    "so-gddt-to-chuc-gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Sở GD&ĐT tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    "hoat-dong-cua-so",
    "2026-11-19T20:15:00+07:00",
    [
        Raw(f'<p style="text-align: justify;"><strong>{esc(S8_SAPO)}</strong></p>'),
        P(
            "Phát biểu tại buổi gặp mặt, lãnh đạo Sở bày tỏ lòng biết ơn đối với những đóng góp "
            "của các thế hệ nhà giáo cho sự nghiệp giáo dục tỉnh nhà, đồng thời ghi nhận những cố "
            "gắng của đội ngũ giáo viên trong năm học vừa qua, nhất là ở các địa bàn chịu ảnh hưởng "
            "của bão lũ."
        ),
        Img(
            _doc(41315, "gap-mat-20-11-a.jpg", "0e5d7a92-c3b1-4f68-a0d4-8b26f91e37c5", 1763558100100),
            "Ảnh: Ngọc Anh",
            None,
            "figure",
        ),
        P(
            "Dịp này, 25 nhà giáo tiêu biểu được Giám đốc Sở tặng Giấy khen vì có thành tích xuất "
            "sắc trong công tác giảng dạy, bồi dưỡng học sinh giỏi và đổi mới sáng tạo."
        ),
        Img(
            _doc(41315, "gap-mat-20-11-b.jpg", "6a9f1e04-b8d7-4c25-93e1-f07c2d5a8b16", 1763558166020),
            "Lãnh đạo Sở tặng hoa chúc mừng các nhà giáo tiêu biểu",
            "Lãnh đạo Sở tặng hoa chúc mừng các nhà giáo tiêu biểu",
            "figure",
        ),
        P(
            "Các nhà giáo lão thành bày tỏ niềm vui khi được gặp lại đồng nghiệp cũ và mong muốn "
            "lớp giáo viên trẻ tiếp tục giữ gìn truyền thống tôn sư trọng đạo, không ngừng học "
            "tập, nâng cao trình độ chuyên môn."
        ),
    ],
    authors=["Ngọc Anh"],
    photographers=["Ngọc Anh"],
    summary=S8_SAPO,
    sapo_outside=True,
    opts={
        "form": "ck",
        "author_field": "Ngọc Anh",
        "created": "2026-11-19T04:22:08Z",
        "modified": "20/11/2026 07:03",
        "tags": ["20/11", "nhà giáo"],
    },
)

S9 = Story(
    9,
    "kiem-tra-cong-tac-phong-chong-thien-tai-tai-cac-truong-hoc-vung-ven-bien",
    "Kiểm tra công tác phòng, chống thiên tai tại các trường học vùng ven biển",
    "hoat-dong-cua-so",
    "2026-11-06T14:00:00+07:00",
    [
        P(
            "Từ ngày 03 đến 05/11, đoàn kiểm tra của Sở GD&ĐT đã đến 14 trường học tại các xã ven "
            "biển thuộc huyện Phù Mỹ, Phù Cát và TP Quy Nhơn để kiểm tra phương án phòng, chống "
            "thiên tai, tìm kiếm cứu nạn năm 2026."
        ),
        P(
            "Qua kiểm tra, các trường đều đã kiện toàn ban chỉ huy phòng, chống thiên tai, xây "
            "dựng phương án di dời tài sản, hồ sơ, thiết bị dạy học lên tầng cao. Tuy nhiên, một "
            "số trường còn nhiều cây xanh lâu năm chưa được cắt tỉa, mái tôn chưa được gia cố."
        ),
        P("Đoàn kiểm tra yêu cầu các trường:"),
        P("Cắt tỉa cây xanh, gia cố mái tôn, cửa kính trước ngày 15/11;", "li"),
        P("Chủ động cho học sinh nghỉ học khi có cảnh báo bão, lũ và báo cáo về Sở;", "li"),
        P("Tổ chức diễn tập ứng phó thiên tai ít nhất một lần trong học kỳ I.", "li"),
        Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        Raw('<p style="text-align: right;"><em>Theo Cổng TTĐT tỉnh Bình Định</em></p>'),
    ],
    source="Cổng TTĐT tỉnh Bình Định",
    summary=(
        "Trước diễn biến phức tạp của mùa mưa bão, Sở GD&ĐT đã tổ chức kiểm tra công tác chuẩn "
        "bị ứng phó thiên tai tại các trường học vùng ven biển."
    ),
    sapo_outside=True,
    opts={
        "form": "ck",
        "created": "2026-11-05T11:20:45Z",
        "modified": "06/11/2026 14:26",
        "tags": ["phòng chống thiên tai"],
    },
)

S10 = Story(
    10,
    "tap-huan-cong-tac-kiem-dinh-chat-luong-giao-duc-va-cong-nhan-truong-dat-chuan-quoc-gia",
    "Tập huấn công tác kiểm định chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia năm 2026",
    "hoat-dong-cua-so",
    "2026-10-21T07:50:00+07:00",
    [
        Img(
            _doc(41330, "tap-huan-kiem-dinh.jpg", "3c8e2f70-a41d-4b96-8c05-d9e7b1a26f43", 1761007800300),
            "Quang cảnh lớp tập huấn",
            "Quang cảnh lớp tập huấn",
            "feat",
        ),
        P(
            "Tham gia lớp tập huấn có 320 học viên là hiệu trưởng, phó hiệu trưởng và thư ký hội "
            "đồng tự đánh giá của các trường mầm non, phổ thông trong tỉnh."
        ),
        P(
            "Các học viên được hướng dẫn quy trình tự đánh giá, đánh giá ngoài; cách thu thập, mã "
            "hóa minh chứng; viết báo cáo tự đánh giá trên phần mềm và những điểm mới trong quy "
            "định về công nhận trường đạt chuẩn quốc gia."
        ),
        P(
            "Năm 2026, toàn tỉnh phấn đấu có thêm 45 trường được đánh giá ngoài và 38 trường được "
            "công nhận hoặc công nhận lại đạt chuẩn quốc gia."
        ),
    ],
    authors=["Đặng Minh Trí"],
    summary=(
        "Trong hai ngày 19 và 20/10, Sở GD&ĐT tổ chức lớp tập huấn nghiệp vụ kiểm định chất "
        "lượng giáo dục và công nhận trường đạt chuẩn quốc gia năm 2026."
    ),
    sapo_outside=True,
    opts={
        "form": "ck",
        "author_field": "TS. Đặng Minh Trí",
        "created": "2026-10-20T09:05:33Z",
        "modified": "21/10/2026 08:02",
        "tags": ["kiểm định chất lượng"],
    },
)

_TB_HEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
    '<td style="text-align:center; width:42%">UBND TỈNH BÌNH ĐỊNH<br />'
    "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 1587/TB-SGDĐT</td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong>Độc lập - Tự do - Hạnh phúc</strong><br />"
    "<em>Bình Định, ngày 25 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align:center"><strong>Về việc cho học sinh nghỉ học để phòng, tránh cơn bão số 15'
    "</strong></p>"
)
_TB_FOOT = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
    '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />'
    "- UBND tỉnh (b/c);<br />- Các phòng GD&amp;ĐT;<br />- Các đơn vị trực thuộc Sở;<br />"
    "- Lưu: VT, VP.</td>"
    '<td style="text-align:center; vertical-align:top"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC'
    "</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Thanh Sơn</strong></td>"
    "</tr></tbody></table>"
)
S11 = Story(
    11,
    "thong-bao-ve-viec-cho-hoc-sinh-nghi-hoc-de-phong-tranh-con-bao-so-15",
    "Thông báo về việc cho học sinh nghỉ học để phòng, tránh cơn bão số 15",
    "thong-bao",
    "2026-11-25",
    [
        Raw(_TB_HEAD),
        P(
            "Thực hiện Công điện số 21/CĐ-UBND ngày 25/11/2026 của Chủ tịch UBND tỉnh về việc tập "
            "trung ứng phó với cơn bão số 15, Sở Giáo dục và Đào tạo thông báo như sau:"
        ),
        P(
            "1. Cho học sinh các cấp học trên địa bàn tỉnh nghỉ học ngày 26 và 27/11/2026 (thứ Năm "
            "và thứ Sáu). Học viên các trung tâm GDNN-GDTX nghỉ học theo thời gian trên."
        ),
        P(
            "2. Thủ trưởng các đơn vị phân công cán bộ, giáo viên trực tại đơn vị, chủ động di "
            "dời hồ sơ, thiết bị đến nơi an toàn; tuyệt đối không để học sinh ở lại trường trong "
            "thời gian có bão."
        ),
        P(
            "3. Các phòng GD&ĐT, đơn vị trực thuộc báo cáo tình hình thiệt hại (nếu có) về Sở qua "
            "Văn phòng Sở trước 16 giờ 00 ngày 28/11/2026 để tổng hợp báo cáo UBND tỉnh."
        ),
        P("Việc cho học sinh đi học trở lại sẽ có thông báo sau."),
        Raw(_TB_FOOT),
        Raw(
            '<p><img alt="" src="/o/sgddt-theme/images/icons/pdf.png" /> Tải về: '
            f'<a href="{_doc(35412, "TB-1587-nghi-hoc-tranh-bao.pdf", "a91c6e20-7f34-4b8d-9e15-2d0c8b7f4a63", 1764069600000)}">'
            "TB-1587-nghi-hoc-tranh-bao.pdf</a> (PDF, 184 KB)</p>"
        ),
    ],
    authors=["Nguyễn Thanh Sơn"],
    opts={
        "form": "ck",
        "display": "2026-11-26T07:30",
        "created": "2026-11-25T12:10:00Z",
        "modified": "26/11/2026 07:41",
        "ap": 41352,
        "tags": ["thông báo", "bão số 15"],
    },
)

S12 = Story(
    12,
    "lich-tiep-cong-dan-dinh-ky-thang-12-2026-cua-giam-doc-so-gddt",
    "Lịch tiếp công dân định kỳ tháng 12/2026 của Giám đốc Sở GD&ĐT",
    "thong-bao",
    "2026-12-02T11:00:00+07:00",
    [
        P(
            "Thực hiện Luật Tiếp công dân, Giám đốc Sở GD&ĐT thông báo lịch tiếp công dân định kỳ "
            "tháng 12/2026 như sau:"
        ),
        P("Thời gian | Người tiếp | Địa điểm", "tr"),
        P("Sáng thứ Năm, 10/12/2026 | Giám đốc Sở | Phòng tiếp công dân, số 08 Nguyễn Huệ", "tr"),
        P("Sáng thứ Năm, 24/12/2026 | Phó Giám đốc Sở | Phòng tiếp công dân, số 08 Nguyễn Huệ", "tr"),
        P(
            "Công dân đến liên hệ mang theo căn cước và các giấy tờ, tài liệu có liên quan đến nội "
            "dung khiếu nại, tố cáo, kiến nghị, phản ánh."
        ),
        P("Mọi chi tiết xin liên hệ Văn phòng Sở, điện thoại: 0256.3822.315."),
    ],
    opts={
        "form": "ck",
        "created": "2026-12-01T08:00:10Z",
        "modified": "02/12/2026 11:04",
        "tags": ["tiếp công dân"],
    },
)

S13 = Story(
    13,
    "thong-bao-chieu-sinh-lop-boi-duong-nang-luc-tieng-anh-cho-giao-vien",
    "Thông báo chiêu sinh lớp bồi dưỡng năng lực tiếng Anh cho giáo viên tiểu học và THCS",
    "thong-bao",
    "2026-11-30T09:00:00+07:00",
    [
        P(
            "Đối tượng: giáo viên tiếng Anh đang giảng dạy tại các trường tiểu học, THCS công lập "
            "trên địa bàn tỉnh chưa đạt chuẩn năng lực bậc 4 (B2) theo Khung năng lực ngoại ngữ 6 "
            "bậc dùng cho Việt Nam."
        ),
        P(
            "Thời gian học: từ ngày 04/01/2027 đến hết tháng 5/2027, học vào thứ Bảy và Chủ nhật "
            "hằng tuần, tổng cộng 240 tiết."
        ),
        P(
            "Hồ sơ đăng ký gồm đơn đăng ký có xác nhận của thủ trưởng đơn vị và bản sao văn bằng "
            "chuyên môn, nộp về Phòng Giáo dục Trung học trước ngày 20/12/2026."
        ),
        P("Kinh phí tổ chức lớp học do ngân sách tỉnh bảo đảm; học viên không phải đóng học phí."),
        Raw(
            '<p><em>Xem thêm: <a href="/web/sgddt/d/ke-hoach-boi-duong-nang-luc-tieng-anh-cho-giao-vien-nam-2026">'
            "Kế hoạch số 412/KH-SGDĐT ngày 25/11/2026</a></em></p>"
        ),
        Raw('<p style="text-align: right;"><strong>Phòng Giáo dục Trung học</strong></p>'),
    ],
    authors=["Phòng Giáo dục Trung học"],
    summary=(
        "Sở GD&ĐT thông báo chiêu sinh lớp bồi dưỡng nâng cao năng lực tiếng Anh bậc 4 (B2) cho "
        "giáo viên tiếng Anh cấp tiểu học và THCS năm 2027."
    ),
    sapo_outside=True,
    opts={
        "form": "ck",
        "created": "2026-11-27T03:33:48Z",
        "modified": "30/11/2026 09:15",
        "tags": ["tiếng Anh", "bồi dưỡng giáo viên"],
    },
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_SLUG = {s.slug: s for s in STORIES}
OLD_SLUGS = {s.opts["old_slug"]: s for s in STORIES if "old_slug" in s.opts}


def _display(s: Story) -> _dt.datetime:
    """The web content's display date (what lists sort by, what the meta row prints)."""
    if "display" in s.opts:
        return _dt.datetime.fromisoformat(s.opts["display"])
    raw = s.published_at or "2026-10-01"
    if "T" in raw:
        return _dt.datetime.fromisoformat(raw[:16])
    return _dt.datetime.fromisoformat(raw + "T00:00")


def _in_section(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=_display, reverse=True)


def _newest() -> list[Story]:
    return sorted(STORIES, key=_display, reverse=True)


def article_path(s: Story) -> str:
    return f"{SITE}/w/{s.slug}"


def ap_path(s: Story) -> str:
    return f"{SITE}/trang-chu/-/asset_publisher/{AP_ID}/content/{s.slug}"


def ap_target(s: Story) -> str:
    return f"{ap_path(s)}?{AP_NS}assetEntryId={s.opts['ap']}&{AP_NS}redirect=%2Fweb%2Fsgddt"


# --- pages that are not articles -----------------------------------------------------------------

DOCS = {
    "cong-van-2231-sgddt-gdtrh-huong-dan-kiem-tra-danh-gia-cuoi-hoc-ky-i": {
        "title": "Công văn số 2231/SGDĐT-GDTrH hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027",
        "so": "2231/SGDĐT-GDTrH",
        "ngay": "20/11/2026",
        "display": "2026-11-20T16:00",
        "loai": "Công văn",
        "ky": "Nguyễn Thanh Sơn",
        "trich_yeu": "Hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027 đối với cấp "
        "THCS, THPT và giáo dục thường xuyên cấp THCS, THPT.",
        "file": _doc(35412, "CV-2231-SGDDT-GDTrH.pdf", "4e0b9d27-c6f1-4a38-b5e2-9f17d3c08a64", 1763629200000),
        "size": "312 KB",
        "in_news": False,
    },
    "ke-hoach-boi-duong-nang-luc-tieng-anh-cho-giao-vien-nam-2026": {
        "title": "Kế hoạch số 412/KH-SGDĐT bồi dưỡng năng lực tiếng Anh cho giáo viên năm 2026-2027",
        "so": "412/KH-SGDĐT",
        "ngay": "25/11/2026",
        "display": "2026-11-28T10:20",
        "loai": "Kế hoạch",
        "ky": "Nguyễn Thanh Sơn",
        "trich_yeu": "Kế hoạch tổ chức bồi dưỡng nâng cao năng lực tiếng Anh bậc 4 (B2) cho giáo viên "
        "tiếng Anh cấp tiểu học, THCS trên địa bàn tỉnh từ tháng 01 đến tháng 5/2027.",
        "file": _doc(35412, "KH-412-boi-duong-tieng-Anh.pdf", "b6d3f081-2a5e-4c97-8f40-e1c7a92d35b8", 1764325200000),
        "size": "455 KB",
        "in_news": True,
    },
}

INTRO_PATH = f"{SITE}/gioi-thieu"
CONTACT_PATH = f"{SITE}/lien-he"
ALBUM_PATH = f"{SITE}/thu-vien-anh"
DOCS_PATH = f"{SITE}/van-ban"
SEARCH_PATH = f"{SITE}/tim-kiem"
LOGIN_PATH = "/c/portal/login"

# --- markup helpers ------------------------------------------------------------------------------

_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def full_date(d: _dt.datetime) -> str:
    """The CLDR vi "full" form Liferay prints: "Thứ Năm, 3 tháng 12, 2026"."""
    return f"{_DAYS[d.weekday()]}, {d.day} tháng {d.month}, {d.year}"


def short_date(d: _dt.datetime) -> str:
    """The CLDR vi "medium" form of the collection lists: "3 thg 12, 2026"."""
    return f"{d.day} thg {d.month}, {d.year}"


def _num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _item_id(seed: int) -> str:
    """A layout structure item id (Liferay prints UUIDs in the class names)."""
    h = f"{(seed * 2654435761) & 0xFFFFFFFF:08x}{(seed * 40503 + 7) & 0xFFFF:04x}"
    return f"{h[:8]}-{h[8:12]}-4{h[1:4]}-a{h[4:7]}-{h[:6]}{h[6:12]}"


def _container(seed: int, inner: str, extra: str = "") -> str:
    return f'<div class="lfr-layout-structure-item-container lfr-layout-structure-item-{_item_id(seed)} {extra}">{inner}</div>'


def _heading(text_html: str, tag: str = "h2", cls: str = "", editable: str = "element-text") -> str:
    return (
        f'<div class="component-heading {cls}" data-lfr-styles=""><{tag} class="component-heading mb-0 text-break" '
        f'data-lfr-editable-id="{editable}" data-lfr-editable-type="text">{text_html}</{tag}></div>'
    )


def _thumb(src: str) -> str:
    path, _, _query = src.partition("?")
    return f"{path}?imageThumbnail=1"


def _feat(s: Story) -> Img | None:
    return next((b for b in s.blocks if isinstance(b, Img) and b.style == "feat"), None)


def _zw(markup: str) -> str:
    """Zero-width spaces after every fourth space, as text pasted from Zalo carries them."""
    out, count = [], 0
    for ch in markup:
        out.append(ch)
        if ch == " ":
            count += 1
            if count % 4 == 0:
                out.append("\u200b")
    return "".join(out).replace(". ", ".&nbsp; ")


def _para(t: str, form: str, zw: bool) -> str:
    body = esc(t)
    if zw:
        body = _zw(body)
    if form == "word":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
            'line-height:130%"><span lang="VI" style="font-size:14.0pt;line-height:130%;'
            f'font-family:&quot;Times New Roman&quot;,serif">{body}<o:p></o:p></span></p>'
        )
    return f'<p style="text-align: justify;">{body}</p>'


def _image_html(img: Img, fid: int) -> str:
    src = esc(img.src)
    name = img.src.split("/")[4]
    if img.style == "figure":
        cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
        return (
            f'<figure class="image"><picture data-fileentryid="{fid}">'
            f'<source media="(max-width:300px)" srcset="/o/adaptive-media/image/{fid}/Thumbnail-300x300/{name}?t=1764">'
            f'<source media="(max-width:1000px) and (min-width:300px)" srcset="/o/adaptive-media/image/{fid}/Preview-1000x0/{name}?t=1764">'
            f'<img alt="" src="{src}" style="width: 100%;" /></picture>{cap}</figure>'
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody>'
            f'<tr><td style="text-align:center"><img alt="" src="{src}" style="width: 640px; height: 427px;" /></td></tr>'
            f'<tr><td style="text-align:center"><span style="font-size:12px;"><em>{esc(img.printed or "")}</em></span></td></tr>'
            "</tbody></table>"
        )
    cap = f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    return f'<p style="text-align: center;"><img alt="" src="{src}" style="max-width: 100%;" /></p>{cap}'


def render_text(s: Story) -> str:
    """The "Nội dung" rich-text field as stored: groups of list items and table rows rebuilt."""
    form = s.opts.get("form", "ck")
    zw = bool(s.opts.get("zw"))
    out: list[str] = ["\ufeff"] if zw else []
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "feat")]
    i = 0
    fid = 41500 + s.id * 10
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            group = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == b.style:
                i += 1
                group.append(blocks[i])
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(g.text)}</li>" for g in group) + "</ul>")
            else:
                rows = []
                for n, g in enumerate(group):
                    tag = "th" if n == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in g.text.split(" | ")) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%; border-collapse:collapse">'
                    f"<tbody>{''.join(rows)}</tbody></table>"
                )
        elif isinstance(b, P) and b.style == "h":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>" if form == "ck" else
                       f'<p class="MsoNormal" style="text-align:justify"><b><span lang="VI" style="font-size:14.0pt">{esc(b.text)}</span></b></p>')
        elif isinstance(b, P) and b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        elif isinstance(b, P):
            out.append(_para(b.text, form, zw))
        elif isinstance(b, Img):
            fid += 1
            out.append(_image_html(b, fid))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


# --- the master page ---------------------------------------------------------------------------

_NAV_SECTIONS = "".join(
    f'<li class="lfr-nav-item" id="layout_{12 + n}" role="presentation"><a class="dropdown-item" '
    f'href="{SITE}/tin-tuc/{key}" role="menuitem">{esc(label)}</a></li>'
    for n, (key, (label, _id, _d)) in enumerate(SECTIONS.items())
)


def _nav(active: str) -> str:
    def cls(key: str) -> str:
        return " selected active" if key == active else ""

    return (
        '<nav class="sort-pages modify-pages navbar-sgd" id="navigation" role="navigation">'
        '<ul aria-label="Trang Web" class="navbar-blank navbar-nav navbar-site" role="menubar">'
        f'<li class="lfr-nav-item nav-item{cls("home")}" id="layout_2" role="presentation">'
        f'<a class="nav-link text-truncate" href="{SITE}" role="menuitem"><span class="text-truncate">Trang chủ</span></a></li>'
        f'<li class="lfr-nav-item nav-item dropdown{cls("intro")}" id="layout_3" role="presentation">'
        f'<a aria-haspopup="true" class="nav-link text-truncate dropdown-toggle" href="{INTRO_PATH}" role="menuitem">'
        '<span class="text-truncate">Giới thiệu <span class="lfr-nav-child-toggle"><svg class="lexicon-icon lexicon-icon-angle-down"></svg></span></span></a>'
        '<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">'
        f'<li class="lfr-nav-item" id="layout_9" role="presentation"><a class="dropdown-item" href="{INTRO_PATH}" role="menuitem">Chức năng, nhiệm vụ</a></li>'
        f'<li class="lfr-nav-item" id="layout_10" role="presentation"><a class="dropdown-item" href="{CONTACT_PATH}" role="menuitem">Liên hệ</a></li>'
        "</ul></li>"
        f'<li class="lfr-nav-item nav-item dropdown{cls("news")}" id="layout_4" role="presentation">'
        '<a aria-haspopup="true" class="nav-link text-truncate dropdown-toggle" href="javascript:void(0);" role="menuitem">'
        '<span class="text-truncate">Tin tức <span class="lfr-nav-child-toggle"><svg class="lexicon-icon lexicon-icon-angle-down"></svg></span></span></a>'
        f'<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">{_NAV_SECTIONS}</ul></li>'
        f'<li class="lfr-nav-item nav-item{cls("docs")}" id="layout_5" role="presentation"><a class="nav-link text-truncate" href="{DOCS_PATH}" role="menuitem"><span class="text-truncate">Văn bản</span></a></li>'
        f'<li class="lfr-nav-item nav-item{cls("album")}" id="layout_6" role="presentation"><a class="nav-link text-truncate" href="{ALBUM_PATH}" role="menuitem"><span class="text-truncate">Thư viện ảnh</span></a></li>'
        '<li class="lfr-nav-item nav-item" id="layout_7" role="presentation"><a class="nav-link text-truncate" href="https://dichvucong.binhdinh.gov.vn" role="menuitem" target="_blank"><span class="text-truncate">Dịch vụ công</span></a></li>'
        "</ul></nav>"
    )


def _header(active: str) -> str:
    return (
        '<header id="banner" role="banner">'
        '<div class="thanh-tren"><div class="container-fluid container-fluid-max-xl d-flex align-items-center">'
        f'<span class="ngay-thang"><svg class="lexicon-icon lexicon-icon-calendar"></svg> {TODAY_LINE}</span>'
        '<span class="ml-auto duong-day-nong">Đường dây nóng: 0256.3822.315</span>'
        f'<a class="dang-nhap ml-3" data-redirect="false" href="{LOGIN_PATH}?p_l_id=36" rel="nofollow">Đăng nhập</a>'
        "</div></div>"
        '<div class="container-fluid container-fluid-max-xl d-flex align-items-center dv-banner">'
        f'<a class="logo custom-logo" href="{SITE}" title="Đi đến {esc(ORG)}">'
        '<img alt="" height="96" src="/image/layout_set_logo?img_id=40987&amp;t=1764830400123" width="96" /></a>'
        '<div class="ten-dv"><p class="cq-chu-quan">UBND TỈNH BÌNH ĐỊNH</p><p class="ten-so">SỞ GIÁO DỤC VÀ ĐÀO TẠO</p></div>'
        f'<form action="{SEARCH_PATH}" class="ml-auto form-tim-kiem" method="get">'
        '<input aria-label="Tìm kiếm" class="form-control input-group-inset" name="q" placeholder="Tìm kiếm..." type="text" value="" />'
        '<button class="btn btn-unstyled" type="submit">Tìm</button></form></div>'
        f"{_nav(active)}</header>"
    )


def _breadcrumb(items: list[tuple[str, str | None]]) -> str:
    lis = []
    for label, href in items:
        if href == "":
            lis.append(f'<li class="breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(label)}</span></li>')
        elif href:
            lis.append(
                f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{href}" title="{esc(label)}">'
                f'<span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>'
            )
        else:
            lis.append(f'<li class="breadcrumb-item active"><span class="breadcrumb-text-truncate">{esc(label)}</span></li>')
    return (
        '<div class="fragment_40288"><nav aria-label="Breadcrumb" class="duong-dan" id="breadcrumbs">'
        f'<ol class="breadcrumb">{"".join(lis)}</ol></nav></div>'
    )


MOST_READ = [1, 8, 2, 11, 3, 9]


def _sidebar() -> str:
    by_id = {s.id: s for s in STORIES}
    items = "".join(
        f'<div class="col col-12 item-xem-nhieu"><div class="fragment_40301 d-flex">'
        f'<span class="stt">{n}</span><a class="tieu-de-nho" href="{article_path(by_id[i])}">{esc(by_id[i].title)}</a>'
        f'<span class="luot-xem text-secondary">{_num(by_id[i].views() * 7)} lượt xem</span></div></div>'
        for n, i in enumerate(MOST_READ, 1)
    )
    polls = "com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_Pq7RmX2b"
    return (
        '<div class="col col-lg-4 col-md-4 col-sm-12 col-12 cot-phai">'
        + _container(
            901,
            _heading("Tin xem nhiều", "h2", "tieu-de-khoi")
            + f'<div class="lfr-layout-structure-item-collection "><div class="row">{items}</div></div>',
        )
        + _container(
            902,
            _heading("Liên kết website", "h2", "tieu-de-khoi")
            + '<div class="component-html"><select class="form-control" onchange="if(this.value) window.open(this.value)">'
            '<option value="">-- Chọn liên kết --</option>'
            '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
            '<option value="https://binhdinh.gov.vn">Cổng TTĐT tỉnh Bình Định</option>'
            '<option value="https://baobinhdinh.vn">Báo Bình Định</option></select>'
            '<a href="https://dichvucong.gov.vn" target="_blank"><img alt="Cổng Dịch vụ công quốc gia" '
            f'src="/documents/{GROUP}/0/banner-dvcqg.png/1d2c3b4a-5e6f-4071-8293-a4b5c6d7e8f9?t=1700000000000" /></a>'
            '<a href="https://csdl.moet.gov.vn" target="_blank"><img alt="CSDL ngành" '
            f'src="/documents/{GROUP}/0/banner-csdl-nganh.png/2e3d4c5b-6f70-4182-93a4-b5c6d7e8f901?t=1700000000000" /></a></div>',
        )
        + f'<section class="portlet" id="portlet_{polls}"><div class="portlet-content">'
        '<h2 class="portlet-title-text">Thăm dò ý kiến</h2>'
        f'<form action="{SITE}?p_p_id={polls}&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;'
        f'_{polls}_javax.portlet.action=%2Fpolls_display%2Fupdate_question&amp;p_auth=Xk3bT9aQ" method="post" name="_{polls}_fm">'
        "<p>Bạn đánh giá thế nào về việc triển khai học bạ số?</p>"
        f'<div class="radio"><label><input name="_{polls}_choiceId" type="radio" value="40781" /> Rất cần thiết</label></div>'
        f'<div class="radio"><label><input name="_{polls}_choiceId" type="radio" value="40782" /> Cần thiết</label></div>'
        f'<div class="radio"><label><input name="_{polls}_choiceId" type="radio" value="40783" /> Chưa cần thiết</label></div>'
        '<button class="btn btn-primary btn-sm" type="submit">Biểu quyết</button></form></div></section>'
        + _container(
            903,
            _heading("Thống kê truy cập", "h2", "tieu-de-khoi")
            + '<div class="component-html thong-ke"><ul class="list-unstyled">'
            "<li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.284</b></li><li>Tổng truy cập: <b>4.512.903</b></li>"
            "</ul></div>",
        )
        + "</div>"
    )


_FOOTER = (
    '<footer id="footer" role="contentinfo"><div class="container-fluid container-fluid-max-xl">'
    '<div class="row"><div class="col-md-8">'
    "<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH ĐỊNH</strong></p>"
    "<p>Địa chỉ: Số 08 Nguyễn Huệ, TP. Quy Nhơn, tỉnh Bình Định</p>"
    "<p>Điện thoại: 0256.3822.315 - Fax: 0256.3822.442 - Email: sgddt@binhdinh.gov.vn</p>"
    "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p></div>"
    '<div class="col-md-4"><p>Giấy phép số 58/GP-TTĐT ngày 12/4/2021 của Sở Thông tin và Truyền thông.</p>'
    '<p>Ghi rõ nguồn "Sở GD&amp;ĐT Bình Định" khi phát hành lại thông tin từ website này.</p></div></div>'
    '<p class="ban-quyen text-center">© 2026 Sở Giáo dục và Đào tạo tỉnh Bình Định. '
    '<a href="https://www.liferay.com" rel="external">Powered by Liferay</a></p></div></footer>'
)


def _shell(
    req: Request,
    title: str,
    body: str,
    *,
    active: str = "",
    canonical: str | None = None,
    description: str | None = None,
    head_extra: str = "",
    lang: str = "vi-VN",
    layout_class: str = "",
) -> str:
    base = base_url(req)
    canon = canonical or req.path
    desc = f'<meta content="{esc(description)}" lang="vi-VN" name="description" />' if description else ""
    return (
        f'<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="{lang}">\n<head>\n'
        f"<title>{esc(title)} - {esc(ORG)}</title>\n"
        '<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n'
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n'
        f"{desc}\n"
        f'<link data-senna-track="temporary" href="{base}{canon}" rel="canonical" />\n'
        f'<link data-senna-track="temporary" href="{base}{canon}" hreflang="vi-VN" rel="alternate" />\n'
        f'<link data-senna-track="temporary" href="{base}{canon}" hreflang="x-default" rel="alternate" />\n'
        f'<meta property="og:locale" content="vi_VN"><meta property="og:site_name" content="{esc(ORG)}">\n'
        f"{head_extra}\n"
        '<link href="/o/sgddt-theme/images/favicon.ico" rel="icon" />\n'
        '<link class="lfr-css-file" data-senna-track="temporary" href="/o/sgddt-theme/css/clay.css?browserId=chrome&amp;'
        'themeId=sgddttheme_WAR_sgddttheme&amp;minifierType=css&amp;languageId=vi_VN&amp;t=1764830400000" rel="stylesheet" type="text/css" />\n'
        '<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;'
        't=1764830400000&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js" type="text/javascript"></script>\n'
        '<script data-senna-track="temporary" type="text/javascript">var themeDisplay = Liferay.themeDisplay = '
        '{getLanguageId: function() {return "vi_VN";}, getScopeGroupId: function() {return "20126";}, '
        f'getPathThemeImages: function() {{return "{base}/o/sgddt-theme/images";}}, isSignedIn: function() {{return false;}}}};</script>\n'
        "</head>\n"
        f'<body class="chrome controls-visible yui3-skin-sam signed-out public-page site {layout_class}">\n'
        '<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill position-relative" id="wrapper">\n'
        f"{_header(active)}\n"
        '<section class="flex-fill" id="content"><h2 class="hide-accessible sr-only" role="heading" aria-level="1">'
        f'{esc(title)}</h2><div class="layout-content portlet-layout" id="main-content" role="main">\n'
        f"{body}\n"
        "</div></section>\n"
        f"{_FOOTER}\n"
        "</div></div>\n"
        '<script type="text/javascript">Liferay.on("allPortletsReady", function() {});</script>\n'
        "</body>\n</html>\n"
    )


def _two_columns(seed: int, main: str) -> str:
    return _container(
        seed,
        '<div class="lfr-layout-structure-item-row "><div class="row align-items-lg-start align-items-start '
        'flex-lg-row flex-row">'
        f'<div class="col col-lg-8 col-md-8 col-sm-12 col-12">{main}</div>{_sidebar()}</div></div>',
        "container-fluid container-fluid-max-xl",
    )


# --- articles ------------------------------------------------------------------------------------


def _excerpt(s: Story, n: int = 150) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= n else first[:n].rsplit(" ", 1)[0] + "..."


def _thumb_of(s: Story) -> str:
    feat = _feat(s)
    return _thumb(feat.src) if feat else "/o/sgddt-theme/images/default/no-image.png"


def _section_crumbs(cat: str, last: str | None = None) -> str:
    label = SECTIONS[cat][0]
    items: list[tuple[str, str | None]] = [("Trang chủ", SITE), ("Tin tức", "")]
    if last is None:
        items.append((label, None))
    else:
        items += [(label, f"{SITE}/tin-tuc/{cat}"), (last, None)]
    return _breadcrumb(items)


def _related(s: Story) -> str:
    keep = 3 if s.cat != "hoat-dong-cua-so" else 2
    others = [o for o in _in_section(s.cat) if o is not s][:keep]
    items = "".join(
        '<div class="col col-md-4 col-12"><div class="fragment_40320 tin-cung-muc">'
        f'<a href="{article_path(o)}"><img alt="" class="img-fluid" src="{esc(_thumb_of(o))}" /></a>'
        + _heading(f'<a href="{article_path(o)}">{esc(o.title)}</a>', "h3", "tieu-de-tin", "title")
        + f'<div class="component-text small text-secondary">({_display(o):%d/%m/%Y})</div>'
        f'<div class="component-paragraph text-break" data-lfr-editable-id="summary" data-lfr-editable-type="rich-text"><p>{esc(_excerpt(o, 110))}</p></div>'
        "</div></div>"
        for o in others
    )
    return (
        _heading("Tin cùng chuyên mục", "h2", "tieu-de-khoi tin-lien-quan")
        + f'<div class="lfr-layout-structure-item-collection lfr-layout-structure-item-{_item_id(700 + s.id)} ">'
        f'<div class="row">{items}</div></div>'
    )


def _tools(req: Request, s: Story) -> str:
    url = quote(base_url(req) + article_path(s), safe="")
    tags = "".join(f'<span class="badge badge-secondary">{esc(t)}</span> ' for t in s.opts.get("tags", []))
    rating = 3.8 + (s.id % 5) / 5
    return (
        '<div class="taglib-social-bookmarks" id="_sgddt_socialBookmarks"><ul class="list-unstyled d-flex">'
        f'<li><a class="btn btn-monospaced btn-outline-borderless" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" title="Facebook">f</a></li>'
        f'<li><a class="btn btn-monospaced btn-outline-borderless" href="https://twitter.com/intent/tweet?url={url}" target="_blank" title="X">x</a></li>'
        f'<li><a class="btn btn-monospaced btn-outline-borderless" href="https://sp.zalo.me/share_inline?d={url}" target="_blank" title="Zalo">z</a></li>'
        "</ul></div>"
        '<div class="taglib-ratings stars"><span class="text-secondary">Đánh giá bài viết:</span> '
        '<div class="ratings-stars-average"><span class="rating-label">Trung bình '
        f'({f"{rating:.1f}".replace(".", ",")} sao)</span> - {5 + s.id} lượt đánh giá</div></div>'
        f'<div class="taglib-asset-tags-summary"><span class="nhan">Từ khóa:</span> {tags}</div>'
    )


def _article_main(req: Request, s: Story) -> str:
    d = _display(s)
    time = s.opts.get("time", f"{d:%H:%M}")
    poster = s.opts.get("poster")
    feat = _feat(s)
    parts = [_section_crumbs(s.cat, s.title)]
    if s.opts.get("kicker"):
        parts.append(_heading(esc(s.opts["kicker"]), "h6", "tieu-de-phu text-uppercase", "tieu-de-phu"))
    parts.append(_heading(esc(s.title), "h1", "tieu-de-bai", "tieu-de"))
    parts.append(
        '<div class="fragment_40305"><div class="thong-tin-bai d-flex flex-wrap small text-secondary">'
        '<span class="tt-ngay"><svg class="lexicon-icon lexicon-icon-date"></svg> <span class="lbl">Ngày đăng:</span> '
        f'<span data-lfr-editable-id="ngay-dang" data-lfr-editable-type="date-time">{full_date(d)}</span></span>'
        f'<span class="tt-gio ml-1" data-lfr-editable-id="gio-dang" data-lfr-editable-type="text">| {time}</span>'
        + (f'<span class="nguoi-dang ml-3">Người đăng: {esc(poster)}</span>' if poster else "")
        + f'<span class="tt-xem ml-3">Lượt xem: {_num(s.views() * 7)}</span>'
        '<span class="co-chu ml-auto"><a href="javascript:void(0);" onclick="sgdFont(-1)">A-</a> '
        '<a href="javascript:void(0);" onclick="sgdFont(0)">A</a> <a href="javascript:void(0);" onclick="sgdFont(1)">A+</a></span>'
        '<a class="in-bai ml-3" href="javascript:window.print();">In bài</a></div></div>'
    )
    if s.summary and s.sapo_outside:
        parts.append(
            '<div class="component-paragraph tom-tat text-break" data-lfr-editable-id="tom-tat" '
            f'data-lfr-editable-type="rich-text"><p><strong>{esc(s.summary)}</strong></p></div>'
        )
    if feat:
        parts.append(
            '<div class="component-image overflow-hidden"><img alt="" class="overflow-hidden anh-dai-dien" '
            f'data-lfr-editable-id="anh-dai-dien" data-lfr-editable-type="image" src="{esc(feat.src)}" style="width:100%" /></div>'
        )
        if feat.printed:
            parts.append(
                '<div class="component-text mo-ta-anh text-center" data-lfr-editable-id="mo-ta-anh" '
                f'data-lfr-editable-type="text"><em>{esc(feat.printed)}</em></div>'
            )
    else:
        parts.append(
            '<div class="component-image overflow-hidden"><img alt="" class="overflow-hidden anh-dai-dien" '
            'data-lfr-editable-id="anh-dai-dien" data-lfr-editable-type="image" '
            'src="/o/sgddt-theme/images/default/no-image.png" style="width:100%" /></div>'
        )
    parts.append(
        '<div class="component-paragraph noi-dung text-break" data-lfr-editable-id="element-text" '
        f'data-lfr-editable-type="rich-text">{render_text(s)}</div>'
    )
    parts.append(
        '<div class="component-text truong-tac-gia text-right"><span class="nhan">Tác giả:</span> '
        f'<strong data-lfr-editable-id="tac-gia" data-lfr-editable-type="text">{esc(s.opts.get("author_field", ""))}</strong></div>'
        '<div class="component-text truong-nguon text-right"><span class="nhan">Nguồn tin:</span> '
        f'<em data-lfr-editable-id="nguon-tin" data-lfr-editable-type="text">{esc(s.opts.get("source_field", ""))}</em></div>'
        f'<div class="component-text cap-nhat small text-secondary">Cập nhật: {s.opts["modified"]}</div>'
    )
    parts.append(_tools(req, s))
    parts.append(_related(s))
    return _container(600 + s.id, "".join(parts), "khung-bai-viet")


def _article_head(req: Request, s: Story) -> str:
    base = base_url(req)
    feat = _feat(s)
    og_img = f'<meta property="og:image" content="{base}{esc(feat.src)}">' if feat else ""
    return (
        f'<meta property="og:title" content="{esc(s.title)}"><meta property="og:type" content="article">'
        f'<meta property="og:url" content="{base}{article_path(s)}">{og_img}'
        f'<meta property="article:published_time" content="{s.opts["created"]}">'
    )


def article_page(req: Request, s: Story) -> Response:
    body = _two_columns(500 + s.id, _article_main(req, s))
    return html(
        _shell(
            req,
            s.title,
            body,
            active="news",
            canonical=article_path(s),
            description=s.summary,
            head_extra=_article_head(req, s),
            layout_class="display-page",
        )
    )


def ap_page(req: Request, s: Story) -> Response:
    """The article as the home page's Asset Publisher shows it in full (its web-content template)."""
    d = _display(s)
    feat = _feat(s)
    inner = [f'<p class="ngay-dang">Ngày đăng: {d:%d/%m/%Y %H:%M}</p>']
    if s.summary and s.sapo_outside:
        inner.append(f'<div class="sapo"><strong>{esc(s.summary)}</strong></div>')
    if feat:
        inner.append(f'<div class="anh-chinh"><img alt="" src="{esc(feat.src)}" />')
        if feat.printed:
            inner.append(f'<p class="chu-thich"><em>{esc(feat.printed)}</em></p>')
        inner.append("</div>")
    inner.append(f'<div class="noi-dung">{render_text(s)}</div>')
    if s.opts.get("author_field"):
        inner.append(f'<p class="tac-gia text-right"><strong>{esc(s.opts["author_field"])}</strong></p>')
    if s.opts.get("source_field"):
        inner.append(f'<p class="nguon text-right"><em>Nguồn: {esc(s.opts["source_field"])}</em></p>')
    portlet = (
        f'<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{AP_ID}">'
        '<div class="portlet-content"><div class="autofit-float autofit-row portlet-header">'
        '<div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Tiêu điểm</h2></div></div>'
        '<div class="portlet-content-container"><div class="portlet-body">'
        '<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">'
        f'<div class="align-items-center d-flex mb-2"><p class="component-title h4"><span class="asset-title d-inline">{esc(s.title)}</span></p></div>'
        f'<a class="header-back-to" href="{SITE}">« Quay lại</a>'
        '<div class="asset-content mb-3"><div class="journal-content-article" '
        f'data-analytics-asset-id="{s.opts["ap"]}" data-analytics-asset-title="{esc(s.title)}" data-analytics-asset-type="web-content">'
        f'<div class="tin-chi-tiet">{"".join(inner)}</div></div></div>'
        "</div></div></div></div></section>"
    )
    body = _two_columns(400, _breadcrumb([("Trang chủ", SITE), ("Tiêu điểm", None)]) + portlet)
    return html(
        _shell(req, s.title, body, active="home", canonical=article_path(s), description=s.summary,
               head_extra=_article_head(req, s))
    )


# --- listings ------------------------------------------------------------------------------------


def _list_item(href: str, title: str, thumb: str, when: _dt.datetime, excerpt: str) -> str:
    return (
        '<div class="col col-12 tin-muc"><div class="fragment_40312"><div class="d-flex mb-3 tin-item">'
        f'<a class="anh-tin mr-3" href="{href}"><img alt="" class="anh-nho" src="{esc(thumb)}" width="220" /></a>'
        '<div class="nd-tin">'
        + _heading(f'<a href="{href}">{esc(title)}</a>', "h3", "tieu-de-tin", "title")
        + f'<div class="component-text ngay-tin small text-secondary">{short_date(when)}</div>'
        f'<div class="component-paragraph text-break" data-lfr-editable-id="summary" data-lfr-editable-type="rich-text"><p>{esc(excerpt)}</p></div>'
        "</div></div></div></div>"
    )


def _section_entries(cat: str) -> list[tuple[_dt.datetime, str]]:
    """(display date, item markup) of a section's collection: web contents and, in Thông báo, documents."""
    entries = [
        (_display(s), _list_item(article_path(s), s.title, _thumb_of(s), _display(s), _excerpt(s)))
        for s in _in_section(cat)
    ]
    if cat == "thong-bao":
        for slug, doc in DOCS.items():
            if doc["in_news"]:
                when = _dt.datetime.fromisoformat(doc["display"])
                entries.append(
                    (when, _list_item(f"{SITE}/d/{slug}", doc["title"], "/o/sgddt-theme/images/icons/pdf-lg.png",
                                      when, doc["trich_yeu"]))
                )
    return sorted(entries, key=lambda e: e[0], reverse=True)


def _page_href(cat: str, n: int) -> str:
    return f"{SITE}/tin-tuc/{cat}?p_l_mode=view&amp;page_number_{SECTIONS[cat][1]}={n}"


def _pagination(cat: str, page: int, pages: int, total: int, delta: int) -> str:
    if pages <= 1:
        return ""

    def li(label: str, n: int | None, active: bool = False) -> str:
        if n is None:
            return ('<li class="page-item disabled"><a aria-disabled="true" class="page-link" '
                    f'href="javascript:void(0)" tabindex="-1">{label}</a></li>')
        return f'<li class="page-item{" active" if active else ""}"><a class="page-link" href="{_page_href(cat, n)}">{label}</a></li>'

    first = (page - 1) * delta + 1
    last = min(page * delta, total)
    lis = [li("Trang trước", page - 1 if page > 1 else None)]
    lis += [li(str(n), n, n == page) for n in range(1, pages + 1)]
    lis.append(li("Trang sau", page + 1 if page < pages else None))
    return (
        '<div class="pagination-bar mt-4"><div class="pagination-results">'
        f"Hiển thị {first} đến {last} của {total} mục.</div>"
        f'<ul class="lfr-pagination pagination">{"".join(lis)}</ul></div>'
    )


def list_page(req: Request, cat: str) -> Response:
    label, item_id, delta = SECTIONS[cat]
    raw = req.params.get(f"page_number_{item_id}", "1")
    page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
    entries = _section_entries(cat)
    pages = (len(entries) + delta - 1) // delta
    chunk = entries[(page - 1) * delta : page * delta]
    items = "".join(m for _w, m in chunk) or '<div class="col col-12"><p class="text-secondary">Không có kết quả nào.</p></div>'
    main = (
        _section_crumbs(cat)
        + _heading(esc(label), "h1", "tieu-de-chuyen-muc")
        + f'<div class="lfr-layout-structure-item-collection lfr-layout-structure-item-{item_id} " id="collection-{item_id}">'
        f'<div class="row">{items}</div>{_pagination(cat, page, pages, len(entries), delta)}</div>'
    )
    body = _two_columns(300 + len(cat), _container(310, main))
    return html(_shell(req, label, body, active="news", canonical=f"{SITE}/tin-tuc/{cat}"))


def home_page(req: Request) -> Response:
    featured = [S1, S7, S11]
    slides = "".join(
        '<div class="asset-abstract mb-3"><div class="d-flex">'
        f'<a href="{ap_target(s)}"><img alt="" class="asset-small-image" src="{esc(_thumb_of(s))}" /></a>'
        f'<div><h3 class="asset-title"><a href="{ap_target(s)}">{esc(s.title)}</a></h3>'
        f'<div class="asset-summary">{esc(_excerpt(s, 160))}</div>'
        f'<div class="asset-more"><a href="{ap_target(s)}">Xem tiếp <span class="hide-accessible">về {esc(s.title)}</span> »</a></div>'
        "</div></div></div>"
        for s in featured
    )
    ap = (
        f'<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{AP_ID}">'
        '<div class="portlet-content"><h2 class="portlet-title-text">Tiêu điểm</h2>'
        f'<div class="portlet-body">{slides}</div></div></section>'
    )

    def link(s: Story) -> str:
        slug = next((old for old, o in OLD_SLUGS.items() if o is s), s.slug)
        return f"{SITE}/w/{slug}"

    newest = "".join(
        _list_item(link(s), s.title, _thumb_of(s), _display(s), _excerpt(s, 120)) for s in _newest()[:6]
    )
    blocks = []
    for n, (cat, (label, _id, _d)) in enumerate(SECTIONS.items()):
        keep = 2 if cat == "hoat-dong-cua-so" else 3
        lis = "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="small text-secondary">({_display(s):%d/%m/%Y})</span></li>'
            for s in _in_section(cat)[:keep]
        )
        blocks.append(
            _container(
                220 + n,
                _heading(f'<a href="{SITE}/tin-tuc/{cat}">{esc(label)}</a>', "h2", "tieu-de-khoi")
                + f'<div class="lfr-layout-structure-item-collection "><ul class="list-unstyled ds-tin">{lis}</ul></div>'
                + f'<div class="component-button text-right"><a class="btn btn-link" href="{SITE}/tin-tuc/{cat}">Xem tất cả »</a></div>',
            )
        )
    main = (
        _container(201, ap)
        + _container(
            202,
            _heading("Tin mới nhất", "h2", "tieu-de-khoi")
            + f'<div class="lfr-layout-structure-item-collection lfr-layout-structure-item-{_item_id(77)} "><div class="row">{newest}</div></div>',
        )
        + "".join(blocks)
    )
    body = _two_columns(200, main)
    return html(_shell(req, "Trang chủ", body, active="home", canonical=SITE,
                       description="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Bình Định"))


# --- other pages ---------------------------------------------------------------------------------


def _simple(req: Request, title: str, crumbs: list[tuple[str, str | None]], inner: str, active: str) -> Response:
    main = _container(800, _breadcrumb(crumbs) + _heading(esc(title), "h1", "tieu-de-trang") + inner)
    return html(_shell(req, title, _two_columns(801, main), active=active))


def intro_page(req: Request) -> Response:
    paras = [
        "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Bình Định, có chức "
        "năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, "
        "giáo dục thường xuyên và các cơ sở giáo dục khác trên địa bàn tỉnh.",
        "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ "
        "chức, biên chế và hoạt động của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra "
        "về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
        "Cơ cấu tổ chức gồm Ban Giám đốc, Văn phòng, Thanh tra và các phòng: Tổ chức cán bộ; Kế "
        "hoạch - Tài chính; Giáo dục Mầm non; Giáo dục Tiểu học; Giáo dục Trung học; Giáo dục "
        "thường xuyên - Giáo dục nghề nghiệp; Khảo thí và Kiểm định chất lượng giáo dục.",
    ]
    inner = '<div class="component-paragraph text-break">' + "".join(f"<p>{esc(t)}</p>" for t in paras) + "</div>"
    return _simple(req, "Chức năng, nhiệm vụ", [("Trang chủ", SITE), ("Giới thiệu", None)], inner, "intro")


def contact_page(req: Request) -> Response:
    form_id = "com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_Lh5sKq9w"
    inner = (
        '<div class="component-paragraph"><p><strong>Sở Giáo dục và Đào tạo tỉnh Bình Định</strong></p>'
        "<p>Địa chỉ: Số 08 Nguyễn Huệ, TP. Quy Nhơn, tỉnh Bình Định</p>"
        "<p>Điện thoại: 0256.3822.315 - Email: sgddt@binhdinh.gov.vn</p></div>"
        f'<section class="portlet" id="portlet_{form_id}"><form action="{CONTACT_PATH}?p_p_id={form_id}&amp;p_p_lifecycle=1&amp;'
        f'p_p_state=normal&amp;p_p_mode=view&amp;_{form_id}_javax.portlet.action=%2Fdynamic_data_mapping_form%2Fadd_form_instance_record" '
        'method="post"><label>Họ và tên <input class="form-control" name="hoTen" type="text" /></label>'
        '<label>Nội dung <textarea class="form-control" name="noiDung"></textarea></label>'
        '<button class="btn btn-primary" type="submit">Gửi</button></form></section>'
    )
    return _simple(req, "Liên hệ", [("Trang chủ", SITE), ("Giới thiệu", INTRO_PATH), ("Liên hệ", None)], inner, "intro")


ALBUM = [
    ("le-khai-giang-2026-01.jpg", "Lễ khai giảng năm học 2026-2027 tại Trường THPT Trưng Vương"),
    ("le-khai-giang-2026-02.jpg", "Học sinh Trường Tiểu học Ngô Mây đón năm học mới"),
    ("le-khai-giang-2026-03.jpg", "Đánh trống khai trường tại Trường THCS Nhơn Bình"),
]


def album_page(req: Request) -> Response:
    cells = "".join(
        f'<div class="col col-md-4"><a class="image-link" href="/documents/{GROUP}/41400/{name}/'
        f'9a8b7c6d-{n:04d}-4e5f-8a9b-0c1d2e3f4a5b?t=1757000000000" title="{esc(cap)}">'
        f'<img alt="{esc(cap)}" src="/documents/{GROUP}/41400/{name}/9a8b7c6d-{n:04d}-4e5f-8a9b-0c1d2e3f4a5b?imageThumbnail=1" /></a>'
        f'<p class="small">{esc(cap)}</p></div>'
        for n, (name, cap) in enumerate(ALBUM, 1)
    )
    inner = f'<h2 class="h4">Album: Lễ khai giảng năm học 2026-2027</h2><div class="row image-gallery">{cells}</div>'
    return _simple(req, "Thư viện ảnh", [("Trang chủ", SITE), ("Thư viện ảnh", None)], inner, "album")


def docs_page(req: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(d["so"])}</td><td>{esc(d["ngay"])}</td>'
        f'<td><a href="{SITE}/d/{slug}">{esc(d["trich_yeu"])}</a></td></tr>'
        for slug, d in DOCS.items()
    )
    inner = (
        '<table class="table table-autofit table-list"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return _simple(req, "Văn bản chỉ đạo, điều hành", [("Trang chủ", SITE), ("Văn bản", None)], inner, "docs")


def doc_page(req: Request, slug: str) -> Response:
    d = DOCS[slug]
    inner = (
        '<div class="fragment_40350"><table class="table table-bordered thong-tin-van-ban"><tbody>'
        f'<tr><th>Số ký hiệu</th><td>{esc(d["so"])}</td></tr>'
        f'<tr><th>Ngày ban hành</th><td>{esc(d["ngay"])}</td></tr>'
        f'<tr><th>Loại văn bản</th><td>{esc(d["loai"])}</td></tr>'
        "<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>"
        f'<tr><th>Người ký</th><td>{esc(d["ky"])}</td></tr>'
        f'<tr><th>Trích yếu</th><td>{esc(d["trich_yeu"])}</td></tr>'
        "</tbody></table>"
        f'<p><a class="btn btn-primary" href="{d["file"]}&amp;download=true">Tải về</a> '
        f'<span class="text-secondary">(PDF, {d["size"]})</span></p></div>'
    )
    crumbs = [("Trang chủ", SITE), ("Văn bản", DOCS_PATH), (d["so"], None)]
    return _simple(req, d["title"], crumbs, inner, "docs")


def search_page(req: Request) -> Response:
    q = req.params.get("q", "")
    inner = (
        f'<form action="{SEARCH_PATH}" method="get"><input class="form-control" name="q" value="{esc(q)}" /></form>'
        f'<p class="search-total-label text-secondary">Không tìm thấy kết quả nào cho "{esc(q)}".</p>'
    )
    return _simple(req, "Tìm kiếm", [("Trang chủ", SITE), ("Tìm kiếm", None)], inner, "")


def login_page(req: Request) -> Response:
    inner = (
        '<form action="/c/portal/login" method="post"><label>Địa chỉ email <input name="login" /></label>'
        '<label>Mật khẩu <input name="password" type="password" /></label><button type="submit">Đăng nhập</button></form>'
    )
    return _simple(req, "Đăng nhập", [("Trang chủ", SITE), ("Đăng nhập", None)], inner, "")


# --- routing -------------------------------------------------------------------------------------

_DOC_FILE = re.compile(r"^/documents/\d+/\d+/([^/]+)/[0-9a-f-]{36}$")
_AP = re.compile(rf"^{SITE}/trang-chu/-/asset_publisher/{AP_ID}/content/([a-z0-9-]+)$")


class Site:
    def respond(self, req: Request) -> Response | None:
        path = req.path
        if req.method == "POST":
            return redirect(path if path.startswith(SITE) else SITE)
        if path == "/":
            return redirect(SITE)
        if path in (SITE, SITE + "/", f"{SITE}/trang-chu"):
            if "p_p_lifecycle" in req.params:
                return redirect(SITE)
            return home_page(req)
        if path.startswith(f"{SITE}/w/"):
            slug = path[len(SITE) + 3 :]
            if slug in BY_SLUG:
                return article_page(req, BY_SLUG[slug])
            if slug in OLD_SLUGS:
                return redirect(article_path(OLD_SLUGS[slug]), 301)
            return None
        m = _AP.match(path)
        if m and m.group(1) in BY_SLUG and "ap" in BY_SLUG[m.group(1)].opts:
            return ap_page(req, BY_SLUG[m.group(1)])
        if path.startswith(f"{SITE}/tin-tuc/") and path[len(SITE) + 9 :] in SECTIONS:
            return list_page(req, path[len(SITE) + 9 :])
        if path == f"{SITE}/tin-tuc":
            return redirect(f"{SITE}/tin-tuc/tin-giao-duc")
        if path.startswith(f"{SITE}/d/") and path[len(SITE) + 3 :] in DOCS:
            return doc_page(req, path[len(SITE) + 3 :])
        pages = {
            INTRO_PATH: intro_page,
            CONTACT_PATH: contact_page,
            ALBUM_PATH: album_page,
            DOCS_PATH: docs_page,
            SEARCH_PATH: search_page,
            LOGIN_PATH: login_page,
        }
        if path in pages:
            if "p_p_lifecycle" in req.params:  # an action URL fetched with GET: back to the page
                return redirect(path)
            return pages[path](req)
        m = _DOC_FILE.match(path)
        if m:
            name = m.group(1).lower()
            if name.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(name)
        if path.startswith("/image/"):
            return static_file("logo.png")
        if path.startswith(("/o/", "/combo")):
            return static_file(path) or static_file(path + ".js")
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------------


def _alt(s: Story) -> list[str]:
    alts = []
    if "ap" in s.opts:
        alts += [ap_target(s), ap_path(s)]
    if "old_slug" in s.opts:
        alts.append(f"{SITE}/w/{s.opts['old_slug']}")
    return alts


GOLD = [gold_record(s, article_path(s), SECTIONS[s.cat][0], alt_paths=_alt(s)) for s in STORIES]

NON_ARTICLES = [
    INTRO_PATH,
    CONTACT_PATH,
    ALBUM_PATH,
    f"{SITE}/d/cong-van-2231-sgddt-gdtrh-huong-dan-kiem-tra-danh-gia-cuoi-hoc-ky-i",
    f"{SITE}/d/ke-hoach-boi-duong-nang-luc-tieng-anh-cho-giao-vien-nam-2026",
]
