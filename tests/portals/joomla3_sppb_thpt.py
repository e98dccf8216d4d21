"""Fixture portal: a high school (Trường THPT Huỳnh Thúc Kháng, Quảng Ngãi) on Joomla 3.10 with Helix Ultimate.

Imitates a Joomla 3.10 school site as local agencies set them up around 2020 and never upgraded:
the JoomShaper Helix Ultimate template (``/templates/shaper_helixultimate``), SP Page Builder for
the home page and the photo page, JComments, JEvents, Phoca Download, mod_related_items, tags,
the vi-VN language pack, SEF URLs with ``/index.php/`` *and* URL rewriting (both answer), and an
SEO plugin that prints an absolute ``rel=canonical`` to the ``/index.php/`` SEF route on every
article view. What it serves:

- the home page ``/`` (also ``/index.php``): SP Page Builder sections (``sppb-section`` /
  ``sppb-addon-*``): a ``sppb-addon-single-image`` banner linked to an article in its *non-SEF*
  form (``/index.php?option=com_content&view=article&id=245&catid=8&Itemid=104``, pasted by an
  editor into the addon's link field, which the SEF plugin does not rewrite), an articles addon
  "Tin tức - Sự kiện" (4 newest news with intro images, date, trimmed intro text, 'Xem thêm'), an
  articles addon "Thông báo" (titles and dates), a button to "Thông tin tuyển sinh lớp 10", a
  ``sppb-addon-text-block`` "Thư ngỏ" (the principal's welcome, signed) and feature counters;
- category blogs ``/index.php/tin-tuc`` (all news, 5 a page: 3 pages) and
  ``/index.php/tin-tuc/<cat>`` (Helix blog items, 3 a page; "Hoạt động nhà trường" has 3 pages),
  Joomla 3's pagination: ``?start=N`` for pages 2.., but the first page as ``?limitstart=0``
  ("Bắt đầu", "Lùi", "1"); ``?limitstart=N`` answers exactly like ``?start=N``; "Thông báo" is a
  category *list* layout (a table "Tiêu đề | Ngày đăng | Lượt xem" with the filter box and the
  "Hiển thị #" select); each listing announces ``?format=feed&type=rss`` and ``type=atom``;
- articles at ``/index.php/tin-tuc/<cat>/<id>-<alias>``, the same page at the prefixless
  ``/tin-tuc/<cat>/<id>-<alias>`` (linked from the sidebar "Tin nổi bật" banner) and at
  ``/index.php?option=com_content&view=article&id=N&catid=M&Itemid=K``; all three print the same
  canonical. The article view is Helix's ``article-details``: ``article-header`` h1, a
  ``dl.article-info`` ("Chi tiết", "Viết bởi …", "Danh mục: …", "Được đăng: Thứ Hai, 16 Tháng
  11 2026 08:12" in a ``<time datetime>``, on one article also "Ngày tạo: …" and "Cập nhật lần
  cuối: …", "Lượt xem: N"), the print/email icons dropdown, Helix social share, the full-text
  image as ``figure.entry-image.full-image`` with a ``figcaption`` (the image's caption field;
  absent when the field is empty), ``itemprop="articleBody"`` (TinyMCE/JCE: ``span.wf_caption``
  images with their caption span, an image paragraph followed by a centred ``<em>`` line,
  ``figure.image/figcaption``, bare images, lists, a table, bold intro paragraphs, bylines as
  right-aligned last paragraphs), tags, the pagenav 'Trước' / 'Tiếp', JComments (list "Bình
  luận (N)" with author, "dd.mm.yyyy HH:MM" and text; the "Thêm bình luận" form), then the
  "Các bài viết liên quan" module (dated). Above it all Helix prints the page-title bar with the
  *category* name as h2 and the breadcrumbs "Trang chủ / Tin tức / <cat> / <title>";
- chrome: top bar with phone, hotline, email and today's date (``TODAY``), the mega menu and the
  same menu again in the off-canvas panel, the search box, a sidebar (Tin mới with dates, Tin nổi
  bật banner, upcoming JEvents, login form with "Quên mật khẩu?" / "Quên tên đăng nhập?" links,
  Vinaora visitor counter, banners), a footer with address, phones, a cloaked email ("Địa chỉ
  email này đang được bảo vệ từ spambots …") and the "Thông tin" module of the "Trang tĩnh" menu;
- the "Trang tĩnh" menu's uncategorised static articles ``/index.php/gioi-thieu``,
  ``/index.php/co-cau-to-chuc`` and ``/index.php/tuyen-sinh-10``: the same ``article-details``
  markup, no date, no author (Tuyển sinh 10 shows only "Chi tiết / Lượt xem");
- Phoca Download ``/index.php/van-ban`` (categories), ``/index.php/van-ban/category/<id>-<alias>``
  (file boxes) and file entries ``/index.php/van-ban/file/<id>-<alias>`` (table "Tên tệp / Ngày /
  Kích thước / Lượt tải", a one-sentence description, "Tải về" → ``…/category/<id>-<alias>
  ?download=<id>:<alias>``, a PDF sent as an attachment);
- JEvents ``/index.php/lich-cong-tac`` (month view of November 2026), event details
  ``?task=icalrepeat.detail&evid=N&…``; SP Page Builder album ``/index.php/thu-vien-anh``;
  com_contact ``/index.php/lien-he``; tag pages ``/index.php/component/tags/tag/<id>-<alias>``;
  print views (``?tmpl=component&print=1&layout=default``: robots noindex, the canonical, the
  article alone); the mail-to-a-friend form ``/index.php/component/mailto/?…&link=<hash>``; the
  users reset/remind forms; the search page (form POST only); Joomla's robots.txt. Unknown paths,
  a wrong category segment and unknown ids get Helix's 404 page with status 404 (a wrong alias
  after a known id still shows the article, as Joomla 3's router does; nothing links one).

Traps and hard cases: the JEvents month view links "« Tháng 10" / "Tháng 12 »" as
``?task=month.calendar&Itemid=109&year=…&month=…&day=…`` for every year up to 9999, and every day
cell links ``task=day.listevents``, whose "Ngày trước" / "Ngày sau" links never end either;
``?limitstart=0`` vs the bare category URL and ``?limitstart=N`` vs ``?start=N`` are the same
listing; each article answers under three URLs (plus its print view, which repeats it); the
"Tuyển sinh 10" static page looks like an article but is a standing information page; the home
page's "Thư ngỏ" text block and the Phoca file descriptions are text that is no article; the
comments under three articles are not article text; the Helix page-title h2 (the category) sits
above the real h1. One article (id 236) was saved by TinyMCE with named/numeric entities on
every second non-ASCII character; one (id 226) was pasted in decomposed Unicode (NFD), its title
too. Everything else is UTF-8 NFC.

Gold (by hand). Articles are the 13 com_content items of the three news categories; the static
pages, Phoca entries, events, album, contact, tag pages, listings, print and mail-to views are
not. ``canonical_path`` is the ``/index.php/`` route; the prefixless and non-SEF forms are its
``alt_paths``. Judgement calls:
- published_at is "Được đăng" with its time (+07:00); "Ngày tạo" and "Cập nhật lần cuối" (id 231)
  are not the publication date; listing dates (date only) agree with it.
- "Viết bởi Quản trị viên" is the site account, not an author; "Viết bởi <name>" (the
  created_by_alias, ids 245 and 233) is the author. In-text bylines: "Tin, ảnh: X" and "Tin và
  ảnh: X" give X in both lists; "Bài: X - Ảnh: Y" splits; "Ảnh: Y" alone gives a photographer;
  a bare bold name as the last line is the author (219); "Phạm Anh" + "Nguồn: Báo Quảng Ngãi"
  gives author and source (241); "Nguồn: Tỉnh Đoàn Quảng Ngãi" alone is the source (222). The
  right-aligned "Ảnh: Lê Quang Vinh" under 245's last captioned photo is the article's photo
  credit, not a second caption line.
- summary: only where the intro text is a bold lead paragraph (248, 245, 233, 219); it is the
  body's first paragraph. Elsewhere summary is None (the plain intro paragraph is just body).
- images: the full-text image first (its figcaption the caption; 245's has no caption), then the
  body images in order; a ``wf_caption`` span, a centred ``<em>`` line right under the image and
  a figcaption are captions; bare images have none (the alt text is JCE's file-name alt, no
  caption). URLs are the root-relative ``/images/…`` paths. Intro (listing) images are not in the
  article.
- body: the articleBody paragraphs in order, sub-headings, list items and the lead-in "Một số
  hình ảnh tại Hội khỏe:" included; table rows as "cell | cell"; bylines, captions, comments, tags,
  pagenav, related list and the info block excluded. The sentence linking the Phoca file (247) is
  body text.
- category: the article's own category (breadcrumb's last link, "Danh mục:"), not "Tin tức".
"""

from __future__ import annotations

import hashlib
import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "joomla3_sppb_thpt"
PLATFORM = "joomla3"
START_PATH = "/"

SITE = "Trường THPT Huỳnh Thúc Kháng"
SITE_LONG = "Trường THPT Huỳnh Thúc Kháng - tỉnh Quảng Ngãi"
ADDRESS = "Số 18 đường Phan Đình Phùng, phường Nghĩa Lộ, tỉnh Quảng Ngãi"
PHONE = "0255 3 822 417"
HOTLINE = "0905 214 683"
EMAIL = "thpthuynhthuckhang@quangngai.edu.vn"
TPL = "/templates/shaper_helixultimate"
TODAY_DATE = date(2026, 11, 25)
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

#: news categories: alias -> (catid, Itemid, printed name)
CATS: dict[str, tuple[int, int, str]] = {
    "hoat-dong-nha-truong": (8, 104, "Hoạt động nhà trường"),
    "doan-thanh-nien": (9, 105, "Đoàn thanh niên"),
    "thong-bao": (10, 106, "Thông báo"),
}
PARENT = ("tin-tuc", 7, 103, "Tin tức")
#: blog layout: items per page (Helix blog, 0 leading + 3 intro for a category, 1 + 4 for Tin tức)
CAT_LIMIT = 3
NEWS_LIMIT = 5
LIST_LIMIT = 10  # the "Thông báo" menu item is a category *list* (table) layout

#: tags: id -> (alias, name)
TAGS: dict[int, tuple[str, str]] = {
    2: ("hoc-sinh-gioi", "học sinh giỏi"),
    3: ("stem", "STEM"),
    4: ("doan-thanh-nien", "đoàn thanh niên"),
    5: ("ky-niem-20-11", "20/11"),
}

IMG = "/images/tin-tuc/2026"
SELECTED = ' selected="selected"'


def _ii(name: str) -> str:
    return f"{IMG}/{name}"


