"""Phòng GD&ĐT thị xã Hương Trà (Thừa Thiên Huế) on WordPress 6.x with the block editor
(Gutenberg) and a "Newsup"-like free news theme, plus the plugins a school office installs.

Platform
--------
WordPress 6.6, pretty permalinks ``/%year%/%monthnum%/%postname%/``, category base ``chuyen-muc``,
tag base ``the``, author base ``tac-gia``. The theme is Newsup-like (Themeansar): its own classes
``.mg-header``, ``.mg-blog-post-box``, ``.mg-blog-date``, ``.mg-sidebar``, ``.mg-posts-sec-post``.
A post page::

    <div class="mg-blog-post-box">
      <div class="mg-header">
        <div class="mg-blog-category"><a href="/chuyen-muc/…/">Chuyên môn</a></div>
        <h1 class="title single"><a title="Liên kết đến: …">Headline</a></h1>
        <div class="media mg-info-author-block"> avatar, <h4>Đăng bởi: <a href=/tac-gia/…>admin</a></h4>
          <span class="mg-blog-date"><i class="fas fa-clock"></i> Tháng Mười Một 20, 2026</span>
          "Link rút gọn: http://…/?p=1178" </div>
      </div>
      <article class="small single"> Gutenberg blocks, then — all INSIDE the content column —
        Easy Table of Contents (top of long posts), kk Star Ratings, Shared Counts buttons,
        Simple Author Box (staff account), the theme's after-content contact block, the Newsletter
        plugin's "Đăng ký nhận bản tin" box, tags </article>
      "Bài viết liên quan" (3 cards), comment form
    </div>
    <aside class="mg-sidebar"> search, Bài viết mới, Lưu trữ, calendar, Lượt truy cập, Liên kết

Dates: the theme prints WordPress's Vietnamese ``F j, Y`` ("Tháng Mười Một 20, 2026"); the head
has ``article:published_time`` with a time the page never prints; listings print the same form.
The top bar prints today ("Thứ Tư, 25 Tháng Mười Một, 2026").

URL scheme
----------
- ``/`` home (3 posts a page, ``/page/2/`` … ``/page/5/``); ``/<yyyy>/<mm>/<slug>/`` posts
  (without the slash: 301 to it, WordPress's redirect_canonical).
- ``/?p=<id>`` shortlink (``<link rel=shortlink>`` and the "Link rút gọn" line): the same post,
  served 200 with rel=canonical to the permalink; ``/<yyyy>/<mm>/<slug>/?amp=1`` the AMP
  plugin's Reader-mode twin (``<link rel=amphtml>``), simpler markup, canonical to the permalink.
- ``/chuyen-muc/<slug>/`` (+ ``page/N/``), ``/the/<slug>/``, ``/tac-gia/<login>/``,
  ``/2026/11/`` month and ``/2026/11/20/`` day archives, ``/?s=…`` search (``&paged=N``),
  ``/feed/`` RSS (10 newest), ``/wp-json/`` and ``/wp-json/wp/v2/posts/<id>`` JSON.
- WordPress pages ``/gioi-thieu/`` and ``/lien-he/`` (Contact Form 7), the image attachment page
  ``/2026/11/<slug>/anh-1/`` (title "anh-1"), uploads ``/wp-content/uploads/2026/<mm>/…``.

How each gold article is reached
--------------------------------
Home pages 1-5 (newest first), the category pages, month/day archives (the calendar widget links
the November days with posts, "« Th10" the October month), "Bài viết mới" (5 newest), the related
cards (3 newest of the same category), the feed (10 newest). The "Tập huấn ứng dụng trí tuệ nhân
tạo" post (the oldest of the 5 Chuyên môn posts) is in no related deck, not in "Bài viết mới", not in the feed:
only on ``/page/4/``, ``/chuyen-muc/chuyen-mon/page/2/`` and ``/2026/10/``.

Traps
-----
- Plugin widgets inside the content column: the TOC box (its list repeats every heading),
  the star rating, share buttons, author box with a bio line, the contact block (address,
  phone, e-mail lines as ``<p>``), the newsletter form, tags, related cards.
- Twins: shortlink ``/?p=<id>`` and AMP ``?amp=1`` (gold alt_paths).
- Listings that look like posts: day/month archives, author, tag, search pages; the pages
  Giới thiệu / Liên hệ; the attachment page "anh-1" (has a date and "Đăng bởi").
- Captions: figcaption, or (two posts) a centred small paragraph right under the figure; one
  gallery of 4 photos with captions on 2.
- Bylines: "Tin và ảnh: X" (both), "Bài: X – Ảnh: Y", a bare right-aligned name followed by the
  person's school (not body, not the name), "Người đưa tin: X", "ThS. X – Tổ …" (degree and unit
  dropped), "Tin: X – Ảnh: Internet" (no photographer). Without a byline the theme's "Đăng bởi"
  account decides: "admin" gives nobody, "Trần Thị Thu Hà" (with her author box) is the author.
- One post's text starts "Ngày 18/11/2026, …" while it is dated Tháng Mười Một 20, 2026.
- A notice whose body is two paragraphs and a PDF file block ("Tải xuống").
- A notice signed "BBT" (the editorial board, not a person: no author); its headline is printed
  with a capitalised "THÔNG BÁO:" prefix, kept in the title.

Gold decisions
--------------
title: the h1; published_at: the printed day (no time); summary: a bold first paragraph only;
body: the Gutenberg blocks (headings, list items, table rows with cells joined by " | ", quote
and pullquote paragraphs); not the separator, captions, bylines, source line, widgets; images:
the content photos (gallery included) with their caption; category: the theme's category label.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import unicodedata
from urllib.parse import quote

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

NAME = "wp_toc_contact_pgd"
PLATFORM = "WordPress 6.x (Gutenberg) + Newsup-like theme, ez-TOC, kk Star Ratings, AMP"
START_PATH = "/"

SITE_TITLE = "Phòng GD&ĐT thị xã Hương Trà"
SITE_DESC = "Cổng thông tin điện tử Phòng Giáo dục và Đào tạo thị xã Hương Trà"
TOP_DATE = "Thứ Tư, 25 Tháng Mười Một, 2026"
PER_PAGE = 3

CATEGORIES = {
    "tin-tuc-giao-duc": "Tin tức giáo dục",
    "chuyen-mon": "Chuyên môn",
    "van-ban-thong-bao": "Văn bản – Thông báo",
    "guong-sang": "Gương sáng",
}
TAGS = {
    "nha-giao": "Nhà giáo",
    "tieu-hoc": "Tiểu học",
    "thcs": "THCS",
    "doc-sach": "Đọc sách",
    "thi-dua": "Thi đua",
    "kiem-tra-danh-gia": "Kiểm tra đánh giá",
    "tri-tue-nhan-tao": "Trí tuệ nhân tạo",
    "phong-chong-thien-tai": "Phòng chống thiên tai",
    "mam-non": "Mầm non",
}
USERS = {"admin": "admin", "thuha": "Trần Thị Thu Hà"}

S_KYNIEM = "huong-tra-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam"
S_NANGLUCDOC = "ke-hoach-chuyen-de-phat-trien-nang-luc-doc-cho-hoc-sinh-tieu-hoc"
S_HOAITHUONG = "co-giao-nguyen-thi-hoai-thuong-15-nam-gieo-chu-vung-go-doi"
S_TIEPDAN = "thong-bao-lich-tiep-cong-dan-thang-12-2026"
S_DOCSACH = "truong-th-huong-van-to-chuc-ngay-hoi-doc-sach-nam-2026"
S_GVCN = "hoi-thi-giao-vien-chu-nhiem-gioi-cap-thi-xa-bac-thcs"
S_NCBH = "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan"
S_GIUAKY = "huong-dan-kiem-tra-danh-gia-giua-hoc-ky-i-nam-hoc-2026-2027"
S_BAONGOC = "em-tran-bao-ngoc-vuot-kho-gianh-giai-nhat-hoc-sinh-gioi"
S_NGHIHOC = "thong-bao-hoc-sinh-nghi-hoc-ngay-03-11-2026-do-mua-lon"
S_BAOLU = "trien-khai-cong-tac-phong-chong-thien-tai-nam-2026"
S_AI = "tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc-thcs"
S_MAMNON = "cong-nhan-ket-qua-hoi-thi-giao-vien-day-gioi-bac-mam-non"
S_THUVIEN = "thay-le-van-cuong-va-mo-hinh-thu-vien-xanh"

ATTACHMENT = (S_GVCN, "anh-1", 1183)


def up(month: int, name: str) -> str:
    return f"/wp-content/uploads/2026/{month:02d}/{name}"


# --- the posts ------------------------------------------------------------------------------
#
# opts: id (post ID), time (article:published_time clock), user, tags, toc, rating (score,
# votes). P styles: "" paragraph, "lead" (bold first paragraph), "h2"/"h3" (headings, TOC
# anchors), "ol"/"ul" list items, "th"/"td" table rows, "quote", "pull". Img styles: "fig"
# (figcaption), "cp" (centred small paragraph under the figure), "gal" (gallery item),
# "att" (figure linked to its attachment page).

STORIES: list[Story] = [
    Story(
        1195,
        S_KYNIEM,
        "Hương Trà tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-giao-duc",
        "2026-11-23",
        [
            P(
                "Sáng 19/11, Phòng GD&ĐT thị xã Hương Trà long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương 64 nhà giáo tiêu biểu "
                "năm học 2025-2026.",
                "lead",
            ),
            P(
                "Đến dự buổi lễ có lãnh đạo Thị ủy, HĐND, UBND thị xã, đại diện Sở GD&ĐT cùng hơn 250 "
                "cán bộ quản lý, giáo viên các trường mầm non, tiểu học và THCS trên địa bàn."
            ),
            Img(
                up(11, "le-ky-niem-20-11-1-1024x683.jpg"),
                "Quang cảnh Lễ kỷ niệm tại Hội trường Trung tâm Văn hóa thị xã",
                "Quang cảnh Lễ kỷ niệm tại Hội trường Trung tâm Văn hóa thị xã",
                "fig",
            ),
            P(
                "Phát biểu tại buổi lễ, ông Nguyễn Văn Thành, Trưởng phòng GD&ĐT, điểm lại những kết "
                "quả nổi bật của năm học vừa qua: toàn thị xã có 38/42 trường đạt chuẩn quốc gia; tỷ lệ "
                "học sinh hoàn thành chương trình tiểu học đạt 99,9%; 57 học sinh đạt giải học sinh "
                "giỏi cấp tỉnh, tăng 12 giải so với năm trước."
            ),
            P(
                "Ông cũng nhấn mạnh nhiệm vụ trọng tâm của năm học 2026-2027 là tiếp tục thực hiện "
                "Chương trình GDPT 2018, đẩy mạnh chuyển đổi số trong quản lý và dạy học, nâng cao "
                "chất lượng đội ngũ và xây dựng môi trường học đường an toàn, thân thiện."
            ),
            Img(
                up(11, "le-ky-niem-20-11-2-1024x683.jpg"),
                "Lãnh đạo thị xã trao Giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo thị xã trao Giấy khen cho các nhà giáo tiêu biểu",
                "fig",
            ),
            P(
                "Dịp này, Chủ tịch UBND thị xã tặng Giấy khen cho 64 nhà giáo có thành tích xuất sắc; "
                "Phòng GD&ĐT trao thưởng cho 21 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh."
            ),
            Raw('<p class="has-text-align-right"><strong>Tin và ảnh: Lê Quang Huy</strong></p>'),
        ],
        authors=["Lê Quang Huy"],
        photographers=["Lê Quang Huy"],
        summary=(
            "Sáng 19/11, Phòng GD&ĐT thị xã Hương Trà long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương 64 nhà giáo tiêu biểu "
            "năm học 2025-2026."
        ),
        opts={"time": "16:40:02", "user": "admin", "tags": ["nha-giao", "thi-dua"],
              "rating": ("4.8", 21)},
    ),
    Story(
        1182,
        S_GVCN,
        "Hội thi Giáo viên chủ nhiệm lớp giỏi cấp thị xã bậc THCS năm học 2026-2027",
        "chuyen-mon",
        "2026-11-20",
        [
            P(
                "Ngày 18/11/2026, tại Trường THCS Hương Vân, Phòng GD&ĐT thị xã Hương Trà tổ chức "
                "khai mạc Hội thi Giáo viên chủ nhiệm lớp giỏi cấp thị xã bậc THCS năm học 2026-2027."
            ),
            P(
                "Tham gia hội thi có 32 giáo viên đến từ 11 trường THCS. Mỗi giáo viên trải qua hai "
                "phần thi: trình bày biện pháp giáo dục học sinh và tổ chức một tiết sinh hoạt lớp "
                "theo chủ đề tại trường sở tại."
            ),
            Img(
                up(11, "hoi-thi-gvcn-thcs-1024x768.jpg"),
                "Cô Trần Thị Ngọc Ánh (THCS Hương Xuân) trình bày biện pháp giáo dục",
                "Cô Trần Thị Ngọc Ánh (THCS Hương Xuân) trình bày biện pháp giáo dục",
                "att",
            ),
            P(
                "Nhiều biện pháp được đánh giá cao như “Xây dựng nhóm bạn đồng hành giúp học sinh "
                "hòa nhập”, “Sử dụng nhật ký cảm xúc trong công tác chủ nhiệm” hay “Phối hợp với cha "
                "mẹ học sinh qua nhóm Zalo lớp học”."
            ),
            P(
                "Hội thi kéo dài đến hết ngày 21/11/2026; kết quả sẽ được công bố tại Hội nghị sơ kết "
                "học kỳ I."
            ),
            Raw('<p class="has-text-align-right"><em>Người đưa tin: Võ Thị Lan</em></p>'),
        ],
        authors=["Võ Thị Lan"],
        opts={"time": "15:05:31", "user": "admin", "tags": ["thcs", "thi-dua"],
              "rating": ("4.5", 8)},
    ),
    Story(
        1178,
        S_NANGLUCDOC,
        "Kế hoạch triển khai chuyên đề “Phát triển năng lực đọc cho học sinh tiểu học” năm học 2026-2027",
        "chuyen-mon",
        "2026-11-20",
        [
            P(
                "Căn cứ Kế hoạch số 1520/KH-SGDĐT ngày 05/10/2026 của Sở GD&ĐT về thực hiện nhiệm vụ "
                "giáo dục tiểu học, Phòng GD&ĐT thị xã Hương Trà xây dựng kế hoạch triển khai chuyên "
                "đề “Phát triển năng lực đọc cho học sinh tiểu học” như sau."
            ),
            P("1. Mục tiêu", "h2"),
            P(
                "Nâng cao kỹ năng đọc hiểu, đọc mở rộng của học sinh; hình thành thói quen đọc sách "
                "hằng ngày; giúp giáo viên đổi mới phương pháp dạy học phân môn Đọc trong môn Tiếng Việt."
            ),
            P("2. Nội dung và giải pháp", "h2"),
            P("2.1. Đối với nhà trường", "h3"),
            P("Xây dựng góc đọc sách tại mỗi lớp học, bổ sung ít nhất 30 đầu sách phù hợp lứa tuổi.", "ul"),
            P("Bố trí tiết đọc thư viện ít nhất 1 tiết/tuần trong thời khóa biểu.", "ul"),
            P("Phát động phong trào “Mỗi tuần một cuốn sách” gắn với thi đua của lớp.", "ul"),
            P("2.2. Đối với giáo viên", "h3"),
            P("Thiết kế hoạt động đọc theo ba giai đoạn: trước khi đọc, trong khi đọc và sau khi đọc.", "ol"),
            P("Sử dụng phiếu đọc sách, nhật ký đọc để theo dõi tiến bộ của học sinh.", "ol"),
            P("Phối hợp với cha mẹ học sinh duy trì 15 phút đọc sách mỗi tối tại nhà.", "ol"),
            P("3. Lịch tổ chức chuyên đề cấp cụm", "h2"),
            P("Thời gian | Đơn vị tổ chức | Cụm trường | Người phụ trách", "th"),
            P("25/11/2026 | TH Hương Văn | Cụm 1 (phía Bắc) | Trần Thị Thu Hà", "td"),
            P("02/12/2026 | TH Tứ Hạ | Cụm 2 (trung tâm) | Nguyễn Văn Thành", "td"),
            P("09/12/2026 | TH Hương Toàn | Cụm 3 (phía Nam) | Trần Thị Thu Hà", "td"),
            P("16/12/2026 | TH Bình Tiến | Cụm 4 (miền núi) | Lê Thị Minh Nguyệt", "td"),
            Raw('<hr class="wp-block-separator has-alpha-channel-opacity"/>'),
            P("4. Tổ chức thực hiện", "h2"),
            P(
                "Hiệu trưởng các trường tiểu học chịu trách nhiệm cử giáo viên dự chuyên đề đầy đủ, "
                "tổ chức triển khai tại đơn vị và báo cáo kết quả về Phòng GD&ĐT (qua bộ phận Tiểu học) "
                "trước ngày 25/12/2026."
            ),
            P(
                "Đọc sách không chỉ là một kỹ năng học tập, mà là cánh cửa mở ra thế giới cho mỗi "
                "em học sinh.",
                "quote",
            ),
        ],
        authors=["Trần Thị Thu Hà"],
        opts={"time": "08:12:45", "user": "thuha", "tags": ["tieu-hoc", "doc-sach"], "toc": True,
              "rating": ("4.6", 12)},
    ),
    Story(
        1163,
        S_HOAITHUONG,
        "Cô giáo Nguyễn Thị Hoài Thương – 15 năm gieo chữ ở vùng gò đồi Hương Bình",
        "guong-sang",
        "2026-11-19",
        [
            P(
                "Mười lăm năm gắn bó với điểm trường Bình Dương của Trường TH Hương Bình, cô giáo "
                "Nguyễn Thị Hoài Thương đã giúp hàng trăm học trò vùng gò đồi biết đọc, biết viết và "
                "tự tin đến trường.",
                "lead",
            ),
            P(
                "Tốt nghiệp Trường Đại học Sư phạm Huế năm 2011, cô Thương xung phong về điểm trường "
                "cách trung tâm xã gần 12 km. Những năm đầu, đường vào điểm trường chỉ là lối đất đỏ, "
                "mùa mưa trơn trượt, có hôm cô phải dắt xe đi bộ hơn một giờ đồng hồ."
            ),
            Img(
                up(11, "co-hoai-thuong-lop-hoc-768x512.jpg"),
                "Cô Hoài Thương trong giờ học Tiếng Việt với học sinh lớp 2",
                "Cô Hoài Thương trong giờ học Tiếng Việt với học sinh lớp 2",
                "cp",
            ),
            P(
                "Phần lớn học sinh của cô là con em đồng bào dân tộc Pa Kô, nhiều em khi vào lớp 1 chưa "
                "nói thạo tiếng Việt. Cô tự học tiếng Pa Kô, soạn bộ thẻ từ song ngữ và tổ chức các "
                "trò chơi ghép chữ để các em làm quen với mặt chữ."
            ),
            P(
                "Mỗi đứa trẻ đến lớp là một niềm vui. Tôi chỉ mong các em đọc thông, viết thạo để sau "
                "này có thể tự mình đi xa hơn.",
                "pull",
            ),
            P(
                "Nhiều năm liền, lớp do cô chủ nhiệm có 100% học sinh hoàn thành chương trình lớp học. "
                "Cô hai lần đạt danh hiệu Giáo viên dạy giỏi cấp tỉnh và được Chủ tịch UBND tỉnh tặng "
                "Bằng khen năm 2025."
            ),
            Img(
                up(11, "co-hoai-thuong-tham-hoc-sinh-768x512.jpg"),
                "Cô Thương đến thăm gia đình học sinh sau giờ học",
                "Cô Thương đến thăm gia đình học sinh sau giờ học",
                "cp",
            ),
            P(
                "Ngoài giờ lên lớp, cô còn vận động các nhà hảo tâm tặng hơn 300 bộ sách giáo khoa, "
                "áo ấm và xe đạp cho học sinh có hoàn cảnh khó khăn."
            ),
            Raw(
                '<p class="has-text-align-right"><strong>Bài: Nguyễn Thị Mai – Ảnh: Hồ Văn Tài'
                "</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Mai"],
        photographers=["Hồ Văn Tài"],
        summary=(
            "Mười lăm năm gắn bó với điểm trường Bình Dương của Trường TH Hương Bình, cô giáo "
            "Nguyễn Thị Hoài Thương đã giúp hàng trăm học trò vùng gò đồi biết đọc, biết viết và "
            "tự tin đến trường."
        ),
        opts={"time": "09:30:10", "user": "admin", "tags": ["nha-giao", "tieu-hoc"],
              "rating": ("5", 34)},
    ),
    Story(
        1151,
        S_TIEPDAN,
        "Thông báo lịch tiếp công dân của Lãnh đạo Phòng GD&ĐT tháng 12/2026",
        "van-ban-thong-bao",
        "2026-11-18",
        [
            P(
                "Phòng GD&ĐT thị xã Hương Trà thông báo lịch tiếp công dân định kỳ của Lãnh đạo Phòng "
                "trong tháng 12/2026 vào các ngày thứ Năm hằng tuần, tại phòng tiếp công dân (tầng 1, "
                "số 12 Lý Thần Tông, phường Tứ Hạ)."
            ),
            P(
                "Công dân có nhu cầu phản ánh, kiến nghị vui lòng mang theo giấy tờ tùy thân và tài "
                "liệu liên quan. Chi tiết xem tệp đính kèm dưới đây."
            ),
            Raw(
                '<div class="wp-block-file"><object class="wp-block-file__embed" '
                'data="{base}/wp-content/uploads/2026/11/lich-tiep-cong-dan-t12-2026.pdf" '
                'type="application/pdf" style="width:100%;height:600px" '
                'aria-label="Nhúng của lich-tiep-cong-dan-t12-2026"></object>'
                '<a id="wp-block-file--media-7c1" '
                'href="{base}/wp-content/uploads/2026/11/lich-tiep-cong-dan-t12-2026.pdf">'
                "lich-tiep-cong-dan-t12-2026</a>"
                '<a href="{base}/wp-content/uploads/2026/11/lich-tiep-cong-dan-t12-2026.pdf" '
                'class="wp-block-file__button wp-element-button" download '
                'aria-describedby="wp-block-file--media-7c1">Tải xuống</a></div>'
            ),
        ],
        opts={"time": "14:20:00", "user": "admin", "tags": []},
    ),
    Story(
        1140,
        S_DOCSACH,
        "Trường TH Hương Văn tổ chức Ngày hội đọc sách năm 2026",
        "tin-tuc-giao-duc",
        "2026-11-16",
        [
            P(
                "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, sáng 14/11, Trường TH "
                "Hương Văn tổ chức Ngày hội đọc sách với chủ đề “Sách – người bạn đồng hành” thu hút "
                "hơn 450 học sinh tham gia."
            ),
            P(
                "Ngày hội gồm nhiều hoạt động sôi nổi: trưng bày sách theo chủ đề, thi kể chuyện theo "
                "sách, vẽ tranh minh họa truyện, đố vui về nhân vật và đổi sách cũ lấy sách mới. Mỗi "
                "lớp dựng một gian sách với cách trang trí riêng."
            ),
            Img(up(11, "ngay-hoi-doc-sach-1-300x225.jpg"), "Gian trưng bày sách của lớp 4/2",
                "Gian trưng bày sách của lớp 4/2", "gal"),
            Img(up(11, "ngay-hoi-doc-sach-2-300x225.jpg"), None, None, "gal"),
            Img(up(11, "ngay-hoi-doc-sach-3-300x225.jpg"), "Học sinh thi kể chuyện theo sách",
                "Học sinh thi kể chuyện theo sách", "gal"),
            Img(up(11, "ngay-hoi-doc-sach-4-300x225.jpg"), None, None, "gal"),
            P(
                "Kết thúc ngày hội, nhà trường trao 18 giải cho các tiết mục kể chuyện, vẽ tranh và "
                "gian sách đẹp; đồng thời tiếp nhận hơn 600 cuốn sách do phụ huynh và cựu học sinh "
                "ủng hộ để bổ sung cho thư viện xanh."
            ),
            Raw(
                '<p class="has-text-align-right"><strong>Phan Thanh Sơn</strong></p>\n'
                '<p class="has-text-align-right"><em>Giáo viên Trường TH Hương Văn</em></p>'
            ),
        ],
        authors=["Phan Thanh Sơn"],
        opts={"time": "10:12:40", "user": "admin", "tags": ["doc-sach", "tieu-hoc"],
              "rating": ("4.7", 9)},
    ),
    Story(
        1126,
        S_NCBH,
        "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán cụm trường THCS phía Bắc",
        "chuyen-mon",
        "2026-11-12",
        [
            P(
                "Chiều 10/11, tại Trường THCS Hương Toàn, cụm trường THCS phía Bắc tổ chức sinh hoạt "
                "chuyên môn theo nghiên cứu bài học môn Toán với bài dạy “Hình thang cân” (Toán 8)."
            ),
            Img(
                up(11, "sinh-hoat-chuyen-mon-toan-768x576.jpg"),
                "Tiết dạy minh họa của thầy Đặng Hữu Phước, Trường THCS Hương Toàn",
                "Tiết dạy minh họa của thầy Đặng Hữu Phước, Trường THCS Hương Toàn",
                "cp",
            ),
            P(
                "Thay vì nhận xét, đánh giá giờ dạy của giáo viên, các thầy cô dự giờ tập trung quan "
                "sát hoạt động học của từng nhóm học sinh: các em tiếp nhận nhiệm vụ thế nào, gặp khó "
                "khăn ở đâu và giáo viên đã hỗ trợ ra sao."
            ),
            P(
                "Trong phần thảo luận, giáo viên cụm đề xuất điều chỉnh phiếu học tập, tăng thời gian "
                "cho hoạt động khám phá và sử dụng phần mềm GeoGebra để học sinh kiểm nghiệm tính chất "
                "của hình thang cân."
            ),
            P(
                "Buổi sinh hoạt giúp giáo viên chia sẻ kinh nghiệm, tháo gỡ khó khăn khi dạy học theo "
                "Chương trình GDPT 2018 và lan tỏa tinh thần học hỏi trong đội ngũ."
            ),
            Raw(
                '<p class="has-text-align-right"><strong><em>Tin, ảnh: Hoàng Minh Đức</em></strong></p>'
            ),
        ],
        authors=["Hoàng Minh Đức"],
        photographers=["Hoàng Minh Đức"],
        opts={"time": "17:48:09", "user": "admin", "tags": ["thcs"], "rating": ("4.4", 5)},
    ),
    Story(
        1117,
        S_GIUAKY,
        "Hướng dẫn tổ chức kiểm tra, đánh giá giữa học kỳ I năm học 2026-2027",
        "chuyen-mon",
        "2026-11-10",
        [
            P(
                "Thực hiện Công văn số 2148/SGDĐT-GDTrH của Sở GD&ĐT, Phòng GD&ĐT thị xã Hương Trà "
                "hướng dẫn các trường THCS tổ chức kiểm tra, đánh giá giữa học kỳ I năm học 2026-2027 "
                "như sau."
            ),
            P("1. Yêu cầu chung", "h2"),
            P("Đánh giá đúng thực chất, khách quan, công bằng; không gây áp lực cho học sinh.", "ul"),
            P("Đề kiểm tra bám sát yêu cầu cần đạt của chương trình, có ma trận và bản đặc tả.", "ul"),
            P("Kết hợp đánh giá bằng nhận xét và đánh giá bằng điểm số theo Thông tư 22/2021/TT-BGDĐT.", "ul"),
            P("2. Thời gian kiểm tra", "h2"),
            P("Môn | Khối lớp | Thời gian làm bài | Hình thức", "th"),
            P("Ngữ văn | 6, 7, 8, 9 | 90 phút | Tự luận", "td"),
            P("Toán | 6, 7, 8, 9 | 90 phút | Trắc nghiệm và tự luận", "td"),
            P("Tiếng Anh | 6, 7, 8, 9 | 60 phút | Trắc nghiệm và tự luận", "td"),
            P("Khoa học tự nhiên | 6, 7, 8, 9 | 60 phút | Trắc nghiệm và tự luận", "td"),
            P("3. Báo cáo kết quả", "h2"),
            P(
                "Các trường tổng hợp kết quả trên hệ thống cơ sở dữ liệu ngành và gửi báo cáo bằng văn "
                "bản về Phòng GD&ĐT (qua bộ phận THCS) trước ngày 30/11/2026."
            ),
            Raw(
                '<p class="has-text-align-right"><em>Nguồn: Sở GD&amp;ĐT Thừa Thiên Huế</em></p>'
            ),
        ],
        source="Sở GD&ĐT Thừa Thiên Huế",
        opts={"time": "07:55:00", "user": "admin", "tags": ["kiem-tra-danh-gia", "thcs"],
              "toc": True},
    ),
    Story(
        1102,
        S_BAONGOC,
        "Em Trần Bảo Ngọc – học sinh nghèo vượt khó giành giải Nhất học sinh giỏi cấp thị xã",
        "guong-sang",
        "2026-11-05",
        [
            P(
                "Mồ côi cha từ năm lớp 3, sống cùng mẹ và em nhỏ trong căn nhà cấp bốn ở phường Hương "
                "Chữ, em Trần Bảo Ngọc, học sinh lớp 9/1 Trường THCS Hương Chữ, vẫn luôn dẫn đầu lớp "
                "về thành tích học tập.",
                "lead",
            ),
            P(
                "Năm học 2025-2026, Ngọc giành giải Nhất kỳ thi học sinh giỏi cấp thị xã môn Toán và "
                "giải Ba cấp tỉnh. Ngoài giờ học, em phụ mẹ bán rau ở chợ Tứ Hạ và kèm em trai học bài "
                "mỗi tối."
            ),
            Img(
                up(11, "em-tran-bao-ngoc-1024x683.jpg"),
                "Em Trần Bảo Ngọc (giữa) cùng các bạn trong giờ học nhóm",
                "Em Trần Bảo Ngọc (giữa) cùng các bạn trong giờ học nhóm",
                "fig",
            ),
            P(
                "Cô Lê Thị Hằng, giáo viên chủ nhiệm, chia sẻ: “Ngọc có tinh thần tự học rất cao. Em "
                "thường mượn sách tham khảo ở thư viện, tự giải hết các đề và nhờ thầy cô chữa bài.”"
            ),
            P(
                "Ghi nhận nỗ lực của em, Hội Khuyến học thị xã đã trao học bổng “Vượt khó học giỏi” "
                "trị giá 5 triệu đồng và nhà trường miễn toàn bộ các khoản đóng góp trong năm học."
            ),
        ],
        authors=["Trần Thị Thu Hà"],
        summary=(
            "Mồ côi cha từ năm lớp 3, sống cùng mẹ và em nhỏ trong căn nhà cấp bốn ở phường Hương "
            "Chữ, em Trần Bảo Ngọc, học sinh lớp 9/1 Trường THCS Hương Chữ, vẫn luôn dẫn đầu lớp "
            "về thành tích học tập."
        ),
        opts={"time": "11:02:17", "user": "thuha", "tags": ["thcs"], "rating": ("4.9", 27)},
    ),
    Story(
        1094,
        S_NGHIHOC,
        "THÔNG BÁO: Học sinh toàn thị xã nghỉ học ngày 03/11/2026 do mưa lớn",
        "van-ban-thong-bao",
        "2026-11-02",
        [
            P(
                "Thực hiện Công điện số 09/CĐ-UBND ngày 02/11/2026 của UBND thị xã về ứng phó với mưa "
                "lớn, lũ lụt, Phòng GD&ĐT thị xã Hương Trà thông báo cho toàn bộ trẻ mầm non và học "
                "sinh tiểu học, THCS trên địa bàn nghỉ học ngày 03/11/2026 (thứ Ba)."
            ),
            P(
                "Hiệu trưởng các trường thông báo kịp thời đến cha mẹ học sinh; phân công cán bộ, giáo "
                "viên trực 24/24 giờ, bảo vệ hồ sơ, tài sản và báo cáo tình hình thiệt hại (nếu có) "
                "về Phòng trước 16 giờ cùng ngày."
            ),
            P(
                "Thời gian đi học trở lại sẽ được Phòng GD&ĐT thông báo trên Cổng thông tin điện tử và "
                "nhóm Zalo điều hành của ngành."
            ),
            Raw('<p class="has-text-align-right"><strong>BBT</strong></p>'),
        ],
        opts={"time": "18:25:00", "user": "admin", "tags": ["phong-chong-thien-tai"]},
    ),
    Story(
        1085,
        S_BAOLU,
        "Triển khai công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 trong trường học",
        "tin-tuc-giao-duc",
        "2026-10-28",
        [
            P(
                "Trước diễn biến phức tạp của mưa lũ cuối năm, Phòng GD&ĐT thị xã Hương Trà đề nghị "
                "Hiệu trưởng các trường khẩn trương triển khai các biện pháp phòng, chống thiên tai, "
                "bảo đảm an toàn cho học sinh, giáo viên và cơ sở vật chất."
            ),
            P(
                "Các trường kiện toàn Ban chỉ huy phòng, chống thiên tai của đơn vị; rà soát, chằng "
                "chống phòng học, chặt tỉa cây xanh; di chuyển hồ sơ, thiết bị dạy học lên vị trí cao."
            ),
            Img(
                up(10, "ve-sinh-truong-lop-sau-lu-1024x576.jpg"),
                "Giáo viên và học sinh vệ sinh trường lớp sau lũ (ảnh tư liệu năm 2025)",
                "Giáo viên và học sinh vệ sinh trường lớp sau lũ (ảnh tư liệu năm 2025)",
                "fig",
            ),
            P(
                "Khi có thông báo của UBND thị xã về việc cho học sinh nghỉ học, nhà trường thông tin "
                "kịp thời đến cha mẹ học sinh qua nhóm Zalo lớp và hệ thống nhắn tin; tuyệt đối không "
                "để học sinh đi qua ngầm tràn, khu vực nước chảy xiết."
            ),
            P(
                "Sau lũ, các trường tổ chức tổng vệ sinh, khắc phục thiệt hại và báo cáo nhanh về "
                "Phòng GD&ĐT qua số điện thoại trực ban 0234.3557 128."
            ),
            Raw(
                '<p class="has-text-align-right"><strong>Tin: Nguyễn Văn Bình – Ảnh: Internet'
                "</strong></p>"
            ),
        ],
        authors=["Nguyễn Văn Bình"],
        opts={"time": "08:30:55", "user": "admin", "tags": ["phong-chong-thien-tai"]},
    ),
    Story(
        1071,
        S_AI,
        "Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho giáo viên THCS",
        "chuyen-mon",
        "2026-10-20",
        [
            P(
                "Trong hai ngày 17 và 18/10/2026, Phòng GD&ĐT thị xã Hương Trà phối hợp với Trường "
                "Đại học Sư phạm Huế tổ chức lớp tập huấn “Ứng dụng trí tuệ nhân tạo (AI) trong dạy "
                "học” cho 120 giáo viên cốt cán các trường THCS."
            ),
            P("1. Nội dung tập huấn", "h2"),
            P("Tổng quan về trí tuệ nhân tạo tạo sinh và các công cụ phổ biến.", "ol"),
            P("Sử dụng AI hỗ trợ thiết kế kế hoạch bài dạy, phiếu học tập và câu hỏi kiểm tra.", "ol"),
            P("Đạo đức, an toàn dữ liệu và liêm chính học thuật khi sử dụng AI.", "ol"),
            Img(
                up(10, "tap-huan-ai-giao-vien-thcs-1024x683.jpg"),
                "Giáo viên thực hành xây dựng câu hỏi trắc nghiệm với công cụ AI",
                "Giáo viên thực hành xây dựng câu hỏi trắc nghiệm với công cụ AI",
                "fig",
            ),
            P("2. Kết quả và yêu cầu sau tập huấn", "h2"),
            P(
                "Mỗi học viên hoàn thành một sản phẩm là kế hoạch bài dạy có sử dụng AI, được báo cáo "
                "viên nhận xét trực tiếp. Các trường tổ chức tập huấn lại cho giáo viên tại đơn vị "
                "trước ngày 15/11/2026."
            ),
            P(
                "AI là trợ lý đắc lực, nhưng người thầy vẫn là người quyết định mục tiêu, nội dung và "
                "cách thức tổ chức hoạt động học cho học sinh.",
                "quote",
            ),
            Raw(
                '<p class="has-text-align-right"><strong>ThS. Lê Quang Huy – Tổ Chuyên môn THCS'
                "</strong></p>"
            ),
        ],
        authors=["Lê Quang Huy"],
        opts={"time": "16:15:00", "user": "admin", "tags": ["tri-tue-nhan-tao"], "toc": True,
              "rating": ("4.3", 6)},
    ),
    Story(
        1058,
        S_MAMNON,
        "Công nhận kết quả Hội thi Giáo viên dạy giỏi cấp thị xã bậc Mầm non năm học 2026-2027",
        "van-ban-thong-bao",
        "2026-10-15",
        [
            P(
                "Ngày 14/10/2026, Trưởng phòng GD&ĐT thị xã Hương Trà ban hành Quyết định số "
                "412/QĐ-PGDĐT công nhận kết quả Hội thi Giáo viên dạy giỏi cấp thị xã bậc Mầm non năm "
                "học 2026-2027."
            ),
            P("Theo đó, 26/31 giáo viên dự thi được công nhận danh hiệu giáo viên dạy giỏi, cụ thể:"),
            P("TT | Họ và tên | Đơn vị | Xếp loại", "th"),
            P("1 | Nguyễn Thị Thanh Tâm | MN Tứ Hạ | Xuất sắc", "td"),
            P("2 | Hồ Thị Kim Oanh | MN Hương Vân | Xuất sắc", "td"),
            P("3 | Lê Thị Diệu Hiền | MN Hương Chữ | Giỏi", "td"),
            P("4 | Phạm Thị Ngọc Bích | MN Hương Xuân | Giỏi", "td"),
            P(
                "Danh sách đầy đủ 26 giáo viên kèm theo Quyết định được gửi đến các trường qua hệ "
                "thống quản lý văn bản điều hành."
            ),
        ],
        opts={"time": "10:40:00", "user": "admin", "tags": ["mam-non", "thi-dua"]},
    ),
    Story(
        1042,
        S_THUVIEN,
        "Thầy Lê Văn Cường và mô hình “Thư viện xanh” ở Trường THCS Hương Chữ",
        "guong-sang",
        "2026-10-02",
        [
            P(
                "Từ một góc sân trường bỏ trống, thầy Lê Văn Cường, nhân viên thư viện Trường THCS "
                "Hương Chữ, đã cùng học sinh biến nơi đây thành “Thư viện xanh” với hàng nghìn đầu "
                "sách dưới tán cây bàng."
            ),
            P(
                "Thầy Cường tận dụng pallet gỗ cũ đóng thành giá sách, xin lốp xe cũ sơn màu làm ghế "
                "ngồi và vận động phụ huynh góp cây xanh. Chỉ sau hai tháng, thư viện ngoài trời đã trở "
                "thành điểm hẹn quen thuộc của học sinh mỗi giờ ra chơi."
            ),
            Img(
                up(10, "thu-vien-xanh-huong-chu-1024x683.jpg"),
                "Học sinh đọc sách tại “Thư viện xanh” trong giờ ra chơi",
                "Học sinh đọc sách tại “Thư viện xanh” trong giờ ra chơi",
                "fig",
            ),
            P(
                "Mô hình được Phòng GD&ĐT đánh giá cao và nhân rộng đến 9 trường trên địa bàn thị xã "
                "trong năm học 2026-2027."
            ),
            Raw('<p class="has-text-align-right"><em>Tin, ảnh: Hồ Văn Tài</em></p>'),
        ],
        authors=["Hồ Văn Tài"],
        photographers=["Hồ Văn Tài"],
        opts={"time": "09:00:12", "user": "admin", "tags": ["doc-sach", "thcs"],
              "rating": ("4.8", 15)},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}


def ymd(story: Story) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in story.published_at.split("-"))
    return y, m, d


def permalink(story: Story) -> str:
    y, m, _ = ymd(story)
    return f"/{y}/{m:02d}/{story.slug}/"


def ordered(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (s.published_at, s.opts["time"]), reverse=True)


POSTS = ordered(STORIES)

GOLD = [
    gold_record(
        s,
        permalink(s),
        CATEGORIES[s.cat],
        alt_paths=[f"/?p={s.id}", permalink(s) + "?amp=1"],
    )
    for s in POSTS
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    f"/2026/11/{ATTACHMENT[0]}/{ATTACHMENT[1]}/",
    "/tac-gia/thuha/",
    "/the/doc-sach/",
    "/2026/11/20/",
    "/2026/11/",
    "/chuyen-muc/chuyen-mon/page/2/",
]

# --- printing -------------------------------------------------------------------------------

MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def date_long(story: Story) -> str:
    """WordPress's "F j, Y" in vi: "Tháng Mười Một 20, 2026"."""
    y, m, d = ymd(story)
    return f"{MONTHS[m - 1]} {d}, {y}"


