"""Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh on Liferay Portal 6.2 CE (GA6), guest site, blind fixture.

Platform
--------
Liferay Portal 6.2 CE set up by the province's IT contractor: a custom guest theme
("sgddt-hatinh-theme", no dockbar for guests), Liferay's own breadcrumb (``ul.breadcrumb``),
portlets with borders and titles (``section.portlet > header.portlet-topper > h1.portlet-title``).
The home page is a grid of Asset Publisher (portlet 101) instances: a "Tin nổi bật" publisher
(its own instance, so its links stay on the home page), a tabbed publisher (``nav-tabs`` with
``javascript:`` tab links; the three panes are all in the HTML, two hidden) with "Xem tiếp" links
to the category pages, a Web Content Display (portlet 56) printing one notice in full, a
"Thông báo" ticker and "Văn bản mới". Category pages hold one publisher in "abstracts" display
with Liferay's page iterator. Articles are journal articles rendered by the publisher's full view
with the article's own Velocity template (three templates, see below).

URL scheme
----------
- start ``/web/guest/trang-chu`` (``/`` and ``/web/guest`` answer 302 to it)
- categories ``/web/guest/tin-tuc``, ``/web/guest/thong-bao``, ``/web/guest/hoat-dong-nganh``
- pages of a listing ``/web/guest/tin-tuc?p_p_id=101_INSTANCE_<id>&p_p_lifecycle=0&p_p_state=normal
  &p_p_mode=view&_101_INSTANCE_<id>_cur=<n>&_101_INSTANCE_<id>_delta=5``
- articles ``/web/guest/<cat>/-/asset_publisher/<id>/content/<url-title>`` (the gold path), also
  ``…?redirect=<encoded list URL>`` (the listing's links), ``…?redirect=…&inheritRedirect=true``
  (related assets), ``/web/guest/trang-chu/-/asset_publisher/<home id>/content/<url-title>?redirect=…``
  (the home publisher's own instance), the non-friendly render URL
  ``/web/guest/tin-tuc?p_p_id=101_INSTANCE_<id>&…&_101_INSTANCE_<id>_struts_action=%2Fasset_publisher
  %2Fview_content&…_assetEntryId=<n>&…_type=content&…_urlTitle=<url-title>``, the print pop-up
  ``…?p_p_state=pop_up&_101_INSTANCE_<id>_viewMode=print`` (only inside a ``javascript:`` print
  function) and the bare ``/c/journal/view_article_content?groupId=20182&articleId=<n>``
- documents ``/web/guest/thong-bao/-/asset_publisher/<id>/document/id/<n>`` (not articles), files
  ``/documents/20182/0/<file>.pdf/<uuid>``, images ``/documents/20182/<folder>/<name>.jpg/<uuid>?t=…``,
  thumbnails ``/image/journal/article?img_id=<n>&t=…``
- pages ``/web/guest/gioi-thieu``, ``/web/guest/co-cau-to-chuc``, ``/web/guest/lien-he``

Page templates
--------------
- home: featured publisher (4 items, home-instance URLs), tabs publisher (Tin tức 4 newest,
  Thông báo 4 newest entries incl. documents, Hoạt động ngành 3), Web Content Display with the
  notice TB1 in full (its whole text on a listing page), ticker linking two notices through
  ``/c/journal/view_article_content``, sidebar (Văn bản mới, Liên kết website ``<select>``, poll
  form posted to an action URL, visitor counter).
- category: publisher "abstracts" (title link with ``?redirect=``, small image, description cut
  at 200 characters with "...", "Xem tiếp", unlabelled ``metadata-publish-date`` "dd/MM/yy",
  view count); Tin tức and Thông báo use the page iterator: "regular" on Tin tức ("Trang đầu",
  "Trang trước", a "Trang 1 của 2" menu with 1 2, "Trang sau", "Trang cuối", "Hiển thị 1 - 5
  trong 8 kết quả."), "simple" on Thông báo ("Trang trước" / "Trang sau" only). Hoạt động ngành
  fits one page.
- article (publisher full view): ``taglib-header`` with back link and the title in an ``h3``,
  then the journal template, then inside the same ``asset-content``: ratings, "Tài sản liên quan",
  social bookmarks, then ``asset-metadata`` (publish date, views, "Bởi <account>", "Chủ đề"),
  then the discussion box; under the publisher a second publisher "Các tin khác" (5 newest of the
  section, current one left out; Thông báo: 3) with bare links.
- journal templates: "TinBai" (``h2.tb-tieude``, "Cập nhật lúc: HH:mm dd/MM/yyyy" = modified
  date, bold description ``div.tb-tomtat``, text, "Tác giả:" field right-aligned, print/email
  icons), "HoatDong" (title in a ``div``, "Đăng ngày: dd/MM/yyyy - HH:mm | Cập nhật lúc: …",
  description ``div.hd-sapo``, text, "Tác giả"), "ThongBao" (one layout table: title, dates,
  text, "Tác giả" when filled, "File đính kèm").

How each gold article is reached
--------------------------------
- Tin tức (8 entries, 2 pages): A1–A5 on page 1 (and home tabs/featured for A1–A4);
  X (filed under Hoạt động ngành) and A6, A7 on page 2 only: A6 and A7 are reachable ONLY from
  page 2 of the listing.
- Thông báo (3 articles + 3 documents, 2 pages): TB1, TB2 on page 1 (and home); TB3 on page 2 only.
- Hoạt động ngành (3 entries, 1 page): H2, X, H1 (also on the home tab).

Traps (each with the gold it implies)
-------------------------------------
1. Many URLs per article (duplicates): the listing's ``?redirect=<list URL>`` links (one variant
   per listing URL: ``/web/guest/tin-tuc`` and its ``_cur=1`` twin give two), the home publisher's
   own instance ``/web/guest/trang-chu/-/asset_publisher/rN4bXq7LmV1s/content/…`` (the article then
   shows inside the home grid, next to the full notice of the Web Content Display), the related
   assets' ``inheritRedirect=true`` and non-friendly ``struts_action`` render URLs, the print
   pop-up, ``/c/journal/view_article_content``. Gold: one record per article, path = the bare
   friendly URL under its section, every other form in ``alt_paths``.
2. A canonical that does not unify (new kind): Liferay 6.2 prints ``rel="canonical"`` as the
   request URL with its query cut off. The home-instance page therefore names itself
   (``/web/guest/trang-chu/-/asset_publisher/…``), and the non-friendly ``struts_action`` form
   names the LISTING (``/web/guest/tin-tuc``) as its canonical. Gold: canonical_path is always the
   bare section URL; ``/web/guest/tin-tuc`` stays a listing.
3. One article in two sections (new kind): X ("Hội nghị triển khai nhiệm vụ giáo dục thường
   xuyên…") is filed under Hoạt động ngành but also tagged into the Tin tức publisher; it has two
   self-canonical friendly URLs with different breadcrumbs. Gold: one record, path under
   ``/web/guest/hoat-dong-nganh``, category "Hoạt động ngành" (the "Chủ đề" line of the asset
   metadata on both pages), the Tin tức forms in ``alt_paths``.
4. Two dates, the labelled one is not the publication (new kind): the TinBai and ThongBao
   templates print "Cập nhật lúc: 16:20 04/12/2026" (the article's modified date, often later the
   same day, sometimes days later), while the publication date is the publisher's unlabelled
   ``metadata-publish-date`` in Java's short Vietnamese form with a two-digit year ("04/12/26").
   Gold: published_at = that day alone ("2026-12-04"). The HoatDong template prints "Đăng ngày:
   28/11/2026 - 07:05": gold "2026-11-28T07:05:00+07:00". The home tab's "(04/12)" has no year.
5. Image tables that are not tables (new kind): CKEditor's image + caption is a two-row
   ``<table>`` (image row, italic caption row); the caption goes to the image, not to the body as
   a table row. A2 has a real data table (thí sinh by subject): its rows ARE body paragraphs,
   cells joined by " | ".
6. Unresolved Velocity variable (new kind): A4's structure lost its "tacGia" field, so the
   template prints "Tác giả: $tacGia.getData()" literally. Gold: authors [], the line is not body.
7. The CMS account is not the author: the asset metadata prints "Bởi Quản Trị Cổng" (the Liferay
   user who published); the template's "Tác giả" field is the author, printed with degree and unit
   ("ThS. Lê Thị Hồng Nhung - Văn phòng Sở" -> "Lê Thị Hồng Nhung"); "BBT" -> nobody; a unit
   alone ("Phòng GDTrH") is the author; A3 signs in the text "Tin, ảnh: Nguyễn Hải Yến (Trường
   THPT Hồng Lĩnh)" -> author and photographer "Nguyễn Hải Yến".
8. Widgets inside the text's container (new kind): the publisher puts ratings ("Trung bình (0
   Phiếu)"), "Tài sản liên quan" (related links), social bookmarks and the metadata inside the
   same ``div.asset-content`` as the article; H1's text embeds a YouTube iframe and a "Xem thêm:"
   link line. None of it is body.
9. Headings that are chrome (new kind): the page's ``h1`` elements are the site logo, the
   breadcrumb box ("Bạn đang ở:") and the portlet title ("Tin tức"); the title appears twice
   (``taglib-header`` ``h3`` and the template's ``h2``/``div``). Gold title: the article headline.
10. A full article on the home page and listings cut short (new kind): the home's Web Content
   Display prints TB1 whole; the listing's description is cut with "...". Gold: the home page is
   not an article; summary = the full description printed on the article page.
11. Documents in the listing count: Thông báo's publisher also lists three Documents and Media
   entries ("Hiển thị" counts them); their pages (``/document/id/<n>``) are NON_ARTICLES.
12. Official notice: TB1's text is a letterhead table ("UBND TỈNH HÀ TĨNH | CỘNG HÒA…", "Số:
   2318/TB-SGDĐT", "Hà Tĩnh, ngày 02 tháng 12 năm 2026"), "THÔNG BÁO / Về việc …", then "Nơi
   nhận" and the signer: published_at "2026-12-02" (letterhead day, not the publish date
   03/12/26), author the signer "Lê Văn Khoa", letterhead/kind/subject/closing not body; "File
   đính kèm" line not body.
13. Migrated content (A7): text saved by an old editor with half of its non-ASCII letters as
   entity references, an image from the 6.0 Image Gallery (``/image/image_gallery?uuid=…&groupId=
   …&t=…``), no description (summary null), "Tác giả: BBT" -> nobody. A6 is a Word paste
   (``MsoNormal``, ``<o:p>``). Liferay's url-title normaliser drops "đ": "Sở Giáo dục và Đào tạo"
   -> "so-giao-duc-va-ao-tao".

Gold decisions on ambiguous points
----------------------------------
- published_at for TinBai/ThongBao articles: the publisher's publish date (day only, the page
  prints no time for it); the "Cập nhật lúc" time is an update time and is ignored even when it is
  the same day.
- category: the section the article is filed under (its "Chủ đề" line), not the page a duplicate
  URL sits on; the home-instance page's breadcrumb ("Trang chủ / <title>") names no section.
  Hoạt động ngành is a child page of Tin tức in the menu (breadcrumb "Trang chủ / Tin tức / Hoạt
  động ngành / <title>"): its articles' category is the nearest section, "Hoạt động ngành".
- summary: the template's description block (TinBai ``tb-tomtat``, HoatDong ``hd-sapo``) is the
  sapo and the body's first paragraph; ThongBao prints none (null).
- A3's "Tin, ảnh" line is inside the text, right-aligned: it is a byline, not body.
- A5's closing "Theo Báo Hà Tĩnh" (italic, right-aligned) is its source.
- TB2's address split by a ``<br>`` gives two paragraphs.
- The view_article_content fragment and the print pop-up serve the same article (alt_paths),
  although neither prints the publish date.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from urllib.parse import quote

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

NAME = "liferay62_asset_publisher_tabs_sgddt"
PLATFORM = "Liferay Portal 6.2 CE (Asset Publisher tabs/abstracts, Velocity journal templates)"
START_PATH = "/web/guest/trang-chu"

SITE_NAME = "Sở Giáo dục và Đào tạo Hà Tĩnh"
GROUP_ID = 20182
THEME = "/sgddt-hatinh-theme"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
HOME = "/web/guest/trang-chu"
HOME_AP = "rN4bXq7LmV1s"
TABS_AP = "Wd8hFk3oRy6P"
OTHERS_AP = "Ck2pVr6Ns0Ew"
WCD_ID = "56_INSTANCE_Jm4tSx9bHq2L"

#: section slug -> (name, publisher instance, layout plid, pagination type)
CATS: dict[str, tuple[str, str, int, str]] = {
    "tin-tuc": ("Tin tức", "Lq9vTn2Xk4Rb", 20215, "regular"),
    "thong-bao": ("Thông báo", "Hs7cWp0dYe3M", 20221, "simple"),
    "hoat-dong-nganh": ("Hoạt động ngành", "Zt5nGu8aJf2C", 20218, "none"),
}
DELTA = 5


def url_title(title: str) -> str:
    """Liferay 6.2's url title: marks stripped, "đ" dropped (it has no decomposition)."""
    s = unicodedata.normalize("NFD", title.lower())
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("đ", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def uuid_of(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def photo(name: str, folder: int = 41150) -> str:
    stamp = 1764700000000 + int(hashlib.md5(name.encode()).hexdigest()[:6], 16)
    return f"/documents/{GROUP_ID}/{folder}/{name}.jpg/{uuid_of(name)}?t={stamp}"


def story(
    aid: int,
    title: str,
    cat: str,
    published_at: str | None,
    blocks: list,
    **kw,
) -> Story:
    opts = kw.pop("opts")
    return Story(aid, url_title(title), title, cat, published_at, blocks, opts=opts, **kw)


# --- the articles ---------------------------------------------------------------------------

A1 = story(
    41203,
    "Tập huấn chuyển đổi số trong quản lý trường học năm học 2026 - 2027",
    "tin-tuc",
    "2026-12-04",
    [
        Img(photo("tap-huan-cds-1"), "Toàn cảnh hội nghị tập huấn tại điểm cầu Sở GD&ĐT",
            "Toàn cảnh hội nghị tập huấn tại điểm cầu Sở GD&ĐT", "table"),
        P("Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, với điểm cầu chính "
          "tại Sở GD&ĐT và 13 điểm cầu tại các phòng GD&ĐT huyện, thị xã, thành phố. Tham dự hội "
          "nghị có đồng chí Phan Thị Minh Thu, Phó Giám đốc Sở; lãnh đạo các phòng chuyên môn, "
          "nghiệp vụ thuộc Sở."),
        P("Phát biểu khai mạc, đồng chí Phó Giám đốc Sở nhấn mạnh: chuyển đổi số không chỉ là việc "
          "trang bị máy móc, phần mềm mà trước hết là thay đổi nhận thức, thói quen làm việc của "
          "mỗi cán bộ, giáo viên. Năm học 2026 - 2027, toàn ngành phấn đấu 100% cơ sở giáo dục sử "
          "dụng học bạ số, hồ sơ điện tử và thanh toán không dùng tiền mặt."),
        P("Nhiều nội dung thiết thực", "h"),
        P("Tại hội nghị, các báo cáo viên của Trung tâm Công nghệ thông tin (Bộ GD&ĐT) và đơn vị "
          "cung cấp giải pháp đã hướng dẫn khai thác cơ sở dữ liệu ngành, cập nhật dữ liệu học "
          "sinh, giáo viên lên hệ thống; quy trình ký số học bạ; bảo đảm an toàn thông tin khi sử "
          "dụng các phần mềm quản lý."),
        Img(photo("tap-huan-cds-2"), "Báo cáo viên hướng dẫn quy trình ký số học bạ điện tử",
            "Báo cáo viên hướng dẫn quy trình ký số học bạ điện tử", "table"),
        P("Các đại biểu cũng được trao đổi, giải đáp nhiều vướng mắc trong quá trình triển khai "
          "như: đường truyền tại các điểm trường lẻ vùng miền núi còn chập chờn, một số giáo viên "
          "lớn tuổi còn lúng túng khi thao tác, kinh phí mua chứng thư số còn hạn chế."),
        P("Kết thúc hội nghị, Sở GD&ĐT yêu cầu các đơn vị khẩn trương hoàn thiện dữ liệu trước "
          "ngày 20/12/2026, đồng thời chủ động bố trí kinh phí, nhân lực để triển khai đồng bộ các "
          "nội dung đã được tập huấn."),
    ],
    authors=["Lê Thị Hồng Nhung"],
    summary="Ngày 03/12, Sở Giáo dục và Đào tạo tổ chức hội nghị tập huấn chuyển đổi số trong "
    "quản lý trường học cho hơn 400 cán bộ quản lý, nhân viên phụ trách công nghệ thông tin của "
    "các cơ sở giáo dục trên địa bàn tỉnh.",
    sapo_outside=True,
    opts={"tpl": "TinBai", "pub": "2026-12-04 08:30", "mod": "2026-12-04 16:20",
          "tacgia": "ThS. Lê Thị Hồng Nhung - Văn phòng Sở", "tags": ["chuyển đổi số"]},
)

A2 = story(
    41231,
    "Hơn 1.300 thí sinh dự kỳ thi chọn học sinh giỏi tỉnh lớp 12",
    "tin-tuc",
    "2026-12-02",
    [
        Img(photo("thi-hsg-12-2026"), "Ảnh: Đức Quang", None, "center"),
        P("Kỳ thi nhằm phát hiện, bồi dưỡng học sinh có năng khiếu, đồng thời là căn cứ để lựa "
          "chọn đội tuyển tham dự kỳ thi chọn học sinh giỏi quốc gia THPT năm 2027."),
        P("Số lượng thí sinh đăng ký dự thi ở một số môn cụ thể như sau:"),
        P("Môn thi | Số thí sinh | Điểm thi", "tr"),
        P("Toán | 142 | THPT chuyên Hà Tĩnh", "tr"),
        P("Ngữ văn | 156 | THPT Phan Đình Phùng", "tr"),
        P("Tiếng Anh | 171 | THPT Thành Sen", "tr"),
        P("Vật lý | 118 | THPT chuyên Hà Tĩnh", "tr"),
        P("Tin học | 64 | THPT Thành Sen", "tr"),
        P("Trong thời gian diễn ra kỳ thi, các đoàn kiểm tra của Sở đã đến kiểm tra công tác coi "
          "thi tại tất cả các điểm thi. Qua kiểm tra, các điểm thi đều bố trí phòng thi, camera "
          "giám sát, tủ đựng đề thi đúng quy chế; cán bộ coi thi thực hiện nghiêm túc nhiệm vụ."),
        P("Theo kế hoạch, công tác chấm thi được tiến hành từ ngày 05/12 đến ngày 10/12/2026; kết "
          "quả dự kiến công bố trước ngày 15/12/2026."),
    ],
    authors=["Phòng GDTrH"],
    photographers=["Đức Quang"],
    summary="Trong hai ngày 01 và 02/12, kỳ thi chọn học sinh giỏi tỉnh lớp 12 THPT năm học "
    "2026 - 2027 đã diễn ra an toàn, nghiêm túc tại 5 điểm thi với 1.327 thí sinh dự thi 12 môn.",
    sapo_outside=True,
    opts={"tpl": "TinBai", "pub": "2026-12-02 10:15", "mod": "2026-12-02 10:42",
          "tacgia": "Phòng GDTrH"},
)

A3 = story(
    41188,
    "Trường THPT Hồng Lĩnh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
    "tin-tuc",
    "2026-11-21",
    [
        P("Về dự buổi lễ có đại diện lãnh đạo Sở GD&ĐT, lãnh đạo UBND thị xã Hồng Lĩnh, các thế "
          "hệ thầy cô giáo nghỉ hưu, đại diện Ban đại diện cha mẹ học sinh cùng đông đảo cựu học "
          "sinh của nhà trường."),
        Img(photo("hong-linh-20-11-a"), "Các tiết mục văn nghệ chào mừng do học sinh biểu diễn",
            "Các tiết mục văn nghệ chào mừng do học sinh biểu diễn", "center"),
        P("Năm học 2025 - 2026, nhà trường có 38 học sinh đạt giải học sinh giỏi cấp tỉnh, 2 học "
          "sinh đạt giải quốc gia; tỷ lệ tốt nghiệp THPT đạt 100%, điểm trung bình các môn thi tốt "
          "nghiệp xếp thứ 7 toàn tỉnh."),
        P("Phát biểu tại buổi lễ, thầy giáo Trần Đình Hải, Hiệu trưởng nhà trường bày tỏ lòng biết "
          "ơn đối với các thế hệ thầy cô đã dày công xây dựng mái trường, đồng thời mong muốn đội "
          "ngũ giáo viên tiếp tục đổi mới phương pháp, nêu gương cho học sinh noi theo."),
        Img(photo("hong-linh-20-11-b"), "(Lãnh đạo Sở GD&ĐT tặng hoa chúc mừng nhà trường)",
            "Lãnh đạo Sở GD&ĐT tặng hoa chúc mừng nhà trường", "center"),
        P("Nhân dịp này, nhà trường trao 45 suất học bổng \"Tiếp sức đến trường\" cho học sinh có "
          "hoàn cảnh khó khăn vươn lên học tốt, với tổng trị giá 90 triệu đồng do cựu học sinh "
          "các khóa đóng góp."),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Hải Yến (Trường THPT Hồng '
            'Lĩnh)</strong></p>'),
    ],
    authors=["Nguyễn Hải Yến"],
    photographers=["Nguyễn Hải Yến"],
    summary="Sáng 20/11, Trường THPT Hồng Lĩnh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
    "Việt Nam và đón nhận Bằng khen của Chủ tịch UBND tỉnh vì thành tích xuất sắc năm học "
    "2025 - 2026.",
    sapo_outside=True,
    opts={"tpl": "TinBai", "pub": "2026-11-21 07:50", "mod": "2026-11-21 09:05",
          "tacgia": None},
)

A4 = story(
    41167,
    "Sở GD&ĐT làm việc với UBND huyện Hương Khê về công tác phổ cập giáo dục",
    "tin-tuc",
    "2026-11-18",
    [
        P("Theo báo cáo của UBND huyện, đến tháng 10/2026 huyện Hương Khê duy trì vững chắc kết quả "
          "phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập giáo dục tiểu học mức độ 3 và xóa mù "
          "chữ mức độ 2; phổ cập giáo dục THCS đạt mức độ 2 ở 20/21 xã, thị trấn."),
        Img(photo("huong-khe-pcgd"), "Đoàn công tác làm việc tại UBND huyện Hương Khê",
            "Đoàn công tác làm việc tại UBND huyện Hương Khê", "table"),
        P("Tuy vậy, tình trạng học sinh bỏ học ở một số xã vùng đặc biệt khó khăn như Hương Liên, "
          "Hòa Hải vẫn còn xảy ra; việc cập nhật dữ liệu phổ cập trên hệ thống phần mềm có lúc chưa "
          "kịp thời, chưa khớp với số liệu thực tế."),
        P("Kết luận buổi làm việc, đồng chí Giám đốc Sở đề nghị huyện tăng cường vận động học sinh "
          "bỏ học trở lại lớp, gắn công tác phổ cập với xây dựng nông thôn mới; rà soát, chuẩn hóa "
          "dữ liệu phổ cập trước ngày 31/12/2026."),
        P("Sở GD&ĐT sẽ phối hợp với các sở, ngành liên quan tham mưu UBND tỉnh bố trí kinh phí hỗ "
          "trợ giáo viên dạy lớp xóa mù chữ và các lớp phổ cập tại thôn, bản."),
    ],
    summary="Chiều 17/11, đoàn công tác của Sở GD&ĐT do đồng chí Giám đốc Sở làm trưởng đoàn đã "
    "làm việc với UBND huyện Hương Khê về kết quả phổ cập giáo dục, xóa mù chữ năm 2026.",
    sapo_outside=True,
    opts={"tpl": "TinBai", "pub": "2026-11-18 09:00", "mod": "2026-11-20 15:33",
          "tacgia": "$vel"},
)

A5 = story(
    41142,
    "Hội thi giáo viên dạy giỏi cấp tỉnh bậc học mầm non năm học 2026 - 2027",
    "tin-tuc",
    "2026-11-12",
    [
        P("Hội thi năm nay có 96 giáo viên đến từ 13 huyện, thị xã, thành phố tham gia. Mỗi giáo "
          "viên phải trải qua hai phần thi: trình bày biện pháp nâng cao chất lượng chăm sóc, giáo "
          "dục trẻ và thực hành tổ chức hoạt động giáo dục trên trẻ."),
        P("Ban tổ chức đánh giá các giáo viên đã chuẩn bị chu đáo, vận dụng linh hoạt quan điểm "
          "giáo dục lấy trẻ làm trung tâm, tận dụng nguyên vật liệu sẵn có ở địa phương để làm đồ "
          "dùng, đồ chơi."),
        Img(photo("gvdg-mam-non-2026"), "Một tiết dạy của giáo viên Trường Mầm non Thạch Trung",
            "Một tiết dạy của giáo viên Trường Mầm non Thạch Trung", "table"),
        P("Kết quả, Ban tổ chức công nhận:"),
        P("84 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh;", "li"),
        P("12 giáo viên có biện pháp được xếp loại xuất sắc;", "li"),
        P("Phòng GD&ĐT thành phố Hà Tĩnh và thị xã Kỳ Anh đạt giải đồng đội.", "li"),
        P("Hội thi là dịp để đội ngũ giáo viên mầm non giao lưu, học hỏi kinh nghiệm, góp phần "
          "nâng cao chất lượng thực hiện Chương trình Giáo dục mầm non."),
        Raw('<p style="text-align: right;"><em>Theo Báo Hà Tĩnh</em></p>'),
    ],
    source="Báo Hà Tĩnh",
    summary="Từ ngày 09 đến 11/11, Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc học "
    "mầm non năm học 2026 - 2027 tại thành phố Hà Tĩnh.",
    sapo_outside=True,
    opts={"tpl": "TinBai", "pub": "2026-11-12 14:10", "mod": "2026-11-12 14:10",
          "tacgia": None, "related": ["A3"]},
)

A6 = story(
    41109,
    "Triển khai Chương trình Sữa học đường giai đoạn 2026 - 2030",
    "tin-tuc",
    "2026-11-03",
    [
        P("Theo đó, trẻ mẫu giáo và học sinh tiểu học tại các xã thuộc huyện Hương Khê, Hương Sơn, "
          "Vũ Quang và Kỳ Anh được uống sữa miễn phí 5 lần mỗi tuần, mỗi lần 180 ml; các địa bàn "
          "còn lại thực hiện theo hình thức hỗ trợ một phần kinh phí.", "mso"),
        P("Chương trình hướng tới mục tiêu cải thiện tình trạng dinh dưỡng, giảm tỷ lệ suy dinh "
          "dưỡng thấp còi, góp phần phát triển tầm vóc, thể lực của trẻ em Hà Tĩnh.", "mso"),
        P("Sở GD&ĐT yêu cầu các phòng GD&ĐT, nhà trường phối hợp với đơn vị cung cấp sữa kiểm tra "
          "nguồn gốc, hạn sử dụng, điều kiện bảo quản; tổ chức cho trẻ uống sữa đúng thời gian, "
          "có giáo viên theo dõi, không để trẻ mang sữa về nhà.", "mso"),
        P("Các đơn vị định kỳ cân, đo, theo dõi sức khỏe của trẻ trước và sau khi tham gia Chương "
          "trình, báo cáo kết quả về Sở trước ngày 25 tháng cuối mỗi học kỳ.", "mso"),
    ],
    authors=["Phan Văn Dũng"],
    summary="Sở GD&ĐT vừa có văn bản hướng dẫn các đơn vị triển khai Chương trình Sữa học đường "
    "cải thiện tình trạng dinh dưỡng cho trẻ mẫu giáo, học sinh tiểu học giai đoạn 2026 - 2030.",
    sapo_outside=True,
    opts={"tpl": "TinBai", "pub": "2026-11-03 16:45", "mod": "2026-11-04 08:02",
          "tacgia": "Phan Văn Dũng, Phòng GDMN"},
)

A7 = story(
    41085,
    "Khai mạc Hội khỏe Phù Đổng tỉnh Hà Tĩnh lần thứ XX năm 2026",
    "tin-tuc",
    "2026-10-20",
    [
        P("Sáng 19/10, tại Sân vận động thành phố Hà Tĩnh, Sở GD&ĐT phối hợp với Sở Văn hóa, Thể "
          "thao và Du lịch long trọng khai mạc Hội khỏe Phù Đổng tỉnh Hà Tĩnh lần thứ XX năm 2026."),
        P("Tham gia Hội khỏe có gần 2.000 vận động viên là học sinh tiểu học, THCS, THPT đến từ 13 "
          "đoàn thể thao các huyện, thị xã, thành phố và các trường THPT trực thuộc Sở."),
        Img(f"/image/image_gallery?uuid={uuid_of('hkpd-xx')}&groupId={GROUP_ID}&t=1287465300000",
            "Màn đồng diễn thể dục tại lễ khai mạc", "Màn đồng diễn thể dục tại lễ khai mạc",
            "center"),
        P("Các vận động viên sẽ tranh tài ở 11 môn: điền kinh, bơi lội, bóng đá, bóng chuyền, cầu "
          "lông, bóng bàn, cờ vua, đá cầu, võ thuật cổ truyền, vovinam và karate."),
        P("Hội khỏe Phù Đổng diễn ra đến hết ngày 27/10/2026; kết quả là căn cứ để thành lập đội "
          "tuyển tham dự Hội khỏe Phù Đổng toàn quốc lần thứ XI năm 2027."),
    ],
    opts={"tpl": "TinBai", "pub": "2026-10-20 10:30", "mod": "2026-10-20 10:30",
          "tacgia": "BBT", "entities": 2},
)

H1 = story(
    41096,
    "Công đoàn ngành Giáo dục hỗ trợ giáo viên, học sinh vùng lũ Hương Khê, Vũ Quang",
    "hoat-dong-nganh",
    "2026-10-30T16:30:00+07:00",
    [
        P("Công đoàn ngành Giáo dục Hà Tĩnh đã trao 120 suất quà, mỗi suất trị giá 2 triệu đồng, "
          "cho giáo viên, nhân viên có nhà bị ngập sâu, hư hỏng trong đợt mưa lũ cuối tháng 10."),
        P("Cùng với đó, hơn 3.500 bộ sách giáo khoa, 8.000 quyển vở và nhiều đồ dùng học tập đã "
          "được trao tặng học sinh các trường tiểu học, THCS bị thiệt hại tại hai huyện."),
        Raw('<div style="text-align: center;"><iframe allowfullscreen="" frameborder="0" '
            'height="315" src="https://www.youtube.com/embed/Xq3vL0hT9aE" width="560"></iframe>'
            '</div>'),
        P("Thay mặt các thầy cô giáo vùng lũ, cô giáo Nguyễn Thị Lan, Trường Tiểu học Hương Trạch "
          "xúc động cảm ơn sự quan tâm kịp thời của tổ chức công đoàn, giúp giáo viên sớm ổn định "
          "cuộc sống, yên tâm trở lại trường lớp."),
        P("Trước đó, Sở GD&ĐT đã chỉ đạo các nhà trường vùng lũ huy động lực lượng dọn vệ sinh, khử "
          "khuẩn phòng học, phơi sấy hồ sơ, thiết bị dạy học để đón học sinh đi học trở lại."),
        Raw('<p><strong>Xem thêm:</strong> <a href="/web/guest/hoat-dong-nganh">Ngành Giáo dục '
            'chung tay khắc phục hậu quả mưa lũ</a></p>'),
    ],
    authors=["Hoàng Anh"],
    summary="Chiều 29/10, Công đoàn ngành Giáo dục Hà Tĩnh tổ chức trao quà hỗ trợ giáo viên, "
    "học sinh bị ảnh hưởng bởi mưa lũ tại hai huyện Hương Khê và Vũ Quang.",
    sapo_outside=True,
    opts={"tpl": "HoatDong", "pub": "2026-10-30 16:30", "mod": "2026-10-31 08:15",
          "tacgia": "Hoàng Anh"},
)

H2 = story(
    41214,
    "Giao ban công tác giáo dục trung học tháng 11/2026",
    "hoat-dong-nganh",
    "2026-11-28T07:05:00+07:00",
    [
        P("Tham dự có lãnh đạo Phòng Giáo dục Trung học, hiệu trưởng các trường THPT và trưởng "
          "phòng GD&ĐT các huyện, thị xã, thành phố."),
        P("Theo báo cáo, trong tháng 11, các đơn vị đã tổ chức tốt các hoạt động chào mừng Ngày Nhà "
          "giáo Việt Nam; hoàn thành kiểm tra đánh giá giữa học kỳ I; 100% trường THPT tổ chức dạy "
          "học theo chủ đề STEM ít nhất 2 lần trong tháng."),
        Img(photo("giao-ban-gdtrh-11"), "Đồng chí Phó Giám đốc Sở phát biểu chỉ đạo hội nghị",
            "Đồng chí Phó Giám đốc Sở phát biểu chỉ đạo hội nghị", "table"),
        P("Nhiệm vụ trọng tâm tháng 12", "h"),
        P("Tổ chức chấm thi, công bố kết quả kỳ thi chọn học sinh giỏi tỉnh lớp 12; thành lập đội "
          "tuyển dự thi quốc gia.", "li"),
        P("Xây dựng kế hoạch ôn tập, kiểm tra cuối học kỳ I bảo đảm nhẹ nhàng, đúng thực chất.",
          "li"),
        P("Đẩy mạnh tư vấn hướng nghiệp, phân luồng học sinh sau THCS.", "li"),
        P("Kết luận hội nghị, đồng chí Phó Giám đốc Sở đề nghị các đơn vị quan tâm hơn nữa đến công "
          "tác tư vấn tâm lý học đường, kịp thời phát hiện, ngăn chặn bạo lực học đường."),
    ],
    authors=["Thu Hà"],
    summary="Sáng 27/11, Sở GD&ĐT tổ chức hội nghị giao ban công tác giáo dục trung học tháng "
    "11, triển khai nhiệm vụ tháng 12 năm 2026.",
    sapo_outside=True,
    opts={"tpl": "HoatDong", "pub": "2026-11-28 07:05", "mod": "2026-11-29 09:20",
          "tacgia": "Thu Hà"},
)

X = story(
    41126,
    "Hội nghị triển khai nhiệm vụ giáo dục thường xuyên, giáo dục nghề nghiệp năm học 2026 - 2027",
    "hoat-dong-nganh",
    "2026-11-06T14:00:00+07:00",
    [
        P("Năm học 2025 - 2026, các trung tâm GDNN-GDTX trong tỉnh đã thu hút 5.412 học viên theo "
          "học chương trình GDTX cấp THPT, kết hợp học nghề; tỷ lệ học viên tốt nghiệp đạt 97,8%."),
        P("Nhiều trung tâm đã chủ động liên kết với doanh nghiệp trong Khu kinh tế Vũng Áng để đào "
          "tạo, giải quyết việc làm cho học viên sau tốt nghiệp."),
        P("Năm học 2026 - 2027, ngành tập trung rà soát, sắp xếp mạng lưới trung tâm; nâng cao chất "
          "lượng dạy văn hóa gắn với dạy nghề; đẩy mạnh xây dựng xã hội học tập, phát triển các "
          "mô hình học tập suốt đời."),
        Img(photo("hn-gdtx-2026"), "Đại biểu tham dự hội nghị", "Đại biểu tham dự hội nghị",
            "table"),
        P("Hội nghị đã nghe tham luận của các trung tâm GDNN-GDTX Can Lộc, Hương Sơn, Kỳ Anh về "
          "kinh nghiệm duy trì sĩ số, phối hợp với doanh nghiệp trong đào tạo nghề."),
    ],
    authors=["Phòng GDTX-CN"],
    summary="Ngày 05/11, Sở GD&ĐT tổ chức hội nghị tổng kết năm học 2025 - 2026, triển khai nhiệm "
    "vụ giáo dục thường xuyên, giáo dục nghề nghiệp năm học 2026 - 2027.",
    sapo_outside=True,
    opts={"tpl": "HoatDong", "pub": "2026-11-06 14:00", "mod": "2026-11-06 14:00",
          "tacgia": "Phòng GDTX-CN", "also": "tin-tuc"},
)

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="text-align: center; width: 40%;">UBND TỈNH HÀ TĨNH<br />'
    "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 2318/TB-SGDĐT</td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong>Độc lập - Tự do - Hạnh phúc</strong><br /><em>Hà Tĩnh, ngày 02 tháng 12 năm 2026</em>"
    "</td></tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Về việc tuyển dụng viên chức giảng dạy tại các trường '
    "THPT, Trung tâm GDNN-GDTX năm 2026</strong></p>"
)
_SIGN = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><em><strong>Nơi nhận:</strong></em><br />'
    "- Như trên;<br />- UBND tỉnh (b/c);<br />- Sở Nội vụ;<br />- Lưu: VT, TCCB.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />'
    "PHÓ GIÁM ĐỐC</strong><br /><br /><br /><br /><strong>Lê Văn Khoa</strong></td>"
    "</tr></tbody></table>"
)

