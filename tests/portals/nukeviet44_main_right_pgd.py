"""Phòng Giáo dục và Đào tạo huyện Tư Nghĩa (Quảng Ngãi): NukeViet 4.4, a district vendor's theme.

Platform
--------
NukeViet 4.4 (news module as the home module, ``laws``-style documents module at /van-ban/,
``page`` module at /about/, ``contact`` module) with a theme a Quảng Ngãi vendor built on the
default theme's 24-column Bootstrap grid: a banner image with the office's name, a horizontal
menu with drop-downs, a main column and a right column ("Văn bản mới", "Lịch công tác",
"Liên kết", "Thống kê truy cập"). The header prints today's clock ("Thứ Bảy, 05/12/2026").

URL scheme (rewrite on, ``rewrite_exturl`` = ".html")
-----------------------------------------------------
- ``/``                                   home: the news module's viewcat_main_right (one box per
                                          category: one big item with thumbnail + hometext,
                                          then a list of three titles cut at 60 characters)
- ``/news/``                              the same home (not linked)
- ``/news/<cat>/``, ``/news/<cat>/page-<n>/``   viewcat_list, two items a page, pagination
                                          "Trang 1 2 3 ... Sau" (window of ±2, no last-page link)
- ``/news/<cat>/<slug>-<id>.html``        article (detail.tpl)
- ``/news/print/<cat>/<slug>-<id>.html``  print view ("Bản in", real href, target=_blank)
- ``/news/sendmail/<cat>/<slug>-<id>.html`` "Gửi bài viết qua email" pop-up form (onclick only)
- ``/index.php?language=vi&nv=news&op=<cat>/<slug>-<id>.html``  the non-rewritten form
- ``/van-ban/``, ``/van-ban/<slug>.html`` documents; ``/contact/``; ``/about/<slug>.html``
- ``/news/<cat>/page-1/`` and a wrong slug before a known id answer 301 to the right URL.

Categories: "Tin tức - Sự kiện" (tin-tuc-su-kien), "Hoạt động chuyên môn"
(hoat-dong-chuyen-mon), "Công đoàn - Đoàn thể" (cong-doan-doan-the).

How each gold article is reached
--------------------------------
- Home boxes: 150 (big), 147, 145, 140 (Tin tức - Sự kiện box; 147 under the other category's
  alias there, see trap 1); 147 (big), 142, 138, 128 (Hoạt động chuyên môn box); 149 (big),
  127 (Công đoàn - Đoàn thể box).
- Only from page 2+ of a listing: 136 and 131 (/news/tin-tuc-su-kien/page-3/), 129
  (/news/tin-tuc-su-kien/page-4/, linked only from the pager of pages 2 and 3), 126
  (/news/hoat-dong-chuyen-mon/page-3/). "Tin cùng chuyên mục" lists only newer items of the
  category, so an older article is never linked from a newer one.

Traps
-----
1. One article, two categories (NukeViet ``listcatid``): 147 is filed under "Hoạt động chuyên
   môn" but also listed in "Tin tức - Sự kiện", whose box and listing link it as
   /news/tin-tuc-su-kien/<slug>-147.html. That URL serves the same article with the other
   category in its breadcrumb; ``<link rel="canonical">`` names the main one. Gold: one record,
   path = /news/hoat-dong-chuyen-mon/…-147.html, category "Hoạt động chuyên môn", the other URL
   in ``alt_paths``.
2. Non-rewritten URL of an article: 142's "Xem thêm:" line links 128 as
   /index.php?language=vi&nv=news&op=hoat-dong-chuyen-mon/<slug>-128.html (editors copy links
   from the admin panel). It serves the article. Gold: in 128's ``alt_paths``; the "Xem thêm"
   line is not 142's body.
3. SEO title (NukeViet 4.3+ ``titlesite``): for 147 and 140 ``<title>``, og:title and the hidden
   schema headline carry a rewritten SEO title, not the printed headline; the home box's title
   lists cut titles at 60 characters ("…"). Gold: the headline printed in the article panel's
   heading (the page's only ``<h1>`` is the office's name in the banner).
4. Right column first in source: the theme uses push/pull columns, so "Văn bản mới" (issue
   dates "Ban hành: 01/12/2026") and "Lịch công tác" (next week's days and hours) come before
   the main column in the HTML. Gold: the date of the article's own line ("Thứ năm -
   03/12/2026 14:30" -> "2026-12-03T14:30:00+07:00"), never a sidebar date.
5. Home image not printed (``imgposition`` 0): 149, 140, 127 and 126 have a home image that
   only og:image, the hidden schema ``image`` span and the listing thumbnails show. Gold: not an
   image of the article. Where the theme prints it (imgposition 1) it is the first image, its
   ``figcaption`` (the home image's alt) the caption; 136's home-image alt is empty, so the theme
   prints no figcaption and puts the headline in the ``alt`` attribute: caption None.
6. Widgets inside the article's panel after the text: the rating form ("Tổng số điểm của bài
   viết là: …", "Click để đánh giá bài viết"), the share row, and for 147 the comment module
   ("Ý kiến bạn đọc") with two readers' comments in ``<p>``. Gold: none of it is body.
7. Hometext printed twice (145): the editor pasted the lead again as the first paragraph of
   bodyhtml. Gold: the sapo once (summary, and the body's first paragraph once).
8. Text in "Unicode tổ hợp" (142): hometext and bodyhtml in decomposed form (NFD), the title
   and the byline in precomposed form. Gold: NFC.
9. Captions four ways: CKEditor image2 ``<figure><figcaption>``, a two-row table (image row,
   caption row in ``<em>``), a centred ``<em>`` paragraph after the image, and a right-aligned
   "Ảnh: Quốc Bảo" credit line (145: caption None, photographer "Quốc Bảo").
10. Bylines and sources as NukeViet prints them: the right-aligned "Tác giả:" line
    ("ThS. Phạm Văn Lộc - Tổ THCS" -> "Phạm Văn Lộc"; a unit such as "Bộ phận THCS" is kept as
    printed), a linked "Nguồn tin:" line (-> source), "Tin, ảnh: Hoàng Minh" typed as the last
    bold line of the text (149: author and photographer), "Người đăng: pgd_tunghia" in the info
    line and the hidden schema author (a CMS account: nobody).
11. The attached-file panel ("Tập tin đính kèm", 138) sits inside the ``#news-bodyhtml``
    container after the text. Gold: not body.
12. Pagination "Trang 1 2 3 ... Sau": the last page of "Tin tức - Sự kiện" (page 4) is linked
    from the pagers of pages 2 and 3 only; page 1 is the category URL itself.

Gold decisions on ambiguous points
----------------------------------
- The hometext is the sapo (own element, ``div.hometext``): summary, and the body's first
  paragraph; articles without hometext (138, 126) have summary None.
- "Nguồn tin: Phòng GD&ĐT Tư Nghĩa" (the office itself) is still the source as printed.
- "Tác giả: Công đoàn ngành Giáo dục huyện" (a unit signing alone) is the author as printed.
- A result table (149) is body: each row one paragraph, cells joined by " | ", header included.
- 127's first photo has an absolute src on the old production host (pasted from the former
  site): gold keeps it as that URL.
- 142's NFD applies to hometext and paragraphs; captions and byline are precomposed.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
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

NAME = "nukeviet44_main_right_pgd"
PLATFORM = "NukeViet 4.4 (news viewcat_main_right, vendor theme, main + right column)"
START_PATH = "/"

SITE_NAME = "Phòng GD&ĐT Tư Nghĩa"
OFFICE = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TƯ NGHĨA"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
THEME = "/themes/pgd_tunghia"
PER_PAGE = 2
POSTER = "pgd_tunghia"

CATS: dict[str, tuple[int, str]] = {
    "tin-tuc-su-kien": (2, "Tin tức - Sự kiện"),
    "hoat-dong-chuyen-mon": (3, "Hoạt động chuyên môn"),
    "cong-doan-doan-the": (5, "Công đoàn - Đoàn thể"),
}

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _P(t: str, style: str = "") -> P:
    return P(t, style)


# --- the thirteen articles ------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=150,
        slug="tu-nghia-tong-ket-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
        title="Tư Nghĩa tổng kết công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "Chiều 04/12, Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ huyện Tư Nghĩa tổ chức hội nghị "
            "tổng kết công tác phổ cập giáo dục, xóa mù chữ năm 2026 và triển khai nhiệm vụ năm 2027."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_12/tong-ket-pcgd-xmc-2026.jpg",
                "Quang cảnh hội nghị tổng kết công tác PCGD, XMC năm 2026",
                "Quang cảnh hội nghị tổng kết công tác PCGD, XMC năm 2026",
                "home",
            ),
            _P(
                "Tham dự hội nghị có ông Trương Công Thịnh, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo; "
                "đại diện lãnh đạo các phòng, ban liên quan; Chủ tịch UBND, cán bộ phụ trách công tác phổ "
                "cập giáo dục của 15 xã, thị trấn và hiệu trưởng các trường mầm non, tiểu học, trung học "
                "cơ sở trên địa bàn huyện."
            ),
            _P(
                "Theo báo cáo của Ban Chỉ đạo, năm 2026 huyện tiếp tục duy trì và nâng cao chất lượng phổ "
                "cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo "
                "dục trung học cơ sở mức độ 3 và xóa mù chữ mức độ 2. Tỷ lệ trẻ 5 tuổi ra lớp đạt 100%; "
                "tỷ lệ trẻ 11 tuổi hoàn thành chương trình tiểu học đạt 99,6%; tỷ lệ thanh thiếu niên từ "
                "15 đến 18 tuổi tốt nghiệp THCS đạt 96,8%."
            ),
            _P(
                "Công tác điều tra, cập nhật số liệu trên hệ thống thông tin điện tử quản lý phổ cập giáo "
                "dục, xóa mù chữ được các xã, thị trấn thực hiện đúng tiến độ, số liệu khớp với sổ theo "
                "dõi của các trường. Hồ sơ phổ cập của 15/15 xã, thị trấn được Đoàn kiểm tra của tỉnh "
                "đánh giá đầy đủ, khoa học."
            ),
            Img(
                "/uploads/news/2026_12/tong-ket-pcgd-xmc-trao-khen.jpg",
                "Phó Chủ tịch UBND huyện Trương Công Thịnh trao Giấy khen cho các tập thể có thành tích xuất sắc",
                "Phó Chủ tịch UBND huyện Trương Công Thịnh trao Giấy khen cho các tập thể có thành tích xuất sắc",
                "tbl",
            ),
            _P(
                "Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn như tình trạng học "
                "sinh bỏ học ở các xã miền núi Nghĩa Thọ, Nghĩa Lâm, Nghĩa Sơn; một số lớp xóa mù chữ duy "
                "trì sĩ số chưa ổn định do học viên phải đi làm ăn xa."
            ),
            _P(
                "Phát biểu chỉ đạo, ông Trương Công Thịnh đề nghị Phòng GD&ĐT tham mưu UBND huyện ban hành "
                "kế hoạch năm 2027 ngay từ đầu năm; các xã, thị trấn gắn công tác phổ cập với chương trình "
                "xây dựng nông thôn mới, huy động tối đa trẻ trong độ tuổi ra lớp, hạn chế thấp nhất tình "
                "trạng học sinh bỏ học giữa chừng."
            ),
            _P(
                "Dịp này, UBND huyện tặng Giấy khen cho 6 tập thể và 12 cá nhân có thành tích xuất sắc "
                "trong công tác phổ cập giáo dục, xóa mù chữ năm 2026."
            ),
        ],
        authors=["Nguyễn Thị Thanh Tâm"],
        source="Phòng GD&ĐT Tư Nghĩa",
        opts={
            "home_pos": 1,
            "author_line": "Nguyễn Thị Thanh Tâm",
            "source_line": ("Phòng GD&ĐT Tư Nghĩa", ""),
            "related": [140],
            "keywords": ["phổ cập giáo dục", "xóa mù chữ"],
        },
    ),
    Story(
        id=149,
        slug="cong-doan-nganh-giao-duc-huyen-to-chuc-giai-cau-long-can-bo-giao-vien-nam-2026",
        title="Công đoàn ngành Giáo dục huyện tổ chức Giải cầu lông cán bộ, giáo viên năm 2026",
        cat="cong-doan-doan-the",
        published_at="2026-12-03T08:45:00+07:00",
        summary=(
            "Trong hai ngày 28 và 29/11, tại Nhà thi đấu Trung tâm Văn hóa - Thể thao huyện, Công đoàn "
            "ngành Giáo dục huyện Tư Nghĩa tổ chức Giải cầu lông cán bộ, giáo viên, người lao động năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            _P(
                "Giải nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, đồng thời tạo sân chơi bổ ích, "
                "lành mạnh, góp phần nâng cao sức khỏe, tinh thần đoàn kết cho đội ngũ nhà giáo sau những "
                "giờ lên lớp."
            ),
            _P(
                "Tham gia giải có 124 vận động viên đến từ 38 công đoàn cơ sở trường học, thi đấu ở 6 nội "
                "dung: đơn nam, đơn nữ, đôi nam, đôi nữ, đôi nam nữ và đôi nam trên 45 tuổi. Các trận đấu "
                "diễn ra sôi nổi, hấp dẫn, thể hiện tinh thần thi đấu cao thượng, đúng luật."
            ),
            Img(
                "/uploads/news/2026_12/giai-cau-long-cbgv-2026-1.jpg",
                "Các vận động viên thi đấu nội dung đôi nam nữ",
                "Các vận động viên thi đấu nội dung đôi nam nữ",
                "fig",
            ),
            _P("Kết quả, Ban Tổ chức trao giải nhất cho các vận động viên ở từng nội dung như sau:"),
            _P("Nội dung | Vận động viên | Đơn vị", "th"),
            _P("Đơn nam | Huỳnh Tấn Lực | Trường THCS Nghĩa Hiệp", "tr"),
            _P("Đơn nữ | Phạm Thị Mỹ Duyên | Trường TH Nghĩa Kỳ", "tr"),
            _P("Đôi nam | Nguyễn Văn Sang - Lê Quốc Việt | Trường THCS thị trấn La Hà", "tr"),
            _P("Đôi nam nữ | Trần Đình Khoa - Võ Thị Hồng Nhung | Trường TH số 1 Nghĩa Trung", "tr"),
            _P(
                "Giải toàn đoàn được trao cho Công đoàn cơ sở Trường THCS Nghĩa Hiệp; giải nhì thuộc về "
                "Trường TH Nghĩa Kỳ và giải ba thuộc về Trường THCS thị trấn La Hà."
            ),
            Img(
                "/uploads/news/2026_12/giai-cau-long-cbgv-2026-2.jpg",
                "Ban Tổ chức trao giải toàn đoàn cho các công đoàn cơ sở",
                "Ban Tổ chức trao giải toàn đoàn cho các công đoàn cơ sở",
                "fig",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Minh</strong></p>'),
        ],
        authors=["Hoàng Minh"],
        photographers=["Hoàng Minh"],
        opts={
            "home_pos": 0,
            "homeimg": "/uploads/news/2026_12/giai-cau-long-cbgv-2026.jpg",
            "related": [127],
            "keywords": ["công đoàn", "cầu lông"],
        },
    ),
    Story(
        id=147,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-02T14:30:00+07:00",
        summary=(
            "Sáng 30/11, tại Trường THCS thị trấn La Hà, Phòng GD&ĐT Tư Nghĩa khai mạc Hội thi giáo viên "
            "dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027 với sự tham gia của 86 giáo viên đến từ 17 trường."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_12/khai-mac-hoi-thi-gvdg-thcs.jpg",
                "Ông Nguyễn Tấn Phát, Trưởng phòng GD&ĐT phát biểu khai mạc Hội thi",
                "Ông Nguyễn Tấn Phát, Trưởng phòng GD&ĐT phát biểu khai mạc Hội thi",
                "home",
            ),
            _P(
                "Hội thi được tổ chức theo Thông tư số 22/2019/TT-BGDĐT của Bộ GD&ĐT ban hành Quy định về "
                "hội thi giáo viên dạy giỏi cơ sở giáo dục mầm non; giáo viên dạy giỏi, giáo viên chủ nhiệm "
                "lớp giỏi cơ sở giáo dục phổ thông. Các giáo viên dự thi đã đạt danh hiệu giáo viên dạy giỏi "
                "cấp trường và được hiệu trưởng đề cử."
            ),
            _P("Hai phần thi bắt buộc", "h"),
            _P(
                "Mỗi giáo viên tham gia hai phần thi: trình bày biện pháp nâng cao chất lượng giảng dạy, "
                "giáo dục học sinh đã áp dụng tại đơn vị và thực hành dạy hai tiết, trong đó một tiết do "
                "giáo viên tự chọn, một tiết do Ban Tổ chức bốc thăm trước ba ngày."
            ),
            _P(
                "Năm nay, lần đầu tiên các môn học mới theo Chương trình giáo dục phổ thông 2018 như Khoa "
                "học tự nhiên, Lịch sử và Địa lý, Hoạt động trải nghiệm, hướng nghiệp được đưa vào hội thi "
                "ở cả bốn khối lớp 6, 7, 8, 9."
            ),
            _P(
                "Phát biểu khai mạc, ông Nguyễn Tấn Phát, Trưởng phòng GD&ĐT huyện nhấn mạnh hội thi là dịp "
                "để giáo viên trao đổi, học hỏi kinh nghiệm, lan tỏa những cách làm hay trong đổi mới "
                "phương pháp dạy học và kiểm tra, đánh giá theo định hướng phát triển phẩm chất, năng lực "
                "học sinh."
            ),
            Img(
                "/uploads/news/2026_12/hoi-thi-gvdg-thcs-tiet-day.jpg",
                "Một tiết dạy môn Khoa học tự nhiên lớp 7 tại Hội thi",
                "Một tiết dạy môn Khoa học tự nhiên lớp 7 tại Hội thi",
                "next",
            ),
            _P(
                "Hội thi diễn ra đến ngày 12/12/2026. Kết quả sẽ được Phòng GD&ĐT công bố và làm căn cứ đề "
                "cử giáo viên tham gia hội thi cấp tỉnh."
            ),
        ],
        authors=["Phạm Văn Lộc"],
        opts={
            "home_pos": 1,
            "seo": "Tư Nghĩa: 86 giáo viên THCS tranh tài tại Hội thi giáo viên dạy giỏi cấp huyện",
            "also": ["tin-tuc-su-kien"],
            "author_line": "ThS. Phạm Văn Lộc - Tổ THCS",
            "related": [142, 128],
            "keywords": ["hội thi", "giáo viên dạy giỏi", "THCS"],
            "comments": [
                ("Trần Thị Diệu Linh", "02/12/2026 20:14",
                 "Chúc các thầy cô hoàn thành tốt phần thi của mình, mang lại nhiều tiết dạy hay cho học sinh!"),
                ("Phụ huynh lớp 8A", "03/12/2026 06:52",
                 "Mong Phòng đăng thêm hình ảnh các tiết dạy để giáo viên các trường tham khảo ạ."),
            ],
        },
    ),
    Story(
        id=145,
        slug="doan-kiem-tra-so-gd-dt-lam-viec-voi-phong-gd-dt-tu-nghia-ve-cong-tac-chuyen-doi-so",
        title="Đoàn kiểm tra Sở GD&ĐT làm việc với Phòng GD&ĐT Tư Nghĩa về công tác chuyển đổi số",
        cat="tin-tuc-su-kien",
        published_at="2026-11-28T10:00:00+07:00",
        summary=(
            "Ngày 26/11, Đoàn kiểm tra của Sở GD&ĐT Quảng Ngãi do ông Đặng Văn Quý, Phó Giám đốc Sở làm "
            "trưởng đoàn đã làm việc với Phòng GD&ĐT huyện Tư Nghĩa về việc triển khai công tác chuyển đổi "
            "số trong giáo dục."
        ),
        sapo_outside=True,
        blocks=[
            Raw("DUP_SAPO"),
            _P(
                "Theo báo cáo của Phòng GD&ĐT, đến nay 100% cơ sở giáo dục trên địa bàn huyện đã sử dụng "
                "phần mềm quản lý trường học, cập nhật đầy đủ dữ liệu học sinh, giáo viên lên cơ sở dữ liệu "
                "ngành; 38/52 trường triển khai sổ điểm điện tử, học bạ số đối với học sinh tiểu học và THCS."
            ),
            _P(
                "Công tác thanh toán không dùng tiền mặt được các trường tích cực triển khai, tỷ lệ phụ "
                "huynh nộp các khoản thu qua ngân hàng đạt trên 85%. Hệ thống trang thông tin điện tử của "
                "Phòng và các trường hoạt động thường xuyên, cập nhật kịp thời văn bản chỉ đạo, điều hành."
            ),
            Img("/uploads/news/2026_11/doan-kiem-tra-chuyen-doi-so.jpg", "Ảnh: Quốc Bảo", None, "credit"),
            _P(
                "Tuy nhiên, hạ tầng công nghệ thông tin ở một số trường vùng khó khăn còn thiếu, nhiều máy "
                "tính đã xuống cấp; đường truyền internet tại các điểm trường lẻ chưa ổn định; một bộ phận "
                "giáo viên lớn tuổi còn lúng túng khi sử dụng các phần mềm."
            ),
            _P(
                "Kết luận buổi làm việc, ông Đặng Văn Quý ghi nhận những kết quả Phòng GD&ĐT Tư Nghĩa đạt "
                "được, đồng thời đề nghị Phòng tiếp tục tham mưu UBND huyện đầu tư trang thiết bị, tăng "
                "cường bồi dưỡng kỹ năng số cho đội ngũ, bảo đảm an toàn thông tin và hoàn thành việc triển "
                "khai học bạ số trước tháng 5/2027."
            ),
        ],
        photographers=["Quốc Bảo"],
        source="Sở GD&ĐT Quảng Ngãi",
        opts={
            "home_pos": 0,
            "homeimg": "/uploads/news/2026_11/doan-kiem-tra-chuyen-doi-so.jpg",
            "source_line": ("Sở GD&ĐT Quảng Ngãi", "http://sgddt.quangngai.gov.vn/"),
            "related": [138],
            "keywords": ["chuyển đổi số"],
        },
    ),
    Story(
        id=142,
        slug="sinh-hoat-chuyen-mon-theo-cum-truong-tieu-hoc-chuyen-de-day-doc-hieu-van-ban-lop-4-5",
        title="Sinh hoạt chuyên môn theo cụm trường tiểu học: chuyên đề dạy đọc hiểu văn bản lớp 4, 5",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-24T15:10:00+07:00",
        summary=(
            "Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, ngày 21/11, cụm trường tiểu học số 2 gồm "
            "các trường Nghĩa Hiệp, Nghĩa Phương, Nghĩa Mỹ và Nghĩa Hòa tổ chức sinh hoạt chuyên môn với "
            "chuyên đề dạy đọc hiểu văn bản trong môn Tiếng Việt lớp 4, 5."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_11/shcm-cum-2-tieu-hoc.jpg",
                "Tiết dạy minh họa tại lớp 5A Trường TH Nghĩa Hiệp",
                "Tiết dạy minh họa tại lớp 5A Trường TH Nghĩa Hiệp",
                "home",
            ),
            _P(
                "Buổi sinh hoạt thu hút gần 60 cán bộ quản lý, giáo viên dạy lớp 4, 5 của bốn trường tham "
                "gia. Đây là hoạt động thường xuyên nhằm giúp giáo viên tháo gỡ những khó khăn trong quá "
                "trình dạy học theo sách giáo khoa mới."
            ),
            _P(
                "Tiết dạy minh họa bài đọc “Người thầy của muôn đời” do cô Nguyễn Thị Bích Trâm, giáo viên "
                "Trường TH Nghĩa Hiệp thực hiện. Thông qua các hoạt động đọc cá nhân, thảo luận nhóm và "
                "trình bày trước lớp, học sinh được rèn kỹ năng tìm ý chính, nhận xét về nhân vật và liên "
                "hệ bản thân."
            ),
            _P("Sau tiết dạy, các thầy cô tập trung thảo luận những vấn đề:"),
            _P("Cách thiết kế câu hỏi đọc hiểu theo ba mức độ: nhận biết, thông hiểu và vận dụng;", "li"),
            _P("Tổ chức hoạt động đọc mở rộng, khuyến khích học sinh chia sẻ sách đã đọc;", "li"),
            _P("Sử dụng phiếu học tập và bảng nhóm phù hợp với đối tượng học sinh.", "li"),
            Img(
                "/uploads/news/2026_11/shcm-cum-2-thao-luan.jpg",
                "Giáo viên các trường thảo luận, góp ý tiết dạy",
                "Giáo viên các trường thảo luận, góp ý tiết dạy",
                "next",
            ),
            _P(
                "Bà Lê Thị Kim Oanh, Phó Trưởng phòng GD&ĐT đánh giá cao sự chuẩn bị của trường chủ trì và "
                "đề nghị các cụm trường duy trì sinh hoạt chuyên môn định kỳ mỗi tháng một lần, chú trọng "
                "nghiên cứu bài học thay vì đánh giá, xếp loại giờ dạy."
            ),
            Raw("SEE_ALSO_128"),
        ],
        authors=["Trần Thị Ngọc Ánh"],
        opts={
            "home_pos": 1,
            "nfd": True,
            "author_line": "Trần Thị Ngọc Ánh - Trường TH Nghĩa Phương",
            "related": [128],
            "keywords": ["sinh hoạt chuyên môn", "tiểu học"],
        },
    ),
    Story(
        id=140,
        slug="cac-truong-hoc-tren-dia-ban-huyen-to-chuc-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Các trường học trên địa bàn huyện tổ chức kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-19T09:00:00+07:00",
        summary=(
            "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), các trường học trên "
            "địa bàn huyện Tư Nghĩa đã tổ chức nhiều hoạt động thiết thực, ý nghĩa nhằm tôn vinh các thầy "
            "cô giáo."
        ),
        sapo_outside=True,
        blocks=[
            _P(
                "Trong đợt thi đua cao điểm chào mừng ngày 20/11, các trường đã tổ chức các phong trào "
                "“Tuần học tốt”, “Giờ học tốt”, “Hoa điểm tốt”, thu hút đông đảo học sinh tham gia. Nhiều "
                "trường tổ chức hội diễn văn nghệ, thi viết thư tri ân thầy cô, thi trang trí báo tường."
            ),
            Img(
                "/uploads/news/2026_11/ky-niem-20-11-thcs-nghia-thuong.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh Trường THCS Nghĩa Thương",
                "Tiết mục văn nghệ chào mừng của học sinh Trường THCS Nghĩa Thương",
                "next",
            ),
            _P(
                "Sáng 18/11, Trường THCS Nghĩa Thương tổ chức lễ kỷ niệm, kết hợp tuyên dương 25 giáo viên "
                "đạt danh hiệu giáo viên dạy giỏi cấp trường và trao 40 suất học bổng cho học sinh vượt khó "
                "học giỏi. Nhiều thế hệ học sinh cũ đã về thăm trường, gửi lời tri ân đến các thầy cô giáo."
            ),
            _P(
                "Tại Trường MN Sơn Ca thị trấn La Hà, các cháu mẫu giáo 5 tuổi tự tay làm thiệp, cắm hoa "
                "tặng cô giáo. Các hoạt động được tổ chức nhẹ nhàng, tiết kiệm, phù hợp với lứa tuổi."
            ),
            Img(
                "/uploads/news/2026_11/ky-niem-20-11-mn-son-ca.jpg",
                "Các cháu Trường MN Sơn Ca tặng hoa chúc mừng cô giáo",
                "Các cháu Trường MN Sơn Ca tặng hoa chúc mừng cô giáo",
                "next",
            ),
            _P(
                "Dịp này, lãnh đạo Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện đã đến thăm, tặng hoa "
                "chúc mừng Phòng GD&ĐT và một số trường học tiêu biểu. Thay mặt lãnh đạo huyện, ông Trương "
                "Công Thịnh, Phó Chủ tịch UBND huyện ghi nhận những đóng góp của đội ngũ nhà giáo trong sự "
                "nghiệp giáo dục của địa phương:"
            ),
            _P(
                "“Mỗi thầy cô giáo hãy thật sự là một tấm gương sáng về đạo đức, tự học và sáng tạo cho "
                "học sinh noi theo”.",
                "q",
            ),
            _P(
                "Năm học 2025 - 2026, toàn huyện có 186 giáo viên đạt danh hiệu giáo viên dạy giỏi, giáo "
                "viên chủ nhiệm lớp giỏi cấp huyện; 32 giáo viên đạt cấp tỉnh; chất lượng giáo dục toàn "
                "diện tiếp tục được giữ vững."
            ),
        ],
        authors=["Văn Hùng"],
        opts={
            "home_pos": 0,
            "homeimg": "/uploads/news/2026_11/ky-niem-20-11-2026.jpg",
            "seo": "Tưng bừng kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026 tại Tư Nghĩa",
            "author_line": "Văn Hùng",
            "related": [150],
            "keywords": ["20/11", "nhà giáo"],
        },
    ),
    Story(
        id=138,
        slug="tap-huan-su-dung-phan-mem-quan-ly-truong-hoc-va-so-diem-dien-tu-cho-giao-vien-thcs",
        title="Tập huấn sử dụng phần mềm quản lý trường học và sổ điểm điện tử cho giáo viên THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-16T07:30:00+07:00",
        blocks=[
            _P(
                "Nhằm đẩy mạnh ứng dụng công nghệ thông tin trong quản lý và dạy học, trong hai ngày 13 và "
                "14/11, Phòng GD&ĐT huyện Tư Nghĩa phối hợp với đơn vị cung cấp phần mềm tổ chức lớp tập "
                "huấn sử dụng phần mềm quản lý trường học và sổ điểm điện tử cho giáo viên các trường THCS."
            ),
            _P(
                "Lớp tập huấn được chia thành hai đợt tại phòng máy Trường THCS thị trấn La Hà, mỗi đợt có "
                "khoảng 90 học viên là cán bộ quản lý, giáo viên chủ nhiệm, nhân viên văn thư và giáo viên "
                "phụ trách công nghệ thông tin."
            ),
            _P("Nội dung tập huấn gồm:", "b"),
            _P("Cập nhật hồ sơ học sinh, phân công chuyên môn và thời khóa biểu trên phần mềm;", "ol"),
            _P("Nhập điểm, nhận xét theo Thông tư 22/2021/TT-BGDĐT và khóa sổ điểm theo học kỳ;", "ol"),
            _P("Ký số học bạ điện tử và chia sẻ kết quả học tập với phụ huynh qua ứng dụng di động.", "ol"),
            Img(
                "/uploads/news/2026_11/tap-huan-so-diem-dien-tu%20(2).jpg",
                "Học viên thực hành nhập điểm trên phần mềm",
                "Học viên thực hành nhập điểm trên phần mềm",
                "next",
            ),
            _P(
                "Sau tập huấn, các trường tiếp tục tổ chức bồi dưỡng lại cho toàn bộ giáo viên tại đơn vị, "
                "bảo đảm từ học kỳ I năm học 2026 - 2027 thực hiện sổ điểm điện tử thay cho sổ điểm giấy."
            ),
        ],
        authors=["Bộ phận THCS"],
        opts={
            "home_pos": 0,
            "author_line": "Bộ phận THCS",
            "files": [("Hướng dẫn sử dụng sổ điểm điện tử", "/uploads/news/2026_11/huong-dan-so-diem-dien-tu.pdf")],
            "related": [],
            "keywords": ["tập huấn", "sổ điểm điện tử"],
        },
    ),
    Story(
        id=136,
        slug="truong-tieu-hoc-nghia-ky-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        title="Trường Tiểu học Nghĩa Kỳ đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="tin-tuc-su-kien",
        published_at="2026-11-10T16:00:00+07:00",
        summary=(
            "Sáng 08/11, Trường Tiểu học Nghĩa Kỳ long trọng tổ chức lễ đón nhận Bằng công nhận trường đạt "
            "chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3."
        ),
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_11/th-nghia-ky-chuan-quoc-gia.jpg", None, None, "home"),
            _P(
                "Đến dự buổi lễ có đại diện lãnh đạo Sở GD&ĐT, Huyện ủy, UBND huyện, Phòng GD&ĐT, Đảng ủy, "
                "UBND xã Nghĩa Kỳ cùng đông đảo phụ huynh và học sinh nhà trường."
            ),
            _P(
                "Trường Tiểu học Nghĩa Kỳ hiện có 28 lớp với 865 học sinh, 42 cán bộ, giáo viên, nhân viên; "
                "100% giáo viên đạt chuẩn trình độ đào tạo, trong đó 88% trên chuẩn. Những năm qua, nhà "
                "trường luôn duy trì tỷ lệ học sinh hoàn thành chương trình lớp học đạt trên 99%, nhiều em "
                "đạt giải trong các cuộc thi cấp huyện, cấp tỉnh."
            ),
            _P(
                "Để đạt chuẩn mức độ 2, nhà trường đã được đầu tư xây mới khối phòng học bộ môn, nhà đa "
                "năng, thư viện đạt chuẩn; sân chơi, bãi tập được cải tạo khang trang, xanh - sạch - đẹp. "
                "Tổng kinh phí đầu tư từ năm 2023 đến nay gần 12 tỷ đồng từ ngân sách nhà nước và nguồn xã "
                "hội hóa."
            ),
            Img(
                "/uploads/news/2026_11/th-nghia-ky-don-bang.jpg",
                "Lãnh đạo UBND huyện trao Bằng công nhận cho Trường TH Nghĩa Kỳ",
                "Lãnh đạo UBND huyện trao Bằng công nhận cho Trường TH Nghĩa Kỳ",
                "fig",
            ),
            _P(
                "Phát biểu tại buổi lễ, đại diện lãnh đạo UBND huyện chúc mừng thầy và trò nhà trường, đề "
                "nghị nhà trường tiếp tục phát huy kết quả đạt được, giữ vững và nâng cao các tiêu chuẩn "
                "trường chuẩn quốc gia, hướng tới xây dựng trường học hạnh phúc."
            ),
            _P(
                "Đến nay, huyện Tư Nghĩa có 41/52 trường đạt chuẩn quốc gia, trong đó 9 trường đạt chuẩn "
                "mức độ 2."
            ),
        ],
        authors=["Bảo Trân"],
        source="Báo Quảng Ngãi",
        opts={
            "home_pos": 1,
            "author_line": "Bảo Trân",
            "source_line": ("Báo Quảng Ngãi", "https://baoquangngai.vn/"),
            "related": [150],
            "keywords": ["trường chuẩn quốc gia"],
        },
    ),
    Story(
        id=131,
        slug="phong-gd-dt-phoi-hop-cong-an-huyen-tuyen-truyen-an-toan-giao-thong-cho-hoc-sinh",
        title="Phòng GD&ĐT phối hợp Công an huyện tuyên truyền an toàn giao thông cho học sinh",
        cat="tin-tuc-su-kien",
        published_at="2026-10-30T08:15:00+07:00",
        summary=(
            "Từ ngày 19 đến 28/10, Phòng GD&ĐT phối hợp với Đội Cảnh sát giao thông - Trật tự Công an "
            "huyện tổ chức tuyên truyền pháp luật về trật tự, an toàn giao thông cho học sinh tại 12 trường "
            "THCS trên địa bàn huyện."
        ),
        sapo_outside=True,
        blocks=[
            _P(
                "Tại các buổi tuyên truyền, cán bộ Công an huyện đã phổ biến những quy định của Luật Trật "
                "tự, an toàn giao thông đường bộ năm 2024 liên quan đến học sinh như: không điều khiển xe "
                "máy khi chưa đủ tuổi, đội mũ bảo hiểm đạt chuẩn khi ngồi trên xe mô tô, xe gắn máy, xe đạp "
                "điện; không dàn hàng ngang, lạng lách khi đi xe đạp.",
                "div",
            ),
            _P(
                "Thông qua hình ảnh, video clip về các vụ tai nạn giao thông thực tế, các em học sinh nhận "
                "thức rõ hơn hậu quả của việc vi phạm pháp luật khi tham gia giao thông.",
                "br",
            ),
            _P(
                "Bên cạnh đó, chương trình còn tổ chức phần thi tìm hiểu kiến thức an toàn giao thông với "
                "nhiều câu hỏi sinh động, thu hút sự tham gia hào hứng của học sinh.",
                "br",
            ),
            Img(
                "/uploads/news/2026_10/tuyen-truyen-atgt-thcs-nghia-dien.jpg",
                "Cán bộ Công an huyện tuyên truyền tại Trường THCS Nghĩa Điền",
                "Cán bộ Công an huyện tuyên truyền tại Trường THCS Nghĩa Điền",
                "divnext",
            ),
            _P(
                "Dịp này, các trường đã ký cam kết với phụ huynh không giao xe máy cho con em chưa đủ tuổi "
                "điều khiển; thành lập đội thanh niên tình nguyện hướng dẫn học sinh qua đường giờ tan trường.",
                "div",
            ),
            _P(
                "Năm học 2025 - 2026, trên địa bàn huyện không có học sinh tử vong do tai nạn giao thông; số "
                "học sinh vi phạm giảm 35% so với năm học trước.",
                "br",
            ),
        ],
        authors=["Minh Khoa"],
        opts={
            "home_pos": 0,
            "author_line": "Minh Khoa",
            "related": [],
            "keywords": ["an toàn giao thông"],
        },
    ),
    Story(
        id=129,
        slug="trao-50-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao 50 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="tin-tuc-su-kien",
        published_at="2026-10-23T10:30:00+07:00",
        summary=(
            "Chiều 22/10, Phòng GD&ĐT huyện Tư Nghĩa phối hợp với Hội Khuyến học huyện và Câu lạc bộ doanh "
            "nhân Tư Nghĩa tại TP. Hồ Chí Minh trao 50 suất học bổng “Tiếp sức đến trường” cho học sinh có "
            "hoàn cảnh khó khăn vươn lên trong học tập."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_10/trao-hoc-bong-tiep-suc-den-truong.jpg",
                "Đại biểu trao học bổng cho các em học sinh",
                "Đại biểu trao học bổng cho các em học sinh",
                "home",
            ),
            _P(
                "Mỗi suất học bổng trị giá 2 triệu đồng tiền mặt cùng một bộ sách giáo khoa và đồ dùng học "
                "tập. Các em nhận học bổng là học sinh tiểu học và THCS mồ côi cha hoặc mẹ, thuộc hộ nghèo, "
                "cận nghèo, có kết quả học tập tốt trong năm học 2025 - 2026."
            ),
            _P(
                "Em Đinh Thị Hoa, học sinh lớp 8 Trường THCS Nghĩa Sơn chia sẻ: “Bố em mất sớm, mẹ làm rẫy "
                "nuôi ba chị em. Số tiền học bổng này em sẽ dùng để mua xe đạp đi học, em hứa sẽ cố gắng học "
                "thật tốt để không phụ lòng các cô chú”."
            ),
            _P(
                "Ông Nguyễn Tấn Phát, Trưởng phòng GD&ĐT cảm ơn các nhà hảo tâm đã đồng hành cùng ngành giáo "
                "dục huyện nhà trong nhiều năm qua. Từ năm 2018 đến nay, Câu lạc bộ đã trao hơn 600 suất học "
                "bổng với tổng trị giá trên 1,1 tỷ đồng."
            ),
            Img(
                "/uploads/news/2026_10/hoc-bong-chup-anh-luu-niem.jpg",
                "Các em học sinh nhận học bổng chụp ảnh lưu niệm cùng đại biểu",
                "Các em học sinh nhận học bổng chụp ảnh lưu niệm cùng đại biểu",
                "tbl",
            ),
        ],
        authors=["Thu Trang"],
        opts={
            "home_pos": 1,
            "author_line": "Thu Trang",
            "related": [],
            "keywords": ["học bổng", "khuyến học"],
        },
    ),
    Story(
        id=128,
        slug="hoi-nghi-chuyen-de-doi-moi-phuong-phap-day-hoc-mon-tieng-anh-cap-thcs",
        title="Hội nghị chuyên đề đổi mới phương pháp dạy học môn Tiếng Anh cấp THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-21T14:00:00+07:00",
        summary=(
            "Ngày 20/10, tại Trường THCS Nghĩa Hiệp, Phòng GD&ĐT tổ chức hội nghị chuyên đề “Phát triển kỹ "
            "năng nói cho học sinh trong dạy học môn Tiếng Anh cấp THCS” với sự tham gia của 65 giáo viên "
            "Tiếng Anh toàn huyện."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_10/chuyen-de-tieng-anh-thcs.jpg",
                "Tiết dạy minh họa môn Tiếng Anh lớp 9",
                "Tiết dạy minh họa môn Tiếng Anh lớp 9",
                "home",
            ),
            _P(
                "Tại hội nghị, các đại biểu dự hai tiết dạy minh họa lớp 6 và lớp 9 do giáo viên Trường THCS "
                "Nghĩa Hiệp và Trường THCS Nghĩa Thắng thực hiện. Các tiết dạy được thiết kế với nhiều hoạt "
                "động giao tiếp theo cặp, nhóm, trò chơi đóng vai, giúp học sinh mạnh dạn sử dụng tiếng Anh."
            ),
            _P(
                "Các tham luận tập trung vào những giải pháp như xây dựng môi trường sử dụng tiếng Anh trong "
                "nhà trường, tổ chức câu lạc bộ tiếng Anh, ứng dụng các phần mềm luyện phát âm và khai thác "
                "hiệu quả thiết bị dạy học ngoại ngữ."
            ),
            _P(
                "Bà Lê Thị Kim Oanh, Phó Trưởng phòng GD&ĐT đề nghị giáo viên dành nhiều thời gian hơn cho "
                "hoạt động luyện nói trong mỗi tiết học, đổi mới hình thức kiểm tra, đánh giá kỹ năng nói và "
                "tăng cường dự giờ, trao đổi chuyên môn giữa các trường."
            ),
        ],
        authors=["Huỳnh Thị Kiều Vân"],
        opts={
            "home_pos": 1,
            "author_line": "Huỳnh Thị Kiều Vân",
            "related": [],
            "keywords": ["Tiếng Anh", "chuyên đề"],
        },
    ),
    Story(
        id=127,
        slug="hoi-thi-net-dep-phu-nu-nganh-giao-duc-chao-mung-ngay-phu-nu-viet-nam-20-10",
        title="Hội thi “Nét đẹp phụ nữ ngành Giáo dục” chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat="cong-doan-doan-the",
        published_at="2026-10-19T15:30:00+07:00",
        summary=(
            "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), ngày "
            "17/10, Công đoàn ngành Giáo dục huyện Tư Nghĩa tổ chức Hội thi “Nét đẹp phụ nữ ngành Giáo dục” "
            "năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            _P(
                "Tham gia hội thi có 14 đội đến từ các cụm công đoàn cơ sở trường học. Mỗi đội thi ba phần: "
                "chào hỏi, kiến thức về Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình và năng khiếu."
            ),
            Img(
                "http://pgdtunghia.quangngai.edu.vn/uploads/news/2026_10/net-dep-phu-nu-1.jpg",
                "Phần thi năng khiếu của đội Cụm trường Nghĩa Hiệp - Nghĩa Phương",
                "Phần thi năng khiếu của đội Cụm trường Nghĩa Hiệp - Nghĩa Phương",
                "fig",
            ),
            _P(
                "Với sự chuẩn bị công phu, các đội đã mang đến hội thi những tiết mục đặc sắc, thể hiện vẻ "
                "đẹp của người phụ nữ ngành Giáo dục: đảm việc trường, giỏi việc nhà, giàu lòng nhân ái."
            ),
            _P(
                "Kết quả, Ban Tổ chức trao giải nhất cho đội Cụm trường thị trấn La Hà; hai giải nhì cho các "
                "đội Cụm trường Nghĩa Kỳ - Nghĩa Thuận và Cụm trường Sông Vệ; ba giải ba và các giải khuyến "
                "khích cho các đội còn lại."
            ),
            Img(
                "/uploads/news/2026_10/net-dep-phu-nu-2.jpg",
                "Ban Tổ chức trao giải nhất cho đội Cụm trường thị trấn La Hà",
                "Ban Tổ chức trao giải nhất cho đội Cụm trường thị trấn La Hà",
                "fig",
            ),
        ],
        authors=["Công đoàn ngành Giáo dục huyện"],
        opts={
            "home_pos": 0,
            "homeimg": "/uploads/news/2026_10/net-dep-phu-nu-thumb.jpg",
            "author_line": "Công đoàn ngành Giáo dục huyện",
            "related": [],
            "keywords": ["công đoàn", "20/10"],
        },
    ),
    Story(
        id=126,
        slug="kiem-tra-cong-tac-to-chuc-ban-tru-tai-cac-truong-mam-non",
        title="Kiểm tra công tác tổ chức bán trú tại các trường mầm non",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-14T09:20:00+07:00",
        blocks=[
            _P(
                "Từ ngày 07 đến 12/10, Phòng GD&ĐT huyện Tư Nghĩa thành lập đoàn kiểm tra công tác tổ chức "
                "bán trú, bảo đảm an toàn thực phẩm tại 8 trường mầm non trên địa bàn huyện."
            ),
            _P(
                "Đoàn đã kiểm tra hồ sơ quản lý bán trú, hợp đồng cung cấp thực phẩm, sổ kiểm thực ba bước, "
                "việc lưu mẫu thức ăn; quan sát quy trình chế biến, chia ăn và tổ chức giờ ăn, giờ ngủ của "
                "trẻ tại các lớp."
            ),
            _P(
                "Qua kiểm tra, các trường đều bố trí bếp ăn một chiều, có đủ đồ dùng, thiết bị phục vụ bán "
                "trú; thực đơn được xây dựng theo mùa, cân đối dinh dưỡng, phù hợp với khẩu phần của trẻ. "
                "Nhân viên cấp dưỡng được khám sức khỏe định kỳ và tập huấn kiến thức về an toàn thực phẩm."
            ),
            _P(
                "Bên cạnh đó, đoàn cũng lưu ý một số trường cần bổ sung tủ lưu mẫu thức ăn, cập nhật đầy đủ "
                "sổ kiểm thực hằng ngày và công khai thực đơn, giá tiền ăn của trẻ tại bảng tin nhà trường."
            ),
            Img(
                "/uploads/news/2026_10/kiem-tra-ban-tru-mn-hoa-sen.jpg",
                "Đoàn kiểm tra bếp ăn bán trú tại Trường MN Hoa Sen, xã Nghĩa Thuận",
                "Đoàn kiểm tra bếp ăn bán trú tại Trường MN Hoa Sen, xã Nghĩa Thuận",
                "next",
            ),
            _P(
                "Kết thúc đợt kiểm tra, Phòng GD&ĐT sẽ tổng hợp kết quả, báo cáo UBND huyện và chỉ đạo các "
                "trường khắc phục những tồn tại trước ngày 30/10/2026."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Mầm non</strong></p>'),
        ],
        authors=["Tổ Mầm non"],
        opts={
            "home_pos": 0,
            "homeimg": "/uploads/news/2026_10/kiem-tra-ban-tru-thumb.jpg",
            "related": [],
            "keywords": ["bán trú", "mầm non"],
        },
    ),
]

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def _order(ids: list[int]) -> list[Story]:
    return sorted((BY_ID[i] for i in ids), key=lambda s: s.published_at or "", reverse=True)


def cat_items(cat: str) -> list[Story]:
    """A category's listing, newest first: its own articles and those listing it in ``also``."""
    ids = [s.id for s in STORIES if s.cat == cat or cat in s.opts.get("also", [])]
    return _order(ids)


