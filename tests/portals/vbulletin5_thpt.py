"""vBulletin 5 Connect community of Trường THPT Chuyên Lương Văn Tụy (Ninh Bình): "Bài viết" CMS.

Platform: vBulletin 5.7 Connect. The school's alumni and student community runs a forum
("Diễn đàn") and the CMS "Articles" section (here named "Bài viết"), whose channel "Tin tức nhà
trường" and two sibling channels ("Thành tích học sinh", "Đoàn trường") hold the school's news.
Pages are server-rendered but carry the platform's JavaScript (``pageData``, ``js-*`` classes,
filter bars and page jumps that only work with script).

URL scheme (every link printed *relative to* ``<base href="http://host/">``, without a leading
slash, as vBulletin 5 does):
- ``/``                                   home page: widgets "Bài viết mới", "Bình luận mới nhất",
                                            "Chủ đề mới trên diễn đàn", statistics
- ``/articles``                           the CMS root: its three channels with their newest article
- ``/articles/<channel>``                 channel listing, 4 articles a page, newest first
- ``/articles/<channel>/page<N>``         later pages (also ``/articles/<channel>?page=N``, the
                                            page-jump form's GET target)
- ``/articles/<channel>/<N>-<slug>``      an article (starter post + comments, 5 comments a page)
- ``/articles/<channel>/<N>-<slug>/page<N>``  comment page N of the article: the starter again
- ``/articles/<channel>/<N>-<slug>?p=<comment id>``  "jump to comment" link: the comment's page
- ``/forum``, ``/forum/<channel>``, ``/forum/<channel>/<N>-<slug>``  forum channels and topics
- ``/member/<N>-<user>``                  member profile
- ``/gioi-thieu``, ``/contact-us``        custom pages; ``/search`` (form GET and tag links)
- ``/filedata/fetch?id=…&d=…`` attachments (``&type=thumb`` thumbnails), ``/core/image.php``
  avatars, ``/css.php`` style sheet, ``/images/…`` and ``/js/…`` theme files

Page templates: vB5 chrome (header with the day, channel tab bar with drop-downs, a site notice
bar, breadcrumbs ``#breadcrumbs li.crumb``, right sidebar with "Thống kê diễn đàn", "Ai đang
online", a poll and links, footer with the GMT+7 clock, address and copyright). An article page
has ``h1.main-title`` (with an optional topic prefix span), a ``ul.conversation-list`` whose first
``li.b-post.b-post--first`` is the article (``.b-userinfo`` of the posting account,
``.b-post__timestamp time``, the text in ``div.js-post__content-text``, then attachments, edit
note, signature, tags, footer buttons), the comments as further ``li.b-post`` items, the
comment pagination, and a sidebar "Hoạt động gần đây" activity stream.

How each gold article is reached: the home page lists the five newest articles and the two
latest comments; ``/articles`` lists each channel's newest; the channel listings list all of
them. 1311, 1304 and 1297 are only on page 2 of "Tin tức nhà trường" (1311 also from a forum
reply; 1297 also from a "Xem thêm" line in 1319).

Traps:
1. ``<base href>``: every link and image is relative to the base (``articles/…``,
   ``filedata/fetch?…``), not to the page. Resolved against the page URL they give
   ``/articles/<ch>/articles/<ch>/…`` which 404s. Gold paths are the base-resolved ones.
2. Text without paragraphs: vBulletin renders BBCode, so the article text is one
   ``div.js-post__content-text`` of lines split by ``<br />`` (no ``<p>``); centred/right lines are
   ``<div style="text-align: …">``. Gold: each non-empty line is a paragraph; headings (bold
   lines), list items (``ol.decimal``/``ul`` from [LIST]) and ``table.bbcode-table`` rows (cells
   joined by " | ") are paragraphs too.
3. Dates in the vBulletin language pack: "20-11-2026, 10:15 SA" / "02-12-2026, 08:00 CH" (day
   first; SA/CH = AM/PM, "12:xx CH" is noon), and "Hôm qua, 03:45 CH" for yesterday (1360 ->
   2026-12-04T15:45:00+07:00). The ``<time datetime>`` beside it is the server's UTC clock without
   an offset ("2026-11-20T03:15:00"): gold follows the printed local time (+07:00).
4. Edit note "Sửa lần cuối bởi quantri; Hôm nay, 08:10 SA." under the text of 1360 and the
   account box's "Ngày tham gia: 15-08-2016" are not the publication date.
5. Comments are ``li.b-post`` items with the very same ``js-post__content-text`` markup as the
   article (and so are the sidebar's "Hoạt động gần đây" stream items): not body.
6. Comment pages reprint the article: ``…/1348-…/page2`` and ``…/1341-…/page2`` serve the
   starter post again with page-2 comments and a ``rel=canonical`` naming *themselves*; the home
   page's "Bình luận mới nhất" links ``…?p=<comment id>`` (the comment's page). All are
   alt_paths of the page-1 article, whose path is the gold canonical; so are ``?page=1`` and
   ``?page=2``, the GET targets of the comment page-jump form.
7. Renamed article: 1325's title (and slug) was edited; a forum reply and the member profile
   still link the old slug ``1325-hoc-sinh-tham-gia-ngay-hoi-stem``, which answers 200 with the
   same article and a canonical naming the new slug. Old slug -> alt_paths.
8. Quote box: [QUOTE] prints ``div.bbcode_container`` with a "Nguyên văn bởi <strong>…</strong>"
   line and the quoted ``div.message`` (1348). Gold: the quoted lines are body paragraphs, the
   "Nguyên văn bởi …" line is not (nor is it a byline: the posting account prints no author).
9. Smilies: ``<img class="inlineimg" src="images/smilies/…" title="Smile">`` inside the text (1297):
   neither text nor article images.
10. Attachments: image ``<img>`` carry the upload's file name as ``alt``/``title``
    ("IMG_20261120_091533.jpg"): never a caption; the caption is the centred italic line
    printed under the image, "(…)" taken off; a line "Ảnh: X" alone is a credit (caption None,
    X a photographer). The "Tệp đính kèm" block after the text repeats the images as
    ``&type=thumb`` thumbnails and lists a PDF (1337): neither images nor body.
11. Signature: the posting account's signature (``div.b-post__signature`` after an ``<hr>``,
    "Ban Quản trị Diễn đàn…") follows the text inside the same post box: not body. The account
    ("quantri", ``itemprop="author"``) is a CMS account: no author.
12. Topic prefix: 1337's ``h1`` starts with ``<span class="prefix">Thông báo</span>``; the headline
    is the rest (``<title>`` has no prefix): gold title without "Thông báo".
13. Site notice bar (``ul#notices li.notice``) on every page, a long announcement about
    admissions to grade 10 that reads like a lead paragraph: chrome.
14. Numeric character references: 1304 was pasted from the old site in source mode, its whole
    text is written as ``&#7897;``/``&agrave;`` references; it reads as normal Vietnamese.
15. Page jump and filters are script-only: the listing's filter bar has ``href="#"`` with
    ``data-filter-*`` attributes, the page jump is a GET form (``?page=N``, served); the next page
    is only an arrow ``a.js-pagenav-next-button`` with an icon and no text.

Gold decisions on ambiguous points:
- Forum topics are community discussions, not the school's articles: not gold (two are in
  NON_ARTICLES). Member profiles, custom pages (intro, contact), search/tag pages: not articles.
- category = the article's channel as the last breadcrumb prints it (the root "Bài viết" is not).
- Right-aligned closing lines are bylines/source lines, not body: "Tổ Văn phòng", "Tổ Giáo vụ",
  "BCH Đoàn trường" (units signing alone) are authors as printed; "PHÓ HIỆU TRƯỞNG" + name: the
  name; "ThS. Đinh Thị Lan – Tổ Hóa học" -> "Đinh Thị Lan"; "Người viết: X" -> X;
  "Bài và ảnh: X" -> X in both; "Theo Báo Ninh Bình" -> source "Báo Ninh Bình".
- summary: the bold first line (1348, 1333, 1358) is a sapo; no other article has one.
- A "Xem thêm: <link>" closing line (1319) is not body.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

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
    text,
)

NAME = "vbulletin5_thpt"
PLATFORM = "vBulletin 5 Connect (CMS Articles + forum)"
START_PATH = "/"

SITE = "Diễn đàn Chuyên Lương Văn Tụy"
TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
COMMENTS_PER_PAGE = 5

CHANNELS = {
    "tin-tuc-nha-truong": "Tin tức nhà trường",
    "thanh-tich-hoc-sinh": "Thành tích học sinh",
    "doan-truong": "Đoàn trường",
}
FORUMS = {
    "hoi-dap-hoc-tap": "Hỏi đáp học tập",
    "cuu-hoc-sinh": "Cựu học sinh",
}
#: id -> (slug, shown name, rank, joined, posts)
MEMBERS = {
    5: ("quantri", "quantri", "Quản trị viên", "15-08-2016", "1.284"),
    12: ("thuha-lvt", "thuha_lvt", "Giáo viên", "02-09-2018", "236"),
    19: ("dinhlan-hoa", "dinhlan.hoa", "Giáo viên", "11-03-2019", "148"),
    27: ("bithu-doantruong", "bithu.doantruong", "BCH Đoàn trường", "20-08-2021", "412"),
    31: ("k38-van", "k38.van", "Cựu học sinh", "07-06-2017", "95"),
    44: ("hs-minhkhoi", "hs.minhkhoi", "Học sinh", "05-09-2025", "37"),
}
SIGNATURE = (
    "Ban Quản trị Diễn đàn Chuyên Lương Văn Tụy — mọi ý kiến đóng góp xin gửi về hộp thư "
    "diendan@c3lvtuy.edu.vn. Vui lòng đọc nội quy trước khi gửi bài."
)
NOTICE = (
    "Thông báo: Nhà trường công bố dự thảo phương án tuyển sinh vào lớp 10 chuyên năm học "
    "2027 – 2028. Học sinh lớp 9 và phụ huynh theo dõi chuyên mục Tin tức nhà trường để cập nhật "
    "lịch thi, môn thi và các mốc đăng ký dự tuyển."
)


def _img(att: int, d: int, printed: str | None, caption: str | None, style: str = "next",
         name: str = "") -> Img:
    return Img(f"/filedata/fetch?id={att}&d={d}", printed, caption, style=style + "|" + name)


def _right(line: str, tag: str = "b") -> Raw:
    return Raw(f'<div style="text-align: right;"><{tag}>{line}</{tag}></div>')


STORIES: list[Story] = [
    Story(
        1360, "hoi-nghi-cha-me-hoc-sinh-khoi-12-nam-hoc-2026-2027",
        "Hội nghị cha mẹ học sinh khối 12 năm học 2026 – 2027",
        "tin-tuc-nha-truong", "2026-12-04T15:45:00+07:00",
        [
            P("Chiều ngày 04/12/2026, Trường THPT Chuyên Lương Văn Tụy tổ chức Hội nghị cha mẹ học sinh "
              "khối 12 nhằm thông tin tới phụ huynh kết quả học tập giữa học kỳ I và kế hoạch ôn thi "
              "tốt nghiệp THPT năm 2027."),
            _img(5361, 1796373900, "Toàn cảnh hội nghị tại hội trường tầng 3 nhà A",
                 "Toàn cảnh hội nghị tại hội trường tầng 3 nhà A", name="IMG_20261204_154812.jpg"),
            P("Tham dự hội nghị có đồng chí Hiệu trưởng nhà trường, các đồng chí Phó Hiệu trưởng, giáo "
              "viên chủ nhiệm 12 lớp khối 12 cùng gần 500 phụ huynh học sinh."),
            P("Tại hội nghị, đại diện Ban Giám hiệu đã báo cáo tình hình học tập, rèn luyện của học sinh "
              "khối 12 trong nửa đầu học kỳ I; đồng thời phổ biến lịch ôn tập, lịch thi thử tốt nghiệp "
              "THPT do Sở GD&ĐT Ninh Bình tổ chức trong tháng 3/2027."),
            P("Sau phần làm việc chung, phụ huynh họp theo từng lớp để trao đổi trực tiếp với giáo viên "
              "chủ nhiệm về những vấn đề cụ thể của con em mình.", "tight"),
            _right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"user": 5, "printed": "Hôm qua, 03:45 CH", "edit": "Hôm nay, 08:10 SA",
              "tags": ["hoi-nghi"]},
    ),
    Story(
        1348, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Trường THPT Chuyên Lương Văn Tụy long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-nha-truong", "2026-11-20T10:15:00+07:00",
        [
            P("Sáng 20/11/2026, trong không khí trang trọng và ấm áp, Trường THPT Chuyên Lương Văn Tụy tổ "
              "chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026).", "bold"),
            P("Về dự buổi lễ có đại diện lãnh đạo Sở GD&ĐT Ninh Bình, lãnh đạo phường Hoa Lư, Ban đại diện "
              "cha mẹ học sinh cùng đông đảo thầy cô giáo đã nghỉ hưu và các thế hệ cựu học sinh của trường."),
            _img(5349, 1795150200, "Các đại biểu dự Lễ kỷ niệm", "Các đại biểu dự Lễ kỷ niệm",
                 name="IMG_20261120_091533.jpg"),
            P("Phát biểu tại buổi lễ, thầy Hiệu trưởng nhắc lại chặng đường hơn 60 năm xây dựng và phát "
              "triển của nhà trường:"),
            P("Mỗi thầy cô giáo Lương Văn Tụy hôm nay đều mang trên vai truyền thống của những thế hệ đi "
              "trước. Chúng ta tự hào, nhưng không được phép tự mãn.", "quote"),
            P("Nhà trường mong muốn mỗi thầy cô tiếp tục đổi mới phương pháp, lấy học sinh làm trung tâm, "
              "để mỗi giờ học là một giờ học hạnh phúc.", "quote"),
            P("Nhân dịp này, nhà trường khen thưởng 24 giáo viên có thành tích xuất sắc trong công tác bồi "
              "dưỡng học sinh giỏi năm học 2025 – 2026 và trao 30 suất học bổng “Tiếp bước thầy cô” cho "
              "học sinh có hoàn cảnh khó khăn vươn lên trong học tập."),
            _img(5350, 1795150260, "(Lãnh đạo nhà trường trao khen thưởng cho các thầy cô)",
                 "Lãnh đạo nhà trường trao khen thưởng cho các thầy cô", name="IMG_20261120_094107.jpg"),
            P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do Đoàn trường và các câu lạc bộ học "
              "sinh dàn dựng, gửi gắm lòng biết ơn tới các thầy cô giáo."),
            _img(5351, 1795150320, "Tiết mục múa “Bụi phấn” của tập thể lớp 11 Văn",
                 "Tiết mục múa “Bụi phấn” của tập thể lớp 11 Văn", name="DSC_0412.JPG"),
            _right("Tin, ảnh: Phạm Thu Hà"),
        ],
        authors=["Phạm Thu Hà"], photographers=["Phạm Thu Hà"],
        summary=("Sáng 20/11/2026, trong không khí trang trọng và ấm áp, Trường THPT Chuyên Lương Văn Tụy "
                 "tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)."),
        opts={"user": 12, "quote_by": "NGƯT Trần Văn Hùng – Hiệu trưởng", "tags": ["20-11", "hoi-nghi"],
              "comments": [
                  (8101, 31, "2026-11-20T12:02:00+07:00",
                   "Kính chúc các thầy cô luôn mạnh khỏe, hạnh phúc! Cựu học sinh K38 chuyên Văn nhớ thầy cô nhiều lắm."),
                  (8102, 44, "2026-11-20T13:40:00+07:00", "Tiết mục múa của lớp 11 Văn đẹp quá ạ."),
                  (8103, 12, "2026-11-20T15:05:00+07:00", "Cảm ơn các em đã gửi lời chúc tới thầy cô."),
                  (8104, 31, "2026-11-20T20:31:00+07:00", "Năm sau K38 sẽ về trường đông đủ hơn ạ."),
                  (8105, 44, "2026-11-21T06:55:00+07:00", "Em chúc thầy cô luôn vui và giữ lửa nghề ạ!"),
                  (8106, 27, "2026-11-21T09:12:00+07:00",
                   "Cảm ơn các bạn đoàn viên đã tham gia dàn dựng chương trình văn nghệ."),
                  (8107, 19, "2026-11-22T07:30:00+07:00", "Chúc mừng các thầy cô được khen thưởng!"),
              ]},
    ),
    Story(
        1337, "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        "tin-tuc-nha-truong", "2026-11-14T16:20:00+07:00",
        [
            P("Căn cứ Kế hoạch giáo dục năm học 2026 – 2027, nhà trường thông báo lịch kiểm tra cuối học kỳ "
              "I đối với khối 10, 11, 12 như sau:"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "row"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
            P("21/12/2026 | Chiều | Tiếng Anh | 60 phút", "row"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "row"),
            P("23/12/2026 | Sáng | Môn chuyên | 180 phút", "row"),
            P("Các môn còn lại kiểm tra theo lịch của từng tổ chuyên môn trong tuần từ 14/12 đến 19/12/2026."),
            P("Học sinh có mặt tại phòng kiểm tra trước giờ tính giờ làm bài 15 phút, mang theo thẻ học sinh "
              "và đồ dùng học tập theo quy định."),
            _right("PHÓ HIỆU TRƯỞNG<br />\nNguyễn Văn Thắng"),
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={"user": 5, "prefix": "Thông báo", "pdf": (5338, "Lich-KTCK-I-2026-2027.pdf", "184,2 KB"),
              "tags": ["lich-kiem-tra"]},
    ),
    Story(
        1325, "hoc-sinh-nha-truong-gianh-7-giai-tai-ngay-hoi-stem-tinh-ninh-binh",
        "Học sinh nhà trường giành 7 giải tại Ngày hội STEM tỉnh Ninh Bình năm 2026",
        "tin-tuc-nha-truong", "2026-11-07T09:00:00+07:00",
        [
            P("Ngày 06/11/2026, tại Trung tâm Văn hóa tỉnh, Sở GD&ĐT Ninh Bình tổ chức Ngày hội STEM dành "
              "cho học sinh trung học năm 2026 với sự tham gia của 86 sản phẩm đến từ 42 trường THCS, THPT "
              "trong tỉnh."),
            _img(5326, 1794021600, "Gian trưng bày sản phẩm của học sinh Trường THPT Chuyên Lương Văn Tụy",
                 "Gian trưng bày sản phẩm của học sinh Trường THPT Chuyên Lương Văn Tụy", name="stem01.jpg"),
            P("Đoàn học sinh nhà trường mang tới ngày hội 9 sản phẩm và giành 2 giải Nhất, 3 giải Nhì, 2 giải "
              "Ba. Các sản phẩm đạt giải Nhất gồm:"),
            P("Hệ thống cảnh báo ngập lụt sớm cho vùng trũng Kim Sơn (nhóm học sinh lớp 11 Lý);", "ul"),
            P("Máy lọc nước mini dùng vật liệu than tre (nhóm học sinh lớp 10 Hóa).", "ul"),
            _img(5327, 1794021660, "Ảnh: Lê Hoàng Nam", None, name="stem02.jpg"),
            P("Ngày hội là dịp để học sinh vận dụng kiến thức liên môn vào giải quyết các vấn đề thực tiễn "
              "của địa phương, đồng thời rèn luyện kỹ năng làm việc nhóm và thuyết trình."),
            _right("Tin: Nguyễn Minh Tuấn - Ảnh: Lê Hoàng Nam", "i"),
        ],
        authors=["Nguyễn Minh Tuấn"], photographers=["Lê Hoàng Nam"],
        opts={"user": 5, "old_slug": "hoc-sinh-tham-gia-ngay-hoi-stem", "tags": ["stem"]},
    ),
    Story(
        1311, "chuyen-de-day-hoc-phat-trien-nang-luc-mon-hoa-hoc",
        "Chuyên đề dạy học phát triển năng lực thực nghiệm môn Hóa học",
        "tin-tuc-nha-truong", "2026-10-29T14:00:00+07:00",
        [
            P("Thực hiện kế hoạch sinh hoạt chuyên môn theo nghiên cứu bài học, ngày 28/10/2026, Tổ Hóa học "
              "tổ chức chuyên đề “Dạy học phát triển năng lực thực nghiệm cho học sinh chuyên Hóa”."),
            P("1. Mục tiêu chuyên đề", "head"),
            P("Chuyên đề giúp giáo viên thống nhất cách thiết kế các hoạt động thí nghiệm theo hướng học sinh "
              "tự đề xuất giả thuyết, tự lựa chọn dụng cụ và đánh giá kết quả."),
            P("2. Nội dung chính", "head"),
            P("Thiết kế bài học “Tốc độ phản ứng hóa học” theo mô hình 5E;", "ol"),
            P("Sử dụng cảm biến và phần mềm thu thập số liệu trong thí nghiệm;", "ol"),
            P("Xây dựng rubric đánh giá năng lực thực nghiệm.", "ol"),
            P("Các ý kiến thảo luận đều đánh giá cao tính khả thi của chuyên đề và đề xuất nhân rộng cách làm "
              "sang các tổ Vật lí, Sinh học."),
            _right("ThS. Đinh Thị Lan – Tổ Hóa học"),
        ],
        authors=["Đinh Thị Lan"],
        opts={"user": 19},
    ),
    Story(
        1304, "doan-cong-tac-so-gd-dt-kiem-tra-cong-tac-chuan-bi-nam-hoc-moi",
        "Đoàn công tác Sở GD&ĐT kiểm tra công tác chuẩn bị năm học mới tại nhà trường",
        "tin-tuc-nha-truong", "2026-10-21T08:30:00+07:00",
        [
            P("Ngày 20/10/2026, Đoàn công tác của Sở GD&ĐT Ninh Bình do đồng chí Phó Giám đốc Sở làm trưởng "
              "đoàn đã đến kiểm tra công tác chuẩn bị và triển khai nhiệm vụ năm học 2026 – 2027 tại Trường "
              "THPT Chuyên Lương Văn Tụy."),
            P("Đoàn đã kiểm tra hồ sơ chuyên môn, cơ sở vật chất, thư viện, phòng thí nghiệm và dự giờ một số "
              "tiết học tại các lớp chuyên."),
            _img(5305, 1792547400, "Đoàn công tác kiểm tra phòng thí nghiệm Vật lí",
                 "Đoàn công tác kiểm tra phòng thí nghiệm Vật lí", name="kiemtra-sgd.jpg"),
            P("Theo kế hoạch, trong năm học này nhà trường tiếp tục triển khai chương trình giáo dục phổ thông "
              "2018 ở cả ba khối lớp và mở rộng mô hình câu lạc bộ học thuật."),
            P("Kết thúc buổi kiểm tra, đồng chí trưởng đoàn ghi nhận sự chuẩn bị chu đáo của nhà trường, đồng "
              "thời đề nghị tiếp tục quan tâm công tác giáo dục kỹ năng sống và bảo đảm an toàn trường học."),
            _right("Nguồn: Cổng TTĐT Sở GD&amp;ĐT Ninh Bình", "i"),
        ],
        source="Cổng TTĐT Sở GD&ĐT Ninh Bình",
        opts={"user": 5, "ncr": True},
    ),
    Story(
        1297, "hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        "Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
        "tin-tuc-nha-truong", "2026-10-12T07:45:00+07:00",
        [
            P("Sáng 11/10/2026, tại sân vận động nhà trường, Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027 "
              "đã chính thức khai mạc với sự tham gia của hơn 600 vận động viên là học sinh ba khối lớp."),
            _img(5298, 1791680000, "Các vận động viên diễu hành tại lễ khai mạc",
                 "Các vận động viên diễu hành tại lễ khai mạc", name="IMG_8841.JPG"),
            P("Hội khỏe năm nay gồm các môn: điền kinh, bóng đá nam, bóng chuyền nữ, cầu lông, cờ vua và kéo co."),
            P("Trận chung kết bóng đá nam giữa lớp 12 Toán và 11 Anh diễn ra vô cùng kịch tính, phải phân "
              "thắng bại bằng loạt sút luân lưu.", "smile:biggrin"),
            _img(5299, 1791680060, None, None, style="none", name="IMG_8903.JPG"),
            P("Kết quả chung cuộc, khối 12 dẫn đầu toàn đoàn; các vận động viên xuất sắc sẽ được chọn vào đội "
              "tuyển của trường tham dự Hội khỏe Phù Đổng tỉnh Ninh Bình.", "smile:smile"),
            _right("Bài và ảnh: Trần Quang Vinh"),
        ],
        authors=["Trần Quang Vinh"], photographers=["Trần Quang Vinh"],
        opts={"user": 27},
    ),
    Story(
        1355, "cong-bo-doi-tuyen-du-thi-chon-hsg-quoc-gia-nam-hoc-2026-2027",
        "78 học sinh được chọn vào đội tuyển dự thi chọn học sinh giỏi quốc gia năm học 2026 – 2027",
        "thanh-tich-hoc-sinh", "2026-11-28T17:10:00+07:00",
        [
            P("Ngày 27/11/2026, Sở GD&ĐT Ninh Bình ban hành quyết định thành lập đội tuyển học sinh giỏi dự "
              "thi chọn học sinh giỏi quốc gia THPT năm học 2026 – 2027. Trường THPT Chuyên Lương Văn Tụy có "
              "78 học sinh được chọn vào đội tuyển của tỉnh ở 12 môn thi."),
            P("Môn | Số học sinh | Trong đó lớp 11", "row"),
            P("Toán | 8 | 2", "row"),
            P("Vật lí | 7 | 1", "row"),
            P("Hóa học | 7 | 3", "row"),
            P("Tin học | 6 | 2", "row"),
            P("Ngữ văn | 7 | 1", "row"),
            P("Các đội tuyển sẽ tập trung ôn luyện tại trường từ ngày 01/12/2026 dưới sự hướng dẫn của các "
              "thầy cô giáo trong tổ chuyên môn và giảng viên các trường đại học."),
            _right("Người viết: Nguyễn Thị Hồng Nhung", "i"),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={"user": 5, "tags": ["hsg"]},
    ),
    Story(
        1333, "vu-duc-anh-gianh-huy-chuong-bac-olympic-tin-hoc-chau-a-thai-binh-duong",
        "Em Vũ Đức Anh giành Huy chương Bạc Olympic Tin học châu Á – Thái Bình Dương 2026",
        "thanh-tich-hoc-sinh", "2026-11-13T12:20:00+07:00",
        [
            P("Em Vũ Đức Anh, học sinh lớp 12 Tin, vừa xuất sắc giành Huy chương Bạc tại kỳ thi Olympic Tin "
              "học châu Á – Thái Bình Dương (APIO) năm 2026.", "bold"),
            _img(5334, 1794896400, "Em Vũ Đức Anh (thứ hai từ trái sang) cùng các thành viên đội tuyển Việt Nam",
                 "Em Vũ Đức Anh (thứ hai từ trái sang) cùng các thành viên đội tuyển Việt Nam",
                 name="apio2026.png"),
            P("Đây là lần thứ hai liên tiếp học sinh nhà trường có mặt trong đội tuyển quốc gia dự thi APIO. "
              "Trước đó, Đức Anh từng giành giải Nhì kỳ thi chọn học sinh giỏi quốc gia môn Tin học năm 2026."),
            P("Chia sẻ về bí quyết học tập, Đức Anh cho biết em luôn dành ít nhất ba giờ mỗi ngày để luyện "
              "giải thuật và tham gia các kỳ thi lập trình trực tuyến."),
            _right("Theo Báo Ninh Bình", "i"),
        ],
        source="Báo Ninh Bình",
        summary=("Em Vũ Đức Anh, học sinh lớp 12 Tin, vừa xuất sắc giành Huy chương Bạc tại kỳ thi Olympic "
                 "Tin học châu Á – Thái Bình Dương (APIO) năm 2026."),
        opts={"user": 5, "tags": ["hsg"]},
    ),
    Story(
        1301, "ket-qua-ky-thi-chon-hoc-sinh-gioi-lop-12-cap-tinh",
        "Kết quả kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026 – 2027",
        "thanh-tich-hoc-sinh", "2026-10-18T16:05:00+07:00",
        [
            P("Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026 – 2027 diễn ra trong hai ngày 07 và "
              "08/10/2026. Kết quả, học sinh nhà trường đạt 96 giải, trong đó có 31 giải Nhất, 38 giải Nhì, "
              "27 giải Ba."),
            P("Với kết quả này, Trường THPT Chuyên Lương Văn Tụy tiếp tục dẫn đầu tỉnh về số lượng và chất "
              "lượng giải.", "tight"),
            _img(5302, 1792314300, "Bảng tổng hợp kết quả theo môn", "Bảng tổng hợp kết quả theo môn",
                 name="ketqua-hsg12.png"),
            P("Nhà trường sẽ tổ chức tuyên dương, khen thưởng các học sinh đạt giải vào buổi chào cờ đầu tuần."),
            _right("Tổ Giáo vụ"),
        ],
        authors=["Tổ Giáo vụ"],
        opts={"user": 5},
    ),
    Story(
        1358, "chuong-trinh-ao-am-mua-dong-nam-2026",
        "Chương trình “Áo ấm mùa đông” năm 2026: trao 320 suất quà cho học sinh vùng cao",
        "doan-truong", "2026-12-02T20:00:00+07:00",
        [
            P("Ngày 30/11/2026, Đoàn trường THPT Chuyên Lương Văn Tụy phối hợp với Hội Cựu học sinh nhà trường "
              "tổ chức chương trình “Áo ấm mùa đông” tại xã Cúc Phương.", "bold"),
            _img(5359, 1796216400, "Đoàn viên trao quà cho học sinh Trường Tiểu học Cúc Phương",
                 "Đoàn viên trao quà cho học sinh Trường Tiểu học Cúc Phương", name="aoam2026-1.jpg"),
            P("Trong hơn hai tuần phát động, đoàn viên, học sinh toàn trường đã quyên góp được 1.250 áo ấm, "
              "420 chăn và 85 triệu đồng tiền mặt."),
            P("Tại chương trình, Đoàn trường đã trao 320 suất quà gồm áo ấm, sách vở và đồ dùng học tập cho "
              "học sinh có hoàn cảnh khó khăn."),
            _right("BCH Đoàn trường"),
        ],
        authors=["BCH Đoàn trường"],
        summary=("Ngày 30/11/2026, Đoàn trường THPT Chuyên Lương Văn Tụy phối hợp với Hội Cựu học sinh nhà "
                 "trường tổ chức chương trình “Áo ấm mùa đông” tại xã Cúc Phương."),
        opts={"user": 27},
    ),
    Story(
        1341, "dai-hoi-doan-truong-nhiem-ky-2026-2027",
        "Đại hội Đoàn trường nhiệm kỳ 2026 – 2027",
        "doan-truong", "2026-11-16T10:30:00+07:00",
        [
            P("Sáng 15/11/2026, Đoàn trường THPT Chuyên Lương Văn Tụy long trọng tổ chức Đại hội đại biểu Đoàn "
              "TNCS Hồ Chí Minh nhiệm kỳ 2026 – 2027."),
            P("Đại hội có 180 đại biểu đại diện cho hơn 1.000 đoàn viên của 36 chi đoàn trong toàn trường."),
            _img(5342, 1794803400, "Đoàn chủ tịch điều hành Đại hội", "Đoàn chủ tịch điều hành Đại hội",
                 name="daihoi-01.jpg"),
            P("Đại hội đã thông qua báo cáo tổng kết công tác Đoàn và phong trào thanh niên nhiệm kỳ 2025 – "
              "2026, đề ra phương hướng nhiệm vụ nhiệm kỳ mới với chủ đề “Tuổi trẻ Lương Văn Tụy – Bản lĩnh, "
              "sáng tạo, hội nhập”."),
            _img(5343, 1794803460, "(Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 ra mắt Đại hội)",
                 "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 ra mắt Đại hội", name="daihoi-02.jpg"),
            P("Đại hội đã bầu Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 gồm 15 đồng chí."),
            _right("Tin: Lê Hoàng Nam"),
        ],
        authors=["Lê Hoàng Nam"],
        opts={"user": 27, "comments": [
            (8201, 44, "2026-11-16T11:02:00+07:00", "Chúc mừng BCH Đoàn trường nhiệm kỳ mới!"),
            (8202, 31, "2026-11-16T12:15:00+07:00", "Tuổi trẻ Lương Văn Tụy luôn là niềm tự hào của cựu học sinh."),
            (8203, 19, "2026-11-16T14:48:00+07:00", "Chúc Đại hội thành công tốt đẹp."),
            (8204, 12, "2026-11-16T16:20:00+07:00", "Chúc các em hoàn thành tốt nhiệm vụ."),
            (8205, 44, "2026-11-17T07:05:00+07:00", "Khi nào có ảnh đầy đủ của Đại hội ạ?"),
            (8206, 27, "2026-11-17T08:30:00+07:00", "Ảnh đầy đủ BCH sẽ đăng trên trang Đoàn trường nhé."),
        ]},
    ),
    Story(
        1319, "cuoc-thi-tim-hieu-lich-su-que-huong-ninh-binh",
        "Phát động cuộc thi “Tìm hiểu lịch sử quê hương Ninh Bình” năm 2026",
        "doan-truong", "2026-11-03T15:00:00+07:00",
        [
            P("Nhằm giáo dục truyền thống và tình yêu quê hương cho đoàn viên, thanh niên, Đoàn trường phát động "
              "cuộc thi “Tìm hiểu lịch sử quê hương Ninh Bình” năm 2026."),
            P("Đối tượng dự thi là toàn thể học sinh đang học tập tại trường. Mỗi chi đoàn thành lập một đội thi "
              "gồm 3 thành viên."),
            P("Vòng sơ khảo diễn ra theo hình thức trắc nghiệm trực tuyến từ ngày 05/11 đến 12/11/2026; vòng "
              "chung kết tổ chức trên sân khấu vào ngày 22/11/2026."),
            P("Giải thưởng gồm 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích dành cho các đội thi "
              "xuất sắc."),
            Raw('<b>Xem thêm:</b> <a href="articles/tin-tuc-nha-truong/1297-hoi-khoe-phu-dong-cap-truong-nam-hoc-'
                '2026-2027">Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027</a><br />'),
        ],
        opts={"user": 27},
    ),
]
BY_ID = {s.id: s for s in STORIES}
TAGS = {"hoi-nghi": "hội nghị", "20-11": "20/11", "lich-kiem-tra": "lịch kiểm tra", "stem": "STEM",
        "hsg": "học sinh giỏi"}


def _path(story: Story, slug: str | None = None) -> str:
    return f"/articles/{story.cat}/{story.id}-{slug or story.slug}"


def _href(path: str) -> str:
    """A link as vBulletin 5 prints it: relative to ``<base href>``."""
    return esc(path.lstrip("/"))


def _dt(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def vbdate(iso: str) -> str:
    """'20-11-2026, 10:15 SA' as the Vietnamese language pack prints dd-mm-yyyy, h:i A."""
    d = _dt(iso)
    hour = d.hour % 12 or 12
    return f"{d:%d-%m-%Y}, {hour:02d}:{d:%M} {'SA' if d.hour < 12 else 'CH'}"


def utc_naive(iso: str) -> str:
    return (_dt(iso) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S")


def _printed(story: Story) -> str:
    return story.opts.get("printed") or vbdate(story.published_at or "")


def _time(iso: str, shown: str | None = None) -> str:
    return f'<time itemprop="dateCreated" datetime="{utc_naive(iso)}">{shown or vbdate(iso)}</time>'


def _listing(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.published_at or "", reverse=True)


def _member_link(uid: int, cls: str = "") -> str:
    slug, shown, *_ = MEMBERS[uid]
    return f'<a href="member/{uid}-{slug}" class="{cls}">{esc(shown)}</a>'


# --- chrome -------------------------------------------------------------------------------------


def _head(request: Request, title: str, canonical: str, extra: str, page_data: dict) -> str:
    base = base_url(request)
    data = {"baseurl": base, "baseurl_path": "/", "languageid": "2", "styleid": "23",
            "timenow": "1796443260", "pagenum": "1", **page_data}
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="vi-VN" id="vbulletin_html">
<head>
<base href="{base}/" />
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
<title>{esc(title)}</title>
<link rel="canonical" href="{base}/{_href(canonical)}" />
<meta property="og:site_name" content="{SITE}" />
<meta name="generator" content="vBulletin 5.7.5" />
{extra}
<link rel="icon" href="favicon.ico" />
<link rel="stylesheet" type="text/css" href="css.php?styleid=23&amp;td=ltr&amp;sheet=css_reset.css,css_unreset.css,css_utilities.css&amp;ts=1795000000" />
<script type="text/javascript">
if (location.hash) {{ document.write('<style type="text/css"> body {{ display:none; }} </style>'); }}
var uploadUrlTarget = "{base}/uploader/url";
var pageData = {json.dumps(data)};
var vBulletin = vBulletin || {{}}; vBulletin.version = '5.7.5';
vBulletin.phrase = {{precache: ["today", "yesterday", "more_ellipsis", "jump_to_page"]}};
</script>
</head>"""


