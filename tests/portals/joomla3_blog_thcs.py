"""Fixture portal: Trường THCS Phan Bội Châu (Tam Kỳ, Quảng Nam) on Joomla 3.9, category blogs.

Why: a great many lower-secondary schools still run the Joomla 3 site a local studio set up for
them around 2016-2019: a Protostar-derived template (``templates/pbc_school``, Bootstrap 2
``row-fluid`` / ``span9`` / ``span3``), SEF URLs with URL rewriting, core com_content in the
*blog* layout, a handful of third-party modules. Nothing about it is exotic; what a crawler has
to get right is Joomla's own habits.

What it serves (all UTF-8, ``<base href>`` to the current URL in every page as Joomla 3 prints):

- Home ``/`` (menu item "Trang chủ", alias ``trang-chu``, the *featured* view): 1 leading + 4
  intro articles (the five featured ones). Its links go to ``/trang-chu/<id>-<alias>``: the very
  same article as ``/tin-tuc/<cat>/<id>-<alias>`` under the home menu item (``alt_paths``).
- ``/tin-tuc`` (menu item on the parent category "Tin tức", blog layout, subcategory articles
  included), ``/tin-tuc/hoat-dong``, ``/tin-tuc/thong-bao``, ``/tin-tuc/chuyen-mon`` (one menu
  item per subcategory): 1 leading article (info block, intro image, intro text) + 4 intro
  articles in 2 columns (``items-row cols-2 row-fluid`` / ``span6``), "Đọc thêm: <title>"
  readmore buttons on ``/tin-tuc`` and home, "Đọc thêm ..." on the subcategory menu items
  (show_readmore_title off there), Joomla pagination ``?start=5`` / ``?start=10`` with "Đầu",
  "Trước", "1 2 3", "Tiếp", "Cuối" and "Trang 1 / 3". As in Joomla 3, "Đầu" and "1" link to
  ``?limitstart=0`` (the first page again under another URL). ``/tin-tuc`` has 13 articles, 3
  pages; "Hoạt động" 6 (2 pages); "Thông báo" 4; "Chuyên môn" 3. ``?start`` past the end answers
  200 with an empty blog (Joomla does; nothing links there). Every blog announces
  ``?format=feed&type=rss`` and ``&type=atom`` (10 newest items, absolute links, pubDate with the
  time).
- Articles ``/tin-tuc/<cat>/<id>-<alias>``: ``div.item-page`` with ``div.page-header h2
  itemprop=headline``, the icons dropdown (print / email), ``dl.article-info.muted`` ("Viết bởi
  Super User" or an alias, "Danh mục: …", "Ngày đăng: 13 Tháng 11 2026" inside ``<time
  datetime="…T08:14:00+07:00">``, "Lượt xem: N"), the full-text image ``div.pull-left.item-image``,
  ``div[itemprop=articleBody]`` (TinyMCE output: justified ``<p>``, Word-pasted ``MsoNormal``
  spans, ``<ul>``, a bordered table, images), ``ul.tags``, the ``pager pagenav`` ("« Trước" /
  "Tiếp »") and the "Các bài viết khác" module (5 other articles of the category, with dates).
  No ``rel=canonical``: the System - SEF plugin only prints one when its "Site Domain" option is
  filled in, and the studio left it empty; so neither the category URL nor the home URL is
  marked as preferred (the gold path is the category URL, the home URL is an alt path).
- Traps: the print view ``<article>?tmpl=component&print=1`` (the whole article again, in the
  component template, ``robots noindex, nofollow``, ``window.print()``) and the email form
  ``/component/mailto/?tmpl=component&template=pbc_school&link=<sha1>`` linked from every article
  (and from its home-URL twin). Unknown article ids are a real 404 (Joomla's error page); an
  article id under a wrong alias still answers 200 (Joomla 3 routes by id) but nothing links one.
- Non-articles: "Giới thiệu" (two single-article menu items, no date, no author, no hits),
  "Liên hệ" (com_contact: card, cloaked email, form), "Văn bản" (a com_content category in *list*
  layout: a table "Tiêu đề | Ngày đăng | Lượt xem"; each entry is a com_content article whose
  whole text is a download link to a PDF), "Thư viện ảnh" (Phoca Gallery: albums of thumbnails
  linking to the large images), "Tìm kiếm" (com_search), tag pages
  ``/component/tags/tag/<id>-<alias>``, mod_login's reset / remind pages.
- Chrome on every page: header with logo and "Thứ Tư, ngày 25/11/2026" (TODAY), mod_menu
  (``nav nav-pills menu``), a slideshow banner on the home page, mod_breadcrumbs ("Bạn đang ở:
  Trang chủ / Tin tức / Hoạt động / <title>"), sidebar: mod_search, mod_login, "Tin mới nhất"
  (mod_articles_latest overridden with dates), banners ("Liên kết website"), a visitor counter
  (Vinaora style), footer with address, hotline and email.

Gold (by hand), judgement calls:

- Articles are the 13 com_content items of "Tin tức"'s three subcategories. The "Văn bản"
  entries (only a file link, no text), "Giới thiệu" pages, print and email views, listings and
  the gallery are not articles.
- ``category`` is the subcategory printed in "Danh mục:" and in the breadcrumb ("Hoạt động"),
  not the parent "Tin tức".
- ``published_at`` is the date printed after "Ngày đăng:", date only: the page prints no time.
  The ``<time datetime>`` attribute and the feed's pubDate carry a time, but a reader sees none
  (the visible date wins).
- "Viết bởi Super User" / "Viết bởi Quản trị" name accounts, not authors. Where the editor filled
  in Joomla's "created by alias" with a person's name ("Viết bởi Phạm Minh Tuấn") and the text
  signs nothing else, that person is the author.
- In-text credits at the end: "Người viết: X" → author X (a role after a dash, "– Tổ trưởng …",
  is dropped); "Ảnh: Y" → photographer Y; "Bài và ảnh: Z" → Z in both; a right-aligned italic
  bare name → author; "Nguồn: …" → source as printed. Credits are not body text.
- Joomla 3.9 prints an image caption only as ``<img class="caption" title="…">`` (the intro /
  full-text image's caption field, or TinyMCE's "caption" class); the page's ``caption.js``
  (``new JCaption('img.caption')``) turns it into a visible line under the photo. A reader with
  a browser sees that line, so the title of a ``class="caption"`` image is its caption. A
  ``title`` on an image *without* that class is only a hover tooltip: no caption. An italic
  centred line the editor typed under a photo is its caption. Images with none of these have
  caption None. The full-text image is the article's first image.
- ``summary``: Joomla has no sapo field; where the editor made the intro text (the part before
  the "Đọc thêm" split, shown in the blog) one bold paragraph, that paragraph is the sapo and the
  body's first paragraph. Plain intro paragraphs are no sapo (summary None).
- A table's rows are body paragraphs, cells joined by " | " (header row included); list items
  are paragraphs. Spacer ``<p>&nbsp;</p>`` lines and "Tải về" attachment links are not text.
- Article 291 was saved with TinyMCE's "named" entity encoding: its text is written as
  character references (``&agrave;``, ``&#7897;``).
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

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

NAME = "joomla3_blog_thcs"
PLATFORM = "joomla3"
START_PATH = "/"

SITE = "Trường THCS Phan Bội Châu"
CITY = "Tam Kỳ"
ADDRESS = "Số 12 đường Trần Quý Cáp, phường An Mỹ, thành phố Tam Kỳ, tỉnh Quảng Nam"
HOTLINE = "0235 3 852 417"
EMAIL = "thcsphanboichau.tk@quangnam.edu.vn"
TEMPLATE = "pbc_school"
PER_PAGE = 5  # 1 leading + 4 intro
FEED_LIMIT = 10
_LOCAL = timezone(timedelta(hours=7))

#: subcategory alias -> (category id, name)
CATS: dict[str, tuple[int, str]] = {
    "hoat-dong": (9, "Hoạt động"),
    "thong-bao": (10, "Thông báo"),
    "chuyen-mon": (11, "Chuyên môn"),
}
#: tag alias -> (id, title)
TAGS: dict[str, tuple[int, str]] = {
    "doan-doi": (2, "Đoàn - Đội"),
    "chuyen-de": (3, "Chuyên đề"),
    "ky-nang-song": (4, "Kỹ năng sống"),
    "kiem-tra": (5, "Kiểm tra - Đánh giá"),
}

_IM = "/images/2026"

# Block styles. P: "" justified paragraph, "lead" bold intro paragraph, "word" MsoNormal span
# (pasted from Word), "li" list item (consecutive ones form one <ul>), "th"/"tr" table rows
# (cells split on " | "), "h3" subheading. Img: "full" (the full-text image field, printed
# before the body; ``printed`` goes to the image's caption field), "caption" (TinyMCE image
# with class="caption" and title), "title" (a title attribute without class caption: a
# tooltip), "plain" (no title), "em" (the editor typed an italic centred line under it).
# opts: at (HH:MM of publish_up), intro (number of P in the intro text, default 1), thumb
# (intro image), by (created_by name shown after "Viết bởi"), featured, tags, attach
# (href, label), entities.
STORIES: list[Story] = [
    Story(
        id=312,
        slug="soi-noi-hoi-thi-chung-em-ke-chuyen-bac-ho-nam-hoc-2026-2027",
        title="Sôi nổi Hội thi “Chúng em kể chuyện Bác Hồ” năm học 2026 - 2027",
        cat="hoat-dong",
        published_at="2026-11-23",
        summary=(
            "Nhằm tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí"
            " Minh trong học sinh, chiều 21/11/2026, Liên đội Trường THCS Phan Bội Châu tổ chức Hội"
            " thi “Chúng em kể chuyện Bác Hồ” năm học 2026 - 2027."
        ),
        blocks=[
            Img(
                f"{_IM}/11/ke-chuyen-bac-ho-2026.jpg",
                "Ban Giám hiệu trao giải Nhất cho em Nguyễn Ngọc Bảo Trâm, lớp 8/3",
                "Ban Giám hiệu trao giải Nhất cho em Nguyễn Ngọc Bảo Trâm, lớp 8/3",
                "full",
            ),
            P(
                "Nhằm tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí"
                " Minh trong học sinh, chiều 21/11/2026, Liên đội Trường THCS Phan Bội Châu tổ chức Hội"
                " thi “Chúng em kể chuyện Bác Hồ” năm học 2026 - 2027.",
                "lead",
            ),
            P(
                "Tham gia hội thi có 24 thí sinh đến từ 24 chi đội trong toàn trường. Mỗi thí sinh kể"
                " một câu chuyện về cuộc đời hoạt động cách mạng và tấm gương đạo đức của Bác, sau đó"
                " trả lời câu hỏi của Ban giám khảo về bài học rút ra cho bản thân."
            ),
            Img(
                f"{_IM}/11/hoi%20thi%20ke%20chuyen%20bac%20ho%2002.jpg",
                "Thí sinh Lê Hoàng Phúc (lớp 7/2) kể câu chuyện “Bác Hồ với thiếu nhi”",
                "Thí sinh Lê Hoàng Phúc (lớp 7/2) kể câu chuyện “Bác Hồ với thiếu nhi”",
                "caption",
            ),
            P(
                "Nhiều câu chuyện được các em thể hiện sinh động, giàu cảm xúc như: “Chiếc đồng hồ”,"
                " “Bác Hồ với thiếu nhi”, “Đôi dép Bác Hồ”, “Bài học về tiết kiệm”. Một số thí sinh"
                " còn kết hợp kể chuyện với trình chiếu hình ảnh, hát minh họa, tạo không khí hào hứng"
                " cho khán giả."
            ),
            P(
                "Kết thúc hội thi, Ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 4 giải Khuyến"
                " khích cho các thí sinh. Em Nguyễn Ngọc Bảo Trâm (lớp 8/3) đạt giải Nhất và sẽ đại"
                " diện nhà trường tham gia hội thi cấp thành phố vào tháng 12/2026."
            ),
            Raw('<p style="text-align: right;"><strong>Người viết: Lê Thị Thu Hà</strong></p>'),
            Raw('<p style="text-align: right;"><strong>Ảnh: Trần Văn Nam</strong></p>'),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["Trần Văn Nam"],
        opts={"at": "16:42", "featured": True, "tags": ["doan-doi"], "thumb": f"{_IM}/11/ke-chuyen-bac-ho-2026.jpg"},
    ),
    Story(
        id=311,
        slug="thong-bao-lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-20",
        blocks=[
            P(
                "Căn cứ kế hoạch giáo dục nhà trường năm học 2026 - 2027, Trường THCS Phan Bội Châu"
                " thông báo lịch kiểm tra giữa học kỳ I các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "th"),
            P("30/11/2026 | Sáng | 6, 7 | Ngữ văn | 90 phút", "tr"),
            P("30/11/2026 | Chiều | 8, 9 | Ngữ văn | 90 phút", "tr"),
            P("01/12/2026 | Sáng | 6, 7 | Toán | 90 phút", "tr"),
            P("01/12/2026 | Chiều | 8, 9 | Toán | 90 phút", "tr"),
            P("02/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "tr"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra tại lớp theo kế hoạch của tổ chuyên"
                " môn, hoàn thành trước ngày 05/12/2026."
            ),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh"
                " và đồ dùng học tập cần thiết; không mang điện thoại, tài liệu vào phòng kiểm tra."
            ),
        ],
        opts={"at": "09:05", "featured": True, "tags": ["kiem-tra"], "by": "Quản trị"},
    ),
    Story(
        id=309,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat="hoat-dong",
        published_at="2026-11-18",
        summary=(
            "Sáng 18/11/2026, Trường THCS Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam và tổng kết phong trào thi đua “Hai tốt” đợt 1."
        ),
        blocks=[
            Img(f"{_IM}/11/le-ky-niem-20-11.jpg", None, None, "full"),
            P(
                "Sáng 18/11/2026, Trường THCS Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
                " Nhà giáo Việt Nam và tổng kết phong trào thi đua “Hai tốt” đợt 1.",
                "lead",
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo thành phố Tam Kỳ, Đảng"
                " ủy, UBND phường An Mỹ, Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo đã"
                " từng công tác tại trường.",
                "word",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Nguyễn Văn Hùng ôn lại truyền thống vẻ vang"
                " của ngành Giáo dục và những kết quả nổi bật của nhà trường trong năm học vừa qua:"
                " tỉ lệ học sinh lên lớp đạt 99,2%, 38 học sinh đạt giải học sinh giỏi cấp thành phố,"
                " 11 học sinh đạt giải cấp tỉnh.",
                "word",
            ),
            Img(
                f"{_IM}/11/tang-hoa-thay-co-20-11.jpg",
                "Đại diện Liên đội tặng hoa chúc mừng các thầy cô giáo",
                "Đại diện Liên đội tặng hoa chúc mừng các thầy cô giáo",
                "caption",
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 15 tập thể lớp và 42 cá nhân có thành tích xuất"
                " sắc trong đợt thi đua. Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do giáo"
                " viên và học sinh biểu diễn.",
                "word",
            ),
            Img(f"{_IM}/11/van-nghe-chao-mung-20-11.jpg", None, None, "plain"),
            Raw('<p style="text-align: right;"><em>Nguyễn Thị Minh Nguyệt</em></p>'),
        ],
        authors=["Nguyễn Thị Minh Nguyệt"],
        opts={"at": "14:20", "featured": True, "tags": [], "thumb": f"{_IM}/11/le-ky-niem-20-11.jpg"},
    ),
    Story(
        id=307,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-ngu-van-8",
        title="Chuyên đề “Dạy học phát triển năng lực môn Ngữ văn 8 theo Chương trình GDPT 2018”",
        cat="chuyen-mon",
        published_at="2026-11-13",
        summary=(
            "Ngày 11/11/2026, tổ Ngữ văn Trường THCS Phan Bội Châu tổ chức chuyên đề cấp trường"
            " “Dạy học phát triển năng lực môn Ngữ văn 8 theo Chương trình giáo dục phổ thông 2018”"
            " với sự tham dự của giáo viên Ngữ văn các trường THCS trong cụm chuyên môn số 2."
        ),
        blocks=[
            Img(
                f"{_IM}/11/chuyen-de-ngu-van-8.jpg",
                "Cô Trương Thị Mỹ Linh dạy minh họa bài “Chiếc lá cuối cùng” tại lớp 8/5",
                "Cô Trương Thị Mỹ Linh dạy minh họa bài “Chiếc lá cuối cùng” tại lớp 8/5",
                "full",
            ),
            P(
                "Ngày 11/11/2026, tổ Ngữ văn Trường THCS Phan Bội Châu tổ chức chuyên đề cấp trường"
                " “Dạy học phát triển năng lực môn Ngữ văn 8 theo Chương trình giáo dục phổ thông 2018”"
                " với sự tham dự của giáo viên Ngữ văn các trường THCS trong cụm chuyên môn số 2.",
                "lead",
            ),
            P("Chuyên đề gồm hai phần:", ""),
            P("Phần 1: Báo cáo lý thuyết về các phương pháp, kỹ thuật dạy học đọc hiểu văn bản truyện.", "li"),
            P("Phần 2: Tiết dạy minh họa và thảo luận, rút kinh nghiệm theo hướng nghiên cứu bài học.", "li"),
            P(
                "Tiết dạy minh họa được tổ chức theo hình thức học theo trạm, học sinh làm việc nhóm,"
                " sử dụng phiếu học tập và sơ đồ tư duy để khám phá nhân vật cụ Bơ-men. Các em mạnh dạn"
                " trình bày, tranh luận và liên hệ bài học với thực tế cuộc sống."
            ),
            P(
                "Qua thảo luận, các thầy cô thống nhất nhiều giải pháp để nâng cao chất lượng dạy học"
                " đọc hiểu: tăng cường câu hỏi mở, giao nhiệm vụ đọc trước ở nhà và đánh giá quá trình"
                " bằng bảng kiểm."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Người viết: Trương Thị Mỹ Linh – Tổ trưởng tổ'
                " Ngữ văn</strong></p>"
            ),
        ],
        authors=["Trương Thị Mỹ Linh"],
        opts={"at": "10:30", "featured": True, "tags": ["chuyen-de"], "thumb": f"{_IM}/11/thumbs/chuyen-de-ngu-van-8.jpg"},
    ),
    Story(
        id=305,
        slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn",
        cat="hoat-dong",
        published_at="2026-11-09",
        blocks=[
            P(
                "Hưởng ứng chương trình “Kế hoạch nhỏ” của Hội đồng Đội thành phố, sáng thứ Hai"
                " 09/11/2026, Liên đội Trường THCS Phan Bội Châu phát động đợt thu gom giấy vụn, vỏ"
                " chai nhựa trong toàn thể đội viên."
            ),
            Img(f"{_IM}/11/ke-hoach-nho-2026.jpg", "Các chi đội tập kết giấy vụn tại sân trường", "Các chi đội tập kết giấy vụn tại sân trường", "em"),
            P(
                "Chỉ sau một tuần, các chi đội đã thu gom được hơn 1,2 tấn giấy vụn và 3.400 vỏ chai"
                " nhựa. Chi đội 9/1 dẫn đầu với 146 kg giấy, tiếp theo là các chi đội 8/2 và 6/4."
            ),
            P(
                "Toàn bộ số tiền thu được từ phong trào sẽ được dùng để mua quà tặng học sinh có hoàn"
                " cảnh khó khăn nhân dịp Tết Nguyên đán và hỗ trợ quỹ “Áo ấm cho em” của Hội đồng Đội"
                " thành phố."
            ),
        ],
        authors=["Phạm Minh Tuấn"],
        opts={"at": "07:45", "featured": True, "tags": ["doan-doi", "ky-nang-song"], "by": "Phạm Minh Tuấn", "thumb": f"{_IM}/11/ke-hoach-nho-2026.jpg"},
    ),
    Story(
        id=303,
        slug="thong-bao-hop-cha-me-hoc-sinh-giua-hoc-ky-i",
        title="Thông báo về việc tổ chức họp cha mẹ học sinh giữa học kỳ I",
        cat="thong-bao",
        published_at="2026-11-05",
        blocks=[
            P(
                "Nhà trường tổ chức họp cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027 vào lúc 7 giờ"
                " 30 phút, Chủ nhật ngày 15/11/2026 tại các phòng học của lớp."
            ),
            P("Nội dung cuộc họp:"),
            P("Thông báo kết quả học tập, rèn luyện của học sinh giữa học kỳ I;", "li"),
            P("Triển khai công tác phòng chống bạo lực học đường, an toàn giao thông;", "li"),
            P("Trao đổi, thống nhất biện pháp phối hợp giáo dục học sinh trong học kỳ I.", "li"),
            P(
                "Kính đề nghị quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ. Trường hợp không"
                " dự được, phụ huynh vui lòng liên hệ giáo viên chủ nhiệm."
            ),
        ],
        opts={"at": "15:10", "tags": [], "attach": ("/images/vanban/2026/thong-bao-hop-phu-huynh-hk1.pdf", "Tải về thông báo (PDF)")},
    ),
    Story(
        id=300,
        slug="hoc-sinh-tham-gia-ngay-hoi-tuoi-tre-sang-tao",
        title="Học sinh nhà trường tham gia Ngày hội “Tuổi trẻ sáng tạo” thành phố Tam Kỳ",
        cat="hoat-dong",
        published_at="2026-10-30",
        blocks=[
            P(
                "Ngày 28/10/2026, tại Nhà Văn hóa Thanh niên thành phố, Phòng Giáo dục và Đào tạo phối"
                " hợp với Thành đoàn Tam Kỳ tổ chức Ngày hội “Tuổi trẻ sáng tạo” năm 2026 dành cho học"
                " sinh THCS."
            ),
            P(
                "Trường THCS Phan Bội Châu tham gia với 4 sản phẩm, trong đó mô hình “Thùng rác phân"
                " loại tự động” của nhóm học sinh lớp 9/2 được Ban tổ chức đánh giá cao về tính ứng dụng"
                " và đạt giải Nhì."
            ),
            Img(
                f"{_IM}/10/tuoi-tre-sang-tao-9-2.jpg",
                "Nhóm học sinh lớp 9/2 giới thiệu mô hình với Ban giám khảo",
                "Nhóm học sinh lớp 9/2 giới thiệu mô hình với Ban giám khảo",
                "caption",
            ),
            P(
                "Ngày hội là dịp để học sinh rèn luyện kỹ năng nghiên cứu, làm việc nhóm và khơi dậy"
                " niềm đam mê khoa học, kỹ thuật trong thế hệ trẻ."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Phòng GD&amp;ĐT thành phố Tam Kỳ</em></p>'),
        ],
        source="Phòng GD&ĐT thành phố Tam Kỳ",
        opts={"at": "08:50", "tags": ["ky-nang-song"], "thumb": f"{_IM}/10/tuoi-tre-sang-tao-9-2.jpg"},
    ),
    Story(
        id=298,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="chuyen-mon",
        published_at="2026-10-22",
        summary=(
            "Từ ngày 12 đến 21/10/2026, Trường THCS Phan Bội Châu tổ chức Hội thi giáo viên dạy giỏi"
            " cấp trường với 18 giáo viên tham gia ở 9 môn học."
        ),
        blocks=[
            Img(
                f"{_IM}/10/gvdg-cap-truong.jpg",
                "Tiết dạy môn Khoa học tự nhiên của thầy Huỳnh Văn Phúc",
                "Tiết dạy môn Khoa học tự nhiên của thầy Huỳnh Văn Phúc",
                "full",
            ),
            P(
                "Từ ngày 12 đến 21/10/2026, Trường THCS Phan Bội Châu tổ chức Hội thi giáo viên dạy giỏi"
                " cấp trường với 18 giáo viên tham gia ở 9 môn học.",
                "lead",
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy và trình bày một biện pháp nâng cao chất"
                " lượng giáo dục. Các tiết dạy được thiết kế theo định hướng phát triển phẩm chất, năng"
                " lực học sinh, ứng dụng hiệu quả công nghệ thông tin."
            ),
            Img(f"{_IM}/10/gvdg-tiet-day-tieng-anh.jpg", "gvdg-tiet-day-tieng-anh", None, "title"),
            P(
                "Kết quả, 14 giáo viên được công nhận giáo viên dạy giỏi cấp trường; nhà trường chọn 6"
                " giáo viên tiêu biểu dự thi cấp thành phố trong tháng 01/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Người viết: Đặng Thị Kim Oanh</strong><br><strong>Ảnh: Võ Văn Long</strong></p>'),
        ],
        authors=["Đặng Thị Kim Oanh"],
        photographers=["Võ Văn Long"],
        opts={"at": "16:05", "tags": ["chuyen-de"], "thumb": f"{_IM}/10/gvdg-cap-truong.jpg"},
    ),
    Story(
        id=296,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-do-anh-huong-cua-bao-so-9",
        title="Thông báo cho học sinh nghỉ học do ảnh hưởng của bão số 9",
        cat="thong-bao",
        published_at="2026-10-15",
        blocks=[
            P(
                "Thực hiện Công văn số 1875/SGDĐT-VP ngày 15/10/2026 của Sở Giáo dục và Đào tạo tỉnh"
                " Quảng Nam về việc ứng phó với bão số 9, nhà trường thông báo cho toàn thể học sinh"
                " nghỉ học ngày 16/10/2026 và ngày 17/10/2026."
            ),
            P(
                "Giáo viên chủ nhiệm thông báo đến cha mẹ học sinh qua nhóm Zalo của lớp; nhắc nhở học"
                " sinh không đi ra ngoài khi mưa bão, tuyệt đối không đến gần sông, suối, khu vực ngập"
                " nước. Lịch học bù sẽ được nhà trường thông báo sau."
            ),
        ],
        opts={"at": "17:35", "tags": []},
    ),
    Story(
        id=294,
        slug="tuyen-truyen-phong-chong-duoi-nuoc-cho-hoc-sinh",
        title="Tuyên truyền phòng, chống đuối nước cho học sinh",
        cat="hoat-dong",
        published_at="2026-10-08",
        blocks=[
            P(
                "Chiều 06/10/2026, Trường THCS Phan Bội Châu phối hợp với Hội Chữ thập đỏ thành phố"
                " tổ chức buổi tuyên truyền, hướng dẫn kỹ năng phòng, chống đuối nước cho hơn 300 học"
                " sinh khối 6 và khối 7."
            ),
            Img(f"{_IM}/10/phong-chong-duoi-nuoc-1.jpg", "Hướng dẫn học sinh cách sơ cứu người bị đuối nước", "Hướng dẫn học sinh cách sơ cứu người bị đuối nước", "caption"),
            P(
                "Tại buổi tuyên truyền, các học sinh được nghe báo cáo viên chia sẻ về nguyên nhân, hậu"
                " quả của tai nạn đuối nước; được hướng dẫn cách nhận biết vùng nước nguy hiểm, cách tự"
                " cứu khi gặp nạn và cách sơ cứu ban đầu."
            ),
            Img(f"{_IM}/10/phong-chong-duoi-nuoc-2.jpg", None, None, "plain"),
            P(
                "Buổi tuyên truyền góp phần nâng cao nhận thức, trang bị kỹ năng cần thiết để các em"
                " tự bảo vệ mình, nhất là trong mùa mưa lũ."
            ),
            Raw('<p style="text-align: right;"><strong>Bài và ảnh: Võ Thị Ngọc Ánh</strong></p>'),
        ],
        authors=["Võ Thị Ngọc Ánh"],
        photographers=["Võ Thị Ngọc Ánh"],
        opts={"at": "10:12", "tags": ["ky-nang-song"], "thumb": f"{_IM}/10/phong-chong-duoi-nuoc-1.jpg"},
    ),
    Story(
        id=291,
        slug="to-khoa-hoc-tu-nhien-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
        title="Tổ Khoa học tự nhiên sinh hoạt chuyên môn theo nghiên cứu bài học",
        cat="chuyen-mon",
        published_at="2026-09-28",
        blocks=[
            P(
                "Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, ngày 25/9/2026, tổ Khoa học tự"
                " nhiên tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với bài “Tốc độ"
                " chuyển động” (Khoa học tự nhiên 7)."
            ),
            P("Các bước của buổi sinh hoạt", "h3"),
            P("Giáo viên dạy minh họa tại lớp 7/3, các thành viên trong tổ dự giờ và quan sát học sinh.", "li"),
            P("Người dạy chia sẻ mục tiêu, ý tưởng thiết kế bài học.", "li"),
            P("Người dự chia sẻ những điều quan sát được và đề xuất điều chỉnh.", "li"),
            P(
                "Qua buổi sinh hoạt, các giáo viên rút ra nhiều kinh nghiệm trong việc tổ chức hoạt động"
                " thực hành, đo thời gian và quãng đường, giúp học sinh chủ động khám phá kiến thức."
            ),
            Raw('<p style="text-align: right;"><em>Huỳnh Văn Phúc</em></p>'),
        ],
        authors=["Huỳnh Văn Phúc"],
        opts={"at": "15:40", "tags": ["chuyen-de"], "entities": 1},
    ),
    Story(
        id=289,
        slug="dai-hoi-lien-doi-nhiem-ky-2026-2027",
        title="Đại hội Liên đội Trường THCS Phan Bội Châu nhiệm kỳ 2026 - 2027",
        cat="hoat-dong",
        published_at="2026-09-18",
        summary=(
            "Sáng 16/9/2026, Liên đội Trường THCS Phan Bội Châu tổ chức thành công Đại hội Liên đội"
            " nhiệm kỳ 2026 - 2027 với sự tham dự của 96 đại biểu là chỉ huy các chi đội."
        ),
        blocks=[
            P(
                "Sáng 16/9/2026, Liên đội Trường THCS Phan Bội Châu tổ chức thành công Đại hội Liên đội"
                " nhiệm kỳ 2026 - 2027 với sự tham dự của 96 đại biểu là chỉ huy các chi đội.",
                "lead",
            ),
            P(
                "Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi nhiệm kỳ 2025 - 2026:"
                " Liên đội được Hội đồng Đội tỉnh tặng Bằng khen, 100% chi đội đạt danh hiệu chi đội"
                " mạnh."
            ),
            Img(f"{_IM}/09/dai-hoi-lien-doi.jpg", "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội", "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội", "caption"),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ mới gồm 11 đồng chí; em Trần Gia Hân (lớp"
                " 9/1) được tín nhiệm bầu làm Liên đội trưởng."
            ),
            Raw('<p style="text-align: right;"><strong>Người viết: Phạm Minh Tuấn</strong></p>'),
        ],
        authors=["Phạm Minh Tuấn"],
        opts={"at": "11:00", "tags": ["doan-doi"], "thumb": f"{_IM}/09/dai-hoi-lien-doi.jpg"},
    ),
    Story(
        id=287,
        slug="thong-bao-thoi-khoa-bieu-ap-dung-tu-ngay-07-9-2026",
        title="Thông báo thời khóa biểu áp dụng từ ngày 07/9/2026",
        cat="thong-bao",
        published_at="2026-09-04",
        blocks=[
            P(
                "Nhà trường thông báo thời khóa biểu học kỳ I năm học 2026 - 2027, áp dụng từ thứ Hai"
                " ngày 07/9/2026. Buổi sáng dành cho khối 8 và khối 9, buổi chiều dành cho khối 6 và"
                " khối 7."
            ),
            P(
                "Giáo viên và học sinh xem chi tiết thời khóa biểu trong tệp đính kèm dưới đây. Mọi thắc"
                " mắc xin liên hệ thầy Lê Quang Vinh, Phó Hiệu trưởng phụ trách chuyên môn."
            ),
        ],
        opts={"at": "16:15", "tags": [], "by": "Quản trị", "attach": ("/images/vanban/2026/tkb-hk1-2026-2027.pdf", "Thời khóa biểu học kỳ I (PDF)")},
    ),
]

_BY_ID = {s.id: s for s in STORIES}


def cat_name(story: Story) -> str:
    return CATS[story.cat][1]


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.cat}/{story.id}-{story.slug}"


def home_path(story: Story) -> str:
    return f"/trang-chu/{story.id}-{story.slug}"


def print_path(path: str) -> str:
    return f"{path}?tmpl=component&print=1"


def mailto_path(path: str) -> str:
    digest = hashlib.sha1(path.encode("utf-8")).hexdigest()
    return f"/component/mailto/?tmpl=component&template={TEMPLATE}&link={digest}"


def newest(cat: str | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or s.cat == cat]
    return sorted(items, key=lambda s: (s.published_at, s.opts["at"]), reverse=True)


FEATURED = [s for s in newest() if s.opts.get("featured")]


def _pages(n: int) -> int:
    return max(1, -(-n // PER_PAGE))



# --- non-article content --------------------------------------------------------------------

#: "Văn bản" entries: com_content articles of category 12 (list layout) holding only a file link
DOCS: list[tuple[int, str, str, str, str]] = [
    (
        268,
        "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
        "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        "2026-09-10",
        "/images/vanban/2026/ke-hoach-giao-duc-2026-2027.pdf",
    ),
    (
        266,
        "quy-che-chi-tieu-noi-bo-nam-2026",
        "Quy chế chi tiêu nội bộ năm 2026",
        "2026-09-08",
        "/images/vanban/2026/quy-che-chi-tieu-noi-bo-2026.pdf",
    ),
    (
        262,
        "cong-khai-chat-luong-giao-duc-nam-hoc-2025-2026",
        "Công khai chất lượng giáo dục thực tế năm học 2025 - 2026 (Biểu mẫu 09)",
        "2026-08-28",
        "/images/vanban/2026/bieu-mau-09-2025-2026.pdf",
    ),
    (
        257,
        "noi-quy-hoc-sinh",
        "Nội quy học sinh Trường THCS Phan Bội Châu",
        "2026-08-20",
        "/images/vanban/2026/noi-quy-hoc-sinh.pdf",
    ),
]


def doc_path(doc: tuple[int, str, str, str, str]) -> str:
    return f"/van-ban/{doc[0]}-{doc[1]}"


#: "Giới thiệu" single-article menu items: alias -> (article id, title, paragraphs)
PAGES: dict[str, tuple[int, str, list[str]]] = {
    "lich-su-phat-trien": (
        3,
        "Lịch sử hình thành và phát triển",
        [
            "Trường THCS Phan Bội Châu được thành lập năm 1976, tiền thân là Trường cấp II Tam Kỳ."
            " Qua gần 50 năm xây dựng và phát triển, nhà trường luôn là một trong những đơn vị dẫn"
            " đầu ngành giáo dục thành phố.",
            "Năm học 2026 - 2027, trường có 36 lớp với 1.512 học sinh, 78 cán bộ, giáo viên, nhân"
            " viên. Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.",
        ],
    ),
    "co-cau-to-chuc": (
        4,
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: thầy Nguyễn Văn Hùng. Phó Hiệu trưởng: thầy Lê Quang Vinh, cô Trần Thị"
            " Bích Thủy.",
            "Nhà trường có 5 tổ chuyên môn: Ngữ văn, Toán - Tin, Khoa học tự nhiên, Khoa học xã hội,"
            " Ngoại ngữ - Nghệ thuật và tổ Văn phòng.",
        ],
    ),
}

#: Phoca Gallery albums: (id, alias, title, number of photos)
ALBUMS: list[tuple[int, str, str, int]] = [
    (7, "le-khai-giang-nam-hoc-2026-2027", "Lễ khai giảng năm học 2026 - 2027", 6),
    (6, "hoi-trai-truyen-thong-26-3", "Hội trại truyền thống 26/3", 4),
]


def album_path(album: tuple[int, str, str, int]) -> str:
    return f"/thu-vien-anh/{album[0]}-{album[1]}"


# --- gold -----------------------------------------------------------------------------------

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        cat_name(s),
        alt_paths=[home_path(s)] if s.opts.get("featured") else [],
    )
    for s in newest()
]

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    "/tin-tuc?limitstart=0",
    *(f"/tin-tuc?start={n * PER_PAGE}" for n in range(1, _pages(len(STORIES)))),
    *(f"/tin-tuc/{c}" for c in CATS),
    *(f"/tin-tuc/{c}?limitstart=0" for c in CATS if _pages(len(newest(c))) > 1),
    *(
        f"/tin-tuc/{c}?start={n * PER_PAGE}"
        for c in CATS
        for n in range(1, _pages(len(newest(c))))
    ),
    *(f"/gioi-thieu/{a}" for a in PAGES),
    "/van-ban",
    *(doc_path(d) for d in DOCS),
    "/thu-vien-anh",
    *(album_path(a) for a in ALBUMS),
    "/lien-he",
    "/tim-kiem",
    *(f"/component/tags/tag/{i}-{a}" for a, (i, _) in TAGS.items() if any(a in s.opts["tags"] for s in STORIES)),
    "/component/users/?view=reset&Itemid=101",
    "/component/users/?view=remind&Itemid=101",
    *(print_path(article_path(s)) for s in STORIES),
    *(print_path(home_path(s)) for s in FEATURED),
    *(mailto_path(article_path(s)) for s in STORIES),
    *(mailto_path(home_path(s)) for s in FEATURED),
]


# --- rendering: article parts ---------------------------------------------------------------

_MONTH = "Tháng {m}"


def shown_date(iso: str) -> str:
    """Joomla's DATE_FORMAT_LC3 in the vi-VN pack: "13 Tháng 11 2026"."""
    y, m, d = iso[:10].split("-")
    return f"{d} {_MONTH.format(m=int(m))} {y}"


