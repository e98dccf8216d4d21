"""Fixture portal: Sở GD&ĐT tỉnh Hà Tĩnh on Liferay DXP 7.4 (content pages, display pages).

Imitates a Liferay DXP 7.4 site as provincial departments set it up after moving off Liferay
6.2: every section is a *content page* built from fragments (``lfr-layout-structure-item-*``
wrappers around ``component-heading`` / ``component-paragraph`` / ``component-html`` …), news
items are *web content* articles shown through a *Display Page Template* at friendly URLs under
``/w/``, and one old widget page still runs an Asset Publisher portlet. What it serves:

- articles at ``/w/<urlTitle>``; the very same page at ``/web/guest/w/<urlTitle>`` (the default
  site's path) and ``/web/sgddt/w/<urlTitle>`` (the site's own friendly URL), and, from the
  Asset Publisher, ``/w/<urlTitle>?_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_
  INSTANCE_<id>_redirect=<url-encoded listing URL>`` (a back link "Quay lại" appears); the
  "Tin liên quan" list links ``/w/<urlTitle>?p_l_back_url=%2Fw%2F<current>``. Every form prints
  an *absolute* ``rel=canonical`` to ``/w/<urlTitle>`` and hreflang alternates, as 7.4 does.
- the display page: a row/column layout; breadcrumb fragment (``ol.breadcrumb``: Trang chủ /
  title), ``div.component-heading h1`` (title), the asset category as a label ("Chuyên mục:"),
  ``div.component-paragraph`` with the description (the sapo; absent when the article has none),
  "Ngày đăng: 20/11/2026 08:30" (displayDate) — an older template of the "Thông báo" structure
  prints the date only ("Ngày đăng: 12/11/2026") — and sometimes "Cập nhật: …" (modifiedDate),
  ``div.component-html`` holding the rich-text content field (p, figure/figcaption, a bare image,
  an image with a centred italic line under it, tables, lists, a right-aligned "Ảnh: …" line),
  "Tác giả: …" and "Nguồn: …" mapped from structure fields, tags ("Từ khóa"), share links
  (Facebook/Zalo/"In bài" = ``javascript:window.print()``), "Lượt xem", "Tin liên quan" (three
  latest of the category) and a sidebar "Tin mới nhất" with dates.
- category pages ``/tin-tuc-su-kien`` and ``/hoat-dong-cac-don-vi``: content pages with a
  Collection Display fragment (``div.lfr-layout-structure-item-collection``; each item a
  ``div.card`` with ``h3 > a``, a date ``span`` and a ``p`` description), paginated by Liferay's
  collection pager ``?page_number_<fragmentEntryLinkId>=N`` (38521 and 38547; the home page's "Tin
  mới" collection pages with ``page_number_40112``), "Trang trước"/"Trang sau", numbered links and
  "Hiển thị 1 - 3 của 7 mục". Pages past the last answer 200 with an empty collection.
- ``/thong-bao``: an old widget page with the Asset Publisher portlet
  ``portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_tbAo9xKqLm2r``,
  paged by ``?p_p_id=…&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_…_delta=2&_…_cur=N``;
  the portlet's "Phóng to" link opens ``p_p_state=maximized`` and its pager keeps that state.
  Dates there read "12/11/2026 | 03:15 CH" (12-hour clock, SA/CH).
- the home page (``/`` and ``/web/guest/home``): a "Tin nổi bật" banner, the "Tin mới"
  collection, a small Asset Publisher "Thông báo" (instance ``hOme3ApXw9Zq``), quick links.
- non-articles: ``/gioi-thieu`` (content page), ``/lien-he`` (form fragment), ``/van-ban`` (a
  Documents and Media display; files at ``/documents/20121/0/<name>.pdf/<uuid>?t=…`` and the
  file entry view ``/van-ban/-/document_library/vBn3DlPq8Rt1/view_file/<id>``), ``/thu-vien-anh``
  (a gallery of folders) with album pages ``/thu-vien-anh/-/document_library/gAl7Rx2Kp0Ze/view/<id>``,
  ``/c/portal/login`` (sign-in portlet), ``/search?q=`` (search results, not linked), a sitemap
  ``/sitemap.xml`` (announced in robots.txt) listing the pages and every ``/w/`` article.
- chrome: a header with the day's date ("Thứ Tư, ngày 25/11/2026"), the Navigation Menu
  fragment, a search bar, a "Đăng nhập" link, a footer with address, hotline, a visitor counter
  and a "Liên kết website" select.

Traps: the same article at three URL forms (plus the redirect and back-url query variants, all
listed as alt_paths); the p_p_state=maximized / p_p_mode variants of the Asset Publisher page;
the collection pager's parameter name carries a number that differs per fragment (three of them);
out-of-range collection pages answer 200 with nothing in them; images and PDFs are served from
``/documents/…/<uuid>?t=…`` paths that do not end in a file extension.

Gold (by hand). Articles are the web contents shown on display pages. The title is the h1; the
description paragraph is the summary and the body's first paragraph; articles without one have
summary None. ``published_at`` is "Ngày đăng" (displayDate), never "Cập nhật" (modifiedDate) nor
the header's date; a date printed without a time gives a date only. Authors are the "Tác giả"
field's names (split on ","); the right-aligned "Ảnh: X" line at the end of the content field gives
photographers and is not body text (two articles print it inside the content field, two in the
fields fragment under it); "Tác giả: Phòng Kế hoạch - Tài chính" (a department, not a person) is
kept as printed; the author "Nguyễn Hoài" who also signs "Ảnh: Nguyễn Hoài" is in both lists;
"Nguồn:" is the source. A figcaption, or a centred italic line
right under an image, is its caption; a bare image has caption None. Table rows are body paragraphs
with cells joined by " | "; list items are paragraphs. The category is the asset category printed
on the page (the same name as its listing page). Asset Publisher and collection listings, the
maximized views, documents, gallery albums, login and static pages are not articles.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "liferay74_w_sgddt"
PLATFORM = "liferay74"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"
ADDRESS = "Số 24 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh"
HOTLINE = "0239 3 855 241"
EMAIL = "vanphong@hatinh.edu.vn"
GROUP = 20121

#: collection categories: friendly URL -> (name, fragmentEntryLinkId, items per page)
COLLECTIONS: dict[str, tuple[str, int, int]] = {
    "/tin-tuc-su-kien": ("Tin tức - Sự kiện", 38521, 3),
    "/hoat-dong-cac-don-vi": ("Hoạt động các đơn vị", 38547, 2),
}
AP_PAGE = "/thong-bao"
AP_NAME = "Thông báo"
AP_ID = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_tbAo9xKqLm2r"
AP_DELTA = 2
HOME_AP_ID = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_hOme3ApXw9Zq"
HOME_FRAGMENT = 40112
HOME_PER_PAGE = 4
CATS = {**{p: v[0] for p, v in COLLECTIONS.items()}, AP_PAGE: AP_NAME}


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def doc_url(name: str, folder: int = 0, t: int = 1763600000000) -> str:
    """A Documents and Media URL the way Liferay prints it: /documents/<group>/<folder>/<title>/<uuid>?t=…"""
    return f"/documents/{GROUP}/{folder}/{name}/{_uuid(name)}?t={t}"


# opts: when (datetime of displayDate), dl ("full": dd/mm/yyyy HH:MM | "date": date only),
# upd (modifiedDate printed as "Cập nhật"), author (printed "Tác giả" field), src (printed
# "Nguồn" field), tags, views. Img styles: figure (figure/figcaption), bare (img in a p, nothing
# under it), em (img, then a centred italic line). P styles: "", li, th/tr (table rows).
STORIES: list[Story] = [
    Story(
        id=41873,
        slug="hoi-nghi-tong-ket-nam-hoc-2025-2026",
        title="Hội nghị tổng kết năm học 2025 - 2026 và triển khai nhiệm vụ năm học 2026 - 2027",
        cat="/tin-tuc-su-kien",
        published_at="2026-11-20T08:30:00+07:00",
        summary=(
            "Sáng 19/11, Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết năm học 2025 - 2026,"
            " triển khai nhiệm vụ năm học 2026 - 2027 với sự tham dự của hơn 400 đại biểu là cán"
            " bộ quản lý các cơ sở giáo dục trong tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025 - 2026, toàn ngành đã hoàn thành tốt các mục tiêu đề ra. Tỷ lệ tốt"
                " nghiệp THPT đạt 99,47%; điểm trung bình thi tốt nghiệp THPT xếp thứ 9 toàn quốc;"
                " học sinh Hà Tĩnh giành 72 giải trong kỳ thi chọn học sinh giỏi quốc gia, trong đó"
                " có 5 giải Nhất."
            ),
            Img(
                doc_url("tong-ket-nam-hoc-1.jpg", 45101),
                "Đồng chí Giám đốc Sở GD&ĐT trình bày báo cáo tổng kết năm học",
                "Đồng chí Giám đốc Sở GD&ĐT trình bày báo cáo tổng kết năm học",
                "figure",
            ),
            P(
                "Hội nghị đã chỉ ra một số hạn chế: cơ sở vật chất ở một số trường vùng khó khăn"
                " chưa đáp ứng yêu cầu chương trình mới; tình trạng thiếu giáo viên môn Tin học,"
                " Âm nhạc, Mỹ thuật ở cấp tiểu học chưa được khắc phục triệt để."
            ),
            P(
                "Năm học 2026 - 2027, ngành tập trung thực hiện 9 nhiệm vụ trọng tâm, trong đó ưu"
                " tiên chuyển đổi số trong quản lý và dạy học, nâng cao chất lượng giáo dục mũi"
                " nhọn và bảo đảm an toàn trường học."
            ),
            Img(
                doc_url("tong-ket-nam-hoc-2.jpg", 45101),
                "Trao Bằng khen của UBND tỉnh cho các tập thể có thành tích xuất sắc",
                "Trao Bằng khen của UBND tỉnh cho các tập thể có thành tích xuất sắc",
                "figure",
            ),
            Raw('<p style="text-align: right;"><strong>Ảnh: Thái Hiền</strong></p>'),
        ],
        authors=["Nguyễn Thị Hương Giang"],
        photographers=["Thái Hiền"],
        opts={
            "when": datetime(2026, 11, 20, 8, 30),
            "dl": "full",
            "upd": datetime(2026, 11, 21, 15, 2),
            "author": "Nguyễn Thị Hương Giang",
            "tags": ["tổng kết năm học", "nhiệm vụ năm học"],
        },
    ),
    Story(
        id=41860,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Ngành Giáo dục Hà Tĩnh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="/tin-tuc-su-kien",
        published_at="2026-11-18T16:45:00+07:00",
        summary=(
            "Chiều 18/11, Sở GD&ĐT tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên"
            " dương 120 nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp của"
                " đội ngũ nhà giáo, cán bộ quản lý giáo dục đối với sự phát triển của tỉnh; đồng thời"
                " đề nghị ngành tiếp tục đổi mới phương pháp dạy học, chăm lo đời sống giáo viên."
            ),
            Img(doc_url("ky-niem-20-11-a.jpg", 45102), None, None, "bare"),
            P(
                "Dịp này, 120 nhà giáo tiêu biểu được Giám đốc Sở tặng Giấy khen; 15 nhà giáo có"
                " thành tích xuất sắc trong bồi dưỡng học sinh giỏi quốc gia được UBND tỉnh tặng"
                " Bằng khen."
            ),
            P(
                "Trước đó, các đơn vị đã tổ chức nhiều hoạt động thiết thực như thăm hỏi nhà giáo"
                " lão thành, hội giảng, giao lưu văn nghệ, thể thao chào mừng ngày lễ."
            ),
        ],
        authors=["Trần Quốc Bảo", "Lê Thu Trang"],
        opts={
            "when": datetime(2026, 11, 18, 16, 45),
            "dl": "full",
            "author": "Trần Quốc Bảo, Lê Thu Trang",
            "tags": ["20/11", "nhà giáo"],
        },
    ),
    Story(
        id=41842,
        slug="thong-bao-lich-thi-chon-hoc-sinh-gioi-tinh-lop-12",
        title="Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat=AP_PAGE,
        published_at="2026-11-17",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm"
                " học 2026 - 2027 như sau:"
            ),
            P("Ngày | Buổi | Nội dung", "th"),
            P("09/12/2026 | Chiều | Làm thủ tục dự thi, phổ biến quy chế", "tr"),
            P("10/12/2026 | Sáng | Thi các môn Toán, Ngữ văn, Tiếng Anh, Vật lí, Hóa học", "tr"),
            P("11/12/2026 | Sáng | Thi các môn Sinh học, Lịch sử, Địa lí, Tin học", "tr"),
            P(
                "Các đơn vị gửi danh sách thí sinh về Sở (qua phòng Quản lý chất lượng) trước ngày"
                " 30/11/2026."
            ),
        ],
        opts={"when": datetime(2026, 11, 17, 15, 15), "dl": "date", "tags": ["học sinh giỏi"]},
    ),
    Story(
        id=41831,
        slug="truong-thpt-chuyen-ha-tinh-doat-huy-chuong-vang-olympic-quoc-te",
        title="Học sinh Trường THPT chuyên Hà Tĩnh đoạt Huy chương Vàng Olympic Hóa học quốc tế",
        cat="/hoat-dong-cac-don-vi",
        published_at="2026-11-14T10:20:00+07:00",
        summary=(
            "Em Phan Minh Khôi, học sinh lớp 12 Hóa, Trường THPT chuyên Hà Tĩnh vừa được vinh"
            " danh với tấm Huy chương Vàng tại kỳ thi Olympic Hóa học quốc tế năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đây là lần thứ ba học sinh Hà Tĩnh giành Huy chương Vàng Olympic quốc tế môn Hóa"
                " học. Khôi chia sẻ, bí quyết của em là học chắc kiến thức nền tảng, chăm chỉ làm"
                " thí nghiệm và luôn đặt câu hỏi vì sao."
            ),
            Img(
                doc_url("hoc-sinh-khoi-olympic.jpg", 45103),
                "Em Phan Minh Khôi (giữa) trong buổi lễ đón đoàn tại sân bay Nội Bài",
                "Em Phan Minh Khôi (giữa) trong buổi lễ đón đoàn tại sân bay Nội Bài",
                "em",
            ),
            P(
                "Ngày 13/11, nhà trường tổ chức lễ tuyên dương, trao thưởng cho em Khôi và thầy cô"
                " trong đội tuyển. Tỉnh cũng đã có quyết định khen thưởng đột xuất cho thành tích"
                " này."
            ),
        ],
        authors=["Đức Thành"],
        source="Báo Hà Tĩnh",
        opts={
            "when": datetime(2026, 11, 14, 10, 20),
            "dl": "full",
            "author": "Đức Thành",
            "src": "Báo Hà Tĩnh",
            "tags": ["Olympic", "THPT chuyên Hà Tĩnh"],
        },
    ),
    Story(
        id=41817,
        slug="tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc",
        title="Tập huấn chuyển đổi số trong quản lý trường học cho cán bộ quản lý cấp THCS",
        cat="/tin-tuc-su-kien",
        published_at="2026-11-11T14:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 10 đến 11/11, Sở GD&ĐT tổ chức lớp tập huấn chuyển đổi số trong quản lý"
                " trường học cho 260 hiệu trưởng, phó hiệu trưởng các trường THCS."
            ),
            P("Nội dung tập huấn gồm:"),
            P("Sử dụng hồ sơ điện tử, học bạ số và chữ ký số trong nhà trường;", "li"),
            P("Khai thác cơ sở dữ liệu ngành phục vụ công tác báo cáo, thống kê;", "li"),
            P("Bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân học sinh.", "li"),
            Img(
                doc_url("tap-huan-chuyen-doi-so.jpg", 45104),
                "Học viên thực hành trên phần mềm quản lý trường học",
                "Học viên thực hành trên phần mềm quản lý trường học",
                "figure",
            ),
            P(
                "Kết thúc lớp học, 100% học viên hoàn thành bài kiểm tra cuối khóa và xây dựng kế"
                " hoạch chuyển đổi số của đơn vị mình."
            ),
        ],
        authors=["Võ Hoàng Nam"],
        opts={
            "when": datetime(2026, 11, 11, 14, 0),
            "dl": "full",
            "author": "Võ Hoàng Nam",
            "tags": ["chuyển đổi số"],
        },
    ),
    Story(
        id=41809,
        slug="truong-tieu-hoc-thach-trung-ra-mat-thu-vien-than-thien",
        title="Trường Tiểu học Thạch Trung ra mắt thư viện thân thiện",
        cat="/hoat-dong-cac-don-vi",
        published_at="2026-11-09T09:05:00+07:00",
        blocks=[
            P(
                "Với sự hỗ trợ của tổ chức Room to Read và phụ huynh học sinh, Trường Tiểu học Thạch"
                " Trung (thành phố Hà Tĩnh) đã cải tạo phòng đọc cũ thành thư viện thân thiện với"
                " hơn 3.000 đầu sách, góc đọc ngoài trời và không gian kể chuyện."
            ),
            Img(doc_url("thu-vien-thach-trung-1.jpg", 45105), None, None, "bare"),
            Img(
                doc_url("thu-vien-thach-trung-2.jpg", 45105),
                "Giờ đọc sách của học sinh lớp 2A",
                "Giờ đọc sách của học sinh lớp 2A",
                "em",
            ),
            P(
                "Mỗi lớp có một tiết đọc thư viện mỗi tuần; học sinh được mượn sách về nhà và ghi"
                " lại cảm nhận vào sổ tay đọc sách."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Nguyễn Hoài</em></p>'),
        ],
        authors=["Nguyễn Hoài"],
        photographers=["Nguyễn Hoài"],
        opts={
            "when": datetime(2026, 11, 9, 9, 5),
            "dl": "full",
            "author": "Nguyễn Hoài",
            "tags": ["thư viện", "văn hóa đọc"],
        },
    ),
    Story(
        id=41795,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        cat=AP_PAGE,
        published_at="2026-11-06",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo tuyển dụng 86 chỉ tiêu viên chức giáo viên THPT"
                " năm 2026 (đợt 2) theo hình thức xét tuyển."
            ),
            P(
                "Hồ sơ nộp trực tiếp tại Văn phòng Sở từ ngày 10/11/2026 đến hết ngày 09/12/2026"
                " (trong giờ hành chính). Chi tiết chỉ tiêu từng môn xem tại mục Văn bản."
            ),
        ],
        opts={"when": datetime(2026, 11, 6, 8, 0), "dl": "date", "tags": ["tuyển dụng"]},
    ),
    Story(
        id=41781,
        slug="ra-soat-co-so-vat-chat-truoc-mua-mua-bao",
        title="Rà soát cơ sở vật chất trường học trước mùa mưa bão",
        cat="/tin-tuc-su-kien",
        published_at="2026-11-04T07:40:00+07:00",
        summary=(
            "Sở GD&ĐT yêu cầu các đơn vị khẩn trương rà soát, gia cố phòng học, hàng rào, cây"
            " xanh trong khuôn viên trường trước mùa mưa bão năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo nhanh, toàn tỉnh còn 47 phòng học xuống cấp cần sửa chữa, chủ yếu ở"
                " các huyện Hương Khê, Vũ Quang và Kỳ Anh. Các trường được yêu cầu không bố trí học"
                " sinh học tại phòng học không bảo đảm an toàn."
            ),
            P(
                "Các đơn vị chủ động phương án di dời thiết bị, hồ sơ lên cao; phân công trực 24/24"
                " giờ trong những ngày có mưa lớn và thông báo kịp thời cho phụ huynh khi học sinh"
                " phải nghỉ học."
            ),
        ],
        authors=["Phòng Kế hoạch - Tài chính"],
        opts={
            "when": datetime(2026, 11, 4, 7, 40),
            "dl": "full",
            "upd": datetime(2026, 11, 5, 10, 12),
            "author": "Phòng Kế hoạch - Tài chính",
            "tags": ["phòng chống thiên tai"],
        },
    ),
    Story(
        id=41766,
        slug="truong-thcs-ky-anh-to-chuc-ngay-hoi-stem",
        title="Trường THCS thị xã Kỳ Anh tổ chức Ngày hội STEM",
        cat="/hoat-dong-cac-don-vi",
        published_at="2026-10-30T15:30:00+07:00",
        blocks=[
            P(
                "Ngày hội STEM năm nay thu hút 36 gian hàng của học sinh 4 khối lớp với các sản phẩm"
                " như xe chạy bằng năng lượng mặt trời, máy lọc nước mini, mô hình nhà thông minh."
            ),
            Img(
                doc_url("ngay-hoi-stem-ky-anh.jpg", 45106),
                "Học sinh giới thiệu mô hình nhà thông minh với ban giám khảo",
                "Học sinh giới thiệu mô hình nhà thông minh với ban giám khảo",
                "figure",
            ),
            P(
                "Ban tổ chức trao 3 giải Nhất, 5 giải Nhì và 8 giải Ba; các sản phẩm xuất sắc sẽ"
                " được chọn tham gia cuộc thi Khoa học kỹ thuật cấp tỉnh."
            ),
        ],
        authors=["Lê Văn Đạt"],
        photographers=["Hồng Nhung"],
        opts={
            "when": datetime(2026, 10, 30, 15, 30),
            "dl": "full",
            "author": "Lê Văn Đạt",
            "photo_line": "Ảnh: Hồng Nhung",
            "tags": ["STEM"],
        },
    ),
    Story(
        id=41750,
        slug="hoi-thi-giao-vien-day-gioi-cap-tinh-bac-mam-non",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc học mầm non",
        cat="/tin-tuc-su-kien",
        published_at="2026-10-27T08:00:00+07:00",
        blocks=[
            P(
                "Hội thi có 142 giáo viên đến từ 13 huyện, thị xã, thành phố tham gia. Mỗi giáo viên"
                " thực hiện một hoạt động giáo dục trẻ và trình bày biện pháp nâng cao chất lượng"
                " chăm sóc, giáo dục trẻ."
            ),
            P(
                "Hội thi diễn ra đến hết ngày 01/11 tại 4 trường mầm non trên địa bàn thành phố Hà"
                " Tĩnh."
            ),
        ],
        source="Cổng Thông tin điện tử tỉnh Hà Tĩnh",
        opts={
            "when": datetime(2026, 10, 27, 8, 0),
            "dl": "full",
            "src": "Cổng Thông tin điện tử tỉnh Hà Tĩnh",
            "tags": ["giáo viên dạy giỏi", "mầm non"],
        },
    ),
    Story(
        id=41733,
        slug="thong-bao-ve-viec-nghi-hoc-tranh-bao-so-6",
        title="Thông báo về việc cho học sinh nghỉ học tránh bão số 6",
        cat=AP_PAGE,
        published_at="2026-10-22",
        blocks=[
            P(
                "Thực hiện Công điện của Chủ tịch UBND tỉnh, Sở GD&ĐT thông báo cho học sinh các cấp"
                " học trên địa bàn tỉnh nghỉ học ngày 23/10/2026 để tránh bão số 6."
            ),
            P(
                "Thủ trưởng các đơn vị phân công cán bộ trực, bảo vệ tài sản và báo cáo tình hình"
                " thiệt hại (nếu có) về Sở trước 16 giờ ngày 24/10/2026."
            ),
        ],
        opts={"when": datetime(2026, 10, 22, 17, 50), "dl": "date", "tags": ["bão lũ"]},
    ),
    Story(
        id=41718,
        slug="phat-dong-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        title="Phát động cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học",
        cat="/tin-tuc-su-kien",
        published_at="2026-10-20T10:00:00+07:00",
        summary=(
            "Cuộc thi nhằm khuyến khích học sinh nghiên cứu, sáng tạo, vận dụng kiến thức đã học"
            " vào giải quyết các vấn đề thực tiễn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đối tượng dự thi là học sinh từ lớp 8 đến lớp 12; mỗi dự án có không quá 2 học"
                " sinh và 2 người hướng dẫn. Các đơn vị nộp hồ sơ dự án trước ngày 15/12/2026."
            ),
            Img(
                doc_url("phat-dong-kh-kt.jpg", 45107),
                "Các dự án đạt giải năm học trước được trưng bày tại lễ phát động",
                "Các dự án đạt giải năm học trước được trưng bày tại lễ phát động",
                "em",
            ),
            P(
                "Vòng chung kết dự kiến tổ chức vào tháng 01/2027 tại Trường THPT chuyên Hà Tĩnh."
                " Các dự án xuất sắc nhất sẽ đại diện tỉnh tham dự cuộc thi cấp quốc gia."
            ),
        ],
        authors=["Hà Linh"],
        photographers=["Hà Linh"],
        opts={
            "when": datetime(2026, 10, 20, 10, 0),
            "dl": "full",
            "author": "Hà Linh",
            "photo_line": "Ảnh: Hà Linh",
            "tags": ["khoa học kỹ thuật"],
        },
    ),
    Story(
        id=41702,
        slug="so-gd-dt-lam-viec-voi-ubnd-huyen-huong-son",
        title="Sở GD&ĐT làm việc với UBND huyện Hương Sơn về quy hoạch mạng lưới trường lớp",
        cat="/tin-tuc-su-kien",
        published_at="2026-10-15T16:10:00+07:00",
        blocks=[
            P(
                "Theo phương án của huyện, giai đoạn 2026 - 2030 sẽ sáp nhập 6 điểm trường lẻ có"
                " dưới 30 học sinh, đầu tư xây mới 2 trường mầm non ở các xã có đông dân cư."
            ),
            P(
                "Lãnh đạo Sở đề nghị huyện lấy ý kiến rộng rãi của nhân dân, bảo đảm thuận lợi cho"
                " học sinh đến trường, nhất là học sinh mầm non và tiểu học ở vùng núi."
            ),
        ],
        authors=["Minh Châu"],
        opts={
            "when": datetime(2026, 10, 15, 16, 10),
            "dl": "full",
            "author": "Minh Châu",
            "tags": ["mạng lưới trường lớp"],
        },
    ),
]

_BY_SLUG = {s.slug: s for s in STORIES}
_LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
NEWS = [s for s in _LATEST if s.cat in COLLECTIONS]


def in_cat(cat: str) -> list[Story]:
    return [s for s in _LATEST if s.cat == cat]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


def related(s: Story) -> list[Story]:
    return [r for r in in_cat(s.cat) if r is not s][:3]


def back_url_link(r: Story, current: Story) -> str:
    """The "Tin liên quan" link: Liferay 7.4 adds p_l_back_url to display-page links."""
    return f"/w/{r.slug}?p_l_back_url={quote('/w/' + current.slug, safe='')}"


# --- Asset Publisher URL forms ----------------------------------------------------------------


def ap_query(state: str, cur: int) -> str:
    return (
        f"p_p_id={AP_ID}&p_p_lifecycle=0&p_p_state={state}&p_p_mode=view"
        f"&_{AP_ID}_delta={AP_DELTA}&_{AP_ID}_cur={cur}"
    )


AP_PAGES = _pages(len(in_cat(AP_PAGE)), AP_DELTA)
#: every listing URL of the Asset Publisher a link leads to
AP_TARGETS: list[str] = [
    AP_PAGE,
    f"{AP_PAGE}?p_p_id={AP_ID}&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view",
    *(
        f"{AP_PAGE}?{ap_query(st, n)}"
        for st in ("normal", "maximized")
        for n in range(1, AP_PAGES + 1)
    ),
]
#: listing URLs whose redirect can show up on an entry link (the linked ones and their kin)
_AP_CURRENTS = [
    *AP_TARGETS,
    f"{AP_PAGE}?p_p_id={AP_ID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view",
]


def ap_link(s: Story, current: str, portlet: str = AP_ID) -> str:
    """How the Asset Publisher links an entry with a display page: /w/… plus its redirect."""
    return f"/w/{s.slug}?_{portlet}_redirect={quote(current, safe='')}"


def _ap_state(params: dict[str, str]) -> tuple[str, int]:
    if params.get("p_p_id") != AP_ID:
        return "normal", 1
    try:
        cur = int(params.get(f"_{AP_ID}_cur", "1"))
    except ValueError:
        cur = 1
    return params.get("p_p_state", "normal"), max(1, cur)


def ap_current(params: dict[str, str]) -> str:
    """The listing URL the portlet puts in its redirect (Liferay's currentURL, parameters in order)."""
    if params.get("p_p_id") != AP_ID:
        return AP_PAGE
    state, cur = _ap_state(params)
    if f"_{AP_ID}_cur" not in params:
        return f"{AP_PAGE}?p_p_id={AP_ID}&p_p_lifecycle=0&p_p_state={state}&p_p_mode=view"
    return f"{AP_PAGE}?{ap_query(state, cur)}"


def _ap_shown(params: dict[str, str]) -> list[Story]:
    _, cur = _ap_state(params)
    return in_cat(AP_PAGE)[(cur - 1) * AP_DELTA : cur * AP_DELTA]


HOME_NOTICES = in_cat(AP_PAGE)[:3]


def _alt_paths(s: Story) -> list[str]:
    alts = [f"/web/guest/w/{s.slug}", f"/web/sgddt/w/{s.slug}"]
    if s.cat == AP_PAGE:
        for target in _AP_CURRENTS:
            _path, _, query = target.partition("?")
            params = dict(p.split("=", 1) for p in query.split("&")) if query else {}
            if s in _ap_shown(params):
                alts.append(ap_link(s, target))
        if s in HOME_NOTICES:
            alts += [ap_link(s, "/", HOME_AP_ID), ap_link(s, "/web/guest/home", HOME_AP_ID)]
    alts += [back_url_link(s, other) for other in STORIES if s in related(other)]
    return alts


GOLD: list[dict] = [
    gold_record(s, f"/w/{s.slug}", CATS[s.cat], alt_paths=_alt_paths(s)) for s in _LATEST
]


@dataclass(frozen=True)
class Doc:
    entry: int
    name: str
    title: str
    number: str
    issued: str
    size: str

    @property
    def file(self) -> str:
        return doc_url(self.name, 0, 1700000000000 + self.entry)

    @property
    def view(self) -> str:
        return f"/van-ban/-/document_library/vBn3DlPq8Rt1/view_file/{self.entry}"


DOCS = [
    Doc(45012, "ke-hoach.pdf", "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027", "2870/KH-SGDĐT",
        "05/09/2026", "312 KB"),
    Doc(45019, "cv-kiem-tra-cuoi-hk1.pdf", "Hướng dẫn kiểm tra, đánh giá cuối học kỳ I",
        "3412/SGDĐT-GDPT", "16/11/2026", "188 KB"),
    Doc(45027, "tb-tuyen-dung-dot-2.pdf", "Chỉ tiêu tuyển dụng viên chức năm 2026 (đợt 2)",
        "3350/TB-SGDĐT", "06/11/2026", "241 KB"),
    Doc(45033, "qd-hoi-dong-thi-hsg.pdf", "Quyết định thành lập Hội đồng thi chọn HSG tỉnh lớp 12",
        "1276/QĐ-SGDĐT", "13/11/2026", "97 KB"),
]  # fmt: skip
_DOC_FILES = {d.file.split("?")[0]: d for d in DOCS}

#: gallery folders: id -> (name, photo titles)
ALBUMS: dict[int, tuple[str, list[str]]] = {
    45200: ("Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", ["ky-niem-20-11-a.jpg", "ky-niem-20-11-b.jpg", "ky-niem-20-11-c.jpg"]),
    45201: ("Khai giảng năm học 2026 - 2027", ["khai-giang-1.jpg", "khai-giang-2.jpg"]),
}  # fmt: skip
GALLERY = "gAl7Rx2Kp0Ze"


def album_path(fid: int) -> str:
    return f"/thu-vien-anh/-/document_library/{GALLERY}/view/{fid}"


STATIC_PAGES = {
    "/gioi-thieu": ("Giới thiệu", [
        "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh,"
        " thực hiện chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo.",
        "Toàn tỉnh có 682 cơ sở giáo dục với hơn 330.000 học sinh và 19.500 cán bộ, giáo viên,"
        " nhân viên.",
        "Lãnh đạo Sở gồm Giám đốc và 03 Phó Giám đốc; các phòng chuyên môn: Văn phòng, Thanh tra,"
        " Tổ chức cán bộ, Kế hoạch - Tài chính, Giáo dục phổ thông, Giáo dục mầm non, Quản lý chất"
        " lượng.",
    ]),
}  # fmt: skip

NON_ARTICLES: list[str] = [
    "/",
    "/web/guest/home",
    *(f"/?page_number_{HOME_FRAGMENT}={n}" for n in range(1, _pages(len(NEWS), HOME_PER_PAGE) + 1)),
    *COLLECTIONS,
    *(
        f"{p}?page_number_{fid}={n}"
        for p, (_, fid, per) in COLLECTIONS.items()
        for n in range(1, _pages(len(in_cat(p)), per) + 1)
    ),
    *AP_TARGETS,
    "/gioi-thieu",
    "/lien-he",
    "/van-ban",
    *(d.view for d in DOCS),
    "/thu-vien-anh",
    *(album_path(fid) for fid in ALBUMS),
    "/c/portal/login",
]

# --- rendering ------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/web/guest/home"),
    ("Giới thiệu", "/gioi-thieu"),
    ("Tin tức - Sự kiện", "/tin-tuc-su-kien"),
    ("Hoạt động các đơn vị", "/hoat-dong-cac-don-vi"),
    ("Thông báo", "/thong-bao"),
    ("Văn bản", "/van-ban"),
    ("Thư viện ảnh", "/thu-vien-anh"),
    ("Liên hệ", "/lien-he"),
]
LINKS = [
    ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
    ("Cổng TTĐT tỉnh Hà Tĩnh", "https://hatinh.gov.vn"),
    ("Báo Hà Tĩnh", "https://baohatinh.vn"),
    ("Trường THPT chuyên Hà Tĩnh", "https://thptchuyenhatinh.edu.vn"),
]


