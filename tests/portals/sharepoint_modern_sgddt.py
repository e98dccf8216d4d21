"""Fixture portal: Sở GD&ĐT tỉnh Hà Tĩnh on a SharePoint Online modern communication site.

Imitates the news site a provincial IT centre moved to Microsoft 365 in 2023: a modern
communication site ``/sites/sgddt`` opened to anonymous readers. Real SharePoint renders modern
pages in the browser from a JSON canvas; for the fixture the pages are served *server-rendered*
with the DOM the browser ends up with (``data-automation-id``, ``data-sp-feature-tag``,
``CanvasZone`` / ``CanvasSection`` / ``ControlZone``, Fluent ``ms-*`` / ``fui-*`` classes and
hashed CSS-module classes such as ``a_a_50a7110f`` that differ per web part). The news roll-up
``/_layouts/15/news.aspx`` is likewise an invented server-rendered version of the real one,
whose "Xem thêm" button becomes a link ``&page=N``.

What it serves:

- news pages ``/sites/sgddt/SitePages/<Ten-Bai-Viet>.aspx`` (Title-Case, hyphenated file names;
  one with a number suffix ``-2`` because last year's page of the same name exists; one whose
  file name kept its Vietnamese letters, linked percent-encoded). A page: the SPFx header
  extension (today's date as ``TODAY``, hotline), the site header (logo, site title, mega menu,
  search box), the suite bar with "Đăng nhập", the command bar ("Chỉnh sửa" → ``?Mode=Edit``,
  "Chia sẻ", "Lưu cho sau"), the title region ``div[data-automation-id=pageHeader]`` with the
  topic header (``HOẠT ĐỘNG CHUYÊN MÔN`` …), ``h1[data-automation-id=pageTitle]`` and the author
  byline ``div[data-automation-id=pageHeaderPersonaBlock]`` (one or two personas with a
  ``userphoto.aspx`` picture, then "Đã xuất bản 14 tháng 11, 2026"), then canvas sections: an
  optional shaded one-column section holding a bold lead, text web parts
  (``data-sp-feature-tag="Rich Text Editor"``, paragraphs, sub-headings, lists, ``&#160;``),
  image web parts (``div.captionElement`` under the picture, sometimes empty or absent), on
  some pages a right column with a "Tài liệu đính kèm" document web part, a "Liên kết nhanh"
  quick links web part and a "Tin liên quan" news web part (three other posts of the topic with
  dates); below the canvas the social bar "Thích (12)" / "Lượt xem 345", "Bình luận" with readers'
  comments, a "Sửa đổi lần cuối" line on some pages, and the site footer (address, hotline,
  visitor counter of an SPFx footer extension, "Xem ở chế độ di động");
- listings: ``Tin-tuc.aspx`` (news web part, five newest, "Xem tất cả" →
  ``/_layouts/15/news.aspx?newsSource=1``), three topic pages ``Hoat-Dong-Chuyen-Mon.aspx``,
  ``Tin-Tuc-Su-Kien.aspx``, ``Thong-Bao.aspx`` (filtered news web part, three newest, "Xem tất
  cả" → the roll-up with ``instanceId``/``webPartId``/``serverRelativeUrl``/``pagesListId``);
  the roll-up shows three posts a page and a "Xem thêm" link ``&page=N+1`` whenever the page is
  full, as the real roll-up does not know its total: all news spans 4 full pages, "HOẠT ĐỘNG
  CHUYÊN MÔN" 3 pages;
- non-articles: ``Home.aspx`` (hero web part, "Thông báo" news web part, quick links, events
  text), ``Gioi-thieu.aspx``, ``Lien-he.aspx``, ``Thu-vien-anh.aspx`` (image gallery), the
  document library ``Shared%20Documents/Forms/AllItems.aspx`` (files, sortable columns), the
  Site Pages library ``SitePages/Forms/ByAuthor.aspx``, the site contents
  ``/_layouts/15/viewlsts.aspx``, a document opened in the browser viewer (``?web=1``).

Traps (all described by the self-check): every Office/PDF link carries ``?web=1`` or
``?csf=1&web=1&e=…`` and answers an HTML viewer page (the bare file answers the bytes); the
footer's "Xem ở chế độ di động" adds ``Mobile=1`` to any URL and the mobile view keeps it in its
links (a mobile copy of every page, the article included); the home page's hero links articles
as ``…aspx?source=%2Fsites%2Fsgddt%2FSitePages%2FHome.aspx`` (same article); "Chỉnh sửa" links
``?Mode=Edit`` and the suite bar links ``/_layouts/15/Authenticate.aspx?Source=…`` per page, both
answering 200 with a Microsoft sign-in page ("Đăng nhập"); last year's page
``Hoi-Thi-Giao-Vien-Day-Gioi.aspx`` (linked from this year's text) is an unpublished draft and
answers that sign-in page too; the roll-up's "Xem thêm" past the end answers 200 with "Không
còn tin tức nào" and no posts; the library's sort links (``sortField``/``isAscending``) repeat
the file list. Unknown paths answer SharePoint's 404 page.

Gold (by hand). Articles are the news pages; ``?Mobile=1`` and ``?source=…`` are alternatives
of each (alt_paths). Judgement calls:

- category: the topic header as the page prints it, in capitals ("HOẠT ĐỘNG CHUYÊN MÔN",
  "TIN TỨC - SỰ KIỆN", "THÔNG BÁO"); the menu and topic pages write them in sentence case but
  the article prints the capitals and there is no breadcrumb;
- published_at: "Đã xuất bản D tháng M, YYYY" gives the day only; one page prints "Đã xuất
  bản hôm qua" with the full time in the tooltip (``title``), which gives that time; the page
  data's ``FirstPublishedDate`` (UTC, for one page the previous day) is never used; "Sửa đổi lần
  cuối …" is an update stamp, not the publication;
- authors: the persona display names (two on one page), stripped of "ThS." and of the unit after
  " - "; an office account ("Văn phòng Sở", "Phòng Khảo thí và Kiểm định chất lượng") is the
  author when nothing signs the text; when the text signs ("Tin: …; Ảnh: …", "Bài, ảnh: …", a
  bare right-aligned "Hồ Sỹ Quang - Trường THPT Phan Đình Phùng") the signer is the author and
  the office account is not; "Quản trị viên" credits nobody; "Nguồn: …" is the source and keeps
  the persona as author;
- summary: the bold lead in its own shaded section above the text (four pages); it is also the
  first body paragraph; pages without it have no summary;
- body: text web parts in page order (sub-headings and list items are paragraphs); not the
  captions, signatures, "Nguồn:" line, documents column, quick links, related news, comments;
- images: image web parts in the canvas, caption = ``div.captionElement`` text without wrapping
  parentheses, None when it is empty or absent; persona pictures and thumbnails in "Tin liên
  quan" are not article images.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, unquote, urlencode

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "sharepoint_modern_sgddt"
PLATFORM = "sharepoint_online_modern"
SITE = "/sites/sgddt"
PAGES = f"{SITE}/SitePages"
START_PATH = f"{PAGES}/Home.aspx"

SITE_TITLE = "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"
ADDRESS = "Số 48 đường Phan Đình Giót, phường Thành Sen, tỉnh Hà Tĩnh"
HOTLINE = "0239 3 856 247"
EMAIL = "vanphong@hatinh.edu.vn"
TENANT = "sgddthatinh.onmicrosoft.com"
ROLLUP = f"{SITE}/_layouts/15/news.aspx"
NEWS_WEBPART = "8c88f208-6c77-4bdb-86a0-0c47b4316588"
PER_PAGE = 3
LOCAL = timezone(timedelta(hours=7))
SOURCE_HOME = "%2Fsites%2Fsgddt%2FSitePages%2FHome.aspx"


def _h(seed: str, n: int = 8) -> str:
    return hashlib.md5(seed.encode("utf-8")).hexdigest()[:n]


def _guid(seed: str) -> str:
    x = hashlib.md5(seed.encode("utf-8")).hexdigest()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


@dataclass(frozen=True)
class Topic:
    key: str
    printed: str  # the topic header as pages print it (the gold category)
    menu: str  # how the menu and the topic page name it
    page: str  # the topic page file


TOPICS: dict[str, Topic] = {
    "hdcm": Topic(
        "hdcm", "HOẠT ĐỘNG CHUYÊN MÔN", "Hoạt động chuyên môn", "Hoat-Dong-Chuyen-Mon.aspx"
    ),
    "ttsk": Topic("ttsk", "TIN TỨC - SỰ KIỆN", "Tin tức - Sự kiện", "Tin-Tuc-Su-Kien.aspx"),
    "tb": Topic("tb", "THÔNG BÁO", "Thông báo", "Thong-Bao.aspx"),
}

#: documents of the library: (folder-less file name, title, modified, modified by)
DOCS: list[tuple[str, str, str, str]] = [
    (
        "KH-kiem-tra-cuoi-HKI-2026-2027.pdf",
        "Kế hoạch kiểm tra cuối học kỳ I năm học 2026-2027",
        "20/11/2026",
        "Văn phòng Sở",
    ),
    (
        "CV-1520-SGDDT-KTKD.docx",
        "Công văn 1520/SGDĐT-KTKĐ về tổ chức kiểm tra cuối học kỳ I",
        "20/11/2026",
        "Văn phòng Sở",
    ),
    (
        "QD-BTC-Hoi-thi-GVDG-THPT-2026.pdf",
        "Quyết định thành lập Ban tổ chức Hội thi GVDG THPT",
        "12/11/2026",
        "Phan Văn Dũng",
    ),
    (
        "Mau-dang-ky-tap-huan-kiem-dinh.docx",
        "Mẫu đăng ký tập huấn kiểm định chất lượng",
        "28/10/2026",
        "Phòng Khảo thí và Kiểm định chất lượng",
    ),
    (
        "Danh-sach-GV-tap-huan-kiem-dinh.pdf",
        "Danh sách giáo viên triệu tập tập huấn",
        "28/10/2026",
        "Phòng Khảo thí và Kiểm định chất lượng",
    ),
]
DOC_LIB = f"{SITE}/Shared%20Documents"


def _assets(page_file: str, name: str) -> str:
    return f"{SITE}/SiteAssets/SitePages/{page_file[:-5]}/{name}"


# Story.opts: file (file name as linked, percent-encoded), at (local publish time), persona
# (display names printed in the byline), when ("date" | "relative": how the byline prints the
# day), likes, comments [(name, day, text)], docs (indices into DOCS, right column), modified
# (the "Sửa đổi lần cuối" stamp), nfd (text web parts typed in decomposed Unicode), desc (card
# description), nbsp (the editor's &#160; after sentences).
# P styles: "" paragraph, "h3" sub-heading, "li" list item. Img styles: "" caption line as
# printed, "empty" an empty caption element, "none" no caption element.
def _s(**kw) -> Story:
    return Story(**kw)


STORIES: list[Story] = [
    _s(
        id=1,
        slug="Trao-Ky-Niem-Chuong-Vi-Su-Nghiep-Giao-Duc-Nam-2026",
        title="Trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho 27 cá nhân năm 2026",
        cat="ttsk",
        published_at="2026-11-24T15:10:00+07:00",
        summary=(
            "Chiều 24/11, Sở Giáo dục và Đào tạo tổ chức lễ trao Kỷ niệm chương “Vì sự nghiệp giáo"
            " dục” của Bộ Giáo dục và Đào tạo cho 27 cá nhân có nhiều đóng góp cho sự nghiệp giáo dục"
            " tỉnh nhà."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có lãnh đạo Sở Giáo dục và Đào tạo, Công đoàn ngành Giáo dục, đại diện"
                " lãnh đạo các phòng chuyên môn thuộc Sở và các cá nhân được trao tặng Kỷ niệm chương."
            ),
            P(
                "Các cá nhân được tặng Kỷ niệm chương năm nay gồm cán bộ quản lý, giáo viên đang công"
                " tác và đã nghỉ hưu, cán bộ các sở, ngành và lãnh đạo địa phương có nhiều năm gắn bó,"
                " hỗ trợ hoạt động giáo dục trên địa bàn tỉnh."
            ),
            Img(
                _assets(
                    "Trao-Ky-Niem-Chuong-Vi-Su-Nghiep-Giao-Duc-Nam-2026.aspx",
                    "29561873-trao-ky-niem-chuong-1.jpg",
                ),
                "Lãnh đạo Sở Giáo dục và Đào tạo trao Kỷ niệm chương cho các cá nhân",
                "Lãnh đạo Sở Giáo dục và Đào tạo trao Kỷ niệm chương cho các cá nhân",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Giám đốc Sở ghi nhận những đóng góp bền bỉ của các"
                " cá nhân; mong các đồng chí tiếp tục đồng hành cùng ngành trong thực hiện Chương trình"
                " giáo dục phổ thông 2018 và xây dựng trường học hạnh phúc."
            ),
            Img(
                _assets(
                    "Trao-Ky-Niem-Chuong-Vi-Su-Nghiep-Giao-Duc-Nam-2026.aspx",
                    "29561874-trao-ky-niem-chuong-2.jpg",
                ),
                "Các đại biểu chụp ảnh lưu niệm",
                "Các đại biểu chụp ảnh lưu niệm",
            ),
            Raw('<p class="rteAlignRight"><strong>Tin: Trần Văn Nam; Ảnh: Lê Hoàng</strong></p>'),
        ],
        authors=["Trần Văn Nam"],
        photographers=["Lê Hoàng"],
        opts={
            "at": datetime(2026, 11, 24, 15, 10),
            "when": "relative",
            "persona": ["Văn phòng Sở"],
            "likes": 12,
            "comments": [
                ("Nguyễn Thị Lan", "24/11/2026", "Xin chúc mừng các thầy cô đã được vinh danh!")
            ],
        },
    ),
    _s(
        id=2,
        slug="Tap-Huan-Day-Hoc-Mon-Tin-Hoc-Cho-Giao-Vien-THCS",
        title="Tập huấn dạy học môn Tin học theo Chương trình GDPT 2018 cho giáo viên THCS",
        cat="hdcm",
        published_at="2026-11-23",
        blocks=[
            P(
                "Từ ngày 21 đến 22/11/2026, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn dạy học môn"
                " Tin học theo Chương trình giáo dục phổ thông 2018 cho 142 giáo viên dạy Tin học cấp"
                " trung học cơ sở toàn tỉnh."
            ),
            P(
                "Tại lớp tập huấn, các học viên được báo cáo viên hướng dẫn xây dựng kế hoạch bài dạy"
                " theo định hướng phát triển năng lực, tổ chức dạy học chủ đề lập trình trực quan và"
                " đánh giá sản phẩm học tập của học sinh."
            ),
            Img(
                _assets(
                    "Tap-Huan-Day-Hoc-Mon-Tin-Hoc-Cho-Giao-Vien-THCS.aspx",
                    "41007215-tap-huan-tin-hoc.jpg",
                ),
                "Báo cáo viên hướng dẫn giáo viên thực hành thiết kế bài dạy lập trình trực quan",
                "Báo cáo viên hướng dẫn giáo viên thực hành thiết kế bài dạy lập trình trực quan",
            ),
            P(
                "Các nhóm giáo viên đã thực hành dạy minh họa, góp ý và hoàn thiện kế hoạch bài dạy"
                " ngay tại lớp. Sau tập huấn, giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo"
                " viên các trường trên địa bàn."
            ),
            Img(
                _assets(
                    "Tap-Huan-Day-Hoc-Mon-Tin-Hoc-Cho-Giao-Vien-THCS.aspx",
                    "41007216-tap-huan-tin-hoc-2.jpg",
                ),
                None,
                None,
                "none",
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "at": datetime(2026, 11, 23, 6, 15),
            "persona": ["Nguyễn Thị Thu Hà"],
            "likes": 7,
            "nbsp": True,
        },
    ),
    _s(
        id=3,
        slug=quote("Thông-báo-kế-hoạch-kiểm-tra-cuối-học-kỳ-I"),
        title="Thông báo kế hoạch kiểm tra cuối học kỳ I năm học 2026-2027",
        cat="tb",
        published_at="2026-11-20",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo kế hoạch tổ chức kiểm tra cuối học kỳ I năm học"
                " 2026-2027 đối với các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp -"
                " giáo dục thường xuyên trên địa bàn tỉnh như sau:"
            ),
            P("Thời gian kiểm tra: từ ngày 21/12 đến ngày 26/12/2026.", "li"),
            P("Đề kiểm tra các môn Toán, Ngữ văn, Tiếng Anh lớp 12 do Sở ra đề chung.", "li"),
            P("Các môn còn lại do các đơn vị chủ động ra đề theo ma trận đã thống nhất.", "li"),
            P(
                "Đề nghị thủ trưởng các đơn vị triển khai thực hiện nghiêm túc, báo cáo kết quả về Sở"
                " (qua Phòng Khảo thí và Kiểm định chất lượng) trước ngày 05/01/2027. Chi tiết xem"
                " văn bản đính kèm."
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "at": datetime(2026, 11, 20, 9, 40),
            "persona": ["Văn phòng Sở"],
            "likes": 3,
            "docs": [0, 1],
        },
    ),
    _s(
        id=4,
        slug="Hoi-Thi-Giao-Vien-Day-Gioi-2",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027",
        cat="hdcm",
        published_at="2026-11-18",
        blocks=[
            P(
                "Sáng 17/11/2026, tại Trường THPT chuyên Hà Tĩnh, Sở Giáo dục và Đào tạo khai mạc Hội"
                " thi giáo viên dạy giỏi cấp tỉnh bậc trung học phổ thông năm học 2026-2027."
            ),
            P(
                "Hội thi có 186 giáo viên của 41 trường THPT tham gia ở 13 môn học. Mỗi giáo viên"
                " trình bày biện pháp nâng cao chất lượng giảng dạy và dạy hai tiết thực hành trên"
                " lớp, trong đó có một tiết do Ban tổ chức bốc thăm."
            ),
            P("Điểm mới của hội thi năm nay", "h3"),
            P(
                "So với hội thi năm học trước (xem kết quả năm học 2025-2026), năm nay Ban tổ chức"
                " bổ sung yêu cầu ứng dụng công nghệ số trong tiết dạy và đánh giá theo tiêu chí phát"
                " triển phẩm chất, năng lực học sinh.",
                "link",
            ),
            Img(
                _assets("Hoi-Thi-Giao-Vien-Day-Gioi-2.aspx", "73340021-khai-mac-hoi-thi.jpg"),
                "Quang cảnh lễ khai mạc Hội thi",
                "Quang cảnh lễ khai mạc Hội thi",
            ),
            P("Hội thi diễn ra đến hết ngày 28/11/2026."),
        ],
        authors=["Phan Văn Dũng"],
        opts={
            "at": datetime(2026, 11, 18, 10, 5),
            "persona": ["ThS. Phan Văn Dũng"],
            "likes": 21,
            "docs": [2],
            "link": ("kết quả năm học 2025-2026", f"{PAGES}/Hoi-Thi-Giao-Vien-Day-Gioi.aspx"),
            "comments": [
                (
                    "Trần Minh Đức",
                    "18/11/2026",
                    "Chúc các thầy cô tham gia hội thi đạt kết quả cao.",
                ),
                ("Lê Thị Hồng", "19/11/2026", "Năm nay có bao nhiêu giáo viên môn Tin học ạ?"),
            ],
        },
    ),
    _s(
        id=5,
        slug="Hoc-Sinh-Ha-Tinh-Doat-5-Huy-Chuong-Hoi-Khoe-Phu-Dong",
        title="Học sinh Hà Tĩnh đoạt 5 huy chương tại Hội khỏe Phù Đổng toàn quốc",
        cat="ttsk",
        published_at="2026-11-16",
        blocks=[
            P(
                "Kết thúc Hội khỏe Phù Đổng toàn quốc lần thứ XI, đoàn vận động viên học sinh Hà Tĩnh"
                " giành 1 huy chương Vàng, 1 huy chương Bạc và 3 huy chương Đồng ở các môn điền kinh,"
                " cờ vua và võ cổ truyền."
            ),
            Img(
                _assets(
                    "Hoc-Sinh-Ha-Tinh-Doat-5-Huy-Chuong-Hoi-Khoe-Phu-Dong.aspx",
                    "88120417-hkpd-dien-kinh.jpg",
                ),
                "(Em Nguyễn Thị Khánh Linh nhận huy chương Vàng nội dung chạy 800 m nữ)",
                "Em Nguyễn Thị Khánh Linh nhận huy chương Vàng nội dung chạy 800 m nữ",
            ),
            P(
                "Em Nguyễn Thị Khánh Linh, học sinh Trường THPT Hương Khê, xuất sắc giành huy chương"
                " Vàng nội dung chạy 800 m nữ với thành tích 2 phút 17 giây 45."
            ),
            P(
                "Đoàn Hà Tĩnh có 96 vận động viên tham gia 12 môn thi đấu. Thành tích đạt được là sự"
                " ghi nhận cho công tác giáo dục thể chất và hoạt động thể thao trường học của tỉnh."
            ),
            Raw('<p class="rteAlignRight"><em>Nguồn: Báo Hà Tĩnh</em></p>'),
        ],
        source="Báo Hà Tĩnh",
        opts={
            "at": datetime(2026, 11, 16, 14, 30),
            "persona": ["Quản trị viên"],
            "likes": 34,
            "modified": "19/11/2026 08:12",
        },
    ),
    _s(
        id=6,
        slug="Trien-Khai-Nhiem-Vu-Giao-Duc-Mam-Non-Nam-Hoc-2026-2027",
        title="Triển khai nhiệm vụ giáo dục mầm non năm học 2026-2027",
        cat="hdcm",
        published_at="2026-11-13",
        blocks=[
            P(
                "Ngày 12/11/2026, Sở Giáo dục và Đào tạo tổ chức hội nghị triển khai nhiệm vụ giáo dục"
                " mầm non năm học 2026-2027 với sự tham dự của lãnh đạo, chuyên viên phụ trách giáo"
                " dục mầm non các phòng giáo dục và hiệu trưởng các trường mầm non."
            ),
            P(
                "Năm học 2025-2026, toàn tỉnh huy động 99,8% trẻ mẫu giáo ra lớp; 100% trẻ được học"
                " 2 buổi/ngày; tỷ lệ trẻ suy dinh dưỡng giảm còn 3,1%. Nhiều trường đã xây dựng môi"
                " trường giáo dục lấy trẻ làm trung tâm."
            ),
            Img(
                _assets(
                    "Trien-Khai-Nhiem-Vu-Giao-Duc-Mam-Non-Nam-Hoc-2026-2027.aspx",
                    "10442698-hoi-nghi-mam-non.jpg",
                ),
                "Các đại biểu dự hội nghị",
                "Các đại biểu dự hội nghị",
            ),
            P(
                "Năm học mới, ngành tập trung nâng cao chất lượng chăm sóc, giáo dục trẻ; thực hiện"
                " chương trình làm quen với tiếng Anh cho trẻ mẫu giáo ở nơi có điều kiện và bảo đảm"
                " an toàn tuyệt đối cho trẻ."
            ),
            Img(
                _assets(
                    "Trien-Khai-Nhiem-Vu-Giao-Duc-Mam-Non-Nam-Hoc-2026-2027.aspx",
                    "10442699-hoi-nghi-mam-non-2.jpg",
                ),
                "",
                None,
                "empty",
            ),
        ],
        authors=["Lê Thị Mai"],
        opts={
            "at": datetime(2026, 11, 13, 16, 20),
            "persona": ["Lê Thị Mai - Phòng GDMN"],
            "likes": 9,
            "nfd": True,
        },
    ),
    _s(
        id=7,
        slug="Sinh-Hoat-Chuyen-Mon-Theo-Nghien-Cuu-Bai-Hoc-Cum-THCS-Can-Loc",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường THCS huyện Can Lộc",
        cat="hdcm",
        published_at="2026-11-10",
        summary=(
            "Sinh hoạt chuyên môn theo nghiên cứu bài học giúp giáo viên cùng nhau quan sát việc học"
            " của học sinh, từ đó điều chỉnh cách dạy cho phù hợp."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày 07/11/2026, cụm trường THCS số 2 huyện Can Lộc tổ chức sinh hoạt chuyên môn môn"
                " Khoa học tự nhiên tại Trường THCS Thiên Lộc với tiết dạy minh họa bài “Tốc độ"
                " chuyển động” ở lớp 7A."
            ),
            Img(
                _assets(
                    "Sinh-Hoat-Chuyen-Mon-Theo-Nghien-Cuu-Bai-Hoc-Cum-THCS-Can-Loc.aspx",
                    "55210087-tiet-day-minh-hoa.jpg",
                ),
                "Tiết dạy minh họa môn Khoa học tự nhiên lớp 7A",
                "Tiết dạy minh họa môn Khoa học tự nhiên lớp 7A",
            ),
            P(
                "Sau tiết dạy, giáo viên dự giờ tập trung phân tích những biểu hiện học tập của từng"
                " nhóm học sinh thay vì nhận xét người dạy; cùng thảo luận nguyên nhân và đề xuất"
                " điều chỉnh hoạt động khởi động, hoạt động luyện tập."
            ),
            P(
                "Chuyên viên Phòng Giáo dục Trung học đề nghị các trường duy trì sinh hoạt chuyên môn"
                " theo cụm mỗi tháng một lần, chia sẻ kế hoạch bài dạy lên kho học liệu chung của"
                " ngành."
            ),
            Raw('<p class="rteAlignRight"><strong>Bài, ảnh: Đặng Thị Hương</strong></p>'),
        ],
        authors=["Đặng Thị Hương"],
        photographers=["Đặng Thị Hương"],
        opts={
            "at": datetime(2026, 11, 10, 8, 45),
            "persona": ["Phòng Giáo dục Trung học"],
            "likes": 5,
        },
    ),
    _s(
        id=8,
        slug="Khanh-Thanh-Diem-Truong-Mam-Non-Xa-Huong-Lien",
        title="Khánh thành điểm trường mầm non ở xã vùng cao Hương Liên",
        cat="ttsk",
        published_at="2026-11-06",
        summary=(
            "Điểm trường mầm non thôn Rào Tre, xã Hương Liên được xây dựng mới với tổng kinh phí"
            " 3,2 tỷ đồng, đáp ứng nhu cầu học tập của 64 trẻ em người Chứt và người Kinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sáng 05/11/2026, UBND huyện Hương Khê phối hợp với Sở Giáo dục và Đào tạo tổ chức"
                " khánh thành, đưa vào sử dụng điểm trường mầm non thôn Rào Tre, xã Hương Liên."
            ),
            P(
                "Công trình gồm 3 phòng học, phòng ăn, bếp một chiều, khu vệ sinh và sân chơi được"
                " trang bị đồ chơi ngoài trời, được xây dựng từ nguồn vốn xã hội hóa và ngân sách địa"
                " phương."
            ),
            Img(
                _assets(
                    "Khanh-Thanh-Diem-Truong-Mam-Non-Xa-Huong-Lien.aspx",
                    "62004518-cat-bang-khanh-thanh.jpg",
                ),
                "Các đại biểu cắt băng khánh thành điểm trường",
                "Các đại biểu cắt băng khánh thành điểm trường",
            ),
            Img(
                _assets(
                    "Khanh-Thanh-Diem-Truong-Mam-Non-Xa-Huong-Lien.aspx", "62004519-lop-hoc-moi.jpg"
                ),
                "Trẻ em thôn Rào Tre trong lớp học mới",
                "Trẻ em thôn Rào Tre trong lớp học mới",
            ),
            P(
                "Trước đây, trẻ em thôn Rào Tre phải học nhờ tại nhà văn hóa thôn đã xuống cấp. Điểm"
                " trường mới giúp các cháu có điều kiện học tập, vui chơi tốt hơn ngay tại thôn."
            ),
        ],
        authors=["Nguyễn Thị Thu Hà", "Hồ Sỹ Quang"],
        opts={
            "at": datetime(2026, 11, 6, 11, 0),
            "persona": ["Nguyễn Thị Thu Hà", "Hồ Sỹ Quang"],
            "likes": 48,
            "comments": [("Phạm Văn Hùng", "06/11/2026", "Mừng cho các cháu ở Rào Tre.")],
        },
    ),
    _s(
        id=9,
        slug="Kiem-Tra-Cong-Tac-Chuan-Bi-Thi-Hoc-Sinh-Gioi-Tinh-Lop-12",
        title="Kiểm tra công tác chuẩn bị kỳ thi chọn học sinh giỏi tỉnh lớp 12",
        cat="hdcm",
        published_at="2026-11-02",
        blocks=[
            P(
                "Từ ngày 29/10 đến 01/11/2026, đoàn công tác của Sở Giáo dục và Đào tạo đã kiểm tra"
                " công tác chuẩn bị kỳ thi chọn học sinh giỏi tỉnh lớp 12 tại 6 hội đồng thi."
            ),
            P(
                "Đoàn kiểm tra cơ sở vật chất phòng thi, hệ thống camera giám sát, phương án bảo quản"
                " đề thi, bài thi và công tác bảo đảm an ninh, trật tự, y tế tại các điểm thi."
            ),
            P(
                "Kỳ thi diễn ra trong hai ngày 06 và 07/11/2026 với 1.214 thí sinh dự thi 12 môn văn"
                " hóa. Các hội đồng thi đã sẵn sàng cho kỳ thi."
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "at": datetime(2026, 11, 2, 17, 5),
            "persona": ["Nguyễn Thị Thu Hà"],
            "likes": 4,
            "nbsp": True,
        },
    ),
    _s(
        id=10,
        slug="Thong-Bao-Trieu-Tap-Tap-Huan-Kiem-Dinh-Chat-Luong",
        title="Thông báo triệu tập giáo viên tham gia tập huấn công tác kiểm định chất lượng giáo dục",
        cat="tb",
        published_at="2026-10-28",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo triệu tập cán bộ quản lý, giáo viên có tên trong danh sách kèm"
                " theo tham gia lớp tập huấn công tác tự đánh giá và đánh giá ngoài cơ sở giáo dục phổ"
                " thông."
            ),
            P(
                "Thời gian: 01 ngày, bắt đầu từ 7 giờ 30 phút ngày 05/11/2026. Địa điểm: Hội trường"
                " tầng 3, Sở Giáo dục và Đào tạo."
            ),
            P(
                "Các đơn vị gửi phiếu đăng ký theo mẫu về Phòng Khảo thí và Kiểm định chất lượng"
                " trước ngày 02/11/2026."
            ),
        ],
        authors=["Phòng Khảo thí và Kiểm định chất lượng"],
        opts={
            "at": datetime(2026, 10, 28, 15, 0),
            "persona": ["Phòng Khảo thí và Kiểm định chất lượng"],
            "likes": 2,
            "docs": [3, 4],
        },
    ),
    _s(
        id=11,
        slug="Chuyen-De-Doi-Moi-Phuong-Phap-Day-Hoc-Ngu-Van-Lop-12",
        title="Chuyên đề đổi mới phương pháp dạy học môn Ngữ văn lớp 12",
        cat="hdcm",
        published_at="2026-10-21",
        blocks=[
            P(
                "Ngày 19/10/2026, Trường THPT Phan Đình Phùng tổ chức chuyên đề đổi mới phương pháp"
                " dạy học môn Ngữ văn lớp 12 cho giáo viên Ngữ văn các trường THPT khu vực thành phố."
            ),
            P(
                "Hai tiết dạy minh họa bài “Ai đã đặt tên cho dòng sông?” và “Người lái đò sông Đà”"
                " được thiết kế theo hướng đọc hiểu văn bản theo đặc trưng thể loại, tăng cường hoạt"
                " động nhóm và phiếu học tập."
            ),
            Img(
                _assets(
                    "Chuyen-De-Doi-Moi-Phuong-Phap-Day-Hoc-Ngu-Van-Lop-12.aspx",
                    "30981154-chuyen-de-ngu-van.jpg",
                ),
                "Giáo viên dự giờ tiết dạy minh họa tại lớp 12A1",
                "Giáo viên dự giờ tiết dạy minh họa tại lớp 12A1",
            ),
            P(
                "Các giáo viên dự chuyên đề đã trao đổi về cách ra đề kiểm tra đánh giá năng lực đọc"
                " hiểu với ngữ liệu ngoài sách giáo khoa, đáp ứng định hướng của kỳ thi tốt nghiệp THPT"
                " từ năm 2025."
            ),
            Raw('<p class="rteAlignRight"><em>Hồ Sỹ Quang - Trường THPT Phan Đình Phùng</em></p>'),
        ],
        authors=["Hồ Sỹ Quang"],
        opts={
            "at": datetime(2026, 10, 21, 9, 30),
            "persona": ["Phòng Giáo dục Trung học"],
            "likes": 11,
        },
    ),
    _s(
        id=12,
        slug="Hoi-Thao-Chuyen-Doi-So-Trong-Quan-Ly-Truong-Hoc",
        title="Hội thảo chia sẻ kinh nghiệm chuyển đổi số trong quản lý trường học",
        cat="hdcm",
        published_at="2026-10-14",
        summary=(
            "Hội thảo là dịp để các nhà trường chia sẻ cách làm hiệu quả trong số hóa hồ sơ, sổ"
            " sách và quản lý dạy học trên môi trường số."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày 12/10/2026, Phòng Giáo dục và Đào tạo huyện Thạch Hà tổ chức hội thảo chuyển đổi"
                " số trong quản lý trường học với sự tham gia của hiệu trưởng các trường tiểu học và"
                " trung học cơ sở."
            ),
            P("Những kết quả bước đầu", "h3"),
            P("100% trường học sử dụng học bạ số và sổ điểm điện tử;", "li"),
            P("Hồ sơ chuyên môn của giáo viên được lưu trữ trên nền tảng số;", "li"),
            P("Thu học phí và các khoản thu không dùng tiền mặt đạt 96%.", "li"),
            Img(
                _assets(
                    "Hoi-Thao-Chuyen-Doi-So-Trong-Quan-Ly-Truong-Hoc.aspx",
                    "47730152-hoi-thao-chuyen-doi-so.jpg",
                ),
                None,
                None,
                "none",
            ),
            P("Những khó khăn cần tháo gỡ", "h3"),
            P(
                "Đại biểu cho rằng thiết bị ở một số trường còn thiếu, đường truyền Internet ở các xã"
                " vùng xa chưa ổn định, một bộ phận giáo viên lớn tuổi còn lúng túng khi sử dụng phần"
                " mềm."
            ),
            Raw('<p class="rteAlignRight">Nguồn: Phòng GD&amp;ĐT Thạch Hà</p>'),
        ],
        authors=["Trần Quốc Bảo"],
        source="Phòng GD&ĐT Thạch Hà",
        opts={
            "at": datetime(2026, 10, 14, 10, 20),
            "persona": ["Trần Quốc Bảo"],
            "likes": 15,
        },
    ),
]

_BY_FILE = {unquote(s.slug) + ".aspx": s for s in STORIES}
OLD_PAGE = "Hoi-Thi-Giao-Vien-Day-Gioi.aspx"


def article_path(story: Story) -> str:
    return f"{PAGES}/{story.slug}.aspx"


def newest(topic: str | None = None) -> list[Story]:
    items = [s for s in STORIES if topic is None or s.cat == topic]
    return sorted(items, key=lambda s: s.opts["at"], reverse=True)


GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        TOPICS[s.cat].printed,
        alt_paths=[
            f"{article_path(s)}?Mobile=1",
            f"{article_path(s)}?source={SOURCE_HOME}",
            f"{article_path(s)}?source={SOURCE_HOME}&Mobile=1",
        ],
    )
    for s in newest()
]

NON_ARTICLES: list[str] = [
    START_PATH,
    f"{PAGES}/Tin-tuc.aspx",
    *(f"{PAGES}/{t.page}" for t in TOPICS.values()),
    f"{ROLLUP}?newsSource=1",
    f"{ROLLUP}?newsSource=1&page=2",
    f"{ROLLUP}?newsSource=1&page=3",
    f"{ROLLUP}?newsSource=1&page=4",
    f"{PAGES}/Gioi-thieu.aspx",
    f"{PAGES}/Lien-he.aspx",
    f"{PAGES}/Thu-vien-anh.aspx",
    f"{DOC_LIB}/Forms/AllItems.aspx",
    f"{PAGES}/Forms/ByAuthor.aspx",
    f"{SITE}/_layouts/15/viewlsts.aspx",
    f"{DOC_LIB}/{DOCS[1][0]}?web=1",
]


# --- small pieces ----------------------------------------------------------------------------


def _local(story: Story) -> datetime:
    return story.opts["at"].replace(tzinfo=LOCAL)


def _day_words(d: datetime) -> str:
    return f"{d.day} tháng {d.month}, {d.year}"


WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
TODAY_DT = datetime(2026, 11, 25)


def _relative(d: datetime) -> str:
    days = (TODAY_DT.date() - d.date()).days
    if days == 0:
        return "hôm nay"
    if days == 1:
        return "hôm qua"
    if days < 7:
        return f"{days} ngày trước"
    return _day_words(d)


def _card_date(story: Story) -> str:
    return _relative(story.opts["at"])


def _desc(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "…"


def _with_mobile(href: str) -> str:
    if "Mobile=1" in href:
        return href
    return href + ("&" if "?" in href else "?") + "Mobile=1"


def _without_mobile(href: str) -> str:
    out = href.replace("&Mobile=1", "").replace("?Mobile=1&", "?").replace("Mobile=1&", "")
    return out[: -len("?Mobile=1")] if out.endswith("?Mobile=1") else out


def _thumb(story: Story) -> str:
    imgs = story.images
    return imgs[0].src if imgs else f"{SITE}/SiteAssets/__siteIcon__.png"


def _persona_account(name: str) -> str:
    ascii_name = unicodedata.normalize(
        "NFD", name.split(" - ")[0].replace("Đ", "D").replace("đ", "d")
    )
    ascii_name = "".join(c for c in ascii_name if not unicodedata.combining(c) and c.isalnum())
    return quote(f"{ascii_name.lower()}@{TENANT}")


# --- page chrome -------------------------------------------------------------------------------

_NAV = [
    ("Trang chủ", f"{PAGES}/Home.aspx", []),
    ("Giới thiệu", f"{PAGES}/Gioi-thieu.aspx", []),
    (
        "Tin tức",
        f"{PAGES}/Tin-tuc.aspx",
        [(t.menu, f"{PAGES}/{t.page}") for t in TOPICS.values()],
    ),
    ("Văn bản", f"{DOC_LIB}/Forms/AllItems.aspx", []),
    ("Thư viện ảnh", f"{PAGES}/Thu-vien-anh.aspx", []),
    ("Liên hệ", f"{PAGES}/Lien-he.aspx", []),
]


def _link(href: str, mobile: bool) -> str:
    return _with_mobile(href) if mobile else href


def _nav(mobile: bool) -> str:
    items = []
    for label, href, children in _NAV:
        sub = ""
        if children:
            sub = (
                '<ul class="ms-HorizontalNav-subMenu c_n_3fe0a1d2" role="menu">'
                + "".join(
                    f'<li role="none"><a role="menuitem" class="ms-Link" href="{_link(h, mobile)}">{esc(lbl)}</a></li>'
                    for lbl, h in children
                )
                + "</ul>"
            )
        items.append(
            f'<li class="ms-HorizontalNavItem" role="none"><a class="ms-HorizontalNavItem-link is-navigationItem" role="menuitem" '
            f'data-automationid="HorizontalNav-link" href="{_link(href, mobile)}"><span class="ms-HorizontalNavItem-linkText">{esc(label)}</span></a>{sub}</li>'
        )
    return f'<nav class="ms-HorizontalNav" role="navigation" aria-label="Dẫn hướng trang"><ul class="ms-HorizontalNavItems" role="menubar">{"".join(items)}</ul></nav>'


def _context(page_url: str, title: str, extra: dict | None = None) -> str:
    data = {
        "webAbsoluteUrl": f"https://{TENANT.split('.')[0]}.sharepoint.com{SITE}",
        "webServerRelativeUrl": SITE,
        "webTitle": SITE_TITLE,
        "serverRequestPath": unquote(page_url),
        "currentUICultureName": "vi-VN",
        "currentCultureName": "vi-VN",
        "isAnonymousGuestUser": True,
        "userDisplayName": "",
        "siteId": "{" + _guid("site") + "}",
        "webId": "{" + _guid("web") + "}",
        "listTitle": "Trang web",
        "pageTitle": title,
        **(extra or {}),
    }
    return f"<script>var _spPageContextInfo={json.dumps(data, ensure_ascii=False)};</script>"


def _auth(page_url: str) -> str:
    return f"{SITE}/_layouts/15/Authenticate.aspx?Source={quote(page_url, safe='')}"


def _page(
    page_url: str,
    title: str,
    main: str,
    *,
    mobile: bool = False,
    ctx: dict | None = None,
    head: str = "",
) -> str:
    top = (
        f'<div data-sp-placeholder="Top" class="d_t_{_h("top")}"><div class="sgddt-topbar fui-FluentProvider">'
        f'<span class="fui-Text ___1x2cf9k">{TODAY}</span><span class="sep">|</span>'
        f'<span class="fui-Text">Đường dây nóng: {HOTLINE}</span></div></div>'
    )
    suite = (
        '<div id="SuiteNavWrapper" class="o365sx-navbar"><div class="o365sx-appName"><a href="'
        f'{SITE}/SitePages/Home.aspx" class="o365sx-appName-link">SharePoint</a></div>'
        '<div class="o365sx-rightRegion"><button class="o365sx-button" type="button" aria-label="Cài đặt">⚙</button>'
        f'<a class="o365sx-signIn" href="{_auth(page_url)}">Đăng nhập</a></div></div>'
    )
    header = f"""<div data-automationid="SiteHeader" class="ms-siteHeader-siteLogo e_h_{_h("hdr")}" role="banner">
