"""Trường THPT Nguyễn Huệ (thị xã Ninh Hòa, Khánh Hòa): NukeViet 4.4 with a VNPT school theme.

Platform
--------
NukeViet 4.4 (PHP), "news" module renamed ``tin-tuc``, friendly URLs on, theme ``thpt-vnpt`` from
a telecom vendor's school package: a banner with the school's name in an ``<h1>``, a big owl
slider, a "Tin tức - Sự kiện" block with one tab per category (all tabs rendered server side,
the inactive ones hidden by CSS), blocks "Thời khóa biểu", "Tin xem nhiều", "Liên kết" (a
``<select>`` jumping to other sites), "Thăm dò ý kiến" (the voting module, sent by JS), the
statistics counter, and a footer with the school's address, phone and hotline.

URL scheme
----------
- ``/``: home (slider + tabbed block); ``/tin-tuc/``: the news main page (``viewcat_main_bottom``:
  per category the newest article with its hometext and three more titles);
- ``/tin-tuc/<cat>/`` and ``/tin-tuc/<cat>/page-N/``: ``viewcat_page_new``, 3 articles a page,
  pagination "Trang 1 2 3" (the current page a ``<span>``, page 1 = the category root;
  ``/page-1/`` answers 301 to the root, a page past the last 404);
- ``/tin-tuc/<cat>/<alias>-<id>.html``: an article; ``/tin-tuc/tag/<alias>``: a keyword page;
- ``/tin-tuc/print/…``, ``/tin-tuc/savefile/…``, ``/tin-tuc/sendmail/…``: the article's tools;
- ``/uploads/tin-tuc/YYYY_MM/<file>``: photos; ``/assets/tin-tuc/YYYY_MM/<file>``: thumbnails;
- ``/index.php?language=vi&nv=tin-tuc&op=<cat>/<alias>-<id>``: the non-rewritten form (301);
- other modules: ``/gioi-thieu/<alias>.html`` (page), ``/lien-he/`` (contact),
  ``/thoi-khoa-bieu/``, ``/van-ban/`` and ``/van-ban/<alias>.html`` (documents),
  ``/thu-vien-anh/<alias>-<id>.html`` (a photo album).

Page templates: home, news main, category page, tag page, article (``detail.tpl``: ``h1.title``,
"Đăng lúc: dd/mm/YYYY HH:MM" and "Lượt xem", the tool icons, the italic ``div.hometext`` box, the
lead photo ``figure.article`` when the article shows it, ``#news-bodyhtml.bodytext``, the
"author" box with "Tác giả:" / "Nguồn tin:", "Cập nhật:", attachments, then separate panels
"Từ khóa", rating, "Tin liên quan" and "Bình luận" with a Facebook tab and the site's comments),
print view, savefile, sendmail form, static pages.

How each gold article is reached
--------------------------------
Categories (3 a page, newest first): "Tin hoạt động" ``tin-hoat-dong`` (7 articles, pages 1-3),
"Hoạt động chuyên môn" ``hoat-dong-chuyen-mon`` (4 of its own + the exam notice filed under it
too, pages 1-2), "Thông báo" ``thong-bao`` (2 + one external-link item, one page).
- 412, 407, 401: home slider, home tab, news main, category page 1;
- 395: home tab and news main (4th title), category page 2;
- 388, 380: only category ``tin-hoat-dong`` page 2 (and each other's / 372's "Tin liên quan");
- 372: only category ``tin-hoat-dong`` page 3;
- 410, 403, 398: home tab "Hoạt động chuyên môn", news main, category page 1/2;
- 384: only category ``hoat-dong-chuyen-mon`` page 2;
- 405: home tab "Thông báo", news main, both categories' page 1 (and, under the other
  category's URL, the home tab "Hoạt động chuyên môn");
- 393: home tab "Thông báo", news main, ``thong-bao`` page 1.

Traps
-----
1. Two ``<h1>``: the theme's banner prints ``<h1 class="tentruong">TRƯỜNG THPT NGUYỄN HUỆ</h1>``
   on every page before the article's ``h1.title``; ``<title>`` and ``og:title`` are
   double-escaped by NukeViet for a headline with straight quotes (``&amp;quot;Khúc quân
   hành&amp;quot;``, i.e. a literal ``&quot;`` on screen). Gold title: the article's h1 with ``"``.
2. Hometext outside the text: an italic ``div.hometext`` box, then (imgposition 2) the lead photo
   in ``figure.article`` with its ``figcaption``, then ``#news-bodyhtml``. Gold: summary = the
   hometext = the body's first paragraph; the lead photo is the first image, its figcaption the
   caption. 393 has no hometext: the theme fills meta description from the body; summary null.
3. Machine dates that lie: ``article:published_time`` is printed with PHP's
   ``date('Y-m-dTH:i:s')`` where ``T`` is the zone abbreviation ("2026-12-03+0716:45:00"),
   ``article:modified_time`` and a visible "Cập nhật:" line give the edit time, listings print
   "Thứ năm - 03/12/2026 16:45", the header today. Gold: the "Đăng lúc" time with +07:00;
   380 prints "Đăng lúc: 20/10/2026 00:00" (midnight) -> the day alone "2026-10-20".
4. Duplicates by redirect: NukeViet looks an article up by its id and 301s any other alias or
   form to the current URL. 401's "Xem thêm" links 395 under its old alias
   (``hoi-thao-chao-mung-20-11-395.html``); 403's "Xem thêm" links 398 in the non-rewritten
   ``/index.php?language=vi&nv=tin-tuc&op=…`` form. Both 301; gold: listed in ``alt_paths``.
5. One article in two categories (listcatid): the vendor's tab block builds its links with the
   tab's category alias, so 405 (filed under "Thông báo") is also served, 200, at
   ``/tin-tuc/hoat-dong-chuyen-mon/…-405.html`` with that category's breadcrumb and a canonical
   link to the first. Gold: path = the canonical one, category "Thông báo", the other in alt_paths.
6. "Lưu bài viết" is a plain link to ``/tin-tuc/savefile/<cat>/<alias>-<id>.html``, which serves
   the whole article as ``text/html`` with ``Content-Disposition: attachment`` (the print view
   is only in an ``onclick``). Same article: both in ``alt_paths`` of every article.
7. Attachments ("Tập tin đính kèm") are links on the article's own URL with a query
   (``…-410.html?download=1&id=0``) answering a PDF: not an article, not a duplicate. Any other
   query on an article URL 301s to the clean URL.
8. Lazy images: the theme's lazy-load rewrites photos in the text to
   ``src=".../loading.gif" data-src="/uploads/…"`` (412, 410). Gold: the ``data-src`` paths.
9. Layout tables (401): each photo in a one-column table, its line in the next row; not a data
   table (no " | " paragraph). A row "Ảnh: Trần Minh Khôi" only credits -> photographer, caption
   None. The real data tables of 403 and 405 are rows joined by " | ".
10. The "author" box as editors fill it: "Tin, ảnh: Kim Oanh" in the Tác giả field (407),
    "ThS. Lê Văn Thành - Phó Hiệu trưởng" (401), "Trần Thị Mỹ Linh (Bí thư Đoàn trường)" (388),
    the CMS account "quantri" (393 -> nobody), a unit "Ban Chấp hành Đoàn trường" (412 -> as
    printed); 410 has no Tác giả but a right-aligned "Tin: Phạm Quốc Huy - Ảnh: Lê Nhật Tân" as
    the text's last line and "Nguồn tin: Tổ Vật lý - Công nghệ" in the box.
11. Breadcrumbs filled by JS: the visible ``ul.breadcrumbs`` is empty; the trail is only in the
    hidden ``ul.temp-breadcrumbs`` (schema.org BreadcrumbList) and ``article:section``.
12. 405 is an official notice: letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận", the
    principal's signature. Gold: date = the letterhead's day "2026-11-28" (not Đăng lúc
    30/11 07:45), author = the signer; letterhead, kind/subject lines and closing not body.
13. 384 was copied from the school's old domain: its photo is printed as an absolute
    ``http://thptnguyenhue.edu.vn/uploads/…`` URL (another host). Gold: ``{"url": …}``.
14. 393: a typed "📢" starts a paragraph (kept); the bullets are Facebook emoji pictures
    ``<img alt="👉" src="https://static.xx.fbcdn.net/…">``: no text, no image.
15. 388's text was pasted from Word in decomposed Unicode (NFD). Gold: NFC.
16. Chrome after the text that reads like text: rating ("Tổng số điểm của bài viết là: …"),
    keywords, "Tin liên quan" with dates, comments with a name and a time, Facebook comments;
    "Xem thêm:" lines inside the text. None of it is body.
17. Listings: the "Thông báo" category and tab carry an external-link item pointing to
    baokhanhhoa.vn (never followed); slider and tab titles are cut with "..."; 388, 380, 372 and
    384 are reachable only from page 2+ of a category.

Gold decisions on ambiguous points
----------------------------------
- The lead photo printed between hometext and text (407) is the article's first image.
- 405's hometext box is its sapo even though the text is an official notice.
- An author field holding a unit ("Ban Chấp hành Đoàn trường", "Công đoàn cơ sở", "Tổ Văn
  phòng") is the author as printed; "Nguồn tin: X" in the box is the source X.
- Redirecting variants (old alias, index.php form), the second category's URL, print and
  savefile views are listed in ``alt_paths``; attachment downloads are not.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qs

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

NAME = "nukeviet44_vnpt_school_theme_thpt"
PLATFORM = "NukeViet 4.4 (news module) with a VNPT school theme"
START_PATH = "/"

SITE = "Trường THPT Nguyễn Huệ"
MOD = "tin-tuc"
THEME = "/themes/thpt-vnpt"
OLD_HOST = "http://thptnguyenhue.edu.vn"
PER_PAGE = 3
TODAY_LINE = "Thứ Bảy, 05/12/2026"

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
TAGS = {
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "an-toan-giao-thong": "an toàn giao thông",
    "stem": "STEM",
    "kiem-tra-hoc-ky-i": "kiểm tra học kỳ I",
}
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

FB_POINT = "https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/1f449.png"


def _u(month: str, name: str) -> str:
    return f"/uploads/{MOD}/{month}/{name}"


# --- the articles ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=412,
        slug="so-khao-hoi-thi-van-nghe-khuc-quan-hanh-chao-mung-82-nam-ngay-thanh-lap-qdnd-viet-nam",
        title='Sơ khảo hội thi văn nghệ "Khúc quân hành" chào mừng 82 năm Ngày thành lập QĐND Việt Nam',
        cat="tin-hoat-dong",
        published_at="2026-12-03T16:45:00+07:00",
        summary=(
            'Chiều 02/12, Đoàn trường THPT Nguyễn Huệ tổ chức vòng sơ khảo hội thi văn nghệ "Khúc '
            'quân hành" với sự tham gia của 24 tiết mục đến từ 31 chi đoàn học sinh.'
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi là hoạt động thiết thực nhằm chào mừng 82 năm Ngày thành lập Quân đội nhân "
                "dân Việt Nam (22/12/1944 - 22/12/2026) và 37 năm Ngày hội Quốc phòng toàn dân "
                "(22/12/1989 - 22/12/2026), đồng thời giáo dục truyền thống yêu nước, lòng biết ơn "
                "đối với các thế hệ cha anh cho đoàn viên, thanh niên nhà trường."
            ),
            Img(
                _u("2026_12", "so-khao-khuc-quan-hanh-1.jpg"),
                "Tiết mục múa “Hào khí Việt Nam” của chi đoàn 11A2",
                "Tiết mục múa “Hào khí Việt Nam” của chi đoàn 11A2",
                style="fig",
            ),
            P(
                "Ban giám khảo gồm thầy Lê Văn Thành, Phó Hiệu trưởng nhà trường, cùng các thầy cô "
                "giáo tổ Ngữ văn, tổ Giáo dục thể chất - Quốc phòng và đại diện Ban Chấp hành Đoàn "
                "trường. Các tiết mục được chấm theo các tiêu chí: nội dung, chủ đề; kỹ năng biểu "
                "diễn; trang phục, đạo cụ và sự sáng tạo trong dàn dựng."
            ),
            P(
                "Với nhiều thể loại phong phú như đơn ca, tốp ca, múa, hát múa minh họa và kịch ngắn, "
                "các tiết mục đã tái hiện hình ảnh anh bộ đội Cụ Hồ trong chiến đấu, trong lao động "
                "sản xuất và trong công cuộc giữ gìn biển, đảo của Tổ quốc. Nhiều chi đoàn đầu tư "
                "công phu cho phần dàn dựng, phối hợp ánh sáng và trang phục, tạo được ấn tượng với "
                "khán giả."
            ),
            Raw(
                '<div class="video-container"><iframe allowfullscreen="" frameborder="0" height="360" '
                'src="https://www.youtube.com/embed/5x9TqLbcWk0" width="640"></iframe></div>'
            ),
            Img(
                _u("2026_12", "so-khao-khuc-quan-hanh-2.jpg"),
                "Tốp ca chi đoàn 12A5 với ca khúc “Tự nguyện”",
                "Tốp ca chi đoàn 12A5 với ca khúc “Tự nguyện”",
                style="fig",
            ),
            P(
                "Kết thúc vòng sơ khảo, Ban tổ chức đã chọn 12 tiết mục xuất sắc vào vòng chung kết, "
                "dự kiến diễn ra vào tối ngày 19/12/2026 tại sân trường. Các tiết mục đạt giải cao tại "
                "vòng chung kết sẽ được chọn biểu diễn trong chương trình giao lưu với Ban Chỉ huy "
                "Quân sự thị xã Ninh Hòa."
            ),
            P(
                "Thông qua hội thi, Đoàn trường mong muốn tạo sân chơi lành mạnh, bổ ích để học sinh "
                "rèn luyện kỹ năng, phát huy năng khiếu, đồng thời góp phần xây dựng môi trường học "
                "đường thân thiện, giàu bản sắc."
            ),
        ],
        authors=["Ban Chấp hành Đoàn trường"],
        opts={
            "posted": "2026-12-03 16:45",
            "edited": "2026-12-04 08:12",
            "author_box": "Ban Chấp hành Đoàn trường",
            "thumb": _u("2026_12", "so-khao-khuc-quan-hanh-1.jpg"),
            "lazy": True,
            "comments": [
                ("Phụ huynh lớp 11A2", "03/12/2026 19:42",
                 "Các cháu tập luyện rất công phu, chúc các chi đoàn đạt kết quả cao!"),
            ],
        },
    ),
    Story(
        id=407,
        slug="trao-qua-ho-tro-hoc-sinh-co-hoan-canh-kho-khan-bi-anh-huong-boi-mua-lu",
        title="Trao quà hỗ trợ học sinh có hoàn cảnh khó khăn bị ảnh hưởng bởi mưa lũ",
        cat="tin-hoat-dong",
        published_at="2026-11-24T10:20:00+07:00",
        summary=(
            "Sáng 23/11, Ban Giám hiệu, Công đoàn và Đoàn trường THPT Nguyễn Huệ đã tổ chức trao 86 "
            "suất quà cho học sinh có hoàn cảnh khó khăn, gia đình bị thiệt hại nặng do đợt mưa lũ "
            "vừa qua."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _u("2026_11", "trao-qua-mua-lu.jpg"),
                "Thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường trao quà cho các em học sinh",
                "Thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường trao quà cho các em học sinh",
                style="lead",
            ),
            P(
                "Đợt mưa lớn kéo dài từ ngày 16 đến 19/11/2026 đã gây ngập sâu tại nhiều khu dân cư "
                "thuộc các xã Ninh Quang, Ninh Bình, Ninh Phú và phường Ninh Hà. Theo thống kê của "
                "giáo viên chủ nhiệm, toàn trường có 142 học sinh có nhà bị ngập, trong đó nhiều em bị "
                "hư hỏng sách vở, đồ dùng học tập và xe đạp."
            ),
            P(
                "Ngay sau khi nước rút, nhà trường đã phát động đợt quyên góp “Chung tay cùng bạn đến "
                "trường” trong cán bộ, giáo viên, nhân viên, cha mẹ học sinh và các chi đoàn. Sau một "
                "tuần, chương trình nhận được tổng số tiền 71.500.000 đồng cùng nhiều sách giáo khoa, "
                "vở viết và áo mưa."
            ),
            P(
                "Mỗi suất quà gồm 500.000 đồng tiền mặt, 20 quyển vở và một bộ sách giáo khoa theo khối "
                "lớp. Riêng 6 học sinh có nhà bị sập, tốc mái được nhà trường hỗ trợ thêm 1.000.000 "
                "đồng mỗi em. Các suất quà còn lại sẽ được giáo viên chủ nhiệm trao tận nhà cho những "
                "em chưa thể đến trường."
            ),
            Img(
                _u("2026_11", "trao-qua-mua-lu-2.jpg"),
                "Đoàn viên chi đoàn giáo viên phân loại sách vở quyên góp",
                "Đoàn viên chi đoàn giáo viên phân loại sách vở quyên góp",
                style="next",
            ),
            P(
                "Phát biểu tại buổi trao quà, thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường chia sẻ "
                "những khó khăn mà các em và gia đình đang gặp phải, đồng thời động viên các em sớm "
                "ổn định tinh thần, tiếp tục vượt khó vươn lên trong học tập."
            ),
            P(
                "Nhà trường cũng đề nghị giáo viên chủ nhiệm tiếp tục nắm bắt tình hình, kịp thời báo "
                "cáo những trường hợp đặc biệt khó khăn để có phương án hỗ trợ lâu dài, không để học "
                "sinh nào phải nghỉ học vì hậu quả của thiên tai."
            ),
        ],
        authors=["Kim Oanh"],
        photographers=["Kim Oanh"],
        opts={
            "posted": "2026-11-24 10:20",
            "author_box": "Tin, ảnh: Kim Oanh",
            "thumb": _u("2026_11", "trao-qua-mua-lu.jpg"),
        },
    ),
    Story(
        id=401,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-hoat-dong",
        published_at="2026-11-20T15:10:00+07:00",
        summary=(
            "Sáng 19/11, Trường THPT Nguyễn Huệ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam và tổng kết đợt thi đua “Dạy tốt - Học tốt” chào mừng ngày 20/11."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự buổi lễ có đồng chí Phạm Minh Tâm, Phó Chủ tịch UBND thị xã Ninh Hòa; đại "
                "diện lãnh đạo Phòng Giáo dục và Đào tạo, Hội Cựu giáo chức thị xã; Ban đại diện cha "
                "mẹ học sinh cùng đông đủ các thế hệ thầy cô giáo đã từng công tác tại trường."
            ),
            Img(
                _u("2026_11", "ky-niem-20-11-1.jpg"),
                "Tiết mục văn nghệ chào mừng của học sinh lớp 10A1",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 10A1",
                style="table",
            ),
            P(
                "Ôn lại truyền thống vẻ vang của ngành, thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường "
                "nhấn mạnh: năm học 2025 - 2026, nhà trường có 38 học sinh đạt giải trong kỳ thi chọn "
                "học sinh giỏi cấp tỉnh, tỷ lệ tốt nghiệp THPT đạt 99,6%, nhiều em trúng tuyển vào các "
                "trường đại học tốp đầu cả nước."
            ),
            P(
                "Trong đợt thi đua chào mừng ngày 20/11 năm nay, toàn trường đã có 1.248 tiết dạy tốt, "
                "46 tiết thao giảng và 8 chuyên đề cấp tổ được tổ chức. Phong trào thi đua diễn ra sôi "
                "nổi, thực chất, tạo không khí phấn khởi trong tập thể sư phạm."
            ),
            P("Tại buổi lễ, nhà trường đã khen thưởng các tập thể và cá nhân có thành tích xuất sắc:", "plain"),
            P("Tổ Toán - Tin: tập thể dẫn đầu phong trào hội giảng;", "li"),
            P("Cô Huỳnh Thị Bích Ngọc (tổ Ngữ văn): giải Nhất hội giảng cấp trường;", "li"),
            P("Chi đoàn 11A1 và 12A3: dẫn đầu phong trào thi đua học tốt.", "li"),
            Img(_u("2026_11", "ky-niem-20-11-2.jpg"), "Ảnh: Trần Minh Khôi", None, style="table"),
            P(
                "Thay mặt học sinh toàn trường, em Lê Hoàng Bảo Ngân, lớp 12A1 bày tỏ lòng biết ơn sâu "
                "sắc đối với các thầy cô giáo đã tận tụy dìu dắt các thế hệ học trò, đồng thời hứa sẽ "
                "không ngừng rèn luyện, học tập để xứng đáng với truyền thống của nhà trường."
            ),
            Raw(
                f'<p><strong>Xem thêm:</strong> <a href="/{MOD}/tin-hoat-dong/hoi-thao-chao-mung-20-11-395.html">'
                "Sôi nổi hội thao chào mừng Ngày Nhà giáo Việt Nam</a></p>"
            ),
        ],
        authors=["Lê Văn Thành"],
        photographers=["Trần Minh Khôi"],
        opts={
            "posted": "2026-11-20 15:10",
            "author_box": "ThS. Lê Văn Thành - Phó Hiệu trưởng",
            "thumb": _u("2026_11", "ky-niem-20-11-1.jpg"),
            "tags": ["ngay-nha-giao-viet-nam"],
            "comments": [
                ("Nguyễn Thị Thanh Thủy", "20/11/2026 20:15",
                 "Chúc quý thầy cô Trường THPT Nguyễn Huệ luôn mạnh khỏe, hạnh phúc."),
                ("Cựu học sinh khóa 2008 - 2011", "21/11/2026 07:03",
                 "Nhớ mái trường xưa quá, tri ân thầy cô đã dìu dắt chúng em!"),
            ],
        },
    ),
    Story(
        id=395,
        slug="hoi-thao-giao-vien-nhan-vien-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Hội thao giáo viên, nhân viên chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-hoat-dong",
        published_at="2026-11-12T08:30:00+07:00",
        summary=(
            "Từ ngày 07 đến 11/11, Công đoàn cơ sở Trường THPT Nguyễn Huệ tổ chức Hội thao dành cho "
            "cán bộ, giáo viên, nhân viên với ba môn thi đấu: bóng chuyền hơi, cầu lông và kéo co."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thao thu hút hơn 90 vận động viên là cán bộ, giáo viên, nhân viên đến từ 9 tổ "
                "chuyên môn và tổ Văn phòng. Các trận đấu được tổ chức vào cuối buổi chiều tại nhà đa "
                "năng và sân trường, trên tinh thần giao lưu, đoàn kết."
            ),
            Img(
                _u("2026_11", "hoi-thao-bong-chuyen-hoi.jpg"),
                "Trận chung kết bóng chuyền hơi nữ giữa tổ Ngữ văn và tổ Ngoại ngữ",
                "Trận chung kết bóng chuyền hơi nữ giữa tổ Ngữ văn và tổ Ngoại ngữ",
                style="next",
            ),
            P(
                "Ở môn bóng chuyền hơi nữ, tổ Ngữ văn giành chức vô địch sau trận chung kết kéo dài ba "
                "hiệp đầy kịch tính. Nội dung đôi nam cầu lông thuộc về cặp thầy Võ Minh Trí - Nguyễn "
                "Hữu Phước (tổ Vật lý - Công nghệ), trong khi tổ Giáo dục thể chất - Quốc phòng xuất "
                "sắc giành giải Nhất môn kéo co."
            ),
            Img(
                _u("2026_11", "hoi-thao-keo-co.jpg"),
                "Nội dung kéo co nam nữ phối hợp",
                "Nội dung kéo co nam nữ phối hợp",
                style="next",
            ),
            P(
                "Đông đảo học sinh đã đến cổ vũ các thầy cô, tạo nên không khí vui tươi, gắn kết giữa "
                "thầy và trò. Kết thúc hội thao, Ban tổ chức đã trao 12 giải cho các đội và vận động "
                "viên đạt thành tích cao."
            ),
            P(
                "Theo đồng chí Đặng Quốc Việt, Chủ tịch Công đoàn cơ sở, hội thao không chỉ giúp đoàn "
                "viên rèn luyện sức khỏe mà còn là dịp để các tổ chuyên môn giao lưu, chia sẻ sau những "
                "giờ lên lớp căng thẳng."
            ),
        ],
        authors=["Công đoàn cơ sở"],
        opts={
            "posted": "2026-11-12 08:30",
            "author_box": "Công đoàn cơ sở",
            "thumb": _u("2026_11", "hoi-thao-bong-chuyen-hoi.jpg"),
            "tags": ["ngay-nha-giao-viet-nam"],
            "old_alias": "hoi-thao-chao-mung-20-11",
        },
    ),
    Story(
        id=388,
        slug="tuoi-tre-nguyen-hue-chung-tay-vi-an-toan-giao-thong",
        title="Tuổi trẻ Nguyễn Huệ chung tay vì an toàn giao thông",
        cat="tin-hoat-dong",
        published_at="2026-10-31T14:00:00+07:00",
        summary=(
            "Nhằm nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông cho học sinh, "
            "sáng 30/10, Đoàn trường phối hợp với Đội Cảnh sát giao thông - Trật tự Công an thị xã "
            "Ninh Hòa tổ chức buổi tuyên truyền và ký cam kết an toàn giao thông."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự buổi tuyên truyền có gần 1.300 học sinh của ba khối lớp. Báo cáo viên là "
                "Thượng úy Nguyễn Đình Khoa, cán bộ Đội Cảnh sát giao thông - Trật tự Công an thị xã "
                "Ninh Hòa.",
                "nfd",
            ),
            P(
                "Thông qua những hình ảnh, video clip cụ thể về các vụ tai nạn giao thông xảy ra trên "
                "địa bàn, báo cáo viên đã phân tích những hành vi vi phạm phổ biến ở lứa tuổi học sinh "
                "như đi xe đạp điện, xe máy điện không đội mũ bảo hiểm, chở quá số người quy định, dàn "
                "hàng ngang trên đường, điều khiển xe mô tô khi chưa đủ tuổi.",
                "nfd",
            ),
            Img(
                _u("2026_10", "tuyen-truyen-atgt.jpg"),
                "Học sinh tham gia trả lời câu hỏi tìm hiểu Luật Trật tự, an toàn giao thông đường bộ",
                "Học sinh tham gia trả lời câu hỏi tìm hiểu Luật Trật tự, an toàn giao thông đường bộ",
                style="next",
            ),
            P(
                "Bên cạnh đó, học sinh còn được hướng dẫn kỹ năng đi xe đạp an toàn, cách xử lý khi gặp "
                "sự cố trên đường và những quy định mới của Luật Trật tự, an toàn giao thông đường bộ "
                "có hiệu lực từ ngày 01/01/2025.",
                "nfd",
            ),
            P(
                "Tại buổi tuyên truyền, 100% học sinh đã ký cam kết chấp hành nghiêm các quy định về an "
                "toàn giao thông; cha mẹ học sinh cũng được đề nghị không giao xe máy cho con em chưa "
                "đủ tuổi điều khiển.",
                "nfd",
            ),
            P(
                "Trong thời gian tới, Đoàn trường sẽ duy trì đội thanh niên tình nguyện hướng dẫn học "
                "sinh ra vào cổng trường giờ tan học, đồng thời đưa nội dung an toàn giao thông vào các "
                "buổi sinh hoạt dưới cờ hằng tháng.",
                "nfd",
            ),
        ],
        authors=["Trần Thị Mỹ Linh"],
        source="Đoàn trường THPT Nguyễn Huệ",
        opts={
            "posted": "2026-10-31 14:00",
            "author_box": "Trần Thị Mỹ Linh (Bí thư Đoàn trường)",
            "source_box": "Đoàn trường THPT Nguyễn Huệ",
            "thumb": _u("2026_10", "tuyen-truyen-atgt.jpg"),
            "tags": ["an-toan-giao-thong"],
        },
    ),
    Story(
        id=380,
        slug="sinh-hoat-chuyen-de-ky-niem-96-nam-ngay-thanh-lap-hoi-lien-hiep-phu-nu-viet-nam",
        title=(
            "Sinh hoạt chuyên đề kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam "
            "(20/10/1930 - 20/10/2026)"
        ),
        cat="tin-hoat-dong",
        published_at="2026-10-20",
        summary=(
            "Chiều 19/10, Ban Nữ công Công đoàn trường THPT Nguyễn Huệ tổ chức buổi sinh hoạt chuyên "
            "đề với chủ đề “Phụ nữ Việt Nam tự tin - tự trọng - trung hậu - đảm đang trong kỷ nguyên "
            "số”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Buổi sinh hoạt có sự tham gia của 68 nữ cán bộ, giáo viên, nhân viên nhà trường. Tại "
                "đây, các chị em được nghe ôn lại lịch sử 96 năm hình thành và phát triển của Hội Liên "
                "hiệp Phụ nữ Việt Nam cùng những tấm gương tiêu biểu của phụ nữ Khánh Hòa.",
                "div",
            ),
            P(
                "Phần giao lưu “Cân bằng công việc và gia đình” do cô Trần Thị Thu Sương, Phó Hiệu "
                "trưởng nhà trường dẫn dắt đã nhận được nhiều chia sẻ chân thành.",
                "div",
            ),
            P(
                "Nhiều ý kiến cho rằng, để vừa hoàn thành tốt nhiệm vụ dạy học vừa chăm lo gia đình, "
                "mỗi người cần biết sắp xếp thời gian hợp lý và nhận được sự đồng hành của các thành "
                "viên trong gia đình.",
                "br",
            ),
            P(
                "Dịp này, Ban Nữ công cũng phát động cuộc thi cắm hoa nghệ thuật giữa các tổ chuyên "
                "môn. Tổ Ngữ văn, tổ Sinh - Công nghệ và tổ Văn phòng lần lượt đạt giải Nhất, Nhì, Ba.",
                "div",
            ),
            Img(
                _u("2026_10", "cam-hoa-20-10.jpg"),
                "Tác phẩm “Sắc thu” của tổ Ngữ văn đạt giải Nhất",
                "Tác phẩm “Sắc thu” của tổ Ngữ văn đạt giải Nhất",
                style="next",
            ),
            P(
                "Cũng trong dịp này, Công đoàn trường đã trao tặng 5 suất quà cho nữ đoàn viên có hoàn "
                "cảnh khó khăn, mỗi suất trị giá 1.000.000 đồng.",
                "div",
            ),
        ],
        authors=["Hoàng Yến"],
        opts={
            "posted": "2026-10-20 00:00",
            "author_box": "Hoàng Yến",
            "thumb": _u("2026_10", "cam-hoa-20-10.jpg"),
        },
    ),
    Story(
        id=372,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
        cat="tin-hoat-dong",
        published_at="2026-10-08T09:40:00+07:00",
        summary=(
            "Ngày 06/10, Trường THPT Nguyễn Huệ tổ chức Hội nghị viên chức, người lao động năm học "
            "2026 - 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ năm học trước và bàn biện pháp thực "
            "hiện nhiệm vụ năm học mới."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội nghị có sự tham dự của 96 viên chức, người lao động đang công tác tại trường. Thay "
                "mặt Ban Giám hiệu, thầy Nguyễn Văn Hùng, Hiệu trưởng đã trình bày báo cáo kết quả thực "
                "hiện nhiệm vụ năm học 2025 - 2026 và phương hướng nhiệm vụ năm học 2026 - 2027."
            ),
            Img(_u("2026_10", "hoi-nghi-vien-chuc.jpg"), "Quang cảnh hội nghị", "Quang cảnh hội nghị", style="fig"),
            P("Những kết quả nổi bật", "h4"),
            P(
                "Năm học vừa qua, nhà trường duy trì sĩ số 1.286 học sinh với 33 lớp; tỷ lệ học sinh có "
                "kết quả học tập tốt và khá đạt 78,4%; không có học sinh bị xếp loại rèn luyện chưa đạt. "
                "Nhà trường được UBND tỉnh tặng Bằng khen vì thành tích xuất sắc trong phong trào thi đua."
            ),
            P("Nhiệm vụ trọng tâm năm học 2026 - 2027", "h4"),
            P(
                "Tiếp tục thực hiện hiệu quả Chương trình giáo dục phổ thông 2018, chú trọng đổi mới "
                "kiểm tra, đánh giá theo định hướng phát triển năng lực.",
                "ol",
            ),
            P(
                "Nâng cao chất lượng ôn thi tốt nghiệp THPT và bồi dưỡng học sinh giỏi; phấn đấu tỷ lệ "
                "tốt nghiệp đạt trên 99%.",
                "ol",
            ),
            P(
                "Đẩy mạnh chuyển đổi số trong quản lý và dạy học, triển khai học bạ số đối với tất cả "
                "các khối lớp.",
                "ol",
            ),
            P(
                "Xây dựng trường học an toàn, thân thiện; giữ vững danh hiệu trường đạt chuẩn quốc gia "
                "mức độ 1.",
                "ol",
            ),
            P(
                "Hội nghị cũng đã thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ cơ sở và phát động "
                "phong trào thi đua năm học mới. Các viên chức đã ký cam kết thực hiện tốt nhiệm vụ "
                "được giao."
            ),
            P(
                "Tại hội nghị, Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 thành viên đã được bầu, "
                "do thầy Phan Văn Lực làm Trưởng ban."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "posted": "2026-10-08 09:40",
            "author_box": "Tổ Văn phòng",
            "thumb": _u("2026_10", "hoi-nghi-vien-chuc.jpg"),
        },
    ),
    Story(
        id=410,
        slug="chuyen-de-day-hoc-stem-thiet-ke-he-thong-tuoi-cay-tu-dong",
        title="Chuyên đề dạy học STEM: Thiết kế hệ thống tưới cây tự động",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-01T07:55:00+07:00",
        summary=(
            "Ngày 28/11, tổ Vật lý - Công nghệ tổ chức chuyên đề dạy học STEM “Thiết kế hệ thống tưới "
            "cây tự động” tại lớp 11A3, thu hút sự tham dự của đông đảo giáo viên trong và ngoài tổ."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chuyên đề do thầy Võ Minh Trí thiết kế và thực hiện, gắn với nội dung chủ đề “Cảm biến "
                "và mạch điều khiển” trong chương trình Công nghệ 11 (định hướng công nghiệp) và kiến "
                "thức về dòng điện, điện trở trong môn Vật lý."
            ),
            P(
                "Bài học được tổ chức theo quy trình kỹ thuật gồm 5 bước: xác định vấn đề, nghiên cứu "
                "kiến thức nền, đề xuất giải pháp, chế tạo mẫu và thử nghiệm, chia sẻ và điều chỉnh. "
                "Trước tiết học, các nhóm đã tìm hiểu nhu cầu tưới nước của rau cải và khảo sát giá "
                "thành linh kiện."
            ),
            Img(
                _u("2026_12", "stem-tuoi-cay-1.jpg"),
                "Các nhóm học sinh lắp ráp mạch cảm biến độ ẩm đất",
                "Các nhóm học sinh lắp ráp mạch cảm biến độ ẩm đất",
                style="fig",
            ),
            P(
                "Trong thời gian 90 phút, 6 nhóm học sinh đã hoàn thiện sản phẩm sử dụng cảm biến độ ẩm "
                "đất, mạch Arduino Uno và máy bơm mini. Nhóm 4 gây ấn tượng khi bổ sung màn hình hiển "
                "thị độ ẩm và chế độ hẹn giờ tưới vào buổi sáng sớm."
            ),
            Img(
                _u("2026_12", "stem-tuoi-cay-2.jpg"),
                "Nhóm 4 thuyết trình sản phẩm trước lớp",
                "Nhóm 4 thuyết trình sản phẩm trước lớp",
                style="fig",
            ),
            P(
                "Góp ý cho chuyên đề, các thầy cô đánh giá cao sự chủ động của học sinh và cách giáo "
                "viên tổ chức cho học sinh tự đánh giá sản phẩm theo bảng tiêu chí. Một số ý kiến đề "
                "nghị cần dành thêm thời gian cho khâu thử nghiệm và điều chỉnh để học sinh rút kinh "
                "nghiệm sâu hơn."
            ),
            P(
                "Thời gian tới, tổ Vật lý - Công nghệ sẽ tiếp tục xây dựng thêm các chủ đề STEM gắn với "
                "thực tiễn sản xuất nông nghiệp của địa phương, đồng thời chọn các sản phẩm tiêu biểu "
                "tham gia Cuộc thi Khoa học kỹ thuật cấp tỉnh."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Phạm Quốc Huy - Ảnh: Lê Nhật Tân</strong></p>'),
        ],
        authors=["Phạm Quốc Huy"],
        photographers=["Lê Nhật Tân"],
        source="Tổ Vật lý - Công nghệ",
        opts={
            "posted": "2026-12-01 07:55",
            "source_box": "Tổ Vật lý - Công nghệ",
            "thumb": _u("2026_12", "stem-tuoi-cay-1.jpg"),
            "lazy": True,
            "tags": ["stem"],
            "files": [("Kế hoạch bài dạy chủ đề STEM tưới cây tự động", "khbd-stem-tuoi-cay-tu-dong.pdf")],
        },
    ),
    Story(
        id=403,
        slug="tong-ket-hoi-giang-chao-mung-ngay-nha-giao-viet-nam-20-11-nam-hoc-2026-2027",
        title="Tổng kết hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11 năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-22T09:15:00+07:00",
        summary=(
            "Sau hơn ba tuần triển khai, hội giảng chào mừng Ngày Nhà giáo Việt Nam năm học 2026 - "
            "2027 của Trường THPT Nguyễn Huệ đã khép lại với 46 tiết dạy được đánh giá, trong đó có "
            "27 tiết xếp loại Tốt."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội giảng được tổ chức từ ngày 20/10 đến 14/11/2026 với sự tham gia của giáo viên "
                "thuộc 9 tổ chuyên môn. Mỗi tổ chọn ít nhất 4 tiết dạy, ưu tiên giáo viên trẻ và giáo "
                "viên mới chuyển đến."
            ),
            P(
                "Các tiết dạy thể hiện rõ sự đổi mới trong phương pháp và hình thức tổ chức hoạt động "
                "học. Nhiều giáo viên đã khai thác hiệu quả thiết bị dạy học số, phần mềm mô phỏng và "
                "học liệu điện tử; học sinh được hoạt động nhóm, thảo luận, trình bày sản phẩm."
            ),
            P("Kết quả xếp loại theo tổ chuyên môn như sau:"),
            P("Tổ chuyên môn | Số tiết | Tốt | Khá", "row"),
            P("Toán - Tin | 7 | 5 | 2", "row"),
            P("Ngữ văn | 6 | 4 | 2", "row"),
            P("Ngoại ngữ | 5 | 3 | 2", "row"),
            P("Vật lý - Công nghệ | 5 | 3 | 2", "row"),
            P("Các tổ còn lại | 23 | 12 | 11", "row"),
            P(
                "Ban tổ chức đã trao giải Nhất cho cô Huỳnh Thị Bích Ngọc (tổ Ngữ văn) với bài dạy “Đất "
                "Nước” (trích trường ca Mặt đường khát vọng - Nguyễn Khoa Điềm); giải Nhì cho thầy "
                "Trương Công Định (tổ Toán - Tin) và cô Nguyễn Thị Hải Yến (tổ Ngoại ngữ)."
            ),
            P(
                "Qua hội giảng, nhà trường sẽ lựa chọn các tiết dạy tiêu biểu để xây dựng thành video "
                "bài giảng mẫu, phục vụ sinh hoạt chuyên môn và bồi dưỡng giáo viên."
            ),
            Raw(
                f'<p><em>Xem thêm: <a href="/index.php?language=vi&amp;nv={MOD}&amp;op=hoat-dong-chuyen-mon/'
                'sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-o-to-toan-tin-398">Sinh hoạt chuyên môn '
                "theo nghiên cứu bài học ở tổ Toán - Tin</a></em></p>"
            ),
        ],
        authors=["Nguyễn Thanh Phong"],
        opts={
            "posted": "2026-11-22 09:15",
            "edited": "2026-11-25 14:02",
            "author_box": "Nguyễn Thanh Phong",
            "thumb": _u("2026_11", "hoi-giang-2026.jpg"),
            "tags": ["ngay-nha-giao-viet-nam"],
        },
    ),
    Story(
        id=398,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-o-to-toan-tin",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học ở tổ Toán - Tin",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-15T21:05:00+07:00",
        summary=(
            "Chiều 13/11, tổ Toán - Tin tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với "
            "bài dạy “Xác suất có điều kiện” (Toán 12), do cô Đoàn Thị Mai Trâm thực hiện tại lớp 12A4."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Khác với cách dự giờ truyền thống chú trọng đánh giá giáo viên, trong sinh hoạt chuyên "
                "môn theo nghiên cứu bài học, người dự giờ tập trung quan sát việc học của học sinh: em "
                "nào đang gặp khó khăn, vì sao các em chưa hiểu, giáo viên đã hỗ trợ như thế nào.[1]",
                "fn",
            ),
            P(
                "Bài dạy được cả tổ cùng thiết kế qua hai buổi họp nhóm. Tình huống mở đầu là bài toán "
                "chọn ngẫu nhiên học sinh tham gia câu lạc bộ tiếng Anh của trường, giúp học sinh thấy "
                "được ý nghĩa thực tiễn của khái niệm xác suất có điều kiện."
            ),
            Img(
                _u("2026_11", "nghien-cuu-bai-hoc-toan.jpg"),
                "Giáo viên tổ Toán - Tin quan sát hoạt động nhóm của học sinh lớp 12A4",
                "Giáo viên tổ Toán - Tin quan sát hoạt động nhóm của học sinh lớp 12A4",
                style="brcap",
            ),
            P(
                "Trong phần thảo luận sau tiết dạy, các thầy cô chỉ ra rằng phần lớn học sinh nhầm lẫn "
                "giữa P(A|B) và P(B|A) khi đọc đề. Từ đó, tổ thống nhất bổ sung sơ đồ cây và bảng tần số "
                "vào hoạt động hình thành kiến thức ở các lớp còn lại."
            ),
            P(
                "Cô Võ Thị Ngọc Hân, Tổ trưởng chuyên môn cho biết, từ đầu năm học, tổ đã tổ chức 3 buổi "
                "sinh hoạt theo nghiên cứu bài học. Hình thức này giúp giáo viên trẻ mạnh dạn chia sẻ, "
                "đồng thời hình thành thói quen cùng nhau giải quyết những vấn đề nảy sinh trong lớp học."
            ),
            P("Tài liệu tham khảo", "h4"),
            P(
                "[1] Bộ Giáo dục và Đào tạo (2014), Tài liệu hướng dẫn sinh hoạt chuyên môn theo nghiên "
                "cứu bài học, Hà Nội.",
                "small",
            ),
        ],
        authors=["Võ Thị Ngọc Hân"],
        opts={
            "posted": "2026-11-15 21:05",
            "author_box": "ThS. Võ Thị Ngọc Hân - Tổ trưởng tổ Toán - Tin",
            "thumb": _u("2026_11", "nghien-cuu-bai-hoc-toan.jpg"),
        },
    ),
    Story(
        id=384,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-27T10:30:00+07:00",
        summary=(
            "Từ ngày 24 đến 26/10, Sở Giáo dục và Đào tạo Khánh Hòa tổ chức lớp tập huấn ứng dụng trí "
            "tuệ nhân tạo (AI) trong thiết kế kế hoạch bài dạy cho giáo viên cốt cán cụm trường THPT "
            "phía Bắc của tỉnh, tại Trường THPT Nguyễn Huệ."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham gia lớp tập huấn có 85 giáo viên cốt cán đến từ các trường THPT trên địa bàn thị "
                "xã Ninh Hòa và huyện Vạn Ninh. Báo cáo viên là các giảng viên Trường Đại học Nha Trang "
                "và chuyên viên Phòng Giáo dục trung học, Sở GD&ĐT."
            ),
            P(
                "Nội dung tập huấn tập trung vào cách sử dụng các công cụ AI tạo sinh để gợi ý ý tưởng "
                "hoạt động học, xây dựng câu hỏi, bài tập theo các mức độ nhận thức và thiết kế học liệu "
                "minh họa. Giáo viên cũng được hướng dẫn cách kiểm chứng thông tin và lưu ý về bản "
                "quyền, an toàn dữ liệu khi sử dụng AI."
            ),
            Img(
                f"{OLD_HOST}/uploads/{MOD}/2026_10/tap-huan-ai.jpg",
                "Giáo viên thực hành xây dựng kế hoạch bài dạy với sự hỗ trợ của công cụ AI",
                "Giáo viên thực hành xây dựng kế hoạch bài dạy với sự hỗ trợ của công cụ AI",
                style="next",
            ),
            P(
                "Phần thực hành được tổ chức theo nhóm bộ môn. Mỗi nhóm hoàn thiện một kế hoạch bài dạy "
                "có ứng dụng AI, sau đó trình bày và phản biện trước lớp."
            ),
            P(
                "Phát biểu bế mạc lớp tập huấn, đại diện lãnh đạo Sở GD&ĐT lưu ý AI chỉ là công cụ hỗ "
                "trợ; giáo viên vẫn giữ vai trò quyết định trong việc lựa chọn nội dung, phương pháp phù "
                "hợp với đối tượng học sinh. Sau tập huấn, giáo viên cốt cán có trách nhiệm triển khai "
                "lại nội dung tại đơn vị trước ngày 30/11/2026."
            ),
        ],
        source="Sở GD&ĐT Khánh Hòa",
        opts={
            "posted": "2026-10-27 10:30",
            "source_box": "Sở GD&ĐT Khánh Hòa",
            "thumb": _u("2026_10", "tap-huan-ai-thumb.jpg"),
        },
    ),
    Story(
        id=405,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-28",
        summary=(
            "Trường THPT Nguyễn Huệ thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với "
            "học sinh các khối 10, 11 và 12."
        ),
        sapo_outside=True,
        blocks=[
            Raw(
                '<table border="0" cellpadding="2" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="text-align:center; width:42%">SỞ GD&amp;ĐT KHÁNH HÒA<br />'
                "<strong>TRƯỜNG THPT NGUYỄN HUỆ</strong></td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
                "Độc lập - Tự do - Hạnh phúc</strong></td></tr><tr>"
                '<td style="text-align:center">Số: 215/TB-THPTNH</td>'
                '<td style="text-align:right"><em>Ninh Hòa, ngày 28 tháng 11 năm 2026</em></td>'
                "</tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 168/KH-THPTNH ngày 05/9/2026 của Trường THPT Nguyễn Huệ về thực "
                "hiện nhiệm vụ năm học 2026 - 2027;",
                "indent",
            ),
            P(
                "Nhà trường thông báo lịch kiểm tra cuối học kỳ I đối với các môn kiểm tra tập trung "
                "như sau:",
                "indent",
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "row"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
            P("21/12/2026 | Chiều | Lịch sử | 45 phút", "row"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "row"),
            P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "row"),
            P("23/12/2026 | Sáng | Các môn lựa chọn | 45 phút", "row"),
            P(
                "Các môn còn lại, giáo viên bộ môn tổ chức kiểm tra tại lớp theo kế hoạch của tổ chuyên "
                "môn, hoàn thành trước ngày 26/12/2026.",
                "indent",
            ),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh và "
                "dụng cụ học tập được phép sử dụng. Học sinh vắng kiểm tra có lý do chính đáng được bố "
                "trí kiểm tra bù theo lịch của nhà trường.",
                "indent",
            ),
            P(
                "Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh để phối hợp thực "
                "hiện./.",
                "indent",
            ),
            Raw(
                '<table border="0" cellpadding="2" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />'
                "- Như trên;<br />- Ban đại diện CMHS;<br />- Lưu: VT.</td>"
                '<td style="text-align:center; vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br />'
                "<br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Hùng</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={
            "posted": "2026-11-30 07:45",
            "thumb": _u("2026_11", "lich-kiem-tra-hk1.jpg"),
            "also_cat": "hoat-dong-chuyen-mon",
            "tags": ["kiem-tra-hoc-ky-i"],
            "files": [("Thông báo số 215/TB-THPTNH (bản scan)", "215-tb-thptnh-lich-kiem-tra-hk1.pdf")],
        },
    ),
    Story(
        id=393,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-chong-bao-so-12",
        title="THÔNG BÁO: Cho học sinh nghỉ học để phòng, chống bão số 12",
        cat="thong-bao",
        published_at="2026-11-06T18:20:00+07:00",
        blocks=[
            P(
                "📢 Thực hiện Công văn số 2874/SGDĐT-VP ngày 06/11/2026 của Sở Giáo dục và Đào tạo Khánh "
                "Hòa về việc chủ động ứng phó với bão số 12, Trường THPT Nguyễn Huệ thông báo:"
            ),
            P(
                "Toàn thể học sinh nghỉ học ngày thứ Bảy 07/11/2026 và ngày thứ Hai 09/11/2026. Lịch học "
                "bù sẽ được nhà trường thông báo sau.",
                "emo",
            ),
            P(
                "Giáo viên chủ nhiệm thông báo đến học sinh, cha mẹ học sinh qua nhóm Zalo lớp và ứng "
                "dụng sổ liên lạc điện tử trước 20 giờ ngày 06/11/2026.",
                "emo",
            ),
            P(
                "Cán bộ, giáo viên, nhân viên trực theo lịch phân công của Ban Giám hiệu; bảo vệ kiểm "
                "tra, chằng chống cửa phòng học, cắt điện các khu vực không cần thiết.",
                "emo",
            ),
            P(
                "Đề nghị học sinh không đi ra sông, suối, khu vực ven biển và vùng trũng thấp trong thời "
                "gian bão đổ bộ; thường xuyên theo dõi thông tin trên các phương tiện thông tin đại chúng."
            ),
            P(
                "Mọi thông tin cần hỗ trợ, cha mẹ học sinh liên hệ đường dây nóng của nhà trường: "
                "0905 118 246 (thầy Lê Văn Thành, Phó Hiệu trưởng)."
            ),
        ],
        opts={
            "posted": "2026-11-06 18:20",
            "author_box": "quantri",
            "thumb": _u("2026_11", "thong-bao-bao-so-12.png"),
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}

#: the external-link item of the "Thông báo" category (NukeViet 4.4's "liên kết ngoài")
EXTERNAL = {
    "title": "Khánh Hòa có 142 học sinh đạt giải kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh",
    "url": "https://baokhanhhoa.vn/giao-duc/202611/khanh-hoa-co-142-hoc-sinh-dat-giai-ky-thi-chon-hsg-lop-12-cap-tinh-8f21a07/",
    "posted": "2026-11-25 16:30",
    "thumb": _u("2026_11", "hsg-cap-tinh-2026.jpg"),
    "hometext": "Trường THPT Nguyễn Huệ có 11 học sinh đạt giải, trong đó có 2 giải Nhất môn Hóa học và Ngữ văn.",
}


def _posted(story: Story) -> dt.datetime:
    return dt.datetime.strptime(story.opts["posted"], "%Y-%m-%d %H:%M")


def article_path(story: Story, cat: str | None = None) -> str:
    return f"/{MOD}/{cat or story.cat}/{story.slug}-{story.id}.html"


def _cat_items(cat: str) -> list:
    """The category's rows, newest first (listcatid: an article filed under two shows in both)."""
    items: list = [s for s in STORIES if s.cat == cat or s.opts.get("also_cat") == cat]
    if cat == "thong-bao":
        items.append(EXTERNAL)
    return sorted(items, key=lambda it: _when(it), reverse=True)


