"""Phòng Giáo dục và Đào tạo huyện Đức Thọ (Hà Tĩnh) on NukeViet 4.6, theme "egov" as NukeViet
ships it, rewrite on, the news module ("news") as the site's home module.

Platform
--------
NukeViet is the Vietnamese PHP CMS of VINADES: modules (news, page renamed "about", contact,
laws, feeds, seek) under ``/<module>/``, XTemplate themes, Bootstrap 3 markup with NukeViet's own
class names (``news_column``, ``panel panel-default``, ``bodytext``, ``hometext``, ``imghome``).
The egov theme: a banner with the national emblem (``/themes/egov/images/quoc-huy.png``), the
unit's name, today's date ("Thứ Tư, ngày 25/11/2026"), a top menu, the hidden
``temp-breadcrumbs`` list that the theme script copies into the visible breadcrumbs, a left
column (``module-menu`` of the news categories, "Thống kê truy cập" with "Đang truy cập 12 /
Hôm nay 1.216 / Tháng hiện tại 32.104 / Tổng lượt truy cập 1.902.341", "Văn bản mới" of the
laws module, the "Liên kết" select, the "Thăm dò ý kiến" poll), a right column ("Tin xem
nhiều", a "Tin tiêu điểm" HTML block) and a footer with the address and phone.

URL scheme
----------
- ``/`` and ``/news/``: viewcat_main_right, the module's home: per top-level category a panel
  with its newest article (image, title, date, hometext), three more titles and "Xem tiếp".
- ``/news/<cat>/`` and ``/news/<cat>/page-<n>``: viewcat_page_new listings, 6 per page, newest
  first, NukeViet's generate_page pager ("1 2 »"); ``page-1`` answers 301 to ``/news/<cat>/``.
- ``/news/<cat>/<alias>-<id>.html``: an article. The id decides: a wrong category or alias
  answers 301 to the right address (NukeViet's check of the rewrite).
- ``/news/print/<cat>/<alias>-<id>.html`` (print.tpl, opened by ``nv_open_browse`` in an
  onclick, noindex) and ``/news/savefile/<cat>/<alias>-<id>.html`` (the same, sent as an
  attachment, noindex): the same article.
- ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>``: the same article without rewrite,
  its ``rel=canonical`` names the rewritten address; linked from the "Tin tiêu điểm" block.
- ``/news/tag/<alias>``: tag listings. ``/feeds/``: the feeds module page; ``/feeds/news/`` and
  ``/feeds/news/<cat>/``: RSS 2.0.
- ``/about/gioi-thieu.html``, ``/about/co-cau-to-chuc.html`` (page module), ``/contact/``,
  ``/laws/`` (document list) and ``/laws/detail/<alias>-<id>.html``, ``/seek/``.
- Uploads ``/uploads/news/2026_MM/<file>.jpg``, listing thumbnails ``/assets/news/2026_MM/…``.

Categories: Tin giáo dục, Hoạt động chuyên môn, Thông báo, and Gương sáng, a subcategory of Tin
giáo dục (listed under it in the menus and in its panel heading; its articles are also in the
parent's listing, as NukeViet files them in both).

Detail template (detail.tpl of the news module)
-----------------------------------------------
``<h1 class="title margin-bottom-lg">``, ``<span class="h5">Thứ năm - 19/11/2026 16:45</span>``,
the tool icons (e-mail and print in onclick, save as a link), "Đã xem: N"; then, when the
article's "showhometext" is on, the homeimg figure (position 1: ``figure.article.left`` before
the hometext, position 2: ``figure.article.center`` after it; a ``figcaption`` only when
"homeimgalt" is set, otherwise the alt repeats the title) and ``<div class="hometext
m-bottom">`` (the sapo; the theme's news.css makes it bold); then ``<div id="news-bodyhtml"
class="bodytext margin-bottom-lg">`` with the CKEditor text; then ``<p class="h5 text-right">
<strong>Tác giả bài viết: </strong>…</p>`` and ``<strong>Nguồn tin: </strong>…`` (only when
filled), "Từ khóa: …", the rating ("Tổng số điểm của bài viết là: 12 trong 3 đánh giá", "Click
để đánh giá bài viết"), "Ý kiến bạn đọc" (comments, form), "Những tin mới hơn" and "Những tin
cũ hơn" (titles with their dates in parentheses).

How each gold article is reached
--------------------------------
Every article: its category listing, the tag pages, the RSS feeds, the newer/older lists of its
category. The two oldest of Tin giáo dục (the school-year opening and the Gương sáng portrait of
Lê Thị Ngọc Ánh) are on ``/news/tin-giao-duc/page-2`` only (not on the home page nor on page 1);
the Gương sáng one is also on ``/news/guong-sang/``.

Traps
-----
- Three more addresses of each article (print, savefile, index.php?…&op=…): one article each
  (gold ``alt_paths``); print and savefile carry ``noindex``; savefile is an attachment.
- The header's date is today; the newer/older lists, the comments and the listings print other
  dates; only ``span.h5`` is the article's.
- Two articles have "showhometext" off: the listing prints a hometext and a thumbnail that the
  article page does not show (no summary, no image from it).
- A homeimg without "homeimgalt" has the title as alt and no caption.
- The author field is free text: "ThS. Trần Quốc Bảo - Phó Trưởng phòng" (degree and post are
  not the name), "Tổ Tiểu học" / "Tổ Văn phòng" / "Phòng GD&ĐT Đức Thọ" (units: as printed),
  "Ban biên tập" (nobody). A byline at the end of the text wins ("Lan Anh - Trường TH Đức Lạng"
  with the field empty; "Tin, ảnh: …"; "Tin: …; Ảnh: …"; "Ảnh: Tổ Khoa học xã hội").
- About pages print the same h1 + ``bodytext`` without a date; the laws detail prints dates of
  issue in a table; tag pages and the RSS page are listings.
- The hidden ``temp-breadcrumbs`` list holds the category path (Tin giáo dục › Gương sáng).

Gold decisions
--------------
- title: the h1. published_at: the ``span.h5`` date and time. summary: the hometext when the
  page prints it (also the first body paragraph). body: the ``news-bodyhtml`` text; headings,
  list items and table rows (cells joined by " | ") are paragraphs, lines split by ``<br />``
  are paragraphs; the byline, credit and source lines are not.
- images: the homeimg first (caption = its figcaption, or None), then the text's photos: caption
  the ``figcaption``, the centred italic line or the centred plain line right under it.
- category: the last section of the breadcrumbs (the article's own category).
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
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

NAME = "nukeviet46_pgd"
PLATFORM = "NukeViet 4.6 (PHP) + theme egov, rewrite on, news module at /news/"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Đức Thọ"
PER_PAGE = 6

CATEGORIES = {
    "tin-giao-duc": "Tin giáo dục",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
    "guong-sang": "Gương sáng",
}
PARENT = {"guong-sang": "tin-giao-duc"}
TOP_CATS = ["tin-giao-duc", "hoat-dong-chuyen-mon", "thong-bao"]
TAGS = {
    "nha-giao": "nhà giáo",
    "giao-vien-gioi": "giáo viên giỏi",
    "hoc-sinh-gioi": "học sinh giỏi",
    "chuyen-doi-so": "chuyển đổi số",
    "mua-lu": "mưa lũ",
    "nam-hoc-2026-2027": "năm học 2026-2027",
    "guong-sang": "gương sáng",
}
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def up(month: str, name: str) -> str:
    return f"/uploads/news/2026_{month}/{name}"


# --- the articles ---------------------------------------------------------------------------
#
# opts: time "YYYY-MM-DD HH:MM", field (the author field as typed, "" = not printed), src (the
# "Nguồn tin" field), home (homeimg: (file, homeimgalt or "", position 1|2)), showhome (bool,
# default True), hometext (when showhome is off: the teaser only the listings print), tags.
# P styles: "" justified, "h3", "b" (bold line), "li"/"oli", "th"/"td" (table), "br" (lines of
# one <p> split by <br />), "quote", "nbsp" (spaces typed as &nbsp;), "span" (Word paste).
# Img styles: "fig" (CKEditor image2 figure), "em" (centred italic line), "center" (centred
# plain line), "none" (nothing printed).

STORIES: list[Story] = [
    Story(
        246,
        "thong-bao-lich-thi-chon-hoc-sinh-gioi-cap-huyen-lop-9-nam-hoc-2026-2027",
        "Thông báo lịch thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026-2027",
        "thong-bao",
        "2026-11-23T10:15:00+07:00",
        [
            P(
                "Phòng GD&ĐT thông báo lịch thi chọn học sinh giỏi cấp huyện lớp 9 năm học "
                "2026-2027 đến các trường THCS trên địa bàn như sau:"
            ),
            P("1. Thời gian, địa điểm", "b"),
            P(
                "Kỳ thi diễn ra trong hai ngày 05 và 06/12/2026 tại Trường THCS Hoàng Xuân Hãn; "
                "thí sinh có mặt tại điểm thi lúc 7 giờ 00 ngày 05/12/2026 để làm thủ tục dự thi."
            ),
            P("2. Lịch thi cụ thể", "b"),
            P("Ngày thi | Buổi | Môn thi | Thời gian làm bài", "th"),
            P("05/12/2026 | Sáng | Ngữ văn, Lịch sử và Địa lí | 150 phút", "td"),
            P("05/12/2026 | Chiều | Toán, Tin học | 150 phút", "td"),
            P("06/12/2026 | Sáng | Tiếng Anh, Khoa học tự nhiên | 150 phút", "td"),
            P("3. Yêu cầu", "b"),
            P("Thí sinh mang theo thẻ học sinh hoặc căn cước.", "li"),
            P("Không mang điện thoại, tài liệu vào phòng thi.", "li"),
            P(
                "Các trường gửi danh sách thí sinh về Phòng (qua bộ phận chuyên môn THCS) trước "
                "ngày 28/11/2026.",
                "li",
            ),
        ],
        authors=["Phòng GD&ĐT Đức Thọ"],
        summary="Lịch thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026-2027.",
        sapo_outside=True,
        opts={"field": "Phòng GD&ĐT Đức Thọ", "tags": ["hoc-sinh-gioi", "nam-hoc-2026-2027"]},
    ),
    Story(
        245,
        "duc-tho-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Đức Thọ tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-giao-duc",
        "2026-11-19T16:45:00+07:00",
        [
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND huyện, lãnh đạo Sở GD&ĐT Hà Tĩnh cùng "
                "hơn 250 cán bộ quản lý, giáo viên đại diện các trường mầm non, tiểu học, THCS "
                "trên địa bàn."
            ),
            P(
                "Năm học 2025-2026, ngành giáo dục Đức Thọ có 18 học sinh đạt giải học sinh giỏi "
                "cấp tỉnh lớp 9, 96% trường học đạt chuẩn quốc gia; tỷ lệ học sinh lớp 9 tốt "
                "nghiệp THCS đạt 99,7%.",
                "nbsp",
            ),
            Img(
                up("11", "le-ky-niem-20-11-a.jpg"),
                "Đồng chí Phó Chủ tịch UBND huyện phát biểu tại buổi lễ",
                "Đồng chí Phó Chủ tịch UBND huyện phát biểu tại buổi lễ",
                "em",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện ghi nhận sự tận tụy của "
                "đội ngũ nhà giáo và đề nghị ngành tiếp tục đổi mới phương pháp dạy học, đẩy "
                "mạnh chuyển đổi số trong nhà trường."
            ),
            P(
                "“Mỗi thầy cô hãy là một tấm gương về đạo đức, tự học và sáng tạo để học trò noi "
                "theo”, đồng chí nhấn mạnh.",
                "quote",
            ),
            P(
                "Dịp này, UBND huyện tặng Giấy khen cho 42 nhà giáo có thành tích xuất sắc; "
                "Phòng GD&ĐT tặng Giấy khen cho 65 giáo viên dạy giỏi, giáo viên chủ nhiệm giỏi."
            ),
            Img(
                up("11", "le-ky-niem-20-11-b.jpg"),
                "Trao Giấy khen cho các nhà giáo tiêu biểu",
                "Trao Giấy khen cho các nhà giáo tiêu biểu",
                "fig",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phan Văn Hùng</strong></p>'),
        ],
        authors=["Phan Văn Hùng"],
        photographers=["Phan Văn Hùng"],
        summary=(
            "Chiều 19/11, Phòng GD&ĐT huyện Đức Thọ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu."
        ),
        sapo_outside=True,
        opts={
            "field": "Phan Văn Hùng",
            "home": ("le-ky-niem-20-11.jpg", "Quang cảnh Lễ kỷ niệm Ngày Nhà giáo Việt Nam", 2),
            "tags": ["nha-giao"],
            "comments": [("Nguyễn Văn Toàn", "20/11/2026 07:12", "Chúc mừng các thầy cô!")],
        },
    ),
    Story(
        243,
        "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        "Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
        "hoat-dong-chuyen-mon",
        "2026-11-16T09:20:00+07:00",
        [
            P(
                "Hội thi được tổ chức từ ngày 09 đến 13/11/2026 tại Trường TH Thị trấn Đức Thọ "
                "và Trường TH Đức Thịnh với 54 giáo viên của 23 trường tiểu học tham gia."
            ),
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực "
                "hành hai tiết dạy: một tiết Tiếng Việt hoặc Toán và một tiết môn tự chọn. Ban "
                "giám khảo gồm cán bộ chuyên môn của Phòng và giáo viên cốt cán cấp tỉnh."
            ),
            P("Kết quả nổi bật", "h3"),
            P("Họ và tên | Đơn vị | Xếp loại", "th"),
            P("Nguyễn Thị Thu Hà | TH Thị trấn Đức Thọ | Xuất sắc", "td"),
            P("Trần Thị Mai | TH Đức Thịnh | Xuất sắc", "td"),
            P("Lê Văn Quang | TH Đức Lạng | Giỏi", "td"),
            P("Phạm Thị Hồng Nhung | TH Tùng Ảnh | Giỏi", "td"),
            P(
                "Kết quả chung: 47/54 giáo viên được công nhận giáo viên dạy giỏi cấp huyện, "
                "trong đó 9 giáo viên xếp loại xuất sắc sẽ được chọn tham gia hội thi cấp tỉnh."
            ),
            Img(
                up("11", "gvdg-tieu-hoc-2.jpg"),
                "Một tiết dạy Tiếng Việt lớp 4 tại hội thi",
                "Một tiết dạy Tiếng Việt lớp 4 tại hội thi",
                "center",
            ),
        ],
        authors=["Tổ Tiểu học"],
        summary=(
            "54 giáo viên tiểu học tham gia Hội thi Giáo viên dạy giỏi cấp huyện năm học "
            "2026-2027; 47 thầy cô được công nhận."
        ),
        sapo_outside=True,
        opts={
            "field": "Tổ Tiểu học",
            "home": ("gvdg-tieu-hoc.jpg", "", 1),
            "tags": ["giao-vien-gioi", "nam-hoc-2026-2027"],
        },
    ),
    Story(
        241,
        "co-giao-tran-thi-huong-nguoi-giu-lua-thu-vien-xanh",
        "Cô giáo Trần Thị Hương - người “giữ lửa” thư viện xanh ở Trường TH Đức Lạng",
        "guong-sang",
        "2026-11-12T14:05:00+07:00",
        [
            P(
                "Hơn 15 năm gắn bó với Trường TH Đức Lạng, cô Trần Thị Hương không chỉ là giáo "
                "viên chủ nhiệm giỏi mà còn là người khởi xướng mô hình “Thư viện xanh” dưới tán "
                "cây phượng giữa sân trường."
            ),
            P(
                "Từ những thùng sách cũ do phụ huynh quyên góp, cô cùng học trò sơn lại kệ, dán "
                "nhãn, phân loại theo chủ đề. Đến nay thư viện có hơn 2.000 đầu sách, mở cửa "
                "vào mỗi giờ ra chơi."
            ),
            Img(up("11", "thu-vien-xanh-1.jpg"), None, None, "none"),
            P(
                "Cô Hương chia sẻ: “Các em đọc nhiều thì viết tốt hơn, nói năng tự tin hơn. Tôi "
                "chỉ mong mỗi ngày các em tìm thấy một cuốn sách mình thích”."
            ),
            P(
                "Mô hình của cô đã được Phòng GD&ĐT nhân rộng ra 12 trường tiểu học trong huyện "
                "trong năm học 2025-2026."
            ),
            P(
                "Năm 2026, cô Trần Thị Hương vinh dự được Chủ tịch UBND tỉnh tặng Bằng khen vì "
                "có thành tích xuất sắc trong phong trào xây dựng văn hóa đọc."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Lan Anh - Trường TH Đức Lạng</strong></p>'
            ),
        ],
        authors=["Lan Anh"],
        summary=(
            "Giữa sân Trường TH Đức Lạng, những kệ sách dưới tán phượng là “thư viện xanh” mà "
            "cô giáo Trần Thị Hương dày công gây dựng."
        ),
        sapo_outside=True,
        opts={
            "field": "",
            "home": ("co-giao-tran-thi-huong.jpg", "Cô giáo Trần Thị Hương cùng học trò", 1),
            "tags": ["guong-sang", "nha-giao"],
            "comments": [("Hoàng Minh", "13/11/2026 20:41", "Một tấm gương thật đáng quý.")],
        },
    ),
    Story(
        238,
        "truong-thcs-duc-thinh-ra-mat-cau-lac-bo-tieng-anh",
        "Trường THCS Đức Thịnh ra mắt Câu lạc bộ Tiếng Anh",
        "tin-giao-duc",
        "2026-11-06T08:30:00+07:00",
        [
            P(
                "Câu lạc bộ Tiếng Anh “Happy English” có 48 thành viên là học sinh từ lớp 6 đến "
                "lớp 9, sinh hoạt vào chiều thứ Bảy hằng tuần dưới sự hướng dẫn của tổ Ngoại ngữ."
            ),
            P(
                "Tại buổi ra mắt, các thành viên trình diễn tiểu phẩm, hát và thi hùng biện với "
                "chủ đề “My hometown”. Nhiều tiết mục được thầy cô và phụ huynh đánh giá cao."
            ),
            Img(
                up("11", "clb-tieng-anh-1.jpg"),
                "Tiết mục hùng biện của học sinh lớp 8",
                "Tiết mục hùng biện của học sinh lớp 8",
                "em",
            ),
            P("Hoạt động chính của câu lạc bộ trong năm học:", "b"),
            P("Giao lưu trực tuyến với học sinh các trường bạn.", "li"),
            P("Tổ chức ngày hội “English Day” vào tháng 3/2027.", "li"),
            P("Luyện nói theo nhóm với giáo viên bản ngữ hai tuần một lần.", "li"),
            P(
                "Thầy Hiệu trưởng cho biết nhà trường sẽ tạo điều kiện về phòng học, thiết bị để "
                "câu lạc bộ hoạt động thường xuyên, góp phần nâng cao chất lượng môn Tiếng Anh."
            ),
        ],
        authors=["Nguyễn Thị Lan"],
        summary=(
            "Sáng 05/11, Trường THCS Đức Thịnh tổ chức ra mắt Câu lạc bộ Tiếng Anh nhằm tạo "
            "môi trường cho học sinh rèn luyện kỹ năng giao tiếp."
        ),
        sapo_outside=True,
        source="Trường THCS Đức Thịnh",
        opts={"field": "Nguyễn Thị Lan", "src": "Trường THCS Đức Thịnh",
              "home": ("clb-tieng-anh.jpg", "", 2), "tags": []},
    ),
    Story(
        235,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-ngu-van-lop-8",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn lớp 8",
        "hoat-dong-chuyen-mon",
        "2026-10-28T15:10:00+07:00",
        [
            P(
                "Ngày 26/10/2026, tại Trường THCS Hoàng Xuân Hãn, Phòng GD&ĐT tổ chức buổi sinh "
                "hoạt chuyên môn cụm theo nghiên cứu bài học môn Ngữ văn lớp 8 với sự tham gia "
                "của 36 giáo viên các trường THCS trong huyện."
            ),
            P(
                "Tiết dạy minh họa bài “Đọc hiểu văn bản nghị luận” do cô Võ Thị Hà thực hiện.",
                "br",
            ),
            P("Giáo viên dự giờ tập trung quan sát hoạt động học của từng nhóm học sinh.", "br"),
            P(
                "Sau tiết dạy, các thầy cô thảo luận về những khó khăn của học sinh khi xác định "
                "luận điểm, lí lẽ và bằng chứng; đề xuất điều chỉnh nhiệm vụ học tập cho phù hợp."
            ),
            Img(
                up("10", "shcm-ngu-van-8.jpg"),
                "Giáo viên quan sát hoạt động nhóm của học sinh",
                "Giáo viên quan sát hoạt động nhóm của học sinh",
                "fig",
            ),
            P(
                "Thông qua buổi sinh hoạt, giáo viên được chia sẻ kinh nghiệm tổ chức dạy học "
                "phát triển năng lực đọc hiểu theo Chương trình GDPT 2018.",
                "span",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Võ Thị Hà - Trường THCS Hoàng Xuân Hãn'
                "</strong><br />\n<em>Ảnh: Tổ Khoa học xã hội</em></p>"
            ),
        ],
        authors=["Võ Thị Hà"],
        photographers=["Tổ Khoa học xã hội"],
        opts={
            "field": "Võ Thị Hà",
            "showhome": False,
            "hometext": "Sinh hoạt chuyên môn cụm môn Ngữ văn lớp 8 tại Trường THCS Hoàng Xuân Hãn.",
            "home": ("shcm-ngu-van-8-thumb.jpg", "", 1),
            "tags": [],
        },
    ),
    Story(
        231,
        "hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-bac-mam-non",
        "Hội nghị triển khai nhiệm vụ năm học 2026-2027 bậc Mầm non",
        "tin-giao-duc",
        "2026-10-15T11:00:00+07:00",
        [
            P(
                "Năm học 2025-2026, bậc học mầm non huyện Đức Thọ duy trì 100% trẻ 5 tuổi ra "
                "lớp; tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm còn 3,2%; 21/23 trường đạt chuẩn "
                "quốc gia."
            ),
            P("Nhiệm vụ trọng tâm năm học 2026-2027", "h3"),
            P("Bảo đảm an toàn tuyệt đối cho trẻ; nâng cao chất lượng bữa ăn bán trú.", "oli"),
            P("Thực hiện Chương trình giáo dục mầm non sửa đổi, lấy trẻ làm trung tâm.", "oli"),
            P("Phổ cập giáo dục mầm non cho trẻ từ 3 đến 5 tuổi theo lộ trình của tỉnh.", "oli"),
            P("Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý trẻ và kết nối phụ huynh.", "oli"),
            P(
                "Hội nghị cũng dành thời gian để cán bộ quản lý các trường thảo luận về công tác "
                "tuyển dụng giáo viên, xây dựng phòng học và trang thiết bị dạy học tối thiểu."
            ),
        ],
        authors=["Trần Quốc Bảo"],
        summary=(
            "Sáng 14/10, Phòng GD&ĐT tổ chức hội nghị tổng kết năm học 2025-2026 và triển khai "
            "nhiệm vụ năm học 2026-2027 bậc Mầm non."
        ),
        sapo_outside=True,
        opts={
            "field": "ThS. Trần Quốc Bảo - Phó Trưởng phòng",
            "home": ("hoi-nghi-mam-non.jpg", "", 1),
            "tags": ["nam-hoc-2026-2027"],
        },
    ),
    Story(
        229,
        "thay-phan-dinh-thang-dua-robot-vao-gio-hoc-stem",
        "Thầy Phan Đình Thắng và hành trình đưa robot vào giờ học STEM",
        "guong-sang",
        "2026-10-10T07:50:00+07:00",
        [
            P(
                "Thầy Phan Đình Thắng, giáo viên Tin học Trường THCS Tùng Ảnh, bắt đầu tự học lập "
                "trình robot từ năm 2020 với bộ linh kiện mua bằng tiền lương."
            ),
            P(
                "Từ một nhóm 8 học sinh ban đầu, đến nay câu lạc bộ Robotics của trường có hơn 60 "
                "thành viên; các đội của trường liên tục đạt giải tại cuộc thi sáng tạo thanh "
                "thiếu niên, nhi đồng cấp tỉnh."
            ),
            Img(
                up("10", "robot-stem-1.jpg"),
                "Học sinh lắp ráp robot trong giờ học STEM",
                "Học sinh lắp ráp robot trong giờ học STEM",
                "em",
            ),
            P("Hành trình không dễ dàng", "h3"),
            P(
                "Những ngày đầu, thầy phải tự dịch tài liệu tiếng Anh, mày mò sửa từng mạch điện. "
                "Có những sản phẩm hỏng đi hỏng lại nhiều lần trước khi chạy được."
            ),
            P(
                "“Điều tôi vui nhất là thấy các em không còn sợ môn Tin học, mà say mê tự tìm "
                "cách giải quyết vấn đề”, thầy Thắng nói."
            ),
            P(
                "Năm học 2026-2027, thầy được giao hướng dẫn giáo viên các trường trong cụm xây "
                "dựng bài học STEM gắn với robot giáo dục."
            ),
            Raw('<p style="text-align: right;"><strong>Hoàng Thu Trang</strong></p>'),
        ],
        authors=["Hoàng Thu Trang"],
        source="Báo Hà Tĩnh",
        summary=(
            "Với niềm đam mê công nghệ, thầy Phan Đình Thắng đã truyền cảm hứng sáng tạo cho "
            "hàng trăm học sinh qua những giờ học STEM với robot."
        ),
        sapo_outside=True,
        opts={
            "field": "Hoàng Thu Trang",
            "src": "Báo Hà Tĩnh",
            "src_link": "https://baohatinh.vn/",
            "home": ("thay-phan-dinh-thang.jpg", "Thầy Phan Đình Thắng hướng dẫn học sinh", 2),
            "tags": ["guong-sang", "chuyen-doi-so"],
        },
    ),
    Story(
        224,
        "cac-truong-hoc-khac-phuc-hau-qua-mua-lu",
        "Các trường học trên địa bàn huyện Đức Thọ khắc phục hậu quả mưa lũ",
        "tin-giao-duc",
        "2026-10-02T17:30:00+07:00",
        [
            P(
                "Đợt mưa lớn từ ngày 28/9 đến 30/9/2026 khiến 9 trường học thuộc các xã ven sông "
                "La bị ngập từ 0,5 đến 1,2 m, nhiều bàn ghế, sách vở và thiết bị dạy học bị hư hỏng."
            ),
            P(
                "Ngay khi nước rút, các nhà trường huy động giáo viên, phụ huynh, đoàn viên thanh "
                "niên và lực lượng dân quân dọn bùn đất, vệ sinh, khử khuẩn lớp học."
            ),
            Img(
                up("10", "don-bun-truong-hoc.jpg"),
                "Giáo viên và phụ huynh dọn bùn tại Trường MN Đức Châu",
                "Giáo viên và phụ huynh dọn bùn tại Trường MN Đức Châu",
                "center",
            ),
            P(
                "Phòng GD&ĐT chỉ đạo các trường rà soát thiệt hại, báo cáo kịp thời; bảo đảm an "
                "toàn điện, nước sạch trước khi đón học sinh trở lại."
            ),
            Img(up("10", "sach-vo-ung-ho.jpg"), None, None, "none"),
            P(
                "Nhiều đơn vị, nhà hảo tâm đã trao tặng hơn 3.500 bộ sách giáo khoa, vở viết cho "
                "học sinh vùng ngập. Đến sáng 02/10, tất cả các trường đã đón học sinh đi học trở lại."
            ),
        ],
        authors=["Tổ Văn phòng"],
        summary=(
            "Sau đợt mưa lũ cuối tháng 9, các trường học khẩn trương dọn dẹp, vệ sinh trường "
            "lớp để sớm đón học sinh trở lại."
        ),
        sapo_outside=True,
        opts={
            "field": "Tổ Văn phòng",
            "home": ("truong-hoc-sau-lu.jpg", "Trường TH Đức Châu sau lũ", 2),
            "tags": ["mua-lu"],
        },
    ),
    Story(
        223,
        "cho-hoc-sinh-nghi-hoc-de-dam-bao-an-toan-trong-mua-lu",
        "Công văn về việc cho học sinh nghỉ học để đảm bảo an toàn trong mưa lũ",
        "thong-bao",
        "2026-09-30T18:20:00+07:00",
        [
            P(
                "Thực hiện Công điện của UBND huyện về việc chủ động ứng phó với mưa lũ, Phòng "
                "GD&ĐT yêu cầu Hiệu trưởng các trường mầm non, tiểu học, THCS:"
            ),
            P("Cho học sinh nghỉ học ngày 01/10/2026.", "li"),
            P(
                "Phân công cán bộ, giáo viên trực 24/24 giờ, kê cao tài liệu, thiết bị, di chuyển "
                "tài sản đến nơi an toàn.",
                "li",
            ),
            P(
                "Thông báo kịp thời đến phụ huynh; tuyệt đối không để học sinh đi qua các ngầm "
                "tràn, khu vực nước chảy xiết.",
                "li",
            ),
            P(
                "Thời gian đi học trở lại, Phòng GD&ĐT sẽ có thông báo sau tùy theo diễn biến "
                "thời tiết."
            ),
        ],
        opts={
            "field": "",
            "showhome": False,
            "hometext": "Phòng GD&ĐT yêu cầu các trường cho học sinh nghỉ học ngày 01/10/2026.",
            "tags": ["mua-lu"],
        },
    ),
    Story(
        220,
        "tap-huan-chuyen-doi-so-va-su-dung-hoc-lieu-so-cho-giao-vien-thcs",
        "Tập huấn chuyển đổi số và sử dụng học liệu số cho giáo viên THCS",
        "hoat-dong-chuyen-mon",
        "2026-09-26T10:40:00+07:00",
        [
            P(
                "Trong hai ngày 24 và 25/9/2026, hơn 300 giáo viên THCS toàn huyện tham gia lớp "
                "tập huấn chuyển đổi số, khai thác kho học liệu số và ứng dụng trí tuệ nhân tạo "
                "trong chuẩn bị bài dạy."
            ),
            P(
                "Báo cáo viên hướng dẫn cách sử dụng hệ thống quản lý học tập, xây dựng bài giảng "
                "điện tử, ngân hàng câu hỏi và kiểm tra trực tuyến; lưu ý các quy định về bản "
                "quyền và bảo mật dữ liệu học sinh."
            ),
            P(
                "Các học viên thực hành theo nhóm bộ môn, mỗi nhóm hoàn thành một bài giảng điện "
                "tử và một đề kiểm tra 15 phút trên hệ thống."
            ),
            Img(
                up("09", "tap-huan-cds-2.jpg"),
                "Giáo viên thực hành xây dựng bài giảng điện tử",
                "Giáo viên thực hành xây dựng bài giảng điện tử",
                "fig",
            ),
            P(
                "Sau tập huấn, các trường tổ chức bồi dưỡng lại cho giáo viên chưa tham gia, báo "
                "cáo kết quả về Phòng trước ngày 15/10/2026."
            ),
        ],
        source="Sở GD&ĐT Hà Tĩnh",
        summary=(
            "Phòng GD&ĐT phối hợp với Sở GD&ĐT Hà Tĩnh tổ chức tập huấn chuyển đổi số, sử dụng "
            "học liệu số cho giáo viên THCS."
        ),
        sapo_outside=True,
        opts={
            "field": "",
            "src": "Sở GD&ĐT Hà Tĩnh",
            "home": ("tap-huan-cds.jpg", "Quang cảnh lớp tập huấn", 2),
            "tags": ["chuyen-doi-so", "nam-hoc-2026-2027"],
        },
    ),
    Story(
        218,
        "nu-sinh-vuot-kho-le-thi-ngoc-anh-va-uoc-mo-tro-thanh-bac-si",
        "Nữ sinh vượt khó Lê Thị Ngọc Ánh và ước mơ trở thành bác sĩ",
        "guong-sang",
        "2026-09-20T09:00:00+07:00",
        [
            P(
                "Mồ côi cha từ năm lớp 3, Ánh sống cùng mẹ và em trai trong căn nhà nhỏ ở xã Đức "
                "Đồng. Ngoài giờ học, em phụ mẹ chăm vườn, nấu cơm cho em."
            ),
            P(
                "Suốt bốn năm THCS, Ánh luôn đạt danh hiệu học sinh xuất sắc; năm lớp 9 em đạt "
                "giải Nhì môn Hóa học kỳ thi học sinh giỏi cấp tỉnh."
            ),
            P(
                "Kỳ thi tuyển sinh lớp 10 năm 2026, Ánh trúng tuyển vào Trường THPT chuyên Hà "
                "Tĩnh với tổng điểm 41,25."
            ),
            Img(
                up("09", "ngoc-anh-hoc-bai.jpg"),
                "Ánh ôn bài trong căn nhà nhỏ",
                "Ánh ôn bài trong căn nhà nhỏ",
                "em",
            ),
            P(
                "“Em muốn trở thành bác sĩ để chữa bệnh cho mẹ và những người nghèo ở quê”, Ánh "
                "bộc bạch."
            ),
        ],
        source="Sở GD&ĐT Hà Tĩnh",
        summary="Hoàn cảnh khó khăn không ngăn được nữ sinh Lê Thị Ngọc Ánh chinh phục ước mơ.",
        sapo_outside=True,
        opts={
            "field": "Ban biên tập",
            "src": "Sở GD&ĐT Hà Tĩnh",
            "home": ("le-thi-ngoc-anh.jpg", "Em Lê Thị Ngọc Ánh", 1),
            "tags": ["guong-sang", "hoc-sinh-gioi"],
        },
    ),
    Story(
        212,
        "khai-giang-nam-hoc-moi-2026-2027",
        "Khai giảng năm học mới 2026-2027: Hơn 14.000 học sinh Đức Thọ bước vào năm học mới",
        "tin-giao-duc",
        "2026-09-05T10:25:00+07:00",
        [
            P(
                "Năm học 2026-2027, toàn huyện có 58 trường mầm non, tiểu học, THCS với hơn "
                "14.000 học sinh; trong đó gần 1.600 học sinh vào lớp 1."
            ),
            P(
                "Lễ khai giảng được tổ chức trang trọng, ngắn gọn. Các trường đồng loạt đọc thư "
                "của Chủ tịch nước gửi ngành Giáo dục, đánh trống khai trường và tổ chức các "
                "hoạt động văn nghệ chào mừng."
            ),
            Img(
                up("09", "khai-giang-1.jpg"),
                "Học sinh lớp 1 Trường TH Thị trấn Đức Thọ trong ngày khai giảng",
                "Học sinh lớp 1 Trường TH Thị trấn Đức Thọ trong ngày khai giảng",
                "em",
            ),
            P(
                "Lãnh đạo huyện đã đến dự, tặng quà và động viên thầy trò các trường, đặc biệt là "
                "các trường vừa hoàn thành xây dựng phòng học mới."
            ),
            P(
                "Ngay sau lễ khai giảng, các trường bước vào tuần học đầu tiên theo thời khóa "
                "biểu, bảo đảm đủ giáo viên và sách giáo khoa cho học sinh."
            ),
            Raw(
                '<p style="text-align: right;"><em>Tin: Nguyễn Thị Lan; '
                "Ảnh: Đoàn Quang Huy</em></p>"
            ),
        ],
        authors=["Nguyễn Thị Lan"],
        photographers=["Đoàn Quang Huy"],
        summary=(
            "Sáng 05/9, hơn 14.000 học sinh các bậc học trong huyện Đức Thọ hân hoan dự lễ khai "
            "giảng năm học mới 2026-2027."
        ),
        sapo_outside=True,
        opts={
            "field": "Nguyễn Thị Lan",
            "home": ("khai-giang-2026.jpg", "Lễ khai giảng tại Trường THCS Hoàng Xuân Hãn", 2),
            "tags": ["nam-hoc-2026-2027"],
        },
    ),
]

STORIES.sort(key=lambda s: s.published_at, reverse=True)
BY_ID = {s.id: s for s in STORIES}


def story_path(s: Story) -> str:
    return f"/news/{s.cat}/{s.slug}-{s.id}.html"


def print_path(s: Story) -> str:
    return f"/news/print/{s.cat}/{s.slug}-{s.id}.html"


def save_path(s: Story) -> str:
    return f"/news/savefile/{s.cat}/{s.slug}-{s.id}.html"


def plain_path(s: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={s.cat}/{s.slug}-{s.id}"


def home_img(s: Story) -> Img | None:
    """The homeimg as the detail page prints it (None when not shown there)."""
    if not s.opts.get("home") or not s.opts.get("showhome", True):
        return None
    name, alt, _pos = s.opts["home"]
    return Img(up(month(s), name), alt or None, alt or None)


def month(s: Story) -> str:
    return s.published_at[5:7]


GOLD = []
for _s in STORIES:
    _g = gold_record(
        _s,
        story_path(_s),
        CATEGORIES[_s.cat],
        alt_paths=[print_path(_s), save_path(_s), plain_path(_s)],
    )
    if (_h := home_img(_s)) is not None:
        _g["images"].insert(0, {"path": _h.src, "caption": _h.caption})
    GOLD.append(_g)

LAWS = [
    (
        "1985-qd-ubnd",
        41,
        "1985/QĐ-UBND",
        "12/11/2026",
        "Quyết định ban hành Kế hoạch thời gian năm học 2026-2027 đối với giáo dục mầm non, "
        "phổ thông trên địa bàn tỉnh",
        "UBND tỉnh Hà Tĩnh",
        "Quyết định",
    ),
    (
        "452-pgddt-cm",
        40,
        "452/PGDĐT-CM",
        "04/11/2026",
        "Hướng dẫn tổ chức Hội thi Giáo viên dạy giỏi cấp huyện năm học 2026-2027",
        "Phòng GD&ĐT Đức Thọ",
        "Công văn",
    ),
    (
        "28-2026-tt-bgddt",
        39,
        "28/2026/TT-BGDĐT",
        "15/10/2026",
        "Thông tư quy định về dạy thêm, học thêm",
        "Bộ Giáo dục và Đào tạo",
        "Thông tư",
    ),
]

NON_ARTICLES = [
    "/about/gioi-thieu.html",
    "/contact/",
    "/feeds/",
    "/news/tag/giao-vien-gioi",
    "/laws/",
    f"/laws/detail/{LAWS[1][0]}-{LAWS[1][1]}.html",
    "/news/guong-sang/",
]


# --- helpers ----------------------------------------------------------------------------------


def when(s: Story) -> _dt.datetime:
    return _dt.datetime.fromisoformat(s.published_at)


def date_detail(s: Story) -> str:
    """NukeViet's ``l - d/m/Y H:i``: "Thứ năm - 19/11/2026 16:45"."""
    d = when(s)
    return f"{WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def date_list(s: Story) -> str:
    return f"{when(s):%d/%m/%Y %H:%M}"