def _dt(story: Story) -> datetime:
    h, mi = story.opts["at"].split(":")
    y, m, d = story.published_at.split("-")
    return datetime(int(y), int(m), int(d), int(h), int(mi), tzinfo=_LOCAL)


def _t(value: str, story: Story | None = None) -> str:
    if story is not None and story.opts.get("entities"):
        return text(value, entities=story.opts["entities"])
    return text(value)


_WH = ' width="600" height="400"'
_ITEMPROP = ' itemprop="image"'


def _img_tag(img: Img, story: Story, extra: str = "") -> str:
    if img.style in ("caption", "full") and img.printed:
        return f'<img class="caption" src="{img.src}" alt="" title="{esc(img.printed)}"{extra} />'
    if img.style == "title":
        return f'<img src="{img.src}" alt="{esc(img.printed or "")}" title="{esc(img.printed or "")}" width="600" height="400" />'
    return f'<img src="{img.src}" alt=""{extra} />'


def _body(story: Story, upto: int | None = None) -> str:
    """The article text as TinyMCE saved it; ``upto`` stops after that many paragraphs (intro)."""
    out: list[str] = []
    open_list = open_table = False
    seen = 0

    def close() -> None:
        nonlocal open_list, open_table
        if open_list:
            out.append("</ul>")
            open_list = False
        if open_table:
            out.append("</tbody>\n</table>")
            open_table = False

    for block in story.blocks:
        if upto is not None and seen >= upto:
            break
        if isinstance(block, Img):
            if block.style == "full":
                continue
            close()
            if block.style == "em":
                out.append(f'<p style="text-align: center;">{_img_tag(block, story, _WH)}</p>')
                out.append(f'<p style="text-align: center;"><em>{_t(block.printed or "", story)}</em></p>')
            else:
                out.append(
                    f'<p style="text-align: center;">{_img_tag(block, story, _WH)}</p>'
                )
            continue
        if isinstance(block, Raw):
            close()
            out.append(block.html if not story.opts.get("entities") else entity_mix(block.html))
            continue
        seen += 1
        t = _t(block.text, story)
        if block.style == "li":
            if open_table:
                close()
            if not open_list:
                out.append("<ul>")
                open_list = True
            out.append(f"<li>{t}</li>")
            continue
        if block.style in ("th", "tr"):
            if open_list:
                close()
            if not open_table:
                out.append(
                    '<table style="width: 100%; border-collapse: collapse;" border="1" cellpadding="5">\n<tbody>'
                )
                open_table = True
            tag = "th" if block.style == "th" else "td"
            cells = "".join(f"<{tag}>{c}</{tag}>" for c in t.split(" | "))
            out.append(f"<tr>{cells}</tr>")
            continue
        close()
        if block.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
        elif block.style == "word":
            out.append(
                '<p class="MsoNormal" style="text-align: justify; text-indent: 36pt;"><span style="font-size:'
                f" 13pt; font-family: 'times new roman', times;\">{t}</span></p>"
            )
        elif block.style == "h3":
            out.append(f"<h3>{t}</h3>")
        else:
            out.append(f'<p style="text-align: justify;">{t}</p>')
    close()
    if upto is None:
        out.append("<p>&nbsp;</p>")
    return "\n".join(out)