def art_path(story: Story, cat: str | None = None) -> str:
    return f"/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/news/print/{story.cat}/{story.slug}-{story.id}.html"


def mail_path(story: Story) -> str:
    return f"/news/sendmail/{story.cat}/{story.slug}-{story.id}.html"


def index_php_target(story: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={story.cat}/{story.slug}-{story.id}.html"


def _dt(story: Story) -> datetime:
    return datetime.fromisoformat(story.published_at or "2026-10-01T00:00:00+07:00")


def printed_time(story: Story) -> str:
    d = _dt(story)
    return f"{_WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def short_date(story: Story) -> str:
    return f"{_dt(story):%d/%m/%Y}"


def clean60(title: str) -> str:
    """NukeViet's nv_clean60: cut at a word boundary before 60 characters and add "..."."""
    if len(title) <= 60:
        return title
    cut = title[:60].rsplit(" ", 1)[0]
    return cut + "..."


def thumb(story: Story) -> str:
    src = story.opts.get("homeimg")
    if not src:
        home = next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)
        src = home.src if home else f"{THEME}/images/no_image.gif"
    return src.replace("/uploads/news/", "/assets/news/")


def og_image(story: Story) -> str:
    src = story.opts.get("homeimg")
    if not src:
        home = next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)
        src = home.src if home else f"{THEME}/images/logo-og.png"
    return src


