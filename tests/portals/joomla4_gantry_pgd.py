"""Fixture portal: Phòng GD&ĐT huyện Yên Thành on Joomla 4.4 with Gantry 5 (Helium theme).

Imitates a district education office's site as local agencies set Joomla 4 up: the Gantry 5
Helium template (outline "Default", particles for the logo, the header date, the menu, the
copyright), SEF URLs *without* URL rewriting, so every address keeps ``/index.php/``, article
segments ``<id>-<alias>`` (IDs not removed). What it serves:

- Home (``/`` and ``/index.php``): the "Featured Articles" view in Gantry's ``g-main``: one leading
  and four intro items (``div.blog-featured``), "Đọc thêm: <title>" buttons whose title Joomla
  truncates to the last word within 30 characters ("..."), and Joomla's pager (``/index.php?start=5``).
- "Tin tức" (``/index.php/tin-tuc``): the "List All Categories" view of three categories.
  "Hoạt động chuyên môn" (catid 9, Itemid 120) and "Thông báo" (catid 10, Itemid 121) use the
  *category list* layout: a filter box and a "Hiển thị #" select (5/10/15/20/25/30/50/100/Tất
  cả, ``onchange="this.form.submit()"`` in the POST ``adminForm``), a table of titles with "Ngày
  đăng" (``23-11-2026``) and "Lượt xem" columns whose sort headers are ``href="#"`` +
  ``Joomla.tableOrdering``, and Gantry's text pager "Đầu · Trước · 1 2 3 · Tiếp · Cuối"
  (``?start=5``, five rows a page; "Hoạt động chuyên môn" has three pages). "Tin từ các trường"
  (catid 11, Itemid 122) uses the *blog* layout (leading + intro items, intro images with their
  caption, "Đọc thêm: …").
- Three rows of "Hoạt động chuyên môn" are Registered-access articles shown to guests with "Show
  Unauthorised Links": their title links to the login page ``/index.php/dang-nhap?return=<base64>``
  with the badge "Đăng nhập để đọc thêm…"; the article URL itself answers 403.
- Article pages ``/index.php/tin-tuc/<cat>/<id>-<alias>``: ``div.com-content-article.item-page``
  with ``div.page-header h2[itemprop=headline]``, ``dl.article-info`` ("Chi tiết": ``dd.createdby``
  "Viết bởi: …", ``dd.category-name``, ``dd.published`` ``<time datetime>`` "Ngày đăng: 23/11/2026",
  sometimes ``dd.modified`` "Cập nhật lần cuối: …", ``dd.hits`` "Lượt xem: 312"), the full-text
  image (``figure.item-image`` + ``figcaption.caption`` from the article's image field), the body
  ``div.com-content-article__body[itemprop=articleBody]`` (TinyMCE: justified paragraphs,
  ``figure.image`` + ``figcaption``, images with a centred italic line under them, images with no
  line, tables, lists, right-aligned bylines), tags (``ul.tags``), the custom-field block
  (``ul.fields-container > li.field-entry`` "Nguồn tin: …", Joomla 4 core markup), the share/print
  bar of the template override ("In bài viết" → ``?tmpl=component&print=1``), pagenavigation
  ("Trước" / "Tiếp"), then the modules "Các tin khác" (mod_articles_category, dated) and "Tin liên
  quan" (mod_related_items). ``<meta name="author">`` carries the *account* name. No
  ``rel=canonical`` (Joomla 4 prints none without the SEF plugin's domain option).
- Chrome: Gantry's ``#g-page-surround > #g-top / header#g-header / section#g-navigation /
  main#g-main / footer#g-footer / #g-copyright``, the date particle "Thứ Tư, ngày 25/11/2026",
  the Smart Search box, breadcrumbs "Bạn đang ở: Trang chủ / Tin tức / …", the sidebar (a Gantry
  "Joomla Articles" content-array particle "Tin mới nhất" with dates, "Văn bản mới", banners
  through ``/index.php/component/banners/click/N`` (303 off-site), the "Liên kết" select, the
  "Thống kê truy cập" counter, the login module), the footer with address and hotline.
- Non-articles: "Giới thiệu chung" and "Cơ cấu tổ chức", single-article menu items printed in the
  very same article markup (no info block); com_contact "Liên hệ"; Phoca Download "Văn bản"
  (categories, file lists, file pages, ``?download=N:alias`` PDFs); Phoca Gallery "Thư viện ảnh"
  (category list and albums); com_tags tag pages ``/index.php/component/tags/tag/<alias>``; Smart
  Search ``/index.php/tim-kiem`` (``?q=`` results for any query); the login page.

Traps and hard cases: ``?limit=N`` answers for any N and ``limit=0`` lists every row on one page
(the "Xem toàn bộ" link of the home module points there; pagers keep ``limit`` in their links, so
``limit`` × ``start`` multiplies listing URLs); print views ``?tmpl=component&print=1`` (bare
component template, ``noindex, nofollow``, ``window.print()``); ``?format=feed&type=rss`` and
``&type=atom`` per category and for the home page (announced in ``<head>``); the same article
under two Itemids: "Thi HSG cấp huyện" is a single-article menu item (``/index.php/thi-hsg-cap-huyen``)
showing article 139 of "Thông báo"; non-SEF links left in old content and in a URL-type menu
item (``/index.php?option=com_content&view=article&id=124&catid=9&Itemid=120``) serve their
article with status 200 and no redirect; ``start`` past the end is clamped to the last page (as
Joomla's ListModel does). One full-text image ``src`` keeps Joomla 4's
``#joomlaImage://local-images/…?width=…&height=…`` fragment. Text forms: article 131 is typed in
decomposed Unicode (NFD); article 124 (migrated from the Joomla 2.5 site) writes every other
non-ASCII character as a named or numeric reference.

Gold (by hand). Articles are the com_content articles of the three categories (14, all linked);
the two single-article "about" pages are not news and are NON_ARTICLES though they use the
article markup; Registered-only rows are not readable by a guest and are not articles. The path is
the category route; the second Itemid URL and the non-SEF URLs are ``alt_paths``. Judgement
calls: the date is the "Ngày đăng" line (a day: the time exists only in ``datetime``); article
137 hides its publish date and prints only "Cập nhật lần cuối: 25/11/2026", which is not a
publication date, so its date is the listing's "10-11-2026". "Viết bởi:" names an account
("Super User", "Quản trị viên", "bientap"), an office ("Văn phòng PGD") or a typed alias (a
person): the alias and the office are the author (an office in a post's author field wrote it, as
every other fixture's gold has it: harmonised after the blind crawl), account names are not; an in-text byline wins and both lists follow it ("Tin, ảnh: X" →
X in both; "Bài và ảnh: X" likewise; "Tin: X - Ảnh: Y"). "Phạm Thị Lan - Chuyên viên Phòng
GD&ĐT" gives the author Phạm Thị Lan (the rest is her post); the signature "Tổ Văn - Sử" (a
school's subject group, alone) is the author as printed. The "Nguồn tin" custom field is the
source. A bold first paragraph (the intro text before Joomla's read-more) is the sapo and the
body's first paragraph; articles without one have no summary. The full-text image is the
article's first image, its caption the ``figcaption`` (or none); a line under an image that is
only the camera's file name is no caption, an image with only an ``alt`` file name has none.
Table rows are body paragraphs with cells joined by " | ". The closing "Tệp đính kèm: <file>.pdf"
line of article 145 is an attachment, not text of the article.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "joomla4_gantry_pgd"
PLATFORM = "joomla4"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Yên Thành"
SITE_SHORT = "Phòng GD&ĐT Yên Thành"
ADDRESS = "Khối 3, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An"
PHONE = "0238 3 863 215"
HOTLINE = "0915 226 488"
EMAIL = "pgdyenthanh@nghean.edu.vn"
IDX = "/index.php"
#: the live domain the share buttons print (Joomla's Uri::root of the production site)
LIVE = "https://pgdyenthanh.edu.vn"
PER_PAGE = 5
FEATURED_LEADING = 1
FEATURED_INTRO = 4
LIMITS = (5, 10, 15, 20, 25, 30, 50, 100, 0)
READMORE_LIMIT = 30
_LOCAL = timezone(timedelta(hours=7))


@dataclass(frozen=True)
class Cat:
    id: int
    itemid: int
    alias: str
    name: str
    layout: str  # "list" | "blog"
    description: str

    @property
    def path(self) -> str:
        return f"{IDX}/tin-tuc/{self.alias}"


CATS: dict[str, Cat] = {
    "hoat-dong-chuyen-mon": Cat(
        9, 120, "hoat-dong-chuyen-mon", "Hoạt động chuyên môn", "list",
        "Tin về công tác chuyên môn, bồi dưỡng giáo viên, học sinh giỏi của ngành.",
    ),
    "thong-bao": Cat(
        10, 121, "thong-bao", "Thông báo", "list",
        "Thông báo của Phòng GD&ĐT gửi các đơn vị trường học.",
    ),
    "tin-tu-cac-truong": Cat(
        11, 122, "tin-tu-cac-truong", "Tin từ các trường", "blog",
        "Tin bài do các trường mầm non, tiểu học, THCS trên địa bàn huyện gửi về.",
    ),
}  # fmt: skip

TAGS: dict[str, str] = {
    "chuyen-doi-so": "Chuyển đổi số",
    "giao-vien-gioi": "Giáo viên dạy giỏi",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "stem": "Giáo dục STEM",
    "pho-cap-giao-duc": "Phổ cập giáo dục",
    "trai-nghiem": "Hoạt động trải nghiệm",
    "van-hoa-doc": "Văn hóa đọc",
}

IMG = "/images/tin-tuc"


def _d(y: int, m: int, d: int, hh: int = 8, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm)


# Story.opts: when (publish_up), cat, account (created_by name), alias (created_by_alias),
# featured, tags, modified (date printed as "Cập nhật lần cuối"), hide_pub, field_source,
# nfd, entities, intro (how many leading P blocks are the intro text), intro_img (blog image),
# nonsef (True: an old link/menu item points at the non-SEF URL).
# Img styles: full (image field of the article, printed before the body), figure (TinyMCE
# figure.image + figcaption), em (image, then a centred italic line), plain (image alone),
# fname (image, then a centred line that is the camera's file name).
# P styles: "" (justified), sapo (bold lead), li, th/tr (table rows, cells " | "), sub (bold
# sub-heading line), "a|href|phrase" (a link inside the paragraph).
STORIES: list[Story] = [
    Story(
        id=146,
        slug="hoi-nghi-so-ket-cong-tac-chuyen-mon-thang-11-nam-hoc-2026-2027",
        title="Hội nghị sơ kết công tác chuyên môn tháng 11 năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-24",
        summary=(
            "Chiều 23/11, Phòng GD&ĐT Yên Thành tổ chức hội nghị sơ kết công tác chuyên môn"
            " tháng 11, triển khai nhiệm vụ trọng tâm tháng 12 năm học 2026 - 2027 với sự tham"
            " dự của hiệu trưởng các trường tiểu học, THCS trên địa bàn huyện."
        ),
        blocks=[
            Img(
                f"{IMG}/2026/11/so-ket-thang-11-toan-canh.jpg",
                "Toàn cảnh hội nghị sơ kết công tác chuyên môn tháng 11",
                "Toàn cảnh hội nghị sơ kết công tác chuyên môn tháng 11",
                "full",
            ),
            P(
                "Chiều 23/11, Phòng GD&ĐT Yên Thành tổ chức hội nghị sơ kết công tác chuyên môn"
                " tháng 11, triển khai nhiệm vụ trọng tâm tháng 12 năm học 2026 - 2027 với sự tham"
                " dự của hiệu trưởng các trường tiểu học, THCS trên địa bàn huyện.",
                "sapo",
            ),
            P(
                "Trong tháng 11, các nhà trường đã tổ chức nhiều hoạt động thiết thực chào mừng"
                " Ngày Nhà giáo Việt Nam 20/11 như hội giảng, thao giảng, sinh hoạt chuyên môn theo"
                " nghiên cứu bài học. Toàn huyện có 412 tiết dạy tốt được đăng ký, trong đó 96 tiết"
                " được đánh giá xuất sắc."
            ),
            Img(
                f"{IMG}/2026/11/so-ket-thang-11-phat-bieu.jpg",
                "Đồng chí Trưởng phòng GD&ĐT phát biểu chỉ đạo hội nghị",
                "Đồng chí Trưởng phòng GD&ĐT phát biểu chỉ đạo hội nghị",
                "figure",
            ),
            P(
                "Công tác kiểm tra nội bộ, dự giờ thăm lớp được duy trì nền nếp. Tuy nhiên, việc"
                " ứng dụng công nghệ thông tin trong đổi mới kiểm tra, đánh giá ở một số trường"
                " còn chậm; hồ sơ chuyên môn trên phần mềm quản lý chưa được cập nhật kịp thời."
            ),
            P(
                "Tháng 12, các đơn vị tập trung ôn tập, tổ chức kiểm tra cuối học kỳ I nghiêm"
                " túc, đúng quy chế; hoàn thành bồi dưỡng đội tuyển học sinh giỏi lớp 9; đẩy mạnh"
                " chuyển đổi số trong quản lý và dạy học."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Văn Hưng</strong></p>'),
        ],
        authors=["Nguyễn Văn Hưng"],
        photographers=["Nguyễn Văn Hưng"],
        opts={
            "when": _d(2026, 11, 24, 7, 45),
            "account": "Super User",
            "featured": True,
            "tags": ["chuyen-doi-so"],
            "intro": 1,
        },
    ),
    Story(
        id=145,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-23",
        authors=["Văn phòng PGD"],
        blocks=[
            P(
                "Căn cứ kế hoạch thời gian năm học 2026 - 2027, Phòng GD&ĐT thông báo lịch kiểm"
                " tra cuối học kỳ I đối với các môn do Phòng ra đề như sau:"
            ),
            P("Khối lớp | Môn kiểm tra | Ngày kiểm tra | Thời gian làm bài", "th"),
            P("Lớp 9 | Ngữ văn | 21/12/2026 | 90 phút", "tr"),
            P("Lớp 9 | Toán | 22/12/2026 | 90 phút", "tr"),
            P("Lớp 9 | Tiếng Anh | 23/12/2026 | 60 phút", "tr"),
            P("Lớp 6, 7, 8 | Các môn còn lại | Nhà trường chủ động | Theo hướng dẫn", "tr"),
            P(
                "Các trường THCS cử cán bộ nhận đề tại Phòng GD&ĐT trước giờ kiểm tra 60 phút;"
                " bài kiểm tra được chấm tập trung theo hướng dẫn."
            ),
            Raw(
                '<p><strong>Tệp đính kèm:</strong> <a href="/images/van-ban/2026/'
                'lich-kiem-tra-hk1-2026-2027.pdf" target="_blank" rel="noopener">'
                "lich-kiem-tra-hk1-2026-2027.pdf</a></p>"
            ),
        ],
        opts={"when": _d(2026, 11, 23, 14, 20), "account": "Văn phòng PGD", "intro": 1},
    ),
    Story(
        id=144,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-20",
        blocks=[
            P(
                "Từ ngày 09 đến 18/11, Phòng GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp huyện"
                " bậc THCS năm học 2026 - 2027 với 128 giáo viên dự thi ở 11 môn học."
            ),
            P(
                "Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và dạy hai tiết"
                " thực hành trên lớp. Ban giám khảo đánh giá cao nhiều tiết dạy vận dụng linh"
                " hoạt phương pháp, kỹ thuật dạy học tích cực, khai thác hiệu quả thiết bị số."
            ),
            Img(
                f"{IMG}/2026/11/gvdg-thcs-tiet-day-toan.jpg",
                "Tiết dạy môn Toán của cô giáo Trường THCS Lý Nhật Quang",
                "Tiết dạy môn Toán của cô giáo Trường THCS Lý Nhật Quang",
                "em",
            ),
            P("Kết quả Hội thi:", "sub"),
            P("Xếp loại | Số giáo viên | Tỷ lệ", "th"),
            P("Giáo viên dạy giỏi | 97 | 75,8%", "tr"),
            P("Không đạt | 31 | 24,2%", "tr"),
            Img(f"{IMG}/2026/11/gvdg-thcs-be-mac.jpg", None, None, "plain"),
            P(
                "Hội thi là dịp để giáo viên học hỏi, trao đổi kinh nghiệm, góp phần xây dựng đội"
                " ngũ giáo viên cốt cán của huyện."
            ),
        ],
        authors=["Trần Thị Thanh Hà"],
        opts={
            "when": _d(2026, 11, 20, 16, 5),
            "account": "bientap",
            "alias": "Trần Thị Thanh Hà",
            "featured": True,
            "tags": ["giao-vien-gioi"],
            "intro": 1,
        },
    ),
    Story(
        id=142,
        slug="truong-thcs-ho-tong-thoc-to-chuc-hoat-dong-trai-nghiem-hanh-trinh-ve-nguon",
        title="Trường THCS Hồ Tông Thốc tổ chức hoạt động trải nghiệm “Hành trình về nguồn”",
        cat="tin-tu-cac-truong",
        published_at="2026-11-18",
        blocks=[
            Img(
                f"{IMG}/2026/11/ve-nguon-ho-tong-thoc-1.jpg",
                "Học sinh dâng hương tại Khu lưu niệm Hồ Tông Thốc",
                "Học sinh dâng hương tại Khu lưu niệm Hồ Tông Thốc",
                "full",
            ),
            P(
                "Ngày 15/11, Trường THCS Hồ Tông Thốc tổ chức cho 240 học sinh khối 8 tham gia"
                " hoạt động trải nghiệm “Hành trình về nguồn” tại các di tích lịch sử trên địa"
                " bàn huyện."
            ),
            P(
                "Tại mỗi điểm dừng chân, các em nghe thuyết minh về lịch sử di tích, hoàn thành"
                " phiếu học tập và thi tìm hiểu kiến thức lịch sử địa phương theo nhóm."
            ),
            Img(
                f"{IMG}/2026/11/ve-nguon-ho-tong-thoc-2.jpg",
                "Các nhóm học sinh thi tìm hiểu lịch sử địa phương",
                "Các nhóm học sinh thi tìm hiểu lịch sử địa phương",
                "figure",
            ),
            P(
                "Hoạt động giúp học sinh vận dụng kiến thức môn Lịch sử và Địa lí, bồi dưỡng"
                " lòng tự hào về truyền thống quê hương."
            ),
            Raw('<p style="text-align: right;"><em>Tổ Văn - Sử</em></p>'),
        ],
        authors=["Tổ Văn - Sử"],
        opts={
            "when": _d(2026, 11, 18, 9, 30),
            "account": "Super User",
            "featured": True,
            "tags": ["trai-nghiem"],
            "intro": 1,
            "intro_img": (f"{IMG}/2026/11/ve-nguon-ho-tong-thoc-1.jpg", "Hành trình về nguồn"),
        },
    ),
    Story(
        id=141,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-toan-lop-6",
        title="Chuyên đề dạy học phát triển năng lực môn Toán lớp 6",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-16",
        blocks=[
            P(
                "Ngày 14/11, tại Trường THCS Bắc Thành, Phòng GD&ĐT tổ chức chuyên đề “Dạy học"
                " phát triển năng lực môn Toán lớp 6 theo Chương trình GDPT 2018” cho giáo viên"
                " dạy Toán các trường THCS."
            ),
            P(
                "Hai tiết dạy minh họa bài “Phép cộng và phép trừ số nguyên” và “Hình có trục đối"
                " xứng” được tổ chức theo hướng học sinh hoạt động nhóm, tự khám phá kiến thức,"
                " sử dụng phần mềm GeoGebra để trực quan hóa."
            ),
            P(
                "Chuyên đề là bước tiếp theo của kế hoạch bồi dưỡng học sinh giỏi lớp 9 đã triển"
                " khai từ đầu năm học.",
                f"a|{IDX}?option=com_content&view=article&id=127&catid=9&Itemid=120"
                "|kế hoạch bồi dưỡng học sinh giỏi lớp 9",
            ),
            Img(
                f"{IMG}/2026/11/z6041218837761_a4c9e0d7b3f2.jpg",
                "z6041218837761_a4c9e0d7b3f2",
                None,
                "fname",
            ),
            P(
                "Sau phần thảo luận, các giáo viên thống nhất một số giải pháp: tăng cường bài tập"
                " gắn với thực tiễn, đa dạng hình thức đánh giá thường xuyên, khuyến khích học"
                " sinh trình bày lời giải trước lớp."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Phạm Thị Lan - Chuyên viên Phòng GD&amp;ĐT'
                "</strong></p>"
            ),
        ],
        authors=["Phạm Thị Lan"],
        opts={"when": _d(2026, 11, 16, 10, 0), "account": "Super User", "intro": 1},
    ),
    Story(
        id=139,
        slug="thong-bao-to-chuc-thi-chon-hoc-sinh-gioi-cap-huyen-lop-9-nam-hoc-2026-2027",
        title="Thông báo tổ chức thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-12",
        authors=["Văn phòng PGD"],
        blocks=[
            P(
                "Phòng GD&ĐT thông báo tổ chức kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm học"
                " 2026 - 2027 như sau:"
            ),
            P("Thời gian thi: ngày 05/12/2026 (thứ Bảy).", "li"),
            P("Địa điểm: Trường THCS Lý Nhật Quang.", "li"),
            P(
                "Môn thi: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học.",
                "li",
            ),
            P(
                "Các trường gửi danh sách thí sinh qua hệ thống quản lý văn bản trước ngày"
                " 25/11/2026; thí sinh có mặt tại điểm thi lúc 6 giờ 45 phút."
            ),
        ],
        opts={
            "when": _d(2026, 11, 12, 15, 10),
            "account": "Văn phòng PGD",
            "featured": True,
            "tags": ["hoc-sinh-gioi"],
            "intro": 1,
        },
    ),
    Story(
        id=137,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho cán bộ quản lý, giáo viên",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-10",
        blocks=[
            P(
                "Ngày 08 và 09/11, Phòng GD&ĐT phối hợp với Sở GD&ĐT Nghệ An tổ chức lớp tập huấn"
                " ứng dụng trí tuệ nhân tạo (AI) trong dạy học cho 150 cán bộ quản lý, giáo viên"
                " cốt cán."
            ),
            Img(
                f"{IMG}/2026/11/tap-huan-ai.jpg",
                "Giáo viên thực hành soạn bài với công cụ AI",
                "Giáo viên thực hành soạn bài với công cụ AI",
                "em",
            ),
            P(
                "Học viên được hướng dẫn sử dụng các công cụ AI để thiết kế kế hoạch bài dạy, xây"
                " dựng câu hỏi kiểm tra, tạo học liệu số; đồng thời lưu ý các nguyên tắc về đạo"
                " đức, bảo mật dữ liệu học sinh khi sử dụng."
            ),
            P(
                "Sau tập huấn, mỗi trường xây dựng ít nhất hai bài dạy minh họa có ứng dụng AI và"
                " chia sẻ trên kho học liệu dùng chung của huyện."
            ),
        ],
        source="Sở GD&ĐT Nghệ An",
        opts={
            "when": _d(2026, 11, 10, 8, 20),
            "account": "Quản trị viên",
            "hide_pub": True,
            "modified": _d(2026, 11, 25, 9, 12),
            "field_source": "Sở GD&ĐT Nghệ An",
            "tags": ["chuyen-doi-so"],
            "intro": 1,
        },
    ),
    Story(
        id=136,
        slug="truong-mam-non-hoa-sen-to-chuc-ngay-hoi-doc-sach-cho-be",
        title="Trường Mầm non Hoa Sen tổ chức Ngày hội đọc sách cho bé",
        cat="tin-tu-cac-truong",
        published_at="2026-11-05",
        blocks=[
            P(
                "Hưởng ứng Tuần lễ học tập suốt đời, Trường Mầm non Hoa Sen tổ chức Ngày hội đọc"
                " sách cho bé với sự tham gia của 320 trẻ và gần 200 phụ huynh."
            ),
            Img(f"{IMG}/2026/11/doc-sach-hoa-sen-1.jpg", None, None, "plain"),
            P(
                "Các cô giáo kể chuyện theo tranh, tổ chức trò chơi đóng vai nhân vật, hướng dẫn"
                " phụ huynh cách chọn sách và đọc sách cùng con tại nhà."
            ),
            Img(f"{IMG}/2026/11/doc-sach-hoa-sen-2.jpg", None, None, "plain"),
            P(
                "Dịp này, nhà trường tiếp nhận hơn 400 cuốn sách, truyện tranh do phụ huynh ủng"
                " hộ để xây dựng “Góc sách của bé” ở mỗi lớp."
            ),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={
            "when": _d(2026, 11, 5, 14, 0),
            "account": "Super User",
            "alias": "Nguyễn Thị Hồng Nhung",
            "featured": True,
            "tags": ["van-hoa-doc"],
            "intro": 1,
            "intro_img": (f"{IMG}/2026/11/doc-sach-hoa-sen-1.jpg", None),
        },
    ),
    Story(
        id=133,
        slug="kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
        title="Kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-28",
        blocks=[
            P(
                "Từ ngày 20 đến 26/10, đoàn kiểm tra của huyện đã kiểm tra công tác phổ cập giáo"
                " dục, xóa mù chữ năm 2026 tại 38 xã, thị trấn."
            ),
            P(
                "Đoàn kiểm tra hồ sơ phổ cập, đối chiếu số liệu điều tra trên hệ thống thông tin"
                " điện tử quản lý phổ cập giáo dục với thực tế tại các thôn, xóm."
            ),
            Img(
                f"{IMG}/2026/10/kiem-tra-pcgd-xom.jpg",
                "Đoàn kiểm tra đối chiếu phiếu điều tra tại xóm 5, xã Hoa Thành",
                "Đoàn kiểm tra đối chiếu phiếu điều tra tại xóm 5, xã Hoa Thành",
                "em",
            ),
            P(
                "Kết quả, huyện tiếp tục duy trì phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập"
                " giáo dục tiểu học mức độ 3, phổ cập giáo dục THCS mức độ 3 và xóa mù chữ mức độ 2."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Hồ Thị Mai - Ảnh: Trần Văn Lực'
                "</strong></p>"
            ),
        ],
        authors=["Hồ Thị Mai"],
        photographers=["Trần Văn Lực"],
        opts={
            "when": _d(2026, 10, 28, 9, 5),
            "account": "Super User",
            "featured": True,
            "tags": ["pho-cap-giao-duc"],
            "intro": 1,
        },
    ),
    Story(
        id=131,
        slug="thong-bao-tuyen-dung-hop-dong-giao-vien-mam-non-nam-2026",
        title="Thông báo tuyển dụng hợp đồng giáo viên mầm non năm 2026",
        cat="thong-bao",
        published_at="2026-10-22",
        authors=["Văn phòng PGD"],
        summary=(
            "Phòng GD&ĐT huyện Yên Thành thông báo tuyển dụng 15 chỉ tiêu giáo viên mầm non"
            " hợp đồng làm việc tại các trường mầm non công lập trên địa bàn huyện."
        ),
        blocks=[
            P(
                "Phòng GD&ĐT huyện Yên Thành thông báo tuyển dụng 15 chỉ tiêu giáo viên mầm non"
                " hợp đồng làm việc tại các trường mầm non công lập trên địa bàn huyện.",
                "sapo",
            ),
            P("Điều kiện dự tuyển:", "sub"),
            P("Có bằng tốt nghiệp cao đẳng sư phạm mầm non trở lên.", "li"),
            P("Có đủ sức khỏe, lý lịch rõ ràng, cư trú tại tỉnh Nghệ An.", "li"),
            P(
                "Hồ sơ nộp tại bộ phận một cửa của Phòng GD&ĐT từ ngày 26/10 đến hết ngày"
                " 10/11/2026, trong giờ hành chính."
            ),
        ],
        opts={
            "when": _d(2026, 10, 22, 10, 30),
            "account": "Văn phòng PGD",
            "nfd": True,
            "intro": 1,
        },
    ),
    Story(
        id=130,
        slug="hoi-nghi-chuyen-de-giao-duc-stem-cap-thcs",
        title="Hội nghị chuyên đề giáo dục STEM cấp THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-19",
        blocks=[
            Img(
                f"{IMG}/2026/10/stem-thcs-dong-thanh.jpg#joomlaImage://local-images/tin-tuc/2026"
                "/10/stem-thcs-dong-thanh.jpg?width=1024&height=683",
                "Học sinh Trường THCS Đồng Thành giới thiệu sản phẩm STEM",
                "Học sinh Trường THCS Đồng Thành giới thiệu sản phẩm STEM",
                "full",
            ),
            P(
                "Ngày 16/10, tại Trường THCS Đồng Thành, Phòng GD&ĐT tổ chức hội nghị chuyên đề"
                " giáo dục STEM cấp THCS cho cán bộ quản lý và giáo viên các môn Khoa học tự nhiên,"
                " Công nghệ, Tin học."
            ),
            P(
                "Tiết dạy minh họa chủ đề “Thiết kế hệ thống tưới nước tự động” giúp học sinh vận"
                " dụng kiến thức về mạch điện, cảm biến độ ẩm và lập trình đơn giản để tạo ra sản"
                " phẩm phục vụ vườn trường."
            ),
            P(
                "Phòng GD&ĐT yêu cầu mỗi trường THCS thực hiện ít nhất bốn bài học STEM mỗi học"
                " kỳ và tổ chức ngày hội STEM cấp trường vào tháng 3 năm 2027."
            ),
            Raw('<p style="text-align: right;"><strong>Bài và ảnh: Lê Đình Khánh</strong></p>'),
        ],
        authors=["Lê Đình Khánh"],
        photographers=["Lê Đình Khánh"],
        opts={
            "when": _d(2026, 10, 19, 15, 40),
            "account": "Super User",
            "tags": ["stem"],
            "intro": 1,
        },
    ),
    Story(
        id=128,
        slug="truong-tieu-hoc-kim-thanh-huong-ung-tuan-le-hoc-tap-suot-doi",
        title="Trường Tiểu học Kim Thành hưởng ứng Tuần lễ học tập suốt đời",
        cat="tin-tu-cac-truong",
        published_at="2026-10-12",
        blocks=[
            P(
                "Sáng 09/10, Trường Tiểu học Kim Thành tổ chức lễ hưởng ứng Tuần lễ học tập suốt"
                " đời năm 2026 với chủ đề “Học tập suốt đời - Chìa khóa phát triển bền vững”."
            ),
            Img(
                f"{IMG}/2026/10/kim-thanh-thu-vien-xanh.jpg",
                "Học sinh đọc sách tại thư viện xanh của nhà trường",
                "Học sinh đọc sách tại thư viện xanh của nhà trường",
                "figure",
            ),
            P(
                "Trong tuần lễ, nhà trường tổ chức nhiều hoạt động: giới thiệu sách mới dưới cờ,"
                " thi kể chuyện theo sách, trưng bày sản phẩm học tập và phát động phong trào"
                " “Mỗi tuần một cuốn sách”."
            ),
            Raw('<p style="text-align: right;"><strong>Hải Yến</strong></p>'),
        ],
        authors=["Hải Yến"],
        source="Báo Nghệ An",
        opts={
            "when": _d(2026, 10, 12, 8, 15),
            "account": "Super User",
            "featured": True,
            "tags": ["van-hoa-doc"],
            "field_source": "Báo Nghệ An",
            "intro": 1,
            "intro_img": (f"{IMG}/2026/10/kim-thanh-thu-vien-xanh.jpg", "Thư viện xanh"),
        },
    ),
    Story(
        id=127,
        slug="trien-khai-ke-hoach-boi-duong-hoc-sinh-gioi-lop-9-nam-hoc-2026-2027",
        title="Triển khai kế hoạch bồi dưỡng học sinh giỏi lớp 9 năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-08",
        blocks=[
            P(
                "Phòng GD&ĐT vừa ban hành kế hoạch bồi dưỡng học sinh giỏi lớp 9 năm học 2026 -"
                " 2027. Đội tuyển của huyện được bồi dưỡng tập trung tại Trường THCS Lý Nhật"
                " Quang vào các ngày thứ Bảy, Chủ nhật hằng tuần."
            ),
            P("Môn | Số học sinh | Giáo viên phụ trách", "th"),
            P("Ngữ văn | 12 | Nguyễn Thị Thu Trang", "tr"),
            P("Toán | 12 | Phan Văn Định", "tr"),
            P("Tiếng Anh | 10 | Hoàng Thị Ngọc Anh", "tr"),
            P(
                "Các trường tạo điều kiện về thời gian cho giáo viên tham gia bồi dưỡng; phụ"
                " huynh phối hợp đưa đón học sinh đúng giờ."
            ),
            Raw('<p style="text-align: right;"><strong>Nguyễn Văn Hưng</strong></p>'),
        ],
        authors=["Nguyễn Văn Hưng"],
        opts={
            "when": _d(2026, 10, 8, 16, 30),
            "account": "Super User",
            "tags": ["hoc-sinh-gioi"],
            "nonsef": True,
            "intro": 1,
        },
    ),
    Story(
        id=124,
        slug="hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-bac-mam-non",
        title="Hội nghị triển khai nhiệm vụ năm học 2026 - 2027 bậc Mầm non",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-09-25",
        blocks=[
            P(
                "Ngày 24/9, Phòng GD&ĐT tổ chức hội nghị triển khai nhiệm vụ năm học 2026 - 2027"
                " bậc học Mầm non cho hiệu trưởng, phó hiệu trưởng 42 trường mầm non trong huyện."
            ),
            P(
                "Năm học này, bậc học tập trung thực hiện chương trình giáo dục mầm non mới, xây"
                " dựng trường học an toàn, phòng chống tai nạn thương tích; nâng tỷ lệ trẻ 5 tuổi"
                " được làm quen với tiếng Anh lên 60%."
            ),
            Img(
                f"{IMG}/2026/09/mam-non-nhiem-vu-nam-hoc.jpg",
                "Các đại biểu tham dự hội nghị",
                "Các đại biểu tham dự hội nghị",
                "em",
            ),
            P(
                "Hội nghị cũng thống nhất tiêu chí thi đua, kế hoạch kiểm tra nội bộ và lịch"
                " chuyên đề cấp huyện trong năm học."
            ),
            Raw('<p style="text-align: right;"><em>Nguyễn Thị Hoài Thu</em></p>'),
        ],
        authors=["Nguyễn Thị Hoài Thu"],
        opts={
            "when": _d(2026, 9, 25, 7, 30),
            "account": "Super User",
            "entities": 2,
            "nonsef": True,
            "intro": 1,
        },
    ),
]

#: Registered-access rows of "Hoạt động chuyên môn": (id, alias, title, publish_up, hits)
RESTRICTED: list[tuple[int, str, str, datetime, int]] = [
    (143, "de-kiem-tra-giua-hoc-ky-i-cac-mon-danh-cho-giao-vien",
     "Đề kiểm tra giữa học kỳ I các môn (dành cho giáo viên)", _d(2026, 11, 18, 7, 0), 41),
    (135, "ke-hoach-kiem-tra-noi-bo-truong-hoc-luu-hanh-noi-bo",
     "Kế hoạch kiểm tra nội bộ trường học (lưu hành nội bộ)", _d(2026, 11, 3, 10, 0), 27),
    (126, "danh-sach-giao-vien-cot-can-nam-hoc-2026-2027",
     "Danh sách giáo viên cốt cán năm học 2026 - 2027", _d(2026, 10, 1, 9, 0), 58),
]  # fmt: skip

_BY_ID = {s.id: s for s in STORIES}
_LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
FEATURED = [s for s in _LATEST if s.opts.get("featured")]

#: single-article menu items that are not news: alias -> (article id, menu title, paragraphs)
ABOUT: dict[str, tuple[int, str, list[str]]] = {
    "gioi-thieu": (2, "Giới thiệu chung", [
        "Phòng Giáo dục và Đào tạo huyện Yên Thành là cơ quan chuyên môn thuộc Ủy ban nhân dân"
        " huyện, tham mưu giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn.",
        "Toàn huyện hiện có 42 trường mầm non, 45 trường tiểu học, 39 trường THCS với hơn"
        " 68.000 học sinh và gần 4.000 cán bộ, giáo viên, nhân viên.",
        "Nhiều năm liền, ngành Giáo dục Yên Thành là đơn vị dẫn đầu của tỉnh về chất lượng"
        " giáo dục mũi nhọn và xây dựng trường chuẩn quốc gia.",
    ]),
    "co-cau-to-chuc": (3, "Cơ cấu tổ chức", [
        "Lãnh đạo Phòng: Trưởng phòng và 02 Phó Trưởng phòng.",
        "Bộ phận chuyên môn: Tổ Mầm non; Tổ Tiểu học; Tổ THCS; Tổ Hành chính - Tổng hợp;"
        " Tổ Kế hoạch - Tài chính.",
    ]),
}  # fmt: skip

#: the second Itemid of article 139: a single-article menu item
HSG_MENU = ("thi-hsg-cap-huyen", 125, "Thi HSG cấp huyện", 139)


@dataclass(frozen=True)
class Doc:
    id: int
    cat: int
    alias: str
    title: str
    number: str
    issued: date

    @property
    def cat_path(self) -> str:
        return f"{IDX}/van-ban/category/{self.cat}-{DOC_CATS[self.cat][0]}"

    @property
    def path(self) -> str:
        return f"{IDX}/van-ban/file/{self.id}-{self.alias}"

    @property
    def download(self) -> str:
        return f"{self.cat_path}?download={self.id}:{self.alias}"


DOC_CATS: dict[int, tuple[str, str]] = {
    1: ("van-ban-chi-dao", "Văn bản chỉ đạo, điều hành"),
    2: ("bieu-mau", "Biểu mẫu"),
}
DOCS: list[Doc] = [
    Doc(21, 1, "cv-845-pgddt", "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "845/PGDĐT-THCS", date(2026, 11, 20)),
    Doc(20, 1, "kh-212-pgddt", "Kế hoạch tổ chức thi chọn học sinh giỏi cấp huyện lớp 9",
        "212/KH-PGDĐT", date(2026, 11, 9)),
    Doc(19, 1, "cv-790-pgddt", "V/v hướng dẫn ứng dụng trí tuệ nhân tạo trong dạy học",
        "790/PGDĐT-VP", date(2026, 10, 30)),
    Doc(18, 2, "mau-bao-cao-thang", "Mẫu báo cáo công tác chuyên môn hằng tháng",
        "Mẫu BC-01", date(2026, 9, 15)),
]  # fmt: skip

ALBUMS: dict[int, tuple[str, str, list[str]]] = {
    2: ("hoi-thi-gvdg-thcs-2026", "Hội thi GVDG cấp huyện bậc THCS 2026", [
        "Khai mạc Hội thi", "Tiết dạy môn Ngữ văn", "Tiết dạy môn Toán", "Ban giám khảo góp ý",
        "Bế mạc và trao giấy chứng nhận",
    ]),
    3: ("ngay-nha-giao-viet-nam-20-11", "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", [
        "Lễ mít tinh kỷ niệm", "Tặng hoa các thầy cô giáo nghỉ hưu", "Văn nghệ chào mừng",
    ]),
}  # fmt: skip

BANNERS = [
    (3, "Chuyển đổi số ngành Giáo dục", "/images/banners/chuyen-doi-so.jpg", "https://moet.gov.vn"),
    (4, "Cơ sở dữ liệu ngành", "/images/banners/csdl-nganh.jpg", "https://csdl.moet.gov.vn"),
    (5, "Dịch vụ công trực tuyến", "/images/banners/dich-vu-cong.jpg", "https://dichvucong.nghean.gov.vn"),
]  # fmt: skip


def cat_of(s: Story) -> Cat:
    return CATS[s.cat]


def article_path(s: Story) -> str:
    return f"{cat_of(s).path}/{s.id}-{s.slug}"


def nonsef_path(s: Story) -> str:
    c = cat_of(s)
    return f"{IDX}?option=com_content&view=article&id={s.id}&catid={c.id}&Itemid={c.itemid}"


def print_path(s: Story) -> str:
    return article_path(s) + "?tmpl=component&print=1"


def restricted_path(cat: Cat, rid: int, alias: str) -> str:
    return f"{cat.path}/{rid}-{alias}"


def login_path(cat: Cat, rid: int, alias: str) -> str:
    ret = base64.b64encode(restricted_path(cat, rid, alias).encode()).decode()
    return f"{IDX}/dang-nhap?return={ret}"


def _alts(s: Story) -> list[str]:
    out = []
    if s.id == HSG_MENU[3]:
        out.append(f"{IDX}/{HSG_MENU[0]}")
    if s.opts.get("nonsef"):
        out.append(nonsef_path(s))
    return out


def in_cat(alias: str) -> list[Story]:
    return [s for s in _LATEST if s.cat == alias]


def _rows(alias: str) -> list[tuple[str, object]]:
    """Every row of a category list: ("story", Story) or ("locked", restricted tuple), newest first."""
    rows: list[tuple[datetime, str, object]] = [(s.opts["when"], "story", s) for s in in_cat(alias)]
    if alias == "hoat-dong-chuyen-mon":
        rows += [(r[3], "locked", r) for r in RESTRICTED]
    rows.sort(key=lambda r: r[0], reverse=True)
    return [(kind, item) for _, kind, item in rows]


def _npages(n: int, per: int) -> int:
    return max(1, -(-n // per))


GOLD: list[dict] = [
    gold_record(s, article_path(s), cat_of(s).name, alt_paths=_alts(s)) for s in _LATEST
]

TAG_PATHS = [f"{IDX}/component/tags/tag/{t}" for t in TAGS]

NON_ARTICLES: list[str] = [
    "/",
    IDX,
    *(f"{IDX}?start={n * 5}" for n in range(1, _npages(len(FEATURED), 5))),
    f"{IDX}/tin-tuc",
    *(c.path for c in CATS.values()),
    *(
        f"{c.path}?start={n * PER_PAGE}"
        for c in CATS.values()
        if c.layout == "list"
        for n in range(1, _npages(len(_rows(c.alias)), PER_PAGE))
    ),
    f"{CATS['hoat-dong-chuyen-mon'].path}?limit=0",
    *(f"{IDX}/{a}" for a in ABOUT),
    f"{IDX}/lien-he",
    f"{IDX}/tim-kiem",
    f"{IDX}/dang-nhap?view=reset",
    f"{IDX}/dang-nhap?view=remind",
    *(login_path(CATS["hoat-dong-chuyen-mon"], r[0], r[1]) for r in RESTRICTED),
    f"{IDX}/van-ban",
    *(f"{IDX}/van-ban/category/{k}-{v[0]}" for k, v in DOC_CATS.items()),
    *(d.path for d in DOCS),
    f"{IDX}/thu-vien-anh",
    *(f"{IDX}/thu-vien-anh/category/{k}-{v[0]}" for k, v in ALBUMS.items()),
    *(t for t in TAG_PATHS if any(t.rsplit("/", 1)[1] in s.opts.get("tags", []) for s in STORIES)),
    *(print_path(s) for s in _LATEST),
]


# --- rendering ------------------------------------------------------------------------------


def _t(value: str, s: Story | None = None) -> str:
    if s is None:
        return text(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _dmy(d: date | datetime, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _iso(d: datetime) -> str:
    return d.replace(tzinfo=_LOCAL).isoformat()


def _vn_month(d: date | datetime) -> str:
    return f"{d.day:02d} Tháng {d.month} {d.year}"


def _img(src: str, alt: str = "", cls: str = "") -> str:
    name = src.split("#", 1)[0].split("/images/", 1)[-1]
    c = f' class="{cls}"' if cls else ""
    return (
        f'<img{c} src="{esc(src)}" alt="{esc(alt)}" width="800" height="533" loading="lazy"'
        f' data-path="local-images:/{esc(name)}">'
    )


def _body_html(s: Story) -> str:
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if rows:
            trs = []
            for r in rows:
                cells = r.text.split(" | ")
                if r.style == "th":
                    trs.append(
                        "<tr>"
                        + "".join(
                            f'<td style="text-align: center;"><strong>{_t(c, s)}</strong></td>'
                            for c in cells
                        )
                        + "</tr>"
                    )
                else:
                    trs.append("<tr>" + "".join(f"<td>{_t(c, s)}</td>" for c in cells) + "</tr>")
            out.append(
                '<table class="table table-bordered" style="border-collapse: collapse; width: 100%;"'
                ' border="1"><tbody>\n' + "\n".join(trs) + "\n</tbody></table>"
            )  # fmt: skip
            rows.clear()
        if items:
            out.append("<ul>\n" + "\n".join(f"<li>{_t(i.text, s)}</li>" for i in items) + "\n</ul>")
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("tr", "th"):
            if items:
                flush()
            rows.append(b)
            continue
        if isinstance(b, P) and b.style == "li":
            if rows:
                flush()
            items.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            if b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                out.append(
                    f'<p style="text-align: justify;">{_t(before, s)}<a href="{esc(href)}">'
                    f"{_t(phrase, s)}</a>{_t(after, s)}</p>"
                )
            elif b.style == "sapo":
                out.append(f'<p style="text-align: justify;"><strong>{_t(b.text, s)}</strong></p>')
            elif b.style == "sub":
                out.append(f"<p><strong>{_t(b.text, s)}</strong></p>")
            else:
                out.append(f'<p style="text-align: justify;">{_t(b.text, s)}</p>')
        elif isinstance(b, Img):
            if b.style == "full":
                continue  # the image field, printed before the body
            if b.style == "figure":
                out.append(
                    f'<figure class="image">{_img(b.src, b.printed or "")}'
                    f"<figcaption>{_t(b.printed or '', s)}</figcaption></figure>"
                )
            elif b.style == "em":
                out.append(f'<p style="text-align: center;">{_img(b.src)}</p>')
                out.append(f'<p style="text-align: center;"><em>{_t(b.printed or "", s)}</em></p>')
            elif b.style == "fname":
                out.append(f'<p style="text-align: center;">{_img(b.src, b.printed or "")}</p>')
                out.append(f'<p style="text-align: center;">{esc(b.printed or "")}</p>')
            else:
                out.append(f'<p style="text-align: center;">{_img(b.src)}</p>')
    flush()
    return "\n".join(out)


def _full_image(s: Story) -> str:
    full = next((b for b in s.blocks if isinstance(b, Img) and b.style == "full"), None)
    if full is None:
        return ""
    cap = f'<figcaption class="caption">{_t(full.printed, s)}</figcaption>' if full.printed else ""
    return f'<figure class="left item-image">{_img(full.src, "", "")[:-1]} itemprop="image">{cap}</figure>\n'


def _info(s: Story, position: str = "above") -> str:
    w: datetime = s.opts["when"]
    shown = s.opts.get("alias") or s.opts["account"]
    c = cat_of(s)
    dds = [
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'<span class="icon-user icon-fw" aria-hidden="true"></span>Viết bởi: <span itemprop="name">{esc(shown)}</span></dd>',
        '<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>'
        f'Chuyên mục: <a href="{c.path}" itemprop="genre">{esc(c.name)}</a></dd>',
    ]  # fmt: skip
    if not s.opts.get("hide_pub"):
        dds.append(
            '<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
            f'<time datetime="{_iso(w)}" itemprop="datePublished">Ngày đăng: {_dmy(w)}</time></dd>'
        )
    if m := s.opts.get("modified"):
        dds.append(
            '<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
            f'<time datetime="{_iso(m)}" itemprop="dateModified">Cập nhật lần cuối: {_dmy(m)}</time></dd>'
        )
    dds.append(
        '<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>'
        f'<meta itemprop="interactionCount" content="UserPageVisits:{s.views()}">Lượt xem: {s.views()}</dd>'
    )
    return (
        '<dl class="article-info text-muted">\n<dt class="article-info-term">Chi tiết</dt>\n'
        + "\n".join(dds)
        + "\n</dl>\n"
    )


def _tags(s: Story) -> str:
    tags = s.opts.get("tags", [])
    if not tags:
        return ""
    lis = "".join(
        f'<li class="list-inline-item tag-{i + 3} tag-list{i}" itemprop="keywords">'
        f'<a href="{IDX}/component/tags/tag/{t}" class="btn btn-sm btn-info">{esc(TAGS[t])}</a></li>'
        for i, t in enumerate(tags)
    )
    return f'<ul class="tags list-inline">\n{lis}\n</ul>\n'


def _fields(s: Story) -> str:
    src = s.opts.get("field_source")
    if not src:
        return ""
    return (
        '<ul class="fields-container">\n<li class="field-entry nguon-tin ">'
        '<span class="field-label ">Nguồn tin: </span>'
        f'<span class="field-value ">{esc(src)}</span></li>\n</ul>\n'
    )


def _neighbours(s: Story) -> tuple[Story | None, Story | None]:
    same = in_cat(s.cat)
    i = same.index(s)
    newer = same[i - 1] if i > 0 else None
    older = same[i + 1] if i + 1 < len(same) else None
    return newer, older


def _pagenav(s: Story) -> str:
    newer, older = _neighbours(s)
    links = []
    if newer:
        links.append(
            f'<a class="btn btn-sm btn-secondary previous" href="{article_path(newer)}" rel="prev">'
            f'<span class="visually-hidden">Bài trước: {esc(newer.title)}</span>'
            '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a>'
        )
    if older:
        links.append(
            f'<a class="btn btn-sm btn-secondary next" href="{article_path(older)}" rel="next">'
            f'<span class="visually-hidden">Bài tiếp: {esc(older.title)}</span>'
            '<span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        )
    return (
        '<nav class="pagenavigation" aria-label="Điều hướng trang">\n<span class="pagination ms-0">'
        + "".join(links)
        + "</span>\n</nav>\n"
    )


def _share(s: Story) -> str:
    return (
        '<div class="g-share-tools">\n<span class="share-label">Chia sẻ:</span> '
        '<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u='
        f'{quote(LIVE + article_path(s), safe="")}" target="_blank" rel="noopener">'
        '<i class="fab fa-facebook"></i> Facebook</a> '
        '<a class="share-zalo" href="https://sp.zalo.me/share_inline" target="_blank" rel="noopener">Zalo</a> '
        f'<a class="print-article" href="{esc(print_path(s))}" rel="nofollow"'
        " onclick=\"window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,"
        "menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;\">"
        '<i class="fa fa-print"></i> In bài viết</a>\n</div>\n'
    )


def _article_core(s: Story) -> str:
    """The component's output for an article (also the print view's)."""
    return (
        '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n'
        '<meta itemprop="inLanguage" content="vi-VN">\n'
        f'<div class="page-header">\n<h2 itemprop="headline">\n{_t(s.title)}</h2>\n</div>\n'
        + _info(s)
        + _full_image(s)
        + f'<div itemprop="articleBody" class="com-content-article__body">\n{_body_html(s)}\n</div>\n'
        + _tags(s)
        + _fields(s)
    )


def _other_news(s: Story) -> str:
    others = [o for o in in_cat(s.cat) if o is not s][:5]
    lis = "\n".join(
        f'<li><a class="mod-articles-category-title " href="{article_path(o)}">{_t(o.title)}</a>'
        f' <span class="mod-articles-category-date">({_dmy(o.opts["when"])})</span></li>'
        for o in others
    )
    out = _module(
        "Các tin khác", f'<ul class="mod-articlescategory category-module mod-list">\n{lis}\n</ul>'
    )
    tags = set(s.opts.get("tags", []))
    related = [o for o in _LATEST if o is not s and tags & set(o.opts.get("tags", []))]
    if related:
        lis = "\n".join(
            f'<li><a href="{article_path(o)}">{_t(o.title)}</a></li>' for o in related[:4]
        )
        out += _module(
            "Tin liên quan", f'<ul class="mod-relateditems relateditems mod-list">\n{lis}\n</ul>'
        )
    return out


def _module(title: str | None, content: str, cls: str = "") -> str:
    h = f'<h3 class="g-title">{esc(title)}</h3>' if title else ""
    return f'<div class="platform-content"><div class="moduletable {cls}">\n{h}\n{content}\n</div></div>\n'


def _breadcrumbs(trail: list[tuple[str, str | None]]) -> str:
    items = [("Trang chủ", IDX), *trail]
    lis = []
    for n, (label, href) in enumerate(items, 1):
        if href and n < len(items):
            lis.append(
                '<li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement"'
                ' itemscope itemtype="https://schema.org/ListItem">'
                f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
                f'<meta itemprop="position" content="{n}"></li>'
            )
        else:
            lis.append(
                '<li class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">'
                f'{esc(label)}</span><meta itemprop="position" content="{n}"></li>'
            )
    return (
        '<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">\n'
        '<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">\n'
        '<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>\n'
        + "\n".join(lis)
        + "\n</ol>\n</nav>\n"
    )


# --- the Gantry page ------------------------------------------------------------------------

_MENU: list[tuple[int, str, str, list[tuple[int, str, str]]]] = [
    (101, "Trang chủ", IDX, []),
    (102, "Giới thiệu", f"{IDX}/gioi-thieu", [
        (102, "Giới thiệu chung", f"{IDX}/gioi-thieu"),
        (103, "Cơ cấu tổ chức", f"{IDX}/co-cau-to-chuc"),
    ]),
    (119, "Tin tức", f"{IDX}/tin-tuc", [
        *((c.itemid, c.name, c.path) for c in CATS.values()),
        (129, "Nhiệm vụ năm học 2026 - 2027", nonsef_path(_BY_ID[124])),
    ]),
    (HSG_MENU[1], HSG_MENU[2], f"{IDX}/{HSG_MENU[0]}", []),
    (123, "Văn bản", f"{IDX}/van-ban", []),
    (124, "Thư viện ảnh", f"{IDX}/thu-vien-anh", []),
    (126, "Liên hệ", f"{IDX}/lien-he", []),
]  # fmt: skip


def _menu(active: int) -> str:
    out = []
    for itemid, label, href, children in _MENU:
        ids = {itemid, *(c[0] for c in children)}
        act = " active" if active in ids else ""
        parent = " g-parent" if children else ""
        typ = "url" if "option=" in href else "component"
        sub = ""
        if children:
            lis = "".join(
                f'<li class="g-menu-item g-menu-item-type-{"url" if "option=" in h else "component"} g-menu-item-{i}'
                f'{" active" if i == active else ""}"><a class="g-menu-item-container" href="{esc(h)}">'
                f'<span class="g-menu-item-content"><span class="g-menu-item-title">{esc(lab)}</span></span></a></li>'
                for i, lab, h in children
            )
            sub = (
                '<ul class="g-dropdown g-inactive g-fade g-dropdown-right"><li class="g-dropdown-column">'
                '<div class="g-grid"><div class="g-block size-100"><ul class="g-sublevel">'
                '<li class="g-level-1 g-go-back"><a class="g-menu-item-container" href="#" data-g-menuparent="">'
                '<span>Back</span></a></li>' + lis + "</ul></div></div></li></ul>"
            )  # fmt: skip
        out.append(
            f'<li class="g-menu-item g-menu-item-type-{typ} g-menu-item-{itemid}{parent}{act} g-standard">'
            f'<a class="g-menu-item-container" href="{esc(href)}"><span class="g-menu-item-content">'
            f'<span class="g-menu-item-title">{esc(label)}</span></span>'
            + (
                '<span class="g-menu-parent-indicator" data-g-menuparent=""></span>'
                if children
                else ""
            )
            + f"</a>{sub}</li>"
        )
    return (
        '<nav class="g-main-nav" data-g-hover-expand="true">\n<ul class="g-toplevel">\n'
        + "\n".join(out)
        + "\n</ul>\n</nav>"
    )


def _sidebar() -> str:
    latest = "".join(
        '<div class="g-array-item"><div class="g-array-item-title"><h3 class="g-item-title">'
        f'<a href="{article_path(s)}" class="g-array-item-title">{_t(s.title)}</a></h3></div>'
        '<div class="g-array-item-details"><span class="g-array-item-date">'
        f'<i class="far fa-clock" aria-hidden="true"></i>{_vn_month(s.opts["when"])}</span></div></div>'
        for s in _LATEST[:5]
    )
    latest_block = (
        '<div class="g-content g-particle"><h2 class="g-title">Tin mới nhất</h2>'
        '<div class="g-content-array g-joomla-articles"><div class="g-grid"><div class="g-block">'
        f'<div class="g-content">{latest}</div></div></div></div></div>\n'
    )
    docs = "\n".join(
        f'<li><a href="{d.path}">{esc(d.number)}: {esc(d.title)}</a> <span class="ngay-ban-hanh">'
        f"({_dmy(d.issued)})</span></li>"
        for d in DOCS[:3]
    )
    docs += f'\n<li class="xem-tat-ca"><a href="{IDX}/van-ban">Xem tất cả văn bản »</a></li>'
    banners = "\n".join(
        f'<div class="mod-banners__item banneritem"><a href="{IDX}/component/banners/click/{bid}"'
        f' target="_blank" rel="noopener noreferrer" title="{esc(name)}"><img src="{img}" alt="{esc(name)}"'
        ' width="300" height="90"></a></div>'
        for bid, name, img, _ in BANNERS
    )
    links = (
        '<select class="form-select lien-ket" onchange="if(this.value) window.open(this.value);">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://nghean.edu.vn">Sở GD&amp;ĐT Nghệ An</option>'
        '<option value="https://yenthanh.nghean.gov.vn">Cổng TTĐT huyện Yên Thành</option>'
        '<option value="https://taphuan.csdl.edu.vn">Hệ thống bồi dưỡng giáo viên</option></select>'
    )
    counter = (
        '<div class="mod-vvisit-counter"><table cellpadding="0" cellspacing="0" style="width: 90%;"><tbody>'
        '<tr><td>Đang online:</td><td style="text-align: right;">17</td></tr>'
        '<tr><td>Hôm nay:</td><td style="text-align: right;">438</td></tr>'
        '<tr><td>Hôm qua:</td><td style="text-align: right;">1.126</td></tr>'
        '<tr><td>Tuần này:</td><td style="text-align: right;">3.902</td></tr>'
        '<tr><td>Tháng này:</td><td style="text-align: right;">25.117</td></tr>'
        '<tr><td>Tất cả:</td><td style="text-align: right;">1.284.553</td></tr>'
        "</tbody></table></div>"
    )
    login = (
        f'<form id="login-form-16" class="mod-login" action="{IDX}/dang-nhap" method="post">'
        '<div class="mod-login__userdata userdata"><div class="mod-login__username form-group">'
        '<label for="modlgn-username-16" class="visually-hidden">Tên đăng nhập</label>'
        '<input id="modlgn-username-16" type="text" name="username" class="form-control" placeholder="Tên đăng nhập"></div>'
        '<div class="mod-login__password form-group"><label for="modlgn-passwd-16" class="visually-hidden">Mật khẩu</label>'
        '<input id="modlgn-passwd-16" type="password" name="password" class="form-control" placeholder="Mật khẩu"></div>'
        '<div class="mod-login__remember form-group"><input id="form-login-remember-16" type="checkbox" name="remember"'
        ' class="form-check-input" value="yes"> <label for="form-login-remember-16">Ghi nhớ đăng nhập</label></div>'
        '<div class="mod-login__submit form-group"><button type="submit" name="Submit" class="btn btn-primary w-100">Đăng nhập</button></div>'
        '<input type="hidden" name="option" value="com_users"><input type="hidden" name="task" value="user.login">'
        '<input type="hidden" name="return" value="aW5kZXgucGhw"><input type="hidden" name="a9c1e5b07d2f4e8a6b3c0d9f1e2a7b4c" value="1">'
        "</div>"
        '<ul class="mod-login__options list-unstyled">'
        f'<li><a href="{IDX}/dang-nhap?view=reset">Quên mật khẩu?</a></li>'
        f'<li><a href="{IDX}/dang-nhap?view=remind">Quên tên đăng nhập?</a></li></ul></form>'
    )  # fmt: skip
    return (
        latest_block
        + _module("Văn bản mới", f'<ul class="van-ban-moi">\n{docs}\n</ul>')
        + _module(None, f'<div class="mod-banners bannergroup">\n{banners}\n</div>')
        + _module("Liên kết", links)
        + _module("Thống kê truy cập", counter)
        + _module("Đăng nhập", login)
    )


def _page(
    title: str,
    main: str,
    body_class: str,
    itemid: int,
    head: str = "",
    crumbs: str = "",
    author: str | None = None,
) -> str:
    meta_author = f'\n<meta name="author" content="{esc(author)}">' if author else ""
    search = (
        f'<form class="mod-finder js-finder-searchform form-search" action="{IDX}/tim-kiem" method="get" role="search">'
        '<label for="mod-finder-searchword110" class="visually-hidden finder">Tìm kiếm</label>'
        '<div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword110"'
        ' class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm...">'
        '<button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span>'
        " Tìm kiếm</button></div></form>"
        f'<a class="tim-kiem-nang-cao" href="{IDX}/tim-kiem">Tìm kiếm nâng cao</a>'
    )  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">{meta_author}
<meta name="description" content="Cổng thông tin điện tử {esc(SITE)}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {esc(SITE_SHORT)}</title>
{head}<link href="/templates/g5_helium/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/gantry5/engines/nucleus/css-compiled/nucleus.css" rel="stylesheet">
<link href="/templates/g5_helium/custom/css-compiled/helium_9.css" rel="stylesheet">
<link href="/media/gantry5/assets/css/font-awesome.min.css" rel="stylesheet">
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script src="/media/gantry5/assets/js/main.js"></script>
</head>
<body class="gantry site {body_class} no-layout no-task dir-ltr itemid-{itemid} outline-9 g-offcanvas-left g-default g-style-preset1">
<div id="g-offcanvas" data-g-offcanvas-swipe="1" data-g-offcanvas-css3="1">
<div class="g-grid"><div class="g-block size-100"><div id="mobile-menu-5697-particle" class="g-content g-particle">
<div id="g-mobilemenu-container" data-g-menu-breakpoint="48rem"></div></div></div></div>
</div>
<div id="g-page-surround">
<div class="g-offcanvas-hide g-offcanvas-toggle" role="navigation" data-offcanvas-toggle aria-controls="g-offcanvas" aria-expanded="false"><i class="fa fa-fw fa-bars"></i></div>
<section id="g-top">
<div class="g-container"><div class="g-grid">
<div class="g-block size-60"><div id="date-2901-particle" class="g-content g-particle"><div class="g-date"><span>{TODAY}</span></div></div></div>
<div class="g-block size-40"><div class="g-content"><div class="platform-content"><div class="moduletable ">{search}</div></div></div></div>
</div></div>
</section>
<header id="g-header">
<div class="g-container"><div class="g-grid">
<div class="g-block size-100"><div id="logo-9608-particle" class="g-content g-particle">
<a href="/" target="_self" title="{esc(SITE)}" aria-label="{esc(SITE)}" rel="home" class="g-logo">
<img src="/images/logo/logo-pgd-yen-thanh.png" alt="{esc(SITE)}"></a>
<div class="g-logo-text"><span class="co-quan-chu-quan">UBND HUYỆN YÊN THÀNH</span>
<span class="ten-don-vi">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</span></div>
</div></div>
</div></div>
</header>
<section id="g-navigation">
<div class="g-container"><div class="g-grid"><div class="g-block size-100">
<div id="menu-6409-particle" class="g-content g-particle">
{_menu(itemid)}
</div></div></div></div>
</section>
<main id="g-main">
<div class="g-container">
<div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content"><div class="moduletable ">
{crumbs}</div></div></div></div></div>
<div class="g-grid">
<div class="g-block size-70">
<div class="g-content">
<div class="platform-content container"><div class="row"><div class="col">
{main}
</div></div></div>
</div>
</div>
<aside id="g-aside" class="g-block size-30">
<div class="g-content">
{_sidebar()}
</div>
</aside>
</div>
</div>
</main>
<footer id="g-footer">
<div class="g-container"><div class="g-grid">
<div class="g-block size-70"><div class="g-content"><div class="platform-content"><div class="moduletable ">
<div class="custom"><p><strong>{esc(SITE.upper())}</strong></p>
<p>Địa chỉ: {esc(ADDRESS)}</p>
<p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}</p>
<p>Chịu trách nhiệm chính: Trưởng phòng Phòng GD&amp;ĐT Yên Thành</p></div>
</div></div></div></div>
<div class="g-block size-30"><div class="g-content"><div class="platform-content"><div class="moduletable ">
<div class="custom"><p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông Nghệ An cấp.</p>
<p>Ghi rõ nguồn “{esc(SITE_SHORT)}” khi phát hành lại thông tin từ website này.</p></div>
</div></div></div></div>
</div></div>
</footer>
<section id="g-copyright">
<div class="g-container"><div class="g-grid">
<div class="g-block size-60"><div id="copyright-6734-particle" class="g-content g-particle">
&copy; 2016 - 2026 {esc(SITE)}. Bản quyền thuộc {esc(SITE_SHORT)}.</div></div>
<div class="g-block size-40"><div id="branding-1128-particle" class="g-content g-particle">
<div class="g-branding branding">Powered by <a href="http://www.gantry.org/" title="Gantry Framework" class="g-powered-by">Gantry Framework</a></div>
</div></div>
</div></div>
</section>
</div>
<script src="/media/gantry5/engines/nucleus/js/nucleus.js"></script>
</body>
</html>
"""


