"""Phòng GD&ĐT thành phố Tam Kỳ (Quảng Nam) on NukeViet 4 with a theme customised by a local
vendor: the portal where photos sit around the text in every position.

Platform
--------
NukeViet 4.x (PHP, Vietnamese open-source CMS), news module, URL rewriting on. The vendor's theme
renames a few of the stock classes (``news-detail`` for the article panel, ``imghome`` for the
lead photo's figure) and keeps the others (``hometext`` for the sapo, ``bodytext`` with
``id="news-bodyhtml"`` for the text the editor typed in CKEditor 4). Article template::

    <div class="news-detail panel panel-default"><div class="panel-body">
      <h1 class="title">…</h1>
      <div class="meta"><span class="h5 date">Thứ năm - 19/11/2026 08:45</span>
        "Đăng bởi: admin" · "Lượt xem: 1234" · tools (email, print, font size)</div>
      <div class="clearfix">  lead photo and sapo, in either order:
        <figure class="imghome"><img id="imghome"><figcaption>…</figcaption></figure>
        <div class="hometext"><strong>…sapo…</strong></div> </div>
      <div id="news-bodyhtml" class="bodytext"> CKEditor HTML, sometimes ending with a pasted
        "Tin liên quan" box of thumbnails </div>
      <div class="news-author"> "Tác giả bài viết:" / "Nguồn tin:" fields (when filled) </div>
      share bar </div></div>
    <div class="news-detail-other"> "Những tin mới hơn" list </div>

The header prints today as "Thứ Sáu, 04/12/2026"; the article prints its own date in the
NukeViet form "Thứ năm - 19/11/2026 08:45" (lower-case weekday, dash, day-first date, clock).

URL scheme
----------
- ``/`` home: "Tin mới nhất" (5 newest) and one box per category (its 3 newest).
- ``/news/`` all news, 6 per page; ``/news/page-2.html``, ``/news/page-3.html``.
- ``/news/<cat>/`` category listing, 6 per page; ``/news/<cat>/page-<n>.html``.
- ``/news/<cat>/<alias>-<id>.html`` an article (a wrong category answers 301 to the right one).
- ``/news/print/<alias>-<id>.html`` the print view of an article (same text, no chrome).
- ``/news/thu-vien-anh/`` "Thư viện ảnh": album cards whose links open the photos in a
  lightbox (hrefs to .jpg files): a listing, not an article.
- ``/about/gioi-thieu.html``, ``/about/co-cau-to-chuc.html``: the about module's static pages,
  in the very same ``<alias>.html`` form as the articles.
- ``/contact/``: contact form (POST).
- uploads ``/uploads/news/2026_11/<file>.jpg``; thumbnails ``/assets/news/2026_11/<file>.jpg``.

How each gold article is reached
--------------------------------
- the 5 newest: home "Tin mới nhất"; the 3 newest of each category: home boxes; all of
  "Chuyên môn" and "Công tác Đội" (3 each) on their category page 1;
- 121, 118 and 115 (Tin hoạt động): category page 1 and ``/news/page-2.html``;
- 112 (Mầm non Hoa Sen, the oldest): ONLY ``/news/tin-hoat-dong/page-2.html`` and
  ``/news/page-3.html`` (the "newer news" lists and "Tin liên quan" boxes never point back to it).

Traps (photos around the text)
------------------------------
- lead photo ``figure.imghome`` BETWEEN the title and the sapo (128, 121, 115, 117, 125), AFTER
  the sapo (126, 118, 112, 120); on 125 (before) and 112 (after) it has no figcaption (its alt
  repeats the title: not printed, so no caption);
- closing gallery after the text: ``<h4>Một số hình ảnh tại buổi lễ</h4>`` (128, figures with
  figcaptions) and ``<h4>Một số hình ảnh</h4>`` (115, centred italic lines): the heading is a
  body sub-heading, each photo's line its caption;
- a 2×3 table of photos (126) with the caption in each cell under its photo (``<br>`` then text):
  six images, no body text;
- 124: the photo's next paragraph is italic "Ảnh: Các em học sinh …": a description, the caption
  is the text without the "Ảnh: " label;
- 118: the photo's next line is "Ảnh: Trần Minh Tâm": a credit (photographer), caption None;
  117: "Ảnh: Internet" under a photo: credits nobody, caption None;
- "Tin liên quan" box of thumbnails of other posts inside the bodytext div (118, 122, 120):
  neither body nor article images;
- a YouTube ``<iframe>`` between paragraphs (121, 117): not an image;
- print views ``/news/print/…`` serve the same article (alt_paths);
- "Đăng bởi: admin" in the meta row credits nobody; the header date is today, not a pub date;
- a ``<br>`` inside one paragraph (127) makes two paragraphs; 124 has ``&nbsp;`` in its text.

Gold decisions
--------------
- title: ``h1.title``; published_at: the meta date with its clock, +07:00.
- authors / photographers: closing byline ("Tin, ảnh: X"; "Tin: X; Ảnh: Y"; a right-aligned bare
  name) or the "Tác giả bài viết:" field (ThS. dropped; units such as "Tổ Văn phòng", "Hội đồng
  Đội thành phố" kept as printed; "BBT" nobody); "Ảnh: Trần Minh Tâm" under a photo credits him.
- source: "Nguồn tin:" field or "Theo …" line.
- summary: the ``hometext`` (also the body's first paragraph); none where the post has none.
- body: the bodytext paragraphs, headings, list items, data-table rows (" | "); not captions,
  credit lines, bylines, the "Tin liên quan" box, the video.
- images: the lead photo first, then the text's photos in order, gallery included.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "lead_photo_gallery_pgd"
PLATFORM = "NukeViet 4.x news module + local vendor theme (news-detail/bodytext/hometext/imghome)"
START_PATH = "/"

TODAY = "Thứ Sáu, 04/12/2026"
SITE_TITLE = "Phòng Giáo dục và Đào tạo thành phố Tam Kỳ"
PER_PAGE = 6

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "chuyen-mon": "Chuyên môn",
    "cong-tac-doi": "Công tác Đội",
}
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def up(month: str, name: str) -> str:
    return f"/uploads/news/{month}/{name}"


def lead(month: str, name: str, printed: str | None) -> Img:
    """The lead photo (NukeViet's homeimgfile), printed in ``figure.imghome``."""
    return Img(up(month, name), printed, printed, "lead")


def fig(month: str, name: str, line: str) -> Img:
    return Img(up(month, name), line, line, "fig")


def cem(month: str, name: str, line: str) -> Img:
    return Img(up(month, name), line, line, "center-em")


def right(name: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(name)}</strong></p>')


# opts: lead ("before" | "after"), author_field, source_field, related (ids of the "Tin liên
# quan" box). P styles: "" (justified), "h4", "li", "th"/"td" (table rows), "quote", "br" (follows the
# previous paragraph after a <br /> inside the same <p>), "nbsp". Img styles: "lead", "fig",
# "center-em", "center", "next-em", "credit", "cell", "bare".

M11, M10, M09, M08 = "2026_11", "2026_10", "2026_09", "2026_08"

STORIES: list[Story] = [
    Story(
        128,
        "tam-ky-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Tam Kỳ tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-hoat-dong",
        "2026-11-19T10:15:00+07:00",
        [
            lead(M11, "le-20-11-tam-ky.jpg", "Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo tiêu biểu"),
            P(
                "Sáng 18/11, tại Hội trường Trung tâm Hội nghị thành phố, Phòng GD&ĐT phối hợp với Công đoàn "
                "ngành Giáo dục long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
                "20/11/2026) và tuyên dương 65 nhà giáo tiêu biểu năm học 2025-2026."
            ),
            P(
                "Đến dự buổi lễ có đồng chí Nguyễn Thị Thu Lan, Phó Chủ tịch UBND thành phố; đại diện lãnh "
                "đạo Sở GD&ĐT Quảng Nam cùng hơn 400 cán bộ quản lý, giáo viên các trường mầm non, tiểu học "
                "và THCS trên địa bàn."
            ),
            P(
                "Phát biểu tại buổi lễ, bà Huỳnh Thị Mỹ Hạnh, Trưởng phòng GD&ĐT, cho biết năm học vừa qua "
                "toàn ngành có 37 học sinh đạt giải học sinh giỏi cấp tỉnh, 12 trường được công nhận đạt chuẩn "
                "quốc gia mức độ 1 và 2; tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99,9%."
            ),
            P(
                "“Mỗi thầy cô là một tấm gương sáng về đạo đức, tự học và sáng tạo; sự tận tụy của các thầy "
                "cô là nền tảng cho mọi thành tích của ngành”, bà Hạnh nhấn mạnh.",
                "quote",
            ),
            P(
                "Dịp này, Chủ tịch UBND thành phố tặng Giấy khen cho 65 nhà giáo có thành tích xuất sắc; 9 tập "
                "thể được đề nghị UBND tỉnh tặng Bằng khen."
            ),
            P("Một số hình ảnh tại buổi lễ", "h4"),
            fig(M11, "le-20-11-01.jpg", "Tiết mục văn nghệ chào mừng của học sinh Trường TH Lê Văn Tám"),
            fig(M11, "le-20-11-02.jpg", "Đại biểu dự Lễ kỷ niệm"),
            fig(M11, "le-20-11-03.jpg", "Trao Giấy khen cho các nhà giáo tiêu biểu bậc mầm non"),
            fig(M11, "le-20-11-04.jpg", "Trao Giấy khen cho các nhà giáo tiêu biểu bậc THCS"),
            fig(M11, "le-20-11-05.jpg", "Các nhà giáo chụp ảnh lưu niệm"),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thị Hoài Thương</strong></p>'),
        ],
        authors=["Nguyễn Thị Hoài Thương"],
        photographers=["Nguyễn Thị Hoài Thương"],
        summary=(
            "Sáng 18/11, Phòng GD&ĐT thành phố Tam Kỳ tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và "
            "tuyên dương 65 nhà giáo tiêu biểu."
        ),
        sapo_outside=True,
        opts={"lead": "before"},
    ),
    Story(
        127,
        "huong-dan-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-cap-thcs",
        "Hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026-2027 cấp THCS",
        "chuyen-mon",
        "2026-11-16T16:05:00+07:00",
        [
            P(
                "Căn cứ Thông tư số 22/2021/TT-BGDĐT và Kế hoạch thời gian năm học 2026-2027 của UBND tỉnh, "
                "Phòng GD&ĐT hướng dẫn các trường THCS tổ chức kiểm tra cuối học kỳ I như sau:"
            ),
            P("1. Thời gian kiểm tra", "h4"),
            P("Các môn do Phòng ra đề kiểm tra chung theo lịch dưới đây:"),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "th"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "td"),
            P("21/12/2026 | Chiều | Tiếng Anh | 60 phút", "td"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "td"),
            P("22/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "td"),
            P("2. Yêu cầu", "h4"),
            P("Đề kiểm tra bám sát ma trận, bản đặc tả đã thống nhất tại sinh hoạt chuyên môn cụm.", "li"),
            P("Coi, chấm kiểm tra nghiêm túc, khách quan; chấm chéo giữa các tổ chuyên môn.", "li"),
            P("Nhập điểm lên phần mềm quản lý trường học trước ngày 31/12/2026.", "li"),
            P("Mọi vướng mắc đề nghị liên hệ Tổ THCS, Phòng GD&ĐT."),
            P("Điện thoại: (0235) 3851 246 - Email: thcs.pgdtamky@quangnam.gov.vn", "br"),
        ],
        authors=["Tổ THCS"],
        opts={"author_field": "Tổ THCS"},
    ),
    Story(
        126,
        "hoi-khoe-phu-dong-cap-thanh-pho-lan-thu-xii-nam-2026",
        "Hội khỏe Phù Đổng cấp thành phố lần thứ XII năm 2026",
        "tin-hoat-dong",
        "2026-11-12T07:30:00+07:00",
        [
            lead(M11, "hkpd-khai-mac.jpg", "Màn đồng diễn tại lễ khai mạc Hội khỏe Phù Đổng"),
            P(
                "Hơn 1.100 vận động viên là học sinh của 32 trường tiểu học và THCS tranh tài ở 9 môn thi "
                "đấu trong 5 ngày."
            ),
            P(
                "Sáng 07/11, tại Nhà thi đấu đa năng tỉnh, Phòng GD&ĐT thành phố Tam Kỳ khai mạc Hội khỏe "
                "Phù Đổng cấp thành phố lần thứ XII năm 2026. Hội khỏe là dịp để tuyển chọn vận động viên "
                "tham dự Hội khỏe Phù Đổng tỉnh Quảng Nam năm 2027."
            ),
            P(
                "Các môn thi đấu gồm điền kinh, bơi lội, cờ vua, bóng đá, bóng chuyền, cầu lông, bóng bàn, "
                "đá cầu và võ cổ truyền. Sau 5 ngày tranh tài, kết quả toàn đoàn như sau:"
            ),
            P("Hạng | Đơn vị | Vàng | Bạc | Đồng", "th"),
            P("Nhất | THCS Lý Tự Trọng | 18 | 11 | 9", "td"),
            P("Nhì | THCS Nguyễn Du | 14 | 12 | 10", "td"),
            P("Ba | TH Kim Đồng | 11 | 9 | 13", "td"),
            P(
                "Ban tổ chức đã trao cờ cho các đơn vị đạt giải toàn đoàn và khen thưởng 12 vận động viên "
                "phá kỷ lục Hội khỏe."
            ),
            Img(up(M11, "hkpd-01.jpg"), "Nội dung chạy 100m nam", "Nội dung chạy 100m nam", "cell"),
            Img(up(M11, "hkpd-02.jpg"), "Thi đấu cờ vua", "Thi đấu cờ vua", "cell"),
            Img(up(M11, "hkpd-03.jpg"), "Trận chung kết bóng đá nam", "Trận chung kết bóng đá nam", "cell"),
            Img(up(M11, "hkpd-04.jpg"), "Môn bơi lội", "Môn bơi lội", "cell"),
            Img(up(M11, "hkpd-05.jpg"), "Võ cổ truyền", "Võ cổ truyền", "cell"),
            Img(up(M11, "hkpd-06.jpg"), "Trao giải toàn đoàn", "Trao giải toàn đoàn", "cell"),
            right("Phan Thanh Hùng"),
        ],
        authors=["Phan Thanh Hùng"],
        summary=(
            "Hơn 1.100 vận động viên là học sinh của 32 trường tiểu học và THCS tranh tài ở 9 môn thi "
            "đấu trong 5 ngày."
        ),
        sapo_outside=False,
        opts={"lead": "after"},
    ),
    Story(
        125,
        "lien-doi-truong-thcs-nguyen-du-ra-quan-ke-hoach-nho",
        "Liên đội Trường THCS Nguyễn Du ra quân “Kế hoạch nhỏ” thu gom giấy vụn",
        "cong-tac-doi",
        "2026-11-09T07:10:00+07:00",
        [
            lead(M11, "ke-hoach-nho.jpg", None),
            P(
                "Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026-2027, Liên đội Trường THCS Nguyễn Du tổ "
                "chức ra quân thu gom giấy vụn, vỏ chai nhựa với sự tham gia của 36 chi đội."
            ),
            P(
                "Sáng 07/11, Liên đội Trường THCS Nguyễn Du tổ chức ngày ra quân thực hiện “Kế hoạch nhỏ”. "
                "Ngay từ 6 giờ 30, các chi đội đã mang đến trường những bao giấy vụn, sách báo cũ, vỏ chai "
                "nhựa được các em thu gom trong nhiều tuần."
            ),
            fig(M11, "ke-hoach-nho-01.jpg", "Đội viên các chi đội cân giấy vụn"),
            P(
                "Kết quả, toàn liên đội thu được hơn 3,2 tấn giấy vụn và 450 kg vỏ chai nhựa, trị giá gần "
                "15 triệu đồng. Chi đội 8/3 dẫn đầu với 186 kg giấy vụn."
            ),
            P(
                "Toàn bộ số tiền sẽ được dùng để mua xe đạp, sách vở tặng học sinh có hoàn cảnh khó khăn "
                "nhân dịp Tết Nguyên đán Đinh Mùi 2027."
            ),
            fig(M11, "ke-hoach-nho-02.jpg", "Chi đội 8/3 dẫn đầu phong trào"),
            Raw(
                "<p><strong>Tin: Đoàn Thị Hồng Nhung; Ảnh: CLB Nhiếp ảnh Trường THCS Nguyễn Du</strong></p>"
            ),
        ],
        authors=["Đoàn Thị Hồng Nhung"],
        photographers=["CLB Nhiếp ảnh Trường THCS Nguyễn Du"],
        summary=(
            "Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026-2027, Liên đội Trường THCS Nguyễn Du tổ "
            "chức ra quân thu gom giấy vụn, vỏ chai nhựa với sự tham gia của 36 chi đội."
        ),
        sapo_outside=False,
        opts={"lead": "before"},
    ),
    Story(
        124,
        "truong-th-kim-dong-to-chuc-ngay-hoi-doc-sach-nam-2026",
        "Trường TH Kim Đồng tổ chức Ngày hội đọc sách năm 2026",
        "tin-hoat-dong",
        "2026-11-05T14:20:00+07:00",
        [
            P(
                "Chiều 04/11, Trường TH Kim Đồng tổ chức Ngày hội đọc sách với chủ đề “Sách - người bạn "
                "đồng hành” cho gần 900 học sinh từ lớp 1 đến lớp 5.",
                "nbsp",
            ),
            P(
                "Ngày hội gồm nhiều hoạt động: trưng bày sách theo chủ đề, kể chuyện theo sách, vẽ tranh "
                "nhân vật yêu thích, đố vui văn học và trao đổi sách cũ giữa các lớp."
            ),
            Img(
                up(M11, "doc-sach-kim-dong.jpg"),
                "Ảnh: Các em học sinh lớp 3/2 say sưa đọc sách tại thư viện xanh",
                "Các em học sinh lớp 3/2 say sưa đọc sách tại thư viện xanh",
                "next-em",
            ),
            P(
                "Theo cô Lê Thị Thu Hà, Phó Hiệu trưởng nhà trường, sau ngày hội, thư viện nhà trường nhận "
                "thêm hơn 1.500 đầu sách do phụ huynh và các nhà hảo tâm trao tặng."
            ),
            P(
                "Nhà trường duy trì tiết đọc thư viện mỗi tuần một lần và mô hình “Tủ sách lớp học” ở tất "
                "cả 28 lớp."
            ),
            Raw("<p><em>Tin: Lê Thị Thu Hà; Ảnh: Liên đội Trường TH Kim Đồng</em></p>"),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["Liên đội Trường TH Kim Đồng"],
    ),
    Story(
        122,
        "chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-cho-hoc-sinh-lop-4",
        "Chuyên đề “Dạy học phát triển năng lực đọc hiểu cho học sinh lớp 4”",
        "chuyen-mon",
        "2026-10-30T13:50:00+07:00",
        [
            P(
                "Ngày 29/10, tại Trường TH Lê Văn Tám, Phòng GD&ĐT tổ chức sinh hoạt chuyên đề “Dạy học phát "
                "triển năng lực đọc hiểu cho học sinh lớp 4” cho giáo viên khối 4 các trường tiểu học."
            ),
            P(
                "Hai tiết dạy minh họa môn Tiếng Việt do cô Trương Thị Ngọc Ánh và cô Nguyễn Thị Bích Trâm "
                "thực hiện đã giúp giáo viên dự giờ hình dung rõ quy trình tổ chức hoạt động đọc hiểu văn bản."
            ),
            cem(M10, "chuyen-de-doc-hieu-01.jpg", "Tiết dạy minh họa của cô Trương Thị Ngọc Ánh, lớp 4/1"),
            P(
                "Trong phần thảo luận, các thầy cô tập trung vào cách đặt câu hỏi theo ba mức độ, cách hướng "
                "dẫn học sinh tìm ý chính và liên hệ nội dung văn bản với trải nghiệm của bản thân."
            ),
            cem(M10, "chuyen-de-doc-hieu-02.jpg", "Giáo viên thảo luận sau tiết dạy"),
            P(
                "Kết thúc chuyên đề, Phòng GD&ĐT đề nghị các trường tiếp tục tổ chức sinh hoạt chuyên môn theo "
                "nghiên cứu bài học, chia sẻ kế hoạch bài dạy trên kho học liệu số của ngành."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin, ảnh: Trương Thị Ngọc Ánh (Trường TH Lê Văn Tám)'
                "</strong></p>"
            ),
        ],
        authors=["Trương Thị Ngọc Ánh"],
        photographers=["Trương Thị Ngọc Ánh"],
        opts={"related": [127, 117]},
    ),
    Story(
        121,
        "tap-huan-phong-chay-chua-chay-va-cuu-nan-cuu-ho-trong-truong-hoc",
        "Tập huấn công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ trong trường học",
        "tin-hoat-dong",
        "2026-10-28T08:00:00+07:00",
        [
            lead(M10, "tap-huan-pccc.jpg", "Học viên thực hành sử dụng bình chữa cháy"),
            P(
                "Gần 200 cán bộ, giáo viên, nhân viên được trang bị kiến thức và kỹ năng xử lý tình huống "
                "cháy, nổ tại trường học."
            ),
            P(
                "Ngày 26 và 27/10, Phòng GD&ĐT phối hợp với Đội Cảnh sát PCCC và CNCH Công an thành phố tổ "
                "chức tập huấn nghiệp vụ phòng cháy, chữa cháy và cứu nạn, cứu hộ cho lực lượng PCCC cơ sở "
                "của 56 trường học trên địa bàn."
            ),
            P(
                "Học viên được phổ biến các quy định của Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ; "
                "nguyên nhân thường gặp gây cháy tại trường học; cách sử dụng bình chữa cháy, lăng vòi và "
                "phương án thoát nạn cho học sinh."
            ),
            Raw(
                '<p style="text-align: center;"><iframe width="640" height="360" '
                'src="https://www.youtube.com/embed/q8Xk2LmPcT4" title="YouTube video player" '
                'frameborder="0" allowfullscreen></iframe></p>'
            ),
            P(
                "Phần thực hành diễn ra sôi nổi tại sân Trường THCS Lý Tự Trọng với tình huống giả định cháy "
                "phòng thí nghiệm, có học sinh mắc kẹt trên tầng 2."
            ),
            P(
                "Qua đợt tập huấn, các trường rà soát, bổ sung phương án chữa cháy và tổ chức diễn tập ít nhất "
                "một lần trong năm học."
            ),
        ],
        authors=["Tổ Văn phòng"],
        summary=(
            "Gần 200 cán bộ, giáo viên, nhân viên được trang bị kiến thức và kỹ năng xử lý tình huống "
            "cháy, nổ tại trường học."
        ),
        sapo_outside=False,
        opts={"lead": "before", "author_field": "Tổ Văn phòng"},
    ),
    Story(
        120,
        "hoi-dong-doi-thanh-pho-to-chuc-lien-hoan-chi-huy-doi-gioi-nam-2026",
        "Hội đồng Đội thành phố tổ chức Liên hoan Chỉ huy Đội giỏi năm 2026",
        "cong-tac-doi",
        "2026-10-25T09:00:00+07:00",
        [
            lead(M10, "chi-huy-doi-gioi.jpg", "Các đội viên tham gia phần thi nghi thức Đội"),
            P(
                "Ngày 24/10, Hội đồng Đội thành phố Tam Kỳ tổ chức Liên hoan Chỉ huy Đội giỏi năm 2026 với "
                "sự tham gia của 96 đội viên là chỉ huy Đội đến từ 16 liên đội THCS."
            ),
            P(
                "Các đội viên tranh tài qua ba phần thi: kiến thức về Đội và lịch sử địa phương, nghi thức "
                "Đội, kỹ năng tổ chức sinh hoạt chi đội."
            ),
            Img(
                up(M10, "chi-huy-doi-gioi-01.jpg"),
                "Phần thi kỹ năng tổ chức sinh hoạt chi đội",
                "Phần thi kỹ năng tổ chức sinh hoạt chi đội",
                "center",
            ),
            P(
                "Kết quả, Ban tổ chức trao 1 giải Nhất cho Liên đội THCS Lý Tự Trọng, 2 giải Nhì, 3 giải Ba "
                "và 5 giải Khuyến khích; chọn 12 đội viên tham dự Liên hoan cấp tỉnh."
            ),
        ],
        authors=["Hội đồng Đội thành phố"],
        summary=(
            "Ngày 24/10, Hội đồng Đội thành phố Tam Kỳ tổ chức Liên hoan Chỉ huy Đội giỏi năm 2026 với "
            "sự tham gia của 96 đội viên là chỉ huy Đội đến từ 16 liên đội THCS."
        ),
        sapo_outside=False,
        opts={"lead": "after", "author_field": "Hội đồng Đội thành phố", "related": [125, 116]},
    ),
    Story(
        118,
        "hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-thanh-pho-bac-thcs",
        "Hội thi “Giáo viên chủ nhiệm lớp giỏi” cấp thành phố bậc THCS",
        "tin-hoat-dong",
        "2026-10-21T09:40:00+07:00",
        [
            lead(M10, "gvcn-gioi.jpg", "Ban giám khảo chấm phần thi xử lý tình huống"),
            P(
                "Từ ngày 16 đến 20/10, Phòng GD&ĐT tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp thành "
                "phố bậc THCS năm học 2026-2027."
            ),
            P(
                "Tham gia hội thi có 34 giáo viên của 16 trường THCS. Mỗi giáo viên trình bày báo cáo biện "
                "pháp giáo dục học sinh, xử lý tình huống sư phạm và tổ chức một tiết sinh hoạt lớp."
            ),
            Img(up(M10, "gvcn-gioi-01.jpg"), "Ảnh: Trần Minh Tâm", None, "credit"),
            P(
                "Nhiều biện pháp có tính thực tiễn cao như xây dựng “Góc bình yên” trong lớp học, phối hợp "
                "với cha mẹ học sinh qua nhóm Zalo lớp, giáo dục kỹ năng phòng chống bắt nạt học đường."
            ),
            P(
                "Kết quả, 26 giáo viên được công nhận giáo viên chủ nhiệm lớp giỏi cấp thành phố, trong đó "
                "cô Lê Thị Như Ý (THCS Lý Tự Trọng) và thầy Nguyễn Văn Hải (THCS Chu Văn An) đạt điểm cao nhất."
            ),
            right("Nguyễn Hữu Phước"),
        ],
        authors=["Nguyễn Hữu Phước"],
        photographers=["Trần Minh Tâm"],
        summary=(
            "Từ ngày 16 đến 20/10, Phòng GD&ĐT tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp thành "
            "phố bậc THCS năm học 2026-2027."
        ),
        sapo_outside=False,
        opts={"lead": "after", "related": [128, 122, 121]},
    ),
    Story(
        117,
        "tap-huan-su-dung-hoc-lieu-so-va-phan-mem-quan-ly-truong-hoc",
        "Tập huấn sử dụng học liệu số và phần mềm quản lý trường học",
        "chuyen-mon",
        "2026-10-14T08:30:00+07:00",
        [
            lead(M10, "hoc-lieu-so.jpg", "Giáo viên thực hành trên phần mềm quản lý trường học"),
            P(
                "Trong 2 ngày 12 và 13/10, 250 giáo viên cốt cán được tập huấn khai thác kho học liệu số và "
                "phần mềm quản lý trường học phiên bản mới."
            ),
            P(
                "Lớp tập huấn do Phòng GD&ĐT phối hợp với Trung tâm Công nghệ thông tin và Truyền thông tỉnh "
                "tổ chức tại Trường THCS Chu Văn An."
            ),
            P(
                "Nội dung tập huấn tập trung vào việc tạo và chia sẻ bài giảng điện tử, xây dựng ngân hàng câu "
                "hỏi, sử dụng học bạ số và sổ điểm điện tử theo hướng dẫn của Bộ GD&ĐT."
            ),
            Img(up(M10, "hoc-lieu-so-minh-hoa.jpg"), "Ảnh: Internet", None, "credit"),
            P(
                "Video hướng dẫn ký học bạ số được Sở GD&ĐT cung cấp để giáo viên tham khảo:"
            ),
            Raw(
                '<p><iframe width="560" height="315" src="https://www.youtube.com/embed/Vt3nHcR7w1E" '
                'frameborder="0" allow="accelerometer; autoplay; encrypted-media" allowfullscreen></iframe></p>'
            ),
            P(
                "Sau tập huấn, giáo viên cốt cán có trách nhiệm hướng dẫn lại cho đồng nghiệp tại đơn vị "
                "trước ngày 31/10/2026."
            ),
        ],
        authors=["Lê Minh Quân"],
        source="Sở GD&ĐT Quảng Nam",
        summary=(
            "Trong 2 ngày 12 và 13/10, 250 giáo viên cốt cán được tập huấn khai thác kho học liệu số và "
            "phần mềm quản lý trường học phiên bản mới."
        ),
        sapo_outside=False,
        opts={"lead": "before", "author_field": "ThS. Lê Minh Quân", "source_field": "Sở GD&ĐT Quảng Nam"},
    ),
    Story(
        116,
        "phat-dong-thang-hanh-dong-vi-an-toan-giao-thong-cho-hoc-sinh",
        "Phát động Tháng hành động vì an toàn giao thông cho học sinh",
        "cong-tac-doi",
        "2026-09-18T14:00:00+07:00",
        [
            P(
                "Sáng 17/9, Hội đồng Đội thành phố phối hợp với Đội Cảnh sát giao thông Công an thành phố "
                "tổ chức lễ phát động Tháng hành động vì an toàn giao thông năm học 2026-2027."
            ),
            P("Tại buổi lễ, đại diện học sinh các trường đã ký cam kết:"),
            P("Không đi xe máy khi chưa đủ tuổi, không chở quá số người quy định.", "li"),
            P("Đội mũ bảo hiểm đạt chuẩn khi ngồi trên xe mô tô, xe gắn máy, xe đạp điện.", "li"),
            P("Không dàn hàng ngang, lạng lách khi đi xe đạp trên đường.", "li"),
            P(
                "Dịp này, Ban tổ chức trao tặng 300 mũ bảo hiểm cho học sinh lớp 1 của 18 trường tiểu học."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Quảng Nam</em></p>'),
        ],
        source="Báo Quảng Nam",
    ),
    Story(
        115,
        "le-khai-giang-nam-hoc-2026-2027-tai-cac-truong-hoc-tren-dia-ban-thanh-pho",
        "Lễ khai giảng năm học 2026-2027 tại các trường học trên địa bàn thành phố",
        "tin-hoat-dong",
        "2026-09-05T11:00:00+07:00",
        [
            lead(M09, "khai-giang-2026.jpg", "Học sinh lớp 1 Trường TH Trần Quốc Toản bước vào năm học mới"),
            P(
                "Sáng 05/9, gần 30.000 học sinh của 56 trường mầm non, tiểu học và THCS trên địa bàn thành "
                "phố Tam Kỳ nô nức dự lễ khai giảng năm học mới."
            ),
            P(
                "Năm học 2026-2027, toàn thành phố có 1.012 nhóm, lớp; 100% trường tiểu học tổ chức dạy học "
                "2 buổi/ngày và 100% trường THCS dạy môn Tin học, Tiếng Anh theo Chương trình GDPT 2018."
            ),
            P(
                "Tại các điểm trường, lãnh đạo thành phố và các phường, xã đã đến dự, đánh trống khai trường "
                "và trao học bổng cho học sinh vượt khó học tốt."
            ),
            P("Một số hình ảnh", "h4"),
            cem(M09, "khai-giang-01.jpg", "Lãnh đạo thành phố đánh trống khai trường tại Trường THCS Lý Tự Trọng"),
            cem(M09, "khai-giang-02.jpg", "Học sinh lớp 6 Trường THCS Nguyễn Du"),
            cem(M09, "khai-giang-03.jpg", "Tiết mục văn nghệ chào năm học mới"),
            cem(M09, "khai-giang-04.jpg", "Trao học bổng cho học sinh có hoàn cảnh khó khăn"),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        summary=(
            "Sáng 05/9, gần 30.000 học sinh của 56 trường mầm non, tiểu học và THCS trên địa bàn thành "
            "phố Tam Kỳ nô nức dự lễ khai giảng năm học mới."
        ),
        sapo_outside=False,
        opts={"lead": "before"},
    ),
    Story(
        112,
        "truong-mam-non-hoa-sen-don-nhan-bang-cong-nhan-dat-chuan-quoc-gia-muc-do-2",
        "Trường Mầm non Hoa Sen đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        "tin-hoat-dong",
        "2026-08-28T15:30:00+07:00",
        [
            lead(M08, "mn-hoa-sen-chuan.jpg", None),
            P(
                "Chiều 27/8, Trường Mầm non Hoa Sen (phường An Sơn) tổ chức lễ đón nhận Bằng công nhận trường "
                "đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3."
            ),
            P(
                "Trường hiện có 12 nhóm, lớp với 386 trẻ; 100% giáo viên đạt chuẩn và trên chuẩn trình độ "
                "đào tạo. Những năm qua, nhà trường được đầu tư 6 phòng học mới, khu vui chơi ngoài trời và "
                "bếp ăn một chiều đạt chuẩn."
            ),
            P(
                "Phát biểu tại buổi lễ, bà Huỳnh Thị Mỹ Hạnh, Trưởng phòng GD&ĐT, đề nghị nhà trường tiếp tục "
                "giữ vững và phát huy kết quả đạt được, nâng cao chất lượng chăm sóc, giáo dục trẻ."
            ),
        ],
        authors=["Võ Thị Kim Oanh"],
        summary=(
            "Chiều 27/8, Trường Mầm non Hoa Sen (phường An Sơn) tổ chức lễ đón nhận Bằng công nhận trường "
            "đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3."
        ),
        sapo_outside=False,
        opts={"lead": "after", "author_field": "ThS. Võ Thị Kim Oanh"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
NEWEST = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)
MOST_READ = [128, 115, 126, 118, 122]
PAGE2_ONLY = 112


def alias(story: Story) -> str:
    return f"{story.slug}-{story.id}"


def article_path(story: Story) -> str:
    return f"/news/{story.cat}/{alias(story)}.html"


def print_path(story: Story) -> str:
    return f"/news/print/{alias(story)}.html"


GOLD = [
    gold_record(s, article_path(s), CATEGORIES[s.cat], alt_paths=[print_path(s)]) for s in NEWEST
]

NON_ARTICLES = [
    "/news/tin-hoat-dong/page-2.html",
    "/news/thu-vien-anh/",
    "/about/gioi-thieu.html",
    "/about/co-cau-to-chuc.html",
    "/contact/",
]


# --- printing -------------------------------------------------------------------------------


def _when(story: Story) -> _dt.datetime:
    return _dt.datetime.fromisoformat(story.published_at or "")


def date_meta(story: Story) -> str:
    """NukeViet's article date: "Thứ năm - 19/11/2026 08:45"."""
    d = _when(story)
    return f"{WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def date_list(story: Story) -> str:
    return f"{_when(story):%d/%m/%Y %H:%M}"


def lead_img(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img) and b.style == "lead"), None)


def thumb(src: str) -> str:
    return src.replace("/uploads/news/", "/assets/news/")


def _img_tag(img: Img, alt: str = "", width: int = 600) -> str:
    return f'<img alt="{esc(alt)}" src="{esc(img.src)}" style="width: {width}px; max-width: 100%;" />'


def _para(p: P) -> str:
    value = esc(p.text)
    if p.style == "nbsp":
        value = value.replace(" ", "&nbsp;", 3)
    return value


def render_body(story: Story) -> str:
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "lead")]
    if story.summary and not story.sapo_outside:
        # the sapo is printed in the hometext, not repeated in the text
        first = next(i for i, b in enumerate(blocks) if isinstance(b, P))
        blocks = blocks[:first] + blocks[first + 1 :]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            if b.style == "h4":
                out.append(f"<h4><strong>{esc(b.text)}</strong></h4>")
            elif b.style == "li":
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                    items.append(f"<li>{esc(blocks[i].text)}</li>")
                    i += 1
                out.append("<ul>" + "".join(items) + "</ul>")
                continue
            elif b.style in ("th", "td"):
                rows = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                    row = blocks[i]
                    cell = "th" if row.style == "th" else "td"
                    cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in row.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                    i += 1
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" class="table table-bordered" '
                    'style="width: 100%;"><tbody>' + "".join(rows) + "</tbody></table>"
                )
                continue
            elif b.style == "quote":
                out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
            elif i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                out.append(f"<p>{_para(b)}<br />\n{esc(blocks[i + 1].text)}</p>")
                i += 2
                continue
            else:
                out.append(f'<p style="text-align: justify;">{_para(b)}</p>')
        elif isinstance(b, Img):
            if b.style == "cell":
                cells = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "cell":
                    c = blocks[i]
                    cells.append(
                        '<td style="text-align: center; vertical-align: top;">'
                        f"{_img_tag(c, width=260)}<br />\n{esc(c.printed or '')}</td>"
                    )
                    i += 1
                rows = ["<tr>" + "".join(cells[k : k + 3]) + "</tr>" for k in range(0, len(cells), 3)]
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="3" style="width: 100%;">'
                    "<tbody>" + "".join(rows) + "</tbody></table>"
                )
                continue
            if b.style == "fig":
                out.append(
                    f'<figure class="image" style="display:inline-block">{_img_tag(b)}'
                    f"<figcaption>{esc(b.printed or '')}</figcaption></figure>"
                )
            elif b.style == "center":
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>')
                out.append(f'<p style="text-align: center;">{esc(b.printed or "")}</p>')
            elif b.style in ("center-em", "credit"):
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>')
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed or "")}</em></p>')
            elif b.style == "next-em":
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>')
                out.append(f"<p><em>{esc(b.printed or '')}</em></p>")
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>')
        i += 1
    related = story.opts.get("related")
    if related:
        items = []
        for rid in related:
            other = BY_ID[rid]
            pic = lead_img(other)
            src = thumb(pic.src) if pic else "/themes/tamky/images/no_image.gif"
            items.append(
                f'<li class="clearfix"><a href="{article_path(other)}"><img class="img-thumbnail pull-left" '
                f'src="{src}" width="80" alt="{esc(other.title)}" /></a>'
                f'<a href="{article_path(other)}" title="{esc(other.title)}">{esc(other.title)}</a></li>'
            )
        out.append(
            '<div class="tin-lien-quan" style="border:1px solid #ddd;padding:8px;">'
            '<p><strong>Tin liên quan</strong></p><ul class="related">' + "".join(items) + "</ul></div>"
        )
    return "\n".join(out)


