"""Fixture portal: Sở Giáo dục và Đào tạo tỉnh Lạng Sơn on NukeViet 4.6 (blind fixture).

Platform
--------
NukeViet CMS 4.6 (PHP, VINADES) with a provincial theme: a large banner, a horizontal menu of
modules (Trang nhất, Giới thiệu, Tin tức, Văn bản, Lịch công tác, Hỏi đáp, Thủ tục hành chính,
Liên hệ), Bootstrap 3 with NukeViet's 24-column grid (``col-md-8`` = a third), the right column
of blocks (Văn bản mới, Tin xem nhiều, Thăm dò ý kiến, Liên kết website, Thống kê truy cập).
The news module is renamed "tin-tuc"; its categories use "viewcat_grid_new" (cards: thumbnail
from ``/assets/news/…``, title, date, views), the home page (and ``/tin-tuc/``) uses
"viewcat_main_bottom" (one panel per category: first story with thumbnail and hometext, then
two more titles). 4 stories per list page, numbered pagination ``<ul class="pagination">`` with
``/page-<n>`` (page 1 is the bare category URL; ``/page-1`` answers 301 to it, a page past the
last is 404).

URL scheme
----------
- ``/`` and ``/tin-tuc/``                               home (main_bottom)
- ``/tin-tuc/<cat>/`` , ``/tin-tuc/<cat>/page-<n>``      category grid
- ``/tin-tuc/<cat>/<alias>-<id>.html``                   article (news_detail)
- ``/tin-tuc/print/<cat>/<alias>-<id>.html``             print view (opened by ``onclick``)
- ``/tin-tuc/savefile/<cat>/<alias>-<id>.html``          "Lưu bài viết": the article as an HTML download
- ``/tin-tuc/sendmail/<cat>/<alias>-<id>.html``          send-to-friend form (``onclick`` only)
- ``/index.php?language=vi&nv=tin-tuc&op=<cat>/<alias>-<id>.html``  the same article, rewrite off
- ``/tin-tuc/tag/<keyword>``                             tag listing; ``/tin-tuc/rss/`` feed
- ``/hoi-dap/``, ``/hoi-dap/<cat>/``, ``/hoi-dap/<cat>/<alias>-<id>.html``   FAQ module
- ``/van-ban/``, ``/van-ban/<alias>.html``               laws module (PDF under ``/uploads/laws/``)
- ``/lich-cong-tac/`` (``?week=48..50`` from its week selector), ``/gioi-thieu/chuc-nang-nhiem-vu.html``, ``/lien-he/``,
  ``/seek/?q=…``

Page templates
--------------
news_detail as NukeViet prints it: ``div.news_column.panel`` > ``h1.title`` ; the "time" line
``<span class="h5">Thứ sáu - 04/12/2026 16:45</span>`` (weekday in lower case, dash, 24-hour
clock) next to the tool icons (sendmail/print by ``onclick``, savefile by ``href``); then
``div.clearfix`` with the home image (``figure.article``, only when the post's image position
is not "hidden") and ``div.hometext`` (the sapo); ``div#news-bodyhtml.bodytext`` (the CKEditor
body); ``p.h5.text-right`` lines "Tác giả:" and "Nguồn tin:"; the copyright alert; then
separate panels: "Tập tin đính kèm", "Từ khóa", the rating form, share buttons and the
"others" panel ("Tin liên quan", "Những tin mới hơn", "Những tin cũ hơn", each item with its
date in parentheses). The breadcrumb is printed the NukeViet 4 way: an empty visible
``ul.breadcrumbs`` that a script fills from a hidden ``ul.temp-breadcrumbs`` (schema.org
BreadcrumbList).

How each gold article is reached
--------------------------------
Tin hoạt động (tin-hoat-dong; 7 cards because 1161 is listed there too):
  page 1: 1187, 1183, 1176, 1168   page 2: 1161 (second-category link), 1154, 1149
Chỉ đạo - Điều hành (chi-dao-dieu-hanh): page 1: 1185, 1181, 1172, 1165   page 2: 1142
Gương điển hình (guong-dien-hinh): 1180, 1161
The home page shows the first 3 of each category. 1154, 1149 and 1142 are reachable ONLY from
a page 2 (they carry no keywords, are not in "Tin xem nhiều", the feed or the "others" lists:
the fixture keeps them out of "Những tin cũ hơn" on purpose).

Traps
-----
1. SEO title ("Tiêu đề site", NukeViet's ``titlesite``): for 1187 and 1181 ``<title>`` and
   ``og:title`` carry a shortened SEO title that differs from the headline. Gold title = the
   ``h1`` as printed.
2. Broken publication meta: NukeViet writes ``article:published_time`` with PHP's
   ``date('Y-m-dTH:i:s')`` where ``T`` is the zone abbreviation, giving
   "2026-11-24+0717:32:00"; it is also built from the post's creation time (addtime), which
   for scheduled posts (1176, 1185) is days or hours before the publication the page prints;
   ``article:modified_time`` is a later edit. Gold published_at = the "time" line under the h1.
3. Sapo printed twice: 1183's editor pasted the hometext again, in bold, as the first paragraph
   of the bodyhtml. Gold body has it once (as the sapo, the body's first paragraph).
4. Photo layout table: in 1183 two photos sit side by side in one table row and their captions
   in the row below. Gold: two images in column order with the caption of their own column;
   the caption row is not body text (it is not a data table).
5. FAQ question pages look like posts (same panel classes, h1, a "time" line, "Người hỏi",
   question and a long "Trả lời" answer) under ``/hoi-dap/<cat>/<alias>-<id>.html``, a URL of
   the same shape as an article's. Gold: not articles (in NON_ARTICLES).
6. Home image that is not in the article: 1183, 1176, 1180 and the others with image position
   "hidden" print their home image only as ``og:image`` and as the listing thumbnail
   (``/assets/news/…``); it is not an image of the article. Where the position is "full"
   (1187) the page prints ``/uploads/…`` in ``figure.article`` with the alt text as
   ``figcaption``; in "left" (1168) it prints the ``/assets/`` thumbnail: both are article
   images (the first) with that caption.
7. Dates that are not the publication date sit right around the text: the text's own
   dateline (1176 "Ngày 25 và 26/11/2026", 1154 "Sáng 30/10/2026"), the "others" lists with
   "(03/12/2026)" after each title, the header clock "Thứ Bảy, 05/12/2026". Gold = the time
   line; 1149's time line prints "00:00" -> the day alone "2026-10-22".
8. Chrome glued to the text: NukeViet's rating panel ("Tổng số điểm của bài viết là: 23 trong 5
   đánh giá", "Click để đánh giá bài viết"), the copyright alert ("Bạn đang xem…"), the
   "Từ khóa" line, the "Tập tin đính kèm" panel; inside the bodyhtml, 1142's editor inserted a
   "Tin liên quan:" list and 1180 a "Xem thêm:" line. None of it is body.
9. One article in two categories (``listcatid``): 1161 is filed under Gương điển hình (catid,
   breadcrumb, canonical) but also listed in Tin hoạt động, whose grid links it as
   ``/tin-tuc/tin-hoat-dong/…-1161.html`` (200, same article, canonical to the main URL).
   Gold: path/canonical under guong-dien-hinh, category "Gương điển hình", the other URL in
   alt_paths. Likewise print/savefile views and the rewrite-off ``/index.php?…&op=…`` link
   an editor pasted into 1176's text (to 1172) are alt_paths.
10. Bylines the NukeViet way: the "Tác giả:" field at the bottom right, sometimes repeated
    inside the bodyhtml as a right-aligned signature with the unit (1187: field "Hoàng Thu
    Hà", signature "Hoàng Thu Hà - Phòng GDTrH" -> ["Hoàng Thu Hà"] once); a signature only
    (1183 "Tin, ảnh: Lương Văn Tú" -> author and photographer); a unit in the field (1181
    "Văn phòng Sở", 1161 "Phòng GDTrH", 1172 "Phòng KT&KĐCLGD" -> as printed); "BBT" (1176)
    -> nobody; a post after the name in parentheses (1149) -> the name only. "Nguồn tin:" is
    a link to the source site -> its text (1180 "Báo Lạng Sơn", 1165, 1149).
11. Encodings of the editor: CKEditor's ``entities_latin`` wrote Latin-1 letters as named
    entities and left the rest raw (1176: "Gi&aacute;o dục v&agrave; Đ&agrave;o tạo");
    1154 was pasted in decomposed Unicode ("Unicode tổ hợp"); 1142 is a Word paste
    (``MsoNormal`` spans, ``<o:p>``). Gold text is NFC, as read.
12. Official notice (1185): letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and the
    signer block are not body; published_at = the letterhead's day "2026-12-01" (the time line
    says 03/12/2026 08:15); the signer "Nguyễn Quang Huy" is the author.
13. Hidden breadcrumb: the category is printed only in the hidden ``temp-breadcrumbs`` list
    (and ``article:section``); the visible ``ul.breadcrumbs`` is empty until a script runs.

Gold decisions on ambiguous points
----------------------------------
- summary: the ``div.hometext`` when printed (it is the body's first paragraph); 1176 has no
  hometext (its meta description is cut from the body) -> null; 1149 has no hometext but
  opens its bodyhtml with a bold lead -> that paragraph.
- A caption line that only credits a photographer ("Ảnh: Minh Hằng") -> caption None and the
  name in photographers; "(Quang cảnh buổi tập huấn)" -> parentheses taken off.
- Data table (1172) rows are paragraphs, cells joined by " | "; the photo table (1183) is not.
- A ``<br>`` inside a paragraph splits it (1168's last paragraph).
- Inline links inside a sentence (1176) are text; the link's target is a duplicate URL.
- category = the breadcrumb's last item (the post's main category).
"""

from __future__ import annotations

import datetime as _dt
import re
from html.entities import codepoint2name
from urllib.parse import unquote

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

NAME = "nukeviet46_news_grid_sgddt"
PLATFORM = "NukeViet 4.6 (news module viewcat_grid_new / viewcat_main_bottom)"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
MODULE = "tin-tuc"

CATS: dict[str, str] = {
    "tin-hoat-dong": "Tin hoạt động",
    "chi-dao-dieu-hanh": "Chỉ đạo - Điều hành",
    "guong-dien-hinh": "Gương điển hình",
}
CAT_DESC = {
    "tin-hoat-dong": "Hoạt động của Sở và các đơn vị trực thuộc, các phòng GD&ĐT huyện, thành phố",
    "chi-dao-dieu-hanh": "Thông tin chỉ đạo, điều hành của Lãnh đạo Sở Giáo dục và Đào tạo",
    "guong-dien-hinh": "Gương người tốt, việc tốt; điển hình tiên tiến trong ngành Giáo dục",
}
TAGS = {
    "giao-vien-day-gioi": "giáo viên dạy giỏi",
    "vung-cao": "vùng cao",
    "chuyen-doi-so": "chuyển đổi số",
    "hoc-sinh-gioi": "học sinh giỏi",
    "an-toan-truong-hoc": "an toàn trường học",
}
#: reachable only from a page 2: kept out of "others", "Tin xem nhiều", the feed and tags
PAGE2_ONLY = {1154, 1149, 1142}
MOST_READ = [1183, 1180, 1172, 1165]


def _sig(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


_NOTICE_HEAD = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
    '<td style="text-align:center; width:40%">UBND TỈNH LẠNG SƠN<br />\n'
    "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></td>\n"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />\n'
    "<strong>Độc lập - Tự do - Hạnh phúc</strong></td>\n</tr>\n<tr>\n"
    '<td style="text-align:center">Số: 3015/TB-SGDĐT</td>\n'
    '<td style="text-align:center"><em>Lạng Sơn, ngày 01 tháng 12 năm 2026</em></td>\n'
    "</tr>\n</tbody>\n</table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>\n'
    '<p style="text-align: center;"><strong>Về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh'
    " lớp 12 THPT năm học 2026 - 2027</strong></p>"
)
_NOTICE_FOOT = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
    '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />\n'
    '<span style="font-size:11px">- Như trên;<br />\n- Giám đốc, các PGĐ Sở;<br />\n'
    "- Website Sở;<br />\n- Lưu: VT, GDTrH.</span></td>\n"
    '<td style="text-align:center; vertical-align:top"><strong>KT. GIÁM ĐỐC<br />\n'
    "PHÓ GIÁM ĐỐC</strong><br />\n<br />\n<em>(Đã ký)</em><br />\n<br />\n"
    "<strong>Nguyễn Quang Huy</strong></td>\n</tr>\n</tbody>\n</table>"
)