def _chrome_top(crumbs: list[tuple[str, str]]) -> str:
    tabs = "".join(
        f'<li class="sub-section-item"><a href="articles/{slug}">{esc(name)}</a></li>' for slug, name in CHANNELS.items()
    )
    ftabs = "".join(
        f'<li class="sub-section-item"><a href="forum/{slug}">{esc(name)}</a></li>' for slug, name in FORUMS.items()
    )
    crumb_html = (
        '<li class="crumb ellipsis"><a class="crumb-link h-flex-valign-center" href="">'
        '<span class="b-icon b-icon__home" title="Trang chủ"></span></a></li>'
    )
    for i, (href, name) in enumerate(crumbs):
        last = i == len(crumbs) - 1
        crumb_html += (
            '<li class="crumb ellipsis"><span class="b-icon b-icon__chevron-right--gray separator"></span>'
            + (f'<span class="crumb-link">{esc(name)}</span>' if last and not href
               else f'<a class="crumb-link" href="{_href(href)}">{esc(name)}</a>')
            + "</li>"
        )
    return f"""
<body id="vb-page-body" class="l-desktop page-article vb-page view-mode logged-out" itemscope itemtype="http://schema.org/WebPage" data-usergroupid="1" data-styleid="23">
<script type="text/javascript">vBulletin.Responsive.Debounce.checkBrowserSize();</script>
<div id="outer-wrapper"><div id="wrapper">
<div id="header-axd" class="header-edit-box axdnum_1 h-clearfix">
 <div class="axd-container axd-container_header">
 <div class="header-wrapper"><div id="header" class="noselect">
  <div class="header-logo"><a href="./"><img src="filedata/fetch?filedataid=7" alt="Logo {SITE}" title="Trang chủ" /></a></div>
  <div class="b-top-ngay h-left">{TODAY}</div>
  <div class="toolbar"><ul class="h-right">
   <li class="search-container"><form id="searchForm" action="search" class="h-left" method="GET">
    <div class="h-left"><input type="text" name="q" id="q" class="textbox search-box" placeholder="Tìm kiếm" /></div>
    <button type="submit" id="btnSearch" class="search-btn" title="Tìm kiếm"><span class="b-icon b-icon__search"></span></button>
   </form></li>
   <li id="idLoginBtn" class="h-right"><form action="auth/login" method="post" class="js-login-form-main">
    <input type="text" name="username" placeholder="Tên tài khoản" /> <input type="password" name="password" placeholder="Mật khẩu" />
    <button type="submit" class="b-button b-button--primary js-login-button">Đăng nhập</button></form></li>
  </ul></div>
 </div></div>
 <div id="channel-tabbar" class="h-clearfix"><ul class="channel-tabbar-list h-left floating-items">
  <li class="section-item"><a class="navbar_home" href="">Trang chủ</a></li>
  <li class="section-item has-sub"><a href="articles">Bài viết</a><ul class="channel-tabbar-sublist">{tabs}</ul></li>
  <li class="section-item has-sub"><a href="forum">Diễn đàn</a><ul class="channel-tabbar-sublist">{ftabs}</ul></li>
  <li class="section-item"><a href="gioi-thieu">Giới thiệu trường</a></li>
  <li class="section-item"><a href="contact-us">Liên hệ</a></li>
  <li class="section-item"><a href="http://c3lvtuy.ninhbinh.edu.vn/" target="_blank">Website nhà trường</a></li>
 </ul></div>
 </div>
</div>
<ul id="notices" class="notices"><li class="notice restore" data-notice-id="3" data-notice-persistent="1">{esc(NOTICE)}</li></ul>
<div id="breadcrumbs-container"><ul id="breadcrumbs" class="h-clearfix" itemprop="breadcrumb">{crumb_html}</ul></div>
<div id="content"><div class="canvas-layout-container js-canvas-layout-container">
<div class="canvas-layout-row l-row l-row__fixed--right"><section class="l-col__large-12 l-col__fixed-colspan-1 l-col--fluid l-col__small--full">"""