def date_iso(story: Story) -> str:
    return f"{story.published_at}T{story.opts['time']}+07:00"


def date_utc(story: Story) -> str:
    local = _dt.datetime.fromisoformat(date_iso(story))
    return local.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def anchor(heading: str) -> str:
    """ez-TOC's anchor: the heading without tone marks, spaces to underscores."""
    plain = unicodedata.normalize("NFD", heading.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = re.sub(r"[^A-Za-z0-9 ]", "", plain).strip()
    return re.sub(r"\s+", "_", plain)


def plain_text(story: Story) -> str:
    return " ".join(b.text for b in story.blocks if isinstance(b, P))


def excerpt(story: Story) -> str:
    words = plain_text(story).split()
    return " ".join(words[:30]) + " […]"


def srcset(base: str, src: str) -> str:
    full = re.sub(r"-\d+x\d+(\.jpg)$", r"\1", src)
    small = re.sub(r"-\d+x\d+(\.jpg)$", r"-300x200\1", src)
    return f"{base}{src} 1024w, {base}{small} 300w, {base}{full} 1600w"


def _img(base: str, img: Img, wp_id: int, amp: bool = False) -> str:
    if amp:
        return (
            f'<amp-img src="{base}{img.src}" width="1024" height="683" alt="" '
            'layout="intrinsic" class="amp-wp-enforced-sizes"></amp-img>'
        )
    return (
        f'<img decoding="async" width="1024" height="683" src="{base}{img.src}" alt="" '
        f'class="wp-image-{wp_id}" srcset="{srcset(base, img.src)}" '
        'sizes="(max-width: 1024px) 100vw, 1024px" />'
    )


def toc(story: Story) -> str:
    items: list[str] = []
    open_sub = False
    for n, b in enumerate(b for b in story.blocks if isinstance(b, P) and b.style in ("h2", "h3")):
        link = (
            f'<a class="ez-toc-link ez-toc-heading-{n + 1}" href="#{anchor(b.text)}" '
            f'title="{esc(b.text)}">{esc(b.text)}</a>'
        )
        if b.style == "h3":
            if not open_sub:
                items[-1] = items[-1].removesuffix("</li>") + "<ul class='ez-toc-list-level-3' >"
                open_sub = True
            items.append(f"<li class='ez-toc-heading-level-3'>{link}</li>")
        else:
            if open_sub:
                items.append("</ul></li>")
                open_sub = False
            items.append(f"<li class='ez-toc-page-1 ez-toc-heading-level-2'>{link}</li>")
    if open_sub:
        items.append("</ul></li>")
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter '
        'ez-toc-grey ez-toc-container-direction">\n<div class="ez-toc-title-container">'
        '<p class="ez-toc-title" style="cursor:inherit">Mục lục</p>\n<span class="ez-toc-title-toggle">'
        '<a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default '
        'ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con">[ẩn]'
        '</span><span class="ez-toc-show" style="display:none">Hiển thị</span></a></span></div>\n'
        "<nav><ul class='ez-toc-list ez-toc-list-level-1 ' >" + "".join(items) + "</ul></nav></div>"
    )