STORIES: list[Story] = [
    Story(
        id=1187,
        slug="hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thpt-nam-hoc-2026-2027-thu-hut-186-giao-vien-tham-gia",
        title="Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT năm học 2026 - 2027 thu hút 186 giáo viên tham gia",
        cat="tin-hoat-dong",
        published_at="2026-12-04T16:45:00+07:00",
        summary=(
            "Từ ngày 30/11 đến ngày 04/12/2026, Sở Giáo dục và Đào tạo tổ chức Hội thi giáo viên dạy"
            " giỏi cấp tỉnh cấp trung học phổ thông năm học 2026 - 2027 với sự tham gia của 186 giáo"
            " viên đến từ 34 trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        authors=["Hoàng Thu Hà"],
        blocks=[
            Img(
                "/uploads/news/2026_12/hoi-thi-gvdg-thpt-2026.jpg",
                "Đồng chí Nguyễn Quang Huy, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
                "Đồng chí Nguyễn Quang Huy, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
                style="home",
            ),
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, có"
                " phương pháp dạy học tích cực, đồng thời tạo cơ hội để đội ngũ giáo viên giao lưu,"
                " học hỏi kinh nghiệm trong việc thực hiện Chương trình giáo dục phổ thông 2018."
            ),
            P(
                "Mỗi giáo viên dự thi trải qua hai nội dung: trình bày biện pháp nâng cao chất lượng"
                " giảng dạy và thực hành giảng dạy hai tiết trên lớp, trong đó có một tiết tự chọn và"
                " một tiết bốc thăm. Các tiết dạy được tổ chức tại Trường THPT Việt Bắc, Trường THPT"
                " Hoàng Văn Thụ và Trường THPT Chuyên Chu Văn An."
            ),
            Img(
                "/uploads/news/2026_12/tiet-day-hoa-hoc-binh-gia.jpg",
                "Một tiết dạy môn Hóa học của cô giáo Lý Thị Hồng, Trường THPT Bình Gia",
                "Một tiết dạy môn Hóa học của cô giáo Lý Thị Hồng, Trường THPT Bình Gia",
                style="fig",
            ),
            P(
                "Theo đánh giá của Ban Giám khảo, nhiều tiết dạy được thiết kế công phu, vận dụng linh"
                " hoạt các phương pháp và kỹ thuật dạy học tích cực; giáo viên khai thác hiệu quả thiết"
                " bị dạy học, học liệu số, giúp học sinh chủ động khám phá kiến thức."
            ),
            P(
                "Kết quả, Ban Tổ chức công nhận 142 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp"
                " tỉnh, trong đó 38 giáo viên xếp loại xuất sắc. Các môn có tỉ lệ giáo viên đạt giải"
                " cao gồm Ngữ văn, Toán, Tiếng Anh và Tin học."
            ),
            P(
                "Phát biểu bế mạc Hội thi, đồng chí Phó Giám đốc Sở đề nghị các đơn vị tiếp tục nhân"
                " rộng những tiết dạy hay, tổ chức chuyên đề cấp trường, cấp cụm để lan tỏa kinh"
                " nghiệm của các giáo viên đạt giải tới đồng nghiệp."
            ),
            _sig("Hoàng Thu Hà - Phòng GDTrH"),
        ],
        opts={
            "publ": "2026-12-04 16:45",
            "add": "2026-12-04 15:58",
            "edit": "2026-12-04 17:20",
            "titlesite": "Hội thi GVDG cấp tỉnh THPT 2026-2027",
            "author": "Hoàng Thu Hà",
            "tags": ["giao-vien-day-gioi"],
            "thumb": "/assets/news/2026_12/hoi-thi-gvdg-thpt-2026.jpg",
            "og": "/uploads/news/2026_12/hoi-thi-gvdg-thpt-2026.jpg",
            "imgpos": 2,
        },
    ),
    Story(
        id=1183,
        slug="truong-ptdtnt-thcs-huyen-binh-gia-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-1",
        title="Trường PTDTNT THCS huyện Bình Gia đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 1",
        cat="tin-hoat-dong",
        published_at="2026-12-02T09:20:00+07:00",
        summary=(
            "Sáng 01/12/2026, Trường Phổ thông Dân tộc nội trú THCS huyện Bình Gia long trọng tổ"
            " chức lễ đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 1 và kỷ niệm 25 năm"
            " thành lập trường."
        ),
        sapo_outside=True,
        authors=["Lương Văn Tú"],
        photographers=["Lương Văn Tú"],
        blocks=[
            Raw(
                "<p><strong>Sáng 01/12/2026, Trường Phổ thông Dân tộc nội trú THCS huyện Bình Gia"
                " long trọng tổ chức lễ đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 1 và"
                " kỷ niệm 25 năm thành lập trường.</strong></p>"
            ),
            P(
                "Trường PTDTNT THCS huyện Bình Gia được thành lập năm 2001, hiện có 8 lớp với 280 học"
                " sinh là con em các dân tộc Tày, Nùng, Dao trên địa bàn 19 xã, thị trấn của huyện."
                " Trong 25 năm xây dựng và phát triển, nhà trường đã có hơn 2.100 học sinh tốt nghiệp"
                " THCS, nhiều em tiếp tục học lên đại học và trở về công tác tại địa phương."
            ),
            P(
                "Những năm gần đây, cơ sở vật chất của nhà trường được đầu tư đồng bộ với khu nhà lớp"
                " học 3 tầng, khu nội trú, nhà ăn, phòng học bộ môn và sân tập thể dục thể thao. Tỉ lệ"
                " học sinh khá, giỏi hằng năm đạt trên 65%, không có học sinh bỏ học."
            ),
            Img(
                "/uploads/news/2026_12/binh-gia-chuan-qg-1.jpg",
                "Lãnh đạo UBND huyện Bình Gia trao Bằng công nhận cho nhà trường",
                "Lãnh đạo UBND huyện Bình Gia trao Bằng công nhận cho nhà trường",
                style="tbl-a",
            ),
            Img(
                "/uploads/news/2026_12/binh-gia-chuan-qg-2.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh nhà trường",
                "Tiết mục văn nghệ chào mừng của học sinh nhà trường",
                style="tbl-b",
            ),
            P(
                "Tại buổi lễ, đại diện lãnh đạo Sở Giáo dục và Đào tạo ghi nhận những nỗ lực của tập"
                " thể cán bộ, giáo viên, nhân viên nhà trường; đề nghị trường tiếp tục duy trì và nâng"
                " cao các tiêu chuẩn, hướng tới đạt chuẩn quốc gia mức độ 2 trong giai đoạn tiếp theo."
            ),
            P(
                "Dịp này, 12 tập thể và cá nhân có thành tích xuất sắc trong công tác xây dựng trường"
                " chuẩn quốc gia được Chủ tịch UBND huyện Bình Gia tặng Giấy khen."
            ),
            _sig("Tin, ảnh: Lương Văn Tú", "em"),
        ],
        opts={
            "publ": "2026-12-02 09:20",
            "add": "2026-12-01 21:47",
            "tags": ["vung-cao"],
            "thumb": "/assets/news/2026_12/binh-gia-chuan-qg-1.jpg",
            "og": "/uploads/news/2026_12/binh-gia-chuan-qg-1.jpg",
            "imgpos": 0,
        },
    ),
    Story(
        id=1176,
        slug="tap-huan-chuyen-doi-so-trong-quan-ly-quan-tri-truong-hoc-cho-can-bo-quan-ly-cac-co-so-giao-duc",
        title="Tập huấn chuyển đổi số trong quản lý, quản trị trường học cho cán bộ quản lý các cơ sở giáo dục",
        cat="tin-hoat-dong",
        published_at="2026-11-26T14:10:00+07:00",
        blocks=[
            P(
                "Ngày 25 và 26/11/2026, Sở Giáo dục và Đào tạo phối hợp với Viettel Lạng Sơn tổ chức"
                " lớp tập huấn chuyển đổi số trong quản lý, quản trị trường học cho hơn 450 cán bộ"
                " quản lý các trường mầm non, tiểu học, THCS và THPT trên địa bàn tỉnh."
            ),
            Img(
                "/uploads/news/2026_11/tap-huan-chuyen-doi-so.jpg",
                "(Quang cảnh buổi tập huấn)",
                "Quang cảnh buổi tập huấn",
                style="pem",
            ),
            P(
                "Tại lớp tập huấn, các học viên được hướng dẫn sử dụng hệ thống cơ sở dữ liệu ngành,"
                " phần mềm quản lý học bạ số, sổ điểm điện tử, hồ sơ điện tử của giáo viên và học"
                " sinh; cách thức triển khai thanh toán không dùng tiền mặt trong nhà trường."
            ),
            P(
                "Bên cạnh đó, báo cáo viên chia sẻ kinh nghiệm bảo đảm an toàn thông tin, bảo vệ dữ"
                " liệu cá nhân của học sinh khi triển khai các nền tảng số; giải đáp những vướng mắc"
                " của cơ sở trong quá trình sử dụng chữ ký số để ký học bạ điện tử."
            ),
            P(
                "Theo kế hoạch, đến hết năm học 2026 - 2027, 100% trường phổ thông trên địa bàn tỉnh"
                " triển khai học bạ số; 80% trường mầm non sử dụng phần mềm quản lý trẻ và hồ sơ điện"
                " tử."
            ),
            P(
                "Các đơn vị tham khảo lộ trình cụ thể tại Hướng dẫn triển khai học bạ số cấp THCS,"
                " THPT do Sở ban hành và chủ động bố trí cán bộ phụ trách công nghệ thông tin tại"
                " đơn vị."
            ),
        ],
        opts={
            "publ": "2026-11-26 14:10",
            "add": "2026-11-24 17:32",
            "author": "BBT",
            "entities": True,
            "tags": ["chuyen-doi-so"],
            "thumb": "/assets/news/2026_11/tap-huan-chuyen-doi-so.jpg",
            "og": "/uploads/news/2026_11/tap-huan-chuyen-doi-so.jpg",
            "imgpos": 0,
            "related": [1172],
            "inline_link": (1172, "Hướng dẫn triển khai học bạ số cấp THCS, THPT"),
        },
    ),
    Story(
        id=1168,
        slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-hoat-dong",
        published_at="2026-11-19T17:05:00+07:00",
        summary=(
            "Chiều 19/11, Sở Giáo dục và Đào tạo tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt"
            " Nam (20/11/1982 - 20/11/2026) và biểu dương các nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        authors=["Vi Thị Ngọc"],
        blocks=[
            Img(
                "/assets/news/2026_11/gap-mat-20-11.jpg",
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                style="home",
            ),
            P(
                "Tới dự buổi gặp mặt có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Công đoàn"
                " ngành Giáo dục tỉnh cùng các thế hệ nhà giáo đã nghỉ hưu và các nhà giáo tiêu biểu"
                " của ngành."
            ),
            P(
                "Năm học 2025 - 2026, toàn ngành có 14.260 cán bộ, giáo viên, nhân viên; 98,6% giáo"
                " viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019. Chất lượng giáo dục toàn"
                " diện và giáo dục mũi nhọn tiếp tục chuyển biến, tỉnh có 27 học sinh đạt giải trong"
                " kỳ thi chọn học sinh giỏi quốc gia."
            ),
            P(
                "“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo, để mỗi"
                " ngày đến trường thực sự là một ngày vui với học sinh”, đồng chí Giám đốc Sở nhấn"
                " mạnh.",
                style="quote",
            ),
            P("Dịp này, 45 nhà giáo tiêu biểu được Chủ tịch UBND tỉnh tặng Bằng khen;"),
            P(
                "20 cá nhân được Giám đốc Sở tặng danh hiệu “Nhà giáo tâm huyết, sáng tạo” năm 2026.",
                style="br",
            ),
        ],
        opts={
            "publ": "2026-11-19 17:05",
            "add": "2026-11-19 16:40",
            "author": "Vi Thị Ngọc",
            "tags": ["giao-vien-day-gioi"],
            "thumb": "/assets/news/2026_11/gap-mat-20-11.jpg",
            "og": "/uploads/news/2026_11/gap-mat-20-11.jpg",
            "imgpos": 1,
        },
    ),
    Story(
        id=1154,
        slug="khai-mac-hoi-khoe-phu-dong-tinh-lang-son-lan-thu-xi-nam-2026",
        title="Khai mạc Hội khỏe Phù Đổng tỉnh Lạng Sơn lần thứ XI năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-31T08:00:00+07:00",
        summary=(
            "Sáng 30/10/2026, tại Nhà thi đấu thể dục thể thao tỉnh, Sở Giáo dục và Đào tạo phối"
            " hợp với Sở Văn hóa, Thể thao và Du lịch khai mạc Hội khỏe Phù Đổng tỉnh Lạng Sơn lần"
            " thứ XI năm 2026."
        ),
        sapo_outside=True,
        authors=["Hoàng Long"],
        blocks=[
            P(
                "Hội khỏe Phù Đổng năm nay có gần 1.500 vận động viên là học sinh tiểu học, THCS và"
                " THPT của 11 đoàn huyện, thành phố và đoàn các trường THPT thi đấu ở 12 môn: điền"
                " kinh, bơi, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ vua, võ cổ truyền, đẩy gậy,"
                " kéo co, bắn nỏ và đá cầu."
            ),
            Img(
                "/uploads/news/2026_10/hkpd-dong-dien.jpg",
                "Màn đồng diễn thể dục của học sinh thành phố Lạng Sơn tại lễ khai mạc",
                "Màn đồng diễn thể dục của học sinh thành phố Lạng Sơn tại lễ khai mạc",
                style="fig",
            ),
            P(
                "Lần đầu tiên, các môn thể thao dân tộc như đẩy gậy, bắn nỏ được đưa vào thi đấu chính"
                " thức, góp phần giữ gìn và phát huy bản sắc văn hóa của đồng bào các dân tộc trên"
                " địa bàn tỉnh."
            ),
            P(
                "Phát biểu khai mạc, lãnh đạo Sở Giáo dục và Đào tạo đề nghị các vận động viên thi đấu"
                " trung thực, đoàn kết, cao thượng; Ban Tổ chức bảo đảm an toàn tuyệt đối cho học sinh"
                " trong suốt thời gian diễn ra Hội khỏe."
            ),
            P(
                "Hội khỏe diễn ra đến hết ngày 06/11/2026. Các vận động viên đạt thành tích xuất sắc sẽ"
                " được tuyển chọn vào đội tuyển của tỉnh tham dự Hội khỏe Phù Đổng toàn quốc."
            ),
        ],
        opts={
            "publ": "2026-10-31 08:00",
            "add": "2026-10-30 20:15",
            "author": "Hoàng Long",
            "nfd": True,
            "thumb": "/assets/news/2026_10/hkpd-dong-dien.jpg",
            "og": "/uploads/news/2026_10/hkpd-dong-dien.jpg",
            "imgpos": 0,
        },
    ),
    Story(
        id=1149,
        slug="tuyen-truyen-phong-chong-duoi-nuoc-va-bao-dam-an-toan-giao-thong-cho-hoc-sinh-huyen-dinh-lap",
        title="Tuyên truyền phòng, chống đuối nước và bảo đảm an toàn giao thông cho học sinh huyện Đình Lập",
        cat="tin-hoat-dong",
        published_at="2026-10-22",
        summary=(
            "Trong tháng 10/2026, Phòng Giáo dục và Đào tạo huyện Đình Lập phối hợp với Công an"
            " huyện tổ chức tuyên truyền phòng, chống đuối nước và bảo đảm an toàn giao thông tại"
            " 18 trường học trên địa bàn."
        ),
        authors=["Nông Đức Anh"],
        photographers=["Hoàng Văn Quân"],
        source="Công an tỉnh Lạng Sơn",
        blocks=[
            P(
                "Trong tháng 10/2026, Phòng Giáo dục và Đào tạo huyện Đình Lập phối hợp với Công an"
                " huyện tổ chức tuyên truyền phòng, chống đuối nước và bảo đảm an toàn giao thông tại"
                " 18 trường học trên địa bàn.",
                style="lead",
            ),
            P(
                "Tại các buổi tuyên truyền, cán bộ Công an huyện phổ biến những quy định của pháp luật"
                " về trật tự, an toàn giao thông đối với học sinh; hướng dẫn kỹ năng đội mũ bảo hiểm"
                " đúng cách, đi bộ và qua đường an toàn."
            ),
            Img("/uploads/news/2026_10/dinh-lap-tuyen-truyen.jpg", "Ảnh: Hoàng Văn Quân", None, style="pem"),
            P(
                "Học sinh cũng được trang bị kiến thức nhận biết nguy cơ đuối nước, cách xử lý khi gặp"
                " người bị đuối nước và thực hành sơ cứu ban đầu. Nhiều câu hỏi tình huống được các em"
                " trả lời sôi nổi, hào hứng."
            ),
            P(
                "Dịp này, Công an huyện trao tặng 200 mũ bảo hiểm đạt chuẩn cho học sinh có hoàn cảnh"
                " khó khăn của các trường THCS Đình Lập, THCS Bính Xá và THCS Kiên Mộc."
            ),
        ],
        opts={
            "publ": "2026-10-22 00:00",
            "add": "2026-10-21 22:10",
            "author": "Nông Đức Anh (Trường THCS thị trấn Đình Lập)",
            "source": ("Công an tỉnh Lạng Sơn", "https://conganlangson.gov.vn"),
            "thumb": "/assets/news/2026_10/dinh-lap-tuyen-truyen.jpg",
            "og": "/uploads/news/2026_10/dinh-lap-tuyen-truyen.jpg",
            "imgpos": 0,
        },
    ),
    Story(
        id=1180,
        slug="co-giao-hoang-thi-mai-15-nam-gieo-chu-o-diem-truong-khuoi-khin",
        title="Cô giáo Hoàng Thị Mai: 15 năm gieo chữ ở điểm trường Khuổi Khỉn",
        cat="guong-dien-hinh",
        published_at="2026-11-30T07:30:00+07:00",
        summary=(
            "Mười lăm năm qua, cô giáo Hoàng Thị Mai, Trường Tiểu học Tân Văn (huyện Bình Gia) vẫn"
            " lặng lẽ bám điểm trường Khuổi Khỉn, nơi cách trung tâm xã gần 12 km đường đồi dốc,"
            " để con em đồng bào Dao được đến lớp."
        ),
        sapo_outside=True,
        authors=["Minh Hằng"],
        photographers=["Minh Hằng"],
        source="Báo Lạng Sơn",
        blocks=[
            P(
                "Điểm trường Khuổi Khỉn có 2 lớp ghép với 17 học sinh, tất cả đều là người dân tộc Dao."
                " Năm 2011, khi mới ra trường, cô Mai nhận nhiệm vụ lên điểm trường với hành trang là"
                " chiếc ba lô và vài bộ quần áo. Thời ấy, đường vào bản chỉ là lối mòn, mùa mưa cô"
                " phải đi bộ gần 3 tiếng mới tới lớp."
            ),
            Img(
                "/uploads/news/2026_11/co-giao-hoang-thi-mai.jpg",
                "Cô giáo Hoàng Thị Mai trong giờ học ghép lớp 2 và lớp 3 tại điểm trường Khuổi Khỉn",
                "Cô giáo Hoàng Thị Mai trong giờ học ghép lớp 2 và lớp 3 tại điểm trường Khuổi Khỉn",
                style="fig",
            ),
            P(
                "Khó khăn lớn nhất với cô không phải đường xa mà là ngôn ngữ. Nhiều em vào lớp 1 chưa"
                " biết nói tiếng Việt, cô Mai tự học tiếng Dao qua phụ huynh, ghi chép từng từ vào sổ"
                " tay để giảng bài bằng song ngữ cho học sinh."
            ),
            P(
                "Không chỉ dạy chữ, cô còn cùng phụ huynh dựng lại lớp học, làm vườn rau, trồng cây"
                " bóng mát và vận động các nhà hảo tâm hỗ trợ áo ấm, sách vở cho học sinh mỗi khi mùa"
                " đông về."
            ),
            Img("/uploads/news/2026_11/diem-truong-khuoi-khin.jpg", "Ảnh: Minh Hằng", None, style="credit"),
            P(
                "Nhờ sự kiên trì của cô, 15 năm qua, điểm trường Khuổi Khỉn không có học sinh bỏ học;"
                " nhiều lứa học trò của cô nay đã học lên THPT, có em đỗ vào Trường Cao đẳng Sư phạm"
                " Lạng Sơn với mong muốn trở về dạy học tại bản."
            ),
            P(
                "Năm 2026, cô giáo Hoàng Thị Mai là một trong 45 nhà giáo tiêu biểu được Chủ tịch UBND"
                " tỉnh tặng Bằng khen nhân kỷ niệm Ngày Nhà giáo Việt Nam."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="https://baolangson.vn/nhung-thay-co-cam-ban-o-vung-cao-5061234.html"'
                ' target="_blank">Những thầy cô “cắm bản” ở vùng cao xứ Lạng</a></p>'
            ),
        ],
        opts={
            "publ": "2026-11-30 07:30",
            "add": "2026-11-29 16:02",
            "author": "Minh Hằng",
            "source": ("Báo Lạng Sơn", "https://baolangson.vn"),
            "tags": ["vung-cao"],
            "thumb": "/assets/news/2026_11/co-giao-mai-thumb.jpg",
            "og": "/uploads/news/2026_11/co-giao-mai-thumb.jpg",
            "imgpos": 0,
        },
    ),
    Story(
        id=1161,
        slug="nu-sinh-dan-toc-nung-gianh-giai-nhat-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        title="Nữ sinh dân tộc Nùng giành giải Nhất Cuộc thi khoa học kỹ thuật cấp tỉnh",
        cat="guong-dien-hinh",
        published_at="2026-11-12T11:15:00+07:00",
        summary=(
            "Với dự án “Chế phẩm sinh học từ vỏ hồi xử lý mùi hôi chuồng trại chăn nuôi”, em Lộc Thị"
            " Phương Thảo, học sinh lớp 11 Trường THPT Văn Lãng đã xuất sắc giành giải Nhất Cuộc thi"
            " khoa học kỹ thuật dành cho học sinh trung học cấp tỉnh năm học 2026 - 2027."
        ),
        sapo_outside=True,
        authors=["Phòng GDTrH"],
        blocks=[
            P(
                "Ý tưởng của Thảo xuất phát từ chính gia đình em ở xã Tân Mỹ: mỗi mùa thu hoạch hồi,"
                " lượng vỏ hồi bỏ đi rất lớn, trong khi mùi hôi từ chuồng trại chăn nuôi ảnh hưởng"
                " đến sinh hoạt của bà con trong thôn."
            ),
            P(
                "Dưới sự hướng dẫn của cô giáo Triệu Thị Lan, giáo viên Sinh học, Thảo mất gần 8 tháng"
                " để thử nghiệm hơn 20 công thức phối trộn vỏ hồi với men vi sinh. Sản phẩm cuối cùng"
                " giúp giảm tới 70% mùi hôi sau 5 ngày sử dụng và có chi phí thấp."
            ),
            Img(
                "/uploads/news/2026_11/phuong-thao-kh-kt.jpg",
                "Em Lộc Thị Phương Thảo giới thiệu dự án với Ban Giám khảo",
                "Em Lộc Thị Phương Thảo giới thiệu dự án với Ban Giám khảo",
                style="pem",
            ),
            P(
                "Ban Giám khảo đánh giá cao tính thực tiễn của dự án, khả năng ứng dụng rộng rãi tại"
                " các địa phương trồng hồi của tỉnh như Văn Lãng, Văn Quan, Bình Gia."
            ),
            P(
                "Dự án của em Thảo được chọn là một trong 4 dự án đại diện cho tỉnh Lạng Sơn tham dự"
                " Cuộc thi khoa học kỹ thuật cấp quốc gia dành cho học sinh trung học năm 2027."
            ),
        ],
        opts={
            "publ": "2026-11-12 11:15",
            "add": "2026-11-12 10:48",
            "author": "Phòng GDTrH",
            "cats": ["guong-dien-hinh", "tin-hoat-dong"],
            "tags": ["hoc-sinh-gioi"],
            "thumb": "/assets/news/2026_11/phuong-thao-kh-kt.jpg",
            "og": "/uploads/news/2026_11/phuong-thao-kh-kt.jpg",
            "imgpos": 0,
        },
    ),
    Story(
        id=1185,
        slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-thpt-nam-hoc-2026-2027",
        title="Thông báo tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027",
        cat="chi-dao-dieu-hanh",
        published_at="2026-12-01",
        summary=(
            "Sở Giáo dục và Đào tạo thông báo kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh"
            " lớp 12 THPT năm học 2026 - 2027 tới các trường THPT, trung tâm GDNN-GDTX."
        ),
        sapo_outside=True,
        authors=["Nguyễn Quang Huy"],
        blocks=[
            _NOTICE_HEAD,
            P(
                "Căn cứ Kế hoạch số 2845/KH-SGDĐT ngày 15/8/2026 của Sở Giáo dục và Đào tạo về thực"
                " hiện nhiệm vụ năm học 2026 - 2027, Sở Giáo dục và Đào tạo thông báo tổ chức kỳ thi"
                " chọn học sinh giỏi cấp tỉnh lớp 12 THPT như sau:"
            ),
            P(
                "1. Đối tượng dự thi: học sinh lớp 12 đang học tại các trường THPT, trung tâm"
                " GDNN-GDTX có hạnh kiểm và học lực năm học 2025 - 2026 xếp loại tốt.",
                style="b",
            ),
            P(
                "2. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng"
                " Anh, Giáo dục kinh tế và pháp luật.",
                style="b",
            ),
            P(
                "3. Thời gian thi: ngày 06 và 07/01/2027; các đơn vị nộp hồ sơ đăng ký dự thi qua hệ"
                " thống quản lý thi trước ngày 20/12/2026.",
                style="b",
            ),
            P(
                "4. Địa điểm thi: Trường THPT Chuyên Chu Văn An, số 16 đường Đèo Giang, phường Chi"
                " Lăng, thành phố Lạng Sơn.",
                style="b",
            ),
            P(
                "Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị triển khai thực hiện nghiêm túc"
                " nội dung Thông báo này. Trong quá trình thực hiện, nếu có vướng mắc, liên hệ Phòng"
                " Giáo dục Trung học, điện thoại 0205.3812.562 để được hướng dẫn."
            ),
            _NOTICE_FOOT,
        ],
        opts={
            "publ": "2026-12-03 08:15",
            "add": "2026-12-01 16:30",
            "tags": ["hoc-sinh-gioi"],
            "files": [("TB-3015-SGDDT-thi-HSG-lop-12.pdf", "Thông báo số 3015/TB-SGDĐT")],
            "thumb": "/assets/news/2026_12/thong-bao-hsg-12.png",
            "og": "/uploads/news/2026_12/thong-bao-hsg-12.png",
            "imgpos": 0,
        },
    ),
    Story(
        id=1181,
        slug="so-gd-dt-chi-dao-cac-bien-phap-phong-chong-ret-cho-hoc-sinh-vung-cao-mua-dong-2026-2027",
        title="Sở GD&ĐT chỉ đạo các biện pháp phòng, chống rét cho học sinh vùng cao mùa đông 2026 - 2027",
        cat="chi-dao-dieu-hanh",
        published_at="2026-12-01T10:40:00+07:00",
        summary=(
            "Trước diễn biến của đợt không khí lạnh tăng cường, Sở Giáo dục và Đào tạo đã ban hành"
            " công văn chỉ đạo các phòng GD&ĐT, các trường học chủ động triển khai các biện pháp"
            " phòng, chống rét cho học sinh, nhất là học sinh vùng cao, học sinh bán trú."
        ),
        sapo_outside=True,
        authors=["Văn phòng Sở"],
        blocks=[
            P("Theo đó, Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện một số nội dung sau:"),
            P(
                "Khi nhiệt độ ngoài trời dưới 10°C, học sinh mầm non và tiểu học được nghỉ học; dưới"
                " 7°C, học sinh THCS và THPT được nghỉ học.",
                style="li",
            ),
            P(
                "Bố trí phòng học, phòng ở nội trú, bán trú kín gió; bảo đảm đủ chăn ấm, nước nóng và"
                " bữa ăn đủ dinh dưỡng cho học sinh.",
                style="li",
            ),
            P(
                "Linh hoạt điều chỉnh thời gian vào học buổi sáng, không tổ chức hoạt động ngoài trời"
                " khi thời tiết rét đậm, rét hại.",
                style="li",
            ),
            P(
                "Vận động các tổ chức, cá nhân hỗ trợ áo ấm, chăn màn cho học sinh có hoàn cảnh khó"
                " khăn.",
                style="li",
            ),
            P(
                "Trường hợp học sinh nghỉ học do rét, nhà trường bố trí dạy bù bảo đảm chương trình và"
                " báo cáo tình hình về Sở qua Văn phòng trước 16 giờ hằng ngày."
            ),
        ],
        opts={
            "publ": "2026-12-01 10:40",
            "add": "2026-12-01 10:05",
            "titlesite": "Phòng, chống rét cho học sinh vùng cao 2026",
            "author": "Văn phòng Sở",
            "tags": ["vung-cao", "an-toan-truong-hoc"],
            "thumb": "/assets/news/2026_12/phong-chong-ret.jpg",
            "og": "/uploads/news/2026_12/phong-chong-ret.jpg",
            "imgpos": 0,
            "related": [1165],
        },
    ),
    Story(
        id=1172,
        slug="huong-dan-trien-khai-hoc-ba-so-cap-thcs-thpt-tu-nam-hoc-2026-2027",
        title="Hướng dẫn triển khai học bạ số cấp THCS, THPT từ năm học 2026 - 2027",
        cat="chi-dao-dieu-hanh",
        published_at="2026-11-24T14:30:00+07:00",
        summary=(
            "Sở Giáo dục và Đào tạo hướng dẫn các cơ sở giáo dục triển khai học bạ số đối với học"
            " sinh THCS, THPT bắt đầu từ năm học 2026 - 2027."
        ),
        sapo_outside=True,
        authors=["Phòng KT&KĐCLGD"],
        blocks=[
            P(
                "Học bạ số được lập trên hệ thống cơ sở dữ liệu ngành, có giá trị pháp lý như học bạ"
                " giấy; việc ký số do giáo viên chủ nhiệm và Hiệu trưởng thực hiện bằng chữ ký số"
                " được cấp theo quy định."
            ),
            P("Lộ trình thực hiện:", style="b"),
            P("Thời gian | Nội dung công việc | Đơn vị thực hiện", style="tr"),
            P("Tháng 12/2026 | Rà soát dữ liệu học sinh, cấp chữ ký số cho giáo viên | Các trường THCS, THPT", style="tr"),
            P("Học kỳ I | Thí điểm học bạ số đối với lớp 6 và lớp 10 | 20 trường được chọn", style="tr"),
            P("Cuối năm học | Triển khai đại trà, lưu trữ học bạ số | Toàn bộ các trường", style="tr"),
            P(
                "Các phòng GD&ĐT, các trường THPT cử cán bộ đầu mối, báo cáo kết quả rà soát dữ liệu"
                " về Sở (qua Phòng Khảo thí và Kiểm định chất lượng giáo dục) trước ngày 25/12/2026."
            ),
        ],
        opts={
            "publ": "2026-11-24 14:30",
            "add": "2026-11-24 11:12",
            "author": "Phòng KT&KĐCLGD",
            "tags": ["chuyen-doi-so"],
            "thumb": "/assets/news/2026_11/hoc-ba-so.jpg",
            "og": "/uploads/news/2026_11/hoc-ba-so.jpg",
            "imgpos": 0,
            "related": [1176],
        },
    ),
    Story(
        id=1165,
        slug="tang-cuong-bao-dam-an-toan-thuc-pham-tai-cac-truong-co-hoc-sinh-ban-tru",
        title="Tăng cường bảo đảm an toàn thực phẩm tại các trường có học sinh bán trú",
        cat="chi-dao-dieu-hanh",
        published_at="2026-11-16T09:05:00+07:00",
        summary=(
            "UBND tỉnh vừa có văn bản chỉ đạo Sở Giáo dục và Đào tạo, UBND các huyện, thành phố tăng"
            " cường công tác bảo đảm an toàn thực phẩm trong các cơ sở giáo dục có tổ chức bếp ăn"
            " bán trú, nội trú."
        ),
        sapo_outside=True,
        source="Cổng Thông tin điện tử tỉnh Lạng Sơn",
        blocks=[
            P(
                "Toàn tỉnh hiện có 386 cơ sở giáo dục tổ chức bếp ăn tập thể, phục vụ gần 62.000 trẻ"
                " mầm non và học sinh phổ thông ăn bán trú, nội trú."
            ),
            Raw("<p>&nbsp;</p>"),
            P(
                "Các đơn vị phải ký hợp đồng với cơ sở cung cấp thực phẩm có nguồn gốc rõ ràng, thực"
                " hiện nghiêm quy trình kiểm thực ba bước và lưu mẫu thức ăn 24 giờ; nhân viên nấu ăn"
                " được khám sức khỏe định kỳ và tập huấn kiến thức an toàn thực phẩm."
            ),
            P(
                "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế thành lập đoàn kiểm tra liên"
                " ngành, kiểm tra đột xuất tại các trường trong học kỳ I; xử lý nghiêm các trường hợp"
                " vi phạm."
            ),
            Raw("<p>&nbsp;</p>"),
            P(
                "Hiệu trưởng các trường chịu trách nhiệm trước UBND cấp huyện và Sở Giáo dục và Đào"
                " tạo nếu để xảy ra ngộ độc thực phẩm tại đơn vị."
            ),
        ],
        opts={
            "publ": "2026-11-16 09:05",
            "add": "2026-11-16 08:50",
            "source": ("Cổng Thông tin điện tử tỉnh Lạng Sơn", "https://langson.gov.vn"),
            "tags": ["an-toan-truong-hoc"],
            "thumb": "/assets/news/2026_11/bep-an-ban-tru.jpg",
            "og": "/uploads/news/2026_11/bep-an-ban-tru.jpg",
            "imgpos": 0,
            "related": [1181],
        },
    ),
    Story(
        id=1142,
        slug="trien-khai-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
        title="Triển khai công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        cat="chi-dao-dieu-hanh",
        published_at="2026-10-15T15:45:00+07:00",
        summary=(
            "Sở Giáo dục và Đào tạo vừa ban hành văn bản hướng dẫn các phòng GD&ĐT thực hiện công"
            " tác phổ cập giáo dục, xóa mù chữ và kiểm tra, công nhận kết quả năm 2026."
        ),
        sapo_outside=True,
        authors=["Lăng Văn Hưng"],
        blocks=[
            P(
                "Năm 2025, tỉnh Lạng Sơn duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi,"
                " phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục THCS mức độ 2 và xóa mù chữ mức"
                " độ 2.",
                style="word",
            ),
            P(
                "Năm 2026, Sở yêu cầu các đơn vị cập nhật đầy đủ, chính xác số liệu trên hệ thống thông"
                " tin điện tử quản lý phổ cập giáo dục, xóa mù chữ; hoàn thành hồ sơ cấp xã trước ngày"
                " 30/11/2026 và hồ sơ cấp huyện trước ngày 10/12/2026.",
                style="word",
            ),
            P(
                "Các huyện có tỉ lệ người mù chữ còn cao như Đình Lập, Bình Gia, Văn Quan tiếp tục mở"
                " lớp xóa mù chữ tại thôn, bản vào buổi tối, ưu tiên phụ nữ dân tộc thiểu số trong độ"
                " tuổi từ 15 đến 60.",
                style="word",
            ),
            Raw(
                '<p class="MsoNormal"><b><span style="font-size:13.0pt">Tin liên quan:</span></b></p>\n'
                "<ul>\n"
                '<li><a href="https://langson.gov.vn/tin-tuc/lang-son-duy-tri-chuan-pho-cap-giao-duc-2025.html">'
                "Lạng Sơn duy trì chuẩn phổ cập giáo dục, xóa mù chữ năm 2025</a></li>\n"
                '<li><a href="https://moet.gov.vn/tintuc/Pages/pho-cap-giao-duc.aspx">'
                "Bộ GD&amp;ĐT hướng dẫn công tác phổ cập giáo dục, xóa mù chữ</a></li>\n"
                "</ul>"
            ),
        ],
        opts={
            "publ": "2026-10-15 15:45",
            "add": "2026-10-15 15:10",
            "author": "Lăng Văn Hưng",
            "thumb": "/assets/news/2026_10/pho-cap-giao-duc.jpg",
            "og": "/uploads/news/2026_10/pho-cap-giao-duc.jpg",
            "imgpos": 0,
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}


# --- dates as NukeViet prints them ------------------------------------------------------------

WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def _when(value: str) -> _dt.datetime:
    return _dt.datetime.strptime(value, "%Y-%m-%d %H:%M")


def publ_line(value: str) -> str:
    """The detail page's "time" line: nv_date('l - d/m/Y H:i')."""
    d = _when(value)
    return f"{WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def day_of(value: str) -> str:
    return f"{_when(value):%d/%m/%Y}"


def php_meta_time(value: str) -> str:
    """PHP's date('Y-m-dTH:i:s') in Asia/Ho_Chi_Minh: 'T' prints the zone as "+07"."""
    d = _when(value)
    return f"{d:%Y-%m-%d}+07{d:%H:%M:%S}"


def rfc822(value: str) -> str:
    d = _when(value)
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[d.weekday()]}, {d:%d} {months[d.month - 1]} {d:%Y %H:%M:%S} +0700"


# --- paths ------------------------------------------------------------------------------------


def art_path(s: Story, cat: str | None = None) -> str:
    return f"/{MODULE}/{cat or s.cat}/{s.slug}-{s.id}.html"


def tool_path(s: Story, tool: str) -> str:
    return f"/{MODULE}/{tool}/{s.cat}/{s.slug}-{s.id}.html"


def rewrite_off_path(s: Story) -> str:
    return f"/index.php?language=vi&nv={MODULE}&op={s.cat}/{s.slug}-{s.id}.html"


def cats_of(s: Story) -> list[str]:
    return s.opts.get("cats", [s.cat])


def listing(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if cat in cats_of(s)), key=lambda s: s.opts["publ"], reverse=True)


def newest(n: int) -> list[Story]:
    pool = [s for s in STORIES if s.id not in PAGE2_ONLY]
    return sorted(pool, key=lambda s: s.opts["publ"], reverse=True)[:n]


# --- article text -----------------------------------------------------------------------------


def _latin_entities(markup: str) -> str:
    """CKEditor 4 with ``entities_latin``: Latin-1 letters as named entities, the rest raw."""
    out = []
    for ch in markup:
        code = ord(ch)
        if 0xA0 <= code <= 0xFF and code in codepoint2name:
            out.append(f"&{codepoint2name[code]};")
        else:
            out.append(ch)
    return "".join(out)


def _t(s: Story, value: str) -> str:
    rendered = text(value, nfd=bool(s.opts.get("nfd")))
    return _latin_entities(rendered) if s.opts.get("entities") else rendered


def _inline(s: Story, value: str) -> str:
    rendered = _t(s, value)
    link = s.opts.get("inline_link")
    if link:
        target, phrase = link
        ph = _t(s, phrase)
        if ph in rendered:
            href = esc(rewrite_off_path(BY_ID[target]))
            rendered = rendered.replace(ph, f'<a href="{href}">{ph}</a>', 1)
    return rendered


def _img_tag(src: str, style: str = "width: 800px; height: 533px;") -> str:
    return f'<img alt="" src="{esc(src)}" style="{style}" />'


def _word_par(s: Story, value: str) -> str:
    span = '<span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">'
    cut = value.find(" ", len(value) // 2)
    first, second = (value[: cut + 1], value[cut + 1 :]) if cut > 0 else (value, "")
    inner = f"{span}{_t(s, first)}</span>"
    if second:
        inner += f"{span}{_t(s, second)}</span>"
    return (
        '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
        f'line-height:normal">{inner}<o:p></o:p></p>'
    )


def render_body(s: Story) -> str:
    """The bodyhtml as CKEditor stored it."""
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "home")]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "tbl-a" and i + 1 < len(blocks) and isinstance(blocks[i + 1], Img):
                c = blocks[i + 1]
                cell = '<td style="text-align:center; width:50%">'
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:100%">\n'
                    "<tbody>\n<tr>\n"
                    f"{cell}{_img_tag(b.src, 'width: 390px; height: 260px;')}</td>\n"
                    f"{cell}{_img_tag(c.src, 'width: 390px; height: 260px;')}</td>\n"
                    "</tr>\n<tr>\n"
                    f'{cell}<span style="font-size:12px"><em>{_t(s, b.printed or "")}</em></span></td>\n'
                    f'{cell}<span style="font-size:12px"><em>{_t(s, c.printed or "")}</em></span></td>\n'
                    "</tr>\n</tbody>\n</table>"
                )
                i += 2
                continue
            if b.style == "fig":
                out.append(
                    '<div style="text-align:center"><figure class="image" style="display:inline-block">'
                    f'<img alt="{esc(b.src.rsplit("/", 1)[-1])}" height="533" src="{esc(b.src)}" width="800" />'
                    f"<figcaption>{_t(s, b.printed or '')}</figcaption></figure></div>"
                )
            elif b.style == "credit":
                out.append(
                    f'<p style="text-align: center;">{_img_tag(b.src)}</p>\n'
                    f'<p style="text-align: right;"><span style="font-size:12px;"><em>{_t(s, b.printed or "")}'
                    "</em></span></p>"
                )
            else:  # "pem": picture, then its line in italics
                out.append(
                    f'<p style="text-align: center;">{_img_tag(b.src)}</p>\n'
                    f'<p style="text-align: center;"><em>{_t(s, b.printed or "")}</em></p>'
                )
        elif isinstance(b, P):
            if b.style == "li":
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                    items.append(f"<li>{_t(s, blocks[i].text)}</li>")
                    i += 1
                out.append('<ul style="text-align: justify;">\n' + "\n".join(items) + "\n</ul>")
                continue
            if b.style == "tr":
                rows = []
                first = True
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                    cells = blocks[i].text.split(" | ")
                    if first:
                        tds = "".join(
                            f'<td style="text-align:center"><strong>{_t(s, c)}</strong></td>' for c in cells
                        )
                    else:
                        tds = "".join(f"<td>{_t(s, c)}</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                    first = False
                    i += 1
                out.append(
                    '<table border="1" cellpadding="5" cellspacing="0" style="width:100%">\n<tbody>\n'
                    + "\n".join(rows)
                    + "\n</tbody>\n</table>"
                )
                continue
            if b.style == "word":
                out.append(_word_par(s, b.text))
            elif b.style == "quote":
                out.append(f"<blockquote>\n<p><em>{_t(s, b.text)}</em></p>\n</blockquote>")
            elif b.style == "lead":
                out.append(f"<p><strong>{_t(s, b.text)}</strong></p>")
            elif b.style == "b":
                if b.text.endswith(":") or ":" not in b.text:
                    out.append(f"<p><strong>{_t(s, b.text)}</strong></p>")
                else:
                    head, rest = b.text.split(":", 1)
                    out.append(
                        f'<p style="text-align: justify;"><strong>{_t(s, head)}:</strong>{_t(s, rest)}</p>'
                    )
            else:
                inner = _inline(s, b.text)
                while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                    i += 1
                    inner += "<br />\n" + _t(s, blocks[i].text)
                out.append(f'<p style="text-align: justify;">{inner}</p>')
        i += 1
    return "\n".join(out)


# --- the theme's chrome -----------------------------------------------------------------------

_CSS = (
    "/themes/sgd_langson/css/font-awesome.min.css",
    "/themes/sgd_langson/css/bootstrap.non-responsive.css",
    "/themes/sgd_langson/css/style.css",
    "/themes/sgd_langson/css/news.css",
)


def _menu(active: str) -> str:
    def cls(key: str, extra: str = "") -> str:
        names = " ".join(x for x in (extra, "active" if key == active else "") if x)
        return f' class="{names}"' if names else ""

    news_sub = "\n".join(
        f'<li><a href="/{MODULE}/{alias}/" title="{esc(name)}">{esc(name)}</a></li>'
        for alias, name in CATS.items()
    )
    return f"""<nav class="second-nav" id="menusite">
<div class="container"><div class="row"><div class="bg box-shadow">
<ul class="nav navbar-nav">
<li{cls("home")}><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>
<li{cls("gioi-thieu", "dropdown")} role="presentation"><a class="dropdown-toggle" href="/gioi-thieu/chuc-nang-nhiem-vu.html" role="button" aria-expanded="false" title="Giới thiệu">Giới thiệu <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu">
<li><a href="/gioi-thieu/chuc-nang-nhiem-vu.html" title="Chức năng, nhiệm vụ">Chức năng, nhiệm vụ</a></li>
<li><a href="/lien-he/" title="Liên hệ">Thông tin liên hệ</a></li>
</ul></li>
<li{cls("tin-tuc", "dropdown")} role="presentation"><a class="dropdown-toggle" href="/{MODULE}/" role="button" aria-expanded="false" title="Tin tức">Tin tức <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu">
{news_sub}
</ul></li>
<li{cls("van-ban")} role="presentation"><a href="/van-ban/" title="Văn bản">Văn bản</a></li>
<li{cls("lich-cong-tac")} role="presentation"><a href="/lich-cong-tac/" title="Lịch công tác">Lịch công tác</a></li>
<li{cls("hoi-dap")} role="presentation"><a href="/hoi-dap/" title="Hỏi đáp">Hỏi đáp</a></li>
<li role="presentation"><a href="https://dichvucong.langson.gov.vn/" title="Thủ tục hành chính" target="_blank">Thủ tục hành chính</a></li>
<li{cls("lien-he")} role="presentation"><a href="/lien-he/" title="Liên hệ">Liên hệ</a></li>
</ul>
</div></div></div>
</nav>"""


def _breadcrumbs(crumbs: list[tuple[str, str]]) -> str:
    if not crumbs:
        return ""
    items = ['<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
             '<a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a>'
             '<i class="hidden" itemprop="position" content="1"></i></li>']
    for pos, (name, href) in enumerate(crumbs, start=2):
        items.append(
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f'<a href="{esc(href)}" itemprop="item" title="{esc(name)}"><span class="txt" itemprop="name">{esc(name)}</span></a>'
            f'<i class="hidden" itemprop="position" content="{pos}"></i></li>'
        )
    return (
        '<div class="breadcrumbs-wrap">\n<div class="display">\n'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);">'
        '<em class="fa fa-lg fa-angle-right"></em></a>\n'
        '<ul class="breadcrumbs list-none"></ul>\n</div>\n'
        '<ul class="subs-breadcrumbs"></ul>\n'
        '<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">\n'
        + "\n".join(items)
        + "\n</ul>\n</div>"
    )


