"""Fixture portal: Trường THCS Nguyễn Trãi (xã Ea Kar, Đắk Lắk) on Joomla 3.9 with a JSN template.

Imitates a lower-secondary school site as many were still run in 2026: Joomla 3.9.x, a
JoomlaShine template (``jsn_epic_pro``: ``#jsn-page``, ``#jsn-header``, ``#jsn-menu``,
``#jsn-leftsidecontent`` / ``#jsn-maincontent`` / ``#jsn-rightsidecontent``, module boxes
``div.jsn-modulecontainer`` with ``h3.jsn-moduletitle``), SEF URLs with the ``.html`` suffix and
the article id before the alias, the vi-VN language pack and JCE-edited content. What it serves:

- com_content category blogs ``/tin-tuc/<category>.html`` (one leading + two intro items a page,
  each with its ``dl.article-info``, intro image, intro text and "Đọc thêm: …"), paged with
  ``?start=N``: the counter "Trang 1 / 3" and "Đầu, Trước, 1, 2, 3, Tiếp, Cuối"; the links to the
  first page carry ``?limitstart=0`` as Joomla 3's pagination writes them; a start past the end
  shows the last page. ``/tin-tuc.html`` is the parent category's blog (all three categories,
  five a page). Each blog announces its RSS/Atom feed (``?format=feed&type=rss|atom``).
- the home page: the featured view (six featured articles) under a JSN ImageShow slideshow.
- articles at ``/tin-tuc/<category>/<id>-<alias>.html``: ``.item-page``, ``div.page-header`` with
  the h2 title, the print/email dropdown, tags (``ul.tags``, printed before the text as 3.9 does
  with the info block on top), ``dl.article-info`` ("Chi tiết", "Viết bởi …", "Danh mục: …",
  sometimes "Ngày tạo: …", "Ngày đăng: Thứ năm, 12 Tháng 11 2026 08:15", sometimes "Cập nhật
  mới nhất: …", "Lượt xem: N"), the full-text image (``div.item-image``: alone, with a
  ``<figcaption>`` or with ``p.img_caption`` taken from the image's caption field), the text
  (JCE markup, ``<span style="font-family: …">``, centred images with an italic line, tables,
  right-aligned bylines), an Attachments box on one article, then ``ul.pager.pagenav`` to the
  neighbouring articles and the "Các bài viết khác" module (five dated items of the category).
  The head has ``<base href>`` (the current URL), ``meta name=author`` (the posting account or
  its alias) and no ``rel=canonical`` (Joomla 3's default).
- Page Break articles (ids 263, 260, 245). The plain URL shows page 1 only, as Joomla does: the
  box "Mục lục bài viết" (``div.article-index``: the article's own title for page 1, the page
  titles "Phần 2: …", an untitled break as "Trang 3", then "Tất cả các trang"),
  ``div.pagenavcounter`` "Trang 1 / 3", the page's text and the plugin's pager "« Trang trước /
  Trang sau »". The index links ``?showall=&limitstart=`` (page 1), ``?showall=&start=N`` and
  ``?showall=1&limitstart=`` (all pages: the breaks become ``<br />``); any ``start`` /
  ``limitstart`` / ``showall`` is read the same way. The image, info block and bylines of the
  article are printed on every page (the byline is in the text, so on the last page only).
- the same article at its non-SEF address
  ``/index.php?option=com_content&view=article&id=N&catid=C&Itemid=I`` (the feeds link there),
  at ``…html?limitstart=0`` (the home slideshow links there), at any alias after the right id
  (not linked), the print view ``?tmpl=component&print=1&layout=default`` (``robots noindex``,
  whole text) and the email form ``/component/mailto/?tmpl=component&template=…&link=<sha1>``.
- not articles: ``/gioi-thieu.html`` and ``/gioi-thieu/co-cau-to-chuc.html`` (single-article menu
  items without info block), ``/lich-cong-tac.html`` (this week's schedule, a single article with a
  table and no date line), ``/lien-he.html`` (com_contact), ``/tai-lieu.html`` (Phoca Download
  list, ``?download=N:alias`` answers a PDF), ``/thu-vien-anh.html`` and its albums (Phoca
  Gallery), tag pages ``/component/tags/tag/<id>-<alias>.html``, the login helpers
  ``/component/users/?view=reset|remind``, search ``/component/search/``.
- chrome: header date "Hôm nay: Thứ Tư, ngày 25/11/2026", banner image, horizontal main menu,
  breadcrumbs ("Bạn đang ở:"), left modules (Thông báo, a JEvents mini calendar, Liên kết website,
  "Thống kê truy cập": Hôm nay / Hôm qua / Tuần này / Tháng này / Tất cả), right modules (Đăng
  nhập with "Quên mật khẩu?", Tin mới nhất with dates, Video), footer with address and hotline.

Traps: the JEvents calendar (``/index.php?option=com_jevents&task=month.calendar&year=…&month=
…&day=…&Itemid=135``) answers 200 for every month of years 1000-9999 and links the months before
and after, so it never ends; the mini calendar in every page's left column links into it. Print,
email, non-SEF, ``limitstart=0`` and page-break variants repeat articles; listing pages repeat
under ``?limitstart=0``; feeds are XML. Unknown ids and paths answer a real 404.

Gold (by hand). Articles are the com_content items of the three categories. For a Page Break
article the gold is ONE record at the plain URL holding the whole text (title, date and bylines
as printed, the body = all pages' paragraphs in order, the images of all pages once, the
full-text image first); page titles printed only in the index box are not body text, but
headings the author typed in the text ("1. Nắm vững cấu trúc đề thi") are. Every page-break,
``showall``, ``limitstart=0`` and non-SEF address is an alternative of it (``alt_paths``): several
records for one article is the error this portal tests. Print views, the mailto form, static
pages, the schedule, documents, albums and listings are not articles.
Judgement calls: published_at is "Ngày đăng" (publish_up) with its printed time; "Ngày tạo" and
"Cập nhật mới nhất" are not it; a printed 00:00 (id 257) is a day; the ``<time datetime>`` under
it is not used. Authors: an in-text signature wins ("Tin, ảnh: X" → author and photographer;
"Bài: X - Ảnh: Y"; a bare right-aligned name; "Người viết: ThS. X - Tổ KHTN" → X; "Tin: Thầy X -
Tổng phụ trách Đội" → X); with no signature "Viết bởi <name>" names the author, a unit alias
("Tổ Khoa học Xã hội", "Tổ Văn phòng") included; "Viết bởi Super User" / "admin" credits nobody,
and so does ``meta name=author``. "Nguồn: Báo Đắk Lắk điện tử" is the source and leaves the
bare name above it as author. Summary: a bold first paragraph typed as the lead (ids 263, 254) is
the summary and the body's first paragraph; the blog's intro text is just the first paragraph.
Captions: the line under a photo without its parentheses or "Ảnh:" label; ``figcaption`` /
``p.img_caption`` of the full-text image; a line that is only the camera's file name is no caption;
an image's alt text is not. Table rows are body paragraphs with cells joined by " | ". The
Attachments box and the index box are not body. Category: the one in "Danh mục:" and the
breadcrumb.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "joomla3_pagebreak_thcs"
PLATFORM = "joomla3"
START_PATH = "/"

SITE = "Trường THCS Nguyễn Trãi"
ADDRESS = "Thôn 6, xã Ea Kar, tỉnh Đắk Lắk"
PHONE = "0262 3 625 418"
HOTLINE = "0905 318 627"
EMAIL = "c2nguyentrai.eakar@daklak.edu.vn"
TEMPLATE = "jsn_epic_pro"
TODAY_DATE = date(2026, 11, 25)
BLOG_PER_PAGE = 3
PARENT_PER_PAGE = 5
CAL_ITEMID = 135
_LOCAL = timezone(timedelta(hours=7))

#: category alias -> (catid, printed name, Itemid)
CATS: dict[str, tuple[int, str, int]] = {
    "hoat-dong-nha-truong": (9, "Hoạt động nhà trường", 120),
    "chuyen-mon": (10, "Chuyên môn", 121),
    "doan-doi": (11, "Đoàn - Đội", 122),
}
#: tag id -> (alias, name)
TAGS: dict[int, tuple[str, str]] = {
    2: ("khai-giang", "Khai giảng"),
    3: ("ngay-nha-giao-viet-nam", "Ngày Nhà giáo Việt Nam"),
    4: ("doi-moi-day-hoc", "Đổi mới dạy học"),
    5: ("doi-tntp-ho-chi-minh", "Đội TNTP Hồ Chí Minh"),
    6: ("ky-nang-song", "Kỹ năng sống"),
    7: ("khuyen-hoc", "Khuyến học"),
}
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")

IMG = "/images/tin-tuc"


def _pb(title: str | None = None) -> Raw:
    """A Page Break as the editor button stores it in the text."""
    if title is None:
        return Raw('<hr class="system-pagebreak" />')
    return Raw(f'<hr title="{esc(title)}" alt="{esc(title)}" class="system-pagebreak" />')


def _sign(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


# Story.opts: when (publish_up), catid via cat, user ("Viết bởi" name; None hides the line),
# created / modified (printed "Ngày tạo" / "Cập nhật mới nhất"), featured, tags, nfd, entities,
# attach (file name of the Attachments box).
# Img styles: intro (full-text image, no line), intro-fig (figcaption), intro-p (p.img_caption),
# em (centred image, centred italic line in the next paragraph), em-in (line after <br /> in the
# image's paragraph), bare (image alone; ``printed`` then a plain centred line).
# P styles: "" justified, jce (span with font-family), lead (bold lead), h (bold heading line),
# th / tr (table rows, cells " | ").
STORIES: list[Story] = [
    Story(
        id=270,
        slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-nam-hoc-2026-2027",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” năm học 2026 - 2027",
        cat="doan-doi",
        published_at="2026-11-23T16:40:00+07:00",
        blocks=[
            Img(
                f"{IMG}/2026/11/ke-hoach-nho-2026.jpg",
                "Các chi đội tập kết giấy vụn tại sân trường",
                "Các chi đội tập kết giấy vụn tại sân trường",
                "intro-p",
            ),
            P(
                "Sáng thứ Hai ngày 23/11/2026, trong giờ chào cờ đầu tuần, Liên đội Trường THCS"
                " Nguyễn Trãi đã phát động phong trào “Kế hoạch nhỏ” năm học 2026 - 2027 với chủ"
                " đề “Giấy vụn hóa học bổng”."
            ),
            P(
                "Theo kế hoạch, mỗi đội viên thu gom ít nhất 3 kg giấy vụn, sách báo cũ và vỏ lon,"
                " chai nhựa; các chi đội nộp sản phẩm về Liên đội trước ngày 10/12/2026. Toàn bộ số"
                " tiền bán phế liệu sẽ được dùng để mua áo ấm, dụng cụ học tập tặng các bạn học sinh"
                " có hoàn cảnh khó khăn dịp Tết Nguyên đán.",
                "jce",
            ),
            Img(
                f"{IMG}/2026/11/ke-hoach-nho-2026-2.jpg",
                "Đội viên chi đội 6A2 hưởng ứng phong trào",
                "Đội viên chi đội 6A2 hưởng ứng phong trào",
                "em",
            ),
            P(
                "Ngay sau lễ phát động, nhiều chi đội đã mang sản phẩm đến góp. Chi đội 7A1 và 8A3"
                " dẫn đầu với hơn 40 kg giấy vụn mỗi chi đội.",
                "jce",
            ),
            P(
                "Phong trào không chỉ giúp các em hình thành ý thức bảo vệ môi trường, tiết kiệm mà"
                " còn lan tỏa tinh thần tương thân tương ái trong tập thể học sinh nhà trường.",
                "jce",
            ),
            _sign("Phạm Thị Thanh Tâm"),
        ],
        authors=["Phạm Thị Thanh Tâm"],
        opts={
            "when": datetime(2026, 11, 23, 16, 40),
            "user": "Phạm Thị Thanh Tâm",
            "featured": True,
            "tags": [5],
        },
    ),
    Story(
        id=268,
        slug="truong-thcs-nguyen-trai-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trường THCS Nguyễn Trãi long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-20T10:30:00+07:00",
        blocks=[
            Img(
                f"{IMG}/2026/11/ky-niem-20-11-2026.jpg",
                "Lãnh đạo xã Ea Kar tặng hoa chúc mừng tập thể giáo viên nhà trường",
                "Lãnh đạo xã Ea Kar tặng hoa chúc mừng tập thể giáo viên nhà trường",
                "intro-fig",
            ),
            P(
                "Sáng ngày 20/11/2026, Trường THCS Nguyễn Trãi tổ chức Lễ kỷ niệm 44 năm Ngày Nhà"
                " giáo Việt Nam (20/11/1982 - 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo Đảng"
                " ủy, UBND xã Ea Kar, Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo đã"
                " nghỉ hưu."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Võ Thành Nam ôn lại truyền thống tôn sư"
                " trọng đạo của dân tộc và điểm lại những kết quả nổi bật của nhà trường trong năm"
                " học vừa qua: tỷ lệ học sinh tốt nghiệp THCS đạt 99,4%, có 27 học sinh đạt giải học"
                " sinh giỏi cấp huyện và 6 học sinh đạt giải cấp tỉnh."
            ),
            Img(
                f"{IMG}/2026/11/ky-niem-20-11-2026-2.jpg",
                "(Thầy Hiệu trưởng Võ Thành Nam phát biểu tại buổi lễ)",
                "Thầy Hiệu trưởng Võ Thành Nam phát biểu tại buổi lễ",
                "em",
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong phong"
                " trào thi đua “Dạy tốt - Học tốt” đợt 1 và trao giấy khen cho 3 tập thể tổ chuyên"
                " môn."
            ),
            Img(
                f"{IMG}/2026/11/ky-niem-20-11-2026-3.jpg",
                "Ảnh: Tiết mục văn nghệ của học sinh lớp 9A1",
                "Tiết mục văn nghệ của học sinh lớp 9A1",
                "em-in",
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp với những tiết mục văn nghệ đặc sắc do học"
                " sinh các lớp dàn dựng, gửi tặng thầy cô lời tri ân sâu sắc."
            ),
            _sign("Tin, ảnh: Phan Văn Đức"),
        ],
        authors=["Phan Văn Đức"],
        photographers=["Phan Văn Đức"],
        opts={
            "when": datetime(2026, 11, 20, 10, 30),
            "modified": datetime(2026, 11, 21, 8, 2),
            "user": "Super User",
            "featured": True,
            "tags": [3],
        },
    ),
    Story(
        id=266,
        slug="sinh-hoat-chuyen-de-day-hoc-phat-trien-nang-luc-mon-khoa-hoc-tu-nhien-8",
        title="Sinh hoạt chuyên đề “Dạy học phát triển năng lực môn Khoa học tự nhiên lớp 8”",
        cat="chuyen-mon",
        published_at="2026-11-18T08:15:00+07:00",
        blocks=[
            Img(f"{IMG}/2026/11/chuyen-de-khtn-8.jpg", None, None, "intro"),
            P(
                "Thực hiện kế hoạch hoạt động chuyên môn năm học 2026 - 2027, chiều ngày 14/11/2026,"
                " tổ Khoa học tự nhiên đã tổ chức sinh hoạt chuyên đề “Dạy học phát triển năng lực"
                " môn Khoa học tự nhiên lớp 8” với sự tham dự của Ban giám hiệu và toàn thể giáo"
                " viên trong tổ."
            ),
            P(
                "Chuyên đề được minh họa qua tiết dạy bài “Tốc độ phản ứng và chất xúc tác” do cô"
                " Nguyễn Thị Phương Thảo thực hiện tại lớp 8A2. Tiết dạy được thiết kế theo hướng tổ"
                " chức cho học sinh làm thí nghiệm theo nhóm, quan sát, ghi chép và rút ra kết luận."
            ),
            Img(
                f"{IMG}/2026/11/chuyen-de-khtn-8-2.jpg",
                "Học sinh lớp 8A2 tiến hành thí nghiệm theo nhóm",
                "Học sinh lớp 8A2 tiến hành thí nghiệm theo nhóm",
                "em",
            ),
            P(
                "Trong phần thảo luận, các thầy cô đã trao đổi nhiều vấn đề thiết thực như: cách"
                " giao nhiệm vụ học tập rõ ràng, cách sử dụng phiếu học tập, cách đánh giá học sinh"
                " bằng bảng kiểm và cách tích hợp kiến thức giữa các phân môn Vật lí, Hóa học, Sinh"
                " học."
            ),
            P(
                "Kết thúc buổi sinh hoạt, tổ chuyên môn thống nhất một số giải pháp áp dụng trong"
                " thời gian tới, góp phần nâng cao chất lượng dạy học môn Khoa học tự nhiên theo"
                " Chương trình giáo dục phổ thông 2018."
            ),
            _sign("Người viết: ThS. Lê Thị Thu Hà - Tổ KHTN"),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={
            "when": datetime(2026, 11, 18, 8, 15),
            "user": "admin",
            "featured": True,
            "tags": [4],
            "entities": 2,
        },
    ),
    Story(
        id=263,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-16T14:20:00+07:00",
        summary=(
            "Từ ngày 02/11 đến ngày 13/11/2026, Trường THCS Nguyễn Trãi tổ chức Hội thi giáo viên"
            " dạy giỏi cấp trường năm học 2026 - 2027 với 18 giáo viên tham gia, thuộc 5 tổ chuyên"
            " môn."
        ),
        blocks=[
            Img(
                f"{IMG}/2026/11/gvdg-cap-truong.jpg",
                "Ban giám khảo dự giờ tiết dạy môn Toán",
                "Ban giám khảo dự giờ tiết dạy môn Toán",
                "intro-fig",
            ),
            P(
                "Từ ngày 02/11 đến ngày 13/11/2026, Trường THCS Nguyễn Trãi tổ chức Hội thi giáo"
                " viên dạy giỏi cấp trường năm học 2026 - 2027 với 18 giáo viên tham gia, thuộc 5 tổ"
                " chuyên môn.",
                "lead",
            ),
            P(
                "Hội thi là hoạt động chuyên môn thường niên nhằm tạo sân chơi để giáo viên trao đổi,"
                " học tập kinh nghiệm, đổi mới phương pháp dạy học, đồng thời là cơ sở để lựa chọn"
                " giáo viên tham gia hội thi cấp huyện."
            ),
            P(
                "Mỗi giáo viên dự thi trình bày một biện pháp nâng cao chất lượng giảng dạy và thực"
                " hiện hai tiết dạy: một tiết tự chọn bài và một tiết bốc thăm trước ba ngày. Ban"
                " giám khảo gồm Ban giám hiệu và các tổ trưởng chuyên môn."
            ),
            _pb("Phần 2: Những tiết dạy để lại dấu ấn"),
            P(
                "Nhiều tiết dạy được đầu tư công phu, vận dụng linh hoạt các kỹ thuật dạy học tích"
                " cực như khăn trải bàn, mảnh ghép, trạm học tập. Tiết Ngữ văn “Bài thơ về tiểu đội"
                " xe không kính” của cô Đinh Thị Hạnh đã đưa học sinh vào vai các chiến sĩ lái xe để"
                " kể lại hành trình trên tuyến đường Trường Sơn."
            ),
            Img(
                f"{IMG}/2026/11/gvdg-cap-truong-2.jpg",
                "(Cô Đinh Thị Hạnh trong tiết dạy Ngữ văn lớp 9A3)",
                "Cô Đinh Thị Hạnh trong tiết dạy Ngữ văn lớp 9A3",
                "em",
            ),
            P(
                "Ở môn Toán, thầy Y Khu Niê sử dụng phần mềm GeoGebra để học sinh tự khám phá tính"
                " chất đường trung trực của đoạn thẳng; môn Tiếng Anh có tiết dạy của cô Lưu Thị Mỹ"
                " Linh với trò chơi tiếp sức giúp cả lớp sôi nổi luyện nói."
            ),
            Img(f"{IMG}/2026/11/gvdg-cap-truong-3.jpg", None, None, "bare"),
            _pb("Phần 3: Tổng kết, trao giải"),
            P(
                "Chiều ngày 13/11/2026, nhà trường tổ chức tổng kết hội thi. Kết quả có 15/18 giáo"
                " viên được công nhận danh hiệu giáo viên dạy giỏi cấp trường, trong đó 5 giáo viên"
                " đạt giải:"
            ),
            P("Giải | Họ và tên | Môn", "th"),
            P("Nhất | Đinh Thị Hạnh | Ngữ văn", "tr"),
            P("Nhì | Y Khu Niê | Toán", "tr"),
            P("Nhì | Lưu Thị Mỹ Linh | Tiếng Anh", "tr"),
            P("Ba | Hồ Văn Sang | Lịch sử và Địa lí", "tr"),
            P("Ba | Nguyễn Thị Phương Thảo | Khoa học tự nhiên", "tr"),
            P(
                "Nhà trường sẽ chọn 4 giáo viên đạt giải cao nhất tham dự Hội thi giáo viên dạy giỏi"
                " cấp huyện dự kiến tổ chức vào tháng 01/2027."
            ),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={
            "when": datetime(2026, 11, 16, 14, 20),
            "user": "Nguyễn Thị Hồng Nhung",
            "featured": True,
            "tags": [4],
        },
    ),
    Story(
        id=260,
        slug="mot-so-kinh-nghiem-on-tap-mon-ngu-van-cho-hoc-sinh-lop-9-thi-vao-lop-10",
        title="Một số kinh nghiệm ôn tập môn Ngữ văn cho học sinh lớp 9 chuẩn bị thi vào lớp 10",
        cat="chuyen-mon",
        published_at="2026-11-10T20:05:00+07:00",
        blocks=[
            Img(f"{IMG}/2026/11/on-tap-ngu-van-9.jpg", None, None, "intro"),
            P(
                "Kỳ thi tuyển sinh vào lớp 10 là một dấu mốc quan trọng đối với học sinh lớp 9. Từ"
                " năm 2025, đề thi môn Ngữ văn được xây dựng theo định hướng đánh giá năng lực, sử"
                " dụng ngữ liệu ngoài sách giáo khoa, đòi hỏi học sinh không thể học thuộc lòng mà"
                " phải thực sự biết đọc, biết viết.",
                "jce",
            ),
            P(
                "Qua nhiều năm trực tiếp ôn tập cho học sinh lớp 9, tổ Khoa học Xã hội xin chia sẻ"
                " một số kinh nghiệm để các em học sinh và quý phụ huynh tham khảo.",
                "jce",
            ),
            P("1. Nắm vững cấu trúc đề thi", "h"),
            P(
                "Đề thi gồm hai phần: Đọc hiểu (4,0 điểm) và Viết (6,0 điểm). Phần Viết có một câu"
                " viết đoạn văn nghị luận văn học khoảng 200 chữ và một câu viết bài văn nghị luận xã"
                " hội. Học sinh cần phân bổ thời gian hợp lý, tránh dồn quá nhiều thời gian cho phần"
                " đầu.",
                "jce",
            ),
            _pb("Phần 2: Ôn tập phần Đọc hiểu"),
            P("2. Ôn tập phần Đọc hiểu", "h"),
            P(
                "Học sinh cần nắm chắc kiến thức về các thể loại văn bản đã học: truyện, thơ, kí, văn"
                " bản nghị luận và văn bản thông tin; các biện pháp tu từ; các thành phần biệt lập;"
                " câu rút gọn, câu đặc biệt… Khi làm bài, các em đọc kĩ câu hỏi, gạch chân từ khóa và"
                " trả lời đúng trọng tâm.",
                "jce",
            ),
            P(
                "Giáo viên nên cho học sinh luyện đọc nhiều ngữ liệu mới, tập trung vào những văn bản"
                " gần gũi với lứa tuổi, có giá trị giáo dục về tình cảm gia đình, quê hương, lòng"
                " biết ơn và ý chí vượt khó.",
                "jce",
            ),
            Img(
                f"{IMG}/2026/11/on-tap-ngu-van-9-2.jpg",
                "Giờ ôn tập môn Ngữ văn của lớp 9A2",
                "Giờ ôn tập môn Ngữ văn của lớp 9A2",
                "em",
            ),
            _pb(),
            P("3. Rèn kỹ năng viết", "h"),
            P(
                "Với đoạn văn nghị luận văn học, học sinh cần đảm bảo hình thức đoạn văn, có câu chủ"
                " đề, phân tích được nét đặc sắc về nội dung và nghệ thuật của đoạn trích. Với bài"
                " văn nghị luận xã hội, cần có bố cục ba phần rõ ràng, lập luận chặt chẽ, dẫn chứng"
                " xác thực, gần gũi.",
                "jce",
            ),
            P(
                "Mỗi tuần, học sinh nên viết ít nhất một bài hoàn chỉnh và được giáo viên chấm, chữa"
                " chi tiết. Việc tự đọc lại bài viết, đối chiếu với hướng dẫn chấm giúp các em nhận"
                " ra lỗi diễn đạt, lỗi chính tả để khắc phục.",
                "jce",
            ),
            P(
                "Chúc các em học sinh lớp 9 có một năm học hiệu quả và đạt kết quả cao trong kỳ thi"
                " sắp tới!",
                "jce",
            ),
        ],
        authors=["Tổ Khoa học Xã hội"],
        opts={
            "when": datetime(2026, 11, 10, 20, 5),
            "user": "Tổ Khoa học Xã hội",
            "featured": True,
            "tags": [4],
        },
    ),
    Story(
        id=257,
        slug="hoi-nghi-ban-dai-dien-cha-me-hoc-sinh-truong-mo-rong-nam-hoc-2026-2027",
        title="Hội nghị Ban đại diện cha mẹ học sinh trường mở rộng năm học 2026 - 2027",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-02",
        blocks=[
            Img(
                f"{IMG}/2026/11/hoi-nghi-cmhs.jpg",
                "Toàn cảnh hội nghị",
                "Toàn cảnh hội nghị",
                "intro-p",
            ),
            P(
                "Chiều ngày 31/10/2026, Trường THCS Nguyễn Trãi tổ chức Hội nghị Ban đại diện cha mẹ"
                " học sinh trường mở rộng năm học 2026 - 2027. Tham dự hội nghị có Ban giám hiệu,"
                " giáo viên chủ nhiệm 24 lớp và đại diện cha mẹ học sinh các lớp."
            ),
            P(
                "Tại hội nghị, nhà trường báo cáo kết quả thực hiện nhiệm vụ tháng 9, tháng 10 và kế"
                " hoạch năm học 2026 - 2027; công khai các khoản thu, chi theo quy định; thông tin về"
                " tình hình an ninh trật tự trường học và công tác phòng, chống bạo lực học đường."
            ),
            P(
                "Nhiều ý kiến của phụ huynh tập trung vào việc quản lý học sinh sử dụng điện thoại di"
                " động, tổ chức dạy học 2 buổi/ngày và bảo đảm an toàn giao thông trước cổng trường"
                " giờ tan học. Các ý kiến đều được Ban giám hiệu giải đáp thỏa đáng."
            ),
            P(
                "Hội nghị đã bầu Ban đại diện cha mẹ học sinh trường gồm 9 thành viên, do ông Trần"
                " Văn Lực làm Trưởng ban."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 2, 0, 0),
            "modified": datetime(2026, 11, 3, 9, 12),
            "user": "Super User",
        },
    ),
    Story(
        id=254,
        slug="dai-hoi-lien-doi-nhiem-ky-2026-2027",
        title="Đại hội Liên đội nhiệm kỳ 2026 - 2027",
        cat="doan-doi",
        published_at="2026-10-26T14:00:00+07:00",
        summary=(
            "Sáng ngày 24/10/2026, Liên đội Trường THCS Nguyễn Trãi tổ chức thành công Đại hội"
            " Liên đội nhiệm kỳ 2026 - 2027 với sự tham dự của 96 đại biểu là đội viên ưu tú đại"
            " diện cho hơn 900 đội viên toàn Liên đội."
        ),
        blocks=[
            Img(
                f"{IMG}/2026/10/dai-hoi-lien-doi.jpg",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "intro-fig",
            ),
            P(
                "Sáng ngày 24/10/2026, Liên đội Trường THCS Nguyễn Trãi tổ chức thành công Đại hội"
                " Liên đội nhiệm kỳ 2026 - 2027 với sự tham dự của 96 đại biểu là đội viên ưu tú đại"
                " diện cho hơn 900 đội viên toàn Liên đội.",
                "lead",
            ),
            P(
                "Đại hội đã đánh giá kết quả hoạt động nhiệm kỳ 2025 - 2026: Liên đội được Hội đồng"
                " Đội xã công nhận “Liên đội vững mạnh xuất sắc”; phong trào “Kế hoạch nhỏ”, “Áo ấm"
                " tặng bạn” thu hút đông đảo đội viên tham gia."
            ),
            Img(
                f"{IMG}/2026/10/dai-hoi-lien-doi-2.jpg",
                "Đội viên biểu quyết thông qua chương trình Đại hội",
                "Đội viên biểu quyết thông qua chương trình Đại hội",
                "em",
            ),
            P(
                "Đại hội đã thảo luận, thông qua chương trình hành động nhiệm kỳ mới với chủ đề “Đội"
                " viên Nguyễn Trãi chăm ngoan, học giỏi, sáng tạo”, đồng thời bầu Ban chỉ huy Liên"
                " đội gồm 11 bạn, em Nguyễn Ngọc Bảo Anh lớp 8A1 được bầu làm Liên đội trưởng."
            ),
            _sign("Tin: Thầy Nguyễn Văn Tâm - Tổng phụ trách Đội"),
        ],
        authors=["Nguyễn Văn Tâm"],
        opts={"when": datetime(2026, 10, 26, 14, 0), "user": None, "tags": [5]},
    ),
    Story(
        id=251,
        slug="ngoai-khoa-phong-chong-duoi-nuoc-va-tai-nan-thuong-tich-cho-hoc-sinh",
        title="Ngoại khóa phòng, chống đuối nước và tai nạn thương tích cho học sinh",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-22T09:05:00+07:00",
        blocks=[
            Img(f"{IMG}/2026/10/ngoai-khoa-duoi-nuoc.jpg", None, None, "intro"),
            P(
                "Nhằm trang bị kiến thức, kỹ năng phòng tránh đuối nước và tai nạn thương tích cho"
                " học sinh, sáng ngày 21/10/2026, Trường THCS Nguyễn Trãi phối hợp với Đội Cảnh sát"
                " phòng cháy, chữa cháy và cứu nạn, cứu hộ khu vực Ea Kar tổ chức buổi ngoại khóa"
                " cho hơn 900 học sinh toàn trường."
            ),
            P(
                "Tại buổi ngoại khóa, các cán bộ, chiến sĩ đã hướng dẫn học sinh nhận biết những nơi"
                " có nguy cơ đuối nước như ao, hồ, sông suối, hố công trình; cách xử lý khi bản thân"
                " hoặc người khác bị đuối nước; kỹ năng sơ cứu ban đầu và cách sử dụng áo phao, phao"
                " cứu sinh."
            ),
            Img(f"{IMG}/2026/10/IMG_20261021_083412.jpg", "IMG_20261021_083412.jpg", None, "bare"),
            P(
                "Phần thực hành thu hút đông đảo học sinh tham gia. Các em được trực tiếp thực hành"
                " hô hấp nhân tạo trên mô hình, tập ném phao cứu người và tham gia trả lời câu hỏi"
                " tìm hiểu về an toàn trong mùa mưa lũ."
            ),
            Img(
                f"{IMG}/2026/10/ngoai-khoa-duoi-nuoc-3.jpg",
                "Học sinh thực hành sơ cứu người bị đuối nước",
                "Học sinh thực hành sơ cứu người bị đuối nước",
                "em",
            ),
            P(
                "Thông qua hoạt động, mỗi học sinh nâng cao ý thức tự bảo vệ bản thân, biết cách giúp"
                " đỡ bạn bè, người thân khi gặp tình huống nguy hiểm."
            ),
            _sign("Lê Văn Hùng"),
        ],
        authors=["Lê Văn Hùng"],
        opts={"when": datetime(2026, 10, 22, 9, 5), "user": "Super User", "tags": [6], "nfd": True},
    ),
    Story(
        id=248,
        slug="ke-hoach-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Kế hoạch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        cat="chuyen-mon",
        published_at="2026-10-15T10:00:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch giáo dục nhà trường năm học 2026 - 2027, Trường THCS Nguyễn Trãi"
                " thông báo lịch kiểm tra giữa học kỳ I đối với các môn học đánh giá bằng điểm số"
                " như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("26/10/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("26/10/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("27/10/2026 | Sáng | Toán | 90 phút", "tr"),
            P("27/10/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
            P("28/10/2026 | Sáng | Lịch sử và Địa lí; Giáo dục công dân | 60 phút", "tr"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ"
                " chuyên môn, hoàn thành trước ngày 31/10/2026."
            ),
            P(
                "Đề kiểm tra được xây dựng theo ma trận, bản đặc tả đã thống nhất trong tổ; học sinh"
                " làm bài trên giấy kiểm tra do nhà trường phát. Giáo viên chủ nhiệm thông báo lịch"
                " kiểm tra đến học sinh và cha mẹ học sinh."
            ),
        ],
        authors=["Trần Minh Khoa"],
        opts={
            "when": datetime(2026, 10, 15, 10, 0),
            "user": "Trần Minh Khoa",
            "attach": "KH-kiem-tra-giua-HKI-2026-2027.pdf",
        },
    ),
    Story(
        id=245,
        slug="le-khai-giang-nam-hoc-2026-2027",
        title="Lễ khai giảng năm học 2026 - 2027",
        cat="hoat-dong-nha-truong",
        published_at="2026-09-05T07:30:00+07:00",
        blocks=[
            Img(
                f"{IMG}/2026/09/le-khai-giang-2026.jpg",
                "Lễ chào cờ khai giảng năm học mới",
                "Lễ chào cờ khai giảng năm học mới",
                "intro-p",
            ),
            P(
                "Sáng ngày 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, thầy và trò Trường THCS"
                " Nguyễn Trãi long trọng tổ chức Lễ khai giảng năm học 2026 - 2027. Năm học này, nhà"
                " trường có 24 lớp với 912 học sinh, trong đó có 236 học sinh lớp 6.",
                "jce",
            ),
            P(
                "Tới dự buổi lễ có đồng chí Phó Chủ tịch UBND xã Ea Kar, đại diện Ban đại diện cha"
                " mẹ học sinh, các nhà hảo tâm cùng đông đảo phụ huynh học sinh.",
                "jce",
            ),
            Img(
                f"{IMG}/2026/09/le-khai-giang-2026-2.jpg",
                "Đồng chí Phó Chủ tịch UBND xã Ea Kar đánh trống khai giảng năm học mới",
                "Đồng chí Phó Chủ tịch UBND xã Ea Kar đánh trống khai giảng năm học mới",
                "em",
            ),
            P(
                "Sau phần nghi lễ, thầy Hiệu trưởng đọc thư của Chủ tịch nước gửi ngành Giáo dục nhân"
                " dịp khai giảng năm học mới và phát động các phong trào thi đua trong năm học. Nhà"
                " trường xác định nhiệm vụ trọng tâm là nâng cao chất lượng giáo dục toàn diện, thực"
                " hiện hiệu quả Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp.",
                "jce",
            ),
            _pb("Phần 2: Chương trình nghệ thuật chào năm học mới"),
            P(
                "Chương trình văn nghệ chào mừng năm học mới do học sinh nhà trường biểu diễn với"
                " nhiều tiết mục đặc sắc: múa “Em đi giữa biển vàng”, hát “Mái trường mến yêu”, múa"
                " xoang của các em học sinh dân tộc Ê Đê lớp 7A4.",
                "jce",
            ),
            Img(
                f"{IMG}/2026/09/le-khai-giang-2026-3.jpg",
                "Tiết mục múa xoang của học sinh lớp 7A4",
                "Tiết mục múa xoang của học sinh lớp 7A4",
                "em",
            ),
            P(
                "Dịp này, các nhà hảo tâm và Hội Khuyến học xã đã trao 35 suất học bổng, mỗi suất trị"
                " giá 1.000.000 đồng cho học sinh nghèo vượt khó, học tốt; Công ty TNHH Cà phê Ea Kar"
                " trao tặng 200 bộ sách giáo khoa cho thư viện nhà trường.",
                "jce",
            ),
            P(
                "Buổi lễ kết thúc với hồi trống khai trường rộn rã, mở đầu cho một năm học mới với"
                " nhiều kỳ vọng.",
                "jce",
            ),
            _sign("Bài: Hoàng Thị Lan - Ảnh: Đỗ Quang Vinh"),
        ],
        authors=["Hoàng Thị Lan"],
        photographers=["Đỗ Quang Vinh"],
        opts={
            "when": datetime(2026, 9, 5, 7, 30),
            "user": "Super User",
            "featured": True,
            "tags": [2, 7],
        },
    ),
    Story(
        id=239,
        slug="trao-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="hoat-dong-nha-truong",
        published_at="2026-08-28T15:45:00+07:00",
        blocks=[
            Img(
                f"{IMG}/2026/08/hoc-bong-tiep-suc.jpg",
                "Đại diện nhà tài trợ trao học bổng cho học sinh",
                "Đại diện nhà tài trợ trao học bổng cho học sinh",
                "intro-fig",
            ),
            P(
                "Ngày 27/8, tại Trường THCS Nguyễn Trãi (xã Ea Kar), Quỹ Khuyến học tỉnh phối hợp với"
                " nhà trường tổ chức trao 20 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn"
                " cảnh đặc biệt khó khăn."
            ),
            P(
                "Mỗi suất học bổng gồm 2.000.000 đồng tiền mặt, cặp sách và bộ dụng cụ học tập. Các"
                " em nhận học bổng đều là học sinh có thành tích học tập khá, giỏi, nhiều em mồ côi"
                " cha hoặc mẹ, gia đình thuộc diện hộ nghèo."
            ),
            P(
                "Em H’Zina Mlô, học sinh lớp 8A4, xúc động chia sẻ: “Em cảm ơn các cô chú đã giúp đỡ."
                " Em sẽ cố gắng học thật tốt để không phụ lòng mọi người”."
            ),
            P(
                "Dịp này, Quỹ Khuyến học tỉnh cũng trao 50 suất quà cho học sinh các trường học trên"
                " địa bàn các xã Ea Kar, Ea Păl và Cư Yang."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Minh Thuận</strong><br />'
                "<em>Nguồn: Báo Đắk Lắk điện tử</em></p>"
            ),
        ],
        authors=["Minh Thuận"],
        source="Báo Đắk Lắk điện tử",
        opts={"when": datetime(2026, 8, 28, 15, 45), "user": "admin", "tags": [7]},
    ),
    Story(
        id=233,
        slug="le-tong-ket-nam-hoc-2025-2026",
        title="Lễ tổng kết năm học 2025 - 2026",
        cat="hoat-dong-nha-truong",
        published_at="2026-05-30T16:00:00+07:00",
        blocks=[
            Img(f"{IMG}/2026/05/tong-ket-nam-hoc.jpg", None, None, "intro"),
            P(
                "Chiều ngày 29/5/2026, Trường THCS Nguyễn Trãi tổ chức Lễ tổng kết năm học 2025 -"
                " 2026, tuyên dương khen thưởng tập thể, cá nhân có thành tích xuất sắc."
            ),
            P(
                "Năm học 2025 - 2026, nhà trường có 98,2% học sinh được đánh giá kết quả học tập từ"
                " mức Đạt trở lên; 41,5% học sinh đạt mức Tốt; 100% học sinh lớp 9 được công nhận"
                " tốt nghiệp THCS. Trường có 1 giáo viên đạt giáo viên dạy giỏi cấp tỉnh và 7 giáo"
                " viên dạy giỏi cấp huyện."
            ),
            Img(
                f"{IMG}/2026/05/tong-ket-nam-hoc-2.jpg",
                "Nhà trường khen thưởng học sinh đạt danh hiệu Học sinh Xuất sắc",
                "Nhà trường khen thưởng học sinh đạt danh hiệu Học sinh Xuất sắc",
                "em",
            ),
            P(
                "Tại buổi lễ, nhà trường đã khen thưởng 86 học sinh Xuất sắc, 214 học sinh Giỏi và 12"
                " tập thể lớp tiên tiến. Ban đại diện cha mẹ học sinh trao phần thưởng cho các em học"
                " sinh đạt giải trong các kỳ thi cấp huyện, cấp tỉnh."
            ),
            P(
                "Phát biểu bế mạc, thầy Hiệu trưởng dặn dò học sinh vui hè an toàn, bổ ích, tích cực"
                " tham gia các hoạt động tại địa phương và chuẩn bị tốt cho năm học mới."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "when": datetime(2026, 5, 30, 16, 0),
            "created": datetime(2026, 5, 29, 20, 45),
            "user": "Tổ Văn phòng",
        },
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
FEATURED = [s for s in _LATEST if s.opts.get("featured")]
SLIDES = [268, 263, 245]  # the slideshow links these with ?limitstart=0


def in_cat(alias: str) -> list[Story]:
    return [s for s in _LATEST if s.cat == alias]


def article_path(s: Story) -> str:
    return f"/tin-tuc/{s.cat}/{s.id}-{s.slug}.html"


def nonsef_path(s: Story) -> str:
    catid, _, itemid = CATS[s.cat]
    return f"/index.php?option=com_content&view=article&id={s.id}&catid={catid}&Itemid={itemid}"


def print_path(s: Story) -> str:
    return article_path(s) + "?tmpl=component&print=1&layout=default"


def cat_path(alias: str) -> str:
    return f"/tin-tuc/{alias}.html"


def tag_path(tid: int) -> str:
    return f"/component/tags/tag/{tid}-{TAGS[tid][0]}.html"


def _split_pages(s: Story) -> list[list]:
    """The story's blocks cut at its page breaks (one list for an article without breaks)."""
    pages: list[list] = [[]]
    for b in s.blocks:
        if isinstance(b, Raw) and "system-pagebreak" in b.html:
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


