"""Fixture portal: Sở GD&ĐT tỉnh Hà Tĩnh on eXo Platform 4 (GateIn portal + WCM content).

Imitates the public site of a provincial Department of Education and Training built, like several
provincial e-government portals around 2013-2016, on eXo Platform 4 / GateIn: a Java portal
whose pages are navigation nodes made of portlets, and whose news are WCM documents kept in the
JCR repository (``/repository/collaboration/sites/sgddt/web contents/<folder>/<name>``).

What it serves (all under ``/portal/sgddt/``; ``/`` and ``/portal`` answer 302 to it):

- every page in eXo's shell: ``div.UIWorkingWorkspace`` > header containers (toolbar with a
  "Đăng nhập" link and the Tiếng Việt | English switch, a banner whose date line is written by a
  script and repeated in ``<noscript>`` as ``TODAY``, the ``UIHorizontalNavigation`` menu) >
  ``div.UIPageBody`` > ``div.UIPage`` > ``div.UIRowContainer`` > the breadcrumb portlet
  (eXo's own class spelling ``UIBreadcumbs``) and a ``table.UITableColumnContainer`` whose
  ``td.UIColumnContainer`` cells hold the portlets, each ``div.UIPortlet`` >
  ``div.PORTLET-FRAGMENT``; the right column has the ``UILoginForm`` ("Tên đăng nhập", "Mật
  khẩu", "Đăng nhập"), "Tin mới cập nhật" with dates, a "Văn bản nội bộ" portlet that prints
  "Bạn chưa có đủ quyền truy nhập portlet này.", "Liên kết website" (a select), "Thống kê truy
  cập" and banners; a footer with the department's address, phone and hotline;
- category nodes ``/portal/sgddt/tin-tuc`` (all news, 14 items, three pages) and
  ``/portal/sgddt/tin-tuc/<folder>`` for "Tin giáo dục" (8, two pages), "Hoạt động các đơn vị"
  (3) and "Thông báo" (3): Content List Viewer (CLV) lists of 6 entries (thumbnail from
  ``/rest/thumbnailImage/medium/…`` with no file extension, title link, "Ngày dd/mm/yyyy", the
  summary) and eXo's ``UIPageIterator``. The pager floats right, so its links stand in reverse
  order in the source. Decision on its links: the page *numbers* and the "Trang trước"/"Trang
  đầu" arrows are ``javascript:ajaxGet('<node>?portal:componentId=<id>&portal:type=action&
  portal:isSecure=false&uicomponent=UICLVPresentation&op=ShowPage&objectId=N&ajaxRequest=
  true')``; the "Trang sau" and "Trang cuối" arrows are plain ``href`` links to the same URL
  without ``ajaxRequest`` (the theme's no-script fallback), which answer the whole page at that
  page. So every listing page is reachable by plain links, one "next" at a time. With
  ``ajaxRequest=true`` the answer is eXo's XML envelope (``text/xml``: ``div.PortalResponse`` >
  ``div.PortalResponseData`` > ``div.BlockToUpdate`` > ``div.BlockToUpdateId`` +
  ``div.BlockToUpdateData`` holding the list's HTML in CDATA);
- WCM articles at the friendly path ``/portal/sgddt/detail/sgddt/web-contents/<folder>/<name>``
  (what the CLV lists link) and the very same page at ``/portal/sgddt/chi-tiet?content-id=
  /repository/collaboration/sites/sgddt/web%20contents/<folder>/<name>`` (what the home page's
  "Tin nổi bật", the sidebar's "Tin mới cập nhật" and every "Các tin khác" list link). Neither
  prints ``rel=canonical`` (eXo 4 does not). The content detail portlet prints the portlet title
  ``h3.TitleBar`` "Chi tiết tin" (not the headline), then ``div.SCVContent`` (news) or
  ``div.ContentDetail`` (the "Thông báo" template) with ``h2.Title``, ``div.DateAndMail``
  ("24/11/2026 16:20", an "In trang" icon and a "Gửi email" mailto link), optionally
  ``div.Summary`` (bold lead), ``div.Content`` (CKEditor 3 HTML: justified paragraphs, centred
  images with an ``<em>`` line in the next paragraph or after a ``<br />``, a two-row image table,
  lists, a table, ``<p>&nbsp;</p>`` spacers, right-aligned bylines), an attachments box, a "Cập
  nhật lần cuối" line, Tags, share links, then a CLV portlet "Các tin khác" with dates. The
  HTML ``<title>`` of every detail page is "Chi tiết tin - Sở GD&ĐT Hà Tĩnh";
- the print view ``/portal/sgddt/in?content-id=…`` (linked by "In trang"; the article again with
  ``window.print()``, noindex);
- non-articles: ``/portal/sgddt/gioi-thieu`` and ``/portal/sgddt/gioi-thieu/co-cau-to-chuc``
  (standing WCM pages shown by the same single-content viewer: h2.Title + Content, no date),
  ``/portal/sgddt/lien-he`` (contact portlet and form), ``/portal/sgddt/van-ban`` (document list,
  same pager, PDFs at ``/rest/jcr/repository/collaboration/sites/sgddt/documents/…pdf``),
  ``/portal/sgddt/thu-vien-anh`` (photo gallery, no detail pages), ``/portal/sgddt/so-do-cong``
  (eXo's sitemap portlet), tag searches ``/portal/sgddt/tim-kiem?tag=…``.

Traps and hard cases, all as eXo really has them:

- ``portal:componentId`` action URLs: the id in the pager links changes with the page that
  prints them (page 1's "next" and page 2's "previous" name page 2 with different ids) and the
  server accepts any id, so each listing page answers under several URLs; every English copy
  multiplies them again. Finite, but a crawler that keys on the full URL fetches each page 2-4
  times.
- ``?lang=en``: the toolbar's "English" link (``<node>?lang=en``) gives the English UI (menu,
  labels, "Page 1/3") over the same content; in English mode the menu and pager links carry
  ``lang=en`` (a parallel copy of every listing). Article links stay the same.
- the toolbar's "Đăng nhập" link is ``<page>?portal:componentId=UIPortal&portal:action=
  ShowLoginForm`` (``&`` after a query): 302 to ``/portal/login?initialURI=<page>``, the login
  page (200), one distinct URL per page of the site.
- ``/portal/private/sgddt/…`` (menu "Điều hành tác nghiệp", sidebar "Hộp thư công vụ"): 302 to
  the login page.
- the same article under two URLs (friendly path and ``chi-tiet?content-id=``), both linked;
  gold takes the friendly path and lists the other in ``alt_paths``.
- a soft 404: one article links a removed content id; the content detail portlet answers 200 with
  "Nội dung bạn yêu cầu không tồn tại hoặc đã bị xóa." (any unknown content id does).
- the detail ``<title>`` and the portlet title are not the headline; the standing pages look like
  articles without a date; a thumbnail URL without an extension; one article's Content was pasted
  in decomposed Unicode (NFD); the other articles' Content is CKEditor 3 output with
  ``config.entities`` on: Latin-1 letters and typographic quotes as named entities (``H&agrave;
  Tĩnh``, ``&ldquo;``) between raw UTF-8 letters; titles and summaries are raw UTF-8; in half of
  the articles every paragraph opens with ``&nbsp;&nbsp;&nbsp;`` (the editor's indent).

Gold (by hand). Articles are the 14 WCM news documents; everything listed in NON_ARTICLES, the
English copies, action URLs, envelopes, login pages and PDFs are not. Judgement calls:

- published_at is the ``div.DateAndMail`` stamp (a time is printed, so date and time);
  "30/10/2026 00:00" (a document imported without a time) is the day alone; "Cập nhật lần cuối:
  20/11/2026 15:12" under an article is not its date.
- summary is ``div.Summary`` (two forms: ``<p><strong>…`` and text made bold by the skin) and the
  body's first paragraph; an empty ``div.Summary`` holding ``<p>&nbsp;</p>`` is no summary.
  One article has no Summary but opens its Content with a wholly bold sentence: that is the
  summary and stays the body's first paragraph.
- authors: a bare bold name at the end; "Tin, ảnh: X" and "Bài và ảnh: X" give X as author and
  photographer; "Tin: X" / "Ảnh: Y" on two lines; "TS. Đặng Quốc Bảo - Phòng GDTrH" and "ThS.
  Nguyễn Thị Hồng Nhung - Trường THCS Lê Văn Thiêm" give the names without title and unit;
  "Phòng GDTX - CN" alone signing a text is the author, as printed (the dash belongs to the
  office's name: Giáo dục thường xuyên - Chuyên nghiệp). The "Thông báo" template prints
  "Tác giả: Văn phòng Sở" (an office in the author field, nothing signs the text: the author) or
  "Người đăng: bientap" / "vanphong" (a login: nobody). "Nguồn: Báo Hà Tĩnh" / "Nguồn: Bộ
  GD&ĐT" go to source; the first keeps its author line "Thu Trang".
- captions: the ``<em>`` line under the photo; "(…)" parentheses and a leading "Ảnh:" label are
  dropped; a line that is only the camera's file name ("DSC_0457.JPG") is no caption; photos
  without a line have caption None. An illustration shown only as a CSS ``background-image``
  (``div.Illustration``) and the CLV thumbnails are not article images. One photo is linked by an
  absolute URL on the department's real host (an editor's paste): gold keeps that URL.
- body: the article's paragraphs in order, list items as paragraphs, table rows as paragraphs
  with cells joined by " | "; captions, bylines, "Nguồn:", attachments ("Tệp đính kèm"), the
  "Cập nhật lần cuối" line, tags and lists are not body. A link inside a paragraph keeps its text.
- category: the folder's name, which the breadcrumb ("Trang chủ » Tin tức » …") and the
  listings print.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime
from html.entities import codepoint2name
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "exo_portal_sgddt"
PLATFORM = "exo-platform-4"
START_PATH = "/portal/sgddt/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"
SHORT = "Sở GD&ĐT Hà Tĩnh"
ADDRESS = "Số 92 đường Hà Huy Tập, phường Nam Hà, thành phố Hà Tĩnh, tỉnh Hà Tĩnh"
PHONE = "0239 3 855 674"
HOTLINE = "0239 3 856 512"
EMAIL = "sgddt@hatinh.gov.vn"
REAL_HOST = "http://sgddt.hatinh.gov.vn"

ROOT = "/portal/sgddt"
HOME = ROOT + "/"
JCR = "/repository/collaboration/sites/sgddt"
MEDIA = "/rest/jcr" + JCR + "/medias/images"
OLD_MEDIA = "/portal/rest/jcr" + JCR + "/medias/images"
DOCS_ROOT = "/rest/jcr" + JCR + "/documents"
SKIN = "/sgddt-skin/skin"
PER_PAGE = 6
TODAY_DATE = date(2026, 11, 25)

#: folder -> printed category name (Vietnamese, English UI)
CATS: dict[str, tuple[str, str]] = {
    "tin-giao-duc": ("Tin giáo dục", "Education news"),
    "hoat-dong-don-vi": ("Hoạt động các đơn vị", "Unit activities"),
    "thong-bao": ("Thông báo", "Announcements"),
}
ALL_NEWS = ("Tin tức", "News")

# Story.opts: when (printed date and time), tags, sum ("p" = <p><strong>, "css" = bold by the skin,
# "empty" = <p>&nbsp;</p>), nfd (Content pasted decomposed), illus (CSS background cover),
# modified ("Cập nhật lần cuối"), info ("Tác giả: …" / "Người đăng: …" line of the Thông báo
# template), attach [(file, label)].
# Img styles: em (image, centred <em> line in the next <p>), br (image, <br />, <em> in the same
# <p>), table (two-row image table), bare (no line), file (a line that is only a file name).
# P styles: "" justified, lead (wholly bold first paragraph), li (list item), th/tr (table rows,
# cells " | "), "a|href|phrase" (a link inside the paragraph).
SOFT_404_ID = JCR + "/web contents/tin-giao-duc/ket-qua-thi-chon-hoc-sinh-gioi-quoc-gia-nam-2026"

STORIES: list[Story] = [
    Story(
        id=1041,
        slug="hoi-nghi-giao-ban-chuyen-mon-cap-trung-hoc-hoc-ky-i-nam-hoc-2026-2027",
        title="Hội nghị giao ban chuyên môn cấp trung học học kỳ I năm học 2026 - 2027",
        cat="tin-giao-duc",
        published_at="2026-11-24T16:20:00+07:00",
        summary=(
            "Chiều 24/11, Sở GD&ĐT tổ chức Hội nghị giao ban chuyên môn cấp trung học học kỳ I năm"
            " học 2026 - 2027 theo hình thức trực tiếp kết hợp trực tuyến đến 13 điểm cầu phòng"
            " GD&ĐT các huyện, thị xã, thành phố."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự hội nghị có lãnh đạo Sở, trưởng các phòng chuyên môn thuộc Sở; hiệu trưởng"
                " các trường THPT, giám đốc các trung tâm GDNN - GDTX và lãnh đạo phụ trách chuyên"
                " môn cấp THCS của các phòng GD&ĐT."
            ),
            Img(
                f"{MEDIA}/2026/11/giao-ban-chuyen-mon-trung-hoc-1.jpg",
                "Đồng chí Phó Giám đốc Sở GD&ĐT chủ trì hội nghị",
                "Đồng chí Phó Giám đốc Sở GD&ĐT chủ trì hội nghị",
                "em",
            ),
            P(
                "Báo cáo tại hội nghị cho thấy, sau gần 3 tháng thực hiện, các nhà trường đã xây"
                " dựng và triển khai kế hoạch giáo dục theo Chương trình GDPT 2018 đúng hướng dẫn;"
                " 100% trường THPT hoàn thành việc bố trí các cụm môn học lựa chọn cho học sinh lớp"
                " 10; việc kiểm tra, đánh giá thường xuyên được thực hiện linh hoạt, đa dạng."
            ),
            P(
                "Bên cạnh kết quả đạt được, việc tổ chức dạy học các chủ đề liên môn, hoạt động trải"
                " nghiệm, hướng nghiệp ở một số trường còn hình thức; thiết bị dạy học tối thiểu ở"
                " nhiều trường THCS miền núi chưa đáp ứng yêu cầu."
            ),
            Img(
                f"{MEDIA}/2026/11/giao-ban-chuyen-mon-trung-hoc-2.jpg",
                "Đại biểu các đơn vị thảo luận tại hội nghị",
                "Đại biểu các đơn vị thảo luận tại hội nghị",
                "em",
            ),
            P(
                "Kết luận hội nghị, lãnh đạo Sở yêu cầu các đơn vị tập trung ôn tập, tổ chức kiểm"
                " tra cuối học kỳ I nghiêm túc, khách quan; đẩy mạnh sinh hoạt chuyên môn theo"
                " nghiên cứu bài học; chuẩn bị tốt các điều kiện cho kỳ thi chọn học sinh giỏi tỉnh"
                " lớp 12 dự kiến tổ chức vào tháng 12/2026."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phan Thị Thu Hà</strong></p>'),
        ],
        authors=["Phan Thị Thu Hà"],
        photographers=["Phan Thị Thu Hà"],
        opts={"when": datetime(2026, 11, 24, 16, 20), "sum": "p", "tags": ["GDPT 2018"]},
    ),
    Story(
        id=1040,
        slug="truong-thcs-le-van-thiem-to-chuc-ngay-hoi-doc-sach",
        title="Trường THCS Lê Văn Thiêm tổ chức Ngày hội đọc sách",
        cat="hoat-dong-don-vi",
        published_at="2026-11-23T17:05:00+07:00",
        blocks=[
            P(
                "Ngày 21/11, Trường THCS Lê Văn Thiêm (thành phố Hà Tĩnh) tổ chức Ngày hội đọc sách"
                " với chủ đề “Sách - Người bạn đồng hành”, thu hút hơn 900 học sinh tham gia."
            ),
            Img(
                f"{MEDIA}/2026/11/ngay-hoi-doc-sach-le-van-thiem-1.jpg",
                "Học sinh tham quan các gian trưng bày sách của các lớp",
                "Học sinh tham quan các gian trưng bày sách của các lớp",
                "br",
            ),
            P(
                "Mỗi lớp thiết kế một gian trưng bày, giới thiệu sách theo chủ đề tự chọn như lịch"
                " sử địa phương, khoa học vui, văn học thiếu nhi. Học sinh còn tham gia các hoạt động"
                " đóng vai nhân vật, vẽ tranh minh họa và thi kể chuyện theo sách."
            ),
            Img(
                f"{MEDIA}/2026/11/ngay-hoi-doc-sach-le-van-thiem-2.jpg",
                "Tiết mục hóa trang nhân vật trong tác phẩm “Dế Mèn phiêu lưu ký”",
                "Tiết mục hóa trang nhân vật trong tác phẩm “Dế Mèn phiêu lưu ký”",
                "br",
            ),
            P(
                "Thông qua ngày hội, nhà trường mong muốn khơi dậy niềm đam mê, hình thành thói quen"
                " đọc sách cho học sinh; đồng thời phát động phong trào quyên góp sách tặng thư viện"
                " các trường vùng khó khăn của huyện Hương Khê."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Nguyễn Thị Hồng Nhung - Trường THCS'
                " Lê Văn Thiêm</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={"when": datetime(2026, 11, 23, 17, 5), "tags": ["văn hóa đọc"]},
    ),
    Story(
        id=1039,
        slug="thong-bao-lich-tiep-cong-dan-cua-giam-doc-so-thang-12-nam-2026",
        title="Thông báo lịch tiếp công dân của Giám đốc Sở tháng 12 năm 2026",
        cat="thong-bao",
        published_at="2026-11-21T10:00:00+07:00",
        blocks=[
            P(
                "Thực hiện Luật Tiếp công dân, Giám đốc Sở Giáo dục và Đào tạo thông báo lịch tiếp"
                " công dân định kỳ tháng 12 năm 2026 như sau:"
            ),
            P("Ngày | Thời gian | Người tiếp | Địa điểm", "th"),
            P(
                "Thứ Ba, 08/12/2026 | Từ 7h30 đến 11h00 | Giám đốc Sở | Phòng Tiếp công dân, tầng 1",
                "tr",
            ),
            P(
                "Thứ Ba, 22/12/2026 | Từ 13h30 đến 17h00 | Phó Giám đốc Sở | Phòng Tiếp công dân,"
                " tầng 1",
                "tr",
            ),
            P(
                "Công dân đến liên hệ mang theo căn cước và các giấy tờ liên quan đến nội dung kiến"
                " nghị, phản ánh."
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={"when": datetime(2026, 11, 21, 10, 0), "info": "Tác giả: Văn phòng Sở", "tags": []},
    ),
    Story(
        id=1038,
        slug="nganh-giao-duc-ha-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Ngành Giáo dục Hà Tĩnh long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="tin-giao-duc",
        published_at="2026-11-20T09:45:00+07:00",
        summary=(
            "Sáng 19/11, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 -"
            " 20/11/2026) và tôn vinh nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh, lãnh đạo các sở, ban, ngành cấp"
                " tỉnh, các thế hệ nhà giáo qua các thời kỳ cùng 120 nhà giáo tiêu biểu đại diện cho"
                " hơn 23.000 cán bộ, giáo viên, nhân viên toàn ngành."
            ),
            Img(
                f"{MEDIA}/2026/11/ky-niem-20-11-2026-1.jpg",
                "(Đồng chí Phó Chủ tịch UBND tỉnh phát biểu tại buổi lễ)",
                "Đồng chí Phó Chủ tịch UBND tỉnh phát biểu tại buổi lễ",
                "em",
            ),
            P(
                "Năm học 2025 - 2026, ngành Giáo dục tỉnh tiếp tục giữ vững vị trí trong nhóm dẫn đầu"
                " cả nước về giáo dục mũi nhọn với 68 giải học sinh giỏi quốc gia; điểm trung bình"
                " thi tốt nghiệp THPT đứng thứ 9 toàn quốc; tỷ lệ trường đạt chuẩn quốc gia đạt"
                " 86,4%."
            ),
            Img(
                f"{MEDIA}/2026/11/ky-niem-20-11-2026-2.jpg",
                "Ảnh: Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                "em",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận, biểu dương những nỗ"
                " lực của đội ngũ nhà giáo; đề nghị ngành tiếp tục đổi mới quản trị nhà trường,"
                " chăm lo đời sống vật chất, tinh thần cho giáo viên, nhất là giáo viên công tác ở"
                " vùng khó khăn."
            ),
            Img(f"{MEDIA}/2026/11/ky-niem-20-11-2026-3.jpg", None, None, "bare"),
            P(
                "Dịp này, 12 tập thể và 45 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen; 120 nhà"
                " giáo được Giám đốc Sở GD&ĐT tặng Giấy khen vì có thành tích xuất sắc trong sự"
                " nghiệp giáo dục."
            ),
            Raw('<p style="text-align: right;"><strong>Nguyễn Thị Minh Thư</strong></p>'),
        ],
        authors=["Nguyễn Thị Minh Thư"],
        opts={"when": datetime(2026, 11, 20, 9, 45), "sum": "css", "tags": ["nhà giáo"]},
    ),
    Story(
        id=1035,
        slug="ha-tinh-co-52-hoc-sinh-du-thi-chon-hoc-sinh-gioi-quoc-gia-nam-2027",
        title="Hà Tĩnh có 52 học sinh dự thi chọn học sinh giỏi quốc gia năm 2027",
        cat="tin-giao-duc",
        published_at="2026-11-17T14:05:00+07:00",
        blocks=[
            P(
                "Sở GD&ĐT vừa có quyết định thành lập đội tuyển tham dự kỳ thi chọn học sinh giỏi"
                " quốc gia THPT năm 2027 gồm 52 học sinh ở 10 môn thi: Toán, Vật lí, Hóa học, Sinh"
                " học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh và Tiếng Pháp."
            ),
            P(
                "Trong đó, Trường THPT chuyên Hà Tĩnh có 44 học sinh; các trường THPT Phan Đình"
                " Phùng, Nguyễn Du, Hồng Lĩnh có 8 học sinh. Các đội tuyển được tập trung ôn luyện từ"
                " ngày 18/11/2026 dưới sự hướng dẫn của giáo viên giàu kinh nghiệm và giảng viên một"
                " số trường đại học."
            ),
            P(
                "Tại kỳ thi năm trước (xem kết quả tại đây), Hà Tĩnh đạt 61 giải, trong đó có 6 giải"
                " Nhất, xếp thứ 4 toàn quốc.",
                "a|"
                + "/portal/sgddt/chi-tiet?content-id="
                + quote(SOFT_404_ID)
                + "|xem kết quả tại đây",
            ),
            P(
                "Kỳ thi chọn học sinh giỏi quốc gia năm 2027 dự kiến diễn ra trong hai ngày 07 và 08/01/2027."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Thu Trang</strong></p>'
                '<p style="text-align: right;"><em>Nguồn: Báo Hà Tĩnh</em></p>'
            ),
        ],
        authors=["Thu Trang"],
        source="Báo Hà Tĩnh",
        opts={"when": datetime(2026, 11, 17, 14, 5), "sum": "empty", "tags": ["học sinh giỏi"]},
    ),
    Story(
        id=1034,
        slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-vien-nam-2026-dot-2",
        title="Thông báo kết quả xét tuyển viên chức giáo viên năm 2026 (đợt 2)",
        cat="thong-bao",
        published_at="2026-11-13T08:00:00+07:00",
        blocks=[
            P(
                "Hội đồng xét tuyển viên chức Sở Giáo dục và Đào tạo thông báo kết quả xét tuyển viên"
                " chức giáo viên năm 2026 (đợt 2) đối với các trường THPT và trung tâm GDNN - GDTX"
                " trực thuộc Sở."
            ),
            P(
                "Danh sách thí sinh trúng tuyển được niêm yết tại trụ sở Sở và đăng tải tại tệp đính kèm."
            ),
            P(
                "Thí sinh trúng tuyển hoàn thiện hồ sơ và nộp về Phòng Tổ chức cán bộ từ ngày"
                " 16/11/2026 đến hết ngày 27/11/2026 (trong giờ hành chính)."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 13, 8, 0),
            "info": "Người đăng: vanphong",
            "attach": [
                (
                    "2026/11/TB-ket-qua-xet-tuyen-vien-chuc-dot-2-2026.pdf",
                    "TB kết quả xét tuyển viên chức đợt 2 năm 2026",
                )
            ],
            "tags": ["tuyển dụng"],
        },
    ),
    Story(
        id=1033,
        slug="truong-mam-non-hoa-hong-dat-ket-qua-cao-tai-hoi-thi-giao-vien-day-gioi",
        title="Trường Mầm non Hoa Hồng đạt kết quả cao tại Hội thi giáo viên dạy giỏi cấp huyện",
        cat="hoat-dong-don-vi",
        published_at="2026-11-10T11:20:00+07:00",
        summary=(
            "Tại Hội thi giáo viên dạy giỏi cấp học mầm non huyện Cẩm Xuyên năm học 2026 - 2027,"
            " Trường Mầm non Hoa Hồng có 4/4 giáo viên dự thi đạt giải."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi diễn ra từ ngày 03 đến 07/11 với 86 giáo viên đến từ 23 trường mầm non trên"
                " địa bàn huyện. Mỗi giáo viên trải qua hai phần thi: trình bày biện pháp nâng cao"
                " chất lượng chăm sóc, giáo dục trẻ và thực hành tổ chức hoạt động giáo dục."
            ),
            Img(
                f"{MEDIA}/2026/11/mn-hoa-hong-gvdg.jpg",
                "Cô giáo Trần Thị Hoài tổ chức hoạt động khám phá cho trẻ mẫu giáo 5 tuổi",
                "Cô giáo Trần Thị Hoài tổ chức hoạt động khám phá cho trẻ mẫu giáo 5 tuổi",
                "em",
            ),
            P(
                "Kết quả, cô giáo Trần Thị Hoài đạt giải Nhất; các cô giáo Võ Thị Lan, Nguyễn Thị"
                " Ngọc Ánh đạt giải Nhì và cô giáo Phạm Thị Thúy đạt giải Ba."
            ),
            Raw('<p style="text-align: right;"><strong>Bài và ảnh: Lê Thị Bích Ngọc</strong></p>'),
        ],
        authors=["Lê Thị Bích Ngọc"],
        photographers=["Lê Thị Bích Ngọc"],
        opts={"when": datetime(2026, 11, 10, 11, 20), "sum": "css", "tags": ["giáo viên dạy giỏi"]},
    ),
    Story(
        id=1032,
        slug="bo-gd-dt-lay-y-kien-du-thao-sua-doi-quy-che-thi-tot-nghiep-thpt",
        title="Bộ GD&ĐT lấy ý kiến dự thảo sửa đổi Quy chế thi tốt nghiệp THPT",
        cat="tin-giao-duc",
        published_at="2026-11-12T08:30:00+07:00",
        summary=(
            "Bộ Giáo dục và Đào tạo vừa công bố dự thảo Thông tư sửa đổi, bổ sung một số điều của"
            " Quy chế thi tốt nghiệp trung học phổ thông để lấy ý kiến rộng rãi của các tổ chức,"
            " cá nhân."
        ),
        sapo_outside=True,
        blocks=[
            P("Dự thảo tập trung vào một số nội dung chính sau:"),
            P(
                "Bổ sung quy định về tổ chức thi trên máy tính đối với một số môn thi tại các điểm"
                " thi đủ điều kiện;",
                "li",
            ),
            P(
                "Điều chỉnh thời gian công bố kết quả thi sớm hơn so với năm trước để các cơ sở đào"
                " tạo chủ động xét tuyển;",
                "li",
            ),
            P(
                "Quy định cụ thể hơn trách nhiệm của các sở GD&ĐT trong việc bảo quản đề thi, bài"
                " thi và phòng, chống gian lận bằng thiết bị công nghệ cao.",
                "li",
            ),
            P(
                "Dự thảo được đăng tải trên Cổng thông tin điện tử của Bộ GD&ĐT. Thời gian lấy ý kiến"
                " đến hết ngày 10/12/2026."
            ),
            P(
                "Sở GD&ĐT đề nghị các trường THPT, trung tâm GDNN - GDTX tổ chức cho cán bộ, giáo viên"
                " nghiên cứu, góp ý và gửi về Phòng Khảo thí và Quản lý chất lượng trước ngày"
                " 30/11/2026."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Bộ GD&amp;ĐT</em></p>'),
        ],
        source="Bộ GD&ĐT",
        opts={
            "when": datetime(2026, 11, 12, 8, 30),
            "sum": "css",
            "nfd": True,
            "tags": ["thi tốt nghiệp THPT"],
        },
    ),
    Story(
        id=1029,
        slug="tap-huan-giao-vien-cot-can-ve-chuyen-doi-so-trong-day-hoc",
        title="Tập huấn giáo viên cốt cán về chuyển đổi số trong dạy học",
        cat="tin-giao-duc",
        published_at="2026-11-06T10:10:00+07:00",
        summary=(
            "Từ ngày 03 đến 05/11, Sở GD&ĐT tổ chức lớp tập huấn chuyển đổi số trong dạy học cho"
            " 180 giáo viên cốt cán cấp THCS và THPT."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại lớp tập huấn, học viên được hướng dẫn khai thác kho học liệu số dùng chung của"
                " ngành, thiết kế bài giảng điện tử, xây dựng ngân hàng câu hỏi và tổ chức kiểm tra,"
                " đánh giá trên hệ thống học tập trực tuyến."
            ),
            Img(
                f"{MEDIA}/2026/11/tap-huan-chuyen-doi-so.jpg",
                "Giảng viên hướng dẫn học viên thiết kế bài giảng điện tử",
                "Giảng viên hướng dẫn học viên thiết kế bài giảng điện tử",
                "table",
            ),
            P(
                "Mỗi học viên hoàn thành một sản phẩm là kế hoạch bài dạy có ứng dụng công nghệ số và"
                " trình bày trước lớp. Các sản phẩm đạt yêu cầu được chọn đưa lên kho học liệu số của"
                " ngành."
            ),
            P(
                "Sau tập huấn, đội ngũ giáo viên cốt cán sẽ tiếp tục hướng dẫn, hỗ trợ đồng nghiệp"
                " tại đơn vị mình thông qua sinh hoạt tổ, nhóm chuyên môn."
            ),
            Raw(
                '<p style="text-align: right;"><strong>TS. Đặng Quốc Bảo - Phòng GDTrH</strong></p>'
            ),
        ],
        authors=["Đặng Quốc Bảo"],
        opts={"when": datetime(2026, 11, 6, 10, 10), "sum": "p", "tags": ["chuyển đổi số"]},
    ),
    Story(
        id=1027,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-bao-so-12",
        title="Thông báo cho học sinh nghỉ học để phòng, tránh bão số 12",
        cat="thong-bao",
        published_at="2026-11-03T14:30:00+07:00",
        summary=(
            "Để bảo đảm an toàn cho học sinh trước diễn biến của bão số 12, Sở GD&ĐT thông báo cho"
            " học sinh toàn tỉnh nghỉ học ngày 04/11/2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Cụ thể, học sinh mầm non, tiểu học, THCS, THPT và học viên các trung tâm GDNN - GDTX"
                " trên địa bàn toàn tỉnh nghỉ học cả ngày thứ Tư, 04/11/2026. Cán bộ, giáo viên, nhân"
                " viên tham gia chằng chống trường lớp, bảo vệ tài sản, thiết bị dạy học."
            ),
            P(
                "Thủ trưởng các đơn vị theo dõi chặt chẽ diễn biến của bão, chủ động cho học sinh"
                " nghỉ học thêm nếu điều kiện không bảo đảm an toàn và báo cáo kịp thời về Sở qua"
                " số điện thoại đường dây nóng 0239 3 856 512."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 3, 14, 30),
            "sum": "css",
            "info": "Người đăng: bientap",
            "tags": ["an toàn trường học"],
        },
    ),
    Story(
        id=1024,
        slug="phat-dong-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-danh-cho-hoc-sinh-trung-hoc",
        title=(
            "Phát động Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học"
            " 2026 - 2027"
        ),
        cat="tin-giao-duc",
        published_at="2026-10-30",
        summary=(
            "Sở GD&ĐT vừa ban hành kế hoạch tổ chức Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho"
            " học sinh trung học năm học 2026 - 2027."
        ),
        blocks=[
            P(
                "Sở GD&ĐT vừa ban hành kế hoạch tổ chức Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho"
                " học sinh trung học năm học 2026 - 2027.",
                "lead",
            ),
            P(
                "Cuộc thi dành cho học sinh từ lớp 8 đến lớp 12 đang học tại các trường THCS, THPT,"
                " trung tâm GDNN - GDTX trên địa bàn tỉnh. Mỗi dự án có không quá 2 học sinh dự thi"
                " và 1 người hướng dẫn khoa học."
            ),
            P(
                "Dự án dự thi thuộc một trong 22 lĩnh vực như: khoa học động vật, hóa sinh, kỹ thuật"
                " cơ khí, khoa học xã hội và hành vi, phần mềm hệ thống, năng lượng và vận tải..."
            ),
            P(
                "Các đơn vị gửi hồ sơ đăng ký về Sở GD&ĐT (qua Phòng GDTrH) trước ngày 15/12/2026."
                " Vòng chung kết dự kiến tổ chức trong tháng 01/2027 tại Trường THPT chuyên Hà Tĩnh."
            ),
        ],
        opts={"when": datetime(2026, 10, 30, 0, 0), "tags": ["học sinh giỏi"]},
    ),
    Story(
        id=1022,
        slug="truong-thpt-cam-xuyen-ra-mat-mo-hinh-cong-truong-an-toan-giao-thong",
        title="Trường THPT Cẩm Xuyên ra mắt mô hình “Cổng trường an toàn giao thông”",
        cat="hoat-dong-don-vi",
        published_at="2026-10-28T16:00:00+07:00",
        summary=(
            "Sáng 26/10, Trường THPT Cẩm Xuyên phối hợp với Công an huyện Cẩm Xuyên ra mắt mô hình"
            " “Cổng trường an toàn giao thông” năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mô hình nhằm bảo đảm trật tự, an toàn giao thông khu vực cổng trường vào giờ đến"
                " trường và tan học, không để xảy ra ùn tắc; nâng cao ý thức chấp hành pháp luật về"
                " giao thông của học sinh."
            ),
            Img(f"{REAL_HOST}{MEDIA}/2026/10/cong-truong-atgt-cam-xuyen.jpg", None, None, "bare"),
            P(
                "Theo đó, đội tình nguyện của Đoàn trường gồm 40 học sinh được phân công trực, hướng"
                " dẫn phụ huynh, học sinh dừng, đỗ xe đúng nơi quy định. Nhà trường cũng cam kết"
                " 100% học sinh đội mũ bảo hiểm khi đi xe đạp điện, xe máy điện."
            ),
        ],
        opts={"when": datetime(2026, 10, 28, 16, 0), "sum": "p", "tags": ["an toàn trường học"]},
    ),
    Story(
        id=1019,
        slug="nang-cao-chat-luong-giao-duc-thuong-xuyen-gan-voi-dao-tao-nghe",
        title="Nâng cao chất lượng giáo dục thường xuyên gắn với đào tạo nghề",
        cat="tin-giao-duc",
        published_at="2026-10-22T15:40:00+07:00",
        summary=(
            "Năm học 2026 - 2027, các trung tâm GDNN - GDTX trên địa bàn tỉnh tiếp tục thực hiện mô"
            " hình vừa học văn hóa, vừa học nghề cho gần 4.000 học viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đầu năm học, 13 trung tâm GDNN - GDTX đã tuyển sinh 1.912 học viên lớp 10, đạt 104%"
                " kế hoạch. Học viên được học các nghề điện dân dụng, may công nghiệp, tin học văn"
                " phòng, sửa chữa ô tô... theo nhu cầu của doanh nghiệp."
            ),
            Img(f"{MEDIA}/2026/10/DSC_0457.JPG", "DSC_0457.JPG", None, "file"),
            P(
                "Nhiều trung tâm đã ký kết hợp tác với doanh nghiệp trong và ngoài tỉnh để tổ chức"
                " thực hành, thực tập và giới thiệu việc làm cho học viên sau khi tốt nghiệp; tỷ lệ"
                " học viên có việc làm sau 6 tháng đạt trên 85%."
            ),
            P(
                "Thời gian tới, Sở GD&ĐT tiếp tục tham mưu UBND tỉnh rà soát, sắp xếp mạng lưới trung"
                " tâm, đầu tư thiết bị thực hành và bồi dưỡng đội ngũ giáo viên dạy văn hóa kết hợp"
                " dạy nghề."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng GDTX - CN</strong></p>'),
        ],
        authors=["Phòng GDTX - CN"],
        opts={
            "when": datetime(2026, 10, 22, 15, 40),
            "sum": "css",
            "modified": datetime(2026, 11, 20, 15, 12),
            "tags": ["GDTX"],
        },
    ),
    Story(
        id=1013,
        slug="tang-cuong-cong-tac-phong-chong-duoi-nuoc-cho-hoc-sinh-mua-mua-bao",
        title="Tăng cường công tác phòng, chống đuối nước cho học sinh trong mùa mưa bão",
        cat="tin-giao-duc",
        published_at="2026-10-15T07:50:00+07:00",
        summary=(
            "Trước diễn biến phức tạp của mưa lũ, Sở GD&ĐT yêu cầu các đơn vị tăng cường các biện"
            " pháp phòng, chống tai nạn đuối nước cho học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo đó, các nhà trường tổ chức tuyên truyền, giáo dục kỹ năng phòng, chống đuối"
                " nước qua tiết sinh hoạt lớp, chào cờ; phối hợp với chính quyền địa phương rà soát,"
                " cắm biển cảnh báo tại các ao, hồ, sông, suối gần trường và trên đường học sinh đi"
                " học."
            ),
            Img(
                f"{OLD_MEDIA}/2026/10/phong-chong-duoi-nuoc-thach-kim.jpg",
                "Học sinh Trường Tiểu học Thạch Kim thực hành kỹ năng an toàn dưới nước",
                "Học sinh Trường Tiểu học Thạch Kim thực hành kỹ năng an toàn dưới nước",
                "br",
            ),
            P(
                "Các đơn vị chủ động phương án cho học sinh nghỉ học khi có mưa lũ, chia cắt; tuyệt"
                " đối không để học sinh lội qua ngầm tràn, suối khi nước dâng cao."
            ),
            P(
                "Sở cũng đề nghị cha mẹ học sinh quan tâm, quản lý con em trong thời gian nghỉ học,"
                " không để trẻ tự ý đi bơi, tắm sông, suối khi không có người lớn đi kèm."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Hoàng Anh</strong></p>'
                '<p style="text-align: right;"><strong>Ảnh: Đức Minh</strong></p>'
            ),
        ],
        authors=["Hoàng Anh"],
        photographers=["Đức Minh"],
        opts={
            "when": datetime(2026, 10, 15, 7, 50),
            "sum": "p",
            "illus": True,
            "tags": ["an toàn trường học"],
        },
    ),
]

_NEWEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
_BY_KEY = {(s.cat, s.slug): s for s in STORIES}


def in_cat(cat: str | None) -> list[Story]:
    return [s for s in _NEWEST if cat is None or s.cat == cat]


def content_id(s: Story) -> str:
    """The JCR path of the document (what ``content-id`` carries, before URL encoding)."""
    return f"{JCR}/web contents/{s.cat}/{s.slug}"


def friendly_path(s: Story) -> str:
    return f"{ROOT}/detail/sgddt/web-contents/{s.cat}/{s.slug}"


def detail_path(s: Story) -> str:
    return f"{ROOT}/chi-tiet?content-id={quote(content_id(s))}"


def print_path(s: Story) -> str:
    return f"{ROOT}/in?content-id={quote(content_id(s))}"


def thumb(s: Story) -> str:
    return f"/rest/thumbnailImage/medium{quote(content_id(s))}"


# --------------------------------------------------------------------------- documents, pages


DOCS: list[tuple[str, date, str, str]] = [
    ("2150/SGDĐT-GDTrH", date(2026, 11, 20), "Hướng dẫn kiểm tra cuối học kỳ I năm học 2026 - 2027",
     "2026/11/2150-SGDDT-GDTrH-kiem-tra-cuoi-hk1.pdf"),
    ("2098/SGDĐT-VP", date(2026, 11, 12), "Lịch công tác tháng 12 năm 2026 của Sở GD&ĐT",
     "2026/11/2098-SGDDT-VP-lich-cong-tac-thang-12.pdf"),
    ("1985/QĐ-SGDĐT", date(2026, 11, 2), "Quyết định thành lập đội tuyển dự thi học sinh giỏi quốc gia năm 2027",
     "2026/11/1985-QD-SGDDT-doi-tuyen-hsg-qg-2027.pdf"),
    ("1920/SGDĐT-GDMN", date(2026, 10, 26), "Hướng dẫn tổ chức Hội thi giáo viên dạy giỏi cấp học mầm non",
     "2026/10/1920-SGDDT-GDMN-hoi-thi-gvdg.pdf"),
    ("1877/KH-SGDĐT", date(2026, 10, 20), "Kế hoạch tổ chức Cuộc thi khoa học kỹ thuật cấp tỉnh năm học 2026 - 2027",
     "2026/10/1877-KH-SGDDT-cuoc-thi-khkt.pdf"),
    ("1803/SGDĐT-CTTT", date(2026, 10, 9), "Tăng cường phòng, chống đuối nước cho học sinh",
     "2026/10/1803-SGDDT-CTTT-phong-chong-duoi-nuoc.pdf"),
    ("1750/SGDĐT-GDTX", date(2026, 10, 1), "Hướng dẫn nhiệm vụ giáo dục thường xuyên năm học 2026 - 2027",
     "2026/10/1750-SGDDT-GDTX-nhiem-vu-gdtx.pdf"),
    ("1622/QĐ-UBND", date(2026, 9, 18), "Quyết định ban hành khung kế hoạch thời gian năm học 2026 - 2027",
     "2026/09/1622-QD-UBND-khung-ke-hoach-nam-hoc.pdf"),
    ("1590/SGDĐT-KTQLCL", date(2026, 9, 10), "Hướng dẫn nhiệm vụ khảo thí và kiểm định chất lượng giáo dục",
     "2026/09/1590-SGDDT-KTQLCL-nhiem-vu-khao-thi.pdf"),
]  # fmt: skip

ALBUM: list[tuple[str, str]] = [
    ("thu-vien-anh/2026/le-khai-giang-nam-hoc-2026-2027.jpg", "Lễ khai giảng năm học 2026 - 2027 tại Trường THPT chuyên Hà Tĩnh"),
    ("thu-vien-anh/2026/doan-hoc-sinh-gioi-quoc-gia-2026.jpg", "Đoàn học sinh giỏi quốc gia năm 2026 nhận khen thưởng"),
    ("thu-vien-anh/2026/trao-qua-hoc-sinh-vung-lu.jpg", "Trao quà cho học sinh vùng lũ huyện Hương Khê"),
    ("thu-vien-anh/2026/hoi-thao-chuyen-doi-so.jpg", "Hội thảo chuyển đổi số trong giáo dục"),
    ("thu-vien-anh/2026/ngay-hoi-stem.jpg", "Ngày hội STEM học sinh trung học"),
    ("thu-vien-anh/2026/giai-bong-da-hoc-sinh.jpg", "Giải bóng đá học sinh THPT toàn tỉnh"),
]  # fmt: skip

STATIC_PAGES: dict[str, tuple[str, list[str]]] = {
    f"{ROOT}/gioi-thieu": (
        "Lịch sử hình thành và phát triển",
        [
            "Sở Giáo dục và Đào tạo Hà Tĩnh được thành lập năm 1991, khi tỉnh Hà Tĩnh được tái lập"
            " trên cơ sở chia tách tỉnh Nghệ Tĩnh. Sở là cơ quan chuyên môn thuộc UBND tỉnh, tham"
            " mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.",
            "Trải qua hơn 35 năm xây dựng và phát triển, ngành Giáo dục Hà Tĩnh luôn nằm trong nhóm"
            " các tỉnh dẫn đầu cả nước về chất lượng giáo dục mũi nhọn và kết quả thi tốt nghiệp"
            " THPT. Ngành được Nhà nước trao tặng Huân chương Độc lập hạng Nhất (năm 2016).",
            "Toàn tỉnh hiện có hơn 700 cơ sở giáo dục với trên 23.000 cán bộ, giáo viên, nhân viên"
            " và gần 330.000 học sinh, học viên.",
        ],
    ),
    f"{ROOT}/gioi-thieu/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc.",
            "Các phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế"
            " hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng"
            " GDTX - CN; Phòng Khảo thí và Quản lý chất lượng; Phòng Chính trị tư tưởng.",
            "Các đơn vị trực thuộc: 56 trường THPT, 13 trung tâm GDNN - GDTX, Trường THPT chuyên Hà"
            " Tĩnh và Trung tâm Kỹ thuật tổng hợp - Hướng nghiệp tỉnh.",
        ],
    ),
}

TAGS = sorted({t for s in STORIES for t in s.opts.get("tags", [])})

# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, friendly_path(s), CATS[s.cat][0], alt_paths=[detail_path(s)]) for s in _NEWEST
]


def _cid(node: str, page: int, lang: str) -> str:
    """A portlet component id as eXo prints it in action URLs: it differs with the printing page."""
    h = hashlib.md5(f"{node}|{page}|{lang}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def page_url(node: str, target: int, printed_on: int, lang: str = "vi", ajax: bool = False) -> str:
    """The UIPageIterator action URL for page ``target`` as printed on page ``printed_on``."""
    q = (
        f"portal:componentId={_cid(node, printed_on, lang)}&portal:type=action&portal:isSecure=false"
        f"&uicomponent=UICLVPresentation&op=ShowPage&objectId={target}"
    )
    if lang == "en":
        q += "&lang=en"
    if ajax:
        q += "&ajaxRequest=true"
    return f"{node}?{q}"


def _pages(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


def _listing_nodes() -> dict[str, list]:
    out: dict[str, list] = {f"{ROOT}/tin-tuc": in_cat(None)}
    for cat in CATS:
        out[f"{ROOT}/tin-tuc/{cat}"] = in_cat(cat)
    out[f"{ROOT}/van-ban"] = DOCS
    return out


LISTINGS = _listing_nodes()

NON_ARTICLES: list[str] = [
    HOME,
    *(
        p
        for node, items in LISTINGS.items()
        for p in [node, *(page_url(node, n, n - 1) for n in range(2, _pages(len(items)) + 1))]
    ),
    *STATIC_PAGES,
    f"{ROOT}/lien-he",
    f"{ROOT}/thu-vien-anh",
    f"{ROOT}/so-do-cong",
    *(f"{ROOT}/tim-kiem?tag={quote(t)}" for t in TAGS),
    *(print_path(s) for s in _NEWEST),
    f"{ROOT}/chi-tiet?content-id={quote(SOFT_404_ID)}",
]


# --------------------------------------------------------------------------- text


_CK_NAMED = {
    "\u201c": "ldquo",
    "\u201d": "rdquo",
    "\u2013": "ndash",
    "\u2018": "lsquo",
    "\u2019": "rsquo",
}


def _ck(value: str, s: Story | None = None) -> str:
    """Article text as the Content field stores it: CKEditor 3 with ``config.entities`` (Latin-1
    letters and typographic quotes as named entities), or pasted decomposed (NFD) text."""
    escaped = esc(value).replace("&#x27;", "'")
    if s is not None and s.opts.get("nfd"):
        return unicodedata.normalize("NFD", escaped)
    out = []
    for ch in escaped:
        if ch in _CK_NAMED:
            out.append(f"&{_CK_NAMED[ch]};")
        elif 0xA0 <= ord(ch) <= 0xFF and ord(ch) in codepoint2name:
            out.append(f"&{codepoint2name[ord(ch)]};")
        else:
            out.append(ch)
    return "".join(out)


def _t(value: str) -> str:
    return esc(value).replace("&#x27;", "'")


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


# --------------------------------------------------------------------------- chrome


_LABELS = {
    "vi": {
        "home": "Trang chủ", "intro": "Giới thiệu", "org": "Cơ cấu tổ chức", "docs": "Văn bản",
        "album": "Thư viện ảnh", "contact": "Liên hệ", "work": "Điều hành tác nghiệp",
        "login": "Đăng nhập", "user": "Tên đăng nhập", "pass": "Mật khẩu", "remember": "Ghi nhớ",
        "latest": "Tin mới cập nhật", "links": "Liên kết website", "choose": "-- Chọn liên kết --",
        "stats": "Thống kê truy cập", "online": "Đang truy cập", "today": "Hôm nay",
        "total": "Tổng lượt truy cập", "internal": "Văn bản nội bộ",
        "denied": "Bạn chưa có đủ quyền truy nhập portlet này.", "date": "Ngày",
        "page": "Trang", "first": "Trang đầu", "prev": "Trang trước", "next": "Trang sau",
        "last": "Trang cuối", "search": "Tìm kiếm", "sitemap": "Sơ đồ cổng", "mail": "Hộp thư công vụ",
    },
    "en": {
        "home": "Home", "intro": "Introduction", "org": "Organization", "docs": "Documents",
        "album": "Photo gallery", "contact": "Contact", "work": "Intranet",
        "login": "Sign in", "user": "Username", "pass": "Password", "remember": "Remember me",
        "latest": "Latest news", "links": "Links", "choose": "-- Select a link --",
        "stats": "Statistics", "online": "Online", "today": "Today",
        "total": "Total visits", "internal": "Internal documents",
        "denied": "You do not have permission to access this portlet.", "date": "Date",
        "page": "Page", "first": "First page", "prev": "Previous page", "next": "Next page",
        "last": "Last page", "search": "Search", "sitemap": "Sitemap", "mail": "Webmail",
    },
}  # fmt: skip


def _nav(path: str, lang: str) -> str:
    """A navigation node's link: English mode keeps ``lang=en`` on node links."""
    return f"{path}?lang=en" if lang == "en" else path


