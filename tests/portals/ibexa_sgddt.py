"""Ibexa DXP 4 portal of a provincial Department of Education and Training (Sở GD&ĐT Gia Lai).

Platform
    Ibexa DXP 4 (the former eZ Platform, on Symfony 5), themed by a local integrator: Twig
    templates with Vietnamese-abbreviated class names (``tieu-de-bv``, ``tt-bv``, ``tomtat``),
    Bootstrap grid, Webpack Encore assets under ``/build/``. Content is stored as content items
    with *locations* in a tree; each location has a URL alias. Field types print their stock
    wrappers: ``ezrichtext-field`` (the body, DocBook rendered to HTML5), ``ezimage-field``
    (figures), ``ezdate-field`` / ``ezdatetime-field``, ``ezauthor-field`` (a ``<ul>``),
    ``ezbinaryfile-field`` (a download link). Images live under
    ``/var/site/storage/images/_aliases/<variation>/<reversed digits>/<fid>-<ver>-vie-VN/<name>.jpg``.

URL scheme
    ``/``                                   landing page (Page Builder blocks)
    ``/tin-tuc``                            "Tin tức" folder: one block per sub-section
    ``/tin-tuc/<section>`` (``?page=N``)    sub-items list, 4 items a page (Pagerfanta)
    ``/thong-bao`` (``?page=N``)            "Thông báo" folder, same template
    ``/tin-tuc/<section>/<slug>``           article (URL alias of its location)
    ``/thong-bao/<slug>``                   notice (content type "bai_viet" too)
    ``/view/content/<cid>/full/1/<loc>``    Ibexa's internal content-view route: the same
                                            article with the page layout (still answering)
    ``/view/content/<cid>/in_an/0/<loc>``   the integrator's print view type, layout off
    ``/tags/view/<tag>``                    Netgen Tags listing
    ``/van-ban``, ``/van-ban/<slug>``       document register and its entries
    ``/thu-vien-anh/<slug>``, ``/video/<slug>``  album and clip pages
    ``/gioi-thieu/<slug>``, ``/lien-he``    intro pages and contact
    ``/content/download/<cid>/<fid>/file/<name>.pdf``  binary-file downloads
    ``/_fragment?_hash=…&_path=…``          a Symfony fragment (hinclude) with the most-read box

Page templates
    Every HTML page: top bar with today's date ("Thứ Bảy, 05/12/2026"), banner, main menu with
    drop-downs, breadcrumbs, right column (search, "Tin xem nhiều" loaded through
    ``<hx:include>``, notice ticker, linked sites ``<select>``, banners, poll form, visitor
    counter), footer with address, phone, e-mail, copyright and "Phát triển trên nền tảng Ibexa
    DXP". An article: ``h1.tieu-de-bv``, a date line, tool bar (share, print, font size), an
    optional lead image (image field), an optional ``div.tomtat`` (intro field, the sapo), the
    ``div.ezrichtext-field`` body, the ``ezauthor`` field, attachments, an update/poster line,
    tags, "Các tin khác" (two newest siblings of the location).

How each gold article is reached
    hds (Hoạt động của Sở): A1 home slider (internal route) + home list + section p1 + tag page;
    A2 home list + section p1; A3 and A4 only on ``/tin-tuc/hoat-dong-cua-so?page=2``.
    mnth (Giáo dục Mầm non - Tiểu học): B1 home list + section; B2 section p1 + the embed box in A3
    + B1's "Các tin khác".
    gdth (Giáo dục Trung học): C1 home slider + list + section + tag; C2 home list + section +
    tag + (old alias, 301) "Xem thêm" in C1; C3 section p1 + "Các tin khác"; C4 only on
    ``/tin-tuc/giao-duc-trung-hoc?page=2``.
    cds (Chuyển đổi số): D1 slider + home list + its section + secondary location in hds p1.
    tb (Thông báo): E1, E2 the sidebar's notice ticker (every page) + ``/thong-bao``.

Traps
    1. Internal route duplicates. The home slider (a Page Builder block whose template builds
       ``path('ibexa.content.view', …)``) links ``/view/content/<cid>/full/1/<loc>``; the page
       is the full article, with ``<link rel=canonical>`` to the URL alias. Gold: path and
       canonical = the alias; the internal route and the print view type are alt_paths.
    2. Multi-location content. D1 has its main location under "Chuyển đổi số" and a secondary
       one under "Hoạt động của Sở" (``/tin-tuc/hoat-dong-cua-so/<slug>``), which is listed there
       and prints that section in its breadcrumb. Gold: one record, category of the main
       location ("Chuyển đổi số"); the secondary alias and its internal routes are alt_paths.
    3. URL alias history. C2 was renamed; C1's "Xem thêm:" line still links the old alias,
       which answers 301 to the new one. Gold: the new alias; the old one is an alt_path; the
       "Xem thêm" line is no body.
    4. Dates of four kinds. ``ezdate`` prints the day alone beside "Cập nhật lúc 14:02 -
       28/11/2026" (the modification date) -> the ezdate's day; ``<time class=ezdatetime-field
       datetime="…+00:00">15:20 4 thg 12, 2026</time>`` (ICU's Vietnamese medium format, the
       attribute in UTC) -> "2026-12-04T15:20:00+07:00"; a content-info fallback "Đăng lúc: 00:00
       - 21/10/2026" -> the day alone; E1 (a notice posted 01/12) -> the letterhead's 30/11.
    5. Lazy images. A1 and C2 print ezimage variations as ``src="/assets/images/blank-1x1.gif"
       data-src="<real>"`` (plus a ``<noscript>`` copy). Gold: the ``data-src`` path; the
       placeholder is no image.
    6. Captions in five forms: ``figcaption``; an Ibexa custom style paragraph
       ``<p class="ezstyle-ghichu_anh">`` after the embed, which looks like a body paragraph;
       the second row of a layout table; a line in parentheses (taken off); and a right-aligned
       "Ảnh: X" credit (caption None, X is the photographer). None is body.
    7. Embedded content inside the richtext. A3 embeds B2 with the "embed" view ("Đọc thêm" box:
       thumbnail, title link, date) between two paragraphs: not body, its thumbnail is no image.
    8. Bylines. The ``ezauthor`` field prints degrees and posts ("ThS. Rơ Chăm H'Lin - Phòng Kế
       hoạch - Tài chính", "TS. Phạm Văn Long, Phó Trưởng phòng GDTrH") -> names only; the poster
       line "Người đăng: bientap02" is a CMS account -> nobody; a right-aligned unit alone ("Phòng
       Tổ chức cán bộ", "Phòng GDMN-GDTH") is the author; "Tin: Thu Hà - Ảnh: Quốc Khánh" splits;
       "Theo Báo Gia Lai" closing A3 is its source, while "Theo báo cáo của Văn phòng Sở…" (A1)
       and "Theo thầy Đặng Minh Quân…" (D1) are text.
    9. Short titles. Listings, the slider and "Các tin khác" print the "tieu_de_ngan" field (a
       shortened title); the article's ``h1`` prints the full one; ``<title>`` adds "| Sở GD&ĐT
       Gia Lai". Gold: the ``h1``.
    10. Listings that mix content types and duplicate their first page: sub-items of a section
        include an ``ezlink`` item (an external newspaper) and a file item (a PDF download)
        between articles; the pager links page 1 both as the bare path and as ``?page=1``.
    11. Footnotes (C4): a bare ``<sup>1</sup>`` after "XIII" is no text (gold "Đại hội XIII của
        Đảng"), the bracket calls "[1]" "[2]" stay; "Chú thích:" / "Tài liệu tham khảo" and their
        entries are body.
    12. Text pasted from a Mac: B2's body is NFD (decomposed); gold is NFC. A2 types its list as
        "- " lines split by ``<br />`` inside one ``<p>``: three paragraphs, dashes kept.

Gold decisions on ambiguous points
    - A secondary location is the same article, not a second one; its category is the main
      location's section (the canonical page's breadcrumb).
    - The lead image printed by the image field above the body (C2, D1) is an article photo and
      comes first in ``images``.
    - A listing ``ezlink`` item (external newspaper) and a listing file item are not articles of
      this site; the ``_fragment`` answer is chrome, not a page.
    - The official notice E1: the letterhead table, "THÔNG BÁO", "Về việc …", "Nơi nhận" and the
      signature block are not body; author = the signer "Lê Văn Thành"; the ezdate line
      (01/12/2026, the day it was posted) loses to the letterhead's day.
    - E2 prints only "Người đăng: vanthu.sgd": no author.
    - C1's author is the unit printed in its ezauthor field, "Phòng Quản lý chất lượng".
    - "Tệp đính kèm" lines (ezbinaryfile) are not body.
"""

from __future__ import annotations

import datetime as _dt

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

NAME = "ibexa_sgddt"
PLATFORM = "Ibexa DXP 4 (eZ Platform, Symfony)"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE = "Sở Giáo dục và Đào tạo tỉnh Gia Lai"
SITE_SHORT = "Sở GD&ĐT Gia Lai"
PER_PAGE = 4
THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

# --- sections (folder locations) -----------------------------------------------------------

SECTIONS: dict[str, dict] = {
    "hds": {"name": "Hoạt động của Sở", "path": "/tin-tuc/hoat-dong-cua-so", "loc": 520, "cid": 4102},
    "mnth": {
        "name": "Giáo dục Mầm non - Tiểu học",
        "path": "/tin-tuc/giao-duc-mam-non-tieu-hoc",
        "loc": 521,
        "cid": 4103,
    },
    "gdth": {"name": "Giáo dục Trung học", "path": "/tin-tuc/giao-duc-trung-hoc", "loc": 522, "cid": 4104},
    "cds": {"name": "Chuyển đổi số", "path": "/tin-tuc/chuyen-doi-so", "loc": 523, "cid": 4105},
    "tb": {"name": "Thông báo", "path": "/thong-bao", "loc": 530, "cid": 4110},
}
NEWS_SECTIONS = ["hds", "mnth", "gdth", "cds"]


def storage(fid: int, name: str, alias: str | None = "large", ver: int = 1) -> str:
    """An Ibexa image path: the field id's last four digits reversed make the folders."""
    digits = "/".join(str(fid)[-4:][::-1])
    prefix = f"/var/site/storage/images/_aliases/{alias}/" if alias else "/var/site/storage/images/"
    return f"{prefix}{digits}/{fid}-{ver}-vie-VN/{name}.jpg"


def thumb_of(src: str) -> str:
    return src.replace("/_aliases/large/", "/_aliases/tin_thumb/")


NO_IMAGE = "/assets/images/sgd-no-image.png"


# --- date lines as the templates print them -------------------------------------------------


def _d(day: str) -> _dt.date:
    return _dt.date.fromisoformat(day)


def date_icu(day: str, hm: str) -> str:
    """ezdatetime through Symfony's ``format_datetime`` in locale vi: "15:20 4 thg 12, 2026"."""
    d = _d(day)
    local = _dt.datetime.fromisoformat(f"{day}T{hm}:00+07:00")
    utc = local.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    return (
        f'<i class="fa fa-clock-o" aria-hidden="true"></i> <time class="ezdatetime-field" '
        f'datetime="{utc}">{hm} {d.day} thg {d.month}, {d.year}</time>'
    )


def date_thu(day: str, hm: str) -> str:
    d = _d(day)
    return f'<span class="ngay-dang"><i class="fa fa-calendar"></i> {THU[d.weekday()]}, {d:%d/%m/%Y} - {hm}</span>'


def date_ezdate(day: str) -> str:
    return f'<span class="lbl-nd">Ngày đăng:</span> <span class="ezdate-field">{_d(day):%d/%m/%Y}</span>'


def date_fallback(day: str) -> str:
    return f'<span class="tgd">Đăng lúc: 00:00 - {_d(day):%d/%m/%Y}</span>'


def byline_right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{inner}</strong></p>')


# --- the thirteen stories ------------------------------------------------------------------

