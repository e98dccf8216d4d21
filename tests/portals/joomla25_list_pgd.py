"""Fixture portal: Phòng GD&ĐT huyện Thạch Hà on Joomla 2.5 with a JoomlArt T3 (JAT3) template.

Imitates the site of a district education office as many were left running since 2013: Joomla
2.5.x, SEF URLs on but URL rewriting off (every address carries ``/index.php/``), the Vietnamese
language pack, a JoomlArt template on the JAT3 framework (``ja-wrapper`` / ``ja-header`` /
``ja-mainnav`` / ``ja-container`` / ``ja-right``, module chrome ``ja-module ja-box-*``), and the
extensions such sites carried: Phoca Download, Phoca Gallery, JEvents, Weblinks, Contact, a
visitor counter (mod_vvisit_counter), Banners. What it serves:

- categories shown with Joomla's *category list* layout (never blog): ``/index.php/tin-tuc`` (the
  parent category "Tin tức", menu option "include subcategories" on, so it lists the articles of
  both subcategories: 11 rows, 5 a page, 3 pages), ``/index.php/tin-tuc/hoat-dong-chuyen-mon``
  (7 rows, 2 pages), ``/index.php/tin-tuc/tin-cac-truong`` and ``/index.php/thong-bao`` (one
  page each). A list is a ``form#adminForm`` (POST) with a "Lọc tiêu đề" filter field, the
  "Hiển thị #" select (5/10/15/20/25/30/50/100/Tất cả, submitted by script), a
  ``table.category`` (columns "Tiêu đề", "Ngày đăng" as "20 Tháng 11 2026", "Tác giả" as "Viết
  bởi …", "Lượt xem"; the column heads sort by ``Joomla.tableOrdering`` script only), and
  Joomla's pager: "Trang 1 của 3", "Bắt đầu", "Trước", 1 2 3, "Tiếp", "Cuối", links
  ``?limitstart=N`` (page 1 as ``?limitstart=0``; ``?start=N`` and ``?limit=N`` are accepted
  too, as Joomla does). The parent list also prints "Danh mục con" with article counts. Each list
  announces an RSS feed (``?format=feed&type=rss``) whose ``<author>`` is the posting account.
- articles at ``/index.php/<category menu path>/<id>-<alias>``: ``div.item-page`` with the
  headline as ``<h2><a href="(same url)">`` (link titles on), ``ul.actions`` (print icon →
  ``?tmpl=component&print=1&layout=default&page=``, email icon →
  ``/index.php/component/mailto/?tmpl=component&template=ja_pgd&link=<sha1>``), ``dl.article-info``
  ("Chi tiết": "Danh mục cha:", "Danh mục:", sometimes "Ngày tạo" and "Cập nhật lần cuối",
  "Ngày đăng Thứ sáu, 20 Tháng 11 2026 08:30", "Viết bởi …", "Lượt xem: N"), the text, and the
  pagenav plugin "< Trước | Tiếp >". Under the component: a "Các tin khác" module (same
  category, dated), the AddThis bar. Head: ``<base href>`` of the page, ``meta name="author"``
  with the posting account (Joomla's "show author meta" option), no rel=canonical (Joomla 2.5
  prints none).
- the same article at two more addresses, because Joomla routes by id: the non-SEF
  ``/index.php?option=com_content&view=article&id=N:alias&catid=C&Itemid=I`` (one article's text
  links another this way, pasted from the address bar with the host) and
  ``/index.php/trang-chu/N-alias`` (the home page's "Tin nổi bật" slideshow routes its links
  under the home menu item). Both print the same page; their headline link, print link and
  pagenav still point to the category address. Gold path = the address under the category's own
  menu item (what the category list, the headline link and the pagenav name); the other two are
  ``alt_paths``.
- one long article split by the pagebreak plugin (id 475): page 1 at its address prints the
  "Mục lục bài viết" box (``div#article-index``: the title → ``?showall=&limitstart=``, the
  second part's title → ``?showall=&start=1``, "Tất cả các trang" → ``?showall=1&limitstart=``),
  "Trang 1 / 2" (``div.pagenavcounter``) and "Trước / Tiếp >>" under the text. Page 2 alone is
  no article; ``?showall=1`` serves the whole text (an alt path, as is page 1's own TOC link).
- home ``/`` (also ``/index.php``): the "Tin nổi bật" JA slideshow, the featured blog (intro
  paragraph + "Đọc thêm..."), "Thông báo mới", "Văn bản mới"; header with today's date
  ("Hôm nay: Thứ Tư, ngày 25/11/2026"), ``ja-cssmenu`` main menu, breadcrumbs "Bạn đang ở:
  Trang chủ » Tin tức » …", right column: search box, mod_login ("Đăng nhập", "Quên mật khẩu?",
  "Quên tên đăng nhập?"), "Tin mới" (mod_articles_latest with dates), JEvents mini calendar
  "Lịch công tác", banners (``/index.php/component/banners/click/N``: 303 to another host),
  the visitor counter; footer with the office's address, hotline and email.
- non-articles: "Giới thiệu" and "Cơ cấu tổ chức" (single-article menu items: Joomla articles
  with all article info hidden), "Liên hệ" (com_contact), "Văn bản" (Phoca Download: categories,
  two file lists, ``?download=N:alias`` sends the file), "Thư viện ảnh" (Phoca Gallery:
  categories, one album), "Liên kết website" (Weblinks; each link is a 303 to its site),
  "Tìm kiếm" (com_search), the users' reset/remind forms, the print views and the mailto forms,
  the JEvents month view and its two event pages.

Traps and hard cases: the JEvents calendar (``/index.php/lich-cong-tac/month.calendar/Y/M/D/-``
and ``eventsbyday``) answers 200 for any day 1900-2999 and every month/day page links "Tháng
sau"/"Ngày sau": it never ends. Print and mailto views repeat every article. The article
three addresses (above); ``?showall``/``?start`` page variants. An old link in one article's text
(``…/hoat-dong-chuyen-mon/312-…``) is Joomla's real 404 "Không tìm thấy bài viết". One
article has a ``{loadposition quangcao}`` leftover printed as a paragraph (the plugin was off for
it); another has a "Bài viết liên quan" module rendered *inside* its text by
``{loadposition}``. One article's text is decomposed Unicode (NFD), one is TinyMCE entity
soup (every second non-ASCII character a named/decimal reference). robots.txt is Joomla's
default one (``Disallow: /images/`` …).

Gold (by hand). Articles: the items of the three news categories (14). Judgement calls:
- category = the article's own category, as "Danh mục:" and the breadcrumb name it ("Hoạt động
  chuyên môn", "Tin các trường", "Thông báo"), not the parent "Tin tức" ("Danh mục cha").
- published_at = "Ngày đăng" (publish_up, with its time); "Ngày tạo" and "Cập nhật lần cuối"
  are not it. Article 464 hides its dates: the list's "Ngày đăng" (a date only) is taken.
- authors: "Viết bởi Administrator" is the posting account, nobody (and so is the
  ``meta author``); "Viết bởi <a person's name>" (created_by_alias, or an account named for its
  person) names the writer. In-text lines "Người viết: X", a right-aligned bold bare name,
  "Tin và ảnh: X" (both lists), "Ảnh: Y" (photographers). "Nguồn: Báo Hà Tĩnh" is the source.
- summary: Joomla has no sapo field; when the editor set the intro paragraph in bold as a lead
  (3 articles) it is the summary (and the body's first paragraph); otherwise null.
- captions: the caption plugin's rendered ``p.img_caption`` (the ``img.caption`` title),
  a centred italic line typed under a photo (its wrapping parentheses dropped, as the other
  fixtures do); an image's ``title`` tooltip alone (no line under
  it) is no caption; bare photos have none.
- body: the article's paragraphs in order, sub-heading lines and list items included; not the
  byline/credit lines, captions, the ``{loadposition}`` leftover, the embedded "Bài viết liên
  quan" module, the pagebreak TOC/counter/navigation, nor the "Tải về" attachment line. The
  split article's body is both pages, under its main address.
- "Giới thiệu"/"Cơ cấu tổ chức" are Joomla articles but static pages (no date, no category,
  in the "Giới thiệu" menu): not news, so NON_ARTICLES.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from crawler.demo.server import Request, Response, html

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "joomla25_list_pgd"
PLATFORM = "joomla25"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Thạch Hà"
SHORT = "Phòng GD&ĐT Thạch Hà"
ADDRESS = "Số 68 đường Quang Trung, thị trấn Thạch Hà, huyện Thạch Hà, tỉnh Hà Tĩnh"
PHONE = "0239.3845.216"
HOTLINE = "0912.456.217"
EMAIL = "pgdthachha@hatinh.edu.vn"
TEMPLATE = "ja_pgd"
TPL = f"/templates/{TEMPLATE}"
TODAY_DATE = date(2026, 11, 25)
PER_PAGE = 5
LIMITS = (5, 10, 15, 20, 25, 30, 50, 100)

WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


@dataclass(frozen=True)
class Cat:
    key: str
    catid: int
    itemid: int
    path: str
    name: str
    parent: str | None  # key of the parent category


CATS: dict[str, Cat] = {
    "tin-tuc": Cat("tin-tuc", 8, 104, "/index.php/tin-tuc", "Tin tức", None),
    "hoat-dong-chuyen-mon": Cat(
        "hoat-dong-chuyen-mon", 9, 105, "/index.php/tin-tuc/hoat-dong-chuyen-mon",
        "Hoạt động chuyên môn", "tin-tuc",
    ),
    "tin-cac-truong": Cat(
        "tin-cac-truong", 10, 106, "/index.php/tin-tuc/tin-cac-truong", "Tin các trường", "tin-tuc"
    ),
    "thong-bao": Cat("thong-bao", 11, 108, "/index.php/thong-bao", "Thông báo", None),
}  # fmt: skip
NEWS_CATS = ("hoat-dong-chuyen-mon", "tin-cac-truong", "thong-bao")
_IMG = "/images/tintuc"
PAGEBREAK = '<hr title="Phương hướng giai đoạn 2027 - 2030" class="system-pagebreak" />'

# Story.opts: when (publish_up), created / modified (extra dd lines), by (the "Viết bởi" name;
# default Administrator), hide_date (article option: publish date hidden), featured (home page),
# nfd, entities, attach (href, label), old_link (paragraph index holding a link: see _body).
# P styles: "" plain, "lead" (bold intro paragraph), "h" (bold sub-heading), "li" (list item),
# "a|href|phrase" (a link on a phrase; href may start with "{base}").
# Img styles: "cap" (caption plugin, rendered), "capl" (same, floated left), "em" (centred italic
# line typed under the photo), "tip" (title tooltip only), "plain".
STORIES: list[Story] = [
    Story(
        id=484,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-23T07:45:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch năm học 2026 - 2027, Phòng Giáo dục và Đào tạo thông báo lịch"
                " kiểm tra cuối học kỳ I đối với các trường tiểu học và THCS trên địa bàn huyện"
                " như sau:"
            ),
            P(
                "Cấp tiểu học: kiểm tra các môn Tiếng Việt, Toán từ ngày 28/12 đến 31/12/2026.",
                "li",
            ),
            P(
                "Cấp THCS: kiểm tra các môn Ngữ văn, Toán, Tiếng Anh theo đề chung của Phòng vào"
                " ngày 05 và 06/01/2027; các môn còn lại do nhà trường chủ động tổ chức.",
                "li",
            ),
            P(
                "Hiệu trưởng các trường chịu trách nhiệm tổ chức kiểm tra nghiêm túc, khách quan;"
                " hoàn thành nhập điểm trên hệ thống quản lý trường học trước ngày 12/01/2027."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 23, 7, 45),
            "attach": ("/images/vanban/2026/lich-kiem-tra-hki-2026-2027.pdf", "Lịch kiểm tra HKI"),
        },
    ),
    Story(
        id=482,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc tiểu học năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-20T08:30:00+07:00",
        summary=(
            "Từ ngày 16 đến 19/11/2026, Phòng GD&ĐT Thạch Hà tổ chức Hội thi giáo viên dạy giỏi"
            " cấp huyện bậc tiểu học với sự tham gia của 64 giáo viên đến từ 28 trường."
        ),
        blocks=[
            P(
                "Từ ngày 16 đến 19/11/2026, Phòng GD&ĐT Thạch Hà tổ chức Hội thi giáo viên dạy giỏi"
                " cấp huyện bậc tiểu học với sự tham gia của 64 giáo viên đến từ 28 trường.",
                "lead",
            ),
            P(
                "Hội thi gồm hai phần: trình bày biện pháp nâng cao chất lượng giáo dục và dạy"
                " hai tiết thực hành. Các tiết dạy được tổ chức tại Trường TH Thạch Long, Trường TH"
                " Thạch Văn và Trường TH Phù Việt, bám sát yêu cầu của Chương trình giáo dục phổ"
                " thông 2018."
            ),
            Img(
                f"{_IMG}/2026-11/hoi-thi-gvdg-th-1.jpg",
                "Cô giáo Nguyễn Thị Hoài (Trường TH Thạch Văn) trong tiết dạy môn Tiếng Việt lớp 3",
                "Cô giáo Nguyễn Thị Hoài (Trường TH Thạch Văn) trong tiết dạy môn Tiếng Việt lớp 3",
                "cap",
            ),
            P(
                "Nhiều tiết dạy được Ban Giám khảo đánh giá cao nhờ tổ chức hoạt động linh hoạt,"
                " khai thác hiệu quả thiết bị dạy học và học liệu số, tạo cơ hội để học sinh được"
                " trải nghiệm, hợp tác và tự đánh giá."
            ),
            Img(
                f"{_IMG}/2026-11/hoi-thi-gvdg-th-2.jpg",
                "Ban Giám khảo góp ý sau tiết dạy",
                "Ban Giám khảo góp ý sau tiết dạy",
                "cap",
            ),
            P(
                "Kết quả, 52 giáo viên được công nhận giáo viên dạy giỏi cấp huyện; 8 giáo viên có"
                " thành tích xuất sắc được chọn tham gia Hội thi cấp tỉnh."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Người viết: Trần Thị Minh Nguyệt</strong></p>'
            ),
        ],
        authors=["Trần Thị Minh Nguyệt"],
        opts={"when": datetime(2026, 11, 20, 8, 30), "featured": True},
    ),
    Story(
        id=480,
        slug="truong-tieu-hoc-thach-long-to-chuc-ngay-hoi-doc-sach",
        title="Trường Tiểu học Thạch Long tổ chức Ngày hội đọc sách",
        cat="tin-cac-truong",
        published_at="2026-11-18T15:40:00+07:00",
        blocks=[
            P(
                "Chiều 17/11, Trường Tiểu học Thạch Long tổ chức Ngày hội đọc sách với chủ đề “Mỗi"
                " cuốn sách - một người bạn” cho hơn 450 học sinh toàn trường."
            ),
            Img(
                f"{_IMG}/2026-11/ngay-hoi-doc-sach-thach-long-1.jpg",
                "Học sinh lớp 4A đọc sách tại thư viện xanh của nhà trường",
                "Học sinh lớp 4A đọc sách tại thư viện xanh của nhà trường",
                "cap",
            ),
            P(
                "Tại ngày hội, các lớp trưng bày sách theo chủ đề, thi kể chuyện theo sách, giới"
                " thiệu sách bằng tranh vẽ và đóng vai nhân vật trong truyện. Nhà trường cũng phát"
                " động phong trào quyên góp sách để tặng thư viện lưu động của Trường Tiểu học"
                " Thạch Xuân."
            ),
            Img(f"{_IMG}/2026-11/ngay-hoi-doc-sach-thach-long-2.jpg", None, None, "plain"),
            P("Kết thúc ngày hội, học sinh đã quyên góp được gần 900 cuốn sách, truyện các loại."),
            Raw('<p style="text-align: right;"><strong>Tin và ảnh: Võ Thị Lan</strong></p>'),
        ],
        authors=["Võ Thị Lan"],
        photographers=["Võ Thị Lan"],
        opts={"when": datetime(2026, 11, 18, 15, 40), "featured": True},
    ),
    Story(
        id=478,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-doc-cho-hoc-sinh-lop-2",
        title="Chuyên đề “Dạy học phát triển năng lực đọc cho học sinh lớp 2”",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-16T14:15:00+07:00",
        blocks=[
            P(
                "Ngày 14/11, tại Trường Tiểu học Thạch Văn, Phòng GD&ĐT tổ chức chuyên đề “Dạy học"
                " phát triển năng lực đọc cho học sinh lớp 2” cho cán bộ quản lý và giáo viên dạy"
                " lớp 2 các trường trong huyện."
            ),
            Img(
                f"{_IMG}/2026-11/chuyen-de-doc-lop-2.jpg",
                None,
                None,
                "tip",
            ),
            P(
                "Thông qua hai tiết dạy minh họa, các đại biểu cùng thảo luận cách tổ chức hoạt"
                " động khởi động, luyện đọc thành tiếng, đọc hiểu và mở rộng vốn từ; cách sử dụng"
                " phiếu học tập và tranh ảnh để giúp học sinh đọc đúng, đọc hiểu văn bản."
            ),
            P(
                "Chuyên đề là dịp để giáo viên chia sẻ kinh nghiệm, tháo gỡ khó khăn khi dạy học"
                " môn Tiếng Việt lớp 2, nhất là với học sinh đọc còn chậm."
            ),
            Raw('<p style="text-align: right;"><strong>Nguyễn Văn Hòa</strong></p>'),
        ],
        authors=["Nguyễn Văn Hòa"],
        opts={
            "when": datetime(2026, 11, 16, 14, 15),
            "tip": "Tiết dạy minh họa tại lớp 2B Trường TH Thạch Văn",
        },
    ),
    Story(
        id=475,
        slug="tong-ket-cong-tac-chuyen-doi-so-trong-giao-duc-giai-doan-2024-2026",
        title="Tổng kết công tác chuyển đổi số trong giáo dục huyện Thạch Hà giai đoạn 2024 - 2026",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-12T08:30:00+07:00",
        blocks=[
            P(
                "Sáng 11/11, Phòng GD&ĐT Thạch Hà tổ chức hội nghị tổng kết công tác chuyển đổi số"
                " trong giáo dục giai đoạn 2024 - 2026. Dự hội nghị có lãnh đạo UBND huyện, đại"
                " diện Sở GD&ĐT Hà Tĩnh và hiệu trưởng các trường mầm non, tiểu học, THCS."
            ),
            P("1. Kết quả nổi bật", "h"),
            P(
                "Sau ba năm triển khai, 100% trường học trên địa bàn sử dụng phần mềm quản lý"
                " trường học, sổ điểm điện tử và học bạ số; 96% giáo viên sử dụng thành thạo các"
                " công cụ soạn giảng điện tử. Hệ thống thu học phí không dùng tiền mặt được áp dụng"
                " tại tất cả các trường."
            ),
            Img(
                f"{_IMG}/2026-11/tong-ket-chuyen-doi-so-1.jpg",
                "Quang cảnh hội nghị tổng kết",
                "Quang cảnh hội nghị tổng kết",
                "cap",
            ),
            P(
                "Kho học liệu số của huyện đã có hơn 2.400 bài giảng, video và đề kiểm tra do giáo"
                " viên biên soạn, được thẩm định và chia sẻ dùng chung. Nhiều trường xây dựng mô"
                " hình lớp học thông minh từ nguồn xã hội hóa."
            ),
            P("2. Tồn tại, hạn chế", "h"),
            P(
                "Hạ tầng mạng ở một số điểm trường lẻ còn yếu; thiết bị của nhiều trường đã xuống"
                " cấp; một bộ phận giáo viên lớn tuổi còn lúng túng khi khai thác học liệu số."
            ),
            Raw(PAGEBREAK),
            P(
                "Giai đoạn 2027 - 2030, ngành tiếp tục lấy chuyển đổi số làm khâu đột phá để nâng"
                " cao chất lượng quản lý và dạy học, trong đó ưu tiên đầu tư hạ tầng cho các điểm"
                " trường lẻ và trường vùng khó khăn."
            ),
            P(
                "Hoàn thiện cơ sở dữ liệu ngành, kết nối với cơ sở dữ liệu của Bộ GD&ĐT và của tỉnh.",
                "li",
            ),
            P("Bồi dưỡng kỹ năng số cho 100% cán bộ quản lý, giáo viên và nhân viên.", "li"),
            P(
                "Mở rộng mô hình lớp học thông minh, thư viện số tại các trường chuẩn quốc gia.",
                "li",
            ),
            Img(
                f"{_IMG}/2026-11/tong-ket-chuyen-doi-so-2.jpg",
                "Lãnh đạo UBND huyện trao giấy khen cho các tập thể có thành tích xuất sắc",
                "Lãnh đạo UBND huyện trao giấy khen cho các tập thể có thành tích xuất sắc",
                "cap",
            ),
            P(
                "Dịp này, UBND huyện tặng giấy khen cho 12 tập thể và 25 cá nhân có thành tích"
                " xuất sắc trong triển khai chuyển đổi số giai đoạn 2024 - 2026."
            ),
            Raw('<p style="text-align: right;"><strong>Người viết: Phan Đình Lâm</strong></p>'),
        ],
        authors=["Phan Đình Lâm"],
        opts={"when": datetime(2026, 11, 12, 8, 30), "featured": True},
    ),
    Story(
        id=473,
        slug="truong-thcs-phu-viet-ra-mat-cau-lac-bo-em-yeu-khoa-hoc",
        title="Trường THCS Phù Việt ra mắt Câu lạc bộ “Em yêu khoa học”",
        cat="tin-cac-truong",
        published_at="2026-11-10T10:00:00+07:00",
        blocks=[
            P(
                "Ngày 09/11, Trường THCS Phù Việt tổ chức lễ ra mắt Câu lạc bộ “Em yêu khoa học”"
                " với 40 thành viên là học sinh khối 7, 8, 9 yêu thích các môn Khoa học tự nhiên và"
                " Tin học."
            ),
            Img(
                f"{_IMG}/2026-11/clb-em-yeu-khoa-hoc-phu-viet.jpg",
                "Thành viên câu lạc bộ giới thiệu mô hình máy lọc nước mini",
                "Thành viên câu lạc bộ giới thiệu mô hình máy lọc nước mini",
                "capl",
            ),
            P(
                "Câu lạc bộ sinh hoạt hai tuần một lần với các hoạt động làm thí nghiệm, lắp ráp"
                " mô hình, lập trình robot và tìm hiểu các nhà khoa học Việt Nam. Đây cũng là nơi"
                " ươm mầm các ý tưởng dự thi Khoa học kỹ thuật dành cho học sinh trung học."
            ),
            Raw("{related}"),
            P(
                "Nhà trường đã hỗ trợ câu lạc bộ một phòng sinh hoạt riêng cùng bộ dụng cụ thí"
                " nghiệm và 10 bộ robot giáo dục."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Người viết: Lê Thị Hồng</strong><br />'
                "<em>Ảnh: Trần Quốc Bảo</em></p>"
            ),
        ],
        authors=["Lê Thị Hồng"],
        photographers=["Trần Quốc Bảo"],
        opts={"when": datetime(2026, 11, 10, 10, 0), "nfd": True},
    ),
    Story(
        id=470,
        slug="tap-huan-su-dung-thiet-bi-day-hoc-toi-thieu-lop-7-cho-giao-vien-thcs",
        title="Tập huấn sử dụng thiết bị dạy học tối thiểu lớp 7 cho giáo viên THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-06T09:10:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 04 và 05/11, Phòng GD&ĐT phối hợp với nhà cung cấp tổ chức tập"
                " huấn khai thác, sử dụng thiết bị dạy học tối thiểu lớp 7 cho 86 giáo viên dạy các"
                " môn Khoa học tự nhiên, Công nghệ và Tin học."
            ),
            Img(
                f"{_IMG}/2026-11/tap-huan-thiet-bi-lop-7.jpg",
                "(Giáo viên thực hành lắp mạch điện trên bộ thiết bị mới)",
                "Giáo viên thực hành lắp mạch điện trên bộ thiết bị mới",
                "em",
            ),
            P(
                "Học viên được hướng dẫn lắp đặt, vận hành, bảo quản thiết bị và thực hành thiết kế"
                " bài dạy có sử dụng thiết bị theo hướng phát huy tính tích cực của học sinh."
            ),
            P(
                "Phòng GD&ĐT yêu cầu các trường đưa thiết bị vào sử dụng ngay từ học kỳ I, không để"
                " thiết bị nằm trong kho."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Hồ Thị Thanh</em></p>'),
        ],
        authors=["Hồ Thị Thanh"],
        photographers=["Hồ Thị Thanh"],
        opts={
            "when": datetime(2026, 11, 6, 9, 10),
            "created": datetime(2026, 11, 5, 16, 20),
            "modified": datetime(2026, 11, 9, 7, 55),
            "by": "Hồ Thị Thanh",
        },
    ),
    Story(
        id=468,
        slug="thong-bao-tuyen-dung-giao-vien-hop-dong-nam-hoc-2026-2027",
        title="Thông báo tuyển dụng giáo viên hợp đồng năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-02T10:30:00+07:00",
        blocks=[
            P(
                "Căn cứ nhu cầu thực tế, Phòng Giáo dục và Đào tạo huyện Thạch Hà thông báo tuyển"
                " dụng 12 giáo viên hợp đồng giảng dạy tại các trường mầm non và tiểu học trên địa"
                " bàn huyện năm học 2026 - 2027."
            ),
            P("1. Điều kiện dự tuyển", "h"),
            P(
                "Có bằng tốt nghiệp cao đẳng sư phạm mầm non trở lên (đối với giáo viên mầm non) hoặc"
                " cử nhân sư phạm tiểu học trở lên (đối với giáo viên tiểu học).",
                "li",
            ),
            P("Có đủ sức khỏe, lý lịch rõ ràng, không trong thời gian bị kỷ luật.", "li"),
            P("2. Hồ sơ và thời gian nhận hồ sơ", "h"),
            P(
                "Hồ sơ gồm đơn đăng ký dự tuyển, sơ yếu lý lịch, bản sao văn bằng, chứng chỉ và"
                " giấy khám sức khỏe. Thời gian nhận hồ sơ từ ngày 03/11 đến hết ngày 17/11/2026"
                " tại Văn phòng Phòng GD&ĐT (trong giờ hành chính)."
            ),
        ],
        opts={"when": datetime(2026, 11, 2, 10, 30)},
    ),
    Story(
        id=466,
        slug="sinh-hoat-chuyen-mon-cum-truong-thcs-theo-nghien-cuu-bai-hoc",
        title="Sinh hoạt chuyên môn cụm trường THCS theo nghiên cứu bài học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-29T16:00:00+07:00",
        blocks=[
            P(
                "Ngày 28/10, cụm chuyên môn số 2 gồm các trường THCS Thạch Đài, Thạch Kênh, Thạch"
                " Liên và Phù Việt tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán"
                " và Ngữ văn."
            ),
            P(
                "Các tổ chuyên môn cùng xây dựng kế hoạch bài dạy, dự giờ và phân tích bài học dựa"
                " trên quan sát hoạt động của học sinh, thay vì đánh giá, xếp loại giờ dạy của giáo"
                " viên."
            ),
            Img(f"{_IMG}/2026-10/sinh-hoat-cum-thcs.jpg", None, None, "plain"),
            P(
                "Theo đánh giá của Phòng GD&ĐT, hình thức sinh hoạt cụm giúp giáo viên các trường"
                " nhỏ có thêm cơ hội học hỏi, chia sẻ kinh nghiệm. Năm học này, mỗi cụm tổ chức ít"
                " nhất bốn buổi sinh hoạt chuyên môn theo chủ đề."
            ),
            Raw("<p>{loadposition quangcao}</p>"),
        ],
        opts={"when": datetime(2026, 10, 29, 16, 0)},
    ),
    Story(
        id=464,
        slug="truong-mam-non-thach-xuan-huong-ung-tuan-le-ve-sinh-rang-mieng",
        title="Trường Mầm non Thạch Xuân hưởng ứng “Tuần lễ vệ sinh răng miệng”",
        cat="tin-cac-truong",
        published_at="2026-10-26",
        blocks=[
            P(
                "Hưởng ứng “Tuần lễ vệ sinh răng miệng”, Trường Mầm non Thạch Xuân phối hợp với"
                " Trạm Y tế xã tổ chức khám răng miệng cho 215 trẻ và hướng dẫn trẻ cách chải răng"
                " đúng cách."
            ),
            Img(
                f"{_IMG}/2026-10/ve-sinh-rang-mieng-thach-xuan.jpg",
                "Cô giáo hướng dẫn trẻ lớp Mẫu giáo lớn chải răng",
                "Cô giáo hướng dẫn trẻ lớp Mẫu giáo lớn chải răng",
                "em",
            ),
            P(
                "Qua đợt khám, nhà trường thông báo kết quả đến phụ huynh để phối hợp chăm sóc răng"
                " miệng cho trẻ tại gia đình, hạn chế cho trẻ ăn đồ ngọt trước khi đi ngủ."
            ),
            Raw('<p style="text-align: right;"><strong>Phạm Thị Thu Trang</strong></p>'),
        ],
        authors=["Phạm Thị Thu Trang"],
        opts={"when": datetime(2026, 10, 26, 9, 20), "hide_date": True},
    ),
    Story(
        id=461,
        slug="kiem-tra-noi-bo-truong-hoc-nang-cao-chat-luong-cong-tac-tu-danh-gia",
        title="Kiểm tra nội bộ trường học: nâng cao chất lượng công tác tự đánh giá",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-21T07:50:00+07:00",
        summary=(
            "Công tác kiểm tra nội bộ được các trường triển khai ngay từ đầu năm học, gắn với"
            " việc tự đánh giá, cải tiến chất lượng giáo dục theo bộ tiêu chuẩn mới."
        ),
        blocks=[
            P(
                "Công tác kiểm tra nội bộ được các trường triển khai ngay từ đầu năm học, gắn với"
                " việc tự đánh giá, cải tiến chất lượng giáo dục theo bộ tiêu chuẩn mới.",
                "lead",
            ),
            P(
                "Theo hướng dẫn của Phòng GD&ĐT, kế hoạch kiểm tra nội bộ phải cụ thể đến từng"
                " tháng, tập trung vào hoạt động dạy học, công tác chủ nhiệm, quản lý tài chính, tài"
                " sản và việc thực hiện quy chế dân chủ trong nhà trường."
            ),
            P(
                "Kết quả kiểm tra là căn cứ để nhà trường cập nhật báo cáo tự đánh giá, đề ra kế"
                " hoạch cải tiến chất lượng, chuẩn bị cho đánh giá ngoài và công nhận đạt chuẩn"
                " quốc gia. Xem thêm bài tổng kết công tác chuyển đổi số giai đoạn 2024 - 2026.",
                "a|{base}/index.php?option=com_content&view=article&id=475:"
                "tong-ket-cong-tac-chuyen-doi-so-trong-giao-duc-giai-doan-2024-2026&catid=9&Itemid=105|"
                "tổng kết công tác chuyển đổi số giai đoạn 2024 - 2026",
            ),
            P(
                "Năm học trước, một số trường được nhắc tên về việc kiểm tra nội bộ còn hình thức.",
                "a|/index.php/tin-tuc/hoat-dong-chuyen-mon/312-kiem-tra-noi-bo-nam-hoc-2024-2025|"
                "Năm học trước",
            ),
        ],
        authors=["Đặng Văn Tuấn"],
        opts={"when": datetime(2026, 10, 21, 7, 50), "by": "Đặng Văn Tuấn"},
    ),
    Story(
        id=458,
        slug="hoc-sinh-truong-thcs-thach-dai-dat-5-giai-hoi-thi-tin-hoc-tre-cap-tinh",
        title="Học sinh Trường THCS Thạch Đài đạt 5 giải tại Hội thi Tin học trẻ cấp tỉnh",
        cat="tin-cac-truong",
        published_at="2026-10-08T16:05:00+07:00",
        summary=(
            "Tại Hội thi Tin học trẻ tỉnh Hà Tĩnh năm 2026, học sinh Trường THCS Thạch Đài giành 1"
            " giải Nhất, 2 giải Nhì và 2 giải Ba, dẫn đầu các trường THCS trong huyện."
        ),
        blocks=[
            P(
                "Tại Hội thi Tin học trẻ tỉnh Hà Tĩnh năm 2026, học sinh Trường THCS Thạch Đài giành 1"
                " giải Nhất, 2 giải Nhì và 2 giải Ba, dẫn đầu các trường THCS trong huyện.",
                "lead",
            ),
            Img(
                f"{_IMG}/2026-10/tin-hoc-tre-thach-dai.jpg",
                "Các em học sinh đạt giải cùng giáo viên hướng dẫn",
                "Các em học sinh đạt giải cùng giáo viên hướng dẫn",
                "cap",
            ),
            P(
                "Em Nguyễn Đức Mạnh (lớp 9A) đạt giải Nhất bảng B với phần thi lập trình giải các"
                " bài toán thực tế. Hai sản phẩm ứng dụng của nhóm học sinh lớp 8 đạt giải Nhì nhờ"
                " ý tưởng gắn với đời sống địa phương."
            ),
            P(
                "Để đạt kết quả này, nhà trường đã duy trì câu lạc bộ lập trình từ nhiều năm, tổ"
                " chức bồi dưỡng vào các buổi chiều và trong dịp hè."
            ),
            Raw('<p style="text-align: right;"><strong>Tin và ảnh: Nguyễn Thị Hà</strong></p>'),
        ],
        authors=["Nguyễn Thị Hà"],
        photographers=["Nguyễn Thị Hà"],
        opts={"when": datetime(2026, 10, 8, 16, 5), "featured": True},
    ),
    Story(
        id=455,
        slug="hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-cap-hoc-mam-non",
        title="Hội nghị triển khai nhiệm vụ năm học 2026 - 2027 cấp học mầm non",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-09-25T14:30:00+07:00",
        blocks=[
            P(
                "Chiều 24/9, Phòng GD&ĐT Thạch Hà tổ chức hội nghị triển khai nhiệm vụ năm học"
                " 2026 - 2027 cấp học mầm non cho hiệu trưởng, phó hiệu trưởng 31 trường mầm non"
                " trong huyện."
            ),
            P(
                "Năm học mới, cấp học mầm non tập trung nâng cao chất lượng chăm sóc, giáo dục trẻ,"
                " bảo đảm an toàn tuyệt đối cho trẻ; thực hiện chương trình giáo dục mầm non mới"
                " tại các trường thí điểm và duy trì phổ cập giáo dục mầm non cho trẻ em 5 tuổi."
            ),
            Img(
                f"{_IMG}/2026-09/hoi-nghi-mam-non.jpg",
                "Đại biểu dự hội nghị",
                "Đại biểu dự hội nghị",
                "cap",
            ),
            P(
                "Hội nghị cũng dành thời gian thảo luận về giải pháp giảm tỷ lệ trẻ suy dinh"
                " dưỡng, xây dựng môi trường giáo dục lấy trẻ làm trung tâm."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Thiên Vỹ</strong></p>'
                '<p style="text-align: right;"><em>Nguồn: Báo Hà Tĩnh</em></p>'
            ),
        ],
        authors=["Thiên Vỹ"],
        source="Báo Hà Tĩnh",
        opts={"when": datetime(2026, 9, 25, 14, 30), "entities": 2},
    ),
    Story(
        id=457,
        slug="thong-bao-ve-viec-cho-hoc-sinh-nghi-hoc-do-anh-huong-cua-bao-so-10",
        title="Thông báo về việc cho học sinh nghỉ học do ảnh hưởng của bão số 10",
        cat="thong-bao",
        published_at="2026-09-29T17:20:00+07:00",
        blocks=[
            P(
                "Thực hiện Công điện của UBND huyện về việc ứng phó với bão số 10, Phòng GD&ĐT"
                " thông báo cho học sinh các trường mầm non, tiểu học và THCS trên địa bàn huyện"
                " nghỉ học ngày 30/9/2026."
            ),
            P(
                "Hiệu trưởng các trường phân công trực, kiểm tra, gia cố cơ sở vật chất, di chuyển"
                " hồ sơ, thiết bị lên nơi cao ráo; báo cáo thiệt hại (nếu có) về Phòng GD&ĐT qua số"
                " điện thoại trực ban 0239.3845.216."
            ),
        ],
        opts={"when": datetime(2026, 9, 29, 17, 20)},
    ),
]
_BY_ID = {s.id: s for s in STORIES}
LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)


def in_cat(key: str) -> list[Story]:
    """A category list's rows, newest first (a parent list includes its subcategories)."""
    return [s for s in LATEST if s.cat == key or CATS[s.cat].parent == key]