def _pid(seed: str) -> str:
    return "UIPortlet-" + hashlib.md5(seed.encode()).hexdigest()[:14]


def _portlet(kind: str, inner: str, seed: str) -> str:
    pid = _pid(kind + seed)
    return (
        f'<div class="UIPortlet {kind}Portlet" id="{pid}" style="">\n'
        f'<div class="PORTLET-FRAGMENT" id="{pid[10:]}">\n{inner}\n</div>\n</div>\n'
    )


def _login_href(target: str) -> str:
    sep = "&amp;" if "?" in target else "?"
    return esc(target) + f"{sep}portal:componentId=UIPortal&amp;portal:action=ShowLoginForm"


def _toolbar(target: str, lang: str, english_target: str) -> str:
    lb = _LABELS[lang]
    if lang == "en":
        switch = (
            f'<a href="{esc(english_target.split("?")[0])}?lang=vi" class="LangVi">Tiếng Việt</a>'
            ' | <span class="Selected">English</span>'
        )
    else:
        switch = (
            '<span class="Selected">Tiếng Việt</span> | '
            f'<a href="{esc(english_target)}" class="LangEn">English</a>'
        )
    return (
        '<div class="UIContainer UIToolbarContainer" id="UIToolbarContainer">'
        '<div class="ToolbarContainer ClearFix">'
        f'<div class="UserInfo"><a class="LoginIcon" href="{_login_href(target)}">{lb["login"]}</a></div>'
        f'<div class="UILanguageSelector">{switch}</div></div></div>\n'
    )