def _intro_count(story: Story) -> int:
    return story.opts.get("intro", 1)


def _info_block(story: Story, *, hits: bool = True, author: bool = True) -> str:
    name = CATS[story.cat][1]
    dt = _dt(story)
    by = story.opts.get("by", "Super User")
    parts = ['<dl class="article-info muted">', "", '<dt class="article-info-term">Chi tiết</dt>']
    if author:
        parts.append(
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">\n'
            f'\tViết bởi <span itemprop="name">{esc(by)}</span>\t</dd>'
        )
    parts.append(
        '<dd class="category-name">\n\t\t\t\t\t\t\tDanh mục: '
        f'<a href="/tin-tuc/{story.cat}" itemprop="genre">{esc(name)}</a>\t</dd>'
    )
    parts.append(
        '<dd class="published">\n\t\t\t\t<span class="icon-calendar" aria-hidden="true"></span>\n'
        f'\t\t\t\t<time datetime="{dt.isoformat()}" itemprop="datePublished">\n'
        f"\t\t\tNgày đăng: {shown_date(story.published_at)}\t\t</time>\n\t\t\t</dd>"
    )
    if hits:
        parts.append(
            '<dd class="hits">\n\t\t\t\t\t<span class="icon-eye-open" aria-hidden="true"></span>\n'
            f'\t\t\t\t\t<meta itemprop="interactionCount" content="UserPageVisits:{story.views()}" />\n'
            f"\t\t\t\t\tLượt xem: {story.views()}\t\t\t</dd>"
        )
    parts.append("</dl>")
    return "\n".join(parts)