def _when(item) -> dt.datetime:
    if isinstance(item, Story):
        return _posted(item)
    return dt.datetime.strptime(item["posted"], "%Y-%m-%d %H:%M")


def _pages(cat: str) -> int:
    return max(1, -(-len(_cat_items(cat)) // PER_PAGE))


PAGE2_ONLY = [article_path(BY_ID[i]) for i in (388, 380, 372, 384)]


# --- dates and small pieces -----------------------------------------------------------------


def _dmy(when: dt.datetime) -> str:
    return when.strftime("%d/%m/%Y")


def _long(when: dt.datetime) -> str:
    """NukeViet's ``nv_date('l - d/m/Y H:i')`` in Vietnamese."""
    return f"{WEEKDAYS[when.weekday()]} - {when.strftime('%d/%m/%Y %H:%M')}"


def _php_t(when: dt.datetime) -> str:
    """``date('Y-m-dTH:i:s')``: PHP's ``T`` is the zone abbreviation, "+07" for Asia/Bangkok."""
    return when.strftime("%Y-%m-%d") + "+07" + when.strftime("%H:%M:%S")


def _attr_title(title: str) -> str:
    """A headline stored escaped by NukeViet and escaped once more by the theme's blocks."""
    return esc(esc(title))


def _cut(title: str, limit: int) -> str:
    """``nv_clean60``: cut at a word boundary, "..." appended."""
    if len(title) <= limit:
        return title
    return title[:limit].rsplit(" ", 1)[0] + "..."


def _thumb(src: str) -> str:
    return src.replace("/uploads/", "/assets/", 1)


def _link(item, cat: str | None = None) -> str:
    if isinstance(item, Story):
        return article_path(item, cat)
    return item["url"]


def _target(item) -> str:
    return "" if isinstance(item, Story) else ' target="_blank" rel="noopener"'


def _hometext(item) -> str:
    if isinstance(item, Story):
        return item.summary or ""
    return item["hometext"]


def _title_of(item) -> str:
    return item.title if isinstance(item, Story) else item["title"]


def _thumb_of(item) -> str:
    return _thumb(item.opts["thumb"] if isinstance(item, Story) else item["thumb"])


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("Trang nhất", "/", []),
    (
        "Giới thiệu",
        "/gioi-thieu/lich-su-phat-trien.html",
        [
            ("Lịch sử phát triển", "/gioi-thieu/lich-su-phat-trien.html"),
            ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc.html"),
        ],
    ),
    ("Tin tức", f"/{MOD}/", [(title, f"/{MOD}/{alias}/") for alias, title in CATS.items()]),
    ("Văn bản", "/van-ban/", []),
    ("Thời khóa biểu", "/thoi-khoa-bieu/", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu(active: str) -> str:
    out = ['<nav class="mnu-chinh" id="menusite"><div class="container"><ul class="nv_menu_ul navbar-vnp">']
    for label, href, subs in MENU:
        cls = ' class="current"' if href == active else ""
        if subs:
            out.append(
                f'<li class="dropdown{" current" if href == active else ""}"><a class="dropdown-toggle" '
                f'href="{href}" title="{label}">{label} <em class="fa fa-caret-down">&nbsp;</em></a>'
                '<ul class="dropdown-menu sub_mnu">'
            )
            out.extend(f'<li><a href="{h}" title="{sl}">{sl}</a></li>' for sl, h in subs)
            out.append("</ul></li>")
        else:
            out.append(f'<li{cls}><a href="{href}" title="{label}">{label}</a></li>')
    out.append("</ul></div></nav>")
    return "".join(out)


def _breadcrumbs(trail: list[tuple[str, str]]) -> str:
    """NukeViet 4's breadcrumbs: an empty visible list filled by JS from the hidden schema list."""
    items = [("Trang nhất", "/"), *trail]
    hidden = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<a href="{href}" itemprop="item" title="{esc(label)}"><span itemprop="name">{esc(label)}</span></a>'
        f'<i class="hidden" itemprop="position" content="{n}"></i></li>'
        for n, (label, href) in enumerate(items, 1)
    )
    return (
        '<div class="breadcrumbs-wrap"><div class="display">'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);">'
        '<em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div>'
        '<ul class="subs-breadcrumbs"></ul>'
        '<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">'
        f"{hidden}</ul></div>"
    )


def _most_read() -> str:
    chosen = sorted((BY_ID[i] for i in (412, 401, 410, 405, 407)), key=lambda s: s.views(), reverse=True)
    rows = "".join(
        f'<li class="clearfix"><a href="{article_path(s)}" title="{_attr_title(s.title)}">'
        f'<img src="{_thumb(s.opts["thumb"])}" alt="" width="60" class="img-thumbnail pull-left" /></a>'
        f'<a href="{article_path(s)}" title="{_attr_title(s.title)}">{esc(_cut(s.title, 62))}</a>'
        f' <span class="luot">({s.views()} lượt xem)</span></li>'
        for s in chosen
    )
    return (
        '<div class="blk-vnp" id="blk_xemnhieu"><div class="tit-blk"><span>Tin xem nhiều</span></div>'
        f'<div class="ct-blk"><ul class="lst-xemnhieu">{rows}</ul></div></div>'
    )


def _sidebar() -> str:
    return (
        '<div class="blk-vnp" id="blk_tkb"><div class="tit-blk"><span><em class="fa fa-calendar">'
        '</em> Thời khóa biểu</span></div><div class="ct-blk"><ul class="lst-tkb">'
        '<li><a href="/thoi-khoa-bieu/">TKB số 6 - áp dụng từ ngày 07/12/2026</a> '
        '<img src="/themes/thpt-vnpt/images/new.gif" alt="mới" /></li>'
        '<li><a href="/uploads/thoi-khoa-bieu/tkb-so-6-buoi-chieu.pdf">TKB buổi chiều (tăng tiết, '
        "ôn thi) - bản PDF</a></li></ul></div></div>"
        + _most_read()
        + '<div class="blk-vnp" id="blk_album"><div class="tit-blk"><span>Thư viện ảnh</span></div>'
        f'<div class="ct-blk"><a href="{ALBUM["path"]}" title="{ALBUM["title"]}"><img src="{ALBUM["cover"]}" '
        f'alt="{ALBUM["title"]}" width="270" /></a><p><a href="{ALBUM["path"]}">{ALBUM["title"]}</a> '
        f'({len(ALBUM["photos"])} ảnh)</p></div></div>'
        + '<div class="blk-vnp" id="blk_lienket"><div class="tit-blk"><span>Liên kết</span></div>'
        '<div class="ct-blk"><select class="form-control" onchange="if(this.value){window.open(this.value)}">'
        '<option value="">--- Liên kết website ---</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://khanhhoa.edu.vn">Sở GD&amp;ĐT Khánh Hòa</option>'
        '<option value="https://ninhhoa.khanhhoa.gov.vn">Cổng TTĐT thị xã Ninh Hòa</option>'
        '<option value="https://smas.edu.vn">Phần mềm quản lý trường học SMAS</option>'
        '</select><p class="banner-lk"><a href="https://thitotnghiepthpt.moet.gov.vn" target="_blank">'
        '<img src="/uploads/banner/thi-tot-nghiep-thpt.jpg" alt="Thi tốt nghiệp THPT" width="270" />'
        "</a></p></div></div>"
        '<div class="blk-vnp" id="blk_voting_2"><div class="tit-blk"><span>Thăm dò ý kiến</span></div>'
        '<div class="ct-blk"><form action="#" class="voting" onsubmit="return false;">'
        "<p><strong>Bạn biết đến website của trường qua kênh nào?</strong></p>"
        '<div class="radio"><label><input type="radio" name="option" value="5" /> Giáo viên chủ nhiệm '
        'giới thiệu</label></div><div class="radio"><label><input type="radio" name="option" value="6" /> '
        'Fanpage của trường</label></div><div class="radio"><label><input type="radio" name="option" '
        'value="7" /> Tìm kiếm trên Internet</label></div><div class="radio"><label><input type="radio" '
        'name="option" value="8" /> Bạn bè, người thân</label></div>'
        '<input class="btn btn-success btn-sm" type="button" value="Bình chọn" '
        "onclick=\"nv_sendvoting(this.form, '2', '1', 'a8f3c2d1e0', '', '0');\" /> "
        '<input class="btn btn-primary btn-sm" type="button" value="Kết quả" '
        "onclick=\"nv_sendvoting(this.form, '2', 0, 'a8f3c2d1e0', '', '0');\" /></form></div></div>"
        '<div class="blk-vnp" id="blk_counter"><div class="tit-blk"><span>Thống kê truy cập</span></div>'
        '<div class="ct-blk"><ul class="counter list-none display-table">'
        '<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li>'
        '<li><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay<span>1.204</span></li>'
        '<li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Tháng hiện tại</span><span>6.318</span></li>'
        '<li><span><em class="fa fa-bar-chart fa-lg fa-horizon"></em>Tổng lượt truy cập</span>'
        "<span>2.741.906</span></li></ul></div></div>"
    )


def _page(
    request: Request,
    *,
    title_tag: str,
    main: str,
    active: str = "",
    trail: list[tuple[str, str]] | None = None,
    head: str = "",
    description: str = "",
    top: str = "",
) -> Response:
    crumbs = _breadcrumbs(trail) if trail is not None else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{title_tag}</title>
<meta name="description" content="{esc(description)}">
<meta name="author" content="{SITE}">
<meta name="copyright" content="{SITE} [c3nguyenhue.ninhhoa@khanhhoa.edu.vn]">
<meta name="generator" content="NukeViet v4.4">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:site_name" content="{SITE}">
{head}
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1701234567">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1701234567">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.non-responsive.css?t=1701234567">
<link rel="StyleSheet" href="{THEME}/css/style.vnp.css?t=1701234567">
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.</div></noscript>
<div class="body-bg"><div class="wraper">
<header id="hd_vnp">
<div class="hd-top"><div class="container"><span class="ngay-hnay"><em class="fa fa-clock-o"></em> {TODAY_LINE}</span>
<form class="frm-timkiem" action="/seek/" method="get"><input type="text" name="q" maxlength="60" placeholder="Nhập từ khóa..." /><button type="submit"><em class="fa fa-search"></em></button></form>
<a class="lnk-fb" href="https://www.facebook.com/thptnguyenhue.ninhhoa" target="_blank"><em class="fa fa-facebook"></em></a></div></div>
<div class="banner-vnp"><div class="container"><a class="logo" href="/" title="{SITE}"><img src="{THEME}/images/logo-nguyen-hue.png" alt="{SITE}" width="96" height="96" /></a>
<div class="ten-don-vi"><p class="cq-chu-quan">SỞ GIÁO DỤC VÀ ĐÀO TẠO KHÁNH HÒA</p>
<h1 class="tentruong">TRƯỜNG THPT NGUYỄN HUỆ</h1>
<p class="khau-hieu">Kỷ cương - Tình thương - Trách nhiệm</p></div></div></div>
</header>
{_menu(active)}
<div class="marquee-tb"><div class="container"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026) và 37 năm Ngày hội Quốc phòng toàn dân!</marquee></div></div>
<section class="container" id="body_vnp">
{crumbs}
{top}
<div class="row">
<div class="col-sm-16 col-md-17" id="col_chinh">
{main}
</div>
<div class="col-sm-8 col-md-7" id="col_phai">
{_sidebar()}
</div>
</div>
</section>
<footer id="ft_vnp"><div class="container"><div class="row">
<div class="col-md-14 ft-info">
<p class="ft-ten"><strong>TRƯỜNG TRUNG HỌC PHỔ THÔNG NGUYỄN HUỆ</strong></p>
<p><em class="fa fa-map-marker"></em> Địa chỉ: Tổ dân phố 5, phường Ninh Hiệp, thị xã Ninh Hòa, tỉnh Khánh Hòa</p>
<p><em class="fa fa-phone"></em> Điện thoại: 0258 3845 126 - Hotline: 0905 118 246</p>
<p><em class="fa fa-envelope"></em> Email: <a href="mailto:c3nguyenhue.ninhhoa@khanhhoa.edu.vn">c3nguyenhue.ninhhoa@khanhhoa.edu.vn</a></p>
<p>Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Hùng - Hiệu trưởng</p>
</div>
<div class="col-md-10 ft-copy"><p>&copy; Bản quyền thuộc về Trường THPT Nguyễn Huệ</p>
<p>Ghi rõ nguồn "Trường THPT Nguyễn Huệ" khi phát hành lại thông tin từ website này.</p>
<p class="thiet-ke">Thiết kế bởi <a href="https://vnpt.com.vn" target="_blank">VNPT Khánh Hòa</a> - Vận hành trên nền <a href="https://nukeviet.vn" target="_blank">NukeViet</a></p></div>
</div></div></footer>
<a id="totop" href="#" title="Lên đầu trang"><em class="fa fa-chevron-up"></em></a>
</div></div>
<script src="/assets/js/jquery/jquery.min.js?t=1701234567"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_name_variable="nv",nv_fc_variable="op",nv_my_ofs=7,nv_cookie_prefix="nv4c_Kx2q1";</script>
<script src="/assets/js/global.js?t=1701234567"></script>
<script src="{THEME}/js/main.js?t=1701234567"></script>
<script src="{THEME}/js/jquery.lazy.min.js?t=1701234567"></script>
<script>$(function(){{$('img.lazy').Lazy();}});</script>
</body>
</html>
"""
    return html(doc)


# --- listings -------------------------------------------------------------------------------


def _slider() -> str:
    items = []
    for n, sid in enumerate((412, 410, 407, 401), 1):
        s = BY_ID[sid]
        items.append(
            f'<div class="item"><a href="{article_path(s)}" title="{_attr_title(s.title)}">'
            f'<img src="{s.opts["thumb"]}" alt="{_attr_title(s.title)}" width="760" height="420" /></a>'
            f'<div class="cap-slide"><span class="so">{n:02d}</span><h3><a href="{article_path(s)}">'
            f"{esc(_cut(s.title, 70))}</a></h3></div></div>"
        )
    return (
        '<div class="slide-home" id="vnp_slider_42"><div class="owl-carousel owl-theme" id="owl_42">'
        + "".join(items)
        + "</div></div>"
    )


def _home_tabs() -> str:
    """The "Tin tức - Sự kiện" block: one tab a category, all rendered; links built with the tab's alias."""
    heads, panes = [], []
    for n, (alias, title) in enumerate(CATS.items(), 1):
        active = n == 1
        li_cls = ' class="active"' if active else ""
        heads.append(
            f'<li{li_cls} role="presentation"><a href="#tab57_{n}" '
            f'aria-controls="tab57_{n}" role="tab" data-toggle="tab">{title}</a></li>'
        )
        items = _cat_items(alias)[:4]
        first, rest = items[0], items[1:]
        when = _when(first)
        big = (
            f'<div class="col-md-13 tin-lon"><a href="{_link(first, alias)}"{_target(first)}>'
            f'<img src="{_thumb_of(first)}" alt="" class="img-responsive" /></a>'
            f'<h3><a href="{_link(first, alias)}"{_target(first)}>{esc(_title_of(first))}</a></h3>'
            f'<p class="ngay"><em class="fa fa-clock-o"></em> {_dmy(when)}</p>'
            f'<p class="tomtat">{esc(_cut(_hometext(first), 160))}</p></div>'
        )
        lst = "".join(
            f'<li><em class="fa fa-caret-right"></em> <a href="{_link(it, alias)}"{_target(it)} '
            f'title="{_attr_title(_title_of(it))}">'
            f'{esc(_cut(_title_of(it), 75))}</a> '
            f'<span class="ngay">({_dmy(_when(it))})</span></li>'
            for it in rest
        )
        panes.append(
            f'<div role="tabpanel" class="tab-pane fade{" in active" if active else ""}" id="tab57_{n}">'
            f'<div class="row">{big}<div class="col-md-11"><ul class="tin-khac">{lst}</ul>'
            f'<p class="xem-het"><a href="/{MOD}/{alias}/">Xem tất cả &raquo;</a></p></div></div></div>'
        )
    return (
        '<div class="blk-tintuc-sukien" id="tabs_57"><div class="tit-tabs"><span>Tin tức - Sự kiện</span></div>'
        f'<ul class="nav nav-tabs" role="tablist">{"".join(heads)}</ul>'
        f'<div class="tab-content">{"".join(panes)}</div></div>'
    )


