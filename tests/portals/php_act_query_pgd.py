"""Fixture portal: Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên (Hà Tĩnh), a home-made PHP site.

Platform: procedural PHP (mysqli), one ``index.php`` routing on ``$_GET['act']``, written in 2012
by a teacher of the district office and patched since (CKEditor added for new posts in 2016, a
``thumb.php`` resizer, an ``og:`` block). Table layout, Vietnamese short class names (``tde``,
``ttt``, ``nd``, ``phantrang``, ``ykien``), ``<br />`` everywhere.

URL scheme (all on ``/index.php``; ``/`` serves the same home page):
- ``?act=news&id=<N>``: a post (``&cat=<C>`` added by the listings: same page);
- ``?act=list&cat=<C>&p=<page>``: a category listing, 4 posts a page, newest id first;
- ``?act=page&name=<slug>``: static pages (gioi-thieu, co-cau-to-chuc, lien-he);
- ``?act=vanban`` (document register) and ``?act=vanban&id=<N>`` (one document);
- ``?act=timkiem&tukhoa=…`` (search, GET form), ``?act=binhchon`` / ``?act=guiykien`` (POST forms);
- ``/thumb.php?src=<upload path>&w=<width>`` and ``/upload/…``, ``/images/…``: image bytes.

Page templates: header (banner ``<h1>`` with the office's name, today's date "Thứ Bảy,
05/12/2026"), a menu of ``<ul>`` drop-downs, a marquee notice, a three-column layout table (left:
menu of categories, "Văn bản mới", links ``<select>``; middle: content; right: "Tin xem nhiều",
poll, visitor counter), footer. A post: breadcrumb, a BOM, the headline ``<div class="tde">``,
a top meta line, the ``tomtat`` (sapo) in ``<div class="ttt"><b>``, the text in
``<div class="nd">`` (either CKEditor ``<p>`` or legacy ``nl2br`` lines), a bottom meta line,
tools, reader comments with a form, "Các tin khác" (3 newest of the category).

How each gold post is reached: the home page links the 5 newest posts, the 2 newest of each
category and the right column's most-read; category listings link the rest; the two oldest posts
of "Tin tức - Sự kiện" (1207 and 1190) are only on page 2 of that listing
(``?act=list&cat=1&p=2``, linked by "2", "Sau »" and the jump ``<select>`` form).

Traps:
1. The only ``<h1>`` is the banner ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO CẨM XUYÊN"); the headline is a
   ``<div class="tde">`` and, on posts less than a week old, ends with ``<img src="images/new.gif"
   alt="Mới">``. Gold title: the headline's text only, without "Mới".
2. The titles are stored HTML-escaped and escaped again for ``<title>``/``og:title``: a quoted
   title shows ``&quot;`` literally there, and is cut at 60 characters with "...". Gold title:
   the headline with real quotes, full length.
3. Legacy posts are ``nl2br`` text: no ``<p>``, lines separated by ``<br />`` with empty lines
   between them, images in ``<div align="center">`` with the caption after a ``<br />`` in
   ``<i>``, raw ``&`` in "GD&ĐT". Gold: each line a paragraph, empty lines nothing, captions out.
4. The page is a layout of nested tables and one post holds a real data table: gold takes the
   data table's rows as paragraphs (cells joined by " | "), never the layout cells.
5. Dates: the top meta line prints "Ngày đăng: dd/mm/yyyy" (day only) or, on edited posts,
   "Cập nhật: 05/12/2026 08:10"; the bottom line prints "Đăng lúc 03:20 CH ngày 04/12/2026" on
   a 12-hour clock with SA/CH. Gold: the bottom line's day and time read on 24 hours
   ("03:20 CH" -> 15:20, "12:15 CH" -> 12:15, "08:30 SA" -> 08:30), never the update.
6. A post saved by the quick-post form has no date in the database and prints the Unix epoch
   in the site's zone, "01/01/1970" / "07:00 SA ngày 01/01/1970" (also in the listing). Gold:
   null (no real date is printed).
7. Each post is linked twice from the listings: thumbnail ``?act=news&id=N`` and title / "Chi
   tiết »" ``?act=news&id=N&cat=C``; ``og:url`` names the first. Gold: the plain form is the
   path and canonical, the ``&cat=`` form an alt path.
8. Reader comments ("Ý kiến bạn đọc") under the text: names, dates after the post's and
   paragraphs of text, plus a comment form. Gold: not body, not authors, not the date.
9. Bylines: a right-aligned bold last line ("Tin, ảnh: X", "Tin: X - Ảnh: Y", "ThS. X - GV
   Trường …", a unit "Tổ Văn phòng"), a closing "Theo Báo Hà Tĩnh"; the meta line's "Người đăng:
   pgd_camxuyen" is a CMS account. Gold as the house conventions say; the account is nobody.
10. ``header.php`` and ``mod/news.php`` were saved with a UTF-8 BOM: the page starts with a BOM
    and a second U+FEFF sits as a text node right before the headline. Gold: no U+FEFF anywhere.
11. New posts' photos go through ``thumb.php?src=upload/…&amp;w=550`` (query string in the image
    URL); the listings' thumbnails are the same script at ``w=120``; a photo printed only with
    "(Ảnh: X)" has no caption, X is a photographer. Gold image paths keep the query.
12. Pagination "Trang: [1] 2 Sau »" plus a jump ``<select name="p">`` form; a page past the end
    answers 200 "Chưa có tin nào" without links (bounded).
13. "Các tin khác" and the listing lines print other posts' titles with "(dd/mm/yyyy)" in the
    content cell, right after the comments: not body, not the date.

Gold decisions on ambiguous points:
- The epoch date (trap 6) is the PHP ``date()`` of an empty column, not a publication date:
  ``published_at`` is null for that post.
- The ``tomtat`` box is the sapo (its own element, bold): summary and first body paragraph;
  where it is empty, a bold first paragraph of the text is the sapo (post 1239); posts with
  neither have no summary.
- "Tin, ảnh: X" -> X author and photographer; "ThS. X - GV Trường THCS Cẩm Thạch" -> X; "Tổ Văn
  phòng" signing alone is the author as printed; "Theo Báo Hà Tĩnh" -> source "Báo Hà Tĩnh".
- Category: the breadcrumb's last item (the category's name as the menu prints it).
- The listings' ``?act=list&cat=C&p=1`` (jump form) equals ``?act=list&cat=C``: a listing, not gold.
"""