# --- documents, intro pages -------------------------------------------------------------------

DOCS = [
    {
        "slug": "cong-van-so-1245-pgddt-ve-viec-to-chuc-hoi-thi-gvdg-cap-huyen-bac-thcs",
        "number": "1245/PGDĐT",
        "date": "01/12/2026",
        "kind": "Công văn",
        "field": "Chuyên môn THCS",
        "signer": "Nguyễn Tấn Phát",
        "subject": "V/v tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
        "file": "/uploads/laws/1245-pgddt-hoi-thi-gvdg-thcs.pdf",
    },
    {
        "slug": "ke-hoach-so-1188-kh-pgddt-kiem-tra-noi-bo-truong-hoc-nam-hoc-2026-2027",
        "number": "1188/KH-PGDĐT",
        "date": "18/11/2026",
        "kind": "Kế hoạch",
        "field": "Thanh tra, kiểm tra",
        "signer": "Lê Thị Kim Oanh",
        "subject": "Kế hoạch kiểm tra nội bộ trường học năm học 2026 - 2027",
        "file": "/uploads/laws/1188-kh-pgddt-kiem-tra-noi-bo.pdf",
    },
    {
        "slug": "quyet-dinh-so-356-qd-pgddt-thanh-lap-doan-kiem-tra-ban-tru-mam-non",
        "number": "356/QĐ-PGDĐT",
        "date": "05/10/2026",
        "kind": "Quyết định",
        "field": "Giáo dục Mầm non",
        "signer": "Nguyễn Tấn Phát",
        "subject": "Quyết định thành lập Đoàn kiểm tra công tác bán trú tại các trường mầm non",
        "file": "/uploads/laws/356-qd-pgddt-doan-kiem-tra-ban-tru.pdf",
    },
]
DOC_BY_SLUG = {d["slug"]: d for d in DOCS}

