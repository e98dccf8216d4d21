"""Trường Chính trị tỉnh Bình Định on a home-made PHP/MySQL portal (built in 2017 by a local
company: table layout outside, div layout inside, UTF-8, no URL rewriting).

Platform
--------
One ``index.php`` front controller switched on ``option`` (``tin``, ``chitiet``, ``gioithieu``,
``vanban``, ``lichhoc``, ``timkiem``), a print script ``in.php`` and uploads under ``/upload/``.
Every page is one 1000px ``<table>``: a top bar with the clock line "Hôm nay, Thứ Tư 25/11/2026"
and a search box, a banner row (school name + the Party flag image), then three cells: the left
menu (``td.cotrai``), the content (``td.cotgiua``, div layout inside) and the right column
(``td.cotphai``: "Văn bản mới", "Lịch học tuần", the "Liên kết website" ``<select>`` and the
counter "Số lượt truy cập: 1.245.678 | Đang online: 12"), then a footer row with the address.
Links are printed relative (``index.php?option=…``), with ``&amp;`` in most places and raw ``&`` in
the "Các bài viết khác" box.

The school publishes two kinds of posts: short news ("Tin hoạt động", "Đào tạo - Bồi dưỡng") and
long research essays by its lecturers ("Nghiên cứu - Trao đổi", "Lý luận - Thực tiễn"). The
essays are the point of this portal.

URL scheme
----------
- ``/`` and ``/index.php``: the home page: "Tin tức - Sự kiện" (the 4 newest news), "Nghiên cứu -
  Lý luận" (the 3 newest essays).
- ``/index.php?option=tin&cid=<n>&p=<n>``: a listing, 6 per page, newest first, pager
  "Trang: 1 2 Tiếp »". cid 1 Tin hoạt động, 4 Đào tạo - Bồi dưỡng, 5 "Nghiên cứu - Lý luận" (the
  menu group that lists cid 2 and 3 together); cid 2 and 3 answer too but nothing links them.
- ``/index.php?option=chitiet&id=<n>&cid=<n>``: an article (the form every listing prints).
  The same article answers at ``/index.php?option=chitiet&id=<n>`` (no cid: the "Các bài viết
  khác" box prints that form) and at ``/in.php?id=<n>`` (print view: same text, no chrome).
  A split essay continues at ``…&trang=2``.
- ``/index.php?option=gioithieu&muc=<slug>``: static pages (``lich-su-hinh-thanh``,
  ``co-cau-to-chuc``), each with an "In trang" link to ``/in.php?muc=<slug>``.
- ``/index.php?option=vanban`` (document list) and ``&id=<n>`` (document entry: Số ký hiệu / Ngày
  ban hành / Trích yếu / Người ký / Tải về .pdf, the PDF under ``/upload/vanban/``).
- ``/index.php?option=lichhoc``: the week's class timetable (a table).

Article template
----------------
``div.duongdan`` breadcrumb "Trang chủ » <group> » <section>" (the last item plain text),
``h1.tieude``, ``div.ngaydang`` with the date in one of the house forms ("Ngày đăng: 12/10/2026",
"Cập nhật lúc 15:20 ngày 03/11/2026", "(03/11/2026)") and "Lượt xem: N", sometimes
``div.tacgia`` (author lines), then ``div.noidung`` (FCKeditor HTML), an article pager
"Trang: 1 2" for split essays, the tool bar "Gửi cho bạn bè | In bài viết | Về đầu trang", and
"Các bài viết khác:" (4 newest others of the same group, title + "(dd/mm/yyyy)").

How each gold article is reached
--------------------------------
- News (cid 1 and 4): the left menu links both listings (one page each); the 4 newest news are on
  the home page; the news boxes "Các bài viết khác" link each other.
- Essays (cid 2 and 3) are listed together in the group listing cid=5: 6 on page 1, the oldest
  (id 298, "văn hóa công vụ") only on ``p=2``. The home page shows the 3 newest; the "Các bài
  viết khác" box the 4 newest; so id 301 is reached only through the group listing page 1 and
  id 298 only through page 2.

Traps
-----
- Three URLs per article (with cid, without cid, print view): one article, alt_paths.
- The split essay (id 312): page 2 (``&trang=2``) repeats the headline and chrome but is not a
  separate article; the gold body is both pages' text, the print view prints it whole.
- Essay authors printed under the headline with degrees and a post/department ("ThS. …" then
  "Khoa Xây dựng Đảng"; "TS. Lê Văn Hùng - Phó Hiệu trưởng"; two authors on one line; "Tác giả:"
  meta line) or at the end (right-aligned bold name with "Đại úy, ThS." and an italic post line).
- Essays print a bold italic abstract (the sapo), bold numbered/roman headings, "a)"/"- " points,
  an italic quotation, footnote markers "[1]" and ``<sup>2</sup>`` (kept as printed: the sup
  digit is read as it shows, "…mới2."), a "***" or dashes divider (not text) and then "Tài liệu
  tham khảo:"/"Chú thích:" with numbered entries (text: they are the essay's).
- One essay carries a comparison table (2021–2025): one body paragraph per row.
- News bylines at the end: "Phòng Đào tạo" (a unit, credited as author by house convention),
  "Tin, ảnh: Ngọc Ánh", "Tin: Minh Tâm - Ảnh: Hoàng Long", "BBT" (nobody).
- Captions: italic centred line, a centred line in parentheses (the caption is its words
  without the parentheses: gold harmonised to the house convention of sharepoint_tct,
  bkav_egov_tct and php_quangich_thcs after the first crawl; the helper's gold kept them), a
  plain paragraph under the photo, or none.
- "Các bài viết khác" prints other articles' dates "(12/10/2026)"; the header prints today.
- The "Cơ cấu tổ chức" page is long, with headings and names: it looks like an essay but is a
  static page, as are its print view, the document entry and the timetable.

Gold decisions
--------------
- title: ``h1.tieude`` as printed (one essay is all capitals).
- published_at: the article's date line; with a clock "YYYY-MM-DDTHH:MM:00+07:00".
- authors: the essay's author lines without degrees/rank and without the post or department;
  news bylines as above. source: "Nguồn: Tạp chí Lý luận chính trị" -> that name.
- summary: the bold italic abstract of an essay, the bold lead of a news item; else null.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "php_nghiencuu_tct"
PLATFORM = "Home-made PHP/MySQL portal (2017), index.php?option=…, table layout + div content"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Bình Định"
HEADER_TODAY = "Hôm nay, Thứ Tư 25/11/2026"
PER_PAGE = 6

CATEGORIES = {
    1: "Tin hoạt động",
    2: "Nghiên cứu - Trao đổi",
    3: "Lý luận - Thực tiễn",
    4: "Đào tạo - Bồi dưỡng",
}
GROUP = {5: "Nghiên cứu - Lý luận"}
#: which menu group a section belongs to (for breadcrumbs and listings)
GROUP_OF = {1: None, 4: None, 2: 5, 3: 5}
ESSAY_CIDS = (2, 3)


def up(name: str) -> str:
    """Upload path as the editor stored it (relative to index.php)."""
    return f"upload/tintuc/2026/{name}"


# --- the essays --------------------------------------------------------------------------------
#
# P styles: "" justified paragraph, "abs" bold italic abstract, "h" bold heading, "pt" point with
# its bold marker ("a)"), "quote" italic indented quotation, "sup" footnote digits printed as
# <sup>, "nb" indented with &nbsp;, "tr"/"th" table rows, "li" list item.
# opts: date (the printed date line), views, split (index of the first block of page 2),
# tacgia (html of div.tacgia under the date), thumb.

E_CANBO = Story(
    316,
    "can-bo-cap-xa",
    "Nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã ở tỉnh Bình Định giai đoạn 2021 - 2025: thực trạng và giải pháp",
    2,
    "2026-11-17",
    [
        Raw('<p style="text-align: right;"><strong>ThS. Trần Minh Đức, ThS. Phạm Thu Hà</strong></p>'),
        Raw('<p style="text-align: right;"><em>Khoa Nhà nước và pháp luật</em></p>'),
        P("Đội ngũ cán bộ, công chức cấp xã là lực lượng trực tiếp tổ chức thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước ở cơ sở. Bài viết phân tích thực trạng chất lượng đội ngũ này ở tỉnh Bình Định giai đoạn 2021 - 2025 và đề xuất một số giải pháp trong thời gian tới.", "abs"),
        P("1. Vai trò của đội ngũ cán bộ, công chức cấp xã", "h"),
        P("Cấp xã là cấp gần dân nhất, nơi trực tiếp giải quyết các công việc hằng ngày của người dân. Chất lượng đội ngũ cán bộ, công chức cấp xã quyết định hiệu lực, hiệu quả hoạt động của chính quyền cơ sở và niềm tin của Nhân dân đối với Đảng, Nhà nước."),
        P("2. Thực trạng chất lượng đội ngũ cán bộ, công chức cấp xã ở tỉnh Bình Định", "h"),
        P("Những năm qua, công tác đào tạo, bồi dưỡng cán bộ, công chức cấp xã được tỉnh quan tâm. Trình độ chuyên môn, lý luận chính trị của đội ngũ có chuyển biến rõ nét, thể hiện qua số liệu sau:"),
        P("Chỉ tiêu | Năm 2021 | Năm 2023 | Năm 2025", "th"),
        P("Tổng số cán bộ, công chức cấp xã | 3.412 | 3.356 | 2.980", "tr"),
        P("Trình độ đại học trở lên (%) | 68,4 | 79,2 | 88,6", "tr"),
        P("Trung cấp lý luận chính trị trở lên (%) | 61,7 | 70,3 | 82,1", "tr"),
        P("Được bồi dưỡng kiến thức quản lý nhà nước (%) | 54,0 | 66,8 | 75,5", "tr"),
        P("Tuy nhiên, đội ngũ vẫn còn những hạn chế: kỹ năng xử lý tình huống, kỹ năng vận động quần chúng và ứng dụng công nghệ thông tin của một bộ phận công chức chưa đáp ứng yêu cầu chuyển đổi số; cơ cấu độ tuổi chưa hợp lý ở một số địa phương miền núi."),
        P("3. Một số giải pháp", "h"),
        P("a) Đổi mới nội dung, chương trình bồi dưỡng theo vị trí việc làm, tăng thời lượng thực hành, tình huống.", "pt"),
        P("b) Thực hiện tốt công tác đánh giá cán bộ gắn với kết quả, sản phẩm cụ thể; kiên quyết thay thế người không đủ năng lực.", "pt"),
        P("c) Có chính sách thu hút sinh viên tốt nghiệp loại giỏi về công tác ở cơ sở, nhất là các xã miền núi Vân Canh, Vĩnh Thạnh, An Lão.", "pt"),
        P("Nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã là nhiệm vụ thường xuyên, lâu dài, cần sự vào cuộc đồng bộ của cả hệ thống chính trị, trong đó Trường Chính trị tỉnh giữ vai trò nòng cốt trong đào tạo, bồi dưỡng."),
    ],
    authors=["Trần Minh Đức", "Phạm Thu Hà"],
    summary="Đội ngũ cán bộ, công chức cấp xã là lực lượng trực tiếp tổ chức thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước ở cơ sở. Bài viết phân tích thực trạng chất lượng đội ngũ này ở tỉnh Bình Định giai đoạn 2021 - 2025 và đề xuất một số giải pháp trong thời gian tới.",
    opts={"date": "(17/11/2026)", "views": 412},
)

E_DAODUC = Story(
    312,
    "dao-duc-cach-mang",
    "VẬN DỤNG TƯ TƯỞNG HỒ CHÍ MINH VỀ ĐẠO ĐỨC CÁCH MẠNG TRONG XÂY DỰNG ĐỘI NGŨ CÁN BỘ HIỆN NAY",
    3,
    "2026-11-03T15:20:00+07:00",
    [
        P("Tư tưởng Hồ Chí Minh về đạo đức cách mạng là tài sản tinh thần vô giá của Đảng và dân tộc ta. Vận dụng sáng tạo tư tưởng ấy vào xây dựng đội ngũ cán bộ, nhất là cán bộ chủ chốt các cấp, là yêu cầu cấp thiết trong giai đoạn hiện nay.", "abs"),
        P("I. TƯ TƯỞNG HỒ CHÍ MINH VỀ ĐẠO ĐỨC CÁCH MẠNG", "h"),
        P("Theo Hồ Chí Minh, đạo đức là gốc, là nền tảng của người cách mạng. Người khẳng định: “Cũng như sông thì có nguồn mới có nước, không có nguồn thì sông cạn. Cây phải có gốc, không có gốc thì cây héo. Người cách mạng phải có đạo đức, không có đạo đức thì dù tài giỏi mấy cũng không lãnh đạo được nhân dân”1.", "sup"),
        P("Những phẩm chất đạo đức cơ bản mà Người yêu cầu ở mỗi cán bộ, đảng viên gồm:"),
        P("- Trung với nước, hiếu với dân;"),
        P("- Cần, kiệm, liêm, chính, chí công vô tư;"),
        P("- Thương yêu con người, sống có tình có nghĩa;"),
        P("- Tinh thần quốc tế trong sáng."),
        P("Người cũng chỉ ra các nguyên tắc xây dựng đạo đức mới: nói đi đôi với làm, nêu gương về đạo đức; xây đi đôi với chống; phải tu dưỡng đạo đức suốt đời."),
        P("II. THỰC TRẠNG ĐẠO ĐỨC CÁCH MẠNG CỦA ĐỘI NGŨ CÁN BỘ HIỆN NAY", "h"),
        P("Đại đa số cán bộ, đảng viên giữ vững phẩm chất chính trị, đạo đức, lối sống, gương mẫu trong công tác và sinh hoạt. Tuy nhiên, Đảng ta thẳng thắn chỉ ra: tình trạng suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa” trong nội bộ chưa bị đẩy lùi, có mặt, có bộ phận còn diễn biến tinh vi, phức tạp hơn2.", "sup"),
        P("III. GIẢI PHÁP VẬN DỤNG TRONG XÂY DỰNG ĐỘI NGŨ CÁN BỘ", "h"),
        P("Một là, đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với thực hiện Quy định về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu."),
        P("Hai là, đổi mới công tác giáo dục chính trị tư tưởng, đạo đức cách mạng trong các chương trình đào tạo, bồi dưỡng tại Trường Chính trị tỉnh, tăng cường liên hệ thực tiễn địa phương."),
        P("Ba là, kiện toàn cơ chế kiểm tra, giám sát, kiểm soát quyền lực; xử lý nghiêm cán bộ vi phạm, đồng thời bảo vệ cán bộ dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung3.", "sup"),
        P("Bốn là, phát huy vai trò của Nhân dân trong giám sát cán bộ, đảng viên nơi cư trú và nơi công tác."),
        Raw('<p style="text-align: center;">--------------------------</p>'),
        P("Chú thích:", "h"),
        P("1. Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, H.2011, t.5, tr.292."),
        P("2. Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb. Chính trị quốc gia Sự thật, H.2021, t.I, tr.91."),
        P("3. Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung."),
    ],
    authors=["Lê Văn Hùng"],
    summary="Tư tưởng Hồ Chí Minh về đạo đức cách mạng là tài sản tinh thần vô giá của Đảng và dân tộc ta. Vận dụng sáng tạo tư tưởng ấy vào xây dựng đội ngũ cán bộ, nhất là cán bộ chủ chốt các cấp, là yêu cầu cấp thiết trong giai đoạn hiện nay.",
    opts={
        "date": "Cập nhật lúc 15:20 ngày 03/11/2026",
        "views": 1093,
        "split": 9,
        "tacgia": "<b>TS. Lê Văn Hùng - Phó Hiệu trưởng</b>",
    },
)

E_PHUONGPHAP = Story(
    311,
    "doi-moi-phuong-phap",
    "Đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực của học viên",
    2,
    "2026-10-28",
    [
        Raw('<p style="text-align: right;"><strong>ThS. Nguyễn Thị Kim Oanh</strong></p>'),
        Raw('<p style="text-align: right;"><em>Khoa Xây dựng Đảng</em></p>'),
        P("Đổi mới phương pháp giảng dạy là khâu then chốt để nâng cao chất lượng đào tạo, bồi dưỡng lý luận chính trị. Bài viết làm rõ quan điểm của Đảng, thực trạng tại Trường Chính trị tỉnh Bình Định và đề xuất một số giải pháp phát huy tính tích cực, chủ động của học viên.", "abs"),
        P("1. Quan điểm của Đảng về đổi mới phương pháp giảng dạy lý luận chính trị", "h"),
        P("Văn kiện Đại hội XIII của Đảng xác định phải “đổi mới mạnh mẽ nội dung, phương pháp giáo dục lý luận chính trị, gắn lý luận với thực tiễn, học đi đôi với hành”[1]. Quy định số 09-QĐi/TW năm 2018 của Ban Bí thư về chức năng, nhiệm vụ của trường chính trị tỉnh cũng nhấn mạnh yêu cầu này[2].", "nb"),
        P("Chủ tịch Hồ Chí Minh đã chỉ rõ:"),
        P("“Thống nhất giữa lý luận và thực tiễn là một nguyên tắc căn bản của chủ nghĩa Mác - Lênin. Thực tiễn không có lý luận hướng dẫn thì thành thực tiễn mù quáng. Lý luận mà không liên hệ với thực tiễn là lý luận suông. Vì vậy, chúng ta phải nâng cao lý luận, đồng thời phải gắn lý luận với thực tiễn”[3].", "quote"),
        P("2. Thực trạng đổi mới phương pháp giảng dạy tại Trường Chính trị tỉnh", "h"),
        P("a) Kết quả đạt được", "h"),
        P("Giai đoạn 2021 - 2026, đội ngũ giảng viên của Trường đã tích cực áp dụng phương pháp thảo luận nhóm, nghiên cứu tình huống, sử dụng bản đồ tư duy và bài giảng điện tử. Kết quả khảo sát cuối khóa cho thấy trên 85% học viên đánh giá bài giảng “dễ hiểu, gắn với thực tiễn”."),
        P("b) Hạn chế và nguyên nhân", "h"),
        P("Một số bài giảng vẫn nặng về thuyết trình một chiều; thời lượng dành cho thảo luận, đi thực tế còn ít; cơ sở vật chất phục vụ giảng dạy theo phương pháp mới chưa đồng bộ. Nguyên nhân chủ yếu là áp lực khối lượng kiến thức lớn trong thời gian ngắn và năng lực sư phạm của một bộ phận giảng viên trẻ chưa đáp ứng yêu cầu."),
        P("3. Một số giải pháp", "h"),
        P("- Thiết kế bài giảng theo hướng “lấy người học làm trung tâm”, xác định rõ chuẩn đầu ra của từng chuyên đề."),
        P("- Xây dựng ngân hàng tình huống thực tiễn của tỉnh Bình Định để đưa vào thảo luận."),
        P("- Tăng cường dự giờ, rút kinh nghiệm, bồi dưỡng kỹ năng sư phạm cho giảng viên trẻ."),
        P("- Đầu tư phòng học thông minh, hệ thống học liệu số dùng chung."),
        P("Đổi mới phương pháp giảng dạy không phải là việc làm một sớm một chiều, mà đòi hỏi sự kiên trì, sáng tạo của mỗi giảng viên và sự quan tâm của lãnh đạo Nhà trường."),
        Raw('<p style="text-align: center;">***</p>'),
        P("Tài liệu tham khảo:", "h"),
        P("[1] Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb. Chính trị quốc gia Sự thật, H.2021, t.II, tr.112."),
        P("[2] Ban Bí thư: Quy định số 09-QĐi/TW ngày 13/11/2018 về chức năng, nhiệm vụ, tổ chức bộ máy của trường chính trị tỉnh, thành phố trực thuộc Trung ương."),
        P("[3] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, H.2011, t.8, tr.496."),
    ],
    authors=["Nguyễn Thị Kim Oanh"],
    summary="Đổi mới phương pháp giảng dạy là khâu then chốt để nâng cao chất lượng đào tạo, bồi dưỡng lý luận chính trị. Bài viết làm rõ quan điểm của Đảng, thực trạng tại Trường Chính trị tỉnh Bình Định và đề xuất một số giải pháp phát huy tính tích cực, chủ động của học viên.",
    opts={"date": "Ngày đăng: 28/10/2026", "views": 876},
)

E_NENTANG = Story(
    308,
    "bao-ve-nen-tang-tu-tuong",
    "Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng",
    3,
    "2026-10-12",
    [
        P("Bảo vệ nền tảng tư tưởng của Đảng là nhiệm vụ hệ trọng, sống còn của cách mạng Việt Nam. Trong bối cảnh bùng nổ thông tin hiện nay, các thế lực thù địch triệt để lợi dụng mạng xã hội để xuyên tạc chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, phủ nhận vai trò lãnh đạo của Đảng."),
        P("1. Nhận diện các quan điểm sai trái, thù địch trên không gian mạng", "h"),
        P("Thủ đoạn phổ biến của các thế lực thù địch hiện nay là:"),
        P("- Cắt ghép, xuyên tạc phát ngôn của lãnh đạo Đảng, Nhà nước để gây hoang mang dư luận;"),
        P("- Lợi dụng các vụ án tham nhũng để quy chụp bản chất của cả chế độ;"),
        P("- Núp bóng “phản biện”, “góp ý” để truyền bá quan điểm đa nguyên, đa đảng;"),
        P("- Tung tin giả về thiên tai, dịch bệnh, chính sách đất đai nhằm kích động biểu tình."),
        P("2. Những kết quả bước đầu ở tỉnh Bình Định", "h"),
        P("Ban Chỉ đạo 35 tỉnh đã kiện toàn lực lượng nòng cốt với hơn 600 thành viên, duy trì các trang thông tin, nhóm mạng xã hội chính thống để lan tỏa thông tin tích cực. Trường Chính trị tỉnh đưa chuyên đề đấu tranh phản bác quan điểm sai trái vào tất cả các lớp trung cấp lý luận chính trị - hành chính."),
        P("3. Giải pháp nâng cao hiệu quả", "h"),
        P("Thứ nhất, nâng cao bản lĩnh chính trị, khả năng “tự miễn dịch” của cán bộ, đảng viên trước thông tin xấu độc. Thứ hai, phát huy vai trò của đội ngũ giảng viên lý luận chính trị trong viết bài phản bác. Thứ ba, phối hợp chặt chẽ với lực lượng công an, quân sự trong theo dõi, xử lý các trang mạng vi phạm."),
        P("Đấu tranh bảo vệ nền tảng tư tưởng của Đảng là cuộc đấu tranh lâu dài, phức tạp, đòi hỏi mỗi cán bộ, đảng viên phải là một “chiến sĩ” trên mặt trận tư tưởng."),
        Raw('<p style="text-align: right;"><strong>Đại úy, ThS. Võ Đình Phong</strong></p>\n<p style="text-align: right;"><em>Giảng viên Khoa Lý luận cơ sở</em></p>'),
    ],
    authors=["Võ Đình Phong"],
    opts={"date": "Ngày đăng: 12/10/2026", "views": 654},
)

E_MATTRAN = Story(
    305,
    "mat-tran-giam-sat-phan-bien",
    "Phát huy vai trò của Mặt trận Tổ quốc trong giám sát và phản biện xã hội ở cơ sở",
    2,
    "2026-09-25T08:05:00+07:00",
    [
        P("Giám sát và phản biện xã hội là chức năng quan trọng của Mặt trận Tổ quốc Việt Nam, góp phần xây dựng Đảng, chính quyền trong sạch, vững mạnh. Bài viết đánh giá việc thực hiện chức năng này ở cấp xã tại Bình Định và đề xuất giải pháp.", "abs"),
        P("1. Cơ sở chính trị, pháp lý", "h"),
        P("Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị, Luật Mặt trận Tổ quốc Việt Nam năm 2015 đã tạo hành lang pháp lý đầy đủ cho Mặt trận thực hiện giám sát, phản biện xã hội."),
        Img(up("10/mttq-phanbien.jpg"), "Hội nghị phản biện xã hội tại xã Cát Hiệp, huyện Phù Cát (Ảnh minh họa)", "Hội nghị phản biện xã hội tại xã Cát Hiệp, huyện Phù Cát (Ảnh minh họa)", "ic"),
        P("2. Thực trạng ở cơ sở", "h"),
        P("Từ năm 2021 đến nay, Ủy ban MTTQ cấp xã trong tỉnh đã chủ trì hơn 1.200 cuộc giám sát, tổ chức 340 hội nghị phản biện các dự thảo nghị quyết, đề án của địa phương. Nhiều ý kiến phản biện về quy hoạch sử dụng đất, xây dựng nông thôn mới được tiếp thu."),
        P("Tuy vậy, hoạt động giám sát ở nhiều nơi còn hình thức, nội dung dàn trải; một số cán bộ Mặt trận còn e ngại khi giám sát cấp ủy, chính quyền cùng cấp; việc theo dõi thực hiện kiến nghị sau giám sát chưa thường xuyên."),
        P("3. Một số giải pháp", "h"),
        P("a) Nâng cao nhận thức của cấp ủy, chính quyền về vị trí, vai trò của giám sát, phản biện xã hội.", "pt"),
        P("b) Lựa chọn nội dung giám sát trúng, đúng vấn đề bức xúc của Nhân dân.", "pt"),
        P("c) Bồi dưỡng kỹ năng giám sát, phản biện cho cán bộ Mặt trận cơ sở; Trường Chính trị tỉnh mở các lớp chuyên đề hằng năm.", "pt"),
        P("d) Cụ thể hóa cơ chế phản hồi, tiếp thu ý kiến giám sát, phản biện của chính quyền cấp xã.", "pt"),
    ],
    authors=["Đặng Thị Mỹ Hạnh"],
    summary="Giám sát và phản biện xã hội là chức năng quan trọng của Mặt trận Tổ quốc Việt Nam, góp phần xây dựng Đảng, chính quyền trong sạch, vững mạnh. Bài viết đánh giá việc thực hiện chức năng này ở cấp xã tại Bình Định và đề xuất giải pháp.",
    opts={
        "date": "Cập nhật lúc 08:05 ngày 25/09/2026",
        "views": 533,
        "tacgia": "ThS. Đặng Thị Mỹ Hạnh<br /><i>Khoa Dân vận</i>",
    },
)

E_TUANHOAN = Story(
    301,
    "kinh-te-tuan-hoan",
    "Kinh tế tuần hoàn - hướng đi tất yếu cho phát triển bền vững tỉnh Bình Định",
    2,
    "2026-09-08",
    [
        Raw('<p><strong>PGS.TS Trần Quang Vinh</strong><br /><em>Học viện Chính trị khu vực III</em></p>'),
        P("Kinh tế tuần hoàn là mô hình kinh tế trong đó các hoạt động thiết kế, sản xuất, tiêu dùng và dịch vụ nhằm giảm khai thác nguyên liệu, kéo dài vòng đời sản phẩm, hạn chế chất thải và giảm thiểu tác động xấu đến môi trường[1]. Với Bình Định, một tỉnh có thế mạnh về nông nghiệp, thủy sản và chế biến gỗ, chuyển sang kinh tế tuần hoàn vừa là yêu cầu, vừa là cơ hội."),
        P("Thực tiễn cho thấy nhiều mô hình đã hình thành: tận dụng phụ phẩm gỗ làm viên nén năng lượng tại Khu công nghiệp Phú Tài; xử lý chất thải chăn nuôi làm phân bón hữu cơ ở Hoài Ân, Tây Sơn; tái chế phụ phẩm thủy sản ở Quy Nhơn. Tuy nhiên, các mô hình còn nhỏ lẻ, thiếu liên kết và chưa có cơ chế khuyến khích đủ mạnh."),
        P("Để kinh tế tuần hoàn thực sự trở thành động lực phát triển bền vững[2], tỉnh cần sớm ban hành kế hoạch hành động thực hiện Đề án phát triển kinh tế tuần hoàn; ưu tiên thu hút các dự án công nghệ sạch; hỗ trợ doanh nghiệp nhỏ và vừa đổi mới công nghệ; đồng thời tuyên truyền để người dân thay đổi thói quen tiêu dùng."),
        P("Chú thích:", "h"),
        P("[1] Luật Bảo vệ môi trường năm 2020, Điều 142."),
        P("[2] Quyết định số 687/QĐ-TTg ngày 07/6/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển kinh tế tuần hoàn ở Việt Nam."),
        Raw('<p style="text-align: right;"><em>Nguồn: Tạp chí Lý luận chính trị</em></p>'),
    ],
    authors=["Trần Quang Vinh"],
    source="Tạp chí Lý luận chính trị",
    opts={"date": "(08/09/2026)", "views": 301},
)

E_CONGVU = Story(
    298,
    "van-hoa-cong-vu",
    "Một số vấn đề về xây dựng văn hóa công vụ trong cơ quan hành chính nhà nước cấp tỉnh",
    3,
    "2026-08-27",
    [
        P("Văn hóa công vụ là hệ thống các giá trị, chuẩn mực, thái độ và hành vi của cán bộ, công chức trong thực thi công vụ. Xây dựng văn hóa công vụ là một nội dung quan trọng của cải cách hành chính, hướng tới nền hành chính phục vụ.", "abs"),
        P("1. Quan niệm về văn hóa công vụ", "h"),
        P("Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án văn hóa công vụ đã xác định các nội dung: tinh thần, thái độ làm việc; chuẩn mực giao tiếp, ứng xử; đạo đức, lối sống; trang phục của cán bộ, công chức."),
        P("2. Thực trạng văn hóa công vụ ở các cơ quan cấp tỉnh", "h"),
        P("Qua khảo sát tại 12 sở, ban, ngành của tỉnh năm 2025, phần lớn người dân hài lòng với thái độ phục vụ tại Trung tâm Phục vụ hành chính công. Tuy nhiên, vẫn còn biểu hiện né tránh, đùn đẩy trách nhiệm, chậm trễ trong giải quyết hồ sơ, giao tiếp thiếu chuẩn mực qua điện thoại."),
        P("3. Giải pháp", "h"),
        P("- Cụ thể hóa quy tắc ứng xử của từng cơ quan, niêm yết công khai để Nhân dân giám sát;"),
        P("- Gắn đánh giá, xếp loại công chức với kết quả thực thi văn hóa công vụ;"),
        P("- Người đứng đầu gương mẫu, nói đi đôi với làm;"),
        P("- Đưa chuyên đề văn hóa công vụ vào chương trình bồi dưỡng tại Trường Chính trị tỉnh."),
        P("Xây dựng văn hóa công vụ không chỉ là quy định trên giấy mà phải trở thành nếp nghĩ, nếp làm của mỗi cán bộ, công chức."),
    ],
    authors=["Lê Thị Thu Trang"],
    summary="Văn hóa công vụ là hệ thống các giá trị, chuẩn mực, thái độ và hành vi của cán bộ, công chức trong thực thi công vụ. Xây dựng văn hóa công vụ là một nội dung quan trọng của cải cách hành chính, hướng tới nền hành chính phục vụ.",
    opts={"date": "Ngày đăng: 27/08/2026", "views": 248, "tacgia": "Tác giả: ThS. Lê Thị Thu Trang"},
)

# --- the news ------------------------------------------------------------------------------------

N_KHAIGIANG = Story(
    318,
    "khai-giang-k45",
    "Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 45",
    1,
    "2026-11-20",
    [
        P("Sáng ngày 19/11/2026, Trường Chính trị tỉnh Bình Định tổ chức khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 45, hệ không tập trung, dành cho cán bộ, công chức các sở, ban, ngành và địa phương trong tỉnh."),
        P("Lớp học có 112 học viên, học tập trong thời gian 8 tháng theo chương trình do Học viện Chính trị quốc gia Hồ Chí Minh ban hành, gồm 4 phần học: những vấn đề cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; những vấn đề cơ bản về Đảng Cộng sản, Nhà nước và hệ thống chính trị; quản lý hành chính nhà nước; kỹ năng lãnh đạo, quản lý."),
        Img(up("11/khaigiang-k45.jpg"), "Quang cảnh buổi khai giảng lớp Trung cấp LLCT-HC khóa 45", "Quang cảnh buổi khai giảng lớp Trung cấp LLCT-HC khóa 45", "ic"),
        P("Phát biểu khai giảng, đồng chí Hiệu trưởng Nhà trường đề nghị học viên chấp hành nghiêm quy chế học tập, phát huy tinh thần tự học, tích cực trao đổi, liên hệ thực tiễn cơ quan, đơn vị mình."),
        Raw('<p style="text-align: right;"><strong>Phòng Đào tạo</strong></p>'),
    ],
    authors=["Phòng Đào tạo"],
    opts={"date": "Ngày đăng: 20/11/2026", "views": 188},
)

N_GVDG = Story(
    315,
    "hoi-thi-giang-vien-day-gioi",
    "Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    1,
    "2026-11-16T10:45:00+07:00",
    [
        P("Từ ngày 10 đến 13/11/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026 với sự tham gia của 14 giảng viên thuộc 4 khoa chuyên môn."),
        Img(up("11/hoithi-gvdg-1.jpg"), "(Đồng chí Hiệu trưởng phát biểu khai mạc Hội thi)", "Đồng chí Hiệu trưởng phát biểu khai mạc Hội thi", "paren"),
        P("Mỗi giảng viên trình bày một bài giảng lý thuyết 45 phút và hướng dẫn một buổi thảo luận. Ban Giám khảo đánh giá cao việc các giảng viên ứng dụng công nghệ thông tin, đưa tình huống thực tiễn của địa phương vào bài giảng."),
        Img(up("11/hoithi-gvdg-2.jpg"), "(Ban Tổ chức trao giấy khen cho các giảng viên đạt giải)", "Ban Tổ chức trao giấy khen cho các giảng viên đạt giải", "paren"),
        P("Kết quả, Ban Tổ chức trao 3 giải Nhất, 4 giải Nhì, 5 giải Ba và 2 giải Khuyến khích. Ba giảng viên đạt giải Nhất sẽ được cử tham gia Hội thi giảng viên dạy giỏi trường chính trị khu vực miền Trung - Tây Nguyên năm 2027."),
        Raw('<p style="text-align: right;"><em>Tin, ảnh: Ngọc Ánh</em></p>'),
    ],
    authors=["Ngọc Ánh"],
    photographers=["Ngọc Ánh"],
    opts={"date": "Cập nhật lúc 10:45 ngày 16/11/2026", "views": 240},
)

N_SINHHOAT = Story(
    309,
    "chi-bo-sinh-hoat-chuyen-de",
    "Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm 2026",
    1,
    "2026-10-22",
    [
        P("Chiều 21/10/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề với chủ đề “Nâng cao trách nhiệm nêu gương của đảng viên là giảng viên lý luận chính trị”."),
        Img(up("10/chibo-xdd.jpg"), None, None, "none"),
        P("Tại buổi sinh hoạt, các đảng viên thảo luận sôi nổi về những biểu hiện nêu gương trong giảng dạy, nghiên cứu khoa học và sinh hoạt nơi cư trú; đồng thời đăng ký các việc làm cụ thể để thực hiện trong năm 2027."),
        P("Đồng chí Bí thư Đảng ủy Nhà trường dự và đánh giá cao cách tổ chức sinh hoạt chuyên đề của chi bộ, đề nghị nhân rộng ra các chi bộ khác."),
        Raw('<p style="text-align: right;"><strong>Tin: Minh Tâm - Ảnh: Hoàng Long</strong></p>'),
    ],
    authors=["Minh Tâm"],
    photographers=["Hoàng Long"],
    opts={"date": "Ngày đăng: 22/10/2026", "views": 157},
)

N_HOITHAO = Story(
    303,
    "hoi-thao-cong-doan",
    "Công đoàn Trường tổ chức Hội thao chào mừng kỷ niệm 81 năm Cách mạng Tháng Tám và Quốc khánh 2/9",
    1,
    "2026-09-18",
    [
        P("Nhằm chào mừng kỷ niệm 81 năm Cách mạng Tháng Tám và Quốc khánh 2/9, Công đoàn Trường Chính trị tỉnh tổ chức Hội thao truyền thống năm 2026 với các môn bóng chuyền hơi, kéo co, cầu lông và cờ tướng."),
        Img(up("09/hoithao-keoco.jpg"), "Các vận động viên tham gia môn kéo co", "Các vận động viên tham gia môn kéo co", "plain"),
        P("Sau hai ngày thi đấu sôi nổi, Công đoàn bộ phận Khoa Lý luận cơ sở giành giải Nhất toàn đoàn, giải Nhì thuộc về Công đoàn bộ phận Phòng Quản lý đào tạo và khoa học, giải Ba thuộc về Khoa Nhà nước và pháp luật."),
        P("Hội thao là dịp để cán bộ, viên chức, người lao động Nhà trường rèn luyện sức khỏe, tăng cường đoàn kết, tạo không khí phấn khởi bước vào năm học mới."),
        Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
    ],
    opts={"date": "Ngày đăng: 18/09/2026", "views": 122},
)

N_BEGIANG = Story(
    313,
    "be-giang-cao-cap-llct",
    "Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung tại Bình Định",
    4,
    "2026-11-14",
    [
        P("Ngày 13/11/2026, Học viện Chính trị khu vực III phối hợp với Trường Chính trị tỉnh Bình Định tổ chức bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa học 2025 - 2026.", "lead"),
        P("Sau 18 tháng học tập, 98 học viên đã hoàn thành chương trình; trong đó 21 học viên tốt nghiệp loại giỏi, 74 học viên loại khá, 3 học viên loại trung bình khá. Nhiều khóa luận tốt nghiệp đề xuất giải pháp có giá trị thực tiễn cho địa phương."),
        Img(up("11/begiang-caocap.jpg"), "Trao bằng tốt nghiệp cho các học viên đạt loại giỏi", "Trao bằng tốt nghiệp cho các học viên đạt loại giỏi", "ic"),
        P("Phát biểu tại lễ bế giảng, đại diện lãnh đạo Ban Tổ chức Tỉnh ủy đề nghị các học viên tiếp tục tự học, tự rèn luyện, vận dụng kiến thức đã học vào thực tiễn công tác."),
        Raw('<p style="text-align: right;"><strong>Phòng Đào tạo</strong></p>'),
    ],
    authors=["Phòng Đào tạo"],
    summary="Ngày 13/11/2026, Học viện Chính trị khu vực III phối hợp với Trường Chính trị tỉnh Bình Định tổ chức bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa học 2025 - 2026.",
    opts={"date": "Ngày đăng: 14/11/2026", "views": 201},
)

N_TUYENSINH = Story(
    306,
    "thong-bao-tuyen-sinh",
    "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung năm 2026",
    4,
    "2026-10-05",
    [
        P("Căn cứ kế hoạch đào tạo năm 2026 đã được Ban Thường vụ Tỉnh ủy phê duyệt, Trường Chính trị tỉnh Bình Định thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung như sau:"),
        P("Đối tượng: cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý cấp phòng và tương đương.", "li"),
        P("Số lượng: 120 học viên, học tại Trường Chính trị tỉnh.", "li"),
        P("Hồ sơ gồm: quyết định cử đi học, bản sao bằng tốt nghiệp THPT và bằng chuyên môn, sơ yếu lý lịch có xác nhận của cơ quan.", "li"),
        P("Thời gian nhận hồ sơ: từ ngày 05/10 đến ngày 30/10/2026 tại Phòng Quản lý đào tạo và khoa học.", "li"),
        P("Mọi chi tiết xin liên hệ Phòng Quản lý đào tạo và khoa học, điện thoại (0256) 3822 415."),
    ],
    opts={"date": "(05/10/2026)", "views": 690},
)

ESSAYS = [E_CANBO, E_DAODUC, E_PHUONGPHAP, E_NENTANG, E_MATTRAN, E_TUANHOAN, E_CONGVU]
NEWS = [N_KHAIGIANG, N_GVDG, N_BEGIANG, N_SINHHOAT, N_TUYENSINH, N_HOITHAO]
STORIES = sorted(ESSAYS + NEWS, key=lambda s: (s.published_at, s.id), reverse=True)
BY_ID = {s.id: s for s in STORIES}
SPLIT = E_DAODUC


def path_of(s: Story) -> str:
    return f"/index.php?option=chitiet&id={s.id}&cid={s.cat}"


GOLD = [
    gold_record(
        s,
        path_of(s),
        CATEGORIES[s.cat],
        alt_paths=(f"/index.php?option=chitiet&id={s.id}", f"/in.php?id={s.id}"),
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/index.php?option=gioithieu&muc=lich-su-hinh-thanh",
    "/index.php?option=gioithieu&muc=co-cau-to-chuc",
    "/in.php?muc=co-cau-to-chuc",
    "/index.php?option=vanban&id=57",
    "/index.php?option=lichhoc",
    "/index.php?option=tin&cid=5&p=2",
]


# --- rendering -----------------------------------------------------------------------------------

_SUP = re.compile(r"(?<=[^\W\d])(\d)(?=[.,;\s]|$)|(?<=[”\"])(\d)(?=[.,;\s]|$)")


def ddmmyyyy(s: Story) -> str:
    y, m, d = s.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def para(b: P) -> str:
    t = esc(b.text)
    j = 'style="text-align: justify;"'
    if b.style == "abs":
        return f"<p {j}><strong><em>{t}</em></strong></p>"
    if b.style == "h":
        return f"<p {j}><strong>{t}</strong></p>"
    if b.style == "pt":
        mark, rest = t.split(" ", 1)
        return f"<p {j}><strong>{mark}</strong> {rest}</p>"
    if b.style == "quote":
        return f'<p style="text-align: justify; margin-left: 40px;"><em>{t}</em></p>'
    if b.style == "sup":
        return f"<p {j}>" + _SUP.sub(lambda m: f"<sup>{m.group(1) or m.group(2)}</sup>", t) + "</p>"
    if b.style == "nb":
        return f"<p {j}>&nbsp;&nbsp;&nbsp;&nbsp; {t}</p>"
    if b.style == "lead":
        return f"<p {j}><strong>{t}</strong></p>"
    return f"<p {j}>{t}</p>"


def image(b: Img) -> str:
    pic = f'<img src="{esc(b.src)}" width="480" height="320" border="0" alt="" />'
    if b.style == "ic":
        return (
            f'<p style="text-align: center;">{pic}</p>\n'
            f'<p style="text-align: center;"><em>{esc(b.printed or "")}</em></p>'
        )
    if b.style == "paren":
        return (
            f'<div style="text-align: center;">{pic}<br />\n'
            f'<span style="font-size: 12px;">{esc(b.printed or "")}</span></div>'
        )
    if b.style == "plain":
        return f'<div align="center">{pic}</div>\n<p>{esc(b.printed or "")}</p>'
    return f'<p style="text-align: center;">{pic}</p>'


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("th", "tr", "li"):
            kind = "li" if b.style == "li" else "tr"
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and (
                (kind == "li" and blocks[i].style == "li")
                or (kind == "tr" and blocks[i].style in ("th", "tr"))
            ):
                run.append(blocks[i])
                i += 1
            if kind == "li":
                out.append("<ul>" + "".join(f"<li>{esc(r.text)}</li>" for r in run) + "</ul>")
            else:
                rows = []
                for r in run:
                    tag = "th" if r.style == "th" else "td"
                    cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" width="95%" align="center">'
                    + "\n".join(rows)
                    + "</table>"
                )
            continue
        if isinstance(b, P):
            out.append(para(b))
        elif isinstance(b, Img):
            out.append(image(b))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def group_key(s: Story) -> int:
    return GROUP_OF[s.cat] or s.cat


def menu() -> str:
    items = [
        ('index.php', "Trang chủ"),
        ("index.php?option=gioithieu&amp;muc=lich-su-hinh-thanh", "Lịch sử hình thành"),
        ("index.php?option=gioithieu&amp;muc=co-cau-to-chuc", "Cơ cấu tổ chức"),
        ("index.php?option=tin&amp;cid=1", "Tin hoạt động"),
        ("index.php?option=tin&amp;cid=4", "Đào tạo - Bồi dưỡng"),
        ("index.php?option=tin&amp;cid=5", "Nghiên cứu - Lý luận"),
        ("index.php?option=vanban", "Văn bản"),
        ("index.php?option=lichhoc", "Lịch học"),
    ]
    lis = "\n".join(
        f'<tr><td class="menutrai"><img src="images/muiten.gif" alt="" /> <a href="{h}">{esc(t)}</a></td></tr>'
        for h, t in items
    )
    return f'<table width="100%" cellpadding="0" cellspacing="0" class="khungmenu">\n<tr><td class="tieudekhung">DANH MỤC</td></tr>\n{lis}\n</table>'


DOCS = {
    57: ("57-KH/TCT", "02/11/2026", "Kế hoạch mở lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026", "Hiệu trưởng Nguyễn Văn Dũng"),
    55: ("312/TB-TCT", "20/10/2026", "Thông báo lịch học lớp Trung cấp LLCT-HC khóa 45 hệ không tập trung", "Phó Hiệu trưởng Lê Văn Hùng"),
    52: ("45-QĐ/TCT", "01/10/2026", "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026", "Hiệu trưởng Nguyễn Văn Dũng"),
}


def right_column() -> str:
    docs = "\n".join(
        f'<li><a href="index.php?option=vanban&amp;id={i}">{esc(d[0])}: {esc(d[2][:60])}...</a></li>'
        for i, d in DOCS.items()
    )
    return f"""<div class="khungphai"><div class="tieudekhung">VĂN BẢN MỚI</div><ul class="dsvanban">
{docs}</ul><div class="xemtiep"><a href="index.php?option=vanban">Xem tất cả »</a></div></div>
<div class="khungphai"><div class="tieudekhung">LỊCH HỌC TUẦN</div>
<p><a href="index.php?option=lichhoc"><img src="images/lichhoc.gif" alt="Lịch học tuần" border="0" /></a></p>
<p><a href="index.php?option=lichhoc">Tuần 48 (từ 23/11 đến 28/11/2026)</a></p></div>
<div class="khungphai"><div class="tieudekhung">LIÊN KẾT WEBSITE</div>
<select name="lienket" onchange="if(this.value!='') window.open(this.value);" style="width: 190px;">
<option value="">-- Chọn liên kết --</option>
<option value="http://www.binhdinh.gov.vn">Cổng TTĐT tỉnh Bình Định</option>
<option value="http://www.hcma.vn">Học viện CTQG Hồ Chí Minh</option>
<option value="http://tapchicongsan.org.vn">Tạp chí Cộng sản</option>
<option value="http://www.lyluanchinhtri.vn">Tạp chí Lý luận chính trị</option>
</select></div>
<div class="khungphai"><div class="tieudekhung">THĂM DÒ Ý KIẾN</div>
<form name="binhchon" method="post" action="index.php?option=binhchon">
<p>Bạn đánh giá thế nào về giao diện website mới?</p>
<input type="radio" name="chon" value="1" /> Đẹp, dễ sử dụng<br />
<input type="radio" name="chon" value="2" /> Bình thường<br />
<input type="radio" name="chon" value="3" /> Cần cải tiến<br />
<input type="submit" value="Bình chọn" class="nut" /></form></div>
<div class="khungphai"><div class="tieudekhung">THỐNG KÊ</div>
<div class="bodem">Số lượt truy cập: 1.245.678 | Đang online: 12</div></div>"""


def page(title: str, center: str) -> Response:
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="keywords" content="truong chinh tri binh dinh, ly luan chinh tri, dao tao can bo" />
<link href="css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/script.js"></script>
</head>
<body><a name="top"></a>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="khungchinh">
<tr><td colspan="3" class="thanhtren">
<table width="100%"><tr><td class="ngaythang">{HEADER_TODAY}</td>
<td align="right"><form name="timkiem" method="get" action="index.php"><input type="hidden" name="option" value="timkiem" />
<input type="text" name="tukhoa" value="Tìm kiếm..." onfocus="this.value='';" /> <input type="submit" value="Tìm" /></form></td></tr></table>
</td></tr>
<tr><td colspan="3" class="banner"><a href="index.php"><img src="images/co_dang.gif" width="120" height="110" border="0" alt="" /><img src="images/banner.jpg" width="880" height="110" border="0" alt="{esc(SITE)}" /></a></td></tr>
<tr><td colspan="3" class="menungang"><a href="index.php">TRANG CHỦ</a> | <a href="index.php?option=gioithieu&amp;muc=lich-su-hinh-thanh">GIỚI THIỆU</a> | <a href="index.php?option=tin&amp;cid=1">TIN TỨC</a> | <a href="index.php?option=tin&amp;cid=5">NGHIÊN CỨU</a> | <a href="index.php?option=vanban">VĂN BẢN</a></td></tr>
<tr>
<td width="200" valign="top" class="cottrai">
{menu()}
<div class="khungtrai"><a href="http://dangcongsan.vn" target="_blank"><img src="images/qc_dangcongsan.jpg" width="190" border="0" alt="Báo điện tử ĐCSVN" /></a></div>
</td>
<td width="580" valign="top" class="cotgiua">
{center}
</td>
<td width="220" valign="top" class="cotphai">
{right_column()}
</td>
</tr>
<tr><td colspan="3" class="chantrang">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH BÌNH ĐỊNH</strong></p>
<p>Địa chỉ: 46 Nguyễn Huệ, TP. Quy Nhơn, tỉnh Bình Định - Điện thoại: (0256) 3822 415 - Fax: (0256) 3822 416</p>
<p>Email: truongchinhtri@binhdinh.gov.vn - Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p>Thiết kế bởi: Công ty TNHH Tin học Quy Nhơn - 2017</p>
</td></tr>
</table>
</body>
</html>"""
    return html(body)


