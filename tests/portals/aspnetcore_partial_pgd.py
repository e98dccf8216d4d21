"""Fixture portal: a Phòng GD&ĐT on a small vendor's ASP.NET Core 6 MVC product (AJAX partial pager).

The platform
------------
A Central Highlands vendor ("Công ty TNHH Giải pháp Phần mềm Tây Nguyên") sold district education
offices one ASP.NET Core 6 MVC application in 2023: conventional routes (``/{controller}/{action}``,
case-insensitive, ``/`` = ``Home/Index``), Razor views, jQuery 3, its own CSS, TinyMCE 5 in the
back office. This one is the site of the Phòng Giáo dục và Đào tạo huyện Krông Pắc (Đắk Lắk). The
district was dissolved on 1 July 2025 with all others; the site still runs, frozen: its newest post
is of 20/06/2025 while the header clock prints today (``TODAY``).

Two encodings on every page, both the platform's own:
- whatever Razor prints from the database (titles, sapos, category names, list items, the header's
  date) goes through ASP.NET Core's default ``HtmlEncoder``, which lets only Basic Latin through:
  every Vietnamese letter comes out as a hex reference (``T&#x1ED5;ng k&#x1EBF;t``), ``'`` as
  ``&#x27;``, ``+`` as ``&#x2B;``; text typed in the ``.cshtml`` files themselves (menus, labels,
  "Ngày đăng:", the footer) is raw UTF-8;
- article bodies are TinyMCE HTML printed with ``Html.Raw``; TinyMCE's default ``entity_encoding:
  "named"`` stored every character that has an HTML name as that name (``&agrave;``, ``&ecirc;``,
  ``&ndash;``, ``&rdquo;``) and the rest (``ạ``, ``ư``, ``đ``) raw.
One editor typed with a decomposed ("Unicode tổ hợp") keyboard setting: the sapo of 421 and the last
paragraph of 392 are stored NFD (so Razor prints the combining marks as their own references).

URLs and page kinds
-------------------
- ``/`` home: marquee of the 5 newest titles, "Tin mới" (6 newest, all categories), a "Hoạt động
  chuyên môn" box (3 newest, catid=5); side boxes on every page: "Thông báo" (catid=7), "Văn bản
  mới" (the 3 documents), "Liên kết" (a ``<select onchange>`` of other hosts), banners, "Thống kê
  truy cập" (Đang online: 9 — Hôm nay: 301 — Tổng: 98.120).
- ``/Home/ChiTiet?id=<int>&catid=<int>`` article. ``catid`` is whatever list printed the link:
  0 from the home page's "Tin mới" and the marquee, the category's own id from its list and the
  search, and from "Tin liên quan" the category of the article that prints the list (the vendor's
  related box is just the 8 newest posts of the site, other than the current one, whatever their
  category, all linked with ``catid=@Model.CatId``). The action ignores ``catid`` for its content
  (it only lands in a hidden ``hdCatId`` input the menu script highlights with): any value, or
  none, serves the same page.
  No ``rel=canonical``, no ``hreflang``; ``og:url`` is ``<host>/Home/ChiTiet?id=<int>``. Unknown
  id: 404.
- ``/Home/DanhMuc?catid=3|5|7`` category page: server renders page 1 (3 items, ``PageSize = 3``)
  and a pager ``<ul class="pager-ajax">`` of ``<a href="javascript:void(0)" onclick="loadPage(2,
  3)">2</a>``: ``loadPage(page, catid)`` (in ``/js/site.js``, served, and copied inline in the
  view) does ``$.get('/Home/_DanhSachTin?catid=' + catid + '&page=' + page)`` and puts the answer
  in ``#list-news``. ``/Home/_DanhSachTin`` is an ASP.NET partial view: ``<div class="item-news">``
  items only, no ``<html>``. ``DanhMuc`` has no page parameter: ``&page=2`` is ignored (page 1
  again). The partial answers any page: ``page=0``, negative or past the end give an empty 200
  body (``""``), an unknown catid too; a missing or non-integer ``catid`` or ``page`` gives 400.
  Thông báo (2 posts) prints no pager. ``DanhMuc`` of an unknown catid: 404.
- ``/Home/DanhMuc?catid=9`` "Văn bản chỉ đạo": a table of documents (number, date, summary, PDF),
  each at ``/Home/ChiTietVanBan?id=<int>`` (a record page: fields and a "Tải về" PDF link). These
  are not articles.
- ``/Home/GioiThieu``, ``/Home/LienHe`` (contact form, POST answers "Gửi liên hệ thành công"),
  ``/Account/Login`` (login form with an antiforgery token; POST re-renders with an error),
  ``/Home/TimKiem?tukhoa=…`` (the header's GET search form: item list of title matches, catid of
  each article's category; empty keyword: a prompt, no list).
- Files: ``/Upload/Images/…`` (article photos), ``/Upload/Thumbs/…`` (list thumbnails),
  ``/Upload/Files/…pdf`` (attachments), ``/images/…`` (banner, logo, icons), ``/css``, ``/js``,
  ``/lib``. No robots.txt, no sitemap, no feed.

Lists and how each gold article is reached
------------------------------------------
Dates (newest first) and lists: Tin tức – Sự kiện (catid 3): 438, 433, 430 | 402, 395, 388 | 381;
Hoạt động chuyên môn (catid 5): 436, 427, 421 | 392; Thông báo (catid 7): 437, 424. The 8 newest
posts are the three first pages: they are on the home page or in every "Tin liên quan". 402 (the
9th newest) is in the "Tin liên quan" of every one of them. 395, 392, 388 and 381 are linked from
nowhere but ``/Home/_DanhSachTin?catid=3&page=2`` (395, 388), ``…catid=3&page=3`` (381) and
``…catid=5&page=2`` (392): a crawler that does not read the ``onclick`` pager never sees them.

Traps
-----
- The same article at ``catid=0``, ``3``, ``5``, ``7`` and bare (og:url): one article, five
  addresses; gold ``path`` is the category list's link, the others are ``alt_paths``.
- The JS-only pager to the partial endpoint; empty fragments at ``page=0`` and past the end;
  400 without parameters; ``DanhMuc?…&page=N`` is page 1 again.
- ``/Account/Login``, ``/Home/TimKiem`` (a list), ``javascript:`` links ("In trang",
  "Quay lại", the pager, a "Lịch công tác" menu item that only alerts), the "Liên kết" select.
- Attachments "Tệp đính kèm:" under several posts and the documents' PDFs.
- No heading element in the article: the title is ``<div class="title-detail">``, the date line
  ``<div class="date-detail">Ngày đăng: 20/06/2025 - 14:10 | Lượt xem: 532</div>`` (the
  ``<title>`` is "<title> - Phòng GD&ĐT Krông Pắc").

Gold decisions
--------------
- title: the ``title-detail`` text. published_at: the "Ngày đăng" date and time, +07:00 (the
  header's date is the clock; list dates are the day only).
- summary: the italic ``sapo-detail`` block (printed only when the post has one: 392, 424 and 437
  have none, summary None); it is the body's first paragraph.
- body: ``content-detail`` paragraphs; ``<b>`` subheadings, list items and table rows (cells
  joined by " | ") are paragraphs; captions, byline/source lines, "Tệp đính kèm", "In trang",
  "Quay lại" and "Tin liên quan" are not.
- images: the photos in ``content-detail`` in order (logo, banner, icons, thumbnails of lists and
  related posts are not). A caption is the small italic centred line printed right under the photo.
  Two photos (430's first, 421's only) carry their describing sentence only in the ``<img
  title>`` attribute: a tooltip, nothing printed under the photo, so a reader sees no caption:
  caption None (the sentence is not body text either).
- bylines, the last right-aligned paragraphs: "Tác giả: Y Blin Niê" -> authors ["Y Blin Niê"]
  (an Ê Đê name, kept as printed); "Tin, ảnh: H'Luyến Êban" and "Bài và ảnh: Phan Thị Mỹ Linh" ->
  author and photographer; "Bài: Nguyễn Thị Thu Hà - Ảnh: Trần Văn Lợi" -> one each; "Tác giả:
  Lê Thị Hồng Nhung - Trường THCS Phan Bội Châu" and "Tác giả: Y Jô Ênuôl (Tiểu học Nguyễn Bá
  Ngọc)" -> the name without the unit; "ThS. Phạm Quang Vinh" -> "Phạm Quang Vinh"; a bare
  "Hoàng Gia" above "Nguồn: Báo Đắk Lắk" -> author and source; "Phòng GD&ĐT" and "Bộ phận chuyên
  môn Tiểu học" signing alone -> that office is the author, as printed; "Nguồn: Cổng Thông tin điện
  tử huyện Krông Pắc" alone -> source, no author; the two notices sign nothing -> authors [].
- category: the breadcrumb's last item ("Trang chủ » Tin tức – Sự kiện"), the category whose list
  holds the post, whatever catid the address carries.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from html.entities import codepoint2name

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, opaque, static_file

NAME = "aspnetcore_partial_pgd"
PLATFORM = "aspnetcore-mvc-partial"
START_PATH = "/"

SITE = "Phòng GD&ĐT Krông Pắc"
OFFICE = "Phòng Giáo dục và Đào tạo huyện Krông Pắc"
CATS = {3: "Tin tức – Sự kiện", 5: "Hoạt động chuyên môn", 7: "Thông báo", 9: "Văn bản chỉ đạo"}
NEWS_CATS = (3, 5, 7)
#: the vendor's ``PageSize`` of a category list and of its partial view
PAGE_SIZE = 3

#: the MVC "Home" controller's lower-cased route prefix, joined from its segment (a literal
#: "/home/…" reads as a machine's home directory to the portable-tree check)
_HOME = "/" + "home"


# --- the platform's two encoders ------------------------------------------------------------

_RAZOR_NAMED = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}


def razor(value: str) -> str:
    """What ``@value`` prints under ASP.NET Core's default HtmlEncoder (Basic Latin only)."""
    out = []
    for ch in value:
        if ch in _RAZOR_NAMED:
            out.append(_RAZOR_NAMED[ch])
        elif ch in "'+" or not (0x20 <= ord(ch) < 0x7F):
            out.append(f"&#x{ord(ch):X};")
        else:
            out.append(ch)
    return "".join(out)


