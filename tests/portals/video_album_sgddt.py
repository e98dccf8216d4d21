"""Sở GD&ĐT Quảng Trị on a vendor "Cổng thông tin điện tử" package written in PHP (CodeIgniter-like
routing: ``controller/slug-<letter><id>.html``), with many MEDIA POSTS: video clips, photo reports
and pure photo galleries next to ordinary news.

Platform
--------
The vendor names its CSS classes in its own Vietnamese abbreviations, never "article"/"content":
``.ct-tin`` (chi tiết tin), ``.tde`` (tiêu đề), ``.tgian`` (thời gian), ``.tomtat`` (tóm tắt),
``.ndung`` (nội dung), ``.cc-tin`` (công cụ), ``.lqan`` (tin liên quan); the media templates use
``.ct-vd`` / ``.tde-vd`` / ``.ngdang`` / ``.khung-vd`` / ``.mota-vd`` (video) and
``.ct-anh`` / ``.tde-al`` / ``.nd-anh`` (photo albums). Page frame: a top bar "Hôm nay: Thứ Sáu,
04/12/2026" (the server's today, never a publication date), logo and banner, a horizontal menu, a
left column with the menu tree (Giới thiệu, Tin tức, Thư viện, Văn bản, Liên hệ), the main column
with a breadcrumb ``.duongdan`` ("Trang chủ » <chuyên mục>"), and a right column: "Video nổi bật"
(an embedded YouTube player plus 5 video links, two of them to youtube.com), "Tin đọc nhiều",
"Thăm dò ý kiến" (a poll form), "Liên kết website" (a ``<select>`` of other sites) and the counter
"Đang truy cập: 12 | Tổng lượt truy cập: 1.203.456". Footer: address, phone, e-mail, licence.

URL scheme
----------
- ``/`` home: "Tin mới" (6 newest news), "Thông báo", a video strip and an album strip.
- ``/tin-tuc/<slug>-t<id>.html`` news; ``/in-bai/t<id>`` its print view (same article).
- ``/video/<slug>-v<id>.html`` video posts; ``/video`` (``?trang=N``) the video playlist listing.
- ``/thu-vien-anh/<slug>-a<id>.html`` photo albums: both photo reports (with text) and pure
  galleries (a title and a grid of thumbnails); ``/thu-vien-anh`` the album listing.
- ``/chuyen-muc/<slug>-c<id>.html?trang=<n>``: category lists, 8 per page, pager
  "« Đầu ‹ 1 2 3 › Cuối »" (page 1 is also linked as ``?trang=1``).
- ``/gioi-thieu/<slug>.html`` static pages, ``/lien-he.html`` contact form, ``/van-ban`` and
  ``/van-ban/<slug>-d<id>.html`` document entries (number, date, signer, PDF link),
  ``/uploads/files/*.pdf`` attachments, ``/binh-chon`` the poll's result page.
- No robots.txt, no sitemap.

Page templates
--------------
- news: ``h1.tde``, ``div.tgian`` "Cập nhật: 09:15 | 18/11/2026" with "Lượt xem", an optional
  ``div.tomtat`` lead (bold, outside the text), ``div.ndung`` (the editor's HTML: paragraphs,
  bold sub-headings, lists, tables, photos with an italic line or a caption cell, a byline at the
  end), the tool line "In trang | Gửi email | Lên đầu trang", "Tin cùng chuyên mục" with the
  dates in parentheses.
- video: ``h1.tde-vd`` (sometimes "[Video] …"), ``div.ngdang`` "Ngày đăng: 18-11-2026", the player
  (a ``youtube-nocookie.com/embed`` iframe with ``title="YouTube video player"``, or an HTML5
  ``<video>`` with ``<source>`` and a ``<noscript>`` fallback line), then 2–5 paragraphs and a
  credit line ("Video: Đài PT-TH Quảng Trị", "Clip: Tổ Truyền thông", "Thực hiện: …").
- photo report: ``h1.tde-al``, "Ngày đăng: …", a two-sentence intro, then for every photo
  ``<p><img></p>`` followed by a PLAIN ``<p>`` caption (no class, no italics, no parentheses),
  one album numbering them "Ảnh 1: …"; "Ảnh: <name>" at the end.
- gallery: ``h1.tde-al``, "(12 ảnh)" and a grid ``ul.dsanh`` of thumbnails linking to the
  full-size JPEGs; no text at all.

How each gold article is reached
--------------------------------
- "Tin hoạt động" (``/chuyen-muc/tin-hoat-dong-c1.html``) is the portal's general feed: the
  vendor cross-lists video posts, photo reports and galleries there, plus "file" items that link
  straight to a PDF and two removed items (their pages answer 404 "Tin không tồn tại"). 18 items,
  8 per page: pages 1, 2, 3.
- The oldest news (``tong-ket-pho-cap-giao-duc``, 30/10) is reachable ONLY from page 3 of that
  feed: not on the home page, not in "Tin cùng chuyên mục" (the 5 newest of the feed), not in
  "Tin đọc nhiều".
- The other news: home "Tin mới"/"Thông báo", category pages, "Tin cùng chuyên mục".
- Videos: home strip, "Video nổi bật", ``/video``, "Video - Clip" category, the feed.
- Photo reports and galleries: home album strip, ``/thu-vien-anh``, "Phóng sự ảnh" category.

Traps
-----
- Media posts: the video player is not text; the iframe's ``title="YouTube video player"`` is an
  attribute, and the ``<noscript>`` line "Trình duyệt của bạn không hỗ trợ video" inside
  ``<video>`` is a fallback, neither is body.
- Photo report captions are plain paragraphs: the line right after each ``<p><img></p>`` is the
  caption (not body); only the intro paragraph before the photos is body. One photo is followed
  directly by the next photo: it has no caption.
- Pure galleries share the URL form of photo reports but are NOT articles (no text).
- Print view ``/in-bai/t<id>`` serves the same news article (gold ``alt_paths``).
- Bylines: "Người đưa tin: X", "Tin và ảnh: X" (author and photographer), "ThS. Nguyễn Văn Hải -
  Phó Trưởng phòng GDTrH" (the degree and post are not the name), "P.V" (nobody), a right-aligned
  bare name, "Tin: X - Ảnh: Y", a unit ("Văn phòng Sở") signing a notice.
  The "Tin: X - Ảnh: Y" line gives X as author and Y as photographer.
- Dates in two forms: "Cập nhật: 09:15 | 18/11/2026" (news, with a time) and "Ngày đăng:
  18-11-2026" (media, day only); the header's "Hôm nay" is today.
- "Tin cùng chuyên mục" prints dates in parentheses; the "Video nổi bật" player in the right column
  is another YouTube iframe, on every page.

Gold decisions
--------------
- title: the ``h1`` as printed ("[Video] …" kept).
- published_at: news "YYYY-MM-DDTHH:MM:00+07:00" from "Cập nhật"; media "YYYY-MM-DD".
- authors/photographers/source from the credit line at the end ("Ảnh: Lê Minh Quân" the
  photographer). (Harmonised after the first crawl with the house convention, which the spec
  had departed from: a video's credit, "Video: Đài PT-TH Quảng Trị" or "Clip: Tổ Truyền
  thông", credits who shot it, as "Ảnh:" does a photo: photographers, however an organisation,
  not the source or the author. A bare "P.V" signs for an unnamed reporter: nobody.)
- summary: only the ``div.tomtat`` lead (first body paragraph too).
- body: text paragraphs in order; table rows as cells joined by " | "; a ``<br>`` line is its own
  paragraph; captions, credit lines, the player, tools and lists are not.
- images: the photos of the text (none for videos), caption = the line under each as printed.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "video_album_sgddt"
PLATFORM = "Vendor PHP 'Cổng TTĐT' (CodeIgniter-like routes), media posts: video, photo reports"
START_PATH = "/"

SITE_TITLE = "Sở Giáo dục và Đào tạo Quảng Trị"
HEADER_TODAY = "Hôm nay: Thứ Sáu, 04/12/2026"
PER_PAGE = 8

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "video-clip": "Video - Clip",
    "phong-su-anh": "Phóng sự ảnh",
    "thong-bao": "Thông báo",
}
CAT_IDS = {"tin-hoat-dong": 1, "video-clip": 2, "phong-su-anh": 3, "thong-bao": 4}

COUNTER = "Đang truy cập: 12 | Tổng lượt truy cập: 1.203.456"


def cat_path(key: str) -> str:
    return f"/chuyen-muc/{key}-c{CAT_IDS[key]}.html"


def nimg(name: str) -> str:
    return f"/uploads/tintuc/2026/11/{name}"


def aimg(aid: int, n: int) -> str:
    return f"/uploads/album/{aid}/anh-{n:02d}.jpg"


def right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


# --- the stories --------------------------------------------------------------------------------
#
# opts: kind ("news" | "video" | "album"), date ("dd/mm/yyyy"), time ("HH:MM", news only),
# player ("yt:<id>" | "mp4:<file>") for videos.
# P styles: "h" (bold sub-heading), "li" (bullets), "row" (table row, cells " | "), "br" (lines of one
# <p> split by <br>), "quote". Img styles: "em" (italic centred line), "cell" (caption cell of the
# editor's image table), "none", "plain" (album: the plain <p> right after the photo).

NEWS: list[Story] = [
    Story(
        1608,
        "thong-bao-lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        "Thông báo lịch thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12 năm học 2026-2027",
        "thong-bao",
        "2026-12-03T15:00:00+07:00",
        [
            P(
                "Sở GD&ĐT Quảng Trị thông báo lịch thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12 năm "
                "học 2026-2027 đến các trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh như sau:"
            ),
            P("1. Thời gian và địa điểm", "h"),
            P("Ngày | Buổi | Nội dung | Giờ bắt đầu", "row"),
            P("16/12/2026 | Chiều | Họp hội đồng coi thi, làm thủ tục dự thi | 14h00", "row"),
            P("17/12/2026 | Sáng | Thi các môn Toán, Vật lí, Hóa học, Ngữ văn | 07h30", "row"),
            P("18/12/2026 | Sáng | Thi các môn Sinh học, Tin học, Lịch sử, Địa lí, Tiếng Anh | 07h30", "row"),
            P(
                "Địa điểm thi: Trường THPT Chuyên Lê Quý Đôn, số 01 Lê Quý Đôn, phường Đông Hà, tỉnh "
                "Quảng Trị."
            ),
            P("2. Yêu cầu", "h"),
            P(
                "Các đơn vị có thí sinh dự thi cử cán bộ dẫn đoàn, chịu trách nhiệm quản lý học sinh "
                "trong suốt thời gian thi; thí sinh mang theo thẻ học sinh hoặc căn cước."
            ),
            P(
                "Mọi thắc mắc liên hệ Phòng Quản lý chất lượng, điện thoại 0233.3852.462 để được hướng "
                "dẫn."
            ),
            right("Văn phòng Sở"),
        ],
        authors=["Văn phòng Sở"],
        opts={"kind": "news", "date": "03/12/2026", "time": "15:00"},
    ),
    Story(
        1605,
        "hoi-nghi-trien-khai-chuyen-doi-so-nganh-giao-duc-nam-hoc-2026-2027",
        "Hội nghị triển khai công tác chuyển đổi số ngành Giáo dục năm học 2026-2027",
        "tin-hoat-dong",
        "2026-12-02T08:30:00+07:00",
        [
            P(
                "Ngày 01/12, Sở GD&ĐT Quảng Trị đã tổ chức Hội nghị triển khai công tác chuyển đổi số "
                "năm học 2026-2027, kết nối trực tuyến đến 9 điểm cầu các phòng GD&ĐT và hơn 600 cơ "
                "sở giáo dục trong tỉnh."
            ),
            Img(
                nimg("hoi-nghi-cds-1.jpg"),
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
                "em",
            ),
            P(
                "Báo cáo tại hội nghị cho biết, năm học 2025-2026 toàn ngành đã hoàn thành việc cấp "
                "học bạ số cho học sinh tiểu học, 100% trường học sử dụng phần mềm quản lý nhà trường "
                "và sổ điểm điện tử; 87% giáo viên được bồi dưỡng kỹ năng số cơ bản."
            ),
            P(
                "Năm học 2026-2027, ngành tập trung triển khai học bạ số cấp THCS, THPT, thanh toán "
                "không dùng tiền mặt trong các khoản thu, xây dựng kho học liệu số dùng chung của tỉnh "
                "và thí điểm ứng dụng trí tuệ nhân tạo hỗ trợ giáo viên soạn bài."
            ),
            P(
                "Phát biểu chỉ đạo, ông Nguyễn Văn Hiếu, Giám đốc Sở GD&ĐT nhấn mạnh: “Chuyển đổi số "
                "không phải là phong trào mà là nhiệm vụ thường xuyên; mỗi nhà trường phải có kế hoạch "
                "cụ thể, có người chịu trách nhiệm và có sản phẩm đo đếm được”.",
                "quote",
            ),
            Img(
                nimg("hoi-nghi-cds-2.jpg"),
                "Giám đốc Sở GD&ĐT Nguyễn Văn Hiếu phát biểu chỉ đạo hội nghị",
                "Giám đốc Sở GD&ĐT Nguyễn Văn Hiếu phát biểu chỉ đạo hội nghị",
                "em",
            ),
            P(
                "Tại hội nghị, đại diện Viettel Quảng Trị đã hướng dẫn quy trình ký số học bạ và kết "
                "nối dữ liệu với cơ sở dữ liệu ngành."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Lê Thị Hồng Nhung - Ảnh: Phan Văn Tú</strong></p>'),
        ],
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Phan Văn Tú"],
        summary=(
            "Năm học 2026-2027, ngành Giáo dục Quảng Trị đặt mục tiêu 100% trường THCS, THPT sử "
            "dụng học bạ số và 90% giáo viên ứng dụng thành thạo học liệu số trong giảng dạy."
        ),
        sapo_outside=True,
        opts={"kind": "news", "date": "02/12/2026", "time": "08:30"},
    ),
    Story(
        1598,
        "tap-huan-giao-vien-day-mon-lich-su-va-dia-ly-cap-thcs",
        "Tập huấn bồi dưỡng giáo viên dạy môn Lịch sử và Địa lý cấp THCS",
        "tin-hoat-dong",
        "2026-11-28T14:20:00+07:00",
        [
            P(
                "Từ ngày 25 đến 27/11/2026, Sở GD&ĐT tổ chức lớp tập huấn bồi dưỡng giáo viên dạy môn "
                "Lịch sử và Địa lý cấp THCS cho 180 giáo viên cốt cán của các phòng GD&ĐT."
            ),
            P("Nội dung tập huấn", "h"),
            P("Dạy học tích hợp các chủ đề chung của môn Lịch sử và Địa lý lớp 8, lớp 9.", "li"),
            P("Sử dụng bản đồ số, tư liệu lịch sử địa phương Quảng Trị trong dạy học.", "li"),
            P("Thiết kế đề kiểm tra đánh giá theo định hướng phát triển năng lực học sinh.", "li"),
            P("Kết quả", "h"),
            P(
                "Các học viên được thực hành thiết kế kế hoạch bài dạy theo nhóm, trình bày và góp ý "
                "trực tiếp. Sau tập huấn, giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo viên "
                "tại đơn vị trước ngày 20/12/2026."
            ),
            P(
                "Đây là lớp tập huấn thứ ba trong năm 2026 nhằm khắc phục tình trạng thiếu giáo viên "
                "được đào tạo dạy môn tích hợp ở cấp THCS."
            ),
            right("ThS. Nguyễn Văn Hải - Phó Trưởng phòng GDTrH"),
        ],
        authors=["Nguyễn Văn Hải"],
        opts={"kind": "news", "date": "28/11/2026", "time": "14:20"},
    ),
    Story(
        1593,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam-tuyen-duong-nha-giao-tieu-bieu",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tuyên dương 120 nhà giáo tiêu biểu",
        "tin-hoat-dong",
        "2026-11-24T16:05:00+07:00",
        [
            P(
                "Sáng 19/11/2026, tại Nhà Văn hóa Trung tâm tỉnh, Sở GD&ĐT Quảng Trị long trọng tổ "
                "chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương "
                "nhà giáo tiêu biểu năm học 2025-2026."
            ),
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh, lãnh đạo các sở, ban, ngành cùng hơn "
                "500 nhà giáo, cán bộ quản lý giáo dục đại diện cho hơn 20.000 thầy cô giáo trong tỉnh."
            ),
            Img(
                nimg("ky-niem-20-11-1.jpg"),
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "cell",
            ),
            P(
                "Năm học vừa qua, toàn tỉnh có 38 học sinh đạt giải kỳ thi chọn học sinh giỏi quốc "
                "gia, tỷ lệ tốt nghiệp THPT đạt 99,2%; 72% trường học đạt chuẩn quốc gia."
            ),
            P(
                "Thay mặt các nhà giáo, cô Nguyễn Thị Lan, Trường THPT Cồn Tiên chia sẻ: “Niềm vui "
                "lớn nhất của người thầy là thấy học trò trưởng thành. Chúng tôi sẽ tiếp tục bám "
                "trường, bám lớp, nhất là ở vùng khó khăn”.",
                "quote",
            ),
            Img(
                nimg("ky-niem-20-11-2.jpg"),
                "Tuyên dương 120 nhà giáo tiêu biểu năm học 2025-2026",
                "Tuyên dương 120 nhà giáo tiêu biểu năm học 2025-2026",
                "cell",
            ),
            P(
                "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể và 35 cá nhân; Giám đốc Sở "
                "GD&ĐT tặng Giấy khen cho 120 nhà giáo tiêu biểu."
            ),
            right("Tin và ảnh: Trần Đức Long"),
        ],
        authors=["Trần Đức Long"],
        photographers=["Trần Đức Long"],
        opts={"kind": "news", "date": "24/11/2026", "time": "16:05"},
    ),
    Story(
        1590,
        "dieu-chinh-khung-thoi-gian-nam-hoc-do-anh-huong-mua-lu",
        "Điều chỉnh khung thời gian năm học 2026-2027 do ảnh hưởng mưa lũ",
        "thong-bao",
        "2026-11-19T08:00:00+07:00",
        [
            P(
                "Do ảnh hưởng của đợt mưa lũ lớn từ ngày 28/10 đến 08/11/2026, nhiều trường học ở các "
                "xã miền núi và vùng trũng phải cho học sinh nghỉ học dài ngày."
            ),
            P(
                "UBND tỉnh đã đồng ý điều chỉnh khung thời gian năm học 2026-2027: thời gian kết thúc "
                "học kỳ I lùi đến ngày 17/01/2027, kết thúc năm học trước ngày 31/5/2027."
            ),
            P(
                "Các trường chủ động xây dựng kế hoạch dạy bù, bảo đảm đủ nội dung chương trình, không "
                "dạy dồn, không tăng giờ gây quá tải cho học sinh."
            ),
            P(
                "Đối với các trường bị hư hỏng cơ sở vật chất, phòng GD&ĐT tổng hợp nhu cầu hỗ trợ gửi "
                "về Sở trước ngày 25/11/2026."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Quảng Trị</em></p>'),
        ],
        source="Báo Quảng Trị",
        opts={"kind": "news", "date": "19/11/2026", "time": "08:00"},
    ),
    Story(
        1586,
        "ket-qua-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-thpt",
        "Kết quả Hội thi giáo viên chủ nhiệm lớp giỏi cấp THPT năm 2026",
        "tin-hoat-dong",
        "2026-11-18T09:15:00+07:00",
        [
            P(
                "Sau 4 ngày tranh tài sôi nổi, Hội thi giáo viên chủ nhiệm lớp giỏi cấp THPT năm 2026 "
                "đã bế mạc chiều 16/11 tại Trường THPT Đông Hà."
            ),
            Img(nimg("gvcn-gioi.jpg"), None, None, "none"),
            P(
                "Hội thi có 64 giáo viên đến từ 33 trường THPT tham gia, trải qua hai phần thi: trình "
                "bày biện pháp giáo dục học sinh và xử lý tình huống sư phạm."
            ),
            P("Kết quả các giải cao:", "h"),
            P("Giải | Họ và tên | Đơn vị", "row"),
            P("Nhất | Lê Thị Minh Thư | THPT Chuyên Lê Quý Đôn", "row"),
            P("Nhì | Phạm Quốc Việt | THPT Hướng Hóa", "row"),
            P("Nhì | Trần Thị Hoài | THPT Vĩnh Linh", "row"),
            P("Ba | Hồ Văn Sơn | THPT Hải Lăng", "row"),
            P(
                "Ban tổ chức đã trao 6 giải Nhất, 10 giải Nhì, 14 giải Ba và 20 giải Khuyến khích "
                "cho các giáo viên."
            ),
            right("P.V"),
        ],
        opts={"kind": "news", "date": "18/11/2026", "time": "09:15"},
    ),
    Story(
        1581,
        "truong-tieu-hoc-le-loi-trien-khai-mo-hinh-thu-vien-than-thien",
        "Trường Tiểu học Lê Lợi triển khai mô hình thư viện thân thiện",
        "tin-hoat-dong",
        "2026-11-11T10:40:00+07:00",
        [
            P(
                "Với sự hỗ trợ của tổ chức Room to Read, Trường Tiểu học Lê Lợi (phường Đông Hà) vừa "
                "đưa vào sử dụng mô hình thư viện thân thiện với hơn 3.000 đầu sách dành cho thiếu nhi."
            ),
            P(
                "Thư viện được bố trí theo không gian mở: giá sách thấp, thảm ngồi đọc, góc kể chuyện "
                "và khu trưng bày sản phẩm đọc của học sinh."
            ),
            P("Lịch đọc sách của các khối lớp:", "br"),
            P("- Khối 1, 2: tiết đọc thư viện vào sáng thứ Ba hằng tuần;", "br"),
            P("- Khối 3, 4, 5: tiết đọc thư viện vào chiều thứ Năm hằng tuần.", "br"),
            Img(
                nimg("thu-vien-le-loi.jpg"),
                "Giờ đọc sách của học sinh lớp 2 tại thư viện thân thiện",
                "Giờ đọc sách của học sinh lớp 2 tại thư viện thân thiện",
                "em",
            ),
            P(
                "Cô Phan Thị Mai, Hiệu trưởng nhà trường cho biết sau một tháng vận hành, số lượt "
                "mượn sách của học sinh tăng gấp ba lần so với cùng kỳ năm trước."
            ),
            P(
                "Nhà trường sẽ tiếp tục vận động phụ huynh và cựu học sinh đóng góp thêm sách, báo để "
                "phong phú kho sách."
            ),
            right("Người đưa tin: Hoàng Thị Na"),
        ],
        authors=["Hoàng Thị Na"],
        opts={"kind": "news", "date": "11/11/2026", "time": "10:40"},
    ),
    Story(
        1570,
        "tong-ket-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
        "Hội nghị tổng kết công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        "tin-hoat-dong",
        "2026-10-30T07:50:00+07:00",
        [
            P(
                "Ngày 29/10/2026, Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ tỉnh Quảng Trị tổ chức hội "
                "nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027."
            ),
            P(
                "Đến nay, 100% xã, phường duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi và "
                "phổ cập giáo dục tiểu học mức độ 3; 96,5% xã đạt chuẩn phổ cập giáo dục THCS mức độ 2."
            ),
            P(
                "Tỉnh duy trì đạt chuẩn xóa mù chữ mức độ 2; trong năm đã mở 24 lớp xóa mù chữ cho "
                "hơn 500 người đồng bào dân tộc thiểu số ở hai huyện Hướng Hóa và Đakrông."
            ),
            P(
                "Hội nghị cũng chỉ ra những khó khăn: tỷ lệ học sinh bỏ học ở vùng đồng bào dân tộc "
                "thiểu số còn cao, việc cập nhật dữ liệu phổ cập trên hệ thống còn chậm ở một số xã."
            ),
            P(
                "Năm 2027, Ban Chỉ đạo đặt mục tiêu 100% xã đạt chuẩn phổ cập giáo dục THCS mức độ 2 "
                "và tiếp tục mở các lớp xóa mù chữ gắn với dạy nghề ngắn hạn."
            ),
            Raw('<p style="text-align: right;">Võ Thị Thanh Thủy</p>'),
        ],
        authors=["Võ Thị Thanh Thủy"],
        opts={"kind": "news", "date": "30/10/2026", "time": "07:50"},
    ),
]

VIDEOS: list[Story] = [
    Story(
        212,
        "ngay-hoi-stem-cap-tinh-nam-2026",
        "[Video] Ngày hội STEM cấp tỉnh năm 2026: học sinh sáng tạo từ những điều giản dị",
        "video-clip",
        "2026-12-01",
        [
            P(
                "Ngày hội STEM cấp tỉnh năm 2026 do Sở GD&ĐT tổ chức tại Trường THPT Chuyên Lê Quý "
                "Đôn thu hút gần 2.000 học sinh đến từ 45 trường trong tỉnh."
            ),
            P(
                "Hơn 120 sản phẩm được trưng bày: từ mô hình tưới cây tự động, robot phân loại rác "
                "đến thiết bị cảnh báo lũ sớm cho vùng trũng."
            ),
            P(
                "Nhiều sản phẩm được chọn tham dự cuộc thi Khoa học kỹ thuật cấp quốc gia dành cho học "
                "sinh trung học năm học 2026-2027."
            ),
            Raw('<p style="text-align: right;"><strong>Video: Đài PT-TH Quảng Trị</strong></p>'),
        ],
        photographers=["Đài PT-TH Quảng Trị"],
        opts={"kind": "video", "date": "01/12/2026", "player": "yt:Qx7mStEm26a"},
    ),
    Story(
        208,
        "hoc-sinh-thcs-nguyen-trai-bieu-dien-van-nghe-chao-mung-20-11",
        "Học sinh Trường THCS Nguyễn Trãi biểu diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam",
        "video-clip",
        "2026-11-25",
        [
            P(
                "Chương trình văn nghệ “Tri ân thầy cô” do Liên đội Trường THCS Nguyễn Trãi (phường "
                "Đông Hà) dàn dựng với 12 tiết mục múa, hát, hoạt cảnh."
            ),
            P(
                "Điểm nhấn của chương trình là hoạt cảnh “Mái trường mến yêu” do 40 học sinh khối 9 "
                "thể hiện, tái hiện kỷ niệm của học trò với thầy cô qua nhiều thế hệ."
            ),
            Raw('<p style="text-align: right;"><em>Clip: Tổ Truyền thông</em></p>'),
        ],
        photographers=["Tổ Truyền thông"],
        opts={"kind": "video", "date": "25/11/2026", "player": "mp4:van-nghe-20-11-nguyen-trai.mp4"},
    ),
    Story(
        203,
        "huong-dan-ky-nang-phong-chong-duoi-nuoc-cho-hoc-sinh",
        "[Video] Hướng dẫn kỹ năng phòng, chống đuối nước cho học sinh mùa mưa lũ",
        "video-clip",
        "2026-11-16",
        [
            P(
                "Mùa mưa lũ ở Quảng Trị thường kéo dài từ tháng 9 đến tháng 12, tiềm ẩn nhiều nguy cơ "
                "đuối nước đối với trẻ em, nhất là ở các xã ven sông Thạch Hãn, sông Bến Hải."
            ),
            P(
                "Video hướng dẫn các kỹ năng cơ bản: nhận biết vùng nước nguy hiểm, cách nổi ngửa, cách "
                "dùng vật dụng sẵn có để cứu bạn mà không nhảy xuống nước."
            ),
            P(
                "Sở GD&ĐT đề nghị các trường trình chiếu video trong tiết sinh hoạt lớp và gửi đường "
                "link đến nhóm Zalo phụ huynh học sinh."
            ),
            P(
                "Phụ huynh cần thường xuyên nhắc nhở con em không tắm sông, suối, không đi qua ngầm "
                "tràn khi nước lũ đang lên."
            ),
            Raw('<p style="text-align: right;">Thực hiện: Trần Thị Thu Hà</p>'),
        ],
        authors=["Trần Thị Thu Hà"],
        opts={"kind": "video", "date": "16/11/2026", "player": "yt:dN9wPcDn011"},
    ),
]

_HKPD = [
    "Lễ rước đuốc khai mạc Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ XII",
    "Màn đồng diễn thể dục của 500 học sinh các trường THCS trên địa bàn phường Đông Hà",
    "Các vận động viên thi đấu nội dung chạy 100m nữ cấp THPT",
    "Trận chung kết môn bóng đá nam cấp THCS giữa đội Hướng Hóa và đội Vĩnh Linh",
    "Vận động viên Trường THPT Cam Lộ thi đấu môn cầu lông",
    "Nội dung kéo co của học sinh dân tộc thiểu số Trường PTDTNT tỉnh",
    "Niềm vui của các vận động viên nhận huy chương vàng môn bơi lội",
    "Ban tổ chức trao cờ nhất toàn đoàn cho đoàn thành phố Đông Hà",
]
_STEM_HN = [
    "Học sinh Trường THPT Đông Hà tham quan dây chuyền lắp ráp tại Khu công nghiệp Quán Ngang",
    "Kỹ sư nhà máy giới thiệu quy trình kiểm tra chất lượng sản phẩm",
    None,
    "Các em trao đổi với cựu học sinh đang làm việc tại nhà máy về yêu cầu tuyển dụng",
    "Học sinh trải nghiệm vận hành máy cắt laser dưới sự hướng dẫn của kỹ thuật viên",
    "Buổi tư vấn chọn ngành, chọn nghề cuối chương trình",
]
_VANHOA = [
    "Học sinh dân tộc Vân Kiều, Pa Kô trong trang phục truyền thống tại lễ khai mạc",
    "Không gian trưng bày nhà sàn và nông cụ truyền thống",
    "Các em học sinh dân tộc Pa Kô biểu diễn điệu múa cồng chiêng",
    "Phần thi giã gạo của học sinh khối 10",
    "Gian hàng ẩm thực với món cơm lam, bánh a quát",
    "Học sinh hướng dẫn khách tham quan dệt thổ cẩm",
    "Trò chơi dân gian đẩy gậy thu hút đông đảo học sinh tham gia",
]


def _album_blocks(captions: list[str | None], aid: int, numbered: bool) -> list:
    out = []
    for i, cap in enumerate(captions, 1):
        printed = f"Ảnh {i}: {cap}" if numbered and cap else cap
        out.append(Img(aimg(aid, i), printed, printed, "plain"))
    return out


ALBUMS: list[Story] = [
    Story(
        87,
        "phong-su-anh-hoi-khoe-phu-dong-tinh-quang-tri-lan-thu-xii",
        "Phóng sự ảnh: Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ XII",
        "phong-su-anh",
        "2026-11-30",
        [
            P(
                "Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ XII năm 2026 diễn ra từ ngày 24 đến 29/11 "
                "với sự tham gia của hơn 2.300 vận động viên là học sinh phổ thông. Dưới đây là một số "
                "hình ảnh ghi nhận tại hội thao."
            ),
            *_album_blocks(_HKPD, 87, True),
            right("Ảnh: Lê Minh Quân"),
        ],
        photographers=["Lê Minh Quân"],
        opts={"kind": "album", "date": "30/11/2026"},
    ),
    Story(
        84,
        "sac-mau-ngay-hoi-van-hoa-dan-toc-truong-ptdtnt-tinh",
        "Sắc màu Ngày hội văn hóa các dân tộc tại Trường PTDTNT tỉnh",
        "phong-su-anh",
        "2026-11-21",
        [
            P(
                "Ngày hội văn hóa các dân tộc năm 2026 của Trường PTDTNT tỉnh Quảng Trị mang đến cho "
                "học sinh cơ hội giới thiệu bản sắc văn hóa của dân tộc mình. Ngày hội có 18 lớp tham "
                "gia với nhiều phần thi hấp dẫn."
            ),
            *_album_blocks(_VANHOA, 84, False),
            right("Ảnh: CLB Nhiếp ảnh"),
        ],
        photographers=["CLB Nhiếp ảnh"],
        opts={"kind": "album", "date": "21/11/2026"},
    ),
    Story(
        81,
        "hoc-sinh-thpt-dong-ha-trai-nghiem-huong-nghiep-tai-kcn-quan-ngang",
        "Học sinh THPT Đông Hà trải nghiệm hướng nghiệp tại Khu công nghiệp Quán Ngang",
        "phong-su-anh",
        "2026-11-14",
        [
            P(
                "Trong khuôn khổ chương trình giáo dục hướng nghiệp, 240 học sinh khối 11 Trường THPT "
                "Đông Hà đã có buổi trải nghiệm thực tế tại Khu công nghiệp Quán Ngang. Các em được "
                "tìm hiểu quy trình sản xuất và yêu cầu của doanh nghiệp đối với người lao động."
            ),
            *_album_blocks(_STEM_HN, 81, False),
            right("Ảnh: Nguyễn Hữu Phước"),
        ],
        photographers=["Nguyễn Hữu Phước"],
        opts={"kind": "album", "date": "14/11/2026"},
    ),
]

STORIES = NEWS + VIDEOS + ALBUMS

#: pure galleries: (id, slug, title, date "dd/mm/yyyy", number of photos)
GALLERIES = [
    (86, "hinh-anh-le-ky-niem-ngay-nha-giao-viet-nam-20-11-2026",
     "Hình ảnh Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", "27/11/2026", 12),
    (82, "hinh-anh-hoi-nghi-tong-ket-nam-hoc-2025-2026",
     "Hình ảnh Hội nghị tổng kết năm học 2025-2026", "10/11/2026", 9),
]

#: "file" items and removed items of the general feed: (kind, title, target, date)
FEED_EXTRAS = [
    ("pdf", "Báo cáo tổng kết công tác thi đua, khen thưởng năm học 2025-2026 (toàn văn)",
     "/uploads/files/2026/bao-cao-thi-dua-khen-thuong-2025-2026.pdf", "20/11/2026"),
    ("gone", "Trường THCS Lý Tự Trọng tổ chức chuyên đề dạy học STEM",
     "/tin-tuc/truong-thcs-ly-tu-trong-to-chuc-chuyen-de-day-hoc-stem-t1575.html", "12/11/2026"),
    ("gone", "Cụm thi đua số 3 ký kết giao ước thi đua năm học 2026-2027",
     "/tin-tuc/cum-thi-dua-so-3-ky-ket-giao-uoc-thi-dua-t1572.html", "05/11/2026"),
    ("pdf", "Kế hoạch tổ chức Hội khỏe Phù Đổng tỉnh lần thứ XII năm 2026",
     "/uploads/files/2026/ke-hoach-hkpd-lan-thu-xii.pdf", "03/11/2026"),
]

DOCS = [
    (318, "cong-van-huong-dan-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027",
     "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027", "2150/SGDĐT-GDTrH",
     "05/09/2026", "Lê Văn Bảo - Phó Giám đốc"),
    (322, "quyet-dinh-thanh-lap-hoi-dong-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
     "Quyết định thành lập Hội đồng thi chọn học sinh giỏi cấp tỉnh lớp 12", "1876/QĐ-SGDĐT",
     "28/11/2026", "Nguyễn Văn Hiếu - Giám đốc"),
]


def story_path(s: Story) -> str:
    kind = s.opts["kind"]
    if kind == "news":
        return f"/tin-tuc/{s.slug}-t{s.id}.html"
    if kind == "video":
        return f"/video/{s.slug}-v{s.id}.html"
    return f"/thu-vien-anh/{s.slug}-a{s.id}.html"


def gallery_path(g: tuple) -> str:
    return f"/thu-vien-anh/{g[1]}-a{g[0]}.html"


def doc_path(d: tuple) -> str:
    return f"/van-ban/{d[1]}-d{d[0]}.html"


GOLD = [
    gold_record(
        s,
        story_path(s),
        CATEGORIES[s.cat],
        alt_paths=[f"/in-bai/t{s.id}"] if s.opts["kind"] == "news" else (),
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/co-cau-to-chuc.html",
    "/lien-he.html",
    "/video",
    gallery_path(GALLERIES[0]),
    gallery_path(GALLERIES[1]),
    doc_path(DOCS[0]),
    cat_path("thong-bao"),
]

#: the oldest news: on page 3 of the general feed only
HIDDEN = NEWS[-1]


# --- feeds --------------------------------------------------------------------------------------


def _key(date: str) -> tuple[int, int, int]:
    d, m, y = (int(x) for x in date.split("/"))
    return y, m, d


def feed(cat: str) -> list[tuple[str, str, str, str]]:
    """The items a category lists, newest first: (title, href, date dd/mm/yyyy, thumbnail)."""
    items = []
    for s in STORIES:
        if s.cat == cat or (cat == "tin-hoat-dong" and s.cat in ("video-clip", "phong-su-anh")):
            thumb = s.images[0].src if s.images else "/templates/sgd/images/no-image.jpg"
            if s.opts["kind"] == "video":
                thumb = f"/uploads/video/thumb-v{s.id}.jpg"
            items.append((s.title, story_path(s), s.opts["date"], thumb))
    if cat in ("tin-hoat-dong", "phong-su-anh"):
        for g in GALLERIES:
            items.append((g[2], gallery_path(g), g[3], aimg(g[0], 1)))
    if cat == "tin-hoat-dong":
        for _kind, title, target, date in FEED_EXTRAS:
            items.append((title, target, date, "/templates/sgd/images/no-image.jpg"))
    if cat == "thong-bao":
        d = DOCS[1]
        items.append((d[2], doc_path(d), d[4], "/templates/sgd/images/icon-vanban.png"))
    return sorted(items, key=lambda it: _key(it[2]), reverse=True)


# --- page frame ---------------------------------------------------------------------------------

MENU_TREE = [
    ("Giới thiệu", [
        ("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu.html"),
        ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc.html"),
    ]),
    ("Tin tức - Sự kiện", [
        ("Tin hoạt động", cat_path("tin-hoat-dong")),
        ("Thông báo", cat_path("thong-bao")),
    ]),
    ("Thư viện", [
        ("Video - Clip", cat_path("video-clip")),
        ("Phóng sự ảnh", cat_path("phong-su-anh")),
        ("Thư viện video", "/video"),
        ("Thư viện ảnh", "/thu-vien-anh"),
    ]),
    ("Văn bản", [("Văn bản chỉ đạo điều hành", "/van-ban")]),
    ("Liên hệ", [("Liên hệ - Góp ý", "/lien-he.html")]),
]

MOST_READ = [NEWS[3], NEWS[1], ALBUMS[0], VIDEOS[0], NEWS[0]]


def _yt(vid: str, w: int = 640, h: int = 360) -> str:
    return (
        f'<iframe width="{w}" height="{h}" src="https://www.youtube-nocookie.com/embed/{vid}" '
        'title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; '
        'clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>'
    )


def left_column() -> str:
    out = ['<div class="cot-trai"><div class="dm-tree"><h3 class="tde-khoi">Danh mục</h3><ul class="cay">']
    for name, kids in MENU_TREE:
        sub = "".join(f'<li><a href="{href}">{esc(t)}</a></li>' for t, href in kids)
        out.append(f'<li class="nut"><span>{esc(name)}</span><ul>{sub}</ul></li>')
    out.append("</ul></div>")
    out.append(
        '<div class="khoi-qc"><a href="https://dichvucong.quangtri.gov.vn" target="_blank">'
        '<img src="/templates/sgd/images/banner-dvc.png" alt="Dịch vụ công trực tuyến"></a>'
        '<a href="https://hocbaso.quangtri.edu.vn" target="_blank">'
        '<img src="/templates/sgd/images/banner-hocbaso.png" alt="Học bạ số"></a></div></div>'
    )
    return "".join(out)


def right_column() -> str:
    vids = "".join(
        f'<li><a href="{story_path(v)}">{esc(v.title)}</a></li>' for v in VIDEOS
    ) + (
        '<li><a href="https://www.youtube.com/watch?v=Hb5tQtr2026" target="_blank">'
        "Quảng Trị: Tuyên dương học sinh giỏi quốc gia năm học 2025-2026</a></li>"
        '<li><a href="https://www.youtube.com/watch?v=Kg7dLqT1109" target="_blank">'
        "Phóng sự: Điểm trường vùng cao Hướng Hóa</a></li>"
    )
    most = "".join(
        f'<li><a href="{story_path(s)}">{esc(s.title)}</a></li>' for s in MOST_READ
    )
    links = "".join(
        f'<option value="{u}">{esc(t)}</option>'
        for t, u in [
            ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
            ("Cổng TTĐT tỉnh Quảng Trị", "https://quangtri.gov.vn"),
            ("Báo Quảng Trị", "https://baoquangtri.vn"),
            ("Đài PT-TH Quảng Trị", "https://qrt.vn"),
        ]
    )
    return (
        '<div class="cot-phai">'
        '<div class="khoi vd-noibat"><h3 class="tde-khoi">Video nổi bật</h3>'
        f'<div class="khung-player">{_yt("Qx7mStEm26a", 280, 170)}</div>'
        f'<ul class="ds-vd">{vids}</ul></div>'
        f'<div class="khoi doc-nhieu"><h3 class="tde-khoi">Tin đọc nhiều</h3><ul>{most}</ul></div>'
        '<div class="khoi tham-do"><h3 class="tde-khoi">Thăm dò ý kiến</h3>'
        '<form method="post" action="/binh-chon"><p>Bạn đánh giá thế nào về giao diện Cổng '
        "thông tin mới?</p>"
        '<label><input type="radio" name="pa" value="1"> Đẹp, dễ sử dụng</label><br>'
        '<label><input type="radio" name="pa" value="2"> Bình thường</label><br>'
        '<label><input type="radio" name="pa" value="3"> Khó tìm thông tin</label><br>'
        '<input type="submit" value="Bình chọn"> <a href="/binh-chon">Xem kết quả</a></form></div>'
        '<div class="khoi lk-web"><h3 class="tde-khoi">Liên kết website</h3>'
        '<select onchange="if(this.value) window.open(this.value)">'
        f'<option value="">-- Chọn liên kết --</option>{links}</select></div>'
        f'<div class="khoi thong-ke"><h3 class="tde-khoi">Thống kê truy cập</h3>'
        f'<p class="dem">{esc(COUNTER)}</p></div>'
        "</div>"
    )


def layout(title: str, main: str, crumbs: list[tuple[str, str | None]] | None = None) -> str:
    crumb = ""
    if crumbs is not None:
        parts = ['<a href="/">Trang chủ</a>']
        for name, href in crumbs:
            parts.append(f'<a href="{href}">{esc(name)}</a>' if href else f"<span>{esc(name)}</span>")
        crumb = f'<div class="duongdan">{" » ".join(parts)}</div>'
    top = "".join(
        f'<li><a href="{href}">{esc(name)}</a></li>'
        for name, href in [
            ("Trang chủ", "/"),
            ("Giới thiệu", "/gioi-thieu/chuc-nang-nhiem-vu.html"),
            ("Tin hoạt động", cat_path("tin-hoat-dong")),
            ("Thông báo", cat_path("thong-bao")),
            ("Video", "/video"),
            ("Thư viện ảnh", "/thu-vien-anh"),
            ("Văn bản", "/van-ban"),
            ("Liên hệ", "/lien-he.html"),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/templates/sgd/css/style.css">
<link rel="shortcut icon" href="/templates/sgd/images/favicon.ico">
<script src="/templates/sgd/js/jquery.min.js"></script>
</head>
<body>
<a name="top" id="top"></a>
<div class="thanh-tren"><span class="homnay">{esc(HEADER_TODAY)}</span>
<form class="tim-kiem" method="get" action="/tim-kiem"><input name="tukhoa" placeholder="Tìm kiếm...">
<button type="submit">Tìm</button></form></div>
<div class="dau-trang"><a href="/"><img src="/templates/sgd/images/logo.png" alt="Logo Sở GD&amp;ĐT"></a>
<div class="ten-don-vi"><span>UBND TỈNH QUẢNG TRỊ</span><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></div>
<img class="banner" src="/templates/sgd/images/banner-top.jpg" alt=""></div>
<ul class="menu-ngang">{top}</ul>
<div class="khung-giua">
{left_column()}
<div class="cot-giua">{crumb}
{main}
</div>
{right_column()}
</div>
<div class="chan-trang">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG TRỊ</strong></p>
<p>Địa chỉ: Số 01 Hùng Vương, phường Đông Hà, tỉnh Quảng Trị</p>
<p>Điện thoại: 0233.3852.462 - Fax: 0233.3852.493 - Email: sgddt@quangtri.edu.vn</p>
<p>Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/3/2021.
Ghi rõ nguồn "Cổng TTĐT Sở GD&amp;ĐT Quảng Trị" khi phát hành lại thông tin từ website này.</p>
<p class="thiet-ke">Thiết kế bởi Công ty CP Giải pháp Phần mềm Miền Trung</p>
</div>
</body>
</html>"""


