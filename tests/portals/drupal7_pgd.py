"""Phòng GD&ĐT thành phố Cao Lãnh (Đồng Tháp) on Drupal 7 with a contributed theme adapted by a
local web company ("pgd_caolanh", a reworked Marinelli-like sub-theme), pathauto, views, print.

Platform
--------
Drupal 7.x. Content types: *Tin bài* (article: title, body, field_image + field_chu_thich_anh,
field_tom_tat (sapo), field_tac_gia, field_ngay_dang (custom date, used by the "Thông báo" editors),
field_chuyen_muc (multi-valued term reference), field_tags, field_file (attachments)), *Trang cơ
bản* (page), *Văn bản* (document entry), *Thư viện ảnh* (gallery). Comments are open on news.
The taxonomy vocabulary "Chuyên mục" is a hierarchy::

    Tin tức (parent, /chuyen-muc/tin-tuc)
      ├─ Tin giáo dục            /chuyen-muc/tin-giao-duc
      ├─ Hoạt động các trường    /chuyen-muc/hoat-dong-cac-truong
      └─ Chuyên môn - Nghiệp vụ  /chuyen-muc/chuyen-mon-nghiep-vu
    Thông báo                    /chuyen-muc/thong-bao

Page chrome: header with logo, site name (a ``div``, not a heading), today's date
"Thứ Bảy, 05/12/2026", search form; superfish main menu; breadcrumb; right sidebar blocks (Xem
nhiều nhất, Thống kê truy cập "Đang online / Hôm nay / Tổng truy cập", Liên kết website, a poll);
footer with address and phone.

URL scheme
----------
- ``/`` front page: views blocks "Tin nổi bật" (3 promoted), "Tin mới" (5 newest of Tin tức),
  "Thông báo" (newest notices) and a "Xem tất cả tin tức »" link. No pager on the front page.
- ``/chuyen-muc/<term>``: taxonomy term page (node teasers, 8 per page, newest first), Drupal's
  0-based pager ``?page=1`` printed as "2"; "« đầu", "‹ trước", "sau ›", "cuối »". The parent term
  "Tin tức" lists the nodes of its three children (depth "all").
- ``/tin-tuc/<slug>``: an article (pathauto alias); ``/node/<nid>`` serves the very same page;
  ``/print/<nid>`` is the print module's printer-friendly view; ``/comment/<cid>`` (a comment's
  permalink) renders the whole node page too, as Drupal 7 does.
- ``/printmail/<nid>`` ("Gửi cho bạn bè" form), ``/comment/reply/<nid>/<cid>`` (reply form),
  ``/user/login?destination=…`` (login form), ``/poll`` (old polls): forms and lists, no articles.
- ``/gioi-thieu``, ``/lien-he`` (contact form), ``/lich-cong-tac-tuan`` (weekly schedule page),
  ``/van-ban/<slug>`` (document entry), ``/thu-vien-anh/<slug>`` (photo gallery).
- Files: ``/sites/default/files/...`` (image styles carry ``?itok=`` tokens), theme files under
  ``/sites/all/themes/pgd_caolanh/``. No robots.txt, no sitemap (the spec asks for none).

How each gold article is reached
--------------------------------
- Home: "Tin nổi bật" (247, 240, 236), "Tin mới" (247, 245, 243, 240, 236), "Thông báo" (248,
  230 and 238, which is also filed under Thông báo); most-read sidebar (243, 233, 238).
- ``/chuyen-muc/tin-tuc`` page 1 (no query): the 8 newest of Tin tức (adds 229).
- ``/chuyen-muc/tin-tuc?page=1`` (the pager's "2", "sau ›", "cuối »"): 221, 217, 212 — only there.
- ``/chuyen-muc/thong-bao`` (menu): 248, 238, 230.
- The child term pages answer but nothing links to them (the term field prints plain text).

Traps
-----
1. Four URLs per article: ``/tin-tuc/<slug>``, ``/node/<nid>`` (linked from a "Tin liên quan"
   list an editor pasted in a body), ``/print/<nid>`` ("Bản in") and ``/comment/<cid>`` (comment
   permalinks of 247). All are in ``alt_paths``; the alias page prints rel=canonical, the print
   view does not. Gold: one record per article.
2. The print view ends with "Nguồn bài viết: http://…/tin-tuc/<slug>" (print module's source
   URL line). It is not the article's source: gold source stays null unless the article prints its
   own "Nguồn:"/"Theo …" line.
3. Dates: the submitted line "Gửi bởi admin vào T4, 02/12/2026 - 16:45" (abbreviated Vietnamese
   weekday, day first) gives "2026-12-02T16:45:00+07:00". The notices use the custom field
   "Ngày đăng: 04/12/2026" instead (submitted line hidden) and print "Cập nhật lần cuối:
   05/12/2026 - 07:40" below: the update time is not the publication, gold is the bare day
   "2026-12-04". Day-first dates with day ≤ 12 (03/11, 06/11, 09/10) must not be read as m/d.
   Comments print the same "Gửi bởi … vào …" line with later dates: not the article's date.
4. Authors: "Gửi bởi admin"/"bientap01" are CMS logins: nobody. The realname module shows
   "Gửi bởi Phạm Quốc Việt" on 243 (no other credit): he is the author. The author field
   "Tác giả: ThS. Nguyễn Văn Bình, Phó Trưởng phòng" gives "Nguyễn Văn Bình" (degree and post
   dropped); a right-aligned "Lê Thị Ngọc Hân - Trường THCS Kim Hồng" gives "Lê Thị Ngọc Hân";
   "Minh Khoa (Trường TH Hòa An)" gives "Minh Khoa"; "Tin và ảnh: Trần Thị Mỹ Duyên" gives her as
   author and photographer; "Tin: Võ Thanh Tùng - Ảnh: CLB Nhiếp ảnh Tuổi Xanh" gives a person and
   a unit; "Nhóm PV" and "Đoàn trường THCS Lê Quý Đôn" are units credited as printed; "Ảnh:
   Internet" credits nobody. Comment authors ("Phụ huynh Lê Văn Tám") are not authors.
5. Photographer inside a caption: 236 prints "… (Ảnh: Huỳnh Tấn Lộc)" under its photos; the
   caption is the line as displayed (credit included) and Huỳnh Tấn Lộc is the photographer.
6. Category: the breadcrumb is "Trang chủ » Tin tức » <term>" — "Tin tức" is the parent term and
   a listing, never the category; the last crumb is plain text. 238 is filed under two terms
   ("Chuyên mục: Chuyên môn - Nghiệp vụ, Thông báo") and listed on both term pages: the breadcrumb
   names the first, "Chuyên môn - Nghiệp vụ", which a reader takes as its section.
7. Body boundaries: the attachment field prints a table ("Tệp đính kèm | Kích thước") right
   under the body, the tags field ("Từ khóa:"), "Lượt xem", the links bar ("Bản in | Gửi cho bạn
   bè | Thêm bình luận"), comments and the comment form follow; none is body. Inside the body
   field an editor pasted "Tin liên quan:" with a list of links (to /node/<nid>): a related list,
   not body. A data table inside the body (exam timetable, results) is body, one row a paragraph.
8. Captions in four forms: a separate field "Chú thích ảnh" under the image field (only for the
   field image), a CKEditor ``<figure><figcaption>``, a two-row table (photo row, caption row —
   the caption row is a caption, not a table row of the body), a centred italic line, and a plain
   paragraph right under the photo (still the caption). A field image without "Chú thích ảnh"
   has caption null.
9. Summary: the field "Tóm tắt" (``div.field-name-field-tom-tat``, bold) printed above the body is a
   sapo (and the first body paragraph in gold); 236 opens with a bold lead paragraph inside the
   body (also a sapo). The teaser text of the listings (body summary, cut with "…") is never a
   summary: articles without either have summary null.
10. ``<br>`` lines inside one paragraph (238's schedule, 212's list of participants): each line is
   a paragraph of its own.
11. Pager: Drupal clamps ``?page=`` — ``/chuyen-muc/tin-tuc?page=7`` answers 200 with the last
   page (the same three articles), ``?page=abc`` answers page 1. The first page has no ``page``
   parameter ("« đầu" links to the bare path).
12. Title: the site name sits in the header as a ``div#site-name`` with a ``strong``; the block
   titles are ``h2``; the article title is ``h1#page-title``. 240's title is printed in capitals as
   the editor typed it (gold keeps them). ``<title>`` adds " | Phòng GD&ĐT thành phố Cao Lãnh".
13. Non-articles that look like articles: "Giới thiệu" is a basic page whose theme still prints
   "Gửi bởi admin vào …"; the document entry prints Số ký hiệu / Ngày ban hành / Trích yếu and an
   attachment; the gallery prints a date and captions; the weekly schedule is a dated table.

Gold decisions
--------------
- title: the ``h1#page-title``; published_at: submitted line (day and time) or "Ngày đăng"
  (day only); authors/photographers per the credits above; category: breadcrumb's last crumb.
- images: the field image first (``?itok=`` kept: it is the printed src), then inline photos in
  order; logos, icons, teaser thumbnails and the print module's logo are not article images.
"""

from __future__ import annotations

import re
from datetime import date

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "drupal7_pgd"
PLATFORM = "Drupal 7 + local contributed sub-theme (pathauto, views, print, comment, poll)"
START_PATH = "/"

