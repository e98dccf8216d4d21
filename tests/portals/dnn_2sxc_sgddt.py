"""Sở Giáo dục và Đào tạo tỉnh Tuyên Quang on DNN (DotNetNuke) 9.x with the 2sxc "News" app.

Platform
--------
DNN 9 (Advanced URL management on, culture vi-VN) with a vendor skin ``SGD_TQ`` (bootstrap 3,
DDRMenu) and three 2sxc apps: "News" (tin bài, Razor templates ``_Tin-DanhSach.cshtml`` /
``_Tin-ChiTiet.cshtml`` and a second detail template for notices), "Văn bản" (documents) and
"Thư viện" (albums / clips). Every page is one ASP.NET ``<form id="Form" method="post">`` with
``__VIEWSTATE``, ``__dnnVariable`` and ``__RequestVerificationToken``; the search skin object
and the poll post back (``__doPostBack``); the search postback redirects to ``/tim-kiem``.

URL scheme
----------
- DNN page (tab) paths: ``/`` (home, also ``/trang-chu``), ``/tin-tuc/hoat-dong-nganh`` (tabid
  62), ``/tin-tuc/chuyen-doi-so`` (63), ``/tin-tuc/guong-dien-hinh`` (64, hidden from the menu),
  ``/thong-bao`` (66), ``/van-ban`` (70), ``/thu-vien-anh`` (72), ``/video`` (73),
  ``/lich-cong-tac`` (75), ``/lien-he`` (80), ``/gioi-thieu/co-cau-to-chuc`` (56).
- 2sxc detail view: DNN turns the query pair ``details=<id>`` into path segments,
  ``<tab>/details/<id>`` and the template appends the item's url-key:
  ``<tab>/details/<id>/<url-key>``. The url-key is decorative (2sxc reads the id only): any
  key serves the item. Paths are case-insensitive (IIS/DNN).
- Legacy form kept by DNN: ``/Default.aspx?tabid=<tab>&details=<id>`` (200, not redirected).
- Print view: ``<canonical>/mid/<moduleid>/dnnprintmode/true?SkinSrc=…&ContainerSrc=…``
  (the "In bài" link of the detail template, ``rel="nofollow"``): the module alone, no skin.
- List paging ``?page=N`` on the module (relative ``href="?page=2"`` links); past the last page
  the module prints "Không có tin bài" and the pager again (bounded).
- Work calendar ``/lich-cong-tac?tuan=<w>&nam=2026``: weeks 48-50 only (bounded).
- ``/dang-nhap?returnurl=…`` / ``/dang-ky?returnurl=…`` on every page (``rel="nofollow"``).

Page templates
--------------
- Skin: top bar (today's date from the CURRENTDATE skin object, login/register), banner, DDRMenu
  with drop-downs, breadcrumb (tabs only, never the headline), left content pane, right pane
  (HTML module "Tiêu điểm" typed by an editor, 2sxc "Tin đọc nhiều", poll, links select,
  visitor counter), footer with address/phone/email/copyright.
- Module container: ``<h2 class="ctn-td"><span id="dnn_ctr<mid>_dnnTITLE_titleLabel"
  class="Head">Hoạt động ngành</span></h2>`` above the module's content.
- News detail (``_Tin-ChiTiet``): ``<h1 class="ndct-tde">`` headline, meta line (weekday, date
  ``dd/MM/yyyy - HH:mm``, "Cập nhật", "Lượt xem", "Người đăng: host"), tool bar (A-/A+, In bài,
  email, Facebook/Zalo share), the Teaser field in ``div.ndct-tomtat`` when the item has one,
  the TinyMCE body ``div.ndct-nd``, the Author field ``div.ndct-tgia`` on some items, keywords
  (plain text), then "Tin mới cùng chuyên mục" (newest five of the category, current left out).
- Notice detail (``_ThongBao-ChiTiet``): ``h2.tb-ct-tde``, "Ngày đăng: dd/MM/yyyy HH:mm -
  Người đăng: Admin", body, attachments, "Các thông báo khác".
- Listings: news as rows of thumbnail + headline + date + teaser (page size 3 on "Hoạt động
  ngành"), notices as a table with en-US dates ``M/d/yyyy`` (page size 2).
- Home: "Tin nổi bật" slider (links ``/trang-chu/details/<id>/<key>``: the slider module has no
  details page set, so the item opens on the home tab), "Tin mới", "Thông báo", "Văn bản mới",
  banners (one of them the only link to the hidden tab "Gương điển hình").

How each gold article is reached
--------------------------------
- 3291, 3287, 3280: "Hoạt động ngành" page 1 (and the home's "Tin mới").
- 3266, 3254, 3241: "Hoạt động ngành" ``?page=2`` (also via "Tin mới cùng chuyên mục"; 3266 via
  "Tin đọc nhiều"; 3254 via the legacy link in "Tiêu điểm").
- 3219: only "Hoạt động ngành" ``?page=3``.
- 3275: "Chuyển đổi số" (menu), home "Tin mới", sidebar variants.
- 3270, 3233: the hidden tab "Gương điển hình", reached from the home banner image only (and
  the home slider's ``/trang-chu/details`` twins).
- 3285, 3293: "Thông báo" page 1 and the home box; 3258: "Thông báo" ``?page=2`` (and the
  notices' own "Các thông báo khác"). 3219 is the one item no other list names.

Traps
-----
1. Headline vs. page title: ``<title>`` is the DNN tab's ("Sở GD&ĐT Tuyên Quang > Tin tức >
   Hoạt động ngành"), there is no og:title, and the container title ``<h2>Hoạt động ngành</h2>``
   comes before the headline (``h1.ndct-tde``; ``h2.tb-ct-tde`` on notices, again after the
   container's h2). Gold title: the headline.
2. One item, many URLs: ``/details/<id>`` (sidebar "Tin đọc nhiều"), ``/details/<id>/<key>``
   (lists), an old url-key kept in the editor's hand-typed "Tiêu điểm" box after the headline
   was edited (3287), a capitalised hand-typed path (3275), the legacy ``/Default.aspx?tabid=
   62&details=3254``, the home-tab twin ``/trang-chu/details/<id>/<key>`` (3287, 3270, 3233)
   and the print view. All 200 with ``<link rel="canonical">`` to the keyed category form.
   Gold: one record per item at the keyed form; the rest in ``alt_paths``.
3. Category on the home twin: ``/trang-chu/details/…`` prints the breadcrumb "Trang chủ" and
   the container title "Tin nổi bật", and keeps the home's other modules ("Tin mới", "Thông
   báo") under the article. Gold category: the section of the canonical page ("Hoạt động
   ngành", "Gương điển hình"); the home's lists are no part of the text.
4. Same URL shape, no article: the "Văn bản" and "Thư viện" apps use the same 2sxc detail
   scheme (``/van-ban/details/156/…``, ``/thu-vien-anh/details/41/…``, ``/video/details/12/…``):
   document entries, albums and a clip page are non-articles.
5. Discovery: "Gương điển hình" is a DNN page hidden from the menu (reached only through a home
   banner ``<a><img alt></a>``); the oldest items are only on ``?page=3`` / ``?page=2`` reached
   through relative ``href="?page=N"`` links; past the last page the module answers 200 with an
   empty list (no new links).
6. Dates: the header's today ("Thứ Bảy, 05/12/2026") on every page; an "Cập nhật: 12/11/2026
   15:40" next to the date (3241: gold is the publication 2026-11-10T08:00); a midnight
   "00:00" (3266: the day alone); notices listed with en-US dates "12/2/2026" (Dec 2, not Feb
   12); an official notice posted "01/12/2026 16:05" whose letterhead says "ngày 30 tháng 11
   năm 2026" (gold: 2026-11-30).
7. Bylines: "Người đăng: host" / "Người đăng: Admin" (CMS accounts, nobody); right-aligned
   bylines at the end of the body ("Tin, ảnh: X", "Tin: X - Ảnh: Y", "Bài, ảnh: X", "ThS. X -
   Phó Trưởng phòng …", a unit alone "Phòng Quản lý chất lượng"); a byline at the top of the
   body with the post on the next line (3275: "TS. Nguyễn Minh Tuấn" / "Hiệu trưởng …"); the
   2sxc Author field under the body ("Tác giả: Ma Thị Hương (Trường PTDTNT …)"); the signer
   of the official notice. Names only in gold.
8. Boundaries of the text: an editor-typed "Tin liên quan:" list inside the body (3291); a
   "Xem thêm: <a>" line after the references (3275); source lines "Nguồn: …" / "Theo …"
   (3219, 3233) next to a body sentence "Theo cô giáo …" and "Theo kế hoạch, …" that are text;
   attachment lines; the notice's letterhead and "Nơi nhận"/signature tables.
9. Captions: TinyMCE ``<figure><figcaption>``, a two-row table with the caption in parentheses
   (taken off), a centred ``<em>`` line under the photo, an old Word ``<i><span>`` line, a
   line that only credits the photographer ("Ảnh: Đức Thịnh": caption None), a photo with no
   line. Listing thumbnails are the Image field resized (``?w=300&h=200&mode=crop``), never in
   the article's images (the detail template does not print the Image field).
10. Text as stored: one body entity-encoded (``&agrave;``/``&#7897;``, 3266), one pasted in
   decomposed Unicode (NFD, 3270), one pasted from Word with ``mso-list:Ignore`` bullets (no
   text) next to "- " lines the editor typed (kept), a results table with a ``colspan`` total
   row, ``<p>`` inside table cells, a ``<br>`` splitting a paragraph (3254), footnote calls as
   Word anchors (``<a href="#_ftn1">[1]</a>``) and their "Tài liệu tham khảo" entries.
11. Sapo: the Teaser field printed in its own ``div.ndct-tomtat`` (summary, first body
   paragraph); a bold first paragraph in the body (summary); items whose Teaser is only in the
   listing and the meta description (summary None: 3254, the notices).

Gold decisions on ambiguous points
----------------------------------
- ``path``/``canonical_path``: the keyed category form the page's canonical names
  (``/tin-tuc/hoat-dong-nganh/details/3287/hoi-nghi-trien-khai-…``); every other linked form,
  the print view included (with its query as printed, ``&amp;`` read as ``&``), is an alt path.
- The top byline of 3275 ("TS. Nguyễn Minh Tuấn" / "Hiệu trưởng Trường THCS Phan Thiết") and
  the 2sxc Author field of 3266 give the author; neither line is body.
- "Bài, ảnh: X" reads as "Tin, ảnh: X": X is author and photographer.
- Table rows: cells joined by " | "; a header row is a row; the ``colspan=2`` total row has two
  cells ("Tổng cộng | 96").
- The official notice's closing sentence "Văn phòng Sở thông báo … thực hiện./." is text; its
  date is the letterhead's day, although the meta line prints a posting time.
- The emoji at the start of 3270's headline ("🌟 …", a character, not a picture) and the "🎉"
  closing its last paragraph are kept as printed.
- "Tài liệu tham khảo" and its entries are body (house convention for notes); the footnote calls
  stay glued as printed ("…năm 2030”[1], nhà trường …").
- Ordered-list items of 3285 are paragraphs without their (generated) numbers.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "dnn_2sxc_sgddt"
PLATFORM = "DNN (DotNetNuke) 9 + 2sxc News app"
START_PATH = "/"

TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang"
SITE_SHORT = "Sở GD&ĐT Tuyên Quang"

# --- helpers ----------------------------------------------------------------------------------

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def slugify(value: str) -> str:
    """2sxc's url-key as the editor's "UrlKey" field fills it: ASCII, dashes."""
    s = value.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def adam(item: int, field: str, name: str) -> str:
    """An ADAM asset path: ``/Portals/0/adam/<app>/<item guid>/<field>/<file>``."""
    guid = hashlib.md5(f"sgdtq-{item}".encode()).hexdigest()
    short = "".join(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[
            int(guid[i : i + 2], 16) % 62
        ]
        for i in range(0, 32, 2)
    )
    return f"/Portals/0/adam/Tin tuc/{short}Q/{field}/{name}".replace(" ", "%20")


def _when(stamp: str) -> _dt.datetime:
    return _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")


def vi_long(stamp: str) -> str:
    d = _when(stamp)
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y - %H:%M}"


def vi_short(stamp: str) -> str:
    return f"{_when(stamp):%d/%m/%Y}"


def us_short(stamp: str) -> str:
    d = _when(stamp)
    return f"{d.month}/{d.day}/{d.year}"


# --- the DNN pages (tabs) ---------------------------------------------------------------------


@dataclass(frozen=True)
class Tab:
    key: str
    tabid: int
    path: str
    name: str
    parent: str | None = None
    parent_path: str | None = None
    mid: int = 0
    page_size: int = 0
    visible: bool = True


TABS: dict[str, Tab] = {
    t.key: t
    for t in [
        Tab("home", 21, "/trang-chu", "Trang chủ", mid=1170),
        Tab("cocau", 56, "/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức", "Giới thiệu", None, 1120),
        Tab(
            "hdn",
            62,
            "/tin-tuc/hoat-dong-nganh",
            "Hoạt động ngành",
            "Tin tức",
            "/tin-tuc/hoat-dong-nganh",
            1187,
            3,
        ),
        Tab(
            "cds",
            63,
            "/tin-tuc/chuyen-doi-so",
            "Chuyển đổi số",
            "Tin tức",
            "/tin-tuc/hoat-dong-nganh",
            1192,
            5,
        ),
        Tab(
            "gdh",
            64,
            "/tin-tuc/guong-dien-hinh",
            "Gương điển hình",
            "Tin tức",
            "/tin-tuc/hoat-dong-nganh",
            1195,
            5,
            visible=False,
        ),
        Tab("tb", 66, "/thong-bao", "Thông báo", mid=1203, page_size=2),
        Tab("vb", 70, "/van-ban", "Văn bản", mid=1210),
        Tab("album", 72, "/thu-vien-anh", "Thư viện ảnh", "Thư viện", None, 1215),
        Tab("video", 73, "/video", "Video", "Thư viện", None, 1218),
        Tab("lich", 75, "/lich-cong-tac", "Lịch công tác", mid=1225),
        Tab("lienhe", 80, "/lien-he", "Liên hệ", mid=1230),
        Tab("search", 90, "/tim-kiem", "Kết quả tìm kiếm", mid=1240, visible=False),
        Tab("login", 91, "/dang-nhap", "Đăng nhập", mid=1241, visible=False),
        Tab("register", 92, "/dang-ky", "Đăng ký", mid=1242, visible=False),
    ]
}
TAB_BY_ID = {t.tabid: t for t in TABS.values()}
TAB_BY_PATH = {t.path.lower(): t for t in TABS.values()}

PRINT_QS = "SkinSrc=%5bG%5dSkins%2f_default%2fNo+Skin&ContainerSrc=%5bG%5dContainers%2f_default%2fNo+Container"


# --- the stories ------------------------------------------------------------------------------


def _s(
    id: int,
    tab: str,
    title: str,
    at: str,
    published_at: str | None,
    blocks: list,
    *,
    teaser: str,
    summary: str | None = None,
    sapo_outside: bool = False,
    authors: tuple[str, ...] = (),
    photographers: tuple[str, ...] = (),
    source: str | None = None,
    **opts,
) -> Story:
    story = Story(
        id=id,
        slug=slugify(title),
        title=title,
        cat=TABS[tab].name,
        published_at=published_at,
        blocks=blocks,
        authors=list(authors),
        photographers=list(photographers),
        source=source,
        summary=summary,
        sapo_outside=sapo_outside,
        opts={"tab": tab, "at": at, "teaser": teaser, **opts},
    )
    return story


S3291 = _s(
    3291,
    "hdn",
    "Tuyên Quang có 96 học sinh được chọn vào đội tuyển dự thi học sinh giỏi quốc gia năm 2027",
    "2026-12-04 16:20",
    "2026-12-04T16:20:00+07:00",
    [
        P(
            "Sau hai vòng thi tuyển chọn, Sở Giáo dục và Đào tạo đã phê duyệt danh sách 96 học sinh lớp 11, 12 vào đội tuyển của tỉnh dự Kỳ thi chọn học sinh giỏi quốc gia trung học phổ thông năm 2027, tăng 8 em so với năm trước.",
            "bold",
        ),
        P(
            "Kỳ thi tuyển chọn được tổ chức trong hai ngày 22 và 23/11/2026 tại Trường THPT Chuyên Tuyên Quang với 412 thí sinh đến từ 31 trường THPT và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trên địa bàn tỉnh. Ngay sau khi có kết quả, Hội đồng tuyển chọn đã xét duyệt theo chỉ tiêu từng môn do Bộ Giáo dục và Đào tạo phân bổ."
        ),
        Img(
            adam(3291, "Body", "doi-tuyen-hsg-2027.jpg"),
            "Học sinh đội tuyển Tin học ôn luyện tại phòng máy Trường THPT Chuyên Tuyên Quang.",
            "Học sinh đội tuyển Tin học ôn luyện tại phòng máy Trường THPT Chuyên Tuyên Quang.",
            "figure",
        ),
        P("Số lượng học sinh được chọn theo từng môn như sau:"),
        P("TT | Môn thi | Số học sinh", "rowh"),
        P("1 | Toán | 10", "row"),
        P("2 | Ngữ văn | 10", "row"),
        P("3 | Tiếng Anh | 10", "row"),
        P("4 | Vật lí | 9", "row"),
        P("5 | Hóa học | 10", "row"),
        P("6 | Sinh học | 9", "row"),
        P("7 | Tin học | 8", "row"),
        P("8 | Lịch sử | 10", "row"),
        P("9 | Địa lí | 10", "row"),
        P("10 | Tiếng Trung Quốc | 10", "row"),
        P("Tổng cộng | 96", "rowtotal"),
        P(
            "Theo kế hoạch, các đội tuyển sẽ tập trung ôn luyện từ ngày 07/12/2026 đến trước ngày thi với sự tham gia giảng dạy của giáo viên cốt cán và giảng viên một số trường đại học. Kỳ thi chọn học sinh giỏi quốc gia năm 2027 dự kiến diễn ra vào đầu tháng 01/2027."
        ),
        P(
            "Sở Giáo dục và Đào tạo đề nghị các nhà trường có học sinh trong đội tuyển tạo điều kiện tốt nhất về thời gian, tài liệu và chế độ hỗ trợ để các em yên tâm ôn luyện."
        ),
        Raw('<p style="text-align: right;"><strong>Phòng Quản lý chất lượng</strong></p>'),
        Raw("@RELATED@"),
    ],
    teaser="Sở GD&ĐT vừa phê duyệt danh sách 96 học sinh lớp 11, 12 vào các đội tuyển dự thi chọn học sinh giỏi quốc gia THPT năm 2027.",
    summary="Sau hai vòng thi tuyển chọn, Sở Giáo dục và Đào tạo đã phê duyệt danh sách 96 học sinh lớp 11, 12 vào đội tuyển của tỉnh dự Kỳ thi chọn học sinh giỏi quốc gia trung học phổ thông năm 2027, tăng 8 em so với năm trước.",
    authors=("Phòng Quản lý chất lượng",),
    thumb="doi-tuyen-hsg.jpg",
    tags="học sinh giỏi, đội tuyển quốc gia",
)

S3287 = _s(
    3287,
    "hdn",
    "Hội nghị triển khai Chương trình giáo dục địa phương cấp THCS, THPT năm học 2026-2027",
    "2026-12-03 14:30",
    "2026-12-03T14:30:00+07:00",
    [
        P(
            "Dự hội nghị có đồng chí Nguyễn Thị Thu Hằng, Phó Giám đốc Sở; lãnh đạo các phòng chuyên môn thuộc Sở; cán bộ quản lý, tổ trưởng chuyên môn và giáo viên trực tiếp giảng dạy nội dung giáo dục địa phương tại các trường THCS, THPT."
        ),
        Img(
            adam(3287, "Body", "hoi-nghi-gddp-1.jpg"),
            "Đồng chí Nguyễn Thị Thu Hằng, Phó Giám đốc Sở phát biểu chỉ đạo hội nghị.",
            "Đồng chí Nguyễn Thị Thu Hằng, Phó Giám đốc Sở phát biểu chỉ đạo hội nghị.",
            "figure",
        ),
        P(
            "Tại hội nghị, đại diện Phòng Giáo dục Trung học đã quán triệt những điểm mới của tài liệu giáo dục địa phương tỉnh Tuyên Quang sau khi được chỉnh sửa, bổ sung để phù hợp với địa giới hành chính mới. Tài liệu gồm các chủ đề về lịch sử, văn hóa, địa lí, kinh tế - xã hội và di sản của các dân tộc trong tỉnh, được biên soạn cho từng khối lớp từ lớp 6 đến lớp 12."
        ),
        P(
            "Các đại biểu cũng được hướng dẫn cách xây dựng kế hoạch dạy học, tổ chức hoạt động trải nghiệm gắn với di tích lịch sử, làng nghề truyền thống tại địa phương và đánh giá kết quả học tập của học sinh theo Thông tư 22/2021/TT-BGDĐT."
        ),
        Img(
            adam(3287, "Body", "hoi-nghi-gddp-2.jpg"),
            "Quang cảnh hội nghị tại điểm cầu Sở Giáo dục và Đào tạo.",
            "Quang cảnh hội nghị tại điểm cầu Sở Giáo dục và Đào tạo.",
            "figure",
        ),
        P(
            "Phát biểu chỉ đạo, Phó Giám đốc Sở Nguyễn Thị Thu Hằng đề nghị các nhà trường chủ động bố trí giáo viên có năng lực, tăng cường khai thác học liệu số và phối hợp với các cơ quan văn hóa, bảo tàng để nội dung giáo dục địa phương thực sự sinh động, gần gũi với học sinh."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Thu Hà</strong></p>'),
    ],
    teaser="Chiều 03/12, Sở Giáo dục và Đào tạo tổ chức hội nghị trực tuyến triển khai Chương trình giáo dục địa phương cấp THCS, THPT đến 124 điểm cầu trong toàn tỉnh.",
    summary="Chiều 03/12, Sở Giáo dục và Đào tạo tổ chức hội nghị trực tuyến triển khai Chương trình giáo dục địa phương cấp THCS, THPT đến 124 điểm cầu trong toàn tỉnh.",
    sapo_outside=True,
    authors=("Hoàng Thu Hà",),
    photographers=("Hoàng Thu Hà",),
    thumb="hoi-nghi-gddp.jpg",
    old_key="hoi-nghi-tap-huan-chuong-trinh-giao-duc-dia-phuong",
    tags="giáo dục địa phương",
)

_MSO_BULLET = (
    '<!--[if !supportLists]--><span style="font-family:Symbol;mso-fareast-font-family:Symbol;'
    'mso-bidi-font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt '
    '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
    "</span><!--[endif]-->"
)

S3280 = _s(
    3280,
    "hdn",
    "Ngành Giáo dục hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026",
    "2026-11-28 09:05",
    "2026-11-28T09:05:00+07:00",
    [
        P(
            "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026 (từ ngày 15/11 đến 15/12), Sở Giáo dục và Đào tạo đã chỉ đạo các cơ sở giáo dục trên địa bàn tỉnh triển khai nhiều hoạt động thiết thực, hướng tới chủ đề “Chung tay vì bình đẳng giới, chấm dứt bạo lực trên cơ sở giới”.",
            "msobold",
        ),
        P("Theo đó, các nhà trường tập trung thực hiện các nội dung trọng tâm sau:", "msop"),
        P(
            "Tuyên truyền về bình đẳng giới, phòng chống bạo lực học đường qua các buổi chào cờ, sinh hoạt lớp và trang thông tin điện tử của nhà trường;",
            "mso",
        ),
        P(
            "Lồng ghép nội dung giáo dục giới tính, kỹ năng tự bảo vệ bản thân vào các môn học và hoạt động trải nghiệm;",
            "mso",
        ),
        P(
            "Rà soát, kiện toàn tổ tư vấn tâm lý học đường, công khai số điện thoại đường dây nóng tiếp nhận phản ánh của học sinh.",
            "mso",
        ),
        Img(adam(3280, "Body", "binh-dang-gioi-1.jpg"), "Ảnh: Đức Thịnh", None, "em"),
        P(
            "Tại Trường THPT Hàm Yên, Đoàn Thanh niên nhà trường tổ chức diễn đàn “Tiếng nói học trò” thu hút hơn 600 học sinh tham gia. Các em đã mạnh dạn chia sẻ những quan điểm về định kiến giới trong gia đình, trường học và đề xuất nhiều giải pháp phòng ngừa bạo lực.",
            "msop",
        ),
        Img(
            adam(3280, "Body", "binh-dang-gioi-2.jpg"),
            "Học sinh Trường THPT Hàm Yên tham gia diễn đàn “Tiếng nói học trò”.",
            "Học sinh Trường THPT Hàm Yên tham gia diễn đàn “Tiếng nói học trò”.",
            "em",
        ),
        P("Để các hoạt động đạt hiệu quả, Sở Giáo dục và Đào tạo yêu cầu:", "msop"),
        P(
            "- Các phòng chuyên môn thuộc Sở tăng cường kiểm tra, giám sát việc thực hiện tại cơ sở;",
            "msop",
        ),
        P(
            "- Các nhà trường báo cáo kết quả thực hiện về Sở (qua Phòng Giáo dục Trung học) trước ngày 20/12/2026.",
            "msop",
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
            'style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif">Tin: Ngọc Anh'
            " - Ảnh: Đức Thịnh<o:p></o:p></span></b></p>"
        ),
    ],
    teaser="Sở GD&ĐT chỉ đạo các nhà trường hưởng ứng Tháng hành động vì bình đẳng giới với nhiều hoạt động thiết thực.",
    summary="Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026 (từ ngày 15/11 đến 15/12), Sở Giáo dục và Đào tạo đã chỉ đạo các cơ sở giáo dục trên địa bàn tỉnh triển khai nhiều hoạt động thiết thực, hướng tới chủ đề “Chung tay vì bình đẳng giới, chấm dứt bạo lực trên cơ sở giới”.",
    authors=("Ngọc Anh",),
    photographers=("Đức Thịnh",),
    thumb="binh-dang-gioi.jpg",
)

S3266 = _s(
    3266,
    "hdn",
    "Trường PTDTNT THCS Lâm Bình tổ chức Ngày hội văn hóa các dân tộc",
    "2026-11-21 00:00",
    "2026-11-21",
    [
        P(
            "Ngày hội là hoạt động thiết thực chào mừng 44 năm Ngày Nhà giáo Việt Nam, đồng thời giúp học sinh hiểu thêm về phong tục, tập quán, trang phục truyền thống của các dân tộc đang sinh sống trên địa bàn."
        ),
        Img(
            adam(3266, "Body", "ngay-hoi-van-hoa-1.jpg"),
            "(Màn trình diễn trang phục truyền thống của học sinh dân tộc Dao)",
            "Màn trình diễn trang phục truyền thống của học sinh dân tộc Dao",
            "table",
        ),
        P(
            "Các lớp đã dựng gian trưng bày sản phẩm văn hóa, ẩm thực mang đậm bản sắc dân tộc như bánh gio, xôi ngũ sắc, cơm lam, khau nhục; trình diễn hát then, đàn tính, múa khèn Mông và tham gia các trò chơi dân gian: ném còn, đẩy gậy, kéo co."
        ),
        Img(
            adam(3266, "Body", "ngay-hoi-van-hoa-2.jpg"),
            "(Học sinh tham gia trò chơi ném còn)",
            "Học sinh tham gia trò chơi ném còn",
            "table",
        ),
        P(
            "Thầy giáo Hoàng Văn Đức, Hiệu trưởng nhà trường cho biết: “Thông qua ngày hội, chúng tôi mong muốn các em thêm tự hào, có ý thức giữ gìn và phát huy bản sắc văn hóa của dân tộc mình, đồng thời rèn luyện kỹ năng tổ chức, làm việc nhóm”."
        ),
    ],
    teaser="Ngày 20/11, Trường Phổ thông dân tộc nội trú THCS Lâm Bình tổ chức Ngày hội văn hóa các dân tộc với sự tham gia của hơn 400 học sinh người Tày, Dao, Mông, Pà Thẻn.",
    summary="Ngày 20/11, Trường Phổ thông dân tộc nội trú THCS Lâm Bình tổ chức Ngày hội văn hóa các dân tộc với sự tham gia của hơn 400 học sinh người Tày, Dao, Mông, Pà Thẻn.",
    sapo_outside=True,
    authors=("Ma Thị Hương",),
    thumb="ngay-hoi-van-hoa.jpg",
    entities=True,
    author_field="Ma Thị Hương (Trường PTDTNT THCS Lâm Bình)",
)

S3254 = _s(
    3254,
    "hdn",
    "Kiểm tra công tác chuẩn bị cho học sinh bán trú mùa đông tại các xã vùng cao",
    "2026-11-15 10:45",
    "2026-11-15T10:45:00+07:00",
    [
        P(
            "Từ ngày 12 đến 14/11/2026, đoàn công tác của Sở Giáo dục và Đào tạo do đồng chí Lê Văn Thành, Phó Trưởng phòng Giáo dục Trung học làm trưởng đoàn đã kiểm tra công tác chuẩn bị cho học sinh bán trú trong mùa đông tại các xã Mậu Duệ, Đồng Văn, Lũng Cú và Phó Bảng."
        ),
        P(
            "Đoàn đã kiểm tra thực tế khu nội trú, nhà ăn, bếp ăn, nguồn nước sinh hoạt và việc trang bị chăn, đệm, áo ấm cho học sinh.",
            "br",
        ),
        P(
            "Tại điểm trường Sủng Là, nhà trường đã lắp đặt hệ thống bình nóng lạnh năng lượng mặt trời và bổ sung 120 bộ chăn ấm do các nhà hảo tâm ủng hộ."
        ),
        Img(adam(3254, "Body", "kiem-tra-ban-tru.jpg"), None, None, "none"),
        P(
            "Qua kiểm tra, đoàn ghi nhận các nhà trường đã chủ động xây dựng phương án phòng, chống rét đậm, rét hại; bảo đảm bữa ăn đủ dinh dưỡng với mức chi theo quy định. Tuy nhiên, một số khu nội trú còn xuống cấp, thiếu phòng tắm nước nóng, nhà vệ sinh chưa đáp ứng yêu cầu."
        ),
        P(
            "Đoàn đề nghị các trường khẩn trương sửa chữa, khắc phục những tồn tại trước ngày 30/11/2026; tổ chức cho học sinh nghỉ học khi nhiệt độ ngoài trời xuống dưới 7 độ C theo hướng dẫn của Sở."
        ),
        Raw(
            '<p style="text-align: right;"><strong>ThS. Lê Văn Thành - Phó Trưởng phòng Giáo dục Trung học</strong></p>'
        ),
    ],
    teaser="Đoàn công tác của Sở GD&ĐT kiểm tra điều kiện ăn, ở, phòng chống rét cho học sinh bán trú tại các xã vùng cao phía Bắc tỉnh.",
    authors=("Lê Văn Thành",),
    thumb="kiem-tra-ban-tru.jpg",
)

S3241 = _s(
    3241,
    "hdn",
    "Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc học Mầm non năm học 2026-2027",
    "2026-11-10 08:00",
    "2026-11-10T08:00:00+07:00",
    [
        P(
            "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ của giáo viên mầm non trong việc thực hiện Chương trình giáo dục mầm non; đồng thời phát hiện, tôn vinh những giáo viên có thành tích xuất sắc, tạo động lực cho đội ngũ học tập, rèn luyện."
        ),
        P(
            "Các giáo viên dự thi trải qua hai phần: trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ và thực hành tổ chức hoạt động giáo dục trẻ tại các nhóm, lớp. Hội thi diễn ra đến hết ngày 14/11/2026."
        ),
        Img(
            adam(3241, "Body", "gvdg-mam-non.jpg"),
            "Giáo viên Trường Mầm non Tân Trào tổ chức hoạt động làm quen với toán cho trẻ 5 tuổi.",
            "Giáo viên Trường Mầm non Tân Trào tổ chức hoạt động làm quen với toán cho trẻ 5 tuổi.",
            "figure",
        ),
        P(
            "Phát biểu khai mạc, lãnh đạo Sở đề nghị Ban Giám khảo làm việc công tâm, khách quan; các giáo viên phát huy tinh thần sáng tạo, mạnh dạn ứng dụng công nghệ thông tin và đồ dùng tự làm từ nguyên vật liệu sẵn có ở địa phương."
        ),
        Raw('<p style="text-align: right;"><strong><em>Phòng Giáo dục Mầm non</em></strong></p>'),
    ],
    teaser="Sáng 10/11, tại Trường Mầm non Hoa Sen, Sở Giáo dục và Đào tạo khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc học Mầm non năm học 2026-2027 với 128 giáo viên tham gia.",
    summary="Sáng 10/11, tại Trường Mầm non Hoa Sen, Sở Giáo dục và Đào tạo khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc học Mầm non năm học 2026-2027 với 128 giáo viên tham gia.",
    sapo_outside=True,
    authors=("Phòng Giáo dục Mầm non",),
    thumb="gvdg-mam-non.jpg",
    updated="12/11/2026 15:40",
)

S3219 = _s(
    3219,
    "hdn",
    "Tổng kết 10 năm thực hiện Đề án tăng cường tiếng Việt cho trẻ em mầm non, học sinh tiểu học vùng dân tộc thiểu số",
    "2026-10-22 15:00",
    "2026-10-22T15:00:00+07:00",
    [
        P(
            "Chiều 22/10, Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết 10 năm thực hiện Đề án “Tăng cường tiếng Việt cho trẻ em mầm non, học sinh tiểu học vùng dân tộc thiểu số giai đoạn 2016 - 2020, định hướng đến 2025” trên địa bàn tỉnh.",
            "fontbold",
        ),
        P(
            "Sau 10 năm triển khai, tỷ lệ trẻ mẫu giáo người dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1 đạt 99,2%; 100% học sinh tiểu học người dân tộc thiểu số hoàn thành chương trình lớp 1 đạt yêu cầu về kỹ năng nghe, nói, đọc, viết tiếng Việt.",
            "font",
        ),
        Img(
            adam(3219, "Body", "tong-ket-de-an-tv.jpg"),
            "Đại biểu tham quan góc trưng bày đồ dùng dạy học tăng cường tiếng Việt",
            "Đại biểu tham quan góc trưng bày đồ dùng dạy học tăng cường tiếng Việt",
            "word",
        ),
        P(
            "Nhiều mô hình hiệu quả đã được nhân rộng như “Môi trường tăng cường tiếng Việt trong trường mầm non”, “Ngày hội đọc sách”, “Câu lạc bộ tiếng Việt” gắn với hoạt động trải nghiệm; đội ngũ giáo viên biết tiếng dân tộc được bồi dưỡng thường xuyên.",
            "font",
        ),
        P(
            "Dịp này, 15 tập thể và 32 cá nhân có thành tích xuất sắc được Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen.",
            "font",
        ),
        Raw(
            '<p align="right" style="text-align:right"><b><font face="Times New Roman" size="3">Thu Trang</font></b></p>'
            '<p align="right" style="text-align:right"><i><font face="Times New Roman" size="3">Nguồn: Báo Tuyên Quang điện tử</font></i></p>'
        ),
    ],
    teaser="Sau 10 năm, 99,2% trẻ mẫu giáo người dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1.",
    summary="Chiều 22/10, Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết 10 năm thực hiện Đề án “Tăng cường tiếng Việt cho trẻ em mầm non, học sinh tiểu học vùng dân tộc thiểu số giai đoạn 2016 - 2020, định hướng đến 2025” trên địa bàn tỉnh.",
    authors=("Thu Trang",),
    source="Báo Tuyên Quang điện tử",
    thumb="tong-ket-de-an.jpg",
)

S3275 = _s(
    3275,
    "cds",
    "Chuyển đổi số trong quản trị trường học: kinh nghiệm từ Trường THCS Phan Thiết",
    "2026-11-25 07:30",
    "2026-11-25T07:30:00+07:00",
    [
        Raw(
            '<p style="text-align: right;"><strong><em>TS. Nguyễn Minh Tuấn</em></strong><br />'
            "<em>Hiệu trưởng Trường THCS Phan Thiết</em></p>"
        ),
        P("1. Bối cảnh triển khai", "h"),
        P(
            "Thực hiện Quyết định số 131/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án “Tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022 - 2025, định hướng đến năm 2030”[1], nhà trường xác định chuyển đổi số là khâu đột phá trong quản trị.",
            "fn",
        ),
        P("2. Những việc đã làm", "h"),
        P(
            "Nhà trường sử dụng đồng bộ phần mềm quản lý trường học, sổ điểm điện tử và học bạ số; định kỳ tự đánh giá mức độ chuyển đổi số theo Bộ chỉ số, tiêu chí của Bộ Giáo dục và Đào tạo.[2] Toàn bộ kế hoạch giáo dục, kế hoạch bài dạy của giáo viên được lưu trữ, phê duyệt trên hệ thống.",
            "fn",
        ),
        Img(
            adam(3275, "Body", "cds-thcs-phan-thiet.jpg"),
            "Giáo viên Trường THCS Phan Thiết nhập điểm trên sổ điểm điện tử.",
            "Giáo viên Trường THCS Phan Thiết nhập điểm trên sổ điểm điện tử.",
            "figure",
        ),
        P(
            "Việc thu các khoản phí được thực hiện không dùng tiền mặt; thông báo của nhà trường được gửi tới cha mẹ học sinh qua ứng dụng liên lạc điện tử, giảm đáng kể thời gian và chi phí."
        ),
        P("3. Bài học kinh nghiệm", "h"),
        P(
            "Thứ nhất, người đứng đầu phải quyết liệt và làm gương. Thứ hai, cần đầu tư hạ tầng từng bước, ưu tiên đường truyền và thiết bị cho giáo viên. Thứ ba, bồi dưỡng kỹ năng số cho đội ngũ phải đi trước một bước."
        ),
        P("Tài liệu tham khảo", "bold"),
        P(
            "[1] Thủ tướng Chính phủ (2022), Quyết định số 131/QĐ-TTg ngày 25/01/2022 phê duyệt Đề án “Tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022 - 2025, định hướng đến năm 2030”.",
            "fnref",
        ),
        P(
            "[2] Bộ Giáo dục và Đào tạo (2022), Quyết định số 4725/QĐ-BGDĐT ban hành Bộ chỉ số, tiêu chí đánh giá chuyển đổi số của cơ sở giáo dục.",
            "fnref",
        ),
        Raw("@XEMTHEM@"),
    ],
    teaser="Sau ba năm triển khai, Trường THCS Phan Thiết đã số hóa gần như toàn bộ hồ sơ quản lý, sổ sách chuyên môn và kết nối thông tin thường xuyên với cha mẹ học sinh.",
    summary="Sau ba năm triển khai, Trường THCS Phan Thiết đã số hóa gần như toàn bộ hồ sơ quản lý, sổ sách chuyên môn và kết nối thông tin thường xuyên với cha mẹ học sinh.",
    sapo_outside=True,
    authors=("Nguyễn Minh Tuấn",),
    thumb="cds-phan-thiet.jpg",
    tags="chuyển đổi số, quản trị trường học",
)

S3270 = _s(
    3270,
    "gdh",
    "🌟 Cô giáo Hoàng Thị Dung và 15 năm “cắm bản” gieo chữ ở Hồng Thái",
    "2026-11-19 20:15",
    "2026-11-19T20:15:00+07:00",
    [
        P(
            "Năm 2011, cô giáo trẻ Hoàng Thị Dung nhận quyết định về công tác tại điểm trường Nặm Đíp, Trường Tiểu học Hồng Thái, nơi cách trung tâm xã gần 12 km đường đồi dốc. Khi ấy, lớp học chỉ là căn nhà tạm vách nứa, mùa đông gió lùa buốt giá."
        ),
        Img(
            adam(3270, "Body", "co-giao-dung-1.jpg"),
            "Cô giáo Hoàng Thị Dung trong giờ dạy tại điểm trường Nặm Đíp.",
            "Cô giáo Hoàng Thị Dung trong giờ dạy tại điểm trường Nặm Đíp.",
            "em",
        ),
        P(
            "Không quản khó khăn, cô Dung cùng đồng nghiệp đến từng nhà vận động phụ huynh cho con em đi học. Cô học tiếng Dao để trò chuyện với bà con, dùng chính tiền lương của mình mua sách vở, áo ấm cho những học sinh có hoàn cảnh đặc biệt."
        ),
        P(
            "“Có những hôm mưa lũ, suối dâng cao, tôi phải ở lại điểm trường cùng các em. Nhìn các em biết đọc, biết viết, tôi thấy mọi vất vả đều xứng đáng”, cô Dung chia sẻ."
        ),
        Img(
            adam(3270, "Body", "co-giao-dung-2.jpg"),
            "Cô Dung hướng dẫn học sinh đọc sách tại thư viện xanh của điểm trường.",
            "Cô Dung hướng dẫn học sinh đọc sách tại thư viện xanh của điểm trường.",
            "em",
        ),
        P(
            "Với những đóng góp bền bỉ, cô giáo Hoàng Thị Dung được Chủ tịch UBND tỉnh tặng Bằng khen và vinh dự là một trong 10 nhà giáo tiêu biểu của tỉnh được tuyên dương nhân dịp kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026. 🎉"
        ),
        Raw('<p style="text-align: right;"><strong>Bài, ảnh: Triệu Văn Sinh</strong></p>'),
    ],
    teaser="Mười lăm năm gắn bó với điểm trường Nặm Đíp, cô giáo Hoàng Thị Dung đã vận động hàng trăm học sinh người Dao ra lớp, không để em nào bỏ học giữa chừng.",
    summary="Mười lăm năm gắn bó với điểm trường Nặm Đíp, cô giáo Hoàng Thị Dung đã vận động hàng trăm học sinh người Dao ra lớp, không để em nào bỏ học giữa chừng.",
    sapo_outside=True,
    authors=("Triệu Văn Sinh",),
    photographers=("Triệu Văn Sinh",),
    thumb="co-giao-dung.jpg",
    nfd=True,
)

S3233 = _s(
    3233,
    "gdh",
    "Nam sinh người Dao đạt giải Nhất môn Hóa học cấp tỉnh",
    "2026-10-30 17:00",
    "2026-10-30T17:00:00+07:00",
    [
        P(
            "Bàn Văn Quý, học sinh lớp 12A1 Trường THPT Chiêm Hóa, là một trong hai học sinh đạt giải Nhất môn Hóa học tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027.",
            "bold",
        ),
        P(
            "Sinh ra trong gia đình thuần nông ở thôn Khuôn Hẹ, Quý sớm tự lập và say mê các môn khoa học tự nhiên. Không có điều kiện học thêm, em tự học qua sách giáo khoa, tài liệu thư viện và các bài giảng trực tuyến."
        ),
        Img(
            adam(3233, "Body", "ban-van-quy.jpg"),
            "Bàn Văn Quý trong giờ thực hành tại phòng thí nghiệm của nhà trường.",
            "Bàn Văn Quý trong giờ thực hành tại phòng thí nghiệm của nhà trường.",
            "em",
        ),
        P(
            "Theo cô giáo Nguyễn Thị Mai, giáo viên chủ nhiệm, Quý là học sinh chăm chỉ, có tư duy logic tốt và luôn sẵn sàng giúp đỡ các bạn trong lớp. Ngoài giờ học, em còn tham gia câu lạc bộ tiếng Anh và đội thanh niên tình nguyện của trường."
        ),
        P(
            "Quý chia sẻ, ước mơ của em là trở thành kỹ sư hóa học để góp phần phát triển các sản phẩm nông nghiệp của quê hương."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Thanh Hà</strong></p>'
            '<p style="text-align: right;"><em>Theo Báo Tuyên Quang</em></p>'
        ),
    ],
    teaser="Không học thêm, Bàn Văn Quý tự học qua sách và bài giảng trực tuyến để giành giải Nhất môn Hóa học cấp tỉnh.",
    summary="Bàn Văn Quý, học sinh lớp 12A1 Trường THPT Chiêm Hóa, là một trong hai học sinh đạt giải Nhất môn Hóa học tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027.",
    authors=("Thanh Hà",),
    source="Báo Tuyên Quang",
    thumb="ban-van-quy.jpg",
    tags="học sinh giỏi",
)

_LETTERHEAD_3293 = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%;border-collapse:collapse">
<tbody>
<tr>
<td style="width:40%;vertical-align:top;text-align:center">
<p style="text-align:center;margin:0">UBND TỈNH TUYÊN QUANG<br />
<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></p>
<p style="text-align:center;margin:0">-------</p>
</td>
<td style="width:60%;vertical-align:top;text-align:center">
<p style="text-align:center;margin:0"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />
<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>
</td>
</tr>
<tr>
<td style="text-align:center"><p style="text-align:center">Số: 2417/TB-SGDĐT</p></td>
<td style="text-align:center"><p style="text-align:center"><em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></p></td>
</tr>
</tbody>
</table>
<p style="text-align:center;margin-top:12px"><strong>THÔNG BÁO</strong></p>
<p style="text-align:center"><strong>Kết luận của Giám đốc Sở tại Hội nghị giao ban công tác tháng 11 năm 2026</strong></p>
<p style="text-align:center">__________</p>"""

