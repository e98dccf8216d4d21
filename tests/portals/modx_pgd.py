"""Fixture portal: Phòng GD&ĐT huyện Thạch Hà on MODX Revolution 2.8 (getResources + pdoPage).

Imitates a district education office's site built years ago by a freelancer on MODX Revolution
2.8.x with friendly URLs (alias + ``.html`` for documents, ``/`` for containers), Wayfinder, the
getResources and pdoPage snippets, Breadcrumbs, SimpleSearch, FormIt and Gallery. Every page
carries MODX's ``<base href="http://host/">`` and every internal link, image and file is written
*relative to it* (``tin-tuc/ten-bai.html``, ``assets/images/…``), as TinyMCE and the templates
store them. What it serves:

- the home page: a header banner, "Hôm nay: Thứ Tư, ngày 25/11/2026", the Wayfinder menu
  ``ul#topnav``, a slider of the three newest news resources linked by MODX's raw address
  ``index.php?id=N``, one getResources block per category, the sidebars;
- three containers listed by pdoPage: ``/tin-tuc/`` (Tin tức - Sự kiện, 7 resources, 3 a page:
  3 pages), ``/chuyen-mon/`` (Hoạt động chuyên môn, 3 resources, 2 a page: 2 pages) and
  ``/thong-bao/`` (Thông báo, 3 resources, one page); items in the getResources chunk
  ``div.news-item > a.news-thumb > img, h3 > a, span.date ("12.11.2026"), p.intro``; pager
  ``ul.pagination`` with "Trang đầu", "«", numbers, "»", "Trang cuối" (``?page=N``);
- resources at ``/<container>/<alias>.html`` and the very same page at ``/index.php?id=N`` (no
  ``rel=canonical`` anywhere): breadcrumbs, ``h1.page-title``, the line "12.11.2026 | Nguyễn Văn
  Thành" (publishedon and the creating user's full name; the "Thông báo" template prints the time
  first: "14:30 20.11.2026 | …"), the introtext as ``p.lead`` (bold), the TinyMCE content (centred
  images with the caption as the next centred italic paragraph, or a ``table.img-caption`` with
  an image row and a caption row; images without captions; a timetable table; lists), the TVs
  "Nguồn tin: …" and "Tệp đính kèm:" (files under ``assets/files/``), "Từ khóa" links into the
  search page, share/print tools, "Lượt xem", "Tin khác" (dated);
- chrome: sidebars "Tin mới" (getResources, dated), "Văn bản mới", "Liên kết website" select,
  "Thống kê truy cập" (Đang online / Lượt truy cập: 123.456), a search form, the footer with the
  office's address and hotline;
- non-articles: ``/gioi-thieu.html`` (links an old ``index.php?id=`` address), ``/lien-he.html``
  (FormIt form), ``/van-ban/`` (a document table) and four document resources such as
  ``/van-ban/cong-van-so-123.html`` (TVs Số hiệu, Ngày ban hành, Trích yếu, file), the gallery
  ``/thu-vien-anh/`` and its album ``/thu-vien-anh/?galAlbum=N``, ``/sitemap.html`` (an HTML
  sitemap of every resource), ``/tim-kiem.html`` (SimpleSearch, ``?search=…&page=…``); the manager login ``/manager/``
  (linked "Đăng nhập", not a reader page).

Traps and hard cases: every resource answers at two addresses (alias and ``index.php?id=N``),
without canonical; ``?page=N`` past the end shows the last page with status 200 (and ``?page=1``
answers 301 to the container); the search accepts any words and pages its results; dotted dates
``dd.mm.yyyy`` in listings and on resource pages; a broken snippet call left unparsed in the
"Chuyên môn" sidebar (literal ``[[!getResources? &parents=`7` …``) and a literal ``[[$footer]]``
on pages using the older "Chuyên môn" template — neither belongs to any article; two resources
keep TinyMCE's named entities (``&agrave;``, ``&ecirc;`` …) and one is stored decomposed (NFD);
all links are relative to ``<base href>``; unknown addresses get the MODX error page (404).

Gold (by hand). Articles are the resources under the three news containers; documents, static
pages, the gallery, the sitemap, the search and listings are not. ``index.php?id=N`` is an
alternative address (``alt_paths``). Judgement calls:
- published_at: the resource page's date; date only on the news templates, date and time on the
  "Thông báo" template.
- authors: the in-text signature when there is one ("Tin, ảnh: Phan Thị Hoa"; "Bài: X - Ảnh: Y"),
  otherwise the full name on the date line (the MODX user who wrote it). "Default Admin User"
  (MODX's installer default for the admin account) is no person: no author.
- "Nguồn tin:" TV is the source, as printed ("Báo Hà Tĩnh", "Trường TH Thạch Long").
- the introtext (``p.lead``) is the summary and the first body paragraph.
- captions: the centred italic line under a photo or the caption row of ``table.img-caption``, as
  printed; "(Ảnh: Đức Long)" at its end makes Đức Long a photographer; images without a line have
  caption None. Photos' addresses are resolved against ``<base href>`` (the site root).
- table rows are body paragraphs, cells joined by " | "; list items are paragraphs; a bold
  sub-heading paragraph is body text. "Tệp đính kèm", "Từ khóa", "Tin khác" are not body.
- category: the container named by the breadcrumb.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.entities import codepoint2name
from urllib.parse import parse_qs, quote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "modx_pgd"
PLATFORM = "modx"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Thạch Hà"
SHORT = "Phòng GD&ĐT Thạch Hà"
ADDRESS = "Khối 7, thị trấn Thạch Hà, huyện Thạch Hà, tỉnh Hà Tĩnh"
PHONE = "0239 3 845 216"
HOTLINE = "0912 468 135"
EMAIL = "pgdthachha@hatinh.edu.vn"
COUNTER = "123.456"
IMG = "assets/images/tin-tuc/2026"

#: containers: alias -> (resource id, printed name, items per pdoPage page, template)
CATS: dict[str, tuple[int, str, int, str]] = {
    "tin-tuc": (5, "Tin tức - Sự kiện", 3, "news"),
    "chuyen-mon": (7, "Hoạt động chuyên môn", 2, "old"),
    "thong-bao": (6, "Thông báo", 5, "notice"),
}

#: MODX users: id -> fullname as ``userinfo=`fullname``` prints it
USERS = {
    1: "Default Admin User",
    2: "Nguyễn Văn Thành",
    3: "Lê Thị Minh Nguyệt",
    4: "Trần Đình Khánh",
}


def _sig(text: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(text)}</strong></p>')


# opts: user (createdby), at (HH:MM, Thông báo template), nguon (TV), files [(href, name)],
# tags [words], enc ("named": TinyMCE named entities; "nfd": decomposed text), date (dd.mm.yyyy)
STORIES: list[Story] = [
    Story(
        id=148,
        slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="tin-tuc",
        published_at="2026-11-20",
        summary=(
            "Sáng 19/11/2026, Phòng GD&ĐT huyện Thạch Hà tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà"
            " giáo Việt Nam (20/11/1982 - 20/11/2026) và biểu dương nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi gặp mặt có đồng chí Phó Chủ tịch UBND huyện, đại diện lãnh đạo các ban,"
                " ngành cấp huyện, các thầy cô giáo nguyên là lãnh đạo Phòng qua các thời kỳ cùng"
                " hơn 120 cán bộ quản lý, giáo viên tiêu biểu của các trường mầm non, tiểu học và"
                " trung học cơ sở trên địa bàn."
            ),
            Img(
                f"{IMG}/11/gap-mat-20-11-01.jpg",
                "Đồng chí Phó Chủ tịch UBND huyện tặng hoa chúc mừng đội ngũ nhà giáo",
                "Đồng chí Phó Chủ tịch UBND huyện tặng hoa chúc mừng đội ngũ nhà giáo",
                "table",
            ),
            P(
                "Năm học 2025 - 2026, ngành Giáo dục huyện Thạch Hà tiếp tục giữ vững tốp đầu của"
                " tỉnh về chất lượng giáo dục toàn diện: 18 học sinh đạt giải học sinh giỏi cấp tỉnh"
                " lớp 9, tỷ lệ trường đạt chuẩn quốc gia đạt 96,4%, 100% trường học triển khai hiệu"
                " quả Chương trình giáo dục phổ thông 2018."
            ),
            P(
                "Phát biểu tại buổi gặp mặt, đồng chí Trưởng phòng GD&ĐT ghi nhận sự tận tụy của đội"
                " ngũ nhà giáo, đồng thời đề nghị các đơn vị tiếp tục đẩy mạnh chuyển đổi số, đổi"
                " mới phương pháp dạy học và chăm lo đời sống cán bộ, giáo viên."
            ),
            Img(
                f"{IMG}/11/gap-mat-20-11-02.jpg",
                "Biểu dương 25 nhà giáo tiêu biểu năm 2026",
                "Biểu dương 25 nhà giáo tiêu biểu năm 2026",
                "next",
            ),
            P(
                "Dịp này, Phòng GD&ĐT đã tặng giấy khen cho 25 nhà giáo có nhiều đóng góp trong công"
                " tác dạy học, bồi dưỡng học sinh giỏi và phong trào thi đua của ngành."
            ),
        ],
        authors=["Nguyễn Văn Thành"],
        opts={"user": 2, "tags": ["Ngày Nhà giáo Việt Nam", "thi đua khen thưởng"]},
    ),
    Story(
        id=146,
        slug="truong-th-thach-long-to-chuc-ngay-hoi-doc-sach",
        title="Trường TH Thạch Long tổ chức Ngày hội đọc sách năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-11-16",
        blocks=[
            P(
                "Chiều 13/11/2026, Trường Tiểu học Thạch Long tổ chức Ngày hội đọc sách với chủ đề"
                " “Mỗi cuốn sách - Một người bạn” cho hơn 450 học sinh toàn trường."
            ),
            P(
                "Tại ngày hội, các lớp trưng bày gian sách theo chủ đề, giới thiệu sách qua tranh vẽ,"
                " sân khấu hóa truyện đọc và tham gia trò chơi “Đố vui cùng nhân vật”. Thư viện nhà"
                " trường cũng phát động phong trào quyên góp sách cũ tặng học sinh vùng khó khăn."
            ),
            Img(f"{IMG}/11/ngay-hoi-doc-sach-thach-long-1.jpg", None, None, "bare"),
            Img(f"{IMG}/11/ngay-hoi-doc-sach-thach-long-2.jpg", None, None, "bare"),
            P(
                "Kết thúc ngày hội, nhà trường đã nhận được hơn 1.200 cuốn sách, truyện do học sinh"
                " và cha mẹ học sinh quyên góp."
            ),
            _sig("Tin, ảnh: Phan Thị Hoa"),
        ],
        authors=["Phan Thị Hoa"],
        photographers=["Phan Thị Hoa"],
        source="Trường TH Thạch Long",
        opts={"user": 2, "nguon": "Trường TH Thạch Long", "tags": ["thư viện trường học"]},
    ),
    Story(
        id=143,
        slug="hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so-trong-giao-duc",
        title="Hội nghị triển khai nhiệm vụ chuyển đổi số trong giáo dục năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-11-10",
        summary=(
            "Ngày 09/11/2026, Phòng GD&ĐT huyện Thạch Hà tổ chức hội nghị triển khai nhiệm vụ"
            " chuyển đổi số trong giáo dục năm học 2026 - 2027 cho hiệu trưởng và cán bộ phụ"
            " trách công nghệ thông tin các trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại hội nghị, các đại biểu được quán triệt các văn bản chỉ đạo của Bộ GD&ĐT và Sở"
                " GD&ĐT Hà Tĩnh về chuyển đổi số; nghe báo cáo kết quả triển khai học bạ số, hồ sơ"
                " điện tử và cơ sở dữ liệu ngành trong năm học trước."
            ),
            Img(
                f"{IMG}/11/hoi-nghi-chuyen-doi-so.jpg",
                "Quang cảnh hội nghị (Ảnh: Đức Long)",
                "Quang cảnh hội nghị (Ảnh: Đức Long)",
                "next",
            ),
            P("Năm học 2026 - 2027, ngành tập trung vào các nhiệm vụ trọng tâm:", "h"),
            P("100% trường tiểu học và trung học cơ sở triển khai học bạ số;", "li"),
            P("Hoàn thành số hóa hồ sơ cán bộ, giáo viên trước ngày 31/12/2026;", "li"),
            P("Tổ chức tập huấn kỹ năng số cho giáo viên theo từng cụm trường.", "li"),
            P(
                "Hội nghị cũng dành thời gian để các đơn vị chia sẻ kinh nghiệm, đề xuất giải pháp"
                " khắc phục khó khăn về hạ tầng mạng và thiết bị."
            ),
        ],
        authors=["Trần Đình Khánh"],
        photographers=["Đức Long"],
        opts={"user": 4, "tags": ["chuyển đổi số"]},
    ),
    Story(
        id=139,
        slug="thach-ha-co-18-hoc-sinh-dat-giai-hoc-sinh-gioi-cap-tinh",
        title="Thạch Hà có 18 học sinh đạt giải học sinh giỏi cấp tỉnh lớp 9",
        cat="tin-tuc",
        published_at="2026-11-04",
        blocks=[
            P(
                "Theo kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2026 - 2027 do Sở"
                " GD&ĐT Hà Tĩnh công bố, huyện Thạch Hà có 18 học sinh đạt giải, trong đó có 2 giải"
                " Nhất, 5 giải Nhì, 6 giải Ba và 5 giải Khuyến khích."
            ),
            P(
                "Các môn có nhiều học sinh đạt giải là Toán, Ngữ văn và Tiếng Anh. Trường THCS Phan"
                " Huy Chú tiếp tục là đơn vị dẫn đầu với 9 giải."
            ),
            P(
                "Kết quả này ghi nhận sự nỗ lực của thầy và trò các nhà trường trong công tác bồi"
                " dưỡng học sinh giỏi, đồng thời khẳng định chất lượng mũi nhọn của giáo dục huyện."
            ),
        ],
        source="Báo Hà Tĩnh",
        opts={"user": 1, "nguon": "Báo Hà Tĩnh", "enc": "named", "tags": ["học sinh giỏi"]},
    ),
    Story(
        id=135,
        slug="giai-bong-da-hoc-sinh-thcs-tranh-cup-pgd",
        title="Khai mạc Giải bóng đá học sinh THCS huyện Thạch Hà năm 2026",
        cat="tin-tuc",
        published_at="2026-10-26",
        summary=(
            "Chiều 24/10/2026, tại sân vận động huyện, Phòng GD&ĐT khai mạc Giải bóng đá học sinh"
            " THCS năm 2026 với sự tham gia của 16 đội bóng."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Giải được tổ chức nhằm đẩy mạnh phong trào rèn luyện thể dục thể thao trong trường"
                " học, phát hiện năng khiếu để tuyển chọn vận động viên tham gia Hội khỏe Phù Đổng"
                " cấp tỉnh."
            ),
            Img(
                f"{IMG}/10/bong-da-thcs-khai-mac.jpg",
                "Ban Tổ chức tặng cờ lưu niệm cho các đội bóng",
                "Ban Tổ chức tặng cờ lưu niệm cho các đội bóng",
                "table",
            ),
            P(
                "Các đội thi đấu vòng bảng theo thể thức vòng tròn một lượt, chọn 8 đội vào vòng"
                " tứ kết. Trận chung kết dự kiến diễn ra vào ngày 02/11/2026."
            ),
            _sig("Bài: Hồ Sỹ Tuấn - Ảnh: Nguyễn Thị Lan"),
        ],
        authors=["Hồ Sỹ Tuấn"],
        photographers=["Nguyễn Thị Lan"],
        opts={"user": 1, "tags": ["thể thao học đường"]},
    ),
    Story(
        id=131,
        slug="tap-huan-cong-tac-phong-chong-duoi-nuoc-cho-hoc-sinh",
        title="Tập huấn kỹ năng phòng, chống đuối nước cho học sinh tiểu học",
        cat="tin-tuc",
        published_at="2026-10-15",
        blocks=[
            P(
                "Từ ngày 12 đến 14/10/2026, Phòng GD&ĐT phối hợp với Trung tâm Văn hóa - Thể thao"
                " huyện tổ chức tập huấn kỹ năng phòng, chống đuối nước cho 300 học sinh lớp 4, lớp"
                " 5 tại bể bơi di động đặt ở Trường TH Thạch Đài."
            ),
            Img(
                f"{IMG}/10/tap-huan-phong-chong-duoi-nuoc.jpg",
                "Học sinh thực hành kỹ năng nổi trên mặt nước",
                "Học sinh thực hành kỹ năng nổi trên mặt nước",
                "next",
            ),
            P(
                "Các em được hướng dẫn cách nhận biết nguy cơ đuối nước, kỹ năng tự cứu, cách hỗ trợ"
                " người bị đuối nước an toàn và thực hành bơi ếch cơ bản."
            ),
        ],
        authors=["Lê Thị Minh Nguyệt"],
        opts={"user": 3, "enc": "nfd", "tags": ["kỹ năng sống"]},
    ),
    Story(
        id=127,
        slug="khanh-thanh-nha-hoc-2-tang-truong-mn-thach-tien",
        title="Khánh thành nhà học 2 tầng Trường Mầm non Thạch Tiến",
        cat="tin-tuc",
        published_at="2026-10-03",
        blocks=[
            P(
                "Sáng 02/10/2026, Trường Mầm non Thạch Tiến long trọng tổ chức lễ khánh thành nhà"
                " học 2 tầng 8 phòng với tổng kinh phí gần 6 tỷ đồng từ nguồn ngân sách huyện và"
                " xã hội hóa."
            ),
            Img(f"{IMG}/10/khanh-thanh-mn-thach-tien.jpg", None, None, "table"),
            P(
                "Công trình đưa vào sử dụng giúp nhà trường đủ phòng học cho các nhóm, lớp, tạo điều"
                " kiện để trường hoàn thiện hồ sơ đề nghị công nhận đạt chuẩn quốc gia mức độ 2."
            ),
        ],
        authors=["Nguyễn Văn Thành"],
        opts={"user": 2, "tags": ["cơ sở vật chất"]},
    ),
    # --- Hoạt động chuyên môn (older template: unparsed chunks) ---
    Story(
        id=144,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="chuyen-mon",
        published_at="2026-11-13",
        summary=(
            "Từ ngày 09 đến 12/11/2026, 86 giáo viên đến từ 28 trường tiểu học tham gia Hội thi"
            " giáo viên dạy giỏi cấp huyện năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành"
                " hai tiết dạy tại các trường Tiểu học Thạch Đài, Thạch Long và thị trấn Thạch Hà."
            ),
            Img(
                f"{IMG}/11/gvdg-tieu-hoc-2026.jpg",
                "Một tiết dạy môn Tiếng Việt tại Trường TH thị trấn Thạch Hà",
                "Một tiết dạy môn Tiếng Việt tại Trường TH thị trấn Thạch Hà",
                "next",
            ),
            P(
                "Kết quả, 64 giáo viên được công nhận giáo viên dạy giỏi cấp huyện. Ban Tổ chức đánh"
                " giá nhiều tiết dạy vận dụng linh hoạt phương pháp, ứng dụng công nghệ thông tin"
                " hợp lý, phát huy tính tích cực của học sinh."
            ),
        ],
        authors=["Lê Thị Minh Nguyệt"],
        opts={"user": 3, "tags": ["giáo viên dạy giỏi"]},
    ),
    Story(
        id=137,
        slug="sinh-hoat-chuyen-mon-cum-truong-thcs-mon-toan",
        title="Sinh hoạt chuyên môn cụm trường THCS môn Toán theo nghiên cứu bài học",
        cat="chuyen-mon",
        published_at="2026-10-29",
        blocks=[
            P(
                "Ngày 27/10/2026, tại Trường THCS Thạch Văn, cụm chuyên môn số 2 tổ chức sinh hoạt"
                " chuyên môn môn Toán theo hướng nghiên cứu bài học với chủ đề “Dạy học hình học"
                " lớp 8 gắn với thực tiễn”."
            ),
            P(
                "Sau tiết dạy minh họa, giáo viên các trường thảo luận về việc tổ chức hoạt động"
                " nhóm, giao nhiệm vụ học tập và cách quan sát, hỗ trợ học sinh gặp khó khăn."
            ),
            Img(
                f"{IMG}/10/shcm-toan-thcs.jpg",
                "Giáo viên dự giờ, quan sát hoạt động học của học sinh",
                "Giáo viên dự giờ, quan sát hoạt động học của học sinh",
                "table",
            ),
        ],
        authors=["Trần Đình Khánh"],
        opts={"user": 4, "enc": "named", "tags": ["sinh hoạt chuyên môn"]},
    ),
    Story(
        id=129,
        slug="kiem-tra-noi-bo-truong-hoc-nam-hoc-2026-2027",
        title="Kết quả kiểm tra nội bộ trường học đợt 1 năm học 2026 - 2027",
        cat="chuyen-mon",
        published_at="2026-10-08",
        blocks=[
            P(
                "Trong tháng 9/2026, Phòng GD&ĐT đã kiểm tra nội bộ tại 12 đơn vị trường học. Kết"
                " quả xếp loại cụ thể như sau:"
            ),
            P("Cấp học | Số trường được kiểm tra | Tốt | Khá | Đạt", "th"),
            P("Mầm non | 4 | 3 | 1 | 0", "tr"),
            P("Tiểu học | 5 | 4 | 1 | 0", "tr"),
            P("THCS | 3 | 2 | 0 | 1", "tr"),
            P(
                "Phòng đề nghị các đơn vị khắc phục những tồn tại đã được chỉ ra trong biên bản kiểm"
                " tra và báo cáo kết quả trước ngày 30/10/2026."
            ),
        ],
        authors=["Nguyễn Văn Thành"],
        opts={"user": 2, "tags": ["kiểm tra nội bộ"]},
    ),
    # --- Thông báo (template prints the time first) ---
    Story(
        id=149,
        slug="thong-bao-lich-thi-giao-vien-day-gioi-cap-huyen-bac-thcs",
        title="Thông báo lịch thi giáo viên dạy giỏi cấp huyện bậc THCS",
        cat="thong-bao",
        published_at="2026-11-23T14:30:00+07:00",
        blocks=[
            P(
                "Phòng GD&ĐT thông báo lịch thi thực hành Hội thi giáo viên dạy giỏi cấp huyện bậc"
                " THCS năm học 2026 - 2027 như sau:"
            ),
            P("Ngày | Môn | Địa điểm", "th"),
            P("01/12/2026 | Ngữ văn, Lịch sử và Địa lí | THCS Phan Huy Chú", "tr"),
            P("02/12/2026 | Toán, Khoa học tự nhiên | THCS Thạch Văn", "tr"),
            P("03/12/2026 | Tiếng Anh, Tin học | THCS thị trấn Thạch Hà", "tr"),
            P("Hiệu trưởng các trường thông báo đến giáo viên dự thi biết và thực hiện."),
        ],
        authors=["Nguyễn Văn Thành"],
        opts={
            "user": 2,
            "at": "14:30",
            "files": [("assets/files/thong-bao/2026/lich-thi-gvdg-thcs.pdf", "lich-thi-gvdg-thcs.pdf")],
        },
    ),
    Story(
        id=141,
        slug="thong-bao-nop-bao-cao-thong-ke-dau-nam-hoc",
        title="Thông báo về việc nộp báo cáo thống kê đầu năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-05T08:15:00+07:00",
        blocks=[
            P(
                "Phòng GD&ĐT đề nghị các trường mầm non, tiểu học, THCS hoàn thành báo cáo thống kê"
                " đầu năm học 2026 - 2027 trên hệ thống cơ sở dữ liệu ngành trước 17h00 ngày"
                " 15/11/2026."
            ),
            P(
                "Mẫu biểu và hướng dẫn nhập liệu xem trong tệp đính kèm. Mọi vướng mắc liên hệ đồng"
                " chí Trần Đình Khánh, chuyên viên phụ trách, số điện thoại 0983 215 746."
            ),
        ],
        authors=["Trần Đình Khánh"],
        opts={
            "user": 4,
            "at": "08:15",
            "files": [
                ("assets/files/thong-bao/2026/mau-bao-cao-thong-ke-dau-nam.xlsx", "mau-bao-cao-thong-ke-dau-nam.xlsx"),
                ("assets/files/thong-bao/2026/huong-dan-nhap-lieu.pdf", "huong-dan-nhap-lieu.pdf"),
            ],
        },
    ),
    Story(
        id=133,
        slug="thong-bao-tuyen-dung-nhan-vien-hop-dong",
        title="Thông báo tuyển dụng nhân viên hợp đồng tại các trường mầm non",
        cat="thong-bao",
        published_at="2026-10-20T16:00:00+07:00",
        summary="Phòng GD&ĐT huyện Thạch Hà thông báo tuyển dụng 12 nhân viên nấu ăn hợp đồng cho các trường mầm non.",
        sapo_outside=True,
        blocks=[
            P("1. Điều kiện dự tuyển", "h"),
            P("Có sức khỏe tốt, tuổi từ đủ 18 đến 45;", "li"),
            P("Có chứng chỉ nghề nấu ăn hoặc chứng nhận tập huấn an toàn thực phẩm.", "li"),
            P("2. Thời gian nhận hồ sơ", "h"),
            P(
                "Từ ngày 21/10/2026 đến hết ngày 05/11/2026, trong giờ hành chính, tại bộ phận một"
                " cửa của Phòng GD&ĐT huyện."
            ),
        ],
        opts={"user": 1, "at": "16:00"},
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_BY_PATH: dict[str, Story] = {}


def article_path(story: Story) -> str:
    return f"/{story.cat}/{story.slug}.html"


for _s in STORIES:
    _BY_PATH[article_path(_s)] = _s


def newest(cat: str | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or s.cat == cat]
    return sorted(items, key=lambda s: (s.published_at, s.id), reverse=True)


def dotted(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}.{m}.{y}"


GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat][1],
        alt_paths=[f"/index.php?id={s.id}"],
        image_page="/",
    )
    for s in newest()
]


# --- documents, gallery, static resources ---------------------------------------------------


@dataclass(frozen=True)
class Doc:
    id: int
    alias: str
    number: str
    issued: str
    summary: str
    file: str


DOCS: list[Doc] = [
    Doc(
        160, "cong-van-so-123", "123/PGDĐT-CM", "18/11/2026",
        "V/v tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
        "assets/files/van-ban/2026/cv-123-pgddt-cm.pdf",
    ),
    Doc(
        159, "quyet-dinh-so-87", "87/QĐ-PGDĐT", "10/11/2026",
        "Quyết định công nhận giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        "assets/files/van-ban/2026/qd-87-pgddt.pdf",
    ),
    Doc(
        157, "ke-hoach-so-105", "105/KH-PGDĐT", "20/10/2026",
        "Kế hoạch kiểm tra nội bộ trường học năm học 2026 - 2027",
        "assets/files/van-ban/2026/kh-105-pgddt.pdf",
    ),
    Doc(
        155, "cong-van-so-96", "96/PGDĐT-VP", "02/10/2026",
        "V/v thống kê số liệu đầu năm học 2026 - 2027",
        "assets/files/van-ban/2026/cv-96-pgddt-vp.pdf",
    ),
]

ALBUMS = {
    1: ("Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", 6),
    2: ("Hội khỏe Phù Đổng cấp huyện 2026", 5),
}

STATIC_IDS = {"gioi-thieu": 2, "lien-he": 3, "sitemap": 10, "tim-kiem": 11}

NON_ARTICLES: list[str] = [
    "/",
    *(f"/{c}/" for c in CATS),
    "/tin-tuc/?page=2",
    "/tin-tuc/?page=3",
    "/chuyen-mon/?page=2",
    "/gioi-thieu.html",
    "/lien-he.html",
    "/van-ban/",
    *(f"/van-ban/{d.alias}.html" for d in DOCS),
    "/thu-vien-anh/",
    *(f"/thu-vien-anh/?galAlbum={a}" for a in ALBUMS),
    "/sitemap.html",
    "/tim-kiem.html",
]


# --- text as TinyMCE stored it ----------------------------------------------------------------


def _named(markup: str) -> str:
    """TinyMCE's ``entity_encoding: named``: Latin-1 letters as named entities, others raw."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if ord(ch) > 127 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _t(story: Story, value: str) -> str:
    s = esc(value)
    enc = story.opts.get("enc")
    if enc == "nfd":
        return unicodedata.normalize("NFD", s)
    if enc == "named":
        return _named(s)
    return s


