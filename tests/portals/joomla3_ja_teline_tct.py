"""Trường Chính trị tỉnh Hà Tĩnh on Joomla 3.9 + JoomlArt JA Teline V (T3 framework), written blind.

Platform
--------
Joomla 3.9 with SEF URLs, URL rewriting and the ".html" suffix; template ``ja_teline_v`` on the T3
framework: a magazine home made of JA ACM / JA Magazine modules ("magazine-featured" slider,
"magazine-category" boxes), category blogs through JA Teline's own layouts ("magazine-item",
"magazine-item-media", "magazine-item-main", "article-intro", "items-more", "pagination-wrap"),
article pages with T3's ``aside.article-aside`` (``dl.article-info``: createdby, category,
published "Thứ năm, 12 Tháng 11 2026 08:30", hits) split above/below the text, JA Teline's
"Bài viết liên quan" block, Joomla tags, prev/next ``ul.pager.pagenav``, a "Đọc nhiều" (popular)
side module, a Vinaora-style visitor counter and the usual vi-VN language strings.

URL scheme
----------
- ``/``                                   home (magazine modules)
- ``/tin-tuc-su-kien.html``               category blog "Tin tức - Sự kiện", 4 items a page;
  ``?start=4``, ``?start=8`` (offsets, not page numbers); ``?limitstart=0`` = page 1 (the "Đầu",
  "Trước" and "1" links of pages 2 and 3)
- ``/dao-tao/lop-hoc.html``               category blog "Lớp học" (menu heading "Đào tạo" above it)
- ``/tin-tuc-su-kien/<id>-<alias>.html``  article (news category)
- ``/dao-tao/lop-hoc/<id>-<alias>.html``  article (class category)
- ``/<id>-<alias>.html``                  the same article routed through the home menu item
  (the home "magazine-featured" slider links featured articles this way)
- ``…html?tmpl=component&print=1``        print view (also with ``&layout=default``)
- ``…html?showall=&limitstart=`` / ``?showall=&limitstart=1`` / ``?showall=1``: the pages of an
  article split with the "Page Break" plugin
- ``/component/tags/tag/<id>-<alias>.html`` tag pages (listings)
- ``/component/mailto/?tmpl=component&template=ja_teline_v&link=<sha1>`` "send to a friend" form
- ``/video.html``, ``/van-ban.html``       small listings of the video and document categories
- ``/gioi-thieu.html``, ``/gioi-thieu/co-cau-to-chuc.html`` (single-article menu items),
  ``/lien-he.html`` (com_contact), ``/video/88-….html`` (JA Teline "video" article type),
  ``/van-ban/74-….html`` (a document entry): the NON_ARTICLES
- ``/images/…``, ``/templates/…``, ``/t3-assets/…``, ``/media/…``: static files

How each gold article is reached
--------------------------------
News category (10 articles, newest first, 4 a page): page 1 (``/tin-tuc-su-kien.html``) shows
87, 86, 85, 84 and, in its "Các bài viết khác" links, 79 and 83; page 2 (``?start=4``) shows 79,
83, 82, 80; page 3 (``?start=8``) shows 77, 75. No listing other than page 2 shows 82 and 80, none
other than page 3 shows 77 and 75 (they are also linked, as on any Joomla site, from the prev/next
pagers and "Bài viết liên quan" blocks of other articles and from tag pages). The home shows 87, 86, 81 in the featured
slider (home-routed duplicates ``/<id>-<alias>.html``) and 85, 84, 79, 83 in the news box.
Class category (3 articles): ``/dao-tao/lop-hoc.html`` shows 81, 78, 76; the home's class box
shows 81 and 78; the "Đọc nhiều" module links 81 and 76 through ``/tin-tuc-su-kien/…`` (the
module is assigned the "Tin tức - Sự kiện" menu item for its routes: duplicates, see traps).

Traps
-----
1. **Article split by the "Page Break" plugin** (article 86). Its SEF URL prints only page 1
   ("Trang 1 / 2", a "Mục lục bài viết" box, a "Trang sau »" pager); the rest of the text is on
   ``?showall=&limitstart=1``; ``?showall=1`` and the print view print it all. Gold: one record at
   the SEF path whose body is the WHOLE text (both pages, in order); the TOC titles, the page
   counter and the page pager are not text; the page variants are ``alt_paths``.
2. **Joomla's e-mail cloaking** (article 80). The "Email Cloaking" plugin replaces an address in
   the text with ``<span id="cloak…">Địa chỉ email này đang được bảo vệ …</span>`` plus a script that
   writes the address in pieces of HTML entities. Gold: the sentence as a reader sees it, with the
   address (``daotao.tct@hatinh.gov.vn``), never the spam-bot notice.
3. **Captions that exist only for caption.js** (article 84): an image in the text is
   ``<img class="caption" title="…">`` and JCaption draws the title under it in the browser. Gold:
   that title is the image's caption. (The full-text image of JA Teline prints both the title and
   a ``p.img-caption``: same caption, once.)
4. **A module loaded inside the text** (article 85): the editor typed ``{loadposition …}`` in the
   middle of the text, and the plugin put a whole "Tin cùng chuyên mục" module (titles with dates
   of other articles) inside ``section.article-content[itemprop=articleBody]``, wrapped in a ``<p>``.
   Gold: not text; the paragraphs before and after it are.
5. **Cross-host canonical that mirrors the current URL.** The System-SEF plugin has a "site
   domain" set: every page prints ``<link rel="canonical" href="http://truongchinhtri.hatinh.gov.vn
   <current path and query>">``, i.e. another host, and the very URL being read (duplicates
   included, print view included). Gold: canonical_path is the local category SEF path; the
   printed canonical neither names the local host nor dedupes anything.
6. **Duplicates through menu routing.** Featured articles are linked from the home slider as
   ``/<id>-<alias>.html`` (routed through the home menu item); the popular module links the class
   articles 81 and 76 as ``/tin-tuc-su-kien/<id>-<alias>.html`` (routed through the menu item it
   was given). Those pages answer 200 with the same article, but the BREADCRUMB follows the
   menu item: "Trang chủ » Tin tức - Sự kiện » …" for a class article, just "Trang chủ » …" for a
   home-routed one. Gold: one record per article at the category SEF path, the others in
   ``alt_paths``; category = the category the article is filed in, as the article's own aside
   ("Chuyên mục") and its canonical breadcrumb print it ("Lớp học"), never the dup's breadcrumb.
7. **Created vs published vs modified** (article 82 prints "Được viết: Thứ ba, 03 Tháng 11 2026
   16:20" BEFORE "Ngày đăng: Thứ hai, 09 Tháng 11 2026 07:45"; every article prints "Cập nhật lần
   cuối" in the aside below the text; listing boxes print the day only). Gold: the publication
   date with its time, "2026-11-09T07:45:00+07:00"; article 80 is printed "… 00:00": day alone.
8. **Author in the aside is the CMS account** ("Viết bởi Quản trị" on most articles): nobody. The
   real signature is the right-aligned line closing the text (a person, "TS. … - Khoa …", a unit,
   "Tin, ảnh: …", "Bài, ảnh: … (học viên …)"). One article (81) has a "created by alias" in the
   aside: "Thu Hà - Phòng QLĐT-NCKH" -> author "Thu Hà".
9. **Image captions in three shapes**: a centred ``<em>`` paragraph after the image, a layout
   table (image row + caption row) that is NOT a data table (its caption row is not a body
   paragraph), and "Ảnh: Minh Đức" under an image (a credit: caption None, photographer).
   The full-text image sits above the text, outside ``itemprop=articleBody``, and is the
   article's first image.
10. **Word paste** (article 82): ``p.MsoNormal`` with ``<o:p>`` and empty ``&nbsp;`` paragraphs,
    list bullets in ``mso-list:Ignore`` spans ("-" then non-breaking spaces): no text.
11. **Decomposed Unicode** (article 77): the text was typed with Unikey's "Unicode tổ hợp"; gold
    is NFC.
12. **Pages that look like articles but are not**: the "Giới thiệu" pages are single-article menu
    items printed with the same ``article.article`` / ``h1.article-title`` markup; the video item
    (JA Teline "video" article type) and the document entry print an aside with a publication
    date. All are NON_ARTICLES.
13. **Attachment and "Xem thêm" lines** inside the text (article 78): "Xem thêm: <link>" and
    "Tải về: <file>.pdf" are not text.

Gold decisions on ambiguous points
----------------------------------
- Sapo: only a bold first paragraph (87, 81, 79) is a summary; the intro shown on listings is the
  text's first paragraph and not a sapo by itself.
- The byline line "Phòng Quản lý đào tạo - NCKH" (87) is a unit signing alone: author as printed.
- "Nguồn: Báo Hà Tĩnh điện tử" -> source "Báo Hà Tĩnh điện tử" (75); the name line above it
  is the author.
- List items (80, 85, 82) are paragraphs; a bold heading line inside the text (86) is a paragraph.
- Page-break titles (86) appear only in the TOC and in the page title: they are not text.
- Category is printed by the aside "Chuyên mục" and the canonical breadcrumb: "Tin tức - Sự kiện"
  or "Lớp học" (not the menu heading "Đào tạo").
"""

from __future__ import annotations

import hashlib
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

NAME = "joomla3_ja_teline_tct"
PLATFORM = "Joomla 3.9 + JA Teline V (T3 framework)"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Hà Tĩnh"
PROD_HOST = "http://truongchinhtri.hatinh.gov.vn"
HEADER_DAY = "Thứ Bảy, 05/12/2026"

NEWS = "Tin tức - Sự kiện"
CLASS = "Lớp học"
CATS = {
    NEWS: {"path": "/tin-tuc-su-kien.html", "prefix": "/tin-tuc-su-kien", "itemid": 102, "color": "cat-blue"},
    CLASS: {"path": "/dao-tao/lop-hoc.html", "prefix": "/dao-tao/lop-hoc", "itemid": 115, "color": "cat-green"},
}
TAGS = {
    3: ("dao-tao-boi-duong", "Đào tạo, bồi dưỡng"),
    5: ("nghien-cuu-khoa-hoc", "Nghiên cứu khoa học"),
    7: ("cong-tac-dang", "Công tác Đảng"),
}

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def lc2(value: str) -> str:
    """DATE_FORMAT_LC2 of the vi-VN pack: "Thứ năm, 12 Tháng 11 2026 08:30"."""
    d = _dt(value)
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d:%Y %H:%M}"


def lc3(value: str) -> str:
    """DATE_FORMAT_LC3: "12 Tháng 11 2026"."""
    d = _dt(value)
    return f"{d:%d} Tháng {d.month} {d:%Y}"


def iso(value: str) -> str:
    return _dt(value).strftime("%Y-%m-%dT%H:%M:00+07:00")


_MSO_SPAN = 'lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif"'


def right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


