"""Sở Giáo dục và Đào tạo tỉnh Lạng Sơn on Liferay DXP 7.0 with a vendor's news portlet WAR.

Platform
--------
Liferay DXP 7.0 (GA-era markup: ``portlet-boundary_…``, ``portlet-topper``/``portlet-title-text``,
``portlet-content-container``, ``columns-3`` layout with ``column-1/2/3`` drop zones, senna
``data-senna-track`` links, ``/o/…`` OSGi resources, ``/documents/<group>/<folder>/<file>/<uuid>``
Documents & Media URLs). The news is NOT Asset Publisher: a vendor's WAR portlet
``tintuc_WAR_tintucportlet`` renders both the listings and the article ("chi tiết") pages with
its own JSPs (``/html/view.jsp``, ``/html/chitiet.jsp``) and Vietnamese-abbreviation classes
(``tt-dsach``, ``tde-ct``, ``tt-noidung``, ``phantrang`` …). The theme is a provincial
e-government theme: blue banner with the day ("Thứ Bảy, 05/12/2026"), a top menu with drop-downs,
a left navigation-menu portlet ("Danh mục") and "Tin đọc nhiều", a right column with "Văn bản
mới", "Lịch công tác", "Hỏi đáp", a poll, links and a visitor counter.

URL scheme
----------
- start: ``/web/sgddt/trang-chu`` (``/`` and ``/web/sgddt`` redirect there);
- category listing: ``/web/sgddt/tin-tuc?p_p_id=tintuc_WAR_tintucportlet&_tintuc_WAR_tintucportlet_catId=<n>``
  (menus) and, from the pager, the full render URL
  ``…?p_p_id=tintuc_WAR_tintucportlet&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-2&p_p_col_count=1&_tintuc_WAR_tintucportlet_catId=<n>&_tintuc_WAR_tintucportlet_page=<n>``;
  4 items a page; ``/web/sgddt/tin-tuc`` alone is an overview of the three categories;
- article: ``/web/sgddt/tin-tuc/-/tintuc/<id>/<slug>`` (friendly URL mapper; canonical in the
  gold) and ``/web/sgddt/tin-tuc?p_p_id=tintuc_WAR_tintucportlet&_tintuc_WAR_tintucportlet_id=<id>&_tintuc_WAR_tintucportlet_mvcPath=%2Fhtml%2Fchitiet.jsp``
  (the home page's links);
- non-articles: ``/web/sgddt/gioi-thieu``, ``/web/sgddt/lien-he``, ``/web/sgddt/lich-cong-tac``,
  ``/web/sgddt/van-ban`` and ``/web/sgddt/van-ban/-/vanban/<id>/<slug>``, ``/web/sgddt/hoi-dap``
  and ``/web/sgddt/hoi-dap/-/hoidap/<id>/<slug>``;
- files: ``/documents/20126/<folder>/<file>/<uuid>?t=<ms>`` (images and PDFs), ``/o/…`` theme
  files, ``/image/layout_set_logo?img_id=…``.

Page templates
--------------
- home: "Tin nổi bật" (the 5 newest articles of all categories, query-form links) and one box
  per category (its 3 newest, friendly links);
- listing: the portlet's own path line "Tin tức › <category>", items (thumbnail, title cut at
  70 characters, "(dd/mm/yyyy)", a cut description) and the pager
  "Trang trước 1 2 Trang sau" + "Trang 1/2 (8 tin)";
- article: path line, ``<h3 class="tde-ct">`` headline, "Ngày đăng: dd/mm/yyyy hh:mm SA|CH |
  Lượt xem: 1.234" (sometimes "Cập nhật: …"), a text-size and "Nghe đọc tin" audio bar, the sapo
  ``<div class="tt-tomtat"><i>…</i></div>``, the text ``<div class="tt-noidung">``, then
  right-aligned "Tác giả:" and "Nguồn:" lines (always printed, sometimes empty), the "Chia sẻ"
  bar, sometimes "Ý kiến bạn đọc (n)" (Liferay discussion taglib), "Tin liên quan" with dates.

How the gold articles are reached
---------------------------------
Categories: "Tin tức - Sự kiện" (catId 1011, 7 articles, 2 pages), "Hoạt động chuyên môn"
(catId 1012, 4 own articles + one cross-listed from 1011, 2 pages), "Khảo thí - Tuyển sinh"
(catId 1013, 2 articles + one withdrawn entry, 1 page). "Tin liên quan" under an article lists
up to 3 other articles of page 1 of its category's listing.
2417, 2413, 2411, 2409, 2402 from the home page's "Tin nổi bật"; 2398, 2385, 2380 from the home
page's category boxes; 2391 from page 1 of 1011 (and the most-read box, and related lists under
its old slug); 2376 and 2354 ONLY from page 2 of 1011; 2360 ONLY from page 2 of 1012; 2368 from
page 2 of 1011, (cross-listed) page 1 of 1012 and the related lists of 1012's articles.

Traps
-----
1. Lying canonical (not in the README's list). Liferay 7.0 prints the *layout's* canonical and
   hreflang links on every view of the page: every article, the overview and every listing say
   ``<link rel="canonical" href="…/web/sgddt/tin-tuc">``; ``<title>`` is "Tin tức - Sở Giáo dục
   và Đào tạo Lạng Sơn" and the meta description is the site's. Gold: each article is its own
   record, canonical_path = its friendly URL; the canonical link is ignored.
2. Where the headline is (not in the list). The page's ``<h1>`` is the site name, the portlet's
   ``<h2 class="portlet-title-text">`` says "Tin tức", the headline is ``<h3 class="tde-ct">``.
   Listings cut titles at 70 characters with "..." and the vendor escapes titles twice there and
   in "Tin liên quan" (``&amp;quot;Đại sứ văn hóa đọc&amp;quot;`` shows ``&quot;`` literally).
   Gold: the full ``h3`` headline with real quotes.
3. Category not in the breadcrumb (not in the list). Liferay's breadcrumb is "Trang chủ / Tin
   tức" for every article; the category is the portlet's own path line "Tin tức › <category>".
   Article 2368 (filed under "Tin tức - Sự kiện") is cross-listed on page 1 of "Hoạt động chuyên
   môn", where a crawler meets it first. Gold: the category the article page prints.
4. Soft 404 (not in the list). "Khảo thí - Tuyển sinh" still lists a withdrawn notice (id 2405);
   its URLs answer 200 with the full chrome and the portlet's "Tin bài không tồn tại hoặc đã bị
   gỡ bỏ." Gold: no record.
5. Lazy-loaded Documents & Media images (not in the list). In most articles ``src`` is the theme's
   ``blank.gif`` and the photo is in ``data-original``; photo URLs are
   ``/documents/20126/<folder>/<name>/<uuid>?t=<ms>`` (some ``?version=1.0&amp;t=…``, some with
   percent-encoded Vietnamese names and ``+`` for spaces). Gold: the ``data-original`` URL with
   its query, entities decoded; listing thumbnails (``&imageThumbnail=1``) are no article image.
6. Old slug behind a 301 (not in the list). Article 2391 was renamed; "Tin liên quan" on other
   articles still links ``/-/tintuc/2391/ky-niem-ngay-nha-giao-viet-nam-20-11``, which answers 301
   to the new slug. Gold: one record at the new slug (old URL in alt_paths).
7. Tomcat URL rewriting (duplicates). A request without a JSESSIONID cookie gets a cookie, and
   the home page then prints every portal link with ``;jsessionid=8C1F0E2B…`` in the path.
   Gold: the friendly path; the query form and ``;jsessionid`` variants are alt_paths.
8. Vietnamese 12-hour clock (dates). The portlet prints ``hh:mm SA`` (sáng, a.m.) or ``CH``
   (chiều, p.m.): "04/12/2026 02:30 CH" is 14:30; "08/10/2026 12:00 SA" is midnight, so the day
   alone; article 2398 also prints "Cập nhật: 27/11/2026 08:20 SA", not its date; comments and
   "Tin liên quan" print other dates. Gold: "2026-12-04T14:30:00+07:00", "2026-10-08", …
9. Pager (pagination). Menu links have no page parameter, the pager's "1" is the long render URL
   with ``p_p_lifecycle/p_p_state/p_p_mode/p_p_col_id/p_p_col_count`` and ``_page=1``: two URLs
   for page 1; "Trang trước" on page 1 and "Trang sau" on the last page are ``javascript:void(0);``.
   Three articles are only on page 2.
10. Empty and odd byline fields (bylines). "Tác giả:" and "Nguồn:" are always printed: empty
    "Nguồn:" -> null; "Tác giả: BBT" -> nobody; "Tác giả: ThS. Nông Thị Bích Ngọc - Văn phòng
    Sở" -> the name; "Tin, ảnh: X" and "Tin: X - Ảnh: Y"; a unit ("Phòng GDTrH") as printed;
    an empty field with the author's name right-aligned in bold at the text's end (2368) ->
    that name, not body. "Nguồn: <a>Báo Lạng Sơn</a>" -> "Báo Lạng Sơn".
11. Things between and inside (boundaries). Between headline and text: the "Ngày đăng | Lượt
    xem" line, "Cỡ chữ A- A A+" and a "Nghe đọc tin" audio player; inside ``tt-noidung``:
    "Xem thêm: <link>" lines and "Tệp đính kèm" lines; after the text: readers' comments with
    paragraphs of their own. None of it is body.

Gold decisions on ambiguous points
----------------------------------
- The sapo is its own element (``tt-tomtat``) and is the body's first paragraph; article 2385
  prints an empty ``tt-tomtat`` and no bold lead: summary null; article 2380 has an empty
  ``tt-tomtat`` but a bold lead paragraph in the text: that paragraph is the summary.
- A caption table (photo row + caption row) gives a caption, not body rows; "(Ảnh: X)" under a
  photo is a photographer credit (caption None).
- A bold sub-heading line inside the text is a paragraph of the body.
- The "(dd/mm/yyyy)" after related titles, comment dates and "Cập nhật" never give the date.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, quote

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

NAME = "liferay70_news_portlet_war_sgddt"
PLATFORM = "Liferay DXP 7.0 + vendor news portlet WAR (tintuc_WAR_tintucportlet)"
START_PATH = "/web/sgddt/trang-chu"

SITE = "Sở Giáo dục và Đào tạo Lạng Sơn"
PID = "tintuc_WAR_tintucportlet"
NS = f"_{PID}_"
JSESSIONID = "8C1F0E2B7A4D6C9E3B5A1F0D2C4E6A8B"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
THEME = "/o/sgddt-egov-theme"
PAGE_SIZE = 4

CATS = {
    1011: "Tin tức - Sự kiện",
    1012: "Hoạt động chuyên môn",
    1013: "Khảo thí - Tuyển sinh",
}


def doc(folder: int, name: str, uuid: str, t: int = 1764729000000, version: bool = False) -> str:
    """A Documents & Media URL as Liferay 7.0 prints it."""
    query = f"version=1.0&amp;t={t}" if version else f"t={t}"
    return f"/documents/20126/{folder}/{name}/{uuid}?{query}"


# --- the articles ----------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=2417,
        slug="hoi-nghi-tong-ket-5-nam-chuyen-doi-so-nganh-giao-duc-tinh-lang-son",
        title="Hội nghị tổng kết 5 năm chuyển đổi số ngành Giáo dục tỉnh Lạng Sơn",
        cat="Tin tức - Sự kiện",
        published_at="2026-12-04T14:30:00+07:00",
        summary=(
            "Chiều 04/12, Sở Giáo dục và Đào tạo tổ chức Hội nghị tổng kết 5 năm thực hiện Đề án "
            "chuyển đổi số trong ngành Giáo dục giai đoạn 2022–2026, định hướng đến năm 2030."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự hội nghị có đồng chí Lương Trọng Khang, Phó Chủ tịch UBND tỉnh; lãnh đạo Sở "
                "Khoa học và Công nghệ; lãnh đạo Phòng GD&ĐT các huyện, thành phố và hiệu trưởng "
                "các trường THPT trên địa bàn tỉnh."
            ),
            Img(
                doc(1453021, "hoi-nghi-cds-01.jpg", "6d2f4a1e-93b7-4c1f-b2a0-1f7e9c3d5a21", 1764836400000),
                printed="Quang cảnh Hội nghị tổng kết 5 năm chuyển đổi số ngành Giáo dục",
                caption="Quang cảnh Hội nghị tổng kết 5 năm chuyển đổi số ngành Giáo dục",
            ),
            P(
                "Theo báo cáo tại hội nghị, sau 5 năm triển khai, 100% cơ sở giáo dục phổ thông trên "
                "địa bàn tỉnh đã sử dụng hệ thống quản lý trường học trực tuyến; 98,6% học sinh có hồ "
                "sơ điện tử và sổ liên lạc điện tử; học bạ số đã được triển khai thí điểm tại 42 "
                "trường tiểu học."
            ),
            P(
                "Hạ tầng công nghệ thông tin của các nhà trường được đầu tư đáng kể: toàn tỉnh hiện "
                "có 1.247 phòng học được trang bị màn hình tương tác hoặc máy chiếu, 312 phòng tin "
                "học đạt chuẩn; đường truyền cáp quang đã kết nối đến 100% điểm trường chính."
            ),
            P("Những khó khăn, hạn chế", "b"),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: hạ tầng mạng "
                "tại các điểm trường lẻ vùng cao còn chập chờn; một bộ phận giáo viên lớn tuổi còn "
                "lúng túng khi khai thác học liệu số; kinh phí duy trì phần mềm chủ yếu vẫn dựa vào "
                "ngân sách nhà nước."
            ),
            P(
                "Phát biểu chỉ đạo hội nghị, đồng chí Phó Chủ tịch UBND tỉnh đề nghị ngành Giáo dục "
                "tiếp tục coi chuyển đổi số là nhiệm vụ trọng tâm, gắn với đổi mới phương pháp dạy "
                "học và kiểm tra, đánh giá; quan tâm bồi dưỡng năng lực số cho đội ngũ nhà giáo, "
                "nhất là ở các huyện Bình Gia, Văn Quan, Đình Lập."
            ),
            Img(
                doc(1453021, "hoi-nghi-cds-02.jpg", "0b9e27c4-5d1a-4e83-9f62-7ac1d0e4b358", 1764836460000),
                printed="Lãnh đạo UBND tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc",
                caption="Lãnh đạo UBND tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc",
            ),
            P(
                "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể và 20 cá nhân; Giám đốc "
                "Sở GD&ĐT tặng Giấy khen cho 35 tập thể, cá nhân có thành tích xuất sắc trong triển "
                "khai chuyển đổi số giai đoạn 2022–2026."
            ),
        ],
        authors=["Lương Thị Thu Hà"],
        photographers=["Lương Thị Thu Hà"],
        opts={
            "cat_id": 1011,
            "dt": "2026-12-04 14:30",
            "tacgia": "Tin, ảnh: Lương Thị Thu Hà",
            "nguon": "",
            "lazy": True,
            "comments": [
                ("Hoàng Văn Phúc", "04/12/2026 07:41 CH",
                 "Mong Sở sớm đầu tư đường truyền cho các điểm trường lẻ ở Mẫu Sơn, giáo viên "
                 "ở đây vẫn phải ra trung tâm xã mới nộp được hồ sơ điện tử."),
                ("Phụ huynh Lộc Bình", "05/12/2026 06:15 SA",
                 "Sổ liên lạc điện tử rất tiện, nhưng nên miễn phí cho gia đình khó khăn."),
            ],
        },
    ),
    Story(
        id=2409,
        slug="phat-dong-cuoc-thi-dai-su-van-hoa-doc-nam-2026-trong-cac-nha-truong",
        title='Phát động cuộc thi "Đại sứ văn hóa đọc" năm 2026 trong các nhà trường',
        cat="Tin tức - Sự kiện",
        published_at="2026-12-01T09:15:00+07:00",
        summary=(
            'Sở GD&ĐT vừa ban hành kế hoạch tổ chức cuộc thi "Đại sứ văn hóa đọc" năm 2026 dành '
            "cho học sinh phổ thông, giáo viên và cán bộ thư viện trường học trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Cuộc thi nhằm khơi dậy niềm đam mê đọc sách, xây dựng thói quen đọc trong học "
                "sinh; đồng thời phát hiện, tôn vinh những cá nhân, tập thể có nhiều đóng góp trong "
                "việc phát triển văn hóa đọc tại trường học."
            ),
            P("Đối tượng và hình thức dự thi", "b"),
            P(
                "Bảng A: học sinh tiểu học, dự thi bằng hình thức vẽ tranh hoặc kể chuyện theo sách "
                "(video không quá 5 phút);",
                "li",
            ),
            P(
                "Bảng B: học sinh THCS và THPT, dự thi bằng bài viết hoặc video giới thiệu cuốn "
                "sách em yêu thích;",
                "li",
            ),
            P(
                "Bảng C: giáo viên, cán bộ thư viện, dự thi bằng sản phẩm giới thiệu mô hình thư "
                "viện thân thiện, góc đọc sách sáng tạo.",
                "li",
            ),
            P(
                "Bài dự thi gửi về Sở GD&ĐT (qua Phòng Giáo dục Mầm non – Tiểu học) trước ngày "
                "15/01/2027. Ban Tổ chức sẽ chọn 30 bài xuất sắc nhất để trao giải và giới thiệu "
                "tham dự cuộc thi cấp quốc gia."
            ),
            P(
                "Theo kế hoạch, lễ tổng kết và trao giải cuộc thi dự kiến tổ chức vào dịp Ngày Sách "
                "và Văn hóa đọc Việt Nam 21/4/2027 tại Thư viện tỉnh."
            ),
            Raw(
                '<p><span style="color:#b22222"><strong>Tệp đính kèm:</strong></span> '
                '<a href="/documents/20126/1452990/KH+2871-SGD%C4%90T.pdf/3e1c9a77-2b5f-4d08-8c41-95fa0b7e6d12">'
                "KH 2871-SGDĐT.pdf</a> (312 KB)</p>"
            ),
        ],
        authors=["Phòng Giáo dục Mầm non – Tiểu học"],
        opts={
            "cat_id": 1011,
            "dt": "2026-12-01 09:15",
            "tacgia": "Phòng Giáo dục Mầm non – Tiểu học",
            "nguon": "",
            "lazy": True,
        },
    ),
    Story(
        id=2398,
        slug="so-gd-dt-lam-viec-voi-ubnd-huyen-cao-loc-ve-sap-xep-mang-luoi-truong-lop",
        title="Sở GD&ĐT làm việc với UBND huyện Cao Lộc về rà soát, sắp xếp mạng lưới trường, lớp",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-26T15:45:00+07:00",
        summary=(
            "Ngày 26/11, đoàn công tác của Sở GD&ĐT do đồng chí Giám đốc Sở làm trưởng đoàn đã "
            "làm việc với UBND huyện Cao Lộc về tiến độ rà soát, sắp xếp mạng lưới cơ sở giáo dục "
            "giai đoạn 2026–2030."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Báo cáo với đoàn công tác, lãnh đạo UBND huyện cho biết năm học 2026–2027 toàn "
                "huyện có 68 trường mầm non, phổ thông với 1.126 nhóm, lớp; trong đó còn 74 điểm "
                "trường lẻ, nhiều điểm chỉ có từ 1 đến 2 lớp ghép."
            ),
            Img(
                doc(1453007, "cao-loc-lam-viec.jpg", "a4c81f3e-0d27-4b6a-93e5-c27f8b1d9e40", 1764145500000),
                printed="(Ảnh: Hoàng Minh Tuấn)",
                caption=None,
            ),
            P(
                "Thực hiện kế hoạch của UBND tỉnh, huyện đã sáp nhập 3 trường tiểu học và trung "
                "học cơ sở thành trường phổ thông có nhiều cấp học, thu gọn 11 điểm trường lẻ có cơ "
                "sở vật chất xuống cấp, đưa học sinh về học tại điểm trường chính."
            ),
            P(
                "Kết luận buổi làm việc, đồng chí Giám đốc Sở GD&ĐT ghi nhận những cố gắng của huyện, "
                "đồng thời lưu ý việc sắp xếp phải bảo đảm quyền lợi học tập của học sinh, nhất là "
                "học sinh mầm non và tiểu học ở vùng đặc biệt khó khăn; không sáp nhập cơ học khi "
                "chưa có phương án đưa đón và bán trú phù hợp."
            ),
            P(
                "Sở GD&ĐT sẽ phối hợp với Sở Nội vụ hướng dẫn huyện bố trí đội ngũ cán bộ quản lý "
                "sau sắp xếp, tránh tình trạng thừa phó hiệu trưởng nhưng thiếu giáo viên đứng lớp."
            ),
        ],
        authors=["Vi Văn Thành"],
        photographers=["Hoàng Minh Tuấn"],
        opts={
            "cat_id": 1011,
            "dt": "2026-11-26 15:45",
            "updated": "27/11/2026 08:20 SA",
            "tacgia": "Vi Văn Thành",
            "nguon": "",
            "lazy": True,
        },
    ),
    Story(
        id=2391,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-ton-vinh-86-nha-giao-tieu-bieu",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam: Tôn vinh 86 nhà giáo tiêu biểu",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-19T08:00:00+07:00",
        summary=(
            "Sáng 19/11, tại Nhà Văn hóa tỉnh, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương 86 nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025–2026, ngành Giáo dục Lạng Sơn có nhiều chuyển biến tích cực: tỷ lệ "
                "huy động trẻ mẫu giáo 5 tuổi ra lớp đạt 99,8%; tỷ lệ tốt nghiệp THPT đạt 98,9%; "
                "có 14 học sinh đạt giải trong kỳ thi chọn học sinh giỏi quốc gia.",
                "br",
            ),
            P(
                "Toàn tỉnh có thêm 37 trường đạt chuẩn quốc gia, nâng tổng số trường đạt chuẩn lên "
                "512 trường, đạt 71,3%."
            ),
            Img(
                doc(1453012, "le-ky-niem-20-11.jpg", "7f3b9d20-1e6c-4a58-b0d4-3c9e2f81a6b7", 1763518800000, version=True),
                printed="Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                caption="Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                style="table",
            ),
            P(
                "Tại buổi lễ, nhiều thầy cô chia sẻ những câu chuyện cảm động về hành trình gieo chữ "
                "ở vùng cao. Cô Hoàng Thị Lụa, giáo viên Trường PTDTBT TH&THCS Bắc Xa (huyện Đình "
                "Lập), đã gắn bó 21 năm với các điểm trường lẻ, mỗi tuần đi bộ hơn 10 km đường đồi "
                "để đến lớp."
            ),
            P(
                "“Điều khiến tôi ở lại không phải là chế độ, mà là ánh mắt của các em khi lần đầu "
                "đọc trôi chảy một trang sách”, cô Lụa xúc động nói.",
                "q",
            ),
            P(
                "Phát biểu tại buổi lễ, Giám đốc Sở GD&ĐT mong muốn mỗi thầy cô tiếp tục giữ gìn "
                "phẩm chất nhà giáo, chủ động đổi mới, sáng tạo, xứng đáng với sự tin yêu của học "
                "sinh, phụ huynh và toàn xã hội."
            ),
        ],
        authors=["Nông Thị Bích Ngọc"],
        opts={
            "cat_id": 1011,
            "dt": "2026-11-19 08:00",
            "tacgia": "ThS. Nông Thị Bích Ngọc - Văn phòng Sở",
            "nguon": "",
            "lazy": True,
            "old_slug": "ky-niem-ngay-nha-giao-viet-nam-20-11",
        },
    ),
    Story(
        id=2376,
        slug="nganh-giao-duc-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Ngành Giáo dục hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-30T10:00:00+07:00",
        summary=(
            "Hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời trong kỷ "
            "nguyên số”, các trung tâm học tập cộng đồng trên địa bàn tỉnh đã tổ chức nhiều hoạt "
            "động thiết thực."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo Sở GD&ĐT, toàn tỉnh hiện có 200 trung tâm học tập cộng đồng cấp xã, hoạt động "
                "gắn với các nhu cầu thiết thực của người dân như chuyển giao kỹ thuật trồng hồi, "
                "quế, chăm sóc đàn gia súc, sử dụng điện thoại thông minh và dịch vụ công trực tuyến.",
                "word",
            ),
            P(
                "Trong tuần lễ, các trung tâm đã mở 146 lớp chuyên đề với hơn 5.800 lượt người "
                "tham gia; nhiều thư viện trường học mở cửa phục vụ người dân vào buổi tối và ngày "
                "nghỉ.",
                "word",
            ),
            P(
                "Tại huyện Văn Lãng, mô hình “Tủ sách cộng đồng” đặt tại nhà văn hóa thôn được "
                "người dân hưởng ứng, mỗi tủ có từ 150 đến 300 đầu sách do học sinh và phụ huynh "
                "quyên góp.",
                "word",
            ),
            P(
                "Ngành Giáo dục phấn đấu đến năm 2030 có 100% người trong độ tuổi lao động biết sử "
                "dụng các kỹ năng số cơ bản, góp phần xây dựng xã hội học tập ở Lạng Sơn.",
                "word",
            ),
        ],
        authors=["Minh Châu"],
        source="Báo Lạng Sơn",
        opts={
            "cat_id": 1011,
            "dt": "2026-10-30 10:00",
            "tacgia": "Minh Châu",
            "nguon": '<a href="https://baolangson.vn/giao-duc" target="_blank">Báo Lạng Sơn</a>',
            "lazy": False,
        },
    ),
    Story(
        id=2368,
        slug="doan-cong-tac-bo-gd-dt-kiem-tra-cong-tac-chuan-bi-nam-hoc-tai-huyen-trang-dinh",
        title="Đoàn công tác Bộ GD&ĐT kiểm tra công tác chuẩn bị năm học tại huyện Tràng Định",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-21T16:10:00+07:00",
        summary=(
            "Từ ngày 19 đến 21/10, đoàn công tác của Bộ Giáo dục và Đào tạo đã kiểm tra công "
            "tác chuẩn bị và triển khai nhiệm vụ năm học 2026–2027 tại một số cơ sở giáo dục "
            "huyện Tràng Định."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn đã đến kiểm tra Trường Mầm non Quốc Khánh, Trường Tiểu học Thị trấn Thất Khê "
                "và Trường PTDTNT THCS huyện Tràng Định; làm việc với Phòng GD&ĐT huyện về đội ngũ, "
                "cơ sở vật chất và việc thực hiện Chương trình giáo dục phổ thông 2018."
            ),
            Img(
                doc(1453015, "Tr%C3%A0ng+%C4%90%E1%BB%8Bnh+ki%E1%BB%83m+tra+1.JPG",
                    "c91e4d0a-6b37-42f8-8a15-e0d3b7c92f64", 1761037800000),
                printed="Đoàn công tác kiểm tra cơ sở vật chất tại Trường Tiểu học Thị trấn Thất Khê",
                caption="Đoàn công tác kiểm tra cơ sở vật chất tại Trường Tiểu học Thị trấn Thất Khê",
            ),
            P(
                "Qua kiểm tra, đoàn đánh giá cao sự chủ động của huyện trong việc bảo đảm đủ sách "
                "giáo khoa, thiết bị dạy học tối thiểu cho các lớp 5, lớp 9 và lớp 12; tỷ lệ phòng "
                "học kiên cố đạt 86,4%."
            ),
            P(
                "Tuy nhiên, huyện vẫn thiếu 57 giáo viên, chủ yếu là giáo viên Tin học, Ngoại ngữ và "
                "Nghệ thuật; một số điểm trường mầm non còn phải học nhờ nhà văn hóa thôn."
            ),
            P(
                "Đoàn đề nghị tỉnh tiếp tục ưu tiên chỉ tiêu tuyển dụng cho các huyện biên giới, "
                "có chính sách thu hút giáo viên các môn học mới về công tác lâu dài tại địa phương."
            ),
            Raw('<p style="text-align: right;"><strong>Đinh Quang Huy</strong></p>'),
        ],
        authors=["Đinh Quang Huy"],
        opts={
            "cat_id": 1011,
            "also": 1012,
            "dt": "2026-10-21 16:10",
            "tacgia": "",
            "nguon": "",
            "lazy": False,
        },
    ),
    Story(
        id=2354,
        slug="khanh-thanh-diem-truong-mam-non-khuoi-cap-xa-tan-van",
        title="Khánh thành điểm trường Mầm non Khuổi Cáp, xã Tân Văn",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-08",
        summary=(
            "Ngày 07/10, UBND huyện Bình Gia tổ chức lễ khánh thành và bàn giao điểm trường "
            "Mầm non Khuổi Cáp thuộc Trường Mầm non xã Tân Văn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Điểm trường được xây dựng từ nguồn vốn xã hội hóa do các nhà hảo tâm tài trợ với "
                "tổng kinh phí hơn 1,2 tỷ đồng, gồm 2 phòng học, 1 bếp ăn bán trú, nhà vệ sinh và "
                "sân chơi có mái che."
            ),
            Img(
                doc(1453003, "khuoi-cap-khanh-thanh.jpg", "e2d4a6b8-3c5e-4f70-9a1b-2c3d4e5f6a7b", 1759856400000),
                printed="Các cháu mầm non Khuổi Cáp trong ngày vui nhận lớp học mới",
                caption="Các cháu mầm non Khuổi Cáp trong ngày vui nhận lớp học mới",
            ),
            P(
                "Trước đây, 38 cháu của thôn Khuổi Cáp phải học tạm trong căn nhà gỗ đã xuống cấp, "
                "mùa mưa dột nát, mùa đông gió lùa. Công trình mới giúp các cháu yên tâm đến lớp, "
                "phụ huynh yên tâm lao động sản xuất."
            ),
            P(
                "Dịp này, nhà tài trợ cũng trao tặng 50 bộ quần áo ấm, 50 đôi ủng và đồ dùng học "
                "tập cho các cháu có hoàn cảnh khó khăn."
            ),
        ],
        authors=[],
        source="Phòng GD&ĐT huyện Bình Gia",
        opts={
            "cat_id": 1011,
            "dt": "2026-10-08 00:00",
            "tacgia": "BBT",
            "nguon": "Phòng GD&amp;ĐT huyện Bình Gia",
            "lazy": True,
        },
    ),
    Story(
        id=2413,
        slug="tap-huan-day-hoc-mon-lich-su-va-dia-ly-cap-thcs-theo-chuong-trinh-gdpt-2018",
        title="Tập huấn dạy học môn Lịch sử và Địa lý cấp THCS theo Chương trình GDPT 2018",
        cat="Hoạt động chuyên môn",
        published_at="2026-12-03T08:00:00+07:00",
        summary=(
            "Từ ngày 01 đến 03/12, Sở GD&ĐT tổ chức tập huấn nâng cao năng lực dạy học môn Lịch "
            "sử và Địa lý cho 186 giáo viên THCS trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp tập huấn do các giảng viên Trường Đại học Sư phạm – Đại học Thái Nguyên trực "
                "tiếp giảng dạy, tập trung vào thiết kế chủ đề liên môn, dạy học theo dự án và sử "
                "dụng bản đồ số, tư liệu lịch sử địa phương trong giờ học."
            ),
            Img(
                doc(1453019, "tap-huan-ls-dl-1.jpg", "5b8c2e71-a94d-4f03-b6e2-81d7c0a39f5e", 1764723600000),
                printed="Giáo viên thực hành thiết kế bài dạy theo nhóm",
                caption="Giáo viên thực hành thiết kế bài dạy theo nhóm",
            ),
            P(
                "Các học viên được thực hành xây dựng kế hoạch bài dạy về di tích ải Chi Lăng, thành "
                "nhà Mạc, động Tam Thanh – Nhị Thanh, qua đó giúp học sinh hiểu sâu hơn về lịch sử, "
                "văn hóa xứ Lạng."
            ),
            Img(
                doc(1453019, "tap-huan-ls-dl-2.jpg", "9e0f1a2b-7c8d-4e5f-a6b7-c8d9e0f1a2b3", 1764723660000),
            ),
            P(
                "Kết thúc tập huấn, mỗi nhóm giáo viên hoàn thành một sản phẩm là kế hoạch dạy học "
                "một chủ đề, được chia sẻ trên kho học liệu số của ngành để các trường tham khảo."
            ),
        ],
        authors=["Hà Thị Phương"],
        photographers=["Lộc Văn Sơn"],
        opts={
            "cat_id": 1012,
            "dt": "2026-12-03 08:00",
            "tacgia": "Tin: Hà Thị Phương - Ảnh: Lộc Văn Sơn",
            "nguon": "",
            "lazy": True,
        },
    ),
    Story(
        id=2402,
        slug="hoi-thi-giao-vien-day-gioi-cap-tinh-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp tỉnh bậc tiểu học năm học 2026-2027",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-28T13:30:00+07:00",
        summary=(
            "Hội thi giáo viên dạy giỏi cấp tỉnh bậc tiểu học năm học 2026–2027 đã khai mạc tại "
            "Trường Tiểu học Hoàng Văn Thụ, thành phố Lạng Sơn, với 124 giáo viên dự thi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các giáo viên dự thi là những người đã đạt danh hiệu giáo viên dạy giỏi cấp huyện, "
                "đến từ 11 huyện, thành phố. Mỗi giáo viên trình bày biện pháp nâng cao chất lượng "
                "dạy học và dạy 2 tiết thực hành, trong đó có 1 tiết bốc thăm trước 2 ngày."
            ),
            Raw(
                '<p><strong><em>Xem thêm:</em></strong> <a href="{base}/web/sgddt/tin-tuc/-/tintuc/2413/'
                'tap-huan-day-hoc-mon-lich-su-va-dia-ly-cap-thcs-theo-chuong-trinh-gdpt-2018">'
                "Tập huấn dạy học môn Lịch sử và Địa lý cấp THCS theo Chương trình GDPT 2018</a></p>"
            ),
            P(
                "Năm nay, lần đầu tiên hội thi đánh giá việc ứng dụng công nghệ thông tin và học "
                "liệu số trong giờ dạy, khuyến khích giáo viên sử dụng các phần mềm mô phỏng, trò "
                "chơi học tập phù hợp với học sinh tiểu học."
            ),
            P(
                "Ban Giám khảo gồm 45 thành viên là cán bộ quản lý, giáo viên cốt cán có nhiều kinh "
                "nghiệm. Hội thi kéo dài đến hết ngày 05/12/2026."
            ),
        ],
        authors=["Triệu Thị Lan"],
        opts={
            "cat_id": 1012,
            "dt": "2026-11-28 13:30",
            "tacgia": "Triệu Thị Lan",
            "nguon": "",
            "lazy": True,
            "comments": [
                ("Giáo viên Văn Quan", "29/11/2026 09:02 SA",
                 "Chúc các đồng nghiệp thi tốt! Mong Sở chia sẻ video các tiết dạy đạt giải."),
            ],
        },
    ),
    Story(
        id=2385,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-truong-thpt-viet-bac",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại Trường THPT Việt Bắc",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-12T09:40:00+07:00",
        summary=None,
        blocks=[
            P(
                "Ngày 11/11, Trường THPT Việt Bắc tổ chức buổi sinh hoạt chuyên môn theo nghiên "
                "cứu bài học cụm trường THPT thành phố Lạng Sơn, với sự tham gia của hơn 60 giáo "
                "viên môn Ngữ văn."
            ),
            P(
                "Tiết dạy minh họa bài “Tràng giang” (Huy Cận) do cô Dương Thị Hạnh thực hiện tại "
                "lớp 11A3. Thay vì giảng giải, cô giáo tổ chức cho học sinh đọc diễn cảm, thảo luận "
                "nhóm và vẽ sơ đồ tư duy về không gian, thời gian trong bài thơ."
            ),
            P(
                "Trong phần thảo luận, các giáo viên không nhận xét người dạy mà tập trung quan sát "
                "việc học của từng học sinh: em nào chưa tham gia, vì sao, và cần điều chỉnh nhiệm "
                "vụ học tập ra sao."
            ),
            P(
                "Sinh hoạt chuyên môn theo nghiên cứu bài học giúp giáo viên học hỏi lẫn nhau trên "
                "chính tiết dạy thực tế, lấy học sinh làm trung tâm của mọi sự điều chỉnh.",
                "q",
            ),
            P(
                "Thời gian tới, cụm trường sẽ duy trì sinh hoạt chuyên môn định kỳ mỗi tháng một lần, "
                "luân phiên các môn học và các trường trong cụm."
            ),
        ],
        authors=["Trường THPT Việt Bắc"],
        opts={
            "cat_id": 1012,
            "dt": "2026-11-12 09:40",
            "tacgia": "Trường THPT Việt Bắc",
            "nguon": "",
            "lazy": False,
        },
    ),
    Story(
        id=2360,
        slug="huong-dan-trien-khai-giao-duc-stem-trong-truong-trung-hoc-nam-hoc-2026-2027",
        title="Hướng dẫn triển khai giáo dục STEM trong trường trung học năm học 2026-2027",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-15T14:00:00+07:00",
        summary=(
            "Sở GD&ĐT vừa có văn bản hướng dẫn các trường THCS, THPT triển khai giáo dục STEM "
            "năm học 2026–2027, bảo đảm mỗi khối lớp thực hiện tối thiểu 4 bài học STEM."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo hướng dẫn, giáo dục STEM được tổ chức dưới ba hình thức: bài học STEM trong "
                "chương trình các môn học, hoạt động trải nghiệm STEM và hoạt động nghiên cứu khoa "
                "học, kỹ thuật của học sinh."
            ),
            P(
                "Các nhà trường xây dựng kế hoạch giáo dục STEM ngay từ đầu năm học, lồng ghép vào "
                "kế hoạch dạy học của tổ chuyên môn. Lộ trình cụ thể như sau:"
            ),
            P("Thời gian | Nội dung | Đơn vị thực hiện", "tr"),
            P("Tháng 10/2026 | Xây dựng kế hoạch, chọn chủ đề STEM | Tổ chuyên môn", "tr"),
            P("Tháng 11/2026 – 3/2027 | Tổ chức dạy học, trải nghiệm STEM | Các trường", "tr"),
            P("Tháng 4/2027 | Ngày hội STEM cấp tỉnh | Sở GD&ĐT", "tr"),
            P(
                "Sở GD&ĐT khuyến khích các trường phối hợp với doanh nghiệp, các trường đại học và "
                "cao đẳng trên địa bàn để tận dụng phòng thí nghiệm, xưởng thực hành phục vụ hoạt "
                "động STEM của học sinh."
            ),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "cat_id": 1012,
            "dt": "2026-10-15 14:00",
            "tacgia": "Phòng GDTrH",
            "nguon": "",
            "lazy": False,
        },
    ),
    Story(
        id=2411,
        slug="lang-son-co-312-hoc-sinh-dat-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        title="Lạng Sơn có 312 học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
        cat="Khảo thí - Tuyển sinh",
        published_at="2026-12-02T17:05:00+07:00",
        summary=(
            "Sở GD&ĐT vừa công bố kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học "
            "2026–2027: 312 trong tổng số 756 thí sinh dự thi đạt giải, chiếm 41,3%."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi được tổ chức trong hai ngày 24 và 25/11 với 12 môn thi. Cơ cấu giải gồm 18 "
                "giải Nhất, 64 giải Nhì, 109 giải Ba và 121 giải Khuyến khích."
            ),
            P(
                "Trường THPT Chuyên Chu Văn An tiếp tục dẫn đầu với 126 giải, trong đó có 15 giải "
                "Nhất; nhiều trường ở huyện vùng cao như THPT Bình Độ, THPT Tân Yên cũng có học sinh "
                "đạt giải Nhì, giải Ba."
            ),
            Img(
                doc(1453020, "hsg-12-ket-qua.png", "2a3b4c5d-6e7f-4081-92a3-b4c5d6e7f809", 1764669900000),
                printed="Thí sinh làm bài thi môn Toán tại điểm thi Trường THPT Chuyên Chu Văn An",
                caption="Thí sinh làm bài thi môn Toán tại điểm thi Trường THPT Chuyên Chu Văn An",
            ),
            P(
                "Căn cứ kết quả kỳ thi, Sở GD&ĐT sẽ tổ chức thi chọn đội tuyển dự thi chọn học sinh "
                "giỏi quốc gia vào giữa tháng 12/2026. Thí sinh có thể đề nghị phúc khảo bài thi "
                "trong thời hạn 5 ngày kể từ ngày công bố kết quả."
            ),
        ],
        authors=["Phòng Khảo thí và Quản lý chất lượng giáo dục"],
        opts={
            "cat_id": 1013,
            "dt": "2026-12-02 17:05",
            "tacgia": "Phòng Khảo thí và Quản lý chất lượng giáo dục",
            "nguon": "",
            "lazy": True,
        },
    ),
    Story(
        id=2380,
        slug="nhung-diem-moi-trong-quy-che-thi-tot-nghiep-thpt-nam-2027",
        title="Những điểm mới trong Quy chế thi tốt nghiệp THPT năm 2027",
        cat="Khảo thí - Tuyển sinh",
        published_at="2026-11-05T07:30:00+07:00",
        summary=(
            "Bộ GD&ĐT đã ban hành Quy chế thi tốt nghiệp THPT sửa đổi, áp dụng từ kỳ thi năm "
            "2027. Dưới đây là một số điểm mới thí sinh và các nhà trường cần lưu ý."
        ),
        sapo_outside=False,
        blocks=[
            P(
                "Bộ GD&ĐT đã ban hành Quy chế thi tốt nghiệp THPT sửa đổi, áp dụng từ kỳ thi năm "
                "2027. Dưới đây là một số điểm mới thí sinh và các nhà trường cần lưu ý.",
                "b",
            ),
            P(
                "Thứ nhất, thí sinh đăng ký dự thi hoàn toàn trực tuyến trên Hệ thống quản lý thi; "
                "nhà trường chỉ hỗ trợ, hướng dẫn và xác nhận thông tin."
            ),
            P(
                "Thứ hai, thí sinh được mang vào phòng thi máy tính cầm tay không có chức năng soạn "
                "thảo văn bản, không có thẻ nhớ theo danh mục do Bộ công bố."
            ),
            P(
                "Thứ ba, việc sử dụng kết quả thi để xét công nhận tốt nghiệp kết hợp với kết quả "
                "học tập lớp 10, 11, 12 theo tỷ lệ 50/50."
            ),
            P(
                "Sở GD&ĐT Lạng Sơn đề nghị các trường THPT, trung tâm GDNN-GDTX tổ chức phổ biến "
                "Quy chế đến từng học sinh lớp 12 và phụ huynh trước ngày 30/11/2026."
            ),
        ],
        authors=["Chu Văn Lợi"],
        source="Bộ Giáo dục và Đào tạo",
        opts={
            "cat_id": 1013,
            "dt": "2026-11-05 07:30",
            "tacgia": "ThS. Chu Văn Lợi",
            "nguon": '<a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a>',
            "lazy": False,
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}

#: a withdrawn notice still listed under "Khảo thí - Tuyển sinh": its URLs are soft 404s
GHOST = {
    "id": 2405,
    "slug": "thong-bao-lich-thi-chon-doi-tuyen-du-thi-hsg-quoc-gia-da-dieu-chinh",
    "title": "Thông báo lịch thi chọn đội tuyển dự thi học sinh giỏi quốc gia (đã điều chỉnh)",
    "date": "30/11/2026",
    "cat_id": 1013,
}


# --- URLs --------------------------------------------------------------------------------------


def friendly(story_id: int, slug: str) -> str:
    return f"/web/sgddt/tin-tuc/-/tintuc/{story_id}/{slug}"


def query_form(story_id: int) -> str:
    return (
        f"/web/sgddt/tin-tuc?p_p_id={PID}&{NS}id={story_id}"
        f"&{NS}mvcPath=%2Fhtml%2Fchitiet.jsp"
    )


def list_url(cat_id: int, page: int | None = None) -> str:
    if page is None:
        return f"/web/sgddt/tin-tuc?p_p_id={PID}&{NS}catId={cat_id}"
    return (
        f"/web/sgddt/tin-tuc?p_p_id={PID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&p_p_col_id=column-2&p_p_col_count=1&{NS}catId={cat_id}&{NS}page={page}"
    )


def with_jsessionid(target: str) -> str:
    path, sep, query = target.partition("?")
    return f"{path};jsessionid={JSESSIONID}{sep}{query}"


def a(href: str) -> str:
    """An href attribute value (entities for &)."""
    return esc(href)


# --- dates -------------------------------------------------------------------------------------


def vn12(dt: str) -> str:
    """"2026-12-04 14:30" -> "04/12/2026 02:30 CH" (Liferay's vi_VN ``hh:mm a``)."""
    day, clock = dt.split()
    y, m, d = day.split("-")
    hh, mm = (int(x) for x in clock.split(":"))
    mark = "SA" if hh < 12 else "CH"
    h12 = hh % 12 or 12
    return f"{d}/{m}/{y} {h12:02d}:{mm:02d} {mark}"


def dmy(dt: str) -> str:
    y, m, d = dt.split()[0].split("-")
    return f"{d}/{m}/{y}"


def listed(cat_id: int) -> list[Story]:
    """Stories shown in a category's listing, newest first (cross-listings included)."""
    items = [s for s in STORIES if s.opts["cat_id"] == cat_id or s.opts.get("also") == cat_id]
    return sorted(items, key=lambda s: s.opts["dt"], reverse=True)


def own(cat_id: int) -> list[Story]:
    items = [s for s in STORIES if s.opts["cat_id"] == cat_id]
    return sorted(items, key=lambda s: s.opts["dt"], reverse=True)


def listing_entries(cat_id: int) -> list[dict]:
    entries = [
        {
            "href": friendly(s.id, s.slug),
            "title": s.title,
            "dt": s.opts["dt"],
            "desc": s.summary or next(b.text for b in s.blocks if isinstance(b, P)),
            "thumb": (s.images[0].src + "&amp;imageThumbnail=1") if s.images else None,
        }
        for s in listed(cat_id)
    ]
    if cat_id == GHOST["cat_id"]:
        entries.append(
            {
                "href": friendly(GHOST["id"], GHOST["slug"]),
                "title": GHOST["title"],
                "dt": "2026-11-30 10:00",
                "desc": "Sở GD&ĐT thông báo điều chỉnh lịch thi chọn đội tuyển dự thi học sinh giỏi quốc gia.",
                "thumb": None,
            }
        )
        entries.sort(key=lambda e: e["dt"], reverse=True)
    return entries


def cut(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 3].rstrip() + "..."


def twice(value: str) -> str:
    """The vendor escapes titles twice in listings and related lists."""
    return esc(esc(value))


# --- chrome ------------------------------------------------------------------------------------


def portlet(pid: str, title: str | None, inner: str, extra: str = "") -> str:
    topper = (
        f'<header class="portlet-topper"><h2 class="portlet-title-text">{esc(title)}</h2></header>'
        if title
        else ""
    )
    decorate = "portlet-decorate" if title else "portlet-barebone"
    return (
        f'<div class="portlet-boundary portlet-boundary_{pid}_  portlet-static portlet-static-end '
        f'{decorate} {extra}" id="p_p_id_{pid}_">'
        f'<span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}">{topper}'
        f'<div class="portlet-content"><div class=" portlet-content-container" style="">'
        f'<div class="portlet-body">{inner}</div></div></div></section></div>'
    )


NAV = [
    ("Trang chủ", "/web/sgddt/trang-chu", []),
    ("Giới thiệu", "/web/sgddt/gioi-thieu", [
        ("Chức năng, nhiệm vụ", "/web/sgddt/gioi-thieu#chuc-nang"),
        ("Cơ cấu tổ chức", "/web/sgddt/gioi-thieu#co-cau"),
        ("Lãnh đạo Sở", "/web/sgddt/gioi-thieu#lanh-dao"),
    ]),
    ("Tin tức", "/web/sgddt/tin-tuc", [(CATS[c], list_url(c)) for c in CATS]),
    ("Văn bản", "/web/sgddt/van-ban", []),
    ("Lịch công tác", "/web/sgddt/lich-cong-tac", []),
    ("Hỏi đáp", "/web/sgddt/hoi-dap", []),
    ("Liên hệ", "/web/sgddt/lien-he", []),
]


def top_nav(base: str, current: str) -> str:
    items = []
    for n, (label, href, children) in enumerate(NAV, start=1):
        sel = ' class="lfr-nav-item selected active"' if href == current else ' class="lfr-nav-item"'
        sub = ""
        if children:
            sub = '<ul class="child-menu" role="menu">' + "".join(
                f'<li class="lfr-nav-item" id="layout_{n}{k}" role="presentation">'
                f'<a href="{a(base + h)}" role="menuitem">{esc(t)}</a></li>'
                for k, (t, h) in enumerate(children, start=1)
            ) + "</ul>"
        items.append(
            f'<li{sel} id="layout_{n}" role="presentation"><a aria-labelledby="layout_{n}" '
            f'{"aria-haspopup=" + chr(34) + "true" + chr(34) + " " if children else ""}'
            f'href="{a(base + href)}" role="menuitem"><span>{esc(label)}</span></a>{sub}</li>'
        )
    return (
        '<nav class="sort-pages modify-pages egov-menu" id="navigation" role="navigation">'
        '<ul aria-label="Các trang của site" role="menubar">' + "".join(items) + "</ul></nav>"
    )


def breadcrumb(base: str, crumbs: list[tuple[str, str | None]]) -> str:
    lis = []
    for label, href in crumbs:
        if href:
            lis.append(f'<li><a href="{a(base + href)}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="active">{esc(label)}</li>')
    inner = f'<ol class="breadcrumb breadcrumb-horizontal">{"".join(lis)}</ol>'
    return portlet(
        "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet",
        None, inner,
    )


def left_column(base: str) -> str:
    menu = (
        '<div class="nav-menu dm-trai"><ul class="layouts level-1">'
        + "".join(
            f'<li class="lfr-nav-item"><a class="lfr-nav-item" href="{a(base + href)}">{esc(label)}</a></li>'
            for label, href in [
                ("Giới thiệu", "/web/sgddt/gioi-thieu"),
                (CATS[1011], list_url(1011)),
                (CATS[1012], list_url(1012)),
                (CATS[1013], list_url(1013)),
                ("Văn bản chỉ đạo", "/web/sgddt/van-ban"),
                ("Lịch công tác", "/web/sgddt/lich-cong-tac"),
                ("Hỏi đáp", "/web/sgddt/hoi-dap"),
                ("Liên hệ", "/web/sgddt/lien-he"),
            ]
        )
        + "</ul></div>"
    )
    most = [BY_ID[2391], BY_ID[2402], BY_ID[2417], BY_ID[2411]]
    docnhieu = '<ul class="tdn-ds">' + "".join(
        f'<li><a href="{a(base + friendly(s.id, s.slug))}">{twice(cut(s.title, 60))}</a></li>'
        for s in most
    ) + "</ul>"
    banners = (
        '<div class="qc-trai">'
        '<a href="https://dichvucong.langson.gov.vn" target="_blank"><img alt="Dịch vụ công trực tuyến" '
        f'src="{THEME}/images/banner/dvc.png" /></a>'
        '<a href="https://csdl.moet.gov.vn" target="_blank"><img alt="CSDL ngành" '
        f'src="{THEME}/images/banner/csdl.png" /></a></div>'
    )
    return (
        portlet("com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet_INSTANCE_qW3eR5tY7uI9",
                "Danh mục", menu, "portlet-navigation")
        + portlet("tindocnhieu_WAR_tintucportlet", "Tin đọc nhiều", docnhieu)
        + portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_bNr4Lk",
                  None, banners)
    )


