"""Fixture portal: an upper secondary school's site on Joomla 5.1 with the YOOtheme Pro page builder.

Imitates Trường THPT Trần Quang Diệu (tỉnh Gia Lai, after the 2025 merger) as a small local agency
builds such a site in 2024: Joomla 5.1, the commercial YOOtheme Pro 4.4 template and its builder
(UIkit 3 markup everywhere: ``tm-page``, ``tm-toolbar``, ``tm-header``, ``uk-section``,
``uk-container``, ``uk-grid``, ``uk-card``, ``el-title`` / ``el-meta`` / ``el-content``), SEF URLs
with the menu aliases and no ``index.php``, the vi-VN language pack, the schemaorg system plugin.

What it serves
- Articles (com_content, "Remove IDs from URLs") at ``/tin-tuc/<category-alias>/<article-alias>``,
  three leaf categories under the parent "Tin tức" (catid 7): "Hoạt động nhà trường" (catid 8,
  seven posts), "Hoạt động chuyên môn" (catid 10, four), "Thông báo" (catid 9, three).
- The article page is YOOtheme's article template inside the builder's single-article layout:
  ``<article class="uk-article" typeof="Article">`` with RDFa ``<meta property=…>`` (datePublished
  in UTC), ``h1.uk-article-title``, the meta as ``ul.uk-subnav.uk-subnav-divider`` ("Đăng bởi
  <author>", ``<time datetime="…+00:00">14 Tháng 11 2026</time>``, "Chuyên mục: <a>…</a>"), the
  full-text image (a YOOtheme cache file ``/templates/yootheme/cache/…jpeg``; with a
  ``figcaption.uk-text-meta`` when the editor filled the caption field), then
  ``div[property=text]`` with the TinyMCE HTML: paragraphs, centred images with the caption in the
  next paragraph in italics, a floated image inside a text paragraph, ``uk-alert`` notices,
  a ``uk-accordion`` "Danh sách học sinh đạt giải" holding a table, ``uk-table`` tables, lists,
  an e-mail address cloaked by Joomla's email-cloak plugin (``<joomla-hidden-mail>``), bylines in
  right-aligned paragraphs at the end. After the article: tags (``uk-label``), a share/print bar,
  the builder's "Các bài viết liên quan" grid of cards (``el-title`` / ``el-meta``) and the
  article navigation ``ul.uk-pagination`` "Bài trước / Bài tiếp" (not a listing pager).
- The same article also at ``/component/content/article/<alias>?catid=N&Itemid=101`` (the home
  page's builder grid and slideshow link it that way: Joomla's router falls back to the component
  URL there), at ``…?lang=en`` (the language switcher in the toolbar: the site has no English
  content, so the "English" link serves the very same page) and as a print view
  ``…?tmpl=component&print=1`` (component-only page, ``robots noindex, nofollow``). No page prints
  ``rel=canonical`` (Joomla 5's SEF plugin prints one only when a site domain is configured);
  the article element carries ``data-permalink`` with the SEF address.
- Category blogs (YOOtheme blog layout: every item is itself an ``article.uk-article`` with an
  ``h2`` title, the meta list and the intro text, plus "Đọc thêm") six a page, paged by Joomla's
  limitstart as ``?start=6``, ``?start=12`` with ``ul.uk-pagination.uk-flex-center`` whose
  previous/next links hold only an icon (``<span uk-pagination-next></span>``; some carry an
  aria-label). ``/tin-tuc`` is the parent category's blog with subcategories included, rendered
  by a builder template: a block per category with its two newest posts, then all fourteen
  posts on three pages (``?start=6``, ``?start=12``). Each category page announces
  ``?format=feed&type=rss`` and ``type=atom`` feeds (ten newest).
- Home (builder): slideshow and card grid "Tin tức - Sự kiện" (whole cards are links), "Thông báo"
  list, a "Tuyển sinh lớp 10" banner, statistics, partner logos. Builder pages ``/gioi-thieu``,
  ``/tuyen-sinh-lop-10`` (landing page with steps, an accordion of questions and a button opening
  ``/lien-he?tmpl=component`` in a lightbox), ``/thoi-khoa-bieu`` (a table of PDF files),
  ``/thu-vien-anh`` (a lightbox gallery), ``/lien-he`` (com_contact with its form), the
  Đoàn trường contact page (the author link), com_finder smart search ``/tim-kiem?q=…``,
  com_tags tag pages ``/component/tags/tag/<id>-<alias>``, com_users login.
- Chrome: ``tm-toolbar`` with TODAY, the hotline, the VI/EN switcher and "Đăng nhập";
  ``tm-header`` with the navbar and its dropdowns and a search modal; ``tm-header-mobile`` with an
  offcanvas menu repeating the navbar; a sidebar ("Tin mới nhất" with dates, "Thông báo", banner
  links, a "Lịch công tác" note); a builder footer with the address, hotline, a cloaked e-mail and
  the visitor counter ("Đang truy cập", "Hôm nay", "Hôm qua", "Tổng lượt truy cập").

Traps and hard cases
- ``?start`` beyond the end: the ``/tin-tuc`` builder page's "Tin cũ hơn" buttons were hard-coded
  to ``?start=6`` by the designer; for "Hoạt động chuyên môn" and "Thông báo" (4 and 3 posts) that
  is an empty blog page answering 200 ("Chưa có bài viết trong chuyên mục này."), no pager.
- Feeds ``…?format=feed&type=rss|atom`` (XML, not pages); ``?tmpl=component`` views of any page;
  ``?lang=en`` duplicates of every page; the ``/component/content/article/…`` aliases.
- Listing items look like article pages (same ``article.uk-article`` markup, meta and intro text).
- The ``<time datetime>`` and RDFa/JSON-LD times are UTC: the post of 03/11/2026 06:15 local time
  carries ``2026-11-02T23:15:00+00:00``.
- One post's text is in decomposed Unicode (NFD), as pasted from a "Unicode tổ hợp" document.
- The e-mail address in one notice is printed by the email-cloak plugin as
  ``<joomla-hidden-mail first=… last=… text=…>`` (base64) with the plugin's "enable JavaScript"
  sentence as the no-script text.
- Unknown paths: YOOtheme's 404 page with status 404; a trailing slash answers 301.

Gold (by hand), and the judgement calls
- Articles are the fourteen com_content posts; every other page (listings, builder pages,
  contact, search, tags, login, print views) is not. The ``?lang=en`` and ``/component/…`` URLs
  are alternative addresses of the same article (``alt_paths``); print views are non-articles.
- published_at: the printed day ("14 Tháng 11 2026"); the template prints no time, so the day
  alone, even where the machine time is on another (UTC) day: the reader sees 03 Tháng 11.
- authors: a person signing the text wins ("Tin: X - Ảnh: Y", "Bài, ảnh: Z", a bare bold name,
  "ThS. Nguyễn Văn Hùng" → without the degree, "GV. Nguyễn Thị Mai - Tổ Tin học" → without "GV."
  and the unit, "Nguyễn Văn Thành - Chủ tịch Công đoàn" → the name). When nothing signs the
  text, the "Đăng bởi" field is the author if it names a person or a unit ("Đoàn trường",
  "Phạm Quốc Bảo", "Tổ Giáo dục thể chất", "Văn phòng nhà trường", "Ban Giám hiệu"); the
  accounts "Quản trị viên" and "bientap" credit nobody. "Nguồn: Báo Gia Lai điện tử" is the
  source and the bare name above it stays the author.
- photographers: from byline lines ("Ảnh: …", "Bài, ảnh: …"), and the caption ending "(Ảnh: Đức
  Thịnh)", which stays in the caption and names him a photographer (harmonised with the other
  fixtures' gold; the helper first wrote no photographer).
- summary: the template prints no sapo; three posts open with a paragraph set wholly in bold,
  which is the summary and stays the body's first paragraph. A first paragraph that only begins
  in bold ("<strong>Sáng 13/11/2026</strong>, …") is plain body.
- body: the text's paragraphs in order, with the accordion's title, table rows (cells joined by
  " | ", header rows included), list items and the ``uk-alert`` notices ("Lưu ý: …"); the cloaked
  address reads as the address a browser shows (the no-script sentence is not text); captions,
  bylines, the source line, tags, share/print bar, related cards and the article navigation are
  not body.
- images: the full-text image first (its cache address), then the text's images in order;
  caption = the italic line under the image, without wrapping parentheses or a leading "Ảnh:"
  label, or the figcaption; None where nothing is printed. Listing thumbnails, related cards,
  the slideshow and banners are not article images.
- category: the category the meta line and breadcrumb name (the leaf category).
"""

from __future__ import annotations

import base64
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
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

NAME = "yootheme_joomla5_thpt"
PLATFORM = "joomla5"
START_PATH = "/"

SITE = "Trường THPT Trần Quang Diệu"
ADDRESS = "Số 268 đường Trần Phú, phường An Nhơn, tỉnh Gia Lai"
PHONE = "0256 3 835 417"
EMAIL = "c3tranquangdieu@gialai.edu.vn"
PER_PAGE = 6
FEED_LIMIT = 10
HOME_ITEMID = 101
_LOCAL = timezone(timedelta(hours=7))
TOKEN = opaque("joomla-form-token", 16).replace("+", "a").replace("/", "b").replace("=", "")[:32]
CLOAK_TEXT = "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt JavaScript để xem nó."


@dataclass(frozen=True)
class Cat:
    catid: int
    alias: str
    name: str

    @property
    def path(self) -> str:
        return "/tin-tuc" if self.alias == "tin-tuc" else f"/tin-tuc/{self.alias}"