TODAY_VN = "Thứ Bảy, 05/12/2026"
SITE_NAME = "Phòng GD&ĐT thành phố Cao Lãnh"
PER_PAGE = 8
THEME = "/sites/all/themes/pgd_caolanh"

CATEGORIES = {
    "tin-giao-duc": "Tin giáo dục",
    "hoat-dong-cac-truong": "Hoạt động các trường",
    "chuyen-mon-nghiep-vu": "Chuyên môn - Nghiệp vụ",
    "thong-bao": "Thông báo",
}
#: the parent term: a listing of its three children, never an article's category
PARENT = ("tin-tuc", "Tin tức")
CHILDREN = ("tin-giao-duc", "hoat-dong-cac-truong", "chuyen-mon-nghiep-vu")

USERS_LOGIN = {"admin", "bientap01"}


def fimg(year_month: str, name: str, tok: str) -> str:
    return f"/sites/default/files/styles/large/public/anh-tin/{year_month}/{name}?itok={tok}"


def inline(year_month: str, name: str) -> str:
    return f"/sites/default/files/images/{year_month}/{name}"


# opts: nid, date_mode ("submitted" | "field"), time ("HH:MM", submitted), updated (field mode),
# user, author_field, fimg (src, caption field or None), tags, files [(name, size)],
# terms (extra term keys), related (nids pasted as "Tin liên quan"), comments [(cid, name, when, text)]
# P styles: "" p, "lead" bold p, "h3", "li" (ul), "oli" (ol), "th"/"td" rows, "br" (lines of one p),
# "quote". Img styles: "field" (image field), "figure", "table", "em", "plain", "none".


