"""Phòng Giáo dục và Đào tạo thành phố Pleiku (Gia Lai) on a local vendor's PHP site
("Cổng thông tin điện tử" package of a Pleiku web company), jQuery 1.12, lists loaded by AJAX.

Platform
--------
A home-grown PHP application: flat ``.html`` URLs rewritten to PHP scripts, a fixed two-column
layout (content left, sidebar right), jQuery 1.12.4 and one site script ``/js/site.js``. The
article page is rendered on the server; the *lists* are not. The home page and every category
page print only a shell::

    <ul class="tabs">
      <li class='tab active' data-cat='2'>Tin tức - Sự kiện</li>
      <li class='tab' data-cat='3'>Hoạt động chuyên môn</li> …
    </ul>
    <div id='ds-tin'></div>
    <script>
    var CAT_MAC_DINH = 2;
    $(function () {
        var cat = CAT_MAC_DINH;
        $('#ds-tin').load('/ajax/ds-tin.php?cat=' + cat + '&page=1');
        $('.tab').click(function () { cat = $(this).data('cat'); …
            $('#ds-tin').load('/ajax/ds-tin.php?cat=' + cat + '&page=1'); });
    });
    </script>

``/ajax/ds-tin.php?cat=<id>&page=<n>`` answers an HTML *fragment* (no ``<html>``): 3 entries a
page (thumbnail, title link, "(dd/mm/yyyy)", summary) and a pager of ``javascript:void(0)``
links whose ``onclick='taiTrang(2, 3)'`` calls a function defined in the external
``/js/site.js``::

    function taiTrang(cat, page) {
        $('#ds-tin').load('/ajax/ds-tin.php?cat=' + cat + '&page=' + page);
    }

So page 1 of a category is found only by reading the inline script of the home or category
page, pages 2-3 only by reading ``site.js`` as well. Plain ``href`` links to articles exist only
in two widgets: "Tin mới" in the sidebar of every page (the 5 newest articles of the site) and
"Các tin khác" under an article (the 4 newest of its category, the article itself left out).

URL scheme
----------
- ``/`` home (shell with four tabs, ``CAT_MAC_DINH = 2``); ``/index.php`` redirects to ``/``.
- ``/tin-tuc/danh-muc/<cat-id>/<slug>.html`` category shell (one tab, ``CAT_MAC_DINH = <cat>``);
  cat ids 2 Tin tức - Sự kiện, 3 Hoạt động chuyên môn, 4 Công đoàn, 5 Thông báo.
- ``/tin-tuc/chi-tiet/<id>/<slug>.html`` article. The PHP script routes on the id only: a wrong
  slug answers 301 to the right URL (no link on the site prints a wrong slug).
- ``/ajax/ds-tin.php?cat=<id>&page=<n>`` list fragment (not a page, not an article).
- ``/van-ban/`` document register (table), ``/van-ban/chi-tiet/<id>.html`` one document
  (number, dates, signer, PDF under ``/upload/van-ban/``).
- ``/gioi-thieu.html``, ``/lien-he.html`` (contact form posting to itself).
- Uploads ``/upload/tin-tuc/2026/<mm>/<file>.jpg``; layout images under ``/images/``; no
  robots.txt, no sitemap (both 404).

How each gold article is reached
--------------------------------
- The 5 newest (ids 1487, 1484, 1481, 1479, 1476): "Tin mới" on every page.
- Tin tức - Sự kiện (8 articles, newest first 1487, 1481, 1476, 1468 | 1462, 1457, 1449, 1441):
  the first four through "Các tin khác" of 1487 (and AJAX page 1); **1462, 1457 only on AJAX
  page 2, 1449 and 1441 only on AJAX page 3** of cat 2 (pager onclick + site.js).
- Hoạt động chuyên môn (1484, 1465): "Các tin khác" of 1484; AJAX page 1 of cat 3.
- Công đoàn (1479, 1454): "Các tin khác" of 1479; AJAX page 1 of cat 4.
- Thông báo (1478, 1446): no Thông báo article is among the 5 newest, so both are reached only
  through AJAX page 1 of cat 5 (the inline script's URL with a tab's ``data-cat``), then each
  other's "Các tin khác".

Traps
-----
- The list shells: no article link in the home or category pages' main column; the list URL
  is built in an inline script from ``CAT_MAC_DINH`` / ``data-cat`` and the pages beyond the first
  in an external script called from ``onclick`` attributes of ``javascript:void(0)`` links.
- The AJAX fragment is a list of entries with titles, dates and summaries: not an article.
- Header clock "Thứ Sáu, 04/12/2026" on every page: never a publication date.
- "Ngày đăng: 19/11/2026 | Lượt xem: 312": the date (no time printed) and a view counter.
- Bylines: "Phòng GD&ĐT" (the office credits itself: author), "Tin: Rơ Mah Hlim" (a Jrai name,
  kept whole), "Tổ Ngữ văn - Trường THCS Nguyễn Du" (a unit: credited, the school after the dash
  being where it is, as a person's unit is; gold harmonised after the first crawl with
  episerver_sgddt's "Tổ Văn phòng - Trường MN Sơn Ca"), "BBT"
  (nobody), "ThS. Phạm Minh Tuấn - Chuyên viên Phòng GD&ĐT" (degree and post dropped), "Tin,
  ảnh: Siu H'Mai" (both), "Tin: X; Ảnh: Y", a bare right-aligned name before "Nguồn: Báo Gia Lai".
- Captions: centred italic lines; "(Ảnh: Học sinh … )" scene lines give the caption without the
  parentheses and the "Ảnh:" label; a centred plain line; a caption after ``<br>`` in the image's
  own ``<div>``; photos with nothing under them; "Ảnh: Internet" as a credit (nobody).
- The sapo is a separate bold ``<div class="tom-tat">`` above the text on some articles; one
  editor bolded the first paragraph of the text instead.
- Sidebar "Văn bản mới" links document entries (dated, numbered, with a PDF): not articles.

Gold decisions
--------------
- title: ``h1.tieu-de`` as printed (capitals kept); ``<title>`` appends " - Phòng GD&ĐT TP Pleiku".
- published_at: the "Ngày đăng" day, "YYYY-MM-DD" (the page prints no time).
- category: the breadcrumb's last link (display name of the category).
- body: the ``div.noi-dung`` text (with the ``tom-tat`` sapo first where printed): headings,
  list items, table rows (cells joined by " | "), a ``<br>`` line its own paragraph; captions,
  bylines, source lines, tools, "Các tin khác" are not body.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "ajax_tabs_home_pgd"
PLATFORM = "Local vendor PHP portal (jQuery 1.12, lists loaded by $.load AJAX fragments)"
START_PATH = "/"

HEADER_DATE = "Thứ Sáu, 04/12/2026"
SITE_TITLE = "Phòng GD&ĐT TP Pleiku"
PER_PAGE = 3

#: cat id -> (slug, display name)
CATS = {
    2: ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    3: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    4: ("cong-doan", "Công đoàn"),
    5: ("thong-bao", "Thông báo"),
}
CATEGORIES = {slug: name for slug, name in CATS.values()}
CAT_ID = {slug: cid for cid, (slug, _name) in CATS.items()}


def up(date: str, name: str) -> str:
    """Upload path of a photo: /upload/tin-tuc/<yyyy>/<mm>/<file>."""
    return f"/upload/tin-tuc/{date[:4]}/{date[5:7]}/{name}"


def right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


# --- the articles, newest first ------------------------------------------------------------
#
# P styles: "" justified paragraph, "lead" bold first paragraph, "h" sub-heading (<h3>),
# "li" bullet item, "oli" numbered item, "quote", "th"/"td" table rows (cells " | "),
# "br1"+"br2" two lines of one <p> split by <br>. Img styles: "em" (centred italic line),
# "scene" ("(Ảnh: …)" line), "plain" (centred plain line), "div" (caption after <br> in the
# image's div), "none" (nothing under the photo).

STORIES: list[Story] = [
    Story(
        1487,
        "soi-noi-hoi-khoe-phu-dong-cap-thanh-pho-nam-hoc-2026-2027",
        "Sôi nổi Hội khỏe Phù Đổng cấp thành phố năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-12-02",
        [
            P(
                "Trong 5 ngày, hơn 1.200 vận động viên là học sinh của 48 trường tiểu học và THCS "
                "trên địa bàn thành phố đã tranh tài ở 9 môn thi đấu: điền kinh, bơi lội, bóng đá, "
                "cầu lông, bóng bàn, cờ vua, võ cổ truyền, đá cầu và kéo co."
            ),
            Img(
                up("2026-12-02", "hkpd-2026-khai-mac.jpg"),
                "Màn đồng diễn thể dục của học sinh Trường TH Lê Văn Tám tại lễ khai mạc",
                "Màn đồng diễn thể dục của học sinh Trường TH Lê Văn Tám tại lễ khai mạc",
                "em",
            ),
            P(
                "Phát biểu khai mạc, bà Nguyễn Thị Thanh Lịch, Phó Trưởng phòng GD&ĐT, nhấn mạnh: "
                "Hội khỏe Phù Đổng là dịp để đánh giá kết quả công tác giáo dục thể chất trong "
                "trường học, đồng thời phát hiện, bồi dưỡng những học sinh có năng khiếu để thành "
                "lập đội tuyển tham dự Hội khỏe Phù Đổng tỉnh Gia Lai lần thứ XI."
            ),
            P(
                "Các trận đấu diễn ra trên tinh thần thi đấu trung thực, cao thượng. Ở môn bóng đá "
                "nam THCS, đội Trường THCS Phạm Hồng Thái giành chức vô địch sau loạt sút luân lưu "
                "căng thẳng với Trường THCS Nguyễn Du; môn kéo co thu hút đông đảo cổ động viên là "
                "phụ huynh và giáo viên các trường."
            ),
            Img(
                up("2026-12-02", "hkpd-2026-keo-co.jpg"),
                "Nội dung kéo co hỗn hợp khối tiểu học",
                "Nội dung kéo co hỗn hợp khối tiểu học",
                "em",
            ),
            P(
                "Kết thúc Hội khỏe, Ban tổ chức trao 312 huy chương các loại; toàn đoàn khối THCS "
                "nhất thuộc về Trường THCS Nguyễn Du, khối tiểu học nhất thuộc về Trường TH Ngô Mây."
            ),
            right("Tin, ảnh: Siu H'Mai"),
        ],
        authors=["Siu H'Mai"],
        photographers=["Siu H'Mai"],
        summary=(
            "Từ ngày 27/11 đến 01/12/2026, Phòng GD&ĐT thành phố Pleiku tổ chức Hội khỏe Phù Đổng "
            "cấp thành phố năm học 2026-2027 tại Nhà thi đấu tỉnh và sân vận động Pleiku."
        ),
        sapo_outside=True,
    ),
    Story(
        1484,
        "chuyen-de-day-hoc-doc-hieu-van-ban-thong-tin-mon-ngu-van-lop-8",
        "Chuyên đề “Dạy học đọc hiểu văn bản thông tin” môn Ngữ văn lớp 8",
        "hoat-dong-chuyen-mon",
        "2026-11-30",
        [
            P(
                "Sáng 28/11/2026, tại Trường THCS Nguyễn Du, Tổ Ngữ văn của trường phối hợp với Phòng "
                "GD&ĐT tổ chức chuyên đề cấp thành phố “Dạy học đọc hiểu văn bản thông tin theo "
                "Chương trình GDPT 2018” cho giáo viên Ngữ văn các trường THCS."
            ),
            P("Nội dung chuyên đề", "h"),
            P("Đặc trưng thể loại văn bản thông tin trong sách giáo khoa Ngữ văn 8.", "li"),
            P("Thiết kế phiếu học tập giúp học sinh nhận diện cách triển khai thông tin.", "li"),
            P("Kết hợp văn bản đa phương thức (sơ đồ, bảng biểu, hình ảnh) trong giờ đọc.", "li"),
            Img(
                up("2026-11-30", "chuyen-de-ngu-van-8.jpg"),
                "(Ảnh: Tiết dạy minh họa của cô Trần Thị Hồng Nhung với học sinh lớp 8A3)",
                "Tiết dạy minh họa của cô Trần Thị Hồng Nhung với học sinh lớp 8A3",
                "scene",
            ),
            P("Thảo luận và góp ý", "h"),
            P(
                "Sau tiết dạy minh họa, các thầy cô tham gia thảo luận sôi nổi về cách đặt câu hỏi "
                "đọc hiểu theo ba mức độ nhận biết, thông hiểu và vận dụng; nhiều ý kiến đề xuất tăng "
                "thời lượng cho hoạt động học sinh tự đọc ở nhà và chia sẻ trên lớp."
            ),
            P(
                "Chuyên đề đã giúp giáo viên có thêm kinh nghiệm trong việc tổ chức các hoạt động "
                "đọc hiểu tích cực, phát huy năng lực tự học của học sinh."
            ),
            right("Tổ Ngữ văn - Trường THCS Nguyễn Du"),
        ],
        authors=["Tổ Ngữ văn"],
    ),
    Story(
        1481,
        "ngay-hoi-van-hoa-cac-dan-toc-tai-truong-th-le-van-tam",
        "Ngày hội văn hóa các dân tộc tại Trường Tiểu học Lê Văn Tám",
        "tin-tuc-su-kien",
        "2026-11-27",
        [
            P(
                "Chiều 25/11, Trường Tiểu học Lê Văn Tám tổ chức Ngày hội văn hóa các dân tộc với sự "
                "tham gia của hơn 900 học sinh, trong đó gần 300 em là người Jrai, Bahnar ở các làng "
                "Ia Lang, Plei Ốp và Ia Nueng."
            ),
            P(
                "Mỗi lớp dựng một gian trưng bày giới thiệu trang phục, nhạc cụ, món ăn truyền thống "
                "của một dân tộc. Các em học sinh lớp 5 biểu diễn cồng chiêng, múa xoang dưới sự "
                "hướng dẫn của nghệ nhân Rơ Châm Tih."
            ),
            Img(
                up("2026-11-27", "ngay-hoi-van-hoa-1.jpg"),
                "(Ảnh: Học sinh lớp 5A biểu diễn cồng chiêng)",
                "Học sinh lớp 5A biểu diễn cồng chiêng",
                "scene",
            ),
            P(
                "“Chúng em được mặc váy thổ cẩm, được nghe bà con kể chuyện về làng mình. Em thấy rất "
                "tự hào”, em Ksor H'Nhung, học sinh lớp 4C chia sẻ.",
                "quote",
            ),
            Img(up("2026-11-27", "ngay-hoi-van-hoa-2.jpg"), None, None, "none"),
            P(
                "Theo thầy Nguyễn Văn Lợi, Hiệu trưởng nhà trường, ngày hội là hoạt động trải nghiệm "
                "giúp học sinh hiểu và trân trọng bản sắc văn hóa của các dân tộc Tây Nguyên, đồng "
                "thời gắn kết nhà trường với cha mẹ học sinh và già làng, người có uy tín ở địa phương."
            ),
            right("Tin: Rơ Mah Hlim"),
        ],
        authors=["Rơ Mah Hlim"],
    ),
    Story(
        1479,
        "cong-doan-nganh-giao-duc-tham-tang-qua-nha-giao-co-hoan-canh-kho-khan",
        "Công đoàn ngành Giáo dục thăm, tặng quà nhà giáo có hoàn cảnh khó khăn",
        "cong-doan",
        "2026-11-24",
        [
            P(
                "Nhân dịp kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, Ban Thường vụ Công đoàn ngành Giáo "
                "dục thành phố đã đến thăm, tặng quà 35 nhà giáo, nhân viên có hoàn cảnh đặc biệt khó "
                "khăn, mắc bệnh hiểm nghèo tại các trường trên địa bàn."
            ),
            P(
                "Mỗi suất quà trị giá 2 triệu đồng, được trích từ quỹ “Tấm lòng vàng” do đoàn viên "
                "công đoàn toàn ngành đóng góp trong năm 2026, tổng số tiền hơn 70 triệu đồng."
            ),
            Img(
                up("2026-11-24", "tham-hoi-nha-giao.jpg"),
                "Đoàn công tác thăm cô Lê Thị Mai, giáo viên Trường Mầm non Hoa Hồng",
                "Đoàn công tác thăm cô Lê Thị Mai, giáo viên Trường Mầm non Hoa Hồng",
                "plain",
            ),
            P(
                "Thay mặt Ban Thường vụ, ông Trần Đức Thắng, Chủ tịch Công đoàn ngành, gửi lời động "
                "viên các thầy cô vượt qua khó khăn, giữ gìn sức khỏe để tiếp tục gắn bó với sự "
                "nghiệp trồng người."
            ),
            right("Công đoàn ngành Giáo dục"),
        ],
        authors=["Công đoàn ngành Giáo dục"],
    ),
    Story(
        1478,
        "thong-bao-lich-thi-chon-hoc-sinh-gioi-lop-9-cap-thanh-pho",
        "THÔNG BÁO Lịch thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026-2027",
        "thong-bao",
        "2026-11-19",
        [
            P(
                "Căn cứ Kế hoạch số 389/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT thành phố Pleiku về "
                "tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026-2027, Phòng GD&ĐT "
                "thông báo lịch thi cụ thể như sau:"
            ),
            P("Ngày | Buổi | Môn thi | Thời gian làm bài", "th"),
            P("09/12/2026 | Sáng | Ngữ văn, Lịch sử và Địa lí | 150 phút", "td"),
            P("09/12/2026 | Chiều | Toán, Khoa học tự nhiên | 150 phút", "td"),
            P("10/12/2026 | Sáng | Tiếng Anh, Tin học | 120 phút", "td"),
            P(
                "Địa điểm thi: Trường THCS Phạm Hồng Thái, số 86 Nguyễn Viết Xuân, phường Hội Thương.",
                "br1",
            ),
            P("Thí sinh có mặt tại điểm thi lúc 6 giờ 45 phút (buổi sáng) và 13 giờ 15 phút (buổi chiều).", "br2"),
            P(
                "Đề nghị Hiệu trưởng các trường THCS thông báo đến giáo viên bồi dưỡng và học sinh dự "
                "thi biết để thực hiện; học sinh mang theo thẻ học sinh hoặc căn cước."
            ),
        ],
    ),
    Story(
        1476,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam-va-tuyen-duong-nha-giao-tieu-bieu",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương 78 nhà giáo tiêu biểu",
        "tin-tuc-su-kien",
        "2026-11-20",
        [
            P(
                "Dự buổi lễ có lãnh đạo Thành ủy, UBND thành phố, Sở GD&ĐT Gia Lai cùng đông đảo cán "
                "bộ quản lý, giáo viên đại diện cho hơn 3.500 nhà giáo của thành phố."
            ),
            P(
                "Năm học 2025-2026, ngành giáo dục thành phố có 96,5% trường đạt chuẩn quốc gia; 58 "
                "học sinh đạt giải học sinh giỏi cấp tỉnh, 4 học sinh đạt giải cấp quốc gia; tỷ lệ "
                "học sinh lớp 9 được công nhận tốt nghiệp THCS đạt 99,7%."
            ),
            Img(
                up("2026-11-20", "le-20-11-1.jpg"),
                "Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo",
                "Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo",
                "div",
            ),
            P(
                "Dịp này, Chủ tịch UBND thành phố tặng Giấy khen cho 78 nhà giáo tiêu biểu; 15 tập thể "
                "và 26 cá nhân được Giám đốc Sở GD&ĐT tặng Bằng khen vì có thành tích xuất sắc."
            ),
            Img(
                up("2026-11-20", "le-20-11-2.jpg"),
                "Các nhà giáo tiêu biểu nhận Giấy khen",
                "Các nhà giáo tiêu biểu nhận Giấy khen",
                "em",
            ),
            right("Phòng GD&ĐT"),
        ],
        authors=["Phòng GD&ĐT"],
        summary=(
            "Sáng 19/11/2026, Phòng GD&ĐT thành phố Pleiku long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm học "
            "2025-2026."
        ),
        sapo_outside=True,
    ),
    Story(
        1468,
        "trao-120-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-dan-toc-thieu-so",
        "Trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh dân tộc thiểu số",
        "tin-tuc-su-kien",
        "2026-11-13",
        [
            P(
                "Ngày 11/11/2026, Phòng GD&ĐT phối hợp với Hội Khuyến học thành phố và các nhà hảo tâm "
                "trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh dân tộc thiểu số có hoàn "
                "cảnh khó khăn, vượt khó học tốt."
            ),
            P(
                "Mỗi suất học bổng gồm 1,5 triệu đồng tiền mặt, một bộ sách giáo khoa và áo ấm. Các "
                "em nhận học bổng đến từ 22 trường tiểu học và THCS, nhiều nhất là Trường TH Ia Kênh "
                "và Trường THCS Chu Văn An."
            ),
            Img(
                up("2026-11-13", "hoc-bong-tiep-suc.jpg"),
                "Đại diện nhà tài trợ trao học bổng cho học sinh",
                "Đại diện nhà tài trợ trao học bổng cho học sinh",
                "em",
            ),
            P(
                "Em Rơ Châm H'Yên, học sinh lớp 7 Trường THCS Chu Văn An, xúc động: “Em sẽ cố gắng "
                "học thật giỏi để sau này trở thành cô giáo dạy học ở làng mình”."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Lê Thị Bích Ngọc; Ảnh: Nay Blum'
                "</strong></p>"
            ),
        ],
        authors=["Lê Thị Bích Ngọc"],
        photographers=["Nay Blum"],
    ),
    Story(
        1465,
        "tap-huan-ung-dung-tri-tue-nhan-tao-trong-thiet-ke-bai-giang",
        "Tập huấn ứng dụng trí tuệ nhân tạo trong thiết kế bài giảng cho giáo viên THCS",
        "hoat-dong-chuyen-mon",
        "2026-11-06",
        [
            P(
                "Nhằm nâng cao năng lực số cho đội ngũ, ngày 04 và 05/11/2026 Phòng GD&ĐT tổ chức "
                "lớp tập huấn ứng dụng trí tuệ nhân tạo (AI) trong thiết kế bài giảng cho 180 giáo "
                "viên THCS.",
                "lead",
            ),
            P(
                "Lớp tập huấn chia thành 4 nhóm, học tại phòng máy của Trường THCS Trần Phú và Trường "
                "THCS Phạm Hồng Thái. Học viên được hướng dẫn:"
            ),
            P("Sử dụng công cụ AI hỗ trợ soạn kế hoạch bài dạy theo Công văn 5512.", "oli"),
            P("Tạo câu hỏi trắc nghiệm, phiếu học tập và học liệu số có kiểm chứng.", "oli"),
            P("Nhận diện rủi ro, sai lệch thông tin và bảo vệ dữ liệu cá nhân của học sinh.", "oli"),
            Img(
                up("2026-11-06", "tap-huan-ai.jpg"),
                "Giáo viên thực hành tại phòng máy Trường THCS Trần Phú",
                "Giáo viên thực hành tại phòng máy Trường THCS Trần Phú",
                "em",
            ),
            P("Yêu cầu sau tập huấn", "h"),
            P(
                "Mỗi giáo viên hoàn thành một kế hoạch bài dạy có ứng dụng AI, nộp về tổ chuyên môn "
                "trước ngày 30/11/2026; các trường tổ chức sinh hoạt chuyên môn theo nghiên cứu bài "
                "học để chia sẻ kinh nghiệm."
            ),
            right("ThS. Phạm Minh Tuấn - Chuyên viên Phòng GD&ĐT"),
        ],
        authors=["Phạm Minh Tuấn"],
        summary=(
            "Nhằm nâng cao năng lực số cho đội ngũ, ngày 04 và 05/11/2026 Phòng GD&ĐT tổ chức "
            "lớp tập huấn ứng dụng trí tuệ nhân tạo (AI) trong thiết kế bài giảng cho 180 giáo "
            "viên THCS."
        ),
    ),
    Story(
        1462,
        "hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tieu-hoc",
        "Hội thi giáo viên chủ nhiệm lớp giỏi cấp tiểu học năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-10-30",
        [
            P(
                "Từ ngày 26 đến 29/10/2026, 64 giáo viên của 32 trường tiểu học trên địa bàn thành phố "
                "Pleiku tham gia Hội thi giáo viên chủ nhiệm lớp giỏi cấp thành phố."
            ),
            P(
                "Hội thi gồm hai phần: trình bày biện pháp giáo dục học sinh và tổ chức một tiết sinh "
                "hoạt lớp. Nhiều biện pháp có tính thực tiễn cao như xây dựng “Góc bình yên” giúp học "
                "sinh điều chỉnh cảm xúc, phối hợp với cha mẹ học sinh qua sổ liên lạc điện tử."
            ),
            Img(
                up("2026-10-30", "gvcn-gioi.jpg"),
                "Cô Đinh Thị Lan, Trường TH Nguyễn Văn Trỗi, tổ chức tiết sinh hoạt lớp",
                "Cô Đinh Thị Lan, Trường TH Nguyễn Văn Trỗi, tổ chức tiết sinh hoạt lớp",
                "em",
            ),
            P(
                "Kết quả, Ban tổ chức công nhận 52 giáo viên đạt danh hiệu giáo viên chủ nhiệm lớp "
                "giỏi cấp thành phố, trong đó 12 giáo viên có biện pháp được chọn giới thiệu dự thi "
                "cấp tỉnh."
            ),
            Raw('<p style="text-align: right;"><strong>Minh Hiếu</strong></p>'),
            Raw("<p><em>Nguồn: Báo Gia Lai</em></p>"),
        ],
        authors=["Minh Hiếu"],
        source="Báo Gia Lai",
    ),
    Story(
        1457,
        "kiem-tra-cong-tac-an-toan-thuc-pham-tai-cac-bep-an-ban-tru",
        "Kiểm tra công tác an toàn thực phẩm tại các bếp ăn bán trú",
        "tin-tuc-su-kien",
        "2026-10-16",
        [
            P(
                "Từ ngày 08 đến 15/10/2026, đoàn kiểm tra liên ngành của thành phố gồm Phòng GD&ĐT, "
                "Phòng Y tế và Trung tâm Y tế thành phố đã kiểm tra công tác bảo đảm an toàn thực "
                "phẩm tại 27 trường mầm non và tiểu học có tổ chức bán trú."
            ),
            P(
                "Đoàn tập trung kiểm tra hồ sơ nguồn gốc thực phẩm, hợp đồng cung cấp, sổ kiểm thực "
                "ba bước, việc lưu mẫu thức ăn 24 giờ và điều kiện vệ sinh bếp ăn."
            ),
            Img(
                up("2026-10-16", "kiem-tra-attp.jpg"),
                "Đoàn kiểm tra bếp ăn Trường Mầm non Sơn Ca",
                "Đoàn kiểm tra bếp ăn Trường Mầm non Sơn Ca",
                "plain",
            ),
            P(
                "Qua kiểm tra, các đơn vị cơ bản thực hiện tốt quy định; đoàn nhắc nhở 3 trường bổ "
                "sung hồ sơ nhân viên nấu ăn và cải tạo khu sơ chế tách biệt với khu chế biến."
            ),
            P(
                "Phòng GD&ĐT đề nghị các trường tiếp tục công khai thực đơn hằng tuần, mời đại diện "
                "cha mẹ học sinh giám sát bữa ăn bán trú."
            ),
            right("BBT"),
        ],
    ),
    Story(
        1454,
        "giai-cau-long-bong-ban-cong-doan-vien-nganh-giao-duc-nam-2026",
        "Giải cầu lông, bóng bàn công đoàn viên ngành Giáo dục năm 2026",
        "cong-doan",
        "2026-10-18",
        [
            P(
                "Chào mừng Ngày Phụ nữ Việt Nam 20/10, Công đoàn ngành Giáo dục thành phố tổ chức giải "
                "cầu lông, bóng bàn cho công đoàn viên năm 2026 với 214 vận động viên của 41 công "
                "đoàn cơ sở."
            ),
            Img(
                up("2026-10-18", "giai-cau-long.jpg"),
                "Trận chung kết đôi nữ môn cầu lông",
                "Trận chung kết đôi nữ môn cầu lông",
                "em",
            ),
            P("Kết quả toàn đoàn", "h"),
            P("Giải Nhất: Công đoàn Trường THCS Nguyễn Du.", "li"),
            P("Giải Nhì: Công đoàn Trường TH Ngô Mây.", "li"),
            P("Giải Ba: Công đoàn Trường THCS Phạm Hồng Thái và Trường MN Hoa Hồng.", "li"),
            P(
                "Giải đấu là dịp để đoàn viên rèn luyện sức khỏe, giao lưu, học hỏi, tạo không khí "
                "phấn khởi trong các nhà trường."
            ),
            right("Tin, ảnh: Công đoàn ngành Giáo dục"),
        ],
        authors=["Công đoàn ngành Giáo dục"],
        photographers=["Công đoàn ngành Giáo dục"],
    ),
    Story(
        1449,
        "vui-tet-trung-thu-cung-hoc-sinh-cac-lang-dong-bao-dan-toc",
        "Vui Tết Trung thu cùng học sinh các làng đồng bào dân tộc",
        "tin-tuc-su-kien",
        "2026-09-25",
        [
            P(
                "Tối 24/9/2026, Phòng GD&ĐT phối hợp với Thành đoàn Pleiku tổ chức chương trình “Trăng "
                "rằm yêu thương” cho gần 500 học sinh làng Plei Ốp, Ia Lang và Đê Ktu."
            ),
            P(
                "Chương trình có phần rước đèn, phá cỗ, thi làm lồng đèn từ vật liệu tái chế và biểu "
                "diễn văn nghệ của các em học sinh. Ban tổ chức trao 500 phần quà gồm bánh Trung thu, "
                "sữa và đồ dùng học tập."
            ),
            Img(
                up("2026-09-25", "trung-thu-plei-op.jpg"),
                "Ảnh: Internet",
                None,
                "em",
            ),
            P(
                "Đây là hoạt động thường niên nhằm mang lại niềm vui cho học sinh có hoàn cảnh khó "
                "khăn, góp phần động viên các em chuyên cần đến lớp."
            ),
            right("Tin: Ksor Thị Nhi"),
        ],
        authors=["Ksor Thị Nhi"],
    ),
    Story(
        1446,
        "thong-bao-tiep-nhan-ho-so-xet-thang-hang-chuc-danh-nghe-nghiep-giao-vien",
        "Thông báo tiếp nhận hồ sơ xét thăng hạng chức danh nghề nghiệp giáo viên năm 2026",
        "thong-bao",
        "2026-09-12",
        [
            P(
                "Thực hiện Kế hoạch của UBND thành phố về xét thăng hạng chức danh nghề nghiệp viên "
                "chức giáo dục năm 2026, Phòng GD&ĐT thông báo tiếp nhận hồ sơ như sau:"
            ),
            P("1. Đối tượng", "h"),
            P(
                "Giáo viên mầm non, tiểu học, THCS công lập đang giữ hạng III, có đủ tiêu chuẩn, điều "
                "kiện theo Thông tư số 08/2023/TT-BGDĐT."
            ),
            P("2. Hồ sơ gồm", "h"),
            P("Đơn đăng ký dự xét thăng hạng (theo mẫu).", "li"),
            P("Bản sơ yếu lý lịch có xác nhận của thủ trưởng đơn vị.", "li"),
            P("Bản sao các văn bằng, chứng chỉ theo yêu cầu của hạng đăng ký.", "li"),
            P("3. Thời gian, địa điểm", "h"),
            P("Từ ngày 15/9 đến hết ngày 30/9/2026 (trong giờ hành chính),", "br1"),
            P("tại Tổ Tổ chức cán bộ, Phòng GD&ĐT thành phố, số 23 Trần Hưng Đạo, Pleiku.", "br2"),
        ],
    ),
    Story(
        1441,
        "cac-truong-hoc-tren-dia-ban-thanh-pho-tung-bung-khai-giang-nam-hoc-moi",
        "Các trường học trên địa bàn thành phố tưng bừng khai giảng năm học mới 2026-2027",
        "tin-tuc-su-kien",
        "2026-09-05",
        [
            P(
                "Năm học 2026-2027, toàn thành phố có 52.600 học sinh mầm non, tiểu học và THCS, tăng "
                "1.100 em so với năm học trước; 6 phòng học mới tại Trường TH Ia Kênh và Trường THCS "
                "Chu Văn An được đưa vào sử dụng."
            ),
            Img(
                up("2026-09-05", "khai-giang-1.jpg"),
                "(Ảnh: Học sinh lớp 1 Trường TH Ngô Mây trong ngày khai giảng)",
                "Học sinh lớp 1 Trường TH Ngô Mây trong ngày khai giảng",
                "scene",
            ),
            P(
                "Tại Trường THCS Nguyễn Du, đồng chí Bí thư Thành ủy đánh trống khai trường và trao "
                "tặng 20 suất học bổng cho học sinh vượt khó. Tại các điểm trường ở làng, lễ khai "
                "giảng được tổ chức giản dị với tiếng cồng chiêng chào đón học sinh."
            ),
            P(
                "Ngay sau lễ khai giảng, các trường ổn định nề nếp, thực hiện chương trình tuần đầu "
                "theo kế hoạch thời gian năm học của UBND tỉnh."
            ),
            Img(up("2026-09-05", "khai-giang-2.jpg"), None, None, "none"),
            Raw('<p style="text-align: right;"><strong>Tin: Hoàng Anh Tuấn - Ảnh: Rơ Châm H\'Yên</strong></p>'),
        ],
        authors=["Hoàng Anh Tuấn"],
        photographers=["Rơ Châm H'Yên"],
        summary=(
            "Sáng 05/9/2026, hòa chung không khí cả nước, 98 trường học trên địa bàn thành phố "
            "Pleiku đồng loạt tổ chức lễ khai giảng năm học mới."
        ),
        sapo_outside=True,
    ),
]

BY_ID = {s.id: s for s in STORIES}


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (s.published_at, s.id), reverse=True)


def in_cat(cat_id: int) -> list[Story]:
    return newest([s for s in STORIES if CAT_ID[s.cat] == cat_id])


def article_path(story: Story) -> str:
    return f"/tin-tuc/chi-tiet/{story.id}/{story.slug}.html"


def cat_path(cat_id: int) -> str:
    return f"/tin-tuc/danh-muc/{cat_id}/{CATS[cat_id][0]}.html"


def ajax_path(cat_id: int, page: int) -> str:
    return f"/ajax/ds-tin.php?cat={cat_id}&page={page}"


GOLD = [gold_record(s, article_path(s), CATEGORIES[s.cat]) for s in STORIES]

#: the articles reached only through AJAX pages 2-3 of a category (pager + site.js)
AJAX_ONLY = [1462, 1457, 1449, 1441]
#: the articles reached only through AJAX page 1 (the inline script) and each other's "Các tin khác"
INLINE_ONLY = [1478, 1446]

# --- documents (Văn bản) ---------------------------------------------------------------------

DOCS = [
    (
        231,
        "412/PGDĐT-CM",
        "01/12/2026",
        "Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026-2027",
        "Nguyễn Thị Thanh Lịch",
        "412-pgddt-cm.pdf",
    ),
    (
        227,
        "405/KH-PGDĐT",
        "24/11/2026",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp thành phố bậc THCS",
        "Lê Văn Hải",
        "405-kh-pgddt.pdf",
    ),
    (
        219,
        "389/KH-PGDĐT",
        "15/09/2026",
        "Kế hoạch tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026-2027",
        "Lê Văn Hải",
        "389-kh-pgddt.pdf",
    ),
    (
        215,
        "371/PGDĐT-TCCB",
        "05/09/2026",
        "Về việc rà soát, bổ sung hồ sơ viên chức năm 2026",
        "Lê Văn Hải",
        "371-pgddt-tccb.pdf",
    ),
]
DOC_BY_ID = {d[0]: d for d in DOCS}

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/lien-he.html",
    "/van-ban/",
    "/van-ban/chi-tiet/219.html",
    cat_path(2),
    ajax_path(2, 2),
]

# --- chrome ----------------------------------------------------------------------------------

SITE_JS = """/*!
 * site.js - Cong thong tin dien tu Phong GD&DT TP Pleiku
 * (c) 2019 Cong ty TNHH Giai phap phan mem Pho Nui - Pleiku
 */
