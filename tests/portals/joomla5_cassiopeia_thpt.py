"""Trường THPT Lý Thường Kiệt (thành phố Bắc Ninh): a Joomla 5.1 site on the Cassiopeia template.

Platform
--------
Joomla 5.1, default Cassiopeia template with a custom colour set (inline ``--cassiopeia-color-*``
variables) and a logo image as brand; com_content with SEF URLs and URL rewriting (no
``index.php``), Smart Search (com_finder), com_tags, com_contact, custom fields, the "System -
Additional Accessibility Features" plugin (its toolbar is drawn by script from
``joomla-script-options``), the schema.org system plugin (JSON-LD graph in the head), Content -
Page Navigation, Content - Pagebreak, Content - Load Modules, Content - Email Cloaking and
System - Highlight. Page chrome as Cassiopeia prints it: ``header.container-header`` (topbar
module with the day "Thứ Bảy, 05/12/2026", brand logo, metismenu drop-down menu, Smart Search
module), ``div.site-grid`` with ``container-component`` (breadcrumbs ``nav.mod-breadcrumbs__wrapper``
+ ``main``) and ``container-sidebar-right`` (cards "Tin mới", "Thông báo mới", "Liên kết
website", "Thống kê truy cập"), ``footer.container-footer`` and the back-to-top link.

URL scheme
----------
- ``/`` home: com_content featured view (``div.blog-featured``: 1 leading + 3 intro items), a
  "Chủ đề nổi bật" module with a Smart Search link and the four tag links.
- ``/tin-tuc`` category blog of "Tin tức" *including its sub-category "Hoạt động Đoàn"*
  (1 leading + 2 intro in two columns + 2 title-only links = 5 per page; ``?start=5``; the
  page-1 link from page 2 is ``?limitstart=0``, as Joomla's router leaves a zero limitstart).
- ``/tin-tuc/hoat-dong-doan`` category blog (1 leading + 1 intro = 2 per page; ``?start=2``).
- ``/thong-bao`` category *list* (table Tiêu đề | Ngày tạo | Lượt xem, 5 per page, ``?start=5``,
  a POST "Hiển thị #" limit box and title filter).
- articles ``/tin-tuc/<id>-<alias>``, ``/tin-tuc/hoat-dong-doan/<id>-<alias>``,
  ``/thong-bao/<id>-<alias>``; one article has a Single Article menu item under "Tin tức", so the
  router writes every link to it as ``/tin-tuc/thi-thu-tot-nghiep-thpt-2027`` (no id).
- tags ``/component/tags/tag/<alias>``; their item links take the router's fallback form
  ``/component/content/article/<id>-<alias>?catid=<c>&Itemid=101``.
- Smart Search ``/component/finder/search?q=…&Itemid=101``; result links carry
  ``?highlight=<base64 of the JSON term list>``.
- pagebreak pages ``?showall=&limitstart=``, ``?showall=&start=1``, ``?showall=1&limitstart=``.
- not articles: ``/gioi-thieu`` (Single Article menu, info hidden), ``/gioi-thieu/co-cau-to-chuc``,
  ``/lien-he`` (com_contact), ``/van-ban`` (category list) and its one entry
  ``/van-ban/38-ke-hoach-…``, ``/thu-vien-anh`` and the album ``/thu-vien-anh/le-khai-giang-…``.

Page templates
--------------
Article (com_content article view): optional menu page heading ``h1`` (then the title is an
``h2``), ``div.page-header > h1`` title, ``dl.article-info`` ("Chi tiết": [parent category],
category, published ``<time datetime>`` with the LC3 day "20 Tháng 11 2026", hits), ``ul.tags``,
``figure.item-image`` (full-text image with ``figcaption.caption``), optional pagebreak index
card, ``div.com-content-article__body`` (text; a content plugin puts its "Cỡ chữ / Chia sẻ" bar at
its top), ``nav.pagenavigation`` ("Trước / Tiếp", for Tin tức only), then the custom fields
``ul.fields-container`` ("Tác giả", "Nguồn tin") from onContentAfterDisplay.

How each gold article is reached
--------------------------------
- 60 (Đoàn, newest): home leading item, /tin-tuc page 1 leading, Đoàn blog page 1, Tin mới, tag.
- 58, 55: home intro items, /tin-tuc page 1, Tin mới (58), tags, page navigation.
- 53, 51: /tin-tuc page 1 title-only "links" list, Đoàn blog (53), tags, page navigation (51).
- 47: /tin-tuc?start=5 (page 2), tag "Học sinh giỏi", Smart Search link, "Tiếp" from 51.
- 44: ONLY /tin-tuc?start=5 and /tin-tuc/hoat-dong-doan?start=2 (Đoàn has navigation hidden).
- 62, 59, 57: Thông báo table page 1, Tin mới / Thông báo mới, home (59).
- 52, 49: Thông báo table page 1 (52 also in "Thông báo mới").
- 45: ONLY /thong-bao?start=5 (Thông báo hides page navigation; not tagged, not featured).

Traps
-----
1. One article, many URLs (duplicates): the category route; the ``/component/content/article/
   <id>-<alias>?catid=..&Itemid=101`` form printed on tag pages; ``?highlight=<base64>`` from
   Smart Search results (the page then wraps the component in ``<br id="highlighter-start" />``
   … ``<br id="highlighter-end" />`` and adds script options); for 59 the category route
   ``/thong-bao/59-…`` is served but the router links only the menu alias. No ``rel=canonical``
   (the SEF plugin's "Site Domain" is empty) and the "Lượt xem" hit counter and the visitor
   counter go up on every request, so two fetches of one article never have the same bytes.
   Gold: one record per article at its linked category route (59: the menu alias), every other
   URL in ``alt_paths``.
2. Menu page heading is not the headline (NEW kind): on the Single Article menu URL of 59 the
   page's ``h1`` is the menu item's page heading "Thi thử tốt nghiệp THPT" and the headline is
   the ``h2`` under it; the ``<title>`` is the menu's browser title and the breadcrumb runs
   "Trang chủ › Tin tức › Thi thử tốt nghiệp THPT". Gold: title = the ``h2`` headline; category
   = "Thông báo", the category the article is filed under ("Danh mục: Thông báo" in Chi tiết,
   listed in /thong-bao), not the menu's "Tin tức".
3. One article over several pages (NEW kind): 55 is split by Content - Pagebreak; its URL shows
   part 1 with "Trang 1 của 2" and a "« Trước / Tiếp »" pager *inside* the text container and a
   "Mục lục bài viết" index card before it; part 2 is ``?showall=&start=1``, the whole text
   ``?showall=1&limitstart=`` ("Tất cả các trang"). Gold: one record, path = the article URL,
   body = the whole text (both parts, as "Tất cả các trang" prints it), the part and index URLs
   in ``alt_paths``; counter, pager and index are not body.
4. Text that only a script shows (NEW kind): Content - Email Cloaking replaces an address in
   59's text by ``<joomla-hidden-mail first=".." last=".." text="..">`` whose printed content is
   the "đang được bảo vệ khỏi chương trình thư rác…" notice; the web component puts the address
   back. Gold: the paragraph as a reader sees it, with "vanphong.thptltk@bacninh.edu.vn"
   (base64 ``first`` @ ``last``), never the protection notice.
5. CMS shortcodes left in the text (NEW kind): 53 was moved from the old Joomla 3 site; its
   ``{youtube}…{/youtube}`` tag has no plugin any more and prints as a bare paragraph. Gold: not
   body (an embed that failed, no text of the article).
6. Structured data contradicting the page (NEW kind): ``<meta name="author">`` is the CMS
   account "Quản trị viên" on every article, and for 58, 60, 59 the editor filled the schema.org
   tab: a ``BlogPosting`` with that account as author, a shortened ``headline`` and
   ``datePublished`` written in UTC. Gold: authors from the printed "Tác giả" field / byline
   (the account is nobody), title from the page, the publication time as the site's local
   time (+07:00).
7. Things between the headline and the text, and modules inside the text: Chi tiết (parent
   category "Danh mục cha: Tin tức" above "Danh mục: Hoạt động Đoàn" for Đoàn articles), tags,
   a full-text image in ``figure.item-image`` *outside* the body container (it is the article's
   first photo, its ``figcaption`` the caption), a "Cỡ chữ A- A A+ / Chia sẻ" bar a content
   plugin writes at the top of the body, and in 60 a ``{loadposition lienquan,card}`` module
   "Tin liên quan" rendered inside the body. Gold: bar, module, tags, Chi tiết not body; the
   full-text image is in ``images`` first.
8. Dates: Chi tiết prints the day only ("Ngày đăng: 20 Tháng 11 2026", "Tháng 11" between day
   and year) while ``<time datetime>`` carries the time; the Thông báo table prints the
   *created* day ("Ngày tạo"), which for 59 and 57 is days before publication (scheduled
   publish_up); 47 was published at 00:00 (a day without a time); 62 is an official notice whose
   letterhead day (03/12) differs from its publication (04/12). Gold: the ``datetime`` of
   "Ngày đăng" (date + time, +07:00), "2026-10-20" for 47, "2026-12-03" for 62.
9. Bylines in custom fields after the navigation: "Tác giả: Tin, ảnh: Nguyễn Thị Thu Hà" (one
   person, both roles), "Tin: Lê Minh Tuấn - Ảnh: Ngô Thị Lan", "ThS. Đỗ Văn Khải - Phó Hiệu
   trưởng", units signing alone ("BCH Đoàn trường", "Văn phòng nhà trường"), a field "Nguồn
   tin"; others sign inside the text (right-aligned "Tổ Toán - Tin", "Nguyễn Hải Yến - Bí thư
   Đoàn trường", "Ban Giám hiệu"), 59 has no byline. A full-image caption "Ảnh: Vũ Đức Mạnh" only
   credits the photographer. Gold per the house rules (names only; unit as printed).
10. Listings that look like articles: 60 has no "Đọc thêm" split, so the home page, /tin-tuc and
   the Đoàn blog print its entire text and photos under a linked ``h2``; the home page is a
   listing. Gold: 60 only at its own URL; listing pages are not articles.
11. Editor markup and encodings: 51 is pasted from Word (``MsoNormal`` spans, ``&nbsp;``
   spacers, list markers in ``mso-list:Ignore`` spans) and typed with Unikey's "Unicode tổ hợp"
   (decomposed, NFD) text; 57 splits lines with ``<br>``; 52 has Facebook emoji pictures
   (``<img alt="📌">``) as bullets; 60 has typed "👉" characters. Gold: NFC text, one
   paragraph per ``<br>`` line, Word markers and emoji pictures are no text, typed emoji kept.

Gold decisions on ambiguous points
----------------------------------
- published_at is taken from the ``<time datetime>`` of "Ngày đăng" (the platform writes the
  exact publish_up there; the visible LC3 string is its day) — except a midnight time (47) and
  an official notice (62, letterhead day).
- The official notice 62: letterhead table, "THÔNG BÁO" + subject lines, "Nơi nhận" and the
  signature block are not body; numbered section lines ("1. Thời gian và môn kiểm tra") are;
  the signer Nguyễn Văn Thắng is the author. The attachment line is not body.
- Summary: a bold first paragraph (58, 47, 44, 59, 57) is the sapo; otherwise null. The blog
  teaser is the article's own intro text, so it never differs from the first paragraph.
- Figure captions without a credit are captions; "Ảnh: X" alone makes X a photographer and the
  caption None; the alt text of an image with no printed line is not a caption.
- The Word-era "Tổ Toán - Tin" right-aligned line and "Ban Giám hiệu" are units signing alone:
  authors as printed.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from urllib.parse import quote, quote_plus

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "joomla5_cassiopeia_thpt"
PLATFORM = "Joomla 5.1 (Cassiopeia template, com_content SEF)"
START_PATH = "/"

SITE = "Trường THPT Lý Thường Kiệt"
TODAY = "Thứ Bảy, 05/12/2026"
CLOAK_TEXT = "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác. Bạn cần kích hoạt JavaScript để xem nó."
MAIL_VP = "vanphong.thptltk@bacninh.edu.vn"
MAIL_SCHOOL = "thptlythuongkiet@bacninh.edu.vn"
PAGEBREAK = '<hr class="system-pagebreak" title="Kết quả Hội thi" alt="Kết quả Hội thi">'

# category key -> (title, id, route, Itemid, parent key)
CATS = {
    "tin-tuc": ("Tin tức", 8, "/tin-tuc", 104, None),
    "hoat-dong-doan": ("Hoạt động Đoàn", 9, "/tin-tuc/hoat-dong-doan", 105, "tin-tuc"),
    "thong-bao": ("Thông báo", 10, "/thong-bao", 107, None),
}
TAGS = {
    "ngay-nha-giao-viet-nam": (2, "Ngày Nhà giáo Việt Nam"),
    "doan-thanh-nien": (3, "Đoàn thanh niên"),
    "chuyen-mon": (4, "Hoạt động chuyên môn"),
    "hoc-sinh-gioi": (5, "Học sinh giỏi"),
}
MENU_ALIAS_59 = "/tin-tuc/thi-thu-tot-nghiep-thpt-2027"
SEARCH_Q = "học sinh giỏi"

# --- the stories ------------------------------------------------------------------------------

_IMG = "/images/tin-tuc/2026"

S58 = Story(
    58,
    "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    "Trường THPT Lý Thường Kiệt long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    "tin-tuc",
    "2026-11-20T10:30:00+07:00",
    [
        Img(f"{_IMG}/11/le-ky-niem-20-11-01.jpg",
            "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại hội trường nhà trường",
            "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại hội trường nhà trường", "full"),
        P("Sáng 20/11/2026, Trường THPT Lý Thường Kiệt long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
          "giáo Việt Nam (20/11/1982 - 20/11/2026). Tới dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và "
          "Đào tạo, Đảng ủy, HĐND, UBND phường Đại Phúc cùng đông đảo các thế hệ thầy cô giáo, cựu học "
          "sinh và Ban đại diện cha mẹ học sinh.", "b"),
        P("Phát biểu tại buổi lễ, thầy Nguyễn Văn Thắng, Bí thư Chi bộ, Hiệu trưởng nhà trường ôn lại "
          "truyền thống vẻ vang của ngành Giáo dục Việt Nam và chặng đường hơn 40 năm xây dựng, phát "
          "triển của nhà trường. Năm học 2025 - 2026, nhà trường có 35 học sinh đạt giải học sinh giỏi "
          "cấp tỉnh, tỷ lệ tốt nghiệp THPT đạt 100%, điểm trung bình thi tốt nghiệp xếp thứ 9 trong "
          "tỉnh."),
        Img(f"{_IMG}/11/le-ky-niem-20-11-02.jpg",
            "Thầy Nguyễn Văn Thắng, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            "Thầy Nguyễn Văn Thắng, Hiệu trưởng nhà trường phát biểu tại buổi lễ", "fig"),
        P("Thay mặt lãnh đạo Sở GD&ĐT, bà Trần Thị Minh Nguyệt, Phó Trưởng phòng Giáo dục Trung học "
          "ghi nhận, biểu dương những kết quả mà tập thể cán bộ, giáo viên, nhân viên và học sinh nhà "
          "trường đã đạt được; đồng thời đề nghị nhà trường tiếp tục đổi mới phương pháp dạy học, kiểm "
          "tra đánh giá theo Chương trình giáo dục phổ thông 2018, chú trọng giáo dục kỹ năng sống và "
          "chuyển đổi số trong quản lý."),
        P("Nhân dịp này, nhà trường đã trao quyết định khen thưởng cho 12 giáo viên đạt danh hiệu Chiến "
          "sĩ thi đua cơ sở và 27 giáo viên có học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp "
          "tỉnh. Quỹ Khuyến học “Lý Thường Kiệt” do các thế hệ cựu học sinh đóng góp cũng trao 40 suất "
          "học bổng, mỗi suất trị giá 2.000.000 đồng cho các em học sinh có hoàn cảnh khó khăn vươn lên "
          "học tốt."),
        Img(f"{_IMG}/11/le-ky-niem-20-11-03.jpg",
            "(Đại diện Quỹ Khuyến học “Lý Thường Kiệt” trao học bổng cho học sinh)",
            "Đại diện Quỹ Khuyến học “Lý Thường Kiệt” trao học bổng cho học sinh", "em"),
        P("Trong không khí ấm áp, các tiết mục văn nghệ do học sinh các lớp biểu diễn đã để lại nhiều "
          "cảm xúc cho thầy cô và khách mời. Buổi lễ là dịp để mỗi thầy cô giáo thêm tự hào về nghề, "
          "tiếp tục nỗ lực thực hiện thắng lợi nhiệm vụ năm học 2026 - 2027."),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Nguyễn Thị Thu Hà"],
    summary="Sáng 20/11/2026, Trường THPT Lý Thường Kiệt long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
    "giáo Việt Nam (20/11/1982 - 20/11/2026). Tới dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và "
    "Đào tạo, Đảng ủy, HĐND, UBND phường Đại Phúc cùng đông đảo các thế hệ thầy cô giáo, cựu học "
    "sinh và Ban đại diện cha mẹ học sinh.",
    opts={
        "pub": "2026-11-20 10:30", "created": "2026-11-20 10:12", "intro": 2,
        "fields": {"tac-gia": "Tin, ảnh: Nguyễn Thị Thu Hà"}, "tags": ["ngay-nha-giao-viet-nam"],
        "featured": 2, "jsonld": "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
    },
)

S55 = Story(
    55,
    "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    "Sôi nổi Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    "tin-tuc",
    "2026-11-12T16:05:00+07:00",
    [
        Img(f"{_IMG}/11/gvdg-2026-01.jpg", "Ảnh: Vũ Đức Mạnh", None, "full"),
        P("Từ ngày 28/10 đến ngày 10/11/2026, Trường THPT Lý Thường Kiệt tổ chức Hội thi giáo viên dạy "
          "giỏi cấp trường năm học 2026 - 2027 với sự tham gia của 24 giáo viên thuộc 7 tổ chuyên môn."),
        P("Hội thi nhằm phát hiện, bồi dưỡng và tôn vinh những giáo viên có năng lực chuyên môn vững "
          "vàng, có nhiều sáng tạo trong đổi mới phương pháp dạy học; đồng thời lựa chọn giáo viên tham "
          "dự Hội thi giáo viên dạy giỏi cấp tỉnh do Sở GD&ĐT tổ chức trong học kỳ II."),
        P("Hai vòng thi nghiêm túc, chất lượng", "h3"),
        P("Ở vòng thứ nhất, mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy môn học mình "
          "phụ trách. Nhiều biện pháp có tính thực tiễn cao như sử dụng phiếu học tập số trong dạy học "
          "Hóa học, tổ chức dự án học tập môn Lịch sử gắn với di tích đền Đô, ứng dụng phần mềm "
          "GeoGebra trong dạy học hình học không gian."),
        P("Ở vòng thứ hai, các giáo viên thực hiện hai tiết dạy trên lớp, trong đó có một tiết được biết "
          "trước bài dạy và một tiết bốc thăm trước hai ngày. Ban giám khảo gồm các đồng chí trong Ban "
          "giám hiệu và tổ trưởng chuyên môn dự giờ, đánh giá theo tiêu chí của Công văn "
          "5512/BGDĐT-GDTrH."),
        Raw(PAGEBREAK),
        P("Kết quả hội thi", "h3"),
        P("Kết thúc hội thi, Ban tổ chức đã công nhận 19 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
          "trường, trong đó có 6 giáo viên xếp loại xuất sắc. Cô giáo Nguyễn Thị Lan Anh (tổ Ngữ văn), "
          "cô giáo Hoàng Thu Trang (tổ Ngoại ngữ) và thầy giáo Vũ Đức Mạnh (tổ Toán - Tin) đạt điểm "
          "cao nhất."),
        P("Phát biểu bế mạc, cô Phạm Thị Hằng, Phó Hiệu trưởng, Trưởng ban tổ chức đánh giá cao sự chuẩn "
          "bị công phu của các giáo viên dự thi và đề nghị các tổ chuyên môn tiếp tục sinh hoạt chuyên "
          "đề, nghiên cứu bài học sau hội thi để nhân rộng các giờ dạy tốt."),
        Img(f"{_IMG}/11/gvdg-2026-02.jpg",
            "Cô giáo Hoàng Thu Trang trong tiết dạy tiếng Anh lớp 11A3",
            "Cô giáo Hoàng Thu Trang trong tiết dạy tiếng Anh lớp 11A3", "fig"),
        P("Nhà trường sẽ lựa chọn 4 giáo viên có kết quả cao nhất để tiếp tục bồi dưỡng, chuẩn bị tham dự "
          "Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2026 - 2027."),
    ],
    authors=["Đỗ Văn Khải"],
    photographers=["Vũ Đức Mạnh"],
    opts={
        "pub": "2026-11-12 16:05", "created": "2026-11-12 15:40", "intro": 2,
        "fields": {"tac-gia": "ThS. Đỗ Văn Khải - Phó Hiệu trưởng"}, "tags": ["chuyen-mon"],
        "featured": 3,
    },
)

S51 = Story(
    51,
    "to-toan-tin-to-chuc-chuyen-de-day-hoc-theo-dinh-huong-phat-trien-nang-luc-hoc-sinh",
    "Tổ Toán - Tin tổ chức chuyên đề “Dạy học theo định hướng phát triển năng lực học sinh”",
    "tin-tuc",
    "2026-10-28T14:20:00+07:00",
    [
        P("Chiều 25/10/2026, tổ Toán - Tin Trường THPT Lý Thường Kiệt tổ chức sinh hoạt chuyên đề “Dạy "
          "học theo định hướng phát triển năng lực học sinh thông qua hoạt động trải nghiệm trong môn "
          "Toán”. Tham dự buổi sinh hoạt có thầy Đỗ Văn Khải, Phó Hiệu trưởng phụ trách chuyên môn cùng "
          "14 giáo viên trong tổ."),
        P("Tiết dạy minh họa bài “Ứng dụng hàm số mũ và hàm số lôgarit vào bài toán lãi suất ngân "
          "hàng” do cô giáo Ngô Thị Phương thực hiện tại lớp 11A1. Học sinh được chia thành các nhóm, "
          "mỗi nhóm đóng vai một gia đình lập kế hoạch tiết kiệm, tính số tiền lãi theo các hình thức "
          "gửi khác nhau rồi báo cáo trước lớp."),
        Img(f"{_IMG}/10/chuyen-de-toan-tin.jpg", None, None, "alt"),
        P("Sau tiết dạy, các giáo viên trong tổ đã thảo luận, chia sẻ về những điểm mới của tiết học:"),
        P("Bài toán thực tế được đưa vào ngay từ hoạt động khởi động, tạo hứng thú cho học sinh;", "li"),
        P("Học sinh chủ động sử dụng máy tính cầm tay và bảng tính để kiểm tra kết quả;", "li"),
        P("Giáo viên đánh giá quá trình bằng bảng kiểm thay cho việc chỉ chấm điểm sản phẩm cuối cùng.", "li"),
        P("Cũng tại buổi sinh hoạt, tổ chuyên môn thống nhất kế hoạch bồi dưỡng học sinh giỏi lớp 11 và "
          "xây dựng ngân hàng câu hỏi theo định dạng đề thi tốt nghiệp THPT mới."),
        P("Chuyên đề là một trong chuỗi hoạt động đổi mới sinh hoạt tổ chuyên môn theo nghiên cứu bài "
          "học mà nhà trường triển khai từ đầu năm học, góp phần nâng cao chất lượng dạy và học."),
        Raw('<p class="MsoNormal" style="text-align: right;"><b><span style="font-size: 14.0pt; '
            "font-family: 'Times New Roman',serif;\">Tổ Toán - Tin</span></b></p>"),
    ],
    authors=["Tổ Toán - Tin"],
    opts={
        "pub": "2026-10-28 14:20", "created": "2026-10-26 20:51", "intro": 1, "word": True,
        "nfd": True, "tags": ["chuyen-mon", "hoc-sinh-gioi"],
        "alt": "Cô giáo Ngô Thị Phương hướng dẫn học sinh lớp 11A1 thảo luận nhóm",
    },
)

S47 = Story(
    47,
    "hoc-sinh-truong-thpt-ly-thuong-kiet-gianh-38-giai-hoc-sinh-gioi-cap-tinh-lop-12",
    "Học sinh Trường THPT Lý Thường Kiệt giành 38 giải trong kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
    "tin-tuc",
    "2026-10-20",
    [
        P("Sở GD&ĐT Bắc Ninh vừa công bố kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học "
          "2026 - 2027. Đội tuyển Trường THPT Lý Thường Kiệt có 38/46 học sinh đạt giải, trong đó có 3 "
          "giải Nhất, 12 giải Nhì, 15 giải Ba và 8 giải Khuyến khích.", "b"),
        P("Kỳ thi được tổ chức trong hai ngày 08 và 09/10/2026 với 11 môn thi, thu hút gần 1.700 thí sinh "
          "của các trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh tham dự. Đề thi được đánh giá có "
          "tính phân loại cao, nhiều câu hỏi gắn với thực tiễn."),
        P("Kết quả cụ thể theo từng môn như sau:"),
        P("Môn thi | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "tr"),
        P("Toán | 1 | 2 | 2 | 1", "tr"),
        P("Ngữ văn | 0 | 2 | 3 | 1", "tr"),
        P("Tiếng Anh | 1 | 3 | 2 | 2", "tr"),
        P("Hóa học | 1 | 1 | 2 | 2", "tr"),
        P("Các môn khác | 0 | 4 | 6 | 2", "tr"),
        P("Tổng | 3 | 12 | 15 | 8", "tr"),
        P("Ba học sinh đạt giải Nhất gồm em Nguyễn Minh Khôi (lớp 12A1, môn Toán), em Trần Thị Khánh Linh "
          "(lớp 12D1, môn Tiếng Anh) và em Lê Hoàng Nam (lớp 12A2, môn Hóa học). Đây là kết quả của quá "
          "trình bồi dưỡng bền bỉ của thầy và trò nhà trường từ lớp 10."),
        Img(f"{_IMG}/10/hsg-tinh-lop-12-2026.jpg",
            "Các học sinh đạt giải Nhất chụp ảnh lưu niệm cùng Ban giám hiệu",
            "Các học sinh đạt giải Nhất chụp ảnh lưu niệm cùng Ban giám hiệu", "fig"),
        P("Với kết quả trên, nhà trường xếp thứ 4 toàn tỉnh về số lượng giải và thứ 6 về chất lượng giải. "
          "Nhà trường đã tổ chức khen thưởng kịp thời cho các học sinh đạt giải và giáo viên bồi dưỡng."),
    ],
    authors=["Trần Quang Vinh"],
    source="Website Sở GD&ĐT Bắc Ninh",
    summary="Sở GD&ĐT Bắc Ninh vừa công bố kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học "
    "2026 - 2027. Đội tuyển Trường THPT Lý Thường Kiệt có 38/46 học sinh đạt giải, trong đó có 3 "
    "giải Nhất, 12 giải Nhì, 15 giải Ba và 8 giải Khuyến khích.",
    opts={
        "pub": "2026-10-20 00:00", "created": "2026-10-19 21:37", "intro": 1,
        "fields": {"tac-gia": "Trần Quang Vinh", "nguon-tin": "Website Sở GD&ĐT Bắc Ninh"},
        "tags": ["hoc-sinh-gioi"],
    },
)

S60 = Story(
    60,
    "doan-truong-phat-dong-chuong-trinh-ao-am-cho-em-nam-2026",
    "Đoàn trường phát động chương trình “Áo ấm cho em” năm 2026",
    "hoat-dong-doan",
    "2026-12-02T09:45:00+07:00",
    [
        P("Hưởng ứng phong trào “Tết ấm vùng cao” do Tỉnh đoàn Bắc Ninh phát động, ngày 01/12/2026, Ban "
          "Chấp hành Đoàn trường THPT Lý Thường Kiệt tổ chức lễ phát động chương trình “Áo ấm cho em” "
          "năm 2026 tới toàn thể đoàn viên, học sinh trong trường."),
        Img("/images/doan-truong/2026/ao-am-cho-em-01.jpg",
            "Đồng chí Nguyễn Hải Yến, Bí thư Đoàn trường phát động chương trình",
            "Đồng chí Nguyễn Hải Yến, Bí thư Đoàn trường phát động chương trình", "fig"),
        P("Chương trình nhằm quyên góp áo ấm, chăn, sách vở và đồ dùng học tập gửi tặng học sinh Trường "
          "PTDTBT Tiểu học và THCS Nậm Hàng, tỉnh Lai Châu – nơi nhiều em học sinh đang phải chống chọi "
          "với cái rét đầu đông."),
        P("👉 Thời gian nhận ủng hộ: từ ngày 02/12 đến hết ngày 20/12/2026, tại phòng Đoàn trường (tầng "
          "1, nhà A)."),
        P("👉 Hiện vật ủng hộ: áo ấm, áo khoác còn sử dụng tốt (đã giặt sạch), chăn, mũ len, tất, sách "
          "giáo khoa lớp 6 - 9 và đồ dùng học tập."),
        P("Ngay sau lễ phát động, nhiều chi đoàn đã nhanh chóng hưởng ứng. Chi đoàn 11A5 ủng hộ 45 chiếc "
          "áo ấm, chi đoàn 10A2 ủng hộ 120 cuốn vở và 2 thùng sách giáo khoa. Các thầy cô giáo trong Ban "
          "giám hiệu cũng đóng góp 5 triệu đồng để mua chăn ấm."),
        P("Dự kiến trong tuần đầu tháng 01/2027, đoàn công tác gồm đại diện Ban giám hiệu, Ban Chấp hành "
          "Đoàn trường và học sinh tiêu biểu sẽ trực tiếp mang quà lên trao tận tay các em học sinh vùng "
          "cao."),
        Raw("{loadposition lienquan,card}"),
    ],
    authors=["Lê Minh Tuấn"],
    photographers=["Ngô Thị Lan"],
    opts={
        "pub": "2026-12-02 09:45", "created": "2026-12-02 09:30", "intro": None,
        "fields": {"tac-gia": "Tin: Lê Minh Tuấn - Ảnh: Ngô Thị Lan"}, "tags": ["doan-thanh-nien"],
        "featured": 0, "jsonld": "Phát động chương trình Áo ấm cho em 2026",
    },
)

S53 = Story(
    53,
    "soi-noi-giai-bong-chuyen-hoc-sinh-chao-mung-ngay-nha-giao-viet-nam-20-11",
    "Sôi nổi Giải bóng chuyền học sinh chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "hoat-dong-doan",
    "2026-11-08T17:10:00+07:00",
    [
        P("Từ ngày 02/11 đến ngày 07/11/2026, Đoàn trường THPT Lý Thường Kiệt tổ chức Giải bóng chuyền "
          "học sinh năm 2026 chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. Giải đấu có sự tham gia "
          "của 18 đội bóng nam và 12 đội bóng nữ đến từ các chi đoàn."),
        P("Các trận đấu diễn ra tại sân thể chất của nhà trường vào giờ ra chơi và buổi chiều sau giờ "
          "học. Dù thời tiết có lúc mưa phùn, các cổ động viên vẫn đến chật kín hai bên sân, tạo nên "
          "bầu không khí vô cùng sôi động."),
        Img("/images/doan-truong/2026/bong-chuyen-2026-01.jpg",
            "(Trận chung kết nội dung nam giữa đội 12A1 và đội 11A4)",
            "Trận chung kết nội dung nam giữa đội 12A1 và đội 11A4", "em"),
        P("Chung cuộc, ở nội dung nam, đội 12A1 giành chức vô địch sau khi thắng 2 - 1 trước đội 11A4 "
          "trong trận chung kết kéo dài gần một giờ. Ở nội dung nữ, đội 12D1 xuất sắc bảo vệ thành công "
          "chức vô địch năm trước."),
        Raw("<p>{youtube}q3Xk9LmT2aE{/youtube}</p>"),
        P("Ban tổ chức đã trao giải Nhất, Nhì, Ba và giải Phong cách cho các đội; đồng thời trao danh "
          "hiệu “Cầu thủ xuất sắc nhất giải” cho em Đặng Quốc Huy (lớp 12A1) và em Vương Thị Ngọc Ánh "
          "(lớp 12D1)."),
        P("Giải đấu không chỉ góp phần nâng cao sức khỏe, rèn luyện tinh thần đồng đội cho đoàn viên, "
          "học sinh mà còn là hoạt động thiết thực hướng tới ngày 20/11."),
    ],
    authors=["BCH Đoàn trường"],
    opts={
        "pub": "2026-11-08 17:10", "created": "2026-11-08 16:48", "intro": 1,
        "fields": {"tac-gia": "BCH Đoàn trường"},
        "tags": ["doan-thanh-nien", "ngay-nha-giao-viet-nam"],
    },
)

S44 = Story(
    44,
    "dai-hoi-doan-tncs-ho-chi-minh-truong-thpt-ly-thuong-kiet-lan-thu-xxv-nhiem-ky-2026-2027",
    "Đại hội Đoàn TNCS Hồ Chí Minh Trường THPT Lý Thường Kiệt lần thứ XXV, nhiệm kỳ 2026 - 2027",
    "hoat-dong-doan",
    "2026-10-09T08:00:00+07:00",
    [
        Img("/images/doan-truong/2026/dai-hoi-doan-xxv.jpg",
            "Ban Chấp hành Đoàn trường khóa XXV ra mắt Đại hội",
            "Ban Chấp hành Đoàn trường khóa XXV ra mắt Đại hội", "full"),
        P("Ngày 07/10/2026, Đoàn TNCS Hồ Chí Minh Trường THPT Lý Thường Kiệt tổ chức thành công Đại hội "
          "đại biểu lần thứ XXV, nhiệm kỳ 2026 - 2027. Về dự Đại hội có đại diện Ban Thường vụ Đoàn "
          "phường Đại Phúc, Ban giám hiệu nhà trường cùng 150 đại biểu đại diện cho hơn 1.500 đoàn "
          "viên thanh niên.", "b"),
        P("Báo cáo tổng kết công tác nhiệm kỳ 2025 - 2026 cho thấy Đoàn trường đã tổ chức hiệu quả nhiều "
          "phong trào như “Tuổi trẻ sáng tạo”, “Thanh niên tình nguyện”, “Ngày Chủ nhật xanh”; 100% chi "
          "đoàn xếp loại vững mạnh; 45 đoàn viên ưu tú được giới thiệu học lớp bồi dưỡng nhận thức về "
          "Đảng."),
        P("Đại hội đã thảo luận, thống nhất phương hướng, nhiệm vụ nhiệm kỳ mới với 5 chỉ tiêu trọng tâm, "
          "trong đó phấn đấu 100% đoàn viên tham gia ít nhất một hoạt động tình nguyện và xây dựng mô "
          "hình “Chi đoàn số” trong quản lý đoàn viên."),
        P("Đại hội đã bầu Ban Chấp hành Đoàn trường khóa XXV gồm 15 đồng chí. Tại phiên họp thứ nhất, Ban "
          "Chấp hành đã bầu Ban Thường vụ gồm 5 đồng chí; đồng chí Nguyễn Hải Yến tiếp tục được tín nhiệm "
          "bầu giữ chức Bí thư Đoàn trường."),
        Raw('<p style="text-align: right;"><strong>Nguyễn Hải Yến</strong> - Bí thư Đoàn trường</p>'),
    ],
    authors=["Nguyễn Hải Yến"],
    summary="Ngày 07/10/2026, Đoàn TNCS Hồ Chí Minh Trường THPT Lý Thường Kiệt tổ chức thành công Đại hội "
    "đại biểu lần thứ XXV, nhiệm kỳ 2026 - 2027. Về dự Đại hội có đại diện Ban Thường vụ Đoàn "
    "phường Đại Phúc, Ban giám hiệu nhà trường cùng 150 đại biểu đại diện cho hơn 1.500 đoàn "
    "viên thanh niên.",
    opts={"pub": "2026-10-09 08:00", "created": "2026-10-08 22:03", "intro": 2},
)

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 42%; text-align: center; vertical-align: top;">SỞ GD&amp;ĐT BẮC NINH<br>'
    "<strong>TRƯỜNG THPT LÝ THƯỜNG KIỆT</strong><br>Số: 215/TB-THPTLTK</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    "</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong><br>"
    "<em>Bắc Ninh, ngày 03 tháng 12 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br>'
    "<strong>Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
)
_SIGNATURE = (
    '<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%; vertical-align: top;">'
    "<p><strong><em>Nơi nhận:</em></strong><br>- Các tổ chuyên môn (để t/h);<br>- GVCN các lớp (để t/b);"
    "<br>- Lưu: VT.</p></td>"
    '<td style="text-align: center; vertical-align: top;"><p><strong>HIỆU TRƯỞNG</strong></p>'
    "<p><em>(Đã ký)</em></p><p><strong>Nguyễn Văn Thắng</strong></p></td></tr></tbody></table>"
    '<p>📎 Tệp đính kèm: <a href="/images/van-ban/2026/tb-215-lich-kiem-tra-hk1.pdf" '
    'target="_blank">tb-215-lich-kiem-tra-hk1.pdf</a></p>'
)

S62 = Story(
    62,
    "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
    "thong-bao",
    "2026-12-03",
    [
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch số 128/KH-THPTLTK ngày 05/9/2026 về thực hiện nhiệm vụ năm học 2026 - 2027, "
          "nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 "
          "như sau:"),
        P("1. Thời gian và môn kiểm tra", "b"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
        P("16/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("17/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("17/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
        P("18/12/2026 | Sáng | Các môn lựa chọn | 45 phút/môn", "tr"),
        P("2. Hình thức kiểm tra", "b"),
        P("Môn Ngữ văn kiểm tra theo hình thức tự luận; các môn Toán, Tiếng Anh kiểm tra kết hợp trắc "
          "nghiệm và tự luận; các môn lựa chọn kiểm tra theo đề chung của nhà trường."),
        P("3. Tổ chức thực hiện", "b"),
        P("Các tổ chuyên môn hoàn thành ma trận, đề kiểm tra và đáp án, nộp về Phó Hiệu trưởng phụ trách "
          "chuyên môn trước ngày 10/12/2026. Giáo viên chủ nhiệm thông báo lịch kiểm tra tới học sinh và "
          "cha mẹ học sinh; nhắc nhở học sinh có mặt tại phòng kiểm tra trước giờ kiểm tra 15 phút."),
        P("Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên và học sinh nghiêm túc thực "
          "hiện./."),
        Raw(_SIGNATURE),
    ],
    authors=["Nguyễn Văn Thắng"],
    opts={"pub": "2026-12-04 15:00", "created": "2026-12-04 14:36", "intro": 3},
)

S59 = Story(
    59,
    "thong-bao-ve-viec-dang-ky-du-thi-thu-tot-nghiep-thpt-nam-2027-lan-thu-nhat",
    "Thông báo về việc đăng ký dự thi thử tốt nghiệp THPT năm 2027 lần thứ nhất",
    "thong-bao",
    "2026-11-25T07:30:00+07:00",
    [
        P("Nhằm giúp học sinh lớp 12 làm quen với cấu trúc, định dạng đề thi tốt nghiệp THPT và tự đánh "
          "giá năng lực trước kỳ thi chính thức, Trường THPT Lý Thường Kiệt tổ chức thi thử tốt nghiệp "
          "THPT năm 2027 lần thứ nhất.", "b"),
        P("Đối tượng: học sinh lớp 12 của nhà trường và học sinh các trường THPT trên địa bàn có nhu "
          "cầu."),
        P("Thời gian thi: ngày 27 và 28/12/2026 (thứ Bảy và Chủ nhật). Thí sinh có mặt tại trường lúc 6 "
          "giờ 45 phút để làm thủ tục dự thi."),
        P("Môn thi: Toán, Ngữ văn và 02 môn lựa chọn trong số các môn Vật lí, Hóa học, Sinh học, Lịch sử, "
          "Địa lí, Giáo dục kinh tế và pháp luật, Tin học, Công nghệ, Tiếng Anh."),
        P("Học sinh trong trường đăng ký qua giáo viên chủ nhiệm trước ngày 10/12/2026. Thí sinh ngoài "
          f"trường đăng ký trực tiếp tại Văn phòng nhà trường hoặc gửi phiếu đăng ký qua email {MAIL_VP}, "
          "lệ phí dự thi 80.000 đồng/thí sinh.", "mail"),
        P("Kết quả thi sẽ được công bố trên cổng thông tin điện tử của nhà trường sau 07 ngày kể từ ngày "
          "thi. Mọi thắc mắc xin liên hệ cô Trịnh Thu Hương, nhân viên văn phòng, điện thoại "
          "0222.3874.215."),
    ],
    summary="Nhằm giúp học sinh lớp 12 làm quen với cấu trúc, định dạng đề thi tốt nghiệp THPT và tự đánh "
    "giá năng lực trước kỳ thi chính thức, Trường THPT Lý Thường Kiệt tổ chức thi thử tốt nghiệp "
    "THPT năm 2027 lần thứ nhất.",
    opts={
        "pub": "2026-11-25 07:30", "created": "2026-11-21 16:40", "intro": 1, "featured": 1,
        "menu": (MENU_ALIAS_59, "Thi thử tốt nghiệp THPT", 106),
        "jsonld": "Đăng ký thi thử tốt nghiệp THPT 2027 lần 1",
    },
)

S57 = Story(
    57,
    "thong-bao-tuyen-dung-nhan-vien-y-te-truong-hoc-theo-hinh-thuc-hop-dong",
    "Thông báo tuyển dụng nhân viên y tế trường học theo hình thức hợp đồng",
    "thong-bao",
    "2026-11-16T10:00:00+07:00",
    [
        P("Trường THPT Lý Thường Kiệt thông báo tuyển dụng 01 nhân viên y tế trường học làm việc theo "
          "hình thức hợp đồng lao động năm 2026.", "b"),
        P("1. Điều kiện dự tuyển: là công dân Việt Nam, có đủ sức khỏe, có trình độ trung cấp y sĩ trở "
          "lên; ưu tiên người có kinh nghiệm làm công tác y tế học đường và cư trú tại thành phố Bắc "
          "Ninh."),
        P("2. Hồ sơ dự tuyển gồm:", "br"),
        P("- Đơn đăng ký dự tuyển theo mẫu;", "br"),
        P("- Sơ yếu lý lịch có xác nhận của địa phương;", "br"),
        P("- Bản sao văn bằng, chứng chỉ và giấy khám sức khỏe còn thời hạn.", "br"),
        P("3. Thời gian nhận hồ sơ: từ ngày 17/11/2026 đến hết ngày 30/11/2026 (trong giờ hành chính), tại "
          "Văn phòng nhà trường."),
        P("4. Hình thức tuyển chọn: xét hồ sơ và phỏng vấn. Thời gian phỏng vấn nhà trường sẽ thông báo "
          "trực tiếp tới các ứng viên đủ điều kiện."),
        Raw('<p><span class="icon-download" aria-hidden="true"></span> Tải mẫu đơn: '
            '<a href="/images/van-ban/2026/mau-don-du-tuyen-nvyt.pdf">mau-don-du-tuyen-nvyt.pdf</a></p>'),
    ],
    summary="Trường THPT Lý Thường Kiệt thông báo tuyển dụng 01 nhân viên y tế trường học làm việc theo "
    "hình thức hợp đồng lao động năm 2026.",
    opts={"pub": "2026-11-16 10:00", "created": "2026-11-13 09:15", "intro": 1},
)

_PIN = ('<img class="fb-emoji" src="https://static.xx.fbcdn.net/images/emoji.php/v9/t5f/1/16/1f4cc.png" '
        'alt="📌" width="16" height="16"> ')

S52 = Story(
    52,
    "thong-bao-ke-hoach-hop-cha-me-hoc-sinh-giua-hoc-ky-i-nam-hoc-2026-2027",
    "Thông báo kế hoạch họp cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027",
    "thong-bao",
    "2026-11-02T14:00:00+07:00",
    [
        P("Thực hiện kế hoạch năm học 2026 - 2027, Trường THPT Lý Thường Kiệt tổ chức họp cha mẹ học sinh "
          "giữa học kỳ I cho cả ba khối lớp."),
        P("Thời gian: 7 giờ 30 phút, Chủ nhật ngày 09/11/2026.", "pin"),
        P("Địa điểm: tại các phòng học của từng lớp (khu nhà A, B, C).", "pin"),
        P("Nội dung: giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kỳ I của học sinh; "
          "phổ biến lịch kiểm tra cuối học kỳ I; trao đổi về công tác phối hợp giữa gia đình và nhà "
          "trường trong việc quản lý học sinh sử dụng điện thoại di động và bảo đảm an toàn giao thông.",
          "pin"),
        P("Nhà trường đề nghị quý cha mẹ học sinh sắp xếp thời gian tham dự đầy đủ, đúng giờ. Trường hợp "
          "không thể tham dự, đề nghị cha mẹ học sinh liên hệ trực tiếp với giáo viên chủ nhiệm."),
        Raw('<p style="text-align: right;"><em>Ban Giám hiệu</em></p>'),
    ],
    authors=["Ban Giám hiệu"],
    opts={"pub": "2026-11-02 14:00", "created": "2026-11-02 13:52", "intro": 1},
)

S49 = Story(
    49,
    "thong-bao-ve-viec-to-chuc-tap-huan-ky-nang-phong-chay-chua-chay-va-cuu-nan-cuu-ho",
    "Thông báo về việc tổ chức tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ cho học sinh",
    "thong-bao",
    "2026-10-23T09:00:00+07:00",
    [
        P("Theo kế hoạch phối hợp giữa Trường THPT Lý Thường Kiệt và Phòng Cảnh sát phòng cháy, chữa cháy "
          "và cứu nạn, cứu hộ - Công an tỉnh Bắc Ninh, nhà trường tổ chức buổi tập huấn kỹ năng phòng "
          "cháy, chữa cháy và cứu nạn, cứu hộ cho học sinh khối 10."),
        P("Thời gian: từ 14 giờ 00 phút, thứ Tư ngày 29/10/2026."),
        P("Địa điểm: sân trường và hội trường tầng 3, nhà B."),
        P("Nội dung tập huấn gồm: kiến thức cơ bản về phòng cháy, chữa cháy; kỹ năng thoát nạn khi xảy ra "
          "cháy tại nhà cao tầng; hướng dẫn sử dụng bình chữa cháy xách tay và thực hành sơ cứu người "
          "bị nạn."),
        P("Giáo viên chủ nhiệm các lớp khối 10 có trách nhiệm quản lý học sinh lớp mình trong suốt buổi "
          "tập huấn. Học sinh mặc đồng phục thể dục, mang theo mũ và nước uống cá nhân."),
    ],
    source="Phòng Cảnh sát PCCC&CNCH - Công an tỉnh Bắc Ninh",
    opts={
        "pub": "2026-10-23 09:00", "created": "2026-10-23 08:41", "intro": 1,
        "fields": {"nguon-tin": "Phòng Cảnh sát PCCC&CNCH - Công an tỉnh Bắc Ninh"},
    },
)

S45 = Story(
    45,
    "thong-bao-danh-sach-hoc-sinh-duoc-ho-tro-chi-phi-hoc-tap-hoc-ky-i-nam-hoc-2026-2027",
    "Thông báo danh sách học sinh được hỗ trợ chi phí học tập học kỳ I năm học 2026 - 2027",
    "thong-bao",
    "2026-10-12T16:30:00+07:00",
    [
        P("Căn cứ Nghị định số 81/2021/NĐ-CP của Chính phủ quy định về cơ chế thu, quản lý học phí và "
          "chính sách miễn, giảm học phí, hỗ trợ chi phí học tập và các văn bản sửa đổi, bổ sung; căn cứ "
          "kết quả xét duyệt của Hội đồng xét chính sách nhà trường ngày 09/10/2026;"),
        P("Nhà trường thông báo danh sách 27 học sinh thuộc diện được hỗ trợ chi phí học tập học kỳ I năm "
          "học 2026 - 2027, gồm 9 học sinh khối 10, 10 học sinh khối 11 và 8 học sinh khối 12. Mức hỗ trợ "
          "là 150.000 đồng/học sinh/tháng, thời gian hưởng 4 tháng."),
        P("Danh sách chi tiết được niêm yết tại bảng tin nhà trường và gửi tới giáo viên chủ nhiệm các "
          "lớp. Cha mẹ học sinh có ý kiến thắc mắc về danh sách đề nghị phản hồi về Văn phòng nhà trường "
          "trước ngày 20/10/2026 để được giải đáp."),
        P("Sau thời gian trên, nhà trường sẽ hoàn thiện hồ sơ và chi trả tiền hỗ trợ cho học sinh qua tài "
          "khoản ngân hàng của cha mẹ học sinh."),
    ],
    authors=["Văn phòng nhà trường"],
    opts={
        "pub": "2026-10-12 16:30", "created": "2026-10-12 16:02", "intro": 1,
        "fields": {"tac-gia": "Văn phòng nhà trường"},
    },
)

STORIES: list[Story] = [S60, S58, S55, S53, S51, S47, S44, S62, S59, S57, S52, S49, S45]
BY_ID = {s.id: s for s in STORIES}


def _in_cat(key: str, with_children: bool = False) -> list[Story]:
    keys = {key} | ({k for k, c in CATS.items() if c[4] == key} if with_children else set())
    return sorted((s for s in STORIES if s.cat in keys), key=lambda s: s.opts["pub"], reverse=True)


# --- URLs -------------------------------------------------------------------------------------


def cat_route(s: Story) -> str:
    return f"{CATS[s.cat][2]}/{s.id}-{s.slug}"


def link(s: Story) -> str:
    """Where the router sends every internal link to the article."""
    return s.opts["menu"][0] if "menu" in s.opts else cat_route(s)


def component_url(s: Story) -> str:
    return f"/component/content/article/{s.id}-{s.slug}?catid={CATS[s.cat][1]}&Itemid=101"


def _terms(q: str) -> list[str]:
    return [t for t in q.lower().split() if t]


def highlight_value(q: str) -> str:
    return base64.b64encode(json.dumps(_terms(q), separators=(",", ":")).encode()).decode()


def _search(q: str) -> list[Story]:
    needle = " ".join(q.lower().split())
    if not needle:
        return []
    hits = [s for s in STORIES if needle in (s.title + " " + " ".join(s.paragraphs)).lower()]
    return sorted(hits, key=lambda s: s.opts["pub"], reverse=True)


SEARCH_PATH = "/component/finder/search?q=" + quote_plus(SEARCH_Q) + "&Itemid=101"
PB_PAGE1 = "?showall=&limitstart="
PB_PAGE2 = "?showall=&start=1"
PB_ALL = "?showall=1&limitstart="

# --- small renderers --------------------------------------------------------------------------

_MONTH = "Tháng {}"


def _lc3(stamp: str) -> str:
    day, _ = stamp.split(" ")
    y, m, d = day.split("-")
    return f"{d} {_MONTH.format(int(m))} {y}"


def _iso(stamp: str) -> str:
    day, hm = stamp.split(" ")
    return f"{day}T{hm}:00+07:00"


def _utc(stamp: str) -> str:
    day, hm = stamp.split(" ")
    y, m, d = (int(x) for x in day.split("-"))
    h, mi = (int(x) for x in hm.split(":"))
    h -= 7
    if h < 0:
        h += 24
        d -= 1
    return f"{y:04d}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:00+00:00"


def _dmy(stamp: str) -> str:
    y, m, d = stamp.split(" ")[0].split("-")
    return f"{d}-{m}-{y}"


def cloak(address: str) -> str:
    name, domain = address.split("@")

    def b(v: str) -> str:
        return base64.b64encode(v.encode()).decode()

    return (
        f'<joomla-hidden-mail  is-link="1" is-email="1" first="{b(name)}" last="{b(domain)}" '
        f'text="{b(address)}" base="" >{CLOAK_TEXT}</joomla-hidden-mail>'
    )


def _t(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")))


_WORD_P = ('<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; line-height: 150%;">'
           "<span style=\"font-size: 14.0pt; line-height: 150%; font-family: 'Times New Roman',serif;\">"
           "{}</span></p>")
_WORD_LI = ('<p class="MsoListParagraph" style="margin-left: 36.0pt; text-indent: -18.0pt; line-height: '
            '150%; mso-list: l0 level1 lfo1;"><!--[if !supportLists]--><span style="font-size: 14.0pt; '
            "font-family: 'Times New Roman',serif;\"><span style=\"mso-list: Ignore;\">-<span style=\"font: "
            "7.0pt 'Times New Roman';\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
            "<!--[endif]--><span style=\"font-size: 14.0pt; line-height: 150%; font-family: 'Times New "
            "Roman',serif;\">{}</span></p>")


def _img_tag(s: Story, img: Img, *, w: int = 800, h: int = 533) -> str:
    alt = s.opts.get("alt", "") if img.style == "alt" else (img.caption or "")
    return f'<img src="{esc(img.src)}" alt="{esc(alt)}" width="{w}" height="{h}" loading="lazy">'


def render_blocks(s: Story, blocks: list, related: str = "") -> str:
    """The article text as the editor left it (full-text image excluded: it is printed outside)."""
    out: list[str] = []
    word = bool(s.opts.get("word"))
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            if b.style == "full":
                pass
            elif b.style == "fig":
                out.append(f'<figure class="image">{_img_tag(s, b)}<figcaption>{esc(b.printed)}'
                           "</figcaption></figure>")
            elif b.style == "em":
                out.append(f'<p style="text-align: center;">{_img_tag(s, b)}</p>')
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(s, b)}</p>')
            i += 1
            continue
        if isinstance(b, Raw):
            if b.html.startswith("{loadposition"):
                out.append(related)
            else:
                out.append(b.html)
            i += 1
            continue
        style = b.style
        if style in ("li", "tr", "br"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i])
                i += 1
            if style == "li":
                if word:
                    out.extend(_WORD_LI.format(_t(s, g.text)) for g in group)
                else:
                    out.append("<ul>" + "".join(f"<li>{_t(s, g.text)}</li>" for g in group) + "</ul>")
            elif style == "br":
                out.append("<p>" + "<br>".join(_t(s, g.text) for g in group) + "</p>")
            else:
                rows = []
                for n, g in enumerate(group):
                    cells = g.text.split(" | ")
                    if n == 0:
                        rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{_t(s, c)}'
                                                     "</strong></td>" for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{_t(s, c)}</td>" for c in cells) + "</tr>")
                out.append('<table class="table table-bordered" style="width: 100%; border-collapse: '
                           'collapse;" border="1"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        body = _t(s, b.text)
        if style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{body}</strong></p>')
        elif style == "h3":
            out.append(f"<h3>{body}</h3>")
        elif style == "mail":
            out.append("<p>" + body.replace(MAIL_VP, cloak(MAIL_VP)) + "</p>")
        elif style == "pin":
            out.append(f"<p>{_PIN}{body}</p>")
        elif word:
            out.append(_WORD_P.format(body))
            if i % 3 == 1:
                out.append('<p class="MsoNormal"><span style="font-size: 14.0pt;">&nbsp;</span></p>')
        else:
            out.append(f'<p style="text-align: justify;">{body}</p>')
        i += 1
    return "\n".join(out)


def _full_image(s: Story) -> str:
    for b in s.blocks:
        if isinstance(b, Img) and b.style == "full":
            return (f'<figure class="left item-image">\n    <img src="{esc(b.src)}" alt="" width="1200" '
                    f'height="800" loading="eager" decoding="async">\n    <figcaption class="caption">'
                    f"{esc(b.printed)}</figcaption>\n</figure>")
    return ""


def _info_block(s: Story, hits: int, *, listing: bool = False) -> str:
    title, _cid, route, _item, parent = CATS[s.cat]
    rows = ['<dt class="article-info-term">Chi tiết</dt>']
    if parent and not listing:
        ptitle, _, proute, _, _ = CATS[parent]
        rows.append('<dd class="parent-category-name"><span class="icon-folder icon-fw" aria-hidden="true">'
                    f'</span> Danh mục cha: <a href="{proute}">{esc(ptitle)}</a></dd>')
    if not listing:
        rows.append('<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true">'
                    f'</span> Danh mục: <a href="{route}">{esc(title)}</a></dd>')
    rows.append('<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>\n'
                f'        <time datetime="{_iso(s.opts["pub"])}">Ngày đăng: {_lc3(s.opts["pub"])}</time></dd>')
    rows.append('<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>\n'
                f'        <meta content="UserPageVisits:{hits}">Lượt xem: {hits}</dd>')
    return '<dl class="article-info text-muted">\n    ' + "\n    ".join(rows) + "\n</dl>"


def _tags(s: Story) -> str:
    if not s.opts.get("tags"):
        return ""
    items = []
    for n, key in enumerate(s.opts["tags"]):
        tid, name = TAGS[key]
        items.append(f'<li class="list-inline-item tag-{tid} tag-list{n}">\n        <a href="/component/tags/'
                     f'tag/{key}" class="btn-sm btn-info">{esc(name)}</a>\n    </li>')
    return '<ul class="tags list-inline">\n    ' + "\n    ".join(items) + "\n</ul>"


def _fields(s: Story) -> str:
    fields = s.opts.get("fields") or {}
    if not fields:
        return ""
    labels = {"tac-gia": "Tác giả", "nguon-tin": "Nguồn tin"}
    items = [f'<li class="field-entry {k} "><span class="field-label ">{labels[k]}: </span><span '
             f'class="field-value ">{esc(v)}</span></li>' for k, v in fields.items()]
    return '<ul class="fields-container">\n' + "\n".join(items) + "\n</ul>"


def _pagenav(s: Story) -> str:
    if s.cat != "tin-tuc":  # Đoàn and Thông báo hide "Navigation" in their category options
        return ""
    seq = _in_cat("tin-tuc")
    k = seq.index(s)
    parts = []
    if k > 0:
        p = seq[k - 1]
        parts.append(f'<a class="btn btn-sm btn-secondary previous" href="{link(p)}" rel="prev">\n'
                     f'            <span class="visually-hidden">Bài trước: {esc(p.title)}</span>\n'
                     '            <span class="icon-chevron-left" aria-hidden="true"></span> '
                     '<span aria-hidden="true">Trước</span>            </a>')
    if k + 1 < len(seq):
        n = seq[k + 1]
        parts.append(f'<a class="btn btn-sm btn-secondary next" href="{link(n)}" rel="next">\n'
                     f'            <span class="visually-hidden">Bài tiếp: {esc(n.title)}</span>\n'
                     '            <span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" '
                     'aria-hidden="true"></span>            </a>')
    return ('<nav class="pagenavigation" aria-label="Điều hướng trang">\n    <span class="pagination ms-0">'
            + "\n".join(parts) + "</span>\n</nav>")


def _toolbar(request: Request, s: Story) -> str:
    url = quote(base_url(request) + link(s), safe="")
    return (
        '<div class="ltk-congcu d-flex justify-content-between mb-2" data-nosnippet>'
        '<span class="ltk-congcu__co">Cỡ chữ: <button type="button" class="btn btn-link btn-sm" '
        'data-co="-1">A-</button><button type="button" class="btn btn-link btn-sm" data-co="0">A</button>'
        '<button type="button" class="btn btn-link btn-sm" data-co="1">A+</button></span>'
        '<span class="ltk-congcu__chiase">Chia sẻ: '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">'
        'Facebook</a> · '
        f'<a href="https://zalo.me/share/?url={url}" target="_blank" rel="noopener">Zalo</a></span></div>'
    )


def _related(s: Story) -> str:
    rel = [o for o in STORIES if o is not s and set(o.opts.get("tags", [])) & set(s.opts.get("tags", []))]
    items = "".join(f'<li>\n    <a href="{link(o)}">\n        {esc(o.title)}</a>\n</li>\n' for o in rel)
    return ('<div class="moduletable card"><h3 class="card-header">Tin liên quan</h3><div class="card-body">'
            f'\n<ul class="mod-relateditems relateditems mod-list">\n{items}</ul>\n</div></div>')


# --- the page frame ---------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", 101, []),
    ("/gioi-thieu", "Giới thiệu", 102, [("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức", 103)]),
    ("/tin-tuc", "Tin tức", 104, [("/tin-tuc/hoat-dong-doan", "Hoạt động Đoàn", 105),
                                  (MENU_ALIAS_59, "Thi thử TN THPT 2027", 106)]),
    ("/thong-bao", "Thông báo", 107, []),
    ("/van-ban", "Văn bản", 108, []),
    ("/thu-vien-anh", "Thư viện ảnh", 109, []),
    ("/lien-he", "Liên hệ", 110, []),
]


def _menu(active: int) -> str:
    lis = []
    for href, label, item, children in _MENU:
        sub_active = any(c[2] == active for c in children)
        cls = f"metismenu-item item-{item} level-1"
        if item == 101:
            cls += " default"
        if item == active:
            cls += " current active"
        elif sub_active:
            cls += " active"
        if children:
            cls += " deeper parent"
            subs = "".join(
                f'<li class="metismenu-item item-{ci} level-2{" current active" if ci == active else ""}">'
                f'<a href="{ch}">{esc(cl)}</a></li>' for ch, cl, ci in children)
            lis.append(f'<li class="{cls}"><a href="{href}">{esc(label)}</a><button class="mm-collapsed '
                       f'mm-toggler mm-toggler-link" aria-haspopup="true" aria-expanded="false" aria-label='
                       f'"{esc(label)}"></button><ul class="mm-collapse">{subs}</ul></li>')
        else:
            cur = ' aria-current="page"' if item == active else ""
            lis.append(f'<li class="{cls}"><a href="{href}"{cur}>{esc(label)}</a></li>')
    return ('<nav class="navbar navbar-expand-lg" aria-label="Menu chính">\n<button class="navbar-toggler '
            'navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" '
            'aria-controls="navbar1" aria-expanded="false" aria-label="Bật/tắt menu">\n    <span class="'
            'icon-menu" aria-hidden="true"></span>\n</button>\n<div class="collapse navbar-collapse" id="'
            'navbar1">\n<ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list ">\n'
            + "\n".join(lis) + "\n</ul>\n</div>\n</nav>")


def _breadcrumbs(crumbs: list[tuple[str, str | None]]) -> str:
    items = ['<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>']
    for n, (label, href) in enumerate(crumbs, start=1):
        last = n == len(crumbs)
        if href and not last:
            items.append(f'<li class="mod-breadcrumbs__item breadcrumb-item"><a href="{href}" class="pathway">'
                         f"<span>{esc(label)}</span></a></li>")
        else:
            items.append('<li aria-current="page" class="mod-breadcrumbs__item breadcrumb-item active">'
                         f"<span>{esc(label)}</span></li>")
    return ('<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">\n    <ol class="mod-breadcrumbs '
            'breadcrumb px-3 py-2">\n        ' + "\n        ".join(items) + "\n    </ol>\n</nav>")


def _sidebar(counter: int) -> str:
    latest = sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True)[:5]
    notices = _in_cat("thong-bao")[:4]
    li = "".join(f'<li><a href="{link(s)}">{esc(s.title)}</a></li>' for s in latest)
    nb = "".join(f'<li><a class="mod-articles-category-title " href="{link(s)}">{esc(s.title)}</a> '
                 f'<span class="mod-articles-category-date">{_dmy(s.opts["pub"]).replace("-", "/")}</span></li>'
                 for s in notices)
    online = 17 + counter % 23
    today = 388 + counter
    total = 1254337 + counter
    return f"""