def _dmy(w: datetime) -> str:
    return f"{w:%d/%m/%Y}"


def _ampm(w: datetime) -> str:
    hour = w.hour % 12 or 12
    return f"{_dmy(w)} | {hour:02d}:{w:%M} {'SA' if w.hour < 12 else 'CH'}"


_ITEM = 0


def _item(kind: str, inner: str, extra: str = "") -> str:
    """A layout-structure item wrapper, with an id the way 7.4 prints them."""
    h = hashlib.md5((kind + inner[:80]).encode()).hexdigest()
    return (
        f'<div class="lfr-layout-structure-item-{kind} lfr-layout-structure-item-{h[:8]}-{h[8:12]}'
        f'-{h[12:16]} {extra}">{inner}</div>'
    )


def _fragment(inner: str) -> str:
    fid = 38400 + int(hashlib.md5(inner.encode()).hexdigest()[:4], 16) % 97
    return _item("fragment", f'<div class="fragment_{fid}">{inner}</div>')


def _breadcrumb(trail: list[tuple[str, str | None]], base: str) -> str:
    items = ['<li class="breadcrumb-item"><a class="breadcrumb-link" href="'
             f'{base}/web/guest/home" title="Trang chủ"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>']  # fmt: skip
    for label, href in trail:
        if href:
            items.append(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{base}{href}">'
                         f'<span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>')  # fmt: skip
        else:
            items.append(f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(label)}</span></li>')  # fmt: skip
    return (
        '<nav aria-label="Breadcrumb" id="breadcrumbs"><ol class="breadcrumb">'
        + "".join(items)
        + "</ol></nav>"
    )