def home(request: Request) -> Response:
    main = (
        _home_tabs()
        + '<div class="blk-vnp" id="blk_gioithieu_home"><div class="tit-blk"><span>Giới thiệu chung</span></div>'
        '<div class="ct-blk"><p>Trường THPT Nguyễn Huệ được thành lập năm 1976, là một trong những trường '
        "trung học phổ thông lâu đời của thị xã Ninh Hòa. Năm học 2026 - 2027, trường có 33 lớp với hơn "
        '1.280 học sinh.</p><p class="text-right"><a href="/gioi-thieu/lich-su-phat-trien.html">Xem tiếp '
        "&raquo;</a></p></div></div>"
    )
    return _page(
        request,
        title_tag=f"{SITE} - Thị xã Ninh Hòa, tỉnh Khánh Hòa",
        main=main,
        active="/",
        top=_slider(),
        description="Cổng thông tin điện tử Trường THPT Nguyễn Huệ, thị xã Ninh Hòa, tỉnh Khánh Hòa",
        head='<meta property="og:type" content="website">',
    )


def news_main(request: Request) -> Response:
    """``viewcat_main_bottom``: per category the newest with its hometext, three titles under it."""
    blocks = []
    for alias, title in CATS.items():
        items = _cat_items(alias)[:4]
        first, rest = items[0], items[1:]
        ftitle = _title_of(first)
        lis = "".join(
            f'<li class="icon_list"><a class="show" href="{_link(it)}"{_target(it)} '
            f'title="{_attr_title(_title_of(it))}">'
            f'{esc(_title_of(it))}</a></li>'
            for it in rest
        )
        blocks.append(
            '<div class="news_column panel panel-default"><div class="panel-heading">'
            f'<h4 class="panel-title"><a title="{title}" href="/{MOD}/{alias}/"><span>{title}</span></a></h4></div>'
            '<div class="panel-body"><div class="row"><div class="col-md-12">'
            f'<a href="{_link(first)}"{_target(first)} title="{_attr_title(ftitle)}"><img src="{_thumb_of(first)}" '
            'alt="" width="183" class="img-thumbnail pull-left imghome" /></a>'
            f'<h3><a href="{_link(first)}"{_target(first)} title="{_attr_title(ftitle)}">{esc(ftitle)}</a></h3>'
            f'<p>{esc(_hometext(first))}</p></div><div class="col-md-12">'
            f'<ul class="related">{lis}</ul></div></div></div></div>'
        )
    return _page(
        request,
        title_tag=f"Tin Tức - {SITE}",
        main="".join(blocks),
        active=f"/{MOD}/",
        trail=[("Tin Tức", f"/{MOD}/")],
        description="Tin Tức - Trường THPT Nguyễn Huệ",
    )