STORIES: list[Story] = [
    Story(
        248,
        "thong-bao-ve-viec-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-thanh-pho",
        "Thông báo về việc tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026-2027",
        "thong-bao",
        "2026-12-04",
        [
            P(
                "Căn cứ Kế hoạch số 196/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo thành phố "
                "Cao Lãnh về thực hiện nhiệm vụ năm học 2026-2027, Phòng GD&ĐT thông báo tổ chức kỳ thi "
                "chọn học sinh giỏi lớp 9 cấp thành phố như sau:"
            ),
            P("1. Thời gian, địa điểm", "h3"),
            P(
                "Kỳ thi diễn ra trong hai ngày 19 và 20/12/2026 tại Trường THCS Kim Hồng (số 12 đường "
                "Nguyễn Huệ, Phường 1). Thí sinh có mặt tại điểm thi lúc 6 giờ 45 phút để làm thủ tục."
            ),
            P("2. Lịch thi", "h3"),
            P("Ngày | Buổi | Môn thi | Thời gian làm bài", "th"),
            P("19/12/2026 | Sáng | Ngữ văn, Lịch sử, Địa lý | 150 phút", "td"),
            P("19/12/2026 | Chiều | Tiếng Anh, Tin học | 150 phút", "td"),
            P("20/12/2026 | Sáng | Toán, Vật lý, Hóa học, Sinh học | 150 phút", "td"),
            P("3. Hồ sơ đăng ký", "h3"),
            P(
                "Các trường lập danh sách học sinh dự thi theo mẫu đính kèm, gửi về Phòng GD&ĐT (qua bộ "
                "phận Chuyên môn THCS) và qua hộp thư điện tử chuyenmon.pgdcaolanh@gmail.com chậm nhất "
                "ngày 12/12/2026. Sau thời hạn trên, Phòng không nhận bổ sung danh sách."
            ),
            P(
                "Đề nghị Hiệu trưởng các trường THCS trên địa bàn thành phố triển khai thực hiện nghiêm "
                "túc nội dung thông báo này."
            ),
        ],
        opts={
            "date_mode": "field",
            "updated": "05/12/2026 - 07:40",
            "user": "admin",
            "files": [("TB-258-PGDDT-thi-HSG-lop-9.pdf", "212.4 KB"), ("Mau-danh-sach-HSG.xlsx", "18.9 KB")],
            "tags": ["Học sinh giỏi", "THCS"],
        },
    ),
    Story(
        247,
        "hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tieu-hoc-nam-hoc-2026-2027",
        "Hội thi Giáo viên chủ nhiệm lớp giỏi cấp tiểu học năm học 2026-2027",
        "tin-giao-duc",
        "2026-12-02T16:45:00+07:00",
        [
            P(
                "Từ ngày 30/11 đến 02/12/2026, tại Trường Tiểu học Trần Quốc Toản, Phòng GD&ĐT thành phố "
                "Cao Lãnh tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp tiểu học với 46 giáo viên của "
                "18 trường tham dự."
            ),
            P(
                "Mỗi giáo viên trình bày biện pháp giáo dục học sinh, thực hiện một tiết sinh hoạt lớp và "
                "giải quyết một tình huống sư phạm do Ban giám khảo đưa ra. Nhiều tình huống gắn với thực "
                "tế như học sinh bị bạn bè tẩy chay, phụ huynh phản ứng trên mạng xã hội, học sinh nghiện "
                "trò chơi điện tử."
            ),
            Img(
                inline("2026-12", "gvcn-gioi-tiet-sinh-hoat.jpg"),
                "Cô Nguyễn Thị Bích Tuyền (TH Hòa Thuận) thực hiện tiết sinh hoạt lớp",
                "Cô Nguyễn Thị Bích Tuyền (TH Hòa Thuận) thực hiện tiết sinh hoạt lớp",
                "em",
            ),
            P(
                "“Hội thi là dịp để các thầy cô chia sẻ kinh nghiệm, lan tỏa những cách làm hay trong "
                "công tác chủ nhiệm, nhất là việc phối hợp với cha mẹ học sinh”, bà Lê Thị Kim Phượng, "
                "Phó Trưởng phòng GD&ĐT, phát biểu tại lễ bế mạc.",
                "quote",
            ),
            P(
                "Kết quả, Ban tổ chức công nhận 39 giáo viên đạt danh hiệu Giáo viên chủ nhiệm lớp giỏi "
                "cấp thành phố; trao 3 giải Nhất, 5 giải Nhì, 8 giải Ba và 10 giải Khuyến khích."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thị Thu Hà</strong></p>'),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Nguyễn Thị Thu Hà"],
        summary=(
            "39/46 giáo viên được công nhận danh hiệu Giáo viên chủ nhiệm lớp giỏi cấp thành phố sau ba "
            "ngày tranh tài sôi nổi, nghiêm túc."
        ),
        sapo_outside=True,
        opts={
            "time": "16:45",
            "user": "admin",
            "fimg": (fimg("2026-12", "gvcn-gioi-be-mac.jpg", "q3LxV0aB"), "Ban tổ chức trao giải cho các giáo viên đạt giải Nhất"),
            "tags": ["Giáo viên chủ nhiệm", "Tiểu học"],
            "comments": [
                (15, "Phụ huynh Lê Văn Tám", "T5, 03/12/2026 - 21:14", "Chúc mừng các thầy cô! Cô Tuyền chủ nhiệm lớp con tôi rất tận tâm."),
                (16, "Hoàng Yến", "T6, 04/12/2026 - 06:58", "Mong Phòng chia sẻ các biện pháp đạt giải để giáo viên học tập."),
            ],
        },
    ),
    Story(
        245,
        "truong-thcs-kim-hong-to-chuc-chuyen-de-day-hoc-theo-dinh-huong-stem",
        "Trường THCS Kim Hồng tổ chức chuyên đề “Dạy học theo định hướng STEM”",
        "hoat-dong-cac-truong",
        "2026-11-30T20:05:00+07:00",
        [
            P(
                "Sáng 28/11/2026, Trường THCS Kim Hồng tổ chức chuyên đề “Dạy học theo định hướng STEM” "
                "cấp trường với sự tham dự của toàn thể giáo viên tổ Khoa học tự nhiên và đại diện tổ "
                "chuyên môn các trường THCS lân cận."
            ),
            P(
                "Tiết dạy minh họa bài “Năng lượng tái tạo” của thầy Đỗ Minh Nhựt, lớp 8A2, được thiết kế "
                "theo quy trình kỹ thuật: học sinh tìm hiểu vấn đề, đề xuất giải pháp, chế tạo mô hình tua-bin "
                "gió mini bằng vật liệu tái chế và thử nghiệm ngay tại lớp."
            ),
            Img(
                inline("2026-11", "stem-kim-hong-1.jpg"),
                "Học sinh lớp 8A2 thử nghiệm mô hình tua-bin gió",
                "Học sinh lớp 8A2 thử nghiệm mô hình tua-bin gió",
                "figure",
            ),
            P(
                "Trong phần thảo luận, các thầy cô thống nhất nhiều giải pháp để đưa STEM vào dạy học "
                "thường xuyên: lồng ghép vào các chủ đề liên môn, tận dụng vườn trường và phòng thực hành, "
                "phối hợp với phụ huynh để chuẩn bị vật liệu."
            ),
            P(
                "Năm học này, nhà trường đặt mục tiêu mỗi khối lớp thực hiện ít nhất hai bài học STEM mỗi "
                "học kỳ và tổ chức ngày hội STEM vào tháng 3/2027."
            ),
            Raw('<p style="text-align: right;"><em>Lê Thị Ngọc Hân - Trường THCS Kim Hồng</em></p>'),
        ],
        authors=["Lê Thị Ngọc Hân"],
        opts={"time": "20:05", "user": "admin", "tags": ["STEM", "THCS"]},
    ),
    Story(
        243,
        "nganh-giao-duc-thanh-pho-so-ket-hoat-dong-thang-11-nam-2026",
        "Ngành giáo dục thành phố sơ kết hoạt động tháng 11 năm 2026",
        "tin-giao-duc",
        "2026-11-27T09:30:00+07:00",
        [
            P(
                "Chiều 26/11/2026, Phòng GD&ĐT thành phố Cao Lãnh họp giao ban hiệu trưởng các trường "
                "mầm non, tiểu học và THCS để sơ kết hoạt động tháng 11 và triển khai nhiệm vụ tháng 12."
            ),
            P(
                "Theo báo cáo, trong tháng 11 toàn ngành đã tổ chức thành công các hoạt động chào mừng "
                "Ngày Nhà giáo Việt Nam, hội thi giáo viên dạy giỏi và các chuyên đề cấp cụm. Công tác "
                "chuyển đổi số tiếp tục được đẩy mạnh với 100% trường sử dụng sổ điểm điện tử."
            ),
            P("Nhiệm vụ trọng tâm tháng 12/2026:", "h3"),
            P("Tổ chức kiểm tra, đánh giá cuối học kỳ I đúng quy định, nghiêm túc, khách quan.", "li"),
            P("Tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố vào ngày 19 và 20/12.", "li"),
            P("Rà soát cơ sở vật chất, phòng chống cháy nổ, bảo đảm an toàn trường học dịp cuối năm.", "li"),
            P("Hoàn thành hồ sơ kiểm định chất lượng của 6 trường đăng ký đánh giá ngoài.", "li"),
            P(
                "Kết luận cuộc họp, ông Trần Văn Sang, Trưởng phòng GD&ĐT, đề nghị các đơn vị quan tâm "
                "hơn nữa đến học sinh có hoàn cảnh khó khăn, không để học sinh bỏ học giữa chừng."
            ),
        ],
        authors=["Phạm Quốc Việt"],
        opts={"time": "09:30", "user": "Phạm Quốc Việt", "tags": ["Giao ban"]},
    ),
    Story(
        240,
        "truong-tieu-hoc-tran-quoc-toan-ron-rang-hoi-thao-chao-mung-ngay-nha-giao",
        "TRƯỜNG TIỂU HỌC TRẦN QUỐC TOẢN RỘN RÀNG HỘI THAO CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM",
        "hoat-dong-cac-truong",
        "2026-11-21T15:12:00+07:00",
        [
            P(
                "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, Công đoàn Trường Tiểu học Trần Quốc Toản "
                "tổ chức hội thao dành cho cán bộ, giáo viên, nhân viên với các môn kéo co, nhảy bao bố, "
                "bóng chuyền hơi và cờ tướng."
            ),
            Img(
                inline("2026-11", "hoi-thao-tqt-keo-co.jpg"),
                "Phần thi kéo co sôi nổi giữa các tổ chuyên môn",
                "Phần thi kéo co sôi nổi giữa các tổ chuyên môn",
                "table",
            ),
            P(
                "Hơn 60 thầy cô tham gia trong không khí vui tươi, đoàn kết. Bên cạnh các môn thi đấu, "
                "học sinh các lớp cũng góp mặt cổ vũ nhiệt tình, tạo nên một buổi sáng thứ Bảy rộn ràng."
            ),
            Img(
                inline("2026-11", "hoi-thao-tqt-bong-chuyen.jpg"),
                "Trận chung kết bóng chuyền hơi nữ",
                "Trận chung kết bóng chuyền hơi nữ",
                "table",
            ),
            P(
                "Kết thúc hội thao, tổ Khối 4 giành giải Nhất toàn đoàn, tổ Khối 2 và tổ Văn phòng lần lượt "
                "đạt giải Nhì và giải Ba."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Võ Thanh Tùng - Ảnh: CLB Nhiếp ảnh Tuổi Xanh</strong></p>'),
        ],
        authors=["Võ Thanh Tùng"],
        photographers=["CLB Nhiếp ảnh Tuổi Xanh"],
        opts={"time": "15:12", "user": "admin", "tags": ["Ngày Nhà giáo", "Công đoàn"]},
    ),
    Story(
        238,
        "tap-huan-su-dung-so-diem-dien-tu-va-hoc-ba-so-cho-giao-vien-thcs",
        "Tập huấn sử dụng sổ điểm điện tử và học bạ số cho giáo viên THCS",
        "chuyen-mon-nghiep-vu",
        "2026-11-18",
        [
            P(
                "Thực hiện kế hoạch chuyển đổi số năm học 2026-2027, Phòng GD&ĐT tổ chức tập huấn sử dụng "
                "sổ điểm điện tử và học bạ số cho giáo viên các trường THCS trên địa bàn thành phố."
            ),
            P("Lịch tập huấn cụ thể:", "h3"),
            P("Sáng 24/11/2026: giáo viên các trường THCS Kim Hồng, Lê Quý Đôn, Phan Bội Châu.", "br"),
            P("Chiều 24/11/2026: giáo viên các trường THCS Nguyễn Du, Hòa An, Tân Thuận Đông.", "br"),
            P("Sáng 25/11/2026: giáo viên các trường THCS Mỹ Tân, Mỹ Trà, Tịnh Thới.", "br"),
            P(
                "Địa điểm: phòng máy Trường THCS Kim Hồng. Mỗi giáo viên mang theo máy tính xách tay và "
                "tài khoản đăng nhập hệ thống quản lý trường học đã được cấp."
            ),
            P(
                "Sau tập huấn, các trường hoàn thành việc ký số học bạ học kỳ I trước ngày 15/01/2027 "
                "theo hướng dẫn của Sở GD&ĐT Đồng Tháp."
            ),
        ],
        authors=["Nguyễn Văn Bình"],
        opts={
            "date_mode": "field",
            "updated": "01/12/2026 - 10:22",
            "user": "bientap01",
            "author_field": "ThS. Nguyễn Văn Bình, Phó Trưởng phòng",
            "fimg": (fimg("2026-11", "tap-huan-hoc-ba-so.jpg", "Zk82PmQe"), None),
            "terms": ["thong-bao"],
            "tags": ["Chuyển đổi số", "Học bạ số"],
        },
    ),
    Story(
        236,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "tin-giao-duc",
        "2026-11-19T11:20:00+07:00",
        [
            P(
                "Sáng 19/11, UBND thành phố Cao Lãnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 - 20/11/2026) và tuyên dương 72 nhà giáo tiêu biểu năm học 2025-2026.",
                "lead",
            ),
            P(
                "Dự buổi lễ có ông Nguyễn Hoàng Minh, Phó Chủ tịch UBND thành phố; lãnh đạo Sở GD&ĐT Đồng "
                "Tháp cùng đông đảo nhà giáo đã nghỉ hưu và cán bộ quản lý các trường trên địa bàn."
            ),
            Img(
                inline("2026-11", "le-20-11-tang-hoa.jpg"),
                "Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo (Ảnh: Huỳnh Tấn Lộc)",
                "Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo (Ảnh: Huỳnh Tấn Lộc)",
                "em",
            ),
            P(
                "Năm học 2025-2026, ngành giáo dục thành phố có 38 học sinh đạt giải học sinh giỏi cấp "
                "tỉnh, 4 học sinh đạt giải quốc gia; tỷ lệ học sinh hoàn thành chương trình tiểu học đạt "
                "99,9%, tốt nghiệp THCS đạt 99,6%. Toàn thành phố có thêm 3 trường đạt chuẩn quốc gia."
            ),
            P(
                "Phát biểu tại buổi lễ, ông Nguyễn Hoàng Minh ghi nhận sự tận tụy của đội ngũ nhà giáo và "
                "đề nghị ngành tiếp tục đổi mới phương pháp dạy học, nâng cao chất lượng giáo dục toàn diện."
            ),
            Img(
                inline("2026-11", "le-20-11-tuyen-duong.jpg"),
                "Tuyên dương 72 nhà giáo tiêu biểu (Ảnh: Huỳnh Tấn Lộc)",
                "Tuyên dương 72 nhà giáo tiêu biểu (Ảnh: Huỳnh Tấn Lộc)",
                "em",
            ),
            P(
                "Dịp này, Chủ tịch UBND thành phố tặng Giấy khen cho 72 nhà giáo có thành tích xuất sắc; "
                "5 nhà giáo được Chủ tịch UBND tỉnh tặng Bằng khen."
            ),
            Raw('<p style="text-align: right;"><strong>Nhóm PV</strong></p>'),
        ],
        authors=["Nhóm PV"],
        photographers=["Huỳnh Tấn Lộc"],
        summary=(
            "Sáng 19/11, UBND thành phố Cao Lãnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và tuyên dương 72 nhà giáo tiêu biểu năm học 2025-2026."
        ),
        opts={"time": "11:20", "user": "admin", "tags": ["Ngày Nhà giáo"]},
    ),
]

STORIES += [
    Story(
        233,
        "truong-mam-non-hoa-hong-to-chuc-ngay-hoi-be-vui-khoe",
        "Trường Mầm non Hoa Hồng tổ chức ngày hội “Bé vui khỏe”",
        "hoat-dong-cac-truong",
        "2026-11-12T07:55:00+07:00",
        [
            P(
                "Nhằm tạo sân chơi bổ ích, giúp trẻ phát triển thể chất và kỹ năng vận động, sáng 10/11/2026 "
                "Trường Mầm non Hoa Hồng tổ chức ngày hội “Bé vui khỏe” cho hơn 300 trẻ của 12 lớp."
            ),
            Img(
                inline("2026-11", "be-vui-khoe-dong-dien.jpg"),
                "Các bé lớp Lá 1 biểu diễn bài thể dục nhịp điệu",
                "Các bé lớp Lá 1 biểu diễn bài thể dục nhịp điệu",
                "plain",
            ),
            P(
                "Các bé tham gia những trò chơi dân gian quen thuộc như bịt mắt bắt dê, nhảy lò cò, chuyền "
                "bóng tiếp sức, kéo co. Phụ huynh cũng được mời tham gia cùng con phần thi “Gia đình vui "
                "khỏe”."
            ),
            Img(inline("2026-11", "be-vui-khoe-2.jpg"), None, None, "none"),
            P(
                "Theo cô Nguyễn Thị Kiều Oanh, Hiệu trưởng nhà trường, ngày hội được tổ chức định kỳ mỗi "
                "năm hai lần, gắn với chủ đề “Trường mầm non xanh - an toàn - thân thiện”."
            ),
            Raw('<p style="text-align: right;">Tin và ảnh: <strong>Trần Thị Mỹ Duyên</strong></p>'),
        ],
        authors=["Trần Thị Mỹ Duyên"],
        photographers=["Trần Thị Mỹ Duyên"],
        opts={"time": "07:55", "user": "bientap01", "tags": ["Mầm non"]},
    ),
    Story(
        230,
        "thong-bao-dieu-chinh-lich-hoc-do-anh-huong-trieu-cuong",
        "Thông báo điều chỉnh lịch học do ảnh hưởng của triều cường",
        "thong-bao",
        "2026-10-30",
        [
            P(
                "Do ảnh hưởng của đợt triều cường kết hợp mưa lớn, nhiều tuyến đường tại các phường 3, 4, 6 "
                "và xã Tịnh Thới bị ngập sâu, gây nguy hiểm cho học sinh trên đường đến trường."
            ),
            P(
                "Phòng GD&ĐT thành phố Cao Lãnh thông báo các trường mầm non, tiểu học, THCS thuộc địa bàn "
                "nêu trên cho học sinh nghỉ học buổi chiều từ ngày 02/11 đến hết ngày 04/11/2026. Các trường "
                "chủ động bố trí dạy bù, bảo đảm chương trình theo kế hoạch."
            ),
            P(
                "Hiệu trưởng các trường thông báo kịp thời đến cha mẹ học sinh qua nhóm lớp và ứng dụng "
                "liên lạc điện tử; phân công cán bộ trực, kiểm tra tài sản, thiết bị trong thời gian nghỉ."
            ),
        ],
        opts={
            "date_mode": "field",
            "updated": "31/10/2026 - 17:03",
            "user": "admin",
            "files": [("TB-231-PGDDT-lich-hoc.pdf", "96.1 KB")],
        },
    ),
    Story(
        229,
        "huong-dan-kiem-tra-danh-gia-hoc-sinh-thcs-theo-thong-tu-22-hoc-ky-i",
        "Hướng dẫn kiểm tra, đánh giá học sinh THCS theo Thông tư 22/2021/TT-BGDĐT học kỳ I",
        "chuyen-mon-nghiep-vu",
        "2026-11-06T14:00:00+07:00",
        [
            P(
                "Sở GD&ĐT Đồng Tháp vừa ban hành văn bản hướng dẫn kiểm tra, đánh giá học sinh THCS học kỳ "
                "I năm học 2026-2027 theo Thông tư 22/2021/TT-BGDĐT của Bộ GD&ĐT."
            ),
            P("Một số điểm cần lưu ý", "h3"),
            P("Đề kiểm tra định kỳ được xây dựng theo ma trận và bản đặc tả, bảo đảm mức độ yêu cầu cần đạt.", "oli"),
            P("Các môn đánh giá bằng nhận xét ghi kết quả “Đạt” hoặc “Chưa đạt”, không cho điểm.", "oli"),
            P("Học sinh vắng kiểm tra có lý do chính đáng được kiểm tra bù trong thời hạn 15 ngày.", "oli"),
            P("Kết quả kiểm tra được cập nhật lên sổ điểm điện tử chậm nhất 7 ngày sau khi kiểm tra.", "oli"),
            P(
                "Các trường tổ chức kiểm tra cuối học kỳ I trong thời gian từ ngày 21/12/2026 đến ngày "
                "09/01/2027; báo cáo kết quả về Phòng GD&ĐT trước ngày 16/01/2027."
            ),
            Raw("<p><strong>Nguồn: Sở GD&amp;ĐT Đồng Tháp</strong></p>"),
            Raw(
                '<p><strong>Tin liên quan:</strong></p><ul class="tin-lien-quan">'
                '<li><a href="/node/238">Tập huấn sử dụng sổ điểm điện tử và học bạ số cho giáo viên THCS</a></li>'
                '<li><a href="/node/243">Ngành giáo dục thành phố sơ kết hoạt động tháng 11 năm 2026</a></li></ul>'
            ),
        ],
        source="Sở GD&ĐT Đồng Tháp",
        opts={
            "time": "14:00",
            "user": "admin",
            "files": [("HD-2145-SGDDT-GDTrH.pdf", "388.0 KB")],
            "tags": ["Thông tư 22", "Kiểm tra đánh giá"],
        },
    ),
    Story(
        221,
        "thanh-pho-cao-lanh-trien-khai-thang-hanh-dong-an-toan-giao-thong-trong-truong-hoc",
        "Thành phố Cao Lãnh triển khai Tháng hành động vì an toàn giao thông trong trường học",
        "tin-giao-duc",
        "2026-10-27T10:10:00+07:00",
        [
            P(
                "Hưởng ứng Tháng hành động vì an toàn giao thông, các trường học trên địa bàn thành phố Cao "
                "Lãnh đồng loạt tổ chức tuyên truyền, ký cam kết chấp hành luật giao thông cho học sinh và "
                "cha mẹ học sinh."
            ),
            P(
                "Tại Trường THCS Phan Bội Châu, Công an thành phố phối hợp tổ chức buổi ngoại khóa hướng dẫn "
                "học sinh kỹ năng đi xe đạp an toàn, nhận biết biển báo và cách đội mũ bảo hiểm đúng quy cách."
            ),
            Img(
                inline("2026-10", "atgt-doi-mu-bao-hiem.jpg"),
                "Học sinh được hướng dẫn đội mũ bảo hiểm đúng cách",
                "Học sinh được hướng dẫn đội mũ bảo hiểm đúng cách",
                "em",
            ),
            Raw('<p style="text-align: center;">Ảnh: Internet</p>'),
            P(
                "Đến nay, 100% học sinh THCS đi xe máy điện đã được nhà trường nhắc nhở đội mũ bảo hiểm; "
                "các trường bố trí đội cờ đỏ, giáo viên trực cổng vào giờ tan học để giữ trật tự."
            ),
            P(
                "Ngành giáo dục thành phố phấn đấu không để xảy ra tai nạn giao thông nghiêm trọng liên quan "
                "đến học sinh trong năm học 2026-2027."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Đồng Tháp</em></p>'),
        ],
        source="Báo Đồng Tháp",
        opts={"time": "10:10", "user": "admin", "tags": ["An toàn giao thông"]},
    ),
    Story(
        217,
        "truong-tieu-hoc-hoa-an-dat-chuan-quoc-gia-muc-do-2",
        "Trường Tiểu học Hòa An đạt chuẩn quốc gia mức độ 2",
        "hoat-dong-cac-truong",
        "2026-10-20T08:05:00+07:00",
        [
            P(
                "Ngày 16/10/2026, Đoàn đánh giá ngoài của Sở GD&ĐT Đồng Tháp đã làm việc tại Trường Tiểu "
                "học Hòa An và thống nhất đề nghị công nhận trường đạt kiểm định chất lượng giáo dục cấp độ "
                "3, đạt chuẩn quốc gia mức độ 2."
            ),
            P(
                "Qua 5 năm phấn đấu, nhà trường đã xây mới 8 phòng học, phòng Tin học, phòng Tiếng Anh và "
                "thư viện xanh; tỷ lệ giáo viên đạt trên chuẩn đào tạo đạt 96%."
            ),
            Img(
                inline("2026-10", "hoa-an-doan-danh-gia.jpg"),
                "Đoàn đánh giá ngoài làm việc tại trường",
                "Đoàn đánh giá ngoài làm việc tại trường",
                "figure",
            ),
            P(
                "Bà Nguyễn Thị Thanh Thủy, Hiệu trưởng nhà trường, cho biết: “Danh hiệu là động lực để tập "
                "thể sư phạm tiếp tục đổi mới, nhưng điều quan trọng nhất vẫn là mỗi ngày đến trường là "
                "một ngày vui của các em”."
            ),
            Raw('<p style="text-align: right;"><strong>Minh Khoa (Trường TH Hòa An)</strong></p>'),
        ],
        authors=["Minh Khoa"],
        summary=(
            "Trường Tiểu học Hòa An là trường tiểu học thứ 9 của thành phố đạt chuẩn quốc gia mức độ 2."
        ),
        sapo_outside=True,
        opts={"time": "08:05", "user": "admin", "tags": ["Chuẩn quốc gia", "Tiểu học"]},
    ),
    Story(
        212,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan-cap-tieu-hoc",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán cấp tiểu học",
        "chuyen-mon-nghiep-vu",
        "2026-10-09T16:30:00+07:00",
        [
            P(
                "Ngày 08/10/2026, Phòng GD&ĐT tổ chức sinh hoạt chuyên môn cụm theo nghiên cứu bài học môn "
                "Toán lớp 3 tại Trường Tiểu học Mỹ Tân."
            ),
            P("Thành phần tham dự:", "h3"),
            P("Tổ khối 3 các trường Tiểu học Mỹ Tân, Mỹ Trà, Tân Thuận Tây;", "br"),
            P("Cán bộ quản lý phụ trách chuyên môn của các trường trong cụm;", "br"),
            P("Chuyên viên Tổ Tiểu học Phòng GD&ĐT.", "br"),
            P(
                "Giờ dạy minh họa bài “Bảng nhân 7” do cô Lâm Thị Ngọc Diễm thực hiện. Người dự giờ tập trung "
                "quan sát việc học của học sinh: em nào gặp khó khăn, vì sao, giáo viên đã hỗ trợ ra sao, "
                "thay vì nhận xét, xếp loại tiết dạy."
            ),
            P(
                "Buổi sinh hoạt thống nhất một số biện pháp giúp học sinh ghi nhớ bảng nhân thông qua trò "
                "chơi, hoạt động nhóm đôi và bài tập gắn với tình huống thực tế."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Tiểu học</strong></p>'),
        ],
        authors=["Tổ Tiểu học"],
        opts={"time": "16:30", "user": "admin", "tags": ["Nghiên cứu bài học", "Tiểu học"]},
    ),
]

BY_NID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
#: comment id -> node id (Drupal 7 serves the node page at /comment/<cid>)
COMMENTS = {c[0]: s.id for s in STORIES for c in s.opts.get("comments", [])}


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}"


def alt_paths(story: Story) -> list[str]:
    out = [f"/node/{story.id}", f"/print/{story.id}"]
    out += [f"/comment/{c[0]}" for c in story.opts.get("comments", [])]
    return out


def _with_field_image(record: dict, story: Story) -> dict:
    """The image field's photo, printed above the body with its "Chú thích ảnh" (trap 8), is the
    article's first photo (the first crawl found the helper's gold leaving it out, against the
    docstring: added)."""
    if "fimg" in story.opts:
        src, cap = story.opts["fimg"]
        record["images"] = [{"path": src, "caption": cap}, *record["images"]]
    return record


GOLD = [
    _with_field_image(gold_record(s, article_path(s), CATEGORIES[s.cat], alt_paths=alt_paths(s)), s) for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/lich-cong-tac-tuan",
    "/van-ban/ke-hoach-196-kh-pgddt-nhiem-vu-nam-hoc-2026-2027",
    "/thu-vien-anh/hoi-khoe-phu-dong-cap-thanh-pho-2026",
    "/chuyen-muc/thong-bao",
]


# --- dates ---------------------------------------------------------------------------------

WEEKDAYS = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


def _day(story: Story) -> date:
    y, m, d = (int(x) for x in story.published_at[:10].split("-"))
    return date(y, m, d)


def dmy(story: Story) -> str:
    return _day(story).strftime("%d/%m/%Y")


def submitted_when(story: Story) -> str:
    """Drupal's medium date format as the site configured it: "T4, 02/12/2026 - 16:45"."""
    return f"{WEEKDAYS[_day(story).weekday()]}, {dmy(story)} - {story.opts['time']}"


def newest_first(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (s.published_at[:10], s.id), reverse=True)


def terms_of(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("terms", [])]


def in_term(key: str) -> list[Story]:
    if key == PARENT[0]:
        return newest_first([s for s in STORIES if s.cat in CHILDREN])
    return newest_first([s for s in STORIES if key in terms_of(s)])


def term_name(key: str) -> str:
    return PARENT[1] if key == PARENT[0] else CATEGORIES[key]


# --- body markup ----------------------------------------------------------------------------


def _img_block(img: Img) -> str:
    src = esc(img.src)
    if img.style == "figure":
        return (
            f'<figure class="image"><img alt="{esc(img.printed or "")}" height="450" src="{src}" '
            f'width="680" /><figcaption>{esc(img.printed or "")}</figcaption></figure>'
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 600px;">'
            f'<tbody><tr><td><img alt="" src="{src}" style="width: 600px; height: 400px;" /></td></tr>'
            f'<tr><td style="text-align: center;"><span style="font-size:12px;">{esc(img.printed or "")}'
            "</span></td></tr></tbody></table>"
        )
    pic = f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 640px; height: 427px;" /></p>'
    if img.style == "em":
        return pic + f'\n<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
    if img.style == "plain":
        return pic + f"\n<p>{esc(img.printed or '')}</p>"
    return pic


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_block(b))
        elif b.style in ("li", "oli", "br", "th", "td"):
            group = [b]
            kinds = ("th", "td") if b.style in ("th", "td") else (b.style,)
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style in kinds:
                i += 1
                group.append(blocks[i])
            if b.style == "br":
                out.append("<p>" + "<br />\n".join(esc(p.text) for p in group) + "</p>")
            elif b.style in ("li", "oli"):
                tag = "ul" if b.style == "li" else "ol"
                out.append(f"<{tag}>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + f"</{tag}>")
            else:
                rows = []
                for p in group:
                    cell = "th" if p.style == "th" else "td"
                    rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in p.text.split(" | ")) + "</tr>")
                out.append('<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>' + "".join(rows) + "</tbody></table>")
        elif b.style == "lead":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{esc(b.text)}</p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def teaser_text(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P) and b.style not in ("h3",))
    return first if len(first) <= 170 else first[:170].rsplit(" ", 1)[0] + "…"


def thumb(story: Story) -> str:
    if "fimg" in story.opts:
        name = story.opts["fimg"][0].split("/")[-1].split("?")[0]
    elif story.images:
        name = story.images[0].src.split("/")[-1]
    else:
        return f"{THEME}/images/no-image.png"
    return f"/sites/default/files/styles/thumbnail/public/anh-tin/{name}?itok=t{story.id}"


# --- page chrome ----------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/chuyen-muc/tin-tuc", "Tin tức"),
    ("/chuyen-muc/thong-bao", "Thông báo"),
    ("/van-ban/ke-hoach-196-kh-pgddt-nhiem-vu-nam-hoc-2026-2027", "Văn bản"),
    ("/thu-vien-anh/hoi-khoe-phu-dong-cap-thanh-pho-2026", "Thư viện ảnh"),
    ("/lich-cong-tac-tuan", "Lịch công tác"),
    ("/lien-he", "Liên hệ"),
]
MOST_READ = [243, 233, 238]