def _header(base: str, current: str) -> str:
    menu = "".join(
        f'<li class="lfr-nav-item nav-item{" selected" if href == current else ""}">'
        f'<a class="nav-link text-truncate" href="{base}{href}"><span class="text-truncate">{esc(label)}</span></a></li>'
        for label, href in MENU
    )
    return (
        '<header id="banner" role="banner"><div class="top-bar container-fluid">'
        f'<span class="ngay-hien-tai">{TODAY}</span>'
        '<span class="top-links"><a href="/c/portal/login" class="sign-in">Đăng nhập</a></span></div>'
        '<div class="container-fluid banner-logo"><a class="logo" href="/web/guest/home" title="Trang chủ">'
        f'<img alt="{esc(SITE)}" src="/image/layout_set_logo?img_id=38120&amp;t=1763500000000" height="90" /></a>'
        f'<div class="site-name"><span>Ủy ban nhân dân tỉnh Hà Tĩnh</span><strong>{esc(SITE)}</strong></div></div>'
        '<div class="navigation-menu-fragment"><nav class="navbar navbar-expand-md navbar-dark bg-primary">'
        f'<ul class="navbar-nav" role="menubar">{menu}</ul>'
        '<form action="/search" method="get" class="form-inline search-bar"><div class="input-group">'
        '<input class="form-control input-group-inset search-bar-keywords-input" name="q" placeholder="Tìm kiếm…" type="text" />'
        '<button class="btn btn-unstyled" type="submit" aria-label="Tìm kiếm"><svg class="lexicon-icon lexicon-icon-search"></svg></button>'
        "</div></form></nav></div></header>"
    )