<div class="ms-siteLogo-actual"><a href="{_link(START_PATH, mobile)}"><img src="{SITE}/SiteAssets/__siteIcon__.png" alt="Logo Sở Giáo dục và Đào tạo"></a></div>
<div class="ms-siteHeader-siteName"><span data-automationid="SiteHeaderTitle" class="ms-siteHeader-title">{esc(SITE_TITLE)}</span></div>
{_nav(mobile)}
<div class="ms-searchux-searchbox" role="search"><form action="{SITE}/_layouts/15/search.aspx" method="get"><input type="search" name="q" placeholder="Tìm kiếm trên site này" aria-label="Tìm kiếm trên site này"><button type="submit" class="ms-SearchBox-searchButton">Tìm kiếm</button></form></div>
</div>"""
    mobile = mobile or "Mobile=1" in page_url
    switch = (
        f'<a class="ms-Link f_m_{_h("mob")}" href="{esc(_without_mobile(page_url) if mobile else _with_mobile(page_url))}">'
        f"{'Xem ở chế độ máy tính' if mobile else 'Xem ở chế độ di động'}</a>"
    )
    footer = f"""<footer data-automation-id="SiteFooter" class="ms-siteFooter g_f_{_h("ftr")}" role="contentinfo">
<div class="ms-siteFooter-logo"><img src="{SITE}/SiteAssets/logo-footer.png" alt=""></div>
<div class="ms-siteFooter-name">{esc(SITE_TITLE.upper())}</div>
<div class="ms-siteFooter-links"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hà Tĩnh</p>
<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {HOTLINE} - Email: {EMAIL}</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
<p><a href="{_link(f"{PAGES}/Lien-he.aspx", mobile)}">Liên hệ</a> · <a href="{SITE}/_layouts/15/viewlsts.aspx">Nội dung trang</a> · {switch}</p></div>
</footer>
<div data-sp-placeholder="Bottom" class="h_b_{_h("bottom")}"><div class="sgddt-counter">Lượt truy cập: 1.284.506 · Đang trực tuyến: 37 · Hôm nay: 2.113</div></div>"""
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=47" type="image/vnd.microsoft.icon">
<link rel="stylesheet" href="/_layouts/15/1066/styles/Themable/corev15.css">
{head}{_context(page_url, title, ctx)}
<script src="/_layouts/15/sp-pages-assembly_vi-vn_9b2e0c1d.js"></script>
</head>
<body class="ms-backgroundImage"{' data-mobile="1"' if mobile else ""}>
<div id="spPageChromeAppDiv" class="SPPageChrome">{suite}{top}{header}
<div data-automation-id="contentScrollRegion" class="mainContent i_m_{_h(title)}" role="main">
{main}
</div>
{footer}
</div></body></html>"""