# --- the articles ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=87,
        slug="hoi-nghi-tong-ket-cong-tac-dao-tao-boi-duong-nam-2026",
        title="Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2026 và triển khai nhiệm vụ năm 2027",
        cat=NEWS,
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều 03/12, Trường Chính trị tỉnh Hà Tĩnh tổ chức Hội nghị tổng kết công tác đào tạo, "
            "bồi dưỡng năm 2026 và triển khai phương hướng, nhiệm vụ năm 2027. Đồng chí Lê Văn Khánh, "
            "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự và chỉ đạo Hội nghị."
        ),
        authors=["Phòng Quản lý đào tạo - NCKH"],
        blocks=[
            Img("/images/tin-tuc/2026/12/tong-ket-dao-tao-2026-01.jpg", "Quang cảnh Hội nghị tổng kết",
                "Quang cảnh Hội nghị tổng kết", style="full"),
            P(
                "Chiều 03/12, Trường Chính trị tỉnh Hà Tĩnh tổ chức Hội nghị tổng kết công tác đào tạo, "
                "bồi dưỡng năm 2026 và triển khai phương hướng, nhiệm vụ năm 2027. Đồng chí Lê Văn Khánh, "
                "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự và chỉ đạo Hội nghị.",
                "lead",
            ),
            P(
                "Năm 2026, Nhà trường đã mở 34 lớp với 2.816 học viên, trong đó có 9 lớp trung cấp lý luận "
                "chính trị, 12 lớp bồi dưỡng ngạch chuyên viên và tương đương, 13 lớp bồi dưỡng cập nhật kiến "
                "thức cho cán bộ, công chức cấp xã sau sắp xếp đơn vị hành chính. Tỷ lệ học viên tốt nghiệp "
                "đạt 98,7%, trong đó loại khá, giỏi chiếm 81,2%."
            ),
            P(
                "Công tác đổi mới phương pháp giảng dạy tiếp tục được chú trọng; 100% bài giảng được thiết kế "
                "trình chiếu, nhiều khoa đã đưa tình huống thực tiễn của địa phương vào bài giảng, tăng thời "
                "lượng thảo luận, trao đổi. Nhà trường hoàn thành số hóa hơn 1.200 đầu tài liệu tại thư viện "
                "và đưa vào vận hành phần mềm quản lý đào tạo."
            ),
            Img("/images/tin-tuc/2026/12/tong-ket-dao-tao-2026-02.jpg",
                "Đồng chí Hiệu trưởng Nguyễn Văn Thành trình bày báo cáo tổng kết",
                "Đồng chí Hiệu trưởng Nguyễn Văn Thành trình bày báo cáo tổng kết", style="em"),
            P(
                "Phát biểu chỉ đạo Hội nghị, đồng chí Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy ghi nhận những "
                "kết quả Nhà trường đạt được, đồng thời đề nghị trong năm 2027 tiếp tục nâng cao chất lượng "
                "đội ngũ giảng viên, gắn lý luận với thực tiễn, chú trọng bồi dưỡng kỹ năng lãnh đạo, quản lý "
                "cho cán bộ cấp xã."
            ),
            P(
                "Dịp này, Nhà trường đã khen thưởng 6 tập thể và 21 cá nhân có thành tích xuất sắc trong "
                "thực hiện nhiệm vụ năm học."
            ),
            right("Phòng Quản lý đào tạo - NCKH"),
        ],
        opts={"pub": "2026-12-03 14:30", "modified": "2026-12-04 08:05", "featured": True, "tags": [3],
              "thumb": "/images/tin-tuc/2026/12/tong-ket-dao-tao-2026-01.jpg"},
    ),
    Story(
        id=86,
        slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-giang-day-ly-luan-chinh-tri",
        title=(
            "Hội thảo khoa học “Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn "
            "tỉnh Hà Tĩnh”"
        ),
        cat=NEWS,
        published_at="2026-11-27T08:00:00+07:00",
        authors=["Lê Thị Minh Nguyệt"],
        blocks=[
            P(
                "Sáng 26/11, Trường Chính trị tỉnh Hà Tĩnh tổ chức Hội thảo khoa học cấp trường với chủ đề "
                "“Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn tỉnh Hà Tĩnh”. Tham dự "
                "Hội thảo có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Ban Tổ chức Tỉnh ủy, các "
                "đồng chí trong Ban Giám hiệu cùng toàn thể cán bộ, giảng viên Nhà trường."
            ),
            P(
                "Ban Tổ chức đã nhận được 27 tham luận của giảng viên, cán bộ quản lý và báo cáo viên kiêm "
                "chức. Các tham luận tập trung làm rõ thực trạng giảng dạy các môn lý luận chính trị tại "
                "Nhà trường trong 5 năm gần đây, chỉ ra những hạn chế như nội dung còn nặng về lý thuyết, "
                "việc liên hệ thực tiễn địa phương chưa đều giữa các khoa."
            ),
            Img("/images/tin-tuc/2026/11/hoi-thao-khoa-hoc-2026.jpg",
                "Các đại biểu tham dự Hội thảo khoa học cấp trường",
                "Các đại biểu tham dự Hội thảo khoa học cấp trường", style="table"),
            P(
                "Theo nhiều ý kiến, sau khi thực hiện mô hình chính quyền địa phương hai cấp, đối tượng học "
                "viên của Nhà trường có nhiều thay đổi: phần lớn là cán bộ, công chức cấp xã với khối lượng "
                "công việc lớn, đòi hỏi bài giảng phải ngắn gọn, sát thực tế và giải quyết được những vấn "
                "đề đặt ra ở cơ sở."
            ),
            P(
                "Các đại biểu cũng đề xuất tăng cường đi nghiên cứu thực tế, xây dựng ngân hàng tình huống "
                "quản lý gắn với các xã, phường của tỉnh, đồng thời khai thác hiệu quả các nguồn tư liệu "
                "về lịch sử, văn hóa Hà Tĩnh trong giảng dạy."
            ),
            P("Một số giải pháp trọng tâm", "h"),
            P(
                "Thứ nhất, tiếp tục rà soát, cập nhật nội dung chương trình, bổ sung các chuyên đề về kinh "
                "tế - xã hội của tỉnh, về công tác xây dựng Đảng và hệ thống chính trị ở cơ sở."
            ),
            P(
                "Thứ hai, đổi mới mạnh mẽ phương pháp giảng dạy theo hướng phát huy tính chủ động của học "
                "viên; tăng thời lượng thảo luận nhóm, xử lý tình huống và viết thu hoạch gắn với vị trí "
                "việc làm."
            ),
            P(
                "Thứ ba, chú trọng bồi dưỡng đội ngũ giảng viên, nhất là năng lực nghiên cứu khoa học và "
                "khả năng ứng dụng công nghệ thông tin, chuyển đổi số trong giảng dạy."
            ),
            P(
                "Kết luận Hội thảo, đồng chí Phó Hiệu trưởng Trần Quốc Hùng đánh giá cao chất lượng các "
                "tham luận và giao Phòng Quản lý đào tạo - NCKH tổng hợp, chọn lọc các ý kiến để tham mưu "
                "Ban Giám hiệu xây dựng kế hoạch triển khai trong năm học 2026 - 2027."
            ),
            right("TS. Lê Thị Minh Nguyệt - Khoa Lý luận cơ sở"),
        ],
        opts={"pub": "2026-11-27 08:00", "modified": "2026-11-28 10:40", "featured": True, "tags": [5],
              "pagebreak": 5, "pb_titles": ("Hội thảo khoa học cấp trường", "Các giải pháp được đề xuất"),
              "thumb": "/images/tin-tuc/2026/11/hoi-thao-khoa-hoc-2026.jpg"},
    ),
    Story(
        id=85,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv",
        title="Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm 2026",
        cat=NEWS,
        published_at="2026-11-24T15:10:00+07:00",
        authors=["Hoàng Anh"],
        blocks=[
            P(
                "Chiều 23/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
                "“Nâng cao vai trò nêu gương của đảng viên là giảng viên trong giai đoạn mới”. Đồng chí "
                "Phan Đình Quý, Phó Bí thư Đảng ủy Nhà trường dự và phát biểu chỉ đạo."
            ),
            P(
                "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã quán triệt những nội dung cơ bản về trách "
                "nhiệm nêu gương của cán bộ, đảng viên theo các quy định của Trung ương, đồng thời liên hệ "
                "với thực tiễn công tác giảng dạy tại Nhà trường."
            ),
            P("Các đảng viên trong Chi bộ tập trung thảo luận, làm rõ một số nội dung:"),
            P("Nêu gương trong chuẩn mực đạo đức nhà giáo, trong lời nói và việc làm trên giảng đường;", "li"),
            P("Nêu gương trong tự học tập, nghiên cứu, nâng cao trình độ chuyên môn;", "li"),
            P("Nêu gương trong việc thực hiện nội quy, quy chế của cơ quan và nơi cư trú.", "li"),
            P(
                "Phát biểu chỉ đạo, đồng chí Phó Bí thư Đảng ủy ghi nhận cách làm sáng tạo của Chi bộ khi "
                "lựa chọn chủ đề gắn với nhiệm vụ chính trị của đơn vị, đề nghị sau buổi sinh hoạt mỗi đảng "
                "viên đăng ký cụ thể nội dung nêu gương và Chi bộ định kỳ kiểm tra, đánh giá."
            ),
            P(
                "Buổi sinh hoạt chuyên đề diễn ra sôi nổi, dân chủ, góp phần nâng cao chất lượng sinh hoạt "
                "chi bộ theo tinh thần chỉ đạo của Đảng ủy Nhà trường."
            ),
            right("Hoàng Anh"),
        ],
        opts={"pub": "2026-11-24 15:10", "modified": "2026-11-24 15:32", "tags": [7], "loadpos": 6,
              "thumb": "/images/tin-tuc/2026/11/sinh-hoat-chuyen-de-xdd.jpg"},
    ),
    Story(
        id=84,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Sôi nổi Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat=NEWS,
        published_at="2026-11-19T10:00:00+07:00",
        authors=["Hải Yến"],
        photographers=["Minh Đức"],
        blocks=[
            P(
                "Từ ngày 16 đến 18/11, Trường Chính trị tỉnh Hà Tĩnh tổ chức Hội thi giảng viên dạy giỏi "
                "cấp trường năm 2026 nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
                "20/11/2026)."
            ),
            P(
                "Hội thi có 14 giảng viên thuộc 4 khoa chuyên môn tham gia. Mỗi giảng viên thể hiện một "
                "bài giảng lý thuyết trong thời gian 45 phút trước Ban Giám khảo và học viên lớp Trung cấp "
                "lý luận chính trị hệ tập trung."
            ),
            Img("/images/tin-tuc/2026/11/hoi%20thi%20gv%20day%20gioi%2001.jpg",
                "Giảng viên Phan Thị Thu Hà, Khoa Nhà nước và pháp luật thể hiện bài giảng tại Hội thi",
                "Giảng viên Phan Thị Thu Hà, Khoa Nhà nước và pháp luật thể hiện bài giảng tại Hội thi",
                style="jcap"),
            P(
                "Các bài giảng được chuẩn bị công phu, cấu trúc chặt chẽ, nhiều giảng viên sử dụng linh "
                "hoạt các phương pháp giảng dạy tích cực như nêu vấn đề, thảo luận nhóm, phân tích tình "
                "huống, đưa số liệu kinh tế - xã hội mới nhất của tỉnh vào bài giảng."
            ),
            Img("/images/tin-tuc/2026/11/hoi%20thi%20gv%20day%20gioi%2002.jpg", "Ảnh: Minh Đức", None,
                style="em"),
            P(
                "Kết quả, Ban Tổ chức trao 3 giải Nhất, 4 giải Nhì, 5 giải Ba và 2 giải Khuyến khích. Các "
                "giảng viên đạt giải Nhất sẽ được Nhà trường lựa chọn tham gia Hội thi giảng viên dạy giỏi "
                "các trường chính trị toàn quốc năm 2027."
            ),
            right("Hải Yến"),
        ],
        opts={"pub": "2026-11-19 10:00", "modified": "2026-11-20 07:55", "tags": [3],
              "thumb": "/images/tin-tuc/2026/11/hoi%20thi%20gv%20day%20gioi%2001.jpg"},
    ),
    Story(
        id=79,
        slug="noi-chuyen-chuyen-de-ky-niem-96-nam-ngay-truyen-thong-mat-tran-to-quoc",
        title=(
            "Nói chuyện chuyên đề kỷ niệm 96 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam "
            "(18/11/1930 - 18/11/2026)"
        ),
        cat=NEWS,
        published_at="2026-11-17T16:45:00+07:00",
        summary=(
            "Nhằm giáo dục truyền thống cho học viên, chiều 16/11, Nhà trường phối hợp với Ủy ban Mặt "
            "trận Tổ quốc Việt Nam tỉnh tổ chức buổi nói chuyện chuyên đề kỷ niệm 96 năm Ngày truyền thống "
            "Mặt trận Tổ quốc Việt Nam."
        ),
        authors=["Đức Thịnh"],
        photographers=["Đức Thịnh"],
        blocks=[
            P(
                "Nhằm giáo dục truyền thống cho học viên, chiều 16/11, Nhà trường phối hợp với Ủy ban Mặt "
                "trận Tổ quốc Việt Nam tỉnh tổ chức buổi nói chuyện chuyên đề kỷ niệm 96 năm Ngày truyền thống "
                "Mặt trận Tổ quốc Việt Nam.",
                "lead",
            ),
            P(
                "Tại buổi nói chuyện, báo cáo viên đã khái quát quá trình hình thành, phát triển và những "
                "đóng góp to lớn của Mặt trận Dân tộc Thống nhất Việt Nam qua các thời kỳ cách mạng, từ Hội "
                "Phản đế Đồng minh năm 1930 đến Mặt trận Tổ quốc Việt Nam ngày nay."
            ),
            Img("/images/tin-tuc/2026/11/noi-chuyen-mttq-96-nam.jpg",
                "Quang cảnh buổi nói chuyện chuyên đề", "Quang cảnh buổi nói chuyện chuyên đề", style="em"),
            P(
                "Báo cáo viên cũng thông tin về những kết quả nổi bật của công tác Mặt trận tỉnh Hà Tĩnh "
                "trong thời gian qua, nhất là phong trào “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị "
                "văn minh” và cuộc vận động ủng hộ xóa nhà tạm, nhà dột nát cho hộ nghèo."
            ),
            P(
                "Buổi nói chuyện giúp học viên các lớp hiểu sâu sắc hơn vai trò của Mặt trận trong khối "
                "đại đoàn kết toàn dân tộc, từ đó vận dụng vào công tác dân vận ở cơ sở."
            ),
            right("Tin, ảnh: Đức Thịnh"),
        ],
        opts={"pub": "2026-11-17 16:45", "modified": "2026-11-18 08:02", "tags": [],
              "thumb": "/images/tin-tuc/2026/11/noi-chuyen-mttq-96-nam.jpg"},
    ),
    Story(
        id=83,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-voi-nha-truong",
        title="Đoàn công tác Học viện Chính trị khu vực I làm việc với Trường Chính trị tỉnh Hà Tĩnh",
        cat=NEWS,
        published_at="2026-11-12T08:30:00+07:00",
        blocks=[
            Img("/images/tin-tuc/2026/11/hvct-kv1-lam-viec.jpg",
                "Đoàn công tác Học viện Chính trị khu vực I làm việc với Nhà trường",
                "Đoàn công tác Học viện Chính trị khu vực I làm việc với Nhà trường", style="full"),
            P(
                "Ngày 11/11, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS Đỗ Thị Hồng Vân, Phó Giám "
                "đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Hà Tĩnh về công "
                "tác phối hợp đào tạo cao cấp lý luận chính trị hệ không tập trung."
            ),
            P(
                "Báo cáo với Đoàn, đại diện Ban Giám hiệu cho biết từ năm 2022 đến nay, hai bên đã phối hợp "
                "mở 5 lớp cao cấp lý luận chính trị với 482 học viên tại Hà Tĩnh. Nhà trường bảo đảm tốt "
                "cơ sở vật chất, ký túc xá và công tác quản lý học viên trong suốt quá trình học tập."
            ),
            P(
                "Đoàn công tác đánh giá cao sự phối hợp chặt chẽ của Nhà trường, đồng thời trao đổi về kế "
                "hoạch mở lớp năm 2027, việc cử giảng viên tham gia trợ giảng và hướng dẫn học viên đi "
                "nghiên cứu thực tế tại địa phương."
            ),
            P(
                "Hai bên thống nhất tiếp tục ký kết chương trình phối hợp giai đoạn 2027 - 2030, trong đó "
                "chú trọng trao đổi tài liệu, hợp tác nghiên cứu khoa học và bồi dưỡng nâng cao trình độ "
                "cho đội ngũ giảng viên."
            ),
        ],
        opts={"pub": "2026-11-12 08:30", "modified": "2026-11-12 09:14", "tags": [3],
              "thumb": "/images/tin-tuc/2026/11/hvct-kv1-lam-viec.jpg"},
    ),
    Story(
        id=82,
        slug="cong-doan-nha-truong-to-chuc-giai-bong-chuyen-hoi-chao-mung-20-11",
        title="Công đoàn Nhà trường tổ chức giải bóng chuyền hơi chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat=NEWS,
        published_at="2026-11-09T07:45:00+07:00",
        authors=["Trần Thị Hương"],
        blocks=[
            P(
                "Hưởng ứng đợt thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11, từ ngày 05 đến 07/11, Công "
                "đoàn cơ sở Trường Chính trị tỉnh Hà Tĩnh tổ chức giải bóng chuyền hơi dành cho cán bộ, "
                "giảng viên, người lao động."
            ),
            P(
                "Giải đấu có 6 đội đến từ các khoa, phòng tham gia, thi đấu theo thể thức vòng tròn một "
                "lượt tính điểm, chọn hai đội có thành tích cao nhất vào trận chung kết."
            ),
            P("Mục đích của giải:"),
            P("Tạo sân chơi lành mạnh, rèn luyện sức khỏe cho đoàn viên công đoàn;", "li"),
            P("Tăng cường giao lưu, đoàn kết giữa các khoa, phòng trong Nhà trường;", "li"),
            P("Góp phần thực hiện thắng lợi nhiệm vụ chính trị năm học 2026 - 2027.", "li"),
            P(
                "Sau 3 ngày tranh tài sôi nổi, đội Khoa Lý luận cơ sở giành giải Nhất, đội Phòng Tổ chức - "
                "Hành chính giành giải Nhì, đồng giải Ba thuộc về đội Khoa Xây dựng Đảng và đội Khoa Dân "
                "vận."
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="margin-bottom:6.0pt;text-align:right;line-height:150%">'
                f'<b><span {_MSO_SPAN}>Trần Thị Hương<o:p></o:p></span></b></p>'
            ),
        ],
        opts={"pub": "2026-11-09 07:45", "created": "2026-11-03 16:20", "modified": "2026-11-10 14:18",
              "word": True, "tags": [], "thumb": "/images/tin-tuc/2026/11/bong-chuyen-hoi-2026.jpg"},
    ),
    Story(
        id=80,
        slug="thong-bao-tuyen-sinh-lop-trung-cap-llct-he-khong-tap-trung-nam-2027",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
        cat=NEWS,
        published_at="2026-11-02",
        blocks=[
            P(
                "Thực hiện kế hoạch đào tạo năm 2027 đã được Ban Thường vụ Tỉnh ủy phê duyệt, Trường Chính "
                "trị tỉnh Hà Tĩnh thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung "
                "năm 2027 như sau."
            ),
            P("Đối tượng và tiêu chuẩn", "h4"),
            P(
                "Cán bộ, công chức, viên chức trong hệ thống chính trị là đảng viên chính thức, có trình độ "
                "chuyên môn từ trung cấp trở lên, đã được quy hoạch hoặc đang giữ chức vụ theo quy định "
                "của Ban Tuyên giáo và Dân vận Tỉnh ủy."
            ),
            P("Hồ sơ dự tuyển", "h4"),
            P("Công văn cử đi học của cơ quan, đơn vị có thẩm quyền;", "oli"),
            P("Bản sao quyết định công nhận đảng viên chính thức và bằng tốt nghiệp chuyên môn;", "oli"),
            P("Phiếu đăng ký dự học theo mẫu của Nhà trường.", "oli"),
            P(
                "Hồ sơ gửi về Phòng Quản lý đào tạo - NCKH trước ngày 15/12/2026; bản mềm gửi qua hộp thư "
                "daotao.tct@hatinh.gov.vn để được hướng dẫn.",
                "cloak:daotao.tct@hatinh.gov.vn",
            ),
            P("Thời gian dự kiến khai giảng: tháng 02/2027, học tập trung vào các ngày thứ Sáu và thứ Bảy hằng tuần."),
        ],
        opts={"pub": "2026-11-02 00:00", "modified": "2026-11-02 15:40", "tags": [3],
              "thumb": "/images/tin-tuc/2026/11/tuyen-sinh-tc-2027.png"},
    ),
    Story(
        id=77,
        slug="giang-vien-nha-truong-di-nghien-cuu-thuc-te-tai-xa-cam-binh",
        title="Giảng viên Nhà trường đi nghiên cứu thực tế tại xã Cẩm Bình",
        cat=NEWS,
        published_at="2026-10-23T09:20:00+07:00",
        authors=["Khánh Linh"],
        blocks=[
            P(
                "Từ ngày 20 đến 22/10, đoàn giảng viên Khoa Lý luận cơ sở đã đi nghiên cứu thực tế tại xã "
                "Cẩm Bình nhằm bổ sung tư liệu thực tiễn cho bài giảng về phát triển kinh tế nông nghiệp, "
                "nông thôn."
            ),
            P(
                "Tại đây, đoàn đã làm việc với Đảng ủy, UBND xã, nghe báo cáo tình hình triển khai chính "
                "quyền địa phương hai cấp, kết quả xây dựng nông thôn mới kiểu mẫu và các mô hình kinh tế "
                "tập thể có hiệu quả."
            ),
            Img("/images/tin-tuc/2026/10/thuc-te-cam-binh.jpg",
                "Đoàn giảng viên tham quan mô hình trồng bưởi Phúc Trạch theo tiêu chuẩn VietGAP",
                "Đoàn giảng viên tham quan mô hình trồng bưởi Phúc Trạch theo tiêu chuẩn VietGAP",
                style="table"),
            P(
                "Đoàn cũng đến thăm một số hợp tác xã, trang trại chăn nuôi, vườn mẫu, trao đổi với người "
                "dân về những thuận lợi, khó khăn trong sản xuất và tiêu thụ nông sản."
            ),
            P(
                "Qua đợt nghiên cứu thực tế, các giảng viên đã thu thập được nhiều thông tin, số liệu quý "
                "để cập nhật vào bài giảng, giúp nội dung giảng dạy gần gũi, sát với thực tiễn địa phương."
            ),
            right("Khánh Linh"),
        ],
        opts={"pub": "2026-10-23 09:20", "modified": "2026-10-23 10:02", "nfd": True, "tags": [5],
              "thumb": "/images/tin-tuc/2026/10/thuc-te-cam-binh.jpg"},
    ),
    Story(
        id=75,
        slug="toa-dam-kinh-nghiem-bien-soan-tai-lieu-lich-su-dang-bo-dia-phuong",
        title="Tọa đàm kinh nghiệm biên soạn tài liệu giảng dạy lịch sử Đảng bộ địa phương",
        cat=NEWS,
        published_at="2026-10-14T15:00:00+07:00",
        authors=["Thu Trang"],
        source="Báo Hà Tĩnh điện tử",
        blocks=[
            P(
                "Chiều 13/10, Trường Chính trị tỉnh Hà Tĩnh phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy "
                "tổ chức tọa đàm trao đổi kinh nghiệm biên soạn tài liệu giảng dạy lịch sử Đảng bộ địa "
                "phương cho các lớp trung cấp lý luận chính trị."
            ),
            P(
                "Theo đánh giá tại tọa đàm, bộ tài liệu hiện hành được biên soạn từ năm 2018, nhiều số liệu "
                "đã không còn phù hợp sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương "
                "hai cấp."
            ),
            P(
                "Các đại biểu đề nghị tài liệu mới cần bám sát Văn kiện Đại hội Đảng bộ tỉnh lần thứ XX, "
                "làm nổi bật truyền thống cách mạng của quê hương Hà Tĩnh, đồng thời bổ sung phần câu hỏi "
                "thảo luận, tình huống để học viên vận dụng."
            ),
            P(
                "Dự kiến, tài liệu sẽ được nghiệm thu vào quý II năm 2027 và đưa vào giảng dạy từ năm học "
                "2027 - 2028."
            ),
            right("Thu Trang"),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Hà Tĩnh điện tử</em></p>'),
        ],
        opts={"pub": "2026-10-14 15:00", "modified": "2026-10-15 08:00", "tags": [5],
              "thumb": "/images/tin-tuc/2026/10/toa-dam-lich-su-dang-bo.jpg"},
    ),
    # --- class category ---
    Story(
        id=81,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-tap-trung-khoa-2026-2027",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ tập trung khóa 2026 - 2027",
        cat=CLASS,
        published_at="2026-11-04T09:15:00+07:00",
        summary=(
            "Sáng 04/11, Trường Chính trị tỉnh Hà Tĩnh tổ chức khai giảng lớp Trung cấp lý luận chính "
            "trị hệ tập trung khóa 2026 - 2027 (lớp TC69) cho 96 học viên là cán bộ, công chức cấp xã "
            "và các sở, ban, ngành cấp tỉnh."
        ),
        authors=["Thu Hà"],
        blocks=[
            Img("/images/lop-hoc/2026/khai-giang-tc69.jpg", "Các đại biểu dự Lễ khai giảng lớp TC69",
                "Các đại biểu dự Lễ khai giảng lớp TC69", style="full"),
            P(
                "Sáng 04/11, Trường Chính trị tỉnh Hà Tĩnh tổ chức khai giảng lớp Trung cấp lý luận chính "
                "trị hệ tập trung khóa 2026 - 2027 (lớp TC69) cho 96 học viên là cán bộ, công chức cấp xã "
                "và các sở, ban, ngành cấp tỉnh.",
                "lead",
            ),
            P(
                "Trong thời gian 8 tháng, học viên sẽ được trang bị hệ thống kiến thức cơ bản về chủ nghĩa "
                "Mác - Lênin, tư tưởng Hồ Chí Minh, đường lối của Đảng, chính sách, pháp luật của Nhà nước "
                "và kỹ năng lãnh đạo, quản lý ở cơ sở."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Hiệu trưởng Nguyễn Văn Thành đề nghị học viên xác định rõ "
                "động cơ, thái độ học tập đúng đắn, chấp hành nghiêm quy chế, nội quy của Nhà trường; tích "
                "cực nghiên cứu, trao đổi, liên hệ với thực tiễn nơi công tác."
            ),
            P(
                "Thay mặt học viên, đồng chí Lớp trưởng hứa sẽ nỗ lực phấn đấu, đoàn kết, hoàn thành tốt "
                "chương trình khóa học."
            ),
        ],
        opts={"pub": "2026-11-04 09:15", "modified": "2026-11-04 11:20", "featured": True,
              "createdby": "Thu Hà - Phòng QLĐT-NCKH", "tags": [3],
              "thumb": "/images/lop-hoc/2026/khai-giang-tc69.jpg"},
    ),
    Story(
        id=78,
        slug="be-giang-lop-boi-duong-ngach-chuyen-vien-chinh-nam-2026",
        title="Bế giảng lớp bồi dưỡng ngạch chuyên viên chính năm 2026",
        cat=CLASS,
        published_at="2026-10-28T15:00:00+07:00",
        authors=["Nguyễn Minh Tâm"],
        blocks=[
            P(
                "Chiều 27/10, Trường Chính trị tỉnh Hà Tĩnh tổ chức bế giảng lớp bồi dưỡng kiến thức quản lý "
                "nhà nước chương trình chuyên viên chính năm 2026 cho 118 học viên."
            ),
            P(
                "Sau 2 tháng học tập, học viên đã được trang bị kiến thức về hành chính nhà nước, quản lý "
                "nhà nước đối với ngành, lĩnh vực và các kỹ năng thực thi công vụ. Lớp đã tổ chức đi khảo "
                "sát thực tế tại tỉnh Quảng Trị và hoàn thành đề án cuối khóa."
            ),
            P(
                "Kết quả, 100% học viên đủ điều kiện được cấp chứng chỉ, trong đó 42 học viên đạt loại "
                "giỏi, 71 học viên đạt loại khá. Nhà trường đã tặng giấy khen cho 9 học viên có thành tích "
                "xuất sắc trong học tập."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/dao-tao/lop-hoc/81-khai-giang-lop-trung-cap-ly-luan-'
                'chinh-tri-he-tap-trung-khoa-2026-2027.html">Khai giảng lớp Trung cấp lý luận chính trị hệ tập '
                'trung khóa 2026 - 2027</a></p>'
            ),
            Raw(
                '<p><img src="/media/system/images/mime-icon-16/pdf.png" alt="pdf" /> Tải về: '
                '<a href="/images/van-ban/2026/ds-tot-nghiep-cvc-2026.pdf" target="_blank">Danh sách học viên '
                'đủ điều kiện cấp chứng chỉ (.pdf)</a></p>'
            ),
            right("Nguyễn Minh Tâm"),
        ],
        opts={"pub": "2026-10-28 15:00", "modified": "2026-10-29 09:00", "tags": [3],
              "thumb": "/images/lop-hoc/2026/be-giang-cvc.jpg"},
    ),
    Story(
        id=76,
        slug="lop-tc68-nghien-cuu-thuc-te-tai-khu-di-tich-nga-ba-dong-loc",
        title="Lớp TC68 nghiên cứu thực tế tại Khu di tích lịch sử Ngã ba Đồng Lộc",
        cat=CLASS,
        published_at="2026-10-20T17:05:00+07:00",
        authors=["Võ Thị Thanh Hoa"],
        photographers=["Võ Thị Thanh Hoa"],
        blocks=[
            P(
                "Thực hiện chương trình đào tạo, ngày 19/10, lớp Trung cấp lý luận chính trị hệ tập trung "
                "khóa 2025 - 2026 (lớp TC68) đã tổ chức đi nghiên cứu thực tế tại Khu di tích lịch sử Ngã "
                "ba Đồng Lộc."
            ),
            P(
                "Tại đây, học viên đã dâng hương, dâng hoa tưởng niệm 10 nữ anh hùng liệt sỹ thanh niên xung "
                "phong và các anh hùng liệt sỹ đã hy sinh trên tuyến đường huyết mạch trong kháng chiến chống "
                "Mỹ cứu nước."
            ),
            Img("/images/lop-hoc/2026/tc68-dong-loc.jpg",
                "Học viên lớp TC68 dâng hương tại Khu di tích", "Học viên lớp TC68 dâng hương tại Khu di tích",
                style="em"),
            P(
                "Học viên được nghe giới thiệu về lịch sử hình thành Khu di tích, những chiến công anh dũng "
                "của quân và dân ta tại Ngã ba Đồng Lộc, đồng thời tìm hiểu công tác quản lý, bảo tồn và "
                "phát huy giá trị di tích gắn với phát triển du lịch."
            ),
            P("Chuyến đi là dịp để mỗi học viên thêm tự hào về truyền thống quê hương, ý thức hơn trách nhiệm của bản thân."),
            right("Bài, ảnh: Võ Thị Thanh Hoa (học viên lớp TC68)"),
        ],
        opts={"pub": "2026-10-20 17:05", "modified": "2026-10-21 07:30", "tags": [],
              "thumb": "/images/lop-hoc/2026/tc68-dong-loc.jpg"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
NEWS_ORDER = [87, 86, 85, 84, 79, 83, 82, 80, 77, 75]
CLASS_ORDER = [81, 78, 76]
PER_PAGE = 4
POPULAR = [83, 81, 87, 76, 85]
RELATED = {
    87: [81, 78, 83], 86: [75, 77], 85: [86, 87], 84: [87, 86], 79: [85, 82], 83: [87, 81],
    82: [84, 79], 80: [81, 78], 77: [75, 86], 75: [86, 77], 81: [78, 76, 80], 78: [81, 76], 76: [81, 78],
}

# --- URLs -----------------------------------------------------------------------------------


def canon(s: Story) -> str:
    return f"{CATS[s.cat]['prefix']}/{s.id}-{s.slug}.html"


def news_route(s: Story) -> str:
    return f"/tin-tuc-su-kien/{s.id}-{s.slug}.html"


def home_route(s: Story) -> str:
    return f"/{s.id}-{s.slug}.html"


def print_target(s: Story) -> str:
    return canon(s) + "?tmpl=component&print=1"


PB_TARGETS = ("?showall=&limitstart=", "?showall=&limitstart=1", "?showall=1")


def mailto_target(path: str) -> str:
    digest = hashlib.sha1(path.encode("utf-8")).hexdigest()
    return f"/component/mailto/?tmpl=component&template=ja_teline_v&link={digest}"


def tag_path(tag_id: int) -> str:
    return f"/component/tags/tag/{tag_id}-{TAGS[tag_id][0]}.html"


VIDEO_PATH = "/video/88-phong-su-truong-chinh-tri-tinh-ha-tinh-tren-chang-duong-doi-moi.html"
DOC_PATH = "/van-ban/74-quyet-dinh-ban-hanh-quy-che-dao-tao-boi-duong-cua-nha-truong.html"
DOC_PDF = "/images/van-ban/2026/qd-quy-che-dao-tao-boi-duong-2026.pdf"
INTRO_PATH = "/gioi-thieu.html"
ORG_PATH = "/gioi-thieu/co-cau-to-chuc.html"
CONTACT_PATH = "/lien-he.html"


# --- text of the articles -------------------------------------------------------------------


def _t(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")))


def _vowels(value: str) -> str:
    """JHtmlEmail::_convertEncoding: the vowels of the address as decimal references."""
    return "".join(f"&#{ord(c)};" if c in "aeiou" else c for c in value)


def cloak(email: str) -> str:
    """The Email Cloaking plugin's output for a plain address (Joomla 3.9, vi-VN)."""
    key = hashlib.md5(email.encode()).hexdigest()
    rand = int(key[:6], 16) % 90000 + 10000
    user, domain = email.split("@")
    parts = [_vowels(x) for x in domain.split(".")]
    joined = "' + '&#46;' + '".join(parts)
    return (
        f'<span id="cloak{key}">Địa chỉ email này đang được bảo vệ từ spam bots. Bạn cần kích hoạt '
        f"JavaScript để xem nó.</span><script type='text/javascript'>\n"
        f"\t\t\t\tdocument.getElementById('cloak{key}').innerHTML = '';\n"
        f"\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        f"\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{rand} = '{_vowels(user)}' + '&#64;';\n"
        f"\t\t\t\taddy{rand} = addy{rand} + '{joined}';\n"
        f"\t\t\t\tvar addy_text{rand} = '{_vowels(user)}' + '&#64;' + '{joined}';"
        f"document.getElementById('cloak{key}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + "
        f"addy{rand} + '\\'>'+addy_text{rand}+'<\\/a>';\n"
        f"\t\t</script>"
    )


def render_p(s: Story, b: P) -> str:
    word = s.opts.get("word")
    if b.style.startswith("cloak:"):
        email = b.style.split(":", 1)[1]
        before, after = b.text.split(email, 1)
        return f'<p style="text-align: justify;">{_t(s, before)}{cloak(email)}{_t(s, after)}</p>'
    if word:
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
            f'line-height:150%"><span {_MSO_SPAN}>{_t(s, b.text)}<o:p></o:p></span></p>\n'
        )
    if b.style == "lead":
        return f'<p style="text-align: justify;"><strong>{_t(s, b.text)}</strong></p>'
    if b.style == "h":
        return f'<p style="text-align: justify;"><strong><em>{_t(s, b.text)}</em></strong></p>'
    if b.style == "h4":
        return f"<h4>{_t(s, b.text)}</h4>"
    return f'<p style="text-align: justify;">{_t(s, b.text)}</p>'


def render_list(s: Story, items: list[P]) -> str:
    if s.opts.get("word"):
        out = []
        for n, it in enumerate(items):
            pos = "First" if n == 0 else ("Last" if n == len(items) - 1 else "Middle")
            out.append(
                f'<p class="MsoListParagraphCxSp{pos}" style="margin-left:54.0pt;mso-add-space:auto;'
                'text-align:justify;text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1">'
                '<!--[if !supportLists]--><span lang="VI" style="font-size:14.0pt;line-height:150%;'
                'font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:&quot;Times New '
                'Roman&quot;"><span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New '
                'Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
                f"<!--[endif]--><span {_MSO_SPAN}>{_t(s, it.text)}<o:p></o:p></span></p>\n"
            )
        return "".join(out)
    tag = "ol" if items[0].style == "oli" else "ul"
    lis = "".join(f'<li style="text-align: justify;">{_t(s, it.text)}</li>\n' for it in items)
    return f"<{tag}>\n{lis}</{tag}>"


def _stem(src: str) -> str:
    return src.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("%20", " ")


def render_img(s: Story, b: Img) -> str:
    src = esc(b.src)
    if b.style == "jcap":
        return (
            f'<p style="text-align: center;"><img class="caption" title="{esc(b.printed or "")}" src="{src}" '
            f'alt="{esc(_stem(b.src))}" width="640" height="427" style="display: block; margin-left: auto; '
            'margin-right: auto;" /></p>'
        )
    if b.style == "table":
        return (
            '<table style="margin-left: auto; margin-right: auto; width: 640px;" border="0" cellspacing="0" '
            'cellpadding="3"><tbody>\n'
            f'<tr><td><img src="{src}" alt="" width="640" height="427" /></td></tr>\n'
            '<tr><td style="text-align: center; background-color: #eeeeee;"><span style="font-size: 10pt;">'
            f"<em>{_t(s, b.printed or '')}</em></span></td></tr>\n</tbody></table>"
        )
    out = f'<p style="text-align: center;"><img src="{src}" alt="{esc(_stem(b.src))}" width="600" height="400" /></p>'
    if b.printed:
        out += f'\n<p style="text-align: center;"><em>{_t(s, b.printed)}</em></p>'
    return out


def full_image(s: Story) -> str:
    img = next((b for b in s.blocks if isinstance(b, Img) and b.style == "full"), None)
    if img is None:
        return ""
    cap = esc(img.printed or "")
    return (
        '<div class="pull-none item-image article-image article-image-full">\n'
        '<span itemprop="image" itemscope itemtype="https://schema.org/ImageObject">\n'
        f'<img class="caption" title="{cap}" src="{esc(img.src)}" alt="{cap}" itemprop="url"/>\n'
        '<meta itemprop="height" content="auto" />\n<meta itemprop="width" content="auto" />\n</span>\n'
        f'<p class="img-caption">{cap}</p>\n</div>\n'
    )


def loadposition_module(s: Story) -> str:
    """What {loadposition tincungmuc} leaves in the text: a whole mod_articles_category."""
    others = [BY_ID[i] for i in NEWS_ORDER if i != s.id][:4]
    lis = "".join(
        f'<li><a class="mod-articles-category-title " href="{canon(o)}">{esc(o.title)}</a>'
        f'<span class="mod-articles-category-date">{_dt(o.opts["pub"]):%d/%m/%Y}</span></li>\n'
        for o in others
    )
    return (
        '<p><div class="moduletable tin-cung-muc">\n<h3>Tin cùng chuyên mục</h3>\n'
        f'<ul class="category-module mod-list">\n{lis}</ul>\n</div></p>'
    )


def render_blocks(s: Story, blocks: list) -> str:
    out: list[str] = []
    loadpos = s.opts.get("loadpos")
    i = 0
    while i < len(blocks):
        if loadpos is not None and blocks is s.blocks and i == loadpos:
            out.append(loadposition_module(s))
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "oli"):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(blocks[i])
                i += 1
            out.append(render_list(s, items))
            continue
        if isinstance(b, P):
            out.append(render_p(s, b))
        elif isinstance(b, Img):
            if b.style != "full":
                out.append(render_img(s, b))
        else:
            out.append(b.html)
        if s.opts.get("word") and isinstance(b, P) and i % 3 == 1:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        i += 1
    return "\n".join(out)


# --- chrome -----------------------------------------------------------------------------------


def head(req: Request, title: str, extra: str = "", description: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr" class="no-js">
<head>
<base href="{esc(base_url(req) + req.path)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="trường chính trị, hà tĩnh, lý luận chính trị, đào tạo, bồi dưỡng" />
<meta name="rights" content="Trường Chính trị tỉnh Hà Tĩnh" />
<meta name="description" content="{esc(description or 'Cổng thông tin điện tử Trường Chính trị tỉnh Hà Tĩnh')}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="{PROD_HOST}{esc(req.target)}" rel="canonical" />
<link href="/templates/ja_teline_v/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/t3-assets/css/css-5f0e3-41877.css" rel="stylesheet" type="text/css" media="all" />
<link href="/templates/ja_teline_v/fonts/font-awesome/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
<script src="/t3-assets/js/js-a4d61-41877.js" type="text/javascript"></script>
<script type="text/javascript">
jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});
jQuery(function($){{ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) {{ container = container || document;$(container).find(".hasTooltip").tooltip({{"html": true,"container": "body"}});}} }});
</script>
{extra}
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no"/>
<!--[if lt IE 9]><script src="/media/jui/js/html5.js"></script><![endif]-->
</head>
"""


MENU = [
    ("Trang chủ", "/", 101, []),
    ("Giới thiệu", INTRO_PATH, 103, [("Lịch sử hình thành", INTRO_PATH, 104), ("Cơ cấu tổ chức", ORG_PATH, 105)]),
    (NEWS, "/tin-tuc-su-kien.html", 102, []),
    ("Đào tạo", None, 114, [(CLASS, "/dao-tao/lop-hoc.html", 115)]),
    ("Văn bản", "/van-ban.html", 120, []),
    ("Video", "/video.html", 121, []),
    ("Liên hệ", CONTACT_PATH, 130, []),
]


def mainnav(active: int) -> str:
    items = []
    for label, href, mid, kids in MENU:
        cls = ["current active"] if mid == active or any(k[2] == active for k in kids) else []
        if kids:
            cls.append("dropdown mega")
            link = (
                f'<a itemprop="url" class=" dropdown-toggle" href="{href}" data-target="#" data-toggle="dropdown">'
                f'{label} <em class="caret"></em></a>'
                if href
                else f'<span class=" dropdown-toggle separator" data-target="#" data-toggle="dropdown">{label}'
                f' <em class="caret"></em></span>'
            )
            sub = "".join(
                f'<li itemprop="name" data-id="{k[2]}" data-level="2"><a itemprop="url" href="{k[1]}" '
                f'data-target="#">{k[0]}</a></li>' for k in kids
            )
            items.append(
                f'<li itemprop="name" class="{" ".join(cls)}" data-id="{mid}" data-level="1">{link}\n'
                '<div class="nav-child dropdown-menu mega-dropdown-menu"><div class="mega-dropdown-inner">'
                '<div class="row"><div class="col-xs-12 mega-col-nav" data-width="12"><div class="mega-inner">'
                '<ul itemscope itemtype="http://www.schema.org/SiteNavigationElement" class="mega-nav level1">'
                f"{sub}</ul></div></div></div></div></div></li>"
            )
        else:
            items.append(
                f'<li itemprop="name" class="{" ".join(cls)}" data-id="{mid}" data-level="1">'
                f'<a itemprop="url" href="{href}" data-target="#">{label}</a></li>'
            )
    return (
        '<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav">\n<div class="container">\n'
        '<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" '
        'data-target=".t3-navbar-collapse"><i class="fa fa-bars"></i></button></div>\n'
        '<div class="t3-navbar navbar-collapse collapse"><div class="t3-megamenu animate fading" '
        'data-duration="400" data-responsive="true">\n<ul itemscope itemtype="http://www.schema.org/'
        'SiteNavigationElement" class="nav navbar-nav level0">\n' + "\n".join(items) + "\n</ul>\n</div></div>\n"
        "</div>\n</nav>\n"
    )


def breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    lis = ['<li class="active">Bạn đang ở: &#160;</li>']
    for n, (label, href) in enumerate(trail, 1):
        last = n == len(trail)
        if last:
            lis.append(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
                       f'class="active"><span itemprop="name">{esc(label)}</span>'
                       f'<meta itemprop="position" content="{n}"></li>')
        elif href:
            lis.append(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                       f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}'
                       f'</span></a><span class="divider"> » </span><meta itemprop="position" content="{n}"></li>')
        else:
            lis.append(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                       f'<span itemprop="name">{esc(label)}</span><span class="divider"> » </span>'
                       f'<meta itemprop="position" content="{n}"></li>')
    return (
        '<nav class="wrap t3-navhelper "><div class="container">\n'
        '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">\n'
        + "\n".join(lis) + "\n</ul>\n</div></nav>\n"
    )


def module(title: str, body: str, mod_id: int, cls: str = "") -> str:
    return (
        f'<div class="t3-module module {cls}" id="Mod{mod_id}"><div class="module-inner">'
        f'<h3 class="module-title "><span>{title}</span></h3><div class="module-ct">\n{body}\n</div></div></div>\n'
    )


def sidebar() -> str:
    pop = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{news_route(BY_ID[i])}" itemprop="url">'
        f'<span itemprop="name">{esc(BY_ID[i].title)}</span></a><span class="hits"> ({BY_ID[i].views()})</span></li>\n'
        for i in POPULAR
    )
    docs = (
        f'<ul class="van-ban-moi"><li><a href="{DOC_PATH}">Quyết định ban hành Quy chế đào tạo, bồi dưỡng '
        f'của Nhà trường</a> <em>(30/09/2026)</em></li>\n<li><a href="{DOC_PDF}" target="_blank">Toàn văn Quy chế '
        "(PDF)</a></li></ul>"
    )
    links = (
        '<select class="inputbox" onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>'
        '<option value="https://baohatinh.vn">Báo Hà Tĩnh</option>'
        '<option value="https://hcma.vn">Học viện CT quốc gia Hồ Chí Minh</option>'
        '<option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option></select>'
    )
    counter = (
        '<div class="vfx_counter"><table class="vfx_table" cellpadding="0" cellspacing="0"><tbody>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vtoday.png" alt="" /></td><td>Hôm nay</td><td>412</td></tr>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vyesterday.png" alt="" /></td><td>Hôm qua</td><td>538</td></tr>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vmonth.png" alt="" /></td><td>Tháng này</td><td>2.916</td></tr>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vall.png" alt="" /></td><td>Tổng truy cập</td><td>1.204.377</td></tr>'
        '</tbody></table><div class="vfx_online">Đang online: 17</div></div>'
    )
    video = (
        f'<div class="video-mini"><a href="{VIDEO_PATH}"><img src="/images/video/thumb-phong-su-88.jpg" '
        'alt="Phóng sự" /></a><p><a href="' + VIDEO_PATH + '">Phóng sự: Trường Chính trị tỉnh Hà Tĩnh trên chặng '
        "đường đổi mới</a></p></div>"
    )
    return (
        '<div class="t3-sidebar t3-sidebar-right col-xs-12 col-sm-4 col-md-4">\n'
        + module("Đọc nhiều", f'<ul class="mostread mod-list">\n{pop}</ul>', 93, "popular")
        + module("Văn bản mới", docs, 96)
        + module("Video", video, 97)
        + module("Liên kết website", links, 98)
        + module("Thống kê truy cập", counter, 99, "visitor")
        + "</div>\n"
    )


def topbar() -> str:
    return f"""<div class="t3-wrapper">
