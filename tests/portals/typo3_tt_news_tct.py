"""Trường Chính trị tỉnh Đắk Nông: TYPO3 4.5 LTS with the old tt_news extension, never upgraded.

Platform
    TYPO3 4.5.x (``<meta name="generator" content="TYPO3 4.5 CMS">``), css_styled_content,
    RealURL, tt_news 3.x with its default ``tt_news_v3_template.html`` (pi1 LIST / LATEST /
    SINGLE / CATMENU views) and the pmkslimbox lightbox. ``config.baseURL`` is set: every page
    prints ``<base href="http://<host>/">`` and every link, image and script is written relative to
    it, without a leading slash.

URL scheme
    ``/``                                        home (LATEST view of 4 + a "Thông báo" box)
    ``/tin-tuc.html``                            news LIST (pid 12), 5 a page
    ``/tin-tuc/page/<N>.html``                   LIST with ``tx_ttnews[pointer]=N`` (zero-based!)
    ``/tin-tuc/danh-muc/<cat>.html``             LIST of one category (``tx_ttnews[cat]``), 6 a page
    ``/tin-tuc/danh-muc/<cat>/page/<N>.html``    its further pages (zero-based pointer)
    ``/tin-tuc/chi-tiet/article/<slug>.html``    SINGLE view (pid 31 "Chi tiết tin")
    ``/tin-tuc/chi-tiet/article/<slug>.html?tx_ttnews%5BbackPid%5D=12&cHash=…``
                                                 the same, as the category lists link it
    ``/index.php?id=31&tx_ttnews%5Btt_news%5D=<uid>&cHash=<10 hex>``
                                                 the same, un-RealURL'd (LATEST sidebar, related)
    ``/index.php?type=100``                      tt_news RSS 2.0 feed (10 newest)
    ``/gioi-thieu.html``, ``/gioi-thieu/co-cau-to-chuc.html``, ``/van-ban.html``,
    ``/thu-vien-anh.html``, ``/lien-he.html``, ``/so-do-site.html``   plain TYPO3 pages
    ``typo3temp/pics/*.jpg``, ``uploads/pics/*``, ``uploads/RTEmagicC_*``, ``uploads/media/*.pdf``,
    ``fileadmin/templates/*``                    files

Page templates
    * every page: header with the date ("Thứ Bảy, 05/12/2026"), a TMENU with drop-downs, the
      breadcrumb of the page tree, left column (tt_news CATMENU tree, "Liên kết" select box,
      visitor counter), content column wrapped in ``<!--TYPO3SEARCH_begin-->`` markers, right
      column (tt_news LATEST "Tin mới" with cropped titles, poll), footer with address and a
      spam-protected e-mail "vanphong(at)…";
    * SINGLE: the plugin's content element header ``<h1 class="csc-firstHeader">`` first, then
      ``div.news-single-item``: ``div.news-single-rightbox`` (date, time, categories, author),
      ``<h1>`` title, ``<h2>`` subheader, ``div.news-single-img`` (images + caption lines),
      ``<p class="bodytext">`` text, ``div.news-single-related``, ``div.news-single-files``,
      ``div.news-single-backlink``; below it a second plugin "Các tin khác" (LIST, 5 others);
    * LIST: ``div.news-list-item`` with date, ``<h3>`` title link, thumbnail, teaser, "[Xem tiếp]",
      then the tt_news browse box.

How each gold article is reached
    Every article is in the LIST ``/tin-tuc.html`` and its zero-based pages and in its
    category's list. The four newest are on the home page, the five newest in the "Tin mới"
    sidebar (index.php form). "Trường Chính trị tỉnh Đắk Nông tổ chức Hội nghị học tập, quán
    triệt Nghị quyết …" (uid 437) is reached only through ``/tin-tuc/page/2.html`` (the third
    page) or the second page of its category lists.

Traps
    1. ``<base href>``: all links are relative without a leading slash ("tin-tuc/page/1.html",
       "typo3temp/pics/….jpg"). Resolved against the page URL instead of the base they give
       ``/tin-tuc/chi-tiet/article/tin-tuc/page/1.html`` and the like, which answer 404. Gold:
       paths resolved against the base (images too: ``/typo3temp/pics/….jpg``).
    2. Two ``<h1>`` on every article page: the plugin's content-element header
       ``<h1 class="csc-firstHeader">Tin tức - Sự kiện</h1>`` comes first, the news headline is the
       second ``<h1>`` inside ``div.news-single-item``; and ``<title>`` is the page's own title
       "Trường Chính trị tỉnh Đắk Nông: Chi tiết tin", the same for all 13 (substitutePagetitle is
       off; there is no og:title). Gold title: the second ``<h1>``.
    3. tt_news dates "dd.mm.yy HH:MM" with a two-digit year ("03.12.26 14:30"), printed in the
       right box *before* the headline. Gold "2026-12-03T14:30:00+07:00" (not 2003-12-26). A news
       item stored at midnight prints "14.11.26 00:00": gold the day alone. Not dates of the
       article: ``<meta name="date">`` (the "Chi tiết tin" page record, last changed 2013-05-14,
       the same on every article), the footer's "Cập nhật lần cuối: 05.12.26", the related
       items' "- 28.10.26".
    4. Zero-based page pointer: the browse box labels "1 2 3" but links "2" to
       ``tin-tuc/page/1.html`` and "3" to ``tin-tuc/page/2.html``; the first page is
       ``tin-tuc.html`` (``page/0.html`` is never linked, it would repeat page 1).
    5. The sapo is the tt_news subheader, printed as a bare ``<h2>`` under the headline, not in
       the bodytext; gold: summary = that line and first body paragraph. Items without a
       subheader show a cropped bodytext teaser ending "…" in the lists: not a summary (null),
       except the one whose first bodytext paragraph is bold (it is the sapo).
    6. Image block before the text: ``div.news-single-img`` holds every image (a ``typo3temp``
       thumbnail linked to the ``uploads/pics`` original through the lightbox) followed by its
       ``<p class="news-single-imgcaption">`` line, filled from the image-caption field line by
       line. When the field has fewer lines than images the later images get an empty caption
       ``<p>`` and the next text is the first body paragraph: caption None, not that paragraph.
       A caption line "Ảnh: Minh Tú" only credits: caption None, photographer "Minh Tú". Gold
       image path: the thumbnail ``<img src>``, not the lightbox href.
    7. Images put into the bodytext with the old RTE are ``uploads/RTEmagicC_<name>.jpg.jpg``
       (double extension) in a centred ``<p class="bodytext">``; the caption is the next centred
       ``<p class="bodytext"><em>…</em></p>``: an image caption, not body text.
    8. Category: the breadcrumb is the page tree ("Trang chủ › Tin tức › Chi tiết tin": "Chi tiết
       tin" is a page, not a section); the right box prints the categories the item is assigned
       to, parent and child ("Danh mục: Tin tức - Sự kiện, Hoạt động của Trường"). Gold category:
       the child (most specific) category; a top-level category ("Thông báo") when that is all.
    9. Bylines: the right box "Tác giả: <a href="javascript:linkTo_UnCryptMailto('…')">ThS. Trần
       Thị Thu Hà</a>" (spam-protected mailto) -> "Trần Thị Thu Hà"; "Tác giả: quantri" (the BE
       account) -> nobody; the author field typed "Tin, ảnh: Đức Thắng" -> author and
       photographer; an item with no author field signs in the bodytext with a right-aligned
       ``<p class="align-right">`` "Nguyễn Thị Mai - Khoa Lý luận cơ sở" -> "Nguyễn Thị Mai" (not
       body); a unit signing alone ("Phòng Quản lý đào tạo") is the author as printed.
   10. The same item three ways with no canonical link (TYPO3 4.5 prints none): the RealURL path,
       the RealURL path with ``?tx_ttnews%5BbackPid%5D=12&cHash=…`` from the category lists, and
       ``index.php?id=31&tx_ttnews%5Btt_news%5D=<uid>&cHash=…`` from "Tin mới" and "Tin liên
       quan". Gold path: the RealURL path; the other two are alt_paths.
   11. Chrome inside the plugin: "Tin liên quan:" (``dl`` with dates), "Tệp đính kèm:" (file
       with size), the back link "« Quay lại: Tin tức", and the second plugin "Các tin khác" with
       teasers of other items; RTE spacer paragraphs ``<p class="bodytext">&nbsp;</p>``. None is
       body. A closing right-aligned italic "Nguồn: Báo Đắk Nông điện tử" is the source.
   12. A schedule notice whose text is an RTE ``table.contenttable``: each row a paragraph, cells
       joined " | ".

Gold decisions on ambiguous points
    * category = the most specific tt_news category printed in the right box (see trap 8);
    * an empty caption ``<p>`` is no caption; the lightbox href is not the image's path;
    * the subheader ``<h2>`` is the sapo and the body's first paragraph;
    * the RSS feed and ``index.php?type=100`` are neither articles nor NON_ARTICLES (a listing);
    * ``/van-ban.html`` (document list with PDF links) and ``/so-do-site.html`` (sitemap) are
      NON_ARTICLES, like the intro, structure, album and contact pages.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from urllib.parse import parse_qs

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
)

NAME = "typo3_tt_news_tct"
PLATFORM = "TYPO3 4.5 LTS + tt_news 3 (RealURL)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Đắk Nông"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
LIST_PID = 12
SINGLE_PID = 31
PER_PAGE = 5
CAT_PER_PAGE = 6


def chash(*parts: object) -> str:
    """TYPO3 4.5's cHash: ten hex digits of an md5 of the parameters."""
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:10]