<div class="sidebar-right card ">
    <h3 class="card-header ">Tin mới</h3>
    <div class="card-body">
<ul class="mod-articleslatest latestnews mod-list">
{li}
</ul>
    </div>
</div>
<div class="sidebar-right card ">
    <h3 class="card-header ">Thông báo mới</h3>
    <div class="card-body">
<ul class="mod-articlescategory category-module mod-list">
{nb}
</ul>
    </div>
</div>
<div class="sidebar-right card ">
    <h3 class="card-header ">Liên kết website</h3>
    <div class="card-body">
<div id="mod-custom118" class="mod-custom custom">
<p><a href="https://bacninh.edu.vn" target="_blank" rel="noopener"><img src="/images/banners/so-gddt-bac-ninh.png" alt="Sở GD&amp;ĐT Bắc Ninh" width="260" height="70"></a></p>
<p><a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banners/bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" width="260" height="70"></a></p>
<p><a href="https://thisinh.thitotnghiepthpt.edu.vn" target="_blank" rel="noopener"><img src="/images/banners/thi-tot-nghiep-thpt.png" alt="Hệ thống quản lý thi" width="260" height="70"></a></p>
</div>
    </div>
</div>
<div class="sidebar-right card ">
    <h3 class="card-header ">Thống kê truy cập</h3>
    <div class="card-body">