def article_link(s: Story, amp: bool = True) -> str:
    a = "&amp;" if amp else "&"
    return f"index.php?option=chitiet{a}id={s.id}{a}cid={s.cat}"


def excerpt(s: Story) -> str:
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= 220 else first[:217].rsplit(" ", 1)[0] + "..."


def list_item(s: Story) -> str:
    thumb = ""
    if s.images and s.cat not in ESSAY_CIDS:
        thumb = f'<a href="{article_link(s)}"><img src="{esc(s.images[0].src)}" width="120" height="80" class="anhnho" align="left" border="0" alt="" /></a>'
    return (
        f'<div class="tinbai">{thumb}<a href="{article_link(s)}" class="tieudetin">{esc(s.title)}</a> '
        f'<span class="ngay">({ddmmyyyy(s)})</span>\n<p class="trichdan">{esc(excerpt(s))}</p>'
        '<div class="clear"></div></div>'
    )


def home(request: Request) -> Response:
    news = [s for s in STORIES if s.cat not in ESSAY_CIDS][:4]
    essays = [s for s in STORIES if s.cat in ESSAY_CIDS][:3]
    center = f"""<div class="khungtin"><div class="tieudemuc"><a href="index.php?option=tin&amp;cid=1">TIN TỨC - SỰ KIỆN</a></div>
{"".join(list_item(s) for s in news)}
</div>
<div class="khungtin"><div class="tieudemuc"><a href="index.php?option=tin&amp;cid=5">NGHIÊN CỨU - LÝ LUẬN</a></div>
{"".join(list_item(s) for s in essays)}
<div class="xemtiep"><a href="index.php?option=tin&amp;cid=5">Xem tiếp »</a></div>
</div>"""
    return page(SITE, center)


