"""Fixture portal: Sở GD&ĐT tỉnh Quảng Bình on Liferay DXP 7.0 with a local vendor's theme.

Imitates a provincial education department portal as Liferay 7.0/7.1 installs made by local
vendors look: a Clay/Bootstrap 4 theme (``/o/sgdqb-theme``), every page a layout of portlets
printed as ``section.portlet`` with ``h2.portlet-title-text``, web content rendered by the vendor's
FreeMarker template, Asset Publisher portlets with friendly URLs, the document library and media
gallery, the calendar and a web form. What it serves:

- three category pages, each an Asset Publisher instance with the vendor's "abstracts" display
  template (``div.ap-news-item``: thumbnail, title, "13/11/2026 | 02:20 CH" in the 12-hour form
  Liferay asset lists print, description): ``/tin-tuc`` "Tin tức - Sự kiện" (7 articles, 3 a page:
  3 pages), ``/chi-dao-dieu-hanh`` "Chỉ đạo - Điều hành" (3) and ``/giao-duc-cac-cap`` "Giáo dục
  các cấp" (3). Pagination is Liferay 7's lexicon one: ``ul.pagination`` with "Trước", numbers,
  "Sau", a "Trang 1 của 3" menu and a "3 Mục mỗi trang" delta menu (5, 10, 20, 30, 50, 75);
  links carry ``p_p_id``/``p_p_lifecycle``/``p_p_state``/``p_p_mode`` plus
  ``_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_<id>_delta`` and
  ``…_cur``; a ``cur`` past the end shows the last page (SearchContainer's behaviour);
- each article at ``/<category page>/-/asset_publisher/<instance>/content/<url-title>``; the
  listing links add ``?inheritRedirect=true&redirect=<the listing URL, encoded>`` as Liferay 7.0
  does, so every listing page and delta gives the same article another query string;
- the same article at ``/-/<url-title>`` (the web content's own friendly URL on its display page;
  the home carousel links it) and as ``/c/journal/view_article_content?groupId=20182&articleId=N``
  (the journal RSS feed ``/c/journal/get_feed?groupId=20182&feedId=TIN_MOI`` links it): the latter
  is only the template's output, no theme, no ``<head>``;
- the article page: breadcrumb "Trang chủ › <category>", the Asset Publisher's full content
  (``div.asset-full-content > div.journal-content-article`` holding ``div.news-detail >
  h1.news-title``, ``div.news-date`` "Cập nhật: 13/11/2026 14:20", ``div.news-summary`` (the sapo,
  when the editor filled it), ``div.news-content`` (CKEditor body), the structure's optional
  "Tác giả" and "Nguồn" fields, ``div.news-tools`` print/font buttons), asset tags ("Từ khóa"),
  a social bookmarks portlet, each tag linking the Asset Publisher's tag-filtered listing
  ``/<category page>/-/asset_publisher/<instance>/tag/<tag>`` (a listing, not an article), ratings (stars, "Đánh giá trung bình"), the discussion "Bình luận"
  ("Hãy là người đầu tiên bình luận", login required) and the "Các tin khác" asset publisher with
  dates; a sidebar "Tin mới nhất" with dates, "Văn bản mới" (links to
  ``/documents/20182/0/<file>.pdf/<uuid>``), "Liên kết website" (a select), the visitor counter
  ("Lượt truy cập: 1.234.567", "Đang trực tuyến: 37"), a "Thăm dò ý kiến" poll portlet showing
  "Bạn không có quyền xem nội dung này." and a weather portlet showing "Portlet tạm thời không khả
  dụng."; header with ``TODAY``, a search box (GET form), "Đăng nhập", a dropdown menu; a
  "Thông báo" ticker; a footer with the address and hotline.

Canonical (a decision): this vendor's theme prints an absolute ``<link rel="canonical">`` to the
Asset Publisher form without query string on the asset publisher page (whatever its query) and on
``/-/<url-title>``; ``view_article_content`` has no head at all. So the gold ``path`` is the Asset
Publisher form; ``/-/<url-title>`` and the ``view_article_content`` address are ``alt_paths``. The
``redirect=`` variants are not listed: they print the canonical. Every other page's canonical is
its layout URL without the query (Liferay's way), so listing pages 2-3, delta variants and calendar
weeks all name ``/tin-tuc`` resp. ``/lich-cong-tac``. ``/tim-kiem`` (search results) is reached only
by the GET form and is not listed.

Non-articles: the home page, the listings (first pages and their ``cur`` pages), ``/gioi-thieu``
(web content display of a static page), ``/van-ban`` (document library: folders
``/van-ban/-/document_library/<instance>/view/<folderId>``, entries
``/van-ban/-/document_library/<instance>/view_file/<fileEntryId>``), ``/lich-cong-tac`` (calendar),
``/thu-vien-anh`` and an album, ``/lien-he`` (web form), ``/c/portal/login``, the search page and a
soft 404.

Traps and hard cases: the calendar's "Tuần trước"/"Tuần sau" links
(``?p_p_id=com_liferay_calendar_web_portlet_CalendarPortlet&…&_com_liferay_calendar_web_portlet_
CalendarPortlet_date=<epoch ms>``) answer 200 for any week from 1970 to 2199, so they never end in
practice; the delta menu multiplies listing pages (finite); the ``redirect=`` query gives each
article many addresses; the "Thông báo" ticker links an unpublished article
(``/tin-tuc/-/asset_publisher/<instance>/content/thong-bao-lich-nghi-tet-duong-lich-2026``) that
answers 200 with the portlet message "Không tìm thấy nội dung được yêu cầu." (soft 404); one article
(245780) was pasted as decomposed Unicode (NFD); one (245790) keeps images at the old Liferay 6
address ``/image/journal/article?img_id=…``; document-library image URLs carry ``?t=<ms>``.

Gold judgement calls: "Cập nhật:" on this template is the web content's display date (the listing
shows the same instant) and is ``published_at`` with its time. ``div.news-summary`` is the summary
and the body's first paragraph; articles without it have no summary. Captions: the centred italic
line right under a photo, or the second row of a two-row image table; a line that is only the camera
file name (``IMG_4021.JPG``) is no caption; a photo with nothing under it has none. Credits: "Tin:
X" author; "Tin, ảnh: X - Y" and "Bài, ảnh: X" put the names in both lists; "Bài: X - Ảnh: Y"
splits them; the structure's "Tác giả: X" field gives authors; "Nguồn: Báo Quảng Bình" (field) and
the closing "(Theo Cổng TTĐT Bộ GD&ĐT)" give ``source`` without "Nguồn:"/"Theo"/parentheses. A
caption ending "(Ảnh: Thu Hà)" is kept whole and does not add a photographer when the article's
own credit names the photographer already (both name Thu Hà here). The list items of the
directive (245866) are body paragraphs; the "Tải về" attachment line (245840) is not body text.
The category is the portlet title / breadcrumb of the page the canonical address is on.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "liferay70_friendly_sgddt"
PLATFORM = "liferay7"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Quảng Bình"
GROUP_ID = 20182
THEME = "/o/sgdqb-theme"
TODAY_DATE = date(2026, 11, 25)
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"
CAL = "com_liferay_calendar_web_portlet_CalendarPortlet"
DL_INST = "vB7kQm2XpR4d"
MG_INST = "gA3nTr8LwE5s"
DELTAS = (5, 10, 20, 30, 50, 75)

#: category page -> (printed name, asset publisher instance id, default delta)
CATS: dict[str, tuple[str, str, int]] = {
    "tin-tuc": ("Tin tức - Sự kiện", "tQ8sLmZ3kVbN", 3),
    "chi-dao-dieu-hanh": ("Chỉ đạo - Điều hành", "Hm4pRy7cWd2E", 5),
    "giao-duc-cac-cap": ("Giáo dục các cấp", "Zn6fTa1uXj9K", 5),
}


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def doc_img(article_id: int, name: str) -> str:
    """A document-library image URL as CKEditor's file browser inserts it."""
    stamp = 1795000000000 + article_id * 7919
    return f"/documents/{GROUP_ID}/{article_id}/{name}/{_uuid(name)}?t={stamp}"


def old_img(img_id: int) -> str:
    return f"/image/journal/article?img_id={img_id}&amp;t=1794987654321"


_R = '<p style="text-align: right;"><strong>{}</strong></p>'

