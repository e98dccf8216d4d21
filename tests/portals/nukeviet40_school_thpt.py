"""NukeViet 4.0 school portal of Trường THPT Nguyễn Du (huyện Nghi Xuân, Hà Tĩnh).

Platform: NukeViet CMS 4.0 (an older 4.x: bootstrap 3 markup, breadcrumbs printed in a hidden
``ul.temp-breadcrumbs`` that a script moves into the visible bar, CKEditor 4 body text) with a
school theme from the NukeViet theme store ("nv4_school_blue"); the news module ("news") keeps
its default detail layout; rewrite is on (``rewrite_exturl`` ".html").

URL scheme
- ``/``                                       home: slider of the newest posts, one block per
                                              category, sidebar blocks (notices, most read,
                                              topics, poll, visitor counter)
- ``/news/``                                  news module home (per-category blocks)
- ``/news/<cat-alias>/`` and ``/page-<N>``    category listing, 4 posts a page (viewcat_page_new)
- ``/news/<cat-alias>/<title-alias>-<id>.html``  a post (under its main category alias; a post
                                              filed in two categories also answers under the
                                              second one)
- ``/news/topic/<alias>``                     topic ("Chủ đề") listing
- ``/news/tag/<alias>``                       keyword listing
- ``/news/print/<cat>/<alias>-<id>.html``     print view (opened by ``onclick`` only)
- ``/news/savefile/<cat>/<alias>-<id>.html``  "save as file" (HTML attachment), for the three
                                              posts whose ``allowed_save`` is on
- ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>``  the non-rewritten form of a post,
                                              printed by the theme's "Thông báo mới" block
- ``/about/<alias>.html``                     pages of the "about" (page) module
- ``/contact/``, ``/laws/``, ``/laws/detail/<alias>.html``, ``/albums/``, ``/albums/<alias>.html``,
  ``/seek/``, ``/voting/`` (poll results); ``/news/tin-tuc/`` and ``/news/day-hoc/`` are parent
  categories that show one block per sub-category

Page templates: theme header (banner, "Thứ Bảy, 05/12/2026" clock, menu with drop-downs),
hidden breadcrumb template, left column with the module's output, right column with blocks,
footer. A post is ``div.news_column > div.panel-body``: ``h1.title``, ``span.h5`` with the
publication time "Thứ năm - 03/12/2026 14:30", the tool icons (print, save), the home image
(``figure.article``) and the hometext (``div.hometext``, the sapo), then
``div#news-bodyhtml.bodytext``, the author/source lines ("Tác giả bài viết:", "Nguồn tin:"),
the copyright alert; then separate panels: keywords, rating, "Các tin khác cùng chủ đề",
"Những tin mới hơn", "Những tin cũ hơn", comments.

How each gold article is reached: every post is in its category listing (the oldest three of
"Hoạt động nhà trường" only on ``/page-2``); the newest five are in the home slider; category
blocks on the home page and ``/news/`` show the newest three of each category; the "Tin mới
hơn / Tin cũ hơn" lists link neighbours; two topic pages and two tag pages list a few posts.

Traps
1. Publication time printed the NukeViet 4.0 way, "Thứ năm - 03/12/2026 14:30" (weekday, dash,
   day, time without seconds) in ``span.h5``, while the header clock prints "Thứ Bảy,
   05/12/2026", listings print "04/12/2026 16:20" for other posts, related lists print
   "(03/12/2026)" and the comment box prints reader comment times. Gold: the ``span.h5`` time
   with +07:00.
2. Breadcrumbs only in the hidden ``<ul class="temp-breadcrumbs hidden">`` template
   (data-vocabulary.org markup); the visible ``ul.breadcrumbs`` is empty until a script runs.
   Gold category = the last crumb of that template (the sub-category "Tổ chuyên môn" for posts
   of the "Dạy - Học" parent), never the parent.
3. The home image sits before the sapo in ``figure.article`` (left and small from
   ``/assets/news/...`` or centred and large from ``/uploads/news/...``) with its
   ``figcaption``: it is the article's first photo, caption = the figcaption. A post whose
   image position is "none" shows its image only as listing thumbnails: no image in gold.
4. Author and source as NukeViet prints them after the body: ``<p class="h5 text-right">
   <strong>Tác giả bài viết: </strong>ThS. Lê Văn Bình - Phó Hiệu trưởng</p>`` and
   ``<strong>Nguồn tin: </strong><a rel="nofollow">Sở GD&amp;ĐT Hà Tĩnh</a>``: labels that are
   neither "Tác giả:" nor "Nguồn:". Gold: authors without degree and post, source the link text;
   "Lê Thị Hoa (Bí thư Đoàn trường)" -> "Lê Thị Hoa"; a unit ("Tổ Ngữ văn") as printed.
5. Chrome inside the article's own panel: the copyright alert ("Bản quyền thuộc về Trường THPT
   Nguyễn Du. Ghi rõ nguồn ... khi phát hành lại"), the rating panel sentence "Tổng số điểm của
   bài viết là: 23 trong 5 đánh giá" / "Click để đánh giá bài viết", the "Từ khóa:" panel. Not body.
6. Related lists ("Những tin mới hơn", "Những tin cũ hơn", "Các tin khác cùng chủ đề") print
   each title as an ``<h4>`` inside its link, followed by "(dd/mm/yyyy)": headings that are no
   text of the article.
7. Body text without paragraphs: one post (322) is text nodes separated by ``<br />`` directly in
   ``div#news-bodyhtml`` with ``&nbsp;`` indents and an ``<em>Ảnh: …</em>`` line; another (316)
   writes paragraphs as nested ``<div style="text-align: justify;"><span …>`` blocks. Each line
   or div is a paragraph; the "Ảnh: X" line is a photographer, no caption.
8. Sapo printed twice (312): the hometext in ``div.hometext`` and again, bold, as the first
   paragraph of the body. Gold: once, as the body's first paragraph and the summary.
9. Hometext hidden in the detail (309, ``showhometext`` off): the sapo appears only as the
   meta description and as the listing excerpt. Gold: summary null, body without it.
10. A post filed in two categories (327, listcatid "Đoàn thanh niên" + "Hoạt động nhà
    trường") is linked from the second listing under that category's alias; same content, the
    other breadcrumb, og:url naming the main URL; no rel=canonical in 4.0. Gold: main path,
    the second URL in alt_paths, category the main one.
11. The theme's "Thông báo mới" block prints non-rewritten links
    ``/index.php?language=vi&nv=news&op=thong-bao/<alias>-<id>`` that serve the post: alt_paths.
12. Print view (only via ``onclick="nv_open_browse(...)"``) and "save as file" (a real link,
    ``Content-Disposition: attachment``) serve the whole post again: alt_paths.
13. Captions three ways inside the body: CKEditor image2 ``figure.image > figcaption``, an old
    CKEditor "image with caption" table (``td.image_caption``), and a centred ``<em>`` line in
    the next paragraph, once in parentheses (taken off in gold).
14. Reader comments ("Ý kiến bạn đọc", 293) with names, times and text under the post: neither
    body nor authors.
15. An official notice (325) typed into the body: letterhead table, "Số: 215/TB-THPTND",
    "Nghi Xuân, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and the signer.
    The post's own time is "Thứ ba - 01/12/2026 08:10". Gold: date 2026-11-30, signer author.
16. A time printed as midnight (316, "Thứ ba - 17/11/2026 00:00"): the day alone.
17. A byline typed at the end of the body (288, right-aligned "Tin, ảnh: Đặng Quốc Hùng")
    while the author field is empty: author and photographer.

Gold decisions on ambiguous points
- The home image shown in the detail is an article photo (first in ``images``); its caption is
  the figcaption (NukeViet's "homeimgalt"); a home image without figcaption has caption None.
- The duplicated sapo (trap 8) counts once.
- "Tác giả bài viết: Tổ Văn phòng" is a unit signing alone: author "Tổ Văn phòng".
- The notice's hometext (printed in ``div.hometext``) is its sapo, so the body starts with it.
- Print view and save-as-file are alt_paths of their post; the send-mail tool is turned off.
- Topic, tag, category, module-home and album/law pages are listings or non-articles.
"""

from __future__ import annotations

import re
from datetime import datetime

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
)

NAME = "nukeviet40_school_thpt"
PLATFORM = "NukeViet 4.0 (news module, school theme, rewrite on)"
START_PATH = "/"

SITE_NAME = "Trường THPT Nguyễn Du - Nghi Xuân - Hà Tĩnh"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

#: alias -> (title, parent alias or None)
CATS: dict[str, tuple[str, str | None]] = {
    "hoat-dong-nha-truong": ("Hoạt động nhà trường", "tin-tuc"),
    "doan-thanh-nien": ("Đoàn thanh niên", "tin-tuc"),
    "thong-bao": ("Thông báo", None),
    "day-hoc": ("Dạy - Học", None),
    "to-chuyen-mon": ("Tổ chuyên môn", "day-hoc"),
    "tin-tuc": ("Tin tức - Sự kiện", None),
}
#: categories with posts, in the order of the home blocks
POST_CATS = ["hoat-dong-nha-truong", "doan-thanh-nien", "thong-bao", "to-chuyen-mon"]

