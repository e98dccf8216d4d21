"""Typecho 1.2 news site of Trường THCS Nguyễn Du (phường Phú Hội, thành phố Huế).

Platform: Typecho 1.2.1 (PHP blog engine) with pretty URLs "with index.php" switched on, and a
school theme ("xiaoyuan") that a Huế web shop adapted from a Chinese theme: class names are
pinyin leftovers (``wenzhang``, ``wz-bt``, ``wz-nr``, ``mbx``, ``zuo``/``you``, ``bqsm``), the
breadcrumb still reads "Vị trí hiện tại: … » Nội dung" (the Chinese "当前位置 » 正文"), the
theme's ``functions.php`` forces ``date_default_timezone_set('Asia/Shanghai')`` for its Baidu
snippet, and listings print relative ages ("3 ngày trước").

URL scheme (every path also answers without the ``/index.php`` prefix: rewrite is on too):
- ``/`` home (pinned post on top of every page), ``/index.php/page/<n>/`` its pages 2-3;
- ``/index.php/archives/<cid>/`` posts; two posts imported from the old Joomla site keep
  ``/archives/<slug>.html`` (the theme's listings link that form, the core's month archive links
  ``/index.php/archives/<slug>.html``; ``/archives/<cid>/`` of an imported post is a 301 to it);
- ``/index.php/archives/<cid>/comment-page-<n>`` comment pages, ``…/?replyTo=<coid>`` reply links;
- ``/index.php/category/<slug>/``, the theme's pager prints ``/category/<slug>/<n>/``;
- ``/index.php/tag/<slug>/``, ``/index.php/author/1/``, ``/index.php/<yyyy>/<mm>/`` (sidebar
  "Lưu trữ"), ``/index.php/search/<kw>/`` (search form POSTs ``s`` to ``/index.php/``);
- ``/index.php/<slug>.html`` standalone pages; ``/index.php/feed/`` RSS 2.0;
- uploads under ``/usr/uploads/…``, theme files under ``/usr/themes/xiaoyuan/…``, listing
  thumbnails through ``/usr/themes/xiaoyuan/timthumb.php?src=…``.

Page templates: home/category/tag/author/month/search listings (``div.lb-item``: timthumb
thumbnail, ``h3`` title link, excerpt, relative age, "Đọc tiếp »"); the post page (breadcrumb
``div.mbx``, ``h2.wz-bt`` title under the site's ``h1.logo``, meta ``div.wz-xx``, text
``div.wz-nr``, tags, share, prev/next, "Bài cùng chuyên mục", comments ``ol.pl-list`` with a
comment form); standalone pages (breadcrumb, ``h2``, text, no meta); the password-protected post.

How each gold article is reached: home pages 1-3 list every post (5 a page + the pinned cid 43);
cid 31, 34, 37, 40, 46 are on home page 2, the two imported posts and the protected post on
page 3 only; the category listings (page 2 of "Tin tức - Sự kiện" and "Hoạt động chuyên môn"),
the month archives, the author page, tags, prev/next links and the RSS feed reach them too.

Traps:
1. URL twins with no ``rel=canonical`` (Typecho 1.2 prints none): each post answers at
   ``/index.php/archives/<cid>/`` and ``/archives/<cid>/`` (the shop's hand-made "Đọc nhiều"
   widget links the latter), at ``comment-page-1``/``comment-page-2`` and at ``?replyTo=<coid>``
   reply links; an imported post answers at ``/archives/<slug>.html`` and
   ``/index.php/archives/<slug>.html``. Gold: one record per post, path = the listings' link,
   the twins in ``alt_paths``.
2. Baidu "cambrian" JSON-LD in every post's head carries ``"pubDate"`` in China time without an
   offset (one hour ahead of Huế). Gold: the meta line's "14:30 - 02/11/2026" read as
   +07:00 ("2026-11-02T14:30:00+07:00"); the "Sửa lần cuối" line below the text is an update date.
3. The two imported posts print their time as "00:00" (the importer lost it). Gold: the day alone.
   Listings print only relative ages ("2 tuần trước") and comments their own dates: never used.
4. The meta line's "Tác giả: quantri" is the Typecho account (linked to /index.php/author/1/).
   Gold: the signature inside the text is the author: a right-aligned name with its post
   ("Nguyễn Thị Lan - Tổ Ngữ văn" -> "Nguyễn Thị Lan"), "Tin, ảnh: X" (X in both lists),
   "Tin: X - Ảnh: Y", a unit signing alone ("Tổ Toán - Tin"), "BBT" (nobody), a top byline with a
   degree ("ThS. Trương Thị Bích Ngọc (Tổ Ngoại ngữ)" -> "Trương Thị Bích Ngọc").
5. Chrome inside the text container ``div.wz-nr``: the theme's "Mục lục" box (links to the
   ``h3`` anchors) at the top of cid 37, and the "Bản quyền bài viết" box (copyright notice and
   the post's absolute link) at the end of every post. Gold: neither is body; the ``h3``
   headings are.
6. Lazy images: the theme's lazyload writes ``src="…/images/loading.gif"`` and the photo in
   ``data-original``; ``alt`` is the camera file name ("IMG_3187.JPG"). Gold: the
   ``data-original`` path; the alt is never a caption.
7. Captions three ways: a centred ``<em>`` paragraph under the photo (caption; "Ảnh: Lê Quốc
   Bảo" alone is a credit: caption None, photographer), a ``figcaption`` in parentheses
   (parentheses dropped), and in the imported posts the old Joomla ``table.tplCaption`` whose
   second row is the caption (not a table row of the body).
8. Comments look like content: names, dates and sentences under the post ("Bình luận mới" in
   the sidebar repeats them). Gold: not body, not authors.
9. Imported posts were written by FCKeditor: every second non-ASCII character is an entity
   (``&#7897;``, ``&agrave;``) mixed with raw UTF-8, plus ``&nbsp;`` padding. Gold: plain NFC text.
10. A post filed under two categories (cid 37 "Hoạt động chuyên môn" and "Tin tức - Sự kiện")
    is listed in both. Gold: the breadcrumb's first category "Hoạt động chuyên môn".
11. The notice cid 52 is an official document (letterhead table, "Số: 112/TB-THCSND",
    "Phú Hội, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", signer) posted
    on 01/12/2026 08:00, with an attachment line. Gold: date "2026-11-30", author "Lê Văn Thành",
    body = the text between subject and closing (the schedule table's rows included).
12. A password-protected post (cid 28) is listed like any other but prints only a password form.
    Gold: not an article (it is in NON_ARTICLES).
13. "Xem thêm: <link>" line and the "Nguồn: Phòng GD&ĐT thành phố Huế" closing line in the text;
    a body sentence opening "Theo kế hoạch, …" (text, not a source).

Gold decisions on ambiguous points:
- ``path`` is the form the listings link (``/index.php/archives/<cid>/``, or
  ``/archives/<slug>.html`` for the imported posts); no canonical is printed, so
  ``canonical_path`` = ``path``.
- ``category`` is the breadcrumb's category (the first of the meta line's categories).
- The official notice's attachment line ("Tệp đính kèm: …pdf") is not body; its table rows are.
- A name printed alone, right-aligned, at the end of the text is the author ("Hồ Thị Ngọc Trâm").
- Emoji in the title and text (🎄, 🎅) are kept as printed.
- A bold first paragraph is the sapo (cid 55 only); the other posts have no sapo (summary null).
- "Sáng nay (05/12)" in cid 61 is text; its date is the meta line's.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "typecho_thcs"
PLATFORM = "Typecho 1.2 (PHP blog engine), school theme adapted from a Chinese theme, pretty URLs"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
TODAY_DATE = date(2026, 12, 5)
THEME = "/usr/themes/xiaoyuan"
SITE = "Trường THCS Nguyễn Du"

CATS = {
    "tin-tuc": "Tin tức - Sự kiện",
    "chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
    "thong-bao": "Thông báo",
}
TAGS = {
    "20-11": ("20-11", [37, 40, 43]),
    "trai-nghiem": ("Trải nghiệm", [31, 40, 55, 58]),
    "chuyen-de": ("Chuyên đề", [9, 37, 49]),
}


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the posts -----------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        9,
        "hoi-thao-chuyen-de-toan-8",
        "Hội thảo chuyên đề “Đổi mới phương pháp dạy học môn Toán 8 theo Chương trình GDPT 2018”",
        "chuyen-mon",
        "2026-10-09",
        [
            P(
                "Ngày 08/10/2026, tổ Toán - Tin Trường THCS Nguyễn Du đã tổ chức hội thảo chuyên đề "
                "“Đổi mới phương pháp dạy học môn Toán 8 theo Chương trình GDPT 2018” với sự tham dự "
                "của Ban giám hiệu và toàn thể giáo viên trong tổ."
            ),
            P(
                "Tại hội thảo, cô Nguyễn Thị Thu Hà đã trình bày tiết dạy minh họa bài “Hằng đẳng thức "
                "đáng nhớ” tại lớp 8/3. Tiết dạy được thiết kế theo hướng tổ chức hoạt động nhóm, học "
                "sinh tự khám phá kiến thức thông qua các phiếu học tập và trò chơi toán học."
            ),
            Img(
                "/usr/uploads/old/2026/10/hoithao-toan8-1.jpg",
                "Cô Nguyễn Thị Thu Hà trình bày tiết dạy minh họa tại lớp 8/3",
                "Cô Nguyễn Thị Thu Hà trình bày tiết dạy minh họa tại lớp 8/3",
                "tpl",
            ),
            P(
                "Sau tiết dạy, các thành viên trong tổ đã thảo luận sôi nổi về cách vận dụng kỹ thuật "
                "“khăn trải bàn”, “mảnh ghép” và việc sử dụng phần mềm GeoGebra trong dạy học hình học."
            ),
            P(
                "Phát biểu kết luận hội thảo, thầy Hiệu trưởng Lê Văn Thành đánh giá cao sự chuẩn bị "
                "chu đáo của tổ Toán - Tin và đề nghị các tổ chuyên môn tiếp tục nhân rộng mô hình sinh "
                "hoạt chuyên đề trong năm học."
            ),
            _right("<b>Tổ Toán - Tin</b>"),
        ],
        authors=["Tổ Toán - Tin"],
        opts={"old": True, "posted": ("2026-10-09", "00:00"), "entities": 2},
    ),
    Story(
        15,
        "ket-qua-hoi-khoe-phu-dong-cap-truong-2026",
        "Kết quả Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        "doan-doi",
        "2026-10-20",
        [
            P(
                "Từ ngày 14/10 đến ngày 18/10/2026, Liên đội Trường THCS Nguyễn Du đã tổ chức Hội khỏe "
                "Phù Đổng cấp trường với 4 môn thi đấu: bóng đá mini, cầu lông, cờ vua và điền kinh."
            ),
            P(
                "Hội khỏe thu hút hơn 320 vận động viên là học sinh đến từ 28 chi đội. Sau 5 ngày thi "
                "đấu sôi nổi, Ban tổ chức đã trao giải cho các tập thể và cá nhân như sau:"
            ),
            P("Môn | Giải Nhất | Giải Nhì | Giải Ba", "row"),
            P("Bóng đá mini nam | Chi đội 9/2 | Chi đội 8/5 | Chi đội 7/1", "row"),
            P("Cầu lông đơn nữ | Trần Ngọc Hân (8/1) | Lê Bảo Ngọc (9/4) | Phạm Thu Trang (6/3)", "row"),
            P("Cờ vua | Nguyễn Minh Khôi (7/2) | Hồ Đăng Khoa (9/1) | Võ Gia Huy (8/4)", "row"),
            Img(
                "/usr/uploads/old/2026/10/hkpd-bongda.jpg",
                "Trận chung kết bóng đá mini nam giữa Chi đội 9/2 và Chi đội 8/5",
                "Trận chung kết bóng đá mini nam giữa Chi đội 9/2 và Chi đội 8/5",
                "tpl",
            ),
            P("Ban tổ chức sẽ chọn các vận động viên xuất sắc tham gia Hội khỏe Phù Đổng cấp thành phố.", "br1"),
            P("Lịch tập luyện của đội tuyển sẽ được thông báo sau.", "br2"),
            _right("<strong>Phan Văn Quý</strong> (GV Thể dục)"),
        ],
        authors=["Phan Văn Quý"],
        opts={"old": True, "posted": ("2026-10-20", "00:00"), "entities": 3},
    ),
    Story(
        31,
        "hoc-sinh-khoi-9-trai-nghiem-dai-noi",
        "Học sinh khối 9 tham quan, học tập trải nghiệm tại Đại Nội Huế",
        "tin-tuc",
        "2026-11-02T14:30:00+07:00",
        [
            P(
                "Sáng ngày 31/10/2026, hơn 250 học sinh khối 9 Trường THCS Nguyễn Du đã tham gia chuyến "
                "tham quan, học tập trải nghiệm tại Hoàng thành Huế trong khuôn khổ chủ đề “Em yêu di "
                "sản Cố đô”."
            ),
            Img(
                "/usr/uploads/2026/11/3187204651.jpg",
                "Học sinh khối 9 tập trung trước Ngọ Môn",
                "Học sinh khối 9 tập trung trước Ngọ Môn",
                "em",
            ),
            P(
                "Dưới sự hướng dẫn của các thuyết minh viên Trung tâm Bảo tồn Di tích Cố đô Huế, các em "
                "đã tìm hiểu về lịch sử hình thành kinh thành, kiến trúc điện Thái Hòa và nghi lễ cung "
                "đình triều Nguyễn."
            ),
            P(
                "Mỗi lớp được giao nhiệm vụ hoàn thành một phiếu học tập và thực hiện một sản phẩm giới "
                "thiệu di tích dưới dạng video ngắn hoặc báo tường để trình bày trong tiết Hoạt động "
                "trải nghiệm."
            ),
            Img(
                "/usr/uploads/2026/11/3187209913.jpg",
                "Các em nghe thuyết minh tại điện Thái Hòa",
                "Các em nghe thuyết minh tại điện Thái Hòa",
                "em",
            ),
            P(
                "Chuyến đi đã giúp học sinh thêm hiểu, thêm yêu và có ý thức giữ gìn các giá trị di sản "
                "văn hóa của quê hương."
            ),
            _right("<em>Tin, ảnh: Trần Minh Đức</em>"),
        ],
        authors=["Trần Minh Đức"],
        photographers=["Trần Minh Đức"],
        opts={"posted": ("2026-11-02", "14:30"), "mod": "03/11/2026 08:12"},
    ),
    Story(
        34,
        "chi-doan-giao-vien-ve-sinh-sau-lu",
        "Chi đoàn giáo viên ra quân làm sạch khuôn viên trường sau lũ",
        "doan-doi",
        "2026-11-06T16:05:00+07:00",
        [
            P(
                "Sau đợt mưa lũ lịch sử cuối tháng 10, khuôn viên Trường THCS Nguyễn Du bị ngập sâu, bùn "
                "đất và rác thải tràn vào nhiều phòng học."
            ),
            P(
                "Chiều ngày 05/11/2026, Chi đoàn giáo viên phối hợp với Liên đội đã huy động hơn 60 đoàn "
                "viên, giáo viên và học sinh lớn ra quân dọn dẹp bùn đất, lau chùi bàn ghế, phun thuốc "
                "khử trùng các phòng học."
            ),
            Img(
                "/usr/uploads/2026/11/2331650712.jpg",
                "(Đoàn viên giáo viên dọn bùn đất tại dãy phòng học tầng 1)",
                "Đoàn viên giáo viên dọn bùn đất tại dãy phòng học tầng 1",
                "fig",
            ),
            P(
                "Nhờ sự chung tay của tập thể, đến cuối buổi chiều toàn bộ 24 phòng học đã được vệ sinh "
                "sạch sẽ, bảo đảm cho học sinh đi học trở lại vào sáng thứ Hai."
            ),
            _right("<strong>Ngô Thị Kim Chi</strong> - Bí thư Chi đoàn"),
        ],
        authors=["Ngô Thị Kim Chi"],
        opts={"posted": ("2026-11-06", "16:05")},
    ),
    Story(
        37,
        "thao-giang-chao-mung-20-11",
        "Sôi nổi hoạt động thao giảng chào mừng Ngày Nhà giáo Việt Nam 20/11",
        "chuyen-mon",
        "2026-11-10T09:45:00+07:00",
        [
            Raw(
                '<div class="wzml"><b>Mục lục</b><ul>'
                '<li><a href="#menu_index_1">1. Đổi mới trong từng tiết dạy</a></li>'
                '<li><a href="#menu_index_2">2. Kết quả đánh giá</a></li>'
                '<li><a href="#menu_index_3">3. Rút kinh nghiệm</a></li></ul></div>'
            ),
            P(
                "Hưởng ứng phong trào thi đua chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 - 20/11/2026), từ ngày 02/11 đến ngày 09/11/2026, các tổ chuyên môn Trường "
                "THCS Nguyễn Du đã tổ chức đợt thao giảng với 18 tiết dạy."
            ),
            P("1. Đổi mới trong từng tiết dạy", "h3"),
            P(
                "Các tiết dạy được đầu tư công phu, vận dụng linh hoạt các phương pháp dạy học tích cực. "
                "Nhiều giáo viên đã ứng dụng hiệu quả công nghệ thông tin, bảng tương tác và các nền tảng "
                "học tập trực tuyến."
            ),
            Img(
                "/usr/uploads/2026/11/1509874412.jpg",
                "Tiết dạy Ngữ văn của cô Phạm Thị Hoài Thương tại lớp 7/2",
                "Tiết dạy Ngữ văn của cô Phạm Thị Hoài Thương tại lớp 7/2",
                "em",
            ),
            P("2. Kết quả đánh giá", "h3"),
            P("Qua dự giờ, Ban giám khảo đã xếp loại 12 tiết Tốt và 6 tiết Khá. Các tiết dạy tiêu biểu gồm:"),
            P("Môn Ngữ văn: cô Phạm Thị Hoài Thương, lớp 7/2;", "li"),
            P("Môn Toán: thầy Đặng Quang Vinh, lớp 9/3;", "li"),
            P("Môn Khoa học tự nhiên: cô Lê Thị Diệu Hiền, lớp 8/1.", "li"),
            P("3. Rút kinh nghiệm", "h3"),
            P(
                "Sau đợt thao giảng, nhà trường tổ chức họp rút kinh nghiệm, chia sẻ cách làm hay để nâng "
                "cao chất lượng dạy học trong học kỳ I."
            ),
            _right("<strong>BBT</strong>"),
        ],
        opts={"posted": ("2026-11-10", "09:45"), "cats": ["tin-tuc"], "mod": "12/11/2026 21:40"},
    ),
    Story(
        40,
        "hoi-thi-giai-dieu-tuoi-hong-2026",
        "Hội thi “Giai điệu tuổi hồng” năm 2026: sân chơi bổ ích cho học sinh",
        "doan-doi",
        "2026-11-14T20:10:00+07:00",
        [
            P(
                "Tối ngày 13/11/2026, tại hội trường nhà trường, Liên đội Trường THCS Nguyễn Du đã tổ "
                "chức Hội thi văn nghệ “Giai điệu tuổi hồng” chào mừng Ngày Nhà giáo Việt Nam 20/11."
            ),
            P(
                "Hội thi có sự tham gia của 16 tiết mục đến từ các chi đội với nhiều loại hình phong phú "
                "như đơn ca, tốp ca, múa và hò Huế."
            ),
            Img("/usr/uploads/2026/11/4120937751.jpg", "Ảnh: Lê Quốc Bảo", None, "em"),
            P(
                "Kết quả, giải Nhất thuộc về tiết mục múa “Huế thương” của Chi đội 8/2; giải Nhì thuộc "
                "về tiết mục hò “Mái đẩy” của Chi đội 9/1; hai giải Ba thuộc về Chi đội 6/4 và Chi đội 7/3."
            ),
            _right("Hồ Thị Ngọc Trâm"),
        ],
        authors=["Hồ Thị Ngọc Trâm"],
        photographers=["Lê Quốc Bảo"],
        opts={
            "posted": ("2026-11-14", "20:10"),
            "comments": [
                (91, "Phụ huynh Trâm Anh", "14/11/2026 21:03", "Chúc mừng các con Chi đội 8/2! Tiết mục múa rất đẹp."),
                (92, "Nguyễn Hữu Phước", "15/11/2026 06:40", "Hò Mái đẩy của các em lớp 9/1 làm thầy nhớ quê quá."),
                (93, "cựu HS khóa 2015", "16/11/2026 10:12", "Mong nhà trường đăng thêm video các tiết mục."),
            ],
        },
    ),
    Story(
        43,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "tin-tuc",
        "2026-11-20T11:15:00+07:00",
        [
            P(
                "Sáng ngày 20/11/2026, Trường THCS Nguyễn Du long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam. Đến dự có đại diện lãnh đạo Phòng Giáo dục và Đào tạo thành phố Huế, "
                "UBND phường Phú Hội, Ban đại diện cha mẹ học sinh cùng đông đảo thầy cô giáo các thế hệ."
            ),
            Img("/usr/uploads/2026/11/2890013476.jpg", "(Quang cảnh buổi lễ)", "Quang cảnh buổi lễ", "fig"),
            P(
                "Phát biểu tại buổi lễ, thầy Lê Văn Thành, Hiệu trưởng nhà trường, ôn lại truyền thống vẻ "
                "vang của ngành Giáo dục và những thành tích nổi bật mà tập thể sư phạm nhà trường đạt "
                "được trong năm học 2025 - 2026."
            ),
            P(
                "“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo cho học sinh "
                "noi theo.”",
                "quote",
            ),
            P(
                "Dịp này, nhà trường đã trao Giấy khen cho 15 giáo viên đạt danh hiệu Chiến sĩ thi đua cơ "
                "sở và khen thưởng các tổ chuyên môn có thành tích xuất sắc trong phong trào thi đua."
            ),
            Img(
                "/usr/uploads/2026/11/2890017702.jpg",
                "Học sinh tặng hoa chúc mừng thầy cô giáo",
                "Học sinh tặng hoa chúc mừng thầy cô giáo",
                "em",
            ),
            _right("<em>Tin: Hoàng Thị Mai Anh - Ảnh: Lê Quốc Bảo</em>"),
        ],
        authors=["Hoàng Thị Mai Anh"],
        photographers=["Lê Quốc Bảo"],
        opts={
            "posted": ("2026-11-20", "11:15"),
            "pinned": True,
            "mod": "21/11/2026 07:02",
            "comments": [
                (88, "Trần Văn Lực", "20/11/2026 12:30", "Kính chúc quý thầy cô luôn mạnh khỏe, hạnh phúc!"),
                (89, "Lê Thị Bích", "20/11/2026 19:05", "Cảm ơn các em học sinh khóa 2010 - 2014 đã luôn nhớ về trường."),
            ],
        },
    ),
    Story(
        46,
        "tap-huan-phong-chong-duoi-nuoc-2026",
        "Tập huấn kỹ năng phòng, chống đuối nước cho học sinh năm 2026",
        "tin-tuc",
        "2026-11-24T15:00:00+07:00",
        [
            P(
                "Nhằm trang bị cho học sinh kiến thức và kỹ năng phòng, chống đuối nước trong mùa mưa "
                "bão, chiều ngày 23/11/2026, Phòng GD&ĐT thành phố Huế phối hợp với Hội Chữ thập đỏ tổ "
                "chức buổi tập huấn tại Trường THCS Nguyễn Du."
            ),
            P("Nội dung tập huấn gồm:"),
            P("Nhận biết các nguy cơ gây đuối nước tại sông, hồ, ao và khu vực ngập lụt;", "li"),
            P("Kỹ năng tự cứu khi bị rơi xuống nước và cách cứu người đuối nước an toàn;", "li"),
            P("Thực hành sơ cứu, hô hấp nhân tạo ban đầu.", "li"),
            Img(
                "/usr/uploads/2026/11/1187765320.jpg",
                "Học sinh thực hành sơ cứu dưới sự hướng dẫn của cán bộ Hội Chữ thập đỏ",
                "Học sinh thực hành sơ cứu dưới sự hướng dẫn của cán bộ Hội Chữ thập đỏ",
                "em",
            ),
            P(
                "Theo kế hoạch, trong tháng 12/2026, các trường THCS trên địa bàn thành phố sẽ tiếp tục "
                "tổ chức các buổi tập huấn tương tự cho học sinh khối 6 và khối 7."
            ),
            _right("<em>Nguồn: Phòng GD&amp;ĐT thành phố Huế</em>"),
        ],
        source="Phòng GD&ĐT thành phố Huế",
        opts={"posted": ("2026-11-24", "15:00")},
    ),
    Story(
        49,
        "sinh-hoat-chuyen-mon-nghien-cuu-bai-hoc-ngu-van",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học tại tổ Ngữ văn",
        "chuyen-mon",
        "2026-11-27T10:20:00+07:00",
        [
            P(
                "Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, ngày 26/11/2026, tổ Ngữ văn Trường "
                "THCS Nguyễn Du đã tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với bài dạy "
                "minh họa “Đọc hiểu văn bản: Lão Hạc” tại lớp 8/4."
            ),
            P(
                "Buổi sinh hoạt tập trung quan sát hoạt động học của học sinh: các em học như thế nào, "
                "gặp khó khăn ở đâu, và giáo viên cần điều chỉnh gì để mọi học sinh đều được tham gia."
            ),
            Img(
                "/usr/uploads/2026/11/2675510934.jpg",
                "Giáo viên tổ Ngữ văn dự giờ, quan sát học sinh lớp 8/4",
                "Giáo viên tổ Ngữ văn dự giờ, quan sát học sinh lớp 8/4",
                "em",
            ),
            P(
                "Các ý kiến thảo luận đều thống nhất: cần giao nhiệm vụ rõ ràng hơn cho từng nhóm và tăng "
                "thời gian để học sinh chia sẻ cảm nhận cá nhân về nhân vật."
            ),
            Raw(
                '<p>Xem thêm: <a href="/index.php/archives/37/">Sôi nổi hoạt động thao giảng chào mừng '
                "Ngày Nhà giáo Việt Nam 20/11</a></p>"
            ),
            _right("<strong>Nguyễn Thị Lan - Tổ Ngữ văn</strong>"),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={"posted": ("2026-11-27", "10:20")},
    ),
    Story(
        52,
        "thong-bao-kiem-tra-cuoi-hoc-ky-1",
        "Thông báo về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "thong-bao",
        "2026-11-30",
        [
            Raw(
                '<table style="width: 100%; border: none;"><tbody><tr>'
                '<td style="width: 42%; text-align: center;">PHÒNG GD&amp;ĐT THÀNH PHỐ HUẾ<br>'
                "<b>TRƯỜNG THCS NGUYỄN DU</b><br>Số: 112/TB-THCSND</td>"
                '<td style="text-align: center;"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>'
                "<b>Độc lập - Tự do - Hạnh phúc</b><br><i>Phú Hội, ngày 30 tháng 11 năm 2026</i></td>"
                "</tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align: center;"><b>THÔNG BÁO</b><br><b>Về việc tổ chức kiểm tra cuối học '
                "kỳ I năm học 2026 - 2027</b></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 45/KH-THCSND ngày 05/9/2026 của Trường THCS Nguyễn Du về thực hiện "
                "nhiệm vụ năm học 2026 - 2027;"
            ),
            P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I như sau:"),
            P("Ngày | Khối | Môn kiểm tra", "row"),
            P("21/12/2026 | 6, 7, 8, 9 | Ngữ văn, Toán", "row"),
            P("22/12/2026 | 6, 7, 8, 9 | Tiếng Anh, Khoa học tự nhiên", "row"),
            P("23/12/2026 | 6, 7, 8, 9 | Lịch sử và Địa lí, Giáo dục công dân", "row"),
            P(
                "Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh để phối hợp thực hiện. Học "
                "sinh có mặt tại trường trước giờ kiểm tra 15 phút."
            ),
            Raw(
                '<table style="width: 100%; border: none;"><tbody><tr>'
                "<td><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- Lưu: VT.</td>"
                '<td style="text-align: center;"><b>HIỆU TRƯỞNG</b><br><br><i>(Đã ký)</i><br><br>'
                "<b>Lê Văn Thành</b></td></tr></tbody></table>"
            ),
            Raw(
                '<p>📎 Tệp đính kèm: <a href="/usr/uploads/2026/12/tb-112-kiem-tra-hk1.pdf">'
                "tb-112-kiem-tra-hk1.pdf</a> (186 KB)</p>"
            ),
        ],
        authors=["Lê Văn Thành"],
        opts={"posted": ("2026-12-01", "08:00")},
    ),
    Story(
        55,
        "phat-dong-ke-hoach-nho-2026",
        "Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, chai nhựa",
        "doan-doi",
        "2026-12-03T15:45:00+07:00",
        [
            P(
                "Hưởng ứng Tháng hành động vì môi trường, sáng thứ Hai ngày 30/11/2026, Liên đội Trường "
                "THCS Nguyễn Du đã phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, chai nhựa trong "
                "toàn thể đội viên.",
                "bold",
            ),
            P(
                "Theo đó, mỗi chi đội phấn đấu thu gom ít nhất 30 kg giấy vụn và 200 vỏ chai nhựa trong "
                "tháng 12. Toàn bộ số tiền thu được sẽ được dùng để mua sách vở, đồ dùng học tập tặng học "
                "sinh có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán."
            ),
            Img(
                "/usr/uploads/2026/12/1038847250.jpg",
                "Đội viên Chi đội 6/1 mang giấy vụn đến điểm tập kết",
                "Đội viên Chi đội 6/1 mang giấy vụn đến điểm tập kết",
                "em",
            ),
            P(
                "Ngay trong buổi sáng phát động, các chi đội đã thu gom được hơn 400 kg giấy vụn. Dẫn đầu "
                "là Chi đội 7/4 với 52 kg."
            ),
            _right("<strong>Võ Thị Hằng</strong> - TPT Đội"),
        ],
        authors=["Võ Thị Hằng"],
        summary=(
            "Hưởng ứng Tháng hành động vì môi trường, sáng thứ Hai ngày 30/11/2026, Liên đội Trường "
            "THCS Nguyễn Du đã phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, chai nhựa trong "
            "toàn thể đội viên."
        ),
        opts={"posted": ("2026-12-03", "15:45")},
    ),
    Story(
        58,
        "clb-tieng-anh-english-day-2026",
        "Câu lạc bộ Tiếng Anh tổ chức ngày hội “English Day 2026” 🎄",
        "chuyen-mon",
        "2026-12-04T16:20:00+07:00",
        [
            Raw('<p class="tg"><b>ThS. Trương Thị Bích Ngọc</b> (Tổ Ngoại ngữ)</p>'),
            P(
                "Chiều ngày 03/12/2026, Câu lạc bộ Tiếng Anh Trường THCS Nguyễn Du đã tổ chức ngày hội "
                "“English Day 2026” với chủ đề “Merry Christmas & Happy New Year”."
            ),
            P(
                "Ngày hội gồm nhiều hoạt động hấp dẫn như thi hùng biện tiếng Anh, hát ca khúc Giáng "
                "sinh, đố vui “Who is the winner?” và gian hàng ẩm thực do học sinh tự giới thiệu bằng "
                "tiếng Anh. 🎅"
            ),
            Img(
                "/usr/uploads/2026/12/2219034487.jpg",
                "Phần thi hùng biện của học sinh lớp 9/1",
                "Phần thi hùng biện của học sinh lớp 9/1",
                "em",
            ),
            P(
                "Ngày hội là dịp để các em rèn luyện kỹ năng giao tiếp, tự tin sử dụng tiếng Anh trong "
                "môi trường thực tế."
            ),
        ],
        authors=["Trương Thị Bích Ngọc"],
        opts={"posted": ("2026-12-04", "16:20")},
    ),
    Story(
        61,
        "trao-hoc-bong-tiep-buoc-den-truong",
        "Trao học bổng “Tiếp bước đến trường” cho 20 học sinh có hoàn cảnh khó khăn",
        "tin-tuc",
        "2026-12-05T09:10:00+07:00",
        [
            P(
                "Sáng nay (05/12), Trường THCS Nguyễn Du phối hợp với Quỹ Khuyến học phường Phú Hội tổ "
                "chức trao 20 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn, "
                "vượt khó học tốt."
            ),
            P(
                "Mỗi suất học bổng trị giá 1.000.000 đồng kèm theo một bộ sách giáo khoa và đồ dùng học "
                "tập. Tổng giá trị chương trình hơn 25 triệu đồng do các nhà hảo tâm, cựu học sinh và Ban "
                "đại diện cha mẹ học sinh đóng góp."
            ),
            Img(
                "/usr/uploads/2026/12/3350981126.jpg",
                "Đại diện nhà trường và Quỹ Khuyến học trao học bổng cho học sinh",
                "Đại diện nhà trường và Quỹ Khuyến học trao học bổng cho học sinh",
                "em",
            ),
            P(
                "Em Nguyễn Thị Thảo Vy (lớp 8/6) xúc động chia sẻ: “Em cảm ơn thầy cô và các cô chú đã "
                "giúp đỡ. Em sẽ cố gắng học tập thật tốt để không phụ lòng mọi người.”",
                "quote",
            ),
            P(
                "Chương trình sẽ tiếp tục được duy trì vào các học kỳ tiếp theo nhằm giúp các em yên tâm "
                "đến trường."
            ),
        ],
        opts={"posted": ("2026-12-05", "09:10")},
    ),
]

#: the password-protected post: listed like the others, prints a password form only
PROTECTED = Story(
    28,
    "de-cuong-on-tap-giua-ky-1-toan-tin",
    "Đề cương ôn tập giữa kỳ I - Tài liệu nội bộ tổ Toán - Tin",
    "chuyen-mon",
    None,
    [],
    opts={"posted": ("2026-10-30", "17:25"), "protected": True},
)

POSTS: list[Story] = sorted([*STORIES, PROTECTED], key=lambda s: s.opts["posted"], reverse=True)
BY_CID = {s.id: s for s in POSTS}
BY_SLUG = {s.slug: s for s in POSTS if s.opts.get("old")}

#: standalone pages: slug -> (title, inner html)
PAGES: dict[str, tuple[str, str]] = {}  # filled below, after the helpers


# --- links ----------------------------------------------------------------------------------------


def permalink(story: Story) -> str:
    """The link the theme's listings print."""
    if story.opts.get("old"):
        return f"/archives/{story.slug}.html"
    return f"/index.php/archives/{story.id}/"


