"""Trường Chính trị Trần Phú tỉnh Hà Tĩnh on NukeViet 4.3 (PHP, module "news"), with a theme made
for party and state agencies (red-and-gold banner, star emblem, left menu column).

Platform
--------
NukeViet 4.3 with URL rewriting on, language prefix ``/vi/``. The news module ("Tin Tức") holds
every post; the agency theme prints NukeViet's news detail with its own class names:

    <div class="tct-breadcrumb"><ul class="breadcrumbs"> Trang nhất › Tin Tức › <category> </ul></div>
    <div class="news_column tct-detail panel panel-default"><div class="panel-body">
      <h1 class="title margin-bottom-lg">…</h1>
      <div class="meta"><span class="h5 publtime">Thứ năm - 03/12/2026 09:10</span> Lượt xem …
        (essay template: <p class="essay-date">Ngày đăng: 01/12/2026 08:00</p>)
      <div class="clearfix"> homeimg <figure class="article left|center"> + <figcaption>,
        <div class="hometext m-bottom"> (bold sapo) </div></div>      (only when "showhometext")
      <div id="news-bodyhtml" class="bodytext margin-bottom-lg"> CKEditor 4 HTML </div>
      <p class="h5 text-right"><strong>Tác giả bài viết: </strong>…</p>  <strong>Nguồn tin: </strong>…
    </div></div>
    tags panel "Từ khóa", rating panel, tools (Gửi bài viết qua email, In bài viết, Lưu bài viết),
    "Những tin mới hơn" / "Những tin cũ hơn" lists.

Research essays ("Nghiên cứu - Trao đổi") use the theme's essay layout: the author line is printed
under the title ("Tác giả: ThS. … - Khoa …"), the date as "Ngày đăng: dd/mm/YYYY HH:MM", sections
as <h3>, footnote marks [1] in the text and the "Chú thích" and "Tài liệu tham khảo" lists.

URL scheme
----------
- ``/`` and ``/vi/``: home (news blocks: "Tin mới nhất" 5, two posts per category, marquee).
- ``/vi/news/``: the whole news list, 5 per page, ``/vi/news/page-2``, ``/vi/news/page-3``.
- ``/vi/news/<cat>/`` and ``/vi/news/<cat>/page-<n>``: category lists, 5 per page.
- ``/vi/news/<cat>/<alias>-<id>.html``: an article (cat = its main category).
- ``/vi/news/print/<cat>/<alias>-<id>.html``: print view of the same article (plain href in
  this theme, target=_blank) - in gold ``alt_paths``.
- ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>``: NukeViet's non-rewritten form,
  linked by the home page's old "Tin tiêu điểm" marquee block; it serves the article (with
  rel=canonical to the rewritten URL) - in ``alt_paths`` of the two articles linked that way.
- ``/vi/news/<othercat>/<alias>-<id>.html`` of an article filed in two categories: 301 to the
  main category's URL (NukeViet's check of the category alias).
- ``/vi/news/sendmail/<cat>/<alias>-<id>.html``: "Gửi bài viết qua email" form.
- ``/vi/news/tag/<alias>``, ``/vi/news/topic/<alias>``: tag and topic (tuyến bài) lists.
- ``/vi/about/gioi-thieu-chung.html`` (module page), ``/vi/laws/detail/<alias>-<id>.html``
  (văn bản entry), ``/vi/photos/<album>-<id>.html`` (gallery), ``/vi/contact/``.
- Uploads: ``/uploads/news/2026_MM/<file>.jpg``; list thumbnails ``/assets/news/2026_MM/…``;
  theme files ``/themes/tct_hatinh/…``. No robots.txt or sitemap.

How each gold article is reached
--------------------------------
Whole list (newest first): page 1 = 431, 430, 429, 428, 427; page 2 = 426, 425, 424, 423, 422;
page 3 = 421, 420, 419. "Tin tức - Sự kiện" list (430 is filed there too): page 1 = 431, 430,
428, 425, 423; ``page-2`` = 421, 419 only. Home blocks show the two newest per category and the
five newest overall, so 425, 423, 421, 420 and 419 are not on the home page: 421 and 419 are
reached only on page 2 of their category or page 3 of the whole list; 420 on page 3 of the whole
list and the "Đào tạo - Bồi dưỡng" list. Every article also links its neighbours
("Những tin mới hơn / cũ hơn").

Traps
-----
1. SEO title (NukeViet "titlesite"): ``<title>`` and og:title of 429, 424 and 431 carry a
   different, shorter or longer SEO title than the ``h1``; listings cut titles at ~80 chars
   with "...". Gold title = the ``h1`` as printed.
2. Hidden sapo: NukeViet's "showhometext" is off for 428, 426, 424, 422, 420: the detail page
   prints no hometext (and then no homeimg either), although the listings and meta description
   show it. Gold summary = null (nothing printed as a lead on the page), image list without the
   listing thumbnail. Where shown, the hometext is a separate ``div.hometext`` outside the body
   -> summary and first body paragraph.
3. Author field with degree and unit: "ThS. Nguyễn Thị Thu Hà - Khoa Xây dựng Đảng" ->
   "Nguyễn Thị Thu Hà"; two lecturers "TS. Trần Văn Hùng, ThS. Lê Thị Mai" -> both names;
   "Lê Hồng Sơn - Phòng Quản lý đào tạo" -> "Lê Hồng Sơn" (post after the name dropped).
4. Account and board credits: "Người đăng: quantri" (the CMS login, 428, 421) gives nothing;
   "Tác giả bài viết: BBT" (421) gives nothing; a unit signing alone is the author as printed:
   bare right-aligned "Khoa Lý luận cơ sở" (428), author field "Phòng Quản lý đào tạo và
   Nghiên cứu khoa học" (420), "Tin, ảnh: Phòng Tổ chức - Hành chính" (431, author and
   photographer).
5. Photographer inside a caption: the homeimg caption of 430 ends "(Ảnh: Thu Trang)": caption
   kept as displayed (the whole line), photographer "Thu Trang". "Tin: Võ Hải Yến - Ảnh: Chi
   đoàn Trường" (426) -> author Võ Hải Yến, photographer the unit.
6. Four caption markups: ``<figure class="image"><figcaption>`` (CKEditor image2), a centred
   italic paragraph, a centred *plain* paragraph (425), and a two-row layout table (image row,
   caption row, 426). A photo followed directly by an ordinary justified paragraph has no
   caption (425, second photo). The homeimg's ``figcaption`` of 427 is empty (the alt repeats
   the title): caption null, never the alt.
7. Dates: header "Thứ Bảy, ngày 05/12/2026" is today; the news template prints
   "Thứ năm - 03/12/2026 09:10" (weekday in lower case, time) -> "2026-12-03T09:10:00+07:00";
   the essay template prints "Ngày đăng: 10/11/2026 07:45" next to "Cập nhật: 12/11/2026
   10:05" (424) -> the Ngày đăng one. Bodies open with other dates ("Ngày 05/11/2026", "(TCT) -
   Chiều 26/11"), listings print only the day.
8. Body boundaries: an editor's "Tin liên quan:" box of links inside ``news-bodyhtml`` (419)
   and a "Tài liệu đính kèm" attachment box (421) are not text; the essays' "Chú thích" and
   "Tài liệu tham khảo" entries ARE text (the essay's own printed notes, one paragraph per
   entry) and the [1] marks stay in the sentences; a poem quoted in 427 is written with <br>
   lines, so each line is a paragraph.
9. Category: 430 is filed under "Đào tạo - Bồi dưỡng" (main) and "Tin tức - Sự kiện": it is
   listed in both lists, the breadcrumb shows its main category, which is gold; its URL under
   the other category (linked from the marquee) answers 301 to the main one.
10. Duplicates: print views (all articles, alt_paths) and the ``/index.php?…&op=…`` form of 431
    and 425 (alt_paths). The sendmail form, tag/topic lists, the văn bản entry (it has a number,
    a date, a signer) and the photo album are not articles.
11. Source: "Nguồn tin: Báo Hà Tĩnh" (423, a reposted report) -> "Báo Hà Tĩnh"; the author
    field's "Dương Chiến" (the newspaper's reporter) is the author.

Gold decisions
--------------
title = ``h1``; published_at = the article's own date line with its time; authors from the
author field, the essay author line or a closing byline; source from "Nguồn tin"; summary =
printed hometext; images = homeimg (when printed) then the body photos; caption = the line
printed with the photo; category = breadcrumb's last section.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "nukeviet4_tct"
PLATFORM = "NukeViet 4.3 (PHP) news module + agency (party/state) theme, rewrite URLs /vi/news/…"
START_PATH = "/"
TODAY = "Thứ Bảy, ngày 05/12/2026"
SITE = "Trường Chính trị Trần Phú tỉnh Hà Tĩnh"
PER_PAGE = 5

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "guong-sang-quanh-ta": "Gương sáng quanh ta",
}
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def up(month: str, name: str) -> str:
    return f"/uploads/news/2026_{month}/{name}"


# opts: time "HH:MM", home (hometext printed on the detail page), hometext (listing text when
# not printed), homeimg (src, note, "left"|"center"), field_author, field_source, poster,
# tpl ("news"|"essay"), essay_author, updated, cats (extra categories), titlesite, tags.
# P styles: "" justified, "h" <h3>, "b" bold sub-heading paragraph, "li" list item, "th"/"td"
# table rows, "quote" blockquote, "br" lines of one <p> joined with <br>, "note" essay note.
# Img styles: "fig" CKEditor figure, "em" centred italic line, "plain" centred plain line,
# "tbl" layout table, "none" nothing under the photo.

STORIES: list[Story] = [
    Story(
        431,
        "doan-cong-tac-truong-chinh-tri-tinh-thanh-hoa-tham-va-lam-viec-voi-truong-chinh-tri-tran-phu",
        "Đoàn công tác Trường Chính trị tỉnh Thanh Hóa thăm và làm việc với Trường Chính trị Trần Phú",
        "tin-tuc-su-kien",
        "2026-12-04T15:30:00+07:00",
        [
            P(
                "Đồng chí Nguyễn Văn Hải, Phó Hiệu trưởng phụ trách Trường Chính trị Trần Phú, chủ trì "
                "buổi làm việc. Về phía đoàn công tác có đồng chí Lê Thị Hương, Phó Hiệu trưởng Trường "
                "Chính trị tỉnh Thanh Hóa cùng lãnh đạo các khoa, phòng chuyên môn."
            ),
            P(
                "Tại buổi làm việc, hai bên đã trao đổi kinh nghiệm về đổi mới nội dung, phương pháp "
                "giảng dạy chương trình Trung cấp lý luận chính trị theo Quy định số 57-QĐ/TW; công tác "
                "nghiên cứu thực tế của giảng viên và việc ứng dụng công nghệ thông tin trong quản lý "
                "đào tạo."
            ),
            Img(up("12", "thanh-hoa-2.jpg"), "Hai đơn vị trao đổi kinh nghiệm trong công tác đào tạo, bồi dưỡng",
                "Hai đơn vị trao đổi kinh nghiệm trong công tác đào tạo, bồi dưỡng", "em"),
            P(
                "Đoàn công tác đánh giá cao việc Trường Chính trị Trần Phú xây dựng hệ thống bài giảng "
                "điện tử và ngân hàng câu hỏi thi trắc nghiệm trực tuyến cho các lớp hệ không tập trung "
                "tại các huyện, thị xã."
            ),
            P(
                "Nhân dịp này, đoàn đã đến dâng hương tại Khu lưu niệm Tổng Bí thư Trần Phú ở xã Tùng "
                "Lộc và tham quan mô hình dân vận khéo tại huyện Can Lộc."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phòng Tổ chức - Hành chính</strong></p>'),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        photographers=["Phòng Tổ chức - Hành chính"],
        summary=(
            "Chiều 04/12/2026, đoàn công tác Trường Chính trị tỉnh Thanh Hóa do đồng chí Lê Thị Hương, "
            "Phó Hiệu trưởng làm trưởng đoàn đã đến thăm và làm việc với Trường Chính trị Trần Phú."
        ),
        sapo_outside=True,
        opts={
            "time": "15:30",
            "home": True,
            "homeimg": (up("12", "thanh-hoa-1.jpg"), "Quang cảnh buổi làm việc", "left"),
            "poster": "quantri",
            "titlesite": "Trường Chính trị Thanh Hóa làm việc tại Hà Tĩnh",
            "tags": ["hop-tac"],
        },
    ),
    Story(
        430,
        "khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-86-tai-huyen-cam-xuyen",
        "Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 86 tại huyện Cẩm Xuyên",
        "dao-tao-boi-duong",
        "2026-12-03T09:10:00+07:00",
        [
            P(
                "Lớp học có 86 học viên là cán bộ, công chức các xã, thị trấn và các phòng, ban, ngành "
                "của huyện Cẩm Xuyên, học tập trong thời gian 8 tháng tại Trung tâm Chính trị huyện."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Nguyễn Văn Hải, Phó Hiệu trưởng phụ trách nhà trường, "
                "đề nghị học viên chấp hành nghiêm nội quy, quy chế học tập; gắn lý luận với thực tiễn "
                "công tác tại cơ sở."
            ),
            P("Lịch học tháng 12/2026", "b"),
            P("Thời gian | Học phần | Giảng viên", "th"),
            P("03/12 - 06/12 | Những vấn đề cơ bản của chủ nghĩa Mác - Lênin | ThS. Đặng Thị Bình", "td"),
            P("10/12 - 13/12 | Tư tưởng Hồ Chí Minh | ThS. Nguyễn Thị Thu Hà", "td"),
            P("17/12 - 20/12 | Lịch sử Đảng Cộng sản Việt Nam | TS. Trần Văn Hùng", "td"),
            P(
                "Học viên theo dõi thông báo điều chỉnh lịch học trên Cổng thông tin điện tử của nhà "
                "trường và nhóm Zalo của lớp."
            ),
        ],
        authors=["Lê Hồng Sơn"],
        photographers=["Thu Trang"],
        summary=(
            "Sáng 03/12, Trường Chính trị Trần Phú phối hợp với Trung tâm Chính trị huyện Cẩm Xuyên "
            "khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 86."
        ),
        sapo_outside=True,
        opts={
            "time": "09:10",
            "home": True,
            "homeimg": (
                up("12", "khai-giang-k86.jpg"),
                "Đồng chí Nguyễn Văn Hải, Phó Hiệu trưởng phụ trách nhà trường phát biểu khai giảng "
                "lớp học. (Ảnh: Thu Trang)",
                "center",
            ),
            "field_author": "Lê Hồng Sơn - Phòng Quản lý đào tạo",
            "cats": ["tin-tuc-su-kien"],
            "tags": ["trung-cap-llct"],
        },
    ),
    Story(
        429,
        "van-dung-quan-diem-cua-chu-tich-ho-chi-minh-ve-can-bo-vao-cong-tac-dao-tao-boi-duong-can-bo-co-so",
        "Vận dụng quan điểm của Chủ tịch Hồ Chí Minh về cán bộ vào công tác đào tạo, bồi dưỡng cán bộ cơ sở ở Hà Tĩnh hiện nay",
        "nghien-cuu-trao-doi",
        "2026-12-01T08:00:00+07:00",
        [
            P("1. Quan điểm của Chủ tịch Hồ Chí Minh về cán bộ và công tác cán bộ", "h"),
            P(
                "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”[1]. Theo Người, "
                "muôn việc thành công hoặc thất bại đều do cán bộ tốt hoặc kém; vì vậy, huấn luyện cán "
                "bộ là công việc gốc của Đảng."
            ),
            P(
                "Người yêu cầu việc huấn luyện phải “học đi đôi với hành”, lý luận phải liên hệ với thực "
                "tế, tránh lối học thuộc lòng, “học để làm việc, làm người, làm cán bộ”[2]. Đây là "
                "nguyên tắc xuyên suốt của công tác đào tạo, bồi dưỡng cán bộ trong các trường chính trị."
            ),
            P("2. Thực trạng đội ngũ cán bộ cơ sở ở Hà Tĩnh", "h"),
            P(
                "Sau khi sắp xếp đơn vị hành chính cấp xã năm 2025, toàn tỉnh có 69 xã, phường với hơn "
                "2.400 cán bộ, công chức. Trình độ lý luận chính trị của đội ngũ được nâng lên rõ rệt: "
                "trên 92% có trình độ trung cấp trở lên. Tuy nhiên, một bộ phận cán bộ còn lúng túng khi "
                "vận dụng kiến thức vào giải quyết các tình huống nảy sinh ở cơ sở[2]."
            ),
            P("3. Một số giải pháp", "h"),
            P(
                "Thứ nhất, rà soát, cập nhật nội dung bài giảng gắn với nghị quyết của Đảng bộ tỉnh và "
                "các vấn đề thực tiễn của địa phương; tăng thời lượng xử lý tình huống."
            ),
            P(
                "Thứ hai, đẩy mạnh phương pháp dạy học tích cực, lấy người học làm trung tâm; mời cán bộ "
                "lãnh đạo, quản lý có kinh nghiệm tham gia báo cáo chuyên đề."
            ),
            P("Chú thích", "b"),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309.", "note"),
            P("[2] Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.312; Ban Tổ chức Tỉnh ủy Hà Tĩnh: Báo cáo số 215-BC/BTCTU ngày 15/10/2026.", "note"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        summary=(
            "Bài viết làm rõ quan điểm của Chủ tịch Hồ Chí Minh về cán bộ, đánh giá thực trạng đội ngũ "
            "cán bộ cơ sở ở Hà Tĩnh và đề xuất một số giải pháp nâng cao chất lượng đào tạo, bồi dưỡng."
        ),
        sapo_outside=True,
        opts={
            "time": "08:00",
            "home": True,
            "tpl": "essay",
            "essay_author": "ThS. Nguyễn Thị Thu Hà - Khoa Xây dựng Đảng",
            "titlesite": "Tư tưởng Hồ Chí Minh về cán bộ và đào tạo cán bộ cơ sở",
            "tags": ["tu-tuong-ho-chi-minh"],
        },
    ),
    Story(
        428,
        "chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
        "tin-tuc-su-kien",
        "2026-11-28T16:45:00+07:00",
        [
            P(
                "(TCT) - Chiều 26/11, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề “Nâng cao "
                "tinh thần trách nhiệm, đổi mới phương pháp giảng dạy của giảng viên” với sự tham dự "
                "của đồng chí Phó Bí thư Đảng ủy nhà trường."
            ),
            P(
                "Các đảng viên tập trung thảo luận về việc thiết kế bài giảng theo hướng tích hợp, "
                "sử dụng tình huống thực tiễn của địa phương và đánh giá kết quả học tập bằng bài tập "
                "nhóm."
            ),
            Img(up("11", "chi-bo-llcs.jpg"), "Đảng viên Chi bộ Khoa Lý luận cơ sở thảo luận tại buổi sinh hoạt",
                "Đảng viên Chi bộ Khoa Lý luận cơ sở thảo luận tại buổi sinh hoạt", "fig"),
            P(
                "Kết thúc buổi sinh hoạt, chi bộ thống nhất giao mỗi giảng viên đăng ký ít nhất một bài "
                "giảng mẫu trong học kỳ I năm học 2026-2027."
            ),
            Raw('<p style="text-align: right;"><strong>Khoa Lý luận cơ sở</strong></p>'),
        ],
        authors=["Khoa Lý luận cơ sở"],
        opts={
            "time": "16:45",
            "home": False,
            "hometext": "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề về đổi mới phương pháp giảng dạy.",
            "poster": "quantri",
            "tags": ["xay-dung-dang"],
        },
    ),
    Story(
        427,
        "thay-giao-phan-dinh-luong-nguoi-giu-lua-tren-buc-giang-ly-luan",
        "Thầy giáo Phan Đình Lương - người “giữ lửa” trên bục giảng lý luận",
        "guong-sang-quanh-ta",
        "2026-11-25T10:20:00+07:00",
        [
            P(
                "Hơn 28 năm đứng lớp, thầy Phan Đình Lương, giảng viên chính Khoa Lý luận cơ sở, đã "
                "giảng dạy cho hàng nghìn học viên là cán bộ chủ chốt cấp xã, cấp huyện trong toàn tỉnh."
            ),
            P(
                "Học viên nhớ thầy bởi những bài giảng không khô cứng: mỗi nguyên lý đều được minh họa "
                "bằng một câu chuyện ở làng quê Hà Tĩnh, từ chuyện dồn điền đổi thửa ở Thạch Hà đến "
                "chuyện xây dựng nông thôn mới ở Vũ Quang."
            ),
            P(
                "Ngoài giờ lên lớp, thầy dành nhiều thời gian đi thực tế cơ sở, viết hơn 40 bài nghiên "
                "cứu, trao đổi đăng trên các tạp chí và Trang thông tin điện tử của nhà trường."
            ),
            P("Trong cuốn sổ tay của thầy có chép mấy câu thơ mà thầy hay đọc cho học viên:", ""),
            P("Muốn nên sự nghiệp lớn", "br"),
            P("Tinh thần càng phải cao", "br"),
            P("Đi thực tế mới hiểu", "br"),
            P("Lời giảng mới đi vào.", "br"),
            P(
                "Năm 2026, thầy được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong "
                "công tác đào tạo, bồi dưỡng cán bộ."
            ),
        ],
        authors=["Trần Thị Hoài Thương"],
        summary=(
            "Gần ba mươi năm gắn bó với sự nghiệp đào tạo cán bộ, thầy Phan Đình Lương luôn tâm niệm "
            "bài giảng lý luận phải bắt đầu từ hơi thở của cuộc sống."
        ),
        sapo_outside=True,
        opts={
            "time": "10:20",
            "home": True,
            "homeimg": (up("11", "thay-phan-dinh-luong.jpg"), "", "left"),
            "field_author": "Trần Thị Hoài Thương",
            "tags": ["guong-sang"],
        },
    ),
    Story(
        426,
        "be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        "Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        "dao-tao-boi-duong",
        "2026-11-20T14:00:00+07:00",
        [
            P(
                "Ngày 19/11/2026, Trường Chính trị Trần Phú phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức "
                "bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Trong 10 ngày, 112 học viên là trưởng thôn, tổ trưởng tổ dân phố, cán bộ các đoàn thể "
                "cơ sở đã được bồi dưỡng 8 chuyên đề về quan điểm của Đảng về quốc phòng, an ninh; xây "
                "dựng thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân."
            ),
            Img(up("11", "be-giang-qpan.jpg"), "Trao giấy chứng nhận cho các học viên hoàn thành khóa học",
                "Trao giấy chứng nhận cho các học viên hoàn thành khóa học", "tbl"),
            P(
                "Kết quả, 100% học viên đủ điều kiện được cấp giấy chứng nhận; 18 học viên đạt loại xuất "
                "sắc, 76 học viên đạt loại giỏi."
            ),
            Raw('<p style="text-align: right;"><em>Tin: Võ Hải Yến - Ảnh: Chi đoàn Trường</em></p>'),
        ],
        authors=["Võ Hải Yến"],
        photographers=["Chi đoàn Trường"],
        opts={
            "time": "14:00",
            "home": False,
            "hometext": "112 học viên hoàn thành lớp bồi dưỡng kiến thức quốc phòng và an ninh.",
            "tags": ["quoc-phong-an-ninh"],
        },
    ),
    Story(
        425,
        "truong-chinh-tri-tran-phu-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Trường Chính trị Trần Phú kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "tin-tuc-su-kien",
        "2026-11-17T09:30:00+07:00",
        [
            P(
                "Dự buổi lễ có đồng chí Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; lãnh đạo Sở Giáo dục "
                "và Đào tạo cùng các thế hệ nhà giáo của nhà trường qua các thời kỳ."
            ),
            P(
                "Năm học 2025-2026, nhà trường đã tổ chức 96 lớp đào tạo, bồi dưỡng với hơn 6.800 lượt "
                "học viên; có 5 đề tài khoa học cấp tỉnh được nghiệm thu đạt loại khá trở lên."
            ),
            Img(up("11", "ky-niem-20-11-a.jpg"), "Các thế hệ nhà giáo của nhà trường dự lễ kỷ niệm",
                "Các thế hệ nhà giáo của nhà trường dự lễ kỷ niệm", "plain"),
            P(
                "Dịp này, 12 giảng viên được tặng danh hiệu Chiến sỹ thi đua cơ sở, 2 tập thể được tặng "
                "Giấy khen của Giám đốc Sở Nội vụ."
            ),
            Img(up("11", "ky-niem-20-11-b.jpg"), None, None, "none"),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ do cán bộ, giảng viên và học viên các lớp "
                "Trung cấp lý luận chính trị biểu diễn."
            ),
        ],
        authors=["Hoàng Minh Đức"],
        summary=(
            "Sáng 17/11, Trường Chính trị Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam và biểu dương các nhà giáo tiêu biểu."
        ),
        sapo_outside=True,
        opts={
            "time": "09:30",
            "home": True,
            "homeimg": (up("11", "ky-niem-20-11.jpg"), "Quang cảnh buổi lễ kỷ niệm", "center"),
            "field_author": "Hoàng Minh Đức",
            "tags": ["nha-giao"],
        },
    ),
    Story(
        424,
        "mot-so-giai-phap-nang-cao-chat-luong-giang-day-cac-mon-ly-luan-chinh-tri",
        "Một số giải pháp nâng cao chất lượng giảng dạy các môn lý luận chính trị theo hướng phát huy tính tích cực của học viên",
        "nghien-cuu-trao-doi",
        "2026-11-10T07:45:00+07:00",
        [
            P(
                "Ngày 05/11/2026, Hội đồng khoa học nhà trường đã thông qua chuyên đề này làm tài liệu "
                "sinh hoạt chuyên môn. Trong phạm vi bài viết, chúng tôi trao đổi một số giải pháp được "
                "rút ra từ thực tiễn giảng dạy tại các lớp Trung cấp lý luận chính trị - hành chính."
            ),
            P("1. Đổi mới thiết kế bài giảng", "h"),
            P(
                "Bài giảng cần được thiết kế theo hướng mở, xác định rõ mục tiêu về kiến thức, kỹ năng, "
                "thái độ; mỗi bài có ít nhất một tình huống thực tiễn để học viên thảo luận."
            ),
            P("2. Vận dụng linh hoạt các phương pháp dạy học tích cực", "h"),
            P("Phương pháp thảo luận nhóm, đóng vai, xử lý tình huống;", "li"),
            P("Phương pháp nêu vấn đề kết hợp thuyết trình ngắn;", "li"),
            P("Sử dụng sơ đồ tư duy và bài giảng điện tử tương tác.", "li"),
            P("3. Đổi mới kiểm tra, đánh giá", "h"),
            P(
                "Kết hợp đánh giá quá trình với đánh giá kết thúc học phần; tăng tỷ trọng bài tập tình "
                "huống, tiểu luận gắn với thực tiễn cơ quan, đơn vị của học viên."
            ),
            P("Tài liệu tham khảo", "b"),
            P("1. Học viện Chính trị quốc gia Hồ Chí Minh: Giáo trình Phương pháp giảng dạy lý luận chính trị, Nxb. Lý luận chính trị, 2021.", "note"),
            P("2. Quy định số 57-QĐ/TW ngày 08/02/2022 của Bộ Chính trị về chương trình đào tạo lý luận chính trị.", "note"),
        ],
        authors=["Trần Văn Hùng", "Lê Thị Mai"],
        opts={
            "time": "07:45",
            "home": False,
            "hometext": "Bài viết trao đổi một số giải pháp đổi mới phương pháp giảng dạy lý luận chính trị.",
            "tpl": "essay",
            "essay_author": "TS. Trần Văn Hùng, ThS. Lê Thị Mai",
            "updated": "12/11/2026 10:05",
            "titlesite": "Giải pháp nâng cao chất lượng giảng dạy lý luận chính trị",
            "tags": ["phuong-phap-giang-day"],
        },
    ),
    Story(
        423,
        "ha-tinh-quan-triet-nghi-quyet-hoi-nghi-trung-uong-lan-thu-hai-khoa-xiv",
        "Hà Tĩnh quán triệt Nghị quyết Hội nghị Trung ương lần thứ hai, khóa XIV",
        "tin-tuc-su-kien",
        "2026-11-05T15:10:00+07:00",
        [
            P(
                "Hội nghị được tổ chức trực tiếp tại Hội trường Tỉnh ủy và trực tuyến đến các điểm cầu "
                "xã, phường trong toàn tỉnh với hơn 12.000 cán bộ, đảng viên tham dự."
            ),
            P(
                "Các báo cáo viên đã truyền đạt những nội dung cơ bản của các nghị quyết, kết luận được "
                "thông qua tại Hội nghị; trong đó nhấn mạnh yêu cầu đổi mới công tác đào tạo, bồi dưỡng "
                "cán bộ đáp ứng yêu cầu của mô hình chính quyền địa phương hai cấp."
            ),
            Img(up("11", "quan-triet-nq.jpg"), "Các đại biểu dự hội nghị tại điểm cầu Trường Chính trị Trần Phú",
                "Các đại biểu dự hội nghị tại điểm cầu Trường Chính trị Trần Phú", "em"),
            P(
                "Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy xây dựng chương trình "
                "hành động cụ thể, hoàn thành trước ngày 30/12/2026."
            ),
        ],
        authors=["Dương Chiến"],
        source="Báo Hà Tĩnh",
        summary=(
            "Sáng 05/11, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị học tập, quán triệt Nghị quyết "
            "Hội nghị Trung ương lần thứ hai, khóa XIV."
        ),
        sapo_outside=True,
        opts={
            "time": "15:10",
            "home": True,
            "field_author": "Dương Chiến",
            "field_source": "Báo Hà Tĩnh",
            "tags": ["nghi-quyet"],
        },
    ),
    Story(
        422,
        "hoc-vien-tran-thi-lan-thu-khoa-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-82",
        "Học viên Trần Thị Lan - thủ khoa lớp Trung cấp lý luận chính trị - hành chính khóa 82",
        "guong-sang-quanh-ta",
        "2026-10-30T08:30:00+07:00",
        [
            P(
                "Là cán bộ Hội Liên hiệp Phụ nữ xã Kỳ Hoa, chị Trần Thị Lan vừa công tác, vừa chăm sóc "
                "hai con nhỏ nhưng không bỏ buổi học nào trong suốt khóa học."
            ),
            P(
                "Chị tốt nghiệp thủ khoa với điểm trung bình 8,86; khóa luận “Nâng cao hiệu quả công "
                "tác vận động phụ nữ tham gia xây dựng nông thôn mới ở xã Kỳ Hoa” được hội đồng đánh "
                "giá cao về tính thực tiễn."
            ),
            Img(up("10", "thu-khoa-k82.jpg"), "Chị Trần Thị Lan (thứ hai từ trái sang) nhận giấy khen của nhà trường",
                "Chị Trần Thị Lan (thứ hai từ trái sang) nhận giấy khen của nhà trường", "em"),
            P(
                "“Điều tôi học được nhiều nhất là cách nhìn vấn đề của cơ sở bằng con mắt lý luận”, "
                "chị Lan chia sẻ.",
                "quote",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thu Trang</strong></p>'),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Nguyễn Thu Trang"],
        opts={
            "time": "08:30",
            "home": False,
            "hometext": "Gương học viên vượt khó học tốt.",
            "tags": ["guong-sang"],
        },
    ),
    Story(
        421,
        "hoi-nghi-tong-ket-nam-hoc-2025-2026-va-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        "Hội nghị tổng kết năm học 2025-2026 và triển khai nhiệm vụ năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-10-22T14:20:00+07:00",
        [
            P(
                "Năm học 2025-2026, nhà trường hoàn thành toàn diện các chỉ tiêu đề ra. Hội nghị thống "
                "nhất các nhiệm vụ trọng tâm năm học mới như sau:"
            ),
            P("Tiếp tục đổi mới nội dung, chương trình theo Quy định số 57-QĐ/TW;", "li"),
            P("Hoàn thành bộ tiêu chí trường chính trị chuẩn mức 1 trước tháng 6/2027;", "li"),
            P("Triển khai phần mềm quản lý đào tạo và hồ sơ học viên trực tuyến;", "li"),
            P("Mỗi giảng viên có ít nhất một bài viết đăng trên Trang thông tin điện tử của trường.", "li"),
            P(
                "Hội nghị đã biểu quyết thông qua Quy chế chi tiêu nội bộ năm 2027 và bầu Ban Thanh tra "
                "nhân dân nhiệm kỳ 2026-2028."
            ),
        ],
        summary=(
            "Chiều 21/10, Trường Chính trị Trần Phú tổ chức Hội nghị tổng kết năm học 2025-2026 và "
            "triển khai nhiệm vụ năm học 2026-2027."
        ),
        sapo_outside=True,
        opts={
            "time": "14:20",
            "home": True,
            "field_author": "BBT",
            "poster": "quantri",
            "attach": "Bao-cao-tong-ket-nam-hoc-2025-2026.pdf",
            "tags": ["tong-ket"],
        },
    ),
    Story(
        420,
        "thong-bao-chieu-sinh-lop-boi-duong-nghiep-vu-cong-tac-dan-van-nam-2026",
        "Thông báo chiêu sinh lớp Bồi dưỡng nghiệp vụ công tác dân vận năm 2026",
        "dao-tao-boi-duong",
        "2026-10-15T09:00:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch số 215-KH/TCT ngày 01/10/2026 của Trường Chính trị Trần Phú, nhà "
                "trường thông báo chiêu sinh lớp Bồi dưỡng nghiệp vụ công tác dân vận năm 2026 như sau:"
            ),
            P("1. Đối tượng", "b"),
            P(
                "Cán bộ làm công tác dân vận ở các xã, phường; cán bộ Mặt trận Tổ quốc và các đoàn thể "
                "chính trị - xã hội cấp xã chưa qua bồi dưỡng nghiệp vụ."
            ),
            P("2. Thời gian, địa điểm", "b"),
            P("Nội dung | Thời gian | Địa điểm", "th"),
            P("Nhận hồ sơ | 15/10 - 30/10/2026 | Phòng Quản lý đào tạo", "td"),
            P("Khai giảng | 7 giờ 30 ngày 05/11/2026 | Hội trường A", "td"),
            P("Học tập trung | 05/11 - 14/11/2026 | Cơ sở 1 của nhà trường", "td"),
            P(
                "Mọi chi tiết xin liên hệ Phòng Quản lý đào tạo và Nghiên cứu khoa học, điện thoại "
                "0239.3855.412."
            ),
        ],
        authors=["Phòng Quản lý đào tạo và Nghiên cứu khoa học"],
        opts={
            "time": "09:00",
            "home": False,
            "hometext": "Chiêu sinh lớp bồi dưỡng nghiệp vụ công tác dân vận năm 2026.",
            "field_author": "Phòng Quản lý đào tạo và Nghiên cứu khoa học",
            "tags": ["dan-van"],
        },
    ),
    Story(
        419,
        "truong-chinh-tri-tran-phu-ky-ket-chuong-trinh-phoi-hop-voi-truong-dai-hoc-ha-tinh",
        "Trường Chính trị Trần Phú ký kết chương trình phối hợp với Trường Đại học Hà Tĩnh",
        "tin-tuc-su-kien",
        "2026-10-08T16:00:00+07:00",
        [
            P(
                "Theo chương trình, hai đơn vị phối hợp trong đào tạo, bồi dưỡng cán bộ; trao đổi giảng "
                "viên thỉnh giảng; cùng tổ chức hội thảo khoa học và chia sẻ tài liệu, học liệu số."
            ),
            Img(up("10", "ky-ket-dhht.jpg"), "Lãnh đạo hai đơn vị ký kết chương trình phối hợp giai đoạn 2026-2030",
                "Lãnh đạo hai đơn vị ký kết chương trình phối hợp giai đoạn 2026-2030", "fig"),
            P(
                "Trường Đại học Hà Tĩnh sẽ hỗ trợ nhà trường xây dựng hệ thống học liệu điện tử và đào "
                "tạo kỹ năng số cho giảng viên; Trường Chính trị Trần Phú cử giảng viên tham gia giảng "
                "dạy các học phần lý luận chính trị cho sinh viên."
            ),
            Raw(
                '<div class="tinlienquan" style="border:1px solid #ccc;padding:6px;"><p><strong>Tin liên '
                'quan:</strong></p><ul><li><a href="/vi/news/tin-tuc-su-kien/hoi-nghi-tong-ket-nam-hoc-'
                '2025-2026-va-trien-khai-nhiem-vu-nam-hoc-2026-2027-421.html">Hội nghị tổng kết năm học '
                "2025-2026</a></li></ul></div>"
            ),
            P(
                "Chương trình phối hợp có hiệu lực từ ngày ký đến hết năm 2030, hằng năm hai bên sơ kết, "
                "đánh giá kết quả thực hiện."
            ),
            Raw('<p style="text-align: right;">Tin: <strong>Hải Yến</strong></p>'),
        ],
        authors=["Hải Yến"],
        summary=(
            "Ngày 07/10, Trường Chính trị Trần Phú và Trường Đại học Hà Tĩnh ký kết chương trình phối "
            "hợp giai đoạn 2026-2030."
        ),
        sapo_outside=True,
        opts={
            "time": "16:00",
            "home": True,
            "homeimg": (up("10", "ky-ket-dhht-home.jpg"), "Toàn cảnh lễ ký kết", "left"),
            "tags": ["hop-tac"],
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
ORDERED = sorted(STORIES, key=lambda s: s.published_at, reverse=True)
TAGS = {
    "hop-tac": "hợp tác",
    "trung-cap-llct": "trung cấp lý luận chính trị",
    "tu-tuong-ho-chi-minh": "tư tưởng Hồ Chí Minh",
    "xay-dung-dang": "xây dựng Đảng",
    "guong-sang": "gương sáng",
    "quoc-phong-an-ninh": "quốc phòng an ninh",
    "nha-giao": "nhà giáo",
    "phuong-phap-giang-day": "phương pháp giảng dạy",
    "nghi-quyet": "nghị quyết",
    "tong-ket": "tổng kết",
    "dan-van": "dân vận",
}
#: the "Tin đọc nhiều" block (a fixed choice of the theme's cache: all on the lists' first pages)
MOST_READ = (429, 431, 427, 430, 428)
TOPIC = "hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh"
#: the two articles the old marquee block links in NukeViet's non-rewritten form
INDEX_PHP_LINKED = (431, 425)


def path_of(s: Story, cat: str | None = None) -> str:
    return f"/vi/news/{cat or s.cat}/{s.slug}-{s.id}.html"


def print_path(s: Story) -> str:
    return f"/vi/news/print/{s.cat}/{s.slug}-{s.id}.html"


def index_php(s: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={s.cat}/{s.slug}-{s.id}"


def in_cat(cat: str) -> list[Story]:
    return [s for s in ORDERED if s.cat == cat or cat in s.opts.get("cats", [])]


def _gold(s: Story) -> dict:
    alts = [print_path(s)] + ([index_php(s)] if s.id in INDEX_PHP_LINKED else [])
    rec = gold_record(s, path_of(s), CATEGORIES[s.cat], alt_paths=alts)
    hi = s.opts.get("homeimg")
    if s.opts.get("home") and hi:
        rec["images"].insert(0, {"path": hi[0], "caption": hi[1] or None})
    return rec


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/vi/about/gioi-thieu-chung.html",
    "/vi/laws/detail/Ke-hoach-215-KH-TCT-mo-lop-boi-duong-cong-tac-dan-van-nam-2026-45.html",
    "/vi/photos/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-12.html",
    "/vi/contact/",
    "/vi/news/topic/hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh",
    f"/vi/news/sendmail/{STORIES[0].cat}/{STORIES[0].slug}-{STORIES[0].id}.html",
]

# --- printing -------------------------------------------------------------------------------


def _dt(s: Story) -> tuple[str, str, str]:
    """(dd/mm/YYYY, HH:MM, weekday) of the publication."""
    import datetime as _d

    day = _d.date.fromisoformat(s.published_at[:10])
    return day.strftime("%d/%m/%Y"), s.published_at[11:16], WEEKDAYS[day.weekday()]


def publtime(s: Story) -> str:
    d, t, wd = _dt(s)
    return f"{wd} - {d} {t}"


def short_title(s: Story) -> str:
    return s.title if len(s.title) <= 80 else s.title[:77].rsplit(" ", 1)[0] + "..."


def hometext(s: Story) -> str:
    return s.summary or s.opts.get("hometext", "")


def thumb(s: Story) -> str:
    hi = s.opts.get("homeimg")
    name = hi[0].rsplit("/", 1)[-1] if hi else "no_image.gif"
    month = s.published_at[5:7]
    return f"/assets/news/2026_{month}/{name}" if hi else "/themes/tct_hatinh/images/no_image.gif"


def _img_tag(img: Img, alt: str) -> str:
    return f'<img alt="{esc(alt)}" height="450" src="{img.src}" width="680" />'


def render_body(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            name = b.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            if b.style == "fig":
                out.append(f'<figure class="image" style="display:inline-block">{_img_tag(b, b.printed)}'
                           f"<figcaption>{esc(b.printed)}</figcaption></figure>")
            elif b.style == "tbl":
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:680px">'
                    f'<tbody><tr><td>{_img_tag(b, name)}</td></tr>'
                    f'<tr><td style="text-align: center;"><span style="font-size:12px;">{esc(b.printed)}'
                    "</span></td></tr></tbody></table>"
                )
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b, name)}</p>')
                if b.style == "em":
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
                elif b.style == "plain":
                    out.append(f'<p style="text-align: center;">{esc(b.printed)}</p>')
        elif b.style in ("li", "th", "td", "br"):
            group = []
            kinds = ("th", "td") if b.style in ("th", "td") else (b.style,)
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in kinds:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{text(p.text)}</li>" for p in group) + "</ul>")
            elif b.style == "br":
                out.append('<p style="text-align: center;"><em>' + "<br />\n".join(text(p.text) for p in group) + "</em></p>")
            else:
                rows = []
                for p in group:
                    tag = "th" if p.style == "th" else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in p.text.split(" | ")) + "</tr>")
                out.append('<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>'
                           + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "h":
            out.append(f"<h3>{text(b.text)}</h3>")
        elif b.style == "b":
            out.append(f"<p><strong>{text(b.text)}</strong></p>")
        elif b.style == "note":
            out.append(f'<p style="text-align: justify;"><span style="font-size:12px;">{text(b.text)}</span></p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p>{text(b.text)}</p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    if s.opts.get("attach"):
        f = s.opts["attach"]
        out.append(f'<div class="news-download-file"><p><strong>Tài liệu đính kèm:</strong></p><ul><li>'
                   f'<a href="/uploads/news/2026_10/{f}" title="{f}">{f}</a> (Tải về)</li></ul></div>')
    return "\n".join(out)


MENU = [
    ("/vi/", "Trang chủ"),
    ("/vi/about/gioi-thieu-chung.html", "Giới thiệu"),
    ("/vi/news/", "Tin tức"),
    ("/vi/laws/", "Văn bản"),
    ("/vi/photos/", "Thư viện ảnh"),
    ("/vi/contact/", "Liên hệ"),
]


def layout(request: Request, title: str, main: str, head: str = "", crumbs: list[tuple[str, str]] | None = None) -> str:
    sub = "".join(f'<li><a href="/vi/news/{k}/">{esc(v)}</a></li>' for k, v in CATEGORIES.items())
    menu = "".join(
        f'<li class="dropdown"><a href="{h}">{esc(lbl)}</a>'
        + (f'<ul class="submenu">{sub}</ul>' if h == "/vi/news/" else "")
        + "</li>"
        for h, lbl in MENU
    )
    crumb_html = ""
    if crumbs:
        items = "".join(
            f'<li itemprop="itemListElement"><a href="{h}" itemprop="item"><span itemprop="name">{esc(n)}</span></a></li>'
            for h, n in crumbs
        )
        crumb_html = (f'<div class="tct-breadcrumb"><ul class="breadcrumbs list-none"><li><a href="/vi/" '
                      f'title="Trang nhất"><em class="fa fa-home"></em> Trang nhất</a></li>{items}</ul></div>')
    hot = [BY_ID[i] for i in MOST_READ]
    hot_html = "".join(f'<li><a href="{path_of(s)}" title="{esc(s.title)}">{esc(short_title(s))}</a></li>' for s in hot)
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="generator" content="NukeViet v4.3">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="stylesheet" href="/themes/tct_hatinh/css/bootstrap.min.css">
<link rel="stylesheet" href="/themes/tct_hatinh/css/style.css">
<link rel="alternate" href="/vi/news/rss/" title="Tin Tức" type="application/rss+xml">
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script><script src="/assets/js/global.js"></script>
</head>
<body>
<div class="tct-top"><div class="wraper"><span class="current-time">{TODAY}</span>
<span class="hotline">Đường dây nóng: 0239.3855.336</span></div></div>
<header class="tct-banner"><div class="wraper">
<a class="logo" href="/vi/"><img src="/uploads/logo-tct-hatinh.png" alt="{SITE}"></a>
<div class="site-name"><p class="cq-chuquan">TỈNH ỦY HÀ TĨNH</p><p class="ten-truong">TRƯỜNG CHÍNH TRỊ TRẦN PHÚ</p></div>
</div></header>
<nav class="tct-menu"><ul class="nav navbar-nav">{menu}</ul>
<form action="/vi/seek/" method="get" class="search-box"><input name="q" placeholder="Tìm kiếm..."></form></nav>
<div class="tct-marquee"><marquee scrollamount="3">Chào mừng kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)</marquee></div>
<div class="wraper tct-body">{crumb_html}
<div class="row"><div class="col-md-8 col-main">
{main}
</div>
<aside class="col-md-4 col-right">
<div class="panel panel-primary"><div class="panel-heading">Tin đọc nhiều</div><div class="panel-body"><ul class="block-hot">{hot_html}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Tuyến bài</div><div class="panel-body">
<a href="/vi/news/topic/{TOPIC}"><img src="/uploads/banner-hoc-tap-lam-theo-bac.jpg" alt="Học tập và làm theo Bác"></a></div></div>
<div class="panel panel-primary"><div class="panel-heading">Văn bản mới</div><div class="panel-body"><ul>
<li><a href="{NON_ARTICLES[1]}">Kế hoạch số 215-KH/TCT mở lớp bồi dưỡng nghiệp vụ công tác dân vận năm 2026</a></li></ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div><div class="panel-body">
<form action="/vi/voting/" method="post"><p>Bạn đánh giá thế nào về Trang thông tin điện tử của nhà trường?</p>
<label><input type="radio" name="option" value="1"> Rất hữu ích</label><br><label><input type="radio" name="option" value="2"> Hữu ích</label><br>
<label><input type="radio" name="option" value="3"> Cần cải tiến</label><br><input type="submit" value="Bình chọn"> <a href="/vi/voting/result/1">Xem kết quả</a></form></div></div>
<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body">
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option><option value="https://baohatinh.vn">Báo Hà Tĩnh</option></select></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body counter">
<p>Đang truy cập: <span>23</span></p><p>Hôm nay: <span>1.204</span></p><p>Tháng hiện tại: <span>8.317</span></p><p>Tổng lượt truy cập: <span>2.468.113</span></p></div></div>
</aside></div></div>
<footer class="tct-footer"><div class="wraper">
<p><strong>TRANG THÔNG TIN ĐIỆN TỬ TRƯỜNG CHÍNH TRỊ TRẦN PHÚ TỈNH HÀ TĨNH</strong></p>
<p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông Hà Tĩnh cấp ngày 15/3/2021</p>
<p>Chịu trách nhiệm chính: Đồng chí Nguyễn Văn Hải - Phó Hiệu trưởng phụ trách</p>
<p>Địa chỉ: Số 105 đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh - Điện thoại: 0239.3855.336 - Email: tct@hatinh.gov.vn</p>
<p class="copyright">&copy; Bản quyền thuộc về Trường Chính trị Trần Phú. Thiết kế bởi <a href="https://vinades.vn">VINADES.,JSC</a></p>
</div></footer>
</body></html>"""


def pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}"
    items = []
    if page > 1:
        items.append(f'<li><a href="{href(page - 1)}" title="Trang trước">&laquo;</a></li>')
    for n in range(1, pages + 1):
        items.append(f'<li class="active"><a href="#">{n}</a></li>' if n == page else f'<li><a href="{href(n)}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a href="{href(page + 1)}" title="Trang sau">&raquo;</a></li>')
    return '<div class="text-center"><ul class="pagination">' + "".join(items) + "</ul></div>"


def list_item(s: Story, style: str) -> str:
    d, t, _ = _dt(s)
    if style == "titles":
        return (f'<li><em class="fa fa-angle-right"></em> <a href="{path_of(s)}" title="{esc(s.title)}">'
                f'{esc(short_title(s))}</a> <span class="text-muted">({d})</span></li>')
    return f"""<div class="news_column panel panel-default"><div class="panel-body">
<a href="{path_of(s)}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{thumb(s)}" width="160" class="img-thumbnail pull-left imghome"></a>
<h3><a href="{path_of(s)}" title="{esc(s.title)}">{esc(short_title(s))}</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {d} {t}</li>
<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {s.views()}</li></ul></div>
<div class="text-justify">{esc(hometext(s))}</div></div></div>"""


def listing(request: Request, heading: str, stories: list[Story], base: str, page: int, style: str, crumbs) -> Response | None:
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "\n".join(list_item(s, style) for s in chunk)
    if style == "titles":
        items = f'<ul class="related list-none list-items">{items}</ul>'
    main = f'<div class="page-title"><h2>{esc(heading)}</h2></div>\n{items}\n{pager(base, page, pages)}'
    title = heading + (f" - Trang {page}" if page > 1 else "") + f" - {SITE}"
    return html(layout(request, title, main, crumbs=crumbs))


