"""Trường Chính trị tỉnh Lạng Sơn on Liferay Portal CE 7.1: a custom theme, web content
structures and templates for news, research and directive documents, asset publishers on
every section page.

Platform
--------
Every page is a Liferay layout under the site's friendly URL ``/web/truongchinhtri``. Section
pages hold one Asset Publisher portlet (instance id per page); the full content of an asset
is served under the layout that shows it:
``/web/truongchinhtri/<layout>/-/asset_publisher/<instance>/content/<url-title>``. The home
page's "Tin nổi bật" publisher shows its assets on the ``chi-tiet`` layout, so the same web
content is also served at ``/web/truongchinhtri/chi-tiet/-/asset_publisher/<home
instance>/content/<url-title>``. Theme chrome: top bar with today's date ("Thứ Bảy, ngày
05/12/2026"), logo banner, navigation (a "Đào tạo - NCKH" parent with ``href="javascript:;"``
and a child menu), Liferay breadcrumb, sidebar portlets (Tin đọc nhiều with view counts, a
poll form, a link select, "Thống kê truy cập": Đang online / Hôm nay / Tổng truy cập), footer
with address and phone.

URL scheme
----------
- ``/`` and ``/web/guest`` answer 302 to ``/web/truongchinhtri`` (also ``/trang-chu``): home.
- ``/web/truongchinhtri/<section>``: the section's publisher, 6 assets a page; later pages
  ``?p_p_id=…INSTANCE_<x>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_…INSTANCE_<x>_cur=<n>
  &_…INSTANCE_<x>_delta=6``; the pager has Đầu / Trước / Tiếp / Cuối, a "Trang n của m" menu of
  page links and a "Mục mỗi trang" menu (``delta=20``: everything on one page, no pager).
- The listing's asset links carry ``?inheritRedirect=true&redirect=<the listing URL>``.
- Print view: ``<content URL>?p_p_state=pop_up&_…INSTANCE_<x>_viewMode=print`` (same article,
  no theme, ``window.print()``).
- Documents and Media entries listed by two publishers:
  ``/web/truongchinhtri/<section>/-/asset_publisher/<x>/document/id/<fileEntryId>`` (title, date,
  "Tải về" link to ``/documents/<group>/0/<file>.pdf/<uuid>``).
- Static web content pages: ``gioi-thieu``, ``lien-he`` (form), ``lich-giang`` (a timetable with
  a posting date), ``thu-vien-anh`` (gallery).

How each gold article is reached
--------------------------------
- "Tin tức - Sự kiện" publisher (``/tin-tuc``) lists the categories Tin tức - Sự kiện and
  Đào tạo - Bồi dưỡng (8 assets: pages 1-2); the two oldest news items (sinh hoạt chuyên đề,
  bồi dưỡng QP-AN) are only on its page 2 (or its delta=20 view).
- ``/dao-tao-boi-duong``: its 2 web contents. ``/nghien-cuu-khoa-hoc``: 2 web contents mixed
  with 5 document entries; the oldest research article (nghiệm thu đề tài) is on page 2 only.
- ``/van-ban-chi-dao``: 3 web contents and 10 document entries, 3 pages; "Hướng dẫn viết khóa
  luận" only on page 3.
- Home: 3 newest via ``chi-tiet`` links, 4 newest news, 5 newest items of Văn bản chỉ đạo.
  "Các tin khác" (news articles only) links the 3 newest other news items.

Traps
-----
1. Wrong canonical: article pages print ``<link rel="canonical">`` to the *layout* (``/tin-tuc``,
   ``/chi-tiet``), as Liferay's page-level canonical does; og:title is the site name. Gold path is
   the article's own content URL; the chi-tiet URL, the print view and every listing URL with
   ``redirect=`` are ``alt_paths`` (same article).
2. Kicker: "CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM 20/11" (structure field "Tít phụ") above the
   ``h3.header-title``: not part of the title; the portlet title "Tin tức - Sự kiện"
   (``h2.portlet-title-text``) and the ``h1.site-title`` are not titles either.
3. Dates: the news template prints "Thứ Năm, 03/12/2026 | 08:15" plus "Cập nhật: 04/12/2026 16:40"
   -> gold is the posting date with time, never the update. Văn bản pages print
   "Ngày ban hành: 17/11/2026" in a field table and "Ngày đăng: 18/11/2026 09:00": gold is the
   posting date (the issue date is a property of the document, not of the web page). Research
   pages print "Ngày đăng: 27/11/2026" without time -> "YYYY-MM-DD".
4. Authors: "Người đăng: Quản trị hệ thống" (the Liferay account in asset metadata) credits
   nobody; the research "Tác giả: TS. Vi Văn Bình - Trưởng khoa Lý luận cơ sở" -> "Vi Văn Bình"
   (degree and post dropped); "ThS. Hoàng Thị Thu Hà" -> "Hoàng Thị Thu Hà"; the news field
   "Khoa Xây dựng Đảng" is a unit -> author as printed; "Hoàng Minh Đức (Khoa Xây dựng Đảng)" ->
   the person; "Tin: Lương Thị Mai; Ảnh: Đoàn trường" -> author Mai, photographer the unit;
   "(Ảnh: Phòng Tổ chức - Hành chính)" inside a caption -> photographer that unit (caption kept
   as displayed, credit included); a right-aligned "Phòng Quản lý đào tạo - Nghiên cứu khoa học"
   signs for the unit; "BBT" and "Ảnh: Internet" give nothing.
5. Captions in four forms: ``figure/figcaption``, a CKEditor ``table.image-caption`` (image row +
   italic caption row: not a data table), a plain centred paragraph under the image, an ``<em>``
   after ``<br>`` in the image's paragraph. A photo with only "Ảnh: Internet" under it has no
   caption (a credit line, not a description) and credits nobody.
6. Summary: the structure's "Tóm tắt" field printed in ``div.journal-summary`` outside the body
   is the sapo (and first body paragraph); a bold first paragraph in the text is a sapo too;
   the asset "description" shown only on the listing (``asset-summary``) and in the meta
   description is not a summary of the page.
7. Body boundaries: in-text "Tin liên quan:" list of links, the "Tệp đính kèm" field, the
   văn bản field table (Số/Ký hiệu, Ngày ban hành, Loại văn bản), "Quay lại", print/email/share
   tools, view count, ratings, "Bình luận", "Các tin khác" are not body. A ``<br>`` inside a
   paragraph splits it into two paragraphs; blockquote and the footnote "(1) Hồ Chí Minh: Toàn
   tập…" are content (the reader reads them as part of the text; "Nxb." is not a source).
8. Category: the chi-tiet variant's breadcrumb ends in "Chi tiết tin" (a layout, not a
   section); the "Chuyên mục:" label of the asset metadata decides. Dao-tao articles are listed on
   the "Tin tức - Sự kiện" page but filed under "Đào tạo - Bồi dưỡng" (their label and their own
   URL's breadcrumb).
9. Reaching: document entries (``/document/id/``) sit in the listings among web contents; the menu
   parent "Đào tạo - NCKH" is ``javascript:;``; page links live in a dropdown menu; the current
   page and disabled pager buttons are ``javascript:;``; "20 Mục mỗi trang" gives another set of
   listing URLs (and another ``redirect=`` variant of every article link).
10. Source: "Nguồn: Báo Lạng Sơn" in italic right-aligned after the byline -> "Báo Lạng Sơn".
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from urllib.parse import quote

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

NAME = "liferay71_tct"
PLATFORM = (
    "Liferay Portal CE 7.1 (asset publisher, web content structures/templates, friendly URLs)"
)
SITE = "/web/truongchinhtri"
START_PATH = SITE
TODAY = "Thứ Bảy, ngày 05/12/2026"
SITE_TITLE = "Trường Chính trị tỉnh Lạng Sơn"
GROUP_ID = 35518
PER_PAGE = 6
PORTLET = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"

CATEGORIES = {
    "tin-tuc": "Tin tức - Sự kiện",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "van-ban-chi-dao": "Văn bản chỉ đạo",
}
#: the asset publisher instance of each listing page (a layout of the same friendly name)
INSTANCE = {
    "tin-tuc": "Xt5bKfNwQc2R",
    "dao-tao-boi-duong": "aB3dQw9LmZ1k",
    "nghien-cuu-khoa-hoc": "nK7pRt2VyU8e",
    "van-ban-chi-dao": "vB4hJs6GdE0q",
}
#: the home page's "Tin nổi bật" publisher: it shows its assets on the "chi-tiet" page
HOME_INSTANCE = "hM1cXo5WqP3t"


def content_path(layout: str, inst: str, slug: str) -> str:
    return f"{SITE}/{layout}/-/asset_publisher/{inst}/content/{slug}"


def doc_path(layout: str, file_id: int) -> str:
    return f"{SITE}/{layout}/-/asset_publisher/{INSTANCE[layout]}/document/id/{file_id}"


def list_target(layout: str, page: int, delta: int = PER_PAGE) -> str:
    """A listing page as Liferay's search iterator links it (page 1 is the bare layout URL)."""
    if page == 1 and delta == PER_PAGE:
        return f"{SITE}/{layout}"
    ns = PORTLET + INSTANCE[layout]
    return (
        f"{SITE}/{layout}?p_p_id={ns}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&_{ns}_cur={page}&_{ns}_delta={delta}"
    )