def cat_stories(cat: str) -> list[Story]:
    """What a category lists: its own articles and its subcategories' (listcatid)."""
    cats = {cat} | {c for c, p in PARENT.items() if p == cat}
    return [s for s in STORIES if s.cat in cats]


def hometext(s: Story) -> str:
    return s.summary or s.opts.get("hometext", "")


def listing_img(s: Story) -> str:
    if not s.opts.get("home"):
        return "/themes/egov/images/no_image.gif"
    return f"/assets/news/2026_{month(s)}/{s.opts['home'][0]}"


def crumbs(items: list[tuple[str, str]]) -> str:
    lis = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<a href="{href}" itemprop="item" title="{esc(name)}"><span itemprop="name">{esc(name)}'
        f'</span></a><i class="hidden" itemprop="position" content="{n}"></i></li>'
        for n, (name, href) in enumerate([("Trang nhất", "/"), *items], 1)
    )
    return (
        '<div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs '
        'hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg '
        'fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div>'
        '<ul class="subs-breadcrumbs"></ul><ul class="temp-breadcrumbs hidden" itemscope '
        f'itemtype="https://schema.org/BreadcrumbList">{lis}</ul></div>'
    )


def cat_crumbs(cat: str) -> list[tuple[str, str]]:
    items = [("Tin Tức", "/news/")]
    if cat in PARENT:
        items.append((CATEGORIES[PARENT[cat]], f"/news/{PARENT[cat]}/"))
    items.append((CATEGORIES[cat], f"/news/{cat}/"))
    return items