def sidebar() -> str:
    popular = "".join(
        f'<li><a href="{article_path(BY_NID[n])}">{esc(BY_NID[n].title)}</a></li>' for n in MOST_READ
    )
    return f"""<aside id="sidebar-second" class="column sidebar"><div class="section">
<div id="block-views-xem-nhieu-block" class="block block-views">
<h2 class="block-title">Xem nhiều nhất</h2>
<div class="content"><div class="view view-xem-nhieu"><div class="item-list"><ul>{popular}</ul></div></div></div>
</div>
<div id="block-poll-recent" class="block block-poll">
<h2 class="block-title">Thăm dò ý kiến</h2>
<div class="content"><form action="/" method="post" id="poll-view-voting" accept-charset="UTF-8">
<div class="poll"><div class="title">Bạn đánh giá thế nào về website của Phòng?</div>
<div class="form-radios"><label><input type="radio" name="choice" value="1"> Rất hữu ích</label>
<label><input type="radio" name="choice" value="2"> Hữu ích</label>
<label><input type="radio" name="choice" value="3"> Cần cải thiện</label></div>
<input type="hidden" name="form_id" value="poll_view_voting">
<input type="submit" id="edit-vote" name="op" value="Bình chọn" class="form-submit"></div>
</form><ul class="links"><li class="0 first last"><a href="/poll" title="Xem danh sách các cuộc thăm dò trên trang web này.">Các thăm dò cũ</a></li></ul></div>
</div>
<div id="block-block-5" class="block block-block">
<h2 class="block-title">Liên kết website</h2>
<div class="content"><ul class="lien-ket">
<li><a href="https://moet.gov.vn" target="_blank"><img src="{THEME}/images/banner-bo-gddt.png" alt="Bộ GD&amp;ĐT"></a></li>
<li><a href="https://sgddt.dongthap.gov.vn" target="_blank"><img src="{THEME}/images/banner-so-gddt.png" alt="Sở GD&amp;ĐT Đồng Tháp"></a></li>
<li><a href="https://caolanhcity.dongthap.gov.vn" target="_blank">Cổng TTĐT thành phố Cao Lãnh</a></li>
</ul></div>
</div>
<div id="block-visitors-0" class="block block-visitors">
<h2 class="block-title">Thống kê truy cập</h2>
<div class="content"><ul class="thong-ke">
<li><img src="{THEME}/images/icon-online.gif" alt=""> Đang online: <strong>17</strong></li>
<li>Hôm nay: <strong>412</strong></li><li>Hôm qua: <strong>1.038</strong></li>
<li>Tổng truy cập: <strong>2.847.315</strong></li></ul></div>
</div>
</div></aside>"""