A1 = Story(
    id=4871,
    slug="hoi-nghi-giao-ban-cong-tac-giao-duc-thang-11-va-trien-khai-nhiem-vu-thang-12-2026",
    title="Hội nghị giao ban công tác giáo dục tháng 11 và triển khai nhiệm vụ tháng 12/2026",
    cat="hds",
    published_at="2026-12-04T15:20:00+07:00",
    summary=(
        "Sáng 04/12, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến công tác giáo dục "
        "tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12/2026 với 135 điểm cầu tại các xã, phường "
        "và đơn vị trực thuộc."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham dự hội nghị có đồng chí Nguyễn Thị Minh Hà, Giám đốc Sở GD&ĐT; các đồng chí Phó Giám "
            "đốc Sở; lãnh đạo các phòng chuyên môn, nghiệp vụ thuộc Sở; hiệu trưởng các trường THPT, "
            "trung tâm GDNN-GDTX và lãnh đạo Phòng Văn hóa - Xã hội các xã, phường."
        ),
        Img(
            storage(20871, "giao-ban-thang-11-2026"),
            "Giám đốc Sở GD&ĐT Nguyễn Thị Minh Hà phát biểu chỉ đạo tại hội nghị.",
            "Giám đốc Sở GD&ĐT Nguyễn Thị Minh Hà phát biểu chỉ đạo tại hội nghị.",
            "figcap",
        ),
        P(
            "Theo báo cáo của Văn phòng Sở, trong tháng 11, toàn ngành đã tổ chức thành công các hoạt "
            "động chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026); hoàn thành "
            "kiểm tra công tác đầu năm học tại 48 cơ sở giáo dục; tổ chức Kỳ thi chọn học sinh giỏi cấp "
            "tỉnh lớp 12 với 1.236 thí sinh dự thi."
        ),
        P("Nhiều chỉ tiêu về chuyển đổi số đạt và vượt kế hoạch", "h3"),
        P(
            "Đến hết tháng 11, 100% trường trung học phổ thông đã triển khai sổ điểm điện tử, học bạ "
            "số; 92,6% cơ sở giáo dục thực hiện thu phí không dùng tiền mặt. Hệ thống cơ sở dữ liệu "
            "ngành cơ bản được cập nhật đầy đủ, đúng hạn.",
            "nbsp",
        ),
        Img(
            storage(20872, "dai-bieu-du-hoi-nghi-giao-ban"),
            "Các đại biểu dự hội nghị tại điểm cầu Sở GD&ĐT.",
            "Các đại biểu dự hội nghị tại điểm cầu Sở GD&ĐT.",
            "ezstyle",
        ),
        P(
            "Phát biểu chỉ đạo, Giám đốc Sở Nguyễn Thị Minh Hà đề nghị các đơn vị tập trung thực hiện "
            "tốt một số nhiệm vụ trọng tâm trong tháng 12:"
        ),
        P(
            "Hoàn thành kiểm tra, đánh giá giữa học kỳ I; chuẩn bị chu đáo các điều kiện tổ chức kiểm "
            "tra cuối học kỳ I năm học 2026 - 2027.",
            "li",
        ),
        P(
            "Tăng cường công tác bảo đảm an toàn trường học, phòng chống đuối nước, tai nạn thương tích "
            "và phòng chống dịch bệnh mùa đông - xuân.",
            "li",
        ),
        P(
            "Rà soát, chăm lo đời sống cho học sinh bán trú, nội trú dịp Tết Dương lịch và Tết Nguyên "
            "đán Đinh Mùi 2027.",
            "li",
        ),
        P(
            "Đồng thời, các đơn vị cần chủ động xây dựng kế hoạch ôn tập cho học sinh lớp 12, bảo đảm "
            "chuẩn bị tốt cho Kỳ thi tốt nghiệp THPT năm 2027."
        ),
        byline_right("Tin, ảnh: Ngọc Ánh"),
    ],
    authors=["Ngọc Ánh"],
    photographers=["Ngọc Ánh"],
    opts={
        "loc": 702,
        "short": "Giao ban công tác giáo dục tháng 11/2026",
        "date_html": date_icu("2026-12-04", "15:20"),
        "meta": "Cập nhật lúc 16:05 - 04/12/2026",
        "poster": "bientap02",
        "lazy": True,
        "tags": ["chuyen-doi-so"],
    },
)

A2 = Story(
    id=4852,
    slug="doan-cong-tac-so-gd-dt-kiem-tra-cong-tac-to-chuc-ban-tru-tai-cac-truong-vung-dac-biet-kho-khan",
    title=(
        "Đoàn công tác Sở GD&ĐT kiểm tra công tác tổ chức bán trú tại các trường vùng đặc biệt "
        "khó khăn"
    ),
    cat="hds",
    published_at="2026-11-27",
    blocks=[
        P(
            "Từ ngày 24 đến 26/11/2026, đoàn công tác của Sở GD&ĐT do đồng chí Lê Văn Thành, Phó Giám "
            "đốc Sở làm trưởng đoàn đã kiểm tra công tác tổ chức bán trú tại 9 trường phổ thông dân tộc "
            "bán trú và trường có học sinh bán trú trên địa bàn các xã Krông, Kông Bơ La, Ia Mơ và Ia Púch."
        ),
        P(
            "Tại các đơn vị, đoàn đã kiểm tra cơ sở vật chất phòng ở, nhà ăn, bếp ăn bán trú; hồ sơ quản "
            "lý học sinh; việc thực hiện chế độ, chính sách hỗ trợ tiền ăn, tiền nhà ở và gạo theo quy "
            "định hiện hành."
        ),
        Img(storage(20852, "kiem-tra-ban-tru-xa-krong"), "Ảnh: Rơ Chăm H'Lin", None, "credit"),
        P(
            "Qua kiểm tra, đoàn ghi nhận các nhà trường đã chủ động bố trí chỗ ở, tổ chức nấu ăn tập "
            "trung, bảo đảm vệ sinh an toàn thực phẩm. Một số đơn vị đã tận dụng đất trống để trồng rau "
            "xanh, cải thiện bữa ăn cho học sinh."
        ),
        P("Bên cạnh đó, đoàn cũng chỉ ra một số tồn tại cần khắc phục:"),
        P("- Một số phòng ở bán trú còn chật, thiếu chăn màn, áo ấm cho mùa lạnh;"),
        P("- Hồ sơ theo dõi sức khỏe học sinh chưa được cập nhật thường xuyên;", "br"),
        P("- Việc phân công giáo viên quản lý học sinh ngoài giờ chưa hợp lý.", "br"),
        P(
            "Trưởng đoàn Lê Văn Thành đề nghị các nhà trường khẩn trương khắc phục hạn chế, tham mưu "
            "chính quyền địa phương hỗ trợ nguồn lực, bảo đảm học sinh được ăn no, ở ấm, yên tâm học tập."
        ),
    ],
    authors=["Rơ Chăm H'Lin"],
    photographers=["Rơ Chăm H'Lin"],
    opts={
        "loc": 690,
        "short": "Kiểm tra công tác bán trú tại vùng đặc biệt khó khăn",
        "date_html": date_ezdate("2026-11-27"),
        "meta": "Cập nhật lúc 14:02 - 28/11/2026",
        "poster": "bientap02",
        "ezauthor": ["ThS. Rơ Chăm H'Lin - Phòng Kế hoạch - Tài chính"],
    },
)

B2_PATH = "/tin-tuc/giao-duc-mam-non-tieu-hoc/tap-huan-nang-cao-nang-luc-day-hoc-tieng-viet-cho-hoc-sinh-dtts-lop-1"

A3 = Story(
    id=4790,
    slug="so-gd-dt-va-tinh-doan-ky-ket-chuong-trinh-phoi-hop-giai-doan-2026-2030",
    title="Sở GD&ĐT và Tỉnh đoàn ký kết chương trình phối hợp giai đoạn 2026 - 2030",
    cat="hds",
    published_at="2026-11-10T09:00:00+07:00",
    summary=(
        "Sáng 10/11, Sở Giáo dục và Đào tạo và Tỉnh đoàn Gia Lai tổ chức ký kết chương trình phối hợp "
        "thực hiện công tác giáo dục chính trị, tư tưởng, đạo đức, lối sống cho học sinh, sinh viên "
        "giai đoạn 2026 - 2030."
    ),
    blocks=[
        P(
            "Sáng 10/11, Sở Giáo dục và Đào tạo và Tỉnh đoàn Gia Lai tổ chức ký kết chương trình phối hợp "
            "thực hiện công tác giáo dục chính trị, tư tưởng, đạo đức, lối sống cho học sinh, sinh viên "
            "giai đoạn 2026 - 2030.",
            "bold",
        ),
        Img(
            storage(20790, "ky-ket-phoi-hop-tinh-doan"),
            "Lãnh đạo Sở GD&ĐT và Tỉnh đoàn ký kết chương trình phối hợp.",
            "Lãnh đạo Sở GD&ĐT và Tỉnh đoàn ký kết chương trình phối hợp.",
            "table",
        ),
        P(
            "Theo chương trình phối hợp, hai bên thống nhất 6 nhóm nội dung trọng tâm, trong đó chú "
            "trọng giáo dục lý tưởng cách mạng, truyền thống lịch sử, văn hóa các dân tộc; xây dựng môi "
            "trường học đường an toàn, lành mạnh, thân thiện; phát triển phong trào thanh niên tình "
            "nguyện, khởi nghiệp sáng tạo trong học sinh."
        ),
        Raw(
            '<div class="ez-embed-type-content ez-embed-view-embed align-right" style="width:42%;">\n'
            '  <div class="bv-nhung"><span class="bv-nhung__nhan">Đọc thêm</span>\n'
            f'    <a href="{B2_PATH}"><img src="{NO_IMAGE}" alt="" width="240" height="160"></a>\n'
            f'    <p class="bv-nhung__td"><a href="{B2_PATH}">Tập huấn nâng cao năng lực dạy học Tiếng '
            "Việt cho học sinh dân tộc thiểu số lớp 1</a></p>\n"
            '    <p class="bv-nhung__ng">30/10/2026</p>\n  </div>\n</div>'
        ),
        P(
            "Phát biểu tại lễ ký kết, đồng chí Nguyễn Thị Minh Hà, Giám đốc Sở GD&ĐT khẳng định: công tác "
            "phối hợp giữa ngành Giáo dục và tổ chức Đoàn trong những năm qua đã mang lại nhiều kết quả "
            "thiết thực, góp phần hình thành nhân cách, kỹ năng sống cho học sinh."
        ),
        P(
            "“Chúng tôi mong muốn mỗi trường học thực sự là một môi trường giáo dục toàn diện, nơi các em "
            "được rèn luyện cả về tri thức, kỹ năng và bản lĩnh”, đồng chí Nguyễn Thị Minh Hà nhấn mạnh.",
            "quote",
        ),
        P(
            "Dịp này, Tỉnh đoàn trao tặng 50 suất học bổng “Thắp sáng ước mơ” cho học sinh có hoàn cảnh "
            "khó khăn vượt khó học tốt, mỗi suất trị giá 2 triệu đồng."
        ),
        Raw('<p style="text-align: right;"><em>Theo Báo Gia Lai</em></p>'),
    ],
    authors=["Minh Châu"],
    source="Báo Gia Lai",
    opts={
        "loc": 671,
        "short": "Ký kết chương trình phối hợp với Tỉnh đoàn",
        "date_html": date_thu("2026-11-10", "09:00"),
        "meta": "Cập nhật lúc 10:41 - 10/11/2026",
        "poster": "bientap01",
        "ezauthor": ["Minh Châu"],
    },
)