# Story.opts: at ("YYYY-MM-DD HH:MM", the publish_up), by (the "Viết bởi" name: an account or
# created_by_alias), created / modified (extra info lines), intro (image_intro src), tags (ids),
# comments ((name, "dd.mm.yyyy HH:MM", text) JComments items), nfd, entities.
# Img styles: full (image_fulltext before the body, figcaption from its caption field, printed
# may be None), wf (JCE "wf_caption" span), em (image paragraph, then a centred <em> line),
# figure (TinyMCE figure.image/figcaption), bare (image only).
# P styles: "" plain, sapo (bold lead: the intro text), h (sub-heading), li / ol (list items),
# th / tr (table rows, cells joined " | "), "a|href|phrase" (phrase linked).
STORIES: list[Story] = [
    Story(
        id=248,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-23T15:40:00+07:00",
        summary=(
            "Từ ngày 09/11 đến 21/11/2026, Trường THPT Huỳnh Thúc Kháng tổ chức Hội thi giáo viên"
            " dạy giỏi cấp trường năm học 2026 - 2027 với 24 giáo viên thuộc 8 tổ chuyên môn tham gia."
        ),
        blocks=[
            Img(
                _ii("11/hoi-thi-gvdg-full.jpg"),
                "Ban Giám khảo dự giờ tiết dạy môn Vật lí của thầy Trần Minh Tâm",
                "Ban Giám khảo dự giờ tiết dạy môn Vật lí của thầy Trần Minh Tâm",
                "full",
            ),
            P(
                "Từ ngày 09/11 đến 21/11/2026, Trường THPT Huỳnh Thúc Kháng tổ chức Hội thi giáo viên"
                " dạy giỏi cấp trường năm học 2026 - 2027 với 24 giáo viên thuộc 8 tổ chuyên môn tham gia.",
                "sapo",
            ),
            P(
                "Mỗi giáo viên dự thi trình bày một biện pháp nâng cao chất lượng giảng dạy và thực hiện"
                " hai tiết dạy trên lớp, trong đó có một tiết dạy theo bài học do Ban Tổ chức bốc thăm."
                " Các tiết dạy bám sát yêu cầu của Chương trình giáo dục phổ thông 2018, chú trọng tổ"
                " chức hoạt động để học sinh tự tìm tòi, khám phá kiến thức."
            ),
            Img(
                _ii("11/hoi-thi-gvdg-1.jpg"),
                "Cô Nguyễn Thị Thu Hà hướng dẫn học sinh lớp 11A2 thảo luận nhóm",
                "Cô Nguyễn Thị Thu Hà hướng dẫn học sinh lớp 11A2 thảo luận nhóm",
                "wf",
            ),
            P(
                "Nhiều giáo viên đã ứng dụng hiệu quả công nghệ thông tin, sử dụng phiếu học tập điện tử,"
                " phần mềm mô phỏng thí nghiệm và trò chơi học tập, tạo không khí sôi nổi trong giờ học."
            ),
            P(
                "Kết quả, Ban Tổ chức công nhận 19 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường;"
                " chọn 6 giáo viên có kết quả cao nhất để bồi dưỡng tham gia Hội thi cấp tỉnh."
            ),
            Img(
                _ii("11/hoi-thi-gvdg-2.jpg"),
                "Tiết dạy môn Tin học ứng dụng phần mềm mô phỏng",
                "Tiết dạy môn Tin học ứng dụng phần mềm mô phỏng",
                "wf",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Văn Hùng</strong></p>'),
        ],
        authors=["Nguyễn Văn Hùng"],
        photographers=["Nguyễn Văn Hùng"],
        opts={
            "at": "2026-11-23 15:40",
            "by": "Quản trị viên",
            "intro": _ii("11/hoi-thi-gvdg-thumb.jpg"),
            "tags": [],
        },
    ),
    Story(
        id=247,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-21T11:00:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra cuối"
                " học kỳ I các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "th"),
            P("14/12/2026 | Sáng | 10, 11, 12 | Ngữ văn | 90 phút", "tr"),
            P("14/12/2026 | Chiều | 10, 11, 12 | Tiếng Anh | 60 phút", "tr"),
            P("15/12/2026 | Sáng | 10, 11, 12 | Toán | 90 phút", "tr"),
            P("16/12/2026 | Sáng | 12 | Lịch sử, Vật lí, Hóa học | 45 phút/môn", "tr"),
            P(
                "Các môn còn lại kiểm tra theo thời khóa biểu tại lớp từ ngày 07/12 đến 12/12/2026."
                " Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh."
            ),
            P(
                "Toàn văn kế hoạch kiểm tra cuối học kỳ I được đăng tại mục Văn bản của nhà trường.",
                "a|/index.php/van-ban/file/31-ke-hoach-kiem-tra-cuoi-hoc-ky-i|kế hoạch kiểm tra cuối học kỳ I",
            ),
        ],
        opts={"at": "2026-11-21 11:00", "by": "Quản trị viên", "tags": []},
    ),
    Story(
        id=245,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-20T10:05:00+07:00",
        summary=(
            "Sáng 19/11, Trường THPT Huỳnh Thúc Kháng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà"
            " giáo Việt Nam và tuyên dương giáo viên, học sinh có thành tích xuất sắc."
        ),
        blocks=[
            Img(_ii("11/ky-niem-20-11-full.jpg"), None, None, "full"),
            P(
                "Sáng 19/11, Trường THPT Huỳnh Thúc Kháng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà"
                " giáo Việt Nam và tuyên dương giáo viên, học sinh có thành tích xuất sắc.",
                "sapo",
            ),
            P(
                "Dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo, Ủy ban nhân dân phường Nghĩa Lộ,"
                " Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo đã nghỉ hưu."
            ),
            Img(
                _ii("11/ky-niem-20-11-1.jpg"),
                "Thầy Hiệu trưởng Nguyễn Văn Bình ôn lại truyền thống Ngày Nhà giáo Việt Nam",
                "Thầy Hiệu trưởng Nguyễn Văn Bình ôn lại truyền thống Ngày Nhà giáo Việt Nam",
                "em",
            ),
            P(
                "Năm học 2025 - 2026, nhà trường có 43 học sinh đạt giải học sinh giỏi cấp tỉnh, tỷ lệ tốt"
                " nghiệp THPT đạt 99,8%; 12 giáo viên được công nhận giáo viên dạy giỏi cấp tỉnh."
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 15 giáo viên có thành tích xuất sắc trong công tác"
                " bồi dưỡng học sinh giỏi và 36 học sinh đạt giải trong các kỳ thi cấp tỉnh, cấp quốc gia."
            ),
            Img(_ii("11/ky-niem-20-11-2.jpg"), None, None, "bare"),
            Img(
                _ii("11/ky-niem-20-11-3.jpg"),
                "Tiết mục văn nghệ chào mừng của học sinh lớp 12A1",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 12A1",
                "em",
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Lê Quang Vinh</em></p>'),
        ],
        authors=["Trần Thị Mỹ Linh"],
        photographers=["Lê Quang Vinh"],
        opts={
            "at": "2026-11-20 10:05",
            "by": "Trần Thị Mỹ Linh",
            "intro": _ii("11/ky-niem-20-11-thumb.jpg"),
            "tags": [5],
            "comments": [
                (
                    "Phụ huynh lớp 10A3",
                    "20.11.2026 20:14",
                    "Kính chúc quý thầy cô luôn mạnh khỏe, hạnh phúc và thành công trong sự nghiệp trồng người.",
                ),
                (
                    "Cựu học sinh khóa 2010 - 2013",
                    "21.11.2026 07:42",
                    "Nhớ mãi những năm tháng học dưới mái trường. Chúc mừng các thầy cô nhân ngày 20/11!",
                ),
            ],
        },
    ),
    Story(
        id=243,
        slug="doan-truong-ra-quan-huong-ung-ngay-chu-nhat-xanh",
        title="Đoàn trường ra quân hưởng ứng “Ngày Chủ nhật xanh”",
        cat="doan-thanh-nien",
        published_at="2026-11-18T17:45:00+07:00",
        blocks=[
            Img(
                _ii("11/chu-nhat-xanh-full.jpg"),
                "Đoàn viên thanh niên dọn vệ sinh tuyến đường Phan Đình Phùng",
                "Đoàn viên thanh niên dọn vệ sinh tuyến đường Phan Đình Phùng",
                "full",
            ),
            P(
                "Sáng Chủ nhật 15/11, Đoàn trường tổ chức ra quân hưởng ứng “Ngày Chủ nhật xanh” với sự"
                " tham gia của hơn 300 đoàn viên thanh niên đến từ 36 chi đoàn."
            ),
            P(
                "Các chi đoàn đã thu gom rác thải, phát quang bụi rậm, trồng mới 120 cây xanh dọc tuyến"
                " đường Phan Đình Phùng và khu vực bờ kè sông Trà Khúc; đồng thời tuyên truyền người dân"
                " phân loại rác thải tại nguồn."
            ),
            P(
                "Hoạt động nằm trong chuỗi chương trình “Tháng Thanh niên vì môi trường” do Đoàn trường"
                " phát động, góp phần xây dựng ý thức bảo vệ môi trường trong học sinh."
            ),
            Raw('<p style="text-align: right;"><strong>Tin và ảnh: Nguyễn Hoàng Phúc</strong></p>'),
        ],
        authors=["Nguyễn Hoàng Phúc"],
        photographers=["Nguyễn Hoàng Phúc"],
        opts={
            "at": "2026-11-18 17:45",
            "by": "Quản trị viên",
            "intro": _ii("11/chu-nhat-xanh-thumb.jpg"),
            "tags": [4],
        },
    ),
    Story(
        id=241,
        slug="hoc-sinh-nha-truong-dat-9-giai-hoc-sinh-gioi-cap-tinh-lop-11",
        title="Học sinh nhà trường đạt 9 giải tại kỳ thi chọn học sinh giỏi cấp tỉnh lớp 11",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-16T08:12:00+07:00",
        blocks=[
            Img(
                _ii("11/hsg-lop-11-full.jpg"),
                "Đội tuyển học sinh giỏi lớp 11 của nhà trường",
                "Đội tuyển học sinh giỏi lớp 11 của nhà trường",
                "full",
            ),
            P(
                "Sở Giáo dục và Đào tạo Quảng Ngãi vừa công bố kết quả kỳ thi chọn học sinh giỏi cấp tỉnh"
                " lớp 11 năm học 2026 - 2027. Trường THPT Huỳnh Thúc Kháng có 9 học sinh đạt giải, gồm:"
            ),
            P("01 giải Nhất môn Hóa học: em Lê Bảo Ngọc, lớp 11A1;", "li"),
            P("03 giải Nhì các môn Toán, Ngữ văn, Sinh học;", "li"),
            P("05 giải Ba các môn Vật lí, Tiếng Anh, Lịch sử, Địa lí và Tin học.", "li"),
            P(
                "Đây là kết quả của quá trình bồi dưỡng công phu từ đầu năm học, với sự đồng hành của"
                " giáo viên các tổ chuyên môn và sự quan tâm của cha mẹ học sinh."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Phạm Anh</strong><br /><em>Nguồn: Báo Quảng Ngãi</em></p>'
            ),
        ],
        authors=["Phạm Anh"],
        source="Báo Quảng Ngãi",
        opts={
            "at": "2026-11-16 08:12",
            "by": "Quản trị viên",
            "intro": _ii("11/hsg-lop-11-thumb.jpg"),
            "tags": [2],
        },
    ),
    Story(
        id=239,
        slug="thong-bao-tuyen-chon-hoc-sinh-du-tuyen-hoc-sinh-gioi-lop-12",
        title="Thông báo tuyển chọn học sinh vào đội tuyển học sinh giỏi cấp tỉnh lớp 12",
        cat="thong-bao",
        published_at="2026-11-11T16:00:00+07:00",
        blocks=[
            P(
                "Nhằm chuẩn bị cho kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027, nhà"
                " trường thông báo tuyển chọn học sinh vào các đội tuyển như sau:"
            ),
            P(
                "Đối tượng: học sinh lớp 12 có điểm trung bình môn dự tuyển năm học 2025 - 2026 từ 8,0 trở lên.",
                "ol",
            ),
            P(
                "Hình thức tuyển chọn: làm bài kiểm tra 150 phút vào sáng thứ Bảy, ngày 21/11/2026.",
                "ol",
            ),
            P("Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 18/11/2026.", "ol"),
            P(
                "Danh sách đội tuyển chính thức sẽ được niêm yết tại bảng tin nhà trường và đăng trên"
                " trang thông tin điện tử của trường."
            ),
        ],
        opts={"at": "2026-11-11 16:00", "by": "Quản trị viên", "tags": [2]},
    ),
    Story(
        id=236,
        slug="ngoai-khoa-em-yeu-khoa-hoc-cho-hoc-sinh-khoi-10",
        title="Ngoại khóa “Em yêu khoa học” cho học sinh khối 10",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-09T14:30:00+07:00",
        blocks=[
            Img(
                _ii("11/em-yeu-khoa-hoc-full.jpg"),
                "Học sinh lớp 10A4 giới thiệu mô hình tên lửa nước",
                "Học sinh lớp 10A4 giới thiệu mô hình tên lửa nước",
                "full",
            ),
            P(
                "Chiều 06/11, Tổ Vật lí - Công nghệ phối hợp với Đoàn trường tổ chức buổi ngoại khóa “Em"
                " yêu khoa học” cho gần 450 học sinh khối 10."
            ),
            P(
                "Tại buổi ngoại khóa, các lớp trưng bày 18 sản phẩm STEM do học sinh tự thiết kế như máy"
                " lọc nước mini, đèn năng lượng mặt trời, hệ thống tưới cây tự động dùng cảm biến độ ẩm."
            ),
            Img(
                _ii("11/em-yeu-khoa-hoc-1.jpg"),
                "Phần thi thả tên lửa nước trên sân trường",
                "Phần thi thả tên lửa nước trên sân trường",
                "em",
            ),
            P(
                "Phần thi thả tên lửa nước thu hút đông đảo học sinh cổ vũ. Ban Tổ chức trao 1 giải Nhất,"
                " 2 giải Nhì, 3 giải Ba cho các sản phẩm xuất sắc."
            ),
            Img(
                _ii("11/em-yeu-khoa-hoc-2.jpg"),
                "Ban Tổ chức trao giải cho các lớp",
                "Ban Tổ chức trao giải cho các lớp",
                "em",
            ),
        ],
        opts={
            "at": "2026-11-09 14:30",
            "by": "Quản trị viên",
            "intro": _ii("11/em-yeu-khoa-hoc-thumb.jpg"),
            "tags": [3],
            "entities": 2,
        },
    ),
    Story(
        id=233,
        slug="tiep-suc-den-truong-trao-20-suat-hoc-bong",
        title="Chương trình “Tiếp sức đến trường” trao 20 suất học bổng cho học sinh khó khăn",
        cat="doan-thanh-nien",
        published_at="2026-11-02T19:10:00+07:00",
        summary=(
            "Tối 31/10, Đoàn trường phối hợp với Hội Cựu học sinh tổ chức chương trình “Tiếp sức đến"
            " trường”, trao 20 suất học bổng cho học sinh có hoàn cảnh khó khăn vượt khó học tốt."
        ),
        blocks=[
            P(
                "Tối 31/10, Đoàn trường phối hợp với Hội Cựu học sinh tổ chức chương trình “Tiếp sức đến"
                " trường”, trao 20 suất học bổng cho học sinh có hoàn cảnh khó khăn vượt khó học tốt.",
                "sapo",
            ),
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng cùng bộ sách giáo khoa và đồ dùng học tập. Tổng"
                " kinh phí chương trình hơn 50 triệu đồng do các cựu học sinh và doanh nghiệp đóng góp."
            ),
            Img(
                _ii("10/tiep-suc-den-truong-1.jpg"),
                "Đại diện Hội Cựu học sinh trao học bổng cho các em",
                "Đại diện Hội Cựu học sinh trao học bổng cho các em",
                "figure",
            ),
            P(
                "Chương trình được tổ chức thường niên từ năm 2015, đến nay đã trao hơn 300 suất học bổng,"
                " tiếp thêm động lực để các em vững bước đến trường."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Minh Khôi</em></p>'),
        ],
        authors=["Phan Thị Thanh Thảo"],
        photographers=["Minh Khôi"],
        opts={
            "at": "2026-11-02 19:10",
            "by": "Phan Thị Thanh Thảo",
            "intro": _ii("10/tiep-suc-den-truong-thumb.jpg"),
            "tags": [4],
            "comments": [
                (
                    "Lê Hoàng Nam",
                    "03.11.2026 09:31",
                    "Chương trình rất ý nghĩa. Mong năm sau có thêm nhiều suất học bổng cho các em.",
                ),
            ],
        },
    ),
    Story(
        id=231,
        slug="hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027 thành công tốt đẹp",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-30T16:20:00+07:00",
        blocks=[
            P(
                "Sau hai tuần thi đấu sôi nổi, Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027 đã bế mạc"
                " chiều 29/10 với 620 vận động viên tham gia 6 môn: điền kinh, bóng đá, bóng chuyền, cầu"
                " lông, cờ vua và kéo co."
            ),
            P("Kết quả toàn đoàn", "h"),
            P(
                "Giải Nhất toàn đoàn thuộc về khối 12 với lớp 12A3 dẫn đầu; giải Nhì thuộc về khối 11 và"
                " giải Ba thuộc về khối 10. Ban Tổ chức đã chọn 35 vận động viên xuất sắc để bồi dưỡng"
                " tham gia Hội khỏe Phù Đổng cấp tỉnh."
            ),
            P("Một số hình ảnh tại Hội khỏe:"),
            Img(_ii("10/hkpd-1.jpg"), None, None, "bare"),
            Img(_ii("10/hkpd-2.jpg"), None, None, "bare"),
            Img(_ii("10/hkpd-3.jpg"), None, None, "bare"),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Võ Thị Kim Ngân - Ảnh: Đặng Quốc Bảo</strong></p>'
            ),
        ],
        authors=["Võ Thị Kim Ngân"],
        photographers=["Đặng Quốc Bảo"],
        opts={
            "at": "2026-10-30 16:20",
            "by": "Quản trị viên",
            "intro": _ii("10/hkpd-thumb.jpg"),
            "created": "2026-10-28 09:05",
            "modified": "2026-11-02 15:40",
            "tags": [],
        },
    ),
    Story(
        id=228,
        slug="thong-bao-hop-cha-me-hoc-sinh-giua-hoc-ky-i",
        title="Thông báo họp cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-24T08:00:00+07:00",
        blocks=[
            P(
                "Nhà trường tổ chức họp cha mẹ học sinh giữa học kỳ I vào lúc 07 giờ 30, Chủ nhật ngày"
                " 01/11/2026 tại các phòng học của lớp."
            ),
            P("Nội dung cuộc họp:", "h"),
            P("Thông báo kết quả học tập, rèn luyện giữa học kỳ I của học sinh;", "li"),
            P("Phổ biến kế hoạch kiểm tra cuối học kỳ I và các hoạt động trong tháng 12;", "li"),
            P(
                "Trao đổi các biện pháp phối hợp giáo dục học sinh giữa gia đình và nhà trường.",
                "li",
            ),
            P("Kính mong quý cha mẹ học sinh sắp xếp thời gian tham dự đầy đủ, đúng giờ."),
        ],
        opts={"at": "2026-10-24 08:00", "by": "Quản trị viên", "tags": []},
    ),
    Story(
        id=226,
        slug="tap-huan-phong-chay-chua-chay-va-cuu-nan-cuu-ho",
        title="Tập huấn phòng cháy, chữa cháy và cứu nạn, cứu hộ cho cán bộ, giáo viên, nhân viên",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-19T09:00:00+07:00",
        blocks=[
            Img(
                _ii("10/tap-huan-pccc-full.jpg"),
                "Cán bộ Công an hướng dẫn sử dụng bình chữa cháy",
                "Cán bộ Công an hướng dẫn sử dụng bình chữa cháy",
                "full",
            ),
            P(
                "Ngày 17/10, nhà trường phối hợp với Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu"
                " hộ Công an tỉnh tổ chức tập huấn nghiệp vụ cho 95 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Học viên được trang bị kiến thức về pháp luật phòng cháy, chữa cháy, kỹ năng thoát nạn"
                " khi xảy ra cháy, cách sơ cứu người bị nạn và thực hành sử dụng các phương tiện chữa cháy"
                " tại chỗ."
            ),
            Img(
                _ii("10/tap-huan-pccc-1.jpg"),
                "Giáo viên thực hành dập lửa bằng bình bột",
                "Giáo viên thực hành dập lửa bằng bình bột",
                "wf",
            ),
            P(
                "Qua buổi tập huấn, đội phòng cháy, chữa cháy cơ sở của nhà trường được kiện toàn với 15"
                " thành viên, sẵn sàng xử lý các tình huống ban đầu."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Huỳnh Tấn Lộc</em></p>'),
        ],
        photographers=["Huỳnh Tấn Lộc"],
        opts={
            "at": "2026-10-19 09:00",
            "by": "Quản trị viên",
            "intro": _ii("10/tap-huan-pccc-thumb.jpg"),
            "tags": [],
            "nfd": True,
        },
    ),
    Story(
        id=222,
        slug="toa-dam-thanh-nien-voi-van-hoa-giao-thong",
        title="Tọa đàm “Thanh niên với văn hóa giao thông”",
        cat="doan-thanh-nien",
        published_at="2026-10-12T15:00:00+07:00",
        blocks=[
            P(
                "Nhằm nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông, chiều 10/10, Đoàn"
                " trường tổ chức buổi tọa đàm “Thanh niên với văn hóa giao thông” cho đoàn viên khối 11."
            ),
            P(
                "Tại buổi tọa đàm, báo cáo viên của Phòng Cảnh sát giao thông Công an tỉnh đã chia sẻ các"
                " quy định mới về xử phạt vi phạm hành chính, tình hình tai nạn giao thông liên quan đến"
                " học sinh và kỹ năng tham gia giao thông an toàn."
            ),
            P(
                "Các đoàn viên đã mạnh dạn đặt câu hỏi về việc điều khiển xe gắn máy khi chưa đủ tuổi, đội"
                " mũ bảo hiểm đạt chuẩn và văn hóa ứng xử khi tham gia giao thông."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Tỉnh Đoàn Quảng Ngãi</em></p>'),
        ],
        source="Tỉnh Đoàn Quảng Ngãi",
        opts={"at": "2026-10-12 15:00", "by": "Quản trị viên", "tags": [4]},
    ),
    Story(
        id=219,
        slug="le-khai-giang-nam-hoc-2026-2027",
        title="Trường THPT Huỳnh Thúc Kháng khai giảng năm học 2026 - 2027",
        cat="hoat-dong-nha-truong",
        published_at="2026-09-05T09:30:00+07:00",
        summary=(
            "Sáng 05/9, cùng với học sinh cả nước, hơn 1.350 học sinh Trường THPT Huỳnh Thúc Kháng hân"
            " hoan dự Lễ khai giảng năm học mới 2026 - 2027."
        ),
        blocks=[
            Img(
                _ii("09/khai-giang-full.jpg"),
                "Học sinh khối 10 diễu hành vào lễ đài",
                "Học sinh khối 10 diễu hành vào lễ đài",
                "full",
            ),
            P(
                "Sáng 05/9, cùng với học sinh cả nước, hơn 1.350 học sinh Trường THPT Huỳnh Thúc Kháng hân"
                " hoan dự Lễ khai giảng năm học mới 2026 - 2027.",
                "sapo",
            ),
            P(
                "Năm học 2026 - 2027, nhà trường có 36 lớp với 1.352 học sinh, trong đó khối 10 có 12 lớp"
                " với 462 học sinh trúng tuyển. Đội ngũ gồm 84 cán bộ quản lý, giáo viên và 11 nhân viên."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Nguyễn Văn Bình đề nghị tập thể sư phạm tiếp tục"
                " đổi mới phương pháp dạy học, nâng cao chất lượng giáo dục toàn diện; mong các em học sinh"
                " chăm ngoan, tích cực rèn luyện."
            ),
            Img(
                _ii("09/khai-giang-1.jpg"),
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "figure",
            ),
            Raw('<p style="text-align: right;"><strong>Lê Thị Hồng Nhung</strong></p>'),
        ],
        authors=["Lê Thị Hồng Nhung"],
        opts={
            "at": "2026-09-05 09:30",
            "by": "Quản trị viên",
            "intro": _ii("09/khai-giang-thumb.jpg"),
            "tags": [],
        },
    ),
]


def _at(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


LATEST = sorted(STORIES, key=lambda s: _at(s.opts["at"]), reverse=True)
BY_ID = {s.id: s for s in STORIES}


def in_cat(cat: str) -> list[Story]:
    return [s for s in LATEST if s.cat == cat]


def article_path(s: Story) -> str:
    return f"/index.php/tin-tuc/{s.cat}/{s.id}-{s.slug}"


def nonsef_path(s: Story) -> str:
    catid, itemid, _ = CATS[s.cat]
    return f"/index.php?option=com_content&view=article&id={s.id}&catid={catid}&Itemid={itemid}"


def bare_path(s: Story) -> str:
    """The same SEF route without the /index.php/ segment (URL rewriting is on as well)."""
    return article_path(s).removeprefix("/index.php")


def print_path(s: Story) -> str:
    return article_path(s) + "?tmpl=component&print=1&layout=default"


def mailto_path(s: Story) -> str:
    link = hashlib.sha1(article_path(s).encode()).hexdigest()
    return f"/index.php/component/mailto/?tmpl=component&template=shaper_helixultimate&link={link}"


def cat_path(cat: str) -> str:
    return f"/index.php/tin-tuc/{cat}"


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


# --- Phoca Download ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DocFile:
    id: int
    alias: str
    cat: int
    title: str
    filename: str
    added: date
    size: str
    hits: int
    description: str

    @property
    def path(self) -> str:
        return f"/index.php/van-ban/file/{self.id}-{self.alias}"

    @property
    def download(self) -> str:
        alias, _ = DOC_CATS[self.cat]
        return f"/index.php/van-ban/category/{self.cat}-{alias}?download={self.id}:{self.alias}"


#: Phoca Download categories: id -> (alias, title)
DOC_CATS: dict[int, tuple[str, str]] = {
    1: ("van-ban-nha-truong", "Văn bản nhà trường"),
    2: ("van-ban-cap-tren", "Văn bản cấp trên"),
}
DOCS: list[DocFile] = [
    DocFile(31, "ke-hoach-kiem-tra-cuoi-hoc-ky-i", 1,
            "Kế hoạch kiểm tra cuối học kỳ I năm học 2026 - 2027", "KH-kiem-tra-cuoi-HKI-2026-2027.pdf",
            date(2026, 11, 20), "248,36 kB", 57,
            "Kế hoạch số 215/KH-THPTHTK ngày 20/11/2026 của Hiệu trưởng về tổ chức kiểm tra cuối học kỳ I."),
    DocFile(30, "cv-2875-huong-dan-kiem-tra-danh-gia-cuoi-hoc-ky-i", 2,
            "Công văn số 2875/SGDĐT-GDTrH hướng dẫn kiểm tra, đánh giá cuối học kỳ I",
            "2875-SGDDT-GDTrH.pdf", date(2026, 11, 12), "412,90 kB", 43,
            "Hướng dẫn của Sở GD&ĐT về kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027 đối với"
            " cấp trung học."),
    DocFile(29, "ke-hoach-giao-duc-nha-truong-2026-2027", 1,
            "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "KHGD-nha-truong-2026-2027.pdf",
            date(2026, 9, 28), "1,27 MB", 188,
            "Kế hoạch giáo dục nhà trường được Hội đồng trường thông qua ngày 25/9/2026."),
    DocFile(27, "quy-che-chi-tieu-noi-bo-nam-2026", 1,
            "Quy chế chi tiêu nội bộ năm 2026", "Quy-che-chi-tieu-noi-bo-2026.pdf",
            date(2026, 3, 2), "365,12 kB", 96, "Quy chế chi tiêu nội bộ áp dụng từ ngày 01/01/2026."),
    DocFile(25, "qd-khung-ke-hoach-thoi-gian-nam-hoc-2026-2027", 2,
            "Quyết định ban hành khung kế hoạch thời gian năm học 2026 - 2027",
            "QD-khung-KH-thoi-gian-nam-hoc.pdf", date(2026, 8, 10), "198,44 kB", 271,
            "Quyết định của UBND tỉnh Quảng Ngãi về khung kế hoạch thời gian năm học đối với giáo dục"
            " mầm non, giáo dục phổ thông và giáo dục thường xuyên."),
]  # fmt: skip
DOC_BY_ID = {d.id: d for d in DOCS}


# --- JEvents ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    evid: int
    day: date
    start: str
    end: str
    title: str
    alias: str
    location: str
    contact: str
    description: str

    @property
    def path(self) -> str:
        uid = hashlib.md5(f"jevents-{self.evid}".encode()).hexdigest()
        return (
            f"/index.php/lich-cong-tac?task=icalrepeat.detail&evid={self.evid}&Itemid={CAL_ITEMID}"
            f"&year={self.day.year}&month={self.day.month:02d}&day={self.day.day:02d}"
            f"&title={self.alias}&uid={uid}"
        )


CAL_ITEMID = 109
EVENTS: list[Event] = [
    Event(12, date(2026, 11, 1), "07:30", "10:00", "Họp cha mẹ học sinh giữa học kỳ I", "hop-cha-me-hoc-sinh",
          "Các phòng học", "Văn phòng nhà trường", "Giáo viên chủ nhiệm chủ trì họp tại lớp."),
    Event(14, date(2026, 11, 19), "07:30", "10:30", "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
          "le-ky-niem-ngay-nha-giao-viet-nam", "Hội trường nhà trường", "Công đoàn trường",
          "Toàn thể cán bộ, giáo viên, nhân viên và học sinh dự lễ; trang phục lễ hội."),
    Event(15, date(2026, 11, 28), "14:00", "16:30", "Họp Hội đồng sư phạm tháng 11", "hop-hoi-dong-su-pham-thang-11",
          "Phòng họp tầng 2", "Hiệu trưởng", "Đánh giá công tác tháng 11, triển khai nhiệm vụ tháng 12."),
    Event(16, date(2026, 12, 14), "07:00", "11:00", "Kiểm tra cuối học kỳ I (các môn tập trung)",
          "kiem-tra-cuoi-hoc-ky-i", "Các phòng thi", "Phó Hiệu trưởng chuyên môn",
          "Kiểm tra tập trung môn Ngữ văn, Tiếng Anh, Toán theo lịch đã thông báo."),
]  # fmt: skip


# --- static articles of the "Trang tĩnh" menu (category Uncategorised) ----------------------------

#: route -> (article id, Itemid, menu title, headline, blocks)
STATIC: dict[str, tuple[int, int, str, str, list[P]]] = {
    "/gioi-thieu": (3, 102, "Giới thiệu", "Giới thiệu chung về Trường THPT Huỳnh Thúc Kháng", [
        P("Trường THPT Huỳnh Thúc Kháng được thành lập năm 1975, mang tên nhà chí sĩ yêu nước Huỳnh"
          " Thúc Kháng, là một trong những trường trung học phổ thông có bề dày truyền thống của tỉnh."),
        P("Trải qua hơn 50 năm xây dựng và phát triển, nhà trường đã đào tạo hàng chục nghìn học sinh,"
          " nhiều thế hệ học sinh đã trưởng thành và giữ những cương vị quan trọng."),
        P("Nhà trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2022 và đạt kiểm định chất lượng"
          " giáo dục cấp độ 3."),
    ]),
    "/co-cau-to-chuc": (4, 110, "Cơ cấu tổ chức", "Cơ cấu tổ chức", [
        P("Ban Giám hiệu: Hiệu trưởng Nguyễn Văn Bình; các Phó Hiệu trưởng Trần Thị Hoa, Lê Văn Dũng."),
        P("Tổ chuyên môn: Toán; Vật lí - Công nghệ; Hóa học - Sinh học; Ngữ văn; Lịch sử - Địa lí -"
          " Giáo dục kinh tế và pháp luật; Ngoại ngữ; Tin học; Thể dục - Giáo dục quốc phòng và an ninh."),
        P("Tổ Văn phòng gồm kế toán, văn thư, thiết bị, thư viện, y tế và bảo vệ."),
    ]),
    "/tuyen-sinh-10": (5, 111, "Tuyển sinh 10", "Thông tin tuyển sinh vào lớp 10 năm học 2027 - 2028", [
        P("Chỉ tiêu tuyển sinh: 12 lớp với 480 học sinh."),
        P("Phương thức tuyển sinh: thi tuyển kết hợp xét tuyển. Thí sinh dự thi 3 bài: Ngữ văn, Toán,"
          " Tiếng Anh; điểm xét tuyển là tổng điểm ba bài thi (hệ số 1) cộng điểm ưu tiên, khuyến khích."),
        P("Hồ sơ đăng ký dự tuyển nộp tại Văn phòng nhà trường theo lịch của Sở Giáo dục và Đào tạo."
          " Mọi thắc mắc xin liên hệ số điện thoại " + HOTLINE + " trong giờ hành chính."),
    ]),
}  # fmt: skip

ALBUM: list[tuple[str, str]] = [
    (_ii("09/album/khai-giang-01.jpg"), "Lễ khai giảng năm học 2026 - 2027"),
    (_ii("09/album/khai-giang-02.jpg"), "Học sinh khối 10 trong ngày đầu đến trường"),
    (_ii("10/album/hkpd-01.jpg"), "Chung kết bóng đá nam Hội khỏe Phù Đổng"),
    (_ii("10/album/hkpd-02.jpg"), "Kéo co khối 11"),
    (_ii("11/album/20-11-01.jpg"), "Văn nghệ chào mừng Ngày Nhà giáo Việt Nam"),
    (_ii("11/album/20-11-02.jpg"), "Học sinh tặng hoa thầy cô"),
]
USER_PAGES = (
    "/index.php/component/users/?view=reset&Itemid=101",
    "/index.php/component/users/?view=remind&Itemid=101",
)


def tag_path(tag_id: int) -> str:
    return f"/index.php/component/tags/tag/{tag_id}-{TAGS[tag_id][0]}"


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat][2], alt_paths=[nonsef_path(s), bare_path(s)])
    for s in LATEST
]