def _icons(story: Story, path: str) -> str:
    pr = esc(print_path(path))
    ml = esc(mailto_path(path))
    return f"""<div class="icons">
	<div class="btn-group pull-right">
		<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{story.id}" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
			<span class="icon-cog" aria-hidden="true"></span>
			<span class="caret" aria-hidden="true"></span>
		</button>
		<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{story.id}">
			<li class="print-icon"> <a href="{pr}" title="In bài viết &lt; {esc(story.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow">			<span class="icon-print" aria-hidden="true"></span>
		In	</a> </li>
			<li class="email-icon"> <a href="{ml}" title="Gửi email liên kết này cho bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow">			<span class="icon-envelope" aria-hidden="true"></span>
		Email	</a> </li>
		</ul>
	</div>
</div>"""


def _tags(story: Story) -> str:
    if not story.opts["tags"]:
        return ""
    items = []
    for n, alias in enumerate(story.opts["tags"]):
        tid, title = TAGS[alias]
        items.append(
            f'<li class="tag-{tid} tag-list{n}" itemprop="keywords">\n\t\t\t\t\t<a href="/component/tags/tag/{tid}-{alias}" class="label label-info">\n'
            f"\t\t\t\t\t\t{esc(title)}\t\t\t\t\t</a>\n\t\t\t\t</li>"
        )
    return '\n<ul class="tags inline">\n' + "\n".join(items) + "\n</ul>\n"


def _pagenav(story: Story) -> str:
    items = newest(story.cat)
    i = items.index(story)
    out = ['<ul class="pager pagenav">']
    if i > 0:
        p = items[i - 1]
        out.append(
            f'\t<li class="previous">\n\t\t<a class="hasTooltip" title="{esc(p.title)}" aria-label="Bài trước: {esc(p.title)}"'
            f' href="{article_path(p)}" rel="prev">\n\t\t\t<span class="icon-chevron-left" aria-hidden="true"></span>'
            ' <span aria-hidden="true">« Trước</span>\t\t</a>\n\t</li>'
        )
    if i < len(items) - 1:
        n = items[i + 1]
        out.append(
            f'\t<li class="next">\n\t\t<a class="hasTooltip" title="{esc(n.title)}" aria-label="Bài tiếp theo: {esc(n.title)}"'
            f' href="{article_path(n)}" rel="next">\n\t\t\t<span aria-hidden="true">Tiếp »</span>'
            ' <span class="icon-chevron-right" aria-hidden="true"></span>\t\t</a>\n\t</li>'
        )
    out.append("</ul>")
    return "\n".join(out)


def _full_image(story: Story) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img) and b.style == "full"), None)
    if img is None:
        return ""
    return f'<div class="pull-left item-image"> {_img_tag(img, story, _ITEMPROP)} </div>'


def _attachment(story: Story) -> str:
    if "attach" not in story.opts:
        return ""
    href, label = story.opts["attach"]
    return (
        '<div class="pbc-dinhkem"><span class="icon-download"></span> Tải về: '
        f'<a href="{href}" target="_blank" rel="noopener">{esc(label)}</a></div>'
    )


