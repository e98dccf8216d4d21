"""Trường THPT Chu Văn An, tỉnh Thái Nguyên: Joomla 3.9 with a JoomlArt T3 template (JA Teline V).

Platform
--------
Joomla! 3.9 (``<meta name="generator" content="Joomla! - Open Source Content Management">``)
with the T3 framework template ``ja_teline_v``: ``#t3-header``, T3 megamenu (``.t3-megamenu``,
``data-id``/``data-level``), breadcrumbs ``ul.breadcrumb`` with ``a.pathway``, ``#t3-content`` and
``.t3-sidebar`` with ``.t3-module`` boxes, ``#t3-footer``. Joomla prints a ``<base href>`` of
the requested URL in every page's head. The site's timezone is Asia/Ho_Chi_Minh (+07:00).

URL scheme (SEF on, "Use URL rewriting" half on: the menus print ``/index.php/…``, the server's
.htaccess also answers the same paths without ``/index.php``; the Itemid is hidden)
- home (featured/magazine view): ``/`` (also ``/index.php``)
- category blogs: ``/index.php/tin-tuc`` (parent "Tin tức", blog including the subcategories'
  items), ``/index.php/tin-tuc/tin-nha-truong``, ``/index.php/tin-tuc/doan-thanh-nien``,
  ``/index.php/chuyen-mon/hoat-dong-chuyen-mon``; pages ``?start=<offset>`` (offset = page
  index × items per page); old links use ``?limitstart=<offset>`` for the same page
- articles: ``/index.php/<menu-alias>/<category-alias>/<id>-<alias>``
- tag pages ``/index.php/component/tags/tag/<id>-<alias>``; category list of documents
  ``/index.php/chuyen-mon/van-ban`` and its entries ``/index.php/chuyen-mon/van-ban/<id>-<alias>``
- single-article menu items ``/index.php/gioi-thieu/lich-su-truyen-thong``,
  ``/index.php/gioi-thieu/co-cau-to-chuc``, album ``/index.php/thu-vien-anh``, contact
  ``/index.php/lien-he``, login ``/index.php/component/users/?view=login&Itemid=101``

Page templates
--------------
- blog listing: ``div.blog`` > ``div.items-leading`` (``div.leading-0``) then ``div.items-row``
  (``div.item.column-1``), each an ``<article>`` with ``h2.article-title``, ``dl.article-info``
  (date "d/m/Y", hits), ``section.article-intro`` (the intro text) and
  ``section.readmore > a.btn`` "Đọc tiếp"; the parent blog also prints ``div.items-more``
  (num_links: titles of the next two items); pagination ``div.pagination`` with
  ``p.counter`` "Trang 1 / 5" and ``ul.pagination-list`` (Đầu, Trước, 1…5, Tiếp, Cuối)
- article: ``div.item-page > article.article``: ``h1.article-title``, ``aside.article-aside``
  with two ``dl.article-info`` (Viết bởi / Danh mục / Ngày đăng, then Ngày tạo / Cập nhật lần
  cuối / Lượt truy cập), the Content-Vote form, the "full article image" ``div.item-image``,
  ``section.article-content[itemprop=articleBody]`` (intro text + full text), ``div.tags``,
  then the JA social bar and, on some pages, a "Bài viết liên quan" module
- print view ``?tmpl=component&print=1&layout=default`` (no chrome) is served for every article
  but linked nowhere (the print/email icons are switched off)

How each gold article is reached (ordering: publish_up desc)
- "Tin tức" (2 per page, 10 items with the restricted one, "Trang 1 / 5"): 214, 212 | 209, 206 |
  203, 200 | 198, 191 | 188, 186
- "Tin nhà trường" (1 leading + 3 intro): 214, 209, 206, 203 | 198, 191, 186
- "Đoàn thanh niên" (1 + 2): 212, 200, 188
- "Hoạt động chuyên môn" (1 + 2): 216, 205, 196 | 184
- home: featured 214 (lead), 216, 212; blocks "Tin tức" 214/212/209 and "Hoạt động chuyên môn"
  216/205; notice marquee -> 216 by its id-only URL; sidebar "Tin mới" 216/214/212/205/209 and
  "Đọc nhiều" 214/212/209 with rewritten URLs (no ``/index.php``)
- tag pages (linked from the articles' tag lists) link the component form
  ``/index.php/component/content/article/<id>-<alias>?catid=<c>&Itemid=101``: 214, 212, 216,
  200, 188, 205, 196
- 214's body carries a "Tin cùng chuyên mục" module (209, 203, 198); 212's page a related-items
  module (200 by its stale URL, 188); 209's "Xem thêm" line links 186 by its old alias
- only through page 2+ of a listing: 191 and 184

Traps
-----
1. Raw UTC in the microdata (not in the README). The vendor's info-block override prints
   ``<meta itemprop="datePublished" content="2026-11-20 01:15:00">``: Joomla's ``publish_up``
   as stored (UTC) with no offset. The visible "Ngày đăng: Thứ sáu, 20 Tháng 11 2026 08:15" is
   local time. Gold: the visible time with +07:00 ("2026-11-20T08:15:00+07:00"). In "Hoạt động
   chuyên môn" the layout prints the day only ("Ngày đăng: 02-12-2026", LC4 format) and the
   editors set publish_up at local midnight, so the meta says the day before
   ("2026-12-01 17:00:00"). Gold: the printed day alone ("2026-12-02").
2. Created vs published vs modified (dates). The aside prints "Ngày tạo" (created: the draft was
   written the evening before, 214 and 203) and "Cập nhật lần cuối" besides "Ngày đăng"
   (publish_up). Gold: "Ngày đăng".
3. JCaption captions (not in the README). Joomla 3's caption.js draws the caption from the
   ``title`` attribute of ``img.caption``; the HTML prints no caption text at all, only
   ``<img class="caption" title="…">`` (the full article image and some inline photos); the
   ``alt`` is the article's title, not a caption. Gold: caption = the title attribute; an image
   without class ``caption`` (or without title) has caption None.
4. Page-break plugin (not in the README). Article 205 is split by ``hr.system-pagebreak`` into 3
   pages: ``div.article-index`` "Mục lục bài viết" (TOC), ``div.pagenavcounter`` "Trang 1 / 3",
   ``ul.pager`` "Trước/Tiếp", pages at ``?start=1``/``?start=2``, "Tất cả các trang" at
   ``?showall=1&limitstart=``. Gold: one article at the first page's URL with the text of all
   three pages (TOC titles are not text); the other pages and the showall view are alt_paths.
5. Email cloaking (not in the README). In 186 the content plugin replaced the address in a
   paragraph by ``<span id="cloak…">Địa chỉ email này đang được bảo vệ…</span><script>…</script>``
   which writes the address at load time. Gold: the paragraph as a reader sees it, with the
   address "c3chuvanan@thainguyen.edu.vn" and without the protection notice.
6. Widgets inside the text's container (not in the README). 214's editor typed
   ``{loadposition tincungchuyenmuc}`` between two paragraphs: a ``div.moduletable`` "Tin cùng
   chuyên mục" with three titles and dates sits inside ``section.article-content``; 184 ends with
   the "Attachments" extension's ``table.attachmentsList`` (file, size, downloads) inside the same
   section, after a "Tải về" line. Gold: none of that is body.
7. Restricted item (not in the README). The listings print the intro of 206 (access
   "Registered") with "Đăng ký để đọc thêm…" pointing to the login form; its URL answers 403 with
   the full chrome and a "Bạn không được phép…" message. Gold: no article; the login page is a
   non-article.
8. Duplicate URLs of one article (README kind "URL variants", Joomla's own): the same article at
   ``/index.php/…`` and the rewritten path without ``/index.php``, at the id-only segment
   (``…/216``), at an old alias (``186-hoi-nghi-cmhs-dau-nam``, Joomla 3's router checks the id
   only), at a stale category path (200 was moved from "Tin nhà trường" to "Đoàn thanh niên"; the
   cached related-items module still links ``/index.php/tin-tuc/tin-nha-truong/200-…`` whose
   breadcrumb says "Tin nhà trường"), at the component form of the tag pages, and at the vote
   form's action ``…?hitcount=0``. Gold: one record per article at its menu URL; all the others
   are alt_paths; category = the "Danh mục" the article is filed under (200: "Đoàn thanh niên").
9. Pagination: "Trang 1 / 5" counter plus numbered links with ``?start=2,4,6,8``; the home's
   "Xem thêm" uses ``?limitstart=0``; the parent blog mixes two subcategories and its
   ``items-more`` list links two titles of the next page; 191 and 184 are only on page 2+.
10. "Viết bởi Super User" (README kind "CMS accounts"): most articles are entered by the
    ``Super User`` account or the account ``chuyenmon``: nobody. The real author is the
    right-aligned closing line (a person, "Tin, ảnh: …", "Tin: … – Ảnh: …", or a unit);
    a ``created_by_alias`` ("Đoàn trường", 200) is printed in place of the account and is
    the author as printed.
11. A leading item without "read more" (not in the README): 188 has no readmore split, so every
    listing prints its whole text (closing line included) with no "Đọc tiếp" button; only its
    title links to it. Gold: the article page.
12. Look-alikes: the "Văn bản" entries and the "Giới thiệu" pages are com_content articles in the
    same ``item-page`` markup (the documents even print "Ngày đăng"); they are non-articles.

Also: one article typed with Unikey's composed (NFD) Unicode (203), one saved by an editor with
entity encoding (196), Word-pasted ``MsoNormal`` paragraphs (209), tables inside the text (198's
results, 216's schedule: rows are paragraphs, cells joined by " | ").

Gold decisions on ambiguous points
----------------------------------
- published_at: the visible "Ngày đăng" (publish_up in local time), never the UTC microdata,
  "Ngày tạo" or "Cập nhật lần cuối"; "Hoạt động chuyên môn" prints days only -> the day alone.
- JCaption: the ``title`` of ``img.caption`` is the caption (every browser draws it under the
  photo). A printed "Ảnh: X" line credits X as photographer (caption None); "(…)" around a
  printed caption is taken off.
- 205: the body is the text of all three pages in order; page titles of the TOC are not text;
  the closing "Tổ Ngữ văn" (on page 3) is the author.
- 186: the cloaked address reads as the browser shows it: "…hộp thư điện tử
  c3chuvanan@thainguyen.edu.vn."
- 198: the closing "(Theo Báo Thái Nguyên điện tử)" is the source "Báo Thái Nguyên điện tử".
- 216: the closing "Phạm Thị Ngọc Anh" / "Phó Hiệu trưởng" (a ``<br>`` inside one right-aligned
  paragraph) is the author (post dropped).
- summary: only the bold lead paragraphs of 214, 191 and 216; the site-wide meta description is
  not a sapo.
- category: the "Danh mục" link of the article page (equal to the breadcrumb on the menu URL).
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

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

NAME = "joomla3_t3_blog_thpt"
PLATFORM = "Joomla 3.9 + JoomlArt T3 (JA Teline V), com_content category blog, SEF /index.php/"
START_PATH = "/"

SITE_NAME = "Trường THPT Chu Văn An - Thái Nguyên"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
ITEMID = "101"
EMAIL = "c3chuvanan@thainguyen.edu.vn"


@dataclass(frozen=True)
class Cat:
    alias: str
    menu: str
    title: str
    catid: int
    leading: int
    intro: int
    desc: str
    day_only: bool = False

    @property
    def path(self) -> str:
        return f"/index.php/{self.menu}/{self.alias}"

    @property
    def per_page(self) -> int:
        return self.leading + self.intro


CATS = {
    "tin-nha-truong": Cat(
        "tin-nha-truong", "tin-tuc", "Tin nhà trường", 9, 1, 3,
        "Tin tức về các hoạt động giáo dục, phong trào thi đua của nhà trường.",
    ),
    "doan-thanh-nien": Cat(
        "doan-thanh-nien", "tin-tuc", "Đoàn thanh niên", 10, 1, 2,
        "Hoạt động của Đoàn TNCS Hồ Chí Minh và các câu lạc bộ học sinh.",
    ),
    "hoat-dong-chuyen-mon": Cat(
        "hoat-dong-chuyen-mon", "chuyen-mon", "Hoạt động chuyên môn", 12, 1, 2,
        "Sinh hoạt tổ chuyên môn, hội thảo, hội thi và công tác ôn tập.", day_only=True,
    ),
}
PARENT = Cat("tin-tuc", "", "Tin tức", 8, 1, 1, "Tin tức – sự kiện của Trường THPT Chu Văn An.")
PARENT_PATH = "/index.php/tin-tuc"
PARENT_NUM_LINKS = 2

TAGS = {
    3: ("ngay-nha-giao-viet-nam", "Ngày Nhà giáo Việt Nam"),
    5: ("doan-thanh-nien", "Đoàn thanh niên"),
    7: ("doi-moi-phuong-phap-day-hoc", "Đổi mới phương pháp dạy học"),
}


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the articles ---------------------------------------------------------------------------

S214 = Story(
    id=214,
    slug="truong-thpt-chu-van-an-long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Trường THPT Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
    cat="tin-nha-truong",
    published_at="2026-11-20T08:15:00+07:00",
    summary=(
        "Sáng 19/11/2026, Trường THPT Chu Văn An tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 – 20/11/2026) và tuyên dương các tập thể, cá nhân có thành tích xuất sắc "
        "trong phong trào thi đua “Dạy tốt – Học tốt”."
    ),
    blocks=[
        Img(
            "/images/tin-tuc/2026/11/le-ky-niem-20-11-toan-canh.jpg",
            "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại hội trường nhà trường",
            "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại hội trường nhà trường",
            style="fulltext",
        ),
        P(
            "Sáng 19/11/2026, Trường THPT Chu Văn An tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 – 20/11/2026) và tuyên dương các tập thể, cá nhân có thành tích xuất sắc "
            "trong phong trào thi đua “Dạy tốt – Học tốt”.",
            "b",
        ),
        P(
            "Tới dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo tỉnh Thái Nguyên, Đảng ủy, "
            "HĐND, UBND phường Phan Đình Phùng, Ban đại diện cha mẹ học sinh cùng các thế hệ thầy "
            "cô giáo đã từng công tác tại trường và hơn 1.500 học sinh."
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Đỗ Mạnh Cường, Hiệu trưởng nhà trường ôn lại truyền thống "
            "vẻ vang của ngành Giáo dục Việt Nam và chặng đường hơn 60 năm xây dựng, phát triển của "
            "nhà trường. Năm học 2025 - 2026, nhà trường có 38 học sinh đạt giải trong kỳ thi chọn "
            "học sinh giỏi cấp tỉnh, tỉ lệ đỗ tốt nghiệp THPT đạt 100%, nhiều em trúng tuyển vào "
            "các trường đại học tốp đầu cả nước."
        ),
        Raw("{{loadposition}}"),
        P(
            "Nhân dịp này, nhà trường trao giấy khen cho 12 tập thể và 46 cá nhân có thành tích "
            "xuất sắc trong đợt thi đua chào mừng ngày 20/11; đồng thời trao 25 suất học bổng "
            "“Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
        ),
        Img(
            "/images/tin-tuc/2026/11/trao-hoc-bong-vuot-kho.jpg",
            "Ban đại diện cha mẹ học sinh trao học bổng cho học sinh vượt khó học tốt",
            "Ban đại diện cha mẹ học sinh trao học bổng cho học sinh vượt khó học tốt",
            style="jcap",
        ),
        P(
            "Thay mặt các thế hệ học sinh, em Hoàng Minh Thư, lớp 12A1 bày tỏ lòng biết ơn sâu sắc "
            "tới các thầy cô giáo và hứa sẽ không ngừng rèn luyện, học tập để xứng đáng với sự kỳ "
            "vọng của gia đình, nhà trường."
        ),
        P(
            "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do giáo viên và học sinh các lớp "
            "dàn dựng, với nhiều tiết mục ca ngợi tình thầy trò, mái trường và quê hương Thái Nguyên."
        ),
        _right("<strong><em>Tin, ảnh: Lương Thu Trang</em></strong>"),
    ],
    authors=["Lương Thu Trang"],
    photographers=["Lương Thu Trang"],
    opts={
        "pub": "2026-11-20 08:15", "created": "2026-11-19 21:40", "modified": "2026-11-21 09:05",
        "by": "Super User", "intro": 1, "tags": [3], "thumb": "/images/intro/le-ky-niem-20-11.jpg",
        "browser_title": "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
    },
)

S212 = Story(
    id=212,
    slug="soi-noi-hoi-thi-rung-chuong-vang-chao-mung-ngay-nha-giao-viet-nam-20-11",
    title="Sôi nổi Hội thi “Rung chuông vàng” chào mừng Ngày Nhà giáo Việt Nam 20/11",
    cat="doan-thanh-nien",
    published_at="2026-11-17T16:20:00+07:00",
    blocks=[
        P(
            "Chiều 16/11/2026, Đoàn trường THPT Chu Văn An tổ chức Hội thi “Rung chuông vàng” với "
            "chủ đề “Tri ân thầy cô – Vững bước tương lai” dành cho học sinh khối 10 và khối 11."
        ),
        Img(
            "/images/doan-thanh-nien/2026/11/rung-chuong-vang-01.jpg",
            "100 thí sinh tranh tài trên sân khấu Hội thi “Rung chuông vàng”",
            "100 thí sinh tranh tài trên sân khấu Hội thi “Rung chuông vàng”",
            style="jcap",
        ),
        P(
            "Tham gia hội thi có 100 thí sinh đại diện cho 25 chi đoàn lớp. Các câu hỏi xoay quanh "
            "kiến thức lịch sử, địa lý, văn hóa, xã hội, kiến thức về ngành Giáo dục Việt Nam và "
            "truyền thống của nhà trường."
        ),
        P(
            "Trải qua 20 câu hỏi với nhiều cung bậc cảm xúc, sau phần cứu trợ của khán giả, hai thí "
            "sinh cuối cùng đã xuất sắc vượt qua câu hỏi thứ 18. Em Lê Quang Huy, lớp 11A2 trở thành "
            "người duy nhất rung tiếng chuông vàng của hội thi."
        ),
        Img("/images/doan-thanh-nien/2026/11/rung-chuong-vang-02.jpg", None, None, style="plain"),
        P(
            "Ban Tổ chức đã trao giải Nhất cho em Lê Quang Huy; giải Nhì cho em Ngô Thị Thảo Vy, "
            "lớp 10A5; hai giải Ba và năm giải Khuyến khích cho các thí sinh có thành tích cao."
        ),
        P(
            "Hội thi là hoạt động thiết thực chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, góp "
            "phần giáo dục truyền thống “Tôn sư trọng đạo”, tạo sân chơi bổ ích, lành mạnh cho đoàn "
            "viên, thanh niên."
        ),
        _right("<strong>Tin, ảnh: Nguyễn Thu Hằng</strong> <em>(Bí thư Đoàn trường)</em>"),
    ],
    authors=["Nguyễn Thu Hằng"],
    photographers=["Nguyễn Thu Hằng"],
    opts={
        "pub": "2026-11-17 16:20", "created": "2026-11-17 16:02", "modified": "2026-11-17 16:20",
        "by": "Super User", "intro": 1, "tags": [3, 5], "related": [200, 188],
        "thumb": "/images/intro/rung-chuong-vang.jpg",
    },
)

S209 = Story(
    id=209,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="tin-nha-truong",
    published_at="2026-11-06T15:30:00+07:00",
    blocks=[
        P(
            "Chiều ngày 05/11/2026, Trường THPT Chu Văn An tổ chức Hội nghị viên chức, người lao "
            "động năm học 2026 - 2027. Đây là dịp để toàn thể cán bộ, giáo viên, nhân viên nhìn lại "
            "kết quả thực hiện nhiệm vụ năm học trước và bàn giải pháp thực hiện nhiệm vụ năm học mới.",
            "mso",
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết công tác năm học 2025 - 2026, phương hướng nhiệm vụ "
            "năm học 2026 - 2027; báo cáo công khai tài chính, báo cáo hoạt động của Ban Thanh tra "
            "nhân dân và dự thảo Quy chế chi tiêu nội bộ sửa đổi.",
            "mso",
        ),
        Img(
            "/images/tin-tuc/2026/11/hoi-nghi-vien-chuc.jpg",
            "Đồng chí Hiệu trưởng báo cáo tổng kết năm học 2025 - 2026",
            "Đồng chí Hiệu trưởng báo cáo tổng kết năm học 2025 - 2026",
            style="table",
        ),
        P("Một số chỉ tiêu chủ yếu năm học 2026 - 2027:", "mso"),
        P("- Tỉ lệ học sinh có kết quả học tập Khá, Tốt đạt từ 80% trở lên;", "mso"),
        P(
            "- 100% học sinh lớp 12 đỗ tốt nghiệp THPT, điểm trung bình thi tốt nghiệp nằm trong "
            "tốp 10 của tỉnh;",
            "mso",
        ),
        P("- Phấn đấu có từ 40 giải học sinh giỏi cấp tỉnh trở lên, trong đó có giải Nhất;", "mso"),
        P("- Không có cán bộ, giáo viên, nhân viên vi phạm đạo đức nhà giáo.", "mso"),
        P(
            "Tại hội nghị, nhiều ý kiến tham luận tâm huyết đã được trình bày, tập trung vào đổi mới "
            "kiểm tra, đánh giá theo Chương trình giáo dục phổ thông 2018, ứng dụng chuyển đổi số "
            "trong quản lý và nâng cao chất lượng giáo dục mũi nhọn.",
            "mso",
        ),
        P(
            "Hội nghị đã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành. Toàn thể viên "
            "chức, người lao động ký cam kết thi đua thực hiện thắng lợi nhiệm vụ năm học.",
            "mso",
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/index.php/tin-tuc/tin-nha-truong/'
            '186-hoi-nghi-cmhs-dau-nam">Hội nghị cha mẹ học sinh đầu năm học 2026 - 2027</a></p>'
        ),
        _right("<b>Công đoàn trường</b>"),
    ],
    authors=["Công đoàn trường"],
    opts={
        "pub": "2026-11-06 15:30", "created": "2026-11-06 15:30", "modified": "2026-11-07 08:02",
        "by": "Super User", "intro": 1, "tags": [],
    },
)

S205 = Story(
    id=205,
    slug="hoi-thao-chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-van-ban-nghi-luan-lop-11",
    title="Hội thảo chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản nghị luận” lớp 11",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-10",
    blocks=[
        P(
            "Ngày 07/11/2026, Tổ Ngữ văn Trường THPT Chu Văn An tổ chức hội thảo chuyên đề “Dạy học "
            "phát triển năng lực đọc hiểu văn bản nghị luận cho học sinh lớp 11 theo Chương trình "
            "GDPT 2018”."
        ),
        P(
            "Tham dự hội thảo có đồng chí Phạm Thị Ngọc Anh, Phó Hiệu trưởng phụ trách chuyên môn; "
            "toàn thể giáo viên Tổ Ngữ văn và đại diện giáo viên các tổ Lịch sử – Địa lý, Giáo dục "
            "kinh tế và pháp luật."
        ),
        P(
            "Chuyên đề được xây dựng trên cơ sở thực tiễn hai năm triển khai Chương trình GDPT 2018 "
            "ở lớp 11, khi nhiều học sinh còn lúng túng trong việc xác định luận đề, luận điểm và "
            "đánh giá cách lập luận của tác giả."
        ),
        P(
            "Mở đầu phần tham luận, cô Trần Thị Bích Ngọc trình bày kinh nghiệm sử dụng phiếu học "
            "tập và sơ đồ tư duy để giúp học sinh nhận diện hệ thống luận điểm trong văn bản “Chiếu "
            "cầu hiền” của Ngô Thì Nhậm."
        ),
        P(
            "Thầy Nguyễn Đức Thắng chia sẻ cách tổ chức cho học sinh tranh biện theo nhóm sau khi "
            "đọc văn bản, qua đó rèn luyện kỹ năng phản biện và trình bày quan điểm cá nhân một cách "
            "thuyết phục."
        ),
        P(
            "Cô Đào Thị Mai Phương giới thiệu bộ câu hỏi đọc hiểu được thiết kế theo bốn mức độ nhận "
            "biết, thông hiểu, vận dụng và vận dụng cao, bám sát định hướng đề thi tốt nghiệp THPT "
            "từ năm 2025."
        ),
        Img(
            "/images/chuyen-mon/2026/11/hoi-thao-ngu-van-11.jpg",
            "Cô Trần Thị Bích Ngọc trình bày tham luận tại hội thảo",
            "Cô Trần Thị Bích Ngọc trình bày tham luận tại hội thảo",
            style="jcap",
        ),
        P(
            "Các ý kiến thảo luận sôi nổi, thẳng thắn, tập trung vào những khó khăn khi dạy văn bản "
            "nghị luận trung đại và cách lựa chọn ngữ liệu ngoài sách giáo khoa phù hợp với học sinh."
        ),
        P(
            "Kết luận hội thảo, đồng chí Phó Hiệu trưởng đánh giá cao sự chuẩn bị công phu của Tổ "
            "Ngữ văn và đề nghị tổ tiếp tục hoàn thiện chuyên đề, chia sẻ tư liệu trên hệ thống học "
            "liệu số của nhà trường."
        ),
        P(
            "Hội thảo là dịp để giáo viên trao đổi kinh nghiệm, nâng cao năng lực chuyên môn, góp "
            "phần đổi mới phương pháp dạy học theo hướng phát triển phẩm chất, năng lực người học."
        ),
        _right("<strong>Tổ Ngữ văn</strong>"),
    ],
    authors=["Tổ Ngữ văn"],
    opts={
        "pub": "2026-11-10 00:00", "created": "2026-11-09 00:00", "modified": "2026-11-12 00:00",
        "by": "chuyenmon", "intro": 1, "tags": [7],
        # page breaks: (title of the page, index of its first block)
        "pages": [(None, 0), ("Phần 2: Các tham luận", 3), ("Phần 3: Kết luận", 7)],
    },
)

S216 = Story(
    id=216,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-02",
    summary=(
        "Sáng 01/12/2026, Trường THPT Chu Văn An khai mạc Hội thi giáo viên dạy giỏi cấp trường "
        "năm học 2026 - 2027 với sự tham gia của 24 giáo viên thuộc 7 tổ chuyên môn."
    ),
    blocks=[
        Img("/images/chuyen-mon/2026/12/khai-mac-hoi-thi-gvdg.jpg", None, None, style="fulltext"),
        P(
            "Sáng 01/12/2026, Trường THPT Chu Văn An khai mạc Hội thi giáo viên dạy giỏi cấp trường "
            "năm học 2026 - 2027 với sự tham gia của 24 giáo viên thuộc 7 tổ chuyên môn.",
            "b",
        ),
        P(
            "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ của giáo viên, phát hiện và nhân "
            "rộng các điển hình dạy tốt, đồng thời lựa chọn những giáo viên tiêu biểu tham dự Hội thi "
            "giáo viên dạy giỏi cấp tỉnh năm 2027."
        ),
        P(
            "Mỗi giáo viên dự thi thực hiện hai nội dung: trình bày biện pháp nâng cao chất lượng "
            "giáo dục và giảng dạy hai tiết thực hành trên lớp, trong đó có một tiết bốc thăm trước "
            "3 ngày."
        ),
        P("Lịch thi cụ thể như sau:"),
        P("Thời gian | Nội dung | Địa điểm", "row"),
        P("01/12 – 02/12/2026 | Trình bày biện pháp | Phòng họp Hội đồng", "row"),
        P("03/12 – 12/12/2026 | Thực hành giảng dạy | Các lớp khối 10, 11", "row"),
        P("15/12/2026 | Tổng kết, trao giải | Hội trường", "row"),
        P(
            "Ban Giám khảo gồm các đồng chí trong Ban Giám hiệu, tổ trưởng chuyên môn và giáo viên "
            "cốt cán có nhiều kinh nghiệm. Kết quả hội thi sẽ được công bố tại buổi tổng kết."
        ),
        _right("<strong>Phạm Thị Ngọc Anh</strong><br /><em>Phó Hiệu trưởng</em>"),
    ],
    authors=["Phạm Thị Ngọc Anh"],
    opts={
        "pub": "2026-12-02 00:00", "created": "2026-12-01 00:00", "modified": "2026-12-03 00:00",
        "by": "chuyenmon", "intro": 1, "tags": [7], "thumb": "/images/intro/hoi-thi-gvdg.jpg",
    },
)

S203 = Story(
    id=203,
    slug="ngay-hoi-doc-sach-moi-cuon-sach-mot-hanh-trang",
    title="Ngày hội đọc sách “Mỗi cuốn sách – Một hành trang” tại thư viện nhà trường",
    cat="tin-nha-truong",
    published_at="2026-10-28T10:00:00+07:00",
    blocks=[
        P(
            "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, sáng 26/10/2026, Thư viện "
            "Trường THPT Chu Văn An phối hợp với Đoàn trường tổ chức Ngày hội đọc sách với chủ đề "
            "“Mỗi cuốn sách – Một hành trang”."
        ),
        P(
            "Ngày hội gồm nhiều hoạt động hấp dẫn như trưng bày sách theo chủ đề, giới thiệu sách "
            "hay, thi vẽ bìa sách, đố vui về tác giả, tác phẩm văn học và trao đổi sách cũ."
        ),
        Img("/images/tin-tuc/2026/10/ngay-hoi-doc-sach.jpg", "Ảnh: Hoàng Minh Đức", None, style="center_em"),
        P(
            "Điểm nhấn của ngày hội là phần thi giới thiệu sách của đại diện các lớp. Nhiều bài giới "
            "thiệu về các cuốn sách “Đắc nhân tâm”, “Không gia đình”, “Nhật ký Đặng Thùy Trâm” được "
            "trình bày sáng tạo, thu hút sự chú ý của đông đảo học sinh."
        ),
        P(
            "Dịp này, thư viện nhà trường tiếp nhận hơn 600 cuốn sách do cán bộ, giáo viên, học sinh "
            "và cựu học sinh quyên góp để bổ sung vào tủ sách dùng chung và gửi tặng học sinh vùng "
            "khó khăn của tỉnh."
        ),
        _right("<em>Nguyễn Thị Lan Hương (Cán bộ thư viện)</em>"),
    ],
    authors=["Nguyễn Thị Lan Hương"],
    photographers=["Hoàng Minh Đức"],
    opts={
        "pub": "2026-10-28 10:00", "created": "2026-10-27 16:12", "modified": "2026-10-28 10:00",
        "by": "Super User", "intro": 1, "tags": [], "nfd": True,
    },
)

S200 = Story(
    id=200,
    slug="dai-hoi-doan-truong-nhiem-ky-2026-2027",
    title="Đại hội Đoàn TNCS Hồ Chí Minh Trường THPT Chu Văn An nhiệm kỳ 2026 - 2027",
    cat="doan-thanh-nien",
    published_at="2026-10-24T07:45:00+07:00",
    blocks=[
        P(
            "Ngày 22/10/2026, Đoàn TNCS Hồ Chí Minh Trường THPT Chu Văn An long trọng tổ chức Đại "
            "hội đại biểu lần thứ XXIV, nhiệm kỳ 2026 - 2027. Về dự đại hội có 150 đại biểu đại diện "
            "cho hơn 1.500 đoàn viên thanh niên của 42 chi đoàn."
        ),
        P(
            "Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2025 - 2026. Trong nhiệm kỳ "
            "qua, Đoàn trường đã tổ chức thành công nhiều hoạt động như Hội trại truyền thống 26/3, "
            "chương trình “Xuân yêu thương”, các giải thể thao và câu lạc bộ tiếng Anh; 215 đoàn "
            "viên ưu tú được giới thiệu học lớp cảm tình Đảng."
        ),
        P("Đại hội thống nhất đề ra các chỉ tiêu nhiệm kỳ mới:"),
        P(
            "Phấn đấu 100% đoàn viên tham gia học tập và làm theo tư tưởng, đạo đức, phong cách "
            "Hồ Chí Minh;",
            "li",
        ),
        P("Mỗi chi đoàn thực hiện ít nhất một công trình, phần việc thanh niên;", "li"),
        P("Giới thiệu từ 200 đoàn viên ưu tú trở lên cho chi bộ xem xét, bồi dưỡng.", "li"),
        Img(
            "/images/doan-thanh-nien/2026/10/dai-hoi-doan-bch.jpg",
            "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 ra mắt đại hội",
            "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 ra mắt đại hội",
            style="center_em",
        ),
        P(
            "Đại hội đã bầu Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 gồm 15 đồng chí. Đồng chí "
            "Nguyễn Thu Hằng tiếp tục được tín nhiệm bầu giữ chức Bí thư Đoàn trường."
        ),
    ],
    authors=["Đoàn trường"],
    opts={
        "pub": "2026-10-24 07:45", "created": "2026-10-23 20:31", "modified": "2026-11-18 10:12",
        "by": "Đoàn trường", "intro": 1, "tags": [5], "old_cat": "tin-nha-truong",
        "thumb": "/images/intro/dai-hoi-doan.jpg",
    },
)

S198 = Story(
    id=198,
    slug="hoc-sinh-truong-thpt-chu-van-an-dat-3-giai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
    title=(
        "Học sinh Trường THPT Chu Văn An đạt 3 giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh dành "
        "cho học sinh trung học"
    ),
    cat="tin-nha-truong",
    published_at="2026-10-22T16:45:00+07:00",
    blocks=[
        P(
            "Tại Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026 - 2027 "
            "do Sở Giáo dục và Đào tạo Thái Nguyên tổ chức từ ngày 19 đến 21/10/2026, cả 3 dự án của "
            "Trường THPT Chu Văn An đều đạt giải."
        ),
        P(
            "Cuộc thi năm nay thu hút 86 dự án của học sinh các trường THCS và THPT trong toàn tỉnh, "
            "thuộc 16 lĩnh vực như kỹ thuật cơ khí, hệ thống nhúng, khoa học môi trường, khoa học xã "
            "hội và hành vi."
        ),
        Img(
            "/images/tin-tuc/2026/10/kkhkt-cap-tinh.jpg",
            "Nhóm học sinh Đặng Minh Khôi, Phạm Gia Bảo giới thiệu dự án với Ban Giám khảo",
            "Nhóm học sinh Đặng Minh Khôi, Phạm Gia Bảo giới thiệu dự án với Ban Giám khảo",
            style="table",
        ),
        P("Kết quả cụ thể như sau:"),
        P("STT | Tên dự án | Học sinh thực hiện | Giải", "row"),
        P(
            "1 | Hệ thống cảnh báo sạt lở đất sử dụng cảm biến độ ẩm và IoT | Đặng Minh Khôi, "
            "Phạm Gia Bảo (12A1) | Nhất",
            "row",
        ),
        P("2 | Chế phẩm sinh học xử lý rơm rạ từ vi sinh vật bản địa | Lý Thị Hồng Nhung (11A6) | Ba", "row"),
        P(
            "3 | Thực trạng sử dụng mạng xã hội của học sinh THPT tại Thái Nguyên | Vi Thảo Linh, "
            "Triệu Khánh An (11A9) | Khuyến khích",
            "row",
        ),
        P(
            "Dự án đạt giải Nhất được Ban Tổ chức lựa chọn tham dự Cuộc thi Khoa học kỹ thuật cấp "
            "quốc gia năm 2027."
        ),
        _right("<em>(Theo Báo Thái Nguyên điện tử)</em>"),
    ],
    source="Báo Thái Nguyên điện tử",
    opts={
        "pub": "2026-10-22 16:45", "created": "2026-10-22 16:30", "modified": "2026-10-23 07:50",
        "by": "Super User", "intro": 1, "tags": [],
    },
)

S191 = Story(
    id=191,
    slug="tap-huan-ky-nang-phong-chay-chua-chay-va-cuu-nan-cuu-ho-nam-2026",
    title="Tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2026",
    cat="tin-nha-truong",
    published_at="2026-10-15T14:00:00+07:00",
    summary=(
        "Ngày 14/10/2026, Trường THPT Chu Văn An phối hợp với Phòng Cảnh sát phòng cháy, chữa cháy "
        "và cứu nạn, cứu hộ – Công an tỉnh Thái Nguyên tổ chức tập huấn kỹ năng phòng cháy, chữa "
        "cháy cho cán bộ, giáo viên, nhân viên và hơn 500 học sinh."
    ),
    blocks=[
        P(
            "Ngày 14/10/2026, Trường THPT Chu Văn An phối hợp với Phòng Cảnh sát phòng cháy, chữa "
            "cháy và cứu nạn, cứu hộ – Công an tỉnh Thái Nguyên tổ chức tập huấn kỹ năng phòng cháy, "
            "chữa cháy cho cán bộ, giáo viên, nhân viên và hơn 500 học sinh.",
            "b",
        ),
        P(
            "Tại buổi tập huấn, cán bộ Phòng Cảnh sát PCCC&CNCH đã phổ biến những kiến thức cơ bản về "
            "nguyên nhân gây cháy, nổ; cách sử dụng bình chữa cháy xách tay; kỹ năng thoát nạn khi "
            "xảy ra cháy trong nhà cao tầng và cách sơ cứu người bị nạn."
        ),
        Img(
            "/images/tin-tuc/2026/10/tap-huan-pccc-01.jpg",
            "Cán bộ Cảnh sát PCCC hướng dẫn học sinh sử dụng bình chữa cháy",
            "Cán bộ Cảnh sát PCCC hướng dẫn học sinh sử dụng bình chữa cháy",
            style="center_em",
        ),
        P(
            "Phần thực hành diễn ra sôi nổi với tình huống giả định cháy tại phòng thí nghiệm Hóa học "
            "tầng 3 nhà A. Học sinh được hướng dẫn dùng khăn ướt che mũi, miệng, cúi thấp người và di "
            "chuyển theo lối thoát hiểm đến nơi tập kết an toàn."
        ),
        Img(
            "/images/tin-tuc/2026/10/tap-huan-pccc-02.jpg",
            "(Học sinh thực hành thoát nạn theo phương án giả định)",
            "Học sinh thực hành thoát nạn theo phương án giả định",
            style="center_em",
        ),
        P(
            "Thông qua buổi tập huấn, cán bộ, giáo viên và học sinh nâng cao ý thức, trách nhiệm trong "
            "công tác phòng cháy, chữa cháy, chủ động xử lý khi có sự cố xảy ra tại trường học, gia "
            "đình và nơi công cộng."
        ),
        _right("<strong>Tin: Trần Quốc Hưng – Ảnh: Đinh Phương Thảo</strong>"),
    ],
    authors=["Trần Quốc Hưng"],
    photographers=["Đinh Phương Thảo"],
    opts={
        "pub": "2026-10-15 14:00", "created": "2026-10-15 13:48", "modified": "2026-10-15 14:00",
        "by": "Super User", "intro": 1, "tags": [], "thumb": "/images/intro/tap-huan-pccc.jpg",
    },
)

S196 = Story(
    id=196,
    slug="to-toan-tin-sinh-hoat-chuyen-mon-theo-huong-nghien-cuu-bai-hoc",
    title="Tổ Toán - Tin sinh hoạt chuyên môn theo hướng nghiên cứu bài học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-20",
    blocks=[
        P(
            "Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 - 2027, ngày 16/10/2026, Tổ Toán - "
            "Tin tổ chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài học tại lớp 10A4."
        ),
        P("1. Tiết dạy minh họa", "h3"),
        P(
            "Cô Vũ Thị Thanh Hoa thực hiện tiết dạy minh họa bài “Mệnh đề” (Toán 10, bộ sách Kết nối "
            "tri thức với cuộc sống). Tiết học được thiết kế theo chuỗi hoạt động khởi động, hình "
            "thành kiến thức, luyện tập và vận dụng."
        ),
        P(
            "Học sinh được chia thành sáu nhóm, sử dụng bảng con và phần mềm trắc nghiệm trực tuyến "
            "để trả lời câu hỏi, giúp giáo viên nắm bắt nhanh mức độ hiểu bài của cả lớp."
        ),
        Img(
            "/images/chuyen-mon/2026/10/sinh-hoat-to-toan-tin.jpg",
            "Giáo viên Tổ Toán - Tin dự giờ tiết dạy minh họa tại lớp 10A4",
            "Giáo viên Tổ Toán - Tin dự giờ tiết dạy minh họa tại lớp 10A4",
            style="center_em",
        ),
        P("2. Thảo luận sau tiết dạy", "h3"),
        P(
            "Các giáo viên dự giờ tập trung quan sát hoạt động học của học sinh thay vì đánh giá, xếp "
            "loại giờ dạy. Nhiều ý kiến chỉ ra những thời điểm học sinh còn thụ động và đề xuất cách "
            "điều chỉnh câu hỏi gợi mở phù hợp hơn."
        ),
        P(
            "Thầy Hoàng Văn Bình, Tổ trưởng chuyên môn, tổng hợp các ý kiến và thống nhất áp dụng "
            "điều chỉnh cho các lớp 10 còn lại trong tuần tiếp theo."
        ),
        _right("<strong>Tổ Toán - Tin</strong>"),
    ],
    authors=["Tổ Toán - Tin"],
    opts={
        "pub": "2026-10-20 00:00", "created": "2026-10-19 00:00", "modified": "2026-10-20 00:00",
        "by": "chuyenmon", "intro": 1, "tags": [7], "entities": 1,
    },
)

S188 = Story(
    id=188,
    slug="tuoi-tre-chu-van-an-ra-quan-ngay-chu-nhat-xanh",
    title="Tuổi trẻ Chu Văn An ra quân “Ngày Chủ nhật xanh”",
    cat="doan-thanh-nien",
    published_at="2026-10-11T09:00:00+07:00",
    blocks=[
        P(
            "Sáng Chủ nhật 11/10/2026, hơn 300 đoàn viên thanh niên Trường THPT Chu Văn An ra quân "
            "hưởng ứng chương trình “Ngày Chủ nhật xanh” do Tỉnh đoàn Thái Nguyên phát động."
        ),
        Img(
            "/images/doan-thanh-nien/2026/10/chu-nhat-xanh.jpg",
            "Đoàn viên thu gom rác thải tại khu vực bờ sông Cầu",
            "Đoàn viên thu gom rác thải tại khu vực bờ sông Cầu",
            style="center_em",
        ),
        P(
            "Các đoàn viên chia thành 12 nhóm, thu gom rác thải, phát quang bụi rậm, khơi thông cống "
            "rãnh dọc tuyến đường quanh trường và khu vực bờ sông Cầu."
        ),
        P(
            "Bên cạnh đó, Đoàn trường phát động phong trào “Nói không với túi ni lông” tại căng tin "
            "nhà trường, khuyến khích học sinh sử dụng bình nước cá nhân và hộp đựng thức ăn có thể "
            "tái sử dụng."
        ),
        _right("<em>Bùi Ngọc Ánh (Lớp 11A3)</em>"),
    ],
    authors=["Bùi Ngọc Ánh"],
    opts={
        "pub": "2026-10-11 09:00", "created": "2026-10-11 08:51", "modified": "2026-10-11 09:00",
        "by": "Super User", "intro": None, "tags": [5],
    },
)

S186 = Story(
    id=186,
    slug="hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
    title="Hội nghị cha mẹ học sinh đầu năm học 2026 - 2027",
    cat="tin-nha-truong",
    published_at="2026-10-05T09:20:00+07:00",
    blocks=[
        P(
            "Sáng Chủ nhật ngày 04/10/2026, Trường THPT Chu Văn An tổ chức Hội nghị cha mẹ học sinh "
            "đầu năm học 2026 - 2027 tại 42 lớp và hội nghị đại biểu cha mẹ học sinh toàn trường."
        ),
        P(
            "Tại hội nghị, giáo viên chủ nhiệm các lớp thông báo kế hoạch năm học, nội quy nhà "
            "trường, quy định về đánh giá học sinh theo Thông tư 22/2021/TT-BGDĐT và các khoản thu, "
            "chi theo đúng quy định."
        ),
        Img(
            "/images/tin-tuc/2026/10/hoi-nghi-cmhs.jpg",
            "Quang cảnh hội nghị đại biểu cha mẹ học sinh toàn trường",
            "Quang cảnh hội nghị đại biểu cha mẹ học sinh toàn trường",
            style="jcap",
        ),
        P(
            "Cha mẹ học sinh đã thảo luận, đóng góp nhiều ý kiến về công tác quản lý học sinh sử "
            "dụng điện thoại di động, an toàn giao thông và phòng, chống bạo lực học đường."
        ),
        P(
            "Hội nghị đại biểu đã bầu Ban đại diện cha mẹ học sinh trường gồm 11 thành viên; ông Lê "
            "Văn Thành, phụ huynh học sinh lớp 11A1 được bầu làm Trưởng ban."
        ),
        P(
            "Mọi ý kiến đóng góp, cha mẹ học sinh có thể gửi về Văn phòng nhà trường hoặc qua hộp "
            f"thư điện tử {EMAIL}.",
            "cloak",
        ),
        _right("<strong>Văn phòng nhà trường</strong>"),
    ],
    authors=["Văn phòng nhà trường"],
    opts={
        "pub": "2026-10-05 09:20", "created": "2026-10-05 09:05", "modified": "2026-10-06 07:40",
        "by": "Super User", "intro": 1, "tags": [], "old_alias": "hoi-nghi-cmhs-dau-nam",
    },
)

S184 = Story(
    id=184,
    slug="trien-khai-ke-hoach-on-tap-cho-hoc-sinh-khoi-12-chuan-bi-ky-thi-tot-nghiep-thpt-nam-2027",
    title="Triển khai kế hoạch ôn tập cho học sinh khối 12 chuẩn bị Kỳ thi tốt nghiệp THPT năm 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-14",
    blocks=[
        P(
            "Nhằm chuẩn bị tốt nhất cho Kỳ thi tốt nghiệp THPT năm 2027, Trường THPT Chu Văn An ban "
            "hành Kế hoạch số 58/KH-THPTCVA về việc tổ chức ôn tập cho học sinh khối 12."
        ),
        P(
            "Theo kế hoạch, việc ôn tập được tổ chức từ ngày 19/10/2026 đến hết tháng 5/2027, chia "
            "thành ba giai đoạn. Giai đoạn 1 củng cố kiến thức nền tảng; giai đoạn 2 ôn tập theo "
            "chuyên đề; giai đoạn 3 luyện đề và ôn tập tổng hợp."
        ),
        P(
            "Học sinh đăng ký các môn lựa chọn theo nguyện vọng; nhà trường xếp lớp ôn tập theo tổ "
            "hợp môn, mỗi lớp không quá 40 học sinh."
        ),
        P(
            "Các tổ chuyên môn có trách nhiệm xây dựng ngân hàng câu hỏi, đề kiểm tra định kỳ theo "
            "cấu trúc định dạng đề thi của Bộ Giáo dục và Đào tạo; giáo viên chủ nhiệm phối hợp chặt "
            "chẽ với cha mẹ học sinh để theo dõi, đôn đốc việc học tập của các em."
        ),
        P(
            "Nhà trường tổ chức ba đợt thi thử vào các tháng 12/2026, 3/2027 và 5/2027 để học sinh "
            "làm quen với áp lực phòng thi và tự đánh giá năng lực."
        ),
        Raw(
            '<p><img src="/media/system/images/mime-icon-16/pdf.png" alt="" /> '
            '<a href="/images/van-ban/2026/ke-hoach-58-kh-thptcva.pdf" target="_blank">'
            "Tải về: Kế hoạch số 58/KH-THPTCVA</a></p>"
        ),
        Raw("{{attachments}}"),
    ],
    opts={
        "pub": "2026-10-14 00:00", "created": "2026-10-13 00:00", "modified": "2026-10-14 00:00",
        "by": "Super User", "intro": 1, "tags": [],
    },
)

STORIES = [S216, S214, S212, S209, S205, S203, S200, S198, S196, S191, S188, S186, S184]

#: the "Registered" item the listings print (not an article anyone can read)
RESTRICTED = Story(
    id=206,
    slug="ket-qua-danh-gia-xep-loai-vien-chuc-thang-10-2026",
    title="Kết quả đánh giá, xếp loại viên chức tháng 10/2026",
    cat="tin-nha-truong",
    published_at=None,
    blocks=[
        P(
            "Thông tin nội bộ dành cho cán bộ, giáo viên, nhân viên nhà trường. Đề nghị các đồng chí "
            "đăng nhập tài khoản được cấp để xem chi tiết."
        ),
    ],
    opts={"pub": "2026-11-02 10:30", "restricted": True, "intro": 1, "tags": []},
)

ALL_ITEMS = sorted([*STORIES, RESTRICTED], key=lambda s: s.opts["pub"], reverse=True)
BY_ID = {s.id: s for s in ALL_ITEMS}

# --- non-articles ---------------------------------------------------------------------------

LOGIN_PATH = f"/index.php/component/users/?view=login&Itemid={ITEMID}"
DOCS = {
    231: (
        "ke-hoach-so-58-kh-thptcva-ve-viec-to-chuc-on-tap-cho-hoc-sinh-khoi-12",
        "Kế hoạch số 58/KH-THPTCVA về việc tổ chức ôn tập cho học sinh khối 12 năm học 2026 - 2027",
        "58/KH-THPTCVA", "12/10/2026", "Trường THPT Chu Văn An",
        "/images/van-ban/2026/ke-hoach-58-kh-thptcva.pdf", "2026-10-13 08:10",
    ),
    229: (
        "cong-van-so-1275-sgddt-gdtrh-huong-dan-nhiem-vu-giao-duc-trung-hoc",
        "Công văn số 1275/SGDĐT-GDTrH hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học "
        "2026 - 2027",
        "1275/SGDĐT-GDTrH", "25/9/2026", "Sở Giáo dục và Đào tạo Thái Nguyên",
        "/images/van-ban/2026/cv-1275-sgddt-gdtrh.pdf", "2026-09-28 14:25",
    ),
}
DOC_LIST_PATH = "/index.php/chuyen-mon/van-ban"
INTRO_PAGES = {
    "/index.php/gioi-thieu/lich-su-truyen-thong": "Lịch sử truyền thống",
    "/index.php/gioi-thieu/co-cau-to-chuc": "Cơ cấu tổ chức",
}
ALBUM_PATH = "/index.php/thu-vien-anh"
CONTACT_PATH = "/index.php/lien-he"

NON_ARTICLES = [
    "/index.php/gioi-thieu/lich-su-truyen-thong",
    "/index.php/gioi-thieu/co-cau-to-chuc",
    f"{DOC_LIST_PATH}/231-{DOCS[231][0]}",
    f"{DOC_LIST_PATH}/229-{DOCS[229][0]}",
    ALBUM_PATH,
    CONTACT_PATH,
    LOGIN_PATH,
]


# --- paths ----------------------------------------------------------------------------------


def article_path(story: Story) -> str:
    cat = CATS[story.cat]
    return f"{cat.path}/{story.id}-{story.slug}"


def component_path(story: Story) -> str:
    cat = CATS[story.cat]
    return f"/index.php/component/content/article/{story.id}-{story.slug}?catid={cat.catid}&Itemid={ITEMID}"


def _tag_path(tag_id: int) -> str:
    return f"/index.php/component/tags/tag/{tag_id}-{TAGS[tag_id][0]}"


PRINT_QUERY = "tmpl=component&print=1&layout=default"


def article_targets(story: Story) -> list[str]:
    """Every target the site answers with this article (the menu URL first)."""
    cats = [story.cat] + ([story.opts["old_cat"]] if story.opts.get("old_cat") else [])
    segs = [f"{story.id}-{story.slug}"]
    if story.opts.get("old_alias"):
        segs.append(f"{story.id}-{story.opts['old_alias']}")
    segs.append(str(story.id))
    queries = ["", "?hitcount=0", f"?{PRINT_QUERY}"]
    pages = story.opts.get("pages")
    if pages:
        for k in range(1, len(pages)):
            queries += [f"?start={k}", f"?start={k}&hitcount=0"]
        queries += ["?showall=1&limitstart=", "?showall=1&limitstart=&hitcount=0"]
    out = []
    for prefix in ("/index.php", ""):
        for cat_alias in cats:
            cat = CATS[cat_alias]
            for seg in segs:
                for query in queries:
                    out.append(f"{prefix}/{cat.menu}/{cat.alias}/{seg}{query}")
        comp = component_path(story)[len("/index.php"):]
        out += [f"{prefix}{comp}", f"{prefix}{comp}&hitcount=0"]
    return out


# --- dates ----------------------------------------------------------------------------------

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def _lc2(value: str) -> str:
    """Joomla's DATE_FORMAT_LC2 in vi-VN: "Thứ sáu, 20 Tháng 11 2026 08:15"."""
    d = _dt(value)
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d:%Y} {d:%H:%M}"