TOPICS = {
    "doi-moi-day-hoc": "Đổi mới phương pháp dạy học",
    "phong-chong-thien-tai": "Phòng, chống thiên tai",
}
TAGS = {
    "ngay-nha-giao-viet-nam": "ngày nhà giáo việt nam",
    "on-thi-tot-nghiep": "ôn thi tốt nghiệp",
}

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _home(src: str, printed: str | None, small: bool) -> Img:
    return Img(src, printed, printed, style="home1" if small else "home2")


STORIES: list[Story] = [
    Story(
        id=331,
        slug="hoi-nghi-cha-me-hoc-sinh-khoi-12-trien-khai-ke-hoach-on-thi-tot-nghiep-thpt-nam-2027",
        title="Hội nghị cha mẹ học sinh khối 12 triển khai kế hoạch ôn thi tốt nghiệp THPT năm 2027",
        cat="hoat-dong-nha-truong",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "Chiều 04/12, Trường THPT Nguyễn Du tổ chức hội nghị cha mẹ học sinh khối 12 nhằm "
            "thông tin kết quả học tập giữa học kỳ I và thống nhất kế hoạch ôn thi tốt nghiệp "
            "THPT năm 2027."
        ),
        sapo_outside=True,
        blocks=[
            _home(
                "/uploads/news/2026_12/hoi-nghi-cmhs-khoi-12.jpg",
                "Toàn cảnh hội nghị cha mẹ học sinh khối 12",
                small=False,
            ),
            P(
                "Tham dự hội nghị có thầy Phan Văn Hải, Hiệu trưởng nhà trường; các thầy cô giáo "
                "chủ nhiệm 11 lớp 12 cùng gần 480 phụ huynh học sinh."
            ),
            P(
                "Tại hội nghị, thầy Nguyễn Hữu Thành, Phó Hiệu trưởng phụ trách chuyên môn, đã báo "
                "cáo kết quả khảo sát chất lượng giữa học kỳ I và phân tích những môn học sinh còn "
                "yếu như Toán, Tiếng Anh."
            ),
            Img(
                "/uploads/news/2026_12/phu-huynh-phat-bieu.jpg",
                "Phụ huynh lớp 12A5 phát biểu ý kiến tại hội nghị",
                "Phụ huynh lớp 12A5 phát biểu ý kiến tại hội nghị",
                style="fig",
            ),
            P("Kế hoạch ôn thi gồm ba giai đoạn", style="h"),
            P(
                "Giai đoạn 1 (từ tháng 12/2026 đến hết tháng 2/2027): ôn tập kiến thức nền tảng "
                "theo chủ đề.",
                style="li",
            ),
            P(
                "Giai đoạn 2 (tháng 3 và tháng 4/2027): luyện đề theo cấu trúc của Bộ GD&ĐT.",
                style="li",
            ),
            P("Giai đoạn 3 (tháng 5/2027): tổng ôn và thi thử theo cụm trường.", style="li"),
            P(
                "Nhiều ý kiến phụ huynh đề nghị nhà trường tăng cường thông tin qua phần mềm liên "
                "lạc điện tử để gia đình kịp thời nắm bắt tình hình học tập của con em."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={"publtime": "2026-12-04 16:20", "author_field": "Tổ Văn phòng",
              "tags": ["on-thi-tot-nghiep"]},
    ),
    Story(
        id=327,
        slug="doan-truong-to-chuc-ngay-hoi-thanh-nien-khoe-nam-2026",
        title="Đoàn trường tổ chức Ngày hội “Thanh niên khỏe” năm 2026",
        cat="doan-thanh-nien",
        published_at="2026-12-01T07:55:00+07:00",
        summary=(
            "Sáng 29/11, Đoàn trường THPT Nguyễn Du tổ chức Ngày hội “Thanh niên khỏe” với sự "
            "tham gia của hơn 1.300 đoàn viên, học sinh."
        ),
        sapo_outside=True,
        blocks=[
            _home(
                "/assets/news/2026_12/ngay-hoi-thanh-nien-khoe.jpg",
                "Màn đồng diễn dân vũ của khối 10",
                small=True,
            ),
            P(
                "Ngày hội gồm các nội dung: đồng diễn dân vũ, kéo co, nhảy bao bố và chạy tiếp sức "
                "4x100m dành cho các chi đoàn."
            ),
            Img(
                "/uploads/news/2026_12/keo-co-khoi-11.jpg",
                "(Phần thi kéo co sôi nổi của các chi đoàn khối 11)",
                "Phần thi kéo co sôi nổi của các chi đoàn khối 11",
                style="next",
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao giải Nhất toàn đoàn cho Chi đoàn 12A1, giải "
                "Nhì cho Chi đoàn 11A3 và giải Ba cho Chi đoàn 10A6."
            ),
            P(
                "Đây là hoạt động thiết thực hưởng ứng Cuộc vận động “Toàn dân rèn luyện thân thể "
                "theo gương Bác Hồ vĩ đại”, góp phần nâng cao sức khỏe cho đoàn viên, thanh niên."
            ),
        ],
        authors=["Nguyễn Thị Phương Thảo"],
        opts={"publtime": "2026-12-01 07:55", "author_field": "Nguyễn Thị Phương Thảo",
              "listcats": ["hoat-dong-nha-truong"]},
    ),
    Story(
        id=325,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        cat="thong-bao",
        published_at="2026-11-30",
        summary=(
            "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027 đối với học sinh "
            "các khối 10, 11, 12."
        ),
        sapo_outside=True,
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody>'
                '<tr><td style="text-align: center; width: 40%;">SỞ GD&amp;ĐT HÀ TĨNH<br />'
                "<strong>TRƯỜNG THPT NGUYỄN DU</strong></td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align: center;">Số: 215/TB-THPTND</td>'
                '<td style="text-align: center;"><em>Nghi Xuân, ngày 30 tháng 11 năm 2026</em>'
                "</td></tr></tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026-2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2026-2027 của Trường THPT Nguyễn Du, nhà trường "
                "thông báo lịch kiểm tra cuối học kỳ I như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", style="tr"),
            P("Thứ Hai, 21/12/2026 | Sáng | Ngữ văn | 90 phút", style="tr"),
            P("Thứ Ba, 22/12/2026 | Sáng | Toán | 90 phút", style="tr"),
            P("Thứ Tư, 23/12/2026 | Sáng | Tiếng Anh | 60 phút", style="tr"),
            P(
                "Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; học sinh có mặt "
                "tại phòng kiểm tra trước giờ làm bài 15 phút."
            ),
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody><tr>'
                '<td style="width: 50%;"><strong><em>Nơi nhận:</em></strong><br />'
                "- Các tổ chuyên môn;<br />- GVCN các lớp;<br />- Lưu: VT.</td>"
                '<td style="text-align: center;"><strong>HIỆU TRƯỞNG</strong><br /><em>(Đã ký)</em>'
                "<br /><br /><strong>Phan Văn Hải</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Phan Văn Hải"],
        opts={"publtime": "2026-12-01 08:10", "save": True, "nonrewrite": True},
    ),
    Story(
        id=322,
        slug="to-ngu-van-to-chuc-chuyen-de-day-hoc-doc-hieu-van-ban-nghi-luan",
        title=(
            "Tổ Ngữ văn tổ chức chuyên đề “Dạy học đọc hiểu văn bản nghị luận theo Chương trình "
            "GDPT 2018”"
        ),
        cat="to-chuyen-mon",
        published_at="2026-11-27T14:30:00+07:00",
        summary=(
            "Nhằm nâng cao chất lượng dạy học môn Ngữ văn theo định hướng phát triển năng lực, "
            "ngày 26/11, Tổ Ngữ văn Trường THPT Nguyễn Du tổ chức sinh hoạt chuyên đề cấp trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chuyên đề do cô giáo Võ Thị Hằng thực hiện qua tiết dạy minh họa bài “Chiếu cầu "
                "hiền” của Ngô Thì Nhậm tại lớp 11A2."
            ),
            P(
                "Tiết dạy được thiết kế theo chuỗi hoạt động: khởi động, hình thành kiến thức, "
                "luyện tập và vận dụng; học sinh làm việc nhóm với phiếu học tập và trình bày sản "
                "phẩm trên bảng phụ."
            ),
            Img("/uploads/news/2026_11/tiet-day-minh-hoa-11a2.jpg", "Ảnh: Hoàng Minh Tuấn", None,
                style="brline"),
            P(
                "Sau tiết dạy, các thành viên trong tổ đã thảo luận, góp ý và thống nhất một số "
                "giải pháp khi dạy học đọc hiểu văn bản nghị luận."
            ),
            P(
                "Chuyên đề nhận được sự đánh giá cao của Ban giám hiệu và các tổ chuyên môn dự giờ."
            ),
        ],
        authors=["Tổ Ngữ văn"],
        photographers=["Hoàng Minh Tuấn"],
        opts={"publtime": "2026-11-27 14:30", "author_field": "Tổ Ngữ văn", "body": "br",
              "topic": "doi-moi-day-hoc", "thumb": "/assets/news/2026_11/chuyen-de-ngu-van.jpg"},
    ),
    Story(
        id=318,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-20T10:15:00+07:00",
        summary=(
            "Sáng 20/11, Trường THPT Nguyễn Du long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương giáo viên, học sinh có thành tích "
            "xuất sắc."
        ),
        sapo_outside=True,
        blocks=[
            _home("/assets/news/2026_11/le-ky-niem-20-11.jpg", "Quang cảnh buổi lễ", small=True),
            P(
                "Đến dự buổi lễ có đồng chí Trần Đình Long, Phó Chủ tịch UBND huyện Nghi Xuân; đại "
                "diện Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo đã nghỉ hưu."
            ),
            Img(
                "/uploads/news/2026_11/tang-hoa-thay-co.jpg",
                "Đại diện học sinh tặng hoa chúc mừng các thầy cô giáo",
                "Đại diện học sinh tặng hoa chúc mừng các thầy cô giáo",
                style="fig",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Phan Văn Hải, Hiệu trưởng nhà trường, ôn lại truyền "
                "thống của ngày 20/11 và điểm lại những kết quả nổi bật của nhà trường trong năm học "
                "2025-2026: tỷ lệ tốt nghiệp THPT đạt 99,8%, có 27 giải học sinh giỏi cấp tỉnh."
            ),
            P(
                "“Mỗi thầy cô giáo hãy thực sự là tấm gương sáng về đạo đức, tự học và sáng tạo "
                "cho học sinh noi theo”, thầy Phan Văn Hải nhấn mạnh.",
                style="q",
            ),
            Img(
                "/uploads/news/2026_11/van-nghe-chao-mung.jpg",
                "Tiết mục văn nghệ chào mừng của Chi đoàn 12A3",
                "Tiết mục văn nghệ chào mừng của Chi đoàn 12A3",
                style="next",
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy "
                "giỏi cấp trường và 35 học sinh có thành tích cao trong phong trào thi đua."
            ),
        ],
        authors=["Hồ Thị Thanh Nga"],
        opts={"publtime": "2026-11-20 10:15", "author_field": "Hồ Thị Thanh Nga",
              "tags": ["ngay-nha-giao-viet-nam"]},
    ),
    Story(
        id=316,
        slug="chi-doan-11a3-gianh-giai-nhat-hoi-thi-tim-hieu-lich-su-dia-phuong",
        title="Chi đoàn 11A3 giành giải Nhất Hội thi “Tìm hiểu lịch sử địa phương”",
        cat="doan-thanh-nien",
        published_at="2026-11-17",
        summary=(
            "Chi đoàn 11A3 đã xuất sắc giành giải Nhất Hội thi “Tìm hiểu lịch sử địa phương” do "
            "Đoàn trường tổ chức trong tháng 11."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi thu hút 32 chi đoàn tham gia với ba phần thi: chào hỏi, kiến thức và hùng "
                "biện về các di tích lịch sử, danh nhân văn hóa của huyện Nghi Xuân."
            ),
            P(
                "Ở phần thi hùng biện, đội Chi đoàn 11A3 gây ấn tượng với bài nói về làng Tiên "
                "Điền và dòng họ Nguyễn Tiên Điền, quê hương của Đại thi hào Nguyễn Du."
            ),
            P(
                "Giải Nhì thuộc về Chi đoàn 12A4, giải Ba thuộc về các Chi đoàn 10A1 và 11A7."
            ),
        ],
        authors=["Lê Thị Hoa"],
        opts={"publtime": "2026-11-17 00:00", "author_field": "Lê Thị Hoa (Bí thư Đoàn trường)",
              "body": "div", "thumb": "/assets/news/2026_11/hoi-thi-lich-su-dia-phuong.jpg"},
    ),
    Story(
        id=312,
        slug="truong-thpt-nguyen-du-don-doan-kiem-tra-cong-tac-y-te-truong-hoc",
        title="Trường THPT Nguyễn Du đón đoàn kiểm tra công tác y tế trường học",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-12T15:40:00+07:00",
        summary=(
            "Ngày 12/11, đoàn công tác của Trung tâm Y tế huyện Nghi Xuân đã đến kiểm tra công tác "
            "y tế trường học năm học 2026-2027 tại Trường THPT Nguyễn Du."
        ),
        sapo_outside=True,
        blocks=[
            _home("/uploads/news/2026_11/y-te-truong-hoc.jpg", None, small=False),
            P(
                "Đoàn đã kiểm tra hồ sơ sổ sách, phòng y tế, công tác vệ sinh an toàn thực phẩm tại "
                "căng tin và hệ thống nước uống của nhà trường."
            ),
            P(
                "Đoàn đánh giá cao việc nhà trường thực hiện tốt khám sức khỏe định kỳ cho học sinh, "
                "phối hợp tuyên truyền phòng chống dịch bệnh mùa đông xuân."
            ),
            Img(
                "/uploads/news/2026_11/doan-kiem-tra-phong-y-te.jpg",
                "Đoàn kiểm tra phòng y tế của nhà trường",
                "Đoàn kiểm tra phòng y tế của nhà trường",
                style="tbl",
            ),
            P(
                "Kết thúc buổi kiểm tra, đoàn đề nghị nhà trường tiếp tục bổ sung cơ số thuốc thiết "
                "yếu và cập nhật hồ sơ theo dõi sức khỏe học sinh trên phần mềm."
            ),
        ],
        authors=["Nguyễn Thị Lý"],
        opts={"publtime": "2026-11-12 15:40", "author_field": "Nguyễn Thị Lý", "sapo_dup": True},
    ),
    Story(
        id=309,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-con-bao-so-12",
        title="Thông báo cho học sinh nghỉ học để phòng, tránh cơn bão số 12",
        cat="thong-bao",
        published_at="2026-11-05T19:05:00+07:00",
        summary=None,
        blocks=[
            P(
                "Thực hiện Công văn số 2150/SGDĐT-VP ngày 05/11/2026 của Sở GD&ĐT Hà Tĩnh về việc "
                "chủ động ứng phó với cơn bão số 12, Trường THPT Nguyễn Du thông báo:"
            ),
            P("Toàn thể học sinh nghỉ học ngày thứ Sáu, 06/11/2026.", style="li"),
            P(
                "Cán bộ, giáo viên trực theo lịch phân công của Ban giám hiệu; kê dọn tài liệu, "
                "thiết bị lên cao, đóng chặt cửa các phòng học.",
                style="li",
            ),
            P(
                "Giáo viên chủ nhiệm liên hệ với phụ huynh, nhắc nhở học sinh không đến gần khu vực "
                "sông, suối, vùng trũng thấp.",
                style="li",
            ),
            P(
                "Thời gian đi học trở lại nhà trường sẽ thông báo sau trên website và nhóm Zalo của "
                "các lớp."
            ),
        ],
        opts={
            "publtime": "2026-11-05 19:05",
            "hometext": (
                "Nhà trường thông báo cho học sinh toàn trường nghỉ học ngày 06/11/2026 để đảm bảo "
                "an toàn trước ảnh hưởng của cơn bão số 12."
            ),
            "save": True,
            "nonrewrite": True,
            "topic": "phong-chong-thien-tai",
            "thumb": "/assets/news/2026_11/bao-so-12.jpg",
        },
    ),
    Story(
        id=305,
        slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-tinh-lop-12-nam-hoc-2026-2027",
        title="Kết quả kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026-2027",
        cat="to-chuyen-mon",
        published_at="2026-11-03T08:30:00+07:00",
        summary=(
            "Trường THPT Nguyễn Du có 19 học sinh đạt giải trong kỳ thi chọn học sinh giỏi tỉnh "
            "lớp 12 năm học 2026-2027, trong đó có 2 giải Nhất, 5 giải Nhì, 7 giải Ba và 5 giải "
            "Khuyến khích."
        ),
        sapo_outside=True,
        blocks=[
            _home(
                "/uploads/news/2026_11/doi-tuyen-hsg-tinh.jpg",
                "Đội tuyển học sinh giỏi tỉnh của nhà trường",
                small=False,
            ),
            P(
                "Kỳ thi diễn ra trong hai ngày 28 và 29/10/2026 với 12 môn thi; nhà trường có 24 "
                "học sinh dự thi."
            ),
            P("Danh sách học sinh đạt giải Nhất, giải Nhì", style="h"),
            P("TT | Họ và tên | Lớp | Môn thi | Giải", style="tr"),
            P("1 | Nguyễn Thị Khánh Linh | 12A1 | Ngữ văn | Nhất", style="tr"),
            P("2 | Trần Minh Quân | 12A2 | Toán | Nhất", style="tr"),
            P("3 | Phạm Đức Anh | 12A2 | Vật lí | Nhì", style="tr"),
            P(
                "Kết quả trên khẳng định hiệu quả công tác bồi dưỡng học sinh giỏi của nhà trường "
                "trong nhiều năm qua."
            ),
        ],
        authors=["Lê Văn Bình"],
        source="Sở GD&ĐT Hà Tĩnh",
        opts={
            "publtime": "2026-11-03 08:30",
            "author_field": "ThS. Lê Văn Bình - Phó Hiệu trưởng",
            "source_field": ("Sở GD&ĐT Hà Tĩnh", "http://hatinh.edu.vn/"),
            "save": True,
            "topic": "doi-moi-day-hoc",
        },
    ),
    Story(
        id=301,
        slug="hoc-sinh-truong-thpt-nguyen-du-chung-tay-khac-phuc-hau-qua-mua-lu",
        title="Học sinh Trường THPT Nguyễn Du chung tay khắc phục hậu quả mưa lũ",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-28T17:10:00+07:00",
        summary=(
            "Sau đợt mưa lũ cuối tháng 10, hơn 600 đoàn viên, học sinh nhà trường đã tham gia dọn "
            "dẹp trường lớp và hỗ trợ người dân các xã ven sông Lam."
        ),
        sapo_outside=True,
        blocks=[
            _home("/assets/news/2026_10/don-dep-sau-lu.jpg", "Học sinh dọn bùn đất tại sân trường",
                  small=True),
            P(
                "Ngay khi nước rút, các chi đoàn đã huy động đoàn viên mang theo dụng cụ đến trường "
                "dọn bùn đất, lau chùi bàn ghế, phơi sách vở và tài liệu bị ướt."
            ),
            Img(
                "/uploads/news/2026_10/ho-tro-nguoi-dan-xuan-hoi.jpg",
                "Đoàn viên hỗ trợ người dân xã Xuân Hội dọn dẹp nhà cửa",
                "Đoàn viên hỗ trợ người dân xã Xuân Hội dọn dẹp nhà cửa",
                style="next",
            ),
            P(
                "Bên cạnh đó, 120 đoàn viên khối 12 đã đến các thôn ven sông Lam của xã Xuân Hội, "
                "Xuân Phổ giúp người dân dọn dẹp nhà cửa, vệ sinh môi trường."
            ),
            P(
                "Theo kế hoạch của Đoàn trường, các chi đoàn tiếp tục phân công đoàn viên hỗ trợ "
                "những gia đình bị thiệt hại nặng trong tuần tới."
            ),
        ],
        authors=["Trần Văn Tú"],
        opts={"publtime": "2026-10-28 17:10", "author_field": "Trần Văn Tú",
              "topic": "phong-chong-thien-tai"},
    ),
    Story(
        id=296,
        slug="ngoai-khoa-tim-hieu-ve-dai-thi-hao-nguyen-du-cho-hoc-sinh-khoi-10",
        title="Ngoại khóa “Tìm hiểu về Đại thi hào Nguyễn Du” cho học sinh khối 10",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-22T09:00:00+07:00",
        summary=(
            "Chiều 21/10, học sinh khối 10 Trường THPT Nguyễn Du đã tham quan Khu lưu niệm Đại "
            "thi hào Nguyễn Du tại xã Tiên Điền và tham gia chương trình ngoại khóa tìm hiểu về "
            "cuộc đời, sự nghiệp của Đại thi hào."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại Khu lưu niệm, các em được nghe thuyết minh về thân thế, sự nghiệp của Nguyễn "
                "Du và giá trị của Truyện Kiều trong kho tàng văn học dân tộc."
            ),
            Img(
                "/uploads/news/2026_10/khu-luu-niem-nguyen-du.jpg",
                "Học sinh khối 10 dâng hương tại Khu lưu niệm Đại thi hào Nguyễn Du",
                "Học sinh khối 10 dâng hương tại Khu lưu niệm Đại thi hào Nguyễn Du",
                style="fig",
            ),
            P(
                "Chương trình ngoại khóa còn có phần thi ngâm Kiều, vẽ tranh minh họa Truyện Kiều "
                "giữa các lớp, thu hút đông đảo học sinh hưởng ứng."
            ),
            P(
                "Hoạt động giúp học sinh thêm tự hào về truyền thống văn hóa của quê hương Nghi "
                "Xuân."
            ),
        ],
        authors=["Thu Hà"],
        source="Báo Hà Tĩnh",
        opts={
            "publtime": "2026-10-22 09:00",
            "author_field": "Thu Hà",
            "source_field": ("Báo Hà Tĩnh", "https://baohatinh.vn/giao-duc/"),
            "thumb": "/assets/news/2026_10/ngoai-khoa-nguyen-du.jpg",
        },
    ),
    Story(
        id=293,
        slug="dai-hoi-doan-tncs-ho-chi-minh-truong-thpt-nguyen-du-nhiem-ky-2026-2027",
        title="Đại hội Đoàn TNCS Hồ Chí Minh Trường THPT Nguyễn Du nhiệm kỳ 2026-2027",
        cat="doan-thanh-nien",
        published_at="2026-10-16T15:30:00+07:00",
        summary=(
            "Ngày 15/10, Đoàn trường THPT Nguyễn Du tổ chức Đại hội đại biểu nhiệm kỳ 2026-2027 "
            "với sự tham gia của 150 đại biểu đại diện cho hơn 1.300 đoàn viên."
        ),
        sapo_outside=True,
        blocks=[
            _home(
                "/assets/news/2026_10/dai-hoi-doan-truong.jpg",
                "Đoàn Chủ tịch điều hành Đại hội",
                small=True,
            ),
            P(
                "Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2025-2026: 100% đoàn "
                "viên tham gia các hoạt động tình nguyện, kết nạp 215 đoàn viên mới."
            ),
            P(
                "Đại hội đề ra các chỉ tiêu cho nhiệm kỳ mới, trong đó chú trọng phong trào “Tuổi "
                "trẻ sáng tạo” và chuyển đổi số trong công tác Đoàn."
            ),
            P(
                "Đại hội đã bầu Ban Chấp hành Đoàn trường nhiệm kỳ 2026-2027 gồm 15 đồng chí; đồng "
                "chí Lê Thị Hoa tiếp tục được tín nhiệm bầu giữ chức Bí thư Đoàn trường."
            ),
        ],
        authors=["Phan Thị Diệu Linh"],
        opts={"publtime": "2026-10-16 15:30", "author_field": "Phan Thị Diệu Linh",
              "comments": True},
    ),
    Story(
        id=288,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026-2027",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-09T14:00:00+07:00",
        summary=(
            "Ngày 09/10, Trường THPT Nguyễn Du tổ chức Hội nghị viên chức, người lao động năm học "
            "2026-2027 nhằm đánh giá kết quả năm học trước và thông qua các chỉ tiêu thi đua của "
            "năm học mới."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025-2026, báo cáo công khai tài chính "
                "và báo cáo hoạt động của Ban Thanh tra nhân dân."
            ),
            Img(
                "/uploads/news/2026_10/hoi-nghi-vien-chuc.jpg",
                "Các đại biểu biểu quyết thông qua nghị quyết hội nghị",
                "Các đại biểu biểu quyết thông qua nghị quyết hội nghị",
                style="fig",
            ),
            P(
                "Các đại biểu đã thảo luận, đóng góp ý kiến vào quy chế chi tiêu nội bộ và quy chế "
                "dân chủ ở cơ sở của nhà trường."
            ),
            P(
                "Hội nghị đã biểu quyết thông qua nghị quyết với 100% đại biểu tán thành và phát "
                "động phong trào thi đua chào mừng các ngày lễ lớn trong năm học."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Đặng Quốc Hùng</strong></p>'),
        ],
        authors=["Đặng Quốc Hùng"],
        photographers=["Đặng Quốc Hùng"],
        opts={"publtime": "2026-10-09 14:00",
              "thumb": "/assets/news/2026_10/hoi-nghi-vien-chuc.jpg"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


# --- URLs ------------------------------------------------------------------------------------


def post_path(story: Story, cat: str | None = None) -> str:
    return f"/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/news/print/{story.cat}/{story.slug}-{story.id}.html"


def save_path(story: Story) -> str:
    return f"/news/savefile/{story.cat}/{story.slug}-{story.id}.html"


def nonrewrite_path(story: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={story.cat}/{story.slug}-{story.id}"


def cat_path(alias: str, page: int = 1) -> str:
    return f"/news/{alias}/" + (f"page-{page}" if page > 1 else "")


def stories_in(alias: str) -> list[Story]:
    """Posts listed in a category (main or extra listcatid), newest first."""
    found = [s for s in STORIES if s.cat == alias or alias in s.opts.get("listcats", [])]
    return sorted(found, key=lambda s: s.opts["publtime"], reverse=True)


def ordered() -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["publtime"], reverse=True)


# --- dates -----------------------------------------------------------------------------------


def _dt(story: Story) -> datetime:
    return datetime.strptime(story.opts["publtime"], "%Y-%m-%d %H:%M")


def detail_time(story: Story) -> str:
    d = _dt(story)
    return f"{WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def list_time(story: Story) -> str:
    return f"{_dt(story):%d/%m/%Y %H:%M}"


def day_only(story: Story) -> str:
    return f"{_dt(story):%d/%m/%Y}"


# --- chrome ----------------------------------------------------------------------------------


def _menu() -> str:
    return """
<nav class="second-nav" id="menusite">
 <div class="container"><div class="row"><div class="bg box-shadow">
  <ul class="nav navbar-nav">
   <li><a title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>
   <li class="dropdown" role="presentation"><a class="dropdown-toggle" role="button" aria-expanded="false" title="Giới thiệu" href="/about/gioi-thieu-chung.html">Giới thiệu <strong class="caret">&nbsp;</strong></a>
    <ul class="dropdown-menu">
     <li><a title="Giới thiệu chung" href="/about/gioi-thieu-chung.html">Giới thiệu chung</a></li>
     <li><a title="Lịch sử nhà trường" href="/about/lich-su-nha-truong.html">Lịch sử nhà trường</a></li>
     <li><a title="Cơ cấu tổ chức" href="/about/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li>
    </ul></li>
   <li class="dropdown" role="presentation"><a class="dropdown-toggle" title="Tin tức - Sự kiện" href="/news/">Tin tức - Sự kiện <strong class="caret">&nbsp;</strong></a>
    <ul class="dropdown-menu">
     <li><a title="Hoạt động nhà trường" href="/news/hoat-dong-nha-truong/">Hoạt động nhà trường</a></li>
     <li><a title="Đoàn thanh niên" href="/news/doan-thanh-nien/">Đoàn thanh niên</a></li>
    </ul></li>
   <li class="dropdown" role="presentation"><a class="dropdown-toggle" title="Dạy - Học" href="/news/day-hoc/">Dạy - Học <strong class="caret">&nbsp;</strong></a>
    <ul class="dropdown-menu">
     <li><a title="Tổ chuyên môn" href="/news/to-chuyen-mon/">Tổ chuyên môn</a></li>
    </ul></li>
   <li><a title="Thông báo" href="/news/thong-bao/">Thông báo</a></li>
   <li><a title="Văn bản" href="/laws/">Văn bản</a></li>
   <li><a title="Thư viện ảnh" href="/albums/">Thư viện ảnh</a></li>
   <li><a title="Liên hệ" href="/contact/">Liên hệ</a></li>
  </ul>
 </div></div></div>
</nav>"""


def _crumbs(trail: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<li itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="{href}" '
        f'itemprop="url" title="{esc(t)}"><span itemprop="title">{esc(t)}</span></a></li>'
        for t, href in trail
    )
    return f"""
<div class="breadcrumbs-wrap">
 <div class="display">
  <a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>
  <ul class="breadcrumbs list-none"></ul>
 </div>
 <ul class="subs-breadcrumbs"></ul>
 <ul class="temp-breadcrumbs hidden">
  <li itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="/" itemprop="url" title="Trang nhất"><span itemprop="title">Trang nhất</span></a></li>{items}
 </ul>
</div>"""


def _sidebar() -> str:
    notices = "".join(
        f'<li><a href="{esc(nonrewrite_path(s))}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
        for s in STORIES
        if s.opts.get("nonrewrite")
    )
    most_read = sorted(STORIES, key=lambda s: s.views(), reverse=True)[:4]
    most = "".join(
        f'<li class="clearfix"><a href="{post_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a>'
        f"</li>"
        for s in most_read
    )
    topics = "".join(
        f'<li><a href="/news/topic/{a}" title="{esc(t)}">{esc(t)}</a></li>' for a, t in TOPICS.items()
    )
    return f"""
<div class="col-sm-8 col-md-6 col-sm-push-16 col-md-push-18">
 <div class="panel panel-primary"><div class="panel-heading">Thông báo mới</div>
  <div class="panel-body"><ul class="nv-news-notice">{notices}</ul>
  <p class="text-right"><a href="/news/thong-bao/">Xem tất cả</a></p></div></div>
 <div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div>
  <div class="panel-body"><ul class="block_tophits list-none">{most}</ul></div></div>
 <div class="panel panel-primary"><div class="panel-heading">Chủ đề</div>
  <div class="panel-body"><ul class="list-none">{topics}</ul></div></div>
 <div class="panel panel-primary"><div class="panel-heading">Văn bản mới</div>
  <div class="panel-body"><ul class="list-none"><li><a href="/laws/detail/Ke-hoach-giao-duc-nam-hoc-2026-2027-12.html">Kế hoạch giáo dục năm học 2026-2027</a> <em>(15/09/2026)</em></li></ul></div></div>
 <div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div>
  <div class="panel-body"><form action="/voting/" method="post" onsubmit="return false;">
   <p><strong>Bạn biết đến website của trường qua đâu?</strong></p>
   <div class="row"><label><input type="radio" name="option" value="1" /> Giáo viên chủ nhiệm</label></div>
   <div class="row"><label><input type="radio" name="option" value="2" /> Mạng xã hội</label></div>
   <div class="row"><label><input type="radio" name="option" value="3" /> Bạn bè giới thiệu</label></div>
   <input class="btn btn-success btn-sm" type="button" value="Bình chọn" onclick="nv_sendvoting(this.form, '2', '1', '', '', '1');" />
   <input class="btn btn-primary btn-sm" type="button" value="Kết quả" onclick="nv_sendvoting(this.form, '2', 0, '', '', '1');" />
  </form></div></div>
 <div class="panel panel-primary"><div class="panel-heading">Liên kết website</div>
  <div class="panel-body"><select class="form-control" onchange="if(this.value)window.open(this.value);">
   <option value="">--- Liên kết ---</option>
   <option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>
   <option value="http://hatinh.edu.vn/">Sở GD&amp;ĐT Hà Tĩnh</option>
   <option value="https://nghixuan.hatinh.gov.vn/">UBND huyện Nghi Xuân</option>
  </select></div></div>
 <div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div>
  <div class="panel-body"><ul class="counter list-none display-table">
   <li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li>
   <li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">1.204</span></li>
   <li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>8.915</span></li>
   <li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>2.345.678</span></li>
  </ul></div></div>
</div>"""


def page(request: Request, title: str, main: str, trail: list[tuple[str, str]] | None = None,
         meta: str = "") -> Response:
    crumbs = _crumbs(trail) if trail is not None else ""
    body = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="NukeViet v4.0" />
<meta property="og:site_name" content="{esc(SITE_NAME)}" />
{meta}
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="stylesheet" href="/themes/default/css/font-awesome.min.css">
<link rel="stylesheet" href="/themes/nv4_school_blue/css/bootstrap.non-responsive.css">
<link rel="stylesheet" href="/themes/nv4_school_blue/css/style.css">
<link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml" />
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Nd7f1",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0;</script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/nv4_school_blue/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg">
<div class="wraper">
 <header>
  <div class="container"><div id="header" class="row">
   <div class="logo col-xs-24 col-sm-24 col-md-8">
    <a title="{esc(SITE_NAME)}" href="/"><img src="/uploads/logo-thpt-nguyen-du.png" width="90" height="90" alt="{esc(SITE_NAME)}" /></a>
    <span class="site_name">SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH<br />TRƯỜNG THPT NGUYỄN DU</span>
    <span class="site_description">Nghi Xuân - Hà Tĩnh</span>
   </div>
   <div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch">
    <form action="/seek/" method="get"><input type="text" name="q" maxlength="60" placeholder="Tìm kiếm..." class="form-control" />
    <button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></form>
   </div></div>
  </div></div>
 </header>
 {_menu()}
 <section>
  <div class="container" id="body">
   <nav class="third-nav">
    <div class="row"><div class="bg"><div class="clearfix">
     <div class="col-xs-24 col-sm-18 col-md-18">{crumbs}</div>
     <div class="current-time col-xs-24 col-sm-6 col-md-6 text-right"><span id="digclock">{HEADER_DATE}</span></div>
    </div></div></div>
   </nav>
   <div class="row">
    <div class="col-sm-16 col-md-18 col-sm-pull-8 col-md-pull-6">
{main}
    </div>
{_sidebar()}
   </div>
  </div>
 </section>
</div>
<footer id="footer">
 <div class="wraper"><div class="container"><div class="row">
  <div class="col-xs-24 col-sm-24 col-md-12">
   <div class="panel-body"><h3><strong>TRƯỜNG THPT NGUYỄN DU</strong></h3>
   <p>Địa chỉ: Thị trấn Nghi Xuân, huyện Nghi Xuân, tỉnh Hà Tĩnh</p>
   <p>Điện thoại: 0239 3820 163 - Email: c3nguyendu@hatinh.edu.vn</p>
   <p>Chịu trách nhiệm nội dung: Hiệu trưởng Phan Văn Hải</p></div>
  </div>
  <div class="col-xs-24 col-sm-24 col-md-12 text-right">
   <p>&copy; Bản quyền thuộc về Trường THPT Nguyễn Du</p>
   <p><a href="https://www.facebook.com/thptnguyendu.nghixuan" rel="nofollow">Fanpage nhà trường</a></p>
   <p class="copyright">Thiết kế bởi <a href="https://nukeviet.vn" rel="nofollow">NukeViet CMS</a></p>
  </div>
 </div></div></div>
</footer>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="/themes/nv4_school_blue/js/bootstrap.min.js"></script>
</body>
</html>"""
    return html(body)


def cat_trail(alias: str) -> list[tuple[str, str]]:
    trail = []
    a: str | None = alias
    while a:
        trail.insert(0, (CATS[a][0], cat_path(a)))
        a = CATS[a][1]
    return trail


def thumb(story: Story) -> str:
    if "thumb" in story.opts:
        return story.opts["thumb"]
    home = next((i for i in story.images if i.style.startswith("home")), None)
    if home is not None:
        return home.src.replace("/uploads/news/", "/assets/news/")
    if story.images:
        return story.images[0].src.replace("/uploads/news/", "/assets/news/")
    return "/themes/nv4_school_blue/images/no_image.gif"


def excerpt(story: Story) -> str:
    return story.summary or story.opts.get("hometext", "")


# --- the body ----------------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    alt = esc(img.caption or "")
    tag = f'<img alt="{alt}" height="400" src="{img.src}" width="600" />'
    if img.style == "fig":
        return (
            '<figure class="image" style="display:inline-block">'
            f'{tag}<figcaption>{esc(img.printed or "")}</figcaption></figure>'
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" '
            'style="width: 600px;"><tbody><tr><td>'
            f'{tag}</td></tr><tr><td class="image_caption" style="text-align: center;">'
            f'<span style="font-size:12px;"><em>{esc(img.printed or "")}</em></span></td></tr>'
            "</tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def body_html(story: Story) -> str:
    form = story.opts.get("body", "p")
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style.startswith("home"))]
    out: list[str] = []
    if story.opts.get("sapo_dup"):
        out.append(f'<p style="text-align: justify;"><strong>{esc(story.summary or "")}</strong></p>')
    if form == "br":
        lines = []
        for b in blocks:
            if isinstance(b, P):
                lines.append(f"&nbsp;&nbsp;&nbsp; {esc(b.text)}<br />")
            elif isinstance(b, Img):
                lines.append(f'<div style="text-align: center;"><img alt="" src="{b.src}" '
                             f'style="width: 600px; height: 400px;" /></div>')
                lines.append(f"<em>{esc(b.printed or '')}</em><br />")
        return "\n".join(lines)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = []
                for n, p in enumerate(run):
                    cells = p.text.split(" | ")
                    tag = "strong" if n == 0 else "span"
                    rows.append("<tr>" + "".join(
                        f'<td style="text-align: center;"><{tag}>{esc(c)}</{tag}></td>'
                        for c in cells) + "</tr>")
                out.append('<table border="1" cellpadding="3" cellspacing="0" '
                           'style="width:100%; border-collapse: collapse;"><tbody>'
                           + "".join(rows) + "</tbody></table>")
            continue
        if isinstance(b, P):
            if b.style == "h":
                out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
            elif b.style == "q":
                out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
            elif form == "div":
                out.append(
                    '<div style="text-align: justify;"><span style="font-size:14px;">'
                    f'<span style="font-family:times new roman,times,serif;">{esc(b.text)}'
                    "</span></span></div>"
                )
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    return "\n".join(out)


def home_figure(story: Story) -> str:
    home = next((i for i in story.images if i.style.startswith("home")), None)
    if home is None:
        return ""
    note = f"<figcaption>{esc(home.printed)}</figcaption>" if home.printed else ""
    if home.style == "home1":
        return (
            '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
            '<div style="width:160px;"><p id="imgpreview" class="text-center">'
            f'<img alt="{esc(home.printed or story.title)}" src="{home.src}" width="160" '
            f'class="img-thumbnail"/></p>{note}</div></figure>'
        )
    return (
        '<figure class="article center">'
        f'<img alt="{esc(home.printed or story.title)}" src="{home.src}" width="600" '
        f'class="img-thumbnail" />{note}</figure>'
    )


def _related(title: str, items: list[Story], more: str = "") -> str:
    if not items:
        return ""
    lis = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{post_path(s)}" '
        f'title="{esc(s.title)}"><h4>{esc(s.title)}</h4></a> <em>({day_only(s)})</em></li>'
        for s in items
    )
    return (
        f'<p class="h3"><strong>{esc(title)}</strong></p><div class="clearfix">'
        f'<ul class="related">{lis}</ul></div>{more}'
    )


def detail(request: Request, story: Story, via_cat: str) -> Response:
    canonical = base_url(request) + post_path(story)
    sapo = ""
    if story.summary:
        sapo = f'<div class="hometext">{esc(story.summary)}</div>'
    tools = (
        '<ul class="list-inline text-right">'
        f'<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" '
        f"onclick=\"nv_open_browse('{print_path(story)}','',840,500,'resizable=yes,scrollbars=yes,"
        "toolbar=no,location=no,status=no');return false\"><em class=\"fa fa-print fa-lg\">&nbsp;"
        "</em></a></li>"
    )
    if story.opts.get("save"):
        tools += (f'<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" '
                  f'href="{save_path(story)}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>')
    tools += "</ul>"
    byline = ""
    if story.opts.get("author_field"):
        byline += (f'<p class="h5 text-right"><strong>Tác giả bài viết: </strong>'
                   f'{esc(story.opts["author_field"])}</p>')
    if story.opts.get("source_field"):
        stext, shref = story.opts["source_field"]
        byline += (f'<p class="h5 text-right"><strong>Nguồn tin: </strong><a href="{shref}" '
                   f'rel="nofollow" target="_blank">{esc(stext)}</a></p>')
    if byline:
        byline = f'<div class="margin-bottom-lg">{byline}</div>'
    main = f"""
<div class="news_column panel panel-default">
 <div class="panel-body">
  <h1 class="title margin-bottom-lg">{esc(story.title)}</h1>
  <div class="row margin-bottom-lg">
   <div class="col-md-12"><span class="h5">{detail_time(story)}</span></div>
   <div class="col-md-12">{tools}</div>
  </div>
  <div class="clearfix">
   {home_figure(story)}
   {sapo}
  </div>
  <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body_html(story)}
  </div>
  {byline}
  <div class="alert alert-info margin-bottom-lg">Bản quyền thuộc về Trường THPT Nguyễn Du. Ghi rõ nguồn "Trường THPT Nguyễn Du" khi phát hành lại thông tin từ website này.</div>
 </div>
</div>"""
    tags = story.opts.get("tags", [])
    if tags:
        links = ", ".join(f'<a title="{esc(TAGS[t])}" href="/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>'
                          for t in tags)
        main += (f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
                 f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div></div></div>')
    score = 3 + story.id % 3
    main += f"""
<div class="news_column panel panel-default"><div class="panel-body">
 <form id="form3B" action="">
  <div class="h5 clearfix">
   <p id="stringrating">Tổng số điểm của bài viết là: {score * 5 - 2} trong {score} đánh giá</p>
   <span itemscope itemtype="http://data-vocabulary.org/Review-aggregate">Xếp hạng: <span itemprop="rating">{(score * 5 - 2) / score:.1f}</span> - <span itemprop="votes">{score}</span> phiếu bầu</span>
   <div style="padding: 5px;">
    <input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="2" title="Bài viết kém" /><input class="hover-star" type="radio" value="3" title="Bài viết đạt" /><input class="hover-star" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" />
    <span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span>
   </div>
  </div>
 </form>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body">
 <div class="fb-like" data-href="{canonical}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>
 <a href="https://twitter.com/share" class="twitter-share-button">Tweet</a>
</div></div>"""
    others = ""
    topic = story.opts.get("topic")
    if topic:
        mates = [s for s in ordered() if s.opts.get("topic") == topic and s is not story]
        others += _related("Các tin khác cùng chủ đề", mates,
                           f'<p class="text-right"><a title="{esc(TOPICS[topic])}" '
                           f'href="/news/topic/{topic}">Xem tiếp...</a></p>')
    same = stories_in(story.cat)
    newer = [s for s in same if s.opts["publtime"] > story.opts["publtime"]][-3:]
    older = [s for s in same if s.opts["publtime"] < story.opts["publtime"]][:3]
    others += _related("Những tin mới hơn", newer)
    others += _related("Những tin cũ hơn", older)
    if others:
        main += (f'<div class="news_column panel panel-default"><div class="panel-body other-news">'
                 f"{others}</div></div>")
    if story.opts.get("comments"):
        main += """
<div class="news_column panel panel-default"><div class="panel-body">
 <div id="idcomment" class="nv-fullbg">
  <p class="h3"><strong>Ý kiến bạn đọc</strong></p>
  <ul class="comment-list list-none">
   <li class="media"><div class="media-body">
    <div class="comment-info"><strong>Nguyễn Thị Lan</strong> - <em class="fa fa-clock-o">&nbsp;</em>16/10/2026 20:14</div>
    <div class="comment-content">Chúc mừng Ban chấp hành mới, mong Đoàn trường có thêm nhiều hoạt động bổ ích cho các em.</div>
   </div></li>
   <li class="media"><div class="media-body">
    <div class="comment-info"><strong>Cựu học sinh khóa 2010-2013</strong> - <em class="fa fa-clock-o">&nbsp;</em>17/10/2026 07:02</div>
    <div class="comment-content">Nhớ những ngày tham gia Đại hội Đoàn ở trường. Chúc các em thành công!</div>
   </div></li>
  </ul>
  <form method="post" role="form" onsubmit="return false;">
   <div class="form-group"><input type="text" name="name" class="form-control" placeholder="Họ tên" /></div>
   <div class="form-group"><input type="email" name="email" class="form-control" placeholder="Email" /></div>
   <div class="form-group"><textarea name="content" class="form-control" rows="5" placeholder="Nội dung bình luận"></textarea></div>
   <input type="button" value="Gửi bình luận" class="btn btn-primary" />
  </form>
 </div>
</div></div>"""
    desc = story.summary or story.opts.get("hometext", "")
    home = next((i for i in story.images if i.style.startswith("home")), None)
    og_image = f'<meta property="og:image" content="{base_url(request)}{(home.src if home else thumb(story))}" />'
    meta = (
        f'<meta name="description" content="{esc(desc)}" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n'
        f'<meta property="og:url" content="{canonical}" />\n{og_image}'
    )
    trail = cat_trail(via_cat)
    return page(request, f"{story.title} - {CATS[via_cat][0]} - {SITE_NAME}", main, trail, meta)


def print_view(request: Request, story: Story, save: bool = False) -> Response:
    sapo = f'<div id="hometext"><strong>{esc(story.summary)}</strong></div>' if story.summary else ""
    byline = ""
    if story.opts.get("author_field"):
        byline += f'<div class="author"><strong>Tác giả bài viết: </strong>{esc(story.opts["author_field"])}</div>'
    if story.opts.get("source_field"):
        byline += f'<div class="source"><strong>Nguồn tin: </strong>{esc(story.opts["source_field"][0])}</div>'
    url = base_url(request) + post_path(story)
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="stylesheet" href="/themes/default/css/news.print.css" /></head>
<body>
<div id="print">
 <div id="hd_print"><h2 class="pull-left">{esc(SITE_NAME)}</h2><p class="pull-right"><a title="{esc(SITE_NAME)}" href="{base_url(request)}/">{base_url(request)}</a></p></div>
 <div class="clear"></div>
 <hr />
 <div id="content">
  <h1>{esc(story.title)}</h1>
  <ul class="list-inline"><li>{detail_time(story)}</li></ul>
  <div class="clear"></div>
  {home_figure(story)}
  {sapo}
  <div id="bodytext" class="clearfix">{body_html(story)}</div>
  <div id="author">{byline}</div>
 </div>
 <div id="footer" class="clearfix">
  <div id="url"><strong>URL của bản tin này: </strong><a href="{url}" title="{esc(story.title)}">{url}</a></div>
  <div class="clear"></div>
  <div class="copyright">&copy; {esc(SITE_NAME)}</div>
  <div id="contact"><a href="mailto:c3nguyendu@hatinh.edu.vn">c3nguyendu@hatinh.edu.vn</a></div>
 </div>
</div>
{"" if save else '<script>window.print();</script>'}
</body></html>"""
    headers = {}
    if save:
        headers["Content-Disposition"] = f'attachment; filename="{story.slug}.html"'
    return html(doc, headers=headers)


# --- listings ----------------------------------------------------------------------------------


def _item(story: Story, listing: str | None = None) -> str:
    # a listing of a post's second category links it under that category's alias (trap 10)
    url = post_path(story, listing if listing in story.opts.get("listcats", []) else None)
    return f"""
<div class="news_column panel panel-default"><div class="panel-body">
 <a href="{url}" title="{esc(story.title)}"><img alt="{esc(story.title)}" src="{thumb(story)}" width="100" class="img-thumbnail pull-left imghome" /></a>
 <h3><a href="{url}" title="{esc(story.title)}">{esc(story.title)}</a></h3>
 <div class="text-muted"><ul class="list-unstyled list-inline">
  <li><em class="fa fa-clock-o">&nbsp;</em> {list_time(story)}</li>
  <li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {story.views()}</li>
 </ul></div>
 {esc(excerpt(story))}
</div></div>"""


def _pager(alias: str, page_no: int, pages: int) -> str:
    if pages <= 1:
        return ""
    lis = []
    if page_no > 1:
        lis.append(f'<li><a href="{cat_path(alias, page_no - 1)}">&laquo;</a></li>')
    else:
        lis.append('<li class="disabled"><a href="#">&laquo;</a></li>')
    for n in range(1, pages + 1):
        if n == page_no:
            lis.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            lis.append(f'<li><a href="{cat_path(alias, n)}">{n}</a></li>')
    if page_no < pages:
        lis.append(f'<li><a rel="next" href="{cat_path(alias, page_no + 1)}">&raquo;</a></li>')
    else:
        lis.append('<li class="disabled"><a href="#">&raquo;</a></li>')
    return f'<div class="text-center"><ul class="pagination">{"".join(lis)}</ul></div>'


def category(request: Request, alias: str, page_no: int) -> Response | None:
    items = stories_in(alias)
    pages = max(1, -(-len(items) // PER_PAGE))
    if page_no < 1 or page_no > pages:
        return None
    chunk = items[(page_no - 1) * PER_PAGE: page_no * PER_PAGE]
    main = "".join(_item(s, alias) for s in chunk) + _pager(alias, page_no, pages)
    title = CATS[alias][0] + (f" - Trang {page_no}" if page_no > 1 else "")
    return page(request, f"{title} - {SITE_NAME}", main, cat_trail(alias))


def _cat_block(alias: str, n: int = 3) -> str:
    items = stories_in(alias)[:n]
    if not items:
        return ""
    top, rest = items[0], items[1:]
    others = "".join(
        f'<li class="icon_list"><a class="show" href="{post_path(s)}" title="{esc(s.title)}">'
        f"{esc(s.title)}</a></li>"
        for s in rest
    )
    return f"""
<div class="news_column panel panel-default">
 <div class="panel-heading"><h4><a title="{esc(CATS[alias][0])}" href="{cat_path(alias)}"><span>{esc(CATS[alias][0])}</span></a></h4></div>
 <div class="panel-body">
  <div class="row"><div class="col-md-12">
   <a href="{post_path(top)}" title="{esc(top.title)}"><img src="{thumb(top)}" alt="{esc(top.title)}" width="100" class="img-thumbnail pull-left imghome" /></a>
   <h3><a href="{post_path(top)}" title="{esc(top.title)}">{esc(top.title)}</a></h3>
   <p>{esc(excerpt(top))}</p>
  </div>
  <div class="col-md-12"><ul class="related">{others}</ul></div></div>
 </div>
</div>"""


def home(request: Request) -> Response:
    slides = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{post_path(s)}" title="{esc(s.title)}">'
        f'<img src="{thumb(s)}" alt="{esc(s.title)}" /></a><div class="carousel-caption">'
        f'<h3><a href="{post_path(s)}">{esc(s.title)}</a></h3></div></div>'
        for n, s in enumerate(ordered()[:5])
    )
    main = (
        f'<div id="slider-news" class="carousel slide" data-ride="carousel">'
        f'<div class="carousel-inner">{slides}</div></div>'
        + "".join(_cat_block(a) for a in POST_CATS)
    )
    return page(request, SITE_NAME, main, None)


def news_home(request: Request) -> Response:
    main = "".join(_cat_block(a) for a in POST_CATS)
    return page(request, f"Tin Tức - {SITE_NAME}", main, [("Tin Tức", "/news/")])


def parent_cat(request: Request, alias: str) -> Response:
    subs = [a for a, (_, parent) in CATS.items() if parent == alias]
    main = "".join(_cat_block(a) for a in subs)
    return page(request, f"{CATS[alias][0]} - {SITE_NAME}", main, cat_trail(alias))


def topic(request: Request, alias: str) -> Response:
    items = [s for s in ordered() if s.opts.get("topic") == alias]
    main = (f'<div class="page-header"><h1>{esc(TOPICS[alias])}</h1></div>'
            + "".join(_item(s) for s in items))
    return page(request, f"{TOPICS[alias]} - Chủ đề - {SITE_NAME}", main,
                [("Tin Tức", "/news/"), (TOPICS[alias], f"/news/topic/{alias}")])


def tag(request: Request, alias: str) -> Response:
    items = [s for s in ordered() if alias in s.opts.get("tags", [])]
    main = (f'<div class="page-header"><h1>Từ khóa: {esc(TAGS[alias])}</h1></div>'
            + "".join(_item(s) for s in items))
    return page(request, f"{TAGS[alias]} - {SITE_NAME}", main, [("Tin Tức", "/news/")])


# --- other modules ---------------------------------------------------------------------------

ABOUT = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        [
            "Trường THPT Nguyễn Du đóng tại thị trấn Nghi Xuân, huyện Nghi Xuân, tỉnh Hà Tĩnh, "
            "được mang tên Đại thi hào Nguyễn Du, danh nhân văn hóa thế giới.",
            "Năm học 2026-2027, nhà trường có 33 lớp với 1.350 học sinh, 82 cán bộ, giáo viên, "
            "nhân viên; trường đạt chuẩn quốc gia mức độ 2.",
        ],
    ),
    "lich-su-nha-truong": (
        "Lịch sử nhà trường",
        [
            "Trường được thành lập năm 1965 với tên gọi ban đầu là Trường cấp 3 Nghi Xuân, đến năm "
            "1991 được đổi tên thành Trường THPT Nguyễn Du.",
            "Qua hơn 60 năm xây dựng và phát triển, nhà trường đã đào tạo hàng vạn học sinh, nhiều "
            "người trở thành nhà khoa học, cán bộ lãnh đạo ở Trung ương và địa phương.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: Thầy Phan Văn Hải.",
            "Phó Hiệu trưởng: Thầy Nguyễn Hữu Thành, ThS. Lê Văn Bình.",
            "Các tổ chuyên môn: Tổ Ngữ văn, Tổ Toán - Tin, Tổ Khoa học tự nhiên, Tổ Khoa học xã hội, "
            "Tổ Ngoại ngữ, Tổ Thể dục - Quốc phòng và Tổ Văn phòng.",
        ],
    ),
}