def _sidebar(extra: str = "") -> str:
    return f"""</section>
<section class="l-col__fixed-colspan-2 l-col__small--full h-hide--on-preview">
{extra}
<div class="b-module canvas-widget default-widget forum-stats-widget" id="widget_41"><div class="widget-header"><h1 class="widget-title">Thống kê diễn đàn</h1></div>
 <div class="widget-content"><dl><dt>Chủ đề</dt><dd>3.612</dd><dt>Bài viết</dt><dd>28.904</dd><dt>Thành viên</dt><dd>6.117</dd>
 <dt>Thành viên mới nhất</dt><dd><a href="member/44-hs-minhkhoi">hs.minhkhoi</a></dd></dl></div></div>
<div class="b-module canvas-widget default-widget online-widget" id="widget_42"><div class="widget-header"><h1 class="widget-title">Ai đang online</h1></div>
 <div class="widget-content"><ul><li>Đang online: 41 (3 thành viên và 38 khách)</li><li>Hôm nay: 1.204</li><li>Tổng truy cập: 2.318.457</li></ul>
 <p class="h-text-size--11">Kỷ lục: 612 người cùng online lúc 21-06-2025, 09:14 CH.</p></div></div>
<div class="b-module canvas-widget default-widget poll-widget" id="widget_43"><div class="widget-header"><h1 class="widget-title">Bình chọn</h1></div>
 <div class="widget-content"><form action="ajax/api/node/poll-vote" method="post"><p>Bạn quan tâm nhất tới hoạt động nào của nhà trường?</p>
 <label><input type="radio" name="polloptionid" value="1" /> Câu lạc bộ học thuật</label><br />
 <label><input type="radio" name="polloptionid" value="2" /> Hoạt động tình nguyện</label><br />
 <label><input type="radio" name="polloptionid" value="3" /> Thể thao, văn nghệ</label><br />
 <button type="submit" class="b-button">Bình chọn</button></form></div></div>
<div class="b-module canvas-widget default-widget static-html-widget" id="widget_44"><div class="widget-header"><h1 class="widget-title">Liên kết</h1></div>
 <div class="widget-content"><ul><li><a href="https://ninhbinh.edu.vn/" target="_blank">Sở GD&amp;ĐT Ninh Bình</a></li>
 <li><a href="https://moet.gov.vn/" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
 <li><a href="https://www.facebook.com/c3lvtuy" target="_blank">Fanpage nhà trường</a></li></ul></div></div>
</section></div></div></div>"""