PARENT = Cat(7, "tin-tuc", "Tin tức")
CATS: dict[str, Cat] = {
    "hoat-dong-nha-truong": Cat(8, "hoat-dong-nha-truong", "Hoạt động nhà trường"),
    "hoat-dong-chuyen-mon": Cat(10, "hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    "thong-bao": Cat(9, "thong-bao", "Thông báo"),
}

#: com_tags: alias -> (id, title)
TAGS: dict[str, tuple[int, str]] = {
    "ngay-nha-giao-viet-nam": (2, "Ngày Nhà giáo Việt Nam"),
    "doan-thanh-nien": (3, "Đoàn thanh niên"),
    "hoc-sinh-gioi": (4, "Học sinh giỏi"),
    "hoc-bong": (5, "Học bổng"),
    "chuyen-doi-so": (6, "Chuyển đổi số"),
    "kiem-tra-danh-gia": (7, "Kiểm tra đánh giá"),
}

#: the author shown as a link to a com_contact page (Joomla's "Link Author")
AUTHOR_CONTACTS = {"Đoàn trường": "/component/contact/contact/doan-truong?catid=4&Itemid=101"}
CONTACT_DOAN = "/component/contact/contact/doan-truong"

_IMG = "/images/tin-tuc/2026"
_CACHE = "/templates/yootheme/cache"
DOCX = "/images/van-ban/2026/mau-don-de-nghi-xet-hoc-bong-vi-em-hieu-hoc.docx"

# Block styles of this portal:
#   P: "" plain, "lead" wholly bold first paragraph, "b:<prefix>" only the prefix in bold,
#      "alert" a uk-alert box (text starts "Lưu ý:"), "acc" the accordion title (the table rows
#      that follow go into the accordion), "th"/"tr" table rows (cells " | "), "th-td" a header
#      row typed as bold cells, "li" list items, "mail:<address>" the address is cloaked,
#      "link:<anchor>|<href>" the anchor text is a link.
#   Img: "top" the full-text image (figcaption when printed), "em" centred with the caption in
#      the next paragraph in italics, "center" centred without a line, "float" floated inside
#      the next text paragraph.
# opts: at (local "YYYY-MM-DD HH:MM"), by (the "Đăng bởi" field), tags, nfd, modified (UTC),
#      schema (the editor filled Joomla's Schema tab: a BlogPosting in JSON-LD).
STORIES: list[Story] = [
    Story(
        id=88,
        slug="thong-bao-lich-kiem-tra-cuoi-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-23",
        blocks=[
            P(
                "Căn cứ kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027, nhà trường thông báo lịch kiểm"
                " tra cuối kỳ I các môn học đối với học sinh ba khối lớp như sau:"
            ),
            P("Ngày | Buổi sáng | Buổi chiều", "th"),
            P("Thứ Hai, 14/12/2026 | Ngữ văn | Lịch sử", "tr"),
            P("Thứ Ba, 15/12/2026 | Toán | Tiếng Anh", "tr"),
            P("Thứ Tư, 16/12/2026 | Vật lí, Hóa học | Sinh học, Địa lí", "tr"),
            P("Thứ Năm, 17/12/2026 | Tin học, Công nghệ | Giáo dục kinh tế và pháp luật", "tr"),
            P(
                "Lưu ý: Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học"
                " sinh; không mang điện thoại di động và tài liệu vào phòng kiểm tra.",
                "alert",
            ),
            P(
                "Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh của lớp"
                " mình; các tổ chuyên môn hoàn thành đề kiểm tra và nộp về Phó Hiệu trưởng phụ trách"
                " chuyên môn trước ngày 07/12/2026."
            ),
        ],
        authors=["Văn phòng nhà trường"],
        opts={"at": "2026-11-23 10:40", "by": "Văn phòng nhà trường", "tags": ["kiem-tra-danh-gia"]},
    ),
    Story(
        id=87,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trường THPT Trần Quang Diệu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-20",
        summary=(
            "Sáng ngày 20/11/2026, Trường THPT Trần Quang Diệu long trọng tổ chức Lễ kỷ niệm 44 năm"
            " Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) với sự tham dự của đại diện lãnh đạo"
            " UBND phường An Nhơn, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân"
            " viên và hơn 1.400 học sinh nhà trường."
        ),
        blocks=[
            Img(
                f"{_CACHE}/5d/le-ky-niem-20-11-2026-5d2e8a41.jpeg",
                "Quang cảnh buổi lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Quang cảnh buổi lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "top",
            ),
            P(
                "Sáng ngày 20/11/2026, Trường THPT Trần Quang Diệu long trọng tổ chức Lễ kỷ niệm 44 năm"
                " Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) với sự tham dự của đại diện lãnh đạo"
                " UBND phường An Nhơn, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân"
                " viên và hơn 1.400 học sinh nhà trường.",
                "lead",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Lê Văn Tám, Hiệu trưởng nhà trường, ôn lại truyền thống vẻ"
                " vang của ngành Giáo dục và điểm lại những thành tích nổi bật của thầy và trò trong năm"
                " học 2025 - 2026: tỷ lệ tốt nghiệp THPT đạt 99,6%, 38 học sinh đạt giải học sinh giỏi"
                " cấp tỉnh, 2 dự án đạt giải Cuộc thi Khoa học kỹ thuật cấp tỉnh."
            ),
            P(
                "Thay mặt Ban Giám hiệu, thầy Hiệu trưởng gửi lời tri ân sâu sắc đến các thế hệ thầy cô"
                " giáo đã tận tụy cống hiến cho sự nghiệp trồng người, đồng thời mong muốn mỗi cán bộ,"
                " giáo viên tiếp tục đổi mới phương pháp dạy học, nêu cao tinh thần tự học, tự bồi dưỡng."
            ),
            Img(
                f"{_IMG}/11/trao-giay-khen-giao-vien-20-11.jpg",
                "Thầy Lê Văn Tám, Hiệu trưởng nhà trường, trao Giấy khen cho các giáo viên có thành tích xuất sắc",
                "Thầy Lê Văn Tám, Hiệu trưởng nhà trường, trao Giấy khen cho các giáo viên có thành tích xuất sắc",
                "em",
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 15 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp"
                " trường và 6 giáo viên có học sinh đạt giải cao trong các kỳ thi cấp tỉnh."
            ),
            P(
                "Đại diện học sinh, em Nguyễn Ngọc Bảo Trân, lớp 12A1, bày tỏ lòng biết ơn và gửi những"
                " bó hoa tươi thắm tặng các thầy cô. Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc"
                " do các chi đoàn dàn dựng."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Trần Thị Mỹ Linh - Ảnh: Nguyễn Minh Khoa</strong></p>'),
        ],
        authors=["Trần Thị Mỹ Linh"],
        photographers=["Nguyễn Minh Khoa"],
        opts={
            "at": "2026-11-20 15:45",
            "by": "Quản trị viên",
            "tags": ["ngay-nha-giao-viet-nam"],
            "modified": "2026-11-21T01:12:37+00:00",
            "schema": True,
        },
    ),
    Story(
        id=86,
        slug="sinh-hoat-chuyen-de-day-hoc-doc-hieu-van-ban-theo-dac-trung-the-loai",
        title="Sinh hoạt chuyên đề “Dạy học đọc hiểu văn bản theo đặc trưng thể loại” môn Ngữ văn",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-17",
        blocks=[
            Img(
                f"{_CACHE}/77/chuyen-de-ngu-van-77f0a3b5.jpeg",
                "Tiết dạy minh họa của cô Trần Thị Thu Hà tại lớp 11A2",
                "Tiết dạy minh họa của cô Trần Thị Thu Hà tại lớp 11A2",
                "top",
            ),
            P(
                "Ngày 15/11/2026, Tổ Ngữ văn Trường THPT Trần Quang Diệu tổ chức sinh hoạt chuyên đề"
                " “Dạy học đọc hiểu văn bản theo đặc trưng thể loại” với sự tham gia của toàn thể giáo"
                " viên trong tổ và đại diện Ban Giám hiệu nhà trường."
            ),
            P(
                "Chuyên đề gồm hai phần: tiết dạy minh họa bài “Chí Phèo” (Nam Cao) tại lớp 11A2 và phần"
                " thảo luận về quy trình hướng dẫn học sinh đọc hiểu truyện ngắn hiện đại."
            ),
            P(
                "Các ý kiến thảo luận thống nhất: giáo viên cần giúp học sinh nắm vững đặc trưng thể loại,"
                " tổ chức cho học sinh tự đọc, tự khám phá văn bản, từ đó hình thành kỹ năng đọc hiểu các"
                " văn bản ngoài sách giáo khoa."
            ),
            Img(
                f"{_IMG}/11/thao-luan-chuyen-de-ngu-van.jpg",
                "Giáo viên Tổ Ngữ văn thảo luận sau tiết dạy minh họa",
                "Giáo viên Tổ Ngữ văn thảo luận sau tiết dạy minh họa",
                "em",
            ),
            P(
                "Chuyên đề góp phần nâng cao năng lực đổi mới phương pháp dạy học của giáo viên, đáp ứng"
                " yêu cầu của Chương trình giáo dục phổ thông 2018 và định hướng đề thi tốt nghiệp THPT."
            ),
            Raw('<p style="text-align: right;"><strong>ThS. Nguyễn Văn Hùng</strong></p>'),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={"at": "2026-11-17 09:10", "by": "Tổ Ngữ văn", "tags": []},
    ),
    Story(
        id=85,
        slug="hoi-thi-rung-chuong-vang-chao-mung-ngay-nha-giao-viet-nam",
        title="Đoàn trường tổ chức Hội thi “Rung chuông vàng” chào mừng Ngày Nhà giáo Việt Nam",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-14",
        blocks=[
            Img(f"{_CACHE}/a1/rung-chuong-vang-2026-a17c03fd.jpeg", None, None, "top"),
            P(
                "Sáng 13/11/2026, tại sân trường, Đoàn trường THPT Trần Quang Diệu tổ chức Hội thi “Rung"
                " chuông vàng” năm học 2026 - 2027 dành cho học sinh khối 10 và khối 11.",
                "b:Sáng 13/11/2026",
            ),
            P(
                "Hội thi thu hút 100 thí sinh là những học sinh xuất sắc được các chi đoàn lựa chọn. Các"
                " câu hỏi xoay quanh kiến thức các môn học, lịch sử truyền thống ngành Giáo dục, hiểu biết"
                " xã hội và kỹ năng sống."
            ),
            Img(
                f"{_IMG}/11/rung-chuong-vang-thi-sinh.jpg",
                "(Các thí sinh tập trung trả lời câu hỏi của Ban tổ chức)",
                "Các thí sinh tập trung trả lời câu hỏi của Ban tổ chức",
                "em",
            ),
            P(
                "Sau 20 câu hỏi gay cấn, em Võ Minh Quân, lớp 11A3, xuất sắc trở thành người duy nhất trụ"
                " lại đến cuối và giành giải Nhất của hội thi."
            ),
            Img(f"{_IMG}/11/rung-chuong-vang-trao-giai.jpg", None, None, "center"),
            P("Danh sách học sinh đạt giải", "acc"),
            P("TT | Họ và tên | Lớp | Giải", "th"),
            P("1 | Võ Minh Quân | 11A3 | Nhất", "tr"),
            P("2 | Trần Ngọc Hân | 10A1 | Nhì", "tr"),
            P("3 | Lê Gia Huy | 11A1 | Ba", "tr"),
            P("4 | Đặng Thảo Nguyên | 10A5 | Khuyến khích", "tr"),
            P(
                "Hội thi là sân chơi bổ ích, giúp học sinh củng cố kiến thức, rèn luyện bản lĩnh và tạo"
                " không khí thi đua sôi nổi chào mừng Ngày Nhà giáo Việt Nam 20/11."
            ),
        ],
        authors=["Đoàn trường"],
        opts={
            "at": "2026-11-14 08:30",
            "by": "Đoàn trường",
            "tags": ["doan-thanh-nien", "ngay-nha-giao-viet-nam"],
        },
    ),
    Story(
        id=83,
        slug="thong-bao-nhan-ho-so-xet-hoc-bong-vi-em-hieu-hoc-hoc-ky-i",
        title="Thông báo nhận hồ sơ xét học bổng “Vì em hiếu học” học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-10",
        blocks=[
            P(
                "Nhà trường thông báo nhận hồ sơ xét học bổng “Vì em hiếu học” học kỳ I năm học 2026 -"
                " 2027 dành cho học sinh có hoàn cảnh khó khăn, có kết quả học tập từ mức Khá trở lên."
            ),
            P("Hồ sơ gồm:"),
            P("Đơn đề nghị xét học bổng theo mẫu, có xác nhận của giáo viên chủ nhiệm;", "li"),
            P(
                "Giấy xác nhận hộ nghèo, hộ cận nghèo hoặc hoàn cảnh khó khăn của UBND xã, phường nơi cư"
                " trú;",
                "li",
            ),
            P("Bản sao kết quả học tập năm học 2025 - 2026.", "li"),
            P(
                "Học sinh tải mẫu đơn đề nghị xét học bổng tại đây và nộp hồ sơ tại phòng Đoàn trường"
                " trước ngày 25/11/2026.",
                f"link:tại đây|{DOCX}",
            ),
            P(
                "Mọi thắc mắc xin liên hệ cô Nguyễn Thị Lan, Bí thư Đoàn trường, điện thoại 0914 257 318,"
                " email: doantruong@thpttranquangdieu.edu.vn.",
                "mail:doantruong@thpttranquangdieu.edu.vn",
            ),
        ],
        opts={"at": "2026-11-10 07:50", "by": "Quản trị viên", "tags": ["hoc-bong"]},
    ),
    Story(
        id=82,
        slug="hoc-sinh-khoi-10-trai-nghiem-hoc-tap-lich-su-tai-bao-tang-quang-trung",
        title="Học sinh khối 10 trải nghiệm, học tập lịch sử tại Bảo tàng Quang Trung",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-07",
        blocks=[
            P(
                "Thực hiện kế hoạch giáo dục địa phương năm học 2026 - 2027, ngày 06/11/2026, Trường THPT"
                " Trần Quang Diệu tổ chức cho gần 450 học sinh khối 10 tham gia hoạt động trải nghiệm tại"
                " Bảo tàng Quang Trung (xã Tây Sơn, tỉnh Gia Lai)."
            ),
            P(
                "Tại đây, các em được nghe thuyết minh về thân thế, sự nghiệp của ba anh em Tây Sơn, tìm"
                " hiểu các hiện vật gắn với phong trào Tây Sơn và thưởng thức tiết mục biểu diễn võ cổ"
                " truyền, trống trận Tây Sơn."
            ),
            Img(
                f"{_IMG}/11/trai-nghiem-bao-tang-quang-trung.jpg",
                "Học sinh lớp 10A2 nghe thuyết minh về phong trào Tây Sơn (Ảnh: Đức Thịnh)",
                "Học sinh lớp 10A2 nghe thuyết minh về phong trào Tây Sơn (Ảnh: Đức Thịnh)",
                "em",
            ),
            P(
                "Sau chuyến đi, mỗi lớp hoàn thành một sản phẩm thu hoạch dưới dạng báo tường hoặc video"
                " ngắn, được giáo viên bộ môn Lịch sử đánh giá và lấy điểm kiểm tra thường xuyên."
            ),
        ],
        authors=["Phạm Quốc Bảo"],
        # (harmonised with the other fixtures' gold: a caption's "(Ảnh: X)" credit stays in the
        # caption and names X a photographer)
        photographers=["Đức Thịnh"],
        opts={"at": "2026-11-07 10:20", "by": "Phạm Quốc Bảo", "tags": []},
    ),
    Story(
        id=81,
        slug="12-hoc-sinh-dat-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        title="12 học sinh đạt giải Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-05",
        summary=(
            "Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027, Trường THPT Trần Quang"
            " Diệu có 12/18 học sinh dự thi đạt giải, gồm 1 giải Nhất, 3 giải Nhì, 4 giải Ba và 4 giải"
            " Khuyến khích."
        ),
        blocks=[
            Img(f"{_CACHE}/b8/hsg-cap-tinh-2026-b83d51c0.jpeg", None, None, "top"),
            P(
                "Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027, Trường THPT Trần Quang"
                " Diệu có 12/18 học sinh dự thi đạt giải, gồm 1 giải Nhất, 3 giải Nhì, 4 giải Ba và 4 giải"
                " Khuyến khích.",
                "lead",
            ),
            P(
                "Kỳ thi diễn ra trong hai ngày 28 và 29/10/2026 với 1.126 thí sinh của các trường THPT"
                " trong tỉnh tham dự ở 11 môn thi."
            ),
            P("Danh sách học sinh đạt giải:"),
            P("TT | Họ và tên | Lớp | Môn thi | Giải", "th"),
            P("1 | Nguyễn Hoàng Phúc | 12A1 | Toán | Nhất", "tr"),
            P("2 | Trần Thị Bích Ngọc | 12A1 | Vật lí | Nhì", "tr"),
            P("3 | Lê Quang Vinh | 12A2 | Hóa học | Nhì", "tr"),
            P("4 | Phan Thị Thu Uyên | 12A3 | Ngữ văn | Nhì", "tr"),
            P("5 | Võ Đức Anh | 12A1 | Tin học | Ba", "tr"),
            P("6 | Huỳnh Ngọc Trâm | 12A4 | Tiếng Anh | Ba", "tr"),
            P("7 | Đỗ Minh Nhật | 12A2 | Sinh học | Ba", "tr"),
            P("8 | Nguyễn Thị Kim Thoa | 12A3 | Lịch sử | Ba", "tr"),
            P("9 | Trương Gia Bảo | 12A1 | Toán | Khuyến khích", "tr"),
            P("10 | Lý Thanh Tâm | 12A5 | Địa lí | Khuyến khích", "tr"),
            P("11 | Phạm Hồng Nhung | 12A4 | Tiếng Anh | Khuyến khích", "tr"),
            P("12 | Bùi Quốc Khánh | 12A2 | Vật lí | Khuyến khích", "tr"),
            P(
                "Nhà trường biểu dương các em học sinh đạt giải và các thầy cô giáo đã tận tình bồi"
                " dưỡng, góp phần khẳng định chất lượng giáo dục mũi nhọn của nhà trường."
            ),
        ],
        opts={"at": "2026-11-05 17:05", "by": "Quản trị viên", "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        id=79,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-03",
        blocks=[
            Img(f"{_IMG}/11/hoi-nghi-vien-chuc-2026.jpg", None, None, "float"),
            P(
                "Chiều ngày 31/10/2026, Trường THPT Trần Quang Diệu tổ chức Hội nghị viên chức, người lao"
                " động năm học 2026 - 2027. Tham dự hội nghị có 86 cán bộ, giáo viên, nhân viên nhà"
                " trường."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học"
                " 2026 - 2027; báo cáo công khai tài chính, quy chế chi tiêu nội bộ và quy chế thực hiện"
                " dân chủ ở cơ sở."
            ),
            P(
                "Các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết về công tác chuyên"
                " môn, chế độ chính sách và việc xây dựng môi trường làm việc thân thiện."
            ),
            P(
                "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2027 gồm 3 đồng chí và phát động"
                " phong trào thi đua “Dạy tốt - Học tốt” chào mừng 44 năm Ngày Nhà giáo Việt Nam."
            ),
            Raw('<p style="text-align: right;"><em>Nguyễn Văn Thành - Chủ tịch Công đoàn</em></p>'),
        ],
        authors=["Nguyễn Văn Thành"],
        opts={"at": "2026-11-03 06:15", "by": "Công đoàn trường", "tags": []},
    ),
    Story(
        id=77,
        slug="boi-duong-giao-vien-ung-dung-tri-tue-nhan-tao-trong-day-hoc",
        title="Bồi dưỡng giáo viên ứng dụng trí tuệ nhân tạo trong dạy học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-29",
        blocks=[
            P(
                "Nhằm nâng cao năng lực số cho đội ngũ, chiều 27/10/2026, Tổ Tin học Trường THPT Trần"
                " Quang Diệu tổ chức buổi bồi dưỡng chuyên đề “Ứng dụng trí tuệ nhân tạo trong thiết kế"
                " bài giảng và kiểm tra, đánh giá” cho 72 giáo viên."
            ),
            Img(f"{_IMG}/10/boi-duong-ai-giao-vien.jpg", None, None, "float"),
            P(
                "Giáo viên được hướng dẫn sử dụng một số công cụ trí tuệ nhân tạo để soạn câu hỏi trắc"
                " nghiệm, xây dựng phiếu học tập, tạo hình ảnh minh họa và xây dựng ma trận đề kiểm tra."
            ),
            P(
                "Lưu ý: Giáo viên cần kiểm tra, chỉnh sửa nội dung do công cụ trí tuệ nhân tạo tạo ra"
                " trước khi sử dụng; tuyệt đối không đưa thông tin cá nhân của học sinh lên các nền tảng"
                " này.",
                "alert",
            ),
            P(
                "Sau buổi bồi dưỡng, mỗi tổ chuyên môn sẽ xây dựng ít nhất hai bài dạy có ứng dụng trí tuệ"
                " nhân tạo để chia sẻ trên kho học liệu số của nhà trường."
            ),
            Raw('<p style="text-align: right;"><strong>GV. Nguyễn Thị Mai - Tổ Tin học</strong></p>'),
        ],
        authors=["Nguyễn Thị Mai"],
        opts={"at": "2026-10-29 11:00", "by": "Tổ Tin học", "tags": ["chuyen-doi-so"]},
    ),
    Story(
        id=74,
        slug="trao-40-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-vuot-kho",
        title="Trao 40 suất học bổng “Tiếp bước đến trường” cho học sinh vượt khó học tốt",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-24",
        blocks=[
            Img(f"{_CACHE}/0c/trao-hoc-bong-2026-0c6b9e27.jpeg", None, None, "top"),
            P(
                "Ngày 23/10/2026, Hội Khuyến học tỉnh phối hợp với Trường THPT Trần Quang Diệu trao 40"
                " suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó học"
                " tốt."
            ),
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng, tổng kinh phí 80 triệu đồng do các doanh nghiệp,"
                " nhà hảo tâm và cựu học sinh nhà trường đóng góp."
            ),
            Img(
                f"{_IMG}/10/trao-hoc-bong-tiep-buoc.jpg",
                "Ảnh: Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                "em",
            ),
            P(
                "Em Rơ Châm H’Linh, học sinh lớp 11A4, xúc động chia sẻ: “Suất học bổng là nguồn động viên"
                " rất lớn để em tiếp tục cố gắng, không phụ lòng thầy cô và gia đình”."
            ),
            Raw('<p style="text-align: right;"><strong>Hoàng Anh</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Gia Lai điện tử</em></p>'),
        ],
        authors=["Hoàng Anh"],
        source="Báo Gia Lai điện tử",
        opts={"at": "2026-10-24 14:00", "by": "Quản trị viên", "tags": ["hoc-bong"]},
    ),
    Story(
        id=72,
        slug="thong-bao-dieu-chinh-thoi-gian-hoc-buoi-chieu-tu-ngay-19-10-2026",
        title="Thông báo điều chỉnh thời gian học buổi chiều từ ngày 19/10/2026",
        cat="thong-bao",
        published_at="2026-10-16",
        blocks=[
            P(
                "Thực hiện chỉ đạo của Sở Giáo dục và Đào tạo về việc điều chỉnh thời gian học phù hợp với"
                " thời tiết mùa mưa bão, nhà trường điều chỉnh thời gian học buổi chiều từ ngày 19/10/2026"
                " như sau:"
            ),
            P("Tiết | Thời gian", "th"),
            P("Tiết 1 | 13h30 - 14h15", "tr"),
            P("Tiết 2 | 14h20 - 15h05", "tr"),
            P("Tiết 3 | 15h15 - 16h00", "tr"),
            P("Tiết 4 | 16h05 - 16h50", "tr"),
            P(
                "Các hoạt động ngoại khóa buổi chiều kết thúc trước 17h00. Đề nghị cán bộ, giáo viên, nhân"
                " viên và học sinh thực hiện nghiêm túc thông báo này."
            ),
        ],
        authors=["Ban Giám hiệu"],
        opts={"at": "2026-10-16 16:00", "by": "Ban Giám hiệu", "tags": []},
    ),
    Story(
        id=70,
        slug="be-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Bế mạc Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-12",
        blocks=[
            P(
                "Sau 2 tuần tranh tài sôi nổi, chiều 10/10/2026, Hội khỏe Phù Đổng cấp trường năm học"
                " 2026 - 2027 đã bế mạc và trao giải cho các tập thể, cá nhân xuất sắc."
            ),
            P(
                "Hội khỏe năm nay có hơn 600 vận động viên của 36 lớp tham gia tranh tài ở 6 môn: bóng đá"
                " nam, bóng chuyền, cầu lông, điền kinh, cờ vua và kéo co."
            ),
            Img(f"{_IMG}/10/hkpd-bong-da-nam.jpg", None, None, "center"),
            Img(f"{_IMG}/10/hkpd-keo-co.jpg", None, None, "center"),
            P("Kết quả toàn đoàn:"),
            P("Giải | Khối 10 | Khối 11 | Khối 12", "th-td"),
            P("Nhất | 10A1 | 11A3 | 12A2", "tr"),
            P("Nhì | 10A4 | 11A1 | 12A5", "tr"),
            P("Ba | 10A7 | 11A6 | 12A1", "tr"),
            P(
                "Thông qua Hội khỏe, nhà trường lựa chọn 24 vận động viên tiêu biểu tham gia Hội khỏe Phù"
                " Đổng cấp tỉnh dự kiến tổ chức vào tháng 12/2026."
            ),
        ],
        authors=["Tổ Giáo dục thể chất"],
        opts={"at": "2026-10-12 16:30", "by": "Tổ Giáo dục thể chất", "tags": [], "nfd": True},
    ),
    Story(
        id=68,
        slug="hoi-thao-doi-moi-kiem-tra-danh-gia-theo-dinh-huong-ky-thi-tot-nghiep-thpt-2027",
        title="Hội thảo đổi mới kiểm tra, đánh giá theo định hướng kỳ thi tốt nghiệp THPT năm 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-08",
        blocks=[
            P(
                "Ngày 07/10/2026, Trường THPT Trần Quang Diệu tổ chức hội thảo chuyên đề “Đổi mới kiểm"
                " tra, đánh giá theo định hướng kỳ thi tốt nghiệp THPT năm 2027”."
            ),
            P(
                "Các báo cáo tham luận tập trung vào cấu trúc định dạng đề thi với ba dạng câu hỏi: trắc"
                " nghiệm nhiều lựa chọn, trắc nghiệm đúng sai và trả lời ngắn; kinh nghiệm xây dựng ngân"
                " hàng câu hỏi theo mức độ nhận thức."
            ),
            Img(
                f"{_IMG}/10/hoi-thao-kiem-tra-danh-gia.jpg",
                "Thầy Trần Đình Khôi, Tổ trưởng Tổ Toán, trình bày tham luận tại hội thảo",
                "Thầy Trần Đình Khôi, Tổ trưởng Tổ Toán, trình bày tham luận tại hội thảo",
                "em",
            ),
            P(
                "Kết thúc hội thảo, nhà trường giao các tổ chuyên môn hoàn thiện ma trận, bản đặc tả đề"
                " kiểm tra giữa kỳ I của từng môn trước ngày 20/10/2026."
            ),
            Raw('<p style="text-align: right;"><strong>Huỳnh Thị Kim Oanh</strong></p>'),
        ],
        authors=["Huỳnh Thị Kim Oanh"],
        opts={"at": "2026-10-08 15:20", "by": "bientap", "tags": ["kiem-tra-danh-gia"]},
    ),
    Story(
        id=66,
        slug="tung-bung-le-khai-giang-nam-hoc-2026-2027",
        title="Tưng bừng Lễ khai giảng năm học 2026 - 2027",
        cat="hoat-dong-nha-truong",
        published_at="2026-09-05",
        summary=(
            "Sáng 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, thầy và trò Trường THPT Trần"
            " Quang Diệu long trọng tổ chức Lễ khai giảng năm học 2026 - 2027, chào đón 480 học sinh"
            " khối 10 bước vào ngôi trường mới."
        ),
        blocks=[
            Img(
                f"{_CACHE}/e4/khai-giang-2026-e4b27d90.jpeg",
                "Học sinh khối 10 tiến vào lễ đài trong Lễ khai giảng",
                "Học sinh khối 10 tiến vào lễ đài trong Lễ khai giảng",
                "top",
            ),
            P(
                "Sáng 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, thầy và trò Trường THPT Trần"
                " Quang Diệu long trọng tổ chức Lễ khai giảng năm học 2026 - 2027, chào đón 480 học sinh"
                " khối 10 bước vào ngôi trường mới.",
                "lead",
            ),
            P(
                "Tới dự buổi lễ có ông Nguyễn Hữu Phước, Phó Chủ tịch UBND phường An Nhơn; đại diện Ban"
                " đại diện cha mẹ học sinh và các nhà hảo tâm."
            ),
            P(
                "Năm học 2026 - 2027, nhà trường có 36 lớp với 1.425 học sinh. Chủ đề năm học là “Kỷ cương"
                " - Chất lượng - Sáng tạo - Hội nhập”, tiếp tục đẩy mạnh chuyển đổi số và đổi mới kiểm"
                " tra, đánh giá."
            ),
            Img(
                f"{_IMG}/09/danh-trong-khai-giang.jpg",
                "Thầy Hiệu trưởng Lê Văn Tám đánh trống khai giảng năm học mới",
                "Thầy Hiệu trưởng Lê Văn Tám đánh trống khai giảng năm học mới",
                "em",
            ),
            P(
                "Tại buổi lễ, nhà trường đã trao 25 suất học bổng cho học sinh có thành tích xuất sắc"
                " trong kỳ thi tuyển sinh vào lớp 10 và học sinh có hoàn cảnh khó khăn."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Lê Hoàng Yến</strong></p>'),
        ],
        authors=["Lê Hoàng Yến"],
        photographers=["Lê Hoàng Yến"],
        opts={"at": "2026-09-05 10:00", "by": "Quản trị viên", "tags": [], "schema": True},
    ),
]

_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}


def local_time(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def utc_iso(story: Story) -> str:
    return local_time(story).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def newest(cat: str | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or s.cat == cat]
    return sorted(items, key=local_time, reverse=True)


def article_path(story: Story) -> str:
    return f"{CATS[story.cat].path}/{story.slug}"


def component_path(story: Story) -> str:
    """The article as the home page's builder links it (Joomla's fallback route)."""
    return f"/component/content/article/{story.slug}?catid={CATS[story.cat].catid}&Itemid={HOME_ITEMID}"


def print_path(story: Story) -> str:
    return f"{article_path(story)}?tmpl=component&print=1"


def _pages(count: int) -> int:
    return max(1, -(-count // PER_PAGE))


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat].name,
        alt_paths=[
            f"{article_path(s)}?lang=en",
            component_path(s),
            f"{component_path(s)}&lang=en",
        ],
    )
    for s in STORIES
]

NON_ARTICLES: list[str] = [
    "/",
    "/gioi-thieu",
    "/tuyen-sinh-lop-10",
    "/thoi-khoa-bieu",
    "/thu-vien-anh",
    "/lien-he",
    "/tin-tuc",
    "/tin-tuc?start=6",
    "/tin-tuc?start=12",
    *(c.path for c in CATS.values()),
    *(
        f"{c.path}?start={n * PER_PAGE}"
        for key, c in CATS.items()
        for n in range(1, _pages(len(newest(key))))
    ),
    *(f"/component/tags/tag/{tid}-{alias}" for alias, (tid, _) in TAGS.items()),
    f"{CONTACT_DOAN}?catid=4&Itemid=101",
    "/tim-kiem",
    "/tim-kiem?q=h%E1%BB%8Dc+b%E1%BB%95ng",
    f"/component/users/login?Itemid={HOME_ITEMID}",
    *(print_path(s) for s in STORIES),
]

#: "Tin cũ hơn" buttons of the /tin-tuc page: a blog page past the end for the small categories
EMPTY_PAGES: list[str] = [
    f"{c.path}?start={PER_PAGE}" for key, c in CATS.items() if len(newest(key)) <= PER_PAGE
]


# --------------------------------------------------------------------------- rendering helpers

_MONTH = "Tháng {m}"


def joomla_date(when: datetime) -> str:
    """DATE_FORMAT_LC3 of the vi-VN pack: ``d F Y`` with "Tháng N" months."""
    return f"{when:%d} {_MONTH.format(m=when.month)} {when:%Y}"


def _t(value: str, story: Story | None = None) -> str:
    return text(value, nfd=bool(story and story.opts.get("nfd")))


def _cloak(address: str) -> str:
    """Joomla's HTMLHelper email.cloak as the email-cloak plugin prints it (J4/J5)."""
    first, last = address.split("@", 1)

    def b64(v: str) -> str:
        return base64.b64encode(v.encode("utf-8")).decode("ascii")

    return (
        f'<joomla-hidden-mail  is-link="1" is-email="1" first="{b64(first)}" last="{b64(last)}"'
        f' text="{b64(address)}" base="" >{esc(CLOAK_TEXT)}</joomla-hidden-mail>'
    )


def _img_tag(img: Img, extra: str = "") -> str:
    name = img.src.rsplit("/", 1)[1]
    return f'<img src="{esc(img.src)}" alt="{esc(name.rsplit(".", 1)[0])}" width="800" height="533" loading="lazy"{extra}>'


def _paragraph(block: P, story: Story) -> str:
    style = block.style
    if style == "lead":
        return f"<p><strong>{_t(block.text, story)}</strong></p>"
    if style.startswith("b:"):
        prefix = style[2:]
        assert block.text.startswith(prefix)
        return f"<p><strong>{_t(prefix, story)}</strong>{_t(block.text[len(prefix):], story)}</p>"
    if style == "alert":
        label, rest = block.text.split(" ", 2)[:2], block.text.split(" ", 2)[2]
        return (
            '<div class="uk-alert uk-alert-warning" uk-alert="">\n'
            f"<p><strong>{_t(' '.join(label), story)}</strong> {_t(rest, story)}</p>\n</div>"
        )
    if style.startswith("mail:"):
        address = style[5:]
        before, after = block.text.split(address, 1)
        return f"<p>{_t(before, story)}{_cloak(address)}{_t(after, story)}</p>"
    if style.startswith("link:"):
        anchor, href = style[5:].split("|", 1)
        before, after = block.text.split(anchor, 1)
        return f'<p>{_t(before, story)}<a href="{esc(href)}" target="_blank" rel="noopener">{_t(anchor, story)}</a>{_t(after, story)}</p>'
    return f"<p>{_t(block.text, story)}</p>"


def _table(rows: list[P], story: Story) -> str:
    head = ""
    body = []
    for row in rows:
        cells = row.text.split(" | ")
        if row.style == "th":
            head = "<thead>\n<tr>" + "".join(f"<th>{_t(c, story)}</th>" for c in cells) + "</tr>\n</thead>"
        elif row.style == "th-td":
            body.append("<tr>" + "".join(f"<td><strong>{_t(c, story)}</strong></td>" for c in cells) + "</tr>")
        else:
            body.append("<tr>" + "".join(f"<td>{_t(c, story)}</td>" for c in cells) + "</tr>")
    cls = "uk-table uk-table-striped uk-table-hover" if not head else "uk-table uk-table-divider uk-table-small"
    return f'<table class="{cls}" style="width: 100%;">\n{head}\n<tbody>\n' + "\n".join(body) + "\n</tbody>\n</table>"


def content_html(story: Story) -> str:
    """The article's text as TinyMCE saved it (after the SEF plugin made image paths absolute)."""
    parts: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "top")]
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("th", "th-td", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "th-td", "tr"):
                rows.append(blocks[i])
                i += 1
            parts.append(_table(rows, story))
            continue
        if isinstance(block, P) and block.style == "acc":
            i += 1
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                rows.append(blocks[i])
                i += 1
            parts.append(
                '<ul uk-accordion="">\n<li><a class="uk-accordion-title" href="#">'
                f"{_t(block.text, story)}</a>\n"
                f'<div class="uk-accordion-content">\n{_table(rows, story)}\n</div>\n</li>\n</ul>'
            )
            continue
        if isinstance(block, P) and block.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text, story)}</li>")
                i += 1
            parts.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if isinstance(block, Img) and block.style == "float":
            nxt = blocks[i + 1]
            assert isinstance(nxt, P) and not nxt.style
            tag = _img_tag(block, ' style="float: left; margin: 0 15px 10px 0;"').replace('width="800" height="533"', 'width="320" height="213"')
            parts.append(f"<p>{tag}{_t(nxt.text, story)}</p>")
            i += 2
            continue
        if isinstance(block, Img):
            parts.append(f'<p style="text-align: center;">{_img_tag(block)}</p>')
            if block.printed:
                parts.append(f'<p style="text-align: center;"><em>{_t(block.printed, story)}</em></p>')
        elif isinstance(block, P):
            parts.append(_paragraph(block, story))
        else:
            parts.append(block.html)
        i += 1
    return "\n".join(parts)


