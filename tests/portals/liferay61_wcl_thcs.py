"""Trường THCS Nguyễn Trãi (Buôn Ma Thuột, Đắk Lắk) on Liferay Portal 6.1 CE GA2 (2013 era).

Platform
    Liferay Portal Community Edition 6.1.1 CE GA2 with a school theme
    (``thcsnguyentrai_WAR_thcsnguyentraitheme``), site (group) ``thcs-nguyentrai`` under ``/web``.
    News are Journal articles (Web Content) of the structure "TIN TỨC THCS"; two Velocity
    templates render them: the old "TIN-CU" (2013) and the newer "TT-CHITIET". Pages use the
    layout template ``1_2_columns_ii``: a full row (column-1), then a 30 % left column (column-2)
    and a 70 % right column (column-3), in that DOM order.

URL scheme
    ``/``                                          home (virtual host), same as
    ``/web/thcs-nguyentrai/trang-chu``             (``/web/thcs-nguyentrai`` answers 302 to it)
    ``/web/thcs-nguyentrai/tin-tuc``               Asset Publisher 101_INSTANCE_Xk4r, title list,
        ``?p_p_id=101_INSTANCE_Xk4r&_101_INSTANCE_Xk4r_cur=<P>&_101_INSTANCE_Xk4r_delta=<D>``
    ``/web/thcs-nguyentrai/chuyen-muc?p_r_p_564233524_categoryId=<C>``  the same list filtered by
        an asset category (second AP instance 101_INSTANCE_Cm7d, "view in context" links)
    ``/web/thcs-nguyentrai/-/<url-title>``         an article on its display page (friendly URL)
    ``/web/thcs-nguyentrai/-/<url-title>?redirect=<listing URL>``  the same, from the AP on tin-tuc
    ``/web/thcs-nguyentrai/chi-tiet-tin?articleId=<N>``  the Web Content Display page (Web
        Content List links); the bare ``chi-tiet-tin`` shows no article
    ``/web/thcs-nguyentrai/chi-tiet-tin?p_p_id=56_INSTANCE_Nt8r&…&_56_INSTANCE_Nt8r_viewMode=print
        &_56_INSTANCE_Nt8r_articleId=<N>&_56_INSTANCE_Nt8r_groupId=10180``  print pop-up (in JS)
    ``/web/thcs-nguyentrai/gioi-thieu``, ``…/gioi-thieu/co-cau-to-chuc``, ``…/lien-he``,
    ``…/van-ban`` (Documents and Media), ``…/thu-vien-anh`` (Media Gallery): pages
    ``/image/journal/article?img_id=…&t=…``, ``/documents/10180/<folder>/<file>/<uuid>?t=…``,
    ``/image/company_logo?img_id=…``: images and files through Liferay's servlets

Page templates
    Every page: Liferay 6.1 head (barebone.jsp script, ``var Liferay`` config, canonical link),
    banner with the logo and today's date, ``nav#navigation`` with drop-down child menus,
    ``nav#breadcrumbs``, column-1 with a "Thông báo" marquee, column-2 sidebar (a Web Content
    Display notice box, Categories Navigation, poll, links, visitor counter), column-3 content,
    footer. Article pages: column-3 holds the Web Content Display (portlet title "Chi tiết tin
    tức") with the Velocity output in ``div.journal-content-article``, print icon, ratings,
    comments, then an AP "Các tin khác" (5 newest other articles, plain ``/-/`` links).

How each gold article is reached
    Home: Web Content List (62_INSTANCE_Wl5s, 5 newest, links ``chi-tiet-tin?articleId=``),
    an AP "Thông báo" title list (plain ``/-/`` links). Tin tức: 13 articles, 5 per page, newest
    first, over 3 pages ("Tiếp"/"Cuối" anchors). Categories Navigation on every page: four
    ``chuyen-muc`` lists, each on one page. "Các tin khác" on article pages.

Traps
    1. The page's ``<title>`` on a ``?articleId=`` page and the first ``<h1>`` on every article
       page are the layout's and the portlet's names ("Chi tiết tin", "Chi tiết tin tức");
       the Velocity template prints the headline in ``<div class="td-bv">`` (no heading tag).
       Gold title: the td-bv text.
    2. The first ``div.journal-content-article`` in the DOM is the sidebar notice (a web
       content of the same structure, same ``td-bv``/``nd-bv`` classes) in column-2, which the
       layout ``1_2_columns_ii`` prints before the article's column-3. Gold: not article text.
    3. The old template "TIN-CU" prints ``$reserved-article-display-date.data`` raw: an RFC 822
       date in GMT ("Tue, 01 Dec 2026 18:05:00 +0000"). Gold: the same instant at +07:00
       ("2026-12-02T01:05:00+07:00", the local day is the next day).
    4. Unrendered Velocity references: a structure field missing from an older article prints
       literally (``$chu_thich.getData()`` as an image's caption line, ``Tác giả:
       $tac_gia.getData()`` as the byline). Gold: caption None, no author from that line.
    5. The default Liferay admin "Test Test" signs as the CMS account: "Viết bởi Test Test" in
       the Asset Publisher metadata and "Người viết: Test Test" in TIN-CU's date line.
       Gold: not an author (the byline inside the text is).
    6. ``?articleId=`` pages print ``<link rel="canonical">`` to the bare display page
       ``/web/thcs-nguyentrai/chi-tiet-tin`` (Liferay drops the query string): one canonical
       shared by every article, and it shows no article. Gold canonical: the article's
       ``/-/<url-title>`` (printed as canonical on the friendly-URL pages); the bare page is in
       NON_ARTICLES.
    7. One article under several URLs: ``/-/<url-title>`` (category lists, "Các tin khác"),
       ``/-/<url-title>?redirect=<listing>`` (AP on tin-tuc, the redirect carries the listing page),
       ``chi-tiet-tin?articleId=<N>`` (Web Content List) and the print pop-up URL opened from
       a ``javascript:`` function. Gold: path ``/-/<url-title>``, the others in alt_paths.
    8. TIN-CU text fields written with CKEditor's BR enter mode: a whole body section is one
       ``<div class="doan">`` with paragraphs separated by ``<br /><br />`` (and a single
       ``<br />`` splitting a line). Gold: every ``<br>`` run splits a paragraph.
    9. Dates that are not the publication: the list metadata prints two-digit years
       ("02/12/26"), TT-CHITIET prints "Cập nhật: …" after the date, an official notice prints
       the display date (27/10) but is dated by its letterhead (26/10). A "00:00" time is a day.
    10. Chrome that reads like text: the WCD comments (``taglib-discussion``) under the article
       with parents' messages, ratings "Đánh giá", the tags line "Từ khóa:", the file line "Tải
       về:", the category line "Chuyên mục:". Gold: not body.
    11. Images and files through servlets without extensions (``/image/journal/article?img_id=
       15345&t=…``, ``/documents/10180/0/<file>/<uuid>?t=…``): the query string is part of the
       image's address. The logo (``/image/company_logo``) and list icons are not images.
    12. Pagination as the page-iterator prints it: "Đầu"/"Trước" are ``javascript:;`` on
       page 1, the page ``<select>`` and "Mục mỗi trang" (delta) ``<select>`` only work by
       script; pages 2-3 are reached by the "Tiếp"/"Cuối" anchors.
    13. Captions three ways: TIN-CU's ``div.cap-a`` under the image, a centred ``<em>``
       paragraph after the image (CKEditor), a one-column table under the image.

Gold decisions on ambiguous points
    - canonical_path = path = ``/web/thcs-nguyentrai/-/<url-title>`` for all 13 articles, even
      those the Web Content List links only by ``?articleId=`` (the page's own canonical is the
      shared display page, trap 6).
    - category: the asset category as the article's "Chuyên mục:" line and the Categories
      Navigation print it (the breadcrumb only says "Chi tiết tin").
    - The sidebar notice box, the marquee and the home page's welcome web content are chrome.
    - "BBT" signing a notice: nobody. A unit signing alone ("Tổ Văn phòng", "Ban Giám hiệu") is
      the author as printed.
    - The official notice (trap 9): letterhead, "THÔNG BÁO", "Về việc…", "Nơi nhận" and the
      signature block are not body; its schedule table rows are body; the signer is the author.
"""