function taiTrang(cat, page) {
    $('#ds-tin').html('<div class="dang-tai"><img src="/images/loading.gif" alt=""> Đang tải...</div>');
    $('#ds-tin').load('/ajax/ds-tin.php?cat=' + cat + '&page=' + page);
    $('html, body').animate({ scrollTop: $('#ds-tin').offset().top - 80 }, 300);
}

function inBai() {
    window.print();
    return false;
}

$(function () {
    $('#ve-dau-trang').click(function () {
        $('html, body').animate({ scrollTop: 0 }, 400);
        return false;
    });
    $('#lien-ket-web').change(function () {
        if ($(this).val() !== '') { window.open($(this).val(), '_blank'); }
    });
});
"""

MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu.html", "Giới thiệu"),
    (cat_path(2), "Tin tức - Sự kiện"),
    (cat_path(3), "Hoạt động chuyên môn"),
    (cat_path(4), "Công đoàn"),
    (cat_path(5), "Thông báo"),
    ("/van-ban/", "Văn bản"),
    ("/lien-he.html", "Liên hệ"),
]

LINKS = [
    ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
    ("https://gialai.edu.vn", "Sở GD&ĐT Gia Lai"),
    ("https://pleiku.gialai.gov.vn", "Cổng TTĐT thành phố Pleiku"),
    ("https://csdl.moet.gov.vn", "CSDL ngành Giáo dục"),
]


def dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def sidebar() -> str:
    tin_moi = "\n".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">({dmy(s.published_at)})</span></li>'
        for s in newest(STORIES)[:5]
    )
    van_ban = "\n".join(
        f'<li><a href="/van-ban/chi-tiet/{d[0]}.html">{esc(d[1])}</a><p>{esc(d[3])}</p></li>'
        for d in DOCS[:3]
    )
    options = "".join(f'<option value="{url}">{esc(name)}</option>' for url, name in LINKS)
    return f"""<div id="sidebar">