# --- article text -------------------------------------------------------------------------------


def _img_tag(src: str, alt: str = "") -> str:
    return f'<img src="{src}" alt="{esc(alt)}" style="width: 600px;" />'


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "cell":
                out.append(
                    '<table class="image" align="center" style="width: 600px;"><tbody>'
                    f"<tr><td>{_img_tag(b.src, b.printed or '')}</td></tr>"
                    f'<tr><td class="image_desc">{esc(b.printed)}</td></tr></tbody></table>'
                )
            elif b.style == "plain":
                out.append(f'<p style="text-align: center;">{_img_tag(b.src)}</p>')
                if b.printed:
                    out.append(f"<p>{esc(b.printed)}</p>")
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b.src, b.printed or "")}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif b.style in ("li", "row", "br"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{text(p.text)}</li>" for p in group) + "</ul>")
            elif b.style == "br":
                out.append("<p>" + "<br />\n".join(text(p.text) for p in group) + "</p>")
            else:
                rows = []
                for n, p in enumerate(group):
                    cell = "th" if n == 0 else "td"
                    cells = "".join(f"<{cell}>{text(c)}</{cell}>" for c in p.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="4" style="border-collapse: collapse; width: 100%;">'
                    f"<tbody>{''.join(rows)}</tbody></table>"
                )
            continue
        elif b.style == "h":
            out.append(f"<p><strong>{text(b.text)}</strong></p>")
        elif b.style == "quote":
            out.append(f'<p style="text-align: justify;"><em>{text(b.text)}</em></p>')
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    return "\n".join(out)


def related(s: Story) -> str:
    items = [it for it in feed("tin-hoat-dong" if s.cat != "thong-bao" else "thong-bao")
             if it[1] != story_path(s)]
    if s.cat == "video-clip":
        items = [it for it in feed("video-clip") if it[1] != story_path(s)]
    lis = "".join(
        f'<li><a href="{href}">{esc(title)}</a> <span class="ngay">({date})</span></li>'
        for title, href, date, _t in items[:5]
    )
    return f'<div class="lqan"><h3>Tin cùng chuyên mục</h3><ul>{lis}</ul></div>'


def tools(s: Story) -> str:
    url = quote(story_path(s))
    print_link = (
        f'<a href="/in-bai/t{s.id}" target="_blank">In trang</a>'
        if s.opts["kind"] == "news"
        else '<a href="javascript:window.print();">In trang</a>'
    )
    return (
        f'<div class="cc-tin"><img src="/templates/sgd/images/icon-print.gif" alt=""> {print_link} | '
        f'<a href="mailto:?subject={quote(s.title)}&amp;body={url}">Gửi email</a> | '
        '<a href="#top">Lên đầu trang</a></div>'
    )


def news_page(s: Story) -> str:
    sapo = f'<div class="tomtat"><strong>{text(s.summary)}</strong></div>' if s.summary else ""
    main = f"""<div class="ct-tin">
<h1 class="tde">{text(s.title)}</h1>
<div class="tgian">Cập nhật: {s.opts['time']} | {s.opts['date']}
<span class="luotxem">Lượt xem: {s.views()}</span></div>
{sapo}
<div class="ndung">
{render_blocks(s.blocks)}
</div>
{tools(s)}
{related(s)}
</div>"""
    return layout(f"{s.title} - {SITE_TITLE}", main, [(CATEGORIES[s.cat], cat_path(s.cat))])


def print_page(s: Story) -> str:
    sapo = f'<p class="tomtat"><b>{text(s.summary)}</b></p>' if s.summary else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(s.title)}</title>