# --- the egov layout ------------------------------------------------------------------------


def module_menu() -> str:
    out = []
    for cat in TOP_CATS:
        subs = "".join(
            f'<li><a title="{esc(CATEGORIES[c])}" href="/news/{c}/">{esc(CATEGORIES[c])}</a></li>'
            for c, p in PARENT.items()
            if p == cat
        )
        sub = f'<ul class="sub-menu">{subs}</ul>' if subs else ""
        out.append(
            f'<li><a title="{esc(CATEGORIES[cat])}" href="/news/{cat}/">'
            f"{esc(CATEGORIES[cat])}</a>{sub}</li>"
        )
    return (
        '<div class="panel panel-default"><div class="panel-heading">Tin tức</div>'
        '<div class="panel-body"><div class="module-menu"><ul>'
        + "".join(out)
        + "</ul></div></div></div>"
    )


def left_column() -> str:
    laws = "".join(
        f'<li><a href="/laws/detail/{a}-{i}.html" title="{esc(t)}">{esc(n)}</a>'
        f'<br /><span class="small">{esc(t[:70])}…</span></li>'
        for a, i, n, _d, t, _o, _k in LAWS
    )
    return f"""<div class="col-sm-6 col-md-6">
{module_menu()}
<div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div>
<div class="panel-body"><ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>12</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span>1.216</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>32.104</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>1.902.341</span></li>
</ul></div></div>
<div class="panel panel-default"><div class="panel-heading">Văn bản mới</div>
<div class="panel-body"><ul class="list-none laws-new">{laws}</ul>
<p class="text-right"><a href="/laws/">Xem tất cả</a></p></div></div>
<div class="panel panel-default"><div class="panel-heading">Liên kết</div>
<div class="panel-body"><select class="form-control" onchange="if(this.value) window.open(this.value);">
<option value="">-- Liên kết website --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://hatinh.edu.vn">Sở GD&amp;ĐT Hà Tĩnh</option>
<option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>
<option value="https://ductho.hatinh.gov.vn">Cổng TTĐT huyện Đức Thọ</option>
</select></div></div>
<div class="panel panel-default"><div class="panel-heading">Thăm dò ý kiến</div>
<div class="panel-body"><form action="/voting/" method="get" onsubmit="return false;">
<p><strong>Bạn quan tâm nội dung nào trên Cổng thông tin?</strong></p>
<div class="radio"><label><input type="radio" name="option" value="1"> Tin giáo dục</label></div>
<div class="radio"><label><input type="radio" name="option" value="2"> Văn bản chỉ đạo</label></div>
<div class="radio"><label><input type="radio" name="option" value="3"> Thông báo, lịch công tác</label></div>
<input type="button" class="btn btn-success btn-sm" value="Biểu quyết" onclick="nv_sendvoting(this.form, 2, 1);">
<input type="button" class="btn btn-primary btn-sm" value="Xem kết quả" onclick="nv_sendvoting(this.form, 2, 0);">
</form></div></div>
</div>"""