def _item_page(story: Story, path: str, *, printing: bool = False) -> str:
    tools = (
        '<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;">'
        '<span class="icon-print" aria-hidden="true"></span> In</a></div>'
        if printing
        else _icons(story, path)
    )
    return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	<div class="page-header">
		<h2 itemprop="headline">
			{esc(story.title)}
		</h2>
	</div>
{tools}
{_info_block(story)}
{_full_image(story)}
	<div itemprop="articleBody">
		{_body(story)}
	</div>
{_attachment(story)}
{'' if printing else _tags(story)}
{'' if printing else _pagenav(story)}
</div>"""


def _other_articles(story: Story) -> str:
    others = [s for s in newest(story.cat) if s is not story][:5]
    lis = "\n".join(
        f'\t<li>\n\t\t<a class="mod-articles-category-title " href="{article_path(s)}">{esc(s.title)}</a>\n'
        f'\t\t<span class="mod-articles-category-date">({s.published_at[8:10]}/{s.published_at[5:7]}/{s.published_at[:4]})</span>\n\t</li>'
        for s in others
    )
    return (
        '<div class="moduletable pbc-baikhac">\n<h3 class="pbc-module-title">Các bài viết khác</h3>\n'
        f'<ul class="category-module pbc-baikhac">\n{lis}\n</ul>\n</div>'
    )


# --- rendering: page chrome -----------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", 101),
    ("/gioi-thieu", "Giới thiệu", 102),
    ("/tin-tuc", "Tin tức", 103),
    ("/van-ban", "Văn bản", 108),
    ("/thu-vien-anh", "Thư viện ảnh", 109),
    ("/lien-he", "Liên hệ", 110),
    ("/tim-kiem", "Tìm kiếm", 111),
]
_SUBMENU = {
    "/gioi-thieu": [(f"/gioi-thieu/{a}", t, 104 + n) for n, (a, (_, t, _p)) in enumerate(PAGES.items())],
    "/tin-tuc": [(f"/tin-tuc/{c}", name, 105 + n) for n, (c, (_, name)) in enumerate(CATS.items())],
}


def _menu(active: str) -> str:
    lis = []
    for href, label, item in _MENU:
        cls = f"item-{item}" + (" default" if href == "/" else "")
        if active == href or (href != "/" and active.startswith(href)):
            cls += " current active"
        sub = _SUBMENU.get(href)
        if sub:
            # "Giới thiệu" is a menu heading (no page of its own): a separator, not a link
            head = (
                f'<span class="nav-header ">{label}</span>'
                if href == "/gioi-thieu"
                else f'<a href="{href}" >{label}</a>'
            )
            inner = "".join(f'<li class="item-{i}"><a href="{h}" >{t}</a></li>' for h, t, i in sub)
            lis.append(f'<li class="{cls} deeper parent">{head}<ul class="nav-child unstyled small">{inner}</ul></li>')
        else:
            lis.append(f'<li class="{cls}"><a href="{href}" >{label}</a></li>')
    return '<ul class="nav menu nav-pills mod-list">\n' + "\n".join(lis) + "\n</ul>"


def _crumbs(trail: list[tuple[str | None, str]]) -> str:
    items = ['<li class="active">Bạn đang ở: &#160;</li>']
    full = [("/", "Trang chủ"), *trail]
    for n, (href, label) in enumerate(full):
        last = n == len(full) - 1
        if href and not last:
            items.append(
                f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
                f'<span class="divider"> / </span><meta itemprop="position" content="{n + 1}"></li>'
            )
        else:
            items.append(
                f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active">'
                f'<span itemprop="name">{esc(label)}</span><meta itemprop="position" content="{n + 1}"></li>'
            )
    return (
        '<div class="moduletable pbc-breadcrumbs">\n<div aria-label="Đường dẫn" role="navigation">\n'
        '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">\n'
        + "\n".join(items)
        + "\n</ul>\n</div>\n</div>"
    )


def _latest() -> str:
    lis = "\n".join(
        f'\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="{article_path(s)}" itemprop="url">\n'
        f'\t\t\t<span itemprop="name">{esc(s.title)}</span>\n\t\t</a>\n'
        f'\t\t<span class="pbc-ngay">{s.published_at[8:10]}/{s.published_at[5:7]}/{s.published_at[:4]}</span>\n\t</li>'
        for s in newest()[:5]
    )
    return (
        '<div class="moduletable pbc-tinmoi">\n<h3>Tin mới nhất</h3>\n'
        f'<ul class="latestnews pbc-tinmoi">\n{lis}\n</ul>\n</div>'
    )


def _sidebar() -> str:
    return f"""<div id="aside" class="span3">
<div class="moduletable pbc-timkiem">
<div class="search pbc-timkiem">
	<form action="/tim-kiem" method="post" class="form-inline" role="search">
		<label for="mod-search-searchword93" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." />		<input type="hidden" name="task" value="search" />
		<input type="hidden" name="option" value="com_search" />
		<input type="hidden" name="Itemid" value="111" />
	</form>
</div>
</div>
<div class="moduletable pbc-dangnhap">
<h3>Đăng nhập</h3>
<form action="/" method="post" id="login-form" class="form-inline">
	<div class="userdata">
		<div id="form-login-username" class="control-group"><div class="controls"><div class="input-prepend"><span class="add-on"><span class="icon-user hasTooltip" title="Tên đăng nhập"></span><label for="modlgn-username" class="element-invisible">Tên đăng nhập</label></span><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="Tên đăng nhập" /></div></div></div>
		<div id="form-login-password" class="control-group"><div class="controls"><div class="input-prepend"><span class="add-on"><span class="icon-lock hasTooltip" title="Mật khẩu"></span><label for="modlgn-passwd" class="element-invisible">Mật khẩu</label></span><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="Mật khẩu" /></div></div></div>
		<div id="form-login-remember" class="control-group checkbox"><label for="modlgn-remember" class="control-label">Nhớ đăng nhập</label> <input id="modlgn-remember" type="checkbox" name="remember" class="inputbox" value="yes"/></div>
		<div id="form-login-submit" class="control-group"><div class="controls"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">Đăng nhập</button></div></div>
		<ul class="unstyled">
			<li><a href="/component/users/?view=remind&amp;Itemid=101">Quên tên đăng nhập?</a></li>
			<li><a href="/component/users/?view=reset&amp;Itemid=101">Quên mật khẩu?</a></li>
		</ul>
		<input type="hidden" name="option" value="com_users" />
		<input type="hidden" name="task" value="user.login" />
		<input type="hidden" name="return" value="aW5kZXgucGhwP0l0ZW1pZD0xMDE=" />
		<input type="hidden" name="5f1c3e0a9b8d7e6f4a2b1c0d9e8f7a6b" value="1" />	</div>
</form>
</div>
{_latest()}
<div class="moduletable pbc-lienket">
<h3>Liên kết website</h3>
<div class="bannergroup pbc-lienket">
	<div class="banneritem"><a href="https://quangnam.edu.vn/" target="_blank" rel="noopener noreferrer" title="Sở GD&amp;ĐT Quảng Nam"><img src="/images/banners/sgddt-quangnam.png" alt="Sở Giáo dục và Đào tạo Quảng Nam" width="260" height="70" /></a><div class="clr"></div></div>
	<div class="banneritem"><a href="https://pgdtamky.edu.vn/" target="_blank" rel="noopener noreferrer" title="Phòng GD&amp;ĐT Tam Kỳ"><img src="/images/banners/pgd-tamky.png" alt="Phòng Giáo dục và Đào tạo Tam Kỳ" width="260" height="70" /></a><div class="clr"></div></div>
	<div class="banneritem"><a href="https://csdl.moet.gov.vn/" target="_blank" rel="noopener noreferrer" title="Cơ sở dữ liệu ngành"><img src="/images/banners/csdl-nganh.png" alt="Cơ sở dữ liệu ngành giáo dục" width="260" height="70" /></a><div class="clr"></div></div>
</div>
</div>
<div class="moduletable pbc-thongke">
<h3>Thống kê truy cập</h3>
<div id="vvisit_counter93" class="vvisit_counter pbc-thongke">
	<div class="vdigit_counter"><span class="vdigit-1">1</span><span class="vdigit-2">2</span><span class="vdigit-5">5</span><span class="vdigit-4">4</span><span class="vdigit-8">8</span><span class="vdigit-7">7</span><span class="vdigit-6">6</span></div>
	<div class="vstats_counter"><div class="vstats_icon vstats_icon_pbc"><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vstats"><tbody>
		<tr align="left"><td class="vvisit_counter_today">Hôm nay</td><td align="right">318</td></tr>
		<tr align="left"><td class="vvisit_counter_yesterday">Hôm qua</td><td align="right">542</td></tr>
		<tr align="left"><td class="vvisit_counter_week">Tuần này</td><td align="right">1.406</td></tr>
		<tr align="left"><td class="vvisit_counter_month">Tháng này</td><td align="right">12.877</td></tr>
		<tr align="left"><td class="vvisit_counter_all">Tất cả</td><td align="right">1.254.876</td></tr>
	</tbody></table></div></div>
	<div class="vonline">Đang trực tuyến: 27</div>
</div>
</div>
</div>"""


def _footer() -> str:
    return f"""<footer class="footer pbc-footer" role="contentinfo">
	<div class="container">
		<hr />
		<div class="moduletable pbc-chantrang">
<div class="custom pbc-chantrang"  >
	<p><strong>{SITE.upper()}</strong></p>
<p>Địa chỉ: {ADDRESS}</p>
<p>Điện thoại: {HOTLINE} - Đường dây nóng: 0905 214 386 - Email: {EMAIL}</p>
<p>Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Hùng - Hiệu trưởng</p>
<p>Thiết kế bởi <a href="http://webtamky.vn" target="_blank" rel="noopener">Web Tam Kỳ</a></p></div>
		</div>
		<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p>
		<p>&copy; 2026 {SITE}</p>
	</div>
</footer>"""


def _head(request: Request, title: str, extra: str = "", robots: str | None = None) -> str:
    base = base_url(request) + request.target
    rob = f'\n\t<meta name="robots" content="{robots}" />' if robots else ""
    return f"""<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="{esc(base)}" />
	<meta name="keywords" content="THCS Phan Bội Châu, Tam Kỳ, Quảng Nam, giáo dục" />
	<meta name="description" content="Cổng thông tin điện tử Trường THCS Phan Bội Châu - thành phố Tam Kỳ - tỉnh Quảng Nam" />{rob}
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{esc(title)}</title>
	{extra}<link href="/templates/{TEMPLATE}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/{TEMPLATE}/css/template.css?2b4a1f5c0e8d3a7b" rel="stylesheet" />
	<link href="/modules/mod_vvisit_counter/mod_vvisit_counter.css" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?2b4a1f5c0e8d3a7b"></script>
	<script src="/media/jui/js/jquery-noconflict.js?2b4a1f5c0e8d3a7b"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?2b4a1f5c0e8d3a7b"></script>
	<script src="/media/system/js/caption.js?2b4a1f5c0e8d3a7b"></script>
	<script src="/media/jui/js/bootstrap.min.js?2b4a1f5c0e8d3a7b"></script>
	<script src="/templates/{TEMPLATE}/js/template.js?2b4a1f5c0e8d3a7b"></script>
	<script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});jQuery(function($){{ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) {{ container = container || document;$(container).find(".hasTooltip").tooltip({{"html": true,"container": "body"}});}} }});
	</script>
</head>"""


def _page(
    request: Request,
    title: str,
    component: str,
    *,
    active: str,
    trail: list[tuple[str | None, str]],
    body_class: str,
    extra_head: str = "",
    banner: bool = False,
    below: str = "",
) -> str:
    slides = (
        '<div class="moduletable pbc-slide"><div id="pbc-slideshow" class="carousel slide"><div class="carousel-inner">'
        '<div class="item active"><img src="/images/slide/slide-truong-2026.jpg" alt="Trường THCS Phan Bội Châu" /></div>'
        '<div class="item"><img src="/images/slide/slide-khai-giang-2026.jpg" alt="Lễ khai giảng năm học 2026 - 2027" /></div>'
        "</div></div></div>"
        if banner
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
{_head(request, title, extra_head)}
<body class="site {body_class}">
	<div class="body" id="top">
		<div class="container">
			<header class="header pbc-header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/">
						<img src="/images/logo/logo-thcs-pbc.png" alt="{SITE}" />
						<span class="pbc-tentruong">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO TAM KỲ<br/><strong>{SITE.upper()}</strong></span>
					</a>
					<div class="header-search pull-right">
						<div class="pbc-homnay">{TODAY}</div>
					</div>
				</div>
			</header>
			<nav class="navigation pbc-nav" role="navigation">
				<div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Menu</span><span class="icon-bar"></span><span class="icon-bar"></span></a></div>
				<div class="nav-collapse">
{_menu(active)}
				</div>
			</nav>
			{slides}
			{_crumbs(trail)}
			<div class="row-fluid">
				<main id="content" role="main" class="span9">
					<div id="system-message-container">
					</div>
{component}
{below}
				</main>
{_sidebar()}
			</div>
		</div>
	</div>
{_footer()}
</body>
</html>
"""