def up(name: str) -> str:
    """A Documents and Media image URL as the editor inserts it (group, folder, title, uuid)."""
    uid = hashlib.md5(name.encode("utf-8")).hexdigest()
    return f"/documents/{GROUP_ID}/0/{name}/{uid[:8]}-5c1e-4b7a-9f1d-{uid[8:20]}?t=1764893000000"


# --- the web contents, newest first ---------------------------------------------------------
#
# opts: time ("HH:MM" printed, or None: the template prints the day only), updated (the
# "Cập nhật" line), kicker (the structure's "Tít phụ" above the title), meta_author (the
# structure's "Tác giả" field as printed), abstract (the asset's description: listing only),
# files (the structure's attachment field), vb (văn bản fields), tags.
# P styles: "h" (sub-heading), "li", "td"/"th" (table rows), "br" (the line before a <br>),
# "q" (blockquote), "b" (bold lead in the text), "fn" (footnote line).

S = {
    "kh": "le-khai-giang-lop-trung-cap-ly-luan-chinh-tri-k45",
    "hn": "hoi-nghi-tong-ket-cong-tac-dao-tao-boi-duong-nam-2026",
    "tt": "hoi-thao-khoa-hoc-hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh",
    "nh": "ky-niem-44-nam-ngay-nha-giao-viet-nam-tai-truong-chinh-tri",
    "tb": "thong-bao-lich-nghi-tet-duong-lich-2027",
    "tn": "be-giang-lop-boi-duong-nghiep-vu-cong-tac-dang-cho-cap-uy-co-so",
    "td": "soi-noi-hoi-thao-lop-trung-cap-k43-tai-huyen-trang-dinh",
    "vn": "hoc-vien-lop-trung-cap-k44-di-thuc-te-tai-huyen-van-lang",
    "dg": "chi-bo-khoa-xay-dung-dang-to-chuc-sinh-hoat-chuyen-de",
    "bd": "boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4-nam-2026",
    "de": "de-tai-nang-cao-chat-luong-giang-day-lich-su-dang-bang-tu-lieu-dia-phuong",
    "vb1": "ke-hoach-to-chuc-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    "vb2": "huong-dan-viet-khoa-luan-tot-nghiep-trung-cap-ly-luan-chinh-tri",
}

