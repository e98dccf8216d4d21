"""Phòng Giáo dục và Đào tạo huyện Đông Anh (Hà Nội) on Liferay DXP 7.1 with a vendor theme.

Platform
--------
Liferay DXP 7.1, site ``/web/pgd-donganh`` (group 20143). News are Web Content (journal) articles
of a vendor structure "Tin bài PGD" rendered by a FreeMarker template; pages show them through
Asset Publisher (AP) portlets filtered by category, a Tags Cloud portlet leads to a tag-filtered AP,
the home page has Web Content Display (WCD) portlets, a search bar portlet, and articles have a
7.1 display page template (fragments) at ``/web/pgd-donganh/-/<url-title>``. Portlets are wrapped
as 7.1 does (``portlet-boundary_…``, ``p_p_id_…_INSTANCE_<id>_``, ``portlet-title-text``), the
vendor decorator ``khung-pgd`` shows every portlet's title bar.

URL scheme
----------
- ``/`` -> 302 ``/web/pgd-donganh``; ``/web/pgd-donganh`` and ``/web/pgd-donganh/trang-chu``: home.
- Category pages ``/web/pgd-donganh/{tin-tuc-su-kien,hoat-dong-chuyen-mon,thong-bao}``, AP paging
  with Liferay's render parameters ``?p_p_id=…AssetPublisherPortlet_INSTANCE_<id>&p_p_lifecycle=0
  &p_p_state=normal&p_p_mode=view&_…_delta=4&p_r_p_resetCur=false&_…_cur=2``. "Tin tức - Sự kiện"
  uses the *simple* pager ("← Trước / Tiếp theo →", delta 4), "Hoạt động chuyên môn" the lexicon
  pager (1, 2, arrows, "Hiển thị 1 - 3 trong số 4 kết quả.", delta 3), "Thông báo" fits one page.
- AP content view: ``/web/pgd-donganh/<page>/-/asset_publisher/<instanceId>/content/<url-title>
  ?inheritRedirect=false&redirect=<the listing, URL-encoded>``; print view: the same path with
  ``?p_p_state=pop_up&_…_INSTANCE_<id>_viewMode=print`` (only inside a ``javascript:`` link's script).
- Display page (canonical of every article): ``/web/pgd-donganh/-/<url-title>``.
- Tag pages: ``/web/pgd-donganh/tu-khoa/-/asset_publisher/Tg5HsW0qYe2L/tag/<tag>`` (tag name
  URL-encoded, spaces as "+"), ``/web/pgd-donganh/tu-khoa`` just asks to pick a tag.
- D&M entry in the notices AP: ``/web/pgd-donganh/thong-bao/-/asset_publisher/Tb8RvN2cLs0e/
  document/id/41877?…``; files ``/documents/20143/<folder>/<file>/<uuid>?t=…``; structure
  images ``/image/journal/article?img_id=…&t=…``; search ``/web/pgd-donganh/tim-kiem?q=…``;
  ``/c/portal/login``; intro, organisation, contact, documents, photo album pages.

Page templates
--------------
Home: WCD "Tiêu điểm" (hand-written banner), WCD "Thông báo mới" (a notice's whole text), AP
"Tin mới" (5 latest abstracts, links to display pages). Category page: AP abstracts (``asset-title``,
``asset-summary`` with thumbnail, "Đọc thêm<span class=hide-accessible> về …</span> »",
``asset-metadata`` date dd/MM/yy + views) and pager. AP content view: back link, ``h3.header-title
> span.asset-title``, asset-metadata (CMS user avatar, Ngày tạo / Ngày hiển thị / Ngày sửa đổi,
Chuyên mục, Thẻ, views), tool bar (print, permalink, Facebook, Zalo), then ``asset-content >
journal-content-article > div.ctt-baiviet`` (the template: date line, labelled structure fields,
bold description, structure image, ``div.ctt-noidung`` rich text), then "Nội dung liên quan",
ratings, discussion, "Các tin khác". Display page: fragments (h1 title, "Chuyên mục | Ngày đăng |
Lượt xem" line, the same journal template, tags, share, related, "Các tin khác"). Sidebar
everywhere: search bar, "Thông báo" title list, "Tin đọc nhiều", tag cloud, web links, counter.

How the gold articles are reached
---------------------------------
- Tin tức - Sự kiện (6): 1-4 on page 1 of the category AP (1, 2, 3 also in the home AP "Tin
  mới", 1 and 2 on tag pages, 2 and 3 in "Tin đọc nhiều", 3 in the home banner under its old
  url-title); **5 and 6 only via page 2** (``_cur=2``) of that AP.
- Hoạt động chuyên môn (4): 7-9 on page 1 (7 and 8 in "Tin mới", 7 in the banner, 7 and 9 on
  tag pages, 9 in "Tin đọc nhiều"); **10 only via page 2**.
- Thông báo (3): 11-13 on the notices page and in the sidebar's notice list on every page; 11's
  whole text is also on the home page (WCD).
Each content view links the display page ("Liên kết cố định"), and prints it as canonical.

Traps
-----
1. *WCD with a whole article on the home page.* The latest notice (11) is printed in full, with
   its letterhead, in the home page's "Thông báo mới" WCD. Gold: the home page is not an article;
   notice 11 is taken from its own page (display page, canonical).
2. *One article, many URLs (Asset Publisher instances).* Each article is served by its display page
   and by the content view of every AP that lists it (category AP, tag AP), with a
   ``redirect`` naming the listing (page 1 or page 2) it came from, by the same paths without a
   query, and by a print view only named in a ``javascript:`` link's script. Gold: path =
   canonical = the display page ``/-/<url-title>``; every other variant is in ``alt_paths``.
3. *Display page breadcrumb is the template's, not the section's.* On ``/-/<url-title>`` the
   breadcrumb reads "Trang chủ › Chi tiết tin" (the display page), the menu highlights nothing;
   the section is only on the fragment line "Chuyên mục: …" (and in the AP views' breadcrumb and
   metadata). Gold ``category`` = that section name ("Tin tức - Sự kiện", …), never "Chi tiết tin".
4. *The notices AP mixes asset types.* A Documents & Media file entry ("Quyết định số
   389/QĐ-PGDĐT …") sits between the notices with identical abstract markup; its URL has
   ``/document/id/41877`` instead of ``/content/<url-title>``. Gold: a NON_ARTICLE.
5. *Three dates around the headline, two-digit years.* The AP view's metadata prints "Ngày tạo
   dd/MM/yy" (the draft, often the day before) first, then "Ngày hiển thị" (publication) and
   "Ngày sửa đổi" (later). Articles whose template prints no date line (4, 6, 8, 11, 13) carry only
   these and the display page's "Ngày đăng: dd/MM/yyyy". Gold = the display date (day only
   when no time is printed: 4 -> "2026-11-12"), never the creation or modification date; a date
   in the text ("Ngày 11/11/2026, Đoàn …") is not the publication date either.
6. *Renamed article, old url-title.* Article 3 was retitled after publishing; the hand-written home
   banner still links its old url-title (``/-/ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11``, 301
   to the new one) under the old headline "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11". Gold:
   the current headline printed on the article page; the old URL is in ``alt_paths``.
7. *url-titles keep Vietnamese letters.* Liferay 7.x's friendly-URL normaliser kept the letters
   of two titles (5, 7): listings print them raw in ``href`` (UTF-8), the permalink, "Các tin
   khác" and the canonical print them percent-encoded. Gold paths are the percent-encoded
   (upper-case hex) form; lower-case hex is served too.
8. *Structure fields above the text.* Article 2's template prints "Tác giả: Minh Khôi" and
   "Nguồn tin: Báo Hà Nội Mới" as labelled fields between the date line and the lead, not as a
   closing byline/source line. Gold: authors ["Minh Khôi"], source "Báo Hà Nội Mới"; the fields are
   not body.
9. *The CMS account in the metadata looks like a person.* The AP view's ``metadata-author`` shows
   the avatar and display name of the account that entered the article ("Văn thư Phòng GD",
   "Quản trị PGD Đông Anh"). Gold: never an author; the author is the byline in the text.
10. *Portal chrome around the text.* The page's ``<h1>`` is the site name (UBND HUYỆN ĐÔNG ANH /
   PHÒNG GIÁO DỤC …) on AP views, the portlet title bar ``<h2>`` repeats the section name above
   the ``<h3>`` headline, and inside the same portlet body after the text come "Nội dung liên
   quan", star ratings ("Đánh giá trung bình … (n Phiếu)"), the discussion ("0 Bình luận / Hãy là
   người đầu tiên bình luận.") and "Các tin khác". Gold: title = the asset title; none of those is
   body.
11. *Images from Documents & Media and the structure's image field.* Photos are
   ``/documents/20143/<folder>/<name>.jpg/<uuid>?t=<ms>`` (the path ends in a uuid, not ".jpg");
   article 3's photo is the structure's image field ``/image/journal/article?img_id=41377&t=…``,
   printed by the template before the rich text with its line in ``p.ctt-mota-anh``. Listing
   thumbnails (``&imageThumbnail=1``, ``&type=thumbnail``) and avatars are not article images.
   Gold image paths keep the query as printed.
12. *Caption above the photo.* In article 7 the editor typed the caption line *above* the photo
   (``<p><em>…</em></p>`` then the ``<img alt="IMG_20261203_142233.jpg">``); the paragraph after
   the photo is text. Gold caption = the line above; the file-name alt is no caption.
13. *Vietnamese 12-hour clock.* Articles 2 and 7 print "Đăng lúc 9:10 SA, ngày 02/12/2026" /
   "Đăng lúc 2:30 CH, ngày 03/12/2026" (SA = a.m., CH = p.m.). Gold: 09:10 and 14:30 (+07:00).
14. *Listing text is not the lead.* The abstract prints the article's description, or, without
   one, the content cut at ~200 characters: notice 11's abstract starts with its letterhead
   ("UBND HUYỆN ĐÔNG ANH PHÒNG GIÁO DỤC …"). Gold summary comes from the article page only.
15. (README kinds, kept for coverage) notice 11 is an official document (letterhead table, "Số:",
   "THÔNG BÁO / Về việc …", "Nơi nhận" and signer in a closing table): body = its numbered
   sections and paragraphs, date = the letterhead's day "2026-11-30" (the page's display date is
   01/12), author = signer "Lê Thị Thu Hà"; ``<br>``-split "- " lines (7); a bold lead
   paragraph as sapo (9); a file-attachment line "Tải về: …" (12); "Tin: X - Ảnh: Y" (8); "Ảnh: X"
   as the only photo line (4); "ThS. … - Phó Trưởng phòng" (4); units signing alone (5, 7, 9, 10,
   13).

Gold decisions on ambiguous points
----------------------------------
- ``path`` and ``canonical_path`` are the display page URL (what every view prints as canonical);
  ``alt_paths`` holds the AP content views as linked (with ``inheritRedirect``/``redirect``), the
  same paths without query, the print view, and article 3's old url-title (a 301).
- Article 2's description is printed by the template in ``div.ctt-tomtat`` as a bold lead: it is
  the summary and the body's first paragraph. Articles without such an element or a bold first
  paragraph have summary null (the listing's text and meta description do not count).
- Notice 11's title line "THÔNG BÁO / Về việc …" is the document's kind and subject, not body;
  its headline is the web content's title as printed in the page's title element (h1/h3).
- Notice 13 is signed, right-aligned, by "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐÔNG ANH": a unit signing
  alone, the author as printed (capitals kept).
- Table rows (article 8's exam calendar) are paragraphs, cells joined by " | "; the header row too.
- List items are paragraphs; a bold line before a list ("… 9 môn thi đấu:") is a paragraph.
- A structure image's line under it (article 3) is its caption; a photo with no line (9) has
  caption None.
- Categories: "Tin tức - Sự kiện", "Hoạt động chuyên môn", "Thông báo" (menu and AP-view
  breadcrumb spelling).
- NON_ARTICLES: intro, organisation, contact, documents list, photo album, the D&M file entry.
  Listings, tag pages, the search page and the login page are neither articles nor listed.
"""

from __future__ import annotations

import datetime as _dt
from urllib.parse import quote, unquote, unquote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "liferay71_wcd_tags_pgd"
PLATFORM = "Liferay DXP 7.1 (Asset Publisher + Web Content Display, display page templates)"
START_PATH = "/"

SITE = "/web/pgd-donganh"
SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Đông Anh"
SHORT_NAME = "Phòng GD&ĐT Đông Anh"
GROUP_ID = 20143
HEADER_DAY = "Thứ Bảy, 05/12/2026"
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
WCD = "com_liferay_journal_content_web_portlet_JournalContentPortlet"
TAGS_NAV = "com_liferay_asset_tags_navigation_web_portlet_AssetTagsCloudPortlet"
SEARCH_BAR = "com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet"
BREADCRUMB = "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet"
THEME = "/o/pgd-donganh-theme"
STAMP = "1764300000000"