def _img_tag(src: str) -> str:
    return f'<img src="{src}" alt="" width="600" height="400" />'


def _content(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    row = "".join(f'<td style="text-align: center;"><strong>{_t(story, c)}</strong></td>' for c in cells)
                else:
                    row = "".join(f"<td>{_t(story, c)}</td>" for c in cells)
                rows.append(f"<tr>{row}</tr>")
                i += 1
            out.append(
                '<table style="width: 100%; border-collapse: collapse;" border="1" cellpadding="4">\n'
                "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
            )
            continue
        if isinstance(b, P):
            if b.style == "h":
                out.append(f"<p><strong>{_t(story, b.text)}</strong></p>")
            else:
                out.append(f'<p style="text-align: justify;">{_t(story, b.text)}</p>')
        elif isinstance(b, Img):
            if b.style == "table":
                cap = (
                    f'<tr>\n<td style="text-align: center;"><em>{_t(story, b.printed)}</em></td>\n</tr>\n'
                    if b.printed
                    else ""
                )
                out.append(
                    '<table class="img-caption" style="margin-left: auto; margin-right: auto;">\n<tbody>\n'
                    f"<tr>\n<td>{_img_tag(b.src)}</td>\n</tr>\n{cap}</tbody>\n</table>"
                )
            elif b.style == "next":
                out.append(f'<p style="text-align: center;">{_img_tag(b.src)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{_t(story, b.printed)}</em></p>')
            else:
                out.append(f"<p>{_img_tag(b.src)}</p>")
        elif isinstance(b, Raw):
            out.append(_t(story, b.html) if story.opts.get("enc") == "nfd" else b.html)
        i += 1
    return "\n".join(out)


# --- chrome ---------------------------------------------------------------------------------


def _head(request: Request, title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} | {esc(SHORT)}</title>
<base href="{base_url(request)}/" />
<meta name="keywords" content="phòng giáo dục thạch hà, giáo dục hà tĩnh" />
<meta name="description" content="{esc(SITE)}" />
<link rel="stylesheet" type="text/css" href="assets/templates/pgd/css/style.css" />
<link rel="shortcut icon" href="assets/templates/pgd/images/favicon.ico" />
<script type="text/javascript" src="assets/templates/pgd/js/jquery.min.js"></script>
</head>"""


_MENU = [
    ("", "Trang chủ", []),
    ("gioi-thieu.html", "Giới thiệu", []),
    ("tin-tuc/", "Tin tức - Sự kiện", []),
    ("chuyen-mon/", "Hoạt động chuyên môn", []),
    ("thong-bao/", "Thông báo", []),
    ("van-ban/", "Văn bản", []),
    ("thu-vien-anh/", "Thư viện ảnh", []),
    ("lien-he.html", "Liên hệ", []),
]


def _topnav(active: str) -> str:
    items = []
    last = len(_MENU) - 1
    for n, (href, label, _) in enumerate(_MENU):
        classes = [c for c in ("first" if n == 0 else "", "last" if n == last else "", "active" if href == active else "") if c]
        cls = f' class="{" ".join(classes)}"' if classes else ""
        items.append(f'<li{cls}><a href="{href or "./"}" title="{esc(label)}">{esc(label)}</a></li>')
    return '<ul id="topnav">' + "".join(items) + "</ul>"


def _header(active: str) -> str:
    return f"""<div id="wrapper">
<div id="header">
<div class="top-bar"><span class="today">Hôm nay: {TODAY}</span>
<span class="login"><a href="manager/" rel="nofollow">Đăng nhập</a></span></div>
<div class="banner"><a href="./"><img src="assets/templates/pgd/images/banner-pgd-thach-ha.jpg" alt="{esc(SITE)}" /></a></div>
</div>
<div id="menu">{_topnav(active)}
<form class="sisea-search-form" action="tim-kiem.html" method="get">
<input type="text" name="search" id="search" value="" placeholder="Tìm kiếm..." />
<input type="hidden" name="id" value="11" />
<input type="submit" value="Tìm" />
</form>
</div>
<div id="main">"""


def _sidebar(broken: bool) -> str:
    latest = "".join(
        f'<li><a href="{article_path(s)[1:]}">{esc(s.title)}</a> <span class="date">({dotted(s)})</span></li>'
        for s in newest()[:5]
    )
    docs = "".join(
        f'<li><a href="van-ban/{d.alias}.html">{esc(d.number)}</a>: {esc(d.summary)}</li>' for d in DOCS[:3]
    )
    noibat = (
        '<div class="box"><h3 class="box-title">Tin nổi bật</h3>\n'
        "<div class=\"box-content\">[[!getResources? &amp;parents=`7` &amp;tpl=`tplNoiBat` &amp;limit=`5`</div></div>\n"
        if broken
        else ""
    )
    return f"""<div id="sidebar">
<div class="box"><h3 class="box-title">Tin mới</h3><ul class="latest">{latest}</ul></div>
{noibat}<div class="box"><h3 class="box-title">Văn bản mới</h3><ul class="docs">{docs}</ul>
<a class="more" href="van-ban/">Xem tất cả văn bản</a></div>
<div class="box"><h3 class="box-title">Thư viện ảnh</h3>
<a href="thu-vien-anh/"><img src="assets/gallery/thumbs/album-1.jpg" alt="Thư viện ảnh" /></a></div>
<div class="box"><h3 class="box-title">Liên kết website</h3>
<select name="lienket" onchange="if(this.value) window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://hatinh.edu.vn">Sở GD&amp;ĐT Hà Tĩnh</option>
<option value="https://thachha.hatinh.gov.vn">Cổng TTĐT huyện Thạch Hà</option>
</select></div>
<div class="box counter"><h3 class="box-title">Thống kê truy cập</h3>
<p>Đang online: 14</p><p>Lượt truy cập: {COUNTER}</p></div>
</div>"""


def _footer(old: bool = False) -> str:
    leftover = '<div class="footer-old">[[$footer]]</div>\n' if old else ""
    return f"""</div>
{leftover}<div id="footer">
<p><strong>{esc(SITE.upper())}</strong></p>
<p>Địa chỉ: {esc(ADDRESS)}</p>
<p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}</p>
<p>Chịu trách nhiệm chính: Trưởng phòng GD&amp;ĐT huyện Thạch Hà</p>
<p class="footer-links"><a href="sitemap.html">Sơ đồ website</a> | <a href="lien-he.html">Liên hệ</a> | <a href="manager/" rel="nofollow">Quản trị</a></p>
<p class="copyright">&copy; 2014 - 2026 Bản quyền thuộc {esc(SITE)}. Thiết kế web: Hà Tĩnh Web</p>
</div>
</div>
</body>
</html>"""


def _page(request: Request, title: str, active: str, main: str, *, broken: bool = False, old: bool = False) -> str:
    return (
        _head(request, title)
        + '\n<body>\n'
        + _header(active)
        + f'\n<div id="content">\n{main}\n</div>\n'
        + _sidebar(broken)
        + _footer(old)
    )


def _crumbs(*trail: tuple[str | None, str]) -> str:
    parts = ['<span class="B_firstCrumb"><a class="B_homeCrumb" href="./" title="Trang chủ">Trang chủ</a></span>']
    for href, label in trail:
        if href:
            parts.append(f'<span class="B_crumb"><a class="B_crumb" href="{href}">{esc(label)}</a></span>')
        else:
            parts.append(f'<span class="B_lastCrumb"><span class="B_currentCrumb">{esc(label)}</span></span>')
    return '<div class="breadcrumbs"><span class="B_crumbBox">' + " &raquo; ".join(parts) + "</span></div>"


def _item(s: Story, raw: bool = False) -> str:
    href = f"index.php?id={s.id}" if raw else article_path(s)[1:]
    intro = f'<p class="intro">{esc(s.summary)}</p>' if s.summary else ""
    thumb = s.images[0].src if s.images else "assets/templates/pgd/images/no-image.jpg"
    return (
        f'<div class="news-item">\n<a class="news-thumb" href="{href}"><img src="{thumb}" alt="{esc(s.title)}" width="160" height="110" /></a>\n'
        f'<h3><a href="{href}" title="{esc(s.title)}">{esc(s.title)}</a></h3>\n'
        f'<span class="date">{dotted(s)}</span>\n{intro}\n<div class="clear"></div>\n</div>'
    )


# --- pages ----------------------------------------------------------------------------------


def _home(request: Request) -> str:
    slides = "".join(
        f'<li><a href="index.php?id={s.id}"><img src="{s.images[0].src if s.images else "assets/templates/pgd/images/slide-default.jpg"}" alt="" />'
        f'<span class="caption">{esc(s.title)}</span></a></li>'
        for s in newest("tin-tuc")[:3]
    )
    blocks = []
    for alias, (_rid, name, _per, _tpl) in CATS.items():
        items = "\n".join(_item(s) for s in newest(alias)[:3])
        blocks.append(
            f'<div class="home-cat"><h2 class="cat-title"><a href="{alias}/">{esc(name)}</a></h2>\n{items}\n'
            f'<a class="xem-them" href="{alias}/">Xem thêm &raquo;</a></div>'
        )
    notice = " &nbsp;|&nbsp; ".join(
        f'<a href="{article_path(s)[1:]}">{esc(s.title)}</a>' for s in newest("thong-bao")
    )
    main = (
        f'<div class="marquee"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{notice}</marquee></div>\n'
        f'<div id="slider"><ul class="slides">{slides}</ul></div>\n' + "\n".join(blocks)
    )
    return _page(request, "Trang chủ", "", main)


def _pager(alias: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return f"{alias}/" if n == 1 else f"{alias}/?page={n}"

    li = []
    if page > 1:
        li.append(f'<li class="control"><a href="{href(1)}">Trang đầu</a></li>')
        li.append(f'<li class="control"><a href="{href(page - 1)}">&laquo;</a></li>')
    else:
        li.append('<li class="control"><span>Trang đầu</span></li><li class="control"><span>&laquo;</span></li>')
    for n in range(1, pages + 1):
        li.append(f'<li class="active"><a href="{href(n)}">{n}</a></li>' if n == page else f'<li><a href="{href(n)}">{n}</a></li>')
    if page < pages:
        li.append(f'<li class="control"><a href="{href(page + 1)}">&raquo;</a></li>')
        li.append(f'<li class="control"><a href="{href(pages)}">Trang cuối</a></li>')
    else:
        li.append('<li class="control"><span>&raquo;</span></li><li class="control"><span>Trang cuối</span></li>')
    return '<div class="pagination-wrap"><ul class="pagination">' + "".join(li) + "</ul></div>"


def pages_of(alias: str) -> int:
    per = CATS[alias][2]
    return max(1, -(-len(newest(alias)) // per))


def _listing(request: Request, alias: str) -> str | Response:
    _rid, name, per, tpl = CATS[alias]
    raw = request.params.get("page", "")
    if raw == "1":
        return redirect(f"/{alias}/", 301)
    page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
    pages = pages_of(alias)
    page = min(page, pages)  # pdoPage shows the last page for a page past the end
    items = newest(alias)[(page - 1) * per : page * per]
    main = (
        _crumbs((None, name))
        + f'\n<h1 class="page-title">{esc(name)}</h1>\n<div class="news-list">\n'
        + "\n".join(_item(s) for s in items)
        + "\n</div>\n"
        + _pager(alias, page, pages)
    )
    return _page(request, name, f"{alias}/", main, broken=tpl == "old", old=tpl == "old")


def _article(request: Request, story: Story) -> str:
    alias = story.cat
    _rid, name, _per, tpl = CATS[alias]
    user = USERS[story.opts["user"]]
    when = f'{story.opts["at"]} {dotted(story)}' if tpl == "notice" else dotted(story)
    lead = f'<p class="lead"><strong>{_t(story, story.summary)}</strong></p>\n' if story.summary else ""
    tvs = []
    if story.opts.get("nguon"):
        tvs.append(f'<p class="nguon-tin">Nguồn tin: <em>{esc(story.opts["nguon"])}</em></p>')
    if story.opts.get("files"):
        links = "".join(
            f'<li><a href="{href}" target="_blank">{esc(label)}</a></li>' for href, label in story.opts["files"]
        )
        tvs.append(f'<div class="attachments"><strong>Tệp đính kèm:</strong><ul>{links}</ul></div>')
    if story.opts.get("tags"):
        tags = ", ".join(
            f'<a href="tim-kiem.html?search={quote_plus(t)}">{esc(t)}</a>' for t in story.opts["tags"]
        )
        tvs.append(f'<div class="tags">Từ khóa: {tags}</div>')
    others = "".join(
        f'<li><a href="{article_path(s)[1:]}">{esc(s.title)}</a> <span>({dotted(s)})</span></li>'
        for s in [s for s in newest(alias) if s.id != story.id][:5]
    )
    views = story.views()
    main = f"""{_crumbs((f"{alias}/", name), (None, story.title))}