def _row_item(it, cat: str) -> str:
    """One row of ``viewcat_page_new``."""
    title = _title_of(it)
    when = _when(it)
    hits = it.views() if isinstance(it, Story) else 0
    return (
        '<div class="news_column panel panel-default"><div class="panel-body item-tin">'
        f'<a href="{_link(it)}"{_target(it)} title="{_attr_title(title)}"><img alt="{_attr_title(title)}" '
        f'src="{_thumb_of(it)}" width="183" class="img-thumbnail pull-left imghome" /></a>'
        f'<h3><a href="{_link(it)}"{_target(it)} title="{_attr_title(title)}">{esc(title)}</a></h3>'
        '<div class="text-muted"><ul class="list-unstyled list-inline">'
        f'<li><em class="fa fa-clock-o">&nbsp;</em> {_long(when)}</li>'
        f'<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {hits}</li></ul></div>'
        f"{esc(_hometext(it))}</div></div>"
    )


def _pager(base: str, page: int, pages: int) -> str:
    if pages < 2:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}/"

    out = ['<div class="phan-trang text-center"><span class="lbl-trang">Trang</span> <ul class="pagination">']
    if page > 1:
        out.append(f'<li><a href="{href(page - 1)}" rel="prev">&laquo;</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            out.append(f'<li class="active"><span>{n}</span></li>')
        else:
            out.append(f'<li><a href="{href(n)}">{n}</a></li>')
    if page < pages:
        out.append(f'<li><a href="{href(page + 1)}" rel="next">&raquo;</a></li>')
    out.append("</ul></div>")
    return "".join(out)


def category(request: Request, alias: str, page: int) -> Response:
    items = _cat_items(alias)
    rows = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    title = CATS[alias]
    base = f"/{MOD}/{alias}/"
    main = (
        f'<div class="page-cat"><h2 class="tit-cat">{title}</h2>'
        + "".join(_row_item(it, alias) for it in rows)
        + _pager(base, page, _pages(alias))
        + "</div>"
    )
    suffix = f" - Trang {page}" if page > 1 else ""
    return _page(
        request,
        title_tag=f"{title}{suffix} - Tin Tức - {SITE}",
        main=main,
        active=f"/{MOD}/",
        trail=[("Tin Tức", f"/{MOD}/"), (title, base)],
        description=f"{title}{suffix}",
        head=f'<link rel="canonical" href="{base_url(request)}{base if page == 1 else f"{base}page-{page}/"}">',
    )


def tag_page(request: Request, tag: str) -> Response:
    items = sorted((s for s in STORIES if tag in s.opts.get("tags", [])), key=_posted, reverse=True)
    label = TAGS[tag]
    main = (
        f'<div class="page-tag"><h2 class="tit-cat">Từ khóa: {esc(label)}</h2>'
        + "".join(_row_item(s, s.cat) for s in items)
        + "</div>"
    )
    return _page(
        request,
        title_tag=f"{esc(label)} - Tin Tức - {SITE}",
        main=main,
        active=f"/{MOD}/",
        trail=[("Tin Tức", f"/{MOD}/"), (label, f"/{MOD}/tag/{tag}")],
        description=label,
    )


# --- the article ----------------------------------------------------------------------------

LOADING = f"{THEME}/images/loading.gif"


def _img_tag(img: Img, lazy: bool) -> str:
    alt = esc(img.caption or img.src.rsplit("/", 1)[-1])
    if lazy:
        return (
            f'<img alt="{alt}" class="lazy" data-src="{esc(img.src)}" height="533" src="{LOADING}" '
            'width="800" />'
        )
    return f'<img alt="{alt}" height="533" src="{esc(img.src)}" width="800" />'


def _render_img(img: Img, lazy: bool) -> str:
    tag = _img_tag(img, lazy)
    cap = esc(img.printed) if img.printed else ""
    if img.style == "fig":
        return (
            '<div style="text-align:center"><figure class="image" style="display:inline-block">'
            f"{tag}<figcaption>{cap}</figcaption></figure></div>"
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody>'
            f'<tr><td style="text-align:center">{tag}</td></tr>'
            f'<tr><td style="text-align:center"><span style="font-size:12px"><em>{cap}</em></span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "brcap":
        return f'<p style="text-align: center;">{tag}<br />\n<em>{cap}</em></p>'
    out = f'<p style="text-align: center;">{tag}</p>'
    if cap:
        out += f'\n<p style="text-align: center;"><em>{cap}</em></p>'
    return out


def _inline(p: P) -> str:
    if p.style == "nfd":
        return text(p.text, nfd=True)
    body = text(p.text)
    if p.style == "fn":
        body = re.sub(r"\[(\d+)\]", r"<sup>[\1]</sup>", body)
    if p.style == "emo":
        body = f'<img alt="👉" height="16" src="{FB_POINT}" width="16" /> {body}'
    return body


def _wrap(style: str, inner: str) -> str:
    if style == "div":
        return f'<div style="text-align: justify;">{inner}</div>'
    if style == "plain":
        return f"<p>{inner}</p>"
    if style == "h4":
        return f"<h4><strong>{inner}</strong></h4>"
    if style == "small":
        return f'<p><span style="font-size:12px;">{inner}</span></p>'
    if style == "indent":
        return (
            '<p style="margin-bottom:6pt; text-align:justify; text-indent:36pt"><span style="font-size:14pt">'
            f'<span style="font-family:Times New Roman,Times,serif">{inner}</span></span></p>'
        )
    if style == "nfd":
        return f'<p style="text-align: justify;"><span style="font-size:14px;">{inner}</span></p>'
    if style == "emo":
        return f"<p>{inner}</p>"
    return f'<p style="text-align: justify;">{inner}</p>'


def render_body(story: Story) -> str:
    lazy = bool(story.opts.get("lazy"))
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "lead")]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_render_img(b, lazy))
            i += 1
            continue
        if b.style in ("li", "ol", "row"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "row":
                rows = []
                for n, r in enumerate(group):
                    cells = r.text.split(" | ")
                    if n == 0:
                        rows.append("<tr>" + "".join(f'<td style="text-align:center"><strong>{text(c)}</strong></td>' for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{text(c)}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" class="table table-bordered" '
                    f'style="width:100%"><tbody>{"".join(rows)}</tbody></table>'
                )
            else:
                tag = "ul" if b.style == "li" else "ol"
                out.append(f"<{tag}>" + "".join(f"<li>{text(x.text)}</li>" for x in group) + f"</{tag}>")
            i = j
            continue
        parts = [_inline(b)]
        j = i + 1
        while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
            parts.append(text(blocks[j].text))
            j += 1
        out.append(_wrap(b.style, "<br />\n".join(parts)))
        i = j
    return "\n".join(out)


def _lead(story: Story) -> str:
    lead = next((b for b in story.blocks if isinstance(b, Img) and b.style == "lead"), None)
    if lead is None:
        return ""
    return (
        f'<figure class="article center"><img alt="{esc(lead.caption or story.title)}" src="{esc(lead.src)}" '
        f'width="760" class="img-thumbnail" /><figcaption>{esc(lead.printed or "")}</figcaption></figure>'
    )


def _related(story: Story, cat: str) -> str:
    newer = [
        it for it in _cat_items(cat) if isinstance(it, Story) and it.id != story.id and _posted(it) > _posted(story)
    ][-3:]
    if not newer:
        return ""
    lis = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(s)}" title="{_attr_title(s.title)}">'
        f"{esc(s.title)}</a> <em>({_dmy(_posted(s))})</em></li>"
        for s in newer
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body other-news">'
        f'<p class="h3"><strong>Tin liên quan</strong></p><div class="clearfix"><ul class="related list-items">{lis}'
        "</ul></div></div></div>"
    )