def about(request: Request, alias: str) -> Response:
    title, paras = ABOUT[alias]
    others = "".join(f'<li><a href="/about/{a}.html" title="{esc(t)}">{esc(t)}</a></li>'
                     for a, (t, _) in ABOUT.items() if a != alias)
    main = (
        f'<div class="page panel panel-default"><div class="panel-body">'
        f'<h1 class="title margin-bottom-lg">{esc(title)}</h1>'
        f'<div class="bodytext margin-bottom-lg">{"".join(f"<p>{esc(p)}</p>" for p in paras)}</div>'
        f'</div></div><div class="page panel panel-default"><div class="panel-body">'
        f'<p class="h3"><strong>Các trang khác</strong></p><ul class="related">{others}</ul></div></div>'
    )
    return page(request, f"{title} - {SITE_NAME}", main, [("Giới thiệu", f"/about/{alias}.html"),
                                                          (title, f"/about/{alias}.html")])


def contact(request: Request) -> Response:
    main = """
<div class="panel panel-default"><div class="panel-body">
 <h1>Liên hệ</h1>
 <p><strong>Trường THPT Nguyễn Du</strong></p>
 <p>Địa chỉ: Thị trấn Nghi Xuân, huyện Nghi Xuân, tỉnh Hà Tĩnh</p>
 <p>Điện thoại: 0239 3820 163</p>
 <p>Email: c3nguyendu@hatinh.edu.vn</p>
 <form action="/contact/" method="post" onsubmit="return false;">
  <input type="text" name="fname" placeholder="Họ và tên" class="form-control" />
  <input type="email" name="femail" placeholder="Email" class="form-control" />
  <input type="text" name="ftitle" placeholder="Tiêu đề" class="form-control" />
  <textarea name="fcon" class="form-control" placeholder="Nội dung"></textarea>
  <input type="button" value="Gửi thư" class="btn btn-primary" />
 </form>
</div></div>"""
    return page(request, f"Liên hệ - {SITE_NAME}", main, [("Liên hệ", "/contact/")])


