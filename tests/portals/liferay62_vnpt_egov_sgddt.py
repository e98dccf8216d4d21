"""Sở Giáo dục và Đào tạo tỉnh Bắc Giang: a VNPT e-government portal on Liferay 6.2 (blind fixture).

Platform
--------
Liferay Portal 6.2 CE GA6 with the vendor's theme ``vnptegov_WAR_vnptegovtheme`` (red banner with
the national emblem, a horizontal ``#navigation`` menu with drop-downs, ``nav#breadcrumbs``
``ul.breadcrumb``), layout ``columns-2-1`` (``#column-1`` content, ``#column-2`` sidebar). Every
portlet is wrapped as Liferay 6.2 wraps it: ``div.portlet-boundary#p_p_id_<portletId>_`` >
``section.portlet`` > ``header.portlet-topper h1.portlet-title`` > ``div.portlet-content`` >
``div.portlet-body``. News are Web Content (journal) articles shown by Asset Publisher portlets
(``101_INSTANCE_<4 chars>``) in the "abstracts" style; the vendor's structure template
("Tin tức") prints the article inside ``div.journal-content-article > div.tt-chitiet``.

URL scheme
----------
- start: ``/web/sgddt/trang-chu`` (``/`` and ``/web/sgddt`` answer 302 to it).
- categories (each page holds one Asset Publisher, its own instance id and page size):
  ``/web/sgddt/tin-tuc-su-kien`` (``dR5k``, 4 a page), ``/web/sgddt/hoat-dong-chuyen-mon``
  (``Qm2v``, 3 a page), ``/web/sgddt/thong-bao`` (``hT8n``, 2 a page). Page n is
  ``/web/sgddt/<cat>?p_p_id=101_INSTANCE_<id>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view
  &p_p_col_id=column-1&p_p_col_count=1&_101_INSTANCE_<id>_delta=<k>&_101_INSTANCE_<id>_keywords=
  &_101_INSTANCE_<id>_advancedSearch=false&_101_INSTANCE_<id>_andOperator=true
  &p_r_p_564233524_resetCur=false&_101_INSTANCE_<id>_cur=<n>`` (a ``_cur`` beyond the last page
  is clamped to the last page, as 6.2's SearchContainer does). Tag filter:
  ``/web/sgddt/<cat>?p_r_p_564233524_tag=<tag>``.
- articles: the display page ``chi-tiet-tin`` with the *source* portlet's instance id:
  ``/web/sgddt/chi-tiet-tin/-/asset_publisher/<instanceId>/content/<url-title>``; 6.2's other
  route ``.../content/id/<assetEntryId>``; ``?redirect=<encoded list URL>&inheritRedirect=true``
  on links from list pages 2+; print view ``?p_p_state=pop_up&viewMode=print``.
- documents: ``/documents/20182/<folderId>/<file>`` (PDF) and images
  ``/documents/20182/<folderId>/<file>.jpg[/<uuid>?t=<ms>]``; list thumbnails
  ``/image/journal/article?img_id=<n>&t=<ms>``.
- not articles: ``/web/sgddt/gioi-thieu``, ``/co-cau-to-chuc``, ``/lien-he``,
  ``/van-ban-chi-dao`` (Document Library display), ``/lich-cong-tac`` (weekly calendar),
  ``/thu-vien-anh`` (Media Gallery album); also
  ``/web/sgddt/chi-tiet-tin`` (the bare display page: "no content selected"), tag listings,
  ``/web/sgddt/tim-kiem`` (search, via a GET form only).

Page templates
--------------
- home: slider "Tin nổi bật" (3 links ``.../asset_publisher/wL4e/content/id/<entryId>``, one of
  them to an expired article), Asset Publisher "Tin tức - Sự kiện" (instance ``wL4e``,
  abstracts, the 5 newest items of *two* categories, no pagination, "Xem tất cả »"), sidebar:
  "Văn bản chỉ đạo" (document portlet), "Lịch công tác" (this week), poll (POST form), links,
  visitor counter "Số lượt truy cập".
- category list: ``div.asset-abstract`` items (``h3.asset-title a``, ``div.asset-small-image``,
  summary, ``div.asset-more`` "Đọc thêm »", ``span.metadata-publish-date`` "02/12/26"), then
  6.2's ``div.taglib-page-iterator``: "Trang 1 của 2" page selector (a drop-down of links),
  "Hiển thị 1 - 4 của 6 kết quả.", ``ul.pager`` Đầu / Trước / Tiếp / Cuối (disabled ones are
  ``href="javascript:;"``).
- article: breadcrumb "Trang chủ / Chi tiết tin / <title>"; portlet title h1 "Chi tiết tin";
  6.2's ``div.taglib-header`` (back arrow "Quay lại" + ``h3.header-title``); the vendor template:
  "Chuyên mục: <category>", date bar ("Cập nhật: …" first when edited, "Ngày đăng: 02/12/2026 |
  08:15", "Lượt xem"), tool bar (A- A A+, In bài, Gửi email), ``div.tt-tomtat`` bold summary,
  ``div.tt-noidung`` text, ``div.tt-tacgia`` author line; then, still inside
  ``div.asset-content``: "Nội dung liên quan" (asset links), "Từ khóa" (tags), ratings, social
  bookmarks; ``div.asset-discussion`` "Ý kiến bạn đọc"; below, the vendor's portlet
  ``tinlienquan_WAR_vnptegovportlet`` "Tin liên quan" (the other items of the category's page 1).

How each gold article is reached
--------------------------------
Page 1 of each category lists its newest items with clean links; items 5-6 of "Tin tức - Sự
kiện", item 4 of "Hoạt động chuyên môn" and item 3 of "Thông báo" are on page 2 only (their
links there carry ``?redirect=…&inheritRedirect=true``; no "Tin liên quan" box, home box or tag
page links them). The home box links the 5 newest of Tin tức - Sự kiện + Hoạt động chuyên môn
under instance ``wL4e``; the slider links 2 of them by ``content/id/<entryId>``.

Traps
-----
1. Headline not in h1: the h1s are the banner's site name and the portlet title "Chi tiết tin";
   the headline is ``h3.header-title > span`` beside the "Quay lại" arrow; ``<title>`` is
   "<headline> - Chi tiết tin - Sở Giáo dục và Đào tạo tỉnh Bắc Giang". Gold title = the h3.
2. One article, many URLs: the instance id in the path is the *linking* portlet's (home box
   ``wL4e``, category ``dR5k``/``Qm2v``/``hT8n``, the display page's own ``Ck9s`` in "Nội dung
   liên quan"), plus 6.2's ``content/id/<entryId>`` route, the ``redirect`` query on page-2
   links and the print view (only inside a ``window.open`` script). Every page prints
   ``<link rel="canonical">`` to the category instance's clean URL. Gold: path = canonical_path =
   that URL; all the others in alt_paths.
3. Category not in the breadcrumb: all articles sit on the one display page, so the breadcrumb
   says "Trang chủ / Chi tiết tin / <title>", and the home box headed "Tin tức - Sự kiện" also
   lists "Hoạt động chuyên môn" items. Gold category = the section the article is filed under,
   printed as "Chuyên mục: X" on the article and as the menu item whose list holds it.
4. Pagination only through the portlet's namespaced ``_cur`` parameter in very long URLs; page 1
   also exists with all the parameters (pager "Đầu" / "1", and the "Quay lại" link); list pages
   print canonical = the bare page (6.2 strips the query). Page-2-only articles (see above).
5. Dates: lists print 6.2's short "02/12/26"; the article prints "Cập nhật: 04/12/2026 | 16:40"
   *before* "Ngày đăng: 02/12/2026 | 08:15" when edited; the header prints today; the sidebar's
   "Lịch công tác" prints this week's days. Gold: "Ngày đăng" (one prints "| 00:00": the day
   alone; the official notice: its letterhead day, not "Ngày đăng").
6. Summary printed twice: the bold ``div.tt-tomtat`` is the asset's description, and in two
   articles the editor also pasted the same lead, bold, as the first paragraph of the text.
   Gold: summary = that lead, and the body starts with it once. Two other articles have no
   ``tt-tomtat`` but a bold first paragraph in the text (that is the sapo, summary = it).
7. Widgets inside the text's container: ``div.asset-content`` holds after the text "Nội dung liên
   quan", "Từ khóa", the star rating "(0 Phiếu bầu)" and social bookmarks; one text embeds an
   inline "Tin liên quan:" box, one a "Xem thêm:" line, one a "File đính kèm:" line. None is
   body.
8. Bylines as this vendor's editors print them: ``tt-tacgia`` with "Tin, ảnh: X" (author and
   photographer), "ThS. X - Phó Trưởng phòng …" (name only), "Tin: X - Ảnh: Y", "X (Trường …)",
   a unit alone ("Phòng Giáo dục Trung học", "Văn phòng Sở") or "BBT" (nobody); in other
   articles ``tt-tacgia`` is empty and the editor typed the byline and "(Nguồn: Báo Bắc Giang)"
   / "Theo Cổng TTĐT Bộ GD&ĐT" as right-aligned paragraphs at the end of the text. The meta bar's
   "Người đăng: bientap.sgd" is a CMS account: nobody.
9. Captions: under the photo in a centred ``<em>``; in a CKEditor layout table (image cell, then a
   caption cell: the table is no text); in parentheses (taken off); "Ảnh: X" alone (no caption,
   X is a photographer); a photo with only an alt text (no caption).
10. Text pasted from Word (``p.MsoNormal``, ``MsoListParagraph`` with ``mso-list:Ignore``
    markers "-", ``<o:p>``): the markers are no text. One article (title included) is typed in
    decomposed Unicode (NFD, "Unicode tổ hợp"); one mixes named/decimal entities with raw UTF-8.
    Gold text is NFC.
11. An official notice (Thông báo) printed with its letterhead table, "THÔNG BÁO / Về việc …",
    "Nơi nhận" and the signer block: house convention (letterhead day, signer = author).
12. A soft 404: the slider still links an expired article; its URL answers 200 with the whole
    chrome and the portlet message "Nội dung yêu cầu không tồn tại hoặc đã hết hạn hiển thị."
    Not an article (no gold). The bare display page ``/web/sgddt/chi-tiet-tin`` also answers 200
    with "Không có nội dung nào được chọn." Not an article.
13. Chrome that reads like an article: "Giới thiệu" is a long Web Content Display text in the
    same ``journal-content-article`` markup, without a date. Not an article.

Gold decisions on ambiguous points
----------------------------------
- Duplicated lead (trap 6): once in the body, as its first paragraph.
- A ``<br>`` inside a paragraph splits it (README); a layout table holding a photo and its caption
  is not a text table (no " | " rows from it).
- "Tin, ảnh: X" after the text -> authors [X], photographers [X]; "(Nguồn: X)" -> source X.
- Expired/soft-404 and bare display pages are neither articles nor NON_ARTICLES (they are not
  "real pages" of content); tag listings and the search page likewise are only listings.
- The official notice's summary is null (no ``tt-tomtat``, first paragraph is not bold).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, unquote

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

NAME = "liferay62_vnpt_egov_sgddt"
PLATFORM = "Liferay 6.2 (VNPT eGov portal theme, Asset Publisher)"
START_PATH = "/web/sgddt/trang-chu"

SITE = "/web/sgddt"
SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Bắc Giang"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
GROUP = 20182
THEME = "/vnpt-egov-theme"
DISPLAY = f"{SITE}/chi-tiet-tin"
DETAIL_INST = "Ck9s"
HOME_INST = "wL4e"
EXPIRED_ENTRY = 41177
TS = "1733904000000"

#: slug -> (menu name, Asset Publisher instance id, page size)
CATS: dict[str, tuple[str, str, int]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", "dR5k", 4),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", "Qm2v", 3),
    "thong-bao": ("Thông báo", "hT8n", 2),
}
TAGS = {
    "giao-vien-day-gioi": "giáo viên dạy giỏi",
    "chuyen-doi-so": "chuyển đổi số",
    "kiem-tra-danh-gia": "kiểm tra đánh giá",
}

IMG = f"/documents/{GROUP}/41236"


def _tacgia(line: str) -> str:
    return f"<strong>{esc(line)}</strong>"


STORIES: list[Story] = [
    # ---------------------------------------------------------------- Tin tức - Sự kiện
    Story(
        id=1,
        slug="be-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        title="Bế mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T15:20:00+07:00",
        summary=(
            "Chiều 04/12, Sở GD&ĐT tổ chức bế mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT "
            "năm học 2026-2027. Sau 10 ngày thi, 186 giáo viên đã được công nhận danh hiệu giáo "
            "viên dạy giỏi cấp tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi năm nay có 214 giáo viên đến từ 41 trường THPT công lập, ngoài công lập "
                "và các trung tâm GDNN-GDTX trong tỉnh tham gia ở 13 môn học. Mỗi giáo viên trải "
                "qua hai phần thi: trình bày biện pháp nâng cao chất lượng dạy học và thực hành "
                "giảng dạy hai tiết trên lớp."
            ),
            Img(
                f"{IMG}/be-mac-hoi-thi-gvdg-1.jpg/8c1e2f7a-4b1d-4e0a-9f53-2d7c1a6b9e01?t=1764841200000",
                "Đồng chí Nguyễn Văn Thành, Phó Giám đốc Sở GD&ĐT phát biểu bế mạc Hội thi.",
                "Đồng chí Nguyễn Văn Thành, Phó Giám đốc Sở GD&ĐT phát biểu bế mạc Hội thi.",
            ),
            P(
                "Phát biểu bế mạc, đồng chí Nguyễn Văn Thành, Phó Giám đốc Sở GD&ĐT đánh giá: "
                "nhiều tiết dạy đã vận dụng linh hoạt các phương pháp, kỹ thuật dạy học tích cực, "
                "khai thác hiệu quả thiết bị dạy học và học liệu số; học sinh được tổ chức hoạt "
                "động, trao đổi, tranh luận sôi nổi."
            ),
            P(
                "Bên cạnh kết quả đạt được, Ban Giám khảo cũng chỉ ra một số hạn chế: một số tiết "
                "dạy còn nặng về trình chiếu, chưa phân bố thời gian hợp lý giữa các hoạt động; "
                "việc đánh giá học sinh trong giờ học ở một số tiết còn hình thức."
            ),
            P(
                "Kết quả, có 186 giáo viên được công nhận giáo viên dạy giỏi cấp tỉnh, trong đó 27 "
                "giáo viên đạt thành tích xuất sắc. Các trường THPT Chuyên Bắc Giang, THPT Ngô Sĩ "
                "Liên, THPT Lạng Giang số 1 có tỷ lệ giáo viên đạt giải cao."
            ),
            Img(
                f"{IMG}/be-mac-hoi-thi-gvdg-2.jpg/1f0a9d3c-7e26-4c55-b8a1-6e4d2f90c3b7?t=1764841260000",
                "Ban Tổ chức trao giấy chứng nhận cho các giáo viên đạt thành tích xuất sắc.",
                "Ban Tổ chức trao giấy chứng nhận cho các giáo viên đạt thành tích xuất sắc.",
            ),
            P(
                "Dịp này, Sở GD&ĐT tặng Giấy khen cho 27 giáo viên có thành tích xuất sắc và 5 đơn "
                "vị có thành tích tiêu biểu trong công tác tổ chức, tham gia Hội thi."
            ),
        ],
        authors=["Hoàng Minh Tuấn"],
        photographers=["Hoàng Minh Tuấn"],
        opts={
            "entry": 41258, "thumb": 41260, "dline": "04/12/2026 | 15:20",
            "tacgia": _tacgia("Tin, ảnh: Hoàng Minh Tuấn"), "tags": ["giao-vien-day-gioi"],
        },
    ),
    Story(
        id=2,
        slug="hoi-nghi-so-ket-cong-tac-chuyen-doi-so-nganh-giao-duc-quy-iv-nam-2026",
        title="Hội nghị sơ kết công tác chuyển đổi số ngành Giáo dục quý IV năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-12-02T08:15:00+07:00",
        summary=(
            "Sáng 02/12, Sở GD&ĐT tổ chức hội nghị trực tuyến sơ kết công tác chuyển đổi số quý "
            "IV năm 2026 tới 486 điểm cầu là các phòng chuyên môn, trường học trong toàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo tại hội nghị, đến hết tháng 11/2026, 100% cơ sở giáo dục phổ thông "
                "trong tỉnh đã sử dụng sổ điểm điện tử, học bạ số; 96,4% học sinh THCS, THPT đã "
                "được cấp tài khoản học tập trực tuyến. Toàn ngành đã số hóa hơn 1,2 triệu hồ sơ "
                "học bạ và văn bằng, chứng chỉ."
            ),
            P(
                "Hệ thống quản lý văn bản và điều hành được sử dụng thống nhất từ Sở đến các trường "
                "trực thuộc; tỷ lệ văn bản đi, đến được xử lý hoàn toàn trên môi trường mạng đạt "
                "98,7%."
            ),
            Raw(
                '<div class="box-tinlq" style="float:right;width:40%;border:1px solid #ccc;'
                'margin:5px 0 5px 10px;padding:5px"><b>Tin liên quan:</b><ul>'
                f'<li><a href="{DISPLAY}/-/asset_publisher/dR5k/content/'
                'be-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027">'
                "Bế mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027</a></li>"
                "</ul></div>"
            ),
            P("Những khó khăn, vướng mắc", "h"),
            P(
                "Tuy nhiên, hạ tầng công nghệ thông tin ở một số trường vùng cao còn thiếu và xuống "
                "cấp; đường truyền internet tại các điểm trường lẻ chưa ổn định. Một bộ phận giáo "
                "viên lớn tuổi còn lúng túng khi khai thác phần mềm và học liệu số."
            ),
            Img(
                f"{IMG}/hoi-nghi-cds-quy-iv.jpg/5b2e9c41-0d7a-4f3e-a6c8-93e1b7d20f54?t=1764638100000",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT.",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT.",
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Lê Thị Thu Hằng, Giám đốc Sở GD&ĐT đề nghị các đơn vị "
                "tiếp tục rà soát, bổ sung thiết bị; tăng cường bồi dưỡng kỹ năng số cho đội ngũ; "
                "triển khai thí điểm ứng dụng trí tuệ nhân tạo hỗ trợ soạn bài giảng và đánh giá "
                "học sinh từ học kỳ II năm học 2026-2027."
            ),
        ],
        authors=["Đỗ Văn Hùng"],
        opts={
            "entry": 41219, "thumb": 41221, "dline": "02/12/2026 | 08:15",
            "upd": "04/12/2026 | 16:40", "lead_twice": True,
            "tacgia": _tacgia("ThS. Đỗ Văn Hùng - Phó Trưởng phòng Kế hoạch - Tài chính"),
            "tags": ["chuyen-doi-so"], "links": [7],
        },
    ),
    Story(
        id=3,
        slug="trao-hoc-bong-tiep-suc-den-truong-cho-120-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao học bổng “Tiếp sức đến trường” cho 120 học sinh có hoàn cảnh khó khăn",
        cat="tin-tuc-su-kien",
        published_at="2026-11-27",
        summary=(
            "Ngày 27/11, Sở GD&ĐT phối hợp với Quỹ Khuyến học tỉnh và Báo Bắc Giang trao 120 suất "
            "học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh đặc biệt khó khăn, vượt khó "
            "học tốt."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi suất học bổng trị giá 3 triệu đồng tiền mặt cùng một bộ sách giáo khoa, đồ "
                "dùng học tập. Tổng giá trị các phần quà trên 400 triệu đồng, do các doanh nghiệp, "
                "nhà hảo tâm trong và ngoài tỉnh ủng hộ."
            ),
            Img(
                f"/documents/{GROUP}/41237/trao-hoc-bong-tiep-suc.jpg/"
                "c4d81e02-5a9b-47f6-8e3d-0b6f2a71c9e8?t=1764212400000",
                "(Đại diện các nhà tài trợ trao học bổng cho học sinh)",
                "Đại diện các nhà tài trợ trao học bổng cho học sinh",
            ),
            P(
                "Các em nhận học bổng năm nay đều có hoàn cảnh đặc biệt: mồ côi cha hoặc mẹ, gia "
                "đình thuộc hộ nghèo, có người thân mắc bệnh hiểm nghèo… nhưng luôn nỗ lực vươn "
                "lên, đạt kết quả học tập khá, giỏi."
            ),
            P(
                "Em Hoàng Thị Ngọc Ánh, học sinh lớp 11A3, Trường THPT Yên Thế chia sẻ: “Bố em mất "
                "sớm, mẹ làm ruộng nuôi ba chị em ăn học. Số tiền học bổng sẽ giúp em trang trải "
                "tiền ăn ở nội trú trong học kỳ này”.",
                "q",
            ),
            P(
                "Từ năm 2015 đến nay, chương trình “Tiếp sức đến trường” đã trao gần 1.500 suất học "
                "bổng với tổng trị giá hơn 4 tỷ đồng."
            ),
            Raw('<p style="text-align: right;"><strong>Thu Hà</strong></p>'),
            Raw('<p style="text-align: right;"><em>(Nguồn: Báo Bắc Giang)</em></p>'),
        ],
        authors=["Thu Hà"],
        source="Báo Bắc Giang",
        opts={"entry": 41196, "thumb": 41198, "dline": "27/11/2026 | 00:00"},
    ),
    Story(
        id=4,
        slug="lanh-dao-tinh-gap-mat-nha-giao-tieu-bieu-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Lãnh đạo tỉnh gặp mặt nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T10:05:00+07:00",
        summary=(
            "Sáng 19/11, Tỉnh ủy, HĐND, UBND tỉnh tổ chức gặp mặt 150 nhà giáo, cán bộ quản lý "
            "giáo dục tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
            "20/11/2026)."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự có đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành, đoàn thể; lãnh "
                "đạo Sở GD&ĐT và các nhà giáo tiêu biểu đại diện cho hơn 27 nghìn cán bộ, giáo "
                "viên, nhân viên ngành Giáo dục tỉnh."
            ),
            Img(
                f"{IMG}/gap-mat-20-11-2026.jpg/7e3a0b95-26cd-4f18-b0e4-5a9c1d8f6e23?t=1763609100000",
                "Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu.",
                "Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu.",
                style="table",
            ),
            P(
                "Năm học 2025-2026, ngành Giáo dục Bắc Giang tiếp tục giữ vững vị trí trong nhóm "
                "dẫn đầu cả nước: điểm trung bình thi tốt nghiệp THPT xếp thứ 6 toàn quốc; 68 học "
                "sinh đạt giải trong kỳ thi chọn học sinh giỏi quốc gia, trong đó có 9 giải Nhất."
            ),
            P(
                "Phát biểu tại buổi gặp mặt, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận, biểu dương "
                "những đóng góp của đội ngũ nhà giáo; đề nghị ngành tiếp tục đổi mới quản trị nhà "
                "trường, chăm lo đời sống giáo viên, nhất là giáo viên công tác ở vùng khó khăn."
            ),
            P(
                "Dịp này, 12 nhà giáo được tặng Bằng khen của Chủ tịch UBND tỉnh vì có thành tích "
                "xuất sắc trong sự nghiệp giáo dục."
            ),
        ],
        authors=["Ngọc Linh"],
        photographers=["Văn Thắng"],
        opts={
            "entry": 41143, "thumb": 41145, "dline": "20/11/2026 | 10:05",
            "upd": "21/11/2026 | 08:30", "tacgia": _tacgia("Tin: Ngọc Linh - Ảnh: Văn Thắng"),
            "links": [3],
        },
    ),
    Story(
        id=5,
        slug="doan-kiem-tra-cua-bo-gd-dt-lam-viec-tai-bac-giang-ve-thuc-hien-chuong-trinh-gdpt-2018",
        title="Đoàn kiểm tra của Bộ GD&ĐT làm việc tại Bắc Giang về thực hiện Chương trình GDPT 2018",
        cat="tin-tuc-su-kien",
        published_at="2026-11-06T14:00:00+07:00",
        summary=(
            "Từ ngày 04 đến 06/11, Đoàn kiểm tra của Bộ GD&ĐT do Vụ Giáo dục Trung học chủ trì đã "
            "làm việc tại Bắc Giang về việc thực hiện Chương trình giáo dục phổ thông 2018."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn đã kiểm tra thực tế tại 6 trường tiểu học, THCS và THPT; dự giờ 18 tiết học, "
                "làm việc với cán bộ quản lý, tổ trưởng chuyên môn và giáo viên về xây dựng kế "
                "hoạch giáo dục nhà trường, tổ chức dạy học các môn học lựa chọn và hoạt động trải "
                "nghiệm, hướng nghiệp."
            ),
            P(
                "Theo kế hoạch, đoàn tập trung kiểm tra ba nội dung: việc lựa chọn sách giáo khoa; "
                "việc bảo đảm đội ngũ giáo viên các môn học mới như Tin học, Công nghệ, Nghệ "
                "thuật; việc tổ chức kiểm tra, đánh giá theo Thông tư 22/2021/TT-BGDĐT."
            ),
            P(
                "Kết luận buổi làm việc, Trưởng đoàn đánh giá cao sự chủ động của Sở GD&ĐT Bắc "
                "Giang trong bồi dưỡng giáo viên và xây dựng tổ hợp môn học lựa chọn phù hợp với "
                "điều kiện từng trường. Đoàn cũng lưu ý tỉnh về tình trạng thiếu giáo viên Âm "
                "nhạc, Mỹ thuật ở cấp tiểu học."
            ),
            Raw('<p style="text-align: right;"><em>Theo Cổng TTĐT Bộ GD&amp;ĐT</em></p>'),
        ],
        source="Cổng TTĐT Bộ GD&ĐT",
        opts={"entry": 41052, "thumb": 41054, "dline": "06/11/2026 | 14:00"},
    ),
    Story(
        id=6,
        slug="so-gd-dt-phat-dong-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Sở GD&ĐT phát động hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-08T16:45:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch của UBND tỉnh, Sở GD&ĐT ban hành văn bản hướng dẫn các cơ sở "
                "giáo dục tổ chức các hoạt động hưởng ứng Tuần lễ học tập suốt đời năm 2026 với "
                "chủ đề “Học tập suốt đời trong kỷ nguyên số”."
            ),
            P(
                "Tuần lễ diễn ra từ ngày 01 đến 07/10/2026. Các trung tâm học tập cộng đồng, thư "
                "viện trường học được yêu cầu mở cửa phục vụ người dân ngoài giờ hành chính, tổ "
                "chức các lớp chuyên đề về kỹ năng số, an toàn giao thông, chăm sóc sức khỏe."
            ),
            P("Một số hoạt động trọng tâm:"),
            P("Tổ chức Ngày hội đọc sách tại 100% trường phổ thông;", "li"),
            P("Phát động cuộc thi “Gia đình học tập, dòng họ học tập” cấp cơ sở;", "li"),
            P("Tuyên truyền trên cổng thông tin điện tử, trang mạng xã hội của các đơn vị.", "li"),
            P(
                "Sở GD&ĐT đề nghị các đơn vị báo cáo kết quả tổ chức Tuần lễ trước ngày 20/10/2026 "
                "để tổng hợp, báo cáo UBND tỉnh."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/documents/20182/35412/KH-1921-SGDDT-tuan-le-hoc-tap.pdf">'
                "Kế hoạch số 1921/KH-SGDĐT</a></em></p>"
            ),
        ],
        opts={
            "entry": 40911, "thumb": 40913, "dline": "08/10/2026 | 16:45", "ent": 2,
            "tacgia": _tacgia("BBT"),
        },
    ),
    # ---------------------------------------------------------------- Hoạt động chuyên môn
    Story(
        id=7,
        slug="tap-huan-giao-vien-cot-can-ve-kiem-tra-danh-gia-mon-ngu-van",
        title=(
            "Tập huấn giáo viên cốt cán về kiểm tra, đánh giá theo định hướng phát triển năng lực "
            "môn Ngữ văn"
        ),
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Trong hai ngày 02 và 03/12, Sở GD&ĐT tổ chức tập huấn cho 135 giáo viên cốt cán môn "
            "Ngữ văn cấp THCS, THPT về xây dựng đề kiểm tra, đánh giá theo định hướng phát triển "
            "năng lực."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại lớp tập huấn, các báo cáo viên là giảng viên Trường Đại học Sư phạm Hà Nội đã "
                "hướng dẫn học viên quy trình xây dựng ma trận, bản đặc tả và đề kiểm tra định kỳ; "
                "cách sử dụng ngữ liệu ngoài sách giáo khoa trong đề kiểm tra đọc hiểu và viết.",
                "mso",
            ),
            P("Nội dung tập huấn tập trung vào ba chuyên đề:", "mso"),
            P(
                "Chuyên đề 1: Kỹ thuật biên soạn câu hỏi đọc hiểu theo các mức độ nhận biết, thông "
                "hiểu, vận dụng;",
                "mso-li",
            ),
            P(
                "Chuyên đề 2: Xây dựng hướng dẫn chấm và rubric đánh giá bài viết nghị luận;",
                "mso-li",
            ),
            P(
                "Chuyên đề 3: Phân tích kết quả kiểm tra để điều chỉnh hoạt động dạy học.",
                "mso-li",
            ),
            P(
                "Học viên được chia thành 9 nhóm thực hành, mỗi nhóm hoàn thiện một đề kiểm tra "
                "cuối học kỳ I kèm hướng dẫn chấm. Các sản phẩm sẽ được Phòng Giáo dục Trung học "
                "thẩm định, bổ sung vào ngân hàng đề dùng chung của tỉnh.",
                "mso",
            ),
            P(
                "Sau tập huấn, giáo viên cốt cán có trách nhiệm bồi dưỡng lại cho giáo viên tại "
                "đơn vị trước ngày 25/12/2026.",
                "mso",
            ),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={
            "entry": 41237, "thumb": 41239, "dline": "03/12/2026 | 14:30",
            "tacgia": _tacgia("Phòng Giáo dục Trung học"), "tags": ["kiem-tra-danh-gia"],
        },
    ),
    Story(
        id=8,
        slug="chuyen-de-day-hoc-stem-gan-voi-thuc-tien-dia-phuong",
        title="Chuyên đề “Dạy học STEM gắn với thực tiễn địa phương” tại Trường THCS Nguyễn Khắc Nhu",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-25T07:50:00+07:00",
        summary=(
            "Ngày 24/11, Trường THCS Nguyễn Khắc Nhu tổ chức chuyên đề cấp tỉnh “Dạy học STEM gắn "
            "với thực tiễn địa phương” với sự tham dự của gần 100 cán bộ quản lý, giáo viên cốt "
            "cán môn Khoa học tự nhiên, Công nghệ."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại chuyên đề, cô giáo Trần Thị Mai Phương và các học sinh lớp 8A1 đã thực hiện "
                "bài học STEM “Thiết kế hệ thống tưới nhỏ giọt cho vườn vải thiều”. Học sinh làm "
                "việc theo nhóm, vận dụng kiến thức về áp suất chất lỏng, dòng điện và cảm biến độ "
                "ẩm để chế tạo mô hình từ vật liệu dễ tìm."
            ),
            Img(
                f"/documents/{GROUP}/41237/chuyen-de-stem-nkn.jpg/"
                "0a6f3d28-9b14-4c7e-8d52-e1b9f6a3c407?t=1764035400000",
                "Ảnh: Đức Thịnh",
                None,
            ),
            P(
                "Các đại biểu đánh giá bài học được thiết kế công phu, gắn với sản phẩm nông nghiệp "
                "đặc trưng của địa phương, phát huy được tính chủ động, sáng tạo của học sinh. Nhiều "
                "ý kiến thảo luận xoay quanh việc bố trí thời lượng, kinh phí mua vật tư và cách "
                "đánh giá sản phẩm của học sinh trong bài học STEM."
            ),
            P(
                "Phó Trưởng phòng Giáo dục Trung học Nguyễn Thị Hồng Nhung đề nghị các trường xây "
                "dựng kế hoạch dạy học STEM ngay từ đầu năm học, tăng cường liên kết với doanh "
                "nghiệp, hợp tác xã trên địa bàn để học sinh được trải nghiệm thực tế."
            ),
        ],
        authors=["Trần Thị Mai Phương"],
        photographers=["Đức Thịnh"],
        opts={
            "entry": 41161, "thumb": 41163, "dline": "25/11/2026 | 07:50", "lead_twice": True,
            "tacgia": _tacgia("Trần Thị Mai Phương (Trường THCS Nguyễn Khắc Nhu)"),
        },
    ),
    Story(
        id=9,
        slug="hoi-thao-doi-moi-phuong-phap-on-thi-tot-nghiep-thpt-nam-2027",
        title="Hội thảo đổi mới phương pháp ôn thi tốt nghiệp THPT năm 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-13T09:00:00+07:00",
        summary=(
            "Ngày 12/11, tại Trường THPT Lạng Giang số 1, Sở GD&ĐT tổ chức hội thảo chia sẻ kinh "
            "nghiệm ôn thi tốt nghiệp THPT năm 2027 – năm thứ hai thi theo Chương trình GDPT 2018."
        ),
        blocks=[
            P(
                "Ngày 12/11, tại Trường THPT Lạng Giang số 1, Sở GD&ĐT tổ chức hội thảo chia sẻ "
                "kinh nghiệm ôn thi tốt nghiệp THPT năm 2027 – năm thứ hai thi theo Chương trình "
                "GDPT 2018.",
                "b",
            ),
            P(
                "Hội thảo thu hút gần 200 đại biểu là cán bộ quản lý, tổ trưởng chuyên môn của các "
                "trường THPT, trung tâm GDNN-GDTX trong tỉnh. Ban tổ chức nhận được 34 tham luận, "
                "trong đó 8 tham luận được trình bày trực tiếp."
            ),
            P(
                "Nhiều đơn vị chia sẻ cách phân loại học sinh theo năng lực ngay từ đầu năm lớp 12, "
                "xây dựng lộ trình ôn tập riêng cho từng nhóm; tăng cường luyện đề với dạng câu hỏi "
                "trắc nghiệm đúng/sai và trả lời ngắn."
            ),
            Img(f"/documents/{GROUP}/41237/hoi-thao-on-thi-tn-2027.jpg", None, None, style="bare"),
            P(
                "Trường THPT Ngô Sĩ Liên giới thiệu mô hình “lớp học đảo ngược”: học sinh tự học "
                "video bài giảng ở nhà, thời gian trên lớp dành cho giải đáp thắc mắc và luyện tập "
                "theo nhóm. Sau một năm áp dụng, điểm trung bình môn Toán của nhà trường tăng 0,42 "
                "điểm."
            ),
            P(
                "Kết luận hội thảo, lãnh đạo Sở đề nghị các trường sớm rà soát, hoàn thiện kế hoạch "
                "ôn tập, tránh tình trạng dạy thêm tràn lan, gây áp lực cho học sinh."
            ),
        ],
        authors=["Lê Quang Vinh"],
        opts={
            "entry": 41088, "thumb": 41090, "dline": "13/11/2026 | 09:00", "nfd": True,
            "tacgia": _tacgia("Lê Quang Vinh"),
        },
    ),
    Story(
        id=10,
        slug="kiem-tra-thuc-hien-chuong-trinh-giao-duc-mam-non-tai-phuong-bac-giang",
        title=(
            "Kiểm tra việc thực hiện Chương trình giáo dục mầm non tại các cơ sở giáo dục phường "
            "Bắc Giang"
        ),
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-29T15:10:00+07:00",
        summary=(
            "Từ ngày 26 đến 28/10, đoàn kiểm tra của Sở GD&ĐT đã kiểm tra việc thực hiện Chương "
            "trình giáo dục mầm non tại 7 trường mầm non công lập và tư thục trên địa bàn phường "
            "Bắc Giang."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn kiểm tra hồ sơ chuyên môn, dự hoạt động học, hoạt động vui chơi ở 21 nhóm, "
                "lớp; kiểm tra việc bảo đảm an toàn thực phẩm, bếp ăn bán trú và điều kiện cơ sở "
                "vật chất."
            ),
            P(
                "Qua kiểm tra, các trường đều xây dựng kế hoạch giáo dục phù hợp với độ tuổi, chú "
                "trọng chủ đề “Lấy trẻ làm trung tâm”; môi trường lớp học được trang trí sinh động, "
                "tận dụng nguyên vật liệu địa phương."
            ),
            P("Tuy nhiên, đoàn cũng chỉ ra một số tồn tại:"),
            P("- Một số nhóm trẻ tư thục còn vượt quá số trẻ quy định;", "br"),
            P("- Việc ghi chép sổ theo dõi sức khỏe trẻ ở một số lớp chưa đầy đủ.", "br"),
            P(
                "Đoàn đề nghị các trường khắc phục tồn tại trước ngày 30/11/2026 và báo cáo kết quả "
                "về Sở qua Phòng Giáo dục Mầm non - Tiểu học."
            ),
        ],
        authors=["Phòng Giáo dục Mầm non - Tiểu học"],
        opts={
            "entry": 40987, "thumb": 40989, "dline": "29/10/2026 | 15:10",
            "tacgia": _tacgia("Phòng Giáo dục Mầm non - Tiểu học"),
        },
    ),
    # ---------------------------------------------------------------- Thông báo
    Story(
        id=11,
        slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title=(
            "Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học "
            "2026-2027"
        ),
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">'
                '<tbody><tr><td style="text-align: center; width: 40%;">UBND TỈNH BẮC GIANG<br />'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align: center;">Số: 2145/TB-SGDĐT</td>'
                '<td style="text-align: right;"><em>Bắc Giang, ngày 30 tháng 11 năm 2026</em></td>'
                "</tr></tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align: center;"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi '
                "cấp tỉnh lớp 12 năm học 2026-2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 1876/KH-SGDĐT ngày 15/8/2026 của Sở GD&ĐT về tổ chức các kỳ "
                "thi, cuộc thi năm học 2026-2027, Sở GD&ĐT thông báo tổ chức Kỳ thi chọn học sinh "
                "giỏi cấp tỉnh lớp 12 năm học 2026-2027 như sau:"
            ),
            P(
                "1. Thời gian thi: ngày 22/12/2026 (buổi sáng). Thí sinh có mặt tại điểm thi lúc 6 "
                "giờ 45 phút để làm thủ tục dự thi."
            ),
            P(
                "2. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
                "Tiếng Anh, Giáo dục kinh tế và pháp luật."
            ),
            P("3. Địa điểm thi: Trường THPT Chuyên Bắc Giang và Trường THPT Ngô Sĩ Liên."),
            P(
                "4. Hồ sơ đăng ký dự thi: các đơn vị nhập danh sách thí sinh trên phần mềm quản lý "
                "thi và gửi bản in có xác nhận của thủ trưởng đơn vị về Phòng Quản lý chất lượng "
                "trước ngày 10/12/2026."
            ),
            P(
                "Sở GD&ĐT đề nghị thủ trưởng các đơn vị thông báo đến giáo viên, học sinh và nghiêm "
                "túc thực hiện./."
            ),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong>'
                "<br />- Các trường THPT, TT GDNN-GDTX;<br />- Lãnh đạo Sở;<br />- Lưu: VT, QLCL."
                '</td><td style="text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC'
                "<br />PHÓ GIÁM ĐỐC</strong><br /><br /><em>(Đã ký)</em><br /><br />"
                "<strong>Nguyễn Văn Thành</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Văn Thành"],
        opts={"entry": 41228, "thumb": 41230, "dline": "01/12/2026 | 10:20"},
    ),
    Story(
        id=12,
        slug="lich-tiep-cong-dan-dinh-ky-cua-giam-doc-so-thang-12-2026",
        title="Lịch tiếp công dân định kỳ của Giám đốc Sở tháng 12/2026",
        cat="thong-bao",
        published_at="2026-11-24T16:00:00+07:00",
        blocks=[
            P(
                "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của Sở GD&ĐT, Giám đốc Sở "
                "tiếp công dân định kỳ trong tháng 12/2026 theo lịch sau:"
            ),
            P("Thời gian | Người tiếp công dân | Địa điểm", "th"),
            P(
                "Thứ Ba, 08/12/2026 | Giám đốc Sở Lê Thị Thu Hằng | Phòng tiếp công dân, Sở GD&ĐT",
                "tr",
            ),
            P(
                "Thứ Ba, 22/12/2026 | Phó Giám đốc Sở Nguyễn Văn Thành | Phòng tiếp công dân, Sở "
                "GD&ĐT",
                "tr",
            ),
            P(
                "Công dân đến liên hệ mang theo căn cước công dân và các giấy tờ, tài liệu liên quan "
                "đến nội dung kiến nghị, phản ánh."
            ),
            P("Mọi thông tin chi tiết xin liên hệ Văn phòng Sở, điện thoại: 0204.3.854.536."),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "entry": 41150, "thumb": 41152, "dline": "24/11/2026 | 16:00",
            "tacgia": _tacgia("Văn phòng Sở"),
        },
    ),
    Story(
        id=13,
        slug="danh-sach-thi-sinh-du-dieu-kien-tham-du-vong-2-ky-xet-tuyen-vien-chuc-giao-duc-nam-2026",
        title=(
            "Danh sách thí sinh đủ điều kiện tham dự vòng 2 kỳ xét tuyển viên chức giáo dục năm "
            "2026"
        ),
        cat="thong-bao",
        published_at="2026-11-02T08:00:00+07:00",
        summary=(
            "Hội đồng xét tuyển viên chức Sở GD&ĐT thông báo danh sách 312 thí sinh đủ điều kiện "
            "tham dự vòng 2 kỳ xét tuyển viên chức giảng dạy tại các trường THPT công lập năm 2026."
        ),
        blocks=[
            P(
                "Hội đồng xét tuyển viên chức Sở GD&ĐT thông báo danh sách 312 thí sinh đủ điều "
                "kiện tham dự vòng 2 kỳ xét tuyển viên chức giảng dạy tại các trường THPT công lập "
                "năm 2026.",
                "b",
            ),
            P(
                "Vòng 2 được tổ chức bằng hình thức thực hành giảng dạy, dự kiến từ ngày 16 đến "
                "20/11/2026 tại Trường THPT Chuyên Bắc Giang. Lịch thi chi tiết của từng môn sẽ "
                "được thông báo trên Cổng thông tin điện tử của Sở và niêm yết tại trụ sở Sở GD&ĐT."
            ),
            P(
                "Thí sinh có tên trong danh sách nộp phí dự tuyển trước ngày 12/11/2026 theo hướng "
                "dẫn của Hội đồng xét tuyển. Thí sinh có thắc mắc liên hệ Phòng Tổ chức cán bộ, "
                "điện thoại 0204.3.855.127 trong giờ hành chính."
            ),
            Raw(
                '<p><strong>File đính kèm:</strong> <a href="/documents/20182/35413/'
                'DS-thi-sinh-vong-2-VC-2026.pdf"><img alt="" src="/vnpt-egov-theme/images/'
                'file_system/small/pdf.png" /> DS-thi-sinh-vong-2-VC-2026.pdf</a></p>'
            ),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={
            "entry": 41011, "thumb": 41013, "dline": "02/11/2026 | 08:00",
            "tacgia": _tacgia("Phòng Tổ chức cán bộ"),
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
BY_ENTRY = {s.opts["entry"]: s for s in STORIES}


def _sort_key(story: Story) -> tuple[str, str]:
    d, t = (x.strip() for x in story.opts["dline"].split("|"))
    day, month, year = d.split("/")
    return (f"{year}{month}{day}", t)


def _cat_items(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=_sort_key, reverse=True)


def _home_items() -> list[Story]:
    pool = [s for s in STORIES if s.cat in ("tin-tuc-su-kien", "hoat-dong-chuyen-mon")]
    return sorted(pool, key=_sort_key, reverse=True)[:5]


SLIDER = [1, 4]


# --- URLs ------------------------------------------------------------------------------------


def article_url(story: Story, inst: str | None = None) -> str:
    return f"{DISPLAY}/-/asset_publisher/{inst or CATS[story.cat][1]}/content/{story.slug}"


def entry_url(entry: int, inst: str = HOME_INST) -> str:
    return f"{DISPLAY}/-/asset_publisher/{inst}/content/id/{entry}"


def print_url(story: Story) -> str:
    return article_url(story) + "?p_p_state=pop_up&viewMode=print"


def list_url(cat: str, cur: int) -> str:
    _, inst, delta = CATS[cat]
    ns = f"_101_INSTANCE_{inst}_"
    return (
        f"{SITE}/{cat}?p_p_id=101_INSTANCE_{inst}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&p_p_col_id=column-1&p_p_col_count=1&{ns}delta={delta}&{ns}keywords="
        f"&{ns}advancedSearch=false&{ns}andOperator=true&p_r_p_564233524_resetCur=false"
        f"&{ns}cur={cur}"
    )


def redirect_url(story: Story, listing: str) -> str:
    return article_url(story) + "?redirect=" + quote(listing, safe="") + "&inheritRedirect=true"


def _pages(cat: str) -> int:
    n = len(_cat_items(cat))
    size = CATS[cat][2]
    return max(1, (n + size - 1) // size)


def _position(story: Story) -> int:
    """The list page (1-based) that holds the story."""
    return _cat_items(story.cat).index(story) // CATS[story.cat][2] + 1


# --- chrome ----------------------------------------------------------------------------------

MENU = [
    ("trang-chu", "Trang chủ", []),
    ("gioi-thieu", "Giới thiệu", [("gioi-thieu", "Giới thiệu chung"), ("co-cau-to-chuc", "Cơ cấu tổ chức")]),
    ("tin-tuc-su-kien", "Tin tức - Sự kiện", []),
    ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn", []),
    ("thong-bao", "Thông báo", []),
    ("van-ban-chi-dao", "Văn bản chỉ đạo", []),
    ("lich-cong-tac", "Lịch công tác", []),
    ("thu-vien-anh", "Thư viện ảnh", []),
    ("lien-he", "Liên hệ", []),
]
PLIDS = {slug: 20500 + i * 3 for i, (slug, _, _) in enumerate(MENU)}
PLIDS.update({"co-cau-to-chuc": 20530, "chi-tiet-tin": 20533, "tim-kiem": 20536})


def _nav(selected: str) -> str:
    items = []
    for i, (slug, label, children) in enumerate(MENU, start=1):
        cls = ' class="selected"' if slug == selected else ""
        sub = ""
        if children:
            lis = "".join(
                f'<li class="" id="layout_{PLIDS[c]}" role="presentation">'
                f'<a aria-labelledby="layout_{PLIDS[c]}" href="{SITE}/{c}" role="menuitem">'
                f"{esc(lab)}</a></li>"
                for c, lab in children
            )
            sub = f'<ul class="child-menu" role="menu">{lis}</ul>'
        popup = ' aria-haspopup="true"' if children else ""
        items.append(
            f'<li{cls} id="layout_{i}" role="presentation">'
            f'<a aria-labelledby="layout_{i}"{popup} href="{SITE}/{slug}" role="menuitem">'
            f"<span>{esc(label)}</span></a>{sub}</li>"
        )
    return (
        '<nav class="sort-pages modify-pages" id="navigation" role="navigation">'
        '<h1 class="hide-accessible"><span>Điều hướng</span></h1>'
        f'<ul aria-label="Các trang" role="menubar">{"".join(items)}</ul></nav>'
    )


def _breadcrumb(trail: list[tuple[str | None, str]]) -> str:
    lis = []
    for i, (href, label) in enumerate(trail):
        cls = ["first"] if i == 0 else []
        if i == len(trail) - 1:
            cls.append("active last")
            inner = esc(label)
        else:
            inner = f'<a href="{href}" >{esc(label)}</a><span class="divider">/</span>'
        lis.append(f'<li class="{" ".join(cls)}">{inner}</li>')
    return (
        '<nav id="breadcrumbs"><h1 class="hide-accessible">Bạn đang ở</h1>'
        f'<ul aria-label="Đường dẫn" class="breadcrumb breadcrumb-horizontal">{"".join(lis)}</ul>'
        "</nav>"
    )


def portlet(pid: str, title: str, body: str, extra_cls: str = "") -> str:
    base = pid.split("_INSTANCE_")[0]
    return (
        f'<div class="portlet-boundary portlet-boundary_{base}_ portlet-static portlet-static-end '
        f'{extra_cls}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}"><header class="portlet-topper">'
        f'<h1 class="portlet-title"><span class="portlet-title-text">{esc(title)}</span></h1>'
        '<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_'
        f'{pid}" type="toolbar"></menu></header>'
        '<div class="portlet-content"><div class=" portlet-content-container" style="">'
        f'<div class="portlet-body">{body}</div></div></div></section></div>'
    )


DOCS = [
    ("2101/SGDĐT-GDTrH", "Hướng dẫn tổ chức ôn thi tốt nghiệp THPT năm 2027", "25/11/2026",
     "35412/2101-SGDDT-GDTrH-huong-dan-on-thi-TN-2027.pdf"),
    ("2056/KH-SGDĐT", "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT",
     "12/11/2026", "35412/KH-2056-SGDDT-hoi-thi-GVDG.pdf"),
    ("1987/SGDĐT-VP", "Về việc tăng cường công tác phòng, chống dịch bệnh mùa đông xuân",
     "28/10/2026", "35412/1987-SGDDT-VP-phong-chong-dich.pdf"),
    ("1921/KH-SGDĐT", "Kế hoạch hưởng ứng Tuần lễ học tập suốt đời năm 2026", "25/09/2026",
     "35412/KH-1921-SGDDT-tuan-le-hoc-tap.pdf"),
]

WEEK = [
    ("Thứ Hai", "30/11", "08h00: Giám đốc Sở dự họp UBND tỉnh thường kỳ tháng 11."),
    ("Thứ Ba", "01/12", "14h00: Phó Giám đốc Nguyễn Văn Thành làm việc với Phòng Quản lý chất lượng."),
    ("Thứ Tư", "02/12", "08h00: Hội nghị sơ kết công tác chuyển đổi số quý IV (trực tuyến)."),
    ("Thứ Năm", "03/12", "Cả ngày: Lãnh đạo Sở kiểm tra công tác chuẩn bị thi HSG cấp tỉnh."),
    ("Thứ Sáu", "04/12", "15h00: Bế mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT."),
]


def _sidebar() -> str:
    docs = "".join(
        f'<li class="vb-item"><a href="/documents/{GROUP}/{path}" target="_blank">'
        f"<b>{esc(no)}</b></a> - {esc(subj)}<br /><span class=\"vb-ngay\">"
        f"Ngày ban hành: {day}</span></li>"
        for no, subj, day, path in DOCS
    )
    week = "".join(
        f'<tr><td class="lct-thu">{thu}<br />{day}</td><td>{esc(what)}</td></tr>'
        for thu, day, what in WEEK
    )
    poll = (
        f'<form action="{SITE}/trang-chu?p_p_id=86_INSTANCE_Jx3p&amp;p_p_lifecycle=1&amp;'
        'p_p_state=normal&amp;p_p_mode=view&amp;p_p_col_id=column-2&amp;p_p_col_count=1&amp;'
        '_86_INSTANCE_Jx3p_struts_action=%2Fpolls_display%2Fview_question" method="post" '
        'name="_86_INSTANCE_Jx3p_fm"><input name="_86_INSTANCE_Jx3p_questionId" type="hidden" '
        'value="20961" /><p class="poll-q">Bạn đánh giá thế nào về chất lượng dịch vụ công trực '
        'tuyến của Sở GD&amp;ĐT?</p>'
        '<label><input name="_86_INSTANCE_Jx3p_choiceId" type="radio" value="20962" /> Rất hài '
        'lòng</label><br /><label><input name="_86_INSTANCE_Jx3p_choiceId" type="radio" '
        'value="20963" /> Hài lòng</label><br /><label><input name="_86_INSTANCE_Jx3p_choiceId" '
        'type="radio" value="20964" /> Chưa hài lòng</label><br />'
        '<button class="btn" type="submit">Bình chọn</button></form>'
    )
    links = (
        '<select class="lienket" onchange="window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://bacgiang.gov.vn">Cổng TTĐT tỉnh Bắc Giang</option>'
        '<option value="https://baobacgiang.vn">Báo Bắc Giang</option></select>'
    )
    counter = (
        '<div class="vnpt-counter"><p>Số lượt truy cập: <b>2.456.781</b></p>'
        "<p>Đang truy cập: <b>37</b></p><p>Hôm nay: <b>1.284</b></p></div>"
    )
    return "".join(
        [
            portlet("vanbanchidao_WAR_vnptegovportlet", "Văn bản chỉ đạo",
                    f'<ul class="vb-list">{docs}</ul><div class="vb-xemtiep">'
                    f'<a href="{SITE}/van-ban-chi-dao">Xem tiếp »</a></div>'),
            portlet("lichcongtac_WAR_vnptegovportlet", "Lịch công tác",
                    '<div class="lct-tuan">Tuần 49 (30/11/2026 - 06/12/2026)</div>'
                    f'<table class="lct-mini">{week}</table>'
                    f'<a href="{SITE}/lich-cong-tac">Xem chi tiết</a>'),
            portlet("86_INSTANCE_Jx3p", "Thăm dò ý kiến", poll),
            portlet("lienketweb_WAR_vnptegovportlet", "Liên kết website", links),
            portlet("thongke_WAR_vnptegovportlet", "Thống kê truy cập", counter),
        ]
    )


def page(
    request: Request,
    *,
    title: str,
    selected: str,
    trail: list[tuple[str | None, str]],
    main: str,
    canonical: str,
    plid: int,
    description: str = "",
    sidebar: bool = True,
) -> Response:
    base = base_url(request)
    col2 = (
        '<div class="portlet-column portlet-column-last span4" id="column-2">'
        '<div class="portlet-dropzone portlet-column-content portlet-column-content-last" '
        f'id="layout-column_column-2">{_sidebar()}</div></div>'
        if sidebar
        else ""
    )
    span = "span8" if sidebar else "span12"
    body = f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - {SITE_NAME}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{esc(description)}" lang="vi-VN" name="description" />
<link href="{THEME}/images/favicon.ico" rel="Shortcut Icon" />
<link href="{base}{canonical}" rel="canonical" />
<link class="lfr-css-file" href="{THEME}/css/aui.css?browserId=other&amp;themeId=vnptegov_WAR_vnptegovtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t={TS}" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" href="{THEME}/css/main.css?browserId=other&amp;themeId=vnptegov_WAR_vnptegovtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t={TS}" rel="stylesheet" type="text/css" />
<script type="text/javascript">
// <![CDATA[
var themeDisplay = Liferay.ThemeDisplay = {{
getCompanyId: function() {{ return '10155'; }},
getScopeGroupId: function() {{ return '{GROUP}'; }},
getPlid: function() {{ return '{plid}'; }},
getLayoutURL: function() {{ return '{base}{SITE}/{selected}'; }},
getPathThemeImages: function() {{ return '{base}{THEME}/images'; }},
getLanguageId: function() {{ return 'vi_VN'; }},
isSignedIn: function() {{ return false; }}
}};
// ]]>
</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=vnptegov_WAR_vnptegovtheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6210&amp;t={TS}" type="text/javascript"></script>
</head>
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="vnpt-topbar"><span class="vnpt-date">{TODAY_LINE}</span>
<form action="{SITE}/tim-kiem" class="vnpt-search" method="get"><input name="p_p_id" type="hidden" value="3" /><input name="p_p_state" type="hidden" value="maximized" /><input name="_3_struts_action" type="hidden" value="/search/search" /><input name="_3_keywords" placeholder="Tìm kiếm..." type="text" /><button type="submit">Tìm</button></form></div>
<div class="vnpt-banner" style="background:#b5121b url('{THEME}/images/custom/banner-bg.jpg') no-repeat">
<h1 class="site-title"><a class="logo custom-logo" href="{SITE}/trang-chu" title="Về trang chủ"><img alt="Quốc huy" height="90" src="{THEME}/images/custom/quoc-huy.png" width="90" /></a>
<span class="site-name"><span class="dv-chuquan">UBND TỈNH BẮC GIANG</span><br />SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></h1>
</div>
{_nav(selected)}
</header>
<div id="content">
{_breadcrumb(trail)}
<div class="columns-2-1" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first {span}" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
{col2}
</div></div></div>
<footer id="footer" role="contentinfo">
<div class="vnpt-footer">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC GIANG</b></p>
<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Bắc Giang</p>
<p>Địa chỉ: Số 51 đường Nguyễn Văn Cừ, phường Bắc Giang, tỉnh Bắc Giang</p>
<p>Điện thoại: 0204.3.854.536 - Fax: 0204.3.854.537 - Email: sogddt@bacgiang.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Lê Thị Thu Hằng</p>
<p>Ghi rõ nguồn "Sở GD&amp;ĐT Bắc Giang" khi phát hành lại thông tin từ website này.</p>
<p class="vnpt-credit">© 2016 - 2026 Sở GD&amp;ĐT Bắc Giang. Thiết kế và phát triển bởi <a href="https://vnpt.com.vn" target="_blank">VNPT Bắc Giang</a></p>
</div>
</footer>
</div>
<script type="text/javascript">
// <![CDATA[
Liferay.Util.addInputFocus();
Liferay.Portlet.runtimePortletIds = ["vanbanchidao_WAR_vnptegovportlet","lichcongtac_WAR_vnptegovportlet","thongke_WAR_vnptegovportlet"];
// ]]>
</script>
</body>
</html>"""
    return html(body)