def layout(title: str, main: str, *, head: str = "", crumbs: list[tuple[str | None, str]] | None = None, body_class: str = "not-front") -> str:
    menu = "".join(
        f'<li class="menu-{i}{" first" if i == 0 else ""}"><a href="{href}">{esc(name)}</a></li>'
        for i, (href, name) in enumerate(MENU)
    )
    crumb_html = ""
    if crumbs:
        parts = [f'<a href="{h}">{esc(t)}</a>' if h else esc(t) for h, t in crumbs]
        crumb_html = '<h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb">' + " » ".join(parts) + "</div>"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head}
<title>{esc(title)} | {esc(SITE_NAME)}</title>
<link type="text/css" rel="stylesheet" href="{THEME}/css/style.css?s1k2a9" media="all" />
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/misc/drupal.js?s1k2a9"></script>
</head>
<body class="html {body_class} page-node">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển đến nội dung chính</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
<a href="/" title="Trang chủ" rel="home" id="logo"><img src="{THEME}/logo.png" alt="Trang chủ" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>{esc(SITE_NAME)}</span></a></strong></div>
<div id="site-slogan">Đổi mới - Sáng tạo - Chất lượng</div></div>
<div class="header-date">{TODAY_VN}</div>
<form action="/search/node" method="post" id="search-block-form" accept-charset="UTF-8"><div class="container-inline">
<input title="Nhập từ khóa bạn muốn tìm kiếm." type="text" name="search_block_form" value="" size="15" maxlength="128" class="form-text" />
<input type="submit" name="op" value="Tìm kiếm" class="form-submit" /></div></form>
</div></div>
<div id="navigation"><div class="section"><ul id="superfish-1" class="menu sf-menu sf-main-menu">{menu}</ul></div></div>
{crumb_html}
<div id="main-wrapper"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section"><a id="main-content"></a>
{main}
</div></div>
{sidebar()}
</div></div>
<div id="footer"><div class="section">
<div id="block-block-2" class="block block-block"><div class="content">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ CAO LÃNH</strong></p>
<p>Địa chỉ: Số 12, đường Lê Lợi, Phường 2, thành phố Cao Lãnh, tỉnh Đồng Tháp</p>
<p>Điện thoại: 0277.3851.246 - Email: pgdcaolanh@dongthap.edu.vn</p>
<p>Chịu trách nhiệm chính: Trần Văn Sang - Trưởng phòng</p>
<p>Thiết kế và phát triển bởi Công ty TNHH Phần mềm Sen Hồng</p></div></div>
</div></div>
</div></div>
</body></html>"""


# --- node pages -----------------------------------------------------------------------------


def _field(name: str, label: str | None, items: str, inline_label: bool = True) -> str:
    lab = ""
    if label:
        kind = "inline" if inline_label else "above"
        lab = f'<div class="field-label">{esc(label)}:&nbsp;</div>'
        return f'<div class="field field-name-{name} field-label-{kind} clearfix">{lab}<div class="field-items">{items}</div></div>'
    return f'<div class="field field-name-{name} field-label-hidden"><div class="field-items">{items}</div></div>'


def node_content(story: Story, printing: bool = False) -> str:
    """The node's fields in display order (the full view mode)."""
    parts = []
    if story.opts.get("date_mode") == "field":
        parts.append(_field("field-ngay-dang", "Ngày đăng", f'<div class="field-item even"><span class="date-display-single">{dmy(story)}</span></div>'))
    if "author_field" in story.opts:
        parts.append(_field("field-tac-gia", "Tác giả", f'<div class="field-item even">{esc(story.opts["author_field"])}</div>'))
    if story.summary and story.sapo_outside:
        parts.append(
            '<div class="field field-name-field-tom-tat field-type-text-long field-label-hidden"><div class="field-items">'
            f'<div class="field-item even"><strong>{esc(story.summary)}</strong></div></div></div>'
        )
    if "fimg" in story.opts:
        src, cap = story.opts["fimg"]
        parts.append(_field("field-image", None, f'<div class="field-item even"><img typeof="foaf:Image" src="{esc(src)}" width="680" height="453" alt="" /></div>'))
        if cap:
            parts.append(_field("field-chu-thich-anh", None, f'<div class="field-item even"><em>{esc(cap)}</em></div>'))
    parts.append(
        '<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">'
        f'<div class="field-item even" property="content:encoded">\n{render_body(story)}\n</div></div></div>'
    )
    if printing:
        return "\n".join(parts)
    names = ", ".join(esc(CATEGORIES[k]) for k in terms_of(story))
    parts.append(_field("field-chuyen-muc", "Chuyên mục", f'<div class="field-item even">{names}</div>'))
    if story.opts.get("files"):
        rows = "".join(
            f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td><span class="file"><img class="file-icon" alt="" src="/modules/file/icons/application-pdf.png" /> '
            f'<a href="/sites/default/files/van-ban/{esc(n)}" type="application/pdf">{esc(n)}</a></span></td><td>{esc(sz)}</td></tr>'
            for i, (n, sz) in enumerate(story.opts["files"])
        )
        parts.append(_field("field-file", None, f'<table class="sticky-enabled"><thead><tr><th>Tệp đính kèm</th><th>Kích thước</th></tr></thead><tbody>{rows}</tbody></table>'))
    if story.opts.get("tags"):
        tags = "".join(
            f'<div class="field-item {"even" if i % 2 == 0 else "odd"}"><span class="tag">{esc(t)}</span></div>'
            for i, t in enumerate(story.opts["tags"])
        )
        parts.append(_field("field-tags", "Từ khóa", tags))
    parts.append(f'<div class="luot-xem">Lượt xem: {story.views()}</div>')
    return "\n".join(parts)