LAW_PATH = "/laws/detail/Ke-hoach-giao-duc-nam-hoc-2026-2027-12.html"
ALBUM_PATH = "/albums/le-ky-niem-ngay-nha-giao-viet-nam-20-11-2026-8.html"


def laws(request: Request) -> Response:
    main = f"""
<div class="panel panel-default"><div class="panel-body">
 <table class="table table-striped table-bordered"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
 <tbody><tr><td>125/KH-THPTND</td><td>15/09/2026</td><td><a href="{LAW_PATH}">Kế hoạch giáo dục năm học 2026-2027</a></td></tr></tbody></table>
</div></div>"""
    return page(request, f"Văn bản - {SITE_NAME}", main, [("Văn bản", "/laws/")])


def law_detail(request: Request) -> Response:
    main = """
<div class="panel panel-default"><div class="panel-body">
 <h1>Kế hoạch giáo dục năm học 2026-2027</h1>
 <table class="table table-bordered">
  <tr><td>Số hiệu văn bản</td><td>125/KH-THPTND</td></tr>
  <tr><td>Ngày ban hành</td><td>15/09/2026</td></tr>
  <tr><td>Cơ quan ban hành</td><td>Trường THPT Nguyễn Du</td></tr>
  <tr><td>Người ký</td><td>Phan Văn Hải</td></tr>
  <tr><td>Trích yếu</td><td>Kế hoạch giáo dục năm học 2026-2027</td></tr>
 </table>
 <p><em class="fa fa-download">&nbsp;</em><a href="/uploads/laws/ke-hoach-giao-duc-2026-2027.pdf">ke-hoach-giao-duc-2026-2027.pdf</a></p>
</div></div>"""
    return page(request, f"Kế hoạch giáo dục năm học 2026-2027 - Văn bản - {SITE_NAME}", main,
                [("Văn bản", "/laws/"), ("Kế hoạch giáo dục năm học 2026-2027", LAW_PATH)])


