"""Trường THPT Phan Bội Châu (thành phố Vinh, Nghệ An) on Joomla 3.10 with a SmartAddons template.

Platform
--------
Joomla! 3.10 (SEF URLs without rewriting: every URL goes through ``/index.php/…``) with the
SmartAddons template ``sj_university`` on the YT Framework: ``#yt_wrapper``, ``section.block``
rows with a ``.container``, module positions ``yt-left`` / ``yt-main`` / ``yt-right`` and
the framework's "special" module chrome (``h3.modtitle`` + ``div.modcontent``). The home page
has no component output, only SJ modules: SJ News Extra ("Tin tức - Sự kiện", two category
blocks), SJ Basic News ("Thông báo mới", "Tin nổi bật") and SJ Tabs ("Tin mới / Đọc nhiều").
Sidebars: the Vinaora visitors counter, an AcePolls poll, a "Liên kết website" select, a video.
Articles are com_content's article view with the icons drop-down (print, e-mail), the
``dl.article-info`` ("Viết bởi …", "Danh mục: …", "Ngày tạo …", "Được đăng ngày …",
"Cập nhật lần cuối …", "Lượt xem: …"), the vote plugin, the pagenavigation plugin
("< Trước   Tiếp >") and JComments after the text. Plugins in use inside texts: JCaption,
Email cloaking, Page break, JoomlaWorks Simple Image Gallery, Lazy Load for Joomla!,
loadposition. Today is Thứ Bảy, 05/12/2026 (Asia/Ho_Chi_Minh).

URL scheme
----------
- ``/`` (also ``/index.php``): home, SJ modules only.
- ``/index.php/tin-tuc``: category blog "Tin tức" (id 8) with its subcategory's items
  (1 leading + 4 intro items per page, then 1 title-only link under "Thêm bài viết...");
  ``?start=5`` is page 2. Icon-only "Tiếp"/"Cuối" links, numbers as text.
- ``/index.php/tin-tuc/hoat-dong-ngoai-khoa``: blog of the subcategory (id 9), 3 per page.
- ``/index.php/thong-bao``: category list (id 10), a table "Tiêu đề / Ngày / Lượt xem" with
  the "Số mục hiển thị #" box (``limit``: 5 by default; GET ``?limit=<n>`` or the POSTed
  form; 0 = "Tất cả"); ``?start=5`` is page 2.
- Articles: ``/index.php/tin-tuc/<id>-<alias>``, ``/index.php/tin-tuc/hoat-dong-ngoai-khoa/
  <id>-<alias>``, ``/index.php/thong-bao/<id>-<alias>``; SJ News Extra links the legacy form
  ``/index.php/tin-tuc/<catid>-<cat-alias>/<id>-<alias>``; the router reads the id only, so
  any alias (or none) serves the article; ``/index.php?option=com_content&view=article&id=…``
  serves it too.
- Print: ``<article>?tmpl=component&print=1``; e-mail:
  ``/index.php/component/mailto/?tmpl=component&template=sj_university&link=<base64>``.
- Page break: ``<article>?showall=&limitstart=`` (part 1), ``?showall=&start=1``,
  ``?showall=&start=2``, ``?showall=1`` (all parts).
- Others: ``/index.php/gioi-thieu``, ``/index.php/gioi-thieu/ban-giam-hieu``,
  ``/index.php/lien-he``, ``/index.php/thu-vien-anh``, ``/index.php/van-ban`` (Phoca Download)
  with ``/index.php/van-ban/file/<id>-<alias>`` and ``?download=<id>:<alias>`` (PDF),
  ``/index.php/component/users/?view=login…``, ``/index.php/component/search/?searchword=…``.

How each gold article is reached
--------------------------------
- 61, 58 (Tin tức) and 62, 59 (Hoạt động ngoại khóa): home (SJ News Extra, legacy URL form;
  SJ Tabs, menu form) and page 1 of the Tin tức blog.
- 55 (Tin tức, 3 parts by page break): home ("Tin nổi bật", "Đọc nhiều") and Tin tức page 1.
- 53 (ngoại khóa): Tin tức page 1 ("Thêm bài viết..." title link) and ngoại khóa page 1.
- 49 (Tin tức): ONLY page 2 of the Tin tức blog (``?start=5``) and the "Tiếp >" chain.
- 50 (ngoại khóa): ONLY page 2 of either blog and the "Tiếp >" chain.
- 63, 60, 57, 54 (Thông báo): home ("Thông báo mới") and page 1 of the Thông báo table.
- 51 (Thông báo): ONLY page 2 of the table (or ``?limit=10``/``0``), the "Tiếp >" chain and a
  non-SEF link inside article 57's text.

Traps
-----
1. The page's H1 is not the headline (kind: title). The category menu item has "Show Page
   Heading", so every article page prints ``<h1>Tin tức</h1>`` (the section) above the real
   headline ``<h2 itemprop="headline">``; ``<title>`` appends " - THPT Phan Bội Châu" (and the
   part's name on a page-break part). Gold title: the H2 text.
2. An article split by the page-break plugin (kind: one article over several URLs). Article 55
   prints part 1 only, with "Mục lục bài viết" (TOC), "Trang 1 của 3" and "Trước / Tiếp >>"
   INSIDE ``itemprop="articleBody"``, next to the pagenavigation plugin's "< Trước / Tiếp >"
   that goes to other articles. Gold: one record at the article's URL whose body is all three
   parts in order (what ``?showall=1`` and the print view show); the part URLs and
   ``?showall=1`` are alt_paths; TOC, counter and part links are not body.
3. Photos hidden behind a gallery plugin (kind: images). Article 62 ends with a JoomlaWorks
   Simple Image Gallery: each ``<img>`` is ``transparent.gif`` with the thumbnail as a CSS
   ``background-image``; the photo is the link's ``href``. Its titles are only file names
   ("Bạn đang xem ảnh có tên rcv-02.jpg") and a print-only "Xem bộ sưu tập ảnh trực tuyến
   tại: …" line sits inside the text. Gold: the four full-size ``href`` paths, caption None;
   the print-only line is not body.
4. Lazy-loaded photos (kind: images). Article 59's photos print a 1×1 ``data:`` GIF as ``src``,
   the photo in ``data-src`` and a ``<noscript>`` copy. Gold: each photo once, at its
   ``data-src`` path, with the italic line under it as caption.
5. A caption that exists only in an attribute (kind: captions rendered by script). Article 58's
   full-text image (outside ``articleBody``, before it) is ``<img class="caption" title="…">``
   that caption.js turns into a line; the HTML has no caption element. Gold: it is the
   article's first image and its caption is the ``title`` text.
6. Text rendered by script (kind: obfuscated text). Article 60 ends with an e-mail address
   that the Email cloaking plugin replaced by "Địa chỉ email này đang được bảo vệ khỏi chương
   trình thư rác…" plus a script assembling the address from entity-encoded pieces. Gold: the
   paragraph as a reader sees it, with the address "vanphong.pbc@nghean.edu.vn"; the no-script
   notice is not text.
7. A dead plugin tag printed as text (kind: shortcodes). Article 53 keeps a paragraph
   ``{youtube}Xk3pB7rQe2M{/youtube}`` (AllVideos was removed in the 3.10 upgrade). Gold: not
   body.
8. Stale module cache and access-restricted entries (kind: links that are not articles). The
   cached "Tin nổi bật" module links article 56, since unpublished: it answers 404 with the
   whole template around "404 - Không tìm thấy bài viết". The Thông báo table lists article 64
   (Registered access) with a link to the login page (``/index.php/component/users/?view=login
   …&return=<base64>``); its own URL redirects (303) to that page. Gold: neither is an article.
9. Pages that differ on every request (kind: volatile markup). "Lượt xem" and the counters
   increase on each request, and the form token's name changes, so two URLs of one article are
   never byte-identical. Gold: one record per article, its other URLs in alt_paths.
10. Duplicate URLs (kind: duplicates). Legacy module form ``/index.php/tin-tuc/8-tin-tuc/61-…``,
    print view, the vote form's ``?hitcount=0``, an old alias still linked from article 61's
    "Xem thêm" line (``/index.php/tin-tuc/58-le-ky-niem-ngay-nha-giao-viet-nam``), a non-SEF
    link in article 57 (``/index.php?option=com_content&view=article&id=51&catid=10&Itemid=104``);
    no ``rel=canonical`` anywhere. Gold: the menu form is the path, the others alt_paths.
11. Three dates per article (kind: dates). Article 61 prints "Ngày tạo" (02/12 21:10) BEFORE
    "Được đăng ngày" (03/12 16:40) and "Cập nhật lần cuối" (04/12 07:55), each in a
    ``<time>``; the table's "Ngày" column prints the created day. Gold: "Được đăng ngày".
    Article 54 was published at "00:00": the day alone. Article 63 is an official notice:
    its letterhead day (02/12) wins over "Được đăng ngày" (04/12).
12. Bylines (kind: bylines). "Viết bởi Super User" / "Viết bởi Quản trị viên" are CMS accounts
    (nobody); the real signature is the right-aligned last line ("Tin, ảnh: X", "Bài và ảnh:
    X", "Tin: X - Ảnh: Y", "ThS. X (Phó Hiệu trưởng)", "Cô giáo X - Tổ Ngoại ngữ"). Article 55
    prints only "Viết bởi Công đoàn trường" (created_by_alias): a unit signing alone. Article 49
    is signed by a real account name ("Viết bởi Nguyễn Thị Lan Anh"). JComments' comment authors
    and dates are nobody's byline.
13. Widgets inside and after the text (kind: boundaries). The vote plugin's stars and form
    before the text, a loadposition module "Bài viết liên quan" INSIDE ``articleBody`` (61),
    attachment line with a PDF icon (63), JComments' list and form after the text. None is body.

Gold decisions on ambiguous points
----------------------------------
- category: the section as the breadcrumb prints it right before the headline ("Tin tức",
  "Hoạt động ngoại khóa", "Thông báo").
- summary: only articles 61 and 59 print a bold lead paragraph; elsewhere null (the blog's
  intro text is just the first paragraph; meta description is the site's).
- Article 61's only photo line is "Ảnh: Trần Hoàng Phúc": caption None, photographer.
- Article 49's caption is printed in parentheses: taken off.
- Article 50 (from baonghean.vn): hot-linked photo on another host (gold ``url``); signed
  "Thanh Hương" then "(Theo baonghean.vn)": author "Thanh Hương", source "baonghean.vn"; its
  paragraph "Theo thầy Nguyễn Văn Quế, …" is text.
- Article 63 (official notice): letterhead table, "THÔNG BÁO", "Về việc …", "Nơi nhận",
  "HIỆU TRƯỞNG", "(Đã ký)" and the attachment line are not body; the schedule table's rows are
  paragraphs (cells joined by " | "); the "- " items are typed text; author = the signer.
- Article 54's right-aligned "Văn phòng nhà trường" is a unit signing: the author.
- Article 58's image in a two-row table: the second row is its caption, not a table row of text.
- "Giới thiệu", "Ban giám hiệu", the album "Thư viện ảnh" (an article in the CMS, dated
  07/09/2026) and the contact and Phoca Download file pages are NON_ARTICLES.
"""

from __future__ import annotations

import base64
import hashlib
import re
import threading
from datetime import datetime
from typing import ClassVar

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "joomla3_sj_news_extra_thpt"
PLATFORM = "Joomla 3.10 + SmartAddons sj_university template (YT Framework, SJ modules)"
START_PATH = "/"

SITE_NAME = "THPT Phan Bội Châu"
TPL = "sj_university"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
SELECTED = ' selected="selected"'

# --- categories -------------------------------------------------------------------------------

CATS: dict[int, dict] = {
    8: {"alias": "tin-tuc", "title": "Tin tức", "menu": "/index.php/tin-tuc", "itemid": 102,
        "desc": "Tin tức, sự kiện về các hoạt động dạy và học của nhà trường."},
    9: {"alias": "hoat-dong-ngoai-khoa", "title": "Hoạt động ngoại khóa",
        "menu": "/index.php/tin-tuc/hoat-dong-ngoai-khoa", "itemid": 103, "parent": 8,
        "desc": "Hoạt động Đoàn, câu lạc bộ, thể thao và trải nghiệm của học sinh."},
    10: {"alias": "thong-bao", "title": "Thông báo", "menu": "/index.php/thong-bao", "itemid": 104,
         "desc": ""},
}
CAT_BY_ALIAS = {"tin-tuc": 8, "hoat-dong-ngoai-khoa": 9, "thong-bao": 10}

PB = '<hr class="system-pagebreak"'