<div class="ltk-tk"><table class="ltk-tk__bang"><tbody>
<tr><td><span class="icon-users" aria-hidden="true"></span> Đang online</td><td>{online}</td></tr>
<tr><td><span class="icon-calendar" aria-hidden="true"></span> Hôm nay</td><td>{today}</td></tr>
<tr><td><span class="icon-chart" aria-hidden="true"></span> Tổng truy cập</td><td>{f"{total:,}".replace(",", ".")}</td></tr>
</tbody></table></div>
    </div>
</div>"""


def _script_options(request: Request, highlight: list[str] | None = None) -> str:
    root = base_url(request) + "/"
    opts = {
        "joomla.jtext": {"ERROR": "Lỗi", "MESSAGE": "Thông báo", "NOTICE": "Chú ý", "WARNING": "Cảnh báo",
                         "JCLOSE": "Đóng", "JOK": "Đồng ý", "JOPEN": "Mở"},
        "system.paths": {"root": "", "rootFull": root, "base": "", "baseFull": root},
        "csrf.token": opaque("csrf-ltk", 16).replace("=", "")[:32],
        "accessibility-options": {
            "labels": {"menuTitle": "Tùy chọn trợ năng", "increaseText": "Tăng cỡ chữ",
                       "decreaseText": "Giảm cỡ chữ", "increaseTextSpacing": "Tăng khoảng cách chữ",
                       "decreaseTextSpacing": "Giảm khoảng cách chữ", "invertColors": "Đảo màu",
                       "grayHues": "Thang màu xám", "underlineLinks": "Gạch chân liên kết",
                       "bigCursor": "Con trỏ lớn", "readingGuide": "Thước đọc",
                       "textToSpeech": "Đọc văn bản", "speechToText": "Nhập bằng giọng nói",
                       "resetTitle": "Đặt lại", "closeTitle": "Đóng"},
            "icon": {"position": {"left": {"size": "0", "units": "px"}}, "useEmojis": False},
            "hotkeys": {"enabled": True, "helpTitles": True},
            "textToSpeechLang": ["vi-VN"], "speechToTextLang": ["vi-VN"],
        },
        "finder-search": {"url": "/component/finder/?task=suggestions.suggest&format=json&tmpl=component&Itemid=101"},
    }
    if highlight:
        opts["highlight"] = [{"class": "js-highlight", "highLight": highlight, "compatibility": False,
                              "start": "highlighter-start", "end": "highlighter-end"}]
    return ('<script type="application/json" class="joomla-script-options new">'
            + json.dumps(opts, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/") + "</script>")


def _jsonld(request: Request, page_path: str, title: str, s: Story | None) -> str:
    root = base_url(request)
    graph = [
        {"@type": "Organization", "@id": f"{root}/#/schema/Organization/base", "name": SITE, "url": f"{root}/",
         "logo": {"@type": "ImageObject", "url": f"{root}/images/logo/logo-thpt-ltk.png"}},
        {"@type": "WebSite", "@id": f"{root}/#/schema/WebSite/base", "url": f"{root}/", "name": SITE,
         "publisher": {"@id": f"{root}/#/schema/Organization/base"},
         "potentialAction": {"@type": "SearchAction",
                             "target": f"{root}/component/finder/search?q={{search_term_string}}&Itemid=101",
                             "query-input": "required name=search_term_string"}},
        {"@type": "WebPage", "@id": f"{root}/#/schema/WebPage/base", "url": root + page_path, "name": title,
         "isPartOf": {"@id": f"{root}/#/schema/WebSite/base"},
         "about": {"@id": f"{root}/#/schema/Organization/base"}, "inLanguage": "vi-VN"},
    ]
    if s is not None and s.opts.get("jsonld"):
        graph.append({"@type": "BlogPosting", "@id": f"{root}/#/schema/com_content/article/{s.id}",
                      "name": s.opts["jsonld"], "headline": s.opts["jsonld"],
                      "author": {"@type": "Person", "name": "Quản trị viên"},
                      "datePublished": _utc(s.opts["pub"]),
                      "isPartOf": {"@id": f"{root}/#/schema/WebPage/base"}})
    data = {"@context": "https://schema.org", "@graph": graph}
    return ('<script type="application/ld+json" class="joomla-schemaorg">'
            + json.dumps(data, ensure_ascii=False).replace("/", "\\/") + "</script>")


def page(
    request: Request,
    *,
    title: str,
    body_class: str,
    active: int,
    crumbs: list[tuple[str, str | None]],
    component: str,
    counter: int,
    description: str | None = None,
    meta_author: str | None = None,
    story: Story | None = None,
    highlight: list[str] | None = None,
    top_a: str = "",
    bottom: str = "",
) -> str:
    desc = description or ("Cổng thông tin điện tử Trường THPT Lý Thường Kiệt, thành phố Bắc Ninh: tin tức, "
                           "thông báo, văn bản và hoạt động của nhà trường.")
    author = f'\n    <meta name="author" content="{esc(meta_author)}">' if meta_author else ""
    full_title = SITE if title == SITE else f"{title} - {SITE}"
    if highlight:
        component = ('<br id="highlighter-start" />' + component + '<br id="highlighter-end" />')
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
    <meta charset="utf-8">{author}
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="{esc(desc)}">
    <meta name="generator" content="Joomla! - Open Source Content Management">
    <title>{esc(full_title)}</title>
    <link href="/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
    <link href="/component/finder/search?format=opensearch&amp;Itemid=101" rel="search" title="OpenSearch {SITE}" type="application/opensearchdescription+xml">
    <link href="/media/templates/site/cassiopeia/css/template.min.css?8c2c4e" rel="stylesheet">
    <link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?8c2c4e" rel="stylesheet">
    <link href="/media/system/css/joomla-fontawesome.min.css?8c2c4e" rel="stylesheet">
    <link href="/media/templates/site/cassiopeia/css/user.css?8c2c4e" rel="stylesheet">
    <style>:root {{
        --hue: 214;
        --template-bg-light: #f0f4fb;
        --template-text-dark: #495057;
        --template-text-light: #ffffff;
        --template-link-color: #0b4f8a;
        --template-special-color: #c1272d;
        --cassiopeia-color-primary: #0b4f8a;
        --cassiopeia-color-link: #0b4f8a;
        --cassiopeia-color-hover: #c1272d;
    }}</style>
    {_script_options(request, highlight)}
    <script src="/media/system/js/core.min.js?2cb912"></script>
    <script src="/media/templates/site/cassiopeia/js/template.min.js?8c2c4e" type="module"></script>
    <script src="/media/vendor/metismenujs/js/metismenujs.min.js?1.4.0" defer></script>
    <script src="/media/vendor/accessibility/js/accessibility.min.js?3.0.17" defer></script>
    <script src="/media/com_finder/js/finder.min.js?755761" type="module"></script>
    <script type="module">window.addEventListener("load", function() {{new Accessibility(Joomla.getOptions("accessibility-options") || {{}});}});</script>
    {_jsonld(request, request.target, title, story)}
</head>
<body class="site {body_class} has-sidebar-right">
    <header class="header container-header full-width">
        <div class="container-topbar">
        <div id="mod-custom115" class="mod-custom custom">
    <p class="ltk-ngay"><span class="icon-calendar" aria-hidden="true"></span> {TODAY} &nbsp;|&nbsp; Đường dây nóng: 0222.3874.215</p></div>
        </div>
        <div class="grid-child">
            <div class="navbar-brand">
                <a class="brand-logo" href="/">
                    <img loading="eager" decoding="async" src="/images/logo/logo-thpt-ltk.png" alt="{SITE}" width="480" height="96">
                </a>
                <div class="site-description">Sở Giáo dục và Đào tạo Bắc Ninh · Đoàn kết - Kỷ cương - Chất lượng</div>
            </div>
        </div>
        <div class="grid-child container-nav">
            {_menu(active)}
            <div class="container-search">
<form class="mod-finder js-finder-searchform form-search" action="/component/finder/search?Itemid=101" method="get" role="search">
    <label for="mod-finder-searchword109" class="visually-hidden finder">Tìm kiếm</label><div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword109" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm..."><button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Tìm kiếm</button></div>
            <input type="hidden" name="Itemid" value="101"></form>
            </div>
        </div>
    </header>
    <div class="site-grid">
        {top_a}
        <div class="grid-child container-component">
            {_breadcrumbs(crumbs)}
            <main>
            <div id="system-message-container" aria-live="polite"></div>
            {component}
            </main>
            {bottom}
        </div>
        <div class="grid-child container-sidebar-right">
            {_sidebar(counter)}
        </div>
    </div>
    <footer class="container-footer footer full-width">
        <div class="grid-child">
<div id="mod-custom120" class="mod-custom custom">
    <p><strong>TRƯỜNG THPT LÝ THƯỜNG KIỆT - THÀNH PHỐ BẮC NINH</strong></p>
<p>Địa chỉ: Số 88 đường Lý Thường Kiệt, phường Đại Phúc, thành phố Bắc Ninh, tỉnh Bắc Ninh</p>
<p>Điện thoại: 0222.3874.215 - Email: {cloak(MAIL_SCHOOL)}</p>
<p>Người chịu trách nhiệm: Thầy Nguyễn Văn Thắng - Hiệu trưởng · <a href="https://www.facebook.com/thptlythuongkietbn" target="_blank" rel="noopener">Fanpage nhà trường</a></p>
<p>© 2026 Trường THPT Lý Thường Kiệt. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
        </div>
    </footer>
    <a href="#top" id="back-top" class="back-to-top-link" aria-label="Về đầu trang">
        <span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
    </a>
</body>
</html>
"""