def thumb(name: str, width: int) -> str:
    """A processed image as TYPO3 4.5 writes it: ``typo3temp/pics/<md5 10>.jpg``."""
    return f"typo3temp/pics/{hashlib.md5(f'{name}:{width}'.encode()).hexdigest()[:10]}.jpg"


# --- categories (tt_news_cat): uid, slug, title, parent slug -----------------------------------

CATS: dict[str, tuple[int, str, str | None]] = {
    "tin-tuc-su-kien": (1, "Tin tức - Sự kiện", None),
    "hoat-dong-truong": (2, "Hoạt động của Trường", "tin-tuc-su-kien"),
    "dao-tao-boi-duong": (3, "Đào tạo - Bồi dưỡng", "tin-tuc-su-kien"),
    "nghien-cuu-khoa-hoc": (4, "Nghiên cứu khoa học", "tin-tuc-su-kien"),
    "thong-bao": (5, "Thông báo", None),
}


def cat_title(slug: str) -> str:
    return CATS[slug][1]


def cat_chain(slug: str) -> list[str]:
    """The categories an item filed under ``slug`` is assigned to: parent first, then the child."""
    parent = CATS[slug][2]
    return [parent, slug] if parent else [slug]


def cat_members(slug: str) -> list[Story]:
    """Items of a category list (``useSubCategories``: a parent lists its children's items)."""
    return [s for s in STORIES if slug in cat_chain(s.cat)]


# --- the stories -------------------------------------------------------------------------------
# opts: time (printed time), author (the tt_news author field as printed), email (author_email),
# sub (subheader printed as <h2>), imgcap (caption field lines), related (uids), files


def _tt(name: str, printed: str | None, caption: str | None) -> Img:
    return Img(thumb(name, 280), printed, caption, style="tt")


def _rte(name: str, printed: str | None, caption: str | None) -> Img:
    return Img(f"uploads/RTEmagicC_{name}.jpg.jpg", printed, caption, style="rte")


SPACER = Raw('<p class="bodytext">&nbsp;</p>')