def _sig(right: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{right}</{tag}></p>')


# --- the thirteen articles ----------------------------------------------------------------------

S61 = Story(
    id=61,
    slug="hoc-sinh-truong-thpt-phan-boi-chau-dat-12-giai-ky-thi-hoc-sinh-gioi-tinh-lop-12",
    title="Học sinh Trường THPT Phan Bội Châu đạt 12 giải tại Kỳ thi chọn học sinh giỏi tỉnh lớp 12",
    cat="tin-tuc",
    published_at="2026-12-03T16:40:00+07:00",
    summary=(
        "Theo kết quả Sở Giáo dục và Đào tạo Nghệ An vừa công bố, đội tuyển học sinh giỏi lớp 12 "
        "của Trường THPT Phan Bội Châu đã giành 12 giải, trong đó có 1 giải Nhất, 3 giải Nhì, "
        "4 giải Ba và 4 giải Khuyến khích."
    ),
    blocks=[
        P("Theo kết quả Sở Giáo dục và Đào tạo Nghệ An vừa công bố, đội tuyển học sinh giỏi lớp 12 "
          "của Trường THPT Phan Bội Châu đã giành 12 giải, trong đó có 1 giải Nhất, 3 giải Nhì, "
          "4 giải Ba và 4 giải Khuyến khích.", "b"),
        P("Kỳ thi chọn học sinh giỏi tỉnh lớp 12 THPT năm học 2026 - 2027 được tổ chức trong hai "
          "ngày 18 và 19/11/2026 với sự tham gia của hơn 4.800 thí sinh đến từ các trường THPT, "
          "trung tâm GDNN - GDTX trên địa bàn toàn tỉnh. Nhà trường có 21 học sinh dự thi ở 9 môn: "
          "Toán, Vật lí, Hóa học, Sinh học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh và Tin học."),
        P("Giải Nhất duy nhất thuộc về em Nguyễn Hoàng Bảo Ngọc, lớp 12A1, môn Hóa học. Đây là năm "
          "thứ hai liên tiếp Ngọc có mặt trong đội tuyển của trường và cũng là giải Nhất đầu tiên "
          "của bộ môn Hóa học trong ba năm trở lại đây."),
        Img("/images/2026/12/hsg-tinh/trao-thuong-hsg-12.jpg", "Ảnh: Trần Hoàng Phúc", None, "em"),
        P("Các giải Nhì gồm: em Lê Minh Khang (12A2, môn Toán), em Trần Thị Phương Thảo (12C1, "
          "môn Ngữ văn) và em Hồ Sỹ Đức Anh (12A1, môn Tin học). Bốn giải Ba thuộc các môn Vật lí, "
          "Sinh học, Lịch sử và Tiếng Anh."),
        P("Để có được kết quả này, ngay từ đầu năm học nhà trường đã xây dựng kế hoạch bồi dưỡng "
          "theo từng giai đoạn, phân công giáo viên có kinh nghiệm trực tiếp phụ trách các đội "
          "tuyển; tổ chức các buổi kiểm tra khảo sát định kỳ và giao lưu học thuật với các trường "
          "bạn trong khu vực."),
        P("Thay mặt nhà trường, thầy Hiệu trưởng Trần Đình Hùng đã biểu dương tinh thần nỗ lực của "
          "các em học sinh cùng các thầy cô giáo bồi dưỡng, đồng thời đề nghị các đội tuyển tiếp "
          "tục ôn luyện để chuẩn bị cho Kỳ thi chọn học sinh giỏi quốc gia sắp tới."),
        _sig("ThS. Lê Quang Vinh (Phó Hiệu trưởng)", "b"),
        Raw('<p><em>Xem thêm: <a href="/index.php/tin-tuc/58-le-ky-niem-ngay-nha-giao-viet-nam">'
            "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11</a></em></p>"),
        Raw("{related}"),
    ],
    authors=["Lê Quang Vinh"],
    photographers=["Trần Hoàng Phúc"],
    opts={"created": "2026-12-02 21:10", "published": "2026-12-03 16:40",
          "modified": "2026-12-04 07:55", "byline": "Quản trị viên", "rating": (5, 11),
          "module": True},
)

S58 = Story(
    id=58,
    slug="truong-thpt-phan-boi-chau-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Trường THPT Phan Bội Châu tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc",
    published_at="2026-11-20T08:15:00+07:00",
    blocks=[
        Img("/images/2026/11/20-11/le-ky-niem-20-11-01.jpg",
            "Thầy Hiệu trưởng Trần Đình Hùng phát biểu tại buổi lễ",
            "Thầy Hiệu trưởng Trần Đình Hùng phát biểu tại buổi lễ", "fulltext"),
        P("Sáng ngày 19/11/2026, Trường THPT Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
          "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Tới dự buổi lễ có đại diện lãnh đạo Sở Giáo "
          "dục và Đào tạo Nghệ An, các thầy cô giáo nguyên là cán bộ quản lý, giáo viên của trường "
          "qua các thời kỳ, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên "
          "và hơn 1.600 học sinh."),
        P("Mở đầu chương trình là các tiết mục văn nghệ đặc sắc do các chi đoàn học sinh dàn dựng, "
          "với nhiều ca khúc ca ngợi tình thầy trò và quê hương xứ Nghệ."),
        Img("/images/2026/11/20-11/van-nghe-chao-mung.jpg",
            "Tiết mục múa “Nhớ ơn thầy cô” của Chi đoàn 11A3",
            "Tiết mục múa “Nhớ ơn thầy cô” của Chi đoàn 11A3", "em"),
        P("Phát biểu tại buổi lễ, thầy Trần Đình Hùng, Hiệu trưởng nhà trường ôn lại truyền thống vẻ "
          "vang của Ngày Nhà giáo Việt Nam và chặng đường hơn 50 năm xây dựng, phát triển của "
          "trường. Từ một ngôi trường nhỏ được thành lập năm 1974, đến nay Trường THPT Phan Bội Châu "
          "đã trở thành một trong những địa chỉ giáo dục tin cậy của thành phố Vinh với 42 lớp và "
          "gần 1.700 học sinh."),
        P("Trong năm học 2025 - 2026, nhà trường có 38 lượt học sinh đạt giải học sinh giỏi cấp "
          "tỉnh, tỷ lệ tốt nghiệp THPT đạt 100%; nhiều thầy cô giáo đạt danh hiệu giáo viên dạy giỏi "
          "cấp tỉnh và có sáng kiến kinh nghiệm được công nhận."),
        P("Dịp này, nhà trường đã trao Giấy khen cho 15 giáo viên có thành tích xuất sắc trong phong "
          "trào thi đua “Dạy tốt - Học tốt” chào mừng ngày 20/11 và trao học bổng “Tiếp sức đến "
          "trường” cho 20 học sinh có hoàn cảnh khó khăn vươn lên trong học tập."),
        Img("/images/2026/11/20-11/trao-giay-khen.jpg",
            "Lãnh đạo nhà trường trao Giấy khen cho các thầy cô giáo có thành tích xuất sắc",
            "Lãnh đạo nhà trường trao Giấy khen cho các thầy cô giáo có thành tích xuất sắc",
            "table"),
        P("Thay mặt các thế hệ học sinh, em Phạm Ngọc Diệp, lớp 12A3 bày tỏ lòng biết ơn sâu sắc "
          "tới các thầy cô giáo và hứa sẽ không ngừng rèn luyện, học tập để xứng đáng với truyền "
          "thống của nhà trường."),
        _sig("Tin, ảnh: Hồ Thị Minh Nguyệt"),
    ],
    authors=["Hồ Thị Minh Nguyệt"],
    photographers=["Hồ Thị Minh Nguyệt"],
    opts={"created": "2026-11-20 08:15", "published": "2026-11-20 08:15", "byline": "Super User",
          "rating": (5, 23), "module": True,
          "old_alias": "/index.php/tin-tuc/58-le-ky-niem-ngay-nha-giao-viet-nam",
          "comments": [
              (214, "Cựu học sinh khóa 2009 - 2012", "20-11-2026 06:52",
               "Chúc các thầy cô trường Phan Bội Châu luôn mạnh khỏe, hạnh phúc và thành công. "
               "Những năm tháng học dưới mái trường là kỷ niệm đẹp nhất của chúng em!"),
              (217, "Phụ huynh lớp 10A4", "20-11-2026 09:17",
               "Cảm ơn các thầy cô đã tận tâm với các cháu. Buổi lễ rất ý nghĩa và trang trọng."),
              (221, "Minh Anh 12A3", "20-11-2026 21:40", "Tiết mục văn nghệ của lớp 11A3 hay quá ạ!"),
          ]},
)

S55 = Story(
    id=55,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="tin-tuc",
    published_at="2026-10-24T14:00:00+07:00",
    blocks=[
        P("Chiều ngày 23/10/2026, Trường THPT Phan Bội Châu tổ chức Hội nghị viên chức, người lao "
          "động năm học 2026 - 2027. Dự hội nghị có đồng chí Nguyễn Thị Hoài Thu, Phó Chủ tịch Công "
          "đoàn ngành Giáo dục Nghệ An cùng 96 cán bộ, giáo viên, nhân viên của trường."),
        Img("/images/2026/10/hoi-nghi-vc/toan-canh-hoi-nghi.jpg",
            "Toàn cảnh Hội nghị viên chức, người lao động năm học 2026 - 2027",
            "Toàn cảnh Hội nghị viên chức, người lao động năm học 2026 - 2027", "em"),
        P("Hội nghị được tổ chức theo đúng quy trình hướng dẫn của Công đoàn Giáo dục Việt Nam. "
          "Trước đó, các tổ chuyên môn và tổ văn phòng đã tổ chức hội nghị cấp tổ, thảo luận dân chủ "
          "và đóng góp nhiều ý kiến tâm huyết cho dự thảo các văn bản trình hội nghị."),
        Raw(f'{PB} title="Phần 2: Kết quả năm học 2025 - 2026" alt="Phần 2" />'),
        P("Báo cáo tổng kết năm học 2025 - 2026 cho thấy nhà trường đã hoàn thành tốt các nhiệm vụ "
          "trọng tâm. Chất lượng giáo dục toàn diện được nâng lên: 92,6% học sinh xếp loại học lực "
          "khá, giỏi; 99,4% học sinh có hạnh kiểm tốt và khá."),
        P("Công tác bồi dưỡng học sinh giỏi tiếp tục đạt kết quả nổi bật với 38 giải cấp tỉnh và 2 "
          "học sinh được chọn vào đội tuyển dự thi học sinh giỏi quốc gia. Điểm trung bình các môn "
          "thi tốt nghiệp THPT năm 2026 của trường xếp thứ 9 toàn tỉnh."),
        P("Những tồn tại cần khắc phục", "h4"),
        P("Bên cạnh những kết quả đạt được, hội nghị cũng thẳng thắn chỉ ra một số hạn chế như: việc "
          "ứng dụng công nghệ thông tin trong kiểm tra, đánh giá ở một số bộ môn chưa đồng đều; cơ "
          "sở vật chất phòng học bộ môn còn thiếu so với yêu cầu của Chương trình giáo dục phổ "
          "thông 2018."),
        Raw(f'{PB} title="Phần 3: Phương hướng và bầu Ban Thanh tra nhân dân" alt="Phần 3" />'),
        P("Năm học 2026 - 2027, nhà trường đặt mục tiêu giữ vững tỷ lệ tốt nghiệp 100%, phấn đấu có "
          "từ 40 giải học sinh giỏi cấp tỉnh trở lên và hoàn thành việc xây dựng 4 phòng học bộ môn "
          "theo chuẩn mới."),
        P("Hội nghị đã thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở sửa đổi và bầu Ban "
          "Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí, do cô Nguyễn Thị Thanh Bình làm "
          "Trưởng ban."),
        P("Kết thúc hội nghị, toàn thể cán bộ, viên chức, người lao động đã ký giao ước thi đua, "
          "quyết tâm thực hiện thắng lợi nhiệm vụ năm học 2026 - 2027."),
    ],
    authors=["Công đoàn trường"],
    opts={"created": "2026-10-24 14:00", "published": "2026-10-24 14:00",
          "byline": "Công đoàn trường", "rating": (4, 6)},
)

S49 = Story(
    id=49,
    slug="doan-kiem-tra-cua-so-gd-dt-kiem-tra-cong-tac-chuan-bi-nam-hoc-moi",
    title="Đoàn kiểm tra của Sở GD&ĐT kiểm tra công tác chuẩn bị năm học mới tại trường",
    cat="tin-tuc",
    published_at="2026-10-09T10:30:00+07:00",
    blocks=[
        P("Ngày 08/10/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo Nghệ An do ông Phan Văn Tài, "
          "Trưởng phòng Giáo dục Trung học làm trưởng đoàn đã đến kiểm tra công tác chuẩn bị và "
          "triển khai nhiệm vụ năm học 2026 - 2027 tại Trường THPT Phan Bội Châu."),
        P("Đoàn đã nghe lãnh đạo nhà trường báo cáo tình hình đội ngũ, cơ sở vật chất, kế hoạch giáo "
          "dục nhà trường và việc thực hiện Chương trình giáo dục phổ thông 2018 đối với cả ba khối "
          "lớp."),
        Img("/images/2026/10/kiem-tra-dau-nam/du-gio-ngu-van.jpg",
            "(Đoàn kiểm tra dự giờ tiết Ngữ văn lớp 10A1)",
            "Đoàn kiểm tra dự giờ tiết Ngữ văn lớp 10A1", "em"),
        P("Các thành viên trong đoàn đã dự giờ 6 tiết dạy, kiểm tra hồ sơ chuyên môn của các tổ, hồ "
          "sơ quản lý học sinh và công tác thu, chi đầu năm học. Qua kiểm tra, đoàn đánh giá cao sự "
          "chuẩn bị chu đáo của nhà trường, đặc biệt là việc xây dựng các tổ hợp môn học lựa chọn "
          "phù hợp với nguyện vọng của học sinh."),
        P("Đoàn cũng đề nghị nhà trường tiếp tục rà soát, bổ sung thiết bị dạy học tối thiểu, tăng "
          "cường công tác tư vấn tâm lý học đường và quản lý chặt chẽ việc dạy thêm, học thêm theo "
          "quy định."),
        P("Tiếp thu ý kiến của đoàn, thầy Hiệu trưởng Trần Đình Hùng khẳng định nhà trường sẽ nghiêm "
          "túc khắc phục những tồn tại, hạn chế để hoàn thành tốt nhiệm vụ năm học."),
    ],
    authors=["Nguyễn Thị Lan Anh"],
    opts={"created": "2026-10-09 10:30", "published": "2026-10-09 10:30",
          "byline": "Nguyễn Thị Lan Anh", "rating": (4, 3)},
)

_SIG_DIR = "/images/2026/12/rung-chuong-vang/gallery"
S62 = Story(
    id=62,
    slug="soi-noi-hoi-thi-rung-chuong-vang-chu-de-tu-hao-xu-nghe",
    title="Sôi nổi Hội thi “Rung chuông vàng” với chủ đề “Tự hào xứ Nghệ”",
    cat="hoat-dong-ngoai-khoa",
    published_at="2026-12-01T20:05:00+07:00",
    blocks=[
        P("Nhằm giúp học sinh hiểu thêm về lịch sử, văn hóa và con người quê hương Nghệ An, chiều "
          "29/11/2026, Đoàn trường THPT Phan Bội Châu tổ chức Hội thi “Rung chuông vàng” với chủ đề "
          "“Tự hào xứ Nghệ” dành cho học sinh khối 10 và khối 11."),
        Img("/images/2026/12/rung-chuong-vang/rcv-01.jpg",
            "100 thí sinh tham gia Hội thi tại sân trường",
            "100 thí sinh tham gia Hội thi tại sân trường", "em"),
        P("Tham gia hội thi có 100 thí sinh là những học sinh xuất sắc nhất được lựa chọn qua vòng sơ "
          "loại ở 24 chi đoàn. Các câu hỏi xoay quanh kiến thức về danh nhân, di tích, dân ca ví, "
          "giặm và các sự kiện lịch sử tiêu biểu của quê hương."),
        P("Cuộc thi diễn ra hấp dẫn, kịch tính khi sau câu hỏi thứ 12, trên sàn thi chỉ còn lại 7 "
          "thí sinh. Nhờ sự trợ giúp của khán giả, các thí sinh bị loại đã được cứu trợ quay trở lại "
          "sàn thi."),
        P("Vượt qua 20 câu hỏi, em Đặng Thị Hà My, lớp 11A4 đã xuất sắc trở thành người duy nhất rung "
          "được “chuông vàng”. Ban tổ chức đã trao giải Nhất cho Hà My cùng 5 giải Nhì, 8 giải Ba cho "
          "các thí sinh trụ lại lâu nhất trên sàn thi."),
        P("Hội thi là hoạt động thiết thực hướng tới kỷ niệm 159 năm Ngày sinh nhà chí sĩ yêu nước "
          "Phan Bội Châu (26/12/1867 - 26/12/2026), người mà nhà trường vinh dự được mang tên."),
        P("Một số hình ảnh tại Hội thi:", "hb"),
        Img(f"{_SIG_DIR}/rcv-02.jpg", None, None, "sig"),
        Img(f"{_SIG_DIR}/rcv-03.jpg", None, None, "sig"),
        Img(f"{_SIG_DIR}/rcv-04.jpg", None, None, "sig"),
        Img(f"{_SIG_DIR}/rcv-05.jpg", None, None, "sig"),
        _sig("Bài và ảnh: Nguyễn Hoài Thương"),
    ],
    authors=["Nguyễn Hoài Thương"],
    photographers=["Nguyễn Hoài Thương"],
    opts={"created": "2026-12-01 20:05", "published": "2026-12-01 20:05", "byline": "Super User",
          "rating": (5, 9), "module": True,
          "comments": [
              (229, "Hà My 11A4", "01-12-2026 21:03",
               "Em cảm ơn Đoàn trường đã tổ chức một sân chơi bổ ích ạ. Hy vọng năm sau sẽ có thêm "
               "nhiều cuộc thi như thế này!"),
          ]},
)

S59 = Story(
    id=59,
    slug="doan-truong-to-chuc-hanh-trinh-ve-nguon-tai-khu-di-tich-kim-lien",
    title="Đoàn trường tổ chức hành trình về nguồn tại Khu di tích Kim Liên",
    cat="hoat-dong-ngoai-khoa",
    published_at="2026-11-22T17:30:00+07:00",
    summary=(
        "Hưởng ứng phong trào “Tuổi trẻ Nghệ An học tập và làm theo tư tưởng, đạo đức, phong cách "
        "Hồ Chí Minh”, ngày 21/11/2026, Đoàn trường đã tổ chức cho hơn 200 đoàn viên tiêu biểu tham "
        "gia hành trình về nguồn tại Khu di tích Quốc gia đặc biệt Kim Liên, huyện Nam Đàn."
    ),
    blocks=[
        P("Hưởng ứng phong trào “Tuổi trẻ Nghệ An học tập và làm theo tư tưởng, đạo đức, phong cách "
          "Hồ Chí Minh”, ngày 21/11/2026, Đoàn trường đã tổ chức cho hơn 200 đoàn viên tiêu biểu tham "
          "gia hành trình về nguồn tại Khu di tích Quốc gia đặc biệt Kim Liên, huyện Nam Đàn.", "b"),
        P("Tại Khu di tích, các đoàn viên đã thành kính dâng hương, dâng hoa tưởng niệm Chủ tịch Hồ "
          "Chí Minh và thân nhân của Người; tham quan nhà ở của cụ Phó bảng Nguyễn Sinh Sắc ở làng Sen "
          "và ngôi nhà tranh nơi Bác cất tiếng khóc chào đời ở làng Hoàng Trù."),
        Img("/images/2026/11/ve-nguon/dang-huong-kim-lien.jpg",
            "Đoàn viên dâng hương tại Nhà tưởng niệm ở làng Sen",
            "Đoàn viên dâng hương tại Nhà tưởng niệm ở làng Sen", "lazy"),
        P("Qua lời kể của các thuyết minh viên, các em được nghe những câu chuyện cảm động về thời "
          "niên thiếu của Bác, về truyền thống hiếu học và lòng yêu nước của gia đình, quê hương "
          "Người."),
        P("Trong chương trình, Đoàn trường tổ chức sinh hoạt chuyên đề “Bác Hồ với thanh niên” ngay "
          "tại sân Khu di tích, kết hợp phần thi tìm hiểu nhanh về cuộc đời và sự nghiệp của Chủ tịch "
          "Hồ Chí Minh giữa các chi đoàn."),
        Img("/images/2026/11/ve-nguon/sinh-hoat-chuyen-de.jpg",
            "Sinh hoạt chuyên đề “Bác Hồ với thanh niên”",
            "Sinh hoạt chuyên đề “Bác Hồ với thanh niên”", "lazy"),
        P("Em Nguyễn Khánh Linh, Bí thư Chi đoàn 12A5 chia sẻ: “Chuyến đi giúp chúng em hiểu hơn về "
          "cuộc đời giản dị mà vĩ đại của Bác, từ đó thêm ý thức trách nhiệm với việc học tập, rèn "
          "luyện của bản thân”."),
        _sig("Tin: Phạm Thu Trang - Ảnh: Hồ Đức Mạnh", "em"),
    ],
    authors=["Phạm Thu Trang"],
    photographers=["Hồ Đức Mạnh"],
    opts={"created": "2026-11-22 17:30", "published": "2026-11-22 17:30", "byline": "Super User",
          "rating": (5, 4), "module": True},
)

S53 = Story(
    id=53,
    slug="ra-mat-cau-lac-bo-tieng-anh-pbc-english-club-nam-hoc-2026-2027",
    title="Ra mắt Câu lạc bộ Tiếng Anh “PBC English Club” năm học 2026 - 2027",
    cat="hoat-dong-ngoai-khoa",
    published_at="2026-10-17T15:20:00+07:00",
    blocks=[
        P("Chiều 16/10/2026, tại Hội trường tầng 3 nhà A, Câu lạc bộ Tiếng Anh “PBC English Club” của "
          "Trường THPT Phan Bội Châu đã chính thức ra mắt ban chủ nhiệm và kế hoạch hoạt động năm "
          "học 2026 - 2027."),
        P("Năm nay, câu lạc bộ thu hút 86 thành viên đến từ cả ba khối lớp. Các hoạt động chính gồm "
          "sinh hoạt chủ đề hai tuần một lần, thi hùng biện tiếng Anh, đọc sách và giao lưu với các "
          "tình nguyện viên nước ngoài đang làm việc tại thành phố Vinh."),
        Img("/images/2026/10/english-club/ra-mat-clb.jpg",
            "Ban chủ nhiệm câu lạc bộ ra mắt các thành viên",
            "Ban chủ nhiệm câu lạc bộ ra mắt các thành viên", "em"),
        P("Tại buổi ra mắt, các thành viên đã mang đến những tiết mục kịch ngắn, hát và hùng biện "
          "bằng tiếng Anh đầy sáng tạo, trong đó tiểu phẩm “A day at Phan Boi Chau High School” của "
          "nhóm học sinh lớp 10A2 nhận được nhiều tràng pháo tay cổ vũ."),
        Raw('<p style="text-align: center;">{youtube}Xk3pB7rQe2M{/youtube}</p>'),
        P("Cô giáo Võ Thị Hồng Nhung, Tổ trưởng Tổ Ngoại ngữ cho biết, câu lạc bộ là sân chơi giúp "
          "học sinh rèn luyện kỹ năng giao tiếp, tự tin sử dụng tiếng Anh và chuẩn bị tốt hơn cho "
          "các kỳ thi đánh giá năng lực ngoại ngữ."),
        P("Câu lạc bộ sinh hoạt vào chiều thứ Sáu của tuần thứ hai và tuần thứ tư hằng tháng tại phòng "
          "học bộ môn Ngoại ngữ. Học sinh có nguyện vọng tham gia có thể đăng ký với ban chủ nhiệm "
          "hoặc giáo viên Tiếng Anh của lớp."),
        Raw('<p style="text-align: right;"><strong><em>Cô giáo Võ Thị Hồng Nhung - Tổ Ngoại ngữ'
            "</em></strong></p>"),
    ],
    authors=["Võ Thị Hồng Nhung"],
    opts={"created": "2026-10-17 15:20", "published": "2026-10-17 15:20", "byline": "Super User",
          "rating": (4, 5)},
)

S50 = Story(
    id=50,
    slug="soi-noi-ngay-hoi-the-thao-hoc-sinh-khoi-10",
    title="Sôi nổi Ngày hội thể thao học sinh khối 10",
    cat="hoat-dong-ngoai-khoa",
    published_at="2026-10-10T07:45:00+07:00",
    blocks=[
        P("Ngày 09/10/2026, Trường THPT Phan Bội Châu (TP. Vinh) tổ chức Ngày hội thể thao dành cho "
          "học sinh khối 10 với sự tham gia của hơn 560 học sinh đến từ 14 lớp."),
        P("Ngày hội gồm các nội dung: bóng đá nam, kéo co, nhảy bao bố, chạy tiếp sức 4x100m và đồng "
          "diễn thể dục nhịp điệu. Các trận đấu diễn ra sôi nổi, hào hứng dưới sự cổ vũ nhiệt tình "
          "của các thầy cô giáo và học sinh toàn trường."),
        Img("https://image.baonghean.vn/w680/Uploaded/2026/ngay-hoi-the-thao-pbc.jpg",
            "Phần thi kéo co giữa lớp 10A3 và 10D1", "Phần thi kéo co giữa lớp 10A3 và 10D1", "grey"),
        P("Theo thầy Nguyễn Văn Quế, Phó Hiệu trưởng nhà trường, ngày hội nhằm tạo sân chơi lành "
          "mạnh, giúp học sinh lớp 10 làm quen với môi trường mới, gắn kết với bạn bè và hình thành "
          "thói quen rèn luyện thể dục thể thao."),
        P("Kết thúc ngày hội, lớp 10A1 giành giải Nhất toàn đoàn, giải Nhì thuộc về lớp 10A3, lớp 10D2 "
          "và 10A5 đồng giải Ba."),
        _sig("Thanh Hương"),
        Raw('<p style="text-align: right;"><em>(Theo baonghean.vn)</em></p>'),
    ],
    authors=["Thanh Hương"],
    source="baonghean.vn",
    opts={"created": "2026-10-10 07:45", "published": "2026-10-10 07:45", "byline": "Super User",
          "rating": (4, 2)},
)

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 42%; text-align: center; vertical-align: top;">SỞ GD&amp;ĐT NGHỆ AN<br />'
    "<strong>TRƯỜNG THPT PHAN BỘI CHÂU</strong><br />------<br />Số: 215/TB-THPTPBC</td>"
    '<td style="width: 58%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ '
    "NGHĨA VIỆT NAM</strong><br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
    "<em>Vinh, ngày 02 tháng 12 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br /><strong>Về việc tổ chức kiểm '
    "tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
)
_CLOSING = (
    '<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%; vertical-align: '
    'top;"><strong><em>Nơi nhận:</em></strong><br />- Các tổ CM;<br />- GVCN các lớp;<br />- Lưu '
    'VP.</td><td style="width: 50%; text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG'
    "</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Trần Đình Hùng</strong></td></tr>"
    "</tbody></table>"
    '<p><a href="/images/van-ban/2026/tb-215-lich-kiem-tra-hk1.pdf" target="_blank">'
    '<img src="/media/system/images/pdf_button.png" alt="PDF" /> Tải văn bản (PDF, 112 KB)</a></p>'
)

