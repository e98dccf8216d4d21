"""Trường THCS Lê Quý Đôn (phường Phố Hiến, tỉnh Hưng Yên): Joomla 3.9 + StackIdeas EasyBlog 5.x.

Platform imitated
-----------------
A lower-secondary school site on Joomla 3.9 with a JoomlArt template (T3 framework: ``t3-header``,
``t3-mainnav`` mega menu, ``t3-sidebar-left``, ``t3-footer``). The news system is not com_content
but the EasyBlog 5 component ("eb-" classes, ``<div id="eb" class="eb-component eb-nickel …">``).
Search-engine-friendly URLs are on and URL rewriting is off, so every address has ``/index.php/``.

URL scheme
----------
- ``/index.php`` (``/`` answers the same): home with an EasyBlog "latest posts" module (5 newest,
  entry-form links, a "Xem thêm" link to ``/index.php/tin-tuc?limitstart=8``) and a "Tin nổi bật"
  module whose links use the *raw* form ``/index.php?option=com_easyblog&view=entry&id=N&Itemid=105``.
- ``/index.php/tin-tuc``: EasyBlog "latest" view as a menu item, 8 posts a page, newest first;
  page 2 is ``?start=8`` (the pagination's form) and also ``?limitstart=8`` (modules' form): the
  same page. ``start`` beyond the last post prints an empty list ("Không có bài viết nào").
- ``/index.php/tin-tuc/categories/<alias>`` (and ``?start=8``): category listings.
- ``/index.php/tin-tuc/entry/<alias>``: a post (EasyBlog "entry" form). The same post answers at the
  raw form ``/index.php?option=com_easyblog&view=entry&id=N&Itemid=105`` and at the print view
  ``/index.php/tin-tuc/entry/<alias>?tmpl=component&print=1``; all three print
  ``<link rel="canonical">`` to the entry form.
- ``/index.php/tin-tuc/blogger/<alias>``: a blogger's bio and list of posts.
- ``/index.php/tin-tuc/tags/<alias>``: a tag's posts; ``/index.php/tin-tuc/tags``: the tag cloud.
- ``/index.php/tin-tuc/archive?archiveyear=Y&archivemonth=M``: the month archive, with links to the
  previous and next month for any month (endless; empty months say "Không có bài viết nào").
- ``/index.php/tin-tuc/calendar/Y/M`` and ``/index.php/tin-tuc/calendar/Y/M/D``: the calendar
  module (on every page) links *every* day of November 2026 and the previous/next months; day
  pages list that day's posts, most are empty; month pages link their days again (endless).
- ``/index.php/tin-tuc?format=feed&type=rss``: RSS 2.0 of the 10 newest posts.
- com_content pages (documents and static pages, not news): ``/index.php/gioi-thieu``,
  ``/index.php/lien-he`` (com_contact), ``/index.php/van-ban`` (a category table) and its entries
  ``/index.php/van-ban/31-…``, ``/index.php/van-ban/32-…``, ``/index.php/lich-cong-tac/33-…``,
  ``/index.php/thong-bao-chung/34-…`` (each: title, "Chi tiết", category, "Được đăng" date, hits,
  a table of the document's number/date and a PDF link). ``/robots.txt`` is Joomla's default.

Post page (EasyBlog 5 entry view)
---------------------------------
``div#eb.eb-view-entry > div.eb-entry``: ``eb-entry-category`` link (the category), ``h1.eb-entry-title``,
``eb-entry-meta`` with ``eb-entry-author`` (the *blogger*: a teacher, the account "Quản trị viên",
once the unit "Tổ Văn phòng"), ``eb-entry-date`` ``<time datetime="…+07:00">Thứ Sáu, 20 Tháng 11
2026</time>``, ``eb-entry-hits`` ("341 lượt xem"), the print/email tools; ``eb-entry-image`` (the cover
photo; ``eb-image-caption`` under some); ``eb-entry-article`` (TinyMCE HTML: ``<p>``, tables, images
in centred ``<p>`` with the caption as the next ``<p style="text-align:center"><em>…</em></p>``,
bylines at the end, right aligned); then ``eb-entry-tags`` ("Thẻ:"), the ``eb-entry-author-bio``
box (blogger's avatar, name and bio), ``eb-share`` buttons, ``eb-entry-related`` ("Bài viết liên
quan": cards with thumbnails, titles and dates), ``eb-entry-navigation`` ("« Bài trước" / "Bài
sau »" with titles), ``eb-comments`` ("Chưa có bình luận nào." and a name/email form) and the
"Đăng ký nhận bài viết mới" subscribe form. Around it: the T3 header (school banner, *today's*
date ``TODAY``), mega menu, left modules ("Thông báo mới", "Văn bản", "Lịch công tác tuần" linking
com_content documents; "Lưu trữ"; the calendar; "Thống kê truy cập" counter), right modules
("Bài viết mới", "Liên kết website"), footer with address and phone.

Paths to the gold
-----------------
The 13 posts (ids 214–226) are all in the latest view: 226…219 on page 1, 218…214 only on page 2
(``?start=8``, or ``?limitstart=8`` from the home module). Every post is also in its category
listing (one page each), in its blogger's page, its tags' pages, the archive month and its
calendar day; the 5 newest are on the home page and in the "Bài viết mới" side box.

Traps
-----
Entry form / raw form / print view of each post (one article: ``alt_paths``); ``?start=`` and
``?limitstart=`` of page 2; blogger, tag, tag-cloud, archive (endless months) and calendar pages
(30 day links on every page, endless months); the author-bio box (blogger's name and bio, not
article text); related-post cards and previous/next navigation (other posts' titles and dates);
the comment and subscribe forms; com_content documents that look like articles (title, date,
hits) but are documents (``NON_ARTICLES``); the header's today date.

Gold decisions
--------------
- title: the ``h1.eb-entry-title``. category: the ``eb-entry-category`` link's text.
- published_at: the day ``eb-entry-date`` shows ("Thứ Sáu, 20 Tháng 11 2026"). Its ``<time
  datetime>`` and the RSS feed's pubDate also hold the time, but the page prints none: harmonised
  after the first crawl to the house convention, the date as printed (as hubspot_school and
  pelican_thcs; the helper's gold had the machine time).
- authors: the signature at the end of the text when there is one ("Nguyễn Văn Hùng - Tổ KHTN" →
  Nguyễn Văn Hùng; "Tin, ảnh: Lê Thị Mai" → author and photographer; "Tin: X - Ảnh: Y"); else the
  blogger, unless the blogger is the account "Quản trị viên" (then nobody). The unit "Tổ Văn phòng"
  as blogger of an unsigned notice is its author, as printed. The bio box names the blogger only.
- source: a closing "Nguồn: X" line gives X (not in the body).
- summary: a bold lead paragraph opening the text (three posts) is the sapo and the body's first
  paragraph; otherwise None.
- body: the paragraphs of ``eb-entry-article``, headings and list items as paragraphs, table rows
  as cells joined by " | "; without captions, bylines, the "Nguồn:" line and the
  "File đính kèm:" line of the notice.
- images: the cover photo first (caption: its ``eb-image-caption`` or None), then the photos in
  the text in order, caption = the italic line under each (None when there is none).
"""

from __future__ import annotations

import calendar as _calendar
import datetime as _dt
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    TODAY,
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

NAME = "easyblog_joomla_thcs"
PLATFORM = "Joomla 3.9 + EasyBlog 5 (JoomlArt T3)"
START_PATH = "/"

SITE = "Trường THCS Lê Quý Đôn"
ITEMID = 105
EB = "/index.php/tin-tuc"
PER_PAGE = 8

CATEGORIES = {
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "thong-bao": "Thông báo",
}

# alias -> (name, bio, is a login account)
BLOGGERS = {
    "nguyen-thi-lan": ("Nguyễn Thị Lan", "Giáo viên Ngữ văn, 15 năm công tác", False),
    "pham-van-duc": ("Phạm Văn Đức", "Tổ trưởng Tổ Khoa học tự nhiên, giáo viên Toán", False),
    "tran-thi-hanh": ("Trần Thị Hạnh", "Tổng phụ trách Đội TNTP Hồ Chí Minh", False),
    "quan-tri-vien": ("Quản trị viên", "Tài khoản quản trị website nhà trường", True),
    "to-van-phong": ("Tổ Văn phòng", "Tổ Văn phòng - Trường THCS Lê Quý Đôn", False),
}