# --- web parts -----------------------------------------------------------------------------------


def _section(inner: str, seed: str, *, cols: str = "CanvasSection-xl12", emphasis: str = "") -> str:
    emph = f" {emphasis}" if emphasis else ""
    return (
        f'<div class="CanvasZone row CanvasZone--read{emph}" data-automation-id="CanvasZone">'
        f'<div class="CanvasZoneSectionContainer"><div class="CanvasSection CanvasSection-col CanvasSection-sm12 {cols}">'
        f"{inner}</div></div></div>"
    )


def _control(inner: str, seed: str) -> str:
    return f'<div class="ControlZone ControlZone--control" data-automation-id="CanvasControl" id="{_guid(seed)}">{inner}</div>'


def _rte(chunks: list[str], seed: str) -> str:
    body = "".join(chunks)
    return _control(
        f'<div data-sp-feature-tag="Rich Text Editor" class="rte-webpart j_r_{_h(seed)}" data-sp-feature-instance-id="{_guid(seed + "rte")}">'
        f'<div data-automation-id="textBox" class="cke_editable rteEmphasis ms-rtestate-field k_t_{_h(seed, 6)}" dir="ltr">'
        f'<div data-sp-rte="">{body}</div></div></div>',
        seed,
    )


def _image_wp(img: Img, seed: str, mobile: bool) -> str:
    cap = ""
    if img.style == "empty":
        cap = '<div class="captionElement" data-automation-id="captionElement"></div>'
    elif img.style != "none":
        cap = (
            f'<div class="captionElement" data-automation-id="captionElement">'
            f'<div class="fui-Text l_c_{_h(seed, 6)}">{esc(img.printed or "")}</div></div>'
        )
    alt = "Hình ảnh" if img.style == "none" else ""
    return _control(
        f'<div data-sp-feature-tag="ImageWebPart" class="imageWebPart a_a_{_h(seed)}" data-sp-feature-instance-id="{_guid(seed + "img")}">'
        f'<div class="ImageWebPart-imageContainer b_i_{_h(seed + "c")}"><div class="ms-Image ms-Image--portrait" style="width:100%">'
        f'<img class="ms-Image-image is-loaded ms-Image-image--portrait" src="{img.src}" alt="{alt}" data-sp-prop-name="imageSource"></div></div>'
        f"{cap}</div>",
        seed,
    )