ABOUT = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        [
            "Phòng Giáo dục và Đào tạo huyện Tư Nghĩa là cơ quan chuyên môn thuộc UBND huyện Tư Nghĩa, "
            "có chức năng tham mưu, giúp UBND huyện thực hiện quản lý nhà nước về giáo dục và đào tạo "
            "trên địa bàn huyện.",
            "Toàn huyện hiện có 52 trường mầm non, tiểu học, trung học cơ sở công lập và ngoài công lập "
            "với hơn 31.000 học sinh và gần 1.900 cán bộ quản lý, giáo viên, nhân viên.",
            "Trụ sở: Khu dân cư số 2, thị trấn La Hà, huyện Tư Nghĩa, tỉnh Quảng Ngãi.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Trưởng phòng: ông Nguyễn Tấn Phát.",
            "Phó Trưởng phòng: bà Lê Thị Kim Oanh, ông Phan Văn Tuấn.",
            "Các bộ phận chuyên môn: Mầm non; Tiểu học; THCS; Tổ chức cán bộ; Kế hoạch - Tài chính; "
            "Văn phòng.",
        ],
    ),
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Trình UBND huyện ban hành quyết định, chỉ thị, kế hoạch dài hạn, 5 năm và hằng năm về phát "
            "triển giáo dục trên địa bàn huyện.",
            "Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch về giáo dục sau khi "
            "được phê duyệt; hướng dẫn, kiểm tra các cơ sở giáo dục trực thuộc.",
            "Theo dõi, tổng hợp, báo cáo định kỳ và đột xuất tình hình giáo dục với UBND huyện và Sở "
            "Giáo dục và Đào tạo.",
        ],
    ),
}