TIN_TUC = "Tin tức - Sự kiện"
CHUYEN_MON = "Hoạt động chuyên môn"
THONG_BAO = "Thông báo"

# page friendly URL -> (name, main Asset Publisher instance id, delta, pager type, plid)
CATEGORY_PAGES = {
    "tin-tuc-su-kien": (TIN_TUC, "Kx7pQ2mZr9Ab", 4, "simple", 20151),
    "hoat-dong-chuyen-mon": (CHUYEN_MON, "Hd2LkP8sWq4Z", 3, "regular", 20153),
    "thong-bao": (THONG_BAO, "Tb8RvN2cLs0e", 5, "regular", 20155),
}
CAT_PAGE = {v[0]: k for k, v in CATEGORY_PAGES.items()}
CAT_IDS = {TIN_TUC: 41002, CHUYEN_MON: 41005, THONG_BAO: 41008}
HOME_AP = "Wq3kDx7PzB1m"
HOME_TB_AP = "Nc4TbH1uVz8K"
TAG_PAGE = "tu-khoa"
TAG_AP = "Tg5HsW0qYe2L"

TAGS = {
    "chuyển đổi số": [2, 9],
    "stem": [7],
    "hội khỏe phù đổng": [1],
}


def _doc(folder: int, name: str, uuid: str, t: str = "1764800000000") -> str:
    """A Documents & Media URL as Liferay 7.1 prints it: the path ends in the file's uuid."""
    return f"/documents/{GROUP_ID}/{folder}/{quote(name)}/{uuid}?t={t}"


# --- the articles ----------------------------------------------------------------------------