A4 = Story(
    id=4733,
    slug="hoi-thao-chia-se-kinh-nghiem-quan-tri-truong-hoc-theo-huong-tu-chu-nam-2026",
    title="Hội thảo chia sẻ kinh nghiệm quản trị trường học theo hướng tự chủ năm 2026",
    cat="hds",
    published_at="2026-10-21",
    blocks=[
        P(
            "Ngày 20/10/2026, tại Trường THPT Nguyễn Trãi, Sở GD&ĐT tổ chức Hội thảo chia sẻ kinh nghiệm "
            "quản trị trường học theo hướng tự chủ với sự tham gia của hơn 150 cán bộ quản lý các trường "
            "THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh."
        ),
        P(
            "Tại hội thảo, các đại biểu đã nghe 5 tham luận về các mô hình quản trị hiệu quả, tập trung "
            "vào tự chủ về chuyên môn, tài chính và nhân sự; xây dựng văn hóa nhà trường; ứng dụng công "
            "nghệ thông tin trong quản lý."
        ),
        P("Một số chỉ số tự chủ của các đơn vị tham gia báo cáo", "h3"),
        P("Đơn vị | Mức tự chủ tài chính | Số lớp | Tỷ lệ tốt nghiệp năm 2026", "th"),
        P("Trường THPT Nguyễn Trãi | Tự bảo đảm một phần chi thường xuyên | 36 | 99,8%", "tr"),
        P("Trường THPT Chu Văn An | Tự bảo đảm một phần chi thường xuyên | 30 | 99,5%", "tr"),
        P("Trung tâm GDNN-GDTX khu vực Pleiku | Nhà nước bảo đảm chi thường xuyên | 18 | 96,2%", "tr"),
        P(
            "Kết luận hội thảo, Phó Giám đốc Sở Trần Quốc Bảo đề nghị các đơn vị tiếp tục hoàn thiện quy "
            "chế chi tiêu nội bộ, công khai minh bạch các nguồn thu, nâng cao năng lực lãnh đạo, quản lý "
            "của đội ngũ cán bộ quản lý, đáp ứng yêu cầu đổi mới giáo dục."
        ),
        byline_right("Phòng Tổ chức cán bộ"),
    ],
    authors=["Phòng Tổ chức cán bộ"],
    opts={
        "loc": 648,
        "short": "Hội thảo quản trị trường học theo hướng tự chủ",
        "date_html": date_fallback("2026-10-21"),
        "meta": "Cập nhật lúc 08:47 - 22/10/2026",
        "poster": "bientap01",
    },
)

B1 = Story(
    id=4866,
    slug="ngay-hoi-be-vui-khoe-be-tu-tin-cap-tinh-nam-2026",
    title="Ngày hội “Bé vui khỏe - Bé tự tin” cấp tỉnh năm 2026 thu hút gần 400 trẻ mầm non tham gia",
    cat="mnth",
    published_at="2026-12-02T10:05:00+07:00",
    summary=(
        "Trong hai ngày 28 và 29/11, tại Nhà thi đấu tỉnh, Sở GD&ĐT phối hợp với Công đoàn ngành tổ "
        "chức Ngày hội “Bé vui khỏe - Bé tự tin” cấp tỉnh năm 2026 dành cho trẻ mẫu giáo 5 - 6 tuổi."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham gia ngày hội có 38 đội đến từ các trường mầm non, mẫu giáo trên địa bàn toàn tỉnh với "
            "gần 400 trẻ. Các bé tham gia các phần thi: đồng diễn thể dục nhịp điệu, vận động theo nhạc, "
            "trò chơi dân gian và thể hiện tài năng."
        ),
        Img(
            storage(20866, "dong-dien-the-duc-nhip-dieu"),
            "Màn đồng diễn thể dục nhịp điệu của các bé Trường Mầm non Hoa Sen.",
            "Màn đồng diễn thể dục nhịp điệu của các bé Trường Mầm non Hoa Sen.",
            "table",
        ),
        P(
            "Ngày hội nhằm tạo sân chơi bổ ích, giúp trẻ phát triển thể chất, mạnh dạn, tự tin trong "
            "giao tiếp; đồng thời là dịp để giáo viên các trường giao lưu, học hỏi kinh nghiệm tổ chức "
            "hoạt động giáo dục phát triển vận động cho trẻ."
        ),
        Img(
            storage(20867, "tro-choi-dan-gian-keo-co"),
            "Các bé hào hứng tham gia trò chơi dân gian “Kéo co”.",
            "Các bé hào hứng tham gia trò chơi dân gian “Kéo co”.",
            "table",
        ),
        P(
            "Kết quả, Ban tổ chức đã trao 1 giải Nhất, 3 giải Nhì, 5 giải Ba và 8 giải Khuyến khích cho "
            "các đội. Giải Nhất thuộc về đội Trường Mầm non Sơn Ca (phường Pleiku)."
        ),
        Raw('<p style="text-align: right;"><strong><em>Tin: Thu Hà - Ảnh: Quốc Khánh</em></strong></p>'),
    ],
    authors=["Thu Hà"],
    photographers=["Quốc Khánh"],
    opts={
        "loc": 699,
        "short": "Ngày hội “Bé vui khỏe - Bé tự tin” cấp tỉnh 2026",
        "date_html": date_thu("2026-12-02", "10:05"),
        "meta": "Cập nhật lúc 10:31 - 02/12/2026",
        "poster": "bientap02",
    },
)

B2 = Story(
    id=4742,
    slug="tap-huan-nang-cao-nang-luc-day-hoc-tieng-viet-cho-hoc-sinh-dtts-lop-1",
    title="Tập huấn nâng cao năng lực dạy học Tiếng Việt cho học sinh dân tộc thiểu số lớp 1",
    cat="mnth",
    published_at="2026-10-30",
    blocks=[
        P(
            "Từ ngày 27 đến 29/10/2026, Sở GD&ĐT tổ chức lớp tập huấn nâng cao năng lực dạy học Tiếng "
            "Việt cho học sinh dân tộc thiểu số lớp 1 dành cho 120 giáo viên tiểu học đang trực tiếp "
            "giảng dạy tại các xã vùng đồng bào dân tộc thiểu số."
        ),
        P(
            "Nội dung tập huấn tập trung vào các phương pháp dạy học Tiếng Việt như ngôn ngữ thứ hai; kỹ "
            "thuật tổ chức hoạt động tăng cường tiếng Việt cho trẻ trước khi vào lớp 1; sử dụng song ngữ "
            "Jrai - Việt, Bahnar - Việt trong những tuần đầu của năm học."
        ),
        P(
            "Giáo viên được thực hành thiết kế bài dạy, dự giờ minh họa và chia sẻ kinh nghiệm tổ chức "
            "các trò chơi học tập giúp học sinh mạnh dạn giao tiếp bằng tiếng Việt."
        ),
        P(
            "Qua đợt tập huấn, đội ngũ giáo viên được trang bị thêm kiến thức, kỹ năng cần thiết, góp "
            "phần nâng cao chất lượng dạy học, giảm tỷ lệ học sinh lưu ban ở lớp 1 vùng đồng bào dân "
            "tộc thiểu số."
        ),
        byline_right("Phòng GDMN-GDTH"),
    ],
    authors=["Phòng GDMN-GDTH"],
    opts={
        "loc": 651,
        "short": "Tập huấn dạy Tiếng Việt cho học sinh DTTS lớp 1",
        "date_html": date_ezdate("2026-10-30"),
        "meta": "Cập nhật lúc 15:16 - 30/10/2026",
        "poster": "bientap03",
        "nfd": True,
    },
)

C2_SLUG = "hon-1-200-thi-sinh-tham-du-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027"
C2_OLD = "/tin-tuc/giao-duc-trung-hoc/hon-1200-thi-sinh-du-thi-hsg-lop-12"

C1 = Story(
    id=4869,
    slug="cong-bo-ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
    title="Công bố kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
    cat="gdth",
    published_at="2026-12-03T16:45:00+07:00",
    summary=(
        "Sở GD&ĐT vừa ban hành quyết định công nhận kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 "
        "năm học 2026 - 2027. Toàn tỉnh có 587 thí sinh đạt giải, chiếm 47,5% tổng số thí sinh dự thi."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Kỳ thi được tổ chức trong hai ngày 21 và 22/11/2026 với 1.236 thí sinh dự thi 11 môn: Toán, "
            "Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Giáo dục kinh tế "
            "và pháp luật, Công nghệ."
        ),
        P("Kết quả cụ thể như sau:"),
        P("Giải | Số lượng | Tỷ lệ", "th"),
        P("Nhất | 38 | 3,1%", "tr"),
        P("Nhì | 127 | 10,3%", "tr"),
        P("Ba | 196 | 15,9%", "tr"),
        P("Khuyến khích | 226 | 18,3%", "tr"),
        P(
            "Đơn vị có nhiều học sinh đạt giải nhất là Trường THPT chuyên Hùng Vương với 102 giải, trong "
            "đó có 21 giải Nhất; tiếp theo là Trường THPT chuyên Lê Quý Đôn với 95 giải."
        ),
        P(
            "Căn cứ kết quả kỳ thi, Sở GD&ĐT sẽ tổ chức kỳ thi chọn đội tuyển dự thi chọn học sinh giỏi "
            "quốc gia năm 2027 vào cuối tháng 12/2026."
        ),
        Raw(
            f'<p><strong>Xem thêm:</strong> <a href="{C2_OLD}">Hơn 1.200 thí sinh tham dự Kỳ thi chọn học '
            "sinh giỏi cấp tỉnh lớp 12</a></p>"
        ),
    ],
    authors=["Phòng Quản lý chất lượng"],
    opts={
        "loc": 700,
        "short": "Kết quả thi học sinh giỏi cấp tỉnh lớp 12",
        "date_html": date_icu("2026-12-03", "16:45"),
        "meta": "Cập nhật lúc 08:10 - 04/12/2026",
        "poster": "bientap03",
        "ezauthor": ["Phòng Quản lý chất lượng"],
        "tags": ["thi-hoc-sinh-gioi"],
        "attach": ("/content/download/4869/23845/file/DS-dat-giai-HSG12-2026.pdf", "DS-dat-giai-HSG12-2026.pdf", "486.2 kB"),
    },
)

C2 = Story(
    id=4836,
    slug=C2_SLUG,
    title="Hơn 1.200 thí sinh tham dự Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
    cat="gdth",
    published_at="2026-11-21T11:30:00+07:00",
    summary=(
        "Sáng 21/11, hơn 1.200 thí sinh là học sinh lớp 12 của 52 trường THPT, trung tâm GDNN-GDTX "
        "trong tỉnh bước vào Kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2026 - 2027."
    ),
    blocks=[
        Img(
            storage(20836, "thi-sinh-lam-thu-tuc-du-thi"),
            "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT chuyên Hùng Vương.",
            "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT chuyên Hùng Vương.",
            "field",
        ),
        P(
            "Sáng 21/11, hơn 1.200 thí sinh là học sinh lớp 12 của 52 trường THPT, trung tâm GDNN-GDTX "
            "trong tỉnh bước vào Kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2026 - 2027.",
            "bold",
        ),
        P(
            "Kỳ thi diễn ra trong hai ngày 21 và 22/11/2026 tại 3 điểm thi: Trường THPT chuyên Hùng "
            "Vương, Trường THPT chuyên Lê Quý Đôn và Trường THPT Pleiku. Thí sinh dự thi 11 môn, thời "
            "gian làm bài 180 phút/môn."
        ),
        Img(
            storage(20837, "kiem-tra-coi-thi-thpt-pleiku"),
            "Phó Giám đốc Sở Trần Quốc Bảo kiểm tra công tác coi thi tại Trường THPT Pleiku.",
            "Phó Giám đốc Sở Trần Quốc Bảo kiểm tra công tác coi thi tại Trường THPT Pleiku.",
            "ezstyle",
        ),
        P(
            "Để kỳ thi diễn ra nghiêm túc, an toàn, Sở GD&ĐT đã thành lập các đoàn thanh tra, giám sát; "
            "bố trí camera giám sát tại các phòng thi và khu vực bảo quản đề thi; phối hợp với Công an "
            "tỉnh bảo đảm an ninh, trật tự tại các điểm thi."
        ),
        Img(
            storage(20838, "thi-sinh-mon-tin-hoc"),
            "(Thí sinh môn Tin học làm bài thi trên máy tính.)",
            "Thí sinh môn Tin học làm bài thi trên máy tính.",
            "figcap",
        ),
        P(
            "Kết thúc buổi thi đầu tiên, các điểm thi đều bảo đảm đúng quy chế, không có thí sinh vi "
            "phạm. Kết quả kỳ thi dự kiến được công bố trước ngày 05/12/2026."
        ),
        byline_right("Tin, ảnh: Đức Thịnh"),
    ],
    authors=["Đức Thịnh"],
    photographers=["Đức Thịnh"],
    opts={
        "loc": 684,
        "short": "Hơn 1.200 thí sinh dự thi học sinh giỏi lớp 12",
        "date_html": date_thu("2026-11-21", "11:30"),
        "meta": "Cập nhật lúc 17:22 - 22/11/2026",
        "poster": "bientap02",
        "lazy": True,
        "tags": ["thi-hoc-sinh-gioi"],
        "old_alias": C2_OLD,
    },
)