def _text(story: Story, value: str) -> str:
    if story.opts.get("nfd"):
        value = unicodedata.normalize("NFD", value)
    out = esc(value)
    if story.opts.get("nbsp"):
        out = out.replace(". ", ".&#160; ", 1)
    return out


def _content(story: Story, mobile: bool) -> str:
    """The canvas: lead section, text and image web parts in page order."""
    seed = f"{story.id}"
    parts: list[str] = []
    chunk: list[str] = []
    items: list[str] = []

    def flush_list() -> None:
        if items:
            chunk.append("<ul>" + "".join(items) + "</ul>")
            items.clear()

    def flush(n: int) -> None:
        flush_list()
        if chunk:
            parts.append(_rte(list(chunk), f"{seed}-t{n}"))
            chunk.clear()

    for n, block in enumerate(story.blocks):
        if isinstance(block, P):
            if block.style == "li":
                items.append(f"<li>{_text(story, block.text)}</li>")
                continue
            flush_list()
            if block.style == "h3":
                chunk.append(f"<h3>{_text(story, block.text)}</h3>")
            elif block.style == "link":
                label, href = story.opts["link"]
                before, after = block.text.split(label, 1)
                href = _with_mobile(href) if mobile else href
                chunk.append(
                    f'<p>{_text(story, before)}<a href="{href}" data-interception="off">{_text(story, label)}</a>{_text(story, after)}</p>'
                )
            else:
                chunk.append(f"<p>{_text(story, block.text)}</p>")
        elif isinstance(block, Img):
            flush(n)
            parts.append(_image_wp(block, f"{seed}-i{n}", mobile))
        elif isinstance(block, Raw):
            flush_list()
            chunk.append(block.html)
    flush(len(story.blocks))
    lead = ""
    if story.summary and story.sapo_outside:
        lead = _section(
            _rte([f"<p><strong>{_text(story, story.summary)}</strong></p>"], f"{seed}-lead"),
            f"{seed}-lead",
            emphasis="CanvasZone--emphasis-neutral m_e_" + _h(seed + "lead"),
        )
    docs = story.opts.get("docs")
    if docs:
        doc_items = "".join(
            f'<li class="ms-DocumentCard n_d_{_h(DOCS[i][0], 6)}"><a class="ms-DocumentCardTitle" href="{DOC_LIB}/{DOCS[i][0]}?csf=1&amp;web=1&amp;e={_h(DOCS[i][0] + "e", 6)}" data-interception="off">'
            f'<span class="fui-Text">{esc(DOCS[i][0])}</span></a><div class="ms-DocumentCardActivity">{esc(DOCS[i][3])} · {DOCS[i][2]}</div></li>'
            for i in docs
        )
        right = _control(
            f'<div data-sp-feature-tag="DocumentEmbedWebPart" class="docLib o_d_{_h(seed)}"><h2 class="fui-Text webPartTitle">Tài liệu đính kèm</h2><ul>{doc_items}</ul></div>',
            seed + "docs",
        )
        main = (
            '<div class="CanvasZone row CanvasZone--read" data-automation-id="CanvasZone"><div class="CanvasZoneSectionContainer">'
            f'<div class="CanvasSection CanvasSection-col CanvasSection-sm12 CanvasSection-xl8">{"".join(parts)}</div>'
            f'<div class="CanvasSection CanvasSection-col CanvasSection-sm12 CanvasSection-xl4">{right}</div></div></div>'
        )
    else:
        main = _section("".join(parts), seed)
    return lead + main