_CLOSING_3293 = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody>
<tr>
<td style="width:50%;vertical-align:top">
<p style="margin:0"><strong><em>Nơi nhận:</em></strong><br />
- Giám đốc, các PGĐ Sở;<br />
- Các phòng thuộc Sở;<br />
- Các đơn vị trực thuộc;<br />
- Cổng TTĐT Sở;<br />
- Lưu: VT, VP.</p>
</td>
<td style="width:50%;vertical-align:top;text-align:center">
<p style="text-align:center;margin:0"><strong>TL. GIÁM ĐỐC<br />
CHÁNH VĂN PHÒNG</strong></p>
<p style="text-align:center"><em>(Đã ký)</em></p>
<p style="text-align:center">&nbsp;</p>
<p style="text-align:center"><strong>Phạm Quốc Khánh</strong></p>
</td>
</tr>
</tbody>
</table>"""

S3293 = _s(
    3293,
    "tb",
    "Thông báo kết luận của Giám đốc Sở tại Hội nghị giao ban công tác tháng 11 năm 2026",
    "2026-12-01 16:05",
    "2026-11-30",
    [
        Raw(_LETTERHEAD_3293),
        P(
            "Ngày 27/11/2026, Giám đốc Sở Giáo dục và Đào tạo chủ trì Hội nghị giao ban công tác tháng 11 năm 2026. Tham dự hội nghị có các Phó Giám đốc Sở, Trưởng các phòng thuộc Sở. Sau khi nghe báo cáo kết quả công tác tháng 11, nhiệm vụ trọng tâm tháng 12 năm 2026 và ý kiến của các đại biểu, Giám đốc Sở kết luận như sau:"
        ),
        P(
            "1. Trong tháng 11, các phòng thuộc Sở đã hoàn thành tốt các nhiệm vụ được giao; tổ chức thành công các hoạt động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam; triển khai kịp thời Hội thi giáo viên dạy giỏi cấp tỉnh bậc học Mầm non."
        ),
        P("2. Nhiệm vụ trọng tâm tháng 12 năm 2026:"),
        P(
            "a) Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Quản lý chất lượng tổ chức ôn luyện cho đội tuyển dự thi chọn học sinh giỏi quốc gia; hoàn thành trước ngày 31/12/2026."
        ),
        P(
            "b) Phòng Kế hoạch - Tài chính tham mưu phân bổ kinh phí hỗ trợ học sinh bán trú, bảo đảm chi trả đúng, đủ, kịp thời."
        ),
        P(
            "c) Văn phòng Sở đôn đốc các đơn vị báo cáo sơ kết học kỳ I năm học 2026-2027 đúng thời hạn."
        ),
        P("Văn phòng Sở thông báo để các phòng, đơn vị liên quan biết, thực hiện./."),
        Raw(_CLOSING_3293),
    ],
    teaser="Thông báo số 2417/TB-SGDĐT ngày 30/11/2026 kết luận của Giám đốc Sở tại Hội nghị giao ban tháng 11.",
    authors=("Phạm Quốc Khánh",),
    poster="Admin",
    attach=("2417-TB-SGDDT.pdf", "Thông báo số 2417/TB-SGDĐT (bản scan có chữ ký)"),
)

S3285 = _s(
    3285,
    "tb",
    "Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2026-2027",
    "2026-12-02 10:00",
    "2026-12-02T10:00:00+07:00",
    [
        P(
            "Sở Giáo dục và Đào tạo thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2026-2027 như sau:"
        ),
        P(
            "Ngày 15/12/2026: Buổi sáng, thí sinh làm thủ tục dự thi, nghe phổ biến quy chế; buổi chiều thi môn Ngữ văn, Lịch sử và Địa lí.",
            "ol",
        ),
        P(
            "Ngày 16/12/2026: Buổi sáng thi môn Toán, Khoa học tự nhiên; buổi chiều thi môn Tiếng Anh, Tin học.",
            "ol",
        ),
        P("Ngày 17/12/2026: Chấm thi tập trung tại Trường THCS Phan Thiết.", "ol"),
        P(
            "Địa điểm thi: Trường THPT Chuyên Tuyên Quang và Trường THCS Phan Thiết. Thí sinh có mặt tại địa điểm thi trước 7 giờ 00 phút ngày 15/12/2026, mang theo thẻ học sinh hoặc căn cước."
        ),
        P(
            "Các trường THCS gửi danh sách thí sinh dự thi về Sở (qua Phòng Quản lý chất lượng) trước ngày 08/12/2026 qua hệ thống quản lý văn bản và điều hành."
        ),
        Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
    ],
    teaser="Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2026-2027 diễn ra từ ngày 15/12/2026.",
    authors=("Văn phòng Sở",),
    poster="Admin",
)

S3258 = _s(
    3258,
    "tb",
    "Thông báo chiêu sinh lớp bồi dưỡng cán bộ quản lý cơ sở giáo dục phổ thông năm 2026",
    "2026-11-17 14:00",
    "2026-11-17T14:00:00+07:00",
    [
        P(
            "Theo kế hoạch bồi dưỡng năm 2026, Sở Giáo dục và Đào tạo phối hợp với Trường Đại học Tân Trào tổ chức lớp bồi dưỡng cán bộ quản lý cơ sở giáo dục phổ thông cốt cán."
        ),
        P(
            "Đối tượng: Hiệu trưởng, phó hiệu trưởng các trường tiểu học, THCS, THPT và trường phổ thông có nhiều cấp học chưa được bồi dưỡng theo Chương trình giáo dục phổ thông 2018."
        ),
        P(
            "Thời gian học: từ ngày 07/12/2026 đến ngày 19/12/2026 (học tập trung vào các ngày thứ Bảy, Chủ nhật)."
        ),
        P("Địa điểm: Trường Đại học Tân Trào, xã Trung Môn, tỉnh Tuyên Quang."),
        P(
            "Các đơn vị gửi danh sách đăng ký về Phòng Tổ chức cán bộ trước ngày 30/11/2026. Mọi chi tiết xin liên hệ đồng chí Trần Thị Bích, điện thoại: 0912.345.678."
        ),
    ],
    teaser="Sở GD&ĐT phối hợp với Trường Đại học Tân Trào mở lớp bồi dưỡng cán bộ quản lý cơ sở giáo dục phổ thông cốt cán.",
    poster="Admin",
)

STORIES: list[Story] = [
    S3291,
    S3287,
    S3280,
    S3266,
    S3254,
    S3241,
    S3219,
    S3275,
    S3270,
    S3233,
    S3293,
    S3285,
    S3258,
]
BY_ID = {s.id: s for s in STORIES}


def cat_items(tab: str) -> list[Story]:
    """The category's items, newest first (2sxc query sorted by PublishDate desc)."""
    return sorted(
        (s for s in STORIES if s.opts["tab"] == tab), key=lambda s: s.opts["at"], reverse=True
    )


