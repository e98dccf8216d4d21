"""Phòng GD&ĐT huyện Vĩnh Linh (Quảng Trị) on a home-made Python site (Flask + Jinja templates,
Bootstrap 5), written by a local contractor: the point of this portal is WHERE THE DATE IS AND IS
NOT PRINTED.

Platform
--------
A small Flask application: one ``bai_viet.html`` template for news, a slightly different
``thong_bao.html`` for notices, ``danh_sach.html`` for every listing (category pages, month
archives), ``trang.html`` for the static pages. Bootstrap 5 classes plus the developer's own
Vietnamese ones ("bai-viet", "tieu-de", "noi-dung", "thong-tin", "tin-lien-quan", "the-tin" …;
the notice template says "bai-thong-bao", "noi-dung-thong-bao"). Every page prints the header
clock "Thứ Sáu, 04/12/2026" (today), the main menu, a breadcrumb, a right sidebar (Tin đọc nhiều,
Lưu trữ by month, Liên kết website, a poll, the visitor counter "Đang online / Hôm nay / Tổng
truy cập") and a footer with the office's address and phone.

The article template::

    <nav aria-label="breadcrumb"><ol class="breadcrumb"> Trang chủ › <a>Chuyên mục</a> </ol></nav>
    <article class="bai-viet">
      <h1 class="tieu-de">…</h1>
      <div class="thong-tin"> [Cập nhật: dd/mm/yyyy - HH:MM] · Lượt xem: N </div>
      [<div class="sapo fw-bold">lead</div>]
      <div class="noi-dung"> CKEditor HTML </div>
      <div class="cong-cu"> In bài · Gửi email · Chia sẻ Facebook / Zalo </div>
    </article>
    <div class="tin-lien-quan"><h5>Tin liên quan</h5><ul><li><a>…</a> <span>(dd/mm/yyyy)</span>

The template was edited over the years and the date line is not the same on every article:

- 5 articles print NO date at all (the ``{{ bai.ngay_dang }}`` line was lost in a template
  change for the posts saved with the "no-date" layout flag); their list cards print
  "18/11/2026" beside the link and the URL holds the same day.
- 4 print "Cập nhật: 18/11/2026 - 08:30" under the title.
- 2 print the date only at the END of the text, a right-aligned italic line
  "(Vĩnh Linh, ngày 28 tháng 10 năm 2026)".
- 2 print a date that DIFFERS from the URL's day: saved late in the evening, published after
  midnight, the URL takes the publication day (2026/11/18) while the page prints the writing
  time "17/11/2026 - 23:50". The list cards print the URL's day.

URL scheme
----------
- ``/``: home (featured post, "Tin mới", a block of 4 per category).
- ``/tin/<yyyy>/<mm>/<dd>/<slug>.html``: an article; the day in the path is the publication day.
- ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/?trang=<n>``: category listings, 6 per page,
  newest first (``?trang=1`` is page 1 again; past the last page 404).
- ``/tin/<yyyy>/<mm>/``: the month archive (every post of the month, a listing);
  ``/tin/<yyyy>/<mm>`` answers 308 to the slash form, as Flask's strict slashes do.
- ``/gioi-thieu.html``, ``/lien-he.html``: static pages, same chrome, an ``h1.tieu-de``, no date.
- ``/van-ban/``: a table of documents (số hiệu, ngày ban hành, trích yếu, PDF link).
- ``/static/…``: theme files and uploads (``/static/uploads/<yyyy>/<mm>/<file>.jpg``).

How each gold article is reached
--------------------------------
Home ("Tin mới" and the category blocks), the category listings, the month archives (sidebar
"Lưu trữ"), "Tin đọc nhiều" and the "Tin liên quan" lists. The oldest Tin giáo dục post
(``hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-bac-thcs``, 09/10/2026) is on no home block and
no related list: only on ``/chuyen-muc/tin-giao-duc/?trang=2`` and the October archive.

Traps
-----
- No date printed on 5 article pages: the date is the list card's day (= the URL's day).
- 2 pages print a date a day before the URL's day (23:50 / 23:52): the printed one is the date.
- The header clock (Thứ Sáu, 04/12/2026) is today, never a publication date.
- "Tin liên quan" items print their own dates "(18/11/2026)" right under a no-date article.
- Texts mention other dates ("ngày 20/11/1982", "từ ngày 01/12 đến 05/12/2026", deadlines,
  exam days in a table): not the publication.
- Static pages look like dateless articles (``h1.tieu-de``, content block) but are not news.
- Month archives and category pages print cards with dates; ``/van-ban/`` a dated table.

Gold decisions
--------------
- title: the ``h1.tieu-de`` as printed.
- published_at: "Cập nhật" line -> date and time; end line "(Vĩnh Linh, ngày … )" -> the day;
  nothing printed -> the listing's (and URL's) day.
- authors: the byline at the end: "Hồ Thị Thanh Thủy - PGD Vĩnh Linh" -> Hồ Thị Thanh Thủy;
  "Tổ Văn phòng" right-aligned -> the unit; "PV" -> nobody; "Tin, ảnh: X" -> X both;
  "ThS. Nguyễn Văn Bình, Phó Trưởng phòng" -> Nguyễn Văn Bình; "Tin: X<br>Ảnh: Y".
- source: "Nguồn: …" / "Theo …" line.
- summary: the ``div.sapo`` where printed (it is the body's first paragraph).
- body: ``noi-dung`` paragraphs, sub-headings, list items, table rows (cells " | "), quotes;
  a ``<br>`` splits a paragraph in two. Not the captions, bylines, source, date line, tools,
  related list.
- images: photos in the text in order; caption = the ``figcaption`` or the centred italic line
  under the photo, None when nothing is printed. Logo, banner, icons, card thumbnails are not.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import re

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
)

NAME = "url_date_only_pgd"
PLATFORM = "Home-made Flask + Jinja site (Bootstrap 5), date-in-URL article paths"
START_PATH = "/"

SITE_TITLE = "Phòng Giáo dục và Đào tạo huyện Vĩnh Linh"
TODAY_VL = "Thứ Sáu, 04/12/2026"
PER_PAGE = 6

CATEGORIES = {
    "tin-giao-duc": "Tin giáo dục",
    "cong-tac-dang-doan-the": "Công tác Đảng - Đoàn thể",
    "thong-bao": "Thông báo",
}


def up(ymd: str, name: str) -> str:
    y, m, _ = ymd.split("/")
    return f"/static/uploads/{y}/{m}/{name}"


# --- the posts --------------------------------------------------------------------------------
#
# opts: day ("yyyy/mm/dd", the URL's publication day), mode ("nodate" | "updated" | "midnight" |
# "end"), printed (the "Cập nhật" stamp or the end line), tpl ("tin" | "thong-bao").
# P styles: "" plain, "j" justified, "h" sub-heading, "li"/"oli" list items, "th"/"td" table rows
# (cells " | "), "q" quote, "br" (printed after a <br> in the previous paragraph).

S_NHAGIAO = "vinh-linh-ky-niem-44-nam-ngay-nha-giao-viet-nam"
S_GVDG = "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027"
S_DUOINUOC = "truong-thcs-cua-tung-ngoai-khoa-phong-chong-duoi-nuoc"
S_CDS = "tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-nam-2026"
S_DOCSACH = "ngay-hoi-doc-sach-tai-truong-tieu-hoc-ho-xa"
S_BANTRU = "kiem-tra-cong-tac-ban-tru-tai-cac-truong-mam-non"
S_HOINGHI = "hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-bac-thcs"
S_CHIBO = "chi-bo-phong-gd-dt-sinh-hoat-chuyen-de-nam-2026"
S_CONGDOAN = "cong-doan-nganh-giao-duc-phat-dong-thi-dua-day-tot-hoc-tot"
S_LIENDOI = "lien-doi-truong-th-thcs-vinh-giang-dai-hoi-nhiem-ky-2026-2027"
S_HKPD = "thong-bao-to-chuc-hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027"
S_TUYENDUNG = "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026"
S_KIEMTRA = "ke-hoach-kiem-tra-hoc-ky-i-nam-hoc-2026-2027"

STORIES: list[Story] = [
    Story(
        1,
        S_NHAGIAO,
        "Vĩnh Linh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-giao-duc",
        "2026-11-19T16:45:00+07:00",
        [
            P(
                "Chiều 19/11, Phòng GD&ĐT huyện Vĩnh Linh phối hợp với Công đoàn ngành tổ chức Lễ kỷ "
                "niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo "
                "tiêu biểu năm học 2025-2026."
            ),
            P(
                "Tới dự có đồng chí Phó Bí thư Thường trực Huyện ủy, lãnh đạo UBND huyện, Sở GD&ĐT "
                "Quảng Trị cùng hơn 250 cán bộ quản lý, giáo viên đại diện các trường mầm non, tiểu "
                "học và THCS trên địa bàn.",
                "j",
            ),
            Img(
                up("2026/11/19", "le-ky-niem-20-11-a.jpg"),
                "Quang cảnh Lễ kỷ niệm tại Hội trường UBND huyện",
                "Quang cảnh Lễ kỷ niệm tại Hội trường UBND huyện",
                "fig",
            ),
            P(
                "Ôn lại truyền thống, các đại biểu nhắc đến ngày 20/11/1982, khi Hội đồng Bộ trưởng ban "
                "hành Quyết định số 167-HĐBT lấy ngày 20 tháng 11 hằng năm làm Ngày Nhà giáo Việt Nam.",
                "j",
            ),
            P(
                "Năm học 2025-2026, toàn ngành có 38 trường đạt chuẩn quốc gia, tỷ lệ học sinh hoàn "
                "thành chương trình tiểu học đạt 99,7%; 27 học sinh đạt giải học sinh giỏi cấp tỉnh, "
                "trong đó có 3 giải Nhất.",
                "j",
            ),
            P(
                "“Mỗi thầy cô giáo hãy tiếp tục là một tấm gương sáng về đạo đức, tự học và sáng tạo "
                "để học sinh noi theo”, đồng chí Phó Bí thư Thường trực Huyện ủy phát biểu.",
                "q",
            ),
            Img(
                up("2026/11/19", "le-ky-niem-20-11-b.jpg"),
                "Trao Giấy khen cho các nhà giáo tiêu biểu",
                "Trao Giấy khen cho các nhà giáo tiêu biểu",
                "fig",
            ),
            P(
                "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 64 nhà giáo có thành tích xuất sắc; "
                "Liên đoàn Lao động huyện tặng quà 15 nhà giáo có hoàn cảnh khó khăn.",
                "j",
            ),
            Raw('<p class="text-end"><strong>Hồ Thị Thanh Thủy - PGD Vĩnh Linh</strong></p>'),
        ],
        authors=["Hồ Thị Thanh Thủy"],
        opts={"day": "2026/11/19", "mode": "updated", "printed": "19/11/2026 - 16:45"},
    ),
    Story(
        2,
        S_GVDG,
        "Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
        "tin-giao-duc",
        "2026-11-18",
        [
            P(
                "Từ ngày 10/11 đến 14/11/2026, Phòng GD&ĐT tổ chức Hội thi Giáo viên dạy giỏi cấp huyện "
                "bậc Tiểu học năm học 2026-2027 tại Trường Tiểu học Hồ Xá và Trường Tiểu học Số 2 Vĩnh "
                "Long."
            ),
            P(
                "Hội thi có 72 giáo viên của 21 trường tiểu học tham gia, mỗi giáo viên trình bày biện "
                "pháp nâng cao chất lượng giảng dạy và thực hành 2 tiết dạy trên lớp."
            ),
            Img(up("2026/11/18", "gvdg-tieu-hoc-1.jpg"), None, None, "none"),
            P("Kết quả hội thi", "h"),
            P("64 giáo viên được công nhận Giáo viên dạy giỏi cấp huyện;", "li"),
            P("8 giáo viên được chọn tham dự hội thi cấp tỉnh vào tháng 3 năm 2027;", "li"),
            P("Giải Biện pháp xuất sắc thuộc về cô Nguyễn Thị Quỳnh Nga, Trường Tiểu học Hồ Xá.", "li"),
            P(
                "Ban tổ chức đánh giá các tiết dạy bám sát Chương trình GDPT 2018, chú trọng phát triển "
                "phẩm chất, năng lực học sinh và ứng dụng công nghệ thông tin hợp lý."
            ),
            Raw('<p class="text-end"><em>PV</em></p>'),
        ],
        opts={"day": "2026/11/18", "mode": "nodate"},
    ),
    Story(
        3,
        S_DUOINUOC,
        "Trường THCS Cửa Tùng tổ chức ngoại khóa phòng, chống đuối nước cho học sinh",
        "tin-giao-duc",
        "2026-11-17T23:50:00+07:00",
        [
            P(
                "Nhằm trang bị kỹ năng tự bảo vệ bản thân cho học sinh vùng biển, Trường THCS Cửa Tùng "
                "vừa tổ chức buổi ngoại khóa “Phòng, chống đuối nước và tai nạn thương tích” cho gần "
                "400 học sinh.",
                "j",
            ),
            P(
                "Tại buổi ngoại khóa, cán bộ Đồn Biên phòng Cửa Tùng hướng dẫn các em cách nhận biết "
                "khu vực nước nguy hiểm, cách sơ cứu người bị đuối nước và sử dụng phao cứu sinh.",
                "j",
            ),
            Img(
                up("2026/11/18", "ngoai-khoa-duoi-nuoc.jpg"),
                "Học sinh thực hành sơ cứu người bị đuối nước",
                "Học sinh thực hành sơ cứu người bị đuối nước",
                "em",
            ),
            P(
                "Các em còn được tham gia trò chơi tiếp sức, trả lời câu hỏi về an toàn khi đi tắm biển "
                "và khi đi qua sông, suối trong mùa mưa lũ.",
                "j",
            ),
            Raw('<p class="text-end"><strong>Tin, ảnh: Lê Văn Hùng</strong></p>'),
        ],
        authors=["Lê Văn Hùng"],
        photographers=["Lê Văn Hùng"],
        opts={"day": "2026/11/18", "mode": "midnight", "printed": "17/11/2026 - 23:50"},
    ),
    Story(
        4,
        S_CDS,
        "Tập huấn chuyển đổi số trong quản lý trường học năm 2026",
        "tin-giao-duc",
        "2026-11-25T08:30:00+07:00",
        [
            P(
                "Ngày 24/11/2026, Phòng GD&ĐT Vĩnh Linh tổ chức tập huấn chuyển đổi số trong quản lý "
                "trường học cho hơn 120 hiệu trưởng, phó hiệu trưởng và nhân viên văn thư các trường."
            ),
            P(
                "Học viên được hướng dẫn sử dụng hệ thống quản lý hồ sơ điện tử, học bạ số, chữ ký số "
                "và phần mềm quản lý văn bản điều hành; cách bảo đảm an toàn thông tin khi làm việc trên "
                "môi trường mạng."
            ),
            Img(
                up("2026/11/25", "tap-huan-chuyen-doi-so.jpg"),
                "Các học viên thực hành ký số văn bản",
                "Các học viên thực hành ký số văn bản",
                "fig",
            ),
            P("Nhiệm vụ sau tập huấn", "h"),
            P("Hoàn thành cập nhật hồ sơ điện tử cán bộ, giáo viên trước ngày 15/12/2026.", "oli"),
            P(
                "Triển khai học bạ số đối với học sinh lớp 1 đến lớp 5 từ học kỳ I năm học 2026-2027.",
                "oli",
            ),
            P(
                "Tham gia “Tuần lễ chuyển đổi số ngành Giáo dục” từ ngày 01/12 đến 05/12/2026 theo kế "
                "hoạch của Sở GD&ĐT.",
                "oli",
            ),
            Raw(
                '<p class="text-end"><strong>ThS. Nguyễn Văn Bình, Phó Trưởng phòng GD&amp;ĐT'
                "</strong></p>"
            ),
        ],
        authors=["Nguyễn Văn Bình"],
        summary=(
            "Ngày 24/11/2026, Phòng GD&ĐT Vĩnh Linh tổ chức tập huấn chuyển đổi số trong quản lý "
            "trường học cho hơn 120 hiệu trưởng, phó hiệu trưởng và nhân viên văn thư các trường."
        ),
        opts={"day": "2026/11/25", "mode": "updated", "printed": "25/11/2026 - 08:30", "sapo": True},
    ),
    Story(
        5,
        S_DOCSACH,
        "Ngày hội đọc sách tại Trường Tiểu học Hồ Xá",
        "tin-giao-duc",
        "2026-11-06",
        [
            P(
                "Sáng 05/11, Trường Tiểu học Hồ Xá tổ chức Ngày hội đọc sách với chủ đề “Mỗi cuốn sách "
                "- một người bạn” thu hút hơn 900 học sinh tham gia."
            ),
            Img(
                up("2026/11/06", "ngay-hoi-doc-sach-1.jpg"),
                "Học sinh tham quan các gian trưng bày sách",
                "Học sinh tham quan các gian trưng bày sách",
                "em",
            ),
            P(
                "Mỗi lớp trang trí một gian sách theo chủ đề, giới thiệu những cuốn sách hay về quê hương "
                "Vĩnh Linh, về địa đạo Vịnh Mốc và những tấm gương anh hùng trong chiến tranh."
            ),
            P(
                "Chương trình còn có các tiết mục kể chuyện theo sách, vẽ tranh minh họa nhân vật yêu "
                "thích và quyên góp hơn 1.500 cuốn sách tặng thư viện các trường vùng khó khăn."
            ),
            Img(
                up("2026/11/06", "ngay-hoi-doc-sach-2.jpg"),
                "Tiết mục kể chuyện theo sách của học sinh lớp 4",
                "Tiết mục kể chuyện theo sách của học sinh lớp 4",
                "em",
            ),
            Raw(
                '<p class="text-end"><strong>Tin: Trần Đức Thắng<br>Ảnh: Phan Thị Hoài</strong></p>'
            ),
        ],
        authors=["Trần Đức Thắng"],
        photographers=["Phan Thị Hoài"],
        opts={"day": "2026/11/06", "mode": "nodate"},
    ),
    Story(
        6,
        S_BANTRU,
        "Kiểm tra công tác bán trú tại các trường mầm non trên địa bàn huyện",
        "tin-giao-duc",
        "2026-10-28",
        [
            P(
                "Thực hiện kế hoạch kiểm tra năm học 2026-2027, trong tuần qua đoàn kiểm tra của Phòng "
                "GD&ĐT đã kiểm tra công tác bán trú tại 12 trường mầm non trên địa bàn huyện.",
                "j",
            ),
            P(
                "Đoàn tập trung kiểm tra hồ sơ tiếp nhận thực phẩm, lưu mẫu thức ăn, điều kiện bếp ăn "
                "một chiều, khẩu phần dinh dưỡng và việc công khai thu chi tiền ăn của trẻ.",
                "j",
            ),
            Img(
                up("2026/10/28", "kiem-tra-ban-tru.jpg"),
                "Đoàn kiểm tra bếp ăn Trường Mầm non Hoa Sen",
                "Đoàn kiểm tra bếp ăn Trường Mầm non Hoa Sen",
                "fig",
            ),
            P(
                "Qua kiểm tra, các trường đều thực hiện nghiêm quy định về an toàn thực phẩm; một số "
                "trường cần bổ sung sổ theo dõi kiểm thực ba bước và thay mới dụng cụ chia thức ăn.",
                "j",
            ),
            P(
                "Phòng GD&ĐT yêu cầu các đơn vị khắc phục tồn tại trước ngày 15/11/2026 và báo cáo kết "
                "quả bằng văn bản về Tổ Mầm non.",
                "j",
            ),
            Raw('<p class="text-end"><strong>Tổ Mầm non</strong></p>'),
            Raw('<p class="text-end"><em>(Vĩnh Linh, ngày 28 tháng 10 năm 2026)</em></p>'),
        ],
        authors=["Tổ Mầm non"],
        opts={"day": "2026/10/28", "mode": "end"},
    ),
    Story(
        7,
        S_HOINGHI,
        "Hội nghị triển khai nhiệm vụ năm học 2026-2027 bậc THCS",
        "tin-giao-duc",
        "2026-10-09",
        [
            P(
                "Ngày 08/10/2026, Phòng GD&ĐT Vĩnh Linh tổ chức Hội nghị triển khai nhiệm vụ năm học "
                "2026-2027 bậc THCS với sự tham dự của hiệu trưởng, phó hiệu trưởng 17 trường THCS và "
                "TH&THCS."
            ),
            P(
                "Hội nghị đánh giá kết quả năm học 2025-2026: tỷ lệ học sinh tốt nghiệp THCS đạt 99,6%, "
                "tỷ lệ vào lớp 10 công lập đạt 82,4%, cao hơn năm trước 2,1 điểm phần trăm."
            ),
            P("Nhiệm vụ trọng tâm năm học mới", "h"),
            P("Thực hiện hiệu quả Chương trình GDPT 2018 ở tất cả các khối lớp;", "li"),
            P("Đổi mới kiểm tra, đánh giá theo Thông tư 22/2021/TT-BGDĐT;", "li"),
            P("Nâng cao chất lượng dạy học tiếng Anh và giáo dục STEM;", "li"),
            P("Đẩy mạnh chuyển đổi số, xây dựng trường học an toàn, thân thiện.", "li"),
            P(
                "Phát biểu kết luận, Trưởng phòng GD&ĐT đề nghị các trường xây dựng kế hoạch giáo dục "
                "nhà trường sát thực tế, hoàn thành trước ngày 20/10/2026.",
            ),
            Raw('<p class="text-end"><strong>Tổ THCS</strong></p>'),
        ],
        authors=["Tổ THCS"],
        opts={"day": "2026/10/09", "mode": "nodate"},
    ),
    Story(
        8,
        S_CHIBO,
        "Chi bộ Phòng GD&ĐT sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” năm 2026",
        "cong-tac-dang-doan-the",
        "2026-11-26T23:52:00+07:00",
        [
            P(
                "Chi bộ Phòng GD&ĐT huyện Vĩnh Linh vừa tổ chức sinh hoạt chuyên đề năm 2026 với chủ đề "
                "“Nêu cao tinh thần trách nhiệm, gương mẫu của cán bộ, đảng viên trong thực thi công vụ”."
            ),
            P(
                "Đồng chí Bí thư Chi bộ quán triệt nội dung chuyên đề, nhấn mạnh yêu cầu mỗi đảng viên "
                "phải nói đi đôi với làm, tận tụy phục vụ nhân dân, gần gũi với cơ sở trường học."
            ),
            P(
                "Các đảng viên thảo luận, liên hệ bản thân và đăng ký việc làm cụ thể: giải quyết văn bản "
                "đúng hạn, tăng cường dự giờ, kiểm tra, hỗ trợ chuyên môn tại các trường vùng khó."
            ),
            Img(
                up("2026/11/27", "chi-bo-sinh-hoat-chuyen-de.jpg"),
                "Đảng viên Chi bộ thảo luận tại buổi sinh hoạt",
                "Đảng viên Chi bộ thảo luận tại buổi sinh hoạt",
                "em",
            ),
            P(
                "Chi bộ thống nhất đưa nội dung đăng ký vào tiêu chí đánh giá, xếp loại đảng viên cuối "
                "năm 2026."
            ),
            Raw('<p style="text-align: right;"><b>Tổ Văn phòng</b></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"day": "2026/11/27", "mode": "midnight", "printed": "26/11/2026 - 23:52"},
    ),
    Story(
        9,
        S_CONGDOAN,
        "Công đoàn ngành Giáo dục huyện phát động thi đua “Dạy tốt - Học tốt”",
        "cong-tac-dang-doan-the",
        "2026-11-12T14:20:00+07:00",
        [
            P(
                "Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, Công đoàn ngành Giáo dục huyện Vĩnh "
                "Linh phát động đợt thi đua “Dạy tốt - Học tốt” trong toàn ngành.",
            ),
            P(
                "Đợt thi đua diễn ra từ ngày 01/11 đến ngày 20/11/2026 với các nội dung: thao giảng, dự "
                "giờ, hội giảng cấp trường; làm đồ dùng dạy học tự tạo; các hoạt động văn nghệ, thể thao "
                "của công đoàn viên."
            ),
            P(
                "Công đoàn ngành cũng vận động đoàn viên ủng hộ Quỹ “Mái ấm công đoàn”, phấn đấu hỗ trợ "
                "xây mới 2 nhà cho đoàn viên có hoàn cảnh khó khăn ở xã Vĩnh Ô và Vĩnh Khê."
            ),
            Raw('<p class="text-end fst-italic nguon">Nguồn: Công đoàn Giáo dục Quảng Trị</p>'),
        ],
        source="Công đoàn Giáo dục Quảng Trị",
        summary=(
            "Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, Công đoàn ngành Giáo dục huyện Vĩnh "
            "Linh phát động đợt thi đua “Dạy tốt - Học tốt” trong toàn ngành."
        ),
        opts={"day": "2026/11/12", "mode": "updated", "printed": "12/11/2026 - 14:20", "sapo": True},
    ),
    Story(
        10,
        S_LIENDOI,
        "Liên đội Trường TH&THCS Vĩnh Giang tổ chức Đại hội Liên đội nhiệm kỳ 2026-2027",
        "cong-tac-dang-doan-the",
        "2026-10-15",
        [
            P(
                "Chiều 14/10, Liên đội Trường TH&THCS Vĩnh Giang tổ chức Đại hội Liên đội nhiệm kỳ "
                "2026-2027 với sự tham gia của 120 đội viên đại diện cho 14 chi đội."
            ),
            Img(
                up("2026/10/15", "dai-hoi-lien-doi.jpg"),
                "Đoàn Chủ tịch điều hành Đại hội",
                "Đoàn Chủ tịch điều hành Đại hội",
                "fig",
            ),
            P(
                "Đại hội đã đánh giá kết quả công tác Đội năm học trước: Liên đội được Hội đồng Đội huyện "
                "công nhận Liên đội vững mạnh xuất sắc, 100% chi đội đạt danh hiệu chi đội mạnh."
            ),
            P(
                "Đại hội biểu quyết thông qua chương trình hành động với khẩu hiệu “Chăm ngoan - Học giỏi "
                "- Làm nhiều việc tốt” và bầu Ban Chỉ huy Liên đội gồm 11 đội viên."
            ),
            Img(up("2026/10/15", "dai-hoi-lien-doi-2.jpg"), None, None, "none"),
            Raw('<p class="text-end"><strong>Tin, ảnh: Nguyễn Thị Mai Hương</strong></p>'),
        ],
        authors=["Nguyễn Thị Mai Hương"],
        photographers=["Nguyễn Thị Mai Hương"],
        opts={"day": "2026/10/15", "mode": "nodate"},
    ),
    Story(
        11,
        S_HKPD,
        "Thông báo tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2026-2027",
        "thong-bao",
        "2026-12-02",
        [
            P(
                "Căn cứ Kế hoạch số 215/KH-PGDĐT ngày 20/11/2026 của Phòng GD&ĐT Vĩnh Linh về tổ chức Hội "
                "khỏe Phù Đổng cấp huyện năm học 2026-2027, Phòng GD&ĐT thông báo như sau:"
            ),
            P("1. Thời gian, địa điểm", "h"),
            P(
                "Thời gian: từ ngày 14/12 đến 18/12/2026 (khai mạc lúc 7 giờ 30 ngày 14/12/2026)."
            ),
            P("Địa điểm: Sân vận động huyện Vĩnh Linh và Nhà thi đấu Trường THCS Hồ Xá.", "br"),
            P("2. Các môn thi đấu", "h"),
            P("Điền kinh, Bơi lội, Cờ vua, Bóng bàn, Cầu lông, Bóng đá nam THCS.", "li"),
            P("Kéo co, Nhảy dây (dành cho học sinh tiểu học).", "li"),
            P("3. Hồ sơ đăng ký", "h"),
            P(
                "Các trường gửi danh sách vận động viên (có xác nhận của hiệu trưởng) về Phòng GD&ĐT qua "
                "Tổ Văn phòng trước ngày 09/12/2026."
            ),
            Raw('<p class="text-end"><strong>Tổ Văn phòng</strong></p>'),
            Raw(
                '<p style="text-align: right;"><i>(Vĩnh Linh, ngày 02 tháng 12 năm 2026)</i></p>'
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={"day": "2026/12/02", "mode": "end", "tpl": "thong-bao"},
    ),
    Story(
        12,
        S_TUYENDUNG,
        "Thông báo tuyển dụng viên chức giáo dục năm 2026",
        "thong-bao",
        "2026-11-20",
        [
            P(
                "Thực hiện Kế hoạch số 198/KH-UBND ngày 10/11/2026 của UBND huyện Vĩnh Linh, Phòng GD&ĐT "
                "thông báo tuyển dụng viên chức làm việc tại các trường mầm non, tiểu học và THCS công "
                "lập năm 2026 như sau:"
            ),
            P("Vị trí | Cấp học | Chỉ tiêu", "th"),
            P("Giáo viên mầm non hạng III | Mầm non | 18", "td"),
            P("Giáo viên tiểu học hạng III | Tiểu học | 12", "td"),
            P("Giáo viên Tiếng Anh | THCS | 4", "td"),
            P("Giáo viên Tin học | THCS | 3", "td"),
            P(
                "Thời gian nhận hồ sơ: từ ngày 23/11/2026 đến hết ngày 22/12/2026 (trong giờ hành chính)."
            ),
            P(
                "Địa điểm nhận hồ sơ: Tổ Văn phòng, Phòng GD&ĐT huyện Vĩnh Linh, số 38 Hùng Vương, thị "
                "trấn Hồ Xá."
            ),
            P("Điện thoại liên hệ: 0233.3823.245.", "br"),
            Raw('<p style="text-align: right;"><b>Tổ Văn phòng</b></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"day": "2026/11/20", "mode": "nodate", "tpl": "thong-bao"},
    ),
    Story(
        13,
        S_KIEMTRA,
        "Kế hoạch kiểm tra cuối học kỳ I năm học 2026-2027 bậc THCS",
        "thong-bao",
        "2026-11-30T10:15:00+07:00",
        [
            P(
                "Phòng GD&ĐT Vĩnh Linh ban hành kế hoạch kiểm tra cuối học kỳ I năm học 2026-2027 đối "
                "với các môn học có đề chung toàn huyện bậc THCS."
            ),
            P("Lịch kiểm tra", "h"),
            P("Ngày | Môn | Thời gian làm bài", "th"),
            P("21/12/2026 | Ngữ văn | 90 phút", "td"),
            P("22/12/2026 | Toán | 90 phút", "td"),
            P("23/12/2026 | Tiếng Anh | 60 phút", "td"),
            P(
                "Đề kiểm tra do Phòng GD&ĐT ra, bảo đảm ma trận và bản đặc tả theo Công văn số "
                "7991/BGDĐT-GDTrH; các trường tổ chức coi, chấm nghiêm túc, khách quan."
            ),
            P(
                "Các trường nhập điểm trên phần mềm quản lý trường học chậm nhất ngày 31/12/2026 và báo "
                "cáo thống kê chất lượng về Tổ THCS trước ngày 05/01/2027."
            ),
            Raw('<p class="text-end"><em>Theo Sở GD&amp;ĐT Quảng Trị</em></p>'),
        ],
        source="Sở GD&ĐT Quảng Trị",
        opts={
            "day": "2026/11/30",
            "mode": "updated",
            "printed": "30/11/2026 - 10:15",
            "tpl": "thong-bao",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}


def day_of(story: Story) -> tuple[str, str, str]:
    y, m, d = story.opts["day"].split("/")
    return y, m, d


def path_of(story: Story) -> str:
    return f"/tin/{story.opts['day']}/{story.slug}.html"


def card_date(story: Story) -> str:
    y, m, d = day_of(story)
    return f"{d}/{m}/{y}"


BY_PATH = {path_of(s): s for s in STORIES}

GOLD = [gold_record(s, path_of(s), CATEGORIES[s.cat]) for s in STORIES]

NON_ARTICLES = [
    "/chuyen-muc/tin-giao-duc/?trang=2",
    "/tin/2026/11/",
    "/tin/2026/10/",
    "/gioi-thieu.html",
    "/lien-he.html",
    "/van-ban/",
]


# --- printing -------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu.html", "Giới thiệu"),
    ("/chuyen-muc/tin-giao-duc/", "Tin giáo dục"),
    ("/chuyen-muc/cong-tac-dang-doan-the/", "Công tác Đảng - Đoàn thể"),
    ("/chuyen-muc/thong-bao/", "Thông báo"),
    ("/van-ban/", "Văn bản"),
    ("/lien-he.html", "Liên hệ"),
]
MONTHS = [("2026", "12"), ("2026", "11"), ("2026", "10")]
MOST_READ = [1, 4, 11, 2, 9]


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (s.opts["day"], s.id), reverse=True)


def layout(request: Request, title: str, main: str, crumbs: list[tuple[str, str]], head: str = "") -> str:
    menu = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{href}">{esc(label)}</a></li>'
        for href, label in MENU
    )
    crumb = "".join(
        f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>' if href
        else f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>'
        for href, label in crumbs
    )
    most = "".join(
        f'<li class="list-group-item"><a href="{path_of(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>'
        for i in MOST_READ
    )
    archive = "".join(
        f'<li><a href="/tin/{y}/{m}/">Tháng {m}/{y}</a></li>' for y, m in MONTHS
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link href="/static/css/bootstrap.min.css" rel="stylesheet">
<link href="/static/css/bootstrap-icons.css" rel="stylesheet">
<link href="/static/css/style.css?v=2.3" rel="stylesheet">
<link rel="icon" href="/static/img/favicon.ico">
{head}
</head>
<body>
<div class="top-bar bg-primary text-white small py-1"><div class="container d-flex justify-content-between">
<span class="ngay-hien-tai"><i class="bi bi-calendar-event"></i> {TODAY_VL}</span>
<span>Đường dây nóng: 0233.3823.245 | <a class="text-white" href="mailto:pgdvinhlinh@quangtri.edu.vn">pgdvinhlinh@quangtri.edu.vn</a></span>
</div></div>
<header class="banner"><div class="container d-flex align-items-center py-2">
<a href="/"><img src="/static/img/logo-pgd-vinh-linh.png" alt="Logo" class="logo me-3" height="80"></a>
<div><div class="ten-don-vi-cap-tren">UBND HUYỆN VĨNH LINH</div>
<div class="ten-don-vi fw-bold fs-4">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</div></div>
<img src="/static/img/banner-truong-hoc.jpg" alt="" class="ms-auto d-none d-lg-block banner-img">
</div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary menu-chinh"><div class="container">
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#menu"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="menu"><ul class="navbar-nav me-auto">{menu}</ul>
<form class="d-flex" action="/tim-kiem" method="get"><input class="form-control form-control-sm me-1" name="q" placeholder="Tìm kiếm..."><button class="btn btn-sm btn-light" type="submit"><i class="bi bi-search"></i></button></form>
</div></div></nav>
<div class="container my-3">
<nav aria-label="breadcrumb"><ol class="breadcrumb">{crumb}</ol></nav>
<div class="row">
<main class="col-lg-8">
{main}
</main>
<aside class="col-lg-4 cot-phai">
<div class="card mb-3 widget"><div class="card-header fw-bold">Tin đọc nhiều</div><ul class="list-group list-group-flush tin-doc-nhieu">{most}</ul></div>
<div class="card mb-3 widget"><div class="card-header fw-bold">Lưu trữ</div><div class="card-body"><ul class="luu-tru list-unstyled mb-0">{archive}</ul></div></div>
<div class="card mb-3 widget"><div class="card-header fw-bold">Liên kết website</div><div class="card-body">
<select class="form-select form-select-sm" onchange="if(this.value) window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://quangtri.edu.vn">Sở GD&amp;ĐT Quảng Trị</option>
<option value="https://vinhlinh.quangtri.gov.vn">Cổng TTĐT huyện Vĩnh Linh</option>
</select></div></div>
<div class="card mb-3 widget"><div class="card-header fw-bold">Thăm dò ý kiến</div><div class="card-body">
<form method="post" action="/binh-chon/1"><p class="small mb-2">Bạn đánh giá thế nào về website của Phòng?</p>
<div class="form-check"><input class="form-check-input" type="radio" name="chon" value="1" id="c1"><label class="form-check-label" for="c1">Rất hữu ích</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="chon" value="2" id="c2"><label class="form-check-label" for="c2">Hữu ích</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="chon" value="3" id="c3"><label class="form-check-label" for="c3">Cần cải thiện</label></div>
<button class="btn btn-sm btn-primary mt-2" type="submit">Bình chọn</button></form></div></div>
<div class="card mb-3 widget thong-ke"><div class="card-header fw-bold">Thống kê truy cập</div><div class="card-body small">
<div>Đang online: <b>23</b></div><div>Hôm nay: <b>1.146</b></div><div>Tổng truy cập: <b>2.384.517</b></div></div></div>
</aside>
</div></div>
<footer class="bg-dark text-light pt-4 pb-3 mt-4"><div class="container small">
<p class="fw-bold mb-1">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN VĨNH LINH</p>
<p class="mb-1">Địa chỉ: Số 38 Hùng Vương, thị trấn Hồ Xá, huyện Vĩnh Linh, tỉnh Quảng Trị</p>
<p class="mb-1">Điện thoại: 0233.3823.245 - Fax: 0233.3823.112 - Email: pgdvinhlinh@quangtri.edu.vn</p>
<p class="mb-0">Chịu trách nhiệm nội dung: Trưởng phòng GD&amp;ĐT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script src="/static/js/bootstrap.bundle.min.js"></script>
</body>
</html>"""