def _listing_targets() -> list[str]:
    out = [f"/index.php/{PARENT[0]}"]
    out += [
        f"/index.php/{PARENT[0]}?start={n * NEWS_LIMIT}"
        for n in range(1, _pages(len(LATEST), NEWS_LIMIT))
    ]
    for cat in CATS:
        per = LIST_LIMIT if cat == "thong-bao" else CAT_LIMIT
        out.append(cat_path(cat))
        out += [f"{cat_path(cat)}?start={n * per}" for n in range(1, _pages(len(in_cat(cat)), per))]
    return out


NON_ARTICLES: list[str] = [
    "/",
    *_listing_targets(),
    *(f"/index.php{route}" for route in STATIC),
    "/index.php/thu-vien-anh",
    "/index.php/lien-he",
    "/index.php/van-ban",
    *(f"/index.php/van-ban/category/{cid}-{alias}" for cid, (alias, _) in DOC_CATS.items()),
    *(d.path for d in DOCS),
    "/index.php/lich-cong-tac",
    *(e.path for e in EVENTS),
    *(tag_path(t) for t in TAGS),
    *(print_path(s) for s in LATEST),
    *(mailto_path(s) for s in LATEST),
    *USER_PAGES,
]


# --------------------------------------------------------------------------- rendering: chrome


