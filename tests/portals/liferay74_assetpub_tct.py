"""Trường Chính trị tỉnh Nghệ An on Liferay DXP 7.4: a page full of portlets, some of them broken.

Platform
--------
Liferay DXP 7.4 (Tomcat bundle), a custom theme ("tct-theme", Clay / Bootstrap 4 classes) with the
two-column "portal-regular" layout: ``#column-1`` (col-md-8) and ``#column-2`` (col-md-4). Every
portlet is wrapped the Liferay way::

    <div class="portlet-boundary portlet-boundary_<portletName>_ portlet-static ..."
         id="p_p_id_<portletId>_">
      <section class="portlet" id="portlet_<portletId>">
        <div class="portlet-content">
          <div class="autofit-float autofit-row portlet-header"> <h2 class="portlet-title-text">…
          <div class="portlet-content-container"><div class="portlet-body"> … </div></div>

The portlet titles are h2 as well: an article page has several h2 (the portlet titles "Thông báo",
"Tin tức", "Các tin khác", "Đánh giá bài viết", "Tin xem nhiều" …) and the article's own h2
``<h2 class="component-title"><span class="asset-title">``. There is no h1 but the site name in the
header.

URL scheme
----------
- ``/`` and ``/web/guest/trang-chu``: the home page (same page). "Tin nổi bật" (3 featured
  articles linked to their *display page* ``/w/<url-title>``), "Tin mới" (the 5 newest, an asset
  publisher whose links carry ``?redirect=%2Fweb%2Fguest%2Ftrang-chu``).
- Section pages, each with one Asset Publisher (INSTANCE id per page):
  ``/web/guest/tin-tuc`` "Tin tức" (every article, newest first, 13 -> 3 pages),
  ``/web/guest/dao-tao`` (category Đào tạo - Bồi dưỡng), ``/web/guest/nghien-cuu`` (Nghiên cứu -
  Trao đổi). 5 abstracts ("asset-abstract") per page; the pager is Liferay's "regular" page iterator:
  "Trang đầu / Trước / Tiếp / Trang cuối", the page selector "Trang 1 / 3", links of the form
  ``/web/guest/tin-tuc?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_<id>
  &p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_<portletId>_delta=5&_<portletId>_resetCur=false
  &_<portletId>_cur=2`` (absolute URLs, ``&amp;`` in the markup).
- Articles: ``/web/guest/tin-tuc/-/asset_publisher/<TT>/content/<url-title>`` (``<TT>`` the Tin tức
  publisher's instance id: every listing uses "view in context", so all articles live under the
  Tin tức page). The listings link it with ``?redirect=<encoded URL of the listing page>`` (the
  very same article; the redirect only feeds the "back" arrow); "Tin xem nhiều", "Các tin khác" and
  the search results link it bare. The page's ``<link rel="canonical">`` is the bare URL.
- Display pages ``/w/<url-title>`` (fragments; canonical = itself): same article, linked only from
  the home page's "Tin nổi bật".
- Non-articles: ``/web/guest/gioi-thieu`` (a web content display page with a title and text but no
  date), ``/web/guest/lich-hoc`` (a timetable table in a web content display),
  ``/web/guest/thu-vien-anh`` (Document Library media gallery of photos),
  ``/web/guest/lien-he`` (contact), the section pages, and the search results
  ``?p_p_id=com_liferay_portal_search_web_portlet_SearchPortlet&…&_…_q=dao+tao`` (linked from the
  "Từ khóa" box under the header search form; the form itself is a GET form to ``/web/guest/trang-chu``).
- Files: ``/documents/20121/<folder>/<file>.jpg/<uuid>?t=<ms>`` (Liferay's document URLs: the file
  name is not at the end; gold keeps the ``?t=`` query); theme files under ``/o/tct-theme/``; the
  logo ``/image/layout_set_logo?img_id=…``. No robots.txt, no sitemap.

Article page (column-1, in order)
---------------------------------
1. "Thông báo" (Announcements portlet): "Portlet này đã tạm ngừng hoạt động." — ABOVE the article.
2. Breadcrumb portlet: Trang chủ › Tin tức › <title>.
3. A Polls portlet "Bình chọn": "Bạn chưa có đủ quyền truy nhập portlet này." — ABOVE the article.
4. Asset Publisher "Tin tức" in full-content view: a back link (the redirect), h2 title, print icon,
   ``<span class="metadata-entry metadata-publish-date">Ngày đăng: 19/11/2026 08:30</span>``, on some
   articles a "Cập nhật: …" span (modified date), "Lượt xem", the category label
   "Chuyên mục: <a>…</a>" (asset categories summary), then ``journal-content-article``: a
   ``<div class="sapo">`` (some articles) or a first ``<p><strong>`` lead, the CKEditor text, a
   closing byline ("Tin, ảnh: …" in italic right-aligned / "ThS. … - Khoa …" bold right-aligned /
   a bare name / none), a source line on some; then the asset tags.
5. "Các tin khác" (Related Assets portlet, bare links), 6. "Đánh giá bài viết" (Ratings, stars),
7. social bookmarks row (Facebook / X / LinkedIn / email / In), 8. a Web Content Display with
   "Chọn một nội dung web để hiển thị" — BELOW the article.
The broken portlets 1, 3, 8 print on every page of the site, home and listings included.

Header: site name h1, "Thứ Sáu, 04/12/2026", the search portlet, the navigation. Column-2: "Tin xem
nhiều" (bare links), a calendar portlet (December 2026 grid, upcoming events with dates), "Liên kết"
select, the visitor counter "Đang online: 5 / Hôm nay: 437 / Đã truy cập: 757010". Footer: address,
phone, email.

How each gold article is reached
--------------------------------
- All 13: ``/web/guest/tin-tuc`` pages 1-3 (5, 5, 3), with ``?redirect=``.
- The 5 newest: home "Tin mới" (redirect to trang-chu); 3 of them also as ``/w/`` on the home page.
- Đào tạo - Bồi dưỡng and Nghiên cứu - Trao đổi articles: their section page (one page each).
- "Tin xem nhiều" (5 articles, bare, on every page); "Các tin khác" (the same-category articles
  published after the article, up to 3; the newest of a category lists the next two older ones).
- The two oldest "Tin hoạt động" articles are in no section page, no sidebar and no related list:
  they are reached only on ``/web/guest/tin-tuc`` page 2 and page 3.

Traps
-----
- One article under many URLs: bare, ``?redirect=<listing URL>`` (a different value per listing
  page that links it) and ``/w/<url-title>`` whose canonical is itself: all in ``alt_paths``.
- Broken portlets with Vietnamese sentences in the article column, two of them above the article.
- Many h2: portlet titles are h2 like the article title; the breadcrumb's last crumb is the title and
  the section in it is "Tin tức" for every article: the category is the "Chuyên mục" label.
- Dates: header today "Thứ Sáu, 04/12/2026"; "Cập nhật: …" after "Ngày đăng: …"; listing dates
  without time; calendar event dates in the sidebar.
- Image captions: ``<p style="text-align:center"><em>…</em></p>`` under the photo, or a
  ``<figure class="image">…<figcaption>``, or nothing; listing thumbnails and the logo are layout.
- Tables (``table table-bordered``) in some bodies; a ``<br>`` inside one paragraph; a sapo printed in
  ``div.sapo`` or as a first bold paragraph.
- Search results, the media gallery and the "Giới thiệu" web content look like content pages.

Gold decisions
--------------
title: the h2 asset title. published_at: "Ngày đăng" with its time. authors/photographers: the
closing byline (degrees and the post/department after " - " dropped; "Tin, ảnh: X" gives X both;
"Ban biên tập" nobody; a unit credited as printed). source: "Nguồn: X" / "(Theo X)". summary: the
``div.sapo`` or the bold first paragraph, first paragraph of body. body: the journal text, sub-
headings, list items, table rows (cells joined " | "); not captions, byline, source, tags.
images: the photos of the journal text in order with the line under them. category: the "Chuyên mục"
label.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

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
)

NAME = "liferay74_assetpub_tct"
PLATFORM = "Liferay DXP 7.4 (Asset Publisher, Journal web content, display pages /w/)"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Nghệ An"
HEADER_DATE = "Thứ Sáu, 04/12/2026"
PER_PAGE = 5

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "dao-tao": "Đào tạo - Bồi dưỡng",
    "nghien-cuu": "Nghiên cứu - Trao đổi",
}
CATEGORY_IDS = {"tin-hoat-dong": 41207, "dao-tao": 41208, "nghien-cuu": 41209}

AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
SEARCH_P = "com_liferay_portal_search_web_portlet_SearchPortlet"
#: the Asset Publisher instance of each page
INST = {
    "tin-tuc": "hX3kWp9qLm2A",
    "dao-tao": "Rb7tNc4yQe8Z",
    "nghien-cuu": "Jm5vGs2dKx6P",
    "noi-bat": "Fe8nTq1wZs4H",
    "tin-moi": "Pc2rYh7uMb9K",
    "xem-nhieu": "Wd4kLz8sNa3V",
}
SECTIONS = {
    # page slug: (page name, category key or None for all)
    "tin-tuc": ("Tin tức", None),
    "dao-tao": ("Đào tạo - Bồi dưỡng", "dao-tao"),
    "nghien-cuu": ("Nghiên cứu - Trao đổi", "nghien-cuu"),
}
HOME = "/web/guest/trang-chu"


def doc(name: str, folder: int = 41520) -> str:
    """A Document Library URL as Liferay 7.4 prints it: /documents/<group>/<folder>/<title>/<uuid>?t=."""
    h = hashlib.md5(name.encode()).hexdigest()
    uuid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    stamp = 1760000000000 + int(h[:6], 16)
    return f"/documents/20121/{folder}/{name}/{uuid}?t={stamp}"


# P styles: "" plain, "j" justified, "lead" bold first paragraph, "h3" sub-heading, "li" bullet,
# "quote" blockquote, "th"/"td" table rows (cells " | "), "br" (joined to the previous paragraph
# with <br>). Img styles: "em" (centred italic paragraph under it), "fig" (figure/figcaption),
# "none" (no line).
# opts: time, updated (printed "Cập nhật"), tags, thumb, views, sapo (div.sapo), abstract.

S1 = "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026"
S2 = "khai-giang-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-2026-2028"
S3 = "van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong-can-bo-co-so"
S4 = "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11"
S5 = "be-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k81-tai-huyen-dien-chau"
S6 = "doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-tai-truong"
S7 = "doi-moi-phuong-phap-giang-day-ly-luan-chinh-tri-phat-huy-tinh-tich-cuc-cua-nguoi-hoc"
S8 = "lich-thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k80"
S9 = "chi-bo-khoa-nha-nuoc-va-phap-luat-sinh-hoat-chuyen-de-quy-iv"
S10 = "giai-phap-nang-cao-chat-luong-nghien-cuu-thuc-te-cua-hoc-vien"
S11 = "boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026"
S12 = "le-khai-giang-nam-hoc-2026-2027"
S13 = "nang-cao-chat-luong-boi-duong-ly-luan-chinh-tri-cho-dang-vien-moi"

STORIES: list[Story] = [
    Story(
        1,
        S1,
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "tin-hoat-dong",
        "2026-11-27T09:15:00+07:00",
        [
            P(
                "Từ ngày 23 đến 26/11/2026, Trường Chính trị tỉnh Nghệ An tổ chức Hội thi giảng viên dạy "
                "giỏi cấp trường năm 2026 với sự tham gia của 18 giảng viên đến từ 4 khoa chuyên môn.",
                "j",
            ),
            P(
                "Hội thi nhằm đánh giá thực chất năng lực chuyên môn, nghiệp vụ sư phạm của đội ngũ giảng "
                "viên; phát hiện, bồi dưỡng và nhân rộng những điển hình trong đổi mới nội dung, phương "
                "pháp giảng dạy lý luận chính trị, đồng thời lựa chọn giảng viên tham dự Hội thi cấp tỉnh "
                "năm 2027.",
                "j",
            ),
            Img(doc("hoi-thi-gvdg-2026-1.jpg"), "Quang cảnh phần thi giảng của các giảng viên", "Quang cảnh phần thi giảng của các giảng viên", "em"),
            P(
                "Mỗi giảng viên thực hiện hai phần thi: trình bày giáo án và giảng một tiết lý thuyết trước "
                "Ban Giám khảo cùng học viên lớp Trung cấp lý luận chính trị - hành chính K83. Nhiều bài "
                "giảng đã ứng dụng hiệu quả công nghệ thông tin, liên hệ sinh động với thực tiễn của tỉnh.",
                "j",
            ),
            P("Kết quả Hội thi", "h3"),
            P("Giải Nhất | ThS. Nguyễn Thị Thanh Tâm | Khoa Lý luận cơ sở", "td"),
            P("Giải Nhì | ThS. Đặng Văn Hùng | Khoa Nhà nước và Pháp luật", "td"),
            P("Giải Nhì | ThS. Lê Thị Hồng Nhung | Khoa Xây dựng Đảng", "td"),
            P("Giải Ba | ThS. Võ Đình Quang | Khoa Dân vận", "td"),
            P(
                "Phát biểu bế mạc, đồng chí Hiệu trưởng ghi nhận sự chuẩn bị công phu của các giảng viên "
                "và đề nghị các khoa tiếp tục tổ chức dự giờ, rút kinh nghiệm sau Hội thi.",
                "j",
            ),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Văn phòng Đảng ủy</em></p>'),
        ],
        authors=["Văn phòng Đảng ủy"],
        photographers=["Văn phòng Đảng ủy"],
        opts={"time": "09:15", "tags": ["giảng viên", "hội thi"], "views": 312, "thumb": "hoi-thi-gvdg-2026-1.jpg"},
    ),
    Story(
        2,
        S2,
        "Khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2026 - 2028",
        "dao-tao",
        "2026-11-24T14:00:00+07:00",
        [
            P(
                "Sáng 23/11, Trường Chính trị tỉnh Nghệ An phối hợp với Học viện Chính trị khu vực III "
                "tổ chức Lễ khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2026 - 2028 "
                "cho 112 học viên là cán bộ lãnh đạo, quản lý các sở, ban, ngành và địa phương."
            ),
            Img(doc("khai-giang-cao-cap-2026.jpg"), "Các đại biểu thực hiện nghi thức chào cờ tại Lễ khai giảng", "Các đại biểu thực hiện nghi thức chào cờ tại Lễ khai giảng", "em"),
            P(
                "Theo kế hoạch, lớp học được tổ chức trong 24 tháng với 4 khối kiến thức: những vấn đề cơ "
                "bản của chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh; những vấn đề cơ bản về Đảng Cộng "
                "sản, Nhà nước và hệ thống chính trị; lý luận và kỹ năng lãnh đạo, quản lý; nghiên cứu "
                "thực tế và viết luận văn tốt nghiệp."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Giám đốc Học viện Chính trị khu vực III đề nghị học "
                "viên sắp xếp hợp lý thời gian công tác và học tập, chấp hành nghiêm quy chế đào tạo, "
                "phát huy tinh thần tự học, gắn lý luận với thực tiễn địa phương, đơn vị."
            ),
            Img(doc("khai-giang-cao-cap-2026-2.jpg"), "Học viên lớp Cao cấp lý luận chính trị khóa 2026 - 2028", "Học viên lớp Cao cấp lý luận chính trị khóa 2026 - 2028", "em"),
            P(
                "Đại diện học viên, đồng chí Nguyễn Văn Tuấn, Phó Bí thư Huyện ủy Quỳnh Lưu hứa sẽ nêu cao "
                "ý thức tự giác, hoàn thành tốt chương trình khóa học."
            ),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Hồ Thị Lan</em></p>'),
        ],
        authors=["Hồ Thị Lan"],
        photographers=["Hồ Thị Lan"],
        summary=(
            "Lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2026 - 2028 gồm 112 học viên, học "
            "tập tại Trường Chính trị tỉnh trong thời gian 24 tháng."
        ),
        sapo_outside=True,
        opts={"time": "14:00", "tags": ["cao cấp lý luận chính trị", "khai giảng"], "views": 1483, "thumb": "khai-giang-cao-cap-2026.jpg"},
    ),
    Story(
        3,
        S3,
        "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cơ sở hiện nay",
        "nghien-cuu",
        "2026-11-20T08:00:00+07:00",
        [
            P(
                "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là di sản lý luận quý báu, có giá trị "
                "định hướng lâu dài đối với công tác đào tạo, bồi dưỡng cán bộ của Đảng ta. Bài viết "
                "phân tích một số nội dung cơ bản và đề xuất giải pháp vận dụng vào công tác đào tạo, "
                "bồi dưỡng cán bộ cơ sở tại Trường Chính trị tỉnh Nghệ An.",
                "lead",
            ),
            P("1. Một số nội dung cơ bản trong tư tưởng Hồ Chí Minh về cán bộ", "h3"),
            P(
                "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”, “muôn việc thành "
                "công hoặc thất bại đều do cán bộ tốt hoặc kém”. Theo Người, người cán bộ phải có đủ đức "
                "và tài, trong đó đức là gốc; phải gần dân, hiểu dân, học dân và có trách nhiệm với dân.",
                "j",
            ),
            P(
                "Người đặc biệt coi trọng việc huấn luyện cán bộ, coi đó là “công việc gốc của Đảng”. "
                "Huấn luyện phải thiết thực, lý luận phải gắn với thực tế, “học để làm việc, làm người, "
                "làm cán bộ”.",
                "j",
            ),
            P("2. Thực trạng đào tạo, bồi dưỡng cán bộ cơ sở ở Nghệ An", "h3"),
            P(
                "Giai đoạn 2021 - 2025, Trường đã mở 186 lớp trung cấp lý luận chính trị - hành chính và "
                "bồi dưỡng cho hơn 21.000 lượt cán bộ, công chức cấp xã. Chất lượng đào tạo từng bước được "
                "nâng lên; tuy vậy, một bộ phận học viên còn học theo kiểu “hợp thức hóa” tiêu chuẩn, kỹ "
                "năng xử lý tình huống thực tiễn còn hạn chế.",
                "j",
            ),
            P("3. Một số giải pháp", "h3"),
            P("Đổi mới nội dung chương trình theo hướng tinh gọn, sát với chức trách, nhiệm vụ của cán bộ cơ sở.", "li"),
            P("Tăng cường phương pháp dạy học tích cực: tình huống, thảo luận nhóm, nghiên cứu trường hợp điển hình.", "li"),
            P("Gắn đào tạo với rèn luyện đạo đức, lối sống; đề cao tinh thần tự học, tự rèn của học viên.", "li"),
            P("Nâng cao chất lượng đội ngũ giảng viên, nhất là năng lực nghiên cứu thực tiễn ở cơ sở.", "li"),
            P(
                "Vận dụng sáng tạo tư tưởng Hồ Chí Minh về cán bộ sẽ góp phần xây dựng đội ngũ cán bộ cơ sở "
                "đủ phẩm chất, năng lực, uy tín, ngang tầm nhiệm vụ trong giai đoạn mới.",
                "j",
            ),
            Raw('<p style="text-align: right;"><strong>ThS. Nguyễn Văn Bình - Khoa Xây dựng Đảng</strong></p>'),
        ],
        authors=["Nguyễn Văn Bình"],
        summary=(
            "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là di sản lý luận quý báu, có giá trị "
            "định hướng lâu dài đối với công tác đào tạo, bồi dưỡng cán bộ của Đảng ta. Bài viết "
            "phân tích một số nội dung cơ bản và đề xuất giải pháp vận dụng vào công tác đào tạo, "
            "bồi dưỡng cán bộ cơ sở tại Trường Chính trị tỉnh Nghệ An."
        ),
        opts={"time": "08:00", "tags": ["tư tưởng Hồ Chí Minh", "công tác cán bộ"], "views": 2210},
    ),
    Story(
        4,
        S4,
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "tin-hoat-dong",
        "2026-11-19T08:30:00+07:00",
        [
            P(
                "Sáng 19/11, Trường Chính trị tỉnh Nghệ An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam và tuyên dương các tập thể, cá nhân có thành tích xuất sắc năm học 2025 - 2026.",
                "lead",
            ),
            P(
                "Dự buổi lễ có đồng chí Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, lãnh đạo Sở Nội vụ, Sở "
                "Giáo dục và Đào tạo cùng các thế hệ cán bộ, giảng viên nhà trường qua các thời kỳ."
            ),
            Img(doc("ky-niem-20-11-2026.jpg"), "Tiết mục văn nghệ chào mừng của Đoàn Thanh niên nhà trường", "Tiết mục văn nghệ chào mừng của Đoàn Thanh niên nhà trường", "fig"),
            P(
                "Năm học 2025 - 2026, nhà trường đã tổ chức 64 lớp đào tạo, bồi dưỡng cho 6.842 học viên, "
                "vượt 12% kế hoạch; 3 đề tài khoa học cấp tỉnh được nghiệm thu đạt loại xuất sắc; 98% "
                "giảng viên đạt chuẩn giờ giảng."
            ),
            P(
                "Dịp này, 6 tập thể và 21 cá nhân được Hiệu trưởng tặng Giấy khen; 2 giảng viên được Chủ "
                "tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong công tác giảng dạy."
            ),
            Img(doc("ky-niem-20-11-2026-khen-thuong.jpg"), "Trao Giấy khen cho các tập thể, cá nhân tiêu biểu", "Trao Giấy khen cho các tập thể, cá nhân tiêu biểu", "fig"),
            Raw('<p style="text-align: right;"><em>Tin: Trần Quốc Huy - Ảnh: Đoàn Thanh niên</em></p>'),
        ],
        authors=["Trần Quốc Huy"],
        photographers=["Đoàn Thanh niên"],
        summary=(
            "Sáng 19/11, Trường Chính trị tỉnh Nghệ An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam và tuyên dương các tập thể, cá nhân có thành tích xuất sắc năm học 2025 - 2026."
        ),
        opts={"time": "08:30", "updated": "20/11/2026 10:12", "tags": ["20/11"], "views": 954, "thumb": "ky-niem-20-11-2026.jpg"},
    ),
    Story(
        5,
        S5,
        "Bế giảng lớp Trung cấp lý luận chính trị - hành chính K81 tại huyện Diễn Châu",
        "dao-tao",
        "2026-11-16T15:20:00+07:00",
        [
            P(
                "Chiều 14/11, tại Trung tâm Chính trị huyện Diễn Châu, Trường Chính trị tỉnh Nghệ An tổ "
                "chức Lễ bế giảng và trao bằng tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính K81 "
                "hệ không tập trung cho 78 học viên."
            ),
            P(
                "Sau 14 tháng học tập, 100% học viên đủ điều kiện dự thi và tốt nghiệp; kết quả xếp loại "
                "tốt nghiệp như sau:"
            ),
            P("Xếp loại | Số học viên | Tỷ lệ", "th"),
            P("Xuất sắc | 4 | 5,1%", "td"),
            P("Giỏi | 41 | 52,6%", "td"),
            P("Khá | 33 | 42,3%", "td"),
            P(
                "Tại buổi lễ, nhà trường đã khen thưởng 6 học viên có thành tích học tập xuất sắc; học viên "
                "Phạm Thị Ngọc Ánh, công chức Văn phòng - Thống kê xã Diễn Kim, đạt điểm tốt nghiệp cao "
                "nhất lớp."
            ),
            Img(doc("be-giang-k81-dien-chau.jpg"), None, None, "none"),
            Raw('<p style="text-align: right;"><strong>ThS. Phan Thị Hoa - Phòng Quản lý đào tạo</strong></p>'),
        ],
        authors=["Phan Thị Hoa"],
        opts={"time": "15:20", "tags": ["trung cấp lý luận chính trị", "bế giảng"], "views": 430},
    ),
    Story(
        6,
        S6,
        "Đoàn công tác Học viện Chính trị khu vực III làm việc tại Trường",
        "tin-hoat-dong",
        "2026-11-10T10:00:00+07:00",
        [
            P(
                "Ngày 09/11/2026, đoàn công tác của Học viện Chính trị khu vực III do PGS.TS Trần Văn Phúc, "
                "Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Nghệ "
                "An về công tác phối hợp mở lớp cao cấp lý luận chính trị giai đoạn 2026 - 2030."
            ),
            Img(doc("hoc-vien-khu-vuc-iii-lam-viec.jpg"), None, None, "none"),
            P(
                "Báo cáo tại buổi làm việc cho biết, từ năm 2021 đến nay hai đơn vị đã phối hợp mở 9 lớp "
                "cao cấp lý luận chính trị với 1.004 học viên tốt nghiệp. Cơ sở vật chất phục vụ dạy và "
                "học, ký túc xá học viên được đầu tư đồng bộ, đáp ứng yêu cầu."
            ),
            P(
                "Hai bên thống nhất sẽ tăng cường trao đổi giảng viên, phối hợp tổ chức hội thảo khoa học "
                "và xây dựng cơ sở dữ liệu học viên dùng chung."
            ),
            Raw('<p style="text-align: right;"><strong>Ban biên tập</strong></p>'),
        ],
        opts={"time": "10:00", "tags": ["hợp tác"], "views": 1201},
    ),
    Story(
        7,
        S7,
        "Đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực của người học",
        "nghien-cuu",
        "2026-11-05T09:00:00+07:00",
        [
            P(
                "Đổi mới phương pháp giảng dạy là yêu cầu cấp thiết nhằm nâng cao chất lượng đào tạo, bồi "
                "dưỡng lý luận chính trị tại các trường chính trị tỉnh trong bối cảnh chuyển đổi số.",
                "j",
            ),
            P("Thực trạng", "h3"),
            P(
                "Đối tượng học viên của trường chính trị tỉnh là người trưởng thành, đã có kinh nghiệm công "
                "tác. Tuy vậy, phương pháp thuyết trình một chiều vẫn còn phổ biến, chưa khai thác được "
                "vốn sống, kinh nghiệm thực tiễn phong phú của học viên.",
                "j",
            ),
            P(
                "Khảo sát 420 học viên các lớp trung cấp năm 2026 cho thấy 67% mong muốn tăng thời lượng "
                "thảo luận, xử lý tình huống; 54% đề nghị giảng viên sử dụng nhiều hơn ví dụ thực tiễn "
                "của địa phương.",
                "j",
            ),
            P("Giải pháp", "h3"),
            P(
                "Thứ nhất, thiết kế bài giảng theo hướng “lấy người học làm trung tâm”, kết hợp thuyết "
                "trình ngắn với thảo luận nhóm và bài tập tình huống.",
                "j",
            ),
            P(
                "Thứ hai, ứng dụng công nghệ thông tin, xây dựng kho học liệu điện tử, bài giảng trực tuyến "
                "phục vụ học viên hệ không tập trung.",
                "j",
            ),
            P("Thứ ba, đổi mới kiểm tra, đánh giá theo hướng đánh giá năng lực vận dụng của người học.", "j"),
            P(
                "Như V.I. Lênin từng chỉ rõ: “Không có lý luận cách mạng thì cũng không thể có phong trào "
                "cách mạng”.",
                "quote",
            ),
            P(
                "Đổi mới phương pháp giảng dạy vì thế không chỉ là việc của từng giảng viên mà cần có sự "
                "chỉ đạo đồng bộ của nhà trường, sự tham gia tích cực của học viên.",
                "j",
            ),
            Raw('<p style="text-align: right;"><strong>TS. Lê Thị Thu Hà - Phó Trưởng khoa Lý luận cơ sở</strong></p>'),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={"time": "09:00", "updated": "06/11/2026 16:40", "tags": ["phương pháp giảng dạy"], "views": 1877},
    ),
    Story(
        8,
        S8,
        "Lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính K80",
        "dao-tao",
        "2026-10-28T13:45:00+07:00",
        [
            P(
                "Phòng Quản lý đào tạo thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị - "
                "hành chính K80 hệ tập trung (học tại Trường) như sau:"
            ),
            P("Ngày thi | Buổi | Môn thi | Hình thức", "th"),
            P("Thứ Hai, 09/11/2026 | Sáng | Chính trị | Viết (180 phút)", "td"),
            P("Thứ Tư, 11/11/2026 | Sáng | Nghiệp vụ | Viết (180 phút)", "td"),
            P("Thứ Sáu, 13/11/2026 | Cả ngày | Bảo vệ khóa luận | Vấn đáp", "td"),
            P(
                "Học viên có mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học viên và căn cước. "
                "Học viên vắng thi không có lý do chính đáng sẽ không được công nhận tốt nghiệp."
            ),
            P("Mọi thắc mắc liên hệ Phòng Quản lý đào tạo, điện thoại 0238 3842 116."),
        ],
        opts={"time": "13:45", "updated": "30/10/2026 09:05", "tags": ["lịch thi"], "views": 388},
    ),
    Story(
        9,
        S9,
        "Chi bộ Khoa Nhà nước và Pháp luật sinh hoạt chuyên đề quý IV",
        "tin-hoat-dong",
        "2026-10-20T16:10:00+07:00",
        [
            P(
                "Chiều 19/10, Chi bộ Khoa Nhà nước và Pháp luật tổ chức sinh hoạt chuyên đề quý IV với chủ "
                "đề “Nâng cao vai trò nêu gương của đảng viên là giảng viên”."
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên tập trung thảo luận những biểu hiện chưa nêu gương trong "
                "giảng dạy, nghiên cứu khoa học; đề xuất các tiêu chí cụ thể để đánh giá việc nêu gương "
                "hằng quý.",
            ),
            Img(doc("chi-bo-nnpl-sinh-hoat-chuyen-de.jpg"), "Đồng chí Bí thư Chi bộ phát biểu tại buổi sinh hoạt", "Đồng chí Bí thư Chi bộ phát biểu tại buổi sinh hoạt", "em"),
            P(
                "Chi bộ thống nhất mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để thực hiện trong "
                "quý IV, kết quả được đánh giá vào kỳ sinh hoạt tháng 12."
            ),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Nguyễn Thị Mai</em></p>'),
        ],
        authors=["Nguyễn Thị Mai"],
        photographers=["Nguyễn Thị Mai"],
        opts={"time": "16:10", "tags": ["công tác đảng"], "views": 211, "thumb": "chi-bo-nnpl-sinh-hoat-chuyen-de.jpg"},
    ),
    Story(
        10,
        S10,
        "Một số giải pháp nâng cao chất lượng nghiên cứu thực tế của học viên",
        "nghien-cuu",
        "2026-10-12T07:30:00+07:00",
        [
            P(
                "Nghiên cứu thực tế là nội dung bắt buộc trong chương trình đào tạo trung cấp lý luận chính "
                "trị - hành chính, giúp học viên vận dụng kiến thức đã học để phân tích, đánh giá thực tiễn "
                "ở cơ sở.",
            ),
            P(
                "Thời gian qua, hoạt động này vẫn còn tình trạng hình thức: báo cáo thu hoạch sao chép, "
                "nội dung chung chung, thiếu số liệu; việc tổ chức đoàn nghiên cứu chưa gắn với chuyên đề "
                "học tập.",
            ),
            P("Để khắc phục, tác giả đề xuất:"),
            P("Xây dựng kế hoạch nghiên cứu thực tế gắn với từng học phần, giao chủ đề cụ thể cho từng nhóm học viên.", "li"),
            P("Lựa chọn địa bàn có mô hình điển hình, cả tích cực lẫn hạn chế, để học viên so sánh.", "li"),
            P("Giảng viên hướng dẫn đi cùng đoàn, tổ chức tọa đàm tại cơ sở.", "li"),
            P("Chấm báo cáo thu hoạch theo tiêu chí, kiểm tra trùng lặp bằng phần mềm.", "li"),
            Raw('<p style="text-align: right;"><strong>ThS. Hoàng Văn Sơn</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Tạp chí Lý luận chính trị</em></p>'),
        ],
        authors=["Hoàng Văn Sơn"],
        source="Tạp chí Lý luận chính trị",
        opts={"time": "07:30", "tags": ["nghiên cứu thực tế"], "views": 640},
    ),
    Story(
        11,
        S11,
        "Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        "dao-tao",
        "2026-10-05T08:00:00+07:00",
        [
            P(
                "Từ ngày 28/9 đến 03/10/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ "
                "chức lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 145 học viên là cán bộ đối tượng 4 "
                "của các sở, ngành và địa phương."
            ),
            Img(doc("qp-an-doi-tuong-4-2026.jpg"), "Học viên nghe giới thiệu chuyên đề về chiến lược bảo vệ Tổ quốc", "Học viên nghe giới thiệu chuyên đề về chiến lược bảo vệ Tổ quốc", "em"),
            P(
                "Học viên được nghiên cứu 10 chuyên đề về quan điểm của Đảng về xây dựng nền quốc phòng toàn "
                "dân, thế trận an ninh nhân dân; nhiệm vụ bảo vệ chủ quyền biên giới, biển đảo; phòng, chống "
                "“diễn biến hòa bình” trên không gian mạng."
            ),
            P(
                "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 38% xếp loại giỏi. Đây là lớp thứ "
                "hai trong năm 2026 được tổ chức theo chương trình mới của Bộ Quốc phòng."
            ),
            Img(doc("qp-an-doi-tuong-4-2026-2.jpg"), "Bế giảng lớp bồi dưỡng", "Bế giảng lớp bồi dưỡng", "em"),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Hồ Thị Lan</em></p>'),
        ],
        authors=["Hồ Thị Lan"],
        photographers=["Hồ Thị Lan"],
        summary="145 cán bộ đối tượng 4 hoàn thành chương trình bồi dưỡng kiến thức quốc phòng và an ninh năm 2026.",
        sapo_outside=True,
        opts={"time": "08:00", "tags": ["quốc phòng an ninh"], "views": 1340, "thumb": "qp-an-doi-tuong-4-2026.jpg"},
    ),
    Story(
        12,
        S12,
        "Lễ khai giảng năm học 2026 - 2027",
        "tin-hoat-dong",
        "2026-09-25T14:30:00+07:00",
        [
            P(
                "Sáng 24/9, Trường Chính trị tỉnh Nghệ An long trọng tổ chức Lễ khai giảng năm học 2026 - "
                "2027. Năm học mới, nhà trường dự kiến mở 58 lớp với khoảng 6.500 học viên."
            ),
            P("Chủ đề năm học: “Đổi mới - Kỷ cương - Chất lượng - Hiệu quả”."),
            P("Nhiệm vụ trọng tâm:", "h3"),
            P("Hoàn thành chỉ tiêu đào tạo, bồi dưỡng được UBND tỉnh giao."),
            P("Xây dựng trường chuẩn mức 1 theo Quy định 09-QĐ/TW.", "br"),
            P("Đẩy mạnh chuyển đổi số trong quản lý đào tạo và thư viện.", "br"),
            Img(doc("khai-giang-nam-hoc-2026-2027.jpg"), "Đánh trống khai giảng năm học mới", "Đánh trống khai giảng năm học mới", "fig"),
            P(
                "Tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh đề nghị nhà trường tiếp tục đổi mới nội dung, "
                "phương pháp, gắn đào tạo với quy hoạch cán bộ của tỉnh."
            ),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Ban Truyền thông</em></p>'),
        ],
        authors=["Ban Truyền thông"],
        photographers=["Ban Truyền thông"],
        opts={"time": "14:30", "tags": ["khai giảng"], "views": 530, "thumb": "khai-giang-nam-hoc-2026-2027.jpg"},
    ),
    Story(
        13,
        S13,
        "Nâng cao chất lượng bồi dưỡng lý luận chính trị cho đảng viên mới",
        "nghien-cuu",
        "2026-09-15T09:00:00+07:00",
        [
            P(
                "Bồi dưỡng lý luận chính trị cho đảng viên mới là khâu đầu tiên trang bị cho đảng viên "
                "những hiểu biết cơ bản về Đảng, về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh."
            ),
            P(
                "Thực tế ở Nghệ An cho thấy, các Trung tâm Chính trị cấp huyện đã tổ chức tốt chương trình "
                "bồi dưỡng; năm 2025 có 4.812 đảng viên mới được bồi dưỡng, đạt 99,6%. Tuy nhiên, thời "
                "lượng chương trình ngắn, phương pháp chủ yếu là thuyết giảng, đánh giá kết quả chưa phản "
                "ánh đúng nhận thức của đảng viên."
            ),
            P(
                "Cần chú trọng lựa chọn báo cáo viên có kinh nghiệm thực tiễn, tăng cường trao đổi, đối "
                "thoại; gắn nội dung bồi dưỡng với nhiệm vụ cụ thể của chi bộ nơi đảng viên sinh hoạt."
            ),
            P(
                "Đồng thời, các cấp ủy cơ sở cần theo dõi, giúp đỡ đảng viên mới trong thời gian dự bị, "
                "coi đây là một tiêu chí đánh giá chất lượng công tác phát triển đảng viên."
            ),
            Raw('<p style="text-align: right;"><strong>Thanh Hương</strong><br><em>(Theo Báo Nghệ An)</em></p>'),
        ],
        authors=["Thanh Hương"],
        source="Báo Nghệ An",
        opts={"time": "09:00", "tags": ["đảng viên mới"], "views": 402},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
#: newest first (the stories above are written in that order)
NEWEST = sorted(STORIES, key=lambda s: s.published_at, reverse=True)
FEATURED = [BY_SLUG[S2], BY_SLUG[S4], BY_SLUG[S1]]
MOST_READ = sorted(STORIES, key=lambda s: s.opts["views"], reverse=True)[:5]


def content_path(story: Story) -> str:
    return f"/web/guest/tin-tuc/-/asset_publisher/{INST['tin-tuc']}/content/{story.slug}"


def display_path(story: Story) -> str:
    return f"/w/{story.slug}"


def redirect_href(story: Story, listing_target: str) -> str:
    """The listing's link: the content URL with ``redirect`` = the listing's current URL."""
    return content_path(story) + "?redirect=" + quote(listing_target, safe="")


def portlet_id(page: str) -> str:
    return f"{AP}_INSTANCE_{INST[page]}"


def page_target(page: str, cur: int) -> str:
    """The page iterator's URL of page ``cur`` (relative form; printed absolute)."""
    pid = portlet_id(page)
    if cur == 0:
        return f"/web/guest/{page}"
    return (
        f"/web/guest/{page}?p_p_id={pid}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&_{pid}_delta={PER_PAGE}&_{pid}_resetCur=false&_{pid}_cur={cur}"
    )