def render_blocks(base: str, story: Story, amp: bool = False) -> str:
    """Gutenberg's saved markup of the post's blocks."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    wp_id = story.id + 1
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html.replace("{base}", base))
        elif isinstance(b, Img) and b.style == "gal":
            figs = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                g = blocks[i]
                cap = (
                    f'<figcaption class="wp-element-caption">{esc(g.printed)}</figcaption>'
                    if g.printed
                    else ""
                )
                figs.append(
                    f'<figure class="wp-block-image size-medium">{_img(base, g, wp_id, amp)}{cap}</figure>'
                )
                wp_id += 1
                i += 1
            out.append(
                '<figure class="wp-block-gallery has-nested-images columns-2 is-cropped">\n'
                + "\n".join(figs)
                + "\n</figure>"
            )
            continue
        elif isinstance(b, Img):
            tag = _img(base, b, wp_id, amp)
            if b.style == "att":
                att = f"{base}{permalink(story)}{ATTACHMENT[1]}/"
                tag = f'<a href="{att}">{tag}</a>'
            cap = (
                f'<figcaption class="wp-element-caption">{esc(b.printed)}</figcaption>'
                if b.printed and b.style in ("fig", "att")
                else ""
            )
            out.append(f'<figure class="wp-block-image size-large">{tag}{cap}</figure>')
            if b.printed and b.style == "cp":
                out.append(
                    f'<p class="has-text-align-center has-small-font-size">{esc(b.printed)}</p>'
                )
            wp_id += 1
        elif b.style in ("ol", "ul"):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            cls = "wp-block-list"
            out.append(f'<{b.style} class="{cls}">\n' + "\n".join(items) + f"\n</{b.style}>")
            continue
        elif b.style in ("th", "td"):
            head, rows = "", []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head = "<thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in cells) + "</tr></thead>"
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                f"{head}<tbody>" + "".join(rows) + "</tbody></table></figure>"
            )
            continue
        elif b.style in ("h2", "h3"):
            span = "" if amp else f'<span class="ez-toc-section" id="{anchor(b.text)}"></span>'
            out.append(
                f'<{b.style} class="wp-block-heading">{span}{text(b.text)}'
                f'<span class="ez-toc-section-end"></span></{b.style}>'
            )
        elif b.style == "lead":
            out.append(f"<p><strong>{text(b.text)}</strong></p>")
        elif b.style == "quote":
            out.append(
                '<blockquote class="wp-block-quote is-layout-flow">\n'
                f"<p>{text(b.text)}</p>\n</blockquote>"
            )
        elif b.style == "pull":
            out.append(
                '<figure class="wp-block-pullquote"><blockquote>'
                f"<p>{text(b.text)}</p></blockquote></figure>"
            )
        else:
            out.append(f'<p class="has-text-align-justify">{text(b.text)}</p>')
        i += 1
    return "\n".join(out)


def rating(story: Story) -> str:
    score, votes = story.opts["rating"]
    stars = "".join(f'<div class="kksr-star" data-star="{n}">★</div>' for n in range(1, 6))
    return (
        '<div class="kk-star-ratings kksr-auto kksr-align-left kksr-valign-bottom" '
        f'data-id="{story.id}" data-slug="">\n<div class="kksr-legend-title">Bạn thấy bài viết này '
        f'thế nào?</div>\n<div class="kksr-stars"><div class="kksr-stars-inactive">{stars}</div>'
        f'<div class="kksr-stars-active" style="width: {float(score) * 20:.0f}%;">{stars}</div></div>\n'
        f'<div class="kksr-legend" style="font-size: 19.2px;">{score}/5 - ({votes} bình chọn)</div>\n'
        "</div>"
    )


def share(base: str, story: Story) -> str:
    url = quote(base + permalink(story), safe="")
    title = quote(story.title, safe="")
    return (
        '<div class="shared-counts-wrap after_content style-classic">'
        '<span class="shared-counts-label-wrap">Chia sẻ:</span> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="nofollow '
        'noopener noreferrer" class="shared-counts-button facebook"><span class="shared-counts-label">'
        "Facebook</span></a> "
        f'<a href="https://sp.zalo.me/share_inline?u={url}" target="_blank" rel="nofollow noopener" '
        'class="shared-counts-button zalo"><span class="shared-counts-label">Zalo</span></a> '
        f'<a href="https://twitter.com/share?url={url}&amp;text={title}" target="_blank" rel="nofollow '
        'noopener" class="shared-counts-button twitter"><span class="shared-counts-label">Twitter</span>'
        f'</a> <a href="mailto:?subject={title}&amp;body={url}" class="shared-counts-button email">'
        '<span class="shared-counts-label">Email</span></a> '
        '<a href="javascript:window.print()" class="shared-counts-button print">'
        '<span class="shared-counts-label">In</span></a></div>'
    )


def author_box(base: str) -> str:
    return (
        '<div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope itemprop="author">'
        '<div class="saboxplugin-tab"><div class="saboxplugin-gravatar">'
        f'<img src="{base}/wp-content/uploads/2026/01/avatar-thuha-100x100.jpg" width="100" height="100" '
        'alt="Trần Thị Thu Hà" itemprop="image"></div><div class="saboxplugin-authorname">'
        f'<a href="{base}/tac-gia/thuha/" class="vcard author" rel="author"><span class="fn">'
        'Trần Thị Thu Hà</span></a></div><div class="saboxplugin-desc"><div itemprop="description">'
        "<p>Chuyên viên Phòng GD&amp;ĐT thị xã Hương Trà, phụ trách giáo dục Tiểu học và công tác "
        "truyền thông của ngành.</p></div></div><div class=\"clearfix\"></div></div></div>"
    )


CONTACT_BLOCK = """<div class="newsup-after-content pgd-contact-box">
<p class="has-text-align-center"><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ HƯƠNG TRÀ</strong></p>
<p>Địa chỉ: 12 Lý Thần Tông, phường Tứ Hạ, thị xã Hương Trà, tỉnh Thừa Thiên Huế</p>
<p>Điện thoại: 0234.3557 123 – Fax: 0234.3557 125</p>
<p>Email: pgdhuongtra@thuathienhue.edu.vn</p>
<p>Website: <a href="{base}/">pgdhuongtra.edu.vn</a></p>
</div>"""

NEWSLETTER = """<div class="tnp tnp-subscription newsletter-box">
<h4>Đăng ký nhận bản tin</h4>
<p>Nhận thông báo bài viết mới của Phòng GD&amp;ĐT qua email.</p>
<form method="post" action="{base}/?na=s"><input type="hidden" name="nlang" value="">
<div class="tnp-field tnp-field-email"><label for="tnp-1">Email</label>
<input class="tnp-email" type="email" name="ne" id="tnp-1" value="" placeholder="Nhập email của bạn" required></div>
<div class="tnp-field tnp-field-button"><input class="tnp-submit" type="submit" value="Đăng ký"></div>
</form></div>"""


def card(base: str, story: Story) -> str:
    y, m, _ = ymd(story)
    link = base + permalink(story)
    thumb = next((b.src for b in story.blocks if isinstance(b, Img)), None)
    bg = f"{base}{thumb}" if thumb else f"{base}/wp-content/themes/newsup/images/no-image.png"
    user = story.opts["user"]
    return f"""<div class="col-md-12"><article class="d-md-flex mg-posts-sec-post">