def _feed_links(path: str) -> str:
    sep = "&amp;" if "?" in path else "?"
    return (
        f'<link href="{path}{sep}format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0">\n'
        f'<link href="{path}{sep}format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0">\n'
    )


def _article_page(s: Story, itemid: int | None = None, menu_title: str | None = None) -> str:
    c = cat_of(s)
    itemid = itemid or c.itemid
    if menu_title:
        trail = [(menu_title, None)]
    else:
        trail = [("Tin tức", f"{IDX}/tin-tuc"), (c.name, c.path), (s.title, None)]
    main = (
        _article_core(s)
        + _share(s)
        + _pagenav(s)
        + "</div>\n"
        + '<div class="content-bottom">\n'
        + _other_news(s)
        + "</div>\n"
    )
    return _page(
        s.title,
        main,
        "com_content view-article",
        itemid,
        crumbs=_breadcrumbs(trail),
        author=s.opts["account"],
    )


def _print_page(s: Story) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="author" content="{esc(s.opts["account"])}">
<title>{esc(s.title)} - {esc(SITE_SHORT)}</title>
<link href="/templates/g5_helium/custom/css-compiled/helium_9.css" rel="stylesheet">
</head>
<body class="gantry contentpane modal">
<div id="g-page-surround">
<div class="platform-content">
<div class="com-content-article__print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> In</a></div>
{_article_core(s)}</div>
</div>
</div>
<script>window.print();</script>
</body>
</html>
"""


def _about_page(alias: str) -> str:
    _aid, title, paras = ABOUT[alias]
    body = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    itemid = 102 if alias == "gioi-thieu" else 103
    main = (
        '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n'
        '<meta itemprop="inLanguage" content="vi-VN">\n'
        f'<div class="page-header">\n<h2 itemprop="headline">\n{esc(title)}</h2>\n</div>\n'
        f'<div itemprop="articleBody" class="com-content-article__body">\n{body}\n</div>\n</div>\n'
    )
    return _page(
        title,
        main,
        "com_content view-article",
        itemid,
        crumbs=_breadcrumbs([("Giới thiệu", f"{IDX}/gioi-thieu"), (title, None)]),
    )


def _readmore(s: Story) -> str:
    title = s.title  # HTMLHelper string.truncate: cut at the last space before the limit
    if len(title) > READMORE_LIMIT:
        title = title[:READMORE_LIMIT].rsplit(" ", 1)[0] + "..."
    return (
        f'<p class="readmore"><a class="btn btn-secondary" href="{article_path(s)}"'
        f' aria-label="Đọc thêm: {esc(s.title)}"><span class="icon-chevron-right" aria-hidden="true"></span>'
        f" Đọc thêm: {_t(title)}</a></p>"
    )


def _intro_html(s: Story) -> str:
    n = s.opts.get("intro", 1)
    paras = [b for b in s.blocks if isinstance(b, P)][:n]
    out = []
    for p in paras:
        if p.style == "sapo":
            out.append(f"<p><strong>{_t(p.text, s)}</strong></p>")
        else:
            out.append(f"<p>{_t(p.text, s)}</p>")
    return "\n".join(out)


def _blog_item(s: Story, with_cat: bool) -> str:
    img = ""
    if ii := s.opts.get("intro_img"):
        src, cap = ii
        capx = f'<figcaption class="caption">{esc(cap)}</figcaption>' if cap else ""
        img = f'<figure class="left item-image"><a href="{article_path(s)}" itemprop="url">{_img(src)}</a>{capx}</figure>\n'
    w = s.opts["when"]
    catline = (
        f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>'
        f'Chuyên mục: <a href="{cat_of(s).path}" itemprop="genre">{esc(cat_of(s).name)}</a></dd>'
        if with_cat
        else ""
    )
    pub = (
        ""
        if s.opts.get("hide_pub")
        else '<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
        f'<time datetime="{_iso(w)}" itemprop="datePublished">Ngày đăng: {_dmy(w)}</time></dd>'
    )
    return (
        '<div class="blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">\n'
        f"{img}"
        '<div class="item-content">\n'
        f'<div class="page-header"><h2 itemprop="name"><a href="{article_path(s)}" itemprop="url">{_t(s.title)}</a></h2></div>\n'
        f'<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>{catline}{pub}</dl>\n'
        f"{_intro_html(s)}\n{_readmore(s)}\n</div>\n</div>\n"
    )


def _pager(path: str, start: int, per: int, total: int, extra: str = "") -> str:
    """Gantry's pagination override: Đầu · Trước · numbers · Tiếp · Cuối, ``?start=N``."""
    if per == 0 or total <= per:
        return ""
    pages = _npages(total, per)
    cur = start // per + 1

    def href(offset: int) -> str:
        q = [x for x in (extra, f"start={offset}" if offset else "") if x]
        return path + ("?" + "&amp;".join(q) if q else "")

    def li(cls: str, label: str, offset: int | None) -> str:
        if offset is None:
            return f'<li class="{cls} disabled"><span class="pagenav">{label}</span></li>'
        return f'<li class="{cls}"><a title="{label}" href="{href(offset)}" class="hasTooltip pagenav">{label}</a></li>'

    items = [
        li("pagination-start", "Đầu", 0 if cur > 1 else None),
        li("pagination-prev", "Trước", (cur - 2) * per if cur > 1 else None),
    ]
    for n in range(1, pages + 1):
        if n == cur:
            items.append(f'<li class="active"><span class="pagenav">{n}</span></li>')
        else:
            items.append(
                f'<li><a title="{n}" href="{href((n - 1) * per)}" class="hasTooltip pagenav">{n}</a></li>'
            )
    items += [
        li("pagination-next", "Tiếp", cur * per if cur < pages else None),
        li("pagination-end", "Cuối", (pages - 1) * per if cur < pages else None),
    ]
    return (
        '<div class="com-content-category__navigation w-100">\n'
        f'<p class="com-content-category__counter counter float-end pt-3 pe-2">Trang {cur} của {pages}</p>\n'
        '<div class="com-content-category__pagination"><div class="pagination pagination-toolbar">'
        '<ul class="pagination-list">' + "".join(items) + "</ul></div></div>\n</div>\n"
    )