def _comments(story: Story, page_url: str) -> str:
    rows = "".join(
        '<div class="comment-list media"><a class="pull-left" href="#"><img class="media-object bg-gainsboro" '
        'src="/themes/default/images/users/no_avatar.png" width="40" alt="" /></a><div class="media-body">'
        f'<div class="comment-content"><p class="comment-title"><strong>{esc(name)}</strong> - {when}</p>'
        f'<div class="ndung-bl">{esc(body)}</div><div class="comment-info"><em class="fa fa-thumbs-o-up">'
        '</em> <a href="javascript:void(0);">Thích</a> <em class="fa fa-reply"></em> '
        '<a href="javascript:void(0);">Trả lời</a></div></div></div></div>'
        for name, when, body in story.opts.get("comments", [])
    )
    count = len(story.opts.get("comments", []))
    return (
        '<div class="news_column panel panel-default" id="binhluan"><div class="panel-body">'
        f'<p class="h3"><strong><em class="fa fa-comments"></em> Bình luận ({count})</strong></p>'
        '<ul class="nav nav-tabs"><li class="active"><a data-toggle="tab" href="#fbcm">Facebook</a></li>'
        '<li><a data-toggle="tab" href="#sitecm">Bình luận của bạn đọc</a></li></ul><div class="tab-content">'
        f'<div class="tab-pane fade in active" id="fbcm"><div class="fb-comments" data-href="{esc(page_url)}" '
        'data-numposts="5" data-colorscheme="light" data-width="100%"></div></div>'
        '<div class="tab-pane fade" id="sitecm"><div id="idcomment" class="nv-fullbg" data-module="tin-tuc" '
        f'data-content="news" data-area="8" data-id="{story.id}"><div id="showcomment" class="margin-bottom-lg">'
        f"{rows}</div>"
        '<form method="post" role="form" onsubmit="return nv_commment_feedback(this);">'
        '<input type="text" name="name" class="form-control" placeholder="Họ tên" />'
        '<input type="email" name="email" class="form-control" placeholder="Email" />'
        '<textarea class="form-control" name="content" rows="4" placeholder="Nội dung bình luận"></textarea>'
        '<img class="captchaImg" src="/index.php?scaptcha=captcha&amp;t=1733381111" width="150" height="40" alt="" />'
        '<input type="text" name="code" maxlength="6" class="form-control" placeholder="Mã bảo mật" />'
        '<input type="submit" class="btn btn-primary" value="Gửi bình luận" /></form></div></div></div></div></div>'
    )