def _lc4(value: str) -> str:
    return f"{_dt(value):%d-%m-%Y}"


def _short(value: str) -> str:
    return f"{_dt(value):%d/%m/%Y}"


def _utc_raw(value: str) -> str:
    """publish_up as the database stores it (UTC), printed raw by the vendor's override."""
    return f"{_dt(value) - timedelta(hours=7):%Y-%m-%d %H:%M:%S}"


def _date_line(story: Story, key: str) -> str:
    value = story.opts[key]
    return _lc4(value) if CATS[story.cat].day_only else _lc2(value)


# --- article text ---------------------------------------------------------------------------


def _cloak(email: str, key: str) -> str:
    """Joomla 3's email cloaking plugin output."""
    h = hashlib.md5(key.encode()).hexdigest()
    user, domain = email.split("@")
    parts = " + '&#46;' + ".join(f"'{p}'" for p in domain.split("."))
    return (
        f"<span id=\"cloak{h}\">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn "
        f"cần kích hoạt JavaScript để xem nó.</span><script type='text/javascript'>\n"
        f"\t\t\t\tdocument.getElementById('cloak{h}').innerHTML = '';\n"
        f"\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        f"\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{h} = '{user}' + '&#64;';\n"
        f"\t\t\t\taddy{h} = addy{h} + {parts};\n"
        f"\t\t\t\tvar addy_text{h} = '{user}' + '&#64;' + {parts};"
        f"document.getElementById('cloak{h}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + "
        f"addy{h} + '\\'>'+addy_text{h}+'<\\/a>';\n\t\t</script>"
    )