def top_image(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img) and b.style == "top"), None)


def thumb(story: Story) -> str:
    top = top_image(story)
    if top:
        return top.src
    return story.images[0].src if story.images else "/images/logo/anh-mac-dinh.jpg"


def intro(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 220 else first[:220].rsplit(" ", 1)[0] + "..."


def _strip_lang(request: Request) -> str:
    kept = [kv for kv in request.query.split("&") if kv and not kv.startswith("lang=")]
    return request.path + ("?" + "&".join(kept) if kept else "")


def _with_lang(request: Request) -> str:
    current = _strip_lang(request)
    return current + ("&" if "?" in current else "?") + "lang=en"


# --------------------------------------------------------------------------- page chrome

_MENU: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu",
        "Giới thiệu",
        [("/gioi-thieu#lich-su", "Lịch sử phát triển"), ("/gioi-thieu#ban-giam-hieu", "Ban Giám hiệu"), ("/thu-vien-anh", "Thư viện ảnh")],
    ),
    ("/tin-tuc", "Tin tức", [(c.path, c.name) for c in CATS.values()]),
    ("/tuyen-sinh-lop-10", "Tuyển sinh lớp 10", []),
    ("/thoi-khoa-bieu", "Thời khóa biểu", []),
    ("/lien-he", "Liên hệ", []),
]


