"""Phòng GD&ĐT thành phố Pleiku (Gia Lai) on Liferay Portal 6.2 CE, Asset Publisher "table" style.

Platform
--------
Liferay Portal 6.2 CE GA6 (Tomcat bundle) with a local vendor's theme ("pgd-gialai-theme" by
TNSoft: Vietnamese abbreviations in its class names, ``tn-hdr``, ``khung-trai``, ``bx-tde`` …).
The Bootstrap 2 based 6.2 markup is kept: ``portlet-boundary_101_`` wrappers with
``p_p_id_101_INSTANCE_<id>_`` ids, ``breadcrumb breadcrumb-horizontal`` lists with
``<span class="divider">/</span>``, the ``taglib-page-iterator`` / ``lfr-pagination`` pager
(page-selector drop-down "Trang 1 của 2", ``pager lfr-pagination-buttons`` with "Đầu tiên /
Trước / Tiếp theo / Cuối cùng", disabled buttons as ``javascript:;``), the AP's table display
(``table table-bordered table-hover table-striped``, ``thead.table-columns``, ``tbody.table-data``,
columns "Tiêu đề | Ngày xuất bản | Tác giả") and its full-content view (``asset-full-content``,
``taglib-header`` with the back link and ``h3.header-title``, ``asset-content``,
``journal-content-article``, ``asset-ratings``, ``asset-related-assets``, ``asset-metadata``,
``asset-social-bookmarks``, ``taglib-discussion``). Dates as Java's ``vi_VN`` locale prints them
(short "dd/MM/yyyy"; the full pattern "EEEE, 'ngày' dd MMMM 'năm' yyyy" with month names in
words, "tháng mười một"; AM/PM markers "SA"/"CH").

URL scheme
----------
- ``/`` -> 302 ``/web/pgd-pleiku``; the home page answers at ``/web/pgd-pleiku`` (START_PATH) and
  ``/web/pgd-pleiku/trang-chu``.
- Section pages ``/web/pgd-pleiku/<page>`` with one table-style AP each:
  ``tin-tuc-su-kien`` (instance ``Xk4RbT2mQw9L``), ``hoat-dong-chuyen-mon`` (``Pq7ZcN1dHv3E``),
  ``thong-bao`` (``Lm2WfY8sKa5J``). Page n of a listing: the page's path with Liferay's full
  render-URL query ``p_p_id=101_INSTANCE_<id>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&
  p_p_col_id=column-1&p_p_col_count=1&_101_INSTANCE_<id>_delta=5&…&p_r_p_564233524_resetCur=false&
  _101_INSTANCE_<id>_cur=<n>``; 5 rows a page.
- Articles: ``/web/pgd-pleiku/<page>/-/asset_publisher/<id>/content/<url-title>`` (gold path), linked
  from the table with ``?redirect=<the listing's URL, encoded>``; from the home page's "Tin mới"
  AP (abstracts style, instance ``hTr9Qa0Zp1Bc``) as
  ``/web/pgd-pleiku/trang-chu/-/asset_publisher/hTr9Qa0Zp1Bc/content/<url-title>?redirect=…``; from
  the "Tin nổi bật" / "Tin xem nhiều" / "Tin khác" web-content lists as the display page
  ``/web/pgd-pleiku/-/<url-title>``; the print view ``<gold path>?p_p_state=pop_up&
  _101_INSTANCE_<id>_viewMode=print`` (only inside the print script).
- A document asset in the table: ``…/-/asset_publisher/<id>/document/id/<fileEntryId>``; a
  bookmark asset: ``/c/bookmarks/open_entry?entryId=…`` (302 to another host).
- Files: ``/documents/<groupId>/<folderId>/<title>/<uuid>?t=…``, journal images
  ``/image/journal/article?img_id=…&t=…``, theme files ``/pgd-gialai-theme/…``.
- Tomcat URL rewriting: a request without the ``JSESSIONID`` cookie gets ``Set-Cookie`` and every
  portal link on the page carries ``;jsessionid=8C1F0A3E5B7D9264E0A1C3B5D7F90213``; any path
  answers with or without that suffix.

Page templates
--------------
- Home: header, menu with drop-downs, "Tin mới" AP (abstracts: title, small image, description,
  "Xem thêm »"), sidebars ("Tin nổi bật", links, poll, visitor counter), footer.
- Section page: breadcrumb, the table AP with its pager, sidebar "Tin xem nhiều".
- Article (full content in the section page's AP): three kinds of journal content:
  A. structure "Tin tức" with the vendor's Velocity template: kicker ("Tít phụ"), date line,
     sapo box, image field with its caption field, text, byline field, source field, and a hidden
     copy of the description for the share script;
  B. basic web content (CKEditor HTML, byline and source typed in the text); the only date on the
     page is the AP metadata's publish day;
  C. an official notice pasted as a document (letterhead table, Số, place and date, THÔNG BÁO,
     closing table with "Nơi nhận" and the signer).
  Under the content: ratings, related assets, metadata (publish day, "Cập nhật" date-time,
  "Bởi <CMS user>", views), social bookmarks, comments; beside it, "Tin khác".

How each gold article is reached
--------------------------------
Tin tức - Sự kiện (7 rows: 6 articles + 1 bookmark): page 1 TT1..TT4 + bookmark, page 2 only
TT5 and TT6. Hoạt động chuyên môn (6 rows: 5 articles + 1 document): page 1 HD1..HD4 + document,
page 2 only HD5. Thông báo (2 rows): TB1, TB2. TT1, HD1, TB1 are also on the home page's "Tin
mới"; TT2, TT3, HD2 in "Tin nổi bật"; TT4, HD3, TB2 in "Tin xem nhiều"; "Tin khác" names only
page-1 items. TT5, TT6 and HD5 are linked from page 2 of their listing and nowhere else.

Traps
-----
1. Category follows the hosting page (not in the README's list: the category). The home page's
   AP opens TT1, HD1 and TB1 inside the home layout: breadcrumb "Trang chủ" and its own
   canonical ``/web/pgd-pleiku/trang-chu/-/asset_publisher/hTr9Qa0Zp1Bc/content/…`` (Liferay 6.2
   prints each layout's own canonical). Gold: category is the section the article is filed under
   (its table and the display page say "Tin tức - Sự kiện" / "Hoạt động chuyên môn" /
   "Thông báo"); those URLs are alt_paths of the section URL.
2. Rows of the table that are not articles (not in the list: mixed asset types). The AP lists
   every asset type: a document (Kế hoạch … .pdf, full view with "Tải về") whose row looks like
   any other, and a bookmark to Báo Gia Lai that 302s off the host. Gold: the document entry is
   a NON_ARTICLE; the bookmark yields nothing.
3. Two different articles with the same headline (not in the list: false duplicates). "Sinh
   hoạt chuyên môn theo nghiên cứu bài học cụm trường THCS" is printed twice, cụm 1 in October
   (url-title ``…-cum-truong-thcs``, page 2 only) and cụm 3 in November (``…-cum-truong-thcs-1``,
   Liferay's suffix for a taken url-title). Gold: two records, different bodies.
4. A kicker above the headline's text (not in the list: the title). Structure "Tin tức" has a
   "Tít phụ" field printed in capitals between the header title and the date line ("CHÀO MỪNG KỶ
   NIỆM 44 NĂM NGÀY NHÀ GIÁO VIỆT NAM 20/11", "CHUYÊN ĐỀ CẤP THÀNH PHỐ"). Gold: title is the
   ``h3.header-title`` text only; the kicker is neither title nor body.
5. A hidden copy of the sapo inside the content (not in the list: hidden markup). Template A
   writes the description again in ``<div id="ctn-mota-…" style="display:none">`` for its
   Facebook-share script. Gold: the sapo is the body's first paragraph once.
6. Word paste residue inside the text (not in the list: editor residue). TT6 carries
   ``<!--[if gte mso 9]><xml>…`` comments, a ``<style>`` block with ``p.MsoNormal{…}`` and Word
   list paragraphs whose "-" marker sits in ``<span style="mso-list:Ignore">``. Gold: no CSS, no
   comment text, list items without the marker.
7. A soft 404 (not in the list: error pages that answer 200). "Tin nổi bật" still links
   ``/web/pgd-pleiku/-/hoi-nghi-tong-ket-nam-hoc-2025-2026``, deleted since: the display page
   answers 200 with full chrome and "Không tìm thấy nội dung được yêu cầu…". Gold: not an
   article (it is in NON_ARTICLES).
8. The "Tác giả" column and the metadata's "Bởi …" print the CMS account ("Test Test", "Quản
   Trị Viên", "pgd.pleiku"), not the writer (bylines). Gold: authors come from the byline in the
   content only; none when the content signs nothing.
9. Dates (dates): Java's vi_VN formats — "Thứ sáu, ngày 20 tháng mười một năm 2026 - 16:05"
   (month in words) -> 2026-11-20T16:05:00+07:00; "03/12/2026 02:30 CH" -> 14:30; "12/11/2026
   00:00" -> the day; for basic web content only the metadata's publish day "27/11/2026" is
   printed, next to "(Cập nhật: 29/11/2026 08:15)" which is the only time on the page -> the day
   "2026-11-27"; the official notice's letterhead day (30/11) beats the AP's publish day (01/12).
10. One article, many URLs (duplicates): ``redirect=`` values that change with the listing page
    (default page, ``cur=1``, ``cur=2``), the home AP's URLs, the display page ``/-/<url-title>``,
    the print pop-up, ``;jsessionid=`` paths. Gold: one record each, the others in alt_paths.
11. The pager (pagination): page links live in a drop-down menu (``lfr-icon-menu`` whose toggle is
    ``javascript:;``) and in "Tiếp theo"/"Cuối cùng" buttons; the URLs are long portlet render URLs
    (namespaced ``_101_INSTANCE_<id>_cur``). The delta selector is switched off by the vendor.
12. Boundaries of the text: ratings ("Xếp hạng trung bình"), "Nội dung liên quan", metadata, share
    buttons and a reader's comment all sit inside ``asset-full-content``; an attachment line
    "Tải về: …pdf" and a "Xem thêm: …" line inside the text. Gold: none of them is body.
13. Captions: a two-row table (photo, then "(…)" in the second row) -> caption without the
    parentheses; an ``<em>`` after ``<br>`` in the photo's paragraph; a photographer-only line
    "Ảnh: X" -> no caption, X a photographer; the image field's caption field in its own div.
14. Encodings: TT5's text is entity-encoded (``&agrave;``, ``&#7891;``); HD4 was typed in
    decomposed Unicode (NFD, "Unicode tổ hợp"), its title included. Gold: NFC text.

Gold decisions on ambiguous points
----------------------------------
- path is the section page's AP URL without query; canonical_path the same (that page prints it
  as its canonical). Every linked variant (redirect values, home AP, display page, print view,
  jsessionid forms) is listed in alt_paths.
- Template A prints the sapo in its own box: summary = that text, and it is the body's first
  paragraph. TT2's bold lead paragraph is its sapo; other basic contents have no sapo (their
  description exists only in the meta tag and in the home AP's abstract): summary null.
- Template A byline field "Minh Châu - Hồng Nhung" -> two authors; "Tin: Đức Thụy - Ảnh: Bảo Ngọc"
  -> [Đức Thụy], [Bảo Ngọc]; "ThS. Phạm Thị Lan Anh (Chuyên viên Phòng GD&ĐT)" -> Phạm Thị Lan
  Anh; a unit signing alone ("Tổ Khoa học tự nhiên", "Bộ phận Chuyên môn") is the author.
- The notice's letterhead, "THÔNG BÁO", its subject line, "Nơi nhận" and the signature table are
  not body; its signer is the author; its date is the letterhead's day.
- Image field of template A (printed above the text with its caption field) is the article's first
  photo. Image paths keep their query (``?t=…``, ``?img_id=…&t=…``) as printed.
- The kicker is not part of the title nor of the body; the comments are not body.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from urllib.parse import parse_qs, quote

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
    static_file,
    text,
)

NAME = "liferay62_ap_table_pgd"
PLATFORM = "Liferay Portal 6.2 CE, Asset Publisher table display + page iterator, vendor theme"
START_PATH = "/web/pgd-pleiku"

SITE = "/web/pgd-pleiku"
GROUP_ID = 20182
JSID = "8C1F0A3E5B7D9264E0A1C3B5D7F90213"
HOME_AP = "hTr9Qa0Zp1Bc"
THEME = "/pgd-gialai-theme"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5

#: section key -> (friendly page name, printed name, AP instance id, parent crumb)
SECTIONS = {
    "tt": ("tin-tuc-su-kien", "Tin tức - Sự kiện", "Xk4RbT2mQw9L", "Tin tức"),
    "hd": ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn", "Pq7ZcN1dHv3E", "Tin tức"),
    "tb": ("thong-bao", "Thông báo", "Lm2WfY8sKa5J", None),
}

_VI_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
_VI_MONTHS = [
    "tháng một", "tháng hai", "tháng ba", "tháng tư", "tháng năm", "tháng sáu", "tháng bảy",
    "tháng tám", "tháng chín", "tháng mười", "tháng mười một", "tháng mười hai",
]


def java_full_date(day: str) -> str:
    """Java's vi_VN FULL date pattern: "Thứ sáu, ngày 20 tháng mười một năm 2026"."""
    d = _dt.date.fromisoformat(day)
    return f"{_VI_DAYS[d.weekday()]}, ngày {d.day:02d} {_VI_MONTHS[d.month - 1]} năm {d.year}"