def _right_column() -> str:
    most_read = "\n".join(
        f'<li class="clearfix"><a href="{esc(art_path(BY_ID[i]))}" title="{esc(BY_ID[i].title)}">'
        f'<img src="{esc(BY_ID[i].opts["thumb"])}" alt="" width="60" class="img-thumbnail pull-left mr-1"/></a>'
        f'<a class="show" href="{esc(art_path(BY_ID[i]))}" title="{esc(BY_ID[i].title)}">{esc(BY_ID[i].title)}</a></li>'
        for i in MOST_READ
    )
    laws = "\n".join(
        f'<li><a href="/van-ban/{alias}.html" title="{esc(d["trich_yeu"])}"><strong>{esc(d["so"])}</strong></a>'
        f'<br /><span class="small">{esc(d["trich_yeu"])}</span></li>'
        for alias, d in LAWS.items()
    )
    return f"""<div class="col-sm-8 col-md-6">
<div class="panel panel-primary">
<div class="panel-heading">Văn bản mới</div>
<div class="panel-body"><ul class="list-none vbmoi">
{laws}
</ul></div>
</div>
<div class="panel panel-primary">
<div class="panel-heading">Tin xem nhiều</div>
<div class="panel-body"><ul class="block_tophits list-none list-items">
{most_read}
</ul></div>
</div>
<div class="panel panel-primary">
<div class="panel-heading">Thăm dò ý kiến</div>
<div class="panel-body">
<form action="/voting/" method="post" class="voting">
<p><strong>Bạn quan tâm nội dung nào trên Cổng thông tin điện tử của Sở?</strong></p>
<div class="radio"><label><input type="radio" name="option" value="1" /> Tin tức, hoạt động của ngành</label></div>
<div class="radio"><label><input type="radio" name="option" value="2" /> Văn bản chỉ đạo, điều hành</label></div>
<div class="radio"><label><input type="radio" name="option" value="3" /> Tuyển sinh, thi cử</label></div>
<div class="radio"><label><input type="radio" name="option" value="4" /> Thủ tục hành chính</label></div>
<input type="hidden" name="vid" value="3" /><input type="hidden" name="checkss" value="2f1c07be8a5d9c3e" />
<input class="btn btn-success btn-sm" type="button" value="Bình chọn" onclick="nv_sendvoting(this.form, '3', 1, '2f1c07be8a5d9c3e', '', '0');" />
<input class="btn btn-primary btn-sm" type="button" value="Kết quả" onclick="nv_sendvoting(this.form, '3', 0, '2f1c07be8a5d9c3e', '', '0');" />
</form>
</div>
</div>
<div class="panel panel-primary">
<div class="panel-heading">Liên kết website</div>
<div class="panel-body">
<select class="form-control" onchange="if(this.value!='')window.open(this.value,'_blank');">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://langson.gov.vn">Cổng TTĐT tỉnh Lạng Sơn</option>
<option value="https://baolangson.vn">Báo Lạng Sơn</option>
<option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành Giáo dục</option>
</select>
</div>
</div>
<div class="panel panel-primary">
<div class="panel-heading">Thống kê truy cập</div>
<div class="panel-body"><ul class="counter list-none">
<li><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập<span>38</span></li>
<li><em class="fa fa-filter fa-lg fa-horizon"></em>Hôm nay<span>1.426</span></li>
<li><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại<span>18.390</span></li>
<li><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập<span>3.185.244</span></li>
</ul></div>
</div>
</div>"""