<div class="khoi"><h3 class="tieu-de-khoi">Tin mới</h3><ul class="tin-moi">
{tin_moi}
</ul></div>
<div class="khoi"><h3 class="tieu-de-khoi">Văn bản mới</h3><ul class="van-ban-moi">
{van_ban}
</ul><a class="xem-tat-ca" href="/van-ban/">Xem tất cả »</a></div>
<div class="khoi"><a href="https://dichvucong.gialai.gov.vn" target="_blank"><img src="/images/banner-dvc.png" alt="Dịch vụ công trực tuyến"></a>
<a href="https://hanhchinhcong.gialai.gov.vn" target="_blank"><img src="/images/banner-hcc.png" alt="Hành chính công"></a></div>
<div class="khoi"><h3 class="tieu-de-khoi">Liên kết website</h3>
<select id="lien-ket-web"><option value="">-- Chọn liên kết --</option>{options}</select></div>
<div class="khoi"><h3 class="tieu-de-khoi">Thăm dò ý kiến</h3>
<form class="binh-chon" onsubmit="return false;"><p>Bạn đánh giá thế nào về giao diện website mới?</p>
<label><input type="radio" name="y-kien" value="1"> Rất đẹp, dễ sử dụng</label><br>
<label><input type="radio" name="y-kien" value="2"> Bình thường</label><br>
<label><input type="radio" name="y-kien" value="3"> Cần cải tiến</label><br>
<button type="button">Bình chọn</button> <button type="button">Xem kết quả</button></form></div>
<div class="khoi thong-ke"><h3 class="tieu-de-khoi">Thống kê truy cập</h3>
<ul><li>Đang online: <b>23</b></li><li>Hôm nay: <b>1.187</b></li><li>Hôm qua: <b>1.402</b></li>
<li>Tổng truy cập: <b>2.468.135</b></li></ul></div>
</div>"""


def layout(title: str, content: str, extra_head: str = "") -> str:
    menu = "".join(f'<li><a href="{href}">{esc(name)}</a></li>' for href, name in MENU)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="keywords" content="Phòng GD&amp;ĐT Pleiku, giáo dục Pleiku, Gia Lai">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" type="text/css" href="/css/style.css?v=2.3">
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/js/site.js?v=2.3"></script>
{extra_head}
</head>
<body>
<div id="wrapper">
<div id="top-bar"><span class="ngay-thang">{HEADER_DATE}</span>
<span class="lien-ket-nhanh"><a href="/lien-he.html">Liên hệ</a> | <a href="mailto:pgdpleiku@gialai.edu.vn">Email</a></span></div>
<div id="header"><a href="/" class="logo"><img src="/images/logo-pgd.png" alt="Logo"></a>
<div class="ten-don-vi"><span class="cap-tren">UBND THÀNH PHỐ PLEIKU</span>
<span class="ten">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</span></div>
<img class="banner" src="/images/banner-header-2026.jpg" alt=""></div>
<ul id="menu">{menu}</ul>
<div id="chay-chu"><marquee scrollamount="3">Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026!</marquee></div>
<div id="main">
<div id="content">
{content}
</div>
{sidebar()}
<div class="clear"></div>
</div>
<div id="footer">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ PLEIKU</strong></p>
<p>Địa chỉ: 23 Trần Hưng Đạo, phường Tây Sơn, thành phố Pleiku, tỉnh Gia Lai</p>
<p>Điện thoại: 0269 3824 530 - Fax: 0269 3824 531 - Email: pgdpleiku@gialai.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Trưởng phòng Lê Văn Hải</p>
<p class="ban-quyen">Thiết kế bởi Phố Núi Software</p>
<a href="#" id="ve-dau-trang">Về đầu trang</a>
</div>
</div>
</body>
</html>"""