C3 = Story(
    id=4801,
    slug="truong-thpt-chuyen-hung-vuong-to-chuc-ngay-hoi-stem-nam-2026",
    title="Trường THPT chuyên Hùng Vương tổ chức Ngày hội STEM năm 2026",
    cat="gdth",
    published_at="2026-11-14",
    blocks=[
        P(
            "Ngày 13/11/2026, Trường THPT chuyên Hùng Vương tổ chức Ngày hội STEM năm 2026 với chủ đề "
            "“Sáng tạo vì cộng đồng”, thu hút hơn 1.500 học sinh tham gia."
        ),
        Img(
            storage(20801, "mo-hinh-tuoi-nuoc-tu-dong"),
            "Học sinh giới thiệu mô hình hệ thống tưới nước tự động cho vườn cà phê.",
            "Học sinh giới thiệu mô hình hệ thống tưới nước tự động cho vườn cà phê.",
            "ezstyle",
        ),
        P(
            "Ngày hội có 42 gian trưng bày sản phẩm STEM do học sinh các lớp tự thiết kế, chế tạo như: "
            "robot phân loại rác, máy lọc nước mini sử dụng năng lượng mặt trời, hệ thống cảnh báo cháy "
            "rừng, ứng dụng nhận diện sâu bệnh trên cây hồ tiêu…"
        ),
        Img(storage(20802, "IMG_20261113_083412"), None, None, "bare"),
        P(
            "Bên cạnh khu trưng bày, nhà trường còn tổ chức các hoạt động trải nghiệm như bắn tên lửa "
            "nước, lắp ráp mạch điện, thử thách cầu giấy chịu lực, thu hút đông đảo học sinh tham gia."
        ),
        Img(
            storage(20803, "ban-ten-lua-nuoc"),
            "Tiết mục bắn tên lửa nước của học sinh khối 10.",
            "Tiết mục bắn tên lửa nước của học sinh khối 10.",
            "figcap",
        ),
        P(
            "Ngày hội STEM là hoạt động thường niên nhằm khơi dậy niềm đam mê khoa học, rèn luyện kỹ "
            "năng làm việc nhóm, tư duy phản biện và khả năng vận dụng kiến thức vào giải quyết các vấn "
            "đề thực tiễn của học sinh."
        ),
    ],
    authors=["Nguyễn Thị Thanh Tâm"],
    opts={
        "loc": 676,
        "short": "Ngày hội STEM tại Trường THPT chuyên Hùng Vương",
        "date_html": date_ezdate("2026-11-14"),
        "meta": "Cập nhật lúc 09:12 - 16/11/2026",
        "poster": "bientap01",
        "ezauthor": ["Nguyễn Thị Thanh Tâm (Trường THPT chuyên Hùng Vương)"],
    },
)

C4 = Story(
    id=4717,
    slug="nang-cao-chat-luong-giao-duc-huong-nghiep-va-dinh-huong-phan-luong-hoc-sinh-sau-thcs",
    title="Nâng cao chất lượng giáo dục hướng nghiệp và định hướng phân luồng học sinh sau trung học cơ sở",
    cat="gdth",
    published_at="2026-10-16",
    summary=(
        "Giáo dục hướng nghiệp và phân luồng học sinh sau trung học cơ sở là khâu then chốt để phát "
        "triển nguồn nhân lực, đáp ứng yêu cầu phát triển kinh tế - xã hội của tỉnh trong giai đoạn mới."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Nghị quyết Đại hội XIII của Đảng xác định phải phát triển giáo dục nghề nghiệp theo hướng "
            "mở, linh hoạt, gắn với nhu cầu của thị trường lao động.",
            "sup@XIII@1",
        ),
        P(
            "Thực hiện Đề án “Giáo dục hướng nghiệp và định hướng phân luồng học sinh trong giáo dục phổ "
            "thông giai đoạn 2018 - 2025”, tỷ lệ học sinh sau tốt nghiệp THCS đi học giáo dục nghề nghiệp "
            "của tỉnh đạt khoảng 28%, chưa đạt mục tiêu đề ra.[1]"
        ),
        P("Một số giải pháp trọng tâm", "h3"),
        P(
            "Thứ nhất, đổi mới nội dung, phương thức giáo dục hướng nghiệp gắn với chương trình giáo dục "
            "phổ thông 2018, tăng cường hoạt động trải nghiệm, tham quan doanh nghiệp, cơ sở sản xuất."
        ),
        P(
            "Thứ hai, nâng cao năng lực đội ngũ giáo viên làm công tác tư vấn hướng nghiệp; mỗi trường "
            "THCS bố trí ít nhất một giáo viên được bồi dưỡng chuyên sâu về tư vấn nghề nghiệp.[2]"
        ),
        P(
            "Thứ ba, tăng cường phối hợp giữa nhà trường, gia đình và các cơ sở giáo dục nghề nghiệp trong "
            "việc tư vấn, định hướng cho học sinh lựa chọn con đường phù hợp với năng lực, sở thích và "
            "hoàn cảnh."
        ),
        Raw('<hr style="width:30%;margin-left:0" />'),
        P("Chú thích:", "bold"),
        P(
            "1. Đảng Cộng sản Việt Nam, Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb Chính trị "
            "quốc gia Sự thật, Hà Nội, 2021, tập I.",
            "note@1",
        ),
        P("Tài liệu tham khảo", "bold"),
        P("[1] Sở GD&ĐT, Báo cáo tổng kết năm học 2025 - 2026."),
        P(
            "[2] Bộ GD&ĐT, Chương trình giáo dục phổ thông tổng thể (ban hành kèm theo Thông tư số "
            "32/2018/TT-BGDĐT)."
        ),
    ],
    authors=["Phạm Văn Long"],
    opts={
        "loc": 640,
        "short": "Nâng cao chất lượng giáo dục hướng nghiệp, phân luồng",
        "date_html": date_ezdate("2026-10-16"),
        "meta": "Cập nhật lúc 16:58 - 19/10/2026",
        "poster": "bientap03",
        "ezauthor": ["TS. Phạm Văn Long, Phó Trưởng phòng GDTrH"],
    },
)

D1 = Story(
    id=4845,
    slug="trien-khai-so-diem-dien-tu-hoc-ba-so-trong-cac-co-so-giao-duc-pho-thong",
    title=(
        "Triển khai sổ điểm điện tử, học bạ số trong các cơ sở giáo dục phổ thông: "
        "Bảo đảm đồng bộ, an toàn dữ liệu"
    ),
    cat="cds",
    published_at="2026-11-20T14:00:00+07:00",
    summary=(
        "Năm học 2026 - 2027, 100% trường trung học phổ thông và 85% trường tiểu học, trung học cơ sở "
        "trên địa bàn tỉnh triển khai sổ điểm điện tử, học bạ số, góp phần giảm áp lực hồ sơ sổ sách "
        "cho giáo viên."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            storage(20845, "so-diem-dien-tu-thcs-nguyen-du"),
            "(Giáo viên Trường THCS Nguyễn Du cập nhật điểm số trên sổ điểm điện tử.)",
            "Giáo viên Trường THCS Nguyễn Du cập nhật điểm số trên sổ điểm điện tử.",
            "field",
        ),
        P(
            "Thực hiện Thông tư số 22/2021/TT-BGDĐT và hướng dẫn của Bộ GD&ĐT về triển khai học bạ số, Sở "
            "GD&ĐT đã ban hành kế hoạch triển khai theo lộ trình, ưu tiên các đơn vị đã có hạ tầng công "
            "nghệ thông tin đáp ứng yêu cầu."
        ),
        P(
            "Để bảo đảm an toàn dữ liệu, các đơn vị thực hiện ký số học bạ bằng chữ ký số chuyên dùng; dữ "
            "liệu được lưu trữ tập trung trên hệ thống cơ sở dữ liệu ngành và đồng bộ với Cơ sở dữ liệu "
            "quốc gia về dân cư."
        ),
        P(
            "Theo thầy Đặng Minh Quân, Hiệu trưởng Trường THCS Nguyễn Du, việc sử dụng sổ điểm điện tử "
            "giúp giáo viên tiết kiệm thời gian tổng hợp điểm, phụ huynh có thể theo dõi kết quả học tập "
            "của con em mọi lúc, mọi nơi qua ứng dụng trên điện thoại."
        ),
        P(
            "Trong thời gian tới, Sở GD&ĐT tiếp tục tổ chức tập huấn cho cán bộ quản lý, giáo viên; hoàn "
            "thiện quy trình lưu trữ, khai thác học bạ số, phấn đấu đến hết năm học 2026 - 2027, 100% cơ "
            "sở giáo dục phổ thông triển khai học bạ số."
        ),
    ],
    authors=["Hoàng Yến"],
    opts={
        "loc": 687,
        "extra_loc": (688, "hds"),
        "short": "Triển khai sổ điểm điện tử, học bạ số",
        "date_html": date_icu("2026-11-20", "14:00"),
        "meta": "Cập nhật lúc 07:55 - 23/11/2026",
        "poster": "bientap02",
        "ezauthor": ["Hoàng Yến"],
        "tags": ["chuyen-doi-so"],
    },
)

E1_SUBJECT = "Về việc xét tặng danh hiệu Nhà giáo Nhân dân, Nhà giáo Ưu tú lần thứ 17 năm 2027"