# --- chrome -----------------------------------------------------------------------------------

def _menu() -> str:
    cats = "".join(
        f'<li><a href="/news/{alias}/" title="{esc(t)}">{esc(t)}</a></li>' for alias, (_i, t) in CATS.items()
    )
    about = "".join(
        f'<li><a href="/about/{slug}.html">{esc(t)}</a></li>' for slug, (t, _p) in ABOUT.items()
    )
    return f"""
<div class="menu-ngang" id="menusite">
 <ul class="nav navbar-nav mnu-pgd">
  <li class="home"><a href="/" title="Trang chủ"><em class="fa fa-lg fa-home">&nbsp;</em> Trang chủ</a></li>
  <li class="dropdown"><a class="dropdown-toggle" href="/about/gioi-thieu-chung.html">Giới thiệu <strong class="caret">&nbsp;</strong></a>
   <ul class="dropdown-menu">{about}</ul></li>
  <li class="dropdown"><a class="dropdown-toggle" href="/news/tin-tuc-su-kien/">Tin tức <strong class="caret">&nbsp;</strong></a>
   <ul class="dropdown-menu">{cats}</ul></li>
  <li><a href="/van-ban/" title="Văn bản">Văn bản</a></li>
  <li><a href="/contact/" title="Liên hệ">Liên hệ</a></li>
 </ul>
 <div class="headerSearch"><form action="/seek/" method="get" onsubmit="return false;">
  <input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..." name="q">
  <button type="button" class="btn btn-info" data-url="/seek/?q="><em class="fa fa-search fa-lg"></em></button>
 </form></div>
</div>"""