def page_titles(s: Story) -> list[str]:
    """The index box's entries: the article title, then each break's title or "Trang N"."""
    out = [s.title]
    for b in s.blocks:
        if isinstance(b, Raw) and "system-pagebreak" in b.html:
            m = re.search(r'title="([^"]*)"', b.html)
            out.append(m.group(1) if m else f"Trang {len(out) + 1}")
    return out


def page_link(s: Story, n: int) -> str:
    """The index box's link to page ``n`` (0-based) as Joomla 3's router writes it."""
    return article_path(s) + ("?showall=&limitstart=" if n == 0 else f"?showall=&start={n}")


def showall_link(s: Story) -> str:
    return article_path(s) + "?showall=1&limitstart="


def _alt_paths(s: Story) -> list[str]:
    alts = [nonsef_path(s), article_path(s) + "?limitstart=0"]
    n = len(_split_pages(s))
    if n > 1:
        alts += [page_link(s, k) for k in range(n)] + [showall_link(s)]
    return alts


GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat][1], alt_paths=_alt_paths(s)) for s in _LATEST
]

STATIC: dict[str, tuple[str, list[str]]] = {
    "/gioi-thieu.html": ("Giới thiệu chung", [
        "Trường THCS Nguyễn Trãi được thành lập năm 1986, tách ra từ Trường Phổ thông cấp 1-2 Ea"
        " Kar. Qua gần 40 năm xây dựng và phát triển, nhà trường đã trở thành địa chỉ tin cậy của"
        " phụ huynh và học sinh trên địa bàn.",
        "Năm học 2026 - 2027, trường có 24 lớp với 912 học sinh, 52 cán bộ, giáo viên, nhân viên;"
        " 100% giáo viên đạt chuẩn trình độ đào tạo, trong đó 38% trên chuẩn. Trường đạt chuẩn"
        " quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 2.",
        "Trường có khuôn viên rộng 12.500 m², 24 phòng học, 6 phòng học bộ môn, thư viện đạt"
        " chuẩn, nhà đa năng và sân thể thao. Khẩu hiệu của nhà trường: “Kỷ cương - Tình thương -"
        " Trách nhiệm”.",
    ]),
    "/gioi-thieu/co-cau-to-chuc.html": ("Cơ cấu tổ chức", [
        "Hiệu trưởng: thầy Võ Thành Nam.",
        "Phó Hiệu trưởng: cô Nguyễn Thị Hồng Nhung, thầy Trần Minh Khoa.",
        "Các tổ chuyên môn: tổ Toán - Tin, tổ Khoa học tự nhiên, tổ Khoa học Xã hội, tổ Ngoại ngữ,"
        " tổ Nghệ thuật - Thể chất; tổ Văn phòng.",
        "Các đoàn thể: Chi bộ, Công đoàn, Chi đoàn giáo viên, Liên đội Thiếu niên Tiền phong Hồ"
        " Chí Minh.",
    ]),
}  # fmt: skip
SCHEDULE = [
    ("Thứ Hai 23/11", "Chào cờ; phát động phong trào “Kế hoạch nhỏ”", "Liên đội"),
    ("Thứ Ba 24/11", "Dự giờ tổ Toán - Tin", "BGH"),
    ("Thứ Tư 25/11", "Họp Hội đồng sư phạm tháng 11", "Toàn thể CB, GV, NV"),
    ("Thứ Năm 26/11", "Kiểm tra hồ sơ chuyên môn tổ KHXH", "Phó Hiệu trưởng"),
    ("Thứ Sáu 27/11", "Sinh hoạt chuyên môn theo nghiên cứu bài học", "Các tổ chuyên môn"),
    ("Thứ Bảy 28/11", "Bồi dưỡng học sinh giỏi lớp 9", "GV bồi dưỡng"),
]
DOCS = [
    (12, "ke-hoach-nam-hoc-2026-2027", "Kế hoạch năm học 2026 - 2027", 412_672),
    (11, "quy-che-chi-tieu-noi-bo-2026", "Quy chế chi tiêu nội bộ năm 2026", 288_104),
    (10, "cong-khai-chat-luong-2025-2026", "Công khai chất lượng giáo dục 2025 - 2026", 196_352),
    (9, "thoi-khoa-bieu-hoc-ky-i", "Thời khóa biểu học kỳ I (áp dụng từ 07/9/2026)", 98_816),
]
ALBUMS = {
    1: ("le-khai-giang-nam-hoc-2026-2027", "Lễ khai giảng năm học 2026 - 2027", 6),
    2: ("ky-niem-ngay-nha-giao-viet-nam-20-11-2026", "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11", 5),
}