TB1 = story(
    41220,
    "Thông báo tuyển dụng viên chức giảng dạy tại các trường THPT, Trung tâm GDNN-GDTX năm 2026",
    "thong-bao",
    "2026-12-02",
    [
        Raw(_LETTERHEAD),
        P("Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển dụng, "
          "sử dụng và quản lý viên chức; căn cứ Kế hoạch số 2290/KH-SGDĐT ngày 25/11/2026 của Sở "
          "GD&ĐT, Sở GD&ĐT Hà Tĩnh thông báo tuyển dụng viên chức năm 2026 như sau:"),
        P("1. Chỉ tiêu tuyển dụng: 86 chỉ tiêu giáo viên THPT hạng III ở 14 môn học và 9 chỉ tiêu "
          "giáo viên dạy văn hóa tại các Trung tâm GDNN-GDTX."),
        P("2. Điều kiện đăng ký dự tuyển: người có đủ các điều kiện theo quy định tại Điều 22 Luật "
          "Viên chức; có bằng tốt nghiệp đại học sư phạm trở lên phù hợp với vị trí việc làm cần "
          "tuyển."),
        P("3. Thời gian nhận Phiếu đăng ký dự tuyển: từ ngày 03/12/2026 đến hết ngày 02/01/2027 "
          "(trong giờ hành chính các ngày làm việc)."),
        P("4. Địa điểm nhận Phiếu: Phòng Tổ chức cán bộ, Sở GD&ĐT Hà Tĩnh, số 108 đường Phan Đình "
          "Phùng, thành phố Hà Tĩnh. Điện thoại: 0239.3856.214."),
        P("Chi tiết chỉ tiêu tuyển dụng theo từng đơn vị, môn học được đăng tải tại tệp đính kèm "
          "Thông báo này."),
        Raw(_SIGN),
    ],
    authors=["Lê Văn Khoa"],
    opts={"tpl": "ThongBao", "pub": "2026-12-03 08:00", "mod": "2026-12-03 08:41",
          "tacgia": None, "file": "TB-2318-SGDDT-tuyen-dung-2026.pdf"},
)