def _navbar(active: str) -> str:
    items = []
    for href, label, children in _MENU:
        on = href == active or (href != "/" and active.startswith(href))
        cls = " ".join(c for c in ("uk-active" if on else "", "uk-parent" if children else "") if c)
        attr = f' class="{cls}"' if cls else ""
        if children:
            subs = "".join(f'<li><a href="{h}">{esc(lab)}</a></li>' for h, lab in children)
            items.append(
                f'<li{attr}><a href="{href}">{esc(label)} <span uk-navbar-parent-icon></span></a>'
                '<div class="uk-navbar-dropdown"><div><ul class="uk-nav uk-navbar-dropdown-nav">'
                f"{subs}</ul></div></div></li>"
            )
        else:
            items.append(f'<li{attr}><a href="{href}">{esc(label)}</a></li>')
    return "\n".join(items)


def _offcanvas() -> str:
    items = []
    for href, label, children in _MENU:
        if children:
            subs = "".join(f'<li><a href="{h}">{esc(lab)}</a></li>' for h, lab in children)
            items.append(
                f'<li class="js-accordion uk-parent"><a href>{esc(label)} <span uk-nav-parent-icon></span></a>'
                f'<ul class="uk-nav-sub"><li><a href="{href}">{esc(label)}</a></li>{subs}</ul></li>'
            )
        else:
            items.append(f'<li><a href="{href}">{esc(label)}</a></li>')
    return "\n".join(items)


def _head(request: Request, title: str, extra: str = "") -> str:
    base = base_url(request)
    lang = "en-gb" if request.params.get("lang") == "en" else "vi-vn"
    page_url = base + _strip_lang(request)
    graph = (
        '{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"'
        f'{base}/#/schema/Organization/base","name":"{SITE}","url":"{base}/"}},'
        f'{{"@type":"WebSite","@id":"{base}/#/schema/WebSite/base","url":"{base}/","name":"{SITE}",'
        f'"publisher":{{"@id":"{base}/#/schema/Organization/base"}}}},'
        f'{{"@type":"WebPage","@id":"{base}/#/schema/WebPage/base","url":"{esc(page_url)}","name":"{esc(title)}",'
        f'"isPartOf":{{"@id":"{base}/#/schema/WebSite/base"}},"about":{{"@id":"{base}/#/schema/Organization/base"}},'
        '"inLanguage":"vi-VN"}]}'
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr">
    <head>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="icon" href="/images/logo/favicon.png" sizes="any">
        <link rel="apple-touch-icon" href="/images/logo/apple-touch-icon.png">
        <meta charset="utf-8">
    <meta name="description" content="Cổng thông tin điện tử {esc(SITE)} - tỉnh Gia Lai">
    <meta name="generator" content="Joomla! - Open Source Content Management">
    <title>{esc(title)}</title>
{extra}
    <link href="/media/system/css/joomla-fontawesome.min.css?4.4.12" rel="preload" as="style" onload="this.onload=null;this.rel='stylesheet'">
    <link href="/templates/yootheme_tqd/css/theme.12.css?1730963245" rel="stylesheet">
    <script src="/templates/yootheme/vendor/assets/uikit/dist/js/uikit.min.js?4.4.12"></script>
    <script src="/templates/yootheme/vendor/assets/uikit/dist/js/uikit-icons-fuse.min.js?4.4.12"></script>
    <script src="/templates/yootheme/js/theme.js?4.4.12"></script>
    <script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"JLIB_FORM_CONTAINS_INVALID_FIELDS":"Biểu mẫu không thể gửi đi vì thiếu dữ liệu bắt buộc."}},"system.paths":{{"root":"","rootFull":"{base}/","base":"","baseFull":"{base}/"}},"csrf.token":"{TOKEN}"}}</script>
    <script type="application/ld+json" class="joomla-schemaorg">{graph}</script>
    <script>window.yootheme ||= {{}}; var $theme = yootheme.theme = {{"i18n":{{"close":{{"label":"Đóng"}},"totop":{{"label":"Lên đầu trang"}},"marker":{{"label":"Mở"}},"navbarToggleIcon":{{"label":"Mở menu"}},"paginationPrevious":{{"label":"Trang trước"}},"paginationNext":{{"label":"Trang sau"}},"searchIcon":{{"toggle":"Mở tìm kiếm","submit":"Tìm kiếm"}},"slider":{{"next":"Ảnh sau","previous":"Ảnh trước"}},"slideshow":{{"next":"Ảnh sau","previous":"Ảnh trước"}}}}}};</script>
    </head>"""


def _header(request: Request, active: str) -> str:
    en = request.params.get("lang") == "en"
    vi_href = esc(_strip_lang(request))
    en_href = esc(_with_lang(request))
    active = ' class="uk-active"'
    switcher = (
        '<div class="mod-languages"><ul class="uk-subnav uk-subnav-divider">'
        f'<li{"" if en else active}><a href="{vi_href}"><img src="/media/mod_languages/images/vi_vn.gif" alt="Tiếng Việt"> VI</a></li>'
        f'<li{active if en else ""}><a href="{en_href}"><img src="/media/mod_languages/images/en_gb.gif" alt="English (UK)"> EN</a></li>'
        "</ul></div>"
    )
    return f"""<body class="">