def _fill(markup: str) -> str:
    """Widgets the editors typed into the text ({loadposition}, the attachments plugin)."""
    if markup == "{{loadposition}}":
        items = "".join(
            f'<li><a class="mod-articles-category-title " href="{article_path(BY_ID[i])}">'
            f"{esc(BY_ID[i].title)}</a>\n<span class=\"mod-articles-category-date\">"
            f"{_short(BY_ID[i].opts['pub'])}</span></li>\n"
            for i in (209, 203, 198)
        )
        return (
            '<div class="moduletable tincungchuyenmuc">\n<h3>Tin cùng chuyên mục</h3>\n'
            f'<ul class="category-module mod-list">\n{items}</ul>\n</div>'
        )
    if markup == "{{attachments}}":
        return (
            '<div class="attachmentsContainer">\n<table class="attachmentsList" id="attachmentsList_com_'
            'content_default_184">\n<caption>Tệp đính kèm:</caption>\n<thead><tr><th class="at_filename">'
            'Tệp</th><th class="at_file_size">Dung lượng</th><th class="at_downloads">Lượt tải</th></tr>'
            '</thead>\n<tbody>\n<tr class="odd"><td class="at_filename"><a class="at_icon" '
            'href="/images/van-ban/2026/ke-hoach-58-kh-thptcva.pdf" title="Tải về tệp này">'
            '<img src="/media/attachments/icons/pdf.gif" alt="Tải về tệp này" /></a>&nbsp;'
            '<a class="at_url" href="/images/van-ban/2026/ke-hoach-58-kh-thptcva.pdf" '
            'title="Tải về tệp này">ke-hoach-58-kh-thptcva.pdf</a></td>'
            '<td class="at_file_size">215 Kb</td><td class="at_downloads">37 lượt tải</td></tr>\n'
            "</tbody></table>\n</div>"
        )
    return markup