from __future__ import annotations

import email.utils
from datetime import datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "liferay61_wcl_thcs"
PLATFORM = "Liferay Portal 6.1 CE GA2 (Web Content List, Asset Publisher, Velocity templates)"
START_PATH = "/"

SITE = "/web/thcs-nguyentrai"
GROUP_ID = 10180
AP_TT = "101_INSTANCE_Xk4r"
AP_CM = "101_INSTANCE_Cm7d"
AP_KHAC = "101_INSTANCE_Kh2p"
AP_TB = "101_INSTANCE_Tb9q"
WCD = "56_INSTANCE_Nt8r"
WCL = "62_INSTANCE_Wl5s"
DELTA = 5
CAT_PARAM = "p_r_p_564233524_categoryId"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
ICT = timezone(timedelta(hours=7))

CATS = {
    12601: "Tin hoạt động",
    12604: "Hoạt động chuyên môn",
    12607: "Đoàn - Đội",
    12610: "Thông báo",
}


def _doc(name: str, uuid: str, t: int, folder: int = 0) -> str:
    return f"/documents/{GROUP_ID}/{folder}/{name}/{uuid}?t={t}"


def _jimg(img_id: int, t: int) -> str:
    return f"/image/journal/article?img_id={img_id}&t={t}"


RIGHT_SIGN = '<div class="tg-bv" style="text-align: right;"><strong>{}</strong></div>'