def cal_path(year: int, month: int, day: int = 1) -> str:
    return (
        f"/index.php?option=com_jevents&task=month.calendar&year={year}&month={month:02d}"
        f"&day={day:02d}&Itemid={CAL_ITEMID}"
    )


def _month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def _pages(total: int, per: int) -> int:
    return max(1, -(-total // per))


NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc.html",
    *(f"/tin-tuc.html?start={n * PARENT_PER_PAGE}"
      for n in range(1, _pages(len(STORIES), PARENT_PER_PAGE))),
    *(cat_path(c) for c in CATS),
    *(f"{cat_path(c)}?start={n * BLOG_PER_PAGE}"
      for c in CATS for n in range(1, _pages(len(in_cat(c)), BLOG_PER_PAGE))),
    *(f"{cat_path(c)}?limitstart=0" for c in CATS if len(in_cat(c)) > BLOG_PER_PAGE),
    *STATIC,
    "/lich-cong-tac.html",
    "/lien-he.html",
    "/tai-lieu.html",
    "/thu-vien-anh.html",
    *(f"/thu-vien-anh/category/{i}-{a[0]}.html" for i, a in ALBUMS.items()),
    *(tag_path(t) for t in TAGS),
    "/component/users/?view=reset&Itemid=101",
    "/component/users/?view=remind&Itemid=101",
    *(print_path(s) for s in _LATEST),
    cal_path(*_month_shift(2026, 11, -1)),
    cal_path(*_month_shift(2026, 11, 1)),
]  # fmt: skip


# --- rendering ------------------------------------------------------------------------------


def _t(value: str, s: Story | None = None) -> str:
    if s is None:
        return text(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def lc2(dt: datetime) -> str:
    """Joomla's DATE_FORMAT_LC2 in vi-VN: "Thứ năm, 12 Tháng 11 2026 08:15"."""
    return f"{WEEKDAYS[dt.weekday()]}, {dt.day:02d} Tháng {dt.month} {dt.year} {dt:%H:%M}"


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def _dmy(dt: datetime | date) -> str:
    return f"{dt:%d/%m/%Y}"


def _img(src: str, alt: str, extra: str = "") -> str:
    return (
        f'<img src="{esc(src)}" alt="{esc(alt)}" width="600" height="400"{extra}'
        ' style="display: block; margin-left: auto; margin-right: auto;" />'
    )


def _stem(src: str) -> str:
    return src.rsplit("/", 1)[1].rsplit(".", 1)[0]


def _blocks_html(s: Story, blocks: list) -> str:
    out: list[str] = []
    rows: list[P] = []

    def flush() -> None:
        if not rows:
            return
        trs = []
        for r in rows:
            cells = r.text.split(" | ")
            if r.style == "th":
                trs.append("<tr>" + "".join(
                    f'<td style="text-align: center;"><strong>{_t(c, s)}</strong></td>'
                    for c in cells) + "</tr>")  # fmt: skip
            else:
                trs.append("<tr>" + "".join(f"<td>{_t(c, s)}</td>" for c in cells) + "</tr>")
        out.append(
            '<table class="table table-bordered" style="width: 100%;" border="1" cellspacing="0"'
            ' cellpadding="5"><tbody>' + "\n".join(trs) + "</tbody></table>"
        )
        rows.clear()

    for b in blocks:
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            t = _t(b.text, s)
            if b.style == "jce":
                out.append(
                    '<p style="text-align: justify;"><span style="font-family: \'times new roman\','
                    f' times; font-size: 14pt;">{t}</span></p>'
                )
            elif b.style == "lead":
                out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
            elif b.style == "h":
                out.append(f"<p><strong>{t}</strong></p>")
            else:
                out.append(f'<p style="text-align: justify;">{t}</p>')
        elif isinstance(b, Img):
            if b.style.startswith("intro"):
                continue  # the full-text image field, printed above the text
            tag = _img(b.src, _stem(b.src))
            if b.style == "em":
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p style="text-align: center;"><em>{_t(b.printed or "", s)}</em></p>')
            elif b.style == "em-in":
                out.append(
                    f'<p style="text-align: center;">{tag}<br /><em>{_t(b.printed or "", s)}</em></p>'
                )
            else:
                out.append(f'<p style="text-align: center;">{tag}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;">{_t(b.printed, s)}</p>')
    flush()
    return "\n".join(out)


def _intro_image(s: Story) -> str:
    first = s.blocks[0]
    if not (isinstance(first, Img) and first.style.startswith("intro")):
        return ""
    alt = esc(s.title)
    if first.style == "intro-fig":
        inner = (
            f'<figure><img src="{first.src}" alt="{alt}" itemprop="image" />'
            f"<figcaption>{_t(first.printed or '', s)}</figcaption></figure>"
        )
    elif first.style == "intro-p":
        inner = (
            f'<img class="caption" title="{esc(first.printed or "")}" src="{first.src}" alt="{alt}"'
            f' itemprop="image" /><p class="img_caption">{_t(first.printed or "", s)}</p>'
        )
    else:
        inner = f'<img src="{first.src}" alt="{alt}" itemprop="image" />'
    return f'<div class="pull-left item-image">{inner}</div>\n'


def _intro_text(s: Story) -> str:
    first = next(b for b in s.blocks if isinstance(b, P))
    return _blocks_html(s, [first])


def _info(s: Story, link_title: bool = False) -> str:
    w: datetime = s.opts["when"]
    rows = ['<dt class="article-info-term">Chi tiết</dt>']
    user = s.opts.get("user")
    if user:
        rows.append(
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            f'Viết bởi <span itemprop="name">{esc(user)}</span></dd>'
        )
    cname = CATS[s.cat][1]
    rows.append(
        f'<dd class="category-name">Danh mục: <a href="{cat_path(s.cat)}" itemprop="genre">'
        f"{esc(cname)}</a></dd>"
    )
    if created := s.opts.get("created"):
        rows.append(
            '<dd class="create"><span class="icon-calendar" aria-hidden="true"></span>'
            f'<time datetime="{_iso(created)}" itemprop="dateCreated">Ngày tạo: {lc2(created)}'
            "</time></dd>"
        )
    rows.append(
        '<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
        f'<time datetime="{_iso(w)}" itemprop="datePublished">Ngày đăng: {lc2(w)}</time></dd>'
    )
    if not link_title and (modified := s.opts.get("modified")):
        rows.append(
            '<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span>'
            f'<time datetime="{_iso(modified)}" itemprop="dateModified">Cập nhật mới nhất:'
            f" {lc2(modified)}</time></dd>"
        )
    rows.append(
        '<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>'
        f'<meta itemprop="interactionCount" content="UserPageVisits:{s.views()}" />'
        f"Lượt xem: {s.views()}</dd>"
    )
    return '<dl class="article-info muted">\n' + "\n".join(rows) + "\n</dl>\n"


def _tags(s: Story) -> str:
    if not s.opts.get("tags"):
        return ""
    items = "".join(
        f'<li class="tag-{t} tag-list{i}" itemprop="keywords"><a href="{tag_path(t)}"'
        f' class="label label-info">{esc(TAGS[t][1])}</a></li>'
        for i, t in enumerate(s.opts["tags"])
    )
    return f'<ul class="tags inline">{items}</ul>\n'


def _toc(s: Story, page: int, showall: bool) -> str:
    titles = page_titles(s)
    items = []
    for n, title in enumerate(titles):
        cls = "toclink active" if (n == page and not showall) else "toclink"
        items.append(
            f'<li class="{cls}"><a href="{esc(page_link(s, n))}" class="{cls}">{esc(title)}</a></li>'
        )
    cls = "toclink active" if showall else "toclink"
    items.append(
        f'<li class="{cls}"><a href="{esc(showall_link(s))}" class="{cls}">Tất cả các trang</a></li>'
    )
    return (
        '<div class="pull-right article-index">\n<h3>Mục lục bài viết</h3>\n'
        '<ul class="nav nav-tabs nav-stacked">\n' + "\n".join(items) + "\n</ul>\n</div>\n"
    )


def _text(s: Story, page: int | None) -> tuple[str, str]:
    """(index box, article text) for page ``page`` (0-based) or the whole text (None)."""
    pages = _split_pages(s)
    body = "\n<br />\n".join(_blocks_html(s, p) for p in pages)
    if len(pages) == 1:
        return "", body
    if page is None:
        return _toc(s, 0, True), body
    page = min(page, len(pages) - 1)
    prev_ = (
        f'<a href="{esc(page_link(s, page - 1))}">« Trang trước</a>' if page > 0 else "Trang trước"
    )
    next_ = (
        f'<a href="{esc(page_link(s, page + 1))}">Trang sau »</a>'
        if page < len(pages) - 1
        else "Trang sau"
    )
    text_ = (
        f'<div class="pagenavcounter">Trang {page + 1} / {len(pages)}</div>'
        + _blocks_html(s, pages[page])
        + f'<div class="pager"><ul><li>{prev_} </li><li>{next_}</li></ul></div>'
    )
    return _toc(s, page, False), text_


def _attachments(s: Story) -> str:
    name = s.opts.get("attach")
    if not name:
        return ""
    return (
        '<div class="attachmentsContainer">\n<div class="attachmentsList" id="attachmentsList_com_content_article_'
        f'{s.id}"><table><caption>Tệp đính kèm:</caption><tbody><tr class="odd"><td class="at_filename">'
        f'<a class="at_icon" href="/attachments/article/{s.id}/{name}" title="Tải về"><img src="/media/'
        f'attachments/icons/pdf.gif" alt="Tải về" /></a>&nbsp;<a class="at_url" href="/attachments/'
        f'article/{s.id}/{name}" type="application/pdf" title="Tải về">{name}</a></td>'
        '<td class="at_file_size">186 Kb</td><td class="at_downloads">42 lượt tải</td></tr></tbody>'
        "</table></div>\n</div>"
    )  # fmt: skip


def _neighbours(s: Story) -> str:
    sib = in_cat(s.cat)
    i = sib.index(s)
    items = []
    if i > 0:
        p = sib[i - 1]
        items.append(
            f'<li class="previous"><a class="hasTooltip" title="{esc(p.title)}" aria-label="Bài'
            f' trước: {esc(p.title)}" href="{article_path(p)}" rel="prev"><span class="icon-chevron-left"'
            ' aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>'
        )
    if i < len(sib) - 1:
        n = sib[i + 1]
        items.append(
            f'<li class="next"><a class="hasTooltip" title="{esc(n.title)}" aria-label="Bài tiếp:'
            f' {esc(n.title)}" href="{article_path(n)}" rel="next"><span aria-hidden="true">Tiếp</span>'
            ' <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        )
    return '<ul class="pager pagenav">\n' + "\n".join(items) + "\n</ul>\n"


def _article_html(s: Story, page: int | None, printing: bool = False) -> str:
    toc, body = _text(s, None if printing else page)
    if printing:
        toc = ""
        icons = (
            '<div class="icons"><div class="btn-group pull-right"><a href="#"'
            ' onclick="window.print();return false;"><span class="icon-print"'
            ' aria-hidden="true"></span>In</a></div></div>\n'
        )
    else:
        mail = hashlib.sha1(article_path(s).encode()).hexdigest()
        icons = (
            '<div class="icons">\n<div class="btn-group pull-right">\n'
            '<button class="btn dropdown-toggle" type="button" data-toggle="dropdown">'
            '<span class="icon-cog"></span><span class="caret"></span></button>\n'
            '<ul class="dropdown-menu">\n'
            f'<li class="print-icon"><a href="{esc(print_path(s))}" title="In bài viết &lt;'
            f' {esc(s.title)} &gt;" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,'
            "scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,"
            'location=no\'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true">'
            "</span>In</a></li>\n"
            f'<li class="email-icon"><a href="/component/mailto/?tmpl=component&amp;template={TEMPLATE}'
            f'&amp;link={mail}" title="Gửi email liên kết này cho bạn bè" onclick="window.open(this.href,'
            "'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;\" rel=\"nofollow\">"
            '<span class="icon-envelope" aria-hidden="true"></span>Email</a></li>\n</ul>\n</div>\n</div>\n'
        )  # fmt: skip
    return (
        '<div class="item-page" itemscope itemtype="https://schema.org/Article">\n'
        '<meta itemprop="inLanguage" content="vi-VN" />\n'
        f'<div class="page-header">\n<h2 itemprop="headline">{_t(s.title, s)}</h2>\n</div>\n'
        + icons
        + _info(s)
        + ("" if printing else _tags(s))
        + _intro_image(s)
        + toc
        + f'<div itemprop="articleBody">\n{body}\n{_attachments(s)}</div>\n'
        + ("" if printing else _neighbours(s))
        + "</div>\n"
    )


# --- page chrome ----------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu.html", [("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc.html")]),
    ("Tin tức", "/tin-tuc.html", [(v[1], cat_path(k)) for k, v in CATS.items()]),
    ("Lịch công tác", "/lich-cong-tac.html", []),
    ("Tài liệu", "/tai-lieu.html", []),
    ("Thư viện ảnh", "/thu-vien-anh.html", []),
    ("Liên hệ", "/lien-he.html", []),
]


def _menu(active: str) -> str:
    items = []
    for i, (label, href, kids) in enumerate(MENU):
        cls = f"item-{101 + i}" + (" current active" if href == active else "")
        sub = ""
        if kids:
            cls += " deeper parent"
            sub = '<ul class="nav-child unstyled small">' + "".join(
                f'<li class="item-{120 + j}"><a href="{h}">{esc(t)}</a></li>'
                for j, (t, h) in enumerate(kids)
            ) + "</ul>"  # fmt: skip
        items.append(f'<li class="{cls}"><a href="{href}"><span>{esc(label)}</span></a>{sub}</li>')
    return (
        '<div id="jsn-menu"><div id="jsn-pos-mainmenu"><div class="_menu jsn-modulecontainer">'
        '<div class="jsn-modulecontainer_inner"><div class="jsn-modulecontent">'
        '<ul class="menu-mainmenu menu-iconmenu jsn-menu-mobile-control">'
        + "".join(items)
        + '</ul><div class="clearbreak"></div></div></div></div></div></div>'
    )


def _module(title: str, content: str, suffix: str = "") -> str:
    return (
        f'<div class="{suffix} jsn-modulecontainer"><div class="jsn-modulecontainer_inner">'
        f'<h3 class="jsn-moduletitle"><span class="jsn-moduleicon">{esc(title)}</span></h3>'
        f'<div class="jsn-modulecontent">{content}<div class="clearbreak"></div></div></div></div>'
    )


def _mini_calendar() -> str:
    year, month = TODAY_DATE.year, TODAY_DATE.month
    py, pm = _month_shift(year, month, -1)
    ny, nm = _month_shift(year, month, 1)
    first = date(year, month, 1)
    cells = ['<td class="mod_events_td_dayoutofmonth">&nbsp;</td>'] * first.weekday()
    for d in range(1, 31):
        cls = "mod_events_td_todaynoevents" if d == TODAY_DATE.day else "mod_events_td_daynoevents"
        cells.append(f'<td class="{cls}">{d}</td>')
    while len(cells) % 7:
        cells.append('<td class="mod_events_td_dayoutofmonth">&nbsp;</td>')
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    head = "".join(f'<td class="mod_events_td_dayname">{d}</td>' for d in
                   ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))  # fmt: skip
    return (
        '<div id="extcal_minical"><table class="mod_events_monthyear"><tr>'
        f'<td><a href="{esc(cal_path(py, pm))}" class="mod_events_link" title="Tháng trước">&lt;</a></td>'
        f'<td class="mod_events_monthyear_title">Tháng {month} {year}</td>'
        f'<td><a href="{esc(cal_path(ny, nm))}" class="mod_events_link" title="Tháng sau">&gt;</a></td>'
        f'</tr></table><table class="mod_events_table"><tr>{head}</tr>{rows}</table></div>'
    )


def _left() -> str:
    notices = "".join(
        f'<li><a class="mod-articles-category-title" href="{article_path(s)}">{_t(s.title)}</a></li>'
        for s in in_cat("chuyen-mon")
    )
    links = "".join(
        f'<option value="{u}">{esc(t)}</option>'
        for t, u in (
            ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
            ("Sở GD&ĐT Đắk Lắk", "https://daklak.edu.vn"),
            ("Cổng thông tin điện tử tỉnh Đắk Lắk", "https://daklak.gov.vn"),
            ("Hệ thống quản lý trường học", "https://csdl.moet.gov.vn"),
        )
    )
    counter = (
        '<div id="vvisit_counter"><table cellpadding="0" cellspacing="0" style="width: 90%;">'
        "<tr><td>Hôm nay</td><td>215</td></tr><tr><td>Hôm qua</td><td>340</td></tr>"
        "<tr><td>Tuần này</td><td>1.286</td></tr><tr><td>Tháng này</td><td>7.918</td></tr>"
        "<tr><td>Tất cả</td><td>456.789</td></tr></table>"
        "<div>Đang trực tuyến: 12</div><div>IP của bạn: 127.0.0.1</div></div>"
    )
    return (
        '<div id="jsn-leftsidecontent"><div id="jsn-leftsidecontent_inner"><div id="jsn-pos-left">'
        + _module("Thông báo", f'<marquee direction="up" scrollamount="2" onmouseover="this.stop()"'
                  f' onmouseout="this.start()"><ul class="category-module">{notices}</ul></marquee>',
                  "box-blue")
        + _module("Lịch sự kiện", _mini_calendar())
        + _module("Liên kết website", '<form name="jumpurl" action=""><select name="link"'
                  ' onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn liên'
                  f" kết --</option>{links}</select></form>")
        + _module("Thống kê truy cập", counter)
        + "</div></div></div>"
    )  # fmt: skip


def _right() -> str:
    login = (
        '<form action="/" method="post" id="login-form" class="form-inline">'
        '<div class="userdata"><div id="form-login-username" class="control-group">'
        '<label for="modlgn-username">Tên đăng nhập</label><input id="modlgn-username" type="text"'
        ' name="username" class="input-small" tabindex="0" size="18" /></div>'
        '<div id="form-login-password" class="control-group"><label for="modlgn-passwd">Mật khẩu</label>'
        '<input id="modlgn-passwd" type="password" name="password" class="input-small" size="18" /></div>'
        '<div id="form-login-remember" class="control-group checkbox"><label for="modlgn-remember">'
        'Ghi nhớ</label> <input id="modlgn-remember" type="checkbox" name="remember" value="yes" /></div>'
        '<button type="submit" class="btn btn-primary login-button">Đăng nhập</button>'
        '<input type="hidden" name="option" value="com_users" /><input type="hidden" name="task"'
        ' value="user.login" /><input type="hidden" name="return" value="aW5kZXgucGhwP0l0ZW1pZD0xMDE=" />'
        '<input type="hidden" name="3f9c1b7e2d5a4c8b9e0f6a1d2c3b4a59" value="1" />'
        '<ul class="unstyled"><li><a href="/component/users/?view=remind&amp;Itemid=101">Quên tên đăng'
        ' nhập?</a></li><li><a href="/component/users/?view=reset&amp;Itemid=101">Quên mật khẩu?</a>'
        "</li></ul></div></form>"
    )  # fmt: skip
    latest = "".join(
        f'<li><a class="mod-articles-category-title" href="{article_path(s)}">{_t(s.title)}</a>'
        f'<span class="mod-articles-category-date">{s.opts["when"]:%d-%m-%Y}</span></li>'
        for s in _LATEST[:5]
    )
    video = (
        '<iframe width="100%" height="200" src="https://www.youtube.com/embed/Qm8kT2vN5xE"'
        ' frameborder="0" allowfullscreen></iframe><p>Phóng sự: Trường THCS Nguyễn Trãi - 40 năm'
        " xây dựng và trưởng thành</p>"
    )
    return (
        '<div id="jsn-rightsidecontent"><div id="jsn-rightsidecontent_inner"><div id="jsn-pos-right">'
        + _module("Đăng nhập", login)
        + _module("Tin mới nhất", f'<ul class="category-module mod-list">{latest}</ul>', "box-red")
        + _module("Video", video)
        + "</div></div></div>"
    )


def _crumbs(trail: list[tuple[str, str | None]]) -> str:
    items = ['<li class="active"><span class="divider icon-location"></span></li>',
             '<li>Bạn đang ở: &#160;</li>']  # fmt: skip
    full = [("Trang chủ", "/"), *trail]
    for i, (label, href) in enumerate(full):
        sep = (
            '<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>'
            if i < len(full) - 1
            else ""
        )
        if href:
            items.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}'
                f'</span></a>{sep}<meta itemprop="position" content="{i + 1}"></li>'
            )
        else:
            items.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"'
                f' class="active"><span itemprop="name">{esc(label)}</span>'
                f'<meta itemprop="position" content="{i + 1}"></li>'
            )
    return (
        '<div id="jsn-breadcrumbs"><div id="jsn-pos-breadcrumbs"><ul itemscope'
        ' itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
        + "".join(items)
        + "</ul></div></div>"
    )