def _banner(lang: str) -> str:
    return _portlet(
        "UIBanner",
        '<div class="UIBannerPortlet"><div class="BannerContent ClearFix">'
        f'<a href="{_nav(HOME, lang)}" class="Logo"><img src="{SKIN}/images/logo-sgddt.png" alt="{_t(SHORT)}" /></a>'
        '<div class="BannerTitle"><div class="Line1">UBND TỈNH HÀ TĨNH</div>'
        '<div class="Line2">SỞ GIÁO DỤC VÀ ĐÀO TẠO</div></div>'
        '<div class="DateTimeBanner"><script type="text/javascript">'
        "var thu=['Chủ Nhật','Thứ Hai','Thứ Ba','Thứ Tư','Thứ Năm','Thứ Sáu','Thứ Bảy'];"
        "var d=new Date();document.write(thu[d.getDay()]+', ngày '+('0'+d.getDate()).slice(-2)+'/'"
        "+('0'+(d.getMonth()+1)).slice(-2)+'/'+d.getFullYear());</script>"
        f"<noscript>{TODAY}</noscript></div></div></div>",
        "banner",
    )


def _menu(lang: str) -> str:
    lb = _LABELS[lang]
    cats = "".join(
        f'<li class="MenuItem"><a href="{_nav(f"{ROOT}/tin-tuc/{k}", lang)}">{v[0 if lang == "vi" else 1]}</a></li>'
        for k, v in CATS.items()
    )
    news = ALL_NEWS[0 if lang == "vi" else 1]
    return _portlet(
        "UINavigation",
        '<div class="UIHorizontalNavigation"><ul class="MenuBar ClearFix">'
        f'<li class="MenuItem"><a href="{_nav(HOME, lang)}">{lb["home"]}</a></li>'
        f'<li class="MenuItem ArrowDown"><a href="{_nav(ROOT + "/gioi-thieu", lang)}">{lb["intro"]}</a>'
        f'<ul class="MenuItemContainer"><li class="MenuItem"><a href="{_nav(ROOT + "/gioi-thieu/co-cau-to-chuc", lang)}">{lb["org"]}</a></li></ul></li>'
        f'<li class="MenuItem ArrowDown"><a href="{_nav(ROOT + "/tin-tuc", lang)}">{news}</a>'
        f'<ul class="MenuItemContainer">{cats}</ul></li>'
        f'<li class="MenuItem"><a href="{_nav(ROOT + "/van-ban", lang)}">{lb["docs"]}</a></li>'
        f'<li class="MenuItem"><a href="{_nav(ROOT + "/thu-vien-anh", lang)}">{lb["album"]}</a></li>'
        f'<li class="MenuItem"><a href="/portal/private/sgddt/dieu-hanh-tac-nghiep">{lb["work"]}</a></li>'
        f'<li class="MenuItem"><a href="{_nav(ROOT + "/lien-he", lang)}">{lb["contact"]}</a></li>'
        "</ul></div>"
        f'<div class="UISearchBox"><form action="{ROOT}/tim-kiem" method="get">'
        f'<input type="text" name="keyword" class="SearchInput" value="" />'
        f'<input type="submit" class="SearchButton" value="{lb["search"]}" /></form></div>',
        "menu",
    )  # fmt: skip