FOOTER = """
<div id="footer" class="h-clearfix"><div class="footer-links-wrapper"><ul class="nav-list h-right">
 <li><a href="contact-us">Liên hệ</a></li><li><a href="./">Trang chủ</a></li><li><a href="#" class="js-footer-go-to-top">Lên trên</a></li></ul></div>
 <div class="footer-info">Trường THPT Chuyên Lương Văn Tụy – Số 2 đường Xuân Thành, phường Hoa Lư, tỉnh Ninh Bình<br />
 Điện thoại: 0229 3871 288 – Email: c3chuyenlvt@ninhbinh.edu.vn</div>
 <p id="footer-current-datetime">Tất cả thời gian theo múi giờ GMT+7. Bây giờ là 09:41 SA.</p>
 <p id="footer-copyright">Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin&reg;</a> Version 5.7.5 <br />
 Copyright &copy; 2026 MH Sub I, LLC dba vBulletin. Bản quyền nội dung thuộc Ban liên lạc Cựu học sinh Chuyên Lương Văn Tụy.</p>
</div>
</div></div>
<script type="text/javascript" src="js/jquery/jquery-3.5.1.min.js"></script>
<script type="text/javascript" src="js/global.js"></script>
<script type="text/javascript">vBulletin.ready(function(){ vBulletin.conversation.init(); });</script>
</body></html>"""