# Story.opts: when (display date), tags, nfd, author_field, source_field.
# Img styles: em (centred image, next centred italic line), tbl (two-row image table),
# bare (no line), file (the camera's file name under it). P styles: "" or "li".
STORIES: list[Story] = [
    Story(
        id=245871,
        slug="tong-ket-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thcs-chu-ky-2026-2028",
        title="Tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS chu kỳ 2026 - 2028",
        cat="tin-tuc",
        published_at="2026-11-24T16:40:00+07:00",
        summary=(
            "Chiều 24/11, tại Trường THCS Số 1 Nam Lý (thành phố Đồng Hới), Sở GD&ĐT tổ chức lễ"
            " tổng kết và trao giải Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS chu kỳ 2026 -"
            " 2028 cho 186 giáo viên đến từ 8 huyện, thị xã, thành phố."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sau 10 ngày thi với hai phần thi bắt buộc là trình bày biện pháp nâng cao chất"
                " lượng giảng dạy và thực hành dạy học 2 tiết trên lớp, Ban Giám khảo đã công nhận"
                " 139 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh, chiếm tỷ lệ 74,7%."
            ),
            Img(
                doc_img(245871, "tong-ket-gvdg-thcs-1.jpg"),
                "Phó Giám đốc Sở GD&ĐT Nguyễn Văn Hào phát biểu tại lễ tổng kết",
                "Phó Giám đốc Sở GD&ĐT Nguyễn Văn Hào phát biểu tại lễ tổng kết",
                "em",
            ),
            P(
                "Nhiều tiết dạy được Ban Giám khảo đánh giá cao về việc vận dụng linh hoạt các"
                " phương pháp, kỹ thuật dạy học tích cực, khai thác hiệu quả thiết bị dạy học số,"
                " tổ chức cho học sinh hoạt động nhóm, trải nghiệm và tự đánh giá lẫn nhau."
            ),
            P(
                "Phát biểu tại buổi lễ, lãnh đạo Sở GD&ĐT đề nghị các giáo viên đạt giải tiếp tục"
                " lan tỏa kinh nghiệm trong tổ chuyên môn, đồng thời yêu cầu phòng GD&ĐT các địa"
                " phương tổ chức chuyên đề nhân rộng các tiết dạy tốt ngay trong học kỳ I."
            ),
            Img(
                doc_img(245871, "tong-ket-gvdg-thcs-2.jpg"),
                "Trao giải cho các giáo viên đạt thành tích xuất sắc",
                "Trao giải cho các giáo viên đạt thành tích xuất sắc",
                "em",
            ),
            Raw(_R.format("Tin, ảnh: Hồng Nhung")),
        ],
        authors=["Hồng Nhung"],
        photographers=["Hồng Nhung"],
        opts={"when": datetime(2026, 11, 24, 16, 40), "tags": ["giáo viên dạy giỏi", "THCS"]},
    ),
    Story(
        id=245866,
        slug="so-gd-dt-ban-hanh-ke-hoach-phong-chong-thien-tai-nam-hoc-2026-2027",
        title="Sở GD&ĐT ban hành kế hoạch phòng, chống thiên tai năm học 2026 - 2027",
        cat="chi-dao-dieu-hanh",
        published_at="2026-11-21T08:05:00+07:00",
        summary=(
            "Nhằm chủ động ứng phó với mưa lũ cuối năm, Sở GD&ĐT vừa ban hành kế hoạch phòng,"
            " chống thiên tai và tìm kiếm cứu nạn năm học 2026 - 2027 đối với các cơ sở giáo dục"
            " trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P("Kế hoạch yêu cầu các đơn vị tập trung thực hiện một số nhiệm vụ trọng tâm sau:"),
            P(
                "Kiện toàn Ban Chỉ huy phòng, chống thiên tai tại đơn vị, phân công cụ thể nhiệm vụ"
                " cho từng thành viên trước ngày 30/11/2026.",
                "li",
            ),
            P(
                "Rà soát, gia cố phòng học, nhà công vụ, tường rào; chặt tỉa cây xanh có nguy cơ gãy"
                " đổ trong khuôn viên trường.",
                "li",
            ),
            P(
                "Xây dựng phương án di dời tài sản, hồ sơ, thiết bị dạy học đến nơi an toàn; không"
                " để học sinh đến trường khi có cảnh báo lũ ở mức báo động III.",
                "li",
            ),
            P(
                "Sau mỗi đợt thiên tai, các đơn vị khẩn trương khắc phục hậu quả, vệ sinh trường"
                " lớp, báo cáo thiệt hại về Sở GD&ĐT qua Văn phòng Sở trong vòng 24 giờ để tổng hợp,"
                " đề xuất hỗ trợ."
            ),
        ],
        opts={"when": datetime(2026, 11, 21, 8, 5), "tags": ["phòng chống thiên tai"]},
    ),
    Story(
        id=245860,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc",
        published_at="2026-11-19T09:15:00+07:00",
        summary=(
            "Sáng 19/11, Sở GD&ĐT long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
            " (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh, lãnh đạo các sở, ban, ngành, các"
                " thế hệ nhà giáo đã nghỉ hưu cùng đông đảo cán bộ, giáo viên, học sinh trên địa"
                " bàn thành phố Đồng Hới."
            ),
            Img(
                doc_img(245860, "ky-niem-20-11-a.jpg"),
                "Các đại biểu tặng hoa chúc mừng các thế hệ nhà giáo",
                "Các đại biểu tặng hoa chúc mừng các thế hệ nhà giáo",
                "tbl",
            ),
            P(
                "Năm học 2025 - 2026, toàn tỉnh có 4 giáo viên được tặng Bằng khen của Thủ tướng"
                " Chính phủ, 52 tập thể và cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen; chất"
                " lượng giáo dục mũi nhọn tiếp tục giữ vững với 41 giải học sinh giỏi quốc gia."
            ),
            P(
                "Dịp này, 30 nhà giáo tiêu biểu được tuyên dương vì những đóng góp trong đổi mới"
                " phương pháp dạy học, chuyển đổi số và công tác giáo dục ở vùng đặc biệt khó khăn."
            ),
            Raw(_R.format("Bài: Thanh Hương - Ảnh: Đức Thọ")),
        ],
        authors=["Thanh Hương"],
        photographers=["Đức Thọ"],
        opts={"when": datetime(2026, 11, 19, 9, 15), "tags": ["ngày nhà giáo", "tuyên dương"]},
    ),
    Story(
        id=245855,
        slug="truong-mam-non-hoa-hong-to-chuc-chuyen-de-be-vui-kham-pha",
        title="Trường Mầm non Hoa Hồng tổ chức chuyên đề “Bé vui khám phá”",
        cat="giao-duc-cac-cap",
        published_at="2026-11-13T14:20:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, ngày 12/11, Trường Mầm non Hoa"
                " Hồng (thành phố Đồng Hới) tổ chức chuyên đề “Bé vui khám phá” với sự tham gia của"
                " cán bộ quản lý, giáo viên 12 trường mầm non trên địa bàn."
            ),
            Img(
                doc_img(245855, "mn-hoa-hong-1.jpg"),
                "Các bé tìm hiểu sự nảy mầm của hạt đậu (Ảnh: Thu Hà)",
                "Các bé tìm hiểu sự nảy mầm của hạt đậu (Ảnh: Thu Hà)",
                "em",
            ),
            P(
                "Các hoạt động được thiết kế theo hướng lấy trẻ làm trung tâm: trẻ được quan sát,"
                " đặt câu hỏi, thử nghiệm với nước, cát, hạt giống và ghi lại kết quả bằng tranh"
                " vẽ của mình."
            ),
            Img(
                doc_img(245855, "mn-hoa-hong-2.jpg"),
                "Giáo viên các trường dự giờ hoạt động khám phá (Ảnh: Thu Hà)",
                "Giáo viên các trường dự giờ hoạt động khám phá (Ảnh: Thu Hà)",
                "em",
            ),
            P(
                "Buổi thảo luận sau chuyên đề giúp giáo viên chia sẻ cách tận dụng nguyên vật liệu"
                " sẵn có ở địa phương để làm đồ dùng, tạo góc khám phá khoa học trong lớp học."
            ),
            Raw(_R.format("Bài, ảnh: Thu Hà")),
        ],
        authors=["Thu Hà"],
        photographers=["Thu Hà"],
        opts={"when": datetime(2026, 11, 13, 14, 20), "tags": ["mầm non"]},
    ),
    Story(
        id=245840,
        slug="huong-dan-kiem-tra-danh-gia-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027",
        cat="chi-dao-dieu-hanh",
        published_at="2026-11-17T10:30:00+07:00",
        blocks=[
            P(
                "Ngày 16/11/2026, Sở GD&ĐT ban hành Công văn số 2345/SGDĐT-GDTrH hướng dẫn các"
                " trường trung học tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027."
            ),
            P(
                "Theo đó, đề kiểm tra được xây dựng theo ma trận và bản đặc tả, bảo đảm tỷ lệ câu"
                " hỏi ở các mức độ nhận biết, thông hiểu, vận dụng phù hợp với yêu cầu cần đạt của"
                " chương trình; các môn học đánh giá bằng nhận xét thực hiện theo quy định hiện hành."
            ),
            P(
                "Thời gian kiểm tra tập trung từ ngày 22/12/2026 đến ngày 10/01/2027. Các đơn vị"
                " hoàn thành việc nhập điểm lên phần mềm quản lý trường học trước ngày 15/01/2027."
            ),
            Raw(
                '<p><strong>Tải về:</strong> <a href="/documents/20182/0/2345-SGDDT-GDTrH.pdf/'
                + _uuid("2345-SGDDT-GDTrH.pdf")
                + '">Công văn số 2345/SGDĐT-GDTrH</a></p>'
            ),
        ],
        opts={"when": datetime(2026, 11, 17, 10, 30), "tags": ["kiểm tra học kỳ"]},
    ),
    Story(
        id=245832,
        slug="trao-120-suat-hoc-bong-cho-hoc-sinh-vung-cao-minh-hoa",
        title="Trao 120 suất học bổng cho học sinh vùng cao Minh Hóa",
        cat="tin-tuc",
        published_at="2026-11-14T10:00:00+07:00",
        summary=(
            "Ngày 13/11, Sở GD&ĐT phối hợp với Quỹ Bảo trợ trẻ em tỉnh trao 120 suất học bổng,"
            " mỗi suất 2 triệu đồng, cho học sinh có hoàn cảnh khó khăn ở huyện Minh Hóa."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các em nhận học bổng là học sinh dân tộc Chứt, Bru - Vân Kiều đang theo học tại các"
                " trường phổ thông dân tộc bán trú ở các xã Dân Hóa, Trọng Hóa, Thượng Hóa, có thành"
                " tích học tập khá, giỏi và vượt khó vươn lên."
            ),
            Img(doc_img(245832, "hoc-bong-minh-hoa.jpg"), None, None, "bare"),
            P(
                "Bên cạnh học bổng, đoàn công tác còn trao tặng 300 bộ quần áo ấm, 500 cuốn vở và"
                " đồ dùng học tập, giúp các em có thêm điều kiện đến trường trong mùa đông."
            ),
        ],
        authors=["Phan Phương"],
        source="Báo Quảng Bình",
        opts={
            "when": datetime(2026, 11, 14, 10, 0),
            "tags": ["học bổng", "Minh Hóa"],
            "author_field": "Phan Phương",
            "source_field": "Báo Quảng Bình",
        },
    ),
    Story(
        id=245818,
        slug="truong-thcs-quach-xuan-ky-to-chuc-ngay-hoi-stem",
        title="Trường THCS Quách Xuân Kỳ tổ chức Ngày hội STEM",
        cat="giao-duc-cac-cap",
        published_at="2026-11-09T09:00:00+07:00",
        summary=(
            "Ngày hội STEM năm 2026 của Trường THCS Quách Xuân Kỳ thu hút hơn 800 học sinh tham"
            " gia với 36 sản phẩm khoa học, kỹ thuật do chính các em thiết kế."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các sản phẩm tập trung vào những vấn đề gần gũi với đời sống như hệ thống tưới cây"
                " tự động, máy lọc nước mini, mô hình cảnh báo lũ sớm, xe chạy bằng năng lượng mặt"
                " trời."
            ),
            Img(
                doc_img(245818, "stem-qxk-1.jpg"),
                "Mô hình cảnh báo lũ sớm của học sinh lớp 9A",
                "Mô hình cảnh báo lũ sớm của học sinh lớp 9A",
                "tbl",
            ),
            P(
                "Ban tổ chức đã trao 3 giải Nhất, 5 giải Nhì, 8 giải Ba cho các nhóm học sinh; một"
                " số sản phẩm sẽ được lựa chọn tham dự Cuộc thi khoa học kỹ thuật cấp tỉnh."
            ),
            Raw(_R.format("Tin: Minh Quân")),
        ],
        authors=["Minh Quân"],
        opts={"when": datetime(2026, 11, 9, 9, 0), "tags": ["STEM", "THCS"]},
    ),
    Story(
        id=245810,
        slug="khai-mac-hoi-khoe-phu-dong-tinh-quang-binh-lan-thu-xii",
        title="Khai mạc Hội khỏe Phù Đổng tỉnh Quảng Bình lần thứ XII",
        cat="tin-tuc",
        published_at="2026-11-06T07:30:00+07:00",
        blocks=[
            P(
                "Sáng 05/11, tại Sân vận động tỉnh, Sở GD&ĐT phối hợp với Sở Văn hóa, Thể thao và Du"
                " lịch khai mạc Hội khỏe Phù Đổng tỉnh Quảng Bình lần thứ XII năm 2026."
            ),
            P(
                "Tham gia Hội khỏe có gần 1.500 vận động viên là học sinh đến từ 8 đoàn các huyện,"
                " thị xã, thành phố, tranh tài ở 9 môn: điền kinh, bơi, bóng đá, bóng chuyền, cầu"
                " lông, bóng bàn, cờ vua, đá cầu và võ cổ truyền."
            ),
            Img(doc_img(245810, "hkpd-xii-khai-mac.jpg"), None, None, "bare"),
            P(
                "Hội khỏe Phù Đổng là dịp để đánh giá kết quả công tác giáo dục thể chất trong"
                " trường học, đồng thời tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng toàn"
                " quốc năm 2028."
            ),
            Raw(_R.format("Tin: Minh Quân")),
        ],
        authors=["Minh Quân"],
        opts={"when": datetime(2026, 11, 6, 7, 30), "tags": ["Hội khỏe Phù Đổng"]},
    ),
    Story(
        id=245795,
        slug="soi-noi-ngay-hoi-doc-sach-trong-truong-hoc",
        title="Sôi nổi Ngày hội đọc sách trong trường học",
        cat="tin-tuc",
        published_at="2026-10-28T15:05:00+07:00",
        summary=(
            "Hưởng ứng phong trào xây dựng văn hóa đọc, nhiều trường học trên địa bàn tỉnh đã tổ"
            " chức Ngày hội đọc sách với nhiều hoạt động hấp dẫn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại Trường Tiểu học Bắc Lý, học sinh được tham gia giới thiệu sách, vẽ tranh theo"
                " nội dung cuốn sách yêu thích và đóng tiểu phẩm về các nhân vật văn học."
            ),
            Img(doc_img(245795, "IMG_4021.JPG"), "IMG_4021.JPG", None, "file"),
            P(
                "Thư viện các trường cũng đổi mới cách phục vụ bạn đọc với mô hình thư viện xanh,"
                " thư viện lớp học, tủ sách dùng chung ở hành lang, giúp học sinh tiếp cận sách mọi"
                " lúc trong giờ ra chơi."
            ),
            Raw(_R.format("Tin, ảnh: Lê Thủy - Hoàng Anh")),
        ],
        authors=["Lê Thủy", "Hoàng Anh"],
        photographers=["Lê Thủy", "Hoàng Anh"],
        opts={"when": datetime(2026, 10, 28, 15, 5), "tags": ["văn hóa đọc"]},
    ),
    Story(
        id=245790,
        slug="giam-doc-so-chi-dao-khac-phuc-co-so-vat-chat-sau-mua-lu",
        title="Giám đốc Sở chỉ đạo khắc phục cơ sở vật chất trường học sau mưa lũ",
        cat="chi-dao-dieu-hanh",
        published_at="2026-10-30T17:45:00+07:00",
        blocks=[
            P(
                "Chiều 29/10, đồng chí Giám đốc Sở GD&ĐT dẫn đầu đoàn công tác kiểm tra tình hình"
                " thiệt hại do mưa lũ tại một số trường học ở huyện Lệ Thủy và Quảng Ninh."
            ),
            Img(
                old_img(24581),
                "Đoàn công tác kiểm tra phòng học bị ngập tại Trường Tiểu học An Thủy",
                "Đoàn công tác kiểm tra phòng học bị ngập tại Trường Tiểu học An Thủy",
                "em",
            ),
            P(
                "Theo báo cáo nhanh, lũ đã làm ngập 57 trường học, hư hỏng nhiều bàn ghế, thiết bị"
                " dạy học và sách vở của học sinh. Giám đốc Sở yêu cầu các nhà trường huy động lực"
                " lượng vệ sinh trường lớp, bảo đảm đón học sinh trở lại học an toàn."
            ),
            Raw(_R.format("Tin: Ngọc Mai")),
        ],
        authors=["Ngọc Mai"],
        opts={"when": datetime(2026, 10, 30, 17, 45), "tags": ["mưa lũ"]},
    ),
    Story(
        id=245780,
        slug="khai-giang-lop-xoa-mu-chu-tai-xa-trong-hoa",
        title="Khai giảng lớp xóa mù chữ tại xã Trọng Hóa",
        cat="giao-duc-cac-cap",
        published_at="2026-10-22T08:00:00+07:00",
        summary=(
            "Trung tâm GDNN - GDTX huyện Minh Hóa vừa khai giảng lớp xóa mù chữ mức độ 2 cho 35"
            " học viên là người dân tộc Chứt tại bản Ra Mai, xã Trọng Hóa."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học được tổ chức vào các buổi tối trong tuần tại nhà văn hóa bản, do giáo viên"
                " Trường PTDTBT Tiểu học và THCS Trọng Hóa đảm nhận, học viên được cấp miễn phí"
                " sách vở, đồ dùng học tập."
            ),
            P(
                "Sau khóa học, học viên có thể đọc, viết, tính toán thông thạo, vận dụng vào việc"
                " ghi chép sản xuất, chăm sóc sức khỏe và tiếp cận thông tin pháp luật."
            ),
        ],
        authors=["Hải Yến"],
        opts={
            "when": datetime(2026, 10, 22, 8, 0),
            "tags": ["xóa mù chữ"],
            "nfd": True,
            "author_field": "Hải Yến",
        },
    ),
    Story(
        id=245770,
        slug="bo-gd-dt-lam-viec-voi-tinh-quang-binh-ve-chuong-trinh-gdpt-2018",
        title="Bộ GD&ĐT làm việc với tỉnh Quảng Bình về thực hiện Chương trình GDPT 2018",
        cat="tin-tuc",
        published_at="2026-10-15T14:00:00+07:00",
        blocks=[
            P(
                "Ngày 14/10, đoàn công tác của Bộ GD&ĐT do Thứ trưởng dẫn đầu đã làm việc với UBND"
                " tỉnh Quảng Bình về việc thực hiện Chương trình giáo dục phổ thông 2018."
            ),
            Img(
                doc_img(245770, "doan-cong-tac-bo.jpg"),
                "Toàn cảnh buổi làm việc",
                "Toàn cảnh buổi làm việc",
                "em",
            ),
            P(
                "Thứ trưởng ghi nhận tỉnh đã bố trí đủ sách giáo khoa, cơ bản bảo đảm giáo viên dạy"
                " các môn Tin học, Ngoại ngữ ở cấp tiểu học; đề nghị tỉnh tiếp tục tuyển dụng, sắp"
                " xếp đội ngũ và đầu tư phòng học bộ môn cho cấp trung học."
            ),
            Raw(
                '<p style="text-align: right;"><em>(Theo Cổng TTĐT Bộ GD&amp;ĐT)</em></p>'
            ),
        ],
        source="Cổng TTĐT Bộ GD&ĐT",
        opts={"when": datetime(2026, 10, 15, 14, 0), "tags": ["GDPT 2018"]},
    ),
    Story(
        id=245741,
        slug="toan-tinh-khai-giang-nam-hoc-moi-2026-2027",
        title="Toàn tỉnh khai giảng năm học mới 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-09-05T10:20:00+07:00",
        summary=(
            "Sáng 05/9, hơn 210.000 học sinh từ mầm non đến THPT trên địa bàn tỉnh Quảng Bình"
            " tưng bừng dự lễ khai giảng năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2026 - 2027, toàn tỉnh có 512 cơ sở giáo dục mầm non và phổ thông; ngành"
                " tiếp tục thực hiện Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp."
            ),
            Img(
                doc_img(245741, "khai-giang-2026.jpg"),
                "Đồng chí Bí thư Tỉnh ủy đánh trống khai giảng tại Trường THPT chuyên Võ Nguyên"
                " Giáp",
                "Đồng chí Bí thư Tỉnh ủy đánh trống khai giảng tại Trường THPT chuyên Võ Nguyên"
                " Giáp",
                "tbl",
            ),
            P(
                "Ngay sau lễ khai giảng, các nhà trường tổ chức dạy học theo thời khóa biểu, bảo đảm"
                " thực hiện kế hoạch thời gian năm học theo quy định của UBND tỉnh."
            ),
        ],
        authors=["Trần Quốc Việt"],
        opts={
            "when": datetime(2026, 9, 5, 10, 20),
            "tags": ["khai giảng"],
            "author_field": "Trần Quốc Việt",
        },
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_BY_SLUG = {s.slug: s for s in STORIES}
LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
SOFT_404_SLUG = "thong-bao-lich-nghi-tet-duong-lich-2026"


