"""Sở Giáo dục và Đào tạo tỉnh Tuyên Quang on Joomla 3.8 (SEF, URL rewriting, ".html" suffix).

Platform
--------
Joomla! 3.8.x with "Search Engine Friendly URLs", "Use URL Rewriting" and "Adds Suffix to URL"
all on, the vi-VN language pack and a department template from a Vietnamese vendor
(``tq_sgd``: Bootstrap 3, a mega menu, the "Tin nổi bật" box, "Văn bản chỉ đạo" and "Lịch công
tác" modules, a vinaora-style visitor counter, a poll). Content plugins on: Page Break,
Email Cloaking, Attachments (Jonathan Cameron's com_attachments). mod_related_items prints
"Tin liên quan" under the article. Joomla 3 prints ``<base href>`` and no ``rel=canonical``.

URL scheme
----------
- ``/``: the home page (vendor layout: modules only, no component output).
- category blogs: ``/tin-tuc-su-kien.html``, ``/hoat-dong-chuyen-mon.html``, ``/thong-bao.html``
  and their pages ``?start=<n>`` (the first page is also linked as ``?limitstart=0`` from page 2,
  as Joomla 3's pagination does); subcategory blogs under a menu item:
  ``/hoat-dong-chuyen-mon/14-giao-duc-trung-hoc.html``; the document category is a list view:
  ``/van-ban-chi-dao.html``.
- articles: ``/<menu-alias>/<id>-<alias>.html`` (category with a menu item),
  ``/<menu-alias>/<catid>-<cat-alias>/<id>-<alias>.html`` (article in a subcategory of the menu's
  category), ``/component/content/article/<catid>-<cat-alias>/<id>-<alias>.html?Itemid=101``
  (the vendor's "Tin nổi bật" module routes every article through the home menu item), print
  view ``<article URL>?tmpl=component&print=1``; page-break pages ``?start=1``, all pages
  ``?showall=1``, the TOC's first entry ``?showall=&limitstart=``.
- single-article menu items under a menu heading: ``/gioi-thieu/chuc-nang-nhiem-vu.html``,
  ``/gioi-thieu/co-cau-to-chuc.html``; ``/lien-he.html`` (com_contact); ``/lich-cong-tac.html``
  (custom HTML module page); attachments ``/component/attachments/download/<n>`` (PDF).
- search (mod_search) POSTs ``searchword`` to ``/tim-kiem.html``; the poll POSTs to ``/``.

Page templates
--------------
- chrome on every page: top bar with today ("Thứ Bảy, 05/12/2026"), banner, mega menu
  (``ul.nav.menu`` with ``div.mega-dropdown`` columns), mod_breadcrumbs ("Bạn đang ở:"), right
  column: "Tin nổi bật" (thumbnails, dates, component-form links), "Văn bản chỉ đạo", "Lịch công
  tác", "Tin xem nhiều", "Liên kết website" (select), poll, counter; footer with address.
- article (vendor override of com_content/article): ``div.item-page.tq-ctbv`` ->
  ``h2.tde-bv`` headline, print icon, ``dl.article-info`` ("Viết bởi", "Danh mục", "Ngày tạo",
  "Cập nhật lần cuối", "Lượt xem" with ``<time datetime>``), the full-text image
  ``div.pull-left.item-image > img.caption[title]``, ``div[itemprop=articleBody].nd-bv`` (the
  text, then the byline, then the Attachments table), then the "Tin liên quan" module.
- blog: ``div.blog.tq-dsbv``: ``div.items-leading`` (one), ``div.items-row`` (intro items),
  ``div.items-more`` ("Các tin đã đưa"), ``div.pagination`` with ``p.counter`` "Trang 1/2".
  Intro texts are the vendor's stripped, truncated text with "...", then "Đọc thêm...".
- print view (``tmpl=component``): ``body.contentpane.modal``, the article alone with a print
  button.

How each gold article is reached
--------------------------------
- "Tin tức - Sự kiện" (4 a page: 1 leading + 3 intro, 2 "items-more" links): page 1 has 1287,
  1284, 1280, 1277 and links 1273, 1269 in "Các tin đã đưa"; page 2 (``?start=4``) has 1273, 1269
  and **1262, reachable only from page 2** (no module or related list links it).
- "Hoạt động chuyên môn" (3 a page, subcategory content shown): page 1 has 1286 (Giáo dục Trung
  học), 1281 (Giáo dục Mầm non - Tiểu học), 1276; page 2 (``?start=3``) has **1268, reachable only
  from page 2**.
- "Thông báo": 1288, 1278 on one page.
- the home page shows the latest of each category; "Tin nổi bật" links 1287, 1284, 1280, 1286,
  1288 in the component form; "Tin xem nhiều" links 1284, 1276, 1287, 1278, 1273.

Traps
-----
1. Three URL shapes for one article and no canonical link: the menu form (gold ``path``), the
   component form ``/component/content/article/<catid>-<cat>/<id>-<alias>.html?Itemid=101`` from
   the "Tin nổi bật" box, the print view ``?tmpl=component&print=1``. Gold: one record per article
   at the menu form; the others are ``alt_paths``.
2. Joomla 3's legacy router reads only the id: 1287's text links 1273 by its old alias
   (``/tin-tuc-su-kien/1273-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt.html``, the title was
   lengthened after publishing) and the site serves the article there with 200. Gold: an
   ``alt_path`` of 1273; the "Xem thêm: …" line that links it is not body.
3. Page Break plugin: 1280 is split in two pages, with the plugin's "Mục lục bài viết" TOC,
   "Trang 1 của 2" counter and a Trước/Tiếp pager, all inside ``div[itemprop=articleBody]``; the
   plugin links page 1 as ``?showall=&limitstart=``, page 2 as ``?showall=&start=1`` (``start``:
   the very parameter the category blogs paginate with; ``?start=1`` serves it too) and all pages
   as ``?showall=1&limitstart=`` (also ``?showall=1``); the print view holds the whole text. Gold:
   ONE record at the article's URL whose body is the text of both pages in order (as "Tất cả các
   trang" prints it); every variant above is an ``alt_path``; TOC, counter and pager are not
   body; the full-text image printed on every page counts once.
4. Email Cloaking plugin: the address in 1277's text is printed as "Địa chỉ email này đang được
   bảo vệ khỏi chương trình thư rác…" in a ``span#cloak<md5>`` plus a script that writes the
   address from pieces with its vowels as character references (``'t&#117;y&#101;nq…'``). Gold:
   the sentence as a reader sees it, with the address "cds.sgddt@tuyenquang.gov.vn"; neither the
   placeholder sentence nor the script text is body.
5. JCaption: the full-text image's caption exists only as the ``title`` of ``img.caption``
   (``caption.js`` draws it at load time; ``alt`` is empty). Gold: ``caption`` = the title text
   (1287, 1280, 1262).
6. Dates printed the vi-VN way, with the month in words and a capital "Tháng": "Ngày tạo: Thứ
   năm, 03 Tháng Mười Hai 2026 14:30" ("Tháng Mười" / "Tháng Mười Một" / "Tháng Mười Hai" share
   their start), next to a later "Cập nhật lần cuối" and the header's today. Gold: the created
   date and time ("2026-12-03T14:30:00+07:00"); 1269 is printed at "00:00" -> "2026-10-29".
7. The hits counter counts every request (as Joomla's ``hit()`` does with caching off): "Lượt
   xem" and the schema ``interactionCount`` differ between two fetches of one URL and between the
   URL forms of one article, so page hashes never match. Gold: unaffected (no field holds hits).
8. Documents ("Văn bản chỉ đạo") are Joomla articles too: ``/van-ban-chi-dao/<id>-<alias>.html``
   prints the very article template (headline, "Ngày tạo", hits, print icon, attachments) around
   a field table (Số ký hiệu, Ngày ban hành, Trích yếu, Người ký). Gold: NON_ARTICLES, no record.
9. "Viết bởi Quản trị Sở" / "Viết bởi bientap.sgd" in the info line is the CMS account; the real
   byline is a right-aligned line at the end of the text ("Tin, ảnh: X", "Tin: X - Ảnh: Y", a
   unit alone, "ThS. X - Phòng …"). Gold: authors from the closing line only, titles and units
   after the name dropped, the account never.
10. The Attachments plugin appends its table (file, description, size, downloads) inside
    ``div[itemprop=articleBody]``, and mod_related_items' "Tin liên quan" follows right after.
    Gold: neither is body; the PDF downloads are not articles.
11. Subcategory articles: 1286 and 1281 live at ``/hoat-dong-chuyen-mon/<catid>-<cat>/…`` and
    their breadcrumb and "Danh mục" print the subcategory. Gold: ``category`` = the subcategory
    ("Giáo dục Trung học", "Giáo dục Mầm non - Tiểu học"), not the menu item above it.
12. An official notice (1288): letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and the
    signer block. Gold (house convention): letterhead day "2026-12-01" although "Ngày tạo" says
    02/12 16:10; signer "Đỗ Văn Thịnh" is the author; letterhead/kind/subject/closing not body.
13. Captions printed three ways: an italic centred line under the photo, a second row of an
    image table, and "(…)" in parentheses (taken off); a line "Ảnh: Ma Thị Hồng" alone is a
    photographer credit, caption None.
14. Word paste (1273): ``p.MsoNormal`` with ``span`` font styles and ``&nbsp;`` runs, part of the
    text written as character references by the editor. Gold: plain collapsed text.

Gold decisions on ambiguous points
----------------------------------
- ``summary``: the bold first paragraph when the text opens with one (1287, 1280, 1286, 1262,
  1276); otherwise null. The meta description is the site's own sentence on every page, never a
  sapo; the blog's truncated intro is not one either.
- ``category``: the category the article is filed in, as its breadcrumb's last section and its
  "Danh mục" print it (the subcategory where there is one).
- headings ("Nhiệm vụ trọng tâm tháng 12") and list items inside the text are paragraphs; a table
  of the text (a timetable) gives one paragraph per row, cells joined by " | ".
- the page-break article's page titles live only in the TOC (plugin option "show title" off):
  they are not text.
- "Xem thêm: <link>" and the "Tin liên quan" list are not body; a closing "(Theo Báo Tuyên
  Quang)" gives ``source`` "Báo Tuyên Quang"; "Nguồn: Cổng TTĐT tỉnh Tuyên Quang" likewise.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from datetime import datetime

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
    static_file,
    text,
)

NAME = "joomla3_sef_suffix_html_sgddt"
PLATFORM = "Joomla 3.8 (SEF + URL rewriting + .html suffix), vendor template tq_sgd (Bootstrap 3)"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo Tuyên Quang"
TODAY_HEADER = "Thứ Bảy, 05/12/2026"
META_DESC = (
    "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Tuyên Quang - tin tức, văn bản chỉ đạo, "
    "lịch công tác của ngành giáo dục tỉnh Tuyên Quang"
)
TPL = "/templates/tq_sgd"


# --- categories ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    key: str
    id: int
    alias: str
    title: str
    itemid: int | None = None  # its own menu item (top categories)
    parent: str | None = None  # key of the category whose menu item routes it
    per_page: int = 5
    leading: int = 1
    links: int = 0

    @property
    def base(self) -> str:
        if self.parent is None:
            return f"/{self.alias}"
        return f"{CATS[self.parent].base}/{self.id}-{self.alias}"

    @property
    def path(self) -> str:
        return self.base + ".html"


CATS: dict[str, Cat] = {
    c.key: c
    for c in [
        Cat("tt", 8, "tin-tuc-su-kien", "Tin tức - Sự kiện", 102, per_page=4, links=2),
        Cat("hdcm", 9, "hoat-dong-chuyen-mon", "Hoạt động chuyên môn", 103, per_page=3),
        Cat("gdth", 14, "giao-duc-trung-hoc", "Giáo dục Trung học", parent="hdcm"),
        Cat("mnth", 15, "giao-duc-mam-non-tieu-hoc", "Giáo dục Mầm non - Tiểu học", parent="hdcm"),
        Cat("tb", 10, "thong-bao", "Thông báo", 104, per_page=5),
        Cat("vb", 11, "van-ban-chi-dao", "Văn bản chỉ đạo", 105, per_page=20),
    ]
}


def top_cat(cat: Cat) -> Cat:
    return cat if cat.parent is None else CATS[cat.parent]


def cat_chain(cat: Cat) -> list[Cat]:
    return [cat] if cat.parent is None else [CATS[cat.parent], cat]


# --- the articles ----------------------------------------------------------------------------
#
# opts: alias, created ("YYYY-MM-DD HH:MM" as the info line prints it), modified, by (the CMS
# account), thumb (intro image), related (ids), attach [(n, file, description, kB, downloads)],
# old_alias, pages (page-break titles)

IMG = "/images/tin-tuc/2026"


def _byline(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{inner}</strong></p>')


STORIES: list[Story] = [
    # --- Tin tức - Sự kiện ------------------------------------------------------------------
    Story(
        id=1287,
        slug="so-gd-dt-so-ket-cong-tac-thang-11-trien-khai-nhiem-vu-trong-tam-thang-12-2026",
        title="Sở GD&ĐT sơ kết công tác tháng 11, triển khai nhiệm vụ trọng tâm tháng 12/2026",
        cat="tt",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều 02/12, Sở Giáo dục và Đào tạo tổ chức hội nghị sơ kết công tác tháng 11 và "
            "triển khai nhiệm vụ trọng tâm tháng 12/2026. Đồng chí Lê Minh Quang, Giám đốc Sở "
            "chủ trì hội nghị."
        ),
        authors=["Văn phòng Sở"],
        blocks=[
            Img(
                f"{IMG}/12/so-ket-thang-11-hoi-nghi.jpg",
                printed="Đồng chí Lê Minh Quang, Giám đốc Sở GD&ĐT phát biểu kết luận hội nghị",
                caption="Đồng chí Lê Minh Quang, Giám đốc Sở GD&ĐT phát biểu kết luận hội nghị",
                style="lead",
            ),
            P(
                "Chiều 02/12, Sở Giáo dục và Đào tạo tổ chức hội nghị sơ kết công tác tháng 11 "
                "và triển khai nhiệm vụ trọng tâm tháng 12/2026. Đồng chí Lê Minh Quang, Giám "
                "đốc Sở chủ trì hội nghị.",
                "b",
            ),
            P(
                "Tham dự hội nghị có các đồng chí Phó Giám đốc Sở; lãnh đạo các phòng chuyên "
                "môn, nghiệp vụ thuộc Sở; hiệu trưởng các trường THPT, giám đốc các trung tâm "
                "GDNN-GDTX. Lãnh đạo phòng Văn hóa - Xã hội các xã, phường tham dự theo hình "
                "thức trực tuyến tại 124 điểm cầu."
            ),
            P(
                "Trong tháng 11, toàn ngành đã tổ chức trang trọng các hoạt động kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam; hoàn thành kiểm tra chuyên đề tại 26 trường học; cập "
                "nhật dữ liệu ngành trên hệ thống cơ sở dữ liệu dùng chung đúng tiến độ. Công "
                "tác phổ cập giáo dục, xóa mù chữ tiếp tục được duy trì, nhất là ở các xã vùng "
                "cao Lâm Bình, Thượng Lâm, Hồng Quang."
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: tỷ lệ học sinh "
                "chuyên cần ở một số điểm trường lẻ còn thấp; việc sử dụng thiết bị dạy học "
                "tối thiểu tại một số trường chưa hiệu quả; báo cáo định kỳ của một vài đơn vị "
                "còn chậm."
            ),
            P("Nhiệm vụ trọng tâm tháng 12", "h"),
            P(
                "Tổ chức kiểm tra, đánh giá cuối học kỳ I bảo đảm nghiêm túc, đúng quy chế;",
                "li",
            ),
            P("Hoàn thành kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT;", "li"),
            P(
                "Chủ động phương án phòng, chống rét cho học sinh bán trú tại các xã vùng cao;",
                "li",
            ),
            P("Rà soát, bổ sung kế hoạch tuyển dụng giáo viên năm 2027.", "li"),
            P(
                "Phát biểu kết luận, đồng chí Giám đốc Sở đề nghị các đơn vị tập trung chỉ đạo "
                "dạy học bám sát chương trình, quan tâm học sinh có hoàn cảnh khó khăn trong "
                "mùa đông; kịp thời báo cáo những vướng mắc về Sở trước ngày 25/12/2026."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/tin-tuc-su-kien/1273-hoi-thi-giao-vien-day-gioi-'
                'cap-tinh-bac-thpt.html">Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT</a></em></p>'
            ),
            _byline("Văn phòng Sở"),
        ],
        opts={
            "created": "2026-12-03 14:30",
            "modified": "2026-12-04 08:12",
            "by": "Quản trị Sở",
            "thumb": f"{IMG}/12/thumb/so-ket-thang-11.jpg",
            "related": [1286, 1288],
            "attach": [
                (
                    345,
                    "KH_nhiem_vu_thang_12_2026.pdf",
                    "Kế hoạch nhiệm vụ trọng tâm tháng 12/2026",
                    212,
                    41,
                )
            ],
            "featured": True,
        },
    ),
    Story(
        id=1284,
        slug="be-mac-giai-the-thao-hoc-sinh-pho-thong-tinh-tuyen-quang-nam-hoc-2026-2027",
        title="Bế mạc Giải thể thao học sinh phổ thông tỉnh Tuyên Quang năm học 2026 - 2027",
        cat="tt",
        published_at="2026-11-28T09:15:00+07:00",
        authors=["Hoàng Thu Hà"],
        photographers=["Hoàng Thu Hà"],
        blocks=[
            P(
                "Sau 4 ngày thi đấu sôi nổi, sáng 27/11, Giải thể thao học sinh phổ thông tỉnh "
                "Tuyên Quang năm học 2026 - 2027 đã bế mạc tại Nhà thi đấu tỉnh. Giải có hơn "
                "1.200 vận động viên đến từ 68 đoàn tham gia tranh tài ở 7 môn."
            ),
            P(
                "Các môn thi đấu gồm điền kinh, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ vua "
                "và đẩy gậy. Đây là năm đầu tiên môn đẩy gậy, một môn thể thao dân tộc, được đưa "
                "vào chương trình thi đấu chính thức dành cho học sinh THCS và THPT."
            ),
            Img(
                f"{IMG}/11/giai-the-thao-bong-da.jpg",
                printed="Các vận động viên tranh tài ở nội dung bóng đá nam THPT.",
                caption="Các vận động viên tranh tài ở nội dung bóng đá nam THPT.",
            ),
            P(
                "Ban Tổ chức đánh giá giải diễn ra an toàn, đúng điều lệ; các trận đấu được tổ "
                "chức công khai, khách quan. Nhiều vận động viên của các trường vùng cao như "
                "Na Hang, Lâm Bình đã giành huy chương ở nội dung điền kinh."
            ),
            P("Kết quả toàn đoàn:", "h"),
            P("Giải Nhất: Trường THPT Chuyên Tuyên Quang"),
            P("Giải Nhì: Trường THPT Tân Trào và Trường THPT Sơn Dương", "br"),
            P("Giải Ba: Trường THPT Hàm Yên, Trường THPT Chiêm Hóa, Trường THPT Na Hang", "br"),
            Img(
                f"{IMG}/11/giai-the-thao-trao-co.jpg",
                printed="Ban Tổ chức trao cờ thi đua cho các đơn vị dẫn đầu toàn đoàn.",
                caption="Ban Tổ chức trao cờ thi đua cho các đơn vị dẫn đầu toàn đoàn.",
                style="tbl",
            ),
            P(
                "Các vận động viên xuất sắc sẽ được tập huấn để tham dự Giải thể thao học sinh "
                "phổ thông toàn quốc dự kiến tổ chức vào tháng 4/2027."
            ),
            _byline("Tin, ảnh: Hoàng Thu Hà"),
        ],
        opts={
            "created": "2026-11-28 09:15",
            "modified": "2026-11-28 10:02",
            "by": "bientap.sgd",
            "thumb": f"{IMG}/11/thumb/giai-the-thao.jpg",
            "related": [1269],
            "featured": True,
        },
    ),
    Story(
        id=1280,
        slug="ton-vinh-120-nha-giao-tieu-bieu-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Tôn vinh 120 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="tt",
        published_at="2026-11-20T16:00:00+07:00",
        summary=(
            "Sáng 19/11, Sở Giáo dục và Đào tạo tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và tuyên dương 120 nhà giáo tiêu biểu năm 2026."
        ),
        authors=["Trần Văn Dũng"],
        photographers=["Ma Thị Hồng"],
        blocks=[
            Img(
                f"{IMG}/11/ky-niem-20-11-tang-hoa.jpg",
                printed="Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                caption="Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                style="lead",
            ),
            P(
                "Sáng 19/11, Sở Giáo dục và Đào tạo tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
                "Nam (20/11/1982 - 20/11/2026) và tuyên dương 120 nhà giáo tiêu biểu năm 2026.",
                "b",
            ),
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành; các thế "
                "hệ nhà giáo, cán bộ quản lý giáo dục đã nghỉ hưu cùng đông đảo giáo viên, học "
                "sinh trên địa bàn tỉnh."
            ),
            P(
                "Ôn lại truyền thống vẻ vang của ngành, diễn văn kỷ niệm nhấn mạnh: năm học "
                "2025 - 2026, ngành Giáo dục Tuyên Quang có 42 học sinh đạt giải trong kỳ thi "
                "chọn học sinh giỏi quốc gia, tỷ lệ tốt nghiệp THPT đạt 98,7%; 100% xã, phường "
                "duy trì chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi."
            ),
            P(
                "Đội ngũ nhà giáo không ngừng được chuẩn hóa, nhiều thầy cô gắn bó lâu năm với "
                "các điểm trường vùng cao, vượt qua khó khăn để giữ từng học sinh ở lại lớp."
            ),
            Raw('<hr class="system-pagebreak" title="Các nhà giáo được khen thưởng" />'),
            P(
                "Tại buổi lễ, 120 nhà giáo tiêu biểu được Chủ tịch UBND tỉnh tặng Bằng khen; 15 "
                "tập thể được tặng Cờ thi đua xuất sắc. Trong số các nhà giáo được tuyên dương "
                "có 38 thầy cô đang công tác tại các trường phổ thông dân tộc bán trú."
            ),
            Img(
                f"{IMG}/11/ky-niem-20-11-khen-thuong.jpg",
                printed="Ảnh: Ma Thị Hồng",
                caption=None,
            ),
            P(
                "Cô giáo Hoàng Thị Nhung, Trường PTDTBT TH Hồng Quang, đại diện các nhà giáo "
                "phát biểu: “Mỗi buổi sáng vượt dốc đến lớp, nhìn các em đến trường đủ, chúng "
                "tôi thấy mọi vất vả đều xứng đáng”."
            ),
            P(
                "Dịp này, Quỹ Khuyến học tỉnh trao 50 suất học bổng cho học sinh có hoàn cảnh "
                "khó khăn vươn lên trong học tập, mỗi suất trị giá 2 triệu đồng."
            ),
            _byline("Tin: Trần Văn Dũng - Ảnh: Ma Thị Hồng"),
        ],
        opts={
            "created": "2026-11-20 16:00",
            "modified": "2026-11-21 07:40",
            "by": "bientap.sgd",
            "thumb": f"{IMG}/11/thumb/ky-niem-20-11.jpg",
            "related": [1284],
            "pages": ["Lễ kỷ niệm", "Các nhà giáo được khen thưởng"],
            "featured": True,
        },
    ),
    Story(
        id=1277,
        slug="phat-dong-cuoc-thi-y-tuong-sang-tao-chuyen-doi-so-trong-truong-hoc-nam-2026",
        title="Phát động cuộc thi “Ý tưởng sáng tạo chuyển đổi số trong trường học” năm 2026",
        cat="tt",
        published_at="2026-11-14T10:20:00+07:00",
        blocks=[
            P(
                "Nhằm khuyến khích cán bộ, giáo viên và học sinh đề xuất giải pháp ứng dụng công "
                "nghệ số vào dạy học và quản lý, Sở GD&ĐT phát động cuộc thi “Ý tưởng sáng tạo "
                "chuyển đổi số trong trường học” năm 2026."
            ),
            P(
                "Cuộc thi dành cho cán bộ quản lý, giáo viên, nhân viên đang công tác tại các cơ "
                "sở giáo dục trên địa bàn tỉnh và học sinh từ lớp 6 đến lớp 12. Mỗi tác giả hoặc "
                "nhóm tác giả (không quá 3 người) được gửi tối đa 2 ý tưởng."
            ),
            P(
                "Ý tưởng dự thi phải là giải pháp mới, chưa đạt giải ở cuộc thi nào, có khả năng "
                "áp dụng trong nhà trường như: phần mềm quản lý nền nếp, học liệu số, mô hình "
                "lớp học thông minh, ứng dụng trí tuệ nhân tạo hỗ trợ ôn tập."
            ),
            P("Hồ sơ dự thi gồm:", "h"),
            P("Phiếu đăng ký theo mẫu;", "li"),
            P("Bản thuyết minh ý tưởng không quá 10 trang;", "li"),
            P("Video giới thiệu sản phẩm (nếu có), thời lượng không quá 5 phút.", "li"),
            P(
                "Bài dự thi gửi về Phòng Kế hoạch - Tài chính, Sở GD&ĐT qua địa chỉ email: "
                "cds.sgddt@tuyenquang.gov.vn trước ngày 31/12/2026.",
                "cloak",
            ),
            P(
                "Cơ cấu giải thưởng gồm 2 giải Nhất, 4 giải Nhì, 6 giải Ba và 10 giải Khuyến "
                "khích cho mỗi bảng. Lễ trao giải dự kiến tổ chức vào tháng 3/2027."
            ),
        ],
        opts={
            "created": "2026-11-14 10:20",
            "modified": None,
            "by": "Quản trị Sở",
            "thumb": f"{TPL}/images/no-image.jpg",
            "related": [1280],
        },
    ),
    Story(
        id=1273,
        slug="hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027",
        cat="tt",
        published_at="2026-11-06T07:45:00+07:00",
        authors=["Thanh Hương"],
        source="Báo Tuyên Quang",
        blocks=[
            P(
                "Từ ngày 02 đến 05/11, Sở Giáo dục và Đào tạo tổ chức Hội thi giáo viên dạy giỏi "
                "cấp tỉnh bậc THPT năm học 2026 - 2027 với 146 giáo viên của 41 trường tham gia.",
                "mso",
            ),
            P(
                "Theo kế hoạch, mỗi giáo viên phải trải qua hai phần thi: trình bày biện pháp "
                "nâng cao chất lượng dạy học và dạy hai tiết thực hành trên lớp, trong đó một "
                "tiết do giáo viên tự chọn, một tiết bốc thăm trước 3 ngày.",
                "mso",
            ),
            P(
                "Điểm mới của hội thi năm nay là các tiết dạy được tổ chức ngay tại lớp học của "
                "trường đăng cai, học sinh không được ôn trước; Ban Giám khảo đánh giá cao những "
                "tiết học vận dụng linh hoạt học liệu số và tổ chức hoạt động nhóm.",
                "mso",
            ),
            P(
                "Kết quả, Ban Tổ chức công nhận 118 giáo viên đạt danh hiệu giáo viên dạy giỏi "
                "cấp tỉnh, trong đó nhiều thầy cô đến từ các trường vùng cao như THPT Lâm Bình, "
                "THPT Thượng Lâm, THPT Minh Quang.",
                "mso",
            ),
            Raw(
                '<p class="MsoNormal" style="text-align:right"><b><span style="font-size:'
                '14.0pt;font-family:&quot;Times New Roman&quot;,serif">Thanh Hương</span></b>'
                '<br /><i><span style="font-size:13.0pt">(Theo Báo Tuyên Quang)</span></i></p>'
            ),
        ],
        opts={
            "created": "2026-11-06 07:45",
            "modified": "2026-11-18 15:03",
            "by": "bientap.sgd",
            "thumb": f"{IMG}/11/thumb/hoi-thi-gvdg.jpg",
            "related": [1287],
            "old_alias": "hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt",
        },
    ),
    Story(
        id=1269,
        slug="ra-quan-chien-dich-ho-tro-hoc-sinh-ban-tru-vung-cao-don-mua-dong-am",
        title="Ra quân chiến dịch hỗ trợ học sinh bán trú vùng cao đón mùa đông ấm",
        cat="tt",
        published_at="2026-10-29",
        authors=["Nguyễn Hải Yến"],
        blocks=[
            P(
                "Hưởng ứng chương trình “Mùa đông ấm cho em” do Công đoàn ngành phát động, các "
                "trường học trên địa bàn tỉnh đã đồng loạt ra quân quyên góp áo ấm, chăn màn, "
                "sách vở cho học sinh bán trú vùng cao."
            ),
            Img(
                f"{IMG}/10/mua-dong-am-ao-am.jpg",
                printed="(Học sinh Trường PTDTBT THCS Thượng Lâm nhận áo ấm từ đoàn thiện nguyện)",
                caption="Học sinh Trường PTDTBT THCS Thượng Lâm nhận áo ấm từ đoàn thiện nguyện",
            ),
            P(
                "Sau hai tuần phát động, toàn ngành đã tiếp nhận hơn 6.500 áo ấm, 820 chiếc chăn "
                "và gần 400 triệu đồng tiền mặt. Số hàng hóa được phân bổ ưu tiên cho các điểm "
                "trường lẻ ở Lâm Bình, Thượng Lâm, Côn Lôn và Yên Hoa."
            ),
            P(
                "Nhiều nhà trường còn tổ chức nấu nước ấm cho học sinh rửa mặt mỗi sáng, gia cố "
                "phòng ở bán trú và bổ sung bữa ăn nhiều đạm trong những ngày rét đậm."
            ),
            _byline("Nguyễn Hải Yến - Trường PTDTBT THCS Thượng Lâm"),
        ],
        opts={
            "created": "2026-10-29 00:00",
            "modified": "2026-10-30 09:20",
            "by": "Quản trị Sở",
            "thumb": f"{IMG}/10/thumb/mua-dong-am.jpg",
            "related": [1284],
        },
    ),
    Story(
        id=1262,
        slug="khai-giang-lop-boi-duong-can-bo-quan-ly-co-so-giao-duc-pho-thong-nam-2026",
        title="Khai giảng lớp bồi dưỡng cán bộ quản lý cơ sở giáo dục phổ thông năm 2026",
        cat="tt",
        published_at="2026-10-16T08:30:00+07:00",
        summary=(
            "Ngày 15/10, Sở GD&ĐT phối hợp với Trường Cán bộ quản lý giáo dục TP. Hồ Chí Minh "
            "khai giảng lớp bồi dưỡng cán bộ quản lý cơ sở giáo dục phổ thông năm 2026."
        ),
        authors=["Phạm Đức Mạnh"],
        blocks=[
            Img(
                f"{IMG}/10/khai-giang-lop-cbql.jpg",
                printed="Quang cảnh lễ khai giảng lớp bồi dưỡng",
                caption="Quang cảnh lễ khai giảng lớp bồi dưỡng",
                style="lead",
            ),
            P(
                "Ngày 15/10, Sở GD&ĐT phối hợp với Trường Cán bộ quản lý giáo dục TP. Hồ Chí Minh "
                "khai giảng lớp bồi dưỡng cán bộ quản lý cơ sở giáo dục phổ thông năm 2026.",
                "b",
            ),
            P(
                "Lớp học có 95 học viên là hiệu trưởng, phó hiệu trưởng các trường tiểu học, "
                "THCS, THPT và trường phổ thông dân tộc nội trú trong tỉnh. Thời gian bồi dưỡng "
                "là 6 tuần, học trực tiếp kết hợp trực tuyến."
            ),
            P(
                "Nội dung chương trình tập trung vào quản trị nhà trường theo hướng tự chủ, xây "
                "dựng văn hóa học đường, quản lý tài chính, tài sản và chuyển đổi số trong quản "
                "lý giáo dục."
            ),
            P(
                "Kết thúc khóa học, học viên viết tiểu luận cuối khóa; người đạt yêu cầu được "
                "cấp chứng chỉ bồi dưỡng cán bộ quản lý theo quy định của Bộ GD&ĐT."
            ),
            _byline("ThS. Phạm Đức Mạnh - Phòng Tổ chức cán bộ"),
        ],
        opts={
            "created": "2026-10-16 08:30",
            "modified": None,
            "by": "bientap.sgd",
            "thumb": f"{IMG}/10/thumb/khai-giang-lop-cbql.jpg",
            "related": [1273],
        },
    ),
]

STORIES += [
    # --- Hoạt động chuyên môn (and its subcategories) -----------------------------------------
    Story(
        id=1286,
        slug="boi-duong-giao-vien-cot-can-mon-ngu-van-thcs-theo-chuong-trinh-gdpt-2018",
        title="Bồi dưỡng giáo viên cốt cán môn Ngữ văn THCS theo Chương trình GDPT 2018",
        cat="gdth",
        published_at="2026-12-01T08:00:00+07:00",
        summary=(
            "Từ ngày 27 đến 29/11, Sở GD&ĐT tổ chức lớp bồi dưỡng cho 86 giáo viên cốt cán môn "
            "Ngữ văn cấp THCS về dạy học đọc hiểu và viết theo Chương trình GDPT 2018."
        ),
        authors=["Phòng GDTrH"],
        blocks=[
            P(
                "Từ ngày 27 đến 29/11, Sở GD&ĐT tổ chức lớp bồi dưỡng cho 86 giáo viên cốt cán "
                "môn Ngữ văn cấp THCS về dạy học đọc hiểu và viết theo Chương trình GDPT 2018.",
                "b",
            ),
            P(
                "Báo cáo viên là các chuyên gia của Trường Đại học Sư phạm - Đại học Thái Nguyên "
                "và giáo viên cốt cán cấp quốc gia của tỉnh. Lớp học được tổ chức tại Trường "
                "THCS Phan Thiết, phường Minh Xuân."
            ),
            P("Nội dung và thời gian bồi dưỡng như sau:"),
            P("Ngày | Nội dung | Báo cáo viên", "tr"),
            P("27/11 | Dạy học đọc hiểu văn bản theo thể loại | TS. Nguyễn Thị Hạnh", "tr"),
            P("28/11 | Dạy học viết bài văn nghị luận | ThS. Đặng Văn Lâm", "tr"),
            P("29/11 | Thiết kế đề kiểm tra theo ma trận mới | Tổ cốt cán tỉnh", "tr"),
            P(
                "Sau khóa học, mỗi giáo viên cốt cán có trách nhiệm hỗ trợ đồng nghiệp trong "
                "cụm trường qua sinh hoạt chuyên môn theo nghiên cứu bài học và trên hệ thống "
                "bồi dưỡng trực tuyến của ngành."
            ),
            _byline("Phòng GDTrH"),
        ],
        opts={
            "created": "2026-12-01 08:00",
            "modified": "2026-12-01 10:45",
            "by": "bientap.sgd",
            "thumb": f"{IMG}/12/thumb/boi-duong-ngu-van.jpg",
            "related": [1276],
            "attach": [
                (
                    347,
                    "Tai_lieu_boi_duong_Ngu_van_THCS.pdf",
                    "Tài liệu bồi dưỡng giáo viên cốt cán môn Ngữ văn",
                    1480,
                    65,
                ),
            ],
            "featured": True,
        },
    ),
    Story(
        id=1281,
        slug="chuyen-de-xay-dung-truong-mam-non-lay-tre-lam-trung-tam-tai-xa-chiem-hoa",
        title="Chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” tại xã Chiêm Hóa",
        cat="mnth",
        published_at="2026-11-24T15:45:00+07:00",
        authors=["Nguyễn Thị Lan Anh"],
        blocks=[
            P(
                "Ngày 23/11, Sở GD&ĐT tổ chức sinh hoạt chuyên đề “Xây dựng trường mầm non lấy "
                "trẻ làm trung tâm” tại Trường Mầm non Hoa Sen, xã Chiêm Hóa với sự tham gia của "
                "hơn 150 cán bộ quản lý, giáo viên mầm non các xã khu vực phía Bắc tỉnh."
            ),
            P(
                "Các đại biểu đã tham quan môi trường giáo dục trong và ngoài lớp học, dự hoạt "
                "động học và hoạt động góc tại các nhóm lớp 3 - 4 tuổi, 5 - 6 tuổi."
            ),
            Img(
                f"{IMG}/11/mam-non-hoa-sen-goc-choi.jpg",
                printed="Góc chơi dân gian do giáo viên và phụ huynh cùng làm từ vật liệu tự nhiên",
                caption="Góc chơi dân gian do giáo viên và phụ huynh cùng làm từ vật liệu tự nhiên",
                style="tbl",
            ),
            P(
                "Nhà trường đã tận dụng tre, nứa, lá cọ, sỏi đá để tạo các góc chơi mang bản sắc "
                "dân tộc Tày, Dao; trẻ được tự chọn góc chơi, tự lấy và cất đồ dùng sau khi chơi."
            ),
            P(
                "Trong phần thảo luận, nhiều ý kiến chia sẻ kinh nghiệm huy động phụ huynh cùng "
                "tham gia làm đồ chơi, tổ chức hoạt động trải nghiệm gắn với lễ hội truyền thống "
                "của địa phương."
            ),
            Img(
                f"{IMG}/11/mam-non-hoa-sen-hoat-dong.jpg",
                printed="Trẻ 5 - 6 tuổi tham gia hoạt động trải nghiệm làm bánh",
                caption="Trẻ 5 - 6 tuổi tham gia hoạt động trải nghiệm làm bánh",
            ),
            P(
                "Phát biểu tại buổi sinh hoạt, lãnh đạo Phòng Giáo dục Mầm non - Giáo dục Tiểu "
                "học đề nghị các trường tiếp tục rà soát, cải tạo môi trường giáo dục, bảo đảm "
                "an toàn và phù hợp với điều kiện thực tế của từng điểm trường."
            ),
            _byline("Nguyễn Thị Lan Anh (Phòng GDMN-GDTH)"),
        ],
        opts={
            "created": "2026-11-24 15:45",
            "modified": None,
            "by": "bientap.sgd",
            "thumb": f"{IMG}/11/thumb/mam-non-hoa-sen.jpg",
            "related": [1286],
        },
    ),
    Story(
        id=1276,
        slug="nganh-giao-duc-day-manh-ung-dung-hoc-ba-so-trong-cac-truong-pho-thong",
        title="Ngành Giáo dục đẩy mạnh ứng dụng học bạ số trong các trường phổ thông",
        cat="hdcm",
        published_at="2026-11-10T14:05:00+07:00",
        summary=(
            "Đến hết tháng 10/2026, 100% trường tiểu học và 87% trường THCS, THPT trên địa bàn "
            "tỉnh đã triển khai học bạ số, giảm đáng kể thời gian và chi phí cho giáo viên, "
            "phụ huynh."
        ),
        source="Cổng TTĐT tỉnh Tuyên Quang",
        blocks=[
            P(
                "Đến hết tháng 10/2026, 100% trường tiểu học và 87% trường THCS, THPT trên địa "
                "bàn tỉnh đã triển khai học bạ số, giảm đáng kể thời gian và chi phí cho giáo "
                "viên, phụ huynh.",
                "b",
            ),
            P(
                "Học bạ số được ký số bởi giáo viên chủ nhiệm và hiệu trưởng, lưu trữ trên hệ "
                "thống cơ sở dữ liệu ngành và có giá trị pháp lý như học bạ giấy."
            ),
            P(
                "Thầy Vũ Quang Huy, Hiệu trưởng Trường THPT Tân Trào chia sẻ: “Trước đây mỗi "
                "cuối năm giáo viên chủ nhiệm mất cả tuần để ghi học bạ, nay thao tác trên phần "
                "mềm chỉ trong một buổi”."
            ),
            P(
                "Để bảo đảm tiến độ, Sở GD&ĐT yêu cầu các trường hoàn thành cấp chứng thư số cho "
                "giáo viên chủ nhiệm trước ngày 30/11/2026; những trường còn lại triển khai xong "
                "học bạ số trong học kỳ I.",
            ),
            P("Thời gian tới, ngành sẽ kết nối học bạ số với hệ thống tuyển sinh đầu cấp.", "br"),
            Raw('<p style="text-align: right;"><em>Nguồn: Cổng TTĐT tỉnh Tuyên Quang</em></p>'),
        ],
        opts={
            "created": "2026-11-10 14:05",
            "modified": "2026-11-12 08:30",
            "by": "Quản trị Sở",
            "thumb": f"{TPL}/images/no-image.jpg",
            "related": [1286],
        },
    ),
    Story(
        id=1268,
        slug="kiem-tra-chuyen-de-cong-tac-ban-tru-tai-cac-truong-ptdtbt-vung-cao",
        title="Kiểm tra chuyên đề công tác bán trú tại các trường PTDTBT vùng cao",
        cat="hdcm",
        published_at="2026-10-22T10:00:00+07:00",
        authors=["Hà Văn Tuấn"],
        blocks=[
            P(
                "Từ ngày 19 đến 21/10, đoàn kiểm tra của Sở GD&ĐT đã kiểm tra chuyên đề công tác "
                "bán trú tại 9 trường phổ thông dân tộc bán trú ở các xã Lâm Bình, Thượng Lâm, "
                "Na Hang và Côn Lôn."
            ),
            P(
                "Đoàn tập trung kiểm tra việc quản lý học sinh ngoài giờ lên lớp, chất lượng "
                "bữa ăn, điều kiện phòng ở, công tác vệ sinh an toàn thực phẩm và việc chi trả "
                "chế độ hỗ trợ cho học sinh theo quy định."
            ),
            Img(
                f"{IMG}/10/kiem-tra-ban-tru-bep-an.jpg",
                printed="Đoàn kiểm tra bếp ăn bán trú Trường PTDTBT THCS Côn Lôn",
                caption="Đoàn kiểm tra bếp ăn bán trú Trường PTDTBT THCS Côn Lôn",
            ),
            P(
                "Qua kiểm tra, các trường đều thực hiện tốt việc tổ chức nấu ăn tập trung, bữa "
                "ăn bảo đảm định lượng; nhiều trường có vườn rau, ao cá cải thiện bữa ăn cho học "
                "sinh."
            ),
            P(
                "Đoàn đề nghị các trường bổ sung hồ sơ theo dõi sức khỏe học sinh, sửa chữa nhà "
                "vệ sinh xuống cấp và xây dựng phương án bảo đảm an toàn trong mùa mưa lũ."
            ),
            _byline("Hà Văn Tuấn"),
        ],
        opts={
            "created": "2026-10-22 10:00",
            "modified": None,
            "by": "bientap.sgd",
            "thumb": f"{IMG}/10/thumb/kiem-tra-ban-tru.jpg",
            "related": [1276],
        },
    ),
    # --- Thông báo --------------------------------------------------------------------------
    Story(
        id=1288,
        slug="thong-bao-ve-viec-nghi-tet-duong-lich-nam-2027",
        title="Thông báo về việc nghỉ Tết Dương lịch năm 2027",
        cat="tb",
        published_at="2026-12-01",
        authors=["Đỗ Văn Thịnh"],
        blocks=[
            Raw(
                '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
                '<td style="width: 42%; text-align: center; vertical-align: top;">UBND TỈNH '
                "TUYÊN QUANG<br /><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />________<br />"
                "Số: 2218/TB-SGDĐT</td>"
                '<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI '
                "CHỦ NGHĨA VIỆT NAM<br />Độc lập - Tự do - Hạnh phúc</strong><br />"
                "_____________________<br /><em>Tuyên Quang, ngày 01 tháng 12 năm 2026</em></td>"
                "</tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br /><strong>Về '
                "việc nghỉ Tết Dương lịch năm 2027</strong></p>"
            ),
            P(
                "Căn cứ Bộ luật Lao động năm 2019; căn cứ Thông báo của Bộ Lao động - Thương binh "
                "và Xã hội về việc nghỉ Tết Dương lịch năm 2027 đối với cán bộ, công chức, viên "
                "chức và người lao động;"
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo đến các phòng chuyên môn, nghiệp vụ thuộc Sở, "
                "các đơn vị trực thuộc lịch nghỉ Tết Dương lịch năm 2027 như sau:"
            ),
            P(
                "1. Cán bộ, công chức, viên chức, người lao động và học sinh được nghỉ 01 ngày "
                "vào thứ Sáu, ngày 01/01/2027."
            ),
            P(
                "2. Thủ trưởng các đơn vị bố trí lịch trực, bảo đảm an ninh, an toàn tài sản; "
                "báo cáo kịp thời những vụ việc đột xuất về Văn phòng Sở (số điện thoại trực: "
                "0207.3822.154)."
            ),
            P(
                "3. Các trường học sắp xếp thời khóa biểu dạy bù (nếu có) bảo đảm kế hoạch thời "
                "gian năm học."
            ),
            Raw(
                '<table style="width: 100%;" border="0"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em>'
                "</strong><br />- Các đơn vị trực thuộc;<br />- Lãnh đạo Sở;<br />- Cổng TTĐT "
                "Sở;<br />- Lưu: VT, VP.</td>"
                '<td style="text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC'
                "<br />PHÓ GIÁM ĐỐC</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>"
                "Đỗ Văn Thịnh</strong></td></tr></tbody></table>"
            ),
        ],
        opts={
            "created": "2026-12-02 16:10",
            "modified": None,
            "by": "Quản trị Sở",
            "thumb": f"{TPL}/images/thong-bao.png",
            "related": [1278],
            "featured": True,
        },
    ),
    Story(
        id=1278,
        slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-vien-nam-2026-vong-2",
        title="Thông báo kết quả xét tuyển viên chức giáo viên năm 2026 (vòng 2)",
        cat="tb",
        published_at="2026-11-12T17:20:00+07:00",
        authors=["Phòng Tổ chức cán bộ"],
        blocks=[
            P(
                "Hội đồng xét tuyển viên chức giáo viên năm 2026 của Sở Giáo dục và Đào tạo "
                "thông báo kết quả xét tuyển vòng 2 (phỏng vấn, thực hành) như sau:"
            ),
            P(
                "Tổng số thí sinh tham dự vòng 2 là 214 người, trong đó 171 thí sinh trúng tuyển "
                "vào các vị trí việc làm giáo viên THPT, giáo viên trường phổ thông dân tộc nội "
                "trú và giáo viên trung tâm GDNN-GDTX."
            ),
            P(
                "Thí sinh trúng tuyển hoàn thiện hồ sơ và nộp về Phòng Tổ chức cán bộ, Sở GD&ĐT "
                "từ ngày 16/11 đến hết ngày 15/12/2026 (trong giờ hành chính). Hồ sơ gồm:"
            ),
            P("Bản sao văn bằng, chứng chỉ và kết quả học tập theo yêu cầu của vị trí;", "li"),
            P("Phiếu lý lịch tư pháp do cơ quan có thẩm quyền cấp;", "li"),
            P("Giấy chứng nhận sức khỏe còn giá trị sử dụng.", "li"),
            P(
                "Quá thời hạn trên, thí sinh không hoàn thiện hồ sơ sẽ bị hủy kết quả trúng "
                "tuyển. Danh sách chi tiết xem tại tệp đính kèm."
            ),
            Raw(
                '<p style="text-align: right;"><strong><em>Phòng Tổ chức cán bộ</em></strong>'
                "</p>"
            ),
        ],
        opts={
            "created": "2026-11-12 17:20",
            "modified": "2026-11-13 07:55",
            "by": "Quản trị Sở",
            "thumb": f"{TPL}/images/thong-bao.png",
            "related": [1288],
            "attach": [
                (
                    344,
                    "TB_ket_qua_xet_tuyen_vong_2.pdf",
                    "Danh sách thí sinh trúng tuyển",
                    386,
                    1204,
                ),
            ],
        },
    ),
]

# --- documents: Joomla articles in the "Văn bản chỉ đạo" category (not news articles) -------


def _doc(
    id: int, slug: str, title: str, so: str, day: str, kind: str, signer: str, trich: str,
    att: tuple, created: str,
) -> Story:
    rows = [
        ("Số ký hiệu", so),
        ("Ngày ban hành", day),
        ("Loại văn bản", kind),
        ("Cơ quan ban hành", "Sở Giáo dục và Đào tạo"),
        ("Người ký", signer),
        ("Trích yếu", trich),
    ]
    table = "".join(
        f'<tr><td style="width: 28%; background: #f3f6fa;"><strong>{esc(k)}</strong></td>'
        f"<td>{esc(v)}</td></tr>"
        for k, v in rows
    )
    return Story(
        id=id,
        slug=slug,
        title=title,
        cat="vb",
        published_at=None,
        blocks=[Raw(f'<table class="table table-bordered tq-vb"><tbody>{table}</tbody></table>')],
        opts={
            "created": created,
            "modified": None,
            "by": "vanthu.sgd",
            "related": [],
            "attach": [att],
            "no_print": True,
        },
    )


DOCS: list[Story] = [
    _doc(
        1285,
        "cong-van-so-2150-sgddt-gdtrh-huong-dan-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Công văn số 2150/SGDĐT-GDTrH hướng dẫn kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "2150/SGDĐT-GDTrH",
        "25/11/2026",
        "Công văn",
        "Đỗ Văn Thịnh",
        "Hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027 đối với cấp "
        "THCS, THPT",
        (346, "CV_2150_SGDDT_GDTrH.pdf", "Công văn 2150/SGDĐT-GDTrH", 164, 533),
        "2026-11-25 17:02",
    ),
    _doc(
        1271,
        "ke-hoach-so-1968-kh-sgddt-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        "Kế hoạch số 1968/KH-SGDĐT tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT",
        "1968/KH-SGDĐT",
        "30/10/2026",
        "Kế hoạch",
        "Lê Minh Quang",
        "Kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027",
        (341, "KH_1968_thi_HSG_lop_12.pdf", "Kế hoạch 1968/KH-SGDĐT", 233, 871),
        "2026-10-30 16:40",
    ),
]

ALL: dict[int, Story] = {s.id: s for s in [*STORIES, *DOCS]}
HOME_ITEMID = 101

# --- URLs ------------------------------------------------------------------------------------


def art_path(story: Story, alias: str | None = None) -> str:
    return f"{CATS[story.cat].base}/{story.id}-{alias or story.slug}.html"


def comp_path(story: Story) -> str:
    cat = CATS[story.cat]
    return (
        f"/component/content/article/{cat.id}-{cat.alias}/{story.id}-{story.slug}.html"
        f"?Itemid={HOME_ITEMID}"
    )


def print_path(story: Story) -> str:
    return art_path(story) + "?tmpl=component&print=1"


def pagebreak_paths(story: Story) -> dict[str, str]:
    """The page-break plugin's links: first page, page 2, all pages (as Joomla 3 routes them)."""
    base = art_path(story)
    return {
        "first": base + "?showall=&limitstart=",
        "page2": base + "?showall=&start=1",
        "all": base + "?showall=1&limitstart=",
    }