TAGS = {
    "khai-giang": "khai giảng",
    "nam-hoc-2026-2027": "năm học 2026-2027",
    "chuyen-mon": "chuyên môn",
    "doi-thieu-nien": "Đội thiếu niên",
    "thong-bao": "thông báo",
    "ngay-nha-giao": "20/11",
    "chuyen-doi-so": "chuyển đổi số",
    "the-thao": "thể thao",
}

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def img_path(story_id: int, name: str, size: str = "large") -> str:
    """EasyBlog's own image store: one folder per post, a size prefix on the file name."""
    return f"/images/easyblog_articles/{story_id}/b2ap3_{size}_{name}"


def cover(story_id: int, name: str, printed: str | None = None) -> Img:
    return Img(img_path(story_id, name), printed, printed, style="cover")


def right(line: str) -> Raw:
    """A byline / source line as TinyMCE saves it: right aligned, bold."""
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


def heading(value: str) -> P:
    return P(value, style="h3")


def item(value: str) -> P:
    return P(value, style="li")


def row(*cells: str) -> P:
    return P(" | ".join(cells), style="tr")


def lead(value: str) -> P:
    return P(value, style="lead")


# --- the posts (newest first) -----------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        226,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kì I năm học 2026-2027",
        "thong-bao",
        "2026-11-24T16:20:00+07:00",
        [
            P(
                "Nhà trường thông báo lịch kiểm tra cuối học kì I năm học 2026-2027 tới toàn thể "
                "giáo viên, học sinh và cha mẹ học sinh."
            ),
            P("Chi tiết xem trong tệp đính kèm."),
            Raw(
                '<p>File đính kèm: <a href="/images/easyblog_articles/226/Lich-kiem-tra-cuoi-HKI-2026-2027.pdf"'
                ' target="_blank">Lich-kiem-tra-cuoi-HKI-2026-2027.pdf</a></p>'
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={"blogger": "to-van-phong", "tags": ["thong-bao", "nam-hoc-2026-2027"]},
    ),
    Story(
        225,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        "tin-tuc-su-kien",
        "2026-11-20T08:45:00+07:00",
        [
            cover(225, "le-20-11-sankhau.jpg", "Toàn cảnh buổi lễ kỷ niệm tại sân trường"),
            lead(
                "Sáng ngày 19/11/2026, Trường THCS Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam và tổng kết phong trào thi đua \u201cHai tốt\u201d."
            ),
            P(
                "Tới dự buổi lễ có đồng chí Vũ Minh Tuấn, Phó Chủ tịch UBND phường Phố Hiến; đại diện "
                "Ban đại diện cha mẹ học sinh; các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán "
                "bộ, giáo viên, nhân viên và hơn 900 học sinh nhà trường."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Đặng Quốc Khánh ôn lại truyền thống vẻ vang "
                "của ngành Giáo dục và những thành tích nhà trường đạt được trong năm học 2025-2026: "
                "97,8% học sinh được công nhận tốt nghiệp THCS, 21 học sinh đạt giải học sinh giỏi cấp "
                "tỉnh, 100% cán bộ giáo viên hoàn thành tốt nhiệm vụ."
            ),
            Img(
                img_path(225, "IMG_20261119_081532.jpg"),
                "Thầy Hiệu trưởng Đặng Quốc Khánh phát biểu tại buổi lễ",
                "Thầy Hiệu trưởng Đặng Quốc Khánh phát biểu tại buổi lễ",
                style="em",
            ),
            P(
                "Trong không khí ấm áp của buổi lễ, các em học sinh đã dâng lên thầy cô những tiết mục "
                "văn nghệ đặc sắc, những bó hoa tươi thắm thay lời tri ân."
            ),
            Img(
                img_path(225, "IMG_20261119_090210.jpg"),
                "Tiết mục múa \u201cBụi phấn\u201d của học sinh lớp 8A",
                "Tiết mục múa \u201cBụi phấn\u201d của học sinh lớp 8A",
                style="em",
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 12 tập thể và 35 cá nhân có thành tích xuất "
                "sắc trong đợt thi đua chào mừng ngày 20/11."
            ),
            right("Tin, ảnh: Lê Thị Mai"),
        ],
        authors=["Lê Thị Mai"],
        photographers=["Lê Thị Mai"],
        summary=(
            "Sáng ngày 19/11/2026, Trường THCS Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam và tổng kết phong trào thi đua \u201cHai tốt\u201d."
        ),
        opts={"blogger": "nguyen-thi-lan", "tags": ["ngay-nha-giao", "nam-hoc-2026-2027"]},
    ),
    Story(
        224,
        "chuyen-de-toan-9-day-hoc-giai-quyet-van-de-qua-bai-toan-thuc-te",
        "Chuyên đề cấp trường môn Toán: Dạy học giải quyết vấn đề qua bài toán thực tế",
        "hoat-dong-chuyen-mon",
        "2026-11-18T14:10:00+07:00",
        [
            cover(224, "chuyen-de-toan-9.jpg"),
            P(
                "Thực hiện kế hoạch hoạt động chuyên môn năm học 2026-2027, chiều ngày 17/11/2026, "
                "Tổ Khoa học tự nhiên tổ chức chuyên đề cấp trường môn Toán với chủ đề \u201cDạy học "
                "giải quyết vấn đề qua bài toán thực tế\u201d."
            ),
            P(
                "Tiết dạy minh họa bài \u201cHệ thức lượng trong tam giác vuông\u201d do cô Đỗ Thu Hà "
                "thực hiện tại lớp 9B. Học sinh được chia nhóm, đo chiều cao cột cờ của trường bằng "
                "giác kế tự làm rồi tính toán, so sánh kết quả giữa các nhóm."
            ),
            Img(
                img_path(224, "tiet-day-minh-hoa.jpg"),
                "Học sinh lớp 9B thực hành đo chiều cao cột cờ",
                "Học sinh lớp 9B thực hành đo chiều cao cột cờ",
                style="em",
            ),
            heading("Một số kết luận rút ra sau chuyên đề"),
            item("Bài toán thực tế cần gắn với không gian quen thuộc của học sinh."),
            item("Giáo viên đóng vai trò tổ chức, để học sinh tự phát hiện và giải quyết vấn đề."),
            item("Đánh giá cần dựa trên cả quá trình làm việc nhóm, không chỉ kết quả cuối cùng."),
            P(
                "Chuyên đề đã giúp giáo viên trong tổ thống nhất cách thiết kế hoạt động trải nghiệm "
                "trong giờ học Toán theo Chương trình GDPT 2018."
            ),
            right("Nguyễn Văn Hùng - Tổ KHTN"),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={"blogger": "pham-van-duc", "tags": ["chuyen-mon"]},
    ),
    Story(
        223,
        "hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        "Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-11-14T09:30:00+07:00",
        [
            cover(223, "hkpd-keo-co.jpg", "Nội dung kéo co nữ khối 7"),
            P(
                "Từ ngày 10 đến ngày 13/11/2026, Trường THCS Lê Quý Đôn tổ chức Hội khỏe Phù Đổng cấp "
                "trường với 4 môn thi đấu: bóng đá nam, kéo co, cầu lông và điền kinh."
            ),
            P(
                "Hơn 400 vận động viên của 24 lớp đã tham gia tranh tài sôi nổi, đúng luật và giàu "
                "tinh thần đồng đội. Kết thúc hội thi, Ban tổ chức trao 4 giải Nhất, 6 giải Nhì, 8 giải "
                "Ba cho các tập thể và cá nhân; lớp 8C giành giải Nhất toàn đoàn."
            ),
            Img(img_path(223, "hkpd-bong-da.jpg"), None, None, style="em"),
            P(
                "Qua hội thi, nhà trường sẽ lựa chọn các vận động viên xuất sắc tham dự Hội khỏe Phù "
                "Đổng tỉnh Hưng Yên lần thứ XI."
            ),
        ],
        authors=[],
        opts={"blogger": "quan-tri-vien", "tags": ["the-thao", "doi-thieu-nien"]},
    ),
    Story(
        222,
        "hoi-thi-giao-vien-day-gioi-cap-truong-mon-ngu-van",
        "Hội thi giáo viên dạy giỏi cấp trường môn Ngữ văn năm học 2026-2027",
        "hoat-dong-chuyen-mon",
        "2026-11-10T10:00:00+07:00",
        [
            P(
                "Căn cứ Kế hoạch số 45/KH-THCSLQĐ ngày 15/9/2026 của Hiệu trưởng nhà trường, từ ngày "
                "02/11 đến ngày 07/11/2026, Tổ Khoa học xã hội đã tổ chức Hội thi giáo viên dạy giỏi "
                "cấp trường môn Ngữ văn."
            ),
            P(
                "Hội thi có 6 giáo viên tham gia, mỗi giáo viên thực hiện một bài thi năng lực và hai "
                "tiết dạy trên lớp. Ban giám khảo gồm các đồng chí trong Ban giám hiệu và giáo viên cốt "
                "cán của tổ."
            ),
            heading("Kết quả hội thi"),
            row("TT", "Họ và tên", "Lớp dạy", "Điểm TB", "Xếp loại"),
            row("1", "Nguyễn Thị Lan", "8A", "18,75", "Giỏi"),
            row("2", "Bùi Thị Thu Trang", "6C", "18,50", "Giỏi"),
            row("3", "Hoàng Văn Nam", "7B", "17,25", "Giỏi"),
            row("4", "Lương Thị Ngọc", "9A", "16,50", "Khá"),
            row("5", "Vũ Thị Hồng", "6A", "16,00", "Khá"),
            row("6", "Trịnh Thu Phương", "7D", "15,75", "Khá"),
            P(
                "Ba giáo viên xếp loại Giỏi sẽ được nhà trường cử tham dự Hội thi giáo viên dạy giỏi "
                "cấp tỉnh năm học 2026-2027."
            ),
            Img(
                img_path(222, "gvdg-ngu-van.jpg"),
                "Ban giám khảo dự giờ tiết dạy của cô Bùi Thị Thu Trang",
                "Ban giám khảo dự giờ tiết dạy của cô Bùi Thị Thu Trang",
                style="em",
            ),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={"blogger": "nguyen-thi-lan", "tags": ["chuyen-mon"]},
    ),
    Story(
        221,
        "trien-khai-ke-hoach-chuyen-doi-so-trong-giao-duc-nam-hoc-2026-2027",
        "Triển khai kế hoạch chuyển đổi số trong giáo dục năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-11-06T15:00:00+07:00",
        [
            lead(
                "Sở GD&ĐT Hưng Yên vừa ban hành kế hoạch đẩy mạnh chuyển đổi số, ứng dụng công nghệ "
                "thông tin trong dạy học và quản lý giáo dục năm học 2026-2027."
            ),
            P(
                "Theo kế hoạch, 100% cơ sở giáo dục trên địa bàn tỉnh sử dụng học bạ số, sổ điểm điện "
                "tử; thực hiện thanh toán không dùng tiền mặt đối với các khoản thu dịch vụ giáo dục."
            ),
            P("Các nhiệm vụ trọng tâm gồm:"),
            item("Hoàn thiện cơ sở dữ liệu ngành, kết nối với cơ sở dữ liệu quốc gia về dân cư;"),
            item("Xây dựng kho học liệu số dùng chung cho cấp THCS;"),
            item("Bồi dưỡng kĩ năng số cho 100% cán bộ quản lý và giáo viên."),
            P(
                "Trường THCS Lê Quý Đôn đã xây dựng kế hoạch triển khai cụ thể tới từng tổ chuyên môn "
                "và giáo viên."
            ),
            right("Nguồn: Sở GD&ĐT Hưng Yên"),
        ],
        source="Sở GD&ĐT Hưng Yên",
        summary=(
            "Sở GD&ĐT Hưng Yên vừa ban hành kế hoạch đẩy mạnh chuyển đổi số, ứng dụng công nghệ "
            "thông tin trong dạy học và quản lý giáo dục năm học 2026-2027."
        ),
        opts={"blogger": "quan-tri-vien", "tags": ["chuyen-doi-so"], "entities": 2},
    ),
    Story(
        220,
        "thong-bao-to-chuc-hoi-nghi-cha-me-hoc-sinh-giua-hoc-ki-i",
        "Thông báo tổ chức Hội nghị cha mẹ học sinh giữa học kì I",
        "thong-bao",
        "2026-11-02T07:45:00+07:00",
        [
            P(
                "Nhà trường tổ chức Hội nghị cha mẹ học sinh giữa học kì I năm học 2026-2027 vào lúc "
                "14 giờ 00 ngày Chủ nhật, 08/11/2026 tại các phòng học của từng lớp."
            ),
            P("Nội dung hội nghị:"),
            item(
                "Giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kì I của học sinh;"
            ),
            item("Trao đổi các biện pháp phối hợp giáo dục giữa gia đình và nhà trường;"),
            item("Lấy ý kiến cha mẹ học sinh về việc tổ chức dạy học buổi hai."),
            P(
                "Đề nghị quý cha mẹ học sinh sắp xếp thời gian tham dự đầy đủ, đúng giờ. Trân trọng "
                "thông báo!"
            ),
        ],
        authors=[],
        opts={"blogger": "quan-tri-vien", "tags": ["thong-bao"]},
    ),
    Story(
        219,
        "to-khtn-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
        "Tổ KHTN sinh hoạt chuyên môn theo nghiên cứu bài học",
        "hoat-dong-chuyen-mon",
        "2026-10-28T16:00:00+07:00",
        [
            P(
                "Chiều 27/10/2026, Tổ Khoa học tự nhiên tổ chức buổi sinh hoạt chuyên môn theo nghiên "
                "cứu bài học với bài \u201cTốc độ chuyển động\u201d (Khoa học tự nhiên 7)."
            ),
            P(
                "Sau tiết dạy của thầy Lại Văn Thắng tại lớp 7A, các thành viên trong tổ tập trung "
                "phân tích hoạt động học của học sinh: thời điểm học sinh gặp khó khăn, nguyên nhân và "
                "cách giáo viên hỗ trợ."
            ),
            Img(img_path(219, "z5912345678901_3f1c9e2ab47d.jpg"), None, None, style="em"),
            P(
                "Buổi sinh hoạt diễn ra cởi mở, tập trung vào việc học của học sinh thay vì đánh giá "
                "giờ dạy của giáo viên, đúng tinh thần đổi mới sinh hoạt chuyên môn."
            ),
        ],
        authors=["Phạm Văn Đức"],
        opts={"blogger": "pham-van-duc", "tags": ["chuyen-mon"]},
    ),
    Story(
        218,
        "chi-doi-8a-trai-nghiem-chao-mung-ngay-phu-nu-viet-nam-20-10",
        "Chi đội 8A trải nghiệm chào mừng Ngày Phụ nữ Việt Nam 20/10",
        "tin-tuc-su-kien",
        "2026-10-20T09:00:00+07:00",
        [
            cover(218, "8a-20-10.jpg", "Các bạn nam lớp 8A tặng hoa cô giáo chủ nhiệm"),
            P(
                "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
                "20/10/2026), Chi đội 8A tổ chức hoạt động trải nghiệm \u201cTri ân mẹ và cô\u201d."
            ),
            P(
                "Các bạn nam trong lớp tự tay làm thiệp, cắm hoa và chuẩn bị những tiết mục văn nghệ "
                "dành tặng cô giáo chủ nhiệm cùng các bạn nữ."
            ),
            Img(
                img_path(218, "8a-cam-hoa.jpg"),
                "Phần thi cắm hoa của các tổ",
                "Phần thi cắm hoa của các tổ",
                style="em",
            ),
            Img(
                img_path(218, "8a-van-nghe.jpg"),
                "Tiết mục song ca \u201cMẹ yêu\u201d",
                "Tiết mục song ca \u201cMẹ yêu\u201d",
                style="em",
            ),
            P(
                "Hoạt động giúp các em thêm gắn bó, biết yêu thương và trân trọng những người phụ nữ."
            ),
            right("Tin: Trần Thị Hạnh - Ảnh: Đỗ Minh Quân"),
        ],
        authors=["Trần Thị Hạnh"],
        photographers=["Đỗ Minh Quân"],
        opts={"blogger": "tran-thi-hanh", "tags": ["doi-thieu-nien"]},
    ),
    Story(
        217,
        "ket-qua-khao-sat-chat-luong-dau-nam-hoc-2026-2027",
        "Kết quả khảo sát chất lượng đầu năm học 2026-2027",
        "hoat-dong-chuyen-mon",
        "2026-10-15T14:30:00+07:00",
        [
            lead(
                "Nhà trường đã hoàn thành khảo sát chất lượng đầu năm ở ba môn Ngữ văn, Toán, Tiếng "
                "Anh đối với học sinh toàn trường."
            ),
            P(
                "Bài khảo sát được tổ chức tập trung trong hai ngày 05 và 06/10/2026, đề do các tổ "
                "chuyên môn xây dựng theo ma trận thống nhất. Kết quả cụ thể như sau:"
            ),
            row("Khối", "Ngữ văn (TB trở lên)", "Toán (TB trở lên)", "Tiếng Anh (TB trở lên)"),
            row("6", "88,2%", "81,5%", "79,0%"),
            row("7", "85,7%", "78,4%", "80,3%"),
            row("8", "86,1%", "76,9%", "77,8%"),
            row("9", "90,4%", "83,2%", "82,6%"),
            P(
                "Căn cứ kết quả, các tổ chuyên môn xây dựng kế hoạch phụ đạo học sinh chưa đạt và bồi "
                "dưỡng học sinh có năng khiếu ngay từ tháng 10."
            ),
        ],
        authors=["Nguyễn Thị Lan"],
        summary=(
            "Nhà trường đã hoàn thành khảo sát chất lượng đầu năm ở ba môn Ngữ văn, Toán, Tiếng "
            "Anh đối với học sinh toàn trường."
        ),
        opts={
            "blogger": "nguyen-thi-lan",
            "tags": ["chuyen-mon", "nam-hoc-2026-2027"],
            "nfd": True,
        },
    ),
    Story(
        216,
        "huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        "Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        "tin-tuc-su-kien",
        "2026-10-09T08:00:00+07:00",
        [
            P(
                "Hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề \u201cHọc tập suốt đời trong "
                "kỷ nguyên số\u201d, thư viện nhà trường tổ chức chuỗi hoạt động từ ngày 01 đến "
                "07/10/2026."
            ),
            Img(
                img_path(216, "thu-vien-xanh.jpg"),
                "Học sinh đọc sách tại thư viện xanh của nhà trường",
                "Học sinh đọc sách tại thư viện xanh của nhà trường",
                style="em",
            ),
            P(
                "Các hoạt động gồm: trưng bày sách theo chủ đề, giới thiệu sách dưới cờ, cuộc thi "
                "\u201cĐại sứ văn hóa đọc\u201d và hướng dẫn học sinh khai thác thư viện số."
            ),
            right("Tin, ảnh: Lê Thị Mai"),
        ],
        authors=["Lê Thị Mai"],
        photographers=["Lê Thị Mai"],
        opts={"blogger": "quan-tri-vien", "tags": ["chuyen-doi-so"]},
    ),
    Story(
        215,
        "dem-hoi-trang-ram-cho-hoc-sinh-toan-truong",
        "Đêm hội Trăng rằm cho học sinh toàn trường",
        "tin-tuc-su-kien",
        "2026-09-25T19:30:00+07:00",
        [
            cover(215, "trang-ram-2026.jpg"),
            P(
                "Tối 24/9/2026 (tức ngày 14 tháng 8 năm Bính Ngọ), Liên đội Trường THCS Lê Quý Đôn tổ "
                "chức Đêm hội Trăng rằm cho hơn 900 học sinh."
            ),
            P(
                "Mỗi chi đội trưng bày một mâm cỗ Trung thu tự làm; nhiều mâm cỗ được trang trí công "
                "phu với các sản phẩm từ nhãn lồng, bưởi, bánh nướng bánh dẻo."
            ),
            P(
                "Đêm hội khép lại với màn rước đèn ông sao quanh sân trường trong tiếng trống rộn ràng."
            ),
            right("Trần Thị Hạnh"),
        ],
        authors=["Trần Thị Hạnh"],
        opts={"blogger": "tran-thi-hanh", "tags": ["doi-thieu-nien"]},
    ),
    Story(
        214,
        "le-khai-giang-nam-hoc-2026-2027",
        "Lễ khai giảng năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-09-05T10:15:00+07:00",
        [
            cover(214, "khai-giang-2026.jpg", "Đánh trống khai giảng năm học mới"),
            P(
                "Sáng 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, thầy và trò Trường THCS Lê "
                "Quý Đôn nô nức tổ chức Lễ khai giảng năm học 2026-2027."
            ),
            P(
                "Năm học mới, nhà trường có 24 lớp với 932 học sinh, trong đó 240 học sinh lớp 6 được "
                "tuyển mới. Đội ngũ gồm 56 cán bộ, giáo viên, nhân viên, 100% đạt chuẩn trình độ đào tạo."
            ),
            Img(
                img_path(214, "khai-giang-lop-6.jpg"),
                "Học sinh lớp 6 trong ngày đầu đến trường",
                "Học sinh lớp 6 trong ngày đầu đến trường",
                style="em",
            ),
            P(
                "Thay mặt nhà trường, thầy Hiệu trưởng Đặng Quốc Khánh đọc thư của Tổng Bí thư gửi "
                "ngành Giáo dục nhân dịp khai giảng và phát động phong trào thi đua năm học mới."
            ),
            P(
                "Phần hội khép lại buổi lễ với các tiết mục văn nghệ, trò chơi dân gian do Liên đội "
                "tổ chức."
            ),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={"blogger": "nguyen-thi-lan", "tags": ["khai-giang", "nam-hoc-2026-2027"]},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def entry_path(story: Story) -> str:
    return f"{EB}/entry/{story.slug}"


def raw_path(story: Story) -> str:
    return f"/index.php?option=com_easyblog&view=entry&id={story.id}&Itemid={ITEMID}"


def print_path(story: Story) -> str:
    return entry_path(story) + "?tmpl=component&print=1"


# --- gold --------------------------------------------------------------------------------------

_GOLD_CATEGORY = {  # the eb-entry-category link each post prints, as a reader reads it
    226: "Thông báo",
    225: "Tin tức - Sự kiện",
    224: "Hoạt động chuyên môn",
    223: "Tin tức - Sự kiện",
    222: "Hoạt động chuyên môn",
    221: "Tin tức - Sự kiện",
    220: "Thông báo",
    219: "Hoạt động chuyên môn",
    218: "Tin tức - Sự kiện",
    217: "Hoạt động chuyên môn",
    216: "Tin tức - Sự kiện",
    215: "Tin tức - Sự kiện",
    214: "Tin tức - Sự kiện",
}

GOLD = [
    {
        **gold_record(
            s,
            entry_path(s),
            _GOLD_CATEGORY[s.id],
            canonical_path=entry_path(s),
            alt_paths=(raw_path(s), print_path(s)),
        ),
        "published_at": s.published_at[:10],  # the day the page prints (see "Gold decisions")
    }
    for s in STORIES
]

DOCS = {  # com_content documents: (menu alias, id, alias, title, category, number, issued, created)
    31: (
        "van-ban",
        "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
        "Kế hoạch giáo dục nhà trường năm học 2026-2027",
        "Văn bản",
        "52/KH-THCSLQĐ",
        "20/09/2026",
        "2026-09-21 08:12",
    ),
    32: (
        "van-ban",
        "quy-che-chi-tieu-noi-bo-nam-2026",
        "Quy chế chi tiêu nội bộ năm 2026",
        "Văn bản",
        "08/QĐ-THCSLQĐ",
        "15/01/2026",
        "2026-01-16 10:40",
    ),
    33: (
        "lich-cong-tac",
        "lich-cong-tac-tuan-13-tu-23-11-den-29-11-2026",
        "Lịch công tác tuần 13 (từ 23/11 đến 29/11/2026)",
        "Lịch công tác",
        "",
        "22/11/2026",
        "2026-11-22 20:05",
    ),
    34: (
        "thong-bao-chung",
        "lich-tiep-cong-dan-nam-2026",
        "Lịch tiếp công dân năm 2026",
        "Thông báo chung",
        "03/TB-THCSLQĐ",
        "05/01/2026",
        "2026-01-05 15:30",
    ),
}


def doc_path(doc_id: int) -> str:
    menu, alias, *_ = DOCS[doc_id]
    return f"/index.php/{menu}/{doc_id}-{alias}"


NON_ARTICLES = [
    "/index.php/gioi-thieu",
    "/index.php/lien-he",
    f"{EB}/blogger/nguyen-thi-lan",
    f"{EB}/tags/khai-giang",
    doc_path(31),
    doc_path(32),
    doc_path(33),
    doc_path(34),
]


# --- rendering: post text ----------------------------------------------------------------------


def _when(iso: str) -> _dt.datetime:
    return _dt.datetime.fromisoformat(iso)


def vn_day(iso: str) -> str:
    """EasyBlog's date format in the Vietnamese language pack: "Thứ Sáu, 20 Tháng 11 2026"."""
    d = _when(iso)
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} Tháng {d.month} {d.year}"


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("entities", 0))


def article_html(story: Story) -> str:
    """The ``eb-entry-article`` content as TinyMCE saved it (cover photo excluded)."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("tr", "li"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(story, p.text)}</li>" for p in run) + "</ul>")
            else:
                trs = []
                for n, p in enumerate(run):
                    cells = p.text.split(" | ")
                    if n == 0:
                        tds = "".join(
                            f'<td style="text-align: center;"><strong>{_t(story, c)}</strong></td>'
                            for c in cells
                        )
                    else:
                        tds = "".join(f"<td>{_t(story, c)}</td>" for c in cells)
                    trs.append(f"<tr>{tds}</tr>")
                out.append(
                    '<table class="table table-bordered" style="width: 100%;" border="1" cellpadding="4">'
                    f"<tbody>{''.join(trs)}</tbody></table>"
                )
            continue
        if isinstance(b, P):
            if b.style == "h3":
                out.append(f"<h3>{_t(story, b.text)}</h3>")
            elif b.style == "lead":
                out.append(
                    f'<p style="text-align: justify;"><strong>{_t(story, b.text)}</strong></p>'
                )
            else:
                out.append(f'<p style="text-align: justify;">{_t(story, b.text)}</p>')
        elif isinstance(b, Img) and b.style != "cover":
            alt = esc(b.printed or "")
            out.append(
                f'<p style="text-align: center;"><img src="{esc(b.src)}" alt="{alt}" width="640" height="427" /></p>'
            )
            if b.printed:
                out.append(f'<p style="text-align: center;"><em>{_t(story, b.printed)}</em></p>')
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    return "\n".join(out)


def cover_html(story: Story) -> str:
    c = next((b for b in story.blocks if isinstance(b, Img) and b.style == "cover"), None)
    if c is None:
        return ""
    cap = f'<div class="eb-image-caption"><span>{esc(c.printed)}</span></div>' if c.printed else ""
    return (
        f'<div class="eb-entry-image eb-image-figure"><a class="eb-image-popup-button" href="{esc(c.src)}"'
        f' title="{esc(story.title)}"><img itemprop="image" src="{esc(c.src)}" alt="{esc(story.title)}" /></a>'
        f"{cap}</div>"
    )


def thumb(story: Story) -> str:
    c = next((b for b in story.blocks if isinstance(b, Img)), None)
    if c is None:
        return "/components/com_easyblog/themes/wireframe/images/placeholder-image.png"
    return c.src.replace("b2ap3_large_", "b2ap3_thumbnail_")


def teaser(story: Story, words: int = 32) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


# --- rendering: the JoomlArt T3 chrome ---------------------------------------------------------

MENU = [
    ("Trang chủ", "/index.php", []),
    ("Giới thiệu", "/index.php/gioi-thieu", []),
    ("Tin tức", EB, [(name, f"{EB}/categories/{alias}") for alias, name in CATEGORIES.items()]),
    ("Văn bản", "/index.php/van-ban", []),
    ("Lịch công tác", doc_path(33), []),
    ("Liên hệ", "/index.php/lien-he", []),
]


def _menu() -> str:
    items = []
    for label, href, children in MENU:
        if children:
            sub = "".join(f'<li><a href="{href2}">{esc(lbl)}</a></li>' for lbl, href2 in children)
            items.append(
                f'<li class="dropdown mega"><a class="dropdown-toggle" href="{href}" data-toggle="dropdown">'
                f'{esc(label)} <em class="caret"></em></a><div class="nav-child dropdown-menu mega-dropdown-menu">'
                f'<div class="mega-dropdown-inner"><ul class="mega-nav level1">{sub}</ul></div></div></li>'
            )
        else:
            items.append(f'<li><a href="{href}">{esc(label)}</a></li>')
    return (
        '<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav"><div class="container">'
        '<div class="t3-navbar navbar-collapse collapse"><div class="t3-megamenu" data-responsive="true">'
        f'<ul class="nav navbar-nav level0">{"".join(items)}</ul></div></div></div></nav>'
    )


def _module(title: str, inner: str, cls: str = "") -> str:
    return (
        f'<div class="t3-module module {cls}"><div class="module-inner"><h3 class="module-title">'
        f'<span>{esc(title)}</span></h3><div class="module-ct">{inner}</div></div></div>'
    )


def _calendar_module(year: int = 2026, month: int = 11) -> str:
    """EasyBlog's calendar module: every day is a link (days with posts are marked)."""
    days_with = {_when(s.published_at).day for s in STORIES if _when(s.published_at).month == month}
    weeks = []
    for week in _calendar.Calendar().monthdayscalendar(year, month):
        cells = []
        for d in week:
            if not d:
                cells.append("<td></td>")
                continue
            cls = ' class="has-posts"' if d in days_with else ""
            cells.append(f'<td{cls}><a href="{EB}/calendar/{year}/{month}/{d:02d}">{d}</a></td>')
        weeks.append("<tr>" + "".join(cells) + "</tr>")
    py, pm = (year, month - 1) if month > 1 else (year - 1, 12)
    ny, nm = (year, month + 1) if month < 12 else (year + 1, 1)
    head = "".join(f"<th>{d}</th>" for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
    return (
        f'<div id="eb" class="eb-mod mod-easyblogcalendar"><div class="eb-calendar-nav">'
        f'<a href="{EB}/calendar/{py}/{pm:02d}">&lsaquo;</a> <span>Tháng {month} {year}</span> '
        f'<a href="{EB}/calendar/{ny}/{nm:02d}">&rsaquo;</a></div>'
        f'<table class="eb-calendar"><thead><tr>{head}</tr></thead><tbody>{"".join(weeks)}</tbody></table></div>'
    )


def _left() -> str:
    notices = "".join(f'<li><a href="{doc_path(i)}">{esc(DOCS[i][2])}</a></li>' for i in (33, 34))
    docs = "".join(f'<li><a href="{doc_path(i)}">{esc(DOCS[i][2])}</a></li>' for i in (31, 32))
    archive = "".join(
        f'<li><a href="{EB}/archive?archiveyear=2026&amp;archivemonth={m}">Tháng {m}, 2026</a> '
        f"<span>({n})</span></li>"
        for m, n in ((11, 7), (10, 4), (9, 2))
    )
    counter = (
        '<ul class="vcounter"><li>Đang online: <b>14</b></li><li>Hôm nay: <b>318</b></li>'
        "<li>Hôm qua: <b>402</b></li><li>Tháng này: <b>9.847</b></li>"
        "<li>Tổng lượt truy cập: <b>486.213</b></li></ul>"
    )
    return (
        '<div class="t3-sidebar t3-sidebar-left col-xs-12 col-sm-3">'
        + _module("Thông báo mới", f'<ul class="latestnews">{notices}</ul>')
        + _module(
            "Văn bản",
            f'<ul class="latestnews">{docs}</ul><a href="/index.php/van-ban">Xem tất cả</a>',
        )
        + _module(
            "Lịch công tác tuần",
            f'<a href="{doc_path(33)}"><img src="/images/banners/lich-cong-tac.png" alt="Lịch công tác tuần" /></a>',
        )
        + _module("Lịch", _calendar_module())
        + _module("Lưu trữ", f'<ul class="eb-archive">{archive}</ul>')
        + _module("Thống kê truy cập", counter, "mod-vcnt")
        + "</div>"
    )


def _right() -> str:
    latest = "".join(
        f'<li><a href="{entry_path(s)}">{esc(s.title)}</a><time>{_when(s.published_at):%d/%m/%Y}</time></li>'
        for s in STORIES[:5]
    )
    links = "".join(
        f'<option value="{u}">{esc(n)}</option>'
        for n, u in (
            ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
            ("Sở GD&ĐT Hưng Yên", "https://sgddt.hungyen.gov.vn"),
            ("Cổng TTĐT tỉnh Hưng Yên", "https://hungyen.gov.vn"),
            ("Hệ thống CSDL ngành", "https://csdl.moet.gov.vn"),
        )
    )
    return (
        '<div class="t3-sidebar t3-sidebar-right col-xs-12 col-sm-3">'
        + _module("Bài viết mới", f'<ul class="eb-mod-latest">{latest}</ul>')
        + _module(
            "Liên kết website",
            f'<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>{links}</select>',
        )
        + "</div>"
    )


def page(
    title: str, main: str, request: Request, canonical: str | None = None, extra_head: str = ""
) -> str:
    canon = f'<link href="{base_url(request)}{canonical}" rel="canonical" />' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<base href="{base_url(request)}{esc(request.target)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
{canon}{extra_head}
<link href="{EB}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
<link href="/templates/ja_university/css/template.css" rel="stylesheet" />
<link href="/components/com_easyblog/themes/nickel/styles/style.min.css" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js"></script>
<script src="/templates/ja_university/js/script.js"></script>
</head>
<body class="com_easyblog itemid-{ITEMID}">
<div class="t3-wrapper">
<header id="t3-header" class="wrap t3-header"><div class="container"><div class="row">
<div class="col-xs-12 col-sm-8 logo"><a href="/index.php" title="{SITE}">
<img class="logo-img" src="/images/banner/banner-thcs-le-quy-don.png" alt="{SITE}" /></a>
<small class="site-slogan">Dạy tốt - Học tốt - Rèn luyện tốt</small></div>
<div class="col-xs-12 col-sm-4 head-date"><span class="date-now">{esc(TODAY)}</span>
<form action="/index.php" method="post" class="head-search"><input name="searchword" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div>
</div></div></header>
{_menu()}
<div id="t3-mainbody" class="container t3-mainbody"><div class="row">
{_left()}
<div id="t3-content" class="t3-content col-xs-12 col-sm-6">
<div id="system-message-container"></div>
{main}
</div>
{_right()}
</div></div>
<footer id="t3-footer" class="wrap t3-footer"><div class="container">
<p><strong>TRƯỜNG THCS LÊ QUÝ ĐÔN - PHƯỜNG PHỐ HIẾN, TỈNH HƯNG YÊN</strong></p>
<p>Địa chỉ: Số 12 đường Nguyễn Văn Linh, phường Phố Hiến, tỉnh Hưng Yên</p>
<p>Điện thoại: 0221 3862 418 - Email: thcslequydon@hungyen.edu.vn</p>
<p>Chịu trách nhiệm chính: Hiệu trưởng Đặng Quốc Khánh</p>
<p class="copyright">Bản quyền &copy; 2026 {SITE}. Thiết kế bởi JoomlArt.</p>
</div></footer>
</div>
</body>
</html>"""


# --- rendering: EasyBlog views -----------------------------------------------------------------


def _author_link(story: Story) -> str:
    alias = story.opts["blogger"]
    return f'<a href="{EB}/blogger/{alias}" rel="author">{esc(BLOGGERS[alias][0])}</a>'


def _cat_link(story: Story) -> str:
    return f'<a href="{EB}/categories/{story.cat}">{esc(CATEGORIES[story.cat])}</a>'


def _related(story: Story) -> str:
    others = [s for s in STORIES if s.cat == story.cat and s.id != story.id][:3]
    if len(others) < 3:
        others += [s for s in STORIES if s.id != story.id and s not in others][: 3 - len(others)]
    cards = "".join(
        f'<div class="eb-entry-related-item col-md-4"><a href="{entry_path(s)}" class="eb-related-thumb">'
        f'<img src="{thumb(s)}" alt="{esc(s.title)}" /></a><h4 class="eb-related-title">'
        f'<a href="{entry_path(s)}">{esc(s.title)}</a></h4><div class="text-muted">'
        f"<time>{vn_day(s.published_at)}</time></div></div>"
        for s in others
    )
    return f'<div class="eb-entry-related clearfix"><h4 class="eb-section-heading reset-heading">Bài viết liên quan</h4><div class="row">{cards}</div></div>'


def _navigation(story: Story) -> str:
    idx = STORIES.index(story)
    parts = []
    if idx + 1 < len(STORIES):  # older post
        prev = STORIES[idx + 1]
        parts.append(
            f'<a href="{entry_path(prev)}" class="eb-entry-prev"><div class="eb-entry-nav-label">« Bài trước</div>'
            f"<span>{esc(prev.title)}</span></a>"
        )
    if idx > 0:
        nxt = STORIES[idx - 1]
        parts.append(
            f'<a href="{entry_path(nxt)}" class="eb-entry-next"><div class="eb-entry-nav-label">Bài sau »</div>'
            f"<span>{esc(nxt.title)}</span></a>"
        )
    return f'<div class="eb-entry-navigation clearfix">{"".join(parts)}</div>'


def _entry_body(story: Story, printing: bool = False) -> str:
    alias = story.opts["blogger"]
    name, bio, _account = BLOGGERS[alias]
    tags = ", ".join(
        f'<a href="{EB}/tags/{t}">{esc(TAGS[t])}</a>' for t in story.opts.get("tags", [])
    )
    tools = (
        ""
        if printing
        else f'<div class="eb-entry-tools"><a href="{print_path(story)}" rel="nofollow" '
        "onclick=\"window.open(this.href,'win2','width=640,height=480');return false;\">In bài viết</a> "
        f'<a href="javascript:void(0);" data-blog-send-email>Gửi email</a></div>'
    )
    head = f"""<div class="eb-entry-head">
<div class="eb-entry-category">{_cat_link(story)}</div>
<h1 class="eb-entry-title reset-heading" itemprop="name headline">{esc(story.title)}</h1>
<div class="eb-entry-meta text-muted">
<div class="eb-entry-author"><i class="fa fa-user"></i> {_author_link(story)}</div>
<div class="eb-entry-date"><i class="fa fa-clock-o"></i> <time class="eb-meta-date" itemprop="datePublished" datetime="{story.published_at}">{vn_day(story.published_at)}</time></div>
<div class="eb-entry-hits"><i class="fa fa-eye"></i> {story.views()} lượt xem</div>
</div>{tools}
</div>
{cover_html(story)}
<div class="eb-entry-article clearfix" data-blog-content itemprop="articleBody">
{article_html(story)}
</div>"""
    if printing:
        return f'<div id="eb" class="eb-component eb-nickel eb-view-entry eb-print"><div class="eb-entry">{head}</div></div>'
    return f"""<div id="eb" class="eb-component eb-nickel eb-view-entry">
<div class="eb-entry" data-blog-post-id="{story.id}" itemscope itemtype="http://schema.org/BlogPosting">
{head}
<div class="eb-entry-tags"><i class="fa fa-tags"></i> Thẻ: {tags}</div>
<div class="eb-entry-author-bio"><div class="eb-entry-author-avatar"><a href="{EB}/blogger/{alias}">
<img src="/images/easyblog_avatar/{alias}.jpg" alt="{esc(name)}" width="60" height="60" /></a></div>
<div class="eb-entry-author-details"><h4 class="reset-heading"><a href="{EB}/blogger/{alias}">{esc(name)}</a></h4>
<div class="eb-entry-author-bio-text">{esc(bio)}</div>
<a href="{EB}/blogger/{alias}" class="eb-entry-author-more">Xem tất cả bài viết</a></div></div>
<div class="eb-share"><div class="eb-share-buttons">
<a class="btn-facebook" href="https://www.facebook.com/sharer/sharer.php?u=http://thcslequydon.hungyen.edu.vn{entry_path(story)}" target="_blank">Chia sẻ Facebook</a>
<a class="btn-zalo" href="https://zalo.me/share?u=http://thcslequydon.hungyen.edu.vn{entry_path(story)}" target="_blank">Zalo</a></div></div>
{_related(story)}
{_navigation(story)}
<div class="eb-comments" id="comments"><h4 class="eb-section-heading reset-heading">Bình luận</h4>
<div class="eb-comments-empty">Chưa có bình luận nào. Hãy là người đầu tiên bình luận bài viết này!</div>
<form class="eb-comment-form" method="post" action="/index.php">
<div class="eb-comment-form-title">Để lại bình luận</div>
<input type="text" name="name" placeholder="Họ và tên" /><input type="email" name="email" placeholder="Email" />
<textarea name="comment" placeholder="Nội dung bình luận..."></textarea>
<input type="hidden" name="option" value="com_easyblog" /><input type="hidden" name="task" value="comments.save" />
<input type="hidden" name="id" value="{story.id}" /><button type="submit">Gửi bình luận</button></form></div>
<div class="eb-subscribe"><h4>Đăng ký nhận bài viết mới</h4><form method="post" action="/index.php">
<input type="email" name="email" placeholder="Địa chỉ email của bạn" />
<input type="hidden" name="option" value="com_easyblog" /><input type="hidden" name="task" value="subscription.subscribe" />
<button type="submit">Đăng ký</button></form></div>
</div></div>"""


def entry_page(story: Story, request: Request) -> Response:
    title = f"{story.title} - {SITE}"
    if request.params.get("print") == "1":
        body = f"""<!DOCTYPE html>
<html lang="vi-vn"><head><meta charset="utf-8" /><title>{esc(title)}</title>
<link href="{base_url(request)}{entry_path(story)}" rel="canonical" />
<link href="/components/com_easyblog/themes/nickel/styles/style.min.css" rel="stylesheet" /></head>
<body class="contentpane modal"><div id="system-message-container"></div>
{_entry_body(story, printing=True)}
<script>window.print();</script></body></html>"""
        return html(body)
    return html(page(title, _entry_body(story), request, canonical=entry_path(story)))


def post_list(stories: list[Story]) -> str:
    if not stories:
        return (
            '<div class="eb-empty"><i class="fa fa-info-circle"></i> Không có bài viết nào.</div>'
        )
    items = []
    for s in stories:
        items.append(f"""<div class="eb-post" data-blog-posts-item data-id="{s.id}">
<div class="eb-post-category">{_cat_link(s)}</div>
<h2 class="eb-post-title reset-heading"><a href="{entry_path(s)}">{esc(s.title)}</a></h2>
<div class="eb-post-meta text-muted"><div class="eb-post-author">{_author_link(s)}</div>
<div class="eb-post-date"><time datetime="{s.published_at}">{vn_day(s.published_at)}</time></div></div>
<div class="eb-post-thumb"><a href="{entry_path(s)}"><img src="{thumb(s)}" alt="{esc(s.title)}" /></a></div>
<div class="eb-post-body type-text">{esc(teaser(s))}</div>
<div class="eb-post-more"><a class="btn btn-default" href="{entry_path(s)}">Đọc tiếp</a></div>
</div>""")
    return '<div class="eb-posts" data-blog-posts>' + "\n".join(items) + "</div>"


def pagination(base: str, start: int, total: int) -> str:
    pages = (total + PER_PAGE - 1) // PER_PAGE
    if pages <= 1:
        return ""
    sep = "&amp;" if "?" in base else "?"

    def href(n: int) -> str:
        return base if n == 0 else f"{base}{sep}start={n * PER_PAGE}"

    cur = start // PER_PAGE
    parts = []
    if cur > 0:
        parts += [f'<a href="{href(0)}">« Đầu</a>', f'<a href="{href(cur - 1)}">‹ Trước</a>']
    else:
        parts += ['<span class="disabled">« Đầu</span>', '<span class="disabled">‹ Trước</span>']
    for n in range(pages):
        parts.append(
            f'<span class="active">{n + 1}</span>'
            if n == cur
            else f'<a href="{href(n)}">{n + 1}</a>'
        )
    if cur < pages - 1:
        parts += [f'<a href="{href(cur + 1)}">Sau ›</a>', f'<a href="{href(pages - 1)}">Cuối »</a>']
    else:
        parts += ['<span class="disabled">Sau ›</span>', '<span class="disabled">Cuối »</span>']
    return (
        '<div class="eb-pagination clearfix"><ul class="pagination">'
        + "".join(f"<li>{p}</li>" for p in parts)
        + "</ul></div>"
    )


def listing(
    request: Request, heading_html: str, stories: list[Story], base: str, title: str
) -> Response:
    try:
        start = int(request.params.get("start") or request.params.get("limitstart") or 0)
    except ValueError:
        start = 0
    start = max(start, 0)
    chunk = stories[start : start + PER_PAGE]
    main = (
        f'<div id="eb" class="eb-component eb-nickel eb-view-latest">{heading_html}'
        f"{post_list(chunk)}{pagination(base, start, len(stories))}</div>"
    )
    return html(page(f"{title} - {SITE}", main, request))


def home(request: Request) -> Response:
    latest = post_list(STORIES[:5])
    featured = "".join(
        f'<li><a href="{raw_path(s).replace("&", "&amp;")}"><img src="{thumb(s)}" alt="" /> {esc(s.title)}</a></li>'
        for s in (STORIES[1], STORIES[2], STORIES[8], STORIES[12])
    )
    main = _module(
        "Tin nổi bật", f'<ul class="eb-mod-featured">{featured}</ul>', "mod-easyblogfeatured"
    ) + _module(
        "Bài viết mới nhất",
        f'<div id="eb" class="eb-mod mod-easybloglatestblogs">{latest}</div>'
        f'<div class="eb-mod-more"><a href="{EB}">Xem tất cả</a> | <a href="{EB}?limitstart=8">Bài cũ hơn</a></div>',
    )
    return html(page(f"Trang chủ - {SITE}", main, request))


def blogger_page(alias: str, request: Request) -> Response | None:
    if alias not in BLOGGERS:
        return None
    name, bio, _ = BLOGGERS[alias]
    mine = [s for s in STORIES if s.opts["blogger"] == alias]
    head = (
        f'<div class="eb-author"><div class="eb-author-avatar"><img src="/images/easyblog_avatar/{alias}.jpg" alt="{esc(name)}" /></div>'
        f'<h2 class="eb-author-name reset-heading">{esc(name)}</h2><div class="eb-author-bio">{esc(bio)}</div>'
        f'<div class="eb-author-stats">{len(mine)} bài viết</div></div>'
    )
    return listing(request, head, mine, f"{EB}/blogger/{alias}", name)


def tag_page(alias: str, request: Request) -> Response | None:
    if alias not in TAGS:
        return None
    mine = [s for s in STORIES if alias in s.opts.get("tags", [])]
    head = (
        f'<h2 class="eb-tag-title reset-heading"><i class="fa fa-tag"></i> {esc(TAGS[alias])}</h2>'
    )
    return listing(request, head, mine, f"{EB}/tags/{alias}", f"Thẻ: {TAGS[alias]}")


def tag_cloud(request: Request) -> Response:
    links = " ".join(
        f'<a href="{EB}/tags/{a}" class="eb-tag">{esc(n)} <b>({sum(a in s.opts.get("tags", []) for s in STORIES)})</b></a>'
        for a, n in TAGS.items()
    )
    main = f'<div id="eb" class="eb-component eb-nickel eb-view-tags"><h2>Thẻ</h2><div class="eb-tags-cloud">{links}</div></div>'
    return html(page(f"Thẻ - {SITE}", main, request))


def category_page(alias: str, request: Request) -> Response | None:
    if alias not in CATEGORIES:
        return None
    mine = [s for s in STORIES if s.cat == alias]
    head = f'<div class="eb-category-header"><h2 class="eb-category-title reset-heading">{esc(CATEGORIES[alias])}</h2></div>'
    return listing(request, head, mine, f"{EB}/categories/{alias}", CATEGORIES[alias])


def _month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + month - 1 + delta
    return n // 12, n % 12 + 1


def archive_page(request: Request) -> Response:
    try:
        year = int(request.params.get("archiveyear") or 2026)
        month = int(request.params.get("archivemonth") or 11)
    except ValueError:
        return html(page(f"Lưu trữ - {SITE}", "<p>Không có bài viết nào.</p>", request))
    month = min(max(month, 1), 12)
    mine = [
        s
        for s in STORIES
        if (_when(s.published_at).year, _when(s.published_at).month) == (year, month)
    ]
    rows = (
        "".join(
            f'<li class="eb-archive-item"><time>{_when(s.published_at):%d/%m/%Y}</time> '
            f'<a href="{entry_path(s)}">{esc(s.title)}</a></li>'
            for s in mine
        )
        or "<li>Không có bài viết nào.</li>"
    )
    py, pm = _month_shift(year, month, -1)
    ny, nm = _month_shift(year, month, 1)
    main = (
        f'<div id="eb" class="eb-component eb-nickel eb-view-archive"><h2>Lưu trữ: Tháng {month}, {year}</h2>'
        f'<div class="eb-archive-nav"><a href="{EB}/archive?archiveyear={py}&amp;archivemonth={pm}">‹ Tháng {pm}, {py}</a> '
        f'<a href="{EB}/archive?archiveyear={ny}&amp;archivemonth={nm}">Tháng {nm}, {ny} ›</a></div>'
        f'<ul class="eb-archive-list">{rows}</ul></div>'
    )
    return html(page(f"Lưu trữ - {SITE}", main, request))


def calendar_page(parts: list[str], request: Request) -> Response | None:
    try:
        nums = [int(p) for p in parts]
        year, month = nums[0], nums[1]
        day = nums[2] if len(nums) > 2 else None
        if not 1 <= month <= 12 or (
            day is not None and not 1 <= day <= _calendar.monthrange(year, month)[1]
        ):
            return None
    except (ValueError, IndexError):
        return None
    mine = [
        s
        for s in STORIES
        if (_when(s.published_at).year, _when(s.published_at).month) == (year, month)
        and (day is None or _when(s.published_at).day == day)
    ]
    label = f"Ngày {day:02d}/{month:02d}/{year}" if day else f"Tháng {month} {year}"
    empty = (
        "Không có bài viết nào trong ngày này." if day else "Không có bài viết nào trong tháng này."
    )
    rows = (
        "".join(f'<li><a href="{entry_path(s)}">{esc(s.title)}</a></li>' for s in mine)
        or f"<li>{empty}</li>"
    )
    main = (
        f'<div id="eb" class="eb-component eb-nickel eb-view-calendar"><h2>Lịch: {label}</h2>'
        f"{_calendar_module(year, month) if day is None else ''}"
        f'<ul class="eb-calendar-posts">{rows}</ul></div>'
    )
    return html(page(f"Lịch - {SITE}", main, request))


def rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{entry_path(s)}</link>"
        f'<guid isPermaLink="false">{base}{raw_path(s).replace("&", "&amp;")}</guid>'
        f"<description>{esc(teaser(s))}</description><author>{esc(BLOGGERS[s.opts['blogger']][0])}</author>"
        f"<category>{esc(CATEGORIES[s.cat])}</category>"
        f"<pubDate>{_when(s.published_at).strftime('%a, %d %b %Y %H:%M:%S +0700')}</pubDate></item>"
        for s in STORIES[:10]
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Tin tức - {SITE}</title><link>{base}{EB}</link><description>Tin tức {SITE}</description>"
        f"<language>vi-vn</language>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- com_content pages: documents and static pages ---------------------------------------------


def _item_page(title: str, inner: str, info: str = "") -> str:
    return (
        '<div class="item-page clearfix" itemscope itemtype="https://schema.org/Article">'
        f'<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>{info}'
        f'<section class="article-content clearfix" itemprop="articleBody">{inner}</section></div>'
    )


def doc_page(doc_id: int, request: Request) -> Response:
    menu, alias, title, cat, number, issued, created = DOCS[doc_id]
    info = (
        '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
        f'<dd class="category-name">Danh mục: <a href="/index.php/{menu}">{esc(cat)}</a></dd>'
        f'<dd class="published"><time datetime="{created.replace(" ", "T")}:00+07:00">Được đăng: {created[8:10]}/{created[5:7]}/{created[:4]}</time></dd>'
        f'<dd class="hits">Lượt xem: {120 + doc_id * 7}</dd></dl>'
    )
    pdf = f"/images/van-ban/{alias}.pdf"
    if doc_id == 33:
        rows = "".join(
            f"<tr><td>{d}</td><td>{esc(w)}</td><td>{esc(who)}</td></tr>"
            for d, w, who in (
                (
                    "Thứ Hai 23/11",
                    "Chào cờ, sinh hoạt dưới cờ chủ đề \u201cTri ân thầy cô\u201d",
                    "BGH, TPT Đội",
                ),
                ("Thứ Ba 24/11", "Kiểm tra nội bộ Tổ KHXH", "Ban kiểm tra nội bộ"),
                ("Thứ Tư 25/11", "Họp Hội đồng sư phạm tháng 11", "Toàn thể CB, GV, NV"),
                ("Thứ Sáu 27/11", "Dự giờ thăm lớp khối 9", "BGH"),
            )
        )
        inner = (
            '<table class="table table-bordered"><thead><tr><th>Ngày</th><th>Nội dung công việc</th>'
            f"<th>Thành phần</th></tr></thead><tbody>{rows}</tbody></table>"
            f'<p>Tải về: <a href="{pdf}">{alias}.pdf</a></p>'
        )
    else:
        inner = (
            f'<table class="table"><tbody><tr><td>Số/Ký hiệu</td><td>{esc(number)}</td></tr>'
            f"<tr><td>Ngày ban hành</td><td>{issued}</td></tr><tr><td>Trích yếu</td><td>{esc(title)}</td></tr>"
            f"<tr><td>Người ký</td><td>Đặng Quốc Khánh</td></tr></tbody></table>"
            f'<p>File đính kèm: <a href="{pdf}" target="_blank">{alias}.pdf</a></p>'
        )
    return html(page(f"{title} - {SITE}", _item_page(title, inner, info), request))


def van_ban(request: Request, menu: str = "van-ban") -> Response:
    ids = [i for i, d in DOCS.items() if d[0] == menu]
    name = DOCS[ids[0]][3]
    rows = "".join(
        f'<tr><td class="list-title"><a href="{doc_path(i)}">{esc(DOCS[i][2])}</a></td>'
        f'<td class="list-date">{DOCS[i][6][8:10]}/{DOCS[i][6][5:7]}/{DOCS[i][6][:4]}</td></tr>'
        for i in ids
    )
    main = (
        f'<div class="category-list"><h2>{esc(name)}</h2><table class="category table table-striped">'
        f"<thead><tr><th>Tiêu đề</th><th>Ngày đăng</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return html(page(f"{name} - {SITE}", main, request))


def gioi_thieu(request: Request) -> Response:
    inner = (
        "<p>Trường THCS Lê Quý Đôn được thành lập năm 1965, hiện có 24 lớp với gần 1.000 học sinh.</p>"
        "<p>Nhà trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>"
        "<p><strong>Ban giám hiệu:</strong> Hiệu trưởng Đặng Quốc Khánh; Phó Hiệu trưởng Phạm Thị Thanh "
        "Huyền, Nguyễn Đức Toàn.</p>"
        '<p style="text-align: center;"><img src="/images/gioi-thieu/toan-canh-truong.jpg" alt="Toàn cảnh trường" /></p>'
    )
    return html(page(f"Giới thiệu - {SITE}", _item_page("Giới thiệu", inner), request))


def lien_he(request: Request) -> Response:
    main = (
        '<div class="contact"><h2>Liên hệ</h2><div class="contact-address">'
        "<p>Trường THCS Lê Quý Đôn</p><p>Địa chỉ: Số 12 đường Nguyễn Văn Linh, phường Phố Hiến, tỉnh Hưng Yên</p>"
        "<p>Điện thoại: 0221 3862 418</p><p>Email: thcslequydon@hungyen.edu.vn</p></div>"
        '<form class="contact-form" method="post" action="/index.php/lien-he">'
        '<input name="jform[contact_name]" placeholder="Họ tên" /><input name="jform[contact_email]" placeholder="Email" />'
        '<textarea name="jform[contact_message]"></textarea><button type="submit">Gửi</button></form></div>'
    )
    return html(page(f"Liên hệ - {SITE}", main, request))


ROBOTS = (
    "User-agent: *\nDisallow: /administrator/\nDisallow: /bin/\nDisallow: /cache/\nDisallow: /cli/\n"
    "Disallow: /components/\nDisallow: /includes/\nDisallow: /installation/\nDisallow: /language/\n"
    "Disallow: /layouts/\nDisallow: /libraries/\nDisallow: /logs/\nDisallow: /modules/\n"
    "Disallow: /plugins/\nDisallow: /tmp/\n"
)


# --- the site -----------------------------------------------------------------------------------


class EasyBlogSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain"})
        if path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        static = static_file(path)
        if static is not None:
            return static
        if path in ("/", "/index.php"):
            if params.get("option") == "com_easyblog" and params.get("view") == "entry":
                story = BY_ID.get(int(params["id"])) if params.get("id", "").isdigit() else None
                return entry_page(story, request) if story else None
            if params.get("option"):
                return None
            return home(request)
        if path == EB:
            if params.get("format") == "feed":
                return rss(request)
            head = '<h2 class="eb-heading reset-heading">Tin tức</h2>'
            return listing(request, head, STORIES, EB, "Tin tức")
        if path.startswith(EB + "/"):
            rest = path[len(EB) + 1 :].strip("/").split("/")
            kind, args = rest[0], rest[1:]
            if kind == "entry" and len(args) == 1 and args[0] in BY_SLUG:
                return entry_page(BY_SLUG[args[0]], request)
            if kind == "categories" and len(args) == 1:
                return category_page(args[0], request)
            if kind == "blogger" and len(args) == 1:
                return blogger_page(args[0], request)
            if kind == "tags":
                return (
                    tag_cloud(request)
                    if not args
                    else tag_page(args[0], request)
                    if len(args) == 1
                    else None
                )
            if kind == "archive" and not args:
                return archive_page(request)
            if kind == "calendar" and len(args) in (2, 3):
                return calendar_page(args, request)
            return None
        if path == "/index.php/gioi-thieu":
            return gioi_thieu(request)
        if path == "/index.php/lien-he":
            return lien_he(request)
        if path in {f"/index.php/{d[0]}" for d in DOCS.values()}:
            return van_ban(request, path.rsplit("/", 1)[1])
        for doc_id in DOCS:
            if path == doc_path(doc_id):
                return doc_page(doc_id, request)
        return None


def build_site() -> EasyBlogSite:
    return EasyBlogSite()