def in_cat(cat: str) -> list[Story]:
    return [s for s in LATEST if s.cat == cat]


def article_path(s: Story) -> str:
    return f"/{s.cat}/-/asset_publisher/{CATS[s.cat][1]}/content/{s.slug}"


def short_path(s: Story) -> str:
    return f"/-/{s.slug}"


def journal_path(s: Story) -> str:
    return f"/c/journal/view_article_content?groupId={GROUP_ID}&articleId={s.id}"


def cur_param(cat: str) -> str:
    return f"_{AP}{CATS[cat][1]}_cur"


def delta_param(cat: str) -> str:
    return f"_{AP}{CATS[cat][1]}_delta"


def listing_path(cat: str, cur: int, delta: int | None = None) -> str:
    """A lexicon pagination link as Liferay 7.0's PortletURL writes it."""
    inst = CATS[cat][1]
    d = delta or CATS[cat][2]
    return (
        f"/{cat}?p_p_id={AP}{inst}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&_{AP}{inst}_delta={d}&p_r_p_resetCur=false&_{AP}{inst}_cur={cur}"
    )


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


GOLD: list[dict] = [
    gold_record(
        s, article_path(s), CATS[s.cat][0], alt_paths=[short_path(s), journal_path(s)]
    )
    for s in LATEST
]