# --- article rendering -----------------------------------------------------------------------


def _tx(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("ent", 0))


_WORD_SPAN = (
    '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman'
    '&quot;,serif;mso-fareast-font-family:&quot;Times New Roman&quot;">'
)


def _img(story: Story, img: Img) -> str:
    name = img.src.split("/")[4] if img.src.startswith("/documents/") else "anh"
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 500px;">'
            f'<tbody><tr><td><img alt="" src="{esc(img.src)}" style="width: 500px; height: 333px;" />'
            '</td></tr><tr><td style="text-align: center;"><span style="font-size:12px;"><em>'
            f"{_tx(story, img.printed or '')}</em></span></td></tr></tbody></table>"
        )
    if img.style == "bare":
        return (
            f'<p style="text-align: center;"><img alt="{esc(name)}" src="{esc(img.src)}" '
            'style="width: 600px; height: 400px;" /></p>'
        )
    out = (
        f'<p style="text-align: center;"><img alt="" src="{esc(img.src)}" '
        'style="width: 600px; height: 400px; border-width: 1px; border-style: solid;" /></p>'
    )
    if img.printed:
        out += f'<p style="text-align: center;"><em>{_tx(story, img.printed)}</em></p>'
    return out


def render_blocks(story: Story) -> str:
    chunks: list[str] = []
    group: list[str] = []
    group_kind = ""

    def flush() -> None:
        nonlocal group, group_kind
        if group_kind == "li":
            chunks.append("<ul>" + "".join(f"<li>{g}</li>" for g in group) + "</ul>")
        elif group_kind == "table":
            chunks.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;'
                'border-collapse:collapse"><tbody>' + "".join(group) + "</tbody></table>"
            )
        group, group_kind = [], ""

    for block in story.blocks:
        if isinstance(block, P) and block.style == "li":
            if group_kind != "li":
                flush()
                group_kind = "li"
            group.append(_tx(story, block.text))
            continue
        if isinstance(block, P) and block.style in ("th", "tr"):
            if group_kind != "table":
                flush()
                group_kind = "table"
            tag = "th" if block.style == "th" else "td"
            cells = "".join(
                f"<{tag}>{_tx(story, c.strip())}</{tag}>" for c in block.text.split(" | ")
            )
            group.append(f"<tr>{cells}</tr>")
            continue
        flush()
        if isinstance(block, Raw):
            chunks.append(block.html)
        elif isinstance(block, Img):
            chunks.append(_img(story, block))
        elif block.style == "br":
            last = chunks.pop()
            assert last.endswith("</p>")
            chunks.append(last[: -len("</p>")] + f"<br />\n{_tx(story, block.text)}</p>")
        elif block.style == "b":
            chunks.append(f'<p style="text-align: justify;"><strong>{_tx(story, block.text)}</strong></p>')
        elif block.style == "h":
            chunks.append(f"<h3><strong>{_tx(story, block.text)}</strong></h3>")
        elif block.style == "q":
            chunks.append(f"<blockquote><p><em>{_tx(story, block.text)}</em></p></blockquote>")
        elif block.style == "mso":
            chunks.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;'
                'text-indent:36.0pt;line-height:150%">'
                f"{_WORD_SPAN}{_tx(story, block.text)}<o:p></o:p></span></p>"
            )
        elif block.style == "mso-li":
            chunks.append(
                '<p class="MsoListParagraph" style="margin-left:54.0pt;text-align:justify;'
                'text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1">'
                f'<!--[if !supportLists]-->{_WORD_SPAN}<span style="mso-list:Ignore">-'
                '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;'
                "&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
                f"{_WORD_SPAN}{_tx(story, block.text)}<o:p></o:p></span></p>"
            )
        else:
            chunks.append(f'<p style="text-align: justify;">{_tx(story, block.text)}</p>')
    flush()
    return "\n".join(chunks)


