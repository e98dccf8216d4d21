"""emlog 6 blog of Trường Mầm non Sao Mai (thị xã Sa Pa, tỉnh Lào Cai), colourful kindergarten theme.

Platform: emlog 6.x (a small Chinese PHP blog engine), theme "saomai" put together by a parent
volunteer from the default template, Vietnamese language pack. KindEditor is the post editor.
Articles ("bài viết"), sorts (chuyên mục), tags (thẻ), archives by month (lưu trữ), the
"微语" short notes translated "Tin ngắn", and comments with nested replies.

URL scheme (every link printed absolute from BLOG_URL, as emlog does):
- ``/?post=<gid>``: an article, **and** a custom page (emlog's "页面": Giới thiệu, Liên hệ, …):
  both are rows of the same table and share the address;
- ``/post-<gid>.html``: the same article in the "file" URL mode; only the theme's "Tin liên
  quan" plugin still prints it (it builds its links by hand);
- ``/?post=<gid>&comment-page=<n>``: the article again with another page of its comments;
- ``/?page=<n>`` home list, ``/?sort=<sid>&page=<n>`` sort lists, ``/?record=<yyyymm>&page=<n>``
  monthly archives, ``/?tag=<tag>`` (urlencoded, ``+`` for spaces) tag lists, ``/t/`` short notes,
  ``/rss.php`` the feed. Four posts a page everywhere (emlog's one ``index_lognum``).

Page templates: header (today's date, site name, navigation with drop-downs), list
(``div.bai-viet`` items with date line, excerpt, "Đọc tiếp »", counters, emlog's pager of
numbers with « and » to the first/last page), article (breadcrumb, a cloud-shaped day badge,
``h2``, ``p.date`` meta line, optional excerpt box, ``div.noidung`` text, attachments, tags,
share tools, "Tin liên quan", previous/next post, comments, comment pager, comment form), page
(title and text only, comments), password form, short notes. Sidebar widgets: search, sorts,
tag cloud, newest posts, newest comments, newest short notes, archive, links, visitor counter.

How the gold articles are reached: home list ``/`` .. ``/?page=4`` (post 10 is sticky on top of
page 1), sort lists (``/?sort=2&page=2`` holds the oldest "Hoạt động của bé" post), month
archives (``/?record=202611&page=2``), tag lists, newest-posts widget, previous/next links and
the feed.

Traps:
1. Custom pages share the article address: ``/?post=2`` Giới thiệu, ``/?post=3`` Liên hệ,
   ``/?post=4`` Thư viện ảnh (an album), ``/?post=5`` Lịch sinh hoạt một ngày are emlog pages at
   ``?post=N`` (title, text, even comments; no date line) -> NON_ARTICLES, not gold.
2. File-mode duplicates: "Tin liên quan" links ``/post-<gid>.html``, which serves the same
   article with no canonical -> one gold record at ``/?post=<gid>``, the other in alt_paths.
3. Comment pages: post 15 has seven comments, five a page; ``?post=15&comment-page=2`` (and the
   way back, ``comment-page=1``) print the whole article again -> alt_paths of the one record.
4. emlog's date format ``Y-n-j`` with the language pack's weekday between day and time and an
   unpadded hour: "Đăng lúc: 2026-12-3 Thứ Năm 9:05" -> "2026-12-03T09:05:00+07:00". The day
   badge before the title ("03" / "Th12") has no year and is no date of its own.
5. A post imported from the old site carries the time "0:00" ("2026-10-20 Thứ Ba 0:00") -> the
   day alone "2026-10-20".
6. Byline is the CMS account: "Người đăng: saomai_admin" -> nobody; the real writer signs at the
   end of the text in a right-aligned line ("GV. Lò Thị Mai – Lớp Lá 1" -> "Lò Thị Mai";
   "Tin, ảnh: Giàng Thị Sùng" -> author and photographer); that line is not body.
7. emlog's attachment-panel images: ``<a href="content/uploadfile/…/x.jpg" id="ematt:31"><img
   src="content/uploadfile/…/thum-x.jpg" title="Bấm để xem ảnh gốc" alt="IMG_2034.jpg"></a>``:
   the picture is the ``thum-`` file as printed (relative to the site root), its title attribute
   is a tooltip and its alt a file name: neither is a caption. Captions are the italic centred
   line under it.
8. KindEditor emoticons (``/admin/editor/plugins/emoticons/images/13.gif``) inline at the end
   of paragraphs, and in comments: no images, no text.
9. The title is escaped once more by ``<title>`` and the "Bài viết mới" widget:
   ``&amp;quot;Bé khéo tay&amp;quot;`` (shows ``&quot;``), ``GD&amp;amp;ĐT`` (shows ``GD&amp;ĐT``),
   while the ``h2`` prints the quotes and the ampersand -> the title as the ``h2`` shows it.
10. Comments with nested replies (``div.comment`` / ``div.comment-children``, names, times
    later than the post, prose of several sentences) follow the text -> not body, not dates.
11. "Tin ngắn" (微语) notes: dated short texts on ``/t/`` and in a home widget with no page of
    their own -> not articles (``/t/`` is a NON_ARTICLE).
12. A password-protected post (gid 16) is listed like any post, with title and date line, but its
    page is a password form -> NON_ARTICLES, not gold.
13. A post pasted from Zalo: one ``div`` of lines split by ``<br />`` with ``&nbsp;`` indents ->
    each line a paragraph.
14. Sticky post: the list prints a pin picture and "[Ghim]" before its title, on page 1 only,
    out of date order -> the article's own title has neither.
15. Pager of numbers only: ``<span>1</span> 2 3 4 »`` where « and » jump to the first and
    last page (no "Trang sau").
16. "Tệp đính kèm: thucdon-t12.pdf (48.2 KB)" under the text, "Thẻ:" tags, share tools, the
    previous/next line -> not body. "Nguồn: X" at the end -> source.
17. An excerpt (emlog's 摘要) printed in a box ``div.loi-dan`` above the text on two posts ->
    the summary and the body's first paragraph; other posts' list excerpts are cut text with
    "..." -> summary null.

Gold decisions on ambiguous points:
- The image is the ``<img src>`` as printed (the ``thum-`` file), not the full picture it links.
- category: the sort name, as the breadcrumb and the meta line print it.
- The time of day printed in the meta line is kept; "0:00" is read as no time (trap 5).
- A signature "GV. <name> – <class>" gives the name alone; "saomai_admin" is nobody.
- The protected post is not an article (its page prints no text); the emlog pages are not
  articles even though they live at ``?post=N``.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "emlog_mamnon"
PLATFORM = "emlog 6 (PHP blog) with a parent-made kindergarten theme, Vietnamese language pack"
START_PATH = "/"

HEADER_DAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
ACCOUNT = "saomai_admin"

SORTS = {1: "Tin tức - Sự kiện", 2: "Hoạt động của bé", 3: "Góc phụ huynh", 4: "Thông báo"}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
UP = "content/uploadfile"

# --- the posts ------------------------------------------------------------------------------


def _sig(name_line: str) -> Raw:
    return Raw(f'<p style="text-align:right;"><strong><em>{esc(name_line)}</em></strong></p>')


def _src(month: str, name: str) -> str:
    return f"{UP}/{month}/thum-{name}.jpg"


STORIES: list[Story] = [
    Story(
        6, "lop-tieng-mong", "Khai giảng lớp làm quen tiếng Việt cho trẻ 5 tuổi người Mông",
        "Tin tức - Sự kiện", "2026-10-05T08:30:00+07:00",
        [
            P("Sáng ngày 05/10/2026, Trường Mầm non Sao Mai tổ chức khai giảng lớp làm quen tiếng Việt "
              "cho 28 trẻ 5 tuổi người Mông ở các bản Lao Chải, Tả Van."),
            Img(_src("202610", "a81c20f1d3"), "Cô Hiệu trưởng tặng quà cho các bé trong ngày khai giảng.",
                "Cô Hiệu trưởng tặng quà cho các bé trong ngày khai giảng."),
            P("Lớp học được duy trì hai buổi mỗi tuần, do hai giáo viên biết tiếng Mông phụ trách, giúp trẻ "
              "tự tin giao tiếp trước khi vào lớp Một."),
            P("Phụ huynh các bản rất phấn khởi, nhiều gia đình đưa con đến từ sớm dù đường xa."),
            _sig("Tin, ảnh: Giàng Thị Sùng"),
        ],
        authors=["Giàng Thị Sùng"], photographers=["Giàng Thị Sùng"],
        opts={"tags": ["Sa Pa"], "att": None},
    ),
    Story(
        7, "hai-che-ta-phin", "Bé lớp Lá 1 trải nghiệm hái chè ở đồi chè Tả Phìn",
        "Hoạt động của bé", "2026-10-14T15:20:00+07:00",
        [
            P("Trong chủ đề \"Quê hương – Đất nước\", các bé lớp Lá 1 đã có buổi trải nghiệm hái chè tại "
              "đồi chè Tả Phìn.", "emo:1"),
            P("Được các cô chú công nhân hướng dẫn, bé biết cách hái một tôm hai lá, biết chè được sao "
              "khô như thế nào."),
            Img(_src("202610", "5be9f0c2aa"), "Các bé háo hức với giỏ chè đầu tiên.",
                "Các bé háo hức với giỏ chè đầu tiên."),
            P("Buổi trải nghiệm giúp trẻ thêm yêu lao động và quý trọng sản phẩm của quê hương mình."),
            _sig("GV. Lò Thị Mai – Lớp Lá 1"),
        ],
        authors=["Lò Thị Mai"],
        opts={"tags": ["trải nghiệm", "Sa Pa"]},
    ),
    Story(
        8, "giu-am-mua-ret", "Giữ ấm cho trẻ khi Sa Pa vào mùa rét",
        "Góc phụ huynh", "2026-10-20",
        [
            P("Nhiệt độ ở Sa Pa về đêm có thể xuống dưới 5 độ C, trẻ mầm non rất dễ bị nhiễm lạnh."),
            P("Một số lưu ý dành cho phụ huynh:", "h"),
            P("Mặc cho trẻ nhiều lớp áo mỏng thay vì một áo quá dày.", "li"),
            P("Giữ ấm cổ, bàn chân và bàn tay khi đưa trẻ đến trường buổi sáng.", "li"),
            P("Cho trẻ uống nước ấm, không tắm quá lâu vào buổi tối.", "li"),
            P("Khi trẻ sốt cao, ho nhiều, phụ huynh cần đưa trẻ đến cơ sở y tế gần nhất."),
            Raw('<p><span style="color:#999999;">Nguồn: Trạm Y tế phường Sa Pa</span></p>'),
        ],
        source="Trạm Y tế phường Sa Pa",
        opts={"tags": ["sức khỏe"], "midnight": True},
    ),
    Story(
        10, "hop-phu-huynh", "Thông báo lịch họp phụ huynh học kỳ I năm học 2026 – 2027",
        "Thông báo", "2026-10-28T09:10:00+07:00",
        [
            P("Nhà trường trân trọng kính mời quý phụ huynh đến dự buổi họp phụ huynh học kỳ I."),
            P("Thời gian: 7 giờ 30 phút, Chủ nhật ngày 08/11/2026."),
            P("Địa điểm: tại các lớp học của điểm trường chính."),
            P("Nội dung: thông qua kế hoạch giáo dục, các khoản thu và bầu Ban đại diện cha mẹ trẻ."),
            P("Rất mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ."),
            Raw('<p style="text-align:right;">BAN GIÁM HIỆU</p>'),
        ],
        authors=["BAN GIÁM HIỆU"],
        summary="Nhà trường trân trọng kính mời quý phụ huynh đến dự buổi họp phụ huynh học kỳ I.",
        opts={"sticky": True, "att": ("kehoach-hop-ph.pdf", "12.6 KB")},
    ),
    Story(
        11, "be-kheo-tay", 'Hội thi "Bé khéo tay" cấp trường năm 2026',
        "Hoạt động của bé", "2026-11-03T07:45:00+07:00",
        [
            P("Hội thi \"Bé khéo tay\" năm nay thu hút 96 bé của 6 lớp Mẫu giáo tham gia."),
            P("Từ lá khô, vỏ ngô, hạt đỗ, các bé đã làm nên những bức tranh ngộ nghĩnh về ruộng bậc "
              "thang và chợ phiên vùng cao.", "emo:13"),
            Img(_src("202611", "c40d7e19b2"), "Ảnh: Hoàng Văn Tú", None),
            P("Ban giám khảo trao 3 giải Nhất, 5 giải Nhì và nhiều giải Khuyến khích."),
        ],
        photographers=["Hoàng Văn Tú"],
        opts={"tags": ["lễ hội"]},
    ),
    Story(
        13, "van-nghe-20-11", "Chào mừng ngày Nhà giáo Việt Nam 20/11: văn nghệ của cô và trò",
        "Tin tức - Sự kiện", "2026-11-10T16:05:00+07:00",
        [
            P("Chiều 10/11, sân trường rộn ràng tiếng hát trong buổi tổng duyệt văn nghệ chào mừng "
              "ngày Nhà giáo Việt Nam."),
            P("Mỗi lớp góp một tiết mục: múa xòe, hát dân ca Mông, kể chuyện \"Cô giáo em\"."),
            Img(_src("202611", "0f3a9be771"), "Tiết mục múa của lớp Chồi 2.", "Tiết mục múa của lớp Chồi 2."),
            Img(_src("202611", "9d22c8e004"), "Cô và trò lớp Lá 2 song ca.", "Cô và trò lớp Lá 2 song ca."),
            P("Chương trình chính thức sẽ diễn ra vào sáng 20/11 với sự tham dự của phụ huynh."),
        ],
        opts={"tags": ["lễ hội"]},
    ),
    Story(
        14, "tro-choi-dan-gian", "5 trò chơi dân gian giúp bé phát triển vận động",
        "Góc phụ huynh", "2026-11-18T10:30:00+07:00",
        [
            P("Trò chơi dân gian vừa rèn luyện thể lực vừa giúp trẻ gần gũi với bạn bè."),
            P("1. Rồng rắn lên mây", "h"),
            P("Trẻ xếp hàng nối đuôi nhau, rèn khả năng phối hợp và phản xạ."),
            P("2. Nhảy bao bố", "h"),
            P("Giúp trẻ phát triển cơ chân và giữ thăng bằng."),
            P("3. Ném còn, kéo co, bịt mắt bắt dê", "h"),
            P("Phụ huynh có thể chơi cùng con vào cuối tuần để gắn kết gia đình."),
            Raw('<p style="text-align:right;"><em>Theo Báo Lào Cai</em></p>'),
        ],
        source="Báo Lào Cai",
        opts={"tags": []},
    ),
    Story(
        15, "ky-niem-44-nam", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "Tin tức - Sự kiện", "2026-11-20T08:00:00+07:00",
        [
            P("Sáng 20/11/2026, Trường Mầm non Sao Mai long trọng tổ chức lễ kỷ niệm 44 năm Ngày "
              "Nhà giáo Việt Nam."),
            P("Tới dự có đại diện lãnh đạo Phòng Giáo dục và Đào tạo thị xã Sa Pa, Ban đại diện cha "
              "mẹ trẻ và đông đảo phụ huynh."),
            Img(_src("202611", "7e55aa3160"), "Quang cảnh buổi lễ.", "Quang cảnh buổi lễ."),
            P("Dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào thi "
              "đua \"Dạy tốt – Học tốt\"."),
            P("Buổi lễ khép lại bằng tiết mục đồng ca \"Cô giáo như mẹ hiền\" của các bé.", "emo:0"),
            _sig("Tin: Phạm Thu Hằng - Ảnh: Hoàng Văn Tú"),
        ],
        authors=["Phạm Thu Hằng"], photographers=["Hoàng Văn Tú"],
        opts={"tags": ["lễ hội"], "comments": 7},
    ),
    Story(
        17, "thuc-don-t12", "Thực đơn tuần 1 tháng 12 năm 2026",
        "Thông báo", "2026-11-26T14:40:00+07:00",
        [
            P("Nhà trường thông báo thực đơn bữa trưa tuần 1 tháng 12 như sau:"),
            P("Thứ | Món mặn | Món canh", "tr"),
            P("Thứ Hai | Thịt lợn kho trứng cút | Canh bí xanh nấu tôm", "tr"),
            P("Thứ Ba | Cá basa sốt cà chua | Canh rau cải nấu thịt", "tr"),
            P("Thứ Tư | Gà rang gừng | Canh su su nấu xương", "tr"),
            P("Thứ Năm | Đậu phụ nhồi thịt | Canh cải bắp", "tr"),
            P("Thứ Sáu | Thịt bò xào su hào | Canh rau ngót", "tr"),
        ],
        opts={"tags": [], "att": ("thucdon-t12.pdf", "48.2 KB")},
    ),
    Story(
        18, "tuyet-dau-mua", "Bé vui đón tuyết đầu mùa trên sân trường",
        "Hoạt động của bé", "2026-11-30T09:00:00+07:00",
        [
            P("Sáng nay, Sa Pa đón đợt tuyết đầu mùa."),
            P("Các bé được cô giáo mặc ấm, đội mũ len rồi dắt ra sân ngắm tuyết rơi."),
            P("Nhiều bé lần đầu tiên nhìn thấy tuyết nên rất háo hức."),
            P("Sau 15 phút, cô cho các bé vào lớp uống nước gừng ấm."),
            P("Phụ huynh nhớ mang thêm tất và găng tay cho con nhé!"),
        ],
        opts={"tags": ["trải nghiệm", "Sa Pa"], "zalo": True},
    ),
    Story(
        19, "doan-kiem-tra", "Đoàn kiểm tra của Phòng GD&ĐT thị xã Sa Pa làm việc tại trường",
        "Tin tức - Sự kiện", "2026-12-01T15:30:00+07:00",
        [
            P("Ngày 01/12/2026, đoàn kiểm tra của Phòng GD&ĐT thị xã Sa Pa do bà Vàng Thị Dung, "
              "Phó Trưởng phòng, làm trưởng đoàn đã làm việc tại Trường Mầm non Sao Mai."),
            P("Đoàn kiểm tra công tác nuôi dưỡng, chăm sóc trẻ và việc thực hiện chương trình giáo dục "
              "mầm non."),
            Img(_src("202612", "33b0d4e9fa"), "Đoàn kiểm tra dự giờ lớp Mầm 1.",
                "Đoàn kiểm tra dự giờ lớp Mầm 1."),
            P("Kết thúc buổi làm việc, đoàn đánh giá cao sự cố gắng của tập thể sư phạm nhà trường."),
            _sig("Phạm Thu Hằng"),
        ],
        authors=["Phạm Thu Hằng"],
        opts={"tags": ["Sa Pa"]},
    ),
    Story(
        21, "phong-cum-mua", "Phòng bệnh cúm mùa cho trẻ mầm non",
        "Góc phụ huynh", "2026-12-03T09:05:00+07:00",
        [
            P("Cúm mùa lây qua đường hô hấp và dễ bùng phát ở trường mầm non khi trời lạnh."),
            P("Phụ huynh nên cho trẻ rửa tay bằng xà phòng, đeo khẩu trang khi đến nơi đông người."),
            P("Khi trẻ có biểu hiện sốt, ho, sổ mũi, phụ huynh cho trẻ nghỉ ở nhà và báo cho giáo viên "
              "chủ nhiệm."),
            P("Nhà trường đã tổng vệ sinh, khử khuẩn toàn bộ phòng học và đồ chơi."),
            Raw('<p><strong>Nguồn: Trung tâm Y tế thị xã Sa Pa</strong></p>'),
        ],
        source="Trung tâm Y tế thị xã Sa Pa",
        summary="Cúm mùa lây qua đường hô hấp và dễ bùng phát ở trường mầm non khi trời lạnh.",
        opts={"tags": ["sức khỏe"]},
    ),
    Story(
        22, "banh-day", "Bé lớp Chồi 2 làm bánh dày mừng lễ hội",
        "Hoạt động của bé", "2026-12-04T16:50:00+07:00",
        [
            P("Chuẩn bị cho lễ hội cuối năm, các bé lớp Chồi 2 cùng cô giáo và các mẹ học làm bánh dày."),
            Img(_src("202612", "e1f7c05b3d"), "Bé nặn bánh cùng mẹ.", "Bé nặn bánh cùng mẹ."),
            P("Bé được xem cách đồ xôi, giã xôi và nặn bánh tròn xinh.", "emo:13"),
            P("Những chiếc bánh đầu tiên được bé mang về tặng ông bà."),
            _sig("GV. Tẩn Thị Lan – Lớp Chồi 2"),
        ],
        authors=["Tẩn Thị Lan"],
        opts={"tags": ["lễ hội"]},
    ),
]
BY_ID = {s.id: s for s in STORIES}

# the password-protected post, listed among the posts (trap 12)
PROTECTED = {"id": 16, "title": "Ảnh kỷ yếu lớp Lá 2 (dành cho phụ huynh)", "sort": 2,
             "when": _dt.datetime(2026, 11, 24, 11, 15)}

# emlog pages (trap 1): gid -> (title, paragraphs)
PAGES = {
    2: ("Giới thiệu", [
        "Trường Mầm non Sao Mai được thành lập năm 1998, đóng tại tổ 5, phường Sa Pa.",
        "Năm học 2026 – 2027 trường có 12 nhóm lớp với 356 trẻ và 41 cán bộ, giáo viên, nhân viên.",
    ]),
    3: ("Liên hệ", [
        "Địa chỉ: Tổ 5, phường Sa Pa, thị xã Sa Pa, tỉnh Lào Cai.",
        "Điện thoại: 0214 3871 258 – Email: mnsaomai.sapa@laocai.edu.vn",
    ]),
    4: ("Thư viện ảnh", []),
    5: ("Lịch sinh hoạt một ngày của bé", [
        "7h00 – 8h00: Đón trẻ, chơi tự do.",
        "8h00 – 8h30: Thể dục sáng.",
        "8h30 – 9h30: Hoạt động học.",
        "10h30 – 14h00: Ăn trưa, ngủ trưa.",
    ]),
}

NOTES = [
    ("2026-12-5 7:20", "Sáng nay trời -1 độ, các mẹ cho bé mặc thật ấm nhé ❄️"),
    ("2026-12-4 17:05", "Lớp Chồi 2 cảm ơn các mẹ đã đến giúp làm bánh dày."),
    ("2026-12-2 10:40", "Thứ Sáu tuần này bé nghỉ học buổi chiều để giáo viên tập huấn."),
    ("2026-11-28 16:30", "Nhà trường nhận đồ ấm ủng hộ các bé bản Sín Chải đến hết tháng 12."),
    ("2026-11-21 8:00", "Cảm ơn phụ huynh đã đến chúc mừng các cô nhân ngày 20/11."),
]

TAGS = ["lễ hội", "sức khỏe", "trải nghiệm", "Sa Pa"]


def _when(story: Story) -> _dt.datetime:
    stamp = story.published_at or ""
    if "T" in stamp:
        return _dt.datetime.fromisoformat(stamp).replace(tzinfo=None)
    return _dt.datetime.fromisoformat(stamp + "T00:00:00")


def _emlog_date(when: _dt.datetime) -> str:
    """emlog's 'Y-n-j' + weekday + 'G:i' as the language pack prints it (trap 4)."""
    return f"{when.year}-{when.month}-{when.day} {WEEKDAYS[when.weekday()]} {when.hour}:{when.minute:02d}"