<div class="article">
<h1 class="page-title">{esc(story.title)}</h1>
<div class="article-info">{when} | {esc(user)}</div>
{lead}<div class="article-content">
{_content(story)}
</div>
<div class="tv-fields">
{chr(10).join(tvs)}
</div>
<div class="article-tools">
<a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}/{article_path(story)[1:]}" target="_blank" rel="nofollow">Chia sẻ Facebook</a>
<a href="javascript:window.print();">In bài viết</a>
<a href="javascript:history.back();">Quay lại</a>
<span class="views">Lượt xem: {views}</span>
</div>
</div>
<div class="other-news"><h3>Tin khác</h3><ul>{others}</ul></div>"""
    return _page(request, story.title, f"{alias}/", main, broken=tpl == "old", old=tpl == "old")


def _gioi_thieu(request: Request) -> str:
    main = f"""{_crumbs((None, "Giới thiệu"))}
<h1 class="page-title">Giới thiệu</h1>
<div class="article-content">
<p style="text-align: justify;">{esc(SITE)} là cơ quan chuyên môn thuộc UBND huyện, tham mưu giúp UBND huyện quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ sở trên địa bàn.</p>
<p style="text-align: justify;">Toàn huyện hiện có 31 trường mầm non, 30 trường tiểu học, 22 trường THCS với hơn 38.000 học sinh và 2.400 cán bộ, giáo viên, nhân viên.</p>
<p><strong>Lãnh đạo Phòng</strong></p>
<ul><li>Trưởng phòng: Ông Nguyễn Hữu Hà</li><li>Phó Trưởng phòng: Ông Võ Văn Thắng</li><li>Phó Trưởng phòng: Bà Đặng Thị Thu Hiền</li></ul>
<p>Xem thêm: <a href="index.php?id=148">Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</a></p>
</div>"""
    return _page(request, "Giới thiệu", "gioi-thieu.html", main, old=True)


def _lien_he(request: Request) -> str:
    main = f"""{_crumbs((None, "Liên hệ"))}