def page(title: str, content: str, status: int = 200, extra_head: str = "") -> Response:
    return html(layout(f"{title} - {SITE_TITLE}", content, extra_head), status=status)


def not_found() -> Response:
    return page(
        "Không tìm thấy trang",
        '<div class="thong-bao-loi"><h2>Trang bạn tìm không tồn tại hoặc đã bị xóa.</h2>'
        '<p><a href="/">Quay về trang chủ</a></p></div>',
        status=404,
    )


# --- list shells and the AJAX fragment -------------------------------------------------------


def shell_script(default_cat: int) -> str:
    return f"""<script type="text/javascript">
var CAT_MAC_DINH = {default_cat};
$(function () {{
    var cat = CAT_MAC_DINH;
    $('#ds-tin').load('/ajax/ds-tin.php?cat=' + cat + '&page=1');
    $('.tab').click(function () {{
        $('.tab').removeClass('active');
        $(this).addClass('active');
        cat = $(this).data('cat');
        $('#ds-tin').load('/ajax/ds-tin.php?cat=' + cat + '&page=1');
    }});
}});
</script>"""


def home(request: Request) -> Response:
    tabs = "\n".join(
        f"<li class='tab{' active' if cid == 2 else ''}' data-cat='{cid}'>{esc(name)}</li>"
        for cid, (_slug, name) in CATS.items()
    )
    content = f"""<div class="khoi-tin-noi-bat">
<ul class="tabs">
{tabs}
</ul>
<div id='ds-tin'></div>
<noscript><p>Vui lòng bật JavaScript để xem danh sách tin.</p></noscript>
</div>
<div class="khoi-anh"><a href="https://gialai.edu.vn" target="_blank"><img src="/images/banner-chuyen-doi-so.jpg" alt="Chuyển đổi số ngành giáo dục"></a></div>
{shell_script(2)}"""
    return page("Trang chủ", content)