def tinymce(markup: str) -> str:
    """TinyMCE's stored HTML (``entity_encoding: "named"``): characters with an HTML name as it."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if ord(ch) >= 160 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def nfd(value: str) -> str:
    return unicodedata.normalize("NFD", value)


def article_href(story_id: int, catid: int) -> str:
    """The link as Razor prints ``asp-route-id`` + ``asp-route-catid`` (``&`` encoded)."""
    return f"/Home/ChiTiet?id={story_id}&amp;catid={catid}"


def _alts(story_id: int, catid: int) -> list[str]:
    """The other addresses the platform links the article at, plus og:url's bare form."""
    others = [c for c in (0, *NEWS_CATS) if c != catid]
    return [
        f"/Home/ChiTiet?id={story_id}",
        *(f"/Home/ChiTiet?id={story_id}&catid={c}" for c in others),
    ]


def _right(inner: str) -> Raw:
    """A right-aligned byline/source paragraph as TinyMCE stores it."""
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the articles -----------------------------------------------------------------------------
# Each story says what is printed (``opts["posted"]`` the date line, Img.printed, Raw bylines)
# beside what a reader takes from it (published_at, caption, authors …), both written by hand.
# P styles: "" a justified paragraph, "b" a bold subheading, "li"/"ol" list items, "head"/"row"
# table rows (cells split on " | "), "nfd" a paragraph stored decomposed.

