"""Phòng GD&ĐT huyện Yên Thế (Bắc Giang): a home-made PHP site of 2018 (jQuery 1.12, Bootstrap 3).

Platform
--------
A district office's site written in-house around 2018: ``header.php`` / ``footer.php`` included
by each script, jQuery 1.12.4 and a Bootstrap 3 theme (navbar with drop-downs, carousel,
``nav-tabs``, ``breadcrumb``, ``media`` lists), CKEditor 4 for the article text (with its
``config.entities`` left on, so Latin-1 letters come out as named entities), a plain ``<textarea>``
printed through ``nl2br()`` for the older notices, ``timthumb.php`` for thumbnails and a
``<base href="http://<host>/">`` in the head of every full page.

URL scheme
----------
- ``/`` (index.php): carousel "Tin nổi bật", tabbed category boxes filled by AJAX, sidebar.
- ``/tin-tuc.php?cat=<n>`` and ``/tin-tuc.php?cat=<n>&page=<n>``: a category's list, 3 items a page
  (the office's setting), pager "Trang: 1 2 3 Cuối" (``…`` and "Đầu" when the window slides).
- ``/chi-tiet.php?id=<n>`` (og:url, "Tin cùng chuyên mục", "Tin xem nhiều", search) and
  ``/chi-tiet.php?id=<n>&cat=<n>`` (lists, AJAX boxes, carousel): the same article.
- ``/ajax/tintuc.php?cat=<n>&trang=<n>``: an HTML fragment (no ``<html>``) of a tab's list, 5 a page,
  its pager driven by ``onclick="taiTin(cat, trang)"``.
- ``/van-ban.php`` (documents list) and ``/van-ban.php?id=<n>`` (a document's entry).
- ``/lich-cong-tac.php`` (weekly work calendar, ``?tuan=<n>`` from a ``<select onchange>``),
  ``/gioi-thieu.php``, ``/lien-he.php`` (contact form), ``/tim-kiem.php?tukhoa=`` (search form).
- Images under ``/upload/images/…``, thumbnails ``/timthumb.php?src=…&w=…&h=…&zc=1``, document
  files under ``/upload/vanban/…``.

Page templates
--------------
Every full page: top bar with today ("Thứ Bảy, 05/12/2026"), banner (logo, ``<h3>`` "UBND HUYỆN YÊN
THẾ" and ``<h1>`` "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"), navbar with drop-downs and a search form, a marquee,
the main column ``div.col-md-9#cot_chinh`` and the sidebar ``div.col-md-3#cot_phu`` ("Văn bản mới",
"Tin xem nhiều", "Lịch công tác", "Liên kết website" select, poll, "Thống kê truy cập"), footer.
Article (``chi-tiet.php``): ``ol.breadcrumb.dd_dan``, then ``div.khung_ct`` holding ``h2.tde_ctiet``
(headline), ``div.ngay_xem`` ("Đăng ngày: dd/mm/yyyy | Lượt xem: n"), ``div.cong_cu_tren`` (font size,
print), optional ``div.tomtat_ct`` (sapo), ``div.noidung_ct#nd_tin`` (the text), optional
``div.tacgia_ct`` (right-aligned writer), back/top links, ``div.tin_cung_cm`` ("Tin cùng chuyên mục").

How each gold article is reached
--------------------------------
Categories: 1 "Tin tức - Sự kiện" (7 articles, list pages 1-3), 2 "Chuyên môn - Nghiệp vụ" (4, pages
1-2), 4 "Thông báo" (2, page 1); category 3 "Gương sáng nhà giáo" is an empty list. The home page
links the categories only through the menu, the tab boxes' "Xem tất cả" fallbacks and three
carousel slides (1214, 1203 and 1199). "Tin cùng chuyên mục" shows the 3 newest others of the
category, "Tin xem nhiều" five fixed ones: 1190, 1188 and 1187 (list pages 2 and 3 of category 1)
are linked from no other page than their list page.

Traps
-----
1. AJAX tab boxes (not in the README's list). The home page's three category boxes are empty
   ``div.tab-pane`` with "Đang tải dữ liệu..." filled by ``$('#ds_1').load('ajax/tintuc.php?cat=' + cat
   + '&trang=' + trang)``; the only plain links are "Xem tất cả »" (and the menu). The fragment the
   endpoint returns has relative ``chi-tiet.php?id=…&cat=…`` links that are right under the home
   page's ``<base href>`` but resolve to ``/ajax/chi-tiet.php…`` (404) when the fragment is fetched
   by itself. Gold: the fragment and ``/ajax/…`` URLs are not articles; every article is found
   through ``tin-tuc.php`` lists.
2. Paths: ``chi-tiet.php?id=N`` and ``chi-tiet.php?id=N&cat=M`` (written ``&amp;``) serve the same
   page; article 1199 was moved from category 1 to 2 and the carousel still links
   ``?id=1199&cat=1`` (the menu then highlights "Tin tức - Sự kiện", the breadcrumb says
   "Chuyên môn - Nghiệp vụ"). Gold: path ``/chi-tiet.php?id=N`` (og:url's form), the ``&cat=``
   forms in ``alt_paths``; category from the breadcrumb, never the URL's ``cat``.
3. Headline not where a generic reader looks (not in the README's list). ``<title>`` is the
   office's name on every page (no og:title), the page's first ``<h1>`` is the banner's
   "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", the headline is ``h2.tde_ctiet``; the lists cut titles at 70
   characters with "...". Gold: title = the ``h2`` text in full.
4. Dates printed day first, no time (``date('d/m/Y')``): "Đăng ngày: 06/11/2026" is 6 November
   (1196, 1190, 1188, 1187 all have a day ≤ 12); "Lượt xem: 1.245" uses a dot for thousands;
   1212's line also prints "Cập nhật: 03/12/2026 09:15"; lists and "Tin cùng chuyên mục" print
   other articles' dates "(28/11/2026)". Gold: the "Đăng ngày" day alone ("2026-11-06"); never
   the update's day or time, never the header's today.
5. Writer lines (README kind, with this site's markup). The template's right-aligned
   ``div.tacgia_ct`` or a right-aligned ``<p>``/``<div>`` typed at the end of the text:
   "Tin, ảnh: Đỗ Văn Khánh" -> author and photographer; "ThS. Vũ Thị Lan Anh - Phó Trưởng phòng
   GD&ĐT" -> "Vũ Thị Lan Anh"; "Ngô Văn Toàn (Phó Hiệu trưởng Trường THCS Đồng Kỳ)" -> "Ngô Văn Toàn";
   "Trần Văn Hùng - Trường THCS Bố Hạ" -> "Trần Văn Hùng"; units "Tổ Văn phòng", "Tổ Chuyên môn
   THCS", "Bộ phận Mầm non" -> as printed; "Người đăng: admin" in the date line -> nobody.
6. Photos (not in the README's list as such): CKEditor images inside a one-column ``<table>``
   whose second row is the line "(…)" in ``<em>``; a centred ``<em>`` paragraph under the image;
   a photo whose only text is a long ``alt`` (no printed line: caption None); "(Ảnh: Hoàng Minh
   Tâm)" under a photo (no caption; photographer). A centred ``<em>`` paragraph that follows no
   image (a quotation in 1203) is text, not a caption. Thumbnails (timthumb) and carousel slides
   are not the article's images.
7. Widgets inside ``#nd_tin`` (not in the README's list): the Facebook ``div.fb-like`` box, a
   "File đính kèm:" box with a PDF and a "Xem văn bản" link to the document module, and a
   "Xem thêm:" line all sit inside the text's container; "Tin cùng chuyên mục" sits inside
   ``div.khung_ct`` right after it. Gold: none of these is body.
8. Text stored through ``nl2br()`` (not in the README's list): 1187 and 1201 are one block of
   lines separated by ``<br />`` (a blank line, ``<br /><br />``, between paragraphs; a single
   ``<br />`` between the "- " lines of a list). Gold: each line is a paragraph, the typed "- "
   kept; empty lines are no paragraphs.
9. CKEditor's entities and Word (encodings): 1214, 1203 and 1206 write à, á, â, ê, ô, é, ú,
   “ ” … as ``&agrave;``, ``&ecirc;``, ``&ldquo;`` while ơ, ư, ạ, ế … stay raw UTF-8, and
   ``&nbsp;`` doubles spaces; 1188 was pasted from Word (``p.MsoNormal``, ``<o:p>&nbsp;</o:p>``
   spacer paragraphs). Gold: decoded, whitespace-collapsed NFC; spacers are no paragraphs.
10. A notice printed as an official document (1215, README kind): letterhead table, "Số:
    412/TB-PGDĐT", "Yên Thế, ngày 02 tháng 12 năm 2026", "THÔNG BÁO" and its subject, then
    "Nơi nhận" and the signer. Its "Đăng ngày" says 04/12/2026. Gold: date "2026-12-02", author
    "Nguyễn Văn Thịnh", body = the numbered points between the subject and the closing. The same
    notice's document entry ``van-ban.php?id=95`` is not an article.
11. The sapo in three forms: ``div.tomtat_ct > strong`` between the date line and the text (1214,
    1203, 1206, 1190: summary, and the body's first paragraph), a bold first paragraph inside the
    text (1212: summary), or none, when ``<meta name="description">`` is the text's first 200
    characters cut with "..." (summary null).

Gold decisions on ambiguous points
----------------------------------
- Headings inside the text ("1. Nội dung tập huấn") and the ``<li>`` of a list are paragraphs; the
  results table of 1209 gives one paragraph a row, cells joined by " | " (header row included).
- "Thời gian: …<br />Địa điểm: …" in 1199 are two paragraphs.
- A closing "Theo Cổng TTĐT Sở GD&ĐT Bắc Giang" (right-aligned, italic) is the source
  "Cổng TTĐT Sở GD&ĐT Bắc Giang" and not body; "Theo kế hoạch, năm học này …" is body.
- The official notice's closing "./." stays in its last sentence, as printed.
- 1215's "File đính kèm" and "Xem văn bản" lines are not body (attachment lines).
- The list pages ``tin-tuc.php?cat=N`` and ``…&page=1`` are the same list; lists, the AJAX
  fragments, search results and the empty category are no articles and not in NON_ARTICLES.
"""