def render_lead(story: Story) -> str:
    img = lead_img(story)
    if img is None:
        return ""
    caption = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
    alt = img.printed or story.title
    return (
        '<figure class="imghome article left pointer"><div style="width:460px;">'
        f'<img id="imghome" alt="{esc(alt)}" src="{esc(img.src)}" width="460" class="img-thumbnail" />'
        f"</div>{caption}</figure>"
    )


def render_sapo(story: Story) -> str:
    if not story.summary:
        return ""
    return f'<div class="hometext m-bottom"><strong>{esc(story.summary)}</strong></div>'


def render_author(story: Story) -> str:
    rows = []
    if story.opts.get("author_field"):
        rows.append(
            '<p class="h5 text-right"><strong>Tác giả bài viết: </strong>'
            f"{esc(story.opts['author_field'])}</p>"
        )
    if story.opts.get("source_field"):
        rows.append(f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(story.opts["source_field"])}</p>')
    return f'<div class="news-author margin-bottom-lg">{"".join(rows)}</div>' if rows else ""


def thumb_item(story: Story, hometext: bool = False) -> str:
    pic = lead_img(story)
    src = thumb(pic.src) if pic else "/themes/tamky/images/no_image.gif"
    text = ""
    if hometext:
        first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
        text = f'<p class="text-muted">{esc(first[:160])}…</p>'
    return (
        f'<div class="news-item clearfix"><a href="{article_path(story)}" title="{esc(story.title)}">'
        f'<img class="imghome img-thumbnail pull-left" src="{src}" width="120" alt="{esc(story.title)}" /></a>'
        f'<h3><a href="{article_path(story)}" title="{esc(story.title)}">{esc(story.title)}</a></h3>'
        f'<span class="text-muted"><em class="fa fa-clock-o"></em> {date_list(story)}</span>{text}</div>'
    )


