"""Phòng GD&ĐT huyện Đắk Song (Đắk Nông) on a Blogger-like "Website trường học" written in PHP by
a small local vendor: a blog whose list pages print every post's FULL TEXT.

Platform
--------
The vendor copied Blogger's layout and class names (``post hentry``, ``h3.post-title
entry-title``, ``post-header``, ``post-body entry-content``, ``post-footer``, ``blog-pager``,
``tr-caption-container``) onto its own PHP code and URL scheme. The home page, the category
pages, the tag pages and the monthly archive all print a list of posts the way a blog front page
does: each entry is the whole post (title linked to the post's own page, date line, category,
the full text, "Đăng bởi …", comment count, labels). Long posts carry a jump break: the lists then
show only the text before it (the first two paragraphs) and a "Đọc tiếp »" link.

Post template (``/bai-viet/<id>/<slug>``)::

    breadcrumb "Trang chủ › <Chuyên mục>"
    <div class="post hentry">
      <h3 class="post-title entry-title">Title</h3>
      <div class="post-header"> "đăng lúc 07:45 ngày 18 tháng 11, 2026" (abbr.published with the
        ISO time) · "Chuyên mục: <a>…</a>" </div>
      <div class="post-body entry-content"> editor HTML (a "<a name=more>" at the jump) </div>
      <div class="post-footer"> "Đăng bởi <account>", share links (Facebook, email, print),
        "Nhãn: thi đua, học sinh giỏi" </div>
    </div>
    "Bài đăng Mới hơn / Bài đăng Cũ hơn / Trang chủ", comments "3 nhận xét:" (names, dates,
    permalinks ``?showComment=<ms>#c<ms>``) and the "Đăng nhận xét" form.

Chrome: header "Thứ Sáu, 04/12/2026" (today), logo and banner, menu, sidebar "Bài đăng phổ biến"
(titles + snippets + dates), "Lưu trữ blog" tree with counts ("tháng 11 (7)"; the current month
open with its titles), "Nhãn" cloud, "Liên kết" list, a poll, "Thống kê truy cập" (Đang online /
Hôm nay / Tổng truy cập) and "Số lượt xem trang: 123456"; footer with address and phone.

URL scheme
----------
- ``/`` home: the 4 newest posts; older pages ``/trang-chu/trang-2`` … ``/trang-chu/trang-4``.
- ``/bai-viet/<id>/<slug>``: a post (the only articles). ``?showComment=<ms>`` (the comment
  permalinks printed under each comment) serves the very same post.
- ``/chuyen-muc/<slug>/trang-<n>``: category lists, 4 entries a page, only "« Bài mới hơn" and
  "Bài cũ hơn »" links (no page numbers); the menu links ``trang-1``.
- ``/nhan/<tag>``: label lists (every post of the label, full text).
- ``/luu-tru/2026-11``: monthly archive (every post of the month, full text).
- ``/trang/gioi-thieu``, ``/trang/lien-he``: static pages (same post template, no date, no author).
- Images: ``/uploads/2026/<mm>/s640/<file>.jpg`` in the text, linked to the ``s1600`` size;
  layout images under ``/static/``. Thông báo posts embed the PDF as a Google Drive preview
  iframe (``https://drive.google.com/file/d/<id>/preview``).

Categories: Tin giáo dục (6 posts, 2 list pages), Thông báo (3), Gương người tốt việc tốt (3) and
Công đoàn ngành, a menu category holding a single post.

How each gold article is reached
--------------------------------
Every post is on one home page (1-4) and on its category list, its label lists and its month's
archive. ``/bai-viet/1163/…`` (September) is only on ``/trang-chu/trang-4``,
``/chuyen-muc/tin-giao-duc/trang-2``, ``/luu-tru/2026-09`` and its label lists; ``/bai-viet/1169/…``
only on home page 3, category page 2, the October archive and its labels. The popular-posts widget
links four posts; the "Bài đăng Mới hơn / Cũ hơn" links chain all posts.

Traps
-----
- LIST PAGES THAT LOOK LIKE ARTICLES: every list entry has the post's ``h3.post-title``, date
  line, category, full text, author and labels. ``/chuyen-muc/cong-doan-nganh/trang-1`` lists a
  single post without jump break: the page prints that post's whole text, title and date exactly
  as the post page does; it is still a list (non-article). So is ``/luu-tru/2026-09`` (one post).
- Jump break: a long post's list entry stops after two paragraphs with "Đọc tiếp »".
- Comment permalinks ``?showComment=…`` duplicate a post (gold ``alt_paths``).
- "Đăng bởi quantri" is a CMS account (nobody); "Đăng bởi Phòng GD&ĐT Đắk Song" is a unit (the
  author); a teacher's name is the author. A byline in the text decides over the account:
  "Tin: Nguyễn Thị Hằng - Ảnh: Y Ngọc" (author + photographer), a right-aligned
  "H'Luyến Niê (Trường TH Nguyễn Trãi)" (author "H'Luyến Niê"), "Tin, ảnh: X" (both).
- The header's "Thứ Sáu, 04/12/2026" and the comment dates are not publication dates.
- Labels line, comment section, popular-post snippets: not body.
- The Google Drive iframe of a Thông báo is not an image.

Gold decisions
--------------
- title: ``h3.post-title`` on the post page; published_at: the "đăng lúc HH:MM ngày D tháng M,
  YYYY" line -> "YYYY-MM-DDTHH:MM:00+07:00".
- summary: only where the post opens with a bold lead paragraph (it is also body's first).
- body: the post-body text: paragraphs, ``<h4>`` sub-headings, list items, table rows (cells
  joined by " | "), block quotes, lines separated by ``<br />`` (one paragraph each). Not
  bylines, source lines, captions.
- images: ``img`` src of the text photos in order; caption = the ``tr-caption`` cell, or the
  centred ``<div>`` right under the image link (one post), else None.
- source: "Nguồn: Báo Đắk Nông" / "Theo Báo Đắk Nông" -> "Báo Đắk Nông".
- category: the "Chuyên mục" label (= breadcrumb's last section).
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "listing_fulltext_pgd"
PLATFORM = "Blogger-like custom PHP 'Website trường học' (small vendor), full-text list pages"
START_PATH = "/"

SITE_TITLE = "Phòng GD&ĐT Đắk Song"
SITE_LONG = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐẮK SONG"
HEADER_TODAY = "Thứ Sáu, 04/12/2026"
PER_PAGE = 4

CATEGORIES = {
    "tin-giao-duc": "Tin giáo dục",
    "thong-bao": "Thông báo",
    "guong-nguoi-tot-viec-tot": "Gương người tốt việc tốt",
    "cong-doan-nganh": "Công đoàn ngành",
}
TAGS = {
    "thi-dua": "thi đua",
    "hoc-sinh-gioi": "học sinh giỏi",
    "nha-giao": "nhà giáo",
    "tap-huan": "tập huấn",
    "kiem-tra": "kiểm tra",
    "tuyen-dung": "tuyển dụng",
    "chuyen-doi-so": "chuyển đổi số",
    "vuot-kho": "vượt khó",
    "cong-doan": "công đoàn",
    "nam-hoc-moi": "năm học mới",
}
UNIT = "Phòng GD&ĐT Đắk Song"


def up(month: int, name: str, size: str = "s640") -> str:
    return f"/uploads/2026/{month:02d}/{size}/{name}"


# --- the posts, newest first --------------------------------------------------------------
#
# published_at is the gold; opts: time "HH:MM", by (the "Đăng bởi" account), tags, jump (index
# of the block the jump break stands before), br (paragraph lines separated by <br />), drive
# (Google Drive file id of an embedded PDF), comments [(name, "HH:MM", day, month, text)].
# P styles: lead (bold lead), h4, li, tr (table row, cells " | "), quote.
# Img styles: tr (tr-caption-container; no caption row when printed is None), sep (separator
# div, nothing under it), center (separator div + centred div with the caption).

STORIES: list[Story] = [
    Story(
        1205,
        "thong-bao-lich-kiem-tra-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-12-03T16:30:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch thời gian năm học 2026-2027 của UBND tỉnh Đắk Nông, Phòng GD&ĐT "
                "huyện Đắk Song thông báo lịch kiểm tra cuối học kỳ I đối với các trường tiểu học và "
                "THCS trên địa bàn huyện như sau: khối THCS kiểm tra tập trung từ ngày 21/12 đến "
                "ngày 26/12/2026; khối tiểu học kiểm tra từ ngày 28/12 đến ngày 31/12/2026."
            ),
            P(
                "Hiệu trưởng các trường chỉ đạo xây dựng đề kiểm tra theo ma trận, bảo đảm đúng quy "
                "chế, báo cáo kết quả về Phòng (qua bộ phận chuyên môn) trước ngày 08/01/2027. Chi "
                "tiết xem tại văn bản đính kèm dưới đây."
            ),
        ],
        opts={"time": "16:30", "by": "quantri", "tags": ["kiem-tra"], "drive": "1kTa9QxR2hY7bM4cVnD0pLw8eFsZ3uJ6G"},
    ),
    Story(
        1203,
        "hoc-sinh-lop-4-nhat-duoc-vi-tien-tra-lai-nguoi-danh-roi",
        "Học sinh lớp 4 nhặt được ví tiền trả lại người đánh rơi",
        "guong-nguoi-tot-viec-tot",
        "2026-12-01T09:10:00+07:00",
        [
            P(
                "Trên đường đi học về chiều ngày 27/11/2026, em Y Thắng Byă, học sinh lớp 4A Trường "
                "TH Nguyễn Trãi (xã Nâm N'Jang), nhặt được một chiếc ví bên lề đường tỉnh lộ 6."
            ),
            P(
                "Trong ví có 4.750.000 đồng tiền mặt, căn cước công dân và nhiều giấy tờ quan trọng "
                "khác. Ngay sáng hôm sau, em đã mang chiếc ví đến nộp cho cô giáo chủ nhiệm để nhờ "
                "tìm người đánh rơi."
            ),
            Img(up(12, "y-thang-tra-vi.jpg"), "Em Y Thắng Byă (giữa) trao lại chiếc ví cho chị Nguyễn Thị Mai",
                "Em Y Thắng Byă (giữa) trao lại chiếc ví cho chị Nguyễn Thị Mai", "tr"),
            P(
                "Qua thông tin trên giấy tờ, nhà trường đã liên lạc được với chị Nguyễn Thị Mai, trú "
                "tại thôn 10, xã Nâm N'Jang. Chị Mai xúc động cảm ơn em và gia đình, nhà trường đã "
                "giáo dục em trở thành người trung thực."
            ),
            P(
                "Nhà trường đã tuyên dương em Y Thắng trước toàn trường trong buổi chào cờ đầu tuần, "
                "đồng thời đề nghị Phòng GD&ĐT khen thưởng kịp thời."
            ),
            Raw('<div style="text-align: right;"><i>H\'Luyến Niê (Trường TH Nguyễn Trãi)</i></div>'),
        ],
        authors=["H'Luyến Niê"],
        opts={
            "time": "09:10",
            "by": "quantri",
            "tags": ["thi-dua"],
            "comments": [
                ("Trần Thị Bích", "10:02", 1, 12, "Giỏi quá con ơi! Cô rất tự hào về em."),
                ("Phụ huynh lớp 4A", "21:40", 1, 12, "Cảm ơn nhà trường đã dạy dỗ các cháu."),
            ],
        },
    ),
    Story(
        1198,
        "tong-ket-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc",
        "Tổng kết Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
        "tin-giao-duc",
        "2026-11-27T14:20:00+07:00",
        [
            P(
                "Sau 5 ngày tranh tài sôi nổi, chiều 26/11/2026, Phòng GD&ĐT huyện Đắk Song tổng kết "
                "Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học với 31 giáo viên được công nhận "
                "danh hiệu giáo viên dạy giỏi.",
                "lead",
            ),
            P(
                "Tham gia hội thi có 48 giáo viên đến từ 17 trường tiểu học trên địa bàn huyện. Mỗi "
                "giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành 2 tiết dạy "
                "trên lớp theo Chương trình GDPT 2018."
            ),
            Img(up(11, "gvdg-th-1.jpg"), "Cô Lê Thị Ngọc Ánh, Trường TH Kim Đồng, thực hành tiết dạy môn Tiếng Việt",
                "Cô Lê Thị Ngọc Ánh, Trường TH Kim Đồng, thực hành tiết dạy môn Tiếng Việt", "tr"),
            P("Kết quả xếp loại theo trường có nhiều giáo viên đạt danh hiệu:", "h4"),
            P("Trường | Số GV dự thi | Số GV đạt | Tỷ lệ"),
            P("TH Kim Đồng | 5 | 5 | 100%"),
            P("TH Nguyễn Trãi | 4 | 3 | 75%"),
            P("TH Lê Văn Tám | 4 | 3 | 75%"),
            P(
                "Phát biểu bế mạc, bà Nguyễn Thị Thanh Hương, Phó Trưởng phòng GD&ĐT, đề nghị các "
                "trường phát huy vai trò nòng cốt của giáo viên dạy giỏi trong sinh hoạt chuyên môn "
                "theo nghiên cứu bài học."
            ),
            Img(up(11, "gvdg-th-2.jpg"), "Ban tổ chức trao giấy chứng nhận cho các giáo viên đạt danh hiệu",
                "Ban tổ chức trao giấy chứng nhận cho các giáo viên đạt danh hiệu", "tr"),
            Raw('<p style="text-align: right;"><b>Tin: Nguyễn Thị Hằng - Ảnh: Y Ngọc</b></p>'),
        ],
        authors=["Nguyễn Thị Hằng"],
        photographers=["Y Ngọc"],
        summary=(
            "Sau 5 ngày tranh tài sôi nổi, chiều 26/11/2026, Phòng GD&ĐT huyện Đắk Song tổng kết "
            "Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học với 31 giáo viên được công nhận "
            "danh hiệu giáo viên dạy giỏi."
        ),
        opts={"time": "14:20", "by": "quantri", "tags": ["thi-dua", "nha-giao"], "jump": 2},
    ),
    Story(
        1196,
        "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026-dot-2",
        "THÔNG BÁO tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        "thong-bao",
        "2026-11-24T07:45:00+07:00",
        [
            P(
                "Căn cứ Quyết định số 2105/QĐ-UBND ngày 20/11/2026 của UBND huyện Đắk Song về việc "
                "phê duyệt kế hoạch tuyển dụng viên chức sự nghiệp giáo dục năm 2026 (đợt 2), Phòng "
                "GD&ĐT thông báo tuyển dụng 23 chỉ tiêu giáo viên mầm non, tiểu học và THCS."
            ),
            P(
                "Thời gian nhận phiếu đăng ký dự tuyển từ ngày 25/11/2026 đến 17 giờ ngày 24/12/2026 "
                "tại Phòng GD&ĐT huyện Đắk Song (tổ dân phố 3, thị trấn Đức An)."
            ),
            P("Ứng viên xem chi tiết chỉ tiêu, điều kiện và hồ sơ trong thông báo đính kèm."),
        ],
        authors=[UNIT],
        opts={"time": "07:45", "by": UNIT, "tags": ["tuyen-dung"], "drive": "1Qm3ZcV8pXr5TnW2aLk9HdY6bJe0sF4uR"},
    ),
    Story(
        1194,
        "nganh-giao-duc-dak-song-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Ngành Giáo dục Đắk Song kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-giao-duc",
        "2026-11-20T10:00:00+07:00",
        [
            P(
                "Sáng 19/11/2026, tại Hội trường UBND huyện, Phòng GD&ĐT huyện Đắk Song long trọng "
                "tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên "
                "dương nhà giáo tiêu biểu năm học 2025-2026."
            ),
            P(
                "Đến dự có đồng chí Phó Chủ tịch UBND huyện, lãnh đạo các phòng, ban và hơn 250 cán "
                "bộ quản lý, giáo viên đại diện cho 38 trường học trên địa bàn huyện."
            ),
            Img(up(11, "ky-niem-20-11.jpg"), "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "center"),
            P(
                "Báo cáo tại buổi lễ cho biết, năm học 2025-2026 toàn huyện có 38 trường với hơn "
                "17.000 học sinh; tỷ lệ trường đạt chuẩn quốc gia đạt 57,9%; có 64 học sinh đạt giải "
                "trong kỳ thi học sinh giỏi cấp tỉnh, tăng 11 giải so với năm học trước."
            ),
            P(
                "Ghi nhận những nỗ lực của đội ngũ nhà giáo, nhất là các thầy cô công tác tại vùng "
                "đồng bào dân tộc thiểu số, Phó Chủ tịch UBND huyện nhấn mạnh:"
            ),
            P(
                "Mỗi thầy giáo, cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng "
                "tạo để học trò noi theo.",
                "quote",
            ),
            P(
                "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 46 tập thể và 112 cá nhân có thành "
                "tích xuất sắc trong năm học 2025-2026."
            ),
            Img(up(11, "ky-niem-20-11-khen.jpg"), None, None, "sep"),
        ],
        authors=[UNIT],
        opts={
            "time": "10:00",
            "by": UNIT,
            "tags": ["nha-giao", "thi-dua"],
            "jump": 2,
            "comments": [
                ("Nguyễn Văn Hòa", "11:25", 20, 11, "Chúc mừng thầy cô ngành giáo dục Đắk Song!"),
                ("H'Yên Êban", "13:02", 20, 11, "Xin chúc các thầy cô luôn mạnh khỏe, hạnh phúc."),
                ("Cựu học sinh THCS Lý Tự Trọng", "19:48", 21, 11, "Nhớ thầy cô nhiều lắm ạ."),
            ],
        },
    ),
    Story(
        1191,
        "co-giao-15-nam-gieo-chu-o-buon-bu-boong",
        "Cô giáo 15 năm gieo chữ ở bon Bu Boong",
        "guong-nguoi-tot-viec-tot",
        "2026-11-18T07:45:00+07:00",
        [
            P(
                "Mười lăm năm trước, cô Phạm Thị Thu Trang, quê Nghệ An, tốt nghiệp Cao đẳng Sư phạm "
                "và tình nguyện lên công tác tại điểm trường bon Bu Boong, xã Thuận Hạnh, nơi xa "
                "nhất của Trường TH Chu Văn An."
            ),
            P(
                "Những ngày đầu, điểm trường chỉ có hai phòng học tạm, học sinh người M'nông đi học "
                "bữa đực bữa cái. Cô Trang đi từng nhà vận động, học tiếng M'nông để trò chuyện với "
                "phụ huynh."
            ),
            P(
                "Bằng sự kiên trì ấy, tỷ lệ học sinh đi học chuyên cần của điểm trường nay đạt 99%, "
                "không còn học sinh bỏ học giữa chừng. Nhiều lứa học trò của cô đã vào đại học và "
                "trở về quê hương làm việc."
            ),
            Img(up(11, "co-trang-bu-boong.jpg"), None, None, "sep"),
            P("Chia sẻ về nghề, cô Trang nói giản dị:"),
            P("Chỉ cần các em đến lớp đầy đủ, biết đọc, biết viết là mình thấy vui rồi.", "quote"),
            P(
                "Năm học 2025-2026, cô Trang được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích "
                "xuất sắc trong công tác giáo dục vùng đồng bào dân tộc thiểu số."
            ),
        ],
        authors=["Trần Văn Lực"],
        opts={
            "time": "07:45",
            "by": "Trần Văn Lực",
            "tags": ["nha-giao"],
            "jump": 2,
            "comments": [("Lê Minh Tuấn", "20:15", 18, 11, "Rất xứng đáng! Cảm ơn cô Trang.")],
        },
    ),
    Story(
        1188,
        "truong-thcs-le-loi-to-chuc-ngay-hoi-stem",
        "Trường THCS Lê Lợi tổ chức Ngày hội STEM năm 2026",
        "tin-giao-duc",
        "2026-11-13T15:05:00+07:00",
        [
            P(
                "Ngày 12/11/2026, Trường THCS Lê Lợi (xã Trường Xuân) tổ chức Ngày hội STEM với chủ "
                "đề “Sáng tạo từ vật liệu tái chế”."
            ),
            P(
                "22 đội thi của các lớp 6 đến 9 đã mang đến nhiều sản phẩm như máy tưới cây tự động, "
                "xe chạy bằng sức gió, đèn học năng lượng mặt trời."
            ),
            P(
                "Ban giám khảo trao giải Nhất cho sản phẩm “Hệ thống cảnh báo cháy mini” của đội lớp "
                "9A; các sản phẩm tiêu biểu sẽ được chọn dự Cuộc thi Khoa học kỹ thuật cấp huyện."
            ),
            Img(up(11, "stem-le-loi.jpg"), "Học sinh giới thiệu sản phẩm máy tưới cây tự động",
                "Học sinh giới thiệu sản phẩm máy tưới cây tự động", "tr"),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={"time": "15:05", "by": "Lê Thị Thu Hà", "tags": ["hoc-sinh-gioi"], "br": True},
    ),
    Story(
        1185,
        "cong-doan-nganh-giao-duc-trao-mai-am-cong-doan",
        "Công đoàn ngành Giáo dục huyện trao “Mái ấm Công đoàn” cho đoàn viên khó khăn",
        "cong-doan-nganh",
        "2026-11-09T08:30:00+07:00",
        [
            P(
                "Ngày 07/11/2026, Công đoàn ngành Giáo dục huyện Đắk Song tổ chức bàn giao “Mái ấm "
                "Công đoàn” cho cô Nguyễn Thị Lan, nhân viên Trường MN Hoa Sen, có hoàn cảnh đặc biệt "
                "khó khăn."
            ),
            P(
                "Căn nhà có diện tích 60 m², tổng kinh phí 120 triệu đồng, trong đó Công đoàn ngành "
                "hỗ trợ 60 triệu đồng từ nguồn đóng góp của đoàn viên toàn ngành, phần còn lại do gia "
                "đình và người thân hỗ trợ."
            ),
            Img(up(11, "mai-am-cong-doan.jpg"), "Trao quyết định hỗ trợ xây dựng Mái ấm Công đoàn",
                "Trao quyết định hỗ trợ xây dựng Mái ấm Công đoàn", "tr"),
            P(
                "Đây là căn nhà thứ 5 Công đoàn ngành trao tặng đoàn viên từ đầu nhiệm kỳ đến nay."
            ),
            Raw('<p style="text-align: right;"><b>Tin, ảnh: Phạm Văn Toàn</b></p>'),
        ],
        authors=["Phạm Văn Toàn"],
        photographers=["Phạm Văn Toàn"],
        opts={"time": "08:30", "by": "quantri", "tags": ["cong-doan"]},
    ),
    Story(
        1181,
        "thong-bao-dang-ky-du-thi-hoc-sinh-gioi-cap-huyen-lop-9",
        "Thông báo đăng ký dự thi học sinh giỏi cấp huyện lớp 9 năm học 2026-2027",
        "thong-bao",
        "2026-11-04T09:15:00+07:00",
        [
            P(
                "Phòng GD&ĐT thông báo kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026-2027 "
                "tổ chức vào ngày 12/12/2026 tại Trường THCS Lý Tự Trọng, gồm 9 môn thi."
            ),
            P(
                "Các trường THCS lập danh sách đăng ký dự thi (theo mẫu đính kèm) và gửi về bộ phận "
                "chuyên môn THCS qua hộp thư điện tử trước ngày 20/11/2026."
            ),
        ],
        opts={"time": "09:15", "by": "quantri", "tags": ["hoc-sinh-gioi", "kiem-tra"], "drive": "1Vb7XkN2mQw9RcT4yLp6HsD3gAe8jZ5uF"},
    ),
    Story(
        1176,
        "tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-nam-2026",
        "Tập huấn chuyển đổi số trong quản lý trường học năm 2026",
        "tin-giao-duc",
        "2026-10-28T14:00:00+07:00",
        [
            P(
                "Từ ngày 26 đến 27/10/2026, Phòng GD&ĐT huyện Đắk Song tổ chức tập huấn chuyển đổi "
                "số trong quản lý trường học cho 76 cán bộ quản lý và nhân viên văn thư các trường.",
                "lead",
            ),
            P(
                "Lớp tập huấn do báo cáo viên của Sở GD&ĐT và Viettel Đắk Nông hướng dẫn, kết hợp lý "
                "thuyết với thực hành trên phần mềm quản lý nhà trường."
            ),
            P("Nội dung chính", "h4"),
            P("Sử dụng học bạ số và ký số hồ sơ chuyên môn.", "li"),
            P("Quản lý văn bản đi, đến và điều hành trên môi trường mạng.", "li"),
            P("Bảo đảm an toàn thông tin, phòng chống lừa đảo trực tuyến.", "li"),
            Img(up(10, "tap-huan-cds.jpg"), "Học viên thực hành ký số học bạ trên phần mềm",
                "Học viên thực hành ký số học bạ trên phần mềm", "tr"),
            P(
                "Kết thúc tập huấn, 100% học viên hoàn thành bài thu hoạch. Phòng GD&ĐT yêu cầu các "
                "trường triển khai học bạ số đối với lớp 1, lớp 6 ngay trong học kỳ I."
            ),
        ],
        authors=[UNIT],
        summary=(
            "Từ ngày 26 đến 27/10/2026, Phòng GD&ĐT huyện Đắk Song tổ chức tập huấn chuyển đổi "
            "số trong quản lý trường học cho 76 cán bộ quản lý và nhân viên văn thư các trường."
        ),
        opts={"time": "14:00", "by": UNIT, "tags": ["tap-huan", "chuyen-doi-so"], "jump": 2},
    ),
    Story(
        1172,
        "em-h-nhi-bya-hoc-tro-ngheo-vuot-kho-hoc-gioi",
        "Em H'Nhi Byă - học trò nghèo vượt khó học giỏi",
        "guong-nguoi-tot-viec-tot",
        "2026-10-21T16:45:00+07:00",
        [
            P(
                "Nhà ở bon Bu Bơ, xã Đắk N'Drung, bố mất sớm, mẹ làm thuê, nhưng H'Nhi Byă, học sinh "
                "lớp 9A Trường THCS Nguyễn Du, liên tục 8 năm liền là học sinh xuất sắc."
            ),
            P(
                "Mỗi ngày em đạp xe hơn 7 km đến trường. Buổi chiều, em phụ mẹ hái cà phê, tối đến "
                "mới có thời gian học bài dưới ánh đèn nhỏ."
            ),
            P(
                "Năm học vừa qua, H'Nhi đạt giải Nhì môn Toán trong kỳ thi học sinh giỏi cấp tỉnh, "
                "là học sinh dân tộc thiểu số duy nhất của huyện đạt giải ở môn này."
            ),
            Img(up(10, "h-nhi-bya.jpg"), "H'Nhi Byă trong giờ học tại lớp 9A",
                "H'Nhi Byă trong giờ học tại lớp 9A", "tr"),
            P(
                "Thầy Hoàng Văn Nam, giáo viên chủ nhiệm, cho biết em luôn chủ động giúp đỡ các bạn "
                "học yếu trong lớp và là lớp phó học tập gương mẫu."
            ),
            P("Ước mơ của H'Nhi là trở thành cô giáo dạy Toán để trở về dạy học ở bon làng."),
            Raw('<p style="text-align: right;"><i>Theo Báo Đắk Nông</i></p>'),
        ],
        source="Báo Đắk Nông",
        opts={"time": "16:45", "by": "quantri", "tags": ["vuot-kho", "hoc-sinh-gioi"], "jump": 2},
    ),
    Story(
        1169,
        "hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-bac-thcs",
        "Hội nghị triển khai nhiệm vụ năm học 2026-2027 bậc THCS",
        "tin-giao-duc",
        "2026-10-15T08:00:00+07:00",
        [
            P(
                "Ngày 14/10/2026, Phòng GD&ĐT huyện Đắk Song tổ chức Hội nghị triển khai nhiệm vụ năm "
                "học 2026-2027 bậc THCS với sự tham dự của hiệu trưởng, phó hiệu trưởng 12 trường."
            ),
            P(
                "Hội nghị đánh giá năm học 2025-2026, bậc THCS có tỷ lệ học sinh tốt nghiệp đạt "
                "98,7%, tỷ lệ học sinh vào lớp 10 công lập đạt 82,4%."
            ),
            P("Năm học 2026-2027, bậc THCS tập trung vào các nhiệm vụ trọng tâm:", "h4"),
            P("Đổi mới kiểm tra, đánh giá theo định hướng phát triển năng lực.", "li"),
            P("Nâng cao chất lượng dạy học Tiếng Anh và Tin học.", "li"),
            P("Thực hiện tốt công tác phân luồng học sinh sau THCS.", "li"),
            Img(up(10, "hoi-nghi-thcs.jpg"), "Quang cảnh hội nghị", "Quang cảnh hội nghị", "tr"),
            P(
                "Các trường đã ký giao ước thi đua năm học 2026-2027 với Phòng GD&ĐT ngay tại hội "
                "nghị."
            ),
            Raw('<p style="text-align: right;"><b>Tin: Đỗ Minh Quân - Ảnh: Tổ Văn phòng</b></p>'),
        ],
        authors=["Đỗ Minh Quân"],
        photographers=["Tổ Văn phòng"],
        opts={"time": "08:00", "by": "quantri", "tags": ["thi-dua", "nam-hoc-moi"], "jump": 2},
    ),
    Story(
        1163,
        "dak-song-hon-17-000-hoc-sinh-buoc-vao-nam-hoc-moi",
        "Đắk Song: hơn 17.000 học sinh hân hoan bước vào năm học mới",
        "tin-giao-duc",
        "2026-09-05T07:30:00+07:00",
        [
            P(
                "Sáng 5/9/2026, cùng với học sinh cả nước, hơn 17.000 học sinh của 38 trường học trên "
                "địa bàn huyện Đắk Song đã tưng bừng dự Lễ khai giảng năm học 2026-2027."
            ),
            P(
                "Năm học này, toàn huyện có thêm 2 trường đạt chuẩn quốc gia, 24 phòng học mới được "
                "đưa vào sử dụng, bảo đảm đủ chỗ học cho học sinh."
            ),
            Img(up(9, "khai-giang-2026.jpg"), None, None, "tr"),
            P(
                "Tại các điểm trường, lãnh đạo huyện, xã đã đến dự, đánh trống khai giảng và tặng quà "
                "cho học sinh có hoàn cảnh khó khăn."
            ),
        ],
        opts={"time": "07:30", "by": "quantri", "tags": ["nam-hoc-moi"]},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def post_path(story: Story) -> str:
    return f"/bai-viet/{story.id}/{story.slug}"


def comment_ms(story: Story, n: int) -> int:
    """A Blogger-like comment id: a millisecond timestamp (stable per story and comment)."""
    return 1764000000000 + story.id * 1000003 + n * 7919


def comment_links(story: Story) -> list[str]:
    return [f"{post_path(story)}?showComment={comment_ms(story, n)}" for n in range(len(story.opts.get("comments", [])))]


GOLD = [
    gold_record(s, post_path(s), CATEGORIES[s.cat], alt_paths=comment_links(s)) for s in STORIES
]

SINGLE_POST_LIST = "/chuyen-muc/cong-doan-nganh/trang-1"
NON_ARTICLES = [
    "/chuyen-muc/tin-giao-duc/trang-2",
    "/nhan/hoc-sinh-gioi",
    "/luu-tru/2026-11",
    SINGLE_POST_LIST,
    "/luu-tru/2026-09",
    "/trang/gioi-thieu",
    "/trang/lien-he",
]

# --- rendering -----------------------------------------------------------------------------

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
POPULAR = [1194, 1203, 1198, 1191]


def _ymd(story: Story) -> tuple[int, int, int]:
    y, m, d = story.published_at[:10].split("-")
    return int(y), int(m), int(d)


def date_line(story: Story) -> str:
    """The printed date line: "đăng lúc 07:45 ngày 18 tháng 11, 2026"."""
    y, m, d = _ymd(story)
    return f"đăng lúc {story.opts['time']} ngày {d} tháng {m}, {y}"


def month_key(story: Story) -> str:
    y, m, _ = _ymd(story)
    return f"{y}-{m:02d}"


def _img_tag(img: Img) -> str:
    big = img.src.replace("/s640/", "/s1600/")
    return (
        f'<a href="{big}" style="margin-left: 1em; margin-right: 1em;">'
        f'<img border="0" data-original-height="1200" data-original-width="1600" height="480" '
        f'src="{img.src}" width="640" /></a>'
    )


def render_image(img: Img) -> str:
    if img.style == "tr" and img.printed:
        return (
            '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" '
            'style="margin-left: auto; margin-right: auto;"><tbody>\n'
            f'<tr><td style="text-align: center;">{_img_tag(img)}</td></tr>\n'
            f'<tr><td class="tr-caption" style="text-align: center;">{esc(img.printed)}</td></tr>\n'
            "</tbody></table>"
        )
    if img.style == "tr":
        return (
            '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" '
            'style="margin-left: auto; margin-right: auto;"><tbody>\n'
            f'<tr><td style="text-align: center;">{_img_tag(img)}</td></tr>\n</tbody></table>'
        )
    out = f'<div class="separator" style="clear: both; text-align: center;">{_img_tag(img)}</div>'
    if img.style == "center" and img.printed:
        out += f'\n<div style="text-align: center;"><span style="font-size: x-small;">{esc(img.printed)}</span></div>'
    return out


def render_blocks(blocks: list, br: bool = False) -> str:
    """The editor's HTML of a run of blocks (lists and table rows grouped)."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_image(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif " | " in b.text and not b.style:
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and " | " in blocks[i].text:
                tag = "th" if not rows else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse: collapse; '
                'width: 100%;"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"
            )
            continue
        elif b.style == "h4":
            out.append(f"<h4>{text(b.text)}</h4>")
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><b>{text(b.text)}</b></p>')
        elif b.style == "quote":
            out.append(f"<blockquote>{text(b.text)}</blockquote>")
        elif br:
            # the old "Compose" mode: one div, lines separated by <br />
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and not blocks[i].style:
                lines.append(text(blocks[i].text))
                i += 1
            out.append('<div style="text-align: justify;">' + "<br />\n".join(lines) + "</div>")
            continue
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    return "\n".join(out)