TB2 = story(
    41197,
    "Thông báo điều chỉnh thời gian tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS",
    "thong-bao",
    "2026-11-25",
    [
        P("Do trùng lịch với kỳ kiểm tra cuối học kỳ I của một số đơn vị, Sở GD&ĐT thông báo điều "
          "chỉnh thời gian tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS năm học "
          "2026 - 2027 như sau:"),
        P("Thời gian tổ chức phần thi thực hành: từ ngày 06/01/2027 đến ngày 09/01/2027 (thay cho "
          "thời gian từ ngày 16/12 đến ngày 19/12/2026 tại Kế hoạch số 2105/KH-SGDĐT)."),
        P("Địa điểm khai mạc: Hội trường Sở GD&ĐT,"),
        P("số 108 đường Phan Đình Phùng, thành phố Hà Tĩnh.", "br"),
        P("Các nội dung khác giữ nguyên như Kế hoạch đã ban hành. Đề nghị các phòng GD&ĐT thông "
          "báo đến giáo viên dự thi và gửi danh sách điều chỉnh (nếu có) về Phòng Giáo dục Trung "
          "học trước ngày 20/12/2026."),
    ],
    authors=["Phòng Giáo dục Trung học"],
    opts={"tpl": "ThongBao", "pub": "2026-11-25 15:20", "mod": "2026-11-26 07:48",
          "tacgia": "Phòng Giáo dục Trung học", "file": "CV-2231-SGDDT-GDTrH.pdf"},
)