W640 = ' width="640"'
W640H = ' width="640" height="427"'


def _img_tag(img: Img, alt: str, extra: str = "") -> str:
    if img.caption and img.style in ("jcap", "fulltext"):
        return (
            f'<img class="caption" src="{esc(img.src)}" alt="{esc(alt)}" title="{esc(img.printed or "")}"'
            f"{extra} />"
        )
    return f'<img src="{esc(img.src)}" alt="{esc(alt)}"{extra} />'


def _render_blocks(story: Story, blocks: list) -> str:
    opts = story.opts

    def t(value: str) -> str:
        return text(value, nfd=opts.get("nfd", False), entities=opts.get("entities", 0))

    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_fill(b.html))
        elif isinstance(b, Img):
            if b.style == "fulltext":
                pass  # printed above the text, see _article_html
            elif b.style == "jcap":
                out.append(
                    '<p style="text-align: center;">'
                    + _img_tag(b, story.title, ' width="640" height="427" style="margin: 5px auto; display: block;"')
                    + "</p>"
                )
            elif b.style == "plain":
                out.append(f'<p style="text-align: center;">{_img_tag(b, story.title, W640)}</p>')
            elif b.style == "table":
                out.append(
                    '<table class="tbl-anh" style="margin-left: auto; margin-right: auto; width: 640px;" '
                    'border="0" cellspacing="0" cellpadding="3" align="center">\n<tbody>\n<tr>\n'
                    f"<td>{_img_tag(b, story.title, W640H)}</td>\n</tr>\n<tr>\n"
                    '<td style="text-align: center; background-color: #f0f0f0;"><span style="font-size: 10pt;">'
                    f"<em>{t(b.printed or '')}</em></span></td>\n</tr>\n</tbody>\n</table>"
                )
            else:  # center_em: the line under the photo in its own paragraph
                out.append(f'<p style="text-align: center;">{_img_tag(b, "", W640)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{t(b.printed)}</em></p>')
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{t(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                if first:
                    rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{t(c)}</strong></td>' for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{t(c)}</td>" for c in cells) + "</tr>")
                first = False
                i += 1
            out.append(
                '<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" border="1">'
                "\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
            )
            continue
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{t(b.text)}</strong></p>')
        elif b.style == "h3":
            out.append(f"<h3>{t(b.text)}</h3>")
        elif b.style == "mso":
            out.append(
                '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; text-indent: 36.0pt; '
                'line-height: 150%;"><span lang="VI" style="font-size: 14.0pt; line-height: 150%; '
                f"font-family: 'Times New Roman','serif';\">{t(b.text)}<o:p></o:p></span></p>"
            )
        elif b.style == "cloak":
            before, after = b.text.split(EMAIL)
            out.append(
                f'<p style="text-align: justify;">{t(before)}{_cloak(EMAIL, story.slug)}{t(after)}</p>'
            )
        else:
            out.append(f'<p style="text-align: justify;">{t(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _text_blocks(story: Story) -> list:
    return [b for b in story.blocks if not (isinstance(b, Img) and b.style == "fulltext")]


def _intro_blocks(story: Story) -> list:
    blocks = _text_blocks(story)
    n = story.opts.get("intro")
    return blocks if n is None else blocks[:n]


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/index.php", []),
    ("Giới thiệu", None, [
        ("Lịch sử truyền thống", "/index.php/gioi-thieu/lich-su-truyen-thong"),
        ("Cơ cấu tổ chức", "/index.php/gioi-thieu/co-cau-to-chuc"),
    ]),
    ("Tin tức", PARENT_PATH, [
        ("Tin nhà trường", CATS["tin-nha-truong"].path),
        ("Đoàn thanh niên", CATS["doan-thanh-nien"].path),
    ]),
    ("Chuyên môn", None, [
        ("Hoạt động chuyên môn", CATS["hoat-dong-chuyen-mon"].path),
        ("Văn bản", DOC_LIST_PATH),
    ]),
    ("Thư viện ảnh", ALBUM_PATH, []),
    ("Liên hệ", CONTACT_PATH, []),
]


def _menu(active: str) -> str:
    items = []
    for n, (label, href, children) in enumerate(MENU):
        data_id = 101 + n * 3
        cls = "active" if label == active else ""
        if children:
            sub = "".join(
                f'<li data-id="{data_id + k + 1}" data-level="2"><a href="{h}">{esc(lab)}</a></li>'
                for k, (lab, h) in enumerate(children)
            )
            head = (
                f'<a class="dropdown-toggle" href="{href}" data-target="#" data-toggle="dropdown">{esc(label)}'
                '<em class="caret"></em></a>'
                if href
                else f'<span class="dropdown-toggle separator" data-target="#" data-toggle="dropdown">{esc(label)}'
                '<em class="caret"></em></span>'
            )
            items.append(
                f'<li class="dropdown mega {cls}" data-id="{data_id}" data-level="1">{head}'
                '<div class="nav-child dropdown-menu mega-dropdown-menu"><div class="mega-dropdown-inner">'
                '<div class="row"><div class="col-xs-12 mega-col-nav" data-width="12"><div class="mega-inner">'
                f'<ul class="mega-nav level1">{sub}</ul></div></div></div></div></div></li>'
            )
        else:
            items.append(f'<li class="{cls}" data-id="{data_id}" data-level="1"><a href="{href}">{esc(label)}</a></li>')
    return (
        '<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav">\n<div class="container">\n'
        '<div class="t3-navbar navbar-collapse collapse">\n<div class="t3-megamenu" data-responsive="true">\n'
        '<ul itemscope itemtype="http://www.schema.org/SiteNavigationElement" class="nav navbar-nav level0">\n'
        + "\n".join(items)
        + "\n</ul>\n</div>\n</div>\n</div>\n</nav>"
    )


def _breadcrumbs(crumbs: list[tuple[str, str | None]]) -> str:
    parts = [
        '<li class="active"><span class="hasTooltip"><i class="fa fa-map-marker" data-toggle="tooltip" '
        'title="Bạn đang ở: "></i></span></li>'
    ]
    all_crumbs = [("Trang chủ", "/index.php"), *crumbs]
    for n, (label, href) in enumerate(all_crumbs):
        last = n == len(all_crumbs) - 1
        if last or not href:
            parts.append(f"<li><span>{esc(label)}</span></li>")
        else:
            parts.append(
                f'<li><a href="{href}" class="pathway">{esc(label)}</a><span class="divider">'
                '<img src="/templates/ja_teline_v/images/system/arrow.png" alt="" /></span></li>'
            )
    return (
        '<div class="t3-sl t3-sl-1 breadcrumbs-wrap"><div class="container">\n<ul class="breadcrumb ">\n'
        + "\n".join(parts)
        + "\n</ul>\n</div></div>"
    )


def _sidebar() -> str:
    latest = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{article_path(BY_ID[i])}" itemprop="url">'
        f'<span itemprop="name">{esc(BY_ID[i].title)}</span></a></li>\n'
        for i in (216, 214, 212, 205, 209)
    )
    popular = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{article_path(BY_ID[i])[len("/index.php"):]}"'
        f' itemprop="url"><span itemprop="name">{esc(BY_ID[i].title)}</span></a>'
        f' <small class="hits">({BY_ID[i].views()})</small></li>\n'
        for i in (214, 212, 209)
    )
    return f"""<div class="t3-sidebar t3-sidebar-right col-xs-12 col-sm-4 col-md-3 hidden-xs">
<div class="t3-module module_latest " id="Mod97"><div class="module-inner">
<h3 class="module-title "><span>Tin mới</span></h3>
<div class="module-ct"><ul class="latestnews mod-list">
{latest}</ul></div></div></div>
<div class="t3-module module_popular " id="Mod98"><div class="module-inner">
<h3 class="module-title "><span>Đọc nhiều</span></h3>
<div class="module-ct"><ul class="mostread mod-list">
{popular}</ul></div></div></div>
<div class="t3-module module_poll " id="Mod103"><div class="module-inner">
<h3 class="module-title "><span>Thăm dò ý kiến</span></h3>
<div class="module-ct"><form action="/index.php" method="post" name="poll_vote_2" id="poll_vote_2">
<p class="poll-question">Bạn đánh giá thế nào về Cổng thông tin điện tử của nhà trường?</p>
<label><input type="radio" name="voteid" value="4" /> Rất hữu ích</label><br />
<label><input type="radio" name="voteid" value="5" /> Hữu ích</label><br />
<label><input type="radio" name="voteid" value="6" /> Cần cải thiện thêm</label><br />
<input type="hidden" name="option" value="com_acepolls" /><input type="hidden" name="task" value="vote" />
<input type="hidden" name="id" value="2" />
<button type="submit" class="btn btn-primary btn-sm">Bình chọn</button>
</form></div></div></div>
<div class="t3-module module_links " id="Mod110"><div class="module-inner">
<h3 class="module-title "><span>Liên kết website</span></h3>
<div class="module-ct"><select class="form-control" onchange="if(this.value) window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://thainguyen.edu.vn">Sở GD&amp;ĐT Thái Nguyên</option>
<option value="https://thainguyen.gov.vn">Cổng TTĐT tỉnh Thái Nguyên</option>
<option value="https://baothainguyen.vn">Báo Thái Nguyên</option>
</select>
<p><a href="https://thainguyen.edu.vn" target="_blank"><img src="/images/banners/banner-sgddt.png" alt="Sở GD&amp;ĐT" /></a></p>
</div></div></div>
<div class="t3-module module_counter " id="Mod115"><div class="module-inner">
<h3 class="module-title "><span>Thống kê truy cập</span></h3>
<div class="module-ct"><div class="vinaora_visitors_counter"><table class="vvc_stats">
<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vtoday.png" alt="" /> Hôm nay</td><td class="vvc_count">412</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vyesterday.png" alt="" /> Hôm qua</td><td class="vvc_count">1.067</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vmonth.png" alt="" /> Tháng này</td><td class="vvc_count">5.230</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vall.png" alt="" /> Tổng truy cập</td><td class="vvc_count">1.284.355</td></tr>
</table><div class="vvc_online">Đang online: 23</div></div></div></div></div>
</div>"""