# --- the articles -----------------------------------------------------------------------------

TT1 = Story(
    id=48301,
    slug="hoi-nghi-so-ket-3-nam-trien-khai-chuyen-oi-so-trong-cac-truong-hoc-tren-ia-ban-thanh-pho",
    title="Hội nghị sơ kết 3 năm triển khai chuyển đổi số trong các trường học trên địa bàn thành phố",
    cat="tt",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Chiều 3/12, Phòng Giáo dục và Đào tạo thành phố Pleiku tổ chức hội nghị sơ kết 3 năm "
        "triển khai Đề án chuyển đổi số trong ngành giáo dục giai đoạn 2024-2026 và bàn giải "
        "pháp cho giai đoạn tiếp theo."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/image/journal/article?img_id=48307&t=1764746400000",
            printed="Quang cảnh hội nghị sơ kết tại hội trường Phòng GD&ĐT",
            caption="Quang cảnh hội nghị sơ kết tại hội trường Phòng GD&ĐT",
            style="field",
        ),
        P(
            "Tham dự hội nghị có đồng chí Rơ Châm Phơ, Phó Chủ tịch UBND thành phố; lãnh đạo Phòng "
            "GD&ĐT cùng hiệu trưởng, cán bộ phụ trách công nghệ thông tin của 68 trường mầm non, "
            "tiểu học và trung học cơ sở trên địa bàn."
        ),
        P(
            "Theo báo cáo, đến nay 100% trường học đã sử dụng phần mềm quản lý học sinh, sổ điểm "
            "điện tử và học bạ số; 61/68 trường có kết nối internet cáp quang đến từng phòng học; "
            "hơn 92% giáo viên sử dụng thành thạo các phần mềm soạn giảng và kiểm tra trực tuyến."
        ),
        P("Nhiều mô hình hiệu quả", style="b"),
        P(
            "Một số đơn vị đã chủ động xây dựng mô hình “lớp học thông minh”, thư viện điện tử và "
            "hệ thống thu học phí không dùng tiền mặt, tiêu biểu như Trường THCS Nguyễn Du, Trường "
            "Tiểu học Lê Văn Tám, Trường Mầm non Họa Mi."
        ),
        P(
            "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra những khó khăn: thiết bị ở các trường "
            "vùng ven còn thiếu và xuống cấp, một bộ phận giáo viên lớn tuổi còn ngại ứng dụng công "
            "nghệ, kinh phí duy trì phần mềm chưa ổn định."
        ),
        P(
            "Phát biểu chỉ đạo, đồng chí Rơ Châm Phơ đề nghị ngành giáo dục thành phố tiếp tục rà "
            "soát hạ tầng, ưu tiên đầu tư cho các trường vùng đồng bào dân tộc thiểu số và đẩy mạnh "
            "bồi dưỡng kỹ năng số cho đội ngũ."
        ),
        P(
            "Dịp này, Phòng GD&ĐT đã khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc "
            "trong triển khai chuyển đổi số giai đoạn 2024-2026."
        ),
    ],
    authors=["Thanh Tâm"],
    opts={
        "tpl": "A",
        "dateline": "03/12/2026 02:30 CH",
        "byline": "Thanh Tâm",
        "listed": "03/12/2026",
        "modified": "04/12/2026 08:15",
        "cms": "Quản Trị Viên",
        "related": "trao-150-suat-hoc-bong-tiep-suc-en-truong-cho-hoc-sinh-dan-toc-thieu-so",
    },
)

TT2 = Story(
    id=48255,
    slug="trao-150-suat-hoc-bong-tiep-suc-en-truong-cho-hoc-sinh-dan-toc-thieu-so",
    title="Trao 150 suất học bổng “Tiếp sức đến trường” cho học sinh dân tộc thiểu số",
    cat="tt",
    published_at="2026-11-27",
    summary=(
        "Sáng 27/11, Phòng Giáo dục và Đào tạo phối hợp với Hội Khuyến học thành phố Pleiku trao "
        "150 suất học bổng “Tiếp sức đến trường” cho học sinh dân tộc thiểu số có hoàn cảnh khó "
        "khăn, vượt khó học tốt."
    ),
    blocks=[
        P(
            "Sáng 27/11, Phòng Giáo dục và Đào tạo phối hợp với Hội Khuyến học thành phố Pleiku trao "
            "150 suất học bổng “Tiếp sức đến trường” cho học sinh dân tộc thiểu số có hoàn cảnh khó "
            "khăn, vượt khó học tốt.",
            style="lead",
        ),
        P(
            "Mỗi suất học bổng gồm 1 triệu đồng tiền mặt, một bộ sách giáo khoa và 10 quyển vở. "
            "Tổng trị giá chương trình hơn 200 triệu đồng, do các doanh nghiệp, nhà hảo tâm trên địa "
            "bàn tỉnh đóng góp."
        ),
        Img(
            "/documents/20182/48120/Trao+hoc+bong+2026.jpg/3b9e0d4c-6a21-4f0b-8c7e-51d2a9f4e013?t=1764213600000",
            printed="(Đại diện nhà tài trợ trao học bổng cho các em học sinh)",
            caption="Đại diện nhà tài trợ trao học bổng cho các em học sinh",
            style="tbl",
        ),
        P(
            "Các em nhận học bổng đang theo học tại 14 trường tiểu học và trung học cơ sở ở các xã "
            "Ia Kênh, Gào, Chư Á, Biển Hồ và phường Thắng Lợi; nhiều em là con em hộ nghèo, mồ côi "
            "cha hoặc mẹ nhưng vẫn đạt danh hiệu học sinh xuất sắc."
        ),
        P(
            "Em Rơ Mah H’Yến, học sinh lớp 8 Trường THCS Trần Phú, xúc động chia sẻ: “Em sẽ dùng số "
            "tiền này mua thêm sách tham khảo và cố gắng học thật tốt để sau này trở thành cô giáo "
            "dạy ở buôn làng mình”."
        ),
        P(
            "Chương trình “Tiếp sức đến trường” được tổ chức hằng năm từ năm 2018, đến nay đã trao "
            "hơn 1.300 suất học bổng, góp phần giảm tỷ lệ học sinh bỏ học giữa chừng ở vùng đồng "
            "bào dân tộc thiểu số."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Văn Nam</strong></p>'),
    ],
    authors=["Hoàng Văn Nam"],
    photographers=["Hoàng Văn Nam"],
    opts={
        "tpl": "B",
        "listed": "27/11/2026",
        "modified": "29/11/2026 08:15",
        "cms": "Test Test",
    },
)

TT3 = Story(
    id=48196,
    slug="tuyen-duong-126-nha-giao-tieu-bieu-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Tuyên dương 126 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
    cat="tt",
    published_at="2026-11-20T16:05:00+07:00",
    summary=(
        "Chiều 20/11, UBND thành phố Pleiku tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 - 20/11/2026) và tuyên dương 126 nhà giáo tiêu biểu năm học 2025-2026."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/image/journal/article?img_id=48201&t=1763629500000",
            printed="Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo",
            caption="Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo",
            style="field",
        ),
        P(
            "Năm học 2025-2026, toàn thành phố có 3.412 cán bộ, giáo viên, nhân viên; tỷ lệ giáo "
            "viên đạt chuẩn và trên chuẩn trình độ đào tạo theo Luật Giáo dục 2019 đạt 96,8%."
        ),
        P(
            "Ngành giáo dục thành phố có 19 học sinh đạt giải cấp quốc gia, 214 học sinh đạt giải "
            "cấp tỉnh; 7 trường được công nhận đạt chuẩn quốc gia mới, nâng tổng số trường đạt chuẩn "
            "lên 59/68 trường."
        ),
        Img(
            "/documents/20182/48120/Tuyen+duong+nha+giao.jpg/a07c51e2-9d3b-4c48-b6f1-0e2d7c93a5b8?t=1763630100000",
            printed="Các nhà giáo tiêu biểu nhận giấy khen của Chủ tịch UBND thành phố",
            caption="Các nhà giáo tiêu biểu nhận giấy khen của Chủ tịch UBND thành phố",
            style="br",
        ),
        P(
            "Tại buổi lễ, Chủ tịch UBND thành phố đã tặng giấy khen cho 126 nhà giáo có thành tích "
            "xuất sắc, trong đó có 31 thầy cô công tác tại các trường vùng đồng bào dân tộc thiểu "
            "số, nhiều năm gắn bó với các điểm trường lẻ."
        ),
        P(
            "Cô Nguyễn Thị Kim Oanh, giáo viên Trường Tiểu học Chu Văn An, đại diện các nhà giáo "
            "được tuyên dương, bày tỏ: “Mỗi lời cảm ơn của học trò là động lực để chúng tôi tiếp "
            "tục đổi mới phương pháp, giữ lửa với nghề”."
        ),
    ],
    authors=["Minh Châu", "Hồng Nhung"],
    opts={
        "tpl": "A",
        "kicker": "CHÀO MỪNG KỶ NIỆM 44 NĂM NGÀY NHÀ GIÁO VIỆT NAM 20/11",
        "dateline": java_full_date("2026-11-20") + " - 16:05",
        "byline": "Minh Châu - Hồng Nhung",
        "listed": "20/11/2026",
        "modified": "21/11/2026 09:40",
        "cms": "Quản Trị Viên",
        "comments": [
            (
                "Trần Quang Huy",
                "21/11/2026 07:12",
                "Chúc mừng các thầy cô! Mong thành phố quan tâm hơn nữa tới giáo viên ở điểm trường lẻ.",
            )
        ],
        "related": "trao-150-suat-hoc-bong-tiep-suc-en-truong-cho-hoc-sinh-dan-toc-thieu-so",
    },
)