<h1 class="page-title">Liên hệ</h1>
<div class="contact-info">
<p><strong>{esc(SITE)}</strong></p>
<p>Địa chỉ: {esc(ADDRESS)}</p>
<p>Điện thoại: {PHONE} - Fax: 0239 3 845 217</p>
<p>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
</div>
<form class="contact-form" action="lien-he.html" method="post">
<input type="hidden" name="nospam:blank" value="" />
<label for="name">Họ và tên (*)</label><input type="text" name="name" id="name" value="" />
<label for="email">Email (*)</label><input type="text" name="email" id="email" value="" />
<label for="subject">Tiêu đề</label><input type="text" name="subject" id="subject" value="" />
<label for="text">Nội dung (*)</label><textarea name="text" id="text" cols="55" rows="7"></textarea>
<input type="submit" name="submit" value="Gửi liên hệ" />
</form>
<div class="map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3784" width="600" height="300" frameborder="0"></iframe></div>"""
    if request.method == "POST":
        main = '<div class="success">Cảm ơn bạn đã gửi liên hệ. Chúng tôi sẽ phản hồi sớm nhất.</div>\n' + main
    return _page(request, "Liên hệ", "lien-he.html", main)


def _van_ban(request: Request) -> str:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="van-ban/{d.alias}.html">{esc(d.number)}</a></td><td>{d.issued}</td>'
        f'<td>{esc(d.summary)}</td><td><a href="{d.file}" target="_blank">Tải về</a></td></tr>'
        for n, d in enumerate(DOCS, 1)
    )
    main = f"""{_crumbs((None, "Văn bản"))}