def category(cat_id: int) -> Response:
    _slug, name = CATS[cat_id]
    content = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="{cat_path(cat_id)}">{esc(name)}</a></div>
<h2 class="tieu-de-danh-muc">{esc(name)}</h2>
<ul class="tabs">
<li class='tab active' data-cat='{cat_id}'>{esc(name)}</li>
</ul>
<div id='ds-tin'></div>
{shell_script(cat_id)}"""
    return page(name, content)


def teaser(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 180 else first[:180].rsplit(" ", 1)[0] + "..."


def ajax_list(request: Request) -> Response:
    cat_raw, page_raw = request.params.get("cat", ""), request.params.get("page", "1")
    if not cat_raw.isdigit() or int(cat_raw) not in CATS or not page_raw.isdigit():
        return Response(200, "<p class='khong-co-tin'>Không có dữ liệu.</p>", {"Content-Type": "text/html; charset=utf-8"})
    cat_id, pg = int(cat_raw), int(page_raw)
    stories = in_cat(cat_id)
    pages = max(1, -(-len(stories) // PER_PAGE))
    chunk = stories[(pg - 1) * PER_PAGE : pg * PER_PAGE] if pg >= 1 else []
    if not chunk:
        body = "<p class='khong-co-tin'>Không có tin nào trong mục này.</p>"
        return Response(200, body, {"Content-Type": "text/html; charset=utf-8"})
    items = []
    for s in chunk:
        thumb = s.images[0].src if s.images else "/images/no-image.jpg"
        items.append(
            f"<li class='tin'><a class='anh' href='{article_path(s)}'><img src='{thumb}' alt='' width='150'></a>"
            f"<h4><a href='{article_path(s)}'>{esc(s.title)}</a></h4>"
            f"<span class='ngay'>({dmy(s.published_at)})</span>"
            f"<p class='mo-ta'>{esc(teaser(s))}</p><div class='clear'></div></li>"
        )
    pager = []
    if pages > 1:
        if pg > 1:
            pager.append(f"<a href='javascript:void(0)' onclick='taiTrang({cat_id}, {pg - 1})'>Trang trước</a>")
        for n in range(1, pages + 1):
            if n == pg:
                pager.append(f"<span class='hien-tai'>{n}</span>")
            else:
                pager.append(f"<a href='javascript:void(0)' onclick='taiTrang({cat_id}, {n})'>{n}</a>")
        if pg < pages:
            pager.append(f"<a href='javascript:void(0)' onclick='taiTrang({cat_id}, {pg + 1})'>Trang sau</a>")
    body = (
        "<ul class='ds-tin-tuc'>\n" + "\n".join(items) + "\n</ul>\n"
        + (f"<div class='phan-trang'>{' '.join(pager)}</div>\n" if pager else "")
    )
    return Response(200, body, {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache"})


# --- the article page ------------------------------------------------------------------------


def _img(b: Img, story: Story) -> str:
    return f'<img alt="{esc(story.title[:60])}" src="{b.src}" style="width: 600px; height: 400px;">'


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "div":
                out.append(
                    f'<div style="text-align: center;">{_img(b, story)}<br>\n'
                    f"<i>{esc(b.printed or '')}</i></div>"
                )
            else:
                out.append(f'<p style="text-align: center;">{_img(b, story)}</p>')
                if b.printed and b.style in ("em", "scene"):
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
                elif b.printed and b.style == "plain":
                    out.append(f'<p style="text-align: center;">{esc(b.printed)}</p>')
        elif b.style in ("li", "oli"):
            tag = "ol" if b.style == "oli" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cell = "th" if blocks[i].style == "th" else "td"
                rows.append(
                    "<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | ")) + "</tr>"
                )
                i += 1
            out.append('<table border="1" cellpadding="5" cellspacing="0" style="width: 100%;"><tbody>'
                       + "\n".join(rows) + "</tbody></table>")
            continue
        elif b.style == "br1":
            nxt = blocks[i + 1]
            assert isinstance(nxt, P) and nxt.style == "br2"
            out.append(f'<p style="text-align: justify;">{text(b.text)}<br>\n{text(nxt.text)}</p>')
            i += 2
            continue
        elif b.style == "h":
            out.append(f"<h3>{text(b.text)}</h3>")
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{text(b.text)}</strong></p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p>{text(b.text)}</p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    return "\n".join(out)


def article(story: Story) -> Response:
    cat_id = CAT_ID[story.cat]
    name = CATEGORIES[story.cat]
    others = [s for s in in_cat(cat_id)[:4] if s is not story]
    tin_khac = "\n".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">({dmy(s.published_at)})</span></li>'
        for s in others
    )
    sapo = (
        f'<div class="tom-tat"><strong>{text(story.summary)}</strong></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    path = article_path(story)
    content = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="{cat_path(cat_id)}">{esc(name)}</a></div>
<div class="chi-tiet">
<h1 class="tieu-de">{esc(story.title)}</h1>
<div class="ngay-dang">Ngày đăng: {dmy(story.published_at)} | Lượt xem: {story.views()}</div>
{sapo}
<div class="noi-dung">
{render_body(story)}
</div>
<div class="cong-cu">
<a href="javascript:void(0)" onclick="return inBai();"><img src="/images/icon-print.gif" alt=""> In bài</a>
<a href="mailto:?subject={esc(story.title)}&amp;body=http://pgdpleiku.edu.vn{path}"><img src="/images/icon-email.gif" alt=""> Gửi email</a>
<a href="https://www.facebook.com/sharer/sharer.php?u=http://pgdpleiku.edu.vn{path}" target="_blank"><img src="/images/icon-facebook.png" alt=""> Chia sẻ</a>
<a href="javascript:history.back()">Quay lại</a>
</div>
</div>
<div class="tin-khac"><h3>Các tin khác</h3><ul>
{tin_khac}
</ul></div>"""
    return page(story.title, content)