def _page(
    request: Request,
    title: str,
    content: str,
    *,
    active: str = "",
    crumbs: list[tuple[str, str | None]] | None = None,
    status: int = 200,
    message: str = "",
) -> Response:
    base = base_url(request)
    msg = (
        '<div id="system-message-container"><div id="system-message"><div class="alert alert-error">'
        '<a class="close" data-dismiss="alert">×</a><h4 class="alert-heading">Lỗi</h4>'
        f'<div><div class="alert-message">{esc(message)}</div></div></div></div></div>'
        if message
        else '<div id="system-message-container">\n\t</div>'
    )
    bc = _breadcrumbs(crumbs) if crumbs is not None else ""
    page = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr" class="com_content">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no"/>
<meta name="HandheldFriendly" content="true" />
<meta name="apple-mobile-web-app-capable" content="YES" />
<base href="{esc(base + request.target)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="THPT Chu Văn An, Thái Nguyên, trường học, giáo dục" />
<meta name="description" content="Cổng thông tin điện tử Trường THPT Chu Văn An - Thái Nguyên: tin tức, hoạt động giáo dục, văn bản." />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)} - THPT Chu Văn An Thái Nguyên</title>
<link href="/templates/ja_teline_v/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/ja_teline_v/local/css/themes/blue/bootstrap.css" rel="stylesheet" type="text/css" />
<link href="/templates/ja_teline_v/local/css/themes/blue/template.css" rel="stylesheet" type="text/css" />
<link href="/templates/ja_teline_v/fonts/font-awesome/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
<script src="/media/jui/js/jquery.min.js?5a2b1c" type="text/javascript"></script>
<script src="/media/jui/js/jquery-noconflict.js?5a2b1c" type="text/javascript"></script>
<script src="/media/system/js/caption.js?5a2b1c" type="text/javascript"></script>
<script src="/plugins/system/t3/base-bs3/bootstrap/js/bootstrap.js?5a2b1c" type="text/javascript"></script>
<script src="/templates/ja_teline_v/js/script.js" type="text/javascript"></script>
<script type="text/javascript">
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
</script>
</head>
<body class="site com-content view-article no-layout no-task">
<div class="t3-wrapper">
<header id="t3-header" class="wrap t3-header">
<div class="t3-topbar"><div class="container"><div class="row">
<div class="col-sm-6 top-left"><span class="today"><i class="fa fa-calendar"></i> {HEADER_DAY}</span></div>
<div class="col-sm-6 top-right"><ul class="nav nav-pills">
<li><a href="{LOGIN_PATH}"><i class="fa fa-user"></i> Đăng nhập</a></li>
<li><a href="https://www.facebook.com/thptchuvananthainguyen" target="_blank"><i class="fa fa-facebook"></i></a></li>
<li><a href="https://www.youtube.com/@thptchuvanantn" target="_blank"><i class="fa fa-youtube"></i></a></li>
</ul></div></div></div></div>
<div class="container"><div class="row">
<div class="col-xs-12 col-sm-8 logo"><div class="logo-image">
<a href="/" title="{esc(SITE_NAME)}"><img class="logo-img" src="/images/logo/logo-chu-van-an.png" alt="{esc(SITE_NAME)}" />
<span class="site-name">TRƯỜNG THPT CHU VĂN AN - THÁI NGUYÊN</span></a>
<small class="site-slogan">Kỷ cương – Tình thương – Trách nhiệm</small></div></div>
<div class="col-xs-12 col-sm-4 head-search"><form action="/index.php" method="post" class="form-inline form-search">
<label for="mod-search-searchword" class="element-invisible">Tìm kiếm</label>
<input name="searchword" id="mod-search-searchword" maxlength="200" class="form-control search-query" type="search" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" />
<input type="hidden" name="Itemid" value="{ITEMID}" /></form></div>
</div></div>
</header>
{_menu(active)}
{bc}
<div id="t3-mainbody" class="container t3-mainbody"><div class="row">
<div id="t3-content" class="t3-content col-xs-12 col-sm-8 col-md-9">
{msg}
{content}
</div>
{_sidebar()}
</div></div>
<footer id="t3-footer" class="wrap t3-footer"><div class="container">
<div class="footer-info"><p><strong>TRƯỜNG THPT CHU VĂN AN - THÁI NGUYÊN</strong></p>
<p>Địa chỉ: Số 86, đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên</p>
<p>Điện thoại: 0208 3855 217 – Email: {EMAIL}</p>
<p>Chịu trách nhiệm nội dung: Thầy Đỗ Mạnh Cường – Hiệu trưởng</p></div>
<div class="copyright"><small>Copyright © 2026 {esc(SITE_NAME)}. All Rights Reserved.
Designed by <a href="https://www.joomlart.com/" title="JoomlArt" rel="nofollow">JoomlArt.com</a>.
<a href="https://www.joomla.org">Joomla!</a> là phần mềm mã nguồn mở phát hành theo giấy phép GNU/GPL.</small></div>
</div></footer>
<div id="back-to-top" data-spy="affix" data-offset-top="200" class="back-to-top"><i class="fa fa-angle-up"></i></div>
</div>
</body>
</html>"""
    return html(page, status=status)


# --- page bodies ----------------------------------------------------------------------------


def _info_block(story: Story, *, category_label: str, category_href: str) -> str:
    by = story.opts["by"]
    created = story.opts.get("created")
    modified = story.opts.get("modified")
    raw = _utc_raw(story.opts["pub"])
    second = ""
    if created:
        second = f"""<dl class="article-info article-info-2 muted">