# one list of every post in the listing order of emlog (sticky first, then newest first)
class _Entry:
    def __init__(self, gid: int, title: str, sort: int, when: _dt.datetime, sticky: bool = False):
        self.gid, self.title, self.sort, self.when, self.sticky = gid, title, sort, when, sticky


def _entries() -> list[_Entry]:
    sort_id = {v: k for k, v in SORTS.items()}
    out = [_Entry(s.id, s.title, sort_id[s.cat], _when(s), bool(s.opts.get("sticky"))) for s in STORIES]
    out.append(_Entry(PROTECTED["id"], PROTECTED["title"], PROTECTED["sort"], PROTECTED["when"]))
    return sorted(out, key=lambda e: e.when, reverse=True)


ENTRIES = _entries()


def _home_order() -> list[_Entry]:
    return [e for e in ENTRIES if e.sticky] + [e for e in ENTRIES if not e.sticky]


# --- comments -------------------------------------------------------------------------------

_NAMES = ["Mẹ bé Su", "Bố bé Na", "Mẹ bé Bông", "Bà nội bé Tít", "Mẹ Gấu", "Bố bé Cà Rốt", "Mẹ bé Mây"]
_SAYS = [
    "Cảm ơn các cô đã chăm sóc các con chu đáo. Bé nhà em về kể chuyện suốt cả buổi tối.",
    "Nhìn các con vui quá, mong nhà trường tổ chức thêm nhiều hoạt động như thế này.",
    "Các cô vất vả quá, chúc các cô luôn mạnh khỏe và yêu nghề.",
    "Hôm nào có ảnh đầy đủ các cô gửi lên nhóm Zalo lớp giúp phụ huynh với ạ.",
    "Bé nhà mình lần đầu được tham gia nên háo hức lắm, cảm ơn nhà trường.",
    "Chúc mừng các cô giáo nhân ngày Nhà giáo Việt Nam, chúc nhà trường ngày càng phát triển.",
    "Năm nào trường mình cũng tổ chức chu đáo, phụ huynh rất yên tâm gửi con.",
]