STORIES: list[Story] = [
    Story(
        id=468,
        slug="lich-hoc-lop-tc-llct-hc-k45-tuan-14-12-19-12-2026",
        title="Thông báo lịch học lớp Trung cấp lý luận chính trị - hành chính K45 (tuần từ 14/12 đến 19/12/2026)",
        cat="thong-bao",
        published_at="2026-12-04T08:15:00+07:00",
        blocks=[
            P("Phòng Quản lý đào tạo thông báo lịch học tuần từ ngày 14/12 đến ngày 19/12/2026 của "
              "lớp Trung cấp lý luận chính trị - hành chính K45 hệ không tập trung như sau:"),
            P("Thứ | Buổi | Nội dung | Giảng viên", "row"),
            P("Thứ Hai (14/12) | Sáng | Kinh tế chính trị Mác - Lênin (Bài 5) | ThS. Đỗ Văn Tâm", "row"),
            P("Thứ Tư (16/12) | Sáng | Quản lý hành chính nhà nước (Bài 3) | ThS. Vũ Thị Lan", "row"),
            P("Thứ Sáu (18/12) | Chiều | Thảo luận, ôn tập | Giảng viên chủ nhiệm", "row"),
            P("Địa điểm: Hội trường B, Trường Chính trị tỉnh. Đề nghị học viên có mặt đúng giờ, "
              "thực hiện nghiêm nội quy lớp học."),
            Raw('<p class="align-right"><b>Phòng Quản lý đào tạo</b></p>'),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"time": "08:15"},
    ),
    Story(
        id=467,
        slug="hoi-nghi-can-bo-vien-chuc-nam-2026",
        title="Trường Chính trị tỉnh Đắk Nông tổ chức Hội nghị cán bộ, viên chức năm 2026",
        cat="hoat-dong-truong",
        published_at="2026-12-03T14:30:00+07:00",
        summary="Sáng ngày 03/12/2026, Trường Chính trị tỉnh Đắk Nông tổ chức Hội nghị cán bộ, viên "
                "chức năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ và bàn giải pháp cho năm 2027.",
        sapo_outside=True,
        blocks=[
            _tt("hoi-nghi-cbvc-01", "Toàn cảnh Hội nghị cán bộ, viên chức năm 2026",
                "Toàn cảnh Hội nghị cán bộ, viên chức năm 2026"),
            _tt("hoi-nghi-cbvc-02", None, None),
            P("Dự Hội nghị có đồng chí Hiệu trưởng Nhà trường, các đồng chí trong Ban Giám hiệu, "
              "Ban Chấp hành Công đoàn cùng toàn thể cán bộ, giảng viên, nhân viên của Trường."),
            SPACER,
            P("Năm 2026, Nhà trường đã tổ chức đào tạo, bồi dưỡng cho 1.846 lượt học viên, vượt 12% "
              "kế hoạch; 100% giảng viên đi thực tế tại cơ sở theo quy định."),
            P("Hội nghị đã thảo luận, thông qua Quy chế chi tiêu nội bộ năm 2027 và phát động phong "
              "trào thi đua “Dạy tốt, học tốt, phục vụ tốt”."),
        ],
        authors=["Trần Thị Thu Hà"],
        opts={"time": "14:30", "author": "ThS. Trần Thị Thu Hà", "email": "hatt@tct.daknong.gov.vn",
              "related": [440, 443]},
    ),
    Story(
        id=465,
        slug="khai-giang-lop-cao-cap-llct-khong-tap-trung-2026-2028",
        title="Khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2026 – 2028",
        cat="dao-tao-boi-duong",
        published_at="2026-12-01T09:00:00+07:00",
        summary="Ngày 01/12/2026, Trường Chính trị tỉnh phối hợp với Học viện Chính trị khu vực III "
                "khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung cho 86 học viên.",
        sapo_outside=True,
        blocks=[
            _tt("khai-giang-cc-01", "Ảnh: Minh Tú", None),
            P("Học viên của lớp là cán bộ lãnh đạo, quản lý các sở, ban, ngành, đoàn thể cấp tỉnh và "
              "các huyện, thành phố trên địa bàn tỉnh Đắk Nông."),
            P("Phát biểu khai giảng, đại diện Ban Giám đốc Học viện đề nghị học viên phát huy tinh "
              "thần tự học, gắn lý luận với thực tiễn công tác tại địa phương, đơn vị."),
            P("Lớp học được tổ chức trong 24 tháng với 17 học phần theo chương trình của Học viện "
              "Chính trị quốc gia Hồ Chí Minh."),
        ],
        authors=["Lê Văn Hùng"],
        photographers=["Minh Tú"],
        opts={"time": "09:00", "author": "Lê Văn Hùng", "email": "hunglv@tct.daknong.gov.vn",
              "imgcap": ["Ảnh: Minh Tú"]},
    ),
    Story(
        id=463,
        slug="chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de",
        title="Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV/2026",
        cat="hoat-dong-truong",
        published_at="2026-11-28T16:45:00+07:00",
        summary="Chiều 27/11/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề “Nâng cao "
                "đạo đức nhà giáo trong giai đoạn hiện nay”.",
        blocks=[
            P("Chiều 27/11/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề “Nâng cao "
              "đạo đức nhà giáo trong giai đoạn hiện nay”.", "bold"),
            P("Tại buổi sinh hoạt, các đảng viên đã trao đổi về chuẩn mực đạo đức, lối sống của nhà "
              "giáo trường chính trị, trách nhiệm nêu gương trong giảng dạy và nghiên cứu."),
            P("Chi bộ thống nhất đăng ký các việc làm cụ thể để thực hiện trong năm 2027, trong đó có "
              "việc đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của học viên."),
            SPACER,
            Raw('<p class="align-right"><b>Nguyễn Thị Mai - Khoa Lý luận cơ sở</b></p>'),
        ],
        authors=["Nguyễn Thị Mai"],
        opts={"time": "16:45"},
    ),
    Story(
        id=460,
        slug="hoi-thao-nang-cao-chat-luong-giang-day-llct",
        title="Hội thảo khoa học “Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương”",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-11-25T10:20:00+07:00",
        summary="Hội thảo thu hút 32 bài tham luận của giảng viên Nhà trường, báo cáo viên và cán bộ "
                "các trung tâm chính trị cấp huyện.",
        sapo_outside=True,
        blocks=[
            P("Ngày 24/11/2026, Trường Chính trị tỉnh Đắk Nông tổ chức Hội thảo khoa học cấp trường "
              "với chủ đề “Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa "
              "phương”."),
            _rte("hoithao-01", "TS. Phạm Quang Vinh, Phó Hiệu trưởng phát biểu đề dẫn Hội thảo",
                 "TS. Phạm Quang Vinh, Phó Hiệu trưởng phát biểu đề dẫn Hội thảo"),
            P("Các tham luận tập trung làm rõ yêu cầu đưa tình hình kinh tế - xã hội của tỉnh vào bài "
              "giảng, tăng cường đi thực tế và biên soạn tài liệu địa phương."),
            P("Kết luận Hội thảo, Ban tổ chức đề nghị các khoa chuyên môn lựa chọn các ý kiến tâm huyết "
              "để đưa vào kế hoạch đổi mới chương trình năm học 2027 – 2028."),
        ],
        authors=["Phạm Quang Vinh"],
        opts={"time": "10:20", "author": "TS. Phạm Quang Vinh", "email": "vinhpq@tct.daknong.gov.vn",
              "files": [("uploads/media/ky-yeu-hoi-thao-2026.pdf", "ky-yeu-hoi-thao-2026.pdf", "1,2 MB")]},
    ),
    Story(
        id=458,
        slug="huong-ung-ngay-nha-giao-viet-nam-20-11",
        title="Trường Chính trị tỉnh hưởng ứng Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-truong",
        published_at="2026-11-20T07:30:00+07:00",
        summary="Nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, Công đoàn Trường tổ chức nhiều hoạt động "
                "thiết thực tri ân các thầy cô giáo.",
        sapo_outside=True,
        blocks=[
            _tt("ngay-nha-giao-01", "Lãnh đạo Trường tặng hoa chúc mừng các nhà giáo lão thành",
                "Lãnh đạo Trường tặng hoa chúc mừng các nhà giáo lão thành"),
            P("Sáng 19/11/2026, Nhà trường tổ chức gặp mặt các thế hệ nhà giáo đã nghỉ hưu, ôn lại "
              "truyền thống 45 năm xây dựng và phát triển của Trường."),
            P("Dịp này, 5 giảng viên được tặng Giấy khen vì có thành tích xuất sắc trong Hội thi "
              "giảng viên dạy giỏi cấp trường năm 2026."),
            Raw('<p class="bodytext" style="text-align: right;"><i>Nguồn: Báo Đắk Nông điện tử</i></p>'),
        ],
        authors=["Hoàng Yến"],
        source="Báo Đắk Nông điện tử",
        opts={"time": "07:30", "author": "Hoàng Yến", "email": ""},
    ),
    Story(
        id=455,
        slug="thong-bao-nghi-hoc-bu-ngay-hoi-dien-van-nghe",
        title="Thông báo về việc nghỉ học và học bù do tổ chức Hội diễn văn nghệ",
        cat="thong-bao",
        published_at="2026-11-14",
        blocks=[
            P("Để tổ chức Hội diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11, Nhà trường thông "
              "báo các lớp đang học tập trung được nghỉ học ngày 18/11/2026."),
            P("Các lớp học bù vào sáng thứ Bảy ngày 21/11/2026 theo thời khóa biểu của ngày 18/11/2026."),
            P("Đề nghị giáo viên chủ nhiệm các lớp thông báo đến toàn thể học viên biết, thực hiện."),
        ],
        opts={"time": "00:00", "author": "quantri", "email": ""},
    ),
    Story(
        id=452,
        slug="be-giang-lop-boi-duong-kien-thuc-qp-an-doi-tuong-4",
        title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-10T15:00:00+07:00",
        summary="Sau 10 ngày học tập, 124 học viên là trưởng thôn, bon, bí thư chi bộ đã hoàn thành "
                "chương trình bồi dưỡng kiến thức quốc phòng và an ninh.",
        sapo_outside=True,
        blocks=[
            _tt("be-giang-qpan-01", "Trao giấy chứng nhận cho học viên", "Trao giấy chứng nhận cho học viên"),
            _tt("be-giang-qpan-02", "Học viên chụp ảnh lưu niệm", "Học viên chụp ảnh lưu niệm"),
            P("Lớp học do Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức từ ngày "
              "31/10 đến ngày 09/11/2026."),
            P("Kết quả, 100% học viên đủ điều kiện được cấp giấy chứng nhận, trong đó 38 học viên đạt "
              "loại giỏi."),
        ],
        authors=["Đức Thắng"],
        photographers=["Đức Thắng"],
        opts={"time": "15:00", "author": "Tin, ảnh: Đức Thắng", "email": "",
              "related": [465]},
    ),
    Story(
        id=449,
        slug="hoc-tap-kinh-nghiem-tai-truong-chinh-tri-tinh-lam-dong",
        title="Đoàn công tác Trường Chính trị tỉnh Đắk Nông học tập kinh nghiệm tại Trường Chính trị tỉnh Lâm Đồng",
        cat="hoat-dong-truong",
        published_at="2026-11-05T08:00:00+07:00",
        summary="Từ ngày 02 đến 04/11/2026, đoàn công tác của Nhà trường do đồng chí Hiệu trưởng làm "
                "trưởng đoàn đã đến làm việc, học tập kinh nghiệm tại Trường Chính trị tỉnh Lâm Đồng.",
        sapo_outside=True,
        blocks=[
            _tt("lam-dong-01", "Quang cảnh buổi làm việc giữa hai trường", "Quang cảnh buổi làm việc giữa hai trường"),
            P("Hai bên đã trao đổi kinh nghiệm về xây dựng trường chính trị đạt chuẩn mức 1, công tác "
              "quản lý học viên và ứng dụng công nghệ thông tin trong giảng dạy."),
            P("Đoàn cũng đã tham quan thư viện điện tử và phòng học trực tuyến của Trường Chính trị "
              "tỉnh Lâm Đồng."),
        ],
        authors=["Hồ Thị Ngọc Ánh"],
        opts={"time": "08:00", "author": "CN. Hồ Thị Ngọc Ánh", "email": "anhhtn@tct.daknong.gov.vn"},
    ),
    Story(
        id=446,
        slug="thong-bao-tuyen-sinh-trung-cap-llct-hc-2027",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ vừa làm vừa học năm 2027",
        cat="thong-bao",
        published_at="2026-10-22T10:00:00+07:00",
        blocks=[
            P("Căn cứ Kế hoạch đào tạo năm 2027, Trường Chính trị tỉnh Đắk Nông thông báo tuyển sinh "
              "02 lớp Trung cấp lý luận chính trị - hành chính hệ vừa làm vừa học."),
            P("Đối tượng: cán bộ, công chức, viên chức đáp ứng tiêu chuẩn theo quy định hiện hành của "
              "Ban Tổ chức Trung ương."),
            P("Hồ sơ gửi về Phòng Quản lý đào tạo trước ngày 30/12/2026."),
        ],
        opts={"time": "10:00", "author": "quantri", "email": "",
              "files": [("uploads/media/TB-tuyen-sinh-TC-2027.pdf", "TB-tuyen-sinh-TC-2027.pdf", "245 KB")]},
    ),
    Story(
        id=443,
        slug="cong-doan-truong-chao-mung-ngay-phu-nu-viet-nam-20-10",
        title="Công đoàn Trường tổ chức hoạt động chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
        cat="hoat-dong-truong",
        published_at="2026-10-20T16:10:00+07:00",
        blocks=[
            P("Chiều 19/10/2026, Công đoàn Trường Chính trị tỉnh tổ chức gặp mặt nữ cán bộ, giảng viên, "
              "nhân viên nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – "
              "20/10/2026)."),
            _rte("phu-nu-2010-01", "Nữ cán bộ, giảng viên Nhà trường tại buổi gặp mặt",
                 "Nữ cán bộ, giảng viên Nhà trường tại buổi gặp mặt"),
            P("Buổi gặp mặt diễn ra trong không khí ấm cúng với các tiết mục văn nghệ và trò chơi dân gian."),
        ],
        authors=["Thu Hương"],
        opts={"time": "16:10", "author": "Thu Hương", "email": "congdoan@tct.daknong.gov.vn"},
    ),
    Story(
        id=440,
        slug="hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ năm học 2026 – 2027",
        cat="hoat-dong-truong",
        published_at="2026-10-15T09:30:00+07:00",
        summary="Hội nghị quán triệt các chỉ tiêu đào tạo, bồi dưỡng và nghiên cứu khoa học của năm học mới.",
        sapo_outside=True,
        blocks=[
            P("Năm học 2026 – 2027, Nhà trường đặt mục tiêu mở 14 lớp đào tạo, bồi dưỡng tập trung và "
              "không tập trung với khoảng 1.900 lượt học viên."),
            P("Các nhiệm vụ trọng tâm gồm:", "h"),
            P("Tiếp tục đổi mới nội dung, phương pháp giảng dạy;", "li"),
            P("Hoàn thành các tiêu chí trường chính trị chuẩn mức 1;", "li"),
            P("Đẩy mạnh chuyển đổi số trong quản lý đào tạo.", "li"),
        ],
        authors=["Trần Thị Thu Hà"],
        opts={"time": "09:30", "author": "ThS. Trần Thị Thu Hà", "email": "hatt@tct.daknong.gov.vn"},
    ),
    Story(
        id=437,
        slug="dang-bo-truong-hoc-tap-quan-triet-nghi-quyet",
        title="Đảng bộ Trường Chính trị tỉnh tổ chức Hội nghị học tập, quán triệt Nghị quyết Hội nghị lần thứ mười hai Ban Chấp hành Trung ương Đảng khóa XIII",
        cat="hoat-dong-truong",
        published_at="2026-10-06T08:00:00+07:00",
        summary="100% đảng viên của Đảng bộ Trường tham gia học tập, quán triệt Nghị quyết.",
        sapo_outside=True,
        blocks=[
            _tt("quan-triet-nq-01", "Quang cảnh Hội nghị", "Quang cảnh Hội nghị"),
            P("Hội nghị được tổ chức trong 01 ngày, các báo cáo viên là giảng viên chính của Nhà trường "
              "đã truyền đạt những nội dung cơ bản, cốt lõi của Nghị quyết."),
            P("Sau hội nghị, mỗi đảng viên viết bài thu hoạch và xây dựng kế hoạch cá nhân thực hiện "
              "Nghị quyết gắn với nhiệm vụ được giao."),
        ],
        authors=["Vũ Minh Đức"],
        opts={"time": "08:00", "author": "Vũ Minh Đức", "email": ""},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def article_path(s: Story) -> str:
    return f"/tin-tuc/chi-tiet/article/{s.slug}.html"


def backpid_target(s: Story) -> str:
    return f"{article_path(s)}?tx_ttnews%5BbackPid%5D={LIST_PID}&cHash={chash('back', s.id)}"


def index_target(s: Story) -> str:
    return f"/index.php?id={SINGLE_PID}&tx_ttnews%5Btt_news%5D={s.id}&cHash={chash(s.id)}"


def rel(target: str) -> str:
    """A link as TYPO3 4.5 with ``config.baseURL`` prints it: no leading slash, ``&amp;``."""
    return esc(target.lstrip("/"))


def date_printed(s: Story) -> str:
    """tt_news ``%d.%m.%y``: "03.12.26"."""
    y, m, d = (s.published_at or "")[:10].split("-")
    return f"{d}.{m}.{y[2:]}"


# --- chrome ------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "", []),
    ("Giới thiệu", "gioi-thieu.html", [("Lịch sử hình thành", "gioi-thieu.html"),
                                       ("Cơ cấu tổ chức", "gioi-thieu/co-cau-to-chuc.html")]),
    ("Tin tức", "tin-tuc.html", [(cat_title(c), f"tin-tuc/danh-muc/{c}.html") for c in CATS]),
    ("Văn bản", "van-ban.html", []),
    ("Thư viện ảnh", "thu-vien-anh.html", []),
    ("Liên hệ", "lien-he.html", []),
]


def _menu(active: str) -> str:
    items = []
    for i, (label, href, subs) in enumerate(MENU):
        cls = ' class="act"' if label == active else ""
        sub = ""
        if subs:
            sub = "<ul class=\"lv2\">" + "".join(
                f'<li><a href="{h}" onfocus="blurLink(this);">{esc(t)}</a></li>' for t, h in subs
            ) + "</ul>"
        items.append(f'<li{cls} id="m{i + 1}"><a href="{href or "./"}" onfocus="blurLink(this);">'
                     f"{esc(label)}</a>{sub}</li>")
    return '<ul id="mainmenu">' + "".join(items) + "</ul>"


def _catmenu() -> str:
    out = ['<div class="news-catmenu"><div class="news-catmenu-header">Chuyên mục tin</div><ul>']
    for slug, (_uid, title, parent) in CATS.items():
        if parent:
            continue
        kids = [k for k, v in CATS.items() if v[2] == slug]
        sub = ""
        if kids:
            sub = "<ul>" + "".join(
                f'<li class="level1"><img src="typo3conf/ext/tt_news/res/arrow.gif" alt="" /> '
                f'<a href="tin-tuc/danh-muc/{k}.html">{esc(cat_title(k))}</a></li>' for k in kids
            ) + "</ul>"
        out.append(f'<li class="level0"><a href="tin-tuc/danh-muc/{slug}.html">{esc(title)}</a>{sub}</li>')
    out.append("</ul></div>")
    return "".join(out)


def _latest_sidebar() -> str:
    items = []
    for s in STORIES[:5]:
        short = s.title if len(s.title) <= 48 else s.title[:45].rsplit(" ", 1)[0] + "..."
        items.append(
            f'<div class="news-latest-item"><span class="news-latest-date">{date_printed(s)}</span> '
            f'<a href="{rel(index_target(s))}" title="{esc(s.title)}">{esc(short)}</a></div>'
        )
    return ('<div class="news-latest-container"><h3 class="tieude-khoi">Tin mới</h3>'
            + "".join(items) + "</div>")


def page(request: Request, *, title: str, crumbs: list[tuple[str, str | None]], active: str,
         content: str, meta: str = "") -> Response:
    base = base_url(request) + "/"
    crumb = " &rsaquo; ".join(
        f'<a href="{h}">{esc(t)}</a>' if h is not None else esc(t) for t, h in crumbs
    )
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="vi" lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<!--
\tThis website is powered by TYPO3 - inspiring people to share!
\tTYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
\tTYPO3 is copyright 1998-2013 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
\tInformation and contribution at http://typo3.org/
-->
<base href="{esc(base)}" />
<title>{esc(SITE)}: {esc(title)}</title>
<meta name="generator" content="TYPO3 4.5 CMS" />
{meta}<link rel="stylesheet" type="text/css" href="typo3temp/stylesheet_a1b2c3d4e5.css?1368520000" media="all" />
<link rel="stylesheet" type="text/css" href="fileadmin/templates/tct/css/main.css" media="all" />
<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="index.php?type=100" />
<script src="typo3temp/javascript_93077bb238.js?1368520000" type="text/javascript"></script>
<script src="typo3conf/ext/pmkslimbox/slimbox-1.71a/js/slimbox.js" type="text/javascript"></script>
</head>
<body>
<div id="wrap">
<div id="top">
  <div id="banner"><a href="./"><img src="fileadmin/templates/tct/images/banner.jpg" width="1000" height="150" alt="{esc(SITE)}" /></a></div>
  <div id="ngay">{HEADER_DATE}</div>
  <form action="tim-kiem.html" method="post" id="tx_indexedsearch"><input type="text" name="tx_indexedsearch[sword]" value="Tìm kiếm..." /><input type="submit" value="Tìm" /></form>
</div>
<div id="menu">{_menu(active)}</div>
<div id="rootline">Bạn đang ở: {crumb}</div>
<table id="khung" cellpadding="0" cellspacing="0" border="0"><tr>
<td id="cot-trai" valign="top">
{_catmenu()}
<div class="khoi"><h3 class="tieude-khoi">Liên kết website</h3>
<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="http://www.daknong.gov.vn">Cổng TTĐT tỉnh Đắk Nông</option>
<option value="http://hcma.vn">Học viện CTQG Hồ Chí Minh</option></select></div>
<div class="khoi"><h3 class="tieude-khoi">Thống kê truy cập</h3>
<table class="counter"><tr><td>Đang online:</td><td>14</td></tr><tr><td>Hôm nay:</td><td>287</td></tr>
<tr><td>Tổng truy cập:</td><td>1.284.553</td></tr></table></div>
</td>
<td id="cot-giua" valign="top">
<!--TYPO3SEARCH_begin-->
{content}
<!--TYPO3SEARCH_end-->
</td>
<td id="cot-phai" valign="top">
{_latest_sidebar()}
<div class="khoi"><h3 class="tieude-khoi">Thăm dò ý kiến</h3>
<form action="./" method="get"><p>Bạn đánh giá thế nào về chất lượng Website?</p>
<input type="radio" name="tx_jkpoll_pi1[answer]" value="0" /> Tốt<br />
<input type="radio" name="tx_jkpoll_pi1[answer]" value="1" /> Bình thường<br />
<input type="button" value="Bình chọn" onclick="alert('Cảm ơn bạn đã bình chọn!')" /></form></div>
<div class="khoi"><a href="http://www.youtube.com/user/tctdaknong"><img src="fileadmin/templates/tct/images/youtube.png" alt="YouTube" /></a></div>
</td>
</tr></table>
<div id="footer">
<p><b>TRƯỜNG CHÍNH TRỊ TỈNH ĐẮK NÔNG</b><br />
Địa chỉ: Đường 23/3, phường Nghĩa Đức, thành phố Gia Nghĩa, tỉnh Đắk Nông<br />
Điện thoại: (0261) 3544 123 - Fax: (0261) 3544 124 - Email: <a href="javascript:linkTo_UnCryptMailto('nbjmup+wboqipohAudu/ebloopoh/hpw/wo');">vanphong(at)tct.daknong.gov.vn</a></p>
<p>Cập nhật lần cuối: 05.12.26 &nbsp;|&nbsp; <a href="so-do-site.html">Sơ đồ site</a> &nbsp;|&nbsp; © 2009 - 2026 Trường Chính trị tỉnh Đắk Nông</p>
</div>
</div>
</body>
</html>"""
    return html(body)


# --- news views --------------------------------------------------------------------------------


def _teaser(s: Story) -> str:
    sub = s.opts.get("sub") or (s.summary if s.sapo_outside else None)
    if sub:
        return esc(sub)
    first = next(b.text for b in s.blocks if isinstance(b, P) and b.style not in ("row",))
    words = first.split()
    return esc(" ".join(words[:22])) + "..."


def _list_item(s: Story, target: str) -> str:
    img = next((b for b in s.blocks if isinstance(b, Img) and b.style == "tt"), None)
    name = img.src.split("/")[-1] if img else ""
    thumb_html = ""
    if img:
        thumb_html = (f'<a href="{rel(target)}"><img src="{thumb(name, 100)}" width="100" height="75" '
                      f'border="0" alt="" /></a>')
    return f"""<div class="news-list-item">
  <span class="news-list-date">{date_printed(s)}</span>
  <h3><a href="{rel(target)}" title="{esc(s.title)}">{esc(s.title)}</a></h3>
  {thumb_html}
  <p class="bodytext">{_teaser(s)}</p>
  <a href="{rel(target)}" class="news-list-morelink">[Xem tiếp]</a>
  <hr class="clearer" />
</div>"""


def _browse(total: int, per: int, pointer: int, first: str, nth: str) -> str:
    pages = (total + per - 1) // per
    if pages <= 1:
        return ""
    def href(n: int) -> str:
        return first if n == 0 else nth.format(n)
    parts = []
    if pointer > 0:
        parts.append(f'<a href="{href(pointer - 1)}">&lt; Trước</a>')
    for n in range(pages):
        if n == pointer:
            parts.append(f'<span class="activeLinkWrap">{n + 1}</span>')
        else:
            parts.append(f'<a href="{href(n)}">{n + 1}</a>')
    if pointer < pages - 1:
        parts.append(f'<a href="{href(pointer + 1)}">Sau &gt;</a>')
    lo, hi = pointer * per + 1, min(total, (pointer + 1) * per)
    return (f'<div class="news-list-browse"><div class="showResultsWrap">Hiển thị {lo} đến {hi} '
            f'trong tổng số {total} tin</div><div class="browseBoxWrap">' + " ".join(parts) + "</div></div>")


def list_view(request: Request, pointer: int, cat: str | None) -> Response | None:
    if cat is None:
        items, per = STORIES, PER_PAGE
        first, nth = "tin-tuc.html", "tin-tuc/page/{}.html"
        heading, crumbs = "Tin tức", [("Trang chủ", "./"), ("Tin tức", None)]

        def target(s: Story) -> str:
            return article_path(s)
    else:
        items, per = cat_members(cat), CAT_PER_PAGE
        first, nth = f"tin-tuc/danh-muc/{cat}.html", f"tin-tuc/danh-muc/{cat}/page/{{}}.html"
        heading = cat_title(cat)
        crumbs = [("Trang chủ", "./"), ("Tin tức", "tin-tuc.html"), (heading, None)]

        def target(s: Story) -> str:
            return backpid_target(s)
    chunk = items[pointer * per:(pointer + 1) * per]
    if not chunk:
        return None
    content = (f'<div id="c54" class="csc-default"><div class="csc-header csc-header-n1">'
               f'<h1 class="csc-firstHeader">{esc(heading)}</h1></div>'
               '<div class="news-list-container">'
               + "\n".join(_list_item(s, target(s)) for s in chunk)
               + _browse(len(items), per, pointer, first, nth) + "</div></div>")
    return page(request, title="Tin tức", crumbs=crumbs, active="Tin tức", content=content)


def _render_blocks(s: Story) -> tuple[str, str]:
    """(the news-single-img block, the bodytext) of an item."""
    tt = [b for b in s.blocks if isinstance(b, Img) and b.style == "tt"]
    img_html = ""
    if tt:
        parts = []
        for i, im in enumerate(tt):
            orig = f"uploads/pics/{s.slug[:20]}-{i + 1:02d}.jpg"
            parts.append(
                f'<a href="{orig}" title="{esc(s.title)}" rel="lightbox[lb{s.id}]">'
                f'<img src="{im.src}" width="280" height="210" border="0" alt="" title="" /></a>'
                f'<p class="news-single-imgcaption">{esc(im.printed or "")}</p>'
            )
        img_html = '<div class="news-single-img">' + "".join(parts) + "</div>"
    out: list[str] = []
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "tt")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(f'<p class="bodytext" style="text-align: center;"><img src="{b.src}" '
                       f'width="450" height="300" alt="" style="border: 1px solid #ccc;" /></p>')
            if b.printed:
                out.append(f'<p class="bodytext" style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            out.append('<table class="contenttable" border="1" cellpadding="3">' + "".join(rows) + "</table>")
            continue
        elif b.style == "li":
            lis = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                lis.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(lis) + "</ul>")
            continue
        elif b.style == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "bold":
            out.append(f'<p class="bodytext"><b>{esc(b.text)}</b></p>')
        else:
            out.append(f'<p class="bodytext">{esc(b.text)}</p>')
        i += 1
    return img_html, "\n".join(out)


def _uncrypt(email: str) -> str:
    """TYPO3's spamProtectEmailAddresses = 1: every character shifted by one."""
    return "".join(chr(ord(c) + 1) for c in "mailto:" + email)


def single_view(request: Request, s: Story) -> Response:
    chain = cat_chain(s.cat)
    cats = ", ".join(f'<a href="tin-tuc/danh-muc/{c}.html">{esc(cat_title(c))}</a>' for c in chain)
    author = ""
    if s.opts.get("author"):
        name = esc(s.opts["author"])
        if s.opts.get("email"):
            name = f"<a href=\"javascript:linkTo_UnCryptMailto('{esc(_uncrypt(s.opts['email']))}');\">{name}</a>"
        author = f'<span class="news-single-author">Tác giả: {name}</span>'
    sub = f"<h2>{esc(s.summary)}</h2>" if s.summary and s.sapo_outside else ""
    img_html, bodytext = _render_blocks(s)
    related = ""
    if s.opts.get("related"):
        dds = "".join(
            f'<dd><a href="{rel(index_target(BY_ID[u]))}">{esc(BY_ID[u].title)}</a> - {date_printed(BY_ID[u])}</dd>'
            for u in s.opts["related"]
        )
        related = f'<div class="news-single-related"><dl><dt>Tin liên quan:</dt>{dds}</dl></div>'
    files = ""
    if s.opts.get("files"):
        dds = "".join(
            f'<dd><img src="typo3/gfx/fileicons/pdf.gif" alt="" /> <a href="{href}">{esc(label)}</a> ({size})</dd>'
            for href, label, size in s.opts["files"]
        )
        files = f'<div class="news-single-files"><dl><dt>Tệp đính kèm:</dt>{dds}</dl></div>'
    others = [o for o in STORIES if o.id != s.id and o.cat == s.cat][:4]
    other_html = "".join(
        f'<li><a href="{rel(article_path(o))}">{esc(o.title)}</a> <span class="news-list-date">({date_printed(o)})</span></li>'
        for o in others
    )
    content = f"""<div id="c87" class="csc-default"><a id="c88"></a>
<div class="csc-header csc-header-n1"><h1 class="csc-firstHeader">Tin tức - Sự kiện</h1></div>
<div class="news-single-item">
  <div class="news-single-rightbox">
    {date_printed(s)} {s.opts["time"]}<br />
    <span class="news-single-cat">Danh mục: {cats}</span><br />
    {author}
  </div>
  <h1>{esc(s.title)}</h1>
  {sub}
  {img_html}
  {bodytext}
  <hr class="cl-right" />
  {related}
  {files}
  <div class="news-single-tools"><a href="javascript:window.print();"><img src="fileadmin/templates/tct/images/print.gif" alt="" /> In trang</a>
  <a href="http://www.facebook.com/sharer.php?u={esc(base_url(request) + article_path(s))}"><img src="fileadmin/templates/tct/images/facebook.gif" alt="Chia sẻ" /></a></div>
  <div class="news-single-backlink"><a href="tin-tuc.html">« Quay lại: Tin tức</a></div>
</div>
</div>
<div id="c89" class="csc-default"><div class="csc-header csc-header-n2"><h2>Các tin khác</h2></div>
<ul class="news-other">{other_html}</ul></div>"""
    meta = ('<meta name="date" content="2013-05-14" />\n'
            '<meta name="keywords" content="Trường Chính trị, Đắk Nông, lý luận chính trị" />\n')
    crumbs = [("Trang chủ", "./"), ("Tin tức", "tin-tuc.html"), ("Chi tiết tin", None)]
    return page(request, title="Chi tiết tin", crumbs=crumbs, active="Tin tức", content=content, meta=meta)


def home(request: Request) -> Response:
    latest = "\n".join(_list_item(s, article_path(s)) for s in STORIES[:4])
    notices = "".join(
        f'<li><a href="{rel(article_path(s))}">{esc(s.title)}</a> ({date_printed(s)})</li>'
        for s in STORIES if s.cat == "thong-bao"
    )
    content = f"""<div id="c2" class="csc-default"><div class="csc-header csc-header-n1"><h1 class="csc-firstHeader">Tin mới cập nhật</h1></div>
<div class="news-latest-container">{latest}</div>
<p class="xemtatca"><a href="tin-tuc.html">Xem tất cả »</a></p></div>
<div id="c3" class="csc-default"><div class="csc-header csc-header-n2"><h1>Thông báo</h1></div>
<ul class="thongbao">{notices}</ul></div>"""
    return page(request, title="Trang chủ", crumbs=[("Trang chủ", None)], active="Trang chủ", content=content)


def rss(request: Request) -> Response:
    base = base_url(request)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    items = []
    for s in STORIES[:10]:
        y, m, d = map(int, (s.published_at or "")[:10].split("-"))
        day = _dt.date(y, m, d)
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{esc(base + article_path(s))}</link>"
            f"<description>{_teaser(s)}</description><category>{esc(cat_title(s.cat))}</category>"
            f"<pubDate>{days[day.weekday()]}, {d:02d} {months[m - 1]} {y} {s.opts['time']}:00 +0700</pubDate></item>"
        )
    body = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(SITE)}</title><link>{esc(base)}/</link><description>Tin tức</description>"
            "<language>vi</language>" + "".join(items) + "</channel></rss>")
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- plain pages (NON_ARTICLES) ----------------------------------------------------------------