S63 = Story(
    id=63,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-12-02",
    blocks=[
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027; căn cứ tình hình thực hiện chương "
          "trình các môn học tính đến tuần 15, Hiệu trưởng Trường THPT Phan Bội Châu thông báo lịch "
          "kiểm tra cuối học kỳ I như sau:"),
        P("1. Thời gian kiểm tra", "hb"),
        P("- Các môn kiểm tra tập trung (Toán, Ngữ văn, Tiếng Anh, Vật lí, Hóa học, Sinh học, Lịch "
          "sử, Địa lí): từ ngày 21/12 đến ngày 25/12/2026.", "plain"),
        P("- Các môn kiểm tra theo lớp (Giáo dục kinh tế và pháp luật, Tin học, Công nghệ, Giáo dục "
          "quốc phòng và an ninh): hoàn thành trước ngày 19/12/2026.", "plain"),
        P("Ngày | Buổi sáng | Buổi chiều", "tr"),
        P("21/12/2026 | Ngữ văn (90 phút) | Lịch sử (45 phút)", "tr"),
        P("22/12/2026 | Toán (90 phút) | Địa lí (45 phút)", "tr"),
        P("23/12/2026 | Tiếng Anh (60 phút) | Vật lí (45 phút)", "tr"),
        P("24/12/2026 | Hóa học (45 phút) | Sinh học (45 phút)", "tr"),
        P("2. Tổ chức thực hiện", "hb"),
        P("- Các tổ chuyên môn hoàn thành việc ra đề, duyệt đề và nộp về Phó Hiệu trưởng phụ trách "
          "chuyên môn trước ngày 16/12/2026.", "plain"),
        P("- Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; nhắc nhở "
          "học sinh có mặt tại phòng kiểm tra trước giờ tính giờ làm bài 15 phút.", "plain"),
        P("Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên và học sinh nghiêm túc thực "
          "hiện./."),
        Raw(_CLOSING),
    ],
    authors=["Trần Đình Hùng"],
    opts={"created": "2026-12-03 17:20", "published": "2026-12-04 09:00", "byline": None},
)

S60 = Story(
    id=60,
    slug="thong-bao-ke-hoach-to-chuc-hoi-nghi-cha-me-hoc-sinh-giua-hoc-ky-i",
    title="Thông báo kế hoạch tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I",
    cat="thong-bao",
    published_at="2026-11-13T10:05:00+07:00",
    blocks=[
        P("Nhằm thông tin kịp thời đến cha mẹ học sinh về kết quả học tập, rèn luyện của học sinh "
          "giữa học kỳ I và thống nhất các biện pháp phối hợp giáo dục, nhà trường tổ chức Hội nghị "
          "cha mẹ học sinh theo lớp."),
        P("Thời gian: 14 giờ 00, Chủ nhật ngày 16/11/2026."),
        P("Địa điểm: tại các phòng học của từng lớp (danh sách phòng được niêm yết tại bảng tin nhà "
          "trường)."),
        P("Nội dung: giáo viên chủ nhiệm thông báo kết quả kiểm tra giữa kỳ, tình hình nề nếp, chuyên "
          "cần của học sinh; lấy ý kiến cha mẹ học sinh về công tác dạy thêm, học thêm và hoạt động "
          "trải nghiệm trong học kỳ II."),
        P("Kính đề nghị quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ. Trường hợp không thể "
          "tham dự, phụ huynh vui lòng liên hệ trực tiếp với giáo viên chủ nhiệm để nắm bắt thông "
          "tin."),
        P("Mọi ý kiến đóng góp, phụ huynh có thể gửi về Văn phòng nhà trường qua số điện thoại "
          "0238 3844 516 hoặc địa chỉ email vanphong.pbc@nghean.edu.vn.",
          "cloak:vanphong.pbc@nghean.edu.vn"),
    ],
    opts={"created": "2026-11-13 10:05", "published": "2026-11-13 10:05", "byline": None},
)

S57 = Story(
    id=57,
    slug="thong-bao-ve-viec-dang-ky-du-thi-khoa-hoc-ky-thuat-cap-truong",
    title="Thông báo về việc đăng ký dự thi Khoa học kỹ thuật cấp trường năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-05T15:45:00+07:00",
    blocks=[
        P("Thực hiện kế hoạch tổ chức Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học năm học "
          "2026 - 2027, nhà trường thông báo đến toàn thể học sinh về việc đăng ký dự thi cấp trường "
          "như sau:"),
        P("Mỗi dự án có tối đa 2 học sinh tham gia và 01 giáo viên hướng dẫn. Học sinh có thể đăng ký "
          "dự án thuộc một trong 22 lĩnh vực theo quy định của Bộ Giáo dục và Đào tạo (xem lại danh "
          "mục lĩnh vực tại thông báo ngày 12/10/2026).",
          "a|/index.php?option=com_content&view=article&id=51&catid=10&Itemid=104"
          "|thông báo ngày 12/10/2026"),
        P("Hồ sơ đăng ký gồm: phiếu đăng ký, bản tóm tắt dự án và kế hoạch nghiên cứu (theo mẫu), nộp "
          "về Đoàn trường trước ngày 30/11/2026."),
        Img("/images/2026/11/khkt/poster-khkt-2026.png", None, None, "plain"),
        P("Vòng thi cấp trường dự kiến tổ chức vào ngày 12/12/2026. Các dự án xuất sắc sẽ được lựa "
          "chọn tham gia Cuộc thi cấp tỉnh vào tháng 01/2027."),
    ],
    opts={"created": "2026-11-05 15:45", "published": "2026-11-05 15:45", "byline": None},
)