def layout(
    req: Request,
    *,
    title: str,
    main: str,
    crumbs: list[tuple[str, str]] | None = None,
    active: str = "",
    head: str = "",
    description: str = "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Lạng Sơn",
) -> str:
    css = "\n".join(f'<link rel="StyleSheet" href="{c}">' for c in _CSS)
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}">
<meta name="author" content="{esc(SITE_NAME)}">
<meta name="copyright" content="{esc(SITE_NAME)} [sgddt@langson.gov.vn]">
<meta name="generator" content="NukeViet v4.6">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{head}<link rel="shortcut icon" href="/favicon.ico">
<link rel="alternate" href="/{MODULE}/rss/" title="Tin tức" type="application/rss+xml">
{css}
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="{MODULE}",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Ls7q2",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/sgd_langson/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="wraper">
<header>
<div class="container">
<div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="{esc(SITE_NAME)}" href="/"><img src="/uploads/logo-sgddt-langson.png" width="120" height="120" alt="{esc(SITE_NAME)}" /></a>
<span class="site_name">{esc(SITE_NAME)}</span>
<span class="site_description">Cổng thông tin điện tử</span>
</div>
<div class="col-xs-24 col-sm-24 col-md-16">
<div class="nv-block-banners"><img alt="Banner Sở GD&amp;ĐT Lạng Sơn" src="/uploads/banners/banner-sgddt-2026.jpg" width="980" height="160" /></div>
</div>
</div>
</div>
</header>
{_menu(active)}
<div class="container">
<div class="row">
<div class="third-nav">
<div class="current-time col-xs-24 col-sm-12"><em class="fa fa-clock-o"></em> {HEADER_TODAY}</div>
<div class="headerSearch col-xs-24 col-sm-12">
<form action="/seek/" method="get" class="form-inline">
<div class="input-group">
<input type="text" class="form-control" name="q" maxlength="60" placeholder="Tìm kiếm..." />
<span class="input-group-btn"><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></span>
</div>
</form>
</div>
</div>
</div>
{_breadcrumbs(crumbs or [])}
</div>
<section>
<div class="container" id="body">
<div class="row">
<div class="col-sm-16 col-md-18">
{main}
</div>
{_right_column()}
</div>
</div>
</section>
</div>
<footer id="footer">
<div class="wraper">
<div class="container">
<div class="row">
<div class="col-xs-24 col-sm-24 col-md-16">
<div class="company_info">
<p class="company_name"><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LẠNG SƠN</strong></p>
<p><em class="fa fa-map-marker"></em> Địa chỉ: Số 2, đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn</p>
<p><em class="fa fa-phone"></em> Điện thoại: 0205.3812.417 - Fax: 0205.3812.620 - <em class="fa fa-envelope"></em> Email: <a href="mailto:sgddt@langson.gov.vn">sgddt@langson.gov.vn</a></p>
<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
<p>Giấy phép thiết lập trang thông tin điện tử tổng hợp số 05/GP-STTTT ngày 12/3/2021</p>
</div>
</div>
<div class="col-xs-24 col-sm-24 col-md-8">
<div class="copyright">&copy; Bản quyền thuộc về Sở GD&amp;ĐT Lạng Sơn<br />Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br />
<span>Thiết kế bởi <a href="https://vinades.vn" target="_blank">VINADES.,JSC</a> - Powered by <a href="https://nukeviet.vn" target="_blank">NukeViet CMS</a></span></div>
</div>
</div>
</div>
</div>
</footer>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
</div>
<script src="/assets/js/jquery/jquery.rating.pack.js"></script>
<script src="/themes/sgd_langson/js/bootstrap.min.js"></script>
</body>
</html>"""


# --- news module pages ------------------------------------------------------------------------


def _others(s: Story) -> str:
    def items(stories: list[Story]) -> str:
        return "\n".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{esc(art_path(o))}" title="{esc(o.title)}">'
            f"{esc(o.title)}</a> <em>({day_of(o.opts['publ'])})</em></li>"
            for o in stories
        )

    same = [o for o in listing(s.cat) if o.cat == s.cat and o.id != s.id and o.id not in PAGE2_ONLY]
    newer = sorted((o for o in same if o.opts["publ"] > s.opts["publ"]), key=lambda o: o.opts["publ"])[:3]
    older = [o for o in same if o.opts["publ"] < s.opts["publ"]][:3]
    related = [BY_ID[i] for i in s.opts.get("related", [])]
    parts = []
    if related:
        parts.append(
            '<p class="h3"><strong>Tin liên quan</strong></p>\n<div class="clearfix">'
            f'<ul class="detail-related related list-none list-items">\n{items(related)}\n</ul></div>'
        )
    if newer:
        parts.append(
            '<p class="h3"><strong>Những tin mới hơn</strong></p>\n<div class="clearfix">'
            f'<ul class="detail-related related list-none list-items">\n{items(list(reversed(newer)))}\n</ul></div>'
        )
    if older:
        parts.append(
            '<p class="h3"><strong>Những tin cũ hơn</strong></p>\n<div class="clearfix">'
            f'<ul class="detail-related related list-none list-items">\n{items(older)}\n</ul></div>'
        )
    if not parts:
        return ""
    return '<div class="news_column panel panel-default">\n<div class="panel-body other-news">\n' + "\n".join(parts) + "\n</div>\n</div>"


def _home_figure(s: Story) -> str:
    img = next((b for b in s.blocks if isinstance(b, Img) and b.style == "home"), None)
    if img is None:
        return ""
    if s.opts.get("imgpos") == 2:
        return (
            '<figure class="article center">\n'
            f'<img alt="{esc(img.printed or "")}" src="{esc(img.src)}" width="780" class="img-thumbnail" />\n'
            f"<figcaption>{esc(img.printed or '')}</figcaption>\n</figure>\n"
        )
    return (
        '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">\n'
        '<div id="imgpreview" style="width:200px;">\n'
        f'<p class="text-center"><img alt="{esc(img.printed or "")}" src="{esc(img.src)}" class="img-thumbnail" /></p>\n'
        f"<figcaption>{esc(img.printed or '')}</figcaption>\n</div>\n</figure>\n"
    )


def _byline_box(s: Story) -> str:
    lines = []
    if s.opts.get("author"):
        lines.append(f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(s.opts["author"])}</p>')
    if s.opts.get("source"):
        name, url = s.opts["source"]
        lines.append(
            f'<p class="h5 text-right"><strong>Nguồn tin: </strong><a title="{esc(name)}" rel="nofollow" '
            f'href="{esc(url)}" target="_blank">{esc(name)}</a></p>'
        )
    if not lines:
        return ""
    return '<div class="margin-bottom-lg">\n' + "\n".join(lines) + "\n</div>"


def _files_panel(s: Story) -> str:
    files = s.opts.get("files")
    if not files:
        return ""
    rows = []
    for n, (fname, label) in enumerate(files):
        href = esc(f"{art_path(s)}?download=1&id={n}")
        rows.append(
            f'<div class="list-group-item"><span class="badge"><a role="button" data-toggle="collapse" '
            f'href="#file-{s.id}-{n}" aria-expanded="false">Xem trực tuyến</a></span>'
            f'<a href="{href}" title="{esc(fname)}"><em class="fa fa-file-pdf-o"></em> {esc(label)}</a>'
            f'<div class="clearfix"></div><div class="collapse" id="file-{s.id}-{n}" data-src="/uploads/news/2026_12/{esc(fname)}"'
            ' data-toggle="collapsepdf"></div></div>'
        )
    return (
        '<div class="news_column panel panel-default">\n<div class="panel-body">\n'
        '<h3 class="newh3"><em class="fa fa-download">&nbsp;</em><strong>Tập tin đính kèm</strong></h3>\n'
        '<div class="list-group news-download-file">\n' + "\n".join(rows) + "\n</div>\n</div>\n</div>"
    )


def _keywords_panel(s: Story) -> str:
    tags = s.opts.get("tags")
    if not tags:
        return ""
    links = ", ".join(
        f'<a title="{esc(TAGS[t])}" href="/{MODULE}/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags
    )
    return (
        '<div class="news_column panel panel-default">\n<div class="panel-body">\n<div class="h5">\n'
        f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}\n</div>\n</div>\n</div>'
    )


def _rating_panel(s: Story) -> str:
    votes = 2 + s.id % 6
    points = votes * 4 + s.id % 3
    stars = "\n".join(
        f'<input class="hover-star required" type="radio" value="{v}" title="{t}" />'
        for v, t in enumerate(("Bài viết rất kém", "Bài viết kém", "Bài viết đạt", "Bài viết tốt", "Bài viết rất tốt"), 1)
    )
    return f"""<div class="news_column panel panel-default">