def _limit_start(params: dict[str, str], default: int, total: int) -> tuple[int, int]:
    try:
        limit = int(params.get("limit", default))
    except ValueError:
        limit = default
    limit = max(limit, 0)
    try:
        start = max(int(params.get("start", params.get("limitstart", 0))), 0)
    except ValueError:
        start = 0
    if limit == 0:
        return 0, 0
    if start > max(total - limit, 0):  # Joomla's ListModel::getStart clamps to the last page
        start = max(0, (_npages(total, limit) - 1) * limit)
    return limit, start


def _category_list(c: Cat, params: dict[str, str]) -> str:
    rows = _rows(c.alias)
    limit, start = _limit_start(params, PER_PAGE, len(rows))
    shown = rows if limit == 0 else rows[start : start + limit]
    trs = []
    for i, (kind, item) in enumerate(shown):
        if kind == "story":
            s: Story = item  # type: ignore[assignment]
            title = f'<a href="{article_path(s)}">{_t(s.title)}</a>'
            when, hits = s.opts["when"], s.views()
        else:
            rid, alias, rtitle, when, hits = item  # type: ignore[misc]
            title = (
                f'<a href="{login_path(c, rid, alias)}">{esc(rtitle)}</a> '
                '<span class="badge bg-warning text-dark">Đăng nhập để đọc thêm…</span>'
            )
        trs.append(
            f'<tr class="cat-list-row{i % 2}" >\n<th class="list-title" scope="row">\n{title}\n</th>\n'
            f'<td class="list-date small">\n{_dmy(when, "-")}\n</td>\n'
            f'<td class="list-hits">\n<span class="badge bg-info">\nLượt xem: {hits}\n</span>\n</td>\n</tr>'
        )
    opts = "".join(
        f'<option value="{n}"{" selected" if n == limit else ""}>{n if n else "Tất cả"}</option>'
        for n in LIMITS
    )
    if limit not in LIMITS:
        opts = f'<option value="{limit}" selected>{limit}</option>' + opts

    def sort_th(col: str, label: str, th_id: str) -> str:
        return (
            f'<th scope="col" id="categorylist_header_{th_id}"><a href="#" onclick="Joomla.tableOrdering('
            f"'{col}','asc','', document.getElementById('adminForm'));return false;\" class=\"hasTooltip\""
            f' title="Nhấn để sắp xếp theo cột này" data-bs-placement="top">{label}</a></th>'
        )

    extra = f"limit={limit}" if "limit" in params else ""
    form = (
        f'<form action="{c.path}" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">\n'
        '<div class="com-content__filter btn-group">\n'
        '<label class="filter-search-lbl visually-hidden" for="filter-search">Lọc theo tiêu đề</label>'
        '<input type="text" name="filter-search" id="filter-search" value="" class="inputbox"'
        ' onchange="document.adminForm.submit();" placeholder="Lọc theo tiêu đề">'
        '<button type="submit" name="filter-search-button" class="btn btn-secondary">Lọc</button>'
        '<button type="reset" name="filter-clear-button" class="btn btn-secondary">Xóa</button>\n</div>\n'
        '<div class="com-content-category__pagination btn-group float-end">\n'
        f'<label for="limit">Hiển thị #</label>\n<select id="limit" name="limit" class="form-select" onchange="this.form.submit()">{opts}</select>\n</div>\n'
        '<table class="com-content-category__table category table table-striped table-bordered table-hover">\n'
        '<caption class="visually-hidden">Bài viết</caption>\n<thead>\n<tr>\n'
        + sort_th("a.title", "Tiêu đề", "title")
        + sort_th("a.publish_up", "Ngày đăng", "date")
        + sort_th("a.hits", "Lượt xem", "hits")
        + "</tr>\n</thead>\n<tbody>\n"
        + "\n".join(trs)
        + "\n</tbody>\n</table>\n"
        + _pager(c.path, start, limit, len(rows), extra)
        + '<input type="hidden" name="filter_order" value=""><input type="hidden" name="filter_order_Dir" value="">'
        '<input type="hidden" name="limitstart" value="">\n</form>\n'
    )  # fmt: skip
    main = (
        '<div class="com-content-category category-list">\n'
        f'<div class="content-category">\n<h1>{esc(c.name)}</h1>\n'
        f'<div class="category-desc"><p>{esc(c.description)}</p></div>\n{form}</div>\n</div>\n'
    )
    return _page(
        c.name,
        main,
        "com_content view-category layout-default",
        c.itemid,
        head=_feed_links(c.path),
        crumbs=_breadcrumbs([("Tin tức", f"{IDX}/tin-tuc"), (c.name, None)]),
    )