def _breadcrumbs(trail: list[tuple[str, str | None]], lang: str) -> str:
    lb = _LABELS[lang]
    parts = [f'<a href="{_nav(HOME, lang)}">{lb["home"]}</a>']
    for label, href in trail:
        parts.append(
            f'<a href="{href}">{label}</a>' if href else f'<a class="Selected">{label}</a>'
        )
    sep = '<div class="RightBlackGridArrow16x16Icon"><span> » </span></div>'
    return _portlet(
        "UIBreadcumbs",
        '<div class="UIBreadcumbs"><div class="LeftBreadcumbsBar"><div class="RightBreadcumbsBar">'
        f'<div class="BreadcumbsInfoBar ClearFix">{sep.join(parts)}</div></div></div></div>',
        "crumbs",
    )


def _sidebar(target: str, lang: str) -> str:
    lb = _LABELS[lang]
    login = (
        '<div class="UILoginForm"><div class="LoginDecorator">'
        f'<div class="LoginHeading">{lb["login"]}</div>'
        '<form class="UIForm" name="loginForm" action="/portal/login" method="post">'
        f'<input type="hidden" name="initialURI" value="{esc(target)}" />'
        '<table class="LoginContainer"><tr>'
        f'<td class="FieldLabel">{lb["user"]}</td><td><input class="UserName" name="username" type="text" /></td></tr>'
        f'<tr><td class="FieldLabel">{lb["pass"]}</td><td><input class="Password" name="password" type="password" /></td></tr></table>'
        f'<div class="MemorizeCheck"><input type="checkbox" name="rememberme" value="true" /> {lb["remember"]}</div>'
        f'<div class="LoginButton"><input type="submit" class="Button" value="{lb["login"]}" /></div>'
        "</form></div></div>"
    )  # fmt: skip
    latest = "".join(
        f'<li><a href="{esc(detail_path(s))}">{_t(s.title)}</a> <span class="DateTime">({_dmy(s.opts["when"])})</span></li>'
        for s in _NEWEST[:6]
    )
    links = (
        f'<select class="SelectLink" onchange="if(this.value!=\'\')window.open(this.value);">'
        f'<option value="">{lb["choose"]}</option>'
        '<option value="http://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>'
        '<option value="http://truongchuyenhatinh.edu.vn">Trường THPT chuyên Hà Tĩnh</option>'
        '<option value="http://thisinh.thitotnghiepthpt.edu.vn">Hệ thống thi tốt nghiệp THPT</option>'
        "</select>"
    )
    stats = (
        '<div class="UIVisitorCounter"><table>'
        f'<tr><td>{lb["online"]}:</td><td class="Number">41</td></tr>'
        f'<tr><td>{lb["today"]}:</td><td class="Number">1.286</td></tr>'
        f'<tr><td>{lb["total"]}:</td><td class="Number">6.204.517</td></tr></table></div>'
    )
    banners = (
        '<div class="BannerAds"><a href="http://dichvucong.hatinh.gov.vn" target="_blank">'
        f'<img src="{SKIN}/images/banner-dich-vu-cong.jpg" alt="Dịch vụ công trực tuyến" /></a>'
        '<a href="http://csdl.moet.gov.vn" target="_blank">'
        f'<img src="{SKIN}/images/banner-csdl-nganh.jpg" alt="Cơ sở dữ liệu ngành" /></a>'
        f'<a href="/portal/private/sgddt/hop-thu-cong-vu">{lb["mail"]}</a></div>'
    )

    def box(title: str, inner: str, seed: str) -> str:
        return _portlet(
            "UIContentPresentation",
            f'<div class="SideBox"><h3 class="TitleBar">{title}</h3><div class="SideBoxContent">{inner}</div></div>',
            seed,
        )

    return (
        _portlet("UILogin", login, "login")
        + box(lb["latest"], f'<ul class="LatestNews">{latest}</ul>', "latest")
        + box(lb["internal"], f'<div class="PortletMsgError">{lb["denied"]}</div>', "internal")
        + box(lb["links"], links, "links")
        + box(lb["stats"], stats, "stats")
        + box("", banners, "ads")
    )