PAGES: dict[str, tuple[str, str, list[tuple[str, str | None]], str]] = {
    "/gioi-thieu.html": (
        "Giới thiệu", "Giới thiệu",
        [("Trang chủ", "./"), ("Giới thiệu", None)],
        '<p class="bodytext">Trường Chính trị tỉnh Đắk Nông được thành lập năm 2004 trên cơ sở '
        "Trường Đảng tỉnh, là cơ sở đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị "
        "tỉnh.</p><p class=\"bodytext\">Nhà trường có 4 khoa, 2 phòng chuyên môn với 52 cán bộ, "
        "giảng viên.</p>",
    ),
    "/gioi-thieu/co-cau-to-chuc.html": (
        "Cơ cấu tổ chức", "Giới thiệu",
        [("Trang chủ", "./"), ("Giới thiệu", "gioi-thieu.html"), ("Cơ cấu tổ chức", None)],
        '<table class="contenttable"><tr><th>Đơn vị</th><th>Trưởng đơn vị</th></tr>'
        "<tr><td>Khoa Lý luận cơ sở</td><td>ThS. Nguyễn Văn Bình</td></tr>"
        "<tr><td>Khoa Xây dựng Đảng</td><td>ThS. Lê Thị Hoa</td></tr>"
        "<tr><td>Phòng Quản lý đào tạo</td><td>ThS. Đinh Công Trứ</td></tr></table>",
    ),
    "/van-ban.html": (
        "Văn bản", "Văn bản",
        [("Trang chủ", "./"), ("Văn bản", None)],
        '<ul class="csc-uploads"><li><a href="uploads/media/quy-che-dao-tao-2025.pdf">Quy chế đào tạo '
        "(ban hành kèm theo Quyết định số 215/QĐ-TCT)</a> (320 KB)</li>"
        '<li><a href="uploads/media/ke-hoach-dao-tao-2027.pdf">Kế hoạch đào tạo, bồi dưỡng năm 2027</a> '
        "(180 KB)</li></ul>",
    ),
    "/thu-vien-anh.html": (
        "Thư viện ảnh", "Thư viện ảnh",
        [("Trang chủ", "./"), ("Thư viện ảnh", None)],
        '<div class="csc-textpic"><dl class="csc-textpic-image"><dt><img src="'
        + thumb("album-01", 150) + '" width="150" height="100" alt="" /></dt>'
        '<dd class="csc-textpic-caption">Lễ kỷ niệm 20 năm thành lập Trường</dd></dl>'
        '<dl class="csc-textpic-image"><dt><img src="' + thumb("album-02", 150)
        + '" width="150" height="100" alt="" /></dt><dd class="csc-textpic-caption">Khuôn viên Nhà trường</dd></dl></div>',
    ),
    "/lien-he.html": (
        "Liên hệ", "Liên hệ",
        [("Trang chủ", "./"), ("Liên hệ", None)],
        '<p class="bodytext">Địa chỉ: Đường 23/3, phường Nghĩa Đức, thành phố Gia Nghĩa, tỉnh Đắk Nông</p>'
        '<form action="lien-he.html" method="post"><input type="text" name="tx_thmailformplus_pi1[name]" />'
        '<textarea name="tx_thmailformplus_pi1[noidung]"></textarea><input type="submit" value="Gửi" /></form>',
    ),
    "/so-do-site.html": (
        "Sơ đồ site", "",
        [("Trang chủ", "./"), ("Sơ đồ site", None)],
        '<ul class="csc-menu csc-menu-2"><li><a href="gioi-thieu.html">Giới thiệu</a></li>'
        '<li><a href="tin-tuc.html">Tin tức</a></li><li><a href="van-ban.html">Văn bản</a></li>'
        '<li><a href="thu-vien-anh.html">Thư viện ảnh</a></li><li><a href="lien-he.html">Liên hệ</a></li></ul>',
    ),
}