# --- dates as vi-VN prints them ----------------------------------------------------------------

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def date_lc2(value: str) -> str:
    """DATE_FORMAT_LC2 of the vi-VN pack: "l, d F Y H:i"."""
    dt = _dt(value)
    return f"{WEEKDAYS[dt.weekday()]}, {dt.day:02d} {MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"


def date_iso(value: str) -> str:
    return _dt(value).strftime("%Y-%m-%dT%H:%M:00+07:00")


def date_short(value: str, with_time: bool = False) -> str:
    return _dt(value).strftime("%d/%m/%Y %H:%M" if with_time else "%d/%m/%Y")


# --- article text ------------------------------------------------------------------------------

CLOAK_MSG = (
    "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt "
    "JavaScript để xem nó."
)
EMAIL = "cds.sgddt@tuyenquang.gov.vn"


def _vowels(part: str) -> str:
    """JHtmlEmail::convertEncoding: the vowels as decimal references."""
    for ch in "aeiou":
        part = part.replace(ch, f"&#{ord(ch)};")
    return part


def cloak(email: str) -> str:
    """plg_content_emailcloak's output for a bare address (mode 1: as a link)."""
    h = hashlib.md5(email.encode()).hexdigest()
    user, domain = email.split("@")
    user_e = _vowels(user)
    dom_e = "' + '&#46;' + '".join(_vowels(p) for p in domain.split("."))
    return (
        f'<span id="cloak{h}">{CLOAK_MSG}</span><script type=\'text/javascript\'>\n'
        f"\t\t\t\tdocument.getElementById('cloak{h}').innerHTML = '';\n"
        "\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        "\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{h} = '{user_e}' + '&#64;';\n"
        f"\t\t\t\taddy{h} = addy{h} + '{dom_e}';\n"
        f"\t\t\t\tvar addy_text{h} = '{user_e}' + '&#64;' + '{dom_e}';"
        f"document.getElementById('cloak{h}').innerHTML += '<a ' + path + '\\'' + prefix + ':' "
        f"+ addy{h} + '\\'>'+addy_text{h}+'<\\/a>';\n"
        "\t\t</script>"
    )