S1 = Story(
    1,
    "khai-mac-hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027",
    "Khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027",
    TIN_TUC,
    "2026-12-04T15:45:00+07:00",
    [
        P(
            "Chiều 04/12, tại Trung tâm Văn hóa - Thể thao huyện Đông Anh, Phòng Giáo dục và Đào tạo "
            "phối hợp với Phòng Văn hóa và Thông tin huyện long trọng tổ chức Lễ khai mạc Hội khỏe Phù "
            "Đổng cấp huyện năm học 2026 - 2027. Hội khỏe năm nay thu hút hơn 1.800 vận động viên là "
            "học sinh tiểu học và trung học cơ sở đến từ 24 xã, thị trấn."
        ),
        Img(
            _doc(41205, "khai-mac-hkpd-1.jpg", "2b1f9c3e-5d7a-4e8b-9f10-3c2a1b4d5e6f"),
            "Các đoàn vận động viên diễu hành qua lễ đài tại Lễ khai mạc",
            "Các đoàn vận động viên diễu hành qua lễ đài tại Lễ khai mạc",
            "table",
        ),
        P(
            "Dự lễ khai mạc có đồng chí Nguyễn Quang Huy, Phó Chủ tịch UBND huyện; đại diện lãnh đạo "
            "các phòng, ban, ngành của huyện; Ban giám hiệu các nhà trường cùng đông đảo thầy cô giáo, "
            "cha mẹ học sinh và các em học sinh."
        ),
        P(
            "Phát biểu khai mạc, đồng chí Phạm Thị Minh Nguyệt, Trưởng phòng Giáo dục và Đào tạo nhấn "
            "mạnh Hội khỏe Phù Đổng là hoạt động thường niên nhằm đẩy mạnh phong trào rèn luyện thân "
            "thể theo gương Bác Hồ vĩ đại, đồng thời là dịp để phát hiện, tuyển chọn những vận động viên "
            "có năng khiếu tham dự Hội khỏe Phù Đổng thành phố Hà Nội."
        ),
        P("Trong khuôn khổ Hội khỏe, các vận động viên sẽ tranh tài ở 9 môn thi đấu:", "strong"),
        P("Điền kinh, bơi lội, cờ vua, bóng bàn, cầu lông;", "li"),
        P("Bóng đá nam, bóng chuyền, đá cầu;", "li"),
        P("Môn thể thao dân tộc: kéo co.", "li"),
        Img(
            _doc(41205, "khai-mac-hkpd-2.jpg", "7c0d4e21-aa3b-4f5c-8d6e-0b9a8c7d6e5f"),
            "Màn đồng diễn thể dục nhịp điệu của học sinh Trường Tiểu học Thị trấn Đông Anh",
            "Màn đồng diễn thể dục nhịp điệu của học sinh Trường Tiểu học Thị trấn Đông Anh",
            "table",
        ),
        P(
            "Ngay sau lễ khai mạc, các trận đấu vòng loại môn bóng đá nam và đá cầu đã diễn ra sôi nổi. "
            "Hội khỏe dự kiến kéo dài đến hết ngày 13/12/2026, lễ bế mạc và trao giải sẽ được tổ chức "
            "tại Trường THCS Nguyên Khê."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thu Trang</strong></p>'),
    ],
    authors=["Nguyễn Thu Trang"],
    photographers=["Nguyễn Thu Trang"],
    summary=None,
    opts={
        "date_style": "full",
        "disp": "2026-12-04 15:45",
        "created": "2026-12-04 15:12",
        "modified": "2026-12-05 08:03",
        "cms_user": "Văn thư Phòng GD",
        "desc": "Hơn 1.800 vận động viên học sinh tiểu học và THCS của 24 xã, thị trấn tranh tài ở 9 môn thi đấu.",
        "thumb": "khai-mac-hkpd-1.jpg",
    },
)

S2 = Story(
    2,
    "hoi-nghi-chuyen-doi-so-trong-quan-ly-day-hoc-tai-cac-truong-thcs",
    "Hội nghị chuyển đổi số trong quản lý, dạy học tại các trường THCS",
    TIN_TUC,
    "2026-12-02T09:10:00+07:00",
    [
        P(
            "Sáng 01/12, Phòng Giáo dục và Đào tạo huyện Đông Anh tổ chức Hội nghị chuyển đổi số trong "
            "quản lý, dạy học tại các trường THCS năm học 2026 - 2027 với sự tham dự của hiệu trưởng, "
            "phó hiệu trưởng và cán bộ phụ trách công nghệ thông tin của 25 trường THCS trên địa bàn."
        ),
        Img(
            _doc(41210, "hoi-nghi-cds.jpg", "3e4f5a6b-1c2d-4e3f-8a9b-0c1d2e3f4a5b"),
            "(Toàn cảnh Hội nghị chuyển đổi số)",
            "Toàn cảnh Hội nghị chuyển đổi số",
            "center",
        ),
        P(
            "Theo báo cáo tại hội nghị, 100% trường THCS của huyện đã sử dụng sổ điểm điện tử, học bạ "
            "số và hệ thống quản lý trường học trực tuyến; 92% giáo viên đã được cấp tài khoản và sử "
            "dụng thành thạo kho học liệu số dùng chung của ngành."
        ),
        P(
            "Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn như hạ tầng mạng ở "
            "một số điểm trường còn chập chờn, thiết bị trình chiếu xuống cấp, kỹ năng khai thác dữ "
            "liệu phục vụ quản trị nhà trường của một bộ phận cán bộ quản lý còn hạn chế."
        ),
        P("Các nhiệm vụ trọng tâm trong thời gian tới", "h"),
        P(
            "Hoàn thiện cơ sở dữ liệu ngành, đồng bộ dữ liệu học sinh, giáo viên lên hệ thống của Sở "
            "trước ngày 31/12/2026; triển khai thanh toán không dùng tiền mặt đối với 100% khoản thu."
        ),
        P(
            "Mỗi trường xây dựng ít nhất 20 bài giảng điện tử đạt yêu cầu, đóng góp vào kho bài giảng "
            "e-learning của huyện; tổ chức chuyên đề ứng dụng trí tuệ nhân tạo hỗ trợ đổi mới phương "
            "pháp dạy học."
        ),
        P(
            "Kết luận hội nghị, đồng chí Trưởng phòng đề nghị các nhà trường coi chuyển đổi số là nhiệm "
            "vụ thường xuyên, gắn với trách nhiệm của người đứng đầu và đưa kết quả thực hiện vào tiêu "
            "chí thi đua cuối năm học."
        ),
    ],
    authors=["Minh Khôi"],
    source="Báo Hà Nội Mới",
    summary=(
        "Hội nghị nhằm đánh giá kết quả triển khai chuyển đổi số và thống nhất các nhiệm vụ trọng "
        "tâm trong quản lý, dạy học ở cấp THCS năm học 2026 - 2027."
    ),
    sapo_outside=True,
    opts={
        "date_style": "ampm",
        "disp": "2026-12-02 09:10",
        "created": "2026-12-01 17:40",
        "modified": "2026-12-02 10:02",
        "cms_user": "Quản trị PGD Đông Anh",
        "fields": [("Tác giả", "Minh Khôi"), ("Nguồn tin", "Báo Hà Nội Mới")],
        "thumb": "hoi-nghi-cds.jpg",
    },
)

S3 = Story(
    3,
    "dong-anh-ton-vinh-112-nha-giao-tieu-bieu-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Đông Anh tôn vinh 112 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
    TIN_TUC,
    "2026-11-19T10:00:00+07:00",
    [
        Img(
            "/image/journal/article?img_id=41377&t=1763520000000",
            "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
            "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
            "hero",
        ),
        P(
            "Sáng 19/11, UBND huyện Đông Anh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và tuyên dương 112 nhà giáo tiêu biểu có thành tích xuất sắc "
            "trong sự nghiệp trồng người."
        ),
        P(
            "Ôn lại truyền thống vẻ vang của ngành, đại diện lãnh đạo Phòng Giáo dục và Đào tạo cho "
            "biết năm học 2025 - 2026, giáo dục Đông Anh tiếp tục giữ vững vị trí trong tốp đầu thành "
            "phố: 46 học sinh đạt giải học sinh giỏi cấp thành phố, tỷ lệ trường đạt chuẩn quốc gia "
            "đạt 89,7%, điểm trung bình thi vào lớp 10 đứng thứ ba toàn thành phố."
        ),
        P(
            "“Mỗi thầy cô hôm nay được tuyên dương là một tấm gương về lòng yêu nghề, "
            "sự tận tụy và tinh thần không ngừng đổi mới”, đồng chí Chủ tịch UBND huyện phát biểu.",
            "quote",
        ),
        P(
            "Dịp này, Quỹ Khuyến học huyện cũng trao 120 suất học bổng, mỗi suất trị giá 2 triệu đồng "
            "cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
        ),
    ],
    opts={
        "date_style": "full",
        "disp": "2026-11-19 10:00",
        "created": "2026-11-18 16:30",
        "modified": "2026-11-20 07:45",
        "cms_user": "Văn thư Phòng GD",
        "old_slug": "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "old_title": "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "desc": "UBND huyện tuyên dương 112 nhà giáo tiêu biểu và trao 120 suất học bổng cho học sinh khó khăn.",
        "thumb": "nha-giao-thumb.jpg",
    },
)

S4 = Story(
    4,
    "doan-cong-tac-so-gd-dt-ha-noi-kiem-tra-cong-tac-dau-nam-hoc-tai-dong-anh",
    "Đoàn công tác Sở GD&ĐT Hà Nội kiểm tra công tác đầu năm học tại Đông Anh",
    TIN_TUC,
    "2026-11-12",
    [
        P(
            "Ngày 11/11/2026, Đoàn công tác của Sở Giáo dục và Đào tạo Hà Nội do đồng chí Phó Giám đốc "
            "Sở làm trưởng đoàn đã có buổi làm việc với Phòng Giáo dục và Đào tạo huyện Đông Anh về "
            "công tác chuẩn bị và triển khai nhiệm vụ năm học 2026 - 2027."
        ),
        P(
            "Đoàn đã kiểm tra thực tế tại Trường Mầm non Hoa Sen, Trường Tiểu học Liên Hà và Trường THCS "
            "Vân Nội, tập trung vào các nội dung: cơ sở vật chất, bố trí đội ngũ, thực hiện chương trình "
            "giáo dục phổ thông 2018, công tác bán trú và bảo đảm an toàn thực phẩm."
        ),
        Img(
            _doc(41220, "doan-so-kiem-tra.jpg", "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d"),
            "Ảnh: Lê Hoàng",
            None,
            "center",
        ),
        P(
            "Đánh giá chung, đoàn ghi nhận huyện Đông Anh đã chủ động chuẩn bị tốt các điều kiện cho năm "
            "học mới; các trường khang trang, sạch đẹp; đội ngũ giáo viên cơ bản đủ về số lượng theo "
            "định mức."
        ),
        P(
            "Đoàn cũng lưu ý Phòng Giáo dục và Đào tạo cần tiếp tục tham mưu UBND huyện giải quyết tình "
            "trạng sĩ số lớp đông ở một số trường tiểu học khu vực thị trấn, đẩy nhanh tiến độ xây dựng "
            "Trường THCS Võng La mới."
        ),
        Raw('<p style="text-align: right;"><em><strong>ThS. Đào Văn Bình</strong> - Phó Trưởng phòng</em></p>'),
    ],
    authors=["Đào Văn Bình"],
    photographers=["Lê Hoàng"],
    opts={
        "date_style": "none",
        "disp": "2026-11-12 00:00",
        "created": "2026-11-11 21:05",
        "modified": "2026-11-12 09:30",
        "cms_user": "Quản trị PGD Đông Anh",
        "desc": "Đoàn kiểm tra thực tế tại 3 trường Mầm non Hoa Sen, Tiểu học Liên Hà và THCS Vân Nội.",
        "thumb": "doan-so-kiem-tra.jpg",
    },
)

S5 = Story(
    5,
    "trường-tiểu-học-uy-nỗ-đón-bằng-công-nhận-đạt-chuẩn-quốc-gia-mức-độ-2",
    "Trường Tiểu học Uy Nỗ đón Bằng công nhận đạt chuẩn quốc gia mức độ 2",
    TIN_TUC,
    "2026-10-22T08:00:00+07:00",
    [
        P(
            "Ngày 21/10/2026, Trường Tiểu học Uy Nỗ long trọng tổ chức Lễ đón Bằng công nhận trường đạt "
            "chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3."
        ),
        P(
            "Trải qua hơn 60 năm xây dựng và phát triển, từ những lớp học tranh tre nứa lá, đến nay nhà "
            "trường đã có khu phòng học 4 tầng với 36 phòng học, đầy đủ phòng bộ môn, thư viện xanh và "
            "sân chơi đa năng."
        ),
        P(
            "Năm học vừa qua, nhà trường có 98,6% học sinh hoàn thành chương trình lớp học, 27 học sinh "
            "đạt giải trong các cuộc thi cấp huyện, cấp thành phố; tập thể nhà trường được UBND thành "
            "phố tặng Cờ thi đua xuất sắc."
        ),
        Img(
            _doc(41230, "uy-no-chuan-qg.jpg", "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f"),
            "Thầy và trò nhà trường đón nhận Bằng công nhận",
            "Thầy và trò nhà trường đón nhận Bằng công nhận",
            "table",
        ),
        P(
            "Phát biểu tại buổi lễ, đại diện Phòng Giáo dục và Đào tạo đề nghị nhà trường tiếp tục duy "
            "trì, nâng cao các tiêu chuẩn đã đạt, phấn đấu trở thành trường chất lượng cao của huyện "
            "trong giai đoạn 2026 - 2030."
        ),
        Raw('<p style="text-align: right;"><strong>Trường Tiểu học Uy Nỗ</strong></p>'),
    ],
    authors=["Trường Tiểu học Uy Nỗ"],
    opts={
        "date_style": "full",
        "disp": "2026-10-22 08:00",
        "created": "2026-10-21 20:14",
        "modified": "2026-10-22 08:20",
        "cms_user": "Văn thư Phòng GD",
        "desc": "Nhà trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.",
        "thumb": "uy-no-chuan-qg.jpg",
    },
)

S6 = Story(
    6,
    "huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
    "Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    TIN_TUC,
    "2026-10-09",
    [
        P(
            "Thực hiện Kế hoạch của UBND huyện, từ ngày 01/10 đến ngày 07/10/2026, ngành Giáo dục và "
            "Đào tạo Đông Anh đã tổ chức nhiều hoạt động hưởng ứng Tuần lễ học tập suốt đời với chủ đề "
            "“Chuyển đổi số trong học tập suốt đời”."
        ),
        P(
            "Tại các nhà trường, thư viện được mở cửa cả ngày thứ Bảy để phục vụ học sinh và phụ huynh; "
            "nhiều trường tổ chức ngày hội đọc sách, giới thiệu sách mới, thi kể chuyện theo sách."
        ),
        P(
            "Các Trung tâm học tập cộng đồng ở 24 xã, thị trấn phối hợp với các trường THCS mở lớp "
            "hướng dẫn người dân sử dụng dịch vụ công trực tuyến, cài đặt và sử dụng ứng dụng định danh "
            "điện tử VNeID."
        ),
        P(
            "Qua Tuần lễ, đã có hơn 15.000 lượt học sinh, giáo viên và người dân tham gia các hoạt động; "
            "nhiều mô hình hay như “Tủ sách gia đình”, “Góc đọc sách cộng đồng” tiếp tục được nhân rộng."
        ),
    ],
    opts={
        "date_style": "none",
        "disp": "2026-10-09 00:00",
        "created": "2026-10-08 15:00",
        "modified": "2026-10-09 10:10",
        "cms_user": "Văn thư Phòng GD",
        "desc": "Hơn 15.000 lượt học sinh, giáo viên và người dân tham gia các hoạt động của Tuần lễ.",
        "thumb": None,
    },
)

S7 = Story(
    7,
    "chuyên-đề-dạy-học-stem-môn-khoa-học-lớp-4-5-tại-trường-tiểu-học-kim-chung",
    "Chuyên đề “Dạy học STEM môn Khoa học lớp 4, 5” tại Trường Tiểu học Kim Chung",
    CHUYEN_MON,
    "2026-12-03T14:30:00+07:00",
    [
        P(
            "Nhằm nâng cao năng lực tổ chức dạy học theo định hướng giáo dục STEM cho đội ngũ giáo viên, "
            "chiều 03/12, Phòng Giáo dục và Đào tạo tổ chức chuyên đề cấp huyện “Dạy học STEM môn Khoa "
            "học lớp 4, 5” tại Trường Tiểu học Kim Chung."
        ),
        P(
            "Tham dự chuyên đề có đại diện lãnh đạo Phòng Giáo dục và Đào tạo, các đồng chí phó hiệu "
            "trưởng phụ trách chuyên môn và giáo viên dạy lớp 4, lớp 5 của 38 trường tiểu học trong "
            "huyện."
        ),
        Img(
            _doc(41240, "IMG_20261203_142233.jpg", "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"),
            "Học sinh lớp 5A3 thiết kế mô hình lọc nước đơn giản trong tiết học",
            "Học sinh lớp 5A3 thiết kế mô hình lọc nước đơn giản trong tiết học",
            "above",
        ),
        P(
            "Tiết dạy minh họa bài “Lọc nước” do cô giáo Trần Thị Lan Anh thực hiện với học sinh lớp "
            "5A3. Các em được chia nhóm, tìm hiểu nguyên nhân gây ô nhiễm nguồn nước, sau đó tự thiết kế "
            "và chế tạo bộ lọc nước từ chai nhựa, sỏi, cát và than hoạt tính."
        ),
        P(
            "Sau phần thực hành, các nhóm trình bày sản phẩm, so sánh độ trong của nước trước và sau khi "
            "lọc, tự đánh giá và đề xuất cách cải tiến mô hình."
        ),
        P("Ý kiến trao đổi của giáo viên tập trung vào ba vấn đề:", "strong"),
        P("- Cách lựa chọn bài học phù hợp để thiết kế thành chủ đề STEM;"),
        P("- Chuẩn bị vật liệu an toàn, dễ tìm, chi phí thấp;", "br"),
        P("- Đánh giá năng lực học sinh qua sản phẩm và quá trình làm việc nhóm.", "br"),
        P(
            "Kết thúc chuyên đề, đại diện Phòng Giáo dục và Đào tạo đề nghị mỗi trường tiểu học xây "
            "dựng ít nhất hai chủ đề STEM mỗi khối lớp trong học kỳ II."
        ),
        Raw('<p style="text-align: right;"><strong>Trường Tiểu học Kim Chung</strong></p>'),
    ],
    authors=["Trường Tiểu học Kim Chung"],
    opts={
        "date_style": "ampm",
        "disp": "2026-12-03 14:30",
        "created": "2026-12-03 11:02",
        "modified": "2026-12-04 16:40",
        "cms_user": "Quản trị PGD Đông Anh",
        "desc": "Tiết dạy minh họa bài “Lọc nước” với học sinh lớp 5A3 được giáo viên 38 trường dự giờ.",
        "thumb": "IMG_20261203_142233.jpg",
    },
)

S8 = Story(
    8,
    "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-mam-non-nam-hoc-2026-2027",
    "Hội thi giáo viên dạy giỏi cấp huyện bậc Mầm non năm học 2026 - 2027",
    CHUYEN_MON,
    "2026-11-25",
    [
        P(
            "Từ ngày 23/11 đến ngày 28/11/2026, Phòng Giáo dục và Đào tạo tổ chức Hội thi giáo viên dạy "
            "giỏi cấp huyện bậc Mầm non năm học 2026 - 2027. Hội thi có 52 giáo viên đến từ 35 trường "
            "mầm non công lập và tư thục tham gia.",
        ),
        P(
            "Mỗi giáo viên dự thi thực hiện hai phần: trình bày biện pháp nâng cao chất lượng chăm sóc, "
            "giáo dục trẻ và tổ chức một hoạt động giáo dục trên trẻ tại trường bốc thăm."
        ),
        P("Lịch thi theo cụm trường", "h"),
        P("Cụm | Thời gian | Địa điểm", "tr"),
        P("Cụm 1 | 23/11 - 24/11 | Trường Mầm non Hoa Sen", "tr"),
        P("Cụm 2 | 25/11 - 26/11 | Trường Mầm non Việt Hùng", "tr"),
        P("Cụm 3 | 27/11 - 28/11 | Trường Mầm non Xuân Nộn", "tr"),
        Img(
            _doc(41250, "gvdg-mam-non.jpg", "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d"),
            "Cô giáo Nguyễn Thị Hạnh (Trường Mầm non Vân Hà) tổ chức hoạt động làm quen với toán",
            "Cô giáo Nguyễn Thị Hạnh (Trường Mầm non Vân Hà) tổ chức hoạt động làm quen với toán",
            "center",
        ),
        P(
            "Qua những ngày đầu, ban giám khảo đánh giá các tiết dạy được chuẩn bị công phu, đồ dùng "
            "học liệu phong phú, nhiều giáo viên đã vận dụng linh hoạt phương pháp Montessori và giáo "
            "dục STEAM vào hoạt động của trẻ."
        ),
        Raw('<p style="text-align: right;"><strong>Tin: Hoàng Minh Đức - Ảnh: Phạm Văn Long</strong></p>'),
    ],
    authors=["Hoàng Minh Đức"],
    photographers=["Phạm Văn Long"],
    opts={
        "date_style": "none",
        "disp": "2026-11-25 00:00",
        "created": "2026-11-24 22:10",
        "modified": "2026-11-25 07:58",
        "cms_user": "Văn thư Phòng GD",
        "desc": "52 giáo viên của 35 trường mầm non công lập và tư thục tham gia Hội thi.",
        "thumb": "gvdg-mam-non.jpg",
    },
)

S9 = Story(
    9,
    "tap-huan-su-dung-hoc-lieu-so-va-kho-bai-giang-e-learning-cho-giao-vien-thcs",
    "Tập huấn sử dụng học liệu số và kho bài giảng e-learning cho giáo viên THCS",
    CHUYEN_MON,
    "2026-11-06T16:05:00+07:00",
    [
        P(
            "Trong hai ngày 05 và 06/11/2026, Phòng Giáo dục và Đào tạo phối hợp với Trung tâm Công "
            "nghệ thông tin và Thông tin thư viện của Sở tổ chức tập huấn sử dụng học liệu số và kho "
            "bài giảng e-learning cho hơn 300 giáo viên THCS.",
            "strong",
        ),
        P(
            "Các học viên được hướng dẫn khai thác kho học liệu số dùng chung, cách thiết kế bài giảng "
            "e-learning bằng phần mềm iSpring Suite, quay và biên tập video bài giảng, đưa bài giảng "
            "lên hệ thống học tập trực tuyến của huyện."
        ),
        P(
            "Điểm mới của đợt tập huấn năm nay là nội dung sử dụng công cụ trí tuệ nhân tạo để gợi ý "
            "câu hỏi, xây dựng ngân hàng đề kiểm tra và phân tích kết quả học tập của học sinh, với "
            "những lưu ý về bảo mật dữ liệu và liêm chính học thuật."
        ),
        Img(
            _doc(41260, "tap-huan-elearning.jpg", "1a2b3c4d-5e6f-4789-9abc-def012345678"),
            None,
            None,
            "center",
        ),
        P(
            "Kết thúc tập huấn, mỗi giáo viên hoàn thiện một bài giảng e-learning hoặc một bộ học liệu "
            "số của môn mình phụ trách và nộp về Phòng trước ngày 30/11/2026 để đánh giá, lựa chọn đưa "
            "vào kho bài giảng dùng chung."
        ),
        Raw('<p style="text-align: right;"><strong>Tổ Công nghệ thông tin</strong></p>'),
    ],
    authors=["Tổ Công nghệ thông tin"],
    summary=(
        "Trong hai ngày 05 và 06/11/2026, Phòng Giáo dục và Đào tạo phối hợp với Trung tâm Công "
        "nghệ thông tin và Thông tin thư viện của Sở tổ chức tập huấn sử dụng học liệu số và kho "
        "bài giảng e-learning cho hơn 300 giáo viên THCS."
    ),
    opts={
        "date_style": "full",
        "disp": "2026-11-06 16:05",
        "created": "2026-11-06 15:20",
        "modified": "2026-11-07 08:00",
        "cms_user": "Quản trị PGD Đông Anh",
        "thumb": "tap-huan-elearning.jpg",
    },
)

S10 = Story(
    10,
    "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-thcs-so-3",
    "Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường THCS số 3",
    CHUYEN_MON,
    "2026-10-16T15:30:00+07:00",
    [
        P(
            "Chiều 15/10/2026, tại Trường THCS Thụy Lâm, cụm trường THCS số 3 gồm các trường Thụy Lâm, "
            "Liên Hà, Vân Hà và Việt Hùng tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ "
            "văn lớp 7."
        ),
        P(
            "Tiết dạy minh họa bài “Ca Huế trên sông Hương” do thầy giáo Ngô Quang Vinh thực hiện. Thay "
            "vì nhận xét giáo viên, các thầy cô dự giờ tập trung quan sát việc học của từng nhóm học "
            "sinh: em nào đang gặp khó khăn, vì sao, giáo viên đã hỗ trợ như thế nào."
        ),
        P(
            "Trong phần thảo luận, các ý kiến thống nhất cần tăng thời gian cho học sinh đọc văn bản "
            "tại lớp, sử dụng phiếu học tập có mức độ khác nhau cho các nhóm và tận dụng video tư liệu "
            "để học sinh cảm nhận rõ hơn nét đẹp của ca Huế."
        ),
        P(
            "Theo kế hoạch, các cụm trường sẽ luân phiên tổ chức sinh hoạt chuyên môn theo nghiên cứu "
            "bài học mỗi tháng một lần, mỗi lần một môn học, kết quả được tổng hợp báo cáo về Phòng."
        ),
        Raw('<p style="text-align: right;"><strong>Tổ Chuyên môn THCS</strong></p>'),
    ],
    authors=["Tổ Chuyên môn THCS"],
    opts={
        "date_style": "full",
        "disp": "2026-10-16 15:30",
        "created": "2026-10-16 09:12",
        "modified": "2026-10-16 15:31",
        "cms_user": "Văn thư Phòng GD",
        "desc": "Tiết dạy minh họa bài “Ca Huế trên sông Hương”, môn Ngữ văn lớp 7.",
        "thumb": None,
    },
)

_LETTERHEAD_11 = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody>'
    '<tr><td style="text-align: center; width: 40%;">UBND HUYỆN ĐÔNG ANH<br />'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align: center;">Số: 412/TB-PGDĐT</td>'
    '<td style="text-align: center;"><em>Đông Anh, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Về việc tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện<br />'
    "năm học 2026 - 2027</strong></p>"
)
_CLOSING_11 = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody><tr>'
    '<td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các trường THCS (để t/h);<br />- Lãnh đạo Phòng;<br />- Lưu: VT, CM.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>KT. TRƯỞNG PHÒNG<br />'
    "PHÓ TRƯỞNG PHÒNG</strong><br /><br /><em>(Đã ký)</em><br /><br />"
    "<strong>Lê Thị Thu Hà</strong></td></tr></tbody></table>"
)