def albums(request: Request) -> Response:
    main = f"""
<div class="panel panel-default"><div class="panel-body"><div class="row">
 <div class="col-md-8 text-center"><a href="{ALBUM_PATH}"><img src="/assets/albums/2026_11/album-20-11.jpg" alt="Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026" class="img-thumbnail" /></a>
 <p><a href="{ALBUM_PATH}">Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</a></p></div>
</div></div></div>"""
    return page(request, f"Thư viện ảnh - {SITE_NAME}", main, [("Thư viện ảnh", "/albums/")])


def album(request: Request) -> Response:
    pics = "".join(
        f'<div class="col-md-6"><a href="/uploads/albums/2026_11/20-11-{n}.jpg" rel="lightbox">'
        f'<img src="/assets/albums/2026_11/20-11-{n}.jpg" alt="Ảnh {n}" class="img-thumbnail" /></a></div>'
        for n in range(1, 7)
    )
    main = (f'<div class="panel panel-default"><div class="panel-body">'
            f"<h1>Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</h1>"
            f'<p class="text-muted">6 ảnh - Ngày đăng: 21/11/2026</p><div class="row">{pics}</div>'
            f"</div></div>")
    return page(request, f"Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026 - {SITE_NAME}", main,
                [("Thư viện ảnh", "/albums/"), ("Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", ALBUM_PATH)])


