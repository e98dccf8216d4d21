"""Trường THCS Nguyễn Du (Buôn Ma Thuột, Đắk Lắk) on an ASP.NET MVC 5 school-portal product of
a local vendor ("EduPortal"): Razor views, Bootstrap 3, jQuery, class names in Vietnamese without
accents (``khung-phai``, ``hop-gioi-thieu``, ``noi-dung-tin`` …).

The point of this portal: PAGES WHERE THE LONGEST TEXT IS NOT THE ARTICLE. Every page carries a
long "Giới thiệu về trường" box (seven paragraphs of the school's history, longer than most
articles) and, on the home page and the Tuyển sinh pages, a "Thư ngỏ của Hiệu trưởng" box of
three long paragraphs. Several articles are "tin ngắn": one or two sentences and a photo.

Platform
--------
ASP.NET MVC 5 (``X-AspNetMvc-Version: 5.2``, ``X-Powered-By: ASP.NET`` headers, a
``__RequestVerificationToken`` hidden field in the search and contact forms). Layout::

    div.top-bar        "Thứ Sáu, 04/12/2026" (today, never a publication date), hotline
    header.banner      logo + school name
    nav.menu-chinh     Trang chủ | Giới thiệu (Giới thiệu chung, Thư ngỏ, Đội ngũ) |
                       Tin tức (4 categories) | Tuyển sinh | Thông báo | Liên hệ
    div.container > div.row > main column + side column (``khung-phai`` on the right or
                       ``khung-trai`` on the left: the side changes with the template)
    footer.chan-trang  address, phone, e-mail, "Chịu trách nhiệm nội dung", copyright

The side column (every page) holds, in this order: ``hop-gioi-thieu`` "Giới thiệu về trường"
(7 paragraphs + "Xem thêm" -> /gioi-thieu), ``hop-thu-ngo`` "Thư ngỏ của Hiệu trưởng" (3
paragraphs signed "Hiệu trưởng Lê Thị Hồng Vân" + "Xem tiếp" -> /thu-ngo; home and Tuyển sinh
pages only), "Tin đọc nhiều", "Lịch công tác tuần" (a table of the week 30/11-05/12/2026),
"Video" (a YouTube iframe), "Liên kết website" (a select of links), a poll ("Thăm dò ý kiến")
and the counter "Đang online: 9 / Hôm nay: 318 / Tổng: 123.456".

Templates and sides:
- home ``/``: left ``khung-trai`` (Giới thiệu + Thư ngỏ), centre "Tin mới" (6 newest) and one
  block per category (3 newest each), right ``khung-phai`` (the other widgets);
- listing ``/danh-muc/<slug>``: side column on the LEFT;
- article of Tin nhà trường / Thông báo: side column on the RIGHT;
- article of Hoạt động Đội / Tuyển sinh (the vendor's "layout 2"): side column on the LEFT;
- static pages (``/gioi-thieu``, ``/thu-ngo``, ``/doi-ngu``, ``/lien-he``): RIGHT.

URL scheme
----------
- ``/tin-tuc/<slug>-<id>.html``: an article (the id decides; a wrong slug is a 404 here).
- ``/danh-muc/<slug>`` and ``/danh-muc/<slug>?page=<n>``: 6 articles a page, newest first, with a
  Bootstrap pager (``ul.pagination`` > ``li.page-item`` > ``a.page-link``: «, 1, 2, …, »).
  ``tin-tuc`` lists all four categories together; the four categories list their own.
- ``/gioi-thieu``, ``/thu-ngo``, ``/doi-ngu``, ``/lien-he``: static pages.
- Uploads under ``/Uploads/images/<yyyy>/<mm>/``; theme files under ``/Content/`` and
  ``/Scripts/``. No robots.txt, no sitemap.

Article template::

    ol.breadcrumb   Trang chủ / Tin tức / <Category>
    div.chi-tiet-tin
      h1.tieu-de-tin
      div.thong-tin-tin  span.ngay-cap-nhat "Cập nhật: 19/11/2026 08:30" · "Lượt xem: 245"
      div.cong-cu        Facebook / Zalo share, "In bài", "Gửi email", font size A- A+
      div.tom-tat-tin    the sapo in bold (some articles; others print a bold first paragraph
                         inside the text, most print none)
      div.noi-dung-tin   CKEditor HTML: p, h3, ol/ul, table, blockquote, figure/figcaption or an
                         image with a centred italic line under it; the byline at the end
    div.tin-lien-quan   "Tin liên quan": the 4 newest other articles of the category, each with
                        its date "(dd/mm/yyyy)"

How each gold article is reached
--------------------------------
- Home "Tin mới" (6 newest) and the per-category blocks (3 newest each).
- ``/danh-muc/tin-tuc`` pages 1-3 (6, 6, 2) and the category listings.
- "Tin liên quan" of other articles of the same category (4 newest others).
- ``tong-ve-sinh-truong-lop-…-1140`` (the oldest Tin nhà trường post, a short one) only on
  ``/danh-muc/tin-nha-truong?page=2`` and ``/danh-muc/tin-tuc?page=2`` (12th of 14);
  ``khai-giang-…-1148`` only on ``/danh-muc/tin-nha-truong`` (6th) and
  ``/danh-muc/tin-tuc?page=2``; the two Tuyển sinh posts (June, July) are the ones on
  ``/danh-muc/tin-tuc?page=3``, also on the home's Tuyển sinh block and their own listing.

Traps
-----
- The "Giới thiệu về trường" box is longer than most articles, on every page, right or left
  depending on the template; the "Thư ngỏ" box adds three long signed paragraphs on home and
  Tuyển sinh pages. Short posts (one or two sentences and a photo) must keep their own text.
- ``/thu-ngo`` looks like an article (breadcrumb, h1 with the article's class, dated
  "Buôn Ma Thuột, ngày 05 tháng 9 năm 2026", signed) but is a static page from the menu;
  ``/gioi-thieu`` is the long history text as a page. Neither prints "Cập nhật:".
- Header's "Thứ Sáu, 04/12/2026" is today; the "Lịch công tác tuần" box is full of dates.
- "Tin liên quan" and "Tin đọc nhiều" lists print dates and titles next to the article.
- Bylines: "Tổng phụ trách Đội Lê Văn Tâm" (a post before the name), "BBT" (nobody),
  "Tin: Trần Thị Hoa; Ảnh: Nguyễn Minh", "Tin, ảnh: Liên đội THCS Nguyễn Du" (a unit, both),
  "ThS. Phạm Quốc Bảo - Phó Hiệu trưởng", "Tổ Văn phòng" (a unit), a bare right-aligned name.

Gold decisions
--------------
- title: the ``h1.tieu-de-tin``; published_at: the "Cập nhật:" line with its time.
- summary: the ``div.tom-tat-tin`` or the bold first paragraph; first paragraph of body.
- body: ``div.noi-dung-tin`` paragraphs, h3 sub-headings, list items, table rows (cells joined by
  " | ", the header row included), quotes; a ``<br>`` inside a paragraph splits it; captions and
  the byline/source lines are not body.
- images: the photos of the text in order; caption = figcaption or the centred italic line.
- category: the breadcrumb's last item.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "long_sidebar_thcs"
PLATFORM = "ASP.NET MVC 5 (local vendor school portal, Bootstrap 3)"
START_PATH = "/"

TODAY_VN = "Thứ Sáu, 04/12/2026"
SCHOOL = "Trường THCS Nguyễn Du"
PER_PAGE = 6

CATEGORIES = {
    "tin-nha-truong": "Tin nhà trường",
    "hoat-dong-doi": "Hoạt động Đội",
    "tuyen-sinh": "Tuyển sinh",
    "thong-bao": "Thông báo",
}
#: the parent listing of the menu's "Tin tức": every category together
ALL_KEY = "tin-tuc"
ALL_NAME = "Tin tức"
#: templates with the side column on the left ("layout 2")
LEFT_SIDE_CATS = {"hoat-dong-doi", "tuyen-sinh"}


def up(date: str, name: str) -> str:
    """Upload path of a photo: ``/Uploads/images/<yyyy>/<mm>/<file>``."""
    y, m, _ = date.split("-")
    return f"/Uploads/images/{y}/{m}/{name}"


# --- the long boxes -----------------------------------------------------------------------------

INTRO = [
    "Trường THCS Nguyễn Du, phường Tân Lập, tỉnh Đắk Lắk được thành lập ngày 15 tháng 8 năm 1987 "
    "theo Quyết định số 214/QĐ-UB của UBND thị xã Buôn Ma Thuột, tiền thân là phân hiệu cấp II "
    "của Trường Phổ thông cơ sở Tân Lập. Những năm đầu thành lập, trường chỉ có 8 phòng học cấp "
    "bốn lợp tôn, 14 lớp với hơn 600 học sinh và 27 cán bộ, giáo viên, nhân viên; nhiều thầy cô "
    "từ các tỉnh miền Trung, miền Bắc vào lập nghiệp phải ở nhờ nhà dân, đạp xe hàng chục cây số "
    "đến lớp trong mùa mưa đất đỏ.",
    "Vượt qua muôn vàn khó khăn của buổi đầu, các thế hệ thầy và trò nhà trường đã không ngừng "
    "phấn đấu, xây dựng nên truyền thống “Dạy tốt - Học tốt - Đoàn kết - Kỷ cương”. Năm 1995, "
    "trường được UBND tỉnh đầu tư xây dựng dãy nhà hai tầng với 12 phòng học kiên cố; năm 2005, "
    "trường có thêm khu phòng học bộ môn, thư viện và nhà đa năng, từng bước đáp ứng yêu cầu dạy "
    "học hai buổi trên ngày.",
    "Hiện nay, nhà trường có 36 lớp với 1.512 học sinh, 78 cán bộ, giáo viên, nhân viên; 100% giáo "
    "viên đạt chuẩn và trên chuẩn đào tạo, trong đó 14 thầy cô có trình độ thạc sĩ. Trường có 9 "
    "phòng học bộ môn, 2 phòng tin học với 90 máy tính kết nối Internet, phòng STEM, thư viện đạt "
    "chuẩn xuất sắc và sân thể thao đa năng rộng 2.400 mét vuông.",
    "Trường đạt chuẩn quốc gia mức độ 1 năm 2009, được công nhận lại năm 2014; năm 2021, Trường "
    "đạt chuẩn quốc gia mức độ 2 và đạt kiểm định chất lượng giáo dục cấp độ 3, là một trong những "
    "trường THCS đầu tiên của tỉnh Đắk Lắk đạt được cả hai tiêu chuẩn này. Năm 2026, trường hoàn "
    "thành hồ sơ tự đánh giá đề nghị công nhận lại chuẩn quốc gia mức độ 2 giai đoạn 2026-2031.",
    "Trong gần bốn mươi năm xây dựng và trưởng thành, nhà trường đã có hàng nghìn lượt học sinh "
    "đạt giải học sinh giỏi cấp thành phố, hơn 400 lượt học sinh giỏi cấp tỉnh và 23 giải quốc "
    "gia ở các cuộc thi Olympic Tiếng Anh, Khoa học kỹ thuật, Giải toán trên Internet. Tỷ lệ học "
    "sinh tốt nghiệp THCS hằng năm đạt 100%, tỷ lệ trúng tuyển vào lớp 10 công lập luôn nằm trong "
    "nhóm dẫn đầu của tỉnh.",
    "Ghi nhận những thành tích đó, nhà trường vinh dự được Chủ tịch nước tặng thưởng Huân chương "
    "Lao động hạng Ba năm 2012 và Huân chương Lao động hạng Nhì năm 2022; nhiều năm liền đạt danh "
    "hiệu Tập thể lao động xuất sắc, được UBND tỉnh tặng Cờ thi đua, Bộ Giáo dục và Đào tạo tặng "
    "Bằng khen. Liên đội nhà trường nhiều năm được Hội đồng Đội Trung ương tặng Bằng khen.",
    "Phát huy truyền thống, tập thể sư phạm Trường THCS Nguyễn Du tiếp tục đổi mới phương pháp "
    "dạy học theo Chương trình giáo dục phổ thông 2018, đẩy mạnh chuyển đổi số, giáo dục STEM và "
    "kỹ năng sống, xây dựng môi trường “Trường học hạnh phúc”, để mỗi ngày đến trường thực sự là "
    "một ngày vui đối với mỗi học sinh.",
]

LETTER = [
    "Kính gửi quý phụ huynh và các em học sinh thân mến! Trường THCS Nguyễn Du tự hào là ngôi "
    "trường có gần bốn mươi năm truyền thống dạy tốt, học tốt của thành phố Buôn Ma Thuột. Mỗi "
    "năm học mới, nhà trường lại chào đón hàng trăm học sinh lớp 6 với niềm vui và trách nhiệm "
    "được gia đình tin tưởng gửi gắm những năm tháng quan trọng nhất của tuổi thiếu niên; chúng "
    "tôi luôn xem đó là động lực để không ngừng đổi mới, nâng cao chất lượng giáo dục toàn diện.",
    "Đến với Trường THCS Nguyễn Du, các em sẽ được học tập trong môi trường thân thiện, an toàn, "
    "với đội ngũ thầy cô tận tâm, giàu kinh nghiệm, cơ sở vật chất đạt chuẩn quốc gia mức độ 2. "
    "Bên cạnh các giờ học chính khóa, nhà trường tổ chức câu lạc bộ Tiếng Anh, STEM, Robotics, "
    "bóng đá, cờ vua, võ thuật, văn nghệ và các hoạt động trải nghiệm, giúp các em phát triển "
    "năng lực, phẩm chất và tự tin bước vào cuộc sống.",
    "Nhà trường mong muốn tiếp tục nhận được sự đồng hành, chia sẻ và góp ý chân thành của quý "
    "phụ huynh để cùng chăm lo cho các em. Mọi ý kiến xin gửi về Văn phòng nhà trường hoặc qua "
    "hộp thư điện tử thcsnguyendu.bmt@daklak.edu.vn. Kính chúc quý phụ huynh sức khỏe, hạnh phúc; "
    "chúc các em học sinh chăm ngoan, học giỏi và có những năm tháng tuổi học trò thật đẹp!",
]
LETTER_PLACE_DATE = "Buôn Ma Thuột, ngày 05 tháng 9 năm 2026"
PRINCIPAL = "Lê Thị Hồng Vân"

# --- the articles ---------------------------------------------------------------------------
#
# opts: date (the printed "dd/mm/yyyy HH:MM"), views. P styles: "" (justified p), "lead" (bold
# first paragraph inside the text), "h3", "li" (ordered list), "uli" (bullets), "th"/"td" (table
# rows, cells " | "), "quote", "br" (joined to the next paragraph by <br> in one <p>).
# Img styles: "fig" (figure + figcaption), "em" (centred image, centred italic line under it),
# "plain" (image alone).


def _pub(date: str) -> str:
    """The printed "dd/mm/yyyy HH:MM" as ISO (a cross-check of the hand-written gold dates)."""
    d, t = date.split()
    dd, mm, yy = d.split("/")
    return f"{yy}-{mm}-{dd}T{t}:00+07:00"


STORIES: list[Story] = [
    Story(
        1190,
        "trao-hoc-bong-tiep-buoc-den-truong-cho-20-hoc-sinh-vuot-kho",
        "Trao học bổng “Tiếp bước đến trường” cho 20 học sinh vượt khó",
        "tin-nha-truong",
        "2026-12-03T07:45:00+07:00",
        [
            P(
                "Sáng 02/12, Ban đại diện cha mẹ học sinh phối hợp với nhà trường trao 20 suất học "
                "bổng “Tiếp bước đến trường”, mỗi suất 1.500.000 đồng, cho các em học sinh có hoàn "
                "cảnh khó khăn vươn lên trong học tập."
            ),
            Img(
                up("2026-12-03", "hoc-bong-tiep-buoc-2026.jpg"),
                "Đại diện Ban đại diện cha mẹ học sinh trao học bổng cho các em",
                "Đại diện Ban đại diện cha mẹ học sinh trao học bổng cho các em",
                "fig",
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"date": "03/12/2026 07:45", "views": 156},
    ),
    Story(
        1186,
        "lien-doi-phat-dong-phong-trao-ke-hoach-nho-dot-1",
        "Liên đội phát động phong trào Kế hoạch nhỏ đợt 1 năm học 2026-2027",
        "hoat-dong-doi",
        "2026-12-02T15:20:00+07:00",
        [
            P(
                "Chiều 01/12, Liên đội THCS Nguyễn Du phát động phong trào Kế hoạch nhỏ đợt 1, thu "
                "gom giấy vụn, chai nhựa để gây quỹ giúp bạn nghèo đón Tết. Kết quả, các chi đội đã "
                "thu được hơn 2,3 tấn giấy vụn và 850 kg chai nhựa."
            ),
            Img(
                up("2026-12-02", "ke-hoach-nho-dot-1.jpg"),
                "Đội viên các chi đội mang giấy vụn về tập kết",
                "Đội viên các chi đội mang giấy vụn về tập kết",
                "em",
            ),
            Raw('<p style="text-align: right;"><strong>Tổng phụ trách Đội Lê Văn Tâm</strong></p>'),
        ],
        authors=["Lê Văn Tâm"],
        opts={"date": "02/12/2026 15:20", "views": 203},
    ),
    Story(
        1185,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-12-01T10:00:00+07:00",
        [
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026-2027, nhà trường thông báo lịch kiểm tra cuối "
                "học kỳ I các môn học có điểm số đối với học sinh khối 6, 7, 8 và 9 như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "td"),
            P("21/12/2026 | Chiều | Lịch sử và Địa lí | 60 phút", "td"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "td"),
            P("22/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "td"),
            P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "td"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học "
                "sinh và đồ dùng học tập cần thiết; không mang điện thoại, tài liệu vào phòng."
            ),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo thời khóa biểu, "
                "hoàn thành trước ngày 19/12/2026."
            ),
        ],
        opts={"date": "01/12/2026 10:00", "views": 512},
    ),
    Story(
        1183,
        "doan-cong-tac-so-gd-dt-kiem-tra-cong-tac-chuyen-mon",
        "Đoàn công tác Sở GD&ĐT kiểm tra công tác chuyên môn tại trường",
        "tin-nha-truong",
        "2026-11-24T14:05:00+07:00",
        [
            P(
                "Ngày 24/11, Đoàn công tác của Sở GD&ĐT Đắk Lắk do bà Nguyễn Thị Thu Hà, Trưởng "
                "phòng Giáo dục Trung học, làm trưởng đoàn đã đến kiểm tra công tác chuyên môn và "
                "việc thực hiện Chương trình GDPT 2018 tại trường."
            ),
            Img(up("2026-11-24", "doan-kiem-tra-so.jpg"), None, None, "plain"),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"date": "24/11/2026 14:05", "views": 188},
    ),
    Story(
        1181,
        "toa-dam-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "TỌA ĐÀM KỶ NIỆM 44 NĂM NGÀY NHÀ GIÁO VIỆT NAM 20/11",
        "tin-nha-truong",
        "2026-11-19T08:30:00+07:00",
        [
            P(
                "Sáng 18/11, Trường THCS Nguyễn Du tổ chức buổi tọa đàm kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam (20/11/1982 - 20/11/2026), ôn lại truyền thống của nhà trường và tri "
                "ân các thế hệ thầy cô giáo."
            ),
            P(
                "Đến dự có đại diện lãnh đạo UBND phường Tân Lập, Ban đại diện cha mẹ học sinh, các "
                "thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên và đại diện "
                "học sinh các khối lớp."
            ),
            Img(
                up("2026-11-19", "toa-dam-20-11-01.jpg"),
                "Quang cảnh buổi tọa đàm",
                "Quang cảnh buổi tọa đàm",
                "em",
            ),
            P(
                "Phát biểu tại buổi tọa đàm, cô Lê Thị Hồng Vân, Hiệu trưởng nhà trường, điểm lại "
                "những kết quả nổi bật của năm học 2025-2026: 100% học sinh khối 9 tốt nghiệp THCS, "
                "92,6% trúng tuyển vào lớp 10 công lập; 68 học sinh đạt giải học sinh giỏi cấp "
                "tỉnh, tăng 12 giải so với năm học trước."
            ),
            P("Những câu chuyện nghề giáo", "h3"),
            P(
                "Thầy Hoàng Văn Khải, giáo viên Toán đã nghỉ hưu, một trong những thầy giáo đầu tiên "
                "của trường năm 1987, xúc động kể lại những ngày thầy trò học dưới mái tôn nóng "
                "hầm hập, mùa mưa phải kê bàn tránh dột."
            ),
            P(
                "“Điều tôi hạnh phúc nhất là hôm nay được thấy nhiều học trò cũ trở về đứng trên bục "
                "giảng của chính ngôi trường này”, thầy Khải chia sẻ.",
                "quote",
            ),
            P(
                "Dịp này, nhà trường khen thưởng 12 giáo viên đạt giải trong Hội thi giáo viên dạy "
                "giỏi cấp trường và 5 giáo viên có sáng kiến kinh nghiệm được Hội đồng khoa học "
                "ngành công nhận."
            ),
            Img(
                up("2026-11-19", "toa-dam-20-11-02.jpg"),
                "Hiệu trưởng Lê Thị Hồng Vân trao giấy khen cho giáo viên dạy giỏi",
                "Hiệu trưởng Lê Thị Hồng Vân trao giấy khen cho giáo viên dạy giỏi",
                "em",
            ),
            P(
                "Buổi tọa đàm khép lại bằng chương trình văn nghệ do học sinh các lớp biểu diễn, "
                "với những ca khúc về thầy cô và mái trường."
            ),
            Raw('<p style="text-align: right;"><em>Tin: Trần Thị Hoa; Ảnh: Nguyễn Minh</em></p>'),
        ],
        authors=["Trần Thị Hoa"],
        photographers=["Nguyễn Minh"],
        opts={"date": "19/11/2026 08:30", "views": 734},
    ),
    Story(
        1179,
        "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027",
        "tin-nha-truong",
        "2026-11-12T16:40:00+07:00",
        [
            P(
                "Từ ngày 19/10 đến 07/11/2026, nhà trường tổ chức Hội thi giáo viên dạy giỏi cấp "
                "trường với 26 giáo viên tham gia ở 10 môn học.",
                "lead",
            ),
            P(
                "Mỗi giáo viên dự thi trình bày một biện pháp nâng cao chất lượng giảng dạy và dạy "
                "hai tiết thực hành trên lớp, trong đó một tiết bốc thăm trước ba ngày."
            ),
            P("Kết quả hội thi:", "br"),
            P(
                "12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, 14 giáo viên được công nhận hoàn thành."
            ),
            P("Các giáo viên đạt giải cao:"),
            P("Cô Nguyễn Thị Mai Phương (Ngữ văn): giải Nhất.", "uli"),
            P("Thầy Đỗ Quang Huy (Khoa học tự nhiên): giải Nhì.", "uli"),
            P("Cô H'Linh Niê (Tiếng Anh): giải Nhì.", "uli"),
            Img(
                up("2026-11-12", "gvdg-cap-truong.jpg"),
                "Cô Nguyễn Thị Mai Phương trong tiết dạy thi môn Ngữ văn lớp 8A2",
                "Cô Nguyễn Thị Mai Phương trong tiết dạy thi môn Ngữ văn lớp 8A2",
                "fig",
            ),
            P(
                "Nhà trường chọn 6 giáo viên có kết quả cao nhất tham gia Hội thi giáo viên dạy giỏi "
                "cấp tỉnh dự kiến tổ chức vào tháng 3/2027."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Phạm Quốc Bảo - Phó Hiệu trưởng'
                "</strong></p>"
            ),
        ],
        authors=["Phạm Quốc Bảo"],
        summary=(
            "Từ ngày 19/10 đến 07/11/2026, nhà trường tổ chức Hội thi giáo viên dạy giỏi cấp "
            "trường với 26 giáo viên tham gia ở 10 môn học."
        ),
        opts={"date": "12/11/2026 16:40", "views": 301},
    ),
    Story(
        1177,
        "trien-khai-cuoc-thi-an-toan-giao-thong-cho-nu-cuoi-ngay-mai",
        "Triển khai Cuộc thi “An toàn giao thông cho nụ cười ngày mai” năm học 2026-2027",
        "thong-bao",
        "2026-11-09T09:15:00+07:00",
        [
            P(
                "Thực hiện Công văn số 2815/SGDĐT-CTTT ngày 04/11/2026 của Sở GD&ĐT Đắk Lắk, nhà "
                "trường triển khai Cuộc thi “An toàn giao thông cho nụ cười ngày mai” dành cho học "
                "sinh THCS năm học 2026-2027."
            ),
            P(
                "Hình thức dự thi: học sinh làm bài trắc nghiệm trực tuyến trên hệ thống "
                "antoangiaothong.gov.vn và sáng tác tranh vẽ, bài viết về chủ đề an toàn giao thông."
            ),
            P(
                "Giáo viên chủ nhiệm hướng dẫn học sinh đăng ký tài khoản, tham gia thi đầy đủ; các "
                "lớp nộp sản phẩm dự thi về Liên đội trước ngày 15/12/2026."
            ),
            P(
                "Nhà trường sẽ chọn các bài thi xuất sắc gửi về Sở GD&ĐT để tham gia vòng thi cấp "
                "tỉnh."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Sở GD&amp;ĐT Đắk Lắk</em></p>'),
        ],
        source="Sở GD&ĐT Đắk Lắk",
        opts={"date": "09/11/2026 09:15", "views": 276},
    ),
    Story(
        1172,
        "hoc-sinh-dat-15-giai-hoi-thi-tin-hoc-tre-cap-tinh",
        "Học sinh Trường THCS Nguyễn Du đạt 15 giải Hội thi Tin học trẻ cấp tỉnh",
        "tin-nha-truong",
        "2026-10-28T11:10:00+07:00",
        [
            P(
                "Tại Hội thi Tin học trẻ tỉnh Đắk Lắk lần thứ XXIX năm 2026 vừa kết thúc, đội tuyển "
                "của Trường THCS Nguyễn Du đã xuất sắc giành 15 giải, dẫn đầu khối THCS toàn tỉnh.",
            ),
            P(
                "Hội thi diễn ra từ ngày 22 đến 24/10 tại Trường Đại học Tây Nguyên với hơn 300 thí "
                "sinh tham dự ở ba bảng: lập trình, sản phẩm sáng tạo và kỹ năng ứng dụng."
            ),
            P("Bảng | Nhất | Nhì | Ba | Khuyến khích", "th"),
            P("Lập trình (Bảng B) | 1 | 2 | 2 | 1", "td"),
            P("Sản phẩm sáng tạo | 1 | 1 | 1 | 0", "td"),
            P("Kỹ năng ứng dụng | 0 | 2 | 3 | 1", "td"),
            Img(
                up("2026-10-28", "tin-hoc-tre-2026.jpg"),
                "Đội tuyển Tin học trẻ của trường nhận giải",
                "Đội tuyển Tin học trẻ của trường nhận giải",
                "fig",
            ),
            P(
                "Em Trần Gia Bảo, lớp 9A1, giải Nhất bảng lập trình, được chọn tham dự Hội thi Tin "
                "học trẻ toàn quốc tổ chức tại Hà Nội vào tháng 12."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Minh</strong></p>'),
        ],
        authors=["Nguyễn Minh"],
        photographers=["Nguyễn Minh"],
        opts={"date": "28/10/2026 11:10", "views": 645},
    ),
    Story(
        1169,
        "hoi-thi-chi-huy-doi-gioi-cap-truong-nam-2026",
        "Sôi nổi Hội thi Chỉ huy Đội giỏi cấp trường năm 2026",
        "hoat-dong-doi",
        "2026-10-20T17:00:00+07:00",
        [
            P(
                "Sáng 17/10, Liên đội THCS Nguyễn Du tổ chức Hội thi Chỉ huy Đội giỏi cấp trường "
                "với sự tham gia của 36 chi đội, hơn 250 đội viên.",
            ),
            P(
                "Các đội thi trải qua ba phần: kiến thức về Đội Thiếu niên Tiền phong Hồ Chí Minh, "
                "nghi thức Đội (đánh trống, chào cờ, báo cáo) và xử lý tình huống trong sinh hoạt "
                "chi đội."
            ),
            Img(
                up("2026-10-20", "chi-huy-doi-gioi-01.jpg"),
                "Phần thi nghi thức của Chi đội 7A3",
                "Phần thi nghi thức của Chi đội 7A3",
                "em",
            ),
            P(
                "Phần thi nghi thức diễn ra hào hứng với những màn trình diễn đội hình, đội ngũ đều "
                "và đẹp; nhiều chi đội lớp 6 dù lần đầu tham gia nhưng thể hiện rất tự tin."
            ),
            P("Kết quả:", "h3"),
            P("Giải Nhất: Chi đội 8A1.", "uli"),
            P("Giải Nhì: Chi đội 7A3 và Chi đội 9A2.", "uli"),
            P("Giải Ba: Chi đội 6A4, 8A5 và 9A6.", "uli"),
            Img(
                up("2026-10-20", "chi-huy-doi-gioi-02.jpg"),
                "Ban giám khảo trao giải cho các chi đội",
                "Ban giám khảo trao giải cho các chi đội",
                "em",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin, ảnh: Liên đội THCS Nguyễn Du'
                "</strong></p>"
            ),
        ],
        authors=["Liên đội THCS Nguyễn Du"],
        photographers=["Liên đội THCS Nguyễn Du"],
        opts={"date": "20/10/2026 17:00", "views": 389},
    ),
    Story(
        1163,
        "dai-hoi-lien-doi-nhiem-ky-2026-2027",
        "Đại hội Liên đội THCS Nguyễn Du nhiệm kỳ 2026-2027",
        "hoat-dong-doi",
        "2026-10-02T08:00:00+07:00",
        [
            P(
                "Chiều 30/9, Liên đội THCS Nguyễn Du long trọng tổ chức Đại hội Liên đội nhiệm kỳ "
                "2026-2027 với sự tham dự của 180 đại biểu là chỉ huy các chi đội."
            ),
            P(
                "Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi nhiệm kỳ "
                "2025-2026: Liên đội đạt danh hiệu Liên đội vững mạnh xuất sắc, 100% chi đội đạt "
                "danh hiệu chi đội mạnh, phong trào Kế hoạch nhỏ thu được hơn 45 triệu đồng."
            ),
            P(
                "Nhiệm kỳ mới, Liên đội đặt mục tiêu triển khai hiệu quả chương trình “Rèn luyện đội "
                "viên”, phong trào “Măng non Tây Nguyên tự hào tiến bước”, xây dựng tủ sách Đội và "
                "các công trình măng non."
            ),
            P(
                "“Mỗi đội viên hãy là một tấm gương sáng về học tập và rèn luyện, xứng đáng với "
                "truyền thống của Liên đội”, cô Hiệu trưởng Lê Thị Hồng Vân nhắn nhủ.",
                "quote",
            ),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ mới gồm 15 đội viên; em Nguyễn Hoàng "
                "Bảo Ngọc, lớp 9A1, được bầu làm Liên đội trưởng."
            ),
            Raw('<p style="text-align: right;"><strong>Tổng phụ trách Đội Lê Văn Tâm</strong></p>'),
        ],
        authors=["Lê Văn Tâm"],
        opts={"date": "02/10/2026 08:00", "views": 244},
    ),
    Story(
        1148,
        "khai-giang-nam-hoc-moi-2026-2027",
        "Trường THCS Nguyễn Du long trọng tổ chức Lễ khai giảng năm học 2026-2027",
        "tin-nha-truong",
        "2026-09-05T10:15:00+07:00",
        [
            P(
                "Năm học này, nhà trường có 36 lớp với 1.512 học sinh, trong đó có 412 học sinh "
                "lớp 6 trúng tuyển theo kế hoạch tuyển sinh của thành phố."
            ),
            Img(
                up("2026-09-05", "khai-giang-2026-01.jpg"),
                "Học sinh lớp 6 diễu hành vào lễ đài",
                "Học sinh lớp 6 diễu hành vào lễ đài",
                "fig",
            ),
            P(
                "Tại buổi lễ, cô Hiệu trưởng Lê Thị Hồng Vân đã đọc thư của Chủ tịch nước gửi ngành "
                "Giáo dục nhân dịp khai giảng và phát động phong trào thi đua “Dạy tốt - Học tốt” "
                "năm học 2026-2027."
            ),
            P(
                "Dịp này, nhà trường khen thưởng 124 học sinh đạt giải học sinh giỏi các cấp năm "
                "học 2025-2026 và trao 30 suất học bổng cho học sinh có hoàn cảnh khó khăn."
            ),
            Img(
                up("2026-09-05", "khai-giang-2026-02.jpg"),
                "Hiệu trưởng đánh trống khai giảng năm học mới",
                "Hiệu trưởng đánh trống khai giảng năm học mới",
                "fig",
            ),
            P(
                "Sau buổi lễ, học sinh các lớp về lớp sinh hoạt với giáo viên chủ nhiệm, nhận thời "
                "khóa biểu và bắt đầu học chính thức từ ngày 07/9."
            ),
            Raw('<p style="text-align: right;"><strong>Trần Thị Hoa</strong></p>'),
        ],
        authors=["Trần Thị Hoa"],
        summary=(
            "Sáng 05/9, cùng với học sinh cả nước, hơn 1.500 học sinh Trường THCS Nguyễn Du "
            "hân hoan bước vào năm học mới 2026-2027."
        ),
        sapo_outside=True,
        opts={"date": "05/09/2026 10:15", "views": 902},
    ),
    Story(
        1140,
        "tong-ve-sinh-truong-lop-chuan-bi-nam-hoc-moi",
        "Tổng vệ sinh trường lớp chuẩn bị năm học mới",
        "tin-nha-truong",
        "2026-08-20T09:40:00+07:00",
        [
            P(
                "Sáng 19/8, toàn thể cán bộ, giáo viên, nhân viên nhà trường ra quân tổng vệ sinh, "
                "sơn sửa bàn ghế, phát quang cây xanh chuẩn bị đón học sinh tựu trường."
            ),
            P("Nhà trường đã sẵn sàng cho năm học mới 2026-2027."),
            Img(
                up("2026-08-20", "tong-ve-sinh-2026.jpg"),
                "Giáo viên, nhân viên nhà trường dọn dẹp khuôn viên",
                "Giáo viên, nhân viên nhà trường dọn dẹp khuôn viên",
                "em",
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"date": "20/08/2026 09:40", "views": 98},
    ),
    Story(
        1137,
        "thong-bao-tuyen-sinh-bo-sung-va-tiep-nhan-hoc-sinh-chuyen-truong",
        "Thông báo tuyển sinh bổ sung lớp 6 và tiếp nhận học sinh chuyển trường năm học 2026-2027",
        "tuyen-sinh",
        "2026-07-18T14:30:00+07:00",
        [
            P(
                "Căn cứ kết quả tuyển sinh lớp 6 năm học 2026-2027 và số chỗ học còn lại, Trường "
                "THCS Nguyễn Du thông báo tuyển sinh bổ sung và tiếp nhận học sinh chuyển đến như "
                "sau:"
            ),
            P("1. Chỉ tiêu còn lại", "h3"),
            P("Khối lớp | Số lớp | Chỉ tiêu còn lại", "th"),
            P("Lớp 6 | 10 | 18", "td"),
            P("Lớp 7 | 9 | 6", "td"),
            P("Lớp 8 | 9 | 4", "td"),
            P("Lớp 9 | 8 | 0", "td"),
            P("2. Hồ sơ gồm", "h3"),
            P("Đơn xin học (theo mẫu của nhà trường).", "li"),
            P("Bản sao giấy khai sinh hợp lệ.", "li"),
            P("Học bạ cấp tiểu học hoặc học bạ THCS (bản chính).", "li"),
            P("Giấy giới thiệu chuyển trường (đối với học sinh chuyển đến).", "li"),
            P(
                "Thời gian nhận hồ sơ: từ ngày 20/7 đến hết ngày 10/8/2026, trong giờ hành chính, "
                "tại Văn phòng nhà trường."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"date": "18/07/2026 14:30", "views": 1204},
    ),
    Story(
        1131,
        "ke-hoach-tuyen-sinh-vao-lop-6-nam-hoc-2026-2027",
        "Kế hoạch tuyển sinh vào lớp 6 năm học 2026-2027",
        "tuyen-sinh",
        "2026-06-02T08:00:00+07:00",
        [
            P(
                "Căn cứ Kế hoạch tuyển sinh của UBND phường Tân Lập, nhà trường xây dựng kế hoạch "
                "tuyển sinh vào lớp 6 năm học 2026-2027 như sau:"
            ),
            P("I. CHỈ TIÊU TUYỂN SINH", "h3"),
            P("Lớp | Số lớp | Chỉ tiêu | Ghi chú", "th"),
            P("Lớp 6 chương trình chuẩn | 8 | 328 | Xét tuyển theo địa bàn", "td"),
            P("Lớp 6 tăng cường Tiếng Anh | 2 | 82 | Xét tuyển và kiểm tra năng lực", "td"),
            P("II. HỒ SƠ DỰ TUYỂN", "h3"),
            P("Đơn đăng ký dự tuyển (theo mẫu).", "li"),
            P("Bản sao giấy khai sinh hợp lệ.", "li"),
            P("Học bạ tiểu học (bản chính) có xác nhận hoàn thành chương trình tiểu học.", "li"),
            P("Giấy xác nhận thông tin cư trú do Công an phường cấp.", "li"),
            P("Giấy tờ chứng nhận đối tượng ưu tiên (nếu có).", "li"),
            P("III. THỜI GIAN", "h3"),
            P(
                "Nhận hồ sơ trực tuyến và trực tiếp từ ngày 10/6 đến 25/6/2026; công bố kết quả "
                "trước ngày 15/7/2026."
            ),
            Img(
                up("2026-06-02", "tuyen-sinh-lop-6-2026.jpg"),
                "Phụ huynh làm thủ tục đăng ký tuyển sinh tại trường năm 2025",
                "Phụ huynh làm thủ tục đăng ký tuyển sinh tại trường năm 2025",
                "em",
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        summary=(
            "Năm học 2026-2027, Trường THCS Nguyễn Du tuyển 410 học sinh vào lớp 6 theo hình "
            "thức xét tuyển, ưu tiên học sinh cư trú trên địa bàn phường Tân Lập."
        ),
        sapo_outside=True,
        opts={"date": "02/06/2026 08:00", "views": 1877},
    ),
]

# the sapo printed outside the text must not also be a P of the text
for _s in STORIES:
    if _s.sapo_outside and _s.blocks and isinstance(_s.blocks[0], P):
        assert _s.blocks[0].text != _s.summary
    assert _pub(_s.opts["date"]) == _s.published_at, _s.slug

BY_ID = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}-{story.id}.html"


GOLD = [gold_record(s, article_path(s), CATEGORIES[s.cat]) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/thu-ngo",
    "/lien-he",
    "/doi-ngu",
    "/danh-muc/thong-bao",
    "/danh-muc/tin-nha-truong?page=2",
]

#: "Tin đọc nhiều" (hand-picked as the vendor's view counter would have it; not the oldest ones)
MOST_READ = [1181, 1172, 1137, 1185, 1163]


# --- helpers ----------------------------------------------------------------------------------


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


def in_cat(key: str) -> list[Story]:
    if key == ALL_KEY:
        return newest(STORIES)
    return newest([s for s in STORIES if s.cat == key])


def day(story: Story) -> str:
    return story.opts["date"].split()[0]


def _para(p: P) -> str:
    return text(p.text)


def render_body(story: Story) -> str:
    """CKEditor 4 output as the editors left it."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            alt = esc(b.printed or story.title)
            if b.style == "fig":
                out.append(
                    f'<figure class="image"><img alt="{alt}" src="{b.src}" width="700" '
                    f'height="467" /><figcaption>{esc(b.printed or "")}</figcaption></figure>'
                )
            elif b.style == "em":
                out.append(
                    f'<p style="text-align: center;"><img alt="{alt}" src="{b.src}" '
                    'style="width: 700px; height: 467px;" /></p>'
                )
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed or "")}</em></p>')
            else:
                out.append(
                    f'<p style="text-align: center;"><img alt="" src="{b.src}" '
                    'style="width: 700px; height: 467px;" /></p>'
                )
        elif b.style in ("li", "uli"):
            tag = "ol" if b.style == "li" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"\t<li>{_para(blocks[i])}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "td"):
            head, rows = "", []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head = (
                        "<thead><tr>"
                        + "".join(f'<th scope="col">{esc(c)}</th>' for c in cells)
                        + "</tr></thead>"
                    )
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="5" cellspacing="0" class="table table-bordered" '
                f'style="width: 100%;">{head}<tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align: justify;">{_para(b)}<br />\n{_para(nxt)}</p>')
            i += 2
            continue
        elif b.style == "h3":
            out.append(f"<h3>{_para(b)}</h3>")
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{_para(b)}</strong></p>')
        elif b.style == "quote":
            out.append(f"<blockquote>\n<p>{_para(b)}</p>\n</blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{_para(b)}</p>')
        i += 1
    return "\n".join(out)


# --- side widgets -----------------------------------------------------------------------------


def box_intro() -> str:
    paras = "\n".join(f"<p>{esc(p)}</p>" for p in INTRO)
    return f"""<div class="hop hop-gioi-thieu">
<div class="hop-tieu-de"><h3>Giới thiệu về trường</h3></div>
<div class="hop-noi-dung">
<img class="anh-truong img-responsive" src="/Uploads/images/truong/toan-canh-truong.jpg" alt="Toàn cảnh trường">
{paras}
<p class="xem-them"><a href="/gioi-thieu">Xem thêm &raquo;</a></p>
</div>
</div>"""


def box_letter() -> str:
    paras = "\n".join(f"<p>{esc(p)}</p>" for p in LETTER)
    return f"""<div class="hop hop-thu-ngo">
<div class="hop-tieu-de"><h3>Thư ngỏ của Hiệu trưởng</h3></div>
<div class="hop-noi-dung">
<img class="anh-hieu-truong" src="/Uploads/images/nhan-su/hieu-truong.jpg" alt="Hiệu trưởng">
{paras}
<p class="ky-ten" style="text-align: right;"><strong>Hiệu trưởng {esc(PRINCIPAL)}</strong></p>
<p class="xem-them"><a href="/thu-ngo">Xem tiếp &raquo;</a></p>
</div>
</div>"""


def box_most_read() -> str:
    items = "\n".join(
        f'<li><a href="{article_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a>'
        f'<span class="luot-xem"> ({BY_ID[i].opts["views"]} lượt xem)</span></li>'
        for i in MOST_READ
    )
    return f"""<div class="hop hop-doc-nhieu">
<div class="hop-tieu-de"><h3>Tin đọc nhiều</h3></div>
<ul class="ds-tin-doc-nhieu">
{items}
</ul>
</div>"""


WEEK = [
    ("Thứ Hai 30/11", "07h00: Chào cờ đầu tuần; 14h00: Họp Hội đồng sư phạm tháng 11."),
    ("Thứ Ba 01/12", "07h30: Dự giờ tổ Ngữ văn; 15h00: Sinh hoạt tổ chuyên môn."),
    ("Thứ Tư 02/12", "14h00: Liên đội phát động phong trào Kế hoạch nhỏ đợt 1."),
    ("Thứ Năm 03/12", "08h00: Kiểm tra hồ sơ giáo viên chủ nhiệm khối 8, 9."),
    ("Thứ Sáu 04/12", "14h00: Giao ban Ban giám hiệu; 16h00: Tổng vệ sinh."),
    ("Thứ Bảy 05/12", "07h30: Bồi dưỡng học sinh giỏi cấp tỉnh (phòng 201, 202)."),
]


def box_week() -> str:
    rows = "\n".join(f"<tr><td><strong>{d}</strong></td><td>{esc(w)}</td></tr>" for d, w in WEEK)
    return f"""<div class="hop hop-lich-cong-tac">
<div class="hop-tieu-de"><h3>Lịch công tác tuần</h3></div>
<p class="tuan">Tuần 13 (từ 30/11/2026 đến 05/12/2026)</p>
<table class="table table-condensed lich-tuan"><tbody>
{rows}
</tbody></table>
<p class="xem-them"><a href="/Uploads/files/lich-cong-tac-tuan-13.pdf">Tải lịch công tác (PDF)</a></p>
</div>"""


def box_widgets() -> str:
    return f"""{box_most_read()}
{box_week()}
<div class="hop hop-video">
<div class="hop-tieu-de"><h3>Video</h3></div>
<div class="embed-responsive embed-responsive-16by9">
<iframe class="embed-responsive-item" src="https://www.youtube.com/embed/kX3nB9qLw2s" title="Lễ khai giảng năm học 2026-2027" frameborder="0" allowfullscreen></iframe>
</div>
<p class="ten-video">Lễ khai giảng năm học 2026-2027</p>
</div>
<div class="hop hop-lien-ket">
<div class="hop-tieu-de"><h3>Liên kết website</h3></div>
<select class="form-control" onchange="if(this.value) window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>
<option value="https://daklak.gov.vn">Cổng TTĐT tỉnh Đắk Lắk</option>
</select>
</div>
<div class="hop hop-binh-chon">
<div class="hop-tieu-de"><h3>Thăm dò ý kiến</h3></div>
<p>Bạn biết đến website của trường qua kênh nào?</p>
<form action="/BinhChon/Gui" method="post">
<label><input type="radio" name="LuaChon" value="1"> Giáo viên chủ nhiệm</label><br>
<label><input type="radio" name="LuaChon" value="2"> Nhóm Zalo phụ huynh</label><br>
<label><input type="radio" name="LuaChon" value="3"> Tìm kiếm trên Internet</label><br>
<button type="submit" class="btn btn-xs btn-primary">Bình chọn</button>
<button type="button" class="btn btn-xs btn-default">Xem kết quả</button>
</form>
</div>
<div class="hop hop-thong-ke">
<div class="hop-tieu-de"><h3>Thống kê truy cập</h3></div>
<ul class="thong-ke">
<li>Đang online: <strong>9</strong></li>
<li>Hôm nay: <strong>318</strong></li>
<li>Tổng: <strong>123.456</strong></li>
</ul>
</div>"""


def side(letter: bool) -> str:
    return box_intro() + "\n" + (box_letter() + "\n" if letter else "") + box_widgets()


# --- layout -----------------------------------------------------------------------------------


def token(seed: str) -> str:
    import hashlib

    return hashlib.sha256(seed.encode()).hexdigest()[:48]


def layout(title: str, main: str, side_html: str, side_left: bool, head: str = "") -> str:
    sub = "".join(f'<li><a href="/danh-muc/{k}">{esc(v)}</a></li>' for k, v in CATEGORIES.items())
    side_col = f'<aside class="col-md-4 {"khung-trai" if side_left else "khung-phai"}">\n{side_html}\n</aside>'
    main_col = f'<div class="col-md-8 khung-chinh">\n{main}\n</div>'
    cols = side_col + "\n" + main_col if side_left else main_col + "\n" + side_col
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet"/>
<link href="/Content/font-awesome.min.css" rel="stylesheet"/>
<link href="/Content/Site.css?v=20260815" rel="stylesheet"/>
<link rel="shortcut icon" href="/favicon.ico" />
{head}
</head>
<body>
<div class="top-bar"><div class="container">
<span class="ngay-hom-nay"><i class="fa fa-calendar"></i> {TODAY_VN}</span>
<span class="hotline">Hotline: 0262 3852 417</span>
<form class="tim-kiem pull-right" action="/tim-kiem" method="get">
<input type="hidden" name="__RequestVerificationToken" value="{token(title)}" />
<input type="text" name="tukhoa" placeholder="Tìm kiếm..." /><button type="submit"><i class="fa fa-search"></i></button>
</form>
</div></div>
<header class="banner"><div class="container">
<a href="/"><img src="/Content/images/logo-nguyen-du.png" alt="Logo" class="logo" /></a>
<div class="ten-truong"><span class="cap-tren">SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐẮK LẮK</span>
<span class="ten">TRƯỜNG THCS NGUYỄN DU</span></div>
</div></header>
<nav class="navbar navbar-default menu-chinh"><div class="container">
<ul class="nav navbar-nav">
<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>
<li class="dropdown"><a href="/gioi-thieu" class="dropdown-toggle">Giới thiệu</a>
<ul class="dropdown-menu"><li><a href="/gioi-thieu">Giới thiệu chung</a></li>
<li><a href="/thu-ngo">Thư ngỏ</a></li><li><a href="/doi-ngu">Đội ngũ</a></li></ul></li>
<li class="dropdown"><a href="/danh-muc/{ALL_KEY}" class="dropdown-toggle">Tin tức</a>
<ul class="dropdown-menu">{sub}</ul></li>
<li><a href="/danh-muc/tuyen-sinh">Tuyển sinh</a></li>
<li><a href="/danh-muc/thong-bao">Thông báo</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
</ul>
</div></nav>
<div class="container noi-dung-trang"><div class="row">
{cols}
</div></div>
<footer class="chan-trang"><div class="container">
<p><strong>{SCHOOL.upper()}</strong></p>
<p>Địa chỉ: 65 Phan Bội Châu, phường Tân Lập, tỉnh Đắk Lắk</p>
<p>Điện thoại: 0262 3852 417 - Email: thcsnguyendu.bmt@daklak.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng {esc(PRINCIPAL)}</p>
<p class="ban-quyen">&copy; 2026 {SCHOOL}. Thiết kế bởi Công ty TNHH Phần mềm Tây Nguyên.</p>
</div></footer>
<script src="/Scripts/jquery-3.4.1.min.js"></script>
<script src="/Scripts/bootstrap.min.js"></script>
<script src="/Scripts/site.js?v=20260815"></script>
</body>
</html>"""


def respond_html(page: str, status: int = 200) -> Response:
    headers = {"X-AspNetMvc-Version": "5.2", "X-Powered-By": "ASP.NET", "Cache-Control": "private"}
    return html(page, status=status, headers=headers)


def not_found() -> Response:
    main = '<div class="loi"><h2>Không tìm thấy trang yêu cầu</h2><p><a href="/">Về trang chủ</a></p></div>'
    return respond_html(layout(f"Không tìm thấy trang - {SCHOOL}", main, side(False), False), 404)


def crumbs(*items: tuple[str | None, str]) -> str:
    lis = ['<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
    for href, label in items:
        if href:
            lis.append(f'<li><a href="{href}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="active">{esc(label)}</li>')
    return '<ol class="breadcrumb">' + "".join(lis) + "</ol>"


# --- pages ------------------------------------------------------------------------------------


def item_row(story: Story, thumb: bool = True) -> str:
    img = story.images[0].src if story.images else "/Content/images/no-image.jpg"
    lead = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    words = lead.split()
    lead = " ".join(words[:28]) + (" ..." if len(words) > 28 else "")
    pic = (
        f'<a href="{article_path(story)}" class="anh-dai-dien"><img src="{img}" alt="" '
        'class="img-responsive" /></a>'
        if thumb
        else ""
    )
    return f"""<div class="tin-item clearfix">
{pic}
<h4 class="tieu-de"><a href="{article_path(story)}">{esc(story.title)}</a></h4>
<p class="ngay"><i class="fa fa-clock-o"></i> {day(story)}</p>
<p class="mo-ta">{esc(lead)}</p>
</div>"""


def home(request: Request) -> Response:
    if request.query:
        return not_found()
    latest = "\n".join(item_row(s) for s in newest(STORIES)[:PER_PAGE])
    blocks = []
    for key, name in CATEGORIES.items():
        rows = "\n".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">({day(s)})</span></li>'
            for s in in_cat(key)[:3]
        )
        blocks.append(
            f'<div class="khoi-danh-muc"><h3 class="tieu-de-khoi"><a href="/danh-muc/{key}">'
            f"{esc(name)}</a></h3><ul>{rows}</ul></div>"
        )
    centre = (
        '<div class="khoi-tin-moi"><h3 class="tieu-de-khoi">Tin mới</h3>\n'
        + latest
        + f'\n<p class="xem-tat-ca"><a href="/danh-muc/{ALL_KEY}">Xem tất cả</a></p></div>\n'
        + "\n".join(blocks)
    )
    page = f"""<!-- home -->
<div class="row trang-chu">
<div class="col-md-5 khung-trai">
{box_intro()}
{box_letter()}
</div>
<div class="col-md-7 khung-giua">
{centre}
</div>
</div>"""
    return respond_html(layout(f"{SCHOOL} - Buôn Ma Thuột, Đắk Lắk", page, box_widgets(), False))


def pager(key: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    base = f"/danh-muc/{key}"
    items = []
    prev_cls = " disabled" if page == 1 else ""
    items.append(
        f'<li class="page-item{prev_cls}"><a class="page-link" href="{base}?page={max(1, page - 1)}" '
        'aria-label="Trang trước">&laquo;</a></li>'
    )
    for n in range(1, pages + 1):
        cls = " active" if n == page else ""
        items.append(
            f'<li class="page-item{cls}"><a class="page-link" href="{base}?page={n}">{n}</a></li>'
        )
    next_cls = " disabled" if page == pages else ""
    items.append(
        f'<li class="page-item{next_cls}"><a class="page-link" href="{base}?page={min(pages, page + 1)}" '
        'aria-label="Trang sau">&raquo;</a></li>'
    )
    return '<nav class="phan-trang"><ul class="pagination">' + "".join(items) + "</ul></nav>"


def listing(request: Request, key: str) -> Response:
    if key != ALL_KEY and key not in CATEGORIES:
        return not_found()
    raw = request.params.get("page", "1")
    posts = in_cat(key)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if not raw.isdigit() or not 1 <= int(raw) <= pages:
        return not_found()
    page = int(raw)
    name = ALL_NAME if key == ALL_KEY else CATEGORIES[key]
    rows = "\n".join(item_row(s) for s in posts[(page - 1) * PER_PAGE : page * PER_PAGE])
    trail = (
        crumbs((None, name))
        if key == ALL_KEY
        else crumbs((f"/danh-muc/{ALL_KEY}", ALL_NAME), (None, name))
    )
    main = f"""{trail}
<div class="danh-sach-tin">
<h2 class="tieu-de-danh-muc">{esc(name)}</h2>
{rows}
</div>
{pager(key, page, pages)}"""
    suffix = f" - Trang {page}" if page > 1 else ""
    return respond_html(layout(f"{name}{suffix} - {SCHOOL}", main, side(key == "tuyen-sinh"), True))


def article(story: Story) -> Response:
    path = article_path(story)
    cat = CATEGORIES[story.cat]
    related = [s for s in in_cat(story.cat) if s is not story][:4]
    rel = "\n".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">({day(s)})</span></li>'
        for s in related
    )
    sapo = (
        f'<div class="tom-tat-tin"><strong>{esc(story.summary)}</strong></div>\n'
        if story.summary and story.sapo_outside
        else ""
    )
    main = f"""{crumbs((f"/danh-muc/{ALL_KEY}", ALL_NAME), (f"/danh-muc/{story.cat}", cat))}
<div class="chi-tiet-tin">
<h1 class="tieu-de-tin">{esc(story.title)}</h1>
<div class="thong-tin-tin">
<span class="ngay-cap-nhat"><i class="fa fa-clock-o"></i> Cập nhật: {story.opts["date"]}</span>
<span class="luot-xem"><i class="fa fa-eye"></i> Lượt xem: {story.opts["views"]}</span>
</div>
<div class="cong-cu">
<a class="chia-se fb" href="https://www.facebook.com/sharer/sharer.php?u=http://thcsnguyendu.daklak.edu.vn{path}" target="_blank">Chia sẻ Facebook</a>
<a class="chia-se zalo" href="https://sp.zalo.me/share_inline?url=http://thcsnguyendu.daklak.edu.vn{path}" target="_blank">Zalo</a>
<a class="in-bai" href="javascript:window.print();"><i class="fa fa-print"></i> In bài</a>
<a class="gui-email" href="mailto:?subject={esc(story.title)}"><i class="fa fa-envelope"></i> Gửi email</a>
<span class="co-chu"><a href="javascript:doiCoChu(-1)">A-</a> <a href="javascript:doiCoChu(1)">A+</a></span>
</div>
{sapo}<div class="noi-dung-tin">
{render_body(story)}
</div>
</div>
<div class="tin-lien-quan">
<h3 class="tieu-de-khoi">Tin liên quan</h3>
<ul>
{rel}
</ul>
</div>"""
    head = f'<meta property="og:title" content="{esc(story.title)}" />\n<meta property="og:type" content="article" />'
    return respond_html(
        layout(
            f"{story.title} - {SCHOOL}",
            main,
            side(story.cat == "tuyen-sinh"),
            story.cat in LEFT_SIDE_CATS,
            head,
        )
    )


STAFF = [
    ("Lê Thị Hồng Vân", "Hiệu trưởng", "Thạc sĩ Quản lý giáo dục"),
    ("Phạm Quốc Bảo", "Phó Hiệu trưởng", "Thạc sĩ Toán học"),
    ("Y Khuê Byă", "Phó Hiệu trưởng", "Cử nhân Lịch sử"),
    ("Lê Văn Tâm", "Tổng phụ trách Đội", "Cử nhân Giáo dục công dân"),
    ("Trần Thị Hoa", "Tổ trưởng Tổ Ngữ văn", "Thạc sĩ Văn học"),
    ("Nguyễn Minh", "Giáo viên Tin học", "Cử nhân Sư phạm Tin học"),
]


def static_page(slug: str) -> Response:
    if slug == "gioi-thieu":
        title = "Giới thiệu chung"
        content = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in INTRO)
        content = (
            '<p style="text-align: center;"><img src="/Uploads/images/truong/toan-canh-truong.jpg" '
            'alt="Toàn cảnh trường" /></p>\n' + content
        )
    elif slug == "thu-ngo":
        title = "Thư ngỏ của Hiệu trưởng"
        content = (
            "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in LETTER)
            + f'\n<p style="text-align: right;"><em>{LETTER_PLACE_DATE}</em></p>'
            + '\n<p style="text-align: right;"><strong>HIỆU TRƯỞNG</strong></p>'
            + f'\n<p style="text-align: right;"><strong>{esc(PRINCIPAL)}</strong></p>'
        )
    elif slug == "doi-ngu":
        title = "Đội ngũ cán bộ, giáo viên"
        rows = "".join(
            f"<tr><td>{i}</td><td>{esc(n)}</td><td>{esc(r)}</td><td>{esc(q)}</td></tr>"
            for i, (n, r, q) in enumerate(STAFF, 1)
        )
        content = (
            "<p>Năm học 2026-2027, nhà trường có 78 cán bộ, giáo viên, nhân viên, trong đó 64 "
            "giáo viên trực tiếp giảng dạy, sinh hoạt ở 6 tổ chuyên môn và Tổ Văn phòng.</p>"
            '<table class="table table-bordered"><thead><tr><th>STT</th><th>Họ và tên</th>'
            f"<th>Chức vụ</th><th>Trình độ</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    elif slug == "lien-he":
        title = "Liên hệ"
        content = f"""<p><strong>{SCHOOL.upper()}</strong></p>
<p>Địa chỉ: 65 Phan Bội Châu, phường Tân Lập, tỉnh Đắk Lắk</p>
<p>Điện thoại: 0262 3852 417 - Email: thcsnguyendu.bmt@daklak.edu.vn</p>
<form action="/lien-he/gui" method="post" class="form-lien-he">
<input name="__RequestVerificationToken" type="hidden" value="{token("lien-he")}" />
<div class="form-group"><label>Họ và tên</label><input class="form-control" name="HoTen" type="text" /></div>
<div class="form-group"><label>Email</label><input class="form-control" name="Email" type="email" /></div>
<div class="form-group"><label>Nội dung</label><textarea class="form-control" name="NoiDung" rows="5"></textarea></div>
<button type="submit" class="btn btn-primary">Gửi liên hệ</button>
</form>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3892" width="100%" height="300" frameborder="0"></iframe>"""
    else:
        return not_found()
    trail = (
        crumbs(("/gioi-thieu", "Giới thiệu"), (None, title))
        if slug != "lien-he"
        else crumbs((None, title))
    )
    main = f"""{trail}
<div class="chi-tiet-tin trang-tinh">
<h1 class="tieu-de-tin">{esc(title)}</h1>
<div class="noi-dung-tin">
{content}
</div>
</div>"""
    return respond_html(layout(f"{title} - {SCHOOL}", main, side(False), False))


_ARTICLE = re.compile(r"/tin-tuc/([a-z0-9-]+)-(\d+)\.html")
_LISTING = re.compile(r"/danh-muc/([a-z0-9-]+)")


class LongSidebarSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/Uploads/", "/Content/", "/Scripts/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home(request)
        if m := _ARTICLE.fullmatch(path):
            story = BY_ID.get(int(m.group(2)))
            if story is None or story.slug != m.group(1) or request.query:
                return not_found()
            return article(story)
        if m := _LISTING.fullmatch(path):
            return listing(request, m.group(1))
        if path.strip("/") in ("gioi-thieu", "thu-ngo", "doi-ngu", "lien-he") and not request.query:
            return static_page(path.strip("/"))
        return not_found()


def build_site() -> LongSidebarSite:
    return LongSidebarSite()
