"""Fixture portal: Sở GD&ĐT tỉnh Tuyên Quang on Liferay Portal 6.2 CE (GA6), a custom theme.

Imitates the many provincial e-government sites an integrator built on Liferay 6.2 around 2015
and never moved to Liferay 7: site pages (layouts) under ``/web/guest/<page>``, every block a
portlet in ``div.portlet-boundary`` (``section.portlet`` > ``header.portlet-topper`` >
``h1.portlet-title``, or the borderless ``div.portlet-borderless-container``), Bootstrap 2
markup (``row-fluid``, ``span8``), the ``sgddt-theme`` theme. What it serves:

- three news pages, each one Asset Publisher instance filtered by a category: "Tin tức - Sự
  kiện" ``/web/guest/tin-tuc`` (``101_INSTANCE_Ab3xK9``, 4 a page: three pages), "Chỉ đạo điều
  hành" ``/web/guest/chi-dao-dieu-hanh`` (``Hn5pQ2``) and "Khảo thí và KĐCLGD"
  ``/web/guest/khao-thi-kdclgd`` (``Tz7vM4``). Listings use Liferay's search-container page
  iterator: ``?p_p_id=101_INSTANCE_Ab3xK9&p_p_lifecycle=0&…&_101_INSTANCE_Ab3xK9_delta=4&…
  &_101_INSTANCE_Ab3xK9_cur=2``, the buttons "← Đầu", "Trước", "Tiếp", "Cuối →" (disabled ones
  are ``href="javascript:;"``), a "Trang 2 của 3" page menu and an items-per-page menu (delta
  5/10/20/30/50/75, each a link). "Tin tức - Sự kiện" lists in the 6.2 "abstracts" style
  (``div.asset-abstract``, publish date in the short form ``20/11/26``), the other two as a title
  list with the full date ``(09/11/2026)``; ``…/-/asset_publisher/Ab3xK9/rss`` is the Atom feed;
- articles (journal web content) at ``/web/guest/<page>/-/asset_publisher/<id>/content/<urlTitle>``
  with an absolute ``rel=canonical`` to that address. The same article answers on the page's
  non-friendly render URL ``/web/guest/<page>?p_p_id=101_INSTANCE_<id>&p_p_lifecycle=0&
  p_p_state=normal&p_p_mode=view&_101_INSTANCE_<id>_struts_action=%2Fasset_publisher%2F
  view_content&_101_INSTANCE_<id>_urlTitle=<urlTitle>&_101_INSTANCE_<id>_type=content&
  redirect=<where it was linked from>`` (same canonical). The home page's "Tin nổi bật", the
  sidebar "Tin mới nhất" (redirect = the page it sits on) and the "Các tin khác" list under an
  article (redirect = that article) link this form, so each article has several such URLs;
- the article page: ``div.taglib-header`` with the back link "Quay lại" (to the redirect) and
  the headline in ``h3.header-title``, while the ``h1`` of the asset publisher portlet says the
  category and the theme's ``h2.page-title`` repeats the headline; ``div.asset-full-content``
  > ``div.journal-content-article`` rendered by the structure's Velocity template: "Ngày đăng:
  20/11/2026 | Lượt xem: 245" (three articles print a 12-hour time with the Vietnamese
  ``SA``/``CH``, the older "Tin chỉ đạo" template prints "Lượt xem" only), the asset's abstract
  in bold (``div.tom-tat-tin``), the CKEditor content (images from Documents and Media
  ``/documents/10181/<folder>/<name>/<uuid>?t=…`` or the legacy ``/image/journal/article?
  img_id=…``, a caption as a ``<p style="text-align:center"><em>…</em></p>`` line under the
  picture (once a centred line without the italics; some pictures have none), bylines as the last right-aligned lines), a "Tệp đính kèm" document field, tags
  ("Từ khóa:", links to tag-filtered listings), ratings, social bookmarks, a javascript print
  link, then the "Các tin khác" portlet (older articles of the category, dated);
- chrome: a top bar with today's date (TODAY) and the "Đăng nhập" link (``/c/portal/login``,
  302 to the maximized login portlet), the search portlet, the navigation, the breadcrumb
  portlet, a sidebar of portlets ("Tin mới nhất", "Văn bản chỉ đạo", a mini "Lịch công tác",
  "Văn bản nội bộ" printing "Bạn chưa có đủ quyền truy nhập portlet này.", "Hỏi đáp - Góp ý"
  printing "Portlet này đang tạm thời không hoạt động.", the "Thăm dò ý kiến" poll, a "Liên kết
  website" select, banners, the visitor counter), a footer with address, phone and hotline;
- non-articles: the home page (``/`` and ``/web/guest/trang-chu``), "Giới thiệu" (a Web Content
  Display portlet), "Liên hệ" (web form), the "Văn bản chỉ đạo" document library
  (``/-/document_library_display/Rk2jS5/view_file/<id>`` entries with a PDF download), the Media
  Gallery (album pages ``?p_p_id=31&…&_31_struts_action=%2Fimage_gallery_display%2Fview&
  _31_folderId=N``), the work calendar, tag-filtered listings, the login page, ``/sitemap.xml``
  (pages only, as 6.2 writes it).

Traps and hard cases: the "Lịch công tác" portlet's month navigation ("« Tháng trước" / "Tháng
sau »") answers 200 for any month of any year, so it never ends; the articles' render-URL
duplicates with a varying ``redirect``; the delta menu multiplies every listing page (finite);
one article links an old, deleted article by its friendly URL: Liferay answers 200 with the page
and the portlet's "Không tìm thấy nội dung được yêu cầu." (soft 404, so does any unknown
urlTitle); the print view is only reachable from javascript (``p_p_state=pop_up&…_viewMode=
print``, served, not linked); one article is typed in decomposed Unicode (NFD), one carries
CKEditor's character entities; the page's first ``h1`` is the site, the second the portlet title.

Gold (by hand). Articles are the journal articles shown by the three asset publishers; the path
is the friendly URL, ``alt_paths`` every render URL the site links. Judgement calls: the
"Ngày đăng" line is the publication date, with its time when it prints one ("02:30 CH" is
14:30); dates-only stay dates even though the Atom feed carries a time; article 61196 prints no
date, so the listing's "(09/11/2026)" is taken. The bold abstract block is the summary and the
body's first paragraph. Bylines are the last right-aligned lines: a bold unit name ("Phòng Giáo
dục Trung học", "Văn phòng Sở") is the author as printed; "Tin, ảnh: X" gives X in both lists;
"Bài: X - Ảnh: Y" and "Tin: X" / "Ảnh: Y" lines split; "Nguồn: Báo Tuyên Quang" is the source,
not an author. A caption ending "(Ảnh: Y)" is kept as printed and names Y as photographer; a line
under a photo that is only the camera's file name is no caption. The exam timetable's rows are
body paragraphs with cells joined by " | " (header row included); list items are paragraphs.
The "Tệp đính kèm" field, tags, ratings, "Các tin khác" are not body; a sentence of the text
that links the PDF is. The category is the page the article is shown on (breadcrumb, portlet
title), not the home page that linked it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from urllib.parse import quote, quote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "liferay62_sgddt"
PLATFORM = "liferay62"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang"
SHORT = "Sở GD&ĐT Tuyên Quang"
GROUP = 10181
PLID_HOME = 10184
WEB = "/web/guest"
THEME = "/sgddt-theme"
TODAY_DATE = date(2026, 11, 25)
TAG_P = "p_r_p_564233524_tag"
_LOCAL = timezone(timedelta(hours=7))


@dataclass(frozen=True)
class Cat:
    key: str
    name: str
    page: str  # the layout's friendly URL (without /web/guest)
    inst: str  # asset publisher instance id
    delta: int
    style: str  # listing display style: abstracts | titles

    @property
    def path(self) -> str:
        return f"{WEB}/{self.page}"

    @property
    def pid(self) -> str:
        return f"101_INSTANCE_{self.inst}"

    @property
    def ns(self) -> str:
        return f"_101_INSTANCE_{self.inst}_"


CATS: dict[str, Cat] = {
    "tt": Cat("tt", "Tin tức - Sự kiện", "tin-tuc", "Ab3xK9", 4, "abstracts"),
    "cd": Cat("cd", "Chỉ đạo điều hành", "chi-dao-dieu-hanh", "Hn5pQ2", 5, "titles"),
    "kt": Cat("kt", "Khảo thí và KĐCLGD", "khao-thi-kdclgd", "Tz7vM4", 5, "titles"),
}
DELTAS = (5, 10, 20, 30, 50, 75)


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def _stamp(when: datetime) -> int:
    return int(when.replace(tzinfo=_LOCAL).timestamp() * 1000)


def doc_img(folder: int, name: str, when: datetime) -> str:
    """A picture in Documents and Media as the CKEditor file browser inserts it."""
    return f"/documents/{GROUP}/{folder}/{name}/{_uuid(name)}?t={_stamp(when)}"


def legacy_img(img_id: int, when: datetime) -> str:
    """A picture uploaded into the web content itself (the pre-6.1 way, still served)."""
    return f"/image/journal/article?img_id={img_id}&t={_stamp(when)}"


# Story.opts: when (display date, local), dl (date line: date | time | none), tags, nfd, entities,
# attach (label, file name, size in kB). Img styles: em (image paragraph, then a centred italic
# line), bare (image only), plain (image, then a centred line without italics).
# P styles: "" (justified paragraph), li (list item), th/tr (table rows), "a|href|phrase".
_W = {
    61251: datetime(2026, 11, 23, 16, 10),
    61245: datetime(2026, 11, 20, 10, 45),
    61239: datetime(2026, 11, 19, 8, 0),
    61230: datetime(2026, 11, 18, 15, 20),
    61222: datetime(2026, 11, 16, 9, 30),
    61218: datetime(2026, 11, 14, 17, 5),
    61204: datetime(2026, 11, 11, 14, 30),
    61196: datetime(2026, 11, 9, 10, 0),
    61187: datetime(2026, 11, 6, 8, 40),
    61178: datetime(2026, 11, 4, 15, 0),
    61172: datetime(2026, 11, 2, 11, 15),
    61160: datetime(2026, 10, 27, 9, 50),
    61149: datetime(2026, 10, 21, 16, 0),
    61133: datetime(2026, 10, 15, 10, 20),
}

RIGHT = '<p style="text-align: right;"><strong>{}</strong></p>'

STORIES: list[Story] = [
    Story(
        id=61251,
        slug="",
        title="Sở GD&ĐT chỉ đạo triển khai các biện pháp phòng, chống rét cho học sinh",
        cat="cd",
        published_at="2026-11-23T16:10:00+07:00",
        summary=(
            "Trước diễn biến của đợt không khí lạnh tăng cường, Sở Giáo dục và Đào tạo vừa ban"
            " hành Công văn số 2345/SGDĐT-GDTrH yêu cầu các cơ sở giáo dục chủ động triển khai"
            " các biện pháp phòng, chống rét, bảo đảm an toàn sức khỏe cho học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo đó, các nhà trường theo dõi chặt chẽ bản tin dự báo thời tiết để điều chỉnh"
                " thời gian biểu phù hợp. Khi nhiệt độ ngoài trời dưới 10 độ C, học sinh mầm non và"
                " tiểu học được nghỉ học; khi nhiệt độ dưới 7 độ C, học sinh trung học cơ sở được"
                " nghỉ học. Thủ trưởng đơn vị quyết định cho học sinh nghỉ và báo cáo về Sở."
            ),
            P(
                "Các trường phổ thông dân tộc nội trú, bán trú bảo đảm đủ chăn, đệm, áo ấm và nước"
                " nóng cho học sinh ở lại trường; không để học sinh đi chân đất, mặc áo mỏng đến lớp;"
                " tăng cường kiểm tra an toàn điện, phòng cháy khi sử dụng thiết bị sưởi."
            ),
            Img(
                doc_img(53012, "chong-ret-hoc-sinh-ban-tru.jpg", _W[61251]),
                "Bữa cơm nóng của học sinh bán trú Trường PTDTBT THCS Hồng Quang",
                "Bữa cơm nóng của học sinh bán trú Trường PTDTBT THCS Hồng Quang",
                "em",
            ),
            P(
                "Các đơn vị xem toàn văn Công văn số 2345/SGDĐT-GDTrH tại đây và báo cáo kết quả"
                " thực hiện về Sở trước ngày 15/12/2026.",
                "a|/documents/10181/53012/2345-SGDDT-GDTrH.pdf/"
                + _uuid("2345-SGDDT-GDTrH.pdf")
                + "|tại đây",
            ),
        ],
        opts={
            "dl": "time",
            "tags": ["phòng chống rét"],
            "attach": ("Công văn 2345/SGDĐT-GDTrH", "2345-SGDDT-GDTrH.pdf", 214),
        },
    ),
    Story(
        id=61245,
        slug="",
        title="Ngành Giáo dục Tuyên Quang kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="tt",
        published_at="2026-11-20T10:45:00+07:00",
        summary=(
            "Sáng 19/11, Sở Giáo dục và Đào tạo tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
            " (20/11/1982 - 20/11/2026) và tôn vinh nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh, lãnh đạo các sở, ngành cùng hơn 300"
                " đại biểu là cán bộ quản lý, nhà giáo tiêu biểu của các trường học trên địa bàn"
                " tỉnh."
            ),
            P(
                "Năm học 2025 - 2026, toàn ngành có 1.236 giáo viên đạt danh hiệu giáo viên dạy giỏi"
                " các cấp; tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 99,12%, cao hơn bình"
                " quân cả nước. Tỉnh có 42 học sinh đạt giải trong Kỳ thi chọn học sinh giỏi quốc gia,"
                " nhiều nhất từ trước đến nay."
            ),
            Img(
                doc_img(52301, "le-ky-niem-20-11-2026-1.jpg", _W[61245]),
                "Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "em",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp của"
                " đội ngũ nhà giáo, đặc biệt là các thầy cô giáo đang công tác tại các xã vùng cao,"
                " điểm trường lẻ; đề nghị ngành tiếp tục đổi mới quản trị nhà trường, nâng cao chất"
                " lượng giáo dục toàn diện."
            ),
            Img(
                doc_img(52301, "le-ky-niem-20-11-2026-2.jpg", _W[61245]),
                "Tiết mục văn nghệ chào mừng của học sinh Trường THPT Chuyên Tuyên Quang",
                "Tiết mục văn nghệ chào mừng của học sinh Trường THPT Chuyên Tuyên Quang",
                "em",
            ),
            P(
                "Dịp này, 25 nhà giáo được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất"
                " sắc trong sự nghiệp giáo dục."
            ),
            Raw(RIGHT.format("Tin, ảnh: Hoàng Thu Trang")),
        ],
        authors=["Hoàng Thu Trang"],
        photographers=["Hoàng Thu Trang"],
        opts={"dl": "time", "tags": ["nhà giáo", "ngày nhà giáo việt nam"]},
    ),
    Story(
        id=61239,
        slug="",
        title="Lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="kt",
        published_at="2026-11-19",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch thi Kỳ thi chọn học sinh giỏi cấp tỉnh lớp"
                " 12 trung học phổ thông năm học 2026 - 2027 như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Thời gian", "th"),
            P("08/12/2026 | Chiều | Họp Hội đồng thi, phổ biến quy chế | 14 giờ 00", "tr"),
            P("09/12/2026 | Sáng | Thi các môn Toán, Ngữ văn, Tiếng Anh | 180 phút", "tr"),
            P("09/12/2026 | Chiều | Thi môn Tin học (thực hành) | 180 phút", "tr"),
            P(
                "10/12/2026 | Sáng | Thi các môn Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí | 180 phút",
                "tr",
            ),
            P(
                "Địa điểm thi: Trường THPT Chuyên Tuyên Quang. Thí sinh có mặt tại phòng thi trước"
                " giờ thi 30 phút, mang theo thẻ căn cước hoặc thẻ học sinh có dán ảnh."
            ),
            P(
                "Các đơn vị có thí sinh dự thi thông báo đầy đủ lịch thi đến học sinh, cử giáo viên"
                " đưa đón và quản lý học sinh trong thời gian dự thi."
            ),
        ],
        opts={"dl": "date", "tags": ["học sinh giỏi", "lịch thi"]},
    ),
    Story(
        id=61230,
        slug="",
        title="Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026 - 2027",
        cat="tt",
        published_at="2026-11-18",
        blocks=[
            P(
                "Từ ngày 12 đến 17/11/2026, Sở Giáo dục và Đào tạo tổ chức Hội thi giáo viên dạy giỏi"
                " cấp tỉnh cấp trung học cơ sở với sự tham gia của 186 giáo viên đến từ các trường"
                " THCS, PTDTBT THCS và TH&THCS trong toàn tỉnh."
            ),
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện"
                " hai tiết dạy thực hành theo Chương trình giáo dục phổ thông 2018. Nhiều tiết dạy"
                " vận dụng hiệu quả công nghệ thông tin, tổ chức cho học sinh học tập theo nhóm, trải"
                " nghiệm thực tế tại địa phương."
            ),
            Img(doc_img(52301, "gvdg-thcs-2026-1.jpg", _W[61230]), None, None, "bare"),
            Img(
                doc_img(52301, "gvdg-thcs-2026-2.jpg", _W[61230]),
                "Một tiết dạy môn Khoa học tự nhiên tại Hội thi",
                "Một tiết dạy môn Khoa học tự nhiên tại Hội thi",
                "em",
            ),
            P(
                "Kết quả, 121 giáo viên được công nhận giáo viên dạy giỏi cấp tỉnh. Ban Tổ chức đánh"
                " giá chất lượng hội thi năm nay cao hơn năm trước, nhất là ở các môn học mới như"
                " Lịch sử và Địa lí, Hoạt động trải nghiệm, hướng nghiệp."
            ),
            Raw(RIGHT.format("Phòng Giáo dục Trung học")),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={"dl": "date", "tags": ["giáo viên dạy giỏi"]},
    ),
    Story(
        id=61222,
        slug="",
        title="Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027",
        cat="cd",
        published_at="2026-11-16",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo hướng dẫn các trường trung học tổ chức kiểm tra, đánh giá"
                " cuối học kỳ I năm học 2026 - 2027 với một số nội dung chính sau:"
            ),
            P(
                "Thời gian kiểm tra: từ ngày 21/12/2026 đến ngày 03/01/2027; hoàn thành nhập điểm"
                " trên cơ sở dữ liệu ngành trước ngày 10/01/2027.",
                "li",
            ),
            P(
                "Đề kiểm tra bảo đảm theo ma trận, bản đặc tả; kết hợp câu hỏi trắc nghiệm và tự"
                " luận; tăng cường câu hỏi vận dụng kiến thức vào thực tiễn.",
                "li",
            ),
            P(
                "Các môn đánh giá bằng nhận xét thực hiện theo quy định tại Thông tư số"
                " 22/2021/TT-BGDĐT.",
                "li",
            ),
            P(
                "Thủ trưởng các đơn vị chịu trách nhiệm tổ chức kiểm tra nghiêm túc, khách quan, đánh"
                " giá đúng thực chất kết quả học tập của học sinh."
            ),
            Raw(RIGHT.format("Phòng Giáo dục Trung học")),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={"dl": "date", "tags": ["kiểm tra đánh giá"]},
    ),
    Story(
        id=61218,
        slug="",
        title="Trường PTDTNT THPT tỉnh tổ chức Ngày hội văn hóa các dân tộc",
        cat="tt",
        published_at="2026-11-14",
        blocks=[
            P(
                "Chiều 13/11, Trường Phổ thông dân tộc nội trú THPT tỉnh tổ chức Ngày hội văn hóa các"
                " dân tộc năm 2026 với chủ đề “Sắc màu bản em”. Gần 600 học sinh thuộc 14 dân tộc"
                " của nhà trường tham gia các hoạt động của ngày hội."
            ),
            Img(
                doc_img(52388, "ngay-hoi-van-hoa-dtnt-1.jpg", _W[61218]),
                "Học sinh dân tộc Dao trình diễn trang phục truyền thống (Ảnh: Ma Thị Hằng)",
                "Học sinh dân tộc Dao trình diễn trang phục truyền thống (Ảnh: Ma Thị Hằng)",
                "em",
            ),
            P(
                "Các lớp dựng nhà sàn, bày mâm cỗ truyền thống, giới thiệu nhạc cụ dân tộc và tổ chức"
                " các trò chơi dân gian như ném còn, kéo co, đẩy gậy. Nhiều tiết mục hát then, múa"
                " khèn do học sinh tự biên đạo được khách mời đánh giá cao."
            ),
            P(
                "Ngày hội giúp học sinh thêm hiểu, thêm yêu bản sắc văn hóa của dân tộc mình và các"
                " dân tộc anh em, góp phần giáo dục kỹ năng sống, tinh thần đoàn kết trong nhà trường."
            ),
            Img(
                doc_img(52388, "ngay-hoi-van-hoa-dtnt-2.jpg", _W[61218]),
                "Trò chơi ném còn thu hút đông đảo học sinh tham gia",
                "Trò chơi ném còn thu hút đông đảo học sinh tham gia",
                "em",
            ),
            Raw('<p style="text-align: right;"><strong>Nguyễn Minh Tuấn</strong></p>'),
        ],
        authors=["Nguyễn Minh Tuấn"],
        photographers=["Ma Thị Hằng"],
        opts={"dl": "date", "tags": ["dân tộc nội trú"]},
    ),
    Story(
        id=61204,
        slug="",
        title="Tập huấn chuyển đổi số trong quản lý trường học",
        cat="tt",
        published_at="2026-11-11T14:30:00+07:00",
        blocks=[
            P(
                "Ngày 10 và 11/11, Sở Giáo dục và Đào tạo tổ chức tập huấn chuyển đổi số trong quản"
                " lý trường học cho hơn 450 cán bộ quản lý, nhân viên văn thư các trường học."
            ),
            P(
                "Học viên được hướng dẫn sử dụng học bạ số, hồ sơ điện tử của giáo viên, ký số văn"
                " bản trên hệ thống quản lý văn bản và điều hành, khai thác cơ sở dữ liệu ngành để"
                " phục vụ công tác báo cáo, thống kê."
            ),
            Img(
                doc_img(52301, "tap-huan-chuyen-doi-so.jpg", _W[61204]),
                "Quang cảnh lớp tập huấn tại Hội trường Sở GD&ĐT",
                "Quang cảnh lớp tập huấn tại Hội trường Sở GD&ĐT",
                "em",
            ),
            P(
                "Đến hết năm 2026, toàn tỉnh phấn đấu 100% trường tiểu học và trung học cơ sở triển"
                " khai học bạ số; 100% giáo viên có chữ ký số phục vụ công việc."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Tuyên Quang</em></p>'),
        ],
        source="Báo Tuyên Quang",
        opts={"dl": "time", "tags": ["chuyển đổi số"]},
    ),
    Story(
        id=61196,
        slug="",
        title="Giám đốc Sở kiểm tra công tác bán trú tại các xã vùng cao",
        cat="cd",
        published_at="2026-11-09",
        blocks=[
            P(
                "Từ ngày 05 đến 07/11, đồng chí Giám đốc Sở Giáo dục và Đào tạo dẫn đầu đoàn công tác"
                " kiểm tra việc tổ chức ăn, ở bán trú cho học sinh tại các xã Lâm Bình, Thượng Lâm,"
                " Hồng Quang và Côn Lôn."
            ),
            Img(
                doc_img(53012, "kiem-tra-ban-tru-thuong-lam.jpg", _W[61196]),
                "Đoàn công tác kiểm tra bếp ăn bán trú Trường PTDTBT TH Thượng Lâm",
                "Đoàn công tác kiểm tra bếp ăn bán trú Trường PTDTBT TH Thượng Lâm",
                "em",
            ),
            P(
                "Qua kiểm tra, các nhà trường đã bố trí chỗ ở cơ bản bảo đảm cho học sinh; bữa ăn"
                " được nâng cao chất lượng nhờ nguồn hỗ trợ của Nhà nước và các nhà hảo tâm. Tuy"
                " nhiên, một số điểm trường còn thiếu phòng ở, nhà vệ sinh chưa bảo đảm."
            ),
            P(
                "Đồng chí Giám đốc Sở yêu cầu các trường rà soát, đề xuất danh mục đầu tư cơ sở vật"
                " chất bán trú năm 2027; tiếp tục thực hiện nghiêm hướng dẫn về an toàn thực phẩm.",
            ),
            P(
                "Năm học 2025 - 2026, mô hình bếp ăn bán trú kiểu mẫu đã được nhân rộng tại nhiều"
                " trường vùng cao.",
                f"a|{WEB}/tin-tuc/-/asset_publisher/Ab3xK9/content/mo-hinh-bep-an-ban-tru-kieu-mau|mô hình bếp ăn bán trú kiểu mẫu",
            ),
            Raw(RIGHT.format("Văn phòng Sở")),
        ],
        authors=["Văn phòng Sở"],
        opts={"dl": "none", "tags": ["bán trú"]},
    ),
    Story(
        id=61187,
        slug="",
        title="Khánh thành điểm trường mầm non Bản Khiển, xã Lâm Bình",
        cat="tt",
        published_at="2026-11-06",
        blocks=[
            P(
                "Ngày 05/11, xã Lâm Bình tổ chức lễ khánh thành điểm trường Bản Khiển thuộc Trường"
                " Mầm non Lăng Can. Công trình gồm 2 phòng học, 1 phòng bếp và các công trình phụ trợ,"
                " tổng kinh phí gần 2,5 tỷ đồng do Quỹ Vì trẻ em vùng cao tài trợ."
            ),
            Img(
                doc_img(52388, "diem-truong-ban-khien.jpg", _W[61187]),
                "Điểm trường mầm non Bản Khiển sau khi hoàn thành",
                "Điểm trường mầm non Bản Khiển sau khi hoàn thành",
                "em",
            ),
            P(
                "Trước đây, 38 trẻ của thôn phải học nhờ tại nhà văn hóa, thiếu ánh sáng và đồ dùng."
                " Điểm trường mới giúp các cháu có môi trường học tập, vui chơi an toàn, góp phần"
                " nâng cao tỷ lệ huy động trẻ đến trường ở thôn vùng cao."
            ),
            Raw('<p style="text-align: right;"><strong>Lý Văn Khánh</strong></p>'),
        ],
        authors=["Lý Văn Khánh"],
        opts={"dl": "date", "tags": ["mầm non"], "nfd": True},
    ),
    Story(
        id=61178,
        slug="",
        title="Đánh giá ngoài 6 trường học đề nghị công nhận đạt kiểm định chất lượng giáo dục",
        cat="kt",
        published_at="2026-11-04",
        blocks=[
            P(
                "Từ ngày 26/10 đến 03/11/2026, các đoàn đánh giá ngoài của Sở Giáo dục và Đào tạo đã"
                " khảo sát chính thức tại 6 trường học đề nghị công nhận đạt kiểm định chất lượng"
                " giáo dục và trường đạt chuẩn quốc gia."
            ),
            P(
                "Đoàn nghiên cứu hồ sơ tự đánh giá, phỏng vấn cán bộ quản lý, giáo viên, học sinh và"
                " cha mẹ học sinh, dự giờ và kiểm tra cơ sở vật chất. Các trường đều có báo cáo tự"
                " đánh giá đúng quy trình, minh chứng đầy đủ."
            ),
            Img(
                legacy_img(61180, _W[61178]),
                "Đoàn đánh giá ngoài làm việc tại Trường THCS Tân Trào",
                "Đoàn đánh giá ngoài làm việc tại Trường THCS Tân Trào",
                "plain",
            ),
            P(
                "Kết quả, 5 trường được đề nghị công nhận đạt kiểm định chất lượng giáo dục mức độ 2"
                " và chuẩn quốc gia mức độ 1; 1 trường cần tiếp tục khắc phục tồn tại về cơ sở vật"
                " chất trước khi xem xét công nhận."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng Khảo thí và KĐCLGD</strong></p>'),
        ],
        authors=["Phòng Khảo thí và KĐCLGD"],
        opts={"dl": "date", "tags": ["kiểm định chất lượng"]},
    ),
    Story(
        id=61172,
        slug="",
        title="Khai mạc Hội khỏe Phù Đổng tỉnh Tuyên Quang lần thứ XI",
        cat="tt",
        published_at="2026-11-02",
        blocks=[
            P(
                "Tối 01/11, tại Nhà thi đấu tỉnh, Ban Tổ chức đã khai mạc Hội khỏe Phù Đổng tỉnh"
                " Tuyên Quang lần thứ XI năm 2026. Hơn 1.500 vận động viên là học sinh các trường"
                " phổ thông tranh tài ở 12 môn thi đấu."
            ),
            Img(
                doc_img(52388, "z6021457781234_5f2c9e1ab7d04c3e.jpg", _W[61172]),
                "z6021457781234_5f2c9e1ab7d04c3e",
                None,
                "em",
            ),
            P(
                "Các môn thi đấu gồm: điền kinh, bơi, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ"
                " vua, đá cầu, võ cổ truyền, kéo co, đẩy gậy và bắn nỏ. Hội khỏe diễn ra đến hết ngày"
                " 08/11/2026."
            ),
            P(
                "Qua Hội khỏe, Ban Tổ chức sẽ tuyển chọn các vận động viên xuất sắc tham dự Hội khỏe"
                " Phù Đổng toàn quốc lần thứ XI năm 2027."
            ),
            Raw(RIGHT.format("Bài: Trần Minh Đức - Ảnh: Nông Văn Lực")),
        ],
        authors=["Trần Minh Đức"],
        photographers=["Nông Văn Lực"],
        opts={"dl": "date", "tags": ["hội khỏe phù đổng"]},
    ),
    Story(
        id=61160,
        slug="",
        title="Tuổi trẻ ngành Giáo dục hưởng ứng “Ngày Chủ nhật xanh”",
        cat="tt",
        published_at="2026-10-27",
        blocks=[
            P(
                "Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Tỉnh đoàn phát động, sáng 25/10, Đoàn"
                " Thanh niên Sở Giáo dục và Đào tạo phối hợp với Đoàn Trường THPT Sơn Dương ra quân"
                " vệ sinh môi trường, trồng cây xanh tại khuôn viên nhà trường."
            ),
            P(
                "Hơn 200 đoàn viên, thanh niên đã thu gom rác thải, phát quang bụi rậm, khơi thông"
                " cống rãnh và trồng mới 150 cây bóng mát. Các em còn thành lập “Tổ thu gom phế liệu”"
                " để gây quỹ hỗ trợ học sinh có hoàn cảnh khó khăn."
            ),
            P(
                "Hoạt động góp phần nâng cao ý thức bảo vệ môi trường của đoàn viên, học sinh, xây"
                " dựng trường học xanh - sạch - đẹp - an toàn."
            ),
        ],
        opts={"dl": "date", "tags": ["đoàn thanh niên"], "entities": 2},
    ),
    Story(
        id=61149,
        slug="",
        title="Trường Tiểu học Phan Thiết đón nhận Bằng công nhận trường chuẩn quốc gia mức độ 2",
        cat="tt",
        published_at="2026-10-21",
        blocks=[
            P(
                "Chiều 20/10, Trường Tiểu học Phan Thiết (phường Minh Xuân) long trọng tổ chức lễ đón"
                " nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo"
                " dục cấp độ 3."
            ),
            Img(
                legacy_img(61151, _W[61149]),
                "Lãnh đạo Sở GD&ĐT trao Bằng công nhận cho nhà trường",
                "Lãnh đạo Sở GD&ĐT trao Bằng công nhận cho nhà trường",
                "em",
            ),
            P(
                "Những năm qua, nhà trường luôn là đơn vị dẫn đầu khối tiểu học của tỉnh về chất lượng"
                " giáo dục toàn diện. Năm học 2025 - 2026, trường có 96 học sinh đạt giải trong các"
                " cuộc thi cấp tỉnh, 14 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Phạm Thị Lan</strong></p>'),
            Raw('<p style="text-align: right;"><strong>Ảnh: Đặng Quốc Huy</strong></p>'),
        ],
        authors=["Phạm Thị Lan"],
        photographers=["Đặng Quốc Huy"],
        opts={"dl": "date", "tags": ["trường chuẩn quốc gia"]},
    ),
    Story(
        id=61133,
        slug="",
        title="Sở GD&ĐT làm việc với Tổ chức Plan International về dự án hỗ trợ giáo dục",
        cat="tt",
        published_at="2026-10-15",
        summary=(
            "Ngày 14/10, lãnh đạo Sở Giáo dục và Đào tạo có buổi làm việc với Tổ chức Plan"
            " International tại Việt Nam về kết quả dự án “Trường học an toàn, thân thiện” giai"
            " đoạn 2024 - 2026 và kế hoạch hợp tác giai đoạn tiếp theo."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sau 3 năm triển khai tại 24 trường tiểu học và trung học cơ sở vùng khó khăn, dự án"
                " đã hỗ trợ xây dựng 36 thư viện thân thiện, tập huấn kỹ năng phòng chống xâm hại cho"
                " hơn 1.200 giáo viên và 15.000 học sinh."
            ),
            Img(
                doc_img(52301, "lam-viec-plan-international.jpg", _W[61133]),
                "Quang cảnh buổi làm việc",
                "Quang cảnh buổi làm việc",
                "em",
            ),
            P(
                "Hai bên thống nhất mở rộng dự án thêm 12 trường giai đoạn 2027 - 2029, tập trung vào"
                " giáo dục kỹ năng số an toàn và hỗ trợ học sinh khuyết tật học hòa nhập."
            ),
            Raw(RIGHT.format("Văn phòng Sở")),
        ],
        authors=["Văn phòng Sở"],
        opts={"dl": "date", "tags": ["hợp tác quốc tế"]},
    ),
]


def url_title(title: str) -> str:
    """Liferay 6.2's urlTitle: accents stripped to ASCII, so "đ" (no decomposition) is dropped
    ("Sở GD&ĐT chỉ đạo" -> "so-gd-t-chi-ao")."""
    ascii_only = "".join(ch for ch in unicodedata.normalize("NFD", title) if ord(ch) < 128)
    return re.sub(r"[^a-z0-9]+", "-", ascii_only.lower()).strip("-")


for _s in STORIES:
    _s.opts["when"] = _W[_s.id]
    _s.slug = url_title(_s.title)

_BY_SLUG = {s.slug: s for s in STORIES}
_LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
FEATURED = _LATEST[:5]
SOFT_404_SLUG = "mo-hinh-bep-an-ban-tru-kieu-mau"


def in_cat(key: str) -> list[Story]:
    return [s for s in _LATEST if s.cat == key]


def cat_of(s: Story) -> Cat:
    return CATS[s.cat]


def article_path(s: Story) -> str:
    c = cat_of(s)
    return f"{c.path}/-/asset_publisher/{c.inst}/content/{s.slug}"


def render_path(s: Story, redirect_to: str) -> str:
    """The non-friendly render URL of the same article (``&`` not escaped)."""
    c = cat_of(s)
    return (
        f"{c.path}?p_p_id={c.pid}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&{c.ns}struts_action=%2Fasset_publisher%2Fview_content&{c.ns}urlTitle={s.slug}"
        f"&{c.ns}type=content&redirect={quote(redirect_to, safe='')}"
    )


def others(s: Story) -> list[Story]:
    """'Các tin khác': up to five older articles of the same category."""
    same = in_cat(s.cat)
    return same[same.index(s) + 1 :][:5]


#: the layouts (pages) of the site: friendly name -> page name
LAYOUTS: dict[str, str] = {
    "trang-chu": "Trang chủ",
    "gioi-thieu": "Giới thiệu",
    "tin-tuc": "Tin tức - Sự kiện",
    "chi-dao-dieu-hanh": "Chỉ đạo điều hành",
    "van-ban-chi-dao": "Văn bản chỉ đạo",
    "khao-thi-kdclgd": "Khảo thí và KĐCLGD",
    "thu-vien-anh": "Thư viện ảnh",
    "lich-cong-tac": "Lịch công tác",
    "lien-he": "Liên hệ",
}


def alt_paths(s: Story) -> list[str]:
    """Every render URL of ``s`` the site links: the home page's and the sidebar's "Tin mới
    nhất" (redirect = the page they are on) for the five newest, and the "Các tin khác" list of
    each newer article of the category (redirect = that article)."""
    out: list[str] = []
    if s in FEATURED:
        out += [render_path(s, f"{WEB}/{layout}") for layout in LAYOUTS]
    out += [render_path(s, article_path(y)) for y in STORIES if s in others(y)]
    return out


# --- documents, albums, calendar ------------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    fid: int
    number: str
    issued: date
    abstract: str
    signer: str

    @property
    def name(self) -> str:
        return re.sub(r"[^0-9A-Za-z]+", "-", self.number.replace("Đ", "D")).strip("-") + ".pdf"

    @property
    def download(self) -> str:
        return f"/documents/{GROUP}/53012/{self.name}/{_uuid(self.name)}"

    @property
    def view(self) -> str:
        return (
            f"{WEB}/van-ban-chi-dao/-/document_library_display/Rk2jS5/view_file/{self.fid}"
            f"?_110_INSTANCE_Rk2jS5_redirect={quote(WEB + '/van-ban-chi-dao', safe='')}"
        )


DOCS: list[Doc] = [
    Doc(53140, "2345/SGDĐT-GDTrH", date(2026, 11, 23), "V/v triển khai các biện pháp phòng, chống rét cho học sinh", "Nguyễn Văn Sơn"),
    Doc(53128, "1187/QĐ-SGDĐT", date(2026, 11, 17), "Quyết định thành lập Hội đồng thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027", "Nguyễn Văn Sơn"),
    Doc(53117, "2298/SGDĐT-GDTrH", date(2026, 11, 12), "V/v hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027", "Hà Thị Minh Thu"),
    Doc(53102, "412/KH-SGDĐT", date(2026, 11, 3), "Kế hoạch tổ chức Hội khỏe Phù Đổng tỉnh Tuyên Quang lần thứ XI năm 2026", "Hà Thị Minh Thu"),
    Doc(53095, "2210/SGDĐT-VP", date(2026, 10, 28), "V/v báo cáo thống kê đầu năm học 2026 - 2027", "Nguyễn Văn Sơn"),
    Doc(53081, "398/KH-SGDĐT", date(2026, 10, 19), "Kế hoạch đánh giá ngoài cơ sở giáo dục năm 2026", "Hà Thị Minh Thu"),
]  # fmt: skip
_DOC_BY_ID = {d.fid: d for d in DOCS}
_DOC_FILES = {d.download for d in DOCS} | {
    f"/documents/{GROUP}/53012/2345-SGDDT-GDTrH.pdf/{_uuid('2345-SGDDT-GDTrH.pdf')}"
}

#: Media Gallery folders: id -> (name, description, [(file, title)])
ALBUMS: dict[int, tuple[str, str, list[tuple[str, str]]]] = {
    52410: ("Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", "Một số hình ảnh tại Lễ kỷ niệm", [
        ("album-20-11-01.jpg", "Các đại biểu dự Lễ kỷ niệm"),
        ("album-20-11-02.jpg", "Tôn vinh nhà giáo tiêu biểu"),
        ("album-20-11-03.jpg", "Văn nghệ chào mừng"),
        ("album-20-11-04.jpg", "Chụp ảnh lưu niệm"),
    ]),
    52433: ("Hội khỏe Phù Đổng tỉnh lần thứ XI", "Hình ảnh các môn thi đấu", [
        ("album-hkpd-01.jpg", "Lễ khai mạc"),
        ("album-hkpd-02.jpg", "Môn bắn nỏ"),
        ("album-hkpd-03.jpg", "Môn đẩy gậy"),
    ]),
}  # fmt: skip

CAL_ID = "lichcongtac_WAR_sgddtportlet"
CAL_NS = f"_{CAL_ID}_"
#: work calendar entries: (day, time, what)
CAL_EVENTS: dict[tuple[int, int], list[tuple[int, str, str]]] = {
    (2026, 11): [
        (19, "08:00", "Giám đốc Sở dự Lễ kỷ niệm Ngày Nhà giáo Việt Nam tại Hội trường tỉnh"),
        (26, "14:00", "Phó Giám đốc Sở họp giao ban công tác thi đua khối văn hóa - xã hội"),
        (28, "08:00", "Lãnh đạo Sở kiểm tra công tác bán trú tại xã Côn Lôn"),
    ],
    (2026, 12): [
        (8, "14:00", "Họp Hội đồng thi chọn học sinh giỏi cấp tỉnh lớp 12"),
        (15, "08:00", "Giám đốc Sở tiếp công dân định kỳ"),
    ],
}


def cal_path(year: int, month: int) -> str:
    return (
        f"{WEB}/lich-cong-tac?p_p_id={CAL_ID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&{CAL_NS}thang={month}&{CAL_NS}nam={year}"
    )


def list_path(c: Cat, cur: int, delta: int | None = None, tag: str | None = None) -> str:
    """The page iterator's URL of listing page ``cur`` (1-based)."""
    ns = c.ns
    t = f"&{TAG_P}={quote_plus(tag)}" if tag else ""
    return (
        f"{c.path}?p_p_id={c.pid}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&p_p_col_id=column-1&p_p_col_pos=1&p_p_col_count=2{t}&{ns}delta={delta or c.delta}"
        f"&{ns}keywords=&{ns}advancedSearch=false&{ns}andOperator=true"
        f"&p_r_p_564233524_resetCur=false&{ns}cur={cur}"
    )