<div class="col-12 col-md-6"><div class="mg-post-thumb back-img md" style="background-image: url('{bg}');">
<a class="link-div" href="{link}"></a></div></div>
<div class="mg-sec-top-post py-3 col">
<div class="mg-blog-category"><a class="newsup-categories category-color-1" href="{base}/chuyen-muc/{story.cat}/">{esc(CATEGORIES[story.cat])}</a></div>
<h4 class="entry-title title"><a href="{link}">{esc(story.title)}</a></h4>
<div class="mg-blog-meta"><span class="mg-blog-date"><i class="fas fa-clock"></i>
<a href="{base}/{y}/{m:02d}/">{date_long(story)}</a></span>
<a class="auth" href="{base}/tac-gia/{user}/"><i class="fas fa-user-circle"></i> {esc(USERS[user])}</a></div>
<div class="mg-content"><p>{esc(excerpt(story))}</p></div>
</div></article></div>"""


def calendar(base: str) -> str:
    days = {ymd(s)[2] for s in STORIES if ymd(s)[1] == 11}
    cells = ['<td colspan="6" class="pad">&nbsp;</td>']  # 1/11/2026 is a Sunday
    rows, week = [], cells
    for d in range(1, 31):
        cell = (
            f'<a href="{base}/2026/11/{d:02d}/" aria-label="Các bài viết đã được xuất bản vào '
            f'{MONTHS[10].lower()} {d}, 2026">{d}</a>'
            if d in days
            else str(d)
        )
        today = ' id="today"' if d == 25 else ""
        week.append(f"<td{today}>{cell}</td>")
        if (d + 6) % 7 == 0:
            rows.append("<tr>" + "".join(week) + "</tr>")
            week = []
    if week:
        rows.append("<tr>" + "".join(week) + "</tr>")
    head = "".join(f'<th scope="col">{d}</th>' for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
    return (
        '<div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table">'
        f"<caption>{MONTHS[10]} 2026</caption><thead><tr>{head}</tr></thead><tbody>"
        + "".join(rows)
        + f'</tbody></table><nav aria-label="Tháng trước và tháng tới" class="wp-calendar-nav">'
        f'<span class="wp-calendar-nav-prev"><a href="{base}/2026/10/">« Th10</a></span>'
        '<span class="pad">&nbsp;</span><span class="wp-calendar-nav-next">&nbsp;</span></nav></div>'
    )


def layout(request: Request, title: str, main: str, head: str = "", body_class: str = "home") -> str:
    base = base_url(request)
    menu = "".join(
        f'<li class="menu-item"><a class="nav-link" href="{base}{href}">{esc(label)}</a></li>'
        for href, label in [
            ("/", "Trang chủ"),
            ("/gioi-thieu/", "Giới thiệu"),
            *((f"/chuyen-muc/{k}/", v) for k, v in CATEGORIES.items()),
            ("/lien-he/", "Liên hệ"),
        ]
    )
    latest = "".join(f'<li><a href="{base}{permalink(s)}">{esc(s.title)}</a></li>' for s in POSTS[:5])
    ticker = "".join(f'<a href="{base}{permalink(s)}">{esc(s.title)}</a>' for s in POSTS[:5])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="{esc(SITE_TITLE)} &raquo; Dòng thông tin" href="{base}/feed/">
<link rel="stylesheet" id="newsup-style-css" href="{base}/wp-content/themes/newsup/style.css?ver=6.6.2" media="all">
<link rel="stylesheet" id="ez-toc-css" href="{base}/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.69" media="all">
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/">
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd">
<meta name="generator" content="WordPress 6.6.2">
{head}
</head>
<body class="{body_class} wp-embed-responsive">
<div id="page" class="site">
<header class="mg-headwidget">
<div class="mg-head-detail hidden-xs"><div class="container-fluid"><div class="row">
<div class="col-md-6"><ul class="info-left"><li>{TOP_DATE} <span id="time" class="time"></span></li></ul></div>
<div class="col-md-6"><ul class="mg-social info-right"><li><a href="https://www.facebook.com/pgdhuongtra" target="_blank"><i class="fab fa-facebook"></i></a></li></ul></div>
</div></div></div>
<div class="clearfix"></div>
<div class="mg-nav-widget-area-back"><div class="overlay"><div class="inner">
<div class="container-fluid"><div class="mg-nav-widget-area"><div class="row align-items-center">
<div class="col-md-3 text-center-xs"><div class="navbar-header"><div class="site-logo">
<a href="{base}/" class="navbar-brand" rel="home"><img width="300" height="80" src="{base}/wp-content/uploads/2026/01/logo-pgd-huong-tra.png" class="custom-logo" alt="Phòng GD&amp;ĐT thị xã Hương Trà"></a>
</div><div class="site-branding-text d-none"><p class="site-title"><a href="{base}/" rel="home">{esc(SITE_TITLE)}</a></p>
<p class="site-description">{esc(SITE_DESC)}</p></div></div></div>
</div></div></div></div></div></div>
<div class="mg-menu-full"><nav class="navbar navbar-expand-lg navbar-wp"><div class="container-fluid">
<ul id="menu-menu-chinh" class="nav navbar-nav mr-auto">{menu}</ul></div></nav></div>
</header>
<section class="mg-latest-news-sec"><div class="container-fluid"><div class="mg-latest-news">
<div class="bn_title"><h2 class="title">Tin mới nhất<span></span></h2></div>
<div class="mg-latest-news-slider marquee">{ticker}</div></div></div></section>
<div id="content" class="container-fluid"><div class="row">
<div class="col-md-9">
{main}
</div>
<aside class="col-md-3"><div id="sidebar-right" class="mg-sidebar">
<div id="search-2" class="mg-widget widget_search"><form role="search" method="get" class="search-form" action="{base}/">
<label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm …" value="" name="s"></label>
<input type="submit" class="search-submit" value="Tìm kiếm"></form></div>
<div id="recent-posts-2" class="mg-widget widget_recent_entries"><div class="mg-wid-title"><h6 class="wtitle">Bài viết mới</h6></div><ul>{latest}</ul></div>
<div id="archives-2" class="mg-widget widget_archive"><div class="mg-wid-title"><h6 class="wtitle">Lưu trữ</h6></div><ul>
<li><a href="{base}/2026/11/">Tháng Mười Một 2026</a></li><li><a href="{base}/2026/10/">Tháng Mười 2026</a></li></ul></div>
<div id="calendar-2" class="mg-widget widget_calendar"><div class="mg-wid-title"><h6 class="wtitle">Lịch</h6></div>{calendar(base)}</div>
<div id="counter-2" class="mg-widget widget_visitor_counter"><div class="mg-wid-title"><h6 class="wtitle">Lượt truy cập</h6></div>
<ul class="wpsc-stats"><li>Đang online: 7</li><li>Hôm nay: 128</li><li>Hôm qua: 342</li><li>Tổng: 98.765</li></ul></div>
<div id="text-3" class="mg-widget widget_text"><div class="mg-wid-title"><h6 class="wtitle">Liên kết</h6></div><div class="textwidget"><ul>
<li><a href="https://thuathienhue.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Thừa Thiên Huế</a></li>
<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://huongtra.hue.gov.vn" target="_blank" rel="noopener">Cổng TTĐT thị xã Hương Trà</a></li></ul></div></div>
</div></aside>
</div></div>
<footer class="footer back-img"><div class="overlay"><div class="mg-footer-widget-area"><div class="container-fluid"><div class="row">
<div class="col-md-6"><h6>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ HƯƠNG TRÀ</h6>
<p>Địa chỉ: 12 Lý Thần Tông, phường Tứ Hạ, thị xã Hương Trà, tỉnh Thừa Thiên Huế<br>
Điện thoại: 0234.3557 123 – Email: pgdhuongtra@thuathienhue.edu.vn</p></div>
<div class="col-md-6"><p>Chịu trách nhiệm chính: Nguyễn Văn Thành – Trưởng phòng</p></div>
</div></div></div>
<div class="mg-footer-copyright"><div class="container-fluid"><p>Bản quyền © 2026 {esc(SITE_TITLE)}.
Vận hành bởi <a href="https://wordpress.org/">WordPress</a> | Giao diện: Newsup của <a href="https://themeansar.com/" rel="designer">Themeansar</a>.</p></div></div>
</div></footer>
</div>
<script src="{base}/wp-content/themes/newsup/js/custom.js?ver=6.6.2" id="newsup-custom-js"></script>
</body>
</html>"""