def _article_html(story: Story, back: str, inst_ns: str) -> str:
    name, _, _ = CATS[story.cat]
    title = _tx(story, story.title)
    upd = story.opts.get("upd")
    dbar = (f'<span class="tt-capnhat">Cập nhật: {upd}</span> &nbsp;|&nbsp; ' if upd else "") + (
        f'<span class="tt-ngaydang">Ngày đăng: {story.opts["dline"]}</span>'
        f' &nbsp;|&nbsp; <span class="tt-luotxem">Lượt xem: {story.views()}</span>'
        ' &nbsp;|&nbsp; <span class="tt-nguoidang">Người đăng: bientap.sgd</span>'
    )
    tomtat = ""
    if story.summary and story.sapo_outside:
        tomtat = f'<div class="tt-tomtat"><strong>{_tx(story, story.summary)}</strong></div>'
    lead = ""
    if story.opts.get("lead_twice"):
        lead = f'<p style="text-align: justify;"><strong>{_tx(story, story.summary)}</strong></p>\n'
    tacgia = story.opts.get("tacgia", "")
    links = ""
    if story.opts.get("links"):
        lis = "".join(
            f'<li class="asset-links-list-item"><a href="{article_url(BY_ID[i], DETAIL_INST)}">'
            f'<img alt="" src="{THEME}/images/common/history.png" /> {_tx(BY_ID[i], BY_ID[i].title)}'
            "</a></li>"
            for i in story.opts["links"]
        )
        links = (
            '<div class="asset-links"><h2 class="asset-links-title">Nội dung liên quan</h2>'
            f'<ul class="asset-links-list">{lis}</ul></div>'
        )
    tags = ""
    if story.opts.get("tags"):
        tags = (
            '<div class="asset-tags"><span class="taglib-asset-tags-summary">Từ khóa: '
            + " ".join(
                f'<a class="tag" href="{SITE}/{story.cat}?p_r_p_564233524_tag={t}">{esc(TAGS[t])}</a>'
                for t in story.opts["tags"]
            )
            + "</span></div>"
        )
    entry = story.opts["entry"]
    return f"""<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="taglib-header ">
<span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="{esc(back)}" id="{inst_ns}TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>
<h3 class="header-title"><span>{title}</span></h3>
</div>
<div class="lfr-meta-actions asset-actions"><span class="print-action"><a class="taglib-icon" href="javascript:{inst_ns}printPage_0();" id="{inst_ns}rjus"><img alt="" src="{THEME}/images/common/print.png" /><span class="taglib-text">In</span></a></span></div>
<div class="asset-content" id="{inst_ns}{entry}">
<div class="journal-content-article">
<div class="tt-chitiet">
<div class="tt-cm">Chuyên mục: <a href="{SITE}/{story.cat}">{esc(name)}</a></div>
<div class="tt-ngay">{dbar}</div>
<div class="tt-congcu"><a href="javascript:void(0)" onclick="zoomText(-1)">A-</a> <a href="javascript:void(0)" onclick="zoomText(0)">A</a> <a href="javascript:void(0)" onclick="zoomText(1)">A+</a> | <a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject={esc(quote(story.title))}">Gửi email</a></div>
{tomtat}
<div class="tt-noidung">
{lead}{render_blocks(story)}
</div>
<div class="tt-tacgia" style="text-align: right;">{tacgia}</div>
</div>
</div>
{links}
{tags}
<div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-vote" id="{inst_ns}ratingStar"><div class="rating-label">Đánh giá bài viết <span class="rating-label">(0 Phiếu bầu)</span></div><div class="rating-content">★★★★★</div></div></div></div>
<div class="taglib-social-bookmarks"><ul class="unstyled"><li><a class="social-bookmark-facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fsgddt.bacgiang.gov.vn" target="_blank">Facebook</a></li><li><a class="social-bookmark-twitter" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fsgddt.bacgiang.gov.vn" target="_blank">Twitter</a></li></ul></div>
</div>
<div class="asset-metadata"><span class="metadata-entry metadata-view-count">{story.views()} Lượt xem</span></div>
<div class="asset-discussion"><div class="taglib-discussion"><h4>Ý kiến bạn đọc</h4><div class="alert alert-info">Chưa có ý kiến nào. Bạn cần đăng nhập để gửi ý kiến.</div></div></div>
</div>
<script type="text/javascript">
function {inst_ns}printPage_0() {{
  window.open('{print_url(story)}', '', "directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640");
}}
</script>"""