<div class="tm-page">
<div class="tm-header-mobile uk-hidden@m">
<div class="uk-navbar-container"><div class="uk-container uk-container-expand">
<nav class="uk-navbar" uk-navbar="{{&quot;container&quot;:&quot;.tm-header-mobile&quot;}}">
<div class="uk-navbar-left"><a href="/" aria-label="Về trang chủ" class="uk-logo uk-navbar-item"><img alt="{esc(SITE)}" loading="eager" width="220" height="48" src="/images/logo/logo-tqd.png"></a></div>
<div class="uk-navbar-right"><a uk-toggle href="#tm-dialog-mobile" class="uk-navbar-toggle"><div uk-navbar-toggle-icon></div></a></div>
</nav></div></div>
<div id="tm-dialog-mobile" uk-offcanvas="container: true; overlay: true" mode="slide" flip>
<div class="uk-offcanvas-bar uk-flex uk-flex-column"><button class="uk-offcanvas-close uk-close-large" type="button" uk-close uk-toggle="cls: uk-close-large; mode: media; media: @s"></button>
<div class="uk-margin-auto-bottom"><div class="uk-panel" id="module-menu-dialog-mobile">
<ul class="uk-nav uk-nav-default uk-nav-accordion" uk-nav="targets: &gt; .js-accordion">
{_offcanvas()}
</ul></div></div></div></div>
</div>
<div class="tm-toolbar tm-toolbar-default uk-visible@m">
<div class="uk-container uk-flex uk-flex-middle">
<div><div class="uk-grid-medium uk-child-width-auto uk-flex-middle" uk-grid="margin: uk-margin-small-top">
<div><div class="uk-panel" id="module-118"><span uk-icon="calendar"></span> {TODAY}</div></div>
<div><div class="uk-panel" id="module-119"><span uk-icon="receiver"></span> Hotline: <a href="tel:{PHONE.replace(" ", "")}">{PHONE}</a></div></div>
</div></div>
<div class="uk-margin-auto-left"><div class="uk-grid-medium uk-child-width-auto uk-flex-middle" uk-grid="margin: uk-margin-small-top">
<div><div class="uk-panel" id="module-120">{switcher}</div></div>
<div><div class="uk-panel" id="module-121"><a href="/component/users/login?Itemid={HOME_ITEMID}"><span uk-icon="user"></span> Đăng nhập</a></div></div>
</div></div>
</div>
</div>
<header class="tm-header uk-visible@m">
<div class="uk-navbar-container"><div class="uk-container uk-container-xlarge">
<nav class="uk-navbar" uk-navbar="{{&quot;align&quot;:&quot;left&quot;,&quot;container&quot;:&quot;.tm-header &gt; [uk-sticky]&quot;,&quot;boundary&quot;:&quot;.tm-header .uk-navbar-container&quot;}}">
<div class="uk-navbar-left">
<a href="/" aria-label="Về trang chủ" class="uk-logo uk-navbar-item"><img alt="{esc(SITE)}" loading="eager" width="300" height="64" src="/images/logo/logo-tqd.png"></a>
</div>
<div class="uk-navbar-right">
<ul class="uk-navbar-nav">
{_navbar(active)}
</ul>
<a class="uk-navbar-toggle" href="#search-header-modal" uk-search-icon uk-toggle></a>
<div id="search-header-modal" class="uk-modal-full" uk-modal="container: true"><div class="uk-modal-dialog uk-flex uk-flex-center uk-flex-middle" uk-height-viewport>
<button class="uk-modal-close-full uk-close-large" type="button" uk-close uk-toggle="cls: uk-modal-close-full uk-close-large uk-modal-close-default; mode: media; media: @s"></button>
<div class="uk-search uk-search-large"><form id="search-header" action="/tim-kiem" method="get" role="search" class="uk-search uk-search-large">
<input name="q" placeholder="Tìm kiếm" required aria-label="Tìm kiếm" type="search" class="uk-search-input uk-text-center" autofocus></form></div>
</div></div>
</div>
</nav>
</div></div>
</header>"""


def _sidebar() -> str:
    latest = "".join(
        f"""<li class="el-item"><div class="uk-child-width-expand uk-grid-small" uk-grid>
<div class="uk-width-1-3"><a href="{article_path(s)}"><img src="{esc(thumb(s))}" width="120" height="80" class="el-image" alt="" loading="lazy"></a></div>
<div><div class="el-title uk-text-small uk-margin-remove"><a class="uk-link-heading" href="{article_path(s)}">{esc(s.title)}</a></div>
<div class="el-meta uk-text-meta">{local_time(s):%d/%m/%Y}</div></div></div></li>"""
        for s in newest()[:5]
    )
    notices = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="uk-text-meta">({local_time(s):%d/%m/%Y})</span></li>'
        for s in newest("thong-bao")[:3]
    )
    return f"""<aside id="tm-sidebar" class="tm-sidebar uk-width-1-3@m">
<div class="uk-grid uk-child-width-1-1" uk-grid>
<div><div class="uk-card uk-card-body uk-card-default" id="module-131"><h3 class="uk-card-title uk-heading-bullet">Tin mới nhất</h3>
<ul class="uk-list uk-list-divider">{latest}</ul></div></div>
<div><div class="uk-card uk-card-body uk-card-default" id="module-132"><h3 class="uk-card-title uk-heading-bullet">Thông báo</h3>
<ul class="uk-list uk-list-bullet">{notices}</ul>
<p class="uk-margin-small"><a class="uk-button uk-button-text" href="/tin-tuc/thong-bao">Xem tất cả</a></p></div></div>
<div><div class="uk-panel" id="module-133"><h3 class="uk-h4 uk-heading-bullet">Lịch công tác</h3>
<p class="uk-text-small">Lịch công tác tuần 13 (từ 23/11 đến 29/11/2026) đã được gửi qua hệ thống quản lý văn bản. Cán bộ, giáo viên xem chi tiết trên bảng tin phòng Hội đồng.</p></div></div>
<div><div class="uk-panel" id="module-134"><h3 class="uk-h4 uk-heading-bullet">Liên kết</h3>
<div class="uk-grid-small uk-child-width-1-1" uk-grid>
<div><a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banner/bo-giao-duc-va-dao-tao.png" width="360" height="90" alt="Bộ Giáo dục và Đào tạo" loading="lazy"></a></div>
<div><a href="https://sgddt.gialai.gov.vn" target="_blank" rel="noopener"><img src="/images/banner/so-gddt-gia-lai.png" width="360" height="90" alt="Sở Giáo dục và Đào tạo Gia Lai" loading="lazy"></a></div>
<div><a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banner/csdl-nganh.png" width="360" height="90" alt="Cơ sở dữ liệu ngành" loading="lazy"></a></div>
<div><a href="https://thitotnghiep.moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banner/thi-tot-nghiep-thpt.png" width="360" height="90" alt="Hệ thống quản lý thi" loading="lazy"></a></div>
</div></div></div>
</div>
</aside>"""


def _footer() -> str:
    return f"""<footer>
<div class="uk-section-secondary uk-section uk-section-small">
<div class="uk-container">
<div class="tm-grid-expand uk-grid-margin" uk-grid>
<div class="uk-width-1-2@m">
<h3 class="uk-h4 uk-text-uppercase">{esc(SITE)}</h3>
<div class="uk-panel uk-margin">
<p><span uk-icon="location"></span> Địa chỉ: {esc(ADDRESS)}</p>
<p><span uk-icon="receiver"></span> Điện thoại: {PHONE} - Hotline tuyển sinh: 0914 257 318</p>
<p><span uk-icon="mail"></span> Email: {_cloak(EMAIL)}</p>
<p>Chịu trách nhiệm nội dung: Thầy Lê Văn Tám - Hiệu trưởng</p>
</div>
</div>
<div class="uk-width-1-4@m">
<h3 class="uk-h5">Liên kết nhanh</h3>
<ul class="uk-list">
<li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tuyen-sinh-lop-10">Tuyển sinh lớp 10</a></li>
<li><a href="/thoi-khoa-bieu">Thời khóa biểu</a></li>
<li><a href="/thu-vien-anh">Thư viện ảnh</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
</ul>
</div>
<div class="uk-width-1-4@m">
<h3 class="uk-h5">Thống kê truy cập</h3>
<div class="uk-panel" id="module-140"><div class="vvisit_counter">
<table class="uk-table uk-table-small uk-table-justify uk-margin-remove">
<tr><td>Đang truy cập</td><td class="uk-text-right">27</td></tr>
<tr><td>Hôm nay</td><td class="uk-text-right">634</td></tr>
<tr><td>Hôm qua</td><td class="uk-text-right">1.102</td></tr>
<tr><td>Tổng lượt truy cập</td><td class="uk-text-right">2.135.877</td></tr>
</table></div></div>
</div>
</div>
</div>
</div>
<div class="uk-section-secondary uk-section uk-section-xsmall uk-padding-remove-top">
<div class="uk-container"><div class="uk-text-meta uk-text-center">© 2024 - 2026 {esc(SITE)}. Giấy phép số 12/GP-STTTT. Thiết kế website: Công ty TNHH Giải pháp số Tây Nguyên.</div>
<div class="uk-text-center uk-margin-small-top"><a href="#" uk-totop uk-scroll></a></div></div>
</div>
</footer>
</div>
</body>
</html>"""


def _crumbs(*trail: tuple[str | None, str]) -> str:
    items = ['<li property="itemListElement" typeof="ListItem"><a href="/" property="item" typeof="WebPage"><span property="name">Trang chủ</span></a><meta property="position" content="1"></li>']
    for n, (href, label) in enumerate(trail, start=2):
        if href:
            items.append(
                f'<li property="itemListElement" typeof="ListItem"><a href="{href}" property="item" typeof="WebPage">'
                f'<span property="name">{esc(label)}</span></a><meta property="position" content="{n}"></li>'
            )
        else:
            items.append(f'<li property="itemListElement" typeof="ListItem"><span property="name" aria-current="page">{esc(label)}</span><meta property="position" content="{n}"></li>')
    return f'<nav class="uk-margin-medium-bottom" aria-label="Breadcrumb"><ul class="uk-breadcrumb" vocab="https://schema.org/" typeof="BreadcrumbList">{"".join(items)}</ul></nav>'


def _page(request: Request, title: str, main: str, *, active: str = "", extra: str = "", sidebar: bool = True, builder: bool = False) -> str:
    if builder:
        inner = main
    else:
        column = f'<div class="uk-width-expand@m">\n{main}\n</div>\n{_sidebar()}' if sidebar else f'<div class="uk-width-1-1">\n{main}\n</div>'
        inner = f"""<main id="tm-main" class="tm-main uk-section uk-section-default" uk-height-viewport="expand: true">
<div class="uk-container">
<div class="uk-grid" uk-grid>
{column}
</div>
</div>
</main>"""
    page_title = title if title == SITE else f"{title} - {SITE}"
    return _head(request, page_title, extra) + "\n" + _header(request, active) + "\n" + inner + "\n" + _footer()


def _feed_links(cat_path: str) -> str:
    return (
        f'    <link href="{cat_path}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0">\n'
        f'    <link href="{cat_path}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0">'
    )


def _author_html(story: Story) -> str:
    name = story.opts["by"]
    href = AUTHOR_CONTACTS.get(name)
    return f'<a href="{esc(href)}">{esc(name)}</a>' if href else esc(name)


def _meta_list(story: Story, extra_cls: str = "uk-margin-small-top") -> str:
    cat = CATS[story.cat]
    return (
        f'<ul class="uk-subnav uk-subnav-divider {extra_cls}">'
        f"<li>Đăng bởi {_author_html(story)}</li>"
        f'<li><time datetime="{utc_iso(story)}">{joomla_date(local_time(story))}</time></li>'
        f'<li>Chuyên mục: <a href="{cat.path}">{esc(cat.name)}</a></li></ul>'
    )


def _top_image_html(story: Story) -> str:
    top = top_image(story)
    if top is None:
        return ""
    cap = f'\n<figcaption class="uk-text-meta uk-margin-small-top">{esc(top.printed)}</figcaption>' if top.printed else ""
    return (
        f'<div class="uk-text-center uk-margin-medium-top" property="image" typeof="ImageObject">\n'
        f'<meta property="url" content="{esc(top.src)}">\n'
        f'<img src="{esc(top.src)}" width="1024" height="683" class="el-image" alt="{esc(story.title)}" loading="lazy">{cap}\n</div>'
    )


def article_element(story: Story, request: Request) -> str:
    """YOOtheme's article template (the same on every URL the article answers at)."""
    cat = CATS[story.cat]
    modified = story.opts.get("modified", utc_iso(story))
    return f"""<article id="article-{story.id}" class="uk-article" data-permalink="{base_url(request)}{article_path(story)}" typeof="Article" vocab="https://schema.org/">
<meta class="uk-margin-remove-adjacent" property="name" content="{esc(story.title)}">
<meta property="author" typeof="Person" content="{esc(story.opts["by"])}">
<meta property="dateModified" content="{modified}">
<meta property="datePublished" content="{utc_iso(story)}">
<meta class="uk-margin-remove-adjacent" property="articleSection" content="{esc(cat.name)}">
<h1 property="headline" class="uk-margin-top uk-margin-remove-bottom uk-article-title">{esc(story.title)}</h1>
{_meta_list(story)}
{_top_image_html(story)}
<div class="uk-margin-medium-top" property="text">
{content_html(story)}
</div>
</article>"""


def related(story: Story) -> list[Story]:
    return [s for s in newest(story.cat) if s.id != story.id][:3]


def _neighbours(story: Story) -> tuple[Story | None, Story | None]:
    items = newest(story.cat)
    i = items.index(story)
    return (items[i - 1] if i > 0 else None, items[i + 1] if i + 1 < len(items) else None)