def _comments(story: Story) -> list[tuple[int, str, str, str, bool]]:
    """(cid, name, time, text, is_reply) for a story; deterministic."""
    count = story.opts.get("comments", 2 if story.id % 3 else 1)
    base = _when(story) + _dt.timedelta(hours=5)
    out = []
    for i in range(count):
        cid = story.id * 10 + i
        when = base + _dt.timedelta(hours=7 * i)
        stamp = f"{when.year}-{when.month}-{when.day} {when.hour}:{when.minute:02d}"
        out.append((cid, _NAMES[(story.id + i) % 7], stamp, _SAYS[(story.id + i) % 7], False))
        if i == 0:
            out.append((cid + 9000, "Cô Lò Thị Mai", stamp, "Cảm ơn phụ huynh đã quan tâm ạ!", True))
    return out


COMMENTS_PER_PAGE = 5


def _comment_html(comments: list, page: int, blog: str, gid: int) -> str:
    tops = [c for c in comments if not c[4]]
    pages = max(1, -(-len(tops) // COMMENTS_PER_PAGE))
    shown = tops[(page - 1) * COMMENTS_PER_PAGE: page * COMMENTS_PER_PAGE]
    parts = ['<a name="comments"></a><div id="comments">']
    emo = f'<img src="{blog}/admin/editor/plugins/emoticons/images/13.gif" border="0" alt="" />'
    for cid, name, stamp, say, _reply in shown:
        parts.append(
            f'<div class="comment" id="comment-{cid}"><a name="comment-{cid}"></a>'
            f'<div class="avatar"><img src="{blog}/content/templates/saomai/images/avatar.png" /></div>'
            f'<div class="comment-info"><b>{esc(name)}</b><br /><span class="comment-time">{stamp}</span>'
            f'<div class="comment-content">{esc(say)} {emo}</div>'
            f'<div class="comment-reply"><a href="#comment-{cid}" onclick="commentReply({cid},this)">Trả lời</a></div>'
        )
        for rcid, rname, rstamp, rsay, reply in comments:
            if reply and rcid == cid + 9000:
                parts.append(
                    f'<div class="comment comment-children" id="comment-{rcid}"><a name="comment-{rcid}"></a>'
                    f'<div class="comment-info"><b>{esc(rname)}</b><br /><span class="comment-time">{rstamp}</span>'
                    f'<div class="comment-content">{esc(rsay)}</div></div></div>'
                )
        parts.append("</div></div>")
    parts.append("</div>")
    if pages > 1:
        nav = []
        for n in range(1, pages + 1):
            if n == page:
                nav.append(f"<span>{n}</span>")
            else:
                nav.append(f'<a href="{blog}/?post={gid}&amp;comment-page={n}#comments">{n}</a>')
        parts.append(f'<div id="pagenavi">{" ".join(nav)}</div>')
    parts.append(
        '<div id="comment-place"><div class="comment-post" id="comment-post">'
        '<p class="comment-header"><b>Gửi bình luận:</b></p>'
        f'<form method="post" name="commentform" action="{blog}/index.php?action=addcom" id="commentform">'
        f'<input type="hidden" name="gid" value="{gid}" />'
        '<p><input type="text" name="comname" value="" /> <label>Tên</label></p>'
        '<p><textarea name="comment" rows="6"></textarea></p>'
        '<p><input type="submit" value="Gửi bình luận" /></p></form></div></div>'
    )
    return "".join(parts)


# --- rendering ------------------------------------------------------------------------------

_EMATT = [31]


def _render_blocks(story: Story, blog: str) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    zalo = bool(story.opts.get("zalo"))
    if zalo:
        lines = [b.text for b in blocks if isinstance(b, P)]
        out.append(
            '<div style="font-family:Arial;font-size:15px;">'
            + "<br />\n".join("&nbsp;&nbsp;&nbsp; " + esc(t) for t in lines)
            + "</div>"
        )
        return "\n".join(out)
    att = 30 + story.id
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            att += 1
            full = b.src.replace("thum-", "")
            fname = f"IMG_{2000 + att}.jpg"
            out.append(
                f'<p style="text-align:center;"><a target="_blank" href="{full}" id="ematt:{att}">'
                f'<img src="{b.src}" title="Bấm để xem ảnh gốc" alt="{fname}" border="0" width="480" height="360" />'
                "</a></p>"
            )
            if b.printed:
                out.append(
                    f'<p style="text-align:center;"><span style="font-size:13px;"><em>{esc(b.printed)}</em></span></p>'
                )
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                tag = "th" if first else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                first = False
                i += 1
            out.append('<table border="1" cellpadding="4" style="border-collapse:collapse;width:100%;">'
                       + "".join(rows) + "</table>")
            continue
        elif b.style == "h":
            out.append(f'<p><span style="color:#e53333;font-size:18px;"><strong>{esc(b.text)}</strong></span></p>')
        elif b.style.startswith("emo:"):
            n = b.style[4:]
            out.append(
                f"<p>{esc(b.text)} <img src=\"{blog}/admin/editor/plugins/emoticons/images/{n}.gif\" "
                'border="0" alt="" /></p>'
            )
        else:
            out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(b.text)}</p>")
        i += 1
    return "\n".join(out)


def _tag_url(blog: str, tag: str) -> str:
    return f"{blog}/?tag={quote_plus(tag)}"


def _sidebar(blog: str) -> str:
    sorts = "".join(
        f'<li><a href="{blog}/?sort={sid}">{esc(name)}</a>({sum(1 for e in ENTRIES if e.sort == sid)})</li>'
        for sid, name in SORTS.items()
    )
    cloud = "".join(
        f'<span style="font-size:{12 + 2 * len(_tagged(t))}pt; line-height:30px;">'
        f'<a href="{_tag_url(blog, t)}" title="{len(_tagged(t))} bài viết">{esc(t)}</a></span> '
        for t in TAGS
    )
    # newest-posts widget escapes the stored (already escaped) title once more (trap 9)
    newest = "".join(
        f'<li><a href="{blog}/?post={e.gid}">{esc(esc(e.title))}</a></li>' for e in ENTRIES[:5]
    )
    newcom = []
    for s in sorted(STORIES, key=_when, reverse=True)[:3]:
        cid, name, _stamp, say, _r = _comments(s)[0]
        newcom.append(f'<li id="comment">{esc(name)}<br /><a href="{blog}/?post={s.id}#comment-{cid}">'
                      f"{esc(say[:30])}...</a></li>")
    notes = "".join(f"<li>{esc(t)}<p>{d}</p></li>" for d, t in NOTES[:3])
    months = {}
    for e in ENTRIES:
        key = f"{e.when.year}{e.when.month:02d}"
        months[key] = months.get(key, 0) + 1
    record = "".join(
        f'<li><a href="{blog}/?record={k}">Tháng {int(k[4:])} {k[:4]}({v})</a></li>' for k, v in months.items()
    )
    return (
        '<ul id="sidebar">'
        '<li><h3><span>Tìm kiếm</span></h3><ul id="logserch">'
        f'<form name="keyform" method="get" action="{blog}/index.php"><input name="keyword" class="search" type="text" />'
        '<input type="submit" value="Tìm" /></form></ul></li>'
        f'<li><h3><span>Chuyên mục</span></h3><ul id="blogsort">{sorts}</ul></li>'
        f'<li><h3><span>Thẻ</span></h3><ul id="blogtags"><li>{cloud}</li></ul></li>'
        f'<li><h3><span>Bài viết mới</span></h3><ul id="newlog">{newest}</ul></li>'
        f'<li><h3><span>Bình luận mới</span></h3><ul id="newcomment">{"".join(newcom)}</ul></li>'
        f'<li><h3><span>Tin ngắn mới</span></h3><ul id="twitter">{notes}'
        f'<p><a href="{blog}/t/">Xem thêm &raquo;</a></p></ul></li>'
        f'<li><h3><span>Lưu trữ</span></h3><ul id="record">{record}</ul></li>'
        '<li><h3><span>Liên kết</span></h3><ul id="link">'
        '<li><a href="https://pgdsapa.laocai.edu.vn/" target="_blank">Phòng GD&amp;ĐT thị xã Sa Pa</a></li>'
        '<li><a href="https://sgd.laocai.gov.vn/" target="_blank">Sở GD&amp;ĐT Lào Cai</a></li>'
        '<li><a href="https://moet.gov.vn/" target="_blank">Bộ Giáo dục và Đào tạo</a></li></ul></li>'
        '<li><h3><span>Thống kê truy cập</span></h3><ul class="dem-truy-cap">'
        "<li>Đang online: 7</li><li>Hôm nay: 184</li><li>Tổng truy cập: 215.903</li></ul></li>"
        "</ul>"
    )


def _layout(request: Request, title_html: str, main: str, desc: str = "") -> Response:
    blog = base_url(request)
    nav = (
        '<div id="nav"><ul class="bar">'
        f'<li class="item common"><a href="{blog}/">Trang chủ</a></li>'
        f'<li class="item common"><a href="{blog}/?post=2">Giới thiệu</a><ul class="sub-nav">'
        f'<li><a href="{blog}/?post=5">Lịch sinh hoạt một ngày</a></li>'
        f'<li><a href="{blog}/?post=4">Thư viện ảnh</a></li></ul></li>'
        f'<li class="item common"><a href="{blog}/?sort=1">Tin tức - Sự kiện</a></li>'
        f'<li class="item common"><a href="{blog}/?sort=2">Hoạt động của bé</a></li>'
        f'<li class="item common"><a href="{blog}/?sort=3">Góc phụ huynh</a><ul class="sub-nav">'
        f'<li><a href="{blog}/?sort=4">Thông báo</a></li></ul></li>'
        f'<li class="item common"><a href="{blog}/t/">Tin ngắn</a></li>'
        f'<li class="item common"><a href="{blog}/?post=3">Liên hệ</a></li>'
        "</ul></div>"
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{title_html}</title>
<meta name="keywords" content="mầm non, Sao Mai, Sa Pa" />
<meta name="description" content="{esc(desc or 'Trường Mầm non Sao Mai - Sa Pa - Lào Cai')}" />
<meta name="generator" content="emlog" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{blog}/xmlrpc.php?rsd" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{blog}/rss.php" />
<link href="{blog}/content/templates/saomai/main.css" rel="stylesheet" type="text/css" />
<script src="{blog}/include/lib/js/common_tpl.js" type="text/javascript"></script>
</head>
<body>
<div id="wrap">
<div id="top-bar"><span class="homnay">{HEADER_DAY}</span> | Hotline: 0214 3871 258</div>
<div id="header">
<img src="{blog}/content/templates/saomai/images/logo-saomai.png" alt="logo" class="logo" />
<h1><a href="{blog}/">Trường Mầm non Sao Mai</a></h1>
<h3>Thị xã Sa Pa – tỉnh Lào Cai · Vui chơi mà học, học mà vui chơi</h3>
<img src="{blog}/content/templates/saomai/images/may-cau-vong.png" alt="" class="trangtri" />
</div>
{nav}
<div id="content">
<div id="contentleft">
{main}
</div>
<div id="contentright">{_sidebar(blog)}</div>
</div>
<div style="clear:both;"></div>
<div id="footerbar">
<p>TRƯỜNG MẦM NON SAO MAI – Tổ 5, phường Sa Pa, thị xã Sa Pa, tỉnh Lào Cai</p>
<p>Điện thoại: 0214 3871 258 – Email: mnsaomai.sapa@laocai.edu.vn</p>
<p>Copyright &copy; 2026 Trường Mầm non Sao Mai. Powered by <a href="http://www.emlog.net" title="emlog">emlog</a>
 <a href="{blog}/rss.php">RSS</a></p>
</div>
</div>
</body>
</html>"""
    return html(page)


def _pager(blog: str, prefix: str, page: int, pages: int) -> str:
    """emlog's pagination(): numbers, « to the first and » to the last page (trap 15)."""
    if pages <= 1:
        return ""

    def url(n: int) -> str:
        if n > 1:
            return f"{blog}/{prefix}page={n}"
        return f"{blog}/{prefix.removesuffix('&amp;').removesuffix('?')}"

    parts = []
    if page > 1:
        parts.append(f'<a href="{url(1)}" title="Trang đầu">&laquo;</a>')
    for n in range(1, pages + 1):
        parts.append(f"<span>{n}</span>" if n == page else f'<a href="{url(n)}">{n}</a>')
    if page < pages:
        parts.append(f'<a href="{url(pages)}" title="Trang cuối">&raquo;</a>')
    return '<div id="pagenavi">' + " ".join(parts) + "</div>"


def _tagged(tag: str) -> list[int]:
    return [s.id for s in STORIES if tag in s.opts.get("tags", [])]


def _excerpt(gid: int) -> str:
    if gid == PROTECTED["id"]:
        return "<p>Bài viết này được bảo vệ bằng mật khẩu. Vui lòng nhập mật khẩu để xem.</p>"
    story = BY_ID[gid]
    if story.summary:
        return f"<p>{esc(story.summary)}</p>"
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return f"<p>{esc(first[:120])}...</p>"


def _list_item(blog: str, e: _Entry, show_pin: bool) -> str:
    pin = ""
    if show_pin and e.sticky:
        pin = (f'<img src="{blog}/content/templates/saomai/images/ghim.png" title="Tin ghim" alt="" /> '
               '<span class="ghim">[Ghim]</span> ')
    thumb = ""
    story = BY_ID.get(e.gid)
    if story and story.images:
        thumb = f'<a href="{blog}/?post={e.gid}"><img class="anh-nho" src="{blog}/{story.images[0].src}" alt="" /></a>'
    ncom = len([c for c in _comments(story) if not c[4]]) if story else 0
    views = story.views() if story else 58
    return (
        '<div class="bai-viet">'
        f'<h2>{pin}<a href="{blog}/?post={e.gid}">{esc(e.title)}</a></h2>'
        f'<p class="date">Người đăng: {ACCOUNT} &nbsp;Đăng lúc: {_emlog_date(e.when)} '
        f'<a href="{blog}/?sort={e.sort}">{esc(SORTS[e.sort])}</a></p>'
        f"{thumb}{_excerpt(e.gid)}"
        f'<p class="readmore"><a href="{blog}/?post={e.gid}">Đọc tiếp &raquo;</a></p>'
        f'<p class="count"><a href="{blog}/?post={e.gid}#comments">Bình luận({ncom})</a> '
        f'<a href="{blog}/?post={e.gid}">Lượt xem({views})</a></p>'
        '<div style="clear:both;"></div></div>'
    )


def _listing(request: Request, entries: list[_Entry], heading: str, prefix: str, page: int,
             home: bool = False) -> Response | None:
    blog = base_url(request)
    pages = max(1, -(-len(entries) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    shown = entries[(page - 1) * PER_PAGE: page * PER_PAGE]
    main = ""
    if home and page == 1:
        main += ('<div class="tin-ngan-chay"><b>Tin ngắn:</b> '
                 + " &nbsp;|&nbsp; ".join(f"{esc(t)} <em>({d})</em>" for d, t in NOTES[:2]) + "</div>")
    if heading:
        main += f'<div class="tieu-de-muc">{heading}</div>'
    main += "".join(_list_item(blog, e, home and page == 1) for e in shown)
    main += _pager(blog, prefix, page, pages)
    title = "Trường Mầm non Sao Mai" + (f" - {_html.unescape(heading)}" if heading else "")
    return _layout(request, esc(title), main)


def _article(request: Request, story: Story, comment_page: int) -> Response | None:
    blog = base_url(request)
    comments = _comments(story)
    tops = [c for c in comments if not c[4]]
    if comment_page < 1 or (comment_page - 1) * COMMENTS_PER_PAGE >= max(1, len(tops)):
        return None
    when = _when(story)
    sid = {v: k for k, v in SORTS.items()}[story.cat]
    att = ""
    if story.opts.get("att"):
        fname, size = story.opts["att"]
        att = (f'<div id="att"><p class="att">Tệp đính kèm: <a href="{blog}/{UP}/202611/{fname}" target="_blank">'
               f"{esc(fname)}</a> ({size})</p></div>")
    tags = story.opts.get("tags", [])
    tag_html = ""
    if tags:
        tag_html = '<p class="tag">Thẻ: ' + " ".join(
            f'<a href="{_tag_url(blog, t)}">{esc(t)}</a>' for t in tags) + "</p>"
    related = [s for s in STORIES if s.cat == story.cat and s.id != story.id][:3]
    rel_html = ""
    if related:
        rel_html = ('<div class="lien-quan"><h3>Tin liên quan</h3><ul>'
                    + "".join(f'<li><a href="{blog}/post-{s.id}.html">{esc(s.title)}</a></li>' for s in related)
                    + "</ul></div>")
    order = [e for e in ENTRIES]
    idx = next(i for i, e in enumerate(order) if e.gid == story.id)
    neigh = []
    if idx + 1 < len(order):
        older = order[idx + 1]
        neigh.append(f'&laquo; <a href="{blog}/?post={older.gid}">{esc(older.title)}</a>')
    if idx > 0:
        newer = order[idx - 1]
        neigh.append(f'<a href="{blog}/?post={newer.gid}">{esc(newer.title)}</a> &raquo;')
    box = ""
    if story.summary:
        box = f'<div class="loi-dan"><b>{esc(story.summary)}</b></div>'
    body_blocks = _render_blocks(story, blog)
    if story.summary:
        # the excerpt box stands for the first paragraph: the text starts after it
        first = next(b for b in story.blocks if isinstance(b, P))
        body_blocks = _render_blocks(Story(story.id, story.slug, story.title, story.cat, story.published_at,
                                           [b for b in story.blocks if b is not first], opts=story.opts), blog)
    main = (
        f'<div class="duong-dan">Bạn đang ở: <a href="{blog}/">Trang chủ</a> &raquo; '
        f'<a href="{blog}/?sort={sid}">{esc(story.cat)}</a> &raquo; Bài viết</div>'
        f'<div class="ngay-may"><span class="ngay">{when.day:02d}</span><span class="thang">Th{when.month}</span></div>'
        f"<h2>{esc(story.title)}</h2>"
        f'<p class="date">Người đăng: {ACCOUNT} &nbsp;Đăng lúc: {_emlog_date(when)} &nbsp;'
        f'<a href="{blog}/?sort={sid}">{esc(story.cat)}</a> &nbsp;Lượt xem({story.views()}) &nbsp;'
        f'<a href="#comments">Bình luận({len(tops)})</a></p>'
        f"{box}"
        f'<div class="noidung">\n{body_blocks}\n</div>'
        f"{att}{tag_html}"
        '<div class="chia-se">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php" target="_blank">'
        f'<img src="{blog}/content/templates/saomai/images/fb.png" alt="Facebook" /></a> '
        '<a href="javascript:window.print();">In bài</a></div>'
        f"{rel_html}"
        f'<div class="nextlog">{" | ".join(neigh)}</div>'
        f"{_comment_html(comments, comment_page, blog, story.id)}"
    )
    title = esc(esc(story.title)) + " - Trường Mầm non Sao Mai"
    return _layout(request, title, main, desc=_html.unescape(_excerpt(story.id)[3:-4]))


def _page(request: Request, gid: int) -> Response:
    blog = base_url(request)
    title, paras = PAGES[gid]
    content = "".join(f"<p>{esc(p)}</p>" for p in paras)
    if gid == 4:
        content = '<div class="album">' + "".join(
            f'<a href="{UP}/202611/anh-{n}.jpg" target="_blank"><img src="{UP}/202611/thum-anh-{n}.jpg" '
            f'alt="" width="150" /></a>' for n in range(1, 9)) + "</div>"
    main = f'<h2>{esc(title)}</h2><div class="noidung">{content}</div>'
    if gid != 3:
        main += ('<div id="comment-place"><form method="post" action="'
                 f'{blog}/index.php?action=addcom"><input type="hidden" name="gid" value="{gid}" />'
                 '<textarea name="comment"></textarea><input type="submit" value="Gửi" /></form></div>')
    return _layout(request, esc(title) + " - Trường Mầm non Sao Mai", main)


def _protected(request: Request) -> Response:
    blog = base_url(request)
    when = PROTECTED["when"]
    main = (
        f'<div class="duong-dan">Bạn đang ở: <a href="{blog}/">Trang chủ</a> &raquo; '
        f'<a href="{blog}/?sort=2">Hoạt động của bé</a> &raquo; Bài viết</div>'
        f'<h2>{esc(PROTECTED["title"])}</h2>'
        f'<p class="date">Người đăng: {ACCOUNT} &nbsp;Đăng lúc: {_emlog_date(when)}</p>'
        '<div class="noidung"><form action="" method="post" style="margin:20px 0;">'
        'Vui lòng nhập mật khẩu để xem bài viết: <input type="password" name="logpwd" /> '
        '<input type="submit" value="Xem bài" /></form></div>'
    )
    return _layout(request, esc(PROTECTED["title"]) + " - Trường Mầm non Sao Mai", main)


def _notes(request: Request) -> Response:
    items = "".join(
        f'<li><div class="main1"><p class="post1">{esc(t)}</p><div class="bttome"><p class="time">{d}</p>'
        '<p class="post"><a href="javascript:void(0);">Trả lời(0)</a></p></div></div></li>'
        for d, t in NOTES
    )
    main = f'<div id="tw"><h2>Tin ngắn</h2><ul>{items}</ul></div>'
    return _layout(request, "Tin ngắn - Trường Mầm non Sao Mai", main)


def _rss(request: Request) -> Response:
    blog = base_url(request)
    items = "".join(
        f"<item><title>{esc(e.title)}</title><link>{blog}/?post={e.gid}</link>"
        f"<pubDate>{e.when.strftime('%a, %d %b %Y %H:%M:%S')} +0700</pubDate></item>"
        for e in ENTRIES[:10]
    )
    xml = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
           f"<title>Trường Mầm non Sao Mai</title><link>{blog}/</link>{items}</channel></rss>")
    return Response(200, xml, {"Content-Type": "text/xml; charset=utf-8"})


_RSD = (
    '<?xml version="1.0" encoding="utf-8"?><rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd">'
    "<service><engineName>emlog</engineName><engineLink>http://www.emlog.net</engineLink></service></rsd>"
)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/rss.php":
            return _rss(request)
        if path in ("/t", "/t/"):
            return _notes(request) if not request.query else None
        if path.startswith("/post-") and path.endswith(".html"):
            num = path[len("/post-"):-len(".html")]
            if num.isdigit() and int(num) in BY_ID and not request.query:
                return _article(request, BY_ID[int(num)], 1)
            return None
        if path.startswith(("/content/", "/admin/editor/", "/include/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/xmlrpc.php" and request.query == "rsd":
            return Response(200, _RSD, {"Content-Type": "text/xml; charset=utf-8"})
        if path not in ("/", "/index.php"):
            return None
        params = request.params
        page_raw = params.get("page", "1")
        if not page_raw.isdigit():
            return None
        page = int(page_raw)
        keys = set(params) - {"page"}
        if not keys:
            return _listing(request, _home_order(), "", "?", page, home=True)
        if keys == {"post"} or keys == {"post", "comment-page"}:
            if "page" in params:
                return None
            gid_raw = params["post"]
            if not gid_raw.isdigit():
                return None
            gid = int(gid_raw)
            cpage_raw = params.get("comment-page", "1")
            if not cpage_raw.isdigit():
                return None
            if gid in BY_ID:
                return _article(request, BY_ID[gid], int(cpage_raw))
            if "comment-page" in params:
                return None
            if gid in PAGES:
                return _page(request, gid)
            if gid == PROTECTED["id"]:
                return _protected(request)
            return None
        if keys == {"sort"}:
            sid = params["sort"]
            if not sid.isdigit() or int(sid) not in SORTS:
                return None
            entries = [e for e in ENTRIES if e.sort == int(sid)]
            return _listing(request, entries, f"Chuyên mục: {esc(SORTS[int(sid)])}", f"?sort={sid}&amp;", page)
        if keys == {"record"}:
            rec = params["record"]
            entries = [e for e in ENTRIES if f"{e.when.year}{e.when.month:02d}" == rec]
            if not entries:
                return None
            return _listing(request, entries, f"Lưu trữ: Tháng {int(rec[4:])} năm {rec[:4]}",
                            f"?record={rec}&amp;", page)
        if keys == {"tag"}:
            tag = params["tag"]
            if tag not in TAGS:
                return None
            ids = set(_tagged(tag))
            entries = [e for e in ENTRIES if e.gid in ids]
            return _listing(request, entries, f"Thẻ: {esc(tag)}", f"?tag={quote_plus(tag)}&amp;", page)
        if keys == {"keyword"}:
            return _listing(request, [], f"Kết quả tìm kiếm: {esc(params['keyword'])}", "?", 1) if page == 1 else None
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    path = f"/?post={story.id}"
    alts = [f"/post-{story.id}.html"]
    tops = [c for c in _comments(story) if not c[4]]
    if len(tops) > COMMENTS_PER_PAGE:
        alts += [f"/?post={story.id}&comment-page=1", f"/?post={story.id}&comment-page=2"]
    return gold_record(story, path, story.cat, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = ["/?post=2", "/?post=3", "/?post=4", "/?post=5", "/?post=16", "/t/"]