TT4 = Story(
    id=48122,
    slug="hoi-khoe-phu-ong-cap-thanh-pho-nam-hoc-2026-2027-thu-hut-hon-1-200-van-ong-vien",
    title="Hội khỏe Phù Đổng cấp thành phố năm học 2026-2027 thu hút hơn 1.200 vận động viên",
    cat="tt",
    published_at="2026-11-12",
    summary=(
        "Từ ngày 9 đến 12/11, Hội khỏe Phù Đổng cấp thành phố năm học 2026-2027 diễn ra sôi nổi "
        "với sự tham gia của hơn 1.200 vận động viên là học sinh 52 trường tiểu học và THCS."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Các vận động viên tranh tài ở 8 môn: điền kinh, bơi lội, bóng đá, bóng bàn, cầu lông, "
            "cờ vua, đá cầu và võ cổ truyền. Các trận đấu được tổ chức tại Nhà thi đấu thành phố, "
            "Sân vận động Pleiku và một số trường học."
        ),
        Img(
            "/documents/20182/48120/HKPD+dien+kinh.jpg/c41e9a07-2b6d-4e83-9f50-7ad16b2c8e44?t=1762934400000",
            printed="Ảnh: Bảo Ngọc",
            caption=None,
            style="credit",
        ),
        P("Kết quả toàn đoàn ở một số môn:"),
        P("Môn | Đơn vị nhất toàn đoàn | Số huy chương vàng", style="tr"),
        P("Điền kinh | Trường THCS Phạm Hồng Thái | 9", style="tr"),
        P("Bơi lội | Trường THCS Nguyễn Du | 7", style="tr"),
        P("Cờ vua | Trường Tiểu học Lê Văn Tám | 5", style="tr"),
        P(
            "Ban tổ chức đã trao 312 huy chương các loại cho các vận động viên; chọn 86 em xuất sắc "
            "nhất bổ sung vào đội tuyển thành phố tham dự Hội khỏe Phù Đổng cấp tỉnh vào tháng 3/2027."
        ),
    ],
    authors=["Đức Thụy"],
    photographers=["Bảo Ngọc"],
    opts={
        "tpl": "A",
        "dateline": "12/11/2026 00:00",
        "byline": "Tin: Đức Thụy - Ảnh: Bảo Ngọc",
        "listed": "12/11/2026",
        "modified": "12/11/2026 17:20",
        "cms": "pgd.pleiku",
    },
)

TT5 = Story(
    id=48047,
    slug="truong-tieu-hoc-le-van-tam-ra-mat-mo-hinh-thu-vien-xanh",
    title="Trường Tiểu học Lê Văn Tám ra mắt mô hình “Thư viện xanh”",
    cat="tt",
    published_at="2026-10-28",
    blocks=[
        P(
            "Ngày 28/10, Trường Tiểu học Lê Văn Tám (phường Hội Thương) tổ chức lễ ra mắt mô hình "
            "“Thư viện xanh” nhằm phát triển văn hóa đọc trong học sinh."
        ),
        P(
            "Thư viện được bố trí ngay dưới tán cây trong sân trường với 12 kệ sách, bàn ghế bằng "
            "gỗ và thảm ngồi; hơn 2.500 đầu sách do phụ huynh, cựu học sinh và các nhà hảo tâm "
            "quyên góp."
        ),
        Img(
            "/documents/20182/48120/Thu+vien+xanh.jpg/5d20f8b1-7e4c-4a96-8b3d-9c61e0a2f7d5?t=1761631200000",
            printed="Học sinh đọc sách trong giờ ra chơi tại “Thư viện xanh”",
            caption="Học sinh đọc sách trong giờ ra chơi tại “Thư viện xanh”",
            style="em-next",
        ),
        P(
            "Mỗi lớp được phân công một buổi trong tuần chăm sóc cây xanh và sắp xếp sách; các em "
            "có thể mượn sách về nhà bằng thẻ thư viện điện tử."
        ),
        P(
            "Cô Đặng Thị Thu Hiền, Hiệu trưởng nhà trường, cho biết: “Chúng tôi muốn mỗi giờ ra "
            "chơi là một giờ đọc sách vui vẻ, giúp các em rời xa điện thoại”."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Lê Thị Mỹ Hạnh</strong> '
            "<em>(Trường TH Lê Văn Tám)</em></p>"
        ),
    ],
    authors=["Lê Thị Mỹ Hạnh"],
    opts={
        "tpl": "B",
        "entities": 1,
        "listed": "28/10/2026",
        "modified": "30/10/2026 10:02",
        "cms": "Test Test",
    },
)

TT6 = Story(
    id=47990,
    slug="tap-huan-ky-nang-phong-chong-uoi-nuoc-cho-hoc-sinh-tieu-hoc",
    title="Tập huấn kỹ năng phòng, chống đuối nước cho học sinh tiểu học",
    cat="tt",
    published_at="2026-10-15",
    blocks=[
        Raw(
            "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom>"
            "<w:TrackMoves/><w:LidThemeOther>EN-US</w:LidThemeOther></w:WordDocument></xml>"
            "<![endif]-->"
            '<style type="text/css">p.MsoNormal, li.MsoNormal { margin:0in; font-size:14.0pt; '
            'font-family:"Times New Roman","serif"; } p.MsoListParagraph { margin-left:.5in; }'
            "</style>"
        ),
        P(
            "Trong hai ngày 14 và 15/10, Phòng GD&ĐT thành phố phối hợp với Trung tâm Văn hóa - "
            "Thông tin và Thể thao thành phố tổ chức lớp tập huấn kỹ năng phòng, chống đuối nước "
            "cho 240 học sinh lớp 4, lớp 5.",
            style="word",
        ),
        P("Nội dung tập huấn gồm:", style="word"),
        P("Nhận biết các khu vực nguy hiểm như ao, hồ, suối, hố công trình;", style="mso-li"),
        P("Kỹ năng nổi, thở và di chuyển an toàn trong nước;", style="mso-li"),
        P("Cách kêu cứu và hỗ trợ người bị đuối nước đúng cách.", style="mso-li"),
        P(
            "Các em được thực hành tại bể bơi của Nhà thi đấu thành phố dưới sự hướng dẫn của các "
            "huấn luyện viên. Kết thúc lớp học, 100% học sinh nắm được kỹ năng cơ bản.",
            style="word",
        ),
        P(
            "Dự kiến trong năm học 2026-2027, lớp tập huấn sẽ được mở rộng cho học sinh tất cả các "
            "trường tiểu học trên địa bàn.",
            style="word",
        ),
        Raw(
            '<p class="MsoNormal" style="text-align:right"><i><span style="font-size:13.0pt">'
            "Theo Cổng TTĐT thành phố Pleiku</span></i></p>"
        ),
    ],
    source="Cổng TTĐT thành phố Pleiku",
    opts={
        "tpl": "B",
        "listed": "15/10/2026",
        "modified": "15/10/2026 16:48",
        "cms": "pgd.pleiku",
    },
)

HD1 = Story(
    id=48279,
    slug="chuyen-e-day-hoc-phat-trien-nang-luc-mon-ngu-van-lop-9-tai-truong-thcs-nguyen-du",
    title="Chuyên đề “Dạy học phát triển năng lực” môn Ngữ văn lớp 9 tại Trường THCS Nguyễn Du",
    cat="hd",
    published_at="2026-12-01T10:20:00+07:00",
    summary=(
        "Ngày 1/12, Phòng GD&ĐT thành phố tổ chức chuyên đề “Dạy học phát triển năng lực” môn "
        "Ngữ văn lớp 9 tại Trường THCS Nguyễn Du với sự tham gia của hơn 70 giáo viên."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại chuyên đề, cô Trần Thị Bích Ngọc dạy minh họa bài “Đọc hiểu văn bản nghị luận "
            "xã hội” theo hướng tổ chức cho học sinh hoạt động nhóm, tự tìm luận điểm và phản biện."
        ),
        Img(
            "/documents/20182/48131/Chuyen+de+Ngu+van+9.jpg/e8b27c30-15f4-4d0a-a6c9-3f7e2b8d1c60?t=1764559200000",
            printed="Tiết dạy minh họa của cô Trần Thị Bích Ngọc",
            caption="Tiết dạy minh họa của cô Trần Thị Bích Ngọc",
            style="em-next",
        ),
        P(
            "Sau tiết dạy, các giáo viên dự giờ thảo luận về cách thiết kế nhiệm vụ học tập, cách "
            "đánh giá quá trình và việc sử dụng phiếu học tập số."
        ),
        P(
            "“Dạy học phát triển năng lực không phải là bỏ kiến thức mà là để học sinh biết vận "
            "dụng kiến thức vào tình huống thực tế”",
            style="q",
        ),
        P(
            "Phát biểu kết luận, lãnh đạo Phòng GD&ĐT đề nghị các trường tổ chức sinh hoạt chuyên "
            "môn theo chủ đề tương tự, chú trọng rèn kỹ năng viết bài nghị luận cho học sinh lớp 9 "
            "chuẩn bị kỳ thi tuyển sinh vào lớp 10."
        ),
    ],
    authors=["Phạm Thị Lan Anh"],
    opts={
        "tpl": "A",
        "kicker": "CHUYÊN ĐỀ CẤP THÀNH PHỐ",
        "dateline": java_full_date("2026-12-01") + " - 10:20",
        "byline": "ThS. Phạm Thị Lan Anh (Chuyên viên Phòng GD&ĐT)",
        "listed": "01/12/2026",
        "modified": "01/12/2026 15:33",
        "cms": "Quản Trị Viên",
    },
)

HD2 = Story(
    id=48240,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-thcs-1",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường THCS",
    cat="hd",
    published_at="2026-11-25",
    blocks=[
        P(
            "Ngày 25/11, cụm chuyên môn số 3 gồm các trường THCS Phạm Hồng Thái, Trần Phú, Lý Tự "
            "Trọng và Nguyễn Trãi tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học môn Khoa học "
            "tự nhiên tại Trường THCS Phạm Hồng Thái."
        ),
        P(
            "Thầy Lê Văn Phúc dạy minh họa bài “Tốc độ phản ứng hóa học” ở lớp 8A2. Các giáo viên dự "
            "giờ tập trung quan sát hoạt động học của từng nhóm học sinh thay vì chỉ nhận xét người "
            "dạy."
        ),
        P(
            "Trong phần thảo luận, giáo viên các trường chia sẻ những khó khăn khi dạy môn tích hợp, "
            "nhất là phần thí nghiệm thực hành khi phòng học bộ môn còn thiếu hóa chất."
        ),
        P(
            "Cụm thống nhất xây dựng ngân hàng thí nghiệm mô phỏng dùng chung và luân phiên tổ chức "
            "sinh hoạt chuyên môn tại các trường mỗi tháng một lần."
        ),
        Raw('<p style="text-align: right;"><strong>Tổ Khoa học tự nhiên</strong></p>'),
    ],
    authors=["Tổ Khoa học tự nhiên"],
    opts={
        "tpl": "B",
        "listed": "25/11/2026",
        "modified": "26/11/2026 07:50",
        "cms": "Test Test",
    },
)

HD3 = Story(
    id=48109,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-thanh-pho-bac-mam-non-nam-hoc-2026-2027",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp thành phố bậc Mầm non năm học 2026-2027",
    cat="hd",
    published_at="2026-11-10T07:30:00+07:00",
    summary=(
        "Sáng 10/11, tại Trường Mầm non Họa Mi, Phòng GD&ĐT thành phố Pleiku khai mạc Hội thi "
        "giáo viên dạy giỏi cấp thành phố bậc Mầm non năm học 2026-2027."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/image/journal/article?img_id=48114&t=1762734600000",
            printed="Các thí sinh bốc thăm thứ tự thi",
            caption="Các thí sinh bốc thăm thứ tự thi",
            style="field",
        ),
        P(
            "Tham gia hội thi có 64 giáo viên đến từ 32 trường mầm non công lập và tư thục. Mỗi "
            "giáo viên thực hiện một hoạt động giáo dục trẻ và trình bày biện pháp nâng cao chất "
            "lượng chăm sóc, giáo dục trẻ."
        ),
        P(
            "Hội thi kéo dài đến ngày 14/11, chia thành 4 điểm thi tại các trường Mầm non Họa Mi, "
            "Sơn Ca, Hoa Hồng và Tuổi Thơ."
        ),
        P(
            "Đây là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, đồng thời là cơ sở để lựa chọn "
            "giáo viên tham dự hội thi cấp tỉnh."
        ),
    ],
    source="Trường Mầm non Họa Mi",
    opts={
        "tpl": "A",
        "dateline": "10/11/2026 07:30",
        "sourceline": "Nguồn: Trường Mầm non Họa Mi",
        "listed": "10/11/2026",
        "modified": "11/11/2026 11:05",
        "cms": "pgd.pleiku",
    },
)