def _right_column() -> str:
    docs = "".join(
        f'<li><a href="/van-ban/{d["slug"]}.html" title="{esc(d["subject"])}">{esc(d["kind"])} số '
        f'{esc(d["number"])}</a><br /><span class="vb-ngay">Ban hành: {d["date"]}</span>'
        f'<p class="vb-trichyeu">{esc(d["subject"])}</p></li>'
        for d in DOCS
    )
    return f"""
<div class="col-sm-8 col-md-8 col-sm-push-16 col-md-push-16" id="cot-phai">
 <div class="khoi-phai" id="block_31">
  <div class="tieude-khoi"><span>Văn bản mới</span></div>
  <div class="nd-khoi"><ul class="ds-vanban">{docs}</ul>
   <p class="text-right"><a href="/van-ban/">Xem tất cả &raquo;</a></p></div>
 </div>
 <div class="khoi-phai" id="block_32">
  <div class="tieude-khoi"><span>Lịch công tác</span></div>
  <div class="nd-khoi lich-ct">
   <p class="lct-tuan"><strong>Tuần 50 (từ 07/12/2026 đến 11/12/2026)</strong></p>
   <p><b>Thứ hai 07/12/2026:</b> 07h30 - Lãnh đạo Phòng giao ban đầu tuần.</p>
   <p><b>Thứ ba 08/12/2026:</b> 08h00 - Bà Lê Thị Kim Oanh dự chấm thi GVDG THCS tại Trường THCS Nghĩa Hiệp.</p>
   <p><b>Thứ tư 09/12/2026:</b> 14h00 - Ông Nguyễn Tấn Phát họp UBND huyện về kế hoạch năm 2027.</p>
   <p><b>Thứ sáu 11/12/2026:</b> 08h00 - Kiểm tra nội bộ Trường MN Hoa Sen.</p>
  </div>
 </div>
 <div class="khoi-phai" id="block_33">
  <div class="tieude-khoi"><span>Liên kết</span></div>
  <div class="nd-khoi">
   <a href="https://moet.gov.vn/" target="_blank" rel="noopener"><img src="{THEME}/images/lk-bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" width="250" /></a>
   <a href="http://sgddt.quangngai.gov.vn/" target="_blank" rel="noopener"><img src="{THEME}/images/lk-so-gddt.png" alt="Sở GD&amp;ĐT Quảng Ngãi" width="250" /></a>
   <select class="form-control lk-web" onchange="if(this.value)window.open(this.value)">
    <option value="">--- Liên kết website ---</option>
    <option value="https://tunghia.quangngai.gov.vn/">UBND huyện Tư Nghĩa</option>
    <option value="https://csdl.moet.gov.vn/">CSDL ngành Giáo dục</option>
    <option value="https://taphuan.csdl.edu.vn/">Tập huấn giáo viên</option>
   </select>
  </div>
 </div>
 <div class="khoi-phai" id="block_34">
  <div class="tieude-khoi"><span>Thống kê truy cập</span></div>
  <div class="nd-khoi thongke">
   <ul class="counter list-none display-table">
    <li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li>
    <li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Hôm nay</span><span>1.126</span></li>
    <li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>6.804</span></li>
    <li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>2.315.467</span></li>
   </ul>
  </div>
 </div>
</div>"""


def _breadcrumbs(items: list[tuple[str, str]]) -> str:
    lis = '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a><i class="hidden" itemprop="position" content="1"></i></li>'
    for n, (href, label) in enumerate(items, start=2):
        lis += (
            f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f'<a href="{href}" itemprop="item" title="{esc(label)}"><span itemprop="name">{esc(label)}</span></a>'
            f'<i class="hidden" itemprop="position" content="{n}"></i></li>'
        )
    return f"""
<div class="breadcrumbs-wrap">
 <div class="display">
  <a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>
  <ul class="breadcrumbs list-none"></ul>
 </div>
 <ul class="subs-breadcrumbs"></ul>
 <ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">{lis}</ul>
</div>"""


def page(request: Request, title: str, main: str, *, crumbs: list[tuple[str, str]] | None = None,
         head: str = "", description: str = "") -> Response:
    desc = esc(description or "Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Tư Nghĩa, tỉnh Quảng Ngãi")
    bc = _breadcrumbs(crumbs) if crumbs is not None else ""
    body = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{desc}" />
<meta name="keywords" content="phòng giáo dục, tư nghĩa, quảng ngãi" />
<meta name="author" content="{esc(SITE_NAME)}" />
<meta name="copyright" content="{esc(SITE_NAME)} [pgdtunghia@quangngai.edu.vn]" />
<meta name="generator" content="NukeViet v4.4" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:site_name" content="{esc(SITE_NAME)}" />
{head}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="{THEME}/css/style.css">
<link rel="StyleSheet" href="{THEME}/css/news.css">
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Pgd7t",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/global.js"></script>
<script src="{THEME}/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg">
<div class="wraper">
 <header>
  <div class="thanh-tren">
   <span class="ngay-hom-nay"><em class="fa fa-clock-o"></em> {HEADER_TODAY}</span>
   <span class="hotline">Đường dây nóng: 0255.3845.216</span>
  </div>
  <div id="banner-pgd">
   <h1 class="hidden">{esc(OFFICE)}</h1>
   <a title="{esc(SITE_NAME)}" href="/"><img src="{THEME}/images/banner-pgd-tunghia.jpg" width="1000" height="150" alt="{esc(OFFICE)}" /></a>
  </div>
 </header>
 <nav class="second-nav" id="menusite-wrap">{_menu()}</nav>
 <div class="chay-chu"><marquee scrollamount="3">Chào mừng quý thầy cô và các em học sinh đến với trang thông tin điện tử Phòng Giáo dục và Đào tạo huyện Tư Nghĩa!</marquee></div>
 <section>
  {bc}
  <div class="row" id="noi-dung">
   {_right_column()}
   <div class="col-sm-16 col-md-16 col-sm-pull-8 col-md-pull-8" id="cot-chinh">
{main}
   </div>
  </div>
 </section>
 <footer id="footer">
  <div class="ft-pgd">
   <p class="ft-ten"><strong>{esc(OFFICE)}</strong></p>
   <p>Địa chỉ: Khu dân cư số 2, thị trấn La Hà, huyện Tư Nghĩa, tỉnh Quảng Ngãi</p>
   <p>Điện thoại: 0255.3845.216 - Fax: 0255.3845.217 - Email: <a href="mailto:pgdtunghia@quangngai.edu.vn">pgdtunghia@quangngai.edu.vn</a></p>
   <p>Chịu trách nhiệm chính: Ông Nguyễn Tấn Phát - Trưởng phòng</p>
   <p class="ft-bq">&copy; Bản quyền thuộc về {esc(SITE_NAME)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
   <p class="ft-tk">Thiết kế bởi <a href="http://quangngaisoft.vn/" target="_blank" rel="nofollow">QNSoft</a> - Mã nguồn <a href="https://nukeviet.vn/" target="_blank" rel="nofollow">NukeViet CMS</a></p>
  </div>
 </footer>
</div>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="/assets/js/bootstrap.min.js"></script>
</body>
</html>"""
    return html(body)


# --- article text -----------------------------------------------------------------------------

def _t(value: str, nfd: bool) -> str:
    return text(value, nfd=nfd)


def _img_tag(img: Img) -> str:
    return f'<img alt="{esc(img.caption or "")}" height="400" src="{esc(img.src)}" width="600" />'


def render_blocks(story: Story, blocks: list, *, nfd: bool = False) -> str:
    out: list[str] = []
    group: str | None = None

    def close() -> None:
        nonlocal group
        if group == "ul":
            out.append("</ul>")
        elif group == "ol":
            out.append("</ol>")
        elif group == "table":
            out.append("</tbody></table>")
        group = None

    for b in blocks:
        if isinstance(b, P):
            t = _t(b.text, nfd)
            want = {"li": "ul", "ol": "ol", "tr": "table", "th": "table"}.get(b.style)
            if want != group:
                close()
                if want == "ul":
                    out.append('<ul style="margin-left: 20px;">')
                elif want == "ol":
                    out.append("<ol>")
                elif want == "table":
                    out.append(
                        '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;">'
                        "<tbody>"
                    )
                group = want
            if b.style in ("li", "ol"):
                out.append(f"<li>{t}</li>")
            elif b.style in ("tr", "th"):
                cell = "th" if b.style == "th" else "td"
                cells = "".join(f"<{cell}>{_t(c, nfd)}</{cell}>" for c in b.text.split(" | "))
                out.append(f"<tr>{cells}</tr>")
            elif b.style == "h":
                out.append(f"<h3><strong>{t}</strong></h3>")
            elif b.style == "b":
                out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
            elif b.style == "q":
                out.append(f'<blockquote><p><em>{t}</em></p></blockquote>')
            elif b.style == "div":
                out.append(f'<div style="text-align: justify;">{t}</div>')
            elif b.style == "br":
                last = out.pop()
                closing = "</div>" if last.endswith("</div>") else "</p>"
                out.append(last[: -len(closing)] + f"<br />\n{t}{closing}")
            else:
                out.append(f'<p style="text-align: justify;">{t}&nbsp;</p>')
            continue
        close()
        if isinstance(b, Img):
            if b.style == "home":
                continue
            tag = _img_tag(b)
            cap = esc(b.printed or "")
            if b.style == "fig":
                out.append(
                    f'<figure class="image" style="display:inline-block">{tag}'
                    f"<figcaption>{cap}</figcaption></figure>"
                )
            elif b.style == "tbl":
                out.append(
                    '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:600px;">'
                    f'<tbody><tr><td>{tag}</td></tr><tr><td style="text-align: center;"><em>{cap}</em>'
                    "</td></tr></tbody></table>"
                )
            elif b.style == "next":
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p style="text-align: center;"><em>{cap}</em></p>')
            elif b.style == "divnext":
                out.append(f'<div style="text-align: center;">{tag}<br />\n<em>{cap}</em></div>')
            elif b.style == "credit":
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p style="text-align: right;"><em>{cap}</em></p>')
            else:
                out.append(f'<p style="text-align: center;">{tag}</p>')
        elif isinstance(b, Raw):
            if b.html == "DUP_SAPO":
                out.append(f'<p style="text-align: justify;"><strong>{_t(story.summary or "", nfd)}</strong></p>')
            elif b.html == "SEE_ALSO_128":
                other = BY_ID[128]
                href = esc(index_php_target(other))
                out.append(
                    f'<p><strong>Xem thêm:</strong> <a href="{href}">{esc(other.title)}</a></p>'
                )
            else:
                out.append(b.html)
    close()
    return "\n".join(out)


def _home_figure(story: Story) -> str:
    if story.opts.get("home_pos") != 1:
        return ""
    img = next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)
    if img is None:
        return ""
    cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
    alt = esc(img.printed or story.title)
    return (
        '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
        f'<div id="imgpreview" style="width:460px;"><p class="text-center">'
        f'<img alt="{alt}" src="{esc(img.src)}" width="460" class="img-thumbnail"/></p>{cap}</div></figure>'
    )


def _author_block(story: Story) -> str:
    lines = ""
    if story.opts.get("author_line"):
        lines += f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(story.opts["author_line"])}</p>'
    if story.opts.get("source_line"):
        name, link = story.opts["source_line"]
        shown = f'<a title="{esc(name)}" rel="nofollow" href="{esc(link)}">{esc(name)}</a>' if link else esc(name)
        lines += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{shown}</p>'
    return f'<div class="margin-bottom-lg tg-nguon">{lines}</div>' if lines else ""


def _story_list(title: str, stories: list[Story], cat: str | None, css: str) -> str:
    if not stories:
        return ""
    lis = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em> <a href="{art_path(s, cat if cat in s.opts.get("also", []) else None)}" '
        f'title="{esc(s.title)}">{esc(s.title)}</a> <em>({short_date(s)})</em></li>'
        for s in stories
    )
    return f'<div class="{css}"><p class="h3"><strong>{title}</strong></p><ul class="related">{lis}</ul></div>'


def detail(request: Request, story: Story, shown_cat: str) -> Response:
    nfd = bool(story.opts.get("nfd"))
    canonical = base_url(request) + art_path(story)
    seo = story.opts.get("seo") or story.title
    cat_title = CATS[shown_cat][1]
    hometext = (
        f'<div class="hometext m-bottom" itemprop="description">{_t(story.summary, nfd)}</div>'
        if story.summary else ""
    )
    files = ""
    for label, href in story.opts.get("files", []):
        files += (
            '<div class="tep-dinh-kem"><p class="tdk-tieude"><em class="fa fa-download"></em> '
            f'<strong>Tập tin đính kèm</strong></p><ul><li><a href="{href}" title="{esc(label)}">'
            f'{esc(label)}</a> <span class="text-muted">(PDF, 1,2 MB)</span> - <a href="{href}">Tải về</a>'
            "</li></ul></div>"
        )
    keywords = ", ".join(f"<em>{esc(k)}</em>" for k in story.opts.get("keywords", []))
    comments = ""
    if story.opts.get("comments"):
        items = "".join(
            f'<div class="comment-box"><div class="media"><a class="pull-left" href="#">'
            f'<img class="media-object bg-gainsboro" src="/themes/default/images/users/no_avatar.png" width="40" alt="{esc(n)}"/></a>'
            f'<div class="media-body"><h4 class="media-heading">{esc(n)} <small>- {t}</small></h4>'
            f"<p>{esc(c)}</p></div></div></div>"
            for n, t, c in story.opts["comments"]
        )
        comments = f"""
<div id="idcomment" class="nv-fullbg" data-module="news" data-area="8" data-id="{story.id}">
 <div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p></div></div>
 <div id="showcomment" class="margin-top">{items}</div>
 <div id="formcomment" class="comment-form"><form method="post" onsubmit="return false;">
  <div class="form-group"><input type="text" class="form-control" name="name" placeholder="Tên của bạn"/></div>
  <div class="form-group"><textarea class="form-control" name="content" placeholder="Nội dung bình luận"></textarea></div>
  <input type="button" class="btn btn-primary" value="Gửi bình luận"/></form></div>
</div>"""
    related = _story_list("Tin liên quan", _order(story.opts.get("related", [])), None, "tin-lq")
    same = [s for s in cat_items(shown_cat) if s.id != story.id and _dt(s) > _dt(story)][-3:]
    same_html = _story_list("Tin cùng chuyên mục", same, shown_cat, "tin-cung-cm")
    views = story.views()
    mail_js = f"nv_open_browse('{mail_path(story)}','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"
    main = f"""
<div class="news_column panel panel-default khung-ct" itemtype="http://schema.org/NewsArticle" itemscope>
 <div class="panel-body">
  <h3 class="tieude-ct" itemprop="headline">{esc(story.title)}</h3>
  <div class="row margin-bottom-lg tt-bai">
   <div class="col-md-14"><span class="h5 ngay-dang"><em class="fa fa-calendar"></em> {printed_time(story)}</span>
    <span class="h5 nguoi-dang">&nbsp;|&nbsp; Người đăng: {POSTER}</span>
    <span class="h5 luot-xem">&nbsp;|&nbsp; Lượt xem: {views}</span></div>
   <div class="col-md-10"><ul class="list-inline text-right cong-cu">
    <li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="{mail_js}"><em class="fa fa-envelope fa-lg">&nbsp;</em> Gửi bài viết qua email</a></li>
    <li><a class="dimgray" rel="nofollow" title="Bản in" href="{print_path(story)}" target="_blank"><em class="fa fa-print fa-lg">&nbsp;</em> Bản in</a></li>
   </ul></div>
  </div>
  <div class="clearfix">{_home_figure(story)}{hometext}</div>
  <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_blocks(story, story.blocks, nfd=nfd)}
{files}
  </div>
  {_author_block(story)}
  <div class="hidden hide d-none" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{POSTER}</span></div>
  <span class="hidden hide d-none" itemprop="datePublished">{story.published_at}</span>
  <span class="hidden hide d-none" itemprop="dateModified">{_dt(story).replace(hour=17, minute=5).isoformat()}</span>
  <span class="hidden hide d-none" itemprop="image">{esc(og_image(story))}</span>
  <div class="h5 tu-khoa"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{keywords}</div>
  <form id="form3B" action=""><div class="h5 clearfix danh-gia">
   <p id="stringrating">Tổng số điểm của bài viết là: {views % 17 + 4} trong {views % 5 + 1} đánh giá</p>
   <div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="2" title="Bài viết kém" /><input class="hover-star" type="radio" value="3" title="Bài viết đạt" /><input class="hover-star" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" />
   <span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form>
  <div class="chia-se"><span>Chia sẻ:</span> <div class="fb-like" data-href="{canonical}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div>
   <a href="https://www.facebook.com/sharer/sharer.php?u={canonical}" target="_blank" rel="nofollow"><img src="{THEME}/images/share-fb.png" alt="Chia sẻ Facebook" /></a>
   <a href="https://sp.zalo.me/share_inline?url={canonical}" target="_blank" rel="nofollow"><img src="{THEME}/images/share-zalo.png" alt="Chia sẻ Zalo" /></a></div>
{comments}
 </div>