DOC_FOLDERS = {
    41201: "Văn bản chỉ đạo",
    41202: "Văn bản hướng dẫn chuyên môn",
}
#: file entry id -> (folder, file name, title, number, date)
DOCS: dict[int, tuple[int, str, str, str, str]] = {
    35012: (41201, "2345-SGDDT-GDTrH.pdf", "Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học"
            " 2026 - 2027", "2345/SGDĐT-GDTrH", "16/11/2026"),
    35009: (41201, "2290-KH-SGDDT.pdf", "Kế hoạch phòng, chống thiên tai năm học 2026 - 2027",
            "2290/KH-SGDĐT", "19/11/2026"),
    35004: (41202, "2201-SGDDT-GDMN.pdf", "Hướng dẫn thực hiện chuyên đề “Lấy trẻ làm trung tâm”",
            "2201/SGDĐT-GDMN", "02/11/2026"),
    34998: (41202, "2150-SGDDT-GDTX.pdf", "Hướng dẫn công tác xóa mù chữ năm 2026",
            "2150/SGDĐT-GDTX", "20/10/2026"),
}
ALBUMS = {51001: "Hội khỏe Phù Đổng lần thứ XII", 51002: "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11"}


def doc_file(name: str) -> str:
    return f"/documents/{GROUP_ID}/0/{name}/{_uuid(name)}"


def dl_view(folder: int) -> str:
    return f"/van-ban/-/document_library/{DL_INST}/view/{folder}"


def dl_file(entry: int) -> str:
    return f"/van-ban/-/document_library/{DL_INST}/view_file/{entry}"


def album_path(folder: int) -> str:
    return f"/thu-vien-anh/-/document_library/{MG_INST}/view/{folder}"


def week_ms(day: date) -> int:
    return int((day - date(1970, 1, 1)).days * 86400000 - 7 * 3600000)


def cal_path(day: date) -> str:
    return (
        f"/lich-cong-tac?p_p_id={CAL}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&_{CAL}_tabs1=week&_{CAL}_date={week_ms(day)}"
    )


SOFT_404 = f"/tin-tuc/-/asset_publisher/{CATS['tin-tuc'][1]}/content/{SOFT_404_SLUG}"

NON_ARTICLES: list[str] = [
    "/",
    *(f"/{c}" for c in CATS),
    *(
        listing_path(c, n)
        for c in CATS
        for n in range(2, _pages(len(in_cat(c)), CATS[c][2]) + 1)
    ),
    "/gioi-thieu",
    "/van-ban",
    *(dl_view(f) for f in DOC_FOLDERS),
    *(dl_file(e) for e in DOCS),
    "/lich-cong-tac",
    "/thu-vien-anh",
    *(album_path(a) for a in ALBUMS),
    "/lien-he",
    "/c/portal/login",
    SOFT_404,
]