HD4 = Story(
    id=48066,
    slug="boi-duong-tieng-jrai-cho-giao-vien-day-vung-ong-bao-dan-toc-thieu-so",
    title="Bồi dưỡng tiếng Jrai cho giáo viên dạy vùng đồng bào dân tộc thiểu số",
    cat="hd",
    published_at="2026-10-22",
    blocks=[
        P(
            "Từ ngày 19 đến 22/10, Phòng GD&ĐT thành phố phối hợp với Trường Cao đẳng Sư phạm Gia "
            "Lai mở lớp bồi dưỡng tiếng Jrai cho 45 giáo viên mầm non và tiểu học công tác tại các "
            "xã, phường có đông đồng bào dân tộc thiểu số."
        ),
        P(
            "Học viên được học phát âm, từ vựng thông dụng trong giao tiếp với học sinh và phụ "
            "huynh, một số bài hát, câu chuyện dân gian Jrai để đưa vào hoạt động dạy học."
        ),
        P(
            "Cô Siu H’Nga, giảng viên lớp học, cho biết nhiều giáo viên người Kinh tiến bộ rất "
            "nhanh, đến cuối khóa đã có thể trò chuyện đơn giản và kể chuyện cho học sinh bằng tiếng "
            "Jrai."
        ),
        P(
            "Việc giáo viên biết tiếng dân tộc giúp trẻ mạnh dạn hơn trong giao tiếp, giảm khó khăn "
            "khi chuyển từ tiếng mẹ đẻ sang tiếng Việt ở những năm đầu tiểu học."
        ),
        Raw('<p style="text-align: right;"><em>Người viết:</em> <strong>Ksor Thị Hlin</strong></p>'),
    ],
    authors=["Ksor Thị Hlin"],
    opts={
        "tpl": "B",
        "nfd": True,
        "listed": "22/10/2026",
        "modified": "23/10/2026 09:12",
        "cms": "Quản Trị Viên",
    },
)

HD5 = Story(
    id=48003,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-thcs",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường THCS",
    cat="hd",
    published_at="2026-10-09",
    blocks=[
        P(
            "Ngày 9/10, cụm chuyên môn số 1 gồm các trường THCS Nguyễn Huệ, Nguyễn Du, Chu Văn An "
            "tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán tại Trường THCS Nguyễn Huệ."
        ),
        P(
            "Cô Võ Thị Hồng Vân dạy minh họa bài “Hệ hai phương trình bậc nhất hai ẩn” ở lớp 9A1, sử "
            "dụng phần mềm GeoGebra để học sinh quan sát giao điểm của hai đường thẳng."
        ),
        Img(
            "/documents/20182/48131/SHCM+cum+1.jpg/71a3d6e9-0c52-4b1f-93e8-d4b60f2a1c77?t=1760000000000",
            printed="Giáo viên dự giờ quan sát học sinh làm việc nhóm",
            caption="Giáo viên dự giờ quan sát học sinh làm việc nhóm",
            style="br",
        ),
        P(
            "Các ý kiến thảo luận tập trung vào việc điều chỉnh thời lượng từng hoạt động và cách hỗ "
            "trợ nhóm học sinh còn chậm."
        ),
        Raw('<p style="text-align: right;"><strong>Tổ Toán - Tin</strong></p>'),
    ],
    authors=["Tổ Toán - Tin"],
    opts={
        "tpl": "B",
        "listed": "09/10/2026",
        "modified": "09/10/2026 20:30",
        "cms": "Test Test",
    },
)

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="width: 42%; text-align: center; vertical-align: top;">UBND THÀNH PHỐ PLEIKU<br />'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 1186/TB-PGDĐT</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT '
    "NAM</strong><br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
    "<em>Pleiku, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027</strong></p>"
)
_CLOSING = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
    "- Như trên;<br />- UBND thành phố (b/c);<br />- Lưu: VT, CM.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>KT. TRƯỞNG PHÒNG<br />'
    "PHÓ TRƯỞNG PHÒNG</strong><br /><br /><em>(Đã ký)</em><br /><br />"
    "<strong>Nguyễn Thị Thu Hà</strong></td></tr></tbody></table>"
    '<p>Tải về: <a href="/documents/20182/49001/1186-TB-PGDDT.pdf/'
    '0f6b8d2e-4c3a-4e19-a7d5-98e1b2c3d4f5">1186-TB-PGDĐT.pdf</a> (245 KB)</p>'
)

TB1 = Story(
    id=48290,
    slug="thong-bao-ve-viec-to-chuc-kiem-tra-danh-gia-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo về việc tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027",
    cat="tb",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch thời gian năm học 2026-2027 của UBND tỉnh Gia Lai; căn cứ hướng dẫn "
            "nhiệm vụ năm học của Sở Giáo dục và Đào tạo, Phòng GD&ĐT thành phố Pleiku thông báo "
            "việc tổ chức kiểm tra, đánh giá cuối học kỳ I như sau:"
        ),
        P("1. Thời gian", style="b"),
        P(
            "Cấp tiểu học: kiểm tra định kỳ cuối học kỳ I từ ngày 28/12/2026 đến ngày 02/01/2027. "
            "Cấp THCS: kiểm tra cuối học kỳ I từ ngày 21/12/2026 đến ngày 30/12/2026."
        ),
        P("2. Đề kiểm tra", style="b"),
        P(
            "Phòng GD&ĐT ra đề chung các môn Ngữ văn, Toán, Tiếng Anh lớp 9; các môn và khối lớp còn "
            "lại do nhà trường tự ra đề theo ma trận, bảng đặc tả đã thống nhất trong tổ chuyên môn."
        ),
        P("3. Báo cáo kết quả", style="b"),
        P(
            "Các trường gửi báo cáo thống kê kết quả kiểm tra qua hệ thống quản lý trường học trước "
            "ngày 08/01/2027."
        ),
        P(
            "Nhận được thông báo này, đề nghị Hiệu trưởng các trường nghiêm túc triển khai thực hiện./."
        ),
        Raw(_CLOSING),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    opts={
        "tpl": "C",
        "listed": "01/12/2026",
        "modified": "01/12/2026 08:05",
        "cms": "pgd.pleiku",
        "description": "Phòng GD&ĐT thông báo lịch kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027.",
    },
)

TB2 = Story(
    id=48051,
    slug="thong-bao-ve-viec-ang-ky-tham-du-hoi-thi-o-dung-day-hoc-tu-lam-nam-2026",
    title="Thông báo về việc đăng ký tham dự Hội thi đồ dùng dạy học tự làm năm 2026",
    cat="tb",
    published_at="2026-10-20",
    blocks=[
        P(
            "Thực hiện kế hoạch năm học, Phòng GD&ĐT thành phố tổ chức Hội thi đồ dùng dạy học tự "
            "làm năm 2026 dành cho giáo viên mầm non, tiểu học và THCS."
        ),
        P(
            "Mỗi trường đăng ký tối thiểu 02 sản phẩm; sản phẩm phải do giáo viên tự thiết kế, làm "
            "từ vật liệu dễ tìm, an toàn và sử dụng được trong nhiều bài dạy."
        ),
        P("Hồ sơ đăng ký gồm:", style="b"),
        P("Phiếu đăng ký theo mẫu;", style="li"),
        P("Bản thuyết minh sản phẩm (không quá 03 trang);", style="li"),
        P("Video clip giới thiệu cách sử dụng (nếu có).", style="li"),
        P(
            "Thời hạn nộp hồ sơ: trước ngày 15/11/2026 tại bộ phận chuyên môn, Phòng GD&ĐT thành "
            "phố (tầng 2, số 17 Trần Hưng Đạo)."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/documents/20182/49001/The+le+hoi+thi+DDDH.pdf/'
            '2c7e1a90-b5d4-4f63-8e21-6a9d0c3b7e58">Thể lệ Hội thi đồ dùng dạy học tự làm</a></p>'
        ),
        Raw('<p style="text-align: right;"><strong>Bộ phận Chuyên môn</strong></p>'),
    ],
    authors=["Bộ phận Chuyên môn"],
    opts={
        "tpl": "B",
        "listed": "20/10/2026",
        "modified": "21/10/2026 14:10",
        "cms": "Quản Trị Viên",
    },
)

STORIES = [TT1, TT2, TT3, TT4, TT5, TT6, HD1, HD2, HD3, HD4, HD5, TB1, TB2]
BY_SLUG = {s.slug: s for s in STORIES}

#: the table rows of each section, newest first: a Story, or a dict for another asset type
DOC = {
    "kind": "document",
    "id": 48213,
    "title": "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp thành phố bậc Tiểu học năm học 2026-2027",
    "listed": "19/11/2026",
    "cms": "pgd.pleiku",
    "file": "/documents/20182/49001/KH+hoi+thi+GVDG+TH+2026-2027.pdf/9a4f1c2e-7b3d-4e58-a6c0-d1e2f3a4b5c6",
    "size": "312 KB",
}
BOOKMARK = {
    "kind": "bookmark",
    "id": 51234,
    "title": "Pleiku: Hơn 98% trẻ 5 tuổi ra lớp mẫu giáo (Báo Gia Lai)",
    "listed": "05/11/2026",
    "cms": "Test Test",
    "url": "https://baogialai.com.vn/pleiku-hon-98-tre-5-tuoi-ra-lop-mau-giao-post312456.html",
}
ROWS = {
    "tt": [TT1, TT2, TT3, TT4, BOOKMARK, TT5, TT6],
    "hd": [HD1, HD2, DOC, HD3, HD4, HD5],
    "tb": [TB1, TB2],
}
HOME_LATEST = [TT1, HD1, TB1]
FEATURED = [TT3, TT2, HD2]
MOST_READ = [TT4, HD3, TB2]
SOFT404_SLUG = "hoi-nghi-tong-ket-nam-hoc-2025-2026"


# --- URLs ------------------------------------------------------------------------------------


def section_path(sec: str) -> str:
    return f"{SITE}/{SECTIONS[sec][0]}"


def listing_url(sec: str, cur: int) -> str:
    """The page iterator's render URL for page ``cur``, in Liferay 6.2's parameter order."""
    ns = f"_101_INSTANCE_{SECTIONS[sec][2]}_"
    return (
        f"{section_path(sec)}?p_p_id=101_INSTANCE_{SECTIONS[sec][2]}&p_p_lifecycle=0"
        "&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=1"
        f"&{ns}delta={PER_PAGE}&{ns}keywords=&{ns}advancedSearch=false&{ns}andOperator=true"
        f"&p_r_p_564233524_resetCur=false&{ns}cur={cur}"
    )