# --- component views --------------------------------------------------------------------------


def _pagination(base: str, total: int, step: int, start: int) -> str:
    pages = (total + step - 1) // step
    if pages <= 1:
        return ""
    cur = start // step + 1

    def href(n: int) -> str:
        return f"{base}?limitstart=0" if n == 1 else f"{base}?start={(n - 1) * step}"

    items = []
    if cur == 1:
        items.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class='
                     '"icon-angle-double-left" aria-hidden="true"></span></span></li>')
        items.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class='
                     '"icon-angle-left" aria-hidden="true"></span></span></li>')
    else:
        items.append(f'<li class="page-item"><a aria-label="Đi tới trang đầu" href="{href(1)}" class="page-link">'
                     '<span class="icon-angle-double-left" aria-hidden="true"></span></a></li>')
        items.append(f'<li class="page-item"><a aria-label="Đi tới trang trước" href="{href(cur - 1)}" class='
                     '"page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>')
    for n in range(1, pages + 1):
        if n == cur:
            items.append(f'<li class="active page-item"><a aria-current="true" aria-label="Trang {n}" href="#" '
                         f'class="page-link">{n}</a></li>')
        else:
            items.append(f'<li class="page-item"><a aria-label="Đi tới trang {n}" href="{href(n)}" class='
                         f'"page-link">{n}</a></li>')
    if cur == pages:
        items.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class='
                     '"icon-angle-right" aria-hidden="true"></span></span></li>')
        items.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class='
                     '"icon-angle-double-right" aria-hidden="true"></span></span></li>')
    else:
        items.append(f'<li class="page-item"><a aria-label="Đi tới trang tiếp" href="{href(cur + 1)}" class='
                     '"page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>')
        items.append(f'<li class="page-item"><a aria-label="Đi tới trang cuối" href="{href(pages)}" class='
                     '"page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>')
    return (f'<p class="counter float-end pt-3 pe-2">Trang {cur} của {pages}</p>\n'
            '<nav class="pagination__wrapper" aria-label="Phân trang">\n    <ul class="pagination ms-0 mb-4">\n'
            + "\n".join(items) + "\n    </ul>\n</nav>")