<dd class="create hasTooltip" title="Ngày tạo: "><i class="fa fa-calendar-o"></i>
<meta itemprop="dateCreated" content="{_utc_raw(created)}" /> Ngày tạo: {_date_line(story, "created")}</dd>
<dd class="modified hasTooltip" title="Cập nhật lần cuối: "><i class="fa fa-calendar-check-o"></i>
<meta itemprop="dateModified" content="{_utc_raw(modified)}" /> Cập nhật lần cuối: {_date_line(story, "modified")}</dd>
<dd class="hits"><i class="fa fa-eye"></i><meta itemprop="interactionCount" content="UserPageVisits:{story.views()}" />
 Lượt truy cập: {story.views()}</dd>
</dl>"""
    return f"""<aside class="article-aside article-aside-full clearfix">
<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="createdby hasTooltip" itemprop="author" itemscope itemtype="https://schema.org/Person" title="Viết bởi ">
<i class="fa fa-user"></i> Viết bởi <span itemprop="name">{esc(by)}</span></dd>
<dd class="category-name hasTooltip" title="Danh mục: "><i class="fa fa-folder-open"></i>
 <a href="{category_href}" itemprop="genre">{esc(category_label)}</a></dd>
<dd class="published hasTooltip" title="Ngày đăng: "><i class="fa fa-calendar"></i>
<meta itemprop="datePublished" content="{raw}" /> Ngày đăng: {_date_line(story, "pub")}</dd>
</dl>
{second}
</aside>"""


def _vote_action(request: Request) -> str:
    """Content - Vote posts to the current URI with hitcount=0 set."""
    if "hitcount" in request.params:
        return request.target
    return request.target + ("&" if request.query else "?") + "hitcount=0"


def _vote_form(story: Story, action: str) -> str:
    rating = 3 + story.id % 3
    options = "".join(f'<option value="{n}"{" selected" if n == 5 else ""}>{n}</option>' for n in range(1, 6))
    return f"""<div class="content_rating" role="img" aria-label="Đánh giá: {rating} / 5">
<p class="unseen element-invisible" itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">
Đánh giá của người dùng: <span itemprop="ratingValue">{rating}</span> / <span itemprop="bestRating">5</span>
<meta itemprop="ratingCount" content="{story.id % 17 + 2}" /><meta itemprop="worstRating" content="1" /></p>
<img src="/media/system/images/rating_star.png" alt="Sao đang hoạt động" /><img src="/media/system/images/rating_star.png" alt="Sao đang hoạt động" /><img src="/media/system/images/rating_star_blank.png" alt="Sao không hoạt động" />
</div>
<form method="post" action="{esc(action)}" class="form-inline">
<span class="content_vote"><label class="unseen element-invisible" for="content_vote_{story.id}">Vui lòng đánh giá</label>
<select id="content_vote_{story.id}" name="user_rating">{options}</select>
&#160;<input class="btn btn-mini" type="submit" name="submit_vote" value="Đánh giá" />
<input type="hidden" name="task" value="article.vote" /><input type="hidden" name="hitcount" value="0" />
<input type="hidden" name="url" value="{esc(action)}" /><input type="hidden" name="8c1e2b7f40d9a3c6e5f1b2a4d7c9e0f3" value="1" /></span>
</form>"""


def _full_image(story: Story) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img) and b.style == "fulltext"), None)
    if img is None:
        return ""
    tag = _img_tag(img, story.title, ' itemprop="image"')
    return f'<div class="pull-left item-image article-image article-image-full">\n{tag}\n</div>'


def _tags(story: Story) -> str:
    tags = story.opts.get("tags") or []
    if not tags:
        return ""
    spans = "".join(
        f'<span class="tag-{t} tag-list{n}" itemprop="keywords"><a href="{_tag_path(t)}" class="label label-info">'
        f"{esc(TAGS[t][1])}</a></span>\n"
        for n, t in enumerate(tags)
    )
    return f'<div class="tags"><span class="tags-label"><i class="fa fa-tags"></i> Thẻ:</span>\n{spans}</div>'


def _social(url: str) -> str:
    return f"""<div class="jasocial-share clearfix"><span class="share-label">Chia sẻ:</span>
<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank" rel="nofollow"><i class="fa fa-facebook"></i> Facebook</a>
<a class="share-zalo" href="https://sp.zalo.me/share_inline?url={esc(url)}" target="_blank" rel="nofollow">Zalo</a>
<a class="share-tw" href="https://twitter.com/intent/tweet?url={esc(url)}" target="_blank" rel="nofollow"><i class="fa fa-twitter"></i></a>
</div>"""


def _related(story: Story) -> str:
    ids = story.opts.get("related") or []
    if not ids:
        return ""
    links = []
    for i in ids:
        other = BY_ID[i]
        # the module's cache was built before 200 was moved to "Đoàn thanh niên"
        cat = CATS[other.opts.get("old_cat") or other.cat]
        links.append(f'<li><a href="{cat.path}/{other.id}-{other.slug}">{esc(other.title)}</a></li>')
    return (
        '<div class="t3-module module_related " id="Mod124"><div class="module-inner">'
        '<h3 class="module-title "><span>Bài viết liên quan</span></h3><div class="module-ct">'
        '<ul class="relateditems mod-list">' + "".join(links) + "</ul></div></div></div>"
    )


def _article_body(story: Story, *, page: int | None, showall: bool, link_base: str) -> tuple[str, str, str]:
    """(toc + counter before the text, the text, the pager after it)."""
    blocks = _text_blocks(story)
    pages = story.opts.get("pages")
    if not pages or showall:
        before = ""
        if pages:
            before = _toc(story, link_base, None)
        return before, _render_blocks(story, blocks), ""
    k = page or 0
    starts = [p[1] for p in pages] + [len(blocks)]
    part = blocks[starts[k]:starts[k + 1]]
    before = _toc(story, link_base, k) + f'<div class="pagenavcounter">Trang {k + 1} / {len(pages)}</div>'
    prev_li = (
        f'<li class="previous"><a href="{link_base}{"" if k == 1 else f"?start={k - 1}"}">&lt; Trước</a></li>'
        if k > 0
        else '<li class="previous disabled"><span>&lt; Trước</span></li>'
    )
    next_li = (
        f'<li class="next"><a href="{link_base}?start={k + 1}">Tiếp &gt;</a></li>'
        if k < len(pages) - 1
        else '<li class="next disabled"><span>Tiếp &gt;</span></li>'
    )
    after = f'<div class="pager"><ul>{prev_li}\n{next_li}</ul></div>'
    return before, _render_blocks(story, part), after


def _toc(story: Story, link_base: str, active: int | None) -> str:
    items = []
    for k, (title, _start) in enumerate(story.opts["pages"]):
        label = story.title if title is None else title
        href = link_base if k == 0 else f"{link_base}?start={k}"
        cls = "toclink active" if k == active else "toclink"
        items.append(f'<li><a href="{href}" class="{cls}">{esc(label)}</a></li>')
    cls = "toclink active" if active is None else "toclink"
    items.append(f'<li><a href="{link_base}?showall=1&amp;limitstart=" class="{cls}">Tất cả các trang</a></li>')
    return (
        '<div class="pull-right article-index">\n<h3>Mục lục bài viết</h3>\n'
        '<ul class="nav nav-tabs nav-stacked">\n' + "\n".join(items) + "\n</ul>\n</div>"
    )


def _article_page(request: Request, story: Story, *, shown_cat: Cat, link_base: str, params: dict) -> Response:
    real_cat = CATS[story.cat]
    printing = params.get("print") == "1"
    page = int(params["start"]) if "start" in params else None
    showall = params.get("showall") == "1" or printing
    before, body, after = _article_body(story, page=page, showall=showall, link_base=link_base)
    info = _info_block(story, category_label=real_cat.title, category_href=real_cat.path)
    article = f"""<div class="item-page clearfix">