def key_path(s: Story) -> str:
    return f"{TABS[s.opts['tab']].path}/details/{s.id}/{s.slug}"


def bare_path(s: Story) -> str:
    return f"{TABS[s.opts['tab']].path}/details/{s.id}"


def home_path(s: Story) -> str:
    return f"/trang-chu/details/{s.id}/{s.slug}"


def print_path(s: Story) -> str:
    return f"{key_path(s)}/mid/{TABS[s.opts['tab']].mid}/dnnprintmode/true?{PRINT_QS}"


def thumb(s: Story, size: str = "w=300&h=200&mode=crop") -> str:
    return adam(s.id, "Image", s.opts["thumb"]) + "?" + size


#: featured items of the home slider ("Tin nổi bật"), opened on the home tab
FEATURED = [3287, 3270, 3233]
#: "Tin đọc nhiều": a second 2sxc view whose links leave the url-key off
MOST_READ = [3280, 3266, 3233, 3275]
#: the editor's hand-typed "Tiêu điểm" box: (href as typed, item)
TIEU_DIEM = [
    (
        "/tin-tuc/hoat-dong-nganh/details/3287/hoi-nghi-tap-huan-chuong-trinh-giao-duc-dia-phuong",
        3287,
    ),
    ("/Default.aspx?tabid=62&details=3254", 3254),
    (
        "/Tin-Tuc/Chuyen-Doi-So/details/3275/chuyen-doi-so-trong-quan-tri-truong-hoc-kinh-nghiem-tu-truong-thcs-phan-thiet",
        3275,
    ),
]