def article(request: Request, story: Story, cat: str) -> Response:
    base = base_url(request)
    canonical = base + article_path(story)
    posted = _posted(story)
    edited = dt.datetime.strptime(story.opts["edited"], "%Y-%m-%d %H:%M") if "edited" in story.opts else None
    url_print = f"/{MOD}/print/{cat}/{story.slug}-{story.id}.html"
    url_save = f"/{MOD}/savefile/{cat}/{story.slug}-{story.id}.html"
    url_mail = f"/{MOD}/sendmail/{cat}/{story.slug}-{story.id}.html"
    here = article_path(story, cat)
    hometext = (
        f'<div class="hometext m-bottom" itemprop="description"><em>{esc(story.summary)}</em></div>'
        if story.summary
        else ""
    )
    author_lines = ""
    if story.opts.get("author_box"):
        author_lines += f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(story.opts["author_box"])}</p>'
    if story.opts.get("source_box"):
        author_lines += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(story.opts["source_box"])}</p>'
    author_box = f'<div class="margin-bottom-lg author">{author_lines}</div>' if author_lines else ""
    updated = (
        f'<p class="cap-nhat text-muted"><em class="fa fa-refresh"></em> Cập nhật: {edited.strftime("%d/%m/%Y %H:%M")}</p>'
        if edited
        else ""
    )
    files = ""
    if story.opts.get("files"):
        lis = "".join(
            f'<li class="list-group-item"><em class="fa fa-file-pdf-o"></em> {esc(label)} '
            f'<a class="btn btn-primary btn-xs" href="{here}?download=1&amp;id={n}" title="{esc(fname)}">'
            '<em class="fa fa-download"></em> Tải về</a> <a class="btn btn-default btn-xs" href="javascript:void(0);" '
            f"onclick=\"$('#filepreview{n}').toggle();\"><em class=\"fa fa-eye\"></em> Xem trực tuyến</a>"
            f'<div id="filepreview{n}" style="display:none" data-src="{here}?pdf=1&amp;id={n}"></div></li>'
            for n, (label, fname) in enumerate(story.opts["files"])
        )
        files = (
            '<div class="news-download"><p class="h4"><em class="fa fa-download"></em> <strong>Tập tin đính kèm'
            f'</strong></p><ul class="list-group">{lis}</ul></div>'
        )
    tags = ""
    if story.opts.get("tags"):
        links = ", ".join(
            f'<a title="{esc(TAGS[t])}" href="/{MOD}/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in story.opts["tags"]
        )
        tags = (
            '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
            f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div></div></div>'
        )
    votes = 2 + story.id % 5
    points = votes * 4 + story.id % 3
    rating = (
        '<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="">'
        f'<div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: {points} trong {votes} đánh giá</p>'
        f'<span>Xếp hạng: <span id="numberrating">{points / votes:.1f}</span> - <span id="click_rating">{votes}</span> '
        'phiếu bầu</span><div style="padding: 5px;">'
        + "".join(
            f'<input class="hover-star" type="radio" value="{k}" title="{t}" />'
            for k, t in enumerate(
                ["Bài viết rất kém", "Bài viết kém", "Bài viết đạt", "Bài viết tốt", "Bài viết rất tốt"], 1
            )
        )
        + '<span id="hover-test" style="margin:0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form></div></div>'
    )
    meta_desc = story.summary or re.sub(r"\s+", " ", story.paragraphs[0])[:160]
    head = (
        f'<meta property="og:title" content="{_attr_title(story.title)}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:description" content="{esc(meta_desc)}">\n'
        f'<meta property="og:image" content="{base}{esc(story.opts["thumb"])}">\n'
        f'<meta property="og:url" content="{canonical}">\n'
        f'<meta property="article:published_time" content="{_php_t(posted)}">\n'
        f'<meta property="article:modified_time" content="{_php_t(edited or posted)}">\n'
        f'<meta property="article:section" content="{CATS[cat]}">\n'
        + "".join(f'<meta property="article:tag" content="{esc(TAGS[t])}">\n' for t in story.opts.get("tags", []))
        + f'<link rel="canonical" href="{canonical}">'
    )
    main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5 ngay-dang">Đăng lúc: {posted.strftime("%d/%m/%Y %H:%M")}</span> <span class="luot-xem">| Lượt xem: {story.views()}</span></div>