def layout(request: Request, title: str, main: str, crumbs: list[tuple[str, str]], canonical: str = "") -> str:
    menu = "".join(f'<li><a href="/news/{k}/">{esc(v)}</a></li>' for k, v in CATEGORIES.items())
    crumb = "".join(
        f'<li itemprop="itemListElement"><a href="{href}" itemprop="item"><span itemprop="name">{esc(name)}'
        "</span></a></li>"
        for href, name in crumbs
    )
    most = "".join(
        f'<li><a href="{article_path(BY_ID[i])}" title="{esc(BY_ID[i].title)}">{esc(BY_ID[i].title)}</a></li>'
        for i in MOST_READ
    )
    canon = f'<link rel="canonical" href="{base_url(request)}{canonical}" />' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml"><head>
<meta charset="utf-8" /><title>{esc(title)} - {SITE_TITLE}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="generator" content="NukeViet v4.5" />
{canon}
<link rel="StyleSheet" href="/themes/tamky/css/style.css" />
<link rel="shortcut icon" href="/favicon.ico" />
<script src="/assets/js/jquery/jquery.min.js"></script>
</head><body>
<div id="wraper">
<header class="header"><div class="top-bar"><span class="current-time">{TODAY}</span>
 <span class="hotline">Đường dây nóng: 0235 3851 246</span></div>
 <div class="banner"><a href="/"><img src="/uploads/logo-pgd-tamky.png" alt="{SITE_TITLE}" /></a>
 <img class="banner-img" src="/themes/tamky/images/banner.jpg" alt="banner" /></div>
 <nav class="second-nav"><ul class="nav navbar-nav">
  <li><a href="/"><em class="fa fa-home"></em> Trang chủ</a></li>
  <li><a href="/about/gioi-thieu.html">Giới thiệu</a>
   <ul class="subnav"><li><a href="/about/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li></ul></li>
  <li><a href="/news/">Tin tức</a><ul class="subnav">{menu}</ul></li>
  <li><a href="/news/thu-vien-anh/">Thư viện ảnh</a></li>
  <li><a href="/contact/">Liên hệ</a></li>
 </ul>
 <form action="/seek/" method="get" class="headerSearch"><input type="text" name="q" placeholder="Tìm kiếm..." /></form>
 </nav>