def tag_path(c: Cat, tag: str) -> str:
    return f"{c.path}?{TAG_P}={quote_plus(tag)}"


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


LOGIN_PATH = (
    f"{WEB}/trang-chu?p_p_id=58&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
    "&saveLastPath=false&_58_struts_action=%2Flogin%2Flogin"
)
SOFT_404 = f"{WEB}/tin-tuc/-/asset_publisher/Ab3xK9/content/{SOFT_404_SLUG}"

# --- the gold --------------------------------------------------------------------------------

GOLD: list[dict] = [
    gold_record(s, article_path(s), cat_of(s).name, alt_paths=alt_paths(s)) for s in _LATEST
]

NON_ARTICLES: list[str] = [
    "/",
    f"{WEB}/trang-chu",
    f"{WEB}/gioi-thieu",
    f"{WEB}/lien-he",
    *(c.path for c in CATS.values()),
    *(
        list_path(c, n)
        for c in CATS.values()
        for n in range(1, _pages(len(in_cat(c.key)), c.delta) + 1)
        if _pages(len(in_cat(c.key)), c.delta) > 1
    ),
    *sorted({tag_path(cat_of(s), t) for s in STORIES for t in s.opts["tags"]}),
    f"{WEB}/van-ban-chi-dao",
    *(d.view for d in DOCS),
    f"{WEB}/thu-vien-anh",
    *(
        f"{WEB}/thu-vien-anh?p_p_id=31&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&_31_struts_action=%2Fimage_gallery_display%2Fview&_31_folderId={fid}"
        for fid in ALBUMS
    ),
    f"{WEB}/lich-cong-tac",
    LOGIN_PATH,
    SOFT_404,
]