def _page(
    request: Request,
    title: str,
    main: str,
    *,
    active: str = "",
    crumbs: list[tuple[str, str | None]] | None = None,
    head: str = "",
    below: str = "",
    home: bool = False,
) -> str:
    base = base_url(request) + request.target
    slideshow = ""
    if home:
        slides = "".join(
            f'<div class="jsn-is-slide"><a href="{article_path(_BY_ID[i])}?limitstart=0">'
            f'<img src="/images/slideshow/slide-{i}.jpg" alt="{esc(_BY_ID[i].title)}" /></a>'
            f'<div class="jsn-is-caption"><a href="{article_path(_BY_ID[i])}?limitstart=0">'
            f"{_t(_BY_ID[i].title)}</a></div></div>"
            for i in SLIDES
        )
        slideshow = (
            '<div id="jsn-pos-promo"><div class="jsn-modulecontainer"><div class="jsn-modulecontent">'
            f'<div class="jsn-is-slider" id="jsn-is-slider-1">{slides}</div></div></div></div>'
        )
    trail = _crumbs(crumbs or []) if not home else ""
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<base href="{esc(base)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="THCS Nguyễn Trãi, Ea Kar, Đắk Lắk, trường học" />
<meta name="description" content="Cổng thông tin điện tử {SITE} - {ADDRESS}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
{head}<title>{esc(title)}</title>
<link href="/templates/{TEMPLATE}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/jui/css/bootstrap.min.css?5c1e5a8c" rel="stylesheet" type="text/css" />
<link href="/templates/{TEMPLATE}/css/template.css" rel="stylesheet" type="text/css" />
<script src="/media/jui/js/jquery.min.js?5c1e5a8c"></script>
<script src="/media/system/js/caption.js?5c1e5a8c"></script>
<script>jQuery(window).on('load', function() {{ new JCaption('img.caption'); }});</script>
</head>
<body id="jsn-master" class="jsn-textstyle-business jsn-color-blue jsn-direction-ltr jsn-desktop">
<div id="jsn-page"><div id="jsn-page_inner">
<div id="jsn-topheader"><div id="jsn-pos-top"><span class="jsn-date">Hôm nay: {TODAY}</span>
<form action="/component/search/" method="post" class="form-inline"><label for="mod-search-searchword">Tìm kiếm...</label>
<input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="101" /></form></div></div>
<div id="jsn-header"><div id="jsn-logo"><a href="/" title="{SITE}"><img src="/images/banner/banner-thcs-nguyen-trai.jpg" alt="{SITE} - xã Ea Kar" id="jsn-logo-desktop" /></a></div></div>
{_menu(active)}
<div id="jsn-body">{slideshow}
<div id="jsn-content" class="jsn-hasleft jsn-hasright"><div id="jsn-content_inner">
{_left()}
<div id="jsn-maincontent"><div id="jsn-centercol"><div id="jsn-centercol_inner">
{trail}
<div id="jsn-mainbody-content" class="jsn-hasmainbody"><div id="jsn-mainbody">
<div id="system-message-container"></div>
{main}
</div></div>
{below}
</div></div></div>
{_right()}
<div class="clearbreak"></div></div></div></div>
<div id="jsn-footer"><div id="jsn-footer_inner"><div id="jsn-pos-footer">
<div class="custom"><p><strong>{SITE.upper()}</strong></p>
<p>Địa chỉ: {ADDRESS}</p><p>Điện thoại: {PHONE} - Hotline: {HOTLINE} - Email: {EMAIL}</p>
<p>Chịu trách nhiệm nội dung: Thầy Võ Thành Nam - Hiệu trưởng</p></div></div>
<div id="jsn-pos-bottom"><p>Bản quyền © 2012 - 2026 {SITE}. Designed by <a href="https://www.joomlashine.com" target="_blank">JoomlaShine.com</a></p></div>
</div></div>
</div></div>
</body>
</html>"""


def _site_title(title: str) -> str:
    return f"{title} - {SITE}"


def _others(s: Story) -> str:
    others = [o for o in in_cat(s.cat) if o is not s][:5]
    items = "".join(
        f'<li><a class="mod-articles-category-title" href="{article_path(o)}">{_t(o.title)}</a>'
        f' <span class="mod-articles-category-date">({_dmy(o.opts["when"])})</span></li>'
        for o in others
    )
    return (
        '<div id="jsn-pos-mainbody-bottom">'
        + _module("Các bài viết khác", f'<ul class="category-module">{items}</ul>', "_other")
        + "</div>"
    )


def _article_response(request: Request, s: Story) -> Response:
    params = request.params
    if params.get("print") == "1" and params.get("tmpl") == "component":
        return html(_print_page(request, s))
    showall = params.get("showall") == "1"
    try:
        page = int(params.get("start") or params.get("limitstart") or 0)
    except ValueError:
        page = 0
    pages = len(_split_pages(s))
    title = s.title
    if pages > 1 and not showall and 0 < page < pages:
        title = f"{s.title} - {page_titles(s)[page]}"
    user = s.opts.get("user") or "Super User"
    head = f'<meta name="author" content="{esc(user)}" />\n'
    cname = CATS[s.cat][1]
    main = _article_html(s, None if showall else max(page, 0))
    return html(
        _page(
            request,
            _site_title(title),
            main,
            active="/tin-tuc.html",
            crumbs=[("Tin tức", "/tin-tuc.html"), (cname, cat_path(s.cat)), (s.title, None)],
            head=head,
            below=_others(s),
        )
    )


def _print_page(request: Request, s: Story) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<base href="{esc(base_url(request) + request.target)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex, nofollow" />
<title>{esc(_site_title(s.title))}</title>
<link href="/templates/{TEMPLATE}/css/print.css" rel="stylesheet" type="text/css" />
</head>
<body class="contentpane modal">
<div id="system-message-container"></div>
{_article_html(s, None, printing=True)}
</body>
</html>"""