def _intro_html(s: Story) -> tuple[str, bool]:
    """The intro text (before {readmore}) and whether a readmore follows."""
    k = s.opts.get("intro")
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "full")]
    blocks = [b for b in blocks if not (isinstance(b, Raw) and b.html == PAGEBREAK)]
    if k is None:
        return render_blocks(s, blocks), False
    return render_blocks(s, blocks[:k]), True


def _blog_item(s: Story, hits: int) -> str:
    url = link(s)
    intro, more = _intro_html(s)
    thumb = f'/images/thumbs/{s.id}-{s.slug[:24]}.jpg'
    readmore = ""
    if more:
        readmore = (f'\n<p class="readmore">\n    <a class="btn btn-secondary" href="{url}" aria-label="Đọc thêm: '
                    f'{esc(s.title)}">\n        <span class="icon-chevron-right" aria-hidden="true"></span>        '
                    "Đọc thêm …    </a>\n</p>")
    return f"""<div class="com-content-category-blog__item blog-item">
    <figure class="left item-image">
        <a href="{url}"><img src="{thumb}" alt="" width="360" height="240" loading="lazy"></a>
    </figure>
    <div class="item-content">
        <div class="page-header">
            <h2>
                <a href="{url}">
                    {esc(s.title)}                </a>
            </h2>
        </div>
        {_info_block(s, hits, listing=True)}
        {intro}{readmore}
    </div>
</div>"""