# --- non-article apps -------------------------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    kind: str
    issued: str
    title: str
    signer: str
    pdf: str

    key: str

    @property
    def path(self) -> str:
        return f"/van-ban/details/{self.id}/{self.key}"


DOCS = [
    Doc(
        156,
        "112/KH-SGDĐT",
        "Kế hoạch",
        "18/09/2026",
        "Kế hoạch chuyển đổi số ngành Giáo dục năm học 2026-2027",
        "Nguyễn Thị Thu Hằng",
        "KH-112-SGDDT-chuyen-doi-so.pdf",
        "ke-hoach-112-kh-sgddt-chuyen-doi-so-nganh-giao-duc-2026-2027",
    ),
    Doc(
        149,
        "1985/SGDĐT-GDTrH",
        "Hướng dẫn",
        "05/09/2026",
        "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027",
        "Đỗ Văn Hùng",
        "HD-1985-SGDDT-GDTrH.pdf",
        "huong-dan-1985-sgddt-gdtrh-nhiem-vu-giao-duc-trung-hoc-2026-2027",
    ),
]


@dataclass(frozen=True)
class Album:
    id: int
    app: str
    title: str
    date: str
    photos: tuple[tuple[str, str], ...] = ()
    youtube: str = ""
    blurb: str = ""

    @property
    def path(self) -> str:
        return f"/{self.app}/details/{self.id}/{slugify(self.title)}"