def _para(p: P) -> str:
    return esc(p.text)


def render_blocks(story: Story) -> str:
    """The CKEditor HTML of the ``noi-dung`` block, in page order."""
    blocks = list(story.blocks)
    if story.opts.get("sapo"):
        blocks = blocks[1:]  # the sapo is printed in its own element above the text
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            alt = esc(b.caption or "")
            if b.style == "fig":
                out.append(
                    f'<figure class="figure d-block text-center"><img src="{b.src}" class="figure-img '
                    f'img-fluid" alt="{alt}"><figcaption class="figure-caption">{esc(b.printed or "")}'
                    "</figcaption></figure>"
                )
            elif b.style == "em":
                out.append(
                    f'<p class="text-center"><img src="{b.src}" class="img-fluid" alt="{alt}"></p>\n'
                    f'<p class="text-center"><em>{esc(b.printed or "")}</em></p>'
                )
            else:
                out.append(f'<p style="text-align:center"><img src="{b.src}" style="max-width:100%" alt=""></p>')
        elif b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{_para(blocks[i])}</li>")
                i += 1
            out.append(f"<{tag}>" + "".join(items) + f"</{tag}>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table class="table table-bordered table-sm"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "h":
            out.append(f"<h4>{_para(b)}</h4>")
        elif b.style == "q":
            out.append(f'<blockquote class="blockquote fst-italic"><p>{_para(b)}</p></blockquote>')
        elif b.style == "j":
            out.append(f'<p style="text-align: justify;">{_para(b)}</p>')
        else:
            text_ = _para(b)
            if i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                text_ += "<br>\n" + _para(blocks[i + 1])
                i += 1
            out.append(f"<p>{text_}</p>")
        i += 1
    return "\n".join(out)


def related(story: Story) -> list[Story]:
    same = [s for s in newest(STORIES) if s.cat == story.cat and s.id != story.id]
    return same[:5]


def article_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    path = path_of(story)
    cat = CATEGORIES[story.cat]
    mode = story.opts["mode"]
    views = f'<span class="luot-xem"><i class="bi bi-eye"></i> Lượt xem: {story.views()}</span>'
    if mode in ("updated", "midnight"):
        info = (
            f'<span class="ngay-cap-nhat me-3"><i class="bi bi-clock"></i> Cập nhật: '
            f'{story.opts["printed"]}</span>{views}'
        )
    else:
        info = views
    sapo = f'<div class="sapo fw-bold mb-3">{esc(story.summary)}</div>\n' if story.opts.get("sapo") else ""
    rel = "".join(
        f'<li><a href="{path_of(s)}">{esc(s.title)}</a> <span class="text-muted small">({card_date(s)})</span></li>'
        for s in related(story)
    )
    share = f"{base}{path}"
    tools = (
        '<div class="cong-cu border-top pt-2 mt-3 small">'
        '<a href="javascript:window.print()"><i class="bi bi-printer"></i> In bài</a> · '
        f'<a href="mailto:?subject={esc(story.title)}&amp;body={share}"><i class="bi bi-envelope"></i> Gửi email</a> · '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank">Chia sẻ Facebook</a> · '
        f'<a href="https://zalo.me/share?url={share}" target="_blank">Zalo</a></div>'
    )
    if story.opts.get("tpl") == "thong-bao":
        art = f"""<article class="bai-viet bai-thong-bao">
<div class="nhan-chuyen-muc badge bg-danger mb-2">{esc(cat)}</div>
<h1 class="tieu-de fs-3">{esc(story.title)}</h1>
<div class="thong-tin text-muted small mb-3">{info}</div>
{sapo}<div class="noi-dung-thong-bao">
{render_blocks(story)}
</div>
{tools}
</article>"""
    else:
        art = f"""<article class="bai-viet">
<h1 class="tieu-de">{esc(story.title)}</h1>
<div class="thong-tin text-muted small mb-3">{info}</div>
{sapo}<div class="noi-dung">
{render_blocks(story)}
</div>
{tools}
</article>"""
    main = f"""{art}
<div class="tin-lien-quan mt-4"><h5 class="border-bottom pb-1">Tin liên quan</h5><ul>{rel}</ul></div>"""
    imgs = story.images
    head = f'<link rel="canonical" href="{base}{path}">\n<meta property="og:title" content="{esc(story.title)}">'
    if imgs:
        head += f'\n<meta property="og:image" content="{base}{imgs[0].src}">'
    crumbs = [("/", "Trang chủ"), (f"/chuyen-muc/{story.cat}/", cat)]
    return html(layout(request, f"{story.title} - Phòng GD&ĐT Vĩnh Linh", main, crumbs, head))


def card(story: Story) -> str:
    thumb = story.images[0].src if story.images else "/static/img/no-image.png"
    first = next(b.text for b in story.blocks if isinstance(b, P))
    excerpt = first if len(first) < 160 else first[:157].rsplit(" ", 1)[0] + "..."
    return f"""<div class="card the-tin mb-3"><div class="row g-0">
<div class="col-md-4"><a href="{path_of(story)}"><img src="{thumb}" class="img-fluid rounded-start" alt=""></a></div>
<div class="col-md-8"><div class="card-body py-2">
<h5 class="card-title fs-6"><a href="{path_of(story)}">{esc(story.title)}</a></h5>
<p class="card-text mb-1"><small class="text-muted"><i class="bi bi-calendar3"></i> {card_date(story)}</small></p>
<p class="card-text small">{esc(excerpt)}</p>
</div></div></div></div>"""


def not_found(request: Request) -> Response:
    main = '<div class="alert alert-warning">Không tìm thấy trang yêu cầu. <a href="/">Về trang chủ</a></div>'
    return html(layout(request, "404 - Không tìm thấy", main, [("/", "Trang chủ"), ("", "Lỗi")]), status=404)


def category_page(request: Request, key: str) -> Response:
    posts = newest([s for s in STORIES if s.cat == key])
    raw = request.params.get("trang", "1")
    if not raw.isdigit():
        return not_found(request)
    page = int(raw)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if not 1 <= page <= pages:
        return not_found(request)
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    name = CATEGORIES[key]
    base = f"/chuyen-muc/{key}/"
    nav = ""
    if pages > 1:
        items = []
        if page > 1:
            prev = base if page == 2 else f"{base}?trang={page - 1}"
            items.append(f'<li class="page-item"><a class="page-link" href="{prev}">« Trước</a></li>')
        for n in range(1, pages + 1):
            href = base if n == 1 else f"{base}?trang={n}"
            active = " active" if n == page else ""
            items.append(f'<li class="page-item{active}"><a class="page-link" href="{href}">{n}</a></li>')
        if page < pages:
            items.append(f'<li class="page-item"><a class="page-link" href="{base}?trang={page + 1}">Sau »</a></li>')
        nav = '<nav><ul class="pagination pagination-sm">' + "".join(items) + "</ul></nav>"
    main = (
        f'<h2 class="tieu-de-chuyen-muc border-bottom pb-2 mb-3">{esc(name)}</h2>\n'
        + "\n".join(card(s) for s in chunk)
        + nav
    )
    title = f"{name} - Trang {page}" if page > 1 else name
    return html(layout(request, f"{title} - Phòng GD&ĐT Vĩnh Linh", main, [("/", "Trang chủ"), ("", name)]))


def month_page(request: Request, y: str, m: str) -> Response | None:
    posts = newest([s for s in STORIES if day_of(s)[:2] == (y, m)])
    if (y, m) not in MONTHS:
        return None
    body = "\n".join(card(s) for s in posts) or '<p class="text-muted">Chưa có bài viết.</p>'
    main = f'<h2 class="tieu-de-chuyen-muc border-bottom pb-2 mb-3">Lưu trữ tháng {m}/{y}</h2>\n{body}'
    crumbs = [("/", "Trang chủ"), ("", f"Lưu trữ {m}/{y}")]
    return html(layout(request, f"Lưu trữ tháng {m}/{y} - Phòng GD&ĐT Vĩnh Linh", main, crumbs))


def home(request: Request) -> Response:
    posts = newest(STORIES)
    top = posts[0]
    thumb = top.images[0].src if top.images else "/static/img/no-image.png"
    latest = "".join(
        f'<li class="list-group-item"><a href="{path_of(s)}">{esc(s.title)}</a> '
        f'<span class="text-muted small">{card_date(s)}</span></li>'
        for s in posts[1:6]
    )
    blocks = []
    for key, name in CATEGORIES.items():
        items = "".join(
            f'<li><a href="{path_of(s)}">{esc(s.title)}</a> <small class="text-muted">({card_date(s)})</small></li>'
            for s in newest([s for s in STORIES if s.cat == key])[:4]
        )
        blocks.append(
            f'<div class="khoi-chuyen-muc mb-3"><h4 class="border-bottom"><a href="/chuyen-muc/{key}/">'
            f'{esc(name)}</a></h4><ul>{items}</ul>'
            f'<a class="small" href="/chuyen-muc/{key}/">Xem tất cả »</a></div>'
        )
    main = f"""<div class="tin-noi-bat card mb-3"><a href="{path_of(top)}"><img src="{thumb}" class="card-img-top" alt=""></a>
<div class="card-body"><h3 class="card-title"><a href="{path_of(top)}">{esc(top.title)}</a></h3>
<small class="text-muted">{card_date(top)}</small></div></div>
<div class="card mb-3"><div class="card-header fw-bold">Tin mới</div><ul class="list-group list-group-flush">{latest}</ul></div>
{"".join(blocks)}"""
    return html(layout(request, "Phòng GD&ĐT Vĩnh Linh - Trang chủ", main, [("", "Trang chủ")]))


STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu Phòng Giáo dục và Đào tạo huyện Vĩnh Linh",
        [
            "Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND huyện Vĩnh Linh, tham mưu, "
            "giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.",
            "Toàn huyện hiện có 22 trường mầm non, 21 trường tiểu học, 13 trường THCS và 4 trường "
            "TH&THCS với hơn 23.000 học sinh và 1.650 cán bộ, giáo viên, nhân viên.",
            "Lãnh đạo Phòng: Trưởng phòng Lê Quang Vinh; Phó Trưởng phòng Nguyễn Văn Bình, Võ Thị Lệ Hằng.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Phòng Giáo dục và Đào tạo huyện Vĩnh Linh",
            "Địa chỉ: Số 38 Hùng Vương, thị trấn Hồ Xá, huyện Vĩnh Linh, tỉnh Quảng Trị.",
            "Điện thoại: 0233.3823.245 - Email: pgdvinhlinh@quangtri.edu.vn",
        ],
    ),
}