<link rel="stylesheet" href="/templates/sgd/css/print.css"></head>
<body onload="window.print();">
<div class="in-dau"><img src="/templates/sgd/images/logo-in.png" alt="">
SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG TRỊ</div>
<h2 class="tde-in">{text(s.title)}</h2>
<p class="tgian">Cập nhật: {s.opts['time']} | {s.opts['date']}</p>
{sapo}
<div class="nd-in">
{render_blocks(s.blocks)}
</div>
<p class="in-cuoi">Địa chỉ bài viết: {esc(story_path(s))}</p>
</body></html>"""


def video_player(s: Story) -> str:
    kind, _, ref = s.opts["player"].partition(":")
    if kind == "yt":
        return _yt(ref)
    return (
        '<video width="640" height="360" controls preload="none">'
        f'<source src="/uploads/video/2026/{ref}" type="video/mp4">'
        "<noscript>Trình duyệt của bạn không hỗ trợ video</noscript></video>"
    )


def video_page(s: Story) -> str:
    main = f"""<div class="ct-vd">
<h1 class="tde-vd">{text(s.title)}</h1>
<div class="ngdang">Ngày đăng: {s.opts['date'].replace('/', '-')} <span class="luotxem">Lượt xem: {s.views()}</span></div>
<div class="khung-vd">{video_player(s)}</div>
<div class="mota-vd">
{render_blocks(s.blocks)}
</div>
{tools(s)}
{related(s)}
</div>"""
    return layout(f"{s.title} - {SITE_TITLE}", main, [(CATEGORIES[s.cat], cat_path(s.cat))])


def album_page(s: Story) -> str:
    main = f"""<div class="ct-anh">