def _footer() -> str:
    options = "".join(f'<option value="{u}">{esc(n)}</option>' for n, u in LINKS)
    return (
        '<footer id="footer" role="contentinfo"><div class="container"><div class="row">'
        f'<div class="col-md-7"><p class="ten-co-quan"><strong>{esc(SITE.upper())}</strong></p>'
        f"<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: 0239 3 855 240 - Đường dây nóng: {HOTLINE}</p>"
        f"<p>Email: {EMAIL}</p><p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>"
        "<p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 15/03/2024.</p></div>"
        '<div class="col-md-5"><div class="lien-ket-website"><label for="lienKetWebsite">Liên kết website</label>'
        '<select id="lienKetWebsite" class="form-control" onchange="if(this.value) window.open(this.value)">'
        f'<option value="">-- Chọn liên kết --</option>{options}</select></div>'
        '<div class="thong-ke-truy-cap"><p>Đang truy cập: 38</p><p>Hôm nay: 1.204</p>'
        "<p>Tổng lượt truy cập: 4.728.913</p></div></div></div>"
        '<p class="powered-by">Vận hành trên nền tảng Liferay DXP</p></div></footer>'
    )


def _page(title: str, body: str, base: str, current: str, head: str = "", cls: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="vi-VN">\n<head>\n'
        f"<title>{esc(title)} - {esc(SITE)}</title>\n"
        '<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n'
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n'
        f"{head}"
        '<link class="lfr-css-file" data-senna-track="temporary" href="/o/sgddt-theme/css/main.css?browserId=other&amp;themeId=sgddttheme_WAR_sgddttheme&amp;languageId=vi_VN&amp;t=1763400000000" rel="stylesheet" type="text/css" />\n'
        '<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;t=1763400000000&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js" type="text/javascript"></script>\n'
        '<script type="text/javascript">var themeDisplay = {getLanguageId: function() {return "vi_VN";}, getScopeGroupId: function() {return "20121";}};</script>\n'
        f'</head>\n<body class="controls-visible chrome yui3-skin-sam signed-out public-page site {cls}">\n'
        '<nav aria-label="Liên kết nhanh" class="quick-access-nav" id="quickAccessNav"><ul>'
        '<li><a href="#main-content">Chuyển đến nội dung chính</a></li></ul></nav>\n'
        f'<div class="d-flex flex-column min-vh-100"><div class="flex-fill" id="wrapper">{_header(base, current)}'
        f'<section id="content"><div class="layout-content" id="main-content" role="main">{body}</div></section>'
        f"{_footer()}</div></div>\n</body>\n</html>"
    )