<div id="t3-topbar" class="t3-topbar"><div class="container"><div class="row">
<div class="topbar-left hidden-xs col-sm-6"><div class="today"><i class="fa fa-calendar"></i> <span class="date">{HEADER_DAY}</span></div></div>
<div class="topbar-right pull-right col-xs-12 col-sm-6">
<div class="search"><form action="/tin-tuc-su-kien.html" method="post" class="form-inline form-search">
<label for="mod-search-searchword" class="element-invisible">Tìm kiếm</label>
<input name="searchword" id="mod-search-searchword" maxlength="200" class="form-control search-query" type="search" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="102" />
</form></div>
<ul class="social-list"><li><a href="https://www.facebook.com/truongchinhtrihatinh" target="_blank"><i class="fa fa-facebook"></i></a></li><li><a href="https://www.youtube.com/channel/UCtct-hatinh" target="_blank"><i class="fa fa-youtube"></i></a></li></ul>
</div></div></div></div>
<header id="t3-header" class="wrap t3-header"><div class="container"><div class="row">
<div class="col-xs-12 col-sm-3 logo"><div class="logo-image logo-control"><a href="/" title="{SITE_NAME}">
<img class="logo-img" src="/images/logo/logo-tct-hatinh.png" alt="{SITE_NAME}" /><span>{SITE_NAME}</span></a>
<small class="site-slogan">Đào tạo, bồi dưỡng cán bộ - Nghiên cứu khoa học - Tổng kết thực tiễn</small></div></div>
<div class="col-xs-12 col-sm-9 headright"><img src="/images/banner/banner-top-2026.jpg" alt="Chào mừng 44 năm Ngày Nhà giáo Việt Nam" /></div>
</div></div></header>
"""


FOOTER = f"""<footer id="t3-footer" class="wrap t3-footer">
<section class="t3-footnav"><div class="container"><div class="row">
<div class="col-md-8"><div class="custom">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH HÀ TĨNH</strong></p>
<p>Địa chỉ: Số 125 đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh</p>
<p>Điện thoại: 0239.3855.146 - Fax: 0239.3855.147 - Email: truongchinhtri@hatinh.gov.vn</p>
<p>Chịu trách nhiệm chính: TS. Nguyễn Văn Thành - Hiệu trưởng</p>
</div></div>
<div class="col-md-4"><ul class="nav-footer"><li><a href="{INTRO_PATH}">Giới thiệu</a></li><li><a href="{CONTACT_PATH}">Liên hệ</a></li></ul></div>
</div></div></section>
<section class="t3-copyright"><div class="container"><small>Copyright &copy; 2026 {SITE_NAME}. Thiết kế bởi JoomlArt, phát triển bởi VNPT Hà Tĩnh.</small></div></section>
</footer>
</div>
<script type="text/javascript">(function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;}})(window,document,'script','//www.google-analytics.com/analytics.js','ga');</script>
</body>
</html>
"""


def page(req: Request, *, title: str, content: str, trail: list, active: int, body_cls: str,
         extra_head: str = "", description: str = "") -> Response:
    doc = (
        head(req, title, extra_head, description)
        + f'<body class="{body_cls}">\n'
        + topbar()
        + mainnav(active)
        + breadcrumb(trail)
        + '<div id="t3-mainbody" class="container t3-mainbody">\n<div class="row">\n'
        + '<div id="t3-content" class="t3-content col-xs-12 col-sm-8 col-md-8">\n'
        + '<div id="system-message-container">\n</div>\n'
        + content
        + "\n</div>\n"
        + sidebar()
        + "</div>\n</div>\n"
        + FOOTER
    )
    return html(doc)


# --- article view -----------------------------------------------------------------------------


def aside_above(s: Story, *, full: bool = True) -> str:
    o = s.opts
    cat = CATS[s.cat]
    who = o.get("createdby", "Quản trị")
    created = ""
    if o.get("created"):
        created = (
            '<dd class="create hasTooltip" title="Được viết: "><i class="fa fa-clock-o"></i> Được viết: '
            f'<time datetime="{iso(o["created"])}" itemprop="dateCreated">{lc2(o["created"])}</time></dd>\n'
        )
    return (
        f'<aside class="article-aside {"article-aside-full" if full else "clearfix"}">\n'
        '<dl class="article-info muted">\n<dt class="article-info-term">Chi tiết</dt>\n'
        f'<dd class="createdby hasTooltip" itemprop="author" itemscope itemtype="https://schema.org/Person" '
        f'title="Viết bởi "><i class="fa fa-user"></i> <span itemprop="name">{esc(who)}</span></dd>\n'
        f'<dd class="category-name hasTooltip" title="Chuyên mục: "><i class="fa fa-folder-open"></i> '
        f'<a href="{cat["path"]}" ><span itemprop="genre">{esc(s.cat)}</span></a></dd>\n'
        + created
        + '<dd class="published hasTooltip" title="Ngày đăng: "><i class="fa fa-calendar"></i> '
        f'{"Ngày đăng: " if o.get("created") else ""}<time datetime="{iso(o["pub"])}" '
        f'itemprop="datePublished">{lc2(o["pub"])}</time></dd>\n'
        "</dl>\n</aside>\n"
    )


def aside_below(s: Story) -> str:
    o = s.opts
    v = s.views()
    return (
        '<aside class="article-aside article-aside-below clearfix">\n<dl class="article-info muted">\n'
        '<dd class="modified hasTooltip" title="Cập nhật lần cuối "><i class="fa fa-calendar"></i> '
        f'Cập nhật lần cuối: <time datetime="{iso(o["modified"])}" itemprop="dateModified">'
        f"{lc2(o['modified'])}</time></dd>\n"
        f'<dd class="hits"><i class="fa fa-eye"></i> <meta itemprop="interactionCount" '
        f'content="UserPageVisits:{v}" /> Lượt xem: {v}</dd>\n</dl>\n</aside>\n'
    )


def tags_block(s: Story) -> str:
    if not s.opts.get("tags"):
        return ""
    spans = "".join(
        f'<li class="tag-{t} tag-list{n}" itemprop="keywords"><a href="{tag_path(t)}" class="label label-info">'
        f"{esc(TAGS[t][1])}</a></li>"
        for n, t in enumerate(s.opts["tags"])
    )
    return f'<div class="tags"><span class="tags-label">Từ khóa:</span>\n<ul class="inline">{spans}</ul></div>\n'


def pagenav(s: Story) -> str:
    order = NEWS_ORDER if s.cat == NEWS else CLASS_ORDER
    k = order.index(s.id)
    items = []
    if k > 0:
        p = BY_ID[order[k - 1]]
        items.append(
            f'<li class="previous"><a class="hasTooltip" title="{esc(p.title)}" aria-label="Bài trước: '
            f'{esc(p.title)}" href="{canon(p)}" rel="prev"><span class="icon-chevron-left" aria-hidden="true">'
            '</span> <span aria-hidden="true">Trước</span></a></li>'
        )
    if k < len(order) - 1:
        n = BY_ID[order[k + 1]]
        items.append(
            f'<li class="next"><a class="hasTooltip" title="{esc(n.title)}" aria-label="Bài tiếp theo: '
            f'{esc(n.title)}" href="{canon(n)}" rel="next"><span aria-hidden="true">Sau</span> '
            '<span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        )
    return '<ul class="pager pagenav">\n' + "\n".join(items) + "\n</ul>\n"


def related(s: Story) -> str:
    lis = "".join(
        f'<li><a href="{canon(BY_ID[r])}">{esc(BY_ID[r].title)}</a> <span class="item-date">'
        f"({_dt(BY_ID[r].opts['pub']):%d/%m/%Y})</span></li>\n"
        for r in RELATED.get(s.id, [])
    )
    return (
        '<div class="related-items">\n<h3 class="section-title related-title"><span>Bài viết liên quan</span></h3>\n'
        f'<ul class="related-list">\n{lis}</ul>\n</div>\n'
    )


def tools(s: Story) -> str:
    share_url = PROD_HOST + canon(s)
    popup = ("window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,"
             "resizable=yes,width=640,height=480,directories=no,location=no'); return false;")
    return (
        '<div class="article-tools">\n<div class="default-tools">\n<h6>Công cụ bài viết</h6>\n<ul class="tools">\n'
        f'<li class="print-icon"><a href="{esc(print_target(s))}" title="In bài viết" onclick="{popup}" '
        'rel="nofollow"><span class="fa fa-print"></span> In</a></li>\n'
        f'<li class="email-icon"><a href="{esc(mailto_target(canon(s)))}" title="Gửi bài viết qua email" '
        f'onclick="{popup}" rel="nofollow"><span class="fa fa-envelope"></span> Email</a></li>\n</ul>\n'
        '<div class="typo-tools"><span>Cỡ chữ</span> <button class="btn btn-default" data-action="decrease">A-'
        '</button> <button class="btn btn-default" data-action="reset">A</button> <button class="btn '
        'btn-default" data-action="increase">A+</button></div>\n</div>\n'
        '<div class="social-share">'
        f'<a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={esc(share_url)}" target="_blank">'
        '<i class="fa fa-facebook"></i> Chia sẻ</a> '
        f'<a class="zalo-share" href="https://sp.zalo.me/share_inline?url={esc(share_url)}" target="_blank">Zalo</a>'
        "</div>\n</div>\n"
    )


def toc(s: Story, current: int) -> str:
    """current: 0, 1 (pages) or 2 (all pages)."""
    base = canon(s)
    labels = [*s.opts["pb_titles"], "Tất cả các trang"]
    lis = []
    for n, (label, q) in enumerate(zip(labels, PB_TARGETS, strict=True)):
        act = " active" if n == current else ""
        lis.append(f'<li class="{act.strip()}"><a href="{esc(base + q)}" class="toclink{act}">{esc(label)}</a></li>')
    return (
        '<div class="pull-right article-index">\n<h3>Mục lục bài viết</h3>\n<ul class="nav nav-tabs nav-stacked">\n'
        + "\n".join(lis) + "\n</ul>\n</div>\n"
    )


def article_text(s: Story, mode: str) -> str:
    """The inside of itemprop=articleBody for one view."""
    k = s.opts.get("pagebreak")
    if k is None:
        return render_blocks(s, s.blocks)
    first, second = s.blocks[:k], s.blocks[k:]
    if mode in ("all", "print"):
        return render_blocks(s, first) + "\n<br />\n" + render_blocks(s, second)
    base = canon(s)
    if mode == "pb1":
        nav = (f'<li class="next"><a href="{esc(base + PB_TARGETS[1])}">Trang sau &raquo;</a></li>')
        return (
            '<div class="pagenavcounter">Trang 1 / 2</div>\n' + render_blocks(s, first)
            + f'\n<div class="pager"><ul>\n{nav}\n</ul></div>'
        )
    nav = f'<li class="previous"><a href="{esc(base + PB_TARGETS[0])}">&laquo; Trang trước</a></li>'
    return (
        '<div class="pagenavcounter">Trang 2 / 2</div>\n' + render_blocks(s, second)
        + f'\n<div class="pager"><ul>\n{nav}\n</ul></div>'
    )


def article_view(req: Request, s: Story, route: str, mode: str) -> Response:
    cat = CATS[s.cat]
    header = (
        '<header class="article-header clearfix">\n'
        f'<h1 class="article-title" itemprop="headline">\n{esc(s.title)}\n</h1>\n</header>\n'
    )
    index = ""
    if s.opts.get("pagebreak") is not None and mode != "print":
        index = toc(s, {"pb1": 0, "pb2": 1, "all": 2}[mode])
    body = (
        f"{full_image(s)}{index}"
        f'<section class="article-content clearfix" itemprop="articleBody">\n{article_text(s, mode)}\n</section>\n'
    )
    if mode == "print":
        doc = (
            head(req, f"{s.title} - {SITE_NAME}")
            + '<body id="bd" class="contentpane modal">\n<div id="system-message-container">\n</div>\n'
            + '<div class="item-page clearfix">\n<article class="article" itemscope itemtype="http://schema.org/Article">\n'
            + header
            + '<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;">'
            + '<span class="fa fa-print"></span> In</a></div>\n'
            + aside_above(s)
            + body
            + "</article>\n</div>\n</body>\n</html>\n"
        )
        return html(doc)
    if route == "home":
        trail = [("Trang chủ", "/"), (s.title, None)]
        active = 101
    elif route == "news":
        trail = [("Trang chủ", "/"), (NEWS, CATS[NEWS]["path"]), (s.title, None)]
        active = 102
    elif s.cat == CLASS:
        trail = [("Trang chủ", "/"), ("Đào tạo", None), (CLASS, cat["path"]), (s.title, None)]
        active = 115
    else:
        trail = [("Trang chủ", "/"), (NEWS, cat["path"]), (s.title, None)]
        active = 102
    content = (
        '<div class="item-page clearfix">\n'
        '<article class="article" itemscope itemtype="http://schema.org/Article">\n'
        '<meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" '
        'itemid="https://google.com/article"/>\n<meta itemprop="inLanguage" content="vi-VN" />\n'
        + header
        + aside_above(s)
        + '<section class="article-full has-article-tools">\n'
        + tools(s)
        + '<div class="article-content-main">\n'
        + body
        + aside_below(s)
        + tags_block(s)
        + "</div>\n</section>\n"
        + pagenav(s)
        + "</article>\n"
        + related(s)
        + "</div>\n"
    )
    title = s.title
    if mode == "pb2":
        title = f"{s.title} - {s.opts['pb_titles'][1]}"
    first = next(b for b in s.blocks if isinstance(b, P)).text
    return page(req, title=f"{title} - {SITE_NAME}", content=content, trail=trail, active=active,
                body_cls=f"com_content view-article itemid-{active} j39 mm-hover",
                description=first[:160])


def article_mode(req: Request, s: Story, route: str) -> str | None:
    q = req.params
    keys = set(q)
    pb = s.opts.get("pagebreak") is not None
    plain = "pb1" if pb else "page"
    if not keys:
        return plain
    if route == "canon" and q.get("tmpl") == "component" and q.get("print") == "1" \
            and keys <= {"tmpl", "print", "layout", "page"}:
        return "print"
    if not pb or route != "canon":
        return None
    if keys == {"showall", "limitstart"} and q["showall"] == "":
        return {"": "pb1", "0": "pb1", "1": "pb2"}.get(q["limitstart"])
    if keys == {"limitstart"}:
        return {"0": "pb1", "1": "pb2"}.get(q["limitstart"])
    if keys == {"showall"} and q["showall"] == "1":
        return "all"
    return None


# --- listings ---------------------------------------------------------------------------------


def intro_html(s: Story) -> str:
    first = next(b for b in s.blocks if isinstance(b, P))
    return f"<p>{_t(s, first.text)}</p>"


def thumb(s: Story, href: str, size: str = "medium") -> str:
    cat = CATS[s.cat]
    return (
        '<div class="magazine-item-media">\n<span class="media-mask"></span>\n'
        f'<div class="pull-left item-image item-image-{size}">\n<a href="{href}" title="{esc(s.title)}">\n'
        '<span itemprop="image" itemscope itemtype="https://schema.org/ImageObject">\n'
        f'<img class="caption" title="{esc(s.title)}" src="{esc(s.opts["thumb"])}" alt="{esc(s.title)}" '
        'itemprop="url"/>\n<meta itemprop="height" content="auto" />\n<meta itemprop="width" content="auto" />\n'
        "</span>\n</a>\n</div>\n"
        f'<span class="category-name {cat["color"]}" title="Chuyên mục: "><a href="{cat["path"]}" >'
        f'<span itemprop="genre">{esc(s.cat)}</span></a></span>\n</div>\n'
    )


def mag_item(s: Story, href: str, *, with_intro: bool = True, readmore: bool = False,
             intro_cls: str = "magazine-item-ct") -> str:
    intro = f'<div class="{intro_cls}">\n{intro_html(s)}\n</div>\n' if with_intro else ""
    if intro_cls == "article-intro":
        intro = f'<section class="article-intro clearfix">\n{intro_html(s)}\n</section>\n' if with_intro else ""
    more = (
        f'<section class="readmore">\n<a class="btn btn-default" href="{href}" itemprop="url" '
        f'aria-label="Xem tiếp: {esc(s.title)}"><span>Xem tiếp...</span></a>\n</section>\n'
        if readmore else ""
    )
    return (
        '<div class="magazine-item">\n'
        + thumb(s, href)
        + '<div class="magazine-item-main">\n'
        f'<div class="article-title">\n<h3 itemprop="name">\n<a href="{href}" itemprop="url">{esc(s.title)}</a>\n'
        "</h3>\n</div>\n"
        '<aside class="article-aside clearfix">\n<dl class="article-info muted">\n'
        '<dt class="article-info-term">Chi tiết</dt>\n<dd class="published hasTooltip" title="Ngày đăng: ">\n'
        f'<i class="fa fa-calendar"></i> <time datetime="{iso(s.opts["pub"])}" itemprop="datePublished">'
        f'{lc3(s.opts["pub"])}</time>\n</dd>\n</dl>\n</aside>\n'
        + intro + more
        + "</div>\n</div>\n"
    )


def pagination(path: str, page_no: int, pages: int) -> str:
    def href(n: int) -> str:
        return f"{path}?limitstart=0" if n == 1 else f"{path}?start={(n - 1) * PER_PAGE}"

    lis = []
    if page_no == 1:
        lis += ['<li class="disabled"><a>Đầu</a></li>', '<li class="disabled"><a>Trước</a></li>']
    else:
        lis += [f'<li><a title="Đầu" href="{href(1)}" class="hasTooltip pagenav">Đầu</a></li>',
                f'<li><a title="Trước" href="{href(page_no - 1)}" class="hasTooltip pagenav">Trước</a></li>']
    for n in range(1, pages + 1):
        if n == page_no:
            lis.append(f'<li class="active"><a>{n}</a></li>')
        else:
            lis.append(f'<li><a href="{href(n)}" class="pagenav">{n}</a></li>')
    if page_no == pages:
        lis += ['<li class="disabled"><a>Sau</a></li>', '<li class="disabled"><a>Cuối</a></li>']
    else:
        lis += [f'<li><a title="Sau" href="{href(page_no + 1)}" class="hasTooltip pagenav">Sau</a></li>',
                f'<li><a title="Cuối" href="{href(pages)}" class="hasTooltip pagenav">Cuối</a></li>']
    return (
        '<div class="pagination-wrap">\n'
        f'<div class="counter">Trang {page_no} / {pages}</div>\n<ul class="pagination">\n'
        + "\n".join(lis) + "\n</ul>\n</div>\n"
    )


def category_blog(req: Request, cat_name: str, order: list[int], page_no: int) -> Response:
    cat = CATS[cat_name]
    pages = max(1, -(-len(order) // PER_PAGE))
    chunk = [BY_ID[i] for i in order[(page_no - 1) * PER_PAGE: page_no * PER_PAGE]]
    more = [BY_ID[i] for i in order[page_no * PER_PAGE: page_no * PER_PAGE + 2]]
    lead, rest = chunk[0], chunk[1:]
    parts = [
        '<div class="blog magazine-blog" itemscope itemtype="https://schema.org/Blog">\n',
        f'<div class="page-subheader clearfix">\n<h2 class="page-subtitle"><span>{esc(cat_name)}</span></h2>\n</div>\n',
        '<div class="items-leading clearfix">\n<div class="leading leading-0 clearfix" itemprop="blogPost" '
        'itemscope itemtype="https://schema.org/BlogPosting">\n',
        mag_item(lead, canon(lead), readmore=True, intro_cls="article-intro"),
        "</div>\n</div>\n",
    ]
    for n, s in enumerate(rest):
        parts.append(
            f'<div class="items-row cols-1 row-{n} row">\n<div class="col-sm-12">\n<div class="item column-1" '
            'itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">\n'
            + mag_item(s, canon(s), intro_cls="article-intro")
            + "</div>\n</div>\n</div>\n"
        )
    if more:
        lis = "".join(f'<li><a href="{canon(s)}">{esc(s.title)}</a></li>\n' for s in more)
        parts.append(
            '<div class="items-more">\n<section class="magazine-links">\n<h3>Các bài viết khác</h3>\n'
            f'<ol class="nav">\n{lis}</ol>\n</section>\n</div>\n'
        )
    if pages > 1:
        parts.append(pagination(cat["path"], page_no, pages))
    parts.append("</div>\n")
    trail = [("Trang chủ", "/")]
    if cat_name == CLASS:
        trail.append(("Đào tạo", None))
    trail.append((cat_name, None))
    title = cat_name if page_no == 1 else f"{cat_name} - Trang {page_no}"
    return page(req, title=f"{title} - {SITE_NAME}", content="".join(parts), trail=trail,
                active=cat["itemid"], body_cls=f"com_content view-category layout-blog itemid-{cat['itemid']} j39")


def tag_view(req: Request, tag_id: int) -> Response:
    label = TAGS[tag_id][1]
    items = [s for s in sorted(STORIES, key=lambda x: x.opts["pub"], reverse=True) if tag_id in s.opts.get("tags", [])]
    lis = "".join(
        f'<li class="cat-list-row{n % 2} clearfix">\n<h3><a href="{canon(s)}">{esc(s.title)}</a></h3>\n'
        f'<span class="tag-body">{esc(next(b for b in s.blocks if isinstance(b, P)).text[:180])}…</span>\n</li>\n'
        for n, s in enumerate(items)
    )
    content = (
        f'<div class="tag-category">\n<h2>{esc(label)}</h2>\n'
        f'<form action="{tag_path(tag_id)}" method="post" name="adminForm" id="adminForm">\n'
        f'<ul class="category list-striped">\n{lis}</ul>\n</form>\n</div>\n'
    )
    return page(req, title=f"{label} - {SITE_NAME}", content=content,
                trail=[("Trang chủ", "/"), ("Từ khóa", None), (label, None)], active=0,
                body_cls="com_tags view-tag j39")


def home(req: Request) -> Response:
    feat = [BY_ID[i] for i in (87, 86, 81)]
    featured = (
        '<div class="ja-acm magazine-featured" id="mod-jaacm-112">\n'
        '<div class="magazine-featured-leading magazine-featured-items">\n'
        + mag_item(feat[0], home_route(feat[0]))
        + "</div>\n"
        '<div class="magazine-featured-intro magazine-featured-items">\n<div class="row">\n'
        + "".join(f'<div class="col-sm-6">\n{mag_item(s, home_route(s), with_intro=False)}</div>\n' for s in feat[1:])
        + "</div>\n</div>\n</div>\n"
    )

    def box(cat_name: str, lead_id: int, link_ids: list[int]) -> str:
        cat = CATS[cat_name]
        lead = BY_ID[lead_id]
        links = "".join(
            f'<li><h4 class="article-title"><a href="{canon(BY_ID[i])}">{esc(BY_ID[i].title)}</a></h4>'
            f'<span class="item-date">{_dt(BY_ID[i].opts["pub"]):%d/%m/%Y}</span></li>\n'
            for i in link_ids
        )
        return (
            '<div class="magazine-category">\n'
            f'<div class="magazine-category-title {cat["color"]}"><a href="{cat["path"]}"><strong>{esc(cat_name)}'
            "</strong></a></div>\n"
            f'<div class="magazine-leading">\n{mag_item(lead, canon(lead))}</div>\n'
            f'<div class="magazine-links"><ul>\n{links}</ul></div>\n</div>\n'
        )

    video_box = (
        '<div class="magazine-category">\n<div class="magazine-category-title cat-red"><a href="/video.html">'
        "<strong>Video</strong></a></div>\n"
        f'<div class="videos-item"><a class="video-title" href="{VIDEO_PATH}">Phóng sự: Trường Chính trị tỉnh '
        "Hà Tĩnh trên chặng đường đổi mới</a></div>\n</div>\n"
    )
    content = (
        featured
        + '<div class="magazine-categories">\n<div class="row">\n'
        + f'<div class="col-sm-12">\n{box(NEWS, 85, [84, 79, 83])}</div>\n'
        + f'<div class="col-sm-6">\n{box(CLASS, 81, [78])}</div>\n'
        + f'<div class="col-sm-6">\n{video_box}</div>\n'
        + "</div>\n</div>\n"
    )
    return page(req, title=SITE_NAME, content=content, trail=[("Trang chủ", None)], active=101,
                body_cls="com_content view-featured itemid-101 home j39")


# --- pages that are not articles --------------------------------------------------------------


def single_article(req: Request, title: str, inner: str, trail: list, active: int, aside: str = "") -> Response:
    content = (
        '<div class="item-page clearfix">\n<article class="article" itemscope itemtype="http://schema.org/Article">\n'
        '<header class="article-header clearfix">\n'
        f'<h1 class="article-title" itemprop="headline">{esc(title)}</h1>\n</header>\n{aside}'
        '<section class="article-full">\n<div class="article-content-main">\n'
        f'<section class="article-content clearfix" itemprop="articleBody">\n{inner}\n</section>\n'
        "</div>\n</section>\n</article>\n</div>\n"
    )
    return page(req, title=f"{title} - {SITE_NAME}", content=content, trail=trail, active=active,
                body_cls=f"com_content view-article itemid-{active} j39")


def intro_page(req: Request) -> Response:
    inner = (
        '<p style="text-align: justify;">Trường Chính trị tỉnh Hà Tĩnh tiền thân là Trường Đảng tỉnh Hà Tĩnh, '
        "được thành lập năm 1960. Trải qua các lần chia tách, sáp nhập tỉnh, Nhà trường đã nhiều lần đổi tên; "
        "năm 1991, khi tái lập tỉnh Hà Tĩnh, Trường được thành lập lại theo quyết định của Ban Thường vụ Tỉnh ủy.</p>\n"
        '<p style="text-align: justify;">Nhà trường là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng đào tạo, '
        "bồi dưỡng lý luận chính trị, chuyên môn, nghiệp vụ cho cán bộ, đảng viên, công chức, viên chức trong hệ "
        "thống chính trị của tỉnh.</p>\n"
        '<p style="text-align: justify;">Với những thành tích đạt được, Nhà trường vinh dự được Chủ tịch nước tặng '
        "thưởng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba và nhiều phần thưởng cao quý khác.</p>"
    )
    return single_article(req, "Lịch sử hình thành và phát triển", inner,
                          [("Trang chủ", "/"), ("Giới thiệu", None)], 104)


def org_page(req: Request) -> Response:
    rows = [
        ("Ban Giám hiệu", "Hiệu trưởng và 02 Phó Hiệu trưởng"),
        ("Phòng Tổ chức - Hành chính", "Tổ chức cán bộ, hành chính, quản trị, tài vụ"),
        ("Phòng Quản lý đào tạo - NCKH", "Quản lý đào tạo, bồi dưỡng; nghiên cứu khoa học; thư viện"),
        ("Khoa Lý luận cơ sở", "Giảng dạy chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh"),
        ("Khoa Xây dựng Đảng", "Giảng dạy công tác xây dựng Đảng, lịch sử Đảng"),
        ("Khoa Nhà nước và pháp luật", "Giảng dạy quản lý hành chính nhà nước, pháp luật"),
        ("Khoa Dân vận", "Giảng dạy công tác dân vận, mặt trận và đoàn thể"),
    ]
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>\n" for a, b in rows)
    inner = (
        '<p>Cơ cấu tổ chức của Trường Chính trị tỉnh Hà Tĩnh gồm Ban Giám hiệu, 02 phòng và 04 khoa chuyên môn:</p>\n'
        f'<table class="table table-bordered" border="1"><tbody>\n<tr><td><strong>Đơn vị</strong></td>'
        f"<td><strong>Chức năng chính</strong></td></tr>\n{trs}</tbody></table>"
    )
    return single_article(req, "Cơ cấu tổ chức", inner, [("Trang chủ", "/"), ("Giới thiệu", INTRO_PATH),
                                                          ("Cơ cấu tổ chức", None)], 105)


def doc_page(req: Request) -> Response:
    aside = (
        '<aside class="article-aside article-aside-full">\n<dl class="article-info muted">\n'
        '<dt class="article-info-term">Chi tiết</dt>\n<dd class="category-name hasTooltip" title="Chuyên mục: ">'
        '<a href="/van-ban.html"><span itemprop="genre">Văn bản</span></a></dd>\n'
        '<dd class="published hasTooltip" title="Ngày đăng: "><i class="fa fa-calendar"></i> '
        f'<time datetime="{iso("2026-09-30 16:00")}" itemprop="datePublished">{lc2("2026-09-30 16:00")}</time></dd>\n'
        "</dl>\n</aside>\n"
    )
    inner = (
        '<table class="table table-bordered van-ban" border="1"><tbody>\n'
        "<tr><td>Số/Ký hiệu</td><td>215/QĐ-TCT</td></tr>\n"
        "<tr><td>Ngày ban hành</td><td>30/09/2026</td></tr>\n"
        "<tr><td>Trích yếu</td><td>Quyết định ban hành Quy chế đào tạo, bồi dưỡng của Trường Chính trị tỉnh Hà Tĩnh</td></tr>\n"
        "<tr><td>Người ký</td><td>Nguyễn Văn Thành</td></tr>\n</tbody></table>\n"
        f'<p><img src="/media/system/images/mime-icon-16/pdf.png" alt="pdf" /> <a href="{DOC_PDF}" '
        'target="_blank">Tải về toàn văn</a></p>'
    )
    return single_article(req, "Quyết định ban hành Quy chế đào tạo, bồi dưỡng của Nhà trường", inner,
                          [("Trang chủ", "/"), ("Văn bản", "/van-ban.html"),
                           ("Quyết định ban hành Quy chế đào tạo, bồi dưỡng của Nhà trường", None)], 120, aside)


def video_page(req: Request) -> Response:
    title = "Phóng sự: Trường Chính trị tỉnh Hà Tĩnh trên chặng đường đổi mới"
    content = (
        '<div class="item-page video-page clearfix">\n<article class="article" itemscope '
        'itemtype="http://schema.org/VideoObject">\n<header class="article-header clearfix">\n'
        f'<h1 class="article-title" itemprop="name">{esc(title)}</h1>\n</header>\n'
        '<aside class="article-aside article-aside-full">\n<dl class="article-info muted">\n'
        '<dd class="published hasTooltip" title="Ngày đăng: "><i class="fa fa-calendar"></i> '
        f'<time datetime="{iso("2026-11-20 10:30")}" itemprop="uploadDate">{lc2("2026-11-20 10:30")}</time></dd>\n'
        "</dl>\n</aside>\n"
        '<div id="ja-main-player" class="video-wrapper embed-responsive embed-responsive-16by9">\n'
        '<iframe class="embed-responsive-item" src="https://www.youtube.com/embed/Xq3v8TctHt0?rel=0" '
        'frameborder="0" allowfullscreen></iframe>\n</div>\n'
        '<div class="video-description" itemprop="description"><p>Phóng sự do Đài Phát thanh - Truyền hình '
        "tỉnh thực hiện nhân kỷ niệm Ngày Nhà giáo Việt Nam 20/11.</p></div>\n"
        "</article>\n</div>\n"
    )
    return page(req, title=f"{title} - {SITE_NAME}", content=content,
                trail=[("Trang chủ", "/"), ("Video", "/video.html"), (title, None)], active=121,
                body_cls="com_content view-article itemid-121 j39")


def small_listing(req: Request, title: str, href: str, label: str, active: int) -> Response:
    content = (
        f'<div class="blog magazine-blog">\n<div class="page-subheader clearfix"><h2 class="page-subtitle">'
        f'<span>{esc(title)}</span></h2></div>\n<div class="items-leading"><div class="article-title"><h3>'
        f'<a href="{href}">{esc(label)}</a></h3></div></div>\n</div>\n'
    )
    return page(req, title=f"{title} - {SITE_NAME}", content=content, trail=[("Trang chủ", "/"), (title, None)],
                active=active, body_cls=f"com_content view-category itemid-{active} j39")


def contact_page(req: Request) -> Response:
    content = (
        '<div class="contact" itemscope itemtype="https://schema.org/Person">\n'
        '<div class="page-header"><h2><span class="contact-name" itemprop="name">Trường Chính trị tỉnh Hà Tĩnh'
        "</span></h2></div>\n"
        '<div class="contact-address dl-horizontal" itemprop="address" itemscope '
        'itemtype="https://schema.org/PostalAddress"><dl>\n'
        '<dt>Địa chỉ:</dt><dd><span class="contact-street" itemprop="streetAddress">Số 125 đường Hà Huy Tập, '
        "phường Thành Sen</span></dd>\n"
        '<dt>Tỉnh:</dt><dd><span class="contact-state" itemprop="addressRegion">Hà Tĩnh</span></dd>\n'
        '<dt>Điện thoại:</dt><dd><span class="contact-telephone" itemprop="telephone">0239.3855.146</span></dd>\n'
        "</dl></div>\n"
        '<form id="contact-form" action="/lien-he.html" method="post" class="form-validate form-horizontal well">\n'
        '<fieldset><legend>Gửi liên hệ</legend>\n'
        '<input type="text" name="jform[contact_name]" id="jform_contact_name" placeholder="Họ tên" required />\n'
        '<input type="email" name="jform[contact_email]" id="jform_contact_email" placeholder="Email" required />\n'
        '<textarea name="jform[contact_message]" id="jform_contact_message" rows="10"></textarea>\n'
        '<button class="btn btn-primary validate" type="submit">Gửi</button>\n'
        '<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" '
        'value="contact.submit" /></fieldset>\n</form>\n</div>\n'
    )
    return page(req, title=f"Liên hệ - {SITE_NAME}", content=content, trail=[("Trang chủ", "/"), ("Liên hệ", None)],
                active=130, body_cls="com_contact view-contact itemid-130 j39")


def mailto_page(req: Request) -> Response | None:
    q = req.params
    known = {hashlib.sha1(canon(s).encode("utf-8")).hexdigest() for s in STORIES}
    if q.get("tmpl") != "component" or q.get("link") not in known:
        return None
    doc = (
        head(req, f"Gửi bài viết - {SITE_NAME}")
        + '<body id="bd" class="contentpane modal">\n<div id="mailto-window">\n<h2>Gửi liên kết này cho bạn bè.</h2>\n'
        '<form action="/component/mailto/" id="mailtoForm" method="post">\n'
        '<div class="formelm"><label for="mailto_field">Email người nhận</label>'
        '<input type="text" id="mailto_field" name="mailto" size="25" value="" /></div>\n'
        '<div class="formelm"><label for="sender_field">Người gửi</label>'
        '<input type="text" id="sender_field" name="sender" value="" size="25" /></div>\n'
        '<p><button class="button" onclick="return Joomla.submitbutton(\'send\');">Gửi</button> '
        '<button class="button" onclick="window.close();return false;">Hủy</button></p>\n'
        f'<input type="hidden" name="layout" value="default" /><input type="hidden" name="option" value="com_mailto" />'
        f'<input type="hidden" name="link" value="{esc(q["link"])}" />\n</form>\n</div>\n</body>\n</html>\n'
    )
    return html(doc)


def search_results(req: Request) -> Response:
    word = req.form.get("searchword", "")
    content = (
        '<div class="search">\n<h1 class="page-title">Tìm kiếm</h1>\n'
        f'<div class="searchintro"><p>Tìm kiếm từ khóa: <span class="badge badge-info">{esc(word)}</span> '
        "- Không tìm thấy kết quả nào.</p></div>\n</div>\n"
    )
    return page(req, title=f"Tìm kiếm - {SITE_NAME}", content=content,
                trail=[("Trang chủ", "/"), ("Tìm kiếm", None)], active=0, body_cls="com_search view-search j39")


# --- the site ---------------------------------------------------------------------------------


class Site:
    def __init__(self) -> None:
        self.articles: dict[str, tuple[Story, str]] = {}
        for s in STORIES:
            self.articles[canon(s)] = (s, "canon")
            if s.opts.get("featured"):
                self.articles[home_route(s)] = (s, "home")
        for i in POPULAR:
            s = BY_ID[i]
            if s.cat == CLASS:
                self.articles[news_route(s)] = (s, "news")
        self.tags = {tag_path(t): t for t in TAGS}

    def respond(self, req: Request) -> Response | None:
        path = req.path
        if req.method == "POST":
            if path == CONTACT_PATH:
                return contact_page(req)
            if "searchword" in req.form:
                return search_results(req)
            return None
        if path.lower().endswith(".pdf"):
            if path in (DOC_PDF, "/images/van-ban/2026/ds-tot-nghiep-cvc-2026.pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/images/", "/templates/", "/t3-assets/", "/media/", "/modules/")):
            return static_file(path)
        if path == "/component/mailto/":
            return mailto_page(req)
        if path in self.articles:
            story, route = self.articles[path]
            mode = article_mode(req, story, route)
            return article_view(req, story, route, mode) if mode else None
        q = req.params
        if req.query and path not in ("/tin-tuc-su-kien.html",):
            return None
        if path == "/":
            return home(req)
        if path == "/tin-tuc-su-kien.html":
            if not q or q == {"limitstart": "0"}:
                return category_blog(req, NEWS, NEWS_ORDER, 1)
            if set(q) == {"start"} and q["start"] in ("4", "8"):
                return category_blog(req, NEWS, NEWS_ORDER, int(q["start"]) // PER_PAGE + 1)
            return None
        if path == "/dao-tao/lop-hoc.html":
            return category_blog(req, CLASS, CLASS_ORDER, 1)
        if path in self.tags:
            return tag_view(req, self.tags[path])
        if path == INTRO_PATH:
            return intro_page(req)
        if path == ORG_PATH:
            return org_page(req)
        if path == CONTACT_PATH:
            return contact_page(req)
        if path == DOC_PATH:
            return doc_page(req)
        if path == VIDEO_PATH:
            return video_page(req)
        if path == "/video.html":
            return small_listing(req, "Video", VIDEO_PATH,
                                 "Phóng sự: Trường Chính trị tỉnh Hà Tĩnh trên chặng đường đổi mới", 121)
        if path == "/van-ban.html":
            return small_listing(req, "Văn bản", DOC_PATH,
                                 "Quyết định ban hành Quy chế đào tạo, bồi dưỡng của Nhà trường", 120)
        if path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = [print_target(s)]
    if s.opts.get("pagebreak") is not None:
        alts += [canon(s) + q for q in PB_TARGETS]
    if s.opts.get("featured"):
        alts.append(home_route(s))
    if s.cat == CLASS and s.id in POPULAR:
        alts.append(news_route(s))
    return alts


GOLD = [gold_record(s, canon(s), s.cat, canonical_path=canon(s), alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = [INTRO_PATH, ORG_PATH, CONTACT_PATH, VIDEO_PATH, DOC_PATH]