<article class="article" itemscope itemtype="https://schema.org/Article">
<meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="https://google.com/article" />
<meta itemprop="inLanguage" content="vi-VN" />
<header class="article-header clearfix">
<h1 class="article-title" itemprop="headline">{esc(story.title)}</h1>
</header>
{info}
{"" if printing else _vote_form(story, _vote_action(request))}
{before}
{_full_image(story)}
<section class="article-content clearfix" itemprop="articleBody">
{body}
</section>
{after}
{_tags(story)}
</article>
{"" if printing else _social(base_url(request) + link_base)}
{"" if printing else _related(story)}
</div>"""
    title = story.opts.get("browser_title") or story.title
    if page:
        title = f"{title} - {story.opts['pages'][page][0]}"
    if printing:
        doc = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head>
<base href="{esc(base_url(request) + request.target)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex, nofollow" />
<title>{esc(title)} - THPT Chu Văn An Thái Nguyên</title>
<link href="/templates/ja_teline_v/local/css/themes/blue/template.css" rel="stylesheet" type="text/css" />
</head><body class="contentpane modal">
<div id="system-message-container"></div>
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print"></span>In</a></div>
{article}
</body></html>"""
        return html(doc)
    crumbs = [(shown_cat.title, shown_cat.path), (story.title, None)]
    if shown_cat.menu == "tin-tuc":
        crumbs.insert(0, ("Tin tức", PARENT_PATH))
    else:
        crumbs.insert(0, ("Chuyên môn", None))
    active = "Tin tức" if shown_cat.menu == "tin-tuc" else "Chuyên môn"
    return _page(request, title, article, active=active, crumbs=crumbs)


def _listing_item(story: Story, cls: str) -> str:
    path = article_path(story)
    thumb = story.opts.get("thumb")
    image = (
        f'<div class="pull-left item-image article-image article-image-intro"><a href="{path}">'
        f'<img src="{thumb}" alt="{esc(story.title)}" itemprop="thumbnailUrl" /></a></div>\n'
        if thumb
        else ""
    )
    restricted = story.opts.get("restricted")
    intro_blocks = _intro_blocks(story)
    full = story.opts.get("intro") is None
    if restricted:
        login = LOGIN_PATH + "&return=" + base64.b64encode(path.encode()).decode()
        readmore = (
            f'<section class="readmore"><a class="btn btn-default" href="{esc(login)}" itemprop="url">'
            "<span>Đăng ký để đọc thêm...</span></a></section>"
        )
    elif full:
        readmore = ""
    else:
        readmore = (
            f'<section class="readmore"><a class="btn btn-default" href="{path}" itemprop="url" '
            f'aria-label="Đọc tiếp: {esc(story.title)}"><span>Đọc tiếp</span></a></section>'
        )
    hits = "" if restricted else f'<dd class="hits"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</dd>'
    return f"""<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<article class="article">
{image}<header class="article-header clearfix">
<h2 class="article-title" itemprop="headline"><a href="{path}" itemprop="url" title="{esc(story.title)}">{esc(story.title)}</a></h2>
</header>
<aside class="article-aside clearfix"><dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="published hasTooltip" title="Ngày đăng: "><i class="fa fa-calendar"></i> {_short(story.opts["pub"])}</dd>
{hits}</dl></aside>
<section class="article-intro clearfix" itemprop="articleBody">
{_render_blocks(story, intro_blocks)}
</section>
{readmore}
</article>
</div>"""


def _pagination(path: str, page: int, pages: int, per_page: int) -> str:
    if pages <= 1:
        return ""

    def href(k: int) -> str:
        return path if k == 0 else f"{path}?start={k * per_page}"

    lis = []
    if page == 0:
        lis += ['<li class="disabled"><a>Đầu</a></li>', '<li class="disabled"><a>Trước</a></li>']
    else:
        lis += [
            f'<li><a title="Đầu" href="{href(0)}" class="hasTooltip pagenav">Đầu</a></li>',
            f'<li><a title="Trước" href="{href(page - 1)}" class="hasTooltip pagenav">Trước</a></li>',
        ]
    for k in range(pages):
        if k == page:
            lis.append(f'<li class="active"><a>{k + 1}</a></li>')
        else:
            lis.append(f'<li><a title="{k + 1}" href="{href(k)}" class="hasTooltip pagenav">{k + 1}</a></li>')
    if page == pages - 1:
        lis += ['<li class="disabled"><a>Tiếp</a></li>', '<li class="disabled"><a>Cuối</a></li>']
    else:
        lis += [
            f'<li><a title="Tiếp" href="{href(page + 1)}" class="hasTooltip pagenav">Tiếp</a></li>',
            f'<li><a title="Cuối" href="{href(pages - 1)}" class="hasTooltip pagenav">Cuối</a></li>',
        ]
    return (
        '<div class="pagination-wrap"><div class="pagination">\n'
        f'<p class="counter pull-right">Trang {page + 1} / {pages}</p>\n'
        '<ul class="pagination-list">\n' + "\n".join(lis) + "\n</ul>\n</div></div>"
    )