from __future__ import annotations

from html.entities import codepoint2name

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    static_file,
)

NAME = "php_homemade_ajax_tabs_pgd"
PLATFORM = "Home-made PHP (2018): jQuery 1.12 + Bootstrap 3 theme, AJAX category tabs, CKEditor 4"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE_TITLE = "Phòng Giáo dục và Đào tạo huyện Yên Thế"
PER_PAGE = 3
AJAX_PER_PAGE = 5

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Chuyên môn - Nghiệp vụ",
    3: "Gương sáng nhà giáo",
    4: "Thông báo",
}

# the long alt text CKEditor kept for a photo that has no printed line
ALTS = {
    "upload/images/2026/11/mit-tinh-20-11-a.jpg": (
        "Quang cảnh buổi mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại Hội trường UBND huyện"
    ),
}

_WRITER_B = "Tin, ảnh: Đỗ Văn Khánh"

STORIES: list[Story] = [
    # ---------------------------------------------------------------- category 1
    Story(
        id=1214,
        slug="so-ket-thi-dua",
        title="Sơ kết phong trào thi đua đợt 1 năm học 2026 - 2027",
        cat="1",
        published_at="2026-12-03",
        summary=(
            "Chiều 02/12/2026, Phòng GD&ĐT huyện Yên Thế tổ chức hội nghị sơ kết phong trào thi đua "
            "đợt 1 chào mừng 44 năm Ngày Nhà giáo Việt Nam, khen thưởng 36 tập thể và 112 cá nhân có "
            "thành tích xuất sắc."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Thanh Huyền"],
        blocks=[
            P(
                "Dự hội nghị có đồng chí Hoàng Văn Quyết, Phó Chủ tịch UBND huyện; lãnh đạo Phòng "
                "GD&ĐT; đại diện Công đoàn ngành và hiệu trưởng các trường mầm non, tiểu học, trung "
                "học cơ sở trên địa bàn huyện."
            ),
            P(
                "Báo cáo sơ kết cho thấy, sau gần ba tháng triển khai, phong trào thi đua đã được các "
                "nhà trường hưởng ứng sôi nổi với nhiều hình thức phong phú như hội giảng, thao giảng, "
                "dự giờ thăm lớp, làm đồ dùng dạy học và xây dựng môi trường học tập thân thiện.\xa0 "
                "Toàn ngành có 1.146 tiết dạy tốt được đăng ký, trong đó 418 tiết được xếp loại giỏi."
            ),
            Img(
                "/upload/images/2026/12/so-ket-thi-dua-1.jpg",
                "(Đồng chí Hoàng Văn Quyết, Phó Chủ tịch UBND huyện phát biểu chỉ đạo tại hội nghị)",
                "Đồng chí Hoàng Văn Quyết, Phó Chủ tịch UBND huyện phát biểu chỉ đạo tại hội nghị",
                style="table",
            ),
            P(
                "Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: việc ứng dụng "
                "công nghệ thông tin ở một số trường vùng khó khăn còn chậm; cơ sở vật chất tại các "
                "điểm trường lẻ của xã Xuân Lương, Canh Nậu chưa đáp ứng yêu cầu đổi mới."
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND huyện ghi nhận sự nỗ lực của đội ngũ "
                "cán bộ quản lý, giáo viên toàn ngành; đề nghị các nhà trường tiếp tục duy trì nền "
                "nếp, nâng cao chất lượng giáo dục toàn diện, quan tâm bồi dưỡng học sinh giỏi và phụ "
                "đạo học sinh yếu ngay từ học kỳ I."
            ),
            Img(
                "/upload/images/2026/12/so-ket-thi-dua-2.jpg",
                "(Trao giấy khen cho các tập thể có thành tích xuất sắc trong đợt thi đua)",
                "Trao giấy khen cho các tập thể có thành tích xuất sắc trong đợt thi đua",
                style="table",
            ),
            P(
                "Dịp này, Trưởng phòng GD&ĐT đã trao giấy khen cho 36 tập thể và 112 cá nhân có thành "
                "tích xuất sắc trong phong trào thi đua đợt 1."
            ),
            Raw('<p style="text-align: right;"><strong>Nguyễn Thị Thanh Huyền</strong></p>'),
        ],
        opts={"ck": True},
    ),
    Story(
        id=1209,
        slug="hoi-khoe-phu-dong",
        title="Hội khỏe Phù Đổng huyện Yên Thế lần thứ XII năm 2026",
        cat="1",
        published_at="2026-11-27",
        authors=["Đỗ Văn Khánh"],
        photographers=["Đỗ Văn Khánh"],
        blocks=[
            P(
                "Từ ngày 24 đến 26/11/2026, tại Sân vận động huyện và Nhà thi đấu đa năng thị trấn "
                "Cầu Gồ, Phòng GD&ĐT phối hợp với Phòng Văn hóa và Thông tin tổ chức Hội khỏe Phù Đổng "
                "huyện Yên Thế lần thứ XII."
            ),
            P(
                "Tham gia Hội khỏe có gần 900 vận động viên là học sinh tiểu học và trung học cơ sở của "
                "42 nhà trường, tranh tài ở 7 môn: điền kinh, bóng đá, cầu lông, bóng bàn, cờ vua, đá "
                "cầu và kéo co."
            ),
            Img(
                "upload/images/2026/11/hkpd-khai-mac.jpg",
                "Các vận động viên tham gia lễ khai mạc Hội khỏe",
                "Các vận động viên tham gia lễ khai mạc Hội khỏe",
                style="p",
            ),
            P(
                "Các môn thi đấu diễn ra sôi nổi, an toàn, đúng điều lệ. Nhiều vận động viên thể hiện "
                "kỹ thuật tốt, tinh thần thi đấu trung thực, cao thượng."
            ),
            P("Kết quả toàn đoàn khối THCS:"),
            P("Xếp hạng | Đơn vị | Huy chương Vàng | Huy chương Bạc", "row"),
            P("Nhất | Trường THCS Bố Hạ | 9 | 6", "row"),
            P("Nhì | Trường THCS Cầu Gồ | 7 | 8", "row"),
            P("Ba | Trường THCS Đồng Kỳ | 5 | 4", "row"),
            P(
                "Ban tổ chức đã lựa chọn 48 vận động viên xuất sắc để thành lập đội tuyển tham dự Hội "
                "khỏe Phù Đổng tỉnh Bắc Giang dự kiến tổ chức vào tháng 3/2027."
            ),
            Img(
                "upload/images/2026/11/hkpd-keo-co.jpg",
                "Thi đấu môn kéo co khối tiểu học",
                "Thi đấu môn kéo co khối tiểu học",
                style="p",
            ),
        ],
        opts={"writer": _WRITER_B},
    ),
    Story(
        id=1203,
        slug="mit-tinh-20-11",
        title="Mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="1",
        published_at="2026-11-19",
        summary=(
            "Sáng 19/11, Phòng GD&ĐT huyện Yên Thế long trọng tổ chức mít tinh kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam, tôn vinh những thầy cô giáo tiêu biểu đã cống hiến cho sự nghiệp "
            "trồng người."
        ),
        sapo_outside=True,
        authors=["Tổ Văn phòng"],
        photographers=["Hoàng Minh Tâm"],
        blocks=[
            P(
                "Tới dự có các đồng chí lãnh đạo Huyện ủy, HĐND, UBND huyện, đại diện các ban, ngành, "
                "đoàn thể cùng đông đảo cán bộ, giáo viên, nhà giáo đã nghỉ hưu trên địa bàn."
            ),
            Img("upload/images/2026/11/mit-tinh-20-11-a.jpg", None, None, style="alt"),
            P(
                "Diễn văn kỷ niệm ôn lại truyền thống vẻ vang của ngành giáo dục Việt Nam và những "
                "chặng đường phát triển của giáo dục Yên Thế, vùng đất gắn với cuộc khởi nghĩa nông dân "
                "do Hoàng Hoa Thám lãnh đạo. Năm học 2025 - 2026, toàn huyện có 38/58 trường đạt chuẩn "
                "quốc gia, tỷ lệ học sinh lớp 9 tốt nghiệp đạt 99,6%."
            ),
            P(
                "“Mỗi thầy cô giáo hãy thực sự là một tấm gương sáng về đạo đức, tự học và sáng tạo "
                "cho học sinh noi theo.”",
                "quote",
            ),
            P(
                "Đó là lời nhắn nhủ của đồng chí Bí thư Huyện ủy gửi tới đội ngũ nhà giáo tại buổi mít "
                "tinh. Đồng chí cũng đề nghị ngành giáo dục tiếp tục tham mưu sắp xếp mạng lưới trường, "
                "lớp hợp lý, chăm lo đời sống giáo viên ở các xã vùng cao."
            ),
            Img(
                "upload/images/2026/11/mit-tinh-20-11-b.jpg",
                "(Ảnh: Hoàng Minh Tâm)",
                None,
                style="p",
            ),
            P(
                "Nhân dịp này, 15 nhà giáo tiêu biểu được Chủ tịch UBND huyện tặng giấy khen; 3 nhà "
                "giáo được đề nghị xét tặng danh hiệu Nhà giáo ưu tú."
            ),
        ],
        opts={"ck": True, "writer": "Tổ Văn phòng"},
    ),
    Story(
        id=1196,
        slug="thcs-bo-ha-chuan-qg",
        title="Trường THCS Bố Hạ đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="1",
        published_at="2026-11-06",
        authors=["Trần Văn Hùng"],
        blocks=[
            P(
                "Ngày 05/11/2026, Trường THCS Bố Hạ, thị trấn Bố Hạ long trọng tổ chức lễ đón nhận "
                "Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 và ra mắt các câu lạc bộ năng khiếu "
                "năm học 2026 - 2027."
            ),
            P(
                "Trường THCS Bố Hạ được thành lập năm 1965, hiện có 18 lớp với 712 học sinh, 41 cán "
                "bộ, giáo viên, nhân viên. Nhiều năm liền nhà trường dẫn đầu khối THCS của huyện về chất "
                "lượng học sinh giỏi và tỷ lệ học sinh đỗ vào lớp 10 THPT công lập."
            ),
            Img(
                "upload/images/2026/11/thcs-bo-ha-chuan-qg.jpg",
                "Lãnh đạo UBND huyện trao Bằng công nhận trường đạt chuẩn quốc gia cho nhà trường",
                "Lãnh đạo UBND huyện trao Bằng công nhận trường đạt chuẩn quốc gia cho nhà trường",
                style="p",
            ),
            P(
                "Để đạt chuẩn mức độ 2, những năm qua nhà trường đã tích cực tham mưu với cấp ủy, chính "
                "quyền địa phương đầu tư xây dựng khu nhà học bộ môn 3 tầng, nhà đa năng, sân tập thể "
                "dục; huy động xã hội hóa gần 1,2 tỷ đồng mua sắm trang thiết bị dạy học."
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện lãnh đạo Phòng GD&ĐT đề nghị nhà trường tiếp tục duy "
                "trì, nâng cao các tiêu chuẩn đã đạt, hướng tới xây dựng trường đạt chuẩn quốc gia mức "
                "độ 3 trong giai đoạn tới."
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Trần Văn Hùng - Trường THCS Bố Hạ'
                "</strong></em></p>"
            ),
        ],
    ),
    Story(
        id=1190,
        slug="so-kiem-tra-nam-hoc-moi",
        title="Sở GD&ĐT Bắc Giang kiểm tra công tác chuẩn bị năm học mới tại Yên Thế",
        cat="1",
        published_at="2026-10-09",
        summary=(
            "Ngày 08/10/2026, đoàn công tác của Sở GD&ĐT Bắc Giang do đồng chí Phó Giám đốc Sở làm "
            "trưởng đoàn đã kiểm tra công tác chuẩn bị và triển khai nhiệm vụ năm học 2026 - 2027 "
            "tại huyện Yên Thế."
        ),
        sapo_outside=True,
        source="Cổng TTĐT Sở GD&ĐT Bắc Giang",
        blocks=[
            P(
                "Đoàn đã đến kiểm tra thực tế tại Trường Mầm non Tam Hiệp, Trường Tiểu học Đồng Tiến "
                "và Trường THCS Hồng Kỳ; kiểm tra hồ sơ, sổ sách, cơ sở vật chất, việc bố trí phòng "
                "học, bếp ăn bán trú và công tác thu, chi đầu năm học."
            ),
            P(
                "Theo kế hoạch, năm học này toàn huyện có 15.820 học sinh phổ thông và 5.410 trẻ mầm "
                "non; các trường đã hoàn thành việc sửa chữa phòng học, bổ sung bàn ghế và sách giáo "
                "khoa trước ngày khai giảng."
            ),
            P(
                "Đoàn kiểm tra đánh giá cao sự chủ động của ngành giáo dục huyện, đồng thời lưu ý các "
                "nhà trường thực hiện nghiêm quy định về các khoản thu đầu năm, không để xảy ra tình "
                "trạng lạm thu; bảo đảm an toàn thực phẩm trong các bếp ăn bán trú."
            ),
            Raw(
                '<p style="text-align: right;"><em>Theo Cổng TTĐT Sở GD&amp;ĐT Bắc Giang</em></p>'
            ),
        ],
    ),
    Story(
        id=1188,
        slug="kiem-tra-ban-tru-mn",
        title="Kiểm tra công tác bán trú tại các trường mầm non vùng cao",
        cat="1",
        published_at="2026-10-05",
        authors=["Bộ phận Mầm non"],
        blocks=[
            P(
                "Từ ngày 28/9 đến 03/10/2026, Phòng GD&ĐT huyện Yên Thế thành lập đoàn kiểm tra công "
                "tác tổ chức bán trú tại 8 trường mầm non thuộc các xã Xuân Lương, Canh Nậu, Đồng "
                "Vương, Đồng Tiến."
            ),
            P(
                "Qua kiểm tra, các trường đều có bếp ăn một chiều, thực hiện lưu mẫu thức ăn 24 giờ, có "
                "hợp đồng cung cấp thực phẩm với đơn vị có giấy chứng nhận đủ điều kiện an toàn thực "
                "phẩm. Thực đơn được xây dựng theo mùa, cân đối các nhóm chất."
            ),
            Img(
                "upload/images/2026/10/ban-tru-mn.jpg",
                "Đoàn kiểm tra bếp ăn bán trú Trường Mầm non Xuân Lương",
                "Đoàn kiểm tra bếp ăn bán trú Trường Mầm non Xuân Lương",
                style="word",
            ),
            P(
                "Tuy nhiên, tại một số điểm trường lẻ, diện tích bếp còn chật, dụng cụ chia ăn chưa "
                "đồng bộ; việc ghi chép sổ kiểm thực ba bước ở một số nơi chưa đầy đủ."
            ),
            P(
                "Đoàn kiểm tra đề nghị các nhà trường khắc phục ngay những tồn tại, tham mưu với UBND "
                "xã bố trí kinh phí sửa chữa bếp ăn trước khi bước vào mùa đông."
            ),
        ],
        opts={"word": True, "writer": "Bộ phận Mầm non"},
    ),
    Story(
        id=1187,
        slug="ngay-hoi-doc-sach",
        title="Sôi nổi Ngày hội đọc sách tại Trường Tiểu học Cầu Gồ",
        cat="1",
        published_at="2026-10-02",
        authors=["Lê Thị Mai"],
        blocks=[
            P(
                "Hưởng ứng Tuần lễ học tập suốt đời năm 2026, sáng 01/10, Trường Tiểu học Cầu Gồ tổ "
                "chức Ngày hội đọc sách với chủ đề “Sách - người bạn đồng hành”."
            ),
            P(
                "Tại ngày hội, hơn 600 học sinh của nhà trường được tham gia các hoạt động: trưng bày "
                "sách theo lớp, giới thiệu sách hay, vẽ tranh theo nội dung câu chuyện đã đọc, thi kể "
                "chuyện về anh hùng Hoàng Hoa Thám và các nhân vật lịch sử của quê hương."
            ),
            P(
                "Thư viện nhà trường cũng ra mắt “Tủ sách lớp học” với gần 1.500 đầu sách do phụ "
                "huynh, học sinh quyên góp, được đặt ngay tại hành lang các lớp để học sinh tiện mượn "
                "đọc trong giờ ra chơi."
            ),
            P("Một số hoạt động hưởng ứng trong tuần:"),
            P("- Giờ đọc sách 15 phút đầu buổi học;", "line"),
            P("- Thi giới thiệu sách qua video;", "line"),
            P("- Đổi sách cũ lấy sách mới.", "line"),
            P(
                "Cô Nguyễn Thị Hường, Hiệu trưởng nhà trường cho biết: ngày hội là dịp để các em hình "
                "thành thói quen đọc sách, qua đó bồi dưỡng tình yêu quê hương, đất nước và kỹ năng "
                "diễn đạt, thuyết trình trước đông người."
            ),
        ],
        opts={"nl2br": True, "writer": "Lê Thị Mai - Trường TH Cầu Gồ"},
    ),
    # ---------------------------------------------------------------- category 2
    Story(
        id=1212,
        slug="gv-day-gioi-tieu-hoc",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="2",
        published_at="2026-12-01",
        summary=(
            "Từ ngày 23/11 đến 30/11/2026, Phòng GD&ĐT huyện Yên Thế tổ chức Hội thi giáo viên dạy "
            "giỏi cấp huyện bậc Tiểu học với sự tham gia của 96 giáo viên đến từ 24 trường tiểu học."
        ),
        authors=["Vũ Thị Lan Anh"],
        blocks=[
            P(
                "Từ ngày 23/11 đến 30/11/2026, Phòng GD&ĐT huyện Yên Thế tổ chức Hội thi giáo viên dạy "
                "giỏi cấp huyện bậc Tiểu học với sự tham gia của 96 giáo viên đến từ 24 trường tiểu "
                "học.",
                "bold",
            ),
            P(
                "Hội thi gồm hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành "
                "dạy hai tiết trên lớp, trong đó một tiết do giáo viên tự chọn và một tiết do Ban tổ "
                "chức bốc thăm trước 3 ngày."
            ),
            Img(
                "upload/images/2026/12/gvdg-tieu-hoc.jpg",
                "Cô giáo Trường Tiểu học Cầu Gồ trong tiết dạy thi",
                "Cô giáo Trường Tiểu học Cầu Gồ trong tiết dạy thi",
                style="table",
            ),
            P(
                "Các tiết dạy được chuẩn bị công phu, bám sát yêu cầu cần đạt của Chương trình giáo "
                "dục phổ thông 2018; nhiều giáo viên vận dụng linh hoạt các phương pháp dạy học tích "
                "cực, tổ chức cho học sinh học tập theo nhóm, trải nghiệm và sử dụng hiệu quả học liệu "
                "số."
            ),
            P(
                "Kết quả, Ban tổ chức công nhận 71 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "huyện. Các đơn vị có tỷ lệ giáo viên đạt cao gồm:"
            ),
            P("Trường Tiểu học Cầu Gồ: 6/6 giáo viên đạt;", "li"),
            P("Trường Tiểu học Bố Hạ: 5/5 giáo viên đạt;", "li"),
            P("Trường Tiểu học Tam Tiến: 4/5 giáo viên đạt.", "li"),
            P(
                "Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, đồng thời là cơ sở để lựa "
                "chọn giáo viên tham dự hội thi cấp tỉnh trong năm học tới."
            ),
        ],
        opts={
            "writer": "ThS. Vũ Thị Lan Anh - Phó Trưởng phòng GD&ĐT",
            "updated": "03/12/2026 09:15",
        },
    ),
    Story(
        id=1206,
        slug="chuyen-de-ngu-van-thcs",
        title=(
            "Chuyên đề “Đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học” môn Ngữ văn "
            "cấp THCS"
        ),
        cat="2",
        published_at="2026-11-24",
        summary=(
            "Ngày 21/11/2026, tại Trường THCS Đồng Kỳ, Phòng GD&ĐT huyện Yên Thế tổ chức chuyên đề "
            "đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học môn Ngữ văn cấp THCS."
        ),
        sapo_outside=True,
        authors=["Tổ Chuyên môn THCS"],
        blocks=[
            P(
                "Tham dự chuyên đề có 64 cán bộ quản lý, tổ trưởng chuyên môn và giáo viên dạy Ngữ "
                "văn của 21 trường THCS trong huyện."
            ),
            P(
                "Tiết dạy minh họa bài “Bếp lửa” của Bằng Việt tại lớp 9A do cô giáo Ngô Thị Thu Trang "
                "thực hiện được chuẩn bị theo quy trình nghiên cứu bài học: tổ chuyên môn cùng thiết "
                "kế kế hoạch bài dạy, một giáo viên dạy minh họa, các thành viên khác dự giờ và tập "
                "trung quan sát hoạt động học của học sinh."
            ),
            Img(
                "upload/images/2026/11/chuyen-de-ngu-van-9a.jpg",
                "Tiết dạy minh họa tại lớp 9A Trường THCS Đồng Kỳ",
                "Tiết dạy minh họa tại lớp 9A Trường THCS Đồng Kỳ",
                style="table",
            ),
            P(
                "Trong phần thảo luận, các thầy cô đã phân tích những thời điểm học sinh hứng thú, "
                "những khó khăn học sinh gặp phải khi đọc hiểu văn bản thơ, từ đó đề xuất cách điều "
                "chỉnh câu hỏi, nhiệm vụ học tập phù hợp với từng đối tượng."
            ),
            P(
                "Kết thúc chuyên đề, Phòng GD&ĐT đề nghị các trường tiếp tục nhân rộng mô hình, mỗi tổ "
                "chuyên môn tổ chức ít nhất hai chuyên đề nghiên cứu bài học trong một học kỳ."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="chi-tiet.php?id=1199">Tập huấn ứng dụng trí tuệ nhân tạo '
                "trong dạy học cho cán bộ quản lý, giáo viên</a></em></p>"
            ),
            Raw('<div style="text-align: right;"><strong>Tổ Chuyên môn THCS</strong></div>'),
        ],
        opts={
            "ck": True,
            "files": [
                ("upload/vanban/2026/KH_356_PGDDT.pdf", "KH_356_PGDDT.pdf"),
            ],
            "doc": 91,
        },
    ),
    Story(
        id=1199,
        slug="tap-huan-ai",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho cán bộ quản lý, giáo viên",
        cat="2",
        published_at="2026-11-12",
        authors=["Phạm Quang Vinh"],
        blocks=[
            P(
                "Trong hai ngày 10 và 11/11/2026, Phòng GD&ĐT huyện Yên Thế tổ chức lớp tập huấn ứng "
                "dụng trí tuệ nhân tạo (AI) trong dạy học và quản lý cho hơn 200 cán bộ quản lý, giáo "
                "viên cốt cán các cấp học."
            ),
            P("1. Nội dung tập huấn", "h"),
            P(
                "Các học viên được giới thiệu tổng quan về trí tuệ nhân tạo, những nguyên tắc sử dụng "
                "AI an toàn, có trách nhiệm trong nhà trường; thực hành sử dụng một số công cụ hỗ trợ "
                "soạn kế hoạch bài dạy, thiết kế câu hỏi kiểm tra, đánh giá và xây dựng học liệu số."
            ),
            P("Thời gian: 2 ngày, từ 10/11 đến 11/11/2026."),
            P(
                "Địa điểm: Hội trường Trung tâm Chính trị huyện và phòng máy Trường THCS Cầu Gồ.",
                "br",
            ),
            Img(
                "upload/images/2026/11/tap-huan-ai.jpg",
                "Học viên thực hành trên máy tính tại phòng máy Trường THCS Cầu Gồ",
                "Học viên thực hành trên máy tính tại phòng máy Trường THCS Cầu Gồ",
                style="p",
            ),
            P("2. Một số lưu ý khi sử dụng AI", "h"),
            P(
                "Báo cáo viên lưu ý giáo viên cần kiểm chứng thông tin do công cụ AI tạo ra, không đưa "
                "dữ liệu cá nhân của học sinh lên các nền tảng trực tuyến; sản phẩm do AI hỗ trợ chỉ là "
                "gợi ý, giáo viên phải chịu trách nhiệm về nội dung bài dạy."
            ),
            P(
                "Sau tập huấn, mỗi học viên hoàn thành một sản phẩm là kế hoạch bài dạy có ứng dụng AI; "
                "các sản phẩm tốt sẽ được chia sẻ trên kho học liệu dùng chung của ngành."
            ),
        ],
        opts={"writer": "Phạm Quang Vinh", "stale_cat": 1},
    ),
    Story(
        id=1193,
        slug="boi-duong-hsg-dong-ky",
        title="Bồi dưỡng học sinh giỏi lớp 9: cách làm của Trường THCS Đồng Kỳ",
        cat="2",
        published_at="2026-10-16",
        authors=["Ngô Văn Toàn"],
        photographers=["Ngô Văn Toàn"],
        blocks=[
            P(
                "Nhiều năm liền, Trường THCS Đồng Kỳ là một trong những đơn vị dẫn đầu huyện Yên Thế về "
                "số lượng học sinh giỏi lớp 9 cấp huyện và cấp tỉnh. Năm học 2025 - 2026, nhà trường có "
                "27 học sinh đạt giải cấp huyện, 6 học sinh đạt giải cấp tỉnh."
            ),
            P(
                "Theo thầy Ngô Văn Toàn, Phó Hiệu trưởng phụ trách chuyên môn, bí quyết trước hết nằm ở "
                "khâu phát hiện: ngay từ lớp 6, giáo viên bộ môn theo dõi, ghi chép những học sinh có "
                "năng khiếu để đưa vào nguồn bồi dưỡng."
            ),
            P(
                "Nhà trường xây dựng chương trình bồi dưỡng riêng cho từng môn, phân công giáo viên có "
                "kinh nghiệm phụ trách đội tuyển; định kỳ tổ chức khảo sát, thi thử theo cấu trúc đề "
                "của Sở để học sinh làm quen."
            ),
            Img(
                "upload/images/2026/10/hsg-dong-ky.jpg",
                "(Ảnh: Ngô Văn Toàn)",
                None,
                style="p",
            ),
            P(
                "Bên cạnh đó, nhà trường chú trọng phối hợp với cha mẹ học sinh, tạo điều kiện về thời "
                "gian, tài liệu để các em yên tâm ôn luyện, đồng thời quan tâm tới sức khỏe, tâm lý của "
                "học sinh trong những tháng cao điểm."
            ),
        ],
        opts={"writer": "Ngô Văn Toàn (Phó Hiệu trưởng Trường THCS Đồng Kỳ)"},
    ),
    # ---------------------------------------------------------------- category 4
    Story(
        id=1215,
        slug="tb-thi-hsg-lop-9",
        title="Thông báo tổ chức thi chọn học sinh giỏi văn hóa lớp 9 cấp huyện năm học 2026 - 2027",
        cat="4",
        published_at="2026-12-02",
        authors=["Nguyễn Văn Thịnh"],
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">\n<tbody>\n'
                '<tr>\n<td style="text-align:center; width:42%">UBND HUYỆN YÊN THẾ<br />\n'
                "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>\n"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br />\n<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td>\n</tr>\n"
                '<tr>\n<td style="text-align:center">Số: 412/TB-PGDĐT</td>\n'
                '<td style="text-align:right"><em>Yên Thế, ngày 02 tháng 12 năm 2026</em></td>\n'
                "</tr>\n</tbody>\n</table>\n"
                '<p style="text-align:center">&nbsp;</p>\n'
                '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>\n'
                '<p style="text-align:center"><strong>Về việc tổ chức thi chọn học sinh giỏi văn hóa '
                "lớp 9 cấp huyện năm học 2026 - 2027</strong></p>\n"
                '<p style="text-align:center">&nbsp;</p>'
            ),
            P(
                "Căn cứ Kế hoạch số 356/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT huyện Yên Thế về thực "
                "hiện nhiệm vụ năm học 2026 - 2027 cấp THCS;"
            ),
            P("Phòng GD&ĐT thông báo tổ chức kỳ thi chọn học sinh giỏi văn hóa lớp 9 cấp huyện như sau:"),
            P(
                "1. Môn thi: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học."
            ),
            P(
                "2. Thời gian thi: ngày 19/12/2026 (thứ Bảy). Thí sinh có mặt tại địa điểm thi lúc 7 "
                "giờ 00 phút để làm thủ tục dự thi."
            ),
            P("3. Địa điểm thi: Trường THCS Cầu Gồ, thị trấn Cầu Gồ, huyện Yên Thế."),
            P(
                "4. Hồ sơ đăng ký dự thi gửi về Phòng GD&ĐT (qua bộ phận chuyên môn THCS) trước ngày "
                "10/12/2026, đồng thời gửi bản mềm qua hộp thư điện tử pgdyenthe@bacgiang.edu.vn."
            ),
            P(
                "Phòng GD&ĐT đề nghị Hiệu trưởng các trường THCS triển khai thực hiện nghiêm túc thông "
                "báo này./."
            ),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">\n<tbody>\n'
                '<tr>\n<td style="width:50%; vertical-align:top"><strong><em>Nơi nhận:</em></strong>'
                "<br />\n- Các trường THCS;<br />\n- Lãnh đạo Phòng;<br />\n- Lưu: VT, CMTHCS.</td>\n"
                '<td style="text-align:center; vertical-align:top"><strong>KT. TRƯỞNG PHÒNG<br />\n'
                "PHÓ TRƯỞNG PHÒNG</strong><br />\n<br />\n<em>(Đã ký)</em><br />\n<br />\n"
                "<strong>Nguyễn Văn Thịnh</strong></td>\n</tr>\n</tbody>\n</table>"
            ),
        ],
        opts={
            "shown_date": "04/12/2026",
            "files": [("upload/vanban/2026/TB_412_PGDDT.pdf", "TB_412_PGDDT.pdf")],
            "doc": 95,
        },
    ),
    Story(
        id=1201,
        slug="tb-cuoc-thi-atgt",
        title=(
            "Thông báo về Cuộc thi “An toàn giao thông cho nụ cười ngày mai” năm học 2026 - 2027"
        ),
        cat="4",
        published_at="2026-11-16",
        blocks=[
            P(
                "Thực hiện Công văn số 2215/SGDĐT-CTTT ngày 10/11/2026 của Sở GD&ĐT Bắc Giang, Phòng "
                "GD&ĐT huyện Yên Thế thông báo tới các trường tiểu học, THCS về việc tổ chức Cuộc thi "
                "“An toàn giao thông cho nụ cười ngày mai” năm học 2026 - 2027."
            ),
            P(
                "Đối tượng dự thi: học sinh tiểu học và trung học cơ sở; giáo viên đang giảng dạy tại "
                "các nhà trường."
            ),
            P(
                "Hình thức: học sinh làm bài thi viết, vẽ tranh hoặc thực hiện video clip tuyên truyền "
                "về an toàn giao thông; giáo viên tham gia thiết kế bài giảng điện tử chủ đề an toàn "
                "giao thông."
            ),
            P(
                "Thời hạn nộp bài: các trường tổ chức chấm chọn tại đơn vị và gửi bài dự thi về Phòng "
                "GD&ĐT trước ngày 15/01/2027."
            ),
            P(
                "Mọi thông tin chi tiết xin liên hệ đồng chí Hoàng Thị Nga, chuyên viên Phòng GD&ĐT, "
                "số điện thoại 0204 3876 215."
            ),
        ],
        opts={"nl2br": True, "poster": "admin"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _cat_stories(cat: int) -> list[Story]:
    return sorted((s for s in STORIES if int(s.cat) == cat), key=lambda s: (s.published_at, s.id), reverse=True)


#: "Tin xem nhiều": a fixed top five (the counter's own ranking)
MOST_READ = [1203, 1214, 1196, 1212, 1209]
#: the carousel "Tin nổi bật": (id, cat printed in its link)
FEATURED = [(1214, 1), (1203, 1), (1199, 1)]

DOCS = [
    # id, number, date, kind, subject, signer, file
    (
        95,
        "412/TB-PGDĐT",
        "02/12/2026",
        "Thông báo",
        "Thông báo tổ chức thi chọn học sinh giỏi văn hóa lớp 9 cấp huyện năm học 2026 - 2027",
        "Nguyễn Văn Thịnh",
        "upload/vanban/2026/TB_412_PGDDT.pdf",
    ),
    (
        91,
        "356/KH-PGDĐT",
        "15/09/2026",
        "Kế hoạch",
        "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027 cấp Trung học cơ sở",
        "Lương Đức Minh",
        "upload/vanban/2026/KH_356_PGDDT.pdf",
    ),
    (
        87,
        "298/PGDĐT-MN",
        "28/08/2026",
        "Công văn",
        "V/v hướng dẫn tổ chức bán trú và bảo đảm an toàn thực phẩm trong các trường mầm non",
        "Lương Đức Minh",
        "upload/vanban/2026/CV_298_PGDDT_MN.pdf",
    ),
]
DOC_BY_ID = {d[0]: d for d in DOCS}


# --- text helpers -----------------------------------------------------------------------------

_CK_NAMED = {0x201C: "ldquo", 0x201D: "rdquo", 0x2013: "ndash", 0x2014: "mdash", 0x2026: "hellip"}


def ck_entities(markup: str) -> str:
    """CKEditor 4 with ``config.entities``: Latin-1 letters and a few marks as named entities,
    every other non-ASCII character (ơ, ư, ạ, ế …) left raw."""
    out = []
    for ch in markup:
        code = ord(ch)
        if 0xA0 <= code <= 0xFF and code in codepoint2name:
            out.append(f"&{codepoint2name[code]};")
        elif code in _CK_NAMED:
            out.append(f"&{_CK_NAMED[code]};")
        else:
            out.append(ch)
    return "".join(out)


def _dmy(iso: str) -> str:
    y, m, d = iso[:10].split("-")
    return f"{d}/{m}/{y}"


def _posted(story: Story) -> str:
    """The day the site prints as posted ("Đăng ngày"), in lists as on the page."""
    return story.opts.get("shown_date") or _dmy(story.published_at)


def _views(story: Story) -> str:
    return f"{story.views() + 850:,}".replace(",", ".")


def _cut(value: str, n: int) -> str:
    if len(value) <= n:
        return value
    return value[:n].rsplit(" ", 1)[0] + "..."


def _plain_first(story: Story) -> str:
    return story.summary or next(b.text for b in story.blocks if isinstance(b, P))


def _thumb(story: Story, w: int, h: int) -> str:
    img = next((b.src.lstrip("/") for b in story.blocks if isinstance(b, Img)), "images/no-image.jpg")
    return f"timthumb.php?src={img}&amp;w={w}&amp;h={h}&amp;zc=1"


def _link(story: Story, with_cat: int | None = None) -> str:
    if with_cat is None:
        return f"chi-tiet.php?id={story.id}"
    return f"chi-tiet.php?id={story.id}&amp;cat={with_cat}"


# --- article text rendering -------------------------------------------------------------------


def _img_html(img: Img) -> str:
    src = esc(img.src)
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:560px">\n'
            f'<tbody>\n<tr>\n<td><img alt="" src="{src}" style="width:560px; height:373px" /></td>\n'
            f'</tr>\n<tr>\n<td style="text-align:center"><em>{esc(img.printed or "")}</em></td>\n'
            "</tr>\n</tbody>\n</table>"
        )
    if img.style == "alt":
        alt = esc(ALTS[img.src])
        return f'<p style="text-align:center"><img alt="{alt}" src="{src}" style="width:600px; height:400px" /></p>'
    if img.style == "word":
        return (
            '<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:14.0pt;'
            f'font-family:&quot;Times New Roman&quot;,serif"><img width="560" height="373" src="{src}" '
            'alt="" /><o:p></o:p></span></p>\n'
            '<p class="MsoNormal" align="center" style="text-align:center"><i><span style="font-size:12.0pt;'
            f'font-family:&quot;Times New Roman&quot;,serif">{esc(img.printed or "")}<o:p></o:p></span></i></p>'
        )
    line = f'\n<p style="text-align:center"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    return f'<p style="text-align:center"><img alt="" src="{src}" style="width:600px; height:400px" /></p>{line}'


def _word_p(value: str) -> str:
    return (
        '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
        'line-height:150%"><span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New '
        f'Roman&quot;,serif">{esc(value)}<o:p></o:p></span></p>'
    )


_WORD_SPACER = '<p class="MsoNormal" style="text-align:justify"><o:p>&nbsp;</o:p></p>'


def _body_html(story: Story) -> str:
    if story.opts.get("nl2br"):
        parts: list[str] = []
        for b in story.blocks:
            assert isinstance(b, P)
            if parts:
                parts.append("<br />\r\n" if b.style == "line" else "<br />\r\n<br />\r\n")
            parts.append(esc(b.text))
        return '<div class="nd_thuong">' + "".join(parts) + "<br />\r\n</div>"
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img_html(b))
            if story.opts.get("word"):
                out.append(_WORD_SPACER)
            i += 1
            continue
        if b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"\t<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = "".join(f"<td>{esc(c)}</td>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>\n{cells}\n</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width:100%">\n<tbody>\n'
                + "\n".join(rows)
                + "\n</tbody>\n</table>"
            )
            continue
        if story.opts.get("word"):
            out.append(_word_p(b.text))
            out.append(_WORD_SPACER)
            i += 1
            continue
        if b.style == "h":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "quote":
            out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        else:
            texts = [esc(b.text)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                texts.append(esc(blocks[i].text))
            out.append('<p style="text-align: justify;">' + "<br />\r\n".join(texts) + "</p>")
        i += 1
    return "\n".join(out)


# --- chrome --------------------------------------------------------------------------------------


def _menu(active_cat: int | None) -> str:
    def cls(cat: int) -> str:
        return ' class="active"' if active_cat == cat else ""

    tin = "".join(f'<li{cls(c)}><a href="tin-tuc.php?cat={c}">{esc(CATS[c])}</a></li>' for c in (1, 2, 3))
    drop_active = " active" if active_cat in (1, 2, 3) else ""
    return f"""
<nav class="navbar navbar-inverse mnu_chinh" role="navigation">
 <div class="container">
  <div class="navbar-header">
   <button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#mnuTop">
    <span class="sr-only">Menu</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
   </button>
  </div>
  <div class="collapse navbar-collapse" id="mnuTop">
   <ul class="nav navbar-nav">
    <li><a href="index.php"><span class="glyphicon glyphicon-home"></span></a></li>
    <li class="dropdown"><a href="gioi-thieu.php" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <b class="caret"></b></a>
     <ul class="dropdown-menu"><li><a href="gioi-thieu.php">Giới thiệu chung</a></li><li><a href="gioi-thieu.php#cocau">Cơ cấu tổ chức</a></li></ul></li>
    <li class="dropdown{drop_active}"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Tin tức <b class="caret"></b></a>
     <ul class="dropdown-menu">{tin}</ul></li>
    <li{cls(4)}><a href="tin-tuc.php?cat=4">Thông báo</a></li>
    <li><a href="van-ban.php">Văn bản</a></li>
    <li><a href="lich-cong-tac.php">Lịch công tác</a></li>
    <li><a href="lien-he.php">Liên hệ</a></li>
   </ul>
   <form class="navbar-form navbar-right" action="tim-kiem.php" method="get" role="search">
    <div class="form-group"><input type="text" name="tukhoa" class="form-control input-sm" placeholder="Tìm kiếm..."></div>
    <button type="submit" class="btn btn-default btn-sm"><span class="glyphicon glyphicon-search"></span></button>
   </form>
  </div>
 </div>
</nav>"""


def _sidebar() -> str:
    docs = "".join(
        f'<li><a href="van-ban.php?id={d[0]}">Số {esc(d[1])}: {esc(_cut(d[4], 60))}</a></li>' for d in DOCS
    )
    most = "".join(
        f'<li><a href="{_link(BY_ID[i])}">{esc(_cut(BY_ID[i].title, 70))}</a></li>' for i in MOST_READ
    )
    return f"""
<div class="col-md-3 col-sm-4" id="cot_phu">
 <div class="panel panel-primary khoi_phai">
  <div class="panel-heading"><span class="glyphicon glyphicon-file"></span> Văn bản mới</div>
  <div class="panel-body"><ul class="ds_vb">{docs}</ul><p class="text-right"><a href="van-ban.php">Xem tất cả &raquo;</a></p></div>
 </div>
 <div class="panel panel-primary khoi_phai">
  <div class="panel-heading"><span class="glyphicon glyphicon-fire"></span> Tin xem nhiều</div>
  <div class="panel-body"><ul class="ds_xemnhieu">{most}</ul></div>
 </div>
 <div class="panel panel-primary khoi_phai">
  <div class="panel-heading"><span class="glyphicon glyphicon-calendar"></span> Lịch công tác</div>
  <div class="panel-body"><a href="lich-cong-tac.php"><img src="images/banner_lichcongtac.png" alt="Lịch công tác tuần" class="img-responsive"></a></div>
 </div>
 <div class="panel panel-primary khoi_phai">
  <div class="panel-heading">Liên kết website</div>
  <div class="panel-body">
   <select class="form-control input-sm" onchange="if(this.value!='')window.open(this.value)">
    <option value="">-- Chọn liên kết --</option>
    <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
    <option value="https://bacgiang.edu.vn">Sở GD&amp;ĐT Bắc Giang</option>
    <option value="https://yenthe.bacgiang.gov.vn">Cổng TTĐT huyện Yên Thế</option>
   </select>
   <a href="https://moet.gov.vn" target="_blank"><img src="images/banner_bogd.jpg" alt="Bộ GD&amp;ĐT" class="img-responsive bn_lk"></a>
   <a href="https://bacgiang.edu.vn" target="_blank"><img src="images/banner_sogd.jpg" alt="Sở GD&amp;ĐT Bắc Giang" class="img-responsive bn_lk"></a>
  </div>
 </div>
 <div class="panel panel-primary khoi_phai">
  <div class="panel-heading">Thăm dò ý kiến</div>
  <div class="panel-body">
   <form id="frm_binhchon" action="" method="post" onsubmit="return binhChon();">
    <p><strong>Bạn đánh giá thế nào về website của Phòng?</strong></p>
    <div class="radio"><label><input type="radio" name="ykien" value="1"> Đẹp, dễ sử dụng</label></div>
    <div class="radio"><label><input type="radio" name="ykien" value="2"> Thông tin cập nhật kịp thời</label></div>
    <div class="radio"><label><input type="radio" name="ykien" value="3"> Cần cải tiến thêm</label></div>
    <button type="submit" class="btn btn-primary btn-xs">Bình chọn</button>
    <button type="button" class="btn btn-default btn-xs" onclick="xemKQ()">Xem kết quả</button>
   </form>
  </div>
 </div>
 <div class="panel panel-primary khoi_phai">
  <div class="panel-heading"><span class="glyphicon glyphicon-stats"></span> Thống kê truy cập</div>
  <div class="panel-body tk_truycap">
   <p>Đang online: <b>27</b></p><p>Hôm nay: <b>412</b></p><p>Tháng này: <b>3.108</b></p><p>Tổng truy cập: <b>1.283.559</b></p>
  </div>
 </div>
</div>"""


def _page(request: Request, main: str, *, active_cat: int | None = None, description: str = "",
          head_extra: str = "") -> Response:
    base = base_url(request)
    desc = esc(description or "Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Yên Thế, tỉnh Bắc Giang")
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="{base}/">
<title>{esc(SITE_TITLE)}</title>
<meta name="description" content="{desc}">
<meta name="keywords" content="phòng giáo dục yên thế, pgd yên thế, giáo dục bắc giang">
{head_extra}
<link rel="shortcut icon" href="images/favicon.ico">
<link href="css/bootstrap.min.css" rel="stylesheet">
<link href="css/font-awesome.min.css" rel="stylesheet">
<link href="css/style.css?v=1.3.2" rel="stylesheet">
<!--[if lt IE 9]><script src="js/html5shiv.min.js"></script><script src="js/respond.min.js"></script><![endif]-->
<script src="js/jquery-1.12.4.min.js"></script>
<script src="js/bootstrap.min.js"></script>
<script src="js/chung.js"></script>
</head>
<body>
<div id="fb-root"></div>
<script>(function(d, s, id) {{ var js, fjs = d.getElementsByTagName(s)[0]; if (d.getElementById(id)) return;
js = d.createElement(s); js.id = id; js.src = 'https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v3.0';
fjs.parentNode.insertBefore(js, fjs); }}(document, 'script', 'facebook-jssdk'));</script>
<a name="top"></a>
<div id="thanh_tren"><div class="container"><div class="row">
 <div class="col-sm-6 ngay_ht"><span class="glyphicon glyphicon-time"></span> {HEADER_TODAY}</div>
 <div class="col-sm-6 text-right lk_tren"><a href="index.php">Trang chủ</a> | <a href="lien-he.php">Liên hệ</a> | <a href="https://mail.bacgiang.edu.vn" target="_blank">Thư điện tử</a></div>
</div></div></div>
<div id="bn_dau"><div class="container">
 <a href="index.php"><img src="images/logo_pgd.png" alt="Logo" class="logo_dv"></a>
 <div class="ten_dv"><h3>UBND HUYỆN YÊN THẾ</h3><h1>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</h1></div>
</div></div>
{_menu(active_cat)}
<div class="chaychu"><div class="container"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Nhiệt liệt chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026! * Toàn ngành Giáo dục Yên Thế thi đua dạy tốt - học tốt!</marquee></div></div>
<div class="container" id="than_trang"><div class="row">
<div class="col-md-9 col-sm-8" id="cot_chinh">
{main}
</div>
{_sidebar()}
</div></div>
<footer id="chan_trang"><div class="container">
 <p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN THẾ</strong></p>
 <p>Địa chỉ: Phố Hoàng Hoa Thám, thị trấn Cầu Gồ, huyện Yên Thế, tỉnh Bắc Giang</p>
 <p>Điện thoại: 0204 3876 215 - Fax: 0204 3876 216 - Email: pgdyenthe@bacgiang.edu.vn</p>
 <p>Chịu trách nhiệm nội dung: Lương Đức Minh - Trưởng phòng</p>
 <p class="bq">&copy; 2018 Bản quyền thuộc Phòng GD&amp;ĐT Yên Thế. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></footer>
<a href="#top" id="len_dau" title="Lên đầu trang"><span class="glyphicon glyphicon-chevron-up"></span></a>
</body>
</html>
"""
    return html(page)


def _breadcrumb(*items: tuple[str, str | None]) -> str:
    lis = ['<li><a href="index.php">Trang chủ</a></li>']
    for label, href in items:
        lis.append(f'<li><a href="{href}">{esc(label)}</a></li>' if href else f'<li class="active">{esc(label)}</li>')
    return '<ol class="breadcrumb dd_dan">' + "".join(lis) + "</ol>"


# --- pages ---------------------------------------------------------------------------------------


_ACTIVE = ' class="active"'


def _home(request: Request) -> Response:
    slides = []
    indicators = []
    for n, (sid, cat) in enumerate(FEATURED):
        s = BY_ID[sid]
        active = " active" if n == 0 else ""
        indicators.append(f'<li data-target="#slideNoiBat" data-slide-to="{n}"{_ACTIVE if n == 0 else ""}></li>')
        slides.append(
            f'<div class="item{active}"><a href="{_link(s, cat)}"><img src="{_thumb(s, 750, 400)}" alt=""></a>'
            f'<div class="carousel-caption"><h4><a href="{_link(s, cat)}">{esc(_cut(s.title, 90))}</a></h4></div></div>'
        )
    tabs = []
    panes = []
    for n, cat in enumerate((1, 2, 4)):
        active = n == 0
        tabs.append(
            f'<li{_ACTIVE if active else ""}><a href="#tab_cm{cat}" data-toggle="tab" '
            f'data-cat="{cat}">{esc(CATS[cat])}</a></li>'
        )
        panes.append(
            f'<div class="tab-pane fade{" in active" if active else ""}" id="tab_cm{cat}">'
            f'<div class="ds_ajax" id="ds_{cat}"><img src="images/loading.gif" alt=""> Đang tải dữ liệu...</div>'
            f'<p class="xem_tatca text-right"><a href="tin-tuc.php?cat={cat}">Xem tất cả &raquo;</a></p></div>'
        )
    main = f"""
<div id="slideNoiBat" class="carousel slide" data-ride="carousel">
 <ol class="carousel-indicators">{''.join(indicators)}</ol>
 <div class="carousel-inner" role="listbox">{''.join(slides)}</div>
 <a class="left carousel-control" href="#slideNoiBat" role="button" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
 <a class="right carousel-control" href="#slideNoiBat" role="button" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a>
</div>
<div class="hop_tab">
 <ul class="nav nav-tabs" id="tabTinTuc">{''.join(tabs)}</ul>
 <div class="tab-content">{''.join(panes)}</div>
</div>
<script type="text/javascript">
function taiTin(cat, trang) {{
  $('#ds_' + cat).html('<img src="images/loading.gif"> Đang tải dữ liệu...');
  $('#ds_' + cat).load('ajax/tintuc.php?cat=' + cat + '&trang=' + trang);
  $('#ds_' + cat).data('ok', 1);
}}
$(function () {{
  taiTin(1, 1);
  $('#tabTinTuc a').on('shown.bs.tab', function () {{
    var c = $(this).data('cat');
    if (!$('#ds_' + c).data('ok')) taiTin(c, 1);
  }});
}});
</script>
<div class="row hop_duoi">
 <div class="col-sm-6"><div class="tde_hop">Lịch công tác tuần</div>
  <p><a href="lich-cong-tac.php"><span class="glyphicon glyphicon-calendar"></span> Lịch công tác tuần 49 (30/11 - 06/12/2026)</a></p></div>
 <div class="col-sm-6"><div class="tde_hop">Văn bản chỉ đạo</div>
  <p><a href="van-ban.php"><span class="glyphicon glyphicon-folder-open"></span> Hệ thống văn bản của Phòng</a></p></div>
</div>"""
    return _page(request, main)


def _ajax(request: Request) -> Response | None:
    params = request.params
    try:
        cat = int(params.get("cat", ""))
        trang = int(params.get("trang", "1") or 1)
    except ValueError:
        return None
    if cat not in CATS:
        return None
    items = _cat_stories(cat)
    chunk = items[(trang - 1) * AJAX_PER_PAGE: trang * AJAX_PER_PAGE] if trang >= 1 else []
    if not chunk:
        return html('<p class="khong_co">Chưa có tin trong mục này!</p>')
    lis = "".join(
        f'<li class="clearfix"><a href="{_link(s, cat)}"><img src="{_thumb(s, 100, 70)}" class="anh_nho" alt=""></a>'
        f'<a href="{_link(s, cat)}" class="td_tab">{esc(_cut(s.title, 70))}</a> '
        f'<span class="ngay_tab">({_posted(s)})</span></li>\n'
        for s in chunk
    )
    pages = (len(items) + AJAX_PER_PAGE - 1) // AJAX_PER_PAGE
    pager = ""
    if pages > 1:
        links = " ".join(
            f"<b>{n}</b>" if n == trang else f'<a href="javascript:void(0);" onclick="taiTin({cat},{n})">{n}</a>'
            for n in range(1, pages + 1)
        )
        pager = f'<div class="pt_ajax">Trang: {links}</div>'
    return html(f'<ul class="ds_tab">\n{lis}</ul>\n{pager}')


def _pager(cat: int, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    lo, hi = max(1, page - 2), min(pages, page + 2)
    parts = ["Trang:"]
    if lo > 1:
        parts.append(f'<a href="tin-tuc.php?cat={cat}&amp;page=1">Đầu</a> ...')
    for n in range(lo, hi + 1):
        parts.append(f'<span class="tr_ht">{n}</span>' if n == page else f'<a href="tin-tuc.php?cat={cat}&amp;page={n}">{n}</a>')
    if hi < pages:
        parts.append("...")
    parts.append(f'<a href="tin-tuc.php?cat={cat}&amp;page={pages}">Cuối</a>')
    return '<div class="phan_trang">' + " ".join(parts) + "</div>"


def _listing(request: Request) -> Response | None:
    params = request.params
    if set(params) - {"cat", "page"}:
        return None
    try:
        cat = int(params.get("cat", ""))
        page = int(params.get("page", "1"))
    except ValueError:
        return None
    if cat not in CATS:
        return None
    items = _cat_stories(cat)
    pages = max(1, (len(items) + PER_PAGE - 1) // PER_PAGE)
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE: page * PER_PAGE]
    if chunk:
        rows = "".join(
            f"""
<div class="media muc_tin">
 <a class="pull-left" href="{_link(s, cat)}"><img class="media-object" src="{_thumb(s, 180, 120)}" alt="" width="180" height="120"></a>
 <div class="media-body">
  <h4 class="media-heading"><a href="{_link(s, cat)}">{esc(_cut(s.title, 70))}</a></h4>
  <span class="ngay_ds">({_posted(s)})</span>
  <p class="mota_ds">{esc(_cut(_plain_first(s), 200))}</p>
 </div>
</div>"""
            for s in chunk
        )
    else:
        rows = '<p class="khong_co">Đang cập nhật dữ liệu...</p>'
    main = (
        _breadcrumb((CATS[cat], None))
        + f'\n<div class="tde_dm"><span>{esc(CATS[cat].upper())}</span></div>\n<div class="ds_tin">{rows}\n</div>\n'
        + _pager(cat, page, pages)
    )
    return _page(request, main, active_cat=cat)


def _article(request: Request) -> Response | None:
    params = request.params
    if set(params) - {"id", "cat"}:
        return None
    try:
        story = BY_ID[int(params.get("id", ""))]
    except (KeyError, ValueError):
        return None
    url_cat = params.get("cat")
    allowed = {None, story.cat}
    if story.opts.get("stale_cat"):
        allowed.add(str(story.opts["stale_cat"]))
    if url_cat not in allowed:
        return None
    cat = int(story.cat)
    line = f"Đăng ngày: {_posted(story)}"
    if story.opts.get("updated"):
        line += f" | Cập nhật: {story.opts['updated']}"
    line += f" | Lượt xem: {_views(story)}"
    if story.opts.get("poster"):
        line += f" | Người đăng: {story.opts['poster']}"
    body = _body_html(story)
    if story.opts.get("ck"):
        body = ck_entities(body)
    extras = []
    for href, label in story.opts.get("files", []):
        extras.append(
            f'<div class="file_dk"><img src="images/icon_pdf.gif" alt=""> File đính kèm: '
            f'<a href="{href}" target="_blank">{esc(label)}</a></div>'
        )
    if story.opts.get("doc"):
        d = DOC_BY_ID[story.opts["doc"]]
        extras.append(f'<p class="xem_vb">Xem văn bản: <a href="van-ban.php?id={d[0]}">{esc(d[3])} số {esc(d[1])}</a></p>')
    base = base_url(request)
    extras.append(
        f'<div class="fb-like" data-href="{base}/chi-tiet.php?id={story.id}" data-layout="button_count" '
        'data-action="like" data-size="small" data-show-faces="false" data-share="true"></div>'
    )
    sapo = (
        f'<div class="tomtat_ct"><strong>{esc(story.summary)}</strong></div>\n'
        if story.summary and story.sapo_outside
        else ""
    )
    writer = (
        f'<div class="tacgia_ct" style="text-align:right;"><strong>{esc(story.opts["writer"])}</strong></div>\n'
        if story.opts.get("writer")
        else ""
    )
    related = [s for s in _cat_stories(cat) if s.id != story.id][:3]
    rel = "".join(
        f'<li><a href="{_link(s)}">{esc(s.title)}</a> <span class="ngay_lq">({_posted(s)})</span></li>'
        for s in related
    )
    first_img = next((b.src.lstrip("/") for b in story.blocks if isinstance(b, Img)), "images/logo_pgd.png")
    head = (
        f'<meta property="og:url" content="{base}/chi-tiet.php?id={story.id}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:image" content="{base}/{first_img}">'
    )
    plain = " ".join(collapse(p) for p in story.paragraphs)
    main = f"""{_breadcrumb((CATS[cat], f"tin-tuc.php?cat={cat}"))}
<div class="khung_ct">
 <h2 class="tde_ctiet">{esc(story.title)}</h2>
 <div class="ngay_xem"><span class="glyphicon glyphicon-calendar"></span> {esc(line)}</div>
 <div class="cong_cu_tren">Cỡ chữ: <a href="javascript:void(0)" onclick="coChu(1)">A+</a> <a href="javascript:void(0)" onclick="coChu(-1)">A-</a> | <a href="javascript:window.print()"><span class="glyphicon glyphicon-print"></span> In bài</a></div>
 {sapo}<div class="noidung_ct" id="nd_tin">
{body}
{chr(10).join(extras)}
</div>
{writer} <div class="quay_lai"><a href="javascript:history.back()">&laquo; Quay lại</a> <a href="#top">Lên đầu trang &uarr;</a></div>
 <div class="tin_cung_cm"><div class="td_box">Tin cùng chuyên mục</div><ul>{rel}</ul></div>
</div>"""
    active = int(url_cat) if url_cat else cat
    return _page(request, main, active_cat=active, description=_cut(plain, 200), head_extra=head)


def _van_ban(request: Request) -> Response | None:
    params = request.params
    if not params:
        rows = "".join(
            f'<tr><td>{n}</td><td><a href="van-ban.php?id={d[0]}">{esc(d[1])}</a></td><td>{d[2]}</td>'
            f'<td>{esc(d[4])}</td><td><a href="{d[6]}" target="_blank"><img src="images/icon_pdf.gif" alt="Tải về"></a></td></tr>'
            for n, d in enumerate(DOCS, 1)
        )
        main = (
            _breadcrumb(("Văn bản", None))
            + '<div class="tde_dm"><span>VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH</span></div>\n'
            '<table class="table table-bordered table-striped bang_vb"><thead><tr><th>STT</th><th>Số/Ký hiệu</th>'
            f"<th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>{rows}</tbody></table>"
        )
        return _page(request, main)
    if set(params) != {"id"}:
        return None
    try:
        d = DOC_BY_ID[int(params["id"])]
    except (KeyError, ValueError):
        return None
    main = f"""{_breadcrumb(("Văn bản", "van-ban.php"), (d[1], None))}
<div class="ct_vanban">
 <h2 class="tde_ctiet">{esc(d[3])} số {esc(d[1])}</h2>
 <table class="table table-bordered bang_ttvb">
  <tr><th style="width:30%">Số/Ký hiệu</th><td>{esc(d[1])}</td></tr>
  <tr><th>Ngày ban hành</th><td>{d[2]}</td></tr>
  <tr><th>Loại văn bản</th><td>{esc(d[3])}</td></tr>
  <tr><th>Cơ quan ban hành</th><td>Phòng GD&amp;ĐT Yên Thế</td></tr>
  <tr><th>Người ký</th><td>{esc(d[5])}</td></tr>
  <tr><th>Trích yếu</th><td>{esc(d[4])}</td></tr>
  <tr><th>Tệp đính kèm</th><td><a href="{d[6]}" target="_blank"><img src="images/icon_pdf.gif" alt=""> {esc(d[6].rsplit("/", 1)[1])}</a></td></tr>
 </table>
 <p><a href="van-ban.php">&laquo; Danh sách văn bản</a></p>
</div>"""
    return _page(request, main)


_CALENDAR = [
    ("Thứ Hai", "30/11", "Sáng", "Giao ban lãnh đạo Phòng", "Lãnh đạo Phòng, các bộ phận", "Phòng họp PGD", "Trưởng phòng"),
    ("Thứ Hai", "30/11", "Chiều", "Kiểm tra nền nếp dạy học Trường TH Đồng Tâm", "Bộ phận Tiểu học", "TH Đồng Tâm", "Đ/c Lan Anh"),
    ("Thứ Ba", "01/12", "Cả ngày", "Dự Hội nghị tổng kết công tác Đội do Huyện đoàn tổ chức", "Đ/c Thịnh", "Nhà văn hóa huyện", "Huyện đoàn"),
    ("Thứ Tư", "02/12", "Chiều", "Hội nghị sơ kết phong trào thi đua đợt 1", "Theo giấy mời", "Hội trường UBND huyện", "Trưởng phòng"),
    ("Thứ Năm", "03/12", "Sáng", "Thẩm định hồ sơ trường chuẩn quốc gia Trường MN Tân Sỏi", "Đoàn thẩm định", "MN Tân Sỏi", "Đ/c Minh"),
    ("Thứ Sáu", "04/12", "Sáng", "Họp Ban ra đề thi học sinh giỏi lớp 9", "Theo Quyết định", "Phòng GD&ĐT", "Đ/c Thịnh"),
    ("Thứ Bảy", "05/12", "", "Trực cơ quan", "Đ/c Nga", "Phòng GD&ĐT", ""),
]


def _calendar(request: Request) -> Response | None:
    params = request.params
    weeks = {"47": "16/11/2026 - 22/11/2026", "48": "23/11/2026 - 29/11/2026", "49": "30/11/2026 - 06/12/2026"}
    if set(params) - {"tuan"}:
        return None
    week = params.get("tuan", "49")
    if week not in weeks:
        return None
    rows = "".join(
        "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in (_CALENDAR if week == "49" else _CALENDAR[:1])
    )
    opts = "".join(f'<option value="{w}"{" selected" if w == week else ""}>Tuần {w}</option>' for w in weeks)
    main = f"""{_breadcrumb(("Lịch công tác", None))}
<div class="lich_ct">
 <h2 class="tde_lich">LỊCH CÔNG TÁC TUẦN {week}</h2>
 <p class="text-center"><em>(Từ ngày {weeks[week].replace(" - ", " đến ngày ")})</em></p>
 <p>Chọn tuần: <select onchange="location.href='lich-cong-tac.php?tuan='+this.value">{opts}</select></p>
 <table class="table table-bordered bang_lich">
  <thead><tr><th>Thứ</th><th>Ngày</th><th>Buổi</th><th>Nội dung công việc</th><th>Thành phần</th><th>Địa điểm</th><th>Chủ trì</th></tr></thead>
  <tbody>{rows}</tbody>
 </table>
 <p class="text-right"><em>Lịch có thể thay đổi, đề nghị các đơn vị theo dõi thường xuyên.</em></p>
</div>"""
    return _page(request, main)


def _intro(request: Request) -> Response | None:
    if request.query:
        return None
    main = f"""{_breadcrumb(("Giới thiệu", None))}
<div class="gioi_thieu">
 <h2 class="tde_ctiet">Giới thiệu Phòng Giáo dục và Đào tạo huyện Yên Thế</h2>
 <p>Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND huyện Yên Thế, tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
 <p>Toàn huyện hiện có 21 trường mầm non, 21 trường tiểu học, 16 trường trung học cơ sở với hơn 21.000 học sinh, trẻ em và trên 1.600 cán bộ, giáo viên, nhân viên.</p>
 <h3 id="cocau">Cơ cấu tổ chức</h3>
 <table class="table table-bordered"><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
 <tr><td>Lương Đức Minh</td><td>Trưởng phòng</td><td>0204 3876 215</td></tr>
 <tr><td>Nguyễn Văn Thịnh</td><td>Phó Trưởng phòng</td><td>0204 3876 217</td></tr>
 <tr><td>Vũ Thị Lan Anh</td><td>Phó Trưởng phòng</td><td>0204 3876 218</td></tr></table>
</div>"""
    return _page(request, main)


def _contact(request: Request) -> Response | None:
    if request.query:
        return None
    note = ""
    if request.method == "POST":
        note = '<div class="alert alert-success">Cảm ơn bạn đã gửi thông tin, chúng tôi sẽ phản hồi sớm nhất!</div>'
    main = f"""{_breadcrumb(("Liên hệ", None))}
<div class="lien_he">
 <h2 class="tde_ctiet">Liên hệ</h2>
 {note}
 <p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN THẾ</strong></p>
 <p>Địa chỉ: Phố Hoàng Hoa Thám, thị trấn Cầu Gồ, huyện Yên Thế, tỉnh Bắc Giang</p>
 <p>Điện thoại: 0204 3876 215 - Email: pgdyenthe@bacgiang.edu.vn</p>
 <form action="lien-he.php" method="post" class="form-horizontal">
  <div class="form-group"><label class="col-sm-3 control-label">Họ tên</label><div class="col-sm-9"><input type="text" name="hoten" class="form-control"></div></div>
  <div class="form-group"><label class="col-sm-3 control-label">Email</label><div class="col-sm-9"><input type="email" name="email" class="form-control"></div></div>
  <div class="form-group"><label class="col-sm-3 control-label">Nội dung</label><div class="col-sm-9"><textarea name="noidung" rows="5" class="form-control"></textarea></div></div>
  <div class="form-group"><div class="col-sm-offset-3 col-sm-9"><button type="submit" class="btn btn-primary">Gửi liên hệ</button></div></div>
 </form>
</div>"""
    return _page(request, main)


def _search(request: Request) -> Response | None:
    word = collapse(request.params.get("tukhoa", "")).lower()
    if not word:
        found = '<p class="khong_co">Bạn chưa nhập từ khóa tìm kiếm!</p>'
    else:
        hits = [s for s in STORIES if word in s.title.lower()]
        found = "".join(
            f'<li><a href="{_link(s)}">{esc(s.title)}</a> <span class="ngay_ds">({_posted(s)})</span></li>'
            for s in hits
        )
        found = f'<p>Tìm thấy {len(hits)} kết quả.</p><ul class="kq_tim">{found}</ul>'
    main = f'{_breadcrumb(("Tìm kiếm", None))}<div class="tde_dm"><span>KẾT QUẢ TÌM KIẾM</span></div>{found}'
    return _page(request, main)


class _Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php"):
            return _home(request) if not request.query else None
        if path == "/tin-tuc.php":
            return _listing(request)
        if path == "/chi-tiet.php":
            return _article(request)
        if path == "/ajax/tintuc.php":
            return _ajax(request)
        if path == "/van-ban.php":
            return _van_ban(request)
        if path == "/lich-cong-tac.php":
            return _calendar(request)
        if path == "/gioi-thieu.php":
            return _intro(request)
        if path == "/lien-he.php":
            return _contact(request)
        if path == "/tim-kiem.php":
            return _search(request)
        if path == "/timthumb.php":
            src = request.params.get("src", "")
            return static_file(src) if src.startswith(("upload/images/", "images/")) else None
        if path.startswith("/upload/vanban/") and path.endswith(".pdf"):
            known = {"/" + d[6] for d in DOCS}
            if path in known:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/upload/images/", "/images/", "/css/", "/js/")):
            return static_file(path)
        return None


def build_site() -> _Site:
    return _Site()


def _gold(story: Story) -> dict:
    path = f"/chi-tiet.php?id={story.id}"
    alts = [f"{path}&cat={story.cat}"]
    if story.opts.get("stale_cat"):
        alts.append(f"{path}&cat={story.opts['stale_cat']}")
    return gold_record(story, path, CATS[int(story.cat)], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu.php",
    "/lien-he.php",
    "/lich-cong-tac.php",
    "/van-ban.php?id=95",
    "/van-ban.php?id=91",
    "/van-ban.php?id=87",
]