MSO_SPAN = (
    '<span lang="VI" style="font-size:14.0pt;line-height:150%;'
    'font-family:&quot;Times New Roman&quot;,serif">'
)


def _para(p: P, n: int) -> tuple[str, str, str]:
    """(open, inner, close) of one paragraph; ``n`` counts the story's paragraphs."""
    if p.style == "cloak":
        before, after = p.text.split(EMAIL)
        inner = text(before) + cloak(EMAIL) + text(after)
        return '<p style="text-align: justify;">', inner, "</p>"
    if p.style == "b":
        return '<p style="text-align: justify;"><strong>', text(p.text), "</strong></p>"
    if p.style == "h":
        return '<h4 class="tq-h4">', text(p.text), "</h4>"
    if p.style == "mso":
        inner = text(p.text, entities=2 if n % 2 else 0)
        # Word's indent and double spaces
        inner = "&nbsp;&nbsp;&nbsp; " + inner.replace(", ", ",&nbsp; ", 2)
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;'
            'text-indent:36.0pt;line-height:150%">' + MSO_SPAN,
            inner,
            "<o:p></o:p></span></p>",
        )
    return "<p>" if n % 3 == 2 else '<p style="text-align: justify;">', text(p.text), "</p>"


def _img(img: Img) -> str:
    tag = f'<img src="{esc(img.src)}" alt="" width="620" height="413" />'
    if img.style == "tbl":
        line = (
            f'<tr><td style="text-align: center;"><span style="font-size: 10pt;"><em>'
            f"{text(img.printed)}</em></span></td></tr>"
            if img.printed
            else ""
        )
        return (
            '<table class="tq-hinh" style="margin-left: auto; margin-right: auto; width: 620px;" '
            f'border="0" cellpadding="3"><tbody><tr><td>{tag}</td></tr>{line}</tbody></table>'
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{text(img.printed)}</em></p>'
    return out


def render_blocks(blocks: list) -> str:
    """The text as the editor left it (TinyMCE/JCE markup); lead images are not in it."""
    out: list[list[str] | str] = []
    group: tuple[str, list[str]] | None = None

    def close() -> None:
        nonlocal group
        if group is None:
            return
        kind, rows = group
        if kind == "li":
            out.append("<ul>\n" + "\n".join(rows) + "\n</ul>")
        else:
            out.append(
                '<table class="table table-bordered" style="width: 100%;" border="1" '
                'cellpadding="4"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"
            )
        group = None

    n = 0
    for block in blocks:
        if isinstance(block, P) and block.style in ("li", "tr"):
            if group is None or group[0] != block.style:
                close()
                group = (block.style, [])
            if block.style == "li":
                group[1].append(f"<li>{text(block.text)}</li>")
            else:
                cells = block.text.split(" | ")
                first = not group[1]
                tds = "".join(
                    f"<td><strong>{text(c)}</strong></td>" if first else f"<td>{text(c)}</td>"
                    for c in cells
                )
                group[1].append(f"<tr>{tds}</tr>")
            continue
        close()
        if isinstance(block, P):
            n += 1
            if block.style == "br" and out and isinstance(out[-1], list):
                out[-1][1] += "<br />\n" + text(block.text)
                continue
            out.append(list(_para(block, n)))
        elif isinstance(block, Img):
            if block.style != "lead":
                out.append(_img(block))
        else:
            out.append(block.html)
    close()
    return "\n".join("".join(x) if isinstance(x, list) else x for x in out)


def split_pages(story: Story) -> list[list]:
    pages: list[list] = [[]]
    for block in story.blocks:
        if isinstance(block, Raw) and block.html.startswith('<hr class="system-pagebreak"'):
            pages.append([])
        else:
            pages[-1].append(block)
    return pages


def lead_image(story: Story) -> Img | None:
    return next((b for b in story.images if b.style == "lead"), None)


def first_text(story: Story) -> str:
    return next(b.text for b in story.blocks if isinstance(b, P))


def truncate(value: str, limit: int = 170) -> str:
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + "..."


# --- chrome ------------------------------------------------------------------------------------

FEATURED = sorted(
    (s for s in STORIES if s.opts.get("featured")), key=lambda s: s.opts["created"], reverse=True
)
MOST_READ = [1284, 1276, 1287, 1278, 1273]
SITE_SHORT = "Sở GD&ĐT Tuyên Quang"


def head(request: Request, title: str, extra: str = "", robots: str = "index, follow") -> str:
    base = base_url(request) + request.target
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<base href="{esc(base)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="giáo dục, đào tạo, Tuyên Quang, sở giáo dục" />
<meta name="robots" content="{robots}" />
<meta name="description" content="{esc(META_DESC)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/templates/tq_sgd/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/jui/css/bootstrap.min.css?3b2f1c" rel="stylesheet" />
<link href="/templates/tq_sgd/css/template.css?3b2f1c" rel="stylesheet" />
<link href="/templates/tq_sgd/css/megamenu.css?3b2f1c" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?3b2f1c"></script>
<script src="/media/jui/js/jquery-noconflict.js?3b2f1c"></script>
<script src="/media/system/js/caption.js?3b2f1c"></script>
<script src="/media/jui/js/bootstrap.min.js?3b2f1c"></script>
<script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
</script>
{extra}</head>"""


def mega_menu(active: str) -> str:
    def cls(key: str, base: str) -> str:
        return f'{base} current active' if key == active else base

    return f"""<nav class="navbar navbar-default tq-mnu" role="navigation">
<div class="container">
<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#tq-mnu-c"><span class="sr-only">Menu</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="collapse navbar-collapse" id="tq-mnu-c">
<ul class="nav navbar-nav menu mega">
<li class="{cls('home', 'item-101 default')}"><a href="/"><span class="glyphicon glyphicon-home"></span> Trang chủ</a></li>
<li class="{cls('gt', 'item-110 divider deeper parent dropdown')}"><a class="dropdown-toggle" data-toggle="dropdown" href="#">Giới thiệu <b class="caret"></b></a>
<ul class="dropdown-menu nav-child unstyled small">
<li class="item-111"><a href="/gioi-thieu/chuc-nang-nhiem-vu.html">Chức năng, nhiệm vụ</a></li>
<li class="item-112"><a href="/gioi-thieu/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li>
</ul></li>
<li class="{cls('tt', 'item-102')}"><a href="/tin-tuc-su-kien.html">Tin tức - Sự kiện</a></li>
<li class="{cls('hdcm', 'item-103 deeper parent dropdown mega-fw')}"><a href="/hoat-dong-chuyen-mon.html" class="dropdown-toggle" data-toggle="dropdown">Hoạt động chuyên môn <b class="caret"></b></a>
<div class="dropdown-menu mega-dropdown"><div class="row">
<div class="col-sm-4 mg-cot1"><h5 class="mg-tde">Chuyên môn</h5><ul class="list-unstyled">
<li><a href="/hoat-dong-chuyen-mon.html">Tất cả hoạt động chuyên môn</a></li>
<li><a href="/hoat-dong-chuyen-mon/14-giao-duc-trung-hoc.html">Giáo dục Trung học</a></li>
<li><a href="/hoat-dong-chuyen-mon/15-giao-duc-mam-non-tieu-hoc.html">Giáo dục Mầm non - Tiểu học</a></li>
</ul></div>
<div class="col-sm-8 mg-cot2"><img src="/templates/tq_sgd/images/mega-chuyen-mon.jpg" alt="" class="img-responsive" /></div>
</div></div></li>
<li class="{cls('tb', 'item-104')}"><a href="/thong-bao.html">Thông báo</a></li>
<li class="{cls('vb', 'item-105')}"><a href="/van-ban-chi-dao.html">Văn bản chỉ đạo</a></li>
<li class="{cls('lct', 'item-106')}"><a href="/lich-cong-tac.html">Lịch công tác</a></li>
<li class="{cls('lh', 'item-107')}"><a href="/lien-he.html">Liên hệ</a></li>
</ul>
<form action="/tim-kiem.html" method="post" class="navbar-form navbar-right tq-tk" role="search">
<input name="searchword" id="mod-search-searchword93" maxlength="200" class="form-control" type="search" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="108" />
</form>
</div></div></nav>"""


def breadcrumbs(items: list[tuple[str, str | None]]) -> str:
    lis = ['<li class="active">Bạn đang ở: &#160;</li>']
    for i, (label, href) in enumerate(items, 1):
        if href:
            lis.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                f'<a itemprop="item" href="{esc(href)}" class="pathway"><span itemprop="name">'
                f'{esc(label)}</span></a><span class="divider"><img src="/media/system/images/'
                f'arrow.png" alt="" /></span><meta itemprop="position" content="{i}"></li>'
            )
        else:
            lis.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
                f'class="active"><span itemprop="name">{esc(label)}</span>'
                f'<meta itemprop="position" content="{i}"></li>'
            )
    return (
        '<div class="tq-pathway"><ul itemscope itemtype="https://schema.org/BreadcrumbList" '
        f'class="breadcrumb">{"".join(lis)}</ul></div>'
    )


def mod_featured_side() -> str:
    rows = []
    for s in FEATURED:
        rows.append(
            f'<div class="tnb-item clearfix"><a href="{esc(comp_path(s))}" class="tnb-anh">'
            f'<img src="{esc(s.opts["thumb"])}" alt="{esc(s.title)}" width="90" height="60" /></a>'
            f'<a href="{esc(comp_path(s))}" class="tnb-tde">{esc(s.title)}</a>'
            f'<span class="tnb-ngay">({date_short(s.opts["created"])})</span></div>'
        )
    return (
        '<div class="moduletable tq-tnb"><h3 class="tq-mod-tde"><span>Tin nổi bật</span></h3>'
        f'<div class="tnb-ds">{"".join(rows)}</div></div>'
    )


def mod_docs() -> str:
    rows = "".join(
        f'<li><a class="mod-articles-category-title" href="{esc(art_path(d))}">{esc(d.title)}</a>'
        f'<span class="mod-articles-category-date">{date_short(d.opts["created"])}</span></li>'
        for d in DOCS
    )
    return (
        '<div class="moduletable tq-vbcd"><h3 class="tq-mod-tde"><span>Văn bản chỉ đạo</span>'
        f'</h3><ul class="category-module mod-list">{rows}</ul>'
        '<p class="tq-xemtat"><a href="/van-ban-chi-dao.html">Xem tất cả »</a></p></div>'
    )


def mod_calendar() -> str:
    return (
        '<div class="moduletable tq-lct"><h3 class="tq-mod-tde"><span>Lịch công tác</span></h3>'
        '<div class="custom tq-lct"><p><img src="/templates/tq_sgd/images/icon-lich.png" alt="" '
        '/> <a href="/lich-cong-tac.html">Lịch công tác tuần 49</a><br />(Từ ngày 30/11 đến '
        "06/12/2026)</p></div></div>"
    )


def mod_most_read() -> str:
    rows = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(art_path(ALL[i]))}" '
        f'itemprop="url"><span itemprop="name">{esc(ALL[i].title)}</span></a></li>'
        for i in MOST_READ
    )
    return (
        '<div class="moduletable tq-xn"><h3 class="tq-mod-tde"><span>Tin xem nhiều</span></h3>'
        f'<ul class="mostread mod-list">{rows}</ul></div>'
    )


SIDE_STATIC = """<div class="moduletable tq-lk"><h3 class="tq-mod-tde"><span>Liên kết website</span></h3>
<select class="form-control" onchange="if(this.value) window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>
<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option>
<option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option>
</select>
<p class="tq-banner-lk"><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/images/banners/dich-vu-cong.png" alt="Dịch vụ công trực tuyến" /></a></p>
</div>
<div class="moduletable tq-bc"><h3 class="tq-mod-tde"><span>Thăm dò ý kiến</span></h3>
<form action="/" method="post" name="poll_vote_2" id="poll_vote_2">
<p class="poll-q">Bạn đánh giá thế nào về cổng thông tin điện tử của Sở?</p>
<label><input type="radio" name="voteid" value="7" /> Rất hữu ích</label><br />
<label><input type="radio" name="voteid" value="8" /> Hữu ích</label><br />
<label><input type="radio" name="voteid" value="9" /> Cần cải thiện</label><br />
<input type="hidden" name="option" value="com_acepolls" /><input type="hidden" name="task" value="vote" /><input type="hidden" name="id" value="2" />
<button type="submit" class="btn btn-primary btn-sm">Bình chọn</button>
</form></div>
<div class="moduletable tq-tk-truycap"><h3 class="tq-mod-tde"><span>Thống kê truy cập</span></h3>
<div class="vvisit_counter"><table cellpadding="0" cellspacing="0" style="width: 90%;"><tbody>
<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vtoday.png" alt="" /></td><td>Đang online</td><td align="right">37</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vtoday.png" alt="" /></td><td>Hôm nay</td><td align="right">1.046</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vyesterday.png" alt="" /></td><td>Hôm qua</td><td align="right">1.322</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vall.png" alt="" /></td><td>Tổng truy cập</td><td align="right">2.418.775</td></tr>
</tbody></table></div></div>"""

FOOTER = """<footer id="tq-footer" role="contentinfo"><div class="container"><div class="row">
<div class="col-md-8 tq-ft-tt">
<p class="tq-ft-ten">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</p>
<p>Địa chỉ: Số 12, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207.3822.154 - Fax: 0207.3822.437 - Email: sogddt@tuyenquang.gov.vn</p>
<p>Chịu trách nhiệm chính: Lê Minh Quang - Giám đốc Sở Giáo dục và Đào tạo</p>
<p>Ghi rõ nguồn “Sở GD&amp;ĐT Tuyên Quang” khi phát hành lại thông tin từ website này.</p>
</div>
<div class="col-md-4 tq-ft-mxh"><a href="https://www.facebook.com/sogddttuyenquang" target="_blank" rel="noopener"><img src="/templates/tq_sgd/images/ico-fb.png" alt="Facebook" /></a> <a href="https://www.youtube.com/@sogddttuyenquang" target="_blank" rel="noopener"><img src="/templates/tq_sgd/images/ico-yt.png" alt="Youtube" /></a>
<p class="tq-ft-copy">© 2026 Sở GD&amp;ĐT Tuyên Quang. Thiết kế bởi VNPT Tuyên Quang.</p></div>
</div></div></footer>
<a href="#top" id="back-top" class="hidden-xs"><span class="glyphicon glyphicon-chevron-up"></span></a>
<script src="/templates/tq_sgd/js/template.js?3b2f1c"></script>"""


def page(
    request: Request,
    title: str,
    main: str,
    crumbs: list[tuple[str, str | None]] | None,
    active: str,
    home: bool = False,
) -> str:
    side = ("" if home else mod_featured_side()) + mod_docs() + mod_calendar() + mod_most_read()
    crumb = "" if crumbs is None else breadcrumbs([("Trang chủ", "/"), *crumbs])
    body_cls = "site com_content view-featured" if home else "site com_content"
    return f"""{head(request, title)}
<body class="{body_cls} tq-sgd">
<a id="top"></a>
<div class="tq-topbar"><div class="container"><span class="tq-ngay"><span class="glyphicon glyphicon-calendar"></span> {TODAY_HEADER}</span>
<span class="tq-hotline pull-right">Đường dây nóng: 0207.3822.154 | <a href="https://www.facebook.com/sogddttuyenquang" target="_blank" rel="noopener">Facebook</a></span></div></div>
<header id="tq-banner"><div class="container"><a href="/" class="tq-logo"><img src="/templates/tq_sgd/images/banner-sgddt.png" alt="Sở Giáo dục và Đào tạo Tuyên Quang" /></a></div></header>
{mega_menu(active)}
<div class="container tq-chinh">
<div class="tq-marquee"><marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026 * Toàn ngành thi đua dạy tốt - học tốt</marquee></div>
{crumb}
<div class="row">
<main id="content" role="main" class="col-md-8 tq-noidung">
<div id="system-message-container"></div>
{main}
</main>
<aside class="col-md-4 tq-cot-phai" role="complementary">
{side}
{SIDE_STATIC}
</aside>
</div></div>
{FOOTER}
</body>
</html>"""


# --- the article view ----------------------------------------------------------------------------

PRINT_ONCLICK = (
    "window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,"
    "resizable=yes,width=640,height=480,directories=no,location=no'); return false;"
)


def attachments_table(story: Story) -> str:
    rows = []
    for i, (n, fname, desc, kb, dl) in enumerate(story.opts.get("attach", [])):
        url = f"/component/attachments/download/{n}"
        rows.append(
            f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td class="at_filename">'
            f'<a class="at_icon" href="{url}" title="Tải về tệp: {esc(fname)}"><img src="/media/'
            f'attachments/icons/pdf.gif" alt="Tải về tệp: {esc(fname)}" /></a>&nbsp;<a '
            f'class="at_url" href="{url}" title="Tải về tệp: {esc(fname)}">{esc(fname)}</a></td>'
            f'<td class="at_description">{esc(desc)}</td><td class="at_file_size">{kb} kB</td>'
            f'<td class="at_downloads">{dl} Lượt tải</td></tr>'
        )
    if not rows:
        return ""
    return (
        '\n<div class="attachmentsContainer">\n<div class="attachmentsList" '
        f'id="attachmentsList_com_content_default_{story.id}">\n<table>\n<caption>Tệp đính kèm:'
        '</caption>\n<thead>\n<tr><th class="at_filename">Tập tin</th><th class="at_description">'
        'Mô tả</th><th class="at_file_size">Kích thước</th><th class="at_downloads">Lượt tải</th>'
        f'</tr>\n</thead>\n<tbody>\n{"".join(rows)}\n</tbody>\n</table>\n</div>\n</div>'
    )


def related_module(story: Story) -> str:
    ids = story.opts.get("related", [])
    if not ids:
        return ""
    rows = "".join(
        f'<li><a href="{esc(art_path(ALL[i]))}">{esc(ALL[i].title)}</a> '
        f'<span class="tq-tlq-ngay">({date_short(ALL[i].opts["created"])})</span></li>'
        for i in ids
    )
    return (
        '<div class="moduletable tq-tlq"><h3 class="tq-mod-tde"><span>Tin liên quan</span></h3>'
        f'<ul class="relateditems mod-list">{rows}</ul></div>'
    )


def pagebreak_parts(story: Story, page_no: int | None) -> tuple[str, str, str]:
    """(TOC + counter, the page's text, pager) of a page-break article; page_no None = all."""
    pages = split_pages(story)
    titles = story.opts["pages"]
    links = pagebreak_paths(story)
    hrefs = [links["first"], links["page2"]]
    toc = []
    for i, t in enumerate(titles):
        active = " active" if page_no == i else ""
        toc.append(f'<li class=""><a href="{esc(hrefs[i])}" class="toclink{active}">{esc(t)}</a></li>')
    all_active = " active" if page_no is None else ""
    toc.append(
        f'<li><a href="{esc(links["all"])}" class="toclink{all_active}">Tất cả các trang</a></li>'
    )
    head_html = (
        '<div class="pull-right article-index">\n<h3>Mục lục bài viết</h3>\n'
        f'<ul class="nav nav-tabs nav-stacked">\n{"".join(toc)}\n</ul>\n</div>\n'
    )
    if page_no is None:
        return head_html, render_blocks([b for p in pages for b in p]), ""
    head_html += f'<div class="pagenavcounter">Trang {page_no + 1} của {len(pages)}</div>\n'
    prev_li = (
        '<li class="previous"><a href="' + esc(hrefs[page_no - 1]) + '" rel="prev">'
        '<span class="icon-chevron-left" aria-hidden="true"></span> Trước</a></li>'
        if page_no > 0
        else '<li class="previous disabled"><a><span class="icon-chevron-left"></span> Trước</a></li>'
    )
    next_li = (
        '<li class="next"><a href="' + esc(hrefs[page_no + 1]) + '" rel="next">Tiếp '
        '<span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        if page_no + 1 < len(pages)
        else '<li class="next disabled"><a>Tiếp <span class="icon-chevron-right"></span></a></li>'
    )
    pager = f'\n<ul class="pager pagenav">{prev_li}{next_li}</ul>'
    return head_html, render_blocks(pages[page_no]), pager


def article_main(story: Story, hits: int, page_no: int | None, printing: bool) -> str:
    cat = CATS[story.cat]
    o = story.opts
    icons = ""
    if not printing and not o.get("no_print"):
        icons = (
            '<div class="icons"><div class="btn-group pull-right"><button class="btn '
            f'dropdown-toggle" type="button" id="dropdownMenuButton-{story.id}" aria-label="Công '
            'cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">'
            '<span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden='
            f'"true"></span></button><ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-'
            f'{story.id}"><li class="print-icon"><a href="{esc(print_path(story))}" title="In bài '
            f'viết &lt; {esc(story.title)} &gt;" onclick="{PRINT_ONCLICK}" rel="nofollow"><span '
            'class="icon-print" aria-hidden="true"></span> In</a></li></ul></div></div>'
        )
    info = [
        '<dt class="article-info-term">Chi tiết</dt>',
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'<span class="icon-user" aria-hidden="true"></span> Viết bởi <span itemprop="name">'
        f"{esc(o['by'])}</span></dd>",
        f'<dd class="category-name"><span class="icon-folder-open" aria-hidden="true"></span> '
        f'Danh mục: <a href="{esc(cat.path)}" itemprop="genre">{esc(cat.title)}</a></dd>',
        '<dd class="create"><span class="icon-calendar" aria-hidden="true"></span> <time '
        f'datetime="{date_iso(o["created"])}" itemprop="dateCreated">Ngày tạo: '
        f"{date_lc2(o['created'])}</time></dd>",
    ]
    if o.get("modified"):
        info.append(
            '<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span> <time '
            f'datetime="{date_iso(o["modified"])}" itemprop="dateModified">Cập nhật lần cuối: '
            f"{date_lc2(o['modified'])}</time></dd>"
        )
    info.append(
        '<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta '
        f'itemprop="interactionCount" content="UserPageVisits:{hits}" /> Lượt xem: {hits}</dd>'
    )
    lead = lead_image(story)
    lead_html = ""
    if lead is not None:
        title_attr = f' class="caption" title="{esc(lead.printed)}"' if lead.printed else ""
        lead_html = (
            f'<div class="pull-left item-image"> <img{title_attr} src="{esc(lead.src)}" alt="" '
            'itemprop="image"/> </div>\n'
        )
    if o.get("pages") and not printing:
        toc, body, pager = pagebreak_parts(story, page_no)
    else:
        toc, body, pager = "", render_blocks(story.blocks if not o.get("pages") else [
            b for p in split_pages(story) for b in p
        ]), ""
    return f"""<div class="item-page tq-ctbv" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 class="tde-bv" itemprop="headline">{esc(story.title)}</h2></div>
{icons}
<dl class="article-info muted">
{chr(10).join(info)}
</dl>
{lead_html}<div itemprop="articleBody" class="nd-bv">
{toc}{body}{attachments_table(story)}{pager}
</div>
</div>"""


def article_crumbs(story: Story) -> list[tuple[str, str | None]]:
    return [*((c.title, c.path) for c in cat_chain(CATS[story.cat])), (story.title, None)]


# --- blog and list views -------------------------------------------------------------------------


def cat_items(cat: Cat) -> list[Story]:
    keys = {cat.key} | {c.key for c in CATS.values() if c.parent == cat.key}
    pool = DOCS if cat.key == "vb" else STORIES
    return sorted(
        (s for s in pool if s.cat in keys), key=lambda s: s.opts["created"], reverse=True
    )


def blog_item(story: Story, show_cat: bool) -> str:
    path = art_path(story)
    cat_line = ""
    if show_cat:
        c = CATS[story.cat]
        cat_line = (
            f'<span class="tq-dm">Danh mục: <a href="{esc(c.path)}">{esc(c.title)}</a></span> '
        )
    return (
        f'<div class="pull-left item-image"><a href="{esc(path)}"><img src="'
        f'{esc(story.opts["thumb"])}" alt="" itemprop="thumbnailUrl"/></a></div>\n'
        f'<div class="page-header"><h2 itemprop="name"><a href="{esc(path)}" itemprop="url">'
        f"{esc(story.title)}</a></h2></div>\n"
        f'<div class="tq-ngay-dang">{cat_line}<span class="icon-calendar"></span> '
        f'{date_short(story.opts["created"], True)}</div>\n'
        f'<p class="tq-tomtat">{esc(truncate(first_text(story)))}</p>\n'
        f'<p class="readmore"><a class="btn" href="{esc(path)}" itemprop="url" aria-label="Đọc '
        f'thêm: {esc(story.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> '
        "Đọc thêm...</a></p>"
    )


def page_href(cat: Cat, k: int) -> str:
    return f"{cat.path}?limitstart=0" if k == 0 else f"{cat.path}?start={k * cat.per_page}"


def pagination(cat: Cat, k: int, total_pages: int) -> str:
    if total_pages <= 1:
        return ""

    def li(label_html: str, target: int | None, title: str = "") -> str:
        if target is None:
            return f'<li class="disabled"><a>{label_html}</a></li>'
        t = f' title="{title}"' if title else ""
        return (
            f'<li><a{t} href="{esc(page_href(cat, target))}" class="hasTooltip pagenav">'
            f"{label_html}</a></li>"
        )

    parts = [
        li('<span class="icon-first" aria-hidden="true"></span>', 0 if k else None, "Đầu"),
        li('<span class="icon-previous" aria-hidden="true"></span>', k - 1 if k else None, "Trước"),
    ]
    for i in range(total_pages):
        if i == k:
            parts.append(f'<li class="active hidden-phone"><a>{i + 1}</a></li>')
        else:
            parts.append(
                f'<li class="hidden-phone"><a href="{esc(page_href(cat, i))}" class="pagenav">'
                f"{i + 1}</a></li>"
            )
    last = total_pages - 1
    parts += [
        li('<span class="icon-next" aria-hidden="true"></span>', k + 1 if k < last else None, "Tiếp"),
        li('<span class="icon-last" aria-hidden="true"></span>', last if k < last else None, "Cuối"),
    ]
    return (
        f'<div class="pagination"><p class="counter pull-right"> Trang {k + 1}/{total_pages} </p>'
        f'<ul class="pagination-list">{"".join(parts)}</ul></div>'
    )


def blog_main(cat: Cat, k: int) -> str:
    items = cat_items(cat)
    per = cat.per_page
    total_pages = max(1, -(-len(items) // per))
    chunk = items[k * per : (k + 1) * per]
    show_cat = cat.key == "hdcm"
    lead_html = "".join(
        f'<div class="leading-{i} clearfix" itemprop="blogPost" itemscope '
        f'itemtype="https://schema.org/BlogPosting">\n{blog_item(s, show_cat)}\n</div>'
        for i, s in enumerate(chunk[: cat.leading])
    )
    rows = "".join(
        f'<div class="items-row cols-1 row-{i} row-fluid clearfix"><div class="span12"><div '
        'class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/'
        f'BlogPosting">\n{blog_item(s, show_cat)}\n</div></div></div>'
        for i, s in enumerate(chunk[cat.leading :])
    )
    more = ""
    following = items[(k + 1) * per : (k + 1) * per + cat.links]
    if cat.links and following:
        lis = "".join(f'<li><a href="{esc(art_path(s))}">{esc(s.title)}</a></li>' for s in following)
        more = (
            '<div class="items-more"><h3 class="tq-cac-tin">Các tin đã đưa</h3><ol class="nav '
            f'nav-tabs nav-stacked">{lis}</ol></div>'
        )
    subcats = ""
    if show_cat and k == 0:
        kids = [c for c in CATS.values() if c.parent == cat.key]
        subcats = '<div class="cat-children"><h3>Danh mục con</h3>' + "".join(
            f'<div class="first"><h3 class="page-header item-title"><a href="{esc(c.path)}">'
            f'{esc(c.title)}</a> <span class="badge badge-info tip hasTooltip" title="Số bài '
            f'viết">{len(cat_items(c))}</span></h3></div>'
            for c in kids
        ) + "</div>"
    return f"""<div class="blog tq-dsbv" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1><span class="subheading-category">{esc(cat.title)}</span></h1></div>
<div class="items-leading clearfix">{lead_html}</div>
{rows}
{more}
{subcats}
{pagination(cat, k, total_pages)}
</div>"""


def doclist_main(cat: Cat, hits: dict[int, int]) -> str:
    rows = "".join(
        f'<tr class="cat-list-row{i % 2}"><td headers="categorylist_header_title" class="list-'
        f'title"><a href="{esc(art_path(d))}">{esc(d.title)}</a></td><td headers="categorylist_'
        f'header_date" class="list-date small">{date_short(d.opts["created"])}</td><td headers='
        f'"categorylist_header_hits" class="list-hits"><span class="badge badge-info">Lượt xem: '
        f"{d.views() + hits.get(d.id, 0)}</span></td></tr>"
        for i, d in enumerate(cat_items(cat))
    )
    return f"""<div class="category-list tq-dsvb">
<div class="page-header"><h1>{esc(cat.title)}</h1></div>
<form action="{cat.path}" method="post" name="adminForm" id="adminForm" class="form-inline">
<fieldset class="filters btn-toolbar clearfix"><div class="btn-group"><label class="filter-search-lbl element-invisible" for="filter-search">Lọc</label><input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" placeholder="Lọc" /></div></fieldset>
<table class="category table table-striped table-bordered table-hover">
<thead><tr><th scope="col" id="categorylist_header_title">Tiêu đề</th><th scope="col" id="categorylist_header_date">Ngày tạo</th><th scope="col" id="categorylist_header_hits">Lượt xem</th></tr></thead>
<tbody>{rows}</tbody></table>
<input type="hidden" name="filter_order" value="" /><input type="hidden" name="limitstart" value="" />
</form></div>"""


# --- home and the other pages --------------------------------------------------------------------


ACTIVE = ' class="active"'


def home_main() -> str:
    slides = []
    for i, s in enumerate(FEATURED):
        slides.append(
            f'<div class="item{" active" if i == 0 else ""}"><a href="{esc(comp_path(s))}"><img '
            f'src="{esc(s.opts["thumb"].replace("/thumb/", "/slide/"))}" alt="{esc(s.title)}" />'
            f'</a><div class="carousel-caption tnb-cap"><h4><a href="{esc(comp_path(s))}">'
            f'{esc(s.title)}</a></h4><p>{esc(truncate(first_text(s), 140))}</p><span class="'
            f'tnb-ngay">({date_short(s.opts["created"])})</span></div></div>'
        )
    dots = "".join(
        f'<li data-target="#tq-tnb-slider" data-slide-to="{i}"{ACTIVE if i == 0 else ""}></li>'
        for i in range(len(FEATURED))
    )
    boxes = []
    for key, count in (("tt", 4), ("hdcm", 2), ("tb", 2)):
        cat = CATS[key]
        items = cat_items(cat)[:count]
        first, rest = items[0], items[1:]
        lis = "".join(
            f'<li><a href="{esc(art_path(s))}">{esc(s.title)}</a> <span class="tq-ngay-nho">'
            f'({date_short(s.opts["created"])})</span></li>'
            for s in rest
        )
        boxes.append(
            f'<div class="moduletable tq-box-{key}"><h3 class="tq-box-tde"><a href="{cat.path}">'
            f'{esc(cat.title)}</a></h3><div class="tq-box-dau clearfix"><a href="'
            f'{esc(art_path(first))}"><img src="{esc(first.opts["thumb"])}" alt="" class="pull-'
            f'left" width="180" /></a><h4><a href="{esc(art_path(first))}">{esc(first.title)}'
            f'</a></h4><p>{esc(truncate(first_text(first), 200))}</p></div><ul class="tq-box-ds">'
            f'{lis}</ul><p class="tq-xemtat"><a href="{cat.path}">Xem tiếp »</a></p></div>'
        )
    return f"""<div class="moduletable tq-tnb-home"><h3 class="tq-mod-tde"><span>Tin nổi bật</span></h3>
<div id="tq-tnb-slider" class="carousel slide" data-ride="carousel"><ol class="carousel-indicators">{dots}</ol>
<div class="carousel-inner" role="listbox">{"".join(slides)}</div>
<a class="left carousel-control" href="#tq-tnb-slider" role="button" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
<a class="right carousel-control" href="#tq-tnb-slider" role="button" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a>
</div></div>
{"".join(boxes)}"""


INTRO_PAGES: dict[str, tuple[str, str]] = {
    "/gioi-thieu/chuc-nang-nhiem-vu.html": (
        "Chức năng, nhiệm vụ",
        "<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Tuyên Quang, "
        "tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và "
        "đào tạo, bao gồm: chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và "
        "tiêu chuẩn cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật chất, thiết bị trường học; quy "
        "chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>\n"
        "<p>Sở Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự "
        "chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời "
        "chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào "
        "tạo.</p>",
    ),
    "/gioi-thieu/co-cau-to-chuc.html": (
        "Cơ cấu tổ chức",
        "<p><strong>Ban Giám đốc Sở</strong></p>\n<ul><li>Giám đốc: Lê Minh Quang</li><li>Phó "
        "Giám đốc: Đỗ Văn Thịnh</li><li>Phó Giám đốc: Nông Thị Bích Ngọc</li></ul>\n<p><strong>"
        "Các phòng chuyên môn, nghiệp vụ</strong></p>\n<ul><li>Văn phòng Sở</li><li>Phòng Tổ "
        "chức cán bộ</li><li>Phòng Kế hoạch - Tài chính</li><li>Phòng Giáo dục Mầm non - Giáo dục "
        "Tiểu học</li><li>Phòng Giáo dục Trung học</li><li>Phòng Giáo dục thường xuyên - Giáo dục "
        "nghề nghiệp</li><li>Phòng Quản lý chất lượng</li><li>Thanh tra Sở</li></ul>",
    ),
}


def intro_main(title: str, body: str) -> str:
    return f"""<div class="item-page tq-ctbv" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 class="tde-bv" itemprop="headline">{esc(title)}</h2></div>
<div itemprop="articleBody" class="nd-bv">
{body}
</div>
</div>"""


def contact_main() -> str:
    return f"""<div class="contact tq-lienhe" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h2><span class="contact-name" itemprop="name">Văn phòng Sở Giáo dục và Đào tạo Tuyên Quang</span></h2></div>
<h3>Thông tin liên hệ</h3>
<dl class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dt><span class="jicons-text">Địa chỉ: </span></dt><dd><span class="contact-street" itemprop="streetAddress">Số 12, đường 17/8, phường Minh Xuân</span></dd>
<dd><span class="contact-state" itemprop="addressRegion">Tuyên Quang</span></dd>
<dt><span class="jicons-text">Email: </span></dt><dd><span class="contact-emailto">{cloak("sogddt@tuyenquang.gov.vn")}</span></dd>
<dt><span class="jicons-text">Điện thoại: </span></dt><dd><span class="contact-telephone" itemprop="telephone">0207.3822.154</span></dd>
<dt><span class="jicons-text">Fax: </span></dt><dd><span class="contact-fax" itemprop="faxNumber">0207.3822.437</span></dd>
</dl>
<h3>Gửi thư cho chúng tôi</h3>
<form id="contact-form" action="/lien-he.html" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi email. Các trường có dấu sao (*) là bắt buộc.</legend>
<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" required /></div>
<div class="control-group"><label for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" required /></div>
<div class="control-group"><label for="jform_contact_emailmsg">Tiêu đề *</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" required /></div>
<div class="control-group"><label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" required></textarea></div>
<button class="btn btn-primary validate" type="submit">Gửi email</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" /><input type="hidden" name="id" value="1:van-phong-so" />
</fieldset></form>
</div>"""


CALENDAR_ROWS = [
    ("Thứ Hai 30/11", "Sáng", "Giao ban Ban Giám đốc Sở", "Lãnh đạo Sở, Chánh Văn phòng", "Phòng họp tầng 2"),
    ("Thứ Hai 30/11", "Chiều", "Làm việc với Trường THPT Chuyên về công tác bồi dưỡng học sinh giỏi", "Đ/c Giám đốc", "Trường THPT Chuyên"),
    ("Thứ Ba 01/12", "Cả ngày", "Kiểm tra công tác bán trú tại xã Lâm Bình", "Đ/c Đỗ Văn Thịnh, Phó Giám đốc", "Xã Lâm Bình"),
    ("Thứ Tư 02/12", "Chiều", "Hội nghị sơ kết công tác tháng 11", "Theo giấy mời", "Hội trường Sở"),
    ("Thứ Năm 03/12", "Sáng", "Dự họp UBND tỉnh thường kỳ", "Đ/c Giám đốc", "UBND tỉnh"),
    ("Thứ Sáu 04/12", "Sáng", "Duyệt đề thi chọn học sinh giỏi lớp 12", "Hội đồng ra đề", "Sở GD&ĐT"),
]


def calendar_main() -> str:
    rows = "".join(
        "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in CALENDAR_ROWS
    )
    return f"""<div class="custom tq-lich-ct">
<h2 class="tq-lich-tde">LỊCH CÔNG TÁC TUẦN 49</h2>
<p style="text-align: center;"><em>(Từ ngày 30/11/2026 đến ngày 06/12/2026)</em></p>
<table class="table table-bordered tq-lich" style="width: 100%;"><thead><tr><th>Thứ/Ngày</th><th>Buổi</th><th>Nội dung</th><th>Thành phần</th><th>Địa điểm</th></tr></thead>
<tbody>{rows}</tbody></table>
<p><em>Lịch có thể thay đổi, đề nghị các đơn vị theo dõi thường xuyên trên cổng thông tin.</em></p>
</div>"""


def search_main(word: str) -> str:
    hits = [s for s in STORIES if word and word.lower() in s.title.lower()] if word else []
    rows = "".join(
        f'<dt class="result-title">{i}. <a href="{esc(art_path(s))}">{esc(s.title)}</a></dt>'
        f'<dd class="result-category"><span class="small">({esc(CATS[s.cat].title)})</span></dd>'
        for i, s in enumerate(hits, 1)
    )
    return f"""<div class="search tq-timkiem"><h1 class="page-title">Tìm kiếm</h1>
<form id="searchForm" action="/tim-kiem.html" method="post"><input type="text" name="searchword" value="{esc(word)}" class="inputbox" /><button name="Search" class="btn hasTooltip">Tìm kiếm</button><input type="hidden" name="task" value="search" /></form>
<div class="searchintro"><p>Tìm kiếm: <span class="badge badge-info">{len(hits)}</span> kết quả.</p></div>
<dl class="search-results">{rows}</dl></div>"""


# --- the site ------------------------------------------------------------------------------------

DOWNLOADS = {
    n: fname for s in ALL.values() for (n, fname, *_rest) in s.opts.get("attach", [])
}
STATIC_PREFIXES = ("/images/", "/templates/", "/media/", "/modules/")


class Site:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hits: dict[int, int] = {}
        self.articles: dict[str, Story] = {}
        for s in ALL.values():
            self.articles[art_path(s)] = s
            self.articles[comp_path(s).split("?")[0]] = s
            if s.opts.get("old_alias"):
                self.articles[art_path(s, s.opts["old_alias"])] = s
        self.cats = {c.path: c for c in CATS.values()}

    def _hit(self, story: Story) -> int:
        with self._lock:
            self._hits[story.id] = self._hits.get(story.id, 0) + 1
            return story.views() + self._hits[story.id]

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(STATIC_PREFIXES) or path == "/favicon.ico":
            return static_file(path)
        if path.startswith("/component/attachments/download/"):
            n = path.rsplit("/", 1)[1]
            fname = DOWNLOADS.get(int(n)) if n.isdigit() else None
            if fname is None:
                return None
            return Response(
                200,
                PDF,
                {
                    "Content-Type": "application/pdf",
                    "Content-Disposition": f'attachment; filename="{fname}"',
                },
            )
        if path == "/":
            if request.query and request.method == "GET":
                return None
            return html(page(request, SITE_NAME, home_main(), None, "home", home=True))
        if path in self.articles:
            return self._article(request, self.articles[path])
        if path in self.cats:
            return self._category(request, self.cats[path])
        if path in INTRO_PAGES:
            title, body = INTRO_PAGES[path]
            crumbs = [("Giới thiệu", None), (title, None)]
            return html(
                page(request, f"{title} - {SITE_SHORT}", intro_main(title, body), crumbs, "gt")
            )
        if path == "/lien-he.html":
            crumbs = [("Liên hệ", None)]
            return html(page(request, f"Liên hệ - {SITE_SHORT}", contact_main(), crumbs, "lh"))
        if path == "/lich-cong-tac.html":
            crumbs = [("Lịch công tác", None)]
            return html(
                page(request, f"Lịch công tác - {SITE_SHORT}", calendar_main(), crumbs, "lct")
            )
        if path == "/tim-kiem.html":
            word = request.form.get("searchword", "") or request.params.get("searchword", "")
            crumbs = [("Tìm kiếm", None)]
            return html(page(request, f"Tìm kiếm - {SITE_SHORT}", search_main(word), crumbs, ""))
        return None

    def _category(self, request: Request, cat: Cat) -> Response | None:
        params = request.params
        raw = params.get("start") or params.get("limitstart") or "0"
        if not raw.isdigit() or int(raw) % cat.per_page:
            return None
        k = int(raw) // cat.per_page
        items = cat_items(cat)
        if k and k * cat.per_page >= len(items):
            return None
        crumbs = [(c.title, c.path) for c in cat_chain(cat)]
        crumbs[-1] = (cat.title, None)
        title = cat.title + (f" - Trang {k + 1}" if k else "") + f" - {SITE_SHORT}"
        main = doclist_main(cat, dict(self._hits)) if cat.key == "vb" else blog_main(cat, k)
        return html(page(request, title, main, crumbs, top_cat(cat).key))

    def _article(self, request: Request, story: Story) -> Response | None:
        params = request.params
        printing = params.get("tmpl") == "component"
        page_no: int | None = 0
        title = f"{story.title} - {SITE_SHORT}"
        if story.opts.get("pages") and not printing:
            if params.get("showall") == "1":
                page_no = None
            else:
                raw = params.get("start") or params.get("limitstart") or "0"
                if not raw.isdigit() or int(raw) >= len(story.opts["pages"]):
                    return None
                page_no = int(raw)
                if page_no:
                    title = f"{story.title} - {story.opts['pages'][page_no]} - {SITE_SHORT}"
        main = article_main(story, self._hit(story), page_no, printing)
        if printing:
            return html(
                f"""{head(request, title, robots="noindex, nofollow")}
<body class="contentpane modal">
<div id="system-message-container"></div>
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> In</a></div>
{main}
</body>
</html>"""
            )
        main += "\n" + related_module(story)
        active = top_cat(CATS[story.cat]).key
        return html(page(request, title, main, article_crumbs(story), active))


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [comp_path(story), print_path(story)]
    if story.opts.get("old_alias"):
        alts.append(art_path(story, story.opts["old_alias"]))
    if story.opts.get("pages"):
        links = pagebreak_paths(story)
        base = art_path(story)
        alts += [links["first"], links["page2"], links["all"], base + "?start=1", base + "?showall=1"]
    return alts


GOLD: list[dict] = [
    gold_record(s, art_path(s), CATS[s.cat].title, alt_paths=_alt_paths(s)) for s in STORIES
]

NON_ARTICLES: list[str] = [
    "/gioi-thieu/chuc-nang-nhiem-vu.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/lien-he.html",
    "/lich-cong-tac.html",
    *(art_path(d) for d in DOCS),
]