# --- rendering -------------------------------------------------------------------------------


def _t(value: str, s: Story | None = None) -> str:
    if s is None:
        return text(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _ampm(w: datetime) -> str:
    h = w.hour % 12 or 12
    return f"{h:02d}:{w:%M} {'SA' if w.hour < 12 else 'CH'}"


def portlet(pid: str, title: str | None, body: str, cls: str = "") -> str:
    """A portlet as Liferay 6.2 wraps it: decorated (with a title) or borderless."""
    root = pid.split("_INSTANCE_")[0]
    if title is None:
        return (
            f'<div class="portlet-boundary portlet-boundary_{root}_ portlet-static portlet-static-end'
            f' portlet-borderless {cls}" id="p_p_id_{pid}_">\n<span id="p_{pid}"></span>\n'
            f'<div class="portlet-borderless-container" style="">\n<div class="portlet-body">\n'
            f"{body}\n</div>\n</div>\n</div>\n"
        )
    return (
        f'<div class="portlet-boundary portlet-boundary_{root}_ portlet-static portlet-static-end'
        f' {cls}" id="p_p_id_{pid}_">\n<span id="p_{pid}"></span>\n'
        f'<section class="portlet" id="portlet_{pid}">\n<header class="portlet-topper">\n'
        f'<h1 class="portlet-title"><span tabindex="0" class="portlet-title-text">{title}</span></h1>\n'
        f'<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{pid}" type="toolbar"></menu>\n'
        f'</header>\n<div class="portlet-content">\n<div class=" portlet-content-container" style="">\n'
        f'<div class="portlet-body">\n{body}\n</div>\n</div>\n</div>\n</section>\n</div>\n'
    )


def _img_tag(src: str) -> str:
    return f'<img alt="" src="{esc(src)}" style="width: 600px; height: 400px;" />'


def _body_html(s: Story) -> str:
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if rows:
            head = [r for r in rows if r.style == "th"]
            body = [r for r in rows if r.style == "tr"]
            thead = "".join(
                "<tr>"
                + "".join(f'<th scope="col">{_t(c, s)}</th>' for c in r.text.split(" | "))
                + "</tr>"
                for r in head
            )
            tbody = "".join(
                "<tr>" + "".join(f"<td>{_t(c, s)}</td>" for c in r.text.split(" | ")) + "</tr>\n"
                for r in body
            )
            out.append(
                '<table border="1" cellpadding="1" cellspacing="1" style="width: 100%;">'
                f"<thead>{thead}</thead><tbody>\n{tbody}</tbody></table>"
            )
            rows.clear()
        if items:
            out.append("<ul>\n" + "".join(f"\t<li>{_t(i.text, s)}</li>\n" for i in items) + "</ul>")
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows.append(b)
            continue
        if isinstance(b, P) and b.style == "li":
            items.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            if b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                out.append(
                    f'<p style="text-align: justify;">{_t(before, s)}<a href="{href}">'
                    f"{_t(phrase, s)}</a>{_t(after, s)}</p>"
                )
            else:
                out.append(f'<p style="text-align: justify;">{_t(b.text, s)}</p>')
        elif isinstance(b, Img):
            out.append(f'<p style="text-align: center;">{_img_tag(b.src)}</p>')
            if b.printed and b.style == "em":
                out.append(f'<p style="text-align: center;"><em>{_t(b.printed, s)}</em></p>')
            elif b.printed and b.style == "plain":
                out.append(f'<p style="text-align: center;">{_t(b.printed, s)}</p>')
    flush()
    return "\n".join(out)


def _date_line(s: Story) -> str:
    w: datetime = s.opts["when"]
    views = f"Lượt xem: {s.views()}"
    if s.opts["dl"] == "none":
        return f'<div class="thong-tin-bai"><span class="luot-xem">{views}</span></div>'
    shown = f"{_dmy(w)} {_ampm(w)}" if s.opts["dl"] == "time" else _dmy(w)
    return (
        f'<div class="thong-tin-bai"><span class="ngay-dang">Ngày đăng: {shown}</span>'
        f' | <span class="luot-xem">{views}</span></div>'
    )


def _journal(s: Story) -> str:
    """The web content as the structure's Velocity template renders it."""
    parts = [_date_line(s)]
    if s.summary and s.sapo_outside:
        parts.append(f'<div class="tom-tat-tin"><strong>{_t(s.summary, s)}</strong></div>')
    parts.append(f'<div class="noi-dung-tin">\n{_body_html(s)}\n</div>')
    if s.opts.get("attach"):
        label, name, size = s.opts["attach"]
        parts.append(
            '<div class="tep-dinh-kem"><span class="nhan">Tệp đính kèm:</span> '
            f'<a href="/documents/{GROUP}/53012/{name}/{_uuid(name)}" target="_blank">'
            f'<img alt="" src="/html/themes/classic/images/file_system/small/pdf.png" /> {label}'
            f" ({size}k)</a></div>"
        )
    klass = "chi-tiet-tin" if s.opts["dl"] != "none" else "tin-chi-dao"
    return (
        f'<div class="journal-content-article">\n<div class="{klass}">\n'
        + "\n".join(parts)
        + "\n</div>\n</div>"
    )


def _full_content(s: Story, back: str, base: str) -> str:
    c = cat_of(s)
    tags = " ".join(
        f'<a class="tag" href="{esc(tag_path(c, t))}">{esc(t)}</a>' for t in s.opts["tags"]
    )
    share = quote(base + article_path(s), safe="")
    pop = (
        f"{c.path}?p_p_id={c.pid}&p_p_lifecycle=0&p_p_state=pop_up&p_p_mode=view"
        f"&{c.ns}struts_action=%2Fasset_publisher%2Fview_content&{c.ns}urlTitle={s.slug}"
        f"&{c.ns}type=content&{c.ns}viewMode=print"
    )
    return f"""<div class="taglib-header ">
<span class="header-back-to">
<a class="icon-circle-arrow-left previous-level" href="{esc(back)}" id="{c.ns}TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a>
</span>
<h3 class="header-title"><span>{_t(s.title)}</span></h3>
</div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="pull-right"><div class="lfr-meta-actions asset-actions"></div></div>
<div class="asset-content" id="{c.ns}{s.id}">
{_journal(s)}
<div class="asset-tags"><span class="taglib-asset-tags-summary"><span class="nhan-tu-khoa">Từ khóa:</span> {tags}</span></div>
</div>
<div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-vote"><div class="rating-label">Đánh giá trung bình (0 Phiếu bầu)</div></div></div></div>
<div class="taglib-social-bookmarks"><ul class="unstyled">
<li class="taglib-social-bookmark-facebook"><a class="social-bookmark-link" href="http://www.facebook.com/sharer.php?u={share}" target="_blank">Facebook</a></li>
<li class="taglib-social-bookmark-twitter"><a class="social-bookmark-link" href="http://twitter.com/intent/tweet?url={share}" target="_blank">Twitter</a></li>
</ul></div>
<div class="print-action"><span class="lfr-icon-item taglib-icon"><a href="javascript:{c.ns}printPage_0();" title="In trang"><i class="icon-print"></i> <span class="taglib-text">In trang</span></a></span></div>
<script type="text/javascript">function {c.ns}printPage_0() {{ window.open('{pop}', 'title', 'directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640'); }}</script>
</div>"""


def _others_portlet(s: Story) -> str:
    items = others(s)
    if not items:
        body = '<div class="alert alert-info">Không có kết quả nào.</div>'
    else:
        lis = "".join(
            f'<li class="title-list"><a href="{esc(render_path(o, article_path(s)))}">{_t(o.title)}</a>'
            f' <span class="ngay-dang">({_dmy(o.opts["when"])})</span></li>\n'
            for o in items
        )
        body = f'<ul class="title-list tin-khac">\n{lis}</ul>'
    return portlet(
        "101_INSTANCE_Ck2mB8", "Các tin khác", body, "portlet-asset-publisher cac-tin-khac"
    )


def _abstract_row(s: Story) -> str:
    first = next((b.text for b in s.blocks if isinstance(b, P)), "")
    lead = s.summary or first
    if len(lead) > 200:
        lead = lead[:200].rsplit(" ", 1)[0] + "..."
    thumb = next(iter(s.images), None)
    pic = ""
    if thumb is not None:
        src = thumb.src + ("&" if "?" in thumb.src else "?") + "imageThumbnail=2"
        pic = f'<div class="asset-small-image"><img alt="" class="asset-small-image" src="{esc(src)}" width="150" /></div>'
    href = article_path(s)
    w = s.opts["when"]
    return f"""<div class="asset-abstract default-asset-publisher">
<div class="lfr-meta-actions asset-actions"></div>
<h3 class="asset-title"><a href="{href}"><img alt="" src="/sgddt-theme/images/common/history.png" /> {_t(s.title)}</a></h3>
<div class="asset-content">
<div class="asset-summary">{pic}{_t(lead, s)}</div>
<div class="asset-more"><a href="{href}">Đọc thêm <span class="hide-accessible">về {_t(s.title)}</span> »</a></div>
</div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{w:%d/%m/%y}</span><span class="metadata-entry metadata-view-count">{s.views()} Lượt xem</span></div>
</div>"""


def _title_row(s: Story) -> str:
    return (
        f'<li class="title-list "><a href="{article_path(s)}">{_t(s.title)}</a>'
        f' <span class="metadata-entry metadata-publish-date">({_dmy(s.opts["when"])})</span></li>'
    )


def _iterator(c: Cat, cur: int, pages: int, delta: int, total: int, tag: str | None) -> str:
    if total <= min(DELTAS) and delta == c.delta and pages == 1:
        return ""

    def btn(label: str, n: int, enabled: bool, cls: str = "") -> str:
        klass = " ".join(x for x in (cls, "" if enabled else "disabled") if x)
        attr = f' class="{klass}"' if klass else ""
        href = esc(list_path(c, n, delta, tag)) if enabled else "javascript:;"
        return f'<li{attr}><a href="{href}">{label}</a></li>'

    page_items = "".join(
        f'<li role="presentation"><a class="taglib-icon" href="{esc(list_path(c, n, delta, tag))}" role="menuitem">'
        f'<span class="taglib-text-icon">{n}</span></a></li>'
        for n in range(1, pages + 1)
    )
    deltas = sorted({c.delta, *DELTAS})
    delta_items = "".join(
        f'<li role="presentation"><a class="taglib-icon" href="{esc(list_path(c, 1, d, tag))}" role="menuitem">'
        f'<span class="taglib-text-icon">{d}</span></a></li>'
        for d in deltas
        if d != delta
    )
    start = (cur - 1) * delta + 1
    end = min(cur * delta, total)
    return f"""<div class="taglib-page-iterator" id="{c.ns}ocerSearchContainerPageIterator">
<div class="clearfix lfr-pagination">
<div class="lfr-pagination-config">
<div class="lfr-pagination-page-selector"><div class="btn-group lfr-icon-menu current-page-menu">
<a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" title="Trang {cur} của {pages}"><span class="lfr-icon-menu-text">Trang {cur} của {pages}</span> <i class="icon-caret-down"></i></a>
<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{page_items}</ul></div></div>
<div class="lfr-pagination-delta-selector"><div class="btn-group lfr-icon-menu">
<a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" title="{delta} mục trên trang"><span class="lfr-icon-menu-text">{delta} mục trên trang</span> <i class="icon-caret-down"></i></a>
<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{delta_items}</ul></div></div>
</div>
<small class="search-results">Hiển thị {start} - {end} trong {total} kết quả.</small>
<ul class="pager lfr-pagination-buttons">
{btn("&larr; Đầu", 1, cur > 1, "first")}
{btn("Trước", cur - 1, cur > 1)}
{btn("Tiếp", cur + 1, cur < pages)}
{btn("Cuối &rarr;", pages, cur < pages, "last")}
</ul>
</div>
</div>"""


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value not in (None, "") else default
    except ValueError:
        return default


def _listing_portlet(c: Cat, params: dict[str, str]) -> str:
    tag = params.get(TAG_P) or None
    stories = [s for s in in_cat(c.key) if not tag or tag in s.opts["tags"]]
    delta = _int(params.get(c.ns + "delta"), c.delta) if params.get("p_p_id") == c.pid else c.delta
    delta = delta if delta in (c.delta, *DELTAS) else c.delta
    pages = _pages(len(stories), delta)
    cur = _int(params.get(c.ns + "cur"), 1) if params.get("p_p_id") == c.pid else 1
    cur = min(max(cur, 1), pages)
    chunk = stories[(cur - 1) * delta : cur * delta]
    head = ""
    if tag:
        head = (
            f'<div class="alert alert-info taglib-asset-tags-filter">Nội dung được gắn từ khóa'
            f' <strong>{esc(tag)}</strong>. <a href="{c.path}">Xóa bộ lọc</a></div>'
        )
    if not chunk:
        rows = '<div class="alert alert-info">Không có kết quả nào.</div>'
    elif c.style == "abstracts":
        rows = "\n".join(_abstract_row(s) for s in chunk)
    else:
        rows = '<ul class="title-list">' + "".join(_title_row(s) for s in chunk) + "</ul>"
    rss = ""
    if c.key == "tt":
        rss = (
            f'<div class="subscribe-action"><span class="lfr-icon-item taglib-icon"><a href="{c.path}/-/asset_publisher/{c.inst}/rss"'
            ' target="_blank"><i class="icon-rss"></i> <span class="taglib-text">RSS</span></a></span></div>'
        )
    body = head + rows + _iterator(c, cur, pages, delta, len(stories), tag) + rss
    return portlet(c.pid, esc(c.name), body, "portlet-asset-publisher")


# --- chrome ----------------------------------------------------------------------------------


def _nav(current: str) -> str:
    def li(page: str, label: str, children: str = "") -> str:
        sel = ' class="selected"' if page == current else ""
        return (
            f'<li{sel} id="layout_{page}" role="presentation"><a href="{WEB}/{page}" role="menuitem">'
            f"<span>{label}</span></a>{children}</li>"
        )

    cd_children = (
        '<ul class="child-menu" role="menu"><li class="" id="layout_van-ban-chi-dao" role="presentation">'
        f'<a href="{WEB}/van-ban-chi-dao" role="menuitem">Văn bản chỉ đạo</a></li></ul>'
    )
    return (
        '<nav class="sort-pages modify-pages" id="navigation" role="navigation">'
        '<h1 class="hide-accessible">Điều hướng</h1><ul aria-label="Trang web" role="menubar">'
        + li("trang-chu", "Trang chủ")
        + li("gioi-thieu", "Giới thiệu")
        + li("tin-tuc", "Tin tức - Sự kiện")
        + li("chi-dao-dieu-hanh", "Chỉ đạo điều hành", cd_children)
        + li("khao-thi-kdclgd", "Khảo thí và KĐCLGD")
        + li("thu-vien-anh", "Thư viện ảnh")
        + li("lich-cong-tac", "Lịch công tác")
        + '<li id="layout_dvc" role="presentation"><a href="https://dichvucong.tuyenquang.gov.vn" target="_blank"'
        ' role="menuitem"><span>Dịch vụ công</span></a></li>'
        + li("lien-he", "Liên hệ")
        + "</ul></nav>"
    )


def _breadcrumb(trail: list[tuple[str, str]]) -> str:
    items = [
        f'<li class="first"><a href="{WEB}/trang-chu">Trang chủ</a><span class="divider">/</span></li>'
    ]
    for i, (label, href) in enumerate(trail):
        if i == len(trail) - 1:
            items.append(
                f'<li class="active last breadcrumb-truncate"><a href="{esc(href)}">{label}</a></li>'
            )
        else:
            items.append(
                f'<li class="current-parent"><a href="{esc(href)}">{label}</a><span class="divider">/</span></li>'
            )
    body = (
        '<nav id="breadcrumbs"><ul aria-label="Đường dẫn" class="breadcrumb breadcrumb-horizontal">'
        + "".join(items)
        + "</ul></nav>"
    )
    return portlet("73", None, body, "portlet-breadcrumb")


def _search_box() -> str:
    body = (
        f'<form action="{WEB}/trang-chu?p_p_id=3&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_p_mode=view'
        '&amp;_3_struts_action=%2Fsearch%2Fsearch&amp;_3_redirect=%2Fweb%2Fguest%2Ftrang-chu" method="get"'
        ' name="_3_fm"><input name="p_p_id" type="hidden" value="3" /><input name="p_p_lifecycle" type="hidden" value="0" />'
        '<input name="p_p_state" type="hidden" value="maximized" /><input name="_3_struts_action" type="hidden" value="/search/search" />'
        '<input class="search-input" name="_3_keywords" placeholder="Tìm kiếm..." size="30" title="Tìm kiếm" type="text" value="" />'
        '<select name="_3_groupId" title="Phạm vi"><option selected value="0">Mọi thứ</option>'
        f'<option value="{GROUP}">Trang này</option></select>'
        '<input class="btn" type="submit" value="Tìm" /></form>'
    )
    return portlet("3", None, body, "portlet-search")


def _latest_portlet(layout: str) -> str:
    lis = "".join(
        f'<li><a href="{esc(render_path(s, f"{WEB}/{layout}"))}">{_t(s.title)}</a>'
        f' <span class="ngay">({_dmy(s.opts["when"])})</span></li>'
        for s in FEATURED
    )
    return portlet(
        "101_INSTANCE_Nw6eY3",
        "Tin mới nhất",
        f'<ul class="tin-moi-nhat">{lis}</ul>',
        "portlet-asset-publisher",
    )


def _mini_calendar() -> str:
    first = TODAY_DATE.replace(day=1)
    lead = first.weekday()
    days = (date(2026, 12, 1) - first).days
    cells = ["<td></td>"] * lead
    busy = {d for d, _, _ in CAL_EVENTS.get((2026, 11), [])}
    for d in range(1, days + 1):
        cls = []
        if d == TODAY_DATE.day:
            cls.append("today")
        if d in busy:
            cls.append("has-events")
        attr = f' class="{" ".join(cls)}"' if cls else ""
        cells.append(f"<td{attr}>{d}</td>")
    while len(cells) % 7:
        cells.append("<td></td>")
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    body = (
        '<div class="lich-thu-nho"><div class="thang">Tháng 11/2026</div>'
        '<table class="table"><thead><tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th><th>T7</th><th>CN</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
        f'<a class="xem-lich" href="{WEB}/lich-cong-tac">Xem lịch công tác »</a></div>'
    )
    return portlet(f"{CAL_ID}_INSTANCE_mini", "Lịch công tác", body, "portlet-lich-cong-tac")


def _sidebar(layout: str) -> str:
    docs = "".join(
        f'<li><a href="{esc(d.view)}">{d.number}</a><div class="trich-yeu">{esc(d.abstract)}</div></li>'
        for d in DOCS[:3]
    )
    poll = (
        '<form action="/web/guest/trang-chu?p_p_id=59_INSTANCE_Pq4rT1&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view'
        '&amp;_59_INSTANCE_Pq4rT1_javax.portlet.action=%2Fpolls_display%2Fview_question" method="post" name="_59_INSTANCE_Pq4rT1_fm">'
        '<input name="_59_INSTANCE_Pq4rT1_questionId" type="hidden" value="48213" />'
        '<div class="poll-question">Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?</div>'
        '<label class="radio"><input name="_59_INSTANCE_Pq4rT1_choiceId" type="radio" value="48214" /> Rất hữu ích</label>'
        '<label class="radio"><input name="_59_INSTANCE_Pq4rT1_choiceId" type="radio" value="48215" /> Hữu ích</label>'
        '<label class="radio"><input name="_59_INSTANCE_Pq4rT1_choiceId" type="radio" value="48216" /> Cần cải thiện</label>'
        '<button class="btn" type="submit">Bình chọn</button></form>'
    )
    links = (
        '<select class="lien-ket-website" onchange="if (this.value) window.open(this.value);">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>'
        '<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option>'
        '<option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option></select>'
    )
    counter = (
        '<ul class="thong-ke-truy-cap"><li>Đang truy cập: <span>38</span></li><li>Hôm nay: <span>1.152</span></li>'
        "<li>Tháng này: <span>41.287</span></li><li>Tổng lượt truy cập: <span>2.418.907</span></li></ul>"
    )
    banners = (
        '<div class="banner"><a href="https://dichvucong.gov.vn" target="_blank"><img alt="Cổng dịch vụ công quốc gia"'
        f' src="/documents/{GROUP}/52001/banner-dvc-quoc-gia.png/{_uuid("banner-dvc")}" /></a></div>'
        '<div class="banner"><a href="https://thinangluc.tuyenquang.edu.vn" target="_blank"><img alt="Tra cứu điểm thi"'
        f' src="/documents/{GROUP}/52001/banner-tra-cuu-diem.png/{_uuid("banner-diem")}" /></a></div>'
    )
    parts = []
    if layout != "trang-chu":
        parts.append(_latest_portlet(layout))
    parts += [
        portlet("vanbanmoi_WAR_sgddtportlet", "Văn bản chỉ đạo", f'<ul class="van-ban-moi">{docs}</ul>'
                f'<a class="xem-tat-ca" href="{WEB}/van-ban-chi-dao">Xem tất cả »</a>'),
        _mini_calendar(),
        portlet("vanbannoibo_WAR_sgddtportlet", "Văn bản nội bộ",
                '<div class="alert alert-error">Bạn chưa có đủ quyền truy nhập portlet này.</div>'),
        portlet("hoidap_WAR_sgddtportlet", "Hỏi đáp - Góp ý",
                '<div class="alert alert-info">Portlet này đang tạm thời không hoạt động.</div>'),
        portlet("59_INSTANCE_Pq4rT1", "Thăm dò ý kiến", poll, "portlet-polls-display"),
        portlet("56_INSTANCE_Bn7aZ2", None, banners, "portlet-journal-content banners"),
        portlet("lienket_WAR_sgddtportlet", "Liên kết website", links),
        portlet("thongke_WAR_sgddtportlet", "Thống kê truy cập", counter),
    ]  # fmt: skip
    return "".join(parts)


def _footer() -> str:
    return (
        '<footer id="footer" role="contentinfo"><div class="footer-info">'
        f'<p class="ten-co-quan"><strong>{SITE.upper()}</strong></p>'
        "<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Tuyên Quang</p>"
        "<p>Địa chỉ: Số 2, đường Đinh Tiên Hoàng, phường Minh Xuân, tỉnh Tuyên Quang</p>"
        "<p>Điện thoại: 0207.3822.524 - Fax: 0207.3822.608 - Đường dây nóng: 0207.3812.999</p>"
        "<p>Email: sogddt@tuyenquang.edu.vn</p>"
        "<p>Chịu trách nhiệm chính: Nguyễn Văn Sơn - Giám đốc Sở Giáo dục và Đào tạo</p>"
        "<p>Ghi rõ nguồn &quot;Sở GD&amp;ĐT Tuyên Quang&quot; khi phát hành lại thông tin từ trang này.</p>"
        '</div><p class="powered-by">Powered by <a href="http://www.liferay.com" rel="external">Liferay</a></p></footer>'
    )


def _page(
    title: str,
    page_title: str,
    layout: str,
    main: str,
    *,
    crumbs: list[tuple[str, str]] | None = None,
    canonical: str | None = None,
    desc: str = "",
    sidebar: bool = True,
) -> str:
    canon = f'<link href="{esc(canonical)}" rel="canonical" />\n' if canonical else ""
    meta = f'<meta content="{esc(desc)}" lang="vi-VN" name="description" />\n' if desc else ""
    bc = _breadcrumb(crumbs) if crumbs else ""
    side = (
        f'<div class="portlet-column portlet-column-last span4" id="column-2">'
        f'<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">'
        f"{_sidebar(layout)}</div></div>"
        if sidebar
        else ""
    )
    span = "span8" if sidebar else "span12"
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{title} - {esc(SHORT)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{meta}<link href="{THEME}/images/favicon.ico" rel="Shortcut Icon" />
{canon}<link class="lfr-css-file" href="{THEME}/css/aui.css?browserId=other&amp;themeId=sgddt_WAR_sgddttheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1731400000000" rel="stylesheet" type="text/css" />
<link href="/html/css/main.css?browserId=other&amp;themeId=sgddt_WAR_sgddttheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1731400000000" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=sgddt_WAR_sgddttheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t=1731400000000" type="text/javascript"></script>
<script type="text/javascript">
var themeDisplay = Liferay.ThemeDisplay = {{getLayoutURL: function() {{return '{WEB}/{layout}';}}, getLanguageId: function() {{return 'vi_VN';}}, getScopeGroupId: function() {{return '{GROUP}';}}, isSignedIn: function() {{return false;}}}};
</script>
<link class="lfr-css-file" href="{THEME}/css/main.css?browserId=other&amp;themeId=sgddt_WAR_sgddttheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1731400000000" rel="stylesheet" type="text/css" />
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Nhảy tới Nội dung</a>
<div class="container-fluid" id="wrapper">
<div class="top-bar"><span class="ngay-hom-nay">{TODAY}</span><span class="dang-nhap"><a data-redirect="false" href="/c/portal/login?p_l_id={PLID_HOME}" id="sign-in" rel="nofollow">Đăng nhập</a></span></div>
<header id="banner" role="banner">
<div id="heading">
<h1 class="site-title"><a class="logo custom-logo" href="{WEB}/trang-chu" title="Đi đến {esc(SITE)}"><img alt="{esc(SITE)}" height="110" src="/image/layout_set_logo?img_id=10412&amp;t=1731400000000" width="960" /></a> <span class="site-name" title="Đi đến {esc(SITE)}">{esc(SITE)}</span></h1>
<h2 class="page-title"><span>{page_title}</span></h2>
</div>
{_search_box()}
{_nav(layout)}
</header>
<div id="content">
{bc}
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first {span}" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div>
</div>
{side}
</div>
</div>
<form action="#" id="hrefFm" method="post" name="hrefFm"><span></span></form>
</div>
{_footer()}
</div>
<script type="text/javascript">Liferay.Util.addInputFocus(); Liferay.Portlet.runtimePortletIds = ["73", "3"];</script>
</body>
</html>
"""


# --- pages -----------------------------------------------------------------------------------


def _article(s: Story, back: str, base: str) -> str:
    c = cat_of(s)
    main = portlet(c.pid, esc(c.name), _full_content(s, back, base), "portlet-asset-publisher")
    main += _others_portlet(s)
    desc = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return _page(
        _t(s.title),
        _t(s.title),
        c.page,
        main,
        crumbs=[(esc(c.name), c.path), (_t(s.title), article_path(s))],
        canonical=base + article_path(s),
        desc=desc[:160],
    )


def _not_found(c: Cat, base: str, path: str) -> str:
    body = (
        '<div class="alert alert-error">Không tìm thấy nội dung được yêu cầu.</div>'
        f'<p><a href="{c.path}">« Quay lại {esc(c.name)}</a></p>'
    )
    return _page(
        esc(c.name),
        esc(c.name),
        c.page,
        portlet(c.pid, esc(c.name), body, "portlet-asset-publisher"),
        crumbs=[(esc(c.name), c.path)],
        canonical=base + path,
    )


def _listing(c: Cat, params: dict[str, str], base: str) -> str:
    return _page(
        esc(c.name),
        esc(c.name),
        c.page,
        _listing_portlet(c, params),
        crumbs=[(esc(c.name), c.path)],
        canonical=base + c.path,
    )


def _home(base: str) -> str:
    lead, *rest = FEATURED
    lead_img = next(iter(lead.images), None)
    pic = (
        f'<a href="{esc(render_path(lead, f"{WEB}/trang-chu"))}"><img alt="" class="anh-tin-chinh" src="{esc(lead_img.src)}" /></a>'
        if lead_img
        else ""
    )
    hot = (
        f'<div class="tin-noi-bat"><div class="tin-chinh">{pic}'
        f'<h2 class="tieu-de-tin-chinh"><a href="{esc(render_path(lead, f"{WEB}/trang-chu"))}">{_t(lead.title)}</a></h2>'
        f'<p class="mo-ta">{esc(lead.summary or "")}</p></div><ul class="tin-noi-bat-khac">'
        + "".join(
            f'<li><a href="{esc(render_path(s, f"{WEB}/trang-chu"))}">{_t(s.title)}</a></li>'
            for s in rest
        )
        + "</ul></div>"
    )

    def box(key: str, inst: str) -> str:
        c = CATS[key]
        lis = "".join(_title_row(s) for s in in_cat(key)[:4])
        more = f'<div class="xem-them"><a href="{c.path}">Xem thêm »</a></div>'
        return portlet(
            f"101_INSTANCE_{inst}",
            f'<a href="{c.path}">{esc(c.name)}</a>',
            f'<ul class="title-list">{lis}</ul>{more}',
            "portlet-asset-publisher",
        )

    albums = "".join(
        f'<li><a href="{esc(_album_path(fid))}"><img alt="" src="{esc(_album_img(fid, files[0][0]))}&amp;imageThumbnail=1" />'
        f"<span>{esc(name)}</span></a></li>"
        for fid, (name, _, files) in ALBUMS.items()
    )
    main = (
        portlet("101_INSTANCE_Hm1tN4", "Tin nổi bật", hot, "portlet-asset-publisher")
        + box("tt", "Tt9gR5")
        + box("cd", "Cd8kF2")
        + box("kt", "Kt3hV6")
        + portlet(
            "31_INSTANCE_Ga5uJ8",
            "Thư viện ảnh",
            f'<ul class="album-trang-chu">{albums}</ul>',
            "portlet-media-gallery",
        )
    )
    return _page("Trang chủ", "Trang chủ", "trang-chu", main, canonical=base + f"{WEB}/trang-chu",
                 desc="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Tuyên Quang")  # fmt: skip


INTRO = [
    "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có"
    " chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.",
    "Sở có Giám đốc, các Phó Giám đốc và các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Tổ chức"
    " cán bộ; Phòng Kế hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung"
    " học; Phòng Khảo thí và Kiểm định chất lượng giáo dục.",
    "Toàn tỉnh hiện có hơn 1.100 cơ sở giáo dục mầm non, phổ thông và giáo dục thường xuyên với"
    " trên 440.000 học sinh.",
]


def _static_page(layout: str, base: str) -> str:
    title = LAYOUTS[layout]
    if layout == "gioi-thieu":
        inner = "".join(f"<p>{esc(p)}</p>" for p in INTRO)
        body = (
            '<div class="journal-content-article">'
            f'<h2 class="tieu-de-trang">Giới thiệu chung</h2>{inner}</div>'
        )
        main = portlet("56_INSTANCE_Gt4wQ1", "Giới thiệu", body, "portlet-journal-content")
    else:
        body = (
            '<div class="journal-content-article"><p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</strong></p>'
            "<p>Địa chỉ: Số 2, đường Đinh Tiên Hoàng, phường Minh Xuân, tỉnh Tuyên Quang</p>"
            "<p>Điện thoại: 0207.3822.524 - Email: sogddt@tuyenquang.edu.vn</p></div>"
            '<form action="/web/guest/lien-he?p_p_id=1_WAR_webformportlet_INSTANCE_Lh2kD9&amp;p_p_lifecycle=1'
            '&amp;p_p_state=normal&amp;p_p_mode=view&amp;_1_WAR_webformportlet_INSTANCE_Lh2kD9_javax.portlet.action=saveData"'
            ' method="post" name="_1_WAR_webformportlet_INSTANCE_Lh2kD9_fm">'
            '<div class="control-group"><label class="control-label">Họ và tên</label><input name="_1_WAR_webformportlet_INSTANCE_Lh2kD9_field1" type="text" /></div>'
            '<div class="control-group"><label class="control-label">Email</label><input name="_1_WAR_webformportlet_INSTANCE_Lh2kD9_field2" type="text" /></div>'
            '<div class="control-group"><label class="control-label">Nội dung</label><textarea name="_1_WAR_webformportlet_INSTANCE_Lh2kD9_field3"></textarea></div>'
            '<button class="btn btn-primary" type="submit">Gửi</button></form>'
        )
        main = portlet("1_WAR_webformportlet_INSTANCE_Lh2kD9", "Liên hệ", body, "portlet-web-form")
    return _page(
        title,
        title,
        layout,
        main,
        crumbs=[(title, f"{WEB}/{layout}")],
        canonical=base + f"{WEB}/{layout}",
    )


def _doc_library(base: str) -> str:
    rows = "".join(
        f'<tr class="{"" if i % 2 else "alt"}"><td class="first"><a href="{esc(d.view)}">{d.number}</a></td>'
        f"<td>{_dmy(d.issued)}</td><td>{esc(d.abstract)}</td>"
        f'<td class="last"><a href="{d.download}" title="Tải về"><i class="icon-download"></i> Tải về</a></td></tr>'
        for i, d in enumerate(DOCS)
    )
    body = (
        '<div class="lfr-search-container"><table class="table table-bordered table-hover table-striped">'
        '<thead class="table-columns"><tr><th class="first">Số, ký hiệu</th><th>Ngày ban hành</th>'
        f'<th>Trích yếu</th><th class="last">Tệp</th></tr></thead><tbody class="table-data">{rows}</tbody></table></div>'
    )
    main = portlet(
        "110_INSTANCE_Rk2jS5", "Văn bản chỉ đạo", body, "portlet-document-library-display"
    )
    return _page("Văn bản chỉ đạo", "Văn bản chỉ đạo", "van-ban-chi-dao", main,
                 crumbs=[("Chỉ đạo điều hành", f"{WEB}/chi-dao-dieu-hanh"), ("Văn bản chỉ đạo", f"{WEB}/van-ban-chi-dao")],
                 canonical=base + f"{WEB}/van-ban-chi-dao")  # fmt: skip


def _view_file(d: Doc, back: str, base: str) -> str:
    size = 180 + d.fid % 97
    body = (
        '<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level"'
        f' href="{esc(back)}" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>'
        f'<h3 class="header-title"><span>{esc(d.name)}</span></h3></div>'
        '<div class="row-fluid"><div class="span9 body-row"><div class="document-info">'
        f'<h2 class="document-title" title="{esc(d.name)}">{esc(d.name)}</h2>'
        '<span class="version-info">Phiên bản 1.0</span>'
        '<div class="document-description">'
        f"{d.number} - {esc(d.abstract)}</div></div>"
        f'<div class="lfr-asset-field"><label>Ngày ban hành</label> {_dmy(d.issued)}</div>'
        f'<div class="lfr-asset-field"><label>Người ký</label> {esc(d.signer)}</div></div>'
        '<div class="span3"><div class="lfr-asset-panels"><div class="asset-details-content">'
        f'<div class="download-document"><a class="btn btn-primary" href="{d.download}?version=1.0">'
        f'<i class="icon-download"></i> Tải về ({size}k)</a></div>'
        '<div class="lfr-asset-field"><label>Trạng thái</label> <strong class="label workflow-status-approved label-success">Đã duyệt</strong></div>'
        "</div></div></div></div>"
    )
    main = portlet(
        "110_INSTANCE_Rk2jS5", "Văn bản chỉ đạo", body, "portlet-document-library-display"
    )
    return _page(esc(d.name), "Văn bản chỉ đạo", "van-ban-chi-dao", main,
                 crumbs=[("Chỉ đạo điều hành", f"{WEB}/chi-dao-dieu-hanh"), ("Văn bản chỉ đạo", f"{WEB}/van-ban-chi-dao"), (esc(d.name), d.view)],
                 canonical=base + f"{WEB}/van-ban-chi-dao/-/document_library_display/Rk2jS5/view_file/{d.fid}")  # fmt: skip


def _album_path(fid: int) -> str:
    return (
        f"{WEB}/thu-vien-anh?p_p_id=31&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&_31_struts_action=%2Fimage_gallery_display%2Fview&_31_folderId={fid}"
    )


def _album_img(fid: int, name: str) -> str:
    return f"/documents/{GROUP}/{fid}/{name}/{_uuid(name)}?t=1763600000000"


def _gallery(fid: int | None, base: str) -> str | None:
    if fid is None:
        items = "".join(
            f'<div class="image-icon"><a href="{esc(_album_path(f))}" title="{esc(n)}">'
            f'<img alt="{esc(n)}" src="{esc(_album_img(f, files[0][0]))}&amp;imageThumbnail=1" />'
            f'<span class="image-title">{esc(n)}</span></a><span class="so-anh">{len(files)} ảnh</span></div>'
            for f, (n, _, files) in ALBUMS.items()
        )
        main = portlet(
            "31",
            "Thư viện ảnh",
            f'<div class="taglib-icon-list">{items}</div>',
            "portlet-media-gallery",
        )
        return _page("Thư viện ảnh", "Thư viện ảnh", "thu-vien-anh", main,
                     crumbs=[("Thư viện ảnh", f"{WEB}/thu-vien-anh")], canonical=base + f"{WEB}/thu-vien-anh")  # fmt: skip
    if fid not in ALBUMS:
        return None
    name, desc, files = ALBUMS[fid]
    thumbs = "".join(
        f'<a class="image-link" data-title="{esc(t)}" href="{esc(_album_img(fid, f))}" title="{esc(t)}">'
        f'<img alt="{esc(t)}" src="{esc(_album_img(fid, f))}&amp;imageThumbnail=1" /><span class="image-title">{esc(t)}</span></a>'
        for f, t in files
    )
    body = (
        '<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level"'
        f' href="{WEB}/thu-vien-anh" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>'
        f'<h3 class="header-title"><span>{esc(name)}</span></h3></div>'
        f'<div class="lfr-asset-description">{esc(desc)}</div><div class="taglib-search-iterator image-gallery">{thumbs}</div>'
    )
    main = portlet("31", "Thư viện ảnh", body, "portlet-media-gallery")
    return _page(esc(name), "Thư viện ảnh", "thu-vien-anh", main,
                 crumbs=[("Thư viện ảnh", f"{WEB}/thu-vien-anh"), (esc(name), _album_path(fid))],
                 canonical=base + f"{WEB}/thu-vien-anh")  # fmt: skip


def _calendar(params: dict[str, str], base: str) -> str:
    month = _int(params.get(CAL_NS + "thang"), TODAY_DATE.month)
    year = _int(params.get(CAL_NS + "nam"), TODAY_DATE.year)
    if not 1 <= month <= 12 or year < 1:
        month, year = TODAY_DATE.month, TODAY_DATE.year
    prev = (year, month - 1) if month > 1 else (year - 1, 12)
    nxt = (year, month + 1) if month < 12 else (year + 1, 1)
    events = CAL_EVENTS.get((year, month), [])
    rows = (
        "".join(
            f'<tr><td class="ngay">{d:02d}/{month:02d}/{year}</td><td class="gio">{h}</td><td>{esc(what)}</td></tr>'
            for d, h, what in events
        )
        or '<tr><td colspan="3" class="empty">Không có lịch công tác trong tháng này.</td></tr>'
    )
    nav = (
        f'<div class="dieu-huong-thang"><a class="thang-truoc" href="{esc(cal_path(*prev))}">« Tháng trước</a>'
        f' <span class="thang-hien-tai">Tháng {month}/{year}</span>'
        f' <a class="thang-sau" href="{esc(cal_path(*nxt))}">Tháng sau »</a></div>'
    )
    body = (
        nav
        + f'<table class="table table-bordered lich-cong-tac"><thead><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th></tr></thead><tbody>{rows}</tbody></table>'
    )
    main = portlet(CAL_ID, "Lịch công tác của lãnh đạo Sở", body, "portlet-lich-cong-tac")
    return _page("Lịch công tác", "Lịch công tác", "lich-cong-tac", main,
                 crumbs=[("Lịch công tác", f"{WEB}/lich-cong-tac")], canonical=base + f"{WEB}/lich-cong-tac")  # fmt: skip


def _login(base: str) -> str:
    body = (
        '<form action="/web/guest/trang-chu?p_p_id=58&amp;p_p_lifecycle=1&amp;p_p_state=maximized&amp;p_p_mode=view'
        '&amp;saveLastPath=false&amp;_58_struts_action=%2Flogin%2Flogin" autocomplete="on" class="form sign-in-form" method="post" name="_58_fm">'
        '<div class="control-group"><label class="control-label" for="_58_login">Tên đăng nhập</label><input id="_58_login" name="_58_login" type="text" value="" /></div>'
        '<div class="control-group"><label class="control-label" for="_58_password">Mật khẩu</label><input id="_58_password" name="_58_password" type="password" value="" /></div>'
        '<label class="checkbox"><input name="_58_rememberMe" type="checkbox" /> Nhớ mật khẩu</label>'
        '<div class="button-holder"><button class="btn btn-primary" type="submit">Đăng nhập</button></div></form>'
        '<div class="navigation"><a href="/web/guest/trang-chu?p_p_id=58&amp;p_p_lifecycle=0&amp;p_p_state=maximized'
        '&amp;p_p_mode=view&amp;_58_struts_action=%2Flogin%2Fforgot_password">Quên mật khẩu</a></div>'
    )
    return _page("Đăng nhập", "Trang chủ", "trang-chu", portlet("58", "Đăng nhập", body, "portlet-login"),
                 canonical=base + f"{WEB}/trang-chu", sidebar=False)  # fmt: skip


def _search(params: dict[str, str], base: str) -> str:
    kw = params.get("_3_keywords", "").strip()
    hits = [s for s in _LATEST if kw and kw.lower() in s.title.lower()]
    rows = (
        "".join(
            f'<tr><td><a href="{article_path(s)}">{_t(s.title)}</a><div class="asset-entry-type">Nội dung web</div></td></tr>'
            for s in hits
        )
        or "<tr><td>Không có kết quả nào phù hợp với từ khóa.</td></tr>"
    )
    body = (
        f'<div class="search-results-summary">Kết quả tìm kiếm cho <strong>{esc(kw)}</strong></div>'
        f'<table class="table table-bordered taglib-search-iterator"><tbody>{rows}</tbody></table>'
    )
    return _page("Tìm kiếm", "Trang chủ", "trang-chu", portlet("3", "Tìm kiếm", body, "portlet-search"),
                 canonical=base + f"{WEB}/trang-chu", sidebar=False)  # fmt: skip


def _print(s: Story) -> str:
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><title>{_t(s.title)} - {esc(SHORT)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" /></head>
<body class="portal-popup"><div class="columns-1" id="main-content" role="main">
<h3 class="header-title"><span>{_t(s.title)}</span></h3>
{_journal(s)}
<script type="text/javascript">print();</script>
</div></body></html>
"""


def _atom(base: str) -> str:
    c = CATS["tt"]
    entries = "".join(
        f"<entry><title>{esc(s.title)}</title>"
        f'<link rel="alternate" href="{base}{article_path(s)}" />'
        f"<author><name>Quản trị cổng</name></author>"
        f"<id>{base}{article_path(s)}</id>"
        f"<updated>{s.opts['when'].replace(tzinfo=_LOCAL).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</updated>"
        f"<published>{s.opts['when'].replace(tzinfo=_LOCAL).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</published>"
        f'<summary type="html">{esc(esc(s.summary or next(b.text for b in s.blocks if isinstance(b, P))))}</summary>'
        f"<dc:creator>Quản trị cổng</dc:creator><dc:date>{s.opts['when'].replace(tzinfo=_LOCAL).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</dc:date></entry>"
        for s in in_cat("tt")
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<title>{esc(c.name)}</title><link rel="alternate" href="{base}{c.path}" />'
        f"<subtitle>{esc(c.name)}</subtitle><id>{base}{c.path}</id>"
        f"<updated>{_LATEST[0].opts['when'].replace(tzinfo=_LOCAL).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</updated>"
        f"{entries}</feed>"
    )


def _sitemap(base: str) -> str:
    urls = "".join(
        f"<url><loc>{base}{WEB}/{layout}</loc><changefreq>daily</changefreq><priority>0.5</priority></url>"
        for layout in LAYOUTS
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>"
    )


# --- the site --------------------------------------------------------------------------------

_CAT_BY_PAGE = {c.page: c for c in CATS.values()}
_FRIENDLY = re.compile(r"/web/guest/([a-z0-9-]+)/-/asset_publisher/([A-Za-z0-9]+)/content/([^/?]+)")
_RSS = re.compile(r"/web/guest/([a-z0-9-]+)/-/asset_publisher/([A-Za-z0-9]+)/rss")
_VIEW_FILE = re.compile(
    r"/web/guest/van-ban-chi-dao/-/document_library_display/Rk2jS5/view_file/(\d+)"
)
_IMAGE_EXT = re.compile(r"\.(jpe?g|png|gif)/", re.IGNORECASE)


class Liferay62Site:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        base = base_url(request)
        if len(path) > 1 and path.endswith("/"):
            path = path.rstrip("/")
        if path.startswith("/documents/"):
            if path in _DOC_FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if _IMAGE_EXT.search(path + "/") or _IMAGE_EXT.search(path):
                return static_file("x.jpg")
            return None
        if path.startswith("/image/"):
            return static_file("x.jpg")
        if path.startswith((THEME, "/html/")):
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, f"User-Agent: *\nDisallow:\nSitemap: {base}/sitemap.xml\n",
                            {"Content-Type": "text/plain; charset=UTF-8"})  # fmt: skip
        if path == "/sitemap.xml":
            return Response(200, _sitemap(base), {"Content-Type": "text/xml; charset=UTF-8"})
        if path == "/c/portal/login":
            return redirect(LOGIN_PATH)
        if path in ("/", WEB, f"{WEB}/trang-chu"):
            if params.get("p_p_id") == "58":
                return html(_login(base))
            if params.get("p_p_id") == "3":
                return html(_search(params, base))
            return html(_home(base))
        if m := _RSS.fullmatch(path):
            c = _CAT_BY_PAGE.get(m.group(1))
            if c is None or c.inst != m.group(2) or c.key != "tt":
                return None
            return Response(
                200, _atom(base), {"Content-Type": "application/atom+xml; charset=UTF-8"}
            )
        if m := _FRIENDLY.fullmatch(path):
            c = _CAT_BY_PAGE.get(m.group(1))
            if c is None or c.inst != m.group(2):
                return None
            s = _BY_SLUG.get(m.group(3))
            if s is None or s.cat != c.key:
                return html(_not_found(c, base, path))
            return html(_article(s, params.get("redirect") or c.path, base))
        if m := _VIEW_FILE.fullmatch(path):
            d = _DOC_BY_ID.get(int(m.group(1)))
            if d is None:
                return None
            back = params.get("_110_INSTANCE_Rk2jS5_redirect") or f"{WEB}/van-ban-chi-dao"
            return html(_view_file(d, back, base))
        if not path.startswith(WEB + "/"):
            return static_file(path) if path == "/favicon.ico" else None
        layout = path[len(WEB) + 1 :]
        if layout in _CAT_BY_PAGE:
            c = _CAT_BY_PAGE[layout]
            if (
                params.get("p_p_id") == c.pid
                and params.get(c.ns + "struts_action") == "/asset_publisher/view_content"
            ):
                s = _BY_SLUG.get(params.get(c.ns + "urlTitle", ""))
                if s is None or s.cat != c.key:
                    return html(_not_found(c, base, path))
                if params.get("p_p_state") == "pop_up" and params.get(c.ns + "viewMode") == "print":
                    return html(_print(s))
                return html(_article(s, params.get("redirect") or c.path, base))
            return html(_listing(c, params, base))
        if layout in ("gioi-thieu", "lien-he"):
            return html(_static_page(layout, base))
        if layout == "van-ban-chi-dao":
            return html(_doc_library(base))
        if layout == "thu-vien-anh":
            fid = params.get("_31_folderId") if params.get("p_p_id") == "31" else None
            page = _gallery(_int(fid, 0) if fid else None, base)
            return html(page) if page else None
        if layout == "lich-cong-tac":
            return html(_calendar(params, base))
        return None


def build_site() -> Liferay62Site:
    return Liferay62Site()