STORIES: list[Story] = [
    Story(
        id=438,
        slug="tong-ket-nam-hoc-2024-2025",
        title="Ngành Giáo dục huyện Krông Pắc tổng kết năm học 2024 – 2025",
        cat="3",
        published_at="2025-06-20T14:10:00+07:00",
        summary=(
            "Chiều 19/6, Phòng Giáo dục và Đào tạo huyện Krông Pắc tổ chức Hội nghị tổng kết năm học "
            "2024 – 2025, triển khai phương hướng, nhiệm vụ năm học 2025 – 2026. Dự hội nghị có đồng "
            "chí Trần Thị Thanh Hương, Phó Chủ tịch UBND huyện."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2024 – 2025, toàn huyện có 78 trường học với hơn 41.200 học sinh, trong đó học "
                "sinh dân tộc thiểu số chiếm gần 28%. Ngành đã triển khai đồng bộ Chương trình giáo dục "
                "phổ thông 2018 ở tất cả các khối lớp từ lớp 1 đến lớp 9; tỷ lệ huy động trẻ 5 tuổi ra "
                "lớp đạt 99,6%, học sinh hoàn thành chương trình tiểu học đạt 100%."
            ),
            Img(
                "/Upload/Images/2025/06/tong-ket-nam-hoc-01.jpg",
                printed="Đồng chí Trần Thị Thanh Hương, Phó Chủ tịch UBND huyện phát biểu chỉ đạo tại hội nghị",
                caption="Đồng chí Trần Thị Thanh Hương, Phó Chủ tịch UBND huyện phát biểu chỉ đạo tại hội nghị",
            ),
            P("1. Kết quả nổi bật", "b"),
            P(
                "Chất lượng giáo dục mũi nhọn tiếp tục được giữ vững. Tại kỳ thi học sinh giỏi cấp tỉnh "
                "lớp 9, huyện có 85 em đạt giải, xếp thứ 3 toàn tỉnh; 12 giáo viên được công nhận giáo "
                "viên dạy giỏi cấp tỉnh. Công tác xây dựng trường chuẩn quốc gia có chuyển biến, thêm 4 "
                "trường được công nhận, nâng tổng số lên 46/78 trường (đạt 59%)."
            ),
            P("Cấp học | Số trường | Số học sinh | Trường đạt chuẩn quốc gia", "head"),
            P("Mầm non | 27 | 9.854 | 14", "row"),
            P("Tiểu học | 33 | 20.316 | 21", "row"),
            P("THCS | 18 | 11.042 | 11", "row"),
            P("Tổng cộng | 78 | 41.212 | 46", "row"),
            P("2. Hạn chế và nhiệm vụ năm học mới", "b"),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: cơ sở vật chất ở các xã "
                "vùng sâu còn thiếu phòng học bộ môn; tình trạng thiếu giáo viên Tin học, Tiếng Anh, Âm "
                "nhạc, Mỹ thuật chưa được khắc phục; tỷ lệ học sinh bỏ học ở một số trường THCS còn cao."
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND huyện ghi nhận những nỗ lực của đội ngũ "
                "cán bộ quản lý, giáo viên toàn ngành; đề nghị năm học 2025 – 2026 tập trung chuẩn bị tốt "
                "các điều kiện cho việc sắp xếp, tổ chức lại đơn vị hành chính, bảo đảm hoạt động dạy và "
                "học không bị gián đoạn."
            ),
            Img(
                "/Upload/Images/2025/06/tong-ket-nam-hoc-02.jpg",
                printed="Lãnh đạo huyện trao Giấy khen cho các tập thể có thành tích xuất sắc trong năm học 2024 – 2025",
                caption="Lãnh đạo huyện trao Giấy khen cho các tập thể có thành tích xuất sắc trong năm học 2024 – 2025",
            ),
            P(
                "Dịp này, UBND huyện đã tặng Giấy khen cho 15 tập thể và 42 cá nhân có thành tích xuất "
                "sắc trong năm học."
            ),
            _right("<b>Tác giả: Y Blin Niê</b>"),
        ],
        authors=["Y Blin Niê"],
        opts={
            "catid": 3,
            "posted": "20/06/2025 - 14:10",
            "files": ["/Upload/Files/2025/06/bao-cao-tong-ket-nam-hoc-2024-2025.pdf"],
        },
    ),
    Story(
        id=437,
        slug="lich-nghi-he-tuu-truong-2025-2026",
        title="Thông báo lịch nghỉ hè và thời gian tựu trường năm học 2025 – 2026",
        cat="7",
        published_at="2025-06-16T10:05:00+07:00",
        blocks=[
            P(
                "Phòng Giáo dục và Đào tạo thông báo đến các trường Mầm non, Tiểu học, THCS trên địa bàn "
                "huyện: học sinh nghỉ hè từ ngày 01/6/2025; cán bộ, giáo viên, nhân viên tựu trường năm "
                "học 2025 – 2026 từ ngày 18/8/2025, học sinh tựu trường từ ngày 25/8/2025."
            ),
            P("Chi tiết xem tại văn bản đính kèm."),
        ],
        opts={
            "catid": 7,
            "posted": "16/06/2025 - 10:05",
            "files": ["/Upload/Files/2025/06/TB-nghi-he-tuu-truong-2025-2026.pdf"],
        },
    ),
    Story(
        id=436,
        slug="tap-huan-gdpt-2018-nam-hoc-2025-2026",
        title="Tập huấn bồi dưỡng giáo viên thực hiện Chương trình GDPT 2018 năm học 2025 – 2026",
        cat="5",
        published_at="2025-06-12T16:45:00+07:00",
        summary=(
            "Từ ngày 09 đến 11/6, Phòng GD&ĐT phối hợp với Nhà xuất bản Giáo dục Việt Nam tổ chức tập "
            "huấn sử dụng sách giáo khoa và đổi mới phương pháp dạy học cho hơn 650 giáo viên Tiểu học "
            "và THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp tập huấn được chia thành 14 nhóm theo môn học, tổ chức tại Trường THCS Phan Bội Châu "
                "và Trường Tiểu học Lê Lợi (thị trấn Phước An). Báo cáo viên là các giảng viên, tác giả "
                "sách giáo khoa và giáo viên cốt cán của tỉnh."
            ),
            Img(
                "/Upload/Images/2025/06/tap-huan-gv-tieu-hoc.jpg",
                printed="Giáo viên Tiểu học thực hành thiết kế kế hoạch bài dạy theo nhóm",
                caption="Giáo viên Tiểu học thực hành thiết kế kế hoạch bài dạy theo nhóm",
            ),
            P("Nội dung tập huấn tập trung vào các vấn đề:"),
            P("Phân tích cấu trúc, điểm mới của sách giáo khoa các môn học;", "li"),
            P(
                "Xây dựng kế hoạch bài dạy theo Công văn 5512/BGDĐT-GDTrH và Công văn 2345/BGDĐT-GDTH;",
                "li",
            ),
            P(
                "Kiểm tra, đánh giá học sinh theo Thông tư 22/2021/TT-BGDĐT và Thông tư 27/2020/TT-BGDĐT;",
                "li",
            ),
            P("Ứng dụng công nghệ thông tin, học liệu số trong dạy học.", "li"),
            P(
                "Kết thúc đợt tập huấn, 100% học viên hoàn thành bài thu hoạch và kế hoạch bài dạy minh "
                "họa; các trường tiếp tục tổ chức sinh hoạt chuyên môn để triển khai nội dung tập huấn "
                "đến toàn thể giáo viên."
            ),
            _right("<b>Bài: Nguyễn Thị Thu Hà - Ảnh: Trần Văn Lợi</b>"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Trần Văn Lợi"],
        opts={"catid": 5, "posted": "12/06/2025 - 16:45"},
    ),
    Story(
        id=433,
        slug="trao-hoc-bong-hoc-sinh-dtts",
        title="Trao 120 suất học bổng cho học sinh dân tộc thiểu số vượt khó, học tốt",
        cat="3",
        published_at="2025-06-06T09:45:00+07:00",
        summary=(
            "Sáng 5/6, tại Hội trường UBND huyện, Phòng GD&ĐT phối hợp với Quỹ Bảo trợ trẻ em tỉnh Đắk "
            "Lắk trao 120 suất học bổng cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn, vươn lên "
            "trong học tập."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi suất học bổng trị giá 1,5 triệu đồng, kèm theo bộ đồ dùng học tập. Các em nhận học "
                "bổng đều là học sinh đạt danh hiệu học sinh giỏi, học sinh xuất sắc năm học 2024 – 2025, "
                "thuộc các xã Ea Yông, Ea Kly, Krông Búk, Ea Hiu, Vụ Bổn."
            ),
            Img(
                "/Upload/Images/2025/06/trao-hoc-bong-dtts.jpg",
                printed="Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                caption="Đại diện nhà tài trợ trao học bổng cho các em học sinh",
            ),
            P(
                "Em H'Ngọc Byă, học sinh lớp 8 Trường THCS Nguyễn Trãi (xã Ea Kly) chia sẻ: “Nhà em có 5 "
                "anh chị em, bố mẹ làm rẫy. Suất học bổng hôm nay giúp em có thêm động lực để cố gắng "
                "học tốt hơn”."
            ),
            _right("<b>Tin, ảnh: H'Luyến Êban</b>"),
        ],
        authors=["H'Luyến Êban"],
        photographers=["H'Luyến Êban"],
        opts={"catid": 3, "posted": "06/06/2025 - 09:45"},
    ),
    Story(
        id=430,
        slug="ngay-hoi-thieu-nhi-vui-khoe-2025",
        title="Ngày hội “Thiếu nhi vui khỏe – Tiến bước lên Đoàn” năm 2025",
        cat="3",
        published_at="2025-05-30T16:20:00+07:00",
        summary=(
            "Nhân dịp Quốc tế Thiếu nhi 1/6, Hội đồng Đội huyện phối hợp với Phòng GD&ĐT tổ chức Ngày "
            "hội cho hơn 800 đội viên, thiếu nhi đến từ 18 liên đội THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội gồm nhiều hoạt động sôi nổi như: thi nghi thức Đội, trò chơi dân gian, nhảy bao "
                "bố, kéo co, đẩy gậy và giao lưu văn nghệ. Đặc biệt, phần thi trình diễn trang phục "
                "truyền thống của các dân tộc Ê Đê, M’nông, Tày, Nùng… thu hút sự cổ vũ nhiệt tình của "
                "các em."
            ),
            Img(
                "/Upload/Images/2025/05/ngay-hoi-nghi-thuc-doi.jpg",
                printed="Các liên đội tham gia thi nghi thức Đội",
                caption=None,
                style="title",
            ),
            P(
                "Kết quả, Ban tổ chức trao 3 giải Nhất, 5 giải Nhì, 8 giải Ba cho các đội có thành tích "
                "cao; giải Nhất toàn đoàn thuộc về Liên đội Trường THCS Phan Bội Châu."
            ),
            Img(
                "/Upload/Images/2025/05/ngay-hoi-trang-phuc-e-de.jpg",
                printed="Tiết mục trình diễn trang phục dân tộc Ê Đê của Liên đội THCS Ngô Gia Tự",
                caption="Tiết mục trình diễn trang phục dân tộc Ê Đê của Liên đội THCS Ngô Gia Tự",
            ),
            _right("<b>Phòng GD&amp;ĐT</b>"),
        ],
        authors=["Phòng GD&ĐT"],
        opts={"catid": 3, "posted": "30/05/2025 - 16:20"},
    ),
    Story(
        id=427,
        slug="chuyen-de-stem-khtn-thcs",
        title="Chuyên đề “Dạy học STEM trong môn Khoa học tự nhiên” cấp THCS",
        cat="5",
        published_at="2025-05-27T10:30:00+07:00",
        summary=(
            "Ngày 23/5, tại Trường THCS Phan Bội Châu, Phòng GD&ĐT tổ chức chuyên đề cấp huyện về dạy "
            "học STEM trong môn Khoa học tự nhiên với sự tham gia của 72 giáo viên cốt cán các trường "
            "THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại chuyên đề, cô giáo Lê Thị Hồng Nhung thực hiện tiết dạy minh họa bài “Thiết kế mô "
                "hình hệ thống tưới nước tự động” (Khoa học tự nhiên 8). Học sinh được chia nhóm, vận "
                "dụng kiến thức về mạch điện, áp suất chất lỏng để lắp ráp mô hình từ các vật liệu dễ "
                "tìm như chai nhựa, ống hút, cảm biến độ ẩm."
            ),
            Img(
                "/Upload/Images/2025/05/stem-mo-hinh-tuoi-nuoc.jpg",
                printed="Học sinh lớp 8 Trường THCS Phan Bội Châu giới thiệu sản phẩm mô hình tưới nước tự động",
                caption="Học sinh lớp 8 Trường THCS Phan Bội Châu giới thiệu sản phẩm mô hình tưới nước tự động",
            ),
            P(
                "Sau tiết dạy, các đại biểu thảo luận về quy trình thiết kế bài học STEM, cách đánh giá "
                "năng lực học sinh qua sản phẩm và những khó khăn khi triển khai ở các trường thiếu phòng "
                "thực hành."
            ),
            P(
                "Đồng chí Nguyễn Văn Thành, Phó Trưởng phòng GD&ĐT đề nghị mỗi trường THCS xây dựng ít "
                "nhất 4 bài học STEM/khối lớp trong năm học 2025 – 2026."
            ),
            _right("<b>Tác giả: Lê Thị Hồng Nhung - Trường THCS Phan Bội Châu</b>"),
        ],
        authors=["Lê Thị Hồng Nhung"],
        opts={"catid": 5, "posted": "27/05/2025 - 10:30"},
    ),
    Story(
        id=424,
        slug="tuyen-sinh-lop-6-ptdtnt-2025-2026",
        title="Thông báo tuyển sinh vào lớp 6 Trường PTDTNT THCS huyện Krông Pắc năm học 2025 – 2026",
        cat="7",
        published_at="2025-05-22T15:00:00+07:00",
        blocks=[
            P("1. Chỉ tiêu tuyển sinh", "b"),
            P("Tổng chỉ tiêu: 70 học sinh (02 lớp), phân bổ như sau:"),
            P("TT | Dân tộc | Chỉ tiêu", "head"),
            P("1 | Ê Đê | 42", "row"),
            P("2 | M’nông, Gia Rai | 8", "row"),
            P("3 | Tày, Nùng, Thái, Mường | 14", "row"),
            P("4 | Dân tộc khác | 6", "row"),
            P("2. Đối tượng và điều kiện", "b"),
            P(
                "Học sinh là người dân tộc thiểu số mà bản thân và cha, mẹ hoặc người giám hộ có hộ khẩu "
                "thường trú từ 3 năm trở lên tại các xã, thôn, buôn đặc biệt khó khăn trên địa bàn "
                "huyện; đã hoàn thành chương trình tiểu học, trong độ tuổi quy định."
            ),
            P("3. Hồ sơ và thời gian nhận hồ sơ", "b"),
            P("Đơn xin dự tuyển (theo mẫu);", "ol"),
            P("Bản sao giấy khai sinh hợp lệ;", "ol"),
            P("Học bạ cấp tiểu học (bản chính);", "ol"),
            P("Giấy xác nhận cư trú.", "ol"),
            P(
                "Thời gian nhận hồ sơ: từ ngày 02/6/2025 đến hết ngày 20/6/2025 tại Văn phòng Trường "
                "PTDTNT THCS huyện Krông Pắc (số 18 đường Hùng Vương, thị trấn Phước An)."
            ),
        ],
        opts={
            "catid": 7,
            "posted": "22/05/2025 - 15:00",
            "files": [
                "/Upload/Files/2025/05/KH-tuyen-sinh-PTDTNT-2025-2026.pdf",
                "/Upload/Files/2025/05/Mau-don-du-tuyen-lop-6.pdf",
            ],
        },
    ),
    Story(
        id=421,
        slug="sinh-hoat-chuyen-mon-cum-3",
        title="Sinh hoạt chuyên môn theo hướng nghiên cứu bài học cụm trường Tiểu học số 3",
        cat="5",
        published_at="2025-05-19T09:10:00+07:00",
        summary=(
            "Ngày 16/5, cụm chuyên môn số 3 gồm 6 trường Tiểu học các xã Ea Phê, Ea Kuăng, Hòa Đông tổ "
            "chức sinh hoạt chuyên môn theo hướng nghiên cứu bài học tại Trường Tiểu học Nguyễn Bá "
            "Ngọc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tiết dạy minh họa môn Tiếng Việt lớp 3 bài “Em yêu buôn làng” do cô giáo H'Mai Kbuôr "
                "thực hiện. Thay vì tập trung nhận xét giáo viên, các thành viên dự giờ quan sát việc học "
                "của từng nhóm học sinh, ghi lại những thời điểm học sinh gặp khó khăn và cách các em "
                "vượt qua."
            ),
            Img(
                "../../Upload/Images/2025/05/sinh-hoat-chuyen-mon-cum-3.jpg",
                printed="Giáo viên dự giờ quan sát học sinh thảo luận nhóm",
                caption=None,
                style="title",
            ),
            P(
                "Buổi thảo luận sau tiết dạy diễn ra cởi mở. Các thầy cô thống nhất: với học sinh dân tộc "
                "thiểu số, cần tăng thời lượng cho hoạt động nói, sử dụng tranh ảnh gần gũi với cuộc "
                "sống ở buôn làng để các em mạnh dạn chia sẻ."
            ),
            _right("<b>Tác giả: Y Jô Ênuôl (Tiểu học Nguyễn Bá Ngọc)</b>"),
        ],
        authors=["Y Jô Ênuôl"],
        opts={"catid": 5, "posted": "19/05/2025 - 09:10", "nfd_sapo": True},
    ),
    Story(
        id=402,
        slug="tuyen-duong-hsg-cap-tinh-lop-9",
        title="Tuyên dương 85 học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9",
        cat="3",
        published_at="2025-04-10T10:00:00+07:00",
        summary=(
            "Chiều 8/4, UBND huyện Krông Pắc tổ chức tuyên dương, khen thưởng 85 học sinh đạt giải tại "
            "kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2024 – 2025 và 23 giáo viên có công bồi "
            "dưỡng."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm nay, đội tuyển của huyện gồm 120 học sinh dự thi 5 môn. Kết quả có 85 em đạt giải "
                "(tăng 11 giải so với năm học trước), trong đó có 6 giải Nhất, 17 giải Nhì, 29 giải Ba "
                "và 33 giải Khuyến khích."
            ),
            P("Kết quả theo môn thi", "b"),
            P("Môn | Nhất | Nhì | Ba | Khuyến khích", "head"),
            P("Ngữ văn | 1 | 3 | 5 | 6", "row"),
            P("Toán | 2 | 2 | 4 | 5", "row"),
            P("Tiếng Anh | 1 | 4 | 6 | 4", "row"),
            P("Khoa học tự nhiên | 1 | 5 | 7 | 9", "row"),
            P("Lịch sử và Địa lí | 1 | 3 | 7 | 9", "row"),
            Img(
                "/Upload/Images/2025/04/tuyen-duong-hsg-lop-9.jpg",
                printed="Lãnh đạo UBND huyện trao thưởng cho các em đạt giải Nhất",
                caption="Lãnh đạo UBND huyện trao thưởng cho các em đạt giải Nhất",
            ),
            P(
                "Tổng số tiền thưởng hơn 150 triệu đồng, trích từ ngân sách huyện và Quỹ Khuyến học "
                "huyện."
            ),
            _right("<b>Hoàng Gia</b>"),
            _right("Nguồn: Báo Đắk Lắk"),
        ],
        authors=["Hoàng Gia"],
        source="Báo Đắk Lắk",
        opts={"catid": 3, "posted": "10/04/2025 - 10:00"},
    ),
    Story(
        id=395,
        slug="hoi-thi-gvdg-tieu-hoc-2024-2025",
        title="Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2024 – 2025",
        cat="3",
        published_at="2025-03-14T08:20:00+07:00",
        summary=(
            "Từ ngày 03 đến 12/3, Phòng GD&ĐT tổ chức Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu "
            "học với 96 giáo viên đến từ 33 trường tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện 2 "
                "tiết dạy thực hành (1 tiết môn Tiếng Việt hoặc Toán, 1 tiết môn tự chọn). Ban Giám khảo "
                "gồm 24 thành viên là cán bộ quản lý, giáo viên cốt cán có nhiều kinh nghiệm."
            ),
            Img(
                "../../Upload/Images/2025/03/gvdg-tieu-hoc-toan-4.jpg",
                printed="Tiết dạy môn Toán lớp 4 của cô giáo Phạm Thị Ngọc Ánh, Trường Tiểu học Lê Lợi",
                caption="Tiết dạy môn Toán lớp 4 của cô giáo Phạm Thị Ngọc Ánh, Trường Tiểu học Lê Lợi",
            ),
            P(
                "Kết quả, 71 giáo viên được công nhận Giáo viên dạy giỏi cấp huyện; 10 giáo viên có kết "
                "quả cao nhất được chọn tham gia Hội thi cấp tỉnh."
            ),
            P(
                "Hội thi là dịp để giáo viên giao lưu, học hỏi, lan tỏa những cách làm hay trong đổi mới "
                "phương pháp dạy học, góp phần nâng cao chất lượng giáo dục Tiểu học trên địa bàn huyện."
            ),
            _right("<b>ThS. Phạm Quang Vinh</b>"),
        ],
        authors=["Phạm Quang Vinh"],
        opts={"catid": 3, "posted": "14/03/2025 - 08:20"},
    ),
    Story(
        id=392,
        slug="hoi-thao-tieng-anh-tieu-hoc",
        title="Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh cấp Tiểu học",
        cat="5",
        published_at="2025-03-05T14:30:00+07:00",
        blocks=[
            P(
                "Ngày 28/02/2025, Phòng GD&ĐT tổ chức hội thảo nâng cao chất lượng dạy học môn Tiếng Anh "
                "cấp Tiểu học tại Trường Tiểu học Hoàng Hoa Thám. Tham dự có 45 giáo viên Tiếng Anh và "
                "đại diện Ban giám hiệu các trường Tiểu học."
            ),
            P("Các tham luận tập trung vào những giải pháp:"),
            P(
                "Tổ chức câu lạc bộ Tiếng Anh, ngày hội Tiếng Anh để tạo môi trường giao tiếp cho học "
                "sinh;",
                "li",
            ),
            P("Khai thác hiệu quả phần mềm, học liệu điện tử đi kèm sách giáo khoa;", "li"),
            P("Phối hợp với cha mẹ học sinh trong việc ôn luyện từ vựng ở nhà;", "li"),
            P("Bồi dưỡng giáo viên về phương pháp dạy học phát triển kỹ năng nghe – nói.", "li"),
            P(
                "Hội thảo cũng chỉ ra khó khăn lớn nhất hiện nay là thiếu giáo viên: toàn huyện mới có "
                "38/52 giáo viên Tiếng Anh theo định mức, nhiều giáo viên phải dạy liên trường.",
                "nfd",
            ),
            _right("<b>Bộ phận chuyên môn Tiểu học</b>"),
        ],
        authors=["Bộ phận chuyên môn Tiểu học"],
        opts={"catid": 5, "posted": "05/03/2025 - 14:30"},
    ),
    Story(
        id=388,
        slug="tet-trong-cay-xuan-at-ty-2025",
        title="Các trường học ra quân Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân Ất Tỵ 2025",
        cat="3",
        published_at="2025-02-20T07:50:00+07:00",
        summary=(
            "Hưởng ứng Tết trồng cây “Đời đời nhớ ơn Bác Hồ”, trong tháng 2/2025, các trường học trên "
            "địa bàn huyện đã trồng hơn 2.300 cây xanh các loại trong khuôn viên trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại Trường THCS Ngô Gia Tự (xã Ea Kênh), đoàn viên, đội viên trồng 120 cây sao đen, bằng "
                "lăng dọc lối đi và khu vườn trường. Nhiều trường vận động cha mẹ học sinh ủng hộ cây "
                "giống, vật tư, tạo mảng xanh cho sân trường."
            ),
            Img(
                "/Upload/Images/2025/02/tet-trong-cay-ngo-gia-tu.jpg",
                printed="Đội viên Trường THCS Ngô Gia Tự trồng cây trong khuôn viên trường",
                caption="Đội viên Trường THCS Ngô Gia Tự trồng cây trong khuôn viên trường",
            ),
            P(
                "Phong trào góp phần xây dựng trường học xanh – sạch – đẹp – an toàn, giáo dục học sinh "
                "ý thức bảo vệ môi trường."
            ),
            _right("<i>Nguồn: Cổng Thông tin điện tử huyện Krông Pắc</i>"),
        ],
        source="Cổng Thông tin điện tử huyện Krông Pắc",
        opts={"catid": 3, "posted": "20/02/2025 - 07:50"},
    ),
    Story(
        id=381,
        slug="tang-qua-tet-hoc-sinh-ea-yieng",
        title="Thăm, tặng quà Tết cho học sinh có hoàn cảnh khó khăn tại xã Ea Yiêng",
        cat="3",
        published_at="2025-01-17T16:00:00+07:00",
        summary=(
            "Chiều 16/1, đoàn công tác của Phòng GD&ĐT do đồng chí Hồ Sĩ Thịnh, Trưởng phòng làm trưởng "
            "đoàn đã đến thăm, tặng 60 suất quà Tết cho học sinh có hoàn cảnh đặc biệt khó khăn tại "
            "Trường Tiểu học và THCS xã Ea Yiêng."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi suất quà gồm 500.000 đồng tiền mặt, áo ấm và bánh kẹo, do cán bộ, công chức Phòng "
                "GD&ĐT và các nhà hảo tâm đóng góp. Đây là hoạt động thường niên nhằm giúp các em có thêm "
                "điều kiện đón Tết Nguyên đán Ất Tỵ 2025 đầy đủ, ấm áp."
            ),
            Img(
                "/Upload/Images/2025/01/tang-qua-tet-ea-yieng.jpg",
                printed="Đồng chí Hồ Sĩ Thịnh, Trưởng phòng GD&ĐT trao quà Tết cho học sinh xã Ea Yiêng",
                caption="Đồng chí Hồ Sĩ Thịnh, Trưởng phòng GD&ĐT trao quà Tết cho học sinh xã Ea Yiêng",
            ),
            _right("<b>Bài và ảnh: Phan Thị Mỹ Linh</b>"),
        ],
        authors=["Phan Thị Mỹ Linh"],
        photographers=["Phan Thị Mỹ Linh"],
        opts={"catid": 3, "posted": "17/01/2025 - 16:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: newest first: the order of every list the platform prints (``OrderByDescending(NgayDang)``)
NEWEST = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)