def not_found(request: Request) -> Response:
    main = (
        '<div class="mg-error-404"><h1>4<span>0</span>4</h1><h4>Không tìm thấy trang!</h4>'
        "<p>Xin lỗi, trang bạn tìm không tồn tại.</p></div>"
    )
    return html(layout(request, f"Không tìm thấy trang – {SITE_TITLE}", main, body_class="error404"),
                status=404)


def post_head(base: str, story: Story) -> str:
    link = base + permalink(story)
    return f"""<link rel="canonical" href="{link}">
<link rel="shortlink" href="{base}/?p={story.id}">
<link rel="amphtml" href="{link}?amp=1">
<link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/{story.id}">
<link rel="alternate" type="application/json+oembed" href="{base}/wp-json/oembed/1.0/embed?url={quote(link, safe='')}">
<meta property="og:locale" content="vi_VN">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(story.title)}">
<meta property="og:url" content="{link}">
<meta property="og:site_name" content="{esc(SITE_TITLE)}">
<meta property="article:published_time" content="{date_iso(story)}">
<meta property="article:modified_time" content="{story.published_at}T{story.opts['time']}+07:00">"""


def post_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    user = story.opts["user"]
    content = render_blocks(base, story)
    widgets = [
        toc(story) if story.opts.get("toc") else "",
        content,
        rating(story) if story.opts.get("rating") else "",
        share(base, story),
        author_box(base) if user == "thuha" else "",
        CONTACT_BLOCK.replace("{base}", base),
        NEWSLETTER.replace("{base}", base),
    ]
    tags = "".join(
        f'<a href="{base}/the/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in story.opts.get("tags", [])
    )
    tags_html = f'<div class="mg-tags-links"><span>Thẻ:</span> {tags}</div>' if tags else ""
    related = [s for s in POSTS if s.cat == story.cat and s is not story][:3]
    rel_cards = "".join(
        f"""<div class="col-md-4"><div class="mg-blog-post-3 minh back-img">
<a class="link-div" href="{base}{permalink(s)}"></a><div class="mg-blog-inner">
<h4 class="title"><a href="{base}{permalink(s)}" title="Liên kết đến: {esc(s.title)}">{esc(s.title)}</a></h4>
<div class="mg-blog-meta"><span class="mg-blog-date"><i class="fas fa-clock"></i> {date_long(s)}</span></div>
</div></div></div>"""
        for s in related
    )
    main = f"""<div class="mg-blog-post-box">
<div class="mg-header">
<div class="mg-blog-category"><a class="newsup-categories category-color-1" href="{base}/chuyen-muc/{story.cat}/" alt="Xem tất cả bài viết trong {esc(CATEGORIES[story.cat])}">{esc(CATEGORIES[story.cat])}</a></div>
<h1 class="title single"><a title="Liên kết đến: {esc(story.title)}">{esc(story.title)}</a></h1>
<div class="media mg-info-author-block">
<a class="mg-author-pic" href="{base}/tac-gia/{user}/"><img alt="" src="{base}/wp-content/uploads/2026/01/avatar-{user}-150x150.jpg" class="avatar avatar-150 photo" height="150" width="150"></a>
<div class="media-body">
<h4 class="media-heading"><span>Đăng bởi:</span> <a href="{base}/tac-gia/{user}/">{esc(USERS[user])}</a></h4>
<span class="mg-blog-date"><i class="fas fa-clock"></i> {date_long(story)}</span>
<span class="mg-shortlink">Link rút gọn: <a href="{base}/?p={story.id}">{base}/?p={story.id}</a></span>
</div></div>
</div>
<article class="small single">
{chr(10).join(w for w in widgets if w)}
{tags_html}
<div class="clearfix mb-3"></div>
</article>
</div>
<div class="media mg-info-author-block mg-related-post">
<div class="mg-sec-title"><h4 class="related-title">Bài viết liên quan</h4></div>
<div class="row">{rel_cards}</div></div>
<div id="comments" class="comments-area mg-card-box padding-20 mb-md-0 mb-4">
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>
<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p>
<p class="comment-form-comment"><label for="comment">Bình luận *</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên *</label><input id="author" name="author" type="text" value="" size="30" required></p>
<p class="comment-form-email"><label for="email">Email *</label><input id="email" name="email" type="email" value="" size="30" required></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi"><input type="hidden" name="comment_post_ID" value="{story.id}" id="comment_post_ID"></p>
</form></div></div>"""
    return html(
        layout(request, f"{story.title} – {SITE_TITLE}", main, post_head(base, story),
               f"post-template-default single single-post postid-{story.id}")
    )