def static_page(request: Request, key: str) -> Response:
    title, paras = STATIC_PAGES[key]
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    if key == "lien-he":
        body += """
<form class="lien-he-form mt-3" method="post" action="/lien-he.html">
<div class="mb-2"><input class="form-control" name="ho_ten" placeholder="Họ và tên"></div>
<div class="mb-2"><input class="form-control" name="email" placeholder="Email"></div>
<div class="mb-2"><textarea class="form-control" name="noi_dung" rows="4" placeholder="Nội dung"></textarea></div>
<button class="btn btn-primary" type="submit">Gửi liên hệ</button></form>
<iframe src="https://www.google.com/maps/embed?pb=vinhlinh" width="100%" height="260" style="border:0"></iframe>"""
    main = f'<div class="trang-tinh"><h1 class="tieu-de">{esc(title)}</h1>\n<div class="noi-dung">\n{body}\n</div></div>'
    return html(layout(request, f"{title} - Phòng GD&ĐT Vĩnh Linh", main, [("/", "Trang chủ"), ("", title)]))


DOCUMENTS = [
    ("215/KH-PGDĐT", "20/11/2026", "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2026-2027", "215-kh-pgddt.pdf"),
    ("198/KH-UBND", "10/11/2026", "Kế hoạch tuyển dụng viên chức giáo dục năm 2026", "198-kh-ubnd.pdf"),
    ("176/PGDĐT-THCS", "02/10/2026", "Hướng dẫn thực hiện nhiệm vụ năm học 2026-2027 bậc THCS", "176-pgddt-thcs.pdf"),
    ("170/PGDĐT-TH", "25/09/2026", "Hướng dẫn thực hiện nhiệm vụ năm học 2026-2027 bậc Tiểu học", "170-pgddt-th.pdf"),
]