def right_column(base: str) -> str:
    vb = (
        '<ul class="vbm-ds">'
        f'<li><a href="{a(base + "/web/sgddt/van-ban/-/vanban/5127/2315-sgddt-gdtrh")}">'
        "Số 2315/SGDĐT-GDTrH</a><span>V/v hướng dẫn tổ chức thi chọn HSG cấp tỉnh lớp 9</span>"
        "<i>(01/12/2026)</i></li>"
        f'<li><a href="{a(base + "/web/sgddt/van-ban/-/vanban/5119/2271-qd-sgddt")}">'
        "Số 2271/QĐ-SGDĐT</a><span>Quyết định ban hành Kế hoạch kiểm tra nội bộ năm học "
        "2026-2027</span><i>(24/11/2026)</i></li></ul>"
        f'<a class="xem-tat-ca" href="{a(base + "/web/sgddt/van-ban")}">Xem tất cả »</a>'
    )
    lich = (
        '<div class="lct-homnay"><b>Thứ Bảy, 05/12/2026</b><ul>'
        "<li>07h30: Giám đốc Sở dự bế mạc Hội thi giáo viên dạy giỏi tiểu học cấp tỉnh</li>"
        "<li>14h00: Phó Giám đốc Sở làm việc với Phòng GD&amp;ĐT huyện Hữu Lũng</li></ul>"
        f'<a href="{a(base + "/web/sgddt/lich-cong-tac")}">Xem lịch tuần »</a></div>'
    )
    hd = (
        '<ul class="hd-ds">'
        f'<li><a href="{a(base + "/web/sgddt/hoi-dap/-/hoidap/318/dieu-kien-xet-tuyen-thang-vao-lop-10")}">'
        "Điều kiện xét tuyển thẳng vào lớp 10 năm học 2027-2028?</a></li></ul>"
        f'<a class="hd-gui" href="{a(base + "/web/sgddt/hoi-dap")}">Gửi câu hỏi »</a>'
    )
    poll = (
        '<form action="' + a(
            base + "/web/sgddt/trang-chu?p_p_id=com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_Jk8Lm2"
            "&p_p_lifecycle=1&p_p_state=normal&p_p_mode=view&_com_liferay_polls_web_portlet_PollsDisplayPortlet_"
            "INSTANCE_Jk8Lm2_javax.portlet.action=%2Fpolls_display%2Fedit_question&p_auth=Xk3pQ7aZ"
        ) + '" method="post" name="_polls_fm">'
        "<p>Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?</p>"
        '<label><input name="choiceId" type="radio" value="1" /> Rất hữu ích</label>'
        '<label><input name="choiceId" type="radio" value="2" /> Hữu ích</label>'
        '<label><input name="choiceId" type="radio" value="3" /> Cần cải thiện</label>'
        '<button class="btn btn-primary" type="submit">Bình chọn</button></form>'
    )
    links = (
        '<select onchange="window.open(this.value)" class="lk-web"><option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://langson.gov.vn">Cổng TTĐT tỉnh Lạng Sơn</option>'
        '<option value="https://baolangson.vn">Báo Lạng Sơn</option></select>'
    )
    counter = (
        '<div class="tk-truycap"><p>Đang online: <b>37</b></p><p>Hôm nay: <b>1.482</b></p>'
        "<p>Tổng truy cập: <b>3.905.217</b></p></div>"
    )
    return (
        portlet("vanbanmoi_WAR_vanbanportlet", "Văn bản mới", vb)
        + portlet("lichcongtac_WAR_lichcongtacportlet_INSTANCE_home", "Lịch công tác", lich)
        + portlet("hoidap_WAR_hoidapportlet_INSTANCE_box", "Hỏi đáp", hd)
        + portlet("com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_Jk8Lm2", "Thăm dò ý kiến", poll)
        + portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lkWeb1", "Liên kết", links)
        + portlet("thongke_WAR_thongkeportlet", "Thống kê truy cập", counter)
    )