</header>
<div class="breadcrumbs-wrap"><ul class="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">
 <li><a href="/" title="Trang nhất"><em class="fa fa-home"></em> Trang nhất</a></li>{crumb}</ul></div>
<section class="body"><div class="row">
<div class="col-md-16">{main}</div>
<aside class="col-md-8">
 <div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div>
  <div class="panel-body"><ul class="block-news">{most}</ul></div></div>
 <div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div>
  <div class="panel-body"><form action="/voting/" method="post"><p>Bạn quan tâm nội dung nào trên Cổng thông tin?</p>
  <label><input type="radio" name="option" value="1" /> Văn bản chỉ đạo</label><br />
  <label><input type="radio" name="option" value="2" /> Tin hoạt động</label><br />
  <label><input type="radio" name="option" value="3" /> Thủ tục hành chính</label><br />
  <input type="submit" value="Bình chọn" /></form></div></div>
 <div class="panel panel-primary"><div class="panel-heading">Liên kết website</div>
  <div class="panel-body"><select onchange="window.open(this.value)">
  <option value="">-- Chọn liên kết --</option><option value="https://moet.gov.vn">Bộ GD&amp;ĐT</option>
  <option value="https://sgddt.quangnam.gov.vn">Sở GD&amp;ĐT Quảng Nam</option>
  <option value="https://tamky.quangnam.gov.vn">UBND thành phố Tam Kỳ</option></select></div></div>
 <div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div>
  <div class="panel-body"><ul class="counter"><li>Đang online: <span>34</span></li>
  <li>Hôm nay: <span>1.287</span></li><li>Tháng hiện tại: <span>21.904</span></li>
  <li>Tổng truy cập: <span>3.418.752</span></li></ul></div></div>