def _latest_sidebar(base: str) -> str:
    items = "".join(
        f'<li class="list-group-item"><a href="{base}/w/{s.slug}">{esc(s.title)}</a>'
        f'<span class="text-secondary small d-block">{_dmy(s.opts["when"])}</span></li>'
        for s in _LATEST[:6]
    )
    return _fragment(
        '<div class="khoi-tin-moi"><h2 class="tieu-de-khoi">Tin mới nhất</h2>'
        f'<ul class="list-group list-group-flush">{items}</ul></div>'
    ) + _fragment(
        '<div class="banner-phai"><a href="https://dichvucong.hatinh.gov.vn">'
        '<img src="/documents/20121/0/banner-dich-vu-cong.png/7b1f0a2e-0c61-4f7e-9a31-2f5d1c9b8e10?t=1700000000000" alt="Dịch vụ công trực tuyến" /></a></div>'
    )


def _row(main: str, side: str) -> str:
    return _item(
        "row",
        '<div class="row"><div class="col col-lg-8 col-md-12">'
        + main
        + '</div><div class="col col-lg-4 col-md-12">'
        + side
        + "</div></div>",
        "container-fluid container-fluid-max-xl",
    )


# --- the display page -------------------------------------------------------------------------


def _content_html(s: Story) -> str:
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if rows:
            head = "".join(f"<th>{text(c)}</th>" for c in rows[0].text.split(" | "))
            body = "".join(
                "<tr>" + "".join(f"<td>{text(c)}</td>" for c in r.text.split(" | ")) + "</tr>"
                for r in rows[1:]
            )
            out.append(
                '<table border="1" cellpadding="5" cellspacing="0" style="width:100%">'
                f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
            )
            rows.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{text(i.text)}</li>" for i in items) + "</ul>")
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows.append(b)
            continue
        if isinstance(b, P) and b.style == "li":
            items.append(b)
            continue
        flush()
        if isinstance(b, P):
            out.append(f'<p style="text-align:justify">{text(b.text)}</p>')
        elif isinstance(b, Img):
            img = f'<img alt="" src="{esc(b.src)}" style="width:100%" />'
            if b.style == "figure":
                out.append(
                    f'<figure class="image">{img}<figcaption>{text(b.printed or "")}</figcaption></figure>'
                )
            elif b.style == "em":
                out.append(f'<p style="text-align:center">{img}</p>')
                out.append(f'<p style="text-align:center"><em>{text(b.printed or "")}</em></p>')
            else:
                out.append(f'<p style="text-align:center">{img}</p>')
        elif isinstance(b, Raw):
            out.append(b.html)
    flush()
    return "".join(out)