def amp_page(request: Request, story: Story) -> Response:
    """The AMP plugin's Reader mode (legacy template): header, title, byline, date, content."""
    base = base_url(request)
    link = base + permalink(story)
    widgets = [
        toc(story) if story.opts.get("toc") else "",
        render_blocks(base, story, amp=True),
        rating(story) if story.opts.get("rating") else "",
    ]
    body = f"""<!doctype html>
<html amp lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{esc(story.title)} – {esc(SITE_TITLE)}</title>
<link rel="canonical" href="{link}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>body{{background:#fff}}.amp-wp-header{{background:#0a4b78}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{base}/">{esc(SITE_TITLE)}</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{esc(story.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{esc(USERS[story.opts['user']])}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{date_utc(story)}">{date_long(story)}</time></div>
</header>
<div class="amp-wp-article-content">
{chr(10).join(w for w in widgets if w)}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: <a href="{base}/chuyen-muc/{story.cat}/" rel="category tag">{esc(CATEGORIES[story.cat])}</a></div>
</footer>
</article>
<footer class="amp-wp-footer"><div><h2>{esc(SITE_TITLE)}</h2><a href="#top" class="back-to-top">Về đầu trang ↑</a></div></footer>
</body>
</html>"""
    return html(body)


def paginate(path_base: str, page: int, pages: int, query: str = "") -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        if query:
            return f"{path_base}?{query}" + (f"&amp;paged={n}" if n > 1 else "")
        return path_base + (f"page/{n}/" if n > 1 else "")

    links = []
    if page > 1:
        links.append(f'<a class="prev page-numbers" href="{href(page - 1)}">« Trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            links.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if page < pages:
        links.append(f'<a class="next page-numbers" href="{href(page + 1)}">Tiếp »</a>')
    return (
        '<div class="col-md-12 text-center d-flex justify-content-center">'
        '<nav class="navigation pagination" aria-label="Phân trang bài viết"><div class="nav-links">'
        + "".join(links)
        + "</div></nav></div>"
    )


def listing(
    request: Request, heading: str, posts: list[Story], path_base: str, page: int,
    query: str = "", body_class: str = "archive",
) -> Response:
    base = base_url(request)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages:
        return not_found(request)
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "\n".join(card(base, s) for s in chunk) or (
        '<div class="mg-card-box"><p>Rất tiếc, không có kết quả nào phù hợp với từ khóa của bạn.</p></div>'
    )
    title_html = (
        f'<div class="mg-breadcrumb-section"><div class="mg-breadcrumb-title"><h1 class="title">'
        f"{esc(heading)}</h1></div></div>"
        if heading
        else ""
    )
    main = (
        f'{title_html}<div id="grid" class="row">\n{cards}\n'
        + paginate(base + path_base, page, pages, query)
        + "</div>"
    )
    title = f"{heading} – {SITE_TITLE}" if heading else f"{SITE_TITLE} – {SITE_DESC}"
    if page > 1:
        title = f"{heading or SITE_TITLE} – Trang {page} – {SITE_TITLE}"
    return html(layout(request, title, main, body_class=body_class))


def wp_page(request: Request, slug: str) -> Response:
    base = base_url(request)
    title, content = PAGES[slug]
    main = f"""<div class="mg-blog-post-box"><div class="mg-header"><h1 class="title">{esc(title)}</h1></div>
<article class="page-content-single small">{content.replace("{base}", base)}</article></div>"""
    head = f'<link rel="canonical" href="{base}/{slug}/">\n<link rel="shortlink" href="{base}/?page_id={PAGE_IDS[slug]}">'
    return html(layout(request, f"{title} – {SITE_TITLE}", main, head, f"page-template-default page page-id-{PAGE_IDS[slug]}"))


PAGE_IDS = {"gioi-thieu": 2, "lien-he": 12}
PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Phòng Giáo dục và Đào tạo thị xã Hương Trà là cơ quan chuyên môn thuộc UBND thị xã, "
        "tham mưu, giúp UBND thị xã quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ "
        "sở trên địa bàn.</p>\n<h2 class=\"wp-block-heading\">Lãnh đạo Phòng</h2>\n"
        '<ul class="wp-block-list"><li>Trưởng phòng: Nguyễn Văn Thành</li>'
        "<li>Phó Trưởng phòng: Lê Thị Minh Nguyệt</li></ul>\n"
        "<p>Toàn thị xã có 42 trường học với hơn 17.500 học sinh và gần 1.200 cán bộ, giáo viên, "
        "nhân viên.</p>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Địa chỉ: 12 Lý Thần Tông, phường Tứ Hạ, thị xã Hương Trà, tỉnh Thừa Thiên Huế</p>\n"
        "<p>Điện thoại: 0234.3557 123 – Email: pgdhuongtra@thuathienhue.edu.vn</p>\n"
        '<div class="wpcf7 no-js" id="wpcf7-f15-p12-o1" lang="vi" dir="ltr">'
        '<form action="{base}/lien-he/#wpcf7-f15-p12-o1" method="post" class="wpcf7-form init">'
        '<p><label> Họ và tên<br><input type="text" name="your-name" size="40"></label></p>'
        '<p><label> Email<br><input type="email" name="your-email" size="40"></label></p>'
        '<p><label> Nội dung<br><textarea name="your-message" cols="40" rows="10"></textarea></label></p>'
        '<p><input type="submit" value="Gửi đi" class="wpcf7-form-control wpcf7-submit"></p></form></div>\n'
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!huong-tra" width="600" height="350" '
        'loading="lazy"></iframe>',
    ),
}