def drive_frame(story: Story) -> str:
    fid = story.opts.get("drive")
    if not fid:
        return ""
    return (
        f'\n<div style="text-align: center;"><iframe allow="autoplay" frameborder="0" height="600" '
        f'src="https://drive.google.com/file/d/{fid}/preview" width="100%"></iframe></div>'
    )


def post_body(story: Story, cut: bool) -> str:
    """The post-body: whole, or (lists) only before the jump break, plus "Đọc tiếp »"."""
    jump = story.opts.get("jump")
    br = bool(story.opts.get("br"))
    if jump is None:
        return render_blocks(story.blocks, br) + drive_frame(story)
    if cut:
        return (
            render_blocks(story.blocks[:jump], br)
            + f'\n<div class="jump-link"><a href="{post_path(story)}#more" '
            f'title="{esc(story.title)}">Đọc tiếp »</a></div>'
        )
    return (
        render_blocks(story.blocks[:jump], br)
        + '\n<a name="more"></a>\n'
        + render_blocks(story.blocks[jump:], br)
        + drive_frame(story)
    )


def labels(story: Story) -> str:
    links = ", ".join(
        f'<a href="/nhan/{t}" rel="tag">{esc(TAGS[t])}</a>' for t in story.opts.get("tags", [])
    )
    return f'<span class="post-labels">Nhãn: {links}</span>'