def comments_html(story: Story) -> str:
    items = []
    for cid, name, when, body in story.opts.get("comments", []):
        items.append(
            f'<a id="comment-{cid}"></a><div class="comment comment-by-anonymous clearfix">'
            f'<div class="attribution"><div class="submitted"><p class="commenter-name"><span class="username">{esc(name)}</span> (không xác thực)</p>'
            f'<p class="comment-time">Gửi bởi {esc(name)} vào {when}</p>'
            f'<p class="comment-permalink"><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark">Liên kết cố định</a></p></div></div>'
            f'<div class="content"><div class="field field-name-comment-body"><p>{esc(body)}</p></div></div>'
            f'<ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/{story.id}/{cid}">trả lời</a></li></ul></div>'
        )
    form = (
        '<h2 class="title comment-form">Gửi bình luận</h2>'
        f'<form class="comment-form" action="/comment/reply/{story.id}" method="post" id="comment-form" accept-charset="UTF-8"><div>'
        '<div class="form-item form-type-textfield"><label for="edit-name">Tên của bạn </label><input type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>'
        '<div class="form-item form-type-textarea"><label for="edit-comment-body">Bình luận <span class="form-required">*</span></label><textarea id="edit-comment-body" name="comment_body[und][0][value]" cols="60" rows="5"></textarea></div>'
        '<input type="hidden" name="form_id" value="comment_node_article_form" />'
        '<input type="submit" id="edit-submit" name="op" value="Lưu" class="form-submit" /></div></form>'
    )
    heading = '<h2 class="title">Bình luận</h2>' if items else ""
    return f'<div id="comments" class="comment-wrapper">{heading}{"".join(items)}{form}</div>'