def core_link(story: Story) -> str:
    """The link Typecho's core widgets print (month archive): with index.php for imported posts."""
    if story.opts.get("old"):
        return f"/index.php/archives/{story.slug}.html"
    return f"/index.php/archives/{story.id}/"


def _cats(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("cats", [])]


def _posted(story: Story) -> datetime:
    day, hm = story.opts["posted"]
    return datetime.fromisoformat(f"{day}T{hm}:00")


def _dmy(day: str) -> str:
    y, m, d = day.split("-")
    return f"{d}/{m}/{y}"


def _age(story: Story) -> str:
    days = (TODAY_DATE - _posted(story).date()).days
    if days == 0:
        return "Hôm nay"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


def _first_text(story: Story) -> str:
    for block in story.blocks:
        if isinstance(block, P):
            return block.text
    return "Bài viết được bảo vệ bằng mật khẩu."


def _excerpt(story: Story, size: int = 140) -> str:
    first = _first_text(story)
    return first if len(first) <= size else first[:size].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    src = story.images[0].src if story.images else f"{THEME}/images/nopic.jpg"
    return f"{THEME}/timthumb.php?src={src}&amp;w=220&amp;h=150&amp;zc=1"


# --- chrome ---------------------------------------------------------------------------------------

_MENU = f"""<ul id="daohang" class="dh">
<li class="dh-1"><a href="/">Trang chủ</a></li>
<li class="dh-1"><a href="/index.php/gioi-thieu.html">Giới thiệu</a><ul class="erji">
<li><a href="/index.php/gioi-thieu.html">Giới thiệu chung</a></li>
<li><a href="/index.php/doi-ngu-giao-vien.html">Đội ngũ giáo viên</a></li>
<li><a href="/index.php/lien-he.html">Liên hệ</a></li></ul></li>
<li class="dh-1"><a href="/index.php/category/tin-tuc/">Tin tức</a><ul class="erji">
<li><a href="/index.php/category/tin-tuc/">{CATS["tin-tuc"]}</a></li>
<li><a href="/index.php/category/thong-bao/">{CATS["thong-bao"]}</a></li></ul></li>
<li class="dh-1"><a href="/index.php/category/chuyen-mon/">Chuyên môn</a><ul class="erji">
<li><a href="/index.php/category/chuyen-mon/">{CATS["chuyen-mon"]}</a></li>
<li><a href="/index.php/thoi-khoa-bieu.html">Thời khóa biểu</a></li>
<li><a href="/index.php/van-ban.html">Văn bản</a></li></ul></li>
<li class="dh-1"><a href="/index.php/category/doan-doi/">{CATS["doan-doi"]}</a></li>
<li class="dh-1"><a href="/index.php/thu-vien-anh.html">Thư viện ảnh</a></li>
</ul>"""