def post_entry(story: Story, in_list: bool) -> str:
    """One post as Blogger prints it; the lists repeat it (title linked, body cut at the jump)."""
    title = esc(story.title)
    heading = f'<a href="{post_path(story)}">{title}</a>' if in_list else title
    ncomments = len(story.opts.get("comments", []))
    count = f"{ncomments} nhận xét" if ncomments else "Không có nhận xét nào"
    share_url = "http://pgddaksong.edu.vn" + post_path(story)
    return f"""<div class="post hentry" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<a name="{story.id}"></a>
<h3 class="post-title entry-title" itemprop="name">{heading}</h3>
<div class="post-header"><div class="post-header-line-1">
<span class="post-timestamp"><a class="timestamp-link" href="{post_path(story)}" rel="bookmark"
title="liên kết vĩnh viễn">{esc(date_line(story))}</a></span>
<span class="post-category">Chuyên mục: <a href="/chuyen-muc/{story.cat}/trang-1">{esc(CATEGORIES[story.cat])}</a></span>
</div></div>
<div class="post-body entry-content" id="post-body-{story.id}" itemprop="description articleBody">
{post_body(story, cut=in_list)}
<div style="clear: both;"></div>
</div>
<div class="post-footer">
<div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">Đăng bởi <span class="fn" itemprop="author">{esc(story.opts["by"])}</span></span>
<span class="post-comment-link"><a class="comment-link" href="{post_path(story)}#comments">{count}</a></span>
</div>
<div class="post-share-buttons goog-inline-block">
<a class="goog-inline-block share-button sb-email" href="mailto:?subject={esc(story.title)}&amp;body={share_url}" title="Gửi email bài đăng này">Gửi email bài đăng này</a>
<a class="goog-inline-block share-button sb-facebook" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" title="Chia sẻ lên Facebook">Chia sẻ lên Facebook</a>
<a class="goog-inline-block share-button sb-print" href="javascript:window.print()" title="In bài viết">In bài</a>
</div>
<div class="post-footer-line post-footer-line-2">{labels(story)}</div>
</div>
</div>"""