def home(request: Request) -> Response:
    newest = ORDERED[:5]
    top = newest[0]
    lead = f"""<div class="headline panel panel-default"><div class="panel-body">
<a href="{path_of(top)}"><img src="{thumb(top)}" alt="{esc(top.title)}" class="img-responsive"></a>
<h2><a href="{path_of(top)}">{esc(top.title)}</a></h2><p>{esc(hometext(top))}</p>
<ul class="other">{"".join(f'<li><a href="{path_of(s)}">{esc(short_title(s))}</a></li>' for s in newest[1:])}</ul></div></div>"""
    blocks = []
    for key, name in CATEGORIES.items():
        items = "".join(f'<li><a href="{path_of(s)}">{esc(short_title(s))}</a> <em>({_dt(s)[0]})</em></li>' for s in in_cat(key)[:2])
        blocks.append(f'<div class="panel panel-default block-cat"><div class="panel-heading"><a href="/vi/news/{key}/">{esc(name)}</a></div>'
                      f'<div class="panel-body"><ul>{items}</ul><a class="more" href="/vi/news/{key}/">Xem tiếp &raquo;</a></div></div>')
    focus = BY_ID[430]
    marquee = "".join(
        f'<a href="{esc(index_php(BY_ID[i]))}">{esc(BY_ID[i].title)}</a> &bull; ' for i in INDEX_PHP_LINKED
    ) + f'<a href="{path_of(focus, "tin-tuc-su-kien")}">{esc(focus.title)}</a>'
    main = (f'<div class="block-tieudiem"><strong>Tin tiêu điểm:</strong> <marquee>{marquee}</marquee></div>'
            + lead + "".join(blocks))
    return html(layout(request, f"{SITE} - Trang nhất", main))