def _display_page(s: Story, base: str, back: str | None) -> str:
    w: datetime = s.opts["when"]
    shown = _dmy(w) if s.opts["dl"] == "date" else f"{_dmy(w)} {w:%H:%M}"
    meta = [f'<span class="ngay-dang"><span class="nhan">Ngày đăng:</span> {shown}</span>']
    if upd := s.opts.get("upd"):
        meta.append(f'<span class="ngay-cap-nhat"><span class="nhan">Cập nhật:</span> {_dmy(upd)} {upd:%H:%M}</span>')  # fmt: skip
    meta.append(f'<span class="luot-xem">Lượt xem: {s.views()}</span>')
    parts = [
        _fragment(_breadcrumb([(s.title, None)], base)),
        _fragment(
            '<div class="asset-categories"><span class="taglib-categorization-filter">Chuyên mục:</span> '
            f'<a class="label label-secondary" href="{base}{s.cat}">{esc(CATS[s.cat])}</a></div>'
        ),
        _fragment(
            '<div class="component-heading" data-lfr-editable-id="element-text" data-lfr-editable-type="text">'
            f'<h1 class="mb-3 text-break tieu-de-tin">{text(s.title)}</h1></div>'
        ),
        _fragment(f'<div class="thong-tin-bai text-secondary small">{" ".join(meta)}</div>'),
    ]
    if s.summary:
        parts.append(
            _fragment(
                '<div class="component-paragraph text-break font-weight-bold mo-ta" data-lfr-editable-id="element-text"'
                f' data-lfr-editable-type="rich-text"><p>{text(s.summary)}</p></div>'
            )
        )
    parts.append(
        _fragment(
            '<div class="component-html" data-lfr-editable-id="element-html" data-lfr-editable-type="html">'
            f'<div class="journal-content-article noi-dung-bai">{_content_html(s)}</div></div>'
        )
    )
    fields = []
    if s.opts.get("author"):
        fields.append(f'<p class="tac-gia text-right"><strong>Tác giả: {esc(s.opts["author"])}</strong></p>')  # fmt: skip
    if s.opts.get("photo_line"):
        fields.append(f'<p class="anh text-right"><em>{esc(s.opts["photo_line"])}</em></p>')
    if s.opts.get("src"):
        fields.append(f'<p class="nguon text-right"><em>Nguồn: {esc(s.opts["src"])}</em></p>')
    if fields:
        parts.append(_fragment('<div class="component-paragraph truong-tac-gia">' + "".join(fields) + "</div>"))  # fmt: skip
    tags = "".join(
        f'<span class="badge badge-light taglib-asset-tags">{esc(t)}</span> '
        for t in s.opts.get("tags", [])
    )
    share = quote(f"{base}/w/{s.slug}", safe="")
    parts.append(
        _fragment(
            f'<div class="tu-khoa"><span>Từ khóa:</span> {tags}</div>'
            '<div class="cong-cu-bai-viet"><span>Chia sẻ:</span>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" class="btn btn-sm">Facebook</a>'
            f'<a href="https://zalo.me/share?url={share}" target="_blank" class="btn btn-sm">Zalo</a>'
            '<a href="javascript:window.print();" class="btn btn-sm"><svg class="lexicon-icon lexicon-icon-print"></svg> In bài</a>'
            + (f'<a class="btn btn-sm quay-lai" href="{esc(back)}">Quay lại</a>' if back else "")
            + "</div>"
        )
    )
    rel = "".join(
        f'<li><a href="{base}{esc(back_url_link(r, s))}">{esc(r.title)}</a> '
        f'<span class="text-secondary">({_dmy(r.opts["when"])})</span></li>'
        for r in related(s)
    )
    parts.append(
        _fragment(f'<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>{rel}</ul></div>')
    )
    body = _row("".join(parts), _latest_sidebar(base))
    canon = f"{base}/w/{s.slug}"
    head = (
        f'<link data-senna-track="temporary" href="{canon}" rel="canonical" />\n'
        f'<link data-senna-track="temporary" href="{canon}" hreflang="vi-VN" rel="alternate" />\n'
        f'<link data-senna-track="temporary" href="{canon}" hreflang="x-default" rel="alternate" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:url" content="{canon}" />\n'
        f'<meta property="og:description" content="{esc(s.summary or "")}" />\n'
        '<meta property="og:type" content="website" />\n'
    )
    return _page(s.title, body, base, s.cat, head, "display-page")


# --- listings ---------------------------------------------------------------------------------


def _page_number(params: dict[str, str], fid: int) -> int:
    try:
        return max(1, int(params.get(f"page_number_{fid}", "1")))
    except ValueError:
        return 1


def _collection(stories: list[Story], fid: int, per: int, page: int, base: str, path: str) -> str:
    total = len(stories)
    pages = _pages(total, per)
    shown = stories[(page - 1) * per : page * per]
    cards = "".join(
        '<div class="col col-md-12"><div class="card card-tin mb-3"><div class="card-body">'
        f'<div class="card-anh"><img alt="" src="{esc(s.images[0].src) if s.images else "/o/sgddt-theme/images/no-image.png"}" /></div>'
        f'<h3 class="card-title"><a href="{base}/w/{s.slug}">{esc(s.title)}</a></h3>'
        f'<span class="ngay text-secondary small">{_dmy(s.opts["when"])}</span>'
        f'<p class="card-text">{esc(s.summary or s.paragraphs[0][:160])}</p></div></div></div>'
        for s in shown
    )
    if not shown:
        cards = '<div class="col col-md-12"><div class="c-empty-state"><p class="c-empty-state-text">Không có kết quả.</p></div></div>'  # fmt: skip

    def href(n: int) -> str:
        return f"{base}{path}?page_number_{fid}={n}"

    lis = []
    prev_dis = " disabled" if page <= 1 else ""
    lis.append(f'<li class="page-item{prev_dis}"><a class="page-link" href="{href(max(1, page - 1))}">Trang trước</a></li>')  # fmt: skip
    for n in range(1, pages + 1):
        active = " active" if n == page else ""
        lis.append(
            f'<li class="page-item{active}"><a class="page-link" href="{href(n)}">{n}</a></li>'
        )
    next_dis = " disabled" if page >= pages else ""
    lis.append(f'<li class="page-item{next_dis}"><a class="page-link" href="{href(min(pages, page + 1))}">Trang sau</a></li>')  # fmt: skip
    first = min(total, (page - 1) * per + 1)
    last = min(total, page * per)
    pager = (
        '<div class="pagination-bar mt-4"><p class="pagination-results">'
        f"Hiển thị {first} - {last} của {total} mục</p>"
        f'<ul class="pagination">{"".join(lis)}</ul></div>'
    )
    return _item(
        "collection",
        f'<div class="row">{cards}</div>{pager}',
        f"flex-column lfr-layout-structure-item-collection-{fid}",
    )