class ThptSite:
    """The Joomla site; hits and visitor counters move on every request, as on a live server."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hits = {s.id: s.views() for s in STORIES}
        self._counter = 0

    def _tick(self, story: Story | None = None) -> tuple[int, int]:
        with self._lock:
            self._counter += 1
            if story is not None:
                self._hits[story.id] += 1
                return self._counter, self._hits[story.id]
            return self._counter, 0

    def hits(self, s: Story) -> int:
        return self._hits[s.id]

    # routing ---------------------------------------------------------------------------------

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/media/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if request.method == "POST" and path in ("/thong-bao", "/lien-he", "/van-ban"):
            request = Request("GET", path, "", request.headers)
        params = request.params
        if path == "/":
            return self.home(request)
        for key, (_t2, _cid, route, _item, _p) in CATS.items():
            if path == route:
                return self.category(request, key)
        if path == "/component/finder/search":
            return self.search(request, params.get("q", ""))
        m = re.fullmatch(r"/component/tags/tag/([a-z0-9-]+)", path)
        if m and m.group(1) in TAGS:
            return self.tag(request, m.group(1))
        m = re.fullmatch(r"/component/content/article/(\d+)-([a-z0-9-]+)", path)
        if m and int(m.group(1)) in BY_ID and BY_ID[int(m.group(1))].slug == m.group(2):
            return self.article(request, BY_ID[int(m.group(1))], mode="component")
        if path == MENU_ALIAS_59:
            return self.article(request, S59, mode="menu")
        for s in STORIES:
            if path == cat_route(s):
                return self.article(request, s, mode="normal")
        extra = NON_ARTICLE_PAGES.get(path)
        if extra is not None:
            counter, _ = self._tick()
            return html(extra(self, request, counter))
        return None

    # views -----------------------------------------------------------------------------------

    def home(self, request: Request) -> Response:
        counter, _ = self._tick()
        featured = sorted((s for s in STORIES if "featured" in s.opts), key=lambda s: s.opts["featured"])
        lead, rest = featured[0], featured[1:]
        cols = "\n".join(_blog_item(s, self.hits(s)) for s in rest)
        tags = " ".join(f'<a class="btn btn-sm btn-outline-primary" href="/component/tags/tag/{k}">{esc(n)}</a>'
                        for k, (_i, n) in TAGS.items())
        component = f"""<div class="blog-featured">
    <div class="blog-items items-leading ">
        {_blog_item(lead, self.hits(lead))}
    </div>
    <div class="blog-items columns-3">
        {cols}
    </div>