def _t(value: str, s: Story | None = None) -> str:
    if s is None:
        return text(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _title(s: Story) -> str:
    """Titles are typed in Joomla's plain title field: never entity-encoded, decomposed if pasted so."""
    return text(s.title, nfd=bool(s.opts.get("nfd")))


def _lc2(when: datetime) -> str:
    """Joomla's DATE_FORMAT_LC2 in the vi-VN pack: "Thứ Hai, 16 Tháng 11 2026 08:12"."""
    return f"{WEEKDAYS[when.weekday()]}, {when:%d} Tháng {when.month} {when:%Y %H:%M}"


def _lc3(when: date) -> str:
    """DATE_FORMAT_LC3: "16 Tháng 11 2026" (Helix prints it in listings)."""
    return f"{when:%d} Tháng {when.month} {when:%Y}"


def _iso(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def _cloak(address: str, seed: str) -> str:
    """Joomla's email cloaking: a notice for browsers without JavaScript, the address built by JS."""
    cid = "cloak" + hashlib.md5((seed + address).encode()).hexdigest()
    user, domain = address.split("@")
    dom = domain.replace(".", "' + '&#46;' + '")
    var = "addy" + cid[5:13]
    return (
        f'<span id="{cid}">Địa chỉ email này đang được bảo vệ từ spambots. Bạn cần kích hoạt JavaScript để xem nó.</span>'
        f"<script type='text/javascript'>document.getElementById('{cid}').innerHTML = '';"
        f" var prefix = '&#109;a' + 'i&#108;' + '&#116;o'; var path = 'hr' + 'ef' + '=';"
        f" var {var} = '{user}' + '&#64;'; {var} = {var} + '{dom}';"
        f" document.getElementById('{cid}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + {var} + '\\'>'"
        f" + {var} + '<\\/a>';</script>"
    )


MENU: list[tuple[int, str, str, list[tuple[int, str, str]]]] = [
    (101, "Trang chủ", "/", []),
    (102, "Giới thiệu", "/index.php/gioi-thieu", [
        (102, "Giới thiệu chung", "/index.php/gioi-thieu"),
        (110, "Cơ cấu tổ chức", "/index.php/co-cau-to-chuc"),
    ]),
    (PARENT[2], PARENT[3], f"/index.php/{PARENT[0]}", [
        (itemid, name, cat_path(cat)) for cat, (_, itemid, name) in CATS.items()
    ]),
    (108, "Văn bản", "/index.php/van-ban", []),
    (CAL_ITEMID, "Lịch công tác", "/index.php/lich-cong-tac", []),
    (112, "Thư viện ảnh", "/index.php/thu-vien-anh", []),
    (113, "Liên hệ", "/index.php/lien-he", []),
]  # fmt: skip


def _menu(active: int, mega: bool) -> str:
    items = []
    for itemid, title, href, children in MENU:
        ids = {itemid} | {c[0] for c in children}
        cls = ("sp-menu-item" if mega else "item-" + str(itemid)) + (
            " active" if active in ids else ""
        )
        if children:
            cls += " sp-has-child" if mega else " deeper parent"
            sub = "".join(
                f'<li class="{"sp-menu-item" if mega else "item-" + str(cid)}{" current-item active" if cid == active else ""}">'
                f'<a href="{chref}">{ctitle}</a></li>'
                for cid, ctitle, chref in children
            )
            sub = (
                f'<div class="sp-dropdown sp-dropdown-main sp-menu-right" style="width: 240px;"><div class="sp-dropdown-inner"><ul class="sp-dropdown-items">{sub}</ul></div></div>'
                if mega
                else f'<span class="menu-toggler"></span><ul class="menu-child">{sub}</ul>'
            )
        else:
            sub = ""
        items.append(f'<li class="{cls}"><a href="{href}">{title}</a>{sub}</li>')
    if mega:
        return f'<ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">{"".join(items)}</ul>'
    return f'<ul class="menu">{"".join(items)}</ul>'


def _head(request: Request, title: str, extra: str = "") -> str:
    base = base_url(request) + request.path
    return f"""<!doctype html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<base href="{esc(base)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="THPT Huỳnh Thúc Kháng, Quảng Ngãi, trường học, tuyển sinh" />
<meta name="description" content="Cổng thông tin điện tử {esc(SITE_LONG)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="{TPL}/images/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/components/com_sppagebuilder/assets/css/font-awesome-5.min.css" rel="stylesheet" type="text/css" />
<link href="{TPL}/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="{TPL}/css/template.css" rel="stylesheet" type="text/css" />
<link href="{TPL}/css/presets/preset1.css" rel="stylesheet" type="text/css" />
{extra}<script src="/media/jui/js/jquery.min.js?5d7e0b1d3a1b1b1f2c3d4e5f6a7b8c9d" type="text/javascript"></script>
<script src="{TPL}/js/main.js" type="text/javascript"></script>
<script type="text/javascript">template="shaper_helixultimate";</script>
</head>"""


def _topbar() -> str:
    return f"""<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-left">
<ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:{PHONE.replace(" ", "")}">{PHONE}</a></li>
<li class="sp-contact-mobile"><span class="fas fa-mobile-alt" aria-hidden="true"></span> Hotline: <a href="tel:{HOTLINE.replace(" ", "")}">{HOTLINE}</a></li>
<li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> <a href="mailto:{EMAIL}">{EMAIL}</a></li></ul></div></div>
<div id="sp-top2" class="col-lg-6"><div class="sp-column text-center text-lg-right">
<div class="sp-module "><div class="sp-module-content"><div class="custom"><p class="ngay-hien-tai"><span class="far fa-calendar-alt"></span> {TODAY}</p></div></div></div>
<ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" href="https://www.facebook.com/thpthuynhthuckhang.qn" aria-label="facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li>
<li class="social-icon-youtube"><a target="_blank" href="https://www.youtube.com/@thpthuynhthuckhangqn" aria-label="Youtube"><span class="fab fa-youtube" aria-hidden="true"></span></a></li></ul>
</div></div></div></div></div></div>"""


def _header(active: int) -> str:
    return f"""<header id="sp-header"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-logo" class="col-8 col-lg-3"><div class="sp-column"><div class="logo"><a href="/">
<img class="logo-image" src="/images/logo/logo-thpt-htk.png" alt="{esc(SITE)}"></a></div></div></div>
<div id="sp-menu" class="col-4 col-lg-9"><div class="sp-column d-flex justify-content-end align-items-center">
<nav class="sp-megamenu-wrapper" role="navigation">{_menu(active, True)}
<a id="offcanvas-toggler" aria-label="Navigation" class="offcanvas-toggler-right d-block d-lg-none" href="#"><span class="fa fa-bars" aria-hidden="true" title="Navigation"></span></a></nav>
<div class="sp-module "><div class="sp-module-content"><div class="search">
<form action="/index.php/component/search/" method="post"><input name="searchword" id="mod-search-searchword" maxlength="200" class="form-control search-query" type="search" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="101" /></form></div></div></div>
</div></div></div></div></div></header>"""


def _crumbs(trail: list[tuple[str, str | None]]) -> str:
    items = [
        '<li class="float-left"><span class="divider fas fa-map-marker-alt" aria-hidden="true"></span></li>',
        '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item">'
        '<a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a>'
        '<meta itemprop="position" content="1"></li>',
    ]
    for n, (label, href) in enumerate(trail, start=2):
        if href:
            items.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item">'
                f'<a itemprop="item" href="{esc(href)}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
                f'<meta itemprop="position" content="{n}"></li>'
            )
        else:
            items.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item active">'
                f'<span itemprop="name">{esc(label)}</span><meta itemprop="position" content="{n}"></li>'
            )
    return f'<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">{"".join(items)}</ol>'


def _page_title(heading: str, trail: list[tuple[str, str | None]]) -> str:
    return f"""<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-lg-12"><div class="sp-column">
<div class="sp-page-title"><div class="container"><h2 class="sp-page-title-heading">{esc(heading)}</h2>
<div class="sp-module "><div class="sp-module-content">{_crumbs(trail)}</div></div></div></div></div></div></div></section>"""


def _sidebar() -> str:
    latest = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{article_path(s)}" itemprop="url">'
        f'<span itemprop="name">{esc(s.title)}</span></a>'
        f'<div class="latest-post-info"><span class="far fa-clock"></span> {_lc3(_at(s.opts["at"]))}</div></li>'
        for s in LATEST[:5]
    )
    upcoming = "".join(
        f'<li class="jevl_next"><span class="mod_events_latest_date">{e.day:%d/%m}</span> '
        f'<a class="mod_events_link" href="{esc(e.path)}">{esc(e.title)}</a></li>'
        for e in EVENTS if e.day >= TODAY_DATE
    )  # fmt: skip
    hot = LATEST[2]
    return f"""<aside id="sp-right" class="col-lg-3 "><div class="sp-column class2">
<div class="sp-module "><h3 class="sp-module-title">Tin mới</h3><div class="sp-module-content"><ul class="latestnews">{latest}</ul></div></div>
<div class="sp-module tin-noi-bat"><h3 class="sp-module-title">Tin nổi bật</h3><div class="sp-module-content"><div class="custom">
<p><a href="{bare_path(hot)}"><img src="/images/banner/banner-20-11.jpg" alt="Chào mừng Ngày Nhà giáo Việt Nam" /></a></p></div></div></div>
<div class="sp-module "><h3 class="sp-module-title">Lịch công tác</h3><div class="sp-module-content"><div class="mod_events_latest_table"><ul class="mod_events_latest_list">{upcoming}</ul>
<div class="mod_events_latest_callink"><a href="/index.php/lich-cong-tac">Xem toàn bộ lịch</a></div></div></div></div>
<div class="sp-module "><h3 class="sp-module-title">Đăng nhập</h3><div class="sp-module-content">
<form action="/index.php" method="post" id="login-form" class="form-inline">
<div class="userdata"><div id="form-login-username" class="form-group"><input id="modlgn-username" type="text" name="username" class="form-control" tabindex="0" size="18" placeholder="Tên đăng nhập" /></div>
<div id="form-login-password" class="form-group"><input id="modlgn-passwd" type="password" name="password" tabindex="0" size="18" class="form-control" placeholder="Mật khẩu" /></div>
<div id="form-login-remember" class="form-group form-check"><input id="modlgn-remember" type="checkbox" name="remember" class="form-check-input" value="yes"/><label for="modlgn-remember" class="control-label">Ghi nhớ</label></div>
<div id="form-login-submit" class="form-group"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">Đăng nhập</button></div>
<ul class="form-links"><li><a href="{esc(USER_PAGES[0])}">Quên mật khẩu?</a></li><li><a href="{esc(USER_PAGES[1])}">Quên tên đăng nhập?</a></li></ul>
<input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /><input type="hidden" name="return" value="aW5kZXgucGhwP0l0ZW1pZD0xMDE=" /><input type="hidden" name="5f0c7d1e9a8b2c3d4e5f60718293a4b5" value="1" /></div></form></div></div>
<div class="sp-module "><h3 class="sp-module-title">Thống kê truy cập</h3><div class="sp-module-content">
<div class="vvisit_counter"><table class="vinaora_counter"><tbody>
<tr><td>Hôm nay</td><td align="right">214</td></tr><tr><td>Hôm qua</td><td align="right">387</td></tr>
<tr><td>Tuần này</td><td align="right">1.203</td></tr><tr><td>Tháng này</td><td align="right">6.874</td></tr>
<tr><td>Tất cả</td><td align="right">412.586</td></tr></tbody></table>
<div class="vvisit_online">Đang online: 17</div></div></div></div>
<div class="sp-module "><h3 class="sp-module-title">Liên kết</h3><div class="sp-module-content"><div class="bannergroup">
<div class="banneritem"><a href="https://moet.gov.vn" target="_blank" rel="noopener noreferrer" title="Bộ Giáo dục và Đào tạo"><img src="/images/banners/bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" /></a></div>
<div class="banneritem"><a href="https://quangngai.edu.vn" target="_blank" rel="noopener noreferrer" title="Sở GD&amp;ĐT Quảng Ngãi"><img src="/images/banners/so-gddt.png" alt="Sở GD&amp;ĐT Quảng Ngãi" /></a></div>
</div></div></div>
</div></aside>"""