<h1 class="page-title">Văn bản</h1>
<table class="table-vanban" width="100%" border="1" cellpadding="5">
<thead><tr><th>STT</th><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp tin</th></tr></thead>
<tbody>{rows}</tbody></table>"""
    return _page(request, "Văn bản", "van-ban/", main)


def _doc(request: Request, d: Doc) -> str:
    main = f"""{_crumbs(("van-ban/", "Văn bản"), (None, d.number))}
<h1 class="page-title">{esc(d.number)}</h1>
<table class="vanban-detail" width="100%" border="1" cellpadding="5"><tbody>
<tr><td class="label">Số hiệu:</td><td>{esc(d.number)}</td></tr>
<tr><td class="label">Ngày ban hành:</td><td>{d.issued}</td></tr>
<tr><td class="label">Trích yếu:</td><td>{esc(d.summary)}</td></tr>
<tr><td class="label">Cơ quan ban hành:</td><td>{esc(SITE)}</td></tr>
<tr><td class="label">Tệp tin:</td><td><a href="{d.file}" target="_blank">{d.file.rsplit("/", 1)[1]}</a></td></tr>
</tbody></table>"""
    return _page(request, d.number, "van-ban/", main)


def _gallery(request: Request) -> str:
    album = request.params.get("galAlbum", "")
    if album.isdigit() and int(album) in ALBUMS:
        n = int(album)
        name, count = ALBUMS[n]
        thumbs = "".join(
            f'<li class="gal-item"><a href="assets/gallery/{n}/{k}.jpg" rel="lightbox[album{n}]">'
            f'<img src="assets/gallery/{n}/thumbs/{k}.jpg" alt="{esc(name)} {k}" /></a></li>'
            for k in range(1, count + 1)
        )
        main = (
            _crumbs(("thu-vien-anh/", "Thư viện ảnh"), (None, name))
            + f'\n<h1 class="page-title">{esc(name)}</h1>\n<ul class="gal-item-list">{thumbs}</ul>'
        )
        return _page(request, name, "thu-vien-anh/", main)
    albums = "".join(
        f'<div class="gal-album"><a href="thu-vien-anh/?galAlbum={n}"><img src="assets/gallery/thumbs/album-{n}.jpg" alt="" />'
        f"<span>{esc(name)}</span></a> <em>({count} ảnh)</em></div>"
        for n, (name, count) in ALBUMS.items()
    )
    main = _crumbs((None, "Thư viện ảnh")) + f'\n<h1 class="page-title">Thư viện ảnh</h1>\n<div class="gal-album-list">{albums}</div>'
    return _page(request, "Thư viện ảnh", "thu-vien-anh/", main)


def _sitemap_html(request: Request) -> str:
    def sub(alias: str) -> str:
        return "<ul>" + "".join(
            f'<li><a href="{article_path(s)[1:]}" title="{esc(s.title)}">{esc(s.title)}</a></li>' for s in newest(alias)
        ) + "</ul>"

    docs = "<ul>" + "".join(f'<li><a href="van-ban/{d.alias}.html">{esc(d.number)}</a></li>' for d in DOCS) + "</ul>"
    tree = (
        '<ul class="sitemap"><li><a href="./">Trang chủ</a></li><li><a href="gioi-thieu.html">Giới thiệu</a></li>'
        + "".join(f'<li><a href="{a}/">{esc(CATS[a][1])}</a>{sub(a)}</li>' for a in CATS)
        + f'<li><a href="van-ban/">Văn bản</a>{docs}</li>'
        '<li><a href="thu-vien-anh/">Thư viện ảnh</a></li><li><a href="lien-he.html">Liên hệ</a></li>'
        '<li><a href="tim-kiem.html">Tìm kiếm</a></li></ul>'
    )
    main = _crumbs((None, "Sơ đồ website")) + f'\n<h1 class="page-title">Sơ đồ website</h1>\n{tree}'
    return _page(request, "Sơ đồ website", "", main)


SEARCH_PER_PAGE = 4


def _search(request: Request) -> str:
    params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
    query = params.get("search", "").strip()
    raw = params.get("page", "1")
    page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
    head = _crumbs((None, "Tìm kiếm")) + '\n<h1 class="page-title">Tìm kiếm</h1>\n'
    if not query:
        return _page(request, "Tìm kiếm", "", head + '<p class="sisea-results">Vui lòng nhập từ khóa tìm kiếm.</p>')
    words = [w for w in unicodedata.normalize("NFC", query).lower().split() if len(w) > 1]

    def hit(s: Story) -> bool:
        hay = " ".join([s.title, s.summary or "", *s.paragraphs, *s.opts.get("tags", [])]).lower()
        return any(w in hay for w in words)

    found = [s for s in newest() if hit(s)]
    chunk = found[(page - 1) * SEARCH_PER_PAGE : page * SEARCH_PER_PAGE]
    results = "".join(
        f'<div class="sisea-result"><h3><a href="{article_path(s)[1:]}" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f'<div class="extract"><p>{esc((s.summary or s.paragraphs[0])[:160])}…</p></div></div>'
        for s in chunk
    )
    pages = -(-len(found) // SEARCH_PER_PAGE)
    paging = " | ".join(
        f"<span class=\"sisea-page sisea-current-page\">{n}</span>"
        if n == page
        else f'<span class="sisea-page"><a href="tim-kiem.html?search={quote_plus(query)}&amp;page={n}">{n}</a></span>'
        for n in range(1, pages + 1)
    )
    if chunk:
        body = (
            f'<p class="sisea-results">Tìm thấy {len(found)} kết quả cho từ khóa &quot;{esc(query)}&quot;</p>\n'
            f'<div class="sisea-results-list">{results}</div>\n<div class="sisea-paging"><span class="sisea-result-pages">Trang kết quả:</span> {paging}</div>'
        )
    else:
        body = f'<p class="sisea-results">Không tìm thấy kết quả nào cho từ khóa &quot;{esc(query)}&quot;.</p>'
    return _page(request, "Tìm kiếm", "", head + body)


_ERROR = """<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Không tìm thấy trang | Phòng GD&amp;ĐT Thạch Hà</title></head>
<body><div id="wrapper"><h1>404 - Không tìm thấy trang</h1>
<p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa. <a href="/">Về trang chủ</a></p></div></body></html>"""

_MANAGER = """<!DOCTYPE html>
<html><head><meta charset="utf-8" /><title>MODX Revolution 2.8.5-pl (traditional) | Phòng GD&amp;ĐT Thạch Hà</title>
<meta name="robots" content="noindex, nofollow" /></head>
<body id="login"><div id="container"><form id="modx-login-form" action="" method="post">
<h2>Phòng GD&amp;ĐT Thạch Hà</h2>
<label for="modx-login-username">Tên đăng nhập</label><input type="text" id="modx-login-username" name="username" />
<label for="modx-login-password">Mật khẩu</label><input type="password" id="modx-login-password" name="password" />
<input type="hidden" name="login_context" value="mgr" />
<button class="x-btn" name="login" type="submit" value="1">Đăng nhập</button>
<a href="/manager/?modahsh=&amp;forgot=1" class="modx-forgot-login">Quên mật khẩu?</a>
</form></div></body></html>"""

_ROBOTS = "User-agent: *\nDisallow: /manager/\nDisallow: /connectors/\nDisallow: /core/\nDisallow: /setup/\n"

_DOC_BY_ALIAS = {d.alias: d for d in DOCS}
_FILES = {d.file for d in DOCS} | {f[0] for s in STORIES for f in s.opts.get("files", [])}
_RESOURCE = re.compile(r"^/([a-z0-9-]+)/([a-z0-9-]+)\.html$")


class ModxSite:
    """MODX's request handler: friendly URLs first, then ``index.php?id=N``, else the error page."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/assets/files/"):
            if path[1:] in _FILES:
                ctype = "application/pdf" if path.endswith(".pdf") else "application/vnd.ms-excel"
                return Response(200, PDF, {"Content-Type": ctype})
            return html(_ERROR, status=404)
        if path.startswith("/assets/"):
            return static_file(path) or html(_ERROR, status=404)
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain"})
        if path == "/manager/":
            return html(_MANAGER, headers={"X-Robots-Tag": "noindex, nofollow"})
        page = self._route(request)
        if isinstance(page, Response):
            return page
        if page is None:
            return html(_ERROR, status=404)
        return html(page, headers={"X-Powered-By": "MODX Revolution", "Set-Cookie": "PHPSESSID=3k9d2f7a1b6c8e0g4h5j; path=/"})

    def _route(self, request: Request) -> str | Response | None:
        path = request.path
        if path in ("/", "/index.php"):
            rid = request.params.get("id", "")
            if path == "/" or not rid:
                return _home(request)
            return self._by_id(request, rid)
        if path.endswith("/") and path.strip("/") in CATS:
            return _listing(request, path.strip("/"))
        if m := _RESOURCE.match(path):
            if path in _BY_PATH:
                return _article(request, _BY_PATH[path])
            if m.group(1) == "van-ban" and m.group(2) in _DOC_BY_ALIAS:
                return _doc(request, _DOC_BY_ALIAS[m.group(2)])
            return None
        simple = {
            "/gioi-thieu.html": _gioi_thieu,
            "/lien-he.html": _lien_he,
            "/van-ban/": _van_ban,
            "/thu-vien-anh/": _gallery,
            "/sitemap.html": _sitemap_html,
            "/tim-kiem.html": _search,
        }
        if path in simple:
            return simple[path](request)
        return None

    def _by_id(self, request: Request, rid: str) -> str | Response | None:
        if not rid.isdigit():
            return None
        n = int(rid)
        if n == 1:
            return _home(request)
        if n in _BY_ID:
            return _article(request, _BY_ID[n])
        for alias, (cid, *_rest) in CATS.items():
            if cid == n:
                return _listing(request, alias)
        for d in DOCS:
            if d.id == n:
                return _doc(request, d)
        pages = {2: _gioi_thieu, 3: _lien_he, 8: _van_ban, 9: _gallery, 10: _sitemap_html, 11: _search}
        return pages[n](request) if n in pages else None


def build_site() -> ModxSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return ModxSite()