</aside></div></section>
<footer id="footer"><div class="footer-info"><p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ TAM KỲ</strong></p>
<p>Địa chỉ: 02 Trần Hưng Đạo, phường An Mỹ, thành phố Tam Kỳ, tỉnh Quảng Nam</p>
<p>Điện thoại: (0235) 3851 246 - Fax: (0235) 3851 247 - Email: pgdtamky@quangnam.gov.vn</p>
<p>Chịu trách nhiệm: Bà Huỳnh Thị Mỹ Hạnh - Trưởng phòng</p>
<p>© Bản quyền thuộc về Phòng GD&amp;ĐT Tam Kỳ. Thiết kế bởi Công ty TNHH Tin học Quảng Nam.</p></div>
<div class="footer-links"><a href="/about/gioi-thieu.html">Giới thiệu</a> | <a href="/contact/">Liên hệ</a></div>
</footer></div></body></html>"""


def article_page(request: Request, story: Story) -> Response:
    sapo, lead_html = render_sapo(story), render_lead(story)
    top = lead_html + sapo if story.opts.get("lead", "before") == "before" else sapo + lead_html
    newer = [s for s in NEWEST if s.cat == story.cat and (s.published_at or "") > (story.published_at or "")]
    newer_html = "".join(
        f'<li><em class="fa fa-angle-right"></em> <a href="{article_path(s)}" title="{esc(s.title)}">'
        f"{esc(s.title)}</a> <em>({date_list(s)[:10]})</em></li>"
        for s in newer[-4:]
    )
    other = (
        f'<div class="news-detail-other panel panel-default"><div class="panel-body">'
        f'<p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{newer_html}</ul></div></div>'
        if newer_html
        else ""
    )
    main = f"""<div class="news-detail panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(story.title)}</h1>