def page(
    request: Request,
    *,
    layout: str,
    layout_title: str,
    crumbs: list[tuple[str, str | None]],
    center: str,
) -> str:
    base = base_url(request)
    canonical = f"{base}/web/sgddt/{layout}"
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(layout_title)} - {esc(SITE)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Lạng Sơn" lang="vi-VN" name="description" />
<link href="{THEME}/images/favicon.ico" rel="Shortcut Icon" />
<link data-senna-track="temporary" href="{canonical}" rel="canonical" />
<link data-senna-track="temporary" href="{canonical}" hreflang="x-default" rel="alternate" />
<link data-senna-track="temporary" href="{canonical}" hreflang="vi-VN" rel="alternate" />
<link class="lfr-css-file" data-senna-track="temporary" href="{base}{THEME}/css/main.css?browserId=other&amp;themeId=sgddtegovtheme_WAR_sgddtegovtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7010&amp;t=1733109600000" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = {{ Browser: {{}}, ThemeDisplay: {{
  getLayoutId: function() {{ return "3"; }},
  getLayoutRelativeURL: function() {{ return "/web/sgddt/{layout}"; }},
  getPathContext: function() {{ return ""; }},
  getScopeGroupId: function() {{ return "20126"; }},
  getLanguageId: function() {{ return "vi_VN"; }},
  isSignedIn: function() {{ return false; }}
}}, PropsValues: {{ NTLM_AUTH_ENABLED: false }} }};
var themeDisplay = Liferay.ThemeDisplay;
// ]]>
</script>
<script data-senna-track="permanent" src="/o/frontend-js-web/everything.jsp?browserId=other&amp;themeId=sgddtegovtheme_WAR_sgddtegovtheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.everything.files&amp;languageId=vi_VN&amp;b=7010&amp;t=1733109600000" type="text/javascript"></script>
</head>
<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua để tới Nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner" class="egov-banner" style="background:#0b5cad;color:#fff">
 <div class="egov-topbar"><span class="egov-ngay">{HEADER_DAY}</span>
  <span class="egov-lh">Đường dây nóng: 0205.3 870 245</span>
  <a href="{a(base + "/web/sgddt/trang-chu")}">Trang chủ</a> | <a href="{a(base + "/web/sgddt/lien-he")}">Liên hệ</a></div>
 <div id="heading">
  <h1 class="site-title"><a class="logo custom-logo" href="{a(base + "/web/sgddt/trang-chu")}" title="Đi tới {esc(SITE)}">
   <img alt="Quốc huy" height="86" src="/image/layout_set_logo?img_id=20184&amp;t=1733109600000" width="86" /></a>
   <span class="egov-tencq"><small>UBND TỈNH LẠNG SƠN</small><br />SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></h1>
 </div>
 <form action="{a(base + "/web/sgddt/trang-chu")}" class="egov-timkiem" method="get" name="_search_fm">
  <input name="p_p_id" type="hidden" value="com_liferay_portal_search_web_portlet_SearchPortlet" />
  <input name="p_p_state" type="hidden" value="maximized" />
  <input name="_com_liferay_portal_search_web_portlet_SearchPortlet_keywords" placeholder="Tìm kiếm..." type="text" />
  <button type="submit">Tìm</button></form>
 {top_nav(base, "/web/sgddt/" + layout)}
 <div class="egov-chaychu"><marquee scrollamount="3">Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 – Ngành Giáo dục Lạng Sơn thi đua dạy tốt, học tốt</marquee></div>
</header>
<section id="content">
<div class="columns-3" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-3 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{left_column(base)}
</div></div>
<div class="col-md-6 portlet-column" id="column-2">
<div class="portlet-dropzone portlet-column-content" id="layout-column_column-2">
{breadcrumb(base, crumbs)}
{center}
</div></div>
<div class="col-md-3 portlet-column portlet-column-last" id="column-3">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-3">
{right_column(base)}
</div></div>
</div></div>
<form action="#" id="hrefFm" method="post" name="hrefFm"><span></span></form>
</section>
<footer id="footer" role="contentinfo" class="egov-footer" style="background:#0b5cad;color:#fff">
 <p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LẠNG SƠN</b></p>
 <p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Lạng Sơn</p>
 <p>Địa chỉ: Số 2, đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn</p>
 <p>Điện thoại: (0205) 3 870 245 – Fax: (0205) 3 870 246 – Email: sgddt@langson.gov.vn</p>
 <p>Giấy phép số 12/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Lạng Sơn cấp ngày 15/3/2021</p>
 <p>Ghi rõ nguồn "Sở GD&amp;ĐT Lạng Sơn" khi phát hành lại thông tin từ website này. © 2026</p>
</footer>
</div>
<script type="text/javascript">
// <![CDATA[
AUI().use("aui-base", "liferay-menu", "liferay-notice", "liferay-poller", function(A) {{
  (function() {{ Liferay.Util.addInputType(); Liferay.Portlet.ready(function(portletId, node) {{}}); }})();
  $(function() {{ $("img.lazy").lazyload({{ effect: "fadeIn", threshold: 200 }}); }});
}});
// ]]>
</script>
</body>
</html>
"""


# --- the news portlet --------------------------------------------------------------------------


def dmuc(base: str, cat_id: int | None) -> str:
    parts = [f'<a href="{a(base + "/web/sgddt/tin-tuc")}">Tin tức</a>']
    if cat_id:
        parts.append(f'<a href="{a(base + list_url(cat_id))}">{esc(CATS[cat_id])}</a>')
    return '<div class="tt-dmuc">' + ' <span class="tt-sep">›</span> '.join(parts) + "</div>"


def render_img(img: Img, lazy: bool) -> str:
    if lazy:
        tag = (
            f'<img alt="" class="lazy" data-original="{img.src}" src="{THEME}/images/blank.gif" '
            'style="width: 600px; height: 400px;" />'
        )
    else:
        tag = f'<img alt="" src="{img.src}" style="width: 600px; height: 400px;" />'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" class="tbl-hinh" '
            f'style="width:600px"><tbody><tr><td>{tag}</td></tr><tr><td style="text-align: center;">'
            f'<span style="color:#0000cd;"><em>{text(img.printed or "")}</em></span></td></tr>'
            "</tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{text(img.printed)}</em></p>'
    return out


def render_blocks(story: Story, base: str) -> str:
    lazy = story.opts.get("lazy", False)
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            out.append(render_img(b, lazy))
        elif isinstance(b, Raw):
            out.append(b.html.replace("{base}", base))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append('<ul style="margin-left: 20px;">' + "".join(items) + "</ul>")
            continue
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cell = "th" if first else "td"
                rows.append(
                    "<tr>" + "".join(
                        f"<{cell}>{text(c)}</{cell}>" for c in blocks[i].text.split(" | ")
                    ) + "</tr>"
                )
                first = False
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;">'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(
                f'<p style="text-align: justify;">{text(b.text)}<br />\n{text(nxt.text)}</p>'
            )
            i += 2
            continue
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{text(b.text)}</strong></p>')
        elif b.style == "q":
            out.append(f'<blockquote><p><em>{text(b.text)}</em></p></blockquote>')
        elif b.style == "word":
            body = text(b.text).replace(". ", ".&nbsp;")
            out.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
                '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New '
                f'Roman&quot;,serif">{body}<o:p></o:p></span></p>'
            )
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        out.append("\n")
        if not isinstance(b, Raw) and b is not blocks[-1] and story.id % 2:
            out.append("<p>&nbsp;</p>")
        i += 1
    return "".join(out)


def related(story: Story, base: str) -> str:
    first_page = listed(story.opts["cat_id"])[:PAGE_SIZE]
    others = [s for s in first_page if s.id != story.id][:3]
    lis = []
    for s in others:
        slug = s.opts.get("old_slug", s.slug)
        lis.append(
            f'<li><a href="{a(base + friendly(s.id, slug))}">{twice(s.title)}</a> '
            f'<span class="tlq-ngay">({dmy(s.opts["dt"])})</span></li>'
        )
    return '<div class="tt-lienquan"><h4 class="tlq-tde">Tin liên quan</h4><ul>' + "".join(lis) + "</ul></div>"


def comments(story: Story) -> str:
    items = story.opts.get("comments") or []
    if not items:
        return ""
    msgs = "".join(
        f'<div class="lfr-discussion" id="{NS}messageScroll{n}"><div class="lfr-discussion-details">'
        f'<span class="user-name">{esc(who)}</span> <span class="lfr-discussion-date">{when}</span></div>'
        f'<div class="lfr-discussion-body"><p>{esc(what)}</p></div></div>'
        for n, (who, when, what) in enumerate(items, start=1)
    )
    return (
        f'<div class="tt-binhluan"><h4 class="bl-tde">Ý kiến bạn đọc ({len(items)})</h4>'
        f'<div class="taglib-discussion" id="{NS}discussionContainer">{msgs}'
        f'<form method="post" name="{NS}fm"><textarea name="{NS}body" placeholder="Nội dung ý kiến"></textarea>'
        '<input name="hoten" placeholder="Họ tên" /><button type="submit">Gửi ý kiến</button></form>'
        "</div></div>"
    )


def detail(story: Story, request: Request) -> str:
    base = base_url(request)
    o = story.opts
    views = f"{story.views():,}".replace(",", ".")
    meta = f'<span class="tt-ngaydang">Ngày đăng: {vn12(o["dt"])}</span> | <span class="tt-luotxem">Lượt xem: {views}</span>'
    if o.get("updated"):
        meta += f' | <span class="tt-capnhat">Cập nhật: {o["updated"]}</span>'
    sapo = esc(story.summary) if story.summary and story.sapo_outside else ""
    share_url = quote(base + friendly(story.id, story.slug), safe="")
    inner = f"""<div class="tt-chitiet" id="{NS}chitiet">
{dmuc(base, o["cat_id"])}
<h3 class="tde-ct">{esc(story.title)}</h3>
<div class="tt-thongso">{meta}</div>
<div class="tt-congcu"><span>Cỡ chữ:</span> <a href="javascript:void(0);" onclick="ttFont(-1)">A-</a> <a href="javascript:void(0);" onclick="ttFont(0)">A</a> <a href="javascript:void(0);" onclick="ttFont(1)">A+</a>
 <span class="tt-nghe">Nghe đọc tin: <audio controls="controls" preload="none" src="/o/tts-service/doc?id={story.id}&amp;giong=nu-mien-bac"></audio></span></div>
<div class="tt-tomtat"><i>{sapo}</i></div>
<div class="tt-noidung" id="{NS}ndct">
{render_blocks(story, base)}
</div>
<div class="tt-tgia" style="text-align:right"><span class="lbl">Tác giả:</span> <b>{esc(o["tacgia"])}</b></div>
<div class="tt-nguon" style="text-align:right"><span class="lbl">Nguồn:</span> {o["nguon"]}</div>
<div class="tt-chiase"><span>Chia sẻ:</span>
 <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank"><img alt="Facebook" src="{THEME}/images/share/fb.png" /></a>
 <a href="https://sp.zalo.me/share_inline?d={share_url}" target="_blank"><img alt="Zalo" src="{THEME}/images/share/zalo.png" /></a>
 <a href="mailto:?subject={quote(story.title)}&amp;body={share_url}"><img alt="Email" src="{THEME}/images/share/mail.png" /></a>
 <a href="javascript:window.print();"><img alt="In bài" src="{THEME}/images/share/print.png" /> In bài</a>
 <a href="javascript:history.back();">Quay lại</a></div>
{comments(story)}
{related(story, base)}
</div>"""
    center = portlet(PID, "Tin tức", inner, "tintuc-portlet")
    return page(
        request,
        layout="tin-tuc",
        layout_title="Tin tức",
        crumbs=[("Trang chủ", "/web/sgddt/trang-chu"), ("Tin tức", None)],
        center=center,
    )


def soft_404(request: Request) -> str:
    base = base_url(request)
    inner = (
        f'<div class="tt-chitiet">{dmuc(base, None)}'
        '<div class="alert alert-danger portlet-msg-error">Tin bài không tồn tại hoặc đã bị gỡ bỏ.</div>'
        f'<p><a href="{a(base + "/web/sgddt/tin-tuc")}">« Quay lại trang Tin tức</a></p></div>'
    )
    return page(
        request, layout="tin-tuc", layout_title="Tin tức",
        crumbs=[("Trang chủ", "/web/sgddt/trang-chu"), ("Tin tức", None)],
        center=portlet(PID, "Tin tức", inner, "tintuc-portlet"),
    )


def pager(base: str, cat_id: int, cur: int, last: int, total: int) -> str:
    def link(label: str, n: int | None, cls: str = "") -> str:
        href = "javascript:void(0);" if n is None else a(base + list_url(cat_id, n))
        c = f' class="{cls}"' if cls else ""
        return f'<li><a{c} href="{href}">{label}</a></li>'

    items = [link("Trang trước", cur - 1 if cur > 1 else None, "" if cur > 1 else "pt-dis")]
    items += [link(str(n), n, "pt-cur" if n == cur else "") for n in range(1, last + 1)]
    items.append(link("Trang sau", cur + 1 if cur < last else None, "" if cur < last else "pt-dis"))
    return (
        f'<div class="phantrang"><ul class="pt-ds">{"".join(items)}</ul>'
        f'<span class="pt-tong">Trang {cur}/{last} ({total} tin)</span></div>'
    )


def listing(request: Request, cat_id: int, page_no: int) -> str:
    base = base_url(request)
    entries = listing_entries(cat_id)
    last = max(1, (len(entries) + PAGE_SIZE - 1) // PAGE_SIZE)
    chunk = entries[(page_no - 1) * PAGE_SIZE: page_no * PAGE_SIZE]
    items = []
    for e in chunk:
        thumb = e["thumb"] or f"{THEME}/images/no-image.png"
        href = a(base + e["href"])
        items.append(
            f'<div class="tt-item clearfix"><a class="tt-anh" href="{href}"><img alt="" src="{thumb}" /></a>'
            f'<div class="tt-ttin"><a class="tt-tde" href="{href}" title="{twice(e["title"])}">{twice(cut(e["title"], 70))}</a> '
            f'<span class="tt-ngay">({dmy(e["dt"])})</span>'
            f'<div class="tt-mota">{esc(cut(e["desc"], 160))}</div></div></div>'
        )
    if not items:
        items.append('<div class="portlet-msg-info">Chưa có tin bài trong chuyên mục này.</div>')
    inner = (
        f'<div class="tt-dsach">{dmuc(base, cat_id)}{"".join(items)}'
        f"{pager(base, cat_id, page_no, last, len(entries))}</div>"
    )
    return page(
        request, layout="tin-tuc", layout_title="Tin tức",
        crumbs=[("Trang chủ", "/web/sgddt/trang-chu"), ("Tin tức", None)],
        center=portlet(PID, "Tin tức", inner, "tintuc-portlet"),
    )


def overview(request: Request) -> str:
    base = base_url(request)
    boxes = []
    for cat_id, label in CATS.items():
        lis = "".join(
            f'<li><a href="{a(base + friendly(s.id, s.slug))}">{twice(s.title)}</a> '
            f'<span class="tt-ngay">({dmy(s.opts["dt"])})</span></li>'
            for s in own(cat_id)[:3]
        )
        boxes.append(
            f'<div class="tt-hop"><h4><a href="{a(base + list_url(cat_id))}">{esc(label)}</a></h4><ul>{lis}</ul></div>'
        )
    return page(
        request, layout="tin-tuc", layout_title="Tin tức",
        crumbs=[("Trang chủ", "/web/sgddt/trang-chu"), ("Tin tức", None)],
        center=portlet(PID, "Tin tức", "".join(boxes), "tintuc-portlet"),
    )


def home(request: Request) -> str:
    base = base_url(request)
    newest = sorted(STORIES, key=lambda s: s.opts["dt"], reverse=True)[:5]
    lead, rest = newest[0], newest[1:]
    thumb = lead.images[0].src + "&amp;imageThumbnail=1" if lead.images else f"{THEME}/images/no-image.png"
    noibat = (
        f'<div class="tnb-chinh"><a href="{a(base + query_form(lead.id))}"><img alt="" src="{thumb}" /></a>'
        f'<h3><a href="{a(base + query_form(lead.id))}">{esc(lead.title)}</a></h3>'
        f'<p class="tnb-mota">{esc(lead.summary or "")}</p></div><ul class="tnb-ds">'
        + "".join(
            f'<li><a href="{a(base + query_form(s.id))}">{esc(s.title)}</a> <span>({dmy(s.opts["dt"])})</span></li>'
            for s in rest
        )
        + "</ul>"
    )
    boxes = []
    for cat_id, label in CATS.items():
        lis = "".join(
            f'<li><a href="{a(base + friendly(s.id, s.slug))}">{twice(cut(s.title, 70))}</a></li>'
            for s in own(cat_id)[:3]
        )
        boxes.append(
            f'<div class="hop-cm"><h4 class="hop-tde"><a href="{a(base + list_url(cat_id))}">{esc(label)}</a></h4>'
            f'<ul>{lis}</ul><a class="hop-xem" href="{a(base + list_url(cat_id))}">Xem thêm »</a></div>'
        )
    slider = (
        '<div class="slide-anh">'
        f'<img alt="Chào mừng năm học mới" src="{THEME}/images/slide/slide-1.jpg" />'
        f'<img alt="Ngày Nhà giáo Việt Nam" src="{THEME}/images/slide/slide-2.jpg" /></div>'
    )
    center = (
        portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_sLd9", None, slider)
        + portlet("tinnoibat_WAR_tintucportlet", "Tin nổi bật", noibat)
        + portlet("tinchuyenmuc_WAR_tintucportlet_INSTANCE_h2", "Tin theo chuyên mục", "".join(boxes))
    )
    return page(
        request, layout="trang-chu", layout_title="Trang chủ",
        crumbs=[("Trang chủ", None)], center=center,
    )


# --- the other pages ---------------------------------------------------------------------------


def simple(request: Request, layout: str, title: str, crumbs, pid: str, inner: str) -> str:
    return page(
        request, layout=layout, layout_title=title,
        crumbs=[("Trang chủ", "/web/sgddt/trang-chu"), *crumbs],
        center=portlet(pid, title, inner),
    )


WCD = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_"


def gioi_thieu(request: Request) -> str:
    inner = """<div class="journal-content-article">
<h3 id="chuc-nang">Chức năng, nhiệm vụ</h3>
<p>Sở Giáo dục và Đào tạo tỉnh Lạng Sơn là cơ quan chuyên môn thuộc UBND tỉnh, có chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p>Sở chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND tỉnh; đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>
<h3 id="co-cau">Cơ cấu tổ chức</h3>
<ul><li>Văn phòng Sở</li><li>Thanh tra Sở</li><li>Phòng Tổ chức cán bộ</li><li>Phòng Kế hoạch – Tài chính</li><li>Phòng Giáo dục Mầm non – Tiểu học</li><li>Phòng Giáo dục Trung học</li><li>Phòng Khảo thí và Quản lý chất lượng giáo dục</li></ul>
<h3 id="lanh-dao">Lãnh đạo Sở</h3>
<table border="1" cellpadding="4"><tbody><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
<tr><td>Đàm Quốc Việt</td><td>Giám đốc</td><td>0205.3 870 201</td></tr>
<tr><td>Hứa Thị Ngân</td><td>Phó Giám đốc</td><td>0205.3 870 202</td></tr></tbody></table>
</div>"""
    return simple(request, "gioi-thieu", "Giới thiệu", [("Giới thiệu", None)], WCD + "gT1", inner)


def lien_he(request: Request) -> str:
    inner = """<div class="journal-content-article">
<p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LẠNG SƠN</b></p>
<p>Địa chỉ: Số 2, đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn</p>
<p>Điện thoại: (0205) 3 870 245 – Email: sgddt@langson.gov.vn</p>
</div>
<form class="lh-form" method="post" name="_lienhe_fm"><input name="hoten" placeholder="Họ tên" />
<input name="email" placeholder="Email" /><textarea name="noidung" placeholder="Nội dung"></textarea>
<button type="submit">Gửi</button></form>"""
    return simple(request, "lien-he", "Liên hệ", [("Liên hệ", None)], WCD + "lH2", inner)


def lich(request: Request) -> str:
    rows = [
        ("Thứ Hai, 30/11", "08h00: Giao ban Lãnh đạo Sở", "14h00: Giám đốc Sở làm việc với Phòng GDTrH"),
        ("Thứ Ba, 01/12", "07h30: Phó Giám đốc Sở dự khai mạc tập huấn Lịch sử và Địa lý", "Làm việc tại cơ quan"),
        ("Thứ Tư, 02/12", "08h00: Họp Hội đồng chấm thi HSG lớp 12", "15h00: Công bố kết quả thi HSG lớp 12"),
        ("Thứ Năm, 03/12", "Làm việc tại cơ quan", "14h00: Tiếp công dân định kỳ"),
        ("Thứ Sáu, 04/12", "Làm việc tại cơ quan", "14h00: Hội nghị tổng kết 5 năm chuyển đổi số"),
        ("Thứ Bảy, 05/12", "07h30: Bế mạc Hội thi GVDG tiểu học cấp tỉnh", ""),
    ]
    trs = "".join(f"<tr><td>{esc(d)}</td><td>{esc(s)}</td><td>{esc(c)}</td></tr>" for d, s, c in rows)
    inner = (
        '<div class="lct-tuan"><h4>LỊCH CÔNG TÁC TUẦN 49 (Từ 30/11/2026 đến 06/12/2026)</h4>'
        '<p><a href="javascript:lctTuan(-1);">« Tuần trước</a> | <a href="javascript:lctTuan(1);">Tuần sau »</a></p>'
        f'<table border="1" class="lct-bang"><tbody><tr><th>Ngày</th><th>Sáng</th><th>Chiều</th></tr>{trs}</tbody></table></div>'
    )
    return simple(request, "lich-cong-tac", "Lịch công tác", [("Lịch công tác", None)],
                  "lichcongtac_WAR_lichcongtacportlet", inner)


DOCS = {
    5127: ("2315-sgddt-gdtrh", "2315/SGDĐT-GDTrH", "01/12/2026", "Công văn",
           "V/v hướng dẫn tổ chức thi chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2026-2027",
           "Hứa Thị Ngân", "CV+2315+HSG+lop+9.pdf", "7c2a9e14-58b3-4d61-a0f2-3b9e8c7d6a51"),
    5119: ("2271-qd-sgddt", "2271/QĐ-SGDĐT", "24/11/2026", "Quyết định",
           "Quyết định ban hành Kế hoạch kiểm tra nội bộ năm học 2026-2027",
           "Đàm Quốc Việt", "QD+2271.pdf", "d84f0b3a-91c2-4e7f-8a56-0c1b2d3e4f5a"),
}


def van_ban_list(request: Request) -> str:
    base = base_url(request)
    trs = "".join(
        f'<tr><td><a href="{a(base + f"/web/sgddt/van-ban/-/vanban/{i}/{d[0]}")}">{esc(d[1])}</a></td>'
        f"<td>{d[2]}</td><td>{esc(d[4])}</td></tr>"
        for i, d in DOCS.items()
    )
    inner = (
        '<table class="vb-bang" border="1"><tbody><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr>{trs}</tbody></table>"
    )
    return simple(request, "van-ban", "Văn bản", [("Văn bản", None)], "vanban_WAR_vanbanportlet", inner)


def van_ban(request: Request, doc_id: int) -> str:
    _slug, so, ngay, loai, trich, ky, fname, uuid = DOCS[doc_id]
    inner = (
        '<table class="vb-ct" border="1"><tbody>'
        f"<tr><td>Số/Ký hiệu</td><td>{esc(so)}</td></tr>"
        f"<tr><td>Ngày ban hành</td><td>{ngay}</td></tr>"
        f"<tr><td>Loại văn bản</td><td>{loai}</td></tr>"
        "<tr><td>Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr>"
        f"<tr><td>Người ký</td><td>{esc(ky)}</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(trich)}</td></tr>"
        f'<tr><td>Tệp đính kèm</td><td><a href="/documents/20126/1452990/{fname}/{uuid}">{fname.replace("+", " ")}</a></td></tr>'
        "</tbody></table>"
    )
    return simple(request, "van-ban", "Văn bản", [("Văn bản", "/web/sgddt/van-ban"), (so, None)],
                  "vanban_WAR_vanbanportlet", inner)


QA_URL = "/web/sgddt/hoi-dap/-/hoidap/318/dieu-kien-xet-tuyen-thang-vao-lop-10"


def hoi_dap_list(request: Request) -> str:
    base = base_url(request)
    inner = (
        '<div class="hd-ds">'
        f'<div class="hd-item"><a href="{a(base + QA_URL)}">Điều kiện xét tuyển thẳng vào lớp 10 năm học 2027-2028?</a>'
        "<span>Người hỏi: Nguyễn Thị Hoa (Hữu Lũng) – 27/11/2026 – Đã trả lời</span></div>"
        '<div class="hd-item"><span class="hd-q">Con tôi học lớp 5 chuyển trường từ Hà Nội về Lộc Bình cần hồ sơ gì?</span>'
        "<span>Người hỏi: Lý Văn Tài – 03/12/2026 – Chưa trả lời</span></div></div>"
        '<form method="post" name="_hoidap_fm"><input name="hoten" placeholder="Họ tên" />'
        '<textarea name="cauhoi" placeholder="Nội dung câu hỏi"></textarea><button type="submit">Gửi câu hỏi</button></form>'
    )
    return simple(request, "hoi-dap", "Hỏi đáp", [("Hỏi đáp", None)], "hoidap_WAR_hoidapportlet", inner)


def hoi_dap(request: Request) -> str:
    inner = (
        '<div class="hd-ct"><h3 class="hd-cauhoi">Điều kiện xét tuyển thẳng vào lớp 10 năm học 2027-2028?</h3>'
        "<p class=\"hd-nguoihoi\">Người hỏi: Nguyễn Thị Hoa (Hữu Lũng) – Ngày hỏi: 27/11/2026</p>"
        "<p>Con tôi là học sinh lớp 9, đạt giải Ba kỳ thi học sinh giỏi cấp tỉnh. Xin hỏi cháu có được "
        "xét tuyển thẳng vào lớp 10 trường THPT công lập không?</p>"
        '<div class="hd-traloi"><p><b>Trả lời:</b></p>'
        "<p>Theo Quy chế tuyển sinh THCS và THPT hiện hành, học sinh đạt giải cấp tỉnh không thuộc diện "
        "tuyển thẳng mà được cộng điểm ưu tiên, khuyến khích theo quy định của Sở.</p>"
        "<p>Đối tượng tuyển thẳng gồm học sinh trường phổ thông dân tộc nội trú cấp THCS, học sinh là "
        "người dân tộc rất ít người và học sinh khuyết tật theo quy định.</p>"
        "<p>Phòng Khảo thí và Quản lý chất lượng giáo dục – Ngày trả lời: 01/12/2026</p></div></div>"
    )
    return simple(request, "hoi-dap", "Hỏi đáp", [("Hỏi đáp", "/web/sgddt/hoi-dap"), ("Chi tiết", None)],
                  "hoidap_WAR_hoidapportlet", inner)


# --- routing -----------------------------------------------------------------------------------

_JSESSION = re.compile(r";jsessionid=[0-9A-Fa-f]+", re.I)
_FRIENDLY = re.compile(r"^/web/sgddt/tin-tuc/-/tintuc/(\d+)(?:/([a-z0-9-]+))?/?$")
_VANBAN = re.compile(r"^/web/sgddt/van-ban/-/vanban/(\d+)/([a-z0-9-]+)$")
_LINK = re.compile(r'(href="(?:http://[^/"]+)?)(/web/sgddt/[^"?#;]*)')


class Site:
    def respond(self, request: Request) -> Response | None:
        new_session = "JSESSIONID" not in request.headers.get("Cookie", "")
        resp = self._route(request, new_session)
        if resp is not None and new_session:
            resp.headers["Set-Cookie"] = f"JSESSIONID={JSESSIONID}; Path=/; HttpOnly"
        return resp

    def _route(self, request: Request, new_session: bool) -> Response | None:
        path = _JSESSION.sub("", request.path)
        if path in ("/", "/web/sgddt", "/web/sgddt/"):
            return redirect("/web/sgddt/trang-chu")
        if path.startswith("/documents/"):
            if ".pdf" in path.lower():
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file("x.jpg")
        if path.startswith("/image/"):
            return static_file("x.png")
        if path.startswith("/o/"):
            return static_file(path)
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if path == "/web/sgddt/trang-chu":
            body = home(request)
            if new_session:
                body = _LINK.sub(lambda m: m.group(1) + m.group(2) + f";jsessionid={JSESSIONID}", body)
            return html(body)
        if path == "/web/sgddt/tin-tuc":
            return self._tintuc(request, params)
        m = _FRIENDLY.match(path)
        if m:
            sid, slug = int(m.group(1)), m.group(2)
            if sid == GHOST["id"]:
                return html(soft_404(request))
            story = BY_ID.get(sid)
            if story is None:
                return None
            if slug == story.slug:
                return html(detail(story, request))
            if slug is None or slug == story.opts.get("old_slug"):
                return redirect(base_url(request) + friendly(story.id, story.slug), 301)
            return None
        simple_pages = {
            "/web/sgddt/gioi-thieu": gioi_thieu,
            "/web/sgddt/lien-he": lien_he,
            "/web/sgddt/lich-cong-tac": lich,
            "/web/sgddt/van-ban": van_ban_list,
            "/web/sgddt/hoi-dap": hoi_dap_list,
            QA_URL: hoi_dap,
        }
        if path in simple_pages:
            return html(simple_pages[path](request))
        m = _VANBAN.match(path)
        if m and int(m.group(1)) in DOCS and DOCS[int(m.group(1))][0] == m.group(2):
            return html(van_ban(request, int(m.group(1))))
        return None

    def _tintuc(self, request: Request, params: dict[str, str]) -> Response | None:
        if params.get("p_p_id") != PID:
            return html(overview(request)) if not request.query else None
        if NS + "id" in params:
            mvc = params.get(NS + "mvcPath", "/html/chitiet.jsp")
            if mvc != "/html/chitiet.jsp" or not params[NS + "id"].isdigit():
                return None
            sid = int(params[NS + "id"])
            if sid == GHOST["id"]:
                return html(soft_404(request))
            story = BY_ID.get(sid)
            return html(detail(story, request)) if story else None
        cat = params.get(NS + "catId", "")
        if cat.isdigit() and int(cat) in CATS:
            pg = params.get(NS + "page", "1")
            if not pg.isdigit() or int(pg) < 1 or int(pg) > 20:
                return None
            return html(listing(request, int(cat), int(pg)))
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    paths = [
        query_form(story.id),
        with_jsessionid(query_form(story.id)),
        with_jsessionid(friendly(story.id, story.slug)),
    ]
    if story.opts.get("old_slug"):
        paths.append(friendly(story.id, story.opts["old_slug"]))
    return paths


GOLD = [
    gold_record(
        s,
        friendly(s.id, s.slug),
        s.cat,
        canonical_path=friendly(s.id, s.slug),
        alt_paths=_alt_paths(s),
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/web/sgddt/gioi-thieu",
    "/web/sgddt/lien-he",
    "/web/sgddt/lich-cong-tac",
    "/web/sgddt/van-ban",
    "/web/sgddt/van-ban/-/vanban/5127/2315-sgddt-gdtrh",
    "/web/sgddt/van-ban/-/vanban/5119/2271-qd-sgddt",
    "/web/sgddt/hoi-dap",
    QA_URL,
]