def _category_blog(c: Cat, params: dict[str, str]) -> str:
    items = in_cat(c.alias)
    limit, start = _limit_start(params, 5, len(items))
    shown = items if limit == 0 else items[start : start + limit]
    leading = "".join(_blog_item(s, False) for s in shown[:1])
    intro = "".join(_blog_item(s, False) for s in shown[1:])
    main = (
        '<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">\n'
        f'<h1>{esc(c.name)}</h1>\n<div class="category-desc clearfix"><p>{esc(c.description)}</p></div>\n'
        f'<div class="com-content-category-blog__items blog-items items-leading ">\n{leading}</div>\n'
        f'<div class="com-content-category-blog__items blog-items columns-2 ">\n{intro}</div>\n'
        + _pager(c.path, start, limit, len(items))
        + f'<p class="feed-link"><a href="{c.path}?format=feed&amp;type=rss"><span class="icon-feed"></span> RSS</a></p>\n'
        "</div>\n"
    )
    return _page(
        c.name,
        main,
        "com_content view-category layout-blog",
        c.itemid,
        head=_feed_links(c.path),
        crumbs=_breadcrumbs([("Tin tức", f"{IDX}/tin-tuc"), (c.name, None)]),
    )


def _featured(params: dict[str, str]) -> str:
    per = FEATURED_LEADING + FEATURED_INTRO
    limit, start = _limit_start(params, per, len(FEATURED))
    shown = FEATURED if limit == 0 else FEATURED[start : start + limit]
    leading = "".join(_blog_item(s, True) for s in shown[:FEATURED_LEADING])
    intro = "".join(_blog_item(s, True) for s in shown[FEATURED_LEADING:])
    hdcm = CATS["hoat-dong-chuyen-mon"]
    main = (
        '<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">\n'
        f'<div class="blog-items items-leading ">\n{leading}</div>\n'
        f'<div class="blog-items columns-2 ">\n{intro}</div>\n'
        + _pager(IDX, start, limit, len(FEATURED))
        + "</div>\n"
        '<div class="home-bottom">\n'
        + _module(
            "Hoạt động chuyên môn",
            '<ul class="mod-articlescategory category-module mod-list">\n'
            + "\n".join(
                f'<li><a class="mod-articles-category-title " href="{article_path(s)}">{_t(s.title)}</a></li>'
                for s in in_cat(hdcm.alias)[:4]
            )
            + f'\n</ul>\n<p class="xem-toan-bo"><a href="{hdcm.path}?limit=0">Xem toàn bộ »</a></p>',
        )
        + "</div>\n"
    )
    return _page(
        "Trang chủ",
        main,
        "com_content view-featured",
        101,
        head=_feed_links(IDX),
    )