def attachment_page(request: Request, story: Story) -> Response:
    """The image attachment page WordPress makes for a photo linked to it: title "anh-1"."""
    base = base_url(request)
    img = next(b for b in story.blocks if isinstance(b, Img) and b.style == "att")
    link = f"{base}{permalink(story)}{ATTACHMENT[1]}/"
    full = re.sub(r"-\d+x\d+(\.jpg)$", r"\1", img.src)
    main = f"""<div class="mg-blog-post-box"><div class="mg-header">
<h1 class="title single"><a title="Liên kết đến: {ATTACHMENT[1]}">{ATTACHMENT[1]}</a></h1>
<div class="media mg-info-author-block"><div class="media-body">
<h4 class="media-heading"><span>Đăng bởi:</span> <a href="{base}/tac-gia/admin/">admin</a></h4>
<span class="mg-blog-date"><i class="fas fa-clock"></i> {date_long(story)}</span></div></div></div>
<article class="small single"><p class="attachment"><a href="{base}{full}">
<img width="300" height="225" src="{base}{img.src}" class="attachment-medium size-medium" alt=""></a></p>
<p>Đăng trong <a href="{base}{permalink(story)}">{esc(story.title)}</a></p></article></div>"""
    head = f'<link rel="canonical" href="{link}">\n<link rel="shortlink" href="{base}/?p={ATTACHMENT[2]}">'
    return html(layout(request, f"anh-1 – {SITE_TITLE}", main, head,
                       f"attachment attachment-template-default single postid-{ATTACHMENT[2]}"))


def feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{permalink(s)}</link>"
        f"<dc:creator><![CDATA[{USERS[s.opts['user']]}]]></dc:creator>"
        f"<pubDate>{_dt.datetime.fromisoformat(date_iso(s)).strftime('%a, %d %b %Y %H:%M:%S +0700')}</pubDate>"
        f"<category><![CDATA[{CATEGORIES[s.cat]}]]></category>"
        f'<guid isPermaLink="false">{base}/?p={s.id}</guid>'
        f"<description><![CDATA[{excerpt(s)}]]></description></item>\n"
        for s in POSTS[:10]
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{esc(SITE_TITLE)}</title><link>{base}</link><description>{esc(SITE_DESC)}</description>"
        f"<language>vi</language>\n{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def wp_json(request: Request, post_id: int | None = None) -> Response:
    base = base_url(request)
    if post_id is None:
        data = {
            "name": SITE_TITLE,
            "description": SITE_DESC,
            "url": base,
            "home": base,
            "gmt_offset": "7",
            "timezone_string": "Asia/Ho_Chi_Minh",
            "namespaces": ["oembed/1.0", "wp/v2", "wp-site-health/v1", "kk-star-ratings"],
            "routes": {"/wp/v2/posts": {"methods": ["GET"]}, "/wp/v2/pages": {"methods": ["GET"]}},
        }
    else:
        s = BY_ID[post_id]
        data = {
            "id": s.id,
            "date": f"{s.published_at}T{s.opts['time']}",
            "slug": s.slug,
            "status": "publish",
            "type": "post",
            "link": base + permalink(s),
            "title": {"rendered": s.title},
            "excerpt": {"rendered": f"<p>{esc(excerpt(s))}</p>\n"},
        }
    return Response(200, json.dumps(data, ensure_ascii=False),
                    {"Content-Type": "application/json; charset=UTF-8"})


class WordPressSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/wp-json/" or path == "/wp-json":
            return wp_json(request)
        if m := re.fullmatch(r"/wp-json/wp/v2/posts/(\d+)", path):
            return wp_json(request, int(m.group(1))) if int(m.group(1)) in BY_ID else None
        if path == "/feed/":
            return feed(request)
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            target = path + "/" + (f"?{request.query}" if request.query else "")
            return redirect(base_url(request) + target, 301)
        page = 1
        if m := re.fullmatch(r"(.*/)page/(\d+)/", path):
            path, page = m.group(1), int(m.group(2))
            if page < 1:
                return not_found(request)
        if params.get("paged", "").isdigit():
            page = int(params["paged"])
        if path == "/":
            if "p" in params:
                s = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return post_page(request, s) if s else not_found(request)
            if "s" in params:
                words = params["s"].strip()
                hits = [s for s in POSTS if words and words.casefold() in
                        (s.title + " " + plain_text(s)).casefold()]
                return listing(request, f"Kết quả tìm kiếm: {words}", hits, "/", page,
                               query=f"s={quote(words)}", body_class="search search-results")
            return listing(request, "", POSTS, "/", page, body_class="home blog")
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)/", path):
            if m.group(1) not in CATEGORIES:
                return not_found(request)
            posts = [s for s in POSTS if s.cat == m.group(1)]
            return listing(request, f"Chuyên mục: {CATEGORIES[m.group(1)]}", posts, path, page,
                           body_class="archive category")
        if m := re.fullmatch(r"/the/([a-z-]+)/", path):
            if m.group(1) not in TAGS:
                return not_found(request)
            posts = [s for s in POSTS if m.group(1) in s.opts.get("tags", [])]
            return listing(request, f"Thẻ: {TAGS[m.group(1)]}", posts, path, page,
                           body_class="archive tag")
        if m := re.fullmatch(r"/tac-gia/([a-z]+)/", path):
            if m.group(1) not in USERS:
                return not_found(request)
            posts = [s for s in POSTS if s.opts["user"] == m.group(1)]
            return listing(request, f"Tác giả: {USERS[m.group(1)]}", posts, path, page,
                           body_class="archive author")
        if m := re.fullmatch(r"/(\d{4})/(\d{2})/(\d{2})/", path):
            day = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
            posts = [s for s in POSTS if s.published_at == day]
            if not posts:
                return not_found(request)
            y, mo, d = (int(x) for x in day.split("-"))
            return listing(request, f"Ngày: {MONTHS[mo - 1]} {d}, {y}", posts, path, page,
                           body_class="archive date")
        if m := re.fullmatch(r"/(\d{4})/(\d{2})/", path):
            prefix = f"{m.group(1)}-{m.group(2)}-"
            posts = [s for s in POSTS if s.published_at.startswith(prefix)]
            if not posts:
                return not_found(request)
            label = f"{MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
            return listing(request, f"Tháng: {label}", posts, path, page,
                           body_class="archive date")
        if page > 1:
            return not_found(request)
        if m := re.fullmatch(r"/(\d{4})/(\d{2})/([a-z0-9-]+)/(?:([a-z0-9-]+)/)?", path):
            s = BY_SLUG.get(m.group(3))
            if s is None or permalink(s) != f"/{m.group(1)}/{m.group(2)}/{m.group(3)}/":
                return not_found(request)
            if m.group(4):
                if (s.slug, m.group(4)) == ATTACHMENT[:2]:
                    return attachment_page(request, s)
                return not_found(request)
            if params.get("amp") == "1":
                return amp_page(request, s)
            return post_page(request, s)
        if (slug := path.strip("/")) in PAGES:
            return wp_page(request, slug)
        return not_found(request)


def build_site() -> WordPressSite:
    return WordPressSite()