def _related(story: Story) -> str:
    size = CATS[story.cat][2]
    others = [s for s in _cat_items(story.cat)[:size] if s is not story]
    lis = "".join(
        f'<li><a href="{article_url(s)}">{_tx(s, s.title)}</a> '
        f'<span class="tlq-ngay">({s.opts["dline"].split("|")[0].strip()})</span></li>'
        for s in others
    )
    return portlet(
        "tinlienquan_WAR_vnptegovportlet",
        "Tin liên quan",
        f'<ul class="tlq-list">{lis}</ul>',
        "portlet-borderless",
    )


def _article_response(request: Request, story: Story) -> Response:
    params = request.params
    inst_ns = f"_101_INSTANCE_{DETAIL_INST}_"
    back = params.get("redirect") or ""
    if not back.startswith(SITE + "/"):
        back = list_url(story.cat, 1)
    if params.get("p_p_state") == "pop_up":
        body = f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN"><head><title>{esc(story.title)} - {SITE_NAME}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{base_url(request)}{article_url(story)}" rel="canonical" />
</head><body class="portal-popup">
<div class="columns-1" id="main-content" role="main"><div class="portlet-body">
{_article_html(story, back, inst_ns)}
</div></div><script type="text/javascript">print();</script></body></html>"""
        return html(body)
    main = portlet(
        f"101_INSTANCE_{DETAIL_INST}", "Chi tiết tin", _article_html(story, back, inst_ns),
        "portlet-asset-publisher",
    ) + _related(story)
    return page(
        request,
        title=unicodedata.normalize("NFD" if story.opts.get("nfd") else "NFC", story.title)
        + " - Chi tiết tin",
        selected="chi-tiet-tin",
        trail=[(f"{SITE}/trang-chu", "Trang chủ"), (DISPLAY, "Chi tiết tin"), (None, story.title)],
        main=main,
        canonical=article_url(story),
        plid=PLIDS["chi-tiet-tin"],
        description=story.summary or "",
    )


def _soft_missing(request: Request, path: str, message: str) -> Response:
    main = portlet(
        f"101_INSTANCE_{DETAIL_INST}", "Chi tiết tin",
        f'<div class="alert alert-error">{esc(message)}</div>', "portlet-asset-publisher",
    )
    return page(
        request, title="Chi tiết tin", selected="chi-tiet-tin",
        trail=[(f"{SITE}/trang-chu", "Trang chủ"), (None, "Chi tiết tin")],
        main=main, canonical=path, plid=PLIDS["chi-tiet-tin"],
    )


# --- listings --------------------------------------------------------------------------------


def _abstract(story: Story, href: str) -> str:
    summary = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(summary) > 200:
        summary = summary[:197].rsplit(" ", 1)[0] + "..."
    d = story.opts["dline"].split("|")[0].strip()
    short = d[:6] + d[8:]
    title = _tx(story, story.title)
    return f"""<div class="asset-abstract ">