def _catid(story: Story) -> int:
    return story.opts["catid"]


# --- gold (written by hand: the category list's link, the other addresses as alt_paths) -----

GOLD = [
    gold_record(
        BY_ID[i],
        f"/Home/ChiTiet?id={i}&catid={c}",
        CATS[c],
        alt_paths=_alts(i, c),
    )
    for i, c in [
        (438, 3),
        (437, 7),
        (436, 5),
        (433, 3),
        (430, 3),
        (427, 5),
        (424, 7),
        (421, 5),
        (402, 3),
        (395, 3),
        (392, 5),
        (388, 3),
        (381, 3),
    ]
]

#: the articles no plain link reaches: only the partial view's page 2+ lists them
ONLY_VIA_PARTIAL = (395, 392, 388, 381)


# --- documents and static pages (not articles) ------------------------------------------------

DOCUMENTS = [
    {
        "id": 61,
        "so": "412/PGDĐT-GDTH",
        "ngay": "10/06/2025",
        "trich_yeu": "V/v hướng dẫn tổ chức các hoạt động hè năm 2025 cho học sinh Tiểu học",
        "loai": "Công văn",
        "nguoi_ky": "Hồ Sĩ Thịnh",
        "file": "/Upload/Files/VanBan/2025/412-PGDDT-GDTH.pdf",
    },
    {
        "id": 59,
        "so": "365/KH-PGDĐT",
        "ngay": "20/05/2025",
        "trich_yeu": "Kế hoạch tuyển sinh vào lớp 1, lớp 6 năm học 2025 – 2026",
        "loai": "Kế hoạch",
        "nguoi_ky": "Hồ Sĩ Thịnh",
        "file": "/Upload/Files/VanBan/2025/365-KH-PGDDT.pdf",
    },
    {
        "id": 54,
        "so": "210/PGDĐT-THCS",
        "ngay": "18/03/2025",
        "trich_yeu": "V/v tổ chức kiểm tra, đánh giá cuối học kỳ II năm học 2024 – 2025 cấp THCS",
        "loai": "Công văn",
        "nguoi_ky": "Nguyễn Văn Thành",
        "file": "/Upload/Files/VanBan/2025/210-PGDDT-THCS.pdf",
    },
]