def _sidebar() -> str:
    latest = "".join(
        f'<li><span class="xh">{i}</span><a href="{permalink(s)}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
        for i, s in enumerate(POSTS[:5], 1)
    )
    # the shop's hand-made widget: links built by hand, without index.php
    top = sorted(STORIES, key=lambda s: s.views(), reverse=True)[:5]
    most = "".join(
        f'<li><a href="/archives/{s.id}/">{esc(s.title)}</a> <em>({s.views()})</em></li>'
        for s in top
        if not s.opts.get("old")
    )
    comments = (
        '<li><a href="/index.php/archives/40/comment-page-2#comment-93">cựu HS khóa 2015</a>: '
        "Mong nhà trường đăng thêm video các tiết mục.</li>"
        '<li><a href="/index.php/archives/43/#comment-89">Lê Thị Bích</a>: Cảm ơn các em học sinh '
        "khóa 2010 - 2014 đã luôn nhớ về trường.</li>"
        '<li><a href="/index.php/archives/43/#comment-88">Trần Văn Lực</a>: Kính chúc quý thầy cô '
        "luôn mạnh khỏe, hạnh phúc!</li>"
    )
    tags = " ".join(
        f'<a href="/index.php/tag/{slug}/" style="font-size:{11 + len(cids)}px">{esc(name)}</a>'
        for slug, (name, cids) in TAGS.items()
    )
    months = "".join(
        f'<li><a href="/index.php/2026/{m:02d}/">Tháng {m}/2026</a></li>' for m in (12, 11, 10)
    )
    return f"""<div class="you">
<div class="you-k"><form id="search" method="post" action="/index.php/" role="search">
<input type="text" name="s" class="text" placeholder="Nhập từ khóa...">
<button type="submit" class="submit">Tìm</button></form></div>
<div class="you-k"><h3 class="you-bt">Bài mới</h3><ul class="xlb">{latest}</ul></div>
<div class="you-k"><h3 class="you-bt">Đọc nhiều</h3><ul class="xlb rm">{most}</ul></div>
<div class="you-k"><h3 class="you-bt">Bình luận mới</h3><ul class="pl-new">{comments}</ul></div>
<div class="you-k"><h3 class="you-bt">Thẻ</h3><div class="bq-yun">{tags}</div></div>
<div class="you-k"><h3 class="you-bt">Lưu trữ</h3><ul>{months}</ul></div>
<div class="you-k"><h3 class="you-bt">Thăm dò ý kiến</h3>
<form method="post" action="/index.php/action/vote"><p>Bạn đánh giá thế nào về website mới của trường?</p>
<label><input type="radio" name="tp" value="1"> Rất đẹp, dễ dùng</label><br>
<label><input type="radio" name="tp" value="2"> Bình thường</label><br>
<label><input type="radio" name="tp" value="3"> Cần cải thiện</label><br>
<button type="submit">Bình chọn</button></form></div>
<div class="you-k"><h3 class="you-bt">Liên kết</h3><ul>
<li><a href="https://moet.gov.vn/" target="_blank" rel="nofollow">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://sgddt.hue.gov.vn/" target="_blank" rel="nofollow">Sở GD&amp;ĐT thành phố Huế</a></li>
<li><a href="https://www.facebook.com/thcsnguyenduhue" target="_blank" rel="nofollow">Fanpage nhà trường</a></li>
</ul></div>
<div class="you-k"><h3 class="you-bt">Thống kê truy cập</h3><ul class="tj">
<li>Đang online: <b>17</b></li><li>Hôm nay: <b>342</b></li><li>Tổng truy cập: <b>128.406</b></li></ul></div>
</div>"""