# --- other pages -----------------------------------------------------------------------------


def gioi_thieu() -> Response:
    content = """<div class="breadcrumb"><a href="/">Trang chủ</a> » Giới thiệu</div>
<div class="trang-tinh"><h1 class="tieu-de">Giới thiệu Phòng Giáo dục và Đào tạo thành phố Pleiku</h1>
<p>Phòng Giáo dục và Đào tạo thành phố Pleiku là cơ quan chuyên môn thuộc UBND thành phố, có chức năng
tham mưu, giúp UBND thành phố quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ sở.</p>
<h3>Lãnh đạo Phòng</h3>
<ul><li>Trưởng phòng: Lê Văn Hải</li><li>Phó Trưởng phòng: Nguyễn Thị Thanh Lịch</li>
<li>Phó Trưởng phòng: Trần Quốc Bảo</li></ul>
<h3>Quy mô</h3>
<p>Toàn thành phố có 98 trường học (35 trường mầm non, 38 trường tiểu học, 25 trường THCS) với hơn
52.000 học sinh và 3.500 cán bộ, giáo viên, nhân viên.</p></div>"""
    return page("Giới thiệu", content)


def lien_he(request: Request) -> Response:
    sent = (
        '<p class="thanh-cong">Cảm ơn bạn đã liên hệ. Chúng tôi sẽ phản hồi sớm nhất.</p>'
        if request.method == "POST"
        else ""
    )
    content = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » Liên hệ</div>