TB3 = story(
    41061,
    "Thông báo tổ chức Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học "
    "2026 - 2027",
    "thong-bao",
    "2026-10-28",
    [
        P("Thực hiện Kế hoạch năm học 2026 - 2027, Sở GD&ĐT tổ chức Cuộc thi khoa học kỹ thuật cấp "
          "tỉnh dành cho học sinh trung học. Cuộc thi nhằm khuyến khích học sinh nghiên cứu, sáng "
          "tạo, vận dụng kiến thức đã học vào giải quyết các vấn đề thực tiễn."),
        P("Đối tượng dự thi", "h"),
        P("Học sinh đang học lớp 8, lớp 9 tại các trường THCS;", "li"),
        P("Học sinh đang học từ lớp 10 đến lớp 12 tại các trường THPT, Trung tâm GDNN-GDTX.",
          "li"),
        P("Mỗi đơn vị đăng ký tối đa 3 dự án; mỗi dự án có không quá 2 học sinh và 1 người hướng "
          "dẫn khoa học."),
        P("Hồ sơ đăng ký dự thi gửi về Phòng Giáo dục Trung học trước ngày 15/01/2027. Vòng chung "
          "kết dự kiến tổ chức vào tháng 02/2027 tại Trường THPT chuyên Hà Tĩnh."),
    ],
    opts={"tpl": "ThongBao", "pub": "2026-10-28 10:00", "mod": "2026-10-28 10:05",
          "tacgia": None},
)

STORIES: dict[str, Story] = {
    "A1": A1, "A2": A2, "A3": A3, "A4": A4, "A5": A5, "A6": A6, "A7": A7,
    "H1": H1, "H2": H2, "X": X, "TB1": TB1, "TB2": TB2, "TB3": TB3,
}
A1.opts["related"] = ["A2", "DOC1"]


class Doc:
    """A Documents and Media entry shown by the Thông báo publisher (not an article)."""

    def __init__(self, key: str, entry: int, title: str, fname: str, pub: str, size: str,
                 desc: str):
        self.key, self.entry, self.title, self.fname = key, entry, title, fname
        self.pub, self.size, self.desc = pub, size, desc

    @property
    def file_url(self) -> str:
        return f"/documents/{GROUP_ID}/0/{self.fname}/{uuid_of(self.fname)}"


DOCS: dict[str, Doc] = {
    "DOC1": Doc("DOC1", 41226, "Kế hoạch số 2456/KH-SGDĐT tổ chức Ngày hội STEM học sinh trung học "
                "năm 2026", "KH-2456-SGDDT-ngay-hoi-STEM.pdf", "2026-12-01 09:12", "312k",
                "Kế hoạch tổ chức Ngày hội STEM dành cho học sinh trung học tỉnh Hà Tĩnh năm 2026."),
    "DOC2": Doc("DOC2", 41204, "Công văn số 2207/SGDĐT-GDTrH hướng dẫn kiểm tra cuối học kỳ I năm "
                "học 2026 - 2027", "CV-2207-SGDDT-kiem-tra-HKI.pdf", "2026-11-20 10:30", "198k",
                "Hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I đối với cấp THCS, THPT."),
    "DOC3": Doc("DOC3", 41152, "Quyết định số 1650/QĐ-SGDĐT công nhận trường đạt chuẩn quốc gia đợt "
                "2 năm 2026", "QD-1650-SGDDT-chuan-quoc-gia.pdf", "2026-11-10 16:05", "455k",
                "Danh sách 17 trường mầm non, tiểu học, THCS được công nhận đạt chuẩn quốc gia."),
}


# --- URLs -----------------------------------------------------------------------------------


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def ap_ns(inst: str) -> str:
    return f"_101_INSTANCE_{inst}_"


def list_url(cat: str, cur: int | None = None) -> str:
    """A listing page: the layout itself, or the page iterator's render URL."""
    if cur is None:
        return f"/web/guest/{cat}"
    inst = CATS[cat][1]
    ns = ap_ns(inst)
    return (f"/web/guest/{cat}?p_p_id=101_INSTANCE_{inst}&p_p_lifecycle=0&p_p_state=normal"
            f"&p_p_mode=view&{ns}cur={cur}&{ns}delta={DELTA}")


def article_path(key: str, cat: str | None = None) -> str:
    s = STORIES[key]
    cat = cat or s.cat
    return f"/web/guest/{cat}/-/asset_publisher/{CATS[cat][1]}/content/{s.slug}"


def home_path(key: str) -> str:
    return f"{HOME}/-/asset_publisher/{HOME_AP}/content/{STORIES[key].slug}"


def doc_path(key: str) -> str:
    return f"/web/guest/thong-bao/-/asset_publisher/{CATS['thong-bao'][1]}/document/id/{DOCS[key].entry}"


def print_url(page_path: str, inst: str) -> str:
    return f"{page_path}?p_p_state=pop_up&{ap_ns(inst)}viewMode=print"


def struts_url(key: str, cat: str) -> str:
    """The non-friendly render URL the related-assets list prints."""
    s = STORIES[key]
    inst = CATS[cat][1]
    ns = ap_ns(inst)
    return (f"/web/guest/{cat}?p_p_id=101_INSTANCE_{inst}&p_p_lifecycle=0&p_p_state=normal"
            f"&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=2"
            f"&{ns}struts_action=%2Fasset_publisher%2Fview_content&{ns}assetEntryId={entry_id(key)}"
            f"&{ns}type=content&{ns}urlTitle={s.slug}")