def _footer(lang: str) -> str:
    return _portlet(
        "UIFooter",
        '<div class="UIFooterPortlet"><div class="FooterContent">'
        f"<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ {SITE.upper()}</strong></p>"
        f"<p>Địa chỉ: {ADDRESS}</p>"
        f"<p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}</p>"
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>"
        "<p>Bản quyền thuộc Sở Giáo dục và Đào tạo Hà Tĩnh. Ghi rõ nguồn khi phát hành lại thông tin từ"
        " cổng thông tin này.</p>"
        f'<p><a href="{_nav(ROOT + "/so-do-cong", lang)}">{_LABELS[lang]["sitemap"]}</a> | '
        f'<a href="{_nav(ROOT + "/lien-he", lang)}">{_LABELS[lang]["contact"]}</a></p>'
        '<p class="PoweredBy">Phát triển trên nền tảng eXo Platform</p></div></div>',
        "footer",
    )


def _page(
    title: str,
    main: str,
    *,
    target: str,
    node: str,
    lang: str = "vi",
    crumbs: list[tuple[str, str | None]] | None = None,
    english: str | None = None,
    head: str = "",
) -> str:
    english_target = english or f"{node}?lang=en"
    crumb = _breadcrumbs(crumbs, lang) if crumbs is not None else ""
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'
        ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{lang}" lang="{lang}" dir="ltr">\n<head>\n'
        f"<title>{_t(title)}</title>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
        f'<link rel="shortcut icon" type="image/x-icon" href="{SKIN}/images/favicon.ico" />\n'
        '<link id="CoreSkin" rel="stylesheet" type="text/css" href="/eXoResources/skin/Stylesheet.css" />\n'
        f'<link id="sgddt_Skin" rel="stylesheet" type="text/css" href="{SKIN}/Stylesheet.css" />\n'
        '<script type="text/javascript" src="/eXoResources/javascript/eXo.js"></script>\n'
        '<script type="text/javascript">eXo.env.server.context="/portal";'
        f'eXo.env.server.portalBaseURL="{node}";eXo.env.portal.portalName="sgddt";'
        f'eXo.env.portal.language="{lang}";</script>\n{head}</head>\n'
        '<body style="height: 100%;">\n<div class="UIPortalApplication" id="UIPortalApplication">\n'
        '<div class="UIWorkingWorkspace" id="UIWorkingWorkspace">\n'
        + _toolbar(target, lang, english_target)
        + '<div class="UIContainer BannerContainer">\n'
        + _banner(lang)
        + _menu(lang)
        + "</div>\n"
        '<div class="UIPageBody" id="UIPageBody"><div class="UIPage" id="UIPage">\n'
        '<div class="UIRowContainer">\n'
        + crumb
        + '<table class="UITableColumnContainer" style="table-layout: fixed; margin: 0px auto;">'
        '<tr class="TRContainer">'
        f'<td class="TDContainer UIColumnContainer" style="width: 72%;"><div class="UIContainer">\n{main}</div></td>'
        f'<td class="TDContainer UIColumnContainer" style="width: 28%;"><div class="UIContainer">\n{_sidebar(target, lang)}</div></td>'
        "</tr></table>\n</div>\n</div></div>\n"
        '<div class="UIContainer FooterContainer">\n'
        + _footer(lang)
        + "</div>\n</div>\n</div>\n</body>\n</html>\n"
    )  # fmt: skip