def section_stories(page: str) -> list[Story]:
    cat = SECTIONS[page][1]
    return [s for s in NEWEST if cat is None or s.cat == cat]


def pages_of(page: str) -> int:
    return max(1, -(-len(section_stories(page)) // PER_PAGE))


def listing_pages() -> list[tuple[str, list[Story]]]:
    """Every listing page that links articles with ``?redirect=``: (its current URL, its stories).

    Page 1 is reached both bare and, where there is a pager, with ``_cur=1`` ("Trang đầu");
    Liferay's redirect is the current URL, so both forms occur.
    """
    out: list[tuple[str, list[Story]]] = [(HOME, NEWEST[:PER_PAGE])]
    for page in SECTIONS:
        stories = section_stories(page)
        for cur in range(1, pages_of(page) + 1):
            chunk = stories[(cur - 1) * PER_PAGE : cur * PER_PAGE]
            if cur > 1 or pages_of(page) > 1:
                out.append((page_target(page, cur), chunk))
            if cur == 1:
                out.append((page_target(page, 0), chunk))
    return out


def related(story: Story) -> list[Story]:
    """"Các tin khác": same category, published after the story (nearest first, up to 3); the
    newest of a category shows the next two older ones."""
    same = [s for s in NEWEST if s.cat == story.cat and s is not story]
    newer = [s for s in same if s.published_at > story.published_at]
    if newer:
        return list(reversed(newer))[:3]
    return same[:2]


def _alt_paths(story: Story) -> list[str]:
    out = []
    for target, stories in listing_pages():
        if story in stories:
            out.append(redirect_href(story, target))
    if story in FEATURED:
        out.append(display_path(story))
    return out


GOLD = [
    gold_record(s, content_path(s), CATEGORIES[s.cat], alt_paths=_alt_paths(s)) for s in STORIES
]

SEARCH_TARGET = (
    f"{HOME}?p_p_id={SEARCH_P}&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
    f"&_{SEARCH_P}_mvcPath=%2Fsearch.jsp&_{SEARCH_P}_q=dao+tao"
)

NON_ARTICLES = [
    "/web/guest/gioi-thieu",
    "/web/guest/lich-hoc",
    "/web/guest/thu-vien-anh",
    "/web/guest/lien-he",
    "/web/guest/dao-tao",
    SEARCH_TARGET,
]


# --- printing -------------------------------------------------------------------------------

THEME = "/o/tct-theme"
CSS_Q = "browserId=chrome&amp;themeId=tcttheme_WAR_tcttheme&amp;minifierType=css&amp;languageId=vi_VN&amp;t=1763712000000"


def day(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def date_line(story: Story) -> str:
    return f"{day(story)} {story.opts['time']}"


def portlet(name: str, pid: str, title: str | None, body: str, extra: str = "") -> str:
    """A portlet box the way Liferay 7.4 wraps it (decorator "barebone" when untitled)."""
    deco = "portlet-decorate" if title else "portlet-barebone"
    header = ""
    if title:
        header = (
            '<div class="autofit-float autofit-row portlet-header"><div class="autofit-col '
            f'autofit-col-expand"><h2 class="portlet-title-text">{esc(title)}</h2></div>'
            '<div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div></div>'
        )
    return (
        f'<div class="portlet-boundary portlet-boundary_{name}_  portlet-static portlet-static-end '
        f'{deco} {extra}" id="p_p_id_{pid}_">\n<span id="p_{pid}"></span>\n'
        f'<section class="portlet" id="portlet_{pid}">\n<div class="portlet-content">\n{header}'
        f'<div class=" portlet-content-container"><div class="portlet-body">\n{body}\n'
        "</div></div>\n</div>\n</section>\n</div>\n"
    )


def broken_top() -> str:
    """The announcements portlet, deactivated by the administrator, on every page."""
    return portlet(
        "com_liferay_announcements_web_portlet_AnnouncementsPortlet",
        "com_liferay_announcements_web_portlet_AnnouncementsPortlet",
        "Thông báo",
        '<div class="alert alert-info">Portlet này đã tạm ngừng hoạt động.</div>',
    )


def broken_denied() -> str:
    pid = "com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_Qv3mZr8bTy1K"
    return portlet(
        "com_liferay_polls_web_portlet_PollsDisplayPortlet",
        pid,
        "Bình chọn",
        '<div class="alert alert-danger">Bạn chưa có đủ quyền truy nhập portlet này.</div>',
    )


def broken_wcd() -> str:
    pid = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_Lk9xUe2sWp7N"
    return portlet(
        "com_liferay_journal_content_web_portlet_JournalContentPortlet",
        pid,
        None,
        '<div class="alert alert-info text-center"><div>Chọn một nội dung web để hiển thị</div>'
        '<div><a href="javascript:;" class="lfr-portal-tooltip" title="Chọn">Chọn nội dung web</a></div></div>',
    )


def breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    pid = "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_br1"
    items = []
    for label, href in crumbs:
        if href:
            items.append(
                f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{href}" title="{esc(label)}">'
                f'<span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>'
            )
        else:
            items.append(
                f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(label)}</span></li>'
            )
    return portlet(
        "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet",
        pid,
        None,
        f'<nav aria-label="Breadcrumb" id="_{pid}_breadcrumbs-defaultScreen"><ol class="breadcrumb">'
        + "".join(items)
        + "</ol></nav>",
    )


def most_read(request: Request) -> str:
    items = "".join(
        f'<li class="list-group-item"><a href="{base_url(request)}{content_path(s)}">{esc(s.title)}</a>'
        f' <small class="text-muted">({s.opts["views"]} lượt xem)</small></li>'
        for s in MOST_READ
    )
    return portlet(AP, portlet_id("xem-nhieu"), "Tin xem nhiều", f'<ul class="list-group list-group-flush">{items}</ul>')


def calendar() -> str:
    cells = ['<td class="text-muted"></td>'] * 1  # December 2026 starts on a Tuesday
    for d in range(1, 32):
        cls = ' class="today bg-primary text-white"' if d == 4 else ""
        cells.append(f"<td{cls}>{d}</td>")
    while len(cells) % 7:
        cells.append("<td></td>")
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    body = (
        '<div class="calendar-portlet-mini"><div class="font-weight-bold text-center">Tháng 12/2026</div>'
        '<table class="table table-sm text-center"><thead><tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th>'
        f"<th>T6</th><th>T7</th><th>CN</th></tr></thead><tbody>{rows}</tbody></table>"
        '<div class="calendar-portlet-list"><div class="h5">Sự kiện sắp tới</div><ul class="list-unstyled">'
        "<li>10/12/2026 - Bế giảng lớp Trung cấp LLCT-HC K82 (Nghi Lộc)</li>"
        "<li>15/12/2026 - Hội nghị tổng kết công tác nghiên cứu khoa học năm 2026</li>"
        "<li>22/12/2026 - Khai giảng lớp bồi dưỡng cán bộ nữ</li></ul></div></div>"
    )
    return portlet(
        "com_liferay_calendar_web_portlet_CalendarPortlet",
        "com_liferay_calendar_web_portlet_CalendarPortlet",
        "Lịch công tác",
        body,
    )


def links_box() -> str:
    opts = [
        ("https://www.nghean.gov.vn", "Cổng Thông tin điện tử tỉnh Nghệ An"),
        ("https://hcma.vn", "Học viện Chính trị quốc gia Hồ Chí Minh"),
        ("https://tapchicongsan.org.vn", "Tạp chí Cộng sản"),
        ("https://baonghean.vn", "Báo Nghệ An"),
    ]
    options = "".join(f'<option value="{u}">{esc(t)}</option>' for u, t in opts)
    return portlet(
        "com_liferay_journal_content_web_portlet_JournalContentPortlet",
        "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lk0Links",
        "Liên kết",
        '<select class="form-control" onchange="if(this.value){window.open(this.value)}">'
        f'<option value="">-- Chọn liên kết website --</option>{options}</select>',
    )


def counter() -> str:
    return portlet(
        "com_liferay_journal_content_web_portlet_JournalContentPortlet",
        "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_cnt4Visit",
        "Thống kê truy cập",
        '<div class="visitor-counter"><p>Đang online: <strong>5</strong></p>'
        "<p>Hôm nay: <strong>437</strong></p><p>Đã truy cập: <strong>757010</strong></p></div>",
    )


MENU = [
    (HOME, "Trang chủ"),
    ("/web/guest/gioi-thieu", "Giới thiệu"),
    ("/web/guest/tin-tuc", "Tin tức"),
    ("/web/guest/dao-tao", "Đào tạo - Bồi dưỡng"),
    ("/web/guest/nghien-cuu", "Nghiên cứu - Trao đổi"),
    ("/web/guest/lich-hoc", "Lịch học"),
    ("/web/guest/thu-vien-anh", "Thư viện ảnh"),
    ("/web/guest/lien-he", "Liên hệ"),
]


def layout(request: Request, title: str, column1: str, canonical: str, active: str = "") -> str:
    base = base_url(request)
    nav = "".join(
        f'<li class="lfr-nav-item nav-item{" active selected" if href == active else ""}" role="presentation">'
        f'<a class="nav-link text-truncate" href="{base}{href}" role="menuitem"><span class="text-truncate">'
        f"{esc(label)}</span></a></li>"
        for href, label in MENU
    )
    search = (
        f'<form action="{base}{HOME}" class="form-inline" method="get" name="_{SEARCH_P}_fm">'
        f'<input name="p_p_id" type="hidden" value="{SEARCH_P}"><input name="p_p_lifecycle" type="hidden" value="0">'
        '<input name="p_p_state" type="hidden" value="maximized"><input name="p_p_mode" type="hidden" value="view">'
        f'<input name="_{SEARCH_P}_mvcPath" type="hidden" value="/search.jsp">'
        f'<div class="input-group"><input class="form-control search-query" name="_{SEARCH_P}_q" '
        'placeholder="Tìm kiếm..." type="text"><div class="input-group-append">'
        '<button class="btn btn-light" type="submit">Tìm</button></div></div></form>'
        f'<div class="search-keywords small">Từ khóa: <a href="{base}{SEARCH_TARGET.replace("&", "&amp;")}">đào tạo</a></div>'
    )
    search_box = portlet(SEARCH_P, SEARCH_P, None, search)
    column2 = most_read(request) + calendar() + links_box() + counter()
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - {esc(SITE_NAME)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link data-senna-track="temporary" href="{base}{canonical}" rel="canonical" />
<link href="{THEME}/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="{base}{THEME}/css/clay.css?{CSS_Q}" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" data-senna-track="temporary" href="{base}{THEME}/css/main.css?{CSS_Q}" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" src="/o/frontend-js-web/liferay/global.bundle.js?t=1763712000000" type="text/javascript"></script>
<script type="text/javascript">var themeDisplay = {{getLanguageId: function() {{return "vi_VN";}}, getPathThemeImages: function() {{return "{THEME}/images";}}, getScopeGroupId: function() {{return "20121";}}, getURLHome: function() {{return "{base}/web/guest";}}}};</script>
</head>
<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">
<nav aria-label="Liên kết nhanh" class="quick-access-nav" id="ssbr_quickAccessNav"><ul><li><a href="#main-content">Bỏ qua để đến Nội dung chính</a></li></ul></nav>
<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar bg-dark text-white small"><div class="container d-flex justify-content-between">
<span class="current-date">{HEADER_DATE}</span>
<a class="text-white" href="{base}/c/portal/login?p_l_id=8">Đăng nhập</a></div></div>
<div class="container d-flex align-items-center py-3">
<a class="logo custom-logo" href="{base}{HOME}" title="Đi đến {esc(SITE_NAME)}"><img alt="" height="90" src="/image/layout_set_logo?img_id=40312&amp;t=1763712000000" width="90" /></a>
<div class="site-title ml-3"><h1 class="site-name text-uppercase">{esc(SITE_NAME)}</h1>
<div class="slogan">Đào tạo, bồi dưỡng cán bộ - Nghiên cứu khoa học - Phục vụ thực tiễn</div></div>
<div class="ml-auto">{search_box}</div></div>
<nav class="navbar navbar-expand-md navbar-dark bg-primary" id="navigation" role="navigation">
<div class="container"><ul aria-label="Các trang web" class="navbar-nav" role="menubar">{nav}</ul></div></nav>
</header>
<section class="flex-fill" id="content">
<div class="container"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{column1}
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{column2}
</div></div>
</div></div></div>
</section>
<footer id="footer" role="contentinfo" class="bg-dark text-white py-4"><div class="container">
<p class="font-weight-bold text-uppercase">{esc(SITE_NAME)}</p>
<p>Địa chỉ: Số 15 đường Trường Thi, phường Trường Thi, thành phố Vinh, tỉnh Nghệ An</p>
<p>Điện thoại: 0238 3842 116 - Fax: 0238 3842 117 - Email: truongchinhtri@nghean.gov.vn</p>
<p>Chịu trách nhiệm chính: Hiệu trưởng Trường Chính trị tỉnh Nghệ An</p>
<p class="small">Powered By Liferay</p></div></footer>
</div></div>
</body></html>"""


# --- the article text ------------------------------------------------------------------------


def _img(img: Img) -> str:
    return f'<img alt="" src="{img.src.replace("&", "&amp;")}" style="width: 800px; height: 533px;" />'


def journal_text(story: Story) -> str:
    """CKEditor output of the Journal article's content field."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "fig":
                out.append(f'<figure class="image">{_img(b)}<figcaption>{esc(b.printed)}</figcaption></figure>')
            else:
                out.append(f'<p style="text-align: center;">{_img(b)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif b.style in ("li",):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style in ("th", "td"):
            head, rows = "", []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head = "<thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in cells) + "</tr></thead>"
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                f'<table class="table table-bordered">{head}<tbody>{"".join(rows)}</tbody></table>'
            )
            continue
        elif b.style == "br":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(esc(blocks[i].text))
                i += 1
            last = out.pop()
            out.append(last[: -len("</p>")] + "".join(f"<br />\n{p}" for p in parts) + "</p>")
            continue
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "h3":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        elif b.style == "j":
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        else:
            out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    text = "\n".join(out)
    if story.summary and story.sapo_outside:
        return f'<div class="sapo">{esc(story.summary)}</div>\n<div class="noi-dung">{text}</div>'
    return text


def category_label(story: Story) -> str:
    cid = CATEGORY_IDS[story.cat]
    return (
        '<div class="taglib-asset-categories-summary"><span class="asset-vocabulary">Chuyên mục:</span> '
        f'<span class="badge badge-info asset-category" data-category-id="{cid}">'
        f"{esc(CATEGORIES[story.cat])}</span></div>"
    )


def tags_line(story: Story) -> str:
    tags = "".join(
        f'<span class="badge badge-default">{esc(t)}</span> '
        for t in story.opts.get("tags", [])
    )
    return f'<div class="taglib-asset-tags-summary"><span>Từ khóa:</span> {tags}</div>'


def article_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    back = request.params.get("redirect") or "/web/guest/tin-tuc"
    pid = portlet_id("tin-tuc")
    updated = (
        f' <span class="metadata-entry metadata-modified-date">Cập nhật: {story.opts["updated"]}</span>'
        if story.opts.get("updated")
        else ""
    )
    full = f"""<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title" data-fragments-editor-item-type="fragments-editor-mapped-item">
<div class="align-items-center d-flex mb-2">
<a class="header-back-to lfr-portal-tooltip mr-2" href="{esc(back)}" title="Quay lại"><span class="lexicon-icon lexicon-icon-angle-left"></span></a>
<h2 class="component-title"><span class="asset-title d-inline">{esc(story.title)}</span></h2>
<div class="autofit-col visible-interaction ml-2"><a href="javascript:_{pid}_printPage_0();" title="In"><span class="lexicon-icon lexicon-icon-print"></span></a></div>
</div>
<div class="asset-metadata mb-2 text-secondary small"><span class="metadata-entry metadata-publish-date">Ngày đăng: {date_line(story)}</span>{updated}
<span class="metadata-entry metadata-view-count">Lượt xem: {story.opts["views"]}</span></div>
{category_label(story)}
<div class="asset-content mb-3"><div class="journal-content-article" data-analytics-asset-id="{40000 + story.id * 17}" data-analytics-asset-type="web-content">
{journal_text(story)}
</div></div>
{tags_line(story)}
</div>"""
    rel = "".join(
        f'<li class="list-group-item"><a href="{base}{content_path(s)}">{esc(s.title)}</a> '
        f'<span class="text-muted small">({day(s)})</span></li>'
        for s in related(story)
    )
    votes = 5 + story.id * 3
    stars = "".join(
        f'<button class="btn btn-unstyled rating-element" type="button" title="Xếp hạng {n} sao">'
        f'<span class="lexicon-icon lexicon-icon-star{"" if n <= 4 else "-o"}"></span></button>'
        for n in range(1, 6)
    )
    share_url = quote(base + content_path(story), safe="")
    bookmarks = (
        '<div class="taglib-social-bookmarks"><ul class="list-inline">'
        f'<li class="list-inline-item"><a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank">Facebook</a></li>'
        f'<li class="list-inline-item"><a href="https://twitter.com/intent/tweet?url={share_url}" target="_blank">X</a></li>'
        f'<li class="list-inline-item"><a href="https://www.linkedin.com/shareArticle?url={share_url}" target="_blank">LinkedIn</a></li>'
        f'<li class="list-inline-item"><a href="mailto:?subject={quote(story.title)}&amp;body={share_url}">Email</a></li>'
        '<li class="list-inline-item"><a href="javascript:window.print();">In</a></li></ul></div>'
    )
    column1 = (
        broken_top()
        + breadcrumb([("Trang chủ", f"{base}{HOME}"), ("Tin tức", f"{base}/web/guest/tin-tuc"), (story.title, None)])
        + broken_denied()
        + portlet(AP, pid, "Tin tức", full, "portlet-asset-publisher")
        + portlet(
            "com_liferay_asset_publisher_web_portlet_RelatedAssetsPortlet",
            "com_liferay_asset_publisher_web_portlet_RelatedAssetsPortlet_INSTANCE_rl5Kx",
            "Các tin khác",
            f'<ul class="list-group list-group-flush">{rel}</ul>' if rel else '<div class="alert alert-info">Không có tin liên quan.</div>',
        )
        + portlet(
            "com_liferay_ratings_web_portlet_RatingsPortlet",
            "com_liferay_ratings_web_portlet_RatingsPortlet_INSTANCE_rt2",
            "Đánh giá bài viết",
            f'<div class="taglib-ratings stars"><div class="ratings-stars">{stars}</div>'
            f'<span class="rating-label small">Trung bình (4,0) - {votes} phiếu</span></div>',
        )
        + portlet(
            "com_liferay_social_bookmarks_web_portlet_SocialBookmarksPortlet",
            "com_liferay_social_bookmarks_web_portlet_SocialBookmarksPortlet_INSTANCE_sb1",
            None,
            bookmarks,
        )
        + broken_wcd()
    )
    return html(layout(request, story.title, column1, content_path(story), "/web/guest/tin-tuc"))


def display_page(request: Request, story: Story) -> Response:
    """The content page template (fragments) of /w/<url-title>: same article, own canonical."""
    column1 = (
        broken_top()
        + '<div class="lfr-layout-structure-item-container"><div class="lfr-layout-structure-item-row row">'
        '<div class="col col-12 lfr-layout-structure-item-column">'
        f'<div class="component-heading" data-lfr-editable-id="element-text"><h2 class="component-title">{esc(story.title)}</h2></div>'
        f'<div class="component-text text-secondary"><span class="metadata-publish-date">Ngày đăng: {date_line(story)}</span></div>'
        f"{category_label(story)}"
        f'<div class="component-html" data-lfr-editable-id="content"><div class="journal-content-article">\n{journal_text(story)}\n</div></div>'
        "</div></div></div>"
        + broken_denied()
        + broken_wcd()
    )
    return html(layout(request, story.title, column1, display_path(story)))


# --- listings --------------------------------------------------------------------------------


def abstract(request: Request, story: Story, href: str) -> str:
    base = base_url(request)
    thumb = ""
    if story.opts.get("thumb"):
        thumb = (
            '<div class="asset-small-image float-left mr-3"><img alt="" class="asset-small-image img-thumbnail" '
            f'src="{doc(story.opts["thumb"]).replace("&", "&amp;")}&amp;imageThumbnail=1" width="160" /></div>'
        )
    summary = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(summary) > 180:
        summary = summary[:177].rsplit(" ", 1)[0] + "..."
    link = esc(base + href)
    return f"""<div class="asset-abstract mb-4 clearfix">
<div class="asset-metadata small text-secondary"><span class="metadata-entry metadata-publish-date">{day(story)}</span></div>
<h3 class="asset-title h5"><a href="{link}">{esc(story.title)}</a></h3>
<div class="asset-content">{thumb}<div class="asset-summary">{esc(summary)}</div>
<div class="asset-more"><a href="{link}">Xem thêm <span class="hide-accessible">về {esc(story.title)}</span> »</a></div></div>
</div>"""


def pager(request: Request, page: str, cur: int, pages: int, total: int) -> str:
    if pages <= 1:
        return ""
    base = base_url(request)

    def link(label: str, target_cur: int, enabled: bool, cls: str = "") -> str:
        if not enabled:
            return f'<li class="{cls} disabled page-item"><a class="page-link" href="javascript:;">{label}</a></li>'
        return f'<li class="{cls} page-item"><a class="page-link" href="{esc(base + page_target(page, target_cur))}">{label}</a></li>'

    menu = "".join(
        f'<li><a class="dropdown-item" href="{esc(base + page_target(page, n))}">{n}</a></li>' for n in range(1, pages + 1)
    )
    first = (cur - 1) * PER_PAGE + 1
    last = min(cur * PER_PAGE, total)
    return f"""<div class="clearfix lfr-pagination"><div class="lfr-pagination-config">
<div class="lfr-pagination-page-selector"><div class="btn-group lfr-icon-menu current-page-menu">
<a class="dropdown-toggle direction-down btn btn-secondary" href="javascript:;" title="Trang {cur} / {pages}"><span class="lfr-icon-menu-text">Trang {cur} / {pages}</span></a>
<ul class="dropdown-menu" role="menu">{menu}</ul></div></div>
<div class="lfr-pagination-delta-selector"><span class="lfr-icon-menu-text">{PER_PAGE} mục trên mỗi trang</span></div></div>
<small class="search-results">Hiển thị mục {first} - {last} của {total} kết quả.</small>
<ul class="lfr-pagination-buttons pager">
{link("Trang đầu", 1, cur > 1, "first")}{link("Trước", cur - 1, cur > 1)}{link("Tiếp", cur + 1, cur < pages)}{link("Trang cuối", pages, cur < pages, "last")}
</ul></div>"""


def section_page(request: Request, page: str) -> Response:
    base = base_url(request)
    name = SECTIONS[page][0]
    pid = portlet_id(page)
    params = request.params
    cur = 1
    explicit = params.get("p_p_id") == pid and f"_{pid}_cur" in params
    if explicit:
        try:
            cur = int(params[f"_{pid}_cur"])
        except ValueError:
            cur = 1
    stories = section_stories(page)
    pages = pages_of(page)
    chunk = stories[(cur - 1) * PER_PAGE : cur * PER_PAGE] if 1 <= cur <= pages else []
    current = page_target(page, cur if explicit else 0)
    if chunk:
        body = "\n".join(abstract(request, s, redirect_href(s, current)) for s in chunk)
    else:
        body = '<div class="alert alert-info">Không có kết quả nào được tìm thấy.</div>'
    body += pager(request, page, cur, pages, len(stories))
    column1 = (
        broken_top()
        + breadcrumb([("Trang chủ", f"{base}{HOME}"), (name, None)])
        + broken_denied()
        + portlet(AP, pid, name, body, "portlet-asset-publisher")
        + broken_wcd()
    )
    return html(layout(request, name, column1, f"/web/guest/{page}", f"/web/guest/{page}"))


def home(request: Request) -> Response:
    base = base_url(request)
    hot = "".join(
        f'<div class="col-md-4 mb-3"><div class="card"><img alt="" class="card-img-top" src="{doc(s.opts.get("thumb") or "anh-mac-dinh.jpg").replace("&", "&amp;")}" />'
        f'<div class="card-body"><h3 class="card-title h6"><a href="{base}{display_path(s)}">{esc(s.title)}</a></h3>'
        f'<p class="card-text small text-muted">{day(s)}</p></div></div></div>'
        for s in FEATURED
    )
    new = "\n".join(abstract(request, s, redirect_href(s, HOME)) for s in NEWEST[:PER_PAGE])
    new += f'<div class="text-right"><a href="{base}/web/guest/tin-tuc">Xem tất cả »</a></div>'
    column1 = (
        broken_top()
        + portlet(AP, portlet_id("noi-bat"), "Tin nổi bật", f'<div class="row">{hot}</div>', "portlet-asset-publisher")
        + broken_denied()
        + portlet(AP, portlet_id("tin-moi"), "Tin mới", new, "portlet-asset-publisher")
        + broken_wcd()
    )
    return html(layout(request, "Trang chủ", column1, HOME, HOME))


# --- non-articles ----------------------------------------------------------------------------


def wcd_page(request: Request, slug: str, name: str, content: str, title_shown: bool = True) -> Response:
    base = base_url(request)
    pid = f"com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{slug[:4]}Wcd01"
    body = f'<div class="journal-content-article">{content}</div>'
    column1 = (
        broken_top()
        + breadcrumb([("Trang chủ", f"{base}{HOME}"), (name, None)])
        + broken_denied()
        + portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet", pid, name if title_shown else None, body)
        + broken_wcd()
    )
    return html(layout(request, name, column1, f"/web/guest/{slug}", f"/web/guest/{slug}"))


GIOI_THIEU = (
    '<h2 class="text-center">Giới thiệu Trường Chính trị tỉnh Nghệ An</h2>'
    '<p style="text-align: justify;">Trường Chính trị tỉnh Nghệ An là đơn vị sự nghiệp trực thuộc Tỉnh ủy, '
    "chịu sự chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy; có chức năng tham mưu cho Tỉnh ủy, "
    "UBND tỉnh về công tác đào tạo, bồi dưỡng cán bộ, công chức, viên chức của hệ thống chính trị ở cơ sở.</p>"
    '<p style="text-align: justify;">Tiền thân của Trường là Trường Đảng tỉnh Nghệ An, thành lập năm 1949. '
    "Trải qua hơn 75 năm xây dựng và phát triển, Trường đã đào tạo, bồi dưỡng hàng trăm nghìn lượt cán bộ "
    "cho tỉnh nhà.</p>"
    "<h3>Cơ cấu tổ chức</h3><ul><li>Ban Giám hiệu: Hiệu trưởng và 03 Phó Hiệu trưởng</li>"
    "<li>Các phòng: Tổ chức - Hành chính; Quản lý đào tạo; Quản lý khoa học - Thông tin tư liệu</li>"
    "<li>Các khoa: Lý luận cơ sở; Xây dựng Đảng; Nhà nước và Pháp luật; Dân vận</li></ul>"
)

LICH_HOC = (
    "<h3>Lịch học tháng 12/2026</h3>"
    '<table class="table table-bordered"><thead><tr><th>Ngày</th><th>Lớp</th><th>Nội dung</th><th>Giảng viên</th><th>Phòng</th></tr></thead><tbody>'
    "<tr><td>07/12/2026</td><td>TC K83</td><td>Học phần II.3 - Xây dựng Đảng</td><td>ThS. Lê Thị Hồng Nhung</td><td>A201</td></tr>"
    "<tr><td>08/12/2026</td><td>TC K83</td><td>Học phần II.4 - Nhà nước và pháp luật</td><td>ThS. Đặng Văn Hùng</td><td>A201</td></tr>"
    "<tr><td>09/12/2026</td><td>CCLLCT 2026-2028</td><td>Triết học Mác - Lênin</td><td>Giảng viên Học viện KV III</td><td>Hội trường B</td></tr>"
    "<tr><td>10/12/2026</td><td>TC K82 Nghi Lộc</td><td>Bế giảng</td><td>-</td><td>TTCT Nghi Lộc</td></tr>"
    "</tbody></table><p><em>Lịch có thể thay đổi, học viên theo dõi thông báo của Phòng Quản lý đào tạo.</em></p>"
)

LIEN_HE = (
    "<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH NGHỆ AN</strong></p>"
    "<p>Địa chỉ: Số 15 đường Trường Thi, phường Trường Thi, thành phố Vinh, tỉnh Nghệ An</p>"
    "<p>Điện thoại: 0238 3842 116 - Email: truongchinhtri@nghean.gov.vn</p>"
    '<form action="/web/guest/lien-he" method="post" class="form"><input class="form-control" name="hoTen" placeholder="Họ và tên">'
    '<textarea class="form-control" name="noiDung"></textarea><button class="btn btn-primary" type="submit">Gửi</button></form>'
)

GALLERY = [
    ("hoi-thi-gvdg-2026-1.jpg", "Hội thi giảng viên dạy giỏi 2026"),
    ("khai-giang-cao-cap-2026.jpg", "Khai giảng lớp Cao cấp LLCT"),
    ("ky-niem-20-11-2026.jpg", "Kỷ niệm Ngày Nhà giáo Việt Nam"),
    ("khai-giang-nam-hoc-2026-2027.jpg", "Khai giảng năm học 2026 - 2027"),
    ("toan-canh-truong.jpg", "Toàn cảnh Trường"),
    ("thu-vien-truong.jpg", "Thư viện"),
]


def gallery_page(request: Request) -> Response:
    base = base_url(request)
    pid = "com_liferay_document_library_web_portlet_IGDisplayPortlet_INSTANCE_Ga11ry"
    cards = "".join(
        f'<div class="col-md-4 mb-3"><div class="card card-type-asset image-card"><div class="aspect-ratio aspect-ratio-4-to-3">'
        f'<a class="image-link" data-title="{esc(t)}" href="{doc(f, 41600).replace("&", "&amp;")}"><img alt="{esc(t)}" class="aspect-ratio-item-center-middle" src="{doc(f, 41600).replace("&", "&amp;")}&amp;imageThumbnail=1" /></a></div>'
        f'<div class="card-body"><div class="card-title text-truncate" title="{esc(t)}">{esc(t)}</div></div></div></div>'
        for f, t in GALLERY
    )
    column1 = (
        broken_top()
        + breadcrumb([("Trang chủ", f"{base}{HOME}"), ("Thư viện ảnh", None)])
        + broken_denied()
        + portlet("com_liferay_document_library_web_portlet_IGDisplayPortlet", pid, "Thư viện ảnh", f'<div class="row">{cards}</div>')
        + broken_wcd()
    )
    return html(layout(request, "Thư viện ảnh", column1, "/web/guest/thu-vien-anh", "/web/guest/thu-vien-anh"))


def _fold(text: str) -> str:
    s = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    return "".join(c for c in s if not unicodedata.combining(c))


def search_page(request: Request, q: str) -> Response:
    base = base_url(request)
    words = _fold(q).split()
    hits = [s for s in NEWEST if all(w in _fold(s.title + " " + " ".join(p.text for p in s.blocks if isinstance(p, P))) for w in words)]
    items = "".join(
        f'<li class="list-group-item"><h4 class="h6"><a href="{base}{content_path(s)}">{esc(s.title)}</a></h4>'
        f'<div class="small text-secondary">Nội dung web · {day(s)}</div>'
        f'<p class="search-document-content text-default">{esc(next(b.text for b in s.blocks if isinstance(b, P))[:160])}...</p></li>'
        for s in hits
    )
    body = (
        f'<div class="search-total-label">{len(hits)} kết quả cho <strong>{esc(q)}</strong></div>'
        f'<ul class="list-group search-results">{items}</ul>'
    )
    column1 = (
        broken_top()
        + broken_denied()
        + portlet(SEARCH_P, SEARCH_P, "Tìm kiếm", body)
        + broken_wcd()
    )
    return html(layout(request, "Tìm kiếm", column1, HOME))


def login_page(request: Request) -> Response:
    body = (
        '<form action="/web/guest/trang-chu?p_p_id=com_liferay_login_web_portlet_LoginPortlet&amp;p_p_lifecycle=1" method="post">'
        '<input class="form-control" name="_com_liferay_login_web_portlet_LoginPortlet_login" placeholder="Địa chỉ email">'
        '<input class="form-control" name="_com_liferay_login_web_portlet_LoginPortlet_password" type="password">'
        '<button class="btn btn-primary" type="submit">Đăng nhập</button></form>'
    )
    column1 = portlet("com_liferay_login_web_portlet_LoginPortlet", "com_liferay_login_web_portlet_LoginPortlet", "Đăng nhập", body)
    return html(layout(request, "Đăng nhập", column1, "/c/portal/login"))


# --- routing ---------------------------------------------------------------------------------

CONTENT_RE = re.compile(r"/web/guest/tin-tuc/-/asset_publisher/([A-Za-z0-9]+)/content/([a-z0-9-]+)")


class LiferaySite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/documents/") or path.startswith("/image/"):
            ctype = "image/png" if path.startswith("/image/") else "image/jpeg"
            return static_file("x.png" if ctype == "image/png" else "x.jpg")
        if path.startswith(("/o/", "/combo")):
            return static_file(path)
        params = request.params
        if params.get("p_p_id") == SEARCH_P and f"_{SEARCH_P}_q" in params:
            return search_page(request, params[f"_{SEARCH_P}_q"])
        if path in ("/", "/web/guest", HOME):
            return home(request)
        if m := CONTENT_RE.fullmatch(path):
            story = BY_SLUG.get(m.group(2))
            if story is None or m.group(1) != INST["tin-tuc"]:
                return None
            return article_page(request, story)
        if path.startswith("/w/") and path[3:] in BY_SLUG:
            return display_page(request, BY_SLUG[path[3:]])
        if path.startswith("/web/guest/") and path[11:] in SECTIONS:
            return section_page(request, path[11:])
        if path == "/web/guest/gioi-thieu":
            return wcd_page(request, "gioi-thieu", "Giới thiệu", GIOI_THIEU, title_shown=False)
        if path == "/web/guest/lich-hoc":
            return wcd_page(request, "lich-hoc", "Lịch học", LICH_HOC)
        if path == "/web/guest/lien-he":
            return wcd_page(request, "lien-he", "Liên hệ", LIEN_HE)
        if path == "/web/guest/thu-vien-anh":
            return gallery_page(request)
        if path == "/c/portal/login":
            return login_page(request)
        return None


def build_site() -> LiferaySite:
    return LiferaySite()