def _blog_item(s: Story, cls: str) -> str:
    img = ""
    first = s.blocks[0]
    if isinstance(first, Img) and first.style.startswith("intro"):
        thumb = first.src.replace("/tin-tuc/", "/tin-tuc/thumbs/")
        img = (
            f'<div class="pull-left item-image"><a href="{article_path(s)}"><img src="{thumb}"'
            f' alt="{esc(s.title)}" itemprop="thumbnailUrl" /></a></div>'
        )
    return (
        f'<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
        f'<div class="page-header"><h2 itemprop="name"><a href="{article_path(s)}" itemprop="url">'
        f"{_t(s.title)}</a></h2></div>"
        + _info(s, link_title=True)
        + img
        + _intro_text(s)
        + f'<p class="readmore"><a class="btn" href="{article_path(s)}" itemprop="url"'
        f' aria-label="Đọc thêm: {esc(s.title)}"><span class="icon-chevron-right"'
        f' aria-hidden="true"></span> Đọc thêm: {_t(s.title)}</a></p></div>'
    )


def _pagination(base: str, start: int, total: int, per: int) -> str:
    pages = _pages(total, per)
    if pages <= 1:
        return ""
    cur = start // per

    def href(n: int) -> str:
        return f"{base}?limitstart=0" if n == 0 else f"{base}?start={n * per}"

    def item(label: str, n: int, cls: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        if n == cur:
            return f'<li{c}><span class="pagenav">{label}</span></li>'
        return f'<li{c}><a title="{label}" href="{href(n)}" class="pagenav">{label}</a></li>'

    items = [
        item("Đầu", 0, "pagination-start"),
        item("Trước", max(cur - 1, 0), "pagination-prev"),
        *(item(str(n + 1), n) for n in range(pages)),
        item("Tiếp", min(cur + 1, pages - 1), "pagination-next"),
        item("Cuối", pages - 1, "pagination-end"),
    ]
    return (
        f'<div class="pagination"><p class="counter">Trang {cur + 1} / {pages}</p>'
        f'<ul class="jsn-pagination">{"".join(items)}</ul></div>'
    )


def _start(params: dict[str, str], total: int, per: int) -> int:
    try:
        start = int(params.get("start") or params.get("limitstart") or 0)
    except ValueError:
        start = 0
    start = max(start, 0)
    last = (_pages(total, per) - 1) * per
    return min(start - start % per, last)


def _feed_head(base: str) -> str:
    return (
        f'<link href="{base}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml"'
        ' title="RSS 2.0" />\n'
        f'<link href="{base}?format=feed&amp;type=atom" rel="alternate"'
        ' type="application/atom+xml" title="Atom 1.0" />\n'
    )


def _blog(request: Request, base: str, title: str, stories: list[Story], per: int,
          crumbs: list[tuple[str, str | None]], desc: str = "") -> str:  # fmt: skip
    start = _start(request.params, len(stories), per)
    chunk = stories[start : start + per]
    leading = _blog_item(chunk[0], "leading-0") if chunk else ""
    rows = "".join(
        f'<div class="items-row cols-1 row-{i} row-fluid clearfix"><div class="span12">'
        + _blog_item(s, "item column-1")
        + "</div></div>"
        for i, s in enumerate(chunk[1:])
    )
    main = (
        '<div class="blog" itemscope itemtype="https://schema.org/Blog">'
        f'<div class="page-header"><h1>{esc(title)}</h1></div>'
        + (f'<div class="category-desc clearfix"><p>{esc(desc)}</p></div>' if desc else "")
        + f'<div class="items-leading clearfix">{leading}</div>{rows}'
        + _pagination(base, start, len(stories), per)
        + "</div>"
    )
    page_title = title if start == 0 else f"{title} - Trang {start // per + 1}"
    return _page(request, _site_title(page_title), main, active="/tin-tuc.html", crumbs=crumbs,
                 head=_feed_head(base))  # fmt: skip


def _home(request: Request) -> str:
    items = "".join(_blog_item(s, f"items-row cols-1 row-{i} item") for i, s in enumerate(FEATURED))
    main = f'<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">{items}</div>'
    return _page(request, SITE, main, active="/", head=_feed_head("/"), home=True)


def _rfc822(dt: datetime) -> str:
    return format_datetime(dt.replace(tzinfo=_LOCAL).astimezone(UTC))


def _rss(request: Request, base_path: str, title: str, stories: list[Story]) -> Response:
    root = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{esc(root + nonsef_path(s))}</link>"
        f'<guid isPermaLink="true">{esc(root + nonsef_path(s))}</guid>'
        f"<description><![CDATA[{_intro_text(s)}]]></description>"
        f"<author>{EMAIL} ({esc(s.opts.get('user') or 'Super User')})</author>"
        f"<category>{esc(CATS[s.cat][1])}</category><pubDate>{_rfc822(s.opts['when'])}</pubDate></item>\n"
        for s in stories[:10]
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<!-- generator="Joomla! - Open Source Content Management" -->\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
        f"<title>{esc(title)}</title><description><![CDATA[Cổng thông tin điện tử {SITE}]]></description>"
        f"<link>{esc(root + base_path)}</link>"
        f"<lastBuildDate>{_rfc822(datetime(2026, 11, 25, 7, 0))}</lastBuildDate>"
        "<generator>Joomla! - Open Source Content Management</generator>"
        f'<atom:link rel="self" type="application/rss+xml" href="{esc(root + base_path)}?format=feed'
        '&amp;type=rss"/><language>vi-vn</language>\n' + items + "</channel>\n</rss>\n"
    )  # fmt: skip
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _atom(request: Request, base_path: str, title: str, stories: list[Story]) -> Response:
    root = base_url(request)
    entries = "".join(
        f'<entry><title>{esc(s.title)}</title><link rel="alternate" type="text/html"'
        f' href="{esc(root + nonsef_path(s))}"/><published>{_iso(s.opts["when"])}</published>'
        f"<updated>{_iso(s.opts.get('modified') or s.opts['when'])}</updated>"
        f"<id>{esc(root + nonsef_path(s))}</id><author><name>{esc(s.opts.get('user') or 'Super User')}"
        f'</name></author><summary type="html"><![CDATA[{_intro_text(s)}]]></summary></entry>\n'
        for s in stories[:10]
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'
        f' xml:lang="vi-vn"><title type="text">{esc(title)}</title>'
        f'<link rel="alternate" type="text/html" href="{esc(root + base_path)}"/>'
        f"<id>{esc(root + base_path)}</id><updated>2026-11-25T07:00:00+07:00</updated>\n"
        + entries + "</feed>\n"
    )  # fmt: skip
    return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})