def documents_page(request: Request) -> Response:
    rows = "".join(
        f"<tr><td>{i}</td><td>{esc(no)}</td><td>{day}</td><td>{esc(about)}</td>"
        f'<td><a href="/static/van-ban/{f}"><i class="bi bi-file-earmark-pdf"></i> Tải về</a></td></tr>'
        for i, (no, day, about, f) in enumerate(DOCUMENTS, 1)
    )
    main = f"""<h2 class="tieu-de-chuyen-muc border-bottom pb-2 mb-3">Văn bản</h2>
<table class="table table-striped table-sm bang-van-ban"><thead><tr><th>STT</th><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>
<tbody>{rows}</tbody></table>"""
    return html(layout(request, "Văn bản - Phòng GD&ĐT Vĩnh Linh", main, [("/", "Trang chủ"), ("", "Văn bản")]))


class FlaskSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/static/van-ban/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith("/static/"):
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home(request)
        if path in BY_PATH:
            return article_page(request, BY_PATH[path])
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)/", path):
            if m.group(1) in CATEGORIES:
                return category_page(request, m.group(1))
            return not_found(request)
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)", path):
            return redirect(f"{path}/" + (f"?{request.query}" if request.query else ""), 308)
        if m := re.fullmatch(r"/tin/(\d{4})/(\d{2})/", path):
            return month_page(request, m.group(1), m.group(2)) or not_found(request)
        if re.fullmatch(r"/tin/\d{4}/\d{2}", path):
            return redirect(f"{path}/", 308)
        if m := re.fullmatch(r"/(gioi-thieu|lien-he)\.html", path):
            return static_page(request, m.group(1))
        if path == "/van-ban/":
            return documents_page(request)
        if path == "/van-ban":
            return redirect("/van-ban/", 308)
        return not_found(request)


def build_site() -> FlaskSite:
    return FlaskSite()