def article_path(s: Story) -> str:
    return f"{CATS[s.cat].path}/{s.id}-{s.slug}"


def nonsef_path(s: Story) -> str:
    c = CATS[s.cat]
    return f"/index.php?option=com_content&view=article&id={s.id}:{s.slug}&catid={c.catid}&Itemid={c.itemid}"


def home_path(s: Story) -> str:
    return f"/index.php/trang-chu/{s.id}-{s.slug}"


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


SPLIT = _BY_ID[475]
SPLIT_TOC_FIRST = "?showall=&limitstart="
SPLIT_PAGE2 = "?showall=&start=1"
SPLIT_ALL = "?showall=1&limitstart="


def _alts(s: Story) -> list[str]:
    alts = [nonsef_path(s), home_path(s)]
    if s is SPLIT:
        main = article_path(s)
        alts += [main + SPLIT_TOC_FIRST, main + SPLIT_ALL, main + "?showall=1"]
    return alts


GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat].name, alt_paths=_alts(s)) for s in LATEST
]


# --- non-article content -------------------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    id: int
    alias: str
    cat: int
    title: str
    filename: str
    issued: date
    size: str


DOC_CATS = {
    1: ("van-ban-cua-phong", "Văn bản của Phòng"),
    2: ("van-ban-cap-tren", "Văn bản cấp trên"),
}
DOCS: list[Doc] = [
    Doc(21, "ke-hoach-215-kh-pgddt", 1, "Kế hoạch số 215/KH-PGDĐT kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "215-KH-PGDDT.pdf", date(2026, 11, 20), "184 KB"),
    Doc(20, "cong-van-1187-pgddt", 1, "Công văn số 1187/PGDĐT-CM về tổ chức sinh hoạt chuyên môn cụm trường",
        "1187-PGDDT-CM.pdf", date(2026, 10, 15), "96 KB"),
    Doc(19, "quyet-dinh-98-qd-pgddt", 1, "Quyết định số 98/QĐ-PGDĐT công nhận giáo viên dạy giỏi cấp huyện",
        "98-QD-PGDDT.doc", date(2026, 11, 21), "62 KB"),
    Doc(18, "cong-van-3125-sgddt-gdph", 2, "Công văn số 3125/SGDĐT-GDPT hướng dẫn kiểm tra cuối học kỳ I",
        "3125-SGDDT-GDPT.pdf", date(2026, 11, 17), "233 KB"),
    Doc(17, "ke-hoach-412-kh-sgddt", 2, "Kế hoạch số 412/KH-SGDĐT về chuyển đổi số ngành giáo dục",
        "412-KH-SGDDT.pdf", date(2026, 10, 2), "410 KB"),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}

STATIC_PAGES: dict[str, tuple[int, int, str, list[str]]] = {
    "/index.php/gioi-thieu": (2, 102, "Giới thiệu chung", [
        "Phòng Giáo dục và Đào tạo huyện Thạch Hà là cơ quan chuyên môn thuộc UBND huyện, tham mưu"
        " giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn.",
        "Toàn huyện hiện có 31 trường mầm non, 28 trường tiểu học, 22 trường THCS với hơn 1.900"
        " cán bộ, giáo viên, nhân viên và gần 26.000 học sinh.",
        "Nhiều năm liền, ngành giáo dục huyện được UBND tỉnh tặng Cờ thi đua đơn vị dẫn đầu khối"
        " giáo dục các huyện, thị xã, thành phố.",
    ]),
    "/index.php/gioi-thieu/co-cau-to-chuc": (3, 103, "Cơ cấu tổ chức", [
        "Lãnh đạo Phòng: Trưởng phòng và 02 Phó Trưởng phòng.",
        "Các bộ phận: Văn phòng - Kế toán; Tổ chuyên môn Mầm non; Tổ chuyên môn Tiểu học; Tổ"
        " chuyên môn THCS; Bộ phận Thanh tra - Kiểm định chất lượng.",
    ]),
}  # fmt: skip

ALBUM_CATS = {
    2: ("hoi-thi-gvdg-tieu-hoc-2026", "Hội thi GVDG tiểu học 2026", [
        "Tiết dạy Tiếng Việt lớp 3", "Tiết dạy Toán lớp 5", "Ban Giám khảo chấm thi",
        "Lễ bế mạc hội thi",
    ]),
    1: ("khai-giang-nam-hoc-2026-2027", "Khai giảng năm học 2026 - 2027", [
        "Lễ chào cờ", "Đánh trống khai giảng",
    ]),
}  # fmt: skip

WEBLINKS = [
    (1, "bo-giao-duc-va-dao-tao", "Bộ Giáo dục và Đào tạo", "https://moet.gov.vn/"),
    (2, "so-gd-dt-ha-tinh", "Sở GD&ĐT Hà Tĩnh", "https://hatinh.edu.vn/"),
    (3, "cong-ttdt-huyen-thach-ha", "Cổng TTĐT huyện Thạch Hà", "https://thachha.hatinh.gov.vn/"),
    (4, "truong-hoc-ket-noi", "Trường học kết nối", "https://truonghocketnoi.edu.vn/"),
]
BANNERS = {
    2: ("Cơ sở dữ liệu ngành", "https://csdl.moet.gov.vn/", "/images/banners/csdl-nganh.png"),
    3: ("Thi Violympic", "https://violympic.vn/", "/images/banners/violympic.png"),
}


@dataclass(frozen=True)
class Event:
    id: int
    day: date
    alias: str
    title: str
    time: str
    place: str


EVENTS = [
    Event(12, date(2026, 12, 4), "hop-giao-ban-hieu-truong-thang-12",
          "Họp giao ban hiệu trưởng tháng 12", "08h00", "Hội trường UBND huyện"),
    Event(13, date(2026, 11, 27), "kiem-tra-chuyen-de-truong-th-thach-kenh",
          "Kiểm tra chuyên đề tại Trường TH Thạch Kênh", "07h30", "Trường TH Thạch Kênh"),
]  # fmt: skip


def event_path(e: Event) -> str:
    return f"/index.php/lich-cong-tac/icalrepeat.detail/{e.day:%Y/%m/%d}/{e.id}/-/{e.alias}"


def month_path(d: date) -> str:
    return f"/index.php/lich-cong-tac/month.calendar/{d:%Y/%m/%d}/-"


def day_path(d: date) -> str:
    return f"/index.php/lich-cong-tac/eventsbyday/{d:%Y/%m/%d}/-"


def _mailto_hash(s: Story) -> str:
    return hashlib.sha1(("http://pgdthachha.edu.vn" + article_path(s)).encode()).hexdigest()


def print_path(s: Story) -> str:
    return article_path(s) + "?tmpl=component&print=1&layout=default&page="


def mailto_path(s: Story) -> str:
    return f"/index.php/component/mailto/?tmpl=component&template={TEMPLATE}&link={_mailto_hash(s)}"


def _list_pages(key: str) -> list[str]:
    c = CATS[key]
    n = _pages(len(in_cat(key)), PER_PAGE)
    out = [c.path]
    if n > 1:
        out += [f"{c.path}?limitstart={i * PER_PAGE}" for i in range(n)]
    return out


OLD_LINK = "/index.php/tin-tuc/hoat-dong-chuyen-mon/312-kiem-tra-noi-bo-nam-hoc-2024-2025"

NON_ARTICLES: list[str] = [
    "/",
    *(p for key in CATS for p in _list_pages(key)),
    *STATIC_PAGES,
    "/index.php/lien-he",
    "/index.php/van-ban",
    *(f"/index.php/van-ban/category/{cid}-{alias}" for cid, (alias, _) in DOC_CATS.items()),
    "/index.php/thu-vien-anh",
    *(f"/index.php/thu-vien-anh/category/{cid}-{a[0]}" for cid, a in ALBUM_CATS.items()),
    "/index.php/lien-ket-website",
    "/index.php/tim-kiem",
    "/index.php/component/users/?view=reset",
    "/index.php/component/users/?view=remind",
    "/index.php/lich-cong-tac",
    *(event_path(e) for e in EVENTS),
    article_path(SPLIT) + SPLIT_PAGE2,
    *(print_path(s) for s in LATEST),
    *(mailto_path(s) for s in LATEST),
]


# --- rendering ------------------------------------------------------------------------------


def _t(value: str, s: Story | None = None) -> str:
    if s is None:
        return text(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _raw(markup: str, s: Story) -> str:
    if s.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    if s.opts.get("entities"):
        markup = entity_mix(markup, s.opts["entities"])
    return markup


def _lc2(w: datetime) -> str:
    """Joomla's DATE_FORMAT_LC2 in vi-VN: "Thứ sáu, 20 Tháng 11 2026 08:30"."""
    return f"{WEEKDAYS[w.weekday()]}, {w.day:02d} Tháng {w.month} {w.year} {w:%H:%M}"


def _lc3(w: date) -> str:
    """DATE_FORMAT_LC3: "20 Tháng 11 2026" (the list's "Ngày đăng" column)."""
    return f"{w.day:02d} Tháng {w.month} {w.year}"


def _byname(s: Story) -> str:
    return s.opts.get("by", "Administrator")


def _img(img: Img, s: Story) -> str:
    src = esc(img.src)
    if img.style in ("cap", "capl"):
        align, width = ("left", 300) if img.style == "capl" else ("none", 500)
        cap = _t(img.printed or "", s)
        return (
            f'<div class="img_caption {align}" style="float: {align}; width: {width}px;">'
            f'<img class="caption" src="{src}" alt="{cap}" title="{cap}" width="{width}"'
            f' height="{width * 2 // 3}" /><p class="img_caption">{cap}</p></div>'
        )
    if img.style == "em":
        return (
            f'<p style="text-align: center;"><img src="{src}" alt="" width="500" height="333" /></p>'
            f'<p style="text-align: center;"><em>{_t(img.printed or "", s)}</em></p>'
        )
    if img.style == "tip":
        tip = _t(s.opts["tip"], s)
        return (
            f'<p style="text-align: center;"><img src="{src}" alt="chuyen-de-lop-2" title="{tip}"'
            ' width="500" height="333" /></p>'
        )
    return f'<p style="text-align: center;"><img src="{src}" alt="" width="500" height="333" /></p>'


def _related_module(s: Story) -> str:
    others = [o for o in LATEST if o.cat == s.cat and o.id != s.id][:3]
    items = "".join(f'<li><a href="{article_path(o)}">{_t(o.title)}</a></li>' for o in others)
    return (
        '<div class="moduletable"><h3>Bài viết liên quan</h3>'
        f'<ul class="relateditems">{items}</ul></div>'
    )


def _body(s: Story, base: str) -> str:
    """The article text as saved by TinyMCE (the pagebreak ``hr`` still in it)."""
    out: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if items:
            out.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style == "li":
            items.append(_t(b.text, s))
            continue
        flush()
        if isinstance(b, P):
            if b.style == "lead":
                out.append(f'<p style="text-align: justify;"><strong>{_t(b.text, s)}</strong></p>')
            elif b.style == "h":
                out.append(f"<p><strong>{_t(b.text, s)}</strong></p>")
            elif b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                href = href.replace("{base}", base)
                out.append(
                    f'<p style="text-align: justify;">{_t(before, s)}<a href="{esc(href)}">'
                    f"{_t(phrase, s)}</a>{_t(after, s)}</p>"
                )
            else:
                out.append(f'<p style="text-align: justify;">{_t(b.text, s)}</p>')
        elif isinstance(b, Img):
            out.append(_img(b, s))
        elif b.html == "{related}":
            out.append(_related_module(s))
        elif b.html == PAGEBREAK:
            out.append(PAGEBREAK)
        else:
            out.append(_raw(b.html, s))
    flush()
    if s.opts.get("attach"):
        href, label = s.opts["attach"]
        out.append(
            f'<p><img src="/images/icons/pdf.png" alt="" /> Tải về: <a href="{href}"'
            f' target="_blank">{esc(label)}</a></p>'
        )
    return "\n".join(out)


def _article_info(s: Story) -> str:
    c = CATS[s.cat]
    dds = ['<dt class="article-info-term">Chi tiết</dt>']
    if c.parent:
        p = CATS[c.parent]
        dds.append(
            f'<dd class="parent-category-name">\nDanh mục cha: <a href="{p.path}">{p.name}</a>\n</dd>'
        )
    dds.append(f'<dd class="category-name">\nDanh mục: <a href="{c.path}">{c.name}</a>\n</dd>')
    if not s.opts.get("hide_date"):
        if s.opts.get("created"):
            dds.append(f'<dd class="create">\nNgày tạo {_lc2(s.opts["created"])}\n</dd>')
        if s.opts.get("modified"):
            dds.append(
                f'<dd class="modified">\nCập nhật lần cuối {_lc2(s.opts["modified"])}\n</dd>'
            )
        dds.append(f'<dd class="published">\nNgày đăng {_lc2(s.opts["when"])}\n</dd>')
    dds.append(f'<dd class="createdby">\nViết bởi {esc(_byname(s))}\n</dd>')
    dds.append(f'<dd class="hits">\nLượt xem: {s.views()}\n</dd>')
    return '<dl class="article-info">\n' + "\n".join(dds) + "\n</dl>"


def _actions(s: Story, page: int = 0) -> str:
    pr = article_path(s) + f"?tmpl=component&amp;print=1&amp;layout=default&amp;page={page or ''}"
    return (
        '<ul class="actions">\n<li class="print-icon">\n'
        f'<a href="{pr}" title="In" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,'
        "scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,"
        f'location=no\'); return false;" rel="nofollow"><img src="/media/system/images/printButton.png"'
        ' alt="In"  /></a>\n</li>\n<li class="email-icon">\n'
        f'<a href="{esc(mailto_path(s))}" title="Email" onclick="window.open(this.href,\'win2\','
        "'width=400,height=350,menubar=yes,resizable=yes'); return false;\">"
        '<img src="/media/system/images/emailButton.png" alt="Email"  /></a>\n</li>\n</ul>'
    )


def _pagenav(s: Story) -> str:
    row = [o for o in LATEST if o.cat == s.cat]
    i = row.index(s)
    lis = []
    if i + 1 < len(row):
        lis.append(
            f'<li class="pagenav-prev"><a href="{article_path(row[i + 1])}" rel="prev">&lt; Trước</a></li>'
        )
    if i > 0:
        lis.append(
            f'<li class="pagenav-next"><a href="{article_path(row[i - 1])}" rel="next">Tiếp &gt;</a></li>'
        )
    return '<ul class="pagenav">\n' + "\n".join(lis) + "\n</ul>"


def _split_toc(s: Story, page: int, showall: bool) -> str:
    main = article_path(s)
    part2 = re.search(r'title="([^"]+)"', PAGEBREAK).group(1)
    links = [
        (main + SPLIT_TOC_FIRST.replace("&", "&amp;"), _t(s.title), page == 0 and not showall),
        (main + SPLIT_PAGE2.replace("&", "&amp;"), esc(part2), page == 1 and not showall),
        (main + SPLIT_ALL.replace("&", "&amp;"), "Tất cả các trang", showall),
    ]
    lis = "".join(
        f'<li>\n\t<a href="{href}" class="toclink{" active" if on else ""}">{label}</a>\n</li>\n'
        for href, label, on in links
    )
    return f'<div id="article-index">\n<h3>Mục lục bài viết</h3>\n<ul>\n{lis}</ul>\n</div>\n'


def _split_nav(s: Story, page: int) -> str:
    main = article_path(s)
    if page == 0:
        prev = "Trước"
        nxt = f'<a href="{main}{SPLIT_PAGE2.replace("&", "&amp;")}">Tiếp &gt;&gt;</a>'
    else:
        prev = f'<a href="{main}{SPLIT_TOC_FIRST.replace("&", "&amp;")}">&lt;&lt; Trước</a>'
        nxt = "Tiếp"
    return f'<div class="pagination"><ul><li>{prev} </li><li>{nxt}</li></ul></div>'


def _item_page(
    s: Story, base: str, page: int = 0, showall: bool = False, printing: bool = False
) -> str:
    body = _body(s, base)
    if PAGEBREAK in body:
        parts = body.split(PAGEBREAK)
        if printing or showall:
            text_html = "<br />".join(parts)
            if showall:
                text_html = _split_toc(s, page, True) + text_html
        else:
            text_html = (
                _split_toc(s, page, False)
                + f'<div class="pagenavcounter">Trang {page + 1} / {len(parts)}</div>\n'
                + parts[page]
                + _split_nav(s, page)
            )
    else:
        text_html = body
    if printing:
        head = f"<h2>\n{_t(s.title)}\n</h2>"
        actions = (
            '<ul class="actions">\n<li class="print-icon">\n<a href="#" onclick="window.print();'
            'return false;"><img src="/media/system/images/printButton.png" alt="In"  /></a>\n</li>\n</ul>'
        )
        nav = ""
    else:
        head = f'<h2>\n<a href="{article_path(s)}">\n{_t(s.title)}</a>\n</h2>'
        actions = _actions(s, page)
        nav = "\n" + _pagenav(s)
    return f'<div class="item-page">\n{head}\n{actions}\n{_article_info(s)}\n{text_html}\n{nav}\n</div>'


# --- chrome ---------------------------------------------------------------------------------

_MENU = [
    (101, "/", "Trang chủ", []),
    (102, "/index.php/gioi-thieu", "Giới thiệu", [(103, "/index.php/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức")]),
    (104, "/index.php/tin-tuc", "Tin tức", [
        (105, CATS["hoat-dong-chuyen-mon"].path, "Hoạt động chuyên môn"),
        (106, CATS["tin-cac-truong"].path, "Tin các trường"),
    ]),
    (108, "/index.php/thong-bao", "Thông báo", []),
    (109, "/index.php/van-ban", "Văn bản", []),
    (110, "/index.php/thu-vien-anh", "Thư viện ảnh", []),
    (111, "/index.php/lich-cong-tac", "Lịch công tác", []),
    (113, "/index.php/lien-he", "Liên hệ", []),
]  # fmt: skip


def _mainnav(active: int) -> str:
    lis = []
    for n, (iid, href, label, kids) in enumerate(_MENU):
        on = iid == active or any(k[0] == active for k in kids)
        cls = (" havechild" if kids else "") + (" active" if on else "")
        first = " first-item" if n == 0 else (" last-item" if n == len(_MENU) - 1 else "")
        sub = ""
        if kids:
            sub = (
                "<ul>"
                + "".join(
                    f'<li><a href="{h}" class="menu-item{j}{" active" if k == active else ""}" id="menu{k}"'
                    f' title="{lab}"><span class="menu-title">{lab}</span></a></li>'
                    for j, (k, h, lab) in enumerate(kids)
                )
                + "</ul>"
            )
        lis.append(
            f'<li class="{cls.strip()}"><a href="{href}" class="menu-item{n}{first}{cls}" id="menu{iid}"'
            f' title="{label}"><span class="menu-title">{label}</span></a>{sub}</li>'
        )
    return (
        '<div id="ja-mainnav" class="wrap ">\n<div class="main clearfix">\n'
        f'<ul id="ja-cssmenu" class="clearfix">\n{"".join(lis)}\n</ul>\n</div>\n</div>'
    )


def _crumbs(trail: list[tuple[str, str | None]]) -> str:
    parts = ['<a href="/" class="pathway">Trang chủ</a>']
    for label, href in trail:
        parts.append(
            f'<a href="{href}" class="pathway">{label}</a>' if href else f"<span>{label}</span>"
        )
    return (
        '<div id="ja-navhelper" class="wrap ">\n<div class="main clearfix">\n'
        '<div class="ja-breadcrums">\n<div class="breadcrumbs">\n<span class="showHere">Bạn đang ở: </span>'
        + " » ".join(parts)
        + "\n</div>\n</div>\n</div>\n</div>"
    )


def _module(mid: int, title: str, content: str, suffix: str = "") -> str:
    return (
        f'<div class="ja-module ja-box-br module{suffix}" id="Mod{mid}">\n<div class="ja-box-bl">'
        '<div class="ja-box-tr"><div class="ja-box-tl clearfix">\n'
        f"<h3><span>{title}</span></h3>\n"
        f'<div class="ja-box-ct clearfix">\n{content}\n</div>\n</div></div></div>\n</div>'
    )


def _mini_calendar() -> str:
    first = TODAY_DATE.replace(day=1)
    prev_m = (first - timedelta(days=1)).replace(day=1)
    next_m = (first + timedelta(days=32)).replace(day=1)
    cells = ["<td></td>" for _ in range(first.weekday())]
    d = first
    while d.month == first.month:
        cls = (
            "cal_today"
            if d == TODAY_DATE
            else ("cal_hasevents" if any(e.day == d for e in EVENTS) else "cal_daynoevents")
        )
        cells.append(
            f'<td class="{cls}"><a href="{day_path(d)}" class="cal_daylink" title="Xem sự kiện">{d.day}</a></td>'
        )
        d += timedelta(days=1)
    rows = "".join(f"<tr>{''.join(cells[i : i + 7])}</tr>" for i in range(0, len(cells), 7))
    return (
        '<table cellpadding="0" cellspacing="0" class="mod_events_monthyear"><tr>'
        f'<td><a href="{month_path(prev_m)}" title="Tháng trước">&laquo;</a></td>'
        f'<td class="mod_events_caption"><a href="{month_path(first)}">Tháng 11 2026</a></td>'
        f'<td><a href="{month_path(next_m)}" title="Tháng sau">&raquo;</a></td></tr></table>'
        '<table class="mod_events_monthyear mod_events_table"><tr class="mod_events_dayname">'
        "<td>T2</td><td>T3</td><td>T4</td><td>T5</td><td>T6</td><td>T7</td><td>CN</td></tr>"
        f"{rows}</table>"
    )


def _sidebar() -> str:
    search = (
        '<form action="/index.php" method="post">\n<div class="search">\n'
        '<label for="mod-search-searchword">Tìm kiếm...</label><input name="searchword" id="mod-search-searchword"'
        ' maxlength="20"  class="inputbox" type="text" size="20" value="Tìm kiếm..."'
        "  onblur=\"if (this.value=='') this.value='Tìm kiếm...';\" onfocus=\"if (this.value=='Tìm kiếm...') this.value='';\" />"
        '<input type="submit" value="Tìm" class="button" onclick="this.form.searchword.focus();"/>'
        '<input type="hidden" name="task" value="search" />\n<input type="hidden" name="option" value="com_search" />\n'
        '<input type="hidden" name="Itemid" value="114" />\n</div>\n</form>'
    )
    login = (
        '<form action="/" method="post" id="login-form" >\n<fieldset class="userdata">\n'
        '<p id="form-login-username"><label for="modlgn-username">Tên đăng nhập</label>'
        '<input id="modlgn-username" type="text" name="username" class="inputbox"  size="18" /></p>'
        '<p id="form-login-password"><label for="modlgn-passwd">Mật khẩu</label>'
        '<input id="modlgn-passwd" type="password" name="password" class="inputbox" size="18"  /></p>'
        '<p id="form-login-remember"><label for="modlgn-remember">Ghi nhớ</label>'
        '<input id="modlgn-remember" type="checkbox" name="remember" class="inputbox" value="yes"/></p>'
        '<input type="submit" name="Submit" class="button" value="Đăng nhập" />'
        '<input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" />'
        '<input type="hidden" name="return" value="aW5kZXgucGhwP0l0ZW1pZD0xMDE=" />'
        '<input type="hidden" name="3f1e5c0b8a9d47e2b6c1d0a4f7e9b2c5" value="1" />\n</fieldset>\n<ul>\n'
        '<li><a href="/index.php/component/users/?view=reset">Quên mật khẩu?</a></li>\n'
        '<li><a href="/index.php/component/users/?view=remind">Quên tên đăng nhập?</a></li>\n</ul>\n</form>'
    )
    latest = "".join(
        f'<li><a href="{article_path(s)}">{_t(s.title)}</a> <span class="date">({s.opts["when"]:%d/%m/%Y})</span></li>'
        for s in LATEST[:6]
    )
    banners = "".join(
        f'<div class="banneritem"><a href="/index.php/component/banners/click/{bid}" target="_blank" title="{name}">'
        f'<img src="{img}" alt="{name}" width="240" height="80" /></a><div class="clr"></div></div>'
        for bid, (name, _url, img) in BANNERS.items()
    )
    counter = (
        '<div class="vvisit_counter"><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;">'
        '<tbody><tr><td><div class="vcounter">0 1 3 2 5 7 4 8</div></td></tr></tbody></table>'
        '<table cellpadding="0" cellspacing="0" style="width: 90%;"><tbody>'
        "<tr><td>Hôm nay</td><td>412</td></tr><tr><td>Hôm qua</td><td>987</td></tr>"
        "<tr><td>Tuần này</td><td>2.105</td></tr><tr><td>Tháng này</td><td>21.336</td></tr>"
        "<tr><td>Tất cả</td><td>1.325.748</td></tr></tbody></table>"
        "<hr /><div>Khách trực tuyến: 17</div></div>"
    )
    links = "".join(
        f'<li><a href="/index.php/lien-ket-website/{wid}-{alias}" target="_blank">{name}</a></li>'
        for wid, alias, name, _ in WEBLINKS
    )
    return (
        '<div id="ja-right" class="column sidebar" style="width:30%">\n<div class="ja-colswrap clearfix ja-r1">\n'
        '<div id="ja-right1" class="ja-col  column" style="width:100%">\n'
        + _module(94, "Tìm kiếm", search, "_search")
        + _module(88, "Tin mới", f'<ul class="latestnews">{latest}</ul>', "_latest")
        + _module(91, "Lịch công tác", _mini_calendar())
        + _module(87, "Đăng nhập", login)
        + _module(92, "Liên kết website", f'<ul class="weblinks">{links}</ul>'
                  '<p><a href="/index.php/lien-ket-website">Xem tất cả</a></p>')
        + _module(95, "Quảng cáo", f'<div class="bannergroup">{banners}</div>', "_banner")
        + _module(96, "Thống kê truy cập", counter)
        + "\n</div>\n</div>\n</div>"
    )  # fmt: skip


def _header() -> str:
    return (
        '<div id="ja-header" class="wrap ">\n<div class="main clearfix">\n'
        f'<h1 class="logo"><a href="/" title="{SITE}"><span>{SITE}</span></a></h1>\n'
        f'<div class="ja-header-date">Hôm nay: {TODAY}</div>\n'
        '<div id="ja-search"><a href="/index.php/tim-kiem">Tìm kiếm nâng cao</a></div>\n'
        "</div>\n</div>"
    )


def _footer() -> str:
    return (
        '<div id="ja-footer" class="wrap ">\n<div class="main clearfix">\n'
        '<div class="ja-copyright">\n<div class="custom"  >\n'
        f"<p><strong>{SITE.upper()}</strong></p>\n"
        f"<p>Địa chỉ: {ADDRESS}</p>\n"
        f"<p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}</p>\n"
        "<p>Chịu trách nhiệm: Trưởng phòng Giáo dục và Đào tạo</p>\n"
        f"<p>Bản quyền &copy; 2013 - 2026 {esc(SHORT)}. Thiết kế bởi JoomlArt, tùy biến bởi VNPT Hà Tĩnh.</p>\n"
        "</div>\n</div>\n</div>\n</div>"
    )


def _page(
    title: str,
    main: str,
    request: Request,
    itemid: int,
    crumbs: list[tuple[str, str | None]],
    head: str = "",
    author: str | None = None,
    klass: str = "",
) -> str:
    base = base_url(request)
    meta_author = f'  <meta name="author" content="{esc(author)}" />\n' if author else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn">
<head>
  <base href="{base}{request.path}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="giáo dục Thạch Hà, phòng giáo dục, Thạch Hà, Hà Tĩnh" />
{meta_author}  <meta name="description" content="{SITE} - Trang thông tin điện tử" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{title}</title>
{head}  <link href="{TPL}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link rel="stylesheet" href="/plugins/system/jat3/jat3/base-themes/default/css/addons.css" type="text/css" />
  <link rel="stylesheet" href="{TPL}/css/template.css" type="text/css" />
  <script src="/media/system/js/mootools-core.js" type="text/javascript"></script>
  <script src="/media/system/js/core.js" type="text/javascript"></script>
  <script src="/plugins/system/jat3/jat3/base-themes/default/js/core.js" type="text/javascript"></script>
</head>
<body id="bd" class="bd fs3 com_content {klass}">
<a name="Top" id="Top"></a>
<div id="ja-wrapper">
{_header()}
{_mainnav(itemid)}
{_crumbs(crumbs)}
<div id="ja-container" class="wrap ja-r1">
<div class="main clearfix">
<div id="ja-mainbody" style="width:70%">
<div id="ja-main" style="width:100%">
<div class="inner clearfix">
<div id="system-message-container">
</div>
<div id="ja-contentwrap" class="clearfix ">
<div id="ja-content" class="column" style="width:100%">
<div id="ja-current-content" class="column" style="width:100%">
<div id="ja-content-main" class="ja-content-main clearfix">
{main}
</div>
</div>
</div>
</div>
</div>
</div>
</div>
{_sidebar()}
</div>
</div>
{_footer()}
</div>
</body>
</html>"""


def _cat_trail(c: Cat) -> list[tuple[str, str | None]]:
    trail = []
    if c.parent:
        p = CATS[c.parent]
        trail.append((p.name, p.path))
    trail.append((c.name, c.path))
    return trail


def _other_news(s: Story) -> str:
    others = [o for o in LATEST if o.cat == s.cat and o.id != s.id][:5]
    lis = "".join(
        f'<li><a href="{article_path(o)}">{_t(o.title)}</a> <span class="mod-date">- {o.opts["when"]:%d/%m/%Y}</span></li>'
        for o in others
    )
    return (
        '<div class="ja-content-bottom"><div class="moduletable_tinkhac">\n<h3>Các tin khác</h3>\n'
        f'<ul class="category-module_tinkhac">{lis}</ul>\n</div></div>'
    )


def _addthis() -> str:
    return (
        '<div class="addthis_toolbox addthis_default_style"><span>Chia sẻ:</span>'
        '<a class="addthis_button_facebook_like" fb:like:layout="button_count"></a>'
        '<a class="addthis_button_tweet"></a><a class="addthis_button_zalo"></a>'
        '<a class="addthis_counter addthis_pill_style"></a></div>'
        '<script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-4f8b2a1c3d5e6f70"></script>'
    )


def article_page(
    s: Story, request: Request, page: int = 0, showall: bool = False, itemid: int | None = None
) -> str:
    base = base_url(request)
    c = CATS[s.cat]
    main = _item_page(s, base, page, showall) + "\n" + _addthis() + "\n" + _other_news(s)
    title = _t(s.title)
    if PAGEBREAK in _body(s, base) and page and not showall:
        title += " - " + esc(re.search(r'title="([^"]+)"', PAGEBREAK).group(1))
    return _page(
        title,
        main,
        request,
        itemid or c.itemid,
        [*_cat_trail(c), (_t(s.title), None)],
        author="Administrator",
        klass="view-article",
    )


def print_page(s: Story, request: Request) -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn">
<head>
  <base href="{base}{request.path}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="noindex, nofollow" />
  <meta name="author" content="Administrator" />
  <title>{_t(s.title)}</title>
  <link rel="stylesheet" href="{TPL}/css/print.css" type="text/css" />
</head>
<body class="contentpane">
<div id="system-message-container">
</div>
{_item_page(s, base, printing=True)}
</body>
</html>"""


def mailto_page() -> str:
    return f"""<!DOCTYPE html>
<html xml:lang="vi-vn" lang="vi-vn">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="noindex, nofollow" />
  <title>{SITE}</title>
</head>
<body class="contentpane">
<div id="mailto-window">
<h2>Gửi liên kết này tới bạn bè qua email.</h2>
<div class="mailto-close"><a href="javascript: void window.close()" title="Đóng cửa sổ">
<span>Đóng cửa sổ </span></a></div>
<form action="/index.php" name="mailtoForm" method="post">
<div class="formelm"><label for="mailto_field">Email tới</label>
<input type="text" id="mailto_field" name="mailto" class="inputbox" size="25" value=""/></div>
<div class="formelm"><label for="sender_field">Người gửi:</label>
<input type="text" id="sender_field" name="sender" class="inputbox" value="" size="25" /></div>
<div class="formelm"><label for="from_field">Email của bạn:</label>
<input type="text" id="from_field" name="from" class="inputbox" value="" size="25" /></div>
<div class="formelm"><label for="subject_field">Tiêu đề:</label>
<input type="text" id="subject_field" name="subject" class="inputbox" value="" size="25" /></div>
<p><button class="button" onclick="return Joomla.submitbutton('send');">Gửi</button>
<button class="button" onclick="window.close();return false;">Hủy bỏ</button></p>
<input type="hidden" name="layout" value="default" /><input type="hidden" name="option" value="com_mailto" />
<input type="hidden" name="task" value="send" /><input type="hidden" name="tmpl" value="component" />
</form>
</div>
</body>
</html>"""


# --- listings -------------------------------------------------------------------------------


def _limit_box(limit: int) -> str:
    sel = ' selected="selected"'
    opts = "".join(f'<option value="{n}"{sel if n == limit else ""}>{n}</option>' for n in LIMITS)
    opts += f'<option value="0"{sel if limit == 0 else ""}>Tất cả</option>'
    return (
        '<div class="display-limit">\nHiển thị #&#160;\n<select id="limit" name="limit" class="inputbox"'
        f' size="1" onchange="this.form.submit()">\n{opts}\n</select>\n</div>'
    )


def _pager(path: str, start: int, limit: int, total: int) -> str:
    if limit == 0 or total <= limit:
        return ""
    pages = _pages(total, limit)
    cur = start // limit

    def link(label: str, n: int, cls: str = "") -> str:
        li = f'<li class="{cls}">' if cls else "<li>"
        if n == cur or n < 0 or n >= pages:
            return f'{li}<span class="pagenav">{label}</span></li>'
        return f'{li}<a title="{label}" href="{path}?limitstart={n * limit}" class="pagenav">{label}</a></li>'

    items = [
        link("Bắt đầu", 0 if cur else -1, "pagination-start"),
        link("Trước", cur - 1, "pagination-prev"),
    ]
    items += [link(str(n + 1), n) for n in range(pages)]
    items += [
        link("Tiếp", cur + 1, "pagination-next"),
        link("Cuối", pages - 1 if cur < pages - 1 else -1, "pagination-end"),
    ]
    return (
        f'<div class="pagination">\n<p class="counter">\nTrang {cur + 1} của {pages}\n</p>\n'
        f"<ul>{''.join(items)}</ul>\n</div>"
    )


def list_page(key: str, request: Request) -> str:
    c = CATS[key]
    params = request.params
    rows_all = in_cat(key)
    try:
        limit = int(params.get("limit", PER_PAGE))
    except ValueError:
        limit = PER_PAGE
    if limit not in (*LIMITS, 0):
        limit = PER_PAGE
    try:
        start = int(params.get("limitstart") or params.get("start") or 0)
    except ValueError:
        start = 0
    if limit:
        start = max(0, min(start, (len(rows_all) - 1) // limit * limit)) // limit * limit
        rows = rows_all[start : start + limit]
    else:
        start, rows = 0, rows_all
    trs = "".join(
        f'<tr class="cat-list-row{i % 2}" >\n<td class="list-title">\n<a href="{article_path(s)}">\n{_t(s.title)}</a>\n</td>\n'
        f'<td class="list-date">\n{_lc3(s.opts["when"])}\n</td>\n'
        f'<td class="list-author">\nViết bởi {esc(_byname(s))}\n</td>\n'
        f'<td class="list-hits">\n{s.views()}\n</td>\n</tr>\n'
        for i, s in enumerate(rows)
    )

    def th(n: int, col: str, label: str, cls: str) -> str:
        ident = "tableOrdering" + (str(n) if n > 1 else "")
        return (
            f'<th class="{cls}" id="{ident}">\n<a href="#" onclick="Joomla.tableOrdering(\'{col}\',\'asc\',\'\');'
            f'return false;" title="Nhấn để sắp xếp theo cột này">{label}</a>\n</th>'
        )

    table = (
        '<table class="category">\n<thead>\n<tr>\n'
        + th(1, "a.title", "Tiêu đề", "list-title")
        + th(2, "a.publish_up", "Ngày đăng", "list-date")
        + th(3, "author", "Tác giả", "list-author")
        + th(4, "a.hits", "Lượt xem", "list-hits")
        + f"\n</tr>\n</thead>\n<tbody>\n{trs}</tbody>\n</table>"
    )
    form = (
        f'<form action="{c.path}" method="post" name="adminForm" id="adminForm">\n'
        '<fieldset class="filters">\n<legend class="hidelabeltxt">Bộ lọc</legend>\n'
        '<div class="filter-search">\n<label class="filter-search-lbl" for="filter-search">Lọc tiêu đề&#160;</label>\n'
        '<input type="text" name="filter-search" id="filter-search" value="" class="inputbox"'
        ' onchange="document.adminForm.submit();" title="Nhập vào một phần hoặc toàn bộ tiêu đề để tìm kiếm." />\n'
        f"</div>\n{_limit_box(limit)}\n"
        '<input type="hidden" name="filter_order" value="" />\n<input type="hidden" name="filter_order_Dir" value="" />\n'
        '<input type="hidden" name="limitstart" value="" />\n</fieldset>\n'
        f"{table}\n{_pager(c.path, start, limit, len(rows_all))}\n</form>"
    )
    children = ""
    kids = [k for k in CATS.values() if k.parent == key]
    if kids:
        lis = "".join(
            f'<li class="{"first" if i == 0 else "last"}">\n<span class="item-title"><a href="{k.path}">\n{k.name}</a>\n</span>\n'
            f"<dl><dt>\nSố bài viết:</dt>\n<dd>{len(in_cat(k.key))}</dd>\n</dl>\n</li>\n"
            for i, k in enumerate(kids)
        )
        children = f'<div class="cat-children">\n<h3>\nDanh mục con</h3>\n<ul>\n{lis}</ul>\n</div>'
    main = (
        f'<div class="category-list">\n<h2>\n<span class="subheading-category">{c.name}</span>\n</h2>\n'
        f'<div class="cat-items">\n{form}\n</div>\n{children}\n</div>'
    )
    head = (
        f'  <link href="{c.path}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n'
        f'  <link href="{c.path}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0" />\n'
    )
    return _page(c.name, main, request, c.itemid, _cat_trail(c), head, klass="view-category")


def feed(key: str, request: Request, atom: bool) -> Response:
    c = CATS[key]
    base = base_url(request)
    rows = in_cat(key)[:10]
    if atom:
        entries = "".join(
            f'<entry><title>{esc(s.title)}</title><link rel="alternate" type="text/html" href="{base}{article_path(s)}"/>'
            f"<published>{s.opts['when']:%Y-%m-%dT%H:%M:%S}+07:00</published><updated>{s.opts['when']:%Y-%m-%dT%H:%M:%S}+07:00</updated>"
            f"<id>{base}{article_path(s)}</id><author><name>{esc(_byname(s))}</name><email>{EMAIL}</email></author>"
            f'<category term="{c.name}" /></entry>'
            for s in rows
        )
        body = (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi-vn">'
            f'<title type="text">{c.name}</title><link rel="alternate" type="text/html" href="{base}"/>'
            f"<id>{base}{c.path}</id><updated>2026-11-25T01:00:00+00:00</updated>{entries}</feed>"
        )
        return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})
    items = "".join(
        f'<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link><guid isPermaLink="true">{base}{article_path(s)}</guid>'
        f"<description><![CDATA[{_body(s, base).split(PAGEBREAK)[0]}]]></description>"
        f"<author>{EMAIL} ({esc(_byname(s))})</author><category>{c.name}</category>"
        f"<pubDate>{_rfc822(s.opts['when'])}</pubDate></item>"
        for s in rows
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{c.name}</title><description><![CDATA[]]></description><link>{base}{c.path}</link>"
        f"<lastBuildDate>Wed, 25 Nov 2026 01:00:00 +0000</lastBuildDate><generator>Joomla! - Open Source Content Management</generator>"
        f"<language>vi-vn</language>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _rfc822(w: datetime) -> str:
    utc = w - timedelta(hours=7)
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[utc.weekday()]}, {utc.day:02d} {months[utc.month - 1]} {utc.year} {utc:%H:%M:%S} +0000"


def home_page(request: Request) -> str:
    featured = [s for s in LATEST if s.opts.get("featured")]
    slides = "".join(
        f'<div class="ja-slide-item"><a href="{home_path(s)}"><img src="/images/slideshow/slide-{s.id}.jpg" alt="{esc(s.title)}" /></a>'
        f'<div class="ja-slide-desc"><a href="{home_path(s)}">{_t(s.title)}</a></div></div>'
        for s in featured
    )
    blog = ""
    for i, s in enumerate(featured):
        intro = next(b for b in s.blocks if isinstance(b, P))
        blog += (
            f'<div class="items-leading"><div class="leading-{i}">\n<h2>\n<a href="{article_path(s)}">\n{_t(s.title)}</a>\n</h2>\n'
            f'<dl class="article-info">\n<dt class="article-info-term">Chi tiết</dt>\n'
            f'<dd class="published">\nNgày đăng {_lc2(s.opts["when"])}\n</dd>\n</dl>\n'
            f"<p>{_t(intro.text, s)}</p>\n"
            f'<p class="readmore">\n<a href="{article_path(s)}">\nĐọc thêm...</a>\n</p>\n'
            '<div class="item-separator"></div>\n</div></div>\n'
        )
    notices = "".join(
        f'<li><a class="mod-articles-category-title " href="{article_path(s)}">{_t(s.title)}</a>'
        f'<span class="mod-articles-category-date">{s.opts["when"]:%d-%m-%Y}</span></li>'
        for s in in_cat("thong-bao")
    )
    docs = "".join(
        f'<li><a href="/index.php/van-ban/category/{d.cat}-{DOC_CATS[d.cat][0]}">{esc(d.title)}</a></li>'
        for d in sorted(DOCS, key=lambda d: d.issued, reverse=True)[:4]
    )
    main = (
        '<div id="ja-slideshow" class="ja-slidewrap">\n<h3><span>Tin nổi bật</span></h3>\n'
        f'<div class="ja-slide-main">{slides}</div>\n</div>\n'
        f'<div class="blog-featured">\n{blog}</div>\n'
        + _module(97, "Thông báo mới", f'<ul class="category-module">{notices}</ul>')
        + _module(98, "Văn bản mới", f'<ul class="phocadownload-latest">{docs}</ul>')
    )
    head = '  <link href="/index.php/tin-tuc?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n'
    return _page(f"Trang chủ - {SITE}", main, request, 101, [], head, klass="view-featured")


def static_page(path: str, request: Request) -> str:
    _aid, itemid, title, paras = STATIC_PAGES[path]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main = f'<div class="item-page">\n<h2>\n<a href="{path}">\n{title}</a>\n</h2>\n{body}\n</div>'
    trail = (
        [(title, None)]
        if path == "/index.php/gioi-thieu"
        else [("Giới thiệu", "/index.php/gioi-thieu"), (title, None)]
    )
    return _page(title, main, request, itemid, trail, author="Administrator", klass="view-article")


def contact_page(request: Request) -> str:
    main = (
        '<div class="contact">\n<h2><span class="contact-name">Phòng Giáo dục và Đào tạo huyện Thạch Hà</span></h2>\n'
        '<h3>Thông tin liên hệ</h3>\n<div class="contact-address">\n<dl>'
        f'<dt><span class="jicons-text">Địa chỉ: </span></dt><dd><span class="contact-street">{ADDRESS}</span></dd>'
        f'<dt><span class="jicons-text">Điện thoại: </span></dt><dd><span class="contact-telephone">{PHONE}</span></dd>'
        f'<dt><span class="jicons-text">Di động: </span></dt><dd><span class="contact-mobile">{HOTLINE}</span></dd>'
        f'<dt><span class="jicons-text">Email: </span></dt><dd><span class="contact-emailto">{EMAIL}</span></dd></dl>\n</div>\n'
        '<h3>Mẫu liên hệ</h3>\n<div class="contact-form">\n<form id="contact-form" action="/index.php/lien-he" method="post" class="form-validate">'
        "<fieldset><legend>Gửi email cho liên hệ này</legend><dl>"
        '<dt><label id="jform_contact_name-lbl" for="jform_contact_name">Tên<span class="star">&#160;*</span></label></dt>'
        '<dd><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" size="30"/></dd>'
        '<dt><label for="jform_contact_email">Email<span class="star">&#160;*</span></label></dt>'
        '<dd><input type="email" name="jform[contact_email]" id="jform_contact_email" value="" size="30"/></dd>'
        '<dt><label for="jform_contact_emailmsg">Tiêu đề<span class="star">&#160;*</span></label></dt>'
        '<dd><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" size="60"/></dd>'
        '<dt><label for="jform_contact_message">Nội dung<span class="star">&#160;*</span></label></dt>'
        '<dd><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea></dd>'
        '<dd><button class="button validate" type="submit">Gửi email</button></dd></dl></fieldset></form>\n</div>\n</div>'
    )
    return _page("Liên hệ", main, request, 113, [("Liên hệ", None)], klass="view-contact")


def docs_page(request: Request, cid: int | None) -> str:
    if cid is None:
        lis = "".join(
            f'<div class="pd-categoriesbox"><div class="pd-title"><a href="/index.php/van-ban/category/{k}-{alias}">{name}</a>'
            f" <small>({sum(1 for d in DOCS if d.cat == k)})</small></div></div>"
            for k, (alias, name) in DOC_CATS.items()
        )
        main = f'<div id="phoca-dl-categories-box"><h1>Văn bản</h1>{lis}</div>'
        return _page("Văn bản", main, request, 109, [("Văn bản", None)], klass="com_phocadownload")
    alias, name = DOC_CATS[cid]
    base = f"/index.php/van-ban/category/{cid}-{alias}"
    rows = "".join(
        f'<div class="pd-filebox"><div class="pd-filenamebox"><div class="pd-title">{esc(d.title)}</div>'
        f'<div class="pd-filename"><div class="pd-document16" style="background: url(\'/components/com_phocadownload/assets/images/icon-16-{d.filename.rsplit(".", 1)[1]}.png\') 0 center no-repeat;">'
        f"{d.filename}</div></div></div>"
        f'<div class="pd-buttons"><div class="pd-button-download"><a class="btn" href="{base}?download={d.id}:{d.alias}">Tải về</a></div></div>'
        f'<div class="pd-date">Ngày: {d.issued:%d/%m/%Y}</div><div class="pd-size">Dung lượng: {d.size}</div>'
        '<div class="pd-cb"></div></div>'
        for d in DOCS
        if d.cat == cid
    )
    main = (
        f'<div id="phoca-dl-category-box" class="pd-category-view"><div class="pd-category"><h3 class="pd-ctitle">{name}</h3>'
        f"{rows}</div></div>"
        '<div class="pd-cb">&nbsp;</div><div class="pd-navigation"><a href="/index.php/van-ban">Văn bản</a></div>'
    )
    return _page(
        name,
        main,
        request,
        109,
        [("Văn bản", "/index.php/van-ban"), (name, None)],
        klass="com_phocadownload",
    )


def gallery_page(request: Request, cid: int | None) -> str:
    if cid is None:
        boxes = "".join(
            f'<div class="phocagallery-box-file"><a href="/index.php/thu-vien-anh/category/{k}-{alias}">'
            f'<img src="/images/phocagallery/{alias}/thumbs/phoca_thumb_m_01.jpg" alt="{name}" /></a>'
            f'<div class="name"><a href="/index.php/thu-vien-anh/category/{k}-{alias}">{name}</a> <span class="small">({len(pics)})</span></div></div>'
            for k, (alias, name, pics) in ALBUM_CATS.items()
        )
        main = f'<div id="phocagallery" class="pg-categories-view"><h1>Thư viện ảnh</h1>{boxes}<div class="clr"></div></div>'
        return _page(
            "Thư viện ảnh", main, request, 110, [("Thư viện ảnh", None)], klass="com_phocagallery"
        )
    alias, name, pics = ALBUM_CATS[cid]
    boxes = "".join(
        f'<div class="phocagallery-box-file"><a class="pg-modal-button" title="{esc(p)}"'
        f' href="/images/phocagallery/{alias}/thumbs/phoca_thumb_l_{i + 1:02d}.jpg" rel="shadowbox[pg]">'
        f'<img src="/images/phocagallery/{alias}/thumbs/phoca_thumb_m_{i + 1:02d}.jpg" alt="{esc(p)}" /></a>'
        f'<div class="name">{esc(p)}</div></div>'
        for i, p in enumerate(pics)
    )
    main = (
        f'<div id="phocagallery" class="pg-category-view"><h1>{name}</h1>'
        f'<div id="pg-icons"><a href="/index.php/thu-vien-anh" title="Quay lại">Quay lại</a></div>{boxes}'
        '<div class="clr"></div></div>'
    )
    return _page(
        name,
        main,
        request,
        110,
        [("Thư viện ảnh", "/index.php/thu-vien-anh"), (name, None)],
        klass="com_phocagallery",
    )


def weblinks_page(request: Request) -> str:
    rows = "".join(
        f'<tr class="cat-list-row{i % 2}"><td class="title"><p><a href="/index.php/lien-ket-website/{wid}-{alias}"'
        f' class="category" target="_blank">{name}</a></p></td><td class="hits">Lượt truy cập: {120 + wid * 41}</td></tr>'
        for i, (wid, alias, name, _) in enumerate(WEBLINKS)
    )
    main = (
        '<div class="weblink-category"><h2>Liên kết website</h2>'
        f'<table class="category"><thead><tr><th class="title">Liên kết Web</th><th class="hits">Lượt truy cập</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )
    return _page(
        "Liên kết website", main, request, 112, [("Liên kết website", None)], klass="com_weblinks"
    )


def search_page(request: Request) -> str:
    word = request.params.get("searchword", "").strip()
    results = ""
    if word:
        needle = word.casefold()
        hits = [s for s in LATEST if needle in s.title.casefold()]
        results = (
            f'<div class="searchintro"><p>Tìm kiếm: <span class="badge">{len(hits)}</span> kết quả.</p></div>'
            + "".join(
                f'<dl class="search-results"><dt class="result-title">{i + 1}. <a href="{article_path(s)}">{_t(s.title)}</a></dt>'
                f'<dd class="result-category"><span class="small">({CATS[s.cat].name})</span></dd>'
                f'<dd class="result-created">Ngày tạo {_lc3(s.opts["when"])}</dd></dl>'
                for i, s in enumerate(hits)
            )
        )
    main = (
        '<div class="search"><h1>Tìm kiếm</h1>'
        '<form id="searchForm" action="/index.php/tim-kiem" method="post">'
        f'<fieldset class="word"><label for="search-searchword">Từ khóa:</label>'
        f'<input type="text" name="searchword" id="search-searchword" size="30" maxlength="20" value="{esc(word)}" class="inputbox" />'
        '<button name="Search" onclick="this.form.submit()" class="button">Tìm kiếm</button></fieldset>'
        '<fieldset class="phrases"><legend>Tìm kiếm với:</legend><div class="phrases-box">'
        '<input type="radio" name="searchphrase" id="searchphraseall" value="all" checked="checked" /><label for="searchphraseall">Tất cả các từ</label>'
        '<input type="radio" name="searchphrase" id="searchphraseany" value="any" /><label for="searchphraseany">Bất kỳ từ nào</label>'
        '<input type="radio" name="searchphrase" id="searchphraseexact" value="exact" /><label for="searchphraseexact">Cụm từ chính xác</label>'
        '</div><div class="ordering-box"><label for="ordering" class="ordering">Sắp xếp theo:</label>'
        '<select id="ordering" name="ordering" class="inputbox"><option value="newest" selected="selected">Mới nhất trước</option>'
        '<option value="oldest">Cũ nhất trước</option><option value="popular">Phổ biến nhất</option>'
        '<option value="alpha">Theo thứ tự chữ cái</option><option value="category">Danh mục</option></select></div></fieldset>'
        f"</form>{results}</div>"
    )
    return _page("Tìm kiếm", main, request, 114, [("Tìm kiếm", None)], klass="com_search")


def users_page(request: Request, view: str) -> str:
    if view == "reset":
        title, intro, label = (
            "Quên mật khẩu",
            "Vui lòng nhập địa chỉ email của tài khoản. Một mã xác nhận sẽ được gửi tới bạn.",
            "Địa chỉ email:",
        )
    else:
        title, intro, label = (
            "Quên tên đăng nhập",
            "Vui lòng nhập địa chỉ email của tài khoản. Tên đăng nhập sẽ được gửi tới email của bạn.",
            "Địa chỉ email:",
        )
    main = (
        f'<div class="{view}"><form id="user-registration" action="/index.php/component/users/?task={view}.request" method="post" class="form-validate">'
        f'<p>{intro}</p><fieldset><dl><dt><label id="jform_email-lbl" for="jform_email" class="required">{label}<span class="star">&#160;*</span></label></dt>'
        '<dd><input type="text" name="jform[email]" id="jform_email" value="" class="validate-username required" size="30"/></dd></dl></fieldset>'
        '<div><button type="submit" class="validate">Gửi</button></div></form></div>'
    )
    return _page(title, main, request, 101, [(title, None)], klass="com_users")


def _events_on(d: date) -> list[Event]:
    return [e for e in EVENTS if e.day == d]


def month_page(request: Request, d: date) -> str:
    first = d.replace(day=1)
    prev_m = (first - timedelta(days=1)).replace(day=1)
    next_m = (first + timedelta(days=32)).replace(day=1)
    cells = ['<td class="cal_td_daysoutofmonth">&nbsp;</td>' for _ in range(first.weekday())]
    day = first
    while day.month == first.month:
        evs = "".join(
            f'<div class="eventfull"><a class="cal_titlelink" href="{event_path(e)}">{esc(e.title)}</a></div>'
            for e in _events_on(day)
        )
        cells.append(
            f'<td class="cal_td_daysnoevents"><a class="cal_daylink" href="{day_path(day)}" title="Xem ngày">{day.day}</a>{evs}</td>'
        )
        day += timedelta(days=1)
    rows = "".join(f"<tr>{''.join(cells[i : i + 7])}</tr>" for i in range(0, len(cells), 7))
    prev_link = (
        f'<a href="{month_path(prev_m)}" title="Tháng trước">&laquo; Tháng trước</a>'
        if prev_m.year >= 1900
        else ""
    )
    next_link = (
        f'<a href="{month_path(next_m)}" title="Tháng sau">Tháng sau &raquo;</a>'
        if next_m.year <= 2999
        else ""
    )
    main = (
        '<div id="jevents"><div class="contentpaneopen jeventpage" id="jevents_header">'
        '<h2 class="contentheading">Lịch công tác</h2></div><div class="jev_toprow"><div class="jev_header2">'
        f'<div class="previousmonth">{prev_link}</div>'
        f'<div class="currentmonth">Tháng {first.month} {first.year}</div>'
        f'<div class="nextmonth">{next_link}</div></div></div>'
        '<table class="cal_table" cellpadding="0" cellspacing="0"><tr><th>Thứ hai</th><th>Thứ ba</th><th>Thứ tư</th>'
        f"<th>Thứ năm</th><th>Thứ sáu</th><th>Thứ bảy</th><th>Chủ nhật</th></tr>{rows}</table></div>"
    )
    return _page(
        "Lịch công tác", main, request, 111, [("Lịch công tác", None)], klass="com_jevents"
    )


def day_page(request: Request, d: date) -> str:
    evs = (
        "".join(
            f'<li class="ev_td_li"><a class="ev_link_row" href="{event_path(e)}">{esc(e.title)}</a> - {e.time}</li>'
            for e in _events_on(d)
        )
        or "<li>Không có sự kiện nào</li>"
    )
    nav = []
    if d > date(1900, 1, 1):
        nav.append(
            f'<a href="{day_path(d - timedelta(days=1))}" title="Ngày trước">&laquo; Ngày trước</a>'
        )
    if d < date(2999, 12, 31):
        nav.append(
            f'<a href="{day_path(d + timedelta(days=1))}" title="Ngày sau">Ngày sau &raquo;</a>'
        )
    main = (
        f'<div id="jevents"><h2 class="contentheading">Lịch công tác ngày {d:%d/%m/%Y}</h2>'
        f'<div class="jev_daynav">{" | ".join(nav)}</div><ul class="ev_ul">{evs}</ul>'
        f'<p><a href="{month_path(d)}">Xem cả tháng</a></p></div>'
    )
    return _page(
        "Lịch công tác", main, request, 111, [("Lịch công tác", None)], klass="com_jevents"
    )


def event_page(request: Request, e: Event) -> str:
    main = (
        '<div id="jevents"><div class="jev_evdt">'
        f'<h2 class="contentheading">{esc(e.title)}</h2>'
        f'<table class="contentpaneopen"><tr><td class="ev_detail">Thời gian: {e.time}, {WEEKDAYS[e.day.weekday()]}, {e.day:%d/%m/%Y}</td></tr>'
        f'<tr><td class="ev_detail">Địa điểm: {esc(e.place)}</td></tr>'
        '<tr><td class="ev_detail">Thành phần: theo giấy mời</td></tr></table>'
        f'<p><a href="{month_path(e.day)}">Xem lịch tháng</a></p></div></div>'
    )
    return _page(
        esc(e.title),
        main,
        request,
        111,
        [("Lịch công tác", "/index.php/lich-cong-tac"), (esc(e.title), None)],
        klass="com_jevents",
    )


def not_found(request: Request) -> Response:
    body = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn">\n<head>\n<title>404 - Lỗi: 404</title>\n'
        f'<link rel="stylesheet" href="{TPL}/css/error.css" type="text/css" />\n</head>\n<body>\n'
        '<div id="errorboxoutline">\n<div id="errorboxheader">404 - Không tìm thấy bài viết</div>\n'
        '<div id="errorboxbody"><p><strong>Bạn không thể xem trang này vì:</strong></p><ol>'
        "<li>bookmark/favourite đã hết hạn</li><li>một cỗ máy tìm kiếm có danh sách trang web này đã hết hạn</li>"
        "<li>địa chỉ trang bị gõ sai</li><li>bạn không có quyền truy cập trang này</li></ol>"
        '<p><strong>Hãy thử một trong các trang sau:</strong></p><ul><li><a href="/index.php" title="Đi đến trang chủ">Trang chủ</a></li></ul>'
        "<p>Nếu vẫn gặp khó khăn, xin liên hệ với người quản trị website.</p>"
        '<div id="techinfo"><p>Không tìm thấy bài viết</p></div></div>\n</div>\n</body>\n</html>'
    )
    return html(body, status=404)


# --- routing --------------------------------------------------------------------------------

_BY_PATH = {article_path(s): s for s in STORIES}
_HOME_PATHS = {home_path(s): s for s in STORIES}
_CAT_BY_PATH = {c.path: c.key for c in CATS.values()}
_CAT_BY_ID = {c.catid: c.key for c in CATS.values()}
_FILES = {s.opts["attach"][0] for s in STORIES if s.opts.get("attach")}
_ARTICLE_RE = re.compile(r"(/index\.php/(?:tin-tuc/[a-z-]+|thong-bao))/(\d+)-[a-z0-9-]+")
_ROBOTS = (
    "# If the Joomla site is installed within a folder such as at\n# e.g. www.example.com/joomla/ the robots.txt file MUST be\n"
    "# moved to the site root at e.g. www.example.com/robots.txt\n# AND the joomla folder name MUST be prefixed to the disallowed\n"
    "# path, e.g. the Disallow rule for the /administrator/ folder\n# MUST be changed to read Disallow: /joomla/administrator/\n#\n"
    "User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /cli/\nDisallow: /components/\n"
    "Disallow: /images/\nDisallow: /includes/\nDisallow: /installation/\nDisallow: /language/\nDisallow: /libraries/\n"
    "Disallow: /logs/\nDisallow: /media/\nDisallow: /modules/\nDisallow: /plugins/\nDisallow: /templates/\nDisallow: /tmp/\n"
)


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def _article_response(s: Story, request: Request, itemid: int | None = None) -> Response:
    params = request.params
    if params.get("print") == "1" and params.get("tmpl") == "component":
        return html(print_page(s, request))
    showall = params.get("showall") == "1"
    page = _int(params.get("start") or params.get("limitstart"))
    parts = _body(s, base_url(request)).count(PAGEBREAK) + 1
    if page >= parts:
        return not_found(request)
    return html(article_page(s, request, page, showall, itemid))


def _parse_day(y: str, m: str, d: str) -> date | None:
    try:
        day = date(int(y), int(m), int(d))
    except ValueError:
        return None
    return day if 1900 <= day.year <= 2999 else None


class Joomla25ListSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain"})
        if path in _FILES or path.startswith("/images/vanban/"):
            return (
                Response(200, PDF, {"Content-Type": "application/pdf"}) if path in _FILES else None
            )
        if path.startswith(("/images/", "/media/", "/templates/", "/plugins/", "/components/")):
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/index.php", "/index.php/trang-chu") and not params.get("option"):
            return html(home_page(request))
        if path == "/index.php":
            return self._nonsef(request)
        if path in _CAT_BY_PATH:
            key = _CAT_BY_PATH[path]
            if params.get("format") == "feed":
                return feed(key, request, params.get("type") == "atom")
            return html(list_page(key, request))
        if path in _BY_PATH:
            return _article_response(_BY_PATH[path], request)
        if path in _HOME_PATHS:
            return _article_response(_HOME_PATHS[path], request, itemid=101)
        if _ARTICLE_RE.fullmatch(path):
            return not_found(request)
        if path in STATIC_PAGES:
            return html(static_page(path, request))
        if path == "/index.php/lien-he":
            return html(contact_page(request))
        if path == "/index.php/tim-kiem":
            return html(search_page(request))
        if path == "/index.php/component/users/" and params.get("view") in ("reset", "remind"):
            return html(users_page(request, params["view"]))
        if path == "/index.php/component/mailto/":
            return html(mailto_page()) if params.get("link") else not_found(request)
        if m := re.fullmatch(r"/index\.php/component/banners/click/(\d+)", path):
            banner = BANNERS.get(int(m.group(1)))
            return Response(303, b"", {"Location": banner[1]}) if banner else not_found(request)
        if path == "/index.php/van-ban":
            return html(docs_page(request, None))
        if m := re.fullmatch(r"/index\.php/van-ban/category/(\d+)-([a-z0-9-]+)", path):
            cid = int(m.group(1))
            if cid not in DOC_CATS:
                return not_found(request)
            if "download" in params:
                doc = _DOC_BY_ID.get(_int(params["download"].split(":")[0]))
                if doc is None or doc.cat != cid:
                    return not_found(request)
                ctype = "application/pdf" if doc.filename.endswith(".pdf") else "application/msword"
                return Response(200, PDF, {"Content-Type": ctype,
                                           "Content-Disposition": f'attachment; filename="{doc.filename}"'})  # fmt: skip
            return html(docs_page(request, cid))
        if path == "/index.php/thu-vien-anh":
            return html(gallery_page(request, None))
        if m := re.fullmatch(r"/index\.php/thu-vien-anh/category/(\d+)-[a-z0-9-]+", path):
            cid = int(m.group(1))
            return html(gallery_page(request, cid)) if cid in ALBUM_CATS else not_found(request)
        if path == "/index.php/lien-ket-website":
            return html(weblinks_page(request))
        if m := re.fullmatch(r"/index\.php/lien-ket-website/(\d+)-[a-z0-9-]+", path):
            link = next((w for w in WEBLINKS if w[0] == int(m.group(1))), None)
            return Response(303, b"", {"Location": link[3]}) if link else not_found(request)
        if path == "/index.php/lich-cong-tac":
            return html(month_page(request, TODAY_DATE))
        if m := re.fullmatch(
            r"/index\.php/lich-cong-tac/(month\.calendar|eventsbyday)/(\d{4})/(\d{1,2})/(\d{1,2})/-",
            path,
        ):
            day = _parse_day(m.group(2), m.group(3), m.group(4))
            if day is None:
                return not_found(request)
            return html(
                month_page(request, day)
                if m.group(1) == "month.calendar"
                else day_page(request, day)
            )
        if m := re.fullmatch(
            r"/index\.php/lich-cong-tac/icalrepeat\.detail/\d{4}/\d\d/\d\d/(\d+)/-/[a-z0-9-]+", path
        ):
            ev = next((e for e in EVENTS if e.id == int(m.group(1))), None)
            return html(event_page(request, ev)) if ev else not_found(request)
        return None

    def _nonsef(self, request: Request) -> Response | None:
        params = request.params
        if params.get("option") != "com_content":
            return not_found(request)
        view = params.get("view")
        ident = _int(params.get("id", "").split(":")[0])
        if view == "article":
            s = _BY_ID.get(ident)
            return _article_response(s, request) if s else not_found(request)
        if view == "category" and ident in _CAT_BY_ID:
            return html(list_page(_CAT_BY_ID[ident], request))
        return not_found(request)


def build_site() -> Joomla25ListSite:
    return Joomla25ListSite()