S11 = Story(
    11,
    "thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
    "Thông báo về việc tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
    THONG_BAO,
    "2026-11-30",
    [
        Raw(_LETTERHEAD_11),
        P(
            "Căn cứ Kế hoạch số 187/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo huyện Đông "
            "Anh về tổ chức các kỳ thi, hội thi năm học 2026 - 2027, Phòng Giáo dục và Đào tạo thông "
            "báo tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện như sau:"
        ),
        P("1. Môn thi", "strong"),
        P(
            "Ngữ văn, Toán, Tiếng Anh, Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí, Tin học và Giáo dục "
            "công dân."
        ),
        P("2. Thời gian, địa điểm", "strong"),
        P("Ngày thi: Thứ Bảy, ngày 19/12/2026.", "indent"),
        P("Buổi sáng: 07 giờ 30 phút có mặt tại phòng thi, 08 giờ 00 phút bắt đầu làm bài.", "indent"),
        P("Địa điểm: Trường THCS Thị trấn Đông Anh, số 15 đường Cao Lỗ, thị trấn Đông Anh.", "indent"),
        P("3. Đăng ký dự thi", "strong"),
        P(
            "Các trường lập danh sách học sinh dự thi theo mẫu gửi kèm, nhập trên hệ thống quản lý thi "
            "và gửi bản có chữ ký, đóng dấu về Phòng (qua bộ phận Chuyên môn) trước 16 giờ 00 ngày "
            "10/12/2026. Mỗi trường được đăng ký không quá 05 học sinh mỗi môn."
        ),
        P(
            "Nhận được thông báo này, đề nghị Hiệu trưởng các trường THCS triển khai thực hiện nghiêm "
            "túc, đúng thời gian quy định./."
        ),
        Raw(_CLOSING_11),
    ],
    authors=["Lê Thị Thu Hà"],
    opts={
        "date_style": "none",
        "disp": "2026-12-01 08:00",
        "created": "2026-11-30 16:45",
        "modified": "2026-12-01 08:00",
        "cms_user": "Văn thư Phòng GD",
        "desc": "",
        "thumb": None,
        "official": True,
    },
)

S12 = Story(
    12,
    "thong-bao-tiep-nhan-ho-so-xet-thang-hang-chuc-danh-nghe-nghiep-giao-vien-nam-2026",
    "Thông báo tiếp nhận hồ sơ xét thăng hạng chức danh nghề nghiệp giáo viên năm 2026",
    THONG_BAO,
    "2026-11-20T08:30:00+07:00",
    [
        P(
            "Thực hiện Kế hoạch của UBND huyện Đông Anh về xét thăng hạng chức danh nghề nghiệp giáo "
            "viên mầm non, tiểu học, trung học cơ sở năm 2026, Phòng Giáo dục và Đào tạo thông báo tiếp "
            "nhận hồ sơ của viên chức đủ điều kiện đăng ký dự xét."
        ),
        P("Hồ sơ gồm:", "strong"),
        P("Đơn đăng ký dự xét thăng hạng theo mẫu;", "li"),
        P("Bản sơ yếu lý lịch của viên chức có xác nhận của cơ quan sử dụng viên chức;", "li"),
        P("Bản sao các văn bằng, chứng chỉ theo yêu cầu của hạng đăng ký dự xét;", "li"),
        P("Bản nhận xét, đánh giá của người đứng đầu đơn vị sự nghiệp công lập.", "li"),
        P(
            "Thời gian nhận hồ sơ: từ ngày 23/11/2026 đến hết ngày 04/12/2026 (trong giờ hành chính) "
            "tại Bộ phận Tổ chức cán bộ, tầng 2, trụ sở Phòng Giáo dục và Đào tạo."
        ),
        Raw(
            f'<p><img alt="" src="{THEME}/images/file_system/small/docx.png" /> '
            f'<a href="{_doc(41301, "Mau-don-dang-ky-thang-hang.docx", "c0ffee00-1234-4abc-9def-00aa11bb22cc")}">'
            "Tải về: Mẫu đơn đăng ký dự xét thăng hạng (DOCX, 32 KB)</a></p>"
        ),
        P(
            "Mọi thắc mắc xin liên hệ đồng chí Nguyễn Thị Mai, chuyên viên Phòng Giáo dục và Đào tạo, số "
            "điện thoại 024.3883.2156 để được hướng dẫn."
        ),
    ],
    opts={
        "date_style": "full",
        "disp": "2026-11-20 08:30",
        "created": "2026-11-19 17:00",
        "modified": "2026-11-23 07:30",
        "cms_user": "Văn thư Phòng GD",
        "desc": "Thời gian nhận hồ sơ từ ngày 23/11/2026 đến hết ngày 04/12/2026.",
        "thumb": None,
    },
)