_QUICK = [
    ("Cơ sở dữ liệu ngành", "https://csdl.moet.gov.vn/"),
    ("Hệ thống thi - tuyển sinh", "https://thituyensinh.hatinh.edu.vn/"),
    ("Dịch vụ công trực tuyến", "https://dichvucong.hatinh.gov.vn/"),
    ("Thư viện học liệu số", f"{PAGES}/Thu-vien-anh.aspx"),
]


def _quick_links(seed: str) -> str:
    links = "".join(
        f'<li class="p_q_{_h(label, 6)}"><a href="{href}" data-interception="off" class="ms-Button ms-Button--action"><span class="fui-Text">{esc(label)}</span></a></li>'
        for label, href in _QUICK
    )
    return _control(
        f'<div data-sp-feature-tag="QuickLinksWebPart" class="quickLinks q_l_{_h(seed)}"><h2 class="fui-Text webPartTitle">Liên kết nhanh</h2><ul class="compactList">{links}</ul></div>',
        seed + "ql",
    )


def _card(story: Story, mobile: bool, *, source: bool = False, hero: bool = False) -> str:
    href = article_path(story)
    if source:
        href += f"?source={SOURCE_HOME}"
    if mobile:
        href = _with_mobile(href)
    persona = esc(story.opts["persona"][0])
    cls = "heroItem" if hero else "newsItem"
    return (
        f'<div class="{cls} r_n_{_h(story.slug + cls, 6)}" data-automation-id="newsItem" role="listitem">'
        f'<a href="{href}" class="s_n_{_h(story.slug, 6)}" data-automation-id="newsItemTitle" data-interception="off">'
        f'<div class="thumbnail"><img src="{_thumb(story)}" alt="" loading="lazy"></div>'
        f'<div class="fui-Text t_t_{_h(story.slug + "t", 6)}" data-automation-id="newsItemTitle">{esc(story.title)}</div></a>'
        f'<div class="fui-Text description" data-automation-id="newsItemDescription">{esc(_desc(story))}</div>'
        f'<div class="u_p_{_h(story.slug + "p", 6)}"><span class="authorName">{persona}</span> '
        f'<span class="publishDate" title="{_day_words(story.opts["at"])}">{_card_date(story)}</span></div></div>'
    )