def _page(request: Request, title: str, main: str, *, head: str = "", description: str = "") -> Response:
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}">
<meta name="generator" content="Typecho 1.2.1">
<meta name="template" content="xiaoyuan">
<link rel="pingback" href="/index.php/action/xmlrpc">
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/index.php/action/xmlrpc?rsd">
<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="/index.php/feed/">
<link rel="stylesheet" href="{THEME}/css/style.css?v=2.3">
<script src="{THEME}/js/jquery.min.js"></script>
<script src="{THEME}/js/jquery.lazyload.min.js"></script>
{head}
</head>
<body>
<div class="top"><div class="w1100"><span class="rq">{TODAY_LINE}</span>
<span class="hotline">Điện thoại: 0234 3822 415</span></div></div>
<div class="tou w1100"><h1 class="logo"><a href="/"><img src="{THEME}/images/logo.png" alt="{SITE}"></a>
<span class="ten">{SITE.upper()}</span></h1></div>
<div class="nav w1100">{_MENU}</div>
<div class="gg w1100"><b>Thông báo:</b> <marquee scrollamount="3"><a href="/index.php/archives/52/">Lịch kiểm tra
cuối học kỳ I năm học 2026 - 2027</a></marquee></div>
<div class="zhuti w1100">
<div class="zuo">
{main}
</div>
{_sidebar()}
</div>
<div class="di"><div class="w1100">
<p><b>TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN DU</b></p>
<p>Địa chỉ: Số 14 Nguyễn Du, phường Phú Hội, thành phố Huế</p>
<p>Điện thoại: 0234 3822 415 - Email: thcsnguyendu.hue@gmail.com</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Lê Văn Thành</p>
<p>© 2026 {SITE}. Thiết kế: Huế Web - Powered by <a href="http://typecho.org" rel="nofollow">Typecho</a></p>
</div></div>
<script>$("img.lazy").lazyload({{effect:"fadeIn"}});</script>
</body>
</html>"""
    return html(doc)


# --- listings -------------------------------------------------------------------------------------


def _item(story: Story, *, link: str | None = None, pin: bool = False) -> str:
    href = link or permalink(story)
    label = '<span class="zd">[Ghim]</span> ' if pin else ""
    lock = ' <i class="icon-lock" title="Bài viết được bảo vệ"></i>' if story.opts.get("protected") else ""
    return f"""<div class="lb-item">