# --------------------------------------------------------------------------- listings


def _pager(node: str, page: int, pages: int, lang: str) -> str:
    """eXo's UIPageIterator: floats right, so its links stand in reverse order in the source.

    Numbers and the backward arrows call ``ajaxGet``; the forward arrows are plain links."""
    if pages <= 1:
        return ""
    lb = _LABELS[lang]

    def ajax(n: int) -> str:
        return f"javascript:ajaxGet('{esc(page_url(node, n, page, lang, ajax=True))}')"

    def plain(n: int) -> str:
        return esc(page_url(node, n, page, lang))

    right: list[str] = []
    if page < pages:
        right.append(
            f'<a class="Icon LastTopPageIcon" href="{plain(pages)}" title="{lb["last"]}"><span></span></a>'
        )
        right.append(
            f'<a class="Icon NextTopPageIcon" href="{plain(page + 1)}" title="{lb["next"]}"><span></span></a>'
        )
    else:
        right.append('<a class="Icon DisableLastTopPageIcon"><span></span></a>')
        right.append('<a class="Icon DisableNextTopPageIcon"><span></span></a>')
    for n in range(pages, 0, -1):
        if n == page:
            right.append(f'<a class="Number PageSelected">{n}</a>')
        else:
            right.append(f'<a class="Number" href="{ajax(n)}">{n}</a>')
    if page > 1:
        right.append(
            f'<a class="Icon LastPageIcon" href="{ajax(page - 1)}" title="{lb["prev"]}"><span></span></a>'
        )
        right.append(
            f'<a class="Icon FirstPageIcon" href="{ajax(1)}" title="{lb["first"]}"><span></span></a>'
        )
    else:
        right.append('<a class="Icon DisableLastPageIcon"><span></span></a>')
        right.append('<a class="Icon DisableFirstPageIcon"><span></span></a>')
    return (
        '<div class="UIPageIterator ClearFix">'
        f'<div class="RightBlock">{"".join(right)}</div>'
        f'<div class="LeftBlock">{lb["page"]} {page}/{pages}</div></div>'
    )  # fmt: skip


def _clv_items(stories: list[Story], lang: str) -> str:
    lb = _LABELS[lang]
    out = []
    for s in stories:
        link = friendly_path(s)
        # exo:summary is empty where the editor typed the lead into the text instead
        summ = f'<div class="Summary">{_t(s.summary)}</div>' if s.sapo_outside else ""
        out.append(
            '<div class="CLVListItem ClearFix">'
            f'<div class="Image"><a href="{link}"><img src="{thumb(s)}" alt="{_t(s.title)}" /></a></div>'
            '<div class="Content">'
            f'<h3 class="Title"><a href="{link}" title="{_t(s.title)}">{_t(s.title)}</a></h3>'
            f'<div class="DateAndMail">{lb["date"]} {_dmy(s.opts["when"])}</div>{summ}</div></div>'
        )
    return "\n".join(out)