NON_ARTICLES = [
    "/Home/ChiTietVanBan?id=61",
    "/Home/ChiTietVanBan?id=59",
    "/Home/ChiTietVanBan?id=54",
    "/Home/GioiThieu",
    "/Home/LienHe",
]


# --- the article body as TinyMCE stored it ----------------------------------------------------


def _t(value: str) -> str:
    """Text as TinyMCE serialises it: ``&``, ``<``, ``>`` escaped, quotes left alone."""
    return _html.escape(value, quote=False)


def _cells(row: str, head: bool) -> str:
    cells = []
    for i, cell in enumerate(row.split(" | ")):
        inner = f"<b>{_t(cell)}</b>" if head else _t(cell)
        align = "left" if i == 1 and not head else "center"
        cells.append(f'<td style="text-align: {align};">{inner}</td>')
    return "<tr>" + "".join(cells) + "</tr>"


def _image(img: Img) -> str:
    title = f' title="{esc(img.printed)}"' if img.style == "title" and img.printed else ""
    out = (
        f'<p style="text-align: center;"><img src="{img.src}" alt="" width="700" height="467"'
        f"{title} /></p>"
    )
    if img.style == "next" and img.printed:
        out += (
            '\n<p style="text-align: center;"><span style="font-size: 10pt;">'
            f"<i>{_t(img.printed)}</i></span></p>"
        )
    return out