S54 = Story(
    id=54,
    slug="thong-bao-dieu-chinh-thoi-gian-bieu-hoc-tap-theo-gio-mua-dong",
    title="Thông báo điều chỉnh thời gian biểu học tập theo giờ mùa đông",
    cat="thong-bao",
    published_at="2026-10-20",
    blocks=[
        P("Để phù hợp với điều kiện thời tiết khi vào mùa đông, kể từ ngày 26/10/2026, nhà trường "
          "điều chỉnh thời gian biểu học tập như sau:"),
        P("Buổi sáng: vào học lúc 07 giờ 00, tiết 1 bắt đầu lúc 07 giờ 15, kết thúc tiết 5 lúc 11 giờ "
          "20.", "li"),
        P("Buổi chiều: vào học lúc 13 giờ 45, tiết 1 bắt đầu lúc 14 giờ 00, kết thúc tiết 5 lúc 17 giờ "
          "45.", "li"),
        P("Thời gian ra chơi giữa tiết 2 và tiết 3 là 20 phút; các tiết còn lại nghỉ 5 phút.", "li"),
        P("Giáo viên chủ nhiệm các lớp thông báo đến học sinh và cha mẹ học sinh để thực hiện. Thời "
          "gian biểu này được áp dụng đến hết ngày 28/02/2027."),
        _sig("Văn phòng nhà trường", "em"),
    ],
    authors=["Văn phòng nhà trường"],
    opts={"created": "2026-10-20 00:00", "published": "2026-10-20 00:00", "byline": None},
)

S51 = Story(
    id=51,
    slug="thong-bao-trien-khai-cuoc-thi-khoa-hoc-ky-thuat-nam-hoc-2026-2027",
    title="Thông báo triển khai Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-10-12T08:30:00+07:00",
    blocks=[
        P("Căn cứ hướng dẫn của Sở Giáo dục và Đào tạo Nghệ An về việc tổ chức Cuộc thi Khoa học kỹ "
          "thuật dành cho học sinh trung học năm học 2026 - 2027, nhà trường triển khai cuộc thi đến "
          "toàn thể giáo viên và học sinh."),
        P("Đối tượng dự thi là học sinh đang học lớp 10, 11, 12 của trường, có kết quả học tập và rèn "
          "luyện từ loại khá trở lên, tự nguyện tham gia nghiên cứu và có giáo viên hướng dẫn."),
        P("Các lĩnh vực dự thi gồm 22 lĩnh vực, trong đó nhà trường khuyến khích học sinh lựa chọn các "
          "lĩnh vực: Khoa học xã hội và hành vi; Hệ thống nhúng; Phần mềm hệ thống; Kỹ thuật môi "
          "trường; Năng lượng vật lí; Sinh học tế bào và phân tử; Hóa sinh."),
        P("Các tổ chuyên môn có trách nhiệm giới thiệu giáo viên hướng dẫn, tư vấn cho học sinh lựa "
          "chọn đề tài phù hợp với thực tiễn địa phương và năng lực của học sinh."),
        P("Thông tin chi tiết, học sinh liên hệ thầy Đinh Xuân Trường, Bí thư Đoàn trường hoặc các "
          "thầy cô giáo chủ nhiệm lớp."),
    ],
    opts={"created": "2026-10-12 08:30", "published": "2026-10-12 08:30", "byline": None},
)

STORIES: list[Story] = [S61, S58, S55, S49, S62, S59, S53, S50, S63, S60, S57, S54, S51]
BY_ID = {s.id: s for s in STORIES}

#: article 56: unpublished, still in the "Tin nổi bật" module's cache (answers 404)
STALE = (56, "ket-qua-hoi-thao-giao-duc-quoc-phong-an-ninh-cum-vinh",
         "Kết quả Hội thao Giáo dục quốc phòng - an ninh cụm trường THPT thành phố Vinh")
#: article 64: Registered access, listed in the Thông báo table with a login link
REGISTERED = (64, "danh-sach-hoc-sinh-duoc-mien-giam-hoc-phi-hoc-ky-i-nam-hoc-2026-2027",
              "Danh sách học sinh được miễn, giảm học phí học kỳ I năm học 2026 - 2027",
              "2026-12-05 07:30")


def _cat_id(story: Story) -> int:
    return CAT_BY_ALIAS[story.cat]


def menu_path(story: Story) -> str:
    return f"{CATS[_cat_id(story)]['menu']}/{story.id}-{story.slug}"


def module_path(story: Story) -> str:
    """The legacy route SJ News Extra builds: /index.php/<menu>/<catid>-<cat-alias>/<id>-<alias>."""
    cid = _cat_id(story)
    menu = "/index.php/thong-bao" if cid == 10 else "/index.php/tin-tuc"
    return f"{menu}/{cid}-{CATS[cid]['alias']}/{story.id}-{story.slug}"


def print_path(story: Story) -> str:
    return menu_path(story) + "?tmpl=component&print=1"


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def lc2(value: str) -> str:
    """Joomla's DATE_FORMAT_LC2 in the vi-VN pack: "Thứ năm, 03 Tháng 12 2026 16:40"."""
    d = _dt(value)
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} Tháng {d.month} {d.year} {d:%H:%M}"


def iso(value: str) -> str:
    return _dt(value).strftime("%Y-%m-%dT%H:%M:%S+07:00")


# --- list orders ----------------------------------------------------------------------------------


def _by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["published"], reverse=True)


def cat_items(cid: int, with_children: bool = False) -> list[Story]:
    cats = {cid} | ({c for c, v in CATS.items() if v.get("parent") == cid} if with_children else set())
    return _by_date([s for s in STORIES if _cat_id(s) in cats])


# --- markup pieces ------------------------------------------------------------------------------

_LAZY_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _convert_encoding(value: str) -> str:
    """JHtmlEmail::convertEncoding: the vowels as numeric references."""
    for ch, ref in (("a", "&#97;"), ("e", "&#101;"), ("i", "&#105;"), ("o", "&#111;"), ("u", "&#117;")):
        value = value.replace(ch, ref)
    return value


def email_cloak(email: str, seed: str) -> str:
    h = hashlib.md5(f"{seed}{email}".encode()).hexdigest()
    user, domain = email.split("@")
    user = _convert_encoding(user)
    dom = " + '&#46;' + ".join(f"'{_convert_encoding(p)}'" for p in domain.split("."))
    return (
        f'<span id="cloak{h}">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần '
        f"kích hoạt JavaScript để xem nó.</span><script type='text/javascript'>\n"
        f"\t\t\t\tdocument.getElementById('cloak{h}').innerHTML = '';\n"
        f"\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        f"\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{h} = '{user}' + '&#64;';\n"
        f"\t\t\t\taddy{h} = addy{h} + {dom};\n"
        f"\t\t\t\tvar addy_text{h} = '{user}' + '&#64;' + {dom};"
        f"document.getElementById('cloak{h}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + "
        f"addy{h} + '\\'>'+addy_text{h}+'<\\/a>';\n\t\t</script>"
    )


def _p_inner(block: P, seed: str) -> str:
    value = esc(block.text)
    if block.style.startswith("cloak:"):
        email = block.style.split(":", 1)[1]
        return value.replace(esc(email), email_cloak(email, seed))
    if block.style.startswith("a|"):
        _, href, anchor = block.style.split("|")
        return value.replace(esc(anchor), f'<a href="{esc(href)}">{esc(anchor)}</a>', 1)
    return value