def _category_page(path: str, params: dict[str, str], base: str) -> str:
    name, fid, per = COLLECTIONS[path]
    page = _page_number(params, fid)
    main = (
        _fragment(_breadcrumb([(name, None)], base))
        + _fragment(f'<div class="component-heading"><h2 class="tieu-de-chuyen-muc">{esc(name)}</h2></div>')
        + _collection(in_cat(path), fid, per, page, base, path)
    )  # fmt: skip
    return _page(name, _row(main, _latest_sidebar(base)), base, path)


def _asset_publisher(
    stories: list[Story], portlet: str, current: str, base: str, title: str, pager: str = ""
) -> str:
    entries = "".join(
        '<div class="asset-abstract"><div class="asset-content">'
        f'<h3 class="asset-title"><a href="{base}{esc(ap_link(s, current, portlet))}">{esc(s.title)}</a></h3>'
        f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{_ampm(s.opts["when"])}</span></div>'
        f'<div class="asset-summary">{esc(s.paragraphs[0][:180])}…</div>'
        f'<div class="asset-more"><a href="{base}{esc(ap_link(s, current, portlet))}">Xem thêm »</a></div>'
        "</div></div>"
        for s in stories
    )
    short = portlet.rsplit("_INSTANCE_", 1)[1]
    maximize = (
        f"{base}{AP_PAGE}?p_p_id={portlet}&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_p_mode=view"
        if portlet == AP_ID
        else ""
    )
    tools = (
        f'<a class="portlet-icon-maximize" href="{maximize}" title="Phóng to">Phóng to</a>'
        if maximize
        else ""
    )
    return (
        f'<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-barebone portlet-asset-publisher" id="p_p_id_{portlet}_">'
        f'<span id="p_{short}"></span><section class="portlet" id="portlet_{portlet}">'
        f'<div class="portlet-header"><h2 class="portlet-title-text">{esc(title)}</h2>'
        f'<div class="portlet-header-tools">{tools}</div></div>'
        f'<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">{entries}{pager}</div></div></div>'
        "</section></div>"
    )


def _ap_page(params: dict[str, str], base: str) -> str:
    state, cur = _ap_state(params)
    stories = in_cat(AP_PAGE)
    shown = _ap_shown(params)
    total = len(stories)

    def href(n: int) -> str:
        return f"{base}{AP_PAGE}?{esc(ap_query(state, n))}"

    lis = [
        f'<li class="page-item{" disabled" if cur <= 1 else ""}"><a class="page-link" href="{href(max(1, cur - 1))}">«</a></li>'
    ]
    for n in range(1, AP_PAGES + 1):
        lis.append(f'<li class="page-item{" active" if n == cur else ""}"><a class="page-link" href="{href(n)}">{n}</a></li>')  # fmt: skip
    lis.append(f'<li class="page-item{" disabled" if cur >= AP_PAGES else ""}"><a class="page-link" href="{href(min(AP_PAGES, cur + 1))}">»</a></li>')  # fmt: skip
    first = min(total, (cur - 1) * AP_DELTA + 1)
    last = min(total, cur * AP_DELTA)
    pager = (
        '<div class="taglib-page-iterator"><div class="clearfix lfr-pagination">'
        f'<div class="lfr-pagination-config"><div class="lfr-pagination-page-selector">Trang {cur} của {AP_PAGES}</div></div>'
        f'<small class="search-results">Hiển thị {first} - {last} của {total} kết quả.</small>'
        f'<ul class="lfr-pagination-buttons pager pagination">{"".join(lis)}</ul></div></div>'
    )
    portlet = _asset_publisher(shown, AP_ID, ap_current(params), base, AP_NAME, pager)
    if state == "maximized":
        body = f'<div class="portlet-layout row"><div class="col-md-12 portlet-column">{portlet}</div></div>'
    else:
        body = (
            '<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">'
            f'<div class="col-md-8 portlet-column portlet-column-first" id="column-1">{_breadcrumb([(AP_NAME, None)], base)}{portlet}</div>'
            f'<div class="col-md-4 portlet-column portlet-column-last" id="column-2">{_latest_sidebar(base)}</div></div></div>'
        )
    return _page(AP_NAME, body, base, AP_PAGE, cls="portlet-page")


def _home(params: dict[str, str], target: str, base: str) -> str:
    page = _page_number(params, HOME_FRAGMENT)
    lead = _LATEST[0]
    banner = _item(
        "row",
        '<div class="tin-noi-bat"><div class="carousel-item active">'
        f'<a href="{base}/w/{lead.slug}"><img alt="" src="{esc(lead.images[0].src)}" /></a>'
        f'<div class="carousel-caption"><h2><a href="{base}/w/{lead.slug}">{esc(lead.title)}</a></h2></div></div></div>',
        "container-fluid",
    )
    main = (
        _fragment('<div class="component-heading"><h2 class="tieu-de-khoi">Tin mới</h2></div>')
        + _collection(NEWS, HOME_FRAGMENT, HOME_PER_PAGE, page, base, "/")
        + _asset_publisher(HOME_NOTICES, HOME_AP_ID, target.split("?")[0], base, "Thông báo")
        + _fragment(
            f'<div class="xem-tat-ca"><a href="{base}{AP_PAGE}">Xem tất cả thông báo</a></div>'
        )
    )
    quick = _fragment(
        '<div class="lien-ket-nhanh"><h2 class="tieu-de-khoi">Chuyên mục</h2><ul>'
        + "".join(f'<li><a href="{base}{p}">{esc(n)}</a></li>' for p, n in CATS.items())
        + f'<li><a href="{base}/van-ban">Văn bản chỉ đạo, điều hành</a></li>'
        + f'<li><a href="{base}/thu-vien-anh">Thư viện ảnh</a></li></ul></div>'
    )
    return _page(
        "Trang chủ", banner + _row(main, quick + _latest_sidebar(base)), base, "/web/guest/home"
    )