<div class="lfr-meta-actions asset-actions"></div>
<h3 class="asset-title"><a href="{esc(href)}"><img alt="" src="{THEME}/images/common/history.png" /> {title}</a></h3>
<div class="asset-content">
<div class="asset-summary"><div class="asset-small-image"><img alt="" class="asset-small-image" src="/image/journal/article?img_id={story.opts["thumb"]}&amp;t={TS}" width="150" /></div>
{_tx(story, summary)}</div>
<div class="asset-more"><a href="{esc(href)}">Đọc thêm <span class="hide-accessible">về {title}</span> &raquo; </a></div>
</div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{short}</span></div>
</div>"""


def _pager(cat: str, cur: int, pages: int, total: int) -> str:
    _, inst, size = CATS[cat]
    ns = f"_101_INSTANCE_{inst}_"

    def link(n: int, label: str, cls: str = "") -> str:
        off = n < 1 or n > pages or n == cur
        href = "javascript:;" if off else esc(list_url(cat, n))
        klass = " ".join(c for c in (cls, "disabled" if off else "") if c)
        return f'<li class="{klass}"><a href="{href}">{label}</a></li>'

    options = "".join(
        f'<li><a class="taglib-icon" href="{esc(list_url(cat, n))}" role="menuitem">'
        f'<span class="taglib-text-icon">{n}</span></a></li>'
        for n in range(1, pages + 1)
    )
    first, last = (cur - 1) * size + 1, min(cur * size, total)
    return f"""<div class="taglib-page-iterator" id="{ns}ocerSearchContainerPageIterator">