def _article_page(story: Story, request: Request) -> str:
    cat = CATS[story.cat]
    base = base_url(request)
    permalink = base + article_path(story)
    tags = "".join(
        f'<a class="uk-label uk-margin-small-right" href="/component/tags/tag/{TAGS[t][0]}-{t}">{esc(TAGS[t][1])}</a>'
        for t in story.opts["tags"]
    )
    tag_block = f'<div class="uk-margin-medium"><span class="uk-text-meta">Từ khóa:</span> {tags}</div>' if tags else ""
    cards = "".join(
        f"""<div><div class="el-item uk-card uk-card-default uk-card-small uk-card-hover">
<div class="uk-card-media-top"><a href="{article_path(s)}"><img src="{esc(thumb(s))}" width="400" height="267" class="el-image" alt="" loading="lazy"></a></div>
<div class="uk-card-body uk-margin-remove-first-child"><h3 class="el-title uk-h5 uk-margin-top uk-margin-remove-bottom"><a class="uk-link-heading" href="{article_path(s)}">{esc(s.title)}</a></h3>
<div class="el-meta uk-text-meta uk-margin-small-top">{joomla_date(local_time(s))}</div></div></div></div>"""
        for s in related(story)
    )
    prev, nxt = _neighbours(story)
    nav = ""
    if prev or nxt:
        left = f'<li><a href="{article_path(prev)}" rel="prev"><span uk-pagination-previous></span> Bài trước</a></li>' if prev else ""
        right = f'<li class="uk-margin-auto-left"><a href="{article_path(nxt)}" rel="next">Bài tiếp <span uk-pagination-next></span></a></li>' if nxt else ""
        nav = f'<nav class="uk-margin-medium" aria-label="Điều hướng bài viết"><ul class="uk-pagination uk-margin-remove-bottom">{left}{right}</ul></nav>'
    share = f"""<div class="uk-margin-medium uk-flex uk-flex-middle uk-flex-wrap">
<span class="uk-text-meta uk-margin-small-right">Chia sẻ:</span>
<ul class="uk-child-width-auto uk-grid-small uk-flex-inline uk-flex-middle" uk-grid>
<li><a class="el-link uk-icon-button" href="https://www.facebook.com/sharer/sharer.php?u={quote_plus(permalink)}" target="_blank" rel="noreferrer" aria-label="Facebook"><span uk-icon="icon: facebook;"></span></a></li>
<li><a class="el-link uk-icon-button" href="https://zalo.me/share/?url={quote_plus(permalink)}" target="_blank" rel="noreferrer" aria-label="Zalo"><span uk-icon="icon: comment;"></span></a></li>
<li><a class="el-link uk-icon-button" href="mailto:?subject={quote_plus(story.title)}&amp;body={quote_plus(permalink)}" aria-label="Email"><span uk-icon="icon: mail;"></span></a></li>
</ul>
<a class="uk-button uk-button-default uk-button-small uk-margin-auto-left" href="{print_path(story).replace("&", "&amp;")}" rel="nofollow" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;"><span uk-icon="print"></span> In bài viết</a>
</div>"""
    main = f"""{_crumbs((PARENT.path, PARENT.name), (cat.path, cat.name), (None, story.title))}
{article_element(story, request)}
{tag_block}
{share}
<div class="uk-margin-large">
<h2 class="uk-h4 uk-heading-divider">Các bài viết liên quan</h2>
<div class="uk-child-width-1-1 uk-child-width-1-3@s uk-grid-small uk-grid-match" uk-grid>
{cards}
</div>
</div>
{nav}"""
    extra = ""
    if story.opts.get("schema"):
        extra = (
            '    <script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
            f'"headline":"{esc(story.title)}","datePublished":"{utc_iso(story)}",'
            f'"author":{{"@type":"Person","name":"{esc(story.opts["by"])}"}},'
            f'"image":"{base}{esc(thumb(story))}","articleSection":"{esc(cat.name)}"}}</script>'
        )
    return _page(request, story.title, main, active=cat.path, extra=extra)


def _print_page(story: Story, request: Request, printing: bool) -> str:
    """``tmpl=component``: YOOtheme's component.php, only the component's output."""
    button = '<p class="uk-text-right uk-margin-remove-top"><a href="#" onclick="window.print();return false;"><span uk-icon="print"></span> In</a></p>\n' if printing else ""
    robots = '    <meta name="robots" content="noindex, nofollow">\n' if printing else ""
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
    <meta charset="utf-8">
{robots}    <meta name="generator" content="Joomla! - Open Source Content Management">
    <title>{esc(story.title)} - {esc(SITE)}</title>
    <link href="/templates/yootheme_tqd/css/theme.12.css?1730963245" rel="stylesheet">
    <script src="/templates/yootheme/vendor/assets/uikit/dist/js/uikit.min.js?4.4.12"></script>
</head>
<body class="tm-component">
<div class="uk-container uk-container-small uk-margin-top">
{button}{article_element(story, request)}
</div>
</body>
</html>"""


def _component_shell(request: Request, title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
    <meta charset="utf-8">
    <title>{esc(title)} - {esc(SITE)}</title>
    <link href="/templates/yootheme_tqd/css/theme.12.css?1730963245" rel="stylesheet">
</head>
<body class="tm-component">
<div class="uk-container uk-margin-top">
{main}
</div>
</body>
</html>"""


# --------------------------------------------------------------------------- listings


def _pagination(path: str, start: int, total: int) -> str:
    """Joomla's pagination through YOOtheme's override: icon-only previous/next links."""
    pages = _pages(total)
    if pages <= 1:
        return ""
    current = start // PER_PAGE + 1

    def href(n: int) -> str:
        return path if n == 1 else f"{path}?start={(n - 1) * PER_PAGE}"

    items = []
    if current > 1:
        items.append(f'<li><a href="{href(current - 1)}" aria-label="Trang trước"><span uk-pagination-previous></span></a></li>')
    for n in range(1, pages + 1):
        if n == current:
            items.append(f'<li class="uk-active"><span aria-current="page">{n}</span></li>')
        else:
            items.append(f'<li><a href="{href(n)}">{n}</a></li>')
    if current < pages:
        items.append(f'<li><a href="{href(current + 1)}"><span uk-pagination-next></span></a></li>')
    return '<nav class="pagination" aria-label="Phân trang">\n<ul class="uk-pagination uk-margin-large uk-flex-center">\n' + "\n".join(items) + "\n</ul>\n</nav>"


def _start(request: Request) -> int:
    raw = request.params.get("start") or request.params.get("limitstart") or "0"
    try:
        return max(0, int(raw))
    except ValueError:
        return 0


def _blog_item(s: Story) -> str:
    """One item of YOOtheme's blog layout: an article element like the article page's."""
    link = article_path(s)
    return f"""<div>
<article id="article-{s.id}" class="uk-article" data-permalink="{link}" typeof="Article" vocab="https://schema.org/">
<meta class="uk-margin-remove-adjacent" property="name" content="{esc(s.title)}">
<meta property="author" typeof="Person" content="{esc(s.opts["by"])}">
<meta property="datePublished" content="{utc_iso(s)}">
<div class="uk-text-center uk-margin-medium-top" property="image" typeof="ImageObject"><a href="{link}"><img src="{esc(thumb(s))}" width="800" height="533" alt="" loading="lazy"></a></div>
<h2 property="headline" class="uk-margin-top uk-margin-remove-bottom uk-article-title uk-h3"><a class="uk-link-reset" href="{link}">{esc(s.title)}</a></h2>
{_meta_list(s, "uk-margin-top uk-margin-remove-bottom")}
<div class="uk-margin-medium-top" property="text"><p>{esc(intro(s))}</p></div>
<p class="uk-margin-medium"><a class="uk-button uk-button-default" href="{link}">Đọc thêm</a></p>
</article>
</div>"""


def _category_page(request: Request, key: str) -> str:
    cat = CATS[key]
    items = newest(key)
    start = _start(request)
    chunk = items[start : start + PER_PAGE]
    listing = (
        '<div class="uk-child-width-1-1 uk-grid-row-large" uk-grid>\n' + "\n".join(_blog_item(s) for s in chunk) + "\n</div>"
        if chunk
        else '<div class="uk-alert">Chưa có bài viết trong chuyên mục này.</div>'
    )
    pager = _pagination(cat.path, start, len(items)) if chunk else ""
    main = f"""{_crumbs((PARENT.path, PARENT.name), (None, cat.name))}
<div class="uk-flex uk-flex-middle uk-flex-between uk-margin-medium-bottom"><h1 class="uk-margin-remove">{esc(cat.name)}</h1>
<a href="{cat.path}?format=feed&amp;type=rss" class="uk-icon-link" uk-icon="rss" title="RSS"></a></div>
{listing}
{pager}"""
    return _page(request, cat.name, main, active=cat.path, extra=_feed_links(cat.path))


def _card(s: Story, href: str, with_intro: bool = True) -> str:
    body = f'<div class="el-content uk-panel uk-text-small uk-margin-small-top">{esc(intro(s))}</div>' if with_intro else ""
    return f"""<div><a class="el-item uk-card uk-card-default uk-card-small uk-card-hover uk-link-toggle uk-display-block" href="{href}">
<div class="uk-card-media-top"><img src="{esc(thumb(s))}" width="600" height="400" class="el-image" alt="" loading="lazy"></div>
<div class="uk-card-body uk-margin-remove-first-child">
<h3 class="el-title uk-h5 uk-link-heading uk-margin-top uk-margin-remove-bottom">{esc(s.title)}</h3>
<div class="el-meta uk-text-meta uk-margin-small-top">{joomla_date(local_time(s))}</div>
{body}
</div></a></div>"""


def _news_page(request: Request) -> str:
    """/tin-tuc: the parent category's blog (subcategories included) through a builder template."""
    blocks = []
    for key, cat in CATS.items():
        top = newest(key)[:2]
        cards = "\n".join(_card(s, article_path(s), with_intro=False) for s in top)
        blocks.append(f"""<div class="uk-width-1-3@m">
<h2 class="uk-h4 uk-heading-bullet"><a class="uk-link-heading" href="{cat.path}">{esc(cat.name)}</a></h2>
<div class="uk-child-width-1-1 uk-grid-small" uk-grid>
{cards}
</div>
<div class="uk-margin"><a class="uk-button uk-button-text" href="{cat.path}?start={PER_PAGE}">Tin cũ hơn »</a></div>
</div>""")
    items = newest()
    start = _start(request)
    chunk = items[start : start + PER_PAGE]
    grid = "\n".join(_card(s, article_path(s)) for s in chunk)
    empty = '<div class="uk-alert">Chưa có bài viết trong chuyên mục này.</div>' if not chunk else ""
    main = f"""<div class="uk-section-muted uk-section uk-section-xsmall"><div class="uk-container">{_crumbs((None, PARENT.name))}
<h1 class="uk-h2 uk-margin-remove">Tin tức</h1></div></div>
<div class="uk-section-default uk-section">
<div class="uk-container">
<div class="tm-grid-expand uk-grid-margin" uk-grid>
{"".join(blocks)}
</div>
</div>
</div>
<div class="uk-section-default uk-section uk-padding-remove-top">
<div class="uk-container">
<h2 class="uk-h3 uk-heading-divider">Tất cả tin bài</h2>
<div class="uk-child-width-1-1 uk-child-width-1-2@s uk-child-width-1-3@m uk-grid-match" uk-grid>
{grid}
</div>
{empty}
{_pagination(PARENT.path, start, len(items)) if chunk else ""}
</div>
</div>"""
    return _page(request, PARENT.name, main, active=PARENT.path, extra=_feed_links(PARENT.path), builder=True)


def _home(request: Request) -> str:
    slides = "".join(
        f"""<li class="el-item"><img src="{esc(thumb(s))}" width="1600" height="600" class="el-image" alt="" uk-cover loading="{"eager" if i == 0 else "lazy"}">
<div class="uk-position-cover uk-flex uk-flex-left uk-flex-bottom uk-padding"><div class="el-overlay uk-panel uk-overlay uk-overlay-primary uk-width-xlarge uk-margin-remove-first-child">
<h3 class="el-title uk-h3 uk-margin-remove"><a class="uk-link-reset" href="{esc(component_path(s))}">{esc(s.title)}</a></h3>
<div class="el-meta uk-text-meta uk-margin-small-top">{joomla_date(local_time(s))}</div></div></div></li>"""
        for i, s in enumerate(newest()[:3])
    )
    news = [s for s in newest() if s.cat != "thong-bao"][:6]
    grid = "\n".join(_card(s, esc(component_path(s))) for s in news)
    notices = "".join(
        f'<li><a href="{esc(component_path(s))}">{esc(s.title)}</a><div class="uk-text-meta">{joomla_date(local_time(s))}</div></li>'
        for s in newest("thong-bao")[:3]
    )
    main = f"""<div class="uk-section-default uk-section uk-padding-remove-vertical">
<div class="uk-margin-remove-vertical" uk-slideshow="ratio: 16:6; animation: push; autoplay: true; autoplayInterval: 6000">
<div class="uk-position-relative uk-visible-toggle" tabindex="-1">
<ul class="uk-slideshow-items">{slides}</ul>
<div class="uk-visible@s uk-hidden-hover uk-hidden-touch"><a class="el-slidenav uk-position-medium uk-position-center-left" href uk-slidenav-previous uk-slideshow-item="previous"></a><a class="el-slidenav uk-position-medium uk-position-center-right" href uk-slidenav-next uk-slideshow-item="next"></a></div>
</div></div>
</div>
<div class="uk-section-default uk-section">
<div class="uk-container">
<div class="tm-grid-expand uk-grid-margin" uk-grid>
<div class="uk-width-2-3@m">
<h2 class="uk-h3 uk-heading-bullet">Tin tức - Sự kiện</h2>
<div class="uk-margin">
<div class="uk-child-width-1-1 uk-child-width-1-2@s uk-child-width-1-3@m uk-grid-match" uk-grid>
{grid}
</div>
</div>
<div class="uk-margin uk-text-center"><a class="uk-button uk-button-default" href="/tin-tuc">Xem tất cả tin tức</a></div>
</div>
<div class="uk-width-1-3@m">
<div class="uk-card uk-card-default uk-card-body"><h2 class="uk-h4 uk-heading-bullet">Thông báo</h2>
<ul class="uk-list uk-list-divider">{notices}</ul>
<a class="uk-button uk-button-text" href="/tin-tuc/thong-bao">Xem tất cả</a></div>
<div class="uk-margin"><a href="/tuyen-sinh-lop-10" class="uk-display-block"><img src="/images/banner/tuyen-sinh-lop-10-2027.jpg" width="400" height="300" alt="Tuyển sinh lớp 10 năm học 2027 - 2028" loading="lazy"></a></div>
<div class="uk-margin"><h2 class="uk-h4 uk-heading-bullet">Video</h2>
<div class="uk-cover-container"><iframe src="https://www.youtube-nocookie.com/embed/d5Q0b8x9kzA?rel=0" width="560" height="315" allowfullscreen uk-responsive loading="lazy" title="Video giới thiệu nhà trường"></iframe></div></div>
</div>
</div>
</div>
</div>
<div class="uk-section-primary uk-section uk-section-small">
<div class="uk-container">
<div class="uk-child-width-1-2 uk-child-width-1-4@m uk-text-center" uk-grid>
<div><div class="uk-heading-small">36</div><div class="el-meta">Lớp học</div></div>
<div><div class="uk-heading-small">1.425</div><div class="el-meta">Học sinh</div></div>
<div><div class="uk-heading-small">86</div><div class="el-meta">Cán bộ, giáo viên</div></div>
<div><div class="uk-heading-small">99,6%</div><div class="el-meta">Tốt nghiệp THPT 2026</div></div>
</div>
</div>
</div>"""
    return _page(request, SITE, main, active="/", builder=True)