def right_column() -> str:
    hot = sorted(STORIES, key=lambda s: s.views(), reverse=True)[:3]
    items = "".join(
        f'<li class="clearfix"><a href="{story_path(s)}" title="{esc(s.title)}">'
        f'<img src="{listing_img(s)}" alt="{esc(s.title)}" width="60" class="img-thumbnail '
        f'pull-left mr-1"/></a><a title="{esc(s.title)}" class="show" href="{story_path(s)}">'
        f"{esc(s.title)}</a></li>"
        for s in hot
    )
    focus = "".join(
        f'<li><a href="{esc(plain_path(s))}">{esc(s.title)}</a></li>'
        for s in (BY_ID[245], BY_ID[229])
    )
    return f"""<div class="col-sm-6 col-md-6">
<div class="panel panel-default"><div class="panel-heading">Tin xem nhiều</div>
<div class="panel-body"><ul class="block_tophits list-none list-items">{items}</ul></div></div>
<div class="panel panel-default"><div class="panel-heading">Tin tiêu điểm</div>
<div class="panel-body"><ul class="list-none">{focus}</ul></div></div>
<div class="panel panel-default"><div class="panel-body"><a href="https://dichvucong.gov.vn">
<img src="/uploads/banners/dich-vu-cong.png" alt="Cổng dịch vụ công quốc gia" width="250"/></a>
</div></div>
</div>"""