def detail(request: Request, s: Story) -> Response:
    base = base_url(request)
    d, t, _ = _dt(s)
    essay = s.opts.get("tpl") == "essay"
    seo = s.opts.get("titlesite") or s.title
    head = (f'<meta name="description" content="{esc(hometext(s))}">\n'
            f'<link rel="canonical" href="{base}{path_of(s)}">\n'
            f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(seo)}">\n'
            f'<meta property="og:url" content="{base}{path_of(s)}">\n'
            f'<meta property="article:published_time" content="{s.published_at[:10]}T{t}:00+0700">\n'
            f'<meta property="article:section" content="{esc(CATEGORIES[s.cat])}">')
    if essay:
        meta = f'<div class="essay-author">Tác giả: <strong>{esc(s.opts["essay_author"])}</strong></div>\n'
        meta += f'<p class="essay-date">Ngày đăng: {d} {t}'
        if s.opts.get("updated"):
            meta += f' <span class="text-muted">| Cập nhật: {s.opts["updated"]}</span>'
        meta += f' <span class="views">| Lượt xem: {s.views()}</span></p>'
    else:
        meta = (f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5 publtime">{publtime(s)}</span>'
                f' <span class="hitstotal">Lượt xem: {s.views()}</span>')
        if s.opts.get("poster"):
            meta += f' <span class="poster">Người đăng: {esc(s.opts["poster"])}</span>'
        meta += "</div></div>"
    top = ""
    if s.opts.get("home"):
        img = ""
        hi = s.opts.get("homeimg")
        if hi:
            src, note, pos = hi
            if pos == "left":
                img = (f'<figure class="article left pointer" onclick="modalShowByObj(\'#imghome\')"><div style="width:200px;">'
                       f'<p class="text-center"><img id="imghome" alt="{esc(note or s.title)}" src="{src}" width="200" class="img-thumbnail"></p>'
                       f"<figcaption>{esc(note)}</figcaption></div></figure>")
            else:
                img = (f'<figure class="article center"><img alt="{esc(note or s.title)}" src="{src}" width="680" class="img-thumbnail">'
                       f"<figcaption>{esc(note)}</figcaption></figure>")
        sapo = f'<div class="hometext m-bottom"><strong>{esc(s.summary)}</strong></div>' if s.summary else ""
        top = f'<div class="clearfix">{img if not hi or hi[2] == "left" else ""}{sapo}{img if hi and hi[2] == "center" else ""}</div>'
    foot = ""
    if s.opts.get("field_author"):
        foot += f'<p class="h5 text-right"><strong>Tác giả bài viết: </strong>{esc(s.opts["field_author"])}</p>'
    if s.opts.get("field_source"):
        foot += f'<p class="h5 text-right"><strong>Nguồn tin: </strong><a href="https://baohatinh.vn" rel="nofollow" target="_blank">{esc(s.opts["field_source"])}</a></p>'
    tags = ", ".join(f'<a title="{esc(TAGS[k])}" href="/vi/news/tag/{k}"><em>{esc(TAGS[k])}</em></a>' for k in s.opts.get("tags", []))
    idx = ORDERED.index(s)
    newer = [x for x in ORDERED[:idx] if x.cat == s.cat][-3:]
    older = [x for x in ORDERED[idx + 1 :] if x.cat == s.cat][:3]

    def rel(xs: list[Story]) -> str:
        return "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{path_of(x)}" title="{esc(x.title)}">{esc(x.title)}</a>'
                       f' <em>({_dt(x)[0]})</em></li>' for x in xs)

    others = ""
    if newer:
        others += f'<p class="h3"><strong>Những tin mới hơn</strong></p><ul class="detail-related related list-none list-items">{rel(newer)}</ul>'
    if older:
        others += f'<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="detail-related related list-none list-items">{rel(older)}</ul>'
    cls = "tct-essay" if essay else "tct-detail"
    main = f"""<div class="news_column {cls} panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(s.title)}</h1>
{meta}
{top}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_body(s)}
</div>
<div class="margin-bottom-lg">{foot}</div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{tags}</div></div></div>
<div class="news_column panel panel-default tools"><div class="panel-body">
<a class="btn btn-default btn-xs" href="/vi/news/sendmail/{s.cat}/{s.slug}-{s.id}.html" title="Gửi bài viết qua email"><em class="fa fa-envelope"></em> Gửi email</a>
<a class="btn btn-default btn-xs" href="{print_path(s)}" target="_blank" title="In bài viết"><em class="fa fa-print"></em> In bài viết</a>
<a class="btn btn-default btn-xs" href="javascript:void(0)" onclick="nv_open_browse('/vi/news/savefile/{s.cat}/{s.slug}-{s.id}.html')" title="Lưu bài viết này"><em class="fa fa-save"></em> Lưu bài</a>
<a class="btn btn-default btn-xs" href="https://www.facebook.com/sharer/sharer.php?u={base}{path_of(s)}" target="_blank">Chia sẻ Facebook</a>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix">
<p>Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p><p>Click để đánh giá bài viết</p></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">{others}</div></div>"""
    crumbs = [("/vi/news/", "Tin Tức"), (f"/vi/news/{s.cat}/", CATEGORIES[s.cat])]
    return html(layout(request, f"{seo} - {CATEGORIES[s.cat]} - {SITE}", main, head, crumbs))