def _page(request: Request, *, title: str, canonical: str, crumbs: list[tuple[str, str]], main: str,
          side: str = "", extra_head: str = "", page_data: dict | None = None) -> Response:
    doc = (
        _head(request, title, canonical, extra_head, page_data or {})
        + _chrome_top(crumbs) + main + _sidebar(side) + FOOTER
    )
    return html(doc)


# --- the article text ---------------------------------------------------------------------------


def _text(story: Story, value: str) -> str:
    return text(value, entities=1) if story.opts.get("ncr") else esc(value)


def _image(story: Story, img: Img) -> str:
    style, _, name = img.style.partition("|")
    src = _href(img.src)
    att = re.search(r"id=(\d+)", img.src).group(1)
    out = (
        f'<div style="text-align: center;"><a class="bbcode-attachment js-slideshow__gallery-node" href="{src}"'
        f' data-fancybox="gallery-{story.id}"><img class="bbcode-attachment thumbnail js-lightbox'
        f' bbcode-attachment--lightbox" src="{src}" alt="{esc(name)}" title="{esc(name)}"'
        f' data-attachmentid="{att}" data-align="center" data-size="full" border="0" /></a></div>\n'
    )
    if img.printed and style == "next":
        out += f'<div style="text-align: center;"><i>{_text(story, img.printed)}</i></div>\n'
    return out