<div class="clearfix lfr-pagination">
<div class="lfr-pagination-config"><div class="lfr-pagination-page-selector">
<div class="btn-group lfr-icon-menu current-page-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" id="{ns}kldx" title="Trang {cur} của {pages}"><span class="lfr-icon-menu-text">Trang {cur} của {pages}</span> <i class="caret"></i></a>
<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{options}</ul></div>
</div></div>
<small class="search-results">Hiển thị {first} - {last} của {total} kết quả.</small>
<ul class="pager lfr-pagination-buttons">
{link(1, "&larr; Đầu", "first")}{link(cur - 1, "Trước")}{link(cur + 1, "Tiếp")}{link(pages, "Cuối &rarr;", "last")}
</ul></div></div>"""


def _category_response(request: Request, cat: str) -> Response:
    name, inst, size = CATS[cat]
    params = request.params
    items = _cat_items(cat)
    tag = params.get("p_r_p_564233524_tag")
    pages = _pages(cat)
    cur = 1
    if params.get("p_p_id") == f"101_INSTANCE_{inst}":
        try:
            cur = int(params.get(f"_101_INSTANCE_{inst}_cur", "1"))
        except ValueError:
            cur = 1
    cur = min(max(cur, 1), pages)
    if tag is not None:
        shown = [s for s in items if tag in s.opts.get("tags", [])]
        head = (
            f'<div class="alert alert-info">Nội dung có từ khóa <strong>{esc(TAGS.get(tag, tag))}'
            f'</strong>. <a href="{SITE}/{cat}">Xóa bộ lọc</a></div>'
        )
        body = head + "".join(_abstract(s, article_url(s)) for s in shown)
        if not shown:
            body += '<div class="alert alert-info">Không có kết quả nào.</div>'
    else:
        shown = items[(cur - 1) * size : cur * size]
        here = list_url(cat, cur)
        body = "".join(
            _abstract(s, redirect_url(s, here) if cur > 1 else article_url(s)) for s in shown
        ) + _pager(cat, cur, pages, len(items))
    main = portlet(f"101_INSTANCE_{inst}", name, body, "portlet-asset-publisher")
    return page(
        request,
        title=name,
        selected=cat,
        trail=[(f"{SITE}/trang-chu", "Trang chủ"), (None, name)],
        main=main,
        canonical=f"{SITE}/{cat}",
        plid=PLIDS[cat],
    )


def _home_response(request: Request) -> Response:
    slides = [(BY_ID[i], entry_url(BY_ID[i].opts["entry"])) for i in SLIDER]
    slide_html = "".join(
        f'<li class="slide-item"><a href="{href}"><img alt="" src="/image/journal/article?img_id='
        f'{s.opts["thumb"]}&amp;t={TS}" /><span class="slide-caption">{_tx(s, s.title)}</span></a></li>'
        for s, href in slides
    )
    slide_html += (
        f'<li class="slide-item"><a href="{entry_url(EXPIRED_ENTRY)}"><img alt="" '
        f'src="/image/journal/article?img_id=41179&amp;t={TS}" /><span class="slide-caption">'
        "Công bố kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2025-2026</span>"
        "</a></li>"
    )
    slider = portlet(
        "tinnoibat_WAR_vnptegovportlet", "Tin nổi bật",
        f'<div class="vnpt-slider" id="slider-tnb"><ul class="slides">{slide_html}</ul></div>',
        "portlet-borderless",
    )
    news = "".join(_abstract(s, article_url(s, HOME_INST)) for s in _home_items())
    news += (
        f'<div class="vnpt-xemtatca"><a href="{SITE}/tin-tuc-su-kien">Xem tất cả &raquo;</a></div>'
    )
    ap = portlet(f"101_INSTANCE_{HOME_INST}", "Tin tức - Sự kiện", news, "portlet-asset-publisher")
    return page(
        request,
        title="Trang chủ",
        selected="trang-chu",
        trail=[(None, "Trang chủ")],
        main=slider + ap,
        canonical=f"{SITE}/trang-chu",
        plid=PLIDS["trang-chu"],
        description="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Bắc Giang",
    )


# --- other pages -----------------------------------------------------------------------------

INTRO = [
    "Sở Giáo dục và Đào tạo tỉnh Bắc Giang là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có "
    "chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo, bao gồm: chương "
    "trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và cán bộ quản lý giáo dục; tiêu "
    "chuẩn cơ sở vật chất, thiết bị trường học; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo "
    "đảm chất lượng giáo dục và đào tạo.",
    "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ "
    "chức, vị trí việc làm, biên chế công chức và công tác của UBND tỉnh, đồng thời chịu sự chỉ "
    "đạo, hướng dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
    "Toàn tỉnh hiện có hơn 750 cơ sở giáo dục mầm non, phổ thông và giáo dục thường xuyên với "
    "trên 480 nghìn học sinh, hơn 27 nghìn cán bộ, giáo viên, nhân viên. Nhiều năm liền, Bắc "
    "Giang thuộc nhóm các tỉnh dẫn đầu cả nước về kết quả thi tốt nghiệp THPT và thi chọn học "
    "sinh giỏi quốc gia.",
]


def _static_page(request: Request, slug: str, title: str, body: str) -> Response:
    main = portlet("56_INSTANCE_Vz1q", title, body, "portlet-journal-content")
    return page(
        request, title=title, selected=slug,
        trail=[(f"{SITE}/trang-chu", "Trang chủ"), (None, title)],
        main=main, canonical=f"{SITE}/{slug}", plid=PLIDS[slug],
    )


def _other_page(request: Request, slug: str) -> Response | None:
    if slug == "gioi-thieu":
        paras = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in INTRO)
        body = (
            '<div class="journal-content-article"><div class="tt-chitiet">'
            '<h3 style="text-align: center;"><strong>GIỚI THIỆU CHUNG VỀ SỞ GIÁO DỤC VÀ ĐÀO TẠO'
            f'</strong></h3><div class="tt-noidung">{paras}</div></div></div>'
        )
        return _static_page(request, slug, "Giới thiệu chung", body)
    if slug == "co-cau-to-chuc":
        rows = [
            ("Giám đốc", "Lê Thị Thu Hằng", "0204.3.854.536"),
            ("Phó Giám đốc", "Nguyễn Văn Thành", "0204.3.854.538"),
            ("Phó Giám đốc", "Đặng Quốc Khánh", "0204.3.854.539"),
            ("Văn phòng Sở", "Chánh Văn phòng: Vũ Thị Hạnh", "0204.3.854.540"),
            ("Phòng Giáo dục Trung học", "Trưởng phòng: Ngô Đức Long", "0204.3.855.120"),
            ("Phòng Tổ chức cán bộ", "Trưởng phòng: Phạm Văn Quyết", "0204.3.855.127"),
        ]
        trs = "".join(f"<tr><td>{a}</td><td>{esc(b)}</td><td>{c}</td></tr>" for a, b, c in rows)
        body = (
            '<div class="journal-content-article"><table class="table table-bordered">'
            "<thead><tr><th>Chức vụ / Đơn vị</th><th>Họ và tên</th><th>Điện thoại</th></tr></thead>"
            f"<tbody>{trs}</tbody></table></div>"
        )
        return _static_page(request, slug, "Cơ cấu tổ chức", body)
    if slug == "lien-he":
        body = (
            '<div class="journal-content-article"><p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC GIANG</b></p>'
            "<p>Địa chỉ: Số 51 đường Nguyễn Văn Cừ, phường Bắc Giang, tỉnh Bắc Giang</p>"
            "<p>Điện thoại: 0204.3.854.536 - Fax: 0204.3.854.537</p>"
            "<p>Email: sogddt@bacgiang.gov.vn</p>"
            "<p>Giờ làm việc: Sáng 7h00 - 11h30, chiều 13h30 - 17h00 (từ thứ Hai đến thứ Sáu)</p>"
            "</div>"
        )
        return _static_page(request, slug, "Liên hệ", body)
    if slug == "van-ban-chi-dao":
        trs = "".join(
            f'<tr><td>{i}</td><td><a href="/documents/{GROUP}/{path}">{esc(no)}</a></td>'
            f"<td>{day}</td><td>{esc(subj)}</td>"
            f'<td><a href="/documents/{GROUP}/{path}" target="_blank">Tải về</a></td></tr>'
            for i, (no, subj, day, path) in enumerate(DOCS, start=1)
        )
        body = (
            '<div class="lfr-search-container"><table class="table table-bordered table-hover '
            'table-striped"><thead class="table-columns"><tr><th>STT</th><th>Số/Ký hiệu</th>'
            "<th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>"
            f'<tbody class="table-data">{trs}</tbody></table></div>'
        )
        main = portlet("110_INSTANCE_Rb6t", "Văn bản chỉ đạo", body, "portlet-document-library-display")
        return page(
            request, title="Văn bản chỉ đạo", selected=slug,
            trail=[(f"{SITE}/trang-chu", "Trang chủ"), (None, "Văn bản chỉ đạo")],
            main=main, canonical=f"{SITE}/{slug}", plid=PLIDS[slug],
        )
    if slug == "lich-cong-tac":
        trs = "".join(
            f"<tr><td><b>{thu}</b><br />{day}/2026</td><td>{esc(what)}</td>"
            "<td>Lãnh đạo Sở</td></tr>"
            for thu, day, what in WEEK
        )
        body = (
            '<div class="lct-nav"><a href="javascript:;" onclick="lctLoad(48)">« Tuần trước</a> '
            "<b>Tuần 49: từ 30/11/2026 đến 06/12/2026</b> "
            '<a href="javascript:;" onclick="lctLoad(50)">Tuần sau »</a></div>'
            '<table class="lct-table" border="1"><tr><th>Ngày</th><th>Nội dung</th>'
            f"<th>Chủ trì</th></tr>{trs}</table>"
        )
        main = portlet("lichcongtac_WAR_vnptegovportlet", "Lịch công tác tuần", body)
        return page(
            request, title="Lịch công tác", selected=slug,
            trail=[(f"{SITE}/trang-chu", "Trang chủ"), (None, "Lịch công tác")],
            main=main, canonical=f"{SITE}/{slug}", plid=PLIDS[slug], sidebar=False,
        )
    if slug == "thu-vien-anh":
        photos = [
            ("be-mac-hoi-thi-gvdg-1.jpg", "Bế mạc Hội thi GVDG cấp tỉnh bậc THPT"),
            ("hoi-nghi-cds-quy-iv.jpg", "Hội nghị sơ kết chuyển đổi số quý IV"),
            ("gap-mat-20-11-2026.jpg", "Gặp mặt nhà giáo tiêu biểu 20/11"),
            ("le-khai-giang-2026.jpg", "Lễ khai giảng năm học 2026-2027"),
        ]
        items = "".join(
            f'<a class="image-link preview" href="{IMG}/{f}" title="{esc(t)}">'
            f'<img alt="{esc(t)}" class="img-polaroid" src="{IMG}/{f}?imageThumbnail=1" />'
            f'<span class="image-title">{esc(t)}</span></a>'
            for f, t in photos
        )
        body = (
            '<div class="taglib-image-gallery"><h4>Album: Hoạt động ngành năm học 2026-2027</h4>'
            f'<div class="image-gallery-items">{items}</div></div>'
        )
        main = portlet("31", "Thư viện ảnh", body, "portlet-image-gallery-display")
        return page(
            request, title="Thư viện ảnh", selected=slug,
            trail=[(f"{SITE}/trang-chu", "Trang chủ"), (None, "Thư viện ảnh")],
            main=main, canonical=f"{SITE}/{slug}", plid=PLIDS[slug],
        )
    if slug == "tim-kiem":
        kw = request.params.get("_3_keywords", "")
        body = (
            f'<div class="search-results">Không tìm thấy kết quả nào phù hợp với từ khóa '
            f"<b>{esc(kw)}</b>.</div>"
        )
        main = portlet("3", "Tìm kiếm", body)
        return page(
            request, title="Tìm kiếm", selected=slug,
            trail=[(f"{SITE}/trang-chu", "Trang chủ"), (None, "Tìm kiếm")],
            main=main, canonical=f"{SITE}/{slug}", plid=PLIDS[slug],
        )
    return None


# --- the site --------------------------------------------------------------------------------

_ARTICLE = re.compile(
    rf"^{re.escape(DISPLAY)}/-/asset_publisher/(?P<inst>[A-Za-z0-9]{{4}})/content/"
    r"(?:id/(?P<entry>\d+)|(?P<slug>[a-z0-9-]+))$"
)
_INSTANCES = {DETAIL_INST, HOME_INST, *(c[1] for c in CATS.values())}
_DOC_FILES = {f"/documents/{GROUP}/{path}" for *_, path in DOCS} | {
    f"/documents/{GROUP}/35413/DS-thi-sinh-vong-2-VC-2026.pdf",
}


def _document(path: str) -> Response | None:
    if path in _DOC_FILES:
        name = path.rsplit("/", 1)[1]
        return Response(
            200, PDF,
            {"Content-Type": "application/pdf", "Content-Disposition": f'inline; filename="{name}"'},
        )
    parts = path.split("/")
    if len(parts) >= 5 and parts[2] == str(GROUP) and parts[4].lower().endswith((".jpg", ".png")):
        return static_file(parts[4])
    return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path in ("/", SITE, SITE + "/"):
            return redirect(START_PATH)
        if path.startswith("/documents/"):
            return _document(path)
        if path in ("/image/journal/article", "/image/layout_set_logo"):
            return static_file("x.png")
        if path.startswith(THEME + "/") or path.startswith("/html/"):
            if path.endswith(".jsp"):
                return static_file("x.js")
            return static_file(path)
        if path == START_PATH:
            return _home_response(request)
        m = _ARTICLE.match(path)
        if m:
            if m["inst"] not in _INSTANCES:
                return None
            if m["entry"]:
                entry = int(m["entry"])
                if entry == EXPIRED_ENTRY:
                    return _soft_missing(
                        request, path, "Nội dung yêu cầu không tồn tại hoặc đã hết hạn hiển thị."
                    )
                story = BY_ENTRY.get(entry)
            else:
                story = BY_SLUG.get(m["slug"])
            return _article_response(request, story) if story else None
        if path == DISPLAY:
            return _soft_missing(request, path, "Không có nội dung nào được chọn.")
        if path.startswith(SITE + "/"):
            slug = path[len(SITE) + 1 :]
            if slug in CATS:
                return _category_response(request, slug)
            return _other_page(request, slug)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def alt_paths(story: Story) -> list[str]:
    """Every other linked URL that serves the story (see trap 2)."""
    alts: list[str] = []
    if story in _home_items():
        alts.append(article_url(story, HOME_INST))
    if story.id in SLIDER:
        alts.append(entry_url(story.opts["entry"]))
    cur = _position(story)
    if cur > 1:
        alts.append(redirect_url(story, list_url(story.cat, cur)))
    for other in STORIES:
        if story.id in other.opts.get("links", []):
            alts.append(article_url(story, DETAIL_INST))
    alts.append(print_url(story))
    return alts


GOLD = [
    gold_record(
        s,
        article_url(s),
        CATS[s.cat][0],
        canonical_path=article_url(s),
        alt_paths=alt_paths(s),
    )
    for s in STORIES
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/co-cau-to-chuc",
    f"{SITE}/lien-he",
    f"{SITE}/van-ban-chi-dao",
    f"{SITE}/lich-cong-tac",
    f"{SITE}/thu-vien-anh",
]