<a class="lb-tu" href="{href}"><img src="{_thumb(story)}" alt="{esc(story.title)}"></a>
<h3>{label}<a href="{href}">{esc(story.title)}</a>{lock}</h3>
<p class="lb-zy">{esc(_excerpt(story))}</p>
<div class="lb-xx"><span class="sj">{_age(story)}</span> <span class="ll">Lượt xem: {story.views()}</span>
<a class="dt" href="{href}">Đọc tiếp »</a></div>
</div>"""


def _pager(pages: int, current: int, first: str, nth) -> str:
    if pages <= 1:
        return ""
    items = []
    if current > 1:
        items.append(f'<li class="prev"><a href="{first if current == 2 else nth(current - 1)}">« Trước</a></li>')
    for n in range(1, pages + 1):
        cls = ' class="current"' if n == current else ""
        items.append(f'<li{cls}><a href="{first if n == 1 else nth(n)}">{n}</a></li>')
    if current < pages:
        items.append(f'<li class="next"><a href="{nth(current + 1)}">Sau »</a></li>')
    return f'<ol class="page-navigator">{"".join(items)}</ol>'


def _listing(request: Request, heading: str, crumb: str, stories: list[Story], *, link=permalink,
             page: int = 1, size: int = 10, first: str = "", nth=None, top: str = "") -> Response | None:
    pages = max(1, -(-len(stories) // size))
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * size : page * size]
    items = "".join(_item(s, link=link(s)) for s in chunk)
    pager = _pager(pages, page, first, nth) if nth else ""
    main = f"""<div class="mbx">Vị trí hiện tại: <a href="/">Trang chủ</a> » {crumb}</div>