def content_html(story: Story) -> str:
    """The ``content-detail`` markup: TinyMCE paragraphs, tables, lists, photos and bylines."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("head", "row"):
            rows = []
            while (
                i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("head", "row")
            ):
                rows.append(_cells(blocks[i].text, blocks[i].style == "head"))
                i += 1
            out.append(
                '<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>\n'
                + "\n".join(rows)
                + "\n</tbody></table>"
            )
            continue
        if isinstance(block, P) and block.style in ("li", "ol"):
            tag = "ul" if block.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == block.style:
                items.append(f"<li>{_t(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        if isinstance(block, P):
            if block.style == "b":
                out.append(f'<p style="text-align: justify;"><b>{_t(block.text)}</b></p>')
            elif block.style == "nfd":
                out.append(f'<p style="text-align: justify;">{_t(nfd(block.text))}</p>')
            else:
                out.append(f'<p style="text-align: justify;">{_t(block.text)}</p>')
        elif isinstance(block, Img):
            out.append(_image(block))
        elif isinstance(block, Raw):
            out.append(block.html)
        i += 1
    return tinymce("\n".join(out))


def _image_path(src: str) -> str:
    """Where a TinyMCE ``src`` (absolute or ``../../``-relative) points from /Home/ChiTiet."""
    return "/" + src.lstrip("./") if src.startswith("..") else src


def _thumb(story: Story) -> str:
    return f"/Upload/Thumbs/{story.slug}.jpg" if story.images else "/images/no-image.jpg"


def _desc(story: Story) -> str:
    """The list's description: ``MoTa`` cut at 160 characters by the vendor (none without sapo)."""
    if not story.summary:
        return ""
    value = nfd(story.summary) if story.opts.get("nfd_sapo") else story.summary
    return value if len(value) <= 160 else value[:160] + "..."


def _day(story: Story) -> str:
    return story.opts["posted"].split(" - ")[0]


# --- the layout (_Layout.cshtml) --------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    ("/Home/GioiThieu", "Giới thiệu", []),
    (
        "javascript:void(0)",
        "Tin tức",
        [("/Home/DanhMuc?catid=3", CATS[3]), ("/Home/DanhMuc?catid=5", CATS[5])],
    ),
    ("/Home/DanhMuc?catid=7", CATS[7], []),
    (
        "javascript:void(0)",
        "Văn bản",
        [
            ("/Home/DanhMuc?catid=9", CATS[9]),
            (
                "javascript:void(0)\" onclick=\"alert('Chức năng đang được cập nhật!')",
                "Lịch công tác",
            ),
        ],
    ),
    ("/Home/LienHe", "Liên hệ", []),
]


def _menu() -> str:
    """The menu ViewComponent: labels from the Menu table, so Razor-encoded."""
    items = []
    for href, label, subs in _MENU:
        if subs:
            sub = "".join(f'<li><a href="{h}">{razor(t)}</a></li>' for h, t in subs)
            items.append(
                f'<li class="dropdown"><a href="{href}">{razor(label)} <i class="fa fa-caret-down"></i></a>'
                f'<ul class="sub-menu">{sub}</ul></li>'
            )
        else:
            icon = '<i class="fa fa-home"></i> ' if href == "/" else ""
            items.append(f'<li><a href="{href}">{icon}{razor(label)}</a></li>')
    return (
        '<nav class="main-menu"><div class="container"><ul class="menu">'
        + "".join(items)
        + "</ul></div></nav>"
    )


def _marquee() -> str:
    links = " ".join(
        f'<a href="{article_href(s.id, 0)}">{razor(s.title)}</a> <img src="/images/new.gif" alt="" />'
        for s in NEWEST[:5]
    )
    return (
        '<div class="marquee-news"><div class="container"><span class="label-marquee">Tin mới:</span>'
        '<marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop()" '
        f'onmouseout="this.start()">{links}</marquee></div></div>'
    )


def _sidebar() -> str:
    notices = "".join(
        f'<li><a href="{article_href(s.id, 7)}">{razor(s.title)}</a> <span class="date">({_day(s)})</span></li>'
        for s in NEWEST
        if _catid(s) == 7
    )
    docs = "".join(
        f'<li><a href="/Home/ChiTietVanBan?id={d["id"]}">{razor(d["so"])}</a>: {razor(d["trich_yeu"])}</li>'
        for d in DOCUMENTS
    )
    return f"""<div class="box-right">
  <h4 class="box-title"><i class="fa fa-bullhorn"></i> Thông báo</h4>
  <ul class="list-notice">{notices}</ul>
</div>
<div class="box-right">
  <h4 class="box-title"><i class="fa fa-file-text-o"></i> Văn bản mới</h4>
  <ul class="list-doc">{docs}</ul>
  <a class="view-all" href="/Home/DanhMuc?catid=9">Xem tất cả »</a>
</div>
<div class="box-right">
  <h4 class="box-title"><i class="fa fa-link"></i> Liên kết</h4>
  <select class="form-control" onchange="if (this.value != '') window.open(this.value, '_blank');">
    <option value="">-- Liên kết website --</option>
    <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
    <option value="https://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>
    <option value="https://krongpac.daklak.gov.vn">Cổng TTĐT huyện Krông Pắc</option>
    <option value="https://taphuan.csdl.edu.vn">Hệ thống tập huấn giáo viên</option>
    <option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option>
  </select>
</div>
<div class="box-right banner-right">
  <a href="https://dichvucong.gov.vn" target="_blank"><img src="/images/banner-dichvucong.jpg" alt="Cổng dịch vụ công quốc gia" /></a>
  <a href="https://vnedu.vn" target="_blank"><img src="/images/banner-vnedu.png" alt="vnEdu" /></a>
  <a href="https://hocbaionline.vn" target="_blank"><img src="/images/banner-hocbaiso.png" alt="Học bạ số" /></a>
</div>
<div class="box-right">
  <h4 class="box-title"><i class="fa fa-bar-chart"></i> Thống kê truy cập</h4>
  <ul class="counter">
    <li><i class="fa fa-circle online"></i> Đang online: <b>9</b></li>
    <li><i class="fa fa-calendar-o"></i> Hôm nay: <b>301</b></li>
    <li><i class="fa fa-users"></i> Tổng: <b>98.120</b></li>
  </ul>
</div>"""


def layout(title: str, main: str, *, head: str = "", scripts: str = "") -> str:
    """``_Layout.cshtml``: ``ViewData["Title"]`` is Razor-encoded, the rest is typed in the view."""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{razor(title)} - Phòng GD&amp;ĐT Krông Pắc</title>
    {head}
    <link rel="shortcut icon" href="/favicon.ico" />
    <link rel="stylesheet" href="/lib/font-awesome/css/font-awesome.min.css" />
    <link rel="stylesheet" href="/css/site.css?v=Kx3Ua9mRr0yVt2oQ1pLh7EwZJ0cB5nTq4dG8sFv6YkM" />
</head>
<body>
<div class="top-bar">
  <div class="container">
    <span class="today"><i class="fa fa-calendar"></i> {razor(TODAY)}</span>
    <div class="top-right">
      <form class="form-search" action="/Home/TimKiem" method="get">
        <input type="text" name="tukhoa" placeholder="Nhập từ khóa tìm kiếm..." />
        <button type="submit"><i class="fa fa-search"></i></button>
      </form>
      <a class="login" href="/Account/Login"><i class="fa fa-user"></i> Đăng nhập</a>
    </div>
  </div>
</div>
<header class="banner">
  <div class="container"><a href="/"><img src="/images/banner-pgd-krongpac.jpg" alt="Phòng Giáo dục và Đào tạo huyện Krông Pắc" /></a></div>
</header>
{_menu()}
{_marquee()}
<div class="container main-body">
  <div class="row">
    <div class="col-md-8 col-left">
{main}
    </div>
    <div class="col-md-4 col-right">
{_sidebar()}
    </div>
  </div>
</div>
<footer class="footer">
  <div class="container">
    <p class="footer-name">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KRÔNG PẮC</p>
    <p>Địa chỉ: Số 05 đường Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk</p>
    <p>Điện thoại: 0262.3521.148 - Email: pgdkrongpac@daklak.edu.vn</p>
    <p>Chịu trách nhiệm chính: Ông Hồ Sĩ Thịnh - Trưởng phòng</p>
    <p>Bản quyền thuộc Phòng Giáo dục và Đào tạo huyện Krông Pắc. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
    <p class="design">Thiết kế bởi <a href="https://taynguyensoft.vn" target="_blank">Công ty TNHH Giải pháp Phần mềm Tây Nguyên</a></p>
  </div>