def _blog(request: Request, cat: Cat, items: list[Story], path: str, offset: int, crumbs, active: str,
          num_links: int = 0) -> Response | None:
    per = cat.per_page
    pages = (len(items) + per - 1) // per
    if offset % per or offset < 0 or offset >= len(items):
        return None
    page = offset // per
    chunk = items[offset:offset + per]
    leading = "".join(_listing_item(s, f"leading-{n} leading clearfix") for n, s in enumerate(chunk[:cat.leading]))
    rows = "".join(
        f'<div class="items-row cols-1 row-{n} row clearfix"><div class="col-sm-12">'
        f'{_listing_item(s, "item column-1")}</div></div>\n'
        for n, s in enumerate(chunk[cat.leading:])
    )
    more = ""
    if num_links:
        nxt = items[offset + per:offset + per + num_links]
        if nxt:
            more = (
                '<div class="items-more">\n<h3>Bài viết khác</h3>\n<ol class="nav nav-tabs nav-stacked">\n'
                + "".join(f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>\n' for s in nxt)
                + "</ol>\n</div>"
            )
    content = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header clearfix"><h1 class="page-title">{esc(cat.title)}</h1></div>
<div class="category-desc clearfix"><p>{esc(cat.desc)}</p></div>
<div class="items-leading clearfix">
{leading}
</div>
{rows}
{more}
{_pagination(path, page, pages, per)}
</div>"""
    title = cat.title if page == 0 else f"{cat.title} - Trang {page + 1}"
    return _page(request, title, content, active=active, crumbs=crumbs)


def _home(request: Request) -> Response:
    lead = BY_ID[214]
    lead_html = _listing_item(lead, "magazine-item lead-item")
    side = "".join(
        f'<div class="magazine-item col-sm-6"><div class="item-image"><a href="{article_path(BY_ID[i])}">'
        f'<img src="{BY_ID[i].opts.get("thumb", "/images/intro/no-image.jpg")}" alt="" /></a></div>'
        f'<h3 class="magazine-item-title"><a href="{article_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></h3>'
        f'<span class="magazine-item-date"><i class="fa fa-clock-o"></i> {_short(BY_ID[i].opts["pub"])}</span></div>\n'
        for i in (216, 212)
    )

    def block(title: str, href: str, ids: tuple[int, ...]) -> str:
        lis = "".join(
            f'<li><a href="{article_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a> '
            f'<span class="small">({_short(BY_ID[i].opts["pub"])})</span></li>'
            for i in ids
        )
        return (
            f'<div class="magazine-category"><div class="magazine-category-title"><h2><a href="{href}">{esc(title)}</a>'
            f'</h2></div><ul class="magazine-links">{lis}</ul><p class="text-right"><a class="btn btn-xs" '
            f'href="{href}">Xem thêm &raquo;</a></p></div>'
        )

    notice = BY_ID[216]
    content = f"""<div class="t3-module module_notice" id="Mod130"><div class="module-ct">
<marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">
<span class="label label-danger">Thông báo</span> <a href="{CATS["hoat-dong-chuyen-mon"].path}/{notice.id}">Lịch Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027</a>
&nbsp;•&nbsp; Lịch nghỉ Tết Dương lịch 2027: học sinh nghỉ học ngày 01/01/2027.
</marquee></div></div>
<div class="magazine-featured">
<div class="row"><div class="col-sm-12">{lead_html}</div></div>
<div class="row">{side}</div>
</div>
{block("Tin tức", PARENT_PATH + "?limitstart=0", (214, 212, 209))}
{block("Hoạt động chuyên môn", CATS["hoat-dong-chuyen-mon"].path, (216, 205))}"""
    return _page(request, "Trang chủ", content, active="Trang chủ", crumbs=None)


def _single_article(request: Request, title: str, body: str, crumbs, active: str, info: str = "") -> Response:
    content = f"""<div class="item-page clearfix">
<article class="article" itemscope itemtype="https://schema.org/Article">
<header class="article-header clearfix"><h1 class="article-title" itemprop="headline">{esc(title)}</h1></header>
{info}
<section class="article-content clearfix" itemprop="articleBody">
{body}
</section>
</article>
</div>"""
    return _page(request, title, content, active=active, crumbs=crumbs)


HISTORY = """<p style="text-align: justify;">Trường THPT Chu Văn An - Thái Nguyên được thành lập năm 1962, tiền thân là Trường cấp III Chu Văn An thuộc thị xã Thái Nguyên. Qua hơn 60 năm xây dựng và phát triển, nhà trường đã đào tạo hàng vạn học sinh, nhiều người trở thành cán bộ lãnh đạo, nhà khoa học, doanh nhân thành đạt.</p>
<p style="text-align: justify;">Năm 2005, nhà trường được công nhận là trường chuẩn quốc gia; năm 2022 được công nhận lại đạt chuẩn quốc gia mức độ 2 và đạt kiểm định chất lượng giáo dục cấp độ 3.</p>
<p style="text-align: justify;">Nhà trường vinh dự được Nhà nước tặng thưởng Huân chương Lao động hạng Nhì (2012), Huân chương Lao động hạng Nhất (2022) cùng nhiều Bằng khen của Bộ Giáo dục và Đào tạo, UBND tỉnh Thái Nguyên.</p>
<p style="text-align: center;"><img src="/images/gioi-thieu/toan-canh-truong.jpg" alt="Toàn cảnh nhà trường" width="640" /></p>"""

STRUCTURE = """<p><strong>BAN GIÁM HIỆU</strong></p>
<table class="table table-bordered" border="1"><tbody>
<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>Đỗ Mạnh Cường</td><td>Hiệu trưởng</td><td>0912 xxx 318</td></tr>
<tr><td>Phạm Thị Ngọc Anh</td><td>Phó Hiệu trưởng</td><td>0983 xxx 245</td></tr>
<tr><td>Ngô Văn Quyết</td><td>Phó Hiệu trưởng</td><td>0976 xxx 602</td></tr>
</tbody></table>
<p><strong>CÁC TỔ CHUYÊN MÔN:</strong> Tổ Ngữ văn; Tổ Toán - Tin; Tổ Vật lí - Công nghệ; Tổ Hóa - Sinh; Tổ Lịch sử - Địa lý; Tổ Ngoại ngữ; Tổ Giáo dục thể chất - Quốc phòng; Tổ Văn phòng.</p>"""


def _doc_page(request: Request, doc_id: int) -> Response:
    _slug, title, number, issued, issuer, pdf, posted = DOCS[doc_id]
    info = f"""<aside class="article-aside clearfix"><dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="published hasTooltip" title="Ngày đăng: "><i class="fa fa-calendar"></i> Ngày đăng: {_lc2(posted)}</dd>
<dd class="hits"><i class="fa fa-eye"></i> Lượt truy cập: {40 + doc_id % 50}</dd></dl></aside>"""
    body = f"""<table class="table table-bordered vanban" border="1"><tbody>
<tr><td style="width: 30%;"><strong>Số ký hiệu</strong></td><td>{esc(number)}</td></tr>
<tr><td><strong>Ngày ban hành</strong></td><td>{esc(issued)}</td></tr>
<tr><td><strong>Cơ quan ban hành</strong></td><td>{esc(issuer)}</td></tr>
<tr><td><strong>Trích yếu</strong></td><td>{esc(title)}</td></tr>
<tr><td><strong>Tệp đính kèm</strong></td><td><a href="{pdf}" target="_blank"><img src="/media/system/images/mime-icon-16/pdf.png" alt="" /> Tải về</a></td></tr>
</tbody></table>"""
    crumbs = [("Chuyên môn", None), ("Văn bản", DOC_LIST_PATH), (title, None)]
    return _single_article(request, title, body, crumbs, "Chuyên môn", info)


def _doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr class="cat-list-row{n % 2}"><td headers="categorylist_header_title" class="list-title">'
        f'<a href="{DOC_LIST_PATH}/{i}-{d[0]}">{esc(d[1])}</a></td>'
        f'<td headers="categorylist_header_date" class="list-date small">{_lc4(d[6])}</td>'
        f'<td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">Lượt truy cập: {40 + i % 50}</span></td></tr>\n'
        for n, (i, d) in enumerate(DOCS.items())
    )
    content = f"""<div class="category-list"><div class="page-header"><h1>Văn bản</h1></div>
<form action="{DOC_LIST_PATH}" method="post" name="adminForm" id="adminForm" class="form-inline">
<table class="category table table-striped table-bordered table-hover"><thead><tr>
<th scope="col" id="categorylist_header_title">Tiêu đề</th><th scope="col" id="categorylist_header_date">Ngày đăng</th>
<th scope="col" id="categorylist_header_hits">Lượt truy cập</th></tr></thead><tbody>
{rows}</tbody></table></form></div>"""
    return _page(request, "Văn bản", content, active="Chuyên môn", crumbs=[("Chuyên môn", None), ("Văn bản", None)])


def _album(request: Request) -> Response:
    thumbs = "".join(
        f'<li><a href="/images/album/khai-giang-2026/anh-{k:02d}.jpg" rel="sigplus-gallery" title="Lễ khai giảng năm học 2026 - 2027 ({k})">'
        f'<img src="/cache/preview/khai-giang-2026/anh-{k:02d}.jpg" width="160" height="120" alt="" /></a></li>'
        for k in range(1, 9)
    )
    body = (
        '<p>Một số hình ảnh Lễ khai giảng năm học 2026 - 2027 của Trường THPT Chu Văn An (05/9/2026).</p>\n'
        f'<div id="sigplus_1001" class="sigplus-gallery sigplus-center"><ul>{thumbs}</ul></div>'
    )
    return _single_article(request, "Album ảnh Lễ khai giảng năm học 2026 - 2027", body,
                           [("Thư viện ảnh", None)], "Thư viện ảnh")


def _contact(request: Request, sent: bool = False) -> Response:
    note = '<div class="alert alert-success">Cảm ơn bạn đã gửi thư liên hệ.</div>' if sent else ""
    content = f"""<div class="contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h1><span class="contact-name" itemprop="name">Trường THPT Chu Văn An - Thái Nguyên</span></h1></div>
{note}
<h3>Thông tin liên hệ</h3>
<dl class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>
<dd><span class="contact-street" itemprop="streetAddress">Số 86, đường Hoàng Văn Thụ, phường Phan Đình Phùng<br /></span>
<span class="contact-state" itemprop="addressRegion">Thái Nguyên<br /></span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt>
<dd><span class="contact-telephone" itemprop="telephone">0208 3855 217</span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/emailButton.png" alt="Email: " /></span></dt>
<dd><span class="contact-emailto">{_cloak(EMAIL, "contact")}</span></dd>
</dl>
<h3>Gửi thư cho chúng tôi</h3>
<form id="contact-form" action="{CONTACT_PATH}" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi một email. Tất cả các trường có dấu * là bắt buộc.</legend>
<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Tên<span class="star">&#160;*</span></label>
<input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" required aria-required="true" /></div>
<div class="control-group"><label for="jform_contact_email">Email<span class="star">&#160;*</span></label>
<input type="email" name="jform[contact_email]" class="validate-email required" id="jform_contact_email" value="" required /></div>
<div class="control-group"><label for="jform_contact_message">Nội dung<span class="star">&#160;*</span></label>
<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="required" required></textarea></div>
<button class="btn btn-primary validate" type="submit">Gửi Email</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />
<input type="hidden" name="id" value="1:truong-thpt-chu-van-an" /><input type="hidden" name="8c1e2b7f40d9a3c6e5f1b2a4d7c9e0f3" value="1" />
</fieldset></form></div>"""
    return _page(request, "Liên hệ", content, active="Liên hệ", crumbs=[("Liên hệ", None)])


def _login(request: Request, message: str = "") -> Response:
    content = f"""<div class="login">
<div class="page-header"><h1>Đăng nhập</h1></div>
<form action="/index.php/component/users/?task=user.login&amp;Itemid={ITEMID}" method="post" class="form-horizontal">
<fieldset class="well">
<div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">Tên đăng nhập<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div>
<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">Mật khẩu<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div>
<div class="control-group"><div class="controls"><label><input id="remember" type="checkbox" name="remember" class="inputbox" value="yes" /> Ghi nhớ đăng nhập</label></div></div>
<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">Đăng nhập</button></div></div>
<input type="hidden" name="return" value="{esc(request.params.get("return", ""))}" />
<input type="hidden" name="8c1e2b7f40d9a3c6e5f1b2a4d7c9e0f3" value="1" />
</fieldset></form>
<p class="text-muted">Tài khoản do Văn phòng nhà trường cấp cho cán bộ, giáo viên, nhân viên.</p></div>"""
    return _page(request, "Đăng nhập", content, crumbs=[("Đăng nhập", None)], message=message)


def _tag_page(request: Request, tag_id: int) -> Response:
    _alias, label = TAGS[tag_id]
    items = [s for s in STORIES if tag_id in (s.opts.get("tags") or [])]
    lis = "".join(
        f'<li class="list{n % 2} clearfix"><h3><a href="{esc(component_path(s))}">{esc(s.title)}</a></h3>'
        f'<span class="tag-body">{esc(next(b.text for b in s.blocks if isinstance(b, P))[:160])}…</span></li>\n'
        for n, s in enumerate(items)
    )
    content = f"""<div class="tag-category">
<h2>{esc(label)}</h2>
<form action="{_tag_path(tag_id)}" method="post" name="adminForm" id="adminForm" class="form-inline">
<ul class="category list-striped">
{lis}</ul></form></div>"""
    return _page(request, label, content, crumbs=[("Thẻ", None), (label, None)])


def _search(request: Request) -> Response:
    word = request.form.get("searchword", "")
    content = f"""<div class="search"><h1 class="page-title">Tìm kiếm</h1>
<form id="searchForm" action="/index.php/component/search/" method="post">
<input type="text" name="searchword" placeholder="Từ khóa..." id="search-searchword" size="30" maxlength="200" value="{esc(word)}" class="inputbox" />
<button name="Search" class="btn hasTooltip">Tìm kiếm</button><input type="hidden" name="task" value="search" />
</form>
<div class="searchintro"><p>Tìm thấy <span class="badge badge-info">0</span> kết quả.</p></div></div>"""
    return _page(request, "Tìm kiếm", content, crumbs=[("Tìm kiếm", None)])


# --- the site -------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/(tin-tuc|chuyen-mon)/([a-z-]+)/(\d+)(?:-([a-z0-9-]+))?$")
_COMPONENT = re.compile(r"^/component/content/article/(\d+)-([a-z0-9-]+)$")
_TAG = re.compile(r"^/component/tags/tag/(\d+)-([a-z0-9-]+)$")
_DOC = re.compile(r"^/chuyen-mon/van-ban/(\d+)-([a-z0-9-]+)$")


class JoomlaSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.endswith(".pdf") and path.startswith("/images/van-ban/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/images/", "/templates/", "/media/", "/modules/", "/cache/", "/plugins/")):
            return static_file(path)
        params = request.params
        if path in ("/", "/index.php", "/index.php/"):
            if request.method == "POST":
                form = request.form
                if form.get("option") == "com_search":
                    return _search(request)
                return redirect("/index.php", 303)
            return _home(request) if not request.query else None
        inner = path[len("/index.php"):] if path.startswith("/index.php/") else path
        if inner.endswith("/") and inner != "/component/users/" and inner != "/component/search/":
            return None

        # listings
        if inner == "/tin-tuc" or inner in {f"/{c.menu}/{c.alias}" for c in CATS.values()}:
            offset = self._offset(params)
            if offset is None:
                return None
            if inner == "/tin-tuc":
                items = [s for s in ALL_ITEMS if CATS[s.cat].menu == "tin-tuc"]
                return _blog(request, PARENT, items, PARENT_PATH, offset, [("Tin tức", None)], "Tin tức",
                             num_links=PARENT_NUM_LINKS)
            cat = next(c for c in CATS.values() if inner == f"/{c.menu}/{c.alias}")
            items = [s for s in ALL_ITEMS if s.cat == cat.alias]
            crumbs = [("Tin tức", PARENT_PATH) if cat.menu == "tin-tuc" else ("Chuyên môn", None), (cat.title, None)]
            return _blog(request, cat, items, cat.path, offset, crumbs, "Tin tức" if cat.menu == "tin-tuc" else "Chuyên môn")

        if (m := _ARTICLE.match(inner)) and not inner.startswith("/chuyen-mon/van-ban/"):
            return self._article(request, m)
        if m := _COMPONENT.match(inner):
            story = BY_ID.get(int(m.group(1)))
            if story is None or story.opts.get("restricted") or m.group(2) != story.slug:
                return None
            extra = dict(params)
            if extra.pop("catid", None) != str(CATS[story.cat].catid) or extra.pop("Itemid", None) != ITEMID:
                return None
            if request.method == "POST":
                return redirect(article_path(story), 303)
            if extra not in ({}, {"hitcount": "0"}):
                return None
            return _article_page(request, story, shown_cat=CATS[story.cat], link_base=article_path(story), params={})
        if m := _TAG.match(inner):
            tag_id = int(m.group(1))
            if tag_id not in TAGS or TAGS[tag_id][0] != m.group(2) or request.query:
                return None
            return _tag_page(request, tag_id)
        if m := _DOC.match(inner):
            doc_id = int(m.group(1))
            if doc_id not in DOCS or DOCS[doc_id][0] != m.group(2) or request.query:
                return None
            return _doc_page(request, doc_id)
        if request.query and inner not in ("/component/users/",):
            return None
        if inner == "/chuyen-mon/van-ban":
            return _doc_list(request)
        if inner == "/gioi-thieu/lich-su-truyen-thong":
            return _single_article(request, "Lịch sử truyền thống", HISTORY,
                                   [("Giới thiệu", None), ("Lịch sử truyền thống", None)], "Giới thiệu")
        if inner == "/gioi-thieu/co-cau-to-chuc":
            return _single_article(request, "Cơ cấu tổ chức", STRUCTURE,
                                   [("Giới thiệu", None), ("Cơ cấu tổ chức", None)], "Giới thiệu")
        if inner == "/thu-vien-anh":
            return _album(request)
        if inner == "/lien-he":
            return _contact(request, sent=request.method == "POST")
        if inner == "/component/users/":
            if request.method == "POST" or params.get("task") == "user.login":
                return _login(request, "Tên đăng nhập và mật khẩu không đúng hoặc bạn chưa có tài khoản.")
            if params.get("view") == "login" and params.get("Itemid") == ITEMID and set(params) <= {"view", "Itemid", "return"}:
                return _login(request)
            return None
        if inner == "/component/search/":
            return _search(request)
        return None

    @staticmethod
    def _offset(params: dict[str, str]) -> int | None:
        if not params:
            return 0
        if len(params) != 1:
            return None
        (key, value), = params.items()
        if key not in ("start", "limitstart") or not value.isdigit():
            return None
        return int(value)

    def _article(self, request: Request, m: re.Match) -> Response | None:
        menu, cat_alias, sid, alias = m.groups()
        story = BY_ID.get(int(sid))
        if story is None:
            return None
        cat = CATS.get(cat_alias)
        allowed_cats = {story.cat, story.opts.get("old_cat")}
        if cat is None or cat.menu != menu or cat_alias not in allowed_cats:
            return None
        if alias is not None and alias not in (story.slug, story.opts.get("old_alias")):
            return None
        if story.opts.get("restricted"):
            return _page(request, "Lỗi", "", active="Tin tức", status=403,
                         crumbs=[("Tin tức", PARENT_PATH), (cat.title, cat.path)],
                         message="Bạn không được phép xem tài nguyên này.")
        if request.method == "POST":
            return redirect(request.path, 303)
        params = dict(request.params)
        if params.get("hitcount") == "0":
            del params["hitcount"]
        pages = story.opts.get("pages")
        ok = (
            params == {}
            or (params == {"tmpl": "component", "print": "1", "layout": "default"} and "hitcount" not in request.params)
            or (pages and params == {"showall": "1", "limitstart": ""})
            or (pages and set(params) == {"start"} and params["start"] in {str(k) for k in range(1, len(pages))})
        )
        if not ok:
            return None
        return _article_page(request, story, shown_cat=cat, link_base=request.path, params=params)


def build_site() -> JoomlaSite:
    return JoomlaSite()


# --- gold -----------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    targets = article_targets(story)
    path = article_path(story)
    return gold_record(story, path, CATS[story.cat].title, alt_paths=[t for t in targets if t != path])


GOLD = [_gold(s) for s in STORIES]