def node_page(request: Request, story: Story) -> Response:
    if story.opts.get("date_mode") == "field":
        meta = f'<div class="cap-nhat">Cập nhật lần cuối: {story.opts["updated"]}</div>'
        submitted = ""
    else:
        meta = ""
        submitted = (
            f'<div class="meta submitted"><span property="dc:date dc:created" content="{story.published_at}" datatype="xsd:dateTime">'
            f'Gửi bởi <span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name">{esc(story.opts["user"])}</span> vào {submitted_when(story)}</span></div>'
        )
    links = (
        '<ul class="links inline">'
        f'<li class="print_html first"><a href="/print/{story.id}" title="Hiển thị phiên bản thân thiện với máy in của trang này." class="print-page" rel="nofollow"><img class="print-icon" src="/sites/all/modules/print/icons/print_icon.gif" alt="" /> Bản in</a></li>'
        f'<li class="print_mail"><a href="/printmail/{story.id}" title="Gửi trang này cho bạn bè qua email." class="print-mail" rel="nofollow">Gửi cho bạn bè</a></li>'
        f'<li class="comment-add last"><a href="/tin-tuc/{story.slug}#comment-form" title="Chia sẻ suy nghĩ và ý kiến của bạn về bài viết này.">Thêm bình luận</a></li></ul>'
    )
    share = (
        '<div class="share-tools"><span>Chia sẻ:</span> '
        f'<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}/tin-tuc/{story.slug}" target="_blank">Facebook</a> '
        f'<a class="zalo" href="https://sp.zalo.me/share_inline?url={base_url(request)}/tin-tuc/{story.slug}" target="_blank">Zalo</a></div>'
    )
    newer = [s for s in newest_first(STORIES) if s is not story][:5]
    recent = "".join(f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">({dmy(s)})</span></li>' for s in newer)
    main = f"""<h1 class="title" id="page-title">{esc(story.title)}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system">
<div class="content">
<div id="node-{story.id}" class="node node-article node-promoted node-full clearfix" about="/tin-tuc/{story.slug}" typeof="sioc:Item foaf:Document">
{submitted}
<div class="content clearfix">
{node_content(story)}
</div>
{meta}
{links}
{share}
{comments_html(story)}
</div>
</div></div>
<div id="block-views-tin-moi-block-2" class="block block-views tin-moi-dang">
<h2 class="block-title">Tin mới đăng</h2>
<div class="content"><div class="item-list"><ul>{recent}</ul></div></div></div>
</div>"""
    head = (
        f'<link rel="canonical" href="/tin-tuc/{story.slug}" />\n<link rel="shortlink" href="/node/{story.id}" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />'
    )
    cat = story.cat
    crumbs: list[tuple[str | None, str]] = [("/", "Trang chủ")]
    if cat in CHILDREN:
        crumbs.append(("/chuyen-muc/tin-tuc", PARENT[1]))
    else:
        crumbs.append(("/chuyen-muc/thong-bao", CATEGORIES[cat]))
    if cat in CHILDREN:
        crumbs.append((None, CATEGORIES[cat]))
    return html(layout(story.title, main, head=head, crumbs=crumbs, body_class="not-front node-type-article"))


def print_page(request: Request, story: Story) -> Response:
    if story.opts.get("date_mode") == "field":
        when = ""
    else:
        when = f'<div class="print-created">Gửi bởi {esc(story.opts["user"])} vào {submitted_when(story)}</div>'
    body = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.title)} | {esc(SITE_NAME)}</title>
<meta name="robots" content="noindex, nofollow" />
<link type="text/css" rel="stylesheet" href="/sites/all/modules/print/css/print.css" /></head>
<body>
<div class="print-logo"><img class="print-logo" src="{THEME}/logo.png" alt="" /></div>
<div class="print-site_name">Xuất bản trên {esc(SITE_NAME)} ({base_url(request)})</div>
<p />
<div class="print-breadcrumb"><a href="/">Trang chủ</a> &gt; {esc(story.title)}</div>
<hr class="print-hr" />
<h1 class="print-title">{esc(story.title)}</h1>
{when}
<div class="print-content">{node_content(story, printing=True)}</div>
<div class="print-footer">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ CAO LÃNH - ĐT: 0277.3851.246</div>
<hr class="print-hr" />
<div class="print-source_url"><strong>Nguồn bài viết:</strong> {base_url(request)}/tin-tuc/{story.slug}</div>
</body></html>"""
    return html(body)


# --- listings -------------------------------------------------------------------------------


def teaser(story: Story) -> str:
    return f"""<div id="node-{story.id}" class="node node-article node-teaser clearfix">
<h2 class="node-title"><a href="{article_path(story)}">{esc(story.title)}</a></h2>
<div class="meta"><span class="ngay-dang">{dmy(story)}</span></div>
<div class="field field-name-field-image field-type-image"><a href="{article_path(story)}"><img src="{thumb(story)}" width="160" height="110" alt="" /></a></div>
<div class="field field-name-body"><p>{esc(teaser_text(story))}</p></div>
<ul class="links inline"><li class="node-readmore first last"><a href="{article_path(story)}" rel="tag" title="{esc(story.title)}">Xem thêm<span class="element-invisible"> về {esc(story.title)}</span></a></li></ul>
</div>"""


def pager(path: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return path if n == 0 else f"{path}?page={n}"

    items = []
    if page > 0:
        items.append(f'<li class="pager-first first"><a title="Đến trang đầu tiên" href="{href(0)}">« đầu</a></li>')
        items.append(f'<li class="pager-previous"><a title="Đến trang trước" href="{href(page - 1)}">‹ trước</a></li>')
    for n in range(pages):
        if n == page:
            items.append(f'<li class="pager-current">{n + 1}</li>')
        else:
            items.append(f'<li class="pager-item"><a title="Đến trang {n + 1}" href="{href(n)}">{n + 1}</a></li>')
    if page < pages - 1:
        items.append(f'<li class="pager-next"><a title="Đến trang sau" href="{href(page + 1)}">sau ›</a></li>')
        items.append(f'<li class="pager-last last"><a title="Đến trang cuối" href="{href(pages - 1)}">cuối »</a></li>')
    return '<h2 class="element-invisible">Các trang</h2><div class="item-list"><ul class="pager">' + "".join(items) + "</ul></div>"


def term_page(request: Request, key: str) -> Response:
    stories = in_term(key)
    pages = max(1, -(-len(stories) // PER_PAGE))
    raw = request.params.get("page", "0")
    page = int(raw) if raw.isdigit() else 0
    page = max(0, min(page, pages - 1))  # Drupal 7's pager clamps to the last page
    chunk = stories[page * PER_PAGE : (page + 1) * PER_PAGE]
    path = f"/chuyen-muc/{key}"
    name = term_name(key)
    main = (
        f'<h1 class="title" id="page-title">{esc(name)}</h1>'
        f'<div class="term-listing-heading"><div id="taxonomy-term-{key}" class="taxonomy-term vocabulary-chuyen-muc"></div></div>'
        + "\n".join(teaser(s) for s in chunk)
        + pager(path, page, pages)
    )
    crumbs: list[tuple[str | None, str]] = [("/", "Trang chủ")]
    if key in CHILDREN:
        crumbs.append(("/chuyen-muc/tin-tuc", PARENT[1]))
    head = f'<link rel="alternate" type="application/rss+xml" title="{esc(name)}" href="/taxonomy/term/{key}/feed" />'
    return html(layout(name, main, head=head, crumbs=crumbs, body_class="not-front page-taxonomy"))


def home(request: Request) -> Response:
    featured = [247, 240, 236]
    slides = "".join(
        f'<li class="views-row"><a href="{article_path(BY_NID[n])}"><img src="{thumb(BY_NID[n])}" alt="" /></a>'
        f'<div class="views-field-title"><a href="{article_path(BY_NID[n])}">{esc(BY_NID[n].title)}</a></div></li>'
        for n in featured
    )
    news = in_term(PARENT[0])[:5]
    rows = "".join(
        f'<div class="views-row views-row-{i + 1}"><div class="views-field views-field-title"><span class="field-content">'
        f'<a href="{article_path(s)}">{esc(s.title)}</a></span></div>'
        f'<div class="views-field views-field-created"><span class="field-content">{dmy(s)}</span></div>'
        f'<div class="views-field views-field-body"><div class="field-content">{esc(teaser_text(s))}</div></div></div>'
        for i, s in enumerate(news)
    )
    notices = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="date">{dmy(s)}</span></li>'
        for s in in_term("thong-bao")
    )
    main = f"""<div id="block-views-slideshow-block" class="block block-views tin-noi-bat">
<h2 class="block-title">Tin nổi bật</h2><div class="content"><ul class="slides">{slides}</ul></div></div>
<div id="block-views-tin-moi-block-1" class="block block-views">
<h2 class="block-title">Tin mới</h2>
<div class="content"><div class="view view-tin-moi view-display-id-block_1">{rows}</div>
<div class="more-link"><a href="/chuyen-muc/tin-tuc">Xem tất cả tin tức »</a></div></div></div>
<div id="block-views-thong-bao-block" class="block block-views">
<h2 class="block-title">Thông báo</h2>
<div class="content"><div class="item-list"><ul>{notices}</ul></div>
<div class="more-link"><a href="/chuyen-muc/thong-bao">Xem tất cả »</a></div></div></div>"""
    return html(layout("Trang chủ", main, body_class="front"))


# --- non-articles ---------------------------------------------------------------------------


def simple_page(title: str, inner: str, crumbs: list[tuple[str | None, str]] | None = None) -> Response:
    main = f'<h1 class="title" id="page-title">{esc(title)}</h1><div class="region region-content">{inner}</div>'
    return html(layout(title, main, crumbs=crumbs or [("/", "Trang chủ")]))


def gioi_thieu() -> Response:
    inner = """<div id="node-5" class="node node-page node-full clearfix">
<div class="meta submitted">Gửi bởi admin vào T2, 17/08/2026 - 09:12</div>
<div class="content"><div class="field field-name-body"><div class="field-items"><div class="field-item even">
<p>Phòng Giáo dục và Đào tạo thành phố Cao Lãnh là cơ quan chuyên môn thuộc UBND thành phố, tham mưu giúp UBND
thành phố quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ sở trên địa bàn.</p>
<h3>Lãnh đạo Phòng</h3>
<ul><li>Trưởng phòng: ông Trần Văn Sang</li><li>Phó Trưởng phòng: bà Lê Thị Kim Phượng</li>
<li>Phó Trưởng phòng: ông Nguyễn Văn Bình</li></ul>
<p>Toàn thành phố có 21 trường mầm non, 19 trường tiểu học, 10 trường THCS với hơn 28.000 học sinh.</p>
</div></div></div></div></div>"""
    return simple_page("Giới thiệu", inner)


def lien_he() -> Response:
    inner = """<p>Mọi ý kiến đóng góp xin gửi về Phòng GD&amp;ĐT thành phố Cao Lãnh qua biểu mẫu dưới đây.</p>