# --------------------------------------------------------------------------- rendering


def _ampm(when: datetime) -> str:
    hour = when.hour % 12 or 12
    return f"{when:%d/%m/%Y} | {hour:02d}:{when:%M} {'SA' if when.hour < 12 else 'CH'}"


def _t(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")))


def _img_tag(src: str) -> str:
    return f'<img alt="" src="{src}" style="width: 640px; height: 427px;" />'


def _block(s: Story, b: P | Img | Raw) -> str:
    if isinstance(b, Raw):
        return b.html
    if isinstance(b, P):
        return f"<p>{_t(s, b.text)}</p>"
    if b.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 640px;">'
            f"<tbody><tr><td>{_img_tag(b.src)}</td></tr>"
            f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>'
            f"{_t(s, b.printed or '')}</em></span></td></tr></tbody></table>"
        )
    out = f'<p style="text-align: center;">{_img_tag(b.src)}</p>'
    if b.style == "em" and b.printed:
        out += f'<p style="text-align: center;"><em>{_t(s, b.printed)}</em></p>'
    if b.style == "file" and b.printed:
        out += f'<p style="text-align: center;">{esc(b.printed)}</p>'
    return out


def _content(s: Story) -> str:
    parts: list[str] = []
    items: list[str] = []
    for b in s.blocks:
        if isinstance(b, P) and b.style == "li":
            items.append(f"<li>{_t(s, b.text)}</li>")
            continue
        if items:
            parts.append("<ul>" + "".join(items) + "</ul>")
            items = []
        parts.append(_block(s, b))
    if items:
        parts.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(parts)


def template_output(s: Story) -> str:
    """The vendor's FreeMarker template for the "Tin tức" structure."""
    w = s.opts["when"]
    out = [
        '<div class="news-detail">',
        f'<h1 class="news-title">{_t(s, s.title)}</h1>',
        f'<div class="news-date"><i class="icon-time"></i> Cập nhật: {w:%d/%m/%Y %H:%M}</div>',
    ]
    if s.summary:
        out.append(f'<div class="news-summary"><strong>{_t(s, s.summary)}</strong></div>')
    out.append(f'<div class="news-content">\n{_content(s)}\n</div>')
    if s.opts.get("author_field"):
        out.append(f'<div class="news-author">Tác giả: <b>{_t(s, s.opts["author_field"])}</b></div>')
    if s.opts.get("source_field"):
        out.append(f'<div class="news-source">Nguồn: {_t(s, s.opts["source_field"])}</div>')
    out.append(
        '<div class="news-tools"><a href="javascript:window.print();" class="btn-print">'
        '<i class="icon-print"></i> In bài viết</a> <span class="font-size">Cỡ chữ: '
        '<a href="javascript:;" data-size="-1">A-</a> <a href="javascript:;" data-size="1">A+</a>'
        "</span></div>"
    )
    out.append("</div>")
    return "\n".join(out)


def _portlet(pid: str, title: str | None, body: str, extra: str = "") -> str:
    head = (
        '<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">'
        f'<h2 class="portlet-title-text">{esc(title)}</h2></div></div>'
        if title
        else ""
    )
    return (
        f'<div class="portlet-boundary portlet-boundary_{pid}_ portlet-static portlet-static-end'
        f' portlet-decorate {extra}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}">{head}'
        f'<div class="portlet-content"><div class="portlet-content-container">'
        f'<div class="portlet-body">{body}</div></div></div></section></div>'
    )


def _menu() -> str:
    def item(label: str, href: str, subs: list[tuple[str, str]] | None = None) -> str:
        if not subs:
            return f'<li class="nav-item"><a class="nav-link" href="{href}"><span>{esc(label)}</span></a></li>'
        inner = "".join(f'<a class="dropdown-item" href="{h}">{esc(t)}</a>' for t, h in subs)
        return (
            f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{href}"'
            f' aria-haspopup="true"><span>{esc(label)}</span></a>'
            f'<div class="dropdown-menu">{inner}</div></li>'
        )

    return (
        '<nav class="navbar navbar-expand-lg navbar-dark sgd-navbar" id="navigation" role="navigation">'
        '<ul class="navbar-nav" role="menubar">'
        + item("Trang chủ", "/")
        + item("Giới thiệu", "/gioi-thieu", [("Lịch công tác", "/lich-cong-tac")])
        + item("Tin tức", "/tin-tuc", [(CATS[c][0], f"/{c}") for c in CATS])
        + item("Văn bản", "/van-ban")
        + item("Thư viện ảnh", "/thu-vien-anh")
        + item("Liên hệ", "/lien-he")
        + "</ul></nav>"
    )


def _ticker() -> str:
    items = (
        f'<li><a href="{SOFT_404}">Thông báo lịch nghỉ Tết Dương lịch 2026</a></li>'
        f'<li><a href="{dl_file(35012)}">Hướng dẫn kiểm tra cuối học kỳ I năm học 2026 - 2027</a></li>'
        f'<li><a href="{article_path(_BY_ID[245866])}">Kế hoạch phòng, chống thiên tai năm học'
        " 2026 - 2027</a></li>"
    )
    return _portlet(
        "com_sgdqb_ticker_web_portlet_TickerPortlet",
        None,
        f'<div class="ticker-wrap"><span class="ticker-label">Thông báo</span>'
        f'<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><ul class="ticker-list">{items}</ul></marquee></div>',
    )


def _sidebar() -> str:
    latest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a>'
        f' <span class="date">({s.opts["when"]:%d/%m/%Y})</span></li>'
        for s in LATEST[:5]
    )
    docs = "".join(
        f'<li><a href="{doc_file(name)}" target="_blank"><i class="icon-file-text"></i> {esc(num)}</a>'
        f'<p class="doc-desc">{esc(title)}</p></li>'
        for _f, name, title, num, _d in DOCS.values()
    )
    links = (
        '<select class="form-control" onchange="window.open(this.value)">'
        "<option>-- Liên kết website --</option>"
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://quangbinh.gov.vn">Cổng TTĐT tỉnh Quảng Bình</option>'
        '<option value="https://thisinh.thitotnghiepthpt.edu.vn">Hệ thống quản lý thi</option>'
        "</select>"
    )
    return (
        '<div class="col-md-4 portlet-column" id="column-2">'
        + _portlet(f"{AP}sbLatest01", "Tin mới nhất", f'<ul class="list-latest">{latest}</ul>')
        + _portlet(
            "com_liferay_document_library_web_portlet_IGDisplayPortlet_INSTANCE_vbm", "Văn bản mới",
            f'<ul class="list-docs">{docs}</ul><a class="more" href="/van-ban">Xem tất cả »</a>',
        )
        + _portlet(
            "com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_poll",
            "Thăm dò ý kiến",
            '<div class="alert alert-danger">Bạn không có quyền xem nội dung này.</div>',
        )
        + _portlet(
            "com_sgdqb_weather_web_portlet_WeatherPortlet",
            "Thời tiết",
            '<div class="alert alert-info">Portlet tạm thời không khả dụng.</div>',
        )
        + _portlet("com_liferay_site_navigation_lien_ket", "Liên kết website", links)
        + _portlet(
            "com_sgdqb_counter_web_portlet_CounterPortlet",
            "Thống kê truy cập",
            '<ul class="counter"><li>Đang trực tuyến: <b>37</b></li><li>Hôm nay: <b>2.418</b></li>'
            "<li>Lượt truy cập: <b>1.234.567</b></li></ul>",
        )
        + "</div>"
    )