ALBUMS = [
    Album(
        41,
        "thu-vien-anh",
        "Hội khỏe Phù Đổng tỉnh Tuyên Quang lần thứ XI năm 2026",
        "16/11/2026",
        (
            ("hkpd-khai-mac.jpg", "Màn đồng diễn thể dục tại lễ khai mạc"),
            ("hkpd-dien-kinh.jpg", "Nội dung chạy 100 m nữ lứa tuổi THPT"),
            ("hkpd-day-gay.jpg", "Thi đẩy gậy - môn thể thao dân tộc"),
            ("hkpd-trao-giai.jpg", "Trao giải toàn đoàn"),
        ),
    ),
    Album(
        38,
        "thu-vien-anh",
        "Lễ khai giảng năm học 2026-2027",
        "05/09/2026",
        (
            ("khai-giang-1.jpg", "Học sinh lớp 1 Trường Tiểu học Tân Quang dự lễ khai giảng"),
            ("khai-giang-2.jpg", "Đồng chí Phó Chủ tịch UBND tỉnh đánh trống khai giảng"),
            ("khai-giang-3.jpg", "Học sinh vùng cao Mèo Vạc trong ngày khai trường"),
        ),
    ),
    Album(
        12,
        "video",
        "Phóng sự: Ngành Giáo dục Tuyên Quang sau một năm vận hành chính quyền địa phương hai cấp",
        "28/10/2026",
        youtube="https://www.youtube.com/embed/aB3dE5fG7hQ",
        blurb="Phóng sự của Đài Phát thanh và Truyền hình Tuyên Quang phát sóng ngày 27/10/2026.",
    ),
]
ALBUM_BY = {(a.app, a.id): a for a in ALBUMS}

# --- markup pieces ----------------------------------------------------------------------------


def _txt(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")))


_FN_CALL = re.compile(r"\[(\d)\]")


def _p_html(s: Story, b: P) -> str:
    t = _txt(s, b.text)
    st = b.style
    if st == "bold":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if st == "h":
        return f'<h3 style="font-size:15px;color:#003d7a;">{t}</h3>'
    if st == "msobold":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt">'
            '<b><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">'
            f"{t}<o:p></o:p></span></b></p>"
        )
    if st == "msop":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt">'
            '<span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">'
            f"{t}<o:p></o:p></span></p>"
        )
    if st == "mso":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;text-align:justify;'
            f'text-indent:-18.0pt;mso-list:l0 level1 lfo1">{_MSO_BULLET}'
            '<span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">'
            f"{t}<o:p></o:p></span></p>"
        )
    if st == "font":
        return f'<p align="justify"><font face="Times New Roman" size="3">{t}</font></p>'
    if st == "fontbold":
        return f'<p align="justify"><b><font face="Times New Roman" size="3">{t}</font></b></p>'
    if st == "fn":
        t = _FN_CALL.sub(
            lambda m: (
                f'<a href="#_ftn{m[1]}" name="_ftnref{m[1]}" title=""><span class="MsoFootnoteReference">[{m[1]}]</span></a>'
            ),
            t,
        )
        return f'<p style="text-align: justify;">{t}</p>'
    if st == "fnref":
        n = b.text[1]
        rest = _txt(s, b.text[4:])
        return f'<p style="text-align: justify; font-size: 13px;"><a href="#_ftnref{n}" name="_ftn{n}" title="">[{n}]</a> {rest}</p>'
    return f'<p style="text-align: justify;">{t}</p>'


def _img_html(s: Story, img: Img) -> str:
    src = esc(img.src)
    line = _txt(s, img.printed) if img.printed else ""
    if img.style == "figure":
        cap = f"<figcaption>{line}</figcaption>" if line else ""
        return f'<figure class="image" style="text-align:center"><img alt="" height="467" src="{src}" width="700" />{cap}</figure>'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" style="width:620px">'
            f'<tbody><tr><td><img alt="" src="{src}" style="width:620px;height:413px" /></td></tr>'
            f'<tr><td style="text-align:center;background:#f3f3f3"><span style="font-size:12px"><em>{line}</em></span></td></tr></tbody></table>'
        )
    if img.style == "em":
        out = f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 650px; height: 433px;" /></p>'
        if line:
            out += f'<p style="text-align: center;"><em>{line}</em></p>'
        return out
    if img.style == "word":
        return (
            f'<p align="center" style="text-align:center"><img border="0" height="367" src="{src}" width="550" /></p>'
            f'<p align="center" style="text-align:center"><i><span style="font-size:11.0pt">{line}</span></i></p>'
        )
    return f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 650px; height: 433px;" /></p>'


def _table_html(s: Story, rows: list[P]) -> str:
    out = [
        '<table border="1" cellpadding="0" cellspacing="0" class="MsoTableGrid" style="border-collapse:collapse;border:none;margin:auto">',
        "<tbody>",
    ]
    for r in rows:
        cells = r.text.split(" | ")
        tds = []
        for i, c in enumerate(cells):
            inner = _txt(s, c)
            if r.style in ("rowh", "rowtotal"):
                inner = f"<strong>{inner}</strong>"
            span = ' colspan="2"' if r.style == "rowtotal" and i == 0 else ""
            tds.append(
                f'<td{span} style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p style="text-align:center;margin:0">{inner}</p></td>'
            )
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def body_html(s: Story, request: Request) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_raw(b.html, request))
        elif isinstance(b, Img):
            out.append(_img_html(s, b))
        elif b.style in ("row", "rowh", "rowtotal"):
            rows = []
            while (
                i < len(blocks)
                and isinstance(blocks[i], P)
                and blocks[i].style in ("row", "rowh", "rowtotal")
            ):
                rows.append(blocks[i])
                i += 1
            out.append(_table_html(s, rows))
            continue
        elif b.style == "ol":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "ol":
                items.append(f"<li>{_txt(s, blocks[i].text)}</li>")
                i += 1
            out.append("<ol>" + "".join(items) + "</ol>")
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(
                f'<p style="text-align: justify;">{_txt(s, b.text)}<br />\n{_txt(s, nxt.text)}</p>'
            )
            i += 2
            continue
        else:
            out.append(_p_html(s, b))
        i += 1
    markup = "\n".join(out)
    if s.opts.get("entities"):
        markup = entity_mix(markup)
    return markup


def _raw(markup: str, request: Request) -> str:
    if markup == "@RELATED@":
        a, b = BY_ID[3233], BY_ID[3285]
        return (
            '<p><strong><span style="color:#c0392b;">Tin liên quan:</span></strong></p>\n<ul>'
            f'<li><a href="{key_path(a)}">{esc(a.title)}</a></li>'
            f'<li><a href="{key_path(b)}">{esc(b.title)}</a></li></ul>'
        )
    if markup == "@XEMTHEM@":
        d = DOCS[0]
        return f'<p><em>Xem thêm: <a href="{d.path}" target="_blank">{esc(d.kind)} số {esc(d.number)} về chuyển đổi số ngành Giáo dục năm học 2026-2027</a></em></p>'
    return markup