def _doc_items(docs: list, lang: str) -> str:
    rows = "".join(
        f'<tr><td class="Number">{esc(no)}</td><td>{_dmy(d)}</td><td>{_t(abstract)}</td>'
        f'<td><a href="{DOCS_ROOT}/{f}" class="PDFIcon" title="Tải về">{f.rsplit("/", 1)[1]}</a></td></tr>'
        for no, d, abstract, f in docs
    )
    return (
        '<table class="UIGrid DocumentList"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _listing_name(node: str, lang: str) -> str:
    i = 0 if lang == "vi" else 1
    if node == f"{ROOT}/tin-tuc":
        return ALL_NEWS[i]
    if node == f"{ROOT}/van-ban":
        return _LABELS[lang]["docs"]
    return CATS[node.rsplit("/", 1)[1]][i]


def _clv_block(node: str, page: int, lang: str) -> tuple[str, int]:
    items = LISTINGS[node]
    pages = _pages(len(items))
    page = min(max(page, 1), pages)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    inner = _doc_items(chunk, lang) if node.endswith("/van-ban") else _clv_items(chunk, lang)
    block = (
        f'<div class="UICLVPresentation" id="UICLVPresentation-{_cid(node, 0, "x")[:8]}">'
        f'<div class="CLVTitle"><h2 class="TitleBar">{_t(_listing_name(node, lang))}</h2></div>'
        f'<div class="ListContents">{inner}</div>{_pager(node, page, pages, lang)}</div>'
    )
    return block, page


def _listing(node: str, params: dict[str, str], target: str, lang: str) -> Response:
    page = (
        int(params["objectId"])
        if params.get("op") == "ShowPage" and params.get("objectId", "").isdigit()
        else 1
    )
    block, page = _clv_block(node, page, lang)
    if params.get("ajaxRequest") == "true":
        envelope = (
            '<div class="PortalResponse">\n<div class="PortalResponseData">\n'
            '<div class="BlockToUpdate">\n'
            f'<div class="BlockToUpdateId">{_pid("clv" + node)}</div>\n'
            f'<div class="BlockToUpdateData"><![CDATA[{block}]]></div>\n'
            "</div>\n</div>\n"
            '<div class="PortalResponseScript"><![CDATA[eXo.core.Browser.onLoad();]]></div>\n</div>\n'
        )
        return Response(200, envelope, {"Content-Type": "text/xml; charset=UTF-8"})
    name = _listing_name(node, lang)
    if node == f"{ROOT}/tin-tuc":
        crumbs = [(name, None)]
    elif node.startswith(f"{ROOT}/tin-tuc/"):
        crumbs = [(ALL_NEWS[0 if lang == "vi" else 1], _nav(f"{ROOT}/tin-tuc", lang)), (name, None)]
    else:
        crumbs = [(name, None)]
    main = _portlet("UICLV", block, node)
    return html(_page(f"{name} - {SHORT}", main, target=target, node=node, lang=lang, crumbs=crumbs))  # fmt: skip


# --------------------------------------------------------------------------- articles


def _img(img: Img) -> str:
    return f'<img alt="" src="{esc(img.src)}" style="width: 500px; height: 333px;" />'


def _content_html(s: Story) -> str:
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if rows:
            trs = []
            for r in rows:
                cells = r.text.split(" | ")
                if r.style == "th":
                    tds = "".join(
                        f'<td style="text-align: center;"><strong>{_ck(c, s)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{_ck(c, s)}</td>" for c in cells)
                trs.append(f"<tr>{tds}</tr>")
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>'
                + "".join(trs) + "</tbody></table>"
            )  # fmt: skip
            rows.clear()
        if items:
            out.append("<ol>" + "".join(f"<li>{_ck(i.text, s)}</li>" for i in items) + "</ol>")
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("tr", "th"):
            rows.append(b)
            continue
        if isinstance(b, P) and b.style == "li":
            items.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(
                "<p>&nbsp;</p>"
                + (unicodedata.normalize("NFD", b.html) if s.opts.get("nfd") else b.html)
            )
        elif isinstance(b, P):
            if b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                out.append(
                    f'<p style="text-align: justify;">{_ck(before, s)}<a href="{esc(href)}">'
                    f"{_ck(phrase, s)}</a>{_ck(after, s)}</p>"
                )
            elif b.style == "lead":
                out.append(f'<p style="text-align: justify;"><strong>{_ck(b.text, s)}</strong></p>')
            elif s.id % 2:
                # some editors indent every paragraph with non-breaking spaces
                out.append(
                    f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp; {_ck(b.text, s)}</p>'
                )
            else:
                out.append(f'<p style="text-align: justify;">{_ck(b.text, s)}</p>')
        elif isinstance(b, Img):
            if b.style == "em":
                out.append(f'<p style="text-align: center;">{_img(b)}</p>')
                out.append(f'<p style="text-align: center;"><em>{_ck(b.printed or "", s)}</em></p>')
            elif b.style == "br":
                out.append(
                    f'<p style="text-align: center;">{_img(b)}<br />\n<em>{_ck(b.printed or "", s)}</em></p>'
                )
            elif b.style == "table":
                out.append(
                    '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 500px;">'
                    f"<tbody><tr><td>{_img(b)}</td></tr>"
                    f'<tr><td style="text-align: center;"><em>{_ck(b.printed or "", s)}</em></td></tr>'
                    "</tbody></table>"
                )
            elif b.style == "file":
                out.append(f'<p style="text-align: center;">{_img(b)}</p>')
                out.append(f'<p style="text-align: center;">{_ck(b.printed or "", s)}</p>')
            else:
                out.append(f'<p style="text-align: center;">{_img(b)}</p>')
    flush()
    return "\n".join(out)


def _summary_html(s: Story) -> str:
    kind = s.opts.get("sum")
    if kind == "empty":
        return '<div class="Summary"><p>&nbsp;</p></div>'
    if not (s.summary and s.sapo_outside):
        return ""
    if kind == "p":
        return f'<div class="Summary"><p><strong>{_t(s.summary)}</strong></p></div>'
    return f'<div class="Summary" style="font-weight: bold;">{_t(s.summary)}</div>'


def _article_block(s: Story, base: str, *, for_print: bool = False) -> str:
    w: datetime = s.opts["when"]
    mail = quote(f"{s.title}", safe="")
    url = quote(base + friendly_path(s), safe="")
    tools = (
        f'<a class="PrintIcon" href="{esc(print_path(s))}" title="In trang" target="_blank">'
        f'<img src="{SKIN}/images/print.gif" alt="" /> In trang</a> | '
        f'<a class="MailIcon" href="mailto:?subject={mail}&amp;body={url}" title="Gửi email">Gửi email</a>'
    )
    date_line = f'<div class="DateAndMail"><span class="DateTime">{w:%d/%m/%Y %H:%M}</span>'
    date_line += "</div>" if for_print else f" {tools}</div>"
    notice = s.cat == "thong-bao"
    wrapper = "ContentDetail" if notice else "SCVContent"
    info = f'<div class="Info">{_t(s.opts["info"])}</div>' if s.opts.get("info") else ""
    illus = ""
    if s.opts.get("illus") and not for_print:
        illus = (
            '<div class="Illustration" style="background-image: url('
            f"'/rest/thumbnailImage/big{quote(content_id(s))}'); height: 260px;\"></div>"
        )
    attach = ""
    if s.opts.get("attach"):
        links = "".join(
            f'<li><a href="{DOCS_ROOT}/{f}" class="FileIcon">{_t(label)}</a></li>'
            for f, label in s.opts["attach"]
        )
        attach = f'<div class="Attachments"><div class="AttachTitle">Tệp đính kèm:</div><ul>{links}</ul></div>'
    modified = ""
    if s.opts.get("modified"):
        modified = f'<div class="LastModified">Cập nhật lần cuối: {s.opts["modified"]:%d/%m/%Y %H:%M}</div>'
    return (
        f'<div class="{wrapper}">\n<h2 class="Title">{_t(s.title)}</h2>\n{date_line}\n{info}{illus}'
        f"{_summary_html(s)}\n"
        f'<div class="Content">\n{_content_html(s)}\n</div>\n{attach}{modified}</div>'
    )


def _article(s: Story, target: str, base: str) -> Response:
    tags = ", ".join(
        f'<a href="{ROOT}/tim-kiem?tag={quote(t)}">{_t(t)}</a>' for t in s.opts.get("tags", [])
    )
    url = quote(base + friendly_path(s), safe="")
    scv = (
        '<div class="UISingleContentViewerPortlet">\n<h3 class="TitleBar">Chi tiết tin</h3>\n'
        '<div class="UIPresentationContainer"><div class="UIPresentation">\n'
        + _article_block(s, base)
        + "\n</div></div>\n"
        + (f'<div class="Tags"><span class="Label">Tags:</span> {tags}</div>\n' if tags else "")
        + '<div class="ShareBox">Chia sẻ: '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Facebook</a> | '
        f'<a href="https://twitter.com/share?url={url}" target="_blank">Twitter</a></div>\n'
        "</div>"
    )
    others = [o for o in in_cat(s.cat) if o.id != s.id][:5]
    other_html = ""
    if others:
        lis = "".join(
            f'<li><a href="{esc(detail_path(o))}">{_t(o.title)}</a> <span class="DateTime">({_dmy(o.opts["when"])})</span></li>'
            for o in others
        )  # fmt: skip
        other_html = _portlet(
            "UICLV",
            f'<div class="UICLVPresentation CLVOtherNews"><h3 class="TitleBar">Các tin khác</h3><ul>{lis}</ul></div>',
            "others",
        )
    cat_name = CATS[s.cat][0]
    crumbs = [(ALL_NEWS[0], f"{ROOT}/tin-tuc"), (cat_name, f"{ROOT}/tin-tuc/{s.cat}")]
    main = _portlet("UISingleContentViewer", scv, "scv") + other_html
    return html(
        _page(f"Chi tiết tin - {SHORT}", main, target=target, node=f"{ROOT}/chi-tiet",
              crumbs=crumbs, english=f"{HOME}?lang=en")
    )  # fmt: skip


def _missing(target: str) -> Response:
    scv = (
        '<div class="UISingleContentViewerPortlet">\n<h3 class="TitleBar">Chi tiết tin</h3>\n'
        '<div class="UIPresentationContainer"><div class="UIPresentation">'
        '<div class="ContentNotFound">Nội dung bạn yêu cầu không tồn tại hoặc đã bị xóa.</div>'
        "</div></div></div>"
    )
    main = _portlet("UISingleContentViewer", scv, "scv")
    return html(_page(f"Chi tiết tin - {SHORT}", main, target=target, node=f"{ROOT}/chi-tiet",
                      crumbs=[], english=f"{HOME}?lang=en"))  # fmt: skip


def _print(s: Story, base: str) -> Response:
    page = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'
        ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head>'
        f"<title>In trang - {_t(s.title)}</title>"
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
        '<meta name="robots" content="noindex, nofollow" />'
        f'<link rel="stylesheet" type="text/css" href="{SKIN}/print.css" /></head>'
        '<body onload="window.print();"><div class="UIPrintContent">'
        f'<div class="PrintHeader">{SITE.upper()}</div>'
        + _article_block(s, base, for_print=True)
        + f'<div class="PrintFooter">Địa chỉ bài viết: {esc(base + friendly_path(s))}</div>'
        '<div class="PrintButtons"><a href="javascript:window.print();">In</a> | '
        '<a href="javascript:window.close();">Đóng</a></div></div></body></html>'
    )
    return html(page)


# --------------------------------------------------------------------------- other pages


def _home(target: str, lang: str) -> Response:
    lb = _LABELS[lang]
    hot = _NEWEST[:3]
    slides = "".join(
        '<div class="SlideItem">'
        f'<a href="{esc(detail_path(s))}"><img src="{thumb(s)}" alt="" /></a>'
        f'<a class="SlideTitle" href="{esc(detail_path(s))}">{_t(s.title)}</a></div>'
        for s in hot
    )

    def box(cat: str, n: int) -> str:
        i = 0 if lang == "vi" else 1
        lis = "".join(
            f'<li><a href="{friendly_path(s)}">{_t(s.title)}</a> <span class="DateTime">{lb["date"]} {_dmy(s.opts["when"])}</span></li>'
            for s in in_cat(cat)[:n]
        )  # fmt: skip
        return _portlet(
            "UICLV",
            f'<div class="UICLVPresentation HomeBox"><h2 class="TitleBar"><a href="{_nav(f"{ROOT}/tin-tuc/{cat}", lang)}">'
            f'{CATS[cat][i]}</a></h2><ul>{lis}</ul></div>',
            "home" + cat,
        )  # fmt: skip

    docs = "".join(
        f'<li><a href="{DOCS_ROOT}/{f}">{esc(no)}</a>: {_t(a)} ({_dmy(d)})</li>'
        for no, d, a, f in DOCS[:4]
    )
    album = "".join(
        f'<a href="{_nav(ROOT + "/thu-vien-anh", lang)}"><img src="{MEDIA}/{src}" alt="{_t(cap)}" /></a>'
        for src, cap in ALBUM[:3]
    )
    main = (
        _portlet("UIContentPresentation", f'<div class="HotNews"><h2 class="TitleBar">Tin nổi bật</h2>{slides}</div>', "hot")
        + box("tin-giao-duc", 5)
        + box("hoat-dong-don-vi", 3)
        + box("thong-bao", 3)
        + _portlet("UIContentPresentation",
                   f'<div class="HomeBox"><h2 class="TitleBar"><a href="{_nav(ROOT + "/van-ban", lang)}">Văn bản mới</a></h2><ul>{docs}</ul></div>',
                   "newdocs")
        + _portlet("UIContentPresentation", f'<div class="HomeAlbum"><h2 class="TitleBar">{lb["album"]}</h2>{album}</div>', "album")
    )  # fmt: skip
    return html(_page(f"Trang chủ - {SHORT}", main, target=target, node=HOME.rstrip("/"), lang=lang,
                      english=f"{HOME}?lang=en"))  # fmt: skip