def pages_of(sec: str) -> int:
    return max(1, -(-len(ROWS[sec]) // PER_PAGE))


def art_path(story: Story) -> str:
    sec = story.cat
    return f"{section_path(sec)}/-/asset_publisher/{SECTIONS[sec][2]}/content/{story.slug}"


def home_art_path(story: Story) -> str:
    return f"{SITE}/trang-chu/-/asset_publisher/{HOME_AP}/content/{story.slug}"


def display_path(slug: str) -> str:
    return f"{SITE}/-/{slug}"


def doc_path() -> str:
    return f"{section_path('hd')}/-/asset_publisher/{SECTIONS['hd'][2]}/document/id/{DOC['id']}"


def with_redirect(path: str, current: str) -> str:
    return f"{path}?redirect={quote(current, safe='')}"


def print_url(path: str, instance: str) -> str:
    return f"{path}?p_p_state=pop_up&_101_INSTANCE_{instance}_viewMode=print"


def jsessionid(target: str) -> str:
    path, sep, query = target.partition("?")
    return f"{path};jsessionid={JSID}{sep}{query}"


def listing_currents(story: Story) -> list[str]:
    """The listing URLs (as ``redirect`` prints them) whose table links to ``story``."""
    sec = story.cat
    page = ROWS[sec].index(story) // PER_PAGE + 1
    if page == 1:
        return [section_path(sec)] + ([listing_url(sec, 1)] if pages_of(sec) > 1 else [])
    return [listing_url(sec, page)]


def alt_targets(story: Story) -> list[str]:
    """Every other URL the site links to (or its print script opens) for ``story``."""
    inst = SECTIONS[story.cat][2]
    path = art_path(story)
    out = [with_redirect(path, cur) for cur in listing_currents(story)]
    out += [display_path(story.slug), print_url(path, inst)]
    if story in HOME_LATEST:
        home = home_art_path(story)
        out += [
            with_redirect(home, SITE),
            with_redirect(home, f"{SITE}/trang-chu"),
            home,
            print_url(home, HOME_AP),
        ]
    return out + [jsessionid(t) for t in [path, *out]]


# --- markup pieces ---------------------------------------------------------------------------


def shown_title(story: Story) -> str:
    """The headline as the page prints it (HD4 was typed in decomposed Unicode)."""
    return text(story.title, nfd=bool(story.opts.get("nfd")))


def portlet(pid: str, title: str | None, body: str, extra: str = "") -> str:
    root = pid.split("_INSTANCE_")[0]
    if title is None:
        return (
            f'<div class="portlet-boundary portlet-boundary_{root}_ portlet-static '
            f'portlet-static-end portlet-borderless {extra}" id="p_p_id_{pid}_">'
            f'<span id="p_{pid}"></span><div class="portlet-borderless-container" style="">'
            f'<div class="portlet-body">{body}</div></div></div>'
        )
    return (
        f'<div class="portlet-boundary portlet-boundary_{root}_ portlet-static portlet-static-end '
        f'{extra}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}"><header class="portlet-topper">'
        f'<h1 class="portlet-title"><span tabindex="0" class="portlet-title-text">{esc(title)}'
        '</span></h1><menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_'
        f'{pid}" type="toolbar"></menu></header><div class="portlet-content">'
        f'<div class=" portlet-content-container" style=""><div class="portlet-body">{body}'
        "</div></div></div></section></div>"
    )


MENU = [
    ("Trang chủ", f"{SITE}/trang-chu", []),
    (
        "Giới thiệu",
        f"{SITE}/gioi-thieu",
        [("Giới thiệu chung", f"{SITE}/gioi-thieu"), ("Cơ cấu tổ chức", f"{SITE}/co-cau-to-chuc")],
    ),
    (
        "Tin tức",
        section_path("tt"),
        [("Tin tức - Sự kiện", section_path("tt")), ("Hoạt động chuyên môn", section_path("hd"))],
    ),
    ("Thông báo", section_path("tb"), []),
    ("Văn bản", f"{SITE}/van-ban", []),
    ("Thư viện ảnh", f"{SITE}/thu-vien-anh", []),
    ("Liên hệ", f"{SITE}/lien-he", []),
]


def nav(active: str) -> str:
    items = []
    for i, (label, href, children) in enumerate(MENU):
        lid = f"layout_{i + 2}"
        sel = " selected active" if label == active else ""
        if children:
            subs = "".join(
                f'<li class="lfr-nav-item" id="layout_{i + 2}{j}" role="presentation">'
                f'<a aria-labelledby="layout_{i + 2}{j}" href="{esc(h)}" role="menuitem">{esc(lbl)}</a></li>'
                for j, (lbl, h) in enumerate(children, 1)
            )
            items.append(
                f'<li class="dropdown lfr-nav-item{sel}" id="{lid}" aria-haspopup="true" role="presentation">'
                f'<a aria-labelledby="{lid}" class="dropdown-toggle" href="{esc(href)}" role="menuitem">'
                f'<span> {esc(label)} <b class="caret"></b></span></a>'
                f'<ul class="dropdown-menu child-menu" role="menu">{subs}</ul></li>'
            )
        else:
            items.append(
                f'<li class="lfr-nav-item{sel}" id="{lid}" role="presentation">'
                f'<a aria-labelledby="{lid}" href="{esc(href)}" role="menuitem"><span> {esc(label)}</span></a></li>'
            )
    return (
        '<nav class="sort-pages modify-pages navbar site-navigation tn-mnu" id="navigation" role="navigation">'
        '<div class="navbar-inner"><div class="collapse nav-collapse">'
        f'<ul aria-label="Các trang web" class="nav nav-collapse" role="menubar">{"".join(items)}</ul>'
        "</div></div></nav>"
    )


def breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    """Liferay 6.2's breadcrumb portlet (73): the site, the page chain; the last one unlinked."""
    allc = [("PGD&ĐT TP Pleiku", SITE), *crumbs]
    out = []
    for i, (label, href) in enumerate(allc):
        cls = ["breadcrumb-truncate"]
        if i == 0:
            cls.insert(0, "first")
        last = i == len(allc) - 1
        if last:
            cls.insert(0, "active last")
            out.append(f'<li class="{" ".join(cls)}">{esc(label)}</li>')
        else:
            out.append(
                f'<li class="{" ".join(cls)}"><a href="{esc(href or SITE)}">{esc(label)}</a>'
                '<span class="divider">/</span></li>'
            )
    body = f'<ul aria-label="Đường dẫn" class="breadcrumb breadcrumb-horizontal">{"".join(out)}</ul>'
    return portlet("73", None, body, "portlet-breadcrumb")


def link_list(pid: str, title: str, items: list[tuple[str, str]], cls: str) -> str:
    lis = "".join(
        f'<li class="{cls}-it"><i class="icon-caret-right"></i> <a href="{esc(h)}">{t}</a></li>'
        for t, h in items
    )
    body = f'<div class="journal-content-article"><ul class="{cls}">{lis}</ul></div>'
    return portlet(pid, title, body, "portlet-journal-content")


def featured_box() -> str:
    items = [(shown_title(s), display_path(s.slug)) for s in FEATURED]
    items.append(
        (
            "Hội nghị tổng kết năm học 2025-2026 và triển khai nhiệm vụ năm học 2026-2027",
            display_path(SOFT404_SLUG),
        )
    )
    return link_list("56_INSTANCE_tnb01Ab", "Tin nổi bật", items, "ds-tnb")


def most_read_box() -> str:
    items = [(shown_title(s), display_path(s.slug)) for s in MOST_READ]
    return link_list("56_INSTANCE_xnh02Cd", "Tin xem nhiều", items, "ds-xn")


def others_box(story: Story) -> str:
    firsts = [r for r in ROWS[story.cat][:PER_PAGE] if isinstance(r, Story)][:4]
    items = [(shown_title(s), display_path(s.slug)) for s in firsts if s is not story]
    return link_list("56_INSTANCE_tk03Ef", "Tin khác", items, "ds-tk")


def links_box() -> str:
    opts = [
        ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
        ("https://gialai.edu.vn", "Sở GD&ĐT tỉnh Gia Lai"),
        ("https://pleiku.gialai.gov.vn", "Cổng TTĐT thành phố Pleiku"),
        ("https://baogialai.com.vn", "Báo Gia Lai điện tử"),
    ]
    options = "".join(f'<option value="{esc(u)}">{esc(t)}</option>' for u, t in opts)
    body = (
        '<select class="lk-web" onchange="if(this.value!=\'\')window.open(this.value);">'
        f'<option value="">-- Liên kết website --</option>{options}</select>'
        '<p class="bnr-lk"><a href="https://dichvucong.gov.vn" target="_blank">'
        f'<img alt="Dịch vụ công" src="{THEME}/images/custom/banner-dvc.png" /></a></p>'
    )
    return portlet("56_INSTANCE_lk04Gh", "Liên kết website", body, "portlet-journal-content")


def poll_box() -> str:
    body = (
        f'<form action="{SITE}/trang-chu?p_auth=Qw3rTy12&amp;p_p_id=59_INSTANCE_bc01&amp;'
        "p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;p_p_col_id=column-2&amp;"
        '_59_INSTANCE_bc01_struts_action=%2Fpolls_display%2Fview" method="post" name="_59_INSTANCE_bc01_fm">'
        '<div class="poll-question">Bạn đánh giá thế nào về Cổng thông tin của Phòng?</div>'
        '<label class="radio"><input name="_59_INSTANCE_bc01_choiceId" type="radio" value="1" /> Rất hữu ích</label>'
        '<label class="radio"><input name="_59_INSTANCE_bc01_choiceId" type="radio" value="2" /> Hữu ích</label>'
        '<label class="radio"><input name="_59_INSTANCE_bc01_choiceId" type="radio" value="3" /> Cần cải thiện</label>'
        '<button class="btn" type="submit">Bình chọn</button></form>'
    )
    return portlet("59_INSTANCE_bc01", "Thăm dò ý kiến", body, "portlet-polls-display")


def counter_box() -> str:
    body = (
        '<div class="tk-truycap"><p><span class="lb">Đang online:</span> <b>27</b></p>'
        '<p><span class="lb">Hôm nay:</span> <b>1.284</b></p>'
        '<p><span class="lb">Tổng truy cập:</span> <b>2.315.907</b></p></div>'
    )
    return portlet("tkvisit_WAR_tnsoftportlet", "Thống kê truy cập", body, "portlet-tkvisit")


def search_form() -> str:
    return (
        f'<form action="{SITE}/trang-chu?p_p_id=3&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;'
        'p_p_mode=view&amp;_3_struts_action=%2Fsearch%2Fsearch" class="tn-tk" method="get" name="_3_fm">'
        '<input name="p_p_id" type="hidden" value="3" /><input name="p_p_lifecycle" type="hidden" value="0" />'
        '<input name="p_p_state" type="hidden" value="maximized" /><input name="p_p_mode" type="hidden" value="view" />'
        '<input name="_3_struts_action" type="hidden" value="/search/search" />'
        '<input class="search-query" id="_3_keywords" name="_3_keywords" placeholder="Tìm kiếm..." '
        'title="Tìm kiếm" type="text" value="" /><button class="btn" type="submit">'
        '<i class="icon-search"></i></button></form>'
    )


FOOTER = (
    '<footer id="footer" role="contentinfo"><div class="tn-ftr">'
    "<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ PLEIKU</strong></p>"
    "<p>Địa chỉ: Số 17 Trần Hưng Đạo, phường Tây Sơn, thành phố Pleiku, tỉnh Gia Lai</p>"
    "<p>Điện thoại: 0269.3824.516 - Fax: 0269.3824.517 - Email: pgdpleiku@gialai.edu.vn</p>"
    "<p>Chịu trách nhiệm nội dung: Trưởng phòng Giáo dục và Đào tạo thành phố Pleiku</p>"
    "<p>Ghi rõ nguồn “Cổng thông tin Phòng GD&amp;ĐT TP Pleiku” khi phát hành lại thông tin từ website này.</p>"
    '<p class="tn-ftr-tk">Thiết kế bởi <a href="https://tnsoft.vn" target="_blank">TNSoft</a> - '
    'Powered by <a href="https://www.liferay.com" rel="external">Liferay</a></p></div></footer>'
)


def layout(
    request: Request,
    *,
    title: str,
    active: str,
    crumbs: list[tuple[str, str | None]] | None,
    main: str,
    side: str,
    canonical: str,
    description: str | None = None,
    plid: int = 20210,
) -> Response:
    base = base_url(request)
    desc = f'<meta content="{esc(description)}" lang="vi-VN" name="description" />' if description else ""
    crumb_html = breadcrumb(crumbs) if crumbs is not None else ""
    page = f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{title}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{desc}
<link href="{THEME}/images/favicon.ico" rel="Shortcut Icon" />
<link href="{base}{esc(canonical)}" rel="canonical" />
<link class="lfr-css-file" href="{base}{THEME}/css/aui.css?browserId=other&amp;themeId=pgdgialai_WAR_pgdgialaitheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1763980000000" rel="stylesheet" type="text/css" />
<link href="/html/css/main.css?browserId=other&amp;themeId=pgdgialai_WAR_pgdgialaitheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1763980000000" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=pgdgialai_WAR_pgdgialaitheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t=1763980000000" type="text/javascript"></script>
<script type="text/javascript">
// <![CDATA[
var themeDisplay = Liferay.ThemeDisplay = {{
getCompanyId: function() {{ return "20155"; }},
getScopeGroupId: function() {{ return "{GROUP_ID}"; }},
getPlid: function() {{ return "{plid}"; }},
getLanguageId: function() {{ return "vi_VN"; }},
getPathThemeImages: function() {{ return "{base}{THEME}/images"; }},
isSignedIn: function() {{ return false; }}
}};
// ]]>
</script>
<link class="lfr-css-file" href="{base}{THEME}/css/main.css?browserId=other&amp;themeId=pgdgialai_WAR_pgdgialaitheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1763980000000" rel="stylesheet" type="text/css" />
</head>
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua tới Nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="tn-hdr">
<div class="tn-hdr-ngay"><i class="icon-calendar"></i> {HEADER_TODAY}</div>
<a class="logo custom-logo" href="{SITE}" title="Đi tới PGD&amp;ĐT TP Pleiku"><img alt="Phòng Giáo dục và Đào tạo thành phố Pleiku" height="120" src="/image/layout_set_logo?img_id=20195&amp;t=1763980000000" width="1000" /></a>
{search_form()}
</div>
{nav(active)}
</header>
<div id="content">
<nav id="breadcrumbs">{crumb_html}</nav>
<div class="tn-layout columns-2" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
<div class="portlet-column portlet-column-last span4 khung-phai" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{side}
</div></div>
</div>
</div>
</div>
{FOOTER}
</div>
<script type="text/javascript">
// <![CDATA[
AUI().use('aui-base', 'liferay-menu', 'liferay-navigation-interaction', function(A) {{ (function() {{ Liferay.Util.addInputType(); Liferay.Portlet.ready(function(portletId, node) {{ Liferay.Util.addInputType(node); }}); }})(); }});
// ]]>
</script>
</body>
</html>"""
    return _finish(request, page)


def _has_session(request: Request) -> bool:
    cookie = next((v for k, v in request.headers.items() if k.lower() == "cookie"), "")
    return "JSESSIONID=" in cookie


_PORTAL_LINK = re.compile(r'((?:href|action)=")(/web/[^"?#;]*|/c/[^"?#;]*)')


def _finish(request: Request, page: str) -> Response:
    """Tomcat's URL rewriting: without the session cookie every portal link carries the id."""
    headers = {}
    if not _has_session(request):
        page = _PORTAL_LINK.sub(lambda m: f"{m.group(1)}{m.group(2)};jsessionid={JSID}", page)
        headers["Set-Cookie"] = f"JSESSIONID={JSID}; Path=/; HttpOnly"
    headers["Liferay-Portal"] = "Liferay Portal Community Edition 6.2 CE GA6 (Newton / Build 6205 / January 6, 2016)"
    return html(page, headers=headers)


# --- the article's content --------------------------------------------------------------------


def _img(img: Img) -> str:
    return f'<img alt="" src="{esc(img.src)}" style="width: 560px; height: 373px;" />'


def render_blocks(story: Story) -> str:
    """The CKEditor HTML of the text (template A's "NoiDung" field or a basic web content)."""
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "field")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            line = text(b.printed or "")
            if b.style == "tbl":
                out.append(
                    '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 560px;">'
                    f"<tbody><tr><td>{_img(b)}</td></tr>"
                    '<tr><td style="text-align: center;"><span style="font-size:12px;"><em>'
                    f"{line}</em></span></td></tr></tbody></table>"
                )
            elif b.style == "br":
                out.append(f'<p style="text-align: center;">{_img(b)}<br />\n<em>{line}</em></p>')
            elif b.style == "credit":
                out.append(
                    f'<p style="text-align: center;">{_img(b)}</p>'
                    f'<p style="text-align: right;"><em>{line}</em></p>'
                )
            else:  # em-next
                out.append(
                    f'<p style="text-align: center;">{_img(b)}</p>'
                    f'<p style="text-align: center;"><em><span style="font-size: 12px;">{line}</span></em></p>'
                )
        elif b.style in ("li", "tr", "mso-li"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            i -= 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{text(g.text)}</li>" for g in group) + "</ul>")
            elif b.style == "mso-li":
                for k, g in enumerate(group):
                    cls = "MsoListParagraphCxSpFirst" if k == 0 else "MsoListParagraphCxSpMiddle"
                    out.append(
                        f'<p class="{cls}" style="margin-left:.5in;text-indent:-.25in;mso-list:l0 level1 lfo1">'
                        '<!--[if !supportLists]--><span style="font-size:14.0pt"><span style="mso-list:Ignore">-'
                        '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>'
                        f'</span></span><!--[endif]--><span style="font-size:14.0pt">{text(g.text)}</span></p>'
                    )
            else:
                rows = []
                for k, g in enumerate(group):
                    cells = g.text.split(" | ")
                    if k == 0:
                        rows.append("<tr>" + "".join(f"<td><strong>{text(c)}</strong></td>" for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{text(c)}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;">'
                    f"<tbody>{''.join(rows)}</tbody></table>"
                )
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{text(b.text)}</strong></p>')
        elif b.style == "b":
            out.append(f"<p><b>{text(b.text)}</b></p>")
        elif b.style == "q":
            out.append(f"<blockquote><p><em>{text(b.text)}</em></p></blockquote>")
        elif b.style == "word":
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:.5in">'
                f'<span style="font-size:14.0pt;line-height:115%">{text(b.text)}</span></p>'
            )
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    markup = "\n".join(out)
    if story.opts.get("entities"):
        markup = entity_mix(markup)
    if story.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    return markup


def journal_content(story: Story) -> str:
    """What the journal article's template prints (``div.journal-content-article``)."""
    body = render_blocks(story)
    if story.opts["tpl"] != "A":
        return f'<div class="journal-content-article">\n{body}\n</div>'
    o = story.opts
    parts = ['<div class="tn-ctn">']
    if o.get("kicker"):
        parts.append(f'<div class="ctn-tp">{esc(o["kicker"])}</div>')
    parts.append(f'<div class="ctn-ngay"><i class="icon-time"></i> {esc(o["dateline"])}</div>')
    parts.append(f'<div class="ctn-tt"><strong>{text(story.summary or "")}</strong></div>')
    parts.append(f'<div id="ctn-mota-{story.id}" style="display:none;">{text(story.summary or "")}</div>')
    field = next((b for b in story.blocks if isinstance(b, Img) and b.style == "field"), None)
    if field:
        parts.append(
            f'<div class="ctn-anh">{_img(field)}<div class="ctn-anh-cth">{text(field.printed or "")}</div></div>'
        )
    parts.append(f'<div class="ctn-nd">\n{body}\n</div>')
    if o.get("byline"):
        parts.append(f'<div class="ctn-tg" style="text-align:right;"><strong>{esc(o["byline"])}</strong></div>')
    if o.get("sourceline"):
        parts.append(f'<div class="ctn-ng" style="text-align:right;"><em>{esc(o["sourceline"])}</em></div>')
    parts.append("</div>")
    parts.append(
        '<script type="text/javascript">var tnShareDesc = '
        f"document.getElementById('ctn-mota-{story.id}').innerHTML;</script>"
    )
    return f'<div class="journal-content-article">\n{"".join(parts)}\n</div>'


def _metadata(story: Story) -> str:
    o = story.opts
    return (
        '<div class="asset-metadata">'
        f'<span class="metadata-entry metadata-publish-date"><i class="icon-calendar"></i> {o["listed"]}</span> '
        f'<span class="metadata-entry metadata-modified-date">(Cập nhật: {o["modified"]})</span> '
        f'<span class="metadata-entry metadata-author">Bởi {esc(o["cms"])}</span> '
        f'<span class="metadata-entry metadata-view-count">{story.views()} Lượt xem</span></div>'
    )


def full_content(request: Request, story: Story, instance: str, here: str, back: str) -> str:
    """The AP's full-content view of ``story`` at ``here`` (path without query)."""
    ns = f"_101_INSTANCE_{instance}_"
    pr = print_url(here, instance)
    related = ""
    if story.opts.get("related"):
        rel = BY_SLUG[story.opts["related"]]
        related = (
            '<div class="asset-related-assets"><h4 class="asset-links-title">Nội dung liên quan</h4>'
            '<ul class="asset-links-list"><li class="asset-links-list-item"><span class="taglib-text-icon">'
            f'<a href="{esc(art_path(rel))}">{shown_title(rel)}</a></span></li></ul></div>'
        )
    comments = story.opts.get("comments") or []
    if comments:
        msgs = "".join(
            '<div class="lfr-discussion"><div class="lfr-discussion-details">'
            f'<img alt="{esc(n)}" class="user-status-avatar-image" src="/image/user_male_portrait?img_id=0&amp;t=1763980000000" />'
            f'<span class="user-name">{esc(n)}</span></div><div class="lfr-discussion-body">'
            f'<div class="lfr-discussion-message">{esc(c)}</div>'
            f'<div class="lfr-discussion-posted-on">Đăng vào {d}</div></div></div>'
            for n, d, c in comments
        )
    else:
        msgs = '<div class="alert alert-info">Chưa có bình luận nào. Hãy là người đầu tiên bình luận.</div>'
    absolute = base_url(request) + here
    return (
        '<div class="asset-full-content clearfix default-asset-publisher show-asset-title">'
        '<div class="lfr-meta-actions asset-actions"></div>'
        '<div class="taglib-header "><span class="header-back-to">'
        f'<a class="icon-circle-arrow-left previous-level" href="{esc(back)}" id="{ns}TabsBack" title="Quay lại">'
        '<span class="helper-hidden-accessible">Quay lại</span></a></span>'
        f'<h3 class="header-title"><span>{shown_title(story)}</span></h3></div>'
        f'<div class="asset-content" id="{ns}{story.id + 7}">'
        '<div class="asset-user-actions"><div class="print-action"><span class="lfr-icon-item taglib-icon">'
        f'<a class="taglib-icon" href="javascript:{ns}printPage_0();" id="{ns}rjus_print">'
        '<i class="icon-print"></i> <span class="taglib-text ">In</span></a></span></div>'
        f'<script type="text/javascript">function {ns}printPage_0() {{ window.open(\'{pr}\', \'\', '
        '"directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640"); }'
        "</script></div>"
        f"{journal_content(story)}</div>"
        '<div class="asset-ratings"><div class="taglib-ratings stars">'
        '<div class="liferay-rating-vote"><div class="rating-label">Xếp hạng của bạn</div>'
        '<span class="rating-element icon-star-empty"></span><span class="rating-element icon-star-empty"></span>'
        '<span class="rating-element icon-star-empty"></span><span class="rating-element icon-star-empty"></span>'
        '<span class="rating-element icon-star-empty"></span></div>'
        '<div class="liferay-rating-score"><div class="rating-label">Xếp hạng trung bình '
        '<span class="rating-label-votes">(0 Phiếu)</span></div></div></div></div>'
        f"{related}{_metadata(story)}"
        '<div class="asset-social-bookmarks"><div class="taglib-social-bookmarks"><ul class="unstyled">'
        f'<li class="taglib-social-bookmark-facebook"><a href="http://www.facebook.com/sharer.php?u={quote(absolute, safe="")}" target="_blank">Facebook</a></li>'
        f'<li class="taglib-social-bookmark-twitter"><a href="https://twitter.com/intent/tweet?url={quote(absolute, safe="")}" target="_blank">Twitter</a></li>'
        "</ul></div></div>"
        '<div class="asset-discussion"><div class="taglib-discussion">'
        '<fieldset class="fieldset add-comment"><legend class="fieldset-legend"><span class="legend">Bình luận</span></legend>'
        f"{msgs}"
        '<div class="lfr-discussion-reply-container"><textarea class="lfr-textarea" name="_101_INSTANCE_'
        f'{instance}_postReplyBody0" placeholder="Nhập bình luận..."></textarea>'
        '<button class="btn" type="button">Trả lời</button></div></fieldset></div></div>'
        "</div>"
    )


# --- pages ---------------------------------------------------------------------------------------


def section_crumbs(sec: str) -> list[tuple[str, str | None]]:
    _, name, _, parent = SECTIONS[sec]
    crumbs: list[tuple[str, str | None]] = []
    if parent:
        crumbs.append((parent, section_path("tt")))
    crumbs.append((name, section_path(sec)))
    return crumbs


def article_page(request: Request, story: Story, host: str, params: dict[str, str]) -> Response:
    """``host``: "section" (the section page's AP), "home" (the home page's AP) or "display"."""
    sec = story.cat
    _, name, inst, _ = SECTIONS[sec]
    back = params.get("redirect", "")
    if host == "home":
        instance, here = HOME_AP, home_art_path(story)
        crumbs: list[tuple[str, str | None]] = [("Trang chủ", f"{SITE}/trang-chu")]
        back = back if back.startswith("/web/") else f"{SITE}/trang-chu"
        active, canonical = "Trang chủ", here
    else:
        instance, here = inst, art_path(story)
        crumbs = section_crumbs(sec)
        back = back if back.startswith("/web/") else section_path(sec)
        active = SECTIONS[sec][3] or name
        canonical = display_path(story.slug) if host == "display" else here
    if params.get("p_p_state") == "pop_up" and params.get(f"_101_INSTANCE_{instance}_viewMode") == "print":
        return print_page(request, story)
    desc = story.summary or story.opts.get("description")
    main = portlet(f"101_INSTANCE_{instance}", None, full_content(request, story, instance, here, back),
                   "portlet-asset-publisher")
    side = others_box(story) + most_read_box() + counter_box()
    title = f"{shown_title(story)} - {esc(name if host != 'home' else 'Trang chủ')} - PGD&amp;ĐT TP Pleiku"
    return layout(request, title=title, active=active, crumbs=crumbs, main=main, side=side,
                  canonical=canonical, description=desc, plid=20230 + story.id % 97)


def print_page(request: Request, story: Story) -> Response:
    page = (
        '<!DOCTYPE html><html class="aui ltr" dir="ltr" lang="vi-VN"><head>'
        f"<title>{shown_title(story)} - PGD&amp;ĐT TP Pleiku</title>"
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />'
        f'<link href="{THEME}/css/main.css?browserId=other&amp;b=6205" rel="stylesheet" type="text/css" />'
        '</head><body class="portal-popup yui3-skin-sam"><div class="asset-full-content print-mode">'
        f'<div class="taglib-header "><h3 class="header-title"><span>{shown_title(story)}</span></h3></div>'
        f'<div class="asset-content">{journal_content(story)}</div>{_metadata(story)}</div>'
        '<script type="text/javascript">print();</script></body></html>'
    )
    return _finish(request, page)


def _row(row: Story | dict, current: str) -> str:
    if isinstance(row, Story):
        href = with_redirect(art_path(row), current)
        title, listed, cms, anchor = shown_title(row), row.opts["listed"], row.opts["cms"], row.id + 7
    elif row["kind"] == "document":
        href = with_redirect(doc_path(), current)
        title, listed, cms, anchor = esc(row["title"]), row["listed"], row["cms"], row["id"] + 3
    else:
        href = f"/c/bookmarks/open_entry?entryId={row['id']}"
        title, listed, cms, anchor = esc(row["title"]), row["listed"], row["cms"], row["id"] + 5
    return (
        f'<tr><td class="table-cell"><span class="asset-anchor lfr-asset-anchor" id="{anchor}"></span>'
        f'<a href="{esc(href)}">{title}</a></td>'
        f'<td class="table-cell">{listed}</td><td class="table-cell">{esc(cms)}</td></tr>'
    )


def pager(sec: str, cur: int) -> str:
    n = pages_of(sec)
    if n <= 1:
        return ""
    inst = SECTIONS[sec][2]
    total = len(ROWS[sec])
    first, last = (cur - 1) * PER_PAGE + 1, min(cur * PER_PAGE, total)
    menu = "".join(
        f'<li class="" role="presentation"><a class=" taglib-icon" href="{esc(listing_url(sec, i))}" '
        f'role="menuitem"><span class="taglib-text-icon">{i}</span></a></li>'
        for i in range(1, n + 1)
    )

    def btn(label: str, target: int | None, cls: str) -> str:
        if target is None:
            return f'<li class="disabled {cls}"><a href="javascript:;">{label}</a></li>'
        return f'<li class="{cls}"><a href="{esc(listing_url(sec, target))}">{label}</a></li>'

    return (
        f'<div class="taglib-page-iterator" id="_101_INSTANCE_{inst}_ocerSearchContainerPageIterator">'
        '<div class="clearfix lfr-pagination"><div class="lfr-pagination-config">'
        '<div class="lfr-pagination-page-selector"><div class="btn-group lfr-icon-menu current-page-menu">'
        f'<a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" '
        f'id="_101_INSTANCE_{inst}_kldx_menu" title="Trang {cur} của {n}">'
        f'<span class="lfr-icon-menu-text">Trang {cur} của {n}</span> <i class="caret"></i></a>'
        f'<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{menu}</ul></div></div></div>'
        f'<small class="search-results">Hiển thị {first} - {last} của {total} kết quả.</small>'
        '<ul class="pager lfr-pagination-buttons">'
        + btn("&larr; Đầu tiên", 1 if cur > 1 else None, "first")
        + btn("Trước", cur - 1 if cur > 1 else None, "")
        + btn("Tiếp theo", cur + 1 if cur < n else None, "")
        + btn("Cuối cùng &rarr;", n if cur < n else None, "last")
        + "</ul></div></div>"
    )


def listing_page(request: Request, sec: str, params: dict[str, str]) -> Response:
    _, name, inst, parent = SECTIONS[sec]
    ns = f"_101_INSTANCE_{inst}_"
    cur, current = 1, section_path(sec)
    if params.get("p_p_id") == f"101_INSTANCE_{inst}" and params.get(f"{ns}cur", "").isdigit():
        cur = min(max(1, int(params[f"{ns}cur"])), pages_of(sec))
        current = listing_url(sec, cur)
    rows = ROWS[sec][(cur - 1) * PER_PAGE : cur * PER_PAGE]
    table = (
        '<table class="table table-bordered table-hover table-striped">'
        '<thead class="table-columns"><tr><th class="table-first-header">Tiêu đề</th>'
        '<th class="table-header">Ngày xuất bản</th><th class="table-header">Tác giả</th></tr></thead>'
        f'<tbody class="table-data">{"".join(_row(r, current) for r in rows)}</tbody></table>'
    )
    body = f'<div class="bx-tde-ds">{esc(name)}</div>{table}{pager(sec, cur)}'
    main = portlet(f"101_INSTANCE_{inst}", name, body, "portlet-asset-publisher")
    side = most_read_box() + links_box() + counter_box()
    return layout(request, title=f"{esc(name)} - PGD&amp;ĐT TP Pleiku", active=parent or name,
                  crumbs=section_crumbs(sec), main=main, side=side, canonical=section_path(sec),
                  plid={"tt": 20214, "hd": 20216, "tb": 20218}[sec])


def _abstract(story: Story, current: str) -> str:
    href = with_redirect(home_art_path(story), current)
    desc = story.summary or story.opts.get("description") or ""
    small = next((b.src for b in story.blocks if isinstance(b, Img)), f"{THEME}/images/custom/no-image.png")
    return (
        '<div class="asset-abstract "><div class="lfr-meta-actions asset-actions"></div>'
        f'<h3 class="asset-title"><a href="{esc(href)}"><img alt="" src="{THEME}/images/common/history.png" /> '
        f"{shown_title(story)}</a></h3>"
        '<div class="asset-content"><div class="asset-summary">'
        f'<div class="asset-small-image"><img alt="" class="asset-small-image" src="{esc(small)}" width="150" /></div>'
        f"{esc(desc)}</div>"
        f'<div class="asset-more"><a href="{esc(href)}">Xem thêm <span class="hide-accessible">về '
        f"{shown_title(story)}</span> »</a></div></div>"
        f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{story.opts["listed"]}</span></div>'
        "</div>"
    )


def home_page(request: Request, here: str) -> Response:
    notice = (
        '<div class="portlet-msg-info">Phòng GD&amp;ĐT tiếp công dân vào sáng thứ Năm hằng tuần '
        "tại trụ sở số 17 Trần Hưng Đạo.</div>"
    )
    main = portlet("56_INSTANCE_tbao05Ij", None, notice, "portlet-journal-content")
    main += portlet(f"101_INSTANCE_{HOME_AP}", "Tin mới",
                    "".join(_abstract(s, here) for s in HOME_LATEST), "portlet-asset-publisher")
    main += portlet(
        "56_INSTANCE_bnr06Kl", None,
        f'<p><img alt="Chào mừng năm học mới 2026-2027" src="{THEME}/images/custom/banner-namhoc.jpg" /></p>',
        "portlet-journal-content",
    )
    side = featured_box() + links_box() + poll_box() + counter_box()
    return layout(request, title="Trang chủ - PGD&amp;ĐT TP Pleiku", active="Trang chủ", crumbs=None,
                  main=main, side=side, canonical=f"{SITE}/trang-chu",
                  description="Cổng thông tin điện tử Phòng Giáo dục và Đào tạo thành phố Pleiku, tỉnh Gia Lai",
                  plid=20212)


def simple_page(request: Request, key: str) -> Response:
    """Intro, organisation, contact, documents and photo pages (web content / portlets)."""
    title, active, crumbs, body = _SIMPLE[key]()
    side = most_read_box() + links_box() + counter_box()
    return layout(request, title=f"{esc(title)} - PGD&amp;ĐT TP Pleiku", active=active, crumbs=crumbs,
                  main=body, side=side, canonical=f"{SITE}/{key}", plid=20240 + len(key))


def _intro():
    paras = [
        "Phòng Giáo dục và Đào tạo thành phố Pleiku là cơ quan chuyên môn thuộc UBND thành phố, "
        "tham mưu, giúp UBND thành phố thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo "
        "trên địa bàn.",
        "Phòng chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND thành phố; đồng "
        "thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào "
        "tạo tỉnh Gia Lai.",
        "Năm học 2026-2027, Phòng quản lý 68 trường công lập (26 trường mầm non, 27 trường tiểu học, "
        "15 trường THCS) với hơn 62.000 học sinh.",
    ]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    return ("Giới thiệu chung", "Giới thiệu", [("Giới thiệu", f"{SITE}/gioi-thieu"), ("Giới thiệu chung", None)],
            portlet("56_INSTANCE_gt07Mn", "Giới thiệu chung",
                    f'<div class="journal-content-article">{body}</div>', "portlet-journal-content"))


def _org():
    rows = [
        ("Trưởng phòng", "Lê Quang Vinh", "0269.3824.516"),
        ("Phó Trưởng phòng", "Nguyễn Thị Thu Hà", "0269.3824.518"),
        ("Phó Trưởng phòng", "Rmah Đức", "0269.3824.519"),
        ("Chuyên viên phụ trách Mầm non", "Đỗ Thị Minh Thư", "0269.3824.520"),
        ("Chuyên viên phụ trách Tiểu học", "Phạm Thị Lan Anh", "0269.3824.521"),
    ]
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{c}</td></tr>" for a, b, c in rows)
    body = (
        '<div class="journal-content-article"><table border="1" cellpadding="4" style="width:100%">'
        f"<tbody><tr><th>Chức vụ</th><th>Họ và tên</th><th>Điện thoại</th></tr>{trs}</tbody></table></div>"
    )
    return ("Cơ cấu tổ chức", "Giới thiệu", [("Giới thiệu", f"{SITE}/gioi-thieu"), ("Cơ cấu tổ chức", None)],
            portlet("56_INSTANCE_cc08Op", "Cơ cấu tổ chức", body, "portlet-journal-content"))


def _contact():
    body = (
        '<div class="journal-content-article"><p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ PLEIKU</strong></p>'
        "<p>Địa chỉ: Số 17 Trần Hưng Đạo, phường Tây Sơn, thành phố Pleiku, tỉnh Gia Lai</p>"
        "<p>Điện thoại: 0269.3824.516 - Email: pgdpleiku@gialai.edu.vn</p></div>"
        f'<form action="{SITE}/lien-he?p_auth=Qw3rTy12&amp;p_p_id=1_WAR_webformportlet_INSTANCE_lh09&amp;'
        'p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view" method="post" name="_1_WAR_webformportlet_INSTANCE_lh09_fm">'
        '<label>Họ và tên <input name="_1_WAR_webformportlet_INSTANCE_lh09_field1" type="text" /></label>'
        '<label>Email <input name="_1_WAR_webformportlet_INSTANCE_lh09_field2" type="text" /></label>'
        '<label>Nội dung <textarea name="_1_WAR_webformportlet_INSTANCE_lh09_field3"></textarea></label>'
        '<button class="btn btn-primary" type="submit">Gửi</button></form>'
    )
    return ("Liên hệ", "Liên hệ", [("Liên hệ", None)],
            portlet("1_WAR_webformportlet_INSTANCE_lh09", "Liên hệ", body, "portlet-web-form"))


_DOCS = [
    ("Kế hoạch số 215/KH-PGDĐT thực hiện nhiệm vụ năm học 2026-2027", "12/09/2026",
     "/documents/20182/49001/KH+215+nhiem+vu+nam+hoc.pdf/6e1d2c3b-4a59-4876-9f01-a2b3c4d5e6f7"),
    ("Công văn số 1102/PGDĐT-CM về hướng dẫn kiểm tra cuối học kỳ I", "25/11/2026",
     "/documents/20182/49001/CV+1102+huong+dan+kiem+tra.pdf/7f2e3d4c-5b6a-4987-8012-b3c4d5e6f7a8"),
    (DOC["title"], DOC["listed"], DOC["file"]),
]


def _docs():
    trs = "".join(
        f'<tr><td class="table-cell"><a href="{esc(f)}"><img alt="" src="/html/themes/classic/images/file_system/small/pdf.png" /> '
        f'{esc(t)}</a></td><td class="table-cell">{d}</td><td class="table-cell">'
        f'<a class="btn btn-mini" href="{esc(f)}?download=true">Tải về</a></td></tr>'
        for t, d, f in _DOCS
    )
    body = (
        '<table class="table table-bordered table-hover table-striped"><thead class="table-columns"><tr>'
        '<th class="table-first-header">Tiêu đề</th><th class="table-header">Ngày sửa đổi</th>'
        f'<th class="table-header">Tải về</th></tr></thead><tbody class="table-data">{trs}</tbody></table>'
    )
    return ("Văn bản", "Văn bản", [("Văn bản", None)],
            portlet("110_INSTANCE_vb10Qr", "Văn bản", body, "portlet-document-library-display"))


def _album():
    pics = "".join(
        f'<a class="image-link" href="/documents/20182/48500/Anh+hoat+dong+{i}.jpg/'
        f'{i:02d}a5b6c7-d8e9-4f01-9234-56789abcdef0" title="Hoạt động {i}">'
        f'<img alt="Hoạt động {i}" src="/documents/20182/48500/Anh+hoat+dong+{i}.jpg/'
        f'{i:02d}a5b6c7-d8e9-4f01-9234-56789abcdef0?imageThumbnail=1" /></a>'
        for i in range(1, 7)
    )
    body = f'<div class="taglib-image-gallery"><h4>Hoạt động ngành giáo dục năm 2026</h4>{pics}</div>'
    return ("Thư viện ảnh", "Thư viện ảnh", [("Thư viện ảnh", None)],
            portlet("31_INSTANCE_ta11St", "Thư viện ảnh", body, "portlet-media-gallery-display"))


_SIMPLE = {
    "gioi-thieu": _intro,
    "co-cau-to-chuc": _org,
    "lien-he": _contact,
    "van-ban": _docs,
    "thu-vien-anh": _album,
}


def document_page(request: Request, params: dict[str, str]) -> Response:
    inst = SECTIONS["hd"][2]
    back = params.get("redirect", "")
    back = back if back.startswith("/web/") else section_path("hd")
    body = (
        '<div class="asset-full-content clearfix default-asset-publisher show-asset-title">'
        '<div class="taglib-header "><span class="header-back-to">'
        f'<a class="icon-circle-arrow-left previous-level" href="{esc(back)}" title="Quay lại">'
        '<span class="helper-hidden-accessible">Quay lại</span></a></span>'
        f'<h3 class="header-title"><span>{esc(DOC["title"])}</span></h3></div>'
        '<div class="asset-content"><div class="asset-resource-info">'
        f'<a href="{esc(DOC["file"])}"><img alt="" class="asset-small-image" '
        'src="/html/themes/classic/images/file_system/large/pdf.png" /></a>'
        '<p class="asset-description">Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp thành phố bậc '
        "Tiểu học năm học 2026-2027 (kèm phụ lục đăng ký).</p>"
        f'<span class="download-document"><a class="btn" href="{esc(DOC["file"])}?download=true">'
        f'<i class="icon-download"></i> Tải về ({DOC["size"]})</a></span>'
        '<span class="conversions">Phiên bản: 1.0</span></div></div>'
        f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{DOC["listed"]}</span> '
        f'<span class="metadata-entry metadata-author">Bởi {DOC["cms"]}</span></div></div>'
    )
    main = portlet(f"101_INSTANCE_{inst}", None, body, "portlet-asset-publisher")
    side = most_read_box() + counter_box()
    return layout(request, title=f"{esc(DOC['title'])} - Hoạt động chuyên môn - PGD&amp;ĐT TP Pleiku",
                  active="Tin tức", crumbs=section_crumbs("hd"), main=main, side=side, canonical=doc_path())


def soft404_page(request: Request) -> Response:
    """The display page of a deleted article: 200, the chrome, and the portlet's message."""
    inst = SECTIONS["tt"][2]
    body = (
        '<div class="alert alert-error">Không tìm thấy nội dung được yêu cầu. Nội dung có thể đã bị '
        "xóa hoặc hết hạn hiển thị.</div>"
    )
    main = portlet(f"101_INSTANCE_{inst}", "Tin tức - Sự kiện", body, "portlet-asset-publisher")
    side = most_read_box() + counter_box()
    return layout(request, title="Tin tức - Sự kiện - PGD&amp;ĐT TP Pleiku", active="Tin tức",
                  crumbs=section_crumbs("tt"), main=main, side=side,
                  canonical=display_path(SOFT404_SLUG))


def search_page(request: Request, params: dict[str, str]) -> Response:
    kw = params.get("_3_keywords", "")
    body = (
        '<div class="search-results"><p class="search-msg">Không tìm thấy kết quả nào khớp với '
        f"<strong>{esc(kw)}</strong>.</p></div>"
    )
    main = portlet("3", "Tìm kiếm", body, "portlet-search")
    return layout(request, title="Tìm kiếm - PGD&amp;ĐT TP Pleiku", active="", crumbs=[("Tìm kiếm", None)],
                  main=main, side=counter_box(), canonical=f"{SITE}/trang-chu")


# --- files ---------------------------------------------------------------------------------------


def file_response(path: str) -> Response | None:
    if path.startswith("/documents/"):
        parts = path.split("/")
        if len(parts) >= 6 and parts[4].lower().endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if len(parts) >= 6:
            return static_file("x.jpg")
        return None
    if path.startswith("/image/"):
        return static_file("x.jpg")
    if path.startswith((THEME + "/", "/html/")):
        return static_file(path) or (static_file("x.js") if path.endswith(".jsp") else None)
    return None


# --- the site ------------------------------------------------------------------------------------

_JSESSION = re.compile(r";jsessionid=[0-9A-Za-z]+", re.IGNORECASE)
_AP = re.compile(r"^/web/pgd-pleiku/([a-z0-9-]+)/-/asset_publisher/([A-Za-z0-9]+)/content/([a-z0-9-]+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = _JSESSION.sub("", request.path)
        if len(path) > 1 and path.endswith("/"):
            path = path.rstrip("/")
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if path == "/":
            return redirect(SITE)
        if path == "/c/bookmarks/open_entry" and params.get("entryId") == str(BOOKMARK["id"]):
            return redirect(BOOKMARK["url"])
        if not path.startswith(SITE):
            return file_response(path)
        if path in (SITE, f"{SITE}/trang-chu"):
            if params.get("p_p_id") == "3":
                return search_page(request, params)
            return home_page(request, path)
        page = path[len(SITE) + 1 :]
        for sec, (friendly, *_rest) in SECTIONS.items():
            if page == friendly:
                if params.get("p_p_id") == "3":
                    return search_page(request, params)
                return listing_page(request, sec, params)
        if page in _SIMPLE:
            return simple_page(request, page)
        if path == doc_path():
            return document_page(request, params)
        if page.startswith("-/"):
            slug = page[2:]
            if slug == SOFT404_SLUG:
                return soft404_page(request)
            story = BY_SLUG.get(slug)
            return article_page(request, story, "display", params) if story else None
        m = _AP.match(path)
        if m:
            friendly, inst, slug = m.groups()
            story = BY_SLUG.get(slug)
            if story is None:
                return None
            if friendly == "trang-chu" and inst == HOME_AP and story in HOME_LATEST:
                return article_page(request, story, "home", params)
            if (friendly, inst) == (SECTIONS[story.cat][0], SECTIONS[story.cat][2]):
                return article_page(request, story, "section", params)
        return None


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(s, art_path(s), SECTIONS[s.cat][1], canonical_path=art_path(s), alt_paths=alt_targets(s))
    for s in STORIES
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/co-cau-to-chuc",
    f"{SITE}/lien-he",
    f"{SITE}/van-ban",
    f"{SITE}/thu-vien-anh",
    doc_path(),
    display_path(SOFT404_SLUG),
]