# --- the 13 articles (newest first) ---------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=15342,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="Hoạt động chuyên môn",
        published_at="2026-12-02T01:05:00+07:00",
        summary=(
            "Từ ngày 23/11 đến ngày 01/12/2026, Trường THCS Nguyễn Trãi tổ chức Hội thi giáo viên "
            "dạy giỏi cấp trường với 18 giáo viên tham gia ở 9 bộ môn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm tạo sân chơi chuyên môn cho đội ngũ giáo viên, đồng thời lựa chọn những "
                "giáo viên có năng lực tham gia Hội thi giáo viên dạy giỏi cấp thành phố trong học kỳ II."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy trên lớp và trình bày một biện pháp nâng cao "
                "chất lượng giảng dạy bộ môn. Ban giám khảo gồm Ban Giám hiệu và các tổ trưởng chuyên môn."
            ),
            Img(
                _doc("hoi-thi-gvdg-2026-1.jpg", "6b0f3c1e-8a2d-4f57-9c11-2e7d5a0b9f43", 1796182800000),
                "Cô Lê Thị Thu Hà, giáo viên Toán, trong tiết dạy dự thi tại lớp 8A3",
                "Cô Lê Thị Thu Hà, giáo viên Toán, trong tiết dạy dự thi tại lớp 8A3",
                "cap",
            ),
            P("Kết quả, có 6 giáo viên đạt loại Giỏi, 10 giáo viên đạt loại Khá và 2 giáo viên đạt yêu cầu."),
            P(
                "Phát biểu bế mạc, thầy Hiệu trưởng Trần Văn Bình ghi nhận sự chuẩn bị công phu của các "
                "giáo viên và đề nghị các tổ chuyên môn tiếp tục sinh hoạt theo hướng nghiên cứu bài học."
            ),
            Raw(RIGHT_SIGN.format("Tin: Lê Thị Thu Hà - Ảnh: Phạm Quốc Huy")),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["Phạm Quốc Huy"],
        opts={"tpl": "cu", "date": "Tue, 01 Dec 2026 18:05:00 +0000", "cat": 12604,
              "desc": "Hội thi giáo viên dạy giỏi cấp trường thu hút 18 giáo viên ở 9 bộ môn..."},
    ),
    Story(
        id=15360,
        slug="ke-hoach-on-thi-hoc-sinh-gioi-cap-thanh-pho-nam-hoc-2026-2027",
        title="Kế hoạch ôn thi học sinh giỏi cấp thành phố năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-11-28T10:30:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch thi chọn học sinh giỏi lớp 9 cấp thành phố của Phòng Giáo dục và Đào tạo, "
                "nhà trường xây dựng kế hoạch ôn luyện đội tuyển học sinh giỏi năm học 2026 - 2027 như sau:"
            ),
            P("1. Thời gian ôn tập", "h"),
            P("Từ ngày 07/12/2026 đến ngày 20/02/2027, các buổi chiều thứ Ba, thứ Năm và sáng Chủ nhật.", "li"),
            P("Học sinh vắng quá 3 buổi không có lý do sẽ không được tiếp tục ôn luyện.", "li"),
            P("2. Phân công giáo viên", "h"),
            P("Mỗi đội tuyển do hai giáo viên phụ trách; tổ trưởng chuyên môn duyệt nội dung ôn tập hằng tuần.", "li"),
            P("Giáo viên chủ nhiệm lớp 9 phối hợp thông báo lịch ôn tập đến cha mẹ học sinh.", "li"),
            P(
                "Đề nghị các tổ chuyên môn, giáo viên được phân công và học sinh trong đội tuyển "
                "thực hiện nghiêm túc kế hoạch này."
            ),
            Raw(
                '<p class="dk-tv"><img alt="" src="/html/themes/classic/images/file_system/small/pdf.png" />'
                ' Tải về: <a href="/documents/10180/12501/ke-hoach-on-thi-hsg-2026-2027.pdf/'
                '9b2c41d7-5e0a-4c3f-8d61-7a4e2f90c1b8">ke-hoach-on-thi-hsg-2026-2027.pdf</a> (184k)</p>'
            ),
            Raw('<p style="text-align: right;"><strong>Ban Giám hiệu</strong></p>'),
        ],
        authors=["Ban Giám hiệu"],
        opts={"tpl": "tt", "date": "Ngày đăng: 28/11/2026 10:30", "cat": 12610, "body": "p",
              "desc": "Kế hoạch ôn luyện đội tuyển học sinh giỏi lớp 9 cấp thành phố."},
    ),
    Story(
        id=15330,
        slug="hoc-sinh-thcs-buon-ma-thuot-soi-noi-voi-giai-bong-da-hoc-duong",
        title="Học sinh THCS Buôn Ma Thuột sôi nổi với giải bóng đá học đường",
        cat="Tin hoạt động",
        published_at="2026-11-24T16:10:00+07:00",
        summary=(
            "Đội bóng đá nam của Trường THCS Nguyễn Trãi giành vị trí Á quân giải bóng đá học đường "
            "cấp THCS thành phố Buôn Ma Thuột năm 2026."
        ),
        blocks=[
            P(
                "Đội bóng đá nam của Trường THCS Nguyễn Trãi giành vị trí Á quân giải bóng đá học đường "
                "cấp THCS thành phố Buôn Ma Thuột năm 2026.",
                "b",
            ),
            P(
                "Theo kế hoạch của Phòng Giáo dục và Đào tạo, giải đấu diễn ra từ ngày 14 đến 22/11 tại "
                "sân vận động trung tâm với sự tham gia của 16 đội bóng đến từ các trường THCS."
            ),
            Img(
                _doc("bong-da-hoc-duong-2026.jpg", "c41e7a90-3b5d-4d2e-a7f8-61b0e9d2c355", 1795510200000),
                "Đội bóng Trường THCS Nguyễn Trãi (áo xanh) trong trận bán kết",
                "Đội bóng Trường THCS Nguyễn Trãi (áo xanh) trong trận bán kết",
                "em",
            ),
            P(
                "Trong trận chung kết, các cầu thủ nhà trường để thua sát nút 1 - 2 trước đội THCS Phan "
                "Chu Trinh. Em Y Khuê Niê, lớp 9A2, nhận danh hiệu cầu thủ xuất sắc nhất giải."
            ),
            P(
                "Giải đấu góp phần đẩy mạnh phong trào rèn luyện thể dục thể thao trong học sinh, "
                "hướng tới Hội khỏe Phù Đổng cấp tỉnh năm 2027."
            ),
            Raw('<div class="ng-bv" style="text-align: right;"><em>Theo Báo Đắk Lắk</em></div>'),
        ],
        source="Báo Đắk Lắk",
        opts={"tpl": "tt", "date": "Ngày đăng: 24/11/2026 16:10", "cat": 12601, "body": "p",
              "desc": "Đội bóng nhà trường giành Á quân giải bóng đá học đường thành phố."},
    ),
    Story(
        id=15201,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="Tin hoạt động",
        published_at="2026-11-20T09:15:00+07:00",
        summary=(
            "Sáng 20/11, Trường THCS Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo thành phố, Ban đại diện "
                "cha mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể học sinh nhà trường."
            ),
            P(
                "Tại buổi lễ, cô Phó Hiệu trưởng Nguyễn Thị Lan ôn lại truyền thống vẻ vang của ngày "
                "Nhà giáo Việt Nam và những thành tích nổi bật của nhà trường trong năm học vừa qua."
            ),
            Img(
                _jimg(15211, 1795140900000),
                "Lãnh đạo Phòng GD&ĐT tặng hoa chúc mừng tập thể giáo viên nhà trường",
                "Lãnh đạo Phòng GD&ĐT tặng hoa chúc mừng tập thể giáo viên nhà trường",
                "cap",
            ),
            P("Nhân dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào thi đua."),
            P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các khối lớp biểu diễn.", "br1"),
            Img(_jimg(15214, 1795140900000), "$chu_thich.getData()", None, "cap"),
            Raw(RIGHT_SIGN.format("Tổ Văn phòng")),
        ],
        authors=["Tổ Văn phòng"],
        opts={"tpl": "cu", "date": "Fri, 20 Nov 2026 02:15:00 +0000", "cat": 12601,
              "desc": "Nhà trường tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11.",
              "comments": [
                  ("Phụ huynh Trần Thị Hoa", "19/11/26",
                   "Chúc các thầy cô giáo trường Nguyễn Trãi luôn mạnh khỏe, hạnh phúc và thành công!"),
                  ("Cựu học sinh khóa 2010", "20/11/26",
                   "Nhớ mãi những năm tháng dưới mái trường. Em cảm ơn thầy cô rất nhiều."),
              ]},
    ),
    Story(
        id=15188,
        slug="hoc-sinh-truong-thcs-nguyen-trai-dat-12-giai-tai-hoi-thi-tin-hoc-tre",
        title="Học sinh Trường THCS Nguyễn Trãi đạt 12 giải tại Hội thi Tin học trẻ thành phố",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-16T14:20:00+07:00",
        summary=(
            "Tại Hội thi Tin học trẻ thành phố Buôn Ma Thuột lần thứ XV, học sinh nhà trường đạt "
            "12 giải, xếp thứ nhất toàn đoàn khối THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi năm nay có 214 thí sinh tham gia ở ba bảng: kỹ năng ứng dụng, lập trình và "
                "sản phẩm sáng tạo. Kết quả của đội tuyển nhà trường như sau:"
            ),
            P("Bảng thi | Giải Nhất | Giải Nhì | Giải Ba", "row"),
            P("Kỹ năng ứng dụng | 1 | 2 | 2", "row"),
            P("Lập trình | 1 | 1 | 2", "row"),
            P("Sản phẩm sáng tạo | 0 | 1 | 2", "row"),
            P(
                "Đặc biệt, sản phẩm \u201cỨng dụng nhắc lịch uống thuốc cho người cao tuổi\u201d của nhóm học "
                "sinh lớp 9A1 được chọn tham dự Hội thi cấp tỉnh."
            ),
            Raw('<div class="tg-bv" style="text-align: right;">Tác giả: $tac_gia.getData()</div>'),
        ],
        opts={"tpl": "cu", "date": "Mon, 16 Nov 2026 07:20:00 +0000", "cat": 12604, "body": "p",
              "desc": "Đội tuyển tin học nhà trường xếp thứ nhất toàn đoàn."},
    ),
    Story(
        id=15102,
        slug="ngoai-khoa-huong-ung-ngay-phap-luat-viet-nam-09-11",
        title="Ngoại khóa hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        cat="Tin hoạt động",
        published_at="2026-11-09",
        blocks=[
            P(
                "Chiều ngày 09/11/2026, nhà trường phối hợp với Công an phường tổ chức buổi ngoại khóa "
                "tuyên truyền pháp luật cho hơn 1.200 học sinh."
            ),
            P(
                "Các em được nghe phổ biến về Luật Giao thông đường bộ, phòng chống bạo lực học đường "
                "và an toàn khi sử dụng mạng xã hội."
            ),
            Img(
                _doc("ngoai-khoa-phap-luat.jpg", "0d9e2b1a-7c44-4e8b-b5a3-98f1c6e20d7a", 1794218400000),
                "Báo cáo viên Công an phường trao đổi với học sinh",
                "Báo cáo viên Công an phường trao đổi với học sinh",
                "tbl",
            ),
            P("Phần thi hỏi đáp nhanh thu hút đông đảo học sinh tham gia, 20 em trả lời đúng được nhận quà."),
            Raw(RIGHT_SIGN.format("Tin, ảnh: Đoàn Thị Kim Oanh")),
        ],
        authors=["Đoàn Thị Kim Oanh"],
        photographers=["Đoàn Thị Kim Oanh"],
        opts={"tpl": "tt", "date": "Ngày đăng: 09/11/2026", "updated": "Cập nhật: 10/11/2026 08:12",
              "cat": 12601, "body": "p", "desc": "Ngoại khóa tuyên truyền pháp luật cho học sinh."},
    ),
    Story(
        id=15077,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-do-anh-huong-cua-bao-so-13",
        title="Thông báo cho học sinh nghỉ học do ảnh hưởng của bão số 13",
        cat="Thông báo",
        published_at="2026-11-06",
        blocks=[
            P(
                "Thực hiện công điện của Ủy ban nhân dân tỉnh Đắk Lắk về ứng phó với bão số 13, nhà "
                "trường thông báo toàn thể học sinh nghỉ học ngày 07/11/2026."
            ),
            P("👉 Học sinh đi học trở lại vào thứ Hai, ngày 09/11/2026."),
            P(
                "Giáo viên chủ nhiệm thông báo đến cha mẹ học sinh qua nhóm lớp và nhắc học sinh không "
                "ra ngoài khi mưa to, gió lớn."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"tpl": "tt", "date": "Ngày đăng: 06/11/2026 00:00", "cat": 12610, "body": "p",
              "desc": "Học sinh nghỉ học ngày 07/11 do bão số 13."},
    ),
    Story(
        id=15033,
        slug="chuyen-de-ngu-van-day-hoc-doc-hieu-van-ban-theo-dac-trung-the-loai",
        title="Chuyên đề Ngữ văn: Dạy học đọc hiểu văn bản theo đặc trưng thể loại",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-30T15:00:00+07:00",
        blocks=[
            P(
                "Ngày 29/10/2026, tổ Ngữ văn tổ chức chuyên đề cấp trường \u201cDạy học đọc hiểu văn bản theo "
                "đặc trưng thể loại\u201d với tiết dạy minh họa bài Thánh Gióng tại lớp 6A4."
            ),
            P("Những điểm mới của chương trình", "h"),
            P(
                "Chương trình giáo dục phổ thông 2018 tổ chức nội dung theo thể loại, giáo viên cần giúp "
                "học sinh hình thành cách đọc cho từng kiểu văn bản thay vì chỉ ghi nhớ nội dung bài học."
            ),
            P(
                "\u201cĐọc hiểu không phải là nghe thầy cô giảng lại tác phẩm, mà là học sinh tự mình khám "
                "phá văn bản bằng những câu hỏi đúng.\u201d",
                "q",
            ),
            P("Trao đổi, thảo luận", "h"),
            P(
                "Các giáo viên dự giờ đánh giá cao việc sử dụng phiếu học tập và sơ đồ tư duy, đồng thời "
                "góp ý cần dành thêm thời gian cho học sinh trình bày cảm nhận cá nhân."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Nguyễn Thị Thanh Tâm</strong>'
                "<br />Tổ trưởng tổ Ngữ văn</p>"
            ),
        ],
        authors=["Nguyễn Thị Thanh Tâm"],
        opts={"tpl": "tt", "date": "Ngày đăng: 30/10/2026 15:00", "cat": 12604, "body": "p",
              "tags": ["chuyên đề", "ngữ văn", "đọc hiểu"],
              "desc": "Chuyên đề Ngữ văn cấp trường về dạy học đọc hiểu."},
    ),
    Story(
        id=14987,
        slug="thong-bao-lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-10-26",
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width: 100%;"><tbody><tr>'
                '<td style="text-align: center;">PHÒNG GD&amp;ĐT TP. BUÔN MA THUỘT<br />'
                "<strong>TRƯỜNG THCS NGUYỄN TRÃI</strong><br />Số: 87/TB-THCSNT</td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
                "Độc lập - Tự do - Hạnh phúc</strong><br /><em>Buôn Ma Thuột, ngày 26 tháng 10 năm 2026"
                "</em></td></tr></tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc lịch kiểm tra giữa học kỳ I năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ kế hoạch năm học 2026 - 2027 của nhà trường, Hiệu trưởng thông báo lịch kiểm tra "
                "giữa học kỳ I các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "row"),
            P("02/11/2026 | Sáng | Ngữ văn | 90 phút", "row"),
            P("03/11/2026 | Sáng | Toán | 90 phút", "row"),
            P("04/11/2026 | Sáng | Tiếng Anh | 60 phút", "row"),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh; học sinh có mặt tại phòng thi "
                "trước giờ làm bài 15 phút."
            ),
            Raw(
                '<table border="0" style="width: 100%;"><tbody><tr><td><em><strong>Nơi nhận:</strong></em>'
                "<br />- Các tổ chuyên môn;<br />- GVCN các lớp;<br />- Lưu: VT.</td>"
                '<td style="text-align: center;"><strong>HIỆU TRƯỞNG</strong><br /><em>(đã ký)</em>'
                "<br /><br /><strong>Trần Văn Bình</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Trần Văn Bình"],
        opts={"tpl": "cu", "date": "Tue, 27 Oct 2026 01:30:00 +0000", "cat": 12610, "body": "p",
              "desc": "Lịch kiểm tra giữa học kỳ I các môn tập trung."},
    ),
    Story(
        id=14950,
        slug="dai-hoi-chi-doan-giao-vien-nhiem-ky-2026-2027",
        title="Đại hội Chi đoàn giáo viên nhiệm kỳ 2026 - 2027",
        cat="Đoàn - Đội",
        published_at="2026-10-21T19:45:00+07:00",
        blocks=[
            P(
                "Chiều 20/10/2026, Chi đoàn giáo viên Trường THCS Nguyễn Trãi tiến hành Đại hội nhiệm kỳ "
                "2026 - 2027 với sự tham dự của 24 đoàn viên."
            ),
            P(
                "Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ qua, trong đó nổi bật là phong "
                "trào \u201cTuổi trẻ sáng tạo\u201d với 5 sáng kiến kinh nghiệm được công nhận cấp thành phố."
            ),
            Img(
                _doc("dai-hoi-chi-doan-gv.jpg", "5fa2c8d0-1e39-4b76-8c0d-3d4e6f7a8b21", 1792584000000),
                "Ban Chấp hành Chi đoàn nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "Ban Chấp hành Chi đoàn nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "em",
            ),
            P("Đại hội bầu Ban Chấp hành gồm 3 đồng chí; đồng chí Nguyễn Hữu Phước được bầu làm Bí thư Chi đoàn."),
            Raw(RIGHT_SIGN.format("Nguyễn Hữu Phước")),
        ],
        authors=["Nguyễn Hữu Phước"],
        opts={"tpl": "tt", "date": "Ngày đăng: 21/10/2026 19:45", "cat": 12607, "body": "p",
              "desc": "Đại hội Chi đoàn giáo viên nhiệm kỳ mới."},
    ),
    Story(
        id=14902,
        slug="hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
        title="Hội nghị cha mẹ học sinh đầu năm học 2026 - 2027",
        cat="Tin hoạt động",
        published_at="2026-10-17T08:30:00+07:00",
        summary=(
            "Ngày 11/10/2026, Trường THCS Nguyễn Trãi tổ chức Hội nghị cha mẹ học sinh đầu năm học "
            "2026 - 2027 tại 36 lớp."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại hội nghị, giáo viên chủ nhiệm thông qua kết quả học tập năm học trước, kế hoạch năm "
                "học mới và các quy định về nề nếp, an toàn trường học."
            ),
            P(
                "Cha mẹ học sinh các lớp đã bầu Ban đại diện cha mẹ học sinh lớp và thống nhất phương "
                "thức liên lạc giữa gia đình và nhà trường qua sổ liên lạc điện tử."
            ),
            P("Sau hội nghị lớp, Ban đại diện cha mẹ học sinh trường nhiệm kỳ mới gồm 9 thành viên ra mắt."),
            Raw(RIGHT_SIGN.format("Phạm Thị Hồng Nhung")),
        ],
        authors=["Phạm Thị Hồng Nhung"],
        opts={"tpl": "cu", "date": "Sat, 17 Oct 2026 01:30:00 +0000", "cat": 12601,
              "desc": "Hội nghị cha mẹ học sinh đầu năm tại 36 lớp.",
              "comments": [
                  ("Nguyễn Văn Thắng", "17/10/26",
                   "Đề nghị nhà trường cho biết thời gian mở sổ liên lạc điện tử để phụ huynh theo dõi."),
              ]},
    ),
    Story(
        id=14866,
        slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-nam-hoc-2026-2027",
        title="Liên đội phát động phong trào Kế hoạch nhỏ năm học 2026 - 2027",
        cat="Đoàn - Đội",
        published_at="2026-10-12T16:45:00+07:00",
        blocks=[
            P(
                "Sáng thứ Hai 12/10, trong giờ chào cờ, Liên đội Trường THCS Nguyễn Trãi phát động phong "
                "trào Kế hoạch nhỏ thu gom giấy vụn, vỏ lon và chai nhựa."
            ),
            P("Chỉ tiêu mỗi chi đội: 30 kg giấy vụn.", "br1"),
            P("Thời gian thu gom: từ ngày 12/10 đến ngày 30/11/2026."),
            Img(
                _jimg(14871, 1791800000000),
                "Đội viên các chi đội mang giấy vụn đến điểm thu gom",
                "Đội viên các chi đội mang giấy vụn đến điểm thu gom",
                "cap",
            ),
            P(
                "Số tiền thu được sẽ dùng để mua áo ấm tặng học sinh có hoàn cảnh khó khăn tại các buôn "
                "đồng bào dân tộc thiểu số."
            ),
            Raw(RIGHT_SIGN.format("Tin, ảnh: Hoàng Thị Mai")),
        ],
        authors=["Hoàng Thị Mai"],
        photographers=["Hoàng Thị Mai"],
        opts={"tpl": "tt", "date": "Ngày đăng: 12/10/2026 16:45", "cat": 12607, "body": "br",
              "desc": "Phát động phong trào Kế hoạch nhỏ."},
    ),
    Story(
        id=14821,
        slug="ngay-hoi-doc-sach-cua-hoc-sinh-khoi-6-tai-thu-vien-truong",
        title="Ngày hội đọc sách của học sinh khối 6 tại thư viện trường",
        cat="Tin hoạt động",
        published_at="2026-10-05T09:00:00+07:00",
        blocks=[
            P(
                "Nhằm xây dựng thói quen đọc sách cho học sinh mới vào trường, thư viện tổ chức Ngày hội "
                "đọc sách cho 9 lớp khối 6 trong tuần đầu tháng 10."
            ),
            P(
                "Các em được giới thiệu cách tra cứu, mượn trả sách và tham gia trò chơi \u201cĐoán tên "
                "nhân vật\u201d qua những cuốn sách thiếu nhi quen thuộc."
            ),
            Img(
                _doc("ngay-hoi-doc-sach-k6.jpg", "a8d31f6c-2b90-47e5-9e1d-4c5b7a2e8f10", 1791166800000),
                "Ảnh: Võ Minh Tuấn",
                None,
                "em",
            ),
            P("Thư viện trường hiện có hơn 8.500 đầu sách, mở cửa phục vụ học sinh vào tất cả các buổi trong tuần."),
            Raw('<p style="text-align: right;"><em>Nguồn: Thư viện trường</em></p>'),
        ],
        photographers=["Võ Minh Tuấn"],
        source="Thư viện trường",
        opts={"tpl": "tt", "date": "Ngày đăng: 05/10/2026 09:00", "cat": 12601, "body": "p",
              "desc": "Ngày hội đọc sách cho học sinh khối 6."},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


# --- URLs ----------------------------------------------------------------------------------


def friendly_path(story: Story) -> str:
    return f"{SITE}/-/{story.slug}"


def article_id_path(story: Story) -> str:
    return f"{SITE}/chi-tiet-tin?articleId={story.id}"


def print_path(story: Story) -> str:
    return (
        f"{SITE}/chi-tiet-tin?p_p_id={WCD}&p_p_lifecycle=0&p_p_state=pop_up&p_p_mode=view"
        f"&_{WCD}_viewMode=print&_{WCD}_articleId={story.id}&_{WCD}_groupId={GROUP_ID}"
    )


def tin_tuc_path(page: int) -> str:
    if page == 1:
        return f"{SITE}/tin-tuc"
    return f"{SITE}/tin-tuc?p_p_id={AP_TT}&_{AP_TT}_cur={page}&_{AP_TT}_delta={DELTA}"


def redirect_path(story: Story) -> str:
    page = STORIES.index(story) // DELTA + 1
    return f"{friendly_path(story)}?redirect={quote(tin_tuc_path(page), safe='')}"


def cat_path(cat_id: int) -> str:
    return f"{SITE}/chuyen-muc?{CAT_PARAM}={cat_id}"


def local_date(story: Story) -> tuple[str, str]:
    """The display date in local time as (dd/mm/yy, dd/mm/yyyy HH:MM): list metadata and the like."""
    printed = story.opts["date"]
    if story.opts["tpl"] == "cu":
        when = email.utils.parsedate_to_datetime(printed).astimezone(ICT)
    else:
        parts = printed.split(": ", 1)[1]
        fmt = "%d/%m/%Y %H:%M" if " " in parts else "%d/%m/%Y"
        when = datetime.strptime(parts, fmt)
    return when.strftime("%d/%m/%y"), when.strftime("%d/%m/%Y %H:%M")


# --- chrome --------------------------------------------------------------------------------

NAV = [
    ("Trang chủ", f"{SITE}/trang-chu", []),
    ("Giới thiệu", f"{SITE}/gioi-thieu", [("Cơ cấu tổ chức", f"{SITE}/gioi-thieu/co-cau-to-chuc")]),
    ("Tin tức", f"{SITE}/tin-tuc", [(name, cat_path(cid)) for cid, name in CATS.items()]),
    ("Văn bản", f"{SITE}/van-ban", []),
    ("Thư viện ảnh", f"{SITE}/thu-vien-anh", []),
    ("Liên hệ", f"{SITE}/lien-he", []),
]


def portlet(pid: str, title: str | None, inner: str, kind: str) -> str:
    base = pid.split("_INSTANCE_")[0]
    if title is None:
        box = (
            f'<div class="portlet-borderless-container" style=""><div class="portlet-body">{inner}'
            "</div></div>"
        )
    else:
        box = (
            f'<section class="portlet" id="portlet_{pid}"><header class="portlet-topper">'
            f'<h1 class="portlet-title"><span class="portlet-title-text">{esc(title)}</span></h1>'
            f'<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{pid}" type="toolbar">'
            "</menu></header>"
            f'<div class="portlet-content"><div class=" portlet-content-container" style="">'
            f'<div class="portlet-body">{inner}</div></div></div></section>'
        )
    return (
        f'<div class="portlet-boundary portlet-boundary_{base}_  portlet-static portlet-static-end '
        f'portlet-{kind} " id="p_p_id_{pid}_"><span id="p_{pid}"></span>{box}</div>'
    )


def _nav_html(current: str) -> str:
    items = []
    for label, href, children in NAV:
        sel = ' class="selected"' if current == label else ""
        sub = ""
        if children:
            sub = '<ul class="child-menu">' + "".join(
                f'<li><a href="{esc(h)}"><span>{esc(n)}</span></a></li>' for n, h in children
            ) + "</ul>"
        items.append(f'<li{sel}><a href="{esc(href)}"><span>{esc(label)}</span></a>{sub}</li>')
    return (
        '<nav class="sort-pages modify-pages" id="navigation"><h1><span>Điều hướng</span></h1>'
        '<ul>' + "".join(items) + "</ul></nav>"
    )


def _breadcrumbs(trail: list[tuple[str, str]]) -> str:
    lis = []
    for i, (label, href) in enumerate(trail):
        cls = "first" if i == 0 else ("current-parent" if i == len(trail) - 1 else "")
        lis.append(f'<li class="{cls}"><span><a href="{esc(href)}">{esc(label)}</a></span></li>')
    return (
        '<nav class="site-breadcrumbs" id="breadcrumbs"><h1><span>Dấu vết</span></h1>'
        '<ul class="breadcrumbs breadcrumbs-horizontal lfr-component">' + "".join(lis) + "</ul></nav>"
    )


NOTICE_WCD = portlet(
    "56_INSTANCE_Ab1c",
    "Thông báo",
    '<div class="journal-content-article" id="article_10180_10156_12890_1.0">'
    '<div class="bv-ct"><div class="td-bv">Tuyển sinh lớp 6 năm học 2027 - 2028</div>'
    '<div class="nd-bv"><div class="doan">Nhà trường nhận hồ sơ tuyển sinh trực tuyến từ ngày '
    "01/06/2027.<br /><br />Cha mẹ học sinh xem hướng dẫn tại bảng tin nhà trường.</div></div></div>"
    "</div>",
    "journal-content",
)


def _sidebar() -> str:
    cats = "".join(
        f'<li class="tree-node"><a href="{esc(cat_path(cid))}">{esc(name)}</a></li>'
        for cid, name in CATS.items()
    )
    cat_nav = portlet(
        "122_INSTANCE_Cn3v",
        "Chuyên mục",
        f'<div class="lfr-asset-vocabulary-container"><h3 class="asset-vocabulary-title">Chuyên mục'
        f'</h3><ul class="lfr-component">{cats}</ul></div>',
        "asset-categories-navigation",
    )
    poll = portlet(
        "59_INSTANCE_Pq2w",
        "Thăm dò ý kiến",
        f'<form action="{SITE}/trang-chu?p_p_id=59_INSTANCE_Pq2w&amp;p_p_lifecycle=1&amp;'
        'p_p_state=normal&amp;p_p_mode=view&amp;_59_INSTANCE_Pq2w_javax.portlet.action=addVote" '
        'method="post" name="_59_INSTANCE_Pq2w_fm"><div class="poll-question">Bạn biết đến website '
        'nhà trường qua kênh nào?</div><input name="_59_INSTANCE_Pq2w_choiceId" type="radio" value="1"/>'
        ' Bạn bè<br/><input name="_59_INSTANCE_Pq2w_choiceId" type="radio" value="2"/> Giáo viên'
        '<br/><input name="_59_INSTANCE_Pq2w_choiceId" type="radio" value="3"/> Mạng xã hội<br/>'
        '<input type="submit" value="Bình chọn"/></form>',
        "polls-display",
    )
    links = portlet(
        "56_INSTANCE_Lk7m",
        "Liên kết website",
        '<div class="journal-content-article" id="article_10180_10156_12893_1.1"><select '
        "onchange=\"window.open(this.value)\"><option>-- Chọn liên kết --</option>"
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option></select>'
        '<p><a href="https://www.facebook.com/thcsnguyentraibmt" target="_blank">'
        '<img alt="Facebook" src="/thcs-nguyentrai-theme/images/custom/facebook.png" /></a></p></div>',
        "journal-content",
    )
    counter = portlet(
        "thongke_WAR_thongkeportlet",
        "Thống kê truy cập",
        '<table class="tk-tc"><tr><td>Đang online:</td><td>27</td></tr><tr><td>Hôm nay:</td>'
        "<td>412</td></tr><tr><td>Tổng truy cập:</td><td>1.284.903</td></tr></table>",
        "thongke",
    )
    return NOTICE_WCD + cat_nav + poll + links + counter


def page(request: Request, *, title: str, nav: str, trail: list[tuple[str, str]], main: str,
         canonical: str, description: str = "") -> Response:
    host = base_url(request)
    desc = f'<meta content="{esc(description)}" lang="vi-VN" name="description" />' if description else ""
    body = f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - Trường THCS Nguyễn Trãi</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{desc}
<link href="/thcs-nguyentrai-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="{esc(host + canonical)}" rel="canonical" />
<link href="/html/css/main.css?browserId=other&amp;themeId=thcsnguyentrai_WAR_thcsnguyentraitheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6120&amp;t=1385006400000" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=thcsnguyentrai_WAR_thcsnguyentraitheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6120&amp;t=1385006400000" type="text/javascript"></script>
<script type="text/javascript">
var themeDisplay = Liferay.ThemeDisplay = {{getCompanyId: function() {{return "10154";}}, getScopeGroupId: function() {{return "{GROUP_ID}";}}, getLanguageId: function() {{return "vi_VN";}}, getPathMain: function() {{return "/c";}}, getPathThemeImages: function() {{return "/thcs-nguyentrai-theme/images";}}}};
</script>
<link class="lfr-css-file" href="/thcs-nguyentrai-theme/css/main.css?browserId=other&amp;themeId=thcsnguyentrai_WAR_thcsnguyentraitheme&amp;languageId=vi_VN&amp;b=6120&amp;t=1385006400000" rel="stylesheet" type="text/css" />
</head>
<body class="blue yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua để tới nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/" title="Đi đến Trường THCS Nguyễn Trãi"><img alt="Trường THCS Nguyễn Trãi" height="120" src="/image/company_logo?img_id=10602&amp;t=1385006400000" width="980" /></a></h1>
<div class="ngay-thang"><span id="clock">{HEADER_DATE}</span></div></div>
{_nav_html(nav)}
</header>
<div id="content">
{_breadcrumbs(trail)}
<div class="columns-1-2" id="main-content" role="main">
<div class="portlet-layout"><div class="portlet-column portlet-column-only" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-only" id="layout-column_column-1">
{portlet("56_INSTANCE_Mq4e", None, '<div class="journal-content-article" id="article_10180_10156_12881_1.4"><marquee scrollamount="3">Nhiệt liệt chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 - Chào mừng kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam 22/12</marquee></div>', "journal-content")}
</div></div></div>
<div class="portlet-layout">
<div class="aui-w30 portlet-column portlet-column-first" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-2">
{_sidebar()}
</div></div>
<div class="aui-w70 portlet-column portlet-column-last" id="column-3"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-3">
{main}
</div></div>
</div>
</div>
</div>
<footer id="footer" role="contentinfo">
<div class="ft-tt"><p><strong>TRƯỜNG THCS NGUYỄN TRÃI - THÀNH PHỐ BUÔN MA THUỘT</strong></p>
<p>Địa chỉ: Số 78 Lê Duẩn, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk</p>
<p>Điện thoại: 0262 3852 416 - Email: thcsnguyentrai.bmt@daklak.edu.vn</p>
<p>© 2013 - 2026 Trường THCS Nguyễn Trãi. Phát triển trên nền Liferay Portal Community Edition 6.1.1 CE GA2.</p></div>
</footer>
</div>
<script type="text/javascript">AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', function(A) {{ Liferay.Menu(); }});</script>
</body>
</html>"""
    return html(body)


# --- article rendering ---------------------------------------------------------------------


def _img_html(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 500px; height: 333px;" />'
    line = esc(img.printed) if img.printed else ""
    if img.style == "cap":
        return f'<div class="ha-bv">{tag}<div class="cap-a">{line}</div></div>'
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{tag}</p>'
            f'<p style="text-align: center;"><em>{line}</em></p>'
        )
    # "tbl": a one-column table, the photo in the first row, its line in the second
    return (
        '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 500px;">'
        f'<tbody><tr><td>{tag}</td></tr><tr><td style="text-align: center;"><span style="font-size:12px;">'
        f"<em>{line}</em></span></td></tr></tbody></table>"
    )


def _body_html(story: Story) -> str:
    mode = story.opts.get("body", "br")
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            out.append(_img_html(b))
            i += 1
        elif b.style in ("row", "li"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            else:
                rows = []
                for n, p in enumerate(group):
                    cell = "th" if n == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in p.text.split(" | ")) + "</tr>")
                out.append('<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>'
                           + "".join(rows) + "</tbody></table>")
        elif b.style == "h":
            out.append(f"<h3><span style=\"font-size:14px;\">{esc(b.text)}</span></h3>")
            i += 1
        elif b.style == "q":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
            i += 1
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
            i += 1
        elif mode == "br":
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("", "br1"):
                group.append(blocks[i])
                i += 1
            parts = [esc(group[0].text)]
            for p in group[1:]:
                parts.append(("<br />" if p.style == "br1" else "<br />\n<br />") + esc(p.text))
            out.append('<div class="doan">' + "".join(parts) + "</div>")
        else:
            out.append(
                '<p style="text-align: justify;"><span style="font-family:times new roman,times,serif;">'
                f'<span style="font-size:14px;">{esc(b.text)}</span></span></p>'
            )
            i += 1
    return "\n".join(out)


def _article_html(story: Story) -> str:
    o = story.opts
    if o["tpl"] == "cu":
        dateline = (
            f'<div class="tg-dang"><span class="ng-d">{esc(o["date"])}</span> '
            '<span class="ng-v">Người viết: Test Test</span> '
            f'<span class="lx">Lượt xem: {story.views()}</span></div>'
        )
    else:
        upd = f' | <span class="cn">{esc(o["updated"])}</span>' if o.get("updated") else ""
        dateline = (
            f'<div class="tg-dang"><span class="ng-d">{esc(o["date"])}</span>{upd} | '
            f'<span class="lx">Lượt xem: {story.views()}</span></div>'
        )
    sapo = f'<div class="tt-sapo"><b>{esc(story.summary)}</b></div>' if story.sapo_outside else ""
    tags = ""
    if o.get("tags"):
        tags = '<div class="tk-bv">Từ khóa: ' + ", ".join(
            f'<span class="tag">{esc(t)}</span>' for t in o["tags"]
        ) + "</div>"
    cat = (
        f'<div class="cm-bv">Chuyên mục: <a href="{esc(cat_path(o["cat"]))}">{esc(CATS[o["cat"]])}</a></div>'
    )
    return (
        f'<div class="journal-content-article" id="article_{GROUP_ID}_10156_{story.id}_1.{story.id % 4 + 1}">'
        f'<div class="bv-ct"><div class="td-bv">{esc(story.title)}</div>{dateline}{sapo}'
        f'<div class="nd-bv">{_body_html(story)}</div>{tags}{cat}</div></div>'
    )


def _others(story: Story | None) -> str:
    others = [s for s in STORIES if s is not story][:5]
    return _title_list(others, lambda s: friendly_path(s))


def _title_list(stories: list[Story], href) -> str:
    lis = []
    for s in stories:
        short, _ = local_date(s)
        lis.append(
            '<li class="title-list journal-article"><span><a class="taglib-icon" '
            f'href="{esc(href(s))}"><img alt="" class="icon" src="/html/icons/journal.png" /> '
            f'<span class="taglib-text">{esc(s.title)}</span></a></span>'
            '<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">'
            f'{short}</span><span class="metadata-entry metadata-author">Viết bởi Test Test</span>'
            f'<span class="metadata-entry metadata-view-count">{s.views()} lượt xem</span></div></li>'
        )
    return '<ul class="title-list">' + "".join(lis) + "</ul>"


def _discussion(story: Story) -> str:
    comments = story.opts.get("comments", [])
    msgs = "".join(
        f'<div class="lfr-discussion"><div class="lfr-discussion-details"><span class="user-name">'
        f'{esc(who)}</span><span class="lfr-discussion-posted-on">Đã gửi vào {when}</span></div>'
        f'<div class="lfr-discussion-body"><div class="lfr-discussion-message">{esc(msg)}</div>'
        f'<a href="javascript:;" onclick="_{WCD}_showForm(\'_{WCD}_postReplyForm{n}\')">Trả lời</a></div></div>'
        for n, (who, when, msg) in enumerate(comments, 1)
    )
    return (
        f'<div class="taglib-discussion" id="_{WCD}_discussion"><fieldset class="aui-fieldset add-comment">'
        f'<legend class="aui-fieldset-legend">Ý kiến bạn đọc ({len(comments)})</legend>'
        '<a href="javascript:;" onclick="Liferay.Util.openWindow({uri: \'/c/portal/login?p_l_id=10631\'});">Đăng nhập</a>'
        " để gửi ý kiến.</fieldset>" + msgs + "</div>"
    )


def _article_portlet(story: Story) -> str:
    ratings = (
        '<div class="taglib-ratings stars"><div class="liferay-rating-score">Đánh giá trung bình '
        f'<span class="aui-rating-label-element">({story.id % 7 + 2} phiếu)</span></div></div>'
    )
    tools = (
        f'<div class="print-action"><a class="taglib-icon" href="javascript:_{WCD}_printPage();">'
        '<img alt="" class="icon" src="/html/themes/classic/images/common/print.png" /> '
        '<span class="taglib-text">In</span></a></div>'
        f'<script type="text/javascript">function _{WCD}_printPage() {{ window.open(\'{print_path(story)}\', '
        "'', \"directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,"
        'status=0,toolbar=0,top=180,width=640"); }</script>'
        '<div class="taglib-social-bookmarks"><a href="https://www.facebook.com/sharer.php?u='
        f'{quote(friendly_path(story))}" target="_blank">Facebook</a> '
        f'<a href="https://twitter.com/intent/tweet?url={quote(friendly_path(story))}" target="_blank">Twitter</a></div>'
    )
    wcd = portlet(WCD, "Chi tiết tin tức", _article_html(story) + tools + ratings + _discussion(story),
                  "journal-content")
    khac = portlet(AP_KHAC, "Các tin khác", _others(story), "asset-publisher")
    return wcd + khac


def article_page(request: Request, story: Story, *, friendly: bool) -> Response:
    title = story.title if friendly else "Chi tiết tin"
    canonical = friendly_path(story) if friendly else f"{SITE}/chi-tiet-tin"
    return page(
        request,
        title=title,
        nav="Tin tức",
        trail=[("Trường THCS Nguyễn Trãi", SITE), ("Chi tiết tin", f"{SITE}/chi-tiet-tin")],
        main=_article_portlet(story),
        canonical=canonical,
        description=story.opts.get("desc", ""),
    )


def print_page(story: Story) -> Response:
    return html(
        '<!DOCTYPE html><html class="aui ltr" dir="ltr" lang="vi-VN"><head><title>Chi tiết tin - '
        'Trường THCS Nguyễn Trãi</title><meta content="text/html; charset=UTF-8" http-equiv="content-type" />'
        '</head><body class="portal-popup"><div class="portlet-body">'
        + _article_html(story)
        + '<div class="print-action"><a href="javascript:print();">In trang này</a></div>'
        + "</div></body></html>"
    )


# --- listings ------------------------------------------------------------------------------


def _iterator(page_no: int, total: int, url) -> str:
    pages = (total + DELTA - 1) // DELTA
    start, end = (page_no - 1) * DELTA + 1, min(page_no * DELTA, total)

    def link(cls: str, label: str, target: int, active: bool) -> str:
        href = esc(url(target)) if active else "javascript:;"
        return f'<a class="{cls}" href="{href}">{label}</a>'

    opts = "".join(
        f'<option{" selected" if n == page_no else ""} value="{n}">{n}</option>' for n in range(1, pages + 1)
    )
    deltas = "".join(f'<option value="{d}"{" selected" if d == DELTA else ""}>{d}</option>' for d in (5, 10, 20, 30, 50, 75))
    return (
        f'<div class="taglib-page-iterator" id="_{AP_TT}_assetEntriesSearchContainerPageIterator">'
        f'<div class="search-results">Hiển thị {start} - {end} của {total} kết quả.</div>'
        '<div class="search-pages"><div class="delta-selector">Mục mỗi trang '
        f'<select onchange="Liferay.Util.PageIterator.changeDelta(this);">{deltas}</select></div>'
        f'<div class="page-selector">Trang <select class="pages" onchange="Liferay.Util.PageIterator.goTo(this);">'
        f"{opts}</select> của {pages}</div>"
        '<div class="page-links">'
        + link("first", "Đầu", 1, page_no > 1)
        + link("previous", "Trước", page_no - 1, page_no > 1)
        + link("next", "Tiếp", page_no + 1, page_no < pages)
        + link("last", "Cuối", pages, page_no < pages)
        + "</div></div></div>"
    )


def tin_tuc_page(request: Request, page_no: int) -> Response | None:
    pages = (len(STORIES) + DELTA - 1) // DELTA
    if not 1 <= page_no <= pages:
        return None
    chunk = STORIES[(page_no - 1) * DELTA: page_no * DELTA]
    body = _title_list(chunk, redirect_path) + _iterator(page_no, len(STORIES), tin_tuc_path)
    return page(
        request,
        title="Tin tức",
        nav="Tin tức",
        trail=[("Trường THCS Nguyễn Trãi", SITE), ("Tin tức", f"{SITE}/tin-tuc")],
        main=portlet(AP_TT, "Tin tức - Sự kiện", body, "asset-publisher"),
        canonical=f"{SITE}/tin-tuc",
    )


def category_page(request: Request, cat_id: int) -> Response:
    items = [s for s in STORIES if s.opts["cat"] == cat_id]
    body = (
        f'<div class="asset-category-filter"><span>Chuyên mục: <strong>{esc(CATS[cat_id])}</strong></span> '
        f'<a href="{SITE}/tin-tuc">Xóa bộ lọc</a></div>' + _title_list(items, friendly_path)
    )
    return page(
        request,
        title=CATS[cat_id],
        nav="Tin tức",
        trail=[("Trường THCS Nguyễn Trãi", SITE), ("Tin tức", f"{SITE}/tin-tuc"), (CATS[cat_id], cat_path(cat_id))],
        main=portlet(AP_CM, CATS[cat_id], body, "asset-publisher"),
        canonical=cat_path(cat_id),
    )


def home_page(request: Request) -> Response:
    rows = "".join(
        '<tr class="portlet-section-body results-row"><td class="align-left col-1 first valign-middle">'
        f'<a href="{esc(article_id_path(s))}">{esc(s.title)}</a></td>'
        f'<td class="align-left col-2 valign-middle">{local_date(s)[0]}</td>'
        '<td class="align-left col-3 last valign-middle">Test Test</td></tr>'
        for s in STORIES[:5]
    )
    wcl = (
        '<div class="lfr-search-container"><div class="results-grid"><table class="taglib-search-iterator">'
        '<thead><tr class="portlet-section-header results-header"><th class="col-1 first">Tiêu đề</th>'
        '<th class="col-2">Ngày hiển thị</th><th class="col-3 last">Tác giả</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div></div>"
        f'<div class="xem-tat-ca"><a href="{SITE}/tin-tuc">Xem tất cả »</a></div>'
    )
    welcome = (
        '<div class="journal-content-article" id="article_10180_10156_12877_1.2">'
        '<div class="bv-ct"><div class="td-bv">Chào mừng đến với website Trường THCS Nguyễn Trãi</div>'
        '<div class="nd-bv"><div class="doan">Trường THCS Nguyễn Trãi được thành lập năm 1994, hiện có 36 '
        "lớp với hơn 1.500 học sinh.<br /><br />Website là kênh thông tin chính thức của nhà trường.</div>"
        f'</div><p><a href="{SITE}/gioi-thieu">Xem tiếp »</a></p></div></div>'
    )
    notices = [s for s in STORIES if s.opts["cat"] == 12610]
    main = (
        portlet("56_INSTANCE_Wc0a", None, welcome, "journal-content")
        + portlet(WCL, "Tin mới nhất", wcl, "journal-articles")
        + portlet(AP_TB, "Thông báo", _title_list(notices, friendly_path), "asset-publisher")
    )
    return page(
        request,
        title="Trang chủ",
        nav="Trang chủ",
        trail=[("Trường THCS Nguyễn Trãi", SITE), ("Trang chủ", f"{SITE}/trang-chu")],
        main=main,
        canonical=f"{SITE}/trang-chu",
    )


# --- pages that are not articles -----------------------------------------------------------


def _static_wcd(article: int, title: str, inner: str) -> str:
    return portlet(
        f"56_INSTANCE_St{article % 100}",
        title,
        f'<div class="journal-content-article" id="article_10180_10156_{article}_1.0">{inner}</div>',
        "journal-content",
    )


INFO_PAGES: dict[str, tuple[str, str, list[tuple[str, str]], str]] = {
    f"{SITE}/gioi-thieu": (
        "Giới thiệu",
        "Giới thiệu",
        [("Giới thiệu", f"{SITE}/gioi-thieu")],
        _static_wcd(
            12701,
            "Giới thiệu chung",
            "<p>Trường THCS Nguyễn Trãi được thành lập theo quyết định của Ủy ban nhân dân thị xã Buôn Ma "
            "Thuột năm 1994. Trải qua hơn 30 năm xây dựng và phát triển, nhà trường nhiều năm liền đạt "
            "danh hiệu Tập thể lao động xuất sắc.</p><p>Năm học 2026 - 2027, trường có 36 lớp, 1.532 học "
            "sinh và 78 cán bộ, giáo viên, nhân viên.</p>"
            f'<p><a href="{SITE}/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></p>',
        ),
    ),
    f"{SITE}/gioi-thieu/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "Giới thiệu",
        [("Giới thiệu", f"{SITE}/gioi-thieu"), ("Cơ cấu tổ chức", f"{SITE}/gioi-thieu/co-cau-to-chuc")],
        _static_wcd(
            12704,
            "Cơ cấu tổ chức",
            '<table border="1" style="width: 100%;"><tbody><tr><th>Họ và tên</th><th>Chức vụ</th></tr>'
            "<tr><td>Trần Văn Bình</td><td>Hiệu trưởng</td></tr><tr><td>Nguyễn Thị Lan</td>"
            "<td>Phó Hiệu trưởng</td></tr><tr><td>Lê Quang Vinh</td><td>Phó Hiệu trưởng</td></tr>"
            "</tbody></table>",
        ),
    ),
    f"{SITE}/lien-he": (
        "Liên hệ",
        "Liên hệ",
        [("Liên hệ", f"{SITE}/lien-he")],
        _static_wcd(
            12707,
            "Thông tin liên hệ",
            "<p><strong>TRƯỜNG THCS NGUYỄN TRÃI</strong></p><p>Địa chỉ: Số 78 Lê Duẩn, thành phố Buôn Ma "
            "Thuột, tỉnh Đắk Lắk</p><p>Điện thoại: 0262 3852 416</p>"
            "<p>Email: thcsnguyentrai.bmt@daklak.edu.vn</p>",
        ),
    ),
    f"{SITE}/van-ban": (
        "Văn bản",
        "Văn bản",
        [("Văn bản", f"{SITE}/van-ban")],
        portlet(
            "110_INSTANCE_Dv6k",
            "Văn bản - Biểu mẫu",
            '<table class="taglib-search-iterator"><tr class="results-header"><th>Tên</th><th>Kích thước</th>'
            "<th>Ngày sửa đổi</th></tr>"
            '<tr class="results-row"><td><a href="/documents/10180/12501/ke-hoach-nam-hoc-2026-2027.pdf/'
            '3e7f0a12-9b4c-4d8e-a1f6-2c5d8e9b0a71">Kế hoạch năm học 2026 - 2027</a></td><td>312k</td>'
            "<td>15/09/26</td></tr>"
            '<tr class="results-row"><td><a href="/documents/10180/12501/ke-hoach-on-thi-hsg-2026-2027.pdf/'
            '9b2c41d7-5e0a-4c3f-8d61-7a4e2f90c1b8">Kế hoạch ôn thi HSG 2026 - 2027</a></td><td>184k</td>'
            "<td>28/11/26</td></tr></table>",
            "document-library-display",
        ),
    ),
    f"{SITE}/thu-vien-anh": (
        "Thư viện ảnh",
        "Thư viện ảnh",
        [("Thư viện ảnh", f"{SITE}/thu-vien-anh")],
        portlet(
            "31_INSTANCE_Ga8t",
            "Thư viện ảnh",
            '<div class="lfr-search-container"><div class="image-icon"><a class="image-link" '
            'href="/documents/10180/12520/khai-giang-2026-1.jpg/7aa0c3e1-2f5b-4c6d-8e9f-0b1c2d3e4f50" '
            'title="Lễ khai giảng năm học 2026 - 2027"><img alt="Lễ khai giảng" class="img" '
            'src="/documents/10180/12520/khai-giang-2026-1.jpg/7aa0c3e1-2f5b-4c6d-8e9f-0b1c2d3e4f50'
            '?imageThumbnail=1" /><span class="image-title">Lễ khai giảng năm học 2026 - 2027</span>'
            "</a></div></div>",
            "media-gallery-display",
        ),
    ),
}

NON_ARTICLES = [*INFO_PAGES, f"{SITE}/chi-tiet-tin"]


def info_page(request: Request, target: str) -> Response:
    title, nav, trail, main = INFO_PAGES[target]
    return page(
        request,
        title=title,
        nav=nav,
        trail=[("Trường THCS Nguyễn Trãi", SITE), *trail],
        main=main,
        canonical=target,
    )


def empty_display_page(request: Request) -> Response:
    """The display page without an article: Liferay hides the WCD from guests; "Các tin khác" stays."""
    return page(
        request,
        title="Chi tiết tin",
        nav="Tin tức",
        trail=[("Trường THCS Nguyễn Trãi", SITE), ("Chi tiết tin", f"{SITE}/chi-tiet-tin")],
        main=portlet(AP_KHAC, "Các tin khác", _others(None), "asset-publisher"),
        canonical=f"{SITE}/chi-tiet-tin",
    )


# --- the site ------------------------------------------------------------------------------


def _binary(path: str) -> Response | None:
    if path.startswith("/documents/"):
        if ".pdf/" in path:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        fake = static_file(".jpg")
        return fake
    if path in ("/image/journal/article", "/image/company_logo"):
        return static_file(".jpg")
    return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith(("/documents/", "/image/")):
            return _binary(path)
        if path == "/" and not params:
            return home_page(request)
        if path == SITE and not params:
            return redirect(f"{SITE}/trang-chu")
        if path == f"{SITE}/trang-chu" and not params:
            return home_page(request)
        if path == f"{SITE}/tin-tuc":
            if not params:
                return tin_tuc_page(request, 1)
            keys = {"p_p_id", f"_{AP_TT}_cur", f"_{AP_TT}_delta"}
            if set(params) == keys and params["p_p_id"] == AP_TT and params[f"_{AP_TT}_delta"] == str(DELTA):
                cur = params[f"_{AP_TT}_cur"]
                return tin_tuc_page(request, int(cur)) if cur.isdigit() else None
            return None
        if path == f"{SITE}/chuyen-muc":
            value = params.get(CAT_PARAM, "")
            if set(params) == {CAT_PARAM} and value.isdigit() and int(value) in CATS:
                return category_page(request, int(value))
            return None
        if path.startswith(f"{SITE}/-/"):
            story = BY_SLUG.get(path[len(SITE) + 3:])
            if story is None or set(params) - {"redirect"}:
                return None
            if "redirect" in params and not params["redirect"].startswith(SITE):
                return None
            return article_page(request, story, friendly=True)
        if path == f"{SITE}/chi-tiet-tin":
            if not params:
                return empty_display_page(request)
            if set(params) == {"articleId"}:
                story = BY_ID.get(int(params["articleId"])) if params["articleId"].isdigit() else None
                return article_page(request, story, friendly=False) if story else None
            aid = params.get(f"_{WCD}_articleId", "")
            story = BY_ID.get(int(aid)) if aid.isdigit() else None
            if story and request.target == print_path(story):
                return print_page(story)
            return None
        if path in INFO_PAGES and not params:
            return info_page(request, path)
        return static_file(path) if not path.startswith(SITE) else None


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(
        s,
        friendly_path(s),
        s.cat,
        canonical_path=friendly_path(s),
        alt_paths=[redirect_path(s), article_id_path(s), print_path(s)],
    )
    for s in STORIES
]