def _story_html(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            out.append(_image(story, b))
        elif isinstance(b, Raw):
            out.append(b.html + "\n")
        else:
            style = b.style
            if style in ("ul", "ol", "row", "quote"):
                run = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                    run.append(blocks[i].text)
                    i += 1
                i -= 1
                if style == "ul":
                    out.append("<ul>" + "".join(f"<li>{_text(story, t)}</li>" for t in run) + "</ul>\n")
                elif style == "ol":
                    out.append('<ol class="decimal">' + "".join(f"<li>{_text(story, t)}</li>" for t in run)
                               + "</ol>\n")
                elif style == "row":
                    rows = []
                    for n, t in enumerate(run):
                        tag = "th" if n == 0 else "td"
                        cells = "".join(f'<{tag} class="bbcode-cell">{_text(story, c)}</{tag}>'
                                        for c in t.split(" | "))
                        rows.append(f'<tr class="bbcode-row">{cells}</tr>')
                    out.append('<div class="bbcode-table-wrapper"><table class="bbcode-table" data-class="grid">'
                               + "".join(rows) + "</table></div>\n")
                else:
                    msg = "<br />\n".join(_text(story, t) for t in run)
                    out.append(
                        '<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container">'
                        '<div class="bbcode_quote_container b-icon b-icon__ldquo-l--gray"></div>'
                        '<div class="bbcode_postedby">Nguyên văn bởi <strong>'
                        f'{esc(story.opts["quote_by"])}</strong></div>'
                        f'<div class="message">{msg}</div></div></div></div>\n'
                    )
            elif style == "bold":
                out.append(f"<b>{_text(story, b.text)}</b><br />\n<br />\n")
            elif style == "head":
                out.append(f'<b><span style="font-size:16px">{_text(story, b.text)}</span></b><br />\n')
            elif style.startswith("smile:"):
                kind = style.split(":", 1)[1]
                out.append(
                    f'{_text(story, b.text)} <img src="images/smilies/{kind}.png" border="0" alt=""'
                    f' title="{kind.title()}" class="inlineimg" /><br />\n<br />\n'
                )
            elif style == "tight":
                out.append(f"{_text(story, b.text)}<br />\n")
            else:
                out.append(f"{_text(story, b.text)}<br />\n<br />\n")
        i += 1
    return "".join(out)


def _userinfo(uid: int) -> str:
    slug, shown, rank, joined, posts = MEMBERS[uid]
    return f"""<div class="b-userinfo b-post__hide-when-deleted" itemprop="author" itemscope itemtype="http://schema.org/Person">
 <a href="member/{uid}-{slug}" class="b-avatar b-avatar--m b-avatar--thread"><img src="core/image.php?userid={uid}&amp;thumb=1&amp;dateline=1790000000" alt="{esc(shown)}" title="{esc(shown)}" /></a>
 <div class="b-userinfo__details"><div class="author h-text-size--14"><strong><a href="member/{uid}-{slug}" itemprop="url"><span itemprop="name">{esc(shown)}</span></a></strong></div>
 <div class="b-userinfo__rank">{esc(rank)}</div>
 <ul class="b-userinfo__additional-info-block h-margin-top-xl"><li class="b-userinfo__additional-info"><label>Ngày tham gia:</label> <span>{joined}</span></li>
 <li class="b-userinfo__additional-info"><label>Bài viết:</label> <span>{posts}</span></li></ul></div>
</div>"""


def _comment(story: Story, cid: int, uid: int, iso: str, msg: str, num: int) -> str:
    return f"""<li class="b-post js-post js-comment-entry__parent b-post--text h-restore--on-preview js-slideshow__gallery-node" data-node-id="{cid}" id="post{cid}" itemscope itemtype="http://schema.org/Comment">
<div class="b-post__grid"><div class="b-post__arrow"></div>{_userinfo(uid)}
<div class="b-post__body h-restore"><div class="b-post__timestamp OLD__post-date">{_time(iso)}</div>
<div class="b-post__content js-post__content"><hr class="b-divider--section" /><div class="js-post__content-wrapper h-restore">
<div class="OLD__post-content h-padtop-8"><div class="js-post__content-text restore h-wordwrap" itemprop="text">{esc(msg)}</div></div></div></div>
<div class="b-post__footer h-hide--on-preview"><ul class="h-left"><li><a href="{_href(_path(story))}#post{cid}" class="b-post__count">#{num}</a></li></ul>
<ul class="h-right"><li><a href="#" class="b-button b-button--secondary js-post-control__like">Thích</a></li><li><a href="#" class="js-post-control__reply">Trả lời</a></li></ul></div>
</div></div></li>"""


def _attachments(story: Story) -> str:
    items = []
    for img in story.images:
        _, _, name = img.style.partition("|")
        src = _href(img.src + "&type=thumb")
        items.append(f'<li><a href="{_href(img.src)}" class="js-slideshow__gallery-node"><img src="{src}"'
                     f' alt="{esc(name)}" class="b-post__attachment-thumb" /></a><span>{esc(name)}</span></li>')
    if "pdf" in story.opts:
        att, name, size = story.opts["pdf"]
        items.append(f'<li class="b-post__attachment--file"><span class="b-icon b-icon__attachment--gray"></span>'
                     f'<a href="filedata/fetch?id={att}&amp;d=1794654000">{esc(name)}</a> ({size}, 57 lượt tải)</li>')
    if not items:
        return ""
    return ('<div class="b-post__attachments h-margin-top-xl"><h4 class="b-post__attachments-title">Tệp đính kèm</h4>'
            f'<ul class="b-post__attachment-list">{"".join(items)}</ul></div>')


def _activity_stream(exclude: int) -> str:
    recent = [s for s in sorted(STORIES, key=lambda s: s.published_at or "", reverse=True) if s.id != exclude][:3]
    items = "".join(
        f'<li class="b-post js-post activity-stream-item" data-node-id="{s.id}"><div class="b-post__body">'
        f'<h3 class="b-post__title"><a href="{_href(_path(s))}">{esc(s.title)}</a></h3>'
        f'<div class="b-post__timestamp">{_time(s.published_at or "", _printed(s))}</div>'
        f'<div class="js-post__content-text restore">{esc(next(b.text for b in s.blocks if isinstance(b, P))[:140])}…</div>'
        "</div></li>"
        for s in recent
    )
    return ('<div class="b-module canvas-widget default-widget activitystream-widget" id="widget_40">'
            '<div class="widget-header"><h1 class="widget-title">Hoạt động gần đây</h1></div>'
            f'<div class="widget-content"><ul class="conversation-list activity-stream">{items}</ul></div></div>')


def _pagenav(base_path: str, page: int, pages: int) -> str:
    if pages < 2:
        return ""
    prev = (f'<a class="js-pagenav-button js-pagenav-prev-button b-button b-button--secondary" data-page="{page - 1}"'
            f' href="{_href(base_path if page == 2 else f"{base_path}/page{page - 1}")}" rel="prev">'
            '<span class="b-icon b-icon__arrow-left-s">Trang trước</span></a>') if page > 1 else ""
    nxt = (f'<a class="js-pagenav-button js-pagenav-next-button b-button b-button--secondary h-left"'
           f' data-page="{page + 1}" href="{_href(f"{base_path}/page{page + 1}")}" rel="next">'
           '<span class="b-icon b-icon__arrow-right-s"></span></a>') if page < pages else ""
    return f"""<div class="pagenav-container h-clearfix noselect"><div class="js-pagenav pagenav h-right" data-baseurl="{_href(base_path)}">{prev}
<a class="js-pagenav-button js-pagenav-current-button b-button b-button--secondary" data-page="{page}" href="javascript://" tabindex="-1">{page}</a>{nxt}</div>
<div class="pagenav-controls"><form class="pagenav-form h-left" action="{_href(base_path)}" method="get"><label>Trang</label>
<input type="text" name="page" class="js-pagenum textbox h-padding-horiz-none" value="{page}" /> <span>của</span> <span class="pagetotal">{pages}</span></form></div></div>"""


def article_page(request: Request, story: Story, cpage: int, canonical: str) -> Response:
    comments = story.opts.get("comments", [])
    cpages = max(1, -(-len(comments) // COMMENTS_PER_PAGE))
    shown = comments[(cpage - 1) * COMMENTS_PER_PAGE: cpage * COMMENTS_PER_PAGE]
    uid = story.opts["user"]
    prefix = story.opts.get("prefix")
    h1 = (f'<span class="prefix prefix-label">{esc(prefix)}</span> ' if prefix else "") + esc(story.title)
    edit = ""
    if "edit" in story.opts:
        edit = (f'<div class="b-post__edit h-margin-top-xl">Sửa lần cuối bởi {_member_link(5)}; '
                f'<span class="date">{story.opts["edit"]}</span>.</div>')
    sig = ""
    if uid == 5:
        sig = f'<div class="b-post__signature restore"><hr class="b-divider" />{esc(SIGNATURE)}</div>'
    tags = ""
    if story.opts.get("tags"):
        tags = ('<div class="b-post__tags">Thẻ: ' + ", ".join(
            f'<a href="search?searchJSON=%7B%22tag%22%3A%5B%22{t}%22%5D%7D" class="b-tag">{esc(TAGS[t])}</a>'
            for t in story.opts["tags"]) + "</div>")
    comment_html = "".join(
        _comment(story, cid, cu, iso, msg, (cpage - 1) * COMMENTS_PER_PAGE + n + 2)
        for n, (cid, cu, iso, msg) in enumerate(shown)
    )
    page_title = story.title + (f" - Trang {cpage}" if cpage > 1 else "") + f" - {SITE}"
    main = f"""
<div class="b-module canvas-widget default-widget conversation-content-widget forum-conversation-content-widget" id="widget_8" data-widget-id="8">
<div class="conversation-toolbar-wrapper"><h1 class="main-title js-main-title hide-on-editmode">{h1}</h1>
<div class="conversation-toolbar"><a href="#" class="b-button js-share" data-share-url="{_href(_path(story))}">Chia sẻ</a>
<a href="#" class="b-button js-print">In</a> <span class="b-post__viewcount">Lượt xem: {story.views()}</span></div></div>
<div class="conversation-content"><ul class="conversation-list list-container h-clearfix thread-view">
<li class="b-post js-post js-comment-entry__parent b-post--text b-post--first h-restore--on-preview js-slideshow__gallery-node" data-node-id="{story.id}" id="post{story.id}" itemscope itemprop="mainEntity" itemtype="http://schema.org/Article">
<div class="b-post__grid"><div class="b-post__arrow"></div>{_userinfo(uid)}
<div class="b-post__body h-restore b-post__hide-when-deleted">
<div class="b-post__timestamp OLD__post-date">{_time(story.published_at or "", _printed(story))}</div>
<div class="b-post__content js-post__content"><hr class="b-divider--section" />
<div class="js-post__content-wrapper h-restore"><div class="OLD__post-content h-padtop-8">
<div class="js-post__content-text restore h-wordwrap" itemprop="text">
{_story_html(story)}</div></div></div>
{_attachments(story)}
{edit}
{sig}
</div>
{tags}
<div class="b-post__footer h-hide--on-preview"><ul class="h-left"><li><a href="{_href(_path(story))}#post{story.id}" class="b-post__count">#1</a></li>
<li><span class="b-post__like-count">{story.id % 23 + 4} lượt thích</span></li></ul>
<ul class="h-right"><li><a href="#" class="b-button b-button--secondary js-post-control__like">Thích</a></li>
<li><a href="#" class="js-post-control__comment">Bình luận</a></li></ul></div>
</div></div></li>
{comment_html}
</ul></div>
{_pagenav(_path(story), cpage, cpages)}
<div class="conversation-reply-placeholder"><a href="#" class="js-login-to-reply">Đăng nhập để bình luận</a></div>
</div>"""
    extra = f'<meta name="description" content="{esc(story.title)}" />\n<meta property="og:type" content="article" />'
    return _page(
        request, title=page_title, canonical=canonical,
        crumbs=[("/articles", "Bài viết"), (f"/articles/{story.cat}", CHANNELS[story.cat])],
        main=main, side=_activity_stream(story.id), extra_head=extra,
        page_data={"nodeid": str(story.id), "channelid": str(20 + list(CHANNELS).index(story.cat)),
                   "pagenum": str(cpage)},
    )


# --- listings -----------------------------------------------------------------------------------


def _preview(s: Story) -> str:
    first = next(b.text for b in s.blocks if isinstance(b, P))
    short = first if len(first) <= 180 else first[:180].rsplit(" ", 1)[0] + "…"
    thumb = ""
    if s.images:
        thumb = (f'<a href="{_href(_path(s))}" class="cms-article-thumb"><img src="{_href(s.images[0].src + "&type=thumb")}"'
                 ' alt="" /></a>')
    n = len(s.opts.get("comments", []))
    return f"""<div class="b-article-preview js-cms-article" data-node-id="{s.id}">{thumb}
<h3 class="b-article-preview__title"><a href="{_href(_path(s))}">{esc(s.title)}</a></h3>
<div class="b-article-preview__meta">Bởi {_member_link(s.opts["user"])}, {_printed(s)} · {n} bình luận</div>
<div class="b-article-preview__text">{esc(short)}</div>
<a href="{_href(_path(s))}" class="b-article-preview__more">Đọc tiếp</a></div>"""


FILTER_BAR = """<div class="conversation-toolbar filter-bar js-filter-bar">
<a href="#" class="js-filter-item" data-filter-name="filter_sort" data-filter-value="created">Mới nhất</a>
<a href="#" class="js-filter-item" data-filter-name="filter_sort" data-filter-value="replies">Nhiều bình luận</a>
<a href="#" class="js-filter-item" data-filter-name="filter_time" data-filter-value="time_lastmonth">Tháng trước</a>
<a href="#" class="js-filter-item" data-filter-name="filter_time" data-filter-value="time_all">Mọi thời gian</a></div>"""


def channel_page(request: Request, cat: str, page: int) -> Response | None:
    items = _listing(cat)
    pages = max(1, -(-len(items) // PER_PAGE))
    if not 1 <= page <= pages:
        return None
    chunk = items[(page - 1) * PER_PAGE: page * PER_PAGE]
    base = f"/articles/{cat}"
    head = ""
    if page > 1:
        head += f'<link rel="prev" href="{base_url(request)}/{_href(base if page == 2 else f"{base}/page{page - 1}")}" />'
    if page < pages:
        head += f'<link rel="next" href="{base_url(request)}/{_href(f"{base}/page{page + 1}")}" />'
    main = (f'<div class="b-module canvas-widget cms-channel-widget" id="widget_12"><h1 class="main-title">'
            f'{esc(CHANNELS[cat])}</h1>{FILTER_BAR}<div class="cms-article-list">'
            + "".join(_preview(s) for s in chunk) + "</div>" + _pagenav(base, page, pages) + "</div>")
    return _page(request, title=f"{CHANNELS[cat]}" + (f" - Trang {page}" if page > 1 else "") + f" - {SITE}",
                 canonical=base if page == 1 else f"{base}/page{page}",
                 crumbs=[("/articles", "Bài viết"), ("", CHANNELS[cat])], main=main, extra_head=head,
                 page_data={"channelid": str(20 + list(CHANNELS).index(cat)), "pagenum": str(page)})


def articles_root(request: Request) -> Response:
    rows = []
    for cat, name in CHANNELS.items():
        newest = _listing(cat)[0]
        rows.append(f'<tr><td class="cell-forum"><a href="articles/{cat}" class="channel-title">{esc(name)}</a></td>'
                    f'<td class="cell-count">{len(_listing(cat))} bài viết</td><td class="cell-lastpost">'
                    f'<a href="{_href(_path(newest))}">{esc(newest.title)}</a><br />{_printed(newest)}</td></tr>')
    main = ('<div class="b-module canvas-widget channel-list-widget"><h1 class="main-title">Bài viết</h1>'
            '<table class="channel-list"><thead><tr><th>Chuyên mục</th><th>Số bài</th><th>Bài mới nhất</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')
    return _page(request, title=f"Bài viết - {SITE}", canonical="/articles", crumbs=[("", "Bài viết")], main=main)


def home(request: Request) -> Response:
    newest = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)[:5]
    latest_comments = [(BY_ID[1348], 8107), (BY_ID[1341], 8206)]
    lc = "".join(
        f'<li><a href="{_href(_path(s))}?p={cid}#post{cid}">Bình luận mới trong: {esc(s.title)}</a></li>'
        for s, cid in latest_comments
    )
    topics = "".join(
        f'<li><a href="forum/{t["forum"]}/{tid}-{t["slug"]}">{esc(t["title"])}</a></li>' for tid, t in TOPICS.items()
    )
    main = (
        '<div class="b-module canvas-widget static-html-widget"><h1 class="main-title">Chào mừng đến với '
        f'{SITE}</h1><p>Nơi giao lưu của các thế hệ thầy cô, học sinh và cựu học sinh Trường THPT Chuyên Lương '
        'Văn Tụy.</p></div>'
        '<div class="b-module canvas-widget cms-article-widget" id="widget_31"><div class="widget-header">'
        '<h1 class="widget-title">Bài viết mới</h1></div><div class="widget-content">'
        + "".join(_preview(s) for s in newest) + "</div></div>"
        '<div class="b-module canvas-widget"><div class="widget-header"><h1 class="widget-title">Bình luận mới nhất'
        f'</h1></div><ul>{lc}</ul></div>'
        '<div class="b-module canvas-widget"><div class="widget-header"><h1 class="widget-title">Chủ đề mới trên '
        f'diễn đàn</h1></div><ul>{topics}</ul></div>'
    )
    return _page(request, title=SITE, canonical="/", crumbs=[], main=main)


# --- forum, members, custom pages ---------------------------------------------------------------

TOPICS = {
    2104: {
        "forum": "hoi-dap-hoc-tap", "slug": "xin-tai-lieu-on-thi-hsg-hoa-hoc-lop-11",
        "title": "Xin tài liệu ôn thi HSG Hóa học lớp 11",
        "posts": [
            (44, "2026-11-30T21:14:00+07:00",
             "Em chào các anh chị, em đang ôn thi HSG Hóa lớp 11, anh chị nào có tài liệu chuyên đề động học "
             "cho em xin với ạ. Em cảm ơn!"),
            (19, "2026-12-01T07:02:00+07:00",
             'Em đọc bài <a href="articles/tin-tuc-nha-truong/1311-chuyen-de-day-hoc-phat-trien-nang-luc-mon-hoa-hoc">'
             "Chuyên đề dạy học phát triển năng lực thực nghiệm</a> nhé, tài liệu cô gửi qua lớp."),
            (31, "2026-12-01T10:40:00+07:00",
             'Năm nay trường mình còn có giải STEM nữa: <a href="articles/tin-tuc-nha-truong/1325-hoc-sinh-tham-'
             'gia-ngay-hoi-stem">Học sinh tham gia Ngày hội STEM</a>. Chúc em ôn thi tốt!'),
        ],
    },
    2091: {
        "forum": "cuu-hoc-sinh", "slug": "hop-lop-k38-chuyen-van-20-nam-ngay-ra-truong",
        "title": "Họp lớp K38 chuyên Văn – 20 năm ngày ra trường",
        "posts": [
            (31, "2026-11-10T20:05:00+07:00",
             "Các bạn K38 Văn ơi, lớp mình dự kiến gặp mặt ngày 22/11/2026 tại trường. Bạn nào về được thì "
             "đăng ký ở đây nhé."),
            (31, "2026-11-21T22:10:00+07:00",
             'Hôm 20/11 vừa rồi mình có về dự lễ: <a href="articles/tin-tuc-nha-truong/1348-le-ky-niem-44-nam-'
             'ngay-nha-giao-viet-nam">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a>.'),
        ],
    },
}


def _topic_post(tid: int, n: int, uid: int, iso: str, msg: str) -> str:
    first = " b-post--first" if n == 1 else ""
    return f"""<li class="b-post js-post b-post--text{first}" data-node-id="{tid * 10 + n}" id="post{tid * 10 + n}">
<div class="b-post__grid">{_userinfo(uid)}<div class="b-post__body"><div class="b-post__timestamp">{_time(iso)}</div>
<div class="b-post__content js-post__content"><div class="js-post__content-text restore h-wordwrap" itemprop="text">{msg}</div></div>
<div class="b-post__footer"><a href="#post{tid * 10 + n}" class="b-post__count">#{n}</a></div></div></div></li>"""


def topic_page(request: Request, tid: int) -> Response:
    t = TOPICS[tid]
    posts = "".join(_topic_post(tid, n, *p) for n, p in enumerate(t["posts"], 1))
    main = (f'<div class="b-module canvas-widget conversation-content-widget"><h1 class="main-title js-main-title">'
            f'{esc(t["title"])}</h1><ul class="conversation-list list-container thread-view">{posts}</ul>'
            '<a href="#" class="js-login-to-reply">Đăng nhập để trả lời</a></div>')
    return _page(request, title=f'{t["title"]} - {SITE}', canonical=f'/forum/{t["forum"]}/{tid}-{t["slug"]}',
                 crumbs=[("/forum", "Diễn đàn"), (f'/forum/{t["forum"]}', FORUMS[t["forum"]])], main=main,
                 page_data={"nodeid": str(tid)})


def forum_channel(request: Request, forum: str) -> Response:
    rows = "".join(
        f'<tr class="topic-item"><td class="cell-topic"><a href="forum/{forum}/{tid}-{t["slug"]}" class="topic-title">'
        f'{esc(t["title"])}</a><div class="topic-info">Bởi {_member_link(t["posts"][0][0])}, '
        f'{vbdate(t["posts"][0][1])}</div></td><td class="cell-count">{len(t["posts"]) - 1} trả lời</td></tr>'
        for tid, t in TOPICS.items() if t["forum"] == forum
    )
    main = (f'<div class="b-module canvas-widget topic-list-widget"><h1 class="main-title">{esc(FORUMS[forum])}</h1>'
            f'{FILTER_BAR}<table class="topic-list">{rows}</table></div>')
    return _page(request, title=f"{FORUMS[forum]} - {SITE}", canonical=f"/forum/{forum}",
                 crumbs=[("/forum", "Diễn đàn"), ("", FORUMS[forum])], main=main)


def forum_root(request: Request) -> Response:
    rows = "".join(f'<tr><td><a href="forum/{slug}" class="channel-title">{esc(name)}</a></td></tr>'
                   for slug, name in FORUMS.items())
    main = f'<div class="b-module canvas-widget"><h1 class="main-title">Diễn đàn</h1><table class="channel-list">{rows}</table></div>'
    return _page(request, title=f"Diễn đàn - {SITE}", canonical="/forum", crumbs=[("", "Diễn đàn")], main=main)


def member_page(request: Request, uid: int) -> Response:
    slug, shown, rank, joined, posts = MEMBERS[uid]
    own = [s for s in STORIES if s.opts["user"] == uid]
    own += [BY_ID[1325]] if uid == 5 else []
    items = "".join(
        f'<li><a href="{_href(_path(s, s.opts.get("old_slug")) if s.id == 1325 else _path(s))}">{esc(s.title)}</a> – '
        f'{_printed(s)}</li>'
        for s in own[:4]
    )
    main = (f'<div class="b-module canvas-widget profile-widget"><h1 class="main-title">{esc(shown)}</h1>'
            f'<div class="profile-sidebar"><img src="core/image.php?userid={uid}&amp;dateline=1790000000" alt="" />'
            f'<div class="b-userinfo__rank">{esc(rank)}</div><dl><dt>Ngày tham gia</dt><dd>{joined}</dd>'
            f'<dt>Bài viết</dt><dd>{posts}</dd><dt>Lần truy cập cuối</dt><dd>Hôm nay, 07:12 SA</dd></dl></div>'
            '<div class="profile-tabs"><ul><li class="active"><a href="#activity-tab">Hoạt động</a></li>'
            '<li><a href="#about-tab">Giới thiệu</a></li></ul></div>'
            f'<div id="activity-tab"><ul class="activity-list">{items or "<li>Chưa có hoạt động.</li>"}</ul></div></div>')
    return _page(request, title=f"Trang cá nhân: {shown} - {SITE}", canonical=f"/member/{uid}-{slug}",
                 crumbs=[("", shown)], main=main)


def about(request: Request) -> Response:
    main = """<div class="b-module canvas-widget static-html-widget"><h1 class="main-title">Giới thiệu Trường THPT Chuyên Lương Văn Tụy</h1>
<div class="widget-content">Trường THPT Chuyên Lương Văn Tụy mang tên nhà giáo yêu nước Lương Văn Tụy, là trường chuyên duy nhất của tỉnh Ninh Bình.<br />
<br />
Trải qua hơn 60 năm xây dựng và phát triển, nhà trường đã đào tạo hàng chục nghìn học sinh, nhiều thế hệ học sinh đạt giải cao trong các kỳ thi học sinh giỏi quốc gia và quốc tế.<br />
<br />
Hiện nay nhà trường có 36 lớp với hơn 1.200 học sinh ở 13 môn chuyên, đội ngũ hơn 120 cán bộ, giáo viên, nhân viên.</div></div>"""
    return _page(request, title=f"Giới thiệu trường - {SITE}", canonical="/gioi-thieu",
                 crumbs=[("", "Giới thiệu trường")], main=main)


def contact(request: Request) -> Response:
    main = """<div class="b-module canvas-widget contactus-widget"><h1 class="main-title">Liên hệ Ban quản trị</h1>
<form action="contact-us/sendMail" method="post" class="contactus-form"><label>Họ tên <input type="text" name="name" /></label>
<label>Email <input type="text" name="email" /></label><label>Chủ đề <select name="subject"><option>Góp ý diễn đàn</option><option>Báo lỗi</option></select></label>
<label>Nội dung <textarea name="message"></textarea></label><button type="submit" class="b-button b-button--primary">Gửi</button></form>
<p>Văn phòng nhà trường: 0229 3871 288 (giờ hành chính).</p></div>"""
    return _page(request, title=f"Liên hệ - {SITE}", canonical="/contact-us", crumbs=[("", "Liên hệ")], main=main)


def search(request: Request) -> Response:
    main = ('<div class="b-module canvas-widget search-results-widget"><h1 class="main-title">Kết quả tìm kiếm</h1>'
            '<p>Không tìm thấy kết quả phù hợp. Vui lòng thử lại với từ khóa khác.</p></div>')
    return _page(request, title=f"Tìm kiếm - {SITE}", canonical="/search", crumbs=[("", "Tìm kiếm")], main=main)


# --- routing ------------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/articles/([a-z-]+)/(\d+)-([a-z0-9-]+)(?:/page(\d+))?$")
_CHANNEL = re.compile(r"^/articles/([a-z-]+)(?:/page(\d+))?$")
_TOPIC = re.compile(r"^/forum/([a-z-]+)/(\d+)-([a-z0-9-]+)$")
_MEMBER = re.compile(r"^/member/(\d+)-([a-z0-9-]+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path == "/filedata/fetch" or path == "/core/image.php":
            if params.get("id") == "5338":
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file("x.jpg")
        if path == "/css.php":
            return static_file("x.css")
        if path.startswith(("/images/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/" and not request.query:
            return home(request)
        if request.query and path not in ("/search",) and not path.startswith("/articles"):
            return None
        if path == "/articles" and not request.query:
            return articles_root(request)
        if m := _ARTICLE.match(path):
            return self._article(request, m)
        if m := _CHANNEL.match(path):
            cat, page = m.group(1), m.group(2)
            if cat not in CHANNELS or page == "1":
                return None
            if request.query:
                if page or set(params) != {"page"} or not params["page"].isdigit():
                    return None
                return channel_page(request, cat, int(params["page"]))
            return channel_page(request, cat, int(page or 1))
        if path == "/forum":
            return forum_root(request)
        if path.startswith("/forum/") and path[7:] in FORUMS:
            return forum_channel(request, path[7:])
        if m := _TOPIC.match(path):
            tid = int(m.group(2))
            t = TOPICS.get(tid)
            if t and t["forum"] == m.group(1) and t["slug"] == m.group(3):
                return topic_page(request, tid)
            return None
        if m := _MEMBER.match(path):
            uid = int(m.group(1))
            if uid in MEMBERS and MEMBERS[uid][0] == m.group(2):
                return member_page(request, uid)
            return None
        if path == "/gioi-thieu":
            return about(request)
        if path == "/contact-us":
            return contact(request)
        if path == "/search":
            return search(request)
        return None

    def _article(self, request: Request, m: re.Match) -> Response | None:
        cat, sid, slug, cpage = m.group(1), int(m.group(2)), m.group(3), m.group(4)
        story = BY_ID.get(sid)
        if not story or story.cat != cat or slug not in (story.slug, story.opts.get("old_slug")):
            return None
        comments = story.opts.get("comments", [])
        cpages = max(1, -(-len(comments) // COMMENTS_PER_PAGE))
        params = request.params
        if cpage is not None:
            if request.query or not 2 <= int(cpage) <= cpages or slug != story.slug:
                return None
            return article_page(request, story, int(cpage), f"{_path(story)}/page{cpage}")
        if request.query:
            ids = [c[0] for c in comments]
            if cpages > 1 and set(params) == {"page"} and params["page"] in {str(n) for n in range(1, cpages + 1)}:
                page = int(params["page"])
            elif set(params) != {"p"} or not params["p"].isdigit() or int(params["p"]) not in ids:
                return None
            else:
                page = ids.index(int(params["p"])) // COMMENTS_PER_PAGE + 1
            canon = _path(story) if page == 1 else f"{_path(story)}/page{page}"
            return article_page(request, story, page, canon)
        return article_page(request, story, 1, _path(story))


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alts: list[str] = []
    if story.opts.get("old_slug"):
        alts.append(_path(story, story.opts["old_slug"]))
    comments = story.opts.get("comments", [])
    if len(comments) > COMMENTS_PER_PAGE:
        alts.append(f"{_path(story)}/page2")
        alts.append(f"{_path(story)}?p={comments[-1][0]}")
        alts += [f"{_path(story)}?page=1", f"{_path(story)}?page=2"]
    return gold_record(story, _path(story), CHANNELS[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/contact-us",
    "/member/5-quantri",
    "/member/31-k38-van",
    "/forum/hoi-dap-hoc-tap/2104-xin-tai-lieu-on-thi-hsg-hoa-hoc-lop-11",
    "/forum/cuu-hoc-sinh/2091-hop-lop-k38-chuyen-van-20-nam-ngay-ra-truong",
]