# --------------------------------------------------------------------------- builder and component pages


def _builder_section(title: str, crumbs: str, body: str) -> str:
    return f"""<div class="uk-section-muted uk-section uk-section-xsmall"><div class="uk-container">{crumbs}
<h1 class="uk-h2 uk-margin-remove">{esc(title)}</h1></div></div>
<div class="uk-section-default uk-section">
<div class="uk-container">
{body}
</div>
</div>"""


def _about(request: Request) -> str:
    body = """<div class="tm-grid-expand uk-grid-margin" uk-grid>
<div class="uk-width-1-2@m">
<h2 id="lich-su" class="uk-h3 uk-heading-bullet">Lịch sử phát triển</h2>
<div class="uk-panel uk-margin"><p>Trường THPT Trần Quang Diệu được thành lập năm 1979, là một trong những trường trung học phổ thông có bề dày truyền thống của tỉnh. Qua hơn 45 năm xây dựng và phát triển, nhà trường đã đào tạo hàng vạn học sinh, nhiều thế hệ học sinh đã trưởng thành và giữ những cương vị quan trọng trong các cơ quan, đơn vị.</p>
<p>Nhà trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2015 và đạt kiểm định chất lượng giáo dục cấp độ 3 năm 2022.</p></div>
</div>
<div class="uk-width-1-2@m"><img src="/images/gioi-thieu/toan-canh-truong.jpg" width="800" height="533" class="el-image" alt="Toàn cảnh nhà trường" loading="lazy"></div>
</div>
<div class="uk-grid-margin" uk-grid>
<div class="uk-width-1-1"><h2 id="ban-giam-hieu" class="uk-h3 uk-heading-bullet">Ban Giám hiệu</h2>
<div class="uk-child-width-1-1 uk-child-width-1-3@m uk-grid-match" uk-grid>
<div><div class="el-item uk-card uk-card-default uk-card-body uk-text-center"><img src="/images/gioi-thieu/hieu-truong.jpg" width="200" height="200" class="uk-border-circle" alt="" loading="lazy"><h3 class="el-title uk-h4">Thầy Lê Văn Tám</h3><div class="el-meta uk-text-meta">Hiệu trưởng</div></div></div>
<div><div class="el-item uk-card uk-card-default uk-card-body uk-text-center"><img src="/images/gioi-thieu/pho-hieu-truong-1.jpg" width="200" height="200" class="uk-border-circle" alt="" loading="lazy"><h3 class="el-title uk-h4">Cô Đặng Thị Thanh Hương</h3><div class="el-meta uk-text-meta">Phó Hiệu trưởng</div></div></div>
<div><div class="el-item uk-card uk-card-default uk-card-body uk-text-center"><img src="/images/gioi-thieu/pho-hieu-truong-2.jpg" width="200" height="200" class="uk-border-circle" alt="" loading="lazy"><h3 class="el-title uk-h4">Thầy Võ Ngọc Sơn</h3><div class="el-meta uk-text-meta">Phó Hiệu trưởng</div></div></div>
</div></div>
</div>
<div class="uk-grid-margin" uk-grid><div class="uk-width-1-1"><h2 class="uk-h3 uk-heading-bullet">Sứ mệnh - Tầm nhìn</h2>
<div class="uk-panel"><p>Xây dựng môi trường học tập kỷ cương, thân thiện, sáng tạo; mỗi học sinh có cơ hội phát triển toàn diện năng lực và phẩm chất, tự tin hội nhập.</p></div></div></div>"""
    return _page(request, "Giới thiệu", _builder_section("Giới thiệu", _crumbs((None, "Giới thiệu")), body), active="/gioi-thieu", builder=True)


def _admission(request: Request) -> str:
    body = """<div class="uk-child-width-1-1 uk-child-width-1-3@m uk-grid-match" uk-grid>
<div><div class="el-item uk-card uk-card-primary uk-card-body"><div class="el-meta uk-text-meta">Bước 1</div><h3 class="el-title uk-card-title">Đăng ký dự tuyển</h3><div class="el-content uk-panel">Học sinh đăng ký nguyện vọng trực tuyến trên hệ thống tuyển sinh của Sở Giáo dục và Đào tạo.</div></div></div>
<div><div class="el-item uk-card uk-card-primary uk-card-body"><div class="el-meta uk-text-meta">Bước 2</div><h3 class="el-title uk-card-title">Dự thi tuyển sinh</h3><div class="el-content uk-panel">Thi ba môn Ngữ văn, Toán, Tiếng Anh theo lịch chung của tỉnh.</div></div></div>
<div><div class="el-item uk-card uk-card-primary uk-card-body"><div class="el-meta uk-text-meta">Bước 3</div><h3 class="el-title uk-card-title">Xác nhận nhập học</h3><div class="el-content uk-panel">Nộp hồ sơ nhập học tại Văn phòng nhà trường theo thông báo trúng tuyển.</div></div></div>
</div>
<h2 class="uk-h3 uk-heading-bullet uk-margin-large-top">Câu hỏi thường gặp</h2>
<ul uk-accordion="collapsible: true">
<li><a class="el-title uk-accordion-title" href="#">Nhà trường tuyển bao nhiêu lớp 10 năm học 2027 - 2028?</a><div class="uk-accordion-content"><div class="el-content uk-panel">Chỉ tiêu dự kiến 12 lớp với 480 học sinh; chỉ tiêu chính thức theo quyết định của UBND tỉnh.</div></div></li>
<li><a class="el-title uk-accordion-title" href="#">Có lớp học tiếng Anh tăng cường không?</a><div class="uk-accordion-content"><div class="el-content uk-panel">Nhà trường tổ chức 2 lớp tiếng Anh tăng cường với giáo viên bản ngữ.</div></div></li>
<li><a class="el-title uk-accordion-title" href="#">Học sinh ở xa có được bố trí chỗ ở không?</a><div class="uk-accordion-content"><div class="el-content uk-panel">Ký túc xá nhà trường có 120 chỗ ở, ưu tiên học sinh các xã vùng khó khăn.</div></div></li>
</ul>
<div class="uk-margin-large uk-text-center" uk-lightbox><a class="uk-button uk-button-primary uk-button-large" href="/lien-he?tmpl=component" data-type="iframe">Đăng ký nhận tư vấn</a></div>"""
    return _page(request, "Tuyển sinh lớp 10", _builder_section("Tuyển sinh lớp 10 năm học 2027 - 2028", _crumbs((None, "Tuyển sinh lớp 10")), body), active="/tuyen-sinh-lop-10", builder=True)


TKB_FILES = [
    ("/images/tkb/tkb-tuan-13-ap-dung-tu-23-11-2026.pdf", "Thời khóa biểu tuần 13 (áp dụng từ 23/11/2026)", "21/11/2026", "312 KB"),
    ("/images/tkb/tkb-tuan-12-ap-dung-tu-16-11-2026.pdf", "Thời khóa biểu tuần 12 (áp dụng từ 16/11/2026)", "14/11/2026", "308 KB"),
    ("/images/tkb/tkb-buoi-chieu-khoi-12-hk1.pdf", "Thời khóa biểu học buổi chiều khối 12 - học kỳ I", "02/10/2026", "156 KB"),
    ("/images/tkb/tkb-hk1-2026-2027.pdf", "Thời khóa biểu học kỳ I năm học 2026 - 2027", "03/09/2026", "420 KB"),
]


def _timetable(request: Request) -> str:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="{href}" target="_blank"><span uk-icon="file-pdf"></span> {esc(name)}</a></td><td>{day}</td><td>{size}</td></tr>'
        for n, (href, name, day, size) in enumerate(TKB_FILES, start=1)
    )
    body = f"""<div class="uk-overflow-auto"><table class="uk-table uk-table-divider uk-table-hover uk-table-middle">
<thead><tr><th class="uk-table-shrink">TT</th><th>Tên tệp</th><th class="uk-width-small">Ngày đăng</th><th class="uk-table-shrink">Dung lượng</th></tr></thead>
<tbody>{rows}</tbody></table></div>
<p class="uk-text-meta">Thời khóa biểu được cập nhật hằng tuần vào chiều thứ Bảy.</p>"""
    return _page(request, "Thời khóa biểu", _builder_section("Thời khóa biểu", _crumbs((None, "Thời khóa biểu")), body), active="/thoi-khoa-bieu", builder=True)


GALLERY = [
    ("/images/thu-vien-anh/khai-giang-2026-01.jpg", "Lễ khai giảng năm học 2026 - 2027"),
    ("/images/thu-vien-anh/khai-giang-2026-02.jpg", "Học sinh khối 10 trong ngày đầu đến trường"),
    ("/images/thu-vien-anh/hkpd-2026-01.jpg", "Hội khỏe Phù Đổng cấp trường"),
    ("/images/thu-vien-anh/20-11-2026-01.jpg", "Văn nghệ chào mừng Ngày Nhà giáo Việt Nam"),
    ("/images/thu-vien-anh/trai-nghiem-tay-son-01.jpg", "Trải nghiệm tại Bảo tàng Quang Trung"),
    ("/images/thu-vien-anh/thu-vien-truong.jpg", "Thư viện nhà trường"),
]


def _gallery(request: Request) -> str:
    items = "".join(
        f"""<div><a class="el-item uk-inline-clip uk-transition-toggle uk-link-toggle" href="{src}" data-type="image" data-caption="&lt;h4 class='uk-margin-remove'&gt;{esc(cap)}&lt;/h4&gt;">
<img src="{src}" width="600" height="400" class="el-image uk-transition-scale-up uk-transition-opaque" alt="{esc(cap)}" loading="lazy">
<div class="uk-overlay-primary uk-transition-fade uk-position-cover"></div>
<div class="uk-overlay uk-padding uk-position-bottom-left uk-transition-fade"><h3 class="el-title uk-h5 uk-margin-remove">{esc(cap)}</h3></div></a></div>"""
        for src, cap in GALLERY
    )
    body = f'<div class="uk-child-width-1-2 uk-child-width-1-3@m uk-grid-small" uk-grid uk-lightbox="toggle: a[data-type];">{items}</div>'
    return _page(request, "Thư viện ảnh", _builder_section("Thư viện ảnh", _crumbs(("/gioi-thieu", "Giới thiệu"), (None, "Thư viện ảnh")), body), active="/gioi-thieu", builder=True)


def _contact_form(action: str, contact_id: str) -> str:
    return f"""<form id="contact-form" action="{action}" method="post" class="com-contact__form form-validate uk-form-stacked">
<fieldset><legend class="uk-legend">Gửi thư</legend>
<div class="uk-margin"><label id="jform_contact_name-lbl" for="jform_contact_name" class="uk-form-label">Họ và tên<span class="star">&#160;*</span></label><input type="text" name="jform[contact_name]" id="jform_contact_name" class="uk-input required" required></div>
<div class="uk-margin"><label for="jform_contact_email" class="uk-form-label">Email<span class="star">&#160;*</span></label><input type="email" name="jform[contact_email]" id="jform_contact_email" class="uk-input validate-email required" required></div>
<div class="uk-margin"><label for="jform_contact_emailmsg" class="uk-form-label">Tiêu đề<span class="star">&#160;*</span></label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" class="uk-input required" required></div>
<div class="uk-margin"><label for="jform_contact_message" class="uk-form-label">Nội dung<span class="star">&#160;*</span></label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="uk-textarea required" required></textarea></div>
</fieldset>
<div class="uk-margin"><button class="uk-button uk-button-primary validate" type="submit">Gửi thư</button>
<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="return" value=""><input type="hidden" name="id" value="{contact_id}"><input type="hidden" name="{TOKEN}" value="1"></div>
</form>"""