# --- skin -------------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", None, [("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc")]),
    (
        "Tin tức",
        "/tin-tuc/hoat-dong-nganh",
        [
            ("Hoạt động ngành", "/tin-tuc/hoat-dong-nganh"),
            ("Chuyển đổi số", "/tin-tuc/chuyen-doi-so"),
        ],
    ),
    ("Thông báo", "/thong-bao", []),
    ("Văn bản", "/van-ban", []),
    ("Thư viện", None, [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video")]),
    ("Lịch công tác", "/lich-cong-tac", []),
    ("Liên hệ", "/lien-he", []),
]


def _menu(active: Tab | None) -> str:
    items = []
    for i, (name, href, kids) in enumerate(_MENU, start=1):
        cur = active is not None and (
            active.name == name
            or active.parent == name
            or (name == "Trang chủ" and active.key == "home")
        )
        cls = (
            ["topLevel", f"item-{i}"] + (["dropdown"] if kids else []) + (["active"] if cur else [])
        )
        if kids:
            a = (
                f'<a href="{href}" class="dropdown-toggle" data-toggle="dropdown" data-hover="dropdown">{esc(name)} <b class="caret"></b></a>'
                if href
                else f'<a class="dropdown-toggle disabled" data-toggle="dropdown" data-hover="dropdown" href="#">{esc(name)} <b class="caret"></b></a>'
            )
            sub = "".join(
                f'<li class="{"active" if active is not None and active.path == kh else ""}"><a href="{kh}">{esc(kn)}</a></li>'
                for kn, kh in kids
            )
            items.append(
                f'<li class="{" ".join(cls)}">{a}<ul class="dropdown-menu subLevel">{sub}</ul></li>'
            )
        else:
            items.append(f'<li class="{" ".join(cls)}"><a href="{href}">{esc(name)}</a></li>')
    return (
        '<nav class="navbar navbar-default sgd-menu" role="navigation"><div class="container">'
        '<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" '
        'data-target=".navbar-collapse"><span class="icon-bar"></span><span class="icon-bar"></span>'
        '<span class="icon-bar"></span></button></div>'
        '<div class="navbar-collapse collapse" id="dnnMenu"><ul class="nav navbar-nav topLevel">'
        + "".join(items)
        + "</ul></div></div></nav>"
    )


def _breadcrumb(tab: Tab) -> str:
    if tab.key == "home":
        crumbs = [("Trang chủ", "/")]
    else:
        crumbs = [("Trang chủ", "/")]
        if tab.parent:
            crumbs.append((tab.parent, tab.parent_path))
        crumbs.append((tab.name, tab.path))
    parts = []
    for pos, (name, href) in enumerate(crumbs, start=1):
        inner = (
            f'<a href="{href}" class="breadcrumbLink" itemprop="item"><span itemprop="name">{esc(name)}</span></a>'
            if href
            else f'<span itemprop="name">{esc(name)}</span>'
        )
        parts.append(
            f'<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">{inner}'
            f'<meta itemprop="position" content="{pos}" /></span>'
        )
    return (
        '<div class="sgd-dd"><span class="sgd-dd-lbl">Bạn đang ở:</span> '
        '<span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb">'
        '<span itemscope itemtype="http://schema.org/BreadcrumbList">'
        + ' <img alt="" src="/Portals/_default/Skins/SGD_TQ/images/breadcrumb.png" /> '.join(parts)
        + "</span></span></div>"
    )


def _container(mid: int, title: str, content: str, cls: str = "") -> str:
    return (
        f'<div class="DnnModule DnnModule-2sxc-app DnnModule-{mid}"><a name="{mid}"></a>'
        f'<div class="ctn-khung {cls}"><h2 class="ctn-td"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="Head">{esc(title)}</span></h2>'
        f'<div id="dnn_ctr{mid}_ContentPane" class="ctn-nd"><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod2sxcappC">'
        f"<div class='sc-viewport sc-content-block' data-cb-instance='{mid}' data-cb-id='{mid}'>"
        f"{content}</div></div></div></div></div>"
    )


def _html_module(mid: int, title: str, content: str) -> str:
    return (
        f'<div class="DnnModule DnnModule-DNN_HTML DnnModule-{mid}"><a name="{mid}"></a>'
        f'<div class="ctn-phai"><div class="ctn-phai-td"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="Head">{esc(title)}</span></div>'
        f'<div id="dnn_ctr{mid}_ContentPane"><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent ModDNNHTMLC">'
        f'<div id="dnn_ctr{mid}_HtmlModule_lblContent" class="Normal">{content}</div></div></div></div></div>'
    )


def _sidebar() -> str:
    td = "".join(
        f'<li><a href="{esc(href)}">{esc(BY_ID[i].title)}</a></li>' for href, i in TIEU_DIEM
    )
    most = "".join(
        f'<li><span class="sx-stt">{n}</span><a href="{bare_path(BY_ID[i])}" title="{esc(BY_ID[i].title)}">{esc(BY_ID[i].title)}</a></li>'
        for n, i in enumerate(MOST_READ, start=1)
    )
    poll = (
        '<div class="poll-q">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử Sở?</div>'
        '<table id="dnn_ctr1305_Poll_rblOptions" class="poll-opts"><tr><td><input id="o1" type="radio" name="dnn$ctr1305$Poll$rblOptions" value="1" /><label for="o1">Đẹp, dễ sử dụng</label></td></tr>'
        '<tr><td><input id="o2" type="radio" name="dnn$ctr1305$Poll$rblOptions" value="2" /><label for="o2">Bình thường</label></td></tr>'
        '<tr><td><input id="o3" type="radio" name="dnn$ctr1305$Poll$rblOptions" value="3" /><label for="o3">Khó tìm thông tin</label></td></tr></table>'
        '<input type="submit" name="dnn$ctr1305$Poll$cmdVote" value="Biểu quyết" id="dnn_ctr1305_Poll_cmdVote" class="btn btn-xs btn-primary" /> '
        "<a id=\"dnn_ctr1305_Poll_cmdResults\" href=\"javascript:__doPostBack('dnn$ctr1305$Poll$cmdResults','')\">Xem kết quả</a>"
    )
    links = (
        '<select class="form-control input-sm" onchange="if(this.value!=\'\')window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>'
        '<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>'
        '<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option></select>'
        '<p style="margin-top:8px"><a href="https://dichvucong.tuyenquang.gov.vn" target="_blank"><img alt="Dịch vụ công trực tuyến" src="/Portals/0/Banner/dich-vu-cong.jpg" style="width:100%" /></a></p>'
        '<p><a href="https://csdl.moet.gov.vn" target="_blank"><img alt="CSDL ngành" src="/Portals/0/Banner/csdl-nganh.png" style="width:100%" /></a></p>'
    )
    counter = (
        '<table class="tk-truycap" style="width:100%"><tr><td><img alt="" src="/Portals/0/Icons/online.gif" /> Đang online:</td><td style="text-align:right">37</td></tr>'
        '<tr><td><img alt="" src="/Portals/0/Icons/today.gif" /> Hôm nay:</td><td style="text-align:right">1.254</td></tr>'
        '<tr><td><img alt="" src="/Portals/0/Icons/month.gif" /> Tháng này:</td><td style="text-align:right">28.917</td></tr>'
        '<tr><td><img alt="" src="/Portals/0/Icons/total.gif" /> Tổng truy cập:</td><td style="text-align:right">4.871.220</td></tr></table>'
    )
    notice = (
        '<p style="text-align:justify;color:#b30000"><strong>Thông báo:</strong> Từ ngày 01/12/2026, các đơn vị gửi văn bản, báo cáo '
        "về Sở qua Hệ thống quản lý văn bản và điều hành iOffice; không gửi qua thư điện tử cá nhân.</p>"
    )
    return (
        '<div id="dnn_RightPane" class="rightPane col-md-4">'
        + _html_module(1300, "Thông báo", notice)
        + _html_module(1301, "Tiêu điểm", f'<ul class="tieudiem">{td}</ul>')
        + (
            '<div class="DnnModule DnnModule-2sxc-app DnnModule-1302"><a name="1302"></a><div class="ctn-phai">'
            '<div class="ctn-phai-td"><span id="dnn_ctr1302_dnnTITLE_titleLabel" class="Head">Tin đọc nhiều</span></div>'
            '<div id="dnn_ctr1302_ContentPane"><div id="dnn_ctr1302_ModuleContent" class="DNNModuleContent Mod2sxcappC">'
            f"<div class='sc-viewport sc-content-block' data-cb-instance='1302' data-cb-id='1302'><ol class=\"sx-docnhieu\">{most}</ol></div>"
            "</div></div></div></div>"
        )
        + _html_module(1305, "Thăm dò ý kiến", poll)
        + _html_module(1306, "Liên kết", links)
        + _html_module(1307, "Thống kê truy cập", counter)
        + "</div>"
    )


def _head(
    request: Request,
    title: str,
    canonical: str | None,
    description: str,
    og_image: str | None,
    action: str,
) -> str:
    base = base_url(request)
    canon = (
        f'<link id="canonicalUrl" rel="canonical" href="{base}{canonical}" />' if canonical else ""
    )
    og = (
        f'<meta property="og:type" content="article" /><meta property="og:url" content="{base}{canonical}" />'
        f'<meta property="og:image" content="{base}{esc(og_image)}" />'
        if og_image and canonical
        else ""
    )
    return f"""<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head">
<!--*********************************************-->
<!-- DNN Platform - http://www.dnnsoftware.com   -->
<!-- Copyright (c) 2002-2026, by DNN Corporation -->
<!--*********************************************-->
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{esc(title)}</title>
<meta id="MetaDescription" name="DESCRIPTION" content="{esc(description)}" />
<meta id="MetaKeywords" name="KEYWORDS" content="Sở GD&amp;ĐT Tuyên Quang, giáo dục, đào tạo, tuyển sinh, thi cử, DotNetNuke,DNN" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
{canon}{og}
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=214" type="text/css" rel="stylesheet"/>
<link href="/DesktopModules/ToSIC_SexyContent/dist/inpage/inpage.min.css?cdv=214" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/Skins/SGD_TQ/bootstrap/css/bootstrap.min.css?cdv=214" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/Skins/SGD_TQ/skin.css?cdv=214" type="text/css" rel="stylesheet"/>
<link href="/Portals/0/portal.css?cdv=214" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=214" type="text/javascript"></script>
<script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv=214" type="text/javascript"></script>
<link rel='SHORTCUT ICON' href='/Portals/0/favicon.ico?ver=2xUK4u0b5hoAJ8aH0uI5dg%3d%3d' type='image/x-icon' />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
</head>
<body id="Body">
<form method="post" action="{esc(action)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque("vs" + action, 420)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{ theForm = document.Form; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV0gMtu4a9i3dw2&amp;t=638459328000000000" type="text/javascript"></script>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{opaque("ev" + action, 96)}" />
</div>
"""


def _top(request: Request) -> str:
    ret = quote(request.path, safe="").lower()
    return f"""<div id="siteWrapper">
<div class="sgd-topbar"><div class="container">
<span class="pull-left"><img alt="" src="/Portals/_default/Skins/SGD_TQ/images/ico-lich.png" /> <span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{TODAY}</span></span>
<span class="pull-right sgd-login">
<a id="dnn_dnnUser_enhancedRegisterLink" title="Đăng ký" class="SkinObject" rel="nofollow" href="/dang-ky?returnurl={ret}">Đăng ký</a> |
<a id="dnn_dnnLogin_enhancedLoginLink" title="Đăng nhập" class="SkinObject" rel="nofollow" onclick="this.disabled=true;" href="/dang-nhap?returnurl={ret}">Đăng nhập</a>
</span></div></div>
<div class="sgd-banner"><div class="container">
<a id="dnn_dnnLOGO_hypLogo" title="{esc(SITE)}" aria-label="{esc(SITE)}" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Images/logo-sgd-tq.png" alt="{esc(SITE)}" /></a>
<div class="sgd-ten"><div class="sgd-ten1">UBND TỈNH TUYÊN QUANG</div><div class="sgd-ten2">SỞ GIÁO DỤC VÀ ĐÀO TẠO</div></div>
<div class="sgd-timkiem"><span id="dnn_dnnSearch_ClassicSearch">
<input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" placeholder="Tìm kiếm..." autocomplete="off" />
<a id="dnn_dnnSearch_cmdSearch" class="SearchButton" href="javascript:__doPostBack('dnn$dnnSearch$cmdSearch','')"><img alt="Tìm" src="/Portals/_default/Skins/SGD_TQ/images/ico-search.png" /></a>
</span></div>
</div></div>
"""


def _footer(tabid: int) -> str:
    return f"""<div class="sgd-footer"><div class="container"><div class="row">
<div class="col-md-8">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ {esc(SITE.upper())}</strong></p>
<p>Địa chỉ: Số 8, đường Tân Trào, phường Minh Xuân, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207.3822.437 - Fax: 0207.3822.543 - Email: <a href="mailto:sgddt@tuyenquang.gov.vn">sgddt@tuyenquang.gov.vn</a></p>
<p>Chịu trách nhiệm chính: Ông Đỗ Văn Hùng - Giám đốc Sở Giáo dục và Đào tạo</p>
<p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 15/03/2019.</p>
</div>
<div class="col-md-4 text-right">
<p>Ghi rõ nguồn "Cổng TTĐT Sở GD&amp;ĐT Tuyên Quang" khi phát hành lại thông tin từ website này.</p>
<p><a href="https://www.facebook.com/sogddttuyenquang" target="_blank"><img alt="Facebook" src="/Portals/_default/Skins/SGD_TQ/images/ft-fb.png" /></a>
<a href="https://www.youtube.com/@sogddttuyenquang" target="_blank"><img alt="YouTube" src="/Portals/_default/Skins/SGD_TQ/images/ft-yt.png" /></a></p>
<p><span id="dnn_dnnCopyright_lblCopyright" class="SkinObject">Bản quyền © 2026 {esc(SITE)}</span></p>
</div></div></div></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{tabid}`}}" />
<input type="hidden" name="__RequestVerificationToken" value="{opaque("rvt", 60)}" />
<script src="/DesktopModules/ToSIC_SexyContent/js/2sxc.api.min.js?cdv=214" type="text/javascript"></script>
<script src="/Portals/_default/Skins/SGD_TQ/js/skin.js?cdv=214" type="text/javascript"></script>
</form>
<!--CDF(Javascript|/Portals/_default/Skins/SGD_TQ/js/skin.js?cdv=214|DnnFormBottomProvider|100)-->
</body>
</html>
"""


def page(
    request: Request,
    tab: Tab,
    main: str,
    *,
    canonical: str | None = None,
    description: str = "",
    og_image: str | None = None,
    sidebar: bool = True,
) -> Response:
    title_parts = [SITE_SHORT] + ([tab.parent] if tab.parent else []) + [tab.name]
    title = " > ".join(title_parts)
    action = request.target
    head = _head(
        request, title, canonical, description or f"Cổng thông tin điện tử {SITE}", og_image, action
    )
    crumb = "" if tab.key == "home" else _breadcrumb(tab)
    left = "col-md-8" if sidebar else "col-md-12"
    body = (
        head
        + _top(request)
        + _menu(tab)
        + '<div class="container sgd-main">'
        + crumb
        + f'<div class="row"><div id="dnn_ContentPane" class="contentPane {left}">{main}</div>'
        + (_sidebar() if sidebar else "")
        + "</div></div>"
        + _footer(tab.tabid)
    )
    return html(body)


# --- 2sxc views -------------------------------------------------------------------------------


def _list_item(s: Story, href: str) -> str:
    return (
        '<div class="dsTin-muc row">'
        f'<div class="col-sm-4 dsTin-anh"><a href="{href}"><img class="img-responsive" src="{esc(thumb(s))}" alt="{esc(s.title)}" /></a></div>'
        f'<div class="col-sm-8"><h4 class="dsTin-tde"><a href="{href}">{esc(s.title)}</a></h4>'
        f'<div class="dsTin-ngay"><i class="fa fa-calendar"></i> {vi_short(s.opts["at"])}</div>'
        f'<div class="dsTin-mota">{esc(s.opts["teaser"])}</div></div></div>'
    )


def _pager(tab: Tab, pg: int, last: int) -> str:
    if last <= 1:
        return ""
    lis = []
    prev_href = tab.path if pg - 1 <= 1 else f"?page={pg - 1}"
    lis.append(
        '<li class="disabled"><span>&laquo;</span></li>'
        if pg <= 1
        else f'<li><a href="{prev_href}">&laquo;</a></li>'
    )
    for n in range(1, last + 1):
        href = tab.path if n == 1 else f"?page={n}"
        lis.append(
            f'<li class="active"><span>{n}</span></li>'
            if n == pg
            else f'<li><a href="{href}">{n}</a></li>'
        )
    lis.append(
        '<li class="disabled"><span>&raquo;</span></li>'
        if pg >= last
        else f'<li><a href="?page={pg + 1}">&raquo;</a></li>'
    )
    return f'<div class="phantrang text-center"><ul class="pagination pagination-sm">{"".join(lis)}</ul></div>'


def _page_no(request: Request) -> int:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def news_list(request: Request, tab: Tab) -> Response:
    items = cat_items(tab.key)
    pg = _page_no(request)
    size = tab.page_size
    last = max(1, -(-len(items) // size))
    chunk = items[(pg - 1) * size : pg * size]
    if tab.key == "tb":
        rows = "".join(
            f'<tr><td class="tb-ngay">{us_short(s.opts["at"])}</td><td><a href="{key_path(s)}">{esc(s.title)}</a>'
            + (
                ' <img alt="new" src="/Portals/0/Icons/new.gif" />'
                if s.opts["at"] >= "2026-12-01"
                else ""
            )
            + "</td></tr>"
            for s in chunk
        )
        listing = (
            f'<table class="tb-ds table table-striped"><tbody>{rows}</tbody></table>'
            if chunk
            else '<div class="alert alert-info">Không có thông báo.</div>'
        )
    else:
        listing = (
            "".join(_list_item(s, key_path(s)) for s in chunk)
            or '<div class="alert alert-info">Không có tin bài nào trong chuyên mục.</div>'
        )
    content = f'<div class="dsTin">{listing}</div>{_pager(tab, pg, last)}'
    return page(
        request, tab, _container(tab.mid, tab.name, content), description=f"{tab.name} - {SITE}"
    )


def _tools(s: Story, request: Request) -> str:
    share = quote(base_url(request) + key_path(s), safe="")
    return (
        '<div class="ndct-cc">'
        '<a href="javascript:void(0)" onclick="zoomText(-1)" title="Giảm cỡ chữ">A-</a> '
        '<a href="javascript:void(0)" onclick="zoomText(1)" title="Tăng cỡ chữ">A+</a> | '
        f'<a href="{esc(print_path(s))}" rel="nofollow" target="_blank" title="In bài"><img alt="" src="/Portals/_default/Skins/SGD_TQ/images/ico-print.png" /> In bài</a> | '
        f'<a href="mailto:?subject={quote(s.title)}&amp;body={share}" title="Gửi email"><img alt="" src="/Portals/_default/Skins/SGD_TQ/images/ico-mail.png" /> Gửi email</a> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" class="share-fb"><img alt="Chia sẻ Facebook" src="/Portals/_default/Skins/SGD_TQ/images/share-fb.png" /></a> '
        f'<a href="https://sp.zalo.me/share_inline?u={share}" target="_blank" class="share-zl"><img alt="Chia sẻ Zalo" src="/Portals/_default/Skins/SGD_TQ/images/share-zalo.png" /></a>'
        "</div>"
    )


def _others(s: Story, heading: str) -> str:
    others = [o for o in cat_items(s.opts["tab"]) if o.id != s.id][:5]
    if not others:
        return f'<div class="ndct-khac"><div class="ndct-khac-td">{heading}</div><p><em>Chưa có tin khác.</em></p></div>'
    lis = "".join(
        f'<li><a href="{key_path(o)}">{esc(o.title)}</a> <span class="ngay">({_when(o.opts["at"]):%d/%m})</span></li>'
        for o in others
    )
    return f'<div class="ndct-khac"><div class="ndct-khac-td">{heading}</div><ul>{lis}</ul></div>'


def detail_markup(s: Story, request: Request) -> str:
    """The 2sxc detail template of the item (news or notice)."""
    body = body_html(s, request)
    if s.opts["tab"] == "tb":
        attach = ""
        if "attach" in s.opts:
            fname, label = s.opts["attach"]
            attach = (
                '<div class="tb-ct-dk"><strong>Tệp đính kèm:</strong> '
                f'<a href="{adam(s.id, "File", fname)}" target="_blank"><img alt="" src="/DesktopModules/ToSIC_SexyContent/Images/pdf.png" /> {esc(label)}</a></div>'
            )
        return (
            f'<div class="tb-ct" data-id="{s.id}"><h2 class="tb-ct-tde">{esc(s.title)}</h2>'
            f'<div class="tb-ct-tt">Ngày đăng: {vi_short(s.opts["at"])} {_when(s.opts["at"]):%H:%M} - Người đăng: {esc(s.opts.get("poster", "Admin"))} - Lượt xem: {s.views()}</div>'
            + _tools(s, request)
            + f'<div class="tb-ct-nd">{body}</div>{attach}'
            + _others(s, "Các thông báo khác")
            + "</div>"
        )
    meta = f'<span class="ngdang"><i class="fa fa-clock-o"></i> {vi_long(s.opts["at"])}</span>'
    if "updated" in s.opts:
        meta += f' <span class="ngcapnhat">| Cập nhật: {s.opts["updated"]}</span>'
    meta += f' <span class="luotxem">| Lượt xem: {s.views()}</span> <span class="nguoidang">| Người đăng: {esc(s.opts.get("poster", "host"))}</span>'
    sapo = (
        f'<div class="ndct-tomtat"><b>{esc(s.summary)}</b></div>'
        if s.sapo_outside and s.summary
        else ""
    )
    author = (
        f'<div class="ndct-tgia">Tác giả: {esc(s.opts["author_field"])}</div>'
        if "author_field" in s.opts
        else ""
    )
    tags = (
        f'<div class="ndct-tukhoa"><i class="fa fa-tags"></i> Từ khóa: {esc(s.opts["tags"])}</div>'
        if "tags" in s.opts
        else ""
    )
    return (
        f'<div class="ndct" id="tin-{s.id}"><h1 class="ndct-tde">{esc(s.title)}</h1>'
        f'<div class="ndct-tt1">{meta}</div>'
        + _tools(s, request)
        + sapo
        + f'<div class="ndct-nd">{body}</div>'
        + author
        + tags
        + '<div class="ndct-back"><a href="javascript:history.back()">« Quay lại</a></div>'
        + _others(s, "Tin mới cùng chuyên mục")
        + "</div>"
    )


def news_detail(request: Request, tab: Tab, s: Story) -> Response:
    markup = detail_markup(s, request)
    if tab.key == "home":
        main = _container(1170, "Tin nổi bật", markup) + _home_lists()
    else:
        main = _container(tab.mid, tab.name, markup)
    return page(
        request,
        tab,
        main,
        canonical=key_path(s),
        description=s.opts["teaser"],
        og_image=thumb(s, "w=800") if "thumb" in s.opts else None,
    )


def print_view(request: Request, s: Story) -> Response:
    base = base_url(request)
    tab = TABS[s.opts["tab"]]
    return html(
        f"""<!DOCTYPE html>
<html lang="vi-VN"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{esc(SITE_SHORT)} &gt; {esc(tab.name)}</title>
<link id="canonicalUrl" rel="canonical" href="{base}{key_path(s)}" />
<meta id="MetaRobots" name="ROBOTS" content="NOINDEX, NOFOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=214" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/Skins/SGD_TQ/skin.css?cdv=214" type="text/css" rel="stylesheet"/>
</head><body id="Body" onload="window.print()">
<form method="post" action="{esc(request.target)}" id="Form">
<div id="dnn_ContentPane"><div id="dnn_ctr{tab.mid}_ModuleContent" class="DNNModuleContent Mod2sxcappC">
{detail_markup(s, request)}
</div></div></form></body></html>"""
    )


def _home_lists() -> str:
    newest = sorted(
        (s for s in STORIES if s.opts["tab"] in ("hdn", "cds", "gdh")),
        key=lambda s: s.opts["at"],
        reverse=True,
    )[:5]
    tinmoi = "".join(
        f'<li><a href="{key_path(s)}">{esc(s.title)}</a> <span class="ngay">{vi_short(s.opts["at"])}</span></li>'
        for s in newest
    )
    tb = "".join(
        f'<li><img alt="" src="/Portals/0/Icons/bullet-tb.gif" /> <a href="{key_path(s)}">{esc(s.title)}</a></li>'
        for s in cat_items("tb")[:2]
    )
    docs = "".join(
        f'<tr><td><a href="{d.path}">{esc(d.number)}</a></td><td>{esc(d.title)}</td><td>{d.issued}</td></tr>'
        for d in DOCS
    )
    return (
        _container(1172, "Tin mới", f'<ul class="tinmoi">{tinmoi}</ul>')
        + _container(
            1175,
            "Thông báo",
            f'<ul class="tb-home">{tb}</ul><div class="text-right"><a href="/thong-bao">Xem tất cả »</a></div>',
        )
        + _container(
            1178,
            "Văn bản mới",
            f'<table class="table table-condensed vb-home"><tbody>{docs}</tbody></table>',
        )
    )


def home(request: Request) -> Response:
    slides = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{home_path(BY_ID[i])}"><img src="{esc(thumb(BY_ID[i], "w=750&h=420&mode=crop"))}" alt="{esc(BY_ID[i].title)}" /></a>'
        f'<div class="carousel-caption"><h3><a href="{home_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></h3></div></div>'
        for n, i in enumerate(FEATURED)
    )
    slider = f'<div id="tnb-carousel" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>'
    banners = (
        '<div class="DnnModule DnnModule-DNN_HTML DnnModule-1180"><a name="1180"></a><div id="dnn_ctr1180_ModuleContent" class="DNNModuleContent ModDNNHTMLC">'
        '<div id="dnn_ctr1180_HtmlModule_lblContent" class="Normal"><div class="row home-banner">'
        '<div class="col-xs-6"><a href="/tin-tuc/guong-dien-hinh"><img alt="Gương người tốt, việc tốt" src="/Portals/0/Banner/banner-guong-dien-hinh.jpg" style="width:100%" /></a></div>'
        '<div class="col-xs-6"><a href="https://hocbadientu.moet.gov.vn" target="_blank"><img alt="Học bạ số" src="/Portals/0/Banner/hoc-ba-so.jpg" style="width:100%" /></a></div>'
        "</div></div></div></div>"
    )
    main = _container(1170, "Tin nổi bật", slider) + banners + _home_lists()
    return page(request, TABS["home"], main, description=f"Cổng thông tin điện tử {SITE}")


# --- non-article pages ------------------------------------------------------------------------


def doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="{d.path}">{esc(d.number)}</a></td><td>{d.issued}</td><td>{esc(d.title)}</td>'
        f'<td><a href="/Portals/0/adam/Van%20ban/{d.id}/File/{d.pdf}" target="_blank"><img alt="Tải về" src="/DesktopModules/ToSIC_SexyContent/Images/pdf.png" /></a></td></tr>'
        for n, d in enumerate(DOCS, start=1)
    )
    content = (
        '<table class="table table-bordered vb-ds"><thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )
    tab = TABS["vb"]
    return page(request, tab, _container(tab.mid, "Văn bản chỉ đạo, điều hành", content))


def doc_detail(request: Request, d: Doc) -> Response:
    rows = [
        ("Số ký hiệu", esc(d.number)),
        ("Ngày ban hành", d.issued),
        ("Loại văn bản", esc(d.kind)),
        ("Cơ quan ban hành", "Sở Giáo dục và Đào tạo"),
        ("Người ký", esc(d.signer)),
        ("Trích yếu", esc(d.title)),
        (
            "Tệp đính kèm",
            f'<a href="/Portals/0/adam/Van%20ban/{d.id}/File/{d.pdf}" target="_blank"><img alt="" src="/DesktopModules/ToSIC_SexyContent/Images/pdf.png" /> {d.pdf}</a>',
        ),
    ]
    tbl = "".join(
        f'<tr><td class="vb-nhan" style="width:30%"><strong>{k}</strong></td><td>{v}</td></tr>'
        for k, v in rows
    )
    content = (
        f'<div class="vb-ct"><h3 class="vb-ct-td">{esc(d.kind)} số {esc(d.number)}</h3>'
        f'<table class="table table-bordered">{tbl}</table>'
        '<div class="ndct-back"><a href="/van-ban">« Danh sách văn bản</a></div></div>'
    )
    tab = TABS["vb"]
    return page(
        request, tab, _container(tab.mid, "Văn bản chỉ đạo, điều hành", content), canonical=d.path
    )


def album_list(request: Request, app: str) -> Response:
    tab = TABS["album" if app == "thu-vien-anh" else "video"]
    items = [a for a in ALBUMS if a.app == app]
    cards = "".join(
        f'<div class="col-sm-6 tv-muc"><a href="{a.path}"><img class="img-responsive" src="/Portals/0/adam/Thu%20vien/{a.id}/Anh/'
        f'{(a.photos[0][0] if a.photos else "video-thumb.jpg")}?w=360&amp;h=240&amp;mode=crop" alt="{esc(a.title)}" /></a>'
        f'<div class="tv-td"><a href="{a.path}">{esc(a.title)}</a></div><div class="tv-ngay">{a.date}</div></div>'
        for a in items
    )
    return page(request, tab, _container(tab.mid, tab.name, f'<div class="row">{cards}</div>'))


def album_detail(request: Request, a: Album) -> Response:
    tab = TABS["album" if a.app == "thu-vien-anh" else "video"]
    if a.app == "video":
        inner = (
            f'<h3 class="tv-ct-td">{esc(a.title)}</h3><div class="tv-ngay">Ngày đăng: {a.date}</div>'
            f'<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="{a.youtube}" allowfullscreen></iframe></div>'
            f'<p class="tv-mota">{esc(a.blurb)}</p>'
        )
    else:
        pics = "".join(
            f'<div class="col-xs-6 col-sm-4"><a href="/Portals/0/adam/Thu%20vien/{a.id}/Anh/{f}" data-lightbox="album-{a.id}" data-title="{esc(c)}">'
            f'<img class="img-thumbnail" src="/Portals/0/adam/Thu%20vien/{a.id}/Anh/{f}?w=240&amp;h=160&amp;mode=crop" alt="{esc(c)}" /></a></div>'
            for f, c in a.photos
        )
        inner = f'<h3 class="tv-ct-td">{esc(a.title)}</h3><div class="tv-ngay">{a.date} - {len(a.photos)} ảnh</div><div class="row tv-anh">{pics}</div>'
    back = f'<div class="ndct-back"><a href="{tab.path}">« {esc(tab.name)}</a></div>'
    return page(request, tab, _container(tab.mid, tab.name, inner + back), canonical=a.path)


_WEEKS = {
    48: ("23/11/2026", "29/11/2026"),
    49: ("30/11/2026", "06/12/2026"),
    50: ("07/12/2026", "13/12/2026"),
}
_AGENDA = {
    48: [
        ("Thứ Hai 23/11", "08h00: Giám đốc Sở dự họp Thường trực UBND tỉnh."),
        (
            "Thứ Tư 25/11",
            "14h00: Phó Giám đốc Nguyễn Thị Thu Hằng kiểm tra công tác bán trú tại xã Mèo Vạc.",
        ),
        ("Thứ Sáu 27/11", "08h00: Hội nghị giao ban công tác tháng 11 (Phòng họp tầng 3)."),
    ],
    49: [
        ("Thứ Hai 30/11", "08h00: Giám đốc Sở chủ trì họp Ban Giám đốc."),
        ("Thứ Tư 02/12", "08h00: Họp Hội đồng ra đề thi chọn học sinh giỏi cấp tỉnh lớp 9."),
        (
            "Thứ Năm 03/12",
            "14h00: Hội nghị triển khai Chương trình giáo dục địa phương (trực tuyến).",
        ),
        ("Thứ Bảy 05/12", "Trực cơ quan: Văn phòng Sở."),
    ],
    50: [
        (
            "Thứ Hai 07/12",
            "07h30: Khai giảng lớp bồi dưỡng cán bộ quản lý (Trường Đại học Tân Trào).",
        ),
        (
            "Thứ Năm 10/12",
            "08h00: Giám đốc Sở làm việc với Trường THPT Chuyên Tuyên Quang về công tác ôn luyện đội tuyển.",
        ),
    ],
}


def calendar(request: Request) -> Response | None:
    wk = request.params.get("tuan", "49")
    if not wk.isdigit() or int(wk) not in _WEEKS or request.params.get("nam", "2026") != "2026":
        return None
    w = int(wk)
    start, end = _WEEKS[w]
    rows = "".join(
        f"<tr><td><strong>{d}</strong></td><td>{esc(t)}</td></tr>" for d, t in _AGENDA[w]
    )
    nav = []
    if w - 1 in _WEEKS:
        nav.append(f'<a href="/lich-cong-tac?tuan={w - 1}&amp;nam=2026">« Tuần trước</a>')
    if w + 1 in _WEEKS:
        nav.append(f'<a href="/lich-cong-tac?tuan={w + 1}&amp;nam=2026">Tuần sau »</a>')
    content = (
        f'<div class="lct"><h3 class="text-center">LỊCH CÔNG TÁC TUẦN {w}</h3><p class="text-center">(Từ ngày {start} đến ngày {end})</p>'
        f'<table class="table table-bordered"><thead><tr><th style="width:22%">Ngày</th><th>Nội dung</th></tr></thead><tbody>{rows}</tbody></table>'
        f'<div class="lct-nav text-center">{" | ".join(nav)}</div></div>'
    )
    tab = TABS["lich"]
    return page(request, tab, _container(tab.mid, tab.name, content))


def cocau(request: Request) -> Response:
    leaders = [
        (
            "Đỗ Văn Hùng",
            "Giám đốc Sở",
            "Phụ trách chung; công tác tổ chức cán bộ, kế hoạch - tài chính.",
        ),
        (
            "Nguyễn Thị Thu Hằng",
            "Phó Giám đốc Sở",
            "Phụ trách giáo dục trung học, giáo dục thường xuyên, chuyển đổi số.",
        ),
        (
            "Vũ Đình Long",
            "Phó Giám đốc Sở",
            "Phụ trách giáo dục mầm non, tiểu học, quản lý chất lượng.",
        ),
    ]
    rows = "".join(
        f"<tr><td>{esc(n)}</td><td>{esc(p)}</td><td>{esc(t)}</td></tr>" for n, p, t in leaders
    )
    content = (
        "<p><strong>I. LÃNH ĐẠO SỞ</strong></p>"
        f'<table class="table table-bordered"><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Lĩnh vực phụ trách</th></tr></thead><tbody>{rows}</tbody></table>'
        "<p><strong>II. CÁC PHÒNG CHUYÊN MÔN, NGHIỆP VỤ</strong></p>"
        "<ul><li>Văn phòng Sở</li><li>Phòng Tổ chức cán bộ</li><li>Phòng Kế hoạch - Tài chính</li><li>Phòng Giáo dục Mầm non</li>"
        "<li>Phòng Giáo dục Tiểu học</li><li>Phòng Giáo dục Trung học</li><li>Phòng Quản lý chất lượng</li><li>Thanh tra Sở</li></ul>"
        "<p><strong>III. CÁC ĐƠN VỊ TRỰC THUỘC</strong></p><p>48 trường THPT, 12 trường phổ thông dân tộc nội trú, Trung tâm Giáo dục thường xuyên tỉnh.</p>"
    )
    tab = TABS["cocau"]
    return page(request, tab, _html_module_main(tab.mid, tab.name, content))


def _html_module_main(mid: int, title: str, content: str) -> str:
    return (
        f'<div class="DnnModule DnnModule-DNN_HTML DnnModule-{mid}"><a name="{mid}"></a>'
        f'<div class="ctn-khung"><h2 class="ctn-td"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="Head">{esc(title)}</span></h2>'
        f'<div id="dnn_ctr{mid}_ContentPane" class="ctn-nd"><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent ModDNNHTMLC">'
        f'<div id="dnn_ctr{mid}_HtmlModule_lblContent" class="Normal">{content}</div></div></div></div></div>'
    )


def contact(request: Request) -> Response:
    content = (
        f"<p><strong>{esc(SITE.upper())}</strong></p>"
        "<p>Địa chỉ: Số 8, đường Tân Trào, phường Minh Xuân, tỉnh Tuyên Quang</p>"
        "<p>Điện thoại: 0207.3822.437 - Email: sgddt@tuyenquang.gov.vn</p>"
        '<div class="lh-form"><div class="form-group"><label>Họ và tên (*)</label><input type="text" class="form-control" name="HoTen" /></div>'
        '<div class="form-group"><label>Email (*)</label><input type="email" class="form-control" name="Email" /></div>'
        '<div class="form-group"><label>Nội dung (*)</label><textarea class="form-control" rows="5" name="NoiDung"></textarea></div>'
        '<button type="button" class="btn btn-primary" onclick="$2sxc(this).webApi.post(\'app/auto/api/LienHe/Gui\', {})">Gửi liên hệ</button></div>'
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3700" width="100%" height="300" style="border:0"></iframe>'
    )
    tab = TABS["lienhe"]
    return page(request, tab, _container(tab.mid, tab.name, content))


def search_page(request: Request) -> Response:
    q = esc(request.params.get("Search", ""))
    content = (
        f'<div class="dnnSearchResults"><input type="text" id="dnnSearchResult_dnnSearchBox" value="{q}" />'
        '<div class="dnnSearchResultPanel"><div class="dnnRight">Đang tìm kiếm...</div></div>'
        '<div class="dnnSearchResultContainer"></div>'
        "<script>$(function(){ dnn.searchResult.init({ url: '/API/internalservices/searchService/Search' }); });</script></div>"
    )
    tab = TABS["search"]
    return page(request, tab, _html_module_main(tab.mid, tab.name, content), sidebar=False)


def login_page(request: Request, tab: Tab) -> Response:
    content = (
        '<div class="dnnForm dnnLoginService"><div class="dnnFormItem"><label>Tên đăng nhập:</label><input name="dnn$ctr$Login$Login_DNN$txtUsername" type="text" /></div>'
        '<div class="dnnFormItem"><label>Mật khẩu:</label><input name="dnn$ctr$Login$Login_DNN$txtPassword" type="password" /></div>'
        '<a id="dnn_ctr_Login_Login_DNN_cmdLogin" class="dnnPrimaryAction" href="javascript:__doPostBack(\'dnn$ctr$Login$Login_DNN$cmdLogin\',\'\')">'
        f"{esc(tab.name)}</a></div>"
    )
    return page(request, tab, _html_module_main(tab.mid, tab.name, content), sidebar=False)


# --- routing ----------------------------------------------------------------------------------

_KEY = re.compile(r"^[a-z0-9-]+$", re.I)
_PRINT_TAIL = ("mid", "dnnprintmode")


def _tab_for(path: str) -> tuple[Tab, list[str]] | None:
    """The tab whose path is the longest prefix of ``path`` and the segments after it."""
    segs = [p for p in path.split("/") if p]
    for n in range(len(segs), 0, -1):
        tab = TAB_BY_PATH.get("/" + "/".join(segs[:n]).lower())
        if tab is not None:
            return tab, segs[n:]
    return None


def _tab_page(request: Request, tab: Tab) -> Response | None:
    if tab.key == "home":
        return home(request)
    if tab.key in ("hdn", "cds", "gdh", "tb"):
        return news_list(request, tab)
    if tab.key == "vb":
        return doc_list(request)
    if tab.key == "album":
        return album_list(request, "thu-vien-anh")
    if tab.key == "video":
        return album_list(request, "video")
    if tab.key == "lich":
        return calendar(request)
    if tab.key == "lienhe":
        return contact(request)
    if tab.key == "cocau":
        return cocau(request)
    if tab.key == "search":
        return search_page(request)
    if tab.key in ("login", "register"):
        return login_page(request, tab)
    return None


def _detail(request: Request, tab: Tab, item: str, rest: list[str]) -> Response | None:
    if not item.isdigit():
        return None
    iid = int(item)
    printing = False
    mid = ""
    if (
        len(rest) >= 4
        and [r.lower() for r in rest[-4::2]] == list(_PRINT_TAIL)
        and rest[-1].lower() == "true"
    ):
        printing, mid, rest = True, rest[-3], rest[:-4]
    if len(rest) > 1 or (rest and not _KEY.match(rest[0])):
        return None
    if tab.key == "vb":
        doc = next((d for d in DOCS if d.id == iid), None)
        return doc_detail(request, doc) if doc and not printing else None
    if tab.key in ("album", "video"):
        a = ALBUM_BY.get(("thu-vien-anh" if tab.key == "album" else "video", iid))
        return album_detail(request, a) if a and not printing else None
    s = BY_ID.get(iid)
    if s is None:
        return None
    if tab.key == "home":
        if iid not in FEATURED or printing:
            return None
    elif s.opts["tab"] != tab.key:
        return None
    if printing:
        return print_view(request, s) if mid == str(tab.mid) else None
    return news_detail(request, tab, s)


def _route(request: Request) -> Response | None:
    path = request.path
    if path == "/":
        return home(request)
    if path.lower() == "/default.aspx":
        p = {k.lower(): v for k, v in request.params.items()}
        tab = TAB_BY_ID.get(int(p["tabid"])) if p.get("tabid", "").isdigit() else None
        if tab is None:
            return home(request) if not p else None
        if "details" in p:
            return _detail(request, tab, p["details"], [])
        return _tab_page(request, tab)
    found = _tab_for(path)
    if found is None:
        return None
    tab, rest = found
    if not rest:
        return _tab_page(request, tab)
    if (
        rest[0].lower() == "details"
        and len(rest) >= 2
        and tab.key not in ("lich", "lienhe", "cocau", "search", "login", "register")
    ):
        return _detail(request, tab, rest[1], rest[2:])
    return None


class Site:
    def respond(self, request: Request) -> Response | None:
        lower = request.path.lower()
        if lower.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if lower.endswith(".axd"):
            return Response(200, b"/* WebResource */", {"Content-Type": "application/javascript"})
        static = static_file(request.path)
        if static is not None:
            return static
        if request.method == "POST":
            form = request.form
            if form.get("__EVENTTARGET") == "dnn$dnnSearch$cmdSearch":
                q = form.get("dnn$dnnSearch$txtSearch", "")
                return redirect("/tim-kiem?Search=" + quote(q))
        return _route(request)


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts: list[str] = []
    if s.id in MOST_READ:
        alts.append(bare_path(s))
    if "old_key" in s.opts:
        alts.append(f"{TABS[s.opts['tab']].path}/details/{s.id}/{s.opts['old_key']}")
    alts += [href for href, i in TIEU_DIEM if i == s.id and "old_key" not in s.opts]
    if s.id in FEATURED:
        alts.append(home_path(s))
    alts.append(print_path(s))
    return alts


GOLD = [
    gold_record(s, key_path(s), s.cat, canonical_path=key_path(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    "/lich-cong-tac",
    DOCS[0].path,
    DOCS[1].path,
    ALBUMS[0].path,
    ALBUMS[1].path,
    ALBUMS[2].path,
]