def _img_html(img: Img, n: int) -> str:
    alt = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if img.style == "em":
        return (f'<p style="text-align: center;"><img src="{esc(img.src)}" alt="{alt}" width="600" '
                f'height="400" /></p>\n<p style="text-align: center;"><em>{esc(img.printed or "")}'
                "</em></p>")
    if img.style == "grey":
        return (f'<p style="text-align: center;"><img style="display: block; margin-left: auto; '
                f'margin-right: auto;" src="{esc(img.src)}" alt="" /></p>\n<p style="text-align: '
                f'center;"><span style="color: #808080; font-size: 10pt;">{esc(img.printed or "")}'
                "</span></p>")
    if img.style == "table":
        return ('<table class="tbl_anh" style="margin-left: auto; margin-right: auto;" border="0" '
                f'cellpadding="3"><tbody><tr><td><img src="{esc(img.src)}" alt="{alt}" width="600" '
                'height="400" /></td></tr><tr><td style="text-align: center;"><span style="font-size: '
                f'10pt;"><em>{esc(img.printed or "")}</em></span></td></tr></tbody></table>')
    if img.style == "lazy":
        return (f'<p style="text-align: center;"><img class="lazy" src="{_LAZY_GIF}" '
                f'data-src="{esc(img.src)}" alt="{alt}" width="640" height="427" /><noscript><img '
                f'src="{esc(img.src)}" alt="{alt}" width="640" height="427" /></noscript></p>\n'
                f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>')
    return f'<p style="text-align: center;"><img src="{esc(img.src)}" alt="{alt}" /></p>'


def _gallery(imgs: list[Img], page_url: str, seed: str) -> str:
    gid = hashlib.md5(seed.encode()).hexdigest()[:10]
    items = []
    for img in imgs:
        fname = img.src.rsplit("/", 1)[-1]
        thumb = f"/cache/jw_sig/jw_sig_cache_{gid}_{fname}"
        items.append(
            '<li class="sigFreeThumb"><span class="sigFreeLinkOuterWrapper"><span class="sigFreeLink'
            f'Wrapper"><a href="{img.src}" class="sigFreeLink" style="width:200px;height:150px;" '
            f'title="Bạn đang xem ảnh có tên {fname}" data-thumb="{thumb}" target="_blank" '
            f'data-fancybox="gallery{gid}"><img class="sigFreeImg" '
            'src="/plugins/content/jw_sig/jw_sig/includes/images/transparent.gif" '
            f'alt="Nhấp để phóng to ảnh {fname}" title="Nhấp để phóng to ảnh {fname}" '
            f"style=\"width:200px;height:150px;background-image:url('{thumb}');\" /></a></span>"
            "</span></li>"
        )
    return (
        '<!-- JoomlaWorks "Simple Image Gallery" Plugin (v4.2.0) starts here -->\n'
        f'<ul id="sigFreeId{gid}" class="sigFreeContainer sigFreeClassic">\n' + "\n".join(items)
        + '\n<li class="sigFreeClear">&nbsp;</li>\n</ul>\n'
        f'<div class="sigFreePrintMessage">Xem bộ sưu tập ảnh trực tuyến tại: <a href="{page_url}'
        f'#sigFreeId{gid}">{page_url}#sigFreeId{gid}</a></div>\n'
        '<!-- JoomlaWorks "Simple Image Gallery" Plugin (v4.2.0) ends here -->'
    )


def _related(story: Story) -> str:
    others = [s for s in cat_items(_cat_id(story)) if s.id != story.id][:2]
    lis = "".join(f'<li><a href="{menu_path(s)}">{esc(s.title)}</a></li>' for s in others)
    return ('<div class="moduletable related-in-article"><h3>Bài viết liên quan</h3>'
            f'<ul class="relateditems mod-list">{lis}</ul></div>')


def render_blocks(story: Story, blocks: list, page_url: str) -> str:
    """The article's text as the editor (JCE) stored it, with the plugins' output."""
    out: list[str] = []
    i = 0
    seed = str(story.id)
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>\n" + "\n".join(f"<li>{esc(g.text)}</li>" for g in group) + "\n</ul>")
            else:
                rows = []
                for n, g in enumerate(group):
                    cells = g.text.split(" | ")
                    if n == 0:
                        rows.append("<tr>" + "".join(
                            f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>'
                            for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                out.append('<table style="width: 96%; margin: auto;" border="1" cellspacing="0" '
                           'cellpadding="4"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>")
            continue
        if isinstance(b, Img) and b.style == "sig":
            group = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "sig":
                group.append(blocks[i])
                i += 1
            out.append(_gallery(group, page_url, seed))
            continue
        i += 1
        if isinstance(b, P):
            inner = _p_inner(b, seed)
            if b.style == "b":
                out.append(f'<p style="text-align: justify;"><strong>{inner}</strong></p>')
            elif b.style == "h4":
                out.append(f"<h4>{inner}</h4>")
            elif b.style == "hb":
                out.append(f"<p><b>{inner}</b></p>")
            elif b.style == "plain":
                out.append(f"<p>{inner}</p>")
            else:
                out.append(f'<p style="text-align: justify;">{inner}</p>')
        elif isinstance(b, Img):
            if b.style != "fulltext":
                out.append(_img_html(b, i))
        elif isinstance(b, Raw):
            if b.html == "{related}":
                out.append(_related(story))
            else:
                out.append(b.html)
    return "\n".join(out)


def _split_pages(story: Story) -> list[tuple[str, list]]:
    """The page-break plugin's parts: (title, blocks); the first part is titled by the article."""
    parts: list[tuple[str, list]] = [(story.title, [])]
    for b in story.blocks:
        if isinstance(b, Raw) and b.html.startswith(PB):
            title = re.search(r'title="([^"]*)"', b.html).group(1)
            parts.append((title, []))
        else:
            parts[-1][1].append(b)
    return parts


# --- the site ---------------------------------------------------------------------------------


class Site:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count = 0
        self._hits: dict[int, int] = {s.id: s.views() for s in STORIES}

    # volatile numbers (trap 9) --------------------------------------------------------------
    def _tick(self, article: int | None = None) -> tuple[int, int]:
        with self._lock:
            self._count += 1
            hits = 0
            if article is not None:
                self._hits[article] += 1
                hits = self._hits[article]
            return self._count, hits

    def _token(self) -> str:
        return hashlib.md5(f"tok{self._count}".encode()).hexdigest()

    # chrome ---------------------------------------------------------------------------------
    def _head(self, request: Request, title: str, extra: str = "") -> str:
        base = base_url(request) + request.path
        return f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<base href="{esc(base)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="THPT Phan Bội Châu, trường THPT Phan Bội Châu Vinh, Nghệ An" />
<meta name="description" content="Website Trường THPT Phan Bội Châu - thành phố Vinh - tỉnh Nghệ An" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/templates/{TPL}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/jui/css/bootstrap.min.css?3f1d2e7a" rel="stylesheet" />
<link href="/components/com_jcomments/tpl/default/style.css?v=3002" rel="stylesheet" />
<link href="/plugins/content/jw_sig/jw_sig/tmpl/Classic/css/template.css?v=4.2.0" rel="stylesheet" />
<link href="/templates/{TPL}/asset/bootstrap/css/bootstrap.min.css" rel="stylesheet" />
<link href="/templates/{TPL}/css/template-blue.css" rel="stylesheet" />
<link href="/templates/{TPL}/css/your_css.css" rel="stylesheet" />
<link href="/modules/mod_sj_news_extra/assets/css/styles.css" rel="stylesheet" />
<link href="/modules/mod_sj_basic_news/assets/css/sj-basic-news.css" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?3f1d2e7a"></script>
<script src="/media/jui/js/jquery-noconflict.js?3f1d2e7a"></script>
<script src="/media/system/js/caption.js?3f1d2e7a"></script>
<script src="/components/com_jcomments/js/jcomments-v2.3.js?v=12"></script>
<script src="/plugins/system/lazyloadforjoomla/assets/js/lazyloadforjoomla.min.js"></script>
<script src="/templates/{TPL}/js/yt-script.js"></script>
<script>
jQuery(window).on('load',  function() {{
\t\t\t\tnew JCaption('img.caption');
\t\t\t}});
jQuery(function($){{ $(".hasTooltip").tooltip({{"html": true,"container": "body"}}); }});
var TMPL_NAME = "{TPL}";
var TMPL_COOKIE = ["bgimage","themecolor","templateLayout","menustyle","activeNotice","typelayout"];
</script>
{extra}
</head>
"""

    def _menu(self, active: str) -> str:
        def li(href: str, label: str, key: str, sub: list[tuple[str, str]] | None = None,
               first: bool = False) -> str:
            cls = "level1" + (" first" if first else "") + (" active" if key == active else "")
            cls += " havechild" if sub else ""
            out = (f'<li class="{cls}"><a title="{label}" class="{cls} item-link" href="{href}">'
                   f'<span class="menu-title">{label}</span></a>')
            if sub:
                out += ('<div class="level2 menu-dropdown"><ul class="subnavi level2">'
                        + "".join(f'<li class="level2"><a class="level2 item-link" href="{h}">'
                                  f'<span class="menu-title">{t}</span></a></li>' for h, t in sub)
                        + "</ul></div>")
            return out + "</li>"

        return (
            '<section id="yt_menuwrap" class="block"><div class="container"><div class="row">'
            '<div id="yt_mainmenu" class="col-sm-12"><ul id="meganavigator" class="clearfix navi">'
            + li("/", "Trang chủ", "home", first=True)
            + li("/index.php/gioi-thieu", "Giới thiệu", "gioi-thieu",
                 [("/index.php/gioi-thieu", "Lịch sử nhà trường"),
                  ("/index.php/gioi-thieu/ban-giam-hieu", "Ban giám hiệu")])
            + li("/index.php/tin-tuc", "Tin tức", "tin-tuc",
                 [("/index.php/tin-tuc/hoat-dong-ngoai-khoa", "Hoạt động ngoại khóa")])
            + li("/index.php/thong-bao", "Thông báo", "thong-bao")
            + li("/index.php/van-ban", "Văn bản", "van-ban")
            + li("/index.php/thu-vien-anh", "Thư viện ảnh", "thu-vien-anh")
            + li("/index.php/lien-he", "Liên hệ", "lien-he")
            + "</ul></div></div></div></section>\n"
        )

    def _header(self) -> str:
        return f"""<header id="yt_header" class="block"><div class="container"><div class="row">
<div id="yt_logoposition" class="col-md-8 col-sm-12">
<a class="logo" href="/" title="Trường THPT Phan Bội Châu"><img alt="Trường THPT Phan Bội Châu" src="/templates/{TPL}/images/styling/blue/logo.png"/></a>
<div class="site-name"><span class="sgd">SỞ GIÁO DỤC VÀ ĐÀO TẠO NGHỆ AN</span><h1 class="ten-truong">TRƯỜNG THPT PHAN BỘI CHÂU</h1></div>
</div>
<div id="top1" class="col-md-4 col-sm-12">
<div class="module  ngay-thang"><div class="modcontent clearfix"><div class="custom"><p><span class="icon-calendar"></span> {HEADER_DATE}</p></div></div></div>
<div class="module  search-top"><div class="modcontent clearfix"><div class="search">
<form action="/index.php" method="post" class="form-inline" role="search">
<label for="mod-search-searchword94" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword94" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="101" />
</form></div></div></div>
</div></div></div></header>
"""

    def _crumbs(self, crumbs: list[tuple[str | None, str]]) -> str:
        items = [("/", "Trang chủ"), *crumbs]
        lis = ['<li class="active">Bạn đang ở: &#160;</li>']
        for n, (href, label) in enumerate(items, 1):
            if href and n < len(items):
                lis.append(
                    '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                    f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">'
                    f'{esc(label)}</span></a><span class="divider"><img src="/media/system/images/'
                    f'arrow.png" alt="" /></span><meta itemprop="position" content="{n}"></li>')
            else:
                lis.append(
                    '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
                    f'class="active"><span itemprop="name">{esc(label)}</span><meta itemprop="position" '
                    f'content="{n}"></li>')
        return ('<section id="yt_breadcrumb" class="block"><div class="container"><div class="row">'
                '<div class="col-sm-12"><ul itemscope itemtype="https://schema.org/BreadcrumbList" '
                'class="breadcrumb">' + "".join(lis) + "</ul></div></div></div></section>\n")

    @staticmethod
    def _module(title: str, content: str, cls: str = "") -> str:
        head = f'<h3 class="modtitle">{title}</h3>' if title else ""
        return (f'<div class="module {cls} clearfix">{head}<div class="modcontent clearfix">'
                f"{content}</div></div>\n")

    def _left(self, count: int) -> str:
        cats = ("<ul class=\"nav menu\">"
                '<li class="item-102"><a href="/index.php/tin-tuc">Tin tức - Sự kiện</a></li>'
                '<li class="item-103"><a href="/index.php/tin-tuc/hoat-dong-ngoai-khoa">Hoạt động '
                "ngoại khóa</a></li>"
                '<li class="item-104"><a href="/index.php/thong-bao">Thông báo</a></li>'
                '<li class="item-105"><a href="/index.php/van-ban">Văn bản - Biểu mẫu</a></li>'
                '<li class="item-106"><a href="/index.php/thu-vien-anh">Thư viện ảnh</a></li></ul>')
        docs = ('<ul class="latest-docs">'
                '<li><a href="/index.php/van-ban/file/12-ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027">'
                "Kế hoạch giáo dục nhà trường năm học 2026 - 2027</a></li>"
                '<li><a href="/index.php/van-ban/file/11-quy-che-chi-tieu-noi-bo-nam-2026">Quy chế chi '
                "tiêu nội bộ năm 2026</a></li></ul>")
        total = 1_284_513 + count
        digits = "".join(f'<img src="/modules/mod_vvisit_counter/images/digit_counter/default/{d}.png" '
                         f'alt="{d}" title="{d}" />' for d in f"{total:07d}")
        rows = [("vtoday", "Hôm nay", 412 + count), ("vyesterday", "Hôm qua", 1_036),
                ("vweek", "Tuần này", 5_927 + count), ("vlweek", "Tuần trước", 7_318),
                ("vmonth", "Tháng này", 5_927 + count), ("vlmonth", "Tháng trước", 31_442),
                ("vall", "Tất cả", total)]
        table = "".join(
            f'<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/default/{i}.png" '
            f'alt="{t}" title="{t}" /></td><td>{t}</td><td align="right">{v:,}</td></tr>'.replace(",", ".")
            for i, t, v in rows)
        counter = (f'<div id="vvisit_counter" class="vvisit_counter"><div class="digits">{digits}</div>'
                   '<div><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" '
                   f'class="vinaora_counter"><tbody align="center">{table}</tbody></table></div>'
                   f'<hr style="width: 90%" /><div>Đang online: {17 + count % 9}</div></div>')
        return (self._module("Danh mục", cats, "menu-trai")
                + self._module("Văn bản mới", docs, "van-ban-moi")
                + self._module("Thống kê truy cập", counter, "thong-ke"))

    def _right(self) -> str:
        new = [S61, S62, S63, S59, S58]
        popular = [S58, S61, S55, S60, S62]
        tab1 = "".join(f'<li><a href="{menu_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
                       for s in new)
        tab2 = "".join(f'<li><a href="{menu_path(s)}">{esc(s.title)}</a> <span class="hits">'
                       f"({s.views()})</span></li>" for s in popular)
        tabs = ('<div id="sj_tabs_126" class="sj-tabs"><ul class="tabs-nav">'
                '<li class="tab-sel" data-tab="#sjtab126-1"><span>Tin mới</span></li>'
                '<li data-tab="#sjtab126-2"><span>Đọc nhiều</span></li></ul>'
                f'<div class="tabs-content"><div id="sjtab126-1" class="tab-pane tab-sel"><ul>{tab1}'
                f'</ul></div><div id="sjtab126-2" class="tab-pane" style="display:none"><ul>{tab2}'
                "</ul></div></div></div>")
        sid, sslug, stitle = STALE
        featured = [(f"/index.php/tin-tuc/8-tin-tuc/{sid}-{sslug}", stitle, "/images/2026/thumbs/56.jpg"),
                    (menu_path(S55), S55.title, "/images/2026/thumbs/55.jpg")]
        feat = ('<div id="sj_basic_news_131" class="sj-basic-news"><div class="bs-items">' + "".join(
            f'<div class="bs-item cf"><div class="bs-image"><a href="{h}" title="{esc(t)}"><img '
            f'src="/cache/mod_sj_basic_news/{hashlib.md5(h.encode()).hexdigest()[:16]}.jpg" '
            f'alt="{esc(t)}" /></a></div><div class="bs-content"><div class="bs-title"><a href="{h}">'
            f"{esc(t)}</a></div></div></div>" for h, t, _ in featured) + "</div></div>")
        poll = ('<form action="/index.php" method="post" name="poll_vote_3" class="acepolls">'
                '<div class="poll-title">Bạn biết đến website của trường qua kênh nào?</div>'
                + "".join(f'<label><input type="radio" name="voteid" value="{n}" /> {t}</label><br />'
                          for n, t in enumerate(["Thầy cô giáo", "Bạn bè", "Facebook của trường",
                                                 "Công cụ tìm kiếm"], 11))
                + '<input type="hidden" name="option" value="com_acepolls" /><input type="hidden" '
                'name="task" value="vote" /><input type="hidden" name="id" value="3" />'
                '<input type="submit" class="button btn" value="Bình chọn" /></form>')
        links = ('<select class="lien-ket" onchange="if(this.value) window.open(this.value);">'
                 '<option value="">-- Liên kết website --</option>'
                 '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
                 '<option value="https://nghean.edu.vn">Sở GD&amp;ĐT Nghệ An</option>'
                 '<option value="https://nghean.gov.vn">Cổng TTĐT tỉnh Nghệ An</option>'
                 '<option value="https://baonghean.vn">Báo Nghệ An</option></select>')
        video = ('<div class="video-clip"><iframe width="100%" height="190" '
                 'src="https://www.youtube.com/embed/Zr5m7dXKq0A" frameborder="0" allowfullscreen>'
                 "</iframe><p>Phóng sự: Trường THPT Phan Bội Châu - 50 năm xây dựng và phát triển</p></div>")
        return (self._module("Tin tức", tabs, "tabs-tin")
                + self._module("Tin nổi bật", feat, "noi-bat")
                + self._module("Thăm dò ý kiến", poll, "poll")
                + self._module("Video clip", video, "video")
                + self._module("", links, "lien-ket-web"))

    def _footer(self) -> str:
        return ("""<footer id="yt_footer" class="block"><div class="container"><div class="row">
<div id="yt_footer_info" class="col-sm-9"><div class="module  footer-info"><div class="modcontent clearfix"><div class="custom">
<p><strong>TRƯỜNG THPT PHAN BỘI CHÂU - THÀNH PHỐ VINH - TỈNH NGHỆ AN</strong></p>
<p>Địa chỉ: Số 84, đường Phan Đăng Lưu, phường Trường Thi, thành phố Vinh, tỉnh Nghệ An</p>
<p>Điện thoại: 0238 3844 516 - Fax: 0238 3844 517 - Email: c3phanboichau@nghean.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Thầy Trần Đình Hùng - Hiệu trưởng</p>
</div></div></div></div>
<div id="yt_copyright" class="col-sm-3"><div class="copyright">Bản quyền &copy; 2026 Trường THPT Phan Bội Châu. Bảo lưu mọi quyền.</div>
<div class="designby copyright_middle">Designed by <a target="_blank" title="Visit SmartAddons!" href="http://www.smartaddons.com/">SmartAddons.Com</a></div></div>
</div></div></footer>
<a id="yt-totop" class="backtotop" href="#"><i class="fa fa-angle-up"></i></a>
""")

    def _page(self, request: Request, title: str, component: str, *, active: str,
              crumbs: list[tuple[str | None, str]], main_modules: str = "", status: int = 200,
              body_class: str = "inner-page", extra_head: str = "") -> Response:
        count, _ = self._tick()
        left = self._left(count)
        right = self._right()
        page = (
            self._head(request, title, extra_head)
            + f'<body id="bd" class="{body_class} ltr layout-lmr">\n'
            '<div id="yt_wrapper" class="layout-wide">\n'
            + self._header() + self._menu(active)
            + (self._crumbs(crumbs) if crumbs else "")
            + '<section id="content" class="content layout-lmr nopad block"><div class="container">'
            '<div class="row">\n'
            f'<aside id="content_left" class="col-md-3 col-sm-12"><div class="yt-left">{left}</div></aside>\n'
            '<div id="content_main" class="col-md-6 col-sm-12"><div class="content-main-inner">\n'
            f'<div class="yt-main">{main_modules}</div>\n'
            '<div id="system-message-container"></div>\n'
            f'<div id="yt_component">{component}</div>\n'
            "</div></div>\n"
            f'<aside id="content_right" class="col-md-3 col-sm-12"><div class="yt-right">{right}</div></aside>\n'
            "</div></div></section>\n" + self._footer() + "</div>\n</body>\n</html>\n"
        )
        return html(page, status=status)

    # article pieces ---------------------------------------------------------------------------
    def _mailto(self, request: Request, story: Story) -> str:
        link = base64.b64encode((base_url(request) + menu_path(story)).encode()).decode()
        return f"/index.php/component/mailto/?tmpl=component&amp;template={TPL}&amp;link={link}"

    def _icons(self, request: Request, story: Story) -> str:
        pr = esc(print_path(story))
        return (
            '<div class="icons"><div class="btn-group pull-right">'
            f'<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{story.id}" '
            'aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" '
            'aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span '
            'class="caret" aria-hidden="true"></span></button>'
            f'<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{story.id}">'
            f'<li class="print-icon"><a href="{pr}" title="In bài viết &lt; {esc(story.title)} &gt;" '
            "onclick=\"window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,"
            "menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return "
            'false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li>'
            f'<li class="email-icon"><a href="{self._mailto(request, story)}" title="Gửi liên kết '
            "này cho bạn bè\" onclick=\"window.open(this.href,'win2','width=400,height=450,menubar="
            "yes,resizable=yes'); return false;\" rel=\"nofollow\"><span class=\"icon-envelope\" "
            'aria-hidden="true"></span> E-mail</a></li></ul></div></div>'
        )

    def _info(self, story: Story, hits: int, *, full: bool) -> str:
        o = story.opts
        cid = _cat_id(story)
        parts = ['<dl class="article-info muted">', '<dt class="article-info-term">Chi tiết</dt>']
        if o.get("byline"):
            parts.append('<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.'
                         f'org/Person">Viết bởi <span itemprop="name">{esc(o["byline"])}</span></dd>')
        if CATS[cid].get("parent"):
            pid = CATS[cid]["parent"]
            parts.append(f'<dd class="parent-category-name">Danh mục cha: <a href="{CATS[pid]["menu"]}" '
                         f'itemprop="genre">{CATS[pid]["title"]}</a></dd>')
        parts.append(f'<dd class="category-name">Danh mục: <a href="{CATS[cid]["menu"]}" '
                     f'itemprop="genre">{CATS[cid]["title"]}</a></dd>')
        if full and o["created"] != o["published"]:
            parts.append('<dd class="create"><span class="icon-calendar" aria-hidden="true"></span>'
                         f'<time datetime="{iso(o["created"])}" itemprop="dateCreated">Ngày tạo '
                         f'{lc2(o["created"])}</time></dd>')
        parts.append('<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
                     f'<time datetime="{iso(o["published"])}" itemprop="datePublished">Được đăng ngày '
                     f'{lc2(o["published"])}</time></dd>')
        if full and o.get("modified"):
            parts.append('<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span>'
                         f'<time datetime="{iso(o["modified"])}" itemprop="dateModified">Cập nhật lần '
                         f'cuối {lc2(o["modified"])}</time></dd>')
        parts.append('<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>'
                     f'<meta itemprop="interactionCount" content="UserPageVisits:{hits}" />Lượt xem: '
                     f"{hits}</dd></dl>")
        return "\n".join(parts)

    def _vote(self, request: Request, story: Story) -> str:
        value, count = story.opts.get("rating", (4, 1))
        stars = "".join('<img src="/media/system/images/rating_star.png" alt="Sao đang hoạt động" />'
                        for _ in range(value))
        stars += "".join('<img src="/media/system/images/rating_star_blank.png" alt="Sao không hoạt '
                         'động" />' for _ in range(5 - value))
        options = "".join(f'<option value="{n}"{SELECTED if n == 5 else ""}>Bình chọn {n}</option>'
                          for n in range(1, 6))
        here = base_url(request) + request.path
        return (
            f'<div class="content_rating" role="img" aria-label="Đánh giá: {value} trên 5 sao">'
            '<p class="unseen element-invisible" itemprop="aggregateRating" itemscope '
            'itemtype="https://schema.org/AggregateRating">Người dùng đánh giá: <span '
            f'itemprop="ratingValue">{value}</span> / <span itemprop="bestRating">5</span><br />'
            f'<span class="small">Hãy bình chọn: <span itemprop="ratingCount">{count}</span></span>'
            f"</p>{stars}</div>\n"
            f'<form method="post" action="{esc(here)}?hitcount=0" class="form-inline">'
            '<span class="content_vote"><label class="unseen element-invisible" '
            f'for="content_vote_{story.id}">Vui lòng bình chọn</label><select id="content_vote_'
            f'{story.id}" name="user_rating">{options}</select>&#160;<input class="btn btn-mini" '
            'type="submit" name="submit_vote" value="Bình chọn" /><input type="hidden" name="task" '
            'value="article.vote" /><input type="hidden" name="hitcount" value="0" /><input '
            f'type="hidden" name="url" value="{esc(here)}" /><input type="hidden" '
            f'name="{self._token()}" value="1" /></span></form>'
        )

    def _pagenav(self, story: Story) -> str:
        items = cat_items(_cat_id(story))
        idx = [s.id for s in items].index(story.id)
        lis = []
        if idx > 0:
            prev = items[idx - 1]
            lis.append(f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" '
                       f'aria-label="Bài trước: {esc(prev.title)}" href="{menu_path(prev)}" rel="prev">'
                       '<span class="icon-chevron-left" aria-hidden="true"></span> <span '
                       'aria-hidden="true">Trước</span></a></li>')
        if idx < len(items) - 1:
            nxt = items[idx + 1]
            lis.append(f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" '
                       f'aria-label="Bài tiếp theo: {esc(nxt.title)}" href="{menu_path(nxt)}" '
                       'rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-'
                       'right" aria-hidden="true"></span></a></li>')
        return '<ul class="pager pagenav">' + "".join(lis) + "</ul>"

    def _jcomments(self, request: Request, story: Story) -> str:
        comments = story.opts.get("comments", [])
        here = request.path
        out = [f"<script type=\"text/javascript\">\nvar jcomments=new JComments({story.id}, "
               "'com_content','/index.php/component/jcomments/');\njcomments.setList('comments-list');"
               "\n</script>", '<div id="jc">', '<div id="comments">']
        if comments:
            out.append(f"<h4>Bình luận ({len(comments)})</h4>")
            out.append('<div id="comments-list" class="comments-list">')
            for n, (cid, who, when, body) in enumerate(comments, 1):
                out.append(
                    f'<div class="{"odd" if n % 2 == 0 else "even"}" id="comment-item-{cid}"><div '
                    'class="rbox"><div class="comment-box usertype-guest">'
                    f'<a class="comment-anchor" href="{here}#comment-{cid}" id="comment-{cid}">#{n}</a>'
                    f'<span class="comment-author">{esc(who)}</span> <span class="comment-date">{when}'
                    f'</span><div class="comment-body" id="comment-body-{cid}">{esc(body)}</div>'
                    '<span class="comments-buttons"><a href="#" onclick="jcomments.quoteComment('
                    f'{cid}); return false;">Trích dẫn</a> | <a href="#" onclick="jcomments.'
                    f'showReply({cid}); return false;">Trả lời</a></span></div><div class="clear">'
                    "</div></div></div>")
            out.append("</div>")
        out.append("</div>")
        out.append(
            '<a id="addcomments" href="#addcomments"></a><h4>Thêm bình luận</h4>'
            '<form id="comments-form" name="comments-form" action="javascript:void(null);">'
            '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" '
            'size="22" tabindex="1" /><label for="comments-form-name">Tên (bắt buộc)</label></span></p>'
            '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" '
            'tabindex="2" /><label for="comments-form-email">E-mail (bắt buộc, không hiển thị)</label>'
            '</span></p><p><span><textarea id="comments-form-comment" name="comment" cols="65" '
            'rows="8" tabindex="5"></textarea></span></p><p><span><input class="checkbox" '
            'id="comments-form-subscribe" type="checkbox" name="subscribe" value="1" tabindex="5" />'
            '<label for="comments-form-subscribe">Thông báo cho tôi khi có bình luận mới</label>'
            '</span></p><div id="comments-form-buttons"><div class="btn" id="comments-form-send">'
            '<div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" '
            'title="Gửi (Ctrl+Enter)">Gửi</a></div></div><div class="btn" id="comments-form-cancel" '
            'style="display:none;"><div><a href="#" tabindex="8" onclick="return false;" '
            'title="Hủy">Hủy</a></div></div><div style="clear:both;"></div></div><div><input '
            f'type="hidden" name="object_id" value="{story.id}" /><input type="hidden" '
            'name="object_group" value="com_content" /></div></form>'
            '<div id="comments-footer" align="center"><a href="http://www.joomlatune.com" '
            'title="JComments" target="_blank">JComments</a></div></div>')
        return "\n".join(out)

    def _article_component(self, request: Request, story: Story, hits: int,
                           part: int | None) -> tuple[str, str]:
        """(component html, <title>) of the article view; ``part`` is the page-break part or None
        for all parts (showall)."""
        cid = _cat_id(story)
        here = base_url(request) + request.path
        parts = _split_pages(story)
        title = f"{story.title} - {SITE_NAME}"
        full_imgs = [b for b in story.blocks if isinstance(b, Img) and b.style == "fulltext"]
        toc = ""
        if len(parts) > 1:
            base = menu_path(story)
            links = [(f"{base}?showall=&amp;limitstart=", parts[0][0])]
            links += [(f"{base}?showall=&amp;start={n}", t) for n, (t, _) in enumerate(parts[1:], 1)]
            lis = []
            for n, (href, t) in enumerate(links):
                act = " active" if part == n else ""
                lis.append(f'<li class="{act.strip()}"><a href="{href}" class="toclink{act}">{esc(t)}</a></li>')
            lis.append(f'<li><a href="{base}?showall=1" class="toclink{" active" if part is None else ""}">'
                       "Tất cả các trang</a></li>")
            toc = ('<div class="pull-right article-index"><h3>Mục lục bài viết</h3><ul class="nav '
                   'nav-tabs nav-stacked">' + "".join(lis) + "</ul></div>")
        if part is None:
            text_html = "<br />".join(render_blocks(story, blocks, here) for _, blocks in parts)
        else:
            base = menu_path(story)
            n = len(parts)
            text_html = (f'<div class="pagenavcounter">Trang {part + 1} của {n}</div>\n'
                         + render_blocks(story, parts[part][1], here))
            prev_l = "Trước"
            if part > 0:
                ph = f"{base}?showall=&amp;limitstart=" if part == 1 else f"{base}?showall=&amp;start={part - 1}"
                prev_l = f'<a href="{ph}">&lt;&lt; Trước</a>'
            next_l = "Tiếp"
            if part < n - 1:
                next_l = f'<a href="{base}?showall=&amp;start={part + 1}">Tiếp &gt;&gt;</a>'
            text_html += f'\n<div class="pager"><ul><li>{prev_l} </li><li>{next_l}</li></ul></div>'
            if part > 0:
                title = f"{story.title} - {parts[part][0]} - {SITE_NAME}"
        full = ""
        for img in full_imgs:
            full += (f'<div class="pull-none item-image"> <img class="caption" title="{esc(img.printed or "")}" '
                     f'src="{img.src}" alt="{esc(story.title)}" itemprop="image"/> </div>')
        comp = (
            '<div class="item-page clearfix" itemscope itemtype="https://schema.org/Article">\n'
            '<meta itemprop="inLanguage" content="vi-VN" />\n'
            f'<div class="page-header"><h1> {CATS[cid]["title"]} </h1></div>\n'
            f'<div class="page-header"><h2 itemprop="headline">{esc(story.title)}</h2></div>\n'
            + self._icons(request, story) + "\n" + self._info(story, hits, full=True) + "\n"
            + self._vote(request, story) + "\n" + full + toc
            + f'\n<div itemprop="articleBody">\n{text_html}\n</div>\n'
            + self._pagenav(story) + "\n" + self._jcomments(request, story) + "\n</div>"
        )
        return comp, title

    def _article_crumbs(self, story: Story) -> list[tuple[str | None, str]]:
        cid = _cat_id(story)
        crumbs: list[tuple[str | None, str]] = []
        if CATS[cid].get("parent"):
            pid = CATS[cid]["parent"]
            crumbs.append((CATS[pid]["menu"], CATS[pid]["title"]))
        crumbs.append((CATS[cid]["menu"], CATS[cid]["title"]))
        crumbs.append((None, story.title))
        return crumbs

    def article(self, request: Request, story: Story) -> Response:
        params = request.params
        _, hits = self._tick(story.id)
        if request.method == "POST" and params.get("hitcount") == "0":
            return Response(303, b"", {"Location": base_url(request) + request.path})
        if params.get("tmpl") == "component" and params.get("print") == "1":
            return self.print_view(request, story, hits)
        parts = _split_pages(story)
        part: int | None = 0 if len(parts) > 1 else None
        if len(parts) > 1:
            if params.get("showall") == "1":
                part = None
            else:
                raw = params.get("start") or params.get("limitstart") or "0"
                if not raw.isdigit() or int(raw) >= len(parts):
                    return None
                part = int(raw)
        comp, title = self._article_component(request, story, hits, part)
        cid = _cat_id(story)
        active = "thong-bao" if cid == 10 else "tin-tuc"
        return self._page(request, title, comp, active=active, crumbs=self._article_crumbs(story),
                          body_class=f"com_content view-article itemid-{CATS[cid]['itemid']}")

    def print_view(self, request: Request, story: Story, hits: int) -> Response:
        parts = _split_pages(story)
        here = base_url(request) + menu_path(story)
        text_html = "<br />".join(render_blocks(story, blocks, here) for _, blocks in parts)
        full = "".join(
            f'<div class="pull-none item-image"> <img class="caption" title="{esc(b.printed or "")}" '
            f'src="{b.src}" alt="{esc(story.title)}" itemprop="image"/> </div>'
            for b in story.blocks if isinstance(b, Img) and b.style == "fulltext")
        page = (
            '<!DOCTYPE html>\n<html lang="vi-vn" dir="ltr">\n<head>\n<meta charset="utf-8" />\n'
            f'<base href="{esc(base_url(request) + request.path)}" />\n'
            '<meta name="robots" content="noindex, nofollow" />\n'
            f"<title>{esc(story.title)} - {SITE_NAME}</title>\n"
            '<link href="/templates/system/css/general.css" rel="stylesheet" />\n'
            '<script src="/media/system/js/caption.js?3f1d2e7a"></script>\n</head>\n'
            '<body class="contentpane modal">\n<div id="system-message-container"></div>\n'
            '<div class="item-page" itemscope itemtype="https://schema.org/Article">\n'
            f'<div class="page-header"><h2 itemprop="headline">{esc(story.title)}</h2></div>\n'
            '<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return '
            'false;"><span class="icon-print" aria-hidden="true"></span> In</a></div>\n'
            + self._info(story, hits, full=True) + "\n" + full
            + f'\n<div itemprop="articleBody">\n{text_html}\n</div>\n</div>\n</body>\n</html>\n'
        )
        return html(page)

    # listings ---------------------------------------------------------------------------------
    @staticmethod
    def _pagination(base: str, start: int, limit: int, total: int) -> str:
        if limit <= 0 or total <= limit:
            return ""
        pages = (total + limit - 1) // limit
        cur = start // limit + 1

        def href(page: int) -> str:
            return base if page == 1 else f"{base}?start={(page - 1) * limit}"

        lis = []
        if cur > 1:
            lis.append(f'<li><a title="Đầu" href="{href(1)}" class="hasTooltip pagenav" aria-label="Đến '
                       'trang đầu"><span class="icon-first" aria-hidden="true"></span></a></li>')
            lis.append(f'<li><a title="Trước" href="{href(cur - 1)}" class="hasTooltip pagenav" '
                       'aria-label="Đến trang trước"><span class="icon-previous" aria-hidden="true">'
                       "</span></a></li>")
        else:
            lis.append('<li class="disabled"><a><span class="icon-first" aria-hidden="true"></span></a></li>')
            lis.append('<li class="disabled"><a><span class="icon-previous" aria-hidden="true"></span>'
                       "</a></li>")
        for p in range(1, pages + 1):
            if p == cur:
                lis.append(f'<li class="active hidden-phone"><a aria-current="true">{p}</a></li>')
            else:
                lis.append(f'<li class="hidden-phone"><a title="{p}" href="{href(p)}" class="pagenav" '
                           f'aria-label="Đến trang {p}">{p}</a></li>')
        if cur < pages:
            lis.append(f'<li><a title="Tiếp" href="{href(cur + 1)}" class="hasTooltip pagenav" '
                       'aria-label="Đến trang tiếp theo"><span class="icon-next" aria-hidden="true">'
                       "</span></a></li>")
            lis.append(f'<li><a title="Cuối" href="{href(pages)}" class="hasTooltip pagenav" '
                       'aria-label="Đến trang cuối"><span class="icon-last" aria-hidden="true"></span>'
                       "</a></li>")
        else:
            lis.append('<li class="disabled"><a><span class="icon-next" aria-hidden="true"></span></a></li>')
            lis.append('<li class="disabled"><a><span class="icon-last" aria-hidden="true"></span></a></li>')
        return (f'<div class="pagination"><p class="counter pull-right"> Trang {cur} của {pages} </p>'
                '<ul class="pagination-list">' + "".join(lis) + "</ul></div>")

    def _blog_item(self, request: Request, story: Story, cls: str) -> str:
        intro = next(b for b in story.blocks if isinstance(b, P))
        thumb = f"/images/2026/thumbs/{story.id}.jpg"
        href = menu_path(story)
        return (
            f'<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
            f'<div class="pull-left item-image"><a href="{href}"><img src="{thumb}" alt="" '
            'itemprop="thumbnailUrl"/></a></div>'
            f'<div class="page-header"><h2 itemprop="name"><a href="{href}" itemprop="url">'
            f"{esc(story.title)}</a></h2></div>"
            + self._icons(request, story) + self._info(story, self._hits[story.id], full=False)
            + f'<p style="text-align: justify;">{esc(intro.text)}</p>'
            f'<p class="readmore"><a class="btn" href="{href}" itemprop="url" aria-label="Đọc thêm: '
            f'{esc(story.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm: '
            f"{esc(story.title[:60])}{'...' if len(story.title) > 60 else ''}</a></p></div>"
        )

    def blog(self, request: Request, cid: int) -> Response | None:
        params = request.params
        raw = params.get("start") or params.get("limitstart") or "0"
        if not raw.isdigit():
            return None
        start = int(raw)
        cat = CATS[cid]
        if cid == 8:
            items, leading, intro, links = cat_items(8, with_children=True), 1, 4, 1
        else:
            items, leading, intro, links = cat_items(cid), 0, 3, 0
        limit = leading + intro
        if start % limit or start >= len(items):
            return None
        page_items = items[start:start + limit]
        more = items[start + limit:start + limit + links]
        out = ['<div class="blog" itemscope itemtype="https://schema.org/Blog">',
               f'<div class="page-header"><h1> {cat["title"]} </h1></div>',
               f'<div class="category-desc clearfix"><p>{cat["desc"]}</p></div>']
        lead, rest = page_items[:leading], page_items[leading:]
        if lead:
            out.append('<div class="items-leading clearfix">'
                       + "".join(self._blog_item(request, s, f"leading-{n} clearfix")
                                 for n, s in enumerate(lead)) + "</div>")
        cols = 2 if cid == 8 else 1
        for r in range(0, len(rest), cols):
            row = rest[r:r + cols]
            out.append(f'<div class="items-row cols-{cols} row-{r // cols} row-fluid clearfix">'
                       + "".join(f'<div class="span{12 // cols}">'
                                 + self._blog_item(request, s, f"item column-{n + 1}") + "</div>"
                                 for n, s in enumerate(row)) + "</div>")
        if more:
            out.append('<div class="items-more"><h3>Thêm bài viết...</h3><ol class="nav nav-tabs '
                       'nav-stacked">' + "".join(f'<li><a href="{menu_path(s)}">{esc(s.title)}</a></li>'
                                                 for s in more) + "</ol></div>")
        if cid == 8:
            out.append('<div class="cat-children"><h3>Danh mục con</h3><div class="first"><h3 '
                       'class="page-header item-title"><a href="/index.php/tin-tuc/hoat-dong-ngoai-'
                       'khoa">Hoạt động ngoại khóa</a> <span class="badge badge-info tip hasTooltip" '
                       f'title="Số bài viết:">{len(cat_items(9))}</span></h3></div></div>')
        out.append(self._pagination(cat["menu"], start, limit, len(items)))
        out.append("</div>")
        crumbs: list[tuple[str | None, str]] = []
        if cat.get("parent"):
            crumbs.append((CATS[cat["parent"]]["menu"], CATS[cat["parent"]]["title"]))
        crumbs.append((None, cat["title"]))
        return self._page(request, f"{cat['title']} - {SITE_NAME}", "\n".join(out), active="tin-tuc",
                          crumbs=crumbs, body_class=f"com_content view-category itemid-{cat['itemid']}")

    def notice_list(self, request: Request) -> Response | None:
        params = {**request.params, **(request.form if request.method == "POST" else {})}
        raw_start = params.get("limitstart") or params.get("start") or "0"
        raw_limit = params.get("limit") or "5"
        if not raw_start.isdigit() or not raw_limit.isdigit():
            return None
        start, limit = int(raw_start), int(raw_limit)
        if limit not in (0, 5, 10, 15, 20, 25, 30, 50, 100):
            limit = 5
        rid, _slug, rtitle, rdate = REGISTERED
        rows: list[tuple[str, str, str, int | None]] = []
        return_b64 = base64.b64encode(
            f"index.php?option=com_content&view=article&id={rid}&catid=10&Itemid=104".encode()).decode()
        login = f"/index.php/component/users/?view=login&amp;Itemid=104&amp;return={return_b64}"
        rows.append((login, rtitle + " <span class=\"list-published label label-info\">Đăng ký để "
                     "đọc thêm...</span>", _dt(rdate).strftime("%d-%m-%Y"), None))
        for s in cat_items(10):
            rows.append((menu_path(s), esc(s.title), _dt(s.opts["created"]).strftime("%d-%m-%Y"),
                         self._hits[s.id]))
        total = len(rows)
        if start >= total:
            return None
        shown = rows[start:start + limit] if limit else rows
        body = []
        for n, (href, label, day, hits) in enumerate(shown):
            hit = f'<span class="badge badge-info">Lượt xem: {hits}</span>' if hits is not None else ""
            body.append(f'<tr class="cat-list-row{n % 2}"><td headers="categorylist_header_title" '
                        f'class="list-title"><a href="{href}">{label}</a></td><td headers="categorylist_'
                        f'header_date" class="list-date small">{day}</td><td headers="categorylist_'
                        f'header_hits" class="list-hits">{hit}</td></tr>')
        opts = "".join(f'<option value="{v}"{SELECTED if v == limit else ""}>'
                       f'{"Tất cả" if v == 0 else v}</option>' for v in (5, 10, 15, 20, 25, 30, 50, 100, 0))
        comp = (
            '<div class="category-list"><div><div class="content-category">'
            '<div class="page-header"><h1> Thông báo </h1></div>'
            '<form action="/index.php/thong-bao" method="post" name="adminForm" id="adminForm" '
            'class="form-inline"><fieldset class="filters btn-toolbar clearfix"><legend class="hide">'
            'Bộ lọc</legend><div class="btn-group"><label class="filter-search-lbl element-invisible" '
            'for="filter-search">Lọc tiêu đề&#160;</label><input type="text" name="filter-search" '
            'id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" '
            'placeholder="Lọc tiêu đề" /></div><div class="btn-group pull-right"><label for="limit" '
            'class="element-invisible">Số mục hiển thị #</label><span class="display-limit">Số mục '
            'hiển thị #&#160;</span><select id="limit" name="limit" class="inputbox input-mini" '
            f'size="1" onchange="this.form.submit()">{opts}</select></div><input type="hidden" '
            'name="filter_order" value="" /><input type="hidden" name="filter_order_Dir" value="" />'
            '<input type="hidden" name="limitstart" value="" /><input type="hidden" name="task" '
            'value="" /></fieldset>'
            '<table class="category table table-striped table-bordered table-hover"><thead><tr>'
            '<th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('
            "'a.title','asc','', document.getElementById('adminForm'));return false;\" class=\"hasPopover\" "
            'data-content="Chọn để sắp xếp theo cột này" data-placement="top">Tiêu đề</a></th>'
            '<th scope="col" id="categorylist_header_date"><a href="#" onclick="Joomla.tableOrdering('
            "'a.created','asc','');return false;\" class=\"hasPopover\">Ngày</a></th>"
            '<th scope="col" id="categorylist_header_hits"><a href="#" onclick="Joomla.tableOrdering('
            "'a.hits','asc','');return false;\" class=\"hasPopover\">Lượt xem</a></th></tr></thead>"
            f'<tbody>{"".join(body)}</tbody></table>'
            + self._pagination("/index.php/thong-bao", start, limit, total)
            + "</form></div></div></div>"
        )
        return self._page(request, f"Thông báo - {SITE_NAME}", comp, active="thong-bao",
                          crumbs=[(None, "Thông báo")], body_class="com_content view-category itemid-104")

    # home -------------------------------------------------------------------------------------
    def home(self, request: Request) -> Response:
        def ne_block(cid: int, stories: list[Story]) -> str:
            first, others = stories[0], stories[1:]
            desc = next(b for b in first.blocks if isinstance(b, P)).text
            desc = desc[:160].rsplit(" ", 1)[0] + "..."
            href = module_path(first)
            return (
                f'<div class="ne-category ne-cat-{cid}"><div class="ne-cat-title"><a href="'
                f'{CATS[cid]["menu"]}" title="{CATS[cid]["title"]}">{CATS[cid]["title"]}</a>'
                f'<a class="ne-viewall" href="{CATS[cid]["menu"]}">Xem tất cả</a></div>'
                '<div class="ne-items"><div class="ne-item ne-first">'
                f'<div class="ne-item-image"><a href="{href}" title="{esc(first.title)}"><img src="/cache/'
                f'mod_sj_news_extra/{hashlib.md5(href.encode()).hexdigest()}.jpg" alt="{esc(first.title)}" '
                f'/></a></div><div class="ne-item-title"><a href="{href}" title="{esc(first.title)}">'
                f"{esc(first.title)}</a></div>"
                f'<div class="ne-item-time">{_dt(first.opts["created"]).strftime("%d/%m/%Y")}</div>'
                f'<div class="ne-item-desc">{esc(desc)}</div><div class="ne-item-readmore"><a href="'
                f'{href}">Xem thêm</a></div></div><ul class="ne-item-other">'
                + "".join(f'<li><a href="{module_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a> '
                          f'<span class="ne-item-time">({_dt(s.opts["created"]).strftime("%d/%m/%Y")})'
                          "</span></li>" for s in others)
                + "</ul></div></div>"
            )

        news = ('<div id="sj_news_extra_117" class="sj-news-extra"><div class="ne-wrap ne-cols-2">'
                + ne_block(8, [S61, S58]) + ne_block(9, [S62, S59]) + "</div></div>")
        notices = [S63, S60, S57, S54]
        bn = ('<div id="sj_basic_news_119" class="sj-basic-news"><div class="bs-items">' + "".join(
            f'<div class="bs-item cf"><div class="bs-content"><div class="bs-title"><a href="'
            f'{menu_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></div><div class="bs-date">'
            f'{_dt(s.opts["created"]).strftime("%d/%m/%Y")}</div></div></div>' for s in notices)
            + '</div><div class="bs-viewall"><a href="/index.php/thong-bao">Xem tất cả thông báo »</a>'
            "</div></div>")
        banner = ('<div class="custom banner-trang-chu"><p><img src="/images/banners/banner-20-11-2026.jpg" '
                  'alt="Chào mừng ngày Nhà giáo Việt Nam 20/11" width="100%" /></p></div>')
        mains = (self._module("", banner, "banner")
                 + self._module("Tin tức - Sự kiện", news, "news-extra")
                 + self._module("Thông báo mới", bn, "thong-bao-moi"))
        return self._page(request, f"Trang chủ - {SITE_NAME}", "", active="home", crumbs=[],
                          main_modules=mains, body_class="home-layout1 com_content view-featured")

    # other pages ------------------------------------------------------------------------------
    def _single(self, request: Request, title: str, body: str, crumbs, active: str, heading: str,
                info: str = "") -> Response:
        comp = ('<div class="item-page clearfix" itemscope itemtype="https://schema.org/Article">'
                f'<div class="page-header"><h1> {heading} </h1></div>'
                f'<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>{info}'
                f'<div itemprop="articleBody">{body}</div></div>')
        return self._page(request, f"{heading} - {SITE_NAME}", comp, active=active, crumbs=crumbs,
                          body_class="com_content view-article")

    def about(self, request: Request) -> Response:
        body = (
            '<p style="text-align: justify;">Trường THPT Phan Bội Châu được thành lập năm 1974, đóng '
            "trên địa bàn phường Trường Thi, thành phố Vinh. Trải qua hơn 50 năm xây dựng và phát "
            "triển, nhà trường đã đào tạo hàng vạn học sinh, nhiều thế hệ học sinh đã trưởng thành và "
            "giữ các cương vị quan trọng trong và ngoài tỉnh.</p>"
            '<p style="text-align: justify;">Năm học 2026 - 2027, nhà trường có 42 lớp với gần 1.700 '
            "học sinh; đội ngũ gồm 96 cán bộ, giáo viên, nhân viên, trong đó 38% giáo viên có trình độ "
            "thạc sĩ.</p>"
            '<p style="text-align: justify;">Nhà trường vinh dự được tặng Huân chương Lao động hạng Ba '
            "(2004), hạng Nhì (2014) và nhiều Bằng khen của Thủ tướng Chính phủ, Bộ Giáo dục và Đào "
            "tạo, UBND tỉnh Nghệ An.</p>")
        info = ('<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt><dd '
                'class="hits"><span class="icon-eye-open"></span>Lượt xem: 18264</dd></dl>')
        return self._single(request, "Giới thiệu chung về Trường THPT Phan Bội Châu", body,
                            [(None, "Giới thiệu")], "gioi-thieu", "Giới thiệu", info)

    def leaders(self, request: Request) -> Response:
        rows = [("Trần Đình Hùng", "Hiệu trưởng", "0912 345 618"),
                ("Lê Quang Vinh", "Phó Hiệu trưởng", "0983 226 471"),
                ("Nguyễn Văn Quế", "Phó Hiệu trưởng", "0915 870 332")]
        body = ('<table class="table table-bordered"><tbody><tr><td><strong>Họ và tên</strong></td><td>'
                "<strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>"
                + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
                + "</tbody></table>")
        return self._single(request, "Ban Giám hiệu nhà trường", body,
                            [("/index.php/gioi-thieu", "Giới thiệu"), (None, "Ban giám hiệu")],
                            "gioi-thieu", "Ban giám hiệu")

    def album(self, request: Request) -> Response:
        album = Story(id=12, slug="album", title="", cat="tin-tuc", published_at=None, blocks=[
            Img(f"/images/thu-vien-anh/khai-giang-2026/kg-0{n}.jpg", None, None, "sig") for n in range(1, 7)])
        gallery = render_blocks(album, album.blocks, base_url(request) + request.path)
        info = ('<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
                '<dd class="published"><span class="icon-calendar"></span><time datetime="2026-09-07T'
                '09:00:00+07:00" itemprop="datePublished">Được đăng ngày Thứ hai, 07 Tháng 9 2026 09:00'
                '</time></dd><dd class="hits"><span class="icon-eye-open"></span>Lượt xem: 2291</dd></dl>')
        body = "<p>Một số hình ảnh tại Lễ khai giảng năm học 2026 - 2027.</p>" + gallery
        return self._single(request, "Lễ khai giảng năm học 2026 - 2027", body,
                            [(None, "Thư viện ảnh")], "thu-vien-anh", "Thư viện ảnh", info)

    def contact(self, request: Request) -> Response:
        comp = (
            '<div class="contact" itemscope itemtype="https://schema.org/Person">'
            '<div class="page-header"><h2><span class="contact-name" itemprop="name">Trường THPT Phan '
            "Bội Châu</span></h2></div><h3>Thông tin liên hệ</h3>"
            '<dl class="contact-address dl-horizontal" itemprop="address" itemscope '
            'itemtype="https://schema.org/PostalAddress"><dt><span class="jicons-icons"><img '
            'src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt><dd><span '
            'class="contact-street" itemprop="streetAddress">Số 84, đường Phan Đăng Lưu<br /></span>'
            '</dd><dd><span class="contact-suburb" itemprop="addressLocality">Phường Trường Thi, thành '
            'phố Vinh<br /></span></dd><dd><span class="contact-state" itemprop="addressRegion">Nghệ An'
            '</span></dd></dl><dl class="contact-address dl-horizontal"><dt><span class="jicons-icons">'
            '<img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt><dd><span '
            'class="contact-telephone" itemprop="telephone">0238 3844 516</span></dd><dt><span '
            'class="jicons-icons"><img src="/media/contacts/images/emailButton.png" alt="Email: " />'
            '</span></dt><dd><span class="contact-emailto">'
            + email_cloak("c3phanboichau@nghean.edu.vn", "contact")
            + '</span></dd></dl><h3>Mẫu liên hệ</h3><div class="contact-form"><form id="contact-form" '
            'action="/index.php/lien-he" method="post" class="form-validate form-horizontal well">'
            '<fieldset><legend>Gửi email. Tất cả các trường có dấu * là bắt buộc.</legend>'
            '<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Tên'
            '<span class="star">&#160;*</span></label><input type="text" name="jform[contact_name]" '
            'id="jform_contact_name" value="" size="30" required aria-required="true" /></div>'
            '<div class="control-group"><label for="jform_contact_email">Email<span class="star">'
            '&#160;*</span></label><input type="email" name="jform[contact_email]" '
            'id="jform_contact_email" value="" size="30" required /></div><div class="control-group">'
            '<label for="jform_contact_emailmsg">Tiêu đề<span class="star">&#160;*</span></label><input '
            'type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" size="60" '
            'required /></div><div class="control-group"><label for="jform_contact_message">Nội dung'
            '<span class="star">&#160;*</span></label><textarea name="jform[contact_message]" '
            'id="jform_contact_message" cols="50" rows="10" required></textarea></div></fieldset>'
            '<button class="btn btn-primary validate" type="submit">Gửi email</button><input '
            'type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" '
            'value="contact.submit" /><input type="hidden" name="id" value="1:truong-thpt-phan-boi-chau" '
            f'/><input type="hidden" name="{self._token()}" value="1" /></form></div></div>'
        )
        return self._page(request, f"Liên hệ - {SITE_NAME}", comp, active="lien-he",
                          crumbs=[(None, "Liên hệ")], body_class="com_contact view-contact")

    DOCS: ClassVar[dict[int, tuple]] = {
        12: ("ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
             "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "ke-hoach-giao-duc-2026-2027.pdf",
             "18-09-2026", "1.2 MB", 354),
        11: ("quy-che-chi-tieu-noi-bo-nam-2026", "Quy chế chi tiêu nội bộ năm 2026",
             "quy-che-chi-tieu-noi-bo-2026.pdf", "26-10-2026", "684 KB", 127),
    }

    def docs(self, request: Request) -> Response:
        rows = "".join(
            f'<div class="pd-filebox"><div class="pd-filenamebox"><div class="pd-filename"><div '
            f'class="pd-document16" style="background: url(\'/media/com_phocadownload/images/mime/16/'
            f'icon-pdf.png\') 0 center no-repeat;"><div class="pd-float"><a class="" href="/index.php/'
            f'van-ban/file/{i}-{slug}">{esc(t)}</a></div></div></div></div><div class="pd-buttons">'
            f'<div class="pd-button-download"><a class="btn btn-success" href="/index.php/van-ban?'
            f'download={i}:{slug}">Tải về</a></div><div class="pd-button-details"><a class="btn '
            f'btn-primary" href="/index.php/van-ban/file/{i}-{slug}">Chi tiết</a></div></div>'
            f'<div class="pd-date">Ngày: {d}</div></div>'
            for i, (slug, t, _f, d, _s, _h) in self.DOCS.items())
        comp = ('<div id="phoca-dl-category-box" class="pd-category-view"><div class="page-header"><h1>'
                f'Văn bản - Biểu mẫu</h1></div><h3 class="pd-ctitle">Văn bản nhà trường</h3>{rows}</div>')
        return self._page(request, f"Văn bản - {SITE_NAME}", comp, active="van-ban",
                          crumbs=[(None, "Văn bản")], body_class="com_phocadownload view-category")

    def doc(self, request: Request, doc_id: int) -> Response:
        slug, t, fname, d, size, hits = self.DOCS[doc_id]
        comp = (
            '<div id="phoca-dl-file-box" class="pd-file-view"><div class="page-header"><h1>Văn bản - '
            f'Biểu mẫu</h1></div><h3 class="pd-ctitle">{esc(t)}</h3><div class="pd-filebox">'
            '<table class="pd-file-info"><tbody>'
            f"<tr><td>Tên tệp:</td><td>{fname}</td></tr><tr><td>Kích thước:</td><td>{size}</td></tr>"
            f"<tr><td>Ngày:</td><td>{d}</td></tr><tr><td>Lượt tải:</td><td>{hits}</td></tr>"
            "</tbody></table>"
            f'<div class="pd-button-download"><a class="btn btn-success" href="/index.php/van-ban?'
            f'download={doc_id}:{slug}">Tải về</a></div></div></div>')
        return self._page(request, f"{t} - {SITE_NAME}", comp, active="van-ban",
                          crumbs=[("/index.php/van-ban", "Văn bản"), (None, t)],
                          body_class="com_phocadownload view-file")

    def login(self, request: Request, message: str = "") -> Response:
        msg = (f'<div class="alert alert-warning"><h4 class="alert-heading">Cảnh báo</h4><div>{message}'
               "</div></div>") if message else ""
        comp = (
            f'{msg}<div class="login"><form action="/index.php/component/users/?task=user.login&amp;'
            'Itemid=104" method="post" class="form-validate form-horizontal well"><fieldset>'
            '<div class="control-group"><label id="username-lbl" for="username">Tên đăng nhập<span '
            'class="star">&#160;*</span></label><input type="text" name="username" id="username" '
            'value="" class="validate-username required" size="25" required autofocus /></div>'
            '<div class="control-group"><label id="password-lbl" for="password">Mật khẩu<span '
            'class="star">&#160;*</span></label><input type="password" name="password" id="password" '
            'value="" class="validate-password required" size="25" maxlength="99" required /></div>'
            '<div class="control-group"><label for="remember">Ghi nhớ</label><input id="remember" '
            'type="checkbox" name="remember" class="inputbox" value="yes" /></div><button '
            'type="submit" class="btn btn-primary">Đăng nhập</button><input type="hidden" '
            f'name="return" value="{esc(request.params.get("return", ""))}" /><input type="hidden" '
            f'name="{self._token()}" value="1" /></fieldset></form></div>')
        return self._page(request, f"Đăng nhập - {SITE_NAME}", comp, active="thong-bao",
                          crumbs=[(None, "Đăng nhập")], body_class="com_users view-login")

    def search(self, request: Request) -> Response:
        word = request.params.get("searchword", "")
        comp = ('<div class="search"><h1 class="page-title">Tìm kiếm</h1><form id="searchForm" '
                'action="/index.php/component/search/" method="post"><input type="text" '
                f'name="searchword" id="search-searchword" size="30" maxlength="200" value="{esc(word)}" '
                'class="inputbox" /><button name="Search" class="btn hasTooltip" title="Tìm kiếm">'
                'Tìm kiếm</button><input type="hidden" name="task" value="search" /></form>'
                '<div class="searchintro"><p>Tìm kiếm từ khóa: <span class="badge badge-info">'
                f"{esc(word)}</span></p><p>Tổng cộng: <strong>0</strong> kết quả.</p></div></div>")
        return self._page(request, f"Tìm kiếm - {SITE_NAME}", comp, active="home",
                          crumbs=[(None, "Tìm kiếm")], body_class="com_search view-search")

    def mailto(self, request: Request) -> Response | None:
        try:
            link = base64.b64decode(request.params.get("link", ""), validate=True).decode()
        except ValueError:
            return None
        page = (
            '<!DOCTYPE html>\n<html lang="vi-vn" dir="ltr">\n<head>\n<meta charset="utf-8" />\n'
            '<meta name="robots" content="noindex, nofollow" />\n<title>Trường THPT Phan Bội Châu'
            '</title>\n</head>\n<body class="contentpane modal">\n<div id="mailto-window"><h2>Gửi liên '
            'kết này cho bạn bè</h2><div class="mailto-close"><a href="javascript: void window.close()" '
            'title="Đóng cửa sổ"><span>Đóng cửa sổ </span></a></div><form action="/index.php" '
            'id="mailtoForm" method="post"><div class="formelm"><label for="mailto_field">E-mail đến'
            '</label><input type="text" id="mailto_field" name="mailto" class="inputbox" size="25" '
            'value="" /></div><div class="formelm"><label for="sender_field">Người gửi:</label><input '
            'type="text" id="sender_field" name="sender" class="inputbox" value="" size="25" /></div>'
            '<div class="formelm"><label for="from_field">E-mail của bạn:</label><input type="text" '
            'id="from_field" name="from" class="inputbox" value="" size="25" /></div><div '
            'class="formelm"><label for="subject_field">Tiêu đề:</label><input type="text" '
            'id="subject_field" name="subject" class="inputbox" value="" size="25" /></div><p><button '
            'class="button" onclick="return Joomla.submitbutton(\'send\');">Gửi</button><button '
            'class="button" onclick="window.close();return false;">Hủy</button></p><input '
            'type="hidden" name="layout" value="default" /><input type="hidden" name="option" '
            'value="com_mailto" /><input type="hidden" name="task" value="send" /><input type="hidden" '
            f'name="tmpl" value="component" /><input type="hidden" name="link" value="{esc(link)}" />'
            f'<input type="hidden" name="{self._token()}" value="1" /></form></div>\n</body>\n</html>\n')
        return html(page)

    def not_found(self, request: Request) -> Response:
        comp = ('<div class="error-page"><h1 class="page-header">404 - Không tìm thấy bài viết</h1>'
                '<div class="well"><p><strong>Bạn không thể vào trang này vì:</strong></p><ol><li>'
                "liên kết đã hết hạn</li><li>địa chỉ bị gõ sai</li><li>công cụ tìm kiếm có danh sách "
                "lưu trữ đã hết hạn của trang này</li><li>bạn không có quyền truy cập trang này</li>"
                '</ol><p><a href="/" class="btn"><span class="icon-home"></span> Trang chủ</a></p>'
                "<blockquote><span class=\"label label-inverse\">404</span> Không tìm thấy bài viết"
                "</blockquote></div></div>")
        return self._page(request, f"404 - Lỗi: 404 - {SITE_NAME}", comp, active="home", crumbs=[],
                          status=404, body_class="error-page")

    # routing ----------------------------------------------------------------------------------
    _ART = re.compile(
        r"^/index\.php/(tin-tuc/hoat-dong-ngoai-khoa|tin-tuc|thong-bao)/(?:(\d+)-([a-z0-9-]+)/)?"
        r"(\d+)(?:-[A-Za-z0-9-]*)?$"
    )

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if not path.startswith("/index.php"):
            if path == "/":
                return self.home(request)
            if path.lower().endswith(".pdf") and path.startswith("/images/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path.startswith(("/images/", "/templates/", "/media/", "/modules/", "/plugins/",
                                "/cache/", "/components/")):
                return static_file(path)
            return None
        if path == "/index.php":
            if request.method == "POST":
                form = request.form
                if form.get("option") == "com_search":
                    word = form.get("searchword", "")
                    return redirect(f"/index.php/component/search/?searchword={word}&searchphrase=all"
                                    "&Itemid=101", 303)
                return redirect("/", 303)
            if not request.query:
                return self.home(request)
            if params.get("option") == "com_content" and params.get("view") == "article":
                aid = params.get("id", "").split(":")[0]
                story = BY_ID.get(int(aid)) if aid.isdigit() else None
                return self.article(request, story) if story else None
            return None
        rest = path[len("/index.php"):]
        if rest == "/tin-tuc":
            return self.blog(request, 8)
        if rest == "/tin-tuc/hoat-dong-ngoai-khoa":
            return self.blog(request, 9)
        if rest == "/thong-bao":
            return self.notice_list(request)
        if rest == "/gioi-thieu":
            return self.about(request)
        if rest == "/gioi-thieu/ban-giam-hieu":
            return self.leaders(request)
        if rest == "/lien-he":
            return self.contact(request)
        if rest == "/thu-vien-anh":
            return self.album(request)
        if rest == "/van-ban":
            dl = params.get("download", "")
            if dl:
                did = dl.split(":")[0]
                if did.isdigit() and int(did) in self.DOCS:
                    return Response(200, PDF, {"Content-Type": "application/pdf",
                                               "Content-Disposition": f'attachment; filename="{self.DOCS[int(did)][2]}"'})
                return None
            return self.docs(request)
        m = re.fullmatch(r"/van-ban/file/(\d+)-[a-z0-9-]+", rest)
        if m and int(m.group(1)) in self.DOCS:
            return self.doc(request, int(m.group(1)))
        if rest == "/component/mailto/":
            return self.mailto(request)
        if rest == "/component/users/":
            if params.get("view", "login") == "login" or params.get("task") == "user.login":
                msg = ("Tên đăng nhập và mật khẩu không khớp hoặc bạn chưa có tài khoản."
                       if request.method == "POST" else "")
                return self.login(request, msg)
            return None
        if rest == "/component/search/":
            return self.search(request)
        m = self._ART.match(path)
        if not m:
            return None
        menu, catid, catalias, aid = m.group(1), m.group(2), m.group(3), int(m.group(4))
        if aid == STALE[0] and catid == "8":
            return self.not_found(request)
        if aid == REGISTERED[0] and menu == "thong-bao":
            ret = base64.b64encode(
                f"index.php?option=com_content&view=article&id={aid}&catid=10&Itemid=104".encode()).decode()
            return redirect(f"/index.php/component/users/?view=login&Itemid=104&return={ret}", 303)
        story = BY_ID.get(aid)
        if story is None:
            return None
        cid = _cat_id(story)
        if catid is None:
            if CATS[cid]["menu"] != f"/index.php/{menu}":
                return None
        else:
            wanted = "thong-bao" if cid == 10 else "tin-tuc"
            if int(catid) != cid or catalias != CATS[cid]["alias"] or menu != wanted:
                return None
        return self.article(request, story)


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [print_path(story), menu_path(story) + "?hitcount=0"]
    if story.opts.get("module"):
        alts += [module_path(story), module_path(story) + "?hitcount=0"]
    if story.opts.get("old_alias"):
        alts.append(story.opts["old_alias"])
    if len(_split_pages(story)) > 1:
        base = menu_path(story)
        alts += [f"{base}?showall=&limitstart=", f"{base}?showall=&start=1",
                 f"{base}?showall=&start=2", f"{base}?showall=1"]
    if story.id == 51:
        alts.append("/index.php?option=com_content&view=article&id=51&catid=10&Itemid=104")
    return alts


GOLD = [
    gold_record(s, menu_path(s), CATS[_cat_id(s)]["title"], alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/index.php/gioi-thieu",
    "/index.php/gioi-thieu/ban-giam-hieu",
    "/index.php/lien-he",
    "/index.php/thu-vien-anh",
    "/index.php/van-ban/file/12-ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
    "/index.php/van-ban/file/11-quy-che-chi-tieu-noi-bo-nam-2026",
]