def seek(request: Request) -> Response:
    q = request.params.get("q", "")
    main = (f'<div class="panel panel-default"><div class="panel-body"><h1>Tìm kiếm</h1>'
            f'<form action="/seek/" method="get"><input type="text" name="q" value="{esc(q)}" '
            f'class="form-control" /><input type="submit" value="Tìm kiếm" class="btn" /></form>'
            f"<p>Không tìm thấy kết quả nào phù hợp.</p></div></div>")
    return page(request, f"Tìm kiếm - {SITE_NAME}", main, [("Tìm kiếm", "/seek/")])


def voting(request: Request) -> Response:
    main = """
<div class="panel panel-default"><div class="panel-body">
 <h1>Bạn biết đến website của trường qua đâu?</h1>
 <ul class="list-none">
  <li>Giáo viên chủ nhiệm: 412 phiếu (48%)</li>
  <li>Mạng xã hội: 301 phiếu (35%)</li>
  <li>Bạn bè giới thiệu: 146 phiếu (17%)</li>
 </ul>
</div></div>"""
    return page(request, f"Thăm dò ý kiến - {SITE_NAME}", main, [("Thăm dò ý kiến", "/voting/")])


# --- routing -----------------------------------------------------------------------------------

_POST = re.compile(r"^/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_TOOL = re.compile(r"^/news/(print|savefile)/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/news/([a-z0-9-]+)/(?:page-(\d+))?$")


def _find(cat: str, slug: str, sid: str) -> Story | None:
    story = BY_ID.get(int(sid))
    if story is None or story.slug != slug:
        return None
    if cat != story.cat and cat not in story.opts.get("listcats", []):
        return None
    return story


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/assets/", "/themes/")):
            if path.endswith(".pdf"):
                return Response(200, b"%PDF-1.4\n%%EOF\n", {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/index.php":
            p = request.params
            if set(p) == {"language", "nv", "op"} and p["language"] == "vi" and p["nv"] == "news":
                m = re.fullmatch(r"([a-z0-9-]+)/([a-z0-9-]+)-(\d+)", p["op"])
                if m and (story := _find(*m.groups())) and story.opts.get("nonrewrite"):
                    return detail(request, story, story.cat)
            return None
        if request.query and path != "/seek/":
            return None
        if path == "/":
            return home(request)
        if path == "/news/":
            return news_home(request)
        if path == "/seek/":
            return seek(request)
        if path == "/voting/":
            return voting(request)
        if path == "/contact/":
            return contact(request)
        if path == "/laws/":
            return laws(request)
        if path == LAW_PATH:
            return law_detail(request)
        if path == "/albums/":
            return albums(request)
        if path == ALBUM_PATH:
            return album(request)
        if m := re.fullmatch(r"/about/([a-z0-9-]+)\.html", path):
            return about(request, m.group(1)) if m.group(1) in ABOUT else None
        if m := re.fullmatch(r"/news/topic/([a-z0-9-]+)", path):
            return topic(request, m.group(1)) if m.group(1) in TOPICS else None
        if m := re.fullmatch(r"/news/tag/([a-z0-9-]+)", path):
            return tag(request, m.group(1)) if m.group(1) in TAGS else None
        if m := _TOOL.match(path):
            kind, cat, slug, sid = m.groups()
            story = _find(cat, slug, sid)
            if story is None or cat != story.cat:
                return None
            if kind == "savefile":
                return print_view(request, story, save=True) if story.opts.get("save") else None
            return print_view(request, story)
        if m := _POST.match(path):
            story = _find(*m.groups())
            return detail(request, story, m.group(1)) if story else None
        if m := _CAT.match(path):
            alias, page_no = m.group(1), int(m.group(2) or 1)
            if alias in ("day-hoc", "tin-tuc") and page_no == 1:
                return parent_cat(request, alias)
            if alias in POST_CATS:
                if m.group(2) == "1":
                    return None
                return category(request, alias, page_no)
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _alt(story: Story) -> list[str]:
    alts = [post_path(story, c) for c in story.opts.get("listcats", [])]
    if story.opts.get("nonrewrite"):
        alts.append(nonrewrite_path(story))
    alts.append(print_path(story))
    if story.opts.get("save"):
        alts.append(save_path(story))
    return alts


GOLD = [
    gold_record(s, post_path(s), CATS[s.cat][0], alt_paths=_alt(s)) for s in STORIES
]

NON_ARTICLES = [
    "/about/gioi-thieu-chung.html",
    "/about/lich-su-nha-truong.html",
    "/about/co-cau-to-chuc.html",
    "/contact/",
    LAW_PATH,
    ALBUM_PATH,
]