E1 = Story(
    id=4861,
    slug="thong-bao-ve-viec-xet-tang-danh-hieu-nha-giao-nhan-dan-nha-giao-uu-tu-lan-thu-17",
    title="Thông báo về việc xét tặng danh hiệu Nhà giáo Nhân dân, Nhà giáo Ưu tú lần thứ 17 năm 2027",
    cat="tb",
    published_at="2026-11-30",
    blocks=[
        Raw(
            '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;">\n<tbody>\n<tr>\n'
            '<td style="width:40%;text-align:center;vertical-align:top;">UBND TỈNH GIA LAI<br />'
            "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 3187/TB-SGDĐT</td>\n"
            '<td style="width:60%;text-align:center;vertical-align:top;"><strong>CỘNG HÒA XÃ HỘI CHỦ '
            "NGHĨA VIỆT NAM</strong><br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
            "<em>Gia Lai, ngày 30 tháng 11 năm 2026</em></td>\n</tr>\n</tbody>\n</table>"
        ),
        Raw(
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>\n'
            f'<p style="text-align: center;"><strong>{esc(E1_SUBJECT)}</strong></p>'
        ),
        P("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
        P(
            "Căn cứ Nghị định số 35/2024/NĐ-CP ngày 02 tháng 4 năm 2024 của Chính phủ quy định việc xét "
            "tặng danh hiệu “Nhà giáo Nhân dân”, “Nhà giáo Ưu tú”;"
        ),
        P(
            "Sở Giáo dục và Đào tạo thông báo đến các cơ sở giáo dục trực thuộc và Ủy ban nhân dân các "
            "xã, phường một số nội dung như sau:"
        ),
        P(
            "1. Đối tượng xét tặng: nhà giáo đang giảng dạy, nhà giáo làm công tác quản lý giáo dục, quản "
            "lý nhà nước về giáo dục có đủ tiêu chuẩn theo quy định tại Nghị định số 35/2024/NĐ-CP."
        ),
        P(
            "2. Hồ sơ đề nghị gồm: bản khai thành tích cá nhân có xác nhận của thủ trưởng đơn vị; biên bản "
            "họp Hội đồng xét tặng cấp cơ sở; các minh chứng kèm theo."
        ),
        P(
            "3. Thời gian nhận hồ sơ: từ ngày 01/12/2026 đến hết ngày 25/12/2026 tại Phòng Tổ chức cán "
            "bộ, Sở GD&ĐT (phòng 204, tầng 2)."
        ),
        P(
            "Đề nghị thủ trưởng các đơn vị triển khai đến toàn thể nhà giáo thuộc đơn vị quản lý và gửi "
            "hồ sơ đúng thời hạn quy định./."
        ),
        Raw(
            '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;">\n<tbody>\n<tr>\n'
            '<td style="width:50%;vertical-align:top;"><strong><em>Nơi nhận:</em></strong><br />'
            "- Như trên;<br />- Giám đốc Sở (b/c);<br />- Website Sở;<br />- Lưu: VT, TCCB.</td>\n"
            '<td style="width:50%;text-align:center;vertical-align:top;"><strong>KT. GIÁM ĐỐC<br />'
            "PHÓ GIÁM ĐỐC</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Lê Văn Thành</strong>"
            "</td>\n</tr>\n</tbody>\n</table>"
        ),
    ],
    authors=["Lê Văn Thành"],
    opts={
        "loc": 697,
        "short": "Thông báo xét tặng danh hiệu NGND, NGƯT lần thứ 17",
        "date_html": date_ezdate("2026-12-01"),
        "posted": "2026-12-01",
        "meta": "Cập nhật lúc 09:20 - 01/12/2026",
        "poster": "vanthu.sgd",
        "attach": ("/content/download/4861/23811/file/TB-3187-SGDDT.pdf", "TB-3187-SGDDT.pdf", "312.7 kB"),
    },
)

E2 = Story(
    id=4759,
    slug="thong-bao-thay-doi-dia-diem-tiep-nhan-va-tra-ket-qua-thu-tuc-hanh-chinh",
    title="Thông báo thay đổi địa điểm tiếp nhận và trả kết quả thủ tục hành chính của Sở GD&ĐT",
    cat="tb",
    published_at="2026-11-05T08:00:00+07:00",
    blocks=[
        P(
            "Kể từ ngày 10/11/2026, Bộ phận tiếp nhận và trả kết quả thủ tục hành chính của Sở Giáo dục "
            "và Đào tạo chuyển về làm việc tại Trung tâm Phục vụ hành chính công tỉnh, địa chỉ: số 02 "
            "Trần Phú, phường Quy Nhơn, tỉnh Gia Lai."
        ),
        P(
            "Thời gian tiếp nhận hồ sơ: buổi sáng từ 7 giờ 00 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến "
            "17 giờ 00 các ngày từ thứ Hai đến thứ Sáu (trừ ngày lễ, Tết)."
        ),
        P(
            "Tổ chức, cá nhân có thể nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia hoặc Hệ thống "
            "thông tin giải quyết thủ tục hành chính của tỉnh."
        ),
        P("Mọi thắc mắc xin liên hệ Văn phòng Sở qua số điện thoại 0256.3822.417."),
        P("Sở GD&ĐT trân trọng thông báo./."),
    ],
    opts={
        "loc": 659,
        "short": "Thay đổi địa điểm tiếp nhận hồ sơ TTHC",
        "date_html": date_thu("2026-11-05", "08:00"),
        "meta": "Cập nhật lúc 08:00 - 05/11/2026",
        "poster": "vanthu.sgd",
        "attach": ("/content/download/4759/23590/file/TB-thay-doi-dia-diem-TTHC.pdf", "TB-thay-doi-dia-diem-TTHC.pdf", "215.4 kB"),
    },
)

STORIES = [A1, A2, A3, A4, B1, B2, C1, C2, C3, C4, D1, E1, E2]


def main_path(story: Story) -> str:
    return f"{SECTIONS[story.cat]['path']}/{story.slug}"


def posted(story: Story) -> str:
    return story.opts.get("posted") or (story.published_at or "")[:10]


def locations(story: Story) -> list[tuple[int, str]]:
    """(location id, section key) of each location, the main one first."""
    locs = [(story.opts["loc"], story.cat)]
    if "extra_loc" in story.opts:
        locs.append(story.opts["extra_loc"])
    return locs


def loc_path(story: Story, sec: str) -> str:
    return f"{SECTIONS[sec]['path']}/{story.slug}"


def view_path(story: Story, loc: int, view: str = "full", layout: int = 1) -> str:
    return f"/view/content/{story.id}/{view}/{layout}/{loc}"


def first_image(story: Story) -> str | None:
    return story.images[0].src if story.images else None


# --- listings: the sub-items of each section, newest first ----------------------------------

EXT_LINK = {
    "kind": "link",
    "title": "Báo Gia Lai: Ngành Giáo dục đẩy mạnh chuyển đổi số trong dạy học và quản lý",
    "href": "https://baogialai.com.vn/nganh-giao-duc-day-manh-chuyen-doi-so-post338412.html",
    "day": "2026-11-18",
}
STEM_FILE = {
    "kind": "file",
    "title": "Kế hoạch tổ chức Ngày hội STEM cấp tỉnh năm 2026",
    "href": "/content/download/4797/23702/file/KH-STEM-2026.pdf",
    "day": "2026-11-12",
}


def section_items(sec: str) -> list[dict]:
    items: list[dict] = []
    for story in STORIES:
        for loc, where in locations(story):
            if where == sec:
                items.append({"kind": "story", "story": story, "loc": loc, "day": posted(story)})
    if sec == "hds":
        items.append(EXT_LINK)
    if sec == "gdth":
        items.append(STEM_FILE)
    items.sort(key=lambda it: it["day"], reverse=True)
    return items


def siblings(story: Story, sec: str, n: int = 2) -> list[dict]:
    others = [it for it in section_items(sec) if it["kind"] == "story" and it["story"] is not story]
    return others[:n]


def item_href(item: dict) -> str:
    if item["kind"] == "story":
        return loc_path(item["story"], next(s for loc, s in locations(item["story"]) if loc == item["loc"]))
    return item["href"]


# --- chrome --------------------------------------------------------------------------------

FRAGMENT_HASH = "qK3s0Yx9bVw1T2mZp8rLhE4nA6uJcD7fGi5oWyXzB0k%3D"
FRAGMENT_PATH = (
    "_format%3Dhtml%26_locale%3Dvi%26_controller%3DApp%255CController%255CTinXemNhieuController"
    "%253A%253AkhoiAction%26limit%3D5"
)
FRAGMENT_TARGET = f"/_fragment?_hash={FRAGMENT_HASH}&_path={FRAGMENT_PATH}"

MENU = [
    ("/", "Trang chủ", []),
    (
        "javascript:void(0);",
        "Giới thiệu",
        [("/gioi-thieu/chuc-nang-nhiem-vu", "Chức năng, nhiệm vụ"), ("/gioi-thieu/lanh-dao-so", "Lãnh đạo Sở")],
    ),
    ("/tin-tuc", "Tin tức", [(SECTIONS[s]["path"], SECTIONS[s]["name"]) for s in NEWS_SECTIONS]),
    ("/thong-bao", "Thông báo", []),
    ("/van-ban", "Văn bản", []),
    ("javascript:void(0);", "Thư viện", [("/thu-vien-anh", "Thư viện ảnh"), ("/video", "Video")]),
    ("https://dichvucong.gialai.gov.vn/", "Dịch vụ công", []),
    ("/lien-he", "Liên hệ", []),
]


def menu_html(active: str) -> str:
    out = ['<nav id="mnu-chinh" class="navbar navbar-expand-lg"><ul class="mc-l1 navbar-nav">']
    for href, label, subs in MENU:
        cls = "mc-it" + (" co-con dropdown" if subs else "") + (" hien-tai" if label == active else "")
        out.append(f'<li class="{cls}"><a class="mc-a" href="{href}">{esc(label)}</a>')
        if subs:
            out.append('<ul class="mc-l2 dropdown-menu">')
            out.extend(f'<li><a href="{h}">{esc(lbl)}</a></li>' for h, lbl in subs)
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul></nav>")
    return "\n".join(out)


def breadcrumb(trail: list[tuple[str | None, str]]) -> str:
    parts = ['<ol class="duong-dan breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">']
    for i, (href, label) in enumerate(trail, 1):
        inner = f'<a itemprop="item" href="{href}"><span itemprop="name">{esc(label)}</span></a>' if href else (
            f'<span itemprop="name">{esc(label)}</span>'
        )
        parts.append(
            f'<li class="breadcrumb-item" itemprop="itemListElement" itemscope '
            f'itemtype="https://schema.org/ListItem">{inner}<meta itemprop="position" content="{i}" /></li>'
        )
    parts.append("</ol>")
    return "".join(parts)


def sidebar() -> str:
    notices = "".join(
        f'<li><a href="{main_path(s)}">{esc(s.opts["short"])}</a> <em>({_d(posted(s)):%d/%m})</em></li>'
        for s in (E1, E2)
    )
    return f"""
<aside class="col-lg-4 cot-phai" id="cot-phai">
  <div class="khoi kh-timkiem">
    <form action="/tim-kiem" method="get" class="frm-tk"><input type="text" name="SearchText" placeholder="Nhập từ khóa..." />
    <button type="submit" class="btn">Tìm</button></form>
  </div>
  <div class="khoi kh-thongbao"><div class="khoi-td">THÔNG BÁO</div>
    <marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><ul>{notices}</ul></marquee>
  </div>
  <div class="khoi kh-xemnhieu"><div class="khoi-td">TIN XEM NHIỀU</div>
    <hx:include src="{esc(FRAGMENT_TARGET)}"><p class="dang-tai">Đang tải...</p></hx:include>
  </div>
  <div class="khoi kh-banner">
    <a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="/assets/images/banner/bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" /></a>
    <a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener"><img src="/assets/images/banner/csdl-nganh.png" alt="Cơ sở dữ liệu ngành" /></a>
    <a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/assets/images/banner/dvc-quoc-gia.png" alt="Dịch vụ công quốc gia" /></a>
  </div>
  <div class="khoi kh-lienket"><div class="khoi-td">LIÊN KẾT WEBSITE</div>
    <select class="form-control" onchange="if(this.value) window.open(this.value)">
      <option value="">-- Chọn liên kết --</option>
      <option value="https://gialai.gov.vn">Cổng TTĐT tỉnh Gia Lai</option>
      <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
      <option value="https://baogialai.com.vn">Báo Gia Lai</option>
      <option value="https://thpt-chuyenhungvuong.gialai.edu.vn">Trường THPT chuyên Hùng Vương</option>
    </select>
  </div>
  <div class="khoi kh-binhchon"><div class="khoi-td">THĂM DÒ Ý KIẾN</div>
    <form action="/binh-chon/gui" method="post" id="frm-bc-12">
      <p>Bạn đánh giá thế nào về Cổng thông tin điện tử Sở GD&amp;ĐT?</p>
      <label><input type="radio" name="bc_12" value="1" /> Rất hữu ích</label><br />
      <label><input type="radio" name="bc_12" value="2" /> Hữu ích</label><br />
      <label><input type="radio" name="bc_12" value="3" /> Bình thường</label><br />
      <input type="hidden" name="_token" value="a4f1c9e07b3d52e8f6a0" />
      <button type="submit" class="btn btn-sm">Bình chọn</button> <a href="javascript:void(0);" onclick="xemKQ(12)">Xem kết quả</a>
    </form>
  </div>
  <div class="khoi kh-thongke"><div class="khoi-td">THỐNG KÊ TRUY CẬP</div>
    <table class="tk-tbl"><tr><td>Đang online:</td><td>37</td></tr><tr><td>Hôm nay:</td><td>1.284</td></tr>
    <tr><td>Tháng này:</td><td>6.917</td></tr><tr><td>Tổng truy cập:</td><td>4.918.302</td></tr></table>
  </div>
</aside>"""


def layout(req: Request, title: str, content: str, *, active: str = "", canonical: str | None = None,
           description: str | None = None, extra_head: str = "", body_class: str = "") -> str:
    base = base_url(req)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    desc = f'<meta name="description" content="{esc(description)}" />\n' if description else ""
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} | {esc(SITE_SHORT)}</title>
{desc}{canon}{extra_head}<link rel="icon" href="/favicon.ico" />
<link rel="stylesheet" href="/build/app.7f3a9c21.css" />
<script src="/build/runtime.2b81e0c4.js" defer></script>
<script src="/build/app.c90d5e17.js" defer></script>
<script src="/assets/js/hinclude.js"></script>
</head>
<body class="sa-site-vi {body_class}">
<div id="hd-top"><div class="container d-flex"><span class="ngay-ht"><i class="fa fa-calendar-o"></i> {TODAY_LINE}</span>
<span class="ml-auto">Đường dây nóng: 0256.3822.417 | <a href="mailto:sgddt@gialai.gov.vn">sgddt@gialai.gov.vn</a></span></div></div>
<header id="khoi-dau"><div class="container">
<a href="/" class="logo"><img src="/assets/images/logo-sgddt.png" alt="Logo Sở GD&amp;ĐT Gia Lai" /></a>
<div class="ten-dv"><span class="tdv-1">UBND TỈNH GIA LAI</span><span class="tdv-2">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div>
</div></header>
<div class="container">{menu_html(active)}</div>
<main id="noi-dung" class="container"><div class="row">
<div class="col-lg-8 cot-trai">
{content}
</div>
{sidebar()}
</div></main>
<footer id="chan-trang"><div class="container">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH GIA LAI</strong></p>
<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Gia Lai</p>
<p>Địa chỉ: Số 122 Lê Lợi, phường Quy Nhơn, tỉnh Gia Lai - Điện thoại: 0256.3822.417 - Fax: 0256.3822.418</p>
<p>Email: <a href="mailto:sgddt@gialai.gov.vn">sgddt@gialai.gov.vn</a> - Chịu trách nhiệm chính: Nguyễn Thị Minh Hà, Giám đốc Sở</p>
<p>Giấy phép số 15/GP-TTĐT ngày 12/3/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai</p>
<p class="ban-quyen">© 2026 Sở GD&amp;ĐT Gia Lai. Ghi rõ nguồn khi phát hành lại thông tin từ website này. Phát triển trên nền tảng Ibexa DXP.</p>
<div class="mxh"><a href="https://www.facebook.com/sogddtgialai" target="_blank">Facebook</a> <a href="https://www.youtube.com/@sogddtgialai" target="_blank">YouTube</a></div>
</div></footer>
</body>
</html>"""


def page(req: Request, markup: str, *, keys: str = "", status: int = 200) -> Response:
    headers = {"Cache-Control": "public, s-maxage=3600", "Vary": "Cookie"}
    if keys:
        headers["xkey"] = keys
    return html(markup, status=status, headers=headers)


# --- the article ---------------------------------------------------------------------------


def _txt(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def img_tag(story: Story, img: Img) -> str:
    alt = esc(img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    if story.opts.get("lazy"):
        return (
            f'<img class="lazyload img-fluid" src="/assets/images/blank-1x1.gif" data-src="{img.src}" '
            f'alt="{alt}" width="800" height="533" /><noscript><img src="{img.src}" alt="{alt}" /></noscript>'
        )
    return f'<img class="img-fluid" src="{img.src}" alt="{alt}" width="800" height="533" />'


def render_img(story: Story, img: Img) -> str:
    tag = img_tag(story, img)
    line = _txt(story, img.printed) if img.printed else ""
    if img.style == "figcap":
        return (
            f'<div class="ez-embed-type-image align-center"><figure class="ezimage-field">{tag}'
            f'<figcaption class="ezimage-caption">{line}</figcaption></figure></div>'
        )
    if img.style == "ezstyle":
        return (
            f'<div class="ez-embed-type-image align-center"><figure class="ezimage-field">{tag}</figure></div>\n'
            f'<p class="ezstyle-ghichu_anh" style="text-align:center;"><em>{line}</em></p>'
        )
    if img.style == "credit":
        return (
            f'<div class="ez-embed-type-image align-center"><figure class="ezimage-field">{tag}</figure></div>\n'
            f'<p style="text-align: right;"><em>{line}</em></p>'
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl_anh" style="width:92%;">'
            f'<tbody><tr><td>{tag}</td></tr><tr><td style="text-align:center;"><span style="font-size:12px;">'
            f"<em>{line}</em></span></td></tr></tbody></table>"
        )
    if img.style == "bare":
        return f'<div class="ez-embed-type-image align-center"><figure class="ezimage-field">{tag}</figure></div>'
    if img.style == "field":
        return (
            f'<figure class="ezimage-field anh-dd">{tag}<figcaption class="anh-dd__cap">{line}</figcaption></figure>'
        )
    raise ValueError(img.style)


def render_p(story: Story, p: P) -> str:
    body = _txt(story, p.text)
    if p.style == "nbsp":
        body = body.replace(". ", ".&nbsp; ").replace(", ", ",&nbsp;")
    if p.style.startswith("sup@"):
        _, word, num = p.style.split("@")
        body = body.replace(word, f'{word}<sup><a href="#ghichu{num}" id="goc{num}">{num}</a></sup>', 1)
    if p.style.startswith("note@"):
        num = p.style.split("@")[1]
        return f'<p id="ghichu{num}" style="font-size:13px;"><a href="#goc{num}"></a>{body}</p>'
    if p.style == "bold":
        return f"<p><strong>{body}</strong></p>"
    if p.style in ("h3", "h4"):
        return f"<{p.style}>{body}</{p.style}>"
    if p.style == "quote":
        return (
            '<div class="ez-custom-tag ez-custom-tag--trichdan" data-ezname="trichdan">'
            f'<div class="ez-custom-tag__nd"><p><em>{body}</em></p></div></div>'
        )
    return f'<p style="text-align: justify;">{body}</p>'


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "field")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            out.append(render_img(story, b))
            i += 1
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_txt(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{_txt(story, c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" class="table table-bordered" style="width:100%;">'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
        else:
            lines = [_txt(story, b.text)]
            i += 1
            if not b.style:
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                    lines.append(_txt(story, blocks[i].text))
                    i += 1
            if len(lines) > 1:
                out.append("<p>" + "<br />\n".join(lines) + "</p>")
            else:
                out.append(render_p(story, b))
    return "\n".join(out)


def article_core(story: Story, *, tools: bool, loc: int) -> str:
    lead = "".join(render_img(story, b) for b in story.images if b.style == "field")
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="tomtat ezrichtext-field"><p><strong>{_txt(story, story.summary)}</strong></p></div>'
    authors = ""
    if story.opts.get("ezauthor"):
        lis = "".join(
            f'<li><a href="mailto:toasoan@gialai.edu.vn">{esc(a)}</a></li>' for a in story.opts["ezauthor"]
        )
        authors = f'<div class="tg-bv"><b>Tác giả:</b> <ul class="ezauthor-field list-inline">{lis}</ul></div>'
    attach = ""
    if story.opts.get("attach"):
        href, fname, size = story.opts["attach"]
        attach = (
            '<div class="tep-dk"><i class="fa fa-paperclip"></i> Tệp đính kèm: '
            f'<a class="ezbinaryfile-field" href="{href}">{esc(fname)}</a>&nbsp;({size})</div>'
        )
    toolbar = ""
    if tools:
        toolbar = f"""<div class="cong-cu-bv">
  <a class="cc-fb" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fgialai.edu.vn{main_path(story)}" target="_blank">Chia sẻ</a>
  <a class="cc-zalo" href="https://sp.zalo.me/share_inline?url=https%3A%2F%2Fgialai.edu.vn{main_path(story)}" target="_blank">Zalo</a>
  <a class="cc-in" href="javascript:void(0);" onclick="inBai('{view_path(story, loc, "in_an", 0)}')" title="In bài viết"><i class="fa fa-print"></i> In</a>
  <a href="javascript:void(0);" onclick="coChu(1)">A+</a> <a href="javascript:void(0);" onclick="coChu(-1)">A-</a>