def _categories() -> str:
    items = []
    for c in CATS.values():
        n = len(in_cat(c.alias)) + (len(RESTRICTED) if c.alias == "hoat-dong-chuyen-mon" else 0)
        items.append(
            '<div class="com-content-categories__items">\n'
            f'<h3 class="page-header item-title"><a href="{c.path}">{esc(c.name)}</a>'
            f' <span class="badge bg-info" title="Số bài viết">Số bài viết: {n}</span></h3>\n'
            f'<div class="category-desc"><p>{esc(c.description)}</p></div>\n</div>'
        )
    main = (
        '<div class="com-content-categories categories-list">\n<h1>Tin tức</h1>\n'
        + "\n".join(items)
        + "\n</div>\n"
    )
    return _page("Tin tức", main, "com_content view-categories", 119,
                 crumbs=_breadcrumbs([("Tin tức", None)]))  # fmt: skip


def _tag_page(alias: str) -> str:
    items = [s for s in _LATEST if alias in s.opts.get("tags", [])]
    lis = "\n".join(
        '<li class="list-group-item list-group-item-action">'
        f'<h3><a href="{article_path(s)}">{_t(s.title)}</a></h3>'
        f'<span class="tag-body">{_t(next(b.text for b in s.blocks if isinstance(b, P))[:120], s)}…</span></li>'
        for s in items
    )
    main = (
        '<div class="com-tags-tag tag-category">\n'
        f"<h1>{esc(TAGS[alias])}</h1>\n"
        f'<ul class="com-tags-tag__category category list-group">\n{lis}\n</ul>\n</div>\n'
    )
    return _page(TAGS[alias], main, "com_tags view-tag", 101,
                 crumbs=_breadcrumbs([("Thẻ", None), (TAGS[alias], None)]))  # fmt: skip