def layout(title: str, main: str, crumb_items: list[tuple[str, str]], head: str = "") -> str:
    news_sub = "".join(
        f'<li><a href="/news/{c}/" title="{esc(CATEGORIES[c])}">{esc(CATEGORIES[c])}</a></li>'
        for c in TOP_CATS
    )
    crumb = crumbs(crumb_items) if crumb_items else ""
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(title)}">
<meta name="author" content="{esc(SITE_NAME)}">
<meta name="copyright" content="{esc(SITE_NAME)} [pgdductho@hatinh.edu.vn]">
<meta name="generator" content="NukeViet v4.6">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{head}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/assets/css/font-awesome.min.css?t=1761">
<link rel="stylesheet" href="/themes/egov/css/bootstrap.non-responsive.css?t=1761">
<link rel="stylesheet" href="/themes/egov/css/style.css?t=1761">
<link rel="stylesheet" href="/themes/egov/css/news.css?t=1761">
<link rel="alternate" href="/feeds/news/" title="Tin Tức" type="application/rss+xml">
<script src="/assets/js/jquery/jquery.min.js?t=1761"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="news";</script>
<script src="/assets/js/language/vi.js?t=1761"></script>
<script src="/assets/js/global.js?t=1761"></script>
<script src="/themes/egov/js/main.js?t=1761"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-24">
<a title="{esc(SITE_NAME)}" href="/"><img src="/themes/egov/images/quoc-huy.png" width="90" height="90" alt="{esc(SITE_NAME)}"></a>
<div class="site-name"><span class="unit-parent">UBND HUYỆN ĐỨC THỌ</span>
<span class="unit-name">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</span></div>
</div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
<ul class="nav navbar-nav">
<li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block">Trang nhất</span></a></li>
<li class="dropdown"><a title="Giới thiệu" href="/about/gioi-thieu.html">Giới thiệu</a>
<ul class="dropdown-menu"><li><a href="/about/gioi-thieu.html">Giới thiệu chung</a></li><li><a href="/about/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li></ul></li>
<li class="dropdown"><a title="Tin Tức" href="/news/">Tin Tức</a><ul class="dropdown-menu">{news_sub}</ul></li>
<li><a title="Văn bản" href="/laws/">Văn bản</a></li>
<li><a title="Liên hệ" href="/contact/">Liên hệ</a></li>
<li><a title="RSS" href="/feeds/">RSS</a></li>
</ul></div></div></div></nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18">{crumb}</div>
<div class="col-xs-24 col-sm-6 col-md-6"><span class="current-time">{TODAY}</span></div>
</div></div></div></nav>
<div class="row">
{left_column()}
<div class="col-sm-12 col-md-12">
{main}
</div>
{right_column()}
</div>
<div class="row"><form action="/seek/" method="get" class="headerSearch">
<input type="hidden" name="m" value="news"><input type="text" name="q" maxlength="60" placeholder="Tìm kiếm...">
<button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></form></div>
</div></section>
<footer id="footer"><div class="wraper"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-16"><div class="panel-body">
<h3 class="footer-title">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC THỌ</h3>
<ul class="company_info" itemscope itemtype="http://schema.org/Organization">
<li class="company_address"><em class="fa fa-map-marker"></em><span>Địa chỉ: Khối 6, thị trấn Đức Thọ, huyện Đức Thọ, tỉnh Hà Tĩnh</span></li>
<li><em class="fa fa-phone"></em><span>Điện thoại: <a href="tel:+842393831234">0239.3831.234</a></span></li>
<li><em class="fa fa-envelope"></em><span>Email: <a href="mailto:pgdductho@hatinh.edu.vn">pgdductho@hatinh.edu.vn</a></span></li>
<li>Chịu trách nhiệm chính: Trưởng phòng GD&amp;ĐT huyện Đức Thọ</li>
</ul></div></div>
<div class="col-xs-24 col-sm-24 col-md-8"><div class="copyright">&copy; Bản quyền thuộc về {esc(SITE_NAME)}</div>
<div class="theme-change">Thiết kế bởi <a href="https://vinades.vn" title="VINADES.,JSC">VINADES.,JSC</a> - Powered by <a href="https://nukeviet.vn">NukeViet</a></div>
</div></div></div></div></footer>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<script src="/themes/egov/js/bootstrap.min.js?t=1761"></script>
</body>
</html>"""


# --- the bodytext ---------------------------------------------------------------------------


def _ptext(p: P) -> str:
    t = text(p.text)
    if p.style == "nbsp":
        t = re.sub(r" (?=\S)", lambda m: "&nbsp;" if (m.start() % 3 == 0) else " ", t)
    return t


def _img_tag(src: str, alt: str) -> str:
    return f'<img alt="{esc(alt)}" height="400" src="{src}" width="600" />'


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "fig":
                out.append(
                    '<figure class="image" style="display:inline-block">'
                    f"{_img_tag(b.src, b.printed or '')}<figcaption>{esc(b.printed or '')}"
                    "</figcaption></figure>"
                )
            else:
                out.append(f'<p style="text-align:center">{_img_tag(b.src, "")}</p>')
                if b.printed and b.style == "em":
                    out.append(f'<p style="text-align:center"><em>{esc(b.printed)}</em></p>')
                elif b.printed:
                    out.append(f'<p style="text-align: center;">{esc(b.printed)}</p>')
        elif b.style in ("li", "oli", "th", "td", "br"):
            group = ("th", "td") if b.style in ("th", "td") else (b.style,)
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in group:
                run.append(blocks[i])
                i += 1
            if b.style in ("li", "oli"):
                tag = "ul" if b.style == "li" else "ol"
                out.append(f"<{tag}>" + "".join(f"\n\t<li>{_ptext(p)}</li>" for p in run) + f"\n</{tag}>")
            elif b.style == "br":
                out.append('<p style="text-align: justify;">' + "<br />\n".join(_ptext(p) for p in run) + "</p>")
            else:
                rows = []
                for p in run:
                    cell = "th" if p.style == "th" else "td"
                    rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in p.text.split(" | ")) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="1" cellspacing="1" class="table table-bordered" '
                    'style="width:100%"><tbody>' + "".join(rows) + "</tbody></table>"
                )
            continue
        elif b.style == "h3":
            out.append(f"<h3><strong>{_ptext(b)}</strong></h3>")
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{_ptext(b)}</strong></p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{_ptext(b)}</em></p></blockquote>")
        elif b.style == "span":
            out.append(
                '<p><span style="font-size:14px;"><span style="font-family:Times New Roman,'
                f'Times,serif;">{_ptext(b)}</span></span></p>'
            )
        else:
            out.append(f'<p style="text-align: justify;">{_ptext(b)}</p>')
        i += 1
    return "\n".join(out)


def homeimg_figure(s: Story, pos: int) -> str:
    h = home_img(s)
    if h is None or s.opts["home"][2] != pos:
        return ""
    alt = h.caption or s.title
    cap = f"<figcaption>{esc(h.caption)}</figcaption>" if h.caption else ""
    if pos == 1:
        return (
            f'<figure class="article left{"" if cap else " noncaption"} pointer" '
            "onclick=\"modalShowByObj('#imgpreview', 'sameWidth');\"><div id=\"imgpreview\" "
            f'style="width:220px;"><p class="text-center"><img alt="{esc(alt)}" src="{h.src}" '
            f'width="220" class="img-thumbnail"/></p>{cap}</div></figure>'
        )
    return (
        f'<figure class="article center"><img alt="{esc(alt)}" src="{h.src}" width="600" '
        f'class="img-thumbnail"/>{cap}</figure>'
    )


def author_lines(s: Story) -> str:
    out = ""
    if s.opts.get("field"):
        out += (
            '<p class="h5 text-right"><strong>Tác giả bài viết: </strong>'
            f"{esc(s.opts['field'])}</p>\n"
        )
    if s.opts.get("src"):
        src = esc(s.opts["src"])
        if s.opts.get("src_link"):
            src = f'<a title="{src}" rel="nofollow" href="{s.opts["src_link"]}">{src}</a>'
        out += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{src}</p>\n'
    return out


def related_list(title: str, items: list[Story]) -> str:
    if not items:
        return ""
    lis = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{story_path(s)}" '
        f'title="{esc(s.title)}">{esc(s.title)}</a> <em>({when(s):%d/%m/%Y})</em></li>'
        for s in items
    )
    return (
        f'<p class="h3"><strong>{title}</strong></p><div class="clearfix"><ul class="'
        f'related list-none list-items">{lis}</ul></div>'
    )


def detail_main(s: Story) -> str:
    d = s.id
    votes = d % 5 + 1
    points = votes * 4 - d % 3
    showhome = s.opts.get("showhome", True)
    hometext_html = ""
    if showhome and s.summary:
        hometext_html = (
            f'<div class="clearfix">{homeimg_figure(s, 1)}<div class="hometext m-bottom">'
            f"{esc(s.summary)}</div>{homeimg_figure(s, 2)}</div>"
        )
    tags = ", ".join(
        f'<a title="{esc(TAGS[t])}" href="/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>'
        for t in s.opts.get("tags", [])
    )
    tags_html = (
        '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
        f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{tags}</div></div></div>'
        if tags
        else ""
    )
    comments = "".join(
        f'<div class="media"><div class="media-body"><h4 class="media-heading">{esc(n)} '
        f'<span class="small text-muted">- {t}</span></h4><p>{esc(c)}</p></div></div>'
        for n, t, c in s.opts.get("comments", [])
    )
    same = [x for x in STORIES if x.cat == s.cat]
    k = same.index(s)
    newer = same[max(0, k - 3) : k][::-1]
    older = same[k + 1 : k + 4]
    return f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(s.title)}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5">{date_detail(s)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/news/sendmail/{s.cat}/{s.slug}-{s.id}.html','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{print_path(s)}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{save_path(s)}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
<li><em class="fa fa-eye">&nbsp;</em> Đã xem: {s.views()}</li>
</ul></div>
</div>
{hometext_html}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_body(s)}
</div>
{author_lines(s)}
</div>
</div>
{tags_html}
<div class="news_column panel panel-default"><div class="panel-body">
<form id="form3B" action=""><div class="h5 clearfix">
<p id="stringrating">Tổng số điểm của bài viết là: {points} trong {votes} đánh giá</p>
<div style="padding: 5px;"><input class="hover-star required" type="radio" value="1" title="Bài viết rất kém"/><input class="hover-star required" type="radio" value="2" title="Bài viết kém"/><input class="hover-star required" type="radio" value="3" title="Bài viết đạt"/><input class="hover-star required" type="radio" value="4" title="Bài viết tốt"/><input class="hover-star required" type="radio" value="5" title="Bài viết rất tốt"/>
<span id="hover-test" style="margin:0 0 0 20px;">Click để đánh giá bài viết</span></div>
</div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body">
<div id="idcomment" class="nv-fullbg"><p class="h3"><strong>Ý kiến bạn đọc</strong></p>
<div id="showcomment" class="margin-top">{comments}</div>
<form method="post" role="form" target="submitcommentarea" action="/comment/post/" id="formcomment">
<input type="hidden" name="module" value="news"><input type="hidden" name="id" value="{s.id}">
<div class="form-group"><input type="text" name="name" class="form-control" placeholder="Họ và tên"></div>
<div class="form-group"><input type="email" name="email" class="form-control" placeholder="Email"></div>
<div class="form-group"><textarea name="content" class="form-control" rows="4" placeholder="Nội dung bình luận"></textarea></div>
<div class="form-group"><label>Mã bảo mật</label> <img class="captchaImg" src="/index.php?scaptcha=captcha&amp;t=1764051200" width="150" height="40" alt="" /> <input type="text" name="code" maxlength="6" class="form-control"></div>
<input type="submit" class="btn btn-primary" value="Gửi bình luận">
</form></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
{related_list("Những tin mới hơn", newer)}
{related_list("Những tin cũ hơn", older)}
</div></div>"""