def _related(story: Story, mobile: bool) -> str:
    others = [s for s in newest(story.cat) if s is not story][:3]
    cards = "".join(_card(s, mobile) for s in others)
    more = _rollup_url(story.cat)
    return _control(
        f'<div data-sp-feature-tag="News" class="newsWebPart v_r_{_h(story.slug)}"><div class="webPartHeader"><h2 class="fui-Text webPartTitle">Tin liên quan</h2>'
        f'<a class="seeAll" href="{esc(_link(more, mobile))}">Xem tất cả</a></div><div role="list" class="newsList">{cards}</div></div>',
        story.slug + "rel",
    )


def _byline(story: Story) -> str:
    personas = "".join(
        f'<div class="ms-Persona ms-Persona--size40 w_p_{_h(name, 6)}" data-automation-id="personaDetails">'
        f'<div class="ms-Persona-coin"><div class="ms-Persona-imageArea"><img class="ms-Image-image" src="{SITE}/_layouts/15/userphoto.aspx?size=M&amp;accountname={_persona_account(name)}" alt=""></div></div>'
        f'<div class="ms-Persona-details"><div class="ms-Persona-primaryText fui-Text x_n_{_h(name + "n", 6)}">{esc(name)}</div></div></div>'
        for name in story.opts["persona"]
    )
    at = story.opts["at"]
    if story.opts.get("when") == "relative":
        tip = f"{WEEKDAYS[at.weekday()]}, {_day_words(at)} {at:%H:%M}"
        date_line = f'<span class="fui-Text" title="{tip}">Đã xuất bản {_relative(at)}</span>'
    else:
        date_line = f'<span class="fui-Text">Đã xuất bản {_day_words(at)}</span>'
    return (
        f'<div data-automation-id="pageHeaderPersonaBlock" class="personaBlock y_b_{_h(story.slug, 8)}">'
        f'<div class="personaList">{personas}</div>'
        f'<div class="z_d_{_h(story.slug + "d", 8)}" data-automation-id="pageHeaderPublishDate">{date_line}</div></div>'
    )


def _comments(story: Story, page_url: str) -> str:
    likes = story.opts.get("likes", 0)
    listing = "".join(
        f'<li class="ms-Comment c_c_{_h(name + day, 6)}"><div class="ms-Comment-header"><span class="commenterName">{esc(name)}</span>'
        f'<span class="commentDate">{day}</span></div><div class="ms-Comment-text"><p>{esc(text)}</p></div>'
        f'<div class="ms-Comment-actions"><span>Thích</span> · <span>Trả lời</span></div></li>'
        for name, day, text in story.opts.get("comments", [])
    )
    modified = story.opts.get("modified")
    mod = f'<div class="fui-Text pageDetails">Sửa đổi lần cuối {modified}</div>' if modified else ""
    return f"""<div data-sp-feature-tag="Comments" class="commentsWrapper a_c_{_h(story.slug + "cw")}">
<div class="socialBar b_s_{_h(story.slug + "sb", 6)}" data-automation-id="sp-socialbar"><button type="button" class="ms-Button like">Thích ({likes})</button>
<span class="viewCount" data-automation-id="sp-socialbar-viewcount">Lượt xem {story.views()}</span>
<button type="button" class="ms-Button save">Lưu cho sau</button></div>{mod}
<h2 class="fui-Text commentsTitle">Bình luận</h2>
<div class="addComment"><a href="{_auth(page_url)}">Đăng nhập để thêm bình luận</a></div>
<ul class="commentsList">{listing}</ul></div>"""