def _search(q: str) -> str:
    results = ""
    if q:
        words = q.lower().split()
        hits = [s for s in _LATEST if all(w in s.title.lower() for w in words)]
        if hits:
            results = (
                f'<div id="search-result-count" class="com-finder__counter">Kết quả <strong>1 - {len(hits)}</strong>'
                f" trong tổng số <strong>{len(hits)}</strong> kết quả.</div>\n"
                '<ol id="search-result-list" class="com-finder__results-list">\n'
                + "\n".join(
                    f'<li class="result__item"><p class="result__title"><a href="{article_path(s)}" class="result__title-link">'
                    f'<span class="result__title-text">{_t(s.title)}</span></a></p>'
                    f'<p class="result__date">{_dmy(s.opts["when"])}</p></li>'
                    for s in hits
                )
                + "\n</ol>\n"
            )
        else:
            results = (
                '<div id="search-result-empty" class="com-finder__empty"><h2>Không tìm thấy kết quả nào</h2>'
                f"<p>Không có kết quả nào phù hợp với từ khóa <strong>{esc(q)}</strong>.</p></div>\n"
            )
    main = (
        '<div class="com-finder finder">\n<h1>Tìm kiếm</h1>\n'
        f'<form action="{IDX}/tim-kiem" method="get" class="com-finder__search js-finder-searchform">'
        '<fieldset class="com-finder__search word mb-3"><legend class="com-finder__search-legend visually-hidden">Tìm kiếm</legend>'
        '<div class="form-inline"><label for="q" class="me-2">Từ khóa tìm kiếm</label>'
        f'<div class="input-group"><input type="text" name="q" id="q" class="js-finder-search-query form-control" value="{esc(q)}">'
        '<button type="submit" class="btn btn-primary"><span class="icon-search icon-white" aria-hidden="true"></span> Tìm kiếm</button>'
        "</div></div></fieldset></form>\n"
        f'<div id="search-results" class="com-finder__results">{results}</div>\n</div>\n'
    )  # fmt: skip
    return _page("Tìm kiếm", main, "com_finder view-search", 127,
                 crumbs=_breadcrumbs([("Tìm kiếm", None)]))  # fmt: skip