<div class="panel-body">
<form id="form3B" action="">
<div class="h5 clearfix">
<p id="stringrating">Tổng số điểm của bài viết là: {points} trong {votes} đánh giá</p>
<div style="padding: 5px;">
{stars}
</div>
<span class="note"><span id="numberrating">Click để đánh giá bài viết</span></span>
</div>
</form>
</div>
</div>"""


def article_main(req: Request, s: Story, *, tools: bool = True) -> str:
    hometext = ""
    if s.summary and s.sapo_outside:
        hometext = f'<div class="hometext m-bottom" itemprop="description">{_t(s, s.summary)}</div>\n'
    figure = _home_figure(s)
    intro = f'<div class="clearfix">\n{figure}{hometext}</div>\n' if (figure or hometext) else ""
    share_url = esc(base_url(req) + art_path(s))
    title = esc(s.title)
    toolbar = ""
    if tools:
        toolbar = f"""<div class="col-md-12">
<ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('{esc(tool_path(s, "sendmail"))}','{title}',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{esc(tool_path(s, "print"))}','{title}',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{esc(tool_path(s, "savefile"))}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
</ul>
</div>"""
    main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(s.title)}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12">
<span class="h5">{publ_line(s.opts["publ"])}</span>
</div>
{toolbar}
</div>
{intro}<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_body(s)}
</div>
{_byline_box(s)}
<div class="alert alert-info margin-bottom-lg" role="alert"><p>Bạn đang xem bài viết trên Cổng thông tin điện tử {esc(SITE_NAME)}. Khi phát hành lại thông tin từ website này cần ghi rõ nguồn &quot;Sở GD&amp;ĐT Lạng Sơn&quot;.</p></div>
</div>
</div>"""
    if not tools:
        return main
    social = f"""<div class="news_column panel panel-default">
<div class="panel-body">
<div class="socialicon clearfix">
<div class="fb-like" data-href="{share_url}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>
<div class="zalo-share-button" data-href="{share_url}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>
</div>
</div>
</div>"""
    return "\n".join(x for x in (main, _files_panel(s), _keywords_panel(s), _rating_panel(s), social, _others(s)) if x)


def _plain_description(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first[:157].rsplit(" ", 1)[0] + "..."


def article_page(req: Request, s: Story) -> Response:
    canonical = base_url(req) + art_path(s)
    seo = s.opts.get("titlesite") or s.title
    tags = "".join(f'<meta property="article:tag" content="{esc(TAGS[t])}">\n' for t in s.opts.get("tags", []))
    head = (
        f'<meta name="keywords" content="{esc(", ".join(TAGS[t] for t in s.opts.get("tags", [])))}">\n'
        f'<meta property="og:title" content="{esc(seo)}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:description" content="{esc(_plain_description(s))}">\n'
        f'<meta property="og:site_name" content="{esc(SITE_NAME)}">\n'
        f'<meta property="og:image" content="{esc(base_url(req) + s.opts["og"])}">\n'
        f'<meta property="og:url" content="{esc(canonical)}">\n'
        f'<meta property="article:published_time" content="{php_meta_time(s.opts["add"])}">\n'
        f'<meta property="article:modified_time" content="{php_meta_time(s.opts.get("edit") or s.opts["publ"])}">\n'
        f'<meta property="article:section" content="{esc(CATS[s.cat])}">\n'
        f"{tags}"
        f'<link rel="canonical" href="{esc(canonical)}">\n'
    )
    page = layout(
        req,
        title=f"{seo} - {CATS[s.cat]} - {SITE_NAME}",
        main=article_main(req, s),
        crumbs=[("Tin tức", f"/{MODULE}/"), (CATS[s.cat], f"/{MODULE}/{s.cat}/")],
        active="tin-tuc",
        head=head,
        description=_plain_description(s),
    )
    return html(page)


def print_page(req: Request, s: Story, *, download: bool = False) -> Response:
    link = base_url(req) + art_path(s)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(s.title)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="canonical" href="{esc(link)}">
<link rel="StyleSheet" href="/themes/sgd_langson/css/news.print.css">
</head>
<body>
<div id="print">
<div id="hd_print">
<h2 class="pull-left">{esc(SITE_NAME)}</h2>
<p class="pull-right"><a title="{esc(SITE_NAME)}" href="{esc(base_url(req))}/">{esc(base_url(req))}</a></p>
</div>
<div class="clear"></div>
<hr />
<div id="content">
{article_main(req, s, tools=False)}
<div class="copyright">&copy; {esc(SITE_NAME)}</div>
<div id="footer" class="clearfix">
<div id="url"><strong>URL của bài viết: </strong><a href="{esc(link)}" title="{esc(s.title)}">{esc(link)}</a></div>
{'' if download else '<div class="print_link"><a href="javascript:;" onclick="window.print()" title="In ra">[In ra]</a>&nbsp;<a href="javascript:;" onclick="window.close()" title="Đóng cửa sổ này">[Đóng cửa sổ]</a></div>'}
</div>
</div>
</div>
</body>
</html>"""
    headers = {"Content-Disposition": f'attachment; filename="{s.slug}.html"'} if download else {}
    return html(page, headers=headers)


def sendmail_page(req: Request, s: Story) -> Response:
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Gửi bài viết qua email</title>
<meta name="robots" content="noindex, nofollow"></head><body>
<div class="sendmail"><h3>Gửi bài viết qua email</h3>
<p><strong>Tiêu đề:</strong> {esc(s.title)}</p>
<form action="{esc(tool_path(s, "sendmail"))}" method="post">
<p><label>Tên của bạn</label><input type="text" name="name" /></p>
<p><label>Email của bạn</label><input type="text" name="youremail" /></p>
<p><label>Gửi đến email</label><input type="text" name="email" /></p>
<p><label>Lời nhắn</label><textarea name="content" rows="5" cols="40"></textarea></p>
<input type="hidden" name="checkss" value="8d03e6f1a2c4b59e" /><input type="submit" value="Gửi đi" />
</form></div></body></html>"""
    return html(page)


def _card_date(s: Story) -> str:
    return day_of(s.opts["publ"])


def main_bottom(req: Request, *, home: bool) -> Response:
    panels = []
    headline = ""
    if home:
        li = "\n".join(
            f'<li><a href="{esc(art_path(o))}" title="{esc(o.title)}">{esc(o.title)}</a> '
            f'<span class="small">{_card_date(o)}</span></li>'
            for o in newest(5)
        )
        headline = (
            '<div class="headline panel panel-default">\n<div class="panel-heading"><ul class="nav nav-tabs">'
            '<li class="active"><a href="#tinmoi" data-toggle="tab">Tin mới</a></li></ul></div>\n'
            f'<div class="panel-body tab-content"><div class="tab-pane active" id="tinmoi"><ul class="list-none hl-news">\n{li}\n</ul></div></div>\n</div>'
        )
    for cat in ("tin-hoat-dong", "chi-dao-dieu-hanh", "guong-dien-hinh"):
        stories = listing(cat)[:3]
        first, rest = stories[0], stories[1:]
        link = art_path(first, cat)
        hometext = f"<p>{esc(first.summary)}</p>" if first.summary else ""
        others = "\n".join(
            f'<li class="icon_list"><a class="show" href="{esc(art_path(o, cat))}" title="{esc(o.title)}">{esc(o.title)}</a></li>'
            for o in rest
        )
        panels.append(f"""<div class="news_column panel panel-default">
<div class="panel-heading">
<h4><a title="{esc(CATS[cat])}" href="/{MODULE}/{cat}/"><span><span>{esc(CATS[cat])}</span></span></a></h4>
</div>
<div class="panel-body">
<div class="row">
<div class="col-md-12">
<a title="{esc(first.title)}" href="{esc(link)}"><img src="{esc(first.opts["thumb"])}" alt="{esc(first.title)}" width="183" class="img-thumbnail pull-left imghome" /></a>
<h3><a href="{esc(link)}" title="{esc(first.title)}">{esc(first.title)}</a></h3>
<p class="text-muted"><em class="fa fa-clock-o">&nbsp;</em>{_card_date(first)}</p>
{hometext}
</div>
<div class="col-md-12">
<ul class="related">
{others}
</ul>
</div>
</div>
</div>
</div>""")
    main = headline + "\n" + "\n".join(panels)
    crumbs = [] if home else [("Tin tức", f"/{MODULE}/")]
    title = SITE_NAME if home else f"Tin tức - {SITE_NAME}"
    return html(layout(req, title=title, main=main, crumbs=crumbs, active="home" if home else "tin-tuc"))


def _pagination(cat: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return f"/{MODULE}/{cat}/" if n == 1 else f"/{MODULE}/{cat}/page-{n}"

    items = []
    if page > 1:
        items.append(f'<li><a href="{href(page - 1)}" title="Trang trước">&laquo;</a></li>')
    else:
        items.append('<li class="disabled"><span>&laquo;</span></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="active"><span>{n}</span></li>')
        else:
            items.append(f'<li><a href="{href(n)}" title="Trang {n}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a href="{href(page + 1)}" title="Trang sau">&raquo;</a></li>')
    else:
        items.append('<li class="disabled"><span>&raquo;</span></li>')
    return '<div class="text-center">\n<ul class="pagination">\n' + "\n".join(items) + "\n</ul>\n</div>"


def category_page(req: Request, cat: str, page: int) -> Response | None:
    stories = listing(cat)
    pages = (len(stories) + PER_PAGE - 1) // PER_PAGE
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = []
    for o in chunk:
        link = esc(art_path(o, cat))
        cards.append(f"""<div class="col-xs-24 col-sm-12 col-md-8">
<div class="thumbnail">
<a title="{esc(o.title)}" href="{link}"><img alt="{esc(o.title)}" src="{esc(o.opts["thumb"])}" width="300" class="img-responsive" /></a>
<div class="caption text-center">
<h3><a class="show" href="{link}" title="{esc(o.title)}">{esc(o.title)}</a></h3>
<p class="text-muted small"><em class="fa fa-clock-o">&nbsp;</em>{_card_date(o)} &nbsp;<em class="fa fa-eye">&nbsp;</em>{o.views()}</p>
</div>
</div>
</div>""")
    desc = ""
    if page == 1:
        desc = (
            '<div class="news_column"><div class="alert alert-info clearfix">'
            f'<h1>{esc(CATS[cat])}</h1><p>{esc(CAT_DESC[cat])}</p></div></div>\n'
        )
    main = (
        f'{desc}<div class="viewcat_grid">\n<div class="row">\n'
        + "\n".join(cards)
        + "\n</div>\n</div>\n"
        + _pagination(cat, page, pages)
    )
    suffix = f" - Trang {page}" if page > 1 else ""
    head = f'<link rel="canonical" href="{esc(base_url(req))}/{MODULE}/{cat}/{f"page-{page}" if page > 1 else ""}">\n'
    if page > 1:
        head += f'<link rel="prev" href="{"/" + MODULE + "/" + cat + "/" if page == 2 else f"/{MODULE}/{cat}/page-{page - 1}"}">\n'
    if page < pages:
        head += f'<link rel="next" href="/{MODULE}/{cat}/page-{page + 1}">\n'
    return html(
        layout(
            req,
            title=f"{CATS[cat]}{suffix} - Tin tức - {SITE_NAME}",
            main=main,
            crumbs=[("Tin tức", f"/{MODULE}/"), (CATS[cat], f"/{MODULE}/{cat}/")],
            active="tin-tuc",
            head=head,
        )
    )


def tag_page(req: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    stories = [s for s in sorted(STORIES, key=lambda s: s.opts["publ"], reverse=True) if tag in s.opts.get("tags", [])]
    rows = "\n".join(
        f"""<div class="panel panel-default"><div class="panel-body">
<a href="{esc(art_path(o))}" title="{esc(o.title)}"><img alt="" src="{esc(o.opts["thumb"])}" width="140" class="img-thumbnail pull-left imghome" /></a>
<h3><a href="{esc(art_path(o))}" title="{esc(o.title)}">{esc(o.title)}</a></h3>
<p><em class="fa fa-clock-o">&nbsp;</em><em>{_card_date(o)}</em></p>
</div></div>"""
        for o in stories
    )
    main = f'<div class="news_column"><div class="alert alert-info">Các bài viết có từ khóa: <strong>{esc(TAGS[tag])}</strong></div>\n{rows}\n</div>'
    return html(
        layout(req, title=f"{TAGS[tag]} - Tin tức - {SITE_NAME}", main=main,
               crumbs=[("Tin tức", f"/{MODULE}/"), (TAGS[tag], f"/{MODULE}/tag/{tag}")], active="tin-tuc")
    )


def rss(req: Request) -> Response:
    base = base_url(req)
    items = "\n".join(
        f"""<item>
<title><![CDATA[{o.title}]]></title>
<link>{esc(base + art_path(o))}</link>
<guid isPermaLink="false">{MODULE}_{o.id}</guid>
<description><![CDATA[{o.summary or _plain_description(o)}]]></description>
<pubDate>{rfc822(o.opts["publ"])}</pubDate>
</item>"""
        for o in newest(5)
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Tin tức - {esc(SITE_NAME)}</title>
<link>{esc(base)}/{MODULE}/</link>
<atom:link href="{esc(base)}/{MODULE}/rss/" rel="self" type="application/rss+xml" />
<description>Tin tức - {esc(SITE_NAME)}</description>
<language>vi</language>
<generator>NukeViet v4.6</generator>
{items}
</channel>
</rss>"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- the other modules ------------------------------------------------------------------------

LAWS: dict[str, dict[str, str]] = {
    "ke-hoach-so-2845-kh-sgddt": {
        "so": "2845/KH-SGDĐT",
        "loai": "Kế hoạch",
        "ngay": "15/08/2026",
        "hieuluc": "15/08/2026",
        "trich_yeu": "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
        "nguoiky": "Nguyễn Quang Huy",
        "file": "2845-KH-SGDDT-nhiem-vu-nam-hoc-2026-2027.pdf",
    },
    "cong-van-so-2990-sgddt-vp": {
        "so": "2990/SGDĐT-VP",
        "loai": "Công văn",
        "ngay": "27/11/2026",
        "hieuluc": "27/11/2026",
        "trich_yeu": "V/v triển khai các biện pháp phòng, chống rét cho trẻ em, học sinh",
        "nguoiky": "Hoàng Văn Thắng",
        "file": "2990-SGDDT-VP-phong-chong-ret.pdf",
    },
}

FAQ_CATS = {"tuyen-sinh": "Tuyển sinh", "che-do-chinh-sach": "Chế độ, chính sách"}
FAQS = [
    {
        "id": 12,
        "cat": "tuyen-sinh",
        "alias": "dieu-kien-tuyen-thang-vao-lop-10-truong-ptdtnt-tinh",
        "title": "Điều kiện tuyển thẳng vào lớp 10 Trường PTDTNT tỉnh?",
        "time": "2026-11-23 10:12",
        "asker": "Hoàng Văn Sơn (xã Tân Văn, huyện Bình Gia)",
        "question": (
            "Con tôi là người dân tộc Dao, đang học lớp 9 tại trường PTDTBT THCS của xã. Xin hỏi cháu"
            " cần đáp ứng điều kiện gì để được tuyển thẳng vào lớp 10 Trường PTDTNT tỉnh năm học"
            " 2027 - 2028?"
        ),
        "answer": [
            "Sở Giáo dục và Đào tạo trả lời như sau:",
            "Theo Quy chế tuyển sinh THCS và tuyển sinh THPT hiện hành, học sinh người dân tộc rất ít"
            " người, học sinh khuyết tật, học sinh đạt giải cấp quốc gia trở lên được tuyển thẳng vào"
            " lớp 10. Dân tộc Dao không thuộc nhóm dân tộc rất ít người nên con ông thuộc diện dự thi"
            " tuyển theo quy định.",
            "Trường hợp học sinh đạt giải Nhất, Nhì, Ba trong kỳ thi chọn học sinh giỏi lớp 9 cấp"
            " tỉnh được cộng điểm ưu tiên khi xét tuyển. Kế hoạch tuyển sinh cụ thể sẽ được Sở công"
            " bố trước ngày 31/3/2027.",
        ],
    },
    {
        "id": 15,
        "cat": "che-do-chinh-sach",
        "alias": "ho-tro-tien-an-cho-hoc-sinh-ban-tru-o-thon-dac-biet-kho-khan",
        "title": "Hỗ trợ tiền ăn cho học sinh bán trú ở thôn đặc biệt khó khăn",
        "time": "2026-11-09 15:40",
        "asker": "Lý Thị Hoa (xã Kiên Mộc, huyện Đình Lập)",
        "question": (
            "Nhà tôi cách trường THCS xã hơn 7 km, con tôi ở lại trường từ thứ Hai đến thứ Sáu. Gia"
            " đình có được hỗ trợ tiền ăn và tiền nhà ở cho cháu không?"
        ),
        "answer": [
            "Căn cứ Nghị định số 66/2025/NĐ-CP của Chính phủ, học sinh THCS là người dân tộc thiểu"
            " số có nhà ở xa trường từ 6 km trở lên, phải ở lại trường để học tập được hỗ trợ tiền"
            " ăn hằng tháng bằng 40% mức lương cơ sở và được hỗ trợ 5 kg gạo mỗi tháng.",
            "Gia đình liên hệ với nhà trường để được hướng dẫn hoàn thiện hồ sơ đề nghị hỗ trợ theo"
            " quy định.",
        ],
    },
]


def faq_path(q: dict) -> str:
    return f"/hoi-dap/{q['cat']}/{q['alias']}-{q['id']}.html"


def faq_list(req: Request, cat: str | None) -> Response | None:
    if cat is not None and cat not in FAQ_CATS:
        return None
    groups = []
    for alias, name in FAQ_CATS.items():
        if cat and alias != cat:
            continue
        qs = "\n".join(
            f'<li><em class="fa fa-question-circle">&nbsp;</em><a href="{faq_path(q)}" title="{esc(q["title"])}">{esc(q["title"])}</a>'
            f' <em>({day_of(q["time"])})</em></li>'
            for q in FAQS
            if q["cat"] == alias
        )
        groups.append(
            f'<div class="panel panel-default"><div class="panel-heading"><a href="/hoi-dap/{alias}/">{esc(name)}</a></div>'
            f'<div class="panel-body"><ul class="list-none">\n{qs}\n</ul></div></div>'
        )
    form = (
        '<div class="panel panel-default"><div class="panel-heading">Gửi câu hỏi</div><div class="panel-body">'
        '<form action="/hoi-dap/" method="post"><input type="text" name="fullname" placeholder="Họ và tên" />'
        '<input type="text" name="email" placeholder="Email" /><textarea name="question"></textarea>'
        '<input type="submit" value="Gửi câu hỏi" /></form></div></div>'
    )
    crumbs = [("Hỏi đáp", "/hoi-dap/")]
    if cat:
        crumbs.append((FAQ_CATS[cat], f"/hoi-dap/{cat}/"))
    title = f"{FAQ_CATS[cat]} - Hỏi đáp" if cat else "Hỏi đáp"
    return html(layout(req, title=f"{title} - {SITE_NAME}", main="\n".join(groups) + "\n" + form,
                       crumbs=crumbs, active="hoi-dap"))


def faq_page(req: Request, q: dict) -> Response:
    answer = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in q["answer"])
    main = f"""<div class="news_column panel panel-default">
<div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(q["title"])}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{publ_line(q["time"])}</span></div></div>
<div class="clearfix"><div class="hometext m-bottom"><strong>Người hỏi:</strong> {esc(q["asker"])}</div></div>
<div class="bodytext margin-bottom-lg">
<p style="text-align: justify;"><em>{esc(q["question"])}</em></p>
<p><strong>Trả lời:</strong></p>
{answer}
</div>
<p class="h5 text-right"><strong>Người trả lời: </strong>Sở Giáo dục và Đào tạo</p>
</div>
</div>
<div class="news_column panel panel-default"><div class="panel-body"><p class="h3"><strong>Các câu hỏi khác</strong></p>
<ul class="list-none">{''.join(f'<li><a href="{faq_path(o)}">{esc(o["title"])}</a></li>' for o in FAQS if o is not q)}</ul></div></div>"""
    head = f'<link rel="canonical" href="{esc(base_url(req) + faq_path(q))}">\n<meta property="og:type" content="article">\n'
    return html(layout(req, title=f"{q['title']} - Hỏi đáp - {SITE_NAME}", main=main, head=head,
                       crumbs=[("Hỏi đáp", "/hoi-dap/"), (FAQ_CATS[q["cat"]], f"/hoi-dap/{q['cat']}/")],
                       active="hoi-dap"))


def laws_list(req: Request) -> Response:
    rows = "\n".join(
        f'<tr><td class="text-center">{n}</td><td><a href="/van-ban/{alias}.html">{esc(d["so"])}</a></td>'
        f'<td class="text-center">{d["ngay"]}</td><td><a href="/van-ban/{alias}.html">{esc(d["trich_yeu"])}</a></td>'
        f'<td class="text-center"><a href="/uploads/laws/{d["file"]}" title="Tải về"><em class="fa fa-download"></em></a></td></tr>'
        for n, (alias, d) in enumerate(LAWS.items(), 1)
    )
    main = f"""<div class="panel panel-default"><div class="panel-heading"><strong>Văn bản</strong></div>
<table class="table table-striped table-bordered table-hover laws-list">
<thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>
{rows}
</tbody>
</table></div>"""
    return html(layout(req, title=f"Văn bản - {SITE_NAME}", main=main, crumbs=[("Văn bản", "/van-ban/")], active="van-ban"))


def law_page(req: Request, alias: str) -> Response | None:
    d = LAWS.get(alias)
    if d is None:
        return None
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="laws-title">{esc(d["loai"])} số {esc(d["so"])}</h1>
<table class="table table-bordered laws-detail">
<tbody>
<tr><th style="width:30%">Số ký hiệu</th><td>{esc(d["so"])}</td></tr>
<tr><th>Ngày ban hành</th><td>{d["ngay"]}</td></tr>
<tr><th>Ngày có hiệu lực</th><td>{d["hieuluc"]}</td></tr>
<tr><th>Thể loại</th><td>{esc(d["loai"])}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><th>Người ký</th><td>{esc(d["nguoiky"])}</td></tr>
<tr><th>Trích yếu</th><td>{esc(d["trich_yeu"])}</td></tr>
</tbody>
</table>
<p><strong>Tập tin đính kèm:</strong> <a href="/uploads/laws/{d["file"]}"><em class="fa fa-file-pdf-o"></em> {esc(d["file"])}</a></p>
</div></div>"""
    return html(layout(req, title=f"{d['so']} - Văn bản - {SITE_NAME}", main=main,
                       crumbs=[("Văn bản", "/van-ban/"), (d["so"], f"/van-ban/{alias}.html")], active="van-ban"))


_WEEKS = {
    48: ("23/11/2026", "29/11/2026"),
    49: ("30/11/2026", "06/12/2026"),
    50: ("07/12/2026", "13/12/2026"),
}
_WEEK49 = [
    ("Thứ hai 30/11", "Sáng", "Giám đốc Sở dự khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT", "Trường THPT Việt Bắc"),
    ("Thứ ba 01/12", "Sáng", "Phó Giám đốc Nguyễn Quang Huy dự lễ đón Bằng công nhận trường chuẩn quốc gia", "Huyện Bình Gia"),
    ("Thứ tư 02/12", "Chiều", "Họp giao ban Lãnh đạo Sở với các phòng chuyên môn", "Phòng họp tầng 3"),
    ("Thứ năm 03/12", "Cả ngày", "Kiểm tra công tác phòng, chống rét tại các trường bán trú", "Huyện Đình Lập"),
    ("Thứ sáu 04/12", "Chiều", "Bế mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT", "Trường THPT Chuyên Chu Văn An"),
]


def schedule_page(req: Request) -> Response | None:
    raw = req.params.get("week", "49")
    if not raw.isdigit() or int(raw) not in _WEEKS:
        return None
    week = int(raw)
    start, end = _WEEKS[week]
    rows = _WEEK49 if week == 49 else [("", "", "Chưa có lịch công tác cho tuần này", "")]
    body = "\n".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td><td>{esc(d)}</td></tr>" for a, b, c, d in rows)
    options = "\n".join(
        f'<option value="{w}"{" selected" if w == week else ""}>Tuần {w} ({s} - {e})</option>' for w, (s, e) in _WEEKS.items()
    )
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="text-center">LỊCH CÔNG TÁC CỦA LÃNH ĐẠO SỞ</h1>
<p class="text-center"><strong>Tuần {week} (từ ngày {start} đến ngày {end})</strong></p>
<form action="/lich-cong-tac/" method="get" class="form-inline text-center"><select name="week" class="form-control">
{options}
</select> <input type="submit" class="btn btn-primary" value="Xem" /></form>
<table class="table table-bordered lct">
<thead><tr><th>Ngày</th><th>Buổi</th><th>Nội dung</th><th>Địa điểm</th></tr></thead>
<tbody>
{body}
</tbody>
</table>
</div></div>"""
    return html(layout(req, title=f"Lịch công tác - {SITE_NAME}", main=main,
                       crumbs=[("Lịch công tác", "/lich-cong-tac/")], active="lich-cong-tac"))


def intro_page(req: Request) -> Response:
    main = """<div class="page panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">Chức năng, nhiệm vụ, quyền hạn của Sở Giáo dục và Đào tạo</h1>
<div class="bodytext">
<p style="text-align: justify;">Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Lạng Sơn, thực hiện chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo, bao gồm: mục tiêu, chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật chất, thiết bị trường học và đồ chơi trẻ em; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>
<p style="text-align: justify;">Sở Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>
<p><strong>Cơ cấu tổ chức:</strong> Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc; các phòng chuyên môn: Văn phòng, Thanh tra, Phòng Tổ chức cán bộ, Phòng Kế hoạch - Tài chính, Phòng Giáo dục Mầm non - Giáo dục Tiểu học, Phòng Giáo dục Trung học, Phòng Giáo dục thường xuyên - Chuyên nghiệp, Phòng Khảo thí và Kiểm định chất lượng giáo dục.</p>
</div>
</div></div>"""
    return html(layout(req, title=f"Chức năng, nhiệm vụ - Giới thiệu - {SITE_NAME}", main=main,
                       crumbs=[("Giới thiệu", "/gioi-thieu/chuc-nang-nhiem-vu.html"), ("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu.html")],
                       active="gioi-thieu"))


def contact_page(req: Request) -> Response:
    main = """<div class="panel panel-default"><div class="panel-body">
<h1>Liên hệ</h1>
<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LẠNG SƠN</strong></p>
<p>Địa chỉ: Số 2, đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn</p>
<p>Văn phòng Sở: 0205.3812.417 - Phòng Giáo dục Trung học: 0205.3812.562 - Phòng Tổ chức cán bộ: 0205.3870.233</p>
<form action="/lien-he/" method="post" class="form-horizontal">
<div class="form-group"><label>Bộ phận</label><select name="fpart" class="form-control"><option value="1">Văn phòng Sở</option><option value="2">Phòng Giáo dục Trung học</option></select></div>
<div class="form-group"><label>Họ và tên</label><input type="text" name="fname" class="form-control" /></div>
<div class="form-group"><label>Email</label><input type="email" name="femail" class="form-control" /></div>
<div class="form-group"><label>Tiêu đề</label><input type="text" name="ftitle" class="form-control" /></div>
<div class="form-group"><label>Nội dung</label><textarea name="fcon" class="form-control"></textarea></div>
<input type="hidden" name="checkss" value="c6b2e90a41d7f35e" /><input type="submit" class="btn btn-primary" value="Gửi" />
</form>
</div></div>"""
    return html(layout(req, title=f"Liên hệ - {SITE_NAME}", main=main, crumbs=[("Liên hệ", "/lien-he/")], active="lien-he"))


def seek_page(req: Request) -> Response:
    q = req.params.get("q", "")
    main = f"""<div class="panel panel-default"><div class="panel-body">
<form action="/seek/" method="get"><input type="text" name="q" value="{esc(q)}" maxlength="60" class="form-control" /><input type="submit" class="btn btn-primary" value="Tìm kiếm" /></form>
<p class="text-muted">{"Không tìm thấy kết quả nào phù hợp với từ khóa " + "&quot;" + esc(q) + "&quot;" if q else "Nhập từ khóa để tìm kiếm (tối thiểu 3 ký tự)."}</p>
</div></div>"""
    return html(layout(req, title=f"Tìm kiếm - {SITE_NAME}", main=main, crumbs=[("Tìm kiếm", "/seek/")]))


# --- routing ----------------------------------------------------------------------------------

_ART = re.compile(rf"^/{MODULE}/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_TOOL = re.compile(rf"^/{MODULE}/(print|savefile|sendmail)/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_PAGE = re.compile(rf"^/{MODULE}/([a-z0-9-]+)/page-(\d+)$")
_CAT = re.compile(rf"^/{MODULE}/([a-z0-9-]+)/?$")
_TAG = re.compile(rf"^/{MODULE}/tag/([a-z0-9-]+)$")
_FAQ = re.compile(r"^/hoi-dap/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_FAQ_CAT = re.compile(r"^/hoi-dap/([a-z0-9-]+)/$")
_LAW = re.compile(r"^/van-ban/([a-z0-9-]+)\.html$")


def _pdf(name: str) -> Response:
    return Response(200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="{name}"'})


class NukeVietSite:
    """Sở GD&ĐT Lạng Sơn on NukeViet 4.6 (rewrite on, no language prefix)."""

    def respond(self, req: Request) -> Response | None:
        path = unquote(req.path)
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            if path.lower().endswith(".pdf"):
                return _pdf(path.rsplit("/", 1)[-1])
            return static_file(path)
        if path in ("/", "/index.php"):
            if path == "/index.php" and req.params.get("nv") == MODULE:
                return self._rewrite_off(req)
            if path == "/index.php" and req.query:
                return None
            return main_bottom(req, home=True)
        if path == f"/{MODULE}/":
            return main_bottom(req, home=False)
        if path in (f"/{MODULE}/rss/", f"/{MODULE}/rss"):
            return rss(req)
        if m := _TOOL.match(path):
            tool, cat, alias, sid = m.groups()
            s = BY_ID.get(int(sid))
            if s is None or s.slug != alias or cat not in cats_of(s):
                return None
            if tool == "sendmail":
                return sendmail_page(req, s)
            return print_page(req, s, download=tool == "savefile")
        if m := _TAG.match(path):
            return tag_page(req, m.group(1))
        if m := _PAGE.match(path):
            cat, n = m.group(1), int(m.group(2))
            if cat not in CATS:
                return None
            if n == 1:
                return redirect(f"/{MODULE}/{cat}/", 301)
            return category_page(req, cat, n)
        if m := _ART.match(path):
            return self._article(req, *m.groups())
        if m := _CAT.match(path):
            cat = m.group(1)
            if cat not in CATS:
                return None
            if not path.endswith("/"):
                return redirect(f"/{MODULE}/{cat}/", 301)
            return category_page(req, cat, 1)
        if path == "/hoi-dap/":
            return faq_list(req, None)
        if m := _FAQ_CAT.match(path):
            return faq_list(req, m.group(1))
        if m := _FAQ.match(path):
            cat, alias, qid = m.groups()
            for q in FAQS:
                if q["id"] == int(qid) and q["alias"] == alias and q["cat"] == cat:
                    return faq_page(req, q)
            return None
        if path == "/van-ban/":
            return laws_list(req)
        if m := _LAW.match(path):
            return law_page(req, m.group(1))
        if path == "/lich-cong-tac/":
            return schedule_page(req)
        if path == "/gioi-thieu/chuc-nang-nhiem-vu.html":
            return intro_page(req)
        if path == "/lien-he/":
            return contact_page(req)
        if path == "/seek/":
            return seek_page(req)
        return None

    def _article(self, req: Request, cat: str, alias: str, sid: str) -> Response | None:
        s = BY_ID.get(int(sid))
        if s is None or cat not in CATS:
            return None
        if s.slug != alias or cat not in cats_of(s):
            return redirect(art_path(s), 301)
        params = req.params
        if params.get("download") == "1":
            files = s.opts.get("files") or []
            idx = params.get("id", "0")
            if idx.isdigit() and int(idx) < len(files):
                return _pdf(files[int(idx)][0])
            return None
        return article_page(req, s)

    def _rewrite_off(self, req: Request) -> Response | None:
        if req.params.get("language", "vi") != "vi":
            return None
        op = req.params.get("op", "")
        if not op:
            return main_bottom(req, home=False)
        if m := re.match(r"^([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$", op):
            return self._article(req, *m.groups())
        if op in CATS:
            return category_page(req, op, 1)
        return None


def build_site() -> NukeVietSite:
    return NukeVietSite()


# --- gold -------------------------------------------------------------------------------------

_EXTRA_ALTS = {
    1161: [art_path(BY_ID[1161], "tin-hoat-dong")],
    1172: [rewrite_off_path(BY_ID[1172])],
}

GOLD = [
    gold_record(
        s,
        art_path(s),
        CATS[s.cat],
        canonical_path=art_path(s),
        alt_paths=[*_EXTRA_ALTS.get(s.id, []), tool_path(s, "print"), tool_path(s, "savefile")],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu.html",
    "/lien-he/",
    "/lich-cong-tac/",
    "/van-ban/ke-hoach-so-2845-kh-sgddt.html",
    "/van-ban/cong-van-so-2990-sgddt-vp.html",
    faq_path(FAQS[0]),
    faq_path(FAQS[1]),
]