def _footer() -> str:
    static_menu = "".join(
        f'<li class="item-{itemid}"><a href="/index.php{route}">{esc(menu_title)}</a></li>'
        for route, (_, itemid, menu_title, _, _) in STATIC.items()
    )
    return f"""<section id="sp-bottom"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-bottom1" class="col-sm-col-sm-6 col-lg-5"><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">{esc(SITE)}</h3><div class="sp-module-content"><div class="custom">
<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE} - Hotline: {HOTLINE}</p><p>Email: {_cloak(EMAIL, "footer")}</p>
<p>Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Bình - Hiệu trưởng</p></div></div></div></div></div>
<div id="sp-bottom2" class="col-sm-col-sm-6 col-lg-3"><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">Thông tin</h3><div class="sp-module-content">
<ul class="menu">{static_menu}</ul></div></div></div></div>
<div id="sp-bottom3" class="col-lg-4"><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">Liên kết website</h3><div class="sp-module-content">
<ul class="weblinks"><li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://quangngai.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Quảng Ngãi</a></li>
<li><a href="https://quangngai.gov.vn" target="_blank" rel="noopener">Cổng thông tin điện tử tỉnh Quảng Ngãi</a></li></ul></div></div></div></div>
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-footer1" class="col-lg-12"><div class="sp-column "><span class="sp-copyright">© 2026 Bản quyền thuộc về {esc(SITE)}. Thiết kế bởi JoomShaper</span></div></div>
</div></div></div></footer>"""


def _offcanvas(active: int) -> str:
    return f"""<div class="offcanvas-overlay"></div>
<div class="offcanvas-menu"><a href="#" class="close-offcanvas" aria-label="Close"><span class="fas fa-times" aria-hidden="true"></span></a>
<div class="offcanvas-inner"><div class="sp-module "><div class="sp-module-content">{_menu(active, False)}</div></div></div></div>"""


def _page(
    request: Request,
    title: str,
    component: str,
    *,
    itemid: int,
    body_class: str,
    heading: str | None = None,
    trail: list[tuple[str, str | None]] | None = None,
    extra: str = "",
    sidebar: bool = True,
) -> str:
    title_bar = _page_title(heading, trail or []) if heading else ""
    if sidebar:
        main = (
            f'<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">'
            f'<main id="sp-component" class="col-lg-9 " role="main"><div class="sp-column ">'
            f'<div id="system-message-container"></div>{component}</div></main>{_sidebar()}'
            f"</div></div></div></section>"
        )
    else:
        main = f'<section id="sp-main-body"><div class="row"><main id="sp-component" class="col-lg-12 " role="main"><div class="sp-column "><div id="system-message-container"></div>{component}</div></main></div></section>'
    return (
        _head(request, f"{title} - {SITE}", extra)
        + f'\n<body class="site helix-ultimate hu {body_class} itemid-{itemid} vi-vn ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">\n'
        + '<div class="body-wrapper"><div class="body-innerwrapper">'
        + _topbar() + _header(itemid) + title_bar + main + _footer()
        + "</div></div>" + _offcanvas(itemid)
        + '\n<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-chevron-up" aria-hidden="true"></span></a>\n</body>\n</html>'
    )  # fmt: skip


# --------------------------------------------------------------------------- rendering: articles


def _alt(src: str) -> str:
    """JCE fills alt from the file name: "hoi thi gvdg 1"."""
    return src.rsplit("/", 1)[1].rsplit(".", 1)[0].replace("-", " ")


def _img(src: str, width: int = 800, height: int = 533) -> str:
    return f'<img src="{src}" alt="{_alt(src)}" width="{width}" height="{height}" />'


def _body(s: Story) -> str:
    out: list[str] = []
    group: list[str] = []
    group_tag = ""

    def flush() -> None:
        nonlocal group, group_tag
        if group:
            if group_tag == "table":
                out.append(
                    '<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" border="1">'
                    f"<tbody>{''.join(group)}</tbody></table>"
                )
            else:
                out.append(f"<{group_tag}>{''.join(group)}</{group_tag}>")
        group, group_tag = [], ""

    for block in s.blocks:
        if isinstance(block, P):
            style = block.style
            tag = {"li": "ul", "ol": "ol", "th": "table", "tr": "table"}.get(style, "")
            if tag != group_tag:
                flush()
                group_tag = tag
            if style in ("li", "ol"):
                group.append(f"<li>{_t(block.text, s)}</li>")
            elif style in ("th", "tr"):
                cells = block.text.split(" | ")
                wrap = ("<strong>", "</strong>") if style == "th" else ("", "")
                group.append(
                    "<tr>"
                    + "".join(
                        f'<td style="text-align: center;">{wrap[0]}{_t(c, s)}{wrap[1]}</td>'
                        for c in cells
                    )
                    + "</tr>"
                )
            elif style == "sapo":
                out.append(f"<p><strong>{_t(block.text, s)}</strong></p>")
            elif style == "h":
                out.append(f"<h4>{_t(block.text, s)}</h4>")
            elif style.startswith("a|"):
                _, href, phrase = style.split("|")
                before, after = block.text.split(phrase, 1)
                out.append(
                    f'<p>{_t(before, s)}<a href="{href}">{_t(phrase, s)}</a>{_t(after, s)}</p>'
                )
            else:
                out.append(f'<p style="text-align: justify;">{_t(block.text, s)}</p>')
            continue
        flush()
        if isinstance(block, Raw):
            out.append(block.html)
        elif block.style == "full":
            continue  # printed above the body, see _full_image
        elif block.style == "wf":
            fid = "figcaption_" + hashlib.md5(block.src.encode()).hexdigest()[:8]
            out.append(
                '<p><span class="wf_caption" style="display: block; margin-left: auto; margin-right: auto; max-width: 800px;"'
                f' role="figure" aria-describedby="{fid}">{_img(block.src)}'
                f'<span id="{fid}" style="display: block;">{_t(block.printed or "", s)}</span></span></p>'
            )
        elif block.style == "em":
            out.append(f'<p style="text-align: center;">{_img(block.src)}</p>')
            out.append(f'<p style="text-align: center;"><em>{_t(block.printed or "", s)}</em></p>')
        elif block.style == "figure":
            out.append(
                f'<figure class="image" style="text-align: center;">{_img(block.src)}'
                f"<figcaption>{_t(block.printed or '', s)}</figcaption></figure>"
            )
        else:  # bare
            out.append(f'<p style="text-align: center;">{_img(block.src)}</p>')
    flush()
    return "\n".join(out)


def _full_image(s: Story) -> str:
    full = next((b for b in s.images if b.style == "full"), None)
    if full is None:
        return ""
    cap = f'<figcaption class="caption">{_t(full.printed, s)}</figcaption>' if full.printed else ""
    return (
        f'<figure class="entry-image full-image float-left"><img src="{full.src}" alt="{esc(s.title)}" itemprop="image">'
        f"{cap}</figure>"
    )


def _info(s: Story) -> str:
    _, _, name = CATS[s.cat]
    when = _at(s.opts["at"])
    rows = [
        '<dt class="article-info-term">Chi tiết</dt>',
        f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">{esc(s.opts["by"])}</span></dd>',
        f'<dd class="category-name">Danh mục: <a href="{cat_path(s.cat)}" itemprop="genre">{esc(name)}</a></dd>',
        f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{_iso(when)}" itemprop="datePublished">Được đăng: {_lc2(when)}</time></dd>',
    ]
    if created := s.opts.get("created"):
        c = _at(created)
        rows.append(
            f'<dd class="create"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{_iso(c)}" itemprop="dateCreated">Ngày tạo: {_lc2(c)}</time></dd>'
        )
    if modified := s.opts.get("modified"):
        m = _at(modified)
        rows.append(
            f'<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{_iso(m)}" itemprop="dateModified">Cập nhật lần cuối: {_lc2(m)}</time></dd>'
        )
    rows.append(
        f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:{s.views()}" />Lượt xem: {s.views()}</dd>'
    )
    return f'<dl class="article-info muted">{"".join(rows)}</dl>'


def _icons(s: Story) -> str:
    return f"""<div class="icons"><div class="btn-group pull-right">
<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{s.id}" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{s.id}">
<li class="print-icon"><a href="{esc(print_path(s))}" title="In bài viết &lt; {esc(s.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li>
<li class="email-icon"><a href="{esc(mailto_path(s))}" title="Gửi liên kết này cho bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> Email</a></li>
</ul></div></div>"""


def _share(s: Story, absolute: str) -> str:
    u = quote(absolute, safe="")
    return f"""<div class="article-ratings-social-share d-flex justify-content-end"><div class="mr-auto align-self-center"></div>
<div class="social-share-block"><div class="article-social-share"><div class="social-share-icon"><ul>
<li><a class="facebook" onClick="window.open('https://www.facebook.com/sharer.php?u={u}','Facebook','width=600,height=300,left='+(screen.availWidth/2-300)+',top='+(screen.availHeight/2-150)+''); return false;" href="https://www.facebook.com/sharer.php?u={u}" title="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li>
<li><a class="twitter" title="Twitter" onClick="window.open('https://twitter.com/share?url={u}&amp;text={quote(s.title)}','Twitter share','width=600,height=300'); return false;" href="https://twitter.com/share?url={u}&amp;text={quote(s.title)}"><span class="fab fa-twitter" aria-hidden="true"></span></a></li>
<li><a class="linkedin" title="LinkedIn" onClick="window.open('https://www.linkedin.com/shareArticle?mini=true&amp;url={u}','Linkedin','width=585,height=666'); return false;" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}"><span class="fab fa-linkedin" aria-hidden="true"></span></a></li>
</ul></div></div></div></div>"""


def _tags(s: Story) -> str:
    if not s.opts.get("tags"):
        return ""
    items = "".join(
        f'<li class="list-inline-item tag-{t} tag-list{n}" itemprop="keywords"><a href="{tag_path(t)}" class="label label-info">{esc(TAGS[t][1])}</a></li>'
        for n, t in enumerate(s.opts["tags"])
    )
    return f'<ul class="tags list-inline">{items}</ul>'