def _article(story: Story, page_url: str, mobile: bool) -> str:
    topic = TOPICS[story.cat]
    at = _local(story)
    first_utc = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    path = article_path(story)
    edit = f"{path}?Mode=Edit"
    commands = (
        f'<div class="commandBarWrapper d_c_{_h(story.slug + "cb", 6)}" role="menubar">'
        f'<a class="ms-Button ms-Button--commandBar" href="{edit}" role="menuitem" data-automation-id="pageCommandBarEditButton">Chỉnh sửa</a>'
        '<button class="ms-Button ms-Button--commandBar" type="button" data-automation-id="shareButton">Chia sẻ</button>'
        '<button class="ms-Button ms-Button--commandBar" type="button">Lưu cho sau</button></div>'
    )
    header = f"""<div data-automation-id="pageHeader" class="pageTitle_{_h(story.slug + "ph", 8)} pageHeader-plain">
<div class="ms-TopicHeader e_t_{_h(topic.key, 6)}" data-automation-id="topicHeader"><span class="fui-Text">{esc(topic.printed)}</span></div>
<h1 data-automation-id="pageTitle" class="ms-font-xxl f_t_{_h(story.slug, 8)}" role="heading" aria-level="1">{esc(story.title)}</h1>
{_byline(story)}
</div>"""
    bottom = ""
    if not mobile:
        bottom = _section(_quick_links(story.slug) + _related(story, mobile), story.slug + "bottom")
    else:
        bottom = f'<p class="mobileBack"><a href="{_with_mobile(ROLLUP + "?newsSource=1")}">Tất cả tin tức</a></p>'
    canvas = f'<div class="CanvasComponent LCS" data-automation-id="CanvasComponent">{_content(story, mobile)}{bottom}</div>'
    main = f'{"" if mobile else commands}<article class="g_a_{_h(story.slug + "art", 8)}">{header}{canvas}</article>{_comments(story, page_url)}'
    head = (
        f'<meta property="og:title" content="{esc(story.title)}">\n<meta property="og:type" content="article">\n'
        f'<meta property="og:description" content="{esc(_desc(story))}">\n'
        f'<meta property="og:image" content="{_thumb(story)}">\n'
    )
    ctx = {
        "pageItemId": story.id,
        "PromotedState": 2,
        "FirstPublishedDate": first_utc,
        "Modified": (at + timedelta(days=3 if story.opts.get("modified") else 0, minutes=7))
        .astimezone(UTC)
        .strftime("%Y-%m-%dT%H:%M:%SZ"),
        "BannerImageUrl": _thumb(story),
        "Description": _desc(story),
    }
    return _page(page_url, story.title, main, mobile=mobile, ctx=ctx, head=head)


# --- listings ----------------------------------------------------------------------------------

_INSTANCES = {key: _guid("news-instance-" + key) for key in TOPICS}
_PAGES_LIST = _guid("pages-list")


def _rollup_url(topic: str | None) -> str:
    if topic is None:
        return f"{ROLLUP}?newsSource=1"
    query = urlencode(
        {
            "newsSource": 1,
            "instanceId": _INSTANCES[topic],
            "webPartId": NEWS_WEBPART,
            "serverRelativeUrl": SITE,
            "pagesListId": _PAGES_LIST,
        }
    )
    return f"{ROLLUP}?{query}"


def _news_webpart(
    title: str, stories: list[Story], see_all: str, mobile: bool, *, seed: str, source: bool = False
) -> str:
    cards = "".join(_card(s, mobile, source=source) for s in stories)
    return _control(
        f'<div data-sp-feature-tag="News" class="newsWebPart h_n_{_h(seed)}"><div class="webPartHeader"><h2 class="fui-Text webPartTitle">{esc(title)}</h2>'
        f'<a class="seeAll" href="{esc(_link(see_all, mobile))}">Xem tất cả</a></div><div role="list" class="newsList">{cards}</div></div>',
        seed,
    )


def _site_page(page_url: str, title: str, sections: str, mobile: bool) -> str:
    header = (
        f'<div data-automation-id="pageHeader" class="pageTitle_{_h(title, 8)} pageHeader-plain">'
        f'<h1 data-automation-id="pageTitle" class="ms-font-xxl f_t_{_h(title, 8)}">{esc(title)}</h1></div>'
    )
    main = f'<div class="CanvasComponent LCS">{header}{sections}</div>'
    return _page(page_url, title, main, mobile=mobile)


def _home(page_url: str, mobile: bool) -> str:
    top = newest()[:5]
    hero = _control(
        f'<div data-sp-feature-tag="HeroWebPart" class="heroWebPart i_h_{_h("hero")}" role="list">'
        + "".join(_card(s, mobile, source=True, hero=True) for s in top)
        + "</div>",
        "hero",
    )
    notices = _news_webpart(
        "Thông báo", newest("tb")[:3], f"{PAGES}/Thong-Bao.aspx", mobile, seed="home-tb"
    )
    events = _control(
        '<div data-sp-feature-tag="Rich Text Editor" class="rte-webpart"><div class="ms-rtestate-field"><h2>Lịch công tác tuần</h2>'
        "<p>Thứ Hai 30/11: Giao ban lãnh đạo Sở.</p><p>Thứ Tư 02/12: Kiểm tra công tác bán trú tại huyện Hương Sơn.</p>"
        "<p>Thứ Sáu 04/12: Hội nghị trực tuyến sơ kết tháng 11.</p></div></div>",
        "events",
    )
    sections = _section(hero, "home-hero") + (
        '<div class="CanvasZone row"><div class="CanvasZoneSectionContainer">'
        f'<div class="CanvasSection CanvasSection-col CanvasSection-xl8">{notices}</div>'
        f'<div class="CanvasSection CanvasSection-col CanvasSection-xl4">{_quick_links("home")}{events}</div></div></div>'
    )
    return _site_page(page_url, "Trang chủ", sections, mobile)


def _tin_tuc(page_url: str, mobile: bool) -> str:
    wp = _news_webpart("Tin tức", newest()[:5], f"{ROLLUP}?newsSource=1", mobile, seed="tintuc")
    return _site_page(page_url, "Tin tức", _section(wp, "tintuc"), mobile)


def _topic_page(topic: Topic, page_url: str, mobile: bool) -> str:
    wp = _news_webpart(
        topic.menu, newest(topic.key)[:3], _rollup_url(topic.key), mobile, seed="topic-" + topic.key
    )
    return _site_page(page_url, topic.menu, _section(wp, "topic" + topic.key), mobile)


def _rollup(request: Request, mobile: bool) -> str:
    params = request.params
    instance = params.get("instanceId")
    topic = next((k for k, v in _INSTANCES.items() if v == instance), None)
    try:
        page = max(1, int(params.get("page", "1")))
    except ValueError:
        page = 1
    items = newest(topic)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    base = _rollup_url(topic)
    cards = "".join(_card(s, mobile) for s in chunk)
    if not chunk:
        cards = '<div class="emptyState fui-Text">Không còn tin tức nào để hiển thị.</div>'
    more = ""
    if len(chunk) == PER_PAGE:
        more = f'<div class="seeMore"><a class="ms-Button ms-Button--default" href="{esc(_link(f"{base}&page={page + 1}", mobile))}">Xem thêm</a></div>'
    title = f"Tin tức - {TOPICS[topic].menu}" if topic else "Tin tức"
    main = (
        f'<div class="newsRollup j_u_{_h("rollup" + str(topic))}"><h1 class="ms-font-xxl">{esc(title)}</h1>'
        f'<div role="list" class="newsList">{cards}</div>{more}</div>'
    )
    return _page(request.target, title, main, mobile=mobile)


# --- other pages -------------------------------------------------------------------------------


def _static(page_url: str, title: str, paragraphs: list[str], mobile: bool) -> str:
    rte = _rte([f"<p>{esc(p)}</p>" for p in paragraphs], "static" + title)
    return _site_page(page_url, title, _section(rte, title), mobile)


_GIOI_THIEU = [
    "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu,"
    " giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.",
    "Cơ cấu tổ chức gồm Ban Giám đốc, Văn phòng, Thanh tra, Phòng Tổ chức cán bộ, Phòng Kế hoạch -"
    " Tài chính, Phòng Giáo dục Mầm non, Phòng Giáo dục Tiểu học, Phòng Giáo dục Trung học, Phòng"
    " Giáo dục thường xuyên - Chuyên nghiệp và Phòng Khảo thí và Kiểm định chất lượng.",
    "Toàn tỉnh hiện có hơn 700 cơ sở giáo dục với trên 320.000 học sinh.",
]
_LIEN_HE = [
    f"Địa chỉ: {ADDRESS}",
    f"Điện thoại: {HOTLINE}",
    f"Email: {EMAIL}",
    "Thời gian làm việc: sáng từ 7 giờ 00 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ 00 các ngày"
    " từ thứ Hai đến thứ Sáu.",
]


def _gallery(page_url: str, mobile: bool) -> str:
    photos = [
        (
            "thu-vien/le-khai-giang-2026-1.jpg",
            "Lễ khai giảng năm học 2026-2027 tại Trường THPT chuyên Hà Tĩnh",
        ),
        ("thu-vien/le-khai-giang-2026-2.jpg", "Học sinh lớp 10 trong ngày đầu đến trường"),
        ("thu-vien/hoi-thi-gvdg-2026.jpg", "Hội thi giáo viên dạy giỏi cấp tỉnh"),
        ("thu-vien/trung-thu-mam-non.jpg", "Vui Tết Trung thu ở trường mầm non Hương Liên"),
    ]
    tiles = "".join(
        f'<li class="galleryTile k_g_{_h(src, 6)}"><img src="{SITE}/SiteAssets/{src}" alt="{esc(cap)}"><div class="tileCaption fui-Text">{esc(cap)}</div></li>'
        for src, cap in photos
    )
    wp = _control(
        f'<div data-sp-feature-tag="ImageGalleryWebPart" class="imageGallery"><ul class="tiles">{tiles}</ul></div>',
        "gallery",
    )
    return _site_page(page_url, "Thư viện ảnh", _section(wp, "gallery"), mobile)