</footer>
<a href="javascript:void(0)" id="back-to-top" onclick="$('html, body').animate({{ scrollTop: 0 }}, 400);"><i class="fa fa-angle-up"></i></a>
<script src="/lib/jquery/dist/jquery.min.js"></script>
<script src="/js/site.js?v=pQ7c2Lm0Zr8nYw4tXa1Vb6kHs3eJd9Uf5gTo2RiNq0E"></script>
{scripts}
</body>
</html>
"""


# --- views ------------------------------------------------------------------------------------


def _breadcrumb(*items: tuple[str | None, str]) -> str:
    parts = ['<a href="/"><i class="fa fa-home"></i> Trang chủ</a>']
    for href, label in items:
        parts.append(
            f'<a href="{href}">{razor(label)}</a>' if href else f"<span>{razor(label)}</span>"
        )
    return '<div class="breadcrumb-news">' + ' <span class="sep">»</span> '.join(parts) + "</div>"


def item_news(story: Story, catid: int) -> str:
    """``_ItemTin.cshtml``: one entry of every list (category, partial, search)."""
    href = article_href(story.id, catid)
    return f"""<div class="item-news">
    <div class="img-news"><a href="{href}"><img src="{_thumb(story)}" alt="{razor(story.title)}" /></a></div>
    <div class="info-news">
        <a class="title-news" href="{href}">{razor(story.title)}</a>
        <div class="date-news"><i class="fa fa-calendar"></i> {_day(story)}</div>
        <div class="des-news">{razor(_desc(story))}</div>
    </div>
</div>
"""


def category_stories(catid: int) -> list[Story]:
    return [s for s in NEWEST if _catid(s) == catid]


def page_count(catid: int) -> int:
    return -(-len(category_stories(catid)) // PAGE_SIZE)


def partial_list(catid: int, page: int) -> str:
    """``_DanhSachTin.cshtml``: the items of one page, nothing else ("" for no items)."""
    if page < 1:
        return ""
    chunk = category_stories(catid)[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    return "".join(item_news(s, catid) for s in chunk)


def _pager(catid: int) -> str:
    pages = page_count(catid)
    if pages <= 1:
        return ""
    active = ' class="active"'
    lis = [
        f'<li{active if n == 1 else ""} data-page="{n}"><a href="javascript:void(0)" '
        f'onclick="loadPage({n}, {catid})">{n}</a></li>'
        for n in range(1, pages + 1)
    ]
    lis.append(
        f'<li><a href="javascript:void(0)" onclick="loadPage({pages}, {catid})" title="Trang cuối">»</a></li>'
    )
    return '<ul class="pager-ajax">' + "".join(lis) + "</ul>"


SITE_JS = """// site.js - TNSoft Portal v2.3 (c) 2023
$(function () {
    $('.main-menu .dropdown').hover(function () {
        $(this).children('.sub-menu').stop(true, true).slideDown(150);
    }, function () {
        $(this).children('.sub-menu').stop(true, true).slideUp(150);
    });
    $(window).scroll(function () {
        if ($(this).scrollTop() > 300) { $('#back-to-top').fadeIn(); } else { $('#back-to-top').fadeOut(); }
    });
});

function loadPage(page, catid) {
    $('#list-news').addClass('loading');
    $.get('/Home/_DanhSachTin?catid=' + catid + '&page=' + page, function (html) {
        $('#list-news').html(html).removeClass('loading');
        $('.pager-ajax li').removeClass('active');
        $('.pager-ajax li[data-page="' + page + '"]').addClass('active');
        $('html, body').animate({ scrollTop: $('#list-news').offset().top - 80 }, 300);
    });
}
"""

_INLINE_PAGER = """<script>
    var currentCatId = {catid};
    var totalPage = {pages};
    function loadPage(page, catid) {{
        $.get('/Home/_DanhSachTin?catid=' + catid + '&page=' + page, function (html) {{
            $('#list-news').html(html);
            $('.pager-ajax li').removeClass('active');
            $('.pager-ajax li[data-page="' + page + '"]').addClass('active');
        }});
    }}
</script>"""


def category_page(catid: int) -> str:
    name = CATS[catid]
    if catid == 9:
        return documents_page()
    main = f"""{_breadcrumb((None, name))}
<div class="title-cat">{razor(name)}</div>
<div id="list-news" class="list-news">
{partial_list(catid, 1)}</div>
{_pager(catid)}"""
    scripts = (
        _INLINE_PAGER.format(catid=catid, pages=page_count(catid)) if page_count(catid) > 1 else ""
    )
    return layout(name, main, scripts=scripts)


def article_page(story: Story, catid: int, request: Request) -> str:
    cat = _catid(story)
    host = base_url(request)
    og_url = f"{host}/Home/ChiTiet?id={story.id}"
    first = story.images[0].src if story.images else None
    og_image = (
        f'\n    <meta property="og:image" content="{host}{_image_path(first)}" />' if first else ""
    )
    sapo = story.summary or ""
    if story.opts.get("nfd_sapo"):
        sapo = nfd(sapo)
    head = f"""<meta name="description" content="{razor(sapo)}" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{razor(story.title)}" />
    <meta property="og:description" content="{razor(sapo)}" />
    <meta property="og:url" content="{og_url}" />{og_image}
    <meta property="og:site_name" content="Phòng GD&amp;ĐT Krông Pắc" />"""
    files = ""
    if story.opts.get("files"):
        links = "".join(
            f'<li><a href="{f}" target="_blank"><i class="fa fa-paperclip"></i> {f.rsplit("/", 1)[1]}</a></li>'
            for f in story.opts["files"]
        )
        files = f'\n  <div class="file-detail"><b>Tệp đính kèm:</b><ul>{links}</ul></div>'
    related = "".join(
        f'<li><a href="{article_href(s.id, cat)}">{razor(s.title)}</a> <span class="date">({_day(s)})</span></li>'
        for s in [s for s in NEWEST if s.id != story.id][:8]
    )
    sapo_div = f'\n  <div class="sapo-detail">{razor(sapo)}</div>' if sapo else ""
    main = f"""{_breadcrumb((f"/Home/DanhMuc?catid={cat}", CATS[cat]))}
<input type="hidden" id="hdCatId" value="{catid}" />
<div class="detail-news">
  <div class="title-detail">{razor(story.title)}</div>
  <div class="date-detail"><i class="fa fa-clock-o"></i> Ngày đăng: {story.opts["posted"]} | Lượt xem: {story.views()}</div>{sapo_div}
  <div class="content-detail">
{content_html(story)}
  </div>{files}
  <div class="tool-detail">
    <a href="javascript:window.print()"><i class="fa fa-print"></i> In trang</a>
    <a href="javascript:history.back()"><i class="fa fa-reply"></i> Quay lại</a>
    <div class="fb-share-button" data-href="{og_url}" data-layout="button_count"></div>
  </div>
  <div class="related-news">
    <div class="title-related">Tin liên quan</div>
    <ul>{related}</ul>
  </div>
</div>"""
    return layout(story.title, main, head=head)


def home_page() -> str:
    top, rest = NEWEST[0], NEWEST[1:6]
    others = "".join(
        f'<li><a href="{article_href(s.id, 0)}">{razor(s.title)}</a> <span class="date">({_day(s)})</span></li>'
        for s in rest
    )
    pro = "".join(item_news(s, 5) for s in category_stories(5)[:3])
    main = f"""<div class="box-home">
  <div class="title-box-home"><span>Tin mới</span></div>
  <div class="hot-news">
    <a href="{article_href(top.id, 0)}"><img src="{_thumb(top)}" alt="{razor(top.title)}" /></a>
    <a class="title-hot" href="{article_href(top.id, 0)}">{razor(top.title)}</a>
    <div class="des-news">{razor(_desc(top))}</div>
  </div>
  <ul class="list-new">{others}</ul>
</div>
<div class="box-home">
  <div class="title-box-home"><a href="/Home/DanhMuc?catid=5">{razor(CATS[5])}</a></div>
  <div class="list-news">
{pro}  </div>
</div>"""
    return layout("Trang chủ", main)


def documents_page() -> str:
    rows = "".join(
        f"""<tr>
      <td><a href="/Home/ChiTietVanBan?id={d["id"]}">{razor(d["so"])}</a></td>
      <td class="text-center">{d["ngay"]}</td>
      <td><a href="/Home/ChiTietVanBan?id={d["id"]}">{razor(d["trich_yeu"])}</a></td>
      <td class="text-center"><a href="{d["file"]}" target="_blank" title="Tải về"><i class="fa fa-download"></i></a></td>
    </tr>"""
        for d in DOCUMENTS
    )
    main = f"""{_breadcrumb((None, CATS[9]))}
<div class="title-cat">{razor(CATS[9])}</div>
<table class="table table-bordered table-vanban">
  <thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
  <tbody>
    {rows}
  </tbody>
</table>"""
    return layout(CATS[9], main)


def document_page(doc: dict) -> str:
    fields = [
        ("Số/Ký hiệu", razor(doc["so"])),
        ("Ngày ban hành", doc["ngay"]),
        ("Loại văn bản", razor(doc["loai"])),
        ("Cơ quan ban hành", razor(OFFICE)),
        ("Người ký", razor(doc["nguoi_ky"])),
        ("Trích yếu", razor(doc["trich_yeu"])),
        (
            "File đính kèm",
            f'<a href="{doc["file"]}" target="_blank"><i class="fa fa-download"></i> Tải về</a>',
        ),
    ]
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields)
    main = f"""{_breadcrumb(("/Home/DanhMuc?catid=9", CATS[9]))}