S13 = Story(
    13,
    "thong-bao-tang-cuong-phong-chong-dich-benh-mua-dong-xuan-trong-truong-hoc",
    "Thông báo về việc tăng cường phòng, chống dịch bệnh mùa đông xuân trong trường học",
    THONG_BAO,
    "2026-10-28",
    [
        P(
            "Thời tiết chuyển mùa là điều kiện thuận lợi cho các bệnh truyền nhiễm như cúm, sốt xuất "
            "huyết, tay chân miệng, thủy đậu phát sinh và lây lan trong trường học. Để chủ động phòng, "
            "chống dịch bệnh, bảo vệ sức khỏe học sinh, Phòng Giáo dục và Đào tạo đề nghị các nhà "
            "trường thực hiện tốt một số nội dung sau:"
        ),
        P(
            "Tổ chức tuyên truyền cho học sinh, cha mẹ học sinh về các biện pháp phòng bệnh, rửa tay "
            "bằng xà phòng, giữ ấm cơ thể khi trời lạnh."
        ),
        P(
            "Thực hiện tổng vệ sinh trường lớp, khử khuẩn đồ dùng, đồ chơi vào chiều thứ Sáu hằng tuần; "
            "bảo đảm nguồn nước sạch và an toàn thực phẩm trong bếp ăn bán trú."
        ),
        P(
            "Theo dõi sức khỏe học sinh hằng ngày, phát hiện sớm trường hợp mắc bệnh để thông báo gia "
            "đình và phối hợp với trạm y tế xã, thị trấn xử lý kịp thời, không để dịch lây lan."
        ),
        P("Báo cáo ngay về Phòng (qua bộ phận Y tế trường học) khi có ca bệnh truyền nhiễm phát sinh."),
        Raw('<p style="text-align: right;"><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐÔNG ANH</strong></p>'),
    ],
    authors=["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐÔNG ANH"],
    opts={
        "date_style": "none",
        "disp": "2026-10-28 00:00",
        "created": "2026-10-27 16:10",
        "modified": "2026-10-28 09:00",
        "cms_user": "Quản trị PGD Đông Anh",
        "desc": "Các nhà trường chủ động tuyên truyền, vệ sinh trường lớp và theo dõi sức khỏe học sinh.",
        "thumb": None,
    },
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
OLD_SLUGS = {s.opts["old_slug"]: s for s in STORIES if s.opts.get("old_slug")}
ASSET_IDS = {s.id: 41500 + 7 * s.id for s in STORIES}
RELATED = {1: [7], 2: [9], 9: [2], 5: [6]}
MOST_READ = [3, 2, 9, 12]
#: the home page's hand-written banner (a web content), with its own headlines and links
BANNER = [1, 7, 3]


def _by_date(items: list[Story]) -> list[Story]:
    return sorted(items, key=lambda s: s.opts["disp"], reverse=True)


def cat_stories(cat: str) -> list[Story]:
    return _by_date([s for s in STORIES if s.cat == cat])


# --- URLs ------------------------------------------------------------------------------------


def display_path(story: Story) -> str:
    """The display page URL (``/-/<url-title>``): the gold path; non-ASCII letters percent-encoded."""
    return f"{SITE}/-/{quote(story.slug)}"


def ns(instance: str) -> str:
    return f"{AP}_INSTANCE_{instance}"


def listing_path(page: str, cur: int = 1) -> str:
    """A category page, or page ``cur`` of its Asset Publisher (Liferay's render URL)."""
    if cur == 1:
        return f"{SITE}/{page}"
    inst, delta = CATEGORY_PAGES[page][1], CATEGORY_PAGES[page][2]
    n = ns(inst)
    return (
        f"{SITE}/{page}?p_p_id={n}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&_{n}_delta={delta}&p_r_p_resetCur=false&_{n}_cur={cur}"
    )


def tag_path(tag: str) -> str:
    """A tag's page: the tag name URL-encoded the way Liferay's URLCodec does it (space as "+")."""
    return f"{SITE}/{TAG_PAGE}/-/asset_publisher/{TAG_AP}/tag/{quote(tag).replace('%20', '+')}"


def ap_content_path(page: str, inst: str, story: Story) -> str:
    return f"{SITE}/{page}/-/asset_publisher/{inst}/content/{quote(story.slug)}"


def ap_link(page: str, inst: str, story: Story, back: str) -> str:
    """An abstract's link: content view in the same portlet, with the way back in ``redirect``."""
    return f"{ap_content_path(page, inst, story)}?inheritRedirect=false&redirect={quote(back, safe='')}"


def print_path(page: str, inst: str, story: Story) -> str:
    n = ns(inst)
    return f"{ap_content_path(page, inst, story)}?p_p_state=pop_up&_{n}_viewMode=print"


def listing_pages(cat: str) -> list[list[Story]]:
    page = CAT_PAGE[cat]
    delta = CATEGORY_PAGES[page][2]
    items = cat_stories(cat)
    return [items[i : i + delta] for i in range(0, len(items), delta)]


def story_listing_page(story: Story) -> int:
    for i, chunk in enumerate(listing_pages(story.cat), start=1):
        if story in chunk:
            return i
    raise AssertionError(story.slug)


def story_tags(story: Story) -> list[str]:
    return [t for t, ids in TAGS.items() if story.id in ids]


def alt_paths(story: Story) -> list[str]:
    """Every other target that serves the article: the content views in each Asset Publisher that
    links it (with and without their query), the print view, a renamed article's old url-title."""
    page = CAT_PAGE[story.cat]
    inst = CATEGORY_PAGES[page][1]
    cur = story_listing_page(story)
    out = [
        ap_link(page, inst, story, listing_path(page, cur)),
        ap_content_path(page, inst, story),
        print_path(page, inst, story),
    ]
    for tag in story_tags(story):
        out.append(ap_link(TAG_PAGE, TAG_AP, story, tag_path(tag)))
    if story_tags(story):
        out.append(ap_content_path(TAG_PAGE, TAG_AP, story))
    if story.opts.get("old_slug"):
        out.append(f"{SITE}/-/{story.opts['old_slug']}")
    return out


# --- dates -----------------------------------------------------------------------------------

_THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _dt_of(value: str) -> _dt.datetime:
    return _dt.datetime.strptime(value, "%Y-%m-%d %H:%M")


def d_short(value: str) -> str:
    """Liferay's short date for vi_VN in the asset metadata: two-digit year."""
    return _dt_of(value).strftime("%d/%m/%y")


def d_long(value: str) -> str:
    return _dt_of(value).strftime("%d/%m/%Y")


def date_line(story: Story) -> str:
    """The article template's own date line (the publication date, i.e. the display date)."""
    d = _dt_of(story.opts["disp"])
    style = story.opts["date_style"]
    if style == "full":
        return (
            f'<div class="ctt-ngaydang"><i class="icon-calendar"></i> {_THU[d.weekday()]}, '
            f"{d:%d/%m/%Y} <span class=\"ctt-gio\">| {d:%H:%M}</span></div>"
        )
    if style == "ampm":
        h12 = d.hour % 12 or 12
        half = "SA" if d.hour < 12 else "CH"
        return f'<div class="ctt-ngaydang">Đăng lúc {h12}:{d:%M} {half}, ngày {d:%d/%m/%Y}</div>'
    return ""


# --- article markup --------------------------------------------------------------------------


def _img_tag(img: Img, alt: str = "") -> str:
    fid = ""
    if img.src.startswith("/documents/"):
        fid = f' data-fileentryid="{40000 + sum(map(ord, img.src)) % 9000}"'
    return f'<img alt="{esc(alt)}"{fid} src="{esc(img.src)}" style="width: 600px; height: 400px;" />'


def render_blocks(blocks: list, *, skip_hero: bool = True) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "hero" and skip_hero:
                pass
            elif b.style == "table":
                out.append(
                    '<table align="center" border="0" cellpadding="1" cellspacing="1" class="tbl-anh" '
                    'style="width: 90%;"><tbody><tr><td style="text-align: center;">'
                    f"{_img_tag(b)}</td></tr>"
                    + (
                        f'<tr><td style="text-align: center;"><em>{esc(b.printed)}</em></td></tr>'
                        if b.printed
                        else ""
                    )
                    + "</tbody></table>"
                )
            elif b.style == "above":
                alt = unquote(b.src.split("/")[4])
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed or "")}</em></p>')
                out.append(f'<p style="text-align: center;">{_img_tag(b, alt)}</p>')
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif isinstance(b, P):
            if b.style in ("li", "tr"):
                group = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                    group.append(blocks[i])
                    i += 1
                if b.style == "li":
                    out.append("<ul>" + "".join(f"<li>{esc(g.text)}</li>" for g in group) + "</ul>")
                else:
                    rows = []
                    for k, g in enumerate(group):
                        cells = g.text.split(" | ")
                        if k == 0:
                            rows.append("<tr>" + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells) + "</tr>")
                        else:
                            rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                    out.append(
                        '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>'
                        + "".join(rows)
                        + "</tbody></table>"
                    )
                continue
            if b.style == "br" and out and out[-1].endswith("</p>"):
                out[-1] = out[-1][: -len("</p>")] + f"<br />\n{esc(b.text)}</p>"
            elif b.style == "strong":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            elif b.style == "h":
                out.append(f'<h3 style="font-size: 15px;"><strong>{esc(b.text)}</strong></h3>')
            elif b.style == "quote":
                out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
            elif b.style == "indent":
                out.append(f'<p style="margin-left: 40px;">{esc(b.text)}</p>')
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def journal_template(story: Story) -> str:
    """The vendor FreeMarker template of the "Tin bài PGD" structure: date line, labelled fields,
    description as a bold lead, the structure's image field, then the rich-text "Nội dung"."""
    parts = [f'<div class="ctt-baiviet" id="ctt-{ASSET_IDS[story.id]}">']
    if line := date_line(story):
        parts.append(line)
    for label, value in story.opts.get("fields", []):
        parts.append(f'<div class="ctt-truong"><span class="ctt-nhan">{esc(label)}:</span> {esc(value)}</div>')
    if story.summary and story.sapo_outside:
        parts.append(f'<div class="ctt-tomtat"><strong>{esc(story.summary)}</strong></div>')
    for b in story.blocks:
        if isinstance(b, Img) and b.style == "hero":
            parts.append(
                f'<div class="ctt-anhdd">{_img_tag(b)}'
                f'<p class="ctt-mota-anh">{esc(b.printed or "")}</p></div>'
            )
    parts.append('<div class="ctt-noidung">')
    parts.append(render_blocks(story.blocks))
    parts.append("</div></div>")
    return "\n".join(parts)


def journal_article_div(story: Story) -> str:
    return (
        f'<div class="journal-content-article " data-analytics-asset-id="{ASSET_IDS[story.id] - 3}" '
        f'data-analytics-asset-title="{esc(story.title)}" data-analytics-asset-type="web-content">\n'
        f"{journal_template(story)}\n</div>"
    )


# --- the theme: head, header, menu, breadcrumb, footer -----------------------------------------

MENU = [
    ("trang-chu", "Trang chủ", []),
    ("gioi-thieu", "Giới thiệu", [("gioi-thieu", "Giới thiệu chung"), ("co-cau-to-chuc", "Cơ cấu tổ chức")]),
    ("tin-tuc-su-kien", TIN_TUC, []),
    ("hoat-dong-chuyen-mon", CHUYEN_MON, []),
    ("thong-bao", THONG_BAO, []),
    ("van-ban", "Văn bản", []),
    ("thu-vien-anh", "Thư viện ảnh", []),
    ("lien-he", "Liên hệ", []),
]


def _menu(selected: str) -> str:
    items = []
    for n, (page, name, children) in enumerate(MENU, start=1):
        cls = "lfr-nav-item" + (" selected active" if page == selected else "") + (" dropdown" if children else "")
        sub = ""
        toggle = ""
        if children:
            toggle = (
                ' <span class="lfr-nav-child-toggle"><svg class="lexicon-icon lexicon-icon-angle-down" '
                f'focusable="false" role="presentation"><use xlink:href="{THEME}/images/lexicon/icons.svg#angle-down" />'
                "</svg></span>"
            )
            sub = (
                '<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">'
                + "".join(
                    f'<li class="lfr-nav-item" id="layout_{20 + k}" role="presentation"><a class="dropdown-item" '
                    f'aria-labelledby="layout_{20 + k}" href="{SITE}/{p}" role="menuitem">{esc(t)}</a></li>'
                    for k, (p, t) in enumerate(children)
                )
                + "</ul>"
            )
        items.append(
            f'<li class="{cls}" id="layout_{n}" role="presentation"><a aria-labelledby="layout_{n}" '
            f'href="{SITE}/{page}" role="menuitem"><span>{esc(name)}{toggle}</span></a>{sub}</li>'
        )
    return (
        '<nav class="sort-pages modify-pages pgd-menungang" id="navigation" role="navigation">'
        '<ul aria-label="Các trang trong website" role="menubar">' + "".join(items) + "</ul></nav>"
    )


def portlet(pid: str, title: str, content: str, *, decorate: bool = True, extra: str = "") -> str:
    """A portlet as Liferay 7.1 wraps it; the vendor theme's decorator "khung-pgd" has a title bar."""
    short = pid.split("_INSTANCE_")[0].rsplit("_", 1)[-1].lower()
    deco = "portlet-decorate" if decorate else "portlet-barebone"
    head = (
        '<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">'
        f'<h2 class="portlet-title-text">{esc(title)}</h2></div><div class="autofit-col autofit-col-end">'
        '<div class="autofit-section"></div></div></div>'
        if decorate
        else ""
    )
    return (
        f'<div class="portlet-boundary portlet-boundary_{pid.split("_INSTANCE_")[0]}_  portlet-static '
        f'portlet-static-end {deco} portlet-{short} {extra}" id="p_p_id_{pid}_">'
        f'<span id="p_{pid}"></span><section class="portlet khung-pgd" id="portlet_{pid}">'
        f'<div class="portlet-content">{head}<div class=" portlet-content-container">'
        f'<div class="portlet-body">{content}</div></div></div></section></div>'
    )


def breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    items = [
        '<li class="breadcrumb-item"><a class="breadcrumb-link" href="'
        f'{SITE}/trang-chu" title="Trang chủ"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>'
    ]
    for name, href in trail:
        if href:
            items.append(
                f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{esc(href)}" title="{esc(name)}">'
                f'<span class="breadcrumb-text-truncate">{esc(name)}</span></a></li>'
            )
        else:
            items.append(
                '<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">'
                f"{esc(name)}</span></li>"
            )
    return portlet(
        f"{BREADCRUMB}_INSTANCE_bc9Xw2", "Breadcrumb",
        '<nav aria-label="Breadcrumb" id="_bc_breadcrumbs-defaultScreen"><ol class="breadcrumb">'
        + "".join(items) + "</ol></nav>",
        decorate=False,
    )


def search_bar() -> str:
    form = (
        f'<form action="{SITE}/tim-kiem" method="get" name="_{SEARCH_BAR}_fm">'
        '<div class="input-group search-bar"><input class="form-control search-input" '
        'name="q" placeholder="Tìm kiếm..." title="Tìm kiếm" type="text" value="" />'
        '<div class="input-group-append"><button aria-label="Gửi" class="btn btn-light" type="submit">'
        f'<svg class="lexicon-icon lexicon-icon-search"><use xlink:href="{THEME}/images/lexicon/icons.svg#search" />'
        "</svg></button></div></div></form>"
    )
    return portlet(f"{SEARCH_BAR}_INSTANCE_templateSearch", "Tìm kiếm", form, decorate=False)


def tags_cloud() -> str:
    links = "".join(
        f'<li class="taglib-asset-tags-summary"><a class="tag-cloud-link tag-popularity-{len(ids) + 1}" '
        f'href="{tag_path(tag)}">{esc(tag)}</a></li>'
        for tag, ids in TAGS.items()
    )
    return portlet(f"{TAGS_NAV}_INSTANCE_tg0c", "Từ khóa", f'<ul class="tag-cloud">{links}</ul>')


def most_read() -> str:
    rows = "".join(
        f'<li class="title-list"><a href="{display_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a> '
        f'<span class="luotxem">({BY_ID[i].views()})</span></li>'
        for i in MOST_READ
    )
    return portlet(ns("Xv9mNc3Tq6Ru"), "Tin đọc nhiều", f'<ul class="title-list dsach-docnhieu">{rows}</ul>')


def notices_box() -> str:
    rows = "".join(
        f'<li class="title-list"><img alt="" src="{THEME}/images/new.gif" /> '
        f'<a href="{display_path(s)}">{esc(s.title)}</a></li>'
        for s in cat_stories(THONG_BAO)
    )
    return portlet(
        ns(HOME_TB_AP), THONG_BAO,
        f'<ul class="title-list tb-marquee">{rows}</ul>'
        f'<div class="xem-tat-ca"><a href="{SITE}/thong-bao">Xem tất cả »</a></div>',
    )