</div>"""
        top = """<div class="grid-child container-top-a">
<div class="top-a card ">
    <div class="card-body">
<div id="mod-custom116" class="mod-custom custom">
    <p><img src="/images/banners/banner-chao-mung-20-11-2026.jpg" alt="Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam" width="1320" height="280"></p></div>
    </div>
</div>
</div>"""
        bottom = f"""<div class="main-bottom card ">
    <h3 class="card-header ">Chủ đề nổi bật</h3>
    <div class="card-body">
<div id="mod-custom119" class="mod-custom custom">
    <p>Tìm nhanh: <a href="{esc(SEARCH_PATH)}">Học sinh giỏi</a></p>
<p>{tags}</p></div>
    </div>
</div>"""
        return html(page(request, title=SITE, body_class="com_content wrapper-static view-featured no-layout "
                         "no-task itemid-101", active=101, crumbs=[("Trang chủ", None)], component=component,
                         counter=counter, top_a=top, bottom=bottom))

    def category(self, request: Request, key: str) -> Response | None:
        title, _cid, route, item, parent = CATS[key]
        params = request.params
        try:
            start = int(params.get("start") or params.get("limitstart") or 0)
        except ValueError:
            return None
        counter, _ = self._tick()
        crumbs = [("Trang chủ", "/")]
        if parent:
            crumbs.append((CATS[parent][0], CATS[parent][2]))
        crumbs.append((title, None))
        if key == "thong-bao":
            items = _in_cat(key)
            step = 5
        else:
            items = _in_cat(key, with_children=True)
            step = 5 if key == "tin-tuc" else 2
        if start < 0 or (start and start >= len(items)):
            return None
        chunk = items[start:start + step]
        nav = _pagination(route, len(items), step, start)
        if key == "thong-bao":
            rows = "\n".join(f"""<tr class="cat-list-row{n % 2}" >
    <th class="list-title" scope="row">
        <a href="{link(s)}">
            {esc(s.title)}        </a>
    </th>
    <td class="list-date small">
        {_dmy(s.opts["created"])}    </td>
    <td class="list-hits">
        <span class="badge bg-info">
            Lượt xem: {self.hits(s)}        </span>
    </td>
</tr>""" for n, s in enumerate(chunk))
            opts = "".join(f'<option value="{v}"{" selected" if v == 5 else ""}>{v if v else "Tất cả"}</option>'
                           for v in (5, 10, 15, 20, 25, 30, 50, 100, 0))
            component = f"""<div class="com-content-category category-list">
<div class="content-category">
    <h1>{esc(title)}</h1>
<form action="{route}" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">
    <div class="com-content__filter btn-group">
        <label class="filter-search-lbl visually-hidden" for="filter-search">Lọc theo tiêu đề</label>
        <input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" placeholder="Lọc theo tiêu đề">
        <button type="submit" name="filter_submit" class="btn btn-primary">Lọc</button>
    </div>
    <div class="com-content-category__pagination btn-group float-end">
        <label for="limit" class="visually-hidden">Hiển thị #</label>
        <select id="limit" name="limit" class="form-select" onchange="this.form.submit()">{opts}</select>
    </div>
    <table class="com-content-category__table category table table-striped table-bordered table-hover">
        <caption class="visually-hidden">Bài viết, sắp xếp theo ngày đăng giảm dần</caption>
        <thead><tr>
            <th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','', document.getElementById('adminForm')); return false;" class="js-stools-column-order" data-order="a.title" data-direction="ASC" data-name="Tiêu đề">Tiêu đề</a></th>
            <th scope="col" id="categorylist_header_date"><a href="#" onclick="Joomla.tableOrdering('a.created','asc','', document.getElementById('adminForm')); return false;" class="js-stools-column-order" data-order="a.created" data-direction="ASC" data-name="Ngày tạo">Ngày tạo</a></th>
            <th scope="col" id="categorylist_header_hits"><a href="#" onclick="Joomla.tableOrdering('a.hits','asc','', document.getElementById('adminForm')); return false;" class="js-stools-column-order" data-order="a.hits" data-direction="ASC" data-name="Lượt xem">Lượt xem</a></th>
        </tr></thead>
        <tbody>
{rows}
        </tbody>
    </table>
    <div class="com-content-category__navigation w-100">
        {nav}
    </div>
    <div><input type="hidden" name="filter_order" value=""><input type="hidden" name="filter_order_Dir" value=""><input type="hidden" name="limitstart" value=""><input type="hidden" name="task" value=""></div>
</form>
</div>
</div>"""
            body_class = f"com_content wrapper-static view-category layout-default no-task itemid-{item}"
        else:
            if key == "tin-tuc":
                lead, intro, links = chunk[:1], chunk[1:3], chunk[3:]
            else:
                lead, intro, links = chunk[:1], chunk[1:2], []
            lead_html = "\n".join(_blog_item(s, self.hits(s)) for s in lead)
            intro_html = "\n".join(_blog_item(s, self.hits(s)) for s in intro)
            more = ""
            if links:
                more = ('<div class="items-more">\n<ol class="com-content-blog__links">\n'
                        + "\n".join(f'<li class="com-content-blog__link">\n    <a href="{link(s)}">\n        '
                                    f"{esc(s.title)}</a>\n</li>" for s in links) + "\n</ol>\n</div>")
            desc = ("<p>Tin tức về hoạt động dạy và học, phong trào thi đua của thầy và trò nhà trường.</p>"
                    if key == "tin-tuc" else
                    "<p>Hoạt động của Đoàn TNCS Hồ Chí Minh Trường THPT Lý Thường Kiệt.</p>")
            cols = "columns-2" if key == "tin-tuc" else ""
            component = f"""<div class="com-content-category-blog blog">
    <h1>{esc(title)}</h1>
    <div class="category-desc clearfix">{desc}</div>
    <div class="com-content-category-blog__items blog-items items-leading ">
        {lead_html}
    </div>
    <div class="com-content-category-blog__items blog-items {cols} ">
        {intro_html}
    </div>
    {more}
    <div class="com-content-category-blog__navigation w-100">
        {nav}
    </div>
</div>"""
            body_class = f"com_content wrapper-static view-category layout-blog no-task itemid-{item}"
        return html(page(request, title=title, body_class=body_class, active=item, crumbs=crumbs,
                         component=component, counter=counter))

    def tag(self, request: Request, key: str) -> Response:
        counter, _ = self._tick()
        tid, name = TAGS[key]
        items = [s for s in sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True) if key in s.opts.get("tags", [])]
        lis = []
        for s in items:
            first = next(b.text for b in s.blocks if isinstance(b, P))
            teaser = first if len(first) < 180 else first[:177].rsplit(" ", 1)[0] + "..."
            lis.append(f"""<li class="list-group-item list-group-item-action">
    <h3>
        <a href="{esc(component_url(s))}">
            {esc(s.title)}        </a>
    </h3>
    <span class="tag-body">
        {esc(teaser)}    </span>
</li>""")
        component = f"""<div class="com-tags-tag tag-category">
    <h1>{esc(name)}</h1>
    <div class="com-tags-tag__items">
<form action="/component/tags/tag/{key}" method="post" name="adminForm" id="adminForm" class="com-tags-tag__items">
    <ul class="com-tags-tag__category category list-group">
{chr(10).join(lis)}
    </ul>
</form>
    </div>
</div>"""
        return html(page(request, title=name, body_class=f"com_tags wrapper-static view-tag no-layout no-task "
                         f"itemid-101 tag-{tid}", active=101,
                         crumbs=[("Trang chủ", "/"), ("Thẻ", None), (name, None)], component=component,
                         counter=counter))

    def search(self, request: Request, q: str) -> Response:
        counter, _ = self._tick()
        q = " ".join(q.split())
        results = _search(q)
        hl = highlight_value(q) if q else ""
        root = base_url(request)
        lis = []
        for s in results[:10]:
            first = next(b.text for b in s.blocks if isinstance(b, P))
            lis.append(f"""<li class="result__item">
    <p class="result__title">
        <a href="{esc(link(s))}?highlight={hl}" class="result__title-link">
            <span class="result__title-text">{esc(s.title)}</span>
            <span class="result__title-url">{esc(root + link(s))}</span>
        </a>
    </p>
    <p class="result__description">{esc(first[:220])}…</p>
    <div class="result__taxonomy"><span class="badge bg-secondary">Danh mục: {esc(CATS[s.cat][0])}</span></div>
    <div class="result__date"><time datetime="{_iso(s.opts['pub'])}">{_lc3(s.opts['pub'])}</time></div>
</li>""")
        if q and lis:
            explained = (f'<div id="search-query-explained" class="com-finder__explained"><p>Giả sử <mark '
                         f'class="term">{esc(q)}</mark>, kết quả sau đây đã được tìm thấy.</p></div>')
            res = (f'<div id="search-result-list" class="com-finder__results">\n<ol class="js-highlight '
                   f'com-finder__results-list" start="1">\n{chr(10).join(lis)}\n</ol>\n</div>\n<div class="'
                   f'com-finder__navigation search-pagination"><div class="com-finder__counter search-pages-'
                   f'counter">Kết quả 1 - {len(lis)} của {len(results)}</div></div>')
        elif q:
            explained = ""
            res = ('<div id="search-result-empty" class="com-finder__empty"><h2>Không tìm thấy kết quả</h2>'
                   f'<p>Không tìm thấy kết quả nào cho từ khóa: {esc(q)}.</p></div>')
        else:
            explained, res = "", ""
        component = f"""<div class="com-finder finder">
    <h1>Tìm kiếm</h1>
    <div id="search-form" class="com-finder__form">
<form action="/component/finder/search?Itemid=101" method="get" class="js-finder-searchform">
    <fieldset class="com-finder__search word mb-3">
        <legend class="com-finder__search-legend visually-hidden">Tìm kiếm</legend>
        <div class="form-inline">
            <label for="q" class="me-2">Tìm kiếm</label>
            <div class="input-group">
                <input type="text" name="q" id="q" class="js-finder-search-query form-control" value="{esc(q)}">
                <button type="submit" class="btn btn-primary"><span class="icon-search icon-white" aria-hidden="true"></span> Tìm kiếm</button>
            </div>
        </div>
    </fieldset>
    <input type="hidden" name="Itemid" value="101">
</form>
    </div>
    {explained}
    {res}