def _doc_library(request: Request) -> str:
    params = request.params
    field = params.get("sortField", "Modified")
    asc = params.get("isAscending", "false") == "true"
    key = {
        "FileLeafRef": lambda d: d[0].lower(),
        "Modified": lambda d: d[2][6:] + d[2][3:5] + d[2][:2],
    }.get(field, lambda d: d[2])
    rows = sorted(DOCS, key=key, reverse=not asc)

    def sort_link(f: str, label: str) -> str:
        nxt = "true" if (f != field or not asc) else "false"
        return f'<a href="{DOC_LIB}/Forms/AllItems.aspx?sortField={f}&amp;isAscending={nxt}">{label}</a>'

    body = "".join(
        f'<div role="row" class="ms-DetailsRow l_r_{_h(d[0], 6)}"><div role="gridcell" data-automationid="DetailsRowCell" class="name">'
        f'<a href="{DOC_LIB}/{d[0]}?web=1" data-interception="off">{esc(d[0])}</a></div>'
        f'<div role="gridcell" class="title">{esc(d[1])}</div><div role="gridcell" class="modified">{d[2]}</div>'
        f'<div role="gridcell" class="modifiedBy">{esc(d[3])}</div></div>'
        for d in rows
    )
    grid = (
        '<div role="grid" class="ms-DetailsList" aria-label="Tài liệu"><div role="row" class="ms-DetailsHeader">'
        f'<div role="columnheader">{sort_link("FileLeafRef", "Tên")}</div><div role="columnheader">Tiêu đề</div>'
        f'<div role="columnheader">{sort_link("Modified", "Đã sửa đổi")}</div><div role="columnheader">Người sửa đổi</div></div>'
        f"{body}</div>"
    )
    main = f'<div class="od-ListView m_l_{_h("docs")}"><h1 class="ms-font-xl">Tài liệu</h1>{grid}</div>'
    return _page(request.target, "Tài liệu - Tất cả tài liệu", main)


def _pages_library(request: Request) -> str:
    pages = [
        ("Home.aspx", "Trang chủ"),
        ("Gioi-thieu.aspx", "Giới thiệu"),
        ("Lien-he.aspx", "Liên hệ"),
        ("Tin-tuc.aspx", "Tin tức"),
        ("Thu-vien-anh.aspx", "Thư viện ảnh"),
    ]
    pages += [(t.page, t.menu) for t in TOPICS.values()]
    pages += [(s.slug + ".aspx", s.title) for s in newest()]
    rows = "".join(
        f'<div role="row" class="ms-DetailsRow"><div role="gridcell" class="name"><a href="{PAGES}/{f}">{esc(f if "%" not in f else unquote(f))}</a></div>'
        f'<div role="gridcell" class="title">{esc(t)}</div></div>'
        for f, t in pages
    )
    main = f'<div class="od-ListView"><h1 class="ms-font-xl">Trang web</h1><div role="grid" class="ms-DetailsList">{rows}</div></div>'
    return _page(request.target, "Trang web - Theo tác giả", main)


def _site_contents(request: Request) -> str:
    rows = (
        f'<tr><td><a href="{DOC_LIB}/Forms/AllItems.aspx">Tài liệu</a></td><td>Thư viện tài liệu</td><td>{len(DOCS)}</td><td>20/11/2026</td></tr>'
        f'<tr><td><a href="{PAGES}/Forms/ByAuthor.aspx">Trang web</a></td><td>Thư viện trang</td><td>{len(STORIES) + 8}</td><td>24/11/2026</td></tr>'
    )
    main = (
        '<div class="ms-siteContents"><h1 class="ms-font-xl">Nội dung trang</h1>'
        f'<table class="ms-listviewtable"><thead><tr><th>Tên</th><th>Loại</th><th>Mục</th><th>Sửa đổi</th></tr></thead><tbody>{rows}</tbody></table></div>'
    )
    return _page(request.target, "Nội dung trang", main)


def _viewer(name: str, target: str) -> str:
    kind = "Word" if name.endswith(".docx") else "PDF"
    doc = next(d for d in DOCS if d[0] == name)
    main = (
        f'<div class="WACViewPanel o_v_{_h(name)}"><div class="WACStatusBarContainer">{kind} cho web</div>'
        f'<h1 class="fui-Text">{esc(name)}</h1><p class="fui-Text">{esc(doc[1])}</p>'
        f'<p><a href="{DOC_LIB}/{name}" download>Tải xuống</a></p>'
        '<p class="fui-Text">Tài liệu được mở ở chế độ chỉ đọc.</p></div>'
    )
    return _page(target, name, main)


SIGN_IN = """<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta charset="utf-8"><title>Đăng nhập vào tài khoản của bạn</title>
<meta name="robots" content="none"></head>
<body class="cb"><div id="lightbox" class="sign-in-box"><img class="logo" src="/_layouts/15/images/microsoft_logo.svg.png" alt="Microsoft">
<div role="heading" aria-level="1" class="title">Đăng nhập</div>
<form method="post" action="/_forms/default.aspx"><input type="email" name="loginfmt" placeholder="Email, điện thoại hoặc Skype">
<p>Bạn không có tài khoản? Liên hệ quản trị viên của Sở Giáo dục và Đào tạo.</p>
<input type="submit" value="Tiếp theo"></form></div>
<div class="footer">Điều khoản sử dụng · Quyền riêng tư &amp; cookie</div></body></html>"""

NOT_FOUND = """<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta charset="utf-8"><title>Lỗi</title></head>
<body><div id="ms-error"><h1>Rất tiếc, đã xảy ra sự cố</h1><p>404 KHÔNG TÌM THẤY TỆP</p>
<p>Mã tương quan: 3f1c9e2a-40b7-9000-8d1e-5a0c7b2e11f4</p></div></body></html>"""


class SharePointModernSite:
    """Routes of the fixture: pages are rendered per request from the constant data above."""

    def respond(self, request: Request) -> Response | None:
        raw_path = request.path
        path = unquote(raw_path)
        params = request.params
        mobile = params.get("Mobile") == "1"
        if path in ("/", SITE, SITE + "/"):
            return redirect(START_PATH)
        if path == "/robots.txt":
            return Response(
                200,
                "User-agent: *\nDisallow: /_vti_bin/\nDisallow: /_api/\n",
                {"Content-Type": "text/plain"},
            )
        if path.endswith("/_layouts/15/userphoto.aspx"):
            return static_file("photo.gif")
        if path.startswith(f"{SITE}/Shared Documents/") and not path.endswith(".aspx"):
            name = path.rsplit("/", 1)[1]
            if not any(d[0] == name for d in DOCS):
                return html(NOT_FOUND, 404)
            if params.get("web") == "1":
                return html(_viewer(name, request.target))
            if name.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return Response(
                200,
                b"PK\x03\x04" + name.encode() + b"\x00" * 64,
                {
                    "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                },
            )
        if (asset := static_file(path)) is not None:
            return asset
        if (
            path == f"{SITE}/_layouts/15/Authenticate.aspx"
            or params.get("Mode", "").lower() == "edit"
        ):
            return html(SIGN_IN)
        if path == ROLLUP:
            return (
                html(_rollup(request, mobile))
                if params.get("newsSource") == "1"
                else html(NOT_FOUND, 404)
            )
        if path == f"{SITE}/_layouts/15/viewlsts.aspx":
            return html(_site_contents(request))
        if path == f"{SITE}/_layouts/15/search.aspx":
            q = esc(params.get("q", ""))
            main = f'<div class="ms-searchux"><h1 class="ms-font-xl">Kết quả tìm kiếm</h1><p>Không tìm thấy kết quả nào cho “{q}”.</p></div>'
            return html(_page(request.target, "Tìm kiếm", main))
        if path == f"{SITE}/Shared Documents/Forms/AllItems.aspx":
            return html(_doc_library(request))
        if path == f"{PAGES}/Forms/ByAuthor.aspx":
            return html(_pages_library(request))
        if not path.startswith(PAGES + "/"):
            return html(NOT_FOUND, 404)
        name = path[len(PAGES) + 1 :]
        target = request.target
        if name == OLD_PAGE:
            return html(SIGN_IN)
        if story := _BY_FILE.get(name):
            return html(_article(story, target, mobile))
        if name == "Home.aspx":
            return html(_home(target, mobile))
        if name == "Tin-tuc.aspx":
            return html(_tin_tuc(target, mobile))
        for topic in TOPICS.values():
            if name == topic.page:
                return html(_topic_page(topic, target, mobile))
        if name == "Gioi-thieu.aspx":
            return html(_static(target, "Giới thiệu", _GIOI_THIEU, mobile))
        if name == "Lien-he.aspx":
            return html(_static(target, "Liên hệ", _LIEN_HE, mobile))
        if name == "Thu-vien-anh.aspx":
            return html(_gallery(target, mobile))
        return html(NOT_FOUND, 404)


def build_site() -> SharePointModernSite:
    return SharePointModernSite()