<h1 class="lm-bt">{esc(heading)}</h1>
{top}<div class="lb">{items or '<p class="kong">Không có bài viết nào.</p>'}</div>
{pager}"""
    suffix = f" - Trang {page}" if page > 1 else ""
    return _page(request, f"{heading}{suffix} - {SITE}", main, description=heading)


def _home(request: Request, page: int) -> Response | None:
    pinned = [s for s in POSTS if s.opts.get("pinned")]
    rest = [s for s in POSTS if not s.opts.get("pinned")]
    size = 5
    pages = -(-len(rest) // size)
    if page < 1 or page > pages:
        return None
    chunk = rest[(page - 1) * size : page * size]
    items = "".join(_item(s, pin=True) for s in pinned) + "".join(_item(s) for s in chunk)
    pager = _pager(pages, page, "/", lambda n: f"/index.php/page/{n}/")
    main = f"""<div class="sy-bt"><h2>Tin mới cập nhật</h2></div>
<div class="lb">{items}</div>
{pager}"""
    title = SITE if page == 1 else f"{SITE} - Trang {page}"
    return _page(request, title, main, description="Website tin tức Trường THCS Nguyễn Du, phường Phú Hội, thành phố Huế")


def _category(request: Request, slug: str, page: int) -> Response | None:
    if slug not in CATS:
        return None
    stories = [s for s in POSTS if slug in _cats(s)]
    return _listing(
        request,
        CATS[slug],
        esc(CATS[slug]),
        stories,
        page=page,
        size=4,
        first=f"/index.php/category/{slug}/",
        nth=lambda n: f"/category/{slug}/{n}/",
    )


def _tag(request: Request, slug: str) -> Response | None:
    if slug not in TAGS:
        return None
    name, cids = TAGS[slug]
    stories = [BY_CID[c] for c in sorted(cids, key=lambda c: _posted(BY_CID[c]), reverse=True)]
    return _listing(request, f"Bài viết gắn thẻ: {name}", f"Thẻ » {esc(name)}", stories, size=20)


def _author(request: Request) -> Response | None:
    return _listing(request, "Bài viết của quantri", "Tác giả » quantri", POSTS, size=20)


def _month(request: Request, year: int, month: int) -> Response | None:
    stories = [s for s in POSTS if _posted(s).year == year and _posted(s).month == month]
    if not stories:
        return None
    return _listing(
        request, f"Lưu trữ: Tháng {month}/{year}", f"Lưu trữ » Tháng {month}/{year}", stories, link=core_link, size=10
    )


def _search(request: Request, keyword: str) -> Response:
    words = keyword.lower().split()
    found = [s for s in POSTS if words and all(w in (s.title + " " + _first_text(s)).lower() for w in words)]
    return _listing(request, f"Kết quả tìm kiếm: {keyword}", "Tìm kiếm", found, size=20) or html("", 404)


# --- the post page --------------------------------------------------------------------------------


def _img_tag(story: Story, img: Img) -> str:
    name = "IMG_" + img.src.rsplit("/", 1)[-1][:4].upper() + ".JPG"
    if story.opts.get("old"):
        return f'<img src="{img.src}" alt="{name}" width="560" border="0" style="margin: 5px;">'
    return f'<img class="lazy" src="{THEME}/images/loading.gif" data-original="{img.src}" alt="{name}">'


def _image(story: Story, img: Img) -> str:
    tag = _img_tag(story, img)
    printed = esc(img.printed or "")
    if img.style == "fig":
        return f'<figure class="tu">{tag}<figcaption>{printed}</figcaption></figure>'
    if img.style == "tpl":
        return (
            '<table class="tplCaption" align="center" border="0" cellpadding="3"><tbody>'
            f"<tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center;"><span style="font-size: 11px; font-style: italic;">{printed}'
            "</span></td></tr></tbody></table>"
        )
    return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;"><em>{printed}</em></p>'


def _body(story: Story) -> str:
    entities = story.opts.get("entities", 0)
    out: list[str] = []
    blocks = story.blocks
    i = 0
    heading = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            out.append(_image(story, block))
        elif block.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append(f"<ul>{''.join(items)}</ul>")
            continue
        elif block.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                tag = "th" if not rows else "td"
                cells = "".join(
                    f"<{tag}>&nbsp;{text(c, entities=entities)}&nbsp;</{tag}>" for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(f'<table class="bang" border="1" cellspacing="0" cellpadding="4"><tbody>{"".join(rows)}</tbody></table>')
            continue
        elif block.style == "br1":
            second = blocks[i + 1]
            out.append(f"<p>{text(block.text, entities=entities)}<br>\n{text(second.text, entities=entities)}&nbsp;</p>")
            i += 2
            continue
        elif block.style == "h3":
            heading += 1
            out.append(f'<h3 id="menu_index_{heading}">{text(block.text)}</h3>')
        elif block.style == "bold":
            out.append(f"<p><strong>{text(block.text)}</strong></p>")
        elif block.style == "quote":
            out.append(f"<blockquote><p>{text(block.text)}</p></blockquote>")
        else:
            pad = "&nbsp;" if entities else ""
            out.append(f'<p style="text-align: justify;">{text(block.text, entities=entities)}{pad}</p>')
        i += 1
    return "\n".join(out)


def _reply_base(story: Story, cpage: int) -> str:
    """Reply links start from the post's link, or its comment page from the second one on."""
    base = f"/index.php/archives/{story.id}/"
    return base if cpage <= 1 else f"{base}comment-page-{cpage}"