def web_links_and_counter() -> str:
    links = portlet(
        f"{WCD}_INSTANCE_lk4Rt8", "Liên kết website",
        '<div class="journal-content-article"><select class="lienket-web" '
        "onchange=\"if(this.value) window.open(this.value);\">"
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://hanoi.edu.vn">Sở GD&amp;ĐT Hà Nội</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://donganh.hanoi.gov.vn">Cổng TTĐT huyện Đông Anh</option>'
        "</select></div>",
    )
    counter = portlet(
        f"{WCD}_INSTANCE_tk7Mz1", "Thống kê truy cập",
        '<div class="journal-content-article"><table class="bang-thongke"><tbody>'
        "<tr><td>Đang online:</td><td>27</td></tr><tr><td>Hôm nay:</td><td>1.342</td></tr>"
        "<tr><td>Tháng này:</td><td>8.906</td></tr><tr><td>Tổng truy cập:</td><td>2.417.903</td></tr>"
        "</tbody></table></div>",
    )
    return links + counter


def sidebar(*, notices: bool = True) -> str:
    return search_bar() + (notices_box() if notices else "") + most_read() + tags_cloud() + web_links_and_counter()


def layout(
    request: Request,
    *,
    title: str,
    selected: str,
    crumbs: list[tuple[str, str | None]] | None,
    main: str,
    side: str,
    head: str = "",
    plid: int = 20147,
) -> Response:
    page = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{head}
<link href="{THEME}/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="{THEME}/css/main.css?browserId=other&amp;themeId=pgddonganh_WAR_pgddonganhtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7110&amp;t={STAMP}" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7110&amp;t={STAMP}&amp;/o/frontend-js-web/jquery/jquery.js&amp;/o/frontend-js-web/loader/config.js" type="text/javascript"></script>
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var themeDisplay = Liferay.ThemeDisplay = {{
  getLayoutId: function() {{ return "{plid - 20145}"; }},
  getPlid: function() {{ return "{plid}"; }},
  getScopeGroupId: function() {{ return "{GROUP_ID}"; }},
  getLanguageId: function() {{ return "vi_VN"; }},
  getPathMain: function() {{ return "/c"; }},
  getPathThemeImages: function() {{ return "{THEME}/images"; }},
  isSignedIn: function() {{ return false; }}
}};
// ]]>
</script>
</head>
<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="pgd-khungngoai" id="wrapper">
<div class="pgd-thanhtren"><span class="pgd-homnay">{HEADER_DAY}</span>
<span class="pgd-dangnhap"><a data-redirect="false" href="/c/portal/login" id="sign-in" rel="nofollow">Đăng nhập</a></span></div>
<header id="banner" role="banner">
<div class="navbar-header" id="heading">
<h1 class="site-title"><a class="logo custom-logo" href="{SITE}" title="Đi đến {esc(SHORT_NAME)}">
<img alt="{esc(SHORT_NAME)}" height="90" src="/image/layout_set_logo?img_id=20170&amp;t={STAMP}" width="90" /></a>
<span class="site-name" title="Đi đến {esc(SHORT_NAME)}">UBND HUYỆN ĐÔNG ANH<br /><strong>{esc(SITE_NAME.upper())}</strong></span></h1>
</div>
{_menu(selected)}
</header>
<section id="content">
<h2 class="hide-accessible" role="heading" aria-level="1">{esc(title)}</h2>
{breadcrumb(crumbs) if crumbs is not None else ""}
<div class="columns-2-70-30" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{side}
</div></div>
</div></div>
</section>
<footer id="footer" role="contentinfo">
<div class="pgd-chantrang">
<p><strong>{esc(SITE_NAME.upper())}</strong></p>
<p>Địa chỉ: Số 2 đường Cao Lỗ, thị trấn Đông Anh, huyện Đông Anh, thành phố Hà Nội</p>
<p>Điện thoại: 024.3883.2156 - Fax: 024.3883.2157 - Email: pgddonganh@hanoiedu.vn</p>
<p>Người chịu trách nhiệm: Trưởng phòng Phạm Thị Minh Nguyệt</p>
<p>Ghi rõ nguồn "{esc(SHORT_NAME)}" khi phát hành lại thông tin từ website này.</p>
<p class="powered-by">Bản quyền © 2026. Thiết kế bởi VNPT Hà Nội - Powered By <a href="https://www.liferay.com" rel="external">Liferay</a></p>
</div>
</footer>
</div>
<script type="text/javascript">
// <![CDATA[
Liferay.Portlet.runtimePortletIds = ["{BREADCRUMB}_INSTANCE_bc9Xw2","{SEARCH_BAR}_INSTANCE_templateSearch"];
// ]]>
</script>
</body>
</html>"""
    return html(page)


# --- Asset Publisher pieces ------------------------------------------------------------------

DL_ENTRY = {
    "id": 41877,
    "title": "Quyết định số 389/QĐ-PGDĐT công nhận kết quả kiểm tra nội bộ học kỳ I",
    "disp": "2026-11-05 10:20",
    "file": "QD-389-PGDDT.pdf",
    "uuid": "e1d2c3b4-a596-4877-8a69-5b4c3d2e1f00",
}
DL_PATH = (
    f"{SITE}/thong-bao/-/asset_publisher/{CATEGORY_PAGES['thong-bao'][1]}/document/id/{DL_ENTRY['id']}"
    f"?inheritRedirect=false&redirect={quote(SITE + '/thong-bao', safe='')}"
)


def _plain_text(story: Story) -> str:
    texts = []
    for b in story.blocks:
        if isinstance(b, P):
            texts.append(b.text)
        elif isinstance(b, Raw) and story.opts.get("official") and "UBND" in b.html:
            texts.append("UBND HUYỆN ĐÔNG ANH PHÒNG GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    return " ".join(texts)


def listing_summary(story: Story) -> str:
    """The abstract's text: the description, else the content cut at 200 characters."""
    desc = story.opts.get("desc")
    if desc:
        return desc
    text_ = _plain_text(story)
    return text_[:197].rsplit(" ", 1)[0] + "..."


def thumb_src(story: Story) -> str | None:
    for img in story.images:
        if img.src.startswith("/documents/"):
            return img.src.replace("?t=", "?version=1.0&t=") + "&imageThumbnail=1"
        return img.src + "&type=thumbnail"
    return None


def abstract(story: Story, href: str) -> str:
    thumb = thumb_src(story)
    small = (
        f'<div class="asset-small-image"><img alt="" class="asset-small-image img-thumbnail" '
        f'src="{esc(thumb)}" width="150" /></div>'
        if thumb
        else ""
    )
    return (
        f'<div class="asset-abstract " id="abs-{ASSET_IDS[story.id]}">'
        '<div class="lfr-meta-actions asset-actions"></div>'
        f'<h4 class="asset-title"><a href="{esc(href)}">{esc(story.title)}</a></h4>'
        f'<div class="asset-content"><div class="asset-summary">{small}{esc(listing_summary(story))}</div>'
        f'<div class="asset-more"><a href="{esc(href)}">Đọc thêm<span class="hide-accessible"> về '
        f"{esc(story.title)}</span> »</a></div></div>"
        f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">'
        f'<svg class="lexicon-icon lexicon-icon-calendar"></svg> {d_short(story.opts["disp"])}</span> '
        f'<span class="metadata-entry metadata-view-count">{story.views()} Lượt xem</span></div></div>'
    )


def dl_abstract(href: str) -> str:
    return (
        f'<div class="asset-abstract " id="abs-{DL_ENTRY["id"]}">'
        f'<h4 class="asset-title"><a href="{esc(href)}"><img alt="" src="{THEME}/images/file_system/small/pdf.png" /> '
        f'{esc(DL_ENTRY["title"])}</a></h4>'
        '<div class="asset-content"><div class="asset-summary">Quyết định công nhận kết quả kiểm tra nội bộ '
        "trường học học kỳ I năm học 2026 - 2027 đối với 12 trường mầm non, tiểu học và THCS.</div>"
        f'<div class="asset-more"><a href="{esc(href)}">Đọc thêm<span class="hide-accessible"> về '
        f'{esc(DL_ENTRY["title"])}</span> »</a></div></div>'
        f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">'
        f'{d_short(DL_ENTRY["disp"])}</span></div></div>'
    )


def pager(page: str, cur: int, total: int, pages: int) -> str:
    _name, _inst, delta, kind, _ = CATEGORY_PAGES[page]
    if kind == "simple":
        if pages <= 1:
            return ""
        prev = (
            f'<li class="first"><a href="{esc(listing_path(page, cur - 1) if cur > 2 else _page1_url(page))}">'
            "← Trước</a></li>"
            if cur > 1
            else '<li class="disabled first"><a href="javascript:;">← Trước</a></li>'
        )
        nxt = (
            f'<li class="last"><a href="{esc(listing_path(page, cur + 1))}">Tiếp theo →</a></li>'
            if cur < pages
            else '<li class="disabled last"><a href="javascript:;">Tiếp theo →</a></li>'
        )
        return f'<div class="pagination-bar"><ul class="pager lfr-pagination-buttons">{prev}{nxt}</ul></div>'
    first = (cur - 1) * delta + 1
    last = min(cur * delta, total)
    items = []
    left = (
        f'<li class="page-item"><a class="page-link" href="{esc(listing_path(page, cur - 1) if cur > 2 else _page1_url(page))}">'
        if cur > 1
        else '<li class="page-item disabled"><a class="page-link" href="javascript:;">'
    )
    items.append(left + '<svg class="lexicon-icon lexicon-icon-angle-left"></svg><span class="sr-only">Trước</span></a></li>')
    for k in range(1, pages + 1):
        if k == cur:
            items.append(f'<li class="page-item active"><a class="page-link" href="javascript:;">{k}</a></li>')
        else:
            href = listing_path(page, k) if k > 1 else _page1_url(page)
            items.append(f'<li class="page-item"><a class="page-link" href="{esc(href)}">{k}</a></li>')
    right = (
        f'<li class="page-item"><a class="page-link" href="{esc(listing_path(page, cur + 1))}">'
        if cur < pages
        else '<li class="page-item disabled"><a class="page-link" href="javascript:;">'
    )
    items.append(right + '<svg class="lexicon-icon lexicon-icon-angle-right"></svg><span class="sr-only">Tiếp</span></a></li>')
    return (
        '<div class="pagination-bar">'
        f'<div class="pagination-results">Hiển thị {first} - {last} trong số {total} kết quả.</div>'
        f'<ul class="pagination">{"".join(items)}</ul></div>'
    )


def _page1_url(page: str) -> str:
    """Liferay prints page 1 of a listing with its paging parameters (cur=1), not the bare page."""
    inst, delta = CATEGORY_PAGES[page][1], CATEGORY_PAGES[page][2]
    n = ns(inst)
    return (
        f"{SITE}/{page}?p_p_id={n}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&_{n}_delta={delta}&p_r_p_resetCur=false&_{n}_cur=1"
    )


def _uhref(path: str) -> str:
    """Links in the abstracts print the url-title's letters raw, as the portal stores them."""
    return unquote(path.split("?")[0]) + ("?" + path.split("?", 1)[1] if "?" in path else "")


# --- pages -----------------------------------------------------------------------------------


def home(request: Request) -> Response:
    banner_items = []
    for sid in BANNER:
        s = BY_ID[sid]
        if s.opts.get("old_slug"):
            href, title = f"{SITE}/-/{s.opts['old_slug']}", s.opts["old_title"]
        else:
            href, title = display_path(s), s.title
        src = thumb_src(s) or f"{THEME}/images/no-image.png"
        banner_items.append(
            f'<div class="item-tieudiem"><a href="{esc(href)}"><img alt="" src="{esc(src)}" />'
            f'<span class="chu-tieudiem">{esc(title)}</span></a></div>'
        )
    banner = portlet(
        f"{WCD}_INSTANCE_td3Kq9", "Tiêu điểm",
        '<div class="journal-content-article " data-analytics-asset-id="41420" data-analytics-asset-title="Tiêu điểm trang chủ">'
        f'<div class="slide-tieudiem owl-carousel">{"".join(banner_items)}</div></div>',
    )
    notice = portlet(
        f"{WCD}_INSTANCE_wcTb01", "Thông báo mới",
        journal_article_div(S11)
        + '<div class="taglib-icon-list"><a href="javascript:;" onclick="window.print();">In</a></div>',
        extra="pgd-tbmoi",
    )
    latest = _by_date([s for s in STORIES if s.cat != THONG_BAO])[:5]
    news = portlet(
        ns(HOME_AP), "Tin mới",
        "".join(abstract(s, display_path(s)) for s in latest)
        + f'<div class="xem-them"><a href="{SITE}/tin-tuc-su-kien">Xem thêm tin tức »</a></div>',
    )
    return layout(
        request,
        title=f"Trang chủ - {SHORT_NAME}",
        selected="trang-chu",
        crumbs=None,
        main=banner + notice + news,
        side=sidebar(),
        head=f'<link href="{base_url(request)}{SITE}" rel="canonical" />',
        plid=20147,
    )