def listing(request: Request, cid: int, p: int) -> Response | None:
    if cid in GROUP:
        name = GROUP[cid]
        posts = [s for s in STORIES if GROUP_OF[s.cat] == cid]
    elif cid in CATEGORIES:
        name = CATEGORIES[cid]
        posts = [s for s in STORIES if s.cat == cid]
    else:
        return None
    pages = max(1, -(-len(posts) // PER_PAGE))
    chunk = posts[(p - 1) * PER_PAGE : p * PER_PAGE]
    items = "\n".join(list_item(s) for s in chunk) or "<p>Chưa có tin bài trong mục này.</p>"
    pager = ""
    if pages > 1:
        nums = " ".join(
            f"<b>{n}</b>" if n == p else f'<a href="index.php?option=tin&amp;cid={cid}&amp;p={n}">{n}</a>'
            for n in range(1, pages + 1)
        )
        nxt = f' <a href="index.php?option=tin&amp;cid={cid}&amp;p={p + 1}">Tiếp »</a>' if p < pages else ""
        pager = f'<div class="phantrang">Trang: {nums}{nxt}</div>'
    center = f"""<div class="duongdan"><a href="index.php">Trang chủ</a> » {esc(name)}</div>
<div class="tieudemuc">{esc(name.upper())}</div>
{items}
{pager}"""
    return page(f"{name} - {SITE}", center)


def author_div(s: Story) -> str:
    tg = s.opts.get("tacgia")
    return f'<div class="tacgia">{tg}</div>\n' if tg else ""


def others(s: Story) -> str:
    pool = [o for o in STORIES if group_key(o) == group_key(s) and o.id != s.id][:4]
    lis = "\n".join(
        f'<li><a href="index.php?option=chitiet&id={o.id}">{esc(o.title)}</a> <span class="ngaynho">({ddmmyyyy(o)})</span></li>'
        for o in pool
    )
    return f'<div class="baikhac"><b>Các bài viết khác:</b><ul>\n{lis}\n</ul></div>'


def breadcrumb(s: Story) -> str:
    g = GROUP_OF[s.cat]
    mid = f' » <a href="index.php?option=tin&amp;cid={g}">{esc(GROUP[g])}</a>' if g else ""
    return f'<div class="duongdan"><a href="index.php">Trang chủ</a>{mid} » <span>{esc(CATEGORIES[s.cat])}</span></div>'


def article(request: Request, s: Story, trang: int) -> Response | None:
    blocks = s.blocks
    pager = ""
    split = s.opts.get("split")
    if split:
        if trang not in (1, 2):
            return None
        blocks = blocks[:split] if trang == 1 else blocks[split:]
        one = f'<a href="{article_link(s)}">1</a>' if trang == 2 else "<b>1</b>"
        two = "<b>2</b>" if trang == 2 else f'<a href="{article_link(s)}&amp;trang=2">2</a>'
        pager = f'<div class="phantrangbai" align="center">Trang {one} {two}</div>'
    elif trang != 1:
        return None
    center = f"""{breadcrumb(s)}
<div class="chitiet">
<h1 class="tieude">{esc(s.title)}</h1>
<div class="ngaydang">{esc(s.opts["date"])} &nbsp;|&nbsp; Lượt xem: {s.opts["views"]}</div>
{author_div(s)}<div class="noidung">
{render_blocks(blocks)}
</div>
{pager}
<div class="congcu"><a href="javascript:guiBai({s.id});"><img src="images/email.gif" alt="" border="0" /> Gửi cho bạn bè</a> | <a href="in.php?id={s.id}" target="_blank"><img src="images/print.gif" alt="" border="0" /> In bài viết</a> | <a href="#top"><img src="images/top.gif" alt="" border="0" /> Về đầu trang</a></div>
{others(s)}
</div>"""
    return page(f"{s.title} - {SITE}", center)


def print_view(s: Story) -> Response:
    body = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(s.title)}</title><link href="css/print.css" rel="stylesheet" type="text/css" /></head>
<body onload="window.print();">
<div style="width: 650px; margin: 0 auto;">
<p><img src="images/logo_in.gif" alt="" /> <b>TRƯỜNG CHÍNH TRỊ TỈNH BÌNH ĐỊNH</b></p><hr />
<h2>{esc(s.title)}</h2>
<p><i>{esc(s.opts["date"])}</i></p>
{author_div(s)}{render_blocks(s.blocks)}
<hr /><p align="center"><a href="javascript:window.print();">[In trang]</a> <a href="javascript:window.close();">[Đóng cửa sổ]</a></p>
</div></body></html>"""
    return html(body)


# --- static pages, documents, timetable --------------------------------------------------------

STATIC = {
    "lich-su-hinh-thanh": (
        "Lịch sử hình thành và phát triển",
        [
            "Trường Chính trị tỉnh Bình Định tiền thân là Trường Đảng tỉnh Bình Định, được thành lập năm 1976 trên cơ sở hợp nhất Trường Đảng tỉnh Quảng Ngãi và Trường Đảng tỉnh Bình Định của tỉnh Nghĩa Bình.",
            "Năm 1989, sau khi tái lập tỉnh Bình Định, Trường được đổi tên thành Trường Chính trị tỉnh Bình Định, trực thuộc Tỉnh ủy và Ủy ban nhân dân tỉnh.",
            "Qua gần 50 năm xây dựng và phát triển, Trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ, công chức, viên chức cho tỉnh; được Nhà nước tặng Huân chương Lao động hạng Nhất (2016) và nhiều phần thưởng cao quý khác.",
            "Năm 2022, Trường được công nhận đạt chuẩn mức 1 theo Quy định số 09-QĐi/TW của Ban Bí thư.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "I. BAN GIÁM HIỆU",
            "Hiệu trưởng: TS. Nguyễn Văn Dũng - Phụ trách chung, công tác tổ chức cán bộ, tài chính.",
            "Phó Hiệu trưởng: TS. Lê Văn Hùng - Phụ trách công tác đào tạo, bồi dưỡng và nghiên cứu khoa học.",
            "Phó Hiệu trưởng: ThS. Huỳnh Thị Lan - Phụ trách công tác hành chính, quản trị, công tác học viên.",
            "II. CÁC PHÒNG CHỨC NĂNG",
            "1. Phòng Tổ chức - Hành chính: Trưởng phòng ThS. Phan Văn Lợi. Tham mưu công tác tổ chức, cán bộ, thi đua khen thưởng, hành chính, văn thư, lưu trữ, tài chính, quản trị của Nhà trường.",
            "2. Phòng Quản lý đào tạo và khoa học: Trưởng phòng ThS. Trần Thị Bích Ngọc. Tham mưu xây dựng kế hoạch đào tạo, bồi dưỡng; quản lý học viên; tổ chức nghiên cứu khoa học, biên soạn tài liệu, xuất bản Thông tin khoa học của Trường.",
            "III. CÁC KHOA CHUYÊN MÔN",
            "1. Khoa Lý luận cơ sở: Trưởng khoa ThS. Nguyễn Đình Khoa. Giảng dạy các học phần về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh.",
            "2. Khoa Xây dựng Đảng: Trưởng khoa ThS. Nguyễn Thị Kim Oanh. Giảng dạy các học phần về Đảng Cộng sản Việt Nam, công tác xây dựng Đảng.",
            "3. Khoa Nhà nước và pháp luật: Trưởng khoa ThS. Trần Minh Đức. Giảng dạy các học phần về Nhà nước, pháp luật và quản lý hành chính nhà nước.",
            "4. Khoa Dân vận: Trưởng khoa ThS. Đặng Thị Mỹ Hạnh. Giảng dạy các học phần về công tác dân vận, kỹ năng lãnh đạo, quản lý.",
            "IV. TỔ CHỨC ĐẢNG VÀ ĐOÀN THỂ",
            "Đảng bộ Trường gồm 6 chi bộ trực thuộc với 58 đảng viên; Công đoàn cơ sở có 72 đoàn viên; Chi đoàn Thanh niên có 19 đoàn viên.",
        ],
    ),
}


def static_page(slug: str) -> Response:
    title, paras = STATIC[slug]
    rows = "\n".join(
        f"<p><strong>{esc(t)}</strong></p>" if re.match(r"[IV]+\. ", t) else f'<p style="text-align: justify;">{esc(t)}</p>'
        for t in paras
    )
    center = f"""<div class="duongdan"><a href="index.php">Trang chủ</a> » Giới thiệu » {esc(title)}</div>
<div class="chitiet"><h1 class="tieude">{esc(title.upper())}</h1>
<div class="noidung">{rows}</div>
<div class="congcu"><a href="in.php?muc={slug}" target="_blank">In trang</a> | <a href="#top">Về đầu trang</a></div></div>"""
    return page(f"{title} - {SITE}", center)


def static_print(slug: str) -> Response:
    title, paras = STATIC[slug]
    rows = "\n".join(f"<p>{esc(t)}</p>" for t in paras)
    return html(
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{esc(title)}</title></head>'
        f'<body onload="window.print();"><div style="width: 650px; margin: 0 auto;"><h2>{esc(title.upper())}</h2>{rows}'
        '<hr /><p align="center"><a href="javascript:window.close();">[Đóng cửa sổ]</a></p></div></body></html>'
    )


def doc_list() -> Response:
    rows = "\n".join(
        f'<tr><td>{esc(d[0])}</td><td>{d[1]}</td><td><a href="index.php?option=vanban&amp;id={i}">{esc(d[2])}</a></td></tr>'
        for i, d in DOCS.items()
    )
    center = f"""<div class="duongdan"><a href="index.php">Trang chủ</a> » Văn bản</div>
<table width="100%" border="1" cellpadding="4" cellspacing="0" class="bangvanban">
<tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
{rows}</table>"""
    return page(f"Văn bản - {SITE}", center)


def doc_entry(i: int) -> Response:
    so, ngay, trichyeu, ky = DOCS[i]
    center = f"""<div class="duongdan"><a href="index.php">Trang chủ</a> » <a href="index.php?option=vanban">Văn bản</a></div>
<div class="tieudemuc">CHI TIẾT VĂN BẢN</div>
<table width="100%" border="1" cellpadding="5" cellspacing="0" class="bangvanban">
<tr><td width="30%"><b>Số ký hiệu</b></td><td>{esc(so)}</td></tr>
<tr><td><b>Ngày ban hành</b></td><td>{ngay}</td></tr>
<tr><td><b>Loại văn bản</b></td><td>{"Kế hoạch" if "KH" in so else "Thông báo" if "TB" in so else "Quyết định"}</td></tr>
<tr><td><b>Trích yếu</b></td><td>{esc(trichyeu)}</td></tr>
<tr><td><b>Người ký</b></td><td>{esc(ky)}</td></tr>
<tr><td><b>Tải về</b></td><td><a href="upload/vanban/{quote(so.replace("/", "-"))}.pdf"><img src="images/pdf.gif" border="0" alt="" /> {esc(so.replace("/", "-"))}.pdf</a></td></tr>
</table>"""
    return page(f"{so} - {SITE}", center)


TIMETABLE = [
    ("Thứ Hai 23/11", "Sáng", "TC LLCT-HC K45", "Những vấn đề cơ bản của chủ nghĩa Mác - Lênin (Bài 2)", "ThS. Nguyễn Đình Khoa", "Hội trường A"),
    ("Thứ Hai 23/11", "Chiều", "TC LLCT-HC K44", "Xây dựng Đảng về tổ chức", "ThS. Nguyễn Thị Kim Oanh", "Phòng 2.1"),
    ("Thứ Ba 24/11", "Sáng", "TC LLCT-HC K45", "Thảo luận Bài 2", "ThS. Nguyễn Đình Khoa", "Phòng 2.2"),
    ("Thứ Tư 25/11", "Cả ngày", "BD KTQP-AN Đối tượng 4", "Một số vấn đề cơ bản về quốc phòng, an ninh", "Báo cáo viên Bộ CHQS tỉnh", "Hội trường B"),
    ("Thứ Năm 26/11", "Sáng", "TC LLCT-HC K44", "Quản lý hành chính nhà nước đối với đô thị và nông thôn", "ThS. Trần Minh Đức", "Phòng 2.1"),
    ("Thứ Sáu 27/11", "Chiều", "TC LLCT-HC K45", "Kiểm tra học phần I", "Phòng Quản lý đào tạo", "Hội trường A"),
]


def timetable() -> Response:
    rows = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in TIMETABLE)
    center = f"""<div class="duongdan"><a href="index.php">Trang chủ</a> » Lịch học</div>
<div class="tieudemuc">LỊCH HỌC TUẦN 48 (TỪ NGÀY 23/11/2026 ĐẾN NGÀY 28/11/2026)</div>
<table width="100%" border="1" cellpadding="4" cellspacing="0" class="banglich">
<tr><th>Thứ/Ngày</th><th>Buổi</th><th>Lớp</th><th>Nội dung</th><th>Giảng viên</th><th>Phòng học</th></tr>
{rows}</table>
<p><i>Ghi chú: Buổi sáng bắt đầu lúc 7 giờ 30, buổi chiều lúc 13 giờ 30. Lịch có thể thay đổi, học viên theo dõi thông báo của Phòng Quản lý đào tạo và khoa học.</i></p>"""
    return page(f"Lịch học - {SITE}", center)


def search(request: Request) -> Response:
    word = request.params.get("tukhoa", "")
    center = f'<div class="tieudemuc">KẾT QUẢ TÌM KIẾM: {esc(word)}</div><p>Không tìm thấy bài viết nào phù hợp.</p>'
    return page(f"Tìm kiếm - {SITE}", center)


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return None


class PhpPortal:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/upload/vanban/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/upload/", "/images/", "/css/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        q = request.params
        if path == "/in.php":
            if "muc" in q:
                return static_print(q["muc"]) if q["muc"] in STATIC else None
            s = BY_ID.get(_int(q.get("id")) or 0)
            return print_view(s) if s else None
        if path not in ("/", "/index.php"):
            return None
        option = q.get("option")
        if option is None:
            return home(request)
        if option == "tin":
            cid, p = _int(q.get("cid")), _int(q.get("p"), 1)
            if cid is None or p is None or p < 1:
                return None
            return listing(request, cid, p)
        if option == "chitiet":
            s = BY_ID.get(_int(q.get("id")) or 0)
            trang = _int(q.get("trang"), 1)
            return article(request, s, trang) if s and trang else None
        if option == "gioithieu":
            return static_page(q["muc"]) if q.get("muc") in STATIC else None
        if option == "vanban":
            if "id" not in q:
                return doc_list()
            i = _int(q.get("id"))
            return doc_entry(i) if i in DOCS else None
        if option == "lichhoc":
            return timetable()
        if option == "timkiem":
            return search(request)
        return None


def build_site() -> PhpPortal:
    return PhpPortal()