def detail_page(request: Request, s: Story) -> Response:
    base = base_url(request)
    head = (
        f'<link rel="canonical" href="{base}{story_path(s)}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(s.title)}">\n'
        f'<meta property="og:description" content="{esc(hometext(s))}">\n'
        f'<meta property="og:url" content="{base}{story_path(s)}">\n'
        f'<meta property="article:published_time" content="{s.published_at}">\n'
        f'<meta property="article:section" content="{esc(CATEGORIES[s.cat])}">'
    )
    return html(layout(f"{s.title} - {SITE_NAME}", detail_main(s), cat_crumbs(s.cat), head))


def print_page(request: Request, s: Story, save: bool = False) -> Response:
    h = home_img(s)
    img = ""
    if h is not None:
        note = f"<p><em>{esc(h.caption)}</em></p>" if h.caption else ""
        img = f'<div class="imghome text-center"><img alt="{esc(h.caption or s.title)}" src="{h.src}" width="460" />{note}</div>'
    hometext_html = (
        f'<div id="hometext">{esc(s.summary)}</div>'
        if s.summary and s.opts.get("showhome", True)
        else ""
    )
    link = base_url(request) + story_path(s)
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(s.title)}</title><meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="/themes/egov/css/print.css?t=1761"></head>
<body><div id="print">
<div id="hd_print"><h2 class="pull-left">{esc(SITE_NAME)}</h2><p class="pull-right"><a title="{esc(SITE_NAME)}" href="{base_url(request)}/">{base_url(request)}</a></p></div>
<div class="clear"></div><hr />
<div id="content"><h1>{esc(s.title)}</h1>
<ul class="list-inline"><li>{date_detail(s)}</li>
<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
<div class="clear"></div>
{hometext_html}
{img}
<div class="bodytext">{render_body(s)}</div>
<div id="author">{author_lines(s)}</div>
<div id="footerprint"><div id="url"><strong>URL của bài viết: </strong><a href="{link}">{link}</a></div>
<div class="clear"></div><div class="copyright">&copy; {esc(SITE_NAME)}</div>
<div id="contact"><a href="mailto:pgdductho@hatinh.edu.vn">pgdductho@hatinh.edu.vn</a></div></div>
</div></div></body></html>"""
    headers = {"X-Robots-Tag": "noindex, nofollow"}
    if save:
        headers["Content-Disposition"] = f'attachment; filename="{s.slug}.html"'
    return html(body, headers=headers)


# --- listings -------------------------------------------------------------------------------


def list_item(s: Story) -> str:
    return f"""<div class="news_column"><div class="panel panel-default clearfix"><div class="panel-body">