def _feed(request: Request, base_path: str, title: str, stories: list[Story]) -> Response | None:
    kind = request.params.get("type", "rss")
    if kind == "rss":
        return _rss(request, base_path, title, stories)
    if kind == "atom":
        return _atom(request, base_path, title, stories)
    return None


def _single(request: Request, path: str) -> str:
    title, paras = STATIC[path]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    if path == "/gioi-thieu.html":
        body = (
            '<p style="text-align: center;"><img src="/images/gioi-thieu/toan-canh-truong.jpg"'
            ' alt="toan-canh-truong" width="600" height="380" /></p>' + body
        )
    main = (
        '<div class="item-page" itemscope itemtype="https://schema.org/Article">'
        f'<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>'
        f'<div itemprop="articleBody">{body}</div></div>'
    )
    crumbs: list[tuple[str, str | None]] = (
        [(title, None)] if path == "/gioi-thieu.html" else
        [("Giới thiệu", "/gioi-thieu.html"), (title, None)]
    )  # fmt: skip
    return _page(request, _site_title(title), main, active="/gioi-thieu.html", crumbs=crumbs)


def _schedule(request: Request) -> str:
    rows = "".join(
        f"<tr><td>{esc(d)}</td><td>{esc(w)}</td><td>{esc(who)}</td></tr>" for d, w, who in SCHEDULE
    )
    main = (
        '<div class="item-page" itemscope itemtype="https://schema.org/Article">'
        '<div class="page-header"><h2 itemprop="headline">Lịch công tác tuần</h2></div>'
        '<div itemprop="articleBody"><p style="text-align: center;"><strong>LỊCH CÔNG TÁC TUẦN 12'
        " (Từ ngày 23/11/2026 đến ngày 29/11/2026)</strong></p>"
        '<table class="table table-bordered" border="1" cellpadding="5"><tbody><tr><td><strong>Ngày'
        "</strong></td><td><strong>Nội dung công việc</strong></td><td><strong>Thành phần</strong>"
        f"</td></tr>{rows}</tbody></table><p><em>Lịch có thể thay đổi, các bộ phận theo dõi thông báo"
        " trên nhóm Zalo của trường.</em></p></div></div>"
    )  # fmt: skip
    return _page(request, _site_title("Lịch công tác"), main, active="/lich-cong-tac.html",
                 crumbs=[("Lịch công tác", None)])  # fmt: skip