<form action="/lien-he" method="post" id="contact-site-form" accept-charset="UTF-8"><div>
<div class="form-item"><label for="edit-name">Tên của bạn <span class="form-required">*</span></label><input type="text" id="edit-name" name="name" class="form-text required" /></div>
<div class="form-item"><label for="edit-mail">Địa chỉ email <span class="form-required">*</span></label><input type="text" id="edit-mail" name="mail" class="form-text required" /></div>
<div class="form-item"><label for="edit-subject">Chủ đề</label><input type="text" id="edit-subject" name="subject" class="form-text" /></div>
<div class="form-item"><label for="edit-message">Nội dung</label><textarea id="edit-message" name="message" rows="5"></textarea></div>
<input type="hidden" name="form_id" value="contact_site_form" /><input type="submit" name="op" value="Gửi tin nhắn" class="form-submit" /></div></form>"""
    return simple_page("Liên hệ", inner)


def lich_cong_tac() -> Response:
    rows = [
        ("Thứ Hai 07/12", "7g30: Họp giao ban lãnh đạo Phòng", "Trưởng phòng"),
        ("Thứ Ba 08/12", "8g00: Kiểm tra nội bộ Trường TH Mỹ Trà", "Phó Trưởng phòng Lê Thị Kim Phượng"),
        ("Thứ Tư 09/12", "14g00: Họp Hội đồng thi đua ngành", "Trưởng phòng"),
        ("Thứ Năm 10/12", "Cả ngày: Dự chuyên đề cụm THCS tại THCS Hòa An", "Tổ THCS"),
        ("Thứ Sáu 11/12", "8g00: Làm việc với UBND xã Tịnh Thới", "Phó Trưởng phòng Nguyễn Văn Bình"),
    ]
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in rows)
    inner = (
        '<div class="lich-tuan"><p class="tuan">Tuần 50 (từ 07/12/2026 đến 13/12/2026)</p>'
        f'<table class="views-table"><thead><tr><th>Ngày</th><th>Nội dung</th><th>Chủ trì</th></tr></thead><tbody>{trs}</tbody></table></div>'
    )
    return simple_page("Lịch công tác tuần", inner)


def van_ban() -> Response:
    inner = """<div id="node-190" class="node node-van-ban node-full clearfix">
<table class="van-ban-chi-tiet">
<tr><th>Số ký hiệu</th><td>196/KH-PGDĐT</td></tr>
<tr><th>Ngày ban hành</th><td>15/09/2026</td></tr>
<tr><th>Loại văn bản</th><td>Kế hoạch</td></tr>
<tr><th>Cơ quan ban hành</th><td>Phòng GD&amp;ĐT thành phố Cao Lãnh</td></tr>
<tr><th>Người ký</th><td>Trần Văn Sang</td></tr>
<tr><th>Trích yếu</th><td>Kế hoạch thực hiện nhiệm vụ năm học 2026-2027 của ngành giáo dục thành phố Cao Lãnh</td></tr>
</table>
<div class="field field-name-field-file"><table><thead><tr><th>Tệp đính kèm</th><th>Kích thước</th></tr></thead>
<tbody><tr><td><a href="/sites/default/files/van-ban/KH-196-PGDDT.pdf">KH-196-PGDDT.pdf</a></td><td>512.7 KB</td></tr></tbody></table></div>
</div>"""
    return simple_page(
        "Kế hoạch thực hiện nhiệm vụ năm học 2026-2027",
        inner,
        [("/", "Trang chủ"), (None, "Văn bản")],
    )


def thu_vien_anh() -> Response:
    photos = [
        ("hkpd-2026-khai-mac.jpg", "Lễ khai mạc Hội khỏe Phù Đổng"),
        ("hkpd-2026-dien-kinh.jpg", "Nội dung chạy 100 m nam THCS"),
        ("hkpd-2026-co-vua.jpg", "Thi đấu cờ vua"),
    ]
    items = "".join(
        f'<li><a href="/sites/default/files/gallery/{n}" class="colorbox" rel="gallery-node-185"><img src="/sites/default/files/styles/medium/public/gallery/{n}?itok=g{i}" alt="{esc(c)}" /></a><p class="caption">{esc(c)}</p></li>'
        for i, (n, c) in enumerate(photos)
    )
    inner = (
        '<div class="node node-gallery"><div class="meta">Ngày đăng: 14/10/2026</div>'
        '<div class="field-name-body"><p>Một số hình ảnh Hội khỏe Phù Đổng cấp thành phố năm 2026.</p></div>'
        f'<ul class="gallery-grid">{items}</ul></div>'
    )
    return simple_page("Hội khỏe Phù Đổng cấp thành phố năm 2026", inner, [("/", "Trang chủ"), (None, "Thư viện ảnh")])


def printmail(story: Story) -> Response:
    inner = f"""<form action="/printmail/{story.id}" method="post" id="print-mail-form" accept-charset="UTF-8"><div>
<div class="form-item"><label>Email của bạn</label><input type="text" name="fld_from_addr" class="form-text" /></div>
<div class="form-item"><label>Gửi tới</label><textarea name="txt_to_addrs" rows="3"></textarea></div>
<div class="form-item"><label>Tiêu đề</label><input type="text" name="fld_subject" value="Bạn của bạn muốn bạn xem trang: {esc(story.title)}" class="form-text" /></div>
<div class="form-item"><label>Trang được gửi</label><a href="{article_path(story)}">{esc(story.title)}</a></div>
<input type="submit" name="op" value="Gửi email" class="form-submit" /></div></form>"""
    return simple_page("Gửi trang này cho bạn bè", inner)


def comment_reply(story: Story, cid: int) -> Response:
    c = next(c for c in story.opts["comments"] if c[0] == cid)
    inner = (
        f'<div class="comment"><div class="submitted">Gửi bởi {esc(c[1])} vào {c[2]}</div><p>{esc(c[3])}</p></div>'
        f'<form action="/comment/reply/{story.id}/{cid}" method="post" class="comment-form"><textarea name="comment_body"></textarea>'
        '<input type="submit" name="op" value="Lưu" /></form>'
    )
    return simple_page("Thêm bình luận mới", inner)


def user_login() -> Response:
    inner = """<form action="/user/login" method="post" id="user-login" accept-charset="UTF-8"><div>
<div class="form-item"><label for="edit-name">Tên người dùng <span class="form-required">*</span></label><input type="text" id="edit-name" name="name" class="form-text required" /></div>
<div class="form-item"><label for="edit-pass">Mật khẩu <span class="form-required">*</span></label><input type="password" id="edit-pass" name="pass" class="form-text required" /></div>
<input type="hidden" name="form_id" value="user_login" /><input type="submit" name="op" value="Đăng nhập" class="form-submit" /></div></form>"""
    return simple_page("Đăng nhập", inner)


def poll_list() -> Response:
    inner = '<div class="item-list"><ul><li>Bạn đánh giá thế nào về website của Phòng? - 1.204 phiếu - đang mở</li></ul></div>'
    return simple_page("Thăm dò ý kiến", inner)


# --- routing --------------------------------------------------------------------------------


class Drupal7Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path.rstrip("/") or "/"
        if path.startswith(("/sites/", "/misc/", "/modules/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home(request)
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)", path):
            key = m.group(1)
            if key in CATEGORIES or key == PARENT[0]:
                return term_page(request, key)
            return None
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)", path):
            story = BY_SLUG.get(m.group(1))
            return node_page(request, story) if story else None
        if m := re.fullmatch(r"/(node|print|printmail)/(\d+)", path):
            story = BY_NID.get(int(m.group(2)))
            if story is None:
                return None
            kind = m.group(1)
            if kind == "node":
                return node_page(request, story)
            return print_page(request, story) if kind == "print" else printmail(story)
        if m := re.fullmatch(r"/comment/(\d+)", path):
            nid = COMMENTS.get(int(m.group(1)))
            return node_page(request, BY_NID[nid]) if nid else None
        if m := re.fullmatch(r"/comment/reply/(\d+)/(\d+)", path):
            story = BY_NID.get(int(m.group(1)))
            if story and int(m.group(2)) in COMMENTS and COMMENTS[int(m.group(2))] == story.id:
                return comment_reply(story, int(m.group(2)))
            return None
        pages = {
            "/gioi-thieu": gioi_thieu,
            "/lien-he": lien_he,
            "/lich-cong-tac-tuan": lich_cong_tac,
            "/van-ban/ke-hoach-196-kh-pgddt-nhiem-vu-nam-hoc-2026-2027": van_ban,
            "/thu-vien-anh/hoi-khoe-phu-dong-cap-thanh-pho-2026": thu_vien_anh,
            "/user/login": user_login,
            "/poll": poll_list,
        }
        if path in pages:
            return pages[path]()
        return None


def build_site() -> Drupal7Site:
    return Drupal7Site()