</div>"""
    return f"""<article class="ct-bai-viet" data-content-id="{story.id}" data-location-id="{loc}">
<!-- content #{story.id} / location #{loc} / ct: bai_viet -->
<h1 class="tieu-de-bv">{esc(story.title)}</h1>
<div class="tt-bv">{story.opts["date_html"]} <span class="luot-xem"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span></div>
{toolbar}
{lead}
{sapo}
<div class="ezrichtext-field nd-bv" id="nd-bv-{story.id}">
{render_blocks(story)}
</div>
{authors}
{attach}
<div class="cap-nhat-bv"><span class="cn">{story.opts["meta"]}</span> | <span class="nd">Người đăng: {story.opts["poster"]}</span></div>
</article>"""


TAGS = {"chuyen-doi-so": "chuyển đổi số", "thi-hoc-sinh-gioi": "thi học sinh giỏi"}


def article_page(req: Request, story: Story, loc: int, sec: str) -> Response:
    section = SECTIONS[sec]
    trail: list[tuple[str | None, str]] = [("/", "Trang chủ")]
    if sec != "tb":
        trail.append(("/tin-tuc", "Tin tức"))
    trail.append((section["path"], section["name"]))
    tags = ""
    if story.opts.get("tags"):
        links = ", ".join(f'<a href="/tags/view/{t}">{esc(TAGS[t])}</a>' for t in story.opts["tags"])
        tags = f'<div class="tu-khoa"><i class="fa fa-tags"></i> Từ khóa: {links}</div>'
    others = "".join(
        f'<li><a href="{item_href(it)}">{esc(it["story"].opts["short"])}</a> <span class="ng">({_d(it["day"]):%d/%m/%Y})</span></li>'
        for it in siblings(story, sec)
    )
    content = f"""{breadcrumb(trail)}
{article_core(story, tools=True, loc=loc)}
{tags}
{f'<div class="tin-khac"><div class="tk-td">Các tin khác</div><ul>{others}</ul></div>' if others else ""}"""
    img = first_image(story)
    head = (
        f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(story.opts["short"])}" />\n'
        f'<meta property="og:url" content="{base_url(req)}{main_path(story)}" />\n'
    )
    if img:
        head += f'<meta property="og:image" content="{base_url(req)}{img.replace("/large/", "/og_image/")}" />\n'
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    markup = layout(
        req,
        story.title,
        content,
        active="Thông báo" if sec == "tb" else "Tin tức",
        canonical=main_path(story),
        description=first[:155],
        extra_head=head,
        body_class=f"ct-bai_viet loc-{loc}",
    )
    return page(req, markup, keys=f"c{story.id} l{loc} pl{section['loc']}")


def print_page(req: Request, story: Story, loc: int) -> Response:
    markup = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8" /><title>{esc(story.title)}</title>
<link rel="stylesheet" href="/build/in-an.css" /></head>
<body onload="window.print();" class="che-do-in">
<div class="in-dau"><img src="/assets/images/logo-sgddt.png" alt="" /> SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH GIA LAI</div>
{article_core(story, tools=False, loc=loc)}
<div class="in-cuoi">Địa chỉ bài viết: {base_url(req)}{main_path(story)}</div>
</body></html>"""
    return page(req, markup, keys=f"c{story.id} l{loc}")


# --- listings ------------------------------------------------------------------------------


def list_item(item: dict) -> str:
    day = f"{_d(item['day']):%d/%m/%Y}"
    if item["kind"] == "story":
        s = item["story"]
        href = item_href(item)
        img = first_image(s)
        thumb = thumb_of(img) if img else NO_IMAGE
        intro = esc((s.summary or next(b.text for b in s.blocks if isinstance(b, P)))[:180].rsplit(" ", 1)[0]) + "..."
        return f"""<div class="tin-dm row" id="loc-{item['loc']}">
  <div class="col-4"><a href="{href}"><img src="{thumb}" alt="" class="img-fluid" /></a></div>
  <div class="col-8"><h3 class="tin-dm__td"><a href="{href}">{esc(s.opts['short'])}</a></h3>
  <span class="tin-dm__ng"><i class="fa fa-clock-o"></i> {day}</span><p class="tin-dm__mt">{intro}</p></div>
</div>"""
    if item["kind"] == "link":
        return f"""<div class="tin-dm tin-dm--lk row">
  <div class="col-12"><h3 class="tin-dm__td"><a href="{item['href']}" target="_blank" rel="noopener">{esc(item['title'])}</a>
  <i class="fa fa-external-link"></i></h3><span class="tin-dm__ng">{day}</span></div>
</div>"""
    return f"""<div class="tin-dm tin-dm--tep row">
  <div class="col-12"><h3 class="tin-dm__td"><i class="fa fa-file-pdf-o"></i> <a href="{item['href']}">{esc(item['title'])}</a></h3>
  <span class="tin-dm__ng">{day}</span></div>
</div>"""