def vac_url(key: str) -> str:
    return f"/c/journal/view_article_content?groupId={GROUP_ID}&articleId={STORIES[key].id}"


def with_redirect(path: str, back: str) -> str:
    return f"{path}?redirect={quote(back, safe='')}"


def inherit_url(key: str, source: str) -> str:
    """A related-asset link: back to the article it was printed on, redirect inherited."""
    return f"{article_path(key)}?redirect={quote(article_path(source), safe='')}&inheritRedirect=true"


def entry_id(key: str) -> int:
    return STORIES[key].id + 7


def pub_of(key: str) -> datetime:
    return _dt(DOCS[key].pub if key in DOCS else STORIES[key].opts["pub"])


def entries(cat: str) -> list[str]:
    """The publisher's entries of a section, newest first (stories and documents)."""
    keys = [k for k, s in STORIES.items() if s.cat == cat or s.opts.get("also") == cat]
    if cat == "thong-bao":
        keys += list(DOCS)
    return sorted(keys, key=pub_of, reverse=True)


def n_pages(cat: str) -> int:
    return max(1, -(-len(entries(cat)) // DELTA))


def list_forms(cat: str, page: int) -> list[str]:
    """Every URL under which page ``page`` of a section's listing is linked."""
    if page == 1:
        return [list_url(cat), list_url(cat, 1)] if n_pages(cat) > 1 else [list_url(cat)]
    return [list_url(cat, page)]


FEATURED = ["A1", "A2", "H2", "A3"]
TICKER = ["TB1", "TB2"]
RELATED_STRUTS = {"A1": ["A2"]}
RELATED_INHERIT = {"A5": ["A3"]}


def related_links(key: str) -> list[tuple[str, str]]:
    """(href, title) of the "Tài sản liên quan" box of an article."""
    out = []
    for other in RELATED_STRUTS.get(key, []):
        out.append((struts_url(other, STORIES[other].cat), STORIES[other].title))
    for other in RELATED_INHERIT.get(key, []):
        out.append((inherit_url(other, key), STORIES[other].title))
    for other in STORIES[key].opts.get("related", []):
        if other in DOCS:
            out.append((doc_path(other), DOCS[other].title))
    return out


# --- text of an article ---------------------------------------------------------------------


def _img_html(img: Img) -> str:
    src = esc(img.src)
    if img.style == "table":
        cap = (f'<tr><td style="text-align: center;"><em><span style="font-size:12px;">'
               f"{esc(img.printed)}</span></em></td></tr>") if img.printed else ""
        return ('<table align="center" border="0" cellpadding="1" cellspacing="1" '
                'style="width: 520px;"><tbody><tr><td>'
                f'<img alt="" src="{src}" style="width: 520px; height: 347px;" /></td></tr>'
                f"{cap}</tbody></table>")
    out = f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 500px; height: 333px;" /></p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def render_text(s: Story) -> str:
    """The article's text as CKEditor (or Word, or the old editor) left it."""
    ent = s.opts.get("entities", 0)
    chunks: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            chunks.append(b.html)
        elif isinstance(b, Img):
            chunks.append(_img_html(b))
        elif b.style in ("li", "tr"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "li":
                items = "".join(f"\n\t<li>{text(g.text, entities=ent)}</li>" for g in group)
                chunks.append(f"<ul>{items}\n</ul>")
            else:
                rows = []
                for n, g in enumerate(group):
                    cells = g.text.split(" | ")
                    if n == 0:
                        tds = "".join(f'<td style="text-align: center;"><strong>{text(c)}</strong></td>' for c in cells)
                    else:
                        tds = "".join(f"<td>{text(c)}</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                chunks.append('<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;">'
                              f"<tbody>{''.join(rows)}</tbody></table>")
            i = j
            continue
        elif b.style == "br":
            prev = chunks.pop()
            chunks.append(prev[: -len("</p>")] + f"<br />\n{text(b.text, entities=ent)}</p>")
        elif b.style == "h":
            chunks.append(f"<p><strong>{text(b.text, entities=ent)}</strong></p>")
        elif b.style == "mso":
            chunks.append('<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;'
                          'text-indent:36.0pt;line-height:150%"><span lang="VI" style="font-size:'
                          '14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,&quot;'
                          f'serif&quot;">{text(b.text)}<o:p></o:p></span></p>')
        else:
            chunks.append(f'<p style="text-align: justify;">{text(b.text, entities=ent)}</p>')
        i += 1
    return "\n".join(chunks)


def _tools(s: Story, abs_url: str) -> str:
    mail = f"mailto:?subject={quote(s.title)}&amp;body={quote(abs_url, safe='')}"
    return (f'<a href="javascript:window.print();" title="In bài viết"><img alt="In" '
            f'src="{THEME}/images/icon/ico_print.gif" /></a>&nbsp;<a href="{mail}" title="Gửi email">'
            f'<img alt="Email" src="{THEME}/images/icon/ico_email.gif" /></a>')


def _tacgia(s: Story) -> str | None:
    value = s.opts.get("tacgia")
    if value == "$vel":
        return "$tacGia.getData()"
    return esc(value) if value else None


def render_template(s: Story, abs_url: str) -> str:
    """The journal article through its own Velocity template."""
    tpl = s.opts["tpl"]
    mod = _dt(s.opts["mod"])
    body = render_text(s)
    tg = _tacgia(s)
    if tpl == "TinBai":
        out = [
            '<div class="tb-ct">',
            f'<h2 class="tb-tieude">{esc(s.title)}</h2>',
            f'<div class="tb-capnhat"><span class="tb-ngay">Cập nhật lúc: {mod:%H:%M %d/%m/%Y}</span>'
            f' <span class="tb-congcu">{_tools(s, abs_url)}</span></div>',
        ]
        if s.summary:
            out.append(f'<div class="tb-tomtat"><strong>{esc(s.summary)}</strong></div>')
        out.append(f'<div class="tb-noidung">\n{body}\n</div>')
        if tg:
            out.append(f'<div class="tb-tacgia" style="text-align: right;">Tác giả: <strong>{tg}</strong></div>')
        out.append("</div>")
        return "\n".join(out)
    if tpl == "HoatDong":
        pub = _dt(s.opts["pub"])
        out = [
            '<div class="hd-wrap">',
            f'<div class="hd-title">{esc(s.title)}</div>',
            f'<div class="hd-info">Đăng ngày: {pub:%d/%m/%Y - %H:%M} &nbsp;|&nbsp; '
            f"Cập nhật lúc: {mod:%d/%m/%Y - %H:%M}</div>",
            f'<div class="hd-sapo">{esc(s.summary)}</div>' if s.summary else "",
            f'<div class="hd-body">\n{body}\n</div>',
            f'<p class="hd-tg" style="text-align: right;"><em>Tác giả:</em> {tg}</p>' if tg else "",
            f'<div class="hd-tools">{_tools(s, abs_url)}</div>',
            "</div>",
        ]
        return "\n".join(x for x in out if x)
    rows = [
        f'<tr><td class="tbao-tieude"><strong>{esc(s.title)}</strong></td></tr>',
        f'<tr><td class="tbao-ngay">Cập nhật lúc: {mod:%H:%M %d/%m/%Y} &nbsp; {_tools(s, abs_url)}</td></tr>',
        f'<tr><td class="tbao-nd">\n{body}\n</td></tr>',
    ]
    if tg:
        rows.append(f'<tr><td align="right">Tác giả: <b>{tg}</b></td></tr>')
    if s.opts.get("file"):
        f = s.opts["file"]
        rows.append(f'<tr><td class="tbao-file">File đính kèm: <a href="/documents/{GROUP_ID}/0/{f}/'
                    f'{uuid_of(f)}"><img alt="" src="/html/themes/classic/images/file_system/small/pdf.png" /> '
                    f"{esc(f)}</a></td></tr>")
    return ('<table cellpadding="3" cellspacing="0" class="tbao" width="100%"><tbody>\n'
            + "\n".join(rows) + "\n</tbody></table>")


_TAG = re.compile(r"<[^>]+>")


def plain_summary(s: Story) -> str:
    """What the publisher's abstract prints: the description, or the text's start; 200 chars."""
    import html as _h

    value = s.summary or _h.unescape(_TAG.sub(" ", render_text(s)))
    value = re.sub(r"\s+", " ", value).strip()
    if len(value) <= 200:
        return value
    cut = value[:197]
    return cut[: cut.rfind(" ")] + "..."


# --- chrome ---------------------------------------------------------------------------------

_NAV = [
    ("trang-chu", "Trang chủ", 1, []),
    ("gioi-thieu", "Giới thiệu", 2, [("co-cau-to-chuc", "Cơ cấu tổ chức", 7)]),
    ("tin-tuc", "Tin tức", 3, [("hoat-dong-nganh", "Hoạt động ngành", 8)]),
    ("thong-bao", "Thông báo", 4, []),
    ("lien-he", "Liên hệ", 5, []),
]


def _nav(selected: str) -> str:
    items = []
    for slug, name, lid, kids in _NAV:
        sel = selected == slug or any(selected == k[0] for k in kids)
        cls = ' class="selected"' if sel else ' class=""'
        aria = "true" if kids else "false"
        sub = ""
        if kids:
            lis = "".join(
                f'<li class="" id="layout_{k_id}" role="presentation"><a aria-labelledby="layout_{k_id}" '
                f'href="/web/guest/{k_slug}" role="menuitem">{esc(k_name)}</a></li>'
                for k_slug, k_name, k_id in kids
            )
            sub = f'<ul class="child-menu" role="menu">{lis}</ul>'
        items.append(
            f'<li{cls} id="layout_{lid}" role="presentation"><a aria-labelledby="layout_{lid}" '
            f'aria-haspopup="{aria}" href="/web/guest/{slug}" role="menuitem"><span> {esc(name)}</span></a>{sub}</li>'
        )
    return ('<nav class="sort-pages modify-pages" id="navigation" role="navigation">\n'
            '<h1 class="hide-accessible">Điều hướng</h1>\n<ul aria-label="Trang Site" role="menubar">\n'
            + "\n".join(items) + "\n</ul>\n</nav>")


def _breadcrumb(base: str, crumbs: list[tuple[str, str | None]]) -> str:
    lis = [f'<li class="first"><a href="{base}/web/guest">Trang chủ</a><span class="divider">/</span></li>']
    for n, (label, href) in enumerate(crumbs):
        last = n == len(crumbs) - 1
        cls = "active last breadcrumb-truncate" if last else "current-parent breadcrumb-truncate"
        link = f'<a href="{esc(base + href)}">{esc(label)}</a>' if href else esc(label)
        div = "" if last else '<span class="divider">/</span>'
        lis.append(f'<li class="{cls}">{link}{div}</li>')
    return ('<nav id="breadcrumbs"><h1><span>Bạn đang ở:</span></h1>'
            '<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">'
            + "".join(lis) + "</ul></nav>")


def portlet(pid: str, title: str | None, inner: str, extra_cls: str = "") -> str:
    """A portlet with Liferay 6.2's boundary and, when titled, its border."""
    short = pid.split("_INSTANCE_")[0]
    if title is None:
        return (f'<div class="portlet-boundary portlet-boundary_{short}_ portlet-static '
                f'portlet-static-end portlet-borderless {extra_cls}" id="p_p_id_{pid}_">'
                f'<span id="p_{pid}"></span><div class="portlet-borderless-container" style="">'
                f'<div class="portlet-body">\n{inner}\n</div></div></div>')
    return (f'<div class="portlet-boundary portlet-boundary_{short}_ portlet-static portlet-static-end '
            f'{extra_cls}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
            f'<section class="portlet" id="portlet_{pid}"><header class="portlet-topper">'
            f'<h1 class="portlet-title"><span class="portlet-title-text">{esc(title)}</span></h1>'
            f'<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{pid}" type="toolbar"></menu>'
            f'</header><div class="portlet-content"><div class=" portlet-content-container" style="">'
            f'<div class="portlet-body">\n{inner}\n</div></div></div></section></div>')


def _sidebar() -> str:
    docs = "".join(
        f'<li class="title-list"><a href="{doc_path(k)}"><img alt="" src="/html/themes/classic/images/'
        f'file_system/small/pdf.png" /> {esc(d.title)}</a> <span class="vb-ngay">({_dt(d.pub):%d/%m/%Y})</span></li>'
        for k, d in DOCS.items()
    )
    links = "".join(
        f'<option value="{u}">{esc(n)}</option>' for u, n in [
            ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
            ("https://hatinh.gov.vn", "Cổng TTĐT tỉnh Hà Tĩnh"),
            ("https://baohatinh.vn", "Báo Hà Tĩnh"),
            ("https://thuvienhoclieu.edu.vn", "Kho học liệu số"),
        ]
    )
    poll_ns = "_59_INSTANCE_Pv3kQ8sWj1Tn_"
    poll = (
        f'<form action="{HOME}?p_p_id=59_INSTANCE_Pv3kQ8sWj1Tn&amp;p_p_lifecycle=1&amp;p_p_state=normal'
        f'&amp;p_p_mode=view&amp;{poll_ns}struts_action=%2Fpolls_display%2Fview" method="post" name="{poll_ns}fm">'
        '<span class="poll-description">Bạn quan tâm nhất nội dung nào trên Cổng thông tin?</span>'
        + "".join(
            f'<label class="radio"><input name="{poll_ns}choiceId" type="radio" value="{v}" /> {esc(t)}</label>'
            for v, t in [(30101, "Tin tức - Sự kiện"), (30102, "Văn bản chỉ đạo"),
                         (30103, "Thủ tục hành chính"), (30104, "Tuyển sinh")]
        )
        + '<button class="btn" type="submit">Bình chọn</button></form>'
    )
    counter = ('<ul class="thong-ke"><li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.284</b></li>'
               '<li>Tháng này: <b>41.906</b></li><li>Tổng truy cập: <b>3.917.502</b></li></ul>')
    return "\n".join([
        portlet("101_INSTANCE_Vb5mEz1oKc7D", "Văn bản mới", f'<ul class="title-list">{docs}</ul>'),
        portlet("56_INSTANCE_Lk8wQb0zRt4N", "Liên kết website",
                f'<select class="lienket" onchange="if(this.value)window.open(this.value);">'
                f'<option value="">-- Chọn liên kết --</option>{links}</select>'),
        portlet("59_INSTANCE_Pv3kQ8sWj1Tn", "Thăm dò ý kiến", poll),
        portlet("thongketruycap_WAR_sgddtportlet", "Thống kê truy cập", counter),
    ])


def page(
    request: Request,
    *,
    title: str,
    selected: str,
    crumbs: list[tuple[str, str | None]] | None,
    main: str,
    plid: int,
    description: str | None = None,
) -> Response:
    base = base_url(request)
    canonical = base + request.path
    desc = (f'<meta content="{esc(description)}" lang="vi-VN" name="description" />\n'
            if description else "")
    bc = _breadcrumb(base, crumbs) if crumbs is not None else ""
    q = "browserId=other&amp;themeId=sgddthatinh_WAR_sgddthatinhtheme&amp;colorSchemeId=01&amp;languageId=vi_VN&amp;b=6210&amp;t=1764290004000"
    body = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{desc}<link href="{THEME}/images/favicon.ico" rel="Shortcut Icon" />
<link href="{esc(canonical)}" rel="canonical" />
<link class="lfr-css-file" href="{base}{THEME}/css/aui.css?{q}&amp;minifierType=css" rel="stylesheet" type="text/css" />
<link href="/html/css/main.css?{q}&amp;minifierType=css" rel="stylesheet" type="text/css" />
<script type="text/javascript">
var themeDisplay = Liferay.ThemeDisplay = {{getCompanyId: function() {{return "20155";}}, getLayoutId: function() {{return "{plid % 100}";}}, getPlid: function() {{return "{plid}";}}, getScopeGroupId: function() {{return "{GROUP_ID}";}}, getLanguageId: function() {{return "vi_VN";}}, isSignedIn: function() {{return false;}}, getPathThemeImages: function() {{return "{base}{THEME}/images";}}}};
</script>
<script src="/html/js/barebone.jsp?{q}&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files" type="text/javascript"></script>
<link class="lfr-css-file" href="{base}{THEME}/css/main.css?{q}" rel="stylesheet" type="text/css" />
</head>
<body class=" yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">Chuyển đến nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><span class="ngay-thang">{HEADER_DATE}</span>
<form action="{HOME}?p_p_auth=Qm3xT7aZ&amp;p_p_id=77&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_p_mode=view&amp;_77_struts_action=%2Fjournal_content_search%2Fsearch" method="post" name="_77_fm"><input name="_77_keywords" placeholder="Tìm kiếm..." size="20" type="text" /> <button class="btn" type="submit">Tìm</button></form>
</div>
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="{HOME}" title="Đi đến {esc(SITE_NAME)}"><img alt="{esc(SITE_NAME)}" height="110" src="/image/company_logo?img_id=20197&amp;t=1764290004000" width="1000" /></a>
<span class="site-name" title="Đi đến {esc(SITE_NAME)}">{esc(SITE_NAME)}</span></h1></div>
{_nav(selected)}
</header>
<div id="content">
{bc}
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{_sidebar()}
</div></div>
</div>
</div>
<form action="#" id="hrefFm" method="post" name="hrefFm"><span></span></form>
</div>
<footer id="footer" role="contentinfo">
<div class="ft-info"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</strong></p>
<p>Địa chỉ: Số 108, đường Phan Đình Phùng, thành phố Hà Tĩnh, tỉnh Hà Tĩnh</p>
<p>Điện thoại: 0239.3855.726 - Fax: 0239.3856.103 - Email: vanphong.sgddt@hatinh.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo. Ghi rõ nguồn "Cổng TTĐT Sở GD&amp;ĐT Hà Tĩnh" khi phát hành lại thông tin từ website này.</p>
<p class="powered-by">Phát triển trên nền <a href="https://www.liferay.com" rel="external">Liferay Portal</a></p></div>
</footer>
</div>
<script type="text/javascript">AUI().use('aui-base', 'liferay-menu', 'liferay-navigation-interaction', function(A) {{ Liferay.Menu(); }});</script>
</body>
</html>"""
    return html(body)


# --- pieces of the asset publisher -------------------------------------------------------------


def _thumb(s: Story) -> str:
    if not s.images:
        return ""
    return (f'<div class="asset-small-image"><img alt="" class="asset-small-image" '
            f'src="/image/journal/article?img_id={s.id + 2}&amp;t={1764300000000 + s.id}" width="150" /></div>')


def _abstract(key: str, href: str) -> str:
    if key in DOCS:
        d = DOCS[key]
        title, summary, thumb = d.title, d.desc, ""
        icon = "/html/themes/classic/images/file_system/small/pdf.png"
        views = 40 + d.entry % 300
    else:
        s = STORIES[key]
        title, summary, thumb = s.title, plain_summary(s), _thumb(s)
        icon = "/html/themes/classic/images/file_system/small/html.png"
        views = s.views()
    h = esc(href)
    return f"""<div class="asset-abstract ">
<div class="lfr-meta-actions asset-actions"></div>
<h3 class="asset-title"><a href="{h}"><img alt="" src="{icon}" /> {esc(title)}</a></h3>
<div class="asset-content"><div class="asset-summary">{thumb}
{esc(summary)}</div>
<div class="asset-more"><a href="{h}">Xem tiếp <span class="hide-accessible">về {esc(title)}</span> »</a></div></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{pub_of(key):%d/%m/%y}</span>
<span class="metadata-entry metadata-view-count">{views} Lượt xem</span></div>
</div>"""


def _pager(cat: str, cur: int, total: int) -> str:
    _, inst, _, kind = CATS[cat]
    n = n_pages(cat)
    ns = ap_ns(inst)
    if kind == "none" or n == 1:
        return ""

    def a(label: str, page_no: int, enabled: bool, cls: str = "") -> str:
        c = " ".join(x for x in (cls, "" if enabled else "disabled") if x)
        href = esc(list_url(cat, page_no)) if enabled else "javascript:;"
        return f'<li class="{c}"><a href="{href}">{label}</a></li>'

    if kind == "simple":
        return (f'<div class="taglib-page-iterator" id="{ns}ocerSearchContainerPageIterator">'
                '<div class="clearfix lfr-pagination"><ul class="lfr-pagination-buttons pager">'
                + a("← Trang trước", cur - 1, cur > 1)
                + a("Trang sau →", cur + 1, cur < n)
                + "</ul></div></div>")
    start, end = (cur - 1) * DELTA + 1, min(cur * DELTA, total)
    menu = "".join(
        f'<li class="" role="presentation"><a class="taglib-icon" href="{esc(list_url(cat, k))}" '
        f'id="{ns}kldx_menu_{k}" role="menuitem"><span class="taglib-text-icon">{k}</span></a></li>'
        for k in range(1, n + 1)
    )
    deltas = "".join(
        f'<li class="" role="presentation"><a class="taglib-icon" href="javascript:;" onclick="'
        f"{ns}changeDelta({d});\" role=\"menuitem\"><span class=\"taglib-text-icon\">{d}</span></a></li>"
        for d in (5, 10, 20, 30, 50, 75)
    )
    nums = "".join(
        f'<li class="active"><a href="javascript:;">{k}</a></li>' if k == cur
        else f'<li><a href="{esc(list_url(cat, k))}">{k}</a></li>'
        for k in range(1, n + 1)
    )
    return f"""<div class="taglib-page-iterator" id="{ns}ocerSearchContainerPageIterator">
<div class="clearfix lfr-pagination">
<div class="lfr-pagination-config">
<div class="lfr-pagination-page-selector"><div class="btn-group lfr-icon-menu current-page-menu">
<a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" id="{ns}kldx" title="Trang {cur} của {n}"><span class="lfr-icon-menu-text">Trang {cur} của {n}</span> <i class="caret"></i></a>
<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{menu}</ul></div></div>
<div class="lfr-pagination-delta-selector"><div class="btn-group lfr-icon-menu">
<a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" id="{ns}tkkn" title="{DELTA} Mục trên mỗi trang"><span class="lfr-icon-menu-text">{DELTA} Mục trên mỗi trang</span> <i class="caret"></i></a>
<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{deltas}</ul></div></div>
</div>
<small class="search-results">Hiển thị {start} - {end} trong {total} kết quả.</small>
<ul class="lfr-pagination-buttons pager">
{a("← Trang đầu", 1, cur > 1, "first")}
{a("Trang trước", cur - 1, cur > 1)}
{nums}
{a("Trang sau", cur + 1, cur < n)}
{a("Trang cuối →", n, cur < n, "last")}
</ul>
</div>
</div>"""


def listing_page(request: Request, cat: str, cur: int) -> Response:
    name, inst, plid, _ = CATS[cat]
    keys = entries(cat)
    n = n_pages(cat)
    cur = min(max(cur, 1), n)
    here = request.target
    items = []
    for key in keys[(cur - 1) * DELTA: cur * DELTA]:
        target = doc_path(key) if key in DOCS else article_path(key, cat)
        items.append(_abstract(key, with_redirect(target, here)))
    inner = "\n".join(items) + "\n" + _pager(cat, cur, len(keys))
    main = portlet(f"101_INSTANCE_{inst}", name, inner, "portlet-asset-publisher")
    crumbs: list[tuple[str, str | None]] = [(name, list_url(cat))]
    if cat == "hoat-dong-nganh":
        crumbs = [("Tin tức", list_url("tin-tuc")), (name, list_url(cat))]
    return page(request, title=f"{name} - {SITE_NAME}", selected=cat, crumbs=crumbs, main=main,
                plid=plid)


def full_view(request: Request, key: str, inst: str, page_path: str) -> str:
    """The publisher's full content of one journal article (with its widgets)."""
    s = STORIES[key]
    base = base_url(request)
    ns = ap_ns(inst)
    back = request.params.get("redirect")
    back_html = (f'<span class="header-back-to"><a class="icon-circle-arrow-left previous-level" '
                 f'href="{esc(back)}" id="{ns}TabsBack" title="Quay lại"><span class="helper-hidden-accessible">'
                 f"Quay lại</span></a></span>") if back else ""
    abs_url = base + article_path(key)
    related = related_links(key)
    rel_html = ""
    if related:
        lis = "".join(f'<li class="asset-links-list-item"><a class="asset-icon" href="{esc(h)}">'
                      f'<img alt="" src="/html/themes/classic/images/file_system/small/html.png" /> {esc(t)}</a></li>'
                      for h, t in related)
        rel_html = (f'<div class="taglib-asset-links"><h2 class="asset-links-title"><i class="icon-link"></i> '
                    f'Tài sản liên quan:</h2><ul class="asset-links-list">{lis}</ul></div>')
    share = quote(abs_url, safe="")
    cat_name = CATS[s.cat][0]
    tags = "".join(f'<span class="tag">{esc(t)}</span>' for t in s.opts.get("tags", []))
    tags_html = (f'<span class="metadata-entry metadata-tags"><span class="taglib-asset-tags-summary">{tags}'
                 "</span></span>") if tags else ""
    return f"""<div class="taglib-header ">{back_html}<h3 class="header-title"><span>{esc(s.title)}</span></h3></div>
<div class="asset-full-content clearfix default-asset-publisher show-asset-title">
<div class="lfr-meta-actions asset-actions"><div class="print-action"><span class=""><a class="taglib-icon" href="javascript:{ns}printPage_0();" id="{ns}rjus_column1_0"><img alt="" class="icon" src="{THEME}/images/common/print.png" /> <span class="taglib-text ">In</span></a></span></div>
<script type="text/javascript">function {ns}printPage_0() {{window.open('{print_url(page_path, inst)}', '', "directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640");}}</script></div>
<div class="asset-content" id="{ns}{entry_id(key)}">
<div class="journal-content-article">
{render_template(s, abs_url)}
</div>
<div class="asset-ratings"><div class="taglib-ratings stars" id="{ns}{entry_id(key)}ratingStars"><div class="liferay-rating-vote"><div class="rating-label">Đánh giá của bạn</div>
<div class="rating-content">{"".join(f'<a class="rating-element icon-star-empty" href="javascript:;"><span class="rating-label">{k} Sao</span></a>' for k in range(1, 6))}</div></div>
<div class="liferay-rating-score"><div class="rating-label">Trung bình <span class="rating-label">(0 Phiếu)</span></div></div></div></div>
{rel_html}
<div class="asset-social-bookmarks"><div class="taglib-social-bookmarks"><ul class="unstyled inline">
<li><a class="taglib-icon" href="https://www.facebook.com/sharer.php?u={share}" target="_blank"><img alt="facebook" src="/html/themes/classic/images/social_bookmarks/facebook.png" /> <span class="taglib-text">Facebook</span></a></li>
<li><a class="taglib-icon" href="https://twitter.com/intent/tweet?text={quote(s.title)}&amp;url={share}" target="_blank"><img alt="twitter" src="/html/themes/classic/images/social_bookmarks/twitter.png" /> <span class="taglib-text">Twitter</span></a></li>
<li><a class="taglib-icon" href="https://plus.google.com/share?url={share}" target="_blank"><img alt="plusone" src="/html/themes/classic/images/social_bookmarks/plusone.png" /> <span class="taglib-text">Google+</span></a></li></ul></div></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{_dt(s.opts["pub"]):%d/%m/%y}</span>
<span class="metadata-entry metadata-view-count">{s.views()} Lượt xem</span>
<span class="metadata-entry metadata-author">Bởi Quản Trị Cổng</span>
<span class="metadata-entry metadata-categories"><span class="taglib-asset-categories-summary"><span class="asset-vocabulary">Chủ đề:</span> <a class="asset-category" href="{list_url(s.cat)}">{esc(cat_name)}</a></span></span>
{tags_html}</div>
</div>
</div>
<div class="asset-discussion"><div class="taglib-discussion"><fieldset class="fieldset"><legend class="fieldset-legend"><span class="legend">Bình luận</span></legend>
<div class="alert alert-info">Chưa có bình luận nào. Vui lòng đăng nhập để gửi bình luận.</div></fieldset></div></div>"""


def _others(cat: str, key: str) -> str:
    if cat == "thong-bao":
        pool = [k for k in entries(cat) if k != key][:3]
        title = "Các thông báo khác"
    else:
        pool = [k for k in entries(cat) if k != key and k in STORIES][:5]
        title = "Các tin khác"
    lis = []
    for k in pool:
        if k in DOCS:
            lis.append(f'<li class="title-list"><a href="{doc_path(k)}">{esc(DOCS[k].title)}</a></li>')
        else:
            lis.append(f'<li class="title-list"><a href="{article_path(k, cat)}">{esc(STORIES[k].title)}</a> '
                       f'<span class="ngay">({pub_of(k):%d/%m/%Y})</span></li>')
    return portlet(f"101_INSTANCE_{OTHERS_AP}", title, f'<ul class="title-list">{"".join(lis)}</ul>',
                   "portlet-asset-publisher")


def article_page(request: Request, key: str, cat: str) -> Response:
    s = STORIES[key]
    name, inst, plid, _ = CATS[cat]
    main = portlet(f"101_INSTANCE_{inst}", name, full_view(request, key, inst, article_path(key, cat)),
                   "portlet-asset-publisher") + "\n" + _others(cat, key)
    crumbs: list[tuple[str, str | None]] = [(name, list_url(cat)), (s.title, request.target)]
    if cat == "hoat-dong-nganh":
        crumbs.insert(0, ("Tin tức", list_url("tin-tuc")))
    return page(request, title=f"{s.title} - {name} - {SITE_NAME}", selected=cat, crumbs=crumbs,
                main=main, plid=plid, description=s.summary)


def print_page(request: Request, key: str, inst: str) -> Response:
    s = STORIES[key]
    base = base_url(request)
    inner = render_template(s, base + article_path(key))
    body = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><title>{esc(s.title)} - {esc(SITE_NAME)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{esc(base + request.path)}" rel="canonical" />
<link href="/html/css/main.css?browserId=other&amp;minifierType=css" rel="stylesheet" type="text/css" /></head>
<body class="portal-popup yui3-skin-sam signed-out public-page">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-asset-publisher" id="p_p_id_101_INSTANCE_{inst}_">
<div class="asset-full-content default-asset-publisher"><div class="asset-content"><div class="journal-content-article">
{inner}
</div></div></div>
<div class="print-action"><a href="javascript:print();">In trang</a></div></div>
</body></html>"""
    return html(body)


def vac_page(key: str) -> Response:
    """``/c/journal/view_article_content``: the template's output and nothing else."""
    s = STORIES[key]
    inner = render_template(s, f"{article_path(key)}")
    return html("<html>\n<head>\n<title></title>\n<link href=\"/html/css/main.css\" rel=\"stylesheet\" "
                f"type=\"text/css\" />\n</head>\n<body>\n<div class=\"journal-content-article\">\n{inner}\n"
                "</div>\n</body>\n</html>")


# --- home -----------------------------------------------------------------------------------


def _featured() -> str:
    first, *rest = FEATURED
    s = STORIES[first]
    back = quote(HOME, safe="")
    img = s.images[0].src if s.images else ""
    lead = (f'<div class="tnb-lead"><a href="{home_path(first)}?redirect={back}"><img alt="{esc(s.title)}" '
            f'class="tnb-anh" src="{esc(img)}" width="420" /></a>'
            f'<h3 class="asset-title"><a href="{home_path(first)}?redirect={back}">{esc(s.title)}</a></h3>'
            f'<div class="asset-summary">{esc(plain_summary(s))}</div></div>')
    lis = "".join(
        f'<li><a href="{home_path(k)}?redirect={back}">{esc(STORIES[k].title)}</a></li>' for k in rest
    )
    return lead + f'<ul class="tnb-khac">{lis}</ul>'


def _tabs() -> str:
    ns = f"_101_INSTANCE_{TABS_AP}_"
    panes = [("tinTuc", "tin-tuc", 4), ("thongBao", "thong-bao", 4), ("hoatDongNganh", "hoat-dong-nganh", 3)]
    names = ", ".join(f"'{p[0]}'" for p in panes)
    tabs, bodies = [], []
    for n, (pid, cat, count) in enumerate(panes):
        label = CATS[cat][0]
        act = " active" if n == 0 else ""
        tabs.append(f'<li class="tab{act}" data-tabname="{esc(label)}" id="{ns}tabs1{pid}TabsId">'
                    f'<a href="javascript:;" onclick="Liferay.Portal.Tabs.show(\'{ns}tabs1\', [{names}], '
                    f"'{pid}');\">{esc(label)}</a></li>")
        lis = []
        for k in entries(cat)[:count]:
            if k in DOCS:
                href, title = doc_path(k), DOCS[k].title
            else:
                href, title = article_path(k, cat), STORIES[k].title
            lis.append(f'<li><a href="{href}">{esc(title)}</a> <span class="ngay">({pub_of(k):%d/%m})</span></li>')
        hide = "" if n == 0 else " hide"
        bodies.append(f'<div class="tab-section{hide}" id="{ns}tabs1{pid}TabsSection"><ul class="title-list">'
                      f'{"".join(lis)}</ul><div class="xem-tiep"><a href="{list_url(cat)}">Xem tiếp »</a></div></div>')
    return (f'<div class="taglib-tabs"><ul class="nav nav-tabs">{"".join(tabs)}</ul>\n'
            + "\n".join(bodies) + "</div>")


def _ticker() -> str:
    links = " &nbsp;&nbsp;•&nbsp;&nbsp; ".join(
        f'<a href="{esc(vac_url(k))}" target="_blank">{esc(STORIES[k].title)}</a>' for k in TICKER
    )
    return (f'<div class="chay-chu"><span class="chay-chu-nhan">Thông báo:</span>'
            f'<marquee onmouseout="this.start()" onmouseover="this.stop()" scrollamount="3">{links}</marquee></div>')


def home_page(request: Request, key: str | None = None) -> Response:
    base = base_url(request)
    if key is None:
        featured = portlet(f"101_INSTANCE_{HOME_AP}", "Tin nổi bật", _featured(), "portlet-asset-publisher")
        title = f"Trang chủ - {SITE_NAME}"
        crumbs = None
    else:
        featured = portlet(f"101_INSTANCE_{HOME_AP}", "Tin nổi bật",
                           full_view(request, key, HOME_AP, request.path), "portlet-asset-publisher")
        title = f"{STORIES[key].title} - Trang chủ - {SITE_NAME}"
        crumbs = [(STORIES[key].title, request.target)]
    wcd = portlet(WCD_ID, "Thông báo mới", '<div class="journal-content-article">\n'
                  + render_template(TB1, base + article_path("TB1")) + "\n</div>", "portlet-journal-content")
    main = "\n".join([
        portlet("56_INSTANCE_Tk1cHr5uPa9G", None, _ticker(), "portlet-journal-content"),
        featured,
        portlet(f"101_INSTANCE_{TABS_AP}", "Tin tức - Sự kiện", _tabs(), "portlet-asset-publisher"),
        wcd,
    ])
    return page(request, title=title, selected="trang-chu", crumbs=crumbs, main=main, plid=20209)


# --- pages that are not articles -------------------------------------------------------------


def doc_page(request: Request, key: str) -> Response:
    d = DOCS[key]
    inst = CATS["thong-bao"][1]
    ns = ap_ns(inst)
    back = request.params.get("redirect")
    back_html = (f'<span class="header-back-to"><a class="icon-circle-arrow-left previous-level" '
                 f'href="{esc(back)}" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span>'
                 "</a></span>") if back else ""
    inner = f"""<div class="taglib-header ">{back_html}<h3 class="header-title"><span>{esc(d.title)}</span></h3></div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="asset-content" id="{ns}{d.entry}">
<div class="lfr-asset-summary"><img alt="" class="lfr-asset-avatar" src="/html/themes/classic/images/file_system/large/pdf.png" /> <span class="lfr-asset-title">{esc(d.title)}</span></div>
<div class="lfr-asset-description">{esc(d.desc)}</div>
<span class="download-document"><a class="taglib-icon" href="{d.file_url}"><img alt="" class="icon" src="/html/themes/classic/images/file_system/small/pdf.png" /> <span class="taglib-text">Tải về ({d.size})</span></a></span>
<div class="lfr-asset-metadata"><span class="lfr-asset-icon lfr-asset-date">Ngày tạo {_dt(d.pub):%d/%m/%y}</span> <span class="lfr-asset-icon lfr-asset-author">Bởi Quản Trị Cổng</span> <span class="lfr-asset-icon lfr-asset-version">Phiên bản 1.0</span></div>
</div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{_dt(d.pub):%d/%m/%y}</span></div>
</div>"""
    main = portlet(f"101_INSTANCE_{inst}", "Thông báo", inner, "portlet-asset-publisher")
    crumbs: list[tuple[str, str | None]] = [("Thông báo", list_url("thong-bao")), (d.title, request.target)]
    return page(request, title=f"{d.title} - Thông báo - {SITE_NAME}", selected="thong-bao",
                crumbs=crumbs, main=main, plid=CATS["thong-bao"][2])


_INTRO = [
    "Sở Giáo dục và Đào tạo Hà Tĩnh là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng "
    "tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo, bao gồm: mục tiêu, chương "
    "trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và tiêu chuẩn cán bộ quản lý giáo dục; "
    "tiêu chuẩn cơ sở vật chất, thiết bị trường học và đồ chơi trẻ em; quy chế thi cử và cấp văn bằng, "
    "chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.",
    "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, vị "
    "trí việc làm, biên chế công chức và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, "
    "kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
    "Toàn ngành hiện có 614 cơ sở giáo dục mầm non, phổ thông, giáo dục thường xuyên với gần 330.000 "
    "học sinh và hơn 21.000 cán bộ, giáo viên, nhân viên.",
]


def simple_page(request: Request, slug: str) -> Response:
    if slug == "gioi-thieu":
        name, plid = "Giới thiệu", 20211
        inner = ('<div class="journal-content-article"><h2 style="text-align: center;">GIỚI THIỆU CHUNG</h2>'
                 + "".join(f'<p style="text-align: justify;">{esc(t)}</p>' for t in _INTRO) + "</div>")
        crumbs: list[tuple[str, str | None]] = [(name, "/web/guest/gioi-thieu")]
    elif slug == "co-cau-to-chuc":
        name, plid = "Cơ cấu tổ chức", 20213
        rows = [("Giám đốc", "Nguyễn Văn Thắng", "0239.3855.726"),
                ("Phó Giám đốc", "Phan Thị Minh Thu", "0239.3856.102"),
                ("Phó Giám đốc", "Lê Văn Khoa", "0239.3856.104"),
                ("Chánh Văn phòng", "Trần Quốc Bảo", "0239.3855.219")]
        trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in rows)
        inner = ('<div class="journal-content-article"><p><strong>LÃNH ĐẠO SỞ</strong></p>'
                 '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>'
                 "<tr><td><strong>Chức vụ</strong></td><td><strong>Họ và tên</strong></td><td><strong>Điện "
                 f"thoại</strong></td></tr>{trs}</tbody></table><p><strong>CÁC PHÒNG CHUYÊN MÔN</strong></p>"
                 "<ul><li>Văn phòng Sở</li><li>Phòng Tổ chức cán bộ</li><li>Phòng Kế hoạch - Tài chính</li>"
                 "<li>Phòng Giáo dục Mầm non</li><li>Phòng Giáo dục Tiểu học</li><li>Phòng Giáo dục Trung "
                 "học</li><li>Phòng GDTX - Chuyên nghiệp</li><li>Phòng Khảo thí và Kiểm định chất lượng giáo "
                 "dục</li><li>Thanh tra Sở</li></ul></div>")
        crumbs = [("Giới thiệu", "/web/guest/gioi-thieu"), (name, "/web/guest/co-cau-to-chuc")]
    else:
        name, plid = "Liên hệ", 20225
        inner = ('<div class="journal-content-article"><p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</strong></p>'
                 "<p>Địa chỉ: Số 108, đường Phan Đình Phùng, thành phố Hà Tĩnh</p>"
                 "<p>Điện thoại: 0239.3855.726 - Fax: 0239.3856.103</p>"
                 "<p>Email: vanphong.sgddt@hatinh.gov.vn</p></div>"
                 '<form action="/web/guest/lien-he?p_p_id=lienhe_WAR_sgddtportlet&amp;p_p_lifecycle=1" '
                 'method="post" name="_lienhe_fm"><label>Họ và tên <input name="_lienhe_hoTen" type="text" /></label>'
                 '<label>Email <input name="_lienhe_email" type="text" /></label><label>Nội dung '
                 '<textarea name="_lienhe_noiDung"></textarea></label><button class="btn" type="submit">Gửi</button></form>')
        crumbs = [(name, "/web/guest/lien-he")]
    sel = "gioi-thieu" if slug == "co-cau-to-chuc" else slug
    return page(request, title=f"{name} - {SITE_NAME}", selected=sel, crumbs=crumbs,
                main=portlet("56_INSTANCE_Gt2nKw7vXe0B", name, inner, "portlet-journal-content"), plid=plid)


def search_page(request: Request) -> Response:
    inner = ('<div class="search-results"><p>Không tìm thấy kết quả nào phù hợp với từ khóa của bạn.</p></div>')
    return page(request, title=f"Tìm kiếm - {SITE_NAME}", selected="trang-chu",
                crumbs=[("Tìm kiếm", None)], main=portlet("77", "Tìm kiếm nội dung", inner), plid=20209)


# --- the site -------------------------------------------------------------------------------

_JS = Response(200, b"/* Liferay barebone */", {"Content-Type": "application/javascript"})
_ARTICLE = re.compile(r"/web/guest/([a-z-]+)/-/asset_publisher/([A-Za-z0-9]{12})/(content|document)/(.+)")


def _story_by_slug(slug: str, pool: list[str]) -> str | None:
    return next((k for k in pool if k in STORIES and STORIES[k].slug == slug), None)


class LiferaySite:
    """Routes as Liferay 6.2 does: friendly URLs, render parameters, struts actions."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path in ("/", "/web/guest", "/web/guest/"):
            return redirect(HOME)
        if path.startswith("/documents/"):
            if ".pdf/" in path or path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file("x.jpg")
        if path.startswith("/image/"):
            return static_file("x.jpg")
        if path.startswith("/html/js/") or path == "/combo":
            return _JS
        if (resp := static_file(path)) is not None:
            return resp
        if path == "/c/journal/view_article_content":
            if params.get("groupId") != str(GROUP_ID):
                return None
            key = next((k for k, s in STORIES.items() if str(s.id) == params.get("articleId")), None)
            return vac_page(key) if key else None
        if m := _ARTICLE.fullmatch(path):
            return self._asset(request, *m.groups())
        if path == HOME:
            return search_page(request) if params.get("p_p_id") == "77" else home_page(request)
        slug = path.removeprefix("/web/guest/")
        if slug in CATS:
            return self._category(request, slug)
        if slug in ("gioi-thieu", "co-cau-to-chuc", "lien-he"):
            return simple_page(request, slug)
        return None

    def _asset(self, request: Request, cat: str, inst: str, kind: str, rest: str) -> Response | None:
        popup = request.params.get("p_p_state") == "pop_up"
        if cat == "trang-chu":
            key = _story_by_slug(rest, FEATURED) if inst == HOME_AP and kind == "content" else None
            if key is None:
                return None
            return print_page(request, key, HOME_AP) if popup else home_page(request, key)
        if cat not in CATS or CATS[cat][1] != inst:
            return None
        if kind == "document":
            if cat != "thong-bao":
                return None
            key = next((k for k, d in DOCS.items() if rest == f"id/{d.entry}"), None)
            return doc_page(request, key) if key else None
        key = _story_by_slug(rest, entries(cat))
        if key is None:
            return None
        return print_page(request, key, inst) if popup else article_page(request, key, cat)

    def _category(self, request: Request, cat: str) -> Response | None:
        inst = CATS[cat][1]
        ns = ap_ns(inst)
        params = request.params
        if params.get("p_p_id") == f"101_INSTANCE_{inst}":
            if params.get(f"{ns}struts_action") == "/asset_publisher/view_content":
                key = _story_by_slug(params.get(f"{ns}urlTitle", ""), entries(cat))
                return article_page(request, key, cat) if key else None
            try:
                cur = int(params.get(f"{ns}cur", "1"))
            except ValueError:
                cur = 1
            return listing_page(request, cat, cur)
        return listing_page(request, cat, 1)


def build_site() -> LiferaySite:
    return LiferaySite()


# --- gold -----------------------------------------------------------------------------------


def alt_paths(key: str) -> list[str]:
    """Every URL the site links (or prints in its print script) that serves the article."""
    s = STORIES[key]
    primary = article_path(key)
    out: list[str] = []
    for cat in [s.cat, *([s.opts["also"]] if s.opts.get("also") else [])]:
        p = article_path(key, cat)
        if p != primary:
            out.append(p)
        page_no = entries(cat).index(key) // DELTA + 1
        out += [with_redirect(p, form) for form in list_forms(cat, page_no)]
        out.append(print_url(p, CATS[cat][1]))
    if key in FEATURED:
        hp = home_path(key)
        out += [with_redirect(hp, HOME), hp, print_url(hp, HOME_AP)]
    if any(key in v for v in RELATED_STRUTS.values()):
        out.append(struts_url(key, s.cat))
    for src, targets in RELATED_INHERIT.items():
        if key in targets:
            out.append(inherit_url(key, src))
    if key in TICKER:
        out.append(vac_url(key))
    return out


GOLD = [
    gold_record(s, article_path(k), CATS[s.cat][0], canonical_path=article_path(k),
                alt_paths=alt_paths(k))
    for k, s in STORIES.items()
]

NON_ARTICLES = [
    "/web/guest/gioi-thieu",
    "/web/guest/co-cau-to-chuc",
    "/web/guest/lien-he",
    *[doc_path(k) for k in DOCS],
]