<div class="title-cat">Thông tin văn bản</div>
<table class="table table-bordered table-chitiet-vanban">{rows}</table>
<a class="btn-back" href="/Home/DanhMuc?catid=9">« Danh sách văn bản</a>"""
    return layout(doc["so"], main)


_GIOI_THIEU = [
    ("b", "Vị trí, chức năng"),
    (
        "",
        "Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Krông Pắc, có "
        "chức năng tham mưu, giúp Ủy ban nhân dân huyện thực hiện chức năng quản lý nhà nước về giáo "
        "dục và đào tạo trên địa bàn huyện.",
    ),
    ("b", "Lãnh đạo phòng"),
    ("li", "Ông Hồ Sĩ Thịnh – Trưởng phòng"),
    ("li", "Ông Nguyễn Văn Thành – Phó Trưởng phòng phụ trách THCS"),
    ("li", "Bà Trần Thị Kim Huệ – Phó Trưởng phòng phụ trách Mầm non, Tiểu học"),
    ("b", "Quy mô trường lớp"),
    (
        "",
        "Năm học 2024 – 2025, Phòng GD&ĐT quản lý 78 trường công lập (27 trường Mầm non, 33 trường "
        "Tiểu học, 18 trường THCS) và 4 cơ sở giáo dục ngoài công lập.",
    ),
]


def about_page() -> str:
    parts = []
    for style, value in _GIOI_THIEU:
        if style == "b":
            parts.append(f"<p><b>{_t(value)}</b></p>")
        elif style == "li":
            parts.append(f"<p>- {_t(value)}</p>")
        else:
            parts.append(f'<p style="text-align: justify;">{_t(value)}</p>')
    main = f"""{_breadcrumb((None, "Giới thiệu"))}
<div class="title-cat">Giới thiệu</div>
<div class="content-detail">
{tinymce(chr(10).join(parts))}
</div>"""
    return layout("Giới thiệu", main)


def contact_page(sent: bool = False) -> str:
    notice = (
        '<div class="alert alert-success">Gửi liên hệ thành công. Xin cảm ơn!</div>' if sent else ""
    )
    token = opaque("lienhe-token", 72)
    main = f"""{_breadcrumb((None, "Liên hệ"))}
<div class="title-cat">Liên hệ</div>
<div class="contact-info">
  <p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KRÔNG PẮC</b></p>
  <p>Địa chỉ: Số 05 đường Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk</p>
  <p>Điện thoại: 0262.3521.148 - Fax: 0262.3521.149</p>
  <p>Email: pgdkrongpac@daklak.edu.vn</p>
</div>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3892.5!2d108.3!3d12.7" width="100%" height="300" style="border:0;" loading="lazy"></iframe>
{notice}
<form class="form-contact" action="/Home/LienHe" method="post">
  <input name="__RequestVerificationToken" type="hidden" value="{token}" />
  <div class="form-group"><label for="HoTen">Họ và tên</label><input class="form-control" type="text" id="HoTen" name="HoTen" /></div>
  <div class="form-group"><label for="Email">Email</label><input class="form-control" type="email" id="Email" name="Email" /></div>
  <div class="form-group"><label for="NoiDung">Nội dung</label><textarea class="form-control" id="NoiDung" name="NoiDung" rows="5"></textarea></div>
  <button type="submit" class="btn btn-primary">Gửi liên hệ</button>
</form>"""
    return layout("Liên hệ", main)


def search_page(keyword: str) -> str:
    if not keyword.strip():
        body = '<p class="no-result">Vui lòng nhập từ khóa tìm kiếm.</p>'
    else:
        needle = unicodedata.normalize("NFC", keyword).strip().lower()
        found = [s for s in NEWEST if needle in s.title.lower()]
        items = "".join(item_news(s, _catid(s)) for s in found)
        body = (
            f'<p class="count-result">Tìm thấy {len(found)} kết quả</p>\n<div class="list-news">\n{items}</div>'
            if found
            else '<p class="no-result">Không tìm thấy kết quả nào phù hợp.</p>'
        )
    main = f"""{_breadcrumb((None, "Tìm kiếm"))}
<div class="title-cat">Kết quả tìm kiếm: {razor(keyword)}</div>
{body}"""
    return layout("Tìm kiếm", main)


def login_page(failed: bool = False) -> str:
    error = (
        '<div class="text-danger validation-summary-errors"><ul><li>Tên đăng nhập hoặc mật khẩu '
        "không đúng.</li></ul></div>"
        if failed
        else ""
    )
    token = opaque("login-token", 72)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <title>Đăng nhập hệ thống - Phòng GD&amp;ĐT Krông Pắc</title>
    <link rel="stylesheet" href="/css/login.css" />
</head>
<body class="login-page">
<div class="login-box">
  <img src="/images/logo-tnsoft.png" alt="TNSoft Portal" />
  <div class="login-title">ĐĂNG NHẬP HỆ THỐNG QUẢN TRỊ</div>
  {error}
  <form action="/Account/Login" method="post">
    <input name="__RequestVerificationToken" type="hidden" value="{token}" />
    <div class="form-group"><input class="form-control" type="text" name="UserName" placeholder="Tên đăng nhập" /></div>
    <div class="form-group"><input class="form-control" type="password" name="Password" placeholder="Mật khẩu" /></div>
    <div class="checkbox"><label><input type="checkbox" name="RememberMe" value="true" /> Ghi nhớ đăng nhập</label></div>
    <button type="submit" class="btn btn-primary btn-block">Đăng nhập</button>
  </form>
  <a href="/">« Về trang chủ</a>
</div>
</body>
</html>
"""


# --- the application ----------------------------------------------------------------------------

_INT = re.compile(r"-?\d{1,9}")
#: the attachments and documents' files the server has on disk
FILES = {f for s in STORIES for f in s.opts.get("files", [])} | {d["file"] for d in DOCUMENTS}
_STATIC_PREFIXES = ("/images/", "/upload/images/", "/upload/thumbs/", "/css/", "/js/", "/lib/")


def _int(value: str | None) -> int | None:
    """ASP.NET Core's model binding of an ``int``: digits or nothing."""
    return int(value) if value is not None and _INT.fullmatch(value.strip()) else None


class Site:
    """Conventional routing ``{controller=Home}/{action=Index}``, case-insensitive, as Kestrel
    answers behind IIS; query keys are case-insensitive too."""

    def respond(self, request: Request) -> Response | None:
        route = request.path.rstrip("/").lower() or "/"
        params = {k.lower(): v for k, v in request.params.items()}
        if route in ("/", _HOME, f"{_HOME}/index"):
            return html(home_page())
        if route == f"{_HOME}/chitiet":
            story = BY_ID.get(_int(params.get("id")) or 0)
            if story is None:
                return None
            return html(article_page(story, _int(params.get("catid")) or 0, request))
        if route == f"{_HOME}/danhmuc":
            catid = _int(params.get("catid"))
            if catid not in CATS:
                return None
            return html(category_page(catid))
        if route == f"{_HOME}/_danhsachtin":
            return self._partial(params)
        if route == f"{_HOME}/chitietvanban":
            doc = next((d for d in DOCUMENTS if d["id"] == _int(params.get("id"))), None)
            return html(document_page(doc)) if doc else None
        if route == f"{_HOME}/gioithieu":
            return html(about_page())
        if route == f"{_HOME}/lienhe":
            return html(contact_page(sent=request.method == "POST"))
        if route == f"{_HOME}/timkiem":
            return html(search_page(params.get("tukhoa", "")))
        if route == "/account/login":
            return html(login_page(failed=request.method == "POST"))
        if route == "/js/site.js":
            return Response(200, SITE_JS, {"Content-Type": "application/javascript"})
        if route.startswith("/upload/files/"):
            known = {f.lower(): f for f in FILES}
            if route in known:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if route == "/favicon.ico" or route.startswith(_STATIC_PREFIXES):
            return static_file(request.path)
        return None

    @staticmethod
    def _partial(params: dict[str, str]) -> Response:
        """``_DanhSachTin(int? catid, int? page)``: 400 without both, else the items ("" if none)."""
        catid, page = _int(params.get("catid")), _int(params.get("page"))
        if catid is None or page is None:
            return Response(400, b"")
        if catid not in NEWS_CATS:
            return html("")
        return html(partial_list(catid, page))


def build_site() -> Site:
    return Site()