def pager(path: str, current: int, pages: int) -> str:
    if pages <= 1:
        return ""
    out = ['<nav class="phan-trang" aria-label="Phân trang"><ul class="pagination">']
    if current > 1:
        out.append('<li class="page-item"><a class="page-link" href="?page=1">« Đầu</a></li>')
        prev = path if current == 2 else f"?page={current - 1}"
        out.append(f'<li class="page-item"><a class="page-link" href="{prev}" rel="prev">‹ Trước</a></li>')
    for n in range(1, pages + 1):
        if n == current:
            out.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
        else:
            href = path if n == 1 else f"?page={n}"
            out.append(f'<li class="page-item"><a class="page-link" href="{href}">{n}</a></li>')
    if current < pages:
        out.append(f'<li class="page-item"><a class="page-link" href="?page={current + 1}" rel="next">Sau ›</a></li>')
        out.append(f'<li class="page-item"><a class="page-link" href="?page={pages}">Cuối »</a></li>')
    out.append("</ul></nav>")
    return "".join(out)


def page_number(req: Request) -> int | None:
    raw = req.params.get("page")
    if raw is None:
        return 1
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def section_page(req: Request, sec: str) -> Response | None:
    n = page_number(req)
    if n is None:
        return None
    section = SECTIONS[sec]
    items = section_items(sec)
    pages = max(1, -(-len(items) // PER_PAGE))
    if n > pages:
        return None
    chunk = items[(n - 1) * PER_PAGE : n * PER_PAGE]
    trail: list[tuple[str | None, str]] = [("/", "Trang chủ")]
    if sec != "tb":
        trail.append(("/tin-tuc", "Tin tức"))
    trail.append((None, section["name"]))
    content = f"""{breadcrumb(trail)}
<div class="dm-tin" data-location-id="{section['loc']}">
<h1 class="tde-mucluc">{esc(section['name'])}</h1>
{''.join(list_item(it) for it in chunk)}
{pager(section['path'], n, pages)}
</div>"""
    title = section["name"] + (f" - Trang {n}" if n > 1 else "")
    markup = layout(req, title, content, active="Thông báo" if sec == "tb" else "Tin tức",
                    body_class=f"ct-folder loc-{section['loc']}")
    return page(req, markup, keys=f"c{section['cid']} l{section['loc']}")


def news_landing(req: Request) -> Response:
    blocks = []
    for sec in NEWS_SECTIONS:
        section = SECTIONS[sec]
        items = [it for it in section_items(sec) if it["kind"] == "story"][:3]
        lis = "".join(
            f'<li><a href="{item_href(it)}">{esc(it["story"].opts["short"])}</a> <span>{_d(it["day"]):%d/%m/%Y}</span></li>'
            for it in items
        )
        blocks.append(
            f'<section class="kh-dm"><h2 class="kh-dm__td"><a href="{section["path"]}">{esc(section["name"])}</a></h2>'
            f'<ul>{lis}</ul><a class="xem-tat-ca" href="{section["path"]}">Xem tất cả »</a></section>'
        )
    content = breadcrumb([("/", "Trang chủ"), (None, "Tin tức")]) + '<h1 class="tde-mucluc">Tin tức</h1>' + "".join(blocks)
    return page(req, layout(req, "Tin tức", content, active="Tin tức", body_class="ct-folder loc-519"), keys="c4101 l519")


def tag_page(req: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    stories = sorted((s for s in STORIES if tag in s.opts.get("tags", [])), key=posted, reverse=True)
    items = "".join(
        list_item({"kind": "story", "story": s, "loc": s.opts["loc"], "day": posted(s)}) for s in stories
    )
    content = (
        breadcrumb([("/", "Trang chủ"), (None, f"Từ khóa: {TAGS[tag]}")])
        + f'<h1 class="tde-mucluc">Từ khóa: {esc(TAGS[tag])}</h1><div class="dm-tin">{items}</div>'
    )
    return page(req, layout(req, f"Từ khóa: {TAGS[tag]}", content, body_class="netgen-tags"))


# --- home ----------------------------------------------------------------------------------


def home(req: Request) -> Response:
    slider = []
    for s in (A1, C1, D1):
        href = view_path(s, s.opts["loc"])
        img = first_image(s)
        src = img.replace("/large/", "/slide_760x430/") if img else "/assets/images/slide-mac-dinh.jpg"
        slider.append(
            f'<div class="carousel-item"><a href="{href}"><img src="{src}" alt="" class="d-block w-100" /></a>'
            f'<div class="carousel-caption"><a href="{href}">{esc(s.opts["short"])}</a></div></div>'
        )
    newest = "".join(
        f'<li><a href="{main_path(s)}">{esc(s.opts["short"])}</a> <span class="ng">({_d(posted(s)):%d/%m/%Y})</span></li>'
        for s in (A1, C1, B1, A2, C2, D1)
    )
    sec_blocks = []
    for sec in ("mnth", "gdth"):
        items = [it for it in section_items(sec) if it["kind"] == "story"][:2]
        lis = "".join(f'<li><a href="{item_href(it)}">{esc(it["story"].opts["short"])}</a></li>' for it in items)
        sec_blocks.append(
            f'<div class="col-md-6 kh-pb" data-block-id="b{SECTIONS[sec]["loc"]}"><h2><a href="{SECTIONS[sec]["path"]}">'
            f'{esc(SECTIONS[sec]["name"])}</a></h2><ul>{lis}</ul></div>'
        )
    docs = "".join(
        f'<tr><td><a href="/van-ban/{d["slug"]}">{esc(d["so"])}</a></td><td>{esc(d["trich_yeu"])}</td><td>{d["ngay"]}</td></tr>'
        for d in DOCS
    )
    content = f"""<div class="landing-page__zones"><div data-ibexa-zone-id="z-main">
<div class="kh-pb kh-noibat" data-block-id="b1">
  <div id="slide-noibat" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{''.join(slider)}</div></div>
</div>
<div class="kh-pb kh-tinmoi" data-block-id="b2"><h2 class="kh-pb__td">TIN TỨC - SỰ KIỆN</h2><ul class="ds-tinmoi">{newest}</ul>
  <a href="/tin-tuc" class="xem-tat-ca">Xem tất cả »</a></div>
<div class="row">{''.join(sec_blocks)}</div>
<div class="kh-pb kh-vanban" data-block-id="b5"><h2 class="kh-pb__td"><a href="/van-ban">VĂN BẢN MỚI</a></h2>
  <table class="table"><thead><tr><th>Số/Ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr></thead><tbody>{docs}</tbody></table></div>
<div class="row">
  <div class="col-md-6 kh-pb" data-block-id="b6"><h2><a href="/thu-vien-anh">THƯ VIỆN ẢNH</a></h2>
    <a href="/thu-vien-anh/{ALBUM_SLUG}"><img src="{storage(20901, 'hkpd-01', 'tin_thumb')}" alt="" class="img-fluid" /></a>
    <p><a href="/thu-vien-anh/{ALBUM_SLUG}">Khai mạc Hội khỏe Phù Đổng tỉnh Gia Lai năm 2026</a></p></div>
  <div class="col-md-6 kh-pb" data-block-id="b7"><h2><a href="/video">VIDEO</a></h2>
    <a href="/video/{VIDEO_SLUG}"><img src="/assets/images/video-poster.jpg" alt="" class="img-fluid" /></a>
    <p><a href="/video/{VIDEO_SLUG}">Bản tin Giáo dục Gia Lai tháng 11/2026</a></p></div>
</div>
</div></div>"""
    return page(req, layout(req, "Trang chủ", content, active="Trang chủ", canonical="/",
                            description="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Gia Lai",
                            body_class="ct-landing_page loc-2"), keys="c52 l2")


# --- pages that are not articles -----------------------------------------------------------

DOCS = [
    {
        "slug": "ke-hoach-so-2315-kh-sgddt",
        "so": "2315/KH-SGDĐT",
        "loai": "Kế hoạch",
        "ngay": "28/11/2026",
        "trich_yeu": "Kế hoạch tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "nguoi_ky": "Trần Quốc Bảo",
        "file": "/content/download/5120/23817/file/2315-KH-SGDDT.pdf",
    },
    {
        "slug": "cong-van-so-2298-sgddt-gdtrh",
        "so": "2298/SGDĐT-GDTrH",
        "loai": "Công văn",
        "ngay": "25/11/2026",
        "trich_yeu": "Về việc hướng dẫn tổ chức hoạt động trải nghiệm, hướng nghiệp học kỳ II",
        "nguoi_ky": "Lê Văn Thành",
        "file": "/content/download/5117/23809/file/2298-SGDDT-GDTrH.pdf",
    },
]
ALBUM_SLUG = "khai-mac-hoi-khoe-phu-dong-tinh-gia-lai-nam-2026"
VIDEO_SLUG = "ban-tin-giao-duc-gia-lai-thang-11-2026"

PDFS = {d["file"] for d in DOCS} | {STEM_FILE["href"]} | {s.opts["attach"][0] for s in STORIES if "attach" in s.opts}


def simple_page(req: Request, trail: list[tuple[str | None, str]], title: str, inner: str, active: str = "",
                body_class: str = "") -> Response:
    content = breadcrumb(trail) + inner
    return page(req, layout(req, title, content, active=active, body_class=body_class))


def doc_entry(req: Request, d: dict) -> Response:
    inner = f"""<div class="ct-van-ban"><h1 class="tde-vb">{esc(d['loai'])} số {esc(d['so'])}</h1>
<table class="table table-bordered tt-vb">
<tr><th style="width:30%">Số/Ký hiệu</th><td>{esc(d['so'])}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(d['loai'])}</td></tr>
<tr><th>Ngày ban hành</th><td><span class="ezdate-field">{d['ngay']}</span></td></tr>
<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><th>Trích yếu</th><td>{esc(d['trich_yeu'])}</td></tr>
<tr><th>Người ký</th><td>{esc(d['nguoi_ky'])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a class="ezbinaryfile-field" href="{d['file']}">{d['file'].rsplit('/', 1)[-1]}</a></td></tr>
</table></div>"""
    return simple_page(req, [("/", "Trang chủ"), ("/van-ban", "Văn bản"), (None, d["so"])], f"{d['loai']} số {d['so']}",
                       inner, "Văn bản", "ct-van_ban")


def doc_list(req: Request) -> Response:
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="/van-ban/{d["slug"]}">{esc(d["so"])}</a></td><td>{d["ngay"]}</td>'
        f'<td>{esc(d["trich_yeu"])}</td><td><a href="{d["file"]}"><i class="fa fa-download"></i></a></td></tr>'
        for i, d in enumerate(DOCS, 1)
    )
    inner = f"""<h1 class="tde-mucluc">Văn bản</h1>
<form action="/van-ban" method="get" class="loc-vb form-inline"><input name="tu_khoa" placeholder="Số ký hiệu, trích yếu" />
<select name="loai"><option value="">Loại văn bản</option><option value="ke-hoach">Kế hoạch</option><option value="cong-van">Công văn</option></select>
<button type="submit">Lọc</button></form>
<table class="table table-striped ds-vb"><thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>{rows}</tbody></table>"""
    return simple_page(req, [("/", "Trang chủ"), (None, "Văn bản")], "Văn bản", inner, "Văn bản", "ct-folder loc-540")


ALBUM_PHOTOS = [
    ("hkpd-01", "Lễ diễu hành của các đoàn vận động viên."),
    ("hkpd-02", "Màn đồng diễn võ cổ truyền của học sinh Trường THCS Lê Lợi."),
    ("hkpd-03", "Lãnh đạo UBND tỉnh trao cờ lưu niệm cho các đoàn."),
    ("hkpd-04", "Thi đấu môn điền kinh nội dung chạy 100m nữ."),
]


def album_page(req: Request) -> Response:
    photos = "".join(
        f'<div class="col-6 col-md-4 anh-tv"><a href="{storage(20900 + i, n, "large")}" data-fancybox="tv">'
        f'<img src="{storage(20900 + i, n, "tin_thumb")}" alt="{esc(c)}" /></a><p class="anh-tv__cap">{esc(c)}</p></div>'
        for i, (n, c) in enumerate(ALBUM_PHOTOS, 1)
    )
    inner = f"""<div class="ct-album"><h1 class="tde-album">Khai mạc Hội khỏe Phù Đổng tỉnh Gia Lai năm 2026</h1>
<div class="tt-album"><span class="ezdate-field">08/11/2026</span> | 4 ảnh</div>
<div class="row tv-luoi">{photos}</div></div>"""
    return simple_page(req, [("/", "Trang chủ"), ("/thu-vien-anh", "Thư viện ảnh"), (None, "Hội khỏe Phù Đổng 2026")],
                       "Khai mạc Hội khỏe Phù Đổng tỉnh Gia Lai năm 2026", inner, "Thư viện", "ct-album")


def album_list(req: Request) -> Response:
    inner = f"""<h1 class="tde-mucluc">Thư viện ảnh</h1><div class="row">
<div class="col-md-6"><a href="/thu-vien-anh/{ALBUM_SLUG}"><img src="{storage(20901, 'hkpd-01', 'tin_thumb')}" alt="" /></a>
<p><a href="/thu-vien-anh/{ALBUM_SLUG}">Khai mạc Hội khỏe Phù Đổng tỉnh Gia Lai năm 2026</a> (4 ảnh)</p></div></div>"""
    return simple_page(req, [("/", "Trang chủ"), (None, "Thư viện ảnh")], "Thư viện ảnh", inner, "Thư viện", "ct-folder")


def video_page(req: Request) -> Response:
    inner = """<div class="ct-video"><h1 class="tde-video">Bản tin Giáo dục Gia Lai tháng 11/2026</h1>
<div class="tt-video"><span class="ezdate-field">30/11/2026</span></div>
<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item"
 src="https://www.youtube-nocookie.com/embed/Qx7pL2m9KfA" title="Bản tin Giáo dục tháng 11/2026" allowfullscreen></iframe></div>
<div class="mo-ta ezrichtext-field"><p>Bản tin tổng hợp các hoạt động nổi bật của ngành Giáo dục và Đào tạo Gia Lai trong
tháng 11/2026: kỷ niệm Ngày Nhà giáo Việt Nam, Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12, Hội khỏe Phù Đổng.</p></div></div>"""
    return simple_page(req, [("/", "Trang chủ"), ("/video", "Video"), (None, "Bản tin tháng 11/2026")],
                       "Bản tin Giáo dục Gia Lai tháng 11/2026", inner, "Thư viện", "ct-video")


def video_list(req: Request) -> Response:
    inner = f"""<h1 class="tde-mucluc">Video</h1><ul class="ds-video">
<li><a href="/video/{VIDEO_SLUG}"><img src="/assets/images/video-poster.jpg" alt="" /> Bản tin Giáo dục Gia Lai tháng 11/2026</a></li></ul>"""
    return simple_page(req, [("/", "Trang chủ"), (None, "Video")], "Video", inner, "Thư viện", "ct-folder")


def intro_page(req: Request) -> Response:
    inner = """<div class="ct-trang"><h1 class="tde-trang">Chức năng, nhiệm vụ, quyền hạn</h1>
<div class="ezrichtext-field">
<p style="text-align: justify;">Sở Giáo dục và Đào tạo tỉnh Gia Lai là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng
tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<h3>1. Vị trí và chức năng</h3>
<p style="text-align: justify;">Sở Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý
về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn,
nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>
<h3>2. Nhiệm vụ và quyền hạn</h3>
<ul><li>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch phát triển giáo dục dài hạn, 05 năm và hằng năm.</li>
<li>Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch về giáo dục sau khi được phê duyệt.</li>
<li>Quản lý chất lượng giáo dục; tổ chức các kỳ thi theo quy định.</li></ul>
</div></div>"""
    return simple_page(req, [("/", "Trang chủ"), (None, "Giới thiệu"), (None, "Chức năng, nhiệm vụ")],
                       "Chức năng, nhiệm vụ, quyền hạn", inner, "Giới thiệu", "ct-trang")


LEADERS = [
    ("Nguyễn Thị Minh Hà", "Giám đốc Sở", "0256.3822.400", "lanh-dao-gd"),
    ("Lê Văn Thành", "Phó Giám đốc Sở", "0256.3822.401", "lanh-dao-pgd1"),
    ("Trần Quốc Bảo", "Phó Giám đốc Sở", "0256.3822.402", "lanh-dao-pgd2"),
]


def leaders_page(req: Request) -> Response:
    rows = "".join(
        f'<tr><td><img src="/var/site/storage/images/lanh-dao/{img}.jpg" alt="" width="90" /></td>'
        f"<td><strong>{esc(n)}</strong><br />{esc(p)}</td><td>{ph}</td></tr>"
        for n, p, ph, img in LEADERS
    )
    inner = f"""<div class="ct-trang"><h1 class="tde-trang">Lãnh đạo Sở</h1>
<table class="table tbl-ld"><thead><tr><th></th><th>Họ và tên - Chức vụ</th><th>Điện thoại</th></tr></thead><tbody>{rows}</tbody></table></div>"""
    return simple_page(req, [("/", "Trang chủ"), (None, "Giới thiệu"), (None, "Lãnh đạo Sở")], "Lãnh đạo Sở",
                       inner, "Giới thiệu", "ct-trang")


def contact_page(req: Request) -> Response:
    if req.method == "POST":
        inner = '<div class="alert alert-success">Cảm ơn quý vị đã gửi ý kiến. Văn phòng Sở sẽ phản hồi trong thời gian sớm nhất.</div>'
        return simple_page(req, [("/", "Trang chủ"), (None, "Liên hệ")], "Liên hệ", inner, "Liên hệ")
    inner = """<div class="ct-lienhe"><h1 class="tde-trang">Liên hệ</h1>
<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH GIA LAI</strong></p>
<p>Địa chỉ: Số 122 Lê Lợi, phường Quy Nhơn, tỉnh Gia Lai</p>
<p>Điện thoại: 0256.3822.417 - Fax: 0256.3822.418 - Email: sgddt@gialai.gov.vn</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3875.2" width="100%" height="300" style="border:0"></iframe>
<form action="/lien-he" method="post" class="frm-lh">
<input type="text" name="ho_ten" placeholder="Họ và tên (*)" /><input type="email" name="email" placeholder="Email (*)" />
<input type="text" name="tieu_de" placeholder="Tiêu đề" /><textarea name="noi_dung" rows="5" placeholder="Nội dung"></textarea>
<input type="hidden" name="_token" value="9e0b1d7c4a2f" /><button type="submit" class="btn">Gửi</button></form></div>"""
    return simple_page(req, [("/", "Trang chủ"), (None, "Liên hệ")], "Liên hệ", inner, "Liên hệ", "ct-trang")


def fragment(req: Request) -> Response:
    if req.params.get("_hash") != FRAGMENT_HASH.replace("%3D", "="):
        return Response(403, b"", {"Content-Type": "text/html"})
    lis = "".join(
        f'<li><span class="so">{i}</span><a href="{main_path(s)}">{esc(s.opts["short"])}</a></li>'
        for i, s in enumerate((A1, C2, E1, B1, D1), 1)
    )
    return html(f'<ul class="ds-xemnhieu">{lis}</ul>', headers={"Cache-Control": "private, max-age=300"})


def search_page(req: Request) -> Response:
    q = req.params.get("SearchText", "")
    inner = f"""<h1 class="tde-mucluc">Tìm kiếm</h1><form action="/tim-kiem" method="get"><input name="SearchText" value="{esc(q)}" />
<button type="submit">Tìm</button></form><p class="kq-tk">Không tìm thấy kết quả nào phù hợp với từ khóa “{esc(q)}”.</p>"""
    return simple_page(req, [("/", "Trang chủ"), (None, "Tìm kiếm")], "Tìm kiếm", inner)


ROBOTS = "User-agent: *\nDisallow: /_fragment\nDisallow: /tim-kiem\nDisallow: /binh-chon/\n"


# --- routing -------------------------------------------------------------------------------


class IbexaSite:
    def __init__(self) -> None:
        self.alias: dict[str, tuple[Story, int, str]] = {}
        self.view: dict[str, tuple[Story, int, str]] = {}
        self.print: dict[str, tuple[Story, int]] = {}
        for s in STORIES:
            for loc, sec in locations(s):
                self.alias[loc_path(s, sec)] = (s, loc, sec)
                self.view[view_path(s, loc)] = (s, loc, sec)
                self.print[view_path(s, loc, "in_an", 0)] = (s, loc)
        self.moved = {s.opts["old_alias"]: main_path(s) for s in STORIES if "old_alias" in s.opts}
        self.sections = {SECTIONS[k]["path"]: k for k in SECTIONS}
        self.pages = {
            "/gioi-thieu/chuc-nang-nhiem-vu": intro_page,
            "/gioi-thieu/lanh-dao-so": leaders_page,
            "/lien-he": contact_page,
            "/van-ban": doc_list,
            "/thu-vien-anh": album_list,
            f"/thu-vien-anh/{ALBUM_SLUG}": album_page,
            "/video": video_list,
            f"/video/{VIDEO_SLUG}": video_page,
            "/tin-tuc": news_landing,
            "/tim-kiem": search_page,
            "/": home,
        }
        for d in DOCS:
            self.pages[f"/van-ban/{d['slug']}"] = lambda req, d=d: doc_entry(req, d)

    def respond(self, req: Request) -> Response | None:
        path = req.path
        if path == "/robots.txt":
            return Response(200, ROBOTS.encode(), {"Content-Type": "text/plain; charset=utf-8"})
        if path in PDFS:
            name = path.rsplit("/", 1)[-1]
            return Response(200, PDF, {"Content-Type": "application/pdf",
                                       "Content-Disposition": f'attachment; filename="{name}"'})
        if path.startswith(("/var/", "/assets/", "/build/", "/bundles/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/binh-chon/gui" and req.method == "POST":
            return redirect("/")
        if path == "/_fragment":
            return fragment(req)
        if path in self.moved:
            target = self.moved[path] + (f"?{req.query}" if req.query else "")
            return Response(301, b"", {"Location": target, "Cache-Control": "max-age=3600"})
        if path in self.alias:
            story, loc, sec = self.alias[path]
            return article_page(req, story, loc, sec)
        if path in self.view:
            story, loc, sec = self.view[path]
            return article_page(req, story, loc, sec)
        if path in self.print:
            story, loc = self.print[path]
            return print_page(req, story, loc)
        if path in self.sections:
            return section_page(req, self.sections[path])
        if path.startswith("/tags/view/"):
            return tag_page(req, path[len("/tags/view/"):])
        handler = self.pages.get(path)
        if handler is not None:
            return handler(req)
        return None


def build_site() -> IbexaSite:
    return IbexaSite()


# --- gold ----------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts: list[str] = []
    for loc, sec in locations(story):
        if loc_path(story, sec) != main_path(story):
            alts.append(loc_path(story, sec))
        alts.append(view_path(story, loc))
        alts.append(view_path(story, loc, "in_an", 0))
    if "old_alias" in story.opts:
        alts.append(story.opts["old_alias"])
    return gold_record(
        story, main_path(story), SECTIONS[story.cat]["name"], canonical_path=main_path(story), alt_paths=alts
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu",
    "/gioi-thieu/lanh-dao-so",
    "/lien-he",
    f"/van-ban/{DOCS[0]['slug']}",
    f"/van-ban/{DOCS[1]['slug']}",
    f"/thu-vien-anh/{ALBUM_SLUG}",
    f"/video/{VIDEO_SLUG}",
]