<div class="col-md-12"><ul class="list-inline text-right cong-cu">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('{url_mail}','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{url_print}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{url_save}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
</ul></div>
</div>
<div class="clearfix">
{hometext}
{_lead(story)}
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_body(story)}
</div>
{author_box}
{updated}
{files}
<div class="social-share"><div class="fb-like" data-href="{canonical}" data-layout="button_count" data-action="like" data-share="true"></div> <a class="zalo-share-button" data-href="{canonical}" data-oaid="579745863508352884" data-layout="2">Zalo</a></div>
</div>
</div>
{tags}
{rating}
{_related(story, cat)}
{_comments(story, canonical)}"""
    return _page(
        request,
        title_tag=f"{_attr_title(story.title)} - {CATS[cat]} - {SITE}",
        main=main,
        active=f"/{MOD}/",
        trail=[("Tin Tức", f"/{MOD}/"), (CATS[cat], f"/{MOD}/{cat}/")],
        head=head,
        description=meta_desc,
    )


def _plain_article(request: Request, story: Story, *, for_print: bool) -> str:
    """print.tpl / savefile.tpl: a bare page with the article and the site's address."""
    posted = _posted(story)
    tool = (
        '<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" '
        'href="javascript:;" onclick="window.print()">In ra</a></li>'
        if for_print
        else ""
    )
    author = ""
    if story.opts.get("author_box"):
        author += f'<strong>Tác giả bài viết</strong>: {esc(story.opts["author_box"])} '
    if story.opts.get("source_box"):
        author += f'<strong>Nguồn tin:</strong> {esc(story.opts["source_box"])}'
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{_attr_title(story.title)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="StyleSheet" href="{THEME}/css/print.css"></head>
<body><div id="print"><div id="hd_print"><h2 class="pull-left">{SITE}</h2>
<p class="pull-right"><a title="{SITE}" href="{base_url(request)}/">{base_url(request)[7:]}</a></p></div>
<div class="clear"></div><hr />
<div id="content"><h1>{esc(story.title)}</h1>
<ul class="list-inline"><li>{_long(posted)}</li>{tool}</ul>
<div class="clear"></div>
<div id="hometext">{esc(story.summary or "")}</div>
{_lead(story)}
<div class="bodytext">{render_body(story)}</div>
<div id="author">{author}</div>
</div>
<div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong>
<a href="{base_url(request)}{article_path(story)}">{base_url(request)}{article_path(story)}</a></div>
<div class="copyright">&copy; {SITE}</div>
<div id="contact"><a href="mailto:c3nguyenhue.ninhhoa@khanhhoa.edu.vn">c3nguyenhue.ninhhoa@khanhhoa.edu.vn</a></div>
</div></div></body></html>
"""


def sendmail(request: Request, story: Story) -> Response:
    return html(
        f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Gửi bài viết qua email</title>
<meta name="robots" content="noindex, nofollow"></head><body><div id="sendmail">
<h2>Gửi bài viết qua email</h2><p>Bài viết: <strong>{esc(story.title)}</strong></p>
<form method="post" action="/{MOD}/sendmail/{story.cat}/{story.slug}-{story.id}.html" onsubmit="return false;">
<label>Tên của bạn <input type="text" name="name" /></label><label>Email người nhận <input type="email" name="email" /></label>
<label>Lời nhắn <textarea name="content"></textarea></label><input type="submit" value="Gửi" /></form></div></body></html>"""
    )


# --- other modules --------------------------------------------------------------------------