def _contact(request: Request, sent: bool) -> str:
    msg = '<div class="alert alert-message">Cảm ơn bạn đã gửi email.</div>' if sent else ""
    main = (
        f'{msg}<div class="contact" itemscope itemtype="https://schema.org/Person">'
        f'<div class="page-header"><h2><span class="contact-name" itemprop="name">{SITE}</span></h2></div>'
        '<h3>Liên hệ</h3><div class="contact-miscinfo"><dl class="contact-address dl-horizontal"'
        ' itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">'
        f'<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: "'
        f' /></span></dt><dd><span class="contact-street" itemprop="streetAddress">{ADDRESS}</span></dd>'
        f'<dt>Điện thoại: </dt><dd><span class="contact-telephone" itemprop="telephone">{PHONE}</span></dd>'
        f'<dt>Di động: </dt><dd><span class="contact-mobile" itemprop="telephone">{HOTLINE}</span></dd>'
        f'<dt>Email: </dt><dd><span class="contact-emailto"><a href="mailto:{EMAIL}">{EMAIL}</a></span></dd>'
        '</dl></div><h3>Mẫu liên hệ</h3><form id="contact-form" action="/lien-he.html" method="post"'
        ' class="form-validate form-horizontal well"><fieldset><legend>Gửi email. Các trường có dấu'
        ' (*) là bắt buộc.</legend><label for="jform_contact_name">Tên *</label><input type="text"'
        ' name="jform[contact_name]" id="jform_contact_name" required /><label'
        ' for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]"'
        ' id="jform_contact_email" required /><label for="jform_contact_emailmsg">Tiêu đề *</label>'
        '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" required />'
        '<label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]"'
        ' id="jform_contact_message" cols="50" rows="10" required></textarea>'
        '<button class="btn btn-primary validate" type="submit">Gửi Email</button>'
        '<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task"'
        ' value="contact.submit" /><input type="hidden" name="id" value="1:truong-thcs-nguyen-trai" />'
        "</fieldset></form></div>"
    )  # fmt: skip
    return _page(request, _site_title("Liên hệ"), main, active="/lien-he.html",
                 crumbs=[("Liên hệ", None)])  # fmt: skip