</div>
<div class="news_column panel panel-default khung-tin-khac"><div class="panel-body other-news">
{related}
{same_html}
</div></div>"""
    head = f"""<link rel="canonical" href="{canonical}" />
<meta property="og:title" content="{esc(seo)}" />
<meta property="og:type" content="article" />
<meta property="og:description" content="{esc(story.summary or story.title)}" />
<meta property="og:url" content="{canonical}" />
<meta property="og:image" content="{base_url(request)}{esc(og_image(story))}" />
<meta property="article:published_time" content="{story.published_at}" />
<meta property="article:section" content="{esc(CATS[story.cat][1])}" />"""
    return page(
        request,
        f"{seo} - {cat_title} - {SITE_NAME}",
        main,
        crumbs=[(f"/news/{shown_cat}/", cat_title)],
        head=head,
        description=story.summary or story.title,
    )


def print_view(request: Request, story: Story) -> Response:
    nfd = bool(story.opts.get("nfd"))
    link = base_url(request) + art_path(story)
    img = ""
    if story.opts.get("home_pos") == 1:
        home = next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)
        if home is not None:
            cap = f"<p><em>{esc(home.printed)}</em></p>" if home.printed else ""
            img = f'<div class="imghome"><img src="{esc(home.src)}" alt="{esc(home.printed or "")}" width="460" />{cap}</div>'
    author = ""
    if story.opts.get("author_line"):
        author += f"<strong>Tác giả: </strong>{esc(story.opts['author_line'])}<br />"
    if story.opts.get("source_line"):
        author += f"<strong>Nguồn tin: </strong>{esc(story.opts['source_line'][0])}"
    hometext = f'<div id="hometext">{_t(story.summary, nfd)}</div>' if story.summary else ""
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" />
<title>{esc(story.title)} - {esc(SITE_NAME)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="StyleSheet" href="{THEME}/css/news.print.css" />
</head>
<body><div id="print">
 <div id="hd_print"><h2 class="pull-left">{esc(SITE_NAME)}</h2><p class="pull-right"><a title="{esc(SITE_NAME)}" href="{base_url(request)}/">{base_url(request)}</a></p></div>
 <div class="clear"></div><hr />
 <div id="content">
  <h1>{esc(story.title)}</h1>
  <ul class="list-inline"><li>{printed_time(story)}</li>
   <li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
   <li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
  <div class="clear"></div>
  {hometext}
  {img}
  <div class="bodytext">
{render_blocks(story, story.blocks, nfd=nfd)}
  </div>
  <div id="author">{author}</div>
 </div>
 <div id="footer" class="clearfix">
  <div id="url"><strong>URL của bài viết này: </strong><a href="{link}" title="{esc(story.title)}">{link}</a></div>
  <div class="clear"></div>
  <div class="copyright">&copy; {esc(SITE_NAME)}</div>
  <div id="contact"><a href="mailto:pgdtunghia@quangngai.edu.vn">pgdtunghia@quangngai.edu.vn</a></div>
 </div>
</div></body></html>"""
    return html(body)


def sendmail_view(request: Request, story: Story) -> Response:
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>Gửi bài viết qua email - {esc(SITE_NAME)}</title>
<meta name="robots" content="noindex, nofollow" /></head>
<body><div id="sendmail">
 <h2 class="h3">Gửi bài viết qua email</h2>
 <p class="text-muted">Bài viết: <strong>{esc(story.title)}</strong></p>
 <form method="post" action="{mail_path(story)}" class="form-horizontal">
  <div class="form-group"><label>Tên của bạn</label><input class="form-control" type="text" name="name" /></div>
  <div class="form-group"><label>Email của bạn</label><input class="form-control" type="email" name="your_email" /></div>
  <div class="form-group"><label>Email người nhận</label><input class="form-control" type="email" name="email" /></div>
  <div class="form-group"><label>Lời nhắn</label><textarea class="form-control" name="content"></textarea></div>
  <input type="hidden" name="checkss" value="9c1f0e5b7d2a" />
  <input class="btn btn-primary" type="submit" value="Gửi" name="send" />
 </form>