# --- rendering: pages -----------------------------------------------------------------------


def _article(request: Request, story: Story, path: str, via_home: bool) -> str:
    trail: list[tuple[str | None, str]] = (
        [(None, story.title)]
        if via_home
        else [("/tin-tuc", "Tin tức"), (f"/tin-tuc/{story.cat}", cat_name(story)), (None, story.title)]
    )
    return _page(
        request,
        f"{story.title} - {SITE}",
        _item_page(story, path),
        active="/" if via_home else f"/tin-tuc/{story.cat}",
        trail=trail,
        body_class=f"com_content view-article no-layout no-task itemid-{101 if via_home else 105}",
        below=_other_articles(story),
    )


def _print(request: Request, story: Story, path: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
{_head(request, f"{story.title} - {SITE}", robots="noindex, nofollow")}
<body class="contentpane modal">
	<div id="system-message-container">
	</div>
{_item_page(story, path, printing=True)}
<script>window.print();</script>
</body>
</html>
"""


def _blog_item(story: Story, link: str, readmore_title: bool) -> str:
    thumb = story.opts.get("thumb")
    image = (
        f'<div class="pull-left item-image">\n\t<a href="{link}"><img src="{thumb}" alt="" itemprop="thumbnailUrl"/></a>\n</div>'
        if thumb
        else ""
    )
    label = f"Đọc thêm: {esc(story.title)}" if readmore_title else "Đọc thêm ..."
    aria = f"Đọc thêm:  {esc(story.title)}"
    return f"""	<div class="page-header">
		<h2 itemprop="name">
			<a href="{link}" itemprop="url">
				{esc(story.title)}
			</a>
		</h2>
	</div>
{_info_block(story, hits=False)}
{image}
{_body(story, _intro_count(story))}
<p class="readmore">
	<a class="btn" href="{link}" itemprop="url" aria-label="{aria}">
		<span class="icon-chevron-right" aria-hidden="true"></span>
		{label}
	</a>
</p>"""


def _pagination(base: str, start: int, total: int) -> str:
    pages = _pages(total)
    if pages <= 1:
        return ""
    cur = start // PER_PAGE + 1

    def href(n: int) -> str:
        return f"{base}?limitstart=0" if n == 1 else f"{base}?start={(n - 1) * PER_PAGE}"

    lis = []
    if cur == 1:
        lis.append('<li class="pagination-start"><span class="pagenav">Đầu</span></li>')
        lis.append('<li class="pagination-prev"><span class="pagenav">Trước</span></li>')
    else:
        lis.append(f'<li class="pagination-start"><a title="Đầu" href="{href(1)}" class="hasTooltip pagenav">Đầu</a></li>')
        lis.append(f'<li class="pagination-prev"><a title="Trước" href="{href(cur - 1)}" class="hasTooltip pagenav">Trước</a></li>')
    for n in range(1, pages + 1):
        if n == cur:
            lis.append(f'<li><span class="pagenav">{n}</span></li>')
        else:
            lis.append(f'<li><a href="{href(n)}" class="pagenav">{n}</a></li>')
    if cur >= pages:
        lis.append('<li class="pagination-next"><span class="pagenav">Tiếp</span></li>')
        lis.append('<li class="pagination-end"><span class="pagenav">Cuối</span></li>')
    else:
        lis.append(f'<li class="pagination-next"><a title="Tiếp" href="{href(cur + 1)}" class="hasTooltip pagenav">Tiếp</a></li>')
        lis.append(f'<li class="pagination-end"><a title="Cuối" href="{href(pages)}" class="hasTooltip pagenav">Cuối</a></li>')
    return (
        '<div class="pagination">\n'
        f'\t<p class="counter pull-right"> Trang {cur} / {pages} </p>\n'
        "\t<ul>\n\t\t" + "\n\t\t".join(lis) + "\n\t</ul>\n</div>"
    )


def _blog_items(items: list[Story], link, readmore_title: bool) -> str:
    if not items:
        return ""
    lead, rest = items[0], items[1:]
    out = [
        '<div class="items-leading clearfix">',
        '\t<div class="leading-0 clearfix" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">',
        _blog_item(lead, link(lead), readmore_title),
        "\t</div>",
        "</div>",
    ]
    for row in range(0, len(rest), 2):
        out.append(f'<div class="items-row cols-2 row-{row // 2} row-fluid clearfix">')
        for col, s in enumerate(rest[row : row + 2]):
            out.append(
                f'\t<div class="span6">\n\t<div class="item column-{col + 1}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
            )
            out.append(_blog_item(s, link(s), readmore_title))
            out.append("\t</div>\n\t</div>")
        out.append('<span class="row-separator"></span>\n</div>')
    return "\n".join(out)


def _feed_links(base: str) -> str:
    return (
        f'<link href="{base}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n\t'
        f'<link href="{base}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0" />\n\t'
    )


def _blog(request: Request, cat: str | None) -> str:
    base = "/tin-tuc" + (f"/{cat}" if cat else "")
    items = newest(cat)
    try:
        start = int(request.params.get("start") or request.params.get("limitstart") or 0)
    except ValueError:
        start = 0
    start = max(0, start)
    shown = items[start : start + PER_PAGE]
    name = CATS[cat][1] if cat else "Tin tức"
    cid = CATS[cat][0] if cat else 8
    component = f"""<div class="blog pbc-blog" itemscope itemtype="https://schema.org/Blog">
	<div class="page-header">
		<h1> {esc(name)} </h1>
	</div>
{_blog_items(shown, article_path, readmore_title=cat is None)}
{_pagination(base, start, len(items))}
</div>"""
    trail: list[tuple[str | None, str]] = [("/tin-tuc", "Tin tức"), (None, name)] if cat else [(None, "Tin tức")]
    title = f"{name} - {SITE}" + (f" - Trang {start // PER_PAGE + 1}" if start else "")
    return _page(
        request,
        title,
        component,
        active=base,
        trail=trail,
        body_class=f"com_content view-category layout-blog no-task itemid-{105 if cat else 103} category-{cid}",
        extra_head=_feed_links(base),
    )


def _home(request: Request) -> str:
    component = f"""<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">
{_blog_items(FEATURED, home_path, readmore_title=True)}
</div>"""
    return _page(
        request,
        SITE,
        component,
        active="/",
        trail=[],
        body_class="com_content view-featured no-layout no-task itemid-101 home",
        extra_head=_feed_links("/"),
        banner=True,
    )


def _single(request: Request, alias: str) -> str:
    _aid, title, paras = PAGES[alias]
    body = "\n".join(f'<p style="text-align: justify;">{text(p)}</p>' for p in paras)
    component = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	<div class="page-header">
		<h2 itemprop="headline">
			{esc(title)}
		</h2>
	</div>
	<div itemprop="articleBody">
		{body}
		<p><img src="/images/gioi-thieu/toan-canh-truong.jpg" alt="" width="700" height="420" /></p>
	</div>
</div>"""
    return _page(
        request,
        f"{title} - {SITE}",
        component,
        active="/gioi-thieu",
        trail=[(None, "Giới thiệu"), (None, title)],
        body_class=f"com_content view-article no-layout no-task itemid-10{4 + list(PAGES).index(alias)}",
    )


def _docs_list(request: Request) -> str:
    rows = "\n".join(
        f"""		<tr class="cat-list-row{n % 2}" >
			<td headers="categorylist_header_title" class="list-title">
				<a href="{doc_path(d)}">
					{esc(d[2])}
				</a>
			</td>
			<td headers="categorylist_header_date" class="list-date small">
				{d[3][8:10]}-{d[3][5:7]}-{d[3][:4]}
			</td>
			<td headers="categorylist_header_hits" class="list-hits">
				<span class="badge badge-info">
					Lượt xem: {57 + d[0] % 90}
				</span>
			</td>
		</tr>"""
        for n, d in enumerate(DOCS)
    )
    component = f"""<div class="category-list pbc-vanban">
<div>
	<div class="content-category">
		<h2> Văn bản </h2>
<form action="/van-ban" method="post" name="adminForm" id="adminForm" class="form-inline">
	<fieldset class="filters btn-toolbar clearfix">
		<legend class="hide">Lọc</legend>
		<div class="btn-group">
			<label class="filter-search-lbl element-invisible" for="filter-search">Lọc tiêu đề&#160;</label>
			<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" title="Tìm kiếm nội dung" placeholder="Lọc tiêu đề" />
		</div>
		<div class="btn-group pull-right">
			<label for="limit" class="element-invisible">Hiển thị #</label>
			<select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">
	<option value="5">5</option><option value="10">10</option><option value="15">15</option><option value="20" selected="selected">20</option><option value="25">25</option><option value="0">Tất cả</option>
</select>
		</div>
		<input type="hidden" name="filter_order" value="" />
		<input type="hidden" name="filter_order_Dir" value="" />
		<input type="hidden" name="limitstart" value="" />
		<input type="hidden" name="task" value="" />
	</fieldset>
	<table class="category table table-striped table-bordered table-hover">
		<caption class="hide">Danh sách các bài viết trong danh mục Văn bản</caption>
		<thead>
			<tr>
				<th scope="col" id="categorylist_header_title">
					<a href="#" onclick="Joomla.tableOrdering('a.title','asc','', document.getElementById('adminForm'));return false;" class="hasPopover" title="Tiêu đề" data-content="Chọn để sắp xếp theo cột này" data-placement="top">Tiêu đề</a>				</th>
				<th scope="col" id="categorylist_header_date">
					<a href="#" onclick="Joomla.tableOrdering('a.publish_up','asc','');return false;" class="hasPopover" title="Ngày đăng" data-content="Chọn để sắp xếp theo cột này" data-placement="top">Ngày đăng</a>				</th>
				<th scope="col" id="categorylist_header_hits">
					<a href="#" onclick="Joomla.tableOrdering('a.hits','asc','');return false;" class="hasPopover" title="Lượt xem" data-content="Chọn để sắp xếp theo cột này" data-placement="top">Lượt xem</a>				</th>
			</tr>
		</thead>
		<tbody>
{rows}
		</tbody>
	</table>
</form>
	</div>
</div>
</div>"""
    return _page(
        request,
        f"Văn bản - {SITE}",
        component,
        active="/van-ban",
        trail=[(None, "Văn bản")],
        body_class="com_content view-category layout-default no-task itemid-108 category-12",
    )


def _doc(request: Request, d: tuple[int, str, str, str, str]) -> str:
    did, _alias, title, day, pdf = d
    name = pdf.rsplit("/", 1)[1]
    component = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	<div class="page-header">
		<h2 itemprop="headline">
			{esc(title)}
		</h2>
	</div>
<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
	Viết bởi <span itemprop="name">Super User</span>	</dd>
<dd class="category-name">
	Danh mục: <a href="/van-ban" itemprop="genre">Văn bản</a>	</dd>
<dd class="published">
	<span class="icon-calendar" aria-hidden="true"></span>
	<time datetime="{day}T07:30:00+07:00" itemprop="datePublished">
		Ngày đăng: {shown_date(day)}		</time>
</dd>
<dd class="hits">
	<span class="icon-eye-open" aria-hidden="true"></span>
	Lượt xem: {57 + did % 90}			</dd>
</dl>
	<div itemprop="articleBody">
		<p><a href="{pdf}" target="_blank" rel="noopener"><img src="/images/icons/pdf.png" alt="" width="24" height="24" /> {esc(name)}</a></p>
	</div>
</div>"""
    return _page(
        request,
        f"{title} - {SITE}",
        component,
        active="/van-ban",
        trail=[("/van-ban", "Văn bản"), (None, title)],
        body_class="com_content view-article no-layout no-task itemid-108",
    )


def _gallery(request: Request) -> str:
    cards = "\n".join(
        f'<div class="pg-cv-box item"><div class="pg-cv-box-img pg-box1"><a href="{album_path(a)}">'
        f'<img src="/images/phocagallery/{a[1]}/thumbs/phoca_thumb_m_anh-01.jpg" alt="{esc(a[2])}" class="pg-image" /></a></div>'
        f'<div class="pg-cv-name pg-cv-folder"><a href="{album_path(a)}">{esc(a[2])}</a> <span class="pg-cv-folder-info-size">({a[3]})</span></div></div>'
        for a in ALBUMS
    )
    component = (
        '<div id="phocagallery" class="pg-categories-view pg-csv"><div class="page-header"><h1>Thư viện ảnh</h1></div>\n'
        f'<div id="pg-icons"></div>\n<div class="pg-cv">\n{cards}\n</div>\n'
        '<div class="pg-csv-paginationbox"></div><div class="pg-copyright">Powered by <a href="https://www.phoca.cz/phocagallery">Phoca Gallery</a></div></div>'
    )
    return _page(
        request,
        f"Thư viện ảnh - {SITE}",
        component,
        active="/thu-vien-anh",
        trail=[(None, "Thư viện ảnh")],
        body_class="com_phocagallery view-categories no-layout no-task itemid-109",
    )


def _album(request: Request, a: tuple[int, str, str, int]) -> str:
    boxes = "\n".join(
        f'<div class="pg-cv-box item"><div class="pg-cv-box-img pg-box1">'
        f'<a class="pg-lightbox-button" href="/images/phocagallery/{a[1]}/thumbs/phoca_thumb_l_anh-{n:02d}.jpg" title="{esc(a[2])}" data-size="1200x800">'
        f'<img src="/images/phocagallery/{a[1]}/thumbs/phoca_thumb_m_anh-{n:02d}.jpg" alt="anh-{n:02d}" class="pg-image" /></a></div>'
        f'<div class="pg-cv-name">anh-{n:02d}</div></div>'
        for n in range(1, a[3] + 1)
    )
    component = (
        f'<div id="phocagallery" class="pg-category-view"><div class="page-header"><h1>{esc(a[2])}</h1></div>\n'
        '<div class="pg-category-view-desc">Một số hình ảnh của nhà trường.</div>\n'
        f'<div id="pg-icons"><a href="/thu-vien-anh" title="Quay lại">Quay lại</a></div>\n<div class="pg-cv">\n{boxes}\n</div>\n'
        '<div class="pg-copyright">Powered by <a href="https://www.phoca.cz/phocagallery">Phoca Gallery</a></div></div>'
    )
    return _page(
        request,
        f"{a[2]} - {SITE}",
        component,
        active="/thu-vien-anh",
        trail=[("/thu-vien-anh", "Thư viện ảnh"), (None, a[2])],
        body_class="com_phocagallery view-category no-layout no-task itemid-109",
    )


def _contact(request: Request) -> str:
    cloak = "cloak" + hashlib.md5(EMAIL.encode()).hexdigest()
    user, domain = EMAIL.split("@")
    component = f"""<div class="contact" itemscope itemtype="https://schema.org/Person">
	<div class="page-header">
		<h2><span class="contact-name" itemprop="name">{SITE}</span></h2>
	</div>
	<h3>Liên hệ</h3>
	<div class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
		<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>
		<dd><span class="contact-street" itemprop="streetAddress">{ADDRESS}</span></dd>
		<dt><span class="jicons-icons"><img src="/media/contacts/images/emailButton.png" alt="Email: " /></span></dt>
		<dd><span class="contact-emailto"><span id="{cloak}">Địa chỉ email này đang được bảo vệ từ spambots. Bạn cần kích hoạt JavaScript để xem nó.</span><script type='text/javascript'>
				document.getElementById('{cloak}').innerHTML = '';
				var prefix = '&#109;a' + 'i&#108;' + '&#116;o';
				var path = 'hr' + 'ef' + '=';
				var addy{cloak[5:12]} = '{user}' + '&#64;';
				addy{cloak[5:12]} = addy{cloak[5:12]} + '{domain.replace(".", "' + '&#46;' + '")}';
				document.getElementById('{cloak}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + addy{cloak[5:12]} + '\\'>'+addy{cloak[5:12]}+'<\\/a>';
		</script></span></dd>
		<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt>
		<dd><span class="contact-telephone" itemprop="telephone">{HOTLINE}</span></dd>
	</div>
	<div class="pbc-bando"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3843.6!2d108.48!3d15.57" width="100%" height="320" style="border:0;" allowfullscreen="" loading="lazy"></iframe></div>
	<h3>Mẫu liên hệ</h3>
	<div class="contact-form">
		<form id="contact-form" action="/lien-he" method="post" class="form-validate form-horizontal well">
			<fieldset>
				<legend>Gửi email. Các trường được đánh dấu * là bắt buộc.</legend>
				<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="hasPopover required" title="Tên">Tên<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" size="30" required aria-required="true" /></div></div>
				<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="hasPopover required" title="Email">Email<span class="star">&#160;*</span></label></div><div class="controls"><input type="email" name="jform[contact_email]" class="validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required aria-required="true" /></div></div>
				<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="hasPopover required" title="Tiêu đề">Tiêu đề<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="required" size="60" required aria-required="true" /></div></div>
				<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="hasPopover required" title="Nội dung">Nội dung<span class="star">&#160;*</span></label></div><div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="required" required aria-required="true"></textarea></div></div>
			</fieldset>
			<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Gửi email</button>
				<input type="hidden" name="option" value="com_contact" />
				<input type="hidden" name="task" value="contact.submit" />
				<input type="hidden" name="return" value="" />
				<input type="hidden" name="id" value="1:truong-thcs-phan-boi-chau" />
				<input type="hidden" name="5f1c3e0a9b8d7e6f4a2b1c0d9e8f7a6b" value="1" />			</div></div>
		</form>
	</div>
</div>"""
    return _page(
        request,
        f"Liên hệ - {SITE}",
        component,
        active="/lien-he",
        trail=[(None, "Liên hệ")],
        body_class="com_contact view-contact no-layout no-task itemid-110",
    )


def _fold(value: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", value.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _search(request: Request) -> str:
    word = request.params.get("searchword", "").strip()
    results = ""
    if word:
        hits = [s for s in newest() if _fold(word) in _fold(s.title + " " + " ".join(s.paragraphs))]
        items = "\n".join(
            f"""<dt class="result-title">
	{n}. <a href="{article_path(s)}">{esc(s.title)}</a>
</dt>
<dd class="result-category"><span class="small">(Tin tức/{esc(cat_name(s))})</span></dd>
<dd class="result-text">{esc(s.paragraphs[0][:180])}...</dd>
<dd class="result-created">Đã tạo ngày {shown_date(s.published_at)}</dd>"""
            for n, s in enumerate(hits, 1)
        )
        results = (
            f'<div class="searchintro"><p>Tổng cộng <span class="badge badge-info">{len(hits)}</span> kết quả được tìm thấy.</p></div>\n'
            f'<dl class="search-results">\n{items}\n</dl>'
        )
    component = f"""<div class="search">
<h1 class="page-title">Tìm kiếm</h1>
<form id="searchForm" action="/tim-kiem" method="post">
	<div class="btn-toolbar">
		<div class="btn-group pull-left">
			<label for="search-searchword" class="element-invisible">Tìm từ khóa:</label>
			<input type="text" name="searchword" title="Tìm kiếm..." placeholder="Tìm kiếm..." id="search-searchword" size="30" maxlength="200" value="{esc(word)}" class="inputbox" />
		</div>
		<div class="btn-group pull-left"><button name="Search" onclick="this.form.submit()" class="btn hasTooltip" title="Tìm kiếm"><span class="icon-search"></span> Tìm kiếm</button></div>
		<input type="hidden" name="task" value="search" />
	</div>
	<fieldset class="phrases">
		<legend>Tìm kiếm cho:</legend>
		<div class="phrases-box">
			<label for="searchphraseall" id="searchphraseall-lbl" class="radio"><input type="radio" name="searchphrase" id="searchphraseall" value="all" checked="checked" />Tất cả các từ</label>
			<label for="searchphraseany" id="searchphraseany-lbl" class="radio"><input type="radio" name="searchphrase" id="searchphraseany" value="any" />Bất kỳ từ nào</label>
			<label for="searchphraseexact" id="searchphraseexact-lbl" class="radio"><input type="radio" name="searchphrase" id="searchphraseexact" value="exact" />Cụm từ chính xác</label>
		</div>
		<div class="ordering-box">
			<label for="ordering" class="ordering">Sắp xếp:</label>
			<select id="ordering" name="ordering" class="inputbox"><option value="newest" selected="selected">Mới nhất</option><option value="oldest">Cũ nhất</option><option value="popular">Phổ biến nhất</option><option value="alpha">Theo thứ tự chữ cái</option><option value="category">Danh mục</option></select>
		</div>
	</fieldset>
</form>
{results}
</div>"""
    return _page(
        request,
        f"Tìm kiếm - {SITE}",
        component,
        active="/tim-kiem",
        trail=[(None, "Tìm kiếm")],
        body_class="com_search view-search no-layout no-task itemid-111",
    )


def _tag(request: Request, alias: str) -> str:
    tid, title = TAGS[alias]
    items = [s for s in newest() if alias in s.opts["tags"]]
    lis = "\n".join(
        f'\t<li class="cat-list-row{n % 2} clearfix" >\n\t\t<h3>\n\t\t\t<a href="{article_path(s)}">\n\t\t\t\t{esc(s.title)}\t\t\t</a>\n\t\t</h3>\n'
        f'\t\t<span class="tag-body">\n\t\t\t{esc(s.paragraphs[0][:150])}…\t\t</span>\n\t</li>'
        for n, s in enumerate(items)
    )
    component = (
        f'<div class="tag-category">\n<h2>{esc(title)}</h2>\n<form action="/component/tags/tag/{tid}-{alias}" method="post" name="adminForm" id="adminForm" class="form-inline">\n'
        f'<ul class="category list-striped">\n{lis}\n</ul>\n</form>\n</div>'
    )
    return _page(
        request,
        f"{title} - {SITE}",
        component,
        active="",
        trail=[(None, "Thẻ"), (None, title)],
        body_class="com_tags view-tag no-layout no-task",
    )


def _users(request: Request, view: str) -> str:
    if view == "reset":
        heading, intro, label = (
            "Quên mật khẩu",
            "Vui lòng nhập địa chỉ email cho tài khoản của bạn. Một mã xác nhận sẽ được gửi đến bạn.",
            "Địa chỉ email",
        )
    else:
        heading, intro, label = (
            "Quên tên đăng nhập",
            "Vui lòng nhập địa chỉ email liên kết với tài khoản của bạn. Tên đăng nhập sẽ được gửi đến địa chỉ email đã đăng ký.",
            "Địa chỉ email",
        )
    component = f"""<div class="{view}">
	<form id="user-registration" action="/component/users/?task={view}.request&amp;Itemid=101" method="post" class="form-validate form-horizontal well">
		<fieldset>
			<p>{intro}</p>
			<div class="control-group"><div class="control-label"><label id="jform_email-lbl" for="jform_email" class="required">{label}<span class="star">&#160;*</span></label></div>
			<div class="controls"><input type="email" name="jform[email]" class="validate-email required" id="jform_email" value="" size="30" required aria-required="true" /></div></div>
		</fieldset>
		<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary validate">Gửi</button></div></div>
	</form>
</div>"""
    return _page(
        request,
        f"{heading} - {SITE}",
        component,
        active="/",
        trail=[(None, heading)],
        body_class=f"com_users view-{view} no-layout no-task itemid-101",
    )


def _mailto(request: Request) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
{_head(request, SITE)}
<body class="contentpane modal">
	<div id="system-message-container">
	</div>
<div id="mailto-window">
	<h2>
		Gửi email liên kết này cho bạn bè.	</h2>
	<div class="mailto-close">
		<a href="javascript: void window.close()" title="Đóng cửa sổ">
			<span>Đóng cửa sổ </span></a>
	</div>
	<form action="/component/mailto/?task=send" id="mailtoForm" method="post" class="form-validate form-horizontal">
		<div class="control-group"><div class="control-label"><label id="jform_emailto-lbl" for="jform_emailto" class="required">Gửi email đến<span class="star">&#160;*</span></label></div><div class="controls"><input type="email" name="emailto" class="validate-email required" id="jform_emailto" value="" required aria-required="true" /></div></div>
		<div class="control-group"><div class="control-label"><label id="jform_sender-lbl" for="jform_sender" class="required">Người gửi<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="sender" id="jform_sender" value="" class="required" required aria-required="true" /></div></div>
		<div class="control-group"><div class="control-label"><label id="jform_emailfrom-lbl" for="jform_emailfrom" class="required">Email của bạn<span class="star">&#160;*</span></label></div><div class="controls"><input type="email" name="emailfrom" class="validate-email required" id="jform_emailfrom" value="" required aria-required="true" /></div></div>
		<div class="control-group"><div class="control-label"><label id="jform_subject-lbl" for="jform_subject" class="required">Tiêu đề<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="subject" id="jform_subject" value="" class="required" required aria-required="true" /></div></div>
		<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary validate">Gửi</button>
			<button type="button" class="button" onclick="window.close();return false;">Hủy bỏ</button></div></div>
		<input type="hidden" name="layout" value="default" />
		<input type="hidden" name="option" value="com_mailto" />
		<input type="hidden" name="task" value="send" />
		<input type="hidden" name="tmpl" value="component" />
		<input type="hidden" name="link" value="{esc(request.params.get("link", ""))}" />
		<input type="hidden" name="5f1c3e0a9b8d7e6f4a2b1c0d9e8f7a6b" value="1" />
	</form>
</div>
</body>
</html>
"""


# --- feeds ----------------------------------------------------------------------------------


def _feed(request: Request, cat: str | None, kind: str) -> Response:
    base = base_url(request)
    home = cat == "/"
    items = (FEATURED if home else newest(cat))[:FEED_LIMIT]
    link_of = home_path if home else article_path
    listing = "/" if home else "/tin-tuc" + (f"/{cat}" if cat else "")
    name = SITE if home else (CATS[cat][1] if cat else "Tin tức")
    built = datetime(2026, 11, 25, 7, 58, 12, tzinfo=_LOCAL)
    if kind == "atom":
        entries = "\n".join(
            f"""	<entry>
		<title>{esc(s.title)}</title>
		<link rel="alternate" type="text/html" href="{base}{link_of(s)}"/>
		<published>{_dt(s).isoformat()}</published>
		<updated>{_dt(s).isoformat()}</updated>
		<id>{base}{link_of(s)}</id>
		<author>
			<name>{esc(s.opts.get("by", "Super User"))}</name>
		</author>
		<summary type="html"><![CDATA[{_body(s, _intro_count(s))}]]></summary>
		<content type="html"><![CDATA[{_body(s, _intro_count(s))}<p class="feed-readmore"><a target="_blank" href="{base}{link_of(s)}">Đọc thêm ...</a></p>]]></content>
		<category term="{esc(cat_name(s))}" />
	</entry>"""
            for s in items
        )
        body = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<feed xmlns="http://www.w3.org/2005/Atom"  xml:lang="vi-vn">
	<title type="text">{esc(name)}</title>
	<subtitle type="text">Cổng thông tin điện tử {SITE}</subtitle>
	<link rel="alternate" type="text/html" href="{base}{listing}"/>
	<id>{base}{listing}</id>
	<updated>{built.isoformat()}</updated>
	<generator uri="https://www.joomla.org">Joomla! - Open Source Content Management</generator>
	<link rel="self" type="application/atom+xml" href="{base}{listing}?format=feed&amp;type=atom"/>
{entries}
</feed>
"""
        return Response(200, body.encode("utf-8"), {"Content-Type": "application/atom+xml; charset=utf-8"})
    rss_items = "\n".join(
        f"""		<item>
			<title>{esc(s.title)}</title>
			<link>{base}{link_of(s)}</link>
			<guid isPermaLink="true">{base}{link_of(s)}</guid>
			<description><![CDATA[{_body(s, _intro_count(s))}<p class="feed-readmore"><a target="_blank" href="{base}{link_of(s)}">Đọc thêm ...</a></p>]]></description>
			<author>{EMAIL} ({esc(s.opts.get("by", "Super User"))})</author>
			<category>{esc(cat_name(s))}</category>
			<pubDate>{format_datetime(_dt(s))}</pubDate>
		</item>"""
        for s in items
    )
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
	<channel>
		<title>{esc(name)}</title>
		<description><![CDATA[Cổng thông tin điện tử {SITE}]]></description>
		<link>{base}{listing}</link>
		<lastBuildDate>{format_datetime(built)}</lastBuildDate>
		<generator>Joomla! - Open Source Content Management</generator>
		<atom:link rel="self" type="application/rss+xml" href="{base}{listing}?format=feed&amp;type=rss"/>
		<language>vi-vn</language>
{rss_items}
	</channel>
</rss>
"""
    return Response(200, body.encode("utf-8"), {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- routing --------------------------------------------------------------------------------

_ROBOTS = """# If the Joomla site is installed within a folder
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

_ARTICLE = re.compile(r"^/tin-tuc/([a-z-]+)/(\d+)-([a-z0-9-]+)$")
_HOME_ARTICLE = re.compile(r"^/trang-chu/(\d+)-([a-z0-9-]+)$")
_DOC = re.compile(r"^/van-ban/(\d+)-([a-z0-9-]+)$")
_ALBUM = re.compile(r"^/thu-vien-anh/(\d+)-([a-z0-9-]+)$")
_TAG = re.compile(r"^/component/tags/tag/(\d+)-([a-z0-9-]+)$")

_ERROR = """<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<title>404 - Lỗi: 404</title>
	<link href="/templates/pbc_school/css/template.css" rel="stylesheet" />
</head>
<body class="site">
	<div class="body"><div class="container">
		<div class="header"><a href="/"><img src="/images/logo/logo-thcs-pbc.png" alt="Trường THCS Phan Bội Châu" /></a></div>
		<div class="well">
			<h1 class="page-header">Không thể hiển thị trang này.</h1>
			<p><strong>Bạn không thể truy cập trang này vì:</strong></p>
			<ul><li>một đánh dấu/yêu thích đã lỗi thời</li><li>địa chỉ bị gõ nhầm</li><li>trang yêu cầu không tồn tại.</li></ul>
			<p>Vui lòng thử một trong các trang sau:</p>
			<ul><li><a href="/" title="Đi tới trang chủ">Trang chủ</a></li></ul>
			<blockquote><span class="label label-inverse">404</span> {msg}</blockquote>
		</div>
	</div></div>
</body>
</html>
"""


def _not_found(msg: str = "Không tìm thấy trang") -> Response:
    return html(_ERROR.format(msg=msg), status=404)


def _session_headers() -> dict[str, str]:
    sid = hashlib.md5(b"pbc-session").hexdigest()
    return {
        "Set-Cookie": f"9d2c7a1b0e4f6a3c5d8e7f1a2b3c4d5e={sid[:26]}; path=/; HttpOnly",
        "X-Powered-By": "PHP/7.2.34",
        "Expires": "Wed, 17 Aug 2005 00:00:00 GMT",
        "Cache-Control": "no-store, no-cache, must-revalidate, post-check=0, pre-check=0",
        "Pragma": "no-cache",
    }


class JoomlaSchool:
    """Joomla 3's SEF router, as a table of the URLs this site answers."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/vanban/",)) and path.endswith(".pdf"):
            known = {d[4] for d in DOCS} | {s.opts["attach"][0] for s in STORIES if "attach" in s.opts}
            if path in known:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return _not_found()
        if path.startswith(("/images/", "/templates/", "/media/", "/modules/")):
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain"})
        params = request.params
        if params.get("format") == "feed":
            return self._feed(request)
        page = self._page(request)
        if page is None:
            return _not_found()
        if isinstance(page, Response):
            return page
        return html(page, headers=_session_headers())

    def _feed(self, request: Request) -> Response | None:
        kind = request.params.get("type", "rss")
        if kind not in ("rss", "atom"):
            return _not_found()
        path = request.path.rstrip("/") or "/"
        if path == "/":
            return _feed(request, "/", kind)
        if path == "/tin-tuc":
            return _feed(request, None, kind)
        if path.startswith("/tin-tuc/") and path[9:] in CATS:
            return _feed(request, path[9:], kind)
        return _not_found()

    def _page(self, request: Request) -> str | Response | None:
        path = request.path
        params = request.params
        if path in ("/", "/index.php"):
            return _home(request)
        if path == "/tin-tuc":
            return _blog(request, None)
        if path.startswith("/tin-tuc/") and path[9:] in CATS:
            return _blog(request, path[9:])
        if m := _ARTICLE.match(path):
            story = _BY_ID.get(int(m.group(2)))
            if story is None or story.cat != m.group(1):
                return _not_found("Không tìm thấy bài viết")
            if params.get("tmpl") == "component" and params.get("print") == "1":
                return _print(request, story, path)
            return _article(request, story, path, via_home=False)
        if m := _HOME_ARTICLE.match(path):
            story = _BY_ID.get(int(m.group(1)))
            if story is None:
                return _not_found("Không tìm thấy bài viết")
            if params.get("tmpl") == "component" and params.get("print") == "1":
                return _print(request, story, path)
            return _article(request, story, path, via_home=True)
        if path.startswith("/gioi-thieu/") and path[12:] in PAGES:
            return _single(request, path[12:])
        if path == "/van-ban":
            return _docs_list(request)
        if m := _DOC.match(path):
            doc = next((d for d in DOCS if d[0] == int(m.group(1))), None)
            return _doc(request, doc) if doc else _not_found("Không tìm thấy bài viết")
        if path == "/thu-vien-anh":
            return _gallery(request)
        if m := _ALBUM.match(path):
            album = next((a for a in ALBUMS if a[0] == int(m.group(1))), None)
            return _album(request, album) if album else None
        if path == "/lien-he":
            return _contact(request)
        if path == "/tim-kiem":
            return _search(request)
        if m := _TAG.match(path):
            return _tag(request, m.group(2)) if m.group(2) in TAGS else None
        if path == "/component/users/" and params.get("view") in ("reset", "remind"):
            return _users(request, params["view"])
        if path == "/component/mailto/" and params.get("tmpl") == "component":
            return _mailto(request)
        return None


def build_site() -> JoomlaSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return JoomlaSchool()