from __future__ import annotations

import re

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

NAME = "php_act_query_pgd"
PLATFORM = "Home-made procedural PHP (mysqli, index.php?act=…), 2012, patched"
START_PATH = "/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
BOM = "\ufeff"
PAGE_SIZE = 4

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Hoạt động chuyên môn",
    3: "Giáo dục Mầm non",
    4: "Giáo dục Tiểu học",
    5: "Giáo dục THCS",
    6: "Công đoàn - Đoàn thể",
}


def _right(text: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(text)}</strong></p>')


STORIES: list[Story] = [
    Story(
        id=1241,
        slug="hoi-thi-gvdg-tieu-hoc",
        title='Hội thi "Giáo viên dạy giỏi" cấp huyện bậc Tiểu học năm học 2026-2027 thành công tốt đẹp',
        cat="1",
        published_at="2026-12-04T15:20:00+07:00",
        summary=(
            "Sau 5 ngày diễn ra sôi nổi, nghiêm túc, Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu "
            "học năm học 2026-2027 đã bế mạc chiều 04/12 tại Trường Tiểu học Thị trấn Cẩm Xuyên."
        ),
        sapo_outside=True,
        authors=["Phan Văn Long"],
        photographers=["Phan Văn Long"],
        blocks=[
            P(
                "Hội thi có 86 giáo viên đến từ 28 trường tiểu học trên địa bàn huyện tham gia. Mỗi "
                "giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành 2 tiết dạy "
                "trên lớp, trong đó có 1 tiết môn Tiếng Việt hoặc Toán."
            ),
            Img(
                "thumb.php?src=upload/tintuc/2026/12/gvdg-be-mac.jpg&amp;w=550",
                "Đồng chí Trưởng phòng GD&ĐT trao giấy chứng nhận cho các giáo viên đạt giải",
                "Đồng chí Trưởng phòng GD&ĐT trao giấy chứng nhận cho các giáo viên đạt giải",
                style="p",
            ),
            P(
                "Kết quả, Ban tổ chức công nhận 71 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp "
                "huyện, trong đó có 12 giáo viên được đề nghị tham gia hội thi cấp tỉnh."
            ),
            P(
                "Phát biểu bế mạc, đồng chí Trưởng phòng GD&ĐT ghi nhận sự chuẩn bị công phu của các "
                "nhà trường và đề nghị các tổ chuyên môn nhân rộng những tiết dạy hay."
            ),
            Img("thumb.php?src=upload/tintuc/2026/12/gvdg-tiet-day.jpg&amp;w=550", "(Ảnh: Phan Văn Long)", None, style="p"),
            P("Hội thi góp phần thực hiện hiệu quả Chương trình giáo dục phổ thông 2018 ở bậc Tiểu học."),
            _right("Tin, ảnh: Phan Văn Long"),
        ],
        opts={"mode": "p", "clock": "03:20 CH", "day": "04/12/2026", "new": True, "comments": [
            ("Nguyễn Thị Lan (GV TH Cẩm Vịnh)", "05/12/2026 07:12",
             "Chúc mừng các đồng nghiệp đã đạt kết quả cao trong hội thi!"),
            ("Phụ huynh", "05/12/2026 09:30", "Mong nhà trường tiếp tục có nhiều tiết dạy hay như vậy."),
        ]},
    ),
    Story(
        id=1239,
        slug="chuyen-de-ngu-van-8",
        title='Chuyên đề "Dạy học phát triển năng lực môn Ngữ văn 8" tại Trường THCS Cẩm Thạch',
        cat="2",
        published_at="2026-12-02T08:30:00+07:00",
        summary=(
            "Ngày 01/12, Phòng GD&ĐT tổ chức chuyên đề cấp huyện môn Ngữ văn lớp 8 với sự tham gia "
            "của hơn 50 giáo viên cốt cán các trường THCS."
        ),
        authors=["Nguyễn Thị Thu Hà"],
        blocks=[
            P(
                "Ngày 01/12, Phòng GD&ĐT tổ chức chuyên đề cấp huyện môn Ngữ văn lớp 8 với sự tham gia "
                "của hơn 50 giáo viên cốt cán các trường THCS.",
                style="b",
            ),
            P(
                "Tại chuyên đề, cô giáo Trần Thị Mai đã thực hiện tiết dạy minh họa bài \"Thu điếu\" "
                "của Nguyễn Khuyến theo hướng tổ chức hoạt động nhóm, giúp học sinh tự khám phá vẻ đẹp "
                "của bức tranh mùa thu làng quê."
            ),
            P("Các ý kiến thảo luận tập trung vào ba nội dung chính:", style="b"),
            P("- Thiết kế nhiệm vụ học tập phù hợp với từng đối tượng học sinh;"),
            P("- Sử dụng phiếu học tập và sơ đồ tư duy trong giờ đọc hiểu;"),
            P("- Đánh giá thường xuyên bằng bảng kiểm và rubric."),
            P(
                "Chuyên đề giúp giáo viên thống nhất cách tổ chức dạy học văn bản thơ theo định hướng "
                "phát triển phẩm chất, năng lực người học."
            ),
            _right("ThS. Nguyễn Thị Thu Hà - GV Trường THCS Cẩm Thạch"),
        ],
        opts={"mode": "p", "clock": "08:30 SA", "day": "02/12/2026", "new": True},
    ),
    Story(
        id=1236,
        slug="trao-qua-hoc-sinh-vung-lu",
        title="Trao 120 suất quà cho học sinh có hoàn cảnh khó khăn vùng lũ",
        cat="1",
        published_at="2026-11-28T09:45:00+07:00",
        summary="Sáng 27/11, Phòng GD&ĐT phối hợp với các nhà hảo tâm trao 120 suất quà cho học sinh các xã vùng lũ.",
        sapo_outside=True,
        authors=["Lê Minh Đức"],
        photographers=["Trần Thị Hoa"],
        blocks=[
            P(
                "Mỗi suất quà gồm 1 triệu đồng tiền mặt, sách vở và đồ dùng học tập, tổng trị giá "
                "gần 150 triệu đồng."
            ),
            P("Các em học sinh được nhận quà thuộc các xã Cẩm Duệ, Cẩm Mỹ, Cẩm Quan và Cẩm Thịnh."),
            Img(
                "upload/tintuc/2026/11/trao-qua-cam-due.jpg",
                "Trao quà cho học sinh Trường Tiểu học Cẩm Duệ",
                "Trao quà cho học sinh Trường Tiểu học Cẩm Duệ",
                style="br",
            ),
            P(
                "Đây là những học sinh có nhà bị ngập sâu, hư hỏng sách vở trong đợt mưa lũ cuối "
                "tháng 10 vừa qua."
            ),
            P("Dịp này, Công đoàn ngành GD&ĐT cũng trao 20 bộ bàn ghế cho điểm trường bị thiệt hại."),
            Raw("<b>Tin: Lê Minh Đức - Ảnh: Trần Thị Hoa</b>"),
        ],
        opts={"mode": "br", "clock": "09:45 SA", "day": "28/11/2026", "comments": [
            ("Hoàng Văn Nam", "28/11/2026 20:41", "Những việc làm thật ý nghĩa.\nCảm ơn các nhà hảo tâm."),
        ]},
    ),
    Story(
        id=1233,
        slug="mam-non-cam-thanh-hoi-cho-que",
        title="Trường Mầm non Cẩm Thành tổ chức ngày hội \"Bé vui chợ quê\"",
        cat="3",
        published_at="2026-11-24T10:05:00+07:00",
        summary="Ngày hội giúp trẻ làm quen với các hoạt động mua bán, các món ăn dân dã của quê hương.",
        sapo_outside=True,
        authors=["Võ Thị Hằng"],
        blocks=[
            P(
                "Các gian hàng được cô và trẻ các lớp trang trí bằng vật liệu tự nhiên như tre, nứa, "
                "lá chuối, rơm rạ."
            ),
            P("Trẻ được đóng vai người bán, người mua, làm quen với tiền giấy tự làm và cách chào hàng."),
            Img("thumb.php?src=upload/tintuc/2026/11/cho-que-1.jpg&amp;w=550", None, None, style="p"),
            P(
                "Ngày hội còn có các trò chơi dân gian: kéo co, ném còn, bịt mắt bắt dê thu hút đông "
                "đảo phụ huynh tham gia."
            ),
            _right("Võ Thị Hằng - Trường MN Cẩm Thành"),
        ],
        opts={"mode": "p", "clock": "10:05 SA", "day": "24/11/2026"},
    ),
    Story(
        id=1230,
        slug="ky-niem-20-11",
        title="Ngành Giáo dục Cẩm Xuyên tổ chức kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="1",
        published_at="2026-11-19T16:10:00+07:00",
        summary=(
            "Chiều 19/11, Phòng GD&ĐT tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và biểu dương nhà giáo tiêu biểu."
        ),
        sapo_outside=True,
        authors=["Tổ Văn phòng"],
        blocks=[
            P(
                "Dự buổi gặp mặt có đại diện lãnh đạo Huyện ủy, UBND huyện, các cán bộ quản lý, "
                "giáo viên tiêu biểu và các thầy cô giáo đã nghỉ hưu."
            ),
            P(
                "Năm học 2025-2026, toàn huyện có 42 giáo viên đạt giáo viên dạy giỏi cấp tỉnh, 315 "
                "học sinh đạt giải học sinh giỏi các cấp."
            ),
            Img(
                "thumb.php?src=upload/tintuc/2026/11/20-11-bieu-duong.jpg&amp;w=550",
                "(Biểu dương 30 nhà giáo tiêu biểu năm 2026)",
                "Biểu dương 30 nhà giáo tiêu biểu năm 2026",
                style="p",
            ),
            P("Tại buổi lễ, 30 nhà giáo tiêu biểu được UBND huyện tặng giấy khen."),
            P(
                "Theo kế hoạch, trong tháng 12 ngành sẽ tiếp tục tổ chức các hoạt động thi đua chào "
                "mừng Ngày thành lập Quân đội nhân dân Việt Nam."
            ),
            _right("Tổ Văn phòng"),
        ],
        opts={"mode": "p", "clock": "04:10 CH", "day": "19/11/2026", "edited": "05/12/2026 08:10"},
    ),
    Story(
        id=1229,
        slug="ket-qua-hsg-lop-9",
        title="Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
        cat="5",
        published_at="2026-11-16T14:00:00+07:00",
        summary="Kỳ thi có 412 học sinh dự thi ở 9 môn, 236 em đạt giải.",
        sapo_outside=True,
        authors=["Phòng GD&ĐT"],
        blocks=[
            P("Kỳ thi được tổ chức ngày 08/11 tại Trường THCS Cẩm Xuyên, đảm bảo nghiêm túc, đúng quy chế."),
            P("Kết quả một số trường dẫn đầu như sau:"),
            P("TT | Trường | Số giải | Giải Nhất", style="hrow"),
            P("1 | THCS Cẩm Xuyên | 48 | 9", style="row"),
            P("2 | THCS Cẩm Thạch | 21 | 2", style="row"),
            P("3 | THCS Cẩm Vịnh | 19 | 1", style="row"),
            P("Các em đạt giải được chọn vào đội tuyển ôn luyện dự thi cấp tỉnh vào tháng 3/2027."),
            _right("Phòng GD&ĐT"),
        ],
        opts={"mode": "p", "clock": "02:00 CH", "day": "16/11/2026"},
    ),
    Story(
        id=1226,
        slug="sinh-hoat-chuyen-mon-cum-2",
        title="Sinh hoạt chuyên môn cụm trường Tiểu học số 2 theo hướng nghiên cứu bài học",
        cat="2",
        published_at="2026-11-12T12:15:00+07:00",
        authors=["Đặng Thị Thúy"],
        blocks=[
            P("Sáng 11/11, cụm trường Tiểu học số 2 tổ chức sinh hoạt chuyên môn tại Trường TH Cẩm Quang."),
            P(
                "Tiết dạy minh họa môn Toán lớp 3 bài \"Làm quen với chữ số La Mã\" do cô giáo Lê Thị "
                "Nga thực hiện."
            ),
            P("Giáo viên dự giờ tập trung quan sát học sinh học như thế nào, khó khăn ở đâu."),
            P("Sau buổi sinh hoạt, các trường trong cụm thống nhất lịch sinh hoạt luân phiên hằng tháng."),
            Raw("<b>Đặng Thị Thúy</b>"),
        ],
        opts={"mode": "br", "clock": "12:15 CH", "day": "12/11/2026"},
    ),
    Story(
        id=1222,
        slug="kiem-tra-an-toan-truong-hoc",
        title="Cẩm Xuyên: 100% trường học hoàn thành kiểm tra an toàn sau mùa mưa bão",
        cat="1",
        published_at="2026-11-06T07:50:00+07:00",
        summary="Các trường đã rà soát cơ sở vật chất, cây xanh, hệ thống điện trước khi đón học sinh trở lại.",
        sapo_outside=True,
        authors=["Nguyễn Văn Tuấn"],
        blocks=[
            P("Phòng GD&ĐT đã thành lập 4 đoàn kiểm tra, đến trực tiếp 64 trường học trên địa bàn."),
            P("Qua kiểm tra, 9 phòng học xuống cấp đã được ngừng sử dụng và bố trí phòng học tạm."),
            Img(
                "upload/tintuc/2026/11/kiem-tra-phong-hoc.jpg",
                "Đoàn kiểm tra tại Trường TH Cẩm Lạc",
                "Đoàn kiểm tra tại Trường TH Cẩm Lạc",
                style="br",
            ),
            P("Các trường được yêu cầu cắt tỉa cây xanh, kiểm tra hệ thống điện và phương án sơ tán."),
            Raw("<b>Nguyễn Văn Tuấn</b>"),
        ],
        opts={"mode": "br", "clock": "07:50 SA", "day": "06/11/2026"},
    ),
    Story(
        id=1217,
        slug="ngay-hoi-doc-sach-cam-quang",
        title="Trường Tiểu học Cẩm Quang tổ chức Ngày hội đọc sách",
        cat="4",
        published_at="2026-11-02T15:35:00+07:00",
        summary="Ngày hội nhằm khơi dậy niềm đam mê đọc sách và xây dựng văn hóa đọc trong học sinh.",
        sapo_outside=True,
        authors=["Hồ Thị Phương"],
        photographers=["Hồ Thị Phương"],
        blocks=[
            P("Học sinh các lớp được tham gia giới thiệu sách, vẽ tranh theo nội dung truyện, đố vui."),
            P("Thư viện xanh của trường đã tiếp nhận thêm 350 đầu sách do phụ huynh quyên góp."),
            Img("upload/tintuc/2026/11/ngay-hoi-doc-sach.jpg", "Ảnh: Hồ Thị Phương", None, style="br"),
            P("Nhà trường duy trì 15 phút đọc sách đầu giờ vào thứ Ba và thứ Năm hằng tuần."),
            Raw("<b>Tin, ảnh: Hồ Thị Phương</b>"),
        ],
        opts={"mode": "br", "clock": "03:35 CH", "day": "02/11/2026"},
    ),
    Story(
        id=1214,
        slug="cong-doan-ung-ho-bao-lu",
        title="Công đoàn ngành Giáo dục phát động ủng hộ giáo viên bị thiệt hại do mưa lũ",
        cat="6",
        published_at="2026-10-30T09:00:00+07:00",
        summary="Mỗi đoàn viên ủng hộ tối thiểu 1 ngày lương để giúp đồng nghiệp khắc phục hậu quả mưa lũ.",
        sapo_outside=True,
        authors=["Thanh Hà"],
        source="Báo Hà Tĩnh",
        blocks=[
            P("Đợt mưa lũ cuối tháng 10 làm 27 gia đình giáo viên trong huyện bị ngập nhà, hư hỏng tài sản."),
            P(
                "Theo kế hoạch, số tiền ủng hộ được các công đoàn cơ sở tập hợp và chuyển về Công đoàn "
                "ngành trước ngày 10/11/2026."
            ),
            P("Công đoàn ngành kêu gọi các nhà hảo tâm tiếp tục chung tay hỗ trợ."),
            _right("Thanh Hà"),
            Raw('<p style="text-align: right;"><em>Theo Báo Hà Tĩnh</em></p>'),
        ],
        opts={"mode": "p", "clock": "09:00 SA", "day": "30/10/2026"},
    ),
    Story(
        id=1211,
        slug="tap-huan-phan-mem-quan-ly",
        title="Tập huấn phần mềm quản lý trường học cho cán bộ, giáo viên",
        cat="2",
        published_at="2026-10-27T13:30:00+07:00",
        summary="Hơn 200 cán bộ quản lý, nhân viên văn thư và giáo viên chủ nhiệm tham gia lớp tập huấn.",
        sapo_outside=True,
        authors=["Phạm Quốc Việt"],
        blocks=[
            P("Lớp tập huấn chia thành 3 đợt, tổ chức tại phòng máy Trường THCS Cẩm Xuyên."),
            P("Học viên được hướng dẫn nhập điểm, quản lý hồ sơ học sinh và xuất báo cáo thống kê."),
            P("Từ học kỳ II, toàn bộ sổ điểm các trường trong huyện sẽ sử dụng sổ điểm điện tử."),
            _right("Phạm Quốc Việt"),
        ],
        opts={"mode": "p", "clock": "01:30 CH", "day": "27/10/2026"},
    ),
    Story(
        id=1207,
        slug="khai-mac-hoi-khoe-phu-dong",
        title="Khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XIV",
        cat="1",
        published_at="2026-10-21T08:00:00+07:00",
        summary="Hội khỏe thu hút gần 900 vận động viên của 45 trường tiểu học và THCS.",
        sapo_outside=True,
        authors=["Trần Đình Khoa"],
        blocks=[
            P("Các vận động viên tranh tài ở 8 môn: điền kinh, bơi, cầu lông, bóng bàn, cờ vua, đá cầu, võ, bóng đá."),
            P("Kết quả ngày thi đấu đầu tiên:"),
            P("Đơn vị | Vàng | Bạc | Đồng", style="hrow"),
            P("THCS Cẩm Xuyên | 5 | 3 | 2", style="row"),
            P("TH Thị trấn Cẩm Xuyên | 4 | 2 | 3", style="row"),
            Img("upload/tintuc/2026/10/hkpd-khai-mac.jpg", "Màn đồng diễn khai mạc", "Màn đồng diễn khai mạc", style="br"),
            P("Hội khỏe kéo dài đến hết ngày 25/10."),
            Raw("<b>Trần Đình Khoa</b>"),
        ],
        opts={"mode": "br", "clock": "08:00 SA", "day": "21/10/2026"},
    ),
    Story(
        id=1190,
        slug="tap-huan-pccc",
        title="Tập huấn công tác phòng cháy chữa cháy và cứu nạn cứu hộ trong trường học",
        cat="1",
        published_at=None,
        blocks=[
            P("Phòng GD&ĐT phối hợp với Công an huyện tổ chức tập huấn PCCC cho 120 cán bộ, giáo viên."),
            P("Học viên được hướng dẫn sử dụng bình chữa cháy, kỹ năng thoát nạn và sơ cứu người bị nạn."),
            P("Các trường xây dựng phương án chữa cháy tại chỗ và tổ chức diễn tập ít nhất 1 lần mỗi năm học."),
        ],
        opts={"mode": "br", "clock": "07:00 SA", "day": "01/01/1970"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
ORDER = sorted(STORIES, key=lambda s: -s.id)  # ORDER BY id DESC
MOST_READ = [1241, 1230, 1229, 1222, 1239]

VANBAN = {
    41: ("1256/PGDĐT-GDTH", "30/11/2026", "V/v tổ chức giao lưu Tiếng Việt của chúng em cấp huyện", "Nguyễn Hữu Thắng",
         "upload/vanban/1256-pgddt-gdth.pdf"),
    42: ("1231/KH-PGDĐT", "18/11/2026", "Kế hoạch kiểm tra nội bộ học kỳ I năm học 2026-2027", "Nguyễn Hữu Thắng",
         "upload/vanban/1231-kh-pgddt.pdf"),
    43: ("1198/PGDĐT-VP", "02/11/2026", "V/v báo cáo thiệt hại do mưa lũ", "Lê Văn Sơn",
         "upload/vanban/1198-pgddt-vp.pdf"),
}

PAGES = {
    "gioi-thieu": ("Giới thiệu chung", [
        "Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên là cơ quan chuyên môn thuộc UBND huyện, tham mưu "
        "quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ sở.",
        "Toàn huyện có 23 trường mầm non, 24 trường tiểu học, 17 trường THCS với hơn 30.000 học sinh.",
    ]),
    "co-cau-to-chuc": ("Cơ cấu tổ chức", [
        "Trưởng phòng: Nguyễn Hữu Thắng.",
        "Phó Trưởng phòng: Lê Văn Sơn, Hoàng Thị Minh.",
        "Các bộ phận: Mầm non, Tiểu học, THCS, Tổ chức - Văn phòng, Kế toán.",
    ]),
    "lien-he": ("Liên hệ", [
        "Địa chỉ: Khối 6, thị trấn Cẩm Xuyên, huyện Cẩm Xuyên, tỉnh Hà Tĩnh.",
        "Điện thoại: 0239.3861.234 - Email: pgdcamxuyen@hatinh.edu.vn",
    ]),
}

_FOOT_STYLE = "font:11px Tahoma;color:#555"


# --- rendering --------------------------------------------------------------------------------


def _cut(text: str, n: int = 60) -> str:
    """The teacher's ``cat_chuoi()``: cut at a word before n characters, add '...'."""
    if len(text) <= n:
        return text
    return text[:n].rsplit(" ", 1)[0] + "..."


def _db_title(s: Story) -> str:
    """The title as stored (htmlspecialchars at insert time)."""
    return esc(s.title)


def _thumb(s: Story) -> str:
    imgs = s.images
    if not imgs:
        return "images/noimage.jpg"
    src = imgs[0].src
    if src.startswith("thumb.php"):
        return src.replace("&amp;w=550", "&amp;w=120")
    return f"thumb.php?src={src}&amp;w=120"


def _date_short(s: Story) -> str:
    return s.opts["day"]


def _news_link(s: Story, with_cat: bool = False) -> str:
    return f"index.php?act=news&amp;id={s.id}" + (f"&amp;cat={s.cat}" if with_cat else "")


def _menu() -> str:
    def sub(items):
        return "<ul>" + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in items) + "</ul>"

    return (
        '<div id="menungang"><ul class="mn">'
        '<li><a href="index.php">Trang chủ</a></li>'
        '<li><a href="index.php?act=page&amp;name=gioi-thieu">Giới thiệu</a>'
        + sub([("index.php?act=page&amp;name=gioi-thieu", "Giới thiệu chung"),
               ("index.php?act=page&amp;name=co-cau-to-chuc", "Cơ cấu tổ chức")])
        + '</li><li><a href="index.php?act=list&amp;cat=1">Tin tức</a>'
        + sub([(f"index.php?act=list&amp;cat={c}", CATS[c]) for c in (1, 2, 6)])
        + '</li><li><a href="javascript:void(0)">Các bậc học</a>'
        + sub([(f"index.php?act=list&amp;cat={c}", CATS[c]) for c in (3, 4, 5)])
        + '</li><li><a href="index.php?act=vanban">Văn bản</a></li>'
        '<li><a href="index.php?act=page&amp;name=lien-he">Liên hệ</a></li>'
        "</ul></div>"
    )


def _left() -> str:
    cats = "".join(
        f'<tr><td class="dm"><img src="images/bullet.gif" alt="" /> '
        f'<a href="index.php?act=list&amp;cat={c}">{esc(n)}</a></td></tr>'
        for c, n in CATS.items()
    )
    vb = "".join(
        f'<li><a href="index.php?act=vanban&amp;id={i}">{esc(v[0])}</a> - {esc(_cut(v[2], 40))}</li>'
        for i, v in VANBAN.items()
    )
    return (
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="khung_tde">DANH MỤC</td></tr>'
        f"{cats}</table>"
        '<div class="khung_tde">VĂN BẢN MỚI</div><ul class="vbm">' + vb + "</ul>"
        '<div class="khung_tde">TÌM KIẾM</div>'
        '<form action="index.php" method="get"><input type="hidden" name="act" value="timkiem" />'
        '<input type="text" name="tukhoa" size="16" /> <input type="submit" value="Tìm" /></form>'
        '<div class="khung_tde">LIÊN KẾT WEBSITE</div>'
        '<select onchange="if(this.value!=\'\')window.open(this.value)"><option value="">-- Chọn liên kết --</option>'
        '<option value="http://hatinh.edu.vn">Sở GD&amp;ĐT Hà Tĩnh</option>'
        '<option value="https://moet.gov.vn">Bộ GD&amp;ĐT</option>'
        '<option value="http://camxuyen.hatinh.gov.vn">Cổng TTĐT huyện Cẩm Xuyên</option></select>'
        '<p><a href="https://www.facebook.com/pgdcamxuyen" target="_blank"><img src="images/facebook.png" alt="Facebook" /></a></p>'
    )


def _right_col() -> str:
    most = "".join(
        f'<li><a href="{_news_link(BY_ID[i])}">{_cut(_db_title(BY_ID[i]), 55)}</a></li>' for i in MOST_READ
    )
    return (
        '<div class="khung_tde">TIN XEM NHIỀU</div><ul class="xn">' + most + "</ul>"
        '<div class="khung_tde">THĂM DÒ Ý KIẾN</div>'
        '<form action="index.php?act=binhchon" method="post"><b>Bạn đánh giá thế nào về website?</b><br />'
        '<input type="radio" name="bc" value="1" /> Rất hữu ích<br />'
        '<input type="radio" name="bc" value="2" /> Hữu ích<br />'
        '<input type="radio" name="bc" value="3" /> Bình thường<br />'
        '<input type="submit" value="Bình chọn" /></form>'
        '<div class="khung_tde">THỐNG KÊ TRUY CẬP</div>'
        '<table class="tk"><tr><td>Đang online:</td><td>12</td></tr><tr><td>Hôm nay:</td><td>356</td></tr>'
        "<tr><td>Tổng truy cập:</td><td>1.254.873</td></tr></table>"
        '<p align="center"><img src="images/counter.gif" alt="" /></p>'
    )


def _layout(title: str, middle: str, request: Request, og: str = "") -> str:
    return (
        BOM  # header.php saved with a BOM
        + '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f"<title>{title}</title>\n"
        '<meta name="keywords" content="giáo dục, Cẩm Xuyên, Hà Tĩnh, PGD Cẩm Xuyên" />\n'
        f"{og}"
        '<link href="css/style.css" rel="stylesheet" type="text/css" />\n'
        '<script type="text/javascript" src="js/menu.js"></script>\n'
        "</head>\n<body>\n"
        '<table width="1000" align="center" cellpadding="0" cellspacing="0" id="khung">'
        '<tr><td colspan="3" id="banner"><img src="images/logo.png" alt="Logo" align="left" />'
        "<h1>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO CẨM XUYÊN</h1>"
        f'<div class="ngay_ht">{HEADER_DATE}</div></td></tr>'
        f'<tr><td colspan="3">{_menu()}</td></tr>'
        '<tr><td colspan="3"><marquee scrollamount="3" class="tbao">Chào mừng kỷ niệm 82 năm Ngày thành '
        "lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026)</marquee></td></tr>"
        f'<tr><td width="200" valign="top" class="cot_trai">{_left()}</td>'
        f'<td width="580" valign="top" class="cot_giua">{middle}</td>'
        f'<td width="220" valign="top" class="cot_phai">{_right_col()}</td></tr>'
        f'<tr><td colspan="3" id="footer"><div style="{_FOOT_STYLE}">'
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CẨM XUYÊN<br />"
        "Địa chỉ: Khối 6, thị trấn Cẩm Xuyên, Hà Tĩnh - ĐT: 0239.3861.234 - Email: pgdcamxuyen@hatinh.edu.vn<br />"
        "Thiết kế: Nguyễn Văn Tuấn - 2012. Ghi rõ nguồn khi phát hành lại thông tin từ website này."
        "</div></td></tr></table>\n</body></html>"
    )


def _tbl(rows: list[P]) -> str:
    out = ['<table border="1" cellpadding="3" cellspacing="0" style="width:100%;border-collapse:collapse"><tbody>']
    for r in rows:
        cells = r.text.split(" | ")
        if r.style == "hrow":
            out.append("<tr>" + "".join(f'<td align="center"><b>{esc(c)}</b></td>' for c in cells) + "</tr>")
        else:
            out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _body_p(s: Story) -> str:
    """CKEditor markup (posts written since the 2016 patch)."""
    out: list[str] = []
    rows: list[P] = []
    for b in s.blocks:
        if isinstance(b, P) and b.style in ("row", "hrow"):
            rows.append(b)
            continue
        if rows:
            out.append(_tbl(rows))
            rows = []
        if isinstance(b, P):
            inner = f"<strong>{esc(b.text)}</strong>" if b.style == "b" else esc(b.text)
            out.append(f'<p style="text-align: justify;">{inner}</p>')
        elif isinstance(b, Img):
            out.append(
                f'<p style="text-align: center;"><img alt="" src="{b.src}" style="width: 550px; height: 367px;" /></p>'
            )
            if b.printed:
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        else:
            out.append(b.html)
    if rows:
        out.append(_tbl(rows))
    return "\r\n".join(out)


def _body_br(s: Story) -> str:
    """Legacy ``nl2br`` text: raw, unescaped '&', empty lines between paragraphs."""
    out: list[str] = []
    rows: list[P] = []
    for b in s.blocks:
        if isinstance(b, P) and b.style in ("row", "hrow"):
            rows.append(b)
            continue
        if rows:
            out.append(_tbl(rows))
            rows = []
        if isinstance(b, P):
            out.append(b.text + "<br />\r\n<br />")
        elif isinstance(b, Img):
            cap = f"<br />\r\n<i>{b.printed}</i>" if b.printed else ""
            out.append(f'<div align="center"><img src="{b.src}" border="0" />{cap}</div>')
        else:
            out.append(b.html)
    if rows:
        out.append(_tbl(rows))
    return "\r\n".join(out)


def _meta_date(s: Story) -> str:
    if "edited" in s.opts:
        return f"Cập nhật: {s.opts['edited']}"
    return f"Ngày đăng: {s.opts['day']}"


def _news_page(s: Story, request: Request) -> Response:
    cat = int(s.cat)
    body = _body_p(s) if s.opts["mode"] == "p" else _body_br(s)
    new = ' <img src="images/new.gif" alt="Mới" border="0" />' if s.opts.get("new") else ""
    sapo = f'<div class="ttt"><b>{esc(s.summary)}</b></div>' if s.summary and s.sapo_outside else ""
    comments = s.opts.get("comments", [])
    ykien = "".join(
        f'<div class="yk"><b>{esc(n)}</b> <span class="ng">({d})</span><br />'
        + esc(t).replace("\n", "<br />\r\n")
        + "</div>"
        for n, d, t in comments
    )
    others = [o for o in ORDER if o.cat == s.cat and o.id != s.id][:3]
    other_html = "".join(
        f'<li><a href="{_news_link(o)}">{_db_title(o)}</a> <span class="ng">({_date_short(o)})</span></li>'
        for o in others
    )
    og = (
        f'<meta property="og:title" content="{esc(_cut(_db_title(s)))}" />\n'
        f'<meta property="og:url" content="{base_url(request)}/index.php?act=news&amp;id={s.id}" />\n'
        f'<meta property="og:image" content="{base_url(request)}/{_thumb(s)}" />\n'
    )
    middle = (
        f'<div class="dd"><a href="index.php">Trang chủ</a> » '
        f'<a href="index.php?act=list&amp;cat={cat}">{esc(CATS[cat])}</a></div>'
        f"{BOM}"  # mod/news.php saved with a BOM
        f'<div class="tde">{_db_title(s)}{new}</div>'
        f'<div class="tgian">{_meta_date(s)} | Lượt xem: {s.views()}</div>'
        f"{sapo}"
        f'<div class="nd">\r\n{body}\r\n</div>'
        f'<div class="tgian2">Đăng lúc {s.opts["clock"]} ngày {s.opts["day"]} | Người đăng: pgd_camxuyen</div>'
        '<div class="congcu"><a href="javascript:window.print()"><img src="images/print.gif" alt="" /> In bài</a>'
        ' | <a href="javascript:history.back()">Quay lại</a> | '
        f'<a href="https://www.facebook.com/sharer.php?u={base_url(request)}/index.php?act=news%26id={s.id}" '
        'target="_blank"><img src="images/share_fb.gif" alt="Chia sẻ" /></a></div>'
        f'<div class="ykien"><div class="ykien_tde">Ý kiến bạn đọc ({len(comments)})</div>{ykien}'
        '<form action="index.php?act=guiykien" method="post">'
        f'<input type="hidden" name="id" value="{s.id}" />Họ tên: <input type="text" name="hoten" /><br />'
        'Nội dung: <textarea name="noidung" rows="4" cols="50"></textarea><br />'
        '<input type="submit" value="Gửi ý kiến" /></form></div>'
        f'<div class="tinkhac"><b>Các tin khác:</b><ul>{other_html}</ul></div>'
    )
    title = f"PGD&amp;ĐT Cẩm Xuyên - {esc(_cut(_db_title(s)))}"
    return html(_layout(title, middle, request, og))


def _list_item(s: Story) -> str:
    tt = esc(s.summary) if s.summary and s.sapo_outside else ""
    return (
        '<table class="tin" width="100%"><tr>'
        f'<td width="130" valign="top"><a href="{_news_link(s)}"><img src="{_thumb(s)}" width="120" border="0" /></a></td>'
        f'<td valign="top"><a class="tdl" href="{_news_link(s, True)}">{_db_title(s)}</a> '
        f'<span class="ng">({_date_short(s)})</span><br />{tt} '
        f'<a href="{_news_link(s, True)}">Chi tiết »</a></td></tr></table>'
    )


def _list_page(cat: int, page: int, request: Request) -> Response:
    items = [s for s in ORDER if s.cat == str(cat)]
    pages = max(1, -(-len(items) // PAGE_SIZE))
    chunk = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    if chunk:
        lst = "".join(_list_item(s) for s in chunk)
        nav = ["Trang: "]
        if page > 1:
            nav.append(f'<a href="index.php?act=list&amp;cat={cat}&amp;p={page - 1}">« Trước</a> ')
        for n in range(1, pages + 1):
            nav.append(f"<b>[{n}]</b> " if n == page else f'<a href="index.php?act=list&amp;cat={cat}&amp;p={n}">{n}</a> ')
        if page < pages:
            nav.append(f'<a href="index.php?act=list&amp;cat={cat}&amp;p={page + 1}">Sau »</a>')
        if pages > 1:
            opts = "".join(
                f'<option value="{n}"{" selected" if n == page else ""}>{n}</option>' for n in range(1, pages + 1)
            )
            nav.append(
                ' <form action="index.php" method="get" style="display:inline">'
                f'<input type="hidden" name="act" value="list" /><input type="hidden" name="cat" value="{cat}" />'
                f'Đến trang <select name="p" onchange="this.form.submit()">{opts}</select></form>'
            )
        lst += f'<div class="phantrang">{"".join(nav)}</div>'
    else:
        lst = '<p class="thongbao">Chưa có tin nào trong mục này.</p>'
    middle = (
        f'<div class="dd"><a href="index.php">Trang chủ</a> » {esc(CATS[cat])}</div>'
        f'<div class="khung_tde">{esc(CATS[cat]).upper()}</div>{lst}'
    )
    return html(_layout(f"PGD&amp;ĐT Cẩm Xuyên - {esc(CATS[cat])}", middle, request))


def _home(request: Request) -> Response:
    top = ORDER[0]
    newest = "".join(
        f'<li><a href="{_news_link(s)}">{_db_title(s)}</a> <span class="ng">({_date_short(s)})</span></li>'
        for s in ORDER[1:5]
    )
    boxes = []
    for c, n in CATS.items():
        two = [s for s in ORDER if s.cat == str(c)][:2]
        boxes.append(
            f'<div class="khung_tde"><a href="index.php?act=list&amp;cat={c}">{esc(n)}</a></div><ul>'
            + "".join(f'<li><a href="{_news_link(s)}">{_db_title(s)}</a></li>' for s in two)
            + "</ul>"
        )
    middle = (
        '<div class="khung_tde">TIN NỔI BẬT</div>'
        f'<table width="100%"><tr><td width="260"><a href="{_news_link(top)}"><img src="{_thumb(top)}" width="250" /></a></td>'
        f'<td valign="top"><a class="tdl" href="{_news_link(top)}">{_db_title(top)}</a><br />{esc(top.summary or "")}</td></tr></table>'
        f'<div class="khung_tde">TIN MỚI CẬP NHẬT</div><ul class="tinmoi">{newest}</ul>' + "".join(boxes)
    )
    return html(_layout("PGD&amp;ĐT Cẩm Xuyên - Trang chủ", middle, request))


def _static_page(slug: str, request: Request) -> Response:
    title, paras = PAGES[slug]
    middle = (
        f'<div class="dd"><a href="index.php">Trang chủ</a> » {esc(title)}</div>'
        f'<div class="tde">{esc(title)}</div><div class="nd">'
        + "<br />\r\n".join(esc(p) for p in paras)
        + "</div>"
    )
    return html(_layout(f"PGD&amp;ĐT Cẩm Xuyên - {esc(title)}", middle, request))


def _vanban(vid: int | None, request: Request) -> Response:
    if vid is None:
        rows = "".join(
            f'<tr><td><a href="index.php?act=vanban&amp;id={i}">{esc(v[0])}</a></td><td>{v[1]}</td><td>{esc(v[2])}</td></tr>'
            for i, v in VANBAN.items()
        )
        middle = (
            '<div class="dd"><a href="index.php">Trang chủ</a> » Văn bản</div>'
            '<table border="1" cellpadding="3" cellspacing="0" width="100%">'
            "<tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>" + rows + "</table>"
        )
        return html(_layout("PGD&amp;ĐT Cẩm Xuyên - Văn bản", middle, request))
    so, ngay, trich, ky, f = VANBAN[vid]
    middle = (
        '<div class="dd"><a href="index.php">Trang chủ</a> » <a href="index.php?act=vanban">Văn bản</a></div>'
        f'<div class="tde">{esc(trich)}</div>'
        '<table border="1" cellpadding="4" cellspacing="0" width="100%">'
        f"<tr><td width=\"140\">Số/Ký hiệu:</td><td>{esc(so)}</td></tr>"
        f"<tr><td>Ngày ban hành:</td><td>{ngay}</td></tr>"
        f"<tr><td>Trích yếu:</td><td>{esc(trich)}</td></tr>"
        f"<tr><td>Người ký:</td><td>{esc(ky)}</td></tr>"
        f'<tr><td>Tệp đính kèm:</td><td><a href="{f}"><img src="images/pdf.gif" alt="" /> Tải về</a></td></tr>'
        "</table>"
    )
    return html(_layout(f"PGD&amp;ĐT Cẩm Xuyên - {esc(so)}", middle, request))


def _search(request: Request) -> Response:
    kw = request.params.get("tukhoa", "").strip()
    if not kw:
        res = "<p>Bạn chưa nhập từ khóa.</p>"
    else:
        hits = [s for s in ORDER if kw.lower() in s.title.lower()]
        res = "<ul>" + "".join(f'<li><a href="{_news_link(s)}">{_db_title(s)}</a></li>' for s in hits) + "</ul>"
        res = f"<p>Tìm thấy {len(hits)} kết quả cho từ khóa: <b>{esc(kw)}</b></p>" + res
    middle = '<div class="dd"><a href="index.php">Trang chủ</a> » Tìm kiếm</div>' + res
    return html(_layout("PGD&amp;ĐT Cẩm Xuyên - Tìm kiếm", middle, request))


def _thanks(request: Request, text: str) -> Response:
    middle = f'<p class="thongbao">{text}</p><p><a href="index.php">Về trang chủ</a></p>'
    return html(_layout("PGD&amp;ĐT Cẩm Xuyên", middle, request))


_INT = re.compile(r"^[0-9]{1,6}$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/thumb.php":
            src = request.params.get("src", "")
            return static_file(src) if src.startswith("upload/") else None
        if path.endswith(".pdf") and path.startswith("/upload/vanban/"):
            if any(path == "/" + v[4] for v in VANBAN.values()):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/images/", "/upload/", "/css/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        if path not in ("/", "/index.php"):
            return None
        prm = request.params
        act = prm.get("act")
        if request.method == "POST":
            if act == "binhchon":
                return _thanks(request, "Cảm ơn bạn đã tham gia bình chọn!")
            if act == "guiykien":
                return _thanks(request, "Ý kiến của bạn đã được gửi, đang chờ duyệt.")
            return None
        if act is None:
            return _home(request) if not prm else None
        if act == "news":
            if set(prm) - {"act", "id", "cat"} or not _INT.match(prm.get("id", "")):
                return None
            s = BY_ID.get(int(prm["id"]))
            if s is None or ("cat" in prm and prm["cat"] != s.cat):
                return None
            return _news_page(s, request)
        if act == "list":
            cat, p = prm.get("cat", ""), prm.get("p", "1")
            if set(prm) - {"act", "cat", "p"} or not _INT.match(cat) or int(cat) not in CATS or not _INT.match(p):
                return None
            if int(p) < 1 or int(p) > 9:
                return None
            return _list_page(int(cat), int(p), request)
        if act == "page":
            name = prm.get("name", "")
            return _static_page(name, request) if name in PAGES and len(prm) == 2 else None
        if act == "vanban":
            if "id" not in prm:
                return _vanban(None, request) if len(prm) == 1 else None
            if not _INT.match(prm["id"]) or int(prm["id"]) not in VANBAN:
                return None
            return _vanban(int(prm["id"]), request)
        if act == "timkiem":
            return _search(request)
        return None


def build_site() -> Site:
    return Site()


def _gold(s: Story) -> dict:
    return gold_record(
        s,
        f"/index.php?act=news&id={s.id}",
        CATS[int(s.cat)],
        canonical_path=f"/index.php?act=news&id={s.id}",
        alt_paths=[f"/index.php?act=news&id={s.id}&cat={s.cat}"],
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/index.php?act=page&name=gioi-thieu",
    "/index.php?act=page&name=co-cau-to-chuc",
    "/index.php?act=page&name=lien-he",
    "/index.php?act=vanban&id=41",
    "/index.php?act=vanban&id=42",
    "/index.php?act=vanban&id=43",
]