def _contact() -> str:
    main = f"""<div class="com-contact contact" itemscope itemtype="https://schema.org/Person">
<h1>Liên hệ</h1>
<div class="page-header"><h2><span class="contact-name" itemprop="name">{esc(SITE)}</span></h2></div>
<div class="com-contact__container">
<h3>Thông tin liên hệ</h3>
<dl class="com-contact__address contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dt><span class="icon-address" aria-hidden="true"></span><span class="visually-hidden">Địa chỉ</span></dt>
<dd><span class="contact-street" itemprop="streetAddress">{esc(ADDRESS)}</span></dd>
<dt><span class="icon-phone" aria-hidden="true"></span><span class="visually-hidden">Điện thoại</span></dt>
<dd><span class="contact-telephone" itemprop="telephone">{PHONE}</span></dd>
<dt><span class="icon-envelope" aria-hidden="true"></span><span class="visually-hidden">Email</span></dt>
<dd><span class="contact-emailto"><a href="mailto:{EMAIL}">{EMAIL}</a></span></dd>
</dl>
</div>
<h3>Gửi thư liên hệ</h3>
<div class="com-contact__form contact-form">
<form id="contact-form" action="{IDX}/lien-he" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi Email. Tất cả những mục có dấu * là bắt buộc.</legend>
<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Họ tên<span class="star" aria-hidden="true">&#160;*</span></label></div>
<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">Email<span class="star" aria-hidden="true">&#160;*</span></label></div>
<div class="controls"><input type="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" required></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Tiêu đề<span class="star" aria-hidden="true">&#160;*</span></label></div>
<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Nội dung<span class="star" aria-hidden="true">&#160;*</span></label></div>
<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>
</fieldset>
<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Gửi Email</button>
<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">
<input type="hidden" name="id" value="1:phong-gd-dt-yen-thanh"></div></div>
</form>
</div>
</div>
"""
    return _page("Liên hệ", main, "com_contact view-contact", 126,
                 crumbs=_breadcrumbs([("Liên hệ", None)]))  # fmt: skip


def _login(ret: str | None) -> str:
    note = (
        '<div class="alert alert-warning">Bạn cần đăng nhập để xem nội dung này.</div>\n'
        if ret
        else ""
    )
    hidden = f'<input type="hidden" name="return" value="{esc(ret or "")}">' if ret else ""
    main = (
        f'<div class="com-users-login login">\n<h1>Đăng nhập</h1>\n{note}'
        f'<form action="{IDX}/dang-nhap?task=user.login" method="post" class="com-users-login__form form-validate form-horizontal well" id="com-users-login__form">'
        '<fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">Tên đăng nhập</label></div>'
        '<div class="controls"><input type="text" name="username" id="username" value="" class="form-control validate-username required" size="25" required autocomplete="username"></div></div>'
        '<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">Mật khẩu</label></div>'
        '<div class="controls"><input type="password" name="password" id="password" value="" class="form-control required" size="25" required></div></div>'
        f'<div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">Đăng nhập</button></div></div>{hidden}'
        "</fieldset></form>\n</div>\n"
    )  # fmt: skip
    return _page("Đăng nhập", main, "com_users view-login", 128,
                 crumbs=_breadcrumbs([("Đăng nhập", None)]))  # fmt: skip


def _remind(view: str) -> str:
    label = "Quên mật khẩu" if view == "reset" else "Quên tên đăng nhập"
    main = (
        f'<div class="com-users-{view} {view}">\n<h1>{label}</h1>\n'
        f'<form id="user-registration" action="{IDX}/dang-nhap?task={view}.request" method="post" class="form-validate form-horizontal well">'
        '<fieldset><p>Vui lòng nhập địa chỉ email đã đăng ký với tài khoản của bạn.</p>'
        '<div class="control-group"><div class="control-label"><label id="jform_email-lbl" for="jform_email" class="required">Email</label></div>'
        '<div class="controls"><input type="email" name="jform[email]" class="form-control validate-email required" id="jform_email" value="" size="30" required></div></div>'
        '</fieldset><div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary validate">Gửi</button></div></div></form>\n</div>\n'
    )  # fmt: skip
    return _page(label, main, f"com_users view-{view}", 128, crumbs=_breadcrumbs([(label, None)]))


def _error(status: int, message: str) -> Response:
    body = (
        '<!DOCTYPE html>\n<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8">'
        f"<title>{status} - Lỗi: {status}</title>"
        '<link href="/templates/g5_helium/custom/css-compiled/helium_9.css" rel="stylesheet"></head>'
        f'<body class="gantry site error"><div id="g-page-surround"><div class="g-container"><h1>{status}</h1>'
        f'<p class="error-message">{esc(message)}</p><p><a href="{IDX}">Trang chủ</a></p></div></div></body></html>'
    )
    return html(body, status=status)


def _doc_cats() -> str:
    lis = "\n".join(
        f'<div class="pd-categoriesbox"><div class="pd-title"><a href="{IDX}/van-ban/category/{k}-{v[0]}">{esc(v[1])}</a>'
        f" <small>({sum(d.cat == k for d in DOCS)})</small></div></div>"
        for k, v in DOC_CATS.items()
    )
    main = f'<div id="phoca-dl-categories-box" class="pd-categories-view">\n<h1>Văn bản</h1>\n{lis}\n</div>\n'
    return _page("Văn bản", main, "com_phocadownload view-categories", 123,
                 crumbs=_breadcrumbs([("Văn bản", None)]))  # fmt: skip