</div></body></html>"""
    return html(body)


# --- listings ---------------------------------------------------------------------------------

def _cat_link(cat: str, n: int) -> str:
    return f"/news/{cat}/" if n == 1 else f"/news/{cat}/page-{n}/"


def pager(cat: str, current: int, total: int) -> str:
    if total <= 1:
        return ""
    lo, hi = max(1, current - 2), min(total, current + 2)
    parts = ['<span class="pg-nhan">Trang</span>']
    if current > 1:
        parts.append(f'<a class="pg-truoc" href="{_cat_link(cat, current - 1)}">Trước</a>')
    if lo > 1:
        parts.append(f'<a href="{_cat_link(cat, 1)}">1</a>')
        if lo > 2:
            parts.append('<span class="pg-ba-cham">...</span>')
    for n in range(lo, hi + 1):
        if n == current:
            parts.append(f'<span class="pg-hien-tai">{n}</span>')
        else:
            parts.append(f'<a href="{_cat_link(cat, n)}">{n}</a>')
    if hi < total:
        parts.append('<span class="pg-ba-cham">...</span>')
    if current < total:
        parts.append(f'<a class="pg-sau" href="{_cat_link(cat, current + 1)}" rel="next">Sau</a>')
    return '<div class="phan-trang text-center">' + " ".join(parts) + "</div>"


def listing(request: Request, cat: str, n: int) -> Response | None:
    items = cat_items(cat)
    total = max(1, -(-len(items) // PER_PAGE))
    if n < 1 or n > total:
        return None
    chunk = items[(n - 1) * PER_PAGE : n * PER_PAGE]
    title = CATS[cat][1]
    lis = "".join(
        f'<li class="{"first" if i == 0 else ""}"><em class="fa fa-angle-right">&nbsp;</em> '
        f'<a class="show" href="{art_path(s, cat if cat in s.opts.get("also", []) else None)}" '
        f'data-content="{esc(s.summary or "")}" data-img="{esc(thumb(s))}" data-rel="tooltip" '
        f'data-placement="bottom" title="{esc(s.title)}">{esc(s.title)}</a> '
        f'<span class="text-muted">({short_date(s)})</span></li>'
        for i, s in enumerate(chunk)
    )
    main = f"""
<div class="news_column khung-ds">
 <div class="tieude-cm"><h2><a href="/news/{cat}/" title="{esc(title)}">{esc(title)}</a></h2></div>
 <ul class="related list-items ds-tin">{lis}</ul>
 {pager(cat, n, total)}
</div>"""
    head = f'<link rel="canonical" href="{base_url(request)}{_cat_link(cat, n)}" />'
    ttl = f"{title} - Trang {n} - {SITE_NAME}" if n > 1 else f"{title} - {SITE_NAME}"
    return page(request, ttl, main, crumbs=[(f"/news/{cat}/", title)], head=head)


def home(request: Request) -> Response:
    boxes = []
    for cat, (_cid, title) in CATS.items():
        items = cat_items(cat)
        if not items:
            continue
        big, others = items[0], items[1:4]

        def href(s: Story, cat: str = cat) -> str:
            return art_path(s, cat if cat in s.opts.get("also", []) else None)

        lis = "".join(
            f'<li><a class="show" href="{href(s)}" data-content="{esc(s.summary or "")}" '
            f'data-img="{esc(thumb(s))}" data-rel="tooltip" title="{esc(s.title)}">{esc(clean60(s.title))}</a></li>'
            for s in others
        )
        boxes.append(f"""
<div class="news_column panel panel-default khung-cm" id="cm-{_cid}">
 <div class="panel-heading tieude-khoi-cm"><h4 class="panel-title"><a title="{esc(title)}" href="/news/{cat}/"><span>{esc(title)}</span></a></h4></div>
 <div class="panel-body">
  <div class="row">
   <div class="col-md-14 tin-noi-bat">
    <a href="{href(big)}" title="{esc(big.title)}"><img alt="{esc(big.title)}" src="{esc(thumb(big))}" width="200" class="img-thumbnail pull-left imghome" /></a>
    <h3><a href="{href(big)}" title="{esc(big.title)}">{esc(big.title)}</a></h3>
    <p class="tg-ngan">{short_date(big)}</p>
    <p>{esc(big.summary or "")}</p>
   </div>
   <div class="col-md-10"><ul class="related ds-tin-khac">{lis}</ul></div>
  </div>
  <p class="text-right xem-them"><a href="/news/{cat}/">Xem thêm &raquo;</a></p>
 </div>
</div>""")
    main = "\n".join(boxes)
    head = f'<link rel="canonical" href="{base_url(request)}/" />'
    return page(request, SITE_NAME, main, head=head)


# --- other modules ----------------------------------------------------------------------------

def van_ban_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="/van-ban/{d["slug"]}.html">{esc(d["number"])}</a></td>'
        f'<td>{d["date"]}</td><td><a href="/van-ban/{d["slug"]}.html">{esc(d["subject"])}</a></td></tr>'
        for i, d in enumerate(DOCS, start=1)
    )
    main = f"""
<div class="laws-list panel panel-default"><div class="panel-body">
 <h2 class="tieude-cm">Văn bản</h2>
 <table class="table table-bordered table-striped"><thead><tr><th>STT</th><th>Số hiệu</th><th>Ban hành</th><th>Trích yếu</th></tr></thead>
 <tbody>{rows}</tbody></table>
</div></div>"""
    return page(request, f"Văn bản - {SITE_NAME}", main, crumbs=[("/van-ban/", "Văn bản")])


def van_ban_detail(request: Request, doc: dict) -> Response:
    main = f"""
<div class="laws-detail panel panel-default"><div class="panel-body">
 <h2 class="tieude-vb">{esc(doc["kind"])} số {esc(doc["number"])}</h2>
 <table class="table table-bordered">
  <tr><td class="col-md-6"><strong>Số ký hiệu</strong></td><td>{esc(doc["number"])}</td></tr>
  <tr><td><strong>Ngày ban hành</strong></td><td>{doc["date"]}</td></tr>
  <tr><td><strong>Loại văn bản</strong></td><td>{esc(doc["kind"])}</td></tr>
  <tr><td><strong>Lĩnh vực</strong></td><td>{esc(doc["field"])}</td></tr>
  <tr><td><strong>Cơ quan ban hành</strong></td><td>{esc(SITE_NAME)}</td></tr>
  <tr><td><strong>Người ký</strong></td><td>{esc(doc["signer"])}</td></tr>
  <tr><td><strong>Trích yếu</strong></td><td>{esc(doc["subject"])}</td></tr>
 </table>
 <p><strong>Tải về:</strong> <a href="{doc["file"]}"><em class="fa fa-file-pdf-o"></em> {doc["file"].rsplit("/", 1)[1]}</a></p>
</div></div>"""
    return page(
        request,
        f"{doc['kind']} số {doc['number']} - Văn bản - {SITE_NAME}",
        main,
        crumbs=[("/van-ban/", "Văn bản"), (f"/van-ban/{doc['slug']}.html", doc["number"])],
    )


def about(request: Request, slug: str) -> Response:
    title, paras = ABOUT[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f"""
<div class="page panel panel-default"><div class="panel-body">
 <h2 class="tieude-trang">{esc(title)}</h2>
 <div class="bodytext">{body}</div>
</div></div>"""
    return page(request, f"{title} - Giới thiệu - {SITE_NAME}", main, crumbs=[(f"/about/{slug}.html", title)])


def contact(request: Request) -> Response:
    main = f"""
<div class="panel panel-default lien-he"><div class="panel-body">
 <h2 class="tieude-trang">Liên hệ</h2>
 <p><strong>{esc(OFFICE)}</strong></p>
 <p>Địa chỉ: Khu dân cư số 2, thị trấn La Hà, huyện Tư Nghĩa, tỉnh Quảng Ngãi</p>
 <p>Điện thoại: 0255.3845.216 - Email: pgdtunghia@quangngai.edu.vn</p>
 <form method="post" action="/contact/" class="form-horizontal" onsubmit="return false;">
  <div class="form-group"><input class="form-control" name="fname" placeholder="Họ và tên" /></div>
  <div class="form-group"><input class="form-control" name="femail" placeholder="Email" /></div>
  <div class="form-group"><input class="form-control" name="ftitle" placeholder="Tiêu đề" /></div>
  <div class="form-group"><textarea class="form-control" name="fcon" placeholder="Nội dung"></textarea></div>
  <input type="button" class="btn btn-primary" value="Gửi thư" />
 </form>
</div></div>"""
    return page(request, f"Liên hệ - {SITE_NAME}", main, crumbs=[("/contact/", "Liên hệ")])


# --- routing ----------------------------------------------------------------------------------

_ART = re.compile(r"^/news/(?:(print|sendmail)/)?([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/news/([a-z0-9-]+)/(?:page-(\d+)/)?$")


def _article(request: Request, kind: str | None, cat: str, slug: str, sid: int) -> Response | None:
    story = BY_ID.get(sid)
    if story is None or cat not in CATS:
        return None
    allowed = [story.cat, *story.opts.get("also", [])]
    if cat not in allowed:
        return None
    if slug != story.slug:
        return redirect(art_path(story, cat), 301)
    if kind == "print":
        return print_view(request, story) if cat == story.cat else None
    if kind == "sendmail":
        return sendmail_view(request, story) if cat == story.cat else None
    return detail(request, story, cat)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/news/"):
            return home(request) if not request.query else None
        if path == "/index.php":
            params = {k: v[0] for k, v in parse_qs(request.query).items()}
            if params.get("nv") != "news" or "op" not in params:
                return None
            m = re.match(r"^([a-z0-9-]+)/([a-z0-9-]+)-(\d+)(?:\.html)?$", params["op"])
            if not m:
                return None
            return _article(request, None, m.group(1), m.group(2), int(m.group(3)))
        m = _ART.match(path)
        if m:
            return _article(request, m.group(1), m.group(2), m.group(3), int(m.group(4)))
        m = _CAT.match(path)
        if m and m.group(1) in CATS:
            n = int(m.group(2) or 1)
            if m.group(2) == "1":
                return redirect(_cat_link(m.group(1), 1), 301)
            return listing(request, m.group(1), n)
        if path == "/van-ban/":
            return van_ban_list(request)
        m = re.match(r"^/van-ban/([a-z0-9-]+)\.html$", path)
        if m and m.group(1) in DOC_BY_SLUG:
            return van_ban_detail(request, DOC_BY_SLUG[m.group(1)])
        m = re.match(r"^/about/([a-z0-9-]+)\.html$", path)
        if m and m.group(1) in ABOUT:
            return about(request, m.group(1))
        if path == "/contact/":
            return contact(request)
        if path.endswith(".pdf") and path.startswith("/uploads/"):
            from tests.portals._common import PDF

            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------

def _gold(story: Story) -> dict:
    alts = [print_path(story)]
    alts += [art_path(story, c) for c in story.opts.get("also", [])]
    if story.id == 128:
        alts.append(index_php_target(story))
    return gold_record(story, art_path(story), CATS[story.cat][1], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/about/gioi-thieu-chung.html",
    "/about/co-cau-to-chuc.html",
    "/about/chuc-nang-nhiem-vu.html",
    "/contact/",
    *(f"/van-ban/{d['slug']}.html" for d in DOCS),
]

assert len(GOLD) == 13
assert all(unicodedata.is_normalized("NFC", s.title) for s in STORIES)