def print_view(s: Story) -> Response:
    d, t, wd = _dt(s)
    sapo = f"<p><strong>{esc(s.summary)}</strong></p>" if s.summary and s.opts.get("home") else ""
    author = s.opts.get("field_author") or s.opts.get("essay_author") or ""
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(s.title)}</title>
<link rel="stylesheet" href="/themes/tct_hatinh/css/news.print.css"></head>
<body onload="window.print()"><div id="print"><div id="hd_print"><h2>{SITE}</h2><p>Trang thông tin điện tử</p></div>
<div id="content"><h1>{esc(s.title)}</h1><p class="time">{wd} - {d} {t}</p>{sapo}
<div id="hometext">{render_body(s)}</div>
<p class="author">{esc(author)}</p><p class="copyright">Địa chỉ bài viết: {path_of(s)}</p></div>
<div id="footerprint"><a href="javascript:;" onclick="window.print()">In bài viết</a> | <a href="javascript:;" onclick="window.close()">Đóng cửa sổ</a></div></div></body></html>"""
    return html(page)


def simple(request: Request, title: str, body: str, crumbs) -> Response:
    return html(layout(request, f"{title} - {SITE}", f'<div class="panel panel-default"><div class="panel-body"><h1>{esc(title)}</h1>{body}</div></div>', crumbs=crumbs))


def sendmail(request: Request, s: Story) -> Response:
    body = (f'<p>Gửi bài viết: <a href="{path_of(s)}">{esc(s.title)}</a></p><form method="post" action="">'
            '<label>Email người nhận</label><input name="friend_email"><label>Tên của bạn</label><input name="your_name">'
            '<label>Nội dung</label><textarea name="your_message"></textarea><input type="submit" value="Gửi bài viết"></form>')
    return html(f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Gửi bài viết qua email</title></head><body>{body}</body></html>')


def laws_detail(request: Request) -> Response:
    rows = [("Số ký hiệu", "215-KH/TCT"), ("Ngày ban hành", "01/10/2026"), ("Ngày hiệu lực", "01/10/2026"),
            ("Trích yếu", "Kế hoạch mở lớp bồi dưỡng nghiệp vụ công tác dân vận năm 2026"),
            ("Cơ quan ban hành", "Trường Chính trị Trần Phú"), ("Người ký", "Nguyễn Văn Hải"), ("Thể loại", "Kế hoạch")]
    table = '<table class="table table-striped">' + "".join(f"<tr><th>{esc(a)}</th><td>{esc(b)}</td></tr>" for a, b in rows) + "</table>"
    body = table + '<p><a href="/uploads/laws/215-kh-tct.pdf">Tải về: 215-kh-tct.pdf</a></p>'
    return simple(request, "Kế hoạch số 215-KH/TCT", body, [("/vi/laws/", "Văn bản")])


class NukeVietSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/vi/"):
            return home(request)
        if path == "/index.php":
            p = request.params
            if p.get("language") == "vi" and p.get("nv") == "news":
                m = re.fullmatch(r"([a-z-]+)/([a-z0-9-]+)-(\d+)", p.get("op", ""))
                if m and (s := BY_ID.get(int(m.group(3)))) and s.slug == m.group(2) and s.cat == m.group(1):
                    return detail(request, s)
            return home(request) if not request.query else None
        crumbs_news = [("/vi/news/", "Tin Tức")]
        if m := re.fullmatch(r"/vi/news/(?:page-(\d+))?", path):
            page = int(m.group(1) or 1)
            if m.group(1) == "1":
                return None
            return listing(request, "Tin Tức", ORDERED, "/vi/news/", page, "thumb", crumbs_news)
        if m := re.fullmatch(r"/vi/news/(print|sendmail)/([a-z-]+)/([a-z0-9-]+)-(\d+)\.html", path):
            s = BY_ID.get(int(m.group(4)))
            if not s or s.slug != m.group(3) or s.cat != m.group(2):
                return None
            return print_view(s) if m.group(1) == "print" else sendmail(request, s)
        if m := re.fullmatch(r"/vi/news/([a-z-]+)/([a-z0-9-]+)-(\d+)\.html", path):
            s = BY_ID.get(int(m.group(3)))
            if not s or s.slug != m.group(2) or m.group(1) not in CATEGORIES:
                return None
            if m.group(1) != s.cat:
                return redirect(base_url(request) + path_of(s), 301)
            return detail(request, s)
        if m := re.fullmatch(r"/vi/news/([a-z-]+)/(?:page-(\d+))?", path):
            key = m.group(1)
            if key not in CATEGORIES or m.group(2) == "1":
                return None
            style = "titles" if key in ("dao-tao-boi-duong", "guong-sang-quanh-ta") else "thumb"
            return listing(request, CATEGORIES[key], in_cat(key), f"/vi/news/{key}/", int(m.group(2) or 1), style,
                           [*crumbs_news, (f"/vi/news/{key}/", CATEGORIES[key])])
        if m := re.fullmatch(r"/vi/news/tag/([a-z-]+)", path):
            if m.group(1) not in TAGS:
                return None
            hits = [s for s in ORDERED if m.group(1) in s.opts.get("tags", [])]
            return listing(request, f"Từ khóa: {TAGS[m.group(1)]}", hits, path + "/", 1, "titles", crumbs_news)
        if path == NON_ARTICLES[4]:
            hits = [BY_ID[429], BY_ID[427], BY_ID[422]]
            return listing(request, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", hits, path + "/", 1,
                           "thumb", crumbs_news)
        if path == NON_ARTICLES[0]:
            body = ("<p>Trường Chính trị Trần Phú tỉnh Hà Tĩnh là đơn vị sự nghiệp công lập trực thuộc Tỉnh ủy, "
                    "có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở.</p>"
                    "<p>Tiền thân của nhà trường là Trường Đảng Trần Phú, thành lập năm 1948.</p>")
            return simple(request, "Giới thiệu chung", body, [("/vi/about/", "Giới thiệu")])
        if path == NON_ARTICLES[1]:
            return laws_detail(request)
        if path == "/vi/laws/":
            return simple(request, "Văn bản", f'<ul><li><a href="{NON_ARTICLES[1]}">215-KH/TCT - Kế hoạch mở lớp bồi dưỡng</a> (01/10/2026)</li></ul>', [("/vi/laws/", "Văn bản")])
        if path == NON_ARTICLES[2]:
            pics = "".join(f'<a href="/uploads/photos/2026_11/nha-giao-{i}.jpg"><img src="/assets/photos/2026_11/nha-giao-{i}.jpg" alt="Ảnh {i}"></a>' for i in range(1, 7))
            body = f'<p class="text-muted">Ngày đăng: 17/11/2026 - 6 ảnh</p><div class="gallery">{pics}</div>'
            return simple(request, "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", body, [("/vi/photos/", "Thư viện ảnh")])
        if path == "/vi/photos/":
            return simple(request, "Thư viện ảnh", f'<ul><li><a href="{NON_ARTICLES[2]}">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></li></ul>', [("/vi/photos/", "Thư viện ảnh")])
        if path == "/vi/contact/":
            body = ('<p>Địa chỉ: Số 105 đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh</p><p>Điện thoại: 0239.3855.336</p>'
                    '<form method="post" action="/vi/contact/"><input name="fname" placeholder="Họ và tên"><input name="femail">'
                    '<textarea name="fcon"></textarea><input type="submit" value="Gửi"></form>')
            return simple(request, "Liên hệ", body, [("/vi/contact/", "Liên hệ")])
        return None


def build_site() -> NukeVietSite:
    return NukeVietSite()