def category(request: Request, page: str) -> Response:
    name, inst, _delta, _kind, plid = CATEGORY_PAGES[page]
    chunks = listing_pages(name)
    try:
        cur = int(request.params.get(f"_{ns(inst)}_cur", "1"))
    except ValueError:
        cur = 1
    cur = min(max(cur, 1), len(chunks))
    here = listing_path(page, cur)
    items = [abstract(s, _uhref(ap_link(page, inst, s, here))) for s in chunks[cur - 1]]
    total = len(cat_stories(name))
    if name == THONG_BAO:
        # a Documents & Media entry sits in the same Asset Publisher, between the notices
        items.insert(2, dl_abstract(DL_PATH))
        total += 1
    body = "".join(items) + pager(page, cur, total, len(chunks))
    return layout(
        request,
        title=f"{name} - {SHORT_NAME}",
        selected=page,
        crumbs=[(name, None)],
        main=portlet(ns(inst), name, body),
        side=sidebar(notices=name != THONG_BAO),
        head=f'<link href="{base_url(request)}{SITE}/{page}" rel="canonical" />',
        plid=plid,
    )


def _metadata(story: Story) -> str:
    tags = "".join(
        f'<a class="badge badge-default badge-sm" href="{tag_path(t)}">{esc(t)}</a> ' for t in story_tags(story)
    )
    o = story.opts
    return (
        '<div class="asset-metadata pgd-thongtin">'
        '<span class="metadata-entry metadata-author"><span class="user-avatar-image">'
        f'<img alt="" class="avatar img-circle" src="/image/user_portrait?img_id=0&amp;t={STAMP}" /></span> '
        f'{esc(o["cms_user"])}</span> '
        f'<span class="metadata-entry metadata-create-date">Ngày tạo {d_short(o["created"])}</span> '
        f'<span class="metadata-entry metadata-publish-date">Ngày hiển thị {d_short(o["disp"])}</span> '
        f'<span class="metadata-entry metadata-modified-date">Ngày sửa đổi {d_short(o["modified"])}</span> '
        '<span class="metadata-entry metadata-categories"><span class="taglib-asset-categories-summary">'
        f'<span class="asset-vocabulary">Chuyên mục:</span> <span class="asset-category">{esc(story.cat)}</span>'
        "</span></span> "
        + (f'<span class="metadata-entry metadata-tags"><span class="taglib-asset-tags-summary">Thẻ: {tags}</span></span> ' if tags else "")
        + f'<span class="metadata-entry metadata-view-count">{story.views()} Lượt xem</span></div>'
    )


def _share(request: Request, story: Story, print_href: str | None, fn: str) -> str:
    perma = display_path(story)
    full = base_url(request) + perma
    printer = (
        f'<a href="javascript:{fn}();" class="taglib-icon"><svg class="lexicon-icon lexicon-icon-print"></svg> In bài</a>'
        f'<script type="text/javascript">function {fn}() {{ window.open(\'{print_href}\', \'title\', '
        "'directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640'); }</script>"
        if print_href
        else ""
    )
    return (
        '<div class="asset-user-actions pgd-congcu">'
        f"{printer} "
        f'<a class="lk-codinh" href="{perma}" title="Liên kết cố định">Liên kết cố định</a> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(full, safe="")}" rel="nofollow" target="_blank">'
        f'<img alt="Facebook" src="{THEME}/images/social/facebook.png" /></a> '
        f'<a href="https://sp.zalo.me/share_inline?url={quote(full, safe="")}" rel="nofollow" target="_blank">'
        f'<img alt="Zalo" src="{THEME}/images/social/zalo.png" /></a></div>'
    )


def _related(story: Story) -> str:
    ids = RELATED.get(story.id)
    if not ids:
        return ""
    items = "".join(
        f'<li class="asset-links-list-item"><a class="asset-title" href="{display_path(BY_ID[i])}">'
        f'<svg class="lexicon-icon lexicon-icon-web-content"></svg> {esc(BY_ID[i].title)}</a></li>'
        for i in ids
    )
    return (
        '<div class="asset-links"><h2 class="asset-links-title"><svg class="lexicon-icon lexicon-icon-link"></svg> '
        f'Nội dung liên quan</h2><ul class="list-unstyled">{items}</ul></div>'
    )


def _ratings_and_comments(story: Story) -> str:
    aid = ASSET_IDS[story.id]
    return (
        f'<div class="asset-ratings"><div class="taglib-ratings stars" id="ratings-{aid}">'
        '<div class="liferay-rating-vote"><div class="rating-label">Đánh giá của bạn</div>'
        '<span class="rating-stars">☆☆☆☆☆</span></div><div class="liferay-rating-score">'
        '<div class="rating-label">Đánh giá trung bình</div><span class="rating-stars">★★★★☆</span> '
        f"({(story.id * 3) % 7 + 1} Phiếu)</div></div></div>"
        '<div class="asset-discussion"><div class="taglib-discussion" id="discussion-'
        f'{aid}"><h4 class="lfr-discussion-title">0 Bình luận</h4>'
        '<div class="lfr-discussion-form-container"><p class="lfr-discussion-empty">Hãy là người đầu tiên '
        'bình luận.</p><a href="/c/portal/login" rel="nofollow">Đăng nhập để bình luận</a></div></div></div>'
    )


def _others(story: Story) -> str:
    page = CAT_PAGE[story.cat]
    delta = CATEGORY_PAGES[page][2]
    others = [s for s in cat_stories(story.cat)[:delta] if s is not story][:3]
    rows = "".join(
        f'<li><a href="{display_path(s)}">{esc(s.title)}</a> <span class="ngay-tk">({d_long(s.opts["disp"])})</span></li>'
        for s in others
    )
    return f'<div class="pgd-tinkhac"><h3 class="tieude-tinkhac">Các tin khác</h3><ul>{rows}</ul></div>'


def full_content(request: Request, story: Story, page: str, inst: str, back: str, *, for_print: bool = False) -> str:
    aid = ASSET_IDS[story.id]
    fn = f"_{ns(inst)}_printPage_0"
    back_link = (
        ""
        if for_print
        else f'<div class="asset-quaylai"><a class="icon-monospaced" href="{esc(back)}" title="Quay lại">'
        '<svg class="lexicon-icon lexicon-icon-angle-left"></svg> Quay lại</a></div>'
    )
    return (
        '<div class="asset-full-content clearfix default-asset-publisher show-asset-title">'
        f"{back_link}"
        f'<h3 class="header-title"><span class="asset-title">{esc(story.title)}</span></h3>'
        f"{_metadata(story)}"
        + ("" if for_print else _share(request, story, print_path(page, inst, story), fn))
        + f'<span class="asset-anchor lfr-asset-anchor" id="{aid}"></span>'
        f'<div class="asset-content" id="_{ns(inst)}_{aid}">{journal_article_div(story)}</div>'
        + ("" if for_print else _related(story) + _ratings_and_comments(story))
        + "</div>"
    )


def content_view(request: Request, page: str, inst: str, story: Story) -> Response:
    if request.params.get("p_p_state") == "pop_up":
        return print_view(request, page, inst, story)
    back = request.params.get("redirect", "")
    if not back.startswith("/"):
        back = f"{SITE}/{page}"
    if page in CATEGORY_PAGES:
        pname, plid = CATEGORY_PAGES[page][0], CATEGORY_PAGES[page][4]
        ptitle = pname
    else:
        pname, plid, ptitle = "Từ khóa", 20160, "Nội dung theo từ khóa"
    main = portlet(ns(inst), ptitle, full_content(request, story, page, inst, back) + _others(story))
    return layout(
        request,
        title=f"{story.title} - {pname} - {SHORT_NAME}",
        selected=page,
        crumbs=[(pname, f"{SITE}/{page}"), (story.title, None)],
        main=main,
        side=sidebar(),
        head=(
            f'<link href="{base_url(request)}{display_path(story)}" rel="canonical" />\n'
            f'<meta content="{esc(story.opts.get("desc") or listing_summary(story))}" lang="vi-VN" name="description" />'
        ),
        plid=plid,
    )