def _contact(request: Request, component_only: bool = False) -> str:
    main = f"""{"" if component_only else _crumbs((None, "Liên hệ"))}
<div class="com-contact contact">
<h1 class="uk-margin-medium-bottom">{esc(SITE)}</h1>
<div class="com-contact__address contact-address uk-margin">
<dl class="uk-description-list"><dt><span uk-icon="location"></span></dt><dd>{esc(ADDRESS)}</dd>
<dt><span uk-icon="receiver"></span></dt><dd>{PHONE}</dd>
<dt><span uk-icon="mail"></span></dt><dd>{_cloak(EMAIL)}</dd></dl></div>
<div class="uk-margin"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3873.0!2d109.09!3d13.88" width="100%" height="300" style="border:0" loading="lazy" title="Bản đồ"></iframe></div>
{_contact_form("/lien-he", "1:lien-he")}
</div>"""
    if component_only:
        return _component_shell(request, "Liên hệ", main)
    return _page(request, "Liên hệ", main, active="/lien-he")


def _contact_doan(request: Request) -> str:
    main = f"""{_crumbs((None, "Đoàn trường"))}
<div class="com-contact contact">
<h1 class="uk-margin-medium-bottom">Đoàn trường</h1>
<h3 class="uk-h5">Đoàn TNCS Hồ Chí Minh {esc(SITE)}</h3>
<div class="com-contact__address contact-address uk-margin"><dl class="uk-description-list"><dt><span uk-icon="location"></span></dt><dd>Phòng Đoàn - Nhà B, {esc(ADDRESS)}</dd>
<dt><span uk-icon="receiver"></span></dt><dd>0914 257 318</dd></dl></div>
{_contact_form(CONTACT_DOAN + "?catid=4&amp;Itemid=101", "2:doan-truong")}
</div>"""
    return _page(request, "Đoàn trường", main)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> str:
    q = request.params.get("q", "").strip()
    words = _fold(q).split()
    hits = [s for s in newest() if words and all(w in _fold(s.title + " " + " ".join(s.paragraphs)) for w in words)]
    results = "".join(
        f"""<li class="result__item"><p class="result__title"><a href="{article_path(s)}" class="result__title-link"><span class="result__title-text">{esc(s.title)}</span></a></p>
<p class="result__description">{esc(intro(s))}</p>
<div class="result__taxonomy"><span class="badge bg-secondary">Chuyên mục: {esc(CATS[s.cat].name)}</span></div>
<div class="result__date uk-text-meta">{joomla_date(local_time(s))}</div></li>"""
        for s in hits
    )
    if not q:
        found = ""
    elif hits:
        found = f"""<div id="search-query-explained"><p>Giả định <span class="query-required">{esc(q)}</span> là bắt buộc.</p></div>
<div id="search-result-list" class="com-finder__results"><ol id="search-result-list" class="com-finder__results-list" start="1">{results}</ol>
<div class="com-finder__counter search-pages-counter">Kết quả 1 - {len(hits)} trong tổng số {len(hits)}</div></div>"""
    else:
        found = f'<div id="search-result-empty" class="com-finder__empty"><h2>Không tìm thấy kết quả</h2><p>Không có kết quả nào cho <strong>{esc(q)}</strong>.</p></div>'
    main = f"""{_crumbs((None, "Tìm kiếm"))}
<div class="com-finder finder"><h1>Tìm kiếm</h1>
<form action="/tim-kiem" method="get" class="js-finder-searchform"><div class="uk-margin"><label for="q" class="uk-form-label">Tìm kiếm:</label>
<div class="uk-flex"><input type="text" name="q" id="q" size="30" value="{esc(q)}" class="uk-input js-finder-search-query"><button type="submit" class="uk-button uk-button-primary">Tìm kiếm</button></div></div></form>
{found}
</div>"""
    return _page(request, "Tìm kiếm", main, extra='    <meta name="robots" content="noindex, follow">')


def _login(request: Request) -> str:
    main = f"""<div class="com-users-login login">
<h1>Đăng nhập</h1>
<form action="/component/users/login?task=user.login&amp;Itemid={HOME_ITEMID}" method="post" class="com-users-login__form form-validate uk-form-stacked" id="com-users-login__form">
<fieldset><div class="uk-margin"><label for="username" class="uk-form-label">Tên đăng nhập<span class="star">&#160;*</span></label><input type="text" name="username" id="username" class="uk-input validate-username required" autocomplete="username" required></div>
<div class="uk-margin"><label for="password" class="uk-form-label">Mật khẩu<span class="star">&#160;*</span></label><input type="password" name="password" id="password" class="uk-input required" autocomplete="current-password" required></div>
<div class="uk-margin"><label><input class="uk-checkbox" type="checkbox" name="remember" value="yes"> Ghi nhớ tôi</label></div>
<div class="uk-margin"><button type="submit" class="uk-button uk-button-primary">Đăng nhập</button></div>
<input type="hidden" name="return" value=""><input type="hidden" name="{TOKEN}" value="1"></fieldset>
</form>
<ul class="uk-list"><li><a href="/component/users/reset?Itemid={HOME_ITEMID}">Quên mật khẩu?</a></li><li><a href="/component/users/remind?Itemid={HOME_ITEMID}">Quên tên đăng nhập?</a></li></ul>
</div>"""
    return _page(request, "Đăng nhập", main, sidebar=False, extra='    <meta name="robots" content="noindex, nofollow">')


def _users_form(request: Request, title: str, label: str) -> str:
    main = f"""<div class="com-users-reset reset"><h1>{esc(title)}</h1>
<form action="/component/users/reset?task=reset.request&amp;Itemid={HOME_ITEMID}" method="post" class="uk-form-stacked"><p>{esc(label)}</p>
<div class="uk-margin"><label for="jform_email" class="uk-form-label">Địa chỉ email<span class="star">&#160;*</span></label><input type="email" name="jform[email]" id="jform_email" class="uk-input required" required></div>
<button type="submit" class="uk-button uk-button-primary">Gửi</button><input type="hidden" name="{TOKEN}" value="1"></form></div>"""
    return _page(request, title, main, sidebar=False, extra='    <meta name="robots" content="noindex, nofollow">')


def _tag_page(request: Request, alias: str) -> str:
    _tid, name = TAGS[alias]
    tagged = [s for s in newest() if alias in s.opts["tags"]]
    items = "".join(
        f"""<li class="list-group-item list-group-item-action"><h3 class="uk-h5 uk-margin-remove"><a href="{article_path(s)}">{esc(s.title)}</a></h3>
<span class="uk-text-meta">{joomla_date(local_time(s))}</span><p class="uk-margin-small">{esc(intro(s))}</p></li>"""
        for s in tagged
    )
    main = f"""{_crumbs((None, name))}
<div class="com-tags-tag tag-category"><h1>{esc(name)}</h1>
<ul class="com-tags-tag__category category list-group uk-list uk-list-divider">{items}</ul></div>"""
    return _page(request, name, main)


# --------------------------------------------------------------------------- feeds, robots, 404


def _rfc822(story: Story) -> str:
    return format_datetime(local_time(story).astimezone(UTC))


def _feed(request: Request, path: str, kind: str) -> Response:
    base = base_url(request)
    key = None if path == PARENT.path else next(k for k, c in CATS.items() if c.path == path)
    name = PARENT.name if key is None else CATS[key].name
    items = newest(key)[:FEED_LIMIT]
    if kind == "atom":
        entries = "".join(
            f"""
	<entry>
		<title>{esc(s.title)}</title>
		<link rel="alternate" type="text/html" href="{base}{article_path(s)}"/>
		<published>{utc_iso(s)}</published>
		<updated>{s.opts.get("modified", utc_iso(s))}</updated>
		<id>{base}{article_path(s)}</id>
		<author><name>{esc(s.opts["by"])}</name></author>
		<summary type="html">{esc("<p>" + esc(intro(s)) + "</p>")}</summary>
		<category term="{esc(CATS[s.cat].name)}"/>
	</entry>"""
            for s in items
        )
        body = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi-vn">
	<title type="text">{esc(name)} - {esc(SITE)}</title>
	<subtitle type="text">Cổng thông tin điện tử {esc(SITE)}</subtitle>
	<link rel="alternate" type="text/html" href="{base}/"/>
	<id>{base}{path}</id>
	<updated>{utc_iso(items[0])}</updated>
	<generator uri="https://www.joomla.org">Joomla! - Open Source Content Management</generator>
	<link rel="self" type="application/atom+xml" href="{base}{path}?format=feed&amp;type=atom"/>{entries}
</feed>
"""
        return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})
    entries = "".join(
        f"""
		<item>
			<title>{esc(s.title)}</title>
			<link>{base}{article_path(s)}</link>
			<guid isPermaLink="true">{base}{article_path(s)}</guid>
			<description><![CDATA[<p>{esc(intro(s))}</p>]]></description>
			<author>{esc(EMAIL)} ({esc(s.opts["by"])})</author>
			<category>{esc(CATS[s.cat].name)}</category>
			<pubDate>{_rfc822(s)}</pubDate>
		</item>"""
        for s in items
    )
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
	<channel>
		<title>{esc(name)} - {esc(SITE)}</title>
		<description><![CDATA[Cổng thông tin điện tử {SITE}]]></description>
		<link>{base}{path}</link>
		<lastBuildDate>{_rfc822(items[0])}</lastBuildDate>
		<generator>Joomla! - Open Source Content Management</generator>
		<atom:link rel="self" type="application/rss+xml" href="{base}{path}?format=feed&amp;type=rss"/>
		<language>vi-vn</language>{entries}
	</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


ROBOTS = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
# eg www.example.com/robots.txt
# AND the joomla folder name MUST be prefixed to all of the
# paths.
User-agent: *
Disallow: /administrator/
Disallow: /api/
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


def _not_found(request: Request) -> Response:
    main = """<div class="uk-section uk-section-default"><div class="uk-container uk-text-center">
<h1 class="uk-heading-large">404</h1><p class="uk-text-large">Không tìm thấy trang</p>
<p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p><a class="uk-button uk-button-primary" href="/">Về trang chủ</a></div></div>"""
    return html(_page(request, "404 - Không tìm thấy trang", main, builder=True), status=404)


_ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/([a-z0-9-]+)$")
_COMPONENT_ARTICLE = re.compile(r"^/component/content/article/([a-z0-9-]+)$")
_TAG = re.compile(r"^/component/tags/tag/(\d+)-([a-z0-9-]+)$")
_FILES = {href for href, *_ in TKB_FILES}


def _session_cookie() -> dict[str, str]:
    return {"Set-Cookie": f"{opaque('sess-name', 16)[:32].lower().replace('+', 'a').replace('/', 'b')}={opaque('sess', 20)[:26].lower().replace('+', 'c').replace('/', 'd')}; path=/; HttpOnly"}


class YooSchool:
    """Joomla's router for the menu tree of this site, with YOOtheme's templates."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain"})
        if path.startswith(("/images/", "/templates/", "/media/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in _FILES else _not_found(request)
            if path == DOCX:
                return Response(
                    200,
                    b"PK\x03\x04" + b"\x00" * 60,
                    {"Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
                )
            return static_file(path) or _not_found(request)
        if len(path) > 1 and path.endswith("/"):
            return redirect(path.rstrip("/") + (f"?{request.query}" if request.query else ""), 301)
        params = request.params
        if params.get("format") == "feed":
            if path == PARENT.path or any(c.path == path for c in CATS.values()):
                return _feed(request, path, "atom" if params.get("type") == "atom" else "rss")
            return _not_found(request)
        page = self._page(request)
        if page is None:
            return _not_found(request)
        if isinstance(page, Response):
            return page
        return html(page, headers=_session_cookie())

    def _page(self, request: Request) -> str | Response | None:
        path = request.path
        params = request.params
        component_only = params.get("tmpl") == "component"
        story = None
        if m := _ARTICLE.match(path):
            cat_key, slug = m.groups()
            story = _BY_SLUG.get(slug)
            if story is None or story.cat != cat_key:
                return None
        elif m := _COMPONENT_ARTICLE.match(path):
            story = _BY_SLUG.get(m.group(1))
            if story is None:
                return None
        if story is not None:
            if component_only:
                return _print_page(story, request, params.get("print") == "1")
            return _article_page(story, request)
        if path == "/lien-he":
            return _contact(request, component_only)
        routes = {
            "/": _home,
            "/gioi-thieu": _about,
            "/tuyen-sinh-lop-10": _admission,
            "/thoi-khoa-bieu": _timetable,
            "/thu-vien-anh": _gallery,
            "/tin-tuc": _news_page,
            "/tim-kiem": _search,
            "/component/users/login": _login,
            CONTACT_DOAN: _contact_doan,
        }
        if path in routes:
            return routes[path](request)
        if path == "/component/users/reset":
            return _users_form(request, "Quên mật khẩu", "Vui lòng nhập địa chỉ email của tài khoản. Mã xác nhận sẽ được gửi đến bạn.")
        if path == "/component/users/remind":
            return _users_form(request, "Quên tên đăng nhập", "Vui lòng nhập địa chỉ email của tài khoản. Tên đăng nhập sẽ được gửi đến bạn.")
        if path.startswith("/tin-tuc/") and path[len("/tin-tuc/"):] in CATS:
            return _category_page(request, path[len("/tin-tuc/"):])
        if m := _TAG.match(path):
            tid, alias = int(m.group(1)), m.group(2)
            if alias in TAGS and TAGS[alias][0] == tid:
                return _tag_page(request, alias)
        return None


def build_site() -> YooSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return YooSchool()