<a href="{story_path(s)}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{listing_img(s)}" width="183" class="img-thumbnail pull-left imghome" /></a>
<h3><a href="{story_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline">
<li><em class="fa fa-clock-o">&nbsp;</em> {date_list(s)}</li>
<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {s.views()}</li>
<li><em class="fa fa-comment-o">&nbsp;</em> Phản hồi: {len(s.opts.get("comments", []))}</li>
</ul></div>
{esc(hometext(s))}
</div></div></div>"""


def pager(base: str, page: int, pages: int) -> str:
    """NukeViet's generate_page: "1 2 3 ... »" with page 1 at the bare listing address."""
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}"

    items = []
    if page > 1:
        items.append(f'<li><a rel="prev" title="Trang trước" href="{href(page - 1)}">&laquo;</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            items.append(f'<li><a title="Trang {n}" href="{href(n)}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a rel="next" title="Trang sau" href="{href(page + 1)}">&raquo;</a></li>')
    else:
        items.append('<li class="disabled"><span>&raquo;</span></li>')
    return '<div class="text-center"><ul class="pagination">' + "".join(items) + "</ul></div>"


def category_page(cat: str, page: int) -> Response | None:
    items = cat_stories(cat)
    pages = max(1, -(-len(items) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    base = f"/news/{cat}/"
    subs = "".join(
        f'<li><a href="/news/{c}/" title="{esc(CATEGORIES[c])}">{esc(CATEGORIES[c])}</a></li>'
        for c, p in PARENT.items()
        if p == cat
    )
    subs_html = f'<ul class="list-inline sub-list-icon">{subs}</ul>' if subs else ""
    main = (
        f'<div class="page-header"><h1>{esc(CATEGORIES[cat])}</h1>{subs_html}</div>'
        + "\n".join(list_item(s) for s in chunk)
        + pager(base, page, pages)
    )
    title = CATEGORIES[cat] + (f" - Trang {page}" if page > 1 else "") + f" - {SITE_NAME}"
    return html(layout(title, main, cat_crumbs(cat)))


def home_page() -> Response:
    panels = []
    for cat in TOP_CATS:
        items = cat_stories(cat)
        first, rest = items[0], items[1:4]
        subs = "".join(
            f'<a class="sub" href="/news/{c}/" title="{esc(CATEGORIES[c])}">{esc(CATEGORIES[c])}</a>'
            for c, p in PARENT.items()
            if p == cat
        )
        others = "".join(
            f'<li class="icon_list"><a class="show" href="{story_path(s)}" title="{esc(s.title)}">'
            f"{esc(s.title)}</a></li>"
            for s in rest
        )
        panels.append(f"""<div class="news_column"><div class="panel panel-default clearfix">
<div class="panel-heading"><h4><a title="{esc(CATEGORIES[cat])}" href="/news/{cat}/"><span>{esc(CATEGORIES[cat])}</span></a></h4>{subs}</div>
<div class="panel-body"><div class="row">
<div class="col-md-16"><a href="{story_path(first)}" title="{esc(first.title)}"><img src="{listing_img(first)}" alt="{esc(first.title)}" width="183" class="img-thumbnail pull-left imghome" /></a>
<h3><a href="{story_path(first)}" title="{esc(first.title)}">{esc(first.title)}</a></h3>
<p class="text-muted"><em class="fa fa-clock-o">&nbsp;</em> {date_list(first)}</p>
<p>{esc(hometext(first))}</p></div>
<div class="col-md-8"><ul class="related list-none">{others}</ul></div>
</div><p class="text-right"><a href="/news/{cat}/" title="{esc(CATEGORIES[cat])}">Xem tiếp</a></p></div>
</div></div>""")
    return html(layout(f"Tin Tức - {SITE_NAME}", "\n".join(panels), [("Tin Tức", "/news/")]))


def tag_page(alias: str) -> Response | None:
    if alias not in TAGS:
        return None
    items = [s for s in STORIES if alias in s.opts.get("tags", [])]
    main = (
        f'<div class="page-header"><h1>Từ khóa: {esc(TAGS[alias])}</h1></div>'
        + "\n".join(list_item(s) for s in items)
    )
    crumb = [("Tin Tức", "/news/"), ("Tags", f"/news/tag/{alias}")]
    return html(layout(f"{TAGS[alias]} - {SITE_NAME}", main, crumb))


def rss(request: Request, cat: str | None) -> Response | None:
    if cat is not None and cat not in CATEGORIES:
        return None
    base = base_url(request)
    items = cat_stories(cat) if cat else STORIES
    entries = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{story_path(s)}</link>"
        f'<guid isPermaLink="false">news_{s.id}</guid><description><![CDATA[{hometext(s)}]]>'
        f"</description><pubDate>{when(s):%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>\n"
        for s in items
    )
    title = CATEGORIES[cat] if cat else "Tin Tức"
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
        f"<title>{esc(title)}</title><link>{base}/news/</link>"
        f"<description>{esc(SITE_NAME)}</description><language>vi</language>"
        f"<generator>NukeViet v4.6</generator>\n{entries}</channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- the other modules ----------------------------------------------------------------------

ABOUT = {
    "gioi-thieu": (
        "Giới thiệu chung",
        "Phòng Giáo dục và Đào tạo huyện Đức Thọ là cơ quan chuyên môn thuộc UBND huyện.",
        [
            "Phòng Giáo dục và Đào tạo huyện Đức Thọ là cơ quan chuyên môn thuộc UBND huyện, "
            "tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào "
            "tạo trên địa bàn.",
            "Phòng quản lý 23 trường mầm non, 21 trường tiểu học, 14 trường THCS với gần 1.100 "
            "cán bộ, giáo viên, nhân viên.",
            "Trụ sở: Khối 6, thị trấn Đức Thọ, huyện Đức Thọ, tỉnh Hà Tĩnh.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "",
        [
            "Lãnh đạo phòng: Trưởng phòng và hai Phó Trưởng phòng.",
            "Các bộ phận: Tổ Văn phòng, Tổ Mầm non, Tổ Tiểu học, Tổ THCS.",
        ],
    ),
}


def about_page(alias: str) -> Response | None:
    if alias not in ABOUT:
        return None
    title, desc, paras = ABOUT[alias]
    others = "".join(
        f'<li><a href="/about/{a}.html">{esc(t)}</a></li>' for a, (t, _d, _p) in ABOUT.items() if a != alias
    )
    desc_html = f'<div class="hometext m-bottom">{esc(desc)}</div>' if desc else ""
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main = f"""<div class="page panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(title)}</h1>
{desc_html}
<div id="page-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>
<hr /><p class="h3"><strong>Các trang khác</strong></p><ul class="list-none">{others}</ul>
</div></div>"""
    return html(layout(f"{title} - {SITE_NAME}", main, [("Giới thiệu", "/about/"), (title, f"/about/{alias}.html")]))


def contact_page() -> Response:
    main = """<div class="panel panel-default"><div class="panel-body">
<h1>Liên hệ</h1>
<div class="cont"><p><strong>Phòng Giáo dục và Đào tạo huyện Đức Thọ</strong></p>
<p>Địa chỉ: Khối 6, thị trấn Đức Thọ, huyện Đức Thọ, tỉnh Hà Tĩnh</p>
<p>Điện thoại: 0239.3831.234 - Fax: 0239.3831.235</p><p>Email: pgdductho@hatinh.edu.vn</p></div>
<form method="post" action="/contact/" class="form-horizontal">
<div class="form-group"><label>Bộ phận</label><select name="fpart" class="form-control"><option value="1">Tổ Văn phòng</option><option value="2">Tổ Tiểu học</option><option value="3">Tổ THCS</option></select></div>
<div class="form-group"><input type="text" name="ftitle" class="form-control" placeholder="Tiêu đề"></div>
<div class="form-group"><input type="text" name="fname" class="form-control" placeholder="Họ và tên"></div>
<div class="form-group"><input type="email" name="femail" class="form-control" placeholder="Email"></div>
<div class="form-group"><textarea name="fcon" class="form-control" rows="6" placeholder="Nội dung"></textarea></div>
<input type="submit" class="btn btn-primary" value="Gửi thư">
</form></div></div>"""
    return html(layout(f"Liên hệ - {SITE_NAME}", main, [("Liên hệ", "/contact/")]))


def feeds_page() -> Response:
    lis = "".join(
        f'<li><a href="/feeds/news/{c}/"><img src="/themes/default/images/feeds/rss.png" alt="RSS"/> '
        f"{esc(CATEGORIES[c])}</a></li>"
        for c in CATEGORIES
    )
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1>RSS</h1><p>RSS là dịch vụ cung cấp thông tin cập nhật dưới dạng tóm tắt; bạn có thể dùng phần mềm đọc tin để nhận tin mới của Phòng.</p>
<ul class="list-none"><li><a href="/feeds/news/"><img src="/themes/default/images/feeds/rss.png" alt="RSS"/> Tin Tức</a><ul>{lis}</ul></li></ul>
</div></div>"""
    return html(layout(f"RSS - {SITE_NAME}", main, [("RSS", "/feeds/")]))


def laws_list() -> Response:
    rows = "".join(
        f'<tr><td><a href="/laws/detail/{a}-{i}.html">{esc(n)}</a></td><td>{d}</td>'
        f'<td><a href="/laws/detail/{a}-{i}.html">{esc(t)}</a></td>'
        f'<td><a href="/uploads/laws/{a}.pdf"><em class="fa fa-download"></em></a></td></tr>'
        for a, i, n, d, t, _o, _k in LAWS
    )
    main = f"""<div class="panel panel-default"><div class="panel-body"><h1>Văn bản</h1>
<table class="table table-bordered table-striped"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>{rows}</tbody></table></div></div>"""
    return html(layout(f"Văn bản - {SITE_NAME}", main, [("Văn bản", "/laws/")]))


def laws_detail(alias: str, lid: int) -> Response | None:
    doc = next((d for d in LAWS if d[0] == alias and d[1] == lid), None)
    if doc is None:
        return None
    a, i, n, d, t, o, k = doc
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1>{esc(n)}</h1>
<table class="table table-bordered"><tbody>
<tr><th>Số ký hiệu</th><td>{esc(n)}</td></tr><tr><th>Ngày ban hành</th><td>{d}</td></tr>
<tr><th>Ngày có hiệu lực</th><td>{d}</td></tr><tr><th>Loại văn bản</th><td>{esc(k)}</td></tr>
<tr><th>Cơ quan ban hành</th><td>{esc(o)}</td></tr><tr><th>Trích yếu</th><td>{esc(t)}</td></tr>
</tbody></table>
<p><strong>Tệp đính kèm:</strong> <a href="/uploads/laws/{a}.pdf">{a}.pdf</a></p>
</div></div>"""
    return html(layout(f"{n} - {SITE_NAME}", main, [("Văn bản", "/laws/"), (n, f"/laws/detail/{a}-{i}.html")]))


def seek_page() -> Response:
    main = '<div class="panel panel-default"><div class="panel-body"><h1>Tìm kiếm</h1><p>Hãy nhập từ khóa để tìm kiếm.</p></div></div>'
    return html(layout(f"Tìm kiếm - {SITE_NAME}", main, [("Tìm kiếm", "/seek/")]))


NEWS_CSS = b".hometext{font-weight:700;margin-bottom:10px}.bodytext{text-align:justify}"
ARTICLE_RE = re.compile(r"/news/(?:(print|savefile)/)?([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html")


class NukeVietSite:
    def article(self, request: Request, kind: str | None, cat: str, alias: str, sid: int) -> Response | None:
        s = BY_ID.get(sid)
        if s is None:
            return None
        if cat != s.cat or alias != s.slug:
            prefix = f"/news/{kind}" if kind else "/news"
            return redirect(f"{prefix}/{s.cat}/{s.slug}-{s.id}.html", 301)
        if kind == "print":
            return print_page(request, s)
        if kind == "savefile":
            return print_page(request, s, save=True)
        return detail_page(request, s)

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/themes/egov/css/news.css":
            return Response(200, NEWS_CSS, {"Content-Type": "text/css"})
        if path.startswith(("/themes/", "/uploads/", "/assets/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return None
        if path in ("/", "/news/") and not request.query:
            return home_page()
        if path == "/news":
            return redirect("/news/", 301)
        if path in ("/", "/index.php") and request.query:
            p = request.params
            if p.get("nv") != "news" or p.get("language", "vi") != "vi":
                return None
            op = p.get("op", "")
            if not op:
                return home_page()
            if m := re.fullmatch(r"([a-z0-9-]+)/([a-z0-9-]+)-(\d+)", op):
                s = BY_ID.get(int(m.group(3)))
                if s and s.cat == m.group(1) and s.slug == m.group(2):
                    return detail_page(request, s)
            return None
        if request.query:
            return None
        if m := ARTICLE_RE.fullmatch(path):
            return self.article(request, m.group(1), m.group(2), m.group(3), int(m.group(4)))
        if m := re.fullmatch(r"/news/tag/([a-z0-9-]+)", path):
            return tag_page(m.group(1))
        if m := re.fullmatch(r"/news/([a-z0-9-]+)/(?:page-(\d+))?", path):
            cat, page = m.group(1), int(m.group(2) or 1)
            if cat not in CATEGORIES:
                return None
            if m.group(2) == "1":
                return redirect(f"/news/{cat}/", 301)
            return category_page(cat, page)
        if path == "/feeds/":
            return feeds_page()
        if m := re.fullmatch(r"/feeds/news/(?:([a-z0-9-]+)/)?", path):
            return rss(request, m.group(1))
        if m := re.fullmatch(r"/about/([a-z0-9-]+)\.html", path):
            return about_page(m.group(1))
        if path == "/about/":
            return redirect("/about/gioi-thieu.html", 301)
        if path == "/contact/":
            return contact_page()
        if path == "/laws/":
            return laws_list()
        if m := re.fullmatch(r"/laws/detail/([a-z0-9-]+)-(\d+)\.html", path):
            return laws_detail(m.group(1), int(m.group(2)))
        if path == "/seek/":
            return seek_page()
        return None


def build_site() -> NukeVietSite:
    return NukeVietSite()