def _static(path: str, base: str) -> str:
    title, paras = STATIC_PAGES[path]
    main = (
        _fragment(_breadcrumb([(title, None)], base))
        + _fragment(f'<div class="component-heading"><h1 class="text-break">{esc(title)}</h1></div>')
        + _fragment('<div class="component-paragraph text-break">' + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</div>")
    )  # fmt: skip
    return _page(title, _row(main, _latest_sidebar(base)), base, path)


def _contact(base: str) -> str:
    form = (
        '<div class="lfr-layout-structure-item-form"><form action="/o/c/lienhes" method="post" class="form-lien-he">'
        '<div class="form-group"><label>Họ và tên</label><input class="form-control" name="hoTen" type="text" /></div>'
        '<div class="form-group"><label>Email</label><input class="form-control" name="email" type="email" /></div>'
        '<div class="form-group"><label>Nội dung</label><textarea class="form-control" name="noiDung"></textarea></div>'
        '<button class="btn btn-primary" type="submit">Gửi</button></form></div>'
    )
    main = (
        _fragment(_breadcrumb([("Liên hệ", None)], base))
        + _fragment('<div class="component-heading"><h1 class="text-break">Liên hệ</h1></div>')
        + _fragment(f'<div class="component-paragraph"><p>{esc(SITE)}</p><p>Địa chỉ: {esc(ADDRESS)}</p>'
                    f"<p>Đường dây nóng: {HOTLINE}</p></div>")
        + form
    )  # fmt: skip
    return _page("Liên hệ", _row(main, ""), base, "/lien-he")


def _documents(base: str) -> str:
    rows = "".join(
        f'<tr><td><a href="{base}{d.view}">{esc(d.title)}</a></td><td>{d.number}</td><td>{d.issued}</td>'
        f'<td>{d.size}</td><td><a href="{base}{esc(d.file)}&amp;download=true" title="Tải về">Tải về</a></td></tr>'
        for d in DOCS
    )
    portlet = (
        '<div class="portlet-boundary portlet-boundary_com_liferay_document_library_web_portlet_DLPortlet_ portlet-document-library" '
        'id="p_p_id_com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_vBn3DlPq8Rt1_">'
        '<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Văn bản chỉ đạo, điều hành</h2>'
        '<table class="table table-autofit table-list"><thead><tr><th>Tiêu đề</th><th>Số/Ký hiệu</th>'
        f"<th>Ngày ban hành</th><th>Dung lượng</th><th></th></tr></thead><tbody>{rows}</tbody></table></div></section></div>"
    )
    return _page(
        "Văn bản",
        _row(_fragment(_breadcrumb([("Văn bản", None)], base)) + portlet, ""),
        base,
        "/van-ban",
    )


def _doc_view(d: Doc, base: str) -> str:
    body = (
        _fragment(_breadcrumb([("Văn bản", "/van-ban"), (d.title, None)], base))
        + '<div class="document-entry"><h2 class="header-title">'
        + esc(d.title)
        + "</h2>"
        f"<dl><dt>Số/Ký hiệu</dt><dd>{d.number}</dd><dt>Ngày ban hành</dt><dd>{d.issued}</dd>"
        f"<dt>Dung lượng</dt><dd>{d.size}</dd><dt>Phiên bản</dt><dd>1.0</dd></dl>"
        f'<div class="preview-file"><iframe src="{base}{esc(d.file)}" title="{esc(d.name)}"></iframe></div>'
        f'<a class="btn btn-primary" href="{base}{esc(d.file)}&amp;download=true">Tải về ({d.size})</a></div>'
    )
    return _page(d.title, _row(body, ""), base, "/van-ban")


def _gallery(base: str) -> str:
    cards = "".join(
        f'<div class="card card-folder"><a href="{base}{album_path(fid)}">'
        f'<img alt="" src="{esc(doc_url(photos[0], fid))}" /><span class="card-title">{esc(name)}</span></a>'
        f'<span class="text-secondary">{len(photos)} ảnh</span></div>'
        for fid, (name, photos) in ALBUMS.items()
    )
    return _page("Thư viện ảnh", _row(_fragment(_breadcrumb([("Thư viện ảnh", None)], base))
                                      + f'<div class="image-gallery-display">{cards}</div>', ""), base, "/thu-vien-anh")  # fmt: skip


def _album(fid: int, base: str) -> str:
    name, photos = ALBUMS[fid]
    imgs = "".join(
        f'<a class="image-link" href="{esc(doc_url(p, fid))}" title="{esc(p)}"><img alt="{esc(p)}" src="{esc(doc_url(p, fid))}&amp;imageThumbnail=1" /></a>'
        for p in photos
    )
    body = (
        _fragment(_breadcrumb([("Thư viện ảnh", "/thu-vien-anh"), (name, None)], base))
        + f'<h2 class="album-title">{esc(name)}</h2><div class="image-gallery-display lfr-media-gallery">{imgs}</div>'
    )
    return _page(name, _row(body, ""), base, "/thu-vien-anh")


def _login(base: str) -> str:
    form = (
        '<div class="portlet-login"><h2>Đăng nhập</h2><form action="/c/portal/login" method="post">'
        '<div class="form-group"><label>Địa chỉ email</label><input class="form-control" name="_com_liferay_login_web_portlet_LoginPortlet_login" type="text" /></div>'
        '<div class="form-group"><label>Mật khẩu</label><input class="form-control" name="_com_liferay_login_web_portlet_LoginPortlet_password" type="password" /></div>'
        '<label><input type="checkbox" name="_com_liferay_login_web_portlet_LoginPortlet_rememberMe" /> Ghi nhớ</label>'
        '<button class="btn btn-primary" type="submit">Đăng nhập</button></form></div>'
    )
    return _page("Đăng nhập", _row(form, ""), base, "")


def _search(q: str, base: str) -> str:
    hits = [
        s
        for s in _LATEST
        if q and q.lower() in (s.title + " " + " ".join(s.opts.get("tags", []))).lower()
    ]
    items = "".join(
        f'<li class="list-group-item"><a href="{base}/w/{s.slug}">{esc(s.title)}</a>'
        f'<p class="text-secondary">{_dmy(s.opts["when"])}</p></li>'
        for s in hits
    )
    body = (
        f'<div class="search-results"><h2>Kết quả tìm kiếm cho “{esc(q)}”</h2>'
        f'<p class="search-total-label">{len(hits)} kết quả</p><ul class="list-group">{items}</ul></div>'
    )
    return _page("Tìm kiếm", _row(body, ""), base, "")


def _sitemap(base: str) -> str:
    pages = [
        "/web/guest/home",
        *COLLECTIONS,
        AP_PAGE,
        "/gioi-thieu",
        "/lien-he",
        "/van-ban",
        "/thu-vien-anh",
    ]
    urls = [
        f"<url><loc>{base}{p}</loc><changefreq>daily</changefreq><priority>0.5</priority></url>"
        for p in pages
    ]
    urls += [
        f"<url><loc>{base}/w/{s.slug}</loc><lastmod>{(s.opts.get('upd') or s.opts['when']):%Y-%m-%d}</lastmod>"
        f'<xhtml:link href="{base}/w/{s.slug}" hreflang="vi-VN" rel="alternate"/></url>'
        for s in _LATEST
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:xhtml="http://www.w3.org/1999/xhtml">' + "".join(urls) + "</urlset>"
    )


_IMAGES = {s.src.split("?")[0] for st in STORIES for s in st.images} | {
    doc_url(p, fid).split("?")[0] for fid, (_, ps) in ALBUMS.items() for p in ps
}
_DOC_VIEW = re.compile(r"/van-ban/-/document_library/vBn3DlPq8Rt1/view_file/(\d+)")
_ALBUM = re.compile(rf"/thu-vien-anh/-/document_library/{GALLERY}/view/(\d+)")
_ARTICLE = re.compile(r"(?:/web/(?:guest|sgddt))?/w/([a-z0-9-]+)")


class Liferay74Site:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        base = base_url(request)
        if path.startswith("/documents/"):
            if path in _DOC_FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path in _IMAGES or path.startswith("/documents/20121/0/banner-"):
                return static_file(".jpg")
            return None
        if path.startswith(("/o/", "/image/", "/combo")):
            return static_file(path) or static_file(".png")
        if path == "/web/guest":
            return redirect(f"{base}/web/guest/home", 301)
        if path in ("/", "/web/guest/home"):
            return html(_home(params, request.target, base))
        if path in ("/web/sgddt", "/web/sgddt/home"):
            return redirect(f"{base}/web/guest/home", 301)
        if m := _ARTICLE.fullmatch(path):
            s = _BY_SLUG.get(m.group(1))
            if s is None:
                return None
            back = next((v for k, v in params.items() if k.endswith("_redirect")), None)
            back = back or params.get("p_l_back_url")
            return html(_display_page(s, base, back))
        if path in COLLECTIONS:
            return html(_category_page(path, params, base))
        if path == AP_PAGE:
            return html(_ap_page(params, base))
        if path in STATIC_PAGES:
            return html(_static(path, base))
        if path == "/lien-he":
            return html(_contact(base))
        if path == "/van-ban":
            return html(_documents(base))
        if m := _DOC_VIEW.fullmatch(path):
            d = next((d for d in DOCS if d.entry == int(m.group(1))), None)
            return html(_doc_view(d, base)) if d else None
        if path == "/thu-vien-anh":
            return html(_gallery(base))
        if m := _ALBUM.fullmatch(path):
            fid = int(m.group(1))
            return html(_album(fid, base)) if fid in ALBUMS else None
        if path == "/c/portal/login":
            return html(_login(base))
        if path == "/search":
            return html(_search(params.get("q", ""), base))
        if path == "/sitemap.xml":
            return Response(200, _sitemap(base), {"Content-Type": "application/xml; charset=UTF-8"})
        if path == "/robots.txt":
            return Response(
                200,
                f"User-Agent: *\nDisallow:\nSitemap: {base}/sitemap.xml\n",
                {"Content-Type": "text/plain"},
            )
        if path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> Liferay74Site:
    return Liferay74Site()