<div class="trang-tinh"><h1 class="tieu-de">Liên hệ</h1>
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ PLEIKU</strong></p>
<p>Địa chỉ: 23 Trần Hưng Đạo, phường Tây Sơn, thành phố Pleiku, tỉnh Gia Lai</p>
<p>Điện thoại: 0269 3824 530 - Email: pgdpleiku@gialai.edu.vn</p>
{sent}
<form method="post" action="/lien-he.html" class="form-lien-he">
<p><label>Họ và tên (*)</label><input type="text" name="ho_ten"></p>
<p><label>Email (*)</label><input type="text" name="email"></p>
<p><label>Tiêu đề</label><input type="text" name="tieu_de"></p>
<p><label>Nội dung (*)</label><textarea name="noi_dung" rows="6"></textarea></p>
<p><input type="submit" value="Gửi liên hệ"> <input type="reset" value="Nhập lại"></p>
</form></div>"""
    return page("Liên hệ", content)


def van_ban_list() -> Response:
    rows = "\n".join(
        f'<tr><td>{n}</td><td><a href="/van-ban/chi-tiet/{d[0]}.html">{esc(d[1])}</a></td>'
        f"<td>{d[2]}</td><td>{esc(d[3])}</td>"
        f'<td><a href="/upload/van-ban/{d[5]}"><img src="/images/icon-pdf.gif" alt="Tải về"></a></td></tr>'
        for n, d in enumerate(DOCS, 1)
    )
    content = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » Văn bản</div>
<h2 class="tieu-de-danh-muc">Văn bản chỉ đạo, điều hành</h2>
<table class="bang-van-ban" border="1" cellpadding="4" cellspacing="0">
<thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>
{rows}
</tbody></table>"""
    return page("Văn bản", content)