def plain_page(request: Request, path: str) -> Response:
    title, active, crumbs, inner = PAGES[path]
    content = (f'<div id="c{10 + len(path)}" class="csc-default"><div class="csc-header csc-header-n1">'
               f'<h1 class="csc-firstHeader">{esc(title)}</h1></div>{inner}</div>')
    if path == "/lien-he.html" and request.method == "POST":
        content += '<p class="bodytext">Cảm ơn bạn đã liên hệ.</p>'
    return page(request, title=title, crumbs=crumbs, active=active, content=content)


# --- routing -----------------------------------------------------------------------------------

_LIST_RE = re.compile(r"^/tin-tuc/page/(\d+)\.html$")
_CAT_RE = re.compile(r"^/tin-tuc/danh-muc/([a-z-]+)(?:/page/(\d+))?\.html$")
_ART_RE = re.compile(r"^/tin-tuc/chi-tiet/article/([a-z0-9-]+)\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/typo3temp/", "/uploads/", "/fileadmin/", "/typo3conf/", "/typo3/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/" and not request.query:
            return home(request)
        if path == "/index.php":
            params = {k: v[0] for k, v in parse_qs(request.query).items()}
            if params.get("type") == "100" and len(params) == 1:
                return rss(request)
            if params.get("id") == str(SINGLE_PID) and params.get("tx_ttnews[tt_news]", "").isdigit():
                s = BY_ID.get(int(params["tx_ttnews[tt_news]"]))
                return single_view(request, s) if s else None
            if params.get("id") in ("1", None) and not request.query.replace("id=1", ""):
                return home(request)
            if params.get("id") == str(LIST_PID) and len(params) == 1:
                return list_view(request, 0, None)
            return None
        if path == "/tim-kiem.html":
            content = ('<div class="tx-indexedsearch"><h1 class="csc-firstHeader">Tìm kiếm</h1>'
                       '<p class="tx-indexedsearch-noresults">Không tìm thấy kết quả phù hợp.</p></div>')
            return page(request, title="Tìm kiếm", crumbs=[("Trang chủ", "./"), ("Tìm kiếm", None)],
                        active="", content=content)
        if path == "/tin-tuc.html":
            return list_view(request, 0, None)
        if m := _LIST_RE.match(path):
            return list_view(request, int(m.group(1)), None)
        if m := _CAT_RE.match(path):
            if m.group(1) not in CATS:
                return None
            return list_view(request, int(m.group(2) or 0), m.group(1))
        if m := _ART_RE.match(path):
            s = BY_SLUG.get(m.group(1))
            return single_view(request, s) if s else None
        if path in PAGES and (not request.query or path == "/lien-he.html"):
            return plain_page(request, path)
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    return [backpid_target(s), index_target(s)]


GOLD = [
    gold_record(s, article_path(s), cat_title(s.cat), alt_paths=_alt_paths(s), image_page="/")
    for s in STORIES
]

NON_ARTICLES = list(PAGES)