def _doc_cat(k: int) -> str:
    _alias, name = DOC_CATS[k]
    files = "\n".join(
        '<div class="pd-filebox"><div class="pd-filenamebox"><div class="pd-title">'
        f'<a href="{d.path}">{esc(d.number)}: {esc(d.title)}</a></div>'
        f'<div class="pd-date">Ngày ban hành: {_dmy(d.issued)}</div></div>'
        f'<div class="pd-buttons"><div class="pd-button-download"><a class="btn btn-success" href="{esc(d.download)}">Tải về</a></div>'
        f'<div class="pd-button-details"><a class="btn btn-info" href="{d.path}">Chi tiết</a></div></div></div>'
        for d in DOCS
        if d.cat == k
    )
    main = (
        f'<div id="phoca-dl-category-box" class="pd-category-view">\n<h1>{esc(name)}</h1>\n{files}\n'
        f'<p><a href="{IDX}/van-ban">« Quay lại danh mục văn bản</a></p>\n</div>\n'
    )
    return _page(name, main, "com_phocadownload view-category", 123,
                 crumbs=_breadcrumbs([("Văn bản", f"{IDX}/van-ban"), (name, None)]))  # fmt: skip


def _doc_file(d: Doc) -> str:
    _alias, name = DOC_CATS[d.cat]
    main = (
        f'<div id="phoca-dl-file-box" class="pd-file-view">\n<h1>{esc(d.title)}</h1>\n'
        '<table class="pd-file-info"><tbody>'
        f"<tr><td>Số/Ký hiệu:</td><td>{esc(d.number)}</td></tr>"
        f"<tr><td>Ngày ban hành:</td><td>{_dmy(d.issued)}</td></tr>"
        "<tr><td>Cơ quan ban hành:</td><td>Phòng GD&amp;ĐT Yên Thành</td></tr>"
        f"<tr><td>Tên tệp:</td><td>{d.alias}.pdf</td></tr>"
        f"<tr><td>Lượt tải:</td><td>{40 + d.id * 3}</td></tr>"
        "</tbody></table>\n"
        f'<div class="pd-button-download"><a class="btn btn-success" href="{esc(d.download)}">Tải về</a></div>\n'
        f'<p><a href="{d.cat_path}">« Quay lại: {esc(name)}</a></p>\n</div>\n'
    )
    return _page(d.title, main, "com_phocadownload view-file", 123,
                 crumbs=_breadcrumbs([("Văn bản", f"{IDX}/van-ban"), (name, d.cat_path), (d.title, None)]))  # fmt: skip


def _gallery_cats() -> str:
    boxes = "\n".join(
        f'<div class="pg-category-box"><div class="pg-category-box-image"><a href="{IDX}/thu-vien-anh/category/{k}-{a}">'
        f'<img src="/images/phocagallery/{a}/thumbs/phoca_thumb_m_1.jpg" alt="{esc(t)}"></a></div>'
        f'<div class="pg-category-box-title"><a href="{IDX}/thu-vien-anh/category/{k}-{a}">{esc(t)}</a>'
        f' <span class="pg-category-box-count">({len(caps)})</span></div></div>'
        for k, (a, t, caps) in ALBUMS.items()
    )
    main = f'<div id="phocagallery" class="pg-categories-view">\n<h1>Thư viện ảnh</h1>\n{boxes}\n</div>\n'
    return _page("Thư viện ảnh", main, "com_phocagallery view-categories", 124,
                 crumbs=_breadcrumbs([("Thư viện ảnh", None)]))  # fmt: skip


def _album(k: int) -> str:
    a, t, caps = ALBUMS[k]
    items = "\n".join(
        f'<div class="pg-item-box"><div class="pg-item-box-image">'
        f'<a class="pg-modal-button" href="/images/phocagallery/{a}/thumbs/phoca_thumb_l_{n}.jpg"'
        f' data-img-title="{esc(c)}"><img src="/images/phocagallery/{a}/thumbs/phoca_thumb_m_{n}.jpg" alt="{esc(c)}"></a></div>'
        f'<div class="pg-item-box-title">{esc(c)}</div></div>'
        for n, c in enumerate(caps, 1)
    )
    main = (
        f'<div id="phocagallery" class="pg-category-view">\n<h1>{esc(t)}</h1>\n'
        f'<div class="pg-category-items-box">\n{items}\n</div>\n'
        f'<p><a href="{IDX}/thu-vien-anh">« Quay lại thư viện ảnh</a></p>\n</div>\n'
    )
    return _page(t, main, "com_phocagallery view-category", 124,
                 crumbs=_breadcrumbs([("Thư viện ảnh", f"{IDX}/thu-vien-anh"), (t, None)]))  # fmt: skip


def _rfc822(d: datetime) -> str:
    return format_datetime(d.replace(tzinfo=_LOCAL))


def _feed(base: str, title: str, path: str, stories: list[Story], kind: str) -> Response:
    stories = stories[:10]
    if kind == "atom":
        entries = "".join(
            f'\n\t<entry>\n\t\t<title>{esc(s.title)}</title>\n\t\t<link rel="alternate" type="text/html" href="{base}{article_path(s)}"/>'
            f"\n\t\t<published>{_iso(s.opts['when'])}</published>\n\t\t<updated>{_iso(s.opts.get('modified') or s.opts['when'])}</updated>"
            f"\n\t\t<id>{base}{article_path(s)}</id>\n\t\t<author><name>{esc(s.opts['account'])}</name></author>"
            f'\n\t\t<summary type="html">{esc(_intro_html(s))}</summary>\n\t\t<category term="{esc(cat_of(s).name)}"/>\n\t</entry>'
            for s in stories
        )
        body = (
            '<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n'
            f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi-vn">\n\t<title type="text">{esc(title)}</title>'
            f"\n\t<id>{base}{path}</id>\n\t<updated>{_iso(stories[0].opts['when'])}</updated>"
            f'\n\t<link rel="alternate" type="text/html" href="{base}{path}"/>{entries}\n</feed>\n'
        )
        return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})
    items = "".join(
        f"\n\t\t<item>\n\t\t\t<title>{esc(s.title)}</title>\n\t\t\t<link>{base}{article_path(s)}</link>"
        f'\n\t\t\t<guid isPermaLink="true">{base}{article_path(s)}</guid>'
        f"\n\t\t\t<description><![CDATA[{_intro_html(s)}]]></description>"
        f"\n\t\t\t<author>{EMAIL} ({esc(s.opts['account'])})</author>"
        f"\n\t\t\t<category>{esc(cat_of(s).name)}</category>\n\t\t\t<pubDate>{_rfc822(s.opts['when'])}</pubDate>\n\t\t</item>"
        for s in stories
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
        f"\t\t<title>{esc(title)}</title>\n\t\t<description><![CDATA[{SITE}]]></description>\n"
        f"\t\t<link>{base}{path}</link>\n\t\t<lastBuildDate>{_rfc822(datetime(2026, 11, 25, 10, 0))}</lastBuildDate>\n"
        f"\t\t<generator>Joomla! - Open Source Content Management</generator>\n"
        f'\t\t<atom:link rel="self" type="application/rss+xml" href="{base}{path}?format=feed&amp;type=rss"/>\n'
        f"\t\t<language>vi-vn</language>{items}\n\t</channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- routing --------------------------------------------------------------------------------

_ARTICLE = re.compile(rf"{re.escape(IDX)}/tin-tuc/([a-z-]+)/(\d+)-([a-z0-9-]+)")
_KNOWN_PDF = {"/images/van-ban/2026/lich-kiem-tra-hk1-2026-2027.pdf"}


class Joomla4GantrySite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        base = base_url(request)
        if path in _KNOWN_PDF:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/images/", "/media/", "/templates/")):
            return static_file(path)
        if path == "/robots.txt":
            return Response(
                200,
                "User-agent: *\nDisallow: /administrator/\nDisallow: /api/\nDisallow: /bin/\n"
                "Disallow: /cache/\nDisallow: /cli/\nDisallow: /components/\nDisallow: /includes/\n"
                "Disallow: /installation/\nDisallow: /language/\nDisallow: /layouts/\n"
                "Disallow: /libraries/\nDisallow: /logs/\nDisallow: /modules/\nDisallow: /plugins/\n"
                "Disallow: /tmp/\n",
                {"Content-Type": "text/plain"},
            )
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/" or path == IDX:
            if params.get("option") == "com_content" and params.get("view") == "article":
                return self._nonsef(params)
            if params.get("format") == "feed":
                return _feed(base, SITE_SHORT, IDX, FEATURED, params.get("type", "rss"))
            return html(_featured(params))
        if not path.startswith(IDX + "/"):
            return None
        rest = path[len(IDX) :]
        if rest == "/tin-tuc":
            return html(_categories())
        if m := re.fullmatch(r"/tin-tuc/([a-z-]+)", rest):
            c = CATS.get(m.group(1))
            if c is None:
                return _error(404, "Không tìm thấy danh mục")
            if params.get("format") == "feed":
                return _feed(
                    base,
                    f"{c.name} - {SITE_SHORT}",
                    c.path,
                    in_cat(c.alias),
                    params.get("type", "rss"),
                )
            return html(
                _category_list(c, params) if c.layout == "list" else _category_blog(c, params)
            )
        if m := _ARTICLE.fullmatch(path):
            c = CATS.get(m.group(1))
            aid = int(m.group(2))
            s = _BY_ID.get(aid)
            if c and s and s.cat == c.alias and s.slug == m.group(3):
                if params.get("tmpl") == "component":
                    return html(_print_page(s))
                return html(_article_page(s))
            if c and any(r[0] == aid and r[1] == m.group(3) for r in RESTRICTED):
                return _error(403, "Bạn không được phép xem tài nguyên này.")
            return _error(404, "Không tìm thấy bài viết")
        if rest == f"/{HSG_MENU[0]}":
            s = _BY_ID[HSG_MENU[3]]
            if params.get("tmpl") == "component":
                return html(_print_page(s))
            return html(_article_page(s, HSG_MENU[1], HSG_MENU[2]))
        if rest.lstrip("/") in ABOUT:
            return html(_about_page(rest.lstrip("/")))
        if rest == "/lien-he":
            return html(_contact())
        if rest == "/tim-kiem":
            return html(_search(params.get("q", "").strip()))
        if rest == "/dang-nhap":
            if params.get("view") in ("reset", "remind"):
                return html(_remind(params["view"]))
            return html(_login(params.get("return")))
        if m := re.fullmatch(r"/component/tags/tag/([a-z-]+)", rest):
            return (
                html(_tag_page(m.group(1)))
                if m.group(1) in TAGS
                else _error(404, "Không tìm thấy thẻ")
            )
        if m := re.fullmatch(r"/component/banners/click/(\d+)", rest):
            for bid, _, _, url in BANNERS:
                if bid == int(m.group(1)):
                    return Response(303, b"", {"Location": url})
            return None
        if rest == "/van-ban":
            return html(_doc_cats())
        if m := re.fullmatch(r"/van-ban/category/(\d+)-([a-z-]+)", rest):
            k = int(m.group(1))
            if k not in DOC_CATS or DOC_CATS[k][0] != m.group(2):
                return None
            if dl := params.get("download"):
                doc = next((d for d in DOCS if f"{d.id}:{d.alias}" == dl and d.cat == k), None)
                if doc is None:
                    return None
                return Response(200, PDF, {"Content-Type": "application/pdf",
                                           "Content-Disposition": f'attachment; filename="{doc.alias}.pdf"'})  # fmt: skip
            return html(_doc_cat(k))
        if m := re.fullmatch(r"/van-ban/file/(\d+)-([a-z0-9-]+)", rest):
            doc = next((d for d in DOCS if d.id == int(m.group(1)) and d.alias == m.group(2)), None)
            return html(_doc_file(doc)) if doc else None
        if rest == "/thu-vien-anh":
            return html(_gallery_cats())
        if m := re.fullmatch(r"/thu-vien-anh/category/(\d+)-([a-z0-9-]+)", rest):
            k = int(m.group(1))
            if k in ALBUMS and ALBUMS[k][0] == m.group(2):
                return html(_album(k))
            return None
        return _error(404, "Không tìm thấy trang")

    @staticmethod
    def _nonsef(params: dict[str, str]) -> Response:
        try:
            s = _BY_ID.get(int(params.get("id", "0").split(":")[0]))
        except ValueError:
            s = None
        if s is None:
            return _error(404, "Không tìm thấy bài viết")
        if params.get("tmpl") == "component":
            return html(_print_page(s))
        return html(_article_page(s))


def build_site() -> Joomla4GantrySite:
    return Joomla4GantrySite()