def van_ban_detail(doc_id: int) -> Response:
    d = DOC_BY_ID[doc_id]
    kind = "Kế hoạch" if "/KH-" in d[1] else "Công văn"
    content = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/van-ban/">Văn bản</a> » {esc(d[1])}</div>
<h2 class="tieu-de-danh-muc">Chi tiết văn bản</h2>
<table class="chi-tiet-van-ban" border="1" cellpadding="4" cellspacing="0">
<tr><th>Số/Ký hiệu</th><td>{esc(d[1])}</td></tr>
<tr><th>Ngày ban hành</th><td>{d[2]}</td></tr>
<tr><th>Ngày hiệu lực</th><td>{d[2]}</td></tr>
<tr><th>Loại văn bản</th><td>{kind}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Phòng GD&amp;ĐT thành phố Pleiku</td></tr>
<tr><th>Người ký</th><td>{esc(d[4])}</td></tr>
<tr><th>Trích yếu</th><td>{esc(d[3])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/upload/van-ban/{d[5]}">{d[5]}</a></td></tr>
</table>
<p><a href="/van-ban/">« Quay lại danh sách văn bản</a></p>"""
    return page(d[1], content)


# --- routing ---------------------------------------------------------------------------------

_ARTICLE = re.compile(r"/tin-tuc/chi-tiet/(\d+)/([a-z0-9-]+)\.html")
_CATEGORY = re.compile(r"/tin-tuc/danh-muc/(\d+)/([a-z0-9-]+)\.html")
_DOC = re.compile(r"/van-ban/chi-tiet/(\d+)\.html")


class AjaxTabsSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/js/site.js",):
            return Response(200, SITE_JS, {"Content-Type": "application/javascript; charset=utf-8"})
        if path.startswith("/upload/van-ban/") and path.endswith(".pdf"):
            name = path.rsplit("/", 1)[-1]
            if any(d[5] == name for d in DOCS):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/upload/", "/images/", "/css/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home(request)
        if path == "/index.php":
            return redirect("/", 301)
        if path == "/ajax/ds-tin.php":
            return ajax_list(request)
        if path == "/gioi-thieu.html":
            return gioi_thieu()
        if path == "/lien-he.html":
            return lien_he(request)
        if path == "/van-ban/":
            return van_ban_list()
        if m := _DOC.fullmatch(path):
            return van_ban_detail(int(m.group(1))) if int(m.group(1)) in DOC_BY_ID else not_found()
        if m := _CATEGORY.fullmatch(path):
            cid = int(m.group(1))
            if cid not in CATS:
                return not_found()
            if m.group(2) != CATS[cid][0]:
                return redirect(cat_path(cid), 301)
            return category(cid)
        if m := _ARTICLE.fullmatch(path):
            story = BY_ID.get(int(m.group(1)))
            if story is None:
                return not_found()
            if m.group(2) != story.slug:
                return redirect(article_path(story), 301)
            return article(story)
        return not_found()


def build_site() -> AjaxTabsSite:
    return AjaxTabsSite()