<div class="row meta margin-bottom-lg">
 <div class="col-md-12"><span class="h5 date">{date_meta(story)}</span>
  <span class="poster"> | Đăng bởi: admin</span> <span class="hitstotal"> | Lượt xem: {story.views()}</span></div>
 <div class="col-md-12"><ul class="list-inline text-right tools">
  <li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);"
   onclick="nv_open_browse('/sendmail/{alias(story)}.html','',650,500)"><em class="fa fa-envelope fa-lg"></em></a></li>
  <li><a class="dimgray" rel="nofollow" title="In ra" href="{print_path(story)}" target="_blank">
   <em class="fa fa-print fa-lg"></em></a></li>
  <li><a class="dimgray" href="javascript:void(0);" onclick="fontSize(1)">A+</a></li></ul></div>
</div>
<div class="clearfix">{top}</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_body(story)}
</div>
{render_author(story)}
<div class="news-share"><span>Chia sẻ:</span>
 <a rel="nofollow" href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{article_path(story)}"
  target="_blank"><em class="fa fa-facebook-square"></em></a>
 <a rel="nofollow" href="https://zalo.me/share?url={base_url(request)}{article_path(story)}" target="_blank">Zalo</a></div>
</div></div>
{other}"""
    crumbs = [("/news/", "Tin tức"), (f"/news/{story.cat}/", CATEGORIES[story.cat])]
    return html(layout(request, story.title, main, crumbs, article_path(story)))


def print_page(request: Request, story: Story) -> Response:
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />
<title>{esc(story.title)}</title><meta name="robots" content="noindex, nofollow" />
<link rel="StyleSheet" href="/themes/default/css/print.css" /></head>
<body onload="window.print()"><div id="print">
<div id="hd_print"><img src="/uploads/logo-pgd-tamky.png" alt="logo" /> {SITE_TITLE}</div>
<div id="content"><h1>{esc(story.title)}</h1>
<p class="meta">{date_meta(story)}</p>
<div class="clearfix">{render_lead(story)}{render_sapo(story)}</div>
<div class="bodytext">{render_body(story)}</div>
{render_author(story)}
<div id="footerprint"><p>URL của bản tin này: <strong>{base_url(request)}{article_path(story)}</strong></p>
<p>© {SITE_TITLE}</p></div></div></div></body></html>"""
    return html(page)


def pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    items = []
    for n in range(1, pages + 1):
        href = base if n == 1 else f"{base}page-{n}.html"
        items.append(f'<li class="active"><span>{n}</span></li>' if n == page else f'<li><a href="{href}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a href="{base}page-{page + 1}.html">Trang sau</a></li>')
    return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>'


def listing(request: Request, cat: str | None, page: int) -> Response | None:
    stories = [s for s in NEWEST if cat is None or s.cat == cat]
    pages = (len(stories) + PER_PAGE - 1) // PER_PAGE
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    name = CATEGORIES[cat] if cat else "Tin tức"
    base = f"/news/{cat}/" if cat else "/news/"
    items = "".join(thumb_item(s, hometext=True) for s in chunk)
    main = (
        f'<div class="news_column panel panel-default"><div class="panel-heading"><h2>{esc(name)}</h2></div>'
        f'<div class="panel-body viewcat_list">{items}</div></div>{pager(base, page, pages)}'
    )
    crumbs = [("/news/", "Tin tức")] + ([(base, name)] if cat else [])
    title = name + (f" - Trang {page}" if page > 1 else "")
    return html(layout(request, title, main, crumbs, base if page == 1 else f"{base}page-{page}.html"))


def home(request: Request) -> Response:
    newest = "".join(thumb_item(s) for s in NEWEST[:5])
    boxes = []
    for key, name in CATEGORIES.items():
        top = [s for s in NEWEST if s.cat == key][:3]
        boxes.append(
            f'<div class="news_column panel panel-default"><div class="panel-heading">'
            f'<a href="/news/{key}/">{esc(name)}</a></div><div class="panel-body">'
            + "".join(thumb_item(s) for s in top)
            + f'<p class="text-right"><a href="/news/{key}/">Xem tất cả »</a></p></div></div>'
        )
    main = (
        '<div class="panel panel-default"><div class="panel-heading">Tin mới nhất</div>'
        f'<div class="panel-body">{newest}</div></div>' + "".join(boxes)
    )
    return html(layout(request, "Trang chủ", main, [], "/"))