</div>"""
        return html(page(request, title="Tìm kiếm", body_class="com_finder wrapper-static view-search no-layout "
                         "no-task itemid-101", active=101, crumbs=[("Trang chủ", "/"), ("Tìm kiếm", None)],
                         component=component, counter=counter))

    def article(self, request: Request, s: Story, mode: str) -> Response | None:
        params = request.params
        part: int | None = 0
        if s is S55:
            if params.get("showall") == "1":
                part = None
            else:
                try:
                    part = int(params.get("start") or params.get("limitstart") or 0)
                except ValueError:
                    return None
                if part not in (0, 1):
                    return None
        counter, hits = self._tick(s)
        highlight = None
        if params.get("highlight"):
            try:
                decoded = json.loads(base64.b64decode(params["highlight"].replace(" ", "+")))
                highlight = [str(t) for t in decoded] if isinstance(decoded, list) else None
            except ValueError:
                highlight = None
        title, _cid, route, item, parent = CATS[s.cat]
        heading = ""
        htag = "h1"
        crumbs = [("Trang chủ", "/")]
        page_title = s.title
        if mode == "menu":
            _m_path, m_heading, item = s.opts["menu"]
            heading = f'<div class="page-header">\n        <h1> {esc(m_heading)} </h1>\n    </div>\n    '
            htag = "h2"
            crumbs += [("Tin tức", "/tin-tuc"), (m_heading, None)]
            page_title = m_heading
        else:
            if mode == "component":
                item = 101
            if parent:
                crumbs.append((CATS[parent][0], CATS[parent][2]))
            crumbs += [(title, route), (s.title, None)]
        related = _related(s)
        text_blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "full")]
        toc = ""
        if s is S55:
            cut = next(n for n, b in enumerate(text_blocks) if isinstance(b, Raw) and b.html == PAGEBREAK)
            parts = [text_blocks[:cut], text_blocks[cut + 1:]]
            base = link(s)  # the index links go through the router: always the category route
            entries = [(s.title, base + PB_PAGE1, part == 0), ("Kết quả Hội thi", base + PB_PAGE2, part == 1),
                       ("Tất cả các trang", base + PB_ALL, part is None)]
            toc = ('<div class="card float-end article-index ms-3 mb-3">\n    <div class="card-body">\n        '
                   '<h3>Mục lục bài viết</h3>\n        <ul class="nav flex-column">\n'
                   + "\n".join(f'            <li class="py-1"><a href="{esc(h)}" class="toclink'
                               f'{" active" if a else ""}">{esc(lbl)}</a></li>' for lbl, h, a in entries)
                   + "\n        </ul>\n    </div>\n</div>")
            if part is None:
                inner = render_blocks(s, parts[0]) + "\n<br>\n" + render_blocks(s, parts[1])
            else:
                prev_link = (f'<li class="page-item"><a class="page-link" href="{esc(base + PB_PAGE1)}">« Trước'
                             '</a></li>') if part == 1 else ""
                next_link = (f'<li class="page-item"><a class="page-link" href="{esc(base + PB_PAGE2)}">Tiếp »'
                             '</a></li>') if part == 0 else ""
                inner = (f'<div class="pagenavcounter">Trang {part + 1} của 2</div>\n'
                         + render_blocks(s, parts[part])
                         + f'\n<div class="pager"><ul class="pagination">{prev_link}{next_link}</ul></div>')
                if part == 1:
                    page_title = f"{s.title} - Kết quả Hội thi"
        else:
            inner = render_blocks(s, text_blocks, related)
        body = _toolbar(request, s) + "\n" + inner
        component = f"""<div class="com-content-article item-page">
    {heading}<div class="page-header">
        <{htag}>
            {esc(s.title)}        </{htag}>
    </div>
    {_info_block(s, hits)}
    {_tags(s)}
    {_full_image(s)}
    {toc}
    <div class="com-content-article__body">
        {body}
    </div>
    {_pagenav(s)}
    {_fields(s)}
</div>"""
        first = next(b.text for b in s.blocks if isinstance(b, P))
        return html(page(request, title=page_title, body_class="com_content wrapper-static view-article no-layout "
                         f"no-task itemid-{item}", active=item if mode != "component" else 101, crumbs=crumbs,
                         component=component, counter=counter, description=first[:160],
                         meta_author="Quản trị viên", story=s, highlight=highlight))


# --- pages that are not articles ----------------------------------------------------------------


def _plain_article(request: Request, counter: int, *, title: str, inner: str, item: int,
                   crumbs: list[tuple[str, str | None]]) -> str:
    component = f"""<div class="com-content-article item-page">
    <div class="page-header">
        <h1>
            {esc(title)}        </h1>
    </div>
    <div class="com-content-article__body">
        {inner}
    </div>
</div>"""
    return page(request, title=title, body_class=f"com_content wrapper-static view-article no-layout no-task "
                f"itemid-{item}", active=item, crumbs=crumbs, component=component, counter=counter)


def _gioi_thieu(site: ThptSite, request: Request, counter: int) -> str:
    inner = """<p><img src="/images/gioi-thieu/cong-truong.jpg" alt="Cổng trường THPT Lý Thường Kiệt" width="900" height="500"></p>
<p>Trường THPT Lý Thường Kiệt được thành lập năm 1984 trên cơ sở tách ra từ Trường cấp III Hàn Thuyên, đóng tại phường Đại Phúc, thành phố Bắc Ninh. Trải qua hơn 40 năm xây dựng và phát triển, nhà trường đã trở thành một trong những cơ sở giáo dục trung học phổ thông có uy tín của tỉnh Bắc Ninh.</p>
<p>Năm học 2026 - 2027, nhà trường có 42 lớp với 1.786 học sinh; đội ngũ 96 cán bộ, giáo viên, nhân viên, trong đó 41 thầy cô có trình độ thạc sĩ. Nhà trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>
<p>Nhà trường vinh dự được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba (năm 2014) và Huân chương Lao động hạng Nhì (năm 2024).</p>"""
    return _plain_article(request, counter, title="Giới thiệu chung", inner=inner, item=102,
                          crumbs=[("Trang chủ", "/"), ("Giới thiệu", None)])


def _co_cau(site: ThptSite, request: Request, counter: int) -> str:
    rows = [("Nguyễn Văn Thắng", "Hiệu trưởng", "Phụ trách chung"),
            ("Đỗ Văn Khải", "Phó Hiệu trưởng", "Chuyên môn, khảo thí"),
            ("Phạm Thị Hằng", "Phó Hiệu trưởng", "Cơ sở vật chất, nề nếp"),
            ("Nguyễn Hải Yến", "Bí thư Đoàn trường", "Công tác Đoàn, phong trào")]
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in rows)
    inner = ('<p>Ban giám hiệu và các tổ chức đoàn thể của nhà trường năm học 2026 - 2027:</p>'
             '<table class="table table-bordered"><thead><tr><th>Họ và tên</th><th>Chức vụ</th>'
             f"<th>Nhiệm vụ</th></tr></thead><tbody>{trs}</tbody></table>"
             "<p>Nhà trường có 7 tổ chuyên môn: Toán - Tin, Ngữ văn, Ngoại ngữ, Vật lí - Công nghệ, Hóa - Sinh, "
             "Sử - Địa - GDKT&amp;PL, Thể dục - GDQP&amp;AN và tổ Văn phòng.</p>")
    return _plain_article(request, counter, title="Cơ cấu tổ chức", inner=inner, item=103,
                          crumbs=[("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Cơ cấu tổ chức", None)])


def _lien_he(site: ThptSite, request: Request, counter: int) -> str:
    component = f"""<div class="com-contact contact">
    <h1>Liên hệ</h1>
    <div class="page-header"><h2><span class="contact-name">{SITE}</span></h2></div>
    <div class="com-contact__container">
        <h3>Thông tin liên hệ</h3>
        <div class="com-contact__info">
<dl class="com-contact__address contact-address dl-horizontal">
    <dt><span class="icon-address" aria-hidden="true"></span><span class="visually-hidden">Địa chỉ</span></dt>
    <dd><span class="contact-street">Số 88 đường Lý Thường Kiệt, phường Đại Phúc</span></dd>
    <dd><span class="contact-suburb">thành phố Bắc Ninh</span></dd>
    <dd><span class="contact-state">tỉnh Bắc Ninh</span></dd>
    <dt><span class="icon-envelope" aria-hidden="true"></span><span class="visually-hidden">Email</span></dt>
    <dd><span class="contact-emailto">{cloak(MAIL_SCHOOL)}</span></dd>
    <dt><span class="icon-phone" aria-hidden="true"></span><span class="visually-hidden">Điện thoại</span></dt>
    <dd><span class="contact-telephone">0222.3874.215</span></dd>
</dl>
        </div>
        <h3>Gửi thư cho nhà trường</h3>
<form id="contact-form" action="/lien-he" method="post" class="com-contact__form form-validate">
    <fieldset><legend>Gửi email. Các trường có dấu * là bắt buộc.</legend>
    <div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Họ tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" class="form-control required"></div>
    <div class="control-group"><label for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" class="form-control validate-email required"></div>
    <div class="control-group"><label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required"></textarea></div>
    </fieldset>
    <button class="btn btn-primary validate" type="submit">Gửi email</button>
    <input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">
</form>
    </div>
</div>"""
    return page(request, title="Liên hệ", body_class="com_contact wrapper-static view-contact no-layout no-task "
                "itemid-110", active=110, crumbs=[("Trang chủ", "/"), ("Liên hệ", None)], component=component,
                counter=counter)


DOC_PATH = "/van-ban/38-ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027"
ALBUM_PATH = "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027"


def _van_ban(site: ThptSite, request: Request, counter: int) -> str:
    component = f"""<div class="com-content-category category-list">
<div class="content-category">
    <h1>Văn bản</h1>
    <table class="com-content-category__table category table table-striped table-bordered table-hover">
        <thead><tr><th scope="col" id="categorylist_header_title">Tiêu đề</th><th scope="col" id="categorylist_header_date">Ngày ban hành</th></tr></thead>
        <tbody>
<tr class="cat-list-row0"><th class="list-title" scope="row"><a href="{DOC_PATH}">Kế hoạch số 128/KH-THPTLTK thực hiện nhiệm vụ năm học 2026 - 2027</a></th><td class="list-date small">05-09-2026</td></tr>
        </tbody>
    </table>
</div>
</div>"""
    return page(request, title="Văn bản", body_class="com_content wrapper-static view-category layout-default "
                "no-task itemid-108", active=108, crumbs=[("Trang chủ", "/"), ("Văn bản", None)],
                component=component, counter=counter)


def _van_ban_entry(site: ThptSite, request: Request, counter: int) -> str:
    component = """<div class="com-content-article item-page">
    <div class="page-header">
        <h1>
            Kế hoạch số 128/KH-THPTLTK thực hiện nhiệm vụ năm học 2026 - 2027        </h1>
    </div>
    <dl class="article-info text-muted">
    <dt class="article-info-term">Chi tiết</dt>
    <dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/van-ban">Văn bản</a></dd>
    </dl>
    <div class="com-content-article__body">
        <table class="table table-bordered"><tbody>
<tr><td>Số/Ký hiệu</td><td>128/KH-THPTLTK</td></tr>
<tr><td>Ngày ban hành</td><td>05/09/2026</td></tr>
<tr><td>Người ký</td><td>Nguyễn Văn Thắng</td></tr>
<tr><td>Trích yếu</td><td>Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="/images/van-ban/2026/kh-128-nhiem-vu-nam-hoc-2026-2027.pdf">kh-128-nhiem-vu-nam-hoc-2026-2027.pdf</a></td></tr>
</tbody></table>
    </div>
</div>"""
    return page(request, title="Kế hoạch số 128/KH-THPTLTK", body_class="com_content wrapper-static view-article "
                "no-layout no-task itemid-108", active=108,
                crumbs=[("Trang chủ", "/"), ("Văn bản", "/van-ban"), ("Kế hoạch số 128/KH-THPTLTK", None)],
                component=component, counter=counter)


def _thu_vien(site: ThptSite, request: Request, counter: int) -> str:
    component = f"""<div class="ltk-album-list">
    <h1>Thư viện ảnh</h1>
    <div class="row">
        <div class="col-md-4 ltk-album"><a href="{ALBUM_PATH}"><img src="/images/thu-vien-anh/khai-giang-2026/thumb.jpg" alt="" width="360" height="240"><span class="ltk-album__ten">Lễ khai giảng năm học 2026 - 2027</span></a><span class="ltk-album__so">24 ảnh</span></div>
    </div>
</div>"""
    return page(request, title="Thư viện ảnh", body_class="com_content wrapper-static view-category no-task "
                "itemid-109", active=109, crumbs=[("Trang chủ", "/"), ("Thư viện ảnh", None)],
                component=component, counter=counter)


def _album(site: ThptSite, request: Request, counter: int) -> str:
    imgs = "\n".join(f'<a href="/images/thu-vien-anh/khai-giang-2026/anh-{n:02d}.jpg" class="ltk-album__anh" '
                     f'data-fancybox="album"><img src="/images/thu-vien-anh/khai-giang-2026/anh-{n:02d}-thumb.jpg" '
                     f'alt="Lễ khai giảng năm học 2026 - 2027 - ảnh {n}" width="240" height="160"></a>'
                     for n in range(1, 13))
    component = f"""<div class="ltk-album-view">
    <h1>Lễ khai giảng năm học 2026 - 2027</h1>
    <p class="ltk-album__mota">Một số hình ảnh Lễ khai giảng năm học mới sáng 05/9/2026.</p>
    <div class="ltk-album__luoi">
{imgs}
    </div>
</div>"""
    return page(request, title="Lễ khai giảng năm học 2026 - 2027", body_class="com_content wrapper-static "
                "view-article no-task itemid-109", active=109,
                crumbs=[("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh"),
                        ("Lễ khai giảng năm học 2026 - 2027", None)], component=component, counter=counter)


NON_ARTICLE_PAGES = {
    "/gioi-thieu": _gioi_thieu,
    "/gioi-thieu/co-cau-to-chuc": _co_cau,
    "/lien-he": _lien_he,
    "/van-ban": _van_ban,
    DOC_PATH: _van_ban_entry,
    "/thu-vien-anh": _thu_vien,
    ALBUM_PATH: _album,
}


def build_site() -> ThptSite:
    return ThptSite()


# --- gold ---------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts: list[str] = []
    if "menu" in s.opts:
        alts.append(cat_route(s))
    if s.opts.get("tags"):
        alts.append(component_url(s))
    if s in _search(SEARCH_Q):
        alts.append(f"{link(s)}?highlight={highlight_value(SEARCH_Q)}")
    if s is S55:
        alts += [link(s) + PB_PAGE1, link(s) + PB_PAGE2, link(s) + PB_ALL]
    return alts


GOLD = [
    gold_record(s, link(s), CATS[s.cat][0], alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = ["/gioi-thieu", "/gioi-thieu/co-cau-to-chuc", "/lien-he", DOC_PATH, ALBUM_PATH]