def print_view(request: Request, page: str, inst: str, story: Story) -> Response:
    body = full_content(request, story, page, inst, "", for_print=True)
    return html(
        f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><title>{esc(story.title)} - {esc(SHORT_NAME)}</title>
<meta content="noindex, nofollow" name="robots" />
<link href="{base_url(request)}{display_path(story)}" rel="canonical" />
<link href="{THEME}/css/main.css" rel="stylesheet" type="text/css" /></head>
<body class="portal-popup ">
<div class="columns-max" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-12 portlet-column" id="column-1">
{portlet(ns(inst), "", body, decorate=False)}
</div></div></div>
<script type="text/javascript">print();</script>
</body></html>"""
    )


def display_page(request: Request, story: Story) -> Response:
    page = CAT_PAGE[story.cat]
    tags = "".join(f'<a class="the-tag" href="{tag_path(t)}">#{esc(t)}</a> ' for t in story_tags(story))
    main = (
        '<div class="fragment-1402 ctt-frag-tieude"><h1 class="component-heading ctt-h1" '
        f'data-lfr-editable-id="element-text" data-lfr-editable-type="text">{esc(story.title)}</h1></div>'
        '<div class="fragment-1403 ctt-frag-meta"><p class="ctt-meta">'
        f'Chuyên mục: <a href="{SITE}/{page}">{esc(story.cat)}</a> <span class="ngan">|</span> '
        f'Ngày đăng: {d_long(story.opts["disp"])} <span class="ngan">|</span> Lượt xem: {story.views()}</p></div>'
        '<div class="fragment-1404 ctt-frag-noidung"><div class="component-html" '
        f'data-lfr-editable-id="element-html" data-lfr-editable-type="rich-text">{journal_article_div(story)}</div></div>'
        + (f'<div class="fragment-1405 ctt-frag-the"><span class="nhan-the">Từ khóa:</span> {tags}</div>' if tags else "")
        + f'<div class="fragment-1406">{_share(request, story, None, "noop")}</div>'
        + f'<div class="fragment-1407">{_related(story)}{_others(story)}</div>'
    )
    return layout(
        request,
        title=f"{story.title} - {SHORT_NAME}",
        selected="",
        crumbs=[("Chi tiết tin", None)],
        main=main,
        side=sidebar(),
        head=(
            f'<link href="{base_url(request)}{display_path(story)}" rel="canonical" />\n'
            f'<meta content="{esc(story.title)}" property="og:title" />\n'
            f'<meta content="{base_url(request)}{display_path(story)}" property="og:url" />'
        ),
        plid=20162,
    )


def tag_page(request: Request, tag: str) -> Response:
    here = tag_path(tag)
    items = [BY_ID[i] for i in TAGS[tag]]
    body = (
        f'<div class="taglib-header"><h3 class="header-title">Nội dung có thẻ: <strong>{esc(tag)}</strong></h3></div>'
        + "".join(abstract(s, _uhref(ap_link(TAG_PAGE, TAG_AP, s, here))) for s in _by_date(items))
    )
    return layout(
        request,
        title=f"{tag} - Từ khóa - {SHORT_NAME}",
        selected="",
        crumbs=[("Từ khóa", f"{SITE}/{TAG_PAGE}"), (tag, None)],
        main=portlet(ns(TAG_AP), "Nội dung theo từ khóa", body),
        side=sidebar(),
        plid=20160,
    )


def tag_home(request: Request) -> Response:
    return layout(
        request,
        title=f"Từ khóa - {SHORT_NAME}",
        selected="",
        crumbs=[("Từ khóa", None)],
        main=portlet(
            ns(TAG_AP), "Nội dung theo từ khóa",
            '<div class="alert alert-info">Chọn một từ khóa để xem các tin bài liên quan.</div>',
        )
        + tags_cloud(),
        side=search_bar() + web_links_and_counter(),
        plid=20160,
    )


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    results = []
    if q:
        needle = q.lower()
        results = [s for s in _by_date(STORIES) if needle in s.title.lower() or needle in _plain_text(s).lower()]
    if not q:
        body = '<div class="alert alert-info">Nhập từ khóa để tìm kiếm.</div>'
    elif not results:
        body = f'<div class="search-noresults">Không tìm thấy kết quả nào phù hợp với <strong>{esc(q)}</strong>.</div>'
    else:
        rows = "".join(
            '<li class="list-group-item"><div class="autofit-col autofit-col-expand">'
            f'<h4><a href="{display_path(s)}">{esc(s.title)}</a></h4>'
            f'<p class="search-document-content text-default">{esc(listing_summary(s))}</p>'
            f'<p class="text-default">Nội dung web · {d_long(s.opts["disp"])}</p></div></li>'
            for s in results
        )
        body = (
            f'<p class="search-total-label">{len(results)} kết quả cho <strong>{esc(q)}</strong></p>'
            f'<ul class="list-group">{rows}</ul>'
        )
    return layout(
        request,
        title=f"Tìm kiếm - {SHORT_NAME}",
        selected="",
        crumbs=[("Tìm kiếm", None)],
        main=search_bar() + portlet("com_liferay_portal_search_web_search_results_portlet_SearchResultsPortlet", "Kết quả tìm kiếm", body),
        side=web_links_and_counter(),
        head='<meta content="noindex" name="robots" />',
        plid=20158,
    )


# --- pages that are not articles --------------------------------------------------------------


def _wcd_page(request: Request, page: str, name: str, content: str, crumbs: list, plid: int) -> Response:
    article = (
        f'<div class="journal-content-article " data-analytics-asset-id="{plid + 21000}" '
        f'data-analytics-asset-title="{esc(name)}" data-analytics-asset-type="web-content">{content}</div>'
    )
    return layout(
        request,
        title=f"{name} - {SHORT_NAME}",
        selected=page if page != "co-cau-to-chuc" else "gioi-thieu",
        crumbs=crumbs,
        main=portlet(f"{WCD}_INSTANCE_pg{plid}", name, article),
        side=sidebar(),
        plid=plid,
    )


def intro(request: Request) -> Response:
    content = (
        '<div class="ctt-baiviet"><div class="ctt-noidung">'
        '<p style="text-align: justify;">Phòng Giáo dục và Đào tạo huyện Đông Anh là cơ quan chuyên môn '
        "thuộc Ủy ban nhân dân huyện, có chức năng tham mưu, giúp UBND huyện thực hiện chức năng quản lý "
        "nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>"
        '<p style="text-align: justify;">Toàn huyện hiện có 112 trường học với gần 95.000 học sinh, trong '
        "đó có 47 trường mầm non, 38 trường tiểu học và 27 trường trung học cơ sở; đội ngũ hơn 5.600 cán "
        "bộ quản lý, giáo viên và nhân viên.</p>"
        '<p style="text-align: justify;">Phòng có trụ sở tại số 2 đường Cao Lỗ, thị trấn Đông Anh; làm việc '
        "từ thứ Hai đến thứ Sáu hằng tuần, sáng từ 8 giờ đến 12 giờ, chiều từ 13 giờ đến 17 giờ.</p>"
        "</div></div>"
    )
    return _wcd_page(request, "gioi-thieu", "Giới thiệu chung", content, [("Giới thiệu", None)], 20149)


def organisation(request: Request) -> Response:
    rows = [
        ("Phạm Thị Minh Nguyệt", "Trưởng phòng", "024.3883.2150"),
        ("Lê Thị Thu Hà", "Phó Trưởng phòng", "024.3883.2151"),
        ("Đào Văn Bình", "Phó Trưởng phòng", "024.3883.2152"),
        ("Nguyễn Thị Mai", "Chuyên viên Tổ chức cán bộ", "024.3883.2156"),
    ]
    content = (
        '<table border="1" cellpadding="4" class="bang-lanhdao" style="width:100%;"><tbody>'
        "<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>"
        + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
        + "</tbody></table>"
    )
    return _wcd_page(
        request, "co-cau-to-chuc", "Cơ cấu tổ chức", content,
        [("Giới thiệu", f"{SITE}/gioi-thieu"), ("Cơ cấu tổ chức", None)], 20150,
    )


def contact(request: Request) -> Response:
    content = (
        "<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐÔNG ANH</strong></p>"
        "<p>Địa chỉ: Số 2 đường Cao Lỗ, thị trấn Đông Anh, huyện Đông Anh, thành phố Hà Nội</p>"
        "<p>Điện thoại: 024.3883.2156 - Fax: 024.3883.2157</p>"
        '<p>Email: <a href="mailto:pgddonganh@hanoiedu.vn">pgddonganh@hanoiedu.vn</a></p>'
        '<iframe height="300" src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="100%"></iframe>'
    )
    return _wcd_page(request, "lien-he", "Liên hệ", content, [("Liên hệ", None)], 20157)


DOCS = [
    ("412/TB-PGDĐT", "30/11/2026", "Thông báo tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện", "TB-412-PGDDT.pdf"),
    ("389/QĐ-PGDĐT", "05/11/2026", "Quyết định công nhận kết quả kiểm tra nội bộ học kỳ I", "QD-389-PGDDT.pdf"),
    ("187/KH-PGDĐT", "15/09/2026", "Kế hoạch tổ chức các kỳ thi, hội thi năm học 2026 - 2027", "KH-187-PGDDT.pdf"),
]


def documents(request: Request) -> Response:
    rows = "".join(
        f"<tr><td>{so}</td><td>{ngay}</td><td>{esc(ten)}</td>"
        f'<td><a href="{_doc(41300, f, "d0c5" + str(k) + "e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f")}">Tải về</a></td></tr>'
        for k, (so, ngay, ten, f) in enumerate(DOCS)
    )
    body = (
        '<table class="table table-autofit table-list table-striped"><thead><tr><th>Số ký hiệu</th>'
        f"<th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return layout(
        request,
        title=f"Văn bản - {SHORT_NAME}",
        selected="van-ban",
        crumbs=[("Văn bản", None)],
        main=portlet("com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_vb01", "Văn bản chỉ đạo, điều hành", body),
        side=sidebar(),
        plid=20156,
    )


def album(request: Request) -> Response:
    photos = "".join(
        f'<div class="image-link"><a href="{_doc(41205, n, u)}" title="{esc(t)}">'
        f'<img alt="{esc(t)}" class="img-thumbnail" src="{_doc(41205, n, u)}&amp;imageThumbnail=1" /></a>'
        f'<span class="image-title">{esc(t)}</span></div>'
        for n, u, t in [
            ("khai-mac-hkpd-1.jpg", "2b1f9c3e-5d7a-4e8b-9f10-3c2a1b4d5e6f", "Khai mạc Hội khỏe Phù Đổng"),
            ("khai-mac-hkpd-2.jpg", "7c0d4e21-aa3b-4f5c-8d6e-0b9a8c7d6e5f", "Đồng diễn thể dục nhịp điệu"),
            ("uy-no-chuan-qg.jpg", "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f", "Tiểu học Uy Nỗ đạt chuẩn quốc gia"),
        ]
    )
    return layout(
        request,
        title=f"Thư viện ảnh - {SHORT_NAME}",
        selected="thu-vien-anh",
        crumbs=[("Thư viện ảnh", None)],
        main=portlet(
            "com_liferay_document_library_web_portlet_IGDisplayPortlet_INSTANCE_ta02", "Thư viện ảnh",
            f'<div class="lfr-ig-gallery">{photos}</div>',
        ),
        side=sidebar(),
        plid=20159,
    )


def dl_entry(request: Request) -> Response:
    href = _doc(41300, DL_ENTRY["file"], DL_ENTRY["uuid"])
    body = (
        '<div class="asset-full-content clearfix default-asset-publisher show-asset-title">'
        f'<div class="asset-quaylai"><a href="{SITE}/thong-bao" title="Quay lại">Quay lại</a></div>'
        f'<h3 class="header-title"><span class="asset-title">{esc(DL_ENTRY["title"])}</span></h3>'
        '<div class="asset-content"><div class="file-entry-view">'
        f'<img alt="" src="{THEME}/images/file_system/large/pdf.png" /> '
        f'<a class="btn btn-primary" href="{href}&amp;download=true">Tải về (186 KB)</a>'
        "<dl><dt>Phiên bản</dt><dd>1.0</dd><dt>Trạng thái</dt><dd>Đã phê duyệt</dd>"
        f'<dt>Ngày sửa đổi</dt><dd>{d_long(DL_ENTRY["disp"])}</dd></dl></div></div></div>'
    )
    return layout(
        request,
        title=f"{DL_ENTRY['title']} - {THONG_BAO} - {SHORT_NAME}",
        selected="thong-bao",
        crumbs=[(THONG_BAO, f"{SITE}/thong-bao"), (DL_ENTRY["title"], None)],
        main=portlet(ns(CATEGORY_PAGES["thong-bao"][1]), THONG_BAO, body),
        side=sidebar(notices=False),
        plid=20155,
    )


def login(request: Request) -> Response:
    form = (
        '<form action="/c/portal/login" method="post" name="_com_liferay_login_web_portlet_LoginPortlet_fm">'
        '<input name="_com_liferay_login_web_portlet_LoginPortlet_login" type="text" />'
        '<input name="_com_liferay_login_web_portlet_LoginPortlet_password" type="password" />'
        '<button class="btn btn-primary" type="submit">Đăng nhập</button></form>'
    )
    return layout(
        request,
        title=f"Đăng nhập - {SHORT_NAME}",
        selected="",
        crumbs=[("Đăng nhập", None)],
        main=portlet("com_liferay_login_web_portlet_LoginPortlet", "Đăng nhập", form),
        side="",
        head='<meta content="noindex, nofollow" name="robots" />',
        plid=20147,
    )


# --- routing ---------------------------------------------------------------------------------

#: (page, Asset Publisher instance) pairs whose portlet shows an asset's full content
AP_INSTANCES = {(page, v[1]) for page, v in CATEGORY_PAGES.items()} | {(TAG_PAGE, TAG_AP)}
SIMPLE_PAGES = {
    "gioi-thieu": intro,
    "co-cau-to-chuc": organisation,
    "lien-he": contact,
    "van-ban": documents,
    "thu-vien-anh": album,
    "tim-kiem": search_page,
    TAG_PAGE: tag_home,
}
_DOC_SUFFIX = {".pdf": "application/pdf", ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def _media(path: str) -> Response | None:
    if path.startswith("/documents/"):
        parts = path.split("/")
        if len(parts) != 6 or not parts[4]:
            return None
        name = parts[4].lower()
        for ext, ctype in _DOC_SUFFIX.items():
            if name.endswith(ext):
                return Response(200, PDF if ext == ".pdf" else b"PK\x03\x04docx", {"Content-Type": ctype})
        return static_file(name)
    if path.startswith(("/image/journal/article", "/image/layout_set_logo", "/image/user_portrait")):
        return static_file("x.jpg")
    if path.startswith(("/o/", "/combo")):
        return static_file(path) or (static_file("x.js") if path.startswith("/combo") else None)
    return None


class LiferaySite:
    def respond(self, request: Request) -> Response | None:
        raw = request.path
        path = unquote(raw)
        if path == "/":
            return redirect(SITE, 302)
        if path in ("/c/portal/login",):
            return login(request)
        media = _media(raw)
        if media is not None:
            return media
        if not path.startswith(SITE):
            return None
        rest = path[len(SITE) :]
        if rest in ("", "/", "/trang-chu"):
            return home(request)
        if rest.startswith("/-/"):
            slug = rest[3:]
            if slug in BY_SLUG:
                return display_page(request, BY_SLUG[slug])
            if slug in OLD_SLUGS:
                return redirect(display_path(OLD_SLUGS[slug]), 301)
            return None
        parts = rest.strip("/").split("/")
        if len(parts) == 1:
            page = parts[0]
            if page in CATEGORY_PAGES:
                return category(request, page)
            if page in SIMPLE_PAGES:
                return SIMPLE_PAGES[page](request)
            return None
        if len(parts) == 6 and parts[1:3] == ["-", "asset_publisher"] and (parts[0], parts[3]) in AP_INSTANCES:
            page, inst, kind, key = parts[0], parts[3], parts[4], parts[5]
            if kind == "content" and key in BY_SLUG:
                return content_view(request, page, inst, BY_SLUG[key])
            if kind == "tag" and page == TAG_PAGE:
                tag = unquote_plus(raw.rsplit("/", 1)[1])
                return tag_page(request, tag) if tag in TAGS else None
            return None
        if (
            len(parts) == 7
            and parts[0] == "thong-bao"
            and parts[1:5] == ["-", "asset_publisher", CATEGORY_PAGES["thong-bao"][1], "document"]
            and parts[5:] == ["id", str(DL_ENTRY["id"])]
        ):
            return dl_entry(request)
        return None


def build_site() -> LiferaySite:
    return LiferaySite()


# --- gold ------------------------------------------------------------------------------------

GOLD = [
    gold_record(s, display_path(s), s.cat, canonical_path=display_path(s), alt_paths=alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/co-cau-to-chuc",
    f"{SITE}/lien-he",
    f"{SITE}/van-ban",
    f"{SITE}/thu-vien-anh",
    DL_PATH,
]