PAGES = {
    "lich-su-phat-trien": (
        "Lịch sử phát triển",
        [
            "Trường THPT Nguyễn Huệ được thành lập tháng 9 năm 1976 với tên gọi ban đầu là Trường cấp III "
            "Ninh Hòa, khi đó chỉ có 6 lớp học với hơn 300 học sinh.",
            "Năm 1991, trường được đổi tên thành Trường THPT Nguyễn Huệ. Trải qua gần 50 năm xây dựng và "
            "trưởng thành, nhà trường đã đào tạo hàng chục nghìn học sinh, nhiều người trở thành cán bộ "
            "lãnh đạo, nhà khoa học, doanh nhân thành đạt.",
            "Năm 2019, trường được công nhận đạt chuẩn quốc gia mức độ 1 và được Chủ tịch nước tặng "
            "Huân chương Lao động hạng Ba.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: Thầy Nguyễn Văn Hùng.",
            "Phó Hiệu trưởng: Thầy Lê Văn Thành, cô Trần Thị Thu Sương.",
            "Nhà trường có 9 tổ chuyên môn, tổ Văn phòng, Chi bộ, Công đoàn cơ sở và Đoàn trường với "
            "tổng số 96 cán bộ, giáo viên, nhân viên.",
        ],
    ),
}

DOC = {
    "alias": "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
    "title": "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
    "code": "168/KH-THPTNH",
    "date": "05/09/2026",
    "signer": "Nguyễn Văn Hùng",
    "file": "/uploads/van-ban/168-kh-thptnh-ke-hoach-giao-duc-2026-2027.pdf",
}


ALBUM = {
    "path": "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027-12.html",
    "title": "Lễ khai giảng năm học 2026 - 2027",
    "cover": "/uploads/thu-vien-anh/2026_09/khai-giang-01.jpg",
    "photos": [f"/uploads/thu-vien-anh/2026_09/khai-giang-{n:02d}.jpg" for n in range(1, 7)],
}


def album(request: Request) -> Response:
    thumbs = "".join(
        f'<div class="col-xs-12 col-md-8 anh-item"><a href="{src}" data-fancybox="album12">'
        f'<img src="{_thumb(src)}" alt="Khai giảng {n}" class="img-thumbnail" /></a></div>'
        for n, src in enumerate(ALBUM["photos"], 1)
    )
    main = (
        f'<div class="album-detail panel panel-default"><div class="panel-body"><h2 class="title">{ALBUM["title"]}</h2>'
        '<p class="text-muted"><em class="fa fa-calendar"></em> 05/09/2026 - <em class="fa fa-eye"></em> 1.032 lượt xem</p>'
        f'<div class="row">{thumbs}</div></div></div>'
    )
    return _page(
        request, title_tag=f"{ALBUM['title']} - Thư viện ảnh - {SITE}", main=main,
        trail=[("Thư viện ảnh", ALBUM["path"]), (ALBUM["title"], ALBUM["path"])], description=ALBUM["title"],
    )


def static_page(request: Request, alias: str) -> Response:
    title, paras = PAGES[alias]
    main = (
        f'<div class="page panel panel-default"><div class="panel-body"><h2 class="title">{title}</h2>'
        + "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
        + "</div></div>"
    )
    return _page(
        request,
        title_tag=f"{title} - Giới thiệu - {SITE}",
        main=main,
        active="/gioi-thieu/lich-su-phat-trien.html",
        trail=[("Giới thiệu", "/gioi-thieu/lich-su-phat-trien.html"), (title, f"/gioi-thieu/{alias}.html")],
        description=paras[0],
    )


def contact(request: Request) -> Response:
    main = (
        '<div class="page panel panel-default"><div class="panel-body"><h2 class="title">Liên hệ</h2>'
        "<p><strong>TRƯỜNG THPT NGUYỄN HUỆ</strong></p><p>Địa chỉ: Tổ dân phố 5, phường Ninh Hiệp, thị xã "
        "Ninh Hòa, tỉnh Khánh Hòa</p><p>Điện thoại: 0258 3845 126 - Hotline: 0905 118 246</p>"
        '<form method="post" action="/lien-he/" class="form-lienhe"><input type="text" name="fname" '
        'placeholder="Họ và tên" /><input type="email" name="femail" placeholder="Email" />'
        '<input type="text" name="ftitle" placeholder="Tiêu đề" /><textarea name="fcon"></textarea>'
        '<input type="submit" value="Gửi thư" /></form></div></div>'
    )
    return _page(
        request, title_tag=f"Liên hệ - {SITE}", main=main, active="/lien-he/",
        trail=[("Liên hệ", "/lien-he/")], description="Liên hệ",
    )


def timetable(request: Request) -> Response:
    rows = [
        ("Thứ hai", "Chào cờ | Toán | Toán | Ngữ văn | Tiếng Anh"),
        ("Thứ ba", "Vật lý | Hóa học | Ngữ văn | Ngữ văn | Lịch sử"),
        ("Thứ tư", "Toán | Tiếng Anh | Sinh học | GDTC | GDQP-AN"),
    ]
    body = "".join(
        f"<tr><td>{d}</td>" + "".join(f"<td>{c}</td>" for c in cells.split(" | ")) + "</tr>" for d, cells in rows
    )
    main = (
        '<div class="page panel panel-default"><div class="panel-body"><h2 class="title">Thời khóa biểu số 6 '
        "- áp dụng từ ngày 07/12/2026</h2><p>Lớp 12A1 (buổi sáng)</p>"
        '<table class="table table-bordered"><tr><th>Thứ</th><th>Tiết 1</th><th>Tiết 2</th><th>Tiết 3</th>'
        f"<th>Tiết 4</th><th>Tiết 5</th></tr>{body}</table>"
        '<p><a href="/uploads/thoi-khoa-bieu/tkb-so-6-buoi-chieu.pdf">Tải TKB buổi chiều</a></p></div></div>'
    )
    return _page(
        request, title_tag=f"Thời khóa biểu - {SITE}", main=main, active="/thoi-khoa-bieu/",
        trail=[("Thời khóa biểu", "/thoi-khoa-bieu/")], description="Thời khóa biểu số 6",
    )


def documents(request: Request) -> Response:
    main = (
        '<div class="laws panel panel-default"><div class="panel-body"><h2 class="title">Văn bản</h2>'
        '<table class="table table-striped"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th>'
        f'</tr></thead><tbody><tr><td>{DOC["code"]}</td><td>{DOC["date"]}</td><td><a href="/van-ban/{DOC["alias"]}.html">'
        f'{DOC["title"]}</a></td></tr></tbody></table></div></div>'
    )
    return _page(
        request, title_tag=f"Văn bản - {SITE}", main=main, active="/van-ban/",
        trail=[("Văn bản", "/van-ban/")], description="Văn bản",
    )


def document(request: Request) -> Response:
    main = (
        '<div class="laws panel panel-default"><div class="panel-body">'
        f'<h2 class="title">{DOC["title"]}</h2><table class="table table-bordered">'
        f'<tr><td>Số ký hiệu</td><td>{DOC["code"]}</td></tr><tr><td>Ngày ban hành</td><td>{DOC["date"]}</td></tr>'
        f'<tr><td>Trích yếu</td><td>{DOC["title"]}</td></tr><tr><td>Người ký</td><td>{DOC["signer"]}</td></tr>'
        f'<tr><td>Tệp đính kèm</td><td><a href="{DOC["file"]}">Tải về</a></td></tr></table></div></div>'
    )
    return _page(
        request, title_tag=f"{DOC['title']} - Văn bản - {SITE}", main=main, active="/van-ban/",
        trail=[("Văn bản", "/van-ban/"), (DOC["title"], f"/van-ban/{DOC['alias']}.html")],
        description=DOC["title"],
    )


# --- routing --------------------------------------------------------------------------------

_ARTICLE = re.compile(rf"^/{MOD}/(?:(print|savefile|sendmail)/)?([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CATPAGE = re.compile(rf"^/{MOD}/([a-z0-9-]+)/(?:page-(\d+)/)?$")


def _pdf(name: str, attachment: bool = True) -> Response:
    disp = "attachment" if attachment else "inline"
    return Response(
        200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": f'{disp}; filename="{name}"'}
    )


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/assets/", "/themes/")):
            if path.endswith(".pdf") and path.startswith("/uploads/"):
                return _pdf(path.rsplit("/", 1)[-1])
            return static_file(path)
        if path == "/index.php":
            return self._index_php(request)
        if request.query and request.method == "GET" and not _ARTICLE.match(path):
            return None
        if path == "/":
            return home(request)
        if path == f"/{MOD}":
            return redirect(f"/{MOD}/", 301)
        if path == f"/{MOD}/":
            return news_main(request)
        m = _ARTICLE.match(path)
        if m:
            return self._article(request, *m.groups())
        if path.startswith(f"/{MOD}/tag/"):
            tag = path[len(f"/{MOD}/tag/") :]
            return tag_page(request, tag) if tag in TAGS else None
        m = _CATPAGE.match(path)
        if m and m.group(1) in CATS:
            alias, page = m.group(1), int(m.group(2) or 1)
            if m.group(2) is not None and page == 1:
                return redirect(f"/{MOD}/{alias}/", 301)
            if 1 <= page <= _pages(alias):
                return category(request, alias, page)
            return None
        if path == f"/{MOD}/" + path.rsplit("/", 1)[-1] and path.rsplit("/", 1)[-1] in CATS:
            return redirect(path + "/", 301)
        if path.startswith("/gioi-thieu/") and path.endswith(".html"):
            alias = path[len("/gioi-thieu/") : -len(".html")]
            return static_page(request, alias) if alias in PAGES else None
        if path == "/lien-he/":
            return contact(request)
        if path == "/thoi-khoa-bieu/":
            return timetable(request)
        if path == ALBUM["path"]:
            return album(request)
        if path == "/van-ban/":
            return documents(request)
        if path == f"/van-ban/{DOC['alias']}.html":
            return document(request)
        return None

    def _index_php(self, request: Request) -> Response | None:
        """The non-rewritten URL: NukeViet answers with a 301 to the rewritten one."""
        params = {k: v[0] for k, v in parse_qs(request.query).items()}
        if not params:
            return redirect("/", 301)
        if params.get("nv") != MOD:
            return None
        op = params.get("op", "")
        if not op:
            return redirect(f"/{MOD}/", 301)
        m = re.match(r"^([a-z0-9-]+)/([a-z0-9-]+)-(\d+)$", op)
        if m and int(m.group(3)) in BY_ID:
            story = BY_ID[int(m.group(3))]
            if m.group(1) in (story.cat, story.opts.get("also_cat")):
                return redirect(article_path(story, m.group(1)), 301)
        if op in CATS:
            return redirect(f"/{MOD}/{op}/", 301)
        return None

    def _article(self, request: Request, tool: str | None, cat: str, slug: str, sid: str) -> Response | None:
        story = BY_ID.get(int(sid))
        if story is None or cat not in (story.cat, story.opts.get("also_cat")):
            return None
        clean = article_path(story, cat)
        if tool:
            if slug != story.slug or request.query:
                return None
            if tool == "print":
                return html(_plain_article(request, story, for_print=True))
            if tool == "savefile":
                return html(
                    _plain_article(request, story, for_print=False),
                    headers={"Content-Disposition": f'attachment; filename="{story.slug}.html"'},
                )
            return sendmail(request, story)
        if slug != story.slug:
            return redirect(clean, 301)
        if request.query:
            params = request.params
            files = story.opts.get("files", [])
            if params.get("id", "").isdigit() and int(params["id"]) < len(files) and set(params) == {"download", "id"}:
                return _pdf(files[int(params["id"])][1])
            if params.get("id", "").isdigit() and int(params["id"]) < len(files) and set(params) == {"pdf", "id"}:
                return _pdf(files[int(params["id"])][1], attachment=False)
            return redirect(clean, 301)
        return article(request, story, cat)


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    tail = f"{story.cat}/{story.slug}-{story.id}.html"
    alts = [f"/{MOD}/print/{tail}", f"/{MOD}/savefile/{tail}"]
    if story.opts.get("also_cat"):
        other = story.opts["also_cat"]
        alts += [
            article_path(story, other),
            f"/{MOD}/print/{other}/{story.slug}-{story.id}.html",
            f"/{MOD}/savefile/{other}/{story.slug}-{story.id}.html",
        ]
    if story.opts.get("old_alias"):
        alts.append(f"/{MOD}/{story.cat}/{story.opts['old_alias']}-{story.id}.html")
    if story.id == 398:
        alts.append(f"/index.php?language=vi&nv={MOD}&op={story.cat}/{story.slug}-{story.id}")
    return alts


GOLD = [gold_record(s, article_path(s), CATS[s.cat], alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-phat-trien.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/lien-he/",
    "/thoi-khoa-bieu/",
    f"/van-ban/{DOC['alias']}.html",
    ALBUM["path"],
]