STORIES: list[Story] = [
    Story(
        1,
        S["kh"],
        "Khai giảng lớp Trung cấp lý luận chính trị K45 hệ không tập trung tại huyện Cao Lộc",
        "tin-tuc",
        "2026-12-03T08:15:00+07:00",
        [
            P(
                "Sáng 02/12/2026, tại Trung tâm Chính trị huyện Cao Lộc, Trường Chính trị tỉnh Lạng Sơn phối hợp "
                "với Ban Thường vụ Huyện ủy Cao Lộc tổ chức Lễ khai giảng lớp Trung cấp lý luận chính trị K45 hệ "
                "không tập trung."
            ),
            P(
                "Tham dự lễ khai giảng có đồng chí Hoàng Văn Nam, Phó Hiệu trưởng Nhà trường; đồng chí Lý Thị "
                "Hương, Phó Bí thư Thường trực Huyện ủy Cao Lộc cùng 68 học viên là cán bộ, công chức các xã, "
                "thị trấn và các cơ quan, đơn vị trên địa bàn huyện."
            ),
            Img(
                up("khai-giang-k45-1.jpg"),
                "Đồng chí Hoàng Văn Nam phát biểu khai giảng lớp học",
                "Đồng chí Hoàng Văn Nam phát biểu khai giảng lớp học",
                "figure",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Hiệu trưởng đề nghị học viên nêu cao tinh thần tự giác, "
                "chấp hành nghiêm quy chế học tập; gắn lý luận với thực tiễn công tác tại địa phương, đơn vị."
            ),
            P(
                "Trong thời gian 12 tháng, học viên được trang bị 6 phần học với 24 học phần, đi nghiên cứu thực "
                "tế và viết khóa luận tốt nghiệp theo Chương trình của Học viện Chính trị quốc gia Hồ Chí Minh."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nông Văn Tuấn</strong></p>'),
        ],
        authors=["Nông Văn Tuấn"],
        photographers=["Nông Văn Tuấn"],
        summary="Ngày 02/12/2026, Trường Chính trị tỉnh Lạng Sơn khai giảng lớp Trung cấp lý luận chính trị "
        "K45 hệ không tập trung cho 68 học viên huyện Cao Lộc.",
        sapo_outside=True,
        opts={
            "time": "08:15",
            "updated": "04/12/2026 16:40",
            "abstract": None,
            "tags": ["trung cấp"],
        },
    ),
    Story(
        2,
        S["hn"],
        "Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2026 và triển khai nhiệm vụ năm 2027",
        "dao-tao-boi-duong",
        "2026-11-30T15:30:00+07:00",
        [
            P(
                "Chiều 29/11/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức Hội nghị tổng kết công tác đào tạo, "
                "bồi dưỡng năm 2026 và triển khai nhiệm vụ năm 2027."
            ),
            P(
                "Năm 2026, Nhà trường đã mở 42 lớp với 3.156 học viên, đạt 112% kế hoạch; trong đó có 14 lớp "
                "trung cấp lý luận chính trị, 21 lớp bồi dưỡng nghiệp vụ và 7 lớp bồi dưỡng kiến thức quốc "
                "phòng và an ninh."
            ),
            P("Kết quả chủ yếu năm 2026", "h"),
            P("Loại lớp | Số lớp | Số học viên | Tỷ lệ khá, giỏi", "th"),
            P("Trung cấp lý luận chính trị | 14 | 1.012 | 86,4%", "td"),
            P("Bồi dưỡng nghiệp vụ | 21 | 1.534 | 79,2%", "td"),
            P("Bồi dưỡng kiến thức QP-AN | 7 | 610 | 91,0%", "td"),
            Img(
                up("tong-ket-2026.jpg"),
                "Quang cảnh hội nghị (Ảnh: Phòng Tổ chức - Hành chính)",
                "Quang cảnh hội nghị (Ảnh: Phòng Tổ chức - Hành chính)",
                "em",
            ),
            P(
                "Năm 2027, Nhà trường phấn đấu mở 45 lớp, đổi mới phương pháp giảng dạy theo hướng phát huy "
                "tính tích cực của người học, tăng cường ứng dụng công nghệ thông tin trong quản lý đào tạo."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Phòng Quản lý đào tạo - Nghiên cứu khoa học</strong></p>'
            ),
        ],
        authors=["Phòng Quản lý đào tạo - Nghiên cứu khoa học"],
        photographers=["Phòng Tổ chức - Hành chính"],
        opts={
            "time": "15:30",
            "abstract": "Năm 2026, Nhà trường mở 42 lớp với 3.156 học viên.",
            "tags": [],
        },
    ),
    Story(
        3,
        S["tt"],
        "Hội thảo khoa học “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở Lạng Sơn”",
        "nghien-cuu-khoa-hoc",
        "2026-11-27",
        [
            P(
                "Ngày 26/11/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức Hội thảo khoa học cấp trường với chủ "
                "đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở Lạng Sơn - thực trạng và "
                "giải pháp”."
            ),
            P(
                "Hội thảo nhận được 27 tham luận của giảng viên Nhà trường, Trung tâm Chính trị các huyện, thành "
                "phố và cán bộ Ban Tuyên giáo Tỉnh ủy. Các tham luận tập trung làm rõ những kết quả đạt được "
                "sau 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."
            ),
            P(
                "Chủ tịch Hồ Chí Minh đã dạy: “Nói chung thì các dân tộc phương Đông đều giàu tình cảm, và đối "
                "với họ một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền”.",
                "q",
            ),
            P(
                "Các ý kiến thảo luận đề xuất đưa nội dung học tập tư tưởng Hồ Chí Minh vào sinh hoạt chi bộ "
                "định kỳ; biên soạn tài liệu về những tấm gương điển hình ở cơ sở để dùng trong giảng dạy."
            ),
            P(
                "Kết luận hội thảo, TS. Vi Văn Bình ghi nhận chất lượng các tham luận và giao Khoa Lý luận cơ sở "
                "tiếp thu, biên tập thành kỷ yếu phục vụ công tác giảng dạy."
            ),
            P(
                "(1) Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, H.2011, t.1, tr.284.",
                "fn",
            ),
        ],
        authors=["Vi Văn Bình"],
        opts={
            "time": None,
            "meta_author": "TS. Vi Văn Bình - Trưởng khoa Lý luận cơ sở",
            "abstract": "27 tham luận về học tập và làm theo Bác ở Lạng Sơn.",
            "tags": ["hội thảo"],
        },
    ),
    Story(
        4,
        S["nh"],
        "Trường Chính trị tỉnh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "tin-tuc",
        "2026-11-20T10:05:00+07:00",
        [
            P(
                "Sáng 19/11/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
                "Nam (20/11/1982 - 20/11/2026)."
            ),
            P(
                "Tại buổi lễ, đồng chí Hiệu trưởng ôn lại truyền thống của ngành giáo dục và của Nhà trường qua "
                "các thời kỳ; biểu dương những tập thể, cá nhân có thành tích xuất sắc trong năm học."
            ),
            Img(
                up("20-11-1.jpg"),
                "Lãnh đạo Nhà trường tặng hoa chúc mừng các thầy, cô giáo",
                "Lãnh đạo Nhà trường tặng hoa chúc mừng các thầy, cô giáo",
                "tbl",
            ),
            P("Dịp này, 6 giảng viên được tặng danh hiệu “Giảng viên dạy giỏi cấp trường”;", "br"),
            P(
                "02 tập thể khoa được Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh tặng Giấy khen."
            ),
            Img(up("20-11-2.jpg"), None, None, "figure"),
            P(
                "Chương trình văn nghệ chào mừng do Đoàn thanh niên và Công đoàn Nhà trường dàn dựng đã để lại "
                "nhiều cảm xúc cho đại biểu và học viên."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Lương Thị Mai; Ảnh: Đoàn trường</strong></p>'
            ),
            Raw(
                '<p><strong>Tin liên quan:</strong></p><ul class="tin-lien-quan">'
                f'<li><a href="{content_path("tin-tuc", INSTANCE["tin-tuc"], "hoc-vien-lop-trung-cap-k44-di-thuc-te-tai-huyen-van-lang")}">'
                "Học viên lớp Trung cấp K44 đi thực tế tại huyện Văn Lãng</a></li></ul>"
            ),
        ],
        authors=["Lương Thị Mai"],
        photographers=["Đoàn trường"],
        opts={
            "time": "10:05",
            "kicker": "CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM 20/11",
            "abstract": "Biểu dương 6 giảng viên dạy giỏi cấp trường.",
            "tags": ["20/11"],
        },
    ),
    Story(
        5,
        S["tb"],
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        "van-ban-chi-dao",
        "2026-11-18T09:00:00+07:00",
        [
            P(
                "Thực hiện Thông báo của Ban Thường vụ Tỉnh ủy về việc nghỉ Tết Dương lịch năm 2027, Trường Chính "
                "trị tỉnh thông báo lịch nghỉ như sau:"
            ),
            P(
                "Cán bộ, giảng viên, nhân viên và học viên các lớp nghỉ từ thứ Sáu ngày 01/01/2027 đến hết "
                "chủ nhật ngày 03/01/2027.",
                "li",
            ),
            P(
                "Các lớp hệ không tập trung tại các huyện điều chỉnh lịch học, báo cáo Phòng Quản lý đào tạo "
                "trước ngày 25/12/2026.",
                "li",
            ),
            P(
                "Phòng Tổ chức - Hành chính bố trí lịch trực cơ quan, bảo đảm an ninh, an toàn trong những ngày nghỉ.",
                "li",
            ),
            P(
                "Đề nghị các khoa, phòng thông báo đến toàn thể cán bộ, viên chức và học viên được biết, thực hiện."
            ),
        ],
        opts={
            "time": "09:00",
            "vb": ("125/TB-TCT", "17/11/2026", "Thông báo"),
            "files": ["TB-125-nghi-tet-duong-lich-2027.pdf"],
            "abstract": None,
            "tags": [],
        },
    ),
    Story(
        6,
        S["tn"],
        "Bế giảng lớp bồi dưỡng nghiệp vụ công tác Đảng cho cấp ủy cơ sở năm 2026",
        "dao-tao-boi-duong",
        "2026-11-14T16:20:00+07:00",
        [
            P(
                "Ngày 13/11/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức bế giảng lớp bồi dưỡng nghiệp vụ công tác "
                "Đảng cho cấp ủy viên cơ sở năm 2026.",
                "b",
            ),
            P(
                "Sau 10 ngày học tập, 95 học viên là bí thư, phó bí thư, cấp ủy viên các chi bộ, đảng bộ cơ sở đã "
                "được trang bị những kiến thức cơ bản về công tác tổ chức, xây dựng Đảng, công tác kiểm tra, "
                "giám sát và kỹ năng tổ chức sinh hoạt chi bộ."
            ),
            P(
                "Kết quả, 100% học viên đủ điều kiện được cấp chứng chỉ; trong đó 72 học viên xếp loại khá, giỏi."
            ),
            P(
                "Phát biểu bế giảng, đồng chí Trưởng khoa Xây dựng Đảng đề nghị học viên vận dụng kiến thức đã "
                "học vào thực tiễn, góp phần nâng cao chất lượng sinh hoạt chi bộ ở cơ sở."
            ),
            Raw('<p style="text-align: right;"><em>Hoàng Minh Đức (Khoa Xây dựng Đảng)</em></p>'),
        ],
        authors=["Hoàng Minh Đức"],
        summary="Ngày 13/11/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức bế giảng lớp bồi dưỡng nghiệp vụ công "
        "tác Đảng cho cấp ủy viên cơ sở năm 2026.",
        opts={
            "time": "16:20",
            "abstract": "95 học viên hoàn thành chương trình bồi dưỡng.",
            "tags": [],
        },
    ),
    Story(
        7,
        S["td"],
        "Sôi nổi hội thao lớp Trung cấp lý luận chính trị K43 tại huyện Tràng Định",
        "tin-tuc",
        "2026-11-09T14:00:00+07:00",
        [
            P(
                "Hướng tới chào mừng Ngày Nhà giáo Việt Nam, ngày 08/11/2026, lớp Trung cấp lý luận chính trị "
                "K43 hệ không tập trung huyện Tràng Định tổ chức Hội thao với các môn kéo co, bóng chuyền hơi và "
                "cờ tướng."
            ),
            P(
                "Hội thao thu hút 74 học viên tham gia, thi đấu sôi nổi, đoàn kết. Kết thúc hội thao, Ban tổ chức "
                "trao 9 giải cho các tổ học tập có thành tích cao."
            ),
            Img(
                up("hoi-thao-k43.jpg"),
                "Học viên thi đấu kéo co",
                "Học viên thi đấu kéo co",
                "center",
            ),
            P(
                "Đây là dịp để học viên giao lưu, rèn luyện sức khỏe, tăng cường tinh thần đoàn kết trong quá "
                "trình học tập."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"time": "14:00", "abstract": None, "tags": []},
    ),
    Story(
        8,
        S["vn"],
        "Học viên lớp Trung cấp K44 đi nghiên cứu thực tế tại huyện Văn Lãng",
        "tin-tuc",
        "2026-10-29T11:10:00+07:00",
        [
            P(
                "Từ ngày 26 đến 28/10/2026, lớp Trung cấp lý luận chính trị K44 hệ tập trung tổ chức đi nghiên "
                "cứu thực tế tại huyện Văn Lãng."
            ),
            P(
                "Đoàn đã làm việc với Thường trực Huyện ủy Văn Lãng, nghe giới thiệu về tình hình phát triển kinh "
                "tế - xã hội, công tác xây dựng Đảng và hệ thống chính trị, kinh tế cửa khẩu Tân Thanh."
            ),
            Img(
                up("thuc-te-van-lang-1.jpg"),
                "Đoàn học viên làm việc với Huyện ủy Văn Lãng",
                "Đoàn học viên làm việc với Huyện ủy Văn Lãng",
                "em",
            ),
            P(
                "Học viên cũng đến thăm mô hình trồng hồi, na theo tiêu chuẩn VietGAP ở xã Hoàng Văn Thụ và Khu di "
                "tích lịch sử cách mạng Tân Thanh."
            ),
            Img(up("thuc-te-van-lang-2.jpg"), "Ảnh: Internet", None, "em"),
            P(
                "Chuyến đi giúp học viên có thêm tư liệu thực tiễn để hoàn thành khóa luận tốt nghiệp."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nông Văn Tuấn</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Lạng Sơn</em></p>'),
        ],
        authors=["Nông Văn Tuấn"],
        photographers=["Nông Văn Tuấn"],
        source="Báo Lạng Sơn",
        opts={"time": "11:10", "abstract": None, "tags": ["thực tế"]},
    ),
    Story(
        9,
        S["dg"],
        "Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV",
        "tin-tuc",
        "2026-10-20T09:45:00+07:00",
        [
            P(
                "Ngày 19/10/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề “Nâng cao chất lượng "
                "bài giảng gắn với thực tiễn địa phương”."
            ),
            P(
                "Các đảng viên tập trung thảo luận về việc cập nhật tri thức mới, tình hình thực tiễn của tỉnh "
                "vào bài giảng, đổi mới hình thức kiểm tra, đánh giá kết quả học tập của học viên."
            ),
            P(
                "Chi bộ thống nhất mỗi giảng viên đăng ký ít nhất một bài giảng có sử dụng tư liệu thực tế, "
                "báo cáo tại buổi sinh hoạt chi bộ tháng 12/2026."
            ),
        ],
        authors=["Khoa Xây dựng Đảng"],
        opts={"time": "09:45", "meta_author": "Khoa Xây dựng Đảng", "abstract": None, "tags": []},
    ),
    Story(
        10,
        S["bd"],
        "Khai mạc lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        "tin-tuc",
        "2026-10-12T08:30:00+07:00",
        [
            P(
                "Ngày 12/10/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai mạc lớp bồi "
                "dưỡng kiến thức quốc phòng và an ninh cho 120 cán bộ đối tượng 4."
            ),
            P(
                "Lớp học diễn ra trong 5 ngày với các chuyên đề: quan điểm của Đảng về xây dựng nền quốc phòng "
                "toàn dân; xây dựng khu vực phòng thủ tỉnh, huyện vững chắc; bảo vệ chủ quyền biên giới quốc gia."
            ),
            Img(up("qpan-dt4.jpg"), "Quang cảnh lễ khai mạc", "Quang cảnh lễ khai mạc", "figure"),
            P("Học viên được tham quan thực tế tại Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị."),
        ],
        opts={
            "time": "08:30",
            "abstract": "120 học viên đối tượng 4 tham gia lớp học.",
            "tags": [],
        },
    ),
    Story(
        11,
        S["de"],
        "Nghiệm thu đề tài “Nâng cao chất lượng giảng dạy Lịch sử Đảng bằng tư liệu địa phương”",
        "nghien-cuu-khoa-hoc",
        "2026-09-24",
        [
            P(
                "Ngày 23/9/2026, Hội đồng khoa học Nhà trường tổ chức nghiệm thu đề tài khoa học cấp trường "
                "“Nâng cao chất lượng giảng dạy Lịch sử Đảng bằng tư liệu địa phương tại Trường Chính trị tỉnh "
                "Lạng Sơn” do ThS. Hoàng Thị Thu Hà làm chủ nhiệm."
            ),
            P(
                "Đề tài đã hệ thống hóa nguồn tư liệu về lịch sử Đảng bộ tỉnh Lạng Sơn qua các thời kỳ, đề xuất "
                "4 nhóm giải pháp đưa tư liệu địa phương vào bài giảng."
            ),
            P("Nhóm giải pháp đề xuất", "h"),
            P("Xây dựng kho tư liệu số về lịch sử Đảng bộ tỉnh phục vụ giảng dạy.", "li"),
            P("Biên soạn tài liệu hướng dẫn sử dụng tư liệu địa phương cho từng bài giảng.", "li"),
            P("Tổ chức cho học viên tham quan các di tích lịch sử cách mạng trên địa bàn.", "li"),
            P("Hội đồng đánh giá đề tài đạt loại Xuất sắc với 92/100 điểm."),
        ],
        authors=["Hoàng Thị Thu Hà"],
        opts={"time": None, "meta_author": "ThS. Hoàng Thị Thu Hà", "abstract": None, "tags": []},
    ),
    Story(
        12,
        S["vb1"],
        "Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "van-ban-chi-dao",
        "2026-09-08T10:00:00+07:00",
        [
            P(
                "Căn cứ Quy chế thi giảng viên dạy giỏi của Nhà trường, Trường Chính trị tỉnh Lạng Sơn xây "
                "dựng Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026 như sau:"
            ),
            P("I. MỤC ĐÍCH, YÊU CẦU", "h"),
            P(
                "Nâng cao chất lượng đội ngũ giảng viên; phát hiện, nhân rộng những phương pháp giảng dạy tích "
                "cực, hiệu quả."
            ),
            P("II. THỜI GIAN, ĐỐI TƯỢNG", "h"),
            P("Thời gian | Nội dung | Đơn vị chủ trì", "th"),
            P("05/10/2026 | Đăng ký dự thi | Các khoa", "td"),
            P("02/11 - 06/11/2026 | Thi giảng trên lớp | Hội đồng thi", "td"),
            P("10/11/2026 | Tổng kết, trao giải | Phòng Quản lý đào tạo", "td"),
            P("Giảng viên có thời gian giảng dạy từ 3 năm trở lên được đăng ký dự thi."),
        ],
        opts={
            "time": "10:00",
            "vb": ("98/KH-TCT", "07/09/2026", "Kế hoạch"),
            "files": ["KH-98-thi-GVDG-2026.pdf"],
            "abstract": None,
            "tags": [],
        },
    ),
    Story(
        13,
        S["vb2"],
        "Hướng dẫn viết khóa luận tốt nghiệp Trung cấp lý luận chính trị",
        "van-ban-chi-dao",
        "2026-08-25T14:30:00+07:00",
        [
            P(
                "Để thống nhất yêu cầu về nội dung, hình thức khóa luận tốt nghiệp, Nhà trường hướng dẫn như sau."
            ),
            P("1. Yêu cầu về nội dung", "h"),
            P(
                "Khóa luận phải gắn với thực tiễn địa phương, cơ quan, đơn vị nơi học viên công tác; không sao "
                "chép khóa luận của người khác."
            ),
            P("2. Yêu cầu về hình thức", "h"),
            P(
                "Khóa luận dài từ 25 đến 35 trang khổ A4, phông chữ Times New Roman cỡ 14, giãn dòng 1,5 lines."
            ),
            P("3. Thời hạn nộp", "h"),
            P(
                "Học viên nộp 02 bản khóa luận về Phòng Quản lý đào tạo chậm nhất 15 ngày trước ngày bảo vệ."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Phòng Quản lý đào tạo - Nghiên cứu khoa học</strong></p>'
            ),
        ],
        authors=["Phòng Quản lý đào tạo - Nghiên cứu khoa học"],
        opts={
            "time": "14:30",
            "vb": ("76/HD-TCT", "20/08/2026", "Hướng dẫn"),
            "files": [],
            "abstract": None,
            "tags": [],
        },
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}


def ns(layout: str) -> str:
    return PORTLET + INSTANCE[layout]


def primary(story: Story) -> str:
    return content_path(story.cat, INSTANCE[story.cat], story.slug)


def chitiet(story: Story) -> str:
    return content_path("chi-tiet", HOME_INSTANCE, story.slug)


def print_target(story: Story) -> str:
    return f"{primary(story)}?p_p_state=pop_up&_{ns(story.cat)}_viewMode=print"


def from_listing(story: Story, listing: str) -> str:
    """An asset link of a listing: the content URL with Liferay's redirect back to the list."""
    return f"{primary(story)}?inheritRedirect=true&redirect={quote(listing, safe='')}"


# --- the Documents and Media entries the publishers of two pages list with the web contents ---

DOCS: list[tuple[int, str, str, str]] = [
    # (file entry id, layout, title, display date)
    (40101, "nghien-cuu-khoa-hoc", "Kỷ yếu Hội thảo khoa học cấp trường năm 2026", "2026-11-25"),
    (40102, "nghien-cuu-khoa-hoc", "Danh mục đề tài khoa học cấp trường năm 2027", "2026-11-05"),
    (40103, "nghien-cuu-khoa-hoc", "Thông tin khoa học số 3/2026", "2026-10-15"),
    (40104, "nghien-cuu-khoa-hoc", "Quy chế hoạt động khoa học và công nghệ", "2026-10-02"),
    (40105, "nghien-cuu-khoa-hoc", "Thông tin khoa học số 2/2026", "2026-09-30"),
]
DOCS += [
    (40120 + i, "van-ban-chi-dao", title, day)
    for i, (title, day) in enumerate(
        [
            ("Quyết định ban hành Quy chế chi tiêu nội bộ năm 2027", "2026-12-01"),
            ("Lịch giảng tháng 12/2026", "2026-11-28"),
            ("Kế hoạch mở lớp năm 2027", "2026-11-10"),
            ("Công văn về việc cử giảng viên đi thực tế", "2026-10-30"),
            ("Lịch giảng tháng 11/2026", "2026-10-28"),
            ("Quyết định thành lập Hội đồng thi năm 2026", "2026-10-06"),
            ("Thông báo tuyển sinh lớp Trung cấp K46", "2026-09-20"),
            ("Lịch giảng tháng 10/2026", "2026-09-28"),
            ("Quy chế đào tạo trình độ trung cấp", "2026-09-01"),
            ("Nội quy học viên", "2026-08-28"),
        ]
    )
]
DOC_BY_ID = {d[0]: d for d in DOCS}


def doc_file(file_id: int) -> str:
    return (
        f"/documents/{GROUP_ID}/0/tai-lieu-{file_id}.pdf/{file_id:08x}-aa11-4c22-8d33-9e44f5a6b7c8"
    )


def day_of(story: Story) -> str:
    return story.published_at[:10]


def listing_items(layout: str) -> list[tuple[str, object]]:
    """Assets of a listing page, newest first: ("web", Story) or ("doc", doc tuple)."""
    cats = {layout} if layout != "tin-tuc" else {"tin-tuc", "dao-tao-boi-duong"}
    items: list[tuple[str, str, object]] = [(day_of(s), "web", s) for s in STORIES if s.cat in cats]
    items += [(d[3], "doc", d) for d in DOCS if d[1] == layout]
    items.sort(key=lambda it: it[0], reverse=True)
    return [(kind, obj) for _, kind, obj in items]


def pages_of(layout: str) -> int:
    return max(1, -(-len(listing_items(layout)) // PER_PAGE))


def listing_links(story: Story) -> list[str]:
    """Every listing link of a story (one per listing page that shows it)."""
    out = []
    for layout in INSTANCE:
        items = listing_items(layout)
        for i, (kind, obj) in enumerate(items):
            if kind == "web" and obj is story:
                out.append(from_listing(story, list_target(layout, i // PER_PAGE + 1)))
                # the "20 Mục mỗi trang" view of the same publisher shows it on its page 1
                out.append(from_listing(story, list_target(layout, 1, 20)))
    return out


# --- gold -------------------------------------------------------------------------------------

GOLD = [
    gold_record(
        s,
        primary(s),
        CATEGORIES[s.cat],
        alt_paths=[chitiet(s), print_target(s), *listing_links(s)],
    )
    for s in STORIES
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/lien-he",
    f"{SITE}/lich-giang",
    f"{SITE}/thu-vien-anh",
    doc_path("van-ban-chi-dao", 40121),
    f"{SITE}/nghien-cuu-khoa-hoc",
]


# --- printing -----------------------------------------------------------------------------------

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def dmy(day: str) -> str:
    y, m, d = day.split("-")
    return f"{d}/{m}/{y}"


def weekday(day: str) -> str:
    y, m, d = (int(x) for x in day.split("-"))
    return WEEKDAYS[_dt.date(y, m, d).weekday()]


def _img_tag(img: Img) -> str:
    return f'<img alt="" src="{esc(img.src)}" style="width: 600px; height: 400px;" />'


def render_content(story: Story) -> str:
    """CKEditor HTML of the "NoiDung" field: lists, tables, photos in four caption forms."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            cap = esc(b.printed) if b.printed else ""
            if b.style == "figure":
                fc = f"<figcaption>{cap}</figcaption>" if cap else ""
                out.append(f'<figure class="image">{_img_tag(b)}{fc}</figure>')
            elif b.style == "tbl":
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image-caption">'
                    f"<tbody><tr><td>{_img_tag(b)}</td></tr>"
                    f'<tr><td style="text-align: center;"><em>{cap}</em></td></tr></tbody></table>'
                )
            elif b.style == "center":
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>')
                out.append(f'<p style="text-align: center;">{cap}</p>')
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b)}<br />')
                out.append(f"<em>{cap}</em></p>" if cap else "</p>")
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                tag = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="5" style="width: 100%;"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        elif b.style == "h":
            out.append(f"<h3><strong>{text(b.text)}</strong></h3>")
        elif b.style == "q":
            out.append(f"<blockquote><p><em>{text(b.text)}</em></p></blockquote>")
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{text(b.text)}</strong></p>')
        elif b.style == "fn":
            out.append(f'<p style="font-size: 12px;"><span>{text(b.text)}</span></p>')
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(
                f'<p style="text-align: justify;">{text(b.text)}<br />\n{text(nxt.text)}</p>'
            )
            i += 2
            continue
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    return "\n".join(out)


MENU = [
    ("Trang chủ", f"{SITE}/trang-chu", []),
    ("Giới thiệu", f"{SITE}/gioi-thieu", []),
    ("Tin tức - Sự kiện", f"{SITE}/tin-tuc", []),
    (
        "Đào tạo - NCKH",
        "javascript:;",
        [
            ("Đào tạo - Bồi dưỡng", f"{SITE}/dao-tao-boi-duong"),
            ("Nghiên cứu khoa học", f"{SITE}/nghien-cuu-khoa-hoc"),
            ("Lịch giảng", f"{SITE}/lich-giang"),
        ],
    ),
    ("Văn bản chỉ đạo", f"{SITE}/van-ban-chi-dao", []),
    ("Thư viện ảnh", f"{SITE}/thu-vien-anh", []),
    ("Liên hệ", f"{SITE}/lien-he", []),
]


def menu_html() -> str:
    out = []
    for label, href, kids in MENU:
        if kids:
            sub = "".join(
                f'<li class="lfr-nav-item"><a href="{h}" role="menuitem">{esc(k)}</a></li>'
                for k, h in kids
            )
            out.append(
                f'<li class="lfr-nav-item dropdown"><a class="dropdown-toggle" href="{href}" '
                f'aria-haspopup="true"><span>{esc(label)}</span></a><ul class="child-menu dropdown-menu">{sub}</ul></li>'
            )
        else:
            out.append(
                f'<li class="lfr-nav-item"><a href="{href}" role="menuitem"><span>{esc(label)}</span></a></li>'
            )
    return (
        '<nav class="sort-pages modify-pages" id="navigation"><ul class="nav navbar-nav" role="menubar">'
        + "".join(out)
        + "</ul></nav>"
    )


def sidebar() -> str:
    newest = sorted(STORIES, key=lambda s: s.published_at, reverse=True)
    most = [newest[i] for i in (2, 0, 5, 3, 1)]
    most_html = "".join(
        f'<li><a href="{primary(s)}">{esc(s.title)}</a> <span class="view-count">({s.views()})</span></li>'
        for s in most
    )
    return f"""<div class="col-md-4" id="column-2">
<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_docnhieu">
<div class="portlet-title"><h2 class="portlet-title-text">Tin đọc nhiều</h2></div><ul class="most-read">{most_html}</ul></section>
<section class="portlet"><div class="portlet-title"><h2 class="portlet-title-text">Thăm dò ý kiến</h2></div>
<form action="{SITE}/trang-chu?p_p_id=com_liferay_polls_web_portlet_PollsDisplayPortlet&amp;p_p_lifecycle=1" method="post">
<p>Bạn đánh giá thế nào về chất lượng bài giảng của Nhà trường?</p>
<label><input type="radio" name="choiceId" value="1"> Rất tốt</label><label><input type="radio" name="choiceId" value="2"> Tốt</label>
<label><input type="radio" name="choiceId" value="3"> Bình thường</label><button type="submit">Bình chọn</button></form></section>
<section class="portlet"><div class="portlet-title"><h2 class="portlet-title-text">Liên kết website</h2></div>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://www.langson.gov.vn">Cổng TTĐT tỉnh Lạng Sơn</option>
<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option></select>
<p><a href="https://baolangson.vn"><img src="/o/truongchinhtri-theme/images/banner-baolangson.png" alt="Báo Lạng Sơn"></a></p></section>
<section class="portlet thong-ke"><div class="portlet-title"><h2 class="portlet-title-text">Thống kê truy cập</h2></div>
<ul><li>Đang online: 23</li><li>Hôm nay: 1.047</li><li>Tổng truy cập: 2.918.305</li></ul></section>
</div>"""


def layout(
    title: str, crumbs: list[tuple[str, str]], main: str, head: str = "", sidebar_on: bool = True
) -> str:
    crumb_html = "".join(
        f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{h}" title="{esc(t)}"><span class="breadcrumb-text-truncate">{esc(t)}</span></a></li>'
        for t, h in crumbs
    )
    side = sidebar() if sidebar_on else ""
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - {esc(SITE_TITLE)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/o/truongchinhtri-theme/images/favicon.ico" rel="icon" />
{head}
<link class="lfr-css-file" href="/o/truongchinhtri-theme/css/main.css?browserId=other&amp;themeId=truongchinhtri_WAR_truongchinhtritheme&amp;languageId=vi_VN&amp;b=7102&amp;t=1764893000000" rel="stylesheet" type="text/css" />
<script src="/o/frontend-js-web/liferay/global.bundle.js?browserId=other&amp;languageId=vi_VN&amp;b=7102" type="text/javascript"></script>
<script type="text/javascript">Liferay.ThemeDisplay = {{getLayoutRelativeURL: function() {{ return ''; }}, getScopeGroupId: function() {{ return '{GROUP_ID}'; }}, getLanguageId: function() {{ return 'vi_VN'; }}}};</script>
</head>
<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><span class="ngay-hien-tai">{esc(TODAY)}</span>
<span class="top-links"><a href="/c/portal/login?p_l_id=20145">Đăng nhập</a> | <a href="{SITE}/so-do-site">Sơ đồ site</a></span></div>
<div class="logo-banner"><a class="logo custom-logo" href="{SITE}" title="Đi tới {esc(SITE_TITLE)}">
<img alt="{esc(SITE_TITLE)}" height="110" src="/image/layout_set_logo?img_id=35901&amp;t=1764893000000" width="1170" /></a>
<h1 class="site-title sr-only">{esc(SITE_TITLE)}</h1></div>
{menu_html()}
</header>
<section id="content">
<nav aria-label="Breadcrumb" id="breadcrumbs"><ol class="breadcrumb">{crumb_html}</ol></nav>
<div class="columns-2-1" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column" id="column-1">
{main}
</div>
{side}
</div></div>
</section>
<footer id="footer" role="contentinfo">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH LẠNG SƠN</strong></p>
<p>Địa chỉ: Số 2 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn</p>
<p>Điện thoại: 0205 3812 416 - Fax: 0205 3812 417 - Email: truongchinhtri@langson.gov.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Nhà trường. <a href="{SITE}/lien-he">Liên hệ</a></p>
<p class="powered-by">Vận hành bởi <a href="http://www.liferay.com" rel="external">Liferay</a></p>
</footer>
</div>
</body>
</html>"""


def portlet(layout_key: str, title: str, inner: str) -> str:
    return f"""<section class="portlet portlet-asset-publisher" id="p_p_id_{ns(layout_key) if layout_key in INSTANCE else PORTLET + HOME_INSTANCE}_">
<div class="portlet-title"><h2 class="portlet-title-text">{esc(title)}</h2></div>
<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">
{inner}
</div></div></div></section>"""


def pager(layout_key: str, page: int, pages: int, total: int) -> str:
    def link(n: int, label: str, cls: str = "") -> str:
        ok = 1 <= n <= pages and n != page
        href = list_target(layout_key, n) if ok else "javascript:;"
        return f'<li class="{cls}{"" if ok else " disabled"}"><a href="{href}">{label}</a></li>'

    options = "".join(
        f'<li><a href="{list_target(layout_key, n)}">{n}</a></li>' for n in range(1, pages + 1)
    )
    deltas = "".join(f'<li><a href="{list_target(layout_key, 1, d)}">{d}</a></li>' for d in (6, 20))
    lo, hi = (page - 1) * PER_PAGE + 1, min(page * PER_PAGE, total)
    return f"""<div class="taglib-page-iterator"><div class="clearfix lfr-pagination">
<div class="lfr-pagination-config">
<div class="lfr-pagination-page-selector"><div class="btn-group lfr-icon-menu current-page-menu">
<a class="dropdown-toggle direction-down btn btn-default" href="javascript:;">Trang {page} của {pages}</a>
<ul class="dropdown-menu lfr-menu-list">{options}</ul></div></div>
<div class="lfr-pagination-delta-selector"><div class="btn-group lfr-icon-menu"><a class="dropdown-toggle btn btn-default" href="javascript:;">{PER_PAGE} Mục mỗi trang</a>
<ul class="dropdown-menu lfr-menu-list">{deltas}</ul></div></div>
</div>
<small class="search-results">Hiển thị {lo} - {hi} của {total} kết quả.</small>
<ul class="lfr-pagination-buttons pager">{link(1, "Đầu", "first")}{link(page - 1, "&larr; Trước")}{link(page + 1, "Tiếp &rarr;")}{link(pages, "Cuối", "last")}</ul>
</div></div>"""


def list_page(request: Request, layout_key: str) -> Response | None:
    p = request.params
    page = int(p.get(f"_{ns(layout_key)}_cur", "1") or 1)
    delta = int(p.get(f"_{ns(layout_key)}_delta", str(PER_PAGE)) or PER_PAGE)
    items = listing_items(layout_key)
    pages = max(1, -(-len(items) // delta))
    if page < 1 or page > pages:
        return None
    here = list_target(layout_key, page, delta)
    rows = []
    for kind, obj in items[(page - 1) * delta : page * delta]:
        if kind == "web":
            s = obj
            abstract = s.opts.get("abstract") or ""
            rows.append(f"""<div class="asset-abstract"><div class="asset-content">
<h4 class="asset-title"><a href="{esc(from_listing(s, here))}">{esc(s.title)}</a></h4>
<span class="ngay-dang">{dmy(day_of(s))}</span>
<div class="asset-summary">{esc(abstract)}</div>
<div class="asset-more"><a href="{esc(from_listing(s, here))}">Xem thêm &raquo;</a></div></div></div>""")
        else:
            fid, lay, title, day = obj
            rows.append(f"""<div class="asset-abstract document"><span class="icon-file-pdf"></span>
<h4 class="asset-title"><a href="{doc_path(lay, fid)}">{esc(title)}</a></h4><span class="ngay-dang">{dmy(day)}</span></div>""")
    inner = "\n".join(rows) + (
        pager(layout_key, page, pages, len(items)) if delta == PER_PAGE else ""
    )
    name = CATEGORIES[layout_key]
    main = portlet(layout_key, name, inner)
    return html(
        layout(
            name,
            [("Trang chủ", SITE), (name, f"{SITE}/{layout_key}")],
            main,
            f'<link href="{base_url(request)}{SITE}/{layout_key}" rel="canonical" />',
        )
    )


def home(request: Request) -> Response:
    newest = sorted(STORIES, key=lambda s: s.published_at, reverse=True)
    featured = "".join(
        f'<div class="tin-noi-bat-item"><a href="{chitiet(s)}"><img src="{up("thumb-" + s.slug[:20] + ".jpg")}" alt=""></a>'
        f'<h3><a href="{chitiet(s)}">{esc(s.title)}</a></h3></div>'
        for s in newest[:3]
    )
    news = [s for s in newest if s.cat == "tin-tuc"][:4]
    news_html = "".join(
        f'<li><a href="{primary(s)}">{esc(s.title)}</a> <em>({dmy(day_of(s))})</em></li>'
        for s in news
    )
    docs = listing_items("van-ban-chi-dao")[:5]
    docs_html = "".join(
        f'<li><a href="{primary(o) if k == "web" else doc_path(o[1], o[0])}">{esc(o.title if k == "web" else o[2])}</a></li>'
        for k, o in docs
    )
    main = (
        f'<section class="portlet" id="p_p_id_{PORTLET}{HOME_INSTANCE}_"><div class="portlet-title"><h2 class="portlet-title-text">Tin nổi bật</h2></div>{featured}</section>'
        + portlet(
            "tin-tuc",
            "Tin tức - Sự kiện",
            f'<ul>{news_html}</ul><a class="xem-tiep" href="{SITE}/tin-tuc">Xem tiếp</a>',
        )
        + portlet(
            "van-ban-chi-dao",
            "Văn bản mới",
            f'<ul>{docs_html}</ul><a class="xem-tiep" href="{SITE}/van-ban-chi-dao">Xem tất cả</a>',
        )
    )
    return html(layout("Trang chủ", [("Trang chủ", SITE)], main))


def meta_line(story: Story) -> str:
    day = day_of(story)
    t = story.opts.get("time")
    if story.cat == "nghien-cuu-khoa-hoc":
        author = story.opts.get("meta_author")
        a = f'<span class="tac-gia">Tác giả: {esc(author)}</span>' if author else ""
        return f'<div class="thong-tin-bai"><span class="ngay-dang">Ngày đăng: {dmy(day)}</span> {a}</div>'
    if story.cat == "van-ban-chi-dao":
        so, ngay, loai = story.opts["vb"]
        return (
            f'<table class="thong-tin-van-ban"><tr><td>Số/Ký hiệu:</td><td>{so}</td></tr>'
            f"<tr><td>Ngày ban hành:</td><td>{ngay}</td></tr><tr><td>Loại văn bản:</td><td>{esc(loai)}</td></tr></table>"
            f'<p class="ngay-dang">Ngày đăng: {dmy(day)} {t}</p>'
        )
    upd = story.opts.get("updated")
    u = f' <span class="ngay-cap-nhat">Cập nhật: {upd}</span>' if upd else ""
    author = story.opts.get("meta_author")
    a = f'<div class="tac-gia">{esc(author)}</div>' if author else ""
    return f'<div class="ngay-dang"><i class="icon-calendar"></i> {weekday(day)}, {dmy(day)} | {t}{u}</div>{a}'


def article_html(story: Story, chrome: bool = True) -> str:
    kicker = story.opts.get("kicker")
    kick = f'<p class="tit-phu">{esc(kicker)}</p>' if kicker else ""
    sapo = (
        f'<div class="journal-summary"><p>{esc(story.summary)}</p></div>'
        if story.sapo_outside
        else ""
    )
    files = "".join(
        f'<li><a href="/documents/{GROUP_ID}/0/{f}/0b1c2d3e-0000-4000-8000-{i:012d}">{esc(f)}</a></li>'
        for i, f in enumerate(story.opts.get("files", []))
    )
    files_html = (
        f'<div class="tep-dinh-kem"><strong>Tệp đính kèm:</strong><ul>{files}</ul></div>'
        if files
        else ""
    )
    tools = ""
    if chrome:
        tools = (
            f'<div class="asset-actions"><a href="{esc(print_target(story))}" title="In">In bài</a> '
            f'<a href="mailto:?subject={quote(story.title)}">Gửi email</a> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(primary(story), safe="")}" target="_blank">Chia sẻ</a></div>'
        )
    return f"""<div class="asset-full-content clearfix default-asset-publisher show-asset-title">
<div class="journal-content-article" data-analytics-asset-id="{story.id + 41000}">
{kick}<h3 class="header-title"><span>{esc(story.title)}</span></h3>
{meta_line(story)}
{sapo}
<div class="noi-dung">
{render_content(story)}
</div>
{files_html}
</div>
{tools}
<div class="asset-metadata"><span class="metadata-entry metadata-author">Người đăng: Quản trị hệ thống</span>
<span class="metadata-entry metadata-view-count">{story.views()} Lượt xem</span>
<span class="metadata-entry metadata-categories">Chuyên mục: <a href="{SITE}/{story.cat}">{esc(CATEGORIES[story.cat])}</a></span></div>
</div>"""


def article_page(request: Request, story: Story, on_chitiet: bool) -> Response:
    p = request.params
    if p.get("p_p_state") == "pop_up":
        body = f"""<!DOCTYPE html><html lang="vi-VN"><head><title>{esc(story.title)}</title>
<link href="/o/truongchinhtri-theme/css/main.css" rel="stylesheet" /></head>
<body class="portal-popup"><div class="print-action"><a href="javascript:print();">In trang</a></div>
{article_html(story, chrome=False)}
<script>window.print();</script></body></html>"""
        return html(body)
    related = ""
    if story.cat == "tin-tuc":
        others = [
            s
            for s in sorted(STORIES, key=lambda s: s.published_at, reverse=True)
            if s.cat == "tin-tuc" and s is not story
        ][:3]
        related = (
            '<div class="tin-khac"><h4>Các tin khác</h4><ul>'
            + "".join(
                f'<li><a href="{primary(s)}">{esc(s.title)}</a> ({dmy(day_of(s))})</li>'
                for s in others
            )
            + "</ul></div>"
        )
    back = p.get("redirect") or f"{SITE}/{story.cat}"
    inner = (
        f'<div class="taglib-header"><span class="header-back-to"><a href="{esc(back)}">&laquo; Quay lại</a></span></div>'
        + article_html(story)
        + related
        + '<div class="taglib-ratings"><span>Đánh giá bài viết:</span> ☆☆☆☆☆</div>'
        + '<div class="taglib-discussion"><h4>Bình luận</h4><p>Chưa có bình luận nào. Hãy là người đầu tiên bình luận!</p>'
        + f'<a href="/c/portal/login?redirect={quote(primary(story), safe="")}">Đăng nhập</a> để gửi bình luận.</div>'
    )
    if on_chitiet:
        crumbs = [("Trang chủ", SITE), ("Chi tiết tin", f"{SITE}/chi-tiet")]
        main = portlet("", "Tin nổi bật", inner)
    else:
        crumbs = [("Trang chủ", SITE), (CATEGORIES[story.cat], f"{SITE}/{story.cat}")]
        main = portlet(story.cat, CATEGORIES[story.cat], inner)
    canonical = f"{SITE}/chi-tiet" if on_chitiet else f"{SITE}/{story.cat}"
    head = (
        f'<link href="{base_url(request)}{canonical}" rel="canonical" />\n'
        f'<meta property="og:title" content="{esc(SITE_TITLE)}" />\n'
        f'<meta content="{esc(story.opts.get("abstract") or "")}" lang="vi-VN" name="description" />'
    )
    return html(layout(f"{story.title} - {CATEGORIES[story.cat]}", crumbs, main, head))


def doc_page(request: Request, file_id: int) -> Response:
    fid, lay, title, day = DOC_BY_ID[file_id]
    inner = f"""<div class="asset-full-content document-entry">
<h3 class="header-title"><span>{esc(title)}</span></h3>
<div class="ngay-dang">Ngày đăng: {dmy(day)}</div>
<div class="lfr-asset-summary"><span class="icon-file-pdf"></span> tai-lieu-{fid}.pdf (148 KB)</div>
<div class="download-document"><a class="btn btn-primary" href="{doc_file(fid)}">Tải về (148 KB)</a></div>
</div>"""
    main = portlet(lay, CATEGORIES[lay], inner)
    return html(layout(title, [("Trang chủ", SITE), (CATEGORIES[lay], f"{SITE}/{lay}")], main))


STATIC = {
    "gioi-thieu": (
        "Giới thiệu",
        "<h3>Lịch sử hình thành và phát triển</h3><p>Ngày 04/6/1959, Ban Bí thư Trung ương Đảng "
        "ra quyết định thành lập Trường Đảng tỉnh Lạng Sơn, tiền thân của Trường Chính trị tỉnh Lạng Sơn ngày nay.</p>"
        "<p>Trải qua hơn 67 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ.</p>"
        '<p class="cap-nhat">Cập nhật: 15/08/2026</p>',
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Trường Chính trị tỉnh Lạng Sơn</p><p>Số 2 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn</p>"
        '<form method="post" action="/web/truongchinhtri/lien-he?p_p_id=com_liferay_dynamic_data_lists_web_portlet_DDLDisplayPortlet&amp;p_p_lifecycle=1">'
        '<input name="hoTen" placeholder="Họ và tên"><textarea name="noiDung"></textarea><button type="submit">Gửi</button></form>',
    ),
    "lich-giang": (
        "Lịch giảng tháng 12/2026",
        '<p>Ngày đăng: 28/11/2026</p><table border="1"><tr><th>Ngày</th><th>Lớp</th><th>Nội dung</th><th>Giảng viên</th></tr>'
        "<tr><td>07/12</td><td>TC K45 Cao Lộc</td><td>Học phần I.1</td><td>Hoàng Văn Nam</td></tr>"
        "<tr><td>08/12</td><td>TC K44</td><td>Học phần IV.3</td><td>Vi Văn Bình</td></tr></table>",
    ),
    "thu-vien-anh": (
        "Thư viện ảnh",
        "".join(
            f'<div class="image-thumbnail"><a href="/documents/{GROUP_ID}/0/album-{i}.jpg/ab{i:06d}"><img src="/documents/{GROUP_ID}/0/album-{i}.jpg/ab{i:06d}?imageThumbnail=1" alt=""></a>'
            f"<span>Album ảnh hoạt động {i}/2026</span></div>"
            for i in range(8, 12)
        ),
    ),
}


def static_page(key: str) -> Response:
    title, content = STATIC[key]
    main = (
        f'<section class="portlet portlet-journal-content"><div class="portlet-content"><div class="journal-content-article">'
        f'<h3 class="header-title">{esc(title)}</h3>{content}</div></div></section>'
    )
    return html(layout(title, [("Trang chủ", SITE), (title, f"{SITE}/{key}")], main))


class LiferaySite:
    def respond(self, request: Request) -> Response | None:
        path = request.path.rstrip("/") or "/"
        if path.startswith(("/o/", "/image/", "/documents/")):
            if path.startswith("/documents/") and ".pdf/" in path:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path) or static_file(
                path.split("/")[-2] if path.count("/") > 2 else path
            )
        if path in ("/", "/web/guest"):
            return redirect(SITE, 302)
        if path in (SITE, f"{SITE}/trang-chu"):
            return home(request)
        if m := re.fullmatch(
            rf"{SITE}/([a-z-]+)/-/asset_publisher/(\w+)/content/([a-z0-9-]+)", path
        ):
            lay, inst, slug = m.groups()
            story = BY_SLUG.get(slug)
            if story is None:
                return None
            if lay == "chi-tiet" and inst == HOME_INSTANCE:
                return article_page(request, story, True)
            if lay == story.cat and inst == INSTANCE[lay]:
                return article_page(request, story, False)
            return None
        if m := re.fullmatch(rf"{SITE}/([a-z-]+)/-/asset_publisher/(\w+)/document/id/(\d+)", path):
            lay, inst, fid = m.groups()
            doc = DOC_BY_ID.get(int(fid))
            if doc and doc[1] == lay and INSTANCE.get(lay) == inst:
                return doc_page(request, int(fid))
            return None
        key = path[len(SITE) + 1 :] if path.startswith(SITE + "/") else ""
        if key in INSTANCE:
            return list_page(request, key)
        if key in STATIC:
            return static_page(key)
        return None


def build_site() -> LiferaySite:
    return LiferaySite()