def _pagenav(s: Story) -> str:
    siblings = in_cat(s.cat)
    i = siblings.index(s)
    parts = []
    if i > 0:
        prev = siblings[i - 1]
        parts.append(
            f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" aria-label="Bài trước: {esc(prev.title)}" href="{article_path(prev)}" rel="prev">'
            '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>'
        )
    if i + 1 < len(siblings):
        nxt = siblings[i + 1]
        parts.append(
            f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" aria-label="Bài tiếp theo: {esc(nxt.title)}" href="{article_path(nxt)}" rel="next">'
            '<span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        )
    return f'<ul class="pager pagenav">{"".join(parts)}</ul>'


def _comments(s: Story) -> str:
    items = s.opts.get("comments", [])
    rows = "".join(
        f'<div class="{"odd" if n % 2 else "even"}" id="comment-item-{s.id * 10 + n}"><div class="rbox"><div class="comment-box">'
        f'<a class="comment-anchor" href="{article_path(s)}#comment-{s.id * 10 + n}" id="comment-{s.id * 10 + n}">#{n + 1}</a> '
        f'<span class="comment-author">{esc(name)}</span> <span class="comment-date">{when}</span>'
        f'<div class="comment-body" id="comment-body-{s.id * 10 + n}">{esc(body)}</div></div></div></div>'
        for n, (name, when, body) in enumerate(items)
    )
    listing = (
        f'<div id="comments"><h4>Bình luận ({len(items)})</h4>'
        f'<a class="refresh" href="#" title="Làm mới danh sách bình luận" onclick="jcomments.showPage({s.id},\'com_content\',0);return false;"></a>'
        f'<div id="comments-list" class="comments-list">{rows}</div></div>'
        if items
        else '<div id="comments"></div>'
    )
    return f"""<script type="text/javascript">var jcomments=new JComments({s.id}, 'com_content','/index.php?option=com_jcomments&amp;tmpl=component');jcomments.setList('comments-list');</script>
<div id="jc">{listing}
<h4>Thêm bình luận</h4>
<a id="addcomments" href="#addcomments"></a>
<form id="comments-form" name="comments-form" action="javascript:void(null);">
<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">Tên (bắt buộc)</label></span></p>
<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /><label for="comments-form-email">E-Mail</label></span></p>
<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>
<p><span><img class="captcha" onclick="jcomments.clear('captcha');" id="comments-form-captcha-image" src="/index.php?option=com_jcomments&amp;task=captcha&amp;tmpl=component&amp;ac=91853" width="121" height="60" alt="Mã bảo vệ" /><br />
<span class="captcha" onclick="jcomments.clear('captcha');">Làm mới</span><br /><input class="captcha" id="comments-form-captcha" type="text" name="captcha_refid" value="" size="5" tabindex="6" /><br /></span></p>
<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="Gửi (Ctrl+Enter)">Gửi</a></div></div>
<div class="btn" id="comments-form-cancel" style="display:none;"><div><a href="#" tabindex="8" onclick="return false;" title="Hủy">Hủy</a></div></div><div style="clear:both;"></div></div>
<div><input type="hidden" name="object_id" value="{s.id}" /><input type="hidden" name="object_group" value="com_content" /></div></form>
<div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div></div>"""


def _related(s: Story) -> list[Story]:
    tags = set(s.opts.get("tags", []))
    by_tag = [o for o in LATEST if o is not s and tags & set(o.opts.get("tags", []))]
    same = [o for o in in_cat(s.cat) if o is not s and o not in by_tag]
    return (by_tag + same)[:4]


def _article_html(s: Story, absolute: str) -> str:
    return f"""<div class="article-details " itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="article-header"><h1 itemprop="headline">{_title(s)}</h1></div>
<div class="article-can-edit d-flex flex-wrap justify-content-between"></div>
{_info(s)}
{_icons(s)}
{_share(s, absolute)}
{_full_image(s)}
<div itemprop="articleBody">
{_body(s)}
</div>
{_tags(s)}
{_pagenav(s)}
{_comments(s)}
</div>"""


def _article(s: Story, request: Request) -> str:
    base = base_url(request)
    absolute = base + article_path(s)
    _, itemid, name = CATS[s.cat]
    rel = "".join(
        f'<li><a href="{article_path(o)}">{esc(o.title)}</a> <span class="mod-related-date">({_at(o.opts["at"]):%Y-%m-%d})</span></li>'
        for o in _related(s)
    )
    component = (
        _article_html(s, absolute)
        + '<div class="sp-module-content-bottom clearfix"><div class="sp-module "><h3 class="sp-module-title">Các bài viết liên quan</h3>'
        f'<div class="sp-module-content"><ul class="relateditems mod-list">{rel}</ul></div></div></div>'
    )
    full = next((b for b in s.images if b.style == "full"), None)
    image = base + (full.src if full else "/images/logo/logo-thpt-htk.png")
    intro = _intro_text(s)
    extra = (
        f'<link href="{esc(absolute)}" rel="canonical" />\n'
        f'<meta property="og:type" content="article" />\n<meta property="og:url" content="{esc(absolute)}" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n<meta property="og:description" content="{esc(intro[:160])}" />\n'
        f'<meta property="og:image" content="{esc(image)}" />\n<meta property="og:site_name" content="{esc(SITE)}" />\n'
        '<meta name="twitter:card" content="summary_large_image" />\n'
        '<link href="/components/com_jcomments/tpl/default/style.css?v=3002" rel="stylesheet" type="text/css" />\n'
    )
    trail = [(PARENT[3], f"/index.php/{PARENT[0]}"), (name, cat_path(s.cat)), (s.title, None)]
    return _page(request, s.title, component, itemid=itemid, body_class="com-content view-article layout-default task-none",
                 heading=name, trail=trail, extra=extra)  # fmt: skip


def _print(s: Story, request: Request) -> str:
    absolute = base_url(request) + article_path(s)
    head = _head(
        request,
        f"{s.title} - {SITE}",
        f'<meta name="robots" content="noindex, nofollow" />\n<link href="{esc(absolute)}" rel="canonical" />\n',
    )
    return f"""{head}
<body class="contentpane modal">
<div id="system-message-container"></div>
<div class="article-details " itemscope itemtype="https://schema.org/Article">
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> In</a></div>
<div class="article-header"><h1 itemprop="headline">{_title(s)}</h1></div>
{_info(s)}
{_full_image(s)}
<div itemprop="articleBody">
{_body(s)}
</div>
</div>
</body>
</html>"""


def _mailto(s: Story | None, request: Request) -> str:
    head = _head(request, SITE, '<meta name="robots" content="noindex, nofollow" />\n')
    return f"""{head}
<body class="contentpane">
<div id="mailto-window"><h2>Gửi email liên kết này cho bạn bè.</h2>
<div class="mailto-close"><a href="javascript: void window.close()" title="Đóng cửa sổ"><span>Đóng cửa sổ</span></a></div>
<form action="/index.php/component/mailto/?task=send" method="post" class="form-validate form-horizontal">
<div class="control-group"><label for="mailto_field" class="control-label">Email tới</label><div class="controls"><input type="email" name="mailto" id="mailto_field" value="" class="inputbox" size="25" /></div></div>
<div class="control-group"><label for="sender_field" class="control-label">Người gửi</label><div class="controls"><input type="text" name="sender" id="sender_field" value="" class="inputbox" size="25" /></div></div>
<div class="control-group"><label for="from_field" class="control-label">Email của bạn</label><div class="controls"><input type="email" name="from" id="from_field" value="" class="inputbox" size="25" /></div></div>
<div class="control-group"><label for="subject_field" class="control-label">Tiêu đề</label><div class="controls"><input type="text" name="subject" id="subject_field" value="{esc(s.title) if s else ""}" class="inputbox" size="25" /></div></div>
<p><button class="button btn btn-primary" type="submit">Gửi</button> <button class="button btn" onclick="window.close();return false;">Hủy</button></p>
<input type="hidden" name="layout" value="default" /><input type="hidden" name="option" value="com_mailto" /><input type="hidden" name="task" value="send" />
<input type="hidden" name="tmpl" value="component" /><input type="hidden" name="link" value="{mailto_path(s).rsplit("=", 1)[1] if s else ""}" /></form></div>
</body>
</html>"""


# --------------------------------------------------------------------------- rendering: listings


def _intro_text(s: Story) -> str:
    """The article's intro text (the part above the read-more break): its first paragraph."""
    return next(b.text for b in s.blocks if isinstance(b, P))


def _pagination(route: str, start: int, total: int, per: int) -> str:
    pages = _pages(total, per)
    if pages <= 1:
        return ""
    current = min(start // per, pages - 1)

    def href(n: int) -> str:
        # Joomla 3 writes the first page as ?limitstart=0, the others as ?start=N
        return f"/index.php{route}?limitstart=0" if n == 0 else f"/index.php{route}?start={n * per}"

    def item(label: str, n: int | None, active: bool = False) -> str:
        if active:
            return f'<li class="page-item active"><a class="page-link">{label}</a></li>'
        if n is None:
            return f'<li class="page-item disabled"><a class="page-link">{label}</a></li>'
        return f'<li class="page-item"><a title="{label}" href="{href(n)}" class="page-link">{label}</a></li>'

    links = [
        item("Bắt đầu", 0 if current > 0 else None),
        item("Lùi", current - 1 if current > 0 else None),
        *(item(str(n + 1), n, n == current) for n in range(pages)),
        item("Tiếp", current + 1 if current + 1 < pages else None),
        item("Cuối", pages - 1 if current + 1 < pages else None),
    ]
    return (
        f'<div class="pagination-wrapper"><ul class="pagination">{"".join(links)}</ul>'
        f'<p class="counter">Trang {current + 1} / {pages}</p></div>'
    )


def _blog_item(s: Story) -> str:
    _, _, name = CATS[s.cat]
    when = _at(s.opts["at"])
    image = ""
    if intro := s.opts.get("intro"):
        image = f'<div class="article-intro-image"><a href="{article_path(s)}"><img src="{intro}" alt="{esc(s.title)}" itemprop="thumbnailUrl"></a></div>'
    first = next(b for b in s.blocks if isinstance(b, P))
    intro_html = (
        f"<p><strong>{_t(first.text, s)}</strong></p>"
        if first.style == "sapo"
        else f"<p>{_t(first.text, s)}</p>"
    )
    return f"""<div class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{image}<div class="article-body"><div class="article-header"><h2 itemprop="name"><a href="{article_path(s)}" itemprop="url">{_title(s)}</a></h2></div>
<div class="article-info"><span class="category-name" title="Danh mục: {esc(name)}"><a href="{cat_path(s.cat)}">{esc(name)}</a></span>
<span class="published" title="Được đăng: {_lc3(when)}"><span class="far fa-calendar" aria-hidden="true"></span> <time datetime="{_iso(when)}" itemprop="datePublished">{_lc3(when)}</time></span>
<span class="hits"><span class="fas fa-eye" aria-hidden="true"></span> Lượt xem: {s.views()}</span></div>
<div class="article-introtext">{intro_html}</div>
<div class="readmore"><a href="{article_path(s)}" itemprop="url" class="btn btn-primary" aria-label="Xem thêm: {esc(s.title)}">Xem thêm...</a></div>
</div></div>"""


def _feed_links(route: str) -> str:
    return (
        f'<link href="/index.php{route}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n'
        f'<link href="/index.php{route}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0" />\n'
    )


def _start(params: dict[str, str]) -> int:
    raw = params.get("start", params.get("limitstart", "0"))
    return int(raw) if raw.isdigit() else 0


def _blog(request: Request, route: str, heading: str, itemid: int, stories: list[Story], per: int,
          trail: list[tuple[str, str | None]], description: str = "") -> str:  # fmt: skip
    start = _start(request.params)
    shown = stories[start : start + per]
    items = "".join(
        f'<div class="row"><div class="col-lg-12">{_blog_item(s)}</div></div>' for s in shown
    )
    if not shown:
        items = '<p class="no-items">Không có bài viết nào trong danh mục này.</p>'
    desc = (
        f'<div class="category-desc clearfix"><p>{esc(description)}</p></div>'
        if description
        else ""
    )
    component = (
        f'<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1>{esc(heading)}</h1></div>'
        f'{desc}<div class="article-list">{items}</div>{_pagination(route, start, len(stories), per)}</div>'
    )
    return _page(request, heading, component, itemid=itemid, body_class="com-content view-category layout-blog task-none",
                 heading=heading, trail=trail, extra=_feed_links(route))  # fmt: skip


def _list(request: Request, cat: str) -> str:
    """The "Thông báo" menu item: Joomla's category list layout (a table)."""
    _, itemid, name = CATS[cat]
    start = _start(request.params)
    stories = in_cat(cat)
    shown = stories[start : start + LIST_LIMIT]
    rows = "".join(
        f'<tr class="cat-list-row{n % 2}" ><td headers="categorylist_header_title" class="list-title">'
        f'<a href="{article_path(s)}">{_title(s)}</a></td>'
        f'<td headers="categorylist_header_date" class="list-date small">{_lc3(_at(s.opts["at"]))}</td>'
        f'<td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">Lượt xem: {s.views()}</span></td></tr>'
        for n, s in enumerate(shown)
    )
    options = "".join(
        f'<option value="{v}"{SELECTED if v == LIST_LIMIT else ""}>{"Tất cả" if v == 0 else v}</option>'
        for v in (5, 10, 15, 20, 25, 30, 50, 100, 0)
    )
    route = f"/tin-tuc/{cat}"
    component = f"""<div class="category-list"><div><div class="content-category"><h1>{esc(name)}</h1>
<form action="/index.php{route}" method="post" name="adminForm" id="adminForm" class="form-inline">
<fieldset class="filters btn-toolbar clearfix"><legend class="hide">Bộ lọc</legend>
<div class="btn-group"><label class="filter-search-lbl element-invisible" for="filter-search">Lọc từ khóa&#160;</label>
<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" title="Lọc theo từ khóa nội dung" placeholder="Lọc từ khóa" /></div>
<div class="btn-group pull-right"><label for="limit" class="element-invisible">Hiển thị #</label>
<select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">{options}</select></div>
<input type="hidden" name="filter_order" value="" /><input type="hidden" name="filter_order_Dir" value="" /><input type="hidden" name="limitstart" value="" /><input type="hidden" name="task" value="" /></fieldset>
<table class="category table table-striped table-bordered table-hover"><thead><tr>
<th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','', document.getElementById('adminForm'));return false;" class="hasPopover" title="Tiêu đề" data-content="Nhấn để sắp xếp theo cột này" data-placement="top">Tiêu đề</a></th>
<th scope="col" id="categorylist_header_date"><a href="#" onclick="Joomla.tableOrdering('a.publish_up','asc','');return false;" class="hasPopover" title="Ngày đăng" data-content="Nhấn để sắp xếp theo cột này" data-placement="top">Ngày đăng</a></th>
<th scope="col" id="categorylist_header_hits"><a href="#" onclick="Joomla.tableOrdering('a.hits','asc','');return false;" class="hasPopover" title="Lượt xem" data-content="Nhấn để sắp xếp theo cột này" data-placement="top">Lượt xem</a></th>
</tr></thead><tbody>{rows}</tbody></table>{_pagination(route, start, len(stories), LIST_LIMIT)}</form></div></div></div>"""
    trail = [(PARENT[3], f"/index.php/{PARENT[0]}"), (name, None)]
    return _page(request, name, component, itemid=itemid, body_class="com-content view-category layout-default task-none",
                 heading=name, trail=trail, extra=_feed_links(route))  # fmt: skip


def _feed(request: Request, route: str, title: str, stories: list[Story], kind: str) -> Response:
    base = base_url(request)
    if kind == "atom":
        entries = "".join(
            f'<entry><title>{esc(s.title)}</title><link rel="alternate" type="text/html" href="{base}{article_path(s)}"/>'
            f"<published>{_iso(_at(s.opts['at']))}</published><updated>{_iso(_at(s.opts['at']))}</updated>"
            f"<id>{base}{article_path(s)}</id><author><name>{esc(s.opts['by'])}</name></author>"
            f'<summary type="html">{esc(_intro_text(s))}</summary><category term="{esc(CATS[s.cat][2])}" /></entry>'
            for s in stories[:10]
        )
        body = (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi-vn">'
            f'<title type="text">{esc(title)} - {esc(SITE)}</title><link rel="alternate" type="text/html" href="{base}"/>'
            f"<id>{base}/index.php{route}</id><updated>{_iso(_at(stories[0].opts['at']))}</updated>"
            f'<generator uri="https://www.joomla.org">Joomla! - Open Source Content Management</generator>{entries}</feed>'
        )
        return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})
    items = "".join(
        f'<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link><guid isPermaLink="true">{base}{article_path(s)}</guid>'
        f"<description><![CDATA[{_intro_text(s)}]]></description><author>{EMAIL} ({esc(s.opts['by'])})</author>"
        f"<category>{esc(CATS[s.cat][2])}</category><pubDate>{_at(s.opts['at']):%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
        for s in stories[:10]
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{esc(title)} - {esc(SITE)}</title><description><![CDATA[{esc(title)}]]></description><link>{base}/index.php{route}</link>"
        f"<lastBuildDate>Wed, 25 Nov 2026 07:00:00 +0700</lastBuildDate><generator>Joomla! - Open Source Content Management</generator>"
        f'<atom:link rel="self" type="application/rss+xml" href="{base}/index.php{route}?format=feed&amp;type=rss"/><language>vi-vn</language>{items}</channel></rss>'
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --------------------------------------------------------------------------- rendering: other pages


def _addon(aid: str, kind: str, inner: str, title: str = "") -> str:
    head = f'<h3 class="sppb-addon-title">{esc(title)}</h3>' if title else ""
    return (
        f'<div id="sppb-addon-wrapper-{aid}" class="sppb-addon-wrapper"><div id="sppb-addon-{aid}" class="clearfix ">'
        f'<div class="sppb-addon sppb-addon-{kind} ">{head}<div class="sppb-addon-content">{inner}</div></div></div></div>'
    )


def _section(sid: str, columns: list[tuple[int, str]]) -> str:
    cols = "".join(
        f'<div class="sppb-col-md-{w}" id="column-wrap-id-{sid}{n}"><div id="column-id-{sid}{n}" class="sppb-column">'
        f'<div class="sppb-column-addons">{inner}</div></div></div>'
        for n, (w, inner) in enumerate(columns)
    )
    return f'<section id="section-id-{sid}" class="sppb-section"><div class="sppb-row-container"><div class="sppb-row">{cols}</div></div></section>'


def _trim(value: str, limit: int = 150) -> str:
    return value if len(value) <= limit else value[:limit].rsplit(" ", 1)[0] + "..."


def _home(request: Request) -> str:
    news = [s for s in LATEST if s.cat != "thong-bao"][:4]
    cards = "".join(
        f'<div class="sppb-col-sm-6"><div class="sppb-addon-article">'
        f'<a href="{article_path(s)}" itemprop="url"><img class="sppb-img-responsive" src="{s.opts["intro"]}" alt="{esc(s.title)}" itemprop="thumbnailUrl"></a>'
        f'<div class="sppb-article-info-wrap"><h3><a href="{article_path(s)}" itemprop="url">{esc(s.title)}</a></h3>'
        f'<div class="sppb-article-meta"><span class="sppb-meta-date" itemprop="datePublished">{_lc3(_at(s.opts["at"]))}</span>'
        f'<span class="sppb-meta-category"><a href="{cat_path(s.cat)}" itemprop="genre">{esc(CATS[s.cat][2])}</a></span></div>'
        f'<div class="sppb-article-introtext">{esc(_trim(_intro_text(s)))}</div>'
        f'<a class="sppb-readmore" href="{article_path(s)}" itemprop="url">Xem thêm</a></div></div></div>'
        for s in news
    )
    notices = "".join(
        f'<div class="sppb-col-sm-12"><div class="sppb-addon-article">'
        f'<div class="sppb-article-info-wrap"><h3><a href="{article_path(s)}" itemprop="url">{esc(s.title)}</a></h3>'
        f'<div class="sppb-article-meta"><span class="sppb-meta-date" itemprop="datePublished">{_lc3(_at(s.opts["at"]))}</span></div>'
        f'<a class="sppb-readmore" href="{article_path(s)}" itemprop="url">Xem thêm</a></div></div></div>'
        for s in in_cat("thong-bao")
    )
    banner_story = BY_ID[245]
    welcome = (
        "<p>Chào mừng quý phụ huynh, các em học sinh và bạn đọc đến với Cổng thông tin điện tử Trường"
        " THPT Huỳnh Thúc Kháng. Đây là kênh thông tin chính thức của nhà trường về hoạt động dạy và học,"
        " tuyển sinh, văn bản và lịch công tác.</p><p>Với truyền thống hơn 50 năm xây dựng và phát triển,"
        " nhà trường luôn nỗ lực xây dựng môi trường học tập thân thiện, chất lượng và hội nhập.</p>"
        '<p style="text-align: right;"><em>Hiệu trưởng Nguyễn Văn Bình</em></p>'
    )
    stats = "".join(
        '<div class="sppb-col-sm-4">'
        + _addon(f"16001{n}", "feature", '<div class="sppb-media-content"><h3 class="sppb-feature-box-title">'
                 f'{num}</h3><div class="sppb-addon-text">{label}</div></div>')
        + "</div>"
        for n, (num, label) in enumerate([("1.352", "Học sinh"), ("36", "Lớp học"), ("95", "Cán bộ, giáo viên, nhân viên")])
    )  # fmt: skip
    body = (
        _section("1563180", [(12, _addon("1563181", "single-image sppb-text-center",
            f'<div class="sppb-addon-single-image-container"><a href="{esc(nonsef_path(banner_story))}"><img class="sppb-img-responsive" '
            'src="/images/banner/banner-chao-mung-20-11-2026.jpg" alt="Chào mừng Ngày Nhà giáo Việt Nam 20/11" title=""></a></div>'))])
        + _section("1563190", [
            (8, _addon("1563191", "articles", f'<div class="sppb-row">{cards}</div>'
                       f'<a href="/index.php/{PARENT[0]}" class="sppb-btn sppb-btn-primary sppb-btn-sm">Xem tất cả tin tức</a>', "Tin tức - Sự kiện")),
            (4, _addon("1563192", "articles", f'<div class="sppb-row">{notices}</div>', "Thông báo")
             + _addon("1563193", "button sppb-text-center",
                      '<a href="/index.php/tuyen-sinh-10" id="btn-1563193" class="sppb-btn sppb-btn-success sppb-btn-rounded">'
                      '<span class="fas fa-graduation-cap" aria-hidden="true"></span> Thông tin tuyển sinh lớp 10</a>')),
        ])
        + _section("1563200", [(12, _addon("1563201", "text-block", f'<div class="sppb-addon-content">{welcome}</div>', "Thư ngỏ"))])
        + f'<section id="section-id-1563210" class="sppb-section"><div class="sppb-row-container"><div class="sppb-row">{stats}</div></div></section>'
    )  # fmt: skip
    component = f'<div id="sp-page-builder" class="sp-page-builder  page-1"><div class="page-content">{body}</div></div>'
    return _page(request, "Trang chủ", component, itemid=101, body_class="com-sppagebuilder view-page layout-default task-none",
                 sidebar=False, extra=_feed_links(f"/{PARENT[0]}"))  # fmt: skip


def _static(request: Request, route: str) -> str:
    art_id, itemid, menu_title, headline, blocks = STATIC[route]
    body = "".join(f'<p style="text-align: justify;">{esc(b.text)}</p>' for b in blocks)
    info = (
        f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt><dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> '
        f'<meta itemprop="interactionCount" content="UserPageVisits:{1800 + art_id * 137}" />Lượt xem: {1800 + art_id * 137}</dd></dl>'
        if route == "/tuyen-sinh-10"
        else ""
    )
    component = f"""<div class="article-details " itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="article-header"><h1 itemprop="headline">{esc(headline)}</h1></div>
<div class="article-can-edit d-flex flex-wrap justify-content-between"></div>
{info}
<div itemprop="articleBody">
{body}
</div>
</div>"""
    return _page(request, menu_title, component, itemid=itemid, body_class="com-content view-article layout-default task-none",
                 heading=menu_title, trail=[(menu_title, None)])  # fmt: skip


def _album(request: Request) -> str:
    items = "".join(
        f'<li><a href="{src.replace(".jpg", "-large.jpg")}" class="sppb-gallery-btn" data-popup_type="image" data-mainclass="mfp-no-margins mfp-with-zoom">'
        f'<img class="sppb-img-responsive" src="{src}" alt="{esc(title)}" width="300" height="200"></a></li>'
        for src, title in ALBUM
    )
    body = _section("1589001", [(12,
        _addon("1589002", "text-block", "<p>Hình ảnh hoạt động của nhà trường năm học 2026 - 2027.</p>", "Thư viện ảnh")
        + _addon("1589003", "gallery", f'<ul class="sppb-gallery clearfix gallery-item-">{items}</ul>'))])  # fmt: skip
    component = f'<div id="sp-page-builder" class="sp-page-builder  page-3"><div class="page-content">{body}</div></div>'
    return _page(request, "Thư viện ảnh", component, itemid=112, body_class="com-sppagebuilder view-page layout-default task-none",
                 heading="Thư viện ảnh", trail=[("Thư viện ảnh", None)])  # fmt: skip


def _contact(request: Request) -> str:
    component = f"""<div class="contact" itemscope itemtype="https://schema.org/Person"><div class="page-header"><h1>Liên hệ</h1></div>
<h2><span class="contact-name" itemprop="name">{esc(SITE)}</span></h2>
<div class="contact-address"><dl class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt><dd><span class="contact-street" itemprop="streetAddress">{esc(ADDRESS)}</span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/emailButton.png" alt="Email: " /></span></dt><dd><span class="contact-emailto">{_cloak(EMAIL, "contact")}</span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt><dd><span class="contact-telephone" itemprop="telephone">{PHONE}</span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_mobile.png" alt="Di động: " /></span></dt><dd><span class="contact-mobile" itemprop="telephone">{HOTLINE}</span></dd></dl></div>
<div class="contact-form"><form id="contact-form" action="/index.php/lien-he" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi email. Trường được đánh dấu sao (*) là bắt buộc.</legend>
<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Tên<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" size="30" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">Email<span class="star">&#160;*</span></label></div><div class="controls"><input type="email" name="jform[contact_email]" class="validate-email required" id="jform_contact_email" value="" size="30" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Tiêu đề<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="required" size="60" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Nội dung<span class="star">&#160;*</span></label></div><div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="required" required aria-required="true"></textarea></div></div>
</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Gửi email</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" /><input type="hidden" name="return" value="" /><input type="hidden" name="id" value="1:truong-thpt-huynh-thuc-khang" /></div></div></form></div></div>"""
    return _page(request, "Liên hệ", component, itemid=113, body_class="com-contact view-contact layout-default task-none",
                 heading="Liên hệ", trail=[("Liên hệ", None)])  # fmt: skip


def _docs_home(request: Request) -> str:
    boxes = ""
    for cid, (alias, title) in DOC_CATS.items():
        files = [d for d in DOCS if d.cat == cid]
        latest = "".join(
            f'<div class="pd-doc"><a href="{d.path}">{esc(d.title)}</a></div>' for d in files[:2]
        )
        boxes += (
            f'<div class="pd-categoriesbox"><div class="pd-title"><a href="/index.php/van-ban/category/{cid}-{alias}">{esc(title)}</a>'
            f" <small>({len(files)})</small></div>{latest}</div>"
        )
    component = f'<div id="phoca-dl-categories-box" class="pd-categories-view"><div class="page-header"><h1>Văn bản</h1></div>{boxes}<div class="pd-cb"></div></div>'
    return _page(request, "Văn bản", component, itemid=108, body_class="com-phocadownload view-categories layout-default task-none",
                 heading="Văn bản", trail=[("Văn bản", None)])  # fmt: skip


def _docs_cat(request: Request, cid: int) -> str:
    _, title = DOC_CATS[cid]
    files = "".join(
        f'<div class="pd-filebox"><div class="pd-filenamebox"><div class="pd-title">{esc(d.title)}</div>'
        f'<div class="pd-filename"><div class="pd-float"><a href="{d.path}">{esc(d.filename)}</a></div></div></div>'
        f'<div class="pd-buttons"><div class="pd-button-details"><a class="btn btn-info" href="{d.path}">Chi tiết</a></div>'
        f'<div class="pd-button-download"><a class="btn btn-success" href="{esc(d.download)}">Tải về</a></div></div>'
        f'<div class="pd-fdesc"><div class="pd-date-orig">Ngày: {d.added:%d-%m-%Y}</div><div class="pd-filesize-txt">Kích thước: {d.size}</div></div>'
        f'<div class="pd-cb"></div></div>'
        for d in DOCS if d.cat == cid
    )  # fmt: skip
    component = (
        f'<div id="phoca-dl-category-box" class="pd-category-view"><div class="pd-category"><h3 class="pdfv-ctitle">{esc(title)}</h3>'
        f'{files}</div><div class="pd-cb">&nbsp;</div><div class="pd-cv-paginaton"></div></div>'
    )
    return _page(request, title, component, itemid=108, body_class="com-phocadownload view-category layout-default task-none",
                 heading="Văn bản", trail=[("Văn bản", "/index.php/van-ban"), (title, None)])  # fmt: skip


def _doc_file(request: Request, d: DocFile) -> str:
    alias, title = DOC_CATS[d.cat]
    component = f"""<div id="phoca-dl-file-box" class="pd-file-view"><h3 class="pd-ctitle">{esc(title)}</h3>
<h3 class="pd-ftitle">{esc(d.title)}</h3>
<div class="pd-filebox"><table class="pd-file-info"><tbody>
<tr><td class="pd-label">Tên tệp:</td><td>{esc(d.filename)}</td></tr>
<tr><td class="pd-label">Ngày:</td><td>{d.added:%d-%m-%Y}</td></tr>
<tr><td class="pd-label">Kích thước:</td><td>{d.size}</td></tr>
<tr><td class="pd-label">Lượt tải:</td><td>{d.hits}</td></tr></tbody></table>
<div class="pd-fdesc"><p>{esc(d.description)}</p></div>
<div class="pd-buttons"><div class="pd-button-download"><a class="btn btn-success" href="{esc(d.download)}">Tải về</a></div></div></div>
<div class="pd-cb"></div></div>"""
    return _page(request, d.title, component, itemid=108, body_class="com-phocadownload view-file layout-default task-none",
                 heading="Văn bản", trail=[("Văn bản", "/index.php/van-ban"), (title, f"/index.php/van-ban/category/{d.cat}-{alias}"),
                                            (d.title, None)])  # fmt: skip


def _cal_q(task: str, d: date) -> str:
    return f"/index.php/lich-cong-tac?task={task}&Itemid={CAL_ITEMID}&year={d.year}&month={d.month:02d}&day={d.day:02d}"


def _cal_date(params: dict[str, str]) -> date:
    """The date JEvents reads from year/month/day; anything unreadable falls back to today."""
    try:
        year, month = int(params.get("year", "")), int(params.get("month", ""))
        day = int(params.get("day", "1") or 1)
        return date(year, month, min(max(day, 1), monthrange(year, month)[1]))
    except ValueError:
        return TODAY_DATE


def _add_months(d: date, n: int) -> date | None:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    if not 1 <= y <= 9999:
        return None
    return date(y, m + 1, min(d.day, monthrange(y, m + 1)[1]))


def _jev_nav(d: date) -> str:
    return (
        '<div class="jev_toprow"><div class="jev_header"><h2 class="gsl-h2">Lịch công tác</h2></div>'
        '<div class="new-navigation"><div class="nav-items">'
        f'<div id="nav-month" class="active"><a href="{esc(_cal_q("month.calendar", d))}" title="Theo tháng">Theo tháng</a></div>'
        f'<div id="nav-today"><a href="{esc(_cal_q("day.listevents", TODAY_DATE))}" title="Hôm nay">Hôm nay</a></div>'
        "</div></div></div>"
    )


def _month(request: Request, d: date) -> str:
    prev, nxt = _add_months(d, -1), _add_months(d, 1)
    nav = '<div class="jev_header2"><table class="month_title" width="100%"><tr>'
    if prev:
        nav += f'<td class="previousmonth"><a href="{esc(_cal_q("month.calendar", prev))}" title="Tháng trước">« Tháng {prev.month}</a></td>'
    nav += f'<td class="currentmonth">Tháng {d.month} {d.year}</td>'
    if nxt:
        nav += f'<td class="nextmonth"><a href="{esc(_cal_q("month.calendar", nxt))}" title="Tháng sau">Tháng {nxt.month} »</a></td>'
    nav += "</tr></table></div>"
    first = date(d.year, d.month, 1)
    cells = ['<td class="cal_td_daysoutofmonth">&nbsp;</td>'] * first.weekday()
    for n in range(1, monthrange(d.year, d.month)[1] + 1):
        day = date(d.year, d.month, n)
        events = [e for e in EVENTS if e.day == day]
        links = "".join(
            f'<div class="eventfull"><a class="cal_titlelink" href="{esc(e.path)}">{e.start} {esc(e.title)}</a></div>'
            for e in events
        )
        cls = (
            "cal_td_today"
            if day == TODAY_DATE
            else ("cal_td_dayshasevents" if events else "cal_td_daysnoevents")
        )
        cells.append(
            f'<td class="{cls}"><a class="cal_daylink" href="{esc(_cal_q("day.listevents", day))}" title="Tới lịch - ngày hiện tại">{n}</a>{links}</td>'
        )
    while len(cells) % 7:
        cells.append('<td class="cal_td_daysoutofmonth">&nbsp;</td>')
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    heads = "".join(f'<th class="cal_daysnames">{w}</th>' for w in WEEKDAYS)
    component = (
        f'<div id="jevents"><div class="contentpaneopen jeventpage jevbootstrap" id="jevents_body">{_jev_nav(d)}'
        f'<div id="jev_maincal" class="jev_listview">{nav}<table class="cal_table" width="100%"><tr>{heads}</tr>{rows}</table></div></div></div>'
    )
    return _page(request, "Lịch công tác", component, itemid=CAL_ITEMID, body_class="com-jevents view-month layout-calendar task-month-calendar",
                 heading="Lịch công tác", trail=[("Lịch công tác", None)])  # fmt: skip


def _day(request: Request, d: date) -> str:
    events = [e for e in EVENTS if e.day == d]
    items = (
        "".join(
            f'<li class="ev_td_li"><a class="ev_link_row" href="{esc(e.path)}">{esc(e.title)}</a> <span class="ev_time">{e.start} - {e.end}</span></li>'
            for e in events
        )
        or '<li class="ev_td_li">Không có sự kiện nào</li>'
    )
    links = []
    if d > date(1, 1, 1):
        links.append(
            f'<a href="{esc(_cal_q("day.listevents", date.fromordinal(d.toordinal() - 1)))}" title="Ngày trước">« Ngày trước</a>'
        )
    if d < date(9999, 12, 31):
        links.append(
            f'<a href="{esc(_cal_q("day.listevents", date.fromordinal(d.toordinal() + 1)))}" title="Ngày sau">Ngày sau »</a>'
        )
    component = (
        f'<div id="jevents"><div class="contentpaneopen jeventpage jevbootstrap" id="jevents_body">{_jev_nav(d)}'
        f'<div class="jev_listview"><div class="jev_daynav">{" | ".join(links)}</div>'
        f'<h3 class="ev_daytitle">{WEEKDAYS[d.weekday()]}, {_lc3(d)}</h3><ul class="ev_ul">{items}</ul></div></div></div>'
    )
    return _page(request, "Lịch công tác", component, itemid=CAL_ITEMID, body_class="com-jevents view-day layout-listevents task-day-listevents",
                 heading="Lịch công tác", trail=[("Lịch công tác", None)])  # fmt: skip


def _event(request: Request, e: Event) -> str:
    component = f"""<div id="jevents"><div class="contentpaneopen jeventpage jevbootstrap" id="jevents_body">{_jev_nav(e.day)}
<div class="jev_evdt"><h2 class="contentheading gsl-h2">{esc(e.title)}</h2>
<table class="contentpaneopen" id="jevents_body"><tr><td class="ev_detail repeat">{WEEKDAYS[e.day.weekday()]}, {_lc3(e.day)}, {e.start} - {e.end}</td></tr>
<tr><td class="ev_detail">{esc(e.description)}</td></tr>
<tr><td class="ev_detail"><b>Địa điểm:</b> {esc(e.location)}</td></tr>
<tr><td class="ev_detail"><b>Liên hệ:</b> {esc(e.contact)}</td></tr></table></div>
<div class="ev_navigation"><a href="{esc(_cal_q("month.calendar", e.day))}">Quay lại lịch tháng</a></div></div></div>"""
    return _page(request, e.title, component, itemid=CAL_ITEMID, body_class="com-jevents view-icalrepeat layout-detail task-icalrepeat-detail",
                 heading="Lịch công tác", trail=[("Lịch công tác", "/index.php/lich-cong-tac"), (e.title, None)])  # fmt: skip


def _calendar(request: Request) -> str | None:
    params = request.params
    task = params.get("task", "month.calendar")
    if task == "icalrepeat.detail":
        evid = params.get("evid", "")
        event = next((e for e in EVENTS if str(e.evid) == evid), None)
        return _event(request, event) if event else None
    if task == "day.listevents":
        return _day(request, _cal_date(params) if "year" in params else TODAY_DATE)
    if task == "month.calendar":
        return _month(request, _cal_date(params) if "year" in params else TODAY_DATE)
    return None


def _tag(request: Request, tag_id: int) -> str:
    _, name = TAGS[tag_id]
    items = "".join(
        f'<li class="cat-list-row{n % 2} clearfix"><h3><a href="{article_path(s)}">{esc(s.title)}</a></h3>'
        f'<span class="tag-body">{esc(_trim(_intro_text(s), 200))}</span></li>'
        for n, s in enumerate(s for s in LATEST if tag_id in s.opts.get("tags", []))
    )
    component = (
        f'<div class="tag-category"><h2>{esc(name)}</h2><form action="{tag_path(tag_id)}" method="post" name="adminForm" id="adminForm">'
        f'<ul class="category list-striped">{items}</ul></form></div>'
    )
    return _page(request, name, component, itemid=101, body_class="com-tags view-tag layout-default task-none",
                 heading="Thẻ", trail=[(name, None)])  # fmt: skip


def _login(request: Request) -> str:
    """com_users' default view: the login form."""
    component = (
        '<div class="login"><form action="/index.php/component/users/?task=user.login&amp;Itemid=101" method="post" class="form-validate">'
        '<fieldset><div class="form-group"><label id="username-lbl" for="username" class="required">Tên đăng nhập<span class="star">&#160;*</span></label>'
        '<input type="text" name="username" id="username" value="" class="validate-username required form-control" size="25" required aria-required="true" autofocus /></div>'
        '<div class="form-group"><label id="password-lbl" for="password" class="required">Mật khẩu<span class="star">&#160;*</span></label>'
        '<input type="password" name="password" id="password" value="" class="validate-password required form-control" size="25" maxlength="99" required aria-required="true" /></div>'
        '<div class="form-group"><button type="submit" class="btn btn-primary">Đăng nhập</button></div></fieldset></form>'
        f'<ul class="list-unstyled"><li><a href="{esc(USER_PAGES[0])}">Quên mật khẩu?</a></li><li><a href="{esc(USER_PAGES[1])}">Quên tên đăng nhập?</a></li></ul></div>'
    )
    return _page(request, "Đăng nhập", component, itemid=101, body_class="com-users view-login layout-default task-none",
                 heading="Đăng nhập", trail=[("Đăng nhập", None)])  # fmt: skip


def _users(request: Request, view: str) -> str | None:
    if view == "reset":
        heading, lead, label = (
            "Quên mật khẩu",
            "Vui lòng nhập địa chỉ email liên kết với tài khoản của bạn. Một mã xác nhận sẽ được gửi đến bạn.",
            "Địa chỉ email",
        )
    elif view == "remind":
        heading, lead, label = (
            "Quên tên đăng nhập",
            "Vui lòng nhập địa chỉ email liên kết với tài khoản của bạn. Tên đăng nhập sẽ được gửi đến địa chỉ email của bạn.",
            "Địa chỉ email",
        )
    elif view in ("", "login"):
        return _login(request)
    else:
        return None
    component = (
        f'<div class="{view}"><form id="user-registration" action="/index.php/component/users/?task={view}.request&amp;Itemid=101" method="post" class="form-validate">'
        f'<fieldset><p>{lead}</p><div class="form-group"><label id="jform_email-lbl" for="jform_email" class="required">{label}<span class="star">&#160;*</span></label>'
        '<input type="email" name="jform[email]" class="validate-email required form-control" id="jform_email" value="" size="30" required aria-required="true" /></div></fieldset>'
        '<div class="form-group"><button type="submit" class="btn btn-primary validate">Gửi</button></div></form></div>'
    )
    return _page(request, heading, component, itemid=101, body_class=f"com-users view-{view} layout-default task-none",
                 heading=heading, trail=[(heading, None)])  # fmt: skip


def _search(request: Request) -> str:
    word = request.params.get("searchword", request.form.get("searchword", "")).strip()
    found = [s for s in LATEST if word and word.lower() in s.title.lower()]
    results = "".join(
        f'<dt class="result-title">{n}. <a href="{article_path(s)}">{esc(s.title)}</a></dt>'
        f'<dd class="result-category"><span class="small">({esc(CATS[s.cat][2])})</span></dd>'
        f'<dd class="result-text">{esc(_trim(_intro_text(s), 200))}</dd>'
        for n, s in enumerate(found, start=1)
    )
    component = (
        '<div class="search"><h1 class="page-title">Tìm kiếm</h1>'
        '<form id="searchForm" action="/index.php/component/search/" method="post">'
        f'<input type="text" name="searchword" placeholder="Từ khóa tìm kiếm" id="search-searchword" size="30" maxlength="200" value="{esc(word)}" class="inputbox" />'
        '<button name="Search" onclick="this.form.submit()" class="btn hasTooltip" title="Tìm kiếm">Tìm kiếm</button>'
        '<input type="hidden" name="task" value="search" /></form>'
        f'<div class="searchintro"><p>Tổng cộng: <span class="badge badge-info">{len(found)}</span> kết quả.</p></div>'
        f'<dl class="search-results">{results}</dl></div>'
    )
    return _page(request, "Tìm kiếm", component, itemid=101, body_class="com-search view-search layout-default task-none",
                 heading="Tìm kiếm", trail=[("Tìm kiếm", None)])  # fmt: skip


def _error(request: Request) -> Response:
    page = f"""<!doctype html>
<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8"><title>404 - Không tìm thấy bài viết</title>
<link href="{TPL}/css/bootstrap.min.css" rel="stylesheet" type="text/css" /></head>
<body><div class="container"><div class="error-page"><div class="error-code">404</div>
<div class="error-message">Không tìm thấy bài viết</div>
<a href="/" class="btn btn-secondary"><span class="fas fa-home" aria-hidden="true"></span> Về trang chủ</a></div></div></body></html>"""
    return html(page, status=404)


ROBOTS = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
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


# --------------------------------------------------------------------------- the site


_ARTICLE = re.compile(r"/tin-tuc/([a-z-]+)/(\d+)-([a-z0-9-]+)")
_STATIC_PREFIXES = ("/images/", "/templates/", "/media/", "/components/", "/modules/", "/plugins/")


class Joomla3SppbSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith(_STATIC_PREFIXES) or path == "/favicon.ico":
            return static_file(path) or _error(request)
        if path in ("/", "/index.php"):
            return self._query_route(request)
        route = path.removeprefix("/index.php") if path.startswith("/index.php/") else path
        page = self._route(request, route.rstrip("/") or "/", params)
        if page is None:
            return _error(request)
        return page if isinstance(page, Response) else html(page)

    def _query_route(self, request: Request) -> Response:
        """``index.php`` with a query: the non-SEF forms Joomla still answers."""
        params = request.params
        option = params.get("option", "")
        if not option:
            return html(_home(request))
        if option == "com_content" and params.get("view") == "article":
            s = (
                BY_ID.get(int(params["id"].split(":")[0]))
                if params.get("id", "").split(":")[0].isdigit()
                else None
            )
            if s is not None:
                return html(_article(s, request))
        if option == "com_content" and params.get("view") == "category":
            for cat, (catid, _, _) in CATS.items():
                if params.get("id", "").split(":")[0] == str(catid):
                    return self._category(request, cat)
        return _error(request)

    def _category(self, request: Request, cat: str) -> Response:
        params = request.params
        _, itemid, name = CATS[cat]
        route = f"/tin-tuc/{cat}"
        if params.get("format") == "feed":
            return _feed(request, route, name, in_cat(cat), params.get("type", "rss"))
        if cat == "thong-bao":
            return html(_list(request, cat))
        trail = [(PARENT[3], f"/index.php/{PARENT[0]}"), (name, None)]
        return html(_blog(request, route, name, itemid, in_cat(cat), CAT_LIMIT, trail))

    def _route(self, request: Request, route: str, params: dict[str, str]) -> str | Response | None:
        if route == "/":
            return _home(request)
        if route == f"/{PARENT[0]}":
            if params.get("format") == "feed":
                return _feed(request, route, PARENT[3], LATEST, params.get("type", "rss"))
            return _blog(request, route, PARENT[3], PARENT[2], LATEST, NEWS_LIMIT, [(PARENT[3], None)],
                         "Tin tức, sự kiện và thông báo của nhà trường.")  # fmt: skip
        if (m := re.fullmatch(r"/tin-tuc/([a-z-]+)", route)) and m.group(1) in CATS:
            return self._category(request, m.group(1))
        if m := _ARTICLE.fullmatch(route):
            s = BY_ID.get(int(m.group(2)))
            if s is None or s.cat != m.group(1):
                return None
            if params.get("tmpl") == "component":
                return _print(s, request)
            return _article(s, request)
        if route in STATIC:
            return _static(request, route)
        if route == "/thu-vien-anh":
            return _album(request)
        if route == "/lien-he":
            return _contact(request)
        if route == "/van-ban":
            return _docs_home(request)
        if m := re.fullmatch(r"/van-ban/category/(\d+)-([a-z-]+)", route):
            cid = int(m.group(1))
            if cid not in DOC_CATS:
                return None
            if dl := params.get("download"):
                doc = DOC_BY_ID.get(int(dl.split(":")[0])) if dl.split(":")[0].isdigit() else None
                if doc is None or doc.cat != cid:
                    return None
                return Response(200, PDF, {"Content-Type": "application/pdf",
                                           "Content-Disposition": f'attachment; filename="{doc.filename}"'})  # fmt: skip
            return _docs_cat(request, cid)
        if m := re.fullmatch(r"/van-ban/file/(\d+)-([a-z0-9-]+)", route):
            doc = DOC_BY_ID.get(int(m.group(1)))
            return _doc_file(request, doc) if doc else None
        if route == "/lich-cong-tac":
            return _calendar(request)
        if m := re.fullmatch(r"/component/tags/tag/(\d+)-([a-z0-9-]+)", route):
            return _tag(request, int(m.group(1))) if int(m.group(1)) in TAGS else None
        if route == "/component/mailto":
            # the link hash is only checked on sending: any request shows the form
            story = next(
                (s for s in STORIES if mailto_path(s).endswith("=" + params.get("link", "-"))), None
            )
            return _mailto(story, request)
        if route == "/component/users":
            return _users(request, params.get("view", ""))
        if route == "/component/search":
            return _search(request)
        return None


def build_site() -> Joomla3SppbSite:
    return Joomla3SppbSite()