<h1 class="tde-al">{text(s.title)}</h1>
<div class="ngdang">Ngày đăng: {s.opts['date'].replace('/', '-')}</div>
<div class="nd-anh">
{render_blocks(s.blocks)}
</div>
{tools(s)}
{related(s)}
</div>"""
    return layout(f"{s.title} - {SITE_TITLE}", main, [(CATEGORIES[s.cat], cat_path(s.cat))])


def gallery_page(g: tuple) -> str:
    gid, _slug, title, _date, count = g
    thumbs = "".join(
        f'<li><a class="fancybox" rel="album{gid}" href="{aimg(gid, n)}">'
        f'<img src="/uploads/album/{gid}/thumb/anh-{n:02d}.jpg" alt=""></a></li>'
        for n in range(1, count + 1)
    )
    main = (
        f'<div class="ct-anh"><h1 class="tde-al">{esc(title)}</h1>'
        f'<div class="so-anh">({count} ảnh)</div><ul class="dsanh">{thumbs}</ul></div>'
    )
    return layout(f"{title} - {SITE_TITLE}", main, [("Thư viện ảnh", "/thu-vien-anh")])


# --- listings -----------------------------------------------------------------------------------


def pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = [f'<a href="{base}">« Đầu</a>']
    if page > 1:
        parts.append(f'<a href="{base}?trang={page - 1}">‹</a>')
    for n in range(1, pages + 1):
        parts.append(
            f'<span class="hientai">{n}</span>' if n == page else f'<a href="{base}?trang={n}">{n}</a>'
        )
    if page < pages:
        parts.append(f'<a href="{base}?trang={page + 1}">›</a>')
    parts.append(f'<a href="{base}?trang={pages}">Cuối »</a>')
    return f'<div class="phantrang">{" ".join(parts)}</div>'


def _page_of(request: Request) -> int | None:
    raw = request.params.get("trang", "1") or "1"
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def list_page(request: Request, title: str, base: str, items: list, crumbs: list) -> Response | None:
    page = _page_of(request)
    pages = max(1, -(-len(items) // PER_PAGE))
    if page is None or page > pages:
        return None
    rows = "".join(
        f'<div class="dong-tin"><a href="{href}"><img src="{thumb}" alt=""></a>'
        f'<h3><a href="{href}">{esc(t)}</a></h3><span class="ngay">({date})</span></div>'
        for t, href, date, thumb in items[(page - 1) * PER_PAGE : page * PER_PAGE]
    )
    main = f'<div class="ds-tin"><h2 class="tde-cm">{esc(title)}</h2>{rows}{pager(base, page, pages)}</div>'
    return html(layout(f"{title} - {SITE_TITLE}", main, crumbs))


def home() -> str:
    news = sorted(NEWS, key=lambda s: s.published_at, reverse=True)[:6]
    latest = "".join(
        f'<li><a href="{story_path(s)}">{esc(s.title)}</a> <span class="ngay">({s.opts["date"]})</span></li>'
        for s in news
    )
    tb = "".join(
        f'<li><a href="{href}">{esc(t)}</a></li>' for t, href, _d, _th in feed("thong-bao")[:5]
    )
    vids = "".join(
        f'<div class="o-vd"><a href="{story_path(v)}"><img src="/uploads/video/thumb-v{v.id}.jpg" alt="">'
        f"<span>{esc(v.title)}</span></a></div>"
        for v in VIDEOS
    )
    albums = [(s.title, story_path(s), s.images[0].src) for s in ALBUMS[:2]] + [
        (g[2], gallery_path(g), aimg(g[0], 1)) for g in GALLERIES
    ]
    alb = "".join(
        f'<div class="o-anh"><a href="{href}"><img src="{src}" alt=""><span>{esc(t)}</span></a></div>'
        for t, href, src in albums
    )
    main = (
        f'<div class="khoi-tin"><h2 class="tde-cm"><a href="{cat_path("tin-hoat-dong")}">Tin mới</a></h2>'
        f'<ul class="ds-moi">{latest}</ul></div>'
        f'<div class="khoi-tin"><h2 class="tde-cm"><a href="{cat_path("thong-bao")}">Thông báo</a></h2>'
        f"<ul>{tb}</ul></div>"
        f'<div class="khoi-vd"><h2 class="tde-cm"><a href="/video">Video - Clip</a></h2>{vids}</div>'
        f'<div class="khoi-al"><h2 class="tde-cm"><a href="/thu-vien-anh">Thư viện ảnh</a></h2>{alb}</div>'
    )
    return layout(SITE_TITLE, main)


# --- other pages --------------------------------------------------------------------------------

STATIC_PAGES = {
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND tỉnh Quảng Trị, tham mưu, giúp "
            "UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ "
            "chức, biên chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm "
            "tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở: Giám đốc Nguyễn Văn Hiếu; các Phó Giám đốc Lê Văn Bảo, Trần Thị Minh Hòa.",
            "Các phòng chuyên môn: Văn phòng; Phòng Kế hoạch - Tài chính; Phòng Tổ chức cán bộ; "
            "Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Quản lý chất lượng; "
            "Thanh tra Sở.",
            "Đơn vị trực thuộc: 33 trường THPT, 2 trường PTDTNT, Trung tâm GDTX tỉnh và Trung tâm "
            "Ngoại ngữ - Tin học.",
        ],
    ),
}


def static_page(slug: str) -> str:
    title, paras = STATIC_PAGES[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f'<div class="ct-trang"><h1 class="tde">{esc(title)}</h1><div class="nd-trang">{body}</div></div>'
    return layout(f"{title} - {SITE_TITLE}", main, [("Giới thiệu", None), (title, None)])


def contact_page() -> str:
    main = (
        '<div class="ct-trang"><h1 class="tde">Liên hệ - Góp ý</h1>'
        "<p>Sở Giáo dục và Đào tạo Quảng Trị</p><p>Địa chỉ: Số 01 Hùng Vương, phường Đông Hà, "
        "tỉnh Quảng Trị</p><p>Điện thoại: 0233.3852.462</p>"
        '<form method="post" action="/lien-he.html"><p>Họ tên: <input name="hoten"></p>'
        '<p>Email: <input name="email"></p><p>Nội dung: <textarea name="noidung"></textarea></p>'
        '<p><input type="submit" value="Gửi liên hệ"></p></form></div>'
    )
    return layout(f"Liên hệ - {SITE_TITLE}", main, [("Liên hệ", None)])


def doc_page(d: tuple) -> str:
    did, _slug, title, number, date, signer = d
    main = (
        f'<div class="ct-vb"><h1 class="tde">{esc(title)}</h1><table class="tt-vb">'
        f"<tr><td>Số/Ký hiệu:</td><td>{esc(number)}</td></tr>"
        f"<tr><td>Ngày ban hành:</td><td>{date}</td></tr>"
        "<tr><td>Cơ quan ban hành:</td><td>Sở GD&amp;ĐT Quảng Trị</td></tr>"
        f"<tr><td>Người ký:</td><td>{esc(signer)}</td></tr>"
        f"<tr><td>Trích yếu:</td><td>{esc(title)}</td></tr>"
        f'<tr><td>Tệp đính kèm:</td><td><a href="/uploads/files/vanban/{did}.pdf">Tải về</a></td></tr>'
        "</table></div>"
    )
    return layout(f"{title} - {SITE_TITLE}", main, [("Văn bản", "/van-ban")])


def doc_list() -> str:
    rows = "".join(
        f'<tr><td>{esc(d[3])}</td><td>{d[4]}</td><td><a href="{doc_path(d)}">{esc(d[2])}</a></td></tr>'
        for d in DOCS
    )
    main = (
        '<div class="ds-vb"><h2 class="tde-cm">Văn bản chỉ đạo điều hành</h2>'
        f'<table class="bang-vb"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table></div>'
    )
    return layout(f"Văn bản - {SITE_TITLE}", main, [("Văn bản", None)])


def poll_page() -> str:
    main = (
        '<div class="ct-trang"><h1 class="tde">Kết quả thăm dò ý kiến</h1>'
        "<p>Đẹp, dễ sử dụng: 62%</p><p>Bình thường: 27%</p><p>Khó tìm thông tin: 11%</p></div>"
    )
    return layout(f"Thăm dò ý kiến - {SITE_TITLE}", main, [("Thăm dò ý kiến", None)])


def gone_page() -> Response:
    main = '<div class="thong-bao-loi"><p>Tin không tồn tại hoặc đã bị gỡ bỏ.</p><a href="/">Về trang chủ</a></div>'
    return html(layout(f"Không tìm thấy - {SITE_TITLE}", main), status=404)


# --- routing ------------------------------------------------------------------------------------

BY_NEWS = {s.id: s for s in NEWS}
BY_VIDEO = {s.id: s for s in VIDEOS}
BY_ALBUM = {s.id: s for s in ALBUMS}
BY_GALLERY = {g[0]: g for g in GALLERIES}
BY_DOC = {d[0]: d for d in DOCS}
CAT_BY_ID = {v: k for k, v in CAT_IDS.items()}
PDFS = {target for kind, _t, target, _d in FEED_EXTRAS if kind == "pdf"}


class VendorSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/uploads/files/") and path.endswith(".pdf"):
            if path in PDFS or path.startswith("/uploads/files/vanban/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/uploads/", "/templates/")):
            return static_file(path)
        if path == "/":
            return html(home()) if not request.query else None
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)-t(\d+)\.html", path):
            s = BY_NEWS.get(int(m.group(2)))
            if s is None or s.slug != m.group(1):
                return gone_page()
            return html(news_page(s))
        if m := re.fullmatch(r"/in-bai/t(\d+)", path):
            s = BY_NEWS.get(int(m.group(1)))
            return html(print_page(s)) if s else None
        if m := re.fullmatch(r"/video/([a-z0-9-]+)-v(\d+)\.html", path):
            s = BY_VIDEO.get(int(m.group(2)))
            return html(video_page(s)) if s and s.slug == m.group(1) else None
        if m := re.fullmatch(r"/thu-vien-anh/([a-z0-9-]+)-a(\d+)\.html", path):
            aid = int(m.group(2))
            if (s := BY_ALBUM.get(aid)) and s.slug == m.group(1):
                return html(album_page(s))
            if (g := BY_GALLERY.get(aid)) and g[1] == m.group(1):
                return html(gallery_page(g))
            return None
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)-c(\d+)\.html", path):
            key = CAT_BY_ID.get(int(m.group(2)))
            if key != m.group(1):
                return None
            name = CATEGORIES[key]
            return list_page(request, name, path, feed(key), [(name, None)])
        if path == "/video":
            items = feed("video-clip")
            return list_page(request, "Thư viện video", path, items, [("Thư viện video", None)])
        if path == "/thu-vien-anh":
            items = feed("phong-su-anh")
            return list_page(request, "Thư viện ảnh", path, items, [("Thư viện ảnh", None)])
        if m := re.fullmatch(r"/gioi-thieu/([a-z0-9-]+)\.html", path):
            return html(static_page(m.group(1))) if m.group(1) in STATIC_PAGES else None
        if path == "/lien-he.html":
            return html(contact_page())
        if path == "/van-ban":
            return html(doc_list())
        if m := re.fullmatch(r"/van-ban/([a-z0-9-]+)-d(\d+)\.html", path):
            d = BY_DOC.get(int(m.group(2)))
            return html(doc_page(d)) if d and d[1] == m.group(1) else None
        if path == "/binh-chon":
            return html(poll_page())
        return None


def build_site() -> VendorSite:
    return VendorSite()