def _documents(request: Request) -> str:
    rows = "".join(
        f'<div class="pd-filebox"><div class="pd-filenamebox"><div class="pd-title">{esc(t)}</div>'
        f'<div class="pd-filename"><div class="pd-document32" style="background: url(\'/media/'
        f"com_phocadownload/images/mime/32/icon-pdf.png') 0 center no-repeat;\"><div class=\"pd-float\">"
        f'{a}.pdf</div></div></div></div><div class="pd-buttons"><div class="pd-button-download">'
        f'<a class="btn btn-success" href="/tai-lieu.html?download={i}:{a}">Tải về</a></div></div>'
        f'<div class="pd-fl-m">Kích thước: {size / 1024:.2f} kB</div><div class="pd-cb"></div></div>'
        for i, a, t, size in DOCS
    )  # fmt: skip
    main = (
        '<div id="phoca-dl-category-box" class="pd-category-view"><div class="pd-category">'
        '<h1 class="pdfv">Văn bản - Tài liệu</h1>' + rows
        + '<div class="pd-cb">&nbsp;</div></div></div>'
        '<div style="text-align:right;color:#ccc;display:block">Powered by <a href="http://www.phoca.cz/'
        'phocadownload">Phoca Download</a></div>'
    )  # fmt: skip
    return _page(request, _site_title("Tài liệu"), main, active="/tai-lieu.html",
                 crumbs=[("Tài liệu", None)])  # fmt: skip


def _gallery(request: Request, album: int | None) -> str:
    if album is None:
        boxes = "".join(
            f'<div class="pg-cv-box item"><div class="pg-cv-box-img pg-box1"><a href="/thu-vien-anh/'
            f'category/{i}-{a}.html"><img src="/images/phocagallery/{a}/thumbs/phoca_thumb_m_01.jpg"'
            f' alt="{esc(t)}" /></a></div><div class="pg-cv-name pg-cv-folder"><a href="/thu-vien-anh/'
            f'category/{i}-{a}.html">{esc(t)}</a> <span class="pg-cv-no">({n})</span></div></div>'
            for i, (a, t, n) in ALBUMS.items()
        )  # fmt: skip
        main = (
            f'<div id="phocagallery" class="pg-categories-view"><h1>Thư viện ảnh</h1>{boxes}</div>'
        )
        return _page(request, _site_title("Thư viện ảnh"), main, active="/thu-vien-anh.html",
                     crumbs=[("Thư viện ảnh", None)])  # fmt: skip
    alias, title, n = ALBUMS[album]
    boxes = "".join(
        f'<div class="pg-cv-box item"><div class="pg-box-img"><a class="pg-modal-button"'
        f' href="/images/phocagallery/{alias}/{k:02d}.jpg" rel="lightbox-{alias}"><img'
        f' src="/images/phocagallery/{alias}/thumbs/phoca_thumb_m_{k:02d}.jpg" alt="{alias}-{k:02d}"'
        f' /></a></div><div class="pg-box-name">{alias}-{k:02d}</div></div>'
        for k in range(1, n + 1)
    )  # fmt: skip
    main = (
        f'<div id="phocagallery" class="pg-category-view"><div class="page-header"><h1>{esc(title)}'
        f'</h1></div><div id="pg-icons"></div>{boxes}<div class="pg-cb"></div>'
        '<div class="pg-back"><a href="/thu-vien-anh.html">« Quay lại danh sách album</a></div></div>'
    )  # fmt: skip
    return _page(request, _site_title(title), main, active="/thu-vien-anh.html",
                 crumbs=[("Thư viện ảnh", "/thu-vien-anh.html"), (title, None)])  # fmt: skip


def _tag_page(request: Request, tid: int) -> str:
    name = TAGS[tid][1]
    tagged = [s for s in _LATEST if tid in s.opts.get("tags", [])]
    items = "".join(
        f'<li class="cat-list-row{i % 2} clearfix"><h3><a href="{article_path(s)}">{_t(s.title)}</a>'
        f"</h3><span class=\"tag-body\">{_intro_text(s)}</span></li>"
        for i, s in enumerate(tagged)
    )  # fmt: skip
    main = (
        f'<div class="tag-category"><h2>{esc(name)}</h2><form action="{tag_path(tid)}" method="post"'
        ' name="adminForm" id="adminForm" class="form-inline"><ul class="category list-striped">'
        f"{items}</ul></form></div>"
    )
    return _page(request, _site_title(name), main, crumbs=[(name, None)])


def _users(request: Request, view: str) -> str | None:
    if view == "reset":
        title, field, label = "Quên mật khẩu", "jform[email]", "Địa chỉ email"
        intro = "Vui lòng nhập địa chỉ email của tài khoản. Một mã xác nhận sẽ được gửi tới bạn."
    elif view == "remind":
        title, field, label = "Quên tên đăng nhập", "jform[email]", "Địa chỉ email"
        intro = "Vui lòng nhập địa chỉ email của tài khoản. Tên đăng nhập sẽ được gửi qua email."
    elif view == "login":
        title, field, label = "Đăng nhập", "username", "Tên đăng nhập"
        intro = "Đăng nhập để quản trị nội dung."
    else:
        return None
    main = (
        f'<div class="{view}"><form id="user-registration" action="/component/users/?task={view}'
        f'.request&amp;Itemid=101" method="post" class="form-validate form-horizontal well">'
        f"<fieldset><p>{intro}</p><label>{label}: *</label><input type=\"text\" name=\"{field}\" />"
        '<button type="submit" class="btn btn-primary validate">Gửi đi</button></fieldset></form></div>'
    )  # fmt: skip
    return _page(request, _site_title(title), main, crumbs=[(title, None)])


def _mailto(request: Request) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn"><head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" />
<title>{SITE}</title></head><body class="contentpane modal">
<div id="mailto-window"><h2>Gửi email liên kết này cho bạn bè.</h2>
<form action="/component/mailto/?task=send" method="post" class="form-validate form-horizontal">
<label for="mailto_field">Email tới</label><input type="text" id="mailto_field" name="mailto" />
<label for="sender_field">Người gửi</label><input type="text" id="sender_field" name="sender" />
<label for="from_field">Email của bạn</label><input type="text" id="from_field" name="from" />
<label for="subject_field">Tiêu đề</label><input type="text" id="subject_field" name="subject" />
<button class="btn btn-primary">Gửi</button> <button class="btn" onclick="window.close();return false;">Hủy</button>
<input type="hidden" name="link" value="{esc(request.params.get("link", ""))}" /></form></div>
</body></html>"""


def _search(request: Request) -> str:
    word = request.params.get("searchword") or request.form.get("searchword", "")
    hits = [s for s in _LATEST if word and word.lower() in s.title.lower()]
    results = "".join(
        f'<dt class="result-title">{i + 1}. <a href="{article_path(s)}">{_t(s.title)}</a></dt>'
        f'<dd class="result-category"><span class="small">({esc(CATS[s.cat][1])})</span></dd>'
        for i, s in enumerate(hits)
    )
    main = (
        '<div class="search"><h1 class="page-title">Tìm kiếm</h1>'
        '<form id="searchForm" action="/component/search/" method="post"><input type="text"'
        f' name="searchword" value="{esc(word)}" /><button class="btn">Tìm kiếm</button></form>'
        f'<div class="searchintro"><p>Tổng cộng: <span class="badge badge-info">{len(hits)}</span>'
        f' kết quả.</p></div><dl class="search-results">{results}</dl></div>'
    )
    return _page(request, _site_title("Tìm kiếm"), main, crumbs=[("Tìm kiếm", None)])


def _calendar(request: Request) -> Response | None:
    p = request.params
    try:
        year, month = int(p.get("year", "")), int(p.get("month", ""))
    except ValueError:
        return None
    if not (1000 <= year <= 9999 and 1 <= month <= 12):
        return None
    py, pm = _month_shift(year, month, -1)
    ny, nm = _month_shift(year, month, 1)
    nav = (
        '<div class="jev_toprow"><div class="previousmonth">'
        f'<a href="{esc(cal_path(py, pm))}" title="Tháng trước">« Tháng trước</a></div>'
        f'<div class="currentmonth"><h2>Tháng {month} năm {year}</h2></div>'
        f'<div class="nextmonth"><a href="{esc(cal_path(ny, nm))}" title="Tháng sau">Tháng sau »</a>'
        "</div></div>"
    )
    main = (
        f'<div id="jevents"><div class="jev_ext_gr"><div class="contentpaneopen jeventpage">{nav}'
        '<div class="jev_noevents">Không có sự kiện nào trong tháng này.</div></div></div></div>'
    )
    return html(_page(request, _site_title(f"Lịch sự kiện - Tháng {month}/{year}"), main,
                      crumbs=[("Lịch sự kiện", None)]))  # fmt: skip


ROBOTS = """# If the Joomla site is installed within a folder
User-agent: *
Disallow: /administrator/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/
"""

_ARTICLE = re.compile(r"/tin-tuc/([a-z-]+)/(\d+)-[a-z0-9-]+\.html")
_CAT = re.compile(r"/tin-tuc/([a-z-]+)\.html")
_ALBUM = re.compile(r"/thu-vien-anh/category/(\d+)-[a-z0-9-]+\.html")
_TAG = re.compile(r"/component/tags/tag/(\d+)-[a-z0-9-]+\.html")
_ATTACH = {
    f"/attachments/article/{s.id}/{s.opts['attach']}" for s in STORIES if s.opts.get("attach")
}


@dataclass
class Joomla3Site:
    """The JSN Joomla 3 school site; ``respond`` routes like Joomla's SEF router."""

    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain"})
        if path in _ATTACH:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/images/", "/templates/", "/media/")):
            return static_file(path)
        if path in ("/", "/index.php"):
            option = params.get("option")
            if option is None:
                if params.get("format") == "feed":
                    return _feed(request, "/", SITE, FEATURED)
                return html(_home(request))
            if option == "com_content" and params.get("view") == "article":
                s = _BY_ID.get(int(params["id"])) if params.get("id", "").isdigit() else None
                return _article_response(request, s) if s else None
            if option == "com_jevents" and params.get("task") == "month.calendar":
                return _calendar(request)
            return None
        if m := _ARTICLE.fullmatch(path):
            s = _BY_ID.get(int(m.group(2)))
            if s is None or s.cat != m.group(1):
                return None
            return _article_response(request, s)
        if path == "/tin-tuc.html":
            if params.get("format") == "feed":
                return _feed(request, path, f"Tin tức - {SITE}", _LATEST)
            return html(_blog(request, path, "Tin tức", _LATEST, PARENT_PER_PAGE,
                              [("Tin tức", None)]))  # fmt: skip
        if m := _CAT.fullmatch(path):
            alias = m.group(1)
            if alias not in CATS:
                return None
            name = CATS[alias][1]
            if params.get("format") == "feed":
                return _feed(request, path, f"{name} - {SITE}", in_cat(alias))
            return html(_blog(request, path, name, in_cat(alias), BLOG_PER_PAGE,
                              [("Tin tức", "/tin-tuc.html"), (name, None)]))  # fmt: skip
        if path in STATIC:
            return html(_single(request, path))
        if path == "/lich-cong-tac.html":
            return html(_schedule(request))
        if path == "/lien-he.html":
            return html(_contact(request, request.method == "POST"))
        if path == "/tai-lieu.html":
            if dl := params.get("download"):
                known = {f"{i}:{a}": a for i, a, _, _ in DOCS}
                if dl not in known:
                    return None
                return Response(200, PDF, {
                    "Content-Type": "application/pdf",
                    "Content-Disposition": f'attachment; filename="{known[dl]}.pdf"',
                })  # fmt: skip
            return html(_documents(request))
        if path == "/thu-vien-anh.html":
            return html(_gallery(request, None))
        if (m := _ALBUM.fullmatch(path)) and int(m.group(1)) in ALBUMS:
            return html(_gallery(request, int(m.group(1))))
        if (m := _TAG.fullmatch(path)) and int(m.group(1)) in TAGS:
            return html(_tag_page(request, int(m.group(1))))
        if path == "/component/users/":
            page = _users(request, params.get("view", "login"))
            return html(page) if page else None
        if path == "/component/mailto/":
            return html(_mailto(request))
        if path == "/component/search/":
            return html(_search(request))
        return None


def build_site() -> Joomla3Site:
    return Joomla3Site()