def _static(path: str, target: str, lang: str) -> Response:
    title, paras = STATIC_PAGES[path]
    body = "".join(f'<p style="text-align: justify;">{_ck(p)}</p>' for p in paras)
    scv = (
        '<div class="UISingleContentViewerPortlet"><div class="UIPresentationContainer"><div class="UIPresentation">'
        f'<div class="SCVContent"><h2 class="Title">{_t(title)}</h2><div class="Content">{body}</div></div>'
        "</div></div></div>"
    )
    trail = [(_LABELS[lang]["intro"], None)]
    if path.endswith("co-cau-to-chuc"):
        trail = [
            (_LABELS[lang]["intro"], _nav(f"{ROOT}/gioi-thieu", lang)),
            (_LABELS[lang]["org"], None),
        ]
    return html(_page(f"{title} - {SHORT}", _portlet("UISingleContentViewer", scv, path), target=target,
                      node=path, lang=lang, crumbs=trail))  # fmt: skip


def _contact(target: str, lang: str) -> Response:
    inner = (
        '<div class="UIContactUsPortlet"><h3 class="TitleBar">Liên hệ</h3>'
        f"<p><strong>{SITE}</strong></p><p>Địa chỉ: {ADDRESS}</p><p>Điện thoại: {PHONE}</p>"
        f"<p>Đường dây nóng: {HOTLINE}</p><p>Email: {EMAIL}</p>"
        f'<form class="UIForm" action="{ROOT}/lien-he" method="post">'
        '<table><tr><td>Họ và tên</td><td><input type="text" name="fullName" /></td></tr>'
        '<tr><td>Email</td><td><input type="text" name="email" /></td></tr>'
        '<tr><td>Tiêu đề</td><td><input type="text" name="subject" /></td></tr>'
        '<tr><td>Nội dung</td><td><textarea name="content" rows="6" cols="50"></textarea></td></tr></table>'
        '<input type="submit" class="Button" value="Gửi liên hệ" /></form></div>'
    )
    return html(_page(f"Liên hệ - {SHORT}", _portlet("UIContactUs", inner, "contact"), target=target,
                      node=f"{ROOT}/lien-he", lang=lang, crumbs=[(_LABELS[lang]["contact"], None)]))  # fmt: skip


def _album(target: str, lang: str) -> Response:
    items = "".join(
        f'<div class="GalleryItem"><a href="{MEDIA}/{src}" class="LightBox" title="{_t(cap)}">'
        f'<img src="{MEDIA}/{src}" alt="{_t(cap)}" /></a><div class="Caption">{_t(cap)}</div></div>'
        for src, cap in ALBUM
    )
    inner = f'<div class="UIGalleryPortlet"><h2 class="TitleBar">{_LABELS[lang]["album"]}</h2>{items}</div>'
    return html(_page(f"{_LABELS[lang]['album']} - {SHORT}", _portlet("UIGallery", inner, "gallery"),
                      target=target, node=f"{ROOT}/thu-vien-anh", lang=lang,
                      crumbs=[(_LABELS[lang]["album"], None)]))  # fmt: skip


def _sitemap(target: str, lang: str) -> Response:
    lb = _LABELS[lang]
    cats = "".join(
        f'<li><a href="{_nav(f"{ROOT}/tin-tuc/{k}", lang)}">{v[0 if lang == "vi" else 1]}</a></li>'
        for k, v in CATS.items()
    )
    inner = (
        '<div class="UISitemap"><h2 class="TitleBar">' + lb["sitemap"] + "</h2><ul>"
        f'<li><a href="{_nav(HOME, lang)}">{lb["home"]}</a></li>'
        f'<li><a href="{_nav(ROOT + "/gioi-thieu", lang)}">{lb["intro"]}</a><ul>'
        f'<li><a href="{_nav(ROOT + "/gioi-thieu/co-cau-to-chuc", lang)}">{lb["org"]}</a></li></ul></li>'
        f'<li><a href="{_nav(ROOT + "/tin-tuc", lang)}">{ALL_NEWS[0 if lang == "vi" else 1]}</a><ul>{cats}</ul></li>'
        f'<li><a href="{_nav(ROOT + "/van-ban", lang)}">{lb["docs"]}</a></li>'
        f'<li><a href="{_nav(ROOT + "/thu-vien-anh", lang)}">{lb["album"]}</a></li>'
        f'<li><a href="{_nav(ROOT + "/lien-he", lang)}">{lb["contact"]}</a></li></ul></div>'
    )  # fmt: skip
    return html(_page(f"{lb['sitemap']} - {SHORT}", _portlet("UISitemap", inner, "sitemap"), target=target,
                      node=f"{ROOT}/so-do-cong", lang=lang, crumbs=[(lb["sitemap"], None)]))  # fmt: skip


def _search(params: dict[str, str], target: str, lang: str) -> Response:
    tag = params.get("tag", "")
    keyword = params.get("keyword", "").strip()
    if tag:
        found = [s for s in _NEWEST if tag in s.opts.get("tags", [])]
        head = f"Các bài viết có thẻ: {_t(tag)}"
    elif keyword:
        low = unicodedata.normalize("NFC", keyword).lower()
        found = [s for s in _NEWEST if low in s.title.lower()]
        head = f"Kết quả tìm kiếm cho: {_t(keyword)}"
    else:
        found, head = [], "Nhập từ khóa để tìm kiếm"
    rows = (
        "".join(
            f'<div class="ResultItem"><a class="Title" href="{friendly_path(s)}">{_t(s.title)}</a>'
            f'<div class="DateTime">{_dmy(s.opts["when"])}</div></div>'
            for s in found
        )
        or '<div class="NoResult">Không tìm thấy kết quả nào.</div>'
    )
    inner = (
        f'<div class="UISearchResult"><h3 class="TitleBar">{head}</h3>'
        f'<div class="ResultCount">Tìm thấy {len(found)} kết quả</div>{rows}</div>'
    )
    return html(_page(f"Tìm kiếm - {SHORT}", _portlet("UIWCMSearch", inner, "search"), target=target,
                      node=f"{ROOT}/tim-kiem", lang=lang, crumbs=[(_LABELS[lang]["search"], None)]))  # fmt: skip


def _login_page(params: dict[str, str]) -> Response:
    initial = params.get("initialURI", HOME)
    page = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8" />'
        f"<title>Đăng nhập - {_t(SHORT)}</title>"
        '<link rel="stylesheet" href="/eXoResources/skin/Stylesheet.css" /></head><body>'
        '<div class="UILoginForm LoginPage"><h3 class="LoginTitle">Đăng nhập hệ thống</h3>'
        '<form name="loginForm" action="/portal/login" method="post">'
        f'<input type="hidden" name="initialURI" value="{esc(initial)}" />'
        '<label>Tên đăng nhập</label><input type="text" name="username" />'
        '<label>Mật khẩu</label><input type="password" name="password" />'
        '<input type="submit" value="Đăng nhập" /></form>'
        f'<a href="{HOME}">Quay lại trang chủ</a></div></body></html>'
    )
    return html(page)


def _not_found() -> Response:
    page = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8" /><title>Lỗi 404</title></head>'
        '<body><div class="UIErrorPage"><h2>Trang bạn yêu cầu không tồn tại</h2>'
        f'<p>Mã lỗi: 404. <a href="{HOME}">Về trang chủ</a></p></div></body></html>'
    )
    return html(page, status=404)


_STATIC_PREFIXES = ("/eXoResources/", "/sgddt-skin/", "/rest/jcr/", "/portal/rest/jcr/")
_KNOWN_PDFS = {f"{DOCS_ROOT}/{f}" for *_x, f in DOCS} | {
    f"{DOCS_ROOT}/{f}" for s in STORIES for f, _ in s.opts.get("attach", [])
}
_FRIENDLY = re.compile(rf"{ROOT}/detail/sgddt/web-contents/([a-z-]+)/([a-z0-9-]+)")
_CONTENT_ID = re.compile(rf"{JCR}/web contents/([a-z-]+)/([a-z0-9-]+)")


class ExoPortalSite:
    """GateIn routing for the public site ``sgddt``."""

    def respond(self, request: Request) -> Response | None:
        path, params, target = request.path, request.params, request.target
        base = "http://" + request.headers.get("Host", "127.0.0.1")
        lang = "en" if params.get("lang") == "en" else "vi"
        if path.endswith(".pdf"):
            if path in _KNOWN_PDFS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith("/rest/thumbnailImage/"):
            return static_file("thumbnail.jpg")
        if path.startswith(_STATIC_PREFIXES):
            return static_file(path)
        if path in ("/", "/portal", "/portal/"):
            return redirect(HOME)
        if path == "/portal/login":
            return _login_page(params)
        if path.startswith("/portal/private/"):
            return redirect(f"/portal/login?initialURI={quote(path)}")
        if not path.startswith(ROOT):
            return None
        if params.get("portal:action") == "ShowLoginForm":
            clean = re.sub(
                r"[?&]portal:componentId=UIPortal&portal:action=ShowLoginForm$", "", target
            )
            return redirect(f"/portal/login?initialURI={quote(clean, safe='')}")
        if path in (ROOT, HOME):
            return _home(target, lang)
        if path in LISTINGS:
            return _listing(path, params, target, lang)
        if path in STATIC_PAGES:
            return _static(path, target, lang)
        if path == f"{ROOT}/lien-he":
            return _contact(target, lang)
        if path == f"{ROOT}/thu-vien-anh":
            return _album(target, lang)
        if path == f"{ROOT}/so-do-cong":
            return _sitemap(target, lang)
        if path == f"{ROOT}/tim-kiem":
            return _search(params, target, lang)
        if path in (f"{ROOT}/chi-tiet", f"{ROOT}/in"):
            m = _CONTENT_ID.fullmatch(params.get("content-id", ""))
            story = _BY_KEY.get((m.group(1), m.group(2))) if m else None
            if path.endswith("/in"):
                return _print(story, base) if story else None
            return _article(story, target, base) if story else _missing(target)
        if m := _FRIENDLY.fullmatch(path):
            story = _BY_KEY.get((m.group(1), m.group(2)))
            return _article(story, target, base) if story else _missing(target)
        return _not_found()


def build_site() -> ExoPortalSite:
    return ExoPortalSite()