def newest_first() -> list[Story]:
    return sorted(STORIES, key=lambda s: s.published_at, reverse=True)


def snippet(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first[:110].rsplit(" ", 1)[0] + "..."


def sidebar() -> str:
    popular = "".join(
        f'<li><div class="item-title"><a href="{post_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></div>'
        f'<div class="item-snippet">{esc(snippet(BY_ID[i]))}</div>'
        f'<div class="item-date">{_ymd(BY_ID[i])[2]:02d}/{_ymd(BY_ID[i])[1]:02d}/2026</div></li>'
        for i in POPULAR
    )
    months: dict[str, list[Story]] = {}
    for s in newest_first():
        months.setdefault(month_key(s), []).append(s)
    tree = []
    for key, posts in months.items():
        m = int(key[5:])
        if m == 12:
            titles = "".join(
                f'<li><a href="{post_path(s)}">{esc(s.title)}</a></li>' for s in posts
            )
            tree.append(
                f'<li class="archivedate expanded"><a class="toggle" href="javascript:void(0)">▼</a> '
                f'<a class="post-count-link" href="/luu-tru/{key}">tháng {m}</a> '
                f'<span class="post-count" dir="ltr">({len(posts)})</span><ul class="posts">{titles}</ul></li>'
            )
        else:
            tree.append(
                f'<li class="archivedate collapsed"><a class="toggle" href="javascript:void(0)">►</a> '
                f'<a class="post-count-link" href="/luu-tru/{key}">tháng {m}</a> '
                f'<span class="post-count" dir="ltr">({len(posts)})</span></li>'
            )
    cloud = " ".join(
        f'<span class="label-size label-size-{1 + n % 4}"><a dir="ltr" href="/nhan/{t}">{esc(name)}</a>'
        f'<span class="label-count" dir="ltr">({sum(t in s.opts["tags"] for s in STORIES)})</span></span>'
        for n, (t, name) in enumerate(TAGS.items())
    )
    return f"""<div class="sidebar" id="sidebar-right-1">
<div class="widget PopularPosts" id="PopularPosts1"><h2>Bài đăng phổ biến</h2>
<div class="widget-content popular-posts"><ul>{popular}</ul></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Lưu trữ blog</h2>
<div class="widget-content"><div id="ArchiveList"><ul class="hierarchy">
<li class="archivedate expanded"><a class="toggle" href="javascript:void(0)">▼</a>
<a class="post-count-link" href="/luu-tru/2026-12">2026</a> <span class="post-count" dir="ltr">({len(STORIES)})</span>
<ul class="hierarchy">{"".join(tree)}</ul></li></ul></div></div></div>
<div class="widget Label" id="Label1"><h2>Nhãn</h2><div class="widget-content cloud-label-widget-content">{cloud}</div></div>
<div class="widget Poll" id="Poll1"><h2>Thăm dò ý kiến</h2><div class="widget-content">
<form action="/binh-chon/gui" method="post"><p>Bạn đánh giá thế nào về website của Phòng?</p>
<label><input name="y" type="radio" value="1"> Rất hữu ích</label><br>
<label><input name="y" type="radio" value="2"> Hữu ích</label><br>
<label><input name="y" type="radio" value="3"> Cần cải thiện</label><br>
<input type="submit" value="Bình chọn"></form></div></div>
<div class="widget LinkList" id="LinkList1"><h2>Liên kết</h2><div class="widget-content"><ul>
<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://sgddt.daknong.gov.vn" target="_blank">Sở GD&amp;ĐT Đắk Nông</a></li>
<li><a href="https://daksong.daknong.gov.vn" target="_blank">Cổng TTĐT huyện Đắk Song</a></li>
<li><a href="https://vnedu.vn" target="_blank">Sổ liên lạc điện tử vnEdu</a></li></ul></div></div>
<div class="widget Stats" id="Stats1"><h2>Thống kê truy cập</h2><div class="widget-content">
<p>Đang online: 14</p><p>Hôm nay: 382</p><p>Tổng truy cập: 1.254.908</p>
<p class="counter">Số lượt xem trang: <span class="counter-wrapper">123456</span></p></div></div>
</div>"""


MENU = [
    ("/", "Trang chủ"),
    ("/trang/gioi-thieu", "Giới thiệu"),
    *[(f"/chuyen-muc/{k}/trang-1", v) for k, v in CATEGORIES.items()],
    ("/trang/lien-he", "Liên hệ"),
]


def layout(title: str, main: str, crumbs: str = "") -> str:
    menu = "".join(f'<li><a href="{href}">{esc(label)}</a></li>' for href, label in MENU)
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi">
<head>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="width=1100" name="viewport">
<title>{esc(title)}</title>
<link href="/static/favicon.ico" rel="icon" type="image/x-icon">
<link href="/static/css/blog-style.css" rel="stylesheet" type="text/css">
<script src="/static/js/jquery-1.12.4.min.js" type="text/javascript"></script>
</head>
<body class="variant-simplysimple">
<div class="content-outer">
<div class="topbar"><span class="today">{HEADER_TODAY}</span>
<span class="hotline">Đường dây nóng: 0261 3 541 234</span></div>
<header><div class="header-outer"><div class="Header" id="Header1">
<a href="/"><img alt="{esc(SITE_TITLE)}" height="120" id="Header1_headerimg" src="/static/banner-pgd-daksong.jpg" width="1100"></a>
<div class="descriptionwrapper"><p class="description"><span>{esc(SITE_LONG)}</span></p></div>
</div></div></header>
<div class="tabs-outer"><div class="PageList" id="PageList1"><ul class="menu">{menu}</ul></div></div>
<div class="main-outer"><div class="columns"><div class="main-inner">
<div class="column-center-outer"><div class="main section" id="main">
{crumbs}
<div class="blog-posts hfeed">
{main}
</div>
</div></div>
<div class="column-right-outer">{sidebar()}</div>
</div></div></div>
<footer><div class="footer-outer">
<p><b>{esc(SITE_LONG)}</b></p>
<p>Địa chỉ: Tổ dân phố 3, thị trấn Đức An, huyện Đắk Song, tỉnh Đắk Nông</p>
<p>Điện thoại: 0261 3 541 234 - Email: pgddaksong@daknong.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Trưởng phòng Phòng GD&amp;ĐT huyện Đắk Song</p>
<p class="credit">Thiết kế và vận hành: Website trường học - VietSchool Soft</p>
</div></footer>
</div>
</body>
</html>"""


def pager(newer: str | None, older: str | None, home: bool = True) -> str:
    out = ['<div class="blog-pager" id="blog-pager">']
    if newer:
        out.append(f'<span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="{newer}">« Bài mới hơn</a></span>')
    if older:
        out.append(f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="{older}">Bài cũ hơn »</a></span>')
    if home:
        out.append('<a class="home-link" href="/">Trang chủ</a>')
    out.append("</div>")
    return "\n".join(out)


def list_page(title: str, posts: list[Story], page: int, base: str | None, status_line: str = "",
              crumbs: str = "") -> Response | None:
    """A full-text list: ``base`` + "/trang-<n>" pages of 4, or (base None) all at once."""
    if base is None:
        shown, newer, older = posts, None, None
    else:
        pages = max(1, -(-len(posts) // PER_PAGE))
        if not 1 <= page <= pages:
            return None
        shown = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
        newer = (("/" if base == "/trang-chu" else f"{base}/trang-1") if page == 2 else f"{base}/trang-{page - 1}") if page > 1 else None
        older = f"{base}/trang-{page + 1}" if page < pages else None
    if not shown:
        return None
    status = f'<div class="status-msg-wrap"><div class="status-msg-body">{status_line}</div></div>' if status_line else ""
    entries = "\n".join(
        f'<div class="date-outer"><div class="date-posts"><div class="post-outer">{post_entry(s, True)}</div></div></div>'
        for s in shown
    )
    main = f"{status}\n{entries}\n{pager(newer, older, home=base != '/trang-chu' or page > 1)}"
    return html(layout(title, main, crumbs))


def comments_block(story: Story) -> str:
    comments = story.opts.get("comments", [])
    items = []
    for n, (name, hm, d, m, body) in enumerate(comments):
        ms = comment_ms(story, n)
        items.append(
            f'<dt class="comment-author" id="c{ms}"><a name="c{ms}"></a>{esc(name)} đã nói...</dt>'
            f'<dd class="comment-body"><p>{esc(body)}</p></dd>'
            f'<dd class="comment-footer"><span class="comment-timestamp">'
            f'<a href="{post_path(story)}?showComment={ms}#c{ms}" title="liên kết nhận xét">'
            f"lúc {hm} {d} tháng {m}, 2026</a></span></dd>"
        )
    head = f"{len(comments)} nhận xét:" if comments else "Không có nhận xét nào:"
    return f"""<div class="comments" id="comments"><a name="comments"></a>
<h4>{head}</h4>
<div id="comments-block-wrapper"><dl class="avatar-comment-indent" id="comments-block">{"".join(items)}</dl></div>
<p class="comment-footer"><a href="#comment-form">Đăng nhận xét</a></p>
<div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Đăng nhận xét</h4>
<form action="/binh-luan/gui" method="post"><input name="postID" type="hidden" value="{story.id}">
<input name="name" placeholder="Họ tên" type="text"><input name="email" placeholder="Email" type="text">
<textarea name="content" rows="5"></textarea><input type="submit" value="Xuất bản"></form></div>
</div>"""


def post_page(story: Story) -> Response:
    order = newest_first()
    i = order.index(story)
    newer = post_path(order[i - 1]) if i > 0 else None
    older = post_path(order[i + 1]) if i + 1 < len(order) else None
    nav = ['<div class="blog-pager" id="blog-pager">']
    if newer:
        nav.append(f'<span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="{newer}" title="Bài đăng Mới hơn">Bài đăng Mới hơn</a></span>')
    if older:
        nav.append(f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="{older}" title="Bài đăng Cũ hơn">Bài đăng Cũ hơn</a></span>')
    nav.append('<a class="home-link" href="/">Trang chủ</a></div>')
    crumbs = (
        '<div class="breadcrumbs"><a href="/">Trang chủ</a> › '
        f'<a href="/chuyen-muc/{story.cat}/trang-1">{esc(CATEGORIES[story.cat])}</a></div>'
    )
    main = (
        f'<div class="date-outer"><div class="date-posts"><div class="post-outer">{post_entry(story, False)}'
        f'\n{comments_block(story)}</div></div></div>\n' + "\n".join(nav)
    )
    return html(layout(f"{story.title} | {SITE_TITLE}", main, crumbs))


STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        [
            "Phòng Giáo dục và Đào tạo huyện Đắk Song là cơ quan chuyên môn thuộc UBND huyện, tham "
            "mưu giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.",
            "Năm học 2026-2027, Phòng quản lý 38 trường mầm non, tiểu học và THCS với hơn 17.000 "
            "học sinh và gần 1.100 cán bộ, giáo viên, nhân viên.",
            "Lãnh đạo Phòng gồm Trưởng phòng và 2 Phó Trưởng phòng; các bộ phận: Văn phòng, Tổ "
            "Mầm non, Tổ Tiểu học, Tổ THCS.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐẮK SONG",
            "Địa chỉ: Tổ dân phố 3, thị trấn Đức An, huyện Đắk Song, tỉnh Đắk Nông.",
            "Điện thoại: 0261 3 541 234 - Email: pgddaksong@daknong.edu.vn",
            "Giờ làm việc: sáng 7 giờ 00 - 11 giờ 30, chiều 13 giờ 30 - 17 giờ 00 (thứ Hai đến thứ Sáu).",
        ],
    ),
}


def static_page(slug: str) -> Response:
    title, paras = STATIC_PAGES[slug]
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    if slug == "lien-he":
        body += (
            '\n<form action="/lien-he/gui" method="post"><input name="hoten" placeholder="Họ và tên">'
            '<input name="email" placeholder="Email"><textarea name="noidung"></textarea>'
            '<input type="submit" value="Gửi liên hệ"></form>'
        )
    main = f"""<div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">{esc(title)}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content">{body}</div>
<div class="post-footer"></div></div></div>"""
    return html(layout(f"{title} | {SITE_TITLE}", main))


class ListingFulltextSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/static/", "/uploads/")) or path == "/favicon.ico":
            return static_file(path)
        posts = newest_first()
        if path == "/":
            return list_page(SITE_TITLE, posts, 1, "/trang-chu")
        if m := re.fullmatch(r"/trang-chu/trang-([0-9]+)", path):
            n = int(m.group(1))
            return list_page(f"Trang {n} | {SITE_TITLE}", posts, n, "/trang-chu") if n > 1 else None
        if m := re.fullmatch(r"/bai-viet/([0-9]+)/([a-z0-9-]+)", path):
            story = BY_ID.get(int(m.group(1)))
            if story is None or story.slug != m.group(2):
                return None
            if request.query and set(request.params) != {"showComment"}:
                return None
            return post_page(story)
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)/trang-([0-9]+)", path):
            key = m.group(1)
            if key not in CATEGORIES:
                return None
            name = CATEGORIES[key]
            crumbs = f'<div class="breadcrumbs"><a href="/">Trang chủ</a> › {esc(name)}</div>'
            return list_page(
                f"{name} | {SITE_TITLE}",
                [s for s in posts if s.cat == key],
                int(m.group(2)),
                f"/chuyen-muc/{key}",
                crumbs=crumbs,
            )
        if m := re.fullmatch(r"/nhan/([a-z0-9-]+)", path):
            key = m.group(1)
            if key not in TAGS:
                return None
            line = (
                f"Hiển thị các bài đăng có nhãn <b>{esc(TAGS[key])}</b>. "
                '<a href="/">Hiển thị tất cả bài đăng</a>'
            )
            return list_page(
                f"{SITE_TITLE}: {TAGS[key]}", [s for s in posts if key in s.opts["tags"]], 1, None, line
            )
        if m := re.fullmatch(r"/luu-tru/(2026-[0-9]{2})", path):
            key = m.group(1)
            line = f"Các bài đăng lưu trữ tháng {int(key[5:])}/2026"
            return list_page(
                f"{SITE_TITLE}: tháng {int(key[5:])} 2026", [s for s in posts if month_key(s) == key], 1, None, line
            )
        if m := re.fullmatch(r"/trang/([a-z0-9-]+)", path):
            return static_page(m.group(1)) if m.group(1) in STATIC_PAGES else None
        return None


def build_site() -> ListingFulltextSite:
    return ListingFulltextSite()