def _page(
    title: str,
    main: str,
    request: Request,
    canonical: str,
    crumbs: list[tuple[str, str | None]] | None = None,
    layout: str = "",
    sidebar: bool = True,
) -> str:
    base = base_url(request)
    crumb = ""
    if crumbs is not None:
        lis = ['<li class="breadcrumb-item"><a class="breadcrumb-link" href="/">Trang chủ</a></li>']
        for label, href in crumbs:
            if href:
                lis.append(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{href}">{esc(label)}</a></li>')
            else:
                lis.append(f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(label)}</span></li>')
        crumb = f'<nav aria-label="Breadcrumb"><ol class="breadcrumb">{"".join(lis)}</ol></nav>'
    cols = (
        f'<div class="col-md-8 portlet-column" id="column-1">{main}</div>{_sidebar()}'
        if sidebar
        else f'<div class="col-md-12 portlet-column" id="column-1">{main}</div>'
    )
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - {esc(SITE)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{THEME}/images/favicon.ico" rel="icon" />
<link href="{base}{canonical}" rel="canonical" />
<link class="lfr-css-file" href="{THEME}/css/main.css?browserId=other&amp;themeId=sgdqbtheme_WAR_sgdqbtheme&amp;languageId=vi_VN&amp;b=7010&amp;t=1794000000000" rel="stylesheet" type="text/css" />
<link href="/c/journal/get_feed?groupId={GROUP_ID}&amp;feedId=TIN_MOI" rel="alternate" title="Tin mới - RSS" type="application/rss+xml" />
<script src="/o/frontend-js-web/everything.jsp?browserId=other&amp;languageId=vi_VN&amp;b=7010" type="text/javascript"></script>
</head>
<body class="controls-visible chrome yui3-skin-sam signed-out public-page site {layout}">
<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><div class="container"><span class="today"><i class="icon-calendar"></i> {TODAY}</span>
<form action="/tim-kiem" class="form-inline search-top" method="get"><input class="form-control" name="_com_liferay_portal_search_web_portlet_SearchPortlet_keywords" placeholder="Tìm kiếm..." type="text" /><button class="btn btn-default" type="submit"><i class="icon-search"></i></button></form>
<a class="sign-in text-default" data-redirect="false" href="/c/portal/login" rel="nofollow">Đăng nhập</a></div></div>
<div class="container banner-logo"><a class="logo custom-logo" href="/" title="Trang chủ"><img alt="{esc(SITE)}" src="{THEME}/images/banner-sgd.png" /></a></div>
<div class="container">{_menu()}</div>
</header>
<section class="container" id="content">
{_ticker()}
{crumb}
<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">{cols}</div></div>
</section>
<footer id="footer" role="contentinfo"><div class="container">
<p class="powered-by"><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG BÌNH</strong></p>
<p>Địa chỉ: Số 02 Hùng Vương, phường Đồng Phú, thành phố Đồng Hới, tỉnh Quảng Bình</p>
<p>Điện thoại: 0232.3822.519 - Đường dây nóng: 0232.3828.555 - Email: sgddt@quangbinh.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT. Giấy phép số 15/GP-TTĐT ngày 12/3/2019.</p>
<p>Phát triển bởi Công ty TNHH Giải pháp phần mềm Nhật Lệ trên nền tảng Liferay DXP</p>
</div></footer>
</div>
</body>
</html>"""


def _other_news(s: Story) -> str:
    others = [o for o in in_cat(s.cat) if o.id != s.id][:5]
    items = "".join(
        f'<li class="other-item"><a href="{article_path(o)}">{esc(o.title)}</a>'
        f' <span class="other-date">({o.opts["when"]:%d/%m/%Y})</span></li>'
        for o in others
    )
    return _portlet(f"{AP}cacTinKhac{s.cat[:3]}", "Các tin khác", f'<ul class="other-news">{items}</ul>')


def _full_content(s: Story) -> str:
    cat_name, inst, _delta = CATS[s.cat]
    tags = "".join(
        f'<a class="label label-default" href="/{s.cat}/-/asset_publisher/{inst}/tag/{quote(t, safe="")}">'
        f"{esc(t)}</a> "
        for t in s.opts["tags"]
    )
    share = (
        '<div class="taglib-social-bookmarks"><ul class="list-inline">'
        f'<li><a class="social-bookmark facebook" href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fsgddt.quangbinh.gov.vn{quote(article_path(s), safe="")}" target="_blank">Facebook</a></li>'
        f'<li><a class="social-bookmark twitter" href="https://twitter.com/intent/tweet?text={quote(s.title)}" target="_blank">Twitter</a></li>'
        "</ul></div>"
    )
    ratings = (
        '<div class="taglib-ratings stars"><div class="liferay-rating-vote">'
        '<div class="rating-label">Đánh giá của bạn</div>'
        + "".join(f'<a class="rating-element icon-star-empty" href="javascript:;" title="{n} sao"></a>' for n in range(1, 6))
        + '</div><div class="liferay-rating-score">Đánh giá trung bình (0 phiếu)</div></div>'
    )
    discussion = (
        '<div class="taglib-discussion"><h3 class="comments-title">Bình luận</h3>'
        '<div class="lfr-discussion-details"><p class="text-muted">Hãy là người đầu tiên bình luận.</p></div>'
        '<div class="alert alert-info"><a href="/c/portal/login" rel="nofollow">Vui lòng đăng nhập để bình luận.</a></div></div>'
    )
    body = (
        f'<div class="asset-full-content clearfix default-asset-publisher" data-fragments-editor-item-id="{s.id}">'
        f'<a class="icon-monospaced" href="/{s.cat}" title="Quay lại"><i class="icon-angle-left"></i></a>'
        f'<div class="asset-content" id="_{AP}{inst}_{s.id}">'
        f'<div class="journal-content-article" data-analytics-asset-id="{s.id}" data-analytics-asset-type="web-content">\n'
        f"{template_output(s)}\n</div></div>"
        f'<div class="asset-tags"><span class="taglib-asset-tags-summary">Từ khóa: {tags}</span></div>'
        f'<div class="asset-ratings">{ratings}</div>'
        f'<div class="asset-links"></div>{discussion}</div>'
    )
    return (
        _portlet(f"{AP}{inst}", cat_name, body)
        + _portlet("com_liferay_social_bookmarks_web_portlet_SocialBookmarksPortlet", "Chia sẻ", share)
        + _other_news(s)
    )


def _article(s: Story, request: Request) -> str:
    cat_name = CATS[s.cat][0]
    return _page(
        s.title,
        _full_content(s),
        request,
        article_path(s),
        [(cat_name, f"/{s.cat}"), (s.title, None)],
        "tin-chi-tiet",
    )


def _item(s: Story, redirect: str) -> str:
    href = f"{article_path(s)}?inheritRedirect=true&amp;redirect={quote(redirect, safe='')}"
    thumb = (
        f'<div class="ap-thumb"><a href="{href}"><img alt="" src="{s.images[0].src}&amp;imageThumbnail=2" /></a></div>'
        if s.images and s.images[0].src.startswith("/documents/")
        else f'<div class="ap-thumb"><img alt="" src="{THEME}/images/no-image.png" /></div>'
    )
    return (
        f'<div class="ap-news-item clearfix">{thumb}'
        f'<h3 class="ap-news-title"><a href="{href}">{esc(s.title)}</a></h3>'
        f'<span class="ap-news-date"><i class="icon-calendar"></i> {_ampm(s.opts["when"])}</span>'
        f'<p class="ap-news-desc">{esc(s.summary or "")}</p></div>'
    )


def _pagination(cat: str, cur: int, delta: int, total: int) -> str:
    pages = _pages(total, delta)
    first = (cur - 1) * delta + 1
    last = min(cur * delta, total)

    def link(n: int, label: str, disabled: bool = False, active: bool = False) -> str:
        cls = "page-item" + (" disabled" if disabled else "") + (" active" if active else "")
        href = "javascript:;" if disabled or active else listing_path(cat, n, delta).replace("&", "&amp;")
        return f'<li class="{cls}"><a class="page-link" href="{href}">{label}</a></li>'

    page_menu = "".join(
        f'<li><a class="dropdown-item" href="{listing_path(cat, n, delta).replace("&", "&amp;")}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    delta_menu = "".join(
        f'<li><a class="dropdown-item" href="{listing_path(cat, 1, d).replace("&", "&amp;")}">{d}</a></li>'
        for d in DELTAS
    )
    return (
        '<div class="clearfix lfr-pagination"><div class="lfr-pagination-config">'
        '<div class="lfr-pagination-page-selector"><div class="btn-group lfr-icon-menu current-page-menu">'
        f'<a class="dropdown-toggle direction-down max-display-items-15 btn btn-default" href="javascript:;">Trang {cur} của {pages} <span class="icon-caret-down"></span></a>'
        f'<ul class="dropdown-menu lfr-menu-list direction-down">{page_menu}</ul></div></div>'
        '<div class="lfr-pagination-delta-selector"><div class="btn-group lfr-icon-menu">'
        f'<a class="dropdown-toggle direction-down max-display-items-15 btn btn-default" href="javascript:;">{delta} Mục mỗi trang <span class="icon-caret-down"></span></a>'
        f'<ul class="dropdown-menu lfr-menu-list direction-down">{delta_menu}</ul></div></div></div>'
        f'<small class="search-results">Hiển thị {first} - {last} của {total} kết quả.</small>'
        '<ul class="pagination">'
        + link(cur - 1, "Trước", disabled=cur == 1)
        + "".join(link(n, str(n), active=n == cur) for n in range(1, pages + 1))
        + link(cur + 1, "Sau", disabled=cur == pages)
        + "</ul></div>"
    )


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _listing(cat: str, request: Request, tag: str | None = None) -> str:
    cat_name, inst, default_delta = CATS[cat]
    params = request.params
    delta = _int(params.get(delta_param(cat)), default_delta)
    if delta < 1 or delta > 200:
        delta = default_delta
    stories = [s for s in in_cat(cat) if tag is None or tag in s.opts["tags"]]
    pages = _pages(len(stories), delta)
    cur = min(max(_int(params.get(cur_param(cat)), 1), 1), pages)
    redirect = request.target
    rows = "".join(_item(s, redirect) for s in stories[(cur - 1) * delta : cur * delta])
    head = f'<div class="alert alert-info">Từ khóa: {esc(tag)}</div>' if tag else ""
    body = head + f'<div class="ap-news-list">{rows}</div>' + (
        _pagination(cat, cur, delta, len(stories)) if len(stories) > delta else ""
    )
    return _page(
        cat_name,
        _portlet(f"{AP}{inst}", cat_name, body),
        request,
        f"/{cat}",
        [(cat_name, None)],
        "danh-sach-tin",
    )


def _home(request: Request) -> str:
    slides = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{short_path(s)}">'
        f'<img alt="{esc(s.title)}" class="d-block w-100" src="{s.images[0].src}" /></a>'
        f'<div class="carousel-caption"><h5><a href="{short_path(s)}">{esc(s.title)}</a></h5></div></div>'
        for i, s in enumerate([x for x in LATEST if x.images][:4])
    )
    carousel = _portlet(
        "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_slider",
        None,
        f'<div class="carousel slide" data-ride="carousel" id="homeCarousel"><div class="carousel-inner">{slides}</div>'
        '<a class="carousel-control-prev" href="#homeCarousel" data-slide="prev">‹</a>'
        '<a class="carousel-control-next" href="#homeCarousel" data-slide="next">›</a></div>',
    )
    blocks = ""
    for cat, (name, _inst, _d) in CATS.items():
        rows = "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="date">{s.opts["when"]:%d/%m/%Y}</span></li>'
            for s in in_cat(cat)[:4]
        )
        blocks += _portlet(
            f"{AP}home{cat[:4]}",
            name,
            f'<ul class="home-news">{rows}</ul><a class="xem-them" href="/{cat}">Xem thêm »</a>',
        )
    return _page(SITE, carousel + blocks, request, "/", None, "trang-chu")


def _static(request: Request) -> str:
    content = (
        '<div class="journal-content-article"><h1 class="page-heading">Giới thiệu Sở Giáo dục và Đào tạo</h1>'
        "<p>Sở Giáo dục và Đào tạo tỉnh Quảng Bình là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu,"
        " giúp UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục mầm non, giáo dục phổ"
        " thông, giáo dục thường xuyên trên địa bàn tỉnh.</p>"
        "<p><strong>Lãnh đạo Sở:</strong> Giám đốc và 03 Phó Giám đốc.</p>"
        "<p><strong>Các phòng chuyên môn:</strong> Văn phòng; Phòng Tổ chức cán bộ; Phòng Kế hoạch -"
        " Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Khảo thí và"
        " Quản lý chất lượng giáo dục; Thanh tra Sở.</p></div>"
    )
    portlet = _portlet(
        "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_gioithieu",
        None,
        content,
    )
    return _page("Giới thiệu", portlet, request, "/gioi-thieu", [("Giới thiệu", None)])


def _dl_table(entries: list[int]) -> str:
    rows = "".join(
        f'<tr><td><a href="{dl_file(e)}">{esc(DOCS[e][3])}</a></td><td>{esc(DOCS[e][2])}</td>'
        f"<td>{DOCS[e][4]}</td></tr>"
        for e in entries
    )
    return (
        '<table class="table table-autofit table-list table-striped"><thead><tr><th>Số/Ký hiệu</th>'
        f"<th>Trích yếu</th><th>Ngày ban hành</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _van_ban(request: Request, folder: int | None) -> str:
    if folder is None:
        folders = "".join(
            f'<li class="folder"><i class="icon-folder-close"></i> <a href="{dl_view(f)}">{esc(n)}</a>'
            f' <small>({sum(1 for d in DOCS.values() if d[0] == f)} tài liệu)</small></li>'
            for f, n in DOC_FOLDERS.items()
        )
        body = f'<ul class="dl-folders">{folders}</ul>' + _dl_table(list(DOCS))
        crumbs: list[tuple[str, str | None]] = [("Văn bản", None)]
    else:
        body = (
            f'<h3 class="folder-title">{esc(DOC_FOLDERS[folder])}</h3>'
            + _dl_table([e for e, d in DOCS.items() if d[0] == folder])
            + '<a href="/van-ban">« Quay lại</a>'
        )
        crumbs = [("Văn bản", "/van-ban"), (DOC_FOLDERS[folder], None)]
    portlet = _portlet(f"com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_{DL_INST}", "Văn bản", body)
    return _page("Văn bản", portlet, request, "/van-ban", crumbs)


def _view_file(request: Request, entry: int) -> str:
    folder, name, title, num, day = DOCS[entry]
    body = (
        f'<div class="file-entry"><h3 class="file-title">{esc(num)}</h3>'
        f'<dl class="file-meta"><dt>Trích yếu</dt><dd>{esc(title)}</dd><dt>Ngày ban hành</dt><dd>{day}</dd>'
        f"<dt>Phiên bản</dt><dd>1.0</dd><dt>Kích thước</dt><dd>186 KB</dd></dl>"
        f'<a class="btn btn-primary" href="{doc_file(name)}?download=true">Tải về ({esc(name)})</a>'
        f' <a href="{dl_view(folder)}">« Quay lại</a></div>'
    )
    portlet = _portlet(f"com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_{DL_INST}", "Văn bản", body)
    return _page(num, portlet, request, dl_file(entry), [("Văn bản", "/van-ban"), (num, None)])


_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
CAL_MIN = date(1970, 1, 5)
CAL_MAX = date(2199, 12, 30)


def _calendar(request: Request) -> str | None:
    raw = request.params.get(f"_{CAL}_date")
    if raw is None:
        monday = TODAY_DATE - timedelta(days=TODAY_DATE.weekday())
    else:
        try:
            ms = int(raw)
        except ValueError:
            return None
        day = date(1970, 1, 1) + timedelta(days=(ms + 7 * 3600000) // 86400000)
        monday = day - timedelta(days=day.weekday())
        if not CAL_MIN <= monday <= CAL_MAX:
            return None
    rows = []
    for i in range(5):
        d = monday + timedelta(days=i)
        event = (
            "08h00: Giám đốc Sở họp giao ban lãnh đạo Sở"
            if i == 0
            else ("14h00: Phó Giám đốc làm việc với Phòng GD&ĐT Bố Trạch" if i == 2 else "Làm việc tại cơ quan")
        )
        rows.append(f"<tr><td>{_WEEKDAYS[i]}<br/>{d:%d/%m/%Y}</td><td>{esc(event)}</td></tr>")
    nav = []
    if monday - timedelta(days=7) >= CAL_MIN:
        nav.append(f'<a class="btn btn-default" href="{cal_path(monday - timedelta(days=7)).replace("&", "&amp;")}">« Tuần trước</a>')
    nav.append(f'<a class="btn btn-default" href="{cal_path(TODAY_DATE).replace("&", "&amp;")}">Hôm nay</a>')
    if monday + timedelta(days=7) <= CAL_MAX:
        nav.append(f'<a class="btn btn-default" href="{cal_path(monday + timedelta(days=7)).replace("&", "&amp;")}">Tuần sau »</a>')
    body = (
        f'<div class="calendar-nav">{" ".join(nav)}</div>'
        f'<h3 class="calendar-week">Tuần từ {monday:%d/%m/%Y} đến {monday + timedelta(days=6):%d/%m/%Y}</h3>'
        f'<table class="table table-bordered lich-tuan"><tbody>{"".join(rows)}</tbody></table>'
    )
    portlet = _portlet(CAL, "Lịch công tác", body)
    return _page("Lịch công tác", portlet, request, "/lich-cong-tac", [("Lịch công tác", None)])


def _gallery(request: Request, album: int | None) -> str:
    if album is None:
        body = "".join(
            f'<div class="album-card"><a href="{album_path(a)}"><img alt="" src="/documents/{GROUP_ID}/{a}/cover.jpg/{_uuid(str(a))}" />'
            f"<span>{esc(n)}</span></a></div>"
            for a, n in ALBUMS.items()
        )
        crumbs: list[tuple[str, str | None]] = [("Thư viện ảnh", None)]
    else:
        body = f'<h3>{esc(ALBUMS[album])}</h3><div class="image-gallery">' + "".join(
            f'<a class="image-link" href="/documents/{GROUP_ID}/{album}/anh-{n}.jpg/{_uuid(f"{album}-{n}")}">'
            f'<img alt="anh-{n}.jpg" src="/documents/{GROUP_ID}/{album}/anh-{n}.jpg/{_uuid(f"{album}-{n}")}?imageThumbnail=1" /></a>'
            for n in range(1, 7)
        ) + "</div>"
        crumbs = [("Thư viện ảnh", "/thu-vien-anh"), (ALBUMS[album], None)]
    portlet = _portlet(f"com_liferay_document_library_web_portlet_IGDisplayPortlet_INSTANCE_{MG_INST}", "Thư viện ảnh", body)
    return _page("Thư viện ảnh", portlet, request, "/thu-vien-anh", crumbs)


def _contact(request: Request) -> str:
    body = (
        '<div class="webform-description"><p>Mọi ý kiến, thắc mắc xin gửi về Văn phòng Sở GD&amp;ĐT'
        " theo mẫu dưới đây hoặc gọi đường dây nóng 0232.3828.555.</p></div>"
        '<form action="/lien-he?p_p_id=1_WAR_webformportlet_INSTANCE_lienhe&amp;p_p_lifecycle=1'
        '&amp;p_p_state=normal&amp;p_p_mode=view&amp;_1_WAR_webformportlet_INSTANCE_lienhe_javax.portlet.action=saveData"'
        ' class="form" method="post" name="_1_WAR_webformportlet_INSTANCE_lienhe_fm">'
        '<div class="form-group"><label>Họ và tên</label><input class="form-control" name="_1_WAR_webformportlet_INSTANCE_lienhe_field1" type="text" /></div>'
        '<div class="form-group"><label>Email</label><input class="form-control" name="_1_WAR_webformportlet_INSTANCE_lienhe_field2" type="text" /></div>'
        '<div class="form-group"><label>Nội dung</label><textarea class="form-control" name="_1_WAR_webformportlet_INSTANCE_lienhe_field3"></textarea></div>'
        '<button class="btn btn-primary" type="submit">Gửi</button></form>'
    )
    portlet = _portlet("1_WAR_webformportlet_INSTANCE_lienhe", "Liên hệ", body)
    return _page("Liên hệ", portlet, request, "/lien-he", [("Liên hệ", None)])


def _search(request: Request) -> str:
    kw = request.params.get("_com_liferay_portal_search_web_portlet_SearchPortlet_keywords", "")
    body = (
        '<form action="/tim-kiem" method="get"><input class="form-control" name="_com_liferay_portal_search_web_portlet_SearchPortlet_keywords"'
        f' value="{esc(kw)}" type="text" /><button class="btn btn-default" type="submit">Tìm kiếm</button></form>'
        '<div class="alert alert-info">Không tìm thấy kết quả nào phù hợp.</div>'
    )
    portlet = _portlet("com_liferay_portal_search_web_portlet_SearchPortlet", "Tìm kiếm", body)
    return _page("Tìm kiếm", portlet, request, "/tim-kiem", [("Tìm kiếm", None)])


def _login(request: Request) -> str:
    body = (
        '<form action="/c/portal/login" method="post" class="form sign-in-form">'
        '<div class="form-group"><label>Địa chỉ email</label><input class="form-control" name="_com_liferay_login_web_portlet_LoginPortlet_login" type="text" /></div>'
        '<div class="form-group"><label>Mật khẩu</label><input class="form-control" name="_com_liferay_login_web_portlet_LoginPortlet_password" type="password" /></div>'
        '<button class="btn btn-primary" type="submit">Đăng nhập</button></form>'
    )
    portlet = _portlet("com_liferay_login_web_portlet_LoginPortlet", "Đăng nhập", body)
    return _page("Đăng nhập", portlet, request, "/c/portal/login", [("Đăng nhập", None)], sidebar=False)


def _soft_404(request: Request) -> str:
    cat_name, inst, _d = CATS["tin-tuc"]
    body = '<div class="alert alert-danger">Không tìm thấy nội dung được yêu cầu.</div>'
    return _page(cat_name, _portlet(f"{AP}{inst}", cat_name, body), request, "/tin-tuc", [(cat_name, "/tin-tuc")])


def _journal_fragment(s: Story) -> str:
    return f'<div class="journal-content-article">\n{template_output(s)}\n</div>'


def _rss(request: Request) -> str:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{esc(base + journal_path(s))}</link>"
        f"<description>{esc(s.summary or '')}</description>"
        f"<pubDate>{s.opts['when'] - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT</pubDate>"
        f"<guid>{esc(base + journal_path(s))}</guid><dc:creator>Quản trị viên</dc:creator></item>"
        for s in LATEST[:10]
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">'
        f"<channel><title>Tin mới</title><link>{base}/</link><description>Tin mới - {esc(SITE)}</description>"
        f"{items}</channel></rss>"
    )


_DOC_NAMES = {doc_file(d[1]) for d in DOCS.values()}
_AP_RE = re.compile(r"/([a-z-]+)/-/asset_publisher/([A-Za-z0-9]+)/content/([a-z0-9-]+)")


class Liferay70FriendlySite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith("/documents/"):
            if path in _DOC_NAMES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            parts = path.split("/")
            return static_file(parts[-2]) if len(parts) >= 6 else None
        if path == "/image/journal/article":
            return static_file("article.jpg") if params.get("img_id") else None
        if path.startswith(("/o/", "/combo")):
            return static_file(path)
        if path == "/":
            return html(_home(request))
        if path == "/c/journal/get_feed":
            if params.get("feedId") != "TIN_MOI":
                return None
            return Response(200, _rss(request), {"Content-Type": "text/xml; charset=UTF-8"})
        if path == "/c/journal/view_article_content":
            s = _BY_ID.get(_int(params.get("articleId"), 0))
            if s is None or params.get("groupId") != str(GROUP_ID):
                return None
            return html(_journal_fragment(s))
        if path.lstrip("/") in CATS:
            return html(_listing(path.lstrip("/"), request))
        if m := re.fullmatch(r"/([a-z-]+)/-/asset_publisher/([A-Za-z0-9]+)/tag/([^/]+)", path):
            cat, inst, tag = m.group(1), m.group(2), unquote(m.group(3))
            if cat not in CATS or CATS[cat][1] != inst:
                return None
            if not any(tag in s.opts["tags"] for s in in_cat(cat)):
                return None
            return html(_listing(cat, request, tag))
        if m := _AP_RE.fullmatch(path):
            cat, inst, slug = m.groups()
            if cat not in CATS or CATS[cat][1] != inst:
                return None
            if slug == SOFT_404_SLUG and cat == "tin-tuc":
                return html(_soft_404(request))
            s = _BY_SLUG.get(slug)
            if s is None or s.cat != cat:
                return None
            return html(_article(s, request))
        if m := re.fullmatch(r"/-/([a-z0-9-]+)", path):
            s = _BY_SLUG.get(m.group(1))
            return html(_article(s, request)) if s else None
        if path == "/gioi-thieu":
            return html(_static(request))
        if path == "/van-ban":
            return html(_van_ban(request, None))
        if m := re.fullmatch(rf"/van-ban/-/document_library/{DL_INST}/view/(\d+)", path):
            folder = int(m.group(1))
            return html(_van_ban(request, folder)) if folder in DOC_FOLDERS else None
        if m := re.fullmatch(rf"/van-ban/-/document_library/{DL_INST}/view_file/(\d+)", path):
            entry = int(m.group(1))
            return html(_view_file(request, entry)) if entry in DOCS else None
        if path == "/lich-cong-tac":
            page = _calendar(request)
            return html(page) if page else None
        if path == "/thu-vien-anh":
            return html(_gallery(request, None))
        if m := re.fullmatch(rf"/thu-vien-anh/-/document_library/{MG_INST}/view/(\d+)", path):
            album = int(m.group(1))
            return html(_gallery(request, album)) if album in ALBUMS else None
        if path == "/lien-he":
            return html(_contact(request))
        if path == "/tim-kiem":
            return html(_search(request))
        if path == "/c/portal/login":
            return html(_login(request))
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow:\n", {"Content-Type": "text/plain"})
        if path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> Liferay70FriendlySite:
    return Liferay70FriendlySite()