def _comments(story: Story, cpage: int) -> str:
    comments = story.opts.get("comments", [])
    cid = story.id
    form = f"""<div id="respond-post-{cid}" class="respond">
<h3 id="response">Gửi bình luận</h3>
<form method="post" action="/index.php/archives/{cid}/comment" id="comment-form">
<p><input type="text" name="author" placeholder="Họ tên *"></p>
<p><input type="email" name="mail" placeholder="Email *"></p>
<p><textarea name="text" rows="5" placeholder="Nội dung bình luận..."></textarea></p>
<p><button type="submit" class="submit">Gửi bình luận</button></p></form></div>"""
    if not comments:
        return f'<div id="comments" class="pl"><h3 class="pl-bt">Chưa có bình luận</h3>{form}</div>'
    per_page = 2
    pages = -(-len(comments) // per_page)
    shown_page = cpage or 1
    chunk = comments[(shown_page - 1) * per_page : shown_page * per_page]
    base = _reply_base(story, cpage)
    items = "".join(
        f"""<li id="li-comment-{coid}" class="comment-body comment-parent">
<div id="comment-{coid}"><div class="pl-tx"><img class="avatar" src="{THEME}/images/avatar.png" alt="{esc(who)}"></div>
<div class="pl-ren"><b>{esc(who)}</b> <span class="pl-sj">{when}</span></div>
<div class="pl-nr"><p>{esc(said)}</p></div>
<div class="comment-reply"><a href="{base}?replyTo={coid}#respond-post-{cid}" rel="nofollow"
onclick="return TypechoComment.reply('comment-{coid}', {coid});">Trả lời</a></div></div></li>"""
        for coid, who, when, said in chunk
    )
    pager = ""
    if pages > 1:
        links = "".join(
            f'<li{" class=current" if n == shown_page else ""}>'
            f'<a href="/index.php/archives/{cid}/comment-page-{n}#comments">{n}</a></li>'
            for n in range(1, pages + 1)
        )
        pager = f'<ol class="page-navigator">{links}</ol>'
    return f"""<div id="comments" class="pl"><h3 class="pl-bt">{len(comments)} bình luận</h3>
<ol class="pl-list">{items}</ol>{pager}{form}</div>"""


def _neighbours(story: Story) -> str:
    idx = POSTS.index(story)
    newer = POSTS[idx - 1] if idx > 0 else None
    older = POSTS[idx + 1] if idx + 1 < len(POSTS) else None
    prev = f'Bài trước: <a href="{permalink(older)}">{esc(older.title)}</a>' if older else "Bài trước: Không có"
    nxt = f'Bài sau: <a href="{permalink(newer)}">{esc(newer.title)}</a>' if newer else "Bài sau: Không có"
    return f'<div class="sxp"><p>{prev}</p><p>{nxt}</p></div>'


def _related(story: Story) -> str:
    same = [s for s in POSTS if s is not story and story.cat in _cats(s)][:4]
    items = "".join(
        f'<li><a href="{permalink(s)}">{esc(s.title)}</a> <span>({_dmy(s.opts["posted"][0])})</span></li>' for s in same
    )
    return f'<div class="xg"><h3 class="xg-bt">Bài cùng chuyên mục</h3><ul>{items}</ul></div>'


def _post(request: Request, story: Story, cpage: int = 0) -> Response:
    day, hm = story.opts["posted"]
    cats = ", ".join(f'<a href="/index.php/category/{c}/">{esc(CATS[c])}</a>' for c in _cats(story))
    ncom = len(story.opts.get("comments", []))
    pub = _posted(story) + timedelta(hours=1)  # the theme's Asia/Shanghai clock
    link = base_url(request) + core_link(story)
    images = [base_url(request) + i.src for i in story.images][:3]
    ld = {
        "@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld",
        "@id": link,
        "appid": "1612345678901234",
        "title": story.title,
        "images": images,
        "description": _excerpt(story, 120),
        "pubDate": pub.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    if story.opts.get("protected"):
        content = f"""<form class="protected" action="/index.php/archives/{story.id}/" method="post">
<p class="word">Bài viết này được bảo vệ bằng mật khẩu. Vui lòng nhập mật khẩu để xem nội dung.</p>
<p><input type="password" class="text" name="protectPassword">
<input type="hidden" name="protectCID" value="{story.id}">
<input type="submit" class="submit" value="Xem bài"></p></form>"""
        if request.method == "POST":
            content = '<p class="loi">Mật khẩu không đúng, vui lòng thử lại.</p>' + content
    else:
        content = _body(story)
    bqsm = f"""<div class="bqsm"><p>Bản quyền bài viết: <b>{SITE}</b>. Khi đăng lại vui lòng ghi rõ nguồn.</p>
<p>Liên kết bài viết: <a href="{link}">{link}</a></p></div>"""
    mod = story.opts.get("mod")
    mod_line = f'<p class="gx">Sửa lần cuối: {mod}</p>' if mod else ""
    tags = [(slug, name) for slug, (name, cids) in TAGS.items() if story.id in cids]
    tag_line = (
        '<div class="wz-tag">Thẻ: ' + ", ".join(f'<a href="/index.php/tag/{s}/">{esc(n)}</a>' for s, n in tags) + "</div>"
        if tags
        else '<div class="wz-tag">Thẻ: Không có</div>'
    )
    share_url = quote(link, safe="")
    main = f"""<div class="mbx">Vị trí hiện tại: <a href="/">Trang chủ</a> » <a href="/index.php/category/{story.cat}/">{esc(CATS[story.cat])}</a> » Nội dung</div>
<div class="wenzhang" id="post-{story.id}">
<h2 class="wz-bt">{esc(story.title)}</h2>
<div class="wz-xx"><span><i class="icon-user"></i> Tác giả: <a href="/index.php/author/1/">quantri</a></span>
<span><i class="icon-time"></i> {hm} - {_dmy(day)}</span>
<span><i class="icon-folder"></i> Chuyên mục: {cats}</span>
<span><i class="icon-eye"></i> Lượt xem: {story.views()}</span>
<span><a href="#comments">{ncom} bình luận</a></span></div>
<div class="wz-nr">
{content}
{bqsm}
</div>
{mod_line}
{tag_line}
<div class="fx">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="nofollow">Facebook</a>
<a href="https://zalo.me/share?u={share_url}" target="_blank" rel="nofollow">Zalo</a>
<a href="javascript:window.print();">In bài</a></div>
{_neighbours(story)}
{_related(story)}
{_comments(story, cpage)}
</div>"""
    return _page(request, f"{story.title} - {SITE}", main, head=head, description=_excerpt(story, 150))


# --- standalone pages -----------------------------------------------------------------------------

PAGES.update(
    {
        "gioi-thieu": (
            "Giới thiệu",
            """<p>Trường THCS Nguyễn Du được thành lập năm 1976, tọa lạc tại phường Phú Hội, thành phố Huế.
Qua gần 50 năm xây dựng và phát triển, nhà trường luôn là đơn vị dẫn đầu phong trào thi đua của ngành
giáo dục thành phố.</p>
<p>Năm học 2026 - 2027, nhà trường có 28 lớp với 1.124 học sinh, 64 cán bộ, giáo viên, nhân viên.</p>
<p><img src="/usr/uploads/2026/11/truong-nguyen-du.jpg" alt="Toàn cảnh trường"></p>""",
        ),
        "doi-ngu-giao-vien": (
            "Đội ngũ giáo viên",
            """<table class="bang" border="1" cellspacing="0"><tbody>
<tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th></tr>
<tr><td>1</td><td>Lê Văn Thành</td><td>Hiệu trưởng</td></tr>
<tr><td>2</td><td>Trần Thị Minh Nguyệt</td><td>Phó Hiệu trưởng</td></tr>
<tr><td>3</td><td>Đặng Quang Vinh</td><td>Tổ trưởng tổ Toán - Tin</td></tr>
<tr><td>4</td><td>Nguyễn Thị Lan</td><td>Tổ trưởng tổ Ngữ văn</td></tr>
</tbody></table>""",
        ),
        "lien-he": (
            "Liên hệ",
            """<p><b>Trường THCS Nguyễn Du</b></p>
<p>Địa chỉ: Số 14 Nguyễn Du, phường Phú Hội, thành phố Huế</p>
<p>Điện thoại: 0234 3822 415</p><p>Email: thcsnguyendu.hue@gmail.com</p>
<p><a href="https://maps.google.com/?q=THCS+Nguyen+Du+Hue" target="_blank" rel="nofollow">Xem bản đồ</a></p>""",
        ),
        "thu-vien-anh": (
            "Thư viện ảnh",
            """<div class="album"><h3>Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</h3>
<a href="/usr/uploads/2026/11/2890013476.jpg"><img src="/usr/uploads/2026/11/2890013476.jpg" alt=""></a>
<a href="/usr/uploads/2026/11/2890017702.jpg"><img src="/usr/uploads/2026/11/2890017702.jpg" alt=""></a></div>
<div class="album"><h3>Hội thi Giai điệu tuổi hồng</h3>
<a href="/usr/uploads/2026/11/4120937751.jpg"><img src="/usr/uploads/2026/11/4120937751.jpg" alt=""></a></div>""",
        ),
        "van-ban": (
            "Văn bản",
            """<table class="bang" border="1" cellspacing="0"><tbody>
<tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>
<tr><td>112/TB-THCSND</td><td>30/11/2026</td><td>Thông báo về việc tổ chức kiểm tra cuối học kỳ I</td>
<td><a href="/usr/uploads/2026/12/tb-112-kiem-tra-hk1.pdf">Tải về</a></td></tr>
<tr><td>45/KH-THCSND</td><td>05/09/2026</td><td>Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027</td>
<td><a href="/usr/uploads/2026/09/kh-45-nhiem-vu-nam-hoc.pdf">Tải về</a></td></tr>
</tbody></table>""",
        ),
        "thoi-khoa-bieu": (
            "Thời khóa biểu",
            """<p>Thời khóa biểu học kỳ I năm học 2026 - 2027, áp dụng từ ngày 09/11/2026.</p>
<table class="bang" border="1" cellspacing="0"><tbody>
<tr><th>Tiết</th><th>Thứ Hai</th><th>Thứ Ba</th><th>Thứ Tư</th></tr>
<tr><td>1</td><td>Chào cờ</td><td>Toán</td><td>Ngữ văn</td></tr>
<tr><td>2</td><td>Ngữ văn</td><td>Tiếng Anh</td><td>Khoa học tự nhiên</td></tr>
</tbody></table>""",
        ),
    }
)


def _standalone(request: Request, slug: str) -> Response | None:
    if slug not in PAGES:
        return None
    title, inner = PAGES[slug]
    main = f"""<div class="mbx">Vị trí hiện tại: <a href="/">Trang chủ</a> » {esc(title)}</div>
<div class="wenzhang danye"><h2 class="wz-bt">{esc(title)}</h2>
<div class="wz-nr">{inner}</div></div>"""
    return _page(request, f"{title} - {SITE}", main, description=title)


def _feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"""<item><title>{esc(s.title)}</title><link>{base}{core_link(s)}</link>
<guid>{base}{core_link(s)}</guid><pubDate>{(_posted(s) - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S")} +0000</pubDate>
<dc:creator>quantri</dc:creator><category>{esc(CATS[s.cat])}</category>
<description><![CDATA[{_excerpt(s, 200)}]]></description></item>"""
        for s in POSTS[:10]
    )
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>{SITE}</title><link>{base}/</link><description>Tin tức Trường THCS Nguyễn Du</description>
<language>vi</language>{items}</channel></rss>"""
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- routing --------------------------------------------------------------------------------------

_ARCHIVE = re.compile(r"^/archives/(\d+)/(?:comment-page-(\d+))?$")
_OLD = re.compile(r"^/archives/([a-z0-9-]+)\.html$")
_CATEGORY = re.compile(r"^/category/([a-z0-9-]+)/(?:(\d+)/)?$")
_HOME_PAGE = re.compile(r"^/page/(\d+)/$")
_TAG = re.compile(r"^/tag/([^/]+)/$")
_MONTH = re.compile(r"^/(\d{4})/(\d{2})/$")
_SEARCH = re.compile(r"^/search/([^/]+)/$")
_STANDALONE = re.compile(r"^/([a-z0-9-]+)\.html$")


class TypechoSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/usr/"):
            if path == f"{THEME}/timthumb.php":
                return static_file("thumb.jpg")
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/index.php" or path.startswith("/index.php/"):
            path = path[len("/index.php") :] or "/"
        if request.method == "POST":
            return self._post(request, path)
        return self._get(request, path)

    def _post(self, request: Request, path: str) -> Response | None:
        if path == "/":
            keyword = request.form.get("s", "").strip()
            if not keyword:
                return redirect("/")
            return redirect(f"/index.php/search/{quote(keyword)}/")
        if path == "/action/vote":
            return redirect("/")
        m = re.match(r"^/archives/(\d+)/comment$", path)
        if m and int(m.group(1)) in BY_CID:
            return redirect(f"/index.php/archives/{m.group(1)}/#comments")
        m = _ARCHIVE.match(path)
        if m and BY_CID.get(int(m.group(1))) is PROTECTED and not m.group(2):
            return _post(request, PROTECTED)
        return None

    def _get(self, request: Request, path: str) -> Response | None:
        if path == "/":
            return _home(request, 1)
        if m := _HOME_PAGE.match(path):
            page = int(m.group(1))
            return _home(request, page) if page >= 2 else None
        if m := _ARCHIVE.match(path):
            story = BY_CID.get(int(m.group(1)))
            if story is None:
                return None
            if story.opts.get("old"):
                return None if m.group(2) else redirect(permalink(story), 301)
            cpage = int(m.group(2) or 0)
            pages = -(-len(story.opts.get("comments", [])) // 2)
            if m.group(2) and not 1 <= cpage <= pages:
                return None
            return _post(request, story, cpage)
        if m := _OLD.match(path):
            story = BY_SLUG.get(m.group(1))
            return _post(request, story) if story else None
        if m := _CATEGORY.match(path):
            page = int(m.group(2) or 1)
            if m.group(2) and page < 2:
                return None
            return _category(request, m.group(1), page)
        if m := _TAG.match(path):
            return _tag(request, unquote(m.group(1)))
        if path in ("/author/1/",):
            return _author(request)
        if m := _MONTH.match(path):
            return _month(request, int(m.group(1)), int(m.group(2)))
        if m := _SEARCH.match(path):
            return _search(request, unquote(m.group(1)))
        if path == "/feed/":
            return _feed(request)
        if m := _STANDALONE.match(path):
            return _standalone(request, m.group(1))
        return None


def build_site() -> TypechoSite:
    return TypechoSite()


# --- gold -----------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    if story.opts.get("old"):
        return [core_link(story)]
    cid = story.id
    alts = [f"/archives/{cid}/"]
    comments = story.opts.get("comments", [])
    pages = -(-len(comments) // 2)
    if pages > 1:
        alts += [f"/index.php/archives/{cid}/comment-page-{n}" for n in range(1, pages + 1)]
    for n, (coid, *_rest) in enumerate(comments):
        cpage = n // 2 + 1 if pages > 1 and n >= 2 else 0
        alts.append(f"{_reply_base(story, cpage)}?replyTo={coid}")
    return alts


GOLD = [
    gold_record(story, permalink(story), CATS[story.cat], alt_paths=_alt_paths(story))
    for story in sorted(STORIES, key=lambda s: s.opts["posted"], reverse=True)
]

NON_ARTICLES = [
    "/index.php/gioi-thieu.html",
    "/index.php/doi-ngu-giao-vien.html",
    "/index.php/lien-he.html",
    "/index.php/thu-vien-anh.html",
    "/index.php/van-ban.html",
    "/index.php/thoi-khoa-bieu.html",
    "/index.php/archives/28/",
]