ALBUMS = [
    ("Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", M11, ["le-20-11-01.jpg", "le-20-11-03.jpg", "le-20-11-05.jpg"]),
    ("Hội khỏe Phù Đổng cấp thành phố 2026", M11, ["hkpd-01.jpg", "hkpd-03.jpg", "hkpd-06.jpg"]),
    ("Khai giảng năm học 2026-2027", M09, ["khai-giang-01.jpg", "khai-giang-02.jpg"]),
]


def albums(request: Request) -> Response:
    cards = []
    for title, month, files in ALBUMS:
        photos = "".join(
            f'<a href="{up(month, f)}" data-fancybox="{esc(title)}"><img src="{thumb(up(month, f))}" '
            f'width="150" alt="{esc(title)}" /></a>'
            for f in files
        )
        cards.append(
            f'<div class="album-item"><h3>{esc(title)}</h3><div class="album-photos">{photos}</div>'
            f'<p class="text-muted">{len(files)} ảnh</p></div>'
        )
    main = (
        '<div class="news_column panel panel-default"><div class="panel-heading"><h2>Thư viện ảnh</h2></div>'
        f'<div class="panel-body">{"".join(cards)}</div></div>'
    )
    return html(layout(request, "Thư viện ảnh", main, [("/news/thu-vien-anh/", "Thư viện ảnh")], "/news/thu-vien-anh/"))


ABOUT = {
    "gioi-thieu": (
        "Giới thiệu Phòng GD&ĐT thành phố Tam Kỳ",
        [
            "Phòng Giáo dục và Đào tạo thành phố Tam Kỳ là cơ quan chuyên môn thuộc UBND thành phố, tham "
            "mưu, giúp UBND thành phố quản lý nhà nước về giáo dục và đào tạo trên địa bàn.",
            "Thành phố hiện có 22 trường mầm non, 18 trường tiểu học và 16 trường THCS với gần 30.000 học "
            "sinh và hơn 1.900 cán bộ, giáo viên, nhân viên.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Trưởng phòng: Bà Huỳnh Thị Mỹ Hạnh.",
            "Phó Trưởng phòng: Ông Lê Minh Quân, ông Nguyễn Hữu Phước.",
            "Các bộ phận: Tổ Văn phòng, Tổ Mầm non, Tổ Tiểu học, Tổ THCS.",
        ],
    ),
}


def about_page(request: Request, key: str) -> Response:
    title, paras = ABOUT[key]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = (
        f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title">{esc(title)}</h1>'
        f'<div class="bodytext">{body}</div></div></div>'
    )
    return html(layout(request, title, main, [(f"/about/{key}.html", title)], f"/about/{key}.html"))


def contact(request: Request) -> Response:
    main = """<div class="panel panel-default"><div class="panel-body"><h1>Liên hệ</h1>
<p>Phòng Giáo dục và Đào tạo thành phố Tam Kỳ - 02 Trần Hưng Đạo, phường An Mỹ, Tam Kỳ, Quảng Nam</p>
<p>Điện thoại: (0235) 3851 246 - Email: pgdtamky@quangnam.gov.vn</p>
<form action="/contact/" method="post"><p><label>Họ và tên <input type="text" name="fname" /></label></p>
<p><label>Email <input type="email" name="femail" /></label></p>
<p><label>Tiêu đề <input type="text" name="ftitle" /></label></p>
<p><textarea name="fcon" rows="6" cols="60"></textarea></p><input type="submit" value="Gửi thông tin" /></form>
</div></div>"""
    if request.method == "POST":
        main = '<div class="alert alert-info">Cảm ơn bạn đã gửi thông tin liên hệ.</div>' + main
    return html(layout(request, "Liên hệ", main, [("/contact/", "Liên hệ")], "/contact/"))


_ARTICLE = re.compile(r"^/news/([a-z-]+)/([a-z0-9-]+)-(\d+)\.html$")
_PRINT = re.compile(r"^/news/print/([a-z0-9-]+)-(\d+)\.html$")
_PAGE = re.compile(r"^/news/(?:([a-z-]+)/)?page-(\d+)\.html$")


class NukeVietSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST" and path != "/contact/":
            return None
        if path in ("/", "/index.php"):
            return home(request)
        if path == "/news/":
            return listing(request, None, 1)
        if path == "/news/thu-vien-anh/":
            return albums(request)
        if path == "/contact/":
            return contact(request)
        m = re.fullmatch(r"/about/([a-z-]+)\.html", path)
        if m and m.group(1) in ABOUT:
            return about_page(request, m.group(1))
        m = _PAGE.match(path)
        if m:
            cat = m.group(1)
            if cat is not None and cat not in CATEGORIES:
                return None
            page = int(m.group(2))
            return listing(request, cat, page) if page > 1 else None
        m = re.fullmatch(r"/news/([a-z-]+)/", path)
        if m and m.group(1) in CATEGORIES:
            return listing(request, m.group(1), 1)
        m = _PRINT.match(path)
        if m:
            story = BY_ID.get(int(m.group(2)))
            if story is None or story.slug != m.group(1):
                return None
            return print_page(request, story)
        m = _ARTICLE.match(path)
        if m:
            story = BY_ID.get(int(m.group(3)))
            if story is None or story.slug != m.group(2):
                return None
            if story.cat != m.group(1):
                return redirect(article_path(story), 301)
            return article_page(request, story)
        return static_file(path)


def build_site() -> NukeVietSite:
    return NukeVietSite()
